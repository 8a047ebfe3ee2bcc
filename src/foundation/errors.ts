import type { z } from 'zod';

/**
 * An error meant for a person: what went wrong and how to fix it.
 * The CLI prints it as one line; the gateway turns it into an OpenAI-style error object.
 */
export class YihengError extends Error {
  readonly hint: string | undefined;
  readonly code: string;

  constructor(message: string, options: { hint?: string; code?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'YihengError';
    this.hint = options.hint;
    this.code = options.code ?? 'yiheng_error';
  }

  /** One line: the problem, then the fix. */
  oneLine(): string {
    return this.hint ? `${this.message} — ${this.hint}` : this.message;
  }
}

/** Turns zod issues into "where: what" phrases a user can act on. */
export function describeZodIssues(error: z.ZodError, prefix = ''): string {
  return error.issues
    .map((issue) => {
      const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

/** The message of anything thrown, without a stack trace. */
export function errorMessage(error: unknown): string {
  if (error instanceof YihengError) return error.oneLine();
  if (error instanceof Error) return error.message;
  return String(error);
}
