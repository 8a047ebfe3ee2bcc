import { DEID_HOLDOUT_17_PATH, generateDeidHoldout17 } from '../../scripts/labelled/deid-holdout-17.ts';
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
 * The round-17 fresh held-out sets (de-identification: everyday documents plus about a fifth new
 * settings; triage: four fifths common presentations in new wording, a fifth less-covered conditions):
 * their shape, provenance and checksums. Scores are the bench's; this file only checks that the gold
 * labels are what the cards say.
 */
describeDeidHoldout({
  path: DEID_HOLDOUT_17_PATH,
  generate: generateDeidHoldout17,
  idPrefix: 'h17',
  minRecords: 110,
  uniqueTexts: true,
  leftoverMarkers: /\[\[|\]\]|\{\{|\}\}|⟦|⟧/,
  earlierSets: setsBefore('deid', 17),
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
  minSpans: 560,
  minByType: {
    PERSON: 250,
    ADDRESS: 20,
    MRN: 64,
    ID_CARD: 22,
    PHONE: 30,
    DATE: 110,
    BANK_CARD: 6,
    EMAIL: 6,
    AGE: 8,
    INSURANCE_ID: 12,
    PLATE: 4,
    ACCOUNT: 7,
    PASSPORT: 3,
    IP: 3,
    URL: 3,
  },
  agesOver89: true,
  minWithoutSpans: 8,
  card: 'data/labelled/deid-holdout-17.card.yaml',
  cardDate: '2026-11-23',
});

describeTriageHoldout({
  round: 17,
  path: 'data/labelled/triage-holdout-17.jsonl',
  idPrefix: 'tri-h17',
  tag: 'fresh-holdout-17',
  minItems: 165,
  rejectBlank: true,
  singleLineRationales: true,
  consecutiveIds: true,
  balancedLanguages: true,
  minByLabel: { emergency: 70, urgent: 45, routine: 50 },
  minHardShare: { emergency: 0.48, routine: 0.8 },
  earlierSets: setsBefore('triage', 17),
  card: 'data/labelled/triage-holdout-17.card.yaml',
});
