import type { Db } from '../../foundation/db/database.ts';

export interface ExportRange {
  /** Inclusive lower bound on the record time. */
  from?: Date;
  /** Exclusive upper bound on the record time. */
  to?: Date;
}

const PAGE = 1000;

/**
 * The audit records in chain order as JSON lines: the hashed body plus its links, so an auditor
 * can re-verify an export without database access.
 */
export async function* exportAuditTrail(db: Db, range: ExportRange = {}): AsyncIterable<string> {
  let after = 0;
  for (;;) {
    let query = db
      .selectFrom('audit_records')
      .select(['seq', 'body', 'prev_hash', 'hash'])
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(PAGE);
    if (range.from) query = query.where('created_at', '>=', range.from);
    if (range.to) query = query.where('created_at', '<', range.to);
    const rows = await query.execute();
    for (const row of rows) {
      const body = JSON.parse(row.body) as Record<string, unknown>;
      yield `${JSON.stringify({ ...body, prev_hash: row.prev_hash, hash: row.hash })}\n`;
    }
    if (rows.length < PAGE) return;
    after = Number(rows[rows.length - 1]!.seq);
  }
}
