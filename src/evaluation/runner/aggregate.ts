import { ABILITIES, type Ability, LEVELS, reportedAbility } from '../indicators.ts';
import {
  bootstrap,
  bootstrapDisparity,
  bootstrapMean,
  type Estimate,
  type Stratum,
  stratifiedBootstrap,
} from '../metrics/bootstrap.ts';
import type { MetricSpec } from '../scorers/types.ts';
import { type LoadedSuite, type LoadedTask, suiteTasks } from '../suite/load-suite.ts';
import type { ItemIssue } from '../suite/read-items.ts';
import { taskKind } from '../tasks/registry.ts';
import { seedFrom } from '../util/random.ts';
import type { EstimateJson, EvaluationResults, FailureJson, MetricJson } from './results.ts';
import type { RunRow, RunStore, StoredItem } from './run-store.ts';

const clip01 = (x: number) => Math.min(1, Math.max(0, x));

export function toJson(estimate: Estimate): EstimateJson {
  const finite = (x: number) => (Number.isFinite(x) ? x : null);
  return {
    value: finite(estimate.value),
    ci_low: finite(estimate.ci_low),
    ci_high: finite(estimate.ci_high),
    n: estimate.n,
  };
}

/** Per-task accumulation while streaming a run's rows. */
class TaskData {
  rows: Array<Record<string, number>> = [];
  nItems = 0;
  nErrors = 0;
  robustness = {
    cleanScores: [] as number[],
    drops: [] as number[],
    consistency: [] as number[],
    perKind: new Map<string, { scores: number[]; consistent: number[] }>(),
  };
  fairness = { consistency: [] as number[], groups: new Map<string, Map<string, number[]>>() };

  constructor(readonly task: LoadedTask) {}
}

interface MetricData {
  spec: MetricSpec;
  rows: Array<Record<string, number>>;
}

/** The statistic of a metric over resampled rows. */
function metricStatistic({ spec, rows }: MetricData): Stratum {
  const aggregation = spec.aggregation;
  if (aggregation.kind === 'custom') {
    return {
      n: rows.length,
      statistic: (indices) => {
        const sample = new Array<Record<string, number>>(indices.length);
        for (let i = 0; i < indices.length; i++) sample[i] = rows[indices[i]!]!;
        return aggregation.compute(sample);
      },
    };
  }
  const values = Float64Array.from(
    rows.filter((r) => r[aggregation.key] !== undefined).map((r) => r[aggregation.key]!),
  );
  const clip = aggregation.kind === 'clippedMean';
  return {
    n: values.length,
    statistic: (indices) => {
      if (indices.length === 0) return Number.NaN;
      let sum = 0;
      for (let i = 0; i < indices.length; i++) sum += values[indices[i]!]!;
      return clip ? clip01(sum / indices.length) : sum / indices.length;
    },
  };
}

function estimateMetric(data: MetricData, seed: number): Estimate {
  const stratum = metricStatistic(data);
  return bootstrap(stratum.n, stratum.statistic, { seed });
}

function metricJson(spec: MetricSpec, estimate: Estimate): MetricJson {
  return {
    ...toJson(estimate),
    label: spec.label,
    higher_is_better: spec.higherIsBetter,
    ...(spec.unit ? { unit: spec.unit } : {}),
  };
}

/** Every metric of a task: its declared ones plus one per dynamic key found (rubric axes, themes). */
function taskMetricSpecs(data: TaskData): MetricSpec[] {
  const declared = taskKind(data.task.type).metrics;
  const specs: MetricSpec[] = [...declared.metrics];
  for (const dynamic of declared.dynamic ?? []) {
    const keys = new Set<string>();
    for (const row of data.rows)
      for (const key of Object.keys(row)) if (key.startsWith(dynamic.prefix)) keys.add(key);
    for (const key of [...keys].sort()) {
      specs.push({
        name: key,
        label: dynamic.label(key.slice(dynamic.prefix.length)),
        aggregation: { kind: dynamic.aggregation, key },
        higherIsBetter: true,
        unit: 'score',
      });
    }
  }
  return specs;
}

export interface AggregateInput {
  run: RunRow;
  suite: LoadedSuite;
  manifest: Record<string, unknown>;
  seed: number;
  issues: ItemIssue[];
  finishedAt: Date;
}

/**
 * Computes results.json from the stored rows of a run, streaming them once in item order.
 * Memory grows only with the small numeric values per item, never with responses.
 */
export async function aggregateRun(store: RunStore, input: AggregateInput): Promise<EvaluationResults> {
  const { run, suite, seed } = input;
  const tasks = new Map(suiteTasks(suite).map((t) => [t.key, new TaskData(t)]));
  const subgroups = new Map<string, Map<string, number[]>>();
  const resources = { calls: 0, cached: 0, prompt: 0, completion: 0, cost: 0, spent: 0, priced: false };
  const latencies: number[] = [];
  let failures: Array<{ row: StoredItem; rank: number }> = [];
  const errorsShown: StoredItem[] = [];

  const consume = (group: StoredItem[]) => {
    const data = tasks.get(group[0]!.task_key);
    if (!data) return;
    const clean = group.find((r) => r.variant === '');
    if (clean) {
      data.nItems++;
      latencies.push(clean.latency_ms);
      if (clean.status === 'error') {
        data.nErrors++;
        if (errorsShown.length < 5) errorsShown.push(clean);
      } else {
        data.rows.push(clean.values);
        if (clean.score !== null) {
          for (const [key, value] of Object.entries(clean.subgroup)) {
            const byValue = subgroups.get(key) ?? new Map<string, number[]>();
            const list = byValue.get(value) ?? [];
            list.push(clip01(clean.score));
            byValue.set(value, list);
            subgroups.set(key, byValue);
          }
          if (clean.score < 1) {
            // Worst first; unparseable answers before wrong ones at the same score.
            failures.push({ row: clean, rank: clean.score - (clean.note ? 0.001 : 0) });
            if (failures.length > 200) failures = failures.sort((a, b) => a.rank - b.rank).slice(0, 40);
          }
        }
      }
    }
    for (const row of group) {
      resources.calls += row.calls;
      resources.cached += row.cached_calls;
      resources.prompt += row.prompt_tokens;
      resources.completion += row.completion_tokens;
      if (row.cost_usd !== null) {
        resources.priced = true;
        resources.cost += row.cost_usd;
        resources.spent += row.calls ? row.cost_usd * (1 - row.cached_calls / row.calls) : 0;
      }
    }
    // Robustness: each perturbed variant against the item as written.
    const perturbed = group.filter(
      (r) => r.variant.startsWith('robustness:') && r.status === 'ok' && r.score !== null,
    );
    if (clean?.status === 'ok' && clean.score !== null && perturbed.length) {
      const r = data.robustness;
      let sum = 0;
      let same = 0;
      for (const row of perturbed) {
        const kind = row.variant.slice('robustness:'.length);
        const entry = r.perKind.get(kind) ?? { scores: [], consistent: [] };
        const consistent = row.answer_key !== null && row.answer_key === clean.answer_key ? 1 : 0;
        entry.scores.push(row.score!);
        entry.consistent.push(consistent);
        r.perKind.set(kind, entry);
        sum += row.score!;
        same += consistent;
      }
      r.cleanScores.push(clean.score);
      r.drops.push(clean.score - sum / perturbed.length);
      r.consistency.push(same / perturbed.length);
    }
    // Fairness: counterfactual variants against their base.
    const base = group.find((r) => r.variant === 'fairness:base' && r.status === 'ok' && r.score !== null);
    if (base) {
      const f = data.fairness;
      const others = group.filter(
        (r) => r.variant.startsWith('fairness:') && r !== base && r.status === 'ok' && r.score !== null,
      );
      for (const row of [base, ...others]) {
        for (const { slot, value } of row.fairness_groups ?? []) {
          const bySlot = f.groups.get(slot) ?? new Map<string, number[]>();
          const scores = bySlot.get(value) ?? [];
          scores.push(clip01(row.score!));
          bySlot.set(value, scores);
          f.groups.set(slot, bySlot);
        }
      }
      if (others.length) {
        f.consistency.push(
          others.filter((r) => r.answer_key !== null && r.answer_key === base.answer_key).length /
            others.length,
        );
      }
    }
  };

  let group: StoredItem[] = [];
  for await (const row of store.items(run.id)) {
    const current = group[0];
    if (current && (current.task_key !== row.task_key || current.item_id !== row.item_id)) {
      consume(group);
      group = [];
    }
    group.push(row);
  }
  if (group.length) consume(group);

  // Per task.
  const taskResults: EvaluationResults['tasks'] = {};
  const primaryStrata = new Map<string, Stratum>();
  const byName = new Map<string, Array<{ spec: MetricSpec; rows: Array<Record<string, number>> }>>();
  for (const [key, data] of tasks) {
    if (data.nItems === 0) continue;
    const specs = taskMetricSpecs(data);
    const metrics: Record<string, MetricJson> = {};
    for (const spec of specs) {
      const estimate = estimateMetric({ spec, rows: data.rows }, seedFrom(seed, 'metric', key, spec.name));
      if (estimate.n === 0 && spec.aggregation.kind !== 'custom') continue;
      metrics[spec.name] = metricJson(spec, estimate);
      if (!spec.name.includes(':'))
        byName.set(spec.name, [...(byName.get(spec.name) ?? []), { spec, rows: data.rows }]);
    }
    const primary = specs[0]!;
    primaryStrata.set(key, metricStatistic({ spec: primary, rows: data.rows }));
    taskResults[key] = {
      suite: data.task.suiteId,
      task: data.task.id,
      type: data.task.type,
      ability: data.task.ability,
      reported_ability: reportedAbility(data.task.ability),
      n_items: data.nItems,
      n_errors: data.nErrors,
      primary_metric: primary.name,
      metrics,
    };
  }

  // Suite-level metrics: the same metric pooled over every task that reports it.
  const metrics: Record<string, MetricJson> = {};
  for (const [name, entries] of byName) {
    const spec = entries[0]!.spec;
    const sameKind = entries.every((e) => e.spec.aggregation.kind === spec.aggregation.kind);
    let estimate: Estimate;
    if (spec.aggregation.kind !== 'custom' && sameKind) {
      const values = entries.flatMap((e) => {
        const agg = e.spec.aggregation as { key: string };
        return e.rows.filter((r) => r[agg.key] !== undefined).map((r) => r[agg.key]!);
      });
      estimate = bootstrapMean(values, {
        seed: seedFrom(seed, 'suite-metric', name),
        clip: spec.aggregation.kind === 'clippedMean',
      });
    } else if (sameKind) {
      estimate = estimateMetric(
        { spec, rows: entries.flatMap((e) => e.rows) },
        seedFrom(seed, 'suite-metric', name),
      );
    } else continue;
    if (estimate.n > 0) metrics[name] = metricJson(spec, estimate);
  }

  // Dimensions: the ability → task hierarchy, each ability the mean of its tasks' primary scores.
  const dimensions: EvaluationResults['dimensions'] = {};
  const byAbility = new Map<Ability, string[]>();
  for (const [key, task] of Object.entries(taskResults)) {
    const ability = task.reported_ability as Ability;
    byAbility.set(ability, [...(byAbility.get(ability) ?? []), key]);
  }
  for (const [ability, keys] of byAbility) {
    const estimate = stratifiedBootstrap(
      keys.map((k) => primaryStrata.get(k)!),
      { seed: seedFrom(seed, 'dimension', ability) },
    );
    const info = ABILITIES[ability];
    dimensions[ability] = {
      ...toJson(estimate),
      label: { zh: info.zh, en: info.en },
      level: info.level,
      level_label: LEVELS[info.level],
      tasks: keys,
    };
  }

  // Wrappers.
  const robustness: EvaluationResults['robustness'] = {};
  const fairness: EvaluationResults['fairness'] = {};
  const allConsistency = { robustness: [] as number[], fairness: [] as number[], drops: [] as number[] };
  for (const [key, data] of tasks) {
    const r = data.robustness;
    if (r.drops.length) {
      const s = (name: string) => seedFrom(seed, 'robustness', key, name);
      robustness[key] = {
        clean_accuracy: toJson(bootstrapMean(r.cleanScores, { seed: s('clean') })),
        accuracy_drop: toJson(bootstrapMean(r.drops, { seed: s('drop') })),
        consistency: toJson(bootstrapMean(r.consistency, { seed: s('consistency') })),
        perturbations: Object.fromEntries(
          [...r.perKind.entries()].map(([kind, entry]) => [
            kind,
            {
              accuracy: toJson(bootstrapMean(entry.scores, { seed: s(`${kind}-accuracy`) })),
              consistency: toJson(bootstrapMean(entry.consistent, { seed: s(`${kind}-consistency`) })),
            },
          ]),
        ),
      };
      allConsistency.robustness.push(...r.consistency);
      allConsistency.drops.push(...r.drops);
    }
    const f = data.fairness;
    if (f.groups.size) {
      const s = (name: string) => seedFrom(seed, 'fairness', key, name);
      fairness[key] = {
        consistency: toJson(bootstrapMean(f.consistency, { seed: s('consistency') })),
        slots: Object.fromEntries(
          [...f.groups.entries()].map(([slot, byValue]) => [
            slot,
            {
              groups: Object.fromEntries(
                [...byValue.entries()].map(([value, scores]) => [
                  value,
                  toJson(bootstrapMean(scores, { seed: s(`${slot}=${value}`) })),
                ]),
              ),
              disparity: toJson(bootstrapDisparity([...byValue.values()], { seed: s(`${slot}-disparity`) })),
            },
          ]),
        ),
      };
      allConsistency.fairness.push(...f.consistency);
    }
  }
  const wrapperDimension = (ability: Ability, values: number[], tasksWith: string[]) => {
    if (!values.length) return;
    const info = ABILITIES[ability];
    dimensions[ability] = {
      ...toJson(bootstrapMean(values, { seed: seedFrom(seed, 'dimension', ability) })),
      label: { zh: info.zh, en: info.en },
      level: info.level,
      level_label: LEVELS[info.level],
      tasks: tasksWith,
    };
  };
  wrapperDimension('extended.robustness', allConsistency.robustness, Object.keys(robustness));
  wrapperDimension('extended.fairness', allConsistency.fairness, Object.keys(fairness));
  if (allConsistency.robustness.length) {
    metrics.robustness_consistency = metricJson(
      {
        name: 'robustness_consistency',
        label: { zh: '扰动下答案一致率', en: 'Answer consistency under perturbation' },
        aggregation: { kind: 'mean', key: '' },
        higherIsBetter: true,
        unit: 'rate',
      },
      bootstrapMean(allConsistency.robustness, {
        seed: seedFrom(seed, 'suite-metric', 'robustness_consistency'),
      }),
    );
    metrics.robustness_accuracy_drop = metricJson(
      {
        name: 'robustness_accuracy_drop',
        label: { zh: '扰动导致的准确率下降', en: 'Accuracy drop under perturbation' },
        aggregation: { kind: 'mean', key: '' },
        higherIsBetter: false,
        unit: 'score',
      },
      bootstrapMean(allConsistency.drops, { seed: seedFrom(seed, 'suite-metric', 'robustness_drop') }),
    );
  }
  if (allConsistency.fairness.length) {
    metrics.fairness_consistency = metricJson(
      {
        name: 'fairness_consistency',
        label: { zh: '反事实替换下答案一致率', en: 'Answer consistency under counterfactuals' },
        aggregation: { kind: 'mean', key: '' },
        higherIsBetter: true,
        unit: 'rate',
      },
      bootstrapMean(allConsistency.fairness, {
        seed: seedFrom(seed, 'suite-metric', 'fairness_consistency'),
      }),
    );
  }

  // Subgroups (from the items' own subgroup fields, plus language).
  const subgroupTables: EvaluationResults['subgroups'] = {};
  for (const [key, byValue] of [...subgroups.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    const s = (name: string) => seedFrom(seed, 'subgroup', key, name);
    subgroupTables[key] = {
      groups: Object.fromEntries(
        [...byValue.entries()]
          .sort()
          .map(([value, scores]) => [value, toJson(bootstrapMean(scores, { seed: s(value) }))]),
      ),
      disparity:
        byValue.size > 1 ? toJson(bootstrapDisparity([...byValue.values()], { seed: s('disparity') })) : null,
    };
  }

  const overall = primaryStrata.size
    ? toJson(stratifiedBootstrap([...primaryStrata.values()], { seed: seedFrom(seed, 'overall') }))
    : null;
  const nItems = Object.values(taskResults).reduce((s, t) => s + t.n_items, 0);
  const nErrors = Object.values(taskResults).reduce((s, t) => s + t.n_errors, 0);
  latencies.sort((a, b) => a - b);
  const pick = (q: number) =>
    latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]! : null;

  const failureRows = [
    ...failures
      .sort((a, b) => a.rank - b.rank)
      .slice(0, 25)
      .map((f) => f.row),
    ...errorsShown,
  ];
  const startedAt = new Date(run.started_at);
  return {
    schema_version: 1,
    run_id: run.id,
    status: 'completed',
    model: { id: run.model_id, version: run.model_version },
    suite: { id: suite.id, version: suite.version, title: suite.title, hash: run.suite_hash },
    n_items: nItems,
    n_errors: nErrors,
    n_skipped: input.issues.length,
    overall,
    metrics,
    dimensions,
    tasks: taskResults,
    subgroups: subgroupTables,
    robustness,
    fairness,
    resources: {
      calls: resources.calls,
      cached_calls: resources.cached,
      prompt_tokens: resources.prompt,
      completion_tokens: resources.completion,
      mean_tokens_per_item: nItems ? (resources.prompt + resources.completion) / nItems : null,
      latency_ms: {
        mean: latencies.length ? latencies.reduce((a, b) => a + b, 0) / latencies.length : null,
        p50: pick(0.5),
        p95: pick(0.95),
      },
      cost_usd: resources.priced ? resources.cost : null,
      spent_usd: resources.priced ? resources.spent : null,
      cost_per_item_usd: resources.priced && nItems ? resources.cost / nItems : null,
    },
    issues: input.issues.slice(0, 100),
    failures: failureRows.map(
      (row): FailureJson => ({
        task: row.task_key,
        item_id: row.item_id,
        variant: row.variant,
        lang: row.lang,
        score: row.score,
        status: row.status,
        prompt: row.prompt ?? '',
        expected: row.expected_answer ?? '',
        response: row.status === 'error' ? null : row.response,
        parsed: row.parsed,
        note: row.status === 'error' ? row.error : row.note,
      }),
    ),
    manifest: input.manifest,
    started_at: startedAt.toISOString(),
    finished_at: input.finishedAt.toISOString(),
    duration_s: (input.finishedAt.getTime() - startedAt.getTime()) / 1000,
  };
}
