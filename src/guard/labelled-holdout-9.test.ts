import { DEID_HOLDOUT_9_PATH, generateDeidHoldout9 } from '../../scripts/labelled/deid-holdout-9.ts';
import {
  chiNumbers,
  describeDeidHoldout,
  describeTriageHoldout,
  emiratesIds,
  medicareNumbers,
  nhsNumbers,
  nzNhiNumbers,
  ohipNumbers,
  residentIdBirthDates,
  residentIds,
  setsBefore,
  shortResidentIdBirthDates,
} from './testing/labelled-checks.ts';

/**
 * The round-9 held-out sets (de-identification: everyday documents plus about a third new settings;
 * triage: three quarters common cases in new wording): shape, provenance and checksums only (their
 * scores are the bench's business). The checks are shared (testing/labelled-checks.ts); this states
 * round 9's thresholds.
 */
describeDeidHoldout({
  path: DEID_HOLDOUT_9_PATH,
  generate: generateDeidHoldout9,
  idPrefix: 'h9',
  minRecords: 160,
  uniqueTexts: true,
  leftoverMarkers: /\[\[|\]\]|\{\{|\}\}|⟦|⟧/,
  earlierSets: setsBefore('deid', 9),
  spansEndInsideText: true,
  identifierChecks: [
    residentIds,
    residentIdBirthDates,
    shortResidentIdBirthDates,
    nhsNumbers,
    medicareNumbers,
    chiNumbers,
    nzNhiNumbers,
    // Round 9 added Emirates IDs and an OHIP number with its check digit.
    emiratesIds,
    ohipNumbers,
  ],
  syntheticContacts: { fictionalPhones: true },
  minSpans: 750,
  minByType: {
    PERSON: 150,
    ADDRESS: 30,
    MRN: 40,
    ID_CARD: 20,
    PHONE: 30,
    BANK_CARD: 12,
    EMAIL: 10,
    AGE: 8,
    INSURANCE_ID: 10,
    PLATE: 6,
    ACCOUNT: 6,
    PASSPORT: 6,
    IP: 4,
    URL: 4,
  },
  agesOver89: true,
  minWithoutSpans: 10,
  card: 'data/labelled/deid-holdout-9.card.yaml',
  cardDate: '2026-11-23',
});

describeTriageHoldout({
  round: 9,
  path: 'data/labelled/triage-holdout-9.jsonl',
  idPrefix: 'tri-h9',
  tag: 'fresh-holdout-9',
  minItems: 290,
  rejectBlank: true,
  singleLineRationales: true,
  consecutiveIds: true,
  balancedLanguages: true,
  minByLabel: { emergency: 140, urgent: 70, routine: 80 },
  minHardShare: { emergency: 0.4, routine: 0.7 },
  earlierSets: setsBefore('triage', 9),
  card: 'data/labelled/triage-holdout-9.card.yaml',
});
