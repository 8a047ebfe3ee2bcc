import path from 'node:path';
import cliProgress from 'cli-progress';
import { type Command, InvalidArgumentError } from 'commander';
import {
  builtinSuiteIds,
  checkSuite,
  compareRuns,
  DATASET_FORMATS,
  DEFAULT_CONCURRENCY,
  getRun,
  leaderboard,
  listRuns,
  loadSuite,
  type RunProgress,
  runEvaluation,
  writeOutputs,
} from '../../evaluation/api.ts';
import { isDatasetFormat, loadDataset } from '../../evaluation/loaders/load-dataset.ts';
import { formatIssue } from '../../evaluation/suite/read-items.ts';
import { YihengError } from '../../foundation/errors.ts';
import type { CliContext } from '../context.ts';
import { printJson, printTable } from '../output.ts';
import { intArg } from './dev.ts';

interface EvalOptions {
  suite?: string;
  dataset?: string;
  format?: string;
  model?: string;
  out?: string;
  limit?: number;
  concurrency: number;
  seed: number;
  strict?: boolean;
  judge?: string;
  patientModel?: string;
  rateLimit?: number;
  retries: number;
  timeoutMs?: number;
  temperature?: number;
  maxTokens?: number;
  cache: boolean;
  resume?: string;
  json?: boolean;
}

function numberArg(name: string, min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isFinite(n) || n < min || n > max)
      throw new InvalidArgumentError(`${name} must be a number from ${min} to ${max}`);
    return n;
  };
}

const pct = (x: number | null | undefined) =>
  x === null || x === undefined ? '—' : `${(x * 100).toFixed(1)}`;

export function registerEvalCommands(program: Command, ctx: () => CliContext): void {
  const evaluation = program
    .command('eval')
    .description('evaluate a model on a suite or a public dataset (评测)')
    .option('--suite <name|path>', `built-in suite or path to a suite folder / suite.yaml`)
    .option('--dataset <file>', 'a public-format dataset file you downloaded')
    .option('--format <format>', `format of --dataset: ${DATASET_FORMATS.join(' | ')}`)
    .option('--model <id>', 'registered model to evaluate (see `yiheng models list`)')
    .option('--out <dir>', 'folder for results.json and report.html')
    .option('--limit <n>', 'a deterministic, stratified subset of n items', intArg('--limit', 1))
    .option(
      '--concurrency <n>',
      'concurrent model calls',
      intArg('--concurrency', 1, 1024),
      DEFAULT_CONCURRENCY,
    )
    .option('--seed <s>', 'seed for subsets, perturbations, bootstrap and the model', intArg('--seed', 0), 0)
    .option('--strict', 'fail on a malformed dataset line instead of skipping it')
    .option('--judge <id>', 'registered model that grades rubric criteria (default: offline keyword judge)')
    .option(
      '--patient-model <id>',
      'registered model that plays the patient in consultations (default: scripted)',
    )
    .option(
      '--rate-limit <rps>',
      'at most this many requests per second to each model',
      numberArg('--rate-limit', 0.01, 100_000),
    )
    .option(
      '--retries <n>',
      'extra attempts for a failed call (timeouts, 5xx, 429)',
      intArg('--retries', 0, 10),
      2,
    )
    .option('--timeout-ms <ms>', 'time limit per model call', intArg('--timeout-ms', 1, 3_600_000))
    .option('--temperature <t>', 'sampling temperature (default 0)', numberArg('--temperature', 0, 2))
    .option('--max-tokens <n>', 'maximum tokens per answer', intArg('--max-tokens', 1))
    .option('--no-cache', 'ask the model again even when the response cache has the answer')
    .option('--resume <run-id>', 'continue an interrupted run')
    .option('--json', 'print results.json to stdout at the end')
    .addHelpText(
      'after',
      `
Examples:
  $ yiheng eval --suite example --model yiheng-reference --out out/example
  $ yiheng eval --suite knowledge-qa-zh --model deepseek --limit 100 --concurrency 32 --out out/kqa
  $ yiheng eval --dataset ~/data/medqa/test.jsonl --format medqa --model qwen --out out/medqa
  $ yiheng eval --resume 20250101-120000-ab12cd
  $ yiheng eval compare <run-a> <run-b>

Built-in suites: ${builtinSuiteIds().join(', ') || '(none)'}`,
    )
    .action(async (o: EvalOptions) => {
      if (!o.resume) {
        if (!o.model)
          throw new YihengError('missing --model', {
            hint: 'name a registered model, e.g. --model yiheng-reference',
          });
        if (!o.out)
          throw new YihengError('missing --out', {
            hint: 'give a folder for results.json and report.html, e.g. --out out/run1',
          });
        if (!o.suite === !o.dataset) {
          throw new YihengError(
            o.suite ? 'give --suite or --dataset, not both' : 'missing --suite or --dataset',
            {
              hint: 'e.g. --suite example, or --dataset test.jsonl --format medqa',
            },
          );
        }
        if (o.dataset && !o.format)
          throw new YihengError('missing --format for --dataset', {
            hint: `one of: ${DATASET_FORMATS.join(', ')}`,
          });
        if (o.format && !isDatasetFormat(o.format)) {
          throw new YihengError(`unknown dataset format "${o.format}"`, {
            hint: `use one of: ${DATASET_FORMATS.join(', ')}`,
            code: 'format_unknown',
          });
        }
      }
      if (o.format === 'healthbench' && !o.judge) {
        process.stderr.write(
          'warning: HealthBench criteria carry no keywords, so without --judge <model> they stay ungraded (see ungraded_rate)\n',
        );
      }
      // Bad suite or dataset paths fail before the database is opened.
      if (o.suite) loadSuite(o.suite);
      if (o.dataset && o.format) loadDataset(o.dataset, o.format);
      const c = ctx();
      const { db } = await c.store();
      const controller = new AbortController();
      let interrupts = 0;
      const onSigint = () => {
        interrupts++;
        if (interrupts > 1) process.exit(130);
        process.stderr.write('\nstopping after the items in flight… (Ctrl-C again to quit now)\n');
        controller.abort();
      };
      process.on('SIGINT', onSigint);
      const progress = progressReporter();
      try {
        const results = await runEvaluation(
          { db, models: c.config.models },
          {
            ...(o.suite ? { suite: o.suite } : {}),
            ...(o.dataset && o.format && isDatasetFormat(o.format)
              ? { dataset: { file: o.dataset, format: o.format } }
              : {}),
            model: o.model ?? '',
            ...(o.judge ? { judge: o.judge } : {}),
            ...(o.patientModel ? { patientModel: o.patientModel } : {}),
            ...(o.limit ? { limit: o.limit } : {}),
            concurrency: o.concurrency,
            ...(o.rateLimit ? { rateLimit: o.rateLimit } : {}),
            retries: o.retries,
            ...(o.timeoutMs ? { timeoutMs: o.timeoutMs } : {}),
            seed: o.seed,
            ...(o.temperature !== undefined ? { temperature: o.temperature } : {}),
            ...(o.maxTokens ? { maxTokens: o.maxTokens } : {}),
            strict: o.strict ?? false,
            cache: o.cache,
            ...(o.out ? { outDir: path.resolve(o.out) } : {}),
            ...(o.resume ? { resume: o.resume } : {}),
            signal: controller.signal,
            onProgress: progress.update,
            onIssue: (issue) => progress.log(`skipped malformed line ${formatIssue(issue)}`),
          },
        );
        progress.stop();
        if (o.json) return printJson(results);
        const out = (await getRun(db, results.run_id))?.out_dir;
        console.log(`run ${results.run_id}: ${results.model.id} on ${results.suite.id}`);
        console.log(
          `items ${results.n_items}, errors ${results.n_errors}, malformed lines skipped ${results.n_skipped}, calls ${results.resources.calls} (cached ${results.resources.cached_calls})`,
        );
        if (results.overall)
          console.log(
            `overall 总体 ${pct(results.overall.value)} [${pct(results.overall.ci_low)}, ${pct(results.overall.ci_high)}]`,
          );
        printTable(
          Object.entries(results.tasks).map(([key, t]) => {
            const m = t.metrics[t.primary_metric];
            return {
              task: key,
              ability: t.reported_ability,
              metric: t.primary_metric,
              value: pct(m?.value),
              '95% CI': m ? `[${pct(m.ci_low)}, ${pct(m.ci_high)}]` : '',
              n: String(t.n_items),
            };
          }),
        );
        if (results.metrics.unparseable_rate)
          console.log(`unparseable answers 无法解析: ${pct(results.metrics.unparseable_rate.value)}%`);
        if (out) console.log(`wrote ${path.join(out, 'results.json')} and ${path.join(out, 'report.html')}`);
      } finally {
        progress.stop();
        process.off('SIGINT', onSigint);
      }
    });

  evaluation
    .command('compare <runA> <runB>')
    .description('compare two completed runs item by item, with paired tests')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExample:\n  $ yiheng eval compare 20250101-120000-ab12cd 20250102-090000-cd34ef')
    .action(async (a: string, b: string, o: { json?: boolean }) => {
      const { db } = await ctx().store();
      const comparison = await compareRuns(db, a, b);
      if (o.json) return printJson(comparison);
      console.log(
        `A ${comparison.a.run_id} (${comparison.a.model} ${comparison.a.version}) vs B ${comparison.b.run_id} (${comparison.b.model} ${comparison.b.version})`,
      );
      if (!comparison.same_suite)
        console.log('note: the runs used different suite contents; only items present in both are paired');
      const o2 = comparison.overall;
      console.log(
        `overall: Δ ${pct(o2.paired.delta)} [${pct(o2.paired.ci_low)}, ${pct(o2.paired.ci_high)}], paired bootstrap p=${o2.paired.p_value.toFixed(4)}${o2.mcnemar ? `, McNemar p=${o2.mcnemar.p_value.toFixed(4)} (A only ${o2.mcnemar.a_only}, B only ${o2.mcnemar.b_only})` : ''}, n=${o2.n_paired}`,
      );
      printTable(
        Object.entries(comparison.metrics).map(([name, d]) => ({
          metric: name,
          A: pct(d.a),
          B: pct(d.b),
          'Δ (B−A)': pct(d.delta),
          better: d.delta === null || d.delta === 0 ? '' : d.delta > 0 === d.higher_is_better ? 'B' : 'A',
        })),
      );
      printTable(
        Object.entries(comparison.tasks).map(([task, t]) => ({
          task,
          metric: t.primary_metric,
          Δ: pct(t.paired.delta),
          '95% CI': `[${pct(t.paired.ci_low)}, ${pct(t.paired.ci_high)}]`,
          p: (t.mcnemar ?? t.paired).p_value.toFixed(4),
          test: t.mcnemar ? 'McNemar' : 'paired bootstrap',
          n: String(t.n_paired),
        })),
      );
    });

  evaluation
    .command('list')
    .description('list evaluation runs, newest first')
    .option('--suite <id>', 'only runs of this suite')
    .option('--model <id>', 'only runs of this model')
    .option('--json', 'print JSON')
    .action(async (o: { suite?: string; model?: string; json?: boolean }) => {
      const { db } = await ctx().store();
      const runs = await listRuns(db, {
        ...(o.suite ? { suite: o.suite } : {}),
        ...(o.model ? { model: o.model } : {}),
      });
      if (o.json) return printJson(runs);
      printTable(
        runs.map((r) => ({
          run: r.id,
          status: r.status,
          model: `${r.model.id}@${r.model.version}`,
          suite: r.suite.id,
          overall: pct(r.overall),
          items: String(r.n_items),
          errors: String(r.n_errors),
        })),
      );
    });

  evaluation
    .command('show <runId>')
    .description('show one run (and write its results.json and report.html again with --write)')
    .option('--write <dir>', 'write results.json and report.html for this run into this folder')
    .option('--json', 'print JSON')
    .action(async (runId: string, o: { write?: string; json?: boolean }) => {
      const { db } = await ctx().store();
      const run = await getRun(db, runId);
      if (!run)
        throw new YihengError(`no evaluation run "${runId}"`, {
          hint: 'see `yiheng eval list`',
          code: 'run_not_found',
        });
      if (o.write && run.results) await writeOutputs(path.resolve(o.write), run.results);
      if (o.json) return printJson(run);
      console.log(
        `${run.id}  ${run.status}  ${run.model.id}@${run.model.version}  ${run.suite.id}  overall ${pct(run.overall)}  items ${run.n_items}  errors ${run.n_errors}`,
      );
      if (run.error) console.log(`error: ${run.error}`);
      if (run.status === 'interrupted') console.log(`resume with: yiheng eval --resume ${run.id}`);
    });

  evaluation
    .command('check <suite>')
    .description('validate a suite: every line, ids, sources, card (for suite authors)')
    .action(async (suite: string) => {
      const check = await checkSuite(suite);
      for (const issue of check.issues) console.log(formatIssue(issue));
      console.log(`${check.suite.id}: ${check.total} valid items, ${check.issues.length} issues`);
      if (check.issues.length) process.exitCode = 1;
    });

  program
    .command('leaderboard')
    .description('rank models by their latest completed run on each suite (排行榜)')
    .option('--suite <id>', 'only this suite')
    .option('--all', 'every run, not only the latest per model version')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExample:\n  $ yiheng leaderboard --suite starter')
    .action(async (o: { suite?: string; all?: boolean; json?: boolean }) => {
      const { db } = await ctx().store();
      const rows = await leaderboard(db, {
        ...(o.suite ? { suite: o.suite } : {}),
        ...(o.all ? { all: true } : {}),
      });
      if (o.json) return printJson(rows);
      if (!rows.length) return console.log('no completed runs yet — run `yiheng eval` first');
      printTable(
        rows.map((r) => ({
          suite: r.suite,
          '#': String(r.rank),
          model: `${r.model}@${r.version}`,
          overall: pct(r.overall),
          '95% CI': `[${pct(r.ci_low)}, ${pct(r.ci_high)}]`,
          accuracy: pct(r.accuracy),
          items: String(r.n_items),
          errors: String(r.n_errors),
          run: r.run_id,
        })),
      );
    });
}

/** A progress bar on a terminal; plain progress lines (every ~5 s) otherwise. */
function progressReporter() {
  const tty = process.stderr.isTTY;
  let bar: cliProgress.SingleBar | undefined;
  let lastLine = 0;
  let stopped = false;
  return {
    update(p: RunProgress) {
      if (stopped) return;
      if (tty) {
        if (!bar) {
          bar = new cliProgress.SingleBar(
            {
              format:
                'eval {bar} {value}/{total} items | errors {errors} | cached calls {cached} | eta {eta_formatted}',
              stream: process.stderr,
              hideCursor: true,
            },
            cliProgress.Presets.shades_classic,
          );
          bar.start(Math.max(p.total, p.done), p.done, { errors: p.errors, cached: p.cachedCalls });
        }
        bar.setTotal(Math.max(p.total, p.done));
        bar.update(p.done, { errors: p.errors, cached: p.cachedCalls });
      } else {
        const now = Date.now();
        if (now - lastLine >= 5000 || p.done === p.total) {
          lastLine = now;
          process.stderr.write(
            `eval ${p.runId}: ${p.done}/${p.total} items, ${p.errors} errors, ${p.cachedCalls}/${p.calls} calls cached\n`,
          );
        }
      }
    },
    log(line: string) {
      if (bar) bar.stop();
      bar = undefined;
      process.stderr.write(`${line}\n`);
    },
    stop() {
      stopped = true;
      bar?.stop();
      bar = undefined;
    },
  };
}
