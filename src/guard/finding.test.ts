import { describe, expect, it } from 'vitest';
import { type Finding, resolveOverlaps, summariseFindings } from './finding.ts';

const f = (
  start: number,
  end: number,
  score: number,
  type: Finding['type'] = 'PHONE',
  detector = 'x',
): Finding => ({
  type,
  start,
  end,
  text: 'x'.repeat(end - start),
  score,
  detector,
});

describe('resolveOverlaps', () => {
  it('keeps the highest score, then the longest span, then the earlier recognizer', () => {
    expect(resolveOverlaps([f(0, 5, 0.6), f(2, 8, 0.9)])).toEqual([f(2, 8, 0.9)]);
    expect(resolveOverlaps([f(0, 5, 0.9), f(0, 8, 0.9, 'MRN')])).toEqual([f(0, 8, 0.9, 'MRN')]);
    const rank = (x: Finding) => (x.detector === 'a' ? 0 : 1);
    expect(resolveOverlaps([f(0, 5, 0.9, 'PHONE', 'b'), f(0, 5, 0.9, 'MRN', 'a')], rank)[0]!.detector).toBe(
      'a',
    );
  });

  it('lets a longer span absorb a nearly-as-confident span inside it', () => {
    expect(resolveOverlaps([f(0, 20, 0.85, 'ADDRESS'), f(10, 18, 1, 'DATE')])).toEqual([
      f(0, 20, 0.85, 'ADDRESS'),
    ]);
    expect(resolveOverlaps([f(0, 20, 0.5, 'ADDRESS'), f(10, 18, 1, 'DATE')])).toEqual([f(10, 18, 1, 'DATE')]);
  });

  it('keeps non-overlapping findings in order and scales to many findings', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => f(i * 3, i * 3 + 2 + (i % 2), 0.5 + (i % 5) / 10));
    const start = performance.now();
    const kept = resolveOverlaps(many);
    expect(performance.now() - start).toBeLessThan(2000);
    for (let i = 1; i < kept.length; i++) expect(kept[i]!.start).toBeGreaterThanOrEqual(kept[i - 1]!.end);
  });

  it('summarises by type and count only', () => {
    const summary = summariseFindings([f(0, 2, 1), f(3, 4, 1), f(5, 9, 1, 'PERSON')]);
    expect(summary).toEqual({ PHONE: 2, PERSON: 1 });
    expect(JSON.stringify(summary)).not.toContain('xx');
  });
});
