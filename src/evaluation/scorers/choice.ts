import type { McqItem } from '../suite/schema.ts';
import { extractChoice } from './choice-extraction.ts';
import { accuracyMetric, unparseableRateMetric } from './common-metrics.ts';
import type { Score, ScorerMetrics } from './types.ts';

/** MCQ scorer: exact set match of the extracted letters; unparseable answers count wrong and are counted apart. */
export const choiceMetrics: ScorerMetrics = {
  metrics: [
    accuracyMetric,
    unparseableRateMetric,
    {
      name: 'refusal_rate',
      label: { zh: '拒答率', en: 'Refusal rate' },
      aggregation: { kind: 'mean', key: 'refusal' },
      higherIsBetter: false,
      unit: 'rate',
    },
  ],
};

export function scoreChoice(item: Pick<McqItem, 'options' | 'answer'>, response: string): Score {
  const expected = (Array.isArray(item.answer) ? [...item.answer] : [item.answer]).sort();
  const extraction = extractChoice(response, item.options);
  if (extraction.kind === 'unparseable') {
    return {
      value: 0,
      values: { accuracy: 0, unparseable: 1, refusal: extraction.reason === 'refusal' ? 1 : 0 },
      answerKey: `unparseable`,
      details: { expected: expected.join(''), unparseable: extraction.reason },
    };
  }
  const correct = extraction.letters.join('') === expected.join('');
  return {
    value: correct ? 1 : 0,
    values: { accuracy: correct ? 1 : 0, unparseable: 0, refusal: 0 },
    answerKey: extraction.letters.join(''),
    details: { expected: expected.join(''), parsed: extraction.letters.join(''), how: extraction.how },
  };
}
