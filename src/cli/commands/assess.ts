import { type Command, InvalidArgumentError, Option } from 'commander';
import { cliActor } from '../../governance/access/actor.ts';
import { questionsOf } from '../../governance/assessments/template-schema.ts';
import { loadTemplates } from '../../governance/assessments/templates.ts';
import type { CliContext } from '../context.ts';
import { printJson, printTable } from '../output.ts';
import { actorFrom, asOption, governanceOf, langFrom, langOption, readRecordFile } from './governance.ts';

export function registerAssessCommands(program: Command, ctx: () => CliContext): void {
  const assess = program
    .command('assess')
    .description(
      'impact assessments: DPIA, human rights and ethics, WHO six principles, pre-mortem and red team (影响评估)',
    )
    .addHelpText(
      'after',
      '\nExamples:\n  $ yiheng assess template dpia --lang zh\n  $ yiheng assess start dpia --deployment triage-bot --as privacy-officer\n  $ yiheng assess answer asm_… --file dpia-answers.yaml --as privacy-officer\n  $ yiheng assess submit asm_… --as privacy-officer\n  $ yiheng assess approve asm_… --as dpo-reviewer --note "residual risk accepted"',
    );

  assess
    .command('templates')
    .description('the assessment templates and their versions')
    .addOption(langOption())
    .action((o: { lang?: string }) => {
      const lib = loadTemplates();
      const lang = langFrom(o);
      printTable(
        lib.ids().map((id) => {
          const t = lib.latest(id);
          return {
            id,
            version: t.version,
            title: t.title[lang],
            questions: String(questionsOf(t).length),
            'valid days': String(t.valid_days),
          };
        }),
      );
    });

  assess
    .command('template <id>')
    .description(
      'a template’s questions with their ids and allowed answers (write your answers file from this)',
    )
    .addOption(langOption())
    .option('--json', 'print JSON')
    .action((id: string, o: { lang?: string; json?: boolean }) => {
      const t = loadTemplates().latest(id);
      if (o.json) return printJson(t);
      const lang = langFrom(o);
      console.log(`${t.title[lang]} — ${t.id} ${t.version}\n${t.description[lang]}\n`);
      for (const impl of t.implements) console.log(`  · ${impl[lang]}`);
      for (const s of t.sections) {
        console.log(`\n## ${s.title[lang]}`);
        for (const q of s.questions) {
          const allowed =
            q.type === 'choice'
              ? q.options.map((x) => `${x.value} (${x.label[lang]})`).join(' | ')
              : q.type === 'yes_no'
                ? 'yes | no'
                : q.type === 'scale'
                  ? `${q.scale.min}–${q.scale.max}`
                  : 'text';
          console.log(`${q.id}: ${q.text[lang]}${q.required ? '' : ' (optional)'}\n    → ${allowed}`);
        }
      }
    });

  assess
    .command('start <template>')
    .description('start an assessment of a deployment (or a model) from the newest template version')
    .option('--deployment <name>', 'the deployment assessed')
    .option('--model <id>', 'the model assessed')
    .addOption(asOption())
    .action(async (template: string, o: { deployment?: string; model?: string; as?: string }) => {
      if (Boolean(o.deployment) === Boolean(o.model))
        throw new InvalidArgumentError('give exactly one of --deployment or --model');
      const g = await governanceOf(ctx);
      const a = await g.startAssessment(actorFrom(o), {
        template,
        subject: o.deployment
          ? { kind: 'deployment', name: o.deployment }
          : { kind: 'model', name: o.model! },
      });
      console.log(
        `${a.id}: ${a.template.id} ${a.template.version} started for ${a.subject.kind} ${a.subject.name}`,
      );
      console.log(
        `next: yiheng assess template ${a.template.id} → write answers → yiheng assess answer ${a.id} --file answers.yaml`,
      );
    });

  assess
    .command('answer <id>')
    .description('merge answers from a YAML or JSON file (question id: answer; null clears one)')
    .requiredOption('--file <file>', 'answers file')
    .addOption(asOption())
    .action(async (id: string, o: { file: string; as?: string }) => {
      const g = await governanceOf(ctx);
      const a = await g.answerAssessment(actorFrom(o), id, readRecordFile(o.file));
      console.log(
        `${a.id}: revision ${a.revision}, ${Math.round(a.score.completeness * 100)}% complete, risk ${a.score.risk_score}/${a.score.risk_max} (${a.score.risk_level})${a.score.blockers.length ? `, blocking: ${a.score.blockers.join(', ')}` : ''}`,
      );
    });

  assess
    .command('submit <id>')
    .description('submit a complete assessment for review')
    .addOption(asOption())
    .action(async (id: string, o: { as?: string }) => {
      const g = await governanceOf(ctx);
      const a = await g.submitAssessment(actorFrom(o), id);
      console.log(
        `${a.id}: submitted; a different admin or auditor reviews it (yiheng assess approve ${a.id} --as <reviewer>)`,
      );
    });

  for (const [name, decision, description] of [
    ['approve', 'approve', 'approve a submitted assessment (the reviewer must not have written it)'],
    ['request-changes', 'request_changes', 'send a submitted assessment back to its authors with a note'],
  ] as const) {
    assess
      .command(`${name} <id>`)
      .description(description)
      .option(
        '--note <text>',
        decision === 'approve' ? 'justification (required at the highest risk level)' : 'what to change',
      )
      .addOption(asOption())
      .action(async (id: string, o: { note?: string; as?: string }) => {
        const g = await governanceOf(ctx);
        const a = await g.reviewAssessment(actorFrom(o), id, { decision, note: o.note });
        console.log(`${a.id}: ${a.status}${a.valid_until ? ` until ${a.valid_until.slice(0, 10)}` : ''}`);
      });
  }

  assess
    .command('show <id>')
    .description('an assessment with its answers and score')
    .option('--json', 'print JSON')
    .action(async (id: string, o: { json?: boolean }) => {
      const g = await governanceOf(ctx);
      const a = await g.getAssessment(cliActor(undefined), id);
      if (o.json) return printJson(a);
      console.log(
        `${a.id} · ${a.template.id} ${a.template.version} · ${a.subject.kind} ${a.subject.name} · ${a.status}`,
      );
      console.log(
        `completeness ${Math.round(a.score.completeness * 100)}% · risk ${a.score.risk_score}/${a.score.risk_max} (${a.score.risk_level}) · author ${a.author} · reviewer ${a.reviewer ?? '–'}`,
      );
      printTable(
        Object.entries(a.answers).map(([q, v]) => ({
          question: q,
          answer: String(v).replace(/\s+/g, ' ').slice(0, 80),
        })),
      );
    });

  assess
    .command('list')
    .description('assessments, newest first')
    .option('--deployment <name>', 'only this deployment')
    .addOption(
      new Option('--status <status>', 'only this status').choices([
        'draft',
        'submitted',
        'approved',
        'changes_requested',
      ]),
    )
    .option('--json', 'print JSON')
    .action(async (o: { deployment?: string; status?: 'draft'; json?: boolean }) => {
      const g = await governanceOf(ctx);
      const list = await g.listAssessments(cliActor(undefined), {
        ...(o.deployment ? { subject: { kind: 'deployment', name: o.deployment } } : {}),
        ...(o.status ? { status: o.status } : {}),
      });
      if (o.json) return printJson(list);
      if (list.length === 0) return console.log('no assessments');
      printTable(
        list.map((a) => ({
          id: a.id,
          template: `${a.template.id} ${a.template.version}`,
          subject: `${a.subject.kind}:${a.subject.name}`,
          status: a.status + (a.status === 'approved' && !a.valid ? ' (expired)' : ''),
          complete: `${Math.round(a.score.completeness * 100)}%`,
          risk: a.score.risk_level,
          author: a.author,
          reviewer: a.reviewer ?? '',
        })),
      );
    });
}
