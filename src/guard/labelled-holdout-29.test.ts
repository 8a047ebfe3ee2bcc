import { describeTriageHoldout, setsBefore } from './testing/labelled-checks.ts';

/**
 * The round-29 fresh held-out triage set (four fifths common presentations in new everyday wording, a fifth
 * less-covered conditions, mostly standard Mandarin and everyday English with about a quarter dialect and
 * regional wording in varieties round 28 mostly did not use): its shape, balance and provenance. Scores are the
 * bench's; this file only checks that the gold labels are what the card says and that no message repeats an
 * earlier set.
 */
describeTriageHoldout({
  round: 29,
  path: 'data/labelled/triage-holdout-29.jsonl',
  idPrefix: 'tri-h29',
  tag: 'fresh-holdout-29',
  minItems: 170,
  rejectBlank: true,
  singleLineRationales: true,
  consecutiveIds: true,
  balancedLanguages: true,
  minByLabel: { emergency: 72, urgent: 48, routine: 50 },
  minHardShare: { emergency: 0.5, routine: 0.8 },
  earlierSets: setsBefore('triage', 29),
  card: 'data/labelled/triage-holdout-29.card.yaml',
});
