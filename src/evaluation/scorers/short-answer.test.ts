import { describe, expect, it } from 'vitest';
import { scoreShortAnswer, shortAnswerOf } from './short-answer.ts';

describe('short answers', () => {
  it('matches exactly after normalisation', () => {
    expect(scoreShortAnswer(['皮肤'], '皮肤。').values).toEqual({ f1: 1, exact_match: 1 });
    expect(scoreShortAnswer(['red blood cells', 'erythrocytes'], 'Answer: Erythrocytes.').values).toEqual({
      f1: 1,
      exact_match: 1,
    });
    expect(scoreShortAnswer(['皮肤'], '答案：皮肤').values.exact_match).toBe(1);
  });

  it('gives character-level partial credit in Chinese', () => {
    const score = scoreShortAnswer(['心肌梗死'], '急性心肌梗塞');
    // overlap 心 肌 梗 = 3; precision 3/6, recall 3/4 → F1 = 0.6
    expect(score.values.exact_match).toBe(0);
    expect(score.values.f1).toBeCloseTo(0.6, 5);
  });

  it('gives word-level partial credit in English and drops articles', () => {
    const score = scoreShortAnswer(['the red blood cells'], 'red cells');
    // tokens: red blood cells vs red cells → P 1, R 2/3 → F1 0.8
    expect(score.values.f1).toBeCloseTo(0.8, 5);
  });

  it('reads the answer line, not the explanation', () => {
    expect(shortAnswerOf('答案：皮肤\n因为皮肤面积最大。')).toBe('皮肤');
    expect(scoreShortAnswer(['皮肤'], '肝脏').values.f1).toBe(0);
  });
});
