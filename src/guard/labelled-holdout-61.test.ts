import { describeTriageHoldout, setsBefore } from './testing/labelled-checks.ts';

/**
 * The round-61 fresh held-out triage set (about four fifths common presentations in new wording, the rest
 * less-covered Chinese patent medicines and herbal injections, newer medicines, vaccines, procedures, traditional and
 * alternative therapies and devices, alongside look-alikes, a quarter dialect and regional wording in varieties no
 * earlier card names, and six typo items per language): its shape, balance and provenance.
 * Scores are the bench's; this file only checks that the gold labels are what the card says and that no message
 * repeats an earlier set.
 */
describeTriageHoldout({
  round: 61,
  path: 'data/labelled/triage-holdout-61.jsonl',
  idPrefix: 'tri-h61',
  tag: 'fresh-holdout-61',
  minItems: 176,
  rejectBlank: true,
  singleLineRationales: true,
  consecutiveIds: true,
  balancedLanguages: true,
  minByLabel: { emergency: 72, urgent: 48, routine: 50 },
  minHardShare: { emergency: 0.5, routine: 0.8 },
  earlierSets: setsBefore('triage', 61),
  card: 'data/labelled/triage-holdout-61.card.yaml',
});
