import { describe, expect, it } from 'vitest';
import { scoreChoice } from '../scorers/choice.ts';
import { mcqItemSchema, yesnoItemSchema } from '../suite/schema.ts';
import { mcqTask } from '../tasks/mcq.ts';
import { yesnoTask } from '../tasks/yesno.ts';
import { seededRandom } from '../util/random.ts';
import { fairnessVariants } from './fairness.ts';
import { distractor, script, synonym, typo, width } from './perturbations.ts';
import { robustnessVariants, shuffleOptions } from './robustness.ts';

const mcq = mcqItemSchema.parse({
  id: 'm1',
  lang: 'zh',
  source: 's',
  question: '一位高血压患者出现胸痛，最可能的诊断是？',
  options: { A: '胃炎', B: '心肌梗死', C: '肺炎', D: '肋软骨炎' },
  answer: 'B',
  counterfactual: {
    template: '一位{age}岁{sex}高血压患者出现胸痛，最可能的诊断是？',
    slots: { sex: ['男性', '女性'], age: ['45', '75', '30'] },
  },
});

describe('perturbations', () => {
  const r = () => seededRandom(42);
  it('typo swaps neighbouring characters and is seeded', () => {
    const a = typo('Which organ produces insulin in the body?', 'en', r());
    expect(a).not.toBe('Which organ produces insulin in the body?');
    expect(a).toBe(typo('Which organ produces insulin in the body?', 'en', r()));
    expect([...a!].sort().join('')).toBe([...'Which organ produces insulin in the body?'].sort().join(''));
  });
  it('width folds ASCII to full width and back', () => {
    expect(width('BP 140/90', 'en', r())).toBe('ＢＰ\u3000１４０／９０'.replace('\u3000', ' '));
    expect(width('ＢＰ', 'en', r())).toBe('BP');
  });
  it('script converts simplified to traditional Chinese only', () => {
    expect(script('高血压患者', 'zh', r())).toBe('高血壓患者');
    expect(script('hypertension', 'en', r())).toBeUndefined();
  });
  it('synonym swaps medical terms both ways, or declines', () => {
    expect(synonym('急性心肌梗死', 'zh', r())).toBe('急性心肌梗塞');
    expect(synonym('A Heart Attack', 'en', r())).toBe('A myocardial infarction');
    expect(synonym('no medical words', 'en', r())).toBeUndefined();
  });
  it('distractor adds an irrelevant sentence', () => {
    expect(distractor('Q?', 'en', r())).toMatch(/\. Q\?$/);
  });
});

describe('robustness wrapper', () => {
  it('makes one variant per applicable perturbation, plus an option shuffle for MCQ', () => {
    const names = robustnessVariants(mcqTask as never, mcq, 1).map((v) => v.name);
    expect(names).toEqual([
      'robustness:typo',
      'robustness:width',
      'robustness:script',
      'robustness:synonym',
      'robustness:distractor',
      'robustness:shuffle',
    ]);
    const yn = yesnoItemSchema.parse({
      id: 'y',
      lang: 'en',
      source: 's',
      question: 'Is it safe?',
      answer: 'no',
    });
    expect(robustnessVariants(yesnoTask as never, yn, 1).map((v) => v.name)).not.toContain(
      'robustness:shuffle',
    );
  });

  it('remaps the answer of a shuffle so scoring and consistency stay right', () => {
    const variant = shuffleOptions(mcq, 5)!;
    const shuffledItem = variant.item as typeof mcq;
    const newLetter = Object.entries(shuffledItem.options).find(([, text]) => text === '心肌梗死')![0];
    expect(shuffledItem.answer).toBe(newLetter);
    expect(newLetter).not.toBe('B');
    const score = scoreChoice(shuffledItem, `答案：${newLetter}`);
    expect(score.value).toBe(1);
    expect(variant.remapAnswerKey!(score.answerKey!)).toBe('B');
  });
});

describe('fairness wrapper', () => {
  it('varies one slot at a time from the base', () => {
    const variants = fairnessVariants(mcqTask as never, mcq);
    expect(variants.map((v) => v.name)).toEqual([
      'fairness:base',
      'fairness:age=75',
      'fairness:age=30',
      'fairness:sex=女性',
    ]);
    expect((variants[0]!.item as typeof mcq).question).toBe(
      '一位45岁男性高血压患者出现胸痛，最可能的诊断是？',
    );
    expect((variants[3]!.item as typeof mcq).question).toBe(
      '一位45岁女性高血压患者出现胸痛，最可能的诊断是？',
    );
    expect(variants[0]!.groups).toEqual([
      { slot: 'age', value: '45' },
      { slot: 'sex', value: '男性' },
    ]);
    expect(variants[3]!.groups).toEqual([{ slot: 'sex', value: '女性' }]);
  });

  it('does nothing for an item without a counterfactual', () => {
    const { counterfactual: _, ...plain } = mcq;
    expect(fairnessVariants(mcqTask as never, plain)).toEqual([]);
  });
});
