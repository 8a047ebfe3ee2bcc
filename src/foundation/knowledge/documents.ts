import path from 'node:path';
import { z } from 'zod';
import { YihengError } from '../errors.ts';
import { detectLanguage } from '../text/language.ts';
import { type LineError, parseJsonLines } from './jsonl.ts';
import type { Passage } from './passages.ts';
import { type KnowledgeEntry, knowledgeEntrySchema } from './schema.ts';

/**
 * Turns a user's file into passages (and, for JSONL, knowledge entries): Markdown split by
 * headings and paragraphs, plain text by paragraphs, JSONL one document or entry per line.
 * Binary files and text that is not UTF-8 are refused before anything is parsed.
 */

export type DocumentFormat = 'markdown' | 'text' | 'jsonl';

export const MAX_FILE_BYTES = 64 * 1024 * 1024;
/** Passages longer than this are split at sentence ends, so a citation points at something readable. */
const MAX_PASSAGE_CHARS = 1_200;
/** Short paragraphs under one heading are joined up to this size. */
const JOIN_UP_TO_CHARS = 600;

export const documentLineSchema = z
  .object({
    id: z.string().regex(/^[\w.:#/-]{1,200}$/, 'use 1–200 letters, digits and . _ : # / -'),
    title: z.string().min(1, 'must not be empty'),
    text: z.string().min(1, 'must not be empty'),
    source: z.string().min(1).optional(),
    lang: z.enum(['zh', 'en']).optional(),
  })
  .strict();

/** A line with "kind" is a knowledge entry, any other a document: each is checked against its own schema. */
const jsonlLineSchema = (json: unknown): z.ZodType<KnowledgeEntry | z.infer<typeof documentLineSchema>> =>
  json !== null && typeof json === 'object' && 'kind' in json ? knowledgeEntrySchema : documentLineSchema;

export interface ParsedDocument {
  passages: Passage[];
  entries: KnowledgeEntry[];
}

export function formatOf(fileName: string, explicit?: string): DocumentFormat {
  if (explicit) {
    const known: Record<string, DocumentFormat> = {
      md: 'markdown',
      markdown: 'markdown',
      txt: 'text',
      text: 'text',
      jsonl: 'jsonl',
    };
    const format = known[explicit.toLowerCase()];
    if (!format) {
      throw new YihengError(`unknown format "${explicit}"`, {
        hint: 'use md, txt or jsonl',
        code: 'kb_import_format',
      });
    }
    return format;
  }
  const ext = path.extname(fileName).toLowerCase();
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  if (ext === '.txt' || ext === '.text') return 'text';
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  throw new YihengError(`cannot tell the format of ${path.basename(fileName)} from its extension`, {
    hint: 'use a .md, .txt or .jsonl file, or pass --format md|txt|jsonl',
    code: 'kb_import_format',
  });
}

/** Decodes UTF-8 strictly; refuses binary content and invalid bytes with the line they are on. */
export function decodeText(bytes: Uint8Array, fileName: string): string {
  const name = path.basename(fileName);
  if (bytes.length > MAX_FILE_BYTES) {
    throw new YihengError(
      `${name} is ${Math.round(bytes.length / 1048576)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB`,
      {
        hint: 'split it into smaller files',
        code: 'kb_import_size',
      },
    );
  }
  const probe = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of probe) {
    if (byte === 0) {
      throw new YihengError(`${name} looks like a binary file (it contains NUL bytes)`, {
        hint: 'import text only: Markdown, plain text or JSONL in UTF-8; convert PDFs or Word files to text first',
        code: 'kb_import_binary',
      });
    }
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control++;
  }
  if (probe.length > 0 && control / probe.length > 0.1) {
    throw new YihengError(`${name} looks like a binary file (many control bytes)`, {
      hint: 'import text only: Markdown, plain text or JSONL in UTF-8',
      code: 'kb_import_binary',
    });
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    throw new YihengError(`${name} is not valid UTF-8 (first bad byte on line ${firstBadLine(bytes)})`, {
      hint: 'save it as UTF-8, e.g. iconv -f GBK -t UTF-8 file.txt > file.utf8.txt',
      code: 'kb_import_encoding',
    });
  }
}

function firstBadLine(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return line;
}

export class DocumentLineErrors extends YihengError {
  constructor(
    fileName: string,
    readonly lines: LineError[],
  ) {
    const shown = lines
      .slice(0, 20)
      .map((e) => `line ${e.line}: ${e.reason}`)
      .join('; ');
    const more = lines.length > 20 ? `; and ${lines.length - 20} more` : '';
    super(
      `${path.basename(fileName)} has ${lines.length} bad line(s), nothing was imported: ${shown}${more}`,
      {
        hint: 'fix the lines named and import again; each line is {"id","title","text","source"} or a knowledge entry with "kind"',
        code: 'kb_import_lines',
      },
    );
  }
}

export interface ParseOptions {
  collection: string;
  fileName: string;
  format: DocumentFormat;
  /** Default source for passages that name none (e.g. the file name or a citation). */
  source?: string;
}

/** Parses a decoded file. JSONL with bad lines throws DocumentLineErrors listing every one. */
export function parseDocument(text: string, options: ParseOptions): ParsedDocument {
  const base = path.basename(options.fileName);
  const source = options.source ?? base;
  const stem =
    base
      .replace(/\.[^.]+$/, '')
      .replace(/[^\w-]+/g, '-')
      .toLowerCase() || 'doc';
  const make = (
    id: string,
    title: string,
    body: string,
    passageSource = source,
    lang?: 'zh' | 'en',
  ): Passage => ({
    collection: options.collection,
    id,
    title,
    text: body,
    source: passageSource,
    lang: lang ?? detectLanguage(`${title} ${body}`),
    entityId: null,
  });

  if (options.format === 'jsonl') {
    const { items, errors } = parseJsonLines(text, jsonlLineSchema);
    const seen = new Map<string, number>();
    for (const { line, value } of items) {
      const key = 'kind' in value ? `entry:${value.id}` : `doc:${value.id}`;
      const first = seen.get(key);
      if (first !== undefined) errors.push({ line, reason: `id "${value.id}" repeats line ${first}` });
      else seen.set(key, line);
    }
    if (errors.length > 0)
      throw new DocumentLineErrors(
        options.fileName,
        errors.sort((a, b) => a.line - b.line),
      );
    const passages: Passage[] = [];
    const entries: KnowledgeEntry[] = [];
    for (const { value } of items) {
      if ('kind' in value) entries.push(value);
      else passages.push(make(value.id, value.title, value.text, value.source ?? source, value.lang));
    }
    if (passages.length + entries.length === 0) {
      throw new YihengError(`${base} has no lines to import`, {
        hint: 'the file is empty',
        code: 'kb_import_empty',
      });
    }
    return { passages, entries };
  }

  const sections = options.format === 'markdown' ? markdownSections(text) : [{ heading: '', body: text }];
  const passages: Passage[] = [];
  for (const section of sections) {
    for (const chunk of chunkParagraphs(section.body)) {
      const n = passages.length + 1;
      const title = section.heading || (options.format === 'text' ? `${base} §${n}` : base);
      passages.push(make(`${stem}-${n}`, title, chunk));
    }
  }
  if (passages.length === 0) {
    throw new YihengError(`${base} has no text to import`, {
      hint: 'the file is empty',
      code: 'kb_import_empty',
    });
  }
  return { passages, entries: [] };
}

/** Sections by ATX headings; a section's title is its heading path ("Guide › Dosing"). */
function markdownSections(text: string): Array<{ heading: string; body: string }> {
  const sections: Array<{ heading: string; body: string }> = [];
  const path: string[] = [];
  let body: string[] = [];
  let inFence = false;
  const flush = () => {
    if (body.join('').trim())
      sections.push({ heading: path.filter(Boolean).join(' › '), body: body.join('\n') });
    body = [];
  };
  for (const line of text.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const heading = inFence ? null : /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) {
      flush();
      const level = heading[1]!.length;
      path.length = level;
      path[level - 1] = heading[2]!;
      continue;
    }
    body.push(line);
  }
  flush();
  return sections;
}

/** Paragraphs (blank-line separated), short ones joined, long ones split at sentence ends. */
function chunkParagraphs(body: string): string[] {
  const paragraphs = body
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);
  const chunks: string[] = [];
  let current = '';
  for (const paragraph of paragraphs) {
    for (const piece of splitLong(paragraph)) {
      if (current && current.length + piece.length + 1 > JOIN_UP_TO_CHARS) {
        chunks.push(current);
        current = '';
      }
      current = current ? `${current}\n${piece}` : piece;
    }
  }
  if (current) chunks.push(current);
  return chunks;
}

function splitLong(paragraph: string): string[] {
  if (paragraph.length <= MAX_PASSAGE_CHARS) return [paragraph];
  const sentences = paragraph.match(/[^。！？!?.]+[。！？!?.]*\s*/g) ?? [paragraph];
  const out: string[] = [];
  let current = '';
  for (const sentence of sentences) {
    if (current && current.length + sentence.length > MAX_PASSAGE_CHARS) {
      out.push(current.trim());
      current = '';
    }
    current += sentence;
    while (current.length > MAX_PASSAGE_CHARS) {
      out.push(current.slice(0, MAX_PASSAGE_CHARS));
      current = current.slice(MAX_PASSAGE_CHARS);
    }
  }
  if (current.trim()) out.push(current.trim());
  return out;
}
