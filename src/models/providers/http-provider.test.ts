import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatRequest } from '../provider.ts';
import { ProviderError } from '../provider-error.ts';
import { type FakeModelServer, startFakeModel } from '../testing/fake-model-server.ts';
import { HttpUpstreamProvider } from './http-provider.ts';
import { OpenAICompatibleProvider } from './openai-compatible.ts';

/**
 * The gateway's fast transport must be indistinguishable from the shared provider at the wire and
 * in its results, so a model behind the gateway is called exactly as the evaluator calls it.
 */
describe('HttpUpstreamProvider matches OpenAICompatibleProvider', () => {
  let fake: FakeModelServer;
  const request: ChatRequest = {
    messages: [
      { role: 'system', content: 'be brief' },
      { role: 'user', content: '头痛怎么办？' },
    ],
    temperature: 0.2,
    max_tokens: 64,
    tools: [{ type: 'function', function: { name: 'lookup', parameters: { type: 'object' } } }],
    tool_choice: 'auto',
    response_format: { type: 'text' },
    extra: { presence_penalty: 0.5 },
  };
  const both = (model = 'fake') => {
    const common = { id: 'm', baseUrl: fake.url, model, params: { top_p: 0.9 }, apiKey: 'secret-key' };
    return [
      new OpenAICompatibleProvider({ ...common, maxRetries: 0 }),
      new HttpUpstreamProvider(common),
    ] as const;
  };

  beforeAll(async () => {
    fake = await startFakeModel({ record: true, apiKey: 'secret-key', chunkSize: 3 });
  });
  afterAll(async () => {
    await fake.close();
  });

  it('sends the same body and returns the same result', async () => {
    const [sdk, fast] = both();
    fake.requests.length = 0;
    const a = await sdk.complete(request);
    const b = await fast.complete(request);
    expect(fake.requests[1]).toEqual(fake.requests[0]);
    expect({ ...b, latencyMs: 0 }).toEqual({ ...a, latencyMs: 0 });
    fast.close();
  });

  it('streams the same body and the same chunks', async () => {
    const [sdk, fast] = both();
    fake.requests.length = 0;
    const collect = async (stream: AsyncIterable<unknown>) => {
      const out = [];
      for await (const chunk of stream) out.push(chunk);
      return out;
    };
    const a = await collect(sdk.stream(request));
    const b = await collect(fast.stream(request));
    expect(fake.requests[1]).toEqual(fake.requests[0]);
    expect(b).toEqual(a);
    expect(b.length).toBeGreaterThan(3);
    fast.close();
  });

  it.each([
    ['fail-500', 'upstream', 500],
    ['unknown-x', 'not_found', 404],
  ])('reports %s as the same error kind', async (model, kind, status) => {
    const [sdk, fast] = both(model);
    const a = await sdk.complete(request).catch((e) => e);
    const b = await fast.complete(request).catch((e) => e);
    for (const error of [a, b]) expect(error).toMatchObject({ kind, status });
    expect(b).toBeInstanceOf(ProviderError);
    fast.close();
  });

  it('reports a wrong key as auth, an unreachable server as unreachable, and an abort as timeout', async () => {
    const wrongKey = new HttpUpstreamProvider({ id: 'm', baseUrl: fake.url, model: 'fake', apiKey: 'nope' });
    await expect(wrongKey.complete(request)).rejects.toMatchObject({ kind: 'auth', status: 401 });
    const nowhere = new HttpUpstreamProvider({ id: 'm', baseUrl: 'http://127.0.0.1:1/v1', model: 'fake' });
    await expect(nowhere.complete(request)).rejects.toMatchObject({ kind: 'unreachable' });
    const hang = new HttpUpstreamProvider({
      id: 'm',
      baseUrl: fake.url,
      model: 'hang',
      apiKey: 'secret-key',
    });
    const signal = AbortSignal.timeout(150);
    await expect(hang.complete({ ...request, signal })).rejects.toMatchObject({ kind: 'timeout' });
    const streaming = hang.stream({ ...request, signal: AbortSignal.timeout(150) })[Symbol.asyncIterator]();
    await expect(streaming.next()).rejects.toMatchObject({ kind: 'timeout' });
    for (const p of [wrongKey, nowhere, hang]) p.close();
  });

  it("carries the upstream's Retry-After on a 429, for callers that retry", async () => {
    const limited = new HttpUpstreamProvider({
      id: 'm',
      baseUrl: fake.url,
      model: 'fail-429-then-ok',
      apiKey: 'secret-key',
    });
    await expect(limited.complete(request)).rejects.toMatchObject({
      kind: 'rate_limited',
      retryAfterMs: 1000,
    });
    await expect(limited.complete(request)).resolves.toMatchObject({ finishReason: 'stop' });
    limited.close();
  });
});
