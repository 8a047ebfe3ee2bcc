import { DEID_HOLDOUT_4_PATH, generateDeidHoldout4 } from '../../scripts/labelled/deid-holdout-4.ts';
import {
  describeDeidHoldout,
  describeTriageHoldout,
  hongKongIds,
  residentIds,
  setsBefore,
} from './testing/labelled-checks.ts';

/**
 * The round-4 held-out sets: shape, provenance and checksums only (their scores are the bench's
 * business). The checks are shared (testing/labelled-checks.ts); this states round 4's thresholds.
 */
describeDeidHoldout({
  path: DEID_HOLDOUT_4_PATH,
  generate: generateDeidHoldout4,
  idPrefix: 'h4',
  minRecords: 170,
  uniqueTexts: true,
  leftoverMarkers: /\[\[|\]\]|\{\{|\}\}/,
  earlierSets: setsBefore('deid', 4),
  spansEndInsideText: true,
  identifierChecks: [residentIds, hongKongIds],
  syntheticContacts: { fictionalPhones: false },
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
  minWithoutSpans: null,
  card: 'data/labelled/deid-holdout-4.card.yaml',
  cardDate: '2026-11-23',
});

describeTriageHoldout({
  round: 4,
  path: 'data/labelled/triage-holdout-4.jsonl',
  idPrefix: 'tri-h4',
  tag: 'fresh-holdout-4',
  minItems: 240,
  rejectBlank: true,
  singleLineRationales: false,
  consecutiveIds: false,
  balancedLanguages: true,
  minByLabel: { emergency: 100, urgent: 70, routine: 70 },
  minHardShare: { emergency: 0.25, routine: 0.25 },
  earlierSets: setsBefore('triage', 4),
  card: 'data/labelled/triage-holdout-4.card.yaml',
});
