import { Hono } from 'hono';
import { z } from 'zod';
import { requirePermission } from '../auth/bearer-auth.ts';
import type { GuardProvider } from '../guard/guard-stage.ts';
import { errors } from '../http/api-error.ts';
import type { GatewayEnv } from '../http/gateway-env.ts';
import { readJson } from '../http/json-body.ts';
import type { ReviewAction, ReviewQueue } from './review-queue.ts';

const listQuery = z
  .object({
    status: z.enum(['pending', 'approved', 'corrected', 'rejected']).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(50),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict();

const decisionBody = z
  .object({
    correction: z.string().min(1).max(20_000).optional(),
    note: z.string().max(2_000).optional(),
  })
  .strict();

/**
 * /api/review: reviewers list the queue and approve, correct or reject items. Corrections and
 * notes are pseudonymised like any other text before they are stored.
 */
export function reviewRoutes(deps: { reviews: ReviewQueue; guards: GuardProvider }) {
  const app = new Hono<GatewayEnv>();

  app.get('/', requirePermission('review.read'), async (c) => {
    const parsed = listQuery.safeParse(c.req.query());
    if (!parsed.success)
      throw errors.invalidRequest(
        parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
      );
    const items = await deps.reviews.list(parsed.data);
    return c.json({ object: 'list', data: items });
  });

  app.get('/:id', requirePermission('review.read'), async (c) => {
    const item = await deps.reviews.get(c.req.param('id'));
    if (!item) throw errors.notFound(`review item ${c.req.param('id')}`, 'GET /api/review lists the queue');
    return c.json(item);
  });

  for (const action of ['approve', 'correct', 'reject'] as const satisfies ReviewAction[]) {
    app.post(`/:id/${action}`, requirePermission('review.decide'), async (c) => {
      const body = await readJson(c, decisionBody);
      const key = c.get('key');
      const item = await deps.reviews.get(c.req.param('id'));
      const useCase = item?.useCase ?? 'general';
      const guard = await deps.guards.stage({ policy: item?.policy ?? null, useCase });
      const ctx = { useCase, role: key.role, conversationId: `${key.id}/review` };
      const decided = await deps.reviews.decide(
        c.req.param('id'),
        {
          action,
          ...(body.correction ? { correction: await guard.pseudonymise(body.correction, ctx) } : {}),
          ...(body.note ? { note: await guard.pseudonymise(body.note, ctx) } : {}),
        },
        { keyId: key.id, role: key.role },
      );
      return c.json(decided);
    });
  }
  return app;
}
