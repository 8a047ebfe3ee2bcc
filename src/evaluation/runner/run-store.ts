import { sql } from 'kysely';
import type { Db } from '../../foundation/db/database.ts';
import type { EvalRunStatus } from '../../foundation/db/tables/evaluation.ts';
import { Batcher } from '../util/batcher.ts';
import { jsonbText } from '../util/jsonb.ts';

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

/** The stored fields of an ItemResult, as jsonb_to_recordset reads them from its JSON. */
const ITEM_FIELDS: Array<[keyof ItemResult, string]> = [
  ['task_key', 'text'],
  ['item_id', 'text'],
  ['variant', 'text'],
  ['lang', 'text'],
  ['status', 'text'],
  ['score', 'double precision'],
  ['values', 'jsonb'],
  ['details', 'jsonb'],
  ['response', 'text'],
  ['error', 'text'],
  ['subgroup', 'jsonb'],
  ['tags', 'jsonb'],
  ['prompt_hash', 'text'],
  ['calls', 'integer'],
  ['cached_calls', 'integer'],
  ['prompt_tokens', 'integer'],
  ['completion_tokens', 'integer'],
  ['latency_ms', 'double precision'],
  ['cost_usd', 'double precision'],
];
const ITEM_COLUMNS = sql.raw(ITEM_FIELDS.map(([name]) => `"${name}"`).join(', '));
const ITEM_RECORD = sql.raw(ITEM_FIELDS.map(([name, type]) => `"${name}" ${type}`).join(', '));
const ITEM_UPDATE = sql.raw(
  ITEM_FIELDS.filter(([name]) => !['task_key', 'item_id', 'variant'].includes(name))
    .map(([name]) => `"${name}" = excluded."${name}"`)
    .join(', '),
);

/**
 * Buffers item rows and writes them in batches (at 250 rows or 200 ms after the first, so an
 * interrupted run loses at most the items of the last 200 ms); `add` waits when the buffer is
 * full. Batches are written one after another, in order; after a failed write every later `add`
 * and `flush` rejects with that error.
 */
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

  /**
   * One statement per batch whatever its size: the rows travel as one JSON parameter and
   * jsonb_to_recordset turns them back into rows. (A multi-row VALUES list costs PGlite 20
   * parameters per row to bind and Kysely a large query to compile; this costs about a quarter
   * less CPU per row, the same on PostgreSQL.) Re-running an item (resume after an error)
   * replaces its row.
   */
  private async write(batch: ItemResult[]): Promise<void> {
    await sql`insert into eval_items (run_id, ${ITEM_COLUMNS})
      select ${this.runId}::text, ${ITEM_COLUMNS}
      from jsonb_to_recordset(${jsonbText(batch)}::jsonb) as r(${ITEM_RECORD})
      on conflict (run_id, task_key, item_id, variant) do update set ${ITEM_UPDATE}`.execute(this.db);
  }
}
