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

/** One matching audit record, as the scanner keeps it. */
interface Match {
  at: number;
  recordId: string;
}

/**
 * Counts guard decisions in the audit trail per rule and deployment over each rule's window and
 * opens an incident where a threshold is crossed. While that incident is open, later matches are
 * linked to it instead of opening another; a unique key makes that hold across replicas scanning
 * at the same moment.
 *
 * Incremental: the first pass reads each rule's window once; later passes read only the records
 * appended since (by sequence number, which commits in order: every appender moves the single
 * chain head under its row lock) and keep the matches in memory, dropping those that fall out of
 * the window. So a pass beside a busy gateway costs a few index lookups, not a scan of the last
 * hour of traffic that would hold the database while requests wait to be audited.
 */
export class IncidentScanner {
  /** The last sequence number read; records up to it are in `matches`. */
  private seen = 0;
  private readonly matches = new Map<string, Map<string, Match[]>>();
  /** Matching rows read by the last pass (how the tests see that a pass is incremental). */
  lastRowsRead = 0;

  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
    private readonly rules: IncidentRules,
  ) {}

  async scan(now: Date = new Date()): Promise<ScanHit[]> {
    const head = await this.db
      .selectFrom('audit_head')
      .select('seq')
      .where('id', '=', 1)
      .executeTakeFirstOrThrow();
    const upTo = Number(head.seq);
    const hits: ScanHit[] = [];
    this.lastRowsRead = 0;
    for (const rule of this.rules.rules) {
      const since = now.getTime() - rule.threshold.window_minutes * 60_000;
      const rows = await this.db
        .selectFrom('audit_records')
        .select(['deployment', 'record_id', 'created_at'])
        .where('seq', '>', this.seen)
        .where('seq', '<=', upTo)
        .where('created_at', '>=', new Date(since))
        .where('kind', 'in', rule.match.kinds)
        .where('deployment', 'is not', null)
        .where(matchCondition(rule))
        .orderBy('seq')
        .execute();
      this.lastRowsRead += rows.length;
      const byDeployment = this.matches.get(rule.id) ?? new Map<string, Match[]>();
      this.matches.set(rule.id, byDeployment);
      for (const row of rows) {
        const list = byDeployment.get(row.deployment!) ?? [];
        list.push({ at: new Date(row.created_at).getTime(), recordId: row.record_id });
        byDeployment.set(row.deployment!, list);
      }
      for (const [deployment, list] of byDeployment) {
        const kept = list.filter((m) => m.at >= since);
        if (kept.length === 0) {
          byDeployment.delete(deployment);
          continue;
        }
        byDeployment.set(deployment, kept);
        // A record stamped after `now` (a replica's clock ahead, or a scan of the past) is kept for later.
        const counted = kept.filter((m) => m.at <= now.getTime());
        if (counted.length < rule.threshold.count) continue;
        const newestFirst = counted
          .slice(-MAX_LINKED)
          .reverse()
          .map((m) => m.recordId);
        hits.push(await openOrLink(this.db, this.audit, rule, deployment, counted.length, newestFirst));
      }
    }
    this.seen = upTo;
    return hits;
  }
}

/** One stateless pass over every rule's whole window (the `incidents scan` command and API). */
export function scanForIncidents(
  db: Db,
  audit: AuditTrail,
  rules: IncidentRules,
  now: Date = new Date(),
): Promise<ScanHit[]> {
  return new IncidentScanner(db, audit, rules).scan(now);
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
