import { DEID_HOLDOUT_28_PATH, generateDeidHoldout28 } from '../../scripts/labelled/deid-holdout-28.ts';
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
 * Round 28's fresh held-out sets. De-identification: everyday documents with an everyday mix of names,
 * plus about a fifth new settings (orthoptic clinics, vasectomy clinics, biologic infusion units, lipid
 * clinics, heart failure clinics): its shape, provenance and checksums. Triage: four fifths common
 * presentations in new everyday wording, a fifth less-covered conditions, about a quarter dialect and
 * regional wording: its shape, balance and provenance. Scores are the bench's; this file only checks that
 * the gold labels are what the cards say and that nothing repeats an earlier set.
 */
describeDeidHoldout({
  path: DEID_HOLDOUT_28_PATH,
  generate: generateDeidHoldout28,
  idPrefix: 'h28',
  minRecords: 110,
  uniqueTexts: true,
  leftoverMarkers: /\[\[|\]\]|\{\{|\}\}|⟦|⟧|⟨|⟩|⟪|⟫/,
  earlierSets: setsBefore('deid', 28),
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
  minSpans: 680,
  minByType: {
    PERSON: 280,
    ADDRESS: 24,
    MRN: 85,
    ID_CARD: 26,
    PHONE: 33,
    DATE: 150,
    BANK_CARD: 5,
    EMAIL: 6,
    AGE: 20,
    INSURANCE_ID: 30,
    PLATE: 5,
    ACCOUNT: 7,
    PASSPORT: 2,
    IP: 4,
    URL: 3,
  },
  agesOver89: true,
  minWithoutSpans: 10,
  card: 'data/labelled/deid-holdout-28.card.yaml',
  cardDate: '2026-11-23',
});

describeTriageHoldout({
  round: 28,
  path: 'data/labelled/triage-holdout-28.jsonl',
  idPrefix: 'tri-h28',
  tag: 'fresh-holdout-28',
  minItems: 170,
  rejectBlank: true,
  singleLineRationales: true,
  consecutiveIds: true,
  balancedLanguages: true,
  minByLabel: { emergency: 72, urgent: 48, routine: 50 },
  minHardShare: { emergency: 0.5, routine: 0.8 },
  earlierSets: setsBefore('triage', 28),
  card: 'data/labelled/triage-holdout-28.card.yaml',
});
