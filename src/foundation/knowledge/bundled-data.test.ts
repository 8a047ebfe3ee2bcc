import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { cardSchema, knowledgeEntrySchema } from './schema.ts';

/** Checks every bundled knowledge file: schema, unique ids, sources named in the card, minimum sizes. */
const dir = path.resolve('data/knowledge');
const collections = readdirSync(dir)
  .filter((f) => f.endsWith('.jsonl'))
  .map((f) => f.replace(/\.jsonl$/, ''));

const minimum: Record<string, number> = {
  redflags: 80,
  conditions: 120,
  drugs: 150,
  interactions: 250,
  labs: 60,
};

describe.each(collections)('bundled knowledge: %s', (collection) => {
  const card = cardSchema.parse(parseYaml(readFileSync(path.join(dir, `${collection}.card.yaml`), 'utf8')));
  const lines = readFileSync(path.join(dir, `${collection}.jsonl`), 'utf8')
    .split('\n')
    .filter((l) => l.trim());
  const entries = lines.map((line, i) => {
    const parsed = knowledgeEntrySchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${collection}.jsonl line ${i + 1}: ${parsed.error.message}`);
    return parsed.data;
  });

  it('has entries of the card kind with unique ids', () => {
    expect(entries.every((e) => e.kind === card.kind)).toBe(true);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });

  it('cites only sources listed in its card', () => {
    const known = new Set(card.sources.map((s) => s.id));
    for (const entry of entries)
      for (const source of entry.sources) expect(known, `${entry.id} cites ${source}`).toContain(source);
  });

  it('meets its minimum size', () => {
    expect(entries.length).toBeGreaterThanOrEqual(minimum[collection] ?? 1);
  });
});
