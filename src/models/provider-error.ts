import { YihengError } from '../foundation/errors.ts';

export type ProviderErrorKind =
  | 'auth'
  | 'not_found'
  | 'unreachable'
  | 'timeout'
  | 'rate_limited'
  | 'upstream'
  | 'bad_request'
  | 'config';

/** A model call that failed, said in words a user can act on. */
export class ProviderError extends YihengError {
  readonly kind: ProviderErrorKind;
  readonly status: number | undefined;
  readonly modelId: string;
  /** How long the upstream asked to wait before trying again (its Retry-After header), if it said. */
  readonly retryAfterMs: number | undefined;

  constructor(
    modelId: string,
    kind: ProviderErrorKind,
    message: string,
    options: { hint?: string; status?: number; cause?: unknown; retryAfterMs?: number } = {},
  ) {
    super(`model ${modelId}: ${message}`, {
      hint: options.hint,
      code: `provider_${kind}`,
      cause: options.cause,
    });
    this.name = 'ProviderError';
    this.kind = kind;
    this.status = options.status;
    this.modelId = modelId;
    this.retryAfterMs = options.retryAfterMs;
  }

  /** Worth trying the next model in a fallback chain (not a problem with the request itself). */
  get retryable(): boolean {
    return this.kind !== 'bad_request' && this.kind !== 'config';
  }
}

/** Where an upstream lives, for messages that name what to check. */
export interface UpstreamIdentity {
  id: string;
  baseUrl: string;
  model: string;
  apiKeyEnv?: string | undefined;
}

/**
 * The error for an upstream that answered with an HTTP error status. One definition for the
 * provider (official client) and the gateway's pooled HTTP upstream, so routing, fallback and the
 * messages users see do not depend on which of the two made the call.
 */
export function upstreamStatusError(
  upstream: UpstreamIdentity,
  status: number | undefined,
  upstreamMessage: string | undefined,
  options: { cause?: unknown; afterRetries?: boolean; retryAfterMs?: number | undefined } = {},
): ProviderError {
  const { id, baseUrl, model, apiKeyEnv } = upstream;
  const detail = upstreamMessage ? `: ${upstreamMessage}` : '';
  const extra = {
    ...(status !== undefined ? { status } : {}),
    ...(options.retryAfterMs !== undefined ? { retryAfterMs: options.retryAfterMs } : {}),
    cause: options.cause,
  };
  if (status === 401 || status === 403) {
    return new ProviderError(id, 'auth', `the upstream rejected the API key (${status})`, {
      hint: apiKeyEnv
        ? `check the key in the environment variable ${apiKeyEnv}`
        : 'this upstream needs a key: set api_key_env to the name of an environment variable holding it',
      ...extra,
    });
  }
  if (status === 404) {
    return new ProviderError(
      id,
      'not_found',
      `the upstream at ${baseUrl} does not know model "${model}"${detail}`,
      {
        hint: 'check the upstream model name (GET /v1/models on that server lists them) and the base_url path',
        ...extra,
      },
    );
  }
  if (status === 429) {
    return new ProviderError(
      id,
      'rate_limited',
      `rate-limited by the upstream (429)${options.afterRetries ? ' after retries' : ''}${detail}`,
      { hint: 'lower the concurrency or ask the provider for a higher limit', ...extra },
    );
  }
  if (status !== undefined && status >= 500) {
    return new ProviderError(id, 'upstream', `the upstream failed with ${status}${detail}`, {
      hint: 'the model server has a problem; retry later or configure a fallback',
      ...extra,
    });
  }
  return new ProviderError(
    id,
    'bad_request',
    `the upstream refused the request (${status ?? 'no status'})${detail}`,
    {
      hint: 'check the request parameters for this model',
      ...extra,
    },
  );
}

/** The error for an upstream that could not be reached at all. */
export function upstreamUnreachableError(upstream: UpstreamIdentity, cause: unknown): ProviderError {
  return new ProviderError(upstream.id, 'unreachable', `cannot reach ${upstream.baseUrl}`, {
    hint: 'check that the server is running and that base_url (scheme, host, port, /v1) is right',
    cause,
  });
}

/** A Retry-After header (seconds, or an HTTP date) in milliseconds; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | string[] | undefined, now = Date.now()): number | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  if (!text) return undefined;
  const seconds = Number(text.trim());
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
