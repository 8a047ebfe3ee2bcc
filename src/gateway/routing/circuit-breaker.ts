export type BreakerState = 'closed' | 'open' | 'half-open';

export interface CircuitBreakerOptions {
  /** Consecutive failures that open the circuit. */
  failureThreshold: number;
  /** How long an open circuit rejects calls before one trial call is let through. */
  cooldownMs: number;
  now?: () => number;
}

/**
 * Stops sending requests to an upstream that keeps failing, so clients fall through to the next
 * upstream at once instead of each waiting for a timeout. After the cooldown one trial request
 * decides whether the circuit closes again.
 */
export class CircuitBreaker {
  private failures = 0;
  private openedAt: number | undefined;
  private trialInFlight = false;

  constructor(private readonly options: CircuitBreakerOptions) {}

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  get state(): BreakerState {
    if (this.openedAt === undefined) return 'closed';
    return this.now() - this.openedAt >= this.options.cooldownMs ? 'half-open' : 'open';
  }

  /** Seconds until an open circuit lets a trial through. */
  get retryAfterSeconds(): number {
    if (this.openedAt === undefined) return 0;
    return Math.max(1, Math.ceil((this.openedAt + this.options.cooldownMs - this.now()) / 1000));
  }

  /** May a request go to this upstream now? In half-open state only one trial at a time. */
  tryAcquire(): boolean {
    const state = this.state;
    if (state === 'closed') return true;
    if (state === 'open' || this.trialInFlight) return false;
    this.trialInFlight = true;
    return true;
  }

  onSuccess(): void {
    this.failures = 0;
    this.openedAt = undefined;
    this.trialInFlight = false;
  }

  onFailure(): void {
    this.trialInFlight = false;
    this.failures += 1;
    if (this.openedAt !== undefined || this.failures >= this.options.failureThreshold)
      this.openedAt = this.now();
  }

  /** A call that ended without telling us anything about the upstream (e.g. the client left). */
  onAbandon(): void {
    this.trialInFlight = false;
  }
}
