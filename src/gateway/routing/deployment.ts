import type { DeploymentConfig } from '../../foundation/config.ts';

export interface Upstream {
  /** A registered model id. */
  modelId: string;
  timeoutMs: number;
}

/** A public model name (and use case) served by upstream models in fallback order, under a guard policy. */
export interface Deployment {
  name: string;
  /** The model name clients send. */
  publicModel: string;
  /** null: serves any use case (the request's x-yiheng-use-case, or "general"). */
  useCase: string | null;
  /** The guard policy; null lets the request's use case choose it (data/policies/*.yaml use_cases). */
  policy: string | null;
  upstreams: Upstream[];
  /** config: yiheng.yaml; database: created through the API; implicit: one per registered model. */
  origin: 'config' | 'database' | 'implicit';
}

export type DeploymentStatus = 'active' | 'suspended';

/** A deployment as a request meets it: its definition and whether it may serve now. */
export interface LiveDeployment extends Deployment {
  status: DeploymentStatus;
  statusReason: string | null;
  /** Upstream models withdrawn by a model-level suspension; they are skipped in the fallback order. */
  suspendedModels: string[];
}

export const DEFAULT_USE_CASE = 'general';

export function fromConfig(
  d: DeploymentConfig,
  defaults: { timeoutMs: number },
  origin: 'config' | 'database',
): Deployment {
  return {
    name: d.name,
    publicModel: d.model ?? d.name,
    useCase: d.use_case ?? null,
    policy: d.policy ?? null,
    upstreams: d.upstreams.map((u) => ({ modelId: u.model, timeoutMs: u.timeout_ms ?? defaults.timeoutMs })),
    origin,
  };
}
