import { z } from 'zod';
import type { Db } from '../../foundation/db/database.ts';
import { type Actor, auditActor } from '../access/actor.ts';
import type { AuditTrail } from '../audit/audit-trail.ts';
import { GATE_HOLD_ACTOR } from '../deployments/deployment-directory.ts';
import { parseRecord } from '../shared/errors.ts';

export type StatusTarget = { kind: 'deployment' | 'model'; name: string };

export const suspendInputSchema = z
  .object({
    reason: z
      .string()
      .trim()
      .min(3, 'say why (at least 3 characters); it is shown to callers in the 503')
      .max(300, 'at most 300 characters'),
    incident: z
      .string()
      .regex(/^inc_[0-9a-f]{12}$/, 'an incident id such as inc_3f9a1c2b7d4e')
      .optional(),
  })
  .strict();

export const GATE_HOLD_REASON = 'awaiting deployment gate · 等待上线审批（yiheng deploy enable）';

/**
 * The kill switch. It writes the gateway's deployment_status table, which every replica's catalogue
 * re-reads within gateway.status_ttl_ms (≤ 1 s), so a suspension stops traffic everywhere without a
 * restart. The row and its audit record commit together.
 */
export class KillSwitch {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
  ) {}

  async suspend(target: StatusTarget, input: unknown, actor: Actor): Promise<void> {
    const { reason, incident } = parseRecord(suspendInputSchema, input, 'suspension');
    await this.db.transaction().execute(async (trx) => {
      await writeStatus(trx, target, 'suspended', reason, actor.id);
      await this.audit.appendIn(trx, {
        kind: 'governance.suspend',
        actor: auditActor(actor),
        ...(target.kind === 'deployment' ? { deployment: target.name } : {}),
        decision: 'suspended',
        // The reason is free text an operator typed; the record keeps its length, not its words.
        data: {
          target_kind: target.kind,
          target: target.name,
          reason_chars: reason.length,
          incident: incident ?? null,
        },
      });
    });
  }

  /**
   * Lifts a suspension. `holdForGate` keeps a deployment out of service under the gate hold instead
   * (a high-risk deployment that has not passed its gate stays unavailable after a resume).
   */
  async resume(
    target: StatusTarget,
    actor: Actor,
    options: { holdForGate: boolean },
  ): Promise<'active' | 'held'> {
    const held = target.kind === 'deployment' && options.holdForGate;
    await this.db.transaction().execute(async (trx) => {
      if (held) await writeStatus(trx, target, 'suspended', GATE_HOLD_REASON, GATE_HOLD_ACTOR);
      else await writeStatus(trx, target, 'active', null, actor.id);
      await this.audit.appendIn(trx, {
        kind: 'governance.resume',
        actor: auditActor(actor),
        ...(target.kind === 'deployment' ? { deployment: target.name } : {}),
        decision: held ? 'held_for_gate' : 'active',
        data: { target_kind: target.kind, target: target.name },
      });
    });
    return held ? 'held' : 'active';
  }
}

export async function writeStatus(
  db: Db,
  target: StatusTarget,
  status: 'active' | 'suspended',
  reason: string | null,
  changedBy: string,
): Promise<void> {
  const values = { status, reason, changed_by: changedBy, changed_at: new Date() };
  await db
    .insertInto('deployment_status')
    .values({ kind: target.kind, name: target.name, ...values })
    .onConflict((oc) => oc.columns(['kind', 'name']).doUpdateSet(values))
    .execute();
}
