import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SentenceBuffer } from './sentence-buffer.ts';

function feed(chunks: string[], maxChars?: number): string[] {
  const buffer = new SentenceBuffer(maxChars);
  const out = chunks.flatMap((c) => buffer.push(c));
  const rest = buffer.flush();
  return rest ? [...out, rest] : out;
}

describe('SentenceBuffer', () => {
  it('releases Chinese and English sentences whole, however the stream is chunked', () => {
    const text =
      '请多喝水。如果胸痛持续，请立即拨打120！Take 2.5 mg twice daily. Call a doctor if it gets worse.';
    const chunked = feed([
      '请多',
      '喝水。如果胸',
      '痛持续，请立即拨打',
      '120！Take 2.',
      '5 mg twice',
      ' daily. Call a doctor if it gets worse.',
    ]);
    expect(chunked).toEqual([
      '请多喝水。',
      '如果胸痛持续，请立即拨打120！',
      'Take 2.5 mg twice daily. ',
      'Call a doctor if it gets worse.',
    ]);
    expect(chunked.join('')).toBe(text);
  });

  it('keeps closing quotes with their sentence', () => {
    expect(feed(['他说：“请休息。”然后', '离开了。'])).toEqual(['他说：“请休息。”', '然后离开了。']);
  });

  it('cuts a run with no sentence end at a soft break once it grows too long', () => {
    const out = feed(['a'.repeat(30), ' ', 'b'.repeat(30)], 40);
    expect(out).toEqual([`${'a'.repeat(30)} `, 'b'.repeat(30)]);
  });

  it('never loses or duplicates text (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: fc.constantFrom('a', ' ', '.', '。', '!', '”', '\n', '中', '5') }), {
          maxLength: 30,
        }),
        (chunks) => {
          const out = feed(chunks, 50);
          expect(out.join('')).toBe(chunks.join(''));
          for (const piece of out) expect(piece.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});
