import { describeTriageHoldout, setsBefore } from './testing/labelled-checks.ts';

/**
 * The round-27 fresh held-out triage set (four fifths common presentations in new everyday wording, a fifth
 * less-covered conditions, mostly standard Mandarin and everyday English with about a quarter dialect and
 * regional wording): its shape, balance and provenance. Scores are the bench's; this file only checks that the
 * gold labels are what the card says and that no message repeats an earlier set.
 */
describeTriageHoldout({
  round: 27,
  path: 'data/labelled/triage-holdout-27.jsonl',
  idPrefix: 'tri-h27',
  tag: 'fresh-holdout-27',
  minItems: 170,
  rejectBlank: true,
  singleLineRationales: true,
  consecutiveIds: true,
  balancedLanguages: true,
  minByLabel: { emergency: 72, urgent: 48, routine: 50 },
  minHardShare: { emergency: 0.5, routine: 0.8 },
  earlierSets: setsBefore('triage', 27),
  card: 'data/labelled/triage-holdout-27.card.yaml',
});
