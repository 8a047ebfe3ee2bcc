import { DEID_HOLDOUT_41_PATH, generateDeidHoldout41 } from '../../scripts/labelled/deid-holdout-41.ts';
import {
  chiNumbers,
  describeDeidHoldout,
  describeTriageHoldout,
  hongKongIds,
  medicareNumbers,
  nhsNumbers,
  nzNhiNumbers,
  residentIdBirthDates,
  residentIds,
  setsBefore,
  shortResidentIdBirthDates,
  usMbis,
} from './testing/labelled-checks.ts';

/**
 * Round 41's fresh held-out sets. De-identification: everyday documents with an everyday mix of names,
 * plus a fifth new settings (keratoconus (corneal cross-linking), sarcoidosis, narcolepsy and
 * hypospadias (paediatric urology) clinics): its shape, provenance and checksums (GB 11643 and the birth
 * dates inside 18- and 15-digit resident IDs; the Hong Kong identity card; NHS numbers in the 999 range,
 * the Scottish CHI number, Australian Medicare numbers, NZ NHIs, the US MBI pattern; Luhn for bank
 * cards). Triage: about four fifths common presentations in new wording, the rest less-covered
 * conditions and settings, everyday health-chatbot questions alongside look-alikes, a quarter dialect
 * and regional wording in varieties no earlier card names, and six typo items per language: its shape,
 * balance and provenance. Scores are the bench's; this file only checks that the gold labels are what
 * the cards say and that nothing repeats an earlier set.
 */
describeDeidHoldout({
  path: DEID_HOLDOUT_41_PATH,
  generate: generateDeidHoldout41,
  idPrefix: 'h41',
  minRecords: 120,
  uniqueTexts: true,
  leftoverMarkers: /\[\[|\]\]|\$\{/,
  earlierSets: setsBefore('deid', 41),
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
    usMbis,
  ],
  syntheticContacts: { fictionalPhones: true },
  minSpans: 826,
  minByType: {
    PERSON: 313,
    ADDRESS: 43,
    MRN: 128,
    ID_CARD: 23,
    PHONE: 62,
    DATE: 172,
    BANK_CARD: 4,
    EMAIL: 5,
    AGE: 29,
    INSURANCE_ID: 27,
    PLATE: 2,
    ACCOUNT: 9,
    PASSPORT: 3,
    IP: 2,
    URL: 4,
  },
  agesOver89: true,
  minWithoutSpans: 10,
  card: 'data/labelled/deid-holdout-41.card.yaml',
  cardDate: '2026-11-24',
});

describeTriageHoldout({
  round: 41,
  path: 'data/labelled/triage-holdout-41.jsonl',
  idPrefix: 'tri-h41',
  tag: 'fresh-holdout-41',
  minItems: 170,
  rejectBlank: true,
  singleLineRationales: true,
  consecutiveIds: true,
  balancedLanguages: true,
  minByLabel: { emergency: 72, urgent: 48, routine: 50 },
  minHardShare: { emergency: 0.5, routine: 0.8 },
  earlierSets: setsBefore('triage', 41),
  card: 'data/labelled/triage-holdout-41.card.yaml',
});
