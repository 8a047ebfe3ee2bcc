import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { sql, type Transaction } from 'kysely';
import type { Db } from '../db/database.ts';
import type { Database } from '../db/tables/index.ts';
import { YihengError } from '../errors.ts';
import { type BundledCollection, readBundledCollections } from './bundled.ts';
import { decodeText, formatOf, MAX_FILE_BYTES, parseDocument } from './documents.ts';
import { KnowledgeBase, type KnowledgeCollection } from './knowledge-base.ts';
import { entryPassages, type Passage } from './passages.ts';
import { relationsOf } from './relations.ts';
import { cardSchema, type KnowledgeCard, type KnowledgeEntry, knowledgeEntrySchema } from './schema.ts';

/**
 * The knowledge graph and document collections in the database. Every write is one
 * transaction: an import either lands whole or leaves the collection as it was.
 */

const COLLECTION_NAME = /^[a-z0-9][a-z0-9-]{0,63}$/;
const BATCH = 500;

type Tx = Transaction<Database>;

export interface CollectionInfo {
  name: string;
  kind: 'bundled' | 'user';
  title: string | null;
  licence: string | null;
  source: string | null;
  entities: number;
  passages: number;
  files: Array<{ fileName: string; sha256: string; format: string; items: number; importedAt: Date }>;
  updatedAt: Date;
}

/**
 * Imports bundled collections whose files changed since the last import (or were never
 * imported). Cheap when nothing changed: one query. Safe when two processes start at once.
 */
export async function ensureBundledKnowledge(
  db: Db,
  collections: readonly BundledCollection[] = readBundledCollections(),
): Promise<{ imported: string[]; unchanged: string[] }> {
  const existing = await db
    .selectFrom('kb_collections')
    .select(['name', 'content_hash'])
    .where('kind', '=', 'bundled')
    .execute();
  const hashes = new Map(existing.map((r) => [r.name, r.content_hash]));
  const stale = collections.filter((c) => hashes.get(c.name) !== c.hash);
  const imported: string[] = [];
  if (stale.length > 0) {
    await db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(hashtext('yiheng.kb.bundled'))`.execute(trx);
      for (const collection of stale) {
        const current = await trx
          .selectFrom('kb_collections')
          .select(['content_hash', 'kind'])
          .where('name', '=', collection.name)
          .executeTakeFirst();
        if (current?.content_hash === collection.hash) continue; // another process did it
        if (current && current.kind !== 'bundled') {
          throw new YihengError(
            `a user collection is named "${collection.name}", which Yiheng needs for bundled knowledge`,
            {
              hint: `export it (yiheng kb export ${collection.name}), remove it and import it under another name`,
              code: 'kb_collection_clash',
            },
          );
        }
        await trx.deleteFrom('kb_collections').where('name', '=', collection.name).execute();
        await trx
          .insertInto('kb_collections')
          .values({
            name: collection.name,
            kind: 'bundled',
            title: collection.card
              ? `${collection.card.title.zh} / ${collection.card.title.en}`
              : collection.name,
            licence: collection.card?.licence ?? null,
            source: 'Yiheng bundled knowledge',
            card: collection.card ? JSON.stringify(collection.card) : null,
            content_hash: collection.hash,
          })
          .execute();
        await writeEntries(trx, collection.name, collection.entries, collection.card, null, 0);
        imported.push(collection.name);
      }
    });
  }
  const unchanged = collections.map((c) => c.name).filter((n) => !imported.includes(n));
  return { imported, unchanged };
}

async function writeEntries(
  trx: Tx,
  collection: string,
  entries: readonly KnowledgeEntry[],
  card: KnowledgeCard | undefined,
  fileId: number | null,
  startPosition: number,
): Promise<void> {
  const rows = entries.map((entry, i) => {
    const passages = entryPassages(entry, { collection, card });
    const names = 'name' in entry ? entry.name : undefined;
    return {
      collection,
      id: entry.id,
      kind: entry.kind,
      name_zh: names?.zh ?? null,
      name_en: names?.en ?? null,
      data: JSON.stringify(entry),
      search_text: passages.map((p) => `${p.title}\n${p.text}`).join('\n\n') || entry.id,
      file_id: fileId,
      position: startPosition + i,
    };
  });
  for (let i = 0; i < rows.length; i += BATCH) {
    await trx
      .insertInto('kb_entities')
      .values(rows.slice(i, i + BATCH))
      .execute();
  }
  const relations = entries.flatMap((entry) =>
    relationsOf(entry).map((r) => ({ collection, ...r, props: JSON.stringify(r.props), file_id: fileId })),
  );
  for (let i = 0; i < relations.length; i += BATCH) {
    await trx
      .insertInto('kb_relations')
      .values(relations.slice(i, i + BATCH))
      .execute();
  }
}

export interface ImportOptions {
  file: string;
  collection: string;
  /** md | txt | jsonl; otherwise from the extension. */
  format?: string;
  title?: string;
  licence?: string;
  source?: string;
}

export interface ImportResult {
  collection: string;
  fileName: string;
  sha256: string;
  passages: number;
  entries: number;
  /** The same file (by name and content) was already imported: nothing changed. */
  unchanged: boolean;
  /** A previous version of this file was replaced. */
  replaced: boolean;
}

/** Imports one file into a user collection, all or nothing. */
export async function importFile(db: Db, options: ImportOptions): Promise<ImportResult> {
  const collection = checkCollectionName(options.collection);
  const fileName = path.basename(options.file);
  let size: number;
  try {
    size = statSync(options.file).size;
  } catch (cause) {
    throw new YihengError(`cannot read ${options.file}`, {
      hint: 'check the path and permissions',
      code: 'kb_import_read',
      cause,
    });
  }
  if (size > MAX_FILE_BYTES) {
    throw new YihengError(
      `${fileName} is ${Math.round(size / 1048576)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB`,
      {
        hint: 'split it into smaller files',
        code: 'kb_import_size',
      },
    );
  }
  const format = formatOf(fileName, options.format);
  const bytes = readFileSync(options.file);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const text = decodeText(bytes, fileName);
  const parsed = parseDocument(text, {
    collection,
    fileName,
    format,
    ...(options.source ? { source: options.source } : {}),
  });

  return db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('kb_collections')
      .select(['kind'])
      .where('name', '=', collection)
      .executeTakeFirst();
    if (existing?.kind === 'bundled') {
      throw new YihengError(`"${collection}" is a bundled collection and cannot take imports`, {
        hint: 'import into a collection of your own, e.g. --collection my-guidelines',
        code: 'kb_collection_bundled',
      });
    }
    const previous = await trx
      .selectFrom('kb_files')
      .select(['id', 'sha256'])
      .where('collection', '=', collection)
      .where('file_name', '=', fileName)
      .executeTakeFirst();
    const base = {
      collection,
      fileName,
      sha256,
      passages: parsed.passages.length,
      entries: parsed.entries.length,
    };
    if (previous?.sha256 === sha256) return { ...base, unchanged: true, replaced: false };

    if (!existing) {
      await trx
        .insertInto('kb_collections')
        .values({
          name: collection,
          kind: 'user',
          title: options.title ?? null,
          licence: options.licence ?? null,
          source: options.source ?? null,
          card: null,
          content_hash: null,
        })
        .execute();
    } else {
      await trx
        .updateTable('kb_collections')
        .set({
          updated_at: sql`now()`,
          ...(options.title ? { title: options.title } : {}),
          ...(options.licence ? { licence: options.licence } : {}),
          ...(options.source ? { source: options.source } : {}),
        })
        .where('name', '=', collection)
        .execute();
    }
    if (previous) await trx.deleteFrom('kb_files').where('id', '=', previous.id).execute(); // cascades to its rows

    await assertNoClashes(trx, collection, parsed.passages, parsed.entries);
    const file = await trx
      .insertInto('kb_files')
      .values({
        collection,
        file_name: fileName,
        sha256,
        format,
        licence: options.licence ?? null,
        source: options.source ?? null,
        items: parsed.passages.length + parsed.entries.length,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const start = await nextPosition(trx, collection);
    await writeEntries(trx, collection, parsed.entries, undefined, file.id, start);
    const rows = parsed.passages.map((p, i) => ({
      collection,
      id: p.id,
      title: p.title,
      text: p.text,
      source: p.source,
      lang: p.lang,
      file_id: file.id,
      position: start + i,
    }));
    for (let i = 0; i < rows.length; i += BATCH)
      await trx
        .insertInto('kb_passages')
        .values(rows.slice(i, i + BATCH))
        .execute();
    return { ...base, unchanged: false, replaced: previous !== undefined };
  });
}

async function nextPosition(trx: Tx, collection: string): Promise<number> {
  const [entities, passages] = await Promise.all([
    trx
      .selectFrom('kb_entities')
      .select((eb) => eb.fn.max('position').as('max'))
      .where('collection', '=', collection)
      .executeTakeFirst(),
    trx
      .selectFrom('kb_passages')
      .select((eb) => eb.fn.max('position').as('max'))
      .where('collection', '=', collection)
      .executeTakeFirst(),
  ]);
  return Math.max(Number(entities?.max ?? -1), Number(passages?.max ?? -1)) + 1;
}

/** Ids already used in the collection by another file: one clear error instead of a key violation. */
async function assertNoClashes(
  trx: Tx,
  collection: string,
  passages: readonly Passage[],
  entries: readonly KnowledgeEntry[],
) {
  const clash = async (table: 'kb_passages' | 'kb_entities', ids: string[]) => {
    if (ids.length === 0) return [];
    const found: string[] = [];
    for (let i = 0; i < ids.length; i += BATCH) {
      const rows = await trx
        .selectFrom(table)
        .select('id')
        .where('collection', '=', collection)
        .where('id', 'in', ids.slice(i, i + BATCH))
        .execute();
      found.push(...rows.map((r) => r.id));
    }
    return found;
  };
  const taken = [
    ...(await clash(
      'kb_passages',
      passages.map((p) => p.id),
    )),
    ...(await clash(
      'kb_entities',
      entries.map((e) => e.id),
    )),
  ];
  if (taken.length > 0) {
    throw new YihengError(
      `collection "${collection}" already has ${taken.length} id(s) from another file: ${taken.slice(0, 5).join(', ')}${taken.length > 5 ? ' …' : ''}`,
      {
        hint: 'give the new items other ids, or import into another collection; nothing was imported',
        code: 'kb_import_clash',
      },
    );
  }
}

function checkCollectionName(name: string): string {
  if (!COLLECTION_NAME.test(name)) {
    throw new YihengError(`"${name.slice(0, 80)}" is not a valid collection name`, {
      hint: 'use 1–64 lowercase letters, digits and hyphens, starting with a letter or digit (e.g. ward-guidelines)',
      code: 'kb_collection_name',
    });
  }
  return name;
}

export async function listCollections(db: Db): Promise<CollectionInfo[]> {
  const collections = await db
    .selectFrom('kb_collections')
    .selectAll()
    .orderBy('kind')
    .orderBy('name')
    .execute();
  const entityCounts = await db
    .selectFrom('kb_entities')
    .select(['collection', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('collection')
    .execute();
  const passageCounts = await db
    .selectFrom('kb_passages')
    .select(['collection', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('collection')
    .execute();
  const files = await db.selectFrom('kb_files').selectAll().orderBy('id').execute();
  const count = (rows: Array<{ collection: string; n: number }>, name: string) =>
    Number(rows.find((r) => r.collection === name)?.n ?? 0);
  return collections.map((c) => ({
    name: c.name,
    kind: c.kind,
    title: c.title,
    licence: c.licence,
    source: c.source,
    entities: count(entityCounts, c.name),
    passages: count(passageCounts, c.name),
    files: files
      .filter((f) => f.collection === c.name)
      .map((f) => ({
        fileName: f.file_name,
        sha256: f.sha256,
        format: f.format,
        items: f.items,
        importedAt: f.imported_at,
      })),
    updatedAt: c.updated_at,
  }));
}

async function requireCollection(db: Db, name: string): Promise<{ kind: 'bundled' | 'user' }> {
  const row = await db
    .selectFrom('kb_collections')
    .select('kind')
    .where('name', '=', name)
    .executeTakeFirst();
  if (!row) {
    const known = (await db.selectFrom('kb_collections').select('name').orderBy('name').execute()).map(
      (r) => r.name,
    );
    throw new YihengError(`unknown collection "${name.slice(0, 80)}"`, {
      hint: known.length
        ? `collections: ${known.join(', ')}`
        : 'import one with yiheng kb import <file> --collection <name>',
      code: 'kb_collection_unknown',
    });
  }
  return row;
}

/** JSONL lines of a collection: its entries as written, then its passages as {id,title,text,source,lang}. Re-importable. */
export async function* exportCollection(db: Db, name: string): AsyncGenerator<string> {
  await requireCollection(db, name);
  const entities = await db
    .selectFrom('kb_entities')
    .select(['data'])
    .where('collection', '=', name)
    .orderBy('position')
    .orderBy('id')
    .execute();
  for (const row of entities) yield JSON.stringify(row.data);
  const passages = await db
    .selectFrom('kb_passages')
    .select(['id', 'title', 'text', 'source', 'lang'])
    .where('collection', '=', name)
    .orderBy('position')
    .orderBy('id')
    .execute();
  for (const p of passages) {
    yield JSON.stringify({
      id: p.id,
      title: p.title,
      text: p.text,
      source: p.source,
      ...(p.lang ? { lang: p.lang } : {}),
    });
  }
}

export async function removeCollection(db: Db, name: string): Promise<void> {
  const { kind } = await requireCollection(db, name);
  if (kind === 'bundled') {
    throw new YihengError(`"${name}" is bundled knowledge and comes back on next use`, {
      hint: 'only collections you imported can be removed',
      code: 'kb_collection_bundled',
    });
  }
  await db.deleteFrom('kb_collections').where('name', '=', name).execute();
}

/** The knowledge base as stored: bundled and user entries, user passages (optionally only some collections). */
export async function loadKnowledge(
  db: Db,
  options: { collections?: readonly string[]; bundled?: readonly BundledCollection[] } = {},
): Promise<KnowledgeBase> {
  await ensureBundledKnowledge(db, options.bundled);
  if (options.collections) for (const name of options.collections) await requireCollection(db, name);
  let collectionQuery = db
    .selectFrom('kb_collections')
    .select(['name', 'card'])
    .orderBy('kind')
    .orderBy('name');
  if (options.collections) collectionQuery = collectionQuery.where('name', 'in', [...options.collections]);
  const collections = await collectionQuery.execute();
  if (collections.length === 0) return new KnowledgeBase([]);
  const names = collections.map((c) => c.name);
  const entities = await db
    .selectFrom('kb_entities')
    .select(['collection', 'data'])
    .where('collection', 'in', names)
    .orderBy('collection')
    .orderBy('position')
    .execute();
  const byCollection = new Map<string, KnowledgeEntry[]>();
  for (const row of entities) {
    const entry = knowledgeEntrySchema.parse(row.data);
    const list = byCollection.get(row.collection) ?? [];
    list.push(entry);
    byCollection.set(row.collection, list);
  }
  const knowledgeCollections: KnowledgeCollection[] = collections.map((c) => {
    const card = c.card ? cardSchema.safeParse(c.card) : undefined;
    return {
      name: c.name,
      card: card?.success ? card.data : undefined,
      entries: byCollection.get(c.name) ?? [],
    };
  });
  const passages = await db
    .selectFrom('kb_passages')
    .select(['collection', 'id', 'title', 'text', 'source', 'lang'])
    .where('collection', 'in', names)
    .orderBy('collection')
    .orderBy('position')
    .execute();
  const documents: Passage[] = passages.map((p) => ({
    collection: p.collection,
    id: p.id,
    title: p.title,
    text: p.text,
    source: p.source,
    lang: p.lang === 'zh' || p.lang === 'en' ? p.lang : null,
    entityId: null,
  }));
  return new KnowledgeBase(knowledgeCollections, documents);
}
