import { describeTriageHoldout, setsBefore } from './testing/labelled-checks.ts';

/**
 * The round-64 fresh held-out triage set (about four fifths common presentations in new wording and new situations,
 * the rest less-covered herbal remedies, foods, medicines, vaccines, procedures, wellness practices and devices,
 * alongside look-alikes, a quarter dialect and regional wording in varieties no earlier card names, and six typo
 * items per language): its shape, balance and provenance.
 * Scores are the bench's; this file only checks that the gold labels are what the card says and that no message
 * repeats an earlier set.
 */
describeTriageHoldout({
  round: 64,
  path: 'data/labelled/triage-holdout-64.jsonl',
  idPrefix: 'tri-h64',
  tag: 'fresh-holdout-64',
  minItems: 176,
  rejectBlank: true,
  singleLineRationales: true,
  consecutiveIds: true,
  balancedLanguages: true,
  minByLabel: { emergency: 72, urgent: 48, routine: 50 },
  minHardShare: { emergency: 0.5, routine: 0.8 },
  earlierSets: setsBefore('triage', 64),
  card: 'data/labelled/triage-holdout-64.card.yaml',
});
