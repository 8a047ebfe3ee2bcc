import { type Command, InvalidArgumentError } from 'commander';
import { startFakeModel } from '../../models/testing/fake-model-server.ts';

export function intArg(name: string, min = 0, max = Number.MAX_SAFE_INTEGER) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) {
      throw new InvalidArgumentError(`${name} must be an integer from ${min} to ${max}`);
    }
    return n;
  };
}

export function registerDevCommands(program: Command): void {
  const dev = program.command('dev').description('developer tools: test fixtures for demos and benchmarks');

  dev
    .command('fake-model')
    .description('run a fake OpenAI-compatible model server (a test fixture, never a real model)')
    .option('--port <n>', 'port to listen on', intArg('--port', 0, 65535), 8999)
    .option('--host <host>', 'address to bind', '127.0.0.1')
    .option('--latency-ms <ms>', 'delay before each answer', intArg('--latency-ms', 0, 600_000), 0)
    .option('--reply <text>', 'fixed reply (default: echo the last user message)')
    .option('--api-key <key>', 'require this bearer key')
    .addHelpText('after', '\nExample:\n  $ yiheng dev fake-model --port 8999 --latency-ms 100')
    .action(async (o: { port: number; host: string; latencyMs: number; reply?: string; apiKey?: string }) => {
      const server = await startFakeModel({
        port: o.port,
        host: o.host,
        latencyMs: o.latencyMs,
        ...(o.reply !== undefined ? { reply: o.reply } : {}),
        ...(o.apiKey ? { apiKey: o.apiKey } : {}),
      });
      console.log(`fake model listening at ${server.url} (Ctrl-C to stop)`);
      await new Promise<void>((resolve) => {
        const stop = () => server.close().then(resolve);
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
