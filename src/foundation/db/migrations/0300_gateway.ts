import { type Kysely, sql } from 'kysely';

/**
 * The gateway's tables: API keys, deployments and their status, the hash-chained audit trail,
 * the review queue, feedback and the pseudonymisation vault.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('api_keys')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    // SHA-256 of a 192-bit random key: the key itself is never stored.
    .addColumn('key_hash', 'text', (c) => c.notNull().unique())
    .addColumn('key_prefix', 'text', (c) => c.notNull())
    .addColumn('requests_per_minute', 'integer')
    .addColumn('requests_per_day', 'integer')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('revoked_at', 'timestamptz')
    .execute();

  await db.schema
    .createTable('deployments')
    .ifNotExists()
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('public_model', 'text', (c) => c.notNull())
    .addColumn('use_case', 'text')
    .addColumn('upstreams', 'jsonb', (c) => c.notNull())
    .addColumn('policy', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create unique index if not exists deployments_route on deployments (public_model, coalesce(use_case, ''))`.execute(
    db,
  );

  // Kept apart from the definitions so a suspension applies equally to deployments from the
  // config file, the database, and the implicit one-per-model deployments.
  await db.schema
    .createTable('deployment_status')
    .ifNotExists()
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('deployment', 'model')`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('active', 'suspended')`))
    .addColumn('reason', 'text')
    .addColumn('changed_by', 'text')
    .addColumn('changed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('deployment_status_pk', ['kind', 'name'])
    .execute();

  await db.schema
    .createTable('audit_records')
    .ifNotExists()
    .addColumn('seq', 'bigint', (c) => c.primaryKey())
    .addColumn('record_id', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('actor_key_id', 'text')
    .addColumn('deployment', 'text')
    .addColumn('response_id', 'text')
    .addColumn('decision', 'text')
    // The canonical JSON that was hashed, byte for byte.
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  await sql`create index if not exists audit_records_created on audit_records (created_at)`.execute(db);
  await sql`create index if not exists audit_records_response on audit_records (response_id)`.execute(db);
  // Append-only in the database too: an edit needs a deliberate, visible act (disabling the trigger),
  // and `yiheng audit verify` still catches it.
  await sql`
    create or replace function audit_records_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_records is append-only';
    end $$`.execute(db);
  await sql`drop trigger if exists audit_records_no_change on audit_records`.execute(db);
  await sql`create trigger audit_records_no_change before update or delete on audit_records
            for each row execute function audit_records_append_only()`.execute(db);
  await sql`drop trigger if exists audit_records_no_truncate on audit_records`.execute(db);
  await sql`create trigger audit_records_no_truncate before truncate on audit_records
            for each statement execute function audit_records_append_only()`.execute(db);

  // One row: the chain head. Appenders lock it (select … for update) so every replica sharing the
  // database extends the same chain, one batch at a time.
  await db.schema
    .createTable('audit_head')
    .ifNotExists()
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn('seq', 'bigint', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  await sql`insert into audit_head (id, seq, hash) values (1, 0, ${'0'.repeat(64)}) on conflict (id) do nothing`.execute(
    db,
  );

  await db.schema
    .createTable('review_items')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('response_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('deployment', 'text', (c) => c.notNull())
    .addColumn('model_id', 'text')
    .addColumn('use_case', 'text', (c) => c.notNull())
    .addColumn('policy', 'text', (c) => c.notNull())
    .addColumn('reasons', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('pending').check(sql`status in ('pending', 'approved', 'corrected', 'rejected')`),
    )
    // Pseudonymised, as the upstream saw them: never the originals.
    .addColumn('messages', 'jsonb', (c) => c.notNull())
    .addColumn('answer', 'text', (c) => c.notNull())
    .addColumn('correction', 'text')
    .addColumn('note', 'text')
    .addColumn('reviewer_key_id', 'text')
    .addColumn('reviewed_at', 'timestamptz')
    .execute();
  await sql`create index if not exists review_items_status on review_items (status, created_at)`.execute(db);

  await db.schema
    .createTable('feedback')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('response_id', 'text', (c) => c.notNull())
    .addColumn('key_id', 'text', (c) => c.notNull())
    .addColumn('rating', 'integer', (c) => c.notNull().check(sql`rating between 1 and 5`))
    .addColumn('comment', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create index if not exists feedback_response on feedback (response_id)`.execute(db);

  await db.schema
    .createTable('vault_entries')
    .ifNotExists()
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('token', 'text', (c) => c.notNull())
    // AES-256-GCM ciphertext from the guard's vault; the key never reaches the database.
    .addColumn('ciphertext', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('vault_entries_pk', ['conversation_id', 'token'])
    .execute();
}
