import { z } from 'zod';
import type { ChatMessage, ChatRequest } from '../../models/provider.ts';
import { ApiError } from '../http/api-error.ts';

const textPart = z.object({ type: z.literal('text'), text: z.string() }).loose();
const otherPart = z.object({ type: z.string() }).loose();
const content = z.union([z.string(), z.array(z.union([textPart, otherPart])), z.null()]);

const message = z
  .object({
    role: z.enum(['system', 'developer', 'user', 'assistant', 'tool']),
    content: content.optional(),
    name: z.string().max(256).optional(),
    tool_calls: z.array(z.unknown()).optional(),
    tool_call_id: z.string().max(512).optional(),
    // Accepted so clients that echo assistant turns back verbatim keep working.
    refusal: z.string().nullable().optional(),
  })
  .strict();

/**
 * POST /v1/chat/completions, as OpenAI defines it (the parameters text models use). Unknown
 * parameters are refused by name, as OpenAI does, rather than silently dropped.
 */
export const chatRequestSchema = z
  .object({
    model: z.string().min(1, 'name a model (GET /v1/models lists them)').max(256),
    messages: z.array(message).min(1, 'send at least one message').max(1000),
    stream: z.boolean().nullable().optional(),
    stream_options: z.object({ include_usage: z.boolean().optional() }).strict().nullable().optional(),
    temperature: z.number().min(0).max(2).nullable().optional(),
    top_p: z.number().min(0).max(1).nullable().optional(),
    max_tokens: z.number().int().positive().nullable().optional(),
    max_completion_tokens: z.number().int().positive().nullable().optional(),
    n: z.literal(1, 'only n = 1 is supported').nullable().optional(),
    stop: z
      .union([z.string(), z.array(z.string()).max(4)])
      .nullable()
      .optional(),
    seed: z.number().int().nullable().optional(),
    presence_penalty: z.number().min(-2).max(2).nullable().optional(),
    frequency_penalty: z.number().min(-2).max(2).nullable().optional(),
    logit_bias: z.record(z.string(), z.number()).nullable().optional(),
    logprobs: z.boolean().nullable().optional(),
    top_logprobs: z.number().int().min(0).max(20).nullable().optional(),
    tools: z
      .array(z.object({ type: z.string() }).loose())
      .max(128)
      .optional(),
    tool_choice: z.unknown().optional(),
    parallel_tool_calls: z.boolean().optional(),
    response_format: z.object({ type: z.string() }).loose().optional(),
    reasoning_effort: z.string().optional(),
    // An end-user identifier may itself be personal data: accepted, never forwarded or logged.
    user: z.string().max(256).optional(),
    metadata: z.record(z.string(), z.string()).optional(),
    store: z.boolean().nullable().optional(),
  })
  .strict();

export type ChatCompletionBody = z.infer<typeof chatRequestSchema>;

const PASSED_THROUGH = [
  'presence_penalty',
  'frequency_penalty',
  'logit_bias',
  'logprobs',
  'top_logprobs',
  'parallel_tool_calls',
  'max_completion_tokens',
  'reasoning_effort',
] as const;

/** The provider request (text content only) for a validated body. */
export function toChatRequest(body: ChatCompletionBody): ChatRequest {
  const messages: ChatMessage[] = body.messages.map((m, i) => {
    const out: ChatMessage = {
      role: m.role === 'developer' ? 'system' : m.role,
      content: textOf(m.content, i),
    };
    if (m.name !== undefined) out.name = m.name;
    if (m.tool_calls !== undefined) out.tool_calls = m.tool_calls;
    if (m.tool_call_id !== undefined) out.tool_call_id = m.tool_call_id;
    return out;
  });
  const request: ChatRequest = { messages };
  if (body.temperature != null) request.temperature = body.temperature;
  if (body.top_p != null) request.top_p = body.top_p;
  if (body.max_tokens != null) request.max_tokens = body.max_tokens;
  if (body.seed != null) request.seed = body.seed;
  if (body.stop != null) request.stop = body.stop;
  if (body.tools !== undefined) request.tools = body.tools;
  if (body.tool_choice !== undefined) request.tool_choice = body.tool_choice;
  if (body.response_format !== undefined) request.response_format = body.response_format;
  const extra: Record<string, unknown> = {};
  for (const name of PASSED_THROUGH) if (body[name] != null) extra[name] = body[name];
  if (Object.keys(extra).length > 0) request.extra = extra;
  return request;
}

function textOf(value: z.infer<typeof content> | undefined, index: number): string {
  if (value == null) return '';
  if (typeof value === 'string') return value;
  return value
    .map((part, j) => {
      if (part.type === 'text' && typeof part.text === 'string') return part.text;
      throw new ApiError(
        400,
        'invalid_request_error',
        'unsupported_content',
        `messages[${index}].content[${j}] is a "${part.type}" part; this gateway accepts text only`,
        {
          param: `messages.${index}.content.${j}`,
          hint: 'send the text, e.g. a transcribed report, instead of images or audio',
        },
      );
    })
    .join('\n');
}
