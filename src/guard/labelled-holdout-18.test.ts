import { DEID_HOLDOUT_18_PATH, generateDeidHoldout18 } from '../../scripts/labelled/deid-holdout-18.ts';
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
 * The round-18 fresh held-out sets (de-identification: everyday documents plus about a fifth new
 * settings: neonatal units, burns units, falls clinics, home parenteral nutrition and hand therapy;
 * triage: four fifths common presentations in new wording, a fifth less-covered conditions): their
 * shape, provenance and checksums. Scores are the bench's; this file only checks that the gold labels
 * are what the cards say.
 */
describeDeidHoldout({
  path: DEID_HOLDOUT_18_PATH,
  generate: generateDeidHoldout18,
  idPrefix: 'h18',
  minRecords: 110,
  uniqueTexts: true,
  leftoverMarkers: /\[\[|\]\]|\{\{|\}\}|⟦|⟧/,
  earlierSets: setsBefore('deid', 18),
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
  minSpans: 545,
  minByType: {
    PERSON: 250,
    ADDRESS: 20,
    MRN: 58,
    ID_CARD: 22,
    PHONE: 32,
    DATE: 104,
    BANK_CARD: 6,
    EMAIL: 7,
    AGE: 10,
    INSURANCE_ID: 13,
    PLATE: 4,
    ACCOUNT: 7,
    PASSPORT: 3,
    IP: 3,
    URL: 3,
  },
  agesOver89: true,
  minWithoutSpans: 9,
  card: 'data/labelled/deid-holdout-18.card.yaml',
  cardDate: '2026-11-23',
});

describeTriageHoldout({
  round: 18,
  path: 'data/labelled/triage-holdout-18.jsonl',
  idPrefix: 'tri-h18',
  tag: 'fresh-holdout-18',
  minItems: 165,
  rejectBlank: true,
  singleLineRationales: true,
  consecutiveIds: true,
  balancedLanguages: true,
  minByLabel: { emergency: 70, urgent: 45, routine: 50 },
  minHardShare: { emergency: 0.55, routine: 0.8 },
  earlierSets: setsBefore('triage', 18),
  card: 'data/labelled/triage-holdout-18.card.yaml',
});
