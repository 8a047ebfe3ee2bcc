import { DEID_HOLDOUT_27_PATH, generateDeidHoldout27 } from '../../scripts/labelled/deid-holdout-27.ts';
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
 * Round 27's fresh held-out sets. De-identification: everyday documents with an everyday mix of names,
 * plus about a fifth new settings (botulinum toxin clinics, patch-test clinics, scoliosis clinics, fetal
 * medicine units, insulin pump clinics): its shape, provenance and checksums. Triage: four fifths common
 * presentations in new everyday wording, a fifth less-covered conditions, about a quarter dialect and
 * regional wording: its shape, balance and provenance. Scores are the bench's; this file only checks that
 * the gold labels are what the cards say and that nothing repeats an earlier set.
 */
describeDeidHoldout({
  path: DEID_HOLDOUT_27_PATH,
  generate: generateDeidHoldout27,
  idPrefix: 'h27',
  minRecords: 110,
  uniqueTexts: true,
  leftoverMarkers: /\[\[|\]\]|\{\{|\}\}|⟦|⟧|⟨|⟩/,
  earlierSets: setsBefore('deid', 27),
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
    PERSON: 295,
    ADDRESS: 23,
    MRN: 85,
    ID_CARD: 25,
    PHONE: 33,
    DATE: 160,
    BANK_CARD: 5,
    EMAIL: 8,
    AGE: 14,
    INSURANCE_ID: 27,
    PLATE: 5,
    ACCOUNT: 7,
    PASSPORT: 2,
    IP: 4,
    URL: 3,
  },
  agesOver89: true,
  minWithoutSpans: 10,
  card: 'data/labelled/deid-holdout-27.card.yaml',
  cardDate: '2026-11-23',
});

describeTriageHoldout({
  round: 27,
  path: 'data/labelled/triage-holdout-27.jsonl',
  idPrefix: 'tri-h27',
  tag: 'fresh-holdout-27',
  minItems: 170,
  rejectBlank: true,
  singleLineRationales: true,
  consecutiveIds: true,
  balancedLanguages: true,
  minByLabel: { emergency: 72, urgent: 48, routine: 50 },
  minHardShare: { emergency: 0.5, routine: 0.8 },
  earlierSets: setsBefore('triage', 27),
  card: 'data/labelled/triage-holdout-27.card.yaml',
});
