import { describe, expect, it } from 'vitest';
import {
  gb11643CheckChar,
  isPlausibleLegacyId,
  isValidAadhaar,
  isValidHkid,
  isValidIpv4,
  isValidNhi,
  isValidPesel,
  isValidPpsn,
  isValidResidentId,
  isValidTaiwanId,
  luhnCheckDigit,
  luhnValid,
  verhoeffValid,
} from './checksums.ts';

describe('checksums', () => {
  it('computes the GB 11643 check character (the standard example 11010519491231002X)', () => {
    expect(gb11643CheckChar('11010519491231002')).toBe('X');
    expect(isValidResidentId('11010519491231002X')).toBe(true);
    expect(isValidResidentId('11010519491231002x')).toBe(true);
    expect(isValidResidentId('110105194912310021')).toBe(false);
  });

  it('rejects a resident ID whose birth date does not exist', () => {
    const first17 = '11010519490230002';
    expect(isValidResidentId(first17 + gb11643CheckChar(first17))).toBe(false);
  });

  it('accepts a 15-digit legacy ID with a real birth date only', () => {
    expect(isPlausibleLegacyId('110105491231002')).toBe(true);
    expect(isPlausibleLegacyId('110105491331002')).toBe(false);
  });

  it('validates Luhn numbers and completes them', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
    const partial = '622202123456789012';
    expect(luhnValid(partial + luhnCheckDigit(partial))).toBe(true);
  });

  it('validates Hong Kong and Taiwan identity numbers', () => {
    expect(isValidHkid('A123456(3)')).toBe(true);
    expect(isValidHkid('A123456(4)')).toBe(false);
    expect(isValidTaiwanId('A123456789')).toBe(true);
    expect(isValidTaiwanId('A123456788')).toBe(false);
  });

  it('validates IPv4 octets', () => {
    expect(isValidIpv4('192.168.1.20')).toBe(true);
    expect(isValidIpv4('256.1.1.1')).toBe(false);
    expect(isValidIpv4('01.2.3.4')).toBe(false);
  });

  it('checks the Irish PPSN letter (mod 23, second letter weighted 9) and the old NZ NHI digit (mod 11)', () => {
    // 1234567 weighted 8..2 = 112; 112 mod 23 = 20 = T. With a second letter A (1 × 9): 121 mod 23 = 6 = F.
    expect(isValidPpsn('1234567T')).toBe(true);
    expect(isValidPpsn('1234567FA')).toBe(true);
    expect(isValidPpsn('1234567A')).toBe(false);
    // The Ministry of Health's published example ZZZ0016; a wrong check digit fails, as does a remainder of 0.
    expect(isValidNhi('ZZZ0016')).toBe(true);
    expect(isValidNhi('ZZZ0017')).toBe(false);
    expect(isValidNhi('ZZZ001')).toBe(false);
  });

  it('checks the Verhoeff digit (the textbook 2363) and the Aadhaar shape around it', () => {
    expect(verhoeffValid('2363')).toBe(true);
    expect(verhoeffValid('2364')).toBe(false);
    expect(verhoeffValid('')).toBe(false);
    expect(isValidAadhaar('6182 7340 9157')).toBe(true);
    expect(isValidAadhaar('618273409157')).toBe(true);
    expect(isValidAadhaar('6182 7340 9158')).toBe(false);
    // Aadhaar numbers never open with 0 or 1, whatever their check digit.
    expect(isValidAadhaar('1182 7340 9157')).toBe(false);
  });

  it('checks the Polish PESEL digit (weights 1, 3, 7, 9) and the birth date with its century in the month', () => {
    // The widely published example 44051401359: 1944-05-14, check digit 9.
    expect(isValidPesel('44051401359')).toBe(true);
    expect(isValidPesel('44051401358')).toBe(false);
    // Month 31 is November in the 2000s (2002-11-15); month 85 would be May in the 1800s.
    expect(isValidPesel('02311507722')).toBe(true);
    // A right check digit on an impossible date (30 February 1985) fails.
    expect(isValidPesel('85023007126')).toBe(false);
    expect(isValidPesel('4405140135')).toBe(false);
  });
});
