import { DEID_HOLDOUT_38_PATH, generateDeidHoldout38 } from '../../scripts/labelled/deid-holdout-38.ts';
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
  southAfricanIds,
  taiwanIds,
  usMbis,
} from './testing/labelled-checks.ts';

/**
 * Round 38's fresh held-out sets. De-identification: everyday documents with an everyday mix of names,
 * plus a fifth new settings (venesection, bronchiectasis, clubfoot (Ponseti) and kidney-stone clinics):
 * its shape, provenance and checksums (GB 11643 and the birth dates inside resident IDs, the Taiwan ID,
 * the Hong Kong identity card, the South African ID number, NHS numbers in the 999 range, the Scottish
 * CHI number, Australian Medicare numbers, NZ NHIs, the US MBI pattern; Luhn for bank cards; the Irish
 * PPSN check letter, the BC PHN check digit and the Malaysian MyKad shape are not checked here). Triage:
 * about four fifths common presentations in new wording, the rest less-covered conditions and settings,
 * everyday health-chatbot questions alongside look-alikes, a quarter dialect and regional wording in
 * varieties no earlier card names, and six typo items per language: its shape, balance and provenance.
 * Scores are the bench's; this file only checks that the gold labels are what the cards say and that
 * nothing repeats an earlier set.
 */
describeDeidHoldout({
  path: DEID_HOLDOUT_38_PATH,
  generate: generateDeidHoldout38,
  idPrefix: 'h38',
  minRecords: 120,
  uniqueTexts: true,
  leftoverMarkers:
    /\[\[|\]\]|\{(?:ID18X?|ID15|MOB[SH]?|LAND|TWID|TWM|HK8|CARD|NHS|CHI|MEDI|NHI|MBI|BCPHN|PPSN|SAID|MYKAD|HKID|IP[46]|UKM|AUM|NA|HEX|AZ|D)[:}]/,
  earlierSets: setsBefore('deid', 38),
  spansEndInsideText: true,
  identifierChecks: [
    residentIds,
    residentIdBirthDates,
    shortResidentIdBirthDates,
    taiwanIds,
    hongKongIds,
    southAfricanIds,
    nhsNumbers,
    chiNumbers,
    medicareNumbers,
    nzNhiNumbers,
    usMbis,
  ],
  syntheticContacts: { fictionalPhones: true },
  minSpans: 940,
  minByType: {
    PERSON: 360,
    ADDRESS: 40,
    MRN: 115,
    ID_CARD: 28,
    PHONE: 45,
    DATE: 205,
    BANK_CARD: 5,
    EMAIL: 6,
    AGE: 70,
    INSURANCE_ID: 35,
    PLATE: 4,
    ACCOUNT: 8,
    PASSPORT: 4,
    IP: 4,
    URL: 5,
  },
  agesOver89: true,
  minWithoutSpans: 10,
  card: 'data/labelled/deid-holdout-38.card.yaml',
  cardDate: '2026-11-24',
});

describeTriageHoldout({
  round: 38,
  path: 'data/labelled/triage-holdout-38.jsonl',
  idPrefix: 'tri-h38',
  tag: 'fresh-holdout-38',
  minItems: 170,
  rejectBlank: true,
  singleLineRationales: true,
  consecutiveIds: true,
  balancedLanguages: true,
  minByLabel: { emergency: 72, urgent: 48, routine: 50 },
  minHardShare: { emergency: 0.5, routine: 0.8 },
  earlierSets: setsBefore('triage', 38),
  card: 'data/labelled/triage-holdout-38.card.yaml',
});
