import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { apiRoles } from '../../foundation/config.ts';
import type { CliContext } from '../context.ts';
import { intArg } from './dev.ts';

export function registerServeCommand(program: Command, ctx: () => CliContext): void {
  program
    .command('serve')
    .description('run the governed gateway: an OpenAI-compatible API with guard, audit and review (治理网关)')
    .option(
      '--port <n>',
      'port (default: gateway.port in yiheng.yaml, $YIHENG_PORT, or 8787)',
      intArg('--port', 0, 65535),
    )
    .option('--host <host>', 'address to bind (default 127.0.0.1)')
    .option('--create-key <role>', `create a key at start and print it once (${apiRoles.join(', ')})`)
    .addHelpText(
      'after',
      '\nExamples:\n  $ yiheng serve\n  $ yiheng serve --port 9000 --create-key clinician\n\nThen: curl -H "Authorization: Bearer <key>" http://127.0.0.1:8787/v1/models\nSee docs/gateway.md.',
    )
    .option('--no-bootstrap-key', 'on a fresh home, do not create and print a first admin key')
    .action(async (o: { port?: number; host?: string; createKey?: string; bootstrapKey?: boolean }) => {
      // Loaded here, not at the top: every other command starts faster without the gateway and guard.
      const [{ createGateway }, { loadGuards }, { listen }] = await Promise.all([
        import('../../gateway/gateway.ts'),
        import('../../gateway/guard/load-guards.ts'),
        import('../../gateway/server.ts'),
      ]);
      const c = ctx();
      const config = c.config;
      // The embedded database on its own thread: its writes must not stall request handling.
      const store = await c.store({ pgliteWorker: true });
      const guards = await loadGuards({ store, config });
      const gateway = await createGateway({
        store,
        config,
        guards,
        processMetrics: true,
        // The console ships inside the package, wherever the command is run from.
        consoleDir: fileURLToPath(new URL('../../../web/dist', import.meta.url)),
      });
      let created: string | undefined;
      // First start on a fresh home: without a key nobody could use the gateway or sign in to the
      // console, and with the embedded database the CLI cannot create one while we run. So the very
      // first start creates one admin key and prints it once.
      const firstStart = !o.createKey && o.bootstrapKey !== false && (await gateway.keys.count()) === 0;
      const bootstrapRole = o.createKey ?? (firstStart ? 'admin' : undefined);
      if (bootstrapRole) {
        const { key, secret } = await gateway.keys.create({
          role: bootstrapRole as never,
          name: firstStart ? 'first admin (created at first start)' : `${bootstrapRole} (serve --create-key)`,
        });
        await gateway.audit.append({
          kind: 'key.create',
          actor: { keyId: null, role: 'cli' },
          data: { key_id: key.id, role: key.role },
        });
        created = `created ${key.role} key ${key.id} — shown once, store it now · 密钥仅显示一次，请妥善保存:\n  ${secret}\n  sign in to the console at the address above with it · 用它登录上面地址的控制台`;
      }
      const keyCount = await gateway.keys.count();
      const snapshot = await gateway.catalog.snapshot();
      const server = await listen(gateway, {
        port: o.port ?? config.gateway.port,
        host: o.host ?? config.gateway.host,
      });

      const storage = store.kind === 'pglite' ? `embedded PGlite in ${config.home}` : 'PostgreSQL';
      console.log(`医衡 Yiheng gateway listening on ${server.url}`);
      console.log(
        `  storage: ${storage} · rate limits: ${config.redisUrl ? 'Redis (shared)' : 'in-process'}`,
      );
      console.log(`  models: ${[...new Set(snapshot.deployments.map((d) => d.publicModel))].join(', ')}`);
      console.log(
        `  API: POST ${server.url}/v1/chat/completions · GET ${server.url}/v1/models · ${server.url}/metrics`,
      );
      console.log(
        `  guard policies: ${guards.policyNames.join(', ')} (default: ${config.gateway.default_policy})`,
      );
      if (!guards.stablePseudonyms) {
        console.log(
          '  note: YIHENG_VAULT_KEY is not set — pseudonyms are consistent only within this process, and vault-mode policies (restoring originals) cannot run',
        );
      }
      if (created) console.log(created);
      if (keyCount === 0) {
        console.log(
          [
            '',
            'No API keys yet · 尚无 API 密钥. Create one to call the gateway:',
            store.kind === 'pglite'
              ? '  stop the server (Ctrl-C) and run `yiheng keys create --role clinician --name "me"`,\n  or restart with `yiheng serve --create-key admin` (an admin key can create more via POST /api/keys)'
              : '  yiheng keys create --role clinician --name "me"',
          ].join('\n'),
        );
      }
      await new Promise<void>((resolve) => {
        const stop = () => {
          console.log('stopping: finishing open requests…');
          resolve();
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await server.close(5000);
      await gateway.close();
      await guards.close();
    });
}
