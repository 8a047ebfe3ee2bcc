import type { Command } from 'commander';
import { loadCatalogue } from '../../governance/catalogue/catalogue.ts';
import type { CliContext } from '../context.ts';
import { printJson, printTable } from '../output.ts';
import { langFrom, langOption } from './governance.ts';

export function registerUseCasesCommands(program: Command, ctx: () => CliContext): void {
  const usecases = program
    .command('usecases')
    .description(
      'the catalogue of intended uses, risk tiers and what each needs before go-live (用途与风险等级)',
    )
    .addHelpText('after', '\nExamples:\n  $ yiheng usecases list\n  $ yiheng usecases show triage --lang zh');
  const catalogue = () => loadCatalogue(ctx().config.governance);

  usecases
    .command('list')
    .description('every use case with its risk tier, EU AI Act class and algorithm-filing need')
    .addOption(langOption())
    .option('--json', 'print JSON')
    .action((o: { lang?: string; json?: boolean }) => {
      const c = catalogue();
      if (o.json) return printJson(c.useCases);
      const lang = langFrom(o);
      printTable(
        c.useCases.map((u) => ({
          id: u.id,
          title: u.title[lang],
          tier: u.risk_tier,
          'EU AI Act': u.eu_ai_act.class,
          filing: u.china.algorithm_filing,
          oversight: u.requirements.human_oversight.join(' | '),
          suites: String(u.requirements.suites.length),
          assessments: u.requirements.assessments.join(' '),
        })),
      );
      console.log(`\ncatalogue ${c.version} (${c.source})`);
    });

  usecases
    .command('show <id>')
    .description('one use case in full: rationale, mappings, WHO duties by actor, requirements')
    .addOption(langOption())
    .option('--json', 'print JSON')
    .action((id: string, o: { lang?: string; json?: boolean }) => {
      const c = catalogue();
      const u = c.get(id);
      if (o.json) return printJson(u);
      const l = langFrom(o);
      const zh = l === 'zh';
      const lines = [
        `${u.title[l]} (${u.id}${u.aliases.length ? `; ${u.aliases.join(', ')}` : ''})`,
        u.description[l],
        '',
        `${zh ? '风险等级' : 'Risk tier'}: ${c.tier(u.risk_tier).title[l]} — ${u.rationale[l]}`,
        `${zh ? '生成式人工智能服务管理暂行办法' : 'Interim Measures for Generative AI Services'}: ${u.china.interim_measures[l]}`,
        `${zh ? '算法备案' : 'Algorithm filing'}: ${u.china.algorithm_filing}`,
        `${zh ? '内容标识' : 'Labelling'}: ${u.china.labelling[l]}`,
        `${zh ? '医疗器械软件' : 'Medical-device software'}: ${u.china.medical_device_software[l]}`,
        `EU AI Act: ${u.eu_ai_act.class} — ${u.eu_ai_act.basis[l]}`,
        '',
        `WHO — ${zh ? '开发者' : 'developer'}: ${u.who.developer.map((r) => r[l]).join(' / ')}`,
        `WHO — ${zh ? '提供者' : 'provider'}: ${u.who.provider.map((r) => r[l]).join(' / ')}`,
        `WHO — ${zh ? '部署者' : 'deployer'}: ${u.who.deployer.map((r) => r[l]).join(' / ')}`,
        '',
        `${zh ? '评测要求' : 'Evaluation thresholds'}:`,
        ...u.requirements.suites.map(
          (t) =>
            `  ${t.suite} ${t.metric} ${t.min !== undefined ? `≥ ${t.min}` : `≤ ${t.max}`}${t.bound === 'conservative' ? ' (CI bound)' : ''}`,
        ),
        `${zh ? '必需的评估' : 'Required assessments'}: ${u.requirements.assessments.join(', ') || '–'}`,
        `${zh ? '可接受的人工监督' : 'Acceptable oversight'}: ${u.requirements.human_oversight.map((m) => `${m} (${c.oversight(m).title[l]})`).join(', ')}`,
        ...(u.overridden.length
          ? [`${zh ? '本机构覆盖' : 'overridden in yiheng.yaml'}: ${u.overridden.join(', ')}`]
          : []),
      ];
      console.log(lines.join('\n'));
    });
}
