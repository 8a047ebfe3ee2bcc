import { DEID_HOLDOUT_55_PATH, generateDeidHoldout55 } from '../../scripts/labelled/deid-holdout-55.ts';
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
 * Round 55's fresh held-out de-identification set: 120 hand-written snippets by a blind annotator (see
 * data/labelled/deid-holdout-55.card.yaml); this file checks that its gold labels are what the card says,
 * that the synthetic identifiers carry valid check characters and that no snippet repeats an earlier set.
 * Scores are the bench's; this file never runs a recognizer or a detector.
 */
describeDeidHoldout({
  path: DEID_HOLDOUT_55_PATH,
  generate: generateDeidHoldout55,
  idPrefix: 'h55',
  minRecords: 120,
  uniqueTexts: true,
  leftoverMarkers: /\[\[|\]\]|\$\{/,
  earlierSets: setsBefore('deid', 55),
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
  minSpans: 822,
  minByType: {
    PERSON: 326,
    ADDRESS: 26,
    MRN: 123,
    ID_CARD: 24,
    PHONE: 53,
    DATE: 170,
    BANK_CARD: 5,
    EMAIL: 6,
    AGE: 21,
    INSURANCE_ID: 34,
    PLATE: 5,
    ACCOUNT: 15,
    PASSPORT: 5,
    IP: 4,
    URL: 5,
  },
  agesOver89: true,
  minWithoutSpans: 8,
  card: 'data/labelled/deid-holdout-55.card.yaml',
  cardDate: '2026-11-24',
});
