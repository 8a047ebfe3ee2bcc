import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { z } from 'zod';
import { describeZodIssues, YihengError } from './errors.ts';

/**
 * yiheng.yaml: one optional file, validated at start. Secrets never live here —
 * only the *names* of environment variables that hold them (`api_key_env`).
 */

const envVarName = z
  .string()
  .regex(
    /^[A-Z_][A-Z0-9_]*$/,
    'must be the NAME of an environment variable (e.g. DEEPSEEK_API_KEY), not a secret',
  );

export const modelConfigSchema = z
  .object({
    id: z.string().regex(/^[a-zA-Z0-9][\w.:/-]*$/, 'use letters, digits and . _ : / -'),
    provider: z.enum(['openai-compatible', 'reference']),
    base_url: z.url().optional(),
    model: z.string().min(1).optional(),
    api_key_env: envVarName.optional(),
    version: z.string().optional(),
    base_model: z.string().optional(),
    developer: z.string().optional(),
    provider_org: z.string().optional(),
    deployer: z.string().optional(),
    intended_use: z.string().optional(),
    languages: z.array(z.string()).optional(),
    knowledge_cutoff: z.string().optional(),
    params: z.record(z.string(), z.unknown()).optional(),
    timeout_ms: z.number().int().positive().optional(),
    max_retries: z.number().int().min(0).max(10).optional(),
    concurrency: z.number().int().positive().optional(),
    /** USD per million tokens, for cost reports. */
    price: z.object({ input_per_mtok: z.number().min(0), output_per_mtok: z.number().min(0) }).optional(),
  })
  .strict()
  .superRefine((m, ctx) => {
    if (m.provider === 'openai-compatible' && !m.base_url) {
      ctx.addIssue({
        code: 'custom',
        path: ['base_url'],
        message: 'required for provider openai-compatible',
      });
    }
  });

/** API key roles: what each key may do in the gateway (and, later, in governance). */
export const apiRoles = ['clinician', 'patient-app', 'evaluator', 'reviewer', 'auditor', 'admin'] as const;
export type ApiRole = (typeof apiRoles)[number];

const gatewayModelName = z
  .string()
  .regex(/^[a-zA-Z0-9][\w.:/-]{0,127}$/, 'use letters, digits and . _ : / -');

/** A deployment: a public model name (and use case) served by upstream models in fallback order. */
export const deploymentConfigSchema = z
  .object({
    name: gatewayModelName,
    /** The model name clients send; defaults to the deployment name. */
    model: gatewayModelName.optional(),
    /** Requests choose it with the header x-yiheng-use-case; absent = any use case. */
    use_case: z
      .string()
      .regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'use lower-case letters, digits, _ and -')
      .optional(),
    upstreams: z
      .array(
        z
          .object({
            model: gatewayModelName,
            timeout_ms: z.number().int().positive().max(600_000).optional(),
          })
          .strict(),
      )
      .min(1, 'name at least one registered model'),
    policy: z.string().min(1).optional(),
  })
  .strict();
export type DeploymentConfig = z.infer<typeof deploymentConfigSchema>;

export const gatewayConfigSchema = z
  .object({
    port: z.number().int().min(1).max(65535).default(8787),
    host: z.string().default('127.0.0.1'),
    body_limit_bytes: z.number().int().positive().default(1_048_576),
    /** Guard policy when a deployment names none and no policy lists the request's use case. */
    default_policy: z.string().min(1).default('default'),
    /** Defaults for keys created without their own limits. */
    rate_limit: z
      .object({
        requests_per_minute: z.number().int().positive().default(600),
        requests_per_day: z.number().int().positive().nullable().default(null),
      })
      .strict()
      .prefault({}),
    upstream_timeout_ms: z.number().int().positive().max(600_000).default(30_000),
    circuit_breaker: z
      .object({
        failure_threshold: z.number().int().positive().default(5),
        cooldown_ms: z.number().int().positive().default(30_000),
      })
      .strict()
      .prefault({}),
    /** How long a replica trusts its copy of deployments and their status (suspensions apply within this). */
    status_ttl_ms: z.number().int().min(0).max(1000).default(500),
    /**
     * Worker threads that run the guard's detectors, so that detection (seconds for a multi-megabyte
     * input) never holds up the event loop that serves every other request. 0 runs them in-process.
     */
    guard_threads: z.number().int().min(0).max(16).default(1),
    /**
     * Only texts at least this long go to those threads: a typical message is scanned faster than it
     * can be handed over (bench:gateway measures both). 0 sends every text to a thread, for the
     * highest throughput on many cores.
     */
    guard_thread_min_chars: z.number().int().min(0).default(16_384),
    /**
     * While the event loop has been busy at least this share of the last 100 ms, shorter texts go to
     * the threads too: under load, requests would otherwise queue behind each other's detection on the
     * one thread that serves them all. 1 keeps them on the event loop always.
     */
    guard_thread_when_busy: z.number().min(0).max(1).default(0.5),
    deployments: z.array(deploymentConfigSchema).default([]),
  })
  .strict()
  .prefault({});

/**
 * Governance (docs/governance.md). The use-case rules themselves are data
 * (data/governance/use-cases.yaml); this section points at a replacement file or overrides single
 * use cases, and carries the facts needed for cost and energy figures. Overrides are validated by
 * governance against the catalogue schema, with the full key path in any error.
 */
export const governanceConfigSchema = z
  .object({
    /** A catalogue that replaces the bundled one (same schema). */
    use_cases_file: z.string().min(1).optional(),
    /** Per use-case overrides merged over the catalogue, e.g. stricter thresholds for one hospital. */
    use_cases: z.record(z.string(), z.record(z.string(), z.unknown())).default({}),
    /** Incident thresholds replacing data/governance/incident-rules.yaml. */
    incident_rules_file: z.string().min(1).optional(),
    /** Drift rules replacing data/governance/monitoring.yaml. */
    monitoring_file: z.string().min(1).optional(),
    /** Risk tiers whose deployments are held until `yiheng deploy enable` passes the gate. */
    gated_tiers: z.array(z.enum(['minimal', 'limited', 'high'])).default(['high']),
    /** Energy per 1,000 tokens (Wh) by model id; without it the label says "unknown". */
    energy_wh_per_1k_tokens: z.record(z.string(), z.number().min(0)).default({}),
    /** Days of gateway traffic that cost and energy per 1,000 requests are computed from. */
    usage_window_days: z.number().int().min(1).max(365).default(30),
  })
  .strict()
  .prefault({});

export const configSchema = z
  .object({
    home: z.string().optional(),
    database_url_env: envVarName.optional(),
    redis_url_env: envVarName.optional(),
    models: z.array(modelConfigSchema).default([]),
    gateway: gatewayConfigSchema,
    log_level: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    governance: governanceConfigSchema,
    /** Knowledge-base retrieval: optional dense embeddings fused with BM25 (off unless configured). */
    knowledge: z
      .object({
        embeddings: z
          .object({
            enabled: z.boolean().default(true),
            /** An OpenAI-compatible server with POST /embeddings, e.g. http://127.0.0.1:8000/v1 */
            base_url: z.url(),
            model: z.string().min(1),
            api_key_env: envVarName.optional(),
            batch_size: z.number().int().min(1).max(2048).default(64),
          })
          .strict()
          .optional(),
        /** k in reciprocal-rank fusion: higher flattens the difference between ranks. */
        rrf_k: z.number().int().positive().default(60),
      })
      .strict()
      .default({ rrf_k: 60 }),
  })
  .strict();

export type ModelConfig = z.infer<typeof modelConfigSchema>;
export type FileConfig = z.infer<typeof configSchema>;

export interface Config extends FileConfig {
  /** Absolute path of the data folder (embedded database, caches, vault). */
  home: string;
  /** PostgreSQL URL when set; otherwise the embedded PGlite database under `home`. */
  databaseUrl: string | undefined;
  redisUrl: string | undefined;
  /** The file the config came from, if any. */
  source: string | undefined;
}

export interface LoadConfigOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Explicit path (CLI --config); otherwise YIHENG_CONFIG or ./yiheng.yaml if present. */
  file?: string;
}

export function loadConfig(options: LoadConfigOptions = {}): Config {
  const cwd = options.cwd ?? process.cwd();
  const env = options.env ?? process.env;
  const explicit = options.file ?? env.YIHENG_CONFIG;
  const file = explicit ? path.resolve(cwd, explicit) : path.join(cwd, 'yiheng.yaml');

  let raw: unknown = {};
  let source: string | undefined;
  if (existsSync(file)) {
    source = file;
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (cause) {
      throw new YihengError(`cannot read config ${file}`, { hint: 'check the file permissions', cause });
    }
    try {
      raw = parseYaml(text) ?? {};
    } catch (cause) {
      const where =
        cause instanceof YAMLParseError && cause.linePos ? ` at line ${cause.linePos[0].line}` : '';
      throw new YihengError(`${file} is not valid YAML${where}`, {
        hint: 'fix the YAML syntax (indentation, colons, quotes) and try again',
        code: 'config_invalid',
        cause,
      });
    }
  } else if (explicit) {
    throw new YihengError(`config file ${file} does not exist`, {
      hint: 'create it or unset YIHENG_CONFIG / --config',
      code: 'config_missing',
    });
  }

  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    throw new YihengError(`invalid config ${source ?? ''}: ${describeZodIssues(parsed.error)}`.trim(), {
      hint: 'correct the key named above (see README, "Configuration")',
      code: 'config_invalid',
    });
  }
  const fileConfig = parsed.data;

  const home = path.resolve(cwd, env.YIHENG_HOME ?? fileConfig.home ?? '.yiheng');
  const databaseUrl = nonEmpty(env[fileConfig.database_url_env ?? 'YIHENG_DATABASE_URL']);
  const redisUrl = nonEmpty(env[fileConfig.redis_url_env ?? 'YIHENG_REDIS_URL']);
  const port = env.YIHENG_PORT ? Number(env.YIHENG_PORT) : fileConfig.gateway.port;
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new YihengError(`YIHENG_PORT=${env.YIHENG_PORT} is not a port number`, {
      hint: 'use an integer between 1 and 65535',
      code: 'config_invalid',
    });
  }
  const logLevel = env.YIHENG_LOG_LEVEL
    ? configSchema.shape.log_level.parse(env.YIHENG_LOG_LEVEL)
    : fileConfig.log_level;

  return {
    ...fileConfig,
    gateway: { ...fileConfig.gateway, port },
    log_level: logLevel,
    home,
    databaseUrl,
    redisUrl,
    source,
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value && value.trim() !== '' ? value.trim() : undefined;
}
