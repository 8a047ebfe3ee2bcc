import { DEID_HOLDOUT_51_PATH, generateDeidHoldout51 } from '../../scripts/labelled/deid-holdout-51.ts';
import {
  chiNumbers,
  describeDeidHoldout,
  describeTriageHoldout,
  hongKongIds,
  medicareNumbers,
  nhsNumbers,
  nzNhiNumbers,
  ohipNumbers,
  residentIdBirthDates,
  residentIds,
  setsBefore,
  shortResidentIdBirthDates,
  usMbis,
} from './testing/labelled-checks.ts';

/**
 * Round 51's two fresh held-out sets. The de-identification set: 120 hand-written snippets by a blind
 * annotator (see data/labelled/deid-holdout-51.card.yaml); this file checks that its gold labels are what
 * the card says, that the synthetic identifiers carry valid check characters and that no snippet repeats
 * an earlier set. The triage set (see data/labelled/triage-holdout-51.card.yaml): its shape, balance and
 * provenance. Scores of both are the bench's.
 */
describeDeidHoldout({
  path: DEID_HOLDOUT_51_PATH,
  generate: generateDeidHoldout51,
  idPrefix: 'h51',
  minRecords: 120,
  uniqueTexts: true,
  leftoverMarkers: /\[\[|\]\]|\$\{/,
  earlierSets: setsBefore('deid', 51),
  spansEndInsideText: true,
  identifierChecks: [
    residentIds,
    residentIdBirthDates,
    shortResidentIdBirthDates,
    hongKongIds,
    nhsNumbers,
    chiNumbers,
    medicareNumbers,
    nzNhiNumbers,
    ohipNumbers,
    usMbis,
  ],
  syntheticContacts: { fictionalPhones: true },
  minSpans: 821,
  minByType: {
    PERSON: 297,
    ADDRESS: 47,
    MRN: 158,
    ID_CARD: 22,
    PHONE: 51,
    DATE: 151,
    BANK_CARD: 6,
    EMAIL: 8,
    AGE: 16,
    INSURANCE_ID: 35,
    PLATE: 5,
    ACCOUNT: 12,
    PASSPORT: 4,
    IP: 5,
    URL: 4,
  },
  agesOver89: true,
  minWithoutSpans: 11,
  card: 'data/labelled/deid-holdout-51.card.yaml',
  cardDate: '2026-11-24',
});

describeTriageHoldout({
  round: 51,
  path: 'data/labelled/triage-holdout-51.jsonl',
  idPrefix: 'tri-h51',
  tag: 'fresh-holdout-51',
  minItems: 176,
  rejectBlank: true,
  singleLineRationales: true,
  consecutiveIds: true,
  balancedLanguages: true,
  minByLabel: { emergency: 72, urgent: 48, routine: 50 },
  minHardShare: { emergency: 0.5, routine: 0.8 },
  earlierSets: setsBefore('triage', 51),
  card: 'data/labelled/triage-holdout-51.card.yaml',
});
