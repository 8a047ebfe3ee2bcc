import { describeDoseHoldout } from './testing/dose-checks.ts';

/**
 * Dose held-out set 11 (data/labelled/dose-holdout-11.jsonl, see its card): its shape, and its gold labels
 * recomputed from the maximum daily doses in data/knowledge/drugs.jsonl. Scores are the bench's.
 */
describeDoseHoldout({ round: 11, minDrugs: 196 });
