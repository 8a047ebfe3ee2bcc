import { expect } from 'vitest';
import { DEID_HOLDOUT_61_PATH, generateDeidHoldout61 } from '../../scripts/labelled/deid-holdout-61.ts';
import {
  aadhaarNumbers,
  chiNumbers,
  describeDeidHoldout,
  emiratesIds,
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
 * Schemes this round holds that labelled-checks.ts lacks, checked again here (written apart from the
 * generator's helpers): the Swedish personnummer, the Norwegian fødselsnummer, the Dutch BSN, the
 * Spanish DNI and NIE, the Brazilian CPF and Cartão SUS, the French NIR, the Japanese My Number, the
 * Thai national ID, the Irish PPSN, the Singapore NRIC, the Northern Ireland H&C number and the IBAN.
 */
const digitsOf = (v: string): number[] => [...v.replace(/\D/g, '')].map(Number);
const weighted = (d: number[], ws: number[]): number => ws.reduce((acc, w, i) => acc + w * d[i]!, 0);
const newSchemes: IdentifierCheck = (s) => {
  const before = textBefore(s);
  const wide = textBefore(s, 40);
  if (s.type === 'ID_CARD' && /Personnummer/i.test(before)) {
    expect(s.value, s.value).toMatch(/^\d{6}[-+]\d{4}$/);
    const d = digitsOf(s.value);
    const sum = d.reduce((acc, x, i) => acc + (i % 2 === 0 ? (x * 2 > 9 ? x * 2 - 9 : x * 2) : x), 0);
    expect(sum % 10, s.value).toBe(0);
  }
  if (s.type === 'ID_CARD' && /fødselsnummer/i.test(before)) {
    const d = digitsOf(s.value);
    expect(d.length, s.value).toBe(11);
    const k = (sum: number): number => (11 - (sum % 11)) % 11;
    expect(k(weighted(d, [3, 7, 6, 1, 8, 9, 4, 5, 2])), s.value).toBe(d[9]);
    expect(k(weighted(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])), s.value).toBe(d[10]);
  }
  if (s.type === 'ID_CARD' && /\bBSN\b/.test(before)) {
    const d = digitsOf(s.value);
    expect(d.length, s.value).toBe(9);
    expect((weighted(d, [9, 8, 7, 6, 5, 4, 3, 2]) - d[8]!) % 11, s.value).toBe(0);
  }
  if (s.type === 'ID_CARD' && /\b(DNI|NIE)\b/.test(before)) {
    const m = /^([XYZ]?\d{7,8})([A-Z])$/.exec(s.value);
    expect(m, s.value).not.toBeNull();
    const n = Number(m![1]!.replace('X', '0').replace('Y', '1').replace('Z', '2'));
    expect('TRWAGMYFPDXBNJZSQVHLCKE'[n % 23], s.value).toBe(m![2]);
  }
  if (s.type === 'ID_CARD' && /\bCPF\b/.test(before)) {
    expect(s.value, s.value).toMatch(/^\d{3}\.\d{3}\.\d{3}-\d{2}$/);
    const d = digitsOf(s.value);
    const dv = (n: number): number => {
      const r =
        (weighted(
          d,
          Array.from({ length: n }, (_, i) => n + 1 - i),
        ) *
          10) %
        11;
      return r === 10 ? 0 : r;
    };
    expect(dv(9), s.value).toBe(d[9]);
    expect(dv(10), s.value).toBe(d[10]);
  }
  if (s.type === 'INSURANCE_ID' && /Cartão SUS/.test(before)) {
    const d = digitsOf(s.value);
    expect(d.length, s.value).toBe(15);
    expect(
      weighted(
        d,
        Array.from({ length: 15 }, (_, i) => 15 - i),
      ) % 11,
      s.value,
    ).toBe(0);
  }
  if (s.type === 'INSURANCE_ID' && /sécurité sociale/.test(before)) {
    const d = s.value.replace(/\s/g, '');
    expect(d, s.value).toMatch(/^[12]\d{14}$/);
    expect(97 - Number(BigInt(d.slice(0, 13)) % 97n), s.value).toBe(Number(d.slice(13)));
  }
  if (s.type === 'ID_CARD' && /My Number/.test(wide)) {
    const d = digitsOf(s.value);
    expect(d.length, s.value).toBe(12);
    const sum = d
      .slice(0, 11)
      .reverse()
      .reduce((acc, x, i) => acc + x * (i < 6 ? i + 2 : i - 4), 0);
    expect(sum % 11 <= 1 ? 0 : 11 - (sum % 11), s.value).toBe(d[11]);
  }
  if (s.type === 'ID_CARD' && /Thai ID/.test(before)) {
    expect(s.value, s.value).toMatch(/^\d-\d{4}-\d{5}-\d{2}-\d$/);
    const d = digitsOf(s.value);
    const sum = weighted(d, [13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2]);
    expect((11 - (sum % 11)) % 10, s.value).toBe(d[12]);
  }
  if (s.type === 'ID_CARD' && /\bPPSN\b/.test(before)) {
    const m = /^(\d{7})([A-W])$/.exec(s.value);
    expect(m, s.value).not.toBeNull();
    expect('WABCDEFGHIJKLMNOPQRSTUV'[weighted(digitsOf(m![1]!), [8, 7, 6, 5, 4, 3, 2]) % 23], s.value).toBe(
      m![2],
    );
  }
  if (s.type === 'ID_CARD' && /\bNRIC\b/.test(before)) {
    const m = /^([ST])(\d{7})([A-Z])$/.exec(s.value);
    expect(m, s.value).not.toBeNull();
    const sum = weighted(digitsOf(m![2]!), [2, 7, 6, 5, 4, 3, 2]) + (m![1] === 'T' ? 4 : 0);
    expect('JZIHGFEDCBA'[sum % 11], s.value).toBe(m![3]);
  }
  if (s.type === 'INSURANCE_ID' && /H&C/.test(before)) {
    const d = digitsOf(s.value);
    expect(d.length, s.value).toBe(10);
    const check = 11 - (weighted(d, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11);
    expect(check === 11 ? 0 : check, s.value).toBe(d[9]);
  }
  if (s.type === 'ACCOUNT' && /\bIBAN\b/.test(before)) {
    const v = s.value.replace(/\s/g, '');
    const moved = (v.slice(4) + v.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
    expect(BigInt(moved) % 97n, s.value).toBe(1n);
  }
};

/**
 * Round 61's fresh held-out de-identification set: 120 hand-written snippets by a blind annotator (see
 * data/labelled/deid-holdout-61.card.yaml); this file checks that its gold labels are what the card says,
 * that the synthetic identifiers carry valid check characters and that no snippet repeats an earlier set.
 * Scores are the bench's; this file never runs a recognizer or a detector.
 */
describeDeidHoldout({
  path: DEID_HOLDOUT_61_PATH,
  generate: generateDeidHoldout61,
  idPrefix: 'h61',
  minRecords: 120,
  uniqueTexts: true,
  leftoverMarkers: /\[\[|\]\]|\$\{/,
  earlierSets: setsBefore('deid', 61),
  spansEndInsideText: true,
  identifierChecks: [
    residentIds,
    residentIdBirthDates,
    shortResidentIdBirthDates,
    hongKongIds,
    taiwanIds,
    southAfricanIds,
    aadhaarNumbers,
    emiratesIds,
    nhsNumbers,
    chiNumbers,
    medicareNumbers,
    nzNhiNumbers,
    ohipNumbers,
    usMbis,
    newSchemes,
  ],
  syntheticContacts: { fictionalPhones: true },
  minSpans: 713,
  minByType: {
    PERSON: 275,
    ADDRESS: 13,
    MRN: 109,
    ID_CARD: 39,
    PHONE: 38,
    DATE: 150,
    BANK_CARD: 5,
    EMAIL: 7,
    AGE: 16,
    INSURANCE_ID: 28,
    PLATE: 4,
    ACCOUNT: 13,
    PASSPORT: 4,
    IP: 5,
    URL: 7,
  },
  agesOver89: true,
  minWithoutSpans: 6,
  card: 'data/labelled/deid-holdout-61.card.yaml',
  cardDate: '2026-11-25',
});
