import type { ChatMessage } from '../../models/provider.ts';
import type { Score, ScorerMetrics, SolverOutput } from '../scorers/types.ts';
import type { BilingualText, ItemByType, TaskType } from '../suite/schema.ts';

/** One model call as the engine sees it: the reply plus what it cost. */
export interface ModelCall {
  text: string;
  finishReason: string;
  promptTokens: number;
  completionTokens: number;
  latencyMs: number;
  cached: boolean;
  costUsd: number | null;
  /** sha256 of the messages (keys sorted), when the caller computed it anyway. */
  promptHash?: string;
}

export interface ChatOptions {
  maxTokens?: number;
  /** A retry of an unusable reply: part of the cache key, so the retry is a fresh call. */
  attempt?: number;
}

/** Something that answers chat messages: the evaluated model, a judge or a simulated patient. */
export interface ChatCaller {
  readonly id: string;
  chat(messages: ChatMessage[], options?: ChatOptions): Promise<ModelCall>;
}

export interface TaskContext {
  model: ChatCaller;
  /** A judge model for rubric criteria (`--judge`); without it the keyword judge grades. */
  judge?: ChatCaller;
  /** A model playing the patient in consultations (`--patient-model`); otherwise scripted. */
  patient?: ChatCaller;
  systemPrompt?: BilingualText;
  seed: number;
}

/**
 * A task type, Inspect-style: a solver that turns an item into the model's answer and a scorer
 * that grades it and declares its metrics. Wrappers reach the item's main text through
 * `mainText`, so perturbations and counterfactuals work on every task type.
 */
export interface TaskKind<T extends TaskType = TaskType> {
  type: T;
  metrics: ScorerMetrics;
  solve(item: ItemByType[T], ctx: TaskContext): Promise<SolverOutput>;
  score(item: ItemByType[T], output: SolverOutput, ctx: TaskContext): Promise<Score>;
  mainText: {
    get(item: ItemByType[T]): string;
    set(item: ItemByType[T], text: string): ItemByType[T];
  };
  /** What the item asked, shortened, for reports. */
  preview(item: ItemByType[T]): string;
  /** The expected answer, shortened, for reports. */
  expected(item: ItemByType[T]): string;
}

/** Puts the task's system prompt (if any) before the user's messages. */
export function withSystemPrompt(
  messages: ChatMessage[],
  lang: 'zh' | 'en',
  systemPrompt: BilingualText | undefined,
): ChatMessage[] {
  return systemPrompt ? [{ role: 'system', content: systemPrompt[lang] }, ...messages] : messages;
}

/** Single-turn solver: one prompt, one call. */
export async function askOnce(
  ctx: TaskContext,
  lang: 'zh' | 'en',
  prompt: string,
  maxTokens?: number,
): Promise<SolverOutput> {
  const messages = withSystemPrompt([{ role: 'user', content: prompt }], lang, ctx.systemPrompt);
  const call = await ctx.model.chat(messages, maxTokens ? { maxTokens } : {});
  return { response: call.text };
}

export function shorten(text: string, max = 600): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
