import { DEID_HOLDOUT_10_PATH, generateDeidHoldout10 } from '../../scripts/labelled/deid-holdout-10.ts';
import {
  describeDeidHoldout,
  describeTriageHoldout,
  medicareNumbers,
  nhsNumbers,
  nzNhiNumbers,
  residentIdBirthDates,
  residentIds,
  setsBefore,
  shortResidentIdBirthDates,
  ssnAdvertisingRange,
  usMbis,
} from './testing/labelled-checks.ts';

/**
 * The round-10 held-out sets (de-identification: everyday documents plus about a fifth new settings;
 * triage: four fifths common cases in new wording): shape, provenance and checksums only (their scores
 * are the bench's business). The checks are shared
 * (testing/labelled-checks.ts); this states round 10's thresholds.
 */
describeDeidHoldout({
  path: DEID_HOLDOUT_10_PATH,
  generate: generateDeidHoldout10,
  idPrefix: 'h10',
  minRecords: 140,
  uniqueTexts: true,
  leftoverMarkers: /\[\[|\]\]|\{\{|\}\}|⟦|⟧/,
  earlierSets: setsBefore('deid', 10),
  spansEndInsideText: true,
  identifierChecks: [
    residentIds,
    residentIdBirthDates,
    shortResidentIdBirthDates,
    nhsNumbers,
    medicareNumbers,
    nzNhiNumbers,
    // Round 10 added the MBI pattern and the SSN advertising range as checks.
    usMbis,
    ssnAdvertisingRange,
  ],
  syntheticContacts: { fictionalPhones: true },
  minSpans: 650,
  minByType: {
    PERSON: 130,
    ADDRESS: 25,
    MRN: 40,
    ID_CARD: 15,
    PHONE: 25,
    BANK_CARD: 8,
    EMAIL: 8,
    AGE: 6,
    INSURANCE_ID: 8,
    PLATE: 5,
    ACCOUNT: 5,
    PASSPORT: 5,
    IP: 2,
    URL: 2,
  },
  agesOver89: true,
  minWithoutSpans: 10,
  card: 'data/labelled/deid-holdout-10.card.yaml',
  cardDate: '2026-11-23',
});

describeTriageHoldout({
  round: 10,
  path: 'data/labelled/triage-holdout-10.jsonl',
  idPrefix: 'tri-h10',
  tag: 'fresh-holdout-10',
  minItems: 250,
  rejectBlank: true,
  singleLineRationales: true,
  consecutiveIds: true,
  balancedLanguages: true,
  minByLabel: { emergency: 110, urgent: 64, routine: 70 },
  minHardShare: { emergency: 0.35, routine: 0.7 },
  earlierSets: setsBefore('triage', 10),
  card: 'data/labelled/triage-holdout-10.card.yaml',
});
