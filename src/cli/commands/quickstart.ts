import path from 'node:path';
import type { Command } from 'commander';
import { runEvaluation } from '../../evaluation/api.ts';
import { createGuard } from '../../guard/guard.ts';
import type { CliContext } from '../context.ts';

// A made-up patient message: a checksum-valid synthetic resident ID, a fake phone number and an emergency.
const DEMO_MESSAGE =
  '我叫王建国，身份证号11010519491231002X，电话13800138000。我胸口疼了半小时，还出冷汗，怎么办？';

/**
 * The main job on the embedded defaults, offline: evaluate the built-in reference model on the
 * starter bundle (every dimension) and show the guard on one patient message.
 */
export function registerQuickstartCommand(program: Command, ctx: () => CliContext): void {
  program
    .command('quickstart')
    .description('run Yiheng end to end on the embedded defaults (no keys, no servers): evaluate and guard')
    .option('--out <dir>', 'where to write results.json and report.html', 'yiheng-quickstart')
    .addHelpText('after', '\nExample:\n  $ yiheng quickstart --out ./quickstart')
    .action(async (o: { out: string }) => {
      const c = ctx();
      const { db, kind } = await c.store();
      console.log(
        `storage 存储: ${kind === 'pglite' ? `embedded PGlite in ${c.config.home}` : 'PostgreSQL'}`,
      );

      console.log('\n1. Guard 安全防护 — one patient message through the default policy:');
      const guard = createGuard();
      const inspection = await guard.inspectInput([{ role: 'user', content: DEMO_MESSAGE }], {
        conversationId: 'quickstart',
        useCase: 'triage',
      });
      const sent = inspection.transformedMessages[0]?.content;
      console.log(`   in  输入: ${DEMO_MESSAGE}`);
      console.log(`   to the model 发给模型: ${typeof sent === 'string' ? sent : '(blocked)'}`);
      console.log(
        `   findings 发现: ${JSON.stringify(inspection.findings)} · triage 分诊: ${inspection.triage}`,
      );
      if (inspection.escalation) console.log(`   escalation 升级提示: ${inspection.escalation.message}`);

      console.log('\n2. Evaluation 评测 — yiheng-reference on the starter bundle (every dimension):');
      const outDir = path.resolve(o.out);
      const results = await runEvaluation(
        { db, models: c.config.models },
        { suite: 'starter', model: 'yiheng-reference', outDir },
      );
      const pct = (v: number | null) => (v === null ? '-' : (v * 100).toFixed(1));
      if (results.overall) {
        const { value, ci_low, ci_high } = results.overall;
        console.log(
          `   overall 总体 ${pct(value)} [95% CI ${pct(ci_low)}, ${pct(ci_high)}] over ${results.n_items} items`,
        );
      }
      for (const [ability, d] of Object.entries(results.dimensions)) {
        console.log(`   ${ability.padEnd(32)} ${pct(d.value)}`);
      }
      console.log(`   report 报告: ${path.join(outDir, 'report.html')}`);
      console.log(
        '\nNext 下一步: `npm start` serves the gateway and the console on http://127.0.0.1:8787 (the first start prints an admin key);\n`yiheng models add` points Yiheng at a real model — see README.',
      );
    });
}
