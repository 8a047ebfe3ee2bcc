import { answerText, normaliseAnswer, tokenF1 } from '../util/text.ts';
import type { Score, ScorerMetrics } from './types.ts';

/**
 * Short answers and cloze: exact match after normalisation, and token F1 where a Chinese
 * character is one token (MedBench's ROUGE-L rewards copying the question; character F1
 * against the acceptable answers does not). The best acceptable answer counts.
 */
export const shortAnswerMetrics: ScorerMetrics = {
  metrics: [
    {
      name: 'f1',
      label: { zh: '字符级F1', en: 'Character-level F1' },
      aggregation: { kind: 'mean', key: 'f1' },
      higherIsBetter: true,
      unit: 'score',
    },
    {
      name: 'exact_match',
      label: { zh: '完全匹配率', en: 'Exact match' },
      aggregation: { kind: 'mean', key: 'exact_match' },
      higherIsBetter: true,
      unit: 'rate',
    },
  ],
};

/** The answer part of a reply: after "答案：" / "Answer:", first line, without a closing full stop. */
export function shortAnswerOf(response: string): string {
  let text = answerText(response);
  const stated = /(?:答案|回答|answer)\s*(?:是|为|is)?\s*[:：]\s*/i.exec(text);
  if (stated) text = text.slice(stated.index + stated[0].length);
  return (text.split(/\n/)[0] ?? '').replace(/[。.!！]+$/, '').trim();
}

export function scoreShortAnswer(answers: string[], response: string): Score {
  const given = shortAnswerOf(response);
  const normalised = normaliseAnswer(given);
  let best = { f1: 0, exact: 0, answer: answers[0]! };
  for (const answer of answers) {
    const exact = normalised !== '' && normalised === normaliseAnswer(answer) ? 1 : 0;
    const f1 = exact ? 1 : tokenF1(given, answer);
    if (f1 > best.f1 || (exact && !best.exact)) best = { f1, exact, answer };
  }
  return {
    value: best.f1,
    values: { f1: best.f1, exact_match: best.exact },
    answerKey: normalised,
    details: { parsed: given, closest: best.answer },
  };
}
