import { DEID_HOLDOUT_14_PATH, generateDeidHoldout14 } from '../../scripts/labelled/deid-holdout-14.ts';
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
 * The round-14 held-out sets (de-identification: everyday documents plus about a fifth new settings:
 * radiotherapy, pre-operative assessment, endoscopy units, stem-cell donor registries and bariatric
 * clinics; triage: four fifths common presentations in new wording): shape, provenance and checksums
 * only (their scores are the bench's business). The checks are
 * shared (testing/labelled-checks.ts); this states round 14's thresholds.
 */
describeDeidHoldout({
  path: DEID_HOLDOUT_14_PATH,
  generate: generateDeidHoldout14,
  idPrefix: 'h14',
  minRecords: 110,
  uniqueTexts: true,
  leftoverMarkers: /\[\[|\]\]|\{\{|\}\}|⟦|⟧/,
  earlierSets: setsBefore('deid', 14),
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
  minSpans: 570,
  minByType: {
    PERSON: 250,
    ADDRESS: 20,
    MRN: 70,
    ID_CARD: 22,
    PHONE: 30,
    BANK_CARD: 6,
    EMAIL: 7,
    AGE: 9,
    INSURANCE_ID: 12,
    PLATE: 4,
    ACCOUNT: 8,
    PASSPORT: 3,
    IP: 3,
    URL: 4,
  },
  agesOver89: true,
  minWithoutSpans: 7,
  card: 'data/labelled/deid-holdout-14.card.yaml',
  cardDate: '2026-11-23',
});

describeTriageHoldout({
  round: 14,
  path: 'data/labelled/triage-holdout-14.jsonl',
  idPrefix: 'tri-h14',
  tag: 'fresh-holdout-14',
  minItems: 165,
  rejectBlank: true,
  singleLineRationales: true,
  consecutiveIds: true,
  balancedLanguages: true,
  minByLabel: { emergency: 70, urgent: 45, routine: 50 },
  minHardShare: { emergency: 0.5, routine: 0.78 },
  earlierSets: setsBefore('triage', 14),
  card: 'data/labelled/triage-holdout-14.card.yaml',
});
