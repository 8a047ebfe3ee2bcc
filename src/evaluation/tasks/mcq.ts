import { choiceMetrics, scoreChoice } from '../scorers/choice.ts';
import type { McqItem } from '../suite/schema.ts';
import { fill, PROMPTS } from './prompts.ts';
import { askOnce, shorten, type TaskKind } from './task-kind.ts';

export function mcqPrompt(item: McqItem): string {
  const multi = Array.isArray(item.answer) && item.answer.length > 1;
  const t = PROMPTS.mcq;
  const options = Object.entries(item.options)
    .map(([letter, text]) => `${letter}. ${text}`)
    .join('\n');
  return fill(t[item.lang], {
    kind: t.kind[item.lang][multi ? 1 : 0]!,
    question: item.question,
    options,
    multi: multi ? t.multi[item.lang] : '',
  });
}

export const mcqTask: TaskKind<'mcq'> = {
  type: 'mcq',
  metrics: choiceMetrics,
  solve: (item, ctx) => askOnce(ctx, item.lang, mcqPrompt(item)),
  score: async (item, output) => scoreChoice(item, output.response),
  mainText: { get: (item) => item.question, set: (item, question) => ({ ...item, question }) },
  preview: (item) =>
    shorten(
      `${item.question}\n${Object.entries(item.options)
        .map(([l, t]) => `${l}. ${t}`)
        .join('\n')}`,
    ),
  expected: (item) => (Array.isArray(item.answer) ? item.answer.join('') : item.answer),
};
