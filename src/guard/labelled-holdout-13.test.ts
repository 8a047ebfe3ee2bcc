import { DEID_HOLDOUT_13_PATH, generateDeidHoldout13 } from '../../scripts/labelled/deid-holdout-13.ts';
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
 * The round-13 held-out sets (de-identification: everyday documents plus about a fifth new settings;
 * triage: four fifths common cases in new wording, a fifth less-covered conditions): shape, provenance
 * and checksums only (their scores are the bench's business). The checks are shared
 * (testing/labelled-checks.ts); this states round 13's thresholds.
 */
describeDeidHoldout({
  path: DEID_HOLDOUT_13_PATH,
  generate: generateDeidHoldout13,
  idPrefix: 'h13',
  minRecords: 110,
  uniqueTexts: true,
  leftoverMarkers: /\[\[|\]\]|\{\{|\}\}|⟦|⟧/,
  earlierSets: setsBefore('deid', 13),
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
    MRN: 70,
    ID_CARD: 22,
    PHONE: 32,
    BANK_CARD: 6,
    EMAIL: 7,
    AGE: 9,
    INSURANCE_ID: 10,
    PLATE: 4,
    ACCOUNT: 7,
    PASSPORT: 3,
    IP: 3,
    URL: 3,
  },
  agesOver89: true,
  minWithoutSpans: 8,
  card: 'data/labelled/deid-holdout-13.card.yaml',
  cardDate: '2026-11-23',
});

describeTriageHoldout({
  round: 13,
  path: 'data/labelled/triage-holdout-13.jsonl',
  idPrefix: 'tri-h13',
  tag: 'fresh-holdout-13',
  minItems: 165,
  rejectBlank: true,
  singleLineRationales: true,
  consecutiveIds: true,
  balancedLanguages: true,
  minByLabel: { emergency: 70, urgent: 45, routine: 50 },
  minHardShare: { emergency: 0.45, routine: 0.75 },
  earlierSets: setsBefore('triage', 13),
  card: 'data/labelled/triage-holdout-13.card.yaml',
});
