import { DEID_HOLDOUT_39_PATH, generateDeidHoldout39 } from '../../scripts/labelled/deid-holdout-39.ts';
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
 * Round 39's fresh held-out sets. De-identification: everyday documents with an everyday mix of names,
 * plus a fifth new settings (tongue-tie (frenotomy), pleural, enuresis (bedwetting) and keloid clinics):
 * its shape, provenance and checksums (GB 11643 and the birth dates inside resident IDs, including the
 * Taiwan resident's residence permit; NHS numbers in the 999 range, the Scottish CHI number, Australian
 * Medicare numbers, Ontario health numbers, NZ NHIs, the US MBI pattern; Luhn for bank cards; the Polish
 * PESEL check digit, the Singapore NRIC and Irish PPSN check letters are not checked here). Triage: about
 * four fifths common presentations in new wording, the rest less-covered conditions and settings, everyday
 * health-chatbot questions alongside look-alikes, a quarter dialect and regional wording in varieties no
 * earlier card names, and six typo items per language: its shape, balance and provenance. Scores are the
 * bench's; this file only checks that the gold labels are what the cards say and that nothing repeats an
 * earlier set.
 */
describeDeidHoldout({
  path: DEID_HOLDOUT_39_PATH,
  generate: generateDeidHoldout39,
  idPrefix: 'h39',
  minRecords: 120,
  uniqueTexts: true,
  leftoverMarkers:
    /\[\[|\]\]|\{(?:ID18|ID15|MOB[SH]?|LAND|CARD|NHSP?|CHI|MEDI|NHI|MBI|IP[46]|UKM|AUM|NAH?|NRIC|PESEL|OHIP|PPSN|AZ|D|Z)[:}]/,
  earlierSets: setsBefore('deid', 39),
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
  minSpans: 940,
  minByType: {
    PERSON: 375,
    ADDRESS: 39,
    MRN: 120,
    ID_CARD: 25,
    PHONE: 53,
    DATE: 200,
    BANK_CARD: 5,
    EMAIL: 6,
    AGE: 59,
    INSURANCE_ID: 33,
    PLATE: 4,
    ACCOUNT: 11,
    PASSPORT: 3,
    IP: 4,
    URL: 5,
  },
  agesOver89: true,
  minWithoutSpans: 10,
  card: 'data/labelled/deid-holdout-39.card.yaml',
  cardDate: '2026-11-24',
});

describeTriageHoldout({
  round: 39,
  path: 'data/labelled/triage-holdout-39.jsonl',
  idPrefix: 'tri-h39',
  tag: 'fresh-holdout-39',
  minItems: 170,
  rejectBlank: true,
  singleLineRationales: true,
  consecutiveIds: true,
  balancedLanguages: true,
  minByLabel: { emergency: 72, urgent: 48, routine: 50 },
  minHardShare: { emergency: 0.5, routine: 0.8 },
  earlierSets: setsBefore('triage', 39),
  card: 'data/labelled/triage-holdout-39.card.yaml',
});
