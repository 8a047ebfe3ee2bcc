import { Hono } from 'hono';
import type { AuditTrail } from '../../governance/audit/audit-trail.ts';
import type { Governance } from '../../governance/governance.ts';
import { requirePermission } from '../auth/bearer-auth.ts';
import { ApiError, errors } from '../http/api-error.ts';
import type { GatewayEnv } from '../http/gateway-env.ts';
import type { DeploymentCatalog } from '../routing/deployment-catalog.ts';
import type { DeploymentStore } from '../routing/deployment-store.ts';

/**
 * /api/deployments: list deployments with their status; admins define deployments in the database.
 * (Suspension — the kill switch — belongs to governance, which writes DeploymentStore.setStatus.)
 */
export function deploymentsRoutes(deps: {
  catalog: DeploymentCatalog;
  store: DeploymentStore;
  audit: AuditTrail;
  /** Holds a new or changed high-risk deployment until its go-live gate passes. */
  governance: Governance;
}) {
  const app = new Hono<GatewayEnv>();

  app.get('/', requirePermission('deployments.read'), async (c) => {
    const snapshot = await deps.catalog.snapshot();
    return c.json({ object: 'list', data: snapshot.deployments });
  });

  app.put('/:name', requirePermission('deployments.write'), async (c) => {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      throw errors.invalidJson();
    }
    const name = c.req.param('name');
    const saved = await deps.store.put({ ...(body as object), name }).catch((error) => {
      throw new ApiError(400, 'invalid_request_error', error.code ?? 'invalid_deployment', error.message, {
        hint: error.hint,
      });
    });
    const actor = c.get('key');
    await deps.audit.append({
      kind: 'deployment.put',
      actor: { keyId: actor.id, role: actor.role },
      deployment: name,
      data: { upstreams: saved.upstreams.map((u) => u.model), policy: saved.policy ?? null },
    });
    // Before the catalogue sees the change: a high-risk deployment must never serve ungated.
    await deps.governance.applyGateHolds();
    deps.catalog.invalidate();
    return c.json(saved);
  });

  app.delete('/:name', requirePermission('deployments.write'), async (c) => {
    const name = c.req.param('name');
    if (!(await deps.store.remove(name))) throw errors.notFound(`deployment ${name} in the database`);
    const actor = c.get('key');
    await deps.audit.append({
      kind: 'deployment.remove',
      actor: { keyId: actor.id, role: actor.role },
      deployment: name,
    });
    deps.catalog.invalidate();
    return c.json({ deleted: name });
  });
  return app;
}
