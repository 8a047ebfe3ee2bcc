import { type Expression, type SqlBool, sql } from 'kysely';
import type { Db } from '../../foundation/db/database.ts';
import type { AuditTrail } from '../audit/audit-trail.ts';
import { writeStatus } from '../killswitch/kill-switch.ts';
import { newId } from '../shared/ids.ts';
import type { IncidentRule, IncidentRules } from './incident-rules.ts';
import { SYSTEM_ACTOR } from './incidents.ts';

/** Most audit records linked to one automatic incident: enough to investigate, bounded in size. */
const MAX_LINKED = 200;

export interface ScanHit {
  rule: string;
  deployment: string;
  count: number;
  incident: string;
  created: boolean;
  linkedAdded: number;
  suspended: boolean;
}

/**
 * Counts guard decisions in the audit trail per rule and deployment over each rule's window and
 * opens an incident where a threshold is crossed. While that incident is open, later matches are
 * linked to it instead of opening another; a unique key makes that hold across replicas scanning
 * at the same moment.
 */
export async function scanForIncidents(
  db: Db,
  audit: AuditTrail,
  rules: IncidentRules,
  now: Date = new Date(),
): Promise<ScanHit[]> {
  const hits: ScanHit[] = [];
  for (const rule of rules.rules) {
    const since = new Date(now.getTime() - rule.threshold.window_minutes * 60_000);
    const groups = await db
      .selectFrom('audit_records')
      .select([
        'deployment',
        sql<number>`count(*)`.as('n'),
        sql<string[]>`(array_agg(record_id order by seq desc))[1:${sql.lit(MAX_LINKED)}]`.as('ids'),
      ])
      .where('created_at', '>=', since)
      .where('created_at', '<=', now)
      .where('kind', 'in', rule.match.kinds)
      .where('deployment', 'is not', null)
      .where(matchCondition(rule))
      .groupBy('deployment')
      .having(sql`count(*)`, '>=', rule.threshold.count)
      .execute();
    for (const group of groups) {
      hits.push(await openOrLink(db, audit, rule, group.deployment!, Number(group.n), group.ids ?? []));
    }
  }
  return hits;
}

function matchCondition(rule: IncidentRule): Expression<SqlBool> {
  const parts: Array<ReturnType<typeof sql<boolean>>> = [];
  const { stage, findings, decision } = rule.match;
  if (findings) {
    const stages = stage === 'any' ? ['input', 'output'] : [stage];
    const exact = findings.filter((f) => !f.endsWith('.*'));
    const prefixes = findings.filter((f) => f.endsWith('.*')).map((f) => f.slice(0, -1));
    const perStage = stages.map((s) => {
      const path = sql`(body::jsonb -> 'data' -> ${s} -> 'findings')`;
      const keyMatches: Array<ReturnType<typeof sql<boolean>>> = [];
      if (exact.length) keyMatches.push(sql<boolean>`f.key = any(array[${sql.join(exact)}]::text[])`);
      for (const prefix of prefixes) keyMatches.push(sql<boolean>`f.key like ${`${prefix}%`}`);
      // A finding counts when its count is positive, not merely present.
      return sql<boolean>`exists (select 1 from jsonb_each_text(coalesce(${path}, '{}'::jsonb)) as f
        where (${sql.join(keyMatches, sql` or `)}) and f.value ~ '^[0-9.]+$' and f.value::numeric > 0)`;
    });
    parts.push(sql<boolean>`(${sql.join(perStage, sql` or `)})`);
  }
  if (decision) {
    if (stage === 'any') parts.push(sql<boolean>`decision = ${decision}`);
    else parts.push(sql<boolean>`(body::jsonb -> 'data' -> ${stage} ->> 'decision') = ${decision}`);
  }
  return parts.length ? sql<SqlBool>`(${sql.join(parts, sql` and `)})` : sql<SqlBool>`true`;
}

async function openOrLink(
  db: Db,
  audit: AuditTrail,
  rule: IncidentRule,
  deployment: string,
  count: number,
  ids: string[],
): Promise<ScanHit> {
  const key = `auto:${rule.id}:${deployment}`;
  return db.transaction().execute(async (trx) => {
    const id = newId('inc');
    const inserted = await trx
      .insertInto('gov_incidents')
      .values({
        id,
        title: `${rule.title.zh} / ${rule.title.en} — ${deployment}`,
        description: `${rule.description.zh}\n${rule.description.en}\n(${count} matching records within ${rule.threshold.window_minutes} min; threshold ${rule.threshold.count})`,
        severity: rule.severity,
        status: 'open',
        source: 'auto',
        rule_id: rule.id,
        deployment,
        audit_record_ids: JSON.stringify(ids),
        dedupe_key: key,
        reported_by: SYSTEM_ACTOR.keyId,
      })
      .onConflict((oc) => oc.column('dedupe_key').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (inserted) {
      await trx
        .insertInto('gov_incident_events')
        .values({
          incident_id: id,
          actor: SYSTEM_ACTOR.keyId,
          action: 'report',
          to_status: 'open',
          details: JSON.stringify({ rule: rule.id, count, window_minutes: rule.threshold.window_minutes }),
        })
        .execute();
      await audit.appendIn(trx, {
        kind: 'governance.incident.report',
        actor: SYSTEM_ACTOR,
        deployment,
        decision: 'open',
        data: {
          incident_id: id,
          rule: rule.id,
          severity: rule.severity,
          source: 'auto',
          count,
          linked_records: ids.length,
        },
      });
      let suspended = false;
      if (rule.auto_suspend) {
        await writeStatus(
          trx,
          { kind: 'deployment', name: deployment },
          'suspended',
          `incident ${id}: ${rule.title.en}`,
          SYSTEM_ACTOR.keyId,
        );
        await audit.appendIn(trx, {
          kind: 'governance.suspend',
          actor: SYSTEM_ACTOR,
          deployment,
          decision: 'suspended',
          data: { target_kind: 'deployment', target: deployment, incident: id, rule: rule.id },
        });
        suspended = true;
      }
      return {
        rule: rule.id,
        deployment,
        count,
        incident: id,
        created: true,
        linkedAdded: ids.length,
        suspended,
      };
    }
    const existing = await trx
      .selectFrom('gov_incidents')
      .select(['id', 'audit_record_ids'])
      .where('dedupe_key', '=', key)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const known = new Set(existing.audit_record_ids ?? []);
    const fresh = ids.filter((r) => !known.has(r));
    const room = Math.max(0, MAX_LINKED - known.size);
    const added = fresh.slice(0, room);
    if (added.length > 0) {
      await trx
        .updateTable('gov_incidents')
        .set({ audit_record_ids: JSON.stringify([...known, ...added]), updated_at: new Date() })
        .where('id', '=', existing.id)
        .execute();
      await trx
        .insertInto('gov_incident_events')
        .values({
          incident_id: existing.id,
          actor: SYSTEM_ACTOR.keyId,
          action: 'link',
          details: JSON.stringify({ rule: rule.id, count, linked_added: added.length }),
        })
        .execute();
    }
    return {
      rule: rule.id,
      deployment,
      count,
      incident: existing.id,
      created: false,
      linkedAdded: added.length,
      suspended: false,
    };
  });
}
