/** Per-key limits: requests per minute and a daily request quota. `null` means unlimited. */
export interface KeyLimits {
  perMinute: number | null;
  perDay: number | null;
}

export type RateDecision =
  | { allowed: true }
  | { allowed: false; scope: 'minute' | 'day'; limit: number; retryAfterSeconds: number };

/**
 * Counts requests per key in fixed windows (the current minute and the current UTC day).
 * In-process by default; Redis-backed when replicas must share the counts.
 */
export interface RateLimiter {
  take(keyId: string, limits: KeyLimits): Promise<RateDecision>;
  /** For readiness: is the shared store reachable? */
  healthy(): Promise<boolean>;
  close(): Promise<void>;
}

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

export function judge(
  counts: { minute: number; day: number },
  limits: KeyLimits,
  nowMs: number,
): RateDecision {
  if (limits.perMinute !== null && counts.minute > limits.perMinute) {
    return {
      allowed: false,
      scope: 'minute',
      limit: limits.perMinute,
      retryAfterSeconds: Math.max(1, Math.ceil((MINUTE_MS - (nowMs % MINUTE_MS)) / 1000)),
    };
  }
  if (limits.perDay !== null && counts.day > limits.perDay) {
    return {
      allowed: false,
      scope: 'day',
      limit: limits.perDay,
      retryAfterSeconds: Math.max(1, Math.ceil((DAY_MS - (nowMs % DAY_MS)) / 1000)),
    };
  }
  return { allowed: true };
}

/** One process's counters: enough for a single gateway. */
export class MemoryRateLimiter implements RateLimiter {
  private readonly minute = new Map<string, { window: number; count: number }>();
  private readonly day = new Map<string, { window: number; count: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  async take(keyId: string, limits: KeyLimits): Promise<RateDecision> {
    const now = this.now();
    const counts = {
      minute: bump(this.minute, keyId, Math.floor(now / MINUTE_MS)),
      day: bump(this.day, keyId, Math.floor(now / DAY_MS)),
    };
    return judge(counts, limits, now);
  }

  async healthy(): Promise<boolean> {
    return true;
  }

  async close(): Promise<void> {}
}

function bump(map: Map<string, { window: number; count: number }>, key: string, window: number): number {
  const entry = map.get(key);
  if (entry && entry.window === window) return ++entry.count;
  map.set(key, { window, count: 1 });
  return 1;
}
