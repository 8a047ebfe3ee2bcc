import { DEID_HOLDOUT_12_PATH, generateDeidHoldout12 } from '../../scripts/labelled/deid-holdout-12.ts';
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
 * The round-12 held-out sets (de-identification: everyday documents plus about a fifth new settings;
 * triage: four fifths common cases in new wording): shape, provenance and checksums only (their scores
 * are the bench's business). The checks are shared
 * (testing/labelled-checks.ts); this states round 12's thresholds.
 */
describeDeidHoldout({
  path: DEID_HOLDOUT_12_PATH,
  generate: generateDeidHoldout12,
  idPrefix: 'h12',
  minRecords: 105,
  uniqueTexts: true,
  leftoverMarkers: /\[\[|\]\]|\{\{|\}\}|⟦|⟧/,
  earlierSets: setsBefore('deid', 12),
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
  minSpans: 540,
  minByType: {
    PERSON: 250,
    ADDRESS: 17,
    MRN: 60,
    ID_CARD: 18,
    PHONE: 30,
    BANK_CARD: 6,
    EMAIL: 6,
    AGE: 8,
    INSURANCE_ID: 9,
    PLATE: 4,
    ACCOUNT: 7,
    PASSPORT: 3,
    IP: 3,
    URL: 3,
  },
  agesOver89: true,
  minWithoutSpans: 7,
  card: 'data/labelled/deid-holdout-12.card.yaml',
  cardDate: '2026-11-23',
});

describeTriageHoldout({
  round: 12,
  path: 'data/labelled/triage-holdout-12.jsonl',
  idPrefix: 'tri-h12',
  tag: 'fresh-holdout-12',
  minItems: 165,
  rejectBlank: true,
  singleLineRationales: true,
  consecutiveIds: true,
  balancedLanguages: true,
  minByLabel: { emergency: 70, urgent: 45, routine: 50 },
  minHardShare: { emergency: 0.45, routine: 0.75 },
  earlierSets: setsBefore('triage', 12),
  card: 'data/labelled/triage-holdout-12.card.yaml',
});
