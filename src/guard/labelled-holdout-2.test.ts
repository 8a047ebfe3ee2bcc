import { DEID_HOLDOUT_2_PATH, generateDeidHoldout2 } from '../../scripts/labelled/deid-holdout-2.ts';
import {
  describeDeidHoldout,
  describeTriageHoldout,
  residentIdsAnyShape,
  setsBefore,
} from './testing/labelled-checks.ts';

/**
 * The round-2 held-out sets: shape, provenance and checksums only (their scores are the bench's
 * business). The checks are shared (testing/labelled-checks.ts); round 2 predates several of them,
 * which its config turns off rather than retrofitting them onto a set already scored.
 */
describeDeidHoldout({
  path: DEID_HOLDOUT_2_PATH,
  generate: generateDeidHoldout2,
  idPrefix: 'h2',
  minRecords: 160,
  uniqueTexts: false,
  leftoverMarkers: /\[\[|\]\]/,
  earlierSets: null,
  spansEndInsideText: false,
  // Round 2 has only mainland IDs, so any ID card with 18 digits is checked as one.
  identifierChecks: [residentIdsAnyShape],
  syntheticContacts: null,
  minSpans: null,
  minByType: { PERSON: 120, ADDRESS: 35, MRN: 40, ID_CARD: 25, PHONE: 30, BANK_CARD: 15, EMAIL: 12 },
  agesOver89: false,
  minWithoutSpans: null,
  card: 'data/labelled/deid-holdout-2.card.yaml',
  cardDate: null,
});

describeTriageHoldout({
  round: 2,
  path: 'data/labelled/triage-holdout-2.jsonl',
  idPrefix: 'tri-h2',
  tag: 'fresh-holdout-2',
  minItems: 240,
  rejectBlank: false,
  singleLineRationales: false,
  consecutiveIds: false,
  balancedLanguages: false,
  minByLabel: { emergency: 85, urgent: 70, routine: 70 },
  minHardShare: null,
  earlierSets: setsBefore('triage', 2),
  card: 'data/labelled/triage-holdout-2.card.yaml',
});
