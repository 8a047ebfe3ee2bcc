import { Hono } from 'hono';
import { z } from 'zod';
import type { Db } from '../../foundation/db/database.ts';
import { verifyAuditTrail } from '../../governance/audit/verify.ts';
import { requirePermission } from '../auth/bearer-auth.ts';
import { errors } from '../http/api-error.ts';
import type { GatewayEnv } from '../http/gateway-env.ts';

const listQuery = z
  .object({
    from: z.iso.datetime({ offset: true }).optional(),
    to: z.iso.datetime({ offset: true }).optional(),
    kind: z.string().max(64).optional(),
    deployment: z.string().max(128).optional(),
    response_id: z.string().max(128).optional(),
    after: z.coerce.number().int().min(0).default(0),
    limit: z.coerce.number().int().min(1).max(1000).default(100),
  })
  .strict();

/** /api/audit (auditor, admin): search the trail and verify the chain, for the console. */
export function auditRoutes(deps: { db: Db }) {
  const app = new Hono<GatewayEnv>();
  app.use('*', requirePermission('audit.read'));

  app.get('/', async (c) => {
    const parsed = listQuery.safeParse(c.req.query());
    if (!parsed.success)
      throw errors.invalidRequest(
        parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
      );
    const q = parsed.data;
    let query = deps.db
      .selectFrom('audit_records')
      .select(['seq', 'body', 'prev_hash', 'hash'])
      .where('seq', '>', q.after)
      .orderBy('seq')
      .limit(q.limit);
    if (q.from) query = query.where('created_at', '>=', new Date(q.from));
    if (q.to) query = query.where('created_at', '<', new Date(q.to));
    if (q.kind) query = query.where('kind', '=', q.kind);
    if (q.deployment) query = query.where('deployment', '=', q.deployment);
    if (q.response_id) query = query.where('response_id', '=', q.response_id);
    const rows = await query.execute();
    return c.json({
      object: 'list',
      data: rows.map((r) => ({ ...JSON.parse(r.body), prev_hash: r.prev_hash, hash: r.hash })),
    });
  });

  app.get('/verify', async (c) => c.json(await verifyAuditTrail(deps.db)));
  return app;
}
