import { describe, expect, it } from 'vitest';
import { dropDuplicateSpans, type Finding, resolveOverlaps } from '../finding.ts';

const f = (start: number, end: number, score: number, type: Finding['type'] = 'PERSON'): Finding => ({
  type,
  start,
  end,
  text: 'x'.repeat(end - start),
  score,
  detector: 'pii.test',
});

describe('dropDuplicateSpans', () => {
  it('keeps one finding per span and type, the best-scoring, and every other span', () => {
    const kept = dropDuplicateSpans([f(0, 3, 0.7), f(5, 8, 0.85), f(0, 3, 0.9), f(0, 3, 0.8, 'ADDRESS')]);
    expect(kept).toEqual([f(0, 3, 0.9), f(5, 8, 0.85), f(0, 3, 0.8, 'ADDRESS')]);
  });
});

describe('resolveOverlaps by cluster', () => {
  it('resolves each cluster of overlapping spans on its own and keeps lone spans as they are', () => {
    const findings = [f(20, 25, 0.6), f(0, 4, 0.7), f(2, 6, 0.9), f(10, 12, 0.5), f(22, 30, 0.8)];
    expect(resolveOverlaps(findings)).toEqual([f(2, 6, 0.9), f(10, 12, 0.5), f(22, 30, 0.8)]);
  });
});

describe('the Finding contract on every labelled text', () => {
  it('reports text equal to the input between start and end, for every recognizer', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { RecognizerRegistry } = await import('../registry.ts');
    const registry = RecognizerRegistry.withDefaults();
    const files = readdirSync('data/labelled').filter((name) => /^deid.*\.jsonl$/.test(name));
    let checked = 0;
    for (const name of files)
      for (const line of readFileSync(`data/labelled/${name}`, 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const record = JSON.parse(line) as { text: string; lang: 'zh' | 'en' };
        for (const finding of registry.analyze(record.text, { language: record.lang })) {
          expect(record.text.slice(finding.start, finding.end)).toBe(finding.text);
          checked++;
        }
      }
    expect(checked).toBeGreaterThan(5000);
  });
});
