/**
 * One interface for every model Yiheng talks to: the gateway, the evaluator and the
 * applications all call models through it, so a model is judged the way it will run.
 */

export type ChatRole = 'system' | 'user' | 'assistant' | 'tool';

export interface ChatMessage {
  role: ChatRole;
  content: string;
  name?: string;
  /** Assistant tool calls and tool results pass through untouched (OpenAI shapes). */
  tool_calls?: unknown[];
  tool_call_id?: string;
}

export interface ChatRequest {
  messages: ChatMessage[];
  temperature?: number;
  top_p?: number;
  max_tokens?: number;
  seed?: number;
  stop?: string | string[];
  tools?: unknown[];
  tool_choice?: unknown;
  response_format?: unknown;
  /** Other OpenAI parameters, passed to the upstream as they are. */
  extra?: Record<string, unknown>;
  signal?: AbortSignal;
}

export type FinishReason = 'stop' | 'length' | 'tool_calls' | 'content_filter' | 'error';

export interface TokenUsage {
  promptTokens: number;
  completionTokens: number;
  totalTokens: number;
}

export interface ChatResult {
  text: string;
  finishReason: FinishReason;
  usage: TokenUsage;
  latencyMs: number;
  /** The upstream's own model name, as it reported it. */
  model: string;
  toolCalls?: unknown[];
}

export interface ChatChunk {
  /** Text added by this chunk (may be empty on the final chunk). */
  delta: string;
  /** Set on the last chunk. */
  finishReason?: FinishReason;
  /** Set on the last chunk when the upstream reports it. */
  usage?: TokenUsage;
  toolCalls?: unknown[];
}

export interface ModelProvider {
  /** The registry id this provider serves. */
  readonly id: string;
  complete(request: ChatRequest): Promise<ChatResult>;
  stream(request: ChatRequest): AsyncIterable<ChatChunk>;
}

/** Rough token count for providers that do not report usage: CJK characters count one each, other words ~1.3. */
export function estimateTokens(text: string): number {
  const cjk = text.match(/[\u3400-\u9fff\uf900-\ufaff]/g)?.length ?? 0;
  const words = text.replace(/[\u3400-\u9fff\uf900-\ufaff]/g, ' ').match(/\S+/g)?.length ?? 0;
  return cjk + Math.ceil(words * 1.3);
}

export function usageOf(messages: ChatMessage[], completion: string): TokenUsage {
  const promptTokens = messages.reduce((sum, m) => sum + estimateTokens(m.content) + 4, 0);
  const completionTokens = estimateTokens(completion);
  return { promptTokens, completionTokens, totalTokens: promptTokens + completionTokens };
}

/** Token usage as an OpenAI-compatible server reports it (snake_case), in our shape. */
export function toUsage(usage: {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens?: number;
}): TokenUsage {
  return {
    promptTokens: usage.prompt_tokens ?? 0,
    completionTokens: usage.completion_tokens ?? 0,
    totalTokens: usage.total_tokens ?? (usage.prompt_tokens ?? 0) + (usage.completion_tokens ?? 0),
  };
}

/** An OpenAI-compatible finish reason in our vocabulary (the legacy function_call is a tool call). */
export function normaliseFinish(reason: string | null | undefined): FinishReason {
  switch (reason) {
    case 'length':
    case 'tool_calls':
    case 'content_filter':
      return reason;
    case 'function_call':
      return 'tool_calls';
    default:
      return 'stop';
  }
}
