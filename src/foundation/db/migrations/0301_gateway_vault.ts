import { type Kysely, sql } from 'kysely';

/**
 * The vault table in the shape of the guard's VaultStore (pseudonym, type, fingerprint), and
 * deployments that leave the policy to the request's use case (policy null). The 0300 vault table
 * was never written to, so it is replaced rather than migrated.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('vault_entries').ifExists().execute();
  await db.schema
    .createTable('vault_entries')
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('pseudonym', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    // HMAC of the original under the vault key: finds an existing pseudonym without decrypting.
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    // AES-256-GCM ciphertext from the guard's vault; the key (YIHENG_VAULT_KEY) never reaches the database.
    .addColumn('ciphertext', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('vault_entries_pk', ['conversation_id', 'pseudonym'])
    .execute();
  await sql`create index if not exists vault_entries_fingerprint on vault_entries (conversation_id, fingerprint)`.execute(
    db,
  );
  await sql`alter table deployments alter column policy drop not null`.execute(db);
}
