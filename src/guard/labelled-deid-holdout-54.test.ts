import { DEID_HOLDOUT_54_PATH, generateDeidHoldout54 } from '../../scripts/labelled/deid-holdout-54.ts';
import {
  chiNumbers,
  describeDeidHoldout,
  emiratesIds,
  hongKongIds,
  medicareNumbers,
  nhsNumbers,
  nzNhiNumbers,
  ohipNumbers,
  residentIdBirthDates,
  residentIds,
  setsBefore,
  shortResidentIdBirthDates,
  usMbis,
} from './testing/labelled-checks.ts';

/**
 * Round 54's fresh held-out de-identification set: 120 hand-written snippets by a blind annotator (see
 * data/labelled/deid-holdout-54.card.yaml); this file checks that its gold labels are what the card says,
 * that the synthetic identifiers carry valid check characters and that no snippet repeats an earlier set.
 * (Round 54's triage set has its own test, src/guard/labelled-holdout-54.test.ts.) Scores are the bench's;
 * this file never runs a recognizer or a detector.
 */
describeDeidHoldout({
  path: DEID_HOLDOUT_54_PATH,
  generate: generateDeidHoldout54,
  idPrefix: 'h54',
  minRecords: 120,
  uniqueTexts: true,
  leftoverMarkers: /\[\[|\]\]|\$\{/,
  earlierSets: setsBefore('deid', 54),
  spansEndInsideText: true,
  identifierChecks: [
    residentIds,
    residentIdBirthDates,
    shortResidentIdBirthDates,
    hongKongIds,
    nhsNumbers,
    chiNumbers,
    medicareNumbers,
    nzNhiNumbers,
    ohipNumbers,
    usMbis,
    emiratesIds,
  ],
  syntheticContacts: { fictionalPhones: true },
  minSpans: 808,
  minByType: {
    PERSON: 321,
    ADDRESS: 32,
    MRN: 114,
    ID_CARD: 26,
    PHONE: 62,
    DATE: 137,
    BANK_CARD: 5,
    EMAIL: 9,
    AGE: 20,
    INSURANCE_ID: 36,
    PLATE: 5,
    ACCOUNT: 26,
    PASSPORT: 6,
    IP: 4,
    URL: 5,
  },
  agesOver89: true,
  minWithoutSpans: 8,
  card: 'data/labelled/deid-holdout-54.card.yaml',
  cardDate: '2026-11-24',
});
