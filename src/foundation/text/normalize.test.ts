import { describe, expect, it } from 'vitest';
import { createNormalizer, normalizeText } from './normalize.ts';

describe('normalizeText', () => {
  it('maps one unit to one unit: case, full-width, traditional, odd spaces', () => {
    const text = 'ABC 中國　ＡＢＣ’s';
    const out = normalizeText(text);
    expect(out).toBe("abc 中国 abc's");
    expect(out.length).toBe(text.length);
  });

  it('returns text that is already normal unchanged, and keeps lone surrogates exactly', () => {
    const plain = '胸口疼 chest pain 12';
    expect(normalizeText(plain)).toBe(plain);
    expect(normalizeText('A\ud800B')).toBe('a\ud800b');
    expect(normalizeText('A😀B')).toBe('a😀b');
    expect(normalizeText('')).toBe('');
    const long = `${'X'.repeat(20000)}中國`;
    expect(normalizeText(long)).toBe(`${'x'.repeat(20000)}中国`);
  });

  it('folds extra characters in the same pass with createNormalizer', () => {
    const fold = createNormalizer({ 疼: '痛' });
    expect(fold('胸口疼，ＰＡＩＮ')).toBe('胸口痛,pain');
    // Folds apply after normalisation: a traditional form folds too.
    expect(createNormalizer({ 国: '囯' })('中國')).toBe('中囯');
  });
});
