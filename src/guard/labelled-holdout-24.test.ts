import { DEID_HOLDOUT_24_PATH, generateDeidHoldout24 } from '../../scripts/labelled/deid-holdout-24.ts';
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
 * Round 24's fresh held-out sets. De-identification: everyday documents with an everyday mix of names,
 * plus about a fifth new settings (pacemaker clinics, lithotripsy units, menopause clinics, haemophilia
 * centres and wheelchair services): its shape, provenance and checksums. Triage: four fifths common
 * presentations in new wording, a fifth less-covered conditions, Chinese dialect and regional colloquial
 * English weighted heavily: its shape, balance and provenance. Scores are the bench's; this file only checks
 * that the gold labels are what the cards say and that nothing repeats an earlier set.
 */
describeDeidHoldout({
  path: DEID_HOLDOUT_24_PATH,
  generate: generateDeidHoldout24,
  idPrefix: 'h24',
  minRecords: 110,
  uniqueTexts: true,
  leftoverMarkers: /\[\[|\]\]|\{\{|\}\}|⟦|⟧/,
  earlierSets: setsBefore('deid', 24),
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
  minSpans: 620,
  minByType: {
    PERSON: 280,
    ADDRESS: 25,
    MRN: 65,
    ID_CARD: 26,
    PHONE: 32,
    DATE: 145,
    BANK_CARD: 5,
    EMAIL: 7,
    AGE: 11,
    INSURANCE_ID: 23,
    PLATE: 5,
    ACCOUNT: 6,
    PASSPORT: 2,
    IP: 3,
    URL: 3,
  },
  agesOver89: true,
  minWithoutSpans: 10,
  card: 'data/labelled/deid-holdout-24.card.yaml',
  cardDate: '2026-11-23',
});

describeTriageHoldout({
  round: 24,
  path: 'data/labelled/triage-holdout-24.jsonl',
  idPrefix: 'tri-h24',
  tag: 'fresh-holdout-24',
  minItems: 165,
  rejectBlank: true,
  singleLineRationales: true,
  consecutiveIds: true,
  balancedLanguages: true,
  minByLabel: { emergency: 70, urgent: 45, routine: 48 },
  minHardShare: { emergency: 0.5, routine: 0.8 },
  earlierSets: setsBefore('triage', 24),
  card: 'data/labelled/triage-holdout-24.card.yaml',
});
