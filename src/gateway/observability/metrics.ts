import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';

const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

/**
 * The gateway's Prometheus metrics, in a registry of its own so several gateways (tests, the
 * benchmark) can live in one process. Labels are route patterns, model ids, decisions and finding
 * types: bounded sets, never request content.
 */
export class GatewayMetrics {
  readonly registry = new Registry();

  readonly requests = new Counter({
    name: 'yiheng_http_requests_total',
    help: 'HTTP requests by route pattern and status code',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });

  readonly requestDuration = new Histogram({
    name: 'yiheng_http_request_duration_seconds',
    help: 'Time to the response headers, by route pattern',
    labelNames: ['method', 'route'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly guardDecisions = new Counter({
    name: 'yiheng_guard_decisions_total',
    help: 'Guard decisions by stage (input, output) and decision',
    labelNames: ['stage', 'decision', 'deployment'] as const,
    registers: [this.registry],
  });

  readonly guardFindings = new Counter({
    name: 'yiheng_guard_findings_total',
    help: 'Guard findings by stage and type (counts only)',
    labelNames: ['stage', 'type'] as const,
    registers: [this.registry],
  });

  readonly upstreamRequests = new Counter({
    name: 'yiheng_upstream_requests_total',
    help: 'Calls to upstream models by outcome (ok, timeout, error, circuit_open, suspended)',
    labelNames: ['model', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly upstreamErrors = new Counter({
    name: 'yiheng_upstream_errors_total',
    help: 'Failed upstream calls by model and kind (timeout, upstream, unreachable, auth, …)',
    labelNames: ['model', 'kind'] as const,
    registers: [this.registry],
  });

  readonly upstreamDuration = new Histogram({
    name: 'yiheng_upstream_duration_seconds',
    help: 'Upstream latency (to the answer, or to the first chunk when streaming)',
    labelNames: ['model'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly rateLimited = new Counter({
    name: 'yiheng_rate_limited_total',
    help: 'Requests refused by a per-key limit, by window',
    labelNames: ['scope'] as const,
    registers: [this.registry],
  });

  readonly rateLimiterErrors = new Counter({
    name: 'yiheng_rate_limiter_errors_total',
    help: 'Requests let through uncounted because the shared rate-limit store failed',
    registers: [this.registry],
  });

  readonly auditDuration = new Histogram({
    name: 'yiheng_audit_append_duration_seconds',
    help: 'Time to commit an audit record (group-committed)',
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
    registers: [this.registry],
  });

  readonly reviewQueued = new Counter({
    name: 'yiheng_review_queued_total',
    help: 'Answers queued for human review, by deployment',
    labelNames: ['deployment'] as const,
    registers: [this.registry],
  });

  constructor(options: { processMetrics?: boolean } = {}) {
    if (options.processMetrics) collectDefaultMetrics({ register: this.registry, prefix: 'yiheng_' });
  }

  countFindings(stage: 'input' | 'output', counts: Record<string, number>): void {
    for (const [type, n] of Object.entries(counts)) this.guardFindings.inc({ stage, type }, n);
  }
}
