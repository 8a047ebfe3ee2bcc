import { Hono } from 'hono';
import { sql } from 'kysely';
import { z } from 'zod';
import { listRuns } from '../../evaluation/api.ts';
import type { Db } from '../../foundation/db/database.ts';
import type { GatewayEnv } from '../http/gateway-env.ts';
import type { DeploymentCatalog } from '../routing/deployment-catalog.ts';
import { requireConsolePermission } from './console-auth.ts';
import { parseQuery } from './query.ts';

const overviewQuery = z
  .object({
    hours: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 90)
      .default(24),
  })
  .strict();

/** The audit kinds that close a chat exchange: one per answered request, with its final decision. */
const ANSWER_KINDS = ['chat.completion', 'chat.stream.end'];

/**
 * /api/console/overview: one call for the first page — deployments and their status, the guard's
 * decisions over a window (counted from the audit trail, so they survive restarts and add up
 * across replicas), errors, the review backlog and the latest evaluation runs. Counts only.
 */
export function overviewRoutes(deps: { db: Db; catalog: DeploymentCatalog }) {
  const app = new Hono<GatewayEnv>();

  app.get('/', requireConsolePermission('overview.read'), async (c) => {
    const { hours } = parseQuery(c, overviewQuery);
    const since = new Date(Date.now() - hours * 3600_000);
    const db = deps.db;
    const [snapshot, byDecision, byHour, failures, pending, runs] = await Promise.all([
      deps.catalog.snapshot(),
      db
        .selectFrom('audit_records')
        .select(['deployment', 'decision', (eb) => eb.fn.countAll<string>().as('n')])
        .where('kind', 'in', ANSWER_KINDS)
        .where('created_at', '>=', since)
        .groupBy(['deployment', 'decision'])
        .execute(),
      db
        .selectFrom('audit_records')
        .select([
          sql<Date>`date_trunc('hour', created_at)`.as('hour'),
          'decision',
          (eb) => eb.fn.countAll<string>().as('n'),
        ])
        .where('kind', 'in', ANSWER_KINDS)
        .where('created_at', '>=', since)
        .groupBy([sql`date_trunc('hour', created_at)`, 'decision'])
        .orderBy('hour')
        .execute(),
      db
        .selectFrom('audit_records')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('kind', '=', 'chat.error')
        .where('created_at', '>=', since)
        .executeTakeFirst(),
      db
        .selectFrom('review_items')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('status', '=', 'pending')
        .executeTakeFirst(),
      listRuns(db),
    ]);

    const decisions: Record<string, number> = {};
    const perDeployment: Record<string, Record<string, number>> = {};
    for (const row of byDecision) {
      const decision = row.decision ?? 'unknown';
      const n = Number(row.n);
      decisions[decision] = (decisions[decision] ?? 0) + n;
      const name = row.deployment ?? 'unknown';
      perDeployment[name] ??= {};
      perDeployment[name][decision] = n;
    }
    const answered = Object.values(decisions).reduce((a, b) => a + b, 0);

    return c.json({
      window_hours: hours,
      since: since.toISOString(),
      deployments: snapshot.deployments.map((d) => ({
        name: d.name,
        public_model: d.publicModel,
        use_case: d.useCase,
        policy: d.policy,
        origin: d.origin,
        upstreams: d.upstreams.map((u) => u.modelId),
        status: d.status,
        status_reason: d.statusReason,
        suspended_models: d.suspendedModels,
        decisions: perDeployment[d.name] ?? {},
      })),
      requests: { answered, errors: Number(failures?.n ?? 0) },
      decisions,
      decisions_by_hour: byHour.map((r) => ({
        hour: new Date(r.hour).toISOString(),
        decision: r.decision ?? 'unknown',
        n: Number(r.n),
      })),
      reviews_pending: Number(pending?.n ?? 0),
      recent_runs: runs.slice(0, 5),
    });
  });

  return app;
}
