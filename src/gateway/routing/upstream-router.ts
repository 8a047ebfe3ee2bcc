import type { ChatChunk, ChatRequest, ChatResult, ModelProvider } from '../../models/provider.ts';
import { ProviderError } from '../../models/provider-error.ts';
import { HttpUpstreamProvider } from '../../models/providers/http-provider.ts';
import { createProvider, type ModelRecord } from '../../models/registry.ts';
import { ApiError } from '../http/api-error.ts';
import { CircuitBreaker, type CircuitBreakerOptions } from './circuit-breaker.ts';
import type { LiveDeployment, Upstream } from './deployment.ts';

export type AttemptOutcome = 'ok' | 'timeout' | 'error' | 'circuit_open' | 'suspended';

export interface Attempt {
  modelId: string;
  outcome: AttemptOutcome;
  /** ProviderError kind or HTTP status family, for metrics and audit (never a message). */
  kind?: string;
}

export interface UpstreamCall {
  model: ModelRecord;
  attempts: Attempt[];
}

export interface RouterHooks {
  onAttempt?(attempt: Attempt, seconds: number): void;
}

/** Thrown when the client hung up: nothing to answer, nothing to blame the upstream for. */
export class ClientGone extends Error {
  constructor() {
    super('the client closed the connection');
  }
}

class UpstreamTimeout extends Error {
  constructor(readonly ms: number) {
    super(`no answer within ${ms} ms`);
  }
}

/**
 * Sends a request to a deployment's upstreams in fallback order, each under its own timeout and
 * circuit breaker. A failure before the answer starts moves on to the next upstream; the client
 * gets a 502 or 504 naming what happened to each, never an open-ended wait.
 */
export class UpstreamRouter {
  private readonly breakers = new Map<string, CircuitBreaker>();
  private readonly providers = new Map<string, ModelProvider>();

  constructor(
    private readonly options: {
      breaker: CircuitBreakerOptions;
      hooks?: RouterHooks;
      env?: NodeJS.ProcessEnv;
    },
  ) {}

  /** Closes idle upstream connections. */
  close(): void {
    for (const provider of this.providers.values()) (provider as { close?: () => void }).close?.();
    this.providers.clear();
  }

  breaker(modelId: string): CircuitBreaker {
    let breaker = this.breakers.get(modelId);
    if (!breaker) {
      breaker = new CircuitBreaker(this.options.breaker);
      this.breakers.set(modelId, breaker);
    }
    return breaker;
  }

  private provider(record: ModelRecord): ModelProvider {
    // One provider (one connection pool) per model definition; a changed definition gets a new one.
    const cacheKey = JSON.stringify([
      record.id,
      record.version,
      record.baseUrl,
      record.upstreamModel,
      record.apiKeyEnv,
      record.params,
    ]);
    let provider = this.providers.get(cacheKey);
    if (!provider) {
      provider =
        record.provider === 'openai-compatible'
          ? this.httpProvider(record)
          : createProvider(record, this.options.env);
      this.providers.set(cacheKey, provider);
    }
    return provider;
  }

  private httpProvider(record: ModelRecord): ModelProvider {
    const env = this.options.env ?? process.env;
    const apiKey = record.apiKeyEnv ? env[record.apiKeyEnv] : undefined;
    if (record.apiKeyEnv && !apiKey) {
      throw new ProviderError(record.id, 'config', `environment variable ${record.apiKeyEnv} is not set`, {
        hint: `export ${record.apiKeyEnv}=<your API key> and restart the gateway`,
      });
    }
    return new HttpUpstreamProvider({
      id: record.id,
      baseUrl: record.baseUrl!,
      model: record.upstreamModel!,
      params: record.params,
      ...(apiKey ? { apiKey } : {}),
      ...(record.apiKeyEnv ? { apiKeyEnv: record.apiKeyEnv } : {}),
    });
  }

  async complete(
    deployment: LiveDeployment,
    models: Map<string, ModelRecord>,
    request: ChatRequest,
    clientSignal?: AbortSignal,
  ): Promise<{ result: ChatResult; call: UpstreamCall }> {
    return this.tryInOrder(deployment, models, clientSignal, async (provider, upstream, signal) =>
      withTimeout(provider.complete({ ...request, signal }), upstream.timeoutMs, signal),
    ).then(({ value, call }) => ({ result: value, call }));
  }

  /**
   * Opens a stream on the first upstream that produces a first chunk in time. Later chunks are
   * each held to the same timeout; a stall mid-stream ends the stream with an error.
   */
  async stream(
    deployment: LiveDeployment,
    models: Map<string, ModelRecord>,
    request: ChatRequest,
    clientSignal?: AbortSignal,
  ): Promise<{ chunks: AsyncIterable<ChatChunk>; call: UpstreamCall }> {
    const { value, call } = await this.tryInOrder(
      deployment,
      models,
      clientSignal,
      async (provider, upstream, signal, abort) => {
        const iterator = provider.stream({ ...request, signal })[Symbol.asyncIterator]();
        const first = await withTimeout(iterator.next(), upstream.timeoutMs, signal);
        return { iterator, first, upstream, abort };
      },
    );
    const breaker = this.breaker(call.model.id);
    const hooks = this.options.hooks;
    async function* rest(): AsyncIterable<ChatChunk> {
      try {
        if (value.first.done) return;
        yield value.first.value;
        for (;;) {
          const next = await withTimeout(value.iterator.next(), value.upstream.timeoutMs, clientSignal);
          if (next.done) return;
          yield next.value;
        }
      } catch (error) {
        if (!(error instanceof ClientGone)) {
          breaker.onFailure();
          hooks?.onAttempt?.(
            {
              modelId: call.model.id,
              outcome: error instanceof UpstreamTimeout ? 'timeout' : 'error',
              kind: kindOf(error),
            },
            0,
          );
        }
        throw error instanceof UpstreamTimeout
          ? new ApiError(
              504,
              'upstream_error',
              'upstream_timeout',
              `model ${call.model.id} stopped sending within ${error.ms} ms`,
            )
          : error;
      } finally {
        value.abort();
        // Not awaited: a stuck upstream must not hold the client; the abort above unblocks it.
        value.iterator.return?.().catch(() => {});
      }
    }
    return { chunks: rest(), call };
  }

  private async tryInOrder<T>(
    deployment: LiveDeployment,
    models: Map<string, ModelRecord>,
    clientSignal: AbortSignal | undefined,
    attempt: (
      provider: ModelProvider,
      upstream: Upstream,
      signal: AbortSignal,
      abort: () => void,
    ) => Promise<T>,
  ): Promise<{ value: T; call: UpstreamCall }> {
    const attempts: Attempt[] = [];
    const failures: string[] = [];
    let lastKind: 'timeout' | 'error' | 'open' = 'open';
    let retryAfter = 0;
    for (const upstream of deployment.upstreams) {
      if (clientSignal?.aborted) throw new ClientGone();
      if (deployment.suspendedModels.includes(upstream.modelId)) {
        attempts.push({ modelId: upstream.modelId, outcome: 'suspended' });
        continue;
      }
      const record = models.get(upstream.modelId)!;
      const breaker = this.breaker(upstream.modelId);
      if (!breaker.tryAcquire()) {
        attempts.push({ modelId: upstream.modelId, outcome: 'circuit_open' });
        failures.push(`${upstream.modelId}: circuit open after repeated failures`);
        retryAfter =
          retryAfter === 0 ? breaker.retryAfterSeconds : Math.min(retryAfter, breaker.retryAfterSeconds);
        continue;
      }
      const controller = new AbortController();
      const abort = () => controller.abort();
      clientSignal?.addEventListener('abort', abort, { once: true });
      const started = performance.now();
      try {
        const provider = this.provider(record);
        const value = await attempt(provider, upstream, controller.signal, abort);
        breaker.onSuccess();
        const ok: Attempt = { modelId: upstream.modelId, outcome: 'ok' };
        attempts.push(ok);
        this.options.hooks?.onAttempt?.(ok, (performance.now() - started) / 1000);
        return { value, call: { model: record, attempts } };
      } catch (error) {
        controller.abort();
        if (clientSignal?.aborted) {
          breaker.onAbandon();
          throw new ClientGone();
        }
        if (error instanceof ProviderError && error.kind === 'bad_request') {
          // The request itself is wrong for this model: another upstream will not fix it.
          breaker.onAbandon();
          throw new ApiError(
            400,
            'invalid_request_error',
            'upstream_rejected_request',
            `model ${upstream.modelId} refused the request${error.status ? ` (${error.status})` : ''}`,
            {
              hint: 'check the parameters (tools, response_format, max_tokens) for this model',
            },
          );
        }
        const timedOut =
          error instanceof UpstreamTimeout || (error instanceof ProviderError && error.kind === 'timeout');
        if (error instanceof ProviderError && error.kind === 'config') breaker.onAbandon();
        else breaker.onFailure();
        const failed: Attempt = {
          modelId: upstream.modelId,
          outcome: timedOut ? 'timeout' : 'error',
          kind: kindOf(error),
        };
        attempts.push(failed);
        this.options.hooks?.onAttempt?.(failed, (performance.now() - started) / 1000);
        lastKind = timedOut ? 'timeout' : 'error';
        failures.push(
          `${upstream.modelId}: ${timedOut ? `no answer within ${upstream.timeoutMs} ms` : describe(error)}`,
        );
      } finally {
        clientSignal?.removeEventListener('abort', abort);
      }
    }
    const summary = `deployment "${deployment.name}": no upstream answered (${failures.join('; ') || 'all upstream models are suspended'})`;
    if (lastKind === 'open') {
      throw new ApiError(503, 'unavailable_error', 'upstream_unavailable', summary, {
        hint: 'the upstream models are failing; retry later',
        headers: { 'retry-after': String(Math.max(1, retryAfter)) },
      });
    }
    if (lastKind === 'timeout') {
      throw new ApiError(504, 'upstream_error', 'upstream_timeout', summary, {
        hint: 'the model is slow or stuck; retry, or configure a faster fallback',
      });
    }
    throw new ApiError(502, 'upstream_error', 'upstream_error', summary, {
      hint: 'the model server failed; retry later or configure a fallback',
    });
  }
}

function kindOf(error: unknown): string {
  if (error instanceof UpstreamTimeout) return 'timeout';
  if (error instanceof ProviderError) return error.kind;
  return 'unknown';
}

/** Words for a failure, without upstream URLs or bodies (they may reveal internals). */
function describe(error: unknown): string {
  if (error instanceof ProviderError) {
    switch (error.kind) {
      case 'upstream':
        return `failed${error.status ? ` with ${error.status}` : ''}`;
      case 'unreachable':
        return 'unreachable';
      case 'auth':
        return 'rejected the gateway’s credentials';
      case 'not_found':
        return 'does not know the configured model name';
      case 'rate_limited':
        return 'rate-limited the gateway';
      case 'config':
        return 'is not configured (missing API key environment variable?)';
      default:
        return error.kind;
    }
  }
  return 'failed';
}

/**
 * Races a promise against a timer and the client's signal, so a stuck upstream or a provider
 * that ignores abort signals can never hold the request past its deadline.
 */
function withTimeout<T>(promise: Promise<T>, ms: number, signal?: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => finish(() => reject(new UpstreamTimeout(ms))), ms);
    const onAbort = () => finish(() => reject(new ClientGone()));
    let settled = false;
    function finish(action: () => void) {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      action();
    }
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => finish(() => resolve(value)),
      (error) => finish(() => reject(error)),
    );
  });
}
