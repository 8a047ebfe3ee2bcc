import OpenAI from 'openai';
import type { ChatCompletionChunk, ChatCompletionCreateParams } from 'openai/resources/chat/completions';
import {
  type ChatChunk,
  type ChatRequest,
  type ChatResult,
  type FinishReason,
  type ModelProvider,
  normaliseFinish,
  type TokenUsage,
  toUsage,
  usageOf,
} from '../provider.ts';
import { ProviderError, upstreamStatusError, upstreamUnreachableError } from '../provider-error.ts';
import { Semaphore } from '../semaphore.ts';

export interface OpenAICompatibleOptions {
  id: string;
  baseUrl: string;
  /** The upstream's model name. */
  model: string;
  /** The key itself, read by the caller from the environment variable the config names. */
  apiKey?: string;
  /** Name of that variable, for error messages. */
  apiKeyEnv?: string;
  params?: Record<string, unknown>;
  timeoutMs?: number;
  maxRetries?: number;
  concurrency?: number;
}

/**
 * Any server that speaks the OpenAI chat API: DeepSeek, Qwen (DashScope), GLM, OpenAI,
 * vLLM, Ollama, llama.cpp. The official client gives us retries with backoff on 429/5xx
 * (honouring Retry-After), timeouts and SSE parsing; we add a concurrency limit and
 * errors that say what to fix.
 */
export class OpenAICompatibleProvider implements ModelProvider {
  readonly id: string;
  private readonly client: OpenAI;
  private readonly semaphore: Semaphore;

  constructor(private readonly options: OpenAICompatibleOptions) {
    this.id = options.id;
    this.client = new OpenAI({
      baseURL: options.baseUrl,
      // Local servers (vLLM, Ollama) accept any key; the client insists on one.
      apiKey: options.apiKey ?? 'no-key',
      timeout: options.timeoutMs ?? 60_000,
      maxRetries: options.maxRetries ?? 2,
    });
    this.semaphore = new Semaphore(options.concurrency ?? 16);
  }

  private body(request: ChatRequest): ChatCompletionCreateParams {
    const { messages, signal: _signal, extra, ...rest } = request;
    const body: Record<string, unknown> = {
      ...this.options.params,
      ...extra,
      ...rest,
      model: this.options.model,
      messages,
    };
    for (const key of Object.keys(body)) if (body[key] === undefined) delete body[key];
    return body as unknown as ChatCompletionCreateParams;
  }

  async complete(request: ChatRequest): Promise<ChatResult> {
    const release = await this.semaphore.acquire();
    const started = performance.now();
    try {
      const response = await this.client.chat.completions.create(
        { ...this.body(request), stream: false },
        { signal: request.signal },
      );
      const choice = response.choices[0];
      const text = choice?.message?.content ?? '';
      return {
        text,
        finishReason: normaliseFinish(choice?.finish_reason),
        usage: response.usage ? toUsage(response.usage) : usageOf(request.messages, text),
        latencyMs: performance.now() - started,
        model: response.model ?? this.options.model,
        ...(choice?.message?.tool_calls ? { toolCalls: choice.message.tool_calls } : {}),
      };
    } catch (error) {
      throw this.explain(error);
    } finally {
      release();
    }
  }

  async *stream(request: ChatRequest): AsyncIterable<ChatChunk> {
    const release = await this.semaphore.acquire();
    try {
      let stream: AsyncIterable<ChatCompletionChunk>;
      try {
        stream = await this.client.chat.completions.create(
          { ...this.body(request), stream: true, stream_options: { include_usage: true } },
          { signal: request.signal },
        );
      } catch (error) {
        throw this.explain(error);
      }
      let finishReason: FinishReason | undefined;
      let usage: TokenUsage | undefined;
      let text = '';
      const toolCalls: unknown[] = [];
      try {
        for await (const chunk of stream) {
          if (chunk.usage) usage = toUsage(chunk.usage);
          const choice = chunk.choices[0];
          if (!choice) continue;
          if (choice.finish_reason) finishReason = normaliseFinish(choice.finish_reason);
          if (choice.delta?.tool_calls) toolCalls.push(...choice.delta.tool_calls);
          const delta = choice.delta?.content ?? '';
          if (delta) {
            text += delta;
            yield { delta };
          }
        }
      } catch (error) {
        throw this.explain(error);
      }
      yield {
        delta: '',
        finishReason: finishReason ?? 'stop',
        usage: usage ?? usageOf(request.messages, text),
        ...(toolCalls.length ? { toolCalls } : {}),
      };
    } finally {
      release();
    }
  }

  /** Maps the client's errors to messages that name the cause and the fix. */
  private explain(error: unknown): Error {
    const { id, baseUrl } = this.options;
    if (error instanceof ProviderError) return error;
    if (error instanceof OpenAI.APIUserAbortError) {
      return new ProviderError(id, 'timeout', 'the request was cancelled', { cause: error });
    }
    if (error instanceof OpenAI.APIConnectionTimeoutError) {
      return new ProviderError(
        id,
        'timeout',
        `no answer from ${baseUrl} within ${this.options.timeoutMs ?? 60_000} ms`,
        {
          hint: 'the server is slow or stuck; raise timeout_ms or check the server',
          cause: error,
        },
      );
    }
    if (error instanceof OpenAI.APIConnectionError) return upstreamUnreachableError(this.options, error);
    if (error instanceof OpenAI.APIError) {
      return upstreamStatusError(this.options, error.status, upstreamMessage(error), {
        cause: error,
        afterRetries: true,
      });
    }
    return new ProviderError(id, 'upstream', (error as Error)?.message ?? String(error), { cause: error });
  }
}

function upstreamMessage(error: InstanceType<typeof OpenAI.APIError>): string | undefined {
  const body = error.error as { message?: unknown } | undefined;
  return typeof body?.message === 'string' && body.message ? body.message : undefined;
}
