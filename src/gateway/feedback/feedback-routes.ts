import { Hono } from 'hono';
import { z } from 'zod';
import { requirePermission } from '../auth/bearer-auth.ts';
import type { GuardProvider } from '../guard/guard-stage.ts';
import type { GatewayEnv } from '../http/gateway-env.ts';
import { readJson } from '../http/json-body.ts';
import type { FeedbackBook } from './feedback.ts';

const feedbackBody = z
  .object({
    response_id: z.string().regex(/^chatcmpl-[\w-]{1,80}$/, 'use the "id" of a chat completion (chatcmpl-…)'),
    rating: z
      .number()
      .int()
      .min(1, 'rate from 1 (harmful) to 5 (very helpful)')
      .max(5, 'rate from 1 (harmful) to 5 (very helpful)'),
    comment: z.string().max(4_000).optional(),
  })
  .strict();

/** POST /api/feedback: a rating and a comment (pseudonymised before it is stored) on one answer. */
export function feedbackRoutes(deps: { feedback: FeedbackBook; guards: GuardProvider }) {
  const app = new Hono<GatewayEnv>();
  app.post('/', requirePermission('feedback'), async (c) => {
    const body = await readJson(c, feedbackBody);
    const key = c.get('key');
    let comment: string | null = null;
    if (body.comment?.trim()) {
      const guard = await deps.guards.stage({ policy: null, useCase: 'feedback' });
      comment = await guard.pseudonymise(body.comment, {
        useCase: 'feedback',
        role: key.role,
        conversationId: `${key.id}/feedback`,
      });
    }
    const entry = await deps.feedback.add(
      { responseId: body.response_id, rating: body.rating, comment },
      key,
    );
    return c.json(entry, 201);
  });
  return app;
}
