import { DEID_HOLDOUT_16_PATH, generateDeidHoldout16 } from '../../scripts/labelled/deid-holdout-16.ts';
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
 * The round-16 held-out sets (de-identification: everyday documents plus about a fifth new settings:
 * tuberculosis clinics, EEG labs, lung-function labs, hepatitis clinics and bone-density units; triage:
 * four fifths common presentations in new wording, a fifth less-covered conditions): shape, provenance
 * and checksums only (their scores are the bench's business). The checks are shared
 * (testing/labelled-checks.ts); this states round 16's thresholds.
 */
describeDeidHoldout({
  path: DEID_HOLDOUT_16_PATH,
  generate: generateDeidHoldout16,
  idPrefix: 'h16',
  minRecords: 110,
  uniqueTexts: true,
  leftoverMarkers: /\[\[|\]\]|\{\{|\}\}|⟦|⟧/,
  earlierSets: setsBefore('deid', 16),
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
  minSpans: 550,
  minByType: {
    PERSON: 250,
    ADDRESS: 20,
    MRN: 65,
    ID_CARD: 22,
    PHONE: 30,
    DATE: 100,
    BANK_CARD: 6,
    EMAIL: 6,
    AGE: 8,
    INSURANCE_ID: 11,
    PLATE: 4,
    ACCOUNT: 7,
    PASSPORT: 3,
    IP: 3,
    URL: 3,
  },
  agesOver89: true,
  minWithoutSpans: 8,
  card: 'data/labelled/deid-holdout-16.card.yaml',
  cardDate: '2026-11-23',
});

describeTriageHoldout({
  round: 16,
  path: 'data/labelled/triage-holdout-16.jsonl',
  idPrefix: 'tri-h16',
  tag: 'fresh-holdout-16',
  minItems: 165,
  rejectBlank: true,
  singleLineRationales: true,
  consecutiveIds: true,
  balancedLanguages: true,
  minByLabel: { emergency: 70, urgent: 45, routine: 50 },
  minHardShare: { emergency: 0.48, routine: 0.78 },
  earlierSets: setsBefore('triage', 16),
  card: 'data/labelled/triage-holdout-16.card.yaml',
});
