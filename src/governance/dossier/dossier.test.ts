import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runEvaluation } from '../../evaluation/api.ts';
import { testBackends } from '../../foundation/db/test-stores.ts';
import { type FakeModelServer, startFakeModel } from '../../models/testing/fake-model-server.ts';
import { HALLUCINATION_PASS_SCORE } from '../evidence/evaluation-evidence.ts';
import { admin, auditor, type GovernanceFixture, openGovernance } from '../testing/fixture.ts';
import { recordAnswers } from '../testing/traffic.ts';
import { buildDossier } from './dossier-bundle.ts';
import { renderDossierHtml } from './dossier-html.ts';
import { writeDossier } from './write-dossier.ts';

describe.each(testBackends)('cards, label and dossier on %s', (kind) => {
  let f: GovernanceFixture;
  let upstream: FakeModelServer;
  let hallucinationRun: string;

  beforeAll(async () => {
    upstream = await startFakeModel({
      reply: '答案：B。我无法核实这种说法，没有找到相关证据。I cannot verify this; I am not aware of it.',
    });
    f = await openGovernance(kind, {
      models: [
        {
          id: 'priced',
          provider: 'openai-compatible',
          base_url: upstream.url,
          model: 'fake',
          version: '3',
          max_retries: 0,
          developer: 'Model Lab',
          provider_org: 'Hospital AI team',
          knowledge_cutoff: '2024-06',
          price: { input_per_mtok: 2, output_per_mtok: 8 },
        },
        {
          id: 'unpriced',
          provider: 'openai-compatible',
          base_url: upstream.url,
          model: 'fake',
          max_retries: 0,
        },
      ],
      gateway: {
        deployments: [
          {
            name: 'explainer',
            use_case: 'patient-education',
            upstreams: [{ model: 'priced' }, { model: 'unpriced' }],
          },
        ],
      },
      governance: { energy_wh_per_1k_tokens: { priced: 0.5 } },
    });
    const models = f.config.models;
    await runEvaluation({ db: f.store.db, models }, { suite: 'example', model: 'priced', seed: 2 });
    hallucinationRun = (
      await runEvaluation(
        { db: f.store.db, models },
        { suite: 'hallucination', model: 'priced', limit: 12, seed: 2 },
      )
    ).run_id;
  }, 60_000);
  afterAll(async () => {
    await f?.close();
    await upstream?.close();
  });

  it('builds the model card from real runs: CIs, hallucination rate from the stored items, group gaps', async () => {
    const card = await f.governance.modelCard(admin, 'priced');
    expect(card.model).toMatchObject({ id: 'priced', version: '3' });
    expect(card.valueChain).toEqual({ developer: 'Model Lab', provider: 'Hospital AI team', deployer: null });
    expect(card.evaluations.map((e) => e.suite)).toEqual(['example', 'hallucination']);
    for (const e of card.evaluations) {
      expect(e.overall!.ci_low!).toBeLessThanOrEqual(e.overall!.value!);
      expect(e.overall!.ci_high!).toBeGreaterThanOrEqual(e.overall!.value!);
    }
    const items = await f.store.db
      .selectFrom('eval_items')
      .select('score')
      .where('run_id', '=', hallucinationRun)
      .where('variant', '=', '')
      .where('status', '=', 'ok')
      .execute();
    const failed = items.filter((i) => i.score !== null && i.score < HALLUCINATION_PASS_SCORE).length;
    expect(card.hallucination).toMatchObject({
      runId: hallucinationRun,
      suite: 'hallucination',
      rate: { n: items.length, k: failed },
    });
    expect(card.hallucination!.rate.value).toBeCloseTo(failed / items.length);
    expect(card.groupsEvaluated).toBe(true);
    expect(card.subgroupGaps.some((g) => g.kind === 'counterfactual' && g.attribute === 'sex')).toBe(true);
    expect(card.lineage.steps[0]).toMatchObject({
      step: 'base-model',
      role: 'developer',
      organisation: 'Model Lab',
    });
    // No run of this model at all: its card says so instead of inventing numbers.
    const bare = await f.governance.modelCard(admin, 'unpriced');
    expect(bare.evaluations).toEqual([]);
    expect(bare.limits.map((l) => l.en)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/no completed evaluation/),
        expect.stringMatching(/hallucination rate unknown/),
      ]),
    );
  });

  it('gives cost and energy per 1,000 requests from recorded tokens, and "unknown" with the reason otherwise', async () => {
    let label = await f.governance.label({ id: 'key_p', role: 'patient-app' }, 'explainer');
    expect(label.costPer1kRequestsUsd).toMatchObject({
      known: false,
      reason: { en: expect.stringMatching(/no requests/) },
    });
    const now = new Date();
    await recordAnswers(f.store.db, [
      { at: now, deployment: 'explainer', model: 'priced', tokens: { prompt: 1000, completion: 500 } },
      { at: now, deployment: 'explainer', model: 'priced', tokens: { prompt: 3000, completion: 1500 } },
    ]);
    label = await f.governance.label(admin, 'explainer');
    // (4000 × 2 + 2000 × 8) / 1e6 USD over 2 requests → per 1,000 requests.
    expect(label.costPer1kRequestsUsd).toMatchObject({
      known: true,
      value: expect.closeTo(((4000 * 2 + 2000 * 8) / 1e6 / 2) * 1000, 9),
    });
    expect(label.energyPer1kRequestsWh).toMatchObject({
      known: true,
      value: expect.closeTo((((6000 / 1000) * 0.5) / 2) * 1000, 9),
    });
    await recordAnswers(f.store.db, [
      { at: now, deployment: 'explainer', model: 'unpriced', tokens: { prompt: 10, completion: 10 } },
    ]);
    label = await f.governance.label(admin, 'explainer');
    expect(label.costPer1kRequestsUsd).toMatchObject({
      known: false,
      reason: { en: expect.stringContaining('no price configured for unpriced') },
    });
    expect(label.energyPer1kRequestsWh).toMatchObject({
      known: false,
      reason: { en: expect.stringContaining('unpriced') },
    });
    expect(label.intendedUse.useCase?.id).toBe('patient-education');
    expect(label.knowledgeCutoff).toMatchObject({ known: true, value: '2024-06' });
    expect(label.hallucination).toMatchObject({ known: true });
    expect(label.models.map((m) => [m.id, m.role])).toEqual([
      ['priced', 'primary'],
      ['unpriced', 'fallback'],
    ]);
    expect(label.warnings[0]!.zh).toMatch(/人工智能生成/);
  });

  it('writes a self-contained bilingual dossier and its JSON bundle, for auditors only', async () => {
    await f.governance.reportIncident(
      auditor,
      {
        title: '<script>alert(1)</script> title',
        description: 'x & y',
        severity: 'low',
        deployment: 'explainer',
      },
      'api',
    );
    await f.governance.startAssessment(admin, {
      template: 'who-principles',
      subject: { kind: 'deployment', name: 'explainer' },
    });
    await expect(
      buildDossier(f.governance, { id: 'key_c', role: 'clinician' }, 'explainer'),
    ).rejects.toMatchObject({ code: 'forbidden' });
    const bundle = await buildDossier(f.governance, auditor, 'explainer');
    expect(bundle).toMatchObject({
      schema_version: 1,
      generated_by: auditor.id,
      deployment: { name: 'explainer', useCaseId: 'patient-education' },
      use_case: { id: 'patient-education', risk_tier: 'limited' },
      audit: { ok: true },
    });
    expect(bundle.model_cards).toHaveLength(2);
    expect(bundle.assessments[0]!.template.id).toBe('who-principles');
    expect(bundle.assessment_templates.map((t) => t.id)).toEqual(['who-principles']);
    expect(bundle.incidents[0]!.events).toHaveLength(1);
    expect(bundle.monitoring.totals.counts.requests).toBe(3);
    expect(bundle.gate.requirements.length).toBeGreaterThan(3);
    expect(JSON.parse(JSON.stringify(bundle))).toEqual(bundle);

    const html = renderDossierHtml(bundle);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('x &amp; y');
    for (const text of [
      '合规档案',
      'Compliance dossier',
      '部署闸门',
      'Deployment gate',
      '影响评估',
      'Impact assessments',
      '@media print',
      'Regulation (EU) 2024/1689',
      'Governing AI for Humanity',
    ]) {
      expect(html).toContain(text);
    }
    expect(renderDossierHtml(bundle, 'en')).not.toContain('合规档案');

    const dir = mkdtempSync(path.join(tmpdir(), 'yiheng-dossier-'));
    const files = writeDossier(bundle, path.join(dir, 'out'));
    expect(existsSync(files.html)).toBe(true);
    expect(JSON.parse(readFileSync(files.json, 'utf8')).deployment.name).toBe('explainer');
    const exported = await f.store.db
      .selectFrom('audit_records')
      .select(['actor_key_id'])
      .where('kind', '=', 'governance.dossier.export')
      .execute();
    expect(exported).toEqual([{ actor_key_id: auditor.id }]);
  });
});
