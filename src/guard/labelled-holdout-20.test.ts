import { describeTriageHoldout, setsBefore } from './testing/labelled-checks.ts';

/**
 * The round-20 fresh held-out triage set (four fifths common presentations in new wording, a fifth
 * less-covered conditions, English regional wording weighted heavily): its shape, balance and provenance.
 * Scores are the bench's; this file only checks that the gold labels are what the card says and that no
 * message repeats an earlier set.
 */
describeTriageHoldout({
  round: 20,
  path: 'data/labelled/triage-holdout-20.jsonl',
  idPrefix: 'tri-h20',
  tag: 'fresh-holdout-20',
  minItems: 165,
  rejectBlank: true,
  singleLineRationales: true,
  consecutiveIds: true,
  balancedLanguages: true,
  minByLabel: { emergency: 70, urgent: 45, routine: 48 },
  minHardShare: { emergency: 0.45, routine: 0.75 },
  earlierSets: setsBefore('triage', 20),
  card: 'data/labelled/triage-holdout-20.card.yaml',
});
