import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { DEID_HOLDOUT_PATH, generateDeidHoldout } from '../../scripts/labelled/deid-holdout.ts';
import { renderJsonl } from '../../scripts/labelled/generate-deid.ts';
import { piiTypes } from './finding.ts';
import { isValidResidentId, luhnValid } from './recognizers/checksums.ts';

/** The fresh held-out sets: shape and provenance only (their scores are the bench's business). */
describe('data/labelled/deid-holdout.jsonl', () => {
  const text = readFileSync(DEID_HOLDOUT_PATH, 'utf8');
  const records = generateDeidHoldout();

  it('is exactly what scripts/labelled/deid-holdout.ts writes', () => {
    expect(text).toBe(renderJsonl(records));
  });

  it('has valid spans, synthetic identifiers with valid checksums, and a card that matches', () => {
    expect(records.length).toBeGreaterThanOrEqual(60);
    for (const r of records) {
      expect(r.split).toBe('holdout');
      for (const s of r.spans) {
        expect((piiTypes as readonly string[]).includes(s.type)).toBe(true);
        const value = r.text.slice(s.start, s.end);
        expect(value.trim()).toBe(value);
        const digits = value.replace(/[^0-9Xx]/g, '');
        if (s.type === 'ID_CARD' && digits.length === 18) expect(isValidResidentId(digits), value).toBe(true);
        if (s.type === 'BANK_CARD') expect(luhnValid(digits), value).toBe(true);
      }
    }
    const card = parseYaml(readFileSync('data/labelled/deid-holdout.card.yaml', 'utf8')) as {
      counts: { snippets: number; spans_by_type: Record<string, { zh: number; en: number }> };
    };
    expect(card.counts.snippets).toBe(records.length);
    for (const [type, byLang] of Object.entries(card.counts.spans_by_type))
      for (const lang of ['zh', 'en'] as const)
        expect(
          records.filter((r) => r.lang === lang).flatMap((r) => r.spans.filter((s) => s.type === type))
            .length,
          `${type} ${lang}`,
        ).toBe(byLang[lang]);
  });
});

describe('data/labelled/triage-holdout.jsonl', () => {
  const items = readFileSync('data/labelled/triage-holdout.jsonl', 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; lang: string; text: string; label: string; tags: string[] });

  it('has unique ids, known labels and languages, and a card whose counts match', () => {
    expect(items.length).toBeGreaterThanOrEqual(150);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    for (const i of items) {
      expect(['emergency', 'urgent', 'routine']).toContain(i.label);
      expect(['zh', 'en']).toContain(i.lang);
      expect(i.tags).toContain('fresh-holdout');
      expect(i.text.length).toBeGreaterThan(0);
    }
    const card = parseYaml(readFileSync('data/labelled/triage-holdout.card.yaml', 'utf8')) as {
      counts: { total: number; by_label: Record<string, number> };
    };
    expect(card.counts.total).toBe(items.length);
    for (const [label, n] of Object.entries(card.counts.by_label))
      expect(items.filter((i) => i.label === label).length).toBe(n);
  });
});
