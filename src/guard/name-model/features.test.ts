import { describe, expect, it } from 'vitest';
import { candidateBuckets, candidateFeatures, candidates, NAME_FEATURE_BITS } from './features.ts';

describe('person-name model candidates', () => {
  it('are a lexicon surname alone and with one or two Han characters, and whole short Han runs', () => {
    expect(candidates('儿子邰思源陪同').map((c) => [c.start, c.end, c.surname])).toEqual([
      [2, 3, 1],
      [2, 4, 1],
      [2, 5, 1],
    ]);
    // A compound surname is read as one; a chat speaker without a lexicon surname is a whole run.
    const text = '欧阳娜娜：好\n欣悦：我去';
    const spans = candidates(text).map((c) => text.slice(c.start, c.end));
    expect(spans).toContain('欧阳娜娜');
    expect(spans).toContain('欣悦');
    expect(spans).toContain('我去'); // a whole run too: the model, not the candidates, rejects it
    expect(spans).not.toContain('我');
  });

  it('stop at the end of the Han run', () => {
    expect(candidates('王A').map((c) => [c.start, c.end])).toEqual([[0, 1]]);
    expect(candidates('')).toEqual([]);
  });
});

describe('person-name model features', () => {
  it('are deterministic: the same buckets for the same candidate, on every call and platform', () => {
    const first = candidateBuckets('儿子邰思源陪同', 2, 5, 1);
    expect(candidateBuckets('儿子邰思源陪同', 2, 5, 1)).toEqual(first);
    // FNV-1a over UTF-16 code units: fixed values, so a trained model stays valid.
    expect(first).toEqual([
      236982, 150049, 45114, 93409, 101497, 133458, 156346, 40915, 243032, 210979, 143663, 26375, 132365,
      99475, 242134, 111397, 22375, 237554, 100284,
    ]);
    for (const b of first) expect(b).toBeLessThan(1 << NAME_FEATURE_BITS);
  });

  it('depend on the context, not only on the name', () => {
    const a = candidateBuckets('儿子邰思源陪同', 2, 5, 1);
    const b = candidateBuckets('家属邰思源来了', 2, 5, 1);
    expect(a[0]).toBe(b[0]); // the surname
    expect(a.slice(7, 12)).toEqual(b.slice(7, 12)); // given name, shape, given characters
    expect(a).not.toEqual(b);
  });

  it('fit the reused scratch array at the text edges', () => {
    const scratch = new Int32Array(32);
    expect(candidateFeatures('王', 0, 1, 1, scratch)).toBeLessThanOrEqual(32);
    expect(candidateFeatures('欧阳娜娜', 0, 4, 2, scratch)).toBeGreaterThan(10);
  });
});
