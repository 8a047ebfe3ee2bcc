import type { z } from 'zod';
import { describeZodIssues } from '../errors.ts';

export interface LineError {
  /** 1-based line number. */
  line: number;
  reason: string;
}

export interface ParsedLines<T> {
  items: Array<{ line: number; value: T }>;
  errors: LineError[];
}

/** Parses every non-empty line and collects every bad one with its number, instead of stopping at the first. */
export function parseJsonLines<T>(
  text: string,
  schema: z.ZodType<T> | ((json: unknown) => z.ZodType<T>),
): ParsedLines<T> {
  const items: Array<{ line: number; value: T }> = [];
  const errors: LineError[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.trim();
    if (!raw) continue;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (error) {
      errors.push({ line: i + 1, reason: `not valid JSON (${(error as Error).message})` });
      continue;
    }
    const parsed = (typeof schema === 'function' ? schema(json) : schema).safeParse(json);
    if (parsed.success) items.push({ line: i + 1, value: parsed.data });
    else errors.push({ line: i + 1, reason: describeZodIssues(parsed.error) });
  }
  return { items, errors };
}

/** "line 3: …; line 7: …", at most `limit` shown, with the count of the rest. */
export function describeLineErrors(errors: readonly LineError[], limit = 20): string {
  const shown = errors.slice(0, limit).map((e) => `line ${e.line}: ${e.reason}`);
  if (errors.length > limit) shown.push(`and ${errors.length - limit} more`);
  return shown.join('; ');
}
