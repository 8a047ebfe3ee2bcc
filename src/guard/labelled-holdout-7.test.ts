import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { DEID_HOLDOUT_7_PATH, generateDeidHoldout7 } from '../../scripts/labelled/deid-holdout-7.ts';
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
 * The round-7 held-out sets (a mix of the everyday common case and unusual settings): shape, provenance and checksums only (their scores are the bench's
 * business). The checksums are the test's own (testing/labelled-checks.ts and the few below),
 * independent of the recognizers.
 */

/** Taiwan national ID: a letter, a sex digit (1/2), seven digits and a check digit. */
const TW_LETTERS = 'ABCDEFGHJKLMNPQRSTUVXYWZIO';
const taiwanIdValid = (id: string): boolean => {
  const m = /^([A-Z])([12]\d{8})$/.exec(id);
  if (!m) return false;
  const n = TW_LETTERS.indexOf(m[1]!) + 10;
  const digits = [...m[2]!].map(Number);
  const sum =
    Math.floor(n / 10) +
    (n % 10) * 9 +
    digits.slice(0, 8).reduce((acc, d, i) => acc + d * (8 - i), 0) +
    digits[8]!;
  return sum % 10 === 0;
};

/** NHS number: ten digits, the last a modulus-11 check digit. */
const nhsValid = (digits: string): boolean => {
  if (!/^\d{10}$/.test(digits)) return false;
  const sum = [...digits.slice(0, 9)].reduce((acc, d, i) => acc + Number(d) * (10 - i), 0);
  const check = 11 - (sum % 11);
  return check !== 10 && (check === 11 ? 0 : check) === Number(digits[9]);
};

/** Aadhaar: twelve digits, not starting with 0 or 1, the last a Verhoeff check digit. */
const VERHOEFF_D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];
const aadhaarValid = (digits: string): boolean =>
  /^[2-9]\d{11}$/.test(digits) &&
  [...digits].reverse().reduce((c, d, i) => VERHOEFF_D[c]![VERHOEFF_P[i % 8]![Number(d)]!]!, 0) === 0;

/** Australian Medicare number: ten digits, the ninth a weighted check digit of the first eight. */
const medicareValid = (digits: string): boolean =>
  /^[2-6]\d{9}$/.test(digits) &&
  [1, 3, 7, 9, 1, 3, 7, 9].reduce((acc, w, i) => acc + w * Number(digits[i]), 0) % 10 === Number(digits[8]);

/** The birth date inside an 18-digit resident ID is a real calendar date. */
const birthDateValid = (id: string): boolean => {
  const [y, m, d] = [id.slice(6, 10), id.slice(10, 12), id.slice(12, 14)].map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d!));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m! - 1 && date.getUTCDate() === d;
};

describe('data/labelled/deid-holdout-7.jsonl', () => {
  const text = readFileSync(DEID_HOLDOUT_7_PATH, 'utf8');
  const records = generateDeidHoldout7();
  const spans = records.flatMap((r) =>
    r.spans.map((s) => ({ ...s, id: r.id, lang: r.lang, text: r.text, value: r.text.slice(s.start, s.end) })),
  );
  /** The words just before a span, where its label sits. */
  const textBefore = (s: (typeof spans)[number], n = 20) => s.text.slice(Math.max(0, s.start - n), s.start);

  it('is exactly what scripts/labelled/deid-holdout-7.ts writes', () => {
    expect(text).toBe(renderJsonl(records));
  });

  it('has unique ids and texts, hand-written held-out records and about half in each language', () => {
    expect(records.length).toBeGreaterThanOrEqual(150);
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    expect(new Set(records.map((r) => r.text)).size).toBe(records.length);
    for (const r of records) {
      expect(r.id).toMatch(/^h7-(zh|en)-\d{3}$/);
      expect(r.id.startsWith(`h7-${r.lang}-`)).toBe(true);
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
        'data/labelled/deid-holdout-4.jsonl',
        'data/labelled/deid-holdout-5.jsonl',
        'data/labelled/deid-holdout-6.jsonl',
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
      if (s.type === 'ID_CARD' && /^[\d\s-]+[\dXx]$/.test(s.value) && digits.length === 18) {
        expect(gb11643Valid(digits), s.value).toBe(true);
        expect(birthDateValid(digits), s.value).toBe(true);
      }
      if (s.type === 'ID_CARD' && /^[A-Z]{1,2}\d{6}\(/.test(s.value))
        expect(hkidValid(s.value), s.value).toBe(true);
      if (s.type === 'ID_CARD' && /^[A-Z][12]\d{8}$/.test(s.value))
        expect(taiwanIdValid(s.value), s.value).toBe(true);
      // South African ID numbers (13 digits) end in a Luhn digit; Aadhaar numbers (12) in a Verhoeff digit.
      if (s.type === 'ID_CARD' && /^\d{13}$/.test(s.value)) expect(luhn(s.value), s.value).toBe(true);
      if (s.type === 'ID_CARD' && /Aadhaar/.test(textBefore(s)))
        expect(aadhaarValid(digits), s.value).toBe(true);
      if (s.type === 'INSURANCE_ID' && /NHS/.test(textBefore(s)))
        expect(nhsValid(digits), s.value).toBe(true);
      if (s.type === 'INSURANCE_ID' && /NHS/.test(textBefore(s)))
        expect(digits.startsWith('999'), s.value).toBe(true);
      if (s.type === 'INSURANCE_ID' && /Medicare/.test(textBefore(s)) && digits.length === 10)
        expect(medicareValid(digits), s.value).toBe(true);
      if (s.type === 'ID_CARD' && /^\d{15}$/.test(s.value))
        expect(birthDateValid(`${s.value.slice(0, 6)}19${s.value.slice(6)}`), s.value).toBe(true);
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

  it('uses example.* mail and web hosts, documentation IP ranges and fictional phone ranges where they exist', () => {
    for (const s of spans) {
      if (s.type === 'EMAIL') expect(s.value, s.value).toMatch(/@([a-z0-9-]+\.)*example\.[a-z.]+$/);
      if (s.type === 'URL')
        expect(s.value, s.value).toMatch(/^(https?:\/\/)?([a-z0-9-]+\.)*example\.[a-z.]+(\/|$)/);
      if (s.type === 'IP')
        expect(s.value, s.value).toMatch(
          /^(198\.51\.100\.\d{1,3}|203\.0\.113\.\d{1,3}|2001:db8:[0-9a-f:]*)$/,
        );
      // North American numbers in the 555-01xx range, UK mobiles in 07700 900xxx.
      if (s.type === 'PHONE' && /^\(\d{3}\) 555-/.test(s.value))
        expect(s.value, s.value).toMatch(/555-01\d\d$/);
      if (s.type === 'PHONE' && /^07700/.test(s.value)) expect(s.value, s.value).toMatch(/^07700 900\d{3}$/);
    }
  });

  it('meets the per-type minimums and covers the whole vocabulary', () => {
    const byType = countBy(spans, (s) => s.type);
    expect(spans.length).toBeGreaterThanOrEqual(500);
    const minimum: Record<string, number> = {
      PERSON: 150,
      ADDRESS: 30,
      MRN: 40,
      ID_CARD: 20,
      PHONE: 30,
      BANK_CARD: 12,
      EMAIL: 10,
      AGE: 8,
      INSURANCE_ID: 10,
      PLATE: 6,
      ACCOUNT: 6,
      PASSPORT: 6,
    };
    for (const [type, n] of Object.entries(minimum))
      expect(byType[type] ?? 0, type).toBeGreaterThanOrEqual(n);
    for (const type of piiTypes) expect(byType[type] ?? 0, type).toBeGreaterThan(0);
    for (const s of spans.filter((x) => x.type === 'AGE' && /^\d+$/.test(x.value)))
      expect(Number(s.value), s.value).toBeGreaterThan(89);
    expect(records.filter((r) => r.spans.length === 0).length).toBeGreaterThanOrEqual(10);
  });

  it('has a card whose counts equal the file', () => {
    const card = parseYaml(readFileSync('data/labelled/deid-holdout-7.card.yaml', 'utf8')) as {
      date: string;
      counts: DeidCardCounts;
    };
    expect(card.date).toBe('2026-11-23');
    expectDeidCardCounts(records, card.counts);
  });
});

describe('data/labelled/triage-holdout-7.jsonl', () => {
  const items = readTriageItems('data/labelled/triage-holdout-7.jsonl');

  it('has unique ids and texts, known labels and languages, rationales and the round-7 tag', () => {
    expect(items.length).toBeGreaterThanOrEqual(200);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    expect(new Set(items.map((i) => i.text)).size).toBe(items.length);
    for (const i of items) {
      expect(['emergency', 'urgent', 'routine']).toContain(i.label);
      expect(['zh', 'en']).toContain(i.lang);
      expect(i.id).toMatch(new RegExp(`^tri-h7-${i.lang}-\\d{3}$`));
      expect(i.tags).toContain('fresh-holdout-7');
      expect(i.text.trim().length).toBeGreaterThan(0);
      expect(i.rationale.trim().length).toBeGreaterThan(0);
      expect(i.rationale, i.id).not.toContain('\n');
    }
    for (const lang of ['zh', 'en'] as const) {
      const ids = items.filter((i) => i.lang === lang).map((i) => i.id);
      expect(ids).toEqual(ids.map((_, n) => `tri-h7-${lang}-${String(n + 1).padStart(3, '0')}`));
    }
    const zh = items.filter((i) => i.lang === 'zh').length;
    expect(zh / items.length).toBeGreaterThan(0.4);
    expect(zh / items.length).toBeLessThan(0.6);
  });

  it('is balanced roughly as briefed and shares no message with the earlier sets', () => {
    const byLabel = countBy(items, (i) => i.label);
    expect(byLabel.emergency).toBeGreaterThanOrEqual(80);
    expect(byLabel.urgent).toBeGreaterThanOrEqual(55);
    expect(byLabel.routine).toBeGreaterThanOrEqual(55);
    const hard = items.filter((i) => i.tags.includes('hard'));
    expect(hard.filter((i) => i.label === 'emergency').length).toBeGreaterThanOrEqual(
      byLabel.emergency! * 0.3,
    );
    expect(hard.filter((i) => i.label === 'routine').length).toBeGreaterThanOrEqual(byLabel.routine! * 0.3);
    const earlier = new Set(
      [
        'data/labelled/triage.jsonl',
        'data/labelled/triage-holdout.jsonl',
        'data/labelled/triage-holdout-2.jsonl',
        'data/labelled/triage-holdout-3.jsonl',
        'data/labelled/triage-holdout-4.jsonl',
        'data/labelled/triage-holdout-5.jsonl',
        'data/labelled/triage-holdout-6.jsonl',
      ].flatMap(jsonlTexts),
    );
    for (const i of items) expect(earlier.has(i.text), i.id).toBe(false);
  });

  it('has a card whose counts equal the file', () => {
    const card = parseYaml(readFileSync('data/labelled/triage-holdout-7.card.yaml', 'utf8')) as {
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
