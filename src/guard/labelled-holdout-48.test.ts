import { DEID_HOLDOUT_48_PATH, generateDeidHoldout48 } from '../../scripts/labelled/deid-holdout-48.ts';
import {
  describeDeidHoldout,
  describeTriageHoldout,
  emiratesIds,
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
 * Round 48's two fresh held-out sets. The de-identification set: 120 hand-written snippets by a blind
 * annotator (see data/labelled/deid-holdout-48.card.yaml); only its shape, provenance and checksums are
 * tested here. The triage set (see data/labelled/triage-holdout-48.card.yaml): its shape, balance and
 * provenance; this file only checks that the gold labels are what the card says and that no message
 * repeats an earlier set. Scores of both are the bench's.
 */
describeDeidHoldout({
  path: DEID_HOLDOUT_48_PATH,
  generate: generateDeidHoldout48,
  idPrefix: 'h48',
  minRecords: 120,
  uniqueTexts: true,
  leftoverMarkers: /\[\[|\]\]|\$\{/,
  earlierSets: setsBefore('deid', 48),
  spansEndInsideText: true,
  identifierChecks: [
    residentIds,
    residentIdBirthDates,
    shortResidentIdBirthDates,
    hongKongIds,
    emiratesIds,
    nhsNumbers,
    medicareNumbers,
    nzNhiNumbers,
    ohipNumbers,
    usMbis,
  ],
  syntheticContacts: { fictionalPhones: true },
  minSpans: 841,
  minByType: {
    PERSON: 271,
    ADDRESS: 57,
    MRN: 179,
    ID_CARD: 25,
    PHONE: 59,
    DATE: 156,
    BANK_CARD: 5,
    EMAIL: 8,
    AGE: 17,
    INSURANCE_ID: 32,
    PLATE: 5,
    ACCOUNT: 13,
    PASSPORT: 4,
    IP: 6,
    URL: 4,
  },
  agesOver89: true,
  minWithoutSpans: 10,
  card: 'data/labelled/deid-holdout-48.card.yaml',
  cardDate: '2026-11-24',
});

describeTriageHoldout({
  round: 48,
  path: 'data/labelled/triage-holdout-48.jsonl',
  idPrefix: 'tri-h48',
  tag: 'fresh-holdout-48',
  minItems: 176,
  rejectBlank: true,
  singleLineRationales: true,
  consecutiveIds: true,
  balancedLanguages: true,
  minByLabel: { emergency: 72, urgent: 48, routine: 50 },
  minHardShare: { emergency: 0.5, routine: 0.8 },
  earlierSets: setsBefore('triage', 48),
  card: 'data/labelled/triage-holdout-48.card.yaml',
});
