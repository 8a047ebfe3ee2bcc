import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { describeZodIssues, YihengError } from '../../foundation/errors.ts';
import { type AnyItem, itemSchemas, type TaskType } from './schema.ts';

/** A line that could not be used, said so that the author can find and fix it. */
export interface ItemIssue {
  file: string;
  /** 1-based; 0 when the issue concerns the whole file or suite. */
  line: number;
  message: string;
}

export function formatIssue(issue: ItemIssue): string {
  return issue.line ? `${issue.file}:${issue.line}: ${issue.message}` : `${issue.file}: ${issue.message}`;
}

export interface ReadItemsOptions {
  /** Fail on the first malformed line instead of reporting and skipping it. */
  strict?: boolean;
  /** Told about each skipped line; without it, skipped lines are only counted by the caller's issues. */
  onIssue?: (issue: ItemIssue) => void;
}

export interface ItemRecord<T = AnyItem> {
  item: T;
  file: string;
  line: number;
}

/**
 * Streams the items of JSONL files one line at a time, so a 100,000-item suite never sits in
 * memory. A malformed line is reported with its file and line and skipped (or, strict, thrown).
 */
export async function* readJsonlItems(
  files: string[],
  type: TaskType,
  options: ReadItemsOptions = {},
): AsyncGenerator<ItemRecord> {
  const schema = itemSchemas[type];
  for (const file of files) {
    const input = createReadStream(file, { encoding: 'utf8' });
    const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
    let lineNumber = 0;
    try {
      for await (const rawLine of lines) {
        lineNumber++;
        const line = lineNumber === 1 ? rawLine.replace(/^\uFEFF/, '') : rawLine;
        if (line.trim() === '') continue;
        let value: unknown;
        try {
          value = JSON.parse(line);
        } catch (error) {
          reportIssue(
            { file, line: lineNumber, message: `not valid JSON (${(error as Error).message})` },
            options,
          );
          continue;
        }
        const parsed = schema.safeParse(value);
        if (!parsed.success) {
          const id = (value as { id?: unknown } | null)?.id;
          const label = typeof id === 'string' ? `item ${id}: ` : '';
          reportIssue(
            {
              file,
              line: lineNumber,
              message: `${label}not a valid ${type} item: ${describeZodIssues(parsed.error)}`,
            },
            options,
          );
          continue;
        }
        yield { item: parsed.data, file, line: lineNumber };
      }
    } catch (error) {
      if (error instanceof YihengError) throw error;
      throw new YihengError(`cannot read ${file}: ${(error as Error).message}`, {
        hint: 'check that the file exists and is readable UTF-8 text',
        code: 'suite_unreadable',
        cause: error,
      });
    } finally {
      lines.close();
      input.destroy();
    }
  }
}

/** Reports a bad line: throws when strict, otherwise tells the caller and carries on. */
export function reportIssue(issue: ItemIssue, options: ReadItemsOptions): void {
  if (options.strict) {
    throw new YihengError(`malformed item at ${formatIssue(issue)}`, {
      hint: 'fix that line, or run without --strict to skip malformed lines',
      code: 'item_invalid',
    });
  }
  options.onIssue?.(issue);
}
