import type { ChatMessage, ChatRequest, ModelProvider } from '../../models/provider.ts';
import { ProviderError } from '../../models/provider-error.ts';
import type { ModelRecord } from '../../models/registry.ts';
import { Semaphore } from '../../models/semaphore.ts';
import type { ChatCaller, ChatOptions, ModelCall } from '../tasks/task-kind.ts';
import { sha256, stableStringify } from '../util/hash.ts';
import type { RateLimiter } from './rate-limiter.ts';
import type { ResponseCache } from './response-cache.ts';

/** Longest wait a Retry-After header can impose between two attempts. */
const MAX_RETRY_AFTER_MS = 60_000;

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
  /** Per-call time limit set by the run (`--timeout-ms`); its errors name that option. */
  timeoutMs?: number;
  /** Per-call time limit otherwise (the model's own, for transports that have none). */
  defaultTimeoutMs?: number;
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
    return this.cacheKeyOf(stableStringify(messages), options);
  }

  private cacheKeyOf(stableMessages: string, options: ChatOptions): string {
    const extra =
      options.maxTokens === undefined && !options.attempt
        ? '{}'
        : stableStringify({ max_tokens: options.maxTokens, attempt: options.attempt || undefined });
    return sha256(`${this.keyBase}\u0000${extra}\u0000${stableMessages}`);
  }

  async chat(messages: ChatMessage[], options: ChatOptions = {}): Promise<ModelCall> {
    // The messages are serialised once, for the cache key and the prompt hash stored per item.
    const stableMessages = stableStringify(messages);
    const key = this.cacheKeyOf(stableMessages, options);
    const promptHash = sha256(stableMessages);
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
        promptHash,
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
      promptHash,
    };
  }

  private async callWithRetries(request: ChatRequest) {
    let retryAfterMs: number | undefined;
    for (let attempt = 0; ; attempt++) {
      await this.options.rateLimiter?.take();
      const release = await this.semaphore.acquire();
      const limit = this.options.timeoutMs ?? this.options.defaultTimeoutMs;
      try {
        const signal = limit ? AbortSignal.timeout(limit) : undefined;
        return await this.provider.complete(signal ? { ...request, signal } : request);
      } catch (error) {
        const explained =
          error instanceof ProviderError && error.kind === 'timeout' && limit
            ? new ProviderError(this.id, 'timeout', `no answer within ${limit} ms`, {
                hint: this.options.timeoutMs
                  ? 'raise --timeout-ms or check the model server'
                  : 'the server is slow or stuck; raise the model’s timeout_ms or --timeout-ms, or check the server',
                cause: error,
              })
            : error;
        if (attempt >= this.options.retries || !isRetryable(explained)) throw explained;
        // Honour the upstream's Retry-After when it asks for longer than our backoff (capped).
        retryAfterMs = explained instanceof ProviderError ? explained.retryAfterMs : undefined;
      } finally {
        release();
      }
      const backoff = this.options.retryBackoffMs * 2 ** attempt;
      const wait = Math.min(Math.max(backoff, retryAfterMs ?? 0), MAX_RETRY_AFTER_MS);
      await new Promise((resolve) => setTimeout(resolve, wait));
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
