import { Redis } from 'ioredis';
import {
  DAY_MS,
  judge,
  type KeyLimits,
  MINUTE_MS,
  type RateDecision,
  type RateLimiter,
} from './rate-limiter.ts';

// Both counters in one round trip, atomically: every replica sees the same counts.
const TAKE_SCRIPT = `
local m = redis.call('INCR', KEYS[1])
if m == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local d = redis.call('INCR', KEYS[2])
if d == 1 then redis.call('PEXPIRE', KEYS[2], ARGV[2]) end
return {m, d}
`;

export interface RedisRateLimiterOptions {
  url: string;
  /** Key prefix, so several gateways (or tests) can share one Redis. */
  prefix?: string;
  now?: () => number;
  /** Called when Redis fails and a request is let through uncounted. */
  onError?: (error: unknown) => void;
}

/**
 * Rate limits shared by every replica through Redis. When Redis is unreachable the request is
 * let through (a triage service should not go down with its rate limiter), but the failure is
 * reported through `onError` (logged and counted in /metrics) and /readyz turns not-ready.
 */
export class RedisRateLimiter implements RateLimiter {
  private readonly redis: Redis;
  private readonly prefix: string;
  private readonly now: () => number;

  constructor(private readonly options: RedisRateLimiterOptions) {
    this.redis = new Redis(options.url, {
      lazyConnect: false,
      maxRetriesPerRequest: 1,
      enableOfflineQueue: false,
      connectTimeout: 2000,
    });
    // Connection errors are retried by ioredis; they must not crash the process.
    this.redis.on('error', () => {});
    this.prefix = options.prefix ?? 'yiheng:';
    this.now = options.now ?? Date.now;
  }

  async ready(): Promise<void> {
    if (this.redis.status === 'ready') return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('Redis did not answer within 3 s')), 3000);
      this.redis.once('ready', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  async take(keyId: string, limits: KeyLimits): Promise<RateDecision> {
    const now = this.now();
    const minuteKey = `${this.prefix}rl:${keyId}:m:${Math.floor(now / MINUTE_MS)}`;
    const dayKey = `${this.prefix}rl:${keyId}:d:${Math.floor(now / DAY_MS)}`;
    try {
      const [minute, day] = (await this.redis.eval(TAKE_SCRIPT, 2, minuteKey, dayKey, MINUTE_MS, DAY_MS)) as [
        number,
        number,
      ];
      return judge({ minute, day }, limits, now);
    } catch (error) {
      this.options.onError?.(error);
      return { allowed: true };
    }
  }

  async healthy(): Promise<boolean> {
    try {
      return (await this.redis.ping()) === 'PONG';
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }
}
