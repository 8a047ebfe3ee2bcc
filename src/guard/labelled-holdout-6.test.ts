import { DEID_HOLDOUT_6_PATH, generateDeidHoldout6 } from '../../scripts/labelled/deid-holdout-6.ts';
import {
  aadhaarNumbers,
  describeDeidHoldout,
  describeTriageHoldout,
  hongKongIds,
  medicareNumbers,
  nhsNumbers,
  residentIdBirthDates,
  residentIds,
  setsBefore,
  shortResidentIdBirthDates,
  southAfricanIds,
  taiwanIds,
} from './testing/labelled-checks.ts';

/**
 * The round-6 held-out sets (the everyday common case): shape, provenance and checksums
 * only (their scores are the bench's business). The checks are shared (testing/labelled-checks.ts);
 * this states round 6's thresholds.
 */
describeDeidHoldout({
  path: DEID_HOLDOUT_6_PATH,
  generate: generateDeidHoldout6,
  idPrefix: 'h6',
  minRecords: 150,
  uniqueTexts: true,
  leftoverMarkers: /\[\[|\]\]|\{\{|\}\}/,
  earlierSets: setsBefore('deid', 6),
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
    // Round 6 added Australian Medicare numbers and 15-digit (pre-1999) mainland IDs.
    medicareNumbers,
    shortResidentIdBirthDates,
  ],
  syntheticContacts: { fictionalPhones: true },
  minSpans: 500,
  minByType: {
    PERSON: 150,
    ADDRESS: 30,
    MRN: 40,
    ID_CARD: 20,
    PHONE: 30,
    BANK_CARD: 12,
    EMAIL: 10,
    AGE: 8,
    INSURANCE_ID: 10,
    PLATE: 6,
    ACCOUNT: 6,
    PASSPORT: 6,
  },
  agesOver89: true,
  minWithoutSpans: 10,
  card: 'data/labelled/deid-holdout-6.card.yaml',
  cardDate: '2026-11-23',
});

describeTriageHoldout({
  round: 6,
  path: 'data/labelled/triage-holdout-6.jsonl',
  idPrefix: 'tri-h6',
  tag: 'fresh-holdout-6',
  minItems: 220,
  rejectBlank: true,
  singleLineRationales: true,
  consecutiveIds: true,
  balancedLanguages: true,
  minByLabel: { emergency: 90, urgent: 60, routine: 60 },
  minHardShare: { emergency: 0.25, routine: 0.3 },
  earlierSets: setsBefore('triage', 6),
  card: 'data/labelled/triage-holdout-6.card.yaml',
});
