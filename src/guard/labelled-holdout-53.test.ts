import { describeTriageHoldout, setsBefore } from './testing/labelled-checks.ts';

/**
 * The round-53 fresh held-out triage set (about four fifths common presentations in new wording, the rest
 * less-covered newer oncology and immunology drugs, post-procedure and cosmetic-surgery settings and everyday
 * medicine questions, alongside look-alikes, a quarter dialect and regional wording in varieties no earlier card
 * names, and six typo items per language): its shape, balance and provenance. Scores are the bench's; this file only
 * checks that the gold labels are what the card says and that no message repeats an earlier set.
 */
describeTriageHoldout({
  round: 53,
  path: 'data/labelled/triage-holdout-53.jsonl',
  idPrefix: 'tri-h53',
  tag: 'fresh-holdout-53',
  minItems: 176,
  rejectBlank: true,
  singleLineRationales: true,
  consecutiveIds: true,
  balancedLanguages: true,
  minByLabel: { emergency: 75, urgent: 49, routine: 52 },
  minHardShare: { emergency: 0.5, routine: 0.8 },
  earlierSets: setsBefore('triage', 53),
  card: 'data/labelled/triage-holdout-53.card.yaml',
});
