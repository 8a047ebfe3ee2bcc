import { DEID_HOLDOUT_45_PATH, generateDeidHoldout45 } from '../../scripts/labelled/deid-holdout-45.ts';
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
 * Round 45's fresh held-out sets. De-identification (data/labelled/deid-holdout-45.jsonl): everyday
 * documents with an everyday mix of names, plus a fifth new settings (tuberous sclerosis, hip dysplasia,
 * leprosy and intestinal failure clinics): its shape, provenance, checksums and card counts. Triage:
 * about four fifths common presentations in new wording, the rest less-covered conditions and settings,
 * everyday health-chatbot questions alongside look-alikes, a quarter dialect and regional wording in
 * varieties no earlier card names, and six typo items per language: its shape, balance and provenance.
 * Scores are the bench's; this file only checks that the gold labels are what the cards say and that
 * nothing repeats an earlier set.
 */
describeDeidHoldout({
  path: DEID_HOLDOUT_45_PATH,
  generate: generateDeidHoldout45,
  idPrefix: 'h45',
  minRecords: 120,
  uniqueTexts: true,
  leftoverMarkers: /\[\[|\]\]|\$\{/,
  earlierSets: setsBefore('deid', 45),
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
  minSpans: 823,
  minByType: {
    PERSON: 272,
    ADDRESS: 43,
    MRN: 141,
    ID_CARD: 26,
    PHONE: 60,
    DATE: 179,
    BANK_CARD: 5,
    EMAIL: 10,
    AGE: 17,
    INSURANCE_ID: 41,
    PLATE: 4,
    ACCOUNT: 12,
    PASSPORT: 5,
    IP: 4,
    URL: 4,
  },
  agesOver89: true,
  minWithoutSpans: 10,
  card: 'data/labelled/deid-holdout-45.card.yaml',
  cardDate: '2026-11-24',
});
describeTriageHoldout({
  round: 45,
  path: 'data/labelled/triage-holdout-45.jsonl',
  idPrefix: 'tri-h45',
  tag: 'fresh-holdout-45',
  minItems: 176,
  rejectBlank: true,
  singleLineRationales: true,
  consecutiveIds: true,
  balancedLanguages: true,
  minByLabel: { emergency: 72, urgent: 48, routine: 50 },
  minHardShare: { emergency: 0.5, routine: 0.8 },
  earlierSets: setsBefore('triage', 45),
  card: 'data/labelled/triage-holdout-45.card.yaml',
});
