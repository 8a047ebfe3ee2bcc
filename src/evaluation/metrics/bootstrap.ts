import { seededRandom } from '../util/random.ts';

export interface Estimate {
  value: number;
  ci_low: number;
  ci_high: number;
  /** Number of items behind the estimate. */
  n: number;
}

export interface BootstrapOptions {
  seed: number;
  /** Number of resamples (default 1000; fewer for very large samples keeps reports fast). */
  resamples?: number;
  /** Confidence level (default 0.95). */
  level?: number;
}

/** Resample count that keeps a report of 100,000 items fast while CIs stay stable. */
export function defaultResamples(n: number): number {
  return n > 50_000 ? 400 : n > 10_000 ? 600 : 1000;
}

/**
 * Percentile bootstrap of any statistic over n items: `statistic` receives the resampled item
 * indices. Seeded, so the same run reports the same interval.
 */
export function bootstrap(
  n: number,
  statistic: (indices: Uint32Array) => number,
  options: BootstrapOptions,
): Estimate {
  const all = new Uint32Array(n);
  for (let i = 0; i < n; i++) all[i] = i;
  const value = n === 0 ? Number.NaN : statistic(all);
  if (n < 2) return { value, ci_low: value, ci_high: value, n };
  const resamples = options.resamples ?? defaultResamples(n);
  const random = seededRandom(options.seed);
  const stats = new Float64Array(resamples);
  const sample = new Uint32Array(n);
  let kept = 0;
  for (let r = 0; r < resamples; r++) {
    for (let i = 0; i < n; i++) sample[i] = Math.floor(random() * n);
    const s = statistic(sample);
    if (Number.isFinite(s)) stats[kept++] = s;
  }
  const sorted = stats.subarray(0, kept).sort();
  const alpha = (1 - (options.level ?? 0.95)) / 2;
  return {
    value,
    ci_low: kept ? quantile(sorted, alpha) : Number.NaN,
    ci_high: kept ? quantile(sorted, 1 - alpha) : Number.NaN,
    n,
  };
}

/** Bootstrap of a mean (the common case), optionally clipped to [0, 1] after averaging. */
export function bootstrapMean(
  values: ArrayLike<number>,
  options: BootstrapOptions & { clip?: boolean },
): Estimate {
  const data = Float64Array.from(values as ArrayLike<number>);
  const clip = options.clip ? (x: number) => Math.min(1, Math.max(0, x)) : (x: number) => x;
  return bootstrap(
    data.length,
    (indices) => {
      let sum = 0;
      for (let i = 0; i < indices.length; i++) sum += data[indices[i]!]!;
      return clip(sum / indices.length);
    },
    options,
  );
}

/** Linear-interpolated quantile of sorted values. */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const weight = position - lower;
  return sorted[lower]! * (1 - weight) + sorted[upper]! * weight;
}

/** A statistic over one stratum's items, for stratified bootstraps. */
export interface Stratum {
  n: number;
  statistic: (indices: Uint32Array) => number;
}

/**
 * Bootstrap of the mean of several strata's statistics (e.g. a dimension score as the mean of
 * its tasks' scores), resampling items within each stratum.
 */
export function stratifiedBootstrap(strata: Stratum[], options: BootstrapOptions): Estimate {
  const usable = strata.filter((s) => s.n > 0);
  const n = usable.reduce((sum, s) => sum + s.n, 0);
  if (usable.length === 0) return { value: Number.NaN, ci_low: Number.NaN, ci_high: Number.NaN, n: 0 };
  const identity = usable.map((s) => Uint32Array.from({ length: s.n }, (_, i) => i));
  const meanOf = (values: number[]) => {
    const finite = values.filter(Number.isFinite);
    return finite.length ? finite.reduce((a, b) => a + b, 0) / finite.length : Number.NaN;
  };
  const value = meanOf(usable.map((s, i) => s.statistic(identity[i]!)));
  const resamples = options.resamples ?? defaultResamples(n);
  const random = seededRandom(options.seed);
  const stats: number[] = [];
  const buffers = usable.map((s) => new Uint32Array(s.n));
  for (let r = 0; r < resamples; r++) {
    const parts = usable.map((s, k) => {
      const sample = buffers[k]!;
      for (let i = 0; i < s.n; i++) sample[i] = Math.floor(random() * s.n);
      return s.statistic(sample);
    });
    const m = meanOf(parts);
    if (Number.isFinite(m)) stats.push(m);
  }
  stats.sort((a, b) => a - b);
  const alpha = (1 - (options.level ?? 0.95)) / 2;
  return { value, ci_low: quantile(stats, alpha), ci_high: quantile(stats, 1 - alpha), n };
}

/**
 * Disparity between groups: the largest minus the smallest group mean, with a bootstrap CI
 * that resamples within each group.
 */
export function bootstrapDisparity(groups: number[][], options: BootstrapOptions): Estimate {
  const usable = groups.filter((g) => g.length > 0);
  const n = usable.reduce((sum, g) => sum + g.length, 0);
  if (usable.length < 2) return { value: Number.NaN, ci_low: Number.NaN, ci_high: Number.NaN, n };
  const spread = (means: number[]) => Math.max(...means) - Math.min(...means);
  const value = spread(usable.map((g) => g.reduce((a, b) => a + b, 0) / g.length));
  const resamples = options.resamples ?? defaultResamples(n);
  const random = seededRandom(options.seed);
  const stats = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    stats[r] = spread(
      usable.map((g) => {
        let sum = 0;
        for (let i = 0; i < g.length; i++) sum += g[Math.floor(random() * g.length)]!;
        return sum / g.length;
      }),
    );
  }
  stats.sort();
  const alpha = (1 - (options.level ?? 0.95)) / 2;
  return { value, ci_low: quantile(stats, alpha), ci_high: quantile(stats, 1 - alpha), n };
}
