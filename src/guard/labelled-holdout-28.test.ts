import { describeTriageHoldout, setsBefore } from './testing/labelled-checks.ts';

/**
 * The round-28 fresh held-out triage set (four fifths common presentations in new everyday wording, a fifth
 * less-covered conditions, mostly standard Mandarin and everyday English with about a quarter dialect and
 * regional wording): its shape, balance and provenance. Scores are the bench's; this file only checks that the
 * gold labels are what the card says and that no message repeats an earlier set.
 */
describeTriageHoldout({
  round: 28,
  path: 'data/labelled/triage-holdout-28.jsonl',
  idPrefix: 'tri-h28',
  tag: 'fresh-holdout-28',
  minItems: 170,
  rejectBlank: true,
  singleLineRationales: true,
  consecutiveIds: true,
  balancedLanguages: true,
  minByLabel: { emergency: 72, urgent: 48, routine: 50 },
  minHardShare: { emergency: 0.5, routine: 0.8 },
  earlierSets: setsBefore('triage', 28),
  card: 'data/labelled/triage-holdout-28.card.yaml',
});
