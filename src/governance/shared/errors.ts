import type { z } from 'zod';
import { YihengError } from '../../foundation/errors.ts';

/** What a refused change names: the field and the reason, so a form or a script can point at it. */
export interface FieldProblem {
  field: string;
  reason: string;
}

export type GovernanceErrorCode = 'invalid_record' | 'forbidden' | 'not_found' | 'conflict' | 'gate_failed';

/** A governance refusal; the HTTP routes turn `code` into a status (400, 403, 404, 409). */
export class GovernanceError extends YihengError {
  readonly fields: FieldProblem[];

  constructor(
    message: string,
    options: { code: GovernanceErrorCode; hint?: string; fields?: FieldProblem[]; cause?: unknown },
  ) {
    super(message, {
      code: options.code,
      ...(options.hint ? { hint: options.hint } : {}),
      cause: options.cause,
    });
    this.name = 'GovernanceError';
    this.fields = options.fields ?? [];
  }
}

export function fieldProblems(error: z.ZodError, prefix = ''): FieldProblem[] {
  return error.issues.map((issue) => ({
    field: [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(record)',
    reason: issue.message,
  }));
}

/** Parses with a schema or refuses the whole record, naming every bad field. */
export function parseRecord<S extends z.ZodType>(
  schema: S,
  input: unknown,
  what: string,
  prefix = '',
): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fields = fieldProblems(parsed.error, prefix);
  throw new GovernanceError(`invalid ${what}: ${fields.map((f) => `${f.field}: ${f.reason}`).join('; ')}`, {
    code: 'invalid_record',
    hint: 'correct the fields named above; nothing was saved',
    fields,
  });
}

export function notFound(what: string, hint?: string): GovernanceError {
  return new GovernanceError(`${what} not found`, { code: 'not_found', ...(hint ? { hint } : {}) });
}
