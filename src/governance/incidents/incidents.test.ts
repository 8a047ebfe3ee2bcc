import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncidentStatus } from '../../foundation/db/tables/governance.ts';
import { testBackends } from '../../foundation/db/test-stores.ts';
import { startGovernanceMonitor } from '../governance-monitor.ts';
import { admin, auditor, type GovernanceFixture, openGovernance } from '../testing/fixture.ts';
import { recordAnswers } from '../testing/traffic.ts';
import { incidentRulesSchema } from './incident-rules.ts';
import { IncidentScanner, SCAN_PAGE, scanForIncidents } from './incident-scan.ts';
import { allowedTransitions, incidentStatuses } from './incidents.ts';

const dose = { decision: 'block', findings: { DOSE_ABOVE_MAX: 1 } };

describe.each(testBackends)('incidents on %s', (kind) => {
  let f: GovernanceFixture;
  beforeAll(async () => {
    f = await openGovernance(kind, {
      gateway: {
        deployments: [
          { name: 'pharmacy', upstreams: [{ model: 'yiheng-reference' }] },
          { name: 'docs', upstreams: [{ model: 'yiheng-reference' }] },
        ],
      },
    });
  });
  afterAll(async () => {
    await f?.close();
  });

  it('records a reported incident whole, linked to real audit records, and audits it without its text', async () => {
    const [r] = await recordAnswers(f.store.db, [
      { at: new Date(), deployment: 'pharmacy', decision: 'block', output: dose },
    ]);
    const incident = await f.governance.reportIncident(
      auditor,
      {
        title: 'Overdose advice',
        description: 'Suggested 8 g paracetamol a day.',
        severity: 'high',
        deployment: 'pharmacy',
        audit_record_ids: [r!.id],
      },
      'api',
    );
    expect(incident).toMatchObject({
      status: 'open',
      source: 'api',
      reported_by: auditor.id,
      audit_record_ids: [r!.id],
    });
    expect(incident.events).toEqual([
      expect.objectContaining({ action: 'report', to: 'open', actor: auditor.id }),
    ]);
    const audit = await f.store.db
      .selectFrom('audit_records')
      .select(['body', 'actor_key_id'])
      .where('kind', '=', 'governance.incident.report')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actor_key_id).toBe(auditor.id);
    expect(audit[0]!.body).not.toContain('paracetamol');
  });

  it.each([
    [{ title: 'x', description: 'd', severity: 'high', deployment: 'pharmacy' }, 'title'],
    [{ title: 'Bad', description: 'd', severity: 'apocalyptic', deployment: 'pharmacy' }, 'severity'],
    [{ title: 'Bad', description: 'd', severity: 'low' }, 'deployment'],
    [
      {
        title: 'Bad',
        description: 'd',
        severity: 'low',
        deployment: 'pharmacy',
        audit_record_ids: ['not-a-uuid'],
      },
      'audit_record_ids.0',
    ],
    [
      {
        title: 'Bad',
        description: 'd',
        severity: 'low',
        deployment: 'pharmacy',
        audit_record_ids: ['7c9e6679-7425-40de-944b-e07fc1f90ae7'],
      },
      'audit_record_ids',
    ],
    [{ title: 'Bad', description: 'd', severity: 'low', deployment: 'pharmacy', colour: 'red' }, '(record)'],
  ])('rejects %j naming %s, and saves nothing', async (input, field) => {
    const before = (await f.governance.listIncidents(admin)).length;
    await expect(f.governance.reportIncident(admin, input, 'cli')).rejects.toMatchObject({
      code: 'invalid_record',
      fields: expect.arrayContaining([expect.objectContaining({ field })]),
    });
    expect(await f.governance.listIncidents(admin)).toHaveLength(before);
  });

  const transitions = incidentStatuses.flatMap((from) =>
    incidentStatuses
      .filter((to) => to !== from)
      .map((to) => [from, to, allowedTransitions[from].includes(to)] as const),
  );
  it.each(transitions)('status %s → %s allowed: %s', async (from, to, allowed) => {
    const g = f.governance;
    const i = await g.reportIncident(
      admin,
      {
        title: 'Workflow',
        description: 'workflow test',
        severity: 'low',
        deployment: 'docs',
        corrective_action: 'documented',
      },
      'cli',
    );
    const path: Record<IncidentStatus, IncidentStatus[]> = {
      open: [],
      investigating: ['investigating'],
      mitigated: ['mitigated'],
      resolved: ['resolved'],
      closed: ['closed'],
    };
    for (const step of path[from]) await g.updateIncident(admin, i.id, { status: step });
    const attempt = g.updateIncident(auditor, i.id, { status: to, note: 'moving on' });
    if (allowed) await expect(attempt).resolves.toMatchObject({ status: to });
    else
      await expect(attempt).rejects.toMatchObject({
        code: 'conflict',
        fields: [{ field: 'status', reason: `not allowed after ${from}` }],
      });
  });

  it('needs a corrective action to resolve, and keeps the history', async () => {
    const g = f.governance;
    const i = await g.reportIncident(
      admin,
      { title: 'No action yet', description: 'x', severity: 'medium', deployment: 'docs' },
      'cli',
    );
    await expect(g.updateIncident(admin, i.id, { status: 'resolved' })).rejects.toMatchObject({
      fields: [{ field: 'corrective_action', reason: 'required to resolve' }],
    });
    await g.updateIncident(admin, i.id, { status: 'investigating', note: 'looking' });
    const done = await g.updateIncident(auditor, i.id, {
      status: 'resolved',
      corrective_action: 'prompt fixed',
      severity: 'low',
    });
    expect(done).toMatchObject({ status: 'resolved', severity: 'low', corrective_action: 'prompt fixed' });
    expect(done.resolved_at).not.toBeNull();
    expect(done.events!.map((e) => [e.action, e.from, e.to])).toEqual([
      ['report', null, 'open'],
      ['status', 'open', 'investigating'],
      ['status', 'investigating', 'resolved'],
    ]);
  });

  it('opens one incident when dangerous-dose outputs cross the threshold, links later ones, and ignores old ones', async () => {
    const g = f.governance;
    const now = new Date('2030-01-01T12:00:00Z');
    const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);
    // Two within the 10-minute window and one too old: below the threshold of 3.
    await recordAnswers(f.store.db, [
      { at: minutesAgo(30), deployment: 'docs', decision: 'block', output: dose },
      { at: minutesAgo(8), deployment: 'docs', decision: 'block', output: dose },
      { at: minutesAgo(5), deployment: 'docs', decision: 'allow' },
      {
        at: minutesAgo(4),
        deployment: 'docs',
        decision: 'block',
        output: { decision: 'block', findings: { SELF_HARM: 0, PII: 0 } },
      },
      { at: minutesAgo(3), deployment: 'docs', decision: 'block', output: dose },
    ]);
    const rules = incidentRulesSchema.parse({
      version: '1.0.0',
      rules: [g.incidentRules.rules.find((r) => r.id === 'dangerous-dose-output')],
    });
    expect(await scanForIncidents(f.store.db, f.audit, rules, minutesAgo(2))).toEqual([]);
    const third = await recordAnswers(f.store.db, [
      {
        at: minutesAgo(1),
        deployment: 'docs',
        decision: 'block',
        output: { decision: 'block', findings: { LETHAL_DOSE: 1 } },
      },
    ]);
    const hits = await scanForIncidents(f.store.db, f.audit, rules, now);
    expect(hits).toEqual([
      expect.objectContaining({
        rule: 'dangerous-dose-output',
        deployment: 'docs',
        count: 3,
        created: true,
        linkedAdded: 3,
      }),
    ]);
    const incident = await g.getIncident(admin, hits[0]!.incident);
    expect(incident).toMatchObject({
      source: 'auto',
      rule: 'dangerous-dose-output',
      severity: 'high',
      status: 'open',
      deployment: 'docs',
    });
    expect(incident.audit_record_ids).toContain(third[0]!.id);
    // A second scan (or a second replica) does not open another; a new match is linked to the open one.
    expect(await scanForIncidents(f.store.db, f.audit, rules, now)).toEqual([
      expect.objectContaining({ created: false, linkedAdded: 0 }),
    ]);
    await recordAnswers(f.store.db, [
      { at: new Date(now.getTime() + 1000), deployment: 'docs', decision: 'block', output: dose },
    ]);
    const later = await scanForIncidents(f.store.db, f.audit, rules, new Date(now.getTime() + 2000));
    expect(later).toEqual([
      expect.objectContaining({ incident: incident.id, created: false, linkedAdded: 1 }),
    ]);
    // Once resolved, the rule may open a fresh incident.
    await g.updateIncident(admin, incident.id, {
      status: 'resolved',
      corrective_action: 'dose checks tightened',
    });
    const again = await scanForIncidents(f.store.db, f.audit, rules, new Date(now.getTime() + 3000));
    expect(again[0]).toMatchObject({ created: true });
    expect(again[0]!.incident).not.toBe(incident.id);
  });

  it('can pull the kill switch automatically when a rule says so', async () => {
    const now = new Date('2031-06-01T00:00:00Z');
    await recordAnswers(f.store.db, [
      {
        at: new Date(now.getTime() - 60_000),
        deployment: 'pharmacy',
        decision: 'block',
        output: { decision: 'block', findings: { SELF_HARM: 1 } },
      },
    ]);
    const rules = incidentRulesSchema.parse({
      version: '1.0.0',
      rules: [
        { ...f.governance.incidentRules.rules.find((r) => r.id === 'self-harm-output'), auto_suspend: true },
      ],
    });
    // A finding recorded with a zero count is not a finding.
    await recordAnswers(f.store.db, [
      {
        at: new Date(now.getTime() - 120_000),
        deployment: 'docs',
        output: { decision: 'allow', findings: { SELF_HARM: 0 } },
      },
    ]);
    const [hit, ...others] = await scanForIncidents(f.store.db, f.audit, rules, now);
    expect(others).toEqual([]);
    expect(hit).toMatchObject({ deployment: 'pharmacy', created: true, suspended: true });
    expect((await f.governance.deployment(admin, 'pharmacy')).status).toMatchObject({
      state: 'suspended',
      heldByGate: false,
    });
  });

  it('keeps counting across passes while reading only what was audited since the last pass', async () => {
    const now = new Date('2032-03-01T00:00:00Z');
    const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
    const rules = incidentRulesSchema.parse({
      version: '1.0.0',
      rules: [f.governance.incidentRules.rules.find((r) => r.id === 'dangerous-dose-output')],
    });
    const { count, window_minutes } = rules.rules[0]!.threshold;
    const scanner = new IncidentScanner(f.store.db, f.audit, rules);
    // One short of the threshold, spread over the first minutes of the window.
    await recordAnswers(
      f.store.db,
      Array.from({ length: count - 1 }, (_, i) => ({
        at: at(i * 0.1),
        deployment: 'audit-scan',
        decision: 'block' as const,
        output: dose,
      })),
    );
    expect(await scanner.scan(at(1))).toEqual([]);
    // A pass with nothing new reads nothing.
    expect(await scanner.scan(at(1.5))).toEqual([]);
    expect(scanner.lastRowsRead).toBe(0);
    // One more match: the pass reads that one record and still counts the earlier ones.
    const [last] = await recordAnswers(f.store.db, [
      { at: at(2), deployment: 'audit-scan', decision: 'block', output: dose },
    ]);
    const hits = await scanner.scan(at(2.5));
    expect(scanner.lastRowsRead).toBe(1);
    expect(hits).toEqual([expect.objectContaining({ deployment: 'audit-scan', count, created: true })]);
    expect((await f.governance.getIncident(admin, hits[0]!.incident)).audit_record_ids[0]).toBe(last!.id);
    // Once the early matches leave the window, the deployment is below the threshold again.
    expect(await scanner.scan(at(window_minutes + 0.5))).toEqual([]);
  });

  it('reads a window longer than a page in pages, so no statement holds the database for long, and misses no match', async () => {
    const now = new Date('2033-06-01T00:10:00Z');
    const base = f.governance.incidentRules.rules.find((r) => r.id === 'dangerous-dose-output')!;
    // One match in each of four pages (at both edges of a page, too).
    const matchAt = new Set([0, SCAN_PAGE - 1, SCAN_PAGE, 3 * SCAN_PAGE + 5]);
    const rulesNeeding = (count: number) =>
      incidentRulesSchema.parse({
        version: '1.0.0',
        rules: [{ ...base, id: 'paged-dose', threshold: { count, window_minutes: 10 } }],
      });
    const at = new Date(now.getTime() - 60_000);
    await recordAnswers(
      f.store.db,
      Array.from({ length: 3 * SCAN_PAGE + 10 }, (_, i) => ({
        at,
        deployment: 'paged',
        ...(matchAt.has(i) ? { decision: 'block' as const, output: dose } : {}),
      })),
    );
    // Counts the statements a pass sends when no incident is due: the chain head, the window's first
    // record, and one statement a page (3 × SCAN_PAGE + 10 records take four).
    let statements = 0;
    const counted = f.store.db.withPlugin({
      transformQuery: (args) => {
        statements++;
        return args.node;
      },
      transformResult: async (args) => args.result,
    });
    const short = new IncidentScanner(counted, f.audit, rulesNeeding(matchAt.size + 1));
    expect(await short.scan(now)).toEqual([]);
    expect(statements).toBe(2 + 4);
    expect(short.lastRowsRead).toBe(matchAt.size);
    // Every match across the pages counts towards the threshold.
    const hits = await new IncidentScanner(f.store.db, f.audit, rulesNeeding(matchAt.size)).scan(now);
    expect(hits).toEqual([
      expect.objectContaining({ deployment: 'paged', count: matchAt.size, created: true }),
    ]);
  });

  it('runs holds and scans beside the gateway, reporting new incidents once', async () => {
    const now = Date.now();
    await recordAnswers(
      f.store.db,
      [0, 1, 2].map((i) => ({
        at: new Date(now - 60_000 + i),
        deployment: 'pharmacy',
        decision: 'block' as const,
        output: dose,
      })),
    );
    const hits: string[] = [];
    let changed = 0;
    const monitor = startGovernanceMonitor({
      governance: f.governance,
      intervalMs: 60_000,
      onIncident: (h) => hits.push(`${h.rule}:${h.deployment}`),
      onStatusChange: () => changed++,
      onError: (e) => hits.push(`error ${String(e)}`),
    });
    await monitor.ready;
    await monitor.stop();
    expect(hits).toEqual(['dangerous-dose-output:pharmacy']);
    expect(changed).toBe(0);
  });

  it('validates incident rules as data', () => {
    const bad = incidentRulesSchema.safeParse({
      version: '1.0.0',
      rules: [
        {
          id: 'r',
          title: { zh: '规则', en: 'rule' },
          description: { zh: '说明', en: 'd' },
          match: { stage: 'output', findings: ['dose above max'] },
          threshold: { count: 0, window_minutes: 10 },
          severity: 'high',
        },
      ],
    });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.path.join('.'))).toEqual(
      expect.arrayContaining(['rules.0.match.findings.0', 'rules.0.threshold.count']),
    );
    expect(f.governance.incidentRules.rules.map((r) => r.id)).toContain('dangerous-dose-output');
  });
});
