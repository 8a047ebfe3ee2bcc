import type { Hono } from 'hono';
import type { Config } from '../../foundation/config.ts';
import type { Db } from '../../foundation/db/database.ts';
import type { AuditTrail } from '../../governance/audit/audit-trail.ts';
import type { GuardProvider } from '../guard/guard-stage.ts';
import type { GatewayEnv } from '../http/gateway-env.ts';
import type { DeploymentCatalog } from '../routing/deployment-catalog.ts';
import { EvaluationJobs } from './evaluation-jobs.ts';
import { evaluationRoutes } from './evaluation-routes.ts';
import { overviewRoutes } from './overview-routes.ts';
import { playgroundRoutes } from './playground-routes.ts';
import { sessionRoutes } from './session-routes.ts';
import { serveConsole } from './static-console.ts';

export interface ConsoleDeps {
  db: Db;
  config: Config;
  catalog: DeploymentCatalog;
  guards: GuardProvider;
  /** Console actions taken with a key (starting an evaluation) are recorded here. */
  audit: AuditTrail;
  /** The built console (web/dist); when missing, / explains how to build it. */
  consoleDir?: string | undefined;
  /** Tests replace the evaluation jobs (e.g. to hold a run at a known point). */
  jobs?: EvaluationJobs;
}

/**
 * The web console: its own API under /api/console (behind the gateway's bearer auth, which covers
 * /api/*) and the built single-page app at /. Called once by createGateway, after every other route.
 */
export function mountConsole(app: Hono<GatewayEnv>, deps: ConsoleDeps): { jobs: EvaluationJobs } {
  const jobs = deps.jobs ?? new EvaluationJobs({ db: deps.db, models: deps.config.models });
  app.route('/api/console/session', sessionRoutes());
  app.route('/api/console/overview', overviewRoutes({ db: deps.db, catalog: deps.catalog }));
  app.route(
    '/api/console/evaluations',
    evaluationRoutes({ db: deps.db, models: deps.config.models, jobs, audit: deps.audit }),
  );
  app.route('/api/console/playground', playgroundRoutes({ catalog: deps.catalog, guards: deps.guards }));
  serveConsole(app, deps.consoleDir);
  return { jobs };
}
