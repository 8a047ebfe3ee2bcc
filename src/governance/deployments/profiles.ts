import type { Selectable, Transaction } from 'kysely';
import { z } from 'zod';
import type { Db } from '../../foundation/db/database.ts';
import type { GovDeploymentProfilesTable } from '../../foundation/db/tables/governance.ts';
import type { Database } from '../../foundation/db/tables/index.ts';
import { type Actor, auditActor } from '../access/actor.ts';
import type { AuditTrail } from '../audit/audit-trail.ts';
import { oversightModes, useCaseIdSchema } from '../catalogue/use-case-schema.ts';
import { parseRecord } from '../shared/errors.ts';

export interface DeploymentProfile {
  deployment: string;
  useCase: string | null;
  humanOversight: string | null;
  deployer: string | null;
  notes: string | null;
  enabled: boolean;
  enabledAt: string | null;
  enabledBy: string | null;
  gateSnapshot: Record<string, unknown> | null;
  updatedAt: string | null;
  updatedBy: string | null;
}

/** What an admin or auditor sets about a deployment; `null` clears a field, absent leaves it. */
export const profileInputSchema = z
  .object({
    use_case: useCaseIdSchema.nullable().optional(),
    human_oversight: z.enum(oversightModes).nullable().optional(),
    deployer: z.string().trim().min(1).max(200).nullable().optional(),
    notes: z.string().trim().max(2000).nullable().optional(),
  })
  .strict();
export type ProfileInput = z.infer<typeof profileInputSchema>;

type Row = Selectable<GovDeploymentProfilesTable>;

export function emptyProfile(deployment: string): DeploymentProfile {
  return {
    deployment,
    useCase: null,
    humanOversight: null,
    deployer: null,
    notes: null,
    enabled: false,
    enabledAt: null,
    enabledBy: null,
    gateSnapshot: null,
    updatedAt: null,
    updatedBy: null,
  };
}

/** Intended use, oversight mode and go-live state per deployment. */
export class Profiles {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
  ) {}

  async get(deployment: string): Promise<DeploymentProfile> {
    const row = await this.db
      .selectFrom('gov_deployment_profiles')
      .selectAll()
      .where('deployment', '=', deployment)
      .executeTakeFirst();
    return row ? fromRow(row) : emptyProfile(deployment);
  }

  async list(): Promise<DeploymentProfile[]> {
    const rows = await this.db
      .selectFrom('gov_deployment_profiles')
      .selectAll()
      .orderBy('deployment')
      .execute();
    return rows.map(fromRow);
  }

  /**
   * Sets fields of a profile. Changing the use case or the oversight mode withdraws an earlier
   * go-live approval: the gate must pass again for the new facts.
   */
  async set(
    deployment: string,
    input: unknown,
    actor: Actor,
    hooks: {
      validate: (p: ProfileInput) => void;
      /** Runs in the same transaction, e.g. to hold the deployment again until its gate passes. */
      within?: (
        trx: Transaction<Database>,
        profile: { useCase: string | null; enabled: boolean },
      ) => Promise<void>;
    },
  ): Promise<DeploymentProfile> {
    const changes = parseRecord(profileInputSchema, input, 'deployment profile');
    hooks.validate(changes);
    const before = await this.get(deployment);
    const next = {
      use_case: changes.use_case !== undefined ? changes.use_case : before.useCase,
      human_oversight:
        changes.human_oversight !== undefined ? changes.human_oversight : before.humanOversight,
      deployer: changes.deployer !== undefined ? changes.deployer : before.deployer,
      notes: changes.notes !== undefined ? changes.notes : before.notes,
    };
    const material = next.use_case !== before.useCase || next.human_oversight !== before.humanOversight;
    const values = {
      ...next,
      ...(material ? { enabled: false, enabled_at: null, enabled_by: null, gate_snapshot: null } : {}),
      updated_at: new Date(),
      updated_by: actor.id,
    };
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('gov_deployment_profiles')
        .values({ deployment, ...values })
        .onConflict((oc) => oc.column('deployment').doUpdateSet(values))
        .execute();
      await this.audit.appendIn(trx, {
        kind: 'governance.profile.set',
        actor: auditActor(actor),
        deployment,
        data: {
          fields: Object.keys(changes).sort(),
          use_case: next.use_case,
          human_oversight: next.human_oversight,
          approval_withdrawn: material && before.enabled,
        },
      });
      await hooks.within?.(trx, { useCase: next.use_case, enabled: material ? false : before.enabled });
    });
    return this.get(deployment);
  }

  /** Records a passed gate (inside the caller's transaction, beside its audit record). */
  async markEnabled(
    trx: Db,
    deployment: string,
    actor: Actor,
    snapshot: Record<string, unknown>,
  ): Promise<void> {
    const values = {
      enabled: true,
      enabled_at: new Date(),
      enabled_by: actor.id,
      gate_snapshot: JSON.stringify(snapshot),
      updated_at: new Date(),
      updated_by: actor.id,
    };
    await trx
      .insertInto('gov_deployment_profiles')
      .values({ deployment, ...values })
      .onConflict((oc) => oc.column('deployment').doUpdateSet(values))
      .execute();
  }
}

function fromRow(row: Row): DeploymentProfile {
  return {
    deployment: row.deployment,
    useCase: row.use_case,
    humanOversight: row.human_oversight,
    deployer: row.deployer,
    notes: row.notes,
    enabled: row.enabled,
    enabledAt: row.enabled_at ? new Date(row.enabled_at).toISOString() : null,
    enabledBy: row.enabled_by,
    gateSnapshot: row.gate_snapshot,
    updatedAt: new Date(row.updated_at).toISOString(),
    updatedBy: row.updated_by,
  };
}
