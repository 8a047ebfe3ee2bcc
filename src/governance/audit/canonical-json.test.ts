import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.ts';

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: '中文' } })).toBe(
      '{"a":{"c":"中文","d":[3,{"y":2,"z":1}]},"b":1}',
    );
  });

  it('gives the same bytes whatever the key order, and parses back to the same value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        const reparsed = JSON.parse(text);
        expect(canonicalJson(reparsed)).toBe(text);
        const shuffled = JSON.parse(JSON.stringify(value, (_k, v) => reverseKeys(v)));
        expect(canonicalJson(shuffled)).toBe(text);
      }),
    );
  });

  it('omits undefined properties like JSON does', () => {
    expect(canonicalJson({ a: undefined, b: null })).toBe('{"b":null}');
  });

  it('refuses values JSON cannot carry instead of changing them', () => {
    expect(() => canonicalJson({ latency: Number.NaN })).toThrow(/\$\.latency/);
    expect(() => canonicalJson({ n: 1n })).toThrow(/bigint/);
  });
});

function reverseKeys(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).reverse());
}
