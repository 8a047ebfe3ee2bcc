import { DEID_HOLDOUT_36_PATH, generateDeidHoldout36 } from '../../scripts/labelled/deid-holdout-36.ts';
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
  southAfricanIds,
  ssnAdvertisingRange,
  taiwanIds,
  usMbis,
} from './testing/labelled-checks.ts';

/**
 * Round 36's fresh held-out sets. De-identification: everyday documents with an everyday mix of names,
 * plus a fifth new settings (uveitis, urogynaecology, hair-loss and prosthetics clinics): its shape,
 * provenance and checksums. Triage: about four fifths common presentations in new wording, the rest
 * less-covered conditions and settings, everyday health-chatbot questions alongside look-alikes, about a
 * quarter dialect and regional wording in varieties the round-35 card did not list, and more typos than
 * round 35: its shape, balance and provenance. Scores are the bench's; this file only checks that the gold
 * labels are what the cards say and that nothing repeats an earlier set.
 */
describeDeidHoldout({
  path: DEID_HOLDOUT_36_PATH,
  generate: generateDeidHoldout36,
  idPrefix: 'h36',
  minRecords: 120,
  uniqueTexts: true,
  leftoverMarkers:
    /\[\[|\]\]|\{\{|\}\}|<<|>>|⟦|⟧|⟨|⟩|⟪|⟫|\{(?:ID18X?|ID15|MOB|LAND|NHS|MEDI|OHIP|NHI|CHI|MBI|CARD|HKID|TWID|PPSN|SAID|BCPHN|AUM|IP4|HEX|AZ|az|D|d)\b/,
  earlierSets: setsBefore('deid', 36),
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
    ohipNumbers,
    nzNhiNumbers,
    usMbis,
    ssnAdvertisingRange,
  ],
  syntheticContacts: { fictionalPhones: true },
  minSpans: 830,
  minByType: {
    PERSON: 320,
    ADDRESS: 42,
    MRN: 100,
    ID_CARD: 28,
    PHONE: 35,
    DATE: 170,
    BANK_CARD: 6,
    EMAIL: 7,
    AGE: 60,
    INSURANCE_ID: 40,
    PLATE: 5,
    ACCOUNT: 7,
    PASSPORT: 3,
    IP: 4,
    URL: 4,
  },
  agesOver89: true,
  minWithoutSpans: 10,
  card: 'data/labelled/deid-holdout-36.card.yaml',
  cardDate: '2026-11-24',
});

describeTriageHoldout({
  round: 36,
  path: 'data/labelled/triage-holdout-36.jsonl',
  idPrefix: 'tri-h36',
  tag: 'fresh-holdout-36',
  minItems: 170,
  rejectBlank: true,
  singleLineRationales: true,
  consecutiveIds: true,
  balancedLanguages: true,
  minByLabel: { emergency: 72, urgent: 48, routine: 50 },
  minHardShare: { emergency: 0.5, routine: 0.8 },
  earlierSets: setsBefore('triage', 36),
  card: 'data/labelled/triage-holdout-36.card.yaml',
});
