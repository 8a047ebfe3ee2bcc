import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { DEID_HOLDOUT_4_PATH, generateDeidHoldout4 } from '../../scripts/labelled/deid-holdout-4.ts';
import { renderJsonl } from '../../scripts/labelled/generate-deid.ts';
import { piiTypes } from './finding.ts';
import {
  countBy,
  type DeidCardCounts,
  expectDeidCardCounts,
  gb11643Valid,
  hkidValid,
  jsonlTexts,
  labelsByLanguage,
  luhn,
  readTriageItems,
} from './testing/labelled-checks.ts';

/**
 * The round-4 held-out sets: shape, provenance and checksums only (their scores are the bench's
 * business). The checksums are the test's own (testing/labelled-checks.ts), independent of the recognizers.
 */
describe('data/labelled/deid-holdout-4.jsonl', () => {
  const text = readFileSync(DEID_HOLDOUT_4_PATH, 'utf8');
  const records = generateDeidHoldout4();
  const spans = records.flatMap((r) =>
    r.spans.map((s) => ({ ...s, lang: r.lang, value: r.text.slice(s.start, s.end) })),
  );

  it('is exactly what scripts/labelled/deid-holdout-4.ts writes', () => {
    expect(text).toBe(renderJsonl(records));
  });

  it('has unique ids and texts, hand-written held-out records and about half in each language', () => {
    expect(records.length).toBeGreaterThanOrEqual(170);
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    expect(new Set(records.map((r) => r.text)).size).toBe(records.length);
    for (const r of records) {
      expect(r.id).toMatch(/^h4-(zh|en)-\d{3}$/);
      expect(r.id.startsWith(`h4-${r.lang}-`)).toBe(true);
      expect(r.split).toBe('holdout');
      expect(r.source).toBe('handwritten');
      expect(r.text).not.toMatch(/\[\[|\]\]|\{\{|\}\}/);
    }
    const zh = records.filter((r) => r.lang === 'zh').length;
    expect(zh / records.length).toBeGreaterThan(0.4);
    expect(zh / records.length).toBeLessThan(0.6);
  });

  it('shares no snippet with the earlier de-identification sets', () => {
    const earlier = new Set(
      [
        'data/labelled/deid.jsonl',
        'data/labelled/deid-holdout.jsonl',
        'data/labelled/deid-holdout-2.jsonl',
        'data/labelled/deid-holdout-3.jsonl',
      ].flatMap(jsonlTexts),
    );
    for (const r of records) expect(earlier.has(r.text), r.id).toBe(false);
  });

  it('has in-vocabulary, trimmed, ordered, non-overlapping spans that match their offsets', () => {
    for (const r of records) {
      let end = 0;
      for (const s of r.spans) {
        expect((piiTypes as readonly string[]).includes(s.type), `${r.id} ${s.type}`).toBe(true);
        expect(s.start, r.id).toBeGreaterThanOrEqual(end);
        expect(s.end).toBeGreaterThan(s.start);
        expect(s.end).toBeLessThanOrEqual(r.text.length);
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
      if (s.type === 'ID_CARD' && /^[\d\s-]+[\dXx]$/.test(s.value) && digits.length === 18)
        expect(gb11643Valid(digits), s.value).toBe(true);
      if (s.type === 'ID_CARD' && /^[A-Z]{1,2}\d{6}\(/.test(s.value))
        expect(hkidValid(s.value), s.value).toBe(true);
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

  it('uses example.* mail and web hosts and documentation IP ranges', () => {
    for (const s of spans) {
      if (s.type === 'EMAIL') expect(s.value, s.value).toMatch(/@([a-z0-9-]+\.)*example\.[a-z.]+$/);
      if (s.type === 'URL')
        expect(s.value, s.value).toMatch(/^(https?:\/\/)?([a-z0-9-]+\.)*example\.[a-z.]+(\/|$)/);
      if (s.type === 'IP')
        expect(s.value, s.value).toMatch(
          /^(198\.51\.100\.\d{1,3}|203\.0\.113\.\d{1,3}|2001:db8:[0-9a-f:]*)$/,
        );
    }
  });

  it('meets the per-type minimums and covers the whole vocabulary', () => {
    const byType = countBy(spans, (s) => s.type);
    expect(spans.length).toBeGreaterThanOrEqual(550);
    const minimum: Record<string, number> = {
      PERSON: 150,
      ADDRESS: 35,
      MRN: 40,
      ID_CARD: 20,
      PHONE: 30,
      BANK_CARD: 12,
      EMAIL: 10,
      AGE: 10,
      INSURANCE_ID: 10,
      PLATE: 10,
      ACCOUNT: 10,
      PASSPORT: 10,
    };
    for (const [type, n] of Object.entries(minimum))
      expect(byType[type] ?? 0, type).toBeGreaterThanOrEqual(n);
    for (const type of piiTypes) expect(byType[type] ?? 0, type).toBeGreaterThan(0);
    for (const s of spans.filter((x) => x.type === 'AGE' && /^\d+$/.test(x.value)))
      expect(Number(s.value), s.value).toBeGreaterThan(89);
  });

  it('has a card whose counts equal the file', () => {
    const card = parseYaml(readFileSync('data/labelled/deid-holdout-4.card.yaml', 'utf8')) as {
      date: string;
      counts: DeidCardCounts;
    };
    expect(card.date).toBe('2026-11-23');
    expectDeidCardCounts(records, card.counts);
  });
});

describe('data/labelled/triage-holdout-4.jsonl', () => {
  const items = readTriageItems('data/labelled/triage-holdout-4.jsonl');

  it('has unique ids and texts, known labels and languages, rationales and the round-4 tag', () => {
    expect(items.length).toBeGreaterThanOrEqual(240);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    expect(new Set(items.map((i) => i.text)).size).toBe(items.length);
    for (const i of items) {
      expect(['emergency', 'urgent', 'routine']).toContain(i.label);
      expect(['zh', 'en']).toContain(i.lang);
      expect(i.id).toMatch(new RegExp(`^tri-h4-${i.lang}-\\d{3}$`));
      expect(i.tags).toContain('fresh-holdout-4');
      expect(i.text.trim().length).toBeGreaterThan(0);
      expect(i.rationale.trim().length).toBeGreaterThan(0);
    }
    const zh = items.filter((i) => i.lang === 'zh').length;
    expect(zh / items.length).toBeGreaterThan(0.4);
    expect(zh / items.length).toBeLessThan(0.6);
  });

  it('is balanced roughly as briefed and shares no message with the earlier sets', () => {
    const byLabel = countBy(items, (i) => i.label);
    expect(byLabel.emergency).toBeGreaterThanOrEqual(100);
    expect(byLabel.urgent).toBeGreaterThanOrEqual(70);
    expect(byLabel.routine).toBeGreaterThanOrEqual(70);
    const hard = items.filter((i) => i.tags.includes('hard'));
    expect(hard.filter((i) => i.label === 'emergency').length).toBeGreaterThanOrEqual(byLabel.emergency! / 4);
    expect(hard.filter((i) => i.label === 'routine').length).toBeGreaterThanOrEqual(byLabel.routine! / 4);
    const earlier = new Set(
      [
        'data/labelled/triage.jsonl',
        'data/labelled/triage-holdout.jsonl',
        'data/labelled/triage-holdout-2.jsonl',
        'data/labelled/triage-holdout-3.jsonl',
      ].flatMap(jsonlTexts),
    );
    for (const i of items) expect(earlier.has(i.text), i.id).toBe(false);
  });

  it('has a card whose counts equal the file', () => {
    const card = parseYaml(readFileSync('data/labelled/triage-holdout-4.card.yaml', 'utf8')) as {
      counts: {
        total: number;
        by_label: Record<string, number>;
        by_language: Record<string, number>;
        zh: Record<string, number>;
        en: Record<string, number>;
        hard: { total: number; zh: Record<string, number>; en: Record<string, number> };
      };
    };
    expect(card.counts.total).toBe(items.length);
    expect(card.counts.by_label).toEqual(countBy(items, (i) => i.label));
    expect(card.counts.by_language).toEqual(countBy(items, (i) => i.lang));
    const hard = items.filter((i) => i.tags.includes('hard'));
    expect(card.counts.hard.total).toBe(hard.length);
    for (const lang of ['zh', 'en'] as const) {
      expect(card.counts[lang]).toEqual(labelsByLanguage(items, lang));
      expect(card.counts.hard[lang]).toEqual(
        countBy(
          hard.filter((i) => i.lang === lang),
          (i) => i.label,
        ),
      );
    }
  });
});
