import { describeDoseHoldout } from './testing/dose-checks.ts';

/**
 * Dose held-out set 13 (data/labelled/dose-holdout-13.jsonl, see its card): its shape, and its gold labels
 * recomputed from the maximum daily doses in data/knowledge/drugs.jsonl. Scores are the bench's.
 */
describeDoseHoldout({ round: 13, minDrugs: 192 });
