import { describeTriageHoldout, setsBefore } from './testing/labelled-checks.ts';

/**
 * The round-34 fresh held-out triage set (four fifths common presentations in new wording, a fifth less-covered
 * conditions, everyday health-chatbot questions alongside look-alikes, about a quarter dialect and regional wording in
 * varieties rounds 28 to 33 did not use): its shape, balance and provenance. Scores are the bench's; this file only
 * checks that the gold labels are what the card says and that no message repeats an earlier set.
 */
describeTriageHoldout({
  round: 34,
  path: 'data/labelled/triage-holdout-34.jsonl',
  idPrefix: 'tri-h34',
  tag: 'fresh-holdout-34',
  minItems: 170,
  rejectBlank: true,
  singleLineRationales: true,
  consecutiveIds: true,
  balancedLanguages: true,
  minByLabel: { emergency: 72, urgent: 48, routine: 50 },
  minHardShare: { emergency: 0.5, routine: 0.8 },
  earlierSets: setsBefore('triage', 34),
  card: 'data/labelled/triage-holdout-34.card.yaml',
});
