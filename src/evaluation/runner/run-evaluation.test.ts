import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ModelConfig } from '../../foundation/config.ts';
import type { Store } from '../../foundation/db/database.ts';
import { openTestStore, testBackends } from '../../foundation/db/test-stores.ts';
import { YihengError } from '../../foundation/errors.ts';
import { type FakeModelServer, startFakeModel } from '../../models/testing/fake-model-server.ts';
import { compareRuns, getRun, leaderboard, listRuns } from '../api.ts';
import { resultsSchema } from './results.ts';
import { runEvaluation } from './run-evaluation.ts';

const out = () => mkdtempSync(path.join(tmpdir(), 'yiheng-eval-'));
// The example suite: 17 items; its MCQ task has robustness (typo, width, script, synonym?,
// distractor, shuffle) and fairness variants, so one run makes more calls than items.
const EXAMPLE_ITEMS = 17;

describe.each(testBackends)('runEvaluation on %s', (backend) => {
  let store: Store;
  let answersB: FakeModelServer;
  let answersC: FakeModelServer;
  let models: ModelConfig[];

  beforeAll(async () => {
    store = await openTestStore(backend);
    answersB = await startFakeModel({ reply: '答案：B', record: true });
    answersC = await startFakeModel({ reply: 'The answer is C.', record: true });
    const fake = (id: string, url: string, model = 'fake'): ModelConfig => ({
      id,
      provider: 'openai-compatible',
      base_url: url,
      model,
      max_retries: 0,
      price: { input_per_mtok: 1, output_per_mtok: 2 },
    });
    models = [
      fake('says-b', answersB.url),
      fake('says-c', answersC.url),
      fake('broken', answersB.url, 'fail-500'),
      fake('stuck', answersB.url, 'hang'),
      { ...fake('stuck-200', answersB.url, 'hang'), timeout_ms: 200 },
      fake('rate-limited', answersB.url, 'fail-429-then-ok'),
    ];
  });

  afterAll(async () => {
    await answersB?.close();
    await answersC?.close();
    await store?.close();
  });

  const storage = () => ({ db: store.db, models });

  it('runs a suite, stores every item, and writes results.json and an offline report', async () => {
    const dir = out();
    const before = answersB.requests.length;
    const results = await runEvaluation(storage(), {
      suite: 'example',
      model: 'says-b',
      outDir: dir,
      seed: 3,
    });
    expect(results.n_items).toBe(EXAMPLE_ITEMS);
    expect(results.n_errors).toBe(0);
    // mcq answers: B, C, ABD, B → "答案：B" is right for two of four.
    expect(results.tasks['example/mcq']!.metrics.accuracy!.value).toBe(0.5);
    expect(results.tasks['example/mcq']!.metrics.unparseable_rate!.value).toBe(0);
    // "B" is no yes/no answer and no classification label: unparseable, counted wrong.
    expect(results.tasks['example/yesno']!.metrics.unparseable_rate!.value).toBe(1);
    expect(results.metrics.accuracy).toBeDefined();
    expect(results.metrics.unparseable_rate).toBeDefined();
    expect(Object.keys(results.dimensions)).toEqual(
      expect.arrayContaining([
        'advanced.knowledge_qa',
        'basic.performance',
        'extended.robustness',
        'extended.fairness',
      ]),
    );
    expect(results.robustness['example/mcq']!.perturbations.shuffle).toBeDefined();
    expect(results.fairness['example/mcq']!.slots.sex!.groups).toHaveProperty('女性');
    expect(results.manifest).toMatchObject({
      model: { id: 'says-b' },
      suite: { id: 'example', hash: results.suite.hash },
      prompt_templates_hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      code: { name: 'yiheng' },
      options: { seed: 3, concurrency: 16 },
    });
    // Cost from the configured price; every call reached the model.
    const calls = answersB.requests.length - before;
    expect(results.resources.calls).toBe(calls);
    expect(results.resources.cost_usd).toBeGreaterThan(0);
    expect(results.resources.spent_usd).toBeCloseTo(results.resources.cost_usd!, 12);

    const written = JSON.parse(readFileSync(path.join(dir, 'results.json'), 'utf8'));
    expect(resultsSchema.parse(written).run_id).toBe(results.run_id);
    const html = readFileSync(path.join(dir, 'report.html'), 'utf8');
    expect(html).toContain('<svg');
    expect(html).toContain('能力维度');
    expect(html).toContain('Dimensions');
    expect(html).not.toMatch(/<script|<link|src="http/);
    // The worst failures show the model's own words.
    expect(results.failures.some((f) => f.response === '答案：B')).toBe(true);

    const rows = await store.db
      .selectFrom('eval_items')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('run_id', '=', results.run_id)
      .where('variant', '=', '')
      .executeTakeFirstOrThrow();
    expect(Number(rows.n)).toBe(EXAMPLE_ITEMS);
    expect((await getRun(store.db, results.run_id))?.status).toBe('completed');
  });

  it('answers a re-run from the response cache: no request reaches the model', async () => {
    const before = answersB.requests.length;
    const results = await runEvaluation(storage(), { suite: 'example', model: 'says-b', seed: 3 });
    expect(answersB.requests.length).toBe(before);
    expect(results.resources.cached_calls).toBe(results.resources.calls);
    expect(results.resources.spent_usd).toBe(0);
    expect(results.tasks['example/mcq']!.metrics.accuracy!.value).toBe(0.5);
  });

  it('records a model error on an item as that item’s error, never a crash', async () => {
    const results = await runEvaluation(storage(), {
      suite: 'example',
      model: 'broken',
      retries: 0,
      limit: 4,
    });
    expect(results.n_items).toBe(4);
    expect(results.n_errors).toBe(4);
    expect(results.failures.some((f) => f.status === 'error' && /500/.test(f.note ?? ''))).toBe(true);
  });

  it('times out a hanging model per call', async () => {
    const results = await runEvaluation(storage(), {
      suite: 'example',
      model: 'stuck',
      retries: 0,
      timeoutMs: 150,
      limit: 2,
    });
    expect(results.n_errors).toBe(2);
  });

  it('times out a hanging model after its own timeout_ms when the run sets none', async () => {
    const results = await runEvaluation(storage(), {
      suite: 'example',
      model: 'stuck-200',
      retries: 0,
      limit: 2,
    });
    expect(results.n_errors).toBe(2);
    expect(results.failures.every((f) => /no answer within 200 ms/.test(f.note ?? ''))).toBe(true);
  });

  it("waits as long as a 429's Retry-After asks before retrying, not just its own short backoff", async () => {
    const first = answersB.requests.length;
    const results = await runEvaluation(storage(), {
      suite: 'example',
      model: 'rate-limited',
      retries: 1,
      retryBackoffMs: 10,
      concurrency: 1,
      cache: false,
      limit: 1,
    });
    expect(results.n_errors).toBe(0);
    // The fake model answers its first call with 429 and Retry-After: 1; the retry came a second later.
    expect(answersB.requests[first]?.model).toBe('fail-429-then-ok');
    expect(answersB.arrivals[first + 1]! - answersB.arrivals[first]!).toBeGreaterThanOrEqual(950);
  });

  it('resumes a crashed run, asking again only the items whose rows never reached the database', async () => {
    const controller = new AbortController();
    const interrupted = runEvaluation(storage(), {
      suite: 'example',
      model: 'says-b',
      cache: false,
      concurrency: 2,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done >= 6) controller.abort();
      },
    });
    await expect(interrupted).rejects.toThrow(/interrupted/);
    const [run] = await listRuns(store.db, { model: 'says-b', status: 'interrupted' });
    // A crash instead: the rows of the last batch (here two items, every variant) never written,
    // and the run still marked running.
    const items = await store.db
      .selectFrom('eval_items')
      .select('item_id')
      .where('run_id', '=', run!.id)
      .where('variant', '=', '')
      .orderBy('item_id')
      .execute();
    const lost = items.slice(-2).map((i) => i.item_id);
    expect(lost).toHaveLength(2);
    await store.db
      .deleteFrom('eval_items')
      .where('run_id', '=', run!.id)
      .where('item_id', 'in', lost)
      .execute();
    await store.db.updateTable('eval_runs').set({ status: 'running' }).where('id', '=', run!.id).execute();
    const kept = await store.db
      .selectFrom('eval_items')
      .select((eb) => eb.fn.sum<number>('calls').as('calls'))
      .where('run_id', '=', run!.id)
      .executeTakeFirstOrThrow();

    const before = answersB.requests.length;
    const resumed = await runEvaluation(storage(), { model: 'says-b', resume: run!.id });
    expect(resumed.n_items).toBe(EXAMPLE_ITEMS);
    // Every request of the resume is a call of a row it wrote: nothing already stored was asked.
    expect(answersB.requests.length - before).toBe(resumed.resources.calls - Number(kept.calls));
    const back = await store.db
      .selectFrom('eval_items')
      .select('item_id')
      .where('run_id', '=', run!.id)
      .where('variant', '=', '')
      .where('item_id', 'in', lost)
      .execute();
    expect(back).toHaveLength(2);
  });

  it('resumes an interrupted run, asking only what was not done', async () => {
    const controller = new AbortController();
    const before = answersC.requests.length;
    const interrupted = runEvaluation(storage(), {
      suite: 'example',
      model: 'says-c',
      cache: false,
      concurrency: 2,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done >= 3) controller.abort();
      },
    });
    await expect(interrupted).rejects.toThrow(/interrupted after \d+ items/);
    const [run] = await listRuns(store.db, { model: 'says-c', status: 'interrupted' });
    expect(run).toBeDefined();
    const stored = await store.db
      .selectFrom('eval_items')
      .select(['task_key', 'item_id', 'variant'])
      .where('run_id', '=', run!.id)
      .where('variant', '=', '')
      .execute();
    expect(stored.length).toBeGreaterThanOrEqual(3);
    expect(stored.length).toBeLessThan(EXAMPLE_ITEMS);

    const resumed = await runEvaluation(storage(), { model: 'says-c', resume: run!.id });
    expect(resumed.run_id).toBe(run!.id);
    expect(resumed.n_items).toBe(EXAMPLE_ITEMS);
    // The cache is off for this run, so every call was a request. Had the resume asked the
    // stored items again, the requests would exceed the calls the stored rows account for.
    expect(answersC.requests.length - before).toBe(resumed.resources.calls);
    await expect(runEvaluation(storage(), { model: 'says-c', resume: run!.id })).rejects.toThrow(
      /already completed/,
    );
  });

  it('compares two runs with paired tests and ranks them on the leaderboard', async () => {
    const b = await runEvaluation(storage(), { suite: 'example', model: 'says-b', seed: 3 });
    const c = (await listRuns(store.db, { model: 'says-c', status: 'completed' }))[0]!;
    const comparison = await compareRuns(store.db, b.run_id, c.id);
    expect(comparison.same_suite).toBe(true);
    const mcq = comparison.tasks['example/mcq']!;
    expect(mcq.n_paired).toBe(4);
    // "C" is right for one MCQ item, "B" for two: Δ = −0.25, and McNemar has 2 vs 1 discordant.
    expect(mcq.paired.delta).toBeCloseTo(-0.25, 12);
    expect(mcq.mcnemar).toMatchObject({ a_only: 2, b_only: 1 });
    expect(comparison.metrics.accuracy!.delta).not.toBeNull();

    const board = await leaderboard(store.db, { suite: 'example' });
    const byModel = board.filter((r) => ['says-b', 'says-c'].includes(r.model));
    expect(byModel.map((r) => r.model).sort()).toEqual(['says-b', 'says-c']);
    expect(board.map((r) => r.rank)).toEqual(board.map((_, i) => i + 1));
  });

  it('refuses unknown models and suites before starting a run', async () => {
    const runsBefore = (await listRuns(store.db)).length;
    await expect(runEvaluation(storage(), { suite: 'example', model: 'nobody' })).rejects.toThrow(
      /unknown model "nobody"/,
    );
    await expect(runEvaluation(storage(), { suite: 'nothing-here', model: 'says-b' })).rejects.toBeInstanceOf(
      YihengError,
    );
    expect((await listRuns(store.db)).length).toBe(runsBefore);
    expect(existsSync(out())).toBe(true);
  });
});
