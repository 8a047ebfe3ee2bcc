import { DEID_HOLDOUT_21_PATH, generateDeidHoldout21 } from '../../scripts/labelled/deid-holdout-21.ts';
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
 * The round-21 fresh held-out sets (de-identification: everyday documents plus about a fifth new
 * settings: pulmonary rehabilitation, nuclear medicine, colposcopy, vascular access and prison health;
 * triage: four fifths common presentations in new wording, a fifth less-covered conditions): their
 * shape, provenance and checksums. Scores are the bench's; this file only checks that the gold labels
 * are what the cards say and that nothing repeats an earlier set.
 */
describeDeidHoldout({
  path: DEID_HOLDOUT_21_PATH,
  generate: generateDeidHoldout21,
  idPrefix: 'h21',
  minRecords: 110,
  uniqueTexts: true,
  leftoverMarkers: /\[\[|\]\]|\{\{|\}\}|⟦|⟧/,
  earlierSets: setsBefore('deid', 21),
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
  minSpans: 555,
  minByType: {
    PERSON: 260,
    ADDRESS: 18,
    MRN: 62,
    ID_CARD: 22,
    PHONE: 17,
    DATE: 118,
    BANK_CARD: 5,
    EMAIL: 5,
    AGE: 8,
    INSURANCE_ID: 17,
    PLATE: 4,
    ACCOUNT: 7,
    PASSPORT: 3,
    IP: 3,
    URL: 3,
  },
  agesOver89: true,
  minWithoutSpans: 10,
  card: 'data/labelled/deid-holdout-21.card.yaml',
  cardDate: '2026-11-23',
});

describeTriageHoldout({
  round: 21,
  path: 'data/labelled/triage-holdout-21.jsonl',
  idPrefix: 'tri-h21',
  tag: 'fresh-holdout-21',
  minItems: 165,
  rejectBlank: true,
  singleLineRationales: true,
  consecutiveIds: true,
  balancedLanguages: true,
  minByLabel: { emergency: 70, urgent: 45, routine: 48 },
  minHardShare: { emergency: 0.45, routine: 0.75 },
  earlierSets: setsBefore('triage', 21),
  card: 'data/labelled/triage-holdout-21.card.yaml',
});
