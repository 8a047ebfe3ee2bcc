import { describeTriageHoldout, setsBefore } from './testing/labelled-checks.ts';

/**
 * The round-23 fresh held-out triage set (four fifths common presentations in new wording, a fifth
 * less-covered conditions, regional and colloquial English weighted heavily): its shape, balance and
 * provenance. Scores are the bench's; this file only checks that the gold labels are what the card says
 * and that no message repeats an earlier set.
 */
describeTriageHoldout({
  round: 23,
  path: 'data/labelled/triage-holdout-23.jsonl',
  idPrefix: 'tri-h23',
  tag: 'fresh-holdout-23',
  minItems: 165,
  rejectBlank: true,
  singleLineRationales: true,
  consecutiveIds: true,
  balancedLanguages: true,
  minByLabel: { emergency: 70, urgent: 45, routine: 48 },
  minHardShare: { emergency: 0.55, routine: 0.75 },
  earlierSets: setsBefore('triage', 23),
  card: 'data/labelled/triage-holdout-23.card.yaml',
});
