import { DEID_HOLDOUT_52_PATH, generateDeidHoldout52 } from '../../scripts/labelled/deid-holdout-52.ts';
import {
  chiNumbers,
  describeDeidHoldout,
  describeTriageHoldout,
  hongKongIds,
  medicareNumbers,
  nhsNumbers,
  nzNhiNumbers,
  ohipNumbers,
  residentIdBirthDates,
  residentIds,
  setsBefore,
  shortResidentIdBirthDates,
  ssnAdvertisingRange,
  usMbis,
} from './testing/labelled-checks.ts';

/**
 * Round 52's two fresh held-out sets. The de-identification set: 120 hand-written snippets by a blind
 * annotator (see data/labelled/deid-holdout-52.card.yaml); this file checks that its gold labels are what
 * the card says, that the synthetic identifiers carry valid check characters and that no snippet repeats
 * an earlier set. The triage set (see data/labelled/triage-holdout-52.card.yaml): about four fifths common
 * presentations in new wording, the rest less-covered conditions, newer haematology and oncology drugs,
 * post-procedure and device settings, a cosmetic filler, an inherited metabolic disorder and everyday
 * medicine questions, alongside look-alikes, a quarter dialect and regional wording in varieties no earlier
 * card names, and six typo items per language; its shape, balance and provenance. Scores of both are the
 * bench's; this file never runs a recognizer or a detector.
 */
describeDeidHoldout({
  path: DEID_HOLDOUT_52_PATH,
  generate: generateDeidHoldout52,
  idPrefix: 'h52',
  minRecords: 120,
  uniqueTexts: true,
  leftoverMarkers: /\[\[|\]\]|\$\{/,
  earlierSets: setsBefore('deid', 52),
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
    ssnAdvertisingRange,
  ],
  syntheticContacts: { fictionalPhones: true },
  minSpans: 884,
  minByType: {
    PERSON: 342,
    ADDRESS: 44,
    MRN: 141,
    ID_CARD: 29,
    PHONE: 63,
    DATE: 155,
    BANK_CARD: 6,
    EMAIL: 10,
    AGE: 17,
    INSURANCE_ID: 41,
    PLATE: 5,
    ACCOUNT: 16,
    PASSPORT: 5,
    IP: 5,
    URL: 5,
  },
  agesOver89: true,
  minWithoutSpans: 9,
  card: 'data/labelled/deid-holdout-52.card.yaml',
  cardDate: '2026-11-24',
});

describeTriageHoldout({
  round: 52,
  path: 'data/labelled/triage-holdout-52.jsonl',
  idPrefix: 'tri-h52',
  tag: 'fresh-holdout-52',
  minItems: 176,
  rejectBlank: true,
  singleLineRationales: true,
  consecutiveIds: true,
  balancedLanguages: true,
  minByLabel: { emergency: 74, urgent: 50, routine: 52 },
  minHardShare: { emergency: 0.5, routine: 0.8 },
  earlierSets: setsBefore('triage', 52),
  card: 'data/labelled/triage-holdout-52.card.yaml',
});
