import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import { stream as honoStream } from 'hono/streaming';
import type { Logger } from 'pino';
import type { Language } from '../../foundation/text/language.ts';
import type { AuditTrail } from '../../governance/audit/audit-trail.ts';
import type { JsonValue } from '../../governance/audit/canonical-json.ts';
import {
  parseUserGroupHeader,
  USER_GROUP_HEADER,
  type UserGroup,
} from '../../governance/monitoring/user-group.ts';
import type { ChatRequest, FinishReason, TokenUsage } from '../../models/provider.ts';
import type { ApiKey } from '../auth/api-keys.ts';
import {
  type AiLabel,
  type FindingCounts,
  type GuardContext,
  type GuardDecision,
  type GuardProvider,
  type GuardStage,
  type InputInspection,
  type OutputInspection,
  strongest,
} from '../guard/guard-stage.ts';
import { ApiError } from '../http/api-error.ts';
import type { GatewayEnv } from '../http/gateway-env.ts';
import { readJson } from '../http/json-body.ts';
import type { GatewayMetrics } from '../observability/metrics.ts';
import type { ReviewQueue } from '../review/review-queue.ts';
import type { DeploymentCatalog, Resolution } from '../routing/deployment-catalog.ts';
import {
  type Attempt,
  ClientGone,
  type UpstreamCall,
  type UpstreamRouter,
} from '../routing/upstream-router.ts';
import { type ChatCompletionBody, chatRequestSchema, toChatRequest } from './chat-request.ts';
import { conversationLanguage, gatewayText } from './messages.ts';
import { SentenceBuffer } from './sentence-buffer.ts';
import { mapToolArguments, mergeToolCallFragments } from './tool-calls.ts';

export interface ChatDeps {
  catalog: DeploymentCatalog;
  router: UpstreamRouter;
  guards: GuardProvider;
  audit: AuditTrail;
  reviews: ReviewQueue;
  metrics: GatewayMetrics;
  logger: Logger;
}

const USE_CASE = /^[a-z0-9][a-z0-9_-]{0,63}$/;
const CONVERSATION = /^[\w.:-]{1,128}$/;

/** Everything decided before the upstream is called. */
interface Prepared {
  started: number;
  responseId: string;
  created: number;
  body: ChatCompletionBody;
  key: ApiKey;
  resolution: Resolution;
  guard: GuardStage;
  ctx: GuardContext;
  conversationId: string;
  input: InputInspection;
  /** What goes upstream: the pseudonymised messages. */
  request: ChatRequest;
  language: Language;
  restore: boolean;
  label: AiLabel | undefined;
  /** The user group the application declared (age band, sex, language, region), for monitoring. */
  userGroup: UserGroup | undefined;
}

/**
 * POST /v1/chat/completions: authenticate (middleware) → resolve the deployment → input guard
 * (pseudonymise, escalate, refuse) → upstream with fallback → output guard → label → audit record
 * committed → answer. Streaming answers go through the same checks a sentence at a time.
 */
export function chatCompletions(deps: ChatDeps) {
  return async (c: Context<GatewayEnv>): Promise<Response> => {
    const started = performance.now();
    const body = await readJson(c, chatRequestSchema);
    const key = c.get('key');
    const useCase = optionalHeader(
      c,
      'x-yiheng-use-case',
      USE_CASE,
      'lower-case letters, digits, _ and -, up to 64',
    );
    const conversation = optionalHeader(
      c,
      'x-yiheng-conversation-id',
      CONVERSATION,
      'letters, digits and . _ : -, up to 128',
    );
    const userGroup = userGroupOf(c);
    const resolution = await deps.catalog.resolve(body.model, useCase);
    const { deployment } = resolution;
    c.set('logFields', { ...c.get('logFields'), deployment: deployment.name });

    const responseId = `chatcmpl-${randomUUID()}`;
    try {
      const guard = await deps.guards
        .stage({ policy: deployment.policy, useCase: resolution.useCase })
        .catch((cause) => {
          // Fail closed: no answer leaves without its policy.
          deps.logger.error(
            { policy: deployment.policy, err_code: codeOf(cause) },
            'guard policy unavailable',
          );
          throw new ApiError(
            500,
            'server_error',
            'policy_unavailable',
            `the guard policy "${deployment.policy ?? `for use case ${resolution.useCase}`}" of deployment "${deployment.name}" cannot be loaded`,
            {
              hint: 'an administrator must fix the policy file or the deployment',
            },
          );
        });
      const conversationId = conversation ?? `conv_${randomUUID()}`;
      // Namespaced by key: one key can never restore pseudonyms from another key's conversations.
      const ctx: GuardContext = {
        useCase: resolution.useCase,
        role: key.role,
        conversationId: `${key.id}/${conversationId}`,
      };
      const request = toChatRequest(body);
      const input = await guard.inspectInput(request.messages, ctx);
      deps.metrics.guardDecisions.inc({
        stage: 'input',
        decision: input.decision,
        deployment: deployment.name,
      });
      deps.metrics.countFindings('input', input.findings);
      const language = conversationLanguage(request.messages);
      const prepared: Prepared = {
        started,
        responseId,
        created: Math.floor(Date.now() / 1000),
        body,
        key,
        resolution,
        guard,
        ctx,
        conversationId,
        input,
        request: { ...request, messages: input.messages, signal: c.req.raw.signal },
        language,
        restore: guard.canRestore(key.role),
        label: guard.label(language),
        userGroup,
      };
      return body.stream ? await streamed(c, deps, prepared) : await whole(c, deps, prepared);
    } catch (error) {
      const abandoned = error instanceof ClientGone;
      // Refusals after authentication are part of the record too (which deployment, what failed).
      await deps.audit
        .append({
          kind: abandoned ? 'chat.abandoned' : 'chat.error',
          actor: { keyId: key.id, role: key.role },
          deployment: deployment.name,
          responseId,
          data: {
            status: abandoned ? 499 : error instanceof ApiError ? error.status : 500,
            code: error instanceof ApiError ? error.code : abandoned ? 'client_closed' : 'internal_error',
            latency_ms: ms(started),
          },
        })
        .catch((auditError) => deps.logger.error({ err_code: codeOf(auditError) }, 'audit append failed'));
      if (abandoned) return new Response(null, { status: 499 });
      throw error;
    }
  };
}

async function whole(c: Context<GatewayEnv>, deps: ChatDeps, p: Prepared): Promise<Response> {
  const { guard, ctx, input } = p;
  let upstreamText = '';
  let output: OutputInspection = { decision: 'allow', findings: {}, text: '' };
  let finishReason: FinishReason = 'content_filter';
  let usage: TokenUsage = { promptTokens: 0, completionTokens: 0, totalTokens: 0 };
  let call: UpstreamCall | undefined;
  let toolCalls: unknown[] | undefined;
  let shown: string;

  if (!input.forward) {
    // Refused, or escalated under a policy that answers with the escalation alone.
    shown = input.refusal ?? (input.escalation ? '' : gatewayText('inputRefused', p.language));
    if (input.decision !== 'block') finishReason = 'stop';
  } else {
    const answer = await deps.router.complete(
      p.resolution.deployment,
      (await deps.catalog.snapshot()).models,
      p.request,
      p.request.signal,
    );
    call = answer.call;
    upstreamText = answer.result.text;
    finishReason = answer.result.finishReason;
    usage = answer.result.usage;
    toolCalls = answer.result.toolCalls;
    output = await guard.inspectOutput(upstreamText, ctx);
    deps.metrics.guardDecisions.inc({
      stage: 'output',
      decision: output.decision,
      deployment: p.resolution.deployment.name,
    });
    deps.metrics.countFindings('output', output.findings);
    if (output.decision === 'block') {
      shown = output.replacement ?? gatewayText('outputBlocked', p.language);
      finishReason = 'content_filter';
      toolCalls = undefined;
    } else {
      shown = p.restore ? await guard.restore(output.text, ctx) : output.text;
      if (toolCalls && p.restore) toolCalls = await mapToolArguments(toolCalls, (t) => guard.restore(t, ctx));
    }
  }

  const label = p.label;
  const labelled = Boolean(label && (shown || input.escalation));
  const content = joinParts(
    input.escalation,
    labelled && label?.position === 'prefix' ? label.text : undefined,
    shown,
    labelled && label?.position === 'suffix' ? label.text : undefined,
  );
  const decision = strongest(input.decision, output.decision);
  const reviewId = await maybeQueueReview(
    deps,
    p,
    output,
    decision,
    input.forward ? output.text : shown,
    call,
  );
  const yiheng = yihengObject(p, {
    output,
    decision,
    call,
    reviewId,
    label: labelled ? label?.text : undefined,
  });

  const began = performance.now();
  await deps.audit.append(
    auditEvent(p, {
      kind: 'chat.completion',
      decision,
      output,
      call,
      reviewId,
      finishReason,
      usage,
      stream: false,
    }),
  );
  deps.metrics.auditDuration.observe((performance.now() - began) / 1000);
  c.set('logFields', { ...c.get('logFields'), ...logFieldsOf(p, decision, output.findings) });

  c.header('x-ai-generated', 'true');
  return c.json({
    id: p.responseId,
    object: 'chat.completion',
    created: p.created,
    model: p.body.model,
    choices: [
      {
        index: 0,
        message: {
          role: 'assistant',
          content: content === '' && toolCalls ? null : content,
          refusal: null,
          ...(toolCalls?.length ? { tool_calls: toolCalls } : {}),
        },
        logprobs: null,
        finish_reason: finishReason === 'error' ? 'stop' : finishReason,
      },
    ],
    usage: {
      prompt_tokens: usage.promptTokens,
      completion_tokens: usage.completionTokens,
      total_tokens: usage.totalTokens,
    },
    yiheng,
  });
}

async function streamed(c: Context<GatewayEnv>, deps: ChatDeps, p: Prepared): Promise<Response> {
  const { guard, ctx, input } = p;
  const deployment = p.resolution.deployment;
  let chunks: AsyncIterable<import('../../models/provider.ts').ChatChunk> | undefined;
  let call: UpstreamCall | undefined;
  if (input.forward) {
    // Fallback happens here, before any byte is sent: a failure is still a clean 502/504.
    const opened = await deps.router.stream(
      deployment,
      (await deps.catalog.snapshot()).models,
      p.request,
      p.request.signal,
    );
    chunks = opened.chunks;
    call = opened.call;
  }
  // The request is on the record before the 200 goes out.
  await deps.audit.append(
    auditEvent(p, {
      kind: 'chat.stream.start',
      decision: input.decision,
      output: undefined,
      call,
      reviewId: undefined,
      finishReason: undefined,
      usage: undefined,
      stream: true,
    }),
  );
  c.set('logFields', { ...c.get('logFields'), ...logFieldsOf(p, input.decision, {}) });

  c.header('content-type', 'text/event-stream; charset=utf-8');
  c.header('cache-control', 'no-cache');
  c.header('x-ai-generated', 'true');
  c.header('x-accel-buffering', 'no');
  const includeUsage = p.body.stream_options?.include_usage === true;

  return honoStream(c, async (out) => {
    // Once the client has gone, writes are dropped: the checks and the closing audit record still run.
    let gone = false;
    out.onAbort(() => {
      gone = true;
    });
    const send = async (text: string) => {
      if (gone || out.aborted) return;
      await out.write(text).catch(() => {
        gone = true;
      });
    };
    const frame = (
      delta: Record<string, unknown>,
      finish: string | null,
      extra: Record<string, unknown> = {},
    ) =>
      send(
        `data: ${JSON.stringify({
          id: p.responseId,
          object: 'chat.completion.chunk',
          created: p.created,
          model: p.body.model,
          choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
          ...extra,
        })}\n\n`,
      );
    let output: OutputInspection = { decision: 'allow', findings: {}, text: '' };
    const outputFindings: FindingCounts = {};
    let outputDecision: GuardDecision = 'allow';
    const label = p.label;
    let labelled = false;
    let finishReason: FinishReason = 'stop';
    let usage: TokenUsage | undefined;
    let toolFragments: unknown[] = [];
    let seen = '';
    let failed = false;

    await frame({ role: 'assistant', content: '' }, null);
    if (input.escalation) await frame({ content: `${input.escalation}\n\n` }, null);
    // A prefix label goes out before any of the answer.
    const prefixLabel = async () => {
      if (label?.position === 'prefix' && !labelled) {
        labelled = true;
        await frame({ content: `${label.text}\n\n` }, null);
      }
    };

    if (!input.forward) {
      const refusal = input.refusal ?? (input.escalation ? '' : gatewayText('inputRefused', p.language));
      seen = refusal;
      if (refusal || input.escalation) await prefixLabel();
      if (refusal) await frame({ content: refusal }, null);
      finishReason = input.decision === 'block' ? 'content_filter' : 'stop';
    } else if (chunks) {
      const buffer = new SentenceBuffer();
      // Returns false when the policy blocked the answer: the stream ends there.
      const release = async (segment: string): Promise<boolean> => {
        if (!segment) return true;
        const checked = await guard.inspectOutput(segment, ctx);
        for (const [type, n] of Object.entries(checked.findings))
          outputFindings[type] = (outputFindings[type] ?? 0) + n;
        outputDecision = strongest(outputDecision, checked.decision);
        output = checked;
        await prefixLabel();
        if (checked.decision === 'block') {
          await frame(
            { content: `\n\n${checked.replacement ?? gatewayText('outputBlocked', p.language)}` },
            null,
          );
          return false;
        }
        seen += checked.text;
        await frame({ content: p.restore ? await guard.restore(checked.text, ctx) : checked.text }, null);
        return true;
      };
      try {
        let open = true;
        for await (const chunk of chunks) {
          if (chunk.toolCalls) toolFragments = chunk.toolCalls;
          if (chunk.usage) usage = chunk.usage;
          if (chunk.finishReason) finishReason = chunk.finishReason;
          for (const sentence of buffer.push(chunk.delta)) {
            open = await release(sentence);
            if (!open) break;
          }
          if (!open) break;
        }
        if (open) open = await release(buffer.flush());
        if (!open) {
          finishReason = 'content_filter';
          toolFragments = [];
        }
      } catch (error) {
        failed = true;
        if (!(error instanceof ClientGone)) {
          deps.logger.warn({ req_id: c.get('requestId'), err_code: codeOf(error) }, 'upstream stream failed');
          await frame({ content: `\n\n${gatewayText('streamInterrupted', p.language)}` }, null).catch(
            () => {},
          );
        }
        finishReason = 'stop';
        toolFragments = [];
      }
    }

    if (toolFragments.length > 0) {
      let calls = mergeToolCallFragments(toolFragments);
      if (p.restore) calls = await mapToolArguments(calls, (t) => guard.restore(t, ctx));
      await frame({ tool_calls: calls }, null);
    }
    if (label?.position === 'suffix' && (seen || input.escalation)) {
      labelled = true;
      await frame({ content: `\n\n${label.text}` }, null);
    }

    output = { ...output, decision: outputDecision, findings: outputFindings, text: seen };
    const decision = strongest(input.decision, outputDecision);
    if (input.forward) {
      deps.metrics.guardDecisions.inc({
        stage: 'output',
        decision: outputDecision,
        deployment: deployment.name,
      });
      deps.metrics.countFindings('output', outputFindings);
    }
    const reviewId = await maybeQueueReview(deps, p, output, decision, seen, call).catch(() => undefined);
    const yiheng = yihengObject(p, {
      output,
      decision,
      call,
      reviewId,
      label: labelled ? label?.text : undefined,
    });
    await frame({}, finishReason === 'error' ? 'stop' : finishReason, { yiheng });
    if (includeUsage && usage) {
      await send(
        `data: ${JSON.stringify({
          id: p.responseId,
          object: 'chat.completion.chunk',
          created: p.created,
          model: p.body.model,
          choices: [],
          usage: {
            prompt_tokens: usage.promptTokens,
            completion_tokens: usage.completionTokens,
            total_tokens: usage.totalTokens,
          },
        })}\n\n`,
      );
    }
    await send('data: [DONE]\n\n');
    const end = auditEvent(p, {
      kind: 'chat.stream.end',
      decision,
      output,
      call,
      reviewId,
      finishReason: failed ? 'error' : finishReason,
      usage,
      stream: true,
    });
    end.data.client_closed = gone;
    await deps.audit
      .append(end)
      .catch((error) => deps.logger.error({ err_code: codeOf(error) }, 'audit append failed after a stream'));
  });
}

async function maybeQueueReview(
  deps: ChatDeps,
  p: Prepared,
  output: OutputInspection,
  decision: GuardDecision,
  pseudonymisedAnswer: string,
  call: UpstreamCall | undefined,
): Promise<string | undefined> {
  const wanted = p.input.review || output.review || decision === 'review';
  if (!wanted) return undefined;
  const reasons = [
    ...new Set([
      `input:${p.input.decision}`,
      `output:${output.decision}`,
      ...Object.keys(p.input.findings),
      ...Object.keys(output.findings),
    ]),
  ];
  const id = await deps.reviews.enqueue({
    responseId: p.responseId,
    deployment: p.resolution.deployment.name,
    modelId: call?.model.id ?? null,
    useCase: p.resolution.useCase,
    policy: p.guard.policy.name,
    reasons,
    messages: p.request.messages.map((m) => ({ role: m.role, content: m.content })),
    answer: pseudonymisedAnswer,
  });
  deps.metrics.reviewQueued.inc({ deployment: p.resolution.deployment.name });
  return id;
}

function yihengObject(
  p: Prepared,
  r: {
    output: OutputInspection;
    decision: GuardDecision;
    call: UpstreamCall | undefined;
    reviewId: string | undefined;
    label: string | undefined;
  },
) {
  return {
    ai_generated: true,
    deployment: p.resolution.deployment.name,
    use_case: p.resolution.useCase,
    policy: p.guard.policy,
    model: r.call ? { id: r.call.model.id, version: r.call.model.version } : null,
    fallback: r.call && r.call.attempts.length > 1 ? r.call.attempts.map(attemptJson) : undefined,
    decision: r.decision,
    input: { decision: p.input.decision, findings: p.input.findings },
    output: { decision: r.output.decision, findings: r.output.findings },
    triage: p.input.triage ?? null,
    escalated: Boolean(p.input.escalation),
    review: { queued: Boolean(r.reviewId), id: r.reviewId ?? null },
    label: r.label ?? null,
    personal_data_restored: p.restore,
    conversation_id: p.conversationId,
  };
}

function auditEvent(
  p: Prepared,
  r: {
    kind: string;
    decision: GuardDecision;
    output: OutputInspection | undefined;
    call: UpstreamCall | undefined;
    reviewId: string | undefined;
    finishReason: FinishReason | undefined;
    usage: TokenUsage | undefined;
    stream: boolean;
  },
) {
  const data: Record<string, JsonValue> = {
    use_case: p.resolution.useCase,
    policy: { name: p.guard.policy.name, version: p.guard.policy.version },
    model: r.call ? { id: r.call.model.id, version: r.call.model.version } : null,
    attempts: r.call ? r.call.attempts.map(attemptJson) : [],
    input: { decision: p.input.decision, findings: p.input.findings },
    triage: p.input.triage ?? null,
    escalated: Boolean(p.input.escalation),
    stream: r.stream,
    status: 200,
    latency_ms: ms(p.started),
  };
  if (r.output) data.output = { decision: r.output.decision, findings: r.output.findings };
  if (r.reviewId) data.review_id = r.reviewId;
  if (p.userGroup) data.user_group = p.userGroup as unknown as JsonValue;
  if (r.finishReason) data.finish_reason = r.finishReason;
  if (r.usage) data.tokens = { prompt: r.usage.promptTokens, completion: r.usage.completionTokens };
  return {
    kind: r.kind,
    actor: { keyId: p.key.id, role: p.key.role },
    deployment: p.resolution.deployment.name,
    responseId: p.responseId,
    decision: r.decision,
    data,
  };
}

function attemptJson(a: Attempt): { model: string; outcome: string } {
  return { model: a.modelId, outcome: a.outcome };
}

function logFieldsOf(
  p: Prepared,
  decision: GuardDecision,
  outputFindings: FindingCounts,
): Record<string, unknown> {
  return {
    response_id: p.responseId,
    use_case: p.resolution.useCase,
    decision,
    input_findings: p.input.findings,
    output_findings: outputFindings,
    stream: Boolean(p.body.stream),
  };
}

function joinParts(...parts: Array<string | undefined>): string {
  return parts.filter((x): x is string => Boolean(x)).join('\n\n');
}

function optionalHeader(c: Context, name: string, pattern: RegExp, rule: string): string | undefined {
  const value = c.req.header(name);
  if (value === undefined || value === '') return undefined;
  if (!pattern.test(value)) {
    throw new ApiError(400, 'invalid_request_error', 'invalid_header', `the header ${name} is malformed`, {
      hint: `use ${rule}`,
    });
  }
  return value;
}

function ms(started: number): number {
  return Math.round((performance.now() - started) * 10) / 10;
}

function codeOf(error: unknown): string {
  if (error instanceof ApiError) return error.code;
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' ? code : ((error as Error)?.name ?? 'unknown');
}

/** The optional x-yiheng-user-group header; a malformed one is the client's error, named with the fix. */
function userGroupOf(c: Context<GatewayEnv>): UserGroup | undefined {
  try {
    return parseUserGroupHeader(c.req.header(USER_GROUP_HEADER));
  } catch (error) {
    const e = error as Error & { hint?: string };
    throw new ApiError(400, 'invalid_request_error', 'invalid_user_group', e.message, {
      ...(e.hint ? { hint: e.hint } : {}),
    });
  }
}
