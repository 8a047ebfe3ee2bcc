import { type Command, Option } from 'commander';
import { cliActor } from '../../governance/access/actor.ts';
import { severities } from '../../governance/incidents/incident-rules.ts';
import { incidentStatuses } from '../../governance/incidents/incidents.ts';
import type { CliContext } from '../context.ts';
import { printJson, printTable } from '../output.ts';
import { actorFrom, asOption, governanceOf } from './governance.ts';

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function registerIncidentsCommands(program: Command, ctx: () => CliContext): void {
  const incidents = program
    .command('incidents')
    .description('report and track incidents; open them automatically from guard decisions (事件)')
    .addHelpText(
      'after',
      '\nExamples:\n  $ yiheng incidents report --deployment triage-bot --severity high --title "Missed chest-pain red flag" --description "…"\n  $ yiheng incidents update inc_… --status mitigated --action "policy escalates chest pain; suspended until fixed"\n  $ yiheng incidents scan',
    );

  incidents
    .command('report')
    .description(
      'report an incident about a deployment or a model (describe the system’s behaviour, never the patient)',
    )
    .requiredOption('--title <text>', 'short title')
    .requiredOption('--description <text>', 'what happened')
    .addOption(new Option('--severity <level>', 'severity').choices([...severities]).makeOptionMandatory())
    .option('--deployment <name>', 'the deployment concerned')
    .option('--model <id>', 'the model concerned')
    .option('--audit <record-id>', 'a related audit record id (repeatable)', collect)
    .option('--action <text>', 'corrective action already taken')
    .addOption(asOption())
    .action(
      async (o: {
        title: string;
        description: string;
        severity: string;
        deployment?: string;
        model?: string;
        audit?: string[];
        action?: string;
        as?: string;
      }) => {
        const g = await governanceOf(ctx);
        const i = await g.reportIncident(
          actorFrom(o),
          {
            title: o.title,
            description: o.description,
            severity: o.severity,
            ...(o.deployment ? { deployment: o.deployment } : {}),
            ...(o.model ? { model: o.model } : {}),
            audit_record_ids: o.audit ?? [],
            ...(o.action ? { corrective_action: o.action } : {}),
          },
          'cli',
        );
        console.log(`${i.id}: ${i.severity} incident opened`);
      },
    );

  incidents
    .command('list')
    .description('incidents, newest first')
    .addOption(new Option('--status <status>', 'only this status').choices([...incidentStatuses]))
    .option('--open', 'only open, investigating and mitigated incidents')
    .option('--deployment <name>', 'only this deployment')
    .option('--json', 'print JSON')
    .action(
      async (o: {
        status?: (typeof incidentStatuses)[number];
        open?: boolean;
        deployment?: string;
        json?: boolean;
      }) => {
        const g = await governanceOf(ctx);
        const list = await g.listIncidents(cliActor(undefined), {
          ...(o.status
            ? { status: [o.status] }
            : o.open
              ? { status: ['open', 'investigating', 'mitigated'] }
              : {}),
          ...(o.deployment ? { deployment: o.deployment } : {}),
        });
        if (o.json) return printJson(list);
        if (list.length === 0) return console.log('no incidents');
        printTable(
          list.map((i) => ({
            id: i.id,
            created: i.created_at.slice(0, 16),
            severity: i.severity,
            status: i.status,
            source: i.source + (i.rule ? `:${i.rule}` : ''),
            target: i.deployment ?? `model ${i.model}`,
            records: String(i.audit_record_ids.length),
            title: i.title.slice(0, 60),
          })),
        );
      },
    );

  incidents
    .command('show <id>')
    .description('an incident with its history')
    .action(async (id: string) => {
      const g = await governanceOf(ctx);
      printJson(await g.getIncident(cliActor(undefined), id));
    });

  incidents
    .command('update <id>')
    .description(
      'move an incident through open → investigating → mitigated → resolved → closed, record corrective action',
    )
    .addOption(new Option('--status <status>', 'new status').choices([...incidentStatuses]))
    .addOption(new Option('--severity <level>', 'new severity').choices([...severities]))
    .option('--action <text>', 'corrective action (required to resolve)')
    .option('--note <text>', 'a note for the history')
    .option('--audit <record-id>', 'link another audit record (repeatable)', collect)
    .addOption(asOption())
    .action(
      async (
        id: string,
        o: {
          status?: string;
          severity?: string;
          action?: string;
          note?: string;
          audit?: string[];
          as?: string;
        },
      ) => {
        const g = await governanceOf(ctx);
        const i = await g.updateIncident(actorFrom(o), id, {
          ...(o.status ? { status: o.status } : {}),
          ...(o.severity ? { severity: o.severity } : {}),
          ...(o.action ? { corrective_action: o.action } : {}),
          ...(o.note ? { note: o.note } : {}),
          ...(o.audit ? { audit_record_ids: o.audit } : {}),
        });
        console.log(`${i.id}: ${i.status} (${i.severity})`);
      },
    );

  incidents
    .command('scan')
    .description(
      'open incidents where guard decisions in the audit trail crossed a threshold (data/governance/incident-rules.yaml)',
    )
    .addOption(asOption())
    .action(async (o: { as?: string }) => {
      const g = await governanceOf(ctx);
      const hits = await g.scanIncidents(actorFrom(o));
      if (hits.length === 0) return console.log('no threshold crossed');
      for (const h of hits) {
        console.log(
          `${h.incident}: ${h.rule} on ${h.deployment} (${h.count} records) ${h.created ? 'opened' : `already open, ${h.linkedAdded} records linked`}${h.suspended ? ', deployment suspended' : ''}`,
        );
      }
    });
}
