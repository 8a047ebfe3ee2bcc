import type { Db } from '../../foundation/db/database.ts';
import type { VaultEntry, VaultStore } from '../../guard/deid/vault.ts';
import type { PiiType } from '../../guard/finding.ts';

/**
 * The guard's reversible-pseudonymisation vault, persisted in the gateway's database: ciphertext
 * only (AES-256-GCM under YIHENG_VAULT_KEY, which never reaches the database), per conversation,
 * so any replica can restore an answer and a restart loses nothing.
 */
export class DbVaultStore implements VaultStore {
  constructor(private readonly db: Db) {}

  async put(entry: VaultEntry): Promise<void> {
    await this.db
      .insertInto('vault_entries')
      .values({
        conversation_id: entry.conversationId,
        pseudonym: entry.pseudonym,
        type: entry.type,
        fingerprint: entry.fingerprint,
        ciphertext: entry.ciphertext,
        created_at: entry.createdAt,
      })
      // Two replicas may pseudonymise the same value at once; the first entry stands.
      .onConflict((oc) => oc.columns(['conversation_id', 'pseudonym']).doNothing())
      .execute();
  }

  async findByFingerprint(conversationId: string, fingerprint: string): Promise<VaultEntry | undefined> {
    const row = await this.db
      .selectFrom('vault_entries')
      .selectAll()
      .where('conversation_id', '=', conversationId)
      .where('fingerprint', '=', fingerprint)
      .orderBy('created_at')
      .executeTakeFirst();
    return row ? toEntry(row) : undefined;
  }

  async list(conversationId: string): Promise<VaultEntry[]> {
    const rows = await this.db
      .selectFrom('vault_entries')
      .selectAll()
      .where('conversation_id', '=', conversationId)
      .execute();
    return rows.map(toEntry);
  }

  async deleteConversation(conversationId: string): Promise<number> {
    const result = await this.db
      .deleteFrom('vault_entries')
      .where('conversation_id', '=', conversationId)
      .executeTakeFirst();
    return Number(result.numDeletedRows ?? 0);
  }
}

function toEntry(row: {
  conversation_id: string;
  pseudonym: string;
  type: string;
  fingerprint: string;
  ciphertext: string;
  created_at: Date;
}): VaultEntry {
  return {
    conversationId: row.conversation_id,
    pseudonym: row.pseudonym,
    type: row.type as PiiType,
    fingerprint: row.fingerprint,
    ciphertext: row.ciphertext,
    createdAt: new Date(row.created_at).toISOString(),
  };
}
