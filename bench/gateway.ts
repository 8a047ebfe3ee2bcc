/**
 * npm run bench:gateway — the gateway's added latency, throughput and CPU cost, on loopback.
 *
 * Separate processes so the load generator, the gateways and the upstream never share an event
 * loop: this one, `yiheng dev fake-model`, `yiheng serve` (on embedded PGlite, on PostgreSQL, or one
 * of each) and Portkey's open-source gateway in front of the same fake model. Every figure is
 * compared with a baseline measured in the same run: calling the fake model directly.
 *
 *   BENCH_RATES=100,500     fixed offered rates, requests/s (BENCH_RATE for one; default 500)
 *   BENCH_SECONDS=10        length of each timed run
 *   BENCH_WARMUP_SECONDS=3  load at the same rate before each timed run, not measured
 *   BENCH_STORAGE=both      pglite | postgres | both (default: postgres when YIHENG_DATABASE_URL
 *                           is set, else pglite). PostgreSQL runs in a throwaway database created
 *                           on the YIHENG_DATABASE_URL server and dropped at the end.
 *   BENCH_NO_GUARD=1        also run each Yiheng variant with a policy that runs no detectors (only
 *                           the AI label), so the guard's share of the overhead is measured apart
 *                           from the rest (HTTP, auth, routing, audit)
 *   BENCH_GUARD_MIN_CHARS=0,16384  and once per value of gateway.guard_thread_min_chars (texts at
 *                           least this long go to the detector threads; 0 sends every text)
 *   BENCH_GUARD_BUSY=1,0.6  and once per value of gateway.guard_thread_when_busy (while the event
 *                           loop is busy at least this share of the time, every text goes to the
 *                           detector threads; 1 never sends short texts)
 *   BENCH_GUARD_THREADS=0,1 run each Yiheng variant once per value of gateway.guard_threads (the
 *                           detectors' worker threads; 0 = on the event loop); the default config
 *                           otherwise
 *   BENCH_CPU_PROF=dir      write a V8 CPU profile of each Yiheng gateway process into dir (open it in
 *                           Chrome DevTools or speedscope to see where a request's CPU goes)
 *   BENCH_COMPARE_WITH=dir  also run the gateway of another checkout (e.g. the last commit,
 *                           exported with `git archive`, node_modules linked) on the same storage,
 *                           so a change is judged against its baseline under the same load
 *
 * Fixed rates are offered open-loop: request i leaves at start + i/rate on a keep-alive pool,
 * whether or not earlier ones were answered, so the latency is what a client arriving at that
 * rate sees. (autocannon's overallRate is not used for this: it lets each connection send its
 * per-second quota back to back at the top of every second, so "500 req/s on 64 connections" is a
 * 64-way burst each second and the latency it reports is mostly queueing behind the burst.) The
 * maximum sustained rate is autocannon's closed loop on 32 connections. Latencies are per-response
 * timings in fractional milliseconds, since the targets are in single milliseconds.
 *
 * CPU per request is the server's process.cpuUsage() (user + system, all threads) over the timed
 * run divided by the requests it answered, read from its /metrics for Yiheng and from /proc for
 * the fake model and Portkey; on Linux the gateway's main thread is also shown on its own. The
 * load average is printed for each run: on a shared machine, wall-clock figures only mean
 * something beside it, CPU per request much less so.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..');
const bin = path.join(root, 'bin/yiheng.js');
const RATES = (process.env.BENCH_RATES ?? process.env.BENCH_RATE ?? '500')
  .split(',')
  .map((r) => Number(r.trim()))
  .filter((r) => r > 0);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
const SATURATION_CONNECTIONS = 32;
const POSTGRES_URL = process.env.YIHENG_DATABASE_URL;
const STORAGES = storages(process.env.BENCH_STORAGE ?? (POSTGRES_URL ? 'postgres' : 'pglite'));
const children: ChildProcess[] = [];
const cleanups: Array<() => Promise<void>> = [];

// About 1 KB of clinical text (UTF-8), with a phone number so the personal-data path runs.
const PROMPT = (() => {
  const base =
    '患者男，58岁，反复胸闷气短2年，加重伴双下肢水肿1周。既往高血压病史10年，规律服用氨氯地平5mg每日一次。' +
    'Patient reports exertional dyspnoea, orthopnoea and ankle swelling; no chest pain at rest. ' +
    '家属电话13812345678。请给出可能的诊断和下一步检查建议。';
  let text = base;
  while (Buffer.byteLength(text) < 1024) text += ' Please summarise the key findings for the ward round.';
  return text;
})();

type Storage = 'pglite' | 'postgres';

function storages(value: string): Storage[] {
  const wanted: Storage[] =
    value === 'both' ? ['pglite', 'postgres'] : value === 'postgres' ? ['postgres'] : ['pglite'];
  if (!['pglite', 'postgres', 'both'].includes(value))
    throw new Error(`BENCH_STORAGE must be pglite, postgres or both, not "${value}"`);
  if (wanted.includes('postgres') && !POSTGRES_URL)
    throw new Error('BENCH_STORAGE includes postgres: set YIHENG_DATABASE_URL to a PostgreSQL server');
  return wanted;
}

/** A server under test: where to send requests, and how to read its CPU time. */
interface Target {
  name: string;
  url: string;
  headers: Record<string, string>;
  pid: number;
  /** Yiheng: its /metrics gives process.cpuUsage() and the number of chat requests answered. */
  metricsUrl?: string;
}

interface Measured {
  name: string;
  requests: number;
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  non2xx: number;
  errors: number;
  /** Server CPU (all threads) per answered request, ms. */
  cpuMs: number;
  /** The gateway's main thread alone (Linux), ms per request. */
  mainCpuMs: number;
  load: [number, number];
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.once('error', reject);
  });
}

function start(
  command: string,
  args: string[],
  ready: RegExp,
  env: NodeJS.ProcessEnv,
  cwd = root,
): Promise<ChildProcess> {
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`${args.join(' ')} did not start:\n${out}`)), 120_000);
    const onData = (chunk: Buffer) => {
      out += chunk;
      if (ready.test(out)) {
        clearTimeout(timer);
        // From here on the output (access logs) is drained and dropped.
        child.stdout!.off('data', onData);
        child.stderr!.off('data', onData);
        child.stdout!.resume();
        child.stderr!.resume();
        resolve(child);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${args.join(' ')} exited with ${code}:\n${out}`));
    });
  });
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** utime + stime in ms from /proc (Linux; clock ticks of 10 ms); NaN elsewhere. */
function procCpuMs(file: string): number {
  try {
    const fields = readFileSync(file, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

interface CpuReading {
  /** All threads, ms. */
  total: number;
  main: number;
  /** Chat requests the server answered so far (Yiheng only). */
  answered: number;
}

async function readCpu(target: Target): Promise<CpuReading> {
  const main = procCpuMs(`/proc/${target.pid}/task/${target.pid}/stat`);
  if (!target.metricsUrl) return { total: procCpuMs(`/proc/${target.pid}/stat`), main, answered: Number.NaN };
  const text = await (await fetch(target.metricsUrl)).text();
  const value = (pattern: RegExp) =>
    [...text.matchAll(pattern)].reduce((sum, m) => sum + Number(m[1]), 0) || Number.NaN;
  // prom-client's process_cpu_seconds_total is process.cpuUsage() (user + system, every thread).
  const total = value(/^process_cpu_seconds_total (\S+)$/gm) * 1000;
  return {
    total: Number.isNaN(total) ? procCpuMs(`/proc/${target.pid}/stat`) : total,
    main,
    answered: value(/^yiheng_http_requests_total\{[^}]*route="\/v1\/chat\/completions"[^}]*\} (\S+)$/gm),
  };
}

let sequence = 0;
/**
 * Each request's own body: the prompt with a serial number, so that every request is new text (the guard
 * remembers the findings of texts it has read, which would otherwise answer every request after the first).
 */
const nextBody = (): Buffer =>
  Buffer.from(
    JSON.stringify({ model: 'fake', messages: [{ role: 'user', content: `${PROMPT} (${++sequence})` }] }),
  );

/** Sends requests open-loop at a fixed rate; resolves with each answer's status and latency. */
async function paced(
  target: Target,
  rate: number,
  seconds: number,
): Promise<{ samples: Array<{ status: number; ms: number }>; lagMs: number; elapsedMs: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: Number.POSITIVE_INFINITY });
  const url = new URL(target.url);
  const samples: Array<{ status: number; ms: number }> = [];
  const one = () =>
    new Promise<void>((resolve) => {
      const sent = performance.now();
      const done = (status: number) => {
        samples.push({ status, ms: performance.now() - sent });
        resolve();
      };
      const body = nextBody();
      const headers = {
        'content-type': 'application/json',
        'content-length': body.length,
        ...target.headers,
      };
      const request = http.request(url, { method: 'POST', agent, headers }, (response) => {
        response.resume();
        response.once('end', () => done(response.statusCode ?? 0));
        response.once('error', () => done(0));
      });
      request.once('error', () => done(0));
      request.end(body);
    });
  const total = Math.round(rate * seconds);
  const interval = 1000 / rate;
  const inflight: Array<Promise<void>> = [];
  const start = performance.now();
  let sent = 0;
  let lagMs = 0;
  await new Promise<void>((finish) => {
    const tick = () => {
      const now = performance.now();
      while (sent < total && start + sent * interval <= now) {
        lagMs = Math.max(lagMs, now - (start + sent * interval));
        inflight.push(one());
        sent++;
      }
      if (sent < total) setTimeout(tick, Math.max(0, start + sent * interval - performance.now()));
      else finish();
    };
    tick();
  });
  await Promise.all(inflight);
  const elapsedMs = performance.now() - start;
  agent.destroy();
  return { samples, lagMs, elapsedMs };
}

async function load(
  target: Target,
  options: { rate?: number; seconds: number; record?: boolean; label?: string },
): Promise<Measured> {
  const before = options.record === false ? undefined : await readCpu(target);
  const loadBefore = loadavg()[0]!;
  let latencies: number[] = [];
  let answered: number;
  let rps: number;
  let non2xx: number;
  let errors: number;
  if (options.rate) {
    const run = await paced(target, options.rate, options.seconds);
    latencies = run.samples.filter((s) => s.status === 200).map((s) => s.ms);
    answered = run.samples.length;
    rps = (answered / run.elapsedMs) * 1000;
    non2xx = run.samples.filter((s) => s.status !== 200 && s.status !== 0).length;
    errors = run.samples.filter((s) => s.status === 0).length;
    if (run.lagMs > 50)
      console.log(`  (the load generator fell up to ${run.lagMs.toFixed(0)} ms behind schedule)`);
  } else {
    const result = await autocannon({
      url: target.url,
      method: 'POST',
      headers: { 'content-type': 'application/json', ...target.headers },
      requests: [{ setupRequest: (request) => ({ ...request, body: nextBody().toString() }) }],
      connections: SATURATION_CONNECTIONS,
      duration: options.seconds,
      setupClient: (client) => {
        client.on('response', (status: number, _bytes: number, time: number) => {
          if (status === 200) latencies.push(time);
        });
      },
    });
    answered = result.requests.total;
    rps = result.requests.average;
    non2xx = result.non2xx;
    errors = result.errors + result.timeouts;
  }
  const loadAfter = loadavg()[0]!;
  let cpuMs = Number.NaN;
  let mainCpuMs = Number.NaN;
  if (before) {
    // Requests still queued in the server when the run stops are answered (and counted) here.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const after = await readCpu(target);
    const count = Number.isNaN(after.answered) ? answered : after.answered - before.answered;
    cpuMs = (after.total - before.total) / count;
    mainCpuMs = (after.main - before.main) / count;
  }
  latencies.sort((a, b) => a - b);
  return {
    name: options.label ?? target.name,
    requests: answered,
    rps,
    p50: percentile(latencies, 50),
    p90: percentile(latencies, 90),
    p99: percentile(latencies, 99),
    non2xx,
    errors,
    cpuMs,
    mainCpuMs,
    load: [loadBefore, loadAfter],
  };
}

async function measure(target: Target, rate: number): Promise<Measured> {
  await load(target, { rate, seconds: WARMUP_SECONDS, record: false });
  return load(target, { rate, seconds: SECONDS });
}

const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(2)} ms` : 'n/a');
const signed = (n: number) =>
  Number.isFinite(n) ? `${n >= 0 ? '+' : '−'}${Math.abs(n).toFixed(2)} ms` : 'n/a';

function row(m: Measured): string {
  const cpu = Number.isFinite(m.cpuMs)
    ? `cpu ${m.cpuMs.toFixed(2)} ms/req${Number.isFinite(m.mainCpuMs) && m.mainCpuMs !== m.cpuMs ? ` (main thread ${m.mainCpuMs.toFixed(2)})` : ''}`
    : 'cpu n/a';
  return `${m.name.padEnd(32)} ${m.rps.toFixed(0).padStart(5)} req/s  p50 ${ms(m.p50).padStart(9)}  p90 ${ms(m.p90).padStart(9)}  p99 ${ms(m.p99).padStart(10)}  ${cpu}  load ${m.load[0].toFixed(1)}→${m.load[1].toFixed(1)}${m.non2xx || m.errors ? `  non-2xx ${m.non2xx} errors ${m.errors}` : ''}`;
}

/** A throwaway database on the PostgreSQL server, so the benchmark never writes into a real one. */
async function throwawayDatabase(url: string): Promise<string> {
  const name = `yiheng_bench_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } catch (error) {
    throw new Error(
      `cannot create a throwaway database on the YIHENG_DATABASE_URL server (${(error as Error).message}); the benchmark needs the CREATEDB privilege`,
    );
  } finally {
    await admin.end();
  }
  cleanups.push(async () => {
    const again = new pg.Client({ connectionString: url });
    await again.connect();
    await again.query(`drop database if exists ${name} with (force)`).catch(() => {});
    await again.end();
  });
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

interface Variant {
  storage: Storage;
  /** Run the deployment under a policy with no detectors (BENCH_NO_GUARD). */
  noGuard?: boolean;
  /** The checkout whose bin/yiheng.js runs. */
  root: string;
  /** gateway.guard_threads (BENCH_GUARD_THREADS); the config default when undefined. */
  guardThreads?: number;
  /** gateway.guard_thread_min_chars (BENCH_GUARD_MIN_CHARS); the config default when undefined. */
  guardMinChars?: number;
  /** gateway.guard_thread_when_busy (BENCH_GUARD_BUSY); the config default when undefined. */
  guardBusy?: number;
  label: string;
}

const cpuProfileArgs = process.env.BENCH_CPU_PROF
  ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(process.env.BENCH_CPU_PROF)}`]
  : [];

async function startYiheng(variant: Variant, fakeUrl: string, env: NodeJS.ProcessEnv): Promise<Target> {
  const { storage } = variant;
  const bin = path.join(variant.root, 'bin/yiheng.js');
  const work = mkdtempSync(path.join(tmpdir(), `yiheng-bench-${storage}-`));
  let yaml = `models:\n  - id: fake\n    provider: openai-compatible\n    base_url: ${fakeUrl}\n    model: fake\n`;
  const gateway: string[] = [];
  if (variant.guardThreads !== undefined) gateway.push(`  guard_threads: ${variant.guardThreads}`);
  if (variant.guardMinChars !== undefined) gateway.push(`  guard_thread_min_chars: ${variant.guardMinChars}`);
  if (variant.guardBusy !== undefined) gateway.push(`  guard_thread_when_busy: ${variant.guardBusy}`);
  if (variant.noGuard) {
    const policy = path.join(work, 'no-detectors.yaml');
    writeFileSync(
      policy,
      'name: bench-no-detectors\nversion: 1.0.0\ndescription: { zh: 基准测试：不运行检测器, en: benchmark only — no detectors }\nuse_cases: [bench]\ndetectors: { input: [], output: [label] }\npii: {}\nrules: {}\n',
    );
    gateway.push(
      `  deployments:\n    - name: fake\n      upstreams: [{ model: fake }]\n      policy: ${policy}`,
    );
  }
  if (gateway.length) yaml += `gateway:\n${gateway.join('\n')}\n`;
  writeFileSync(path.join(work, 'yiheng.yaml'), yaml);
  const gwEnv: NodeJS.ProcessEnv = {
    ...env,
    YIHENG_HOME: path.join(work, 'home'),
    YIHENG_CONFIG: path.join(work, 'yiheng.yaml'),
  };
  delete gwEnv.YIHENG_DATABASE_URL;
  if (storage === 'postgres') gwEnv.YIHENG_DATABASE_URL = await throwawayDatabase(POSTGRES_URL!);
  const { stdout } = await run(
    process.execPath,
    [bin, 'keys', 'create', '--role', 'clinician', '--rpm', '1000000', '--json'],
    { cwd: work, env: gwEnv },
  );
  const secret = JSON.parse(stdout).key as string;
  const port = await freePort();
  const child = await start(
    process.execPath,
    [...cpuProfileArgs, bin, 'serve', '--port', String(port)],
    /listening on/,
    gwEnv,
    work,
  );
  return {
    name: `Yiheng ${variant.label} → fake`,
    url: `http://127.0.0.1:${port}/v1/chat/completions`,
    headers: { authorization: `Bearer ${secret}` },
    pid: child.pid!,
    metricsUrl: `http://127.0.0.1:${port}/metrics`,
  };
}

async function startPortkey(fakeUrl: string, env: NodeJS.ProcessEnv): Promise<Target> {
  const require = createRequire(import.meta.url);
  const entry = path.join(
    path.dirname(require.resolve('@portkey-ai/gateway/package.json')),
    'build/start-server.js',
  );
  const port = await freePort();
  const child = await start(
    process.execPath,
    [entry, `--port=${port}`, '--headless'],
    /Ready for connections/,
    {
      ...env,
      NODE_ENV: 'production',
    },
  );
  return {
    name: 'Portkey → fake',
    url: `http://127.0.0.1:${port}/v1/chat/completions`,
    headers: {
      authorization: 'Bearer unused',
      'x-portkey-provider': 'openai',
      'x-portkey-custom-host': fakeUrl,
    },
    pid: child.pid!,
  };
}

async function main(): Promise<void> {
  // The gateways log one access line per request, as in production (their output is discarded here).
  const env = { ...process.env, YIHENG_LOG_LEVEL: 'info' };
  const fakePort = await freePort();
  const fake = await start(
    process.execPath,
    [bin, 'dev', 'fake-model', '--port', String(fakePort)],
    /listening/,
    env,
  );
  const fakeUrl = `http://127.0.0.1:${fakePort}/v1`;
  const direct: Target = {
    name: 'direct → fake (baseline)',
    url: `${fakeUrl}/chat/completions`,
    headers: {},
    pid: fake.pid!,
  };
  const compareRoot = process.env.BENCH_COMPARE_WITH
    ? path.resolve(process.env.BENCH_COMPARE_WITH)
    : undefined;
  const numbers = (value: string | undefined) => (value ? value.split(',').map(Number) : [undefined]);
  const threadCounts = numbers(process.env.BENCH_GUARD_THREADS);
  const minChars = numbers(process.env.BENCH_GUARD_MIN_CHARS);
  const busy = numbers(process.env.BENCH_GUARD_BUSY);
  const variants: Variant[] = STORAGES.flatMap((storage) => {
    const name = storage === 'pglite' ? 'PGlite' : 'PostgreSQL';
    return [
      ...threadCounts.flatMap((guardThreads) =>
        minChars.flatMap((guardMinChars) =>
          busy.map((guardBusy) => ({
            storage,
            root,
            ...(guardThreads !== undefined ? { guardThreads } : {}),
            ...(guardMinChars !== undefined ? { guardMinChars } : {}),
            ...(guardBusy !== undefined ? { guardBusy } : {}),
            label: `${name}${guardThreads !== undefined ? `, ${guardThreads} guard thread${guardThreads === 1 ? '' : 's'}` : ''}${guardMinChars !== undefined ? `, guard ≥ ${guardMinChars} chars` : ''}${guardBusy !== undefined ? `, busy ≥ ${guardBusy}` : ''}${compareRoot ? ', this tree' : ''}`,
          })),
        ),
      ),
      ...(process.env.BENCH_NO_GUARD
        ? [{ storage, root, label: `${name}, no detectors`, noGuard: true }]
        : []),
      ...(compareRoot
        ? [{ storage, root: compareRoot, label: `${name}, ${path.basename(compareRoot)}` }]
        : []),
    ];
  });
  const yiheng: Target[] = [];
  for (const variant of variants) yiheng.push(await startYiheng(variant, fakeUrl, env));
  let portkey: Target | undefined;
  let portkeyProblem: string | undefined;
  try {
    portkey = await startPortkey(fakeUrl, env);
  } catch (error) {
    portkeyProblem = `Portkey's gateway could not run here: ${(error as Error).message.split('\n')[0]}`;
  }

  console.log(
    `Yiheng gateway benchmark — ${RATES.join(', ')} req/s offered, ${SECONDS} s per run after ${WARMUP_SECONDS} s warm-up, ${Buffer.byteLength(PROMPT)} B prompts, full default policy`,
  );
  console.log(
    `storage: ${STORAGES.map((s) => (s === 'pglite' ? 'embedded PGlite (on disk)' : 'PostgreSQL')).join(' and ')}${compareRoot ? `; compared with ${compareRoot}` : ''}; node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()[0]!.toFixed(1)} at start`,
  );
  console.log('load generator, fake model and each gateway are separate processes on loopback\n');

  const results: Array<{ rate: number; direct: Measured; portkey?: Measured; yiheng: Measured[] }> = [];
  for (const rate of RATES) {
    console.log(`— ${rate} req/s offered —`);
    const r: (typeof results)[number] = { rate, direct: await measure(direct, rate), yiheng: [] };
    console.log(row(r.direct));
    if (portkey) {
      r.portkey = await measure(portkey, rate);
      console.log(row(r.portkey));
      if (r.portkey.non2xx > 0 || r.portkey.errors > 0)
        portkeyProblem = 'Portkey answered some requests with errors; its figures are not comparable';
    }
    for (const target of yiheng) {
      r.yiheng.push(await measure(target, rate));
      console.log(row(r.yiheng.at(-1)!));
    }
    results.push(r);
  }

  console.log(`— saturation (${SATURATION_CONNECTIONS} connections, no rate limit) —`);
  const saturation: Measured[] = [];
  for (const target of yiheng) {
    saturation.push(await load(target, { seconds: SECONDS, label: `${target.name} max` }));
    console.log(row(saturation.at(-1)!));
  }

  const width = Math.max(...variants.map((v) => v.label.length), 'Portkey'.length);
  const over = (m: Measured, base: Measured) => ({ p50: m.p50 - base.p50, p99: m.p99 - base.p99 });
  const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a (Portkey overhead ≤ 0)');
  console.log(
    '\nAdded latency over calling the fake model directly (target at 500 req/s: p50 ≤ 2 ms, p99 ≤ 10 ms):',
  );
  for (const r of results) {
    const po = r.portkey && !portkeyProblem ? over(r.portkey, r.direct) : undefined;
    variants.forEach((variant, i) => {
      const yo = over(r.yiheng[i]!, r.direct);
      const verdict =
        r.rate === 500
          ? `  (${yo.p50 <= 2 ? 'p50 met' : 'p50 NOT met'}, ${yo.p99 <= 10 ? 'p99 met' : 'p99 NOT met'})`
          : '';
      console.log(
        `  ${String(r.rate).padStart(4)} req/s  Yiheng ${variant.label.padEnd(width)}  p50 ${signed(yo.p50).padStart(10)}  p99 ${signed(yo.p99).padStart(11)}${po ? `   ratio to Portkey: p50 ${ratio(yo.p50, po.p50)}, p99 ${ratio(yo.p99, po.p99)}` : ''}${verdict}`,
      );
    });
    if (po)
      console.log(
        `  ${String(r.rate).padStart(4)} req/s  Portkey ${''.padEnd(width - 1)} p50 ${signed(po.p50).padStart(10)}  p99 ${signed(po.p99).padStart(11)}`,
      );
    else console.log(`  Portkey: not measured — ${portkeyProblem}`);
  }
  const cpu = (m: Measured) =>
    `${m.cpuMs.toFixed(2)} ms${Number.isFinite(m.mainCpuMs) ? ` (main thread ${m.mainCpuMs.toFixed(2)})` : ''}`;
  console.log('\nCPU per request (server process, all threads):');
  for (const r of results) {
    const parts = variants.map((v, i) => `Yiheng ${v.label} ${cpu(r.yiheng[i]!)}`);
    if (r.portkey) parts.push(`Portkey ${r.portkey.cpuMs.toFixed(2)} ms`);
    parts.push(`fake model ${r.direct.cpuMs.toFixed(2)} ms`);
    console.log(`  ${String(r.rate).padStart(4)} req/s  ${parts.join(' · ')}`);
  }
  console.log('\nMaximum sustained rate through Yiheng:');
  variants.forEach((variant, i) => {
    const m = saturation[i]!;
    console.log(
      `  ${variant.label.padEnd(width)} ${m.rps.toFixed(0)} req/s (p50 ${ms(m.p50)}, p99 ${ms(m.p99)}, cpu ${cpu(m)}/req, non-2xx ${m.non2xx}, errors ${m.errors})`,
    );
  });
  console.log(
    `\nload average ${loadavg()[0]!.toFixed(1)} at the end on ${cpus().length} CPUs: other processes on this machine inflate every wall-clock figure above; CPU per request is the steadier measure`,
  );
  const failed = results.some((r) => r.yiheng.some((m) => m.non2xx > 0 || m.errors > 0));
  if (failed) console.log('WARNING: a gateway returned errors during a timed run; see its output.');
}

try {
  await main();
} finally {
  for (const child of children) if (child.exitCode === null && child.pid) process.kill(child.pid, 'SIGTERM');
  // The gateways must let go of the throwaway database before it can be dropped.
  await Promise.all(
    children.map((child) =>
      child.exitCode === null
        ? new Promise((resolve) => {
            const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
            child.once('exit', () => resolve(clearTimeout(force)));
          })
        : undefined,
    ),
  );
  for (const cleanup of cleanups) await cleanup().catch(() => {});
}
