import { describeDoseHoldout } from './testing/dose-checks.ts';

/**
 * Dose held-out set 7 (data/labelled/dose-holdout-7.jsonl, see its card): its shape, and its gold labels
 * recomputed from the maximum daily doses in data/knowledge/drugs.jsonl. Scores are the bench's.
 */
describeDoseHoldout({ round: 7, minDrugs: 150 });
