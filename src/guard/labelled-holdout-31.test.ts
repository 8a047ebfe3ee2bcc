import { DEID_HOLDOUT_31_PATH, generateDeidHoldout31 } from '../../scripts/labelled/deid-holdout-31.ts';
import {
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
} from './testing/labelled-checks.ts';

/**
 * Round 31's fresh held-out sets. De-identification: everyday documents with an everyday mix of names,
 * plus about a fifth new settings (glaucoma, asthma, growth, hypertension and psoriasis clinics): its
 * shape, provenance and checksums. Triage: four fifths common presentations in new wording, a fifth
 * less-covered conditions, everyday health-chatbot questions alongside look-alikes, about a quarter
 * dialect and regional wording in varieties rounds 28 to 30 did not use: its shape, balance and
 * provenance. Scores are the bench's; this file only checks that the gold labels are what the cards say
 * and that nothing repeats an earlier set.
 */
describeDeidHoldout({
  path: DEID_HOLDOUT_31_PATH,
  generate: generateDeidHoldout31,
  idPrefix: 'h31',
  minRecords: 115,
  uniqueTexts: true,
  leftoverMarkers: /\[\[|\]\]|\{\{|\}\}|<<|>>|⟦|⟧|⟨|⟩|⟪|⟫/,
  earlierSets: setsBefore('deid', 31),
  spansEndInsideText: true,
  identifierChecks: [
    residentIds,
    residentIdBirthDates,
    shortResidentIdBirthDates,
    hongKongIds,
    nhsNumbers,
    medicareNumbers,
    ohipNumbers,
    nzNhiNumbers,
    ssnAdvertisingRange,
  ],
  syntheticContacts: { fictionalPhones: true },
  minSpans: 690,
  minByType: {
    PERSON: 280,
    ADDRESS: 38,
    MRN: 96,
    ID_CARD: 25,
    PHONE: 28,
    DATE: 134,
    BANK_CARD: 5,
    EMAIL: 6,
    AGE: 26,
    INSURANCE_ID: 25,
    PLATE: 4,
    ACCOUNT: 9,
    PASSPORT: 3,
    IP: 4,
    URL: 3,
  },
  agesOver89: true,
  minWithoutSpans: 8,
  card: 'data/labelled/deid-holdout-31.card.yaml',
  cardDate: '2026-11-23',
});

describeTriageHoldout({
  round: 31,
  path: 'data/labelled/triage-holdout-31.jsonl',
  idPrefix: 'tri-h31',
  tag: 'fresh-holdout-31',
  minItems: 170,
  rejectBlank: true,
  singleLineRationales: true,
  consecutiveIds: true,
  balancedLanguages: true,
  minByLabel: { emergency: 72, urgent: 48, routine: 50 },
  minHardShare: { emergency: 0.5, routine: 0.8 },
  earlierSets: setsBefore('triage', 31),
  card: 'data/labelled/triage-holdout-31.card.yaml',
});
