import { describeTriageHoldout, setsBefore } from './testing/labelled-checks.ts';

/**
 * The round-52 fresh held-out triage set (about four fifths common presentations in new wording, the rest
 * less-covered conditions, newer haematology and oncology drugs, post-procedure and device settings, a cosmetic
 * filler, an inherited metabolic disorder and everyday medicine questions, alongside look-alikes, a quarter dialect
 * and regional wording in varieties no earlier card names, and six typo items per language): its shape, balance and
 * provenance. Scores are the bench's; this file only checks that the gold labels are what the card says and that no
 * message repeats an earlier set.
 */
describeTriageHoldout({
  round: 52,
  path: 'data/labelled/triage-holdout-52.jsonl',
  idPrefix: 'tri-h52',
  tag: 'fresh-holdout-52',
  minItems: 176,
  rejectBlank: true,
  singleLineRationales: true,
  consecutiveIds: true,
  balancedLanguages: true,
  minByLabel: { emergency: 74, urgent: 50, routine: 52 },
  minHardShare: { emergency: 0.5, routine: 0.8 },
  earlierSets: setsBefore('triage', 52),
  card: 'data/labelled/triage-holdout-52.card.yaml',
});
