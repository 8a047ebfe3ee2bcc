import { describe, expect, it } from 'vitest';
import {
  aadhaarValid,
  birthDateValid,
  gb11643Valid,
  hkidValid,
  luhn,
  medicareValid,
  nhsValid,
  taiwanIdValid,
} from './labelled-checks.ts';

describe('the labelled-set tests’ own checksums', () => {
  it('accept known-good and reject altered identifiers', () => {
    expect(gb11643Valid('11010519491231002X')).toBe(true);
    expect(gb11643Valid('110105194912310021')).toBe(false);
    expect(luhn('4111111111111111')).toBe(true);
    expect(luhn('4111111111111112')).toBe(false);
    expect(hkidValid('A123456(3)')).toBe(true);
    expect(hkidValid('A123456(4)')).toBe(false);
    expect(taiwanIdValid('A123456789')).toBe(true);
    expect(taiwanIdValid('A123456788')).toBe(false);
    expect(nhsValid('9434765919')).toBe(true);
    expect(nhsValid('9434765918')).toBe(false);
    expect(aadhaarValid('234123412346')).toBe(true);
    expect(aadhaarValid('234123412347')).toBe(false);
    expect(medicareValid('2123456701')).toBe(true);
    expect(medicareValid('2123456711')).toBe(false);
    expect(birthDateValid('11010519491231002X')).toBe(true);
    expect(birthDateValid('110105194902300021')).toBe(false);
  });
});
