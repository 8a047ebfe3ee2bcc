import { readFileSync } from 'node:fs';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { parse as parseYaml } from 'yaml';
import { apiRoles } from '../../foundation/config.ts';
import { YihengError } from '../../foundation/errors.ts';
import { type Actor, cliActor } from '../../governance/access/actor.ts';
import { governanceActions, mayGovern } from '../../governance/access/governance-roles.ts';
import { Governance } from '../../governance/governance.ts';
import { lineageSteps, valueChainRoles } from '../../governance/lineage/lineage-store.ts';
import { modelCardMarkdown } from '../../governance/render/label-text.ts';
import { type Lang, userLanguage } from '../../governance/shared/bilingual.ts';
import type { CliContext } from '../context.ts';
import { printJson, printTable } from '../output.ts';
import { registerAssessCommands } from './assess.ts';
import { registerDeployCommands } from './deploy.ts';
import { registerDossierCommand } from './dossier.ts';
import { registerIncidentsCommands } from './incidents.ts';
import { registerUseCasesCommands } from './usecases.ts';

/** Every governance command group: deploy, dossier, usecases, assess, incidents, governance. */
export function registerGovernanceCommands(program: Command, ctx: () => CliContext): void {
  registerDeployCommands(program, ctx);
  registerDossierCommand(program, ctx);
  registerUseCasesCommands(program, ctx);
  registerAssessCommands(program, ctx);
  registerIncidentsCommands(program, ctx);
  registerGovernanceGroup(program, ctx);
}

/** The governance service over the CLI's database and config. */
export async function governanceOf(ctx: () => CliContext): Promise<Governance> {
  const c = ctx();
  const { db } = await c.store();
  return new Governance({ db, config: c.config, registry: await c.registry() });
}

/** `--as <handle>`: who acts (the CLI acts as admin; the handle keeps four-eyes rules meaningful). */
export function asOption(): Option {
  return new Option(
    '--as <handle>',
    'who you are, as a role handle such as safety-officer-1 (not a name); default $YIHENG_ACTOR or "cli"',
  );
}

export function actorFrom(o: { as?: string }): Actor {
  return cliActor(o.as);
}

export function langOption(): Option {
  return new Option('--lang <lang>', 'language of the output (default from $LANG)').choices(['zh', 'en']);
}

export function langFrom(o: { lang?: string }): Lang {
  return (o.lang as Lang | undefined) ?? userLanguage();
}

/** Reads answers or other records from a YAML or JSON file. */
export function readRecordFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    throw new YihengError(`cannot read ${file}`, { hint: 'check the path', cause });
  }
  try {
    return parseYaml(text);
  } catch (cause) {
    throw new YihengError(`${file} is not valid YAML or JSON`, {
      hint: 'fix the syntax and try again',
      cause,
    });
  }
}

export function keyValueArg(value: string, previous: Record<string, string> = {}): Record<string, string> {
  const eq = value.indexOf('=');
  if (eq <= 0) throw new InvalidArgumentError('use key=value');
  return { ...previous, [value.slice(0, eq)]: value.slice(eq + 1) };
}

function registerGovernanceGroup(program: Command, ctx: () => CliContext): void {
  const gov = program
    .command('governance')
    .description('model cards, lineage, the role table and gate holds (治理)')
    .addHelpText(
      'after',
      '\nExamples:\n  $ yiheng governance card yiheng-reference\n  $ yiheng governance lineage add --model my-model --step fine-tuning --version 2 --role provider --description "SFT on 20k triage dialogues"',
    );

  gov
    .command('card <model>')
    .description('the model card of a registered model, from its records and completed evaluation runs')
    .addOption(langOption())
    .option('--json', 'print JSON')
    .action(async (model: string, o: { lang?: string; json?: boolean }) => {
      const g = await governanceOf(ctx);
      const card = await g.modelCard(cliActor(undefined), model);
      if (o.json) return printJson(card);
      process.stdout.write(modelCardMarkdown(card, langFrom(o)));
    });

  const lineage = gov
    .command('lineage')
    .description('base model → provider modifications → deployment (WHO value chain)');
  lineage
    .command('show <deployment>')
    .description('the lineage of a deployment: one chain per upstream model')
    .option('--json', 'print JSON')
    .action(async (name: string, o: { json?: boolean }) => {
      const g = await governanceOf(ctx);
      const l = await g.deploymentLineage(cliActor(undefined), name);
      if (o.json) return printJson(l);
      for (const chain of l.chains) {
        console.log(`${chain.model} @ ${chain.version}`);
        printTable(
          [...chain.steps, ...l.deploymentSteps].map((s) => ({
            step: s.step,
            role: s.role,
            organisation: s.organisation ?? '',
            subject: `${s.subject} ${s.version}`,
            source: s.source,
            description: s.description.slice(0, 70),
          })),
        );
      }
    });
  lineage
    .command('add')
    .description('record a versioned step (append-only)')
    .option('--model <id>', 'the model it changes')
    .option('--deployment <name>', 'the deployment it changes')
    .addOption(new Option('--step <step>', 'kind of change').choices([...lineageSteps]).makeOptionMandatory())
    .requiredOption('--version <version>', 'version of this step')
    .addOption(
      new Option('--role <role>', 'WHO value-chain role of who made it')
        .choices([...valueChainRoles])
        .makeOptionMandatory(),
    )
    .requiredOption('--description <text>', 'what changed (no personal data)')
    .option('--org <organisation>', 'organisation that made the change')
    .option('--detail <key=value>', 'a fact such as dataset=… or prompt_sha256=… (repeatable)', keyValueArg)
    .addOption(asOption())
    .action(
      async (o: {
        model?: string;
        deployment?: string;
        step: string;
        version: string;
        role: string;
        description: string;
        org?: string;
        detail?: Record<string, string>;
        as?: string;
      }) => {
        if (Boolean(o.model) === Boolean(o.deployment))
          throw new InvalidArgumentError('give exactly one of --model or --deployment');
        const g = await governanceOf(ctx);
        const step = await g.addLineage(actorFrom(o), {
          subject: o.model ? { kind: 'model', name: o.model } : { kind: 'deployment', name: o.deployment },
          step: o.step,
          version: o.version,
          actor_role: o.role,
          description: o.description,
          ...(o.org ? { organisation: o.org } : {}),
          details: o.detail ?? {},
        });
        console.log(
          `${step.id}: ${step.step} ${step.version} recorded for ${step.subject.kind} ${step.subject.name}`,
        );
      },
    );

  gov
    .command('roles')
    .description('which API role may do which governance action (the CLI acts as admin)')
    .action(() => {
      printTable(
        governanceActions.map((a) => ({
          action: a,
          ...Object.fromEntries(apiRoles.map((r) => [r, mayGovern(r, a) ? 'yes' : '-'])),
        })),
      );
    });

  gov
    .command('holds')
    .description('hold every high-risk deployment that has not passed its gate (the gateway does this too)')
    .action(async () => {
      const g = await governanceOf(ctx);
      const changes = await g.applyGateHolds();
      if (changes.length === 0) return console.log('no change: every gated deployment is held or enabled');
      for (const c of changes) console.log(`${c.deployment}: ${c.change} — ${c.reason}`);
    });
}
