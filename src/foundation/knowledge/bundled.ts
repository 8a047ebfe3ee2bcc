import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { describeZodIssues, YihengError } from '../errors.ts';
import { describeLineErrors, parseJsonLines } from './jsonl.ts';
import { cardSchema, type KnowledgeCard, type KnowledgeEntry, knowledgeEntrySchema } from './schema.ts';

/**
 * The knowledge bundled with Yiheng (data/knowledge/*.jsonl, each with a .card.yaml). Each
 * collection carries a content hash so the database re-imports a collection only when its
 * files — or the way we turn entries into relations and passages — change.
 */

/** Bump when entry → entity/relation/passage derivation changes, so stores re-import. */
export const DERIVATION_VERSION = '1';

export interface BundledCollection {
  name: string;
  card: KnowledgeCard | undefined;
  entries: KnowledgeEntry[];
  hash: string;
  file: string;
}

export function bundledKnowledgeDir(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../data/knowledge');
}

export function readBundledCollections(dir = bundledKnowledgeDir()): BundledCollection[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.jsonl'))
    .sort()
    .map((file) => readBundledCollection(path.join(dir, file)));
}

export function readBundledCollection(file: string): BundledCollection {
  const name = path.basename(file, '.jsonl');
  const bytes = readFileSync(file);
  const cardFile = file.replace(/\.jsonl$/, '.card.yaml');
  const cardBytes = existsSync(cardFile) ? readFileSync(cardFile) : undefined;
  let card: KnowledgeCard | undefined;
  if (cardBytes) {
    const parsed = cardSchema.safeParse(parseYaml(cardBytes.toString('utf8')));
    if (!parsed.success) {
      throw new YihengError(`bundled card ${cardFile} is invalid: ${describeZodIssues(parsed.error)}`, {
        hint: 'fix the card (see src/foundation/knowledge/schema.ts)',
        code: 'knowledge_bundled_invalid',
      });
    }
    card = parsed.data;
  }
  const { items, errors } = parseJsonLines(bytes.toString('utf8'), knowledgeEntrySchema);
  if (errors.length > 0) {
    throw new YihengError(`bundled knowledge ${file} has invalid lines: ${describeLineErrors(errors)}`, {
      hint: 'fix those lines (see src/foundation/knowledge/schema.ts); npx vitest run src/foundation/knowledge checks them',
      code: 'knowledge_bundled_invalid',
    });
  }
  const hash = createHash('sha256')
    .update(DERIVATION_VERSION)
    .update('\0')
    .update(bytes)
    .update('\0')
    .update(cardBytes ?? '')
    .digest('hex');
  return { name, card, entries: items.map((i) => i.value), hash, file };
}
