import { randomUUID } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import type { Db } from '../../foundation/db/database.ts';
import type { Database } from '../../foundation/db/tables/index.ts';
import { type AuditBody, type AuditEvent, type AuditRecord, chainHash } from './audit-record.ts';
import { canonicalJson } from './canonical-json.ts';

export interface AuditTrailOptions {
  /** Most records written in one statement. */
  maxBatch?: number;
  now?: () => Date;
}

interface Pending {
  event: AuditEvent;
  resolve: (record: AuditRecord) => void;
  reject: (error: unknown) => void;
}

interface Head {
  seq: number;
  hash: string;
}

interface Row {
  seq: number;
  record_id: string;
  created_at: string;
  kind: string;
  actor_key_id: string | null;
  deployment: string | null;
  response_id: string | null;
  decision: string | null;
  body: string;
  prev_hash: string;
  hash: string;
}

/** Gives up after this many lost races for the head; only a pathological writer storm gets there. */
const MAX_RACES = 100;

/**
 * The append-only, hash-chained audit trail. `append` resolves only once the record is committed,
 * so a caller that waits for it before answering can never acknowledge an unrecorded request.
 *
 * Appends are group-committed: while one write runs, new events queue up and go together in the
 * next, which keeps the chain strictly ordered inside a process without paying a transaction per
 * request. Each write is ONE statement: it moves the single-row chain head from the head this
 * appender last saw to the new one *only if the head is still there*, and inserts the records in
 * the same statement. When another replica (or the CLI) extended the chain meanwhile, nothing is
 * written; the appender re-reads the head, re-links its batch and tries again. The row lock that
 * the update takes orders concurrent writers, so every replica sharing the database extends one
 * chain.
 */
export class AuditTrail {
  private queue: Pending[] = [];
  private draining: Promise<void> | undefined;
  private head: Head | undefined;
  private readonly maxBatch: number;
  private readonly now: () => Date;

  constructor(
    private readonly db: Db,
    options: AuditTrailOptions = {},
  ) {
    this.maxBatch = options.maxBatch ?? 256;
    this.now = options.now ?? (() => new Date());
  }

  append(event: AuditEvent): Promise<AuditRecord> {
    return new Promise<AuditRecord>((resolve, reject) => {
      this.queue.push({ event, resolve, reject });
      this.kick();
    });
  }

  private kick(): void {
    if (this.draining) return;
    this.draining = this.drain().finally(() => {
      this.draining = undefined;
      // An append can land after the loop saw an empty queue but before this ran.
      if (this.queue.length > 0) this.kick();
    });
  }

  /** Resolves when every record appended so far has been written (or failed). */
  async flush(): Promise<void> {
    while (this.draining) await this.draining;
  }

  private async drain(): Promise<void> {
    // Let the current tick's appends join the first batch.
    await Promise.resolve();
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, this.maxBatch);
      try {
        const records = await this.write(batch.map((p) => p.event));
        for (const [i, p] of batch.entries()) p.resolve(records[i]!);
      } catch (error) {
        this.head = undefined;
        for (const p of batch) p.reject(error);
      }
    }
  }

  private async write(events: AuditEvent[]): Promise<AuditRecord[]> {
    for (let race = 0; race < MAX_RACES; race++) {
      const head = this.head ?? (await readHead(this.db));
      const { rows, records, last } = link(events, head, this.now());
      const json = JSON.stringify(rows);
      const result = await sql<{ seq: number }>`
        with moved as (
          update audit_head set seq = ${last.seq}, hash = ${last.hash}
          where id = 1 and seq = ${head.seq} and hash = ${head.hash}
          returning id
        )
        insert into audit_records
          (seq, record_id, created_at, kind, actor_key_id, deployment, response_id, decision, body, prev_hash, hash)
        select r.seq, r.record_id, r.created_at, r.kind, r.actor_key_id, r.deployment, r.response_id, r.decision,
               r.body, r.prev_hash, r.hash
        from jsonb_to_recordset(${json}::jsonb) as r(
          seq bigint, record_id text, created_at timestamptz, kind text, actor_key_id text, deployment text,
          response_id text, decision text, body text, prev_hash text, hash text)
        where exists (select 1 from moved)
        returning seq`.execute(this.db);
      if (result.rows.length === rows.length) {
        this.head = last;
        return records;
      }
      // Someone else extended the chain since we last looked: re-read the head and re-link.
      this.head = undefined;
    }
    throw new Error(`audit append lost the race for the chain head ${MAX_RACES} times`);
  }

  /**
   * Appends inside the caller's transaction, so a change and its audit record commit together or
   * not at all (review decisions, key changes, suspensions). Not batched.
   */
  async appendIn(trx: Transaction<Database>, event: AuditEvent): Promise<AuditRecord> {
    // The row lock on the head serialises this with every other appender until the caller commits.
    const head = await trx
      .selectFrom('audit_head')
      .select(['seq', 'hash'])
      .where('id', '=', 1)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const { rows, records, last } = link([event], { seq: Number(head.seq), hash: head.hash }, this.now());
    await trx.insertInto('audit_records').values(rows).execute();
    await trx.updateTable('audit_head').set({ seq: last.seq, hash: last.hash }).where('id', '=', 1).execute();
    // Our cached head is now stale; the next batch notices and re-reads it.
    return records[0]!;
  }
}

async function readHead(db: Db): Promise<Head> {
  const row = await db
    .selectFrom('audit_head')
    .select(['seq', 'hash'])
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  return { seq: Number(row.seq), hash: row.hash };
}

/** Numbers and hashes a batch onto a head. Pure: the same input always links the same way. */
function link(
  events: AuditEvent[],
  head: Head,
  now: Date,
): { rows: Row[]; records: AuditRecord[]; last: Head } {
  let seq = head.seq;
  let prevHash = head.hash;
  const at = now.toISOString();
  const records: AuditRecord[] = [];
  const rows = events.map((event): Row => {
    seq += 1;
    const body: AuditBody = {
      seq,
      id: randomUUID(),
      at,
      kind: event.kind,
      actor: { key_id: event.actor.keyId, role: event.actor.role },
      deployment: event.deployment ?? null,
      response_id: event.responseId ?? null,
      decision: event.decision ?? null,
      data: event.data ?? {},
    };
    const text = canonicalJson(body);
    const hash = chainHash(prevHash, text);
    records.push({ seq, id: body.id, at, kind: body.kind, body: text, prevHash, hash });
    const row: Row = {
      seq,
      record_id: body.id,
      created_at: at,
      kind: body.kind,
      actor_key_id: body.actor.key_id,
      deployment: body.deployment,
      response_id: body.response_id,
      decision: body.decision,
      body: text,
      prev_hash: prevHash,
      hash,
    };
    prevHash = hash;
    return row;
  });
  return { rows, records, last: { seq, hash: prevHash } };
}
