import { resultsOf } from './compare.ts';
import type { RunRow, RunStore } from './run-store.ts';

export interface LeaderboardRow {
  rank: number;
  model: string;
  version: string;
  suite: string;
  overall: number | null;
  ci_low: number | null;
  ci_high: number | null;
  /** The suite-level accuracy where the suite has one. */
  accuracy: number | null;
  n_items: number;
  n_errors: number;
  run_id: string;
  finished_at: string | null;
}

/**
 * Completed runs ranked by overall score within each suite; by default only the latest run of
 * each model version on each suite (`all` keeps every run).
 */
export async function leaderboard(
  store: RunStore,
  options: { suite?: string; all?: boolean } = {},
): Promise<LeaderboardRow[]> {
  const runs = await store.listRuns({
    status: 'completed',
    ...(options.suite ? { suiteId: options.suite } : {}),
  });
  const kept: RunRow[] = [];
  const seen = new Set<string>();
  for (const run of runs) {
    const key = `${run.suite_id}\u0000${run.model_id}\u0000${run.model_version}`;
    if (!options.all && seen.has(key)) continue; // runs come newest first
    seen.add(key);
    kept.push(run);
  }
  const rows = kept.map((run) => {
    const results = resultsOf(run);
    return {
      rank: 0,
      model: run.model_id,
      version: run.model_version,
      suite: run.suite_id,
      overall: results.overall?.value ?? null,
      ci_low: results.overall?.ci_low ?? null,
      ci_high: results.overall?.ci_high ?? null,
      accuracy: results.metrics.accuracy?.value ?? null,
      n_items: results.n_items,
      n_errors: results.n_errors,
      run_id: run.id,
      finished_at: run.finished_at ? new Date(run.finished_at).toISOString() : null,
    };
  });
  rows.sort((a, b) => a.suite.localeCompare(b.suite) || (b.overall ?? -1) - (a.overall ?? -1));
  let suite = '';
  let rank = 0;
  for (const row of rows) {
    if (row.suite !== suite) {
      suite = row.suite;
      rank = 0;
    }
    row.rank = ++rank;
  }
  return rows;
}
