import { DEID_HOLDOUT_25_PATH, generateDeidHoldout25 } from '../../scripts/labelled/deid-holdout-25.ts';
import {
  describeDeidHoldout,
  describeTriageHoldout,
  medicareNumbers,
  nhsNumbers,
  ohipNumbers,
  residentIdBirthDates,
  residentIds,
  setsBefore,
  shortResidentIdBirthDates,
  ssnAdvertisingRange,
} from './testing/labelled-checks.ts';

/**
 * Round 25's fresh held-out sets. De-identification: everyday documents with an everyday mix of names,
 * plus about a fifth new settings (vestibular clinics, ECT suites, tracheostomy clinics, deep-brain
 * stimulation clinics and spinal-injury units): its shape, provenance and checksums. Triage: four fifths
 * common presentations in new everyday wording, a fifth less-covered conditions, mostly standard Mandarin
 * and everyday English with about a quarter dialect and regional wording: its shape, balance and
 * provenance. Scores are the bench's; this file only checks that the gold labels are what the cards say
 * and that nothing repeats an earlier set.
 */
describeDeidHoldout({
  path: DEID_HOLDOUT_25_PATH,
  generate: generateDeidHoldout25,
  idPrefix: 'h25',
  minRecords: 110,
  uniqueTexts: true,
  leftoverMarkers: /\[\[|\]\]|\{\{|\}\}|⟦|⟧/,
  earlierSets: setsBefore('deid', 25),
  spansEndInsideText: true,
  identifierChecks: [
    residentIds,
    residentIdBirthDates,
    shortResidentIdBirthDates,
    nhsNumbers,
    medicareNumbers,
    ohipNumbers,
    ssnAdvertisingRange,
  ],
  syntheticContacts: { fictionalPhones: true },
  minSpans: 640,
  minByType: {
    PERSON: 270,
    ADDRESS: 22,
    MRN: 75,
    ID_CARD: 26,
    PHONE: 31,
    DATE: 155,
    BANK_CARD: 5,
    EMAIL: 7,
    AGE: 11,
    INSURANCE_ID: 23,
    PLATE: 5,
    ACCOUNT: 6,
    PASSPORT: 2,
    IP: 3,
    URL: 4,
  },
  agesOver89: true,
  minWithoutSpans: 10,
  card: 'data/labelled/deid-holdout-25.card.yaml',
  cardDate: '2026-11-23',
});

describeTriageHoldout({
  round: 25,
  path: 'data/labelled/triage-holdout-25.jsonl',
  idPrefix: 'tri-h25',
  tag: 'fresh-holdout-25',
  minItems: 170,
  rejectBlank: true,
  singleLineRationales: true,
  consecutiveIds: true,
  balancedLanguages: true,
  minByLabel: { emergency: 72, urgent: 48, routine: 50 },
  minHardShare: { emergency: 0.5, routine: 0.8 },
  earlierSets: setsBefore('triage', 25),
  card: 'data/labelled/triage-holdout-25.card.yaml',
});
