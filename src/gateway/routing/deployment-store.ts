import { type DeploymentConfig, deploymentConfigSchema } from '../../foundation/config.ts';
import type { Db } from '../../foundation/db/database.ts';
import { describeZodIssues, YihengError } from '../../foundation/errors.ts';
import type { DeploymentStatus } from './deployment.ts';

export interface StatusEntry {
  kind: 'deployment' | 'model';
  name: string;
  status: DeploymentStatus;
  reason: string | null;
  changedBy: string | null;
  changedAt: Date;
}

/**
 * Deployments defined in the database (beside those in yiheng.yaml) and the status of every
 * deployment and model. Governance's kill switch writes status here; every replica's catalog
 * re-reads it within `gateway.status_ttl_ms`.
 */
export class DeploymentStore {
  constructor(private readonly db: Db) {}

  async list(): Promise<DeploymentConfig[]> {
    const rows = await this.db.selectFrom('deployments').selectAll().orderBy('name').execute();
    return rows.map((row) => ({
      name: row.name,
      model: row.public_model,
      ...(row.use_case ? { use_case: row.use_case } : {}),
      upstreams: row.upstreams,
      ...(row.policy ? { policy: row.policy } : {}),
    }));
  }

  /** Creates or replaces a deployment definition. */
  async put(input: unknown): Promise<DeploymentConfig> {
    const parsed = deploymentConfigSchema.safeParse(input);
    if (!parsed.success) {
      throw new YihengError(`invalid deployment: ${describeZodIssues(parsed.error)}`, {
        hint: 'a deployment needs a name and upstreams: [{ model: <registered model id> }]',
        code: 'invalid_deployment',
      });
    }
    const d = parsed.data;
    const values = {
      public_model: d.model ?? d.name,
      use_case: d.use_case ?? null,
      upstreams: JSON.stringify(d.upstreams),
      policy: d.policy ?? null,
      updated_at: new Date(),
    };
    try {
      await this.db
        .insertInto('deployments')
        .values({ name: d.name, ...values })
        .onConflict((oc) => oc.column('name').doUpdateSet(values))
        .execute();
    } catch (cause) {
      throw new YihengError(
        `another deployment already serves model "${values.public_model}" for use case "${values.use_case ?? '(any)'}"`,
        { hint: 'choose another public model name or use case', code: 'deployment_conflict', cause },
      );
    }
    return { ...d, model: values.public_model };
  }

  async remove(name: string): Promise<boolean> {
    const result = await this.db.deleteFrom('deployments').where('name', '=', name).executeTakeFirst();
    return Number(result.numDeletedRows ?? 0) > 0;
  }

  async statuses(): Promise<StatusEntry[]> {
    const rows = await this.db.selectFrom('deployment_status').selectAll().execute();
    return rows.map((r) => ({
      kind: r.kind,
      name: r.name,
      status: r.status,
      reason: r.reason,
      changedBy: r.changed_by,
      changedAt: new Date(r.changed_at),
    }));
  }

  /** Suspends or resumes a deployment or a model (the kill switch). The caller audits it. */
  async setStatus(entry: {
    kind: 'deployment' | 'model';
    name: string;
    status: DeploymentStatus;
    reason?: string | null;
    changedBy?: string | null;
  }): Promise<void> {
    const values = {
      status: entry.status,
      reason: entry.reason ?? null,
      changed_by: entry.changedBy ?? null,
      changed_at: new Date(),
    };
    await this.db
      .insertInto('deployment_status')
      .values({ kind: entry.kind, name: entry.name, ...values })
      .onConflict((oc) => oc.columns(['kind', 'name']).doUpdateSet(values))
      .execute();
  }
}
