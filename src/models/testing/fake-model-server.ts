import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { estimateTokens } from '../provider.ts';

/**
 * A fake OpenAI-compatible model server: a test fixture for the network boundary and a
 * load target for benchmarks. Never a default and never a model: it echoes or repeats a
 * fixed reply. Special model names trigger failures so tests can exercise error handling:
 *   fail-429-then-ok   first request per process gets 429 with Retry-After: 1, then OK
 *   fail-500           always 500
 *   hang               accepts the request and never answers
 *   unknown-*          404 model not found
 */
export interface FakeModelOptions {
  port?: number;
  host?: string;
  latencyMs?: number;
  /** Fixed reply; otherwise the reply echoes the last user message. */
  reply?: string;
  /** When set, requests must carry `Authorization: Bearer <apiKey>`. */
  apiKey?: string;
  /** Characters per streamed chunk. */
  chunkSize?: number;
  /** Keep request bodies for assertions (tests only; off for benchmarks). */
  record?: boolean;
}

export interface FakeModelServer {
  url: string;
  port: number;
  /** Request bodies received, when `record` is on. */
  requests: Array<Record<string, unknown>>;
  /** When each recorded request arrived (performance.now()), in the same order. */
  arrivals: number[];
  close(): Promise<void>;
}

export async function startFakeModel(options: FakeModelOptions = {}): Promise<FakeModelServer> {
  const requests: Array<Record<string, unknown>> = [];
  const arrivals: number[] = [];
  let failed429 = false;
  const sockets = new Set<import('node:net').Socket>();

  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent)
        send(res, 500, { error: { message: 'fake model crashed', type: 'server_error' } });
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.keepAliveTimeout = 30_000;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (options.apiKey && req.headers.authorization !== `Bearer ${options.apiKey}`) {
      return send(res, 401, {
        error: {
          message: 'Incorrect API key provided',
          type: 'invalid_request_error',
          code: 'invalid_api_key',
        },
      });
    }
    const url = req.url ?? '/';
    if (req.method === 'GET' && url.endsWith('/models')) {
      return send(res, 200, {
        object: 'list',
        data: [{ id: 'fake', object: 'model', owned_by: 'yiheng-test' }],
      });
    }
    if (req.method !== 'POST' || !url.endsWith('/chat/completions')) {
      return send(res, 404, {
        error: { message: `no route ${req.method} ${url}`, type: 'invalid_request_error' },
      });
    }
    const body = JSON.parse(await readBody(req)) as Record<string, unknown>;
    if (options.record) {
      requests.push(body);
      arrivals.push(performance.now());
    }
    const model = String(body.model ?? 'fake');

    if (model === 'hang') return; // never answers
    if (model.startsWith('unknown')) {
      return send(res, 404, {
        error: {
          message: `The model \`${model}\` does not exist`,
          type: 'invalid_request_error',
          code: 'model_not_found',
        },
      });
    }
    if (model === 'fail-500')
      return send(res, 500, { error: { message: 'internal error', type: 'server_error' } });
    if (model === 'fail-429-then-ok' && !failed429) {
      failed429 = true;
      res.setHeader('retry-after', '1');
      return send(res, 429, { error: { message: 'Rate limit reached', type: 'rate_limit_error' } });
    }

    if (options.latencyMs) await new Promise((resolve) => setTimeout(resolve, options.latencyMs));
    const messages = (body.messages as Array<{ role: string; content: unknown }>) ?? [];
    const lastUser = [...messages].reverse().find((m) => m.role === 'user');
    const text = options.reply ?? `echo: ${typeof lastUser?.content === 'string' ? lastUser.content : ''}`;
    const promptTokens = messages.reduce((n, m) => n + estimateTokens(String(m.content ?? '')), 0);
    const usage = { prompt_tokens: promptTokens, completion_tokens: estimateTokens(text), total_tokens: 0 };
    usage.total_tokens = usage.prompt_tokens + usage.completion_tokens;
    const id = `chatcmpl-fake-${Date.now().toString(36)}`;
    const created = Math.floor(Date.now() / 1000);

    if (body.stream) {
      res.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-cache',
        connection: 'keep-alive',
      });
      const size = options.chunkSize ?? 8;
      const frame = (
        delta: Record<string, unknown>,
        finish: string | null,
        extra: Record<string, unknown> = {},
      ) =>
        `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices: [{ index: 0, delta, finish_reason: finish }], ...extra })}\n\n`;
      res.write(frame({ role: 'assistant', content: '' }, null));
      for (let i = 0; i < text.length; i += size)
        res.write(frame({ content: text.slice(i, i + size) }, null));
      res.write(frame({}, 'stop'));
      const includeUsage = (body.stream_options as { include_usage?: boolean } | undefined)?.include_usage;
      if (includeUsage) {
        res.write(
          `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices: [], usage })}\n\n`,
        );
      }
      res.end('data: [DONE]\n\n');
      return;
    }
    send(res, 200, {
      id,
      object: 'chat.completion',
      created,
      model,
      choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }],
      usage,
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}/v1`,
    port,
    requests,
    arrivals,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
