import type { ChatMessage, ChatRequest, ModelProvider } from '../../models/provider.ts';
import { ProviderError } from '../../models/provider-error.ts';
import type { ModelRecord } from '../../models/registry.ts';
import { Semaphore } from '../../models/semaphore.ts';
import type { ChatCaller, ChatOptions, ModelCall } from '../tasks/task-kind.ts';
import { sha256, stableStringify } from '../util/hash.ts';
import type { RateLimiter } from './rate-limiter.ts';
import type { ResponseCache } from './response-cache.ts';

export interface EvalModelOptions {
  /** Concurrent calls to this model. */
  concurrency: number;
  /** Sampling parameters sent with every call (and part of the cache key). */
  params: { temperature?: number; seed?: number; max_tokens?: number };
  cache?: ResponseCache;
  rateLimiter?: RateLimiter;
  /** Extra attempts for retryable failures (timeouts, 5xx, 429, connection errors). */
  retries: number;
  retryBackoffMs: number;
  /** Per-call time limit. */
  timeoutMs?: number;
}

/**
 * A registered model as the evaluator calls it: concurrency-limited, rate-limited, retried,
 * and answered from the persistent cache when the same model version has seen the same
 * prompt with the same parameters, so a re-run costs nothing.
 */
export class EvalModel implements ChatCaller {
  readonly id: string;
  private readonly semaphore: Semaphore;
  private readonly keyBase: string;

  constructor(
    readonly record: ModelRecord,
    private readonly provider: ModelProvider,
    private readonly options: EvalModelOptions,
  ) {
    this.id = record.id;
    this.semaphore = new Semaphore(options.concurrency);
    this.keyBase = stableStringify({
      model: record.id,
      version: record.version,
      params: { ...record.params, ...options.params },
    });
  }

  /** Sampling parameters sent with every call. */
  get params(): EvalModelOptions['params'] {
    return this.options.params;
  }

  cacheKey(messages: ChatMessage[], options: ChatOptions = {}): string {
    const extra = { max_tokens: options.maxTokens, attempt: options.attempt || undefined };
    return sha256(`${this.keyBase}\u0000${stableStringify(extra)}\u0000${stableStringify(messages)}`);
  }

  async chat(messages: ChatMessage[], options: ChatOptions = {}): Promise<ModelCall> {
    const key = this.cacheKey(messages, options);
    const cached = await this.options.cache?.get(key, this.record.id, this.record.version);
    if (cached) {
      return {
        text: cached.text,
        finishReason: cached.finishReason,
        promptTokens: cached.promptTokens,
        completionTokens: cached.completionTokens,
        latencyMs: cached.latencyMs,
        cached: true,
        costUsd: this.cost(cached.promptTokens, cached.completionTokens),
      };
    }
    const request: ChatRequest = {
      messages,
      ...this.options.params,
      ...(options.maxTokens ? { max_tokens: options.maxTokens } : {}),
    };
    const result = await this.callWithRetries(request);
    this.options.cache?.put(key, this.record.id, this.record.version, {
      text: result.text,
      finishReason: result.finishReason,
      promptTokens: result.usage.promptTokens,
      completionTokens: result.usage.completionTokens,
      latencyMs: result.latencyMs,
      upstreamModel: result.model,
    });
    return {
      text: result.text,
      finishReason: result.finishReason,
      promptTokens: result.usage.promptTokens,
      completionTokens: result.usage.completionTokens,
      latencyMs: result.latencyMs,
      cached: false,
      costUsd: this.cost(result.usage.promptTokens, result.usage.completionTokens),
    };
  }

  private async callWithRetries(request: ChatRequest) {
    for (let attempt = 0; ; attempt++) {
      await this.options.rateLimiter?.take();
      const release = await this.semaphore.acquire();
      try {
        const signal = this.options.timeoutMs ? AbortSignal.timeout(this.options.timeoutMs) : undefined;
        return await this.provider.complete(signal ? { ...request, signal } : request);
      } catch (error) {
        const explained =
          error instanceof ProviderError && error.kind === 'timeout' && this.options.timeoutMs
            ? new ProviderError(this.id, 'timeout', `no answer within ${this.options.timeoutMs} ms`, {
                hint: 'raise --timeout-ms or check the model server',
                cause: error,
              })
            : error;
        if (attempt >= this.options.retries || !isRetryable(explained)) throw explained;
      } finally {
        release();
      }
      await new Promise((resolve) => setTimeout(resolve, this.options.retryBackoffMs * 2 ** attempt));
    }
  }

  private cost(promptTokens: number, completionTokens: number): number | null {
    const price = this.record.price;
    if (!price) return null;
    return (promptTokens * price.input_per_mtok + completionTokens * price.output_per_mtok) / 1_000_000;
  }
}

function isRetryable(error: unknown): boolean {
  if (error instanceof ProviderError)
    return ['timeout', 'unreachable', 'upstream', 'rate_limited'].includes(error.kind);
  return false;
}
