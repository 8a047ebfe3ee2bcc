import { describe, expect, it } from 'vitest';
import { sentenceAround, sentenceEnds } from './sentences.ts';

describe('sentence ends', () => {
  it('ends sentences at Chinese and English stops and line ends, not at decimal points', () => {
    const text = '每次0.5 g，每日3次。Take 2.5 mg daily. Then stop!\n下一行';
    const ends = sentenceEnds(text);
    expect(ends.map((e, i) => text.slice(i === 0 ? 0 : ends[i - 1], e))).toEqual([
      '每次0.5 g，每日3次。',
      'Take 2.5 mg daily.',
      ' Then stop!',
      '\n',
      '下一行',
    ]);
  });
  it('finds the sentence around an offset, the last one reaching the end of the text', () => {
    const text = 'Avoid alcohol. Take ibuprofen';
    const ends = sentenceEnds(text);
    expect(sentenceAround(ends, text.indexOf('alcohol'))).toEqual([0, 14]);
    expect(text.slice(...sentenceAround(ends, text.indexOf('ibuprofen')))).toBe(' Take ibuprofen');
  });
});
