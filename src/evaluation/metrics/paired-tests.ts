import { seededRandom } from '../util/random.ts';
import { quantile } from './bootstrap.ts';

/**
 * Tests for "is run B really different from run A on the same items?". McNemar's exact test
 * for paired right/wrong outcomes; a paired bootstrap of the mean difference for scores.
 */

export interface McNemarResult {
  /** Items A got right and B got wrong. */
  a_only: number;
  /** Items B got right and A got wrong. */
  b_only: number;
  p_value: number;
}

/** Exact (binomial) McNemar test, two-sided. */
export function mcnemar(aCorrect: boolean[], bCorrect: boolean[]): McNemarResult {
  let aOnly = 0;
  let bOnly = 0;
  for (let i = 0; i < aCorrect.length; i++) {
    if (aCorrect[i] && !bCorrect[i]) aOnly++;
    else if (!aCorrect[i] && bCorrect[i]) bOnly++;
  }
  const n = aOnly + bOnly;
  if (n === 0) return { a_only: 0, b_only: 0, p_value: 1 };
  const k = Math.min(aOnly, bOnly);
  // P(X ≤ k) for X ~ Binomial(n, 1/2), doubled; computed in log space for large n.
  let tail = 0;
  for (let i = 0; i <= k; i++) tail += Math.exp(logChoose(n, i) - n * Math.LN2);
  return { a_only: aOnly, b_only: bOnly, p_value: Math.min(1, 2 * tail) };
}

function logChoose(n: number, k: number): number {
  return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
}

const logFactorials: number[] = [0];
function logFactorial(n: number): number {
  for (let i = logFactorials.length; i <= n; i++) logFactorials[i] = logFactorials[i - 1]! + Math.log(i);
  return logFactorials[n]!;
}

export interface PairedDifference {
  /** mean(b) − mean(a) */
  delta: number;
  ci_low: number;
  ci_high: number;
  /** Two-sided bootstrap p-value for "no difference". */
  p_value: number;
  n: number;
}

/** Paired bootstrap of mean(b − a) over items both runs scored. */
export function pairedBootstrap(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  options: { seed: number; resamples?: number },
): PairedDifference {
  const n = Math.min(a.length, b.length);
  const diff = new Float64Array(n);
  for (let i = 0; i < n; i++) diff[i] = b[i]! - a[i]!;
  const mean = (indices: (i: number) => number) => {
    let s = 0;
    for (let i = 0; i < n; i++) s += diff[indices(i)]!;
    return s / n;
  };
  const delta = n ? mean((i) => i) : Number.NaN;
  if (n < 2) return { delta, ci_low: delta, ci_high: delta, p_value: 1, n };
  const resamples = options.resamples ?? 2000;
  const random = seededRandom(options.seed);
  const stats = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) stats[r] = mean(() => Math.floor(random() * n));
  stats.sort();
  let below = 0;
  let above = 0;
  for (const s of stats) {
    if (s <= 0) below++;
    if (s >= 0) above++;
  }
  const p = Math.min(1, (2 * Math.min(below, above) + 1) / (resamples + 1));
  return { delta, ci_low: quantile(stats, 0.025), ci_high: quantile(stats, 0.975), p_value: p, n };
}
