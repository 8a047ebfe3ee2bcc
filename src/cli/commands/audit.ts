import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { type Command, InvalidArgumentError } from 'commander';
import { YihengError } from '../../foundation/errors.ts';
import { exportAuditTrail } from '../../governance/audit/export.ts';
import { verifyAuditTrail } from '../../governance/audit/verify.ts';
import type { CliContext } from '../context.ts';
import { printJson } from '../output.ts';

function dateArg(name: string) {
  return (value: string): Date => {
    const date = new Date(value);
    if (Number.isNaN(date.getTime()))
      throw new InvalidArgumentError(`${name} must be a date such as 2025-01-31 or 2025-01-31T08:00:00Z`);
    return date;
  };
}

export function registerAuditCommands(program: Command, ctx: () => CliContext): void {
  const audit = program
    .command('audit')
    .description('verify and export the hash-chained audit trail (审计日志)')
    .addHelpText(
      'after',
      '\nExamples:\n  $ yiheng audit verify\n  $ yiheng audit export --from 2025-01-01 --to 2025-02-01 > january.jsonl',
    );

  audit
    .command('verify')
    .description('recompute every hash; exits non-zero naming the first edited, deleted or reordered record')
    .option('--json', 'print the result as JSON')
    .action(async (o: { json?: boolean }) => {
      const { db } = await ctx().store();
      const result = await verifyAuditTrail(db);
      if (o.json) printJson(result);
      if (!result.ok) {
        throw new YihengError(`audit trail is broken: ${result.problem!.message}`, {
          hint: `records up to ${result.problem!.seq - 1} verified; investigate record ${result.problem!.seq} and report an incident`,
          code: 'audit_broken',
        });
      }
      if (!o.json) {
        const n = result.checked;
        console.log(
          `audit trail intact: ${n} record${n === 1 ? '' : 's'}, head ${result.head.hash.slice(0, 16)}…`,
        );
      }
    });

  audit
    .command('export')
    .description('write audit records as JSON lines (with their hashes, so an export can be re-verified)')
    .option('--from <date>', 'first record time (inclusive)', dateArg('--from'))
    .option('--to <date>', 'last record time (exclusive)', dateArg('--to'))
    .option('--out <file>', 'write to a file instead of stdout')
    .action(async (o: { from?: Date; to?: Date; out?: string }) => {
      const { db } = await ctx().store();
      const out = o.out ? createWriteStream(o.out) : process.stdout;
      let count = 0;
      for await (const line of exportAuditTrail(db, {
        ...(o.from ? { from: o.from } : {}),
        ...(o.to ? { to: o.to } : {}),
      })) {
        if (!out.write(line)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
        count++;
      }
      if (o.out) {
        (out as ReturnType<typeof createWriteStream>).end();
        await finished(out as ReturnType<typeof createWriteStream>);
        console.error(`wrote ${count} records to ${o.out}`);
      }
    });
}
