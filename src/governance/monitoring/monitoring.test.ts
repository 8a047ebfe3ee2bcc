import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runEvaluation } from '../../evaluation/api.ts';
import { testBackends } from '../../foundation/db/test-stores.ts';
import { type FakeModelServer, startFakeModel } from '../../models/testing/fake-model-server.ts';
import { Governance } from '../governance.ts';
import { admin, type GovernanceFixture, openGovernance } from '../testing/fixture.ts';
import { type FakeAnswer, recordAnswers } from '../testing/traffic.ts';
import { driftRulesSchema } from './drift-rules.ts';

const DAY = 86_400_000;
const day0 = Date.parse('2030-03-01T00:00:00Z');
const at = (day: number, hour = 10) => new Date(day0 + day * DAY + hour * 3_600_000);

describe.each(testBackends)('post-release monitoring on %s', (kind) => {
  let f: GovernanceFixture;
  let upstream: FakeModelServer;
  let ids: Array<{ id: string; responseId: string }>;

  beforeAll(async () => {
    upstream = await startFakeModel({ reply: 'I cannot help with that.' });
    f = await openGovernance(kind, {
      models: [
        {
          id: 'refuser',
          provider: 'openai-compatible',
          base_url: upstream.url,
          model: 'fake',
          max_retries: 0,
        },
      ],
      gateway: { deployments: [{ name: 'clinic', upstreams: [{ model: 'refuser' }] }] },
    });
    // Day 0: 4 requests (1 refused at input, 1 escalated with review). Day 1: 2 requests, both blocked at output.
    const traffic: FakeAnswer[] = [
      { at: at(0, 9), deployment: 'clinic', userGroup: { age_band: '65+', sex: 'female' } },
      {
        at: at(0, 9),
        deployment: 'clinic',
        decision: 'block',
        input: { decision: 'block', findings: { PROMPT_INJECTION: 1 } },
        userGroup: { age_band: '18-39' },
      },
      {
        at: at(0, 10),
        deployment: 'clinic',
        decision: 'escalate',
        escalated: true,
        reviewId: 'rev_1',
        userGroup: { age_band: '65+', sex: 'male' },
      },
      { at: at(0, 11), deployment: 'clinic', decision: 'redact' },
      {
        at: at(1, 8),
        deployment: 'clinic',
        decision: 'block',
        output: { decision: 'block', findings: { DOSE_ABOVE_MAX: 1 } },
        userGroup: { age_band: '65+' },
      },
      {
        at: at(1, 8),
        deployment: 'clinic',
        decision: 'block',
        output: { decision: 'block', findings: { DOSE_ABOVE_MAX: 1 } },
        userGroup: { age_band: '65+' },
      },
      { at: at(1, 8), deployment: 'elsewhere' },
    ];
    ids = await recordAnswers(f.store.db, traffic);
    await f.store.db
      .insertInto('feedback')
      .values([
        { id: 'fb1', response_id: ids[0]!.responseId, key_id: 'key_app', rating: 5, created_at: at(0, 12) },
        { id: 'fb2', response_id: ids[2]!.responseId, key_id: 'key_app', rating: 1, created_at: at(0, 13) },
      ])
      .execute();
    await f.store.db
      .insertInto('review_items')
      .values({
        id: 'rev_1',
        response_id: ids[2]!.responseId,
        deployment: 'clinic',
        use_case: 'general',
        policy: 'default',
        messages: JSON.stringify([{ role: 'user', content: '[pseudonymised]' }]),
        answer: '[pseudonymised]',
        status: 'corrected',
        reviewed_at: at(0, 15),
      })
      .execute();
  });
  afterAll(async () => {
    await f?.close();
    await upstream?.close();
  });

  it('counts decisions, refusals, escalations, reviews and feedback per day', async () => {
    const series = await f.governance.monitoring(admin, {
      deployment: 'clinic',
      from: at(0, 0),
      to: at(2, 0),
      bucket: 'day',
    });
    expect(series.map((p) => [p.start.slice(0, 10), p.group, p.counts.requests])).toEqual([
      ['2030-03-01', 'all', 4],
      ['2030-03-02', 'all', 2],
    ]);
    const [first, second] = series;
    expect(first!.counts).toMatchObject({
      decisions: { allow: 1, redact: 1, review: 0, escalate: 1, block: 1 },
      refused: 1,
      blocked: 1,
      escalated: 1,
      reviewed: 1,
      feedback: 2,
      negativeFeedback: 1,
      reviewsDecided: 1,
      reviewsCorrected: 1,
    });
    expect(first!.rates.refusal_rate).toMatchObject({ value: 0.25, k: 1, n: 4 });
    expect(first!.rates.refusal_rate.ci_low).toBeGreaterThan(0);
    expect(first!.rates.mean_rating).toBe(3);
    expect(second!.rates.block_rate).toMatchObject({ value: 1, n: 2 });
    const hourly = await f.governance.monitoring(admin, {
      deployment: 'clinic',
      from: at(0, 0),
      to: at(1, 0),
      bucket: 'hour',
    });
    expect(hourly.map((p) => [p.start.slice(11, 13), p.counts.requests])).toEqual([
      ['09', 2],
      ['10', 1],
      ['11', 1],
      ['12', 0],
      ['13', 0],
      ['15', 0],
    ]);
  });

  it('breaks the same numbers down by the user group the application sent', async () => {
    const byAge = await f.governance.monitoring(admin, {
      deployment: 'clinic',
      from: at(0, 0),
      to: at(2, 0),
      bucket: 'day',
      by: 'age_band',
    });
    const rows = byAge.map((p) => [
      p.start.slice(0, 10),
      p.group,
      p.counts.requests,
      p.counts.blocked,
      p.counts.feedback,
    ]);
    expect(rows).toEqual([
      ['2030-03-01', '18-39', 1, 1, 0],
      ['2030-03-01', '65+', 2, 0, 2],
      ['2030-03-01', 'unspecified', 1, 0, 0],
      ['2030-03-02', '65+', 2, 2, 0],
    ]);
    await expect(
      f.governance.monitoring(admin, { deployment: 'ghost', from: at(0), to: at(1), bucket: 'day' }),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(
      f.governance.monitoring(
        { id: 'key_c', role: 'clinician' },
        { deployment: 'clinic', from: at(0), to: at(1), bucket: 'day' },
      ),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('raises a drift alert when a live rate leaves its baseline, and says when data is too thin', async () => {
    // 60 answers a day: the first week with 5% blocked, the last week with 30% blocked.
    const traffic: FakeAnswer[] = [];
    for (let d = 10; d < 24; d++) {
      for (let i = 0; i < 60; i++) {
        const blocked = d < 17 ? i < 3 : i < 18;
        traffic.push({
          at: at(d, 1 + (i % 20)),
          deployment: 'clinic',
          decision: blocked ? 'block' : 'allow',
          escalated: i === 0,
        });
      }
    }
    await recordAnswers(f.store.db, traffic);
    const rules = driftRulesSchema.parse({
      version: '1.0.0',
      min_requests: 50,
      rules: [
        {
          id: 'block',
          metric: 'block_rate',
          title: { zh: '拦截率', en: 'Block rate' },
          window_days: 7,
          baseline: { kind: 'reference_window', days: 7 },
          max_change: 0.05,
        },
        {
          id: 'escalation',
          metric: 'escalation_rate',
          title: { zh: '升级率', en: 'Escalation' },
          window_days: 7,
          baseline: { kind: 'reference_window', days: 7 },
          max_change: 0.05,
        },
        {
          id: 'feedback',
          metric: 'negative_feedback_rate',
          title: { zh: '差评', en: 'Feedback' },
          window_days: 7,
          baseline: { kind: 'value', value: 0.2 },
          max_change: 0,
          direction: 'increase',
        },
        {
          id: 'eval',
          metric: 'refusal_rate',
          title: { zh: '拒答', en: 'Refusal' },
          window_days: 7,
          baseline: { kind: 'evaluation', suite: 'example', metric: 'refusal_rate' },
          max_change: 0.1,
        },
      ],
    });
    const g = new Governance({ db: f.store.db, config: f.config, audit: f.audit, driftRules: rules });
    // The deployment went live on day 10: the reference window is days 10–16.
    await f.store.db
      .insertInto('gov_deployment_profiles')
      .values({ deployment: 'clinic', enabled: true, enabled_at: at(10, 0), updated_by: 'test' })
      .execute();
    const before = await g.drift(admin, 'clinic', at(24, 0));
    const byRule = Object.fromEntries(before.map((v) => [v.rule, v]));
    expect(byRule.block).toMatchObject({
      status: 'alert',
      baseline: { kind: 'reference_window', value: 0.05 },
      live: { value: 0.3 },
    });
    expect(byRule.block!.message.en).toMatch(/Block rate: 30\.0% \(baseline 5\.0%/);
    expect(byRule.escalation).toMatchObject({ status: 'ok' });
    expect(byRule.feedback).toMatchObject({ status: 'insufficient_data' });
    expect(byRule.eval).toMatchObject({
      status: 'insufficient_data',
      baseline: { kind: 'evaluation', value: null },
    });

    // With an evaluation run of the model (which refuses every question), the refusal baseline is 1.0.
    await runEvaluation(
      { db: f.store.db, models: f.config.models },
      { suite: 'example', model: 'refuser', seed: 1 },
    );
    const after = Object.fromEntries((await g.drift(admin, 'clinic', at(24, 0))).map((v) => [v.rule, v]));
    expect(after.eval).toMatchObject({
      status: 'alert',
      baseline: { kind: 'evaluation', value: 1 },
      live: { value: 0 },
    });
    expect(after.eval!.baseline.source).toMatch(/^run \S+ \(example, refusal_rate\)$/);
  });
});
