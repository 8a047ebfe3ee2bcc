import { type Kysely, sql } from 'kysely';

/** The knowledge graph (entities, relations), user document collections with provenance, and cached embeddings. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('kb_collections')
    .ifNotExists()
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('bundled', 'user')`))
    .addColumn('title', 'text')
    .addColumn('licence', 'text')
    .addColumn('source', 'text')
    .addColumn('card', 'jsonb')
    .addColumn('content_hash', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('kb_files')
    .ifNotExists()
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('collection', 'text', (c) => c.notNull().references('kb_collections.name').onDelete('cascade'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('licence', 'text')
    .addColumn('source', 'text')
    .addColumn('items', 'integer', (c) => c.notNull())
    .addColumn('imported_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('kb_files_collection_name')
    .ifNotExists()
    .on('kb_files')
    .columns(['collection', 'file_name'])
    .unique()
    .execute();

  await db.schema
    .createTable('kb_entities')
    .ifNotExists()
    .addColumn('collection', 'text', (c) => c.notNull().references('kb_collections.name').onDelete('cascade'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name_zh', 'text')
    .addColumn('name_en', 'text')
    .addColumn('data', 'jsonb', (c) => c.notNull())
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('file_id', 'integer', (c) => c.references('kb_files.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('kb_entities_pk', ['collection', 'id'])
    .execute();
  await db.schema.createIndex('kb_entities_kind').ifNotExists().on('kb_entities').column('kind').execute();

  await db.schema
    .createTable('kb_relations')
    .ifNotExists()
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('collection', 'text', (c) => c.notNull().references('kb_collections.name').onDelete('cascade'))
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('predicate', 'text', (c) => c.notNull())
    .addColumn('object', 'text', (c) => c.notNull())
    .addColumn('props', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('file_id', 'integer', (c) => c.references('kb_files.id').onDelete('cascade'))
    .execute();
  await db.schema
    .createIndex('kb_relations_subject')
    .ifNotExists()
    .on('kb_relations')
    .columns(['subject', 'predicate'])
    .execute();
  await db.schema
    .createIndex('kb_relations_object')
    .ifNotExists()
    .on('kb_relations')
    .columns(['object', 'predicate'])
    .execute();

  await db.schema
    .createTable('kb_passages')
    .ifNotExists()
    .addColumn('collection', 'text', (c) => c.notNull().references('kb_collections.name').onDelete('cascade'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('lang', 'text')
    .addColumn('file_id', 'integer', (c) => c.references('kb_files.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('kb_passages_pk', ['collection', 'id'])
    .execute();

  await db.schema
    .createTable('kb_embeddings')
    .ifNotExists()
    .addColumn('model', 'text', (c) => c.notNull())
    .addColumn('text_hash', 'text', (c) => c.notNull())
    .addColumn('vector', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('kb_embeddings_pk', ['model', 'text_hash'])
    .execute();
}
