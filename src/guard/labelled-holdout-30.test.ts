import { DEID_HOLDOUT_30_PATH, generateDeidHoldout30 } from '../../scripts/labelled/deid-holdout-30.ts';
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
 * Round 30's fresh held-out sets. De-identification: everyday documents with an everyday mix of names,
 * plus about a fifth new settings (thyroid clinics, epilepsy clinics, Chinese medicine and acupuncture
 * clinics, proctology clinics, fever clinics): its shape, provenance and checksums. Triage: four fifths
 * common presentations in new wording, a fifth less-covered conditions, urgent and routine messages
 * written as everyday health-chatbot questions, about a quarter dialect and regional wording in
 * varieties rounds 28 and 29 did not use: its shape, balance and provenance. Scores are the bench's; this
 * file only checks that the gold labels are what the cards say and that nothing repeats an earlier set.
 */
describeDeidHoldout({
  path: DEID_HOLDOUT_30_PATH,
  generate: generateDeidHoldout30,
  idPrefix: 'h30',
  minRecords: 115,
  uniqueTexts: true,
  leftoverMarkers: /\[\[|\]\]|\{\{|\}\}|<<|>>|⟦|⟧|⟨|⟩|⟪|⟫/,
  earlierSets: setsBefore('deid', 30),
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
  minSpans: 700,
  minByType: {
    PERSON: 280,
    ADDRESS: 39,
    MRN: 97,
    ID_CARD: 26,
    PHONE: 34,
    DATE: 137,
    BANK_CARD: 5,
    EMAIL: 6,
    AGE: 21,
    INSURANCE_ID: 33,
    PLATE: 4,
    ACCOUNT: 7,
    PASSPORT: 4,
    IP: 4,
    URL: 3,
  },
  agesOver89: true,
  minWithoutSpans: 8,
  card: 'data/labelled/deid-holdout-30.card.yaml',
  cardDate: '2026-11-23',
});

describeTriageHoldout({
  round: 30,
  path: 'data/labelled/triage-holdout-30.jsonl',
  idPrefix: 'tri-h30',
  tag: 'fresh-holdout-30',
  minItems: 170,
  rejectBlank: true,
  singleLineRationales: true,
  consecutiveIds: true,
  balancedLanguages: true,
  minByLabel: { emergency: 72, urgent: 48, routine: 50 },
  minHardShare: { emergency: 0.5, routine: 0.8 },
  earlierSets: setsBefore('triage', 30),
  card: 'data/labelled/triage-holdout-30.card.yaml',
});
