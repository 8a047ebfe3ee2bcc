import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../foundation/db/database.ts';
import { testBackends } from '../foundation/db/test-stores.ts';
import { verifyAuditTrail } from '../governance/audit/verify.ts';
import { type FakeModelServer, startFakeModel } from '../models/testing/fake-model-server.ts';

const bin = path.resolve('bin/yiheng.js');

/**
 * The promise behind "written before the 200": kill the real server process with SIGKILL while
 * it is under load, restart it, and find an audit record for every request that got a 200, in a
 * chain that still verifies.
 */
describe.each(testBackends)('SIGKILL under load (%s)', (kind) => {
  let upstream: FakeModelServer;
  let cwd: string;
  let env: NodeJS.ProcessEnv;
  let database: string | undefined;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    upstream = await startFakeModel({ latencyMs: 2 });
    cwd = mkdtempSync(path.join(tmpdir(), 'yiheng-crash-'));
    writeFileSync(
      path.join(cwd, 'yiheng.yaml'),
      `models:\n  - id: fake\n    provider: openai-compatible\n    base_url: ${upstream.url}\n    model: fake\n`,
    );
    env = {
      ...process.env,
      YIHENG_HOME: path.join(cwd, 'home'),
      YIHENG_CONFIG: '',
      YIHENG_DATABASE_URL: '',
      YIHENG_REDIS_URL: '',
      YIHENG_LOG_LEVEL: 'warn',
    };
    if (kind === 'postgres') {
      database = `yh_crash_${randomBytes(4).toString('hex')}`;
      const admin = new pg.Client({ connectionString: process.env.YIHENG_TEST_DATABASE_URL });
      await admin.connect();
      await admin.query(`create database ${database}`);
      await admin.end();
      const url = new URL(process.env.YIHENG_TEST_DATABASE_URL!);
      url.pathname = `/${database}`;
      env.YIHENG_DATABASE_URL = url.toString();
    }
  });

  afterAll(async () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    await upstream?.close();
    if (database) {
      const admin = new pg.Client({ connectionString: process.env.YIHENG_TEST_DATABASE_URL });
      await admin.connect();
      await admin.query(`drop database if exists ${database} with (force)`);
      await admin.end();
    }
  });

  function startServer(
    extra: string[] = [],
  ): Promise<{ child: ChildProcess; url: string; out: () => string }> {
    const child = spawn(process.execPath, [bin, 'serve', '--port', '0', ...extra], {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    return new Promise((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 60_000);
      child.stdout!.on('data', (chunk) => {
        out += chunk;
        const match = /listening on (http:\/\/[\d.:]+)/.exec(out);
        const keyShown = extra.length === 0 || /yh-[\w-]{32}/.test(out);
        if (match && keyShown) {
          clearTimeout(timer);
          resolve({ child, url: match[1]!, out: () => out });
        }
      });
      child.stderr!.on('data', (chunk) => {
        out += chunk;
      });
      child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
    });
  }

  it('every acknowledged request has its audit record after a crash, and the chain verifies', async () => {
    const first = await startServer(['--create-key', 'clinician']);
    const secret = /yh-[\w-]{32}/.exec(first.out())![0];

    const acknowledged: string[] = [];
    let stop = false;
    const worker = async () => {
      while (!stop) {
        try {
          const response = await fetch(`${first.url}/v1/chat/completions`, {
            method: 'POST',
            headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
            body: JSON.stringify({ model: 'fake', messages: [{ role: 'user', content: 'load' }] }),
          });
          if (response.status === 200) acknowledged.push((await response.json()).id);
        } catch {
          // Connections die with the server: those requests were never acknowledged.
        }
      }
    };
    const workers = Array.from({ length: 12 }, worker);
    while (acknowledged.length < 100) await new Promise((r) => setTimeout(r, 20));
    first.child.kill('SIGKILL');
    await new Promise((r) => first.child.once('exit', r));
    stop = true;
    await Promise.all(workers);

    // Restart on the same storage: it must come up and serve.
    const second = await startServer();
    const after = await fetch(`${second.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'fake', messages: [{ role: 'user', content: 'after restart' }] }),
    });
    expect(after.status).toBe(200);
    second.child.kill('SIGTERM');
    await new Promise((r) => second.child.once('exit', r));

    // What `yiheng audit verify` and `yiheng audit export` run (both are tested through the CLI elsewhere).
    const store = await openStore(
      env.YIHENG_DATABASE_URL ? { databaseUrl: env.YIHENG_DATABASE_URL } : { home: env.YIHENG_HOME! },
    );
    let recorded: Set<string | null>;
    try {
      expect(await verifyAuditTrail(store.db)).toMatchObject({ ok: true });
      const rows = await store.db
        .selectFrom('audit_records')
        .select('response_id')
        .where('kind', '=', 'chat.completion')
        .execute();
      recorded = new Set(rows.map((r) => r.response_id));
    } finally {
      await store.close();
    }
    const missing = acknowledged.filter((id) => !recorded.has(id));
    expect(missing).toEqual([]);
    expect(acknowledged.length).toBeGreaterThanOrEqual(100);
  }, 90_000);
});
