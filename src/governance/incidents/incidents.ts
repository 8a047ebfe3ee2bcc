import type { Selectable } from 'kysely';
import { z } from 'zod';
import type { Db } from '../../foundation/db/database.ts';
import type {
  GovIncidentEventsTable,
  GovIncidentsTable,
  IncidentSeverity,
  IncidentStatus,
} from '../../foundation/db/tables/governance.ts';
import { type Actor, auditActor } from '../access/actor.ts';
import type { AuditTrail } from '../audit/audit-trail.ts';
import { GovernanceError, notFound, parseRecord } from '../shared/errors.ts';
import { newId } from '../shared/ids.ts';
import { subjectNameSchema } from '../shared/subject.ts';
import { severities } from './incident-rules.ts';

export const incidentStatuses = ['open', 'investigating', 'mitigated', 'resolved', 'closed'] as const;

/** The workflow: forward through investigation and mitigation; resolved may reopen; closed is final. */
export const allowedTransitions: Record<IncidentStatus, readonly IncidentStatus[]> = {
  open: ['investigating', 'mitigated', 'resolved', 'closed'],
  investigating: ['mitigated', 'resolved', 'closed'],
  mitigated: ['investigating', 'resolved', 'closed'],
  resolved: ['investigating', 'closed'],
  closed: [],
};

const recordIds = z
  .array(z.uuid('an audit record id (a UUID, see `yiheng audit export`)'))
  .max(500)
  .default([]);
const freeText = (max: number) => z.string().trim().min(1).max(max);

export const reportInputSchema = z
  .object({
    title: z.string().trim().min(3, 'at least 3 characters').max(200),
    /** What happened, in terms of the system; never patient details (the record is kept for years). */
    description: freeText(5000),
    severity: z.enum(severities),
    deployment: subjectNameSchema.optional(),
    model: subjectNameSchema.optional(),
    audit_record_ids: recordIds,
    corrective_action: freeText(5000).optional(),
  })
  .strict();

export const updateInputSchema = z
  .object({
    status: z.enum(incidentStatuses).optional(),
    severity: z.enum(severities).optional(),
    corrective_action: freeText(5000).optional(),
    note: freeText(2000).optional(),
    audit_record_ids: recordIds.optional(),
  })
  .strict()
  .refine((u) => Object.keys(u).length > 0, { message: 'change at least one field' });

export interface IncidentEvent {
  at: string;
  actor: string;
  action: string;
  from: string | null;
  to: string | null;
  note: string | null;
  details: Record<string, unknown>;
}

export interface Incident {
  id: string;
  title: string;
  description: string;
  severity: IncidentSeverity;
  status: IncidentStatus;
  source: 'cli' | 'api' | 'auto';
  rule: string | null;
  deployment: string | null;
  model: string | null;
  corrective_action: string | null;
  audit_record_ids: string[];
  reported_by: string;
  created_at: string;
  updated_at: string;
  resolved_at: string | null;
  events?: IncidentEvent[];
}

/** The audit actor for changes the platform makes by itself (automatic incidents). */
export const SYSTEM_ACTOR = { keyId: 'system:incident-monitor', role: 'system' };

export class Incidents {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
  ) {}

  async report(input: unknown, source: 'cli' | 'api', actor: Actor): Promise<Incident> {
    const r = parseRecord(reportInputSchema, input, 'incident');
    if (!r.deployment && !r.model) {
      throw new GovernanceError('invalid incident: name the deployment or the model it concerns', {
        code: 'invalid_record',
        fields: [{ field: 'deployment', reason: 'give deployment or model' }],
      });
    }
    const id = newId('inc');
    await this.db.transaction().execute(async (trx) => {
      await assertRecordsExist(trx, r.audit_record_ids);
      await trx
        .insertInto('gov_incidents')
        .values({
          id,
          title: r.title,
          description: r.description,
          severity: r.severity,
          status: 'open',
          source,
          deployment: r.deployment ?? null,
          model_id: r.model ?? null,
          corrective_action: r.corrective_action ?? null,
          audit_record_ids: JSON.stringify(r.audit_record_ids),
          reported_by: actor.id,
        })
        .execute();
      await trx
        .insertInto('gov_incident_events')
        .values({ incident_id: id, actor: actor.id, action: 'report', to_status: 'open' })
        .execute();
      await this.audit.appendIn(trx, {
        kind: 'governance.incident.report',
        actor: auditActor(actor),
        deployment: r.deployment ?? null,
        decision: 'open',
        data: {
          incident_id: id,
          severity: r.severity,
          source,
          model: r.model ?? null,
          linked_records: r.audit_record_ids.length,
        },
      });
    });
    return this.get(id);
  }

  async update(id: string, input: unknown, actor: Actor): Promise<Incident> {
    const u = parseRecord(updateInputSchema, input, 'incident update');
    await this.db.transaction().execute(async (trx) => {
      const row = await trx
        .selectFrom('gov_incidents')
        .selectAll()
        .where('id', '=', id)
        .forUpdate()
        .executeTakeFirst();
      if (!row) throw notFound(`incident ${id}`, 'see `yiheng incidents list`');
      const from = row.status;
      const to = u.status ?? from;
      if (u.status && u.status !== from && !allowedTransitions[from].includes(u.status)) {
        throw new GovernanceError(`incident ${id} cannot go from ${from} to ${u.status}`, {
          code: 'conflict',
          hint: allowedTransitions[from].length
            ? `from ${from} it may go to: ${allowedTransitions[from].join(', ')}`
            : 'a closed incident is final; report a new one',
          fields: [{ field: 'status', reason: `not allowed after ${from}` }],
        });
      }
      const action = u.corrective_action ?? row.corrective_action;
      if (to === 'resolved' && !action) {
        throw new GovernanceError(`incident ${id} cannot be resolved without a corrective action`, {
          code: 'invalid_record',
          hint: 'say what was done: --action "…"',
          fields: [{ field: 'corrective_action', reason: 'required to resolve' }],
        });
      }
      if (to === 'closed' && from !== 'resolved' && !u.note && !action) {
        throw new GovernanceError(
          `closing incident ${id} without resolving it needs a note (e.g. not an incident)`,
          {
            code: 'invalid_record',
            fields: [{ field: 'note', reason: 'required to close an unresolved incident' }],
          },
        );
      }
      const added = u.audit_record_ids ?? [];
      await assertRecordsExist(trx, added);
      const linked = [...new Set([...(row.audit_record_ids ?? []), ...added])];
      const finished = to === 'resolved' || to === 'closed';
      const at = new Date();
      await trx
        .updateTable('gov_incidents')
        .set({
          status: to,
          severity: u.severity ?? row.severity,
          corrective_action: action,
          audit_record_ids: JSON.stringify(linked),
          // An automatic incident that is finished lets the rule open a new one next time.
          ...(finished ? { dedupe_key: null, resolved_at: row.resolved_at ?? at } : {}),
          ...(to === 'investigating' ? { resolved_at: null } : {}),
          updated_at: at,
        })
        .where('id', '=', id)
        .execute();
      await trx
        .insertInto('gov_incident_events')
        .values({
          incident_id: id,
          actor: actor.id,
          action: u.status && u.status !== from ? 'status' : 'update',
          from_status: from,
          to_status: to,
          note: u.note ?? null,
          details: JSON.stringify({
            fields: Object.keys(u).sort(),
            ...(u.severity && u.severity !== row.severity
              ? { severity: { from: row.severity, to: u.severity } }
              : {}),
            linked_added: added.length,
          }),
        })
        .execute();
      await this.audit.appendIn(trx, {
        kind: 'governance.incident.update',
        actor: auditActor(actor),
        deployment: row.deployment,
        decision: to,
        data: {
          incident_id: id,
          from,
          to,
          severity: u.severity ?? row.severity,
          fields: Object.keys(u).sort(),
          linked_added: added.length,
        },
      });
    });
    return this.get(id);
  }

  async find(id: string): Promise<Incident | undefined> {
    const row = await this.db.selectFrom('gov_incidents').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) return undefined;
    const events = await this.db
      .selectFrom('gov_incident_events')
      .selectAll()
      .where('incident_id', '=', id)
      .orderBy('id')
      .execute();
    return { ...fromRow(row), events: events.map(eventOf) };
  }

  async get(id: string): Promise<Incident> {
    const found = await this.find(id);
    if (!found) throw notFound(`incident ${id}`, 'see `yiheng incidents list`');
    return found;
  }

  async list(
    filter: { status?: IncidentStatus[]; deployment?: string; models?: string[]; limit?: number } = {},
  ): Promise<Incident[]> {
    let query = this.db.selectFrom('gov_incidents').selectAll().orderBy('created_at', 'desc').orderBy('id');
    if (filter.status?.length) query = query.where('status', 'in', filter.status);
    if (filter.deployment || filter.models?.length) {
      const deployment = filter.deployment;
      const models = filter.models ?? [];
      query = query.where((eb) =>
        eb.or([
          ...(deployment ? [eb('deployment', '=', deployment)] : []),
          ...(models.length ? [eb('model_id', 'in', models)] : []),
        ]),
      );
    }
    return (await query.limit(filter.limit ?? 500).execute()).map(fromRow);
  }
}

async function assertRecordsExist(db: Db, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const found = await db
    .selectFrom('audit_records')
    .select('record_id')
    .where('record_id', 'in', ids)
    .execute();
  const known = new Set(found.map((r) => r.record_id));
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length > 0) {
    throw new GovernanceError(`no audit record ${missing.join(', ')}`, {
      code: 'invalid_record',
      hint: 'link existing audit records by their id (`yiheng audit export` shows them)',
      fields: missing.map((m) => ({ field: 'audit_record_ids', reason: `${m} does not exist` })),
    });
  }
}

export function fromRow(row: Selectable<GovIncidentsTable>): Incident {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    severity: row.severity,
    status: row.status,
    source: row.source,
    rule: row.rule_id,
    deployment: row.deployment,
    model: row.model_id,
    corrective_action: row.corrective_action,
    audit_record_ids: row.audit_record_ids ?? [],
    reported_by: row.reported_by,
    created_at: new Date(row.created_at).toISOString(),
    updated_at: new Date(row.updated_at).toISOString(),
    resolved_at: row.resolved_at ? new Date(row.resolved_at).toISOString() : null,
  };
}

function eventOf(row: Selectable<GovIncidentEventsTable>): IncidentEvent {
  return {
    at: new Date(row.at).toISOString(),
    actor: row.actor,
    action: row.action,
    from: row.from_status,
    to: row.to_status,
    note: row.note,
    details: row.details,
  };
}
