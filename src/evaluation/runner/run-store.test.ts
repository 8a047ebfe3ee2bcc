import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../foundation/db/database.ts';
import { openTestStore, testBackends } from '../../foundation/db/test-stores.ts';
import { jsonbText } from '../util/jsonb.ts';
import { ResponseCache } from './response-cache.ts';
import { type ItemResult, ItemWriter, RunStore } from './run-store.ts';

function row(id: string, fields: Partial<ItemResult> = {}): ItemResult {
  return {
    task_key: 'suite/mcq',
    item_id: id,
    variant: '',
    lang: 'en',
    status: 'ok',
    score: 1,
    values: { accuracy: 1 },
    details: { parsed: 'A' },
    response: 'Answer: A',
    error: null,
    subgroup: { language: 'en' },
    tags: { subject: 'cardiology' },
    prompt_hash: 'h',
    calls: 1,
    cached_calls: 0,
    prompt_tokens: 10,
    completion_tokens: 2,
    latency_ms: 12.5,
    cost_usd: null,
    ...fields,
  };
}

describe('jsonbText', () => {
  it('is JSON.stringify for well-formed text', () => {
    const value = { a: '问诊 "quoted" \\u0000 literally', b: ['😀', 1.5, null], c: '\n\t\u0001' };
    expect(jsonbText(value)).toBe(JSON.stringify(value));
  });

  it('replaces NUL and lone surrogates, which jsonb rejects, and nothing else', () => {
    const text = jsonbText({ a: 'x\u0000y', b: 'cut \ud83d', c: '\udc00 low', d: '\\\ud800' });
    expect(JSON.parse(text)).toEqual({ a: 'x\uFFFDy', b: 'cut \uFFFD', c: '\uFFFD low', d: '\\\uFFFD' });
  });
});

describe.each(testBackends)('evaluation storage on %s', (backend) => {
  let store: Store;
  let runs: RunStore;

  beforeAll(async () => {
    store = await openTestStore(backend);
    runs = new RunStore(store.db);
  });

  afterAll(async () => {
    await store?.close();
  });

  async function newRun(id: string): Promise<void> {
    await runs.createRun({
      id,
      status: 'running',
      model_id: 'm',
      model_version: '1',
      suite_id: 's',
      suite_version: '1',
      suite_hash: 'h',
      options: {},
      manifest: {},
    });
  }

  async function stored(runId: string) {
    const items = [];
    for await (const item of runs.items(runId, 7)) items.push(item);
    return items;
  }

  it('writes a partial batch on flush, every field intact', async () => {
    await newRun('w-flush');
    const writer = runs.writer('w-flush');
    await writer.add(row('q1'));
    await writer.add(
      row('q2', {
        status: 'error',
        score: null,
        values: {},
        details: { prompt: '胸痛 2 小时', expected_answer: 'B' },
        response: null,
        error: 'upstream 500',
        cost_usd: 0.25,
      }),
    );
    await writer.flush();
    const full = await runs.item('w-flush', 'suite/mcq', 'q1');
    expect(full).toMatchObject({
      lang: 'en',
      status: 'ok',
      score: 1,
      values: { accuracy: 1 },
      details: { parsed: 'A' },
      response: 'Answer: A',
      subgroup: { language: 'en' },
      tags: { subject: 'cardiology' },
      prompt_hash: 'h',
      calls: 1,
      cached_calls: 0,
      prompt_tokens: 10,
      completion_tokens: 2,
      latency_ms: 12.5,
      cost_usd: null,
    });
    const items = await stored('w-flush');
    expect(items.map((i) => [i.item_id, i.status, i.error, i.prompt, i.cost_usd])).toEqual([
      ['q1', 'ok', null, null, null],
      ['q2', 'error', 'upstream 500', '胸痛 2 小时', 0.25],
    ]);
  });

  it('writes a full batch without being asked, and after a pause by itself', async () => {
    await newRun('w-batch');
    const writer = new ItemWriter(store.db, 'w-batch', 3);
    for (const id of ['a', 'b', 'c']) await writer.add(row(id));
    // The third add waited for its batch to be written.
    expect((await runs.counts('w-batch')).items).toBe(3);
    await writer.add(row('d'));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect((await runs.counts('w-batch')).items).toBe(4);
    await writer.flush();
  });

  it('stores text jsonb would refuse, a non-finite score as null, and replaces a re-run item', async () => {
    await newRun('w-text');
    const writer = runs.writer('w-text');
    await writer.add(row('q1', { status: 'error', score: null, error: 'timeout' }));
    await writer.flush();
    await writer.add(
      row('q1', {
        response: 'NUL\u0000 and half an emoji \ud83d',
        score: Number.NaN,
        details: { note: '\ud83d' },
      }),
    );
    await writer.flush();
    const item = await runs.item('w-text', 'suite/mcq', 'q1');
    expect(item).toMatchObject({
      status: 'ok',
      error: null,
      score: null,
      response: 'NUL\uFFFD and half an emoji \uFFFD',
      details: { note: '\uFFFD' },
    });
    expect((await runs.counts('w-text')).items).toBe(1);
  });

  it('rejects flush and every later add after a failed write', async () => {
    // No such run: the foreign key refuses the batch.
    const writer = runs.writer('no-such-run');
    await writer.add(row('q1'));
    await expect(writer.flush()).rejects.toThrow();
    await expect(writer.add(row('q2'))).rejects.toThrow();
  });

  it('caches responses in batches, served from memory until written, and from the table after', async () => {
    const cache = new ResponseCache(store.db);
    await cache.prime('m', '1');
    const response = {
      text: '答案：B\u0000',
      finishReason: 'stop',
      promptTokens: 5,
      completionTokens: 3,
      latencyMs: 20,
      upstreamModel: 'up',
    };
    cache.put('k1', 'm', '1', response);
    cache.put('k1', 'm', '1', { ...response, text: 'second' });
    expect((await cache.get('k1'))?.text).toBe('答案：B\u0000');
    await cache.flush();
    const later = new ResponseCache(store.db);
    await later.prime('m', '1');
    expect(await later.get('k1', 'm', '1')).toEqual({ ...response, text: '答案：B\uFFFD' });
    expect(await later.get('k2', 'm', '1')).toBeUndefined();
  });
});
