import { DEID_HOLDOUT_49_PATH, generateDeidHoldout49 } from '../../scripts/labelled/deid-holdout-49.ts';
import {
  chiNumbers,
  describeDeidHoldout,
  describeTriageHoldout,
  emiratesIds,
  hongKongIds,
  medicareNumbers,
  nhsNumbers,
  nzNhiNumbers,
  residentIdBirthDates,
  residentIds,
  setsBefore,
  shortResidentIdBirthDates,
  taiwanIds,
  usMbis,
} from './testing/labelled-checks.ts';

/**
 * Round 49's two fresh held-out sets. The de-identification set: 120 hand-written snippets by a blind
 * annotator (see data/labelled/deid-holdout-49.card.yaml); only its shape, provenance and checksums are
 * tested here. The triage set (see data/labelled/triage-holdout-49.card.yaml): its shape, balance and
 * provenance; this file only checks that the gold labels are what the card says and that no message
 * repeats an earlier set. Scores of both are the bench's.
 */
describeDeidHoldout({
  path: DEID_HOLDOUT_49_PATH,
  generate: generateDeidHoldout49,
  idPrefix: 'h49',
  minRecords: 120,
  uniqueTexts: true,
  leftoverMarkers: /\[\[|\]\]|\$\{/,
  earlierSets: setsBefore('deid', 49),
  spansEndInsideText: true,
  identifierChecks: [
    residentIds,
    residentIdBirthDates,
    shortResidentIdBirthDates,
    hongKongIds,
    taiwanIds,
    emiratesIds,
    nhsNumbers,
    chiNumbers,
    medicareNumbers,
    nzNhiNumbers,
    usMbis,
  ],
  syntheticContacts: { fictionalPhones: true },
  minSpans: 822,
  minByType: {
    PERSON: 297,
    ADDRESS: 48,
    MRN: 163,
    ID_CARD: 23,
    PHONE: 54,
    DATE: 145,
    BANK_CARD: 5,
    EMAIL: 9,
    AGE: 16,
    INSURANCE_ID: 29,
    PLATE: 6,
    ACCOUNT: 13,
    PASSPORT: 4,
    IP: 6,
    URL: 4,
  },
  agesOver89: true,
  minWithoutSpans: 10,
  card: 'data/labelled/deid-holdout-49.card.yaml',
  cardDate: '2026-11-24',
});

describeTriageHoldout({
  round: 49,
  path: 'data/labelled/triage-holdout-49.jsonl',
  idPrefix: 'tri-h49',
  tag: 'fresh-holdout-49',
  minItems: 176,
  rejectBlank: true,
  singleLineRationales: true,
  consecutiveIds: true,
  balancedLanguages: true,
  minByLabel: { emergency: 72, urgent: 48, routine: 50 },
  minHardShare: { emergency: 0.5, routine: 0.8 },
  earlierSets: setsBefore('triage', 49),
  card: 'data/labelled/triage-holdout-49.card.yaml',
});
