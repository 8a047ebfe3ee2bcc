import { sql } from 'kysely';
import type { Db } from '../../foundation/db/database.ts';
import { Batcher } from '../util/batcher.ts';
import { jsonbText } from '../util/jsonb.ts';

const CACHE_FIELDS: Array<[string, string]> = [
  ['key', 'text'],
  ['model_id', 'text'],
  ['model_version', 'text'],
  ['text', 'text'],
  ['finish_reason', 'text'],
  ['prompt_tokens', 'integer'],
  ['completion_tokens', 'integer'],
  ['latency_ms', 'double precision'],
  ['upstream_model', 'text'],
];
const CACHE_COLUMNS = sql.raw(CACHE_FIELDS.map(([name]) => `"${name}"`).join(', '));
const CACHE_RECORD = sql.raw(CACHE_FIELDS.map(([name, type]) => `"${name}" ${type}`).join(', '));

export interface CachedResponse {
  text: string;
  finishReason: string;
  promptTokens: number;
  completionTokens: number;
  latencyMs: number;
  upstreamModel: string;
}

/**
 * The persistent response cache, keyed by sha256(model id, version, parameters, messages).
 * Lookups made concurrently are batched into one query; writes are buffered and flushed in
 * batches, so the cache costs little even at hundreds of calls per second.
 */
export class ResponseCache {
  private readonly lookups: Batcher<string, CachedResponse | undefined>;
  /** Entries not yet written, by key (a repeated key keeps its first response, as the table does). */
  private pending = new Map<string, { modelId: string; modelVersion: string; response: CachedResponse }>();
  private flushing: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly db: Db) {
    this.lookups = new Batcher(async (keys) => {
      const unique = [...new Set(keys)];
      const rows = await db
        .selectFrom('eval_response_cache')
        .selectAll()
        .where('key', 'in', unique)
        .execute();
      const byKey = new Map(rows.map((r) => [r.key, r]));
      return keys.map((key) => {
        const row = byKey.get(key);
        return row
          ? {
              text: row.text,
              finishReason: row.finish_reason,
              promptTokens: row.prompt_tokens,
              completionTokens: row.completion_tokens,
              latencyMs: row.latency_ms,
              upstreamModel: row.upstream_model,
            }
          : undefined;
      });
    }, 256);
  }

  /** Model versions known to have no cached responses when the run started. */
  private readonly empty = new Set<string>();
  /** Responses stored during this run, for models whose cache started empty. */
  private readonly fresh = new Map<string, CachedResponse>();

  /**
   * Checks once whether the cache holds anything for a model version. A first run of a model
   * then skips the per-call lookups (they could only miss), which is most of the database work
   * of a cold run; responses it stores are still found within the run.
   */
  async prime(modelId: string, modelVersion: string): Promise<void> {
    const row = await this.db
      .selectFrom('eval_response_cache')
      .select('key')
      .where('model_id', '=', modelId)
      .where('model_version', '=', modelVersion)
      .limit(1)
      .executeTakeFirst();
    if (!row) this.empty.add(`${modelId}\u0000${modelVersion}`);
  }

  get(key: string, modelId?: string, modelVersion?: string): Promise<CachedResponse | undefined> {
    if (modelId !== undefined && this.empty.has(`${modelId}\u0000${modelVersion}`)) {
      return Promise.resolve(this.fresh.get(key));
    }
    const pending = this.pending.get(key);
    if (pending) return Promise.resolve(pending.response);
    return this.lookups.get(key);
  }

  put(key: string, modelId: string, modelVersion: string, response: CachedResponse): void {
    // Kept in memory only for the few calls a fresh model may repeat within a run (a retried
    // judge verdict has its own key, so this holds prompt duplicates, bounded by the run).
    if (this.empty.has(`${modelId}\u0000${modelVersion}`) && this.fresh.size < 10_000)
      this.fresh.set(key, response);
    if (!this.pending.has(key)) this.pending.set(key, { modelId, modelVersion, response });
    // A failed write is reported by the run's final flush (the chain stays rejected), not as an
    // unhandled rejection here.
    if (this.pending.size >= 500) this.flush().catch(() => {});
    else this.timer ??= setTimeout(() => this.flush().catch(() => {}), 250);
  }

  /** Writes buffered entries; safe to call at any time, resolves when everything so far is stored. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.pending;
    if (batch.size === 0) return this.flushing;
    this.pending = new Map();
    // One JSON parameter for the whole batch (see ItemWriter.write).
    const rows = [...batch].map(([key, b]) => ({
      key,
      model_id: b.modelId,
      model_version: b.modelVersion,
      text: b.response.text,
      finish_reason: b.response.finishReason,
      prompt_tokens: b.response.promptTokens,
      completion_tokens: b.response.completionTokens,
      latency_ms: b.response.latencyMs,
      upstream_model: b.response.upstreamModel,
    }));
    this.flushing = this.flushing.then(async () => {
      await sql`insert into eval_response_cache (${CACHE_COLUMNS})
        select ${CACHE_COLUMNS} from jsonb_to_recordset(${jsonbText(rows)}::jsonb) as r(${CACHE_RECORD})
        on conflict (key) do nothing`.execute(this.db);
    });
    return this.flushing;
  }
}
