import { Hono } from 'hono';
import { z } from 'zod';
import { requirePermission } from '../auth/bearer-auth.ts';
import type { GuardContext, GuardProvider } from '../guard/guard-stage.ts';
import type { GatewayEnv } from '../http/gateway-env.ts';
import { readJson } from '../http/json-body.ts';
import type { DeploymentCatalog } from '../routing/deployment-catalog.ts';
import { replacedSpans } from './text-diff.ts';

const USE_CASE = /^[a-z0-9][a-z0-9_-]{0,63}$/;
const CONVERSATION = /^[\w.:-]{1,128}$/;

const inspectBody = z
  .object({
    model: z.string().min(1).max(256),
    use_case: z.string().regex(USE_CASE, 'lower-case letters, digits, _ and -, up to 64').optional(),
    /** The `yiheng.conversation_id` of the answer this inspection explains. */
    conversation_id: z.string().regex(CONVERSATION, 'letters, digits and . _ : -, up to 128'),
    messages: z
      .array(
        z.object({ role: z.enum(['system', 'user', 'assistant']), content: z.string().max(20_000) }).strict(),
      )
      .min(1)
      .max(50),
  })
  .strict();

/**
 * /api/console/playground: what the model saw. The chat answer's `yiheng` object carries types and
 * counts only, never text, so that it can be logged; the playground, whose user typed the text
 * in front of them, also wants to see which words were replaced and by what. This runs the same
 * input stage of the same deployment's policy for the same conversation — pseudonyms are stable
 * within a conversation, so these are the pseudonyms the model received — and returns the
 * replaced spans. Nothing is sent upstream, stored or audited here: the chat call was.
 */
export function playgroundRoutes(deps: { catalog: DeploymentCatalog; guards: GuardProvider }) {
  const app = new Hono<GatewayEnv>();

  app.post('/inspect', requirePermission('chat'), async (c) => {
    const body = await readJson(c, inspectBody);
    const key = c.get('key');
    const { deployment, useCase } = await deps.catalog.resolve(body.model, body.use_case);
    const stage = await deps.guards.stage({ policy: deployment.policy, useCase });
    // The same namespacing as the chat route: a key only ever reaches its own conversations.
    const ctx: GuardContext = {
      useCase,
      role: key.role,
      conversationId: `${key.id}/${body.conversation_id}`,
    };
    const inspection = await stage.inspectInput(body.messages, ctx);
    return c.json({
      deployment: deployment.name,
      policy: stage.policy,
      decision: inspection.decision,
      findings: inspection.findings,
      messages: body.messages.map((m, i) => {
        const seen = inspection.messages[i]?.content ?? m.content;
        return { role: m.role, sent_to_model: seen, spans: replacedSpans(m.content, seen) };
      }),
    });
  });

  return app;
}
