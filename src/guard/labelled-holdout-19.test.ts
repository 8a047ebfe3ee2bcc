import { DEID_HOLDOUT_19_PATH, generateDeidHoldout19 } from '../../scripts/labelled/deid-holdout-19.ts';
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
 * The round-19 fresh held-out sets (de-identification: everyday documents plus about a fifth new
 * settings: cardiac catheterisation labs, transplant clinics, campus health services, eye-surgery wards
 * and refugee health screening; triage: four fifths common presentations in new wording, a fifth
 * less-covered conditions): their shape, provenance and checksums. Scores are the bench's; this file
 * only checks that the gold labels are what the cards say and that nothing repeats an earlier set.
 */
describeDeidHoldout({
  path: DEID_HOLDOUT_19_PATH,
  generate: generateDeidHoldout19,
  idPrefix: 'h19',
  minRecords: 110,
  uniqueTexts: true,
  leftoverMarkers: /\[\[|\]\]|\{\{|\}\}|⟦|⟧/,
  earlierSets: setsBefore('deid', 19),
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
  minSpans: 600,
  minByType: {
    PERSON: 265,
    ADDRESS: 16,
    MRN: 70,
    ID_CARD: 22,
    PHONE: 22,
    DATE: 135,
    BANK_CARD: 5,
    EMAIL: 7,
    AGE: 10,
    INSURANCE_ID: 14,
    PLATE: 4,
    ACCOUNT: 8,
    PASSPORT: 3,
    IP: 3,
    URL: 3,
  },
  agesOver89: true,
  minWithoutSpans: 9,
  card: 'data/labelled/deid-holdout-19.card.yaml',
  cardDate: '2026-11-23',
});

describeTriageHoldout({
  round: 19,
  path: 'data/labelled/triage-holdout-19.jsonl',
  idPrefix: 'tri-h19',
  tag: 'fresh-holdout-19',
  minItems: 165,
  rejectBlank: true,
  singleLineRationales: true,
  consecutiveIds: true,
  balancedLanguages: true,
  minByLabel: { emergency: 70, urgent: 45, routine: 50 },
  minHardShare: { emergency: 0.4, routine: 0.7 },
  earlierSets: setsBefore('triage', 19),
  card: 'data/labelled/triage-holdout-19.card.yaml',
});
