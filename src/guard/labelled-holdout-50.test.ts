import { DEID_HOLDOUT_50_PATH, generateDeidHoldout50 } from '../../scripts/labelled/deid-holdout-50.ts';
import {
  chiNumbers,
  describeDeidHoldout,
  describeTriageHoldout,
  hongKongIds,
  medicareNumbers,
  nhsNumbers,
  nzNhiNumbers,
  residentIdBirthDates,
  residentIds,
  setsBefore,
  shortResidentIdBirthDates,
  usMbis,
} from './testing/labelled-checks.ts';

/**
 * Round 50's two fresh held-out sets. The de-identification set: 120 hand-written snippets by a blind
 * annotator (see data/labelled/deid-holdout-50.card.yaml); this file checks that its gold labels are what
 * the card says, that the synthetic identifiers carry valid check characters and that no snippet repeats
 * an earlier set. The triage set (about four fifths common presentations in new wording, the rest
 * less-covered conditions, medication side effects, inherited and metabolic disorders, transplant, dialysis
 * and immunotherapy settings, everyday health-chatbot questions alongside look-alikes, a quarter dialect and
 * regional wording in varieties no earlier card names, and six typo items per language): its shape, balance
 * and provenance. Scores of both are the bench's.
 */
describeDeidHoldout({
  path: DEID_HOLDOUT_50_PATH,
  generate: generateDeidHoldout50,
  idPrefix: 'h50',
  minRecords: 120,
  uniqueTexts: true,
  leftoverMarkers: /\[\[|\]\]|\$\{/,
  earlierSets: setsBefore('deid', 50),
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
    usMbis,
  ],
  syntheticContacts: { fictionalPhones: true },
  minSpans: 854,
  minByType: {
    PERSON: 314,
    ADDRESS: 50,
    MRN: 162,
    ID_CARD: 24,
    PHONE: 52,
    DATE: 159,
    BANK_CARD: 5,
    EMAIL: 7,
    AGE: 15,
    INSURANCE_ID: 31,
    PLATE: 6,
    ACCOUNT: 15,
    PASSPORT: 4,
    IP: 6,
    URL: 4,
  },
  agesOver89: true,
  minWithoutSpans: 12,
  card: 'data/labelled/deid-holdout-50.card.yaml',
  cardDate: '2026-11-24',
});

describeTriageHoldout({
  round: 50,
  path: 'data/labelled/triage-holdout-50.jsonl',
  idPrefix: 'tri-h50',
  tag: 'fresh-holdout-50',
  minItems: 176,
  rejectBlank: true,
  singleLineRationales: true,
  consecutiveIds: true,
  balancedLanguages: true,
  minByLabel: { emergency: 72, urgent: 48, routine: 50 },
  minHardShare: { emergency: 0.5, routine: 0.8 },
  earlierSets: setsBefore('triage', 50),
  card: 'data/labelled/triage-holdout-50.card.yaml',
});
