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

  constructor(
    modelId: string,
    kind: ProviderErrorKind,
    message: string,
    options: { hint?: string; status?: number; cause?: unknown } = {},
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
  }

  /** Worth trying the next model in a fallback chain (not a problem with the request itself). */
  get retryable(): boolean {
    return this.kind !== 'bad_request' && this.kind !== 'config';
  }
}
