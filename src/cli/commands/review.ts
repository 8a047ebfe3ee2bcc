import { type Command, Option } from 'commander';
import { type ReviewAction, ReviewQueue } from '../../gateway/review/review-queue.ts';
import { AuditTrail } from '../../governance/audit/audit-trail.ts';
import type { CliContext } from '../context.ts';
import { printJson, printTable } from '../output.ts';
import { intArg } from './dev.ts';

export function registerReviewCommands(program: Command, ctx: () => CliContext): void {
  const review = program
    .command('review')
    .description('the human review queue: list, approve, correct, reject flagged answers (人工复核)')
    .addHelpText(
      'after',
      '\nExamples:\n  $ yiheng review list\n  $ yiheng review correct rev_… --text "Corrected answer" --note "dose"',
    );

  const queue = async () => {
    const { db } = await ctx().store();
    return new ReviewQueue(db, new AuditTrail(db));
  };

  review
    .command('list')
    .description('list review items (pseudonymised)')
    .addOption(
      new Option('--status <status>', 'filter by status')
        .choices(['pending', 'approved', 'corrected', 'rejected'])
        .default('pending'),
    )
    .option('--limit <n>', 'how many', intArg('--limit', 1, 1000), 50)
    .option('--json', 'print JSON')
    .action(async (o: { status: 'pending'; limit: number; json?: boolean }) => {
      const items = await (await queue()).list({ status: o.status, limit: o.limit });
      if (o.json) return printJson(items);
      if (items.length === 0) return console.log(`no ${o.status} review items`);
      printTable(
        items.map((i) => ({
          id: i.id,
          created: i.createdAt.slice(0, 19),
          deployment: i.deployment,
          'use case': i.useCase,
          reasons: i.reasons.join(' '),
          answer: i.answer.replace(/\s+/g, ' ').slice(0, 60),
        })),
      );
    });

  review
    .command('show <id>')
    .description('show one item: the pseudonymised conversation and answer')
    .action(async (id: string) => {
      const item = await (await queue()).get(id);
      if (!item) throw new Error(`unknown review item ${id} — see \`yiheng review list\``);
      printJson(item);
    });

  const decide = (action: ReviewAction, description: string) => {
    const command = review
      .command(`${action} <id>`)
      .description(description)
      .option('--note <text>', 'a note for the record');
    if (action === 'correct') command.requiredOption('--text <answer>', 'the corrected answer');
    command.action(async (id: string, o: { note?: string; text?: string }) => {
      const c = ctx();
      const store = await c.store();
      const q = await queue();
      const item = await q.get(id);
      const { loadGuards } = await import('../../gateway/guard/load-guards.ts');
      const guards = await loadGuards({ store, config: c.config, threads: 0 });
      const useCase = item?.useCase ?? 'general';
      const guard = await guards.stage({ policy: item?.policy ?? null, useCase });
      const gctx = { useCase, role: 'reviewer' as const, conversationId: 'cli/review' };
      const decided = await q.decide(
        id,
        {
          action,
          ...(o.text ? { correction: await guard.pseudonymise(o.text, gctx) } : {}),
          ...(o.note ? { note: await guard.pseudonymise(o.note, gctx) } : {}),
        },
        { keyId: 'cli', role: 'reviewer' },
      );
      console.log(`${decided.id}: ${decided.status}`);
    });
  };
  decide('approve', 'approve an answer as it is');
  decide('correct', 'replace an answer with a corrected one');
  decide('reject', 'reject an answer');
}
