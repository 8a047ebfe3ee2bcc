import type { ChatMessage } from '../../models/provider.ts';
import { gradeCriteria, rubricMetrics, scoreVerdicts } from '../scorers/rubric.ts';
import type { RubricItem } from '../suite/schema.ts';
import { shorten, type TaskKind, withSystemPrompt } from './task-kind.ts';

function conversationOf(item: RubricItem): ChatMessage[] {
  return item.messages ?? [{ role: 'user', content: item.prompt! }];
}

export const rubricTask: TaskKind<'rubric'> = {
  type: 'rubric',
  metrics: rubricMetrics,
  async solve(item, ctx) {
    const call = await ctx.model.chat(withSystemPrompt(conversationOf(item), item.lang, ctx.systemPrompt));
    return { response: call.text };
  },
  async score(item, output, ctx) {
    const verdicts = await gradeCriteria(
      item.rubric,
      conversationOf(item),
      output.response,
      item.lang,
      ctx.judge,
    );
    return scoreVerdicts(verdicts, item.rubric, item.tags?.theme);
  },
  mainText: {
    get: (item) => item.prompt ?? item.messages!.at(-1)!.content,
    set: (item, text) =>
      item.prompt !== undefined
        ? { ...item, prompt: text }
        : { ...item, messages: [...item.messages!.slice(0, -1), { role: 'user', content: text }] },
  },
  preview: (item) =>
    shorten(
      conversationOf(item)
        .map((m) => `${m.role}: ${m.content}`)
        .join('\n'),
    ),
  expected: (item) =>
    shorten(
      item.ideal ??
        item.rubric
          .filter((c) => c.points > 0)
          .map((c) => c.criterion)
          .join('; '),
      400,
    ),
};
