import { type Command, Option } from 'commander';
import { KeyStore } from '../../gateway/auth/api-keys.ts';
import { apiRoles } from '../../gateway/auth/roles.ts';
import { AuditTrail } from '../../governance/audit/audit-trail.ts';
import type { CliContext } from '../context.ts';
import { printJson, printTable } from '../output.ts';
import { intArg } from './dev.ts';

export function registerKeysCommands(program: Command, ctx: () => CliContext): void {
  const keys = program
    .command('keys')
    .description('create, list and revoke gateway API keys (API 密钥)')
    .addHelpText('after', '\nExample:\n  $ yiheng keys create --role clinician --name "ward 5 app"');

  keys
    .command('create')
    .description('create a key; the key is printed once and stored only as a hash')
    .addOption(
      new Option('--role <role>', 'what the key may do').choices([...apiRoles]).makeOptionMandatory(),
    )
    .option('--name <name>', 'a label to recognise the key (an application or team, not a patient)')
    .option(
      '--rpm <n>',
      'requests per minute (default: gateway.rate_limit in yiheng.yaml)',
      intArg('--rpm', 1),
    )
    .option(
      '--per-day <n>',
      'requests per day (default: unlimited or gateway.rate_limit)',
      intArg('--per-day', 1),
    )
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      '\nExample:\n  $ yiheng keys create --role patient-app --name "triage kiosk" --rpm 60',
    )
    .action(async (o: { role: string; name?: string; rpm?: number; perDay?: number; json?: boolean }) => {
      const { db } = await ctx().store();
      const { key, secret } = await new KeyStore(db).create({
        role: o.role as never,
        ...(o.name ? { name: o.name } : {}),
        ...(o.rpm ? { requestsPerMinute: o.rpm } : {}),
        ...(o.perDay ? { requestsPerDay: o.perDay } : {}),
      });
      await new AuditTrail(db).append({
        kind: 'key.create',
        actor: { keyId: null, role: 'cli' },
        data: { key_id: key.id, role: key.role },
      });
      if (o.json) return printJson({ ...key, key: secret });
      console.log(`created ${key.role} key ${key.id} (${key.name})`);
      console.log(`\n  ${secret}\n`);
      console.log('This is the only time the key is shown · 密钥只显示一次，请立即妥善保存.');
      console.log('Use it as: Authorization: Bearer <key>');
    });

  keys
    .command('list')
    .description('list keys (never the secrets)')
    .option('--all', 'include revoked keys')
    .option('--json', 'print JSON')
    .action(async (o: { all?: boolean; json?: boolean }) => {
      const { db } = await ctx().store();
      const list = await new KeyStore(db).list({ includeRevoked: o.all ?? false });
      if (o.json) return printJson(list);
      if (list.length === 0)
        return console.log('no keys yet — create one with `yiheng keys create --role clinician`');
      printTable(
        list.map((k) => ({
          id: k.id,
          role: k.role,
          name: k.name,
          prefix: `${k.prefix}…`,
          'per minute': k.requestsPerMinute ? String(k.requestsPerMinute) : 'default',
          'per day': k.requestsPerDay ? String(k.requestsPerDay) : 'default',
          created: k.createdAt.toISOString().slice(0, 19),
          revoked: k.revokedAt ? k.revokedAt.toISOString().slice(0, 19) : '-',
        })),
      );
    });

  keys
    .command('revoke <id>')
    .description('revoke a key (every replica refuses it within a second)')
    .addHelpText('after', '\nExample:\n  $ yiheng keys revoke key_0123456789ab')
    .action(async (id: string) => {
      const { db } = await ctx().store();
      const key = await new KeyStore(db).revoke(id);
      await new AuditTrail(db).append({
        kind: 'key.revoke',
        actor: { keyId: null, role: 'cli' },
        data: { key_id: key.id, role: key.role },
      });
      console.log(`revoked ${key.id} (${key.role}, ${key.name})`);
    });
}
