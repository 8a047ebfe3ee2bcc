import { type Context, type Env, Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';
import { YihengError } from '../../foundation/errors.ts';
import type { Actor } from '../access/actor.ts';
import { assertMayGovern } from '../access/governance-roles.ts';
import { buildDossier } from '../dossier/dossier-bundle.ts';
import { renderDossierHtml } from '../dossier/dossier-html.ts';
import type { Governance } from '../governance.ts';
import { incidentStatuses } from '../incidents/incidents.ts';
import { groupDimensions } from '../monitoring/user-group.ts';
import { GovernanceError, parseRecord } from '../shared/errors.ts';

export interface GovernanceRoutesDeps<E extends Env> {
  governance: Governance;
  /** Who is calling: the gateway passes the authenticated key (id and role). */
  actorOf: (c: Context<E>) => Actor;
  /** Called after a change that the gateway's deployment catalogue should see at once on this replica. */
  onStatusChange?: () => void;
}

const statusOf: Record<string, ContentfulStatusCode> = {
  invalid_record: 400,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  gate_failed: 409,
};

const targetSchema = z
  .object({
    deployment: z.string().min(1).optional(),
    model: z.string().min(1).optional(),
    reason: z.string().optional(),
    incident: z.string().optional(),
  })
  .strict()
  .refine((b) => (b.deployment === undefined) !== (b.model === undefined), {
    message: 'give exactly one of deployment or model',
  });

const monitoringQuery = z
  .object({
    bucket: z.enum(['hour', 'day']).default('day'),
    by: z.enum(groupDimensions).optional(),
    from: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
    to: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  })
  .strict();

/**
 * The governance API, as a Hono sub-app the gateway mounts behind its bearer auth:
 *   app.route('/api/governance', governanceRoutes({ governance, actorOf: (c) => keyActor(c.get('key')) }))
 * Roles are checked by the same table as the CLI (access/governance-roles.ts). Errors use the
 * OpenAI error shape, with `fields` naming each rejected field.
 */
export function governanceRoutes<E extends Env>(deps: GovernanceRoutesDeps<E>): Hono<E> {
  const { governance: g, actorOf } = deps;
  const app = new Hono<E>();
  const changed = () => deps.onStatusChange?.();

  app.onError((error, c) => {
    if (error instanceof GovernanceError) {
      const status = statusOf[error.code] ?? 400;
      return c.json(
        {
          error: {
            message: error.hint ? `${error.message} — ${error.hint}` : error.message,
            type:
              status === 403
                ? 'permission_error'
                : status === 404
                  ? 'not_found_error'
                  : 'invalid_request_error',
            param: error.fields[0]?.field ?? null,
            code: error.code,
            fields: error.fields,
          },
        },
        status,
      );
    }
    if (error instanceof YihengError) {
      const status: ContentfulStatusCode = error.code.endsWith('not_found') ? 404 : 400;
      return c.json(
        { error: { message: error.oneLine(), type: 'invalid_request_error', param: null, code: error.code } },
        status,
      );
    }
    throw error;
  });

  const body = async (c: Context<E>): Promise<unknown> => {
    const text = await c.req.text();
    if (text.trim() === '') return {};
    try {
      return JSON.parse(text);
    } catch {
      throw new GovernanceError('the request body is not valid JSON', {
        code: 'invalid_record',
        fields: [{ field: '(body)', reason: 'not valid JSON' }],
      });
    }
  };
  const query = <S extends z.ZodType>(c: Context<E>, schema: S): z.output<S> =>
    parseRecord(schema, c.req.query(), 'query');

  // Catalogue and templates: reference data anyone with a key may read.
  app.get('/use-cases', (c) => {
    assertMayGovern(actorOf(c), 'label.read');
    return c.json({
      version: g.catalogue.version,
      oversight_modes: g.catalogue.file.oversight_modes,
      risk_tiers: g.catalogue.file.risk_tiers,
      data: g.catalogue.useCases,
    });
  });
  app.get('/use-cases/:id', (c) => {
    assertMayGovern(actorOf(c), 'label.read');
    return c.json(g.catalogue.get(c.req.param('id')));
  });
  app.get('/assessment-templates', (c) => {
    assertMayGovern(actorOf(c), 'records.read');
    return c.json({ data: g.templates.ids().map((id) => g.templates.latest(id)) });
  });
  app.get('/assessment-templates/:id', (c) => {
    assertMayGovern(actorOf(c), 'records.read');
    return c.json(g.templates.latest(c.req.param('id')));
  });

  // Deployments, gates, the kill switch.
  app.get('/deployments', async (c) => c.json({ data: await g.listDeployments(actorOf(c)) }));
  app.get('/deployments/:name', async (c) => c.json(await g.deployment(actorOf(c), c.req.param('name'))));
  app.put('/deployments/:name/profile', async (c) => {
    const profile = await g.setProfile(actorOf(c), c.req.param('name'), await body(c));
    changed();
    return c.json(profile);
  });
  app.get('/deployments/:name/gate', async (c) => c.json(await g.checkGate(actorOf(c), c.req.param('name'))));
  app.post('/deployments/:name/enable', async (c) => {
    const result = await g.enable(actorOf(c), c.req.param('name'));
    changed();
    return c.json(result, result.enabled ? 200 : 409);
  });
  app.post('/deployments/:name/suspend', async (c) => {
    const input = (await body(c)) as Record<string, unknown>;
    const target = await g.suspend(actorOf(c), { kind: 'deployment', name: c.req.param('name') }, input);
    changed();
    return c.json({ suspended: target });
  });
  app.post('/deployments/:name/resume', async (c) => {
    const result = await g.resume(actorOf(c), { kind: 'deployment', name: c.req.param('name') });
    changed();
    return c.json(result);
  });
  // Model ids may contain '/' and ':', so the model-level kill switch takes its target in the body.
  app.post('/suspend', async (c) => {
    const t = parseRecord(targetSchema, await body(c), 'suspension');
    const target = await g.suspend(
      actorOf(c),
      t.model ? { kind: 'model', name: t.model } : { kind: 'deployment', name: t.deployment! },
      { reason: t.reason, ...(t.incident ? { incident: t.incident } : {}) },
    );
    changed();
    return c.json({ suspended: target });
  });
  app.post('/resume', async (c) => {
    const t = parseRecord(targetSchema, await body(c), 'resumption');
    const result = await g.resume(
      actorOf(c),
      t.model ? { kind: 'model', name: t.model } : { kind: 'deployment', name: t.deployment! },
    );
    changed();
    return c.json(result);
  });

  app.get('/deployments/:name/label', async (c) => c.json(await g.label(actorOf(c), c.req.param('name'))));
  app.get('/deployments/:name/lineage', async (c) =>
    c.json(await g.deploymentLineage(actorOf(c), c.req.param('name'))),
  );
  app.get('/deployments/:name/monitoring', async (c) => {
    const q = query(c, monitoringQuery);
    const to = q.to ? new Date(q.to) : new Date();
    const from = q.from
      ? new Date(q.from)
      : new Date(to.getTime() - (q.bucket === 'hour' ? 2 : 30) * 86_400_000);
    const data = await g.monitoring(actorOf(c), {
      deployment: c.req.param('name'),
      from,
      to,
      bucket: q.bucket,
      by: q.by,
    });
    return c.json({
      from: from.toISOString(),
      to: to.toISOString(),
      bucket: q.bucket,
      by: q.by ?? null,
      data,
    });
  });
  app.get('/deployments/:name/drift', async (c) =>
    c.json({ data: await g.drift(actorOf(c), c.req.param('name')) }),
  );
  app.get('/deployments/:name/dossier', async (c) => {
    const format = c.req.query('format') ?? 'json';
    const bundle = await buildDossier(g, actorOf(c), c.req.param('name'));
    if (format === 'html') return c.html(renderDossierHtml(bundle));
    return c.json(bundle);
  });
  app.get('/model-card', async (c) => {
    const model = c.req.query('model');
    if (!model)
      throw new GovernanceError('name the model: ?model=<id>', {
        code: 'invalid_record',
        fields: [{ field: 'model', reason: 'required' }],
      });
    return c.json(await g.modelCard(actorOf(c), model));
  });
  app.post('/lineage', async (c) => c.json(await g.addLineage(actorOf(c), await body(c)), 201));

  // Assessments.
  app.get('/assessments', async (c) => {
    const deployment = c.req.query('deployment');
    const template = c.req.query('template');
    const status = c.req.query('status') as 'draft' | undefined;
    return c.json({
      data: await g.listAssessments(actorOf(c), {
        ...(deployment ? { subject: { kind: 'deployment', name: deployment } } : {}),
        ...(template ? { template } : {}),
        ...(status ? { status } : {}),
      }),
    });
  });
  app.post('/assessments', async (c) => {
    const input = (await body(c)) as { template: string; subject: { kind: 'deployment'; name: string } };
    return c.json(await g.startAssessment(actorOf(c), input), 201);
  });
  app.get('/assessments/:id', async (c) => c.json(await g.getAssessment(actorOf(c), c.req.param('id'))));
  app.patch('/assessments/:id/answers', async (c) => {
    const input = (await body(c)) as { answers?: unknown };
    return c.json(await g.answerAssessment(actorOf(c), c.req.param('id'), input?.answers ?? input));
  });
  app.post('/assessments/:id/submit', async (c) =>
    c.json(await g.submitAssessment(actorOf(c), c.req.param('id'))),
  );
  app.post('/assessments/:id/review', async (c) => {
    const input = parseRecord(
      z.object({ decision: z.enum(['approve', 'request_changes']), note: z.string().optional() }).strict(),
      await body(c),
      'review',
    );
    return c.json(await g.reviewAssessment(actorOf(c), c.req.param('id'), input));
  });

  // Incidents.
  app.get('/incidents', async (c) => {
    const status = c.req.query('status');
    const deployment = c.req.query('deployment');
    const statuses = status
      ? parseRecord(z.array(z.enum(incidentStatuses)), status.split(','), 'query', 'status')
      : undefined;
    return c.json({
      data: await g.listIncidents(actorOf(c), {
        ...(statuses ? { status: statuses } : {}),
        ...(deployment ? { deployment } : {}),
      }),
    });
  });
  app.post('/incidents', async (c) => c.json(await g.reportIncident(actorOf(c), await body(c), 'api'), 201));
  app.post('/incidents/scan', async (c) => {
    const hits = await g.scanIncidents(actorOf(c));
    if (hits.some((h) => h.suspended)) changed();
    return c.json({ data: hits });
  });
  app.get('/incidents/:id', async (c) => c.json(await g.getIncident(actorOf(c), c.req.param('id'))));
  app.patch('/incidents/:id', async (c) =>
    c.json(await g.updateIncident(actorOf(c), c.req.param('id'), await body(c))),
  );

  return app;
}
