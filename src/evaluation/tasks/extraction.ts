import { extractionMetrics, scoreExtraction } from '../scorers/extraction.ts';
import { fill, PROMPTS } from './prompts.ts';
import { askOnce, shorten, type TaskKind } from './task-kind.ts';

export const extractionTask: TaskKind<'extraction'> = {
  type: 'extraction',
  metrics: extractionMetrics,
  solve: (item, ctx) =>
    askOnce(
      ctx,
      item.lang,
      fill(PROMPTS.extraction[item.lang], {
        instruction: item.instruction,
        fields: Object.keys(item.fields).join(', '),
        text: item.text,
      }),
    ),
  score: async (item, output) => scoreExtraction(item.fields, output.response),
  mainText: { get: (item) => item.text, set: (item, text) => ({ ...item, text }) },
  preview: (item) => shorten(`${item.instruction}\n${item.text}`),
  expected: (item) => shorten(JSON.stringify(item.fields), 300),
};
