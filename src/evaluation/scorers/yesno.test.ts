import { describe, expect, it } from 'vitest';
import { extractYesNo, scoreYesNo } from './yesno.ts';

describe('extractYesNo', () => {
  it.each([
    ['Yes, antibiotics kill bacteria.', 'yes'],
    ['No. Colds are viral.', 'no'],
    ['Maybe; the evidence is mixed.', 'maybe'],
    ['Answer: no', 'no'],
    ['The final answer is "maybe" because trials disagree.', 'maybe'],
    ['答案：否', 'no'],
    ['答案：是', 'yes'],
    ['答案：不确定', 'maybe'],
    ['是的，吸烟是肺癌的主要危险因素。', 'yes'],
    ['不是，感冒多由病毒引起。', 'no'],
    ['不一定，要看具体情况。', 'maybe'],
    ['**Yes**', 'yes'],
    ['Based on the context, the answer is no.', 'no'],
    ['The study suggests yes.', 'yes'],
    ['It is complicated.', undefined],
    ['', undefined],
    ['Yes and no.', 'yes'],
  ])('%j → %s', (response, expected) => {
    expect(extractYesNo(response)).toBe(expected);
  });

  it('scores an unreadable answer as wrong and unparseable', () => {
    expect(scoreYesNo('no', 'It is complicated.').values).toEqual({ accuracy: 0, unparseable: 1 });
    expect(scoreYesNo('no', 'No.').values).toEqual({ accuracy: 1, unparseable: 0 });
  });
});
