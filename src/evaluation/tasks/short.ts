import { scoreShortAnswer, shortAnswerMetrics } from '../scorers/short-answer.ts';
import { fill, PROMPTS } from './prompts.ts';
import { askOnce, shorten, type TaskKind } from './task-kind.ts';

export const shortTask: TaskKind<'short'> = {
  type: 'short',
  metrics: shortAnswerMetrics,
  solve: (item, ctx) => askOnce(ctx, item.lang, fill(PROMPTS.short[item.lang], { question: item.question })),
  score: async (item, output) => scoreShortAnswer(item.answers, output.response),
  mainText: { get: (item) => item.question, set: (item, question) => ({ ...item, question }) },
  preview: (item) => shorten(item.question),
  expected: (item) => item.answers.join(' | '),
};
