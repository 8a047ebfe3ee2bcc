import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { ModelRecord } from '../../models/registry.ts';
import type { DeploymentInfo } from '../deployments/deployment-directory.ts';
import type { LineageStore, RecordedStep } from './lineage-store.ts';

export interface LineageStep {
  stage: 'base' | 'modification' | 'deployment';
  step: string;
  /** WHO value-chain role of whoever made this step. */
  role: 'developer' | 'provider' | 'deployer';
  organisation: string | null;
  subject: string;
  version: string;
  description: string;
  /** registry: the model record; recorded: an admin recorded it; derived: read from configuration. */
  source: 'registry' | 'recorded' | 'derived';
  recordedAt?: string;
  recordedBy?: string;
  details?: Record<string, unknown>;
}

export interface ModelLineage {
  model: string;
  version: string;
  steps: LineageStep[];
}

export interface DeploymentLineage {
  deployment: string;
  /** One chain per upstream model, in fallback order. */
  chains: ModelLineage[];
  deploymentSteps: LineageStep[];
}

const POLICIES_DIR = fileURLToPath(new URL('../../../data/policies/', import.meta.url));

/** base model → provider modifications → (deployment), from the registry, configuration and records. */
export async function modelLineage(model: ModelRecord, store: LineageStore): Promise<ModelLineage> {
  const base = model.ragOf ?? model;
  const steps: LineageStep[] = [];
  steps.push({
    stage: 'base',
    step: 'base-model',
    role: 'developer',
    organisation: base.developer,
    subject: base.baseModel ?? base.upstreamModel ?? base.id,
    version: base.version,
    description: base.baseModel
      ? `base model ${base.baseModel}, served as ${base.id}`
      : `model ${base.id}${base.upstreamModel ? ` (upstream ${base.upstreamModel})` : ''}`,
    source: 'registry',
  });
  for (const recorded of await store.list({ kind: 'model', name: base.id }))
    steps.push(fromRecorded(recorded, base.id));
  if (model.ragOf) {
    steps.push({
      stage: 'modification',
      step: 'retrieval-augmentation',
      role: 'provider',
      organisation: base.providerOrg,
      subject: model.id,
      version: base.version,
      description:
        'retrieval-augmented variant: passages from the bundled knowledge base are put into the system message',
      source: 'derived',
    });
    for (const recorded of await store.list({ kind: 'model', name: model.id }))
      steps.push(fromRecorded(recorded, model.id));
  }
  return { model: model.id, version: model.version, steps };
}

export async function deploymentLineage(
  deployment: DeploymentInfo,
  models: Map<string, ModelRecord>,
  store: LineageStore,
  deployer: string | null,
): Promise<DeploymentLineage> {
  const chains: ModelLineage[] = [];
  for (const id of deployment.upstreams) {
    const model = models.get(id);
    if (model) chains.push(await modelLineage(model, store));
    else chains.push({ model: id, version: 'unknown', steps: [] });
  }
  const deploymentSteps: LineageStep[] = [
    {
      stage: 'deployment',
      step: 'guard-policy',
      role: 'deployer',
      organisation: deployer,
      subject: deployment.name,
      version: (deployment.policy && policyVersion(deployment.policy)) ?? 'unknown',
      description: deployment.policy
        ? `guard policy "${deployment.policy}" filters input and output (de-identification, escalation, blocking, labelling)`
        : 'guard policy chosen per request by its use case (de-identification, escalation, blocking, labelling)',
      source: 'derived',
    },
  ];
  for (const recorded of await store.list({ kind: 'deployment', name: deployment.name })) {
    deploymentSteps.push(fromRecorded(recorded, deployment.name));
  }
  return { deployment: deployment.name, chains, deploymentSteps };
}

function fromRecorded(r: RecordedStep, subject: string): LineageStep {
  return {
    stage: r.step === 'base-model' ? 'base' : r.subject.kind === 'deployment' ? 'deployment' : 'modification',
    step: r.step,
    role: r.role,
    organisation: r.organisation,
    subject,
    version: r.version,
    description: r.description,
    source: 'recorded',
    recordedAt: r.recordedAt,
    recordedBy: r.recordedBy,
    details: r.details,
  };
}

/** The version of a bundled guard policy, read from its data file (governance does not load the guard). */
export function policyVersion(name: string): string | undefined {
  const file = path.join(POLICIES_DIR, `${name}.yaml`);
  if (!/^[\w.-]+$/.test(name) || !existsSync(file)) return undefined;
  try {
    const parsed = parseYaml(readFileSync(file, 'utf8')) as { version?: unknown };
    return typeof parsed?.version === 'string' ? parsed.version : undefined;
  } catch {
    return undefined;
  }
}
