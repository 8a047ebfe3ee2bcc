import { describe, expect, it } from 'vitest';
import { gb11643Valid, hkidValid, luhn } from './labelled-checks.ts';

describe('the labelled-set tests’ own checksums', () => {
  it('accept known-good and reject altered identifiers', () => {
    expect(gb11643Valid('11010519491231002X')).toBe(true);
    expect(gb11643Valid('110105194912310021')).toBe(false);
    expect(luhn('4111111111111111')).toBe(true);
    expect(luhn('4111111111111112')).toBe(false);
    expect(hkidValid('A123456(3)')).toBe(true);
    expect(hkidValid('A123456(4)')).toBe(false);
  });
});
