import type { ChatMessage } from '../../models/provider.ts';
import type { BilingualText } from '../suite/schema.ts';

/** What a solver produced for one item: the final answer and, for dialogues, the whole exchange. */
export interface SolverOutput {
  response: string;
  transcript?: ChatMessage[];
  /** Solver facts worth keeping with the item (e.g. facts the simulated patient revealed). */
  details?: Record<string, unknown>;
}

/** One item's score. `values` feed the task's metrics; `answerKey` lets wrappers compare answers. */
export interface Score {
  /** The item's primary score (1 = right / fully met). */
  value: number;
  /** Per-metric values for this item; a metric averages its key over the items that have it. */
  values: Record<string, number>;
  /** The parsed answer in a comparable form (robustness and fairness consistency). */
  answerKey?: string;
  details: Record<string, unknown>;
}

/**
 * How a task's item-level values combine into one number. `mean` averages `values[key]`;
 * `clippedMean` (HealthBench) clips the mean to [0, 1]; `custom` computes from all rows (for
 * micro-F1, AUC, calibration) and is bootstrapped by resampling rows.
 */
export type Aggregation =
  | { kind: 'mean'; key: string }
  | { kind: 'clippedMean'; key: string }
  | { kind: 'custom'; compute: (rows: ReadonlyArray<Record<string, number>>) => number };

export interface MetricSpec {
  name: string;
  label: BilingualText;
  aggregation: Aggregation;
  /** For reports and comparisons: is a bigger number better? */
  higherIsBetter: boolean;
  /** A rate in [0, 1], shown as a percentage. */
  unit?: 'rate' | 'score' | 'count';
}

/** Metrics a scorer creates per key prefix found in the rows (e.g. one per rubric axis). */
export interface DynamicMetricSpec {
  prefix: string;
  label: (suffix: string) => BilingualText;
  aggregation: 'mean' | 'clippedMean';
}

export interface ScorerMetrics {
  /** The first metric is the task's primary metric (its dimension score). */
  metrics: [MetricSpec, ...MetricSpec[]];
  dynamic?: DynamicMetricSpec[];
}
