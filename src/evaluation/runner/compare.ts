import { YihengError } from '../../foundation/errors.ts';
import {
  type McNemarResult,
  mcnemar,
  type PairedDifference,
  pairedBootstrap,
} from '../metrics/paired-tests.ts';
import { seedFrom } from '../util/random.ts';
import { type EvaluationResults, resultsSchema } from './results.ts';
import type { RunRow, RunStore } from './run-store.ts';

export interface MetricDelta {
  a: number | null;
  b: number | null;
  /** b − a */
  delta: number | null;
  higher_is_better: boolean;
}

export interface TaskComparison {
  /** Items both runs answered without error. */
  n_paired: number;
  primary_metric: string;
  /** Paired bootstrap of mean(score_b − score_a) over paired items. */
  paired: PairedDifference;
  /** McNemar's exact test when the scores are right/wrong. */
  mcnemar: McNemarResult | null;
  metrics: Record<string, MetricDelta>;
}

export interface RunComparison {
  a: { run_id: string; model: string; version: string; suite: string; suite_hash: string };
  b: { run_id: string; model: string; version: string; suite: string; suite_hash: string };
  same_suite: boolean;
  overall: { paired: PairedDifference; mcnemar: McNemarResult | null; n_paired: number };
  metrics: Record<string, MetricDelta>;
  dimensions: Record<string, MetricDelta>;
  tasks: Record<string, TaskComparison>;
}

/** A completed run's results, read back from the database and checked against the schema. */
export function resultsOf(run: RunRow): EvaluationResults {
  if (run.status !== 'completed' || !run.summary) {
    throw new YihengError(`run ${run.id} is ${run.status}, not completed`, {
      hint:
        run.status === 'interrupted'
          ? `finish it with \`yiheng eval --resume ${run.id}\``
          : 'compare completed runs only',
      code: 'run_not_completed',
    });
  }
  return resultsSchema.parse({ failures: [], ...run.summary });
}

async function completedRun(
  store: RunStore,
  id: string,
): Promise<{ run: RunRow; results: EvaluationResults }> {
  const run = await store.getRun(id);
  if (!run)
    throw new YihengError(`no evaluation run "${id}"`, {
      hint: 'see `yiheng eval list`',
      code: 'run_not_found',
    });
  return { run, results: resultsOf(run) };
}

function delta(
  a: number | null | undefined,
  b: number | null | undefined,
  higherIsBetter: boolean,
): MetricDelta {
  const x = a ?? null;
  const y = b ?? null;
  return { a: x, b: y, delta: x === null || y === null ? null : y - x, higher_is_better: higherIsBetter };
}

/**
 * Compares two runs item by item: per-metric deltas from their results, and for each task's
 * primary score a paired bootstrap of the difference over the items both runs answered
 * (plus McNemar's exact test when scores are right/wrong), so "B is better" comes with a p-value.
 */
export async function compareRuns(
  store: RunStore,
  idA: string,
  idB: string,
  seed = 0,
): Promise<RunComparison> {
  const A = await completedRun(store, idA);
  const B = await completedRun(store, idB);

  // Run A's clean scores by item (numbers only), then B streamed against them.
  const scoresA = new Map<string, Map<string, number>>();
  for await (const row of store.items(A.run.id)) {
    if (row.variant !== '' || row.status !== 'ok' || row.score === null) continue;
    const byItem = scoresA.get(row.task_key) ?? new Map<string, number>();
    byItem.set(row.item_id, row.score);
    scoresA.set(row.task_key, byItem);
  }
  const paired = new Map<string, { a: number[]; b: number[] }>();
  for await (const row of store.items(B.run.id)) {
    if (row.variant !== '' || row.status !== 'ok' || row.score === null) continue;
    const a = scoresA.get(row.task_key)?.get(row.item_id);
    if (a === undefined) continue;
    const entry = paired.get(row.task_key) ?? { a: [], b: [] };
    entry.a.push(a);
    entry.b.push(row.score);
    paired.set(row.task_key, entry);
  }

  const binary = (xs: number[]) => xs.every((x) => x === 0 || x === 1);
  const test = (a: number[], b: number[], key: string) => ({
    paired: pairedBootstrap(a, b, { seed: seedFrom(seed, 'compare', key) }),
    mcnemar: binary(a) && binary(b) ? mcnemar(a.map(Boolean), b.map(Boolean)) : null,
  });

  const tasks: Record<string, TaskComparison> = {};
  for (const [key, { a, b }] of paired) {
    const ta = A.results.tasks[key];
    const tb = B.results.tasks[key];
    const metrics: Record<string, MetricDelta> = {};
    for (const [name, m] of Object.entries(ta?.metrics ?? {})) {
      if (tb?.metrics[name]) metrics[name] = delta(m.value, tb.metrics[name].value, m.higher_is_better);
    }
    tasks[key] = {
      n_paired: a.length,
      primary_metric: ta?.primary_metric ?? 'score',
      ...test(a, b, key),
      metrics,
    };
  }
  const allA = [...paired.values()].flatMap((p) => p.a);
  const allB = [...paired.values()].flatMap((p) => p.b);

  const metrics: Record<string, MetricDelta> = {};
  for (const [name, m] of Object.entries(A.results.metrics)) {
    const other = B.results.metrics[name];
    if (other) metrics[name] = delta(m.value, other.value, m.higher_is_better);
  }
  if (A.results.overall && B.results.overall)
    metrics.overall = delta(A.results.overall.value, B.results.overall.value, true);
  const dimensions: Record<string, MetricDelta> = {};
  for (const [name, d] of Object.entries(A.results.dimensions)) {
    const other = B.results.dimensions[name];
    if (other) dimensions[name] = delta(d.value, other.value, true);
  }

  const describe = (x: { run: RunRow }) => ({
    run_id: x.run.id,
    model: x.run.model_id,
    version: x.run.model_version,
    suite: x.run.suite_id,
    suite_hash: x.run.suite_hash,
  });
  return {
    a: describe(A),
    b: describe(B),
    same_suite: A.run.suite_hash === B.run.suite_hash,
    overall: { ...test(allA, allB, 'overall'), n_paired: allA.length },
    metrics,
    dimensions,
    tasks,
  };
}
