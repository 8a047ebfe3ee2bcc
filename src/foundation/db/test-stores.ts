import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { openStore, type Store } from './database.ts';

/**
 * The backends every storage test runs against: embedded PGlite always, PostgreSQL when
 * YIHENG_TEST_DATABASE_URL is set. Each PostgreSQL store lives in its own schema, dropped on close,
 * so test files can run in parallel against one server.
 */
export const testBackends: Array<'pglite' | 'postgres'> = process.env.YIHENG_TEST_DATABASE_URL
  ? ['pglite', 'postgres']
  : ['pglite'];

export async function openTestStore(kind: 'pglite' | 'postgres'): Promise<Store> {
  if (kind === 'pglite') return openStore({ memory: true });
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const store = await openStore({
    databaseUrl: process.env.YIHENG_TEST_DATABASE_URL!,
    schema,
    poolSize: 4,
  });
  return {
    ...store,
    close: async () => {
      await sql.raw(`drop schema if exists "${schema}" cascade`).execute(store.db);
      await store.close();
    },
  };
}
