import type { Selectable } from 'kysely';
import { z } from 'zod';
import type { Db } from '../../foundation/db/database.ts';
import type { GovLineageTable } from '../../foundation/db/tables/governance.ts';
import { type Actor, auditActor } from '../access/actor.ts';
import type { AuditTrail } from '../audit/audit-trail.ts';
import { GovernanceError, parseRecord } from '../shared/errors.ts';
import { newId } from '../shared/ids.ts';
import { type Subject, subjectSchema } from '../shared/subject.ts';

/**
 * Kinds of change along the WHO value chain. The first five are the Chinese Academy of
 * Engineering's adaptation paradigms (prompting, fine-tuning, continued training) plus the
 * provider add-ons the WHO guidance names (plug-ins that steer, filter and organise output).
 */
export const lineageSteps = [
  'base-model',
  'continued-training',
  'fine-tuning',
  'prompt-engineering',
  'system-prompt',
  'retrieval-augmentation',
  'plug-in',
  'quantisation',
  'guard-policy',
  'other',
] as const;
export type LineageStepKind = (typeof lineageSteps)[number];

export const valueChainRoles = ['developer', 'provider', 'deployer'] as const;

export const lineageInputSchema = z
  .object({
    subject: subjectSchema,
    step: z.enum(lineageSteps),
    version: z.string().trim().min(1).max(64),
    actor_role: z.enum(valueChainRoles),
    organisation: z.string().trim().min(1).max(200).optional(),
    description: z.string().trim().min(3, 'describe the change').max(2000),
    /** Facts such as a dataset name, a training-data hash, a system-prompt hash; never patient data. */
    details: z.record(z.string(), z.union([z.string().max(500), z.number(), z.boolean()])).default({}),
  })
  .strict();

export interface RecordedStep {
  id: string;
  subject: Subject;
  step: LineageStepKind;
  version: string;
  role: (typeof valueChainRoles)[number];
  organisation: string | null;
  description: string;
  details: Record<string, unknown>;
  recordedAt: string;
  recordedBy: string;
}

/** Recorded provider and deployer changes. Append-only: a new version of a step is a new row. */
export class LineageStore {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
  ) {}

  async add(input: unknown, actor: Actor): Promise<RecordedStep> {
    const step = parseRecord(lineageInputSchema, input, 'lineage step');
    const id = newId('lin');
    try {
      await this.db.transaction().execute(async (trx) => {
        await trx
          .insertInto('gov_lineage')
          .values({
            id,
            subject_kind: step.subject.kind,
            subject: step.subject.name,
            step: step.step,
            version: step.version,
            actor_role: step.actor_role,
            organisation: step.organisation ?? null,
            description: step.description,
            details: JSON.stringify(step.details),
            created_by: actor.id,
          })
          .execute();
        await this.audit.appendIn(trx, {
          kind: 'governance.lineage.add',
          actor: auditActor(actor),
          ...(step.subject.kind === 'deployment' ? { deployment: step.subject.name } : {}),
          data: {
            lineage_id: id,
            subject_kind: step.subject.kind,
            subject: step.subject.name,
            step: step.step,
            version: step.version,
            role: step.actor_role,
          },
        });
      });
    } catch (cause) {
      if (/unique|duplicate/i.test(String((cause as Error).message))) {
        throw new GovernanceError(`${step.subject.name} already has ${step.step} version ${step.version}`, {
          code: 'conflict',
          hint: 'lineage is append-only: record the change under a new version',
          fields: [{ field: 'version', reason: 'already recorded' }],
          cause,
        });
      }
      throw cause;
    }
    return (await this.list(step.subject)).find((s) => s.id === id)!;
  }

  async list(subject: Subject): Promise<RecordedStep[]> {
    const rows = await this.db
      .selectFrom('gov_lineage')
      .selectAll()
      .where('subject_kind', '=', subject.kind)
      .where('subject', '=', subject.name)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(fromRow);
  }
}

function fromRow(row: Selectable<GovLineageTable>): RecordedStep {
  return {
    id: row.id,
    subject: { kind: row.subject_kind, name: row.subject },
    step: row.step as LineageStepKind,
    version: row.version,
    role: row.actor_role,
    organisation: row.organisation,
    description: row.description,
    details: row.details,
    recordedAt: new Date(row.created_at).toISOString(),
    recordedBy: row.created_by,
  };
}
