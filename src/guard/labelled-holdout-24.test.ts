import { describeTriageHoldout, setsBefore } from './testing/labelled-checks.ts';

/**
 * The round-24 fresh held-out triage set (four fifths common presentations in new wording, a fifth
 * less-covered conditions, Chinese dialect and regional colloquial English weighted heavily): its shape,
 * balance and provenance. Scores are the bench's; this file only checks that the gold labels are what the
 * card says and that no message repeats an earlier set.
 */
describeTriageHoldout({
  round: 24,
  path: 'data/labelled/triage-holdout-24.jsonl',
  idPrefix: 'tri-h24',
  tag: 'fresh-holdout-24',
  minItems: 165,
  rejectBlank: true,
  singleLineRationales: true,
  consecutiveIds: true,
  balancedLanguages: true,
  minByLabel: { emergency: 70, urgent: 45, routine: 48 },
  minHardShare: { emergency: 0.5, routine: 0.8 },
  earlierSets: setsBefore('triage', 24),
  card: 'data/labelled/triage-holdout-24.card.yaml',
});
