/**
 * The evaluation engine's library API, for the console, governance (deployment gates, model
 * cards) and scripts. Everything takes the database the platform already opened.
 */
import type { Db } from '../foundation/db/database.ts';
import type { EvalRunStatus } from '../foundation/db/tables/evaluation.ts';
import { compareRuns as compare, type RunComparison, resultsOf } from './runner/compare.ts';
import { type LeaderboardRow, leaderboard as rank } from './runner/leaderboard.ts';
import type { EvaluationResults } from './runner/results.ts';
import { type RunRow, RunStore } from './runner/run-store.ts';

export { ABILITIES, type Ability, LEVELS } from './indicators.ts';
export { DATASET_FORMATS, type DatasetFormat } from './loaders/load-dataset.ts';
export { renderReport } from './report/html-report.ts';
export type { RunComparison } from './runner/compare.ts';
export type { LeaderboardRow } from './runner/leaderboard.ts';
export { type EvaluationResults, resultsSchema } from './runner/results.ts';
export {
  DEFAULT_CONCURRENCY,
  type EvaluationStorage,
  type RunEvaluationOptions,
  type RunProgress,
  runEvaluation,
} from './runner/run-evaluation.ts';
export { writeOutputs } from './runner/write-outputs.ts';
export { checkSuite } from './suite/check-suite.ts';
export { builtinSuiteIds, loadSuite } from './suite/load-suite.ts';

/** A run as listed: its record, without the per-item rows. */
export interface RunSummary {
  id: string;
  status: EvalRunStatus;
  model: { id: string; version: string };
  suite: { id: string; version: string; hash: string };
  n_items: number;
  n_errors: number;
  n_skipped: number;
  overall: number | null;
  started_at: string;
  finished_at: string | null;
  out_dir: string | null;
  error: string | null;
}

function summarise(run: RunRow): RunSummary {
  const overall = (run.summary as { overall?: { value?: number | null } } | null)?.overall?.value ?? null;
  return {
    id: run.id,
    status: run.status,
    model: { id: run.model_id, version: run.model_version },
    suite: { id: run.suite_id, version: run.suite_version, hash: run.suite_hash },
    n_items: run.n_items,
    n_errors: run.n_errors,
    n_skipped: run.n_skipped,
    overall,
    started_at: new Date(run.started_at).toISOString(),
    finished_at: run.finished_at ? new Date(run.finished_at).toISOString() : null,
    out_dir: run.out_dir,
    error: run.error,
  };
}

/** One run: its summary, its manifest, and its results when it completed. */
export async function getRun(
  db: Db,
  runId: string,
): Promise<
  (RunSummary & { manifest: Record<string, unknown>; results: EvaluationResults | null }) | undefined
> {
  const run = await new RunStore(db).getRun(runId);
  if (!run) return undefined;
  return {
    ...summarise(run),
    manifest: run.manifest,
    results: run.status === 'completed' ? resultsOf(run) : null,
  };
}

/** Runs, newest first, optionally for one suite, model or status. */
export async function listRuns(
  db: Db,
  filter: { suite?: string; model?: string; status?: EvalRunStatus } = {},
): Promise<RunSummary[]> {
  const runs = await new RunStore(db).listRuns({
    ...(filter.suite ? { suiteId: filter.suite } : {}),
    ...(filter.model ? { modelId: filter.model } : {}),
    ...(filter.status ? { status: filter.status } : {}),
  });
  return runs.map(summarise);
}

/** Two completed runs compared item by item, with paired tests. */
export function compareRuns(db: Db, runA: string, runB: string): Promise<RunComparison> {
  return compare(new RunStore(db), runA, runB);
}

/** Completed runs ranked per suite. */
export function leaderboard(
  db: Db,
  options: { suite?: string; all?: boolean } = {},
): Promise<LeaderboardRow[]> {
  return rank(new RunStore(db), options);
}
