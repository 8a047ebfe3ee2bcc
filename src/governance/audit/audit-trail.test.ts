import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../foundation/db/database.ts';
import { openTestStore, testBackends } from '../../foundation/db/test-stores.ts';
import { AuditTrail } from './audit-trail.ts';
import { exportAuditTrail } from './export.ts';
import { verifyAuditTrail } from './verify.ts';

const actor = { keyId: 'key_test', role: 'clinician' };

async function tamper(store: Store, ...statements: string[]): Promise<void> {
  // A privileged attacker can switch the append-only trigger off; verification must still notice.
  await sql.raw('alter table audit_records disable trigger user').execute(store.db);
  for (const statement of statements) await sql.raw(statement).execute(store.db);
  await sql.raw('alter table audit_records enable trigger user').execute(store.db);
}

describe.each(testBackends)('audit trail on %s', (kind) => {
  // One store per backend, emptied before each test: opening a database costs about a second.
  let shared: Store;
  beforeAll(async () => {
    shared = await openTestStore(kind);
  });
  afterAll(async () => {
    await shared.close();
  });
  beforeEach(async () => {
    await tamper(
      shared,
      'delete from audit_records',
      `update audit_head set seq = 0, hash = '${'0'.repeat(64)}'`,
    );
  });
  const open = async () => shared;

  async function filled(count: number) {
    const store = await open();
    const trail = new AuditTrail(store.db);
    await Promise.all(
      Array.from({ length: count }, (_, i) =>
        trail.append({ kind: 'chat.completion', actor, responseId: `r${i}`, decision: 'allow', data: { i } }),
      ),
    );
    return { store, trail };
  }

  it('chains concurrent appends without gaps and verifies', async () => {
    const { store } = await filled(300);
    const rows = await store.db
      .selectFrom('audit_records')
      .select(['seq', 'response_id'])
      .orderBy('seq')
      .execute();
    expect(rows.map((r) => Number(r.seq))).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
    expect(new Set(rows.map((r) => r.response_id)).size).toBe(300);
    const result = await verifyAuditTrail(store.db);
    expect(result).toMatchObject({ ok: true, checked: 300, head: { seq: 300 } });
  });

  it('keeps one chain when two appenders (replicas) write to the same database at once', async () => {
    const store = await open();
    let second: Store = store;
    if (kind === 'postgres') {
      second = await openStore({
        databaseUrl: process.env.YIHENG_TEST_DATABASE_URL!,
        schema: store.schema!,
        poolSize: 4,
      });
    }
    const a = new AuditTrail(store.db, { maxBatch: 7 });
    const b = new AuditTrail(second.db, { maxBatch: 5 });
    const writes = [];
    for (let i = 0; i < 120; i++) {
      writes.push(a.append({ kind: 'x', actor, data: { replica: 'a', i } }));
      writes.push(b.append({ kind: 'x', actor, data: { replica: 'b', i } }));
    }
    const records = await Promise.all(writes);
    if (second !== store) await second.close();
    expect(new Set(records.map((r) => r.seq)).size).toBe(240);
    expect(await verifyAuditTrail(store.db)).toMatchObject({ ok: true, checked: 240 });
  });

  it('refuses updates and deletes in the database itself', async () => {
    const { store } = await filled(2);
    await expect(
      sql`update audit_records set decision = 'block' where seq = 1`.execute(store.db),
    ).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_records where seq = 2`.execute(store.db)).rejects.toThrow(
      /append-only/,
    );
  });

  it('names the first edited record', async () => {
    const { store } = await filled(10);
    await tamper(
      store,
      `update audit_records set body = replace(body, '"decision":"allow"', '"decision":"block"') where seq = 4`,
    );
    const result = await verifyAuditTrail(store.db);
    expect(result.ok).toBe(false);
    expect(result.problem).toMatchObject({ seq: 4, reason: 'edited' });
    expect(result.checked).toBe(3);
  });

  it('notices an edited searchable column even when the body is intact', async () => {
    const { store } = await filled(5);
    await tamper(store, `update audit_records set decision = 'block' where seq = 2`);
    expect((await verifyAuditTrail(store.db)).problem).toMatchObject({ seq: 2, reason: 'edited' });
  });

  it('notices a record rewritten with a recomputed hash (the next link breaks)', async () => {
    const { store } = await filled(5);
    const row = await store.db
      .selectFrom('audit_records')
      .selectAll()
      .where('seq', '=', 3)
      .executeTakeFirstOrThrow();
    const body = row.body.replace('"decision":"allow"', '"decision":"block"');
    const { chainHash } = await import('./audit-record.ts');
    const forged = chainHash(row.prev_hash, body);
    await tamper(
      store,
      `update audit_records set body = '${body}', decision = 'block', hash = '${forged}' where seq = 3`,
    );
    expect((await verifyAuditTrail(store.db)).problem).toMatchObject({ seq: 4, reason: 'chain_broken' });
  });

  it('names a deleted record in the middle and at the end', async () => {
    const { store } = await filled(6);
    await tamper(store, 'delete from audit_records where seq = 3');
    expect((await verifyAuditTrail(store.db)).problem).toMatchObject({ seq: 3, reason: 'missing' });

    await tamper(
      store,
      'delete from audit_records',
      `update audit_head set seq = 0, hash = '${'0'.repeat(64)}'`,
    );
    const other = await filled(6);
    await tamper(other.store, 'delete from audit_records where seq = 6');
    const result = await verifyAuditTrail(other.store.db);
    expect(result.problem).toMatchObject({ seq: 6, reason: 'missing' });
    expect(result.problem?.message).toMatch(/deleted/);
  });

  it('names reordered records', async () => {
    const { store } = await filled(6);
    // Swap the positions of records 2 and 5.
    await tamper(
      store,
      'update audit_records set seq = case seq when 2 then -5 when 5 then -2 end where seq in (2, 5)',
      'update audit_records set seq = -seq where seq < 0',
    );
    expect((await verifyAuditTrail(store.db)).problem).toMatchObject({ seq: 2, reason: 'reordered' });
  });

  it('exports JSONL within a time range, each line re-verifiable', async () => {
    let clock = Date.parse('2025-01-01T00:00:00Z');
    const store = await open();
    const trail = new AuditTrail(store.db, { now: () => new Date(clock) });
    for (let day = 0; day < 4; day++) {
      await trail.append({ kind: 'k', actor, data: { day } });
      clock += 86_400_000;
    }
    const lines: string[] = [];
    for await (const line of exportAuditTrail(store.db, {
      from: new Date('2025-01-02T00:00:00Z'),
      to: new Date('2025-01-04T00:00:00Z'),
    }))
      lines.push(line);
    const parsed = lines.map((l) => JSON.parse(l));
    expect(parsed.map((r) => r.data.day)).toEqual([1, 2]);
    expect(parsed[0]).toMatchObject({ seq: 2, kind: 'k', actor: { key_id: 'key_test' } });
    expect(parsed[0].hash).toMatch(/^[0-9a-f]{64}$/);
  });
});
