import type { Selectable } from 'kysely';
import { z } from 'zod';
import type { Db } from '../../foundation/db/database.ts';
import type { AssessmentStatus, GovAssessmentsTable } from '../../foundation/db/tables/governance.ts';
import type { Actor } from '../access/actor.ts';
import { auditActor } from '../access/actor.ts';
import type { AuditTrail } from '../audit/audit-trail.ts';
import type { Bilingual } from '../shared/bilingual.ts';
import { GovernanceError, notFound, parseRecord } from '../shared/errors.ts';
import { newId } from '../shared/ids.ts';
import { type Subject, subjectSchema } from '../shared/subject.ts';
import {
  type Answers,
  type AssessmentScore,
  isHighestLevel,
  scoreAnswers,
  validateAnswers,
} from './scoring.ts';
import type { TemplateLibrary } from './templates.ts';

export interface AssessmentView {
  id: string;
  template: { id: string; version: string; title: Bilingual };
  subject: Subject;
  status: AssessmentStatus;
  answers: Answers;
  revision: number;
  score: AssessmentScore;
  author: string;
  contributors: string[];
  created_at: string;
  updated_at: string;
  submitted_at: string | null;
  reviewer: string | null;
  reviewed_at: string | null;
  review_note: string | null;
  valid_until: string | null;
  /** Approved and not expired: counts for the deployment gate. */
  valid: boolean;
}

const noteSchema = z.string().trim().min(1, 'write a note').max(2000, 'at most 2000 characters');
const startSchema = z.object({ template: z.string().min(1), subject: subjectSchema }).strict();

type Row = Selectable<GovAssessmentsTable>;

/**
 * Impact assessments: started from a template, answered (possibly by several people), submitted
 * when complete, then approved or sent back by a reviewer who wrote none of it. Each change and its
 * audit record commit together.
 */
export class Assessments {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
    readonly templates: TemplateLibrary,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async start(input: unknown, actor: Actor): Promise<AssessmentView> {
    const { template: templateId, subject } = parseRecord(startSchema, input, 'assessment');
    const template = this.templates.latest(templateId);
    const score = scoreAnswers(template, {});
    const id = newId('asm');
    const at = this.now();
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('gov_assessments')
        .values({
          id,
          template_id: template.id,
          template_version: template.version,
          subject_kind: subject.kind,
          subject: subject.name,
          status: 'draft',
          risk_level: score.risk_level,
          author: actor.id,
          contributors: JSON.stringify([actor.id]),
          created_at: at,
          updated_at: at,
        })
        .execute();
      await this.audit.appendIn(trx, {
        kind: 'governance.assessment.start',
        actor: auditActor(actor),
        ...(subject.kind === 'deployment' ? { deployment: subject.name } : {}),
        data: {
          assessment_id: id,
          template: template.id,
          template_version: template.version,
          subject_kind: subject.kind,
          subject: subject.name,
        },
      });
    });
    return this.get(id);
  }

  /** Merges answers into a draft (or one sent back for changes); `null` clears one. */
  async answer(id: string, input: unknown, actor: Actor): Promise<AssessmentView> {
    await this.db.transaction().execute(async (trx) => {
      const row = await lockRow(trx, id);
      if (row.status !== 'draft' && row.status !== 'changes_requested') {
        throw new GovernanceError(`assessment ${id} is ${row.status}; its answers can no longer change`, {
          code: 'conflict',
          hint:
            row.status === 'submitted'
              ? 'a reviewer must first request changes (`yiheng assess request-changes`)'
              : 'start a new assessment to re-assess (`yiheng assess start`)',
        });
      }
      const template = this.templates.get(row.template_id, row.template_version);
      const changes = validateAnswers(template, input);
      const answers: Answers = { ...(row.answers as Answers) };
      for (const [q, v] of Object.entries(changes)) {
        if (v === null) delete answers[q];
        else answers[q] = v;
      }
      const score = scoreAnswers(template, answers);
      const contributors = [...new Set([...(row.contributors ?? []), actor.id])];
      await trx
        .updateTable('gov_assessments')
        .set({
          answers: JSON.stringify(answers),
          revision: row.revision + 1,
          completeness: score.completeness,
          risk_score: score.risk_score,
          risk_level: score.risk_level,
          blockers: JSON.stringify(score.blockers),
          contributors: JSON.stringify(contributors),
          status: 'draft',
          updated_at: this.now(),
        })
        .where('id', '=', id)
        .execute();
      await this.audit.appendIn(trx, {
        kind: 'governance.assessment.answer',
        actor: auditActor(actor),
        ...(row.subject_kind === 'deployment' ? { deployment: row.subject } : {}),
        data: {
          assessment_id: id,
          revision: row.revision + 1,
          questions: Object.keys(changes).sort(),
          completeness: round(score.completeness),
          risk_level: score.risk_level,
        },
      });
    });
    return this.get(id);
  }

  async submit(id: string, actor: Actor): Promise<AssessmentView> {
    await this.db.transaction().execute(async (trx) => {
      const row = await lockRow(trx, id);
      if (row.status !== 'draft') {
        throw new GovernanceError(`assessment ${id} is ${row.status}, not a draft`, {
          code: 'conflict',
          hint:
            row.status === 'changes_requested'
              ? 'answer the reviewer’s points first (`yiheng assess answer`)'
              : undefined,
        });
      }
      const template = this.templates.get(row.template_id, row.template_version);
      const score = scoreAnswers(template, row.answers as Answers);
      if (score.completeness < 1) {
        const missing = template.sections
          .flatMap((s) => s.questions)
          .filter((q) => q.required && (row.answers as Answers)[q.id] === undefined)
          .map((q) => q.id);
        throw new GovernanceError(
          `assessment ${id} is incomplete (${score.answered}/${score.required} required answers)`,
          {
            code: 'invalid_record',
            hint: `answer: ${missing.join(', ')}`,
            fields: missing.map((q) => ({ field: `answers.${q}`, reason: 'required' })),
          },
        );
      }
      await trx
        .updateTable('gov_assessments')
        .set({ status: 'submitted', submitted_at: this.now(), updated_at: this.now() })
        .where('id', '=', id)
        .execute();
      await this.audit.appendIn(trx, {
        kind: 'governance.assessment.submit',
        actor: auditActor(actor),
        ...(row.subject_kind === 'deployment' ? { deployment: row.subject } : {}),
        data: {
          assessment_id: id,
          revision: row.revision,
          risk_level: score.risk_level,
          risk_score: score.risk_score,
        },
      });
    });
    return this.get(id);
  }

  /** Reviewer sign-off: approve, or send back with a note. The reviewer wrote none of the answers. */
  async review(
    id: string,
    input: { decision: 'approve' | 'request_changes'; note?: string | undefined },
    actor: Actor,
  ): Promise<AssessmentView> {
    const note =
      input.note === undefined ? undefined : parseRecord(noteSchema, input.note, 'review note', 'note');
    await this.db.transaction().execute(async (trx) => {
      const row = await lockRow(trx, id);
      if (row.status !== 'submitted') {
        throw new GovernanceError(
          `assessment ${id} is ${row.status}; only a submitted assessment can be reviewed`,
          {
            code: 'conflict',
            hint: row.status === 'draft' ? 'the author submits it first (`yiheng assess submit`)' : undefined,
          },
        );
      }
      const contributors = row.contributors ?? [row.author];
      if (actor.id === row.author || contributors.includes(actor.id)) {
        throw new GovernanceError(`${actor.id} wrote answers in assessment ${id} and cannot review it`, {
          code: 'forbidden',
          hint: 'another admin or auditor must review it (four eyes); on the command line pass --as <another handle>',
        });
      }
      const template = this.templates.get(row.template_id, row.template_version);
      const score = scoreAnswers(template, row.answers as Answers);
      if (input.decision === 'approve') {
        if (score.blockers.length > 0) {
          throw new GovernanceError(
            `assessment ${id} cannot be approved: blocking answers to ${score.blockers.join(', ')}`,
            {
              code: 'conflict',
              hint: 'request changes; the author must resolve these answers first',
            },
          );
        }
        if (isHighestLevel(template, score.risk_level) && !note) {
          throw new GovernanceError(
            `assessment ${id} has ${score.risk_level} risk: approving it needs a justification`,
            {
              code: 'invalid_record',
              hint: 'give --note "why the residual risk is acceptable"',
              fields: [{ field: 'note', reason: `required to approve at risk level ${score.risk_level}` }],
            },
          );
        }
      } else if (!note) {
        throw new GovernanceError('requesting changes needs a note saying what to change', {
          code: 'invalid_record',
          fields: [{ field: 'note', reason: 'required' }],
        });
      }
      const at = this.now();
      const approved = input.decision === 'approve';
      await trx
        .updateTable('gov_assessments')
        .set({
          status: approved ? 'approved' : 'changes_requested',
          reviewer: actor.id,
          reviewed_at: at,
          review_note: note ?? null,
          valid_until: approved ? new Date(at.getTime() + template.valid_days * 86_400_000) : null,
          updated_at: at,
        })
        .where('id', '=', id)
        .execute();
      await this.audit.appendIn(trx, {
        kind: approved ? 'governance.assessment.approve' : 'governance.assessment.request_changes',
        actor: auditActor(actor),
        ...(row.subject_kind === 'deployment' ? { deployment: row.subject } : {}),
        decision: approved ? 'approved' : 'changes_requested',
        data: {
          assessment_id: id,
          template: row.template_id,
          template_version: row.template_version,
          revision: row.revision,
          risk_level: score.risk_level,
          risk_score: score.risk_score,
          author: row.author,
        },
      });
    });
    return this.get(id);
  }

  async find(id: string): Promise<AssessmentView | undefined> {
    const row = await this.db
      .selectFrom('gov_assessments')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? this.view(row) : undefined;
  }

  async get(id: string): Promise<AssessmentView> {
    const found = await this.find(id);
    if (!found) throw notFound(`assessment ${id}`, 'see `yiheng assess list`');
    return found;
  }

  async list(
    filter: { subject?: Subject; template?: string; status?: AssessmentStatus } = {},
  ): Promise<AssessmentView[]> {
    let query = this.db.selectFrom('gov_assessments').selectAll().orderBy('created_at', 'desc').orderBy('id');
    if (filter.subject) {
      query = query
        .where('subject_kind', '=', filter.subject.kind)
        .where('subject', '=', filter.subject.name);
    }
    if (filter.template) query = query.where('template_id', '=', filter.template);
    if (filter.status) query = query.where('status', '=', filter.status);
    return (await query.execute()).map((row) => this.view(row));
  }

  /** The newest approved, unexpired assessment of a template for a subject, if any. */
  async currentApproval(subject: Subject, template: string): Promise<AssessmentView | undefined> {
    const rows = await this.db
      .selectFrom('gov_assessments')
      .selectAll()
      .where('subject_kind', '=', subject.kind)
      .where('subject', '=', subject.name)
      .where('template_id', '=', template)
      .where('status', '=', 'approved')
      .where('valid_until', '>', this.now())
      .orderBy('reviewed_at', 'desc')
      .limit(1)
      .execute();
    return rows[0] ? this.view(rows[0]) : undefined;
  }

  private view(row: Row): AssessmentView {
    const template = this.templates.get(row.template_id, row.template_version);
    const validUntil = row.valid_until ? new Date(row.valid_until) : null;
    return {
      id: row.id,
      template: { id: template.id, version: template.version, title: template.title },
      subject: { kind: row.subject_kind, name: row.subject },
      status: row.status,
      answers: row.answers as Answers,
      revision: row.revision,
      score: scoreAnswers(template, row.answers as Answers),
      author: row.author,
      contributors: row.contributors ?? [],
      created_at: iso(row.created_at)!,
      updated_at: iso(row.updated_at)!,
      submitted_at: iso(row.submitted_at),
      reviewer: row.reviewer,
      reviewed_at: iso(row.reviewed_at),
      review_note: row.review_note,
      valid_until: iso(validUntil),
      valid: row.status === 'approved' && validUntil !== null && validUntil > this.now(),
    };
  }
}

async function lockRow(db: Db, id: string): Promise<Row> {
  const row = await db
    .selectFrom('gov_assessments')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw notFound(`assessment ${id}`, 'see `yiheng assess list`');
  return row;
}

function iso(value: Date | string | null | undefined): string | null {
  return value ? new Date(value).toISOString() : null;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
