import { answerText, looksLikeRefusal } from '../util/text.ts';
import { accuracyMetric, unparseableRateMetric } from './common-metrics.ts';
import type { Score, ScorerMetrics } from './types.ts';

export type YesNoMaybe = 'yes' | 'no' | 'maybe';

const WORDS: Array<[YesNoMaybe, RegExp]> = [
  // Order matters: "不确定" and "不是" must be read before "是".
  [
    'maybe',
    /^(?:maybe|uncertain|unclear|possibly|perhaps|it depends|not sure|cannot be determined|不确定|不一定|可能|也许|或许|视情况|无法确定|说不准|尚不明确)/i,
  ],
  ['no', /^(?:no\b|not\b|false\b|incorrect\b|否|不是|不对|不会|不能|不可以|不需要|不应|没有|错误|错)/i],
  ['yes', /^(?:yes\b|true\b|correct\b|是|对|正确|会|能|可以|需要|应该|有)/i],
];

/** Reads yes / no / maybe from a free-form answer ("答案：否", "Yes, because…", "不确定"), or undefined. */
export function extractYesNo(response: string): YesNoMaybe | undefined {
  const text = answerText(response);
  if (!text) return undefined;
  const stated =
    /(?:答案|结论|回答|answer|final answer|conclusion)\s*(?:是|为)?\s*[:：]?\s*["“'‘]?\s*([\s\S]{0,12})/gi;
  let last: YesNoMaybe | undefined;
  for (const m of text.matchAll(stated)) {
    const word = readWord(m[1]!);
    if (word) last = word;
  }
  if (last) return last;
  const first = readWord(text.replace(/^[\s"“'‘(（[【*-]+/, ''));
  if (first) return first;
  // Otherwise the answer must name exactly one of the three, as a word.
  const named = new Set<YesNoMaybe>();
  for (const m of text.matchAll(/\b(yes|no|maybe)\b/gi)) named.add(m[1]!.toLowerCase() as YesNoMaybe);
  return named.size === 1 ? [...named][0] : undefined;
}

function readWord(text: string): YesNoMaybe | undefined {
  const trimmed = text.trim();
  for (const [word, pattern] of WORDS) if (pattern.test(trimmed)) return word;
  return undefined;
}

export const yesnoMetrics: ScorerMetrics = {
  metrics: [accuracyMetric, unparseableRateMetric],
};

export function scoreYesNo(expected: YesNoMaybe, response: string): Score {
  const parsed = extractYesNo(response);
  if (!parsed) {
    const refusal = looksLikeRefusal(answerText(response));
    return {
      value: 0,
      values: { accuracy: 0, unparseable: 1 },
      answerKey: 'unparseable',
      details: { expected, unparseable: refusal ? 'refusal' : 'no_answer' },
    };
  }
  const correct = parsed === expected;
  return {
    value: correct ? 1 : 0,
    values: { accuracy: correct ? 1 : 0, unparseable: 0 },
    answerKey: parsed,
    details: { expected, parsed },
  };
}
