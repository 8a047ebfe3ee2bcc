import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import OpenAI from 'openai';
import { type Config, configSchema } from '../../foundation/config.ts';
import type { Store } from '../../foundation/db/database.ts';
import { openTestStore } from '../../foundation/db/test-stores.ts';
import type { ApiRole } from '../auth/roles.ts';
import { createGateway, type Gateway, type GatewayOptions } from '../gateway.ts';
import type { GuardProvider } from '../guard/guard-stage.ts';
import { createLogger } from '../observability/logger.ts';
import { listen, type RunningServer } from '../server.ts';

export interface TestGateway {
  gateway: Gateway;
  server: RunningServer;
  store: Store;
  url: string;
  /** Everything the gateway logged, one JSON line each. */
  logs: string[];
  /** A fresh key's secret for a role. */
  key(role: ApiRole, limits?: { requestsPerMinute?: number; requestsPerDay?: number }): Promise<string>;
  /** The official OpenAI client pointed at the gateway. */
  client(secret: string, options?: { headers?: Record<string, string> }): OpenAI;
  close(): Promise<void>;
}

/**
 * Gateway tests exercise routing and guarding, so high-risk deployments are not held for a
 * go-live gate here unless a test asks for it (`governance.gated_tiers`); the gates themselves are
 * tested in src/governance and the console end-to-end tests.
 */
export function testConfig(file: Record<string, unknown>, extra: Partial<Config> = {}): Config {
  return {
    ...configSchema.parse({ log_level: 'info', governance: { gated_tiers: [] }, ...file }),
    home: '/nonexistent-yiheng-home',
    databaseUrl: undefined,
    redisUrl: undefined,
    source: undefined,
    ...extra,
  };
}

/** A gateway on a random port over a throwaway store, logging into memory. */
export async function startTestGateway(options: {
  kind: 'pglite' | 'postgres';
  config: Config;
  guards: GuardProvider;
  store?: Store;
  extra?: Partial<GatewayOptions>;
}): Promise<TestGateway> {
  const ownStore = !options.store;
  const store = options.store ?? (await openTestStore(options.kind));
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      logs.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  const gateway = await createGateway({
    store,
    config: options.config,
    guards: options.guards,
    logger: createLogger('info', sink),
    redisPrefix: `yiheng-test-${randomBytes(4).toString('hex')}:`,
    ...options.extra,
  });
  const server = await listen(gateway, { port: 0, host: '127.0.0.1' });
  return {
    gateway,
    server,
    store,
    url: server.url,
    logs,
    key: async (role, limits = {}) => (await gateway.keys.create({ role, ...limits })).secret,
    client: (secret, clientOptions = {}) =>
      new OpenAI({
        apiKey: secret,
        baseURL: `${server.url}/v1`,
        maxRetries: 0,
        timeout: 20_000,
        ...(clientOptions.headers ? { defaultHeaders: clientOptions.headers } : {}),
      }),
    close: async () => {
      await server.close(100);
      await gateway.close();
      if (ownStore) await store.close();
    },
  };
}
