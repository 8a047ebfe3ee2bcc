import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { featureBucket, featureBuckets, featureOccurrences, visitFeatureBuckets } from './features.ts';
import { triageSetFile } from './training-data.ts';

describe('emergency-model features', () => {
  it('reads Chinese as character 1-3-grams, each run on its own', () => {
    const grams = featureOccurrences('胸痛，出汗').map((f) => f.gram);
    expect(grams).toEqual(['c胸', 'c痛', 'c胸痛', 'c出', 'c汗', 'c出汗']);
  });

  it('reads English as words, word bigrams and 4-5-character n-grams, lower-cased', () => {
    const grams = featureOccurrences('Chest PAIN').map((f) => f.gram);
    expect(grams.slice(0, 3)).toEqual(['wchest', 'bchest pain', 'wpain']);
    expect(grams).toContain('l ches');
    expect(grams).toContain('lpain ');
    expect(grams).toContain('lst pa');
    expect(grams).not.toContain('wChest');
  });

  it('points each feature at the text it came from', () => {
    const text = '他说：胸口闷, and sweating';
    for (const f of featureOccurrences(text)) {
      const family = f.gram[0];
      if (family === 'c' || family === 'w')
        expect(text.slice(f.start, f.end).toLowerCase()).toBe(f.gram.slice(1));
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeLessThanOrEqual(text.length);
      expect(f.end).toBeGreaterThan(f.start);
    }
  });

  it('hashes the same n-gram to the same bucket on every run (trained weights depend on it)', () => {
    expect(featureBucket('c胸痛')).toBe(featureBucket('c胸痛'));
    expect(featureBucket('wchest')).not.toBe(featureBucket('cchest'));
    // FNV-1a of "a" is 0xe40c292c, whose low 18 bits are 0x0292c.
    expect(featureBucket('a')).toBe(0x0292c);
  });

  it('counts presence, not repetitions', () => {
    expect(featureBuckets('痛痛痛').length).toBe(new Set(featureBuckets('痛痛')).size + 1);
  });

  it('the fast scoring path visits exactly the buckets of the explained path, on every labelled message', () => {
    for (const round of [0, 1, 27]) {
      const texts = readFileSync(triageSetFile(round), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l).text as string);
      for (const text of texts) {
        const fast: number[] = [];
        visitFeatureBuckets(text, (b) => fast.push(b));
        expect(fast).toEqual(featureOccurrences(text).map((f) => f.bucket));
      }
    }
  });

  it('handles empty, symbol-only and very long text', () => {
    expect(featureBuckets('')).toEqual([]);
    expect(featureBuckets('!!! ??? 123')).toContain(featureBucket('w123'));
    expect(featureBuckets('胸'.repeat(100_000)).length).toBe(3);
  });
});
