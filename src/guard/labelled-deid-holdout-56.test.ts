import { DEID_HOLDOUT_56_PATH, generateDeidHoldout56 } from '../../scripts/labelled/deid-holdout-56.ts';
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
 * Round 56's fresh held-out de-identification set: 120 hand-written snippets by a blind annotator (see
 * data/labelled/deid-holdout-56.card.yaml); this file checks that its gold labels are what the card says,
 * that the synthetic identifiers carry valid check characters and that no snippet repeats an earlier set.
 * Scores are the bench's; this file never runs a recognizer or a detector.
 */
describeDeidHoldout({
  path: DEID_HOLDOUT_56_PATH,
  generate: generateDeidHoldout56,
  idPrefix: 'h56',
  minRecords: 120,
  uniqueTexts: true,
  leftoverMarkers: /\[\[|\]\]|\$\{/,
  earlierSets: setsBefore('deid', 56),
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
  minSpans: 801,
  minByType: {
    PERSON: 305,
    ADDRESS: 31,
    MRN: 124,
    ID_CARD: 25,
    PHONE: 49,
    DATE: 170,
    BANK_CARD: 5,
    EMAIL: 6,
    AGE: 22,
    INSURANCE_ID: 33,
    PLATE: 6,
    ACCOUNT: 12,
    PASSPORT: 5,
    IP: 4,
    URL: 4,
  },
  agesOver89: true,
  minWithoutSpans: 8,
  card: 'data/labelled/deid-holdout-56.card.yaml',
  cardDate: '2026-11-24',
});
