import { expect } from 'vitest';
import { DEID_HOLDOUT_59_PATH, generateDeidHoldout59 } from '../../scripts/labelled/deid-holdout-59.ts';
import {
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
  taiwanIds,
  textBefore,
} from './testing/labelled-checks.ts';

/**
 * Schemes this round adds that labelled-checks.ts lacks, checked again here (written apart from the
 * generator's helpers): the Singapore FIN, the Spanish NIE, the Brazilian CPF, the Dutch BSN, the Swedish
 * personnummer, the German KVNR, the French NIR key, the IBAN and the British Columbia PHN.
 */
const digitsOf = (v: string): number[] => [...v.replace(/\D/g, '')].map(Number);
const luhnOk = (digits: number[]): boolean =>
  digits.reverse().reduce((acc, d, i) => acc + (i % 2 === 1 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d), 0) %
    10 ===
  0;
const newSchemes: IdentifierCheck = (s) => {
  const before = textBefore(s);
  if (s.type === 'ID_CARD' && /\bFIN\b/.test(before)) {
    const m = /^([FG])(\d{7})([A-Z])$/.exec(s.value);
    expect(m, s.value).not.toBeNull();
    const d = digitsOf(m![2]!);
    const sum = [2, 7, 6, 5, 4, 3, 2].reduce((acc, w, i) => acc + w * d[i]!, 0) + (m![1] === 'G' ? 4 : 0);
    expect('XWUTRQPNMLK'[sum % 11], s.value).toBe(m![3]);
  }
  if (s.type === 'ID_CARD' && /\bNIE\b/.test(before)) {
    const m = /^([XYZ])(\d{7})([A-Z])$/.exec(s.value);
    expect(m, s.value).not.toBeNull();
    expect('TRWAGMYFPDXBNJZSQVHLCKE'[Number(`${'XYZ'.indexOf(m![1]!)}${m![2]}`) % 23], s.value).toBe(m![3]);
  }
  if (s.type === 'ID_CARD' && /\bCPF\b/.test(before)) {
    const d = digitsOf(s.value);
    expect(d.length, s.value).toBe(11);
    for (const n of [9, 10]) {
      const r = d.slice(0, n).reduce((acc, x, i) => acc + x * (n + 1 - i), 0) % 11;
      expect(r < 2 ? 0 : 11 - r, s.value).toBe(d[n]);
    }
  }
  if (s.type === 'ID_CARD' && /\bBSN\b/.test(before)) {
    const d = digitsOf(s.value);
    expect(d.length, s.value).toBe(9);
    expect((d.slice(0, 8).reduce((acc, x, i) => acc + x * (9 - i), 0) - d[8]!) % 11, s.value).toBe(0);
  }
  if (s.type === 'ID_CARD' && /Personnummer/.test(before)) {
    expect(s.value, s.value).toMatch(/^\d{6}-\d{4}$/);
    expect(luhnOk(digitsOf(s.value)), s.value).toBe(true);
  }
  if (s.type === 'INSURANCE_ID' && /\bKVNR\b/.test(before)) {
    const m = /^([A-Z])(\d{8})(\d)$/.exec(s.value);
    expect(m, s.value).not.toBeNull();
    const d = digitsOf(String(m![1]!.charCodeAt(0) - 64).padStart(2, '0') + m![2]);
    const sum = d.reduce((acc, x, i) => {
      const p = x * (i % 2 === 0 ? 1 : 2);
      return acc + Math.floor(p / 10) + (p % 10);
    }, 0);
    expect(sum % 10, s.value).toBe(Number(m![3]));
  }
  if (s.type === 'INSURANCE_ID' && /\bNIR\b/.test(before)) {
    const d = s.value.replace(/\D/g, '');
    expect(d.length, s.value).toBe(15);
    expect(97 - Number(BigInt(d.slice(0, 13)) % 97n), s.value).toBe(Number(d.slice(13)));
  }
  if (s.type === 'ACCOUNT' && /\bIBAN\b/.test(before)) {
    const v = s.value.replace(/\s/g, '');
    const moved = (v.slice(4) + v.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
    expect(BigInt(moved) % 97n, s.value).toBe(1n);
  }
  if (s.type === 'INSURANCE_ID' && /\bPHN\b/.test(before) && /^9\d{3} \d{3} \d{3}$/.test(s.value)) {
    const d = digitsOf(s.value);
    const r = [2, 4, 8, 5, 10, 9, 7, 3].reduce((acc, w, i) => acc + w * d[i + 1]!, 0) % 11;
    expect(11 - r, s.value).toBe(d[9]);
  }
};

/**
 * Round 59's fresh held-out de-identification set: 120 hand-written snippets by a blind annotator (see
 * data/labelled/deid-holdout-59.card.yaml); this file checks that its gold labels are what the card says,
 * that the synthetic identifiers carry valid check characters and that no snippet repeats an earlier set.
 * Scores are the bench's; this file never runs a recognizer or a detector.
 */
describeDeidHoldout({
  path: DEID_HOLDOUT_59_PATH,
  generate: generateDeidHoldout59,
  idPrefix: 'h59',
  minRecords: 120,
  uniqueTexts: true,
  leftoverMarkers: /\[\[|\]\]|\$\{/,
  earlierSets: setsBefore('deid', 59),
  spansEndInsideText: true,
  identifierChecks: [
    residentIds,
    residentIdBirthDates,
    shortResidentIdBirthDates,
    hongKongIds,
    taiwanIds,
    emiratesIds,
    nhsNumbers,
    chiNumbers,
    medicareNumbers,
    nzNhiNumbers,
    ohipNumbers,
    newSchemes,
  ],
  syntheticContacts: { fictionalPhones: true },
  minSpans: 792,
  minByType: {
    PERSON: 313,
    ADDRESS: 16,
    MRN: 102,
    ID_CARD: 33,
    PHONE: 52,
    DATE: 182,
    BANK_CARD: 5,
    EMAIL: 5,
    AGE: 16,
    INSURANCE_ID: 37,
    PLATE: 4,
    ACCOUNT: 12,
    PASSPORT: 6,
    IP: 5,
    URL: 4,
  },
  agesOver89: true,
  minWithoutSpans: 8,
  card: 'data/labelled/deid-holdout-59.card.yaml',
  cardDate: '2026-11-25',
});
