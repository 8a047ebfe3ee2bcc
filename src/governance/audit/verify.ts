import type { Db } from '../../foundation/db/database.ts';
import { type AuditBody, chainHash, GENESIS_HASH } from './audit-record.ts';

export interface VerifyProblem {
  /** Sequence number of the first record that is not as it was written. */
  seq: number;
  recordId: string | null;
  reason: 'missing' | 'reordered' | 'edited' | 'chain_broken' | 'head_mismatch';
  message: string;
}

export interface VerifyResult {
  ok: boolean;
  /** Records checked before stopping. */
  checked: number;
  head: { seq: number; hash: string };
  problem?: VerifyProblem;
}

const PAGE = 1000;

/**
 * Re-reads the whole chain and recomputes every hash. Names the first record that was edited,
 * deleted or moved; records after it are not trusted, so checking stops there.
 */
export async function verifyAuditTrail(db: Db): Promise<VerifyResult> {
  const head = await db
    .selectFrom('audit_head')
    .select(['seq', 'hash'])
    .where('id', '=', 1)
    .executeTakeFirst();
  const headSeq = Number(head?.seq ?? 0);
  const headHash = head?.hash ?? GENESIS_HASH;
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let checked = 0;
  const fail = (problem: VerifyProblem): VerifyResult => ({
    ok: false,
    checked,
    head: { seq: headSeq, hash: headHash },
    problem,
  });

  for (;;) {
    const rows = await db
      .selectFrom('audit_records')
      .selectAll()
      .where('seq', '>=', expectedSeq)
      .orderBy('seq')
      .limit(PAGE)
      .execute();
    for (const row of rows) {
      const seq = Number(row.seq);
      if (seq !== expectedSeq) {
        return fail({
          seq: expectedSeq,
          recordId: null,
          reason: 'missing',
          message: `record ${expectedSeq}${seq - 1 > expectedSeq ? `–${seq - 1}` : ''} is missing (deleted)`,
        });
      }
      let body: AuditBody | undefined;
      try {
        body = JSON.parse(row.body) as AuditBody;
      } catch {
        body = undefined;
      }
      if (!body || body.seq !== seq || body.id !== row.record_id) {
        return fail({
          seq,
          recordId: row.record_id,
          reason: 'reordered',
          message: `record ${seq} (${row.record_id}) carries the body of another position (reordered or replaced)`,
        });
      }
      if (row.prev_hash !== prevHash) {
        return fail({
          seq,
          recordId: row.record_id,
          reason: 'chain_broken',
          message: `record ${seq} (${row.record_id}) does not link to record ${seq - 1}: a record before it was edited, removed or reordered`,
        });
      }
      if (chainHash(prevHash, row.body) !== row.hash) {
        return fail({
          seq,
          recordId: row.record_id,
          reason: 'edited',
          message: `record ${seq} (${row.record_id}) was edited: its hash does not match its content`,
        });
      }
      const columnsMatch =
        row.kind === body.kind &&
        row.actor_key_id === body.actor?.key_id &&
        row.deployment === body.deployment &&
        row.response_id === body.response_id &&
        row.decision === body.decision &&
        new Date(row.created_at).toISOString() === body.at;
      if (!columnsMatch) {
        return fail({
          seq,
          recordId: row.record_id,
          reason: 'edited',
          message: `record ${seq} (${row.record_id}) was edited: its searchable columns differ from its hashed body`,
        });
      }
      prevHash = row.hash;
      expectedSeq = seq + 1;
      checked += 1;
    }
    if (rows.length < PAGE) break;
  }

  const lastSeq = expectedSeq - 1;
  if (lastSeq !== headSeq || prevHash !== headHash) {
    return fail({
      seq: lastSeq + 1,
      recordId: null,
      reason: lastSeq < headSeq ? 'missing' : 'head_mismatch',
      message:
        lastSeq < headSeq
          ? `the chain head says ${headSeq} records but only ${lastSeq} remain: record ${lastSeq + 1} onwards was deleted`
          : `the chain head (record ${headSeq}) does not match the last record (${lastSeq})`,
    });
  }
  return { ok: true, checked, head: { seq: headSeq, hash: headHash } };
}
