import { describeTriageHoldout, setsBefore } from './testing/labelled-checks.ts';

/**
 * The round-19 fresh held-out triage set (four fifths common presentations in new wording, a fifth
 * less-covered conditions): its shape, balance and provenance. Scores are the bench's; this file only
 * checks that the gold labels are what the card says and that no message repeats an earlier set.
 */
describeTriageHoldout({
  round: 19,
  path: 'data/labelled/triage-holdout-19.jsonl',
  idPrefix: 'tri-h19',
  tag: 'fresh-holdout-19',
  minItems: 165,
  rejectBlank: true,
  singleLineRationales: true,
  consecutiveIds: true,
  balancedLanguages: true,
  minByLabel: { emergency: 70, urgent: 45, routine: 50 },
  minHardShare: { emergency: 0.4, routine: 0.7 },
  earlierSets: setsBefore('triage', 19),
  card: 'data/labelled/triage-holdout-19.card.yaml',
});
