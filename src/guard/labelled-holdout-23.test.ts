import { DEID_HOLDOUT_23_PATH, generateDeidHoldout23 } from '../../scripts/labelled/deid-holdout-23.ts';
import {
  describeDeidHoldout,
  describeTriageHoldout,
  medicareNumbers,
  nhsNumbers,
  ohipNumbers,
  residentIdBirthDates,
  residentIds,
  setsBefore,
  shortResidentIdBirthDates,
  ssnAdvertisingRange,
} from './testing/labelled-checks.ts';

/**
 * The round-23 fresh held-out sets (de-identification: everyday documents with an everyday mix of
 * names, plus about a fifth new settings: hearing-aid clinics, home-dialysis training, school nurses,
 * sleep-apnoea CPAP clinics and fracture clinics; triage: four fifths common presentations in new
 * wording, a fifth less-covered conditions): their shape, provenance and checksums. Scores are the
 * bench's; this file only checks that the gold labels are what the cards say and that nothing repeats
 * an earlier set.
 */
describeDeidHoldout({
  path: DEID_HOLDOUT_23_PATH,
  generate: generateDeidHoldout23,
  idPrefix: 'h23',
  minRecords: 110,
  uniqueTexts: true,
  leftoverMarkers: /\[\[|\]\]|\{\{|\}\}|⟦|⟧/,
  earlierSets: setsBefore('deid', 23),
  spansEndInsideText: true,
  identifierChecks: [
    residentIds,
    residentIdBirthDates,
    shortResidentIdBirthDates,
    nhsNumbers,
    medicareNumbers,
    ohipNumbers,
    ssnAdvertisingRange,
  ],
  syntheticContacts: { fictionalPhones: true },
  minSpans: 600,
  minByType: {
    PERSON: 270,
    ADDRESS: 22,
    MRN: 60,
    ID_CARD: 24,
    PHONE: 28,
    DATE: 125,
    BANK_CARD: 5,
    EMAIL: 7,
    AGE: 10,
    INSURANCE_ID: 20,
    PLATE: 5,
    ACCOUNT: 5,
    PASSPORT: 2,
    IP: 3,
    URL: 3,
  },
  agesOver89: true,
  minWithoutSpans: 10,
  card: 'data/labelled/deid-holdout-23.card.yaml',
  cardDate: '2026-11-23',
});

describeTriageHoldout({
  round: 23,
  path: 'data/labelled/triage-holdout-23.jsonl',
  idPrefix: 'tri-h23',
  tag: 'fresh-holdout-23',
  minItems: 165,
  rejectBlank: true,
  singleLineRationales: true,
  consecutiveIds: true,
  balancedLanguages: true,
  minByLabel: { emergency: 70, urgent: 45, routine: 48 },
  minHardShare: { emergency: 0.55, routine: 0.75 },
  earlierSets: setsBefore('triage', 23),
  card: 'data/labelled/triage-holdout-23.card.yaml',
});
