import { describe, expect, it } from 'vitest';
import { bootstrap, bootstrapMean } from './bootstrap.ts';
import {
  accuracy,
  aucRoc,
  binaryAuc,
  expectedCalibrationError,
  macro,
  type Prediction,
} from './classification-metrics.ts';
import { mcnemar, pairedBootstrap } from './paired-tests.ts';

describe('bootstrap', () => {
  it('is seeded: the same data and seed give the same interval', () => {
    const values = Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 1 : 0));
    const a = bootstrapMean(values, { seed: 7 });
    const b = bootstrapMean(values, { seed: 7 });
    expect(a).toEqual(b);
    expect(a.value).toBeCloseTo(67 / 200, 9);
    expect(a.ci_low).toBeLessThan(a.value);
    expect(a.ci_high).toBeGreaterThan(a.value);
  });

  it('gives an interval close to the normal approximation for a proportion', () => {
    const values = Array.from({ length: 1000 }, (_, i) => (i < 700 ? 1 : 0));
    const { ci_low, ci_high } = bootstrapMean(values, { seed: 1, resamples: 2000 });
    const se = Math.sqrt((0.7 * 0.3) / 1000);
    expect(ci_low).toBeCloseTo(0.7 - 1.96 * se, 1);
    expect(ci_high).toBeCloseTo(0.7 + 1.96 * se, 1);
    expect(ci_high - ci_low).toBeGreaterThan(0.04);
    expect(ci_high - ci_low).toBeLessThan(0.07);
  });

  it('clips a HealthBench-style mean to [0, 1]', () => {
    expect(bootstrapMean([-0.5, -0.2], { seed: 1, clip: true }).value).toBe(0);
  });

  it('handles tiny samples', () => {
    expect(bootstrap(1, () => 0.5, { seed: 1 })).toEqual({ value: 0.5, ci_low: 0.5, ci_high: 0.5, n: 1 });
    expect(Number.isNaN(bootstrapMean([], { seed: 1 }).value)).toBe(true);
  });
});

describe('classification metrics', () => {
  const p = (gold: string, predicted: string | undefined, pos: number): Prediction => ({
    gold,
    predicted,
    probabilities: { pos, neg: 1 - pos },
  });

  it('computes AUC by ranks, with ties counted half', () => {
    expect(binaryAuc([0.1, 0.4, 0.35, 0.8], [false, false, true, true])).toBeCloseTo(0.75, 9);
    expect(binaryAuc([0.5, 0.5], [true, false])).toBe(0.5);
    expect(Number.isNaN(binaryAuc([0.2, 0.3], [true, true]))).toBe(true);
  });

  it('computes accuracy, macro precision/recall/F1 and specificity', () => {
    const predictions = [
      p('pos', 'pos', 0.9),
      p('pos', 'neg', 0.4),
      p('neg', 'neg', 0.2),
      p('neg', 'pos', 0.6),
    ];
    expect(accuracy(predictions)).toBe(0.5);
    const m = macro(predictions);
    expect(m.precision).toBeCloseTo(0.5, 9);
    expect(m.recall).toBeCloseTo(0.5, 9);
    expect(m.f1).toBeCloseTo(0.5, 9);
    expect(m.specificity).toBeCloseTo(0.5, 9);
    // pos scores: 0.9, 0.4 vs neg scores 0.2, 0.6 → pairs won: (0.9>0.2, 0.9>0.6, 0.4>0.2) = 3/4
    expect(aucRoc(predictions)).toBeCloseTo(0.75, 9);
  });

  it('measures calibration: a confident wrong model has a large ECE', () => {
    const calibrated = [
      p('pos', 'pos', 0.75),
      p('pos', 'pos', 0.75),
      p('pos', 'pos', 0.75),
      p('neg', 'pos', 0.75),
    ];
    expect(expectedCalibrationError(calibrated)).toBeCloseTo(0, 9);
    const overconfident = [p('neg', 'pos', 0.99), p('neg', 'pos', 0.99)];
    expect(expectedCalibrationError(overconfident)).toBeCloseTo(0.99, 9);
  });
});

describe('paired tests', () => {
  it('McNemar: identical runs are not different; a one-sided flip is', () => {
    const a = Array.from({ length: 40 }, (_, i) => i % 2 === 0);
    expect(mcnemar(a, a).p_value).toBe(1);
    const b = a.map(() => true); // B fixes 20 items, breaks none
    const result = mcnemar(a, b);
    expect(result).toMatchObject({ a_only: 0, b_only: 20 });
    expect(result.p_value).toBeCloseTo(2 * 0.5 ** 20, 12);
  });

  it('McNemar matches the exact binomial for a small table', () => {
    // 3 vs 7 discordant pairs: p = 2 * P(X ≤ 3 | n=10) = 2 * 176/1024
    const a = [true, true, true, false, false, false, false, false, false, false];
    const b = a.map((x) => !x);
    expect(mcnemar(a, b).p_value).toBeCloseTo((2 * 176) / 1024, 12);
  });

  it('paired bootstrap finds a real improvement and not a null one', () => {
    const a = Array.from({ length: 300 }, (_, i) => (i % 2 === 0 ? 1 : 0));
    const better = a.map((x, i) => (i % 5 === 1 ? 1 : x));
    const up = pairedBootstrap(a, better, { seed: 3 });
    expect(up.delta).toBeGreaterThan(0);
    expect(up.ci_low).toBeGreaterThan(0);
    expect(up.p_value).toBeLessThan(0.01);
    const same = pairedBootstrap(a, a, { seed: 3 });
    expect(same.delta).toBe(0);
    expect(same.p_value).toBe(1);
  });
});

describe('stratified and group bootstraps', () => {
  it('averages strata statistics and brackets the value', async () => {
    const { stratifiedBootstrap, bootstrapDisparity } = await import('./bootstrap.ts');
    const a = Array.from({ length: 100 }, (_, i) => (i < 80 ? 1 : 0));
    const b = Array.from({ length: 50 }, (_, i) => (i < 20 ? 1 : 0));
    const meanStat = (data: number[]) => (idx: Uint32Array) => {
      let s = 0;
      for (const i of idx) s += data[i]!;
      return s / idx.length;
    };
    const est = stratifiedBootstrap(
      [
        { n: a.length, statistic: meanStat(a) },
        { n: b.length, statistic: meanStat(b) },
      ],
      { seed: 1 },
    );
    expect(est.value).toBeCloseTo(0.6, 9); // task-weighted: (0.8 + 0.4) / 2
    expect(est.n).toBe(150);
    expect(est.ci_low).toBeLessThan(0.6);
    expect(est.ci_high).toBeGreaterThan(0.6);

    const disparity = bootstrapDisparity([a, b], { seed: 1 });
    expect(disparity.value).toBeCloseTo(0.4, 9);
    expect(disparity.ci_low).toBeGreaterThan(0.2);
    expect(bootstrapDisparity([a], { seed: 1 }).value).toBeNaN();
  });
});
