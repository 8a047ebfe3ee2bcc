import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { describeZodIssues } from '../../foundation/errors.ts';
import { detectLanguage } from '../../foundation/text/language.ts';
import { type ItemIssue, type ItemRecord, type ReadItemsOptions, reportIssue } from '../suite/read-items.ts';
import { type AnyItem, itemSchemas, type TaskType } from '../suite/schema.ts';

/** Thrown by a converter for a record that cannot become an item; becomes that line's issue. */
export class ConvertError extends Error {}

/** A converter turns one record of a public format into one of our items (then validated). */
export type Convert = (record: Record<string, unknown>, position: { line: number; index: number }) => unknown;

/** Validates a converted record against the task type's item schema, reporting problems by line. */
export function validateConverted(
  type: TaskType,
  convert: Convert,
  record: Record<string, unknown>,
  file: string,
  position: { line: number; index: number },
  options: ReadItemsOptions,
): ItemRecord | undefined {
  let converted: unknown;
  try {
    converted = convert(record, position);
  } catch (error) {
    reportIssue({ file, line: position.line, message: (error as Error).message }, options);
    return undefined;
  }
  const parsed = itemSchemas[type].safeParse(converted);
  if (!parsed.success) {
    reportIssue(
      { file, line: position.line, message: `cannot use this record: ${describeZodIssues(parsed.error)}` },
      options,
    );
    return undefined;
  }
  return { item: parsed.data as AnyItem, file, line: position.line };
}

/** JSON Lines of a public format, converted and validated line by line. */
export async function* convertJsonl(
  file: string,
  type: TaskType,
  convert: Convert,
  options: ReadItemsOptions,
): AsyncGenerator<ItemRecord> {
  const input = createReadStream(file, { encoding: 'utf8' });
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let line = 0;
  let index = 0;
  try {
    for await (const raw of lines) {
      line++;
      const text = line === 1 ? raw.replace(/^\uFEFF/, '') : raw;
      if (!text.trim()) continue;
      let record: unknown;
      try {
        record = JSON.parse(text);
      } catch (error) {
        reportIssue({ file, line, message: `not valid JSON (${(error as Error).message})` }, options);
        continue;
      }
      if (!record || typeof record !== 'object' || Array.isArray(record)) {
        reportIssue({ file, line, message: 'expected a JSON object on this line' }, options);
        continue;
      }
      const item = validateConverted(
        type,
        convert,
        record as Record<string, unknown>,
        file,
        { line, index: index++ },
        options,
      );
      if (item) yield item;
    }
  } finally {
    lines.close();
    input.destroy();
  }
}

export function text(value: unknown, field: string): string {
  if (typeof value === 'string' && value.trim()) return value.trim();
  if (typeof value === 'number') return String(value);
  throw new ConvertError(`field "${field}" is missing or empty`);
}

export function optionalText(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** zh for Chinese (and other Han-script) text; everything else is asked with the English template. */
export function languageOf(sample: string): 'zh' | 'en' {
  return detectLanguage(sample);
}

/** "A", "AC", "A,C", "A、C", ["A","C"] → sorted letters. */
export function answerLetters(value: unknown, field: string): string | string[] {
  const raw = Array.isArray(value) ? value.join('') : typeof value === 'string' ? value : '';
  const letters = [...new Set(raw.toUpperCase().match(/[A-H]/g) ?? [])].sort();
  if (letters.length === 0)
    throw new ConvertError(`field "${field}" has no answer letter (got ${JSON.stringify(value)})`);
  return letters.length === 1 ? letters[0]! : letters;
}

/** Options given as {"A": "...", ...}. */
export function optionMap(value: unknown, field: string): Record<string, string> {
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw new ConvertError(`field "${field}" must be an object of options`);
  const options: Record<string, string> = {};
  for (const [key, option] of Object.entries(value as Record<string, unknown>)) {
    const letter = key.trim().toUpperCase();
    const content =
      typeof option === 'string' ? option.trim() : typeof option === 'number' ? String(option) : '';
    if (/^[A-H]$/.test(letter) && content) options[letter] = content;
  }
  return options;
}

export type { ItemIssue };
