import { DEID_HOLDOUT_53_PATH, generateDeidHoldout53 } from '../../scripts/labelled/deid-holdout-53.ts';
import {
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
  usMbis,
} from './testing/labelled-checks.ts';

/**
 * Round 53's two fresh held-out sets. The de-identification set: 120 hand-written snippets by a blind
 * annotator (see data/labelled/deid-holdout-53.card.yaml); this file checks that its gold labels are what
 * the card says, that the synthetic identifiers carry valid check characters and that no snippet repeats
 * an earlier set. The triage set (see data/labelled/triage-holdout-53.card.yaml): about four fifths common presentations in new wording, the rest less-covered newer oncology and immunology drugs, post-procedure and cosmetic-surgery settings and everyday medicine questions, alongside look-alikes, a quarter dialect and regional wording in varieties no earlier card names, and six typo items per language; its shape,
 * balance and provenance. Scores of both are the bench's; this file never runs a recognizer or a detector.
 */
describeDeidHoldout({
  path: DEID_HOLDOUT_53_PATH,
  generate: generateDeidHoldout53,
  idPrefix: 'h53',
  minRecords: 120,
  uniqueTexts: true,
  leftoverMarkers: /\[\[|\]\]|\$\{/,
  earlierSets: setsBefore('deid', 53),
  spansEndInsideText: true,
  identifierChecks: [
    residentIds,
    residentIdBirthDates,
    shortResidentIdBirthDates,
    hongKongIds,
    nhsNumbers,
    medicareNumbers,
    nzNhiNumbers,
    ohipNumbers,
    usMbis,
  ],
  syntheticContacts: { fictionalPhones: true },
  minSpans: 835,
  minByType: {
    PERSON: 321,
    ADDRESS: 37,
    MRN: 131,
    ID_CARD: 26,
    PHONE: 64,
    DATE: 141,
    BANK_CARD: 5,
    EMAIL: 8,
    AGE: 23,
    INSURANCE_ID: 38,
    PLATE: 5,
    ACCOUNT: 23,
    PASSPORT: 4,
    IP: 4,
    URL: 5,
  },
  agesOver89: true,
  minWithoutSpans: 8,
  card: 'data/labelled/deid-holdout-53.card.yaml',
  cardDate: '2026-11-24',
});

describeTriageHoldout({
  round: 53,
  path: 'data/labelled/triage-holdout-53.jsonl',
  idPrefix: 'tri-h53',
  tag: 'fresh-holdout-53',
  minItems: 176,
  rejectBlank: true,
  singleLineRationales: true,
  consecutiveIds: true,
  balancedLanguages: true,
  minByLabel: { emergency: 75, urgent: 49, routine: 52 },
  minHardShare: { emergency: 0.5, routine: 0.8 },
  earlierSets: setsBefore('triage', 53),
  card: 'data/labelled/triage-holdout-53.card.yaml',
});
