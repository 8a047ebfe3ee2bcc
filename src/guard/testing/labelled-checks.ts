import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { type LabelledRecord, renderJsonl } from '../../../scripts/labelled/generate-deid.ts';
import { piiTypes } from '../finding.ts';

/**
 * What the tests of the held-out labelled sets share: the checksums, and the checks every round
 * runs (`describeDeidHoldout`, `describeTriageHoldout`), so that each round's test file only states
 * its own thresholds and options. The checksums are computed here rather than with the recognizers'
 * helpers, so the gold labels are checked independently of the code they evaluate.
 */

const GB_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** Mainland resident ID (GB 11643): 17 digits and a check character. */
export const gb11643Valid = (id: string): boolean => {
  if (!/^\d{17}[\dX]$/i.test(id)) return false;
  const sum = GB_WEIGHTS.reduce((acc, w, i) => acc + w * Number(id[i]), 0);
  return '10X98765432'[sum % 11] === id[17]!.toUpperCase();
};

/** The Luhn check digit, for numbers of any length (OHIP numbers have ten digits). */
const luhnAnyLength = (digits: string): boolean =>
  /^\d+$/.test(digits) &&
  [...digits].reverse().reduce((acc, c, i) => {
    const d = Number(c) * (i % 2 === 1 ? 2 : 1);
    return acc + (d > 9 ? d - 9 : d);
  }, 0) %
    10 ===
    0;

/** Luhn on card lengths (12–19 digits). */
export const luhn = (digits: string): boolean => /^\d{12,19}$/.test(digits) && luhnAnyLength(digits);

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

/** Taiwan national ID: a letter, a sex digit (1/2), seven digits and a check digit. */
const TW_LETTERS = 'ABCDEFGHJKLMNPQRSTUVXYWZIO';
export const taiwanIdValid = (id: string): boolean => {
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
export const nhsValid = (digits: string): boolean => {
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
export const aadhaarValid = (digits: string): boolean =>
  /^[2-9]\d{11}$/.test(digits) &&
  [...digits].reverse().reduce((c, d, i) => VERHOEFF_D[c]![VERHOEFF_P[i % 8]![Number(d)]!]!, 0) === 0;

/** Australian Medicare number: ten digits, the ninth a weighted check digit of the first eight. */
export const medicareValid = (digits: string): boolean =>
  /^[2-6]\d{9}$/.test(digits) &&
  [1, 3, 7, 9, 1, 3, 7, 9].reduce((acc, w, i) => acc + w * Number(digits[i]), 0) % 10 === Number(digits[8]);

/** The birth date inside an 18-digit resident ID is a real calendar date. */
export const birthDateValid = (id: string): boolean => {
  const [y, m, d] = [id.slice(6, 10), id.slice(10, 12), id.slice(12, 14)].map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d!));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m! - 1 && date.getUTCDate() === d;
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

/**
 * Every labelled set of a kind that came before a round: the development set, round 1's held-out
 * set, then rounds 2 to round − 1. A new round must not repeat any of them, or it would not be fresh.
 */
export const setsBefore = (kind: 'deid' | 'triage', round: number): string[] => [
  `data/labelled/${kind}.jsonl`,
  `data/labelled/${kind}-holdout.jsonl`,
  ...Array.from({ length: round - 2 }, (_, i) => `data/labelled/${kind}-holdout-${i + 2}.jsonl`),
];

// ---- The de-identification held-out sets ----

/** A gold span with what the checks need: its record's id, language and text, and its value. */
export interface DeidSpan {
  type: string;
  start: number;
  end: number;
  id: string;
  lang: string;
  text: string;
  value: string;
  /** The value's digits (and X), after NFKC normalisation (full-width digits count). */
  digits: string;
}

/** The words just before a span, where its label sits. */
export const textBefore = (s: DeidSpan, n = 20): string => s.text.slice(Math.max(0, s.start - n), s.start);

/**
 * One identifier format's checksum, run on every span; a no-op for spans of other formats. The
 * formats arrived round by round, so each round's test lists the ones its set holds.
 */
export type IdentifierCheck = (s: DeidSpan) => void;

/** An 18-digit mainland resident ID as written: digits, spaces or hyphens, a digit or X last. */
const RESIDENT_ID_SHAPE = /^[\d\s-]+[\dXx]$/;

/** Round 2: every ID card whose digits number 18, whatever else the value holds, is a GB 11643 ID. */
export const residentIdsAnyShape: IdentifierCheck = (s) => {
  if (s.type === 'ID_CARD' && s.digits.length === 18) expect(gb11643Valid(s.digits), s.value).toBe(true);
};

/** From round 3 (which added other ID formats): 18-digit resident IDs written as such are valid. */
export const residentIds: IdentifierCheck = (s) => {
  if (s.type === 'ID_CARD' && RESIDENT_ID_SHAPE.test(s.value) && s.digits.length === 18)
    expect(gb11643Valid(s.digits), s.value).toBe(true);
};

/** The birth date inside an 18-digit resident ID is a real date. */
export const residentIdBirthDates: IdentifierCheck = (s) => {
  if (s.type === 'ID_CARD' && RESIDENT_ID_SHAPE.test(s.value) && s.digits.length === 18)
    expect(birthDateValid(s.digits), s.value).toBe(true);
};

/** The birth date inside a 15-digit (pre-1999) resident ID, whose year has two digits, is a real date. */
export const shortResidentIdBirthDates: IdentifierCheck = (s) => {
  if (s.type === 'ID_CARD' && /^\d{15}$/.test(s.value))
    expect(birthDateValid(`${s.value.slice(0, 6)}19${s.value.slice(6)}`), s.value).toBe(true);
};

export const hongKongIds: IdentifierCheck = (s) => {
  if (s.type === 'ID_CARD' && /^[A-Z]{1,2}\d{6}\(/.test(s.value))
    expect(hkidValid(s.value), s.value).toBe(true);
};

export const taiwanIds: IdentifierCheck = (s) => {
  if (s.type === 'ID_CARD' && /^[A-Z][12]\d{8}$/.test(s.value))
    expect(taiwanIdValid(s.value), s.value).toBe(true);
};

/** South African ID numbers (13 digits) end in a Luhn digit. */
export const southAfricanIds: IdentifierCheck = (s) => {
  if (s.type === 'ID_CARD' && /^\d{13}$/.test(s.value)) expect(luhn(s.value), s.value).toBe(true);
};

/** Aadhaar numbers (12 digits, labelled as such) end in a Verhoeff digit. */
export const aadhaarNumbers: IdentifierCheck = (s) => {
  if (s.type === 'ID_CARD' && /Aadhaar/.test(textBefore(s)))
    expect(aadhaarValid(s.digits), s.value).toBe(true);
};

/** NHS numbers are valid and in the 999 range the NHS reserves for testing. */
export const nhsNumbers: IdentifierCheck = (s) => {
  if (s.type === 'INSURANCE_ID' && /NHS/.test(textBefore(s))) {
    expect(nhsValid(s.digits), s.value).toBe(true);
    expect(s.digits.startsWith('999'), s.value).toBe(true);
  }
};

export const medicareNumbers: IdentifierCheck = (s) => {
  if (s.type === 'INSURANCE_ID' && /Medicare/.test(textBefore(s)) && s.digits.length === 10)
    expect(medicareValid(s.digits), s.value).toBe(true);
};

/**
 * Scottish CHI number: ten digits, the first six the birth date (DDMMYY), the last a modulus-11 check
 * digit (weights 10 to 2; a remainder giving 10 is never issued). Round 8 added it.
 */
export const chiValid = (digits: string): boolean => {
  if (!/^\d{10}$/.test(digits)) return false;
  const [d, m] = [Number(digits.slice(0, 2)), Number(digits.slice(2, 4))];
  if (d < 1 || d > 31 || m < 1 || m > 12) return false;
  const sum = [...digits.slice(0, 9)].reduce((acc, x, i) => acc + Number(x) * (10 - i), 0);
  const check = 11 - (sum % 11);
  return check !== 10 && (check === 11 ? 0 : check) === Number(digits[9]);
};

/** New Zealand NHI number (the AAANNNN format): three letters without I or O, three digits, a check digit. */
const NHI_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
export const nzNhiValid = (id: string): boolean => {
  const m = /^([A-HJ-NP-Z]{3})(\d{4})$/.exec(id);
  if (!m) return false;
  const values = [...m[1]!].map((c) => NHI_LETTERS.indexOf(c) + 1).concat([...m[2]!.slice(0, 3)].map(Number));
  const remainder = values.reduce((acc, v, i) => acc + v * (7 - i), 0) % 11;
  if (remainder === 0) return false;
  return (11 - remainder) % 10 === Number(m[2]![3]);
};

/** Round 8: CHI numbers (labelled as such) pass their check digit and start with a real day and month. */
export const chiNumbers: IdentifierCheck = (s) => {
  if (s.type === 'INSURANCE_ID' && /\bCHI\b/.test(textBefore(s)))
    expect(chiValid(s.digits), s.value).toBe(true);
};

/** Round 8: NZ NHI numbers (labelled as such, AAANNNN format) pass their check digit. */
export const nzNhiNumbers: IdentifierCheck = (s) => {
  if (s.type === 'INSURANCE_ID' && /\bNHI\b/.test(textBefore(s)) && /^[A-Z]{3}\d{4}$/.test(s.value))
    expect(nzNhiValid(s.value), s.value).toBe(true);
};

/**
 * Round 9: UAE Emirates ID numbers (784-YYYY-NNNNNNN-C, labelled as such): fifteen digits starting
 * 784, the last a Luhn digit.
 */
export const emiratesIds: IdentifierCheck = (s) => {
  if (s.type === 'ID_CARD' && /Emirates ID/.test(textBefore(s))) {
    expect(s.value, s.value).toMatch(/^784-\d{4}-\d{7}-\d$/);
    expect(luhn(s.digits), s.value).toBe(true);
  }
};

/** Round 9: Ontario health numbers (OHIP, labelled as such, version code outside): ten digits, Luhn. */
export const ohipNumbers: IdentifierCheck = (s) => {
  if (s.type === 'INSURANCE_ID' && /\bOHIP\b/.test(textBefore(s))) {
    expect(s.digits, s.value).toMatch(/^\d{10}$/);
    expect(luhnAnyLength(s.digits), s.value).toBe(true);
  }
};

/**
 * Round 10: US Medicare Beneficiary Identifiers (labelled MBI) follow the published character pattern:
 * eleven characters (hyphens aside), no S, L, O, I, B or Z, digits and letters in their fixed places.
 */
export const usMbis: IdentifierCheck = (s) => {
  if (s.type === 'INSURANCE_ID' && /\bMBI\b/.test(textBefore(s)))
    expect(s.value.replace(/-/g, ''), s.value).toMatch(
      /^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y\d]\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y\d]\d[AC-HJKMNP-RT-Y]{2}\d{2}$/,
    );
};

/** Round 10: US Social Security numbers (labelled SSN) are in the 987-65-4320…4329 advertising range. */
export const ssnAdvertisingRange: IdentifierCheck = (s) => {
  if (s.type === 'ID_CARD' && /\bSSN\b/.test(textBefore(s)))
    expect(s.value, s.value).toMatch(/^987-65-432\d$/);
};

// ---- Schemes of rounds 59 to 61 ----

/** A value's digits, as numbers (separators and letters dropped). */
const digitsOf = (v: string): number[] => [...v.replace(/\D/g, '')].map(Number);

/** Σ wᵢ × dᵢ over the weights given (the digits past them are not counted). */
const weighted = (d: number[], ws: number[]): number => ws.reduce((acc, w, i) => acc + w * d[i]!, 0);

/** The weights from `from` down, `length` of them (n + 1, n, …, 2 for a body of n digits). */
const descending = (from: number, length: number): number[] => Array.from({ length }, (_, i) => from - i);

/** The match of a value against its scheme's shape, which it must have. */
const shapeOf = (s: DeidSpan, shape: RegExp): RegExpExecArray => {
  const m = shape.exec(s.value);
  expect(m, s.value).not.toBeNull();
  return m!;
};

/**
 * Singapore NRIC and FIN: a series letter, seven digits (weights 2765432, plus 4 for the newer
 * series letter) and a check letter from the series' table.
 */
const expectSingaporeCheck = (s: DeidSpan, shape: RegExp, newer: string, table: string): void => {
  const m = shapeOf(s, shape);
  const sum = weighted(digitsOf(m[2]!), [2, 7, 6, 5, 4, 3, 2]) + (m[1] === newer ? 4 : 0);
  expect(table[sum % 11], s.value).toBe(m[3]);
};

/** Rounds 60 and 61: Singapore NRIC numbers (S or T series, labelled NRIC) end in their check letter. */
export const singaporeNrics: IdentifierCheck = (s) => {
  if (s.type === 'ID_CARD' && /\bNRIC\b/.test(textBefore(s)))
    expectSingaporeCheck(s, /^([ST])(\d{7})([A-Z])$/, 'T', 'JZIHGFEDCBA');
};

/** Round 59: Singapore FIN numbers (F or G series, labelled FIN) end in their check letter. */
export const singaporeFins: IdentifierCheck = (s) => {
  if (s.type === 'ID_CARD' && /\bFIN\b/.test(textBefore(s)))
    expectSingaporeCheck(s, /^([FG])(\d{7})([A-Z])$/, 'G', 'XWUTRQPNMLK');
};

/** Spanish DNI and NIE: the number (a leading X, Y or Z read as 0, 1, 2) modulo 23 picks the letter. */
const dniLetter = (body: string): string =>
  'TRWAGMYFPDXBNJZSQVHLCKE'[Number(body.replace(/^X/, '0').replace(/^Y/, '1').replace(/^Z/, '2')) % 23]!;

/** Round 59: Spanish NIEs (labelled NIE): X, Y or Z, seven digits and the check letter. */
export const spanishNies: IdentifierCheck = (s) => {
  if (s.type === 'ID_CARD' && /\bNIE\b/.test(textBefore(s))) {
    const m = shapeOf(s, /^([XYZ]\d{7})([A-Z])$/);
    expect(dniLetter(m[1]!), s.value).toBe(m[2]);
  }
};

/** Round 61: Spanish DNIs and NIEs (labelled DNI or NIE): eight digits, or X, Y or Z and seven, and the letter. */
export const spanishDnis: IdentifierCheck = (s) => {
  if (s.type === 'ID_CARD' && /\b(DNI|NIE)\b/.test(textBefore(s))) {
    const m = shapeOf(s, /^([XYZ]?\d{7,8})([A-Z])$/);
    expect(dniLetter(m[1]!), s.value).toBe(m[2]);
  }
};

/**
 * Rounds 59 and 61: Brazilian CPFs (labelled CPF), written 000.000.000-00, whose two check digits are
 * 10 × Σ (weights n + 1 down to 2) mod 11 over the digits before them, 10 counting as 0.
 */
export const brazilianCpfs: IdentifierCheck = (s) => {
  if (s.type === 'ID_CARD' && /\bCPF\b/.test(textBefore(s))) {
    expect(s.value, s.value).toMatch(/^\d{3}\.\d{3}\.\d{3}-\d{2}$/);
    const d = digitsOf(s.value);
    for (const n of [9, 10]) {
      const r = (weighted(d, descending(n + 1, n)) * 10) % 11;
      expect(r === 10 ? 0 : r, s.value).toBe(d[n]);
    }
  }
};

/** Round 61: Brazilian Cartão SUS numbers (labelled as such): fifteen digits, Σ dᵢ × (15 − i) ≡ 0 (mod 11). */
export const brazilianCnsNumbers: IdentifierCheck = (s) => {
  if (s.type === 'INSURANCE_ID' && /Cartão SUS/.test(textBefore(s))) {
    const d = digitsOf(s.value);
    expect(d.length, s.value).toBe(15);
    expect(weighted(d, descending(15, 15)) % 11, s.value).toBe(0);
  }
};

/** Rounds 59 and 61: Dutch BSNs (labelled BSN) pass the eleven test (weights 9 to 2, then −1). */
export const dutchBsns: IdentifierCheck = (s) => {
  if (s.type === 'ID_CARD' && /\bBSN\b/.test(textBefore(s))) {
    const d = digitsOf(s.value);
    expect(d.length, s.value).toBe(9);
    expect((weighted(d, descending(9, 8)) - d[8]!) % 11, s.value).toBe(0);
  }
};

/** Round 59: Swedish personnummer (labelled "Personnummer"), YYMMDD-NNNC, end in a Luhn digit. */
export const swedishPersonnummers: IdentifierCheck = (s) => {
  if (s.type === 'ID_CARD' && /Personnummer/.test(textBefore(s))) {
    expect(s.value, s.value).toMatch(/^\d{6}-\d{4}$/);
    expect(luhnAnyLength(s.value.replace(/\D/g, '')), s.value).toBe(true);
  }
};

/**
 * Round 61: Swedish personnummer (labelled personnummer in either case), YYMMDD-NNNC or, from age
 * 100, YYMMDD+NNNC, end in a Luhn digit.
 */
export const swedishPersonnummersAnyCase: IdentifierCheck = (s) => {
  if (s.type === 'ID_CARD' && /Personnummer/i.test(textBefore(s))) {
    expect(s.value, s.value).toMatch(/^\d{6}[-+]\d{4}$/);
    expect(luhnAnyLength(s.value.replace(/\D/g, '')), s.value).toBe(true);
  }
};

/** Round 61: Norwegian fødselsnummer (labelled as such): eleven digits, the last two modulus-11 checks. */
export const norwegianFnrs: IdentifierCheck = (s) => {
  if (s.type === 'ID_CARD' && /fødselsnummer/i.test(textBefore(s))) {
    const d = digitsOf(s.value);
    expect(d.length, s.value).toBe(11);
    const k = (sum: number): number => (11 - (sum % 11)) % 11;
    expect(k(weighted(d, [3, 7, 6, 1, 8, 9, 4, 5, 2])), s.value).toBe(d[9]);
    expect(k(weighted(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])), s.value).toBe(d[10]);
  }
};

/** Round 60: Finnish henkilötunnus (labelled as such): DDMMYY, century sign, three digits, modulus-31 character. */
export const finnishHetus: IdentifierCheck = (s) => {
  if (s.type === 'ID_CARD' && /Henkilötunnus/.test(textBefore(s))) {
    const m = shapeOf(s, /^(\d{6})([-+A])(\d{3})([0-9A-Y])$/);
    expect('0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(m[1]! + m[3]!) % 31], s.value).toBe(m[4]);
  }
};

/** Round 60: Polish PESEL numbers (labelled PESEL): eleven digits, the last a weighted (1379…) check. */
export const polishPesels: IdentifierCheck = (s) => {
  if (s.type === 'ID_CARD' && /\bPESEL\b/.test(textBefore(s))) {
    const d = digitsOf(s.value);
    expect(s.value, s.value).toMatch(/^\d{11}$/);
    const sum = weighted(d, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]);
    expect((10 - (sum % 10)) % 10, s.value).toBe(d[10]);
  }
};

/** Round 60: Belgian national register numbers (labelled National number): YY.MM.DD-NNN.CC, 97 − mod 97. */
export const belgianNationalNumbers: IdentifierCheck = (s) => {
  if (s.type === 'ID_CARD' && /National number/.test(textBefore(s))) {
    const m = shapeOf(s, /^(\d\d)\.(\d\d)\.(\d\d)-(\d{3})\.(\d\d)$/);
    expect(97 - (Number(m[1]! + m[2]! + m[3]! + m[4]!) % 97), s.value).toBe(Number(m[5]));
  }
};

/** Round 60: Turkish TC Kimlik numbers (labelled Kimlik): eleven digits, the first not 0, two checks. */
export const turkishIdNumbers: IdentifierCheck = (s) => {
  if (s.type === 'ID_CARD' && /\bKimlik\b/.test(textBefore(s))) {
    const d = digitsOf(s.value);
    expect(s.value, s.value).toMatch(/^[1-9]\d{10}$/);
    const odd = d[0]! + d[2]! + d[4]! + d[6]! + d[8]!;
    const even = d[1]! + d[3]! + d[5]! + d[7]!;
    expect((((odd * 7 - even) % 10) + 10) % 10, s.value).toBe(d[9]);
    expect(d.slice(0, 10).reduce((a, b) => a + b, 0) % 10, s.value).toBe(d[10]);
  }
};

/** Round 60: Chilean RUTs (labelled RUT): the body and a modulus-11 verifier (weights 2–7 from the right; K for 10). */
export const chileanRuts: IdentifierCheck = (s) => {
  if (s.type === 'ID_CARD' && /\bRUT\b/.test(textBefore(s))) {
    const m = shapeOf(s, /^([\d.]+)-([\dK])$/);
    const sum = digitsOf(m[1]!)
      .reverse()
      .reduce((acc, d, i) => acc + d * (2 + (i % 6)), 0);
    const r = 11 - (sum % 11);
    expect(r === 11 ? '0' : r === 10 ? 'K' : String(r), s.value).toBe(m[2]);
  }
};

/** Round 60: Korean resident registration numbers (labelled RRN): YYMMDD-SNNNNNC, a modulus-11 check. */
export const koreanRrns: IdentifierCheck = (s) => {
  if (s.type === 'ID_CARD' && /\bRRN\b/.test(textBefore(s))) {
    expect(s.value, s.value).toMatch(/^\d{6}-[1-4]\d{6}$/);
    const d = digitsOf(s.value);
    const sum = weighted(d, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]);
    expect((11 - (sum % 11)) % 10, s.value).toBe(d[12]);
  }
};

/** Round 60: Israeli Teudat Zehut numbers (labelled as such): nine digits, the last a Luhn digit. */
export const israeliIds: IdentifierCheck = (s) => {
  if (s.type === 'ID_CARD' && /Teudat Zehut/.test(textBefore(s))) {
    expect(s.value, s.value).toMatch(/^\d{9}$/);
    expect(luhnAnyLength(s.value), s.value).toBe(true);
  }
};

/** Round 61: Japanese My Numbers (labelled within 40 characters): twelve digits, the last a modulus-11 check. */
export const japaneseMyNumbers: IdentifierCheck = (s) => {
  if (s.type === 'ID_CARD' && /My Number/.test(textBefore(s, 40))) {
    const d = digitsOf(s.value);
    expect(d.length, s.value).toBe(12);
    const sum = d
      .slice(0, 11)
      .reverse()
      .reduce((acc, x, i) => acc + x * (i < 6 ? i + 2 : i - 4), 0);
    expect(sum % 11 <= 1 ? 0 : 11 - (sum % 11), s.value).toBe(d[11]);
  }
};

/** Round 61: Thai national IDs (labelled Thai ID), 1-2345-67890-12-3: weights 13 to 2, modulus 11. */
export const thaiIds: IdentifierCheck = (s) => {
  if (s.type === 'ID_CARD' && /Thai ID/.test(textBefore(s))) {
    expect(s.value, s.value).toMatch(/^\d-\d{4}-\d{5}-\d{2}-\d$/);
    const d = digitsOf(s.value);
    const sum = weighted(d, descending(13, 12));
    expect((11 - (sum % 11)) % 10, s.value).toBe(d[12]);
  }
};

/** Round 61: Irish PPSNs (labelled PPSN): seven digits and the check letter (weights 8 to 2, modulus 23). */
export const irishPpsns: IdentifierCheck = (s) => {
  if (s.type === 'ID_CARD' && /\bPPSN\b/.test(textBefore(s))) {
    const m = shapeOf(s, /^(\d{7})([A-W])$/);
    expect('WABCDEFGHIJKLMNOPQRSTUV'[weighted(digitsOf(m[1]!), descending(8, 7)) % 23], s.value).toBe(m[2]);
  }
};

/** Round 59: German KVNRs (labelled KVNR): a letter (as 01–26), eight digits, check (weights 1-2, digit sums). */
export const germanKvnrs: IdentifierCheck = (s) => {
  if (s.type === 'INSURANCE_ID' && /\bKVNR\b/.test(textBefore(s))) {
    const m = shapeOf(s, /^([A-Z])(\d{8})(\d)$/);
    const d = digitsOf(String(m[1]!.charCodeAt(0) - 64).padStart(2, '0') + m[2]);
    const sum = d.reduce((acc, x, i) => {
      const p = x * (i % 2 === 0 ? 1 : 2);
      return acc + Math.floor(p / 10) + (p % 10);
    }, 0);
    expect(sum % 10, s.value).toBe(Number(m[3]));
  }
};

/** The French NIR key: 97 − (the first thirteen digits mod 97). */
const nirKey = (digits: string): number => 97 - Number(BigInt(digits.slice(0, 13)) % 97n);

/** Round 59: French NIRs (labelled NIR): fifteen digits, the last two the key. */
export const frenchNirs: IdentifierCheck = (s) => {
  if (s.type === 'INSURANCE_ID' && /\bNIR\b/.test(textBefore(s))) {
    const d = s.value.replace(/\D/g, '');
    expect(d.length, s.value).toBe(15);
    expect(nirKey(d), s.value).toBe(Number(d.slice(13)));
  }
};

/** Round 61: French NIRs (labelled numéro de sécurité sociale): 1 or 2 and fourteen digits, the last two the key. */
export const frenchSocialSecurityNumbers: IdentifierCheck = (s) => {
  if (s.type === 'INSURANCE_ID' && /sécurité sociale/.test(textBefore(s))) {
    const d = s.value.replace(/\s/g, '');
    expect(d, s.value).toMatch(/^[12]\d{14}$/);
    expect(nirKey(d), s.value).toBe(Number(d.slice(13)));
  }
};

/** Round 59: British Columbia PHNs (labelled PHN, 9NNN NNN NNN): a modulus-11 check (weights 2,4,8,5,10,9,7,3). */
export const britishColumbiaPhns: IdentifierCheck = (s) => {
  if (s.type === 'INSURANCE_ID' && /\bPHN\b/.test(textBefore(s)) && /^9\d{3} \d{3} \d{3}$/.test(s.value)) {
    const d = digitsOf(s.value);
    const r = weighted(d.slice(1), [2, 4, 8, 5, 10, 9, 7, 3]) % 11;
    expect(11 - r, s.value).toBe(d[9]);
  }
};

/** Rounds 60 and 61: Northern Ireland H&C numbers (labelled H&C): ten digits, a modulus-11 check (weights 10 to 2). */
export const northernIrelandHcNumbers: IdentifierCheck = (s) => {
  if (s.type === 'INSURANCE_ID' && /H&C/.test(textBefore(s))) {
    const d = digitsOf(s.value);
    expect(d.length, s.value).toBe(10);
    const check = 11 - (weighted(d, descending(10, 9)) % 11);
    expect(check === 11 ? 0 : check, s.value).toBe(d[9]);
  }
};

/** Rounds 59 to 61: IBANs (labelled IBAN): the country and check digits moved to the end, mod 97 is 1. */
export const ibans: IdentifierCheck = (s) => {
  if (s.type === 'ACCOUNT' && /\bIBAN\b/.test(textBefore(s))) {
    const v = s.value.replace(/\s/g, '');
    const moved = (v.slice(4) + v.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
    expect(BigInt(moved) % 97n, s.value).toBe(1n);
  }
};

export interface DeidHoldoutConfig {
  /** The set's absolute path (the generator script's export); it is named data/labelled/<basename>. */
  path: string;
  /** The generator, whose rendering must equal the checked-in file. */
  generate: () => LabelledRecord[];
  /** Record ids are `<idPrefix>-<lang>-NNN`, e.g. `h5`. */
  idPrefix: string;
  minRecords: number;
  /** Whether no two records share a text (checked from round 3). */
  uniqueTexts: boolean;
  /** Template markers that must not survive into a record's text. */
  leftoverMarkers: RegExp;
  /** Sets none of whose texts may reappear in this one (not checked for round 2). */
  earlierSets: string[] | null;
  /** Whether every span is checked to end inside its text (from round 3). */
  spansEndInsideText: boolean;
  /** Checksums per identifier format; bank cards are always checked (Luhn). */
  identifierChecks: IdentifierCheck[];
  /**
   * Whether mail and web hosts are example.* and IPs documentation ranges (from round 4), and with
   * `fictionalPhones`, North American and UK numbers in their fictional ranges (from round 5).
   */
  syntheticContacts: { fictionalPhones: boolean } | null;
  /** The minimum number of spans in the whole set (from round 4). */
  minSpans: number | null;
  minByType: Record<string, number>;
  /** Whether ages written as bare numbers are all over 89, the ages HIPAA counts (from round 3). */
  agesOver89: boolean;
  /** The minimum number of records without any span (from round 5). */
  minWithoutSpans: number | null;
  /** The set's card, whose counts must equal the file, and the date it must state (from round 3). */
  card: string;
  cardDate: string | null;
}

/** The checks of a held-out de-identification set: shape, provenance and checksums (scores are the bench's). */
export function describeDeidHoldout(config: DeidHoldoutConfig): void {
  const name = path.basename(config.path, '.jsonl');
  describe(`data/labelled/${name}.jsonl`, () => {
    const text = readFileSync(config.path, 'utf8');
    const records = config.generate();
    const spans: DeidSpan[] = records.flatMap((r) =>
      r.spans.map((s) => {
        const value = r.text.slice(s.start, s.end);
        const digits = value.normalize('NFKC').replace(/[^0-9Xx]/g, '');
        return { ...s, id: r.id, lang: r.lang, text: r.text, value, digits };
      }),
    );

    it(`is exactly what scripts/labelled/${name}.ts writes`, () => {
      expect(text).toBe(renderJsonl(records));
    });

    it(`has unique ids${config.uniqueTexts ? ' and texts' : ''}, hand-written held-out records and about half in each language`, () => {
      expect(records.length).toBeGreaterThanOrEqual(config.minRecords);
      expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
      if (config.uniqueTexts) expect(new Set(records.map((r) => r.text)).size).toBe(records.length);
      for (const r of records) {
        expect(r.id).toMatch(new RegExp(`^${config.idPrefix}-(zh|en)-\\d{3}$`));
        expect(r.id.startsWith(`${config.idPrefix}-${r.lang}-`)).toBe(true);
        expect(r.split).toBe('holdout');
        expect(r.source).toBe('handwritten');
        expect(r.text).not.toMatch(config.leftoverMarkers);
      }
      const zh = records.filter((r) => r.lang === 'zh').length;
      expect(zh / records.length).toBeGreaterThan(0.4);
      expect(zh / records.length).toBeLessThan(0.6);
    });

    const { earlierSets } = config;
    if (earlierSets)
      it('shares no snippet with the earlier de-identification sets', () => {
        const earlier = new Set(earlierSets.flatMap(jsonlTexts));
        for (const r of records) expect(earlier.has(r.text), r.id).toBe(false);
      });

    it(`has in-vocabulary, trimmed, ordered, non-overlapping spans${config.spansEndInsideText ? ' that match their offsets' : ''}`, () => {
      for (const r of records) {
        let end = 0;
        for (const s of r.spans) {
          expect((piiTypes as readonly string[]).includes(s.type), `${r.id} ${s.type}`).toBe(true);
          expect(s.start, r.id).toBeGreaterThanOrEqual(end);
          expect(s.end).toBeGreaterThan(s.start);
          if (config.spansEndInsideText) expect(s.end).toBeLessThanOrEqual(r.text.length);
          const value = r.text.slice(s.start, s.end);
          expect(value.trim(), r.id).toBe(value);
          expect(value, r.id).not.toContain('\n');
          end = s.end;
        }
      }
    });

    it('uses synthetic identifiers with valid checksums', () => {
      for (const s of spans) {
        for (const check of config.identifierChecks) check(s);
        if (s.type === 'BANK_CARD') expect(luhn(s.digits), s.value).toBe(true);
      }
      // Enough of each mainland ID generation that their recognition is measured, not anecdotal.
      expect(
        spans.filter((s) => s.type === 'ID_CARD' && s.digits.length === 18).length,
      ).toBeGreaterThanOrEqual(15);
      expect(
        spans.filter((s) => s.type === 'ID_CARD' && /^\d{15}$/.test(s.value)).length,
      ).toBeGreaterThanOrEqual(3);
    });

    const { syntheticContacts } = config;
    if (syntheticContacts)
      it(
        syntheticContacts.fictionalPhones
          ? 'uses example.* mail and web hosts, documentation IP ranges and fictional phone ranges where they exist'
          : 'uses example.* mail and web hosts and documentation IP ranges',
        () => {
          for (const s of spans) {
            if (s.type === 'EMAIL')
              expect(s.value, s.value).toMatch(/@(?:[a-z0-9-]{1,63}\.){0,8}example\.[a-z.]{2,20}$/);
            if (s.type === 'URL')
              expect(s.value, s.value).toMatch(
                /^(?:https?:\/\/)?(?:[a-z0-9-]{1,63}\.){0,8}example\.[a-z.]{2,20}(?:\/|$)/,
              );
            if (s.type === 'IP')
              expect(s.value, s.value).toMatch(
                /^(198\.51\.100\.\d{1,3}|203\.0\.113\.\d{1,3}|2001:db8:[0-9a-f:]*)$/,
              );
            if (!syntheticContacts.fictionalPhones) continue;
            // North American numbers in the 555-01xx range, UK mobiles in 07700 900xxx.
            if (s.type === 'PHONE' && /^\(\d{3}\) 555-/.test(s.value))
              expect(s.value, s.value).toMatch(/555-01\d\d$/);
            if (s.type === 'PHONE' && /^07700/.test(s.value))
              expect(s.value, s.value).toMatch(/^07700 900\d{3}$/);
          }
        },
      );

    it('meets the per-type minimums and covers the whole vocabulary', () => {
      const byType = countBy(spans, (s) => s.type);
      if (config.minSpans !== null) expect(spans.length).toBeGreaterThanOrEqual(config.minSpans);
      for (const [type, n] of Object.entries(config.minByType))
        expect(byType[type] ?? 0, type).toBeGreaterThanOrEqual(n);
      // The fifteen types of the card vocabulary (deid.card.yaml), each present at least once.
      for (const type of piiTypes) expect(byType[type] ?? 0, type).toBeGreaterThan(0);
      if (config.agesOver89)
        for (const s of spans.filter((x) => x.type === 'AGE' && /^\d+$/.test(x.value)))
          expect(Number(s.value), s.value).toBeGreaterThan(89);
      if (config.minWithoutSpans !== null)
        expect(records.filter((r) => r.spans.length === 0).length).toBeGreaterThanOrEqual(
          config.minWithoutSpans,
        );
    });

    it('has a card whose counts equal the file', () => {
      const card = parseYaml(readFileSync(config.card, 'utf8')) as { date: string; counts: DeidCardCounts };
      if (config.cardDate !== null) expect(card.date).toBe(config.cardDate);
      expectDeidCardCounts(records, card.counts);
    });
  });
}

// ---- The triage held-out sets ----

export interface TriageHoldoutConfig {
  /** The round number, as the test names say it. */
  round: number;
  /** The set's path, relative to the repository. */
  path: string;
  /** Item ids are `<idPrefix>-<lang>-NNN`, e.g. `tri-h5`. */
  idPrefix: string;
  /** The tag every item of the round carries. */
  tag: string;
  minItems: number;
  /** Whether texts and rationales must hold more than whitespace (from round 3; before, just non-empty). */
  rejectBlank: boolean;
  /** Whether rationales are one line each (from round 5). */
  singleLineRationales: boolean;
  /** Whether ids run 001, 002, … per language in file order (from round 5). */
  consecutiveIds: boolean;
  /** Whether about half the items are in each language (from round 3). */
  balancedLanguages: boolean;
  minByLabel: { emergency: number; urgent: number; routine: number };
  /**
   * From round 3, items are tagged `hard`: at least these shares of the emergency and routine items
   * must be hard, and the card counts the hard items.
   */
  minHardShare: { emergency: number; routine: number } | null;
  /** Sets none of whose messages may reappear in this one. */
  earlierSets: string[];
  /** The set's card, whose counts must equal the file. */
  card: string;
}

interface TriageCardCounts {
  total: number;
  by_label: Record<string, number>;
  by_language: Record<string, number>;
  zh: Record<string, number>;
  en: Record<string, number>;
  hard?: { total: number; zh: Record<string, number>; en: Record<string, number> };
}

/** The checks of a held-out triage set: shape, balance and provenance (scores are the bench's). */
export function describeTriageHoldout(config: TriageHoldoutConfig): void {
  describe(config.path, () => {
    const items = readTriageItems(config.path);
    const hard = items.filter((i) => i.tags.includes('hard'));

    it(`has unique ids and texts, known labels and languages, rationales and the round-${config.round} tag`, () => {
      expect(items.length).toBeGreaterThanOrEqual(config.minItems);
      expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
      expect(new Set(items.map((i) => i.text)).size).toBe(items.length);
      for (const i of items) {
        expect(['emergency', 'urgent', 'routine']).toContain(i.label);
        expect(['zh', 'en']).toContain(i.lang);
        expect(i.id).toMatch(new RegExp(`^${config.idPrefix}-${i.lang}-\\d{3}$`));
        expect(i.tags).toContain(config.tag);
        const [text, rationale] = config.rejectBlank
          ? [i.text.trim(), i.rationale.trim()]
          : [i.text, i.rationale];
        expect(text.length).toBeGreaterThan(0);
        expect(rationale.length).toBeGreaterThan(0);
        if (config.singleLineRationales) expect(i.rationale, i.id).not.toContain('\n');
      }
      if (config.consecutiveIds)
        for (const lang of ['zh', 'en'] as const) {
          const ids = items.filter((i) => i.lang === lang).map((i) => i.id);
          expect(ids).toEqual(
            ids.map((_, n) => `${config.idPrefix}-${lang}-${String(n + 1).padStart(3, '0')}`),
          );
        }
      if (config.balancedLanguages) {
        const zh = items.filter((i) => i.lang === 'zh').length;
        expect(zh / items.length).toBeGreaterThan(0.4);
        expect(zh / items.length).toBeLessThan(0.6);
      }
    });

    it('is balanced roughly as briefed and shares no message with the earlier sets', () => {
      const byLabel = countBy(items, (i) => i.label);
      expect(byLabel.emergency).toBeGreaterThanOrEqual(config.minByLabel.emergency);
      expect(byLabel.urgent).toBeGreaterThanOrEqual(config.minByLabel.urgent);
      expect(byLabel.routine).toBeGreaterThanOrEqual(config.minByLabel.routine);
      if (config.minHardShare) {
        expect(hard.filter((i) => i.label === 'emergency').length).toBeGreaterThanOrEqual(
          byLabel.emergency! * config.minHardShare.emergency,
        );
        expect(hard.filter((i) => i.label === 'routine').length).toBeGreaterThanOrEqual(
          byLabel.routine! * config.minHardShare.routine,
        );
      }
      const earlier = new Set(config.earlierSets.flatMap(jsonlTexts));
      for (const i of items) expect(earlier.has(i.text), i.id).toBe(false);
    });

    it('has a card whose counts equal the file', () => {
      const { counts } = parseYaml(readFileSync(config.card, 'utf8')) as { counts: TriageCardCounts };
      expect(counts.total).toBe(items.length);
      expect(counts.by_label).toEqual(countBy(items, (i) => i.label));
      expect(counts.by_language).toEqual(countBy(items, (i) => i.lang));
      if (config.minHardShare) expect(counts.hard?.total).toBe(hard.length);
      for (const lang of ['zh', 'en'] as const) {
        expect(counts[lang]).toEqual(labelsByLanguage(items, lang));
        if (config.minHardShare)
          expect(counts.hard?.[lang]).toEqual(
            countBy(
              hard.filter((i) => i.lang === lang),
              (i) => i.label,
            ),
          );
      }
    });
  });
}
