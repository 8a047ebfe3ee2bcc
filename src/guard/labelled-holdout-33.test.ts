import { DEID_HOLDOUT_33_PATH, generateDeidHoldout33 } from '../../scripts/labelled/deid-holdout-33.ts';
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
  southAfricanIds,
  ssnAdvertisingRange,
} from './testing/labelled-checks.ts';

/**
 * Round 33's fresh held-out sets. De-identification: everyday documents with an everyday mix of names,
 * plus about a fifth new settings (lupus, thalassaemia, cystic fibrosis, voice and myasthenia gravis
 * clinics): its shape, provenance and checksums. Triage: four fifths common presentations in new wording,
 * a fifth less-covered conditions, everyday health-chatbot questions alongside look-alikes, about a
 * quarter dialect and regional wording in varieties rounds 28 to 32 did not use: its shape, balance and
 * provenance. Scores are the bench's; this file only checks that the gold labels are what the cards say
 * and that nothing repeats an earlier set.
 */
describeDeidHoldout({
  path: DEID_HOLDOUT_33_PATH,
  generate: generateDeidHoldout33,
  idPrefix: 'h33',
  minRecords: 120,
  uniqueTexts: true,
  leftoverMarkers: /\[\[|\]\]|\{\{|\}\}|<<|>>|⟦|⟧|⟨|⟩|⟪|⟫/,
  earlierSets: setsBefore('deid', 33),
  spansEndInsideText: true,
  identifierChecks: [
    residentIds,
    residentIdBirthDates,
    shortResidentIdBirthDates,
    hongKongIds,
    southAfricanIds,
    nhsNumbers,
    medicareNumbers,
    ohipNumbers,
    nzNhiNumbers,
    ssnAdvertisingRange,
  ],
  syntheticContacts: { fictionalPhones: true },
  minSpans: 630,
  minByType: {
    PERSON: 260,
    ADDRESS: 36,
    MRN: 90,
    ID_CARD: 23,
    PHONE: 24,
    DATE: 100,
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
  card: 'data/labelled/deid-holdout-33.card.yaml',
  cardDate: '2026-11-23',
});

describeTriageHoldout({
  round: 33,
  path: 'data/labelled/triage-holdout-33.jsonl',
  idPrefix: 'tri-h33',
  tag: 'fresh-holdout-33',
  minItems: 170,
  rejectBlank: true,
  singleLineRationales: true,
  consecutiveIds: true,
  balancedLanguages: true,
  minByLabel: { emergency: 72, urgent: 48, routine: 50 },
  minHardShare: { emergency: 0.5, routine: 0.8 },
  earlierSets: setsBefore('triage', 33),
  card: 'data/labelled/triage-holdout-33.card.yaml',
});
