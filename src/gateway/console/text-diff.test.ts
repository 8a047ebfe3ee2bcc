import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ReplacedSpan, replacedSpans } from './text-diff.ts';

function apply(original: string, spans: ReplacedSpan[]): string {
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += original.slice(at, s.start) + s.replacement;
    at = s.end;
  }
  return out + original.slice(at);
}

describe('replacedSpans', () => {
  it('finds an ID number replaced by a surrogate as one span, even where digits coincide', () => {
    const original = '我的身份证号是110101199003074578，头痛三天。';
    const rewritten = '我的身份证号是320102198512183456，头痛三天。';
    const spans = replacedSpans(original, rewritten);
    expect(spans).toEqual([{ start: 7, end: 25, replacement: '320102198512183456' }]);
    expect(original.slice(7, 25)).toBe('110101199003074578');
  });

  it('finds several replacements and placeholders', () => {
    const original = 'Patient John Smith, phone 13812345678, lives at 12 Oak Road.';
    const rewritten = 'Patient [NAME], phone [PHONE], lives at 12 Oak Road.';
    const spans = replacedSpans(original, rewritten);
    expect(spans.map((s) => original.slice(s.start, s.end))).toEqual(['John Smith', '13812345678']);
    expect(spans.map((s) => s.replacement)).toEqual(['[NAME]', '[PHONE]']);
  });

  it('returns nothing for an unchanged text', () => {
    expect(replacedSpans('头痛三天', '头痛三天')).toEqual([]);
  });

  it('bridges a one-character gap inside a Chinese replacement', () => {
    const original = '住在北京市朝阳区，姓名张伟。';
    const rewritten = '住在上海市浦东区，姓名李强。';
    const spans = replacedSpans(original, rewritten);
    expect(spans.map((s) => original.slice(s.start, s.end))).toEqual(['北京市朝阳', '张伟']);
    expect(apply(original, spans)).toBe(rewritten);
  });

  it('always rebuilds the rewritten text from the original and the spans', () => {
    const alphabet = fc.constantFrom(...'ab12 张王市，.-'.split(''));
    fc.assert(
      fc.property(
        fc.string({ unit: alphabet, maxLength: 60 }),
        fc.string({ unit: alphabet, maxLength: 60 }),
        (a, b) => {
          const spans = replacedSpans(a, b);
          expect(apply(a, spans)).toBe(b);
          for (let i = 1; i < spans.length; i++)
            expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('falls back to one middle span for texts that share almost nothing', () => {
    const a = 'x '.repeat(600);
    const b = 'y '.repeat(600);
    const spans = replacedSpans(a, b);
    expect(apply(a, spans)).toBe(b);
  });
});
