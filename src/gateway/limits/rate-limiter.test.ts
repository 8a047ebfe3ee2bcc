import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MemoryRateLimiter, type RateLimiter } from './rate-limiter.ts';
import { RedisRateLimiter } from './redis-rate-limiter.ts';

const redisUrl = process.env.YIHENG_TEST_REDIS_URL;

async function takeN(
  limiter: RateLimiter,
  n: number,
  keyId = 'k1',
  perMinute = 3,
  perDay: number | null = null,
) {
  const results = [];
  for (let i = 0; i < n; i++) results.push(await limiter.take(keyId, { perMinute, perDay }));
  return results;
}

describe('MemoryRateLimiter', () => {
  it('allows the limit per minute, then says when to retry, then resets in the next minute', async () => {
    let now = 120_000 + 15_000;
    const limiter = new MemoryRateLimiter(() => now);
    const results = await takeN(limiter, 4);
    expect(results.slice(0, 3).every((r) => r.allowed)).toBe(true);
    expect(results[3]).toEqual({ allowed: false, scope: 'minute', limit: 3, retryAfterSeconds: 45 });
    now += 45_000;
    expect((await limiter.take('k1', { perMinute: 3, perDay: null })).allowed).toBe(true);
  });

  it('keeps keys apart and enforces the daily quota', async () => {
    const limiter = new MemoryRateLimiter(() => 1_000);
    await takeN(limiter, 3, 'a');
    expect((await limiter.take('b', { perMinute: 3, perDay: null })).allowed).toBe(true);
    const daily = await takeN(limiter, 3, 'c', 100, 2);
    expect(daily[2]).toMatchObject({ allowed: false, scope: 'day', limit: 2 });
  });

  it('treats null as unlimited', async () => {
    const limiter = new MemoryRateLimiter();
    const results = await takeN(limiter, 50, 'k', null as unknown as number);
    expect(results.every((r) => r.allowed)).toBe(true);
  });
});

describe.skipIf(!redisUrl)('RedisRateLimiter (real Redis)', () => {
  it('shares one count between two limiters (two replicas)', async () => {
    const prefix = `yiheng-test-${randomBytes(4).toString('hex')}:`;
    const a = new RedisRateLimiter({ url: redisUrl!, prefix });
    const b = new RedisRateLimiter({ url: redisUrl!, prefix });
    try {
      await Promise.all([a.ready(), b.ready()]);
      // Minute windows are wall-clock: start well inside one so the counts cannot reset mid-test.
      const intoMinute = Date.now() % 60_000;
      if (intoMinute > 58_000) await new Promise((r) => setTimeout(r, 60_100 - intoMinute));
      const limits = { perMinute: 4, perDay: null };
      const results = [];
      for (let i = 0; i < 3; i++) {
        results.push(await a.take('shared', limits));
        results.push(await b.take('shared', limits));
      }
      expect(results.map((r) => r.allowed)).toEqual([true, true, true, true, false, false]);
      expect(results[4]).toMatchObject({ scope: 'minute', limit: 4 });
      expect(await a.healthy()).toBe(true);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('lets requests through and reports the error when Redis is unreachable', async () => {
    const seen: unknown[] = [];
    const limiter = new RedisRateLimiter({ url: 'redis://127.0.0.1:1', onError: (e) => seen.push(e) });
    try {
      const result = await limiter.take('k', { perMinute: 1, perDay: null });
      expect(result.allowed).toBe(true);
      expect(seen.length).toBe(1);
      expect(await limiter.healthy()).toBe(false);
    } finally {
      await limiter.close();
    }
  });
});
