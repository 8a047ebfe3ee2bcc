import { DEID_HOLDOUT_20_PATH, generateDeidHoldout20 } from '../../scripts/labelled/deid-holdout-20.ts';
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
 * The round-20 fresh held-out sets (de-identification: everyday documents plus about a fifth new
 * settings: stroke units, maxillofacial clinics, sperm banks, tattoo-removal clinics and gender clinics;
 * triage: four fifths common presentations in new wording, a fifth less-covered conditions): their
 * shape, provenance and checksums. Scores are the bench's; this file only checks that the gold labels
 * are what the cards say and that nothing repeats an earlier set.
 */
describeDeidHoldout({
  path: DEID_HOLDOUT_20_PATH,
  generate: generateDeidHoldout20,
  idPrefix: 'h20',
  minRecords: 110,
  uniqueTexts: true,
  leftoverMarkers: /\[\[|\]\]|\{\{|\}\}|⟦|⟧/,
  earlierSets: setsBefore('deid', 20),
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
  minSpans: 610,
  minByType: {
    PERSON: 275,
    ADDRESS: 16,
    MRN: 72,
    ID_CARD: 21,
    PHONE: 25,
    DATE: 135,
    BANK_CARD: 6,
    EMAIL: 7,
    AGE: 10,
    INSURANCE_ID: 15,
    PLATE: 4,
    ACCOUNT: 7,
    PASSPORT: 3,
    IP: 3,
    URL: 3,
  },
  agesOver89: true,
  minWithoutSpans: 9,
  card: 'data/labelled/deid-holdout-20.card.yaml',
  cardDate: '2026-11-23',
});

describeTriageHoldout({
  round: 20,
  path: 'data/labelled/triage-holdout-20.jsonl',
  idPrefix: 'tri-h20',
  tag: 'fresh-holdout-20',
  minItems: 165,
  rejectBlank: true,
  singleLineRationales: true,
  consecutiveIds: true,
  balancedLanguages: true,
  minByLabel: { emergency: 70, urgent: 45, routine: 48 },
  minHardShare: { emergency: 0.45, routine: 0.75 },
  earlierSets: setsBefore('triage', 20),
  card: 'data/labelled/triage-holdout-20.card.yaml',
});
