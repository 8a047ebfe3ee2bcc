import type { Config } from '../../foundation/config.ts';
import type { Db } from '../../foundation/db/database.ts';
import type { ModelRecord, ModelRegistry } from '../../models/registry.ts';
import { notFound } from '../shared/errors.ts';

/** Who wrote a status row that holds a high-risk deployment until its gate passes. */
export const GATE_HOLD_ACTOR = 'governance:gate';

export interface DeploymentStatusView {
  state: 'active' | 'suspended';
  /** Suspended by governance because the deployment has not passed its gate (not a kill switch). */
  heldByGate: boolean;
  reason: string | null;
  changedBy: string | null;
  changedAt: string | null;
}

/** A deployment as governance sees it: its routing facts and whether it may serve now. */
export interface DeploymentInfo {
  name: string;
  publicModel: string;
  /** The gateway's use_case (x-yiheng-use-case), if the deployment names one. */
  useCase: string | null;
  /** The guard policy; null lets the request's use case choose it. */
  policy: string | null;
  /** Upstream model ids in fallback order. */
  upstreams: string[];
  origin: 'config' | 'database' | 'implicit';
  status: DeploymentStatusView;
  /** Upstream models withdrawn by a model-level suspension. */
  suspendedModels: string[];
}

/**
 * Lists deployments the way the gateway's catalogue does (database definitions, then yiheng.yaml,
 * then one implicit deployment per registered model), without importing the gateway: governance
 * sits below it. Statuses come from the shared deployment_status table.
 */
export class DeploymentDirectory {
  constructor(
    private readonly db: Db,
    private readonly config: Config,
    private readonly registry: ModelRegistry,
  ) {}

  async list(): Promise<DeploymentInfo[]> {
    const gw = this.config.gateway;
    const [stored, statuses, models] = await Promise.all([
      this.db.selectFrom('deployments').selectAll().orderBy('name').execute(),
      this.db.selectFrom('deployment_status').selectAll().execute(),
      this.registry.list(),
    ]);
    type Base = Omit<DeploymentInfo, 'status' | 'suspendedModels'>;
    const byName = new Map<string, Base>();
    for (const row of stored) {
      byName.set(row.name, {
        name: row.name,
        publicModel: row.public_model,
        useCase: row.use_case,
        policy: row.policy,
        upstreams: row.upstreams.map((u) => u.model),
        origin: 'database',
      });
    }
    for (const d of gw.deployments) {
      byName.set(d.name, {
        name: d.name,
        publicModel: d.model ?? d.name,
        useCase: d.use_case ?? null,
        policy: d.policy ?? null,
        upstreams: d.upstreams.map((u) => u.model),
        origin: 'config',
      });
    }
    const publicNames = new Set([...byName.values()].map((d) => d.publicModel));
    for (const model of models) {
      if (publicNames.has(model.id) || byName.has(model.id)) continue;
      byName.set(model.id, {
        name: model.id,
        publicModel: model.id,
        useCase: null,
        policy: null,
        upstreams: [model.id],
        origin: 'implicit',
      });
    }
    const status = new Map(statuses.map((s) => [`${s.kind}:${s.name}`, s]));
    const suspendedModels = new Set(
      statuses.filter((s) => s.kind === 'model' && s.status === 'suspended').map((s) => s.name),
    );
    return [...byName.values()]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((d) => {
        const own = status.get(`deployment:${d.name}`);
        return {
          ...d,
          status: {
            state: own?.status ?? 'active',
            heldByGate: own?.status === 'suspended' && own.changed_by === GATE_HOLD_ACTOR,
            reason: own?.reason ?? null,
            changedBy: own?.changed_by ?? null,
            changedAt: own?.changed_at ? new Date(own.changed_at).toISOString() : null,
          },
          suspendedModels: d.upstreams.filter((m) => suspendedModels.has(m)),
        };
      });
  }

  async find(name: string): Promise<DeploymentInfo | undefined> {
    return (await this.list()).find((d) => d.name === name);
  }

  async get(name: string): Promise<DeploymentInfo> {
    const found = await this.find(name);
    if (!found) throw notFound(`deployment "${name}"`, 'see `yiheng deploy list`');
    return found;
  }

  async model(id: string): Promise<ModelRecord | undefined> {
    return this.registry.find(id);
  }

  async models(): Promise<ModelRecord[]> {
    return this.registry.list();
  }

  async modelStatus(id: string): Promise<DeploymentStatusView> {
    const row = await this.db
      .selectFrom('deployment_status')
      .selectAll()
      .where('kind', '=', 'model')
      .where('name', '=', id)
      .executeTakeFirst();
    return {
      state: row?.status ?? 'active',
      heldByGate: false,
      reason: row?.reason ?? null,
      changedBy: row?.changed_by ?? null,
      changedAt: row?.changed_at ? new Date(row.changed_at).toISOString() : null,
    };
  }
}
