import type { Db } from '../../foundation/db/database.ts';
import { Batcher } from '../util/batcher.ts';

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
  private pending: Array<{ key: string; modelId: string; modelVersion: string; response: CachedResponse }> =
    [];
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
    const pending = this.pending.find((p) => p.key === key);
    if (pending) return Promise.resolve(pending.response);
    return this.lookups.get(key);
  }

  put(key: string, modelId: string, modelVersion: string, response: CachedResponse): void {
    // Kept in memory only for the few calls a fresh model may repeat within a run (a retried
    // judge verdict has its own key, so this holds prompt duplicates, bounded by the run).
    if (this.empty.has(`${modelId}\u0000${modelVersion}`) && this.fresh.size < 10_000)
      this.fresh.set(key, response);
    this.pending.push({ key, modelId, modelVersion, response });
    if (this.pending.length >= 500) void this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), 250);
  }

  /** Writes buffered entries; safe to call at any time, resolves when everything so far is stored. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return this.flushing;
    const unique = [...new Map(batch.map((b) => [b.key, b])).values()];
    this.flushing = this.flushing.then(() =>
      this.db
        .insertInto('eval_response_cache')
        .values(
          unique.map((b) => ({
            key: b.key,
            model_id: b.modelId,
            model_version: b.modelVersion,
            text: b.response.text,
            finish_reason: b.response.finishReason,
            prompt_tokens: b.response.promptTokens,
            completion_tokens: b.response.completionTokens,
            latency_ms: b.response.latencyMs,
            upstream_model: b.response.upstreamModel,
          })),
        )
        .onConflict((oc) => oc.column('key').doNothing())
        .execute()
        .then(() => undefined),
    );
    return this.flushing;
  }
}
