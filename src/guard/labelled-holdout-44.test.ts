import { DEID_HOLDOUT_44_PATH, generateDeidHoldout44 } from '../../scripts/labelled/deid-holdout-44.ts';
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
 * Round 44's fresh held-out sets. De-identification (data/labelled/deid-holdout-44.jsonl): everyday
 * documents with an everyday mix of names, plus a fifth new settings (hydrocephalus, lysosomal storage
 * (Fabry and Gaucher), primary aldosteronism and amyloidosis clinics): its shape, provenance, checksums
 * and card counts. Triage: about four fifths common presentations in new wording, the rest less-covered
 * conditions, medication side effects, chronic-disease flares and pregnancy, postpartum, older-people
 * and children's settings, everyday health-chatbot questions alongside look-alikes, a quarter dialect
 * and regional wording in varieties no earlier card names, and six typo items per language: its shape,
 * balance and provenance. Scores are the bench's; this file only checks that the gold labels are what
 * the cards say and that nothing repeats an earlier set.
 */
describeDeidHoldout({
  path: DEID_HOLDOUT_44_PATH,
  generate: generateDeidHoldout44,
  idPrefix: 'h44',
  minRecords: 120,
  uniqueTexts: true,
  leftoverMarkers: /\[\[|\]\]|\$\{/,
  earlierSets: setsBefore('deid', 44),
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
  minSpans: 841,
  minByType: {
    PERSON: 281,
    ADDRESS: 53,
    MRN: 150,
    ID_CARD: 22,
    PHONE: 56,
    DATE: 175,
    BANK_CARD: 5,
    EMAIL: 10,
    AGE: 24,
    INSURANCE_ID: 37,
    PLATE: 4,
    ACCOUNT: 12,
    PASSPORT: 4,
    IP: 4,
    URL: 4,
  },
  agesOver89: true,
  minWithoutSpans: 10,
  card: 'data/labelled/deid-holdout-44.card.yaml',
  cardDate: '2026-11-24',
});
describeTriageHoldout({
  round: 44,
  path: 'data/labelled/triage-holdout-44.jsonl',
  idPrefix: 'tri-h44',
  tag: 'fresh-holdout-44',
  minItems: 176,
  rejectBlank: true,
  singleLineRationales: true,
  consecutiveIds: true,
  balancedLanguages: true,
  minByLabel: { emergency: 72, urgent: 48, routine: 50 },
  minHardShare: { emergency: 0.5, routine: 0.8 },
  earlierSets: setsBefore('triage', 44),
  card: 'data/labelled/triage-holdout-44.card.yaml',
});
