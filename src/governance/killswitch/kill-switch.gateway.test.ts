import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../foundation/db/database.ts';
import { openTestStore, testBackends } from '../../foundation/db/test-stores.ts';
import { ScriptedGuardProvider } from '../../gateway/testing/scripted-guard.ts';
import { startTestGateway, type TestGateway, testConfig } from '../../gateway/testing/test-gateway.ts';
import { type FakeModelServer, startFakeModel } from '../../models/testing/fake-model-server.ts';
import type { Actor } from '../access/actor.ts';
import { AuditTrail } from '../audit/audit-trail.ts';
import { Governance } from '../governance.ts';
import { governanceRoutes } from '../http/routes.ts';
import { admin, auditor } from '../testing/fixture.ts';

// The kill switch end to end: governance writes, two gateway replicas sharing the database refuse.
// Governance does not import the gateway; this test composes them the way `yiheng serve` does.
describe.each(testBackends)('kill switch against two gateway replicas on %s', (kind) => {
  let upstream: FakeModelServer;
  let storeA: Store;
  let storeB: Store;
  let a: TestGateway;
  let b: TestGateway;
  let governance: Governance;
  let secret: string;

  beforeAll(async () => {
    upstream = await startFakeModel({ reply: 'ok' });
    storeA = await openTestStore(kind);
    storeB =
      kind === 'postgres'
        ? await openStore({
            databaseUrl: process.env.YIHENG_TEST_DATABASE_URL!,
            schema: storeA.schema!,
            poolSize: 4,
          })
        : storeA;
    const config = testConfig({
      // This test is about gates: hold high-risk deployments as a real deployment does.
      governance: { gated_tiers: ['high'] },
      models: [
        { id: 'fake', provider: 'openai-compatible', base_url: upstream.url, model: 'fake', max_retries: 0 },
        {
          id: 'fake-2',
          provider: 'openai-compatible',
          base_url: upstream.url,
          model: 'fake',
          max_retries: 0,
        },
      ],
      gateway: {
        status_ttl_ms: 500,
        deployments: [
          { name: 'ward-docs', upstreams: [{ model: 'fake' }] },
          { name: 'triage-bot', use_case: 'triage', upstreams: [{ model: 'fake-2' }] },
        ],
      },
    });
    const guards = new ScriptedGuardProvider({ default: {} });
    a = await startTestGateway({ kind, config, guards, store: storeA });
    b = await startTestGateway({ kind, config, guards, store: storeB });
    secret = await a.key('clinician');
    governance = new Governance({ db: storeA.db, config, audit: new AuditTrail(storeA.db) });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    if (storeB !== storeA) await storeB?.close();
    await storeA?.close();
    await upstream?.close();
  });

  const chat = async (gateway: TestGateway, model: string) => {
    const response = await fetch(`${gateway.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      body: JSON.stringify({ model, messages: [{ role: 'user', content: 'hello' }] }),
    });
    return {
      status: response.status,
      body: (await response.json()) as { error?: { code: string; message: string } },
    };
  };

  /** Milliseconds from now until every replica answers `status`. */
  async function untilAll(model: string, status: number): Promise<number> {
    const started = performance.now();
    for (const gateway of [a, b]) {
      for (;;) {
        if ((await chat(gateway, model)).status === status) break;
        if (performance.now() - started > 3000) throw new Error(`still not ${status} after 3 s`);
        await new Promise((r) => setTimeout(r, 20));
      }
    }
    return performance.now() - started;
  }

  it('suspends a deployment on every replica within 1 s with a clear 503, and resumes only explicitly', async () => {
    expect((await chat(b, 'ward-docs')).status).toBe(200);
    await governance.suspend(auditor, { name: 'ward-docs' }, { reason: 'dangerous dose outputs' });
    expect(await untilAll('ward-docs', 503)).toBeLessThan(1000);
    const refused = await chat(b, 'ward-docs');
    expect(refused.body.error).toMatchObject({ code: 'deployment_suspended' });
    expect(refused.body.error!.message).toContain('dangerous dose outputs');
    // Still refused a while later: nothing resumes by itself.
    await new Promise((r) => setTimeout(r, 600));
    expect((await chat(a, 'ward-docs')).status).toBe(503);
    await expect(governance.resume(auditor, { name: 'ward-docs' })).rejects.toMatchObject({
      code: 'forbidden',
    });
    await governance.resume(admin, { name: 'ward-docs' });
    expect(await untilAll('ward-docs', 200)).toBeLessThan(1000);

    const trail = await storeA.db
      .selectFrom('audit_records')
      .select(['kind', 'actor_key_id', 'deployment', 'decision'])
      .where('kind', 'in', ['governance.suspend', 'governance.resume'])
      .orderBy('seq')
      .execute();
    expect(trail).toEqual([
      {
        kind: 'governance.suspend',
        actor_key_id: auditor.id,
        deployment: 'ward-docs',
        decision: 'suspended',
      },
      { kind: 'governance.resume', actor_key_id: admin.id, deployment: 'ward-docs', decision: 'active' },
    ]);
  });

  it('withdraws a model from every deployment that routes to it', async () => {
    await governance.suspend(admin, { kind: 'model', name: 'fake' }, { reason: 'vendor recall' });
    expect(await untilAll('ward-docs', 503)).toBeLessThan(1000);
    expect((await chat(a, 'ward-docs')).body.error?.code).toBe('model_suspended');
    await governance.resume(admin, { kind: 'model', name: 'fake' });
    expect(await untilAll('ward-docs', 200)).toBeLessThan(1000);
  });

  it('keeps a high-risk deployment out of service until its gate passes, even after a kill-switch resume', async () => {
    // The gateway's governance monitor holds an ungated high-risk deployment from its first start.
    await governance.applyGateHolds();
    expect(await untilAll('triage-bot', 503)).toBeLessThan(1000);
    expect((await chat(b, 'triage-bot')).body.error?.message).toContain('awaiting deployment gate');
    await governance.suspend(admin, { name: 'triage-bot' }, { reason: 'drill' });
    expect((await governance.resume(admin, { name: 'triage-bot' })).state).toBe('held');
    await new Promise((r) => setTimeout(r, 600));
    expect((await chat(a, 'triage-bot')).status).toBe(503);
    expect((await governance.enable(admin, 'triage-bot')).enabled).toBe(false);
  });

  it('does the same through the governance API with the caller’s role checked', async () => {
    const app = new Hono<{ Variables: { actor: Actor } }>();
    app.use('*', async (c, next) => {
      c.set('actor', {
        id: `key_${c.req.header('x-test-role')}`,
        role: c.req.header('x-test-role') as Actor['role'],
      });
      await next();
    });
    app.route(
      '/api/governance',
      governanceRoutes<{ Variables: { actor: Actor } }>({ governance, actorOf: (c) => c.get('actor') }),
    );
    const post = (role: string, path: string, body: unknown) =>
      app.request(`/api/governance${path}`, {
        method: 'POST',
        headers: { 'x-test-role': role, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const denied = await post('clinician', '/deployments/ward-docs/suspend', { reason: 'I do not like it' });
    expect(denied.status).toBe(403);
    expect((await chat(a, 'ward-docs')).status).toBe(200);
    const missing = await post('auditor', '/deployments/ward-docs/suspend', {});
    expect(missing.status).toBe(400);
    expect((await missing.json()).error.fields).toEqual([expect.objectContaining({ field: 'reason' })]);
    expect((await post('auditor', '/deployments/ward-docs/suspend', { reason: 'API drill' })).status).toBe(
      200,
    );
    expect(await untilAll('ward-docs', 503)).toBeLessThan(1000);
    expect((await post('admin', '/resume', { deployment: 'ward-docs' })).status).toBe(200);
    expect(await untilAll('ward-docs', 200)).toBeLessThan(1000);
    expect((await post('admin', '/suspend', { model: 'nope', reason: 'typo' })).status).toBe(404);
  });
});
