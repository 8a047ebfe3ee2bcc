import { DEID_HOLDOUT_3_PATH, generateDeidHoldout3 } from '../../scripts/labelled/deid-holdout-3.ts';
import {
  describeDeidHoldout,
  describeTriageHoldout,
  hongKongIds,
  residentIds,
  setsBefore,
} from './testing/labelled-checks.ts';

/**
 * The round-3 held-out sets: shape, provenance and checksums only (their scores are the bench's
 * business). The checks are shared (testing/labelled-checks.ts); this states round 3's thresholds.
 */
describeDeidHoldout({
  path: DEID_HOLDOUT_3_PATH,
  generate: generateDeidHoldout3,
  idPrefix: 'h3',
  minRecords: 150,
  uniqueTexts: true,
  leftoverMarkers: /\[\[|\]\]/,
  earlierSets: setsBefore('deid', 3),
  spansEndInsideText: true,
  identifierChecks: [residentIds, hongKongIds],
  syntheticContacts: null,
  minSpans: null,
  minByType: { PERSON: 150, ADDRESS: 30, MRN: 40, ID_CARD: 20, PHONE: 30, BANK_CARD: 12, EMAIL: 10 },
  agesOver89: true,
  minWithoutSpans: null,
  card: 'data/labelled/deid-holdout-3.card.yaml',
  cardDate: '2026-11-23',
});

describeTriageHoldout({
  round: 3,
  path: 'data/labelled/triage-holdout-3.jsonl',
  idPrefix: 'tri-h3',
  tag: 'fresh-holdout-3',
  minItems: 200,
  rejectBlank: true,
  singleLineRationales: false,
  consecutiveIds: false,
  balancedLanguages: true,
  minByLabel: { emergency: 75, urgent: 55, routine: 55 },
  minHardShare: { emergency: 0.25, routine: 0.25 },
  earlierSets: setsBefore('triage', 3),
  card: 'data/labelled/triage-holdout-3.card.yaml',
});
