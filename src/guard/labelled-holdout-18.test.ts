import { describeTriageHoldout, setsBefore } from './testing/labelled-checks.ts';

/**
 * The round-18 fresh held-out triage set (four fifths common presentations in new wording, a fifth
 * less-covered conditions): its shape, balance and provenance. Scores are the bench's; this file only
 * checks that the gold labels are what the card says.
 */
describeTriageHoldout({
  round: 18,
  path: 'data/labelled/triage-holdout-18.jsonl',
  idPrefix: 'tri-h18',
  tag: 'fresh-holdout-18',
  minItems: 165,
  rejectBlank: true,
  singleLineRationales: true,
  consecutiveIds: true,
  balancedLanguages: true,
  minByLabel: { emergency: 70, urgent: 45, routine: 50 },
  minHardShare: { emergency: 0.55, routine: 0.8 },
  earlierSets: setsBefore('triage', 18),
  card: 'data/labelled/triage-holdout-18.card.yaml',
});
