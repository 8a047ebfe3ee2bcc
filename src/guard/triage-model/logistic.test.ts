import { describe, expect, it } from 'vitest';
import { logit, sigmoid, type TrainingExample, trainLogistic } from './logistic.ts';

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
