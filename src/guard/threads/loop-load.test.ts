import type { EventLoopUtilization } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { LoopLoad } from './loop-load.ts';

/** A clock whose event loop runs the given share of each step of time. */
function fakeClock() {
  let now = 0;
  let active = 0;
  const clock = {
    now: () => now,
    eventLoopUtilization: (a?: EventLoopUtilization, b?: EventLoopUtilization): EventLoopUtilization => {
      if (!a) return { idle: now - active, active, utilization: now ? active / now : 0 };
      const span = a.idle + a.active - ((b?.idle ?? 0) + (b?.active ?? 0));
      const busy = a.active - (b?.active ?? 0);
      return { idle: span - busy, active: busy, utilization: span ? busy / span : 0 };
    },
    run(ms: number, share: number) {
      now += ms;
      active += ms * share;
    },
  };
  return clock;
}

describe('LoopLoad', () => {
  it('counts the loop busy from a window at the threshold and quiet again only below half of it', () => {
    const clock = fakeClock();
    const load = new LoopLoad(0.6, 100, clock);
    clock.run(100, 0.5);
    expect(load.isBusy()).toBe(false);
    clock.run(100, 0.7);
    expect(load.isBusy()).toBe(true);
    // Handing texts away lowers the share; 0.4 is above half the threshold, so it stays busy.
    clock.run(100, 0.4);
    expect(load.isBusy()).toBe(true);
    clock.run(100, 0.2);
    expect(load.isBusy()).toBe(false);
  });

  it('keeps its verdict within a window and reads the whole time since the last one', () => {
    const clock = fakeClock();
    const load = new LoopLoad(0.6, 100, clock);
    clock.run(100, 0.9);
    expect(load.isBusy()).toBe(true);
    clock.run(50, 0);
    expect(load.isBusy()).toBe(true);
    // An idle second after the busy spell: the next reading covers it all.
    clock.run(1000, 0);
    expect(load.isBusy()).toBe(false);
  });

  it('never counts the loop busy at a threshold of 1', () => {
    const clock = fakeClock();
    const load = new LoopLoad(1, 100, clock);
    clock.run(100, 1);
    expect(load.isBusy()).toBe(false);
  });

  it('reads Node’s own event-loop utilisation: busy after a blocking spell, quiet after a wait', async () => {
    const load = new LoopLoad(0.6, 50);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(load.isBusy()).toBe(false);
    const until = performance.now() + 80;
    while (performance.now() < until);
    expect(load.isBusy()).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(load.isBusy()).toBe(false);
  });
});
