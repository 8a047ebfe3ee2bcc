import type { ColumnType } from 'kysely';
import type { Json, JsonWithDefault, Timestamp, WithDefault } from './core.ts';

/** Row types of the evaluation tables (created by migration 0200_evaluation). */

export type EvalRunStatus = 'running' | 'completed' | 'failed' | 'interrupted';

export interface EvalRunsTable {
  id: string;
  status: EvalRunStatus;
  model_id: string;
  model_version: string;
  suite_id: string;
  suite_version: string;
  suite_hash: string;
  /** The resolved run options, enough to resume the run. */
  options: Json<Record<string, unknown>>;
  /** Model, suite hash, prompt templates hash, code version, time. */
  manifest: Json<Record<string, unknown>>;
  n_items: WithDefault<number>;
  n_errors: WithDefault<number>;
  /** Malformed dataset lines skipped. */
  n_skipped: WithDefault<number>;
  /** results.json (without the per-item failures list) once the run completes. */
  summary: ColumnType<Record<string, unknown> | null, string | null | undefined, string | null>;
  out_dir: string | null;
  error: string | null;
  started_at: Timestamp;
  finished_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface EvalItemsTable {
  run_id: string;
  /** `<suite>/<task>`; with item_id and variant the row's key within its run. */
  task_key: string;
  item_id: string;
  /** '' for the item as written; e.g. `robustness:typo` or `fairness:sex=female` for wrapper variants. */
  variant: WithDefault<string>;
  lang: string;
  status: 'ok' | 'error';
  score: number | null;
  values: JsonWithDefault<Record<string, number>>;
  details: JsonWithDefault<Record<string, unknown>>;
  response: string | null;
  error: string | null;
  subgroup: JsonWithDefault<Record<string, string>>;
  tags: JsonWithDefault<Record<string, string>>;
  prompt_hash: string;
  calls: WithDefault<number>;
  cached_calls: WithDefault<number>;
  prompt_tokens: WithDefault<number>;
  completion_tokens: WithDefault<number>;
  latency_ms: WithDefault<number>;
  cost_usd: number | null;
  created_at: Timestamp;
}

export interface EvalResponseCacheTable {
  /** sha256 of (model id, model version, parameters, messages). */
  key: string;
  model_id: string;
  model_version: string;
  text: string;
  finish_reason: string;
  prompt_tokens: number;
  completion_tokens: number;
  latency_ms: number;
  upstream_model: string;
  created_at: Timestamp;
}

export interface EvaluationTables {
  eval_runs: EvalRunsTable;
  eval_items: EvalItemsTable;
  eval_response_cache: EvalResponseCacheTable;
}
