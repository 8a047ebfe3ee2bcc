import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, testBackends } from '../db/test-stores.ts';
import {
  DbVectorCache,
  DenseIndex,
  EmbeddingClient,
  hybridSearch,
  reciprocalRankFusion,
} from './embeddings.ts';
import type { Passage } from './passages.ts';
import { KnowledgeIndex } from './search-index.ts';

/**
 * A tiny local embeddings endpoint: each text becomes a vector of "concept" counts, so texts that
 * share no words can still be close (cardiac arrest ~ 心脏骤停). Enough to show fusion working.
 */
const CONCEPTS = [
  ['cardiac arrest', '心脏骤停', 'heart stopped', 'no pulse'],
  ['fracture', '骨折', 'broken bone'],
  ['rash', '皮疹', 'hives'],
];
function embed(text: string): number[] {
  const lower = text.toLowerCase();
  return [...CONCEPTS.map((words) => words.filter((w) => lower.includes(w)).length), 0.01];
}

let server: Server;
let url: string;
let calls = 0;
beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      calls++;
      if (req.url !== '/v1/embeddings') {
        res.writeHead(404).end();
        return;
      }
      const { input } = JSON.parse(body) as { input: string[] };
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ data: input.map((t, index) => ({ index, embedding: embed(t) })) }));
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const passages: Passage[] = [
  {
    collection: 'c',
    id: 'cpr',
    title: '心肺复苏',
    text: '发现心脏骤停，立即开始胸外按压。',
    source: 's',
    lang: 'zh',
  },
  {
    collection: 'c',
    id: 'bone',
    title: 'Fracture care',
    text: 'Immobilise a broken bone before moving the person.',
    source: 's',
    lang: 'en',
  },
  {
    collection: 'c',
    id: 'skin',
    title: 'Skin',
    text: 'A rash with fever needs a doctor.',
    source: 's',
    lang: 'en',
  },
  {
    collection: 'c',
    id: 'pulse',
    title: 'Checking a pulse',
    text: 'Feel the pulse at the wrist for a count of thirty.',
    source: 's',
    lang: 'en',
  },
];

describe('dense retrieval with reciprocal-rank fusion', () => {
  it('fuses ranks: documents high in both lists win, ties keep order', () => {
    expect(
      reciprocalRankFusion(
        [
          [1, 2, 3],
          [3, 1],
        ],
        60,
      ).map((d) => d.doc),
    ).toEqual([1, 3, 2]);
  });

  it('finds a passage that shares no words with the query when embeddings say it is close', async () => {
    const lexical = KnowledgeIndex.build(passages);
    expect(lexical.search('cardiac arrest what to do').hits.map((h) => h.passage.id)).not.toContain('cpr');
    const client = new EmbeddingClient({ baseUrl: url, model: 'fake-embed', batchSize: 2 });
    const dense = await DenseIndex.build(passages, client);
    const fused = await hybridSearch(lexical, dense, 'cardiac arrest what to do', { k: 3 });
    expect(fused.hits[0]!.passage.id).toBe('cpr');
    const filtered = await hybridSearch(lexical, dense, 'cardiac arrest', { k: 3, lang: 'en' });
    expect(filtered.hits.map((h) => h.passage.id)).not.toContain('cpr');
    await expect(hybridSearch(lexical, dense, '  ')).rejects.toThrow(/query is empty/);
  });

  it.each(testBackends)('caches vectors in the database (%s) so passages are embedded once', async (kind) => {
    const store = await openTestStore(kind);
    try {
      const client = new EmbeddingClient({ baseUrl: url, model: 'fake-embed' });
      const before = calls;
      await DenseIndex.build(passages, client, new DbVectorCache(store.db));
      expect(calls - before).toBe(1);
      await DenseIndex.build(passages, client, new DbVectorCache(store.db));
      expect(calls - before).toBe(1);
    } finally {
      await store.close();
    }
  });

  it('says clearly when the endpoint is wrong or down', async () => {
    await expect(new EmbeddingClient({ baseUrl: `${url}/nope`, model: 'm' }).embed(['x'])).rejects.toThrow(
      /answered 404/,
    );
    await expect(
      new EmbeddingClient({ baseUrl: 'http://127.0.0.1:9/v1', model: 'm' }).embed(['x']),
    ).rejects.toThrow(/cannot reach/);
  });
});
