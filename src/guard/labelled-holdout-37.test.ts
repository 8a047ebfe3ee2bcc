import { DEID_HOLDOUT_37_PATH, generateDeidHoldout37 } from '../../scripts/labelled/deid-holdout-37.ts';
import {
  aadhaarNumbers,
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
  usMbis,
} from './testing/labelled-checks.ts';

/**
 * Round 37's fresh held-out sets. De-identification: everyday documents with an everyday mix of names,
 * plus a fifth new settings (cochlear implant, pulmonary hypertension, skin cancer and motor neurone
 * disease clinics): its shape, provenance and checksums. Triage: about four fifths common presentations in
 * new wording, the rest less-covered conditions and settings, everyday health-chatbot questions alongside
 * look-alikes, about a quarter dialect and regional wording in varieties the round-36 card did not list:
 * its shape, balance and provenance. Scores are the bench's; this file only checks that the gold labels are
 * what the cards say and that nothing repeats an earlier set.
 */
describeDeidHoldout({
  path: DEID_HOLDOUT_37_PATH,
  generate: generateDeidHoldout37,
  idPrefix: 'h37',
  minRecords: 120,
  uniqueTexts: true,
  leftoverMarkers:
    /\[\[|\]\]|\{\{|\}\}|<<|>>|⟦|⟧|⟪|⟫|\{(?:ID18X?|ID15|MOB|LAND|NHS|MEDI|OHIP|NHI|MBI|CARD|HKID|NRIC|AADHAAR|IN10|SG8|HK8|AUM|UKM|IP4|HEX|AZ\d+|D\d+)\b/,
  earlierSets: setsBefore('deid', 37),
  spansEndInsideText: true,
  identifierChecks: [
    residentIds,
    residentIdBirthDates,
    shortResidentIdBirthDates,
    hongKongIds,
    aadhaarNumbers,
    nhsNumbers,
    medicareNumbers,
    ohipNumbers,
    nzNhiNumbers,
    usMbis,
    ssnAdvertisingRange,
  ],
  syntheticContacts: { fictionalPhones: true },
  minSpans: 910,
  minByType: {
    PERSON: 360,
    ADDRESS: 42,
    MRN: 110,
    ID_CARD: 27,
    PHONE: 45,
    DATE: 180,
    BANK_CARD: 4,
    EMAIL: 6,
    AGE: 68,
    INSURANCE_ID: 37,
    PLATE: 4,
    ACCOUNT: 8,
    PASSPORT: 3,
    IP: 4,
    URL: 5,
  },
  agesOver89: true,
  minWithoutSpans: 10,
  card: 'data/labelled/deid-holdout-37.card.yaml',
  cardDate: '2026-11-24',
});

describeTriageHoldout({
  round: 37,
  path: 'data/labelled/triage-holdout-37.jsonl',
  idPrefix: 'tri-h37',
  tag: 'fresh-holdout-37',
  minItems: 170,
  rejectBlank: true,
  singleLineRationales: true,
  consecutiveIds: true,
  balancedLanguages: true,
  minByLabel: { emergency: 72, urgent: 48, routine: 50 },
  minHardShare: { emergency: 0.5, routine: 0.8 },
  earlierSets: setsBefore('triage', 37),
  card: 'data/labelled/triage-holdout-37.card.yaml',
});
