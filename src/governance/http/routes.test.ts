import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiRole, apiRoles } from '../../foundation/config.ts';
import { testBackends } from '../../foundation/db/test-stores.ts';
import type { Actor } from '../access/actor.ts';
import { type GovernanceAction, governanceActions, mayGovern } from '../access/governance-roles.ts';
import { type GovernanceFixture, openGovernance } from '../testing/fixture.ts';
import { governanceRoutes } from './routes.ts';

const setup: Actor = { id: 'cli:setup', role: 'admin' };
let serial = 0;

interface Call {
  method: string;
  path: string;
  body?: unknown;
  /** Status when the role may act. */
  ok: number;
  cleanup?: () => Promise<void>;
}

describe.each(testBackends)('governance API on %s', (kind) => {
  let f: GovernanceFixture;
  let app: Hono<{ Variables: { actor: Actor } }>;

  beforeAll(async () => {
    f = await openGovernance(kind, {
      gateway: {
        deployments: [
          { name: 'ward', use_case: 'documentation', upstreams: [{ model: 'yiheng-reference' }] },
        ],
      },
    });
    app = new Hono<{ Variables: { actor: Actor } }>();
    // Stands in for the gateway's bearer auth: the role comes with the request.
    app.use('*', async (c, next) => {
      const role = c.req.header('x-test-role') as ApiRole;
      c.set('actor', { id: `key_${role}`, role });
      await next();
    });
    app.route(
      '/api/governance',
      governanceRoutes<{ Variables: { actor: Actor } }>({
        governance: f.governance,
        actorOf: (c) => c.get('actor'),
      }),
    );
  });
  afterAll(async () => {
    await f?.close();
  });

  const request = (role: ApiRole, method: string, path: string, body?: unknown) =>
    app.request(`/api/governance${path}`, {
      method,
      headers: { 'x-test-role': role, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });

  const g = () => f.governance;
  const prepare: Record<GovernanceAction, () => Promise<Call>> = {
    'label.read': async () => ({ method: 'GET', path: '/deployments/ward/label', ok: 200 }),
    'records.read': async () => ({ method: 'GET', path: '/deployments/ward/gate', ok: 200 }),
    'monitoring.read': async () => ({
      method: 'GET',
      path: '/deployments/ward/monitoring?bucket=hour&by=sex',
      ok: 200,
    }),
    'dossier.export': async () => ({ method: 'GET', path: '/deployments/ward/dossier', ok: 200 }),
    'profile.write': async () => ({
      method: 'PUT',
      path: '/deployments/ward/profile',
      body: { notes: `note ${++serial}` },
      ok: 200,
    }),
    'lineage.write': async () => ({
      method: 'POST',
      path: '/lineage',
      body: {
        subject: { kind: 'deployment', name: 'ward' },
        step: 'system-prompt',
        version: `v${++serial}`,
        actor_role: 'deployer',
        description: 'ward system prompt',
      },
      ok: 201,
    }),
    'assessment.write': async () => ({
      method: 'POST',
      path: '/assessments',
      body: { template: 'dpia', subject: { kind: 'deployment', name: 'ward' } },
      ok: 201,
    }),
    'assessment.review': async () => {
      const a = await g().startAssessment(setup, {
        template: 'premortem-redteam',
        subject: { kind: 'deployment', name: 'ward' },
      });
      const answers: Record<string, unknown> = {};
      for (const q of g()
        .templates.latest('premortem-redteam')
        .sections.flatMap((s) => s.questions)) {
        answers[q.id] =
          q.type === 'text'
            ? 'planned'
            : q.type === 'yes_no'
              ? 'no'
              : q.type === 'choice'
                ? q.options[0]!.value
                : 2;
      }
      await g().answerAssessment(setup, a.id, answers);
      await g().submitAssessment(setup, a.id);
      return {
        method: 'POST',
        path: `/assessments/${a.id}/review`,
        body: { decision: 'request_changes', note: 'add the schedule' },
        ok: 200,
      };
    },
    'incident.report': async () => ({
      method: 'POST',
      path: '/incidents',
      body: { title: 'API report', description: 'seen in the ward', severity: 'low', deployment: 'ward' },
      ok: 201,
    }),
    'incident.update': async () => {
      const i = await g().reportIncident(
        setup,
        { title: 'To update', description: 'x', severity: 'low', deployment: 'ward' },
        'cli',
      );
      return { method: 'PATCH', path: `/incidents/${i.id}`, body: { status: 'investigating' }, ok: 200 };
    },
    'incident.scan': async () => ({ method: 'POST', path: '/incidents/scan', ok: 200 }),
    'deployment.suspend': async () => ({
      method: 'POST',
      path: '/deployments/ward/suspend',
      body: { reason: 'role matrix' },
      ok: 200,
      cleanup: async () => {
        if ((await g().deployment(setup, 'ward')).status.state === 'suspended')
          await g().resume(setup, { name: 'ward' });
      },
    }),
    'deployment.resume': async () => {
      await g().suspend(setup, { name: 'ward' }, { reason: 'role matrix' });
      return {
        method: 'POST',
        path: '/deployments/ward/resume',
        ok: 200,
        cleanup: async () => {
          if ((await g().deployment(setup, 'ward')).status.state === 'suspended')
            await g().resume(setup, { name: 'ward' });
        },
      };
    },
    // The role may try; the gate then refuses (no runs, no assessments): 409 with the list.
    'deployment.enable': async () => ({ method: 'POST', path: '/deployments/ward/enable', ok: 409 }),
  };

  const cases = governanceActions.flatMap((action) =>
    apiRoles.map((role) => [action, role, mayGovern(role, action)] as const),
  );

  it.each(cases)('%s by %s → allowed: %s', async (action, role, allowed) => {
    const call = await prepare[action]();
    const response = await request(role, call.method, call.path, call.body);
    const body = (await response.json()) as { error?: { code: string; message: string } };
    try {
      if (allowed) {
        expect(response.status, JSON.stringify(body).slice(0, 300)).toBe(call.ok);
      } else {
        expect(response.status).toBe(403);
        expect(body.error).toMatchObject({
          code: 'forbidden',
          message: expect.stringContaining(`a ${role} key may not`),
        });
      }
    } finally {
      await call.cleanup?.();
    }
  });

  it('answers bad input with 400 naming each field, unknown records with 404, and writes nothing', async () => {
    const before = await f.store.db
      .selectFrom('audit_records')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const bad = await request('admin', 'POST', '/incidents', {
      title: 'x',
      severity: 'extreme',
      deployment: 'ward',
    });
    expect(bad.status).toBe(400);
    const error = (await bad.json()).error;
    expect(error.code).toBe('invalid_record');
    expect(error.fields.map((x: { field: string }) => x.field)).toEqual(
      expect.arrayContaining(['title', 'description', 'severity']),
    );
    expect((await request('admin', 'POST', '/incidents', '{not json')).status).toBe(400);
    expect(
      (await request('admin', 'PUT', '/deployments/ward/profile', { human_oversight: 'sometimes' })).status,
    ).toBe(400);
    expect((await request('admin', 'GET', '/deployments/ghost/gate')).status).toBe(404);
    expect((await request('admin', 'GET', '/incidents/inc_000000000000')).status).toBe(404);
    expect((await request('admin', 'GET', '/deployments/ward/monitoring?bucket=week')).status).toBe(400);
    expect((await request('admin', 'POST', '/assessments/asm_000000000000/submit')).status).toBe(404);
    const after = await f.store.db
      .selectFrom('audit_records')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('serves the catalogue, templates, lineage, monitoring and an HTML dossier', async () => {
    const useCases = await (await request('patient-app', 'GET', '/use-cases')).json();
    expect(useCases.data).toHaveLength(10);
    expect((await (await request('clinician', 'GET', '/assessment-templates/dpia')).json()).id).toBe('dpia');
    const lineage = await (await request('evaluator', 'GET', '/deployments/ward/lineage')).json();
    expect(lineage.chains[0].model).toBe('yiheng-reference');
    const html = await request('auditor', 'GET', '/deployments/ward/dossier?format=html');
    expect(html.headers.get('content-type')).toMatch(/text\/html/);
    expect(await html.text()).toContain('Compliance dossier');
    const card = await request('clinician', 'GET', '/model-card?model=yiheng-reference');
    expect((await card.json()).model.id).toBe('yiheng-reference');
  });
});
