import { describeTriageHoldout, setsBefore } from './testing/labelled-checks.ts';

/**
 * The round-32 fresh held-out triage set (four fifths common presentations in new wording, a fifth less-covered
 * conditions, everyday health-chatbot questions alongside look-alikes, about a quarter dialect and regional wording in
 * varieties rounds 28 to 31 did not use): its shape, balance and provenance. Scores are the bench's; this file only
 * checks that the gold labels are what the card says and that no message repeats an earlier set.
 */
describeTriageHoldout({
  round: 32,
  path: 'data/labelled/triage-holdout-32.jsonl',
  idPrefix: 'tri-h32',
  tag: 'fresh-holdout-32',
  minItems: 170,
  rejectBlank: true,
  singleLineRationales: true,
  consecutiveIds: true,
  balancedLanguages: true,
  minByLabel: { emergency: 72, urgent: 48, routine: 50 },
  minHardShare: { emergency: 0.5, routine: 0.8 },
  earlierSets: setsBefore('triage', 32),
  card: 'data/labelled/triage-holdout-32.card.yaml',
});
