import { type EventLoopUtilization, performance } from 'node:perf_hooks';

/**
 * Whether the event loop is busy: the share of the last window (100 ms) it spent running code rather
 * than waiting for I/O, from Node's event-loop utilisation. The guard hands even short texts to its
 * worker threads while the loop is busy: then requests queue behind each other's detection on the one
 * thread that serves them all, and the hand-over (a fraction of a millisecond) costs less than that
 * queue. While the loop is quiet, short texts stay on it, where they are answered soonest.
 *
 * Hysteresis: once busy, the loop stays busy until its share falls below half the threshold, because
 * handing the detectors away itself lowers the share, and without it the guard would switch back and
 * forth every window.
 */
export class LoopLoad {
  private last: EventLoopUtilization;
  private sampledAt: number;
  private busy = false;

  /**
   * @param busyAbove the share of a window (0–1) at or above which the loop counts as busy; 1 or more
   *   never counts it busy.
   */
  constructor(
    private readonly busyAbove: number,
    private readonly windowMs = 100,
    private readonly clock: Pick<typeof performance, 'now' | 'eventLoopUtilization'> = performance,
  ) {
    this.last = clock.eventLoopUtilization();
    this.sampledAt = clock.now();
  }

  isBusy(): boolean {
    if (this.busyAbove >= 1) return false;
    const now = this.clock.now();
    if (now - this.sampledAt >= this.windowMs) {
      const current = this.clock.eventLoopUtilization();
      const share = this.clock.eventLoopUtilization(current, this.last).utilization;
      this.last = current;
      this.sampledAt = now;
      this.busy = share >= (this.busy ? this.busyAbove / 2 : this.busyAbove);
    }
    return this.busy;
  }
}
