import { Hono } from 'hono';
import { z } from 'zod';
import type { AuditTrail } from '../../governance/audit/audit-trail.ts';
import type { KeyStore } from '../auth/api-keys.ts';
import { requirePermission } from '../auth/bearer-auth.ts';
import { apiRoles } from '../auth/roles.ts';
import type { GatewayEnv } from '../http/gateway-env.ts';
import { readJson } from '../http/json-body.ts';

const createBody = z
  .object({
    role: z.enum(apiRoles),
    name: z.string().trim().min(1).max(100).optional(),
    requests_per_minute: z.number().int().positive().optional(),
    requests_per_day: z.number().int().positive().optional(),
  })
  .strict();

/** /api/keys (admin): the same as `yiheng keys`, for the console. The secret is returned once. */
export function keysRoutes(deps: { keys: KeyStore; audit: AuditTrail }) {
  const app = new Hono<GatewayEnv>();
  app.use('*', requirePermission('keys.manage'));

  app.get('/', async (c) => {
    const all = c.req.query('all') === 'true';
    return c.json({ object: 'list', data: await deps.keys.list({ includeRevoked: all }) });
  });

  app.post('/', async (c) => {
    const body = await readJson(c, createBody);
    const actor = c.get('key');
    const { key, secret } = await deps.keys.create({
      role: body.role,
      ...(body.name ? { name: body.name } : {}),
      ...(body.requests_per_minute ? { requestsPerMinute: body.requests_per_minute } : {}),
      ...(body.requests_per_day ? { requestsPerDay: body.requests_per_day } : {}),
    });
    await deps.audit.append({
      kind: 'key.create',
      actor: { keyId: actor.id, role: actor.role },
      data: { key_id: key.id, role: key.role },
    });
    return c.json({ ...key, key: secret }, 201);
  });

  app.delete('/:id', async (c) => {
    const actor = c.get('key');
    const key = await deps.keys.revoke(c.req.param('id'));
    await deps.audit.append({
      kind: 'key.revoke',
      actor: { keyId: actor.id, role: actor.role },
      data: { key_id: key.id, role: key.role },
    });
    return c.json(key);
  });
  return app;
}
