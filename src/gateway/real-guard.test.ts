import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../foundation/db/database.ts';
import { openTestStore, testBackends } from '../foundation/db/test-stores.ts';
import { DEFAULT_LABEL } from '../guard/detectors/label.ts';
import { MODEL_EMERGENCY_ID, RedFlagDetector, triageOf } from '../guard/detectors/redflag.ts';
import { loadBundledGuardKnowledge } from '../guard/knowledge.ts';
import { loadBundledPolicies } from '../guard/policy/load.ts';
import { type Policy, policySchema } from '../guard/policy/schema.ts';
import { type FakeModelServer, startFakeModel } from '../models/testing/fake-model-server.ts';
import { PolicyGuardProvider } from './guard/policy-guard-provider.ts';
import { DbVaultStore } from './guard/vault-store.ts';
import { startTestGateway, type TestGateway, testConfig } from './testing/test-gateway.ts';

const RESIDENT_ID = '11010519491231002X';
const PHONE = '13812345678';
const NAME = '张伟';
const MESSAGE = `患者${NAME}，男，45岁，身份证号${RESIDENT_ID}，电话${PHONE}，咳嗽一周，需要做什么检查？`;

/** The gateway with the real guard (src/guard) and the bundled policies, end to end. */
describe.each(testBackends)('gateway with the real guard on %s', (kind) => {
  let upstream: FakeModelServer;
  let store: Store;
  let t: TestGateway;
  let clinician: OpenAI;

  beforeAll(async () => {
    upstream = await startFakeModel({ record: true });
    store = await openTestStore(kind);
    const bundled = loadBundledPolicies();
    const base = bundled.find((p) => p.name === 'default')!;
    // A deployment that keeps originals in the vault, so clinicians can have them restored.
    const vaulted: Policy = policySchema.parse({
      ...base,
      name: 'vault-restore',
      use_cases: ['ward-round'],
      pii: { ...base.pii, input_mode: 'vault', restore_roles: ['clinician'] },
    });
    // A deployment that sends emergencies only the model saw to a reviewer instead of escalating them.
    const modelReview: Policy = policySchema.parse({
      ...base,
      name: 'model-review',
      use_cases: ['model-review'],
      rules: { ...base.rules, input: { ...base.rules.input, 'RED_FLAG.model': 'review' } },
    });
    const guards = new PolicyGuardProvider({
      policies: [...bundled, vaulted, modelReview],
      defaultPolicy: 'default',
      vaultStore: new DbVaultStore(store.db),
      env: { YIHENG_VAULT_KEY: randomBytes(32).toString('base64') },
    });
    const config = testConfig({
      models: [{ id: 'fake', provider: 'openai-compatible', base_url: upstream.url, model: 'fake' }],
    });
    t = await startTestGateway({ kind, config, guards, store });
    clinician = t.client(await t.key('clinician'));
  });
  afterAll(async () => {
    await t?.close();
    await store?.close();
    await upstream?.close();
  });

  it('pseudonymises a resident ID, a phone number and a name before the upstream sees them, and labels the answer', async () => {
    upstream.requests.length = 0;
    const answer = await clinician.chat.completions.create({
      model: 'fake',
      messages: [{ role: 'user', content: MESSAGE }],
    });
    const sent = JSON.stringify(upstream.requests);
    for (const secret of [RESIDENT_ID, PHONE, NAME]) expect(sent).not.toContain(secret);
    expect(sent).toContain('咳嗽一周');
    const content = answer.choices[0]?.message.content ?? '';
    expect(content.endsWith(DEFAULT_LABEL.zh)).toBe(true);
    // Pseudonym mode keeps no originals: nobody gets them back, the answer carries the surrogates.
    for (const secret of [RESIDENT_ID, PHONE, NAME]) expect(content).not.toContain(secret);
    const yiheng = (answer as unknown as { yiheng: Record<string, unknown> }).yiheng;
    expect(yiheng).toMatchObject({
      policy: { name: 'default' },
      decision: 'redact',
      input: { findings: { ID_CARD: 1, PHONE: 1, PERSON: 1 } },
      personal_data_restored: false,
    });
  });

  it('restores vault pseudonyms for a clinician and for nobody else', async () => {
    const ward = { headers: { 'x-yiheng-use-case': 'ward-round' } };
    upstream.requests.length = 0;
    const forClinician = await t.client(await t.key('clinician'), ward).chat.completions.create({
      model: 'fake',
      messages: [{ role: 'user', content: MESSAGE }],
    });
    expect(JSON.stringify(upstream.requests)).not.toContain(RESIDENT_ID);
    expect(forClinician.choices[0]?.message.content).toContain(`echo: ${MESSAGE}`);
    const forEvaluator = await t.client(await t.key('evaluator'), ward).chat.completions.create({
      model: 'fake',
      messages: [{ role: 'user', content: MESSAGE }],
    });
    expect(forEvaluator.choices[0]?.message.content).not.toContain(RESIDENT_ID);
    const vault = JSON.stringify((await sql`select * from vault_entries`.execute(store.db)).rows);
    expect(vault).toContain('yv1.');
    for (const secret of [RESIDENT_ID, PHONE, NAME]) expect(vault).not.toContain(secret);
  });

  it('escalates an emergency with the call-120 message first, also when streaming', async () => {
    const text = '我父亲突然胸痛伴大汗30分钟，怎么办？';
    const answer = await clinician.chat.completions.create({
      model: 'fake',
      messages: [{ role: 'user', content: text }],
    });
    const content = answer.choices[0]?.message.content ?? '';
    expect(content.indexOf('120')).toBeGreaterThanOrEqual(0);
    expect(content.indexOf('120')).toBeLessThan(content.indexOf('echo:'));
    expect((answer as unknown as { yiheng: unknown }).yiheng).toMatchObject({
      triage: 'emergency',
      escalated: true,
      decision: 'escalate',
    });

    const stream = await clinician.chat.completions.create({
      model: 'fake',
      stream: true,
      messages: [{ role: 'user', content: text }],
    });
    let streamed = '';
    for await (const chunk of stream) streamed += chunk.choices[0]?.delta?.content ?? '';
    expect(streamed.indexOf('120')).toBeLessThan(streamed.indexOf('echo:'));
  });

  it('follows RED_FLAG.model for an emergency only the model saw: review where a policy says so, else escalate', async () => {
    // A message the bundled rules leave below emergency and the bundled model raises (found, not
    // assumed, so the test keeps its meaning as the rules grow).
    const knowledge = loadBundledGuardKnowledge();
    const detector = new RedFlagDetector(knowledge.redflags!, knowledge.emergencyModel);
    const text = [
      "Dad's gone all grey and sweaty, says his chest feels like an elephant is sitting on it",
      '老人家肚子胀得像鼓，一直吐，两天没拉了',
      'my wife is breathing in a weird gasping way and her lips are a funny colour',
      '孩子脸色发青，叫他也不怎么应',
    ].find((t) => {
      const findings = detector.detect(t);
      return findings.some((f) => f.detail?.id === MODEL_EMERGENCY_ID) && triageOf(findings) === 'emergency';
    });
    expect(text).toBeDefined();
    const ask = async (useCase?: string) => {
      const client = useCase
        ? t.client(await t.key('clinician'), { headers: { 'x-yiheng-use-case': useCase } })
        : clinician;
      const answer = await client.chat.completions.create({
        model: 'fake',
        messages: [{ role: 'user', content: text! }],
      });
      return {
        content: answer.choices[0]?.message.content ?? '',
        yiheng: (
          answer as unknown as {
            yiheng: { decision: string; escalated: boolean; triage: string; review: { queued: boolean } };
          }
        ).yiheng,
      };
    };
    const reviewed = await ask('model-review');
    expect(reviewed.yiheng).toMatchObject({ decision: 'review', escalated: false, triage: 'emergency' });
    expect(reviewed.yiheng.review.queued).toBe(true);
    const escalated = await ask();
    expect(escalated.yiheng).toMatchObject({ decision: 'escalate', escalated: true });
    expect(escalated.content.indexOf('echo:')).toBeGreaterThan(0);
    expect(reviewed.content.length).toBeLessThan(escalated.content.length);
  });

  it('puts the patient-triage label first, as that policy asks', async () => {
    const triage = t.client(await t.key('patient-app'), { headers: { 'x-yiheng-use-case': 'triage' } });
    const answer = await triage.chat.completions.create({
      model: 'fake',
      messages: [{ role: 'user', content: '我咳嗽三天了' }],
    });
    expect(answer.choices[0]?.message.content?.startsWith(DEFAULT_LABEL.zh)).toBe(true);
    expect((answer as unknown as { yiheng: unknown }).yiheng).toMatchObject({
      policy: { name: 'patient-triage' },
    });
  });

  it('keeps the resident ID and phone number out of the logs and every gateway table', async () => {
    const stream = await clinician.chat.completions.create({
      model: 'fake',
      stream: true,
      messages: [{ role: 'user', content: MESSAGE }],
    });
    for await (const _ of stream) {
      // drain
    }
    await t.gateway.audit.flush();
    for (const table of ['audit_records', 'review_items', 'feedback', 'vault_entries', 'api_keys']) {
      const dump = JSON.stringify((await sql.raw(`select * from ${table}`).execute(store.db)).rows);
      for (const secret of [RESIDENT_ID, PHONE])
        expect(dump, `${table} holds ${secret}`).not.toContain(secret);
    }
    const logs = t.logs.join('\n');
    expect(logs.length).toBeGreaterThan(100);
    for (const secret of [RESIDENT_ID, PHONE, NAME]) expect(logs).not.toContain(secret);
  });
});
