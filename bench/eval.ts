/**
 * Evaluation engine benchmark (npm run bench:eval). Prints figures, not pass/fail:
 *   1. memory: 100,000 items (no latency) with RSS sampled during the run — flat means the
 *      peak at the end is close to the peak early on;
 *   2. throughput: 5,000 MCQ items against the fake model (100 ms latency) at concurrency 64,
 *      as items/s and as a share of the ideal 64 / 0.1 s = 640 items/s (target ≥ 90%);
 *   3. promptfoo on the same 5,000 items against the same fake model, wall-time ratio
 *      (skipped with the reason printed when promptfoo cannot run here).
 * The fake model runs in its own process (`yiheng dev fake-model`), like a real server.
 * Sizes can be lowered for a quick look: BENCH_ITEMS=1000 BENCH_BIG_ITEMS=10000 npm run bench:eval
 * (BENCH_SKIP_PROMPTFOO=1 leaves out part 3, which takes about a minute).
 * Each run opens a database folder created beforehand by another process, as any run after a
 * user's first does (see initHome).
 */
import { type ChildProcess, execFile, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { runEvaluation } from '../src/evaluation/api.ts';
import { openStore } from '../src/foundation/db/database.ts';

const ITEMS = Number(process.env.BENCH_ITEMS ?? 5000);
const BIG_ITEMS = Number(process.env.BENCH_BIG_ITEMS ?? 100_000);
const CONCURRENCY = 64;
const LATENCY_MS = 100;
const root = mkdtempSync(path.join(tmpdir(), 'yiheng-bench-'));
const bin = path.resolve('bin/yiheng.js');

function writeSuite(name: string, n: number): string {
  const dir = path.join(root, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'suite.yaml'),
    `id: ${name}\ntitle: { zh: 基准, en: Benchmark }\nversion: 1.0.0\ntasks:\n  - id: mcq\n    type: mcq\n    items: items.jsonl\n    ability: advanced.knowledge_qa\n`,
  );
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    lines.push(
      JSON.stringify({
        id: `q${i}`,
        lang: i % 2 ? 'zh' : 'en',
        source: 'bench',
        question: `Benchmark question number ${i}: which option is listed first?`,
        options: { A: `first ${i}`, B: `second ${i}`, C: `third ${i}`, D: `fourth ${i}` },
        answer: 'ABCD'[i % 4],
        tags: { subject: `s${i % 7}` },
      }),
    );
  }
  writeFileSync(path.join(dir, 'items.jsonl'), `${lines.join('\n')}\n`);
  return dir;
}

async function startFake(latency: number): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    [bin, 'dev', 'fake-model', '--port', '0', '--latency-ms', String(latency), '--reply', 'Answer: A'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      const match = /listening at (\S+)/.exec(chunk.toString());
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`fake model exited with ${code}`)));
  });
  return { url, child };
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

/**
 * Creates the embedded database in its own short-lived process. Creating a data folder runs
 * PGlite's initdb, which keeps ~500 MB (its WebAssembly memory and file bundle) for the life of
 * the process that ran it; a user's evaluations open an existing folder (~300 MB), so that is
 * what the measured process does.
 */
function initHome(home: string): void {
  const database = pathToFileURL(path.resolve('src/foundation/db/database.ts')).href;
  execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--input-type=module',
      '-e',
      `const { openStore } = await import(${JSON.stringify(database)}); await (await openStore({ home: ${JSON.stringify(home)} })).close();`,
    ],
    { stdio: 'inherit' },
  );
}

async function evaluate(suiteDir: string, url: string, label: string, sampleMemory: boolean) {
  const home = path.join(root, `home-${label}`);
  initHome(home);
  const store = await openStore({ home });
  const samples: Array<{ done: number; rss: number }> = [];
  let peak = process.memoryUsage().rss;
  let done = 0;
  const timer = setInterval(() => {
    const rss = process.memoryUsage().rss;
    peak = Math.max(peak, rss);
    if (sampleMemory) samples.push({ done, rss });
  }, 250);
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  let itemsFinished = 0;
  let cpuAtFinish: NodeJS.CpuUsage | undefined;
  try {
    const results = await runEvaluation(
      {
        db: store.db,
        models: [
          {
            id: 'fake',
            provider: 'openai-compatible',
            base_url: url,
            model: 'fake',
            max_retries: 0,
            concurrency: CONCURRENCY,
          },
        ],
      },
      {
        suite: suiteDir,
        model: 'fake',
        concurrency: CONCURRENCY,
        onProgress: (p) => {
          done = p.done;
          if (p.done === p.total) {
            itemsFinished = performance.now();
            cpuAtFinish = process.cpuUsage(cpuStart);
          }
        },
      },
    );
    const total = (performance.now() - started) / 1000;
    const answering = ((itemsFinished || performance.now()) - started) / 1000;
    const cpu = cpuAtFinish ?? process.cpuUsage(cpuStart);
    // CPU this process spent per item while answering: what the runner itself costs, whatever
    // else the machine is doing (wall-clock rates depend on the machine's load).
    const cpuMsPerItem = (cpu.user + cpu.system) / 1000 / results.n_items;
    return { results, total, answering, samples, peak, cpuMsPerItem };
  } finally {
    clearInterval(timer);
    await store.close();
  }
}

async function promptfooComparison(suiteDir: string, url: string, ourSeconds: number): Promise<void> {
  const candidates = [process.env.PROMPTFOO_BIN, path.resolve('node_modules/.bin/promptfoo')].filter(
    Boolean,
  ) as string[];
  const promptfoo = candidates.find((c) => existsSync(c));
  if (!promptfoo) {
    console.log(
      '  promptfoo: skipped — not installed here (it is a devDependency: run npm install), or set PROMPTFOO_BIN=<path to a working promptfoo>.',
    );
    return;
  }
  const run = promisify(execFile);
  try {
    await run(promptfoo, ['--version'], { timeout: 60_000 });
  } catch (error) {
    console.log(
      `  promptfoo: skipped — ${promptfoo} does not run here (${(error as Error).message.split('\n')[0]})`,
    );
    return;
  }
  const dir = path.join(root, 'promptfoo');
  mkdirSync(dir, { recursive: true });
  const rows = ['question,__expected'];
  const { readFileSync } = await import('node:fs');
  for (const line of readFileSync(path.join(suiteDir, 'items.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const item = JSON.parse(line) as { question: string; options: Record<string, string>; answer: string };
    const prompt = `${item.question}\n${Object.entries(item.options)
      .map(([l, t]) => `${l}. ${t}`)
      .join('\n')}\nAnswer with the letter.`;
    rows.push(`"${prompt.replace(/"/g, '""')}",contains:${item.answer}`);
  }
  writeFileSync(path.join(dir, 'tests.csv'), `${rows.join('\n')}\n`);
  writeFileSync(
    path.join(dir, 'promptfooconfig.yaml'),
    `prompts:\n  - '{{question}}'\nproviders:\n  - id: openai:chat:fake\n    config:\n      apiBaseUrl: ${url}\n      apiKey: not-needed\n      temperature: 0\ntests: file://tests.csv\n`,
  );
  const started = performance.now();
  try {
    await run(
      promptfoo,
      [
        'eval',
        '-c',
        'promptfooconfig.yaml',
        '--max-concurrency',
        String(CONCURRENCY),
        '--no-cache',
        '--no-progress-bar',
        '--no-table',
        '-o',
        'out.json',
      ],
      {
        cwd: dir,
        timeout: 20 * 60_000,
        maxBuffer: 64 * 1024 * 1024,
        env: {
          ...process.env,
          PROMPTFOO_DISABLE_TELEMETRY: '1',
          PROMPTFOO_DISABLE_UPDATE: '1',
          PROMPTFOO_CONFIG_DIR: path.join(dir, '.promptfoo'),
          OPENAI_API_KEY: 'not-needed',
        },
      },
    );
  } catch (error) {
    // promptfoo exits non-zero when assertions fail; the timing still counts if it wrote its output.
    if (!existsSync(path.join(dir, 'out.json'))) {
      console.log(`  promptfoo: failed — ${(error as Error).message.split('\n')[0]}`);
      return;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `  promptfoo ${promptfoo}: ${ITEMS} items in ${seconds.toFixed(1)} s (${(ITEMS / seconds).toFixed(0)} items/s) at --max-concurrency ${CONCURRENCY}`,
  );
  console.log(
    `  wall-time ratio promptfoo / yiheng (whole runs, yiheng incl. metrics and report): ${(seconds / ourSeconds).toFixed(2)}×`,
  );
}

async function main(): Promise<void> {
  console.log(
    `yiheng evaluation benchmark (node ${process.version}, ${process.platform}-${process.arch}, ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)})`,
  );
  const slow = await startFake(LATENCY_MS);
  const fast = await startFake(0);
  try {
    // 1. Memory over 100,000 items (first, so no earlier phase has grown the heap).
    const big = writeSuite('bench-memory', BIG_ITEMS);
    const rssBefore = process.memoryUsage().rss;
    const m = await evaluate(big, fast.url, 'memory', true);
    const at = (share: number) => {
      const target = BIG_ITEMS * share;
      const upTo = m.samples.filter((s) => s.done <= target);
      return upTo.length ? Math.max(...upTo.map((s) => s.rss)) : Number.NaN;
    };
    console.log(
      `\n1. memory: ${BIG_ITEMS} items, fake model without latency, concurrency ${CONCURRENCY} (run first, in a fresh process)`,
    );
    console.log(`  RSS before the run ${mb(rssBefore)}`);
    console.log(
      `  ${m.answering.toFixed(1)} s answering (${(BIG_ITEMS / m.answering).toFixed(0)} items/s, runner CPU ${m.cpuMsPerItem.toFixed(2)} ms per item), ${m.total.toFixed(1)} s in all`,
    );
    console.log(
      `  peak RSS up to 10% of items ${mb(at(0.1))}, 50% ${mb(at(0.5))}, 90% ${mb(at(0.9))}, whole run ${mb(m.peak)}; growth from 10% to 90%: ${(((at(0.9) - at(0.1)) / at(0.1)) * 100).toFixed(1)}%, from 50% to 90%: ${(((at(0.9) - at(0.5)) / at(0.5)) * 100).toFixed(1)}%`,
    );
    console.log(
      "  (the early growth is PGlite's buffer cache and WebAssembly memory filling up to their size; flat means no growth once they have)",
    );

    // 2. Throughput against a 100 ms model.
    const suite = writeSuite('bench-throughput', ITEMS);
    const r = await evaluate(suite, slow.url, 'throughput', false);
    const ideal = CONCURRENCY / (LATENCY_MS / 1000);
    const rate = ITEMS / r.answering;
    console.log(
      `\n2. throughput: ${ITEMS} MCQ items, fake model ${LATENCY_MS} ms, concurrency ${CONCURRENCY}`,
    );
    console.log(
      `  answering: ${r.answering.toFixed(2)} s → ${rate.toFixed(0)} items/s; ideal ${ideal} items/s → ${((rate / ideal) * 100).toFixed(1)}% of ideal (target ≥ 90%)`,
    );
    console.log(
      `  whole run incl. metrics, bootstrap CIs and report: ${r.total.toFixed(2)} s; accuracy ${r.results.metrics.accuracy?.value}; errors ${r.results.n_errors}`,
    );
    console.log(
      `  runner CPU ${r.cpuMsPerItem.toFixed(2)} ms per item → ${(1000 / r.cpuMsPerItem).toFixed(0)} items/s on one free core; load average now ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`,
    );
    // Where the gap to the ideal goes: the latency each call took as the runner saw it (the fake
    // model sleeps LATENCY_MS; the rest is HTTP, both event loops and the machine's load).
    const seen = r.results.resources.latency_ms;
    if (seen.mean !== null)
      console.log(
        `  call latency seen by the runner: mean ${seen.mean.toFixed(1)} ms, p50 ${seen.p50?.toFixed(1)} ms, p95 ${seen.p95?.toFixed(1)} ms (the model sleeps ${LATENCY_MS} ms) → at most ${(CONCURRENCY / (seen.mean / 1000)).toFixed(0)} items/s at this concurrency`,
      );

    // 3. promptfoo on the same items and the same fake model.
    console.log('\n3. promptfoo on the same items');
    if (process.env.BENCH_SKIP_PROMPTFOO) console.log('  promptfoo: skipped (BENCH_SKIP_PROMPTFOO is set)');
    else await promptfooComparison(suite, slow.url, r.total);
  } finally {
    slow.child.kill();
    fast.child.kill();
    rmSync(root, { recursive: true, force: true });
  }
}

await main();
