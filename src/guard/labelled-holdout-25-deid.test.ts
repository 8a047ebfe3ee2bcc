import { DEID_HOLDOUT_25_PATH, generateDeidHoldout25 } from '../../scripts/labelled/deid-holdout-25.ts';
import {
  describeDeidHoldout,
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
 * Round 25's fresh held-out de-identification set: everyday documents with an everyday mix of names,
 * plus about a fifth new settings (vestibular clinics, ECT suites, tracheostomy clinics, DBS programming
 * clinics and spinal injuries units): its shape, provenance and checksums. Scores are the bench's; this
 * file only checks that the gold labels are what the card says and that nothing repeats an earlier set.
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
