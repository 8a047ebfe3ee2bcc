import type { Db } from '../../foundation/db/database.ts';
import type { ModelRecord } from '../../models/registry.ts';
import { latestRunsBySuite, metricOf } from '../evidence/evaluation-evidence.ts';
import type { Bilingual } from '../shared/bilingual.ts';
import type { Proportion } from '../shared/stats.ts';
import type { DriftRule, DriftRules } from './drift-rules.ts';
import { type Counts, emptyCounts, type RateName, ratesOf, windowTotals } from './monitoring.ts';

export interface DriftVerdict {
  rule: string;
  title: Bilingual;
  metric: RateName;
  status: 'ok' | 'alert' | 'insufficient_data';
  live: Proportion & { from: string; to: string };
  baseline: {
    kind: DriftRule['baseline']['kind'];
    value: number | null;
    ci_low?: number | null;
    ci_high?: number | null;
    n?: number;
    source: string;
  };
  change: number | null;
  message: Bilingual;
}

const DAY = 86_400_000;

/** How many observations a rate rests on, for the min_requests rule. */
function sizeOf(metric: RateName, c: Counts): number {
  if (metric === 'negative_feedback_rate') return c.feedback;
  if (metric === 'correction_rate') return c.reviewsDecided;
  return c.requests;
}

/**
 * Compares each live rate with its baseline. An alert needs both a change beyond max_change in the
 * watched direction and a baseline outside the live rate's 95% interval, so noise on a few
 * requests does not page anyone.
 */
export async function checkDrift(
  db: Db,
  input: {
    deployment: string;
    rules: DriftRules;
    /** When the deployment went live (the reference window starts here); else its first record. */
    liveSince: Date | null;
    primaryModel: ModelRecord | undefined;
    now?: Date;
  },
): Promise<DriftVerdict[]> {
  const now = input.now ?? new Date();
  const firstRecord = await db
    .selectFrom('audit_records')
    .select('created_at')
    .where('deployment', '=', input.deployment)
    .where('kind', 'in', ['chat.completion', 'chat.stream.end'])
    .orderBy('seq')
    .limit(1)
    .executeTakeFirst();
  const start = input.liveSince ?? (firstRecord ? new Date(firstRecord.created_at) : null);
  const verdicts: DriftVerdict[] = [];
  for (const rule of input.rules.rules) {
    const metric = rule.metric as RateName;
    const liveFrom = new Date(now.getTime() - rule.window_days * DAY);
    const liveCounts =
      (await windowTotals(db, { deployment: input.deployment, from: liveFrom, to: now })).get('all') ??
      emptyCounts();
    const live = { ...ratesOf(liveCounts)[metric], from: liveFrom.toISOString(), to: now.toISOString() };
    let baseline: DriftVerdict['baseline'];
    let baselineSize = Number.POSITIVE_INFINITY;
    const b = rule.baseline;
    if (b.kind === 'value') {
      baseline = { kind: 'value', value: b.value, source: 'fixed expectation in monitoring rules' };
    } else if (b.kind === 'evaluation') {
      const model = input.primaryModel;
      const run = model
        ? (await latestRunsBySuite(db, { id: model.id, version: model.version })).get(b.suite)
        : undefined;
      const estimate = run ? metricOf(run.results, b.metric) : undefined;
      baseline = {
        kind: 'evaluation',
        value: estimate?.value ?? null,
        ci_low: estimate?.ci_low ?? null,
        ci_high: estimate?.ci_high ?? null,
        n: estimate?.n ?? 0,
        source: run
          ? `run ${run.runId} (${b.suite}, ${b.metric})`
          : `no completed run of ${b.suite} for ${model ? `${model.id}@${model.version}` : 'the primary model'}`,
      };
    } else {
      const refEnd = start ? new Date(start.getTime() + b.days * DAY) : null;
      if (!start || !refEnd || refEnd > liveFrom) {
        baseline = {
          kind: 'reference_window',
          value: null,
          source: 'not enough history: the reference window would overlap the live window',
        };
        baselineSize = 0;
      } else {
        const refCounts =
          (await windowTotals(db, { deployment: input.deployment, from: start, to: refEnd })).get('all') ??
          emptyCounts();
        const ref = ratesOf(refCounts)[metric];
        baselineSize = sizeOf(metric, refCounts);
        baseline = {
          kind: 'reference_window',
          value: ref.value,
          ci_low: ref.ci_low,
          ci_high: ref.ci_high,
          n: ref.n,
          source: `${start.toISOString().slice(0, 10)} – ${refEnd.toISOString().slice(0, 10)}`,
        };
      }
    }
    verdicts.push(judge(rule, metric, live, liveCounts, baseline, baselineSize, input.rules.min_requests));
  }
  return verdicts;
}

function judge(
  rule: DriftRule,
  metric: RateName,
  live: DriftVerdict['live'],
  liveCounts: Counts,
  baseline: DriftVerdict['baseline'],
  baselineSize: number,
  minRequests: number,
): DriftVerdict {
  const base = { rule: rule.id, title: rule.title, metric, live, baseline };
  if (
    live.value === null ||
    baseline.value === null ||
    sizeOf(metric, liveCounts) < minRequests ||
    baselineSize < minRequests
  ) {
    return {
      ...base,
      status: 'insufficient_data',
      change: null,
      message: {
        zh: `数据不足（每个窗口至少需要 ${minRequests} 条）`,
        en: `not enough data (at least ${minRequests} per window)`,
      },
    };
  }
  const change = live.value - baseline.value;
  const directional =
    rule.direction === 'increase' ? change : rule.direction === 'decrease' ? -change : Math.abs(change);
  const outside = baseline.value < (live.ci_low ?? 0) || baseline.value > (live.ci_high ?? 1);
  const alert = directional > rule.max_change && outside;
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  return {
    ...base,
    status: alert ? 'alert' : 'ok',
    change,
    message: alert
      ? {
          zh: `${rule.title.zh}：${pct(live.value)}（基线 ${pct(baseline.value)}，变化 ${pct(change)}，超过 ${pct(rule.max_change)}）`,
          en: `${rule.title.en}: ${pct(live.value)} (baseline ${pct(baseline.value)}, change ${pct(change)}, beyond ${pct(rule.max_change)})`,
        }
      : {
          zh: `${pct(live.value)}，基线 ${pct(baseline.value)}，在允许范围内`,
          en: `${pct(live.value)} against a baseline of ${pct(baseline.value)}: within bounds`,
        },
  };
}
