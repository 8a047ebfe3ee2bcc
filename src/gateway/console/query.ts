import type { Context } from 'hono';
import type { z } from 'zod';
import { errors } from '../http/api-error.ts';

/** Validates a query string; a failure is a 400 naming each bad parameter and the problem. */
export function parseQuery<S extends z.ZodType>(c: Context, schema: S): z.infer<S> {
  const parsed = schema.safeParse(c.req.query());
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw errors.invalidRequest(
      parsed.error.issues.map((i) => `${i.path.join('.') || 'query'}: ${i.message}`).join('; '),
      first?.path.map(String).join('.') || undefined,
    );
  }
  return parsed.data;
}
