import { describeDoseHoldout } from './testing/dose-checks.ts';

/**
 * Dose held-out set 6 (data/labelled/dose-holdout-6.jsonl, see its card): its shape, and its gold labels
 * recomputed from the maximum daily doses in data/knowledge/drugs.jsonl. Scores are the bench's.
 */
describeDoseHoldout({ round: 6, minDrugs: 150 });
