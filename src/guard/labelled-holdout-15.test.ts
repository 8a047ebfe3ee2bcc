import { DEID_HOLDOUT_15_PATH, generateDeidHoldout15 } from '../../scripts/labelled/deid-holdout-15.ts';
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
 * The round-15 held-out sets (de-identification: everyday documents plus about a fifth new settings:
 * chemotherapy day units, memory clinics, stoma care, pain clinics and speech and language therapy;
 * triage: four fifths common presentations in new wording, a fifth less-covered conditions): shape,
 * provenance and checksums only (their scores are the bench's business). The checks are shared
 * (testing/labelled-checks.ts); this states round 15's thresholds.
 */
describeDeidHoldout({
  path: DEID_HOLDOUT_15_PATH,
  generate: generateDeidHoldout15,
  idPrefix: 'h15',
  minRecords: 110,
  uniqueTexts: true,
  leftoverMarkers: /\[\[|\]\]|\{\{|\}\}|⟦|⟧/,
  earlierSets: setsBefore('deid', 15),
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
    MRN: 68,
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
    URL: 4,
  },
  agesOver89: true,
  minWithoutSpans: 7,
  card: 'data/labelled/deid-holdout-15.card.yaml',
  cardDate: '2026-11-23',
});

describeTriageHoldout({
  round: 15,
  path: 'data/labelled/triage-holdout-15.jsonl',
  idPrefix: 'tri-h15',
  tag: 'fresh-holdout-15',
  minItems: 165,
  rejectBlank: true,
  singleLineRationales: true,
  consecutiveIds: true,
  balancedLanguages: true,
  minByLabel: { emergency: 70, urgent: 45, routine: 50 },
  minHardShare: { emergency: 0.45, routine: 0.78 },
  earlierSets: setsBefore('triage', 15),
  card: 'data/labelled/triage-holdout-15.card.yaml',
});
