import { scoreYesNo, yesnoMetrics } from '../scorers/yesno.ts';
import type { YesnoItem } from '../suite/schema.ts';
import { fill, PROMPTS } from './prompts.ts';
import { askOnce, shorten, type TaskKind } from './task-kind.ts';

export function yesnoPrompt(item: YesnoItem): string {
  const t = PROMPTS.yesno;
  return fill(t[item.lang], {
    context: item.context ? fill(t.context[item.lang], { context: item.context }) : '',
    question: item.question,
  });
}

export const yesnoTask: TaskKind<'yesno'> = {
  type: 'yesno',
  metrics: yesnoMetrics,
  solve: (item, ctx) => askOnce(ctx, item.lang, yesnoPrompt(item)),
  score: async (item, output) => scoreYesNo(item.answer, output.response),
  mainText: { get: (item) => item.question, set: (item, question) => ({ ...item, question }) },
  preview: (item) => shorten(item.context ? `${item.context}\n${item.question}` : item.question),
  expected: (item) => item.answer,
};
