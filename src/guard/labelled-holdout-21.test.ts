import { describeTriageHoldout, setsBefore } from './testing/labelled-checks.ts';

/**
 * The round-21 fresh held-out triage set (four fifths common presentations in new wording, a fifth
 * less-covered conditions, regional and colloquial English weighted heavily): its shape, balance and
 * provenance. Scores are the bench's; this file only checks that the gold labels are what the card says
 * and that no message repeats an earlier set.
 */
describeTriageHoldout({
  round: 21,
  path: 'data/labelled/triage-holdout-21.jsonl',
  idPrefix: 'tri-h21',
  tag: 'fresh-holdout-21',
  minItems: 165,
  rejectBlank: true,
  singleLineRationales: true,
  consecutiveIds: true,
  balancedLanguages: true,
  minByLabel: { emergency: 70, urgent: 45, routine: 48 },
  minHardShare: { emergency: 0.45, routine: 0.75 },
  earlierSets: setsBefore('triage', 21),
  card: 'data/labelled/triage-holdout-21.card.yaml',
});
