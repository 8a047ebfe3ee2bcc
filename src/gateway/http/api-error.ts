import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** The `type` field of an OpenAI error object; clients branch on it. */
export type ApiErrorType =
  | 'invalid_request_error'
  | 'authentication_error'
  | 'permission_error'
  | 'not_found_error'
  | 'rate_limit_error'
  | 'server_error'
  | 'upstream_error'
  | 'unavailable_error';

/**
 * An error the gateway answers with, in OpenAI's shape:
 * `{"error": {"message", "type", "param", "code"}}`. The message says what was wrong and how to fix it.
 */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly type: ApiErrorType,
    readonly code: string,
    message: string,
    readonly options: { param?: string | null; hint?: string; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get body(): { error: { message: string; type: ApiErrorType; param: string | null; code: string } } {
    const message = this.options.hint ? `${this.message} — ${this.options.hint}` : this.message;
    return { error: { message, type: this.type, param: this.options.param ?? null, code: this.code } };
  }
}

export function sendError(c: Context, error: ApiError): Response {
  for (const [name, value] of Object.entries(error.options.headers ?? {})) c.header(name, value);
  return c.json(error.body, error.status);
}

export const errors = {
  invalidJson: () =>
    new ApiError(400, 'invalid_request_error', 'invalid_json', 'the request body is not valid JSON', {
      hint: 'send a JSON object with Content-Type: application/json',
    }),
  invalidRequest: (message: string, param?: string, hint?: string) =>
    new ApiError(400, 'invalid_request_error', 'invalid_request', message, {
      param: param ?? null,
      ...(hint ? { hint } : {}),
    }),
  missingKey: () =>
    new ApiError(401, 'authentication_error', 'missing_api_key', 'no API key was sent', {
      hint: 'send the header Authorization: Bearer <key>; create a key with `yiheng keys create --role clinician`',
      headers: { 'www-authenticate': 'Bearer' },
    }),
  invalidKey: () =>
    new ApiError(401, 'authentication_error', 'invalid_api_key', 'the API key is unknown or revoked', {
      hint: 'check the key, or ask an administrator for a new one (`yiheng keys create`)',
      headers: { 'www-authenticate': 'Bearer' },
    }),
  forbidden: (role: string, action: string, allowed: readonly string[]) =>
    new ApiError(403, 'permission_error', 'role_not_allowed', `a ${role} key may not ${action}`, {
      hint: `use a key with one of the roles: ${allowed.join(', ')}`,
    }),
  notFound: (what: string, hint?: string) =>
    new ApiError(404, 'not_found_error', 'not_found', `${what} not found`, hint ? { hint } : {}),
  internal: () =>
    new ApiError(500, 'server_error', 'internal_error', 'the gateway failed to handle this request', {
      hint: 'retry; if it persists, report it with the x-request-id response header',
    }),
};
