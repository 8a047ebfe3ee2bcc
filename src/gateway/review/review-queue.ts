import { randomUUID } from 'node:crypto';
import type { Db } from '../../foundation/db/database.ts';
import type { AuditTrail } from '../../governance/audit/audit-trail.ts';
import { ApiError } from '../http/api-error.ts';

export type ReviewStatus = 'pending' | 'approved' | 'corrected' | 'rejected';
export type ReviewAction = 'approve' | 'correct' | 'reject';

export interface ReviewItem {
  id: string;
  responseId: string;
  createdAt: string;
  deployment: string;
  modelId: string | null;
  useCase: string;
  policy: string;
  /** Why it was queued: decisions and finding types, never text. */
  reasons: string[];
  status: ReviewStatus;
  /** Pseudonymised, exactly as the upstream saw them. */
  messages: Array<{ role: string; content: string }>;
  /** Pseudonymised answer, after the output checks. */
  answer: string;
  correction: string | null;
  note: string | null;
  reviewerKeyId: string | null;
  reviewedAt: string | null;
}

const statusOf: Record<ReviewAction, ReviewStatus> = {
  approve: 'approved',
  correct: 'corrected',
  reject: 'rejected',
};

/** Answers a policy flagged for a person to check, stored pseudonymised; every decision is audited. */
export class ReviewQueue {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
  ) {}

  async enqueue(item: {
    responseId: string;
    deployment: string;
    modelId: string | null;
    useCase: string;
    policy: string;
    reasons: string[];
    messages: Array<{ role: string; content: string }>;
    answer: string;
  }): Promise<string> {
    const id = `rev_${randomUUID()}`;
    await this.db
      .insertInto('review_items')
      .values({
        id,
        response_id: item.responseId,
        deployment: item.deployment,
        model_id: item.modelId,
        use_case: item.useCase,
        policy: item.policy,
        reasons: JSON.stringify(item.reasons),
        messages: JSON.stringify(item.messages),
        answer: item.answer,
        correction: null,
        note: null,
        reviewer_key_id: null,
        reviewed_at: null,
      })
      .execute();
    return id;
  }

  async list(
    options: { status?: ReviewStatus; limit?: number; offset?: number } = {},
  ): Promise<ReviewItem[]> {
    let query = this.db
      .selectFrom('review_items')
      .selectAll()
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(options.limit ?? 50)
      .offset(options.offset ?? 0);
    if (options.status) query = query.where('status', '=', options.status);
    return (await query.execute()).map(fromRow);
  }

  async get(id: string): Promise<ReviewItem | undefined> {
    const row = await this.db.selectFrom('review_items').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? fromRow(row) : undefined;
  }

  /**
   * Decides a pending item. The decision and its audit record commit in one transaction:
   * there is never a decision without its record, nor a record of a decision that did not happen.
   * `correction` and `note` must already be pseudonymised by the caller.
   */
  async decide(
    id: string,
    decision: { action: ReviewAction; correction?: string; note?: string },
    reviewer: { keyId: string; role: string },
  ): Promise<ReviewItem> {
    if (decision.action === 'correct' && !decision.correction) {
      throw new ApiError(
        400,
        'invalid_request_error',
        'correction_required',
        'a correction needs the corrected answer',
        {
          param: 'correction',
        },
      );
    }
    return this.db.transaction().execute(async (trx) => {
      const row = await trx
        .updateTable('review_items')
        .set({
          status: statusOf[decision.action],
          correction: decision.correction ?? null,
          note: decision.note ?? null,
          reviewer_key_id: reviewer.keyId,
          reviewed_at: new Date(),
        })
        .where('id', '=', id)
        .where('status', '=', 'pending')
        .returningAll()
        .executeTakeFirst();
      if (!row) {
        const existing = await trx
          .selectFrom('review_items')
          .select('status')
          .where('id', '=', id)
          .executeTakeFirst();
        if (!existing)
          throw new ApiError(404, 'not_found_error', 'review_item_not_found', `review item ${id} not found`);
        throw new ApiError(
          409,
          'invalid_request_error',
          'already_reviewed',
          `review item ${id} is already ${existing.status}`,
          {
            hint: 'only pending items can be decided',
          },
        );
      }
      await this.audit.appendIn(trx, {
        kind: `review.${decision.action}`,
        actor: reviewer,
        deployment: row.deployment,
        responseId: row.response_id,
        decision: statusOf[decision.action],
        data: { review_id: id, corrected: decision.action === 'correct', noted: Boolean(decision.note) },
      });
      return fromRow(row);
    });
  }
}

function fromRow(row: {
  id: string;
  response_id: string;
  created_at: Date;
  deployment: string;
  model_id: string | null;
  use_case: string;
  policy: string;
  reasons: string[];
  status: ReviewStatus;
  messages: Array<{ role: string; content: string }>;
  answer: string;
  correction: string | null;
  note: string | null;
  reviewer_key_id: string | null;
  reviewed_at: Date | null;
}): ReviewItem {
  return {
    id: row.id,
    responseId: row.response_id,
    createdAt: new Date(row.created_at).toISOString(),
    deployment: row.deployment,
    modelId: row.model_id,
    useCase: row.use_case,
    policy: row.policy,
    reasons: row.reasons,
    status: row.status,
    messages: row.messages,
    answer: row.answer,
    correction: row.correction,
    note: row.note,
    reviewerKeyId: row.reviewer_key_id,
    reviewedAt: row.reviewed_at ? new Date(row.reviewed_at).toISOString() : null,
  };
}
