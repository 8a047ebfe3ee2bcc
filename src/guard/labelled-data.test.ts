import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { DEID_PATH, generateDeidRecords, renderJsonl } from '../../scripts/labelled/generate-deid.ts';
import { EN_TEMPLATES } from '../../scripts/labelled/templates-en.ts';
import { ZH_TEMPLATES } from '../../scripts/labelled/templates-zh.ts';
import { piiTypes } from './finding.ts';
import { isValidResidentId, luhnValid } from './recognizers/checksums.ts';

/** The de-identification evaluation set: its shape, its offsets and its provenance. */
const text = readFileSync(DEID_PATH, 'utf8');
const records = text
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as ReturnType<typeof generateDeidRecords>[number]);

describe('data/labelled/deid.jsonl', () => {
  it('is exactly what the checked-in generator writes', () => {
    expect(text).toBe(renderJsonl(generateDeidRecords()));
  });

  it('is large and varied enough', () => {
    expect(records.length).toBeGreaterThanOrEqual(600);
    expect(ZH_TEMPLATES.length + EN_TEMPLATES.length).toBeGreaterThanOrEqual(150);
    expect(records.filter((r) => r.source === 'handwritten').length).toBeGreaterThanOrEqual(100);
    expect(new Set(records.map((r) => r.genre)).size).toBeGreaterThanOrEqual(7);
    expect(new Set(records.map((r) => r.lang))).toEqual(new Set(['zh', 'en']));
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    // Hard negatives: snippets with no personal data at all.
    expect(records.filter((r) => r.spans.length === 0).length).toBeGreaterThanOrEqual(20);
  });

  it('has spans inside the text, of known types, not overlapping, with no stray whitespace', () => {
    for (const r of records) {
      let last = -1;
      for (const s of [...r.spans].sort((a, b) => a.start - b.start)) {
        expect((piiTypes as readonly string[]).includes(s.type), `${r.id} type ${s.type}`).toBe(true);
        expect(s.start).toBeGreaterThanOrEqual(0);
        expect(s.end).toBeLessThanOrEqual(r.text.length);
        expect(s.start, `${r.id} overlap`).toBeGreaterThanOrEqual(last);
        const value = r.text.slice(s.start, s.end);
        expect(value.trim(), `${r.id} «${value}»`).toBe(value);
        expect(value.length).toBeGreaterThan(0);
        last = s.end;
      }
    }
  });

  it('uses synthetic identifiers with valid checksums', () => {
    for (const r of records.filter((x) => x.source === 'template')) {
      for (const s of r.spans) {
        const value = r.text.slice(s.start, s.end);
        if (s.type === 'ID_CARD' && value.length === 18) expect(isValidResidentId(value), value).toBe(true);
        if (s.type === 'BANK_CARD') expect(luhnValid(value.replace(/\D/g, '')), value).toBe(true);
      }
    }
  });

  it('has a card whose counts match the data', () => {
    const card = parseYaml(readFileSync('data/labelled/deid.card.yaml', 'utf8')) as {
      licence: string;
      counts: {
        snippets: number;
        handwritten: number;
        templates: number;
        spans_by_type: Record<string, { zh: number; en: number }>;
      };
    };
    expect(card.licence).toBe('CC BY 4.0');
    expect(card.counts.snippets).toBe(records.length);
    expect(card.counts.handwritten).toBe(records.filter((r) => r.source === 'handwritten').length);
    expect(card.counts.templates).toBe(ZH_TEMPLATES.length + EN_TEMPLATES.length);
    for (const type of piiTypes) {
      const zh = records
        .filter((r) => r.lang === 'zh')
        .flatMap((r) => r.spans)
        .filter((s) => s.type === type).length;
      const en = records
        .filter((r) => r.lang === 'en')
        .flatMap((r) => r.spans)
        .filter((s) => s.type === type).length;
      expect(card.counts.spans_by_type[type] ?? { zh: 0, en: 0 }, type).toEqual({ zh, en });
    }
  });
});
