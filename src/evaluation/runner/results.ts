import { z } from 'zod';

/**
 * results.json: the documented output of a run (docs/results-schema.md). Governance reads it
 * for deployment gates and model cards, the console shows it, and `eval compare` pairs two of
 * them; this schema is the contract, validated whenever a results file is read back.
 * Numbers that cannot be computed (no items, a single class for AUC) are null.
 */

const num = z.number().nullable();
const bilingual = z.object({ zh: z.string(), en: z.string() });

export const estimateSchema = z.object({ value: num, ci_low: num, ci_high: num, n: z.number().int() });
export type EstimateJson = z.infer<typeof estimateSchema>;

export const metricSchema = estimateSchema.extend({
  label: bilingual,
  higher_is_better: z.boolean(),
  unit: z.enum(['rate', 'score', 'count']).optional(),
});
export type MetricJson = z.infer<typeof metricSchema>;

export const groupTableSchema = z.object({
  groups: z.record(z.string(), estimateSchema),
  /** Largest minus smallest group score, with a bootstrap CI. */
  disparity: estimateSchema.nullable(),
});

export const failureSchema = z.object({
  task: z.string(),
  item_id: z.string(),
  variant: z.string(),
  lang: z.string(),
  score: num,
  status: z.enum(['ok', 'error']),
  prompt: z.string(),
  expected: z.string(),
  /** The model's own words (first 2,000 characters). */
  response: z.string().nullable(),
  parsed: z.string().nullable(),
  note: z.string().nullable(),
});
export type FailureJson = z.infer<typeof failureSchema>;

export const resultsSchema = z.object({
  schema_version: z.literal(1),
  run_id: z.string(),
  status: z.literal('completed'),
  model: z.object({ id: z.string(), version: z.string() }),
  suite: z.object({ id: z.string(), version: z.string(), title: bilingual, hash: z.string() }),
  n_items: z.number().int(),
  n_errors: z.number().int(),
  /** Malformed dataset lines skipped. */
  n_skipped: z.number().int(),
  /** Mean of the tasks' primary metrics. */
  overall: estimateSchema.nullable(),
  metrics: z.record(z.string(), metricSchema),
  dimensions: z.record(
    z.string(),
    estimateSchema.extend({
      label: bilingual,
      level: z.string(),
      level_label: bilingual,
      tasks: z.array(z.string()),
    }),
  ),
  tasks: z.record(
    z.string(),
    z.object({
      suite: z.string(),
      task: z.string(),
      type: z.string(),
      ability: z.string(),
      reported_ability: z.string(),
      n_items: z.number().int(),
      n_errors: z.number().int(),
      primary_metric: z.string(),
      metrics: z.record(z.string(), metricSchema),
    }),
  ),
  subgroups: z.record(z.string(), groupTableSchema),
  robustness: z.record(
    z.string(),
    z.object({
      clean_accuracy: estimateSchema,
      accuracy_drop: estimateSchema,
      consistency: estimateSchema,
      perturbations: z.record(
        z.string(),
        z.object({ accuracy: estimateSchema, consistency: estimateSchema }),
      ),
    }),
  ),
  fairness: z.record(
    z.string(),
    z.object({ consistency: estimateSchema, slots: z.record(z.string(), groupTableSchema) }),
  ),
  resources: z.object({
    calls: z.number().int(),
    cached_calls: z.number().int(),
    prompt_tokens: z.number().int(),
    completion_tokens: z.number().int(),
    mean_tokens_per_item: num,
    latency_ms: z.object({ mean: num, p50: num, p95: num }),
    /** Cost of all calls at the model's configured price (null when no price is configured). */
    cost_usd: num,
    /** What this run actually spent: calls answered from the cache cost nothing. */
    spent_usd: num,
    cost_per_item_usd: num,
  }),
  issues: z.array(z.object({ file: z.string(), line: z.number().int(), message: z.string() })),
  failures: z.array(failureSchema),
  manifest: z.record(z.string(), z.unknown()),
  started_at: z.string(),
  finished_at: z.string(),
  duration_s: z.number(),
});

export type EvaluationResults = z.infer<typeof resultsSchema>;
