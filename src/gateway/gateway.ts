import { randomUUID } from 'node:crypto';
import { Hono, type MiddlewareHandler } from 'hono';
import type { DestinationStream, Logger } from 'pino';
import type { Config } from '../foundation/config.ts';
import { ping, type Store } from '../foundation/db/database.ts';
import { YihengError } from '../foundation/errors.ts';
import { AuditTrail } from '../governance/audit/audit-trail.ts';
import { Governance } from '../governance/governance.ts';
import { startGovernanceMonitor } from '../governance/governance-monitor.ts';
import { governanceRoutes } from '../governance/http/routes.ts';
import { ModelRegistry } from '../models/registry.ts';
import { auditRoutes } from './admin/audit-routes.ts';
import { deploymentsRoutes } from './admin/deployments-routes.ts';
import { keysRoutes } from './admin/keys-routes.ts';
import { KeyStore } from './auth/api-keys.ts';
import { bearerAuth, requirePermission } from './auth/bearer-auth.ts';
import { chatCompletions } from './chat/completions-route.ts';
import { mountConsole } from './console/mount-console.ts';
import { FeedbackBook } from './feedback/feedback.ts';
import { feedbackRoutes } from './feedback/feedback-routes.ts';
import type { GuardProvider } from './guard/guard-stage.ts';
import { ApiError, errors, sendError } from './http/api-error.ts';
import { bodyLimit } from './http/body-limit.ts';
import type { GatewayEnv } from './http/gateway-env.ts';
import { MemoryRateLimiter, type RateLimiter } from './limits/rate-limiter.ts';
import { RedisRateLimiter } from './limits/redis-rate-limiter.ts';
import { createLogger } from './observability/logger.ts';
import { GatewayMetrics } from './observability/metrics.ts';
import { ReviewQueue } from './review/review-queue.ts';
import { reviewRoutes } from './review/review-routes.ts';
import { DeploymentCatalog } from './routing/deployment-catalog.ts';
import { DeploymentStore } from './routing/deployment-store.ts';
import { UpstreamRouter } from './routing/upstream-router.ts';

export interface GatewayOptions {
  store: Store;
  config: Config;
  /** The guard, behind the gateway's narrow interface (see guard/guard-stage.ts). */
  guards: GuardProvider;
  registry?: ModelRegistry;
  /** Defaults to pino on stdout at config.log_level. */
  logger?: Logger;
  logDestination?: DestinationStream;
  /** Defaults to Redis when config.redisUrl is set, else in-process counters. */
  rateLimiter?: RateLimiter;
  /** Prefix for shared Redis keys (tests and several gateways on one Redis). */
  redisPrefix?: string;
  /** Static console files (web/dist) to serve at /, when present. */
  consoleDir?: string;
  /** Process-level metrics (CPU, memory, event loop) in /metrics; on for `yiheng serve`. */
  processMetrics?: boolean;
  env?: NodeJS.ProcessEnv;
}

export interface Gateway {
  app: Hono<GatewayEnv>;
  keys: KeyStore;
  audit: AuditTrail;
  deployments: DeploymentStore;
  catalog: DeploymentCatalog;
  reviews: ReviewQueue;
  metrics: GatewayMetrics;
  logger: Logger;
  router: UpstreamRouter;
  /** Waits for pending audit appends and releases the rate limiter; the store stays open (the caller owns it). */
  close(): Promise<void>;
}

/**
 * The governed gateway as a library: a Hono app plus the services behind it. `yiheng serve`,
 * the tests, the console and the benchmark all start it through here.
 */
export async function createGateway(options: GatewayOptions): Promise<Gateway> {
  const { store, config } = options;
  const gw = config.gateway;
  const db = store.db;
  const logger = options.logger ?? createLogger(config.log_level, options.logDestination);
  const metrics = new GatewayMetrics({ processMetrics: options.processMetrics ?? false });
  const registry = options.registry ?? new ModelRegistry(db, config.models);
  const keys = new KeyStore(db);
  const audit = new AuditTrail(db);
  const deployments = new DeploymentStore(db);
  const catalog = new DeploymentCatalog({ store: deployments, registry, gateway: gw });
  const reviews = new ReviewQueue(db, audit);
  const feedback = new FeedbackBook(db, audit);
  // Governance holds ungated high-risk deployments, opens incidents from the audit trail and
  // serves its records; the gateway only composes it (guard and governance never meet).
  const governance = new Governance({ db, config, audit, registry });
  const governanceMonitor = startGovernanceMonitor({
    governance,
    onStatusChange: () => catalog.invalidate(),
    onError: (error) =>
      logger.warn({ component: 'governance', error: (error as Error).message }, 'governance pass failed'),
  });
  await governanceMonitor.ready;
  const router = new UpstreamRouter({
    breaker: {
      failureThreshold: gw.circuit_breaker.failure_threshold,
      cooldownMs: gw.circuit_breaker.cooldown_ms,
    },
    hooks: {
      onAttempt: (attempt, seconds) => {
        metrics.upstreamRequests.inc({ model: attempt.modelId, outcome: attempt.outcome });
        if (attempt.outcome === 'ok') metrics.upstreamDuration.observe({ model: attempt.modelId }, seconds);
        if (attempt.outcome === 'timeout' || attempt.outcome === 'error')
          metrics.upstreamErrors.inc({ model: attempt.modelId, kind: attempt.kind ?? attempt.outcome });
      },
    },
    ...(options.env ? { env: options.env } : {}),
  });

  let limiter = options.rateLimiter;
  if (!limiter && config.redisUrl) {
    const redis = new RedisRateLimiter({
      url: config.redisUrl,
      ...(options.redisPrefix ? { prefix: options.redisPrefix } : {}),
      onError: () => {
        metrics.rateLimiterErrors.inc();
        logger.warn({ component: 'rate-limiter' }, 'Redis unavailable: request let through uncounted');
      },
    });
    try {
      await redis.ready();
    } catch (cause) {
      await redis.close();
      throw new YihengError('cannot reach Redis at YIHENG_REDIS_URL', {
        hint: 'start Redis, fix the URL, or unset YIHENG_REDIS_URL to count rate limits in-process',
        code: 'redis_unreachable',
        cause,
      });
    }
    limiter = redis;
  }
  limiter ??= new MemoryRateLimiter();
  const rateLimiter = limiter;

  // Fails at start, not on the first request, when a policy named in yiheng.yaml is unknown; and
  // warms the detectors (lexicons, regexes) so the first caller does not pay for loading them.
  const warm = await options.guards.stage({ policy: gw.default_policy, useCase: 'general' });
  const warmCtx = { useCase: 'general', role: 'evaluator' as const, conversationId: 'gateway-warm-up' };
  await warm.inspectInput([{ role: 'user', content: '预热 warm-up：头痛两天。' }], warmCtx);
  await warm.inspectOutput('预热 warm-up：多喝水，注意休息。', warmCtx);
  for (const d of gw.deployments)
    if (d.policy) await options.guards.stage({ policy: d.policy, useCase: d.use_case ?? 'general' });

  const app = new Hono<GatewayEnv>();

  // Outermost: request id, timing, metrics and one access-log line with no request content.
  app.use('*', async (c, next) => {
    const started = performance.now();
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && /^[\w.-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    c.set('requestId', requestId);
    c.set('logFields', {});
    // Set before the handler runs, so it is part of the response the handler builds: adding a header
    // to a finished response makes Hono rebuild it as a web Response with a stream body, which
    // @hono/node-server can only send on its slow path (a stream read and a timer tick per request).
    c.header('x-request-id', requestId);
    await next();
    // Responses a handler built itself (new Response(…)) do not carry the prepared headers.
    if (!c.res.headers.has('x-request-id')) c.header('x-request-id', requestId);
    const route = c.req.routePath;
    const seconds = (performance.now() - started) / 1000;
    metrics.requests.inc({ method: c.req.method, route, status: String(c.res.status) });
    metrics.requestDuration.observe({ method: c.req.method, route }, seconds);
    if (route === '/healthz' || route === '/readyz' || route === '/metrics') return;
    const key = c.var.key;
    logger.info(
      {
        req_id: requestId,
        method: c.req.method,
        route,
        status: c.res.status,
        ms: Math.round(seconds * 10_000) / 10,
        ...(key ? { key_id: key.id, role: key.role } : {}),
        ...c.get('logFields'),
      },
      'request',
    );
  });

  app.onError((error, c) => {
    if (error instanceof ApiError) {
      c.set('logFields', { ...c.get('logFields'), error: error.code });
      return sendError(c, error);
    }
    if (error instanceof YihengError) {
      c.set('logFields', { ...c.get('logFields'), error: error.code });
      return sendError(
        c,
        new ApiError(
          400,
          'invalid_request_error',
          error.code,
          error.message,
          error.hint ? { hint: error.hint } : {},
        ),
      );
    }
    // Only the class and code: an exception message may quote request text.
    logger.error(
      {
        req_id: c.get('requestId'),
        err_name: (error as Error)?.name,
        err_code: (error as { code?: unknown })?.code,
      },
      'unhandled error',
    );
    return sendError(c, errors.internal());
  });
  app.notFound((c) =>
    sendError(
      c,
      new ApiError(404, 'not_found_error', 'unknown_route', `no route ${c.req.method} ${c.req.path}`, {
        hint: 'the API is POST /v1/chat/completions, GET /v1/models and /api/…; see docs/gateway.md',
      }),
    ),
  );

  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) => {
    const checks: Record<string, 'ok' | 'failing'> = {};
    checks.database = await ping(db).then(
      () => 'ok' as const,
      () => 'failing' as const,
    );
    checks.rate_limiter = (await rateLimiter.healthy()) ? 'ok' : 'failing';
    const ready = Object.values(checks).every((v) => v === 'ok');
    return c.json({ status: ready ? 'ready' : 'not_ready', checks }, ready ? 200 : 503);
  });
  app.get('/metrics', async (c) => {
    c.header('content-type', metrics.registry.contentType);
    return c.body(await metrics.registry.metrics());
  });

  const limitBody = bodyLimit(gw.body_limit_bytes);
  const rateLimit: MiddlewareHandler<GatewayEnv> = async (c, next) => {
    const key = c.get('key');
    const decision = await rateLimiter.take(key.id, {
      perMinute: key.requestsPerMinute ?? gw.rate_limit.requests_per_minute,
      perDay: key.requestsPerDay ?? gw.rate_limit.requests_per_day,
    });
    if (!decision.allowed) {
      metrics.rateLimited.inc({ scope: decision.scope });
      throw new ApiError(
        429,
        'rate_limit_error',
        decision.scope === 'minute' ? 'rate_limit_exceeded' : 'insufficient_quota',
        decision.scope === 'minute'
          ? `this key may send ${decision.limit} requests per minute`
          : `this key's daily quota of ${decision.limit} requests is used up`,
        {
          hint: `retry after ${decision.retryAfterSeconds} s, or ask an administrator for a higher limit`,
          headers: { 'retry-after': String(decision.retryAfterSeconds) },
        },
      );
    }
    await next();
  };
  for (const prefix of ['/v1/*', '/api/*']) {
    app.use(prefix, bearerAuth(keys), rateLimit, limitBody);
  }

  app.get('/v1/models', requirePermission('models.read'), async (c) => {
    const snapshot = await catalog.snapshot();
    const names = [
      ...new Set(snapshot.deployments.filter((d) => d.status === 'active').map((d) => d.publicModel)),
    ];
    const created = Math.floor(Date.now() / 1000);
    return c.json({
      object: 'list',
      data: names.map((id) => ({ id, object: 'model', created, owned_by: 'yiheng' })),
    });
  });
  app.post(
    '/v1/chat/completions',
    requirePermission('chat'),
    chatCompletions({
      catalog,
      router,
      guards: options.guards,
      audit,
      reviews,
      metrics,
      logger,
    }),
  );

  app.get('/api/me', (c) => {
    const key = c.get('key');
    return c.json({ id: key.id, name: key.name, role: key.role, prefix: key.prefix });
  });
  app.route('/api/review', reviewRoutes({ reviews, guards: options.guards }));
  app.route('/api/feedback', feedbackRoutes({ feedback, guards: options.guards }));
  app.route('/api/audit', auditRoutes({ db }));
  app.route('/api/keys', keysRoutes({ keys, audit }));
  app.route('/api/deployments', deploymentsRoutes({ catalog, store: deployments, audit, governance }));
  app.route(
    '/api/governance',
    governanceRoutes<GatewayEnv>({
      governance,
      actorOf: (c) => ({ id: c.get('key').id, role: c.get('key').role }),
      onStatusChange: () => catalog.invalidate(),
    }),
  );

  mountConsole(app, { db, config, catalog, audit, guards: options.guards, consoleDir: options.consoleDir });

  return {
    app,
    keys,
    audit,
    deployments,
    catalog,
    reviews,
    metrics,
    logger,
    router,
    close: async () => {
      await governanceMonitor.stop();
      await audit.flush();
      await rateLimiter.close();
      router.close();
      logger.flush();
    },
  };
}
