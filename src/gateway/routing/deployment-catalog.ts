import type { Config } from '../../foundation/config.ts';
import { GATE_HOLD_REASON } from '../../governance/killswitch/kill-switch.ts';
import type { ModelRecord, ModelRegistry } from '../../models/registry.ts';
import { ApiError } from '../http/api-error.ts';
import { DEFAULT_USE_CASE, type Deployment, fromConfig, type LiveDeployment } from './deployment.ts';
import type { DeploymentStore } from './deployment-store.ts';

export interface CatalogSnapshot {
  deployments: LiveDeployment[];
  models: Map<string, ModelRecord>;
  takenAt: number;
}

export interface Resolution {
  deployment: LiveDeployment;
  /** The use case the guard runs for. */
  useCase: string;
}

/**
 * Which deployment serves a request. Reads deployments, statuses and registered models together
 * and keeps them for `ttlMs` (≤ 1 s), so a suspension written by any replica or CLI applies here
 * within that time, while a request costs no database round trip in between.
 */
export class DeploymentCatalog {
  private current: CatalogSnapshot | undefined;
  private loading: Promise<CatalogSnapshot> | undefined;

  constructor(
    private readonly deps: {
      store: DeploymentStore;
      registry: ModelRegistry;
      gateway: Config['gateway'];
      ttlMs?: number;
      now?: () => number;
    },
  ) {}

  private get ttl(): number {
    return this.deps.ttlMs ?? this.deps.gateway.status_ttl_ms;
  }

  async snapshot(): Promise<CatalogSnapshot> {
    const now = (this.deps.now ?? Date.now)();
    if (this.current && now - this.current.takenAt < this.ttl) return this.current;
    // One reload at a time; concurrent requests share it.
    this.loading ??= this.load().finally(() => {
      this.loading = undefined;
    });
    return this.loading;
  }

  /** Drops the cached copy (after a local change). */
  invalidate(): void {
    this.current = undefined;
  }

  private async load(): Promise<CatalogSnapshot> {
    const { store, registry, gateway } = this.deps;
    const [stored, statuses, models] = await Promise.all([store.list(), store.statuses(), registry.list()]);
    const defaults = { timeoutMs: gateway.upstream_timeout_ms };
    const byName = new Map<string, Deployment>();
    for (const d of stored) byName.set(d.name, fromConfig(d, defaults, 'database'));
    // The file wins over the database, as it does for models.
    for (const d of gateway.deployments) byName.set(d.name, fromConfig(d, defaults, 'config'));
    const publicNames = new Set([...byName.values()].map((d) => d.publicModel));
    for (const model of models) {
      if (publicNames.has(model.id) || byName.has(model.id)) continue;
      byName.set(model.id, {
        name: model.id,
        publicModel: model.id,
        useCase: null,
        policy: null,
        upstreams: [{ modelId: model.id, timeoutMs: model.timeoutMs ?? gateway.upstream_timeout_ms }],
        origin: 'implicit',
      });
    }
    const status = new Map(statuses.map((s) => [`${s.kind}:${s.name}`, s]));
    const suspendedModels = statuses
      .filter((s) => s.kind === 'model' && s.status === 'suspended')
      .map((s) => s.name);
    const deployments = [...byName.values()]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((d): LiveDeployment => {
        const own = status.get(`deployment:${d.name}`);
        return {
          ...d,
          status: own?.status ?? 'active',
          statusReason: own?.reason ?? null,
          suspendedModels: d.upstreams.map((u) => u.modelId).filter((m) => suspendedModels.includes(m)),
        };
      });
    this.current = {
      deployments,
      models: new Map(models.map((m) => [m.id, m])),
      takenAt: (this.deps.now ?? Date.now)(),
    };
    return this.current;
  }

  /** The deployment for a public model name and an optional use case, or an error that says which exist. */
  async resolve(model: string, requestedUseCase: string | undefined): Promise<Resolution> {
    const snapshot = await this.snapshot();
    const candidates = snapshot.deployments.filter((d) => d.publicModel === model);
    if (candidates.length === 0) {
      const names = [...new Set(snapshot.deployments.map((d) => d.publicModel))];
      throw new ApiError(404, 'not_found_error', 'model_not_found', `the model "${model}" does not exist`, {
        param: 'model',
        hint: `available models: ${names.slice(0, 20).join(', ')}${names.length > 20 ? ', …' : ''} (GET /v1/models lists them)`,
      });
    }
    const exact = requestedUseCase ? candidates.find((d) => d.useCase === requestedUseCase) : undefined;
    const deployment =
      exact ??
      candidates.find((d) => d.useCase === null) ??
      (candidates.length === 1 && !requestedUseCase ? candidates[0] : undefined);
    if (!deployment) {
      const useCases = candidates.map((d) => d.useCase).filter(Boolean);
      throw new ApiError(
        400,
        'invalid_request_error',
        'use_case_required',
        requestedUseCase
          ? `model "${model}" is not deployed for use case "${requestedUseCase}"`
          : `model "${model}" is deployed for several use cases`,
        { hint: `send the header x-yiheng-use-case with one of: ${useCases.join(', ')}` },
      );
    }
    if (deployment.status === 'suspended') {
      throw new ApiError(
        503,
        'unavailable_error',
        'deployment_suspended',
        `deployment "${deployment.name}" is suspended${deployment.statusReason ? ` (${deployment.statusReason})` : ''} · 该部署已暂停服务`,
        {
          // A go-live gate hold is also a suspension, but nobody "suspended" it: say what unblocks it.
          hint:
            deployment.statusReason === GATE_HOLD_REASON
              ? 'a high-risk deployment serves only after its go-live gate passes: see `yiheng deploy check` · 高风险部署需通过上线审批'
              : 'an administrator suspended it; it answers again once explicitly resumed · 请联系管理员',
        },
      );
    }
    if (deployment.upstreams.every((u) => deployment.suspendedModels.includes(u.modelId))) {
      throw new ApiError(
        503,
        'unavailable_error',
        'model_suspended',
        `every model behind "${deployment.name}" is suspended · 该部署的模型已暂停服务`,
        { hint: 'an administrator withdrew the model; configure another upstream or resume it' },
      );
    }
    const missing = deployment.upstreams.find((u) => !snapshot.models.has(u.modelId));
    if (missing) {
      throw new ApiError(
        500,
        'server_error',
        'deployment_misconfigured',
        `deployment "${deployment.name}" names an unregistered model "${missing.modelId}"`,
        { hint: 'register the model (`yiheng models add`) or fix the deployment' },
      );
    }
    return { deployment, useCase: deployment.useCase ?? requestedUseCase ?? DEFAULT_USE_CASE };
  }
}
