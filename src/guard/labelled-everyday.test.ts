import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readTriageItems } from './testing/labelled-checks.ts';

/**
 * The everyday-questions sets: one written as training data for the emergency model, one kept for
 * evaluation only, and a second evaluation set of everyday questions without emergencies (written as
 * training data, never trained on: see its card). Checks their shape and that the training set stays apart
 * from the evaluation sets.
 */
const train = readTriageItems('data/labelled/triage-everyday-train.jsonl');
const holdout2 = readTriageItems('data/labelled/triage-everyday-holdout-2.jsonl');
const holdout = readTriageItems('data/labelled/triage-everyday-holdout.jsonl');
const fourGrams = (text: string) => {
  const t = text.toLowerCase().replace(/\s+/g, ' ');
  return new Set(Array.from({ length: Math.max(t.length - 3, 1) }, (_, i) => t.slice(i, i + 4)));
};
const jaccard = (a: Set<string>, b: Set<string>) => {
  let shared = 0;
  for (const g of a) if (b.has(g)) shared++;
  return shared / (a.size + b.size - shared);
};

describe('everyday-questions triage sets', () => {
  for (const [name, set, tag] of [
    ['training', train, 'everyday-train'],
    ['evaluation', holdout, 'everyday-holdout'],
    ['second evaluation', holdout2, 'everyday-holdout-2'],
  ] as const)
    it(`${name}: well-formed, unique, tagged, both languages`, () => {
      expect(new Set(set.map((m) => m.id)).size).toBe(set.length);
      expect(new Set(set.map((m) => m.text)).size).toBe(set.length);
      for (const m of set) {
        expect(['emergency', 'urgent', 'routine']).toContain(m.label);
        expect(['zh', 'en']).toContain(m.lang);
        expect(m.tags).toContain(tag);
        expect(m.rationale).not.toMatch(/\n/);
      }
      expect(set.filter((m) => m.lang === 'zh').length).toBeGreaterThan(set.length / 3);
    });

  it('the training set holds no emergencies and has the size its card states', () => {
    expect(train.filter((m) => m.label === 'emergency')).toEqual([]);
    expect(train.length).toBe(392);
    expect(parse(readFileSync('data/labelled/triage-everyday-train.card.yaml', 'utf8')).removed).toMatch(
      /392/,
    );
  });

  it('the second evaluation set holds no emergencies, is mostly routine and has the size its card states', () => {
    const card = parse(readFileSync('data/labelled/triage-everyday-holdout-2.card.yaml', 'utf8'));
    expect(holdout2.filter((m) => m.label === 'emergency')).toEqual([]);
    expect(holdout2.length).toBe(card.counts.total);
    expect(holdout2.filter((m) => m.lang === 'zh').length).toBe(card.counts.by_language.zh);
    expect(holdout2.filter((m) => m.lang === 'en').length).toBe(card.counts.by_language.en);
    expect(holdout2.filter((m) => m.label === 'routine').length).toBe(card.counts.by_label.routine);
    expect(holdout2.filter((m) => m.label === 'urgent').length).toBe(card.counts.by_label.urgent);
    for (const lang of ['zh', 'en'])
      expect(holdout2.filter((m) => m.lang === lang).map((m) => m.id)).toEqual(
        holdout2
          .filter((m) => m.lang === lang)
          .map((_, i) => `tri-ev2-${lang}-${String(i + 1).padStart(3, '0')}`),
      );
  });

  it('the second evaluation set shares no message with the training set', () => {
    const first = new Set(train.map((m) => m.text));
    expect(holdout2.filter((m) => first.has(m.text))).toEqual([]);
  });

  it('the evaluation set has emergencies among mostly routine questions', () => {
    expect(holdout.length).toBe(200);
    expect(holdout.filter((m) => m.label === 'emergency').length).toBe(20);
  });

  it('no training message is a near copy of an evaluation message', () => {
    const trainGrams = train.map((m) => fourGrams(m.text));
    for (const h of [...holdout, ...holdout2]) {
      const g = fourGrams(h.text);
      for (const t of trainGrams) expect(jaccard(g, t)).toBeLessThanOrEqual(0.35);
    }
  });
});
