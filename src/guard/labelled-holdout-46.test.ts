import { DEID_HOLDOUT_46_PATH, generateDeidHoldout46 } from '../../scripts/labelled/deid-holdout-46.ts';
import {
  chiNumbers,
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
  ssnAdvertisingRange,
  usMbis,
} from './testing/labelled-checks.ts';

/**
 * Round 46's two fresh held-out sets. The de-identification set: 120 hand-written snippets by a blind
 * annotator (see data/labelled/deid-holdout-46.card.yaml); only its shape, provenance and checksums are
 * tested here. The triage set (about four fifths common presentations in new wording, the rest
 * less-covered conditions, medication side effects, chronic-disease flares and pregnancy, postpartum,
 * older-people and children's settings, everyday health-chatbot questions alongside look-alikes, a quarter
 * dialect and regional wording in varieties no earlier card names, and six typo items per language): its
 * shape, balance and provenance; this file only checks that the gold labels are what the card says and that
 * no message repeats an earlier set. Scores of both are the bench's.
 */
describeDeidHoldout({
  path: DEID_HOLDOUT_46_PATH,
  generate: generateDeidHoldout46,
  idPrefix: 'h46',
  minRecords: 120,
  uniqueTexts: true,
  leftoverMarkers: /\[\[|\]\]|\$\{/,
  earlierSets: setsBefore('deid', 46),
  spansEndInsideText: true,
  identifierChecks: [
    residentIds,
    residentIdBirthDates,
    shortResidentIdBirthDates,
    hongKongIds,
    emiratesIds,
    ssnAdvertisingRange,
    nhsNumbers,
    chiNumbers,
    medicareNumbers,
    nzNhiNumbers,
    ohipNumbers,
    usMbis,
  ],
  syntheticContacts: { fictionalPhones: true },
  minSpans: 840,
  minByType: {
    PERSON: 277,
    ADDRESS: 43,
    MRN: 163,
    ID_CARD: 24,
    PHONE: 55,
    DATE: 183,
    BANK_CARD: 5,
    EMAIL: 7,
    AGE: 20,
    INSURANCE_ID: 35,
    PLATE: 4,
    ACCOUNT: 14,
    PASSPORT: 3,
    IP: 4,
    URL: 3,
  },
  agesOver89: true,
  minWithoutSpans: 10,
  card: 'data/labelled/deid-holdout-46.card.yaml',
  cardDate: '2026-11-24',
});

describeTriageHoldout({
  round: 46,
  path: 'data/labelled/triage-holdout-46.jsonl',
  idPrefix: 'tri-h46',
  tag: 'fresh-holdout-46',
  minItems: 176,
  rejectBlank: true,
  singleLineRationales: true,
  consecutiveIds: true,
  balancedLanguages: true,
  minByLabel: { emergency: 72, urgent: 48, routine: 50 },
  minHardShare: { emergency: 0.5, routine: 0.8 },
  earlierSets: setsBefore('triage', 46),
  card: 'data/labelled/triage-holdout-46.card.yaml',
});
