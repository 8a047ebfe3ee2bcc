/**
 * A token bucket: at most `perSecond` calls start per second on average, with bursts up to one
 * second's worth. In-process; one evaluation run shares one bucket per model.
 */
export class RateLimiter {
  private tokens: number;
  private last = performance.now();
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly perSecond: number) {
    if (!(perSecond > 0)) throw new RangeError('rate limit must be a positive number of requests per second');
    this.tokens = perSecond;
  }

  /** Resolves when a call may start. Callers are served in order. */
  take(): Promise<void> {
    const turn = this.queue.then(() => this.waitForToken());
    this.queue = turn;
    return turn;
  }

  private async waitForToken(): Promise<void> {
    for (;;) {
      const now = performance.now();
      this.tokens = Math.min(this.perSecond, this.tokens + ((now - this.last) / 1000) * this.perSecond);
      this.last = now;
      if (this.tokens >= 1) {
        this.tokens -= 1;
        return;
      }
      await new Promise((resolve) =>
        setTimeout(resolve, Math.ceil(((1 - this.tokens) / this.perSecond) * 1000)),
      );
    }
  }
}
