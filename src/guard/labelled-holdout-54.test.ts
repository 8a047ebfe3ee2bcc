import { describeTriageHoldout, setsBefore } from './testing/labelled-checks.ts';

/**
 * The round-54 fresh held-out triage set (about four fifths common presentations in new wording, the rest
 * less-covered newer oncology and cardiovascular drugs, interventional and surgical procedure settings and everyday
 * medicine questions, alongside look-alikes, a quarter dialect and regional wording in varieties no earlier card
 * names, and six typo items per language): its shape, balance and provenance. Scores are the bench's; this file only
 * checks that the gold labels are what the card says and that no message repeats an earlier set.
 */
describeTriageHoldout({
  round: 54,
  path: 'data/labelled/triage-holdout-54.jsonl',
  idPrefix: 'tri-h54',
  tag: 'fresh-holdout-54',
  minItems: 176,
  rejectBlank: true,
  singleLineRationales: true,
  consecutiveIds: true,
  balancedLanguages: true,
  minByLabel: { emergency: 74, urgent: 50, routine: 52 },
  minHardShare: { emergency: 0.5, routine: 0.8 },
  earlierSets: setsBefore('triage', 54),
  card: 'data/labelled/triage-holdout-54.card.yaml',
});
