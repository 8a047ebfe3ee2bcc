import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { DEID_HOLDOUT_2_PATH, generateDeidHoldout2 } from '../../scripts/labelled/deid-holdout-2.ts';
import { renderJsonl } from '../../scripts/labelled/generate-deid.ts';
import { piiTypes } from './finding.ts';
import {
  countBy,
  type DeidCardCounts,
  expectDeidCardCounts,
  gb11643Valid,
  jsonlTexts,
  labelsByLanguage,
  luhn,
  readTriageItems,
} from './testing/labelled-checks.ts';

/**
 * The round-2 held-out sets: shape, provenance and checksums only (their scores are the bench's
 * business). The checksums are the test's own (testing/labelled-checks.ts), independent of the recognizers.
 */
describe('data/labelled/deid-holdout-2.jsonl', () => {
  const text = readFileSync(DEID_HOLDOUT_2_PATH, 'utf8');
  const records = generateDeidHoldout2();
  const spans = records.flatMap((r) =>
    r.spans.map((s) => ({ ...s, lang: r.lang, value: r.text.slice(s.start, s.end) })),
  );

  it('is exactly what scripts/labelled/deid-holdout-2.ts writes', () => {
    expect(text).toBe(renderJsonl(records));
  });

  it('has unique ids, hand-written held-out records and about half in each language', () => {
    expect(records.length).toBeGreaterThanOrEqual(160);
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    for (const r of records) {
      expect(r.id).toMatch(/^h2-(zh|en)-\d{3}$/);
      expect(r.id.startsWith(`h2-${r.lang}-`)).toBe(true);
      expect(r.split).toBe('holdout');
      expect(r.source).toBe('handwritten');
      expect(r.text).not.toMatch(/\[\[|\]\]/);
    }
    const zh = records.filter((r) => r.lang === 'zh').length;
    expect(zh / records.length).toBeGreaterThan(0.4);
    expect(zh / records.length).toBeLessThan(0.6);
  });

  it('has in-vocabulary, trimmed, ordered, non-overlapping spans', () => {
    for (const r of records) {
      let end = 0;
      for (const s of r.spans) {
        expect((piiTypes as readonly string[]).includes(s.type), `${r.id} ${s.type}`).toBe(true);
        expect(s.start, r.id).toBeGreaterThanOrEqual(end);
        expect(s.end).toBeGreaterThan(s.start);
        const value = r.text.slice(s.start, s.end);
        expect(value.trim(), r.id).toBe(value);
        expect(value, r.id).not.toContain('\n');
        end = s.end;
      }
    }
  });

  it('uses synthetic identifiers with valid checksums', () => {
    for (const s of spans) {
      const digits = s.value.normalize('NFKC').replace(/[^0-9Xx]/g, '');
      if (s.type === 'ID_CARD' && digits.length === 18) expect(gb11643Valid(digits), s.value).toBe(true);
      if (s.type === 'BANK_CARD') expect(luhn(digits), s.value).toBe(true);
    }
    const ids18 = spans.filter(
      (s) => s.type === 'ID_CARD' && s.value.normalize('NFKC').replace(/[^0-9Xx]/g, '').length === 18,
    );
    expect(ids18.length).toBeGreaterThanOrEqual(15);
    expect(
      spans.filter((s) => s.type === 'ID_CARD' && /^\d{15}$/.test(s.value)).length,
    ).toBeGreaterThanOrEqual(3);
  });

  it('meets the per-type minimums and covers the whole vocabulary', () => {
    const byType = countBy(spans, (s) => s.type);
    const minimum: Record<string, number> = {
      PERSON: 120,
      ADDRESS: 35,
      MRN: 40,
      ID_CARD: 25,
      PHONE: 30,
      BANK_CARD: 15,
      EMAIL: 12,
    };
    for (const [type, n] of Object.entries(minimum))
      expect(byType[type] ?? 0, type).toBeGreaterThanOrEqual(n);
    // The fifteen types of the card vocabulary (deid.card.yaml), each present at least once.
    for (const type of piiTypes) expect(byType[type] ?? 0, type).toBeGreaterThan(0);
  });

  it('has a card whose counts equal the file', () => {
    const card = parseYaml(readFileSync('data/labelled/deid-holdout-2.card.yaml', 'utf8')) as {
      date: string;
      counts: DeidCardCounts;
    };
    expectDeidCardCounts(records, card.counts);
  });
});

describe('data/labelled/triage-holdout-2.jsonl', () => {
  const items = readTriageItems('data/labelled/triage-holdout-2.jsonl');

  it('has unique ids and texts, known labels and languages, rationales and the round-2 tag', () => {
    expect(items.length).toBeGreaterThanOrEqual(240);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    expect(new Set(items.map((i) => i.text)).size).toBe(items.length);
    for (const i of items) {
      expect(['emergency', 'urgent', 'routine']).toContain(i.label);
      expect(['zh', 'en']).toContain(i.lang);
      expect(i.id).toMatch(new RegExp(`^tri-h2-${i.lang}-\\d{3}$`));
      expect(i.tags).toContain('fresh-holdout-2');
      expect(i.text.length).toBeGreaterThan(0);
      expect(i.rationale.length).toBeGreaterThan(0);
    }
  });

  it('is balanced roughly as briefed and shares no message with the earlier sets', () => {
    const byLabel = countBy(items, (i) => i.label);
    expect(byLabel.emergency).toBeGreaterThanOrEqual(85);
    expect(byLabel.urgent).toBeGreaterThanOrEqual(70);
    expect(byLabel.routine).toBeGreaterThanOrEqual(70);
    const earlier = new Set(
      ['data/labelled/triage.jsonl', 'data/labelled/triage-holdout.jsonl'].flatMap(jsonlTexts),
    );
    for (const i of items) expect(earlier.has(i.text), i.id).toBe(false);
  });

  it('has a card whose counts equal the file', () => {
    const card = parseYaml(readFileSync('data/labelled/triage-holdout-2.card.yaml', 'utf8')) as {
      counts: {
        total: number;
        by_label: Record<string, number>;
        by_language: Record<string, number>;
        zh: Record<string, number>;
        en: Record<string, number>;
      };
    };
    expect(card.counts.total).toBe(items.length);
    expect(card.counts.by_label).toEqual(countBy(items, (i) => i.label));
    expect(card.counts.by_language).toEqual(countBy(items, (i) => i.lang));
    for (const lang of ['zh', 'en'] as const)
      expect(card.counts[lang]).toEqual(labelsByLanguage(items, lang));
  });
});
