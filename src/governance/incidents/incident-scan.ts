import type { Db } from '../../foundation/db/database.ts';
import type { AuditTrail } from '../audit/audit-trail.ts';
import { writeStatus } from '../killswitch/kill-switch.ts';
import { newId } from '../shared/ids.ts';
import type { IncidentRule, IncidentRules } from './incident-rules.ts';
import { SYSTEM_ACTOR } from './incidents.ts';

/** Most audit records linked to one automatic incident: enough to investigate, bounded in size. */
const MAX_LINKED = 200;
/** Sequence numbers one statement reads at most (about a millisecond's work on the embedded database). */
export const SCAN_PAGE = 100;

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
 * Incremental: the first pass reads the longest rule window once; later passes read only the records
 * appended since (by sequence number, which commits in order: every appender moves the single
 * chain head under its row lock) and keep the matches in memory, dropping those that fall out of
 * the window. So a pass beside a busy gateway costs a few index lookups, not a scan of the last
 * hour of traffic that would hold the database while requests wait to be audited.
 *
 * Paged: each statement reads at most SCAN_PAGE sequence numbers, once for every rule (the rules are
 * matched here, not in SQL). On the embedded database every statement runs alone on one thread, so
 * one statement a rule over fifteen seconds of a busy gateway's records (7,500 at 500 requests/s,
 * ~35 ms each) kept every audit write, and so every answer, waiting behind it: bench:gateway's p99
 * at 500 requests/s showed an 80–150 ms stall every 15 s. Between pages the queued writes go first.
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
    // A later pass starts where the last one stopped; the first starts at the longest window.
    const longest = Math.max(0, ...this.rules.rules.map((r) => r.threshold.window_minutes));
    const from = this.seen > 0 ? this.seen : await firstSeqSince(this.db, now.getTime() - longest * 60_000);
    const kinds = [...new Set(this.rules.rules.flatMap((r) => r.match.kinds))];
    const windows = this.rules.rules.map((rule) => {
      const byDeployment = this.matches.get(rule.id) ?? new Map<string, Match[]>();
      this.matches.set(rule.id, byDeployment);
      return {
        rule,
        since: now.getTime() - rule.threshold.window_minutes * 60_000,
        counts: matcherFor(rule),
        byDeployment,
      };
    });
    for (let page = from; page < upTo && kinds.length > 0; page += SCAN_PAGE) {
      // One statement a page reads each record's decisions once for every rule. Only the primary key
      // bounds it: with created_at in the statement as well, the planner reads the whole window's
      // created_at index for every page (the embedded database keeps no statistics).
      const rows = await this.db
        .selectFrom('audit_records')
        .select(['deployment', 'record_id', 'created_at', 'kind', 'decision', 'body'])
        .where('seq', '>', page)
        .where('seq', '<=', Math.min(page + SCAN_PAGE, upTo))
        .where('kind', 'in', kinds)
        .where('deployment', 'is not', null)
        .orderBy('seq')
        .execute();
      for (const row of rows) {
        const at = new Date(row.created_at).getTime();
        // Parsed here rather than by the database (body::jsonb), which took twice the database's time.
        const data = (JSON.parse(row.body) as { data?: { input?: Stage; output?: Stage } }).data;
        const record = { kind: row.kind, decision: row.decision, input: data?.input, output: data?.output };
        for (const { since, counts, byDeployment } of windows) {
          if (at < since || !counts(record)) continue;
          this.lastRowsRead++;
          const list = byDeployment.get(row.deployment!) ?? [];
          list.push({ at, recordId: row.record_id });
          byDeployment.set(row.deployment!, list);
        }
      }
    }
    for (const { rule, since, byDeployment } of windows) {
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

/** The sequence number just before the first record created at or after `since` (infinity when there is none). */
async function firstSeqSince(db: Db, since: number): Promise<number> {
  const first = await db
    .selectFrom('audit_records')
    .select((eb) => eb.fn.min('seq').as('seq'))
    .where('created_at', '>=', new Date(since))
    .executeTakeFirst();
  return first?.seq == null ? Number.POSITIVE_INFINITY : Number(first.seq) - 1;
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

/** A gateway answer's record of one stage: its decision and its findings by type and count. */
interface Stage {
  decision?: unknown;
  findings?: Record<string, unknown>;
}

/** An audited answer as the rules read it. */
interface AuditedAnswer {
  kind: string;
  decision: string | null;
  input?: Stage;
  output?: Stage;
}

/** Whether an audited answer is one the rule counts; the finding lists are read once per pass, not per record. */
function matcherFor(rule: IncidentRule): (answer: AuditedAnswer) => boolean {
  const { kinds, stage, findings, decision } = rule.match;
  const exact = new Set(findings?.filter((f) => !f.endsWith('.*')));
  const prefixes = (findings ?? []).filter((f) => f.endsWith('.*')).map((f) => f.slice(0, -1));
  return (answer) => {
    if (!kinds.includes(answer.kind)) return false;
    const stages =
      stage === 'any' ? [answer.input, answer.output] : [stage === 'input' ? answer.input : answer.output];
    if (findings) {
      const found = stages.some((s) =>
        Object.entries(s?.findings ?? {}).some(
          // A finding counts when its count is positive, not merely present.
          ([type, count]) =>
            (exact.has(type) || prefixes.some((p) => type.startsWith(p))) &&
            /^[0-9.]+$/.test(String(count)) &&
            Number(count) > 0,
        ),
      );
      if (!found) return false;
    }
    if (decision) return stage === 'any' ? answer.decision === decision : stages[0]?.decision === decision;
    return true;
  };
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
