import { DEID_HOLDOUT_22_PATH, generateDeidHoldout22 } from '../../scripts/labelled/deid-holdout-22.ts';
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
 * The round-22 fresh held-out sets (de-identification: everyday documents plus about a fifth new
 * settings: cardiac rehabilitation, podiatry, urodynamics, breast screening and weight management;
 * triage: four fifths common presentations in new wording, a fifth less-covered conditions): their
 * shape, provenance and checksums. Scores are the bench's; this file only checks that the gold labels
 * are what the cards say and that nothing repeats an earlier set.
 */
describeDeidHoldout({
  path: DEID_HOLDOUT_22_PATH,
  generate: generateDeidHoldout22,
  idPrefix: 'h22',
  minRecords: 110,
  uniqueTexts: true,
  leftoverMarkers: /\[\[|\]\]|\{\{|\}\}|⟦|⟧/,
  earlierSets: setsBefore('deid', 22),
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
  minSpans: 555,
  minByType: {
    PERSON: 250,
    ADDRESS: 18,
    MRN: 62,
    ID_CARD: 22,
    PHONE: 22,
    DATE: 115,
    BANK_CARD: 5,
    EMAIL: 6,
    AGE: 10,
    INSURANCE_ID: 17,
    PLATE: 4,
    ACCOUNT: 8,
    PASSPORT: 3,
    IP: 3,
    URL: 3,
  },
  agesOver89: true,
  minWithoutSpans: 10,
  card: 'data/labelled/deid-holdout-22.card.yaml',
  cardDate: '2026-11-23',
});

describeTriageHoldout({
  round: 22,
  path: 'data/labelled/triage-holdout-22.jsonl',
  idPrefix: 'tri-h22',
  tag: 'fresh-holdout-22',
  minItems: 165,
  rejectBlank: true,
  singleLineRationales: true,
  consecutiveIds: true,
  balancedLanguages: true,
  minByLabel: { emergency: 70, urgent: 45, routine: 48 },
  minHardShare: { emergency: 0.55, routine: 0.75 },
  earlierSets: setsBefore('triage', 22),
  card: 'data/labelled/triage-holdout-22.card.yaml',
});
