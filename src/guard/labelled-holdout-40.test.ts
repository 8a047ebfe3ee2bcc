import { DEID_HOLDOUT_40_PATH, generateDeidHoldout40 } from '../../scripts/labelled/deid-holdout-40.ts';
import {
  chiNumbers,
  describeDeidHoldout,
  describeTriageHoldout,
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
 * Round 40's fresh held-out sets. De-identification: everyday documents with an everyday mix of names,
 * plus a fifth new settings (rabies post-exposure (animal-bite), hidradenitis suppurativa, facial-palsy
 * (Bell's palsy) and ingrown-toenail (nail-surgery) clinics): its shape, provenance and checksums (GB 11643
 * and the birth dates inside resident IDs; NHS numbers in the 999 range, the Scottish CHI numbers,
 * Australian Medicare numbers, the Ontario health number, NZ NHIs, the US MBI pattern; Luhn for bank
 * cards; the Singapore NRIC and Irish PPSN check letters are not checked here). Triage: about four fifths
 * common presentations in new wording, the rest less-covered conditions and settings, everyday
 * health-chatbot questions alongside look-alikes, a quarter dialect and regional wording in varieties no
 * earlier card names, and six typo items per language: its shape, balance and provenance. Scores are the
 * bench's; this file only checks that the gold labels are what the cards say and that nothing repeats an
 * earlier set.
 */
describeDeidHoldout({
  path: DEID_HOLDOUT_40_PATH,
  generate: generateDeidHoldout40,
  idPrefix: 'h40',
  minRecords: 120,
  uniqueTexts: true,
  leftoverMarkers:
    /\[\[|\]\]|\{(?:ID18|ID15|MOB[SH]?|CARD|NHS|CHI|MEDI|NHI|MBI|OHIP|IP[46]|UKM|UKL|NAH?|AUM|NRIC|PPSN|IEM|NZM|DUB|SG[89]|HKM|UBRN|D4H|D)[:}]/,
  earlierSets: setsBefore('deid', 40),
  spansEndInsideText: true,
  identifierChecks: [
    residentIds,
    residentIdBirthDates,
    shortResidentIdBirthDates,
    nhsNumbers,
    chiNumbers,
    medicareNumbers,
    ohipNumbers,
    nzNhiNumbers,
    usMbis,
  ],
  syntheticContacts: { fictionalPhones: true },
  minSpans: 822,
  minByType: {
    PERSON: 314,
    ADDRESS: 44,
    MRN: 124,
    ID_CARD: 25,
    PHONE: 58,
    DATE: 174,
    BANK_CARD: 3,
    EMAIL: 6,
    AGE: 23,
    INSURANCE_ID: 29,
    PLATE: 3,
    ACCOUNT: 10,
    PASSPORT: 4,
    IP: 2,
    URL: 3,
  },
  agesOver89: true,
  minWithoutSpans: 10,
  card: 'data/labelled/deid-holdout-40.card.yaml',
  cardDate: '2026-11-24',
});

describeTriageHoldout({
  round: 40,
  path: 'data/labelled/triage-holdout-40.jsonl',
  idPrefix: 'tri-h40',
  tag: 'fresh-holdout-40',
  minItems: 170,
  rejectBlank: true,
  singleLineRationales: true,
  consecutiveIds: true,
  balancedLanguages: true,
  minByLabel: { emergency: 72, urgent: 48, routine: 50 },
  minHardShare: { emergency: 0.5, routine: 0.8 },
  earlierSets: setsBefore('triage', 40),
  card: 'data/labelled/triage-holdout-40.card.yaml',
});
