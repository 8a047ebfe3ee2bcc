import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { LabelledRecord } from '../../../scripts/labelled/generate-deid.ts';

/**
 * What the tests of the held-out labelled sets share. The checksums are computed here rather than
 * with the recognizers' helpers, so the gold labels are checked independently of the code they
 * evaluate.
 */

const GB_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** Mainland resident ID (GB 11643): 17 digits and a check character. */
export const gb11643Valid = (id: string): boolean => {
  if (!/^\d{17}[\dX]$/i.test(id)) return false;
  const sum = GB_WEIGHTS.reduce((acc, w, i) => acc + w * Number(id[i]), 0);
  return '10X98765432'[sum % 11] === id[17]!.toUpperCase();
};

export const luhn = (digits: string): boolean => {
  if (!/^\d{12,19}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
};

/** Hong Kong identity card: one or two letters, six digits, check character in brackets. */
export const hkidValid = (id: string): boolean => {
  const m = /^([A-Z]{1,2})(\d{6})\(([\dA])\)$/.exec(id);
  if (!m) return false;
  const letters =
    m[1]!.length === 1 ? [36, m[1]!.charCodeAt(0) - 55] : [...m[1]!].map((c) => c.charCodeAt(0) - 55);
  const values = [...letters, ...[...m[2]!].map(Number)];
  const sum = values.reduce((acc, v, i) => acc + v * (9 - i), 0);
  const check = 11 - (sum % 11);
  return (check === 11 ? '0' : check === 10 ? 'A' : String(check)) === m[3];
};

export const countBy = <T>(xs: T[], key: (x: T) => string): Record<string, number> =>
  xs.reduce<Record<string, number>>((acc, x) => {
    acc[key(x)] = (acc[key(x)] ?? 0) + 1;
    return acc;
  }, {});

/** The `text` of every line of a JSONL file. */
export const jsonlTexts = (file: string): string[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text);

/** A de-identification card's `counts` block. */
export interface DeidCardCounts {
  snippets: number;
  spans: number;
  without_spans: number;
  by_language: Record<string, number>;
  by_genre: Record<string, { zh: number; en: number }>;
  spans_by_type: Record<string, { zh: number; en: number }>;
}

/** Every count a de-identification card states equals what the file holds. */
export function expectDeidCardCounts(records: LabelledRecord[], c: DeidCardCounts): void {
  const spans = records.flatMap((r) => r.spans.map((s) => ({ type: s.type, lang: r.lang })));
  expect(c.snippets).toBe(records.length);
  expect(c.spans).toBe(spans.length);
  expect(c.without_spans).toBe(records.filter((r) => r.spans.length === 0).length);
  expect(c.by_language).toEqual(countBy(records, (r) => r.lang));
  const genres = countBy(records, (r) => r.genre);
  expect(Object.keys(c.by_genre).sort()).toEqual(Object.keys(genres).sort());
  for (const [genre, byLang] of Object.entries(c.by_genre))
    for (const lang of ['zh', 'en'] as const)
      expect(records.filter((r) => r.genre === genre && r.lang === lang).length, `${genre} ${lang}`).toBe(
        byLang[lang],
      );
  expect(Object.keys(c.spans_by_type).sort()).toEqual([...new Set(spans.map((s) => s.type))].sort());
  for (const [type, byLang] of Object.entries(c.spans_by_type))
    for (const lang of ['zh', 'en'] as const)
      expect(spans.filter((s) => s.type === type && s.lang === lang).length, `${type} ${lang}`).toBe(
        byLang[lang],
      );
}

export interface TriageItem {
  id: string;
  lang: string;
  text: string;
  label: string;
  rationale: string;
  tags: string[];
}

export const readTriageItems = (file: string): TriageItem[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as TriageItem);

/** Labels per language, as a triage card states them. */
export const labelsByLanguage = (items: TriageItem[], lang: 'zh' | 'en'): Record<string, number> =>
  countBy(
    items.filter((i) => i.lang === lang),
    (i) => i.label,
  );
