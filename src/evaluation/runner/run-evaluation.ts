import { randomBytes } from 'node:crypto';
import type { ModelConfig } from '../../foundation/config.ts';
import type { Db } from '../../foundation/db/database.ts';
import { errorMessage, YihengError } from '../../foundation/errors.ts';
import type { ChatMessage } from '../../models/provider.ts';
import { type ModelRecord, ModelRegistry } from '../../models/registry.ts';
import { type DatasetFormat, loadDataset } from '../loaders/load-dataset.ts';
import { type LoadedSuite, type LoadedTask, loadSuite } from '../suite/load-suite.ts';
import { formatIssue, type ItemIssue } from '../suite/read-items.ts';
import type { AnyItem } from '../suite/schema.ts';
import { PROMPT_TEMPLATES_HASH } from '../tasks/prompts.ts';
import { taskKind } from '../tasks/registry.ts';
import type { ChatCaller, ChatOptions, ModelCall, TaskContext, TaskKind } from '../tasks/task-kind.ts';
import { sha256, stableStringify } from '../util/hash.ts';
import { fairnessVariants } from '../wrappers/fairness.ts';
import { robustnessVariants } from '../wrappers/robustness.ts';
import type { Variant } from '../wrappers/variant.ts';
import { aggregateRun } from './aggregate.ts';
import { EvalModel } from './eval-model.ts';
import { evalProvider } from './eval-provider.ts';
import { codeVersion, suiteHash } from './manifest.ts';
import { isSelected, planRun } from './plan.ts';
import { RateLimiter } from './rate-limiter.ts';
import { ResponseCache } from './response-cache.ts';
import type { EvaluationResults } from './results.ts';
import { type ItemResult, RunStore } from './run-store.ts';
import { writeOutputs } from './write-outputs.ts';

export interface EvaluationStorage {
  db: Db;
  /** Models defined in yiheng.yaml, besides those registered in the database. */
  models?: ModelConfig[];
}

export interface RunProgress {
  runId: string;
  /** Items finished (or skipped on resume). */
  done: number;
  total: number;
  errors: number;
  /** Model calls answered from the cache. */
  cachedCalls: number;
  calls: number;
}

export interface RunEvaluationOptions {
  /** Built-in suite name or path to a suite folder / suite.yaml. */
  suite?: string;
  /** A public-format dataset file instead of a suite. */
  dataset?: { file: string; format: DatasetFormat };
  model: string;
  /** Judge model for rubric criteria; otherwise the keyword judge. */
  judge?: string;
  /** Model that plays the patient in consultations; otherwise the scripted patient. */
  patientModel?: string;
  limit?: number;
  /** Concurrent model calls (default 16). */
  concurrency?: number;
  /** Requests per second to each model (default: unlimited). */
  rateLimit?: number;
  /** Extra attempts for a failed call (default 2). */
  retries?: number;
  retryBackoffMs?: number;
  /** Per-call time limit in ms (default: the model's own timeout). */
  timeoutMs?: number;
  seed?: number;
  temperature?: number;
  maxTokens?: number;
  /** Fail on a malformed dataset line instead of skipping it. */
  strict?: boolean;
  /** Use the response cache (default true). */
  cache?: boolean;
  /** Write results.json and report.html here. */
  outDir?: string;
  /** Continue an interrupted run; its stored options are used. */
  resume?: string;
  /** Folder of built-in suites (tests). */
  suitesDir?: string;
  signal?: AbortSignal;
  onProgress?: (progress: RunProgress) => void;
  /** Told about each malformed line that was skipped. */
  onIssue?: (issue: ItemIssue) => void;
  env?: NodeJS.ProcessEnv;
}

/** The options a run is reproduced or resumed from (stored with the run). */
interface StoredOptions {
  suite?: string;
  dataset?: { file: string; format: DatasetFormat };
  model: string;
  judge?: string;
  patientModel?: string;
  limit?: number;
  concurrency: number;
  rateLimit?: number;
  retries: number;
  retryBackoffMs: number;
  timeoutMs?: number;
  seed: number;
  temperature: number;
  maxTokens?: number;
  strict: boolean;
  cache: boolean;
  outDir?: string;
}

export const DEFAULT_CONCURRENCY = 16;

/**
 * Runs a suite (or a public dataset) against a registered model: items stream from disk,
 * each is solved and scored with at most `concurrency` calls in flight, and each result is
 * written to the database as it finishes. At the end the metrics are computed from the stored
 * rows, and results.json and report.html are written. A model error on one item is that item's
 * error; an interrupted run can be resumed.
 */
export async function runEvaluation(
  storage: EvaluationStorage,
  input: RunEvaluationOptions,
): Promise<EvaluationResults> {
  // Model connections (keep-alive sockets) live as long as the run.
  const transports: Array<{ close(): void }> = [];
  try {
    return await run(storage, input, transports);
  } finally {
    for (const transport of transports) transport.close();
  }
}

async function run(
  storage: EvaluationStorage,
  input: RunEvaluationOptions,
  transports: Array<{ close(): void }>,
): Promise<EvaluationResults> {
  const store = new RunStore(storage.db);
  const registry = new ModelRegistry(storage.db, storage.models ?? []);

  let runId: string;
  let options: StoredOptions;
  let resumed = false;
  if (input.resume) {
    const run = await store.getRun(input.resume);
    if (!run) {
      throw new YihengError(`no evaluation run "${input.resume}"`, {
        hint: 'see `yiheng eval list` for run ids',
        code: 'run_not_found',
      });
    }
    if (run.status === 'completed') {
      throw new YihengError(`run ${run.id} already completed`, {
        hint: `its results are in the database (\`yiheng eval show ${run.id}\`); start a new run to evaluate again`,
        code: 'run_completed',
      });
    }
    runId = run.id;
    options = {
      ...(run.options as unknown as StoredOptions),
      ...(input.outDir ? { outDir: input.outDir } : {}),
    };
    resumed = true;
  } else {
    if (!input.suite === !input.dataset) {
      throw new YihengError('give either a suite or a dataset', {
        hint: 'use --suite <name|path>, or --dataset <file> --format <format>',
        code: 'invalid_options',
      });
    }
    runId = newRunId();
    options = {
      ...(input.suite ? { suite: input.suite } : {}),
      ...(input.dataset ? { dataset: input.dataset } : {}),
      model: input.model,
      ...(input.judge ? { judge: input.judge } : {}),
      ...(input.patientModel ? { patientModel: input.patientModel } : {}),
      ...(input.limit ? { limit: input.limit } : {}),
      concurrency: input.concurrency ?? DEFAULT_CONCURRENCY,
      ...(input.rateLimit ? { rateLimit: input.rateLimit } : {}),
      retries: input.retries ?? 2,
      retryBackoffMs: input.retryBackoffMs ?? 1000,
      ...(input.timeoutMs ? { timeoutMs: input.timeoutMs } : {}),
      seed: input.seed ?? 0,
      temperature: input.temperature ?? 0,
      ...(input.maxTokens ? { maxTokens: input.maxTokens } : {}),
      strict: input.strict ?? false,
      cache: input.cache ?? true,
      ...(input.outDir ? { outDir: input.outDir } : {}),
    };
  }

  // Everything that can fail on bad input fails before the run is recorded.
  const modelRecord = await registry.get(options.model);
  const judgeRecord = options.judge ? await registry.get(options.judge) : undefined;
  const patientRecord = options.patientModel ? await registry.get(options.patientModel) : undefined;
  const suite: LoadedSuite = options.dataset
    ? loadDataset(options.dataset.file, options.dataset.format)
    : loadSuite(options.suite!, input.suitesDir ? { suitesDir: input.suitesDir } : {});
  const hash = await suiteHash(suite);

  const cache = options.cache ? new ResponseCache(storage.db) : undefined;
  const makeModel = (record: ModelRecord) => {
    const transport = evalProvider(
      record.concurrency ? record : { ...record, concurrency: options.concurrency },
      input.env ?? process.env,
    );
    transports.push(transport);
    return new EvalModel(record, transport.provider, {
      concurrency: Math.min(options.concurrency, record.concurrency ?? options.concurrency),
      params: {
        temperature: options.temperature,
        seed: options.seed,
        ...(options.maxTokens ? { max_tokens: options.maxTokens } : {}),
      },
      ...(cache ? { cache } : {}),
      ...(options.rateLimit ? { rateLimiter: new RateLimiter(options.rateLimit) } : {}),
      retries: options.retries,
      retryBackoffMs: options.retryBackoffMs,
      ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
      ...(transport.timeoutMs ? { defaultTimeoutMs: transport.timeoutMs } : {}),
    });
  };
  if (cache) {
    for (const record of [modelRecord, judgeRecord, patientRecord])
      if (record) await cache.prime(record.id, record.version);
  }
  const model = makeModel(modelRecord);
  const judge = judgeRecord ? makeModel(judgeRecord) : undefined;
  const patient = patientRecord ? makeModel(patientRecord) : undefined;

  const manifest = {
    schema_version: 1,
    run_id: runId,
    created_at: new Date().toISOString(),
    model: describeModel(modelRecord, model),
    ...(judgeRecord ? { judge: describeModel(judgeRecord, judge!) } : {}),
    ...(patientRecord ? { patient_model: describeModel(patientRecord, patient!) } : {}),
    suite: {
      id: suite.id,
      version: suite.version,
      title: suite.title,
      hash,
      source: options.dataset
        ? { dataset: options.dataset.file, format: options.dataset.format }
        : { file: suite.file },
    },
    prompt_templates_hash: PROMPT_TEMPLATES_HASH,
    code: codeVersion(),
    options: {
      limit: options.limit ?? null,
      seed: options.seed,
      concurrency: options.concurrency,
      temperature: options.temperature,
      max_tokens: options.maxTokens ?? null,
      rate_limit: options.rateLimit ?? null,
      retries: options.retries,
      timeout_ms: options.timeoutMs ?? null,
      strict: options.strict,
      cache: options.cache,
    },
    runtime: { node: process.version, platform: `${process.platform}-${process.arch}` },
  };

  if (resumed) {
    const run = (await store.getRun(runId))!;
    if (run.suite_hash !== hash) {
      throw new YihengError(`the suite changed since run ${runId} started (its items or files differ)`, {
        hint: 'resume only an unchanged suite; start a new run to evaluate the changed one',
        code: 'run_suite_changed',
      });
    }
    if (run.model_version !== modelRecord.version) {
      throw new YihengError(
        `model ${modelRecord.id} is now version ${modelRecord.version}, the run used ${run.model_version}`,
        {
          hint: 'start a new run for the new version',
          code: 'run_model_changed',
        },
      );
    }
    await store.updateRun(runId, {
      status: 'running',
      error: null,
      finished_at: null,
      manifest: { ...run.manifest, resumed_at: new Date().toISOString() },
    });
  } else {
    await store.createRun({
      id: runId,
      status: 'running',
      model_id: modelRecord.id,
      model_version: modelRecord.version,
      suite_id: suite.id,
      suite_version: suite.version,
      suite_hash: hash,
      options: options as unknown as Record<string, unknown>,
      manifest,
    });
  }

  const issues = new Map<string, ItemIssue>();
  const read = {
    strict: options.strict,
    onIssue: (issue: ItemIssue) => {
      const key = formatIssue(issue);
      if (!issues.has(key)) {
        issues.set(key, issue);
        input.onIssue?.(issue);
      }
    },
  };
  const progress: RunProgress = { runId, done: 0, total: 0, errors: 0, cachedCalls: 0, calls: 0 };
  const writer = store.writer(runId);
  const doneChecker = resumed ? store.doneChecker(runId) : undefined;

  try {
    const plan = await planRun(suite, {
      ...(options.limit ? { limit: options.limit } : {}),
      seed: options.seed,
      read,
    });
    progress.total = plan.total;
    input.onProgress?.({ ...progress });

    for (const { task, only } of plan.tasks) {
      if (input.signal?.aborted) break;
      const kind = taskKind(task.type);
      const ctxBase: Omit<TaskContext, 'model'> = {
        ...(judge ? { judge } : {}),
        ...(patient ? { patient } : {}),
        ...(task.systemPrompt ? { systemPrompt: task.systemPrompt } : {}),
        seed: options.seed,
      };
      const records = task.readItems(read)[Symbol.asyncIterator]();
      const worker = async () => {
        for (;;) {
          if (input.signal?.aborted) return;
          const next = await records.next();
          if (next.done) return;
          const { item } = next.value;
          if (!isSelected(only, task.key, item.id)) continue;
          const errors = await runItem(
            task,
            kind,
            item,
            ctxBase,
            model,
            options.seed,
            writer,
            doneChecker,
            progress,
          );
          progress.done++;
          progress.errors += errors;
          input.onProgress?.({ ...progress });
        }
      };
      await Promise.all(Array.from({ length: options.concurrency }, worker));
    }
    await writer.flush();
    await cache?.flush();
  } catch (error) {
    await writer.flush().catch(() => {});
    await cache?.flush().catch(() => {});
    await store.updateRun(runId, { status: 'failed', error: errorMessage(error), n_skipped: issues.size });
    throw error;
  }

  if (input.signal?.aborted) {
    await store.updateRun(runId, { status: 'interrupted', n_skipped: issues.size });
    throw new YihengError(`run ${runId} was interrupted after ${progress.done} items`, {
      hint: `continue it with \`yiheng eval --resume ${runId}\``,
      code: 'run_interrupted',
    });
  }

  const counts = await store.counts(runId);
  const finishedAt = new Date();
  const run = (await store.getRun(runId))!;
  const results = await aggregateRun(store, {
    run,
    suite,
    manifest: run.manifest,
    seed: options.seed,
    issues: [...issues.values()],
    finishedAt,
  });
  await store.updateRun(runId, {
    status: 'completed',
    n_items: counts.items,
    n_errors: counts.errors,
    n_skipped: issues.size,
    finished_at: finishedAt,
    summary: results,
    ...(options.outDir ? { out_dir: options.outDir } : {}),
  });
  if (options.outDir) await writeOutputs(options.outDir, results);
  return results;
}

function newRunId(): string {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `${stamp}-${randomBytes(3).toString('hex')}`;
}

function describeModel(record: ModelRecord, model: EvalModel) {
  return {
    id: record.id,
    version: record.version,
    provider: record.provider,
    upstream_model: record.upstreamModel,
    base_url: record.baseUrl,
    params: { ...record.params, ...model.params },
    ...(record.price ? { price: record.price } : {}),
  };
}

/** Counts calls and usage of the evaluated model for one item. */
class MeteredCaller implements ChatCaller {
  readonly id: string;
  calls = 0;
  cachedCalls = 0;
  promptTokens = 0;
  completionTokens = 0;
  latencyMs = 0;
  costUsd: number | null = null;
  /** Hash of the first prompt, taken when it is sent. */
  promptHash: string | undefined;

  constructor(private readonly inner: ChatCaller) {
    this.id = inner.id;
  }

  async chat(messages: ChatMessage[], options?: ChatOptions): Promise<ModelCall> {
    const first = this.promptHash === undefined;
    if (first) this.promptHash = '';
    let call: ModelCall;
    try {
      call = await this.inner.chat(messages, options);
    } catch (error) {
      if (first) this.promptHash = sha256(stableStringify(messages));
      throw error;
    }
    if (first) this.promptHash = call.promptHash ?? sha256(stableStringify(messages));
    this.calls++;
    if (call.cached) this.cachedCalls++;
    this.promptTokens += call.promptTokens;
    this.completionTokens += call.completionTokens;
    this.latencyMs += call.latencyMs;
    if (call.costUsd !== null) this.costUsd = (this.costUsd ?? 0) + call.costUsd;
    return call;
  }
}

/** Solves and scores one item and its wrapper variants; returns how many variants errored. */
async function runItem(
  task: LoadedTask,
  kind: TaskKind,
  item: AnyItem,
  ctxBase: Omit<TaskContext, 'model'>,
  model: EvalModel,
  seed: number,
  writer: ReturnType<RunStore['writer']>,
  doneChecker: { get(key: string): Promise<boolean> } | undefined,
  progress: RunProgress,
): Promise<number> {
  const variants: Variant[] = [{ name: '', item }];
  if (task.wrappers.includes('robustness')) variants.push(...robustnessVariants(kind, item, seed));
  if (task.wrappers.includes('fairness')) variants.push(...fairnessVariants(kind, item));
  const subgroup = { ...(item.subgroup ?? {}), language: item.lang };

  let errors = 0;
  await Promise.all(
    variants.map(async (variant) => {
      if (doneChecker && (await doneChecker.get(JSON.stringify([task.key, item.id, variant.name])))) return;
      const meter = new MeteredCaller(model);
      const ctx: TaskContext = { ...ctxBase, model: meter };
      let row: ItemResult;
      const base = {
        task_key: task.key,
        item_id: item.id,
        variant: variant.name,
        lang: item.lang,
        subgroup,
        tags: item.tags ?? {},
      };
      try {
        const output = await kind.solve(variant.item as never, ctx);
        const score = await kind.score(variant.item as never, output, ctx);
        const answerKey =
          score.answerKey === undefined
            ? undefined
            : (variant.remapAnswerKey?.(score.answerKey) ?? score.answerKey);
        row = {
          ...base,
          status: 'ok',
          score: Number.isFinite(score.value) ? score.value : null,
          values: score.values,
          details: {
            ...score.details,
            ...(answerKey !== undefined ? { answer_key: answerKey } : {}),
            ...(variant.groups ? { fairness_groups: variant.groups } : {}),
            ...(output.transcript
              ? { transcript: output.transcript.filter((m) => m.role !== 'system') }
              : {}),
            ...(output.details ? { solver: output.details } : {}),
            // Reports quote the question only for failures; storing it for every right answer
            // would double the bytes written per item for nothing.
            ...(score.value >= 1
              ? {}
              : {
                  prompt: kind.preview(variant.item as never),
                  expected_answer: kind.expected(variant.item as never),
                }),
          },
          response: output.response,
          error: null,
          ...usage(meter),
        };
      } catch (error) {
        errors++;
        row = {
          ...base,
          status: 'error',
          score: null,
          values: {},
          details: {
            prompt: kind.preview(variant.item as never),
            expected_answer: kind.expected(variant.item as never),
          },
          response: null,
          error: errorMessage(error),
          ...usage(meter),
        };
      }
      progress.calls += meter.calls;
      progress.cachedCalls += meter.cachedCalls;
      await writer.add(row);
    }),
  );
  return errors;
}

function usage(meter: MeteredCaller) {
  return {
    prompt_hash: meter.promptHash ?? '',
    calls: meter.calls,
    cached_calls: meter.cachedCalls,
    prompt_tokens: meter.promptTokens,
    completion_tokens: meter.completionTokens,
    latency_ms: meter.latencyMs,
    cost_usd: meter.costUsd,
  };
}
