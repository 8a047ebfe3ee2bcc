import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Language } from '../../foundation/text/language.ts';
import type { DetectorName } from '../detectors/detector.ts';
import type { Finding } from '../finding.ts';
import type { Policy } from '../policy/schema.ts';
import { LoopLoad } from './loop-load.ts';

/** What a worker is asked: one text through the named detectors under one policy. */
export interface FindingsRequest {
  text: string;
  names: readonly DetectorName[];
  policy: string;
  language: Language;
}

export interface FindingsPoolOptions {
  /** Worker threads (at least 1). */
  threads: number;
  /** The policies the guard serves; each worker builds the same guard from them. */
  policies: Policy[];
  /** Whether the workers load the bundled knowledge (red flags, drugs), as the guard does by default. */
  knowledge: boolean;
  /**
   * Texts shorter than this are scanned in the caller's thread: for a typical message (1–2 KB,
   * well under a millisecond) the two thread hand-overs cost more latency than they free. 0 sends
   * every text to a worker.
   */
  minChars?: number;
  /**
   * While the event loop has been busy at least this share of the last 100 ms (0–1), shorter texts go
   * to a worker too (see LoopLoad); 1 never sends them. Undefined: 1.
   */
  busyAbove?: number;
}

/**
 * A short text goes to a worker for a busy loop only while some worker has fewer than this many texts
 * waiting: a worker that has fallen behind would answer later than the loop itself.
 */
const MAX_QUEUE_WHEN_BUSY = 8;

type Reply = { id: number; findings: Finding[] } | { id: number; error: string } | { ready: true };

/**
 * Runs the guard's detectors on worker threads. Detection is pure CPU work (0.2–0.6 ms for a 1 KB
 * message, seconds for a multi-megabyte one); on the event loop it delays every other request behind
 * it. Here the loop only posts the text and awaits the findings, so one large input cannot stall the
 * gateway and detection runs beside request handling on another core. Pseudonyms, the vault and the
 * decisions stay on the main thread: workers hold no conversation state, only the detectors.
 *
 * The workers run the TypeScript sources through tsx, as the `yiheng` command does.
 */
export class FindingsPool {
  private readonly workers: Array<{ worker: Worker; pending: Map<number, Pending>; alive: boolean }> = [];
  private nextId = 1;
  private closed = false;
  private readonly minChars: number;
  private readonly loop: LoopLoad;

  private constructor(options: FindingsPoolOptions) {
    this.minChars = options.minChars ?? 0;
    this.loop = new LoopLoad(options.busyAbove ?? 1);
    const workerData = {
      tsx: tsxEsmApi(),
      entry: new URL('./findings-worker.ts', import.meta.url).href,
      policies: options.policies,
      knowledge: options.knowledge,
    };
    for (let i = 0; i < Math.max(1, options.threads); i++) {
      const worker = new Worker(BOOTSTRAP, { workerData });
      const pending = new Map<number, Pending>();
      worker.unref();
      worker.on('message', (reply: Reply) => {
        if ('ready' in reply) return;
        const call = pending.get(reply.id);
        if (!call) return;
        pending.delete(reply.id);
        if (pending.size === 0) worker.unref();
        if ('error' in reply) call.reject(new Error(`guard worker: ${reply.error}`));
        else call.resolve(reply.findings);
      });
      const entry = { worker, pending, alive: true };
      const fail = (error: Error) => {
        entry.alive = false;
        for (const call of pending.values()) call.reject(error);
        pending.clear();
      };
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (!this.closed) fail(new Error(`a guard worker stopped (exit code ${code})`));
      });
      this.workers.push(entry);
    }
  }

  /** Starts the workers and waits until each has built its guard (so the first request pays nothing). */
  static async create(options: FindingsPoolOptions): Promise<FindingsPool> {
    const pool = new FindingsPool(options);
    try {
      await Promise.all(
        pool.workers.map(
          ({ worker }) =>
            new Promise<void>((resolve, reject) => {
              const onMessage = (reply: Reply) => {
                if ('ready' in reply) {
                  worker.off('message', onMessage);
                  resolve();
                }
              };
              worker.on('message', onMessage);
              worker.once('error', reject);
            }),
        ),
      );
    } catch (error) {
      await pool.close();
      throw error;
    }
    return pool;
  }

  get threads(): number {
    return this.workers.length;
  }

  /** Texts sent to the workers so far. */
  get dispatched(): number {
    return this.nextId - 1;
  }

  /** Whether a text of this length goes to a worker now (see FindingsPoolOptions minChars and busyAbove). */
  takes(length: number): boolean {
    if (length >= this.minChars) return true;
    return this.loop.isBusy() && this.workers.some((w) => w.alive && w.pending.size < MAX_QUEUE_WHEN_BUSY);
  }

  /** The findings for one text, from the least busy worker that is still running. */
  findings(request: FindingsRequest): Promise<Finding[]> {
    if (this.closed) return Promise.reject(new Error('the guard worker pool is closed'));
    let target: (typeof this.workers)[number] | undefined;
    for (const w of this.workers)
      if (w.alive && (!target || w.pending.size < target.pending.size)) target = w;
    if (!target) return Promise.reject(new Error('no guard worker is running'));
    const id = this.nextId++;
    return new Promise<Finding[]>((resolve, reject) => {
      if (target.pending.size === 0) target.worker.ref();
      target.pending.set(id, { resolve, reject });
      target.worker.postMessage({ id, ...request });
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }
}

interface Pending {
  resolve: (findings: Finding[]) => void;
  reject: (error: Error) => void;
}

/** An ES module in plain JavaScript: registers tsx in the worker, then loads the TypeScript worker module. */
const BOOTSTRAP = new URL(
  `data:text/javascript,${encodeURIComponent(`
import { workerData } from 'node:worker_threads';
const { register } = await import(workerData.tsx);
register();
await import(workerData.entry);
`)}`,
);

/** The file URL of tsx's ES-module API (the "import" export of tsx/esm/api). */
function tsxEsmApi(): string {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('tsx/package.json');
  const exports = require(manifest).exports['./esm/api'] as { import: { default: string } };
  return pathToFileURL(join(dirname(manifest), exports.import.default)).href;
}
