import { DEID_HOLDOUT_32_PATH, generateDeidHoldout32 } from '../../scripts/labelled/deid-holdout-32.ts';
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
 * Round 32's fresh held-out sets. De-identification: everyday documents with an everyday mix of names,
 * plus about a fifth new settings (headache, Parkinson's, IBD, atrial fibrillation and kidney clinics):
 * its shape, provenance and checksums. Triage: four fifths common presentations in new wording, a fifth
 * less-covered conditions, about a quarter dialect and regional wording in varieties earlier rounds did
 * not use: its shape, balance and provenance. Scores are the bench's; this file only checks that the
 * gold labels are what the cards say and that nothing repeats an earlier set.
 */
describeDeidHoldout({
  path: DEID_HOLDOUT_32_PATH,
  generate: generateDeidHoldout32,
  idPrefix: 'h32',
  minRecords: 115,
  uniqueTexts: true,
  leftoverMarkers: /\[\[|\]\]|\{\{|\}\}|<<|>>|⟦|⟧|⟨|⟩|⟪|⟫/,
  earlierSets: setsBefore('deid', 32),
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
  minSpans: 620,
  minByType: {
    PERSON: 255,
    ADDRESS: 36,
    MRN: 90,
    ID_CARD: 22,
    PHONE: 29,
    DATE: 99,
    BANK_CARD: 5,
    EMAIL: 6,
    AGE: 33,
    INSURANCE_ID: 23,
    PLATE: 4,
    ACCOUNT: 6,
    PASSPORT: 3,
    IP: 4,
    URL: 3,
  },
  agesOver89: true,
  minWithoutSpans: 8,
  card: 'data/labelled/deid-holdout-32.card.yaml',
  cardDate: '2026-11-23',
});

describeTriageHoldout({
  round: 32,
  path: 'data/labelled/triage-holdout-32.jsonl',
  idPrefix: 'tri-h32',
  tag: 'fresh-holdout-32',
  minItems: 170,
  rejectBlank: true,
  singleLineRationales: true,
  consecutiveIds: true,
  balancedLanguages: true,
  minByLabel: { emergency: 72, urgent: 48, routine: 50 },
  minHardShare: { emergency: 0.5, routine: 0.8 },
  earlierSets: setsBefore('triage', 32),
  card: 'data/labelled/triage-holdout-32.card.yaml',
});
