import { describe, expect, it } from 'vitest';
import { logit, sigmoid, type TrainingExample, trainAveragedLogistic, trainLogistic } from './logistic.ts';

/** Feature 1 marks the positives, feature 2 the negatives, feature 0 is in every example. */
const examples: TrainingExample[] = [
  ...Array.from({ length: 20 }, () => ({ buckets: [0, 1], label: 1 as const })),
  ...Array.from({ length: 20 }, () => ({ buckets: [0, 2], label: 0 as const })),
];

describe('trainLogistic', () => {
  it('learns which features mark the positives', () => {
    const model = trainLogistic(examples, { buckets: 4 });
    expect(sigmoid(logit(model, [0, 1]))).toBeGreaterThan(0.9);
    expect(sigmoid(logit(model, [0, 2]))).toBeLessThan(0.1);
    expect(model.weights[1]!).toBeGreaterThan(0);
    expect(model.weights[2]!).toBeLessThan(0);
    expect(model.weights[3]).toBe(0);
  });

  it('is deterministic: the same examples give the same weights', () => {
    const a = trainLogistic(examples, { buckets: 4 });
    const b = trainLogistic(examples, { buckets: 4 });
    expect([...a.weights]).toEqual([...b.weights]);
    expect(a.bias).toBe(b.bias);
    const c = trainLogistic(examples, { buckets: 4, seed: 7 });
    expect([...c.weights]).not.toEqual([...a.weights]);
  });
});

describe('trainAveragedLogistic', () => {
  it('is the mean of runs with seeds seed, seed + 1000, …, and one run is trainLogistic itself', () => {
    const runs = [1, 1001, 2001].map((seed) => trainLogistic(examples, { buckets: 4, seed }));
    const mean = trainAveragedLogistic(examples, { buckets: 4 }, 3);
    for (let b = 0; b < 4; b++)
      expect(mean.weights[b]!).toBeCloseTo(
        (runs[0]!.weights[b]! + runs[1]!.weights[b]! + runs[2]!.weights[b]!) / 3,
        12,
      );
    expect(mean.bias).toBeCloseTo((runs[0]!.bias + runs[1]!.bias + runs[2]!.bias) / 3, 12);
    expect(sigmoid(logit(mean, [0, 1]))).toBeGreaterThan(0.9);
    expect(sigmoid(logit(mean, [0, 2]))).toBeLessThan(0.1);
    const one = trainAveragedLogistic(examples, { buckets: 4 }, 1);
    expect([...one.weights]).toEqual([...runs[0]!.weights]);
    expect(one.bias).toBe(runs[0]!.bias);
  });

  it('is deterministic', () => {
    const a = trainAveragedLogistic(examples, { buckets: 4, seed: 3 }, 4);
    const b = trainAveragedLogistic(examples, { buckets: 4, seed: 3 }, 4);
    expect([...a.weights]).toEqual([...b.weights]);
    expect(a.bias).toBe(b.bias);
  });
});
