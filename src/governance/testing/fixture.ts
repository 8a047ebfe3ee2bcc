import { type Config, configSchema } from '../../foundation/config.ts';
import type { Store } from '../../foundation/db/database.ts';
import { openTestStore } from '../../foundation/db/test-stores.ts';
import type { Actor } from '../access/actor.ts';
import { AuditTrail } from '../audit/audit-trail.ts';
import { Governance } from '../governance.ts';

/** A config as loadConfig would return it, from a yiheng.yaml-shaped object. */
export function governanceTestConfig(file: Record<string, unknown> = {}): Config {
  return {
    ...configSchema.parse({ log_level: 'silent', ...file }),
    home: '/nonexistent-yiheng-home',
    databaseUrl: undefined,
    redisUrl: undefined,
    source: undefined,
  };
}

export const admin: Actor = { id: 'cli:admin-1', role: 'admin' };
export const auditor: Actor = { id: 'key_auditor', role: 'auditor' };
export const secondAdmin: Actor = { id: 'cli:admin-2', role: 'admin' };

export interface GovernanceFixture {
  store: Store;
  config: Config;
  governance: Governance;
  audit: AuditTrail;
  close(): Promise<void>;
}

export async function openGovernance(
  kind: 'pglite' | 'postgres',
  file: Record<string, unknown> = {},
  store?: Store,
): Promise<GovernanceFixture> {
  const own = !store;
  const s = store ?? (await openTestStore(kind));
  const config = governanceTestConfig(file);
  const audit = new AuditTrail(s.db);
  const governance = new Governance({ db: s.db, config, audit });
  return {
    store: s,
    config,
    governance,
    audit,
    close: async () => {
      await audit.flush();
      if (own) await s.close();
    },
  };
}
