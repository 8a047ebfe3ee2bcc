import { errorMessage } from '../../foundation/errors.ts';
import type { ChatMessage } from '../../models/provider.ts';
import { fill, PROMPTS } from '../tasks/prompts.ts';
import type { ChatCaller } from '../tasks/task-kind.ts';
import { parseJsonObject } from './extraction.ts';

export interface JudgeVerdict {
  met: boolean;
  explanation: string;
}

export interface JudgeFailure {
  failed: string;
}

/** Formats a conversation for the judge: one "role: text" block per turn. */
export function formatConversation(messages: ChatMessage[], lang: 'zh' | 'en'): string {
  const names =
    lang === 'zh'
      ? { system: '系统', user: '用户', assistant: '助手', tool: '工具' }
      : { system: 'system', user: 'user', assistant: 'assistant', tool: 'tool' };
  return messages.map((m) => `${names[m.role]}: ${m.content}`).join('\n\n');
}

/**
 * HealthBench-style grading of one criterion by a judge model, with strict JSON verdicts.
 * An unparseable verdict is retried (as a fresh, uncached call) up to `attempts` times.
 */
export async function modelJudge(
  judge: ChatCaller,
  lang: 'zh' | 'en',
  conversation: ChatMessage[],
  criterion: string,
  attempts = 3,
): Promise<JudgeVerdict | JudgeFailure> {
  const prompt = fill(PROMPTS.judge[lang], {
    conversation: formatConversation(conversation, lang),
    criterion,
  });
  let last = '';
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      const call = await judge.chat([{ role: 'user', content: prompt }], { attempt, maxTokens: 300 });
      const verdict = parseVerdict(call.text);
      if (verdict) return verdict;
      last = `unparseable verdict: ${call.text.slice(0, 120)}`;
    } catch (error) {
      last = `judge error: ${errorMessage(error)}`;
    }
  }
  return { failed: last };
}

export function parseVerdict(text: string): JudgeVerdict | undefined {
  const json = parseJsonObject(text);
  if (!json) return undefined;
  const met = json.criteria_met;
  const value = typeof met === 'boolean' ? met : met === 'true' ? true : met === 'false' ? false : undefined;
  if (value === undefined) return undefined;
  return { met: value, explanation: typeof json.explanation === 'string' ? json.explanation : '' };
}
