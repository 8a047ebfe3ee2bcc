import { classificationMetrics, scoreClassification } from '../scorers/classification.ts';
import { fill, PROMPTS } from './prompts.ts';
import { askOnce, shorten, type TaskKind } from './task-kind.ts';

export const classificationTask: TaskKind<'classification'> = {
  type: 'classification',
  metrics: classificationMetrics,
  solve: (item, ctx) =>
    askOnce(
      ctx,
      item.lang,
      fill(PROMPTS.classification[item.lang], {
        instruction: item.instruction ?? PROMPTS.classification.instruction[item.lang],
        text: item.text,
        labels: item.labels.join(', '),
      }),
    ),
  score: async (item, output) => scoreClassification(item.label, item.labels, output.response),
  mainText: { get: (item) => item.text, set: (item, text) => ({ ...item, text }) },
  preview: (item) => shorten(item.text),
  expected: (item) => item.label,
};
