import { describe, expect, it } from 'vitest';
import { charTable } from './char-table.ts';
import { colonPositions, WordIndex } from './word-index.ts';

describe('WordIndex', () => {
  const first = new WordIndex(['患者', '患者家属', '家属', '医生'], 'first');
  const last = new WordIndex(['姓名', '患者姓名', '联系人'], 'last');

  it('finds the longest word starting or ending at a position', () => {
    expect(first.longestAt('患者家属王芳', 0)).toBe('患者家属');
    expect(first.longestAt('患者王芳', 0)).toBe('患者');
    expect(first.longestAt('王芳', 0)).toBeUndefined();
    expect(last.longestEndingAt('患者姓名：', 4)).toBe('患者姓名');
    expect(last.longestEndingAt('紧急联系人：', 5)).toBe('联系人');
    expect(last.longestEndingAt('性别：', 2)).toBeUndefined();
  });

  it('finds nothing outside the text', () => {
    expect(first.longestAt('患者', 2)).toBeUndefined();
    expect(first.longestAt('患者', -1)).toBeUndefined();
    expect(last.longestEndingAt('姓名', 0)).toBeUndefined();
    expect(first.has('患'.charCodeAt(0))).toBe(true);
    expect(first.has(Number.NaN)).toBe(false);
  });

  it('scans like a global alternation regex: leftmost, longest, not overlapping', () => {
    const text = '患者家属医生患者';
    const regex = /患者家属|患者|家属|医生/g;
    expect(first.scan(text).map((m) => [m.at, m.word])).toEqual(
      [...text.matchAll(regex)].map((m) => [m.index, m[0]]),
    );
  });
});

describe('colonPositions and charTable', () => {
  it('lists ASCII and full-width colons in order', () => {
    expect(colonPositions('a:b：c:')).toEqual([1, 3, 5]);
    expect(colonPositions('none')).toEqual([]);
  });
  it('marks characters by code unit, with bits that can be combined', () => {
    const table = charTable('王李', 1);
    charTable('李', 2, table);
    expect(table['王'.charCodeAt(0)]).toBe(1);
    expect(table['李'.charCodeAt(0)]).toBe(3);
    expect(table['张'.charCodeAt(0)]).toBe(0);
  });
});
