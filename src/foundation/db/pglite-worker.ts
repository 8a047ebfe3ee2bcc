import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { PGliteSession } from './pglite-dialect.ts';

/**
 * Embedded PGlite on a worker thread, behind the same small interface the Kysely dialect uses.
 *
 * PGlite is PostgreSQL compiled to WebAssembly: every statement runs synchronously on the thread
 * that owns it (about 0.7 ms for an audit write). In-process, that is the gateway's event loop,
 * so every request waits behind every database write. On a worker the loop only pays for two
 * messages per statement, and the database and request handling use two cores.
 *
 * Statements reach the worker in the order they are sent and run one at a time, as they do
 * in-process; the dialect's connection lock still gives a transaction the session to itself.
 * The worker writes the same files in the same way, so a committed statement survives the
 * process being killed exactly as before.
 */
export class PGliteWorker implements PGliteSession {
  readonly waitReady: Promise<void>;
  private readonly worker: Worker;
  private readonly pending = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (error: Error) => void }
  >();
  private nextId = 1;
  private failure: Error | undefined;
  private isClosed = false;

  private constructor(dataDir: string | undefined) {
    const require = createRequire(import.meta.url);
    // A plain-JavaScript worker: it needs no TypeScript loader, only PGlite itself.
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { module: require.resolve('@electric-sql/pglite'), dataDir },
    });
    this.worker.unref();
    this.worker.on('message', (message: Reply) => this.settle(message));
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) => {
      this.isClosed = true;
      this.fail(new Error(`the embedded database worker stopped (exit code ${code})`));
    });
    this.waitReady = this.call<void>({ op: 'open' });
  }

  /** Starts the worker and opens the database (in memory when `dataDir` is undefined). */
  static async create(dataDir?: string): Promise<PGliteWorker> {
    const session = new PGliteWorker(dataDir);
    try {
      await session.waitReady;
    } catch (error) {
      await session.worker.terminate();
      throw error;
    }
    return session;
  }

  get closed(): boolean {
    return this.isClosed;
  }

  query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[]; affectedRows?: number }> {
    return this.call({ op: 'query', sql, params: params ?? [] });
  }

  /** Closes the database (PGlite flushes its files) and ends the worker. */
  async close(): Promise<void> {
    if (this.isClosed) return;
    await this.call({ op: 'close' });
    this.isClosed = true;
    await this.worker.terminate();
  }

  private call<R>(request: Omit<Request, 'id'>): Promise<R> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise<R>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      // Keeps the process alive while a statement is in flight, and only then.
      if (this.pending.size === 1) this.worker.ref();
      this.worker.postMessage({ ...request, id });
    });
  }

  private settle(reply: Reply): void {
    const waiter = this.pending.get(reply.id);
    if (!waiter) return;
    this.pending.delete(reply.id);
    if (this.pending.size === 0) this.worker.unref();
    if (reply.error) waiter.reject(Object.assign(new Error(reply.error.message), reply.error));
    else waiter.resolve(reply.result);
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const waiter of this.pending.values()) waiter.reject(this.failure);
    this.pending.clear();
    this.worker.unref();
  }
}

interface Request {
  id: number;
  op: 'open' | 'query' | 'close';
  sql?: string;
  params?: unknown[];
}

interface Reply {
  id: number;
  result?: unknown;
  /** The error's own properties (message, code, detail, constraint…), so callers see what PGlite threw. */
  error?: { message: string; [key: string]: unknown };
}

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { PGlite } = require(workerData.module);
let opened;
function plain(error) {
  const out = { message: String(error && error.message !== undefined ? error.message : error) };
  if (error && typeof error === 'object') {
    for (const key of Object.keys(error)) {
      const value = error[key];
      if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) out[key] = value;
    }
    if (typeof error.name === 'string') out.name = error.name;
  }
  return out;
}
async function run(request) {
  if (request.op === 'open') {
    opened = PGlite.create(workerData.dataDir);
    await opened;
    return undefined;
  }
  const db = await opened;
  if (request.op === 'close') {
    if (!db.closed) await db.close();
    return undefined;
  }
  const result = await db.query(request.sql, request.params);
  return { rows: result.rows, affectedRows: result.affectedRows };
}
// PGlite runs one statement at a time, in the order they arrive.
parentPort.on('message', (request) => {
  run(request).then(
    (result) => parentPort.postMessage({ id: request.id, result }),
    (error) => parentPort.postMessage({ id: request.id, error: plain(error) }),
  );
});
`;
