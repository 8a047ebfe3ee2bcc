import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScriptedGuardProvider } from './testing/scripted-guard.ts';
import { startTestGateway, type TestGateway, testConfig } from './testing/test-gateway.ts';

/**
 * Tool calls through the gateway with the official client: an upstream that answers with a tool
 * call (whole, and as streamed fragments), and a client that reads it the usual ways.
 */
describe('tool calls through the gateway', () => {
  let upstream: Server;
  let t: TestGateway;
  let client: OpenAI;
  const call = {
    id: 'call_1',
    type: 'function',
    function: { name: 'lookup_drug', arguments: '{"name":"阿司匹林"}' },
  };

  beforeAll(async () => {
    upstream = createServer((req, res) => {
      let raw = '';
      req.on('data', (c) => {
        raw += c;
      });
      req.on('end', () => {
        const body = JSON.parse(raw);
        const base = { id: 'up-1', created: 0, model: 'tooly' };
        if (!body.stream) {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(
            JSON.stringify({
              ...base,
              object: 'chat.completion',
              choices: [
                {
                  index: 0,
                  message: { role: 'assistant', content: null, tool_calls: [call] },
                  finish_reason: 'tool_calls',
                },
              ],
              usage: { prompt_tokens: 5, completion_tokens: 7, total_tokens: 12 },
            }),
          );
          return;
        }
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        const chunk = (delta: unknown, finish: string | null) =>
          `data: ${JSON.stringify({ ...base, object: 'chat.completion.chunk', choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
        res.write(chunk({ role: 'assistant', content: null }, null));
        res.write(
          chunk(
            {
              tool_calls: [
                { index: 0, id: 'call_1', type: 'function', function: { name: 'lookup_', arguments: '' } },
              ],
            },
            null,
          ),
        );
        res.write(
          chunk({ tool_calls: [{ index: 0, function: { name: 'drug', arguments: '{"name":' } }] }, null),
        );
        res.write(chunk({ tool_calls: [{ index: 0, function: { arguments: '"阿司匹林"}' } }] }, null));
        res.write(chunk({}, 'tool_calls'));
        res.end('data: [DONE]\n\n');
      });
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}/v1`;
    const config = testConfig({
      models: [{ id: 'tooly', provider: 'openai-compatible', base_url: url, model: 'tooly' }],
    });
    t = await startTestGateway({
      kind: 'pglite',
      config,
      guards: new ScriptedGuardProvider({ default: { label: { text: '[AI]', position: 'suffix' } } }),
    });
    client = t.client(await t.key('clinician'));
  });
  afterAll(async () => {
    await t?.close();
    upstream?.close();
  });

  const request = {
    model: 'tooly',
    messages: [{ role: 'user' as const, content: '阿司匹林的说明书？' }],
    tools: [
      {
        type: 'function' as const,
        function: { name: 'lookup_drug', parameters: { type: 'object', properties: {} } },
      },
    ],
  };

  it('returns the tool call whole, without a label in place of the missing content', async () => {
    const answer = await client.chat.completions.create(request);
    expect(answer.choices[0]).toMatchObject({
      finish_reason: 'tool_calls',
      message: { content: null, tool_calls: [call] },
    });
  });

  it('streams the tool call so the client library can assemble it', async () => {
    const stream = client.chat.completions.stream(request);
    const final = await stream.finalChatCompletion();
    expect(final.choices[0]?.message.tool_calls).toEqual([call]);
    expect(final.choices[0]?.finish_reason).toBe('tool_calls');
  });
});
