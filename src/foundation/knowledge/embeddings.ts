import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { YihengError } from '../errors.ts';
import type { Passage } from './passages.ts';
import type { KnowledgeIndex, SearchHit, SearchOptions, SearchResult } from './search-index.ts';

/**
 * Optional dense retrieval: passages and queries embedded by a configured OpenAI-compatible
 * /embeddings endpoint, searched by cosine similarity, and fused with BM25 by reciprocal-rank
 * fusion. Off by default; vectors are cached by (model, text hash) so a passage is embedded once.
 */

export interface EmbeddingsConfig {
  baseUrl: string;
  model: string;
  apiKey?: string;
  batchSize?: number;
  timeoutMs?: number;
}

const responseSchema = z.object({
  data: z.array(z.object({ embedding: z.array(z.number()), index: z.number().int().optional() })),
});

export class EmbeddingClient {
  constructor(private readonly config: EmbeddingsConfig) {}

  get model(): string {
    return this.config.model;
  }

  async embed(texts: readonly string[]): Promise<number[][]> {
    const vectors: number[][] = [];
    const batch = this.config.batchSize ?? 64;
    for (let i = 0; i < texts.length; i += batch)
      vectors.push(...(await this.request(texts.slice(i, i + batch))));
    return vectors;
  }

  private async request(input: readonly string[]): Promise<number[][]> {
    const url = `${this.config.baseUrl.replace(/\/+$/, '')}/embeddings`;
    const send = () =>
      fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(this.config.apiKey ? { authorization: `Bearer ${this.config.apiKey}` } : {}),
        },
        body: JSON.stringify({ model: this.config.model, input }),
        signal: AbortSignal.timeout(this.config.timeoutMs ?? 60_000),
      });
    let response: Response;
    try {
      // One retry: a kept-alive socket the server has just closed fails with ECONNRESET.
      response = await send().catch(() => send());
    } catch (cause) {
      throw new YihengError(`cannot reach the embeddings server at ${url}`, {
        hint: 'check knowledge.embeddings.base_url in yiheng.yaml, or remove that section to search without embeddings',
        code: 'kb_embeddings_unreachable',
        cause,
      });
    }
    if (!response.ok) {
      throw new YihengError(
        `the embeddings server answered ${response.status} for model "${this.config.model}"`,
        {
          hint: 'check knowledge.embeddings.model and api_key_env in yiheng.yaml',
          code: 'kb_embeddings_failed',
        },
      );
    }
    const parsed = responseSchema.safeParse(await response.json().catch(() => undefined));
    if (!parsed.success || parsed.data.data.length !== input.length) {
      throw new YihengError(
        'the embeddings server sent an answer that is not an OpenAI embeddings response',
        {
          hint: 'the server must implement POST /embeddings returning {"data":[{"embedding":[…]}]} for each input',
          code: 'kb_embeddings_failed',
        },
      );
    }
    const ordered = [...parsed.data.data].sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
    return ordered.map((d) => d.embedding);
  }
}

/** Where vectors are kept between runs. */
export interface VectorCache {
  get(model: string, hashes: readonly string[]): Promise<Map<string, number[]>>;
  put(model: string, vectors: ReadonlyMap<string, number[]>): Promise<void>;
}

export class MemoryVectorCache implements VectorCache {
  private readonly store = new Map<string, number[]>();
  async get(model: string, hashes: readonly string[]) {
    const found = new Map<string, number[]>();
    for (const hash of hashes) {
      const vector = this.store.get(`${model}\0${hash}`);
      if (vector) found.set(hash, vector);
    }
    return found;
  }
  async put(model: string, vectors: ReadonlyMap<string, number[]>) {
    for (const [hash, vector] of vectors) this.store.set(`${model}\0${hash}`, vector);
  }
}

export class DbVectorCache implements VectorCache {
  constructor(private readonly db: Db) {}
  async get(model: string, hashes: readonly string[]) {
    const found = new Map<string, number[]>();
    for (let i = 0; i < hashes.length; i += 500) {
      const rows = await this.db
        .selectFrom('kb_embeddings')
        .select(['text_hash', 'vector'])
        .where('model', '=', model)
        .where('text_hash', 'in', hashes.slice(i, i + 500))
        .execute();
      for (const row of rows) found.set(row.text_hash, row.vector);
    }
    return found;
  }
  async put(model: string, vectors: ReadonlyMap<string, number[]>) {
    const rows = [...vectors].map(([text_hash, vector]) => ({
      model,
      text_hash,
      vector: JSON.stringify(vector),
    }));
    for (let i = 0; i < rows.length; i += 200) {
      await this.db
        .insertInto('kb_embeddings')
        .values(rows.slice(i, i + 200))
        .onConflict((oc) => oc.columns(['model', 'text_hash']).doNothing())
        .execute();
    }
  }
}

function textOf(passage: Passage): string {
  return `${passage.title}\n${passage.text}`;
}

function hashOf(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Unit-length vectors of every passage, in the order of the lexical index, for cosine search. */
export class DenseIndex {
  private constructor(
    private readonly vectors: Float32Array[],
    readonly client: EmbeddingClient,
  ) {}

  static async build(
    passages: readonly Passage[],
    client: EmbeddingClient,
    cache: VectorCache = new MemoryVectorCache(),
  ) {
    const hashes = passages.map((p) => hashOf(textOf(p)));
    const cached = await cache.get(client.model, [...new Set(hashes)]);
    const missing = [...new Set(hashes.filter((h) => !cached.has(h)))];
    if (missing.length > 0) {
      const texts = missing.map((h) => textOf(passages[hashes.indexOf(h)]!));
      const fresh = await client.embed(texts);
      const added = new Map(missing.map((h, i) => [h, fresh[i]!]));
      await cache.put(client.model, added);
      for (const [h, v] of added) cached.set(h, v);
    }
    return new DenseIndex(
      hashes.map((h) => unit(cached.get(h)!)),
      client,
    );
  }

  /** Passage positions by cosine similarity to the query vector, best first. */
  search(query: readonly number[], k: number, accept?: (doc: number) => boolean): number[] {
    const q = unit(query);
    const scored: Array<[number, number]> = [];
    this.vectors.forEach((v, doc) => {
      if (accept && !accept(doc)) return;
      if (v.length !== q.length) return;
      let dot = 0;
      for (let i = 0; i < q.length; i++) dot += q[i]! * v[i]!;
      scored.push([doc, dot]);
    });
    scored.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    return scored.slice(0, k).map(([doc]) => doc);
  }
}

function unit(vector: readonly number[]): Float32Array {
  let norm = 0;
  for (const x of vector) norm += x * x;
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  return Float32Array.from(vector, (x) => x * scale);
}

/** Reciprocal-rank fusion: each list adds 1 / (k + rank) to a document; ties keep the earlier document. */
export function reciprocalRankFusion(
  lists: ReadonlyArray<readonly number[]>,
  k = 60,
): Array<{ doc: number; score: number }> {
  const scores = new Map<number, number>();
  for (const list of lists) {
    list.forEach((doc, rank) => {
      scores.set(doc, (scores.get(doc) ?? 0) + 1 / (k + rank + 1));
    });
  }
  return [...scores]
    .map(([doc, score]) => ({ doc, score }))
    .sort((a, b) => b.score - a.score || a.doc - b.doc);
}

/** BM25 and dense results fused by RRF; same options and result shape as lexical search. */
export async function hybridSearch(
  lexical: KnowledgeIndex,
  dense: DenseIndex,
  query: string,
  options: SearchOptions & { rrfK?: number } = {},
): Promise<SearchResult> {
  const k = options.k ?? 5;
  const pool = Math.max(50, k * 4);
  // Lexical search validates the query (empty, too long) exactly as without embeddings.
  const lexicalResult = lexical.search(query, { ...options, k: Math.min(100, pool) });
  const text = lexicalResult.truncated ? query.slice(0, 2_000) : query;
  const { terms } = lexical.queryTerms(text);
  const lexicalDocs = lexical.searchDocs(terms, Math.min(100, pool), options).map((d) => d.doc);
  const [vector] = await dense.client.embed([text]);
  const denseDocs = dense.search(vector!, pool, lexical.filterFor(options));
  const fused = reciprocalRankFusion([lexicalDocs, denseDocs], options.rrfK ?? 60).slice(0, k);
  const hits: SearchHit[] = fused.map(({ doc, score }) => ({
    passage: lexical.passages[doc]!,
    score: Math.round(score * 1e5) / 1e5,
  }));
  return { hits, truncated: lexicalResult.truncated, expandedWith: lexicalResult.expandedWith };
}
