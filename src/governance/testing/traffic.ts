import type { Db } from '../../foundation/db/database.ts';
import { AuditTrail } from '../audit/audit-trail.ts';
import type { JsonValue } from '../audit/canonical-json.ts';

/** One answered request as the gateway records it (see gateway/chat/completions-route.ts). */
export interface FakeAnswer {
  at: Date;
  deployment: string;
  decision?: 'allow' | 'redact' | 'review' | 'escalate' | 'block';
  input?: { decision: string; findings: Record<string, number> };
  output?: { decision: string; findings: Record<string, number> };
  escalated?: boolean;
  reviewId?: string;
  userGroup?: Record<string, string>;
  tokens?: { prompt: number; completion: number };
  model?: string;
  kind?: string;
}

/**
 * Writes audit records shaped like the gateway's, at chosen times, and returns their record ids in
 * order. Answers that share a time are appended together, so the trail group-commits them.
 */
export async function recordAnswers(
  db: Db,
  answers: FakeAnswer[],
): Promise<Array<{ id: string; responseId: string }>> {
  let clock = new Date();
  const trail = new AuditTrail(db, { now: () => clock, maxBatch: 1000 });
  const out: Array<{ id: string; responseId: string }> = new Array(answers.length);
  let i = 0;
  while (i < answers.length) {
    const time = answers[i]!.at.getTime();
    let j = i;
    while (j < answers.length && answers[j]!.at.getTime() === time) j++;
    clock = new Date(time);
    const group = answers.slice(i, j).map((a, k) => write(trail, a, i + k));
    const written = await Promise.all(group);
    written.forEach((w, k) => {
      out[i + k] = w;
    });
    i = j;
  }
  return out;
}

async function write(
  trail: AuditTrail,
  a: FakeAnswer,
  index: number,
): Promise<{ id: string; responseId: string }> {
  const responseId = `chatcmpl-test-${a.at.getTime()}-${index}-${Math.random().toString(36).slice(2, 8)}`;
  const data: Record<string, JsonValue> = {
    use_case: 'general',
    model: { id: a.model ?? 'fake', version: '1' },
    input: a.input ?? { decision: 'allow', findings: {} },
    output: a.output ?? { decision: a.decision ?? 'allow', findings: {} },
    escalated: a.escalated ?? false,
    stream: false,
    status: 200,
    latency_ms: 5,
  };
  if (a.reviewId) data.review_id = a.reviewId;
  if (a.userGroup) data.user_group = a.userGroup;
  if (a.tokens) data.tokens = a.tokens;
  const record = await trail.append({
    kind: a.kind ?? 'chat.completion',
    actor: { keyId: 'key_app', role: 'patient-app' },
    deployment: a.deployment,
    responseId,
    decision: a.decision ?? 'allow',
    data,
  });
  return { id: record.id, responseId };
}
