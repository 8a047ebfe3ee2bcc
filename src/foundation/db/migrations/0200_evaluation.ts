import { type Kysely, sql } from 'kysely';

/**
 * Evaluation runs, their per-item results (written as each item finishes, so a run of any
 * size keeps memory flat and can be resumed), and the response cache that makes a re-run free.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('eval_runs')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('model_id', 'text', (c) => c.notNull())
    .addColumn('model_version', 'text', (c) => c.notNull())
    .addColumn('suite_id', 'text', (c) => c.notNull())
    .addColumn('suite_version', 'text', (c) => c.notNull())
    .addColumn('suite_hash', 'text', (c) => c.notNull())
    .addColumn('options', 'jsonb', (c) => c.notNull())
    .addColumn('manifest', 'jsonb', (c) => c.notNull())
    .addColumn('n_items', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('n_errors', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('n_skipped', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('summary', 'jsonb')
    .addColumn('out_dir', 'text')
    .addColumn('error', 'text')
    .addColumn('started_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('finished_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('eval_runs_suite_model')
    .ifNotExists()
    .on('eval_runs')
    .columns(['suite_id', 'model_id'])
    .execute();

  await db.schema
    .createTable('eval_items')
    .ifNotExists()
    .addColumn('run_id', 'text', (c) => c.notNull().references('eval_runs.id').onDelete('cascade'))
    // Byte-order collation: a run's rows stream in key order with every variant of an item
    // together, the same on PGlite and on any PostgreSQL locale.
    .addColumn('task_key', sql`text collate "C"`, (c) => c.notNull())
    .addColumn('item_id', sql`text collate "C"`, (c) => c.notNull())
    .addColumn('variant', sql`text collate "C"`, (c) => c.notNull().defaultTo(''))
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('score', 'double precision')
    .addColumn('values', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('details', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('response', 'text')
    .addColumn('error', 'text')
    .addColumn('subgroup', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('tags', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('prompt_hash', 'text', (c) => c.notNull())
    .addColumn('calls', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('cached_calls', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('prompt_tokens', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('completion_tokens', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('latency_ms', 'double precision', (c) => c.notNull().defaultTo(0))
    .addColumn('cost_usd', 'double precision')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('eval_items_pk', ['run_id', 'task_key', 'item_id', 'variant'])
    .execute();

  await db.schema
    .createTable('eval_response_cache')
    .ifNotExists()
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('model_id', 'text', (c) => c.notNull())
    .addColumn('model_version', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('finish_reason', 'text', (c) => c.notNull())
    .addColumn('prompt_tokens', 'integer', (c) => c.notNull())
    .addColumn('completion_tokens', 'integer', (c) => c.notNull())
    .addColumn('latency_ms', 'double precision', (c) => c.notNull())
    .addColumn('upstream_model', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}
