import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createParser } from 'eventsource-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../foundation/db/test-stores.ts';
import { ScriptedGuardProvider } from '../testing/scripted-guard.ts';
import { startTestGateway, type TestGateway, testConfig } from '../testing/test-gateway.ts';

// A synthetic resident ID with a valid checksum; the scripted guard treats exactly it as personal data.
const RESIDENT_ID = '11010519491231002X';

async function readEvents(
  response: Response,
): Promise<Array<{ event: string; data: Record<string, unknown> }>> {
  const events: Array<{ event: string; data: Record<string, unknown> }> = [];
  const parser = createParser({
    onEvent: (e) => events.push({ event: e.event ?? 'message', data: JSON.parse(e.data) }),
  });
  const decoder = new TextDecoder();
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    parser.feed(decoder.decode(chunk, { stream: true }));
  }
  return events;
}

describe.each(testBackends)('console API on %s', (kind) => {
  let t: TestGateway;
  let consoleDir: string;
  const keys: Record<string, string> = {};

  const call = (role: string | null, route: string, init: RequestInit = {}) =>
    fetch(`${t.url}${route}`, {
      ...init,
      headers: {
        ...(role ? { authorization: `Bearer ${keys[role]}` } : {}),
        ...(init.body ? { 'content-type': 'application/json' } : {}),
        ...(init.headers as Record<string, string> | undefined),
      },
    });

  beforeAll(async () => {
    consoleDir = mkdtempSync(path.join(tmpdir(), 'yiheng-console-'));
    mkdirSync(path.join(consoleDir, 'assets'));
    writeFileSync(path.join(consoleDir, 'index.html'), '<!doctype html><title>console shell</title>');
    writeFileSync(path.join(consoleDir, 'assets', 'app-1234.js'), 'console.log(1)');
    const guards = new ScriptedGuardProvider({
      default: { personal: { [RESIDENT_ID]: 'ID_CARD' }, restoreRoles: ['clinician'] },
    });
    t = await startTestGateway({ kind, config: testConfig({}), guards, extra: { consoleDir } });
    for (const role of ['clinician', 'patient-app', 'evaluator', 'reviewer', 'auditor', 'admin'] as const) {
      keys[role] = await t.key(role);
    }
  });

  afterAll(async () => {
    await t?.close();
    rmSync(consoleDir, { recursive: true, force: true });
  });

  it('tells a key its role and what it may do, and refuses without a key', async () => {
    expect((await call(null, '/api/console/session')).status).toBe(401);
    const evaluator = await (await call('evaluator', '/api/console/session')).json();
    expect(evaluator.key.role).toBe('evaluator');
    expect(evaluator.can).toEqual(expect.arrayContaining(['chat', 'console.evaluations.run']));
    expect(evaluator.can).not.toContain('review.decide');
    const patient = await (await call('patient-app', '/api/console/session')).json();
    expect(patient.can).toContain('chat');
    expect(patient.can).not.toContain('console.overview.read');
    const auditor = await (await call('auditor', '/api/console/session')).json();
    expect(auditor.can).toEqual(expect.arrayContaining(['audit.read', 'governance.deployment.suspend']));
    expect(auditor.can).not.toContain('governance.deployment.resume');
  });

  it('starts a run of a built-in suite, streams its progress and serves its results', async () => {
    const started = await call('evaluator', '/api/console/evaluations/runs', {
      method: 'POST',
      body: JSON.stringify({ suite: 'example', model: 'yiheng-reference', limit: 3 }),
    });
    expect(started.status).toBe(202);
    const job = await started.json();
    expect(job).toMatchObject({ suite: 'example', model: 'yiheng-reference', state: 'running' });

    const stream = await call('evaluator', `/api/console/evaluations/runs/${job.run_id}/events`);
    expect(stream.headers.get('content-type')).toMatch(/text\/event-stream/);
    const events = await readEvents(stream);
    const last = events.at(-1)!;
    expect(last.event).toBe('completed');
    expect(last.data.run_id).toBe(job.run_id);
    expect(typeof last.data.overall).toBe('number');
    expect(events.slice(0, -1).every((e) => e.event === 'progress')).toBe(true);

    const run = await (await call('clinician', `/api/console/evaluations/runs/${job.run_id}`)).json();
    expect(run.status).toBe('completed');
    expect(Object.keys(run.results.dimensions).length).toBeGreaterThanOrEqual(3);
    // A finished run's events: one final event, then the stream ends.
    const again = await readEvents(
      await call('evaluator', `/api/console/evaluations/runs/${job.run_id}/events`),
    );
    expect(again.map((e) => e.event)).toEqual(['completed']);

    const report = await call('auditor', `/api/console/evaluations/runs/${job.run_id}/report`);
    expect(report.headers.get('content-type')).toMatch(/text\/html/);
    expect(await report.text()).toContain('<svg');

    const second = await (
      await call('admin', '/api/console/evaluations/runs', {
        method: 'POST',
        body: JSON.stringify({ suite: 'example', model: 'yiheng-reference', limit: 3 }),
      })
    ).json();
    await readEvents(await call('admin', `/api/console/evaluations/runs/${second.run_id}/events`));
    const compared = await call(
      'evaluator',
      `/api/console/evaluations/compare?a=${job.run_id}&b=${second.run_id}`,
    );
    expect(compared.status).toBe(200);
    expect((await compared.json()).same_suite).toBe(true);
    const board = await (
      await call('evaluator', '/api/console/evaluations/leaderboard?suite=example')
    ).json();
    expect(board.data[0]).toMatchObject({ rank: 1, suite: 'example', model: 'yiheng-reference' });
    const audited = await (await call('auditor', '/api/audit?kind=evaluation.start')).json();
    expect(audited.data.map((r: { data: { run_id: string } }) => r.data.run_id)).toEqual([
      job.run_id,
      second.run_id,
    ]);
    const runs = await (await call('reviewer', '/api/console/evaluations/runs?suite=example')).json();
    expect(runs.data.map((r: { id: string }) => r.id)).toEqual(
      expect.arrayContaining([job.run_id, second.run_id]),
    );
  });

  it('lets only evaluators and admins start runs, of built-in suites only, with valid input', async () => {
    const body = JSON.stringify({ suite: 'example', model: 'yiheng-reference' });
    expect((await call('clinician', '/api/console/evaluations/runs', { method: 'POST', body })).status).toBe(
      403,
    );
    expect((await call('patient-app', '/api/console/evaluations/suites')).status).toBe(403);
    const traversal = await call('evaluator', '/api/console/evaluations/runs', {
      method: 'POST',
      body: JSON.stringify({ suite: '../../etc', model: 'yiheng-reference' }),
    });
    expect(traversal.status).toBe(400);
    expect((await traversal.json()).error.param).toBe('suite');
    const unknown = await call('evaluator', '/api/console/evaluations/runs', {
      method: 'POST',
      body: JSON.stringify({ suite: 'no-such-suite', model: 'yiheng-reference' }),
    });
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).error.message).toMatch(/built-in suites: .*example/);
    const badModel = await call('evaluator', '/api/console/evaluations/runs', {
      method: 'POST',
      body: JSON.stringify({ suite: 'example', model: 'no-such-model' }),
    });
    expect(badModel.status).toBe(400);
    expect((await badModel.json()).error.message).toMatch(/no-such-model/);
    const extra = await call('evaluator', '/api/console/evaluations/runs', {
      method: 'POST',
      body: JSON.stringify({ suite: 'example', model: 'yiheng-reference', out: '/tmp' }),
    });
    expect(extra.status).toBe(400);
    expect((await call('evaluator', '/api/console/evaluations/compare?a=x')).status).toBe(400);
    expect((await call('evaluator', '/api/console/evaluations/runs/nope')).status).toBe(404);
    const suites = await (await call('evaluator', '/api/console/evaluations/suites')).json();
    expect(suites.data.map((s: { id: string }) => s.id)).toContain('example');
    const models = await (await call('evaluator', '/api/console/evaluations/models')).json();
    expect(models.data.map((m: { id: string }) => m.id)).toContain('yiheng-reference');
  });

  it('shows which spans of a chat turn were pseudonymised, with the pseudonyms the model saw', async () => {
    const content = `我的身份证号是${RESIDENT_ID}，头痛三天。`;
    const chat = await call('clinician', '/v1/chat/completions', {
      method: 'POST',
      body: JSON.stringify({ model: 'yiheng-reference', messages: [{ role: 'user', content }] }),
    });
    expect(chat.status).toBe(200);
    const answer = await chat.json();
    expect(answer.yiheng.input.findings).toEqual({ ID_CARD: 1 });
    const inspected = await call('clinician', '/api/console/playground/inspect', {
      method: 'POST',
      body: JSON.stringify({
        model: 'yiheng-reference',
        conversation_id: answer.yiheng.conversation_id,
        messages: [{ role: 'user', content }],
      }),
    });
    expect(inspected.status).toBe(200);
    const view = await inspected.json();
    const [message] = view.messages;
    expect(message.spans).toHaveLength(1);
    const span = message.spans[0];
    expect(content.slice(span.start, span.end)).toBe(RESIDENT_ID);
    expect(message.sent_to_model).not.toContain(RESIDENT_ID);
    expect(message.sent_to_model).toContain(span.replacement);
    expect(view.findings).toEqual({ ID_CARD: 1 });

    expect(
      (await call('reviewer', '/api/console/playground/inspect', { method: 'POST', body: '{}' })).status,
    ).toBe(403);
    const invalid = await call('clinician', '/api/console/playground/inspect', {
      method: 'POST',
      body: JSON.stringify({ model: 'yiheng-reference', conversation_id: 'a b', messages: [] }),
    });
    expect(invalid.status).toBe(400);
  });

  it('counts guard decisions from the audit trail for the overview', async () => {
    const overview = await (await call('reviewer', '/api/console/overview?hours=1')).json();
    expect(overview.window_hours).toBe(1);
    expect(overview.decisions.redact).toBeGreaterThanOrEqual(1);
    expect(overview.requests.answered).toBeGreaterThanOrEqual(1);
    const reference = overview.deployments.find((d: { name: string }) => d.name === 'yiheng-reference');
    expect(reference).toMatchObject({ status: 'active', upstreams: ['yiheng-reference'] });
    expect(reference.decisions.redact).toBeGreaterThanOrEqual(1);
    expect(overview.decisions_by_hour.length).toBeGreaterThanOrEqual(1);
    expect((await call('patient-app', '/api/console/overview')).status).toBe(403);
    expect((await call('reviewer', '/api/console/overview?hours=0')).status).toBe(400);
  });

  it('serves the console: cached assets, a revalidated shell, page paths, and never over the API', async () => {
    const shell = await fetch(`${t.url}/`);
    expect(shell.status).toBe(200);
    expect(shell.headers.get('cache-control')).toBe('no-cache');
    expect(shell.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(await shell.text()).toContain('console shell');
    const asset = await fetch(`${t.url}/assets/app-1234.js`);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    const page = await fetch(`${t.url}/evaluations/runs/abc`);
    expect(await page.text()).toContain('console shell');
    expect((await fetch(`${t.url}/assets/missing.js`)).status).toBe(404);
    expect((await fetch(`${t.url}/%2e%2e/%2e%2e/package.json`)).status).toBe(404);
    const api = await call('admin', '/api/console/nothing-here');
    expect(api.status).toBe(404);
    expect((await api.json()).error.code).toBe('unknown_route');
    expect((await fetch(`${t.url}/healthz`)).headers.get('content-type')).toMatch(/json/);
  });

  it('explains how to build the console when it is not built, instead of a bare 404', async () => {
    const bare = await startTestGateway({
      kind,
      store: t.store,
      config: testConfig({}),
      guards: new ScriptedGuardProvider({ default: {} }),
      extra: { consoleDir: path.join(tmpdir(), 'yiheng-no-console-here') },
    });
    try {
      const page = await fetch(`${bare.url}/`);
      expect(page.status).toBe(503);
      expect(await page.text()).toContain('npm run build:web');
      expect((await fetch(`${bare.url}/assets/app.js`)).status).toBe(404);
    } finally {
      await bare.close();
    }
  });
});
