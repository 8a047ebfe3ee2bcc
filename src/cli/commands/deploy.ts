import { type Command, InvalidArgumentError, Option } from 'commander';
import { YihengError } from '../../foundation/errors.ts';
import { cliActor } from '../../governance/access/actor.ts';
import { oversightModes } from '../../governance/catalogue/use-case-schema.ts';
import { groupDimensions } from '../../governance/monitoring/user-group.ts';
import { gateText } from '../../governance/render/gate-text.ts';
import { labelMarkdown } from '../../governance/render/label-text.ts';
import type { CliContext } from '../context.ts';
import { printJson, printTable } from '../output.ts';
import { intArg } from './dev.ts';
import { actorFrom, asOption, governanceOf, langFrom, langOption } from './governance.ts';

const pc = (x: number | null) => (x === null ? '–' : `${(x * 100).toFixed(1)}%`);

export function registerDeployCommands(program: Command, ctx: () => CliContext): void {
  const deploy = program
    .command('deploy')
    .description('govern deployments: intended use, go-live gate, kill switch, label, monitoring (部署治理)')
    .addHelpText(
      'after',
      '\nExamples:\n  $ yiheng deploy profile triage-bot --use-case triage --oversight human-in-the-loop\n  $ yiheng deploy check triage-bot\n  $ yiheng deploy enable triage-bot --as ops-lead\n  $ yiheng deploy suspend triage-bot --reason "dangerous dose outputs, incident inc_…"\n  $ yiheng deploy suspend --model deepseek-chat --reason "vendor recall"',
    );

  deploy
    .command('list')
    .description('deployments with their use case, risk tier, oversight and status')
    .option('--json', 'print JSON')
    .action(async (o: { json?: boolean }) => {
      const g = await governanceOf(ctx);
      await g.applyGateHolds();
      const list = await g.listDeployments(cliActor(undefined));
      if (o.json) return printJson(list);
      printTable(
        list.map((d) => ({
          deployment: d.name,
          model: d.publicModel,
          'use case': d.useCaseId ?? '–',
          tier: d.riskTier ?? '–',
          oversight: d.profile.humanOversight ?? '–',
          status: d.status.heldByGate ? 'held (gate)' : d.status.state,
          enabled: d.gated ? (d.profile.enabled ? 'yes' : 'no') : 'n/a',
          upstreams:
            d.upstreams.join(' → ') +
            (d.suspendedModels.length ? ` (withdrawn: ${d.suspendedModels.join(', ')})` : ''),
        })),
      );
    });

  deploy
    .command('profile <deployment>')
    .description(
      'declare the intended use and the human-oversight mode (changing either withdraws a go-live approval)',
    )
    .option('--use-case <id>', 'a use case from `yiheng usecases list` (or "none" to clear)')
    .addOption(
      new Option('--oversight <mode>', 'human-oversight mode').choices([...oversightModes, 'none-set']),
    )
    .option('--deployer <organisation>', 'the deploying organisation (WHO value chain)')
    .option('--notes <text>', 'notes for the record (no personal data)')
    .addOption(asOption())
    .option('--json', 'print JSON')
    .action(
      async (
        name: string,
        o: {
          useCase?: string;
          oversight?: string;
          deployer?: string;
          notes?: string;
          as?: string;
          json?: boolean;
        },
      ) => {
        const input: Record<string, unknown> = {};
        if (o.useCase !== undefined) input.use_case = o.useCase === 'none' ? null : o.useCase;
        if (o.oversight !== undefined)
          input.human_oversight = o.oversight === 'none-set' ? null : o.oversight;
        if (o.deployer !== undefined) input.deployer = o.deployer;
        if (o.notes !== undefined) input.notes = o.notes;
        if (Object.keys(input).length === 0)
          throw new InvalidArgumentError('give at least one of --use-case, --oversight, --deployer, --notes');
        const g = await governanceOf(ctx);
        const profile = await g.setProfile(actorFrom(o), name, input);
        if (o.json) return printJson(profile);
        const d = await g.deployment(cliActor(undefined), name);
        console.log(
          `${name}: use case ${d.useCaseId ?? '–'} (${d.riskTier ?? 'no tier'}), oversight ${profile.humanOversight ?? '–'}, enabled ${profile.enabled ? 'yes' : 'no'}${d.status.heldByGate ? ', held until its gate passes' : ''}`,
        );
      },
    );

  deploy
    .command('check <deployment>')
    .description(
      'exit 0 when the deployment may go live; otherwise list every unmet requirement and how to meet it',
    )
    .addOption(langOption())
    .option('--json', 'print the gate result as JSON')
    .action(async (name: string, o: { lang?: string; json?: boolean }) => {
      const g = await governanceOf(ctx);
      const gate = await g.checkGate(cliActor(undefined), name);
      const lang = langFrom(o);
      if (o.json) printJson(gate);
      else console.log(gateText(gate, lang).join('\n'));
      if (!gate.mayGoLive) {
        const n = gate.requirements.filter((r) => !r.met).length;
        throw new YihengError(
          lang === 'zh'
            ? `${name} 不可上线：${n} 项要求未满足`
            : `${name} may not go live: ${n} requirement(s) unmet`,
          {
            code: 'gate_failed',
          },
        );
      }
    });

  deploy
    .command('enable <deployment>')
    .description(
      'put a deployment into service — refused, with the same list as `check`, unless every requirement is met',
    )
    .addOption(langOption())
    .addOption(asOption())
    .action(async (name: string, o: { lang?: string; as?: string }) => {
      const g = await governanceOf(ctx);
      const lang = langFrom(o);
      const result = await g.enable(actorFrom(o), name);
      if (!result.enabled) {
        console.log(gateText(result.gate, lang).join('\n'));
        throw new YihengError(lang === 'zh' ? `拒绝上线 ${name}` : `refused to enable ${name}`, {
          hint:
            lang === 'zh' ? '满足上面列出的要求后重试' : 'meet the requirements listed above and try again',
          code: 'gate_failed',
        });
      }
      console.log(lang === 'zh' ? `${name} 已通过闸门并上线` : `${name} passed its gate and is enabled`);
      if (result.stillSuspended) {
        console.log(
          lang === 'zh'
            ? `注意：它仍被紧急暂停，需 yiheng deploy resume ${name}`
            : `note: it is still suspended by the kill switch; resume it with yiheng deploy resume ${name}`,
        );
      }
    });

  const target = (name: string | undefined, o: { model?: string; deployment?: string }) => {
    const given = [name, o.model, o.deployment].filter(Boolean);
    if (given.length !== 1)
      throw new InvalidArgumentError(
        'name one deployment or model: <name>, --deployment <name> or --model <id>',
      );
    if (o.model) return { kind: 'model' as const, name: o.model };
    if (o.deployment) return { kind: 'deployment' as const, name: o.deployment };
    return { name: name! };
  };

  deploy
    .command('suspend [name]')
    .description(
      'the kill switch: every replica refuses the deployment (or every deployment of the model) with 503 within 1 s',
    )
    .option('--deployment <name>', 'a deployment')
    .option('--model <id>', 'a model: withdraw it from every deployment')
    .requiredOption('--reason <text>', 'why (shown to callers in the 503; no personal data)')
    .option('--incident <id>', 'the incident this answers')
    .addOption(asOption())
    .action(
      async (
        name: string | undefined,
        o: { deployment?: string; model?: string; reason: string; incident?: string; as?: string },
      ) => {
        const g = await governanceOf(ctx);
        const t = target(name, o);
        const done = await g.suspend(actorFrom(o), t, {
          reason: o.reason,
          ...(o.incident ? { incident: o.incident } : {}),
        });
        console.log(
          `${done.kind} ${done.name} suspended; gateways refuse it within ${ctx().config.gateway.status_ttl_ms} ms · 已暂停`,
        );
      },
    );

  deploy
    .command('resume [name]')
    .description('lift a suspension explicitly (a gated deployment that never passed its gate stays held)')
    .option('--deployment <name>', 'a deployment')
    .option('--model <id>', 'a model')
    .addOption(asOption())
    .action(async (name: string | undefined, o: { deployment?: string; model?: string; as?: string }) => {
      const g = await governanceOf(ctx);
      const result = await g.resume(actorFrom(o), target(name, o));
      console.log(
        result.state === 'held'
          ? `${result.target.kind} ${result.target.name} resumed from the kill switch but still held until its gate passes (yiheng deploy enable ${result.target.name})`
          : `${result.target.kind} ${result.target.name} is active again · 已恢复`,
      );
    });

  deploy
    .command('label <deployment>')
    .description(
      'the disclosure "nutrition label": intended use, capabilities and limits with evidence, cost and energy',
    )
    .addOption(langOption())
    .option('--json', 'print JSON')
    .action(async (name: string, o: { lang?: string; json?: boolean }) => {
      const g = await governanceOf(ctx);
      const label = await g.label(cliActor(undefined), name);
      if (o.json) return printJson(label);
      process.stdout.write(labelMarkdown(label, langFrom(o)));
    });

  deploy
    .command('monitor <deployment>')
    .description(
      'guard decisions, refusals, escalations, review and feedback outcomes over time, by user group',
    )
    .addOption(new Option('--bucket <bucket>', 'time bucket (UTC)').choices(['hour', 'day']).default('day'))
    .addOption(
      new Option('--by <dimension>', 'break down by a user-group dimension').choices([...groupDimensions]),
    )
    .option('--days <n>', 'how many days back', intArg('--days', 1, 365), 14)
    .option('--json', 'print JSON')
    .action(
      async (
        name: string,
        o: { bucket: 'hour' | 'day'; by?: (typeof groupDimensions)[number]; days: number; json?: boolean },
      ) => {
        const g = await governanceOf(ctx);
        const to = new Date();
        const from = new Date(to.getTime() - o.days * 86_400_000);
        const series = await g.monitoring(cliActor(undefined), {
          deployment: name,
          from,
          to,
          bucket: o.bucket,
          by: o.by,
        });
        if (o.json) return printJson(series);
        if (series.length === 0) return console.log(`no traffic for ${name} in the last ${o.days} days`);
        printTable(
          series.map((p) => ({
            [o.bucket]: o.bucket === 'day' ? p.start.slice(0, 10) : p.start.slice(0, 13),
            ...(o.by ? { [o.by]: p.group } : {}),
            requests: String(p.counts.requests),
            block: pc(p.rates.block_rate.value),
            refused: pc(p.rates.refusal_rate.value),
            escalated: pc(p.rates.escalation_rate.value),
            review: pc(p.rates.review_rate.value),
            feedback: String(p.counts.feedback),
            'rating ≤2': pc(p.rates.negative_feedback_rate.value),
            corrected: pc(p.rates.correction_rate.value),
          })),
        );
      },
    );

  deploy
    .command('drift <deployment>')
    .description('compare live rates with their baselines; exits non-zero when any rule alerts')
    .addOption(langOption())
    .option('--json', 'print JSON')
    .action(async (name: string, o: { lang?: string; json?: boolean }) => {
      const g = await governanceOf(ctx);
      const verdicts = await g.drift(cliActor(undefined), name);
      const lang = langFrom(o);
      if (o.json) printJson(verdicts);
      else
        for (const v of verdicts)
          console.log(
            `${v.status === 'alert' ? '✘' : v.status === 'ok' ? '✔' : '·'} ${v.title[lang]}: ${v.message[lang]}`,
          );
      const alerts = verdicts.filter((v) => v.status === 'alert').length;
      if (alerts)
        throw new YihengError(`${alerts} drift alert(s) for ${name}`, {
          hint: 'investigate, and report an incident if it is one',
          code: 'drift_alert',
        });
    });
}
