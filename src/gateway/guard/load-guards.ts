import type { Config } from '../../foundation/config.ts';
import type { Store } from '../../foundation/db/database.ts';
import { loadBundledPolicies, loadPolicy } from '../../guard/policy/load.ts';
import { FindingsPool } from '../../guard/threads/findings-pool.ts';
import { PolicyGuardProvider } from './policy-guard-provider.ts';
import { DbVaultStore } from './vault-store.ts';

/**
 * The guard for `yiheng serve`: the bundled policies (data/policies/*.yaml), plus any policy a
 * deployment names by path, with the vault persisted in the gateway's database and the detectors on
 * `gateway.guard_threads` worker threads.
 */
export async function loadGuards(options: {
  store: Store;
  config: Config;
  env?: NodeJS.ProcessEnv;
  /** Detector threads; `gateway.guard_threads` when omitted (a one-off command passes 0). */
  threads?: number;
}): Promise<PolicyGuardProvider> {
  const policies = loadBundledPolicies();
  const named = new Set(policies.map((p) => p.name));
  const aliases: Record<string, string> = {};
  for (const deployment of options.config.gateway.deployments) {
    if (deployment.policy && !named.has(deployment.policy)) {
      const policy = loadPolicy(deployment.policy);
      aliases[deployment.policy] = policy.name;
      if (!named.has(policy.name)) policies.push(policy);
      named.add(policy.name);
    }
  }
  const threads = options.threads ?? options.config.gateway.guard_threads;
  const pool =
    threads > 0
      ? await FindingsPool.create({
          threads,
          policies,
          knowledge: true,
          minChars: options.config.gateway.guard_thread_min_chars,
          busyAbove: options.config.gateway.guard_thread_when_busy,
        })
      : undefined;
  return new PolicyGuardProvider({
    policies,
    ...(pool ? { pool } : {}),
    defaultPolicy: options.config.gateway.default_policy,
    aliases,
    vaultStore: new DbVaultStore(options.store.db),
    ...(options.env ? { env: options.env } : {}),
  });
}
