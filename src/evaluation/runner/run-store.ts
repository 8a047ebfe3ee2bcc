import { sql } from 'kysely';
import type { Db } from '../../foundation/db/database.ts';
import type { EvalRunStatus } from '../../foundation/db/tables/evaluation.ts';
import { Batcher } from '../util/batcher.ts';

/** One finished item (or wrapper variant) as stored. */
export interface ItemResult {
  task_key: string;
  item_id: string;
  variant: string;
  lang: string;
  status: 'ok' | 'error';
  score: number | null;
  values: Record<string, number>;
  details: Record<string, unknown>;
  response: string | null;
  error: string | null;
  subgroup: Record<string, string>;
  tags: Record<string, string>;
  prompt_hash: string;
  calls: number;
  cached_calls: number;
  prompt_tokens: number;
  completion_tokens: number;
  latency_ms: number;
  cost_usd: number | null;
}

/** What reports and comparisons read back per item (no full details, response shortened). */
export interface StoredItem {
  task_key: string;
  item_id: string;
  variant: string;
  lang: string;
  status: 'ok' | 'error';
  score: number | null;
  values: Record<string, number>;
  subgroup: Record<string, string>;
  error: string | null;
  calls: number;
  cached_calls: number;
  prompt_tokens: number;
  completion_tokens: number;
  latency_ms: number;
  cost_usd: number | null;
  response: string | null;
  answer_key: string | null;
  fairness_groups: Array<{ slot: string; value: string }> | null;
  prompt: string | null;
  expected_answer: string | null;
  parsed: string | null;
  note: string | null;
}

export interface RunRow {
  id: string;
  status: EvalRunStatus;
  model_id: string;
  model_version: string;
  suite_id: string;
  suite_version: string;
  suite_hash: string;
  options: Record<string, unknown>;
  manifest: Record<string, unknown>;
  n_items: number;
  n_errors: number;
  n_skipped: number;
  summary: Record<string, unknown> | null;
  out_dir: string | null;
  error: string | null;
  started_at: Date;
  finished_at: Date | null;
}

/**
 * Evaluation storage: run records, item results written in batches as they finish (so memory
 * stays flat and an interrupted run keeps what it did), and keyset-paged reads in item order.
 */
export class RunStore {
  constructor(readonly db: Db) {}

  async createRun(
    run: Omit<
      RunRow,
      'n_items' | 'n_errors' | 'n_skipped' | 'summary' | 'out_dir' | 'error' | 'started_at' | 'finished_at'
    >,
  ): Promise<void> {
    await this.db
      .insertInto('eval_runs')
      .values({
        id: run.id,
        status: run.status,
        model_id: run.model_id,
        model_version: run.model_version,
        suite_id: run.suite_id,
        suite_version: run.suite_version,
        suite_hash: run.suite_hash,
        options: JSON.stringify(run.options),
        manifest: JSON.stringify(run.manifest),
      })
      .execute();
  }

  async getRun(id: string): Promise<RunRow | undefined> {
    const row = await this.db.selectFrom('eval_runs').selectAll().where('id', '=', id).executeTakeFirst();
    return row as RunRow | undefined;
  }

  async listRuns(
    filter: { suiteId?: string; modelId?: string; status?: EvalRunStatus } = {},
  ): Promise<RunRow[]> {
    let query = this.db.selectFrom('eval_runs').selectAll().orderBy('started_at', 'desc').orderBy('id');
    if (filter.suiteId) query = query.where('suite_id', '=', filter.suiteId);
    if (filter.modelId) query = query.where('model_id', '=', filter.modelId);
    if (filter.status) query = query.where('status', '=', filter.status);
    return (await query.execute()) as RunRow[];
  }

  async updateRun(
    id: string,
    fields: Partial<
      Pick<RunRow, 'status' | 'n_items' | 'n_errors' | 'n_skipped' | 'out_dir' | 'error' | 'finished_at'>
    > & {
      summary?: Record<string, unknown>;
      manifest?: Record<string, unknown>;
    },
  ): Promise<void> {
    const { summary, manifest, ...rest } = fields;
    await this.db
      .updateTable('eval_runs')
      .set({
        ...rest,
        ...(summary ? { summary: JSON.stringify(summary) } : {}),
        ...(manifest ? { manifest: JSON.stringify(manifest) } : {}),
      })
      .where('id', '=', id)
      .execute();
  }

  /** Batched "was this item already done in this run?" for resume. */
  doneChecker(runId: string): Batcher<string, boolean> {
    return new Batcher(async (keys) => {
      const parts = keys.map((k) => JSON.parse(k) as [string, string, string]);
      const rows = await this.db
        .selectFrom('eval_items')
        .select(['task_key', 'item_id', 'variant'])
        .where('run_id', '=', runId)
        .where('status', '=', 'ok')
        .where((eb) =>
          eb.or(
            parts.map(([task, item, variant]) =>
              eb.and([eb('task_key', '=', task), eb('item_id', '=', item), eb('variant', '=', variant)]),
            ),
          ),
        )
        .execute();
      const done = new Set(rows.map((r) => JSON.stringify([r.task_key, r.item_id, r.variant])));
      return keys.map((k) => done.has(k));
    }, 200);
  }

  writer(runId: string): ItemWriter {
    return new ItemWriter(this.db, runId);
  }

  /** Streams a run's items in key order, a page at a time (every variant of an item together). */
  async *items(runId: string, pageSize = 1000): AsyncGenerator<StoredItem> {
    let after: [string, string, string] | undefined;
    for (;;) {
      let query = this.db
        .selectFrom('eval_items')
        .select([
          'task_key',
          'item_id',
          'variant',
          'lang',
          'status',
          'score',
          'values',
          'subgroup',
          'error',
          'calls',
          'cached_calls',
          'prompt_tokens',
          'completion_tokens',
          'latency_ms',
          'cost_usd',
          sql<string | null>`left(response, 2000)`.as('response'),
          sql<string | null>`details->>'answer_key'`.as('answer_key'),
          sql<Array<{ slot: string; value: string }> | null>`details->'fairness_groups'`.as(
            'fairness_groups',
          ),
          sql<string | null>`details->>'prompt'`.as('prompt'),
          sql<string | null>`details->>'expected_answer'`.as('expected_answer'),
          sql<string | null>`details->>'parsed'`.as('parsed'),
          sql<string | null>`coalesce(details->>'unparseable', details->>'ungraded')`.as('note'),
        ])
        .where('run_id', '=', runId)
        .orderBy('task_key')
        .orderBy('item_id')
        .orderBy('variant')
        .limit(pageSize);
      if (after) {
        const [task, item, variant] = after;
        query = query.where(sql<boolean>`(task_key, item_id, variant) > (${task}, ${item}, ${variant})`);
      }
      const rows = (await query.execute()) as StoredItem[];
      for (const row of rows) yield row;
      if (rows.length < pageSize) return;
      const last = rows.at(-1)!;
      after = [last.task_key, last.item_id, last.variant];
    }
  }

  /** One item's full stored record (including details and the whole response). */
  async item(runId: string, taskKey: string, itemId: string, variant = '') {
    return this.db
      .selectFrom('eval_items')
      .selectAll()
      .where('run_id', '=', runId)
      .where('task_key', '=', taskKey)
      .where('item_id', '=', itemId)
      .where('variant', '=', variant)
      .executeTakeFirst();
  }

  async counts(runId: string): Promise<{ items: number; errors: number }> {
    const row = await this.db
      .selectFrom('eval_items')
      .select([
        sql<number>`count(*) filter (where variant = '')`.as('items'),
        sql<number>`count(*) filter (where variant = '' and status = 'error')`.as('errors'),
      ])
      .where('run_id', '=', runId)
      .executeTakeFirstOrThrow();
    return { items: Number(row.items), errors: Number(row.errors) };
  }
}

/** Buffers item rows and writes them in batches; `add` waits when the buffer is full. */
export class ItemWriter {
  private buffer: ItemResult[] = [];
  private flushing: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;
  private failure: unknown;

  constructor(
    private readonly db: Db,
    private readonly runId: string,
    private readonly batchSize = 250,
  ) {}

  async add(row: ItemResult): Promise<void> {
    if (this.failure) throw this.failure;
    this.buffer.push(row);
    if (this.buffer.length >= this.batchSize) await this.flush();
    else this.timer ??= setTimeout(() => void this.flush().catch(() => {}), 200);
  }

  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.buffer;
    this.buffer = [];
    if (batch.length === 0) return this.flushing;
    this.flushing = this.flushing.then(() => this.write(batch));
    this.flushing.catch((error) => {
      this.failure = error;
    });
    return this.flushing;
  }

  private async write(batch: ItemResult[]): Promise<void> {
    await this.db
      .insertInto('eval_items')
      .values(
        batch.map((r) => ({
          run_id: this.runId,
          task_key: r.task_key,
          item_id: r.item_id,
          variant: r.variant,
          lang: r.lang,
          status: r.status,
          score: r.score !== null && Number.isFinite(r.score) ? r.score : null,
          values: JSON.stringify(r.values),
          details: JSON.stringify(r.details),
          response: r.response,
          error: r.error,
          subgroup: JSON.stringify(r.subgroup),
          tags: JSON.stringify(r.tags),
          prompt_hash: r.prompt_hash,
          calls: r.calls,
          cached_calls: r.cached_calls,
          prompt_tokens: r.prompt_tokens,
          completion_tokens: r.completion_tokens,
          latency_ms: r.latency_ms,
          cost_usd: r.cost_usd,
        })),
      )
      .onConflict((oc) =>
        oc.columns(['run_id', 'task_key', 'item_id', 'variant']).doUpdateSet((eb) => ({
          lang: eb.ref('excluded.lang'),
          status: eb.ref('excluded.status'),
          score: eb.ref('excluded.score'),
          values: eb.ref('excluded.values'),
          details: eb.ref('excluded.details'),
          response: eb.ref('excluded.response'),
          error: eb.ref('excluded.error'),
          subgroup: eb.ref('excluded.subgroup'),
          tags: eb.ref('excluded.tags'),
          prompt_hash: eb.ref('excluded.prompt_hash'),
          calls: eb.ref('excluded.calls'),
          cached_calls: eb.ref('excluded.cached_calls'),
          prompt_tokens: eb.ref('excluded.prompt_tokens'),
          completion_tokens: eb.ref('excluded.completion_tokens'),
          latency_ms: eb.ref('excluded.latency_ms'),
          cost_usd: eb.ref('excluded.cost_usd'),
        })),
      )
      .execute();
  }
}
