import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { z } from 'zod';
import {
  builtinSuiteIds,
  compareRuns,
  getRun,
  leaderboard,
  listRuns,
  loadSuite,
  renderReport,
} from '../../evaluation/api.ts';
import type { ModelConfig } from '../../foundation/config.ts';
import type { Db } from '../../foundation/db/database.ts';
import type { AuditTrail } from '../../governance/audit/audit-trail.ts';
import { ModelRegistry } from '../../models/registry.ts';
import { ApiError, errors } from '../http/api-error.ts';
import type { GatewayEnv } from '../http/gateway-env.ts';
import { readJson } from '../http/json-body.ts';
import { requireConsolePermission } from './console-auth.ts';
import type { EvaluationJobs, JobSnapshot } from './evaluation-jobs.ts';
import { parseQuery } from './query.ts';

const RUN_ID = /^[\w.-]{1,80}$/;
const SUITE_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/;

const startBody = z
  .object({
    suite: z.string().regex(SUITE_ID, 'a built-in suite id such as knowledge-qa-zh'),
    model: z.string().min(1).max(128),
    limit: z.number().int().min(1).max(100_000).optional(),
  })
  .strict();

const runsQuery = z
  .object({
    suite: z.string().regex(SUITE_ID).optional(),
    model: z.string().max(128).optional(),
    status: z.enum(['running', 'completed', 'failed', 'interrupted']).optional(),
  })
  .strict();

const compareQuery = z
  .object({ a: z.string().regex(RUN_ID, 'a run id'), b: z.string().regex(RUN_ID, 'a run id') })
  .strict();

const leaderboardQuery = z
  .object({ suite: z.string().regex(SUITE_ID).optional(), all: z.enum(['true', 'false']).optional() })
  .strict();

/** Suites as a list for a form; loaded once, they are files in the package. */
interface SuiteEntry {
  id: string;
  title: { zh: string; en: string };
  version: string;
  tasks: number;
}

/**
 * /api/console/evaluations: the evaluation engine for the browser — suites and models to choose
 * from, start a run and follow it live (server-sent events), results, comparison, leaderboard.
 * Only built-in suites can be started here: a path would let a key read files on the server.
 */
export function evaluationRoutes(deps: {
  db: Db;
  models: ModelConfig[];
  jobs: EvaluationJobs;
  audit: AuditTrail;
}) {
  const app = new Hono<GatewayEnv>();
  const read = requireConsolePermission('evaluations.read');
  let suites: SuiteEntry[] | undefined;

  const suiteList = (): SuiteEntry[] => {
    suites ??= builtinSuiteIds().flatMap((id) => {
      try {
        const suite = loadSuite(id);
        const tasks = suite.groups.reduce((n, g) => n + g.tasks.length, 0);
        return [{ id, title: suite.title, version: suite.version, tasks }];
      } catch {
        // A broken suite file is reported by `yiheng eval`; the form lists the ones that load.
        return [];
      }
    });
    return suites;
  };

  app.get('/suites', read, (c) => c.json({ object: 'list', data: suiteList() }));

  app.get('/models', read, async (c) => {
    const models = await new ModelRegistry(deps.db, deps.models).list();
    return c.json({
      object: 'list',
      data: models.map((m) => ({
        id: m.id,
        version: m.version,
        provider: m.provider,
        origin: m.origin,
        languages: m.languages,
        intended_use: m.intendedUse,
      })),
    });
  });

  app.post('/runs', requireConsolePermission('evaluations.run'), async (c) => {
    const body = await readJson(c, startBody);
    const known = suiteList().map((s) => s.id);
    if (!known.includes(body.suite)) {
      throw errors.invalidRequest(
        `unknown suite "${body.suite}"`,
        'suite',
        `built-in suites: ${known.join(', ')}`,
      );
    }
    const key = c.get('key');
    const job = await deps.jobs.start(body, key.id);
    // Who started which evaluation is on the record, like every other action taken with a key.
    await deps.audit.append({
      kind: 'evaluation.start',
      actor: { keyId: key.id, role: key.role },
      data: { run_id: job.runId, suite: body.suite, model: body.model, limit: body.limit ?? null },
    });
    return c.json(jobJson(job), 202);
  });

  app.get('/runs', read, async (c) => {
    const q = parseQuery(c, runsQuery);
    return c.json({ object: 'list', data: await listRuns(deps.db, q) });
  });

  app.get('/runs/:id', read, async (c) => {
    const id = runIdOf(c.req.param('id'));
    const run = await getRun(deps.db, id);
    if (!run)
      throw errors.notFound(`evaluation run ${id}`, 'GET /api/console/evaluations/runs lists the runs');
    const live = deps.jobs.get(id);
    return c.json({ ...run, live: live ? jobJson(live) : null });
  });

  app.get('/runs/:id/report', read, async (c) => {
    const id = runIdOf(c.req.param('id'));
    const run = await getRun(deps.db, id);
    if (!run) throw errors.notFound(`evaluation run ${id}`);
    if (!run.results) {
      throw new ApiError(409, 'invalid_request_error', 'run_not_completed', `run ${id} is ${run.status}`, {
        hint: 'a report exists once the run has completed',
      });
    }
    c.header('content-disposition', `attachment; filename="yiheng-report-${id}.html"`);
    return c.html(renderReport(run.results));
  });

  /**
   * Live progress: `progress` events while the run goes, then one `completed` or `failed` event,
   * then the stream ends. A run this process did not start (another replica, the CLI) is followed
   * by polling its status in the database.
   */
  app.get('/runs/:id/events', read, async (c) => {
    const id = runIdOf(c.req.param('id'));
    const live = deps.jobs.get(id);
    const stored = live ? undefined : await getRun(deps.db, id);
    if (!live && !stored) throw errors.notFound(`evaluation run ${id}`);
    c.header('x-accel-buffering', 'no');
    return streamSSE(c, async (stream) => {
      let finished = false;
      const send = async (job: JobSnapshot) => {
        if (finished) return;
        const event = job.state === 'running' ? 'progress' : job.state;
        if (job.state !== 'running') finished = true;
        await stream.writeSSE({ event, data: JSON.stringify(jobJson(job)) });
      };
      if (live) {
        await new Promise<void>((resolve) => {
          let unsubscribe = () => {};
          const heartbeat = setInterval(() => void stream.write(': keep-alive\n\n').catch(() => {}), 15_000);
          const finish = () => {
            unsubscribe();
            clearInterval(heartbeat);
            resolve();
          };
          const onChange = (job: JobSnapshot) => void send(job).then(() => finished && finish(), finish);
          unsubscribe = deps.jobs.subscribe(id, onChange);
          stream.onAbort(finish);
          // The state may have moved on between the lookup and the subscription.
          onChange(deps.jobs.get(id) ?? live);
        });
        return;
      }
      // Started elsewhere: report its stored status, polling while it runs.
      for (let run = stored; run && !stream.aborted; run = await getRun(deps.db, id)) {
        const snapshot: JobSnapshot = {
          runId: run.id,
          suite: run.suite.id,
          model: run.model.id,
          state: run.status === 'completed' ? 'completed' : run.status === 'running' ? 'running' : 'failed',
          done: run.n_items,
          total: run.n_items,
          errors: run.n_errors,
          overall: run.overall,
          error: run.status === 'interrupted' ? 'interrupted' : run.error,
          startedBy: '',
          startedAt: run.started_at,
        };
        await send(snapshot);
        if (finished) return;
        await stream.sleep(1000);
      }
    });
  });

  app.get('/compare', read, async (c) => {
    const q = parseQuery(c, compareQuery);
    return c.json(await compareRuns(deps.db, q.a, q.b));
  });

  app.get('/leaderboard', read, async (c) => {
    const q = parseQuery(c, leaderboardQuery);
    return c.json({
      object: 'list',
      data: await leaderboard(deps.db, { ...(q.suite ? { suite: q.suite } : {}), all: q.all === 'true' }),
    });
  });

  return app;
}

function runIdOf(raw: string): string {
  if (!RUN_ID.test(raw))
    throw errors.invalidRequest('the run id is malformed', 'id', 'run ids look like 20250101-120000-ab12cd');
  return raw;
}

function jobJson(job: JobSnapshot) {
  return {
    run_id: job.runId,
    suite: job.suite,
    model: job.model,
    state: job.state,
    done: job.done,
    total: job.total,
    errors: job.errors,
    overall: job.overall,
    error: job.error,
    started_at: job.startedAt,
  };
}
