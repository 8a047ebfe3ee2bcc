import { DEID_HOLDOUT_42_PATH, generateDeidHoldout42 } from '../../scripts/labelled/deid-holdout-42.ts';
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
 * Round 42's fresh held-out sets. De-identification: everyday documents with an everyday mix of names,
 * plus a fifth new settings (achalasia (oesophageal motility / POEM), endometriosis, systemic sclerosis
 * (scleroderma) and acromegaly (pituitary) clinics): its shape, provenance and checksums (GB 11643 and
 * the birth dates inside 18- and 15-digit resident IDs; the Hong Kong identity card, the South African
 * ID and the Emirates ID; the SSN advertising range; NHS numbers in the 999 range, Scottish CHI numbers,
 * Australian Medicare numbers, NZ NHIs, the Ontario health number, the US MBI pattern; Luhn for bank
 * cards). Triage: about four fifths common presentations in new wording, the rest less-covered
 * conditions and settings, everyday health-chatbot questions alongside look-alikes, a quarter dialect
 * and regional wording in varieties no earlier card names, and six typo items per language: its shape,
 * balance and provenance. Scores are the bench's; this file only checks that the gold labels are what
 * the cards say and that nothing repeats an earlier set.
 */
describeDeidHoldout({
  path: DEID_HOLDOUT_42_PATH,
  generate: generateDeidHoldout42,
  idPrefix: 'h42',
  minRecords: 120,
  uniqueTexts: true,
  leftoverMarkers: /\[\[|\]\]|\$\{/,
  earlierSets: setsBefore('deid', 42),
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
    PERSON: 299,
    ADDRESS: 40,
    MRN: 132,
    ID_CARD: 26,
    PHONE: 71,
    DATE: 161,
    BANK_CARD: 4,
    EMAIL: 7,
    AGE: 31,
    INSURANCE_ID: 28,
    PLATE: 4,
    ACCOUNT: 8,
    PASSPORT: 5,
    IP: 4,
    URL: 6,
  },
  agesOver89: true,
  minWithoutSpans: 10,
  card: 'data/labelled/deid-holdout-42.card.yaml',
  cardDate: '2026-11-24',
});

describeTriageHoldout({
  round: 42,
  path: 'data/labelled/triage-holdout-42.jsonl',
  idPrefix: 'tri-h42',
  tag: 'fresh-holdout-42',
  minItems: 176,
  rejectBlank: true,
  singleLineRationales: true,
  consecutiveIds: true,
  balancedLanguages: true,
  minByLabel: { emergency: 72, urgent: 48, routine: 50 },
  minHardShare: { emergency: 0.5, routine: 0.8 },
  earlierSets: setsBefore('triage', 42),
  card: 'data/labelled/triage-holdout-42.card.yaml',
});
