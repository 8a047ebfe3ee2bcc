import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../foundation/db/database.ts';
import { openTestStore, testBackends } from '../foundation/db/test-stores.ts';
import { verifyAuditTrail } from '../governance/audit/verify.ts';
import { type FakeModelServer, startFakeModel } from '../models/testing/fake-model-server.ts';
import { ScriptedGuardProvider } from './testing/scripted-guard.ts';
import { startTestGateway, type TestGateway, testConfig } from './testing/test-gateway.ts';

const redisUrl = process.env.YIHENG_TEST_REDIS_URL;

/** Two gateway replicas sharing one database (and Redis when available), as in a real deployment. */
describe.each(testBackends)('two replicas sharing %s', (kind) => {
  let upstream: FakeModelServer;
  let storeA: Store;
  let storeB: Store;
  let a: TestGateway;
  let b: TestGateway;
  let secret: string;
  const hello = [{ role: 'user', content: 'hello' }];

  beforeAll(async () => {
    upstream = await startFakeModel();
    storeA = await openTestStore(kind);
    storeB =
      kind === 'postgres'
        ? await openStore({
            databaseUrl: process.env.YIHENG_TEST_DATABASE_URL!,
            schema: storeA.schema!,
            poolSize: 4,
          })
        : storeA;
    const prefix = `yiheng-test-${randomBytes(4).toString('hex')}:`;
    const config = testConfig(
      {
        models: [{ id: 'fake', provider: 'openai-compatible', base_url: upstream.url, model: 'fake' }],
        gateway: {
          deployments: [
            { name: 'with-fallback', upstreams: [{ model: 'fake' }, { model: 'yiheng-reference' }] },
          ],
        },
      },
      { redisUrl },
    );
    const guards = new ScriptedGuardProvider({ default: {} });
    a = await startTestGateway({ kind, config, guards, store: storeA, extra: { redisPrefix: prefix } });
    b = await startTestGateway({ kind, config, guards, store: storeB, extra: { redisPrefix: prefix } });
    secret = await a.key('clinician');
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    if (storeB !== storeA) await storeB?.close();
    await storeA?.close();
    await upstream?.close();
  });

  const chat = (gateway: TestGateway, model: string, key = secret) =>
    fetch(`${gateway.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ model, messages: hello }),
    });

  async function msUntil(gateway: TestGateway, model: string, status: number): Promise<number> {
    const started = performance.now();
    for (;;) {
      const response = await chat(gateway, model);
      await response.arrayBuffer();
      if (response.status === status) return performance.now() - started;
      if (performance.now() - started > 3000) throw new Error(`still ${response.status} after 3 s`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  it('a suspension written through one replica stops the other within 1 s, with a clear 503; resuming is explicit', async () => {
    expect((await chat(b, 'fake')).status).toBe(200);
    await a.gateway.deployments.setStatus({
      kind: 'deployment',
      name: 'fake',
      status: 'suspended',
      reason: 'incident 42',
      changedBy: 'test',
    });
    const took = await msUntil(b, 'fake', 503);
    expect(took).toBeLessThan(1000);
    const body = await (await chat(b, 'fake')).json();
    expect(body.error).toMatchObject({ code: 'deployment_suspended', type: 'unavailable_error' });
    expect(body.error.message).toContain('incident 42');
    expect(body.error.message).toContain('暂停');
    await a.gateway.deployments.setStatus({
      kind: 'deployment',
      name: 'fake',
      status: 'active',
      changedBy: 'test',
    });
    expect(await msUntil(b, 'fake', 200)).toBeLessThan(1000);
  });

  it('a suspended model is skipped in every fallback chain and refused where it is the only upstream', async () => {
    await a.gateway.deployments.setStatus({
      kind: 'model',
      name: 'fake',
      status: 'suspended',
      changedBy: 'test',
    });
    await msUntil(b, 'fake', 503);
    const response = await chat(b, 'with-fallback');
    expect(response.status).toBe(200);
    expect((await response.json()).yiheng.model.id).toBe('yiheng-reference');
    await a.gateway.deployments.setStatus({
      kind: 'model',
      name: 'fake',
      status: 'active',
      changedBy: 'test',
    });
    await msUntil(b, 'fake', 200);
  });

  it('both replicas extend one verifiable audit chain', async () => {
    const responses = await Promise.all(Array.from({ length: 40 }, (_, i) => chat(i % 2 ? a : b, 'fake')));
    expect(responses.every((r) => r.status === 200)).toBe(true);
    expect(await verifyAuditTrail(storeA.db)).toMatchObject({ ok: true });
  });

  it.skipIf(!redisUrl)('share one rate limit through Redis', async () => {
    const limited = await a.key('clinician', { requestsPerMinute: 3 });
    const intoMinute = Date.now() % 60_000;
    if (intoMinute > 58_000) await new Promise((r) => setTimeout(r, 60_100 - intoMinute));
    const statuses = [];
    for (const gateway of [a, b, a, b]) statuses.push((await chat(gateway, 'fake', limited)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
  });
});
