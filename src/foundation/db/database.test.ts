import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, openStore, type Store } from './database.ts';
import { openTestStore, testBackends } from './test-stores.ts';

describe.each(testBackends)('storage on %s', (kind) => {
  let store: Store;
  beforeAll(async () => {
    store = await openTestStore(kind);
  });
  afterAll(async () => {
    await store.close();
  });

  it('runs migrations idempotently', async () => {
    await migrate(store.db, store.schema);
    await migrate(store.db, store.schema);
    const rows = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(
      store.db,
    );
    expect(rows.rows.map((r) => r.name)).toContain('0001_core');
    expect(new Set(rows.rows.map((r) => r.name)).size).toBe(rows.rows.length);
  });

  it('rolls back a multi-row write that fails half way: no half record', async () => {
    const insert = store.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('models')
        .values({ id: 'half-a', provider: 'openai-compatible', languages: '[]', params: '{}' })
        .execute();
      // Same primary key again: the second write fails, the first must vanish with it.
      await trx
        .insertInto('models')
        .values({ id: 'half-a', provider: 'openai-compatible', languages: '[]', params: '{}' })
        .execute();
    });
    await expect(insert).rejects.toThrow();
    const left = await store.db.selectFrom('models').select('id').where('id', '=', 'half-a').execute();
    expect(left).toEqual([]);
  });

  it('returns counts as numbers and JSON as objects on both backends', async () => {
    await store.db
      .insertInto('models')
      .values({
        id: 'json-check',
        provider: 'openai-compatible',
        languages: JSON.stringify(['zh']),
        params: JSON.stringify({ temperature: 0 }),
      })
      .execute();
    const row = await store.db
      .selectFrom('models')
      .selectAll()
      .where('id', '=', 'json-check')
      .executeTakeFirstOrThrow();
    expect(row.languages).toEqual(['zh']);
    expect(row.params).toEqual({ temperature: 0 });
    expect(row.created_at).toBeInstanceOf(Date);
    const count = await store.db
      .selectFrom('models')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(typeof count.n).toBe('number');
  });

  it('serialises concurrent transactions without interleaving', async () => {
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        store.db.transaction().execute(async (trx) => {
          await trx
            .insertInto('models')
            .values({ id: `c-${i}`, provider: 'reference', languages: '[]', params: '{}' })
            .execute();
          await trx
            .updateTable('models')
            .set({ version: String(i) })
            .where('id', '=', `c-${i}`)
            .execute();
        }),
      ),
    );
    const rows = await store.db
      .selectFrom('models')
      .select(['id', 'version'])
      .where('id', 'like', 'c-%')
      .execute();
    expect(rows).toHaveLength(10);
    for (const row of rows) expect(row.version).toBe(row.id.slice(2));
  });
});

describe('embedded data folder', () => {
  it('persists across opens and refuses a second process-level open while locked', async () => {
    const home = mkdtempSync(path.join(tmpdir(), 'yiheng-home-'));
    const first = await openStore({ home });
    await first.db
      .insertInto('models')
      .values({ id: 'kept', provider: 'reference', languages: '[]', params: '{}' })
      .execute();
    await first.close();
    const second = await openStore({ home });
    const row = await second.db.selectFrom('models').select('id').where('id', '=', 'kept').executeTakeFirst();
    expect(row?.id).toBe('kept');
    await second.close();
  });

  it('explains an unreachable PostgreSQL in one sentence with the fix', async () => {
    await expect(openStore({ databaseUrl: 'postgres://user:secret@127.0.0.1:1/none' })).rejects.toThrow(
      /cannot connect to PostgreSQL at 127\.0\.0\.1:1\/none \(ECONNREFUSED\)/,
    );
    await expect(openStore({ databaseUrl: 'postgres://user:secret@127.0.0.1:1/none' })).rejects.not.toThrow(
      /secret/,
    );
  });
});

describe.skipIf(!testBackends.includes('postgres'))('PostgreSQL shared by parallel openers', () => {
  // Test files (and deployments) share one server: schemas come and go while another store opens.
  // Kysely's migrator reads the whole catalog first, which PostgreSQL can fail mid-change; before
  // the retry in migrate(), this loop failed most runs ("schema … does not exist").
  it('opens every store while other schemas are created and dropped', async () => {
    let stop = false;
    const churn = async () => {
      while (!stop) {
        const store = await openTestStore('postgres');
        await store.close();
      }
    };
    const churners = [churn(), churn()];
    try {
      const opened = await Promise.allSettled(Array.from({ length: 12 }, () => openTestStore('postgres')));
      const failures = opened.flatMap((o) => (o.status === 'rejected' ? [String(o.reason)] : []));
      for (const o of opened) if (o.status === 'fulfilled') await o.value.close();
      expect(failures).toEqual([]);
    } finally {
      stop = true;
      await Promise.all(churners);
    }
  });
});
