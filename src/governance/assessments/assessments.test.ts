import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../foundation/db/test-stores.ts';
import { verifyAuditTrail } from '../audit/verify.ts';
import { admin, auditor, type GovernanceFixture, openGovernance, secondAdmin } from '../testing/fixture.ts';

const completeDpia = {
  purpose: 'Pre-consultation triage for the outpatient department.',
  data_categories: 'Symptoms and history (health data).',
  lawful_basis: 'separate_consent',
  necessity: 'yes',
  deid_before_model: 'yes',
  upstream_retention: 'none',
  cross_border: 'no',
  retention_period: 'Conversations 30 days, audit records 3 years.',
  deletion: 'yes',
  minors: 'excluded_under_13_guardian_under_14',
  automated_decisions: 'no',
  access_control: 'yes',
  audit_trail: 'yes',
  breach_plan: 'yes',
  mitigations: 'Pseudonymisation before the model; role-based restore.',
  residual_risks: 'Re-identification from free text; accepted with short retention.',
};

describe.each(testBackends)('assessments on %s', (kind) => {
  let f: GovernanceFixture;
  const subject = { kind: 'deployment' as const, name: 'yiheng-reference' };

  beforeAll(async () => {
    f = await openGovernance(kind);
  });
  afterAll(async () => {
    await f?.close();
  });

  it('goes draft → submitted → approved with a different reviewer, each step audited with its actor', async () => {
    const g = f.governance;
    const a = await g.startAssessment(admin, { template: 'dpia', subject });
    expect(a).toMatchObject({
      status: 'draft',
      template: { id: 'dpia', version: '1.0.0' },
      author: admin.id,
    });
    const half = await g.answerAssessment(admin, a.id, {
      purpose: completeDpia.purpose,
      lawful_basis: 'separate_consent',
    });
    expect(half.score.completeness).toBeCloseTo(2 / 16);
    await expect(g.submitAssessment(admin, a.id)).rejects.toMatchObject({
      code: 'invalid_record',
      message: expect.stringMatching(/incomplete \(2\/16/),
    });
    const full = await g.answerAssessment(auditor, a.id, completeDpia);
    expect(full).toMatchObject({ revision: 2, contributors: [admin.id, auditor.id] });
    expect(full.score).toMatchObject({ completeness: 1, risk_score: 0, risk_level: 'low', blockers: [] });
    await g.submitAssessment(admin, a.id);
    // Neither the author nor another contributor may approve.
    await expect(g.reviewAssessment(admin, a.id, { decision: 'approve' })).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(g.reviewAssessment(auditor, a.id, { decision: 'approve' })).rejects.toMatchObject({
      code: 'forbidden',
    });
    const approved = await g.reviewAssessment(secondAdmin, a.id, { decision: 'approve' });
    expect(approved).toMatchObject({ status: 'approved', reviewer: secondAdmin.id, valid: true });
    expect(new Date(approved.valid_until!).getTime() - Date.now()).toBeGreaterThan(364 * 86_400_000);
    expect((await g.assessments.currentApproval(subject, 'dpia'))?.id).toBe(a.id);

    const records = await f.store.db
      .selectFrom('audit_records')
      .select(['kind', 'actor_key_id', 'body'])
      .where('kind', 'like', 'governance.assessment.%')
      .orderBy('seq')
      .execute();
    expect(records.map((r) => [r.kind, r.actor_key_id])).toEqual([
      ['governance.assessment.start', admin.id],
      ['governance.assessment.answer', admin.id],
      ['governance.assessment.answer', auditor.id],
      ['governance.assessment.submit', admin.id],
      ['governance.assessment.approve', secondAdmin.id],
    ]);
    // Answers are not copied into the trail: only question ids and scores.
    for (const r of records) expect(r.body).not.toContain('Pseudonymisation');
    expect((await verifyAuditTrail(f.store.db)).ok).toBe(true);
  });

  it('rejects bad answers whole, naming each field, and writes nothing', async () => {
    const g = f.governance;
    const a = await g.startAssessment(admin, { template: 'dpia', subject });
    await expect(
      g.answerAssessment(admin, a.id, { purpose: 'ok', lawful_basis: 'whim', necessity: 'perhaps' }),
    ).rejects.toMatchObject({
      code: 'invalid_record',
      fields: [
        { field: 'answers.lawful_basis', reason: expect.stringMatching(/choose one of/) },
        { field: 'answers.necessity', reason: 'answer yes or no' },
      ],
    });
    const after = await g.getAssessment(admin, a.id);
    expect(after).toMatchObject({ revision: 0, answers: {} });
  });

  it('blocks approval on a blocking answer, demands a note at high risk, and supports sending back', async () => {
    const g = f.governance;
    const a = await g.startAssessment(admin, { template: 'dpia', subject });
    await g.answerAssessment(admin, a.id, { ...completeDpia, cross_border: 'without_mechanism' });
    await g.submitAssessment(admin, a.id);
    await expect(g.reviewAssessment(secondAdmin, a.id, { decision: 'approve' })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('cross_border'),
    });
    await expect(
      g.reviewAssessment(secondAdmin, a.id, { decision: 'request_changes' }),
    ).rejects.toMatchObject({ code: 'invalid_record' });
    const back = await g.reviewAssessment(secondAdmin, a.id, {
      decision: 'request_changes',
      note: 'find a lawful transfer mechanism',
    });
    expect(back.status).toBe('changes_requested');
    // High risk without a blocker: approvable, but only with a justification.
    await g.answerAssessment(admin, a.id, {
      cross_border: 'with_mechanism',
      deid_before_model: 'no',
      upstream_retention: 'trained',
      minors: 'no_controls',
      automated_decisions: 'yes',
    });
    await g.submitAssessment(admin, a.id);
    const reviewer = { id: 'key_other_auditor', role: 'auditor' as const };
    await expect(g.reviewAssessment(reviewer, a.id, { decision: 'approve' })).rejects.toMatchObject({
      fields: [{ field: 'note', reason: expect.stringMatching(/risk level high/) }],
    });
    const ok = await g.reviewAssessment(reviewer, a.id, {
      decision: 'approve',
      note: 'accepted until the local deployment in Q3',
    });
    expect(ok).toMatchObject({
      status: 'approved',
      review_note: 'accepted until the local deployment in Q3',
    });
    expect(ok.score.risk_level).toBe('high');
    await expect(g.answerAssessment(admin, a.id, { purpose: 'rewrite history' })).rejects.toMatchObject({
      code: 'conflict',
    });
  });

  it('refuses unknown templates and subjects, and the database itself refuses a self-approval', async () => {
    const g = f.governance;
    await expect(g.startAssessment(admin, { template: 'nope', subject })).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(
      g.startAssessment(admin, { template: 'dpia', subject: { kind: 'deployment', name: 'ghost' } }),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(
      g.startAssessment(admin, { template: 'dpia', subject: { kind: 'planet', name: 'x' } } as never),
    ).rejects.toMatchObject({
      fields: [expect.objectContaining({ field: 'subject.kind' })],
    });
    const a = await g.startAssessment(admin, { template: 'dpia', subject });
    await expect(
      sql`update gov_assessments set reviewer = author where id = ${a.id}`.execute(f.store.db),
    ).rejects.toThrow(/four_eyes/);
  });
});
