import { DEID_HOLDOUT_26_PATH, generateDeidHoldout26 } from '../../scripts/labelled/deid-holdout-26.ts';
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
 * Round 26's fresh held-out sets. De-identification: everyday documents with an everyday mix of names,
 * plus about a fifth new settings (intravitreal injection clinics, CAR-T units, eating-disorder units,
 * child-development clinics, interventional radiology): its shape, provenance and checksums. Triage: four
 * fifths common presentations, a fifth less-covered conditions: its shape, balance and provenance. Scores
 * are the bench's; this file only checks that the gold labels are what the cards say and that nothing
 * repeats an earlier set.
 */
describeDeidHoldout({
  path: DEID_HOLDOUT_26_PATH,
  generate: generateDeidHoldout26,
  idPrefix: 'h26',
  minRecords: 110,
  uniqueTexts: true,
  leftoverMarkers: /\[\[|\]\]|\{\{|\}\}|⟦|⟧|⟨|⟩/,
  earlierSets: setsBefore('deid', 26),
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
  minSpans: 660,
  minByType: {
    PERSON: 280,
    ADDRESS: 21,
    MRN: 85,
    ID_CARD: 25,
    PHONE: 31,
    DATE: 155,
    BANK_CARD: 5,
    EMAIL: 7,
    AGE: 13,
    INSURANCE_ID: 20,
    PLATE: 5,
    ACCOUNT: 5,
    PASSPORT: 2,
    IP: 3,
    URL: 3,
  },
  agesOver89: true,
  minWithoutSpans: 10,
  card: 'data/labelled/deid-holdout-26.card.yaml',
  cardDate: '2026-11-23',
});

describeTriageHoldout({
  round: 26,
  path: 'data/labelled/triage-holdout-26.jsonl',
  idPrefix: 'tri-h26',
  tag: 'fresh-holdout-26',
  minItems: 170,
  rejectBlank: true,
  singleLineRationales: true,
  consecutiveIds: true,
  balancedLanguages: true,
  minByLabel: { emergency: 72, urgent: 48, routine: 50 },
  minHardShare: { emergency: 0.5, routine: 0.8 },
  earlierSets: setsBefore('triage', 26),
  card: 'data/labelled/triage-holdout-26.card.yaml',
});
