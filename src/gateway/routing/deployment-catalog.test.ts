import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../foundation/db/database.ts';
import { openTestStore } from '../../foundation/db/test-stores.ts';
import { ModelRegistry } from '../../models/registry.ts';
import { testConfig } from '../testing/test-gateway.ts';
import { DeploymentCatalog } from './deployment-catalog.ts';
import { DeploymentStore } from './deployment-store.ts';

describe('DeploymentCatalog', () => {
  let store: Store;
  let now = 0;
  let catalog: DeploymentCatalog;
  let deployments: DeploymentStore;

  beforeAll(async () => {
    store = await openTestStore('pglite');
    const config = testConfig({
      models: [{ id: 'm1', provider: 'openai-compatible', base_url: 'http://127.0.0.1:1/v1', model: 'x' }],
      gateway: {
        deployments: [
          {
            name: 'triage',
            upstreams: [{ model: 'm1' }, { model: 'yiheng-reference', timeout_ms: 500 }],
            use_case: 'triage',
            policy: 'patient-triage',
          },
          { name: 'triage-notes', model: 'triage', upstreams: [{ model: 'm1' }], use_case: 'documentation' },
          { name: 'ghost', upstreams: [{ model: 'not-registered' }] },
        ],
      },
    });
    deployments = new DeploymentStore(store.db);
    catalog = new DeploymentCatalog({
      store: deployments,
      registry: new ModelRegistry(store.db, config.models),
      gateway: config.gateway,
      ttlMs: 500,
      now: () => now,
    });
  });
  afterAll(async () => {
    await store.close();
  });

  it('serves every registered model under its id with no fixed policy, and deployments by name and use case', async () => {
    const implicit = await catalog.resolve('m1', undefined);
    expect(implicit).toMatchObject({
      useCase: 'general',
      deployment: { name: 'm1', policy: null, origin: 'implicit' },
    });
    expect((await catalog.resolve('yiheng-reference', 'education')).useCase).toBe('education');
    const triage = await catalog.resolve('triage', 'triage');
    expect(triage.deployment).toMatchObject({
      name: 'triage',
      policy: 'patient-triage',
      upstreams: [
        { modelId: 'm1', timeoutMs: 30_000 },
        { modelId: 'yiheng-reference', timeoutMs: 500 },
      ],
    });
    expect((await catalog.resolve('triage', 'documentation')).deployment.name).toBe('triage-notes');
  });

  it('explains what is wrong: unknown model, missing or wrong use case, unregistered upstream', async () => {
    await expect(catalog.resolve('gpt-5', undefined)).rejects.toMatchObject({
      status: 404,
      code: 'model_not_found',
    });
    await expect(catalog.resolve('triage', undefined)).rejects.toMatchObject({
      status: 400,
      code: 'use_case_required',
    });
    await expect(catalog.resolve('triage', 'billing')).rejects.toThrow(/not deployed for use case "billing"/);
    await expect(catalog.resolve('ghost', undefined)).rejects.toMatchObject({
      status: 500,
      code: 'deployment_misconfigured',
    });
  });

  it('sees a suspension once its copy is older than the TTL, and a database deployment likewise', async () => {
    await deployments.setStatus({ kind: 'deployment', name: 'm1', status: 'suspended', reason: 'drill' });
    await deployments.put({ name: 'db-one', upstreams: [{ model: 'm1' }] });
    await expect(catalog.resolve('m1', undefined)).resolves.toBeDefined(); // still the cached copy
    now += 500;
    await expect(catalog.resolve('m1', undefined)).rejects.toMatchObject({
      status: 503,
      code: 'deployment_suspended',
    });
    expect((await catalog.resolve('db-one', undefined)).deployment.origin).toBe('database');
    await expect(
      deployments.put({ name: 'dup', model: 'db-one', upstreams: [{ model: 'm1' }] }),
    ).rejects.toThrow(/already serves/);
    await expect(deployments.put({ name: 'bad', upstreams: [] })).rejects.toThrow(
      /at least one registered model/,
    );
  });
});
