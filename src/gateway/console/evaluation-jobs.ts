import type { EvaluationResults } from '../../evaluation/api.ts';
import { type RunEvaluationOptions, runEvaluation } from '../../evaluation/api.ts';
import type { ModelConfig } from '../../foundation/config.ts';
import type { Db } from '../../foundation/db/database.ts';
import { errorMessage } from '../../foundation/errors.ts';
import { ApiError } from '../http/api-error.ts';

export type JobState = 'running' | 'completed' | 'failed';

/** What the console shows of a run it started: no item text, only counts and the outcome. */
export interface JobSnapshot {
  runId: string;
  suite: string;
  model: string;
  state: JobState;
  done: number;
  total: number;
  errors: number;
  /** The overall score once completed. */
  overall: number | null;
  error: string | null;
  startedBy: string;
  startedAt: string;
}

type Listener = (job: JobSnapshot) => void;

interface Job {
  snapshot: JobSnapshot;
  controller: AbortController;
  listeners: Set<Listener>;
}

export interface EvaluationJobsOptions {
  db: Db;
  /** Models from yiheng.yaml, as the gateway knows them. */
  models: ModelConfig[];
  /** Runs at once in this process; more are refused with 429 (each run already runs items concurrently). */
  maxRunning?: number;
  /** Finished jobs kept in memory for late subscribers; older ones are read from the database. */
  keepFinished?: number;
  /** Replaced in tests to hold a run at a known point. */
  run?: (options: RunEvaluationOptions) => Promise<EvaluationResults>;
}

/**
 * Evaluation runs started from the console, in this process. The run itself is the evaluation
 * engine's `runEvaluation`, which records every item in the database as it goes; this only keeps
 * the live progress so the browser can follow it over server-sent events.
 */
export class EvaluationJobs {
  private readonly jobs = new Map<string, Job>();
  private readonly maxRunning: number;
  private readonly keepFinished: number;
  private readonly run: (options: RunEvaluationOptions) => Promise<EvaluationResults>;

  constructor(options: EvaluationJobsOptions) {
    this.maxRunning = options.maxRunning ?? 2;
    this.keepFinished = options.keepFinished ?? 50;
    this.run = options.run ?? ((o) => runEvaluation({ db: options.db, models: options.models }, o));
  }

  get running(): number {
    return [...this.jobs.values()].filter((j) => j.snapshot.state === 'running').length;
  }

  /**
   * Starts a run and resolves once the engine has recorded it (so the caller gets its id), or
   * rejects with the engine's own error when the input is wrong (unknown model, broken suite).
   */
  start(input: { suite: string; model: string; limit?: number }, startedBy: string): Promise<JobSnapshot> {
    if (this.running >= this.maxRunning) {
      return Promise.reject(
        new ApiError(
          429,
          'rate_limit_error',
          'too_many_runs',
          `${this.running} evaluation runs are already running here`,
          {
            hint: 'wait for one to finish, or run large evaluations with `yiheng eval` on the command line',
          },
        ),
      );
    }
    const controller = new AbortController();
    return new Promise<JobSnapshot>((resolve, reject) => {
      let job: Job | undefined;
      this.run({
        suite: input.suite,
        model: input.model,
        ...(input.limit ? { limit: input.limit } : {}),
        signal: controller.signal,
        onProgress: (p) => {
          if (!job) {
            job = {
              controller,
              listeners: new Set(),
              snapshot: {
                runId: p.runId,
                suite: input.suite,
                model: input.model,
                state: 'running',
                done: p.done,
                total: p.total,
                errors: p.errors,
                overall: null,
                error: null,
                startedBy,
                startedAt: new Date().toISOString(),
              },
            };
            this.jobs.set(p.runId, job);
            this.prune();
            resolve({ ...job.snapshot });
            return;
          }
          this.update(job, { done: p.done, total: p.total, errors: p.errors });
        },
      }).then(
        (results) => {
          if (job)
            this.update(job, {
              state: 'completed',
              overall: results.overall?.value ?? null,
              done: job.snapshot.total,
            });
        },
        (error) => {
          if (job) this.update(job, { state: 'failed', error: errorMessage(error) });
          else reject(error);
        },
      );
    });
  }

  get(runId: string): JobSnapshot | undefined {
    const job = this.jobs.get(runId);
    return job ? { ...job.snapshot } : undefined;
  }

  /** Calls `listener` on every change of the run; returns the unsubscribe function. */
  subscribe(runId: string, listener: Listener): () => void {
    const job = this.jobs.get(runId);
    if (!job) return () => {};
    job.listeners.add(listener);
    return () => job.listeners.delete(listener);
  }

  /** Stops every running job (on shutdown); the engine marks them interrupted, resumable from the CLI. */
  abortAll(): void {
    for (const job of this.jobs.values()) if (job.snapshot.state === 'running') job.controller.abort();
  }

  private update(job: Job, change: Partial<JobSnapshot>): void {
    job.snapshot = { ...job.snapshot, ...change };
    for (const listener of job.listeners) listener({ ...job.snapshot });
  }

  private prune(): void {
    const finished = [...this.jobs.entries()].filter(([, j]) => j.snapshot.state !== 'running');
    for (const [id] of finished.slice(0, Math.max(0, finished.length - this.keepFinished)))
      this.jobs.delete(id);
  }
}
