import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProviderError } from '../provider-error.ts';
import { type FakeModelServer, startFakeModel } from '../testing/fake-model-server.ts';
import { OpenAICompatibleProvider } from './openai-compatible.ts';

let server: FakeModelServer;
let keyed: FakeModelServer;

beforeAll(async () => {
  server = await startFakeModel({ record: true });
  keyed = await startFakeModel({ apiKey: 'right-key' });
});
afterAll(async () => {
  await server.close();
  await keyed.close();
});

const provider = (
  model: string,
  extra: Partial<ConstructorParameters<typeof OpenAICompatibleProvider>[0]> = {},
) =>
  new OpenAICompatibleProvider({
    id: 'test',
    baseUrl: server.url,
    model,
    maxRetries: 0,
    timeoutMs: 5_000,
    ...extra,
  });

describe('openai-compatible provider against the fake server', () => {
  it('round-trips a non-streamed completion with usage, latency and finish reason', async () => {
    const result = await provider('fake', { params: { temperature: 0 } }).complete({
      messages: [{ role: 'user', content: '头痛三天' }],
      max_tokens: 50,
    });
    expect(result.text).toBe('echo: 头痛三天');
    expect(result.finishReason).toBe('stop');
    expect(result.usage.completionTokens).toBeGreaterThan(0);
    expect(result.usage.totalTokens).toBe(result.usage.promptTokens + result.usage.completionTokens);
    expect(result.latencyMs).toBeGreaterThan(0);
    const sent = server.requests.at(-1)!;
    expect(sent.model).toBe('fake');
    expect(sent.temperature).toBe(0);
    expect(sent.max_tokens).toBe(50);
  });

  it('round-trips a streamed completion chunk by chunk, ending with usage', async () => {
    const chunks = [];
    for await (const chunk of provider('fake').stream({
      messages: [{ role: 'user', content: 'a fairly long question to split' }],
    })) {
      chunks.push(chunk);
    }
    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks.map((c) => c.delta).join('')).toBe('echo: a fairly long question to split');
    const last = chunks.at(-1)!;
    expect(last.finishReason).toBe('stop');
    expect(last.usage?.totalTokens).toBeGreaterThan(0);
  });

  it('retries a 429, honouring Retry-After, then succeeds', async () => {
    const started = Date.now();
    const result = await provider('fail-429-then-ok', { maxRetries: 2 }).complete({
      messages: [{ role: 'user', content: 'x' }],
    });
    expect(result.text).toBe('echo: x');
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('enforces the concurrency limit', async () => {
    const slow = await startFakeModel({ latencyMs: 100 });
    try {
      const p = new OpenAICompatibleProvider({
        id: 't',
        baseUrl: slow.url,
        model: 'fake',
        concurrency: 2,
        maxRetries: 0,
      });
      const started = Date.now();
      await Promise.all(
        Array.from({ length: 4 }, () => p.complete({ messages: [{ role: 'user', content: 'x' }] })),
      );
      // Four calls of 100 ms, two at a time: at least two rounds.
      expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    } finally {
      await slow.close();
    }
  });
});

describe('provider errors reach the user as clear messages', () => {
  const ask = (p: OpenAICompatibleProvider) => p.complete({ messages: [{ role: 'user', content: 'x' }] });

  async function failure(p: OpenAICompatibleProvider): Promise<ProviderError> {
    try {
      await ask(p);
    } catch (error) {
      expect(error).toBeInstanceOf(ProviderError);
      return error as ProviderError;
    }
    throw new Error('expected a failure');
  }

  it('bad key', async () => {
    const error = await failure(
      new OpenAICompatibleProvider({
        id: 'ds',
        baseUrl: keyed.url,
        model: 'fake',
        apiKey: 'wrong',
        apiKeyEnv: 'DS_KEY',
        maxRetries: 0,
      }),
    );
    expect(error.kind).toBe('auth');
    expect(error.oneLine()).toMatch(
      /model ds: the upstream rejected the API key \(401\) — check the key in the environment variable DS_KEY/,
    );
    expect(error.oneLine()).not.toMatch(/wrong/);
  });

  it('unknown model', async () => {
    const error = await failure(provider('unknown-model-x'));
    expect(error.kind).toBe('not_found');
    expect(error.oneLine()).toMatch(/does not know model "unknown-model-x"/);
  });

  it('unreachable host', async () => {
    const error = await failure(
      new OpenAICompatibleProvider({
        id: 'gone',
        baseUrl: 'http://127.0.0.1:1/v1',
        model: 'm',
        maxRetries: 0,
      }),
    );
    expect(error.kind).toBe('unreachable');
    expect(error.oneLine()).toMatch(
      /cannot reach http:\/\/127\.0\.0\.1:1\/v1 — check that the server is running/,
    );
  });

  it('timeout on a hanging server', async () => {
    const error = await failure(provider('hang', { timeoutMs: 300 }));
    expect(error.kind).toBe('timeout');
    expect(error.oneLine()).toMatch(/no answer from .* within 300 ms/);
  });

  it('server error after retries', async () => {
    const error = await failure(provider('fail-500'));
    expect(error.kind).toBe('upstream');
    expect(error.status).toBe(500);
    expect(error.oneLine()).toMatch(/failed with 500/);
  });

  it('streaming errors are explained too', async () => {
    const iterate = async () => {
      for await (const _ of provider('unknown-x').stream({ messages: [{ role: 'user', content: 'x' }] })) {
        // consume
      }
    };
    await expect(iterate()).rejects.toThrow(/does not know model "unknown-x"/);
  });
});
