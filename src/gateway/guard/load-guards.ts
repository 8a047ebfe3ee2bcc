import type { Config } from '../../foundation/config.ts';
import type { Store } from '../../foundation/db/database.ts';
import { loadBundledPolicies, loadPolicy } from '../../guard/policy/load.ts';
import { PolicyGuardProvider } from './policy-guard-provider.ts';
import { DbVaultStore } from './vault-store.ts';

/**
 * The guard for `yiheng serve`: the bundled policies (data/policies/*.yaml), plus any policy a
 * deployment names by path, with the vault persisted in the gateway's database.
 */
export async function loadGuards(options: {
  store: Store;
  config: Config;
  env?: NodeJS.ProcessEnv;
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
  return new PolicyGuardProvider({
    policies,
    defaultPolicy: options.config.gateway.default_policy,
    aliases,
    vaultStore: new DbVaultStore(options.store.db),
    ...(options.env ? { env: options.env } : {}),
  });
}
