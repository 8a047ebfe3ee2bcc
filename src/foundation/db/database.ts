import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, Migrator, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { YihengError } from '../errors.ts';
import { migrations } from './migrations/index.ts';
import { PGliteDialect, type PGliteSession } from './pglite-dialect.ts';
import { PGliteWorker } from './pglite-worker.ts';
import type { Database } from './tables/index.ts';

export type Db = Kysely<Database>;

export interface Store {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** PostgreSQL schema, when not the default. */
  schema?: string;
  close(): Promise<void>;
}

export interface OpenStoreOptions {
  /** PostgreSQL URL; when absent the embedded PGlite database is used. */
  databaseUrl?: string | undefined;
  /** Data folder for the embedded database; ignored with databaseUrl. */
  home?: string;
  /** Embedded database in memory only (tests, throwaway runs). */
  memory?: boolean;
  /** PostgreSQL schema to use (created if missing); tests use one each. */
  schema?: string;
  poolSize?: number;
  /**
   * Runs the embedded database on a worker thread, so its statements do not block this thread's
   * event loop (the gateway). Ignored with databaseUrl.
   */
  pgliteWorker?: boolean;
}

// node-postgres returns int8 (count(*), bigserial) as strings; PGlite returns numbers.
// One behaviour for both backends: numbers (our counters stay far below 2^53).
const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === 20) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format as 'text');
  },
};

/** Opens the database and brings its schema up to date. */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const store = options.databaseUrl ? await openPostgres(options) : await openPGlite(options);
  try {
    await migrate(store.db, options.schema);
  } catch (error) {
    await store.close();
    throw error instanceof YihengError
      ? error
      : new YihengError(`database migration failed: ${(error as Error).message}`, {
          hint: 'the database may belong to a newer Yiheng version or be damaged; see README, "Storage"',
          cause: error,
        });
  }
  return store;
}

async function openPostgres(options: OpenStoreOptions): Promise<Store> {
  const url = options.databaseUrl!;
  const where = redactUrl(url);
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: 5_000,
    types: pgTypes,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  // An idle client that loses its server must not crash the process.
  pool.on('error', () => {});
  try {
    const client = await pool.connect();
    try {
      if (options.schema) await client.query(`create schema if not exists "${options.schema}"`);
    } finally {
      client.release();
    }
  } catch (cause) {
    await pool.end().catch(() => {});
    const reason = (cause as NodeJS.ErrnoException).code ?? (cause as Error).message;
    throw new YihengError(`cannot connect to PostgreSQL at ${where} (${reason})`, {
      hint: 'check that the server is running and YIHENG_DATABASE_URL is right, or unset it to use the embedded database',
      code: 'database_unreachable',
      cause,
    });
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: 'postgres',
    ...(options.schema ? { schema: options.schema } : {}),
    close: () => db.destroy(),
  };
}

async function openPGlite(options: OpenStoreOptions): Promise<Store> {
  if (options.memory) {
    const pglite = options.pgliteWorker ? await PGliteWorker.create() : await PGlite.create();
    const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
    return { db, kind: 'pglite', close: () => db.destroy() };
  }
  const home = options.home ?? path.resolve('.yiheng');
  const dataDir = path.join(home, 'pgdata');
  mkdirSync(home, { recursive: true });
  const unlock = lockDataDir(home);
  let pglite: PGliteSession;
  try {
    pglite = options.pgliteWorker ? await PGliteWorker.create(dataDir) : await PGlite.create(dataDir);
  } catch (cause) {
    unlock();
    throw new YihengError(`cannot open the embedded database in ${dataDir}: ${(cause as Error).message}`, {
      hint: 'the folder may be damaged or from another PGlite version; move it away or set YIHENG_HOME',
      code: 'database_unreachable',
      cause,
    });
  }
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  return {
    db,
    kind: 'pglite',
    close: async () => {
      await db.destroy();
      unlock();
    },
  };
}

/**
 * PGlite keeps one process per data folder; a second writer would corrupt it.
 * A pid file turns that into a clear message instead.
 */
function lockDataDir(home: string): () => void {
  const lockFile = path.join(home, 'pgdata.lock');
  try {
    const holder = Number(readFileSync(lockFile, 'utf8'));
    if (holder && holder !== process.pid && isAlive(holder)) {
      throw new YihengError(`the embedded database in ${home} is in use by process ${holder}`, {
        hint: 'stop that process (e.g. a running `yiheng serve`), use another YIHENG_HOME, or share PostgreSQL via YIHENG_DATABASE_URL',
        code: 'database_locked',
      });
    }
  } catch (error) {
    if (error instanceof YihengError) throw error;
  }
  writeFileSync(lockFile, String(process.pid));
  return () => rmSync(lockFile, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export async function migrate(db: Db, schema?: string): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    allowUnorderedMigrations: true,
    // Kysely looks its bookkeeping tables up across schemas; pin them to ours.
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  for (let attempt = 1; ; attempt++) {
    const { error } = await migrator.migrateToLatest();
    if (!error) return;
    if (attempt >= CATALOG_RACE_ATTEMPTS || !isCatalogRace(error)) throw error;
    await new Promise((resolve) => setTimeout(resolve, 50 * attempt + Math.random() * 50));
  }
}

const CATALOG_RACE_ATTEMPTS = 5;

/**
 * Kysely's migrator first lists every table of every schema (its introspector, to see whether its
 * bookkeeping tables exist). If another session drops or creates a schema meanwhile, PostgreSQL can
 * fail that catalog read with "schema/column … does not exist". Nothing was changed by then (and
 * migrations run in a transaction), so trying again is safe; a real fault repeats and is thrown.
 */
function isCatalogRace(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === '3F000' || code === '42703' || code === '42P01';
}

/** For messages: the URL without its password. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return `${parsed.host}${parsed.pathname}`;
  } catch {
    return '(unparseable URL)';
  }
}

/** `select 1`, for readiness checks. */
export async function ping(db: Db): Promise<void> {
  await sql`select 1`.execute(db);
}
