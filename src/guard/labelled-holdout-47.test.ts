import { DEID_HOLDOUT_47_PATH, generateDeidHoldout47 } from '../../scripts/labelled/deid-holdout-47.ts';
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
  ssnAdvertisingRange,
  taiwanIds,
  usMbis,
} from './testing/labelled-checks.ts';

/**
 * Round 47's two fresh held-out sets. The de-identification set: 120 hand-written snippets by a blind
 * annotator (see data/labelled/deid-holdout-47.card.yaml); only its shape, provenance and checksums are
 * tested here. The triage set (about four fifths common presentations in new wording, the rest
 * less-covered conditions, medication side effects, chronic-disease flares and pregnancy, older-people and
 * children's settings, everyday health-chatbot questions alongside look-alikes, a quarter dialect and
 * regional wording in varieties no earlier card names, and six typo items per language): its shape, balance
 * and provenance; this file only checks that the gold labels are what the card says and that no message
 * repeats an earlier set. Scores of both are the bench's.
 */
describeDeidHoldout({
  path: DEID_HOLDOUT_47_PATH,
  generate: generateDeidHoldout47,
  idPrefix: 'h47',
  minRecords: 120,
  uniqueTexts: true,
  leftoverMarkers: /\[\[|\]\]|\$\{/,
  earlierSets: setsBefore('deid', 47),
  spansEndInsideText: true,
  identifierChecks: [
    residentIds,
    residentIdBirthDates,
    shortResidentIdBirthDates,
    hongKongIds,
    taiwanIds,
    ssnAdvertisingRange,
    nhsNumbers,
    chiNumbers,
    medicareNumbers,
    nzNhiNumbers,
    ohipNumbers,
    usMbis,
  ],
  syntheticContacts: { fictionalPhones: true },
  minSpans: 827,
  minByType: {
    PERSON: 278,
    ADDRESS: 52,
    MRN: 158,
    ID_CARD: 25,
    PHONE: 52,
    DATE: 160,
    BANK_CARD: 5,
    EMAIL: 8,
    AGE: 20,
    INSURANCE_ID: 38,
    PLATE: 5,
    ACCOUNT: 13,
    PASSPORT: 4,
    IP: 5,
    URL: 4,
  },
  agesOver89: true,
  minWithoutSpans: 10,
  card: 'data/labelled/deid-holdout-47.card.yaml',
  cardDate: '2026-11-24',
});

describeTriageHoldout({
  round: 47,
  path: 'data/labelled/triage-holdout-47.jsonl',
  idPrefix: 'tri-h47',
  tag: 'fresh-holdout-47',
  minItems: 176,
  rejectBlank: true,
  singleLineRationales: true,
  consecutiveIds: true,
  balancedLanguages: true,
  minByLabel: { emergency: 72, urgent: 48, routine: 50 },
  minHardShare: { emergency: 0.5, routine: 0.8 },
  earlierSets: setsBefore('triage', 47),
  card: 'data/labelled/triage-holdout-47.card.yaml',
});
