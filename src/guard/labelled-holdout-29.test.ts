import { DEID_HOLDOUT_29_PATH, generateDeidHoldout29 } from '../../scripts/labelled/deid-holdout-29.ts';
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
 * Round 29's fresh held-out sets. De-identification: everyday documents with an everyday mix of names,
 * plus about a fifth new settings (bronchoscopy suites, gout clinics, cleft clinics, varicose vein clinics,
 * hernia clinics): its shape, provenance and checksums. Triage: common presentations in new everyday
 * wording, a fifth less-covered conditions, about a quarter dialect and regional wording: its shape,
 * balance and provenance. Scores are the bench's; this file only checks that the gold labels are what the
 * cards say and that nothing repeats an earlier set.
 */
describeDeidHoldout({
  path: DEID_HOLDOUT_29_PATH,
  generate: generateDeidHoldout29,
  idPrefix: 'h29',
  minRecords: 110,
  uniqueTexts: true,
  leftoverMarkers: /\[\[|\]\]|\{\{|\}\}|<<|>>|⟦|⟧|⟨|⟩|⟪|⟫/,
  earlierSets: setsBefore('deid', 29),
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
    ADDRESS: 24,
    MRN: 90,
    ID_CARD: 25,
    PHONE: 33,
    DATE: 150,
    BANK_CARD: 5,
    EMAIL: 6,
    AGE: 24,
    INSURANCE_ID: 32,
    PLATE: 4,
    ACCOUNT: 8,
    PASSPORT: 2,
    IP: 4,
    URL: 3,
  },
  agesOver89: true,
  minWithoutSpans: 9,
  card: 'data/labelled/deid-holdout-29.card.yaml',
  cardDate: '2026-11-23',
});

describeTriageHoldout({
  round: 29,
  path: 'data/labelled/triage-holdout-29.jsonl',
  idPrefix: 'tri-h29',
  tag: 'fresh-holdout-29',
  minItems: 170,
  rejectBlank: true,
  singleLineRationales: true,
  consecutiveIds: true,
  balancedLanguages: true,
  minByLabel: { emergency: 72, urgent: 48, routine: 50 },
  minHardShare: { emergency: 0.5, routine: 0.8 },
  earlierSets: setsBefore('triage', 29),
  card: 'data/labelled/triage-holdout-29.card.yaml',
});
