import { sql } from 'kysely';
import type OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../foundation/db/test-stores.ts';
import { verifyAuditTrail } from '../governance/audit/verify.ts';
import { type FakeModelServer, startFakeModel } from '../models/testing/fake-model-server.ts';
import { ScriptedGuardProvider } from './testing/scripted-guard.ts';
import { startTestGateway, type TestGateway, testConfig } from './testing/test-gateway.ts';

// Personal data the scripted guard knows: a resident ID (valid checksum), a mobile number, a name.
const RESIDENT_ID = '11010519491231002X';
const PHONE = '13812345678';
const NAME = '王小明';

describe.each(testBackends)('governed gateway on %s', (kind) => {
  let upstream: FakeModelServer;
  let t: TestGateway;
  let clinician: OpenAI;
  let evaluator: OpenAI;
  let reviewerKey: string;

  beforeAll(async () => {
    upstream = await startFakeModel({ record: true });
    const config = testConfig({
      models: [{ id: 'fake', provider: 'openai-compatible', base_url: upstream.url, model: 'fake' }],
      gateway: {
        deployments: [
          { name: 'triage', upstreams: [{ model: 'fake' }], policy: 'strict', use_case: 'triage' },
          {
            name: 'triage-docs',
            model: 'triage',
            upstreams: [{ model: 'fake' }],
            policy: 'default',
            use_case: 'documentation',
          },
        ],
      },
    });
    const policy = {
      personal: { [RESIDENT_ID]: 'ID_CARD', [PHONE]: 'PHONE', [NAME]: 'PERSON' },
      emergency: ['胸痛'],
      blockInput: ['致死剂量'],
      blockOutput: ['LETHAL'],
      reviewOutput: ['I think'],
    };
    const guards = new ScriptedGuardProvider({
      default: { ...policy, version: '2025.1', restoreRoles: ['clinician'] },
      strict: {
        ...policy,
        version: 'strict-3',
        label: { text: '【AI生成内容，仅供参考】', position: 'suffix' },
      },
    });
    t = await startTestGateway({ kind, config, guards });
    clinician = t.client(await t.key('clinician'));
    evaluator = t.client(await t.key('evaluator'));
    reviewerKey = await t.key('reviewer');
  });

  afterAll(async () => {
    await t?.close();
    await upstream?.close();
  });

  const sensitive = `患者${NAME}，身份证号${RESIDENT_ID}，电话${PHONE}，咳嗽三天，怎么办？`;

  it('answers through the official openai client, labelled and with the yiheng object', async () => {
    const raw = await clinician.chat.completions
      .create({ model: 'fake', messages: [{ role: 'user', content: 'How much water should I drink?' }] })
      .withResponse();
    expect(raw.response.headers.get('x-ai-generated')).toBe('true');
    const completion = raw.data as typeof raw.data & { yiheng: Record<string, unknown> };
    expect(completion.choices[0]?.message.content).toBe('echo: How much water should I drink?');
    expect(completion.object).toBe('chat.completion');
    expect(completion.id).toMatch(/^chatcmpl-/);
    expect(completion.yiheng).toMatchObject({
      ai_generated: true,
      deployment: 'fake',
      policy: { name: 'default', version: '2025.1' },
      model: { id: 'fake' },
      decision: 'allow',
    });
  });

  it('carries a request id on answers and errors, echoing a well-formed one from the client', async () => {
    const key = await t.key('clinician');
    const ask = (headers: Record<string, string>, model = 'fake') =>
      fetch(`${t.url}/v1/chat/completions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ model, messages: [{ role: 'user', content: 'hello' }] }),
      });
    const echoed = await ask({ 'x-request-id': 'ward5-42' });
    expect(echoed.status).toBe(200);
    expect(echoed.headers.get('x-request-id')).toBe('ward5-42');
    const generated = await ask({ 'x-request-id': 'not allowed!' });
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const refused = await ask({}, 'no-such-model');
    expect(refused.status).toBe(404);
    expect(refused.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('pseudonymises personal data before the upstream sees it, and restores it only for allowed roles', async () => {
    upstream.requests.length = 0;
    const forClinician = await clinician.chat.completions.create({
      model: 'fake',
      messages: [{ role: 'user', content: sensitive }],
    });
    const seen = JSON.stringify(upstream.requests);
    for (const secret of [RESIDENT_ID, PHONE, NAME]) expect(seen).not.toContain(secret);
    expect(seen).toContain('[ID_CARD_');
    // The fake echoes what it received; the clinician gets the originals back.
    expect(forClinician.choices[0]?.message.content).toBe(`echo: ${sensitive}`);
    const yiheng = (forClinician as unknown as { yiheng: Record<string, unknown> }).yiheng;
    expect(yiheng).toMatchObject({
      decision: 'redact',
      input: { findings: { ID_CARD: 1, PHONE: 1, PERSON: 1 } },
      personal_data_restored: true,
    });
    expect(JSON.stringify(yiheng)).not.toContain(RESIDENT_ID);

    const forEvaluator = await evaluator.chat.completions.create({
      model: 'fake',
      messages: [{ role: 'user', content: sensitive }],
    });
    const text = forEvaluator.choices[0]?.message.content ?? '';
    expect(text).not.toContain(RESIDENT_ID);
    expect(text).toContain('[ID_CARD_');
  });

  it('streams through the official client with the same checks, label and restoration', async () => {
    upstream.requests.length = 0;
    const triage = t.client(await t.key('clinician'), { headers: { 'x-yiheng-use-case': 'triage' } });
    const stream = await triage.chat.completions.create({
      model: 'triage',
      stream: true,
      stream_options: { include_usage: true },
      messages: [{ role: 'user', content: `${NAME}说：我头痛。需要吃药吗？` }],
    });
    let text = '';
    let usage: unknown;
    let last: Record<string, unknown> | undefined;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta?.content ?? '';
      if (chunk.usage) usage = chunk.usage;
      if (chunk.choices[0]?.finish_reason) last = chunk as unknown as Record<string, unknown>;
    }
    expect(JSON.stringify(upstream.requests)).not.toContain(NAME);
    // The strict policy restores for nobody: even a clinician sees the pseudonym.
    expect(text).toMatch(/^echo: \[PERSON_\d+\]说：我头痛。需要吃药吗？/);
    expect(text.endsWith('\n\n【AI生成内容，仅供参考】')).toBe(true);
    expect(usage).toMatchObject({ prompt_tokens: expect.any(Number) });
    expect(last?.yiheng).toMatchObject({
      deployment: 'triage',
      use_case: 'triage',
      policy: { name: 'strict' },
      label: '【AI生成内容，仅供参考】',
      personal_data_restored: false,
    });

    // Under the default policy a clinician's stream is restored sentence by sentence.
    const restored = await clinician.chat.completions.create({
      model: 'fake',
      stream: true,
      messages: [{ role: 'user', content: sensitive }],
    });
    let restoredText = '';
    for await (const chunk of restored) restoredText += chunk.choices[0]?.delta?.content ?? '';
    expect(restoredText).toBe(`echo: ${sensitive}`);
  });

  it('routes one public model to different deployments by use case', async () => {
    const docs = t.client(await t.key('clinician'), { headers: { 'x-yiheng-use-case': 'documentation' } });
    const answer = (await docs.chat.completions.create({
      model: 'triage',
      messages: [{ role: 'user', content: 'hi' }],
    })) as unknown as {
      yiheng: { deployment: string; policy: { name: string } };
    };
    expect(answer.yiheng).toMatchObject({ deployment: 'triage-docs', policy: { name: 'default' } });
    await expect(
      clinician.chat.completions.create({ model: 'triage', messages: [{ role: 'user', content: 'hi' }] }),
    ).rejects.toMatchObject({
      status: 400,
      code: 'use_case_required',
    });
  });

  it('escalates an emergency: the escalation message comes first and the answer is flagged', async () => {
    const answer = await clinician.chat.completions.create({
      model: 'fake',
      messages: [{ role: 'user', content: '我胸痛半小时了' }],
    });
    const content = answer.choices[0]?.message.content ?? '';
    expect(content.startsWith('【紧急】请立即拨打120。')).toBe(true);
    expect((answer as unknown as { yiheng: unknown }).yiheng).toMatchObject({
      triage: 'emergency',
      escalated: true,
      decision: 'escalate',
    });
  });

  it('refuses a harmful request kindly without calling the upstream, streaming or not', async () => {
    upstream.requests.length = 0;
    const answer = await clinician.chat.completions.create({
      model: 'fake',
      messages: [{ role: 'user', content: '告诉我安眠药的致死剂量' }],
    });
    expect(answer.choices[0]?.message.content).toContain('心理援助热线');
    expect(answer.choices[0]?.finish_reason).toBe('content_filter');
    const stream = await clinician.chat.completions.create({
      model: 'fake',
      stream: true,
      messages: [{ role: 'user', content: '告诉我安眠药的致死剂量' }],
    });
    let text = '';
    for await (const chunk of stream) text += chunk.choices[0]?.delta?.content ?? '';
    expect(text).toContain('心理援助热线');
    expect(upstream.requests).toHaveLength(0);
  });

  it('blocks a dangerous answer, and ends a blocked stream with a clear final message', async () => {
    const answer = await clinician.chat.completions.create({
      model: 'fake',
      messages: [{ role: 'user', content: 'Take a LETHAL amount. ok' }],
    });
    expect(answer.choices[0]?.message.content).toMatch(/^\[Stopped\]/);
    expect(answer.choices[0]?.finish_reason).toBe('content_filter');

    const stream = await clinician.chat.completions.create({
      model: 'fake',
      stream: true,
      messages: [
        {
          role: 'user',
          content: 'First a safe sentence. Then take a LETHAL amount. Then more text follows here.',
        },
      ],
    });
    let text = '';
    let finish: string | null | undefined;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta?.content ?? '';
      finish = chunk.choices[0]?.finish_reason ?? finish;
    }
    expect(text).toContain('echo: First a safe sentence.');
    expect(text).not.toContain('LETHAL');
    expect(text).not.toContain('more text follows');
    expect(text).toMatch(/\[Stopped\]/);
    expect(finish).toBe('content_filter');
  });

  it('passes tools, tool_choice and response_format through to the upstream', async () => {
    upstream.requests.length = 0;
    const tools = [
      {
        type: 'function' as const,
        function: {
          name: 'lookup_drug',
          description: 'look up a drug label',
          parameters: { type: 'object', properties: { name: { type: 'string' } } },
        },
      },
    ];
    await clinician.chat.completions.create({
      model: 'fake',
      messages: [{ role: 'user', content: 'aspirin?' }],
      tools,
      tool_choice: 'auto',
      response_format: { type: 'json_object' },
    });
    expect(upstream.requests[0]).toMatchObject({
      tools,
      tool_choice: 'auto',
      response_format: { type: 'json_object' },
    });
    expect(upstream.requests[0]).not.toHaveProperty('user');
  });

  it('lists every registered model and deployment under /v1/models', async () => {
    const ids = [];
    for await (const model of clinician.models.list()) ids.push(model.id);
    expect(ids).toEqual(expect.arrayContaining(['yiheng-reference', 'fake', 'triage']));
  });

  it('queues flagged answers for review (pseudonymised) and audits every review', async () => {
    const answer = await clinician.chat.completions.create({
      model: 'fake',
      messages: [{ role: 'user', content: `I think ${NAME} needs rest` }],
    });
    const yiheng = (answer as unknown as { yiheng: { review: { queued: boolean; id: string } } }).yiheng;
    expect(yiheng.review.queued).toBe(true);
    const headers = { authorization: `Bearer ${reviewerKey}`, 'content-type': 'application/json' };
    const list = await (await fetch(`${t.url}/api/review?status=pending`, { headers })).json();
    const item = list.data.find((i: { id: string }) => i.id === yiheng.review.id);
    expect(item).toBeTruthy();
    expect(JSON.stringify(item)).not.toContain(NAME);
    expect(item.answer).toContain('[PERSON_');

    const corrected = await fetch(`${t.url}/api/review/${item.id}/correct`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ correction: `${NAME} should rest and drink water.`, note: 'phrasing' }),
    });
    expect(corrected.status).toBe(200);
    const decided = await corrected.json();
    expect(decided).toMatchObject({ status: 'corrected' });
    expect(decided.correction).not.toContain(NAME);
    const again = await fetch(`${t.url}/api/review/${item.id}/approve`, {
      method: 'POST',
      headers,
      body: '{}',
    });
    expect(again.status).toBe(409);
    const audited = await t.store.db
      .selectFrom('audit_records')
      .select(['kind', 'actor_key_id'])
      .where('kind', '=', 'review.correct')
      .execute();
    expect(audited).toHaveLength(1);

    // A clinician key may not decide reviews.
    const denied = await fetch(`${t.url}/api/review`, {
      headers: { authorization: `Bearer ${await t.key('patient-app')}` },
    });
    expect(denied.status).toBe(403);
    expect((await denied.json()).error).toMatchObject({ type: 'permission_error', code: 'role_not_allowed' });
  });

  it('takes feedback on a response id from the key that received it', async () => {
    const secret = await t.key('patient-app');
    const answer = await t
      .client(secret)
      .chat.completions.create({ model: 'fake', messages: [{ role: 'user', content: 'hello' }] });
    const post = (key: string, body: unknown) =>
      fetch(`${t.url}/api/feedback`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const ok = await post(secret, { response_id: answer.id, rating: 2, comment: `call me on ${PHONE}` });
    expect(ok.status).toBe(201);
    const entry = await ok.json();
    expect(entry.comment).not.toContain(PHONE);
    expect((await post(await t.key('clinician'), { response_id: answer.id, rating: 5 })).status).toBe(404);
    expect((await post(secret, { response_id: answer.id, rating: 9 })).status).toBe(400);
  });

  it('writes a verifiable audit trail and never stores or logs personal data', async () => {
    await clinician.chat.completions.create({
      model: 'fake',
      messages: [{ role: 'user', content: sensitive }],
    });
    const stream = await clinician.chat.completions.create({
      model: 'fake',
      stream: true,
      messages: [{ role: 'user', content: sensitive }],
    });
    for await (const _ of stream) {
      // drain
    }
    await t.gateway.audit.flush();
    expect(await verifyAuditTrail(t.store.db)).toMatchObject({ ok: true });
    const records = await t.store.db.selectFrom('audit_records').select(['kind', 'body']).execute();
    expect(records.map((r) => r.kind)).toEqual(
      expect.arrayContaining(['chat.completion', 'chat.stream.start', 'chat.stream.end']),
    );
    const completion = JSON.parse(
      records.find((r) => r.kind === 'chat.completion' && r.body.includes('ID_CARD'))!.body,
    );
    expect(completion).toMatchObject({
      actor: { key_id: expect.stringMatching(/^key_/), role: 'clinician' },
      deployment: 'fake',
      decision: 'redact',
      data: {
        model: { id: 'fake', version: '1' },
        policy: { name: 'default', version: '2025.1' },
        input: { findings: { ID_CARD: 1, PHONE: 1, PERSON: 1 } },
      },
    });
    expect(completion.data.latency_ms).toEqual(expect.any(Number));

    // Every table the gateway writes, dumped as text: none may hold a secret in the clear.
    for (const table of ['audit_records', 'review_items', 'feedback', 'vault_entries', 'api_keys']) {
      const dump = JSON.stringify((await sql.raw(`select * from ${table}`).execute(t.store.db)).rows);
      for (const secret of [RESIDENT_ID, PHONE, NAME])
        expect(dump, `${table} holds ${secret}`).not.toContain(secret);
    }
    const logs = t.logs.join('\n');
    expect(logs).toContain('"route":"/v1/chat/completions"');
    for (const secret of [RESIDENT_ID, PHONE, NAME]) expect(logs).not.toContain(secret);
    expect(logs).toContain('"ID_CARD":1');
  });

  it('exposes Prometheus metrics, health and readiness', async () => {
    const metrics = await (await fetch(`${t.url}/metrics`)).text();
    expect(metrics).toMatch(
      /yiheng_http_requests_total\{method="POST",route="\/v1\/chat\/completions",status="200"\} \d+/,
    );
    expect(metrics).toMatch(
      /yiheng_guard_decisions_total\{stage="input",decision="redact",deployment="fake"\} \d+/,
    );
    expect(metrics).toMatch(/yiheng_guard_findings_total\{stage="input",type="ID_CARD"\} \d+/);
    expect(metrics).toContain('yiheng_http_request_duration_seconds_bucket');
    expect(await (await fetch(`${t.url}/healthz`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${t.url}/readyz`)).json()).toMatchObject({
      status: 'ready',
      checks: { database: 'ok' },
    });
  });
});
