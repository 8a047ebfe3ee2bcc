import type { Context } from 'hono';
import type { z } from 'zod';
import { describeZodIssues } from '../../foundation/errors.ts';
import { ApiError, errors } from './api-error.ts';

/** Reads and validates a JSON body; every failure is a 400 that names the field and the problem. */
export async function readJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    throw errors.invalidJson();
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new ApiError(400, 'invalid_request_error', 'invalid_request', describeZodIssues(parsed.error), {
      param: first && first.path.length > 0 ? first.path.map(String).join('.') : null,
    });
  }
  return parsed.data;
}
