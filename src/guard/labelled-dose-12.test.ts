import { describeDoseHoldout } from './testing/dose-checks.ts';

/**
 * Dose held-out set 12 (data/labelled/dose-holdout-12.jsonl, see its card): its shape, and its gold labels
 * recomputed from the maximum daily doses in data/knowledge/drugs.jsonl. Scores are the bench's.
 */
describeDoseHoldout({ round: 12, minDrugs: 185 });
