import { DEID_HOLDOUT_5_PATH, generateDeidHoldout5 } from '../../scripts/labelled/deid-holdout-5.ts';
import {
  aadhaarNumbers,
  describeDeidHoldout,
  describeTriageHoldout,
  hongKongIds,
  nhsNumbers,
  residentIdBirthDates,
  residentIds,
  setsBefore,
  southAfricanIds,
  taiwanIds,
} from './testing/labelled-checks.ts';

/**
 * The round-5 held-out sets: shape, provenance and checksums only (their scores are the bench's
 * business). The checks are shared (testing/labelled-checks.ts); this states round 5's thresholds.
 */
describeDeidHoldout({
  path: DEID_HOLDOUT_5_PATH,
  generate: generateDeidHoldout5,
  idPrefix: 'h5',
  minRecords: 160,
  uniqueTexts: true,
  leftoverMarkers: /\[\[|\]\]|\{\{|\}\}/,
  earlierSets: setsBefore('deid', 5),
  spansEndInsideText: true,
  // From round 5 the sets hold identifiers from outside the mainland, each with its own checksum.
  identifierChecks: [
    residentIds,
    residentIdBirthDates,
    hongKongIds,
    taiwanIds,
    southAfricanIds,
    aadhaarNumbers,
    nhsNumbers,
  ],
  syntheticContacts: { fictionalPhones: true },
  minSpans: 550,
  minByType: {
    PERSON: 150,
    ADDRESS: 35,
    MRN: 40,
    ID_CARD: 20,
    PHONE: 30,
    BANK_CARD: 12,
    EMAIL: 10,
    AGE: 10,
    INSURANCE_ID: 10,
    PLATE: 10,
    ACCOUNT: 10,
    PASSPORT: 10,
  },
  agesOver89: true,
  minWithoutSpans: 10,
  card: 'data/labelled/deid-holdout-5.card.yaml',
  cardDate: '2026-11-23',
});

describeTriageHoldout({
  round: 5,
  path: 'data/labelled/triage-holdout-5.jsonl',
  idPrefix: 'tri-h5',
  tag: 'fresh-holdout-5',
  minItems: 220,
  rejectBlank: true,
  singleLineRationales: true,
  consecutiveIds: true,
  balancedLanguages: true,
  minByLabel: { emergency: 100, urgent: 60, routine: 60 },
  minHardShare: { emergency: 0.3, routine: 0.35 },
  earlierSets: setsBefore('triage', 5),
  card: 'data/labelled/triage-holdout-5.card.yaml',
});
