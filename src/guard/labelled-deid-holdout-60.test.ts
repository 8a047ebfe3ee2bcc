import { expect } from 'vitest';
import { DEID_HOLDOUT_60_PATH, generateDeidHoldout60 } from '../../scripts/labelled/deid-holdout-60.ts';
import {
  aadhaarNumbers,
  chiNumbers,
  describeDeidHoldout,
  hongKongIds,
  type IdentifierCheck,
  medicareNumbers,
  nhsNumbers,
  nzNhiNumbers,
  ohipNumbers,
  residentIdBirthDates,
  residentIds,
  setsBefore,
  shortResidentIdBirthDates,
  southAfricanIds,
  taiwanIds,
  textBefore,
  usMbis,
} from './testing/labelled-checks.ts';

/**
 * Schemes this round adds that labelled-checks.ts lacks, checked again here (written apart from the
 * generator's helpers): the Polish PESEL, the Finnish henkilötunnus, the Belgian national register
 * number, the Turkish TC Kimlik number, the Chilean RUT, the Korean resident registration number, the
 * Israeli Teudat Zehut, the Singapore NRIC, the Northern Ireland H&C number and the IBAN.
 */
const digitsOf = (v: string): number[] => [...v.replace(/\D/g, '')].map(Number);
const luhnOk = (digits: number[]): boolean =>
  digits.reverse().reduce((acc, d, i) => acc + (i % 2 === 1 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d), 0) %
    10 ===
  0;
const newSchemes: IdentifierCheck = (s) => {
  const before = textBefore(s);
  if (s.type === 'ID_CARD' && /\bPESEL\b/.test(before)) {
    const d = digitsOf(s.value);
    expect(s.value, s.value).toMatch(/^\d{11}$/);
    const sum = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3].reduce((acc, w, i) => acc + w * d[i]!, 0);
    expect((10 - (sum % 10)) % 10, s.value).toBe(d[10]);
  }
  if (s.type === 'ID_CARD' && /Henkilötunnus/.test(before)) {
    const m = /^(\d{6})([-+A])(\d{3})([0-9A-Y])$/.exec(s.value);
    expect(m, s.value).not.toBeNull();
    expect('0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(m![1]! + m![3]!) % 31], s.value).toBe(m![4]);
  }
  if (s.type === 'ID_CARD' && /National number/.test(before)) {
    const m = /^(\d\d)\.(\d\d)\.(\d\d)-(\d{3})\.(\d\d)$/.exec(s.value);
    expect(m, s.value).not.toBeNull();
    expect(97 - (Number(m![1]! + m![2]! + m![3]! + m![4]!) % 97), s.value).toBe(Number(m![5]));
  }
  if (s.type === 'ID_CARD' && /\bKimlik\b/.test(before)) {
    const d = digitsOf(s.value);
    expect(s.value, s.value).toMatch(/^[1-9]\d{10}$/);
    const odd = d[0]! + d[2]! + d[4]! + d[6]! + d[8]!;
    const even = d[1]! + d[3]! + d[5]! + d[7]!;
    expect((((odd * 7 - even) % 10) + 10) % 10, s.value).toBe(d[9]);
    expect(d.slice(0, 10).reduce((a, b) => a + b, 0) % 10, s.value).toBe(d[10]);
  }
  if (s.type === 'ID_CARD' && /\bRUT\b/.test(before)) {
    const m = /^([\d.]+)-([\dK])$/.exec(s.value);
    expect(m, s.value).not.toBeNull();
    const body = digitsOf(m![1]!);
    const sum = body.reverse().reduce((acc, d, i) => acc + d * (2 + (i % 6)), 0);
    const r = 11 - (sum % 11);
    expect(r === 11 ? '0' : r === 10 ? 'K' : String(r), s.value).toBe(m![2]);
  }
  if (s.type === 'ID_CARD' && /\bRRN\b/.test(before)) {
    expect(s.value, s.value).toMatch(/^\d{6}-[1-4]\d{6}$/);
    const d = digitsOf(s.value);
    const sum = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5].reduce((acc, w, i) => acc + w * d[i]!, 0);
    expect((11 - (sum % 11)) % 10, s.value).toBe(d[12]);
  }
  if (s.type === 'ID_CARD' && /Teudat Zehut/.test(before)) {
    expect(s.value, s.value).toMatch(/^\d{9}$/);
    expect(luhnOk(digitsOf(s.value)), s.value).toBe(true);
  }
  if (s.type === 'ID_CARD' && /\bNRIC\b/.test(before)) {
    const m = /^([ST])(\d{7})([A-Z])$/.exec(s.value);
    expect(m, s.value).not.toBeNull();
    const d = digitsOf(m![2]!);
    const sum = [2, 7, 6, 5, 4, 3, 2].reduce((acc, w, i) => acc + w * d[i]!, 0) + (m![1] === 'T' ? 4 : 0);
    expect('JZIHGFEDCBA'[sum % 11], s.value).toBe(m![3]);
  }
  if (s.type === 'INSURANCE_ID' && /H&C/.test(before)) {
    const d = digitsOf(s.value);
    expect(d.length, s.value).toBe(10);
    const check = 11 - (d.slice(0, 9).reduce((acc, x, i) => acc + x * (10 - i), 0) % 11);
    expect(check === 11 ? 0 : check, s.value).toBe(d[9]);
  }
  if (s.type === 'ACCOUNT' && /\bIBAN\b/.test(before)) {
    const v = s.value.replace(/\s/g, '');
    const moved = (v.slice(4) + v.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
    expect(BigInt(moved) % 97n, s.value).toBe(1n);
  }
};

/**
 * Round 60's fresh held-out de-identification set: 120 hand-written snippets by a blind annotator (see
 * data/labelled/deid-holdout-60.card.yaml); this file checks that its gold labels are what the card says,
 * that the synthetic identifiers carry valid check characters and that no snippet repeats an earlier set.
 * Scores are the bench's; this file never runs a recognizer or a detector.
 */
describeDeidHoldout({
  path: DEID_HOLDOUT_60_PATH,
  generate: generateDeidHoldout60,
  idPrefix: 'h60',
  minRecords: 120,
  uniqueTexts: true,
  leftoverMarkers: /\[\[|\]\]|\$\{/,
  earlierSets: setsBefore('deid', 60),
  spansEndInsideText: true,
  identifierChecks: [
    residentIds,
    residentIdBirthDates,
    shortResidentIdBirthDates,
    hongKongIds,
    taiwanIds,
    southAfricanIds,
    aadhaarNumbers,
    nhsNumbers,
    chiNumbers,
    medicareNumbers,
    nzNhiNumbers,
    ohipNumbers,
    usMbis,
    newSchemes,
  ],
  syntheticContacts: { fictionalPhones: true },
  minSpans: 732,
  minByType: {
    PERSON: 297,
    ADDRESS: 14,
    MRN: 91,
    ID_CARD: 37,
    PHONE: 41,
    DATE: 159,
    BANK_CARD: 5,
    EMAIL: 6,
    AGE: 17,
    INSURANCE_ID: 29,
    PLATE: 4,
    ACCOUNT: 15,
    PASSPORT: 4,
    IP: 5,
    URL: 8,
  },
  agesOver89: true,
  minWithoutSpans: 6,
  card: 'data/labelled/deid-holdout-60.card.yaml',
  cardDate: '2026-11-25',
});
