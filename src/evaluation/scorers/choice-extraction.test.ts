import { describe, expect, it } from 'vitest';
import { extractChoice } from './choice-extraction.ts';

const fourZh = { A: '肝脏', B: '胰腺', C: '肾脏', D: '脾脏' };
const fourEn = { A: 'Vitamin A', B: 'Vitamin B12', C: 'Vitamin C', D: 'Vitamin D' };
const organsEn = { A: 'Liver', B: 'Pancreas', C: 'Kidney', D: 'Spleen' };
const five = { A: 'a', B: 'b', C: 'c', D: 'd', E: 'e' };

// [what the model wrote, options, expected letters or unparseable reason]
const cases: Array<[string, Record<string, string>, string[] | `unparseable:${string}`]> = [
  // Chinese explicit statements
  ['答案：B', fourZh, ['B']],
  ['答案是 B。', fourZh, ['B']],
  ['正确答案为：ABD', fourZh, ['A', 'B', 'D']],
  ['答案是A、C', fourZh, ['A', 'C']],
  ['答案应选D，因为脾脏……', fourZh, ['D']],
  ['选项C正确', fourZh, ['C']],
  ['选项A错误，选项C正确。', fourZh, ['C']],
  ['C项正确，其余错误', fourZh, ['C']],
  ['我选择B。', fourZh, ['B']],
  ['应选 A 和 D', fourZh, ['A', 'D']],
  ['答案：B\n解析：A错误，肝脏不分泌胰岛素。', fourZh, ['B']],
  ['答案不是A，而是C。答案：C', fourZh, ['C']],
  ['答案：（B）', fourZh, ['B']],
  ['【答案】D', fourZh, ['D']],
  // Markdown, full width, boxed, reasoning blocks
  ['**B**', fourZh, ['B']],
  ['**答案：C**', fourZh, ['C']],
  ['Ｂ', fourZh, ['B']],
  ['答案：Ｃ', fourZh, ['C']],
  ['\\boxed{E}', five, ['E']],
  ['<think>A 看起来对，但也可能是 B</think>\n答案：C', fourZh, ['C']],
  // Leading letters and bare letters
  ['B', fourZh, ['B']],
  ['B.', fourZh, ['B']],
  ['B和D', fourZh, ['B', 'D']],
  ['B、D', fourZh, ['B', 'D']],
  ['BD', fourZh, ['B', 'D']],
  ['B 胰腺', fourZh, ['B']],
  ['(b)', organsEn, ['B']],
  ['(b) Pancreas', organsEn, ['B']],
  ['b) pancreas', organsEn, ['B']],
  ['C. Vitamin C', fourEn, ['C']],
  ['E', five, ['E']],
  // English explicit statements
  ['The answer is C because ascorbic acid is needed for collagen.', fourEn, ['C']],
  ['Answer: D', fourEn, ['D']],
  ['answer: b.', organsEn, ['B']],
  ['The correct answer is (b).', organsEn, ['B']],
  ['I think the best choice is option D.', fourEn, ['D']],
  ['Option A is wrong; option C is correct.', fourEn, ['C']],
  ['Both B and D are correct.', five, ['B', 'D']],
  ['The correct options are B and D.', five, ['B', 'D']],
  ['I would go with B.', organsEn, ['B']],
  ['B is tempting, but the answer is C.', fourEn, ['C']],
  ['The answer is B. On reflection, the final answer is C.', fourEn, ['C']],
  ['I think B.', organsEn, ['B']],
  ['Option B is not correct. The answer is D', organsEn, ['D']],
  ['Neither A nor B; I choose D.', organsEn, ['D']],
  ['答案：A和B都不对，应该选C', fourZh, ['C']],
  ['The answer is A because the liver makes it', organsEn, ['A']],
  // The option's text instead of its letter (and the English article is not option A)
  ['胰腺', fourZh, ['B']],
  ['胰岛素由胰腺的β细胞分泌。', fourZh, ['B']],
  ['The pancreas.', organsEn, ['B']],
  ['A deficiency of vitamin C causes scurvy.', fourEn, ['C']],
  ['A lack of it is seen with the pancreas failing.', organsEn, ['B']],
  ['The answer is a pancreas problem.', organsEn, ['B']],
  ['Vitamin B12', fourEn, ['B']],
  // Refusals, empty and ambiguous answers are unparseable
  ['', fourZh, 'unparseable:empty'],
  ['   ', fourZh, 'unparseable:empty'],
  ["I'm sorry, but I can't help with that.", fourEn, 'unparseable:refusal'],
  ['作为AI，我无法提供医疗建议。', fourZh, 'unparseable:refusal'],
  ['抱歉，我无法回答这个问题，请咨询医生。', fourZh, 'unparseable:refusal'],
  ['不确定，可能是B也可能是C', fourZh, 'unparseable:ambiguous'],
  ['It depends on the patient.', organsEn, 'unparseable:no_answer'],
  ['答案：F', fourZh, 'unparseable:no_answer'],
];

describe('extractChoice', () => {
  it.each(cases)('%j → %j', (response, options, expected) => {
    const result = extractChoice(response, options);
    if (typeof expected === 'string') {
      expect(result).toEqual({ kind: 'unparseable', reason: expected.slice('unparseable:'.length) });
    } else {
      expect(result.kind).toBe('answer');
      expect(result.kind === 'answer' && result.letters).toEqual(expected);
    }
  });

  it('never returns a letter that is not an option', () => {
    const result = extractChoice('The answer is E', { A: 'x', B: 'y' });
    expect(result.kind).toBe('unparseable');
  });
});
