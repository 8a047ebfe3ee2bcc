import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeModelServer, startFakeModel } from '../models/testing/fake-model-server.ts';
import { ScriptedGuardProvider } from './testing/scripted-guard.ts';
import { startTestGateway, type TestGateway, testConfig } from './testing/test-gateway.ts';

/** Bad requests and failing upstreams: the right status and an OpenAI-style error, never a crash or a hang. */
describe('bad input and failing upstreams', () => {
  let upstream: FakeModelServer;
  let slow: Server;
  let t: TestGateway;
  let secret: string;

  beforeAll(async () => {
    upstream = await startFakeModel();
    // An upstream that streams one chunk every 50 ms for 3 s: long enough to hang up in the middle.
    slow = createServer((req, res) => {
      req.resume();
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      let n = 0;
      const timer = setInterval(() => {
        const chunk = {
          id: 'x',
          object: 'chat.completion.chunk',
          created: 0,
          model: 'slow',
          choices: [{ index: 0, delta: { content: `part ${n}. ` }, finish_reason: null }],
        };
        res.write(`data: ${JSON.stringify(chunk)}\n\n`);
        if (++n === 60) {
          clearInterval(timer);
          res.end('data: [DONE]\n\n');
        }
      }, 50);
      res.on('close', () => clearInterval(timer));
    });
    await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve));
    const slowUrl = `http://127.0.0.1:${(slow.address() as AddressInfo).port}/v1`;
    const model = (id: string, name: string) => ({
      id,
      provider: 'openai-compatible',
      base_url: upstream.url,
      model: name,
    });
    const config = testConfig({
      models: [
        model('fake', 'fake'),
        model('fake-500', 'fail-500'),
        model('fake-hang', 'hang'),
        // Its own circuit breaker: the hang-up test must reach a hanging upstream, not an open circuit.
        model('fake-hang-2', 'hang'),
        model('fake-404', 'unknown-model'),
        model('flaky-a', 'fail-500'),
        { id: 'slow', provider: 'openai-compatible', base_url: slowUrl, model: 'slow' },
        {
          id: 'no-key',
          provider: 'openai-compatible',
          base_url: upstream.url,
          model: 'fake',
          api_key_env: 'YIHENG_TEST_UNSET_KEY',
        },
      ],
      gateway: {
        body_limit_bytes: 20_000,
        circuit_breaker: { failure_threshold: 2, cooldown_ms: 60_000 },
        deployments: [
          { name: 'resilient', upstreams: [{ model: 'fake-500' }, { model: 'fake-404' }, { model: 'fake' }] },
          { name: 'broken', upstreams: [{ model: 'fake-500' }] },
          { name: 'stuck', upstreams: [{ model: 'fake-hang', timeout_ms: 300 }] },
          { name: 'stuck-alone', upstreams: [{ model: 'fake-hang-2', timeout_ms: 5000 }] },
          { name: 'stuck-then-ok', upstreams: [{ model: 'fake-hang', timeout_ms: 300 }, { model: 'fake' }] },
          { name: 'unconfigured-then-ok', upstreams: [{ model: 'no-key' }, { model: 'fake' }] },
          { name: 'flaky', upstreams: [{ model: 'flaky-a' }] },
        ],
      },
    });
    t = await startTestGateway({
      kind: 'pglite',
      config,
      guards: new ScriptedGuardProvider({ default: {} }),
    });
    secret = await t.key('clinician');
  });
  afterAll(async () => {
    await t?.close();
    await upstream?.close();
    slow?.closeAllConnections();
    slow?.close();
  });

  const post = (body: string | object, headers: Record<string, string> = {}) =>
    fetch(`${t.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const expectError = async (response: Response, status: number, code?: string, param?: string) => {
    expect(response.status).toBe(status);
    const body = await response.json();
    expect(body.error).toMatchObject({ message: expect.any(String), type: expect.any(String) });
    expect(body.error.message.length).toBeGreaterThan(10);
    if (code) expect(body.error.code).toBe(code);
    if (param) expect(body.error.param).toBe(param);
    return body.error as { message: string; type: string; code: string };
  };
  const hello = [{ role: 'user', content: 'hello' }];

  it('401 without a key, with a malformed header, and with a wrong or revoked key', async () => {
    const noKey = await fetch(`${t.url}/v1/chat/completions`, { method: 'POST', body: '{}' });
    const error = await expectError(noKey, 401, 'missing_api_key');
    expect(error.message).toMatch(/Authorization: Bearer/);
    expect(noKey.headers.get('www-authenticate')).toBe('Bearer');
    await expectError(
      await post({ model: 'fake', messages: hello }, { authorization: 'Basic abc' }),
      401,
      'missing_api_key',
    );
    await expectError(
      await post({ model: 'fake', messages: hello }, { authorization: 'Bearer yh-not-a-real-key' }),
      401,
      'invalid_api_key',
    );
    const { key, secret: revoked } = await t.gateway.keys.create({ role: 'clinician' });
    await t.gateway.keys.revoke(key.id);
    await expectError(
      await post({ model: 'fake', messages: hello }, { authorization: `Bearer ${revoked}` }),
      401,
      'invalid_api_key',
    );
    // The official client sees a typed error too.
    await expect(t.client('yh-wrong').models.list()).rejects.toBeInstanceOf(OpenAI.AuthenticationError);
    await expectError(await fetch(`${t.url}/api/review`), 401);
  });

  it('403 for a role that may not chat', async () => {
    const auditor = await t.key('auditor');
    await expectError(
      await post({ model: 'fake', messages: hello }, { authorization: `Bearer ${auditor}` }),
      403,
      'role_not_allowed',
    );
  });

  it('400 for invalid JSON, wrong types, unknown parameters and unsupported content', async () => {
    await expectError(await post('{"model": "fake", "messages": ['), 400, 'invalid_json');
    await expectError(await post({ model: 'fake', messages: 'hello' }), 400, 'invalid_request', 'messages');
    await expectError(
      await post({ model: 'fake', messages: hello, temperature: 'hot' }),
      400,
      'invalid_request',
      'temperature',
    );
    await expectError(await post({ model: 'fake', messages: [] }), 400, 'invalid_request', 'messages');
    await expectError(
      await post({ model: 'fake', messages: [{ role: 'wizard', content: 'x' }] }),
      400,
      'invalid_request',
    );
    const unknown = await expectError(await post({ model: 'fake', messages: hello, frobnicate: true }), 400);
    expect(unknown.message).toContain('frobnicate');
    await expectError(await post({ model: 'fake', messages: hello, n: 3 }), 400, 'invalid_request', 'n');
    await expectError(
      await post({
        model: 'fake',
        messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: 'x' } }] }],
      }),
      400,
      'unsupported_content',
    );
    await expectError(
      await post({ model: 'fake', messages: hello }, { 'x-yiheng-use-case': 'Bad Case!' }),
      400,
      'invalid_header',
    );
    await expectError(await post('[]'), 400, 'invalid_request');
  });

  it('413 for a body over the limit', async () => {
    await expectError(
      await post({ model: 'fake', messages: [{ role: 'user', content: 'x'.repeat(25_000) }] }),
      413,
      'body_too_large',
    );
    // Chunked, with no Content-Length to judge by: the stream itself is cut off.
    const big = new TextEncoder().encode(
      JSON.stringify({ model: 'fake', messages: [{ role: 'user', content: 'y'.repeat(25_000) }] }),
    );
    const chunked = await fetch(`${t.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      body: new ReadableStream({
        start(controller) {
          for (let i = 0; i < big.length; i += 4096) controller.enqueue(big.subarray(i, i + 4096));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    await expectError(chunked, 413, 'body_too_large');
  });

  it('404 for an unknown model (naming the available ones) and an unknown route', async () => {
    const error = await expectError(
      await post({ model: 'gpt-99', messages: hello }),
      404,
      'model_not_found',
      'model',
    );
    expect(error.message).toContain('yiheng-reference');
    const auth = { authorization: `Bearer ${secret}` };
    await expectError(await fetch(`${t.url}/v1/whatever`, { headers: auth }), 404, 'unknown_route');
    await expectError(
      await fetch(`${t.url}/v2/whatever`, { method: 'POST', headers: auth }),
      404,
      'unknown_route',
    );
  });

  it('429 with Retry-After once a key exceeds its per-minute limit', async () => {
    const limited = await t.key('clinician', { requestsPerMinute: 2 });
    const statuses = [];
    for (let i = 0; i < 3; i++)
      statuses.push(
        (await post({ model: 'fake', messages: hello }, { authorization: `Bearer ${limited}` })).status,
      );
    // A minute boundary can fall between the requests and reset the window.
    if (statuses[2] === 200) return;
    expect(statuses).toEqual([200, 200, 429]);
    const response = await post({ model: 'fake', messages: hello }, { authorization: `Bearer ${limited}` });
    await expectError(response, 429, 'rate_limit_exceeded');
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('falls back past failing upstreams and says so', async () => {
    const response = await post({ model: 'resilient', messages: hello });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.yiheng.model.id).toBe('fake');
    expect(body.yiheng.fallback).toEqual([
      { model: 'fake-500', outcome: 'error' },
      { model: 'fake-404', outcome: 'error' },
      { model: 'fake', outcome: 'ok' },
    ]);
    const viaMissingKey = await post({ model: 'unconfigured-then-ok', messages: hello });
    expect(viaMissingKey.status).toBe(200);
  });

  it('502 when every upstream fails, naming each failure', async () => {
    const error = await expectError(await post({ model: 'broken', messages: hello }), 502, 'upstream_error');
    expect(error.message).toContain('fake-500: failed with 500');
    expect(error.message).not.toContain(upstream.url);
  });

  it('504 within the configured timeout when the upstream hangs, streaming or not; fallback when there is one', async () => {
    for (const stream of [false, true]) {
      const started = performance.now();
      const error = await expectError(
        await post({ model: 'stuck', messages: hello, stream }),
        504,
        'upstream_timeout',
      );
      expect(error.message).toContain('no answer within 300 ms');
      expect(performance.now() - started).toBeLessThan(2000);
    }
    const started = performance.now();
    const ok = await post({ model: 'stuck-then-ok', messages: hello });
    expect(ok.status).toBe(200);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('opens the circuit after repeated failures and answers 503 at once with Retry-After', async () => {
    await expectError(await post({ model: 'flaky', messages: hello }), 502);
    await expectError(await post({ model: 'flaky', messages: hello }), 502);
    const started = performance.now();
    const response = await post({ model: 'flaky', messages: hello });
    await expectError(response, 503, 'upstream_unavailable');
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('500 that names the policy when a deployment points at a missing one (fail closed)', async () => {
    // yiheng.yaml is checked at start; a deployment written to the database later is checked per request.
    await t.gateway.deployments.put({
      name: 'bad-policy',
      upstreams: [{ model: 'fake' }],
      policy: 'missing-policy',
    });
    t.gateway.catalog.invalidate();
    const error = await expectError(
      await post({ model: 'bad-policy', messages: hello }),
      500,
      'policy_unavailable',
    );
    expect(error.message).toContain('missing-policy');
  });

  it('refuses to start when yiheng.yaml names an unknown policy', async () => {
    const config = testConfig({
      gateway: { deployments: [{ name: 'x', upstreams: [{ model: 'yiheng-reference' }], policy: 'nope' }] },
    });
    await expect(
      startTestGateway({
        kind: 'pglite',
        config,
        guards: new ScriptedGuardProvider({ default: {} }),
        store: t.store,
      }),
    ).rejects.toThrow(/unknown guard policy "nope"/);
  });

  it('audits a client that hangs up while the upstream is stuck, and keeps serving', async () => {
    const controller = new AbortController();
    const request = fetch(`${t.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'stuck-alone', messages: hello }),
      signal: controller.signal,
    }).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 100));
    controller.abort();
    await request;
    await new Promise((r) => setTimeout(r, 100));
    await t.gateway.audit.flush();
    const abandoned = await t.store.db
      .selectFrom('audit_records')
      .select('body')
      .where('kind', '=', 'chat.abandoned')
      .execute();
    expect(abandoned).toHaveLength(1);
    expect(JSON.parse(abandoned[0]!.body).data).toMatchObject({ status: 499, code: 'client_closed' });
    expect((await post({ model: 'fake', messages: hello })).status).toBe(200);
  });

  it('keeps going when a client hangs up mid-stream, and records that it did', async () => {
    const response = await post({ model: 'slow', messages: hello, stream: true });
    const reader = response.body!.getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    expect(first).toContain('chat.completion.chunk');
    await reader.cancel();
    let end: { body: string } | undefined;
    for (let i = 0; i < 40 && !end; i++) {
      await new Promise((r) => setTimeout(r, 50));
      end = await t.store.db
        .selectFrom('audit_records')
        .select('body')
        .where('kind', '=', 'chat.stream.end')
        .where('deployment', '=', 'slow')
        .executeTakeFirst();
    }
    expect(JSON.parse(end!.body).data).toMatchObject({ client_closed: true, stream: true });
    expect((await post({ model: 'fake', messages: hello })).status).toBe(200);
  });

  it('never crashes on random bodies (property-based)', async () => {
    const valid = { model: 'fake', messages: hello };
    const body = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.json({ maxDepth: 3 }),
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
      // Valid requests with one field replaced by anything.
      fc
        .tuple(
          fc.constantFrom(
            'model',
            'messages',
            'stream',
            'temperature',
            'tools',
            'max_tokens',
            'stop',
            'response_format',
          ),
          fc.jsonValue({ maxDepth: 2 }),
        )
        .map(([field, value]) => JSON.stringify({ ...valid, [field]: value })),
      fc
        .jsonValue({ maxDepth: 2 })
        .map((content) => JSON.stringify({ model: 'fake', messages: [{ role: 'user', content }] })),
    );
    await fc.assert(
      fc.asyncProperty(body, async (text) => {
        const response = await post(text);
        expect([200, 400, 404, 413]).toContain(response.status);
        const contentType = response.headers.get('content-type') ?? '';
        if (response.status !== 200) {
          const parsed = await response.json();
          expect(parsed.error.type).toMatch(/_error$/);
          expect(typeof parsed.error.message).toBe('string');
        } else if (contentType.includes('event-stream')) {
          expect(await response.text()).toContain('data: [DONE]');
        } else {
          expect((await response.json()).object).toBe('chat.completion');
        }
      }),
      { numRuns: 150 },
    );
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
  });
});
