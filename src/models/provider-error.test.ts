import { describe, expect, it } from 'vitest';
import { parseRetryAfter, upstreamStatusError } from './provider-error.ts';

describe('upstream errors', () => {
  it('reads Retry-After as seconds or as an HTTP date, and ignores what it cannot read', () => {
    const now = Date.parse('2026-11-23T00:00:00Z');
    expect(parseRetryAfter('2', now)).toBe(2000);
    expect(parseRetryAfter(['0.5'], now)).toBe(500);
    expect(parseRetryAfter('Mon, 23 Nov 2026 00:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Sun, 22 Nov 2026 23:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });

  it('names the fix for each status, with the upstream message and the wait it asked for', () => {
    const upstream = { id: 'm', baseUrl: 'http://x/v1', model: 'gpt', apiKeyEnv: 'MY_KEY' };
    expect(upstreamStatusError(upstream, 401, undefined)).toMatchObject({
      kind: 'auth',
      hint: expect.stringContaining('MY_KEY'),
    });
    expect(upstreamStatusError(upstream, 404, 'no such model').message).toContain(
      'does not know model "gpt": no such model',
    );
    expect(upstreamStatusError(upstream, 429, undefined, { retryAfterMs: 3000 })).toMatchObject({
      kind: 'rate_limited',
      retryAfterMs: 3000,
      retryable: true,
    });
    expect(upstreamStatusError(upstream, 503, undefined)).toMatchObject({ kind: 'upstream', status: 503 });
    expect(upstreamStatusError(upstream, 400, 'bad')).toMatchObject({
      kind: 'bad_request',
      retryable: false,
    });
  });
});
