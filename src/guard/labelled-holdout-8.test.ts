import { DEID_HOLDOUT_8_PATH, generateDeidHoldout8 } from '../../scripts/labelled/deid-holdout-8.ts';
import {
  aadhaarNumbers,
  chiNumbers,
  describeDeidHoldout,
  describeTriageHoldout,
  hongKongIds,
  medicareNumbers,
  nhsNumbers,
  nzNhiNumbers,
  residentIdBirthDates,
  residentIds,
  setsBefore,
  shortResidentIdBirthDates,
  southAfricanIds,
  taiwanIds,
} from './testing/labelled-checks.ts';

/**
 * The round-8 held-out sets (de-identification: everyday documents plus about a third new settings;
 * triage: two thirds common cases in new wording, a third conditions the earlier cards covered least):
 * shape, provenance and checksums only (its scores are the bench's business). The checks are shared
 * (testing/labelled-checks.ts); this states round 8's thresholds.
 */
describeDeidHoldout({
  path: DEID_HOLDOUT_8_PATH,
  generate: generateDeidHoldout8,
  idPrefix: 'h8',
  minRecords: 160,
  uniqueTexts: true,
  leftoverMarkers: /\[\[|\]\]|\{\{|\}\}/,
  earlierSets: setsBefore('deid', 8),
  spansEndInsideText: true,
  identifierChecks: [
    residentIds,
    residentIdBirthDates,
    hongKongIds,
    taiwanIds,
    southAfricanIds,
    aadhaarNumbers,
    nhsNumbers,
    medicareNumbers,
    shortResidentIdBirthDates,
    // Round 8 added a Scottish CHI number and a New Zealand NHI number.
    chiNumbers,
    nzNhiNumbers,
  ],
  syntheticContacts: { fictionalPhones: true },
  minSpans: 750,
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
  card: 'data/labelled/deid-holdout-8.card.yaml',
  cardDate: '2026-11-23',
});

describeTriageHoldout({
  round: 8,
  path: 'data/labelled/triage-holdout-8.jsonl',
  idPrefix: 'tri-h8',
  tag: 'fresh-holdout-8',
  minItems: 200,
  rejectBlank: true,
  singleLineRationales: true,
  consecutiveIds: true,
  balancedLanguages: true,
  minByLabel: { emergency: 80, urgent: 55, routine: 55 },
  minHardShare: { emergency: 0.3, routine: 0.3 },
  earlierSets: setsBefore('triage', 8),
  card: 'data/labelled/triage-holdout-8.card.yaml',
});
