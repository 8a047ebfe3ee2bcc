import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runEvaluation } from '../../evaluation/api.ts';
import { testBackends } from '../../foundation/db/test-stores.ts';
import { type FakeModelServer, startFakeModel } from '../../models/testing/fake-model-server.ts';
import { admin, auditor, type GovernanceFixture, openGovernance, secondAdmin } from '../testing/fixture.ts';

// A hospital's configuration: a triage deployment on a model served over HTTP (a fake that always
// answers "B"), with thresholds on the small example suite so a real run takes about a second.
let upstream: FakeModelServer;
const file = (overallMin: number, model = 'says-b') => ({
  models: [
    {
      id: 'says-b',
      provider: 'openai-compatible',
      base_url: upstream.url,
      model: 'fake',
      version: '2025-01',
      max_retries: 0,
    },
    {
      id: 'second-ref',
      provider: 'openai-compatible',
      base_url: upstream.url,
      model: 'fake',
      version: '1',
      max_retries: 0,
    },
  ],
  gateway: { deployments: [{ name: 'triage-bot', use_case: 'patient-triage', upstreams: [{ model }] }] },
  governance: {
    use_cases: {
      triage: {
        requirements: {
          suites: [
            { suite: 'example', metric: 'overall', min: overallMin },
            { suite: 'example', metric: 'facts_elicited', max: 1 },
          ],
          assessments: ['dpia'],
        },
      },
    },
  },
});

async function approveDpia(f: GovernanceFixture): Promise<void> {
  const g = f.governance;
  const a = await g.startAssessment(admin, {
    template: 'dpia',
    subject: { kind: 'deployment', name: 'triage-bot' },
  });
  const template = g.templates.latest('dpia');
  const answers: Record<string, unknown> = {};
  for (const q of template.sections.flatMap((s) => s.questions)) {
    answers[q.id] =
      q.type === 'text'
        ? 'documented in the hospital DPIA register'
        : q.type === 'yes_no'
          ? q.risk.no
            ? 'yes'
            : 'no'
          : q.type === 'choice'
            ? q.options[0]!.value
            : q.scale.max;
  }
  await g.answerAssessment(admin, a.id, answers);
  await g.submitAssessment(admin, a.id);
  await g.reviewAssessment(secondAdmin, a.id, { decision: 'approve' });
}

describe.each(testBackends)('deployment gate on %s', (kind) => {
  let f: GovernanceFixture;
  let overall: number;

  beforeAll(async () => {
    upstream = await startFakeModel({ reply: '答案：B' });
    f = await openGovernance(kind, file(0.05));
    const results = await runEvaluation(
      { db: f.store.db, models: f.config.models },
      { suite: 'example', model: 'says-b', seed: 7 },
    );
    overall = results.overall!.value!;
  }, 60_000);
  afterAll(async () => {
    await f?.close();
    await upstream?.close();
  });

  it('holds a high-risk deployment until it is enabled, and lists every unmet requirement with its fix', async () => {
    const g = f.governance;
    // Two replicas applying holds at once: one hold, one audit record.
    const [first, second] = await Promise.all([g.applyGateHolds(), g.applyGateHolds()]);
    expect([...first, ...second]).toEqual([
      expect.objectContaining({ deployment: 'triage-bot', change: 'held' }),
    ]);
    expect(await g.applyGateHolds()).toEqual([]);
    const holds = await f.store.db
      .selectFrom('audit_records')
      .select('kind')
      .where('kind', '=', 'governance.hold')
      .execute();
    expect(holds).toHaveLength(1);
    const held = await g.deployment(admin, 'triage-bot');
    expect(held).toMatchObject({
      useCaseId: 'triage',
      riskTier: 'high',
      gated: true,
      status: { state: 'suspended', heldByGate: true },
    });

    const gate = await g.checkGate(admin, 'triage-bot');
    expect(gate.mayGoLive).toBe(false);
    const unmet = gate.requirements.filter((r) => !r.met).map((r) => r.id);
    expect(unmet).toEqual(['oversight', 'assessment:dpia']);
    const evidence = gate.requirements.find((r) => r.id === 'evaluation:says-b:example:overall')!;
    expect(evidence).toMatchObject({ met: true, evidence: { value: overall, n: 17 } });
    for (const r of gate.requirements.filter((x) => !x.met)) {
      expect(r.fix?.en).toMatch(/yiheng /);
      expect(r.fix?.zh).toMatch(/yiheng /);
    }

    const refused = await g.enable(admin, 'triage-bot');
    expect(refused.enabled).toBe(false);
    expect(refused.gate.requirements.filter((r) => !r.met)).toHaveLength(2);
    expect((await g.deployment(admin, 'triage-bot')).status.heldByGate).toBe(true);
    const log = await f.store.db
      .selectFrom('audit_records')
      .select(['kind', 'decision'])
      .where('kind', '=', 'governance.enable.refused')
      .execute();
    expect(log).toEqual([{ kind: 'governance.enable.refused', decision: 'refused' }]);
  });

  it('rejects an oversight mode the use case does not accept, then enables once everything is met', async () => {
    const g = f.governance;
    await g.setProfile(auditor, 'triage-bot', { human_oversight: 'none' });
    const gate = await g.checkGate(admin, 'triage-bot');
    expect(gate.requirements.find((r) => r.id === 'oversight')).toMatchObject({
      met: false,
      found: { en: 'set to none' },
    });
    await expect(g.setProfile(auditor, 'triage-bot', { human_oversight: 'whenever' })).rejects.toMatchObject({
      fields: [expect.objectContaining({ field: 'human_oversight' })],
    });
    await expect(g.setProfile(auditor, 'triage-bot', { use_case: 'astrology' })).rejects.toMatchObject({
      code: 'not_found',
    });
    await g.setProfile(auditor, 'triage-bot', {
      human_oversight: 'human-in-the-loop',
      deployer: 'Example Hospital',
    });
    await approveDpia(f);
    // Enabling is the operator's: an auditor may not.
    await expect(g.enable(auditor, 'triage-bot')).rejects.toMatchObject({ code: 'forbidden' });
    const result = await g.enable(admin, 'triage-bot');
    expect(result.enabled).toBe(true);
    expect(result.gate.mayGoLive).toBe(true);
    const live = await g.deployment(admin, 'triage-bot');
    expect(live.status).toMatchObject({ state: 'active', heldByGate: false });
    expect(live.profile).toMatchObject({ enabled: true, enabledBy: admin.id });
    expect(live.profile.gateSnapshot).toMatchObject({
      use_case: 'triage',
      models: [{ id: 'says-b', version: '2025-01' }],
    });
    expect(await g.applyGateHolds()).toEqual([]);
  });

  it('stops a live deployment going live again while a serious incident is open or it is suspended', async () => {
    const g = f.governance;
    const incident = await g.reportIncident(
      auditor,
      {
        title: 'Missed red flag',
        description: 'Chest pain routed to outpatients.',
        severity: 'critical',
        deployment: 'triage-bot',
      },
      'api',
    );
    let gate = await g.checkGate(admin, 'triage-bot');
    expect(gate.requirements.find((r) => r.id === 'incidents')).toMatchObject({
      met: false,
      evidence: { incidents: [incident.id] },
    });
    await g.updateIncident(admin, incident.id, {
      status: 'resolved',
      corrective_action: 'policy now escalates chest pain',
    });
    await g.suspend(auditor, { name: 'triage-bot' }, { reason: 'drill' });
    gate = await g.checkGate(admin, 'triage-bot');
    expect(gate.requirements.filter((r) => !r.met).map((r) => r.id)).toEqual(['status:deployment']);
    expect((await g.resume(admin, { name: 'triage-bot' })).state).toBe('active');
    expect((await g.checkGate(admin, 'triage-bot')).mayGoLive).toBe(true);
  });

  it('withdraws the approval and holds again when the routed model changes', async () => {
    // The same database seen by a config that routes triage-bot to another model.
    const other = await openGovernance(kind, file(0.05, 'second-ref'), f.store);
    const changes = await other.governance.applyGateHolds();
    expect(changes.map((c) => c.change)).toEqual(['approval_withdrawn', 'held']);
    const gate = await other.governance.checkGate(admin, 'triage-bot');
    expect(gate.requirements.find((r) => r.id === 'evaluation:second-ref:example:overall')).toMatchObject({
      met: false,
      fix: { en: expect.stringContaining('yiheng eval --suite example --model second-ref') },
    });
    await other.close();
  });

  it('fails a threshold the run does not meet, showing the estimate and its interval', async () => {
    const strict = await openGovernance(kind, file(Math.min(1, overall + 0.2)), f.store);
    const gate = await strict.governance.checkGate(admin, 'triage-bot');
    const r = gate.requirements.find((x) => x.id === 'evaluation:says-b:example:overall')!;
    expect(r.met).toBe(false);
    expect(r.found.en).toMatch(/^run \S+: 0\.\d+ \[[\d.]+, [\d.]+\] n=17$/);
    expect(r.fix?.en).toMatch(/below the threshold/);
    await strict.close();
  });
});
