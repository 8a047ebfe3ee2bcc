import { randomUUID } from 'node:crypto';
import type { Db } from '../../foundation/db/database.ts';
import type { AuditTrail } from '../../governance/audit/audit-trail.ts';
import type { ApiKey } from '../auth/api-keys.ts';
import { ApiError } from '../http/api-error.ts';

export interface FeedbackEntry {
  id: string;
  responseId: string;
  rating: number;
  comment: string | null;
  createdAt: string;
}

/**
 * Feedback on an answer (rating 1–5 and a comment), as the WHO guidance asks deployers to
 * collect. Only the key that received the answer, or an admin, may rate it. The comment arrives
 * here already pseudonymised; the audit record carries the rating, never the comment.
 */
export class FeedbackBook {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
  ) {}

  async add(
    input: { responseId: string; rating: number; comment: string | null },
    key: ApiKey,
  ): Promise<FeedbackEntry> {
    const answered = await this.db
      .selectFrom('audit_records')
      .select(['actor_key_id', 'deployment'])
      .where('response_id', '=', input.responseId)
      .where('kind', 'in', ['chat.completion', 'chat.stream.start'])
      .executeTakeFirst();
    if (!answered || (answered.actor_key_id !== key.id && key.role !== 'admin')) {
      // The same answer whether the id is unknown or belongs to another key: ids do not leak.
      throw new ApiError(
        404,
        'not_found_error',
        'response_not_found',
        `no response ${input.responseId} for this key`,
        {
          param: 'response_id',
          hint: 'use the "id" of a chat completion this key received',
        },
      );
    }
    const id = `fb_${randomUUID()}`;
    return this.db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('feedback')
        .values({
          id,
          response_id: input.responseId,
          key_id: key.id,
          rating: input.rating,
          comment: input.comment,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await this.audit.appendIn(trx, {
        kind: 'feedback',
        actor: { keyId: key.id, role: key.role },
        deployment: answered.deployment,
        responseId: input.responseId,
        data: { feedback_id: id, rating: input.rating, commented: input.comment !== null },
      });
      return {
        id,
        responseId: row.response_id,
        rating: row.rating,
        comment: row.comment,
        createdAt: new Date(row.created_at).toISOString(),
      };
    });
  }

  async forResponse(responseId: string): Promise<FeedbackEntry[]> {
    const rows = await this.db
      .selectFrom('feedback')
      .selectAll()
      .where('response_id', '=', responseId)
      .orderBy('created_at')
      .execute();
    return rows.map((row) => ({
      id: row.id,
      responseId: row.response_id,
      rating: row.rating,
      comment: row.comment,
      createdAt: new Date(row.created_at).toISOString(),
    }));
  }
}
