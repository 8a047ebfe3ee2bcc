import { DEID_HOLDOUT_11_PATH, generateDeidHoldout11 } from '../../scripts/labelled/deid-holdout-11.ts';
import {
  chiNumbers,
  describeDeidHoldout,
  describeTriageHoldout,
  medicareNumbers,
  nhsNumbers,
  nzNhiNumbers,
  ohipNumbers,
  residentIdBirthDates,
  residentIds,
  setsBefore,
  shortResidentIdBirthDates,
  ssnAdvertisingRange,
} from './testing/labelled-checks.ts';

/**
 * The round-11 held-out sets (de-identification: everyday documents plus about a fifth new settings;
 * triage: four fifths common cases, many routine messages with alarming words): shape, provenance and
 * checksums only (their scores are the bench's business). The checks are shared
 * (testing/labelled-checks.ts); this states round 11's thresholds.
 */
describeDeidHoldout({
  path: DEID_HOLDOUT_11_PATH,
  generate: generateDeidHoldout11,
  idPrefix: 'h11',
  minRecords: 115,
  uniqueTexts: true,
  leftoverMarkers: /\[\[|\]\]|\{\{|\}\}|⟦|⟧/,
  earlierSets: setsBefore('deid', 11),
  spansEndInsideText: true,
  identifierChecks: [
    residentIds,
    residentIdBirthDates,
    shortResidentIdBirthDates,
    nhsNumbers,
    chiNumbers,
    medicareNumbers,
    nzNhiNumbers,
    ohipNumbers,
    ssnAdvertisingRange,
  ],
  syntheticContacts: { fictionalPhones: true },
  minSpans: 700,
  minByType: {
    PERSON: 300,
    ADDRESS: 30,
    MRN: 100,
    ID_CARD: 20,
    PHONE: 40,
    BANK_CARD: 7,
    EMAIL: 8,
    AGE: 9,
    INSURANCE_ID: 12,
    PLATE: 5,
    ACCOUNT: 8,
    PASSPORT: 4,
    IP: 3,
    URL: 3,
  },
  agesOver89: true,
  minWithoutSpans: 8,
  card: 'data/labelled/deid-holdout-11.card.yaml',
  cardDate: '2026-11-23',
});

describeTriageHoldout({
  round: 11,
  path: 'data/labelled/triage-holdout-11.jsonl',
  idPrefix: 'tri-h11',
  tag: 'fresh-holdout-11',
  minItems: 195,
  rejectBlank: true,
  singleLineRationales: true,
  consecutiveIds: true,
  balancedLanguages: true,
  minByLabel: { emergency: 80, urgent: 55, routine: 55 },
  minHardShare: { emergency: 0.35, routine: 0.8 },
  earlierSets: setsBefore('triage', 11),
  card: 'data/labelled/triage-holdout-11.card.yaml',
});
