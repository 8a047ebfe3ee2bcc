import { describeTriageHoldout, setsBefore } from './testing/labelled-checks.ts';

/**
 * The round-60 fresh held-out triage set (about four fifths common presentations in new wording, the rest
 * less-covered newer Chinese and recently licensed medicines, vaccines, Chinese patent medicines and herbal
 * injections, procedures, traditional therapies and devices, alongside look-alikes, a quarter dialect and regional
 * wording in varieties no earlier card names, and six typo items per language): its shape, balance and provenance.
 * Scores are the bench's; this file only checks that the gold labels are what the card says and that no message
 * repeats an earlier set.
 */
describeTriageHoldout({
  round: 60,
  path: 'data/labelled/triage-holdout-60.jsonl',
  idPrefix: 'tri-h60',
  tag: 'fresh-holdout-60',
  minItems: 176,
  rejectBlank: true,
  singleLineRationales: true,
  consecutiveIds: true,
  balancedLanguages: true,
  minByLabel: { emergency: 72, urgent: 48, routine: 50 },
  minHardShare: { emergency: 0.5, routine: 0.8 },
  earlierSets: setsBefore('triage', 60),
  card: 'data/labelled/triage-holdout-60.card.yaml',
});
