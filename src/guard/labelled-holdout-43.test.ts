import { DEID_HOLDOUT_43_PATH, generateDeidHoldout43 } from '../../scripts/labelled/deid-holdout-43.ts';
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
  southAfricanIds,
  ssnAdvertisingRange,
  usMbis,
} from './testing/labelled-checks.ts';

/**
 * Round 43's fresh held-out sets. De-identification: everyday documents with an everyday mix of names,
 * plus a fifth new settings (parathyroid (primary hyperparathyroidism), cerebral palsy, phenylketonuria
 * and Cushing's syndrome clinics): its shape, provenance and checksums (GB 11643 and the birth dates
 * inside 18- and 15-digit resident IDs; the Hong Kong identity card, the South African ID and the
 * Emirates ID; the SSN advertising range; NHS numbers in the 999 range, Scottish CHI numbers,
 * Australian Medicare numbers, NZ NHIs, the Ontario health number, the US MBI pattern; Luhn for bank
 * cards). Triage: about four fifths common presentations in new wording, the rest less-covered
 * conditions and settings, everyday health-chatbot questions alongside look-alikes, a quarter dialect
 * and regional wording in varieties no earlier card names, and six typo items per language: its shape,
 * balance and provenance. Scores are the bench's; this file only checks that the gold labels are what
 * the cards say and that nothing repeats an earlier set.
 */
describeDeidHoldout({
  path: DEID_HOLDOUT_43_PATH,
  generate: generateDeidHoldout43,
  idPrefix: 'h43',
  minRecords: 120,
  uniqueTexts: true,
  leftoverMarkers: /\[\[|\]\]|\$\{/,
  earlierSets: setsBefore('deid', 43),
  spansEndInsideText: true,
  identifierChecks: [
    residentIds,
    residentIdBirthDates,
    shortResidentIdBirthDates,
    hongKongIds,
    southAfricanIds,
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
  minSpans: 826,
  minByType: {
    PERSON: 305,
    ADDRESS: 40,
    MRN: 136,
    ID_CARD: 30,
    PHONE: 59,
    DATE: 155,
    BANK_CARD: 4,
    EMAIL: 11,
    AGE: 23,
    INSURANCE_ID: 35,
    PLATE: 4,
    ACCOUNT: 11,
    PASSPORT: 5,
    IP: 4,
    URL: 4,
  },
  agesOver89: true,
  minWithoutSpans: 10,
  card: 'data/labelled/deid-holdout-43.card.yaml',
  cardDate: '2026-11-24',
});
describeTriageHoldout({
  round: 43,
  path: 'data/labelled/triage-holdout-43.jsonl',
  idPrefix: 'tri-h43',
  tag: 'fresh-holdout-43',
  minItems: 176,
  rejectBlank: true,
  singleLineRationales: true,
  consecutiveIds: true,
  balancedLanguages: true,
  minByLabel: { emergency: 72, urgent: 48, routine: 50 },
  minHardShare: { emergency: 0.5, routine: 0.8 },
  earlierSets: setsBefore('triage', 43),
  card: 'data/labelled/triage-holdout-43.card.yaml',
});
