import { sql } from 'kysely';
import type { Db } from '../../foundation/db/database.ts';
import { type Proportion, wilson } from '../shared/stats.ts';
import type { GroupDimension } from './user-group.ts';

/** Audit record kinds that stand for one answered request (a stream counts once, at its end). */
export const ANSWER_KINDS = ['chat.completion', 'chat.stream.end'] as const;
export const decisions = ['allow', 'redact', 'review', 'escalate', 'block'] as const;

export interface Counts {
  requests: number;
  /** Per strongest decision of the request. */
  decisions: Record<(typeof decisions)[number], number>;
  /** Final decision block (input or output). */
  blocked: number;
  /** Refused at the input: the request never reached the model. */
  refused: number;
  escalated: number;
  /** Queued for human review. */
  reviewed: number;
  feedback: number;
  negativeFeedback: number;
  ratingSum: number;
  reviewsDecided: number;
  /** Review outcomes that changed or rejected the answer. */
  reviewsCorrected: number;
}

export interface Rates {
  block_rate: Proportion;
  refusal_rate: Proportion;
  escalation_rate: Proportion;
  review_rate: Proportion;
  negative_feedback_rate: Proportion;
  correction_rate: Proportion;
  mean_rating: number | null;
}
export type RateName = Exclude<keyof Rates, 'mean_rating'>;
export const rateNames: RateName[] = [
  'block_rate',
  'refusal_rate',
  'escalation_rate',
  'review_rate',
  'negative_feedback_rate',
  'correction_rate',
];

export interface SeriesPoint {
  start: string;
  /** The user group value, or "all" / "unspecified". */
  group: string;
  counts: Counts;
  rates: Rates;
}

export interface MonitoringQuery {
  deployment: string;
  from: Date;
  to: Date;
  bucket: 'hour' | 'day';
  /** Break down by one user-group dimension (from x-yiheng-user-group, recorded by the gateway). */
  by?: GroupDimension | undefined;
}

export function emptyCounts(): Counts {
  return {
    requests: 0,
    decisions: { allow: 0, redact: 0, review: 0, escalate: 0, block: 0 },
    blocked: 0,
    refused: 0,
    escalated: 0,
    reviewed: 0,
    feedback: 0,
    negativeFeedback: 0,
    ratingSum: 0,
    reviewsDecided: 0,
    reviewsCorrected: 0,
  };
}

export function ratesOf(c: Counts): Rates {
  return {
    block_rate: wilson(c.blocked, c.requests),
    refusal_rate: wilson(c.refused, c.requests),
    escalation_rate: wilson(c.escalated, c.requests),
    review_rate: wilson(c.reviewed, c.requests),
    negative_feedback_rate: wilson(c.negativeFeedback, c.feedback),
    correction_rate: wilson(c.reviewsCorrected, c.reviewsDecided),
    mean_rating: c.feedback ? c.ratingSum / c.feedback : null,
  };
}

export function addCounts(a: Counts, b: Counts): Counts {
  const out = emptyCounts();
  for (const key of Object.keys(out) as Array<keyof Counts>) {
    if (key === 'decisions') continue;
    (out[key] as number) = (a[key] as number) + (b[key] as number);
  }
  for (const d of decisions) out.decisions[d] = a.decisions[d] + b.decisions[d];
  return out;
}

/**
 * Guard decisions, refusals, escalations, review and feedback outcomes over time for one
 * deployment, read from the audit trail, the feedback table and the review queue — the same records
 * an auditor can verify. Buckets are UTC hours or days.
 */
export async function monitoringSeries(db: Db, q: MonitoringQuery): Promise<SeriesPoint[]> {
  const unit = q.bucket;
  const groupExpr = q.by ? sql`coalesce(b -> 'data' -> 'user_group' ->> ${q.by}, 'unspecified')` : sql`'all'`;
  const kinds = sql.join(ANSWER_KINDS.map((k) => sql`${k}`));
  const bucketOf = (column: ReturnType<typeof sql>) =>
    sql`date_trunc(${unit}, ${column} at time zone 'UTC') at time zone 'UTC'`;

  const traffic = await sql<{
    bucket: Date;
    grp: string;
    requests: number;
    allow: number;
    redact: number;
    review: number;
    escalate: number;
    block: number;
    refused: number;
    escalated: number;
    reviewed: number;
  }>`
    select ${bucketOf(sql`created_at`)} as bucket, ${groupExpr} as grp,
      count(*) as requests,
      count(*) filter (where decision = 'allow') as allow,
      count(*) filter (where decision = 'redact') as redact,
      count(*) filter (where decision = 'review') as review,
      count(*) filter (where decision = 'escalate') as escalate,
      count(*) filter (where decision = 'block') as block,
      count(*) filter (where b -> 'data' -> 'input' ->> 'decision' = 'block') as refused,
      count(*) filter (where (b -> 'data' ->> 'escalated') = 'true') as escalated,
      count(*) filter (where jsonb_exists(b -> 'data', 'review_id')) as reviewed
    from (
      select created_at, decision, body::jsonb as b from audit_records
      where deployment = ${q.deployment} and kind in (${kinds})
        and created_at >= ${q.from} and created_at < ${q.to}
    ) r
    group by 1, 2 order by 1, 2`.execute(db);

  // Feedback and reviews carry no deployment or group of their own: they inherit both from the
  // audit record of the answer they are about.
  const answers = sql`(
    select distinct on (response_id) response_id, body::jsonb as b from audit_records
    where deployment = ${q.deployment} and kind in (${kinds}) and response_id is not null
      and created_at < ${q.to}
    order by response_id, seq
  )`;
  const feedback = await sql<{ bucket: Date; grp: string; n: number; negative: number; rating_sum: number }>`
    select ${bucketOf(sql`f.created_at`)} as bucket, ${groupExpr} as grp,
      count(*) as n, count(*) filter (where f.rating <= 2) as negative, coalesce(sum(f.rating), 0) as rating_sum
    from feedback f join ${answers} a on a.response_id = f.response_id
    where f.created_at >= ${q.from} and f.created_at < ${q.to}
    group by 1, 2`.execute(db);
  const reviews = await sql<{ bucket: Date; grp: string; decided: number; corrected: number }>`
    select ${bucketOf(sql`ri.reviewed_at`)} as bucket, ${groupExpr} as grp,
      count(*) as decided, count(*) filter (where ri.status in ('corrected', 'rejected')) as corrected
    from review_items ri left join ${answers} a on a.response_id = ri.response_id
    where ri.deployment = ${q.deployment} and ri.reviewed_at is not null
      and ri.reviewed_at >= ${q.from} and ri.reviewed_at < ${q.to}
    group by 1, 2`.execute(db);

  const points = new Map<string, { start: string; group: string; counts: Counts }>();
  const at = (bucket: Date, group: string | null) => {
    const start = new Date(bucket).toISOString();
    const g = group ?? 'unspecified';
    const key = `${start}|${g}`;
    let point = points.get(key);
    if (!point) {
      point = { start, group: g, counts: emptyCounts() };
      points.set(key, point);
    }
    return point.counts;
  };
  for (const r of traffic.rows) {
    const c = at(r.bucket, r.grp);
    c.requests += Number(r.requests);
    for (const d of decisions) c.decisions[d] += Number(r[d]);
    c.blocked += Number(r.block);
    c.refused += Number(r.refused);
    c.escalated += Number(r.escalated);
    c.reviewed += Number(r.reviewed);
  }
  for (const r of feedback.rows) {
    const c = at(r.bucket, r.grp);
    c.feedback += Number(r.n);
    c.negativeFeedback += Number(r.negative);
    c.ratingSum += Number(r.rating_sum);
  }
  for (const r of reviews.rows) {
    const c = at(r.bucket, r.grp);
    c.reviewsDecided += Number(r.decided);
    c.reviewsCorrected += Number(r.corrected);
  }
  return [...points.values()]
    .sort((a, b) => a.start.localeCompare(b.start) || a.group.localeCompare(b.group))
    .map((p) => ({ ...p, rates: ratesOf(p.counts) }));
}

/** All counts of a window added up (per group when `by` is given). */
export async function windowTotals(db: Db, q: Omit<MonitoringQuery, 'bucket'>): Promise<Map<string, Counts>> {
  const series = await monitoringSeries(db, { ...q, bucket: 'day' });
  const totals = new Map<string, Counts>();
  for (const p of series) totals.set(p.group, addCounts(totals.get(p.group) ?? emptyCounts(), p.counts));
  return totals;
}
