import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from './database.ts';

/**
 * The embedded database on a worker thread (what `yiheng serve` uses) must behave exactly like
 * the in-process one: same values, same errors, transactions that own the session, and data that
 * is on disk once a statement has returned.
 */
describe('PGlite on a worker thread', () => {
  let home: string;
  let store: Store;

  beforeAll(async () => {
    home = mkdtempSync(path.join(tmpdir(), 'yiheng-pglite-worker-'));
    store = await openStore({ home, pgliteWorker: true });
  });

  afterAll(async () => {
    await store?.close();
  });

  it('returns the same values as in-process PGlite', async () => {
    const memory = await openStore({ memory: true });
    try {
      const query = sql<Record<string, unknown>>`
        select 42::int8 as n, 1.5::float8 as f, 'é 医'::text as t, null::text as none,
               '2025-01-02T03:04:05.678Z'::timestamptz as at, '{"a":[1,"b"]}'::jsonb as j,
               '\\x0102'::bytea as b, true as yes`;
      const [inWorker] = (await query.execute(store.db)).rows;
      const [inProcess] = (await query.execute(memory.db)).rows;
      expect(inWorker).toEqual(inProcess);
      expect(inWorker!.at).toBeInstanceOf(Date);
      expect(inWorker!.n).toBe(42);
    } finally {
      await memory.close();
    }
  });

  it('passes database errors through with their code and constraint', async () => {
    await sql`create table worker_t (id int primary key)`.execute(store.db);
    await sql`insert into worker_t values (1)`.execute(store.db);
    const error = await sql`insert into worker_t values (1)`.execute(store.db).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ code: '23505', constraint: 'worker_t_pkey' });
    expect((error as Error).message).toMatch(/duplicate key/);
    await expect(sql`select * from no_such_table`.execute(store.db)).rejects.toMatchObject({ code: '42P01' });
  });

  it('gives a transaction the session to itself and keeps statements in order', async () => {
    await sql`create table worker_order (n int)`.execute(store.db);
    let outside: Promise<number> | undefined;
    let outsideDone = false;
    const inside = store.db.transaction().execute(async (trx) => {
      await sql`insert into worker_order values (1)`.execute(trx);
      // Waits for the transaction to end: it must neither join it nor see its rows.
      outside = sql<{ n: number }>`select count(*)::int as n from worker_order`
        .execute(store.db)
        .then((r) => {
          outsideDone = true;
          return r.rows[0]!.n;
        });
      await sql`insert into worker_order values (2)`.execute(trx);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(outsideDone).toBe(false);
      throw new Error('roll back');
    });
    await expect(inside).rejects.toThrow('roll back');
    expect(await outside).toBe(0);

    const many = await Promise.all(
      Array.from({ length: 50 }, (_, i) => sql<{ v: number }>`select ${i}::int as v`.execute(store.db)),
    );
    expect(many.map((r) => r.rows[0]!.v)).toEqual(Array.from({ length: 50 }, (_, i) => i));
  });

  it('leaves committed data on disk for the next process', async () => {
    await sql`create table worker_kept (v text)`.execute(store.db);
    await sql`insert into worker_kept values ('kept')`.execute(store.db);
    await store.close();
    store = await openStore({ home });
    const { rows } = await sql<{ v: string }>`select v from worker_kept`.execute(store.db);
    expect(rows).toEqual([{ v: 'kept' }]);
  });
});
