import type { Bilingual, Estimate } from './types.ts';

/**
 * Governance's API (issue 8) under /api/governance, in one place: paths and the shapes the pages
 * read. A route this gateway does not serve answers 404 unknown_route, and the page then says
 * "not available yet" instead of showing anything invented.
 */
const base = '/api/governance';
const dep = (name: string) => `${base}/deployments/${encodeURIComponent(name)}`;

export const governanceApi = {
  deployments: `${base}/deployments`,
  deployment: dep,
  gate: (name: string) => `${dep(name)}/gate`,
  label: (name: string) => `${dep(name)}/label`,
  lineage: (name: string) => `${dep(name)}/lineage`,
  monitoring: (name: string, query: string) => `${dep(name)}/monitoring?${query}`,
  drift: (name: string) => `${dep(name)}/drift`,
  dossier: (name: string) => `${dep(name)}/dossier?format=html`,
  suspend: (name: string) => `${dep(name)}/suspend`,
  resume: (name: string) => `${dep(name)}/resume`,
  incidents: `${base}/incidents`,
  incident: (id: string) => `${base}/incidents/${encodeURIComponent(id)}`,
  assessments: `${base}/assessments`,
  assessment: (id: string) => `${base}/assessments/${encodeURIComponent(id)}`,
  templates: `${base}/assessment-templates`,
  modelCard: (model: string) => `${base}/model-card?model=${encodeURIComponent(model)}`,
};

export interface Proportion {
  value: number | null;
  ci_low: number | null;
  ci_high: number | null;
  n: number;
  k: number;
}

export type Known<T> = { known: true; value: T; basis: Bilingual } | { known: false; reason: Bilingual };

export interface GovernedDeployment {
  name: string;
  publicModel: string;
  useCase: string | null;
  upstreams: string[];
  status: {
    state: 'active' | 'suspended';
    heldByGate: boolean;
    reason: string | null;
    changedAt: string | null;
  };
  useCaseId: string | null;
  riskTier: string | null;
  gated: boolean;
}

export interface GateRequirement {
  id: string;
  kind: string;
  met: boolean;
  title: Bilingual;
  found: Bilingual;
  fix?: Bilingual;
}

export interface GateResult {
  deployment: string;
  useCase: { id: string; title: Bilingual; riskTier: string } | null;
  gated: boolean;
  mayGoLive: boolean;
  requirements: GateRequirement[];
  checkedAt: string;
}

export interface NutritionLabel {
  deployment: { name: string; publicModel: string; status: string };
  aiGenerated: Bilingual;
  warnings: Bilingual[];
  intendedUse: {
    useCase: { id: string; title: Bilingual; description: Bilingual; audience: string } | null;
    riskTier: { id: string; title: Bilingual } | null;
    euAiActClass: string | null;
    humanOversight: { mode: string; title: Bilingual } | null;
  };
  models: Array<{
    id: string;
    version: string;
    role: string;
    developer: string | null;
    provider: string | null;
    baseModel: string | null;
  }>;
  capabilities: Array<{
    suite: string;
    title: Bilingual;
    runId: string;
    overall: Estimate | null;
    nItems: number;
  }>;
  hallucination: Known<{ rate: Proportion; suite: string }>;
  subgroupGaps: Known<Array<{ suite: string; task: string; attribute: string; disparity: Estimate }>>;
  limits: Bilingual[];
  languages: string[];
  knowledgeCutoff: Known<string>;
  costPer1kRequestsUsd: Known<number>;
  energyPer1kRequestsWh: Known<number>;
  gate: { mayGoLive: boolean; met: number; total: number };
  incidents: { open: number; total: number };
}

export interface LineageStep {
  stage: 'base' | 'modification' | 'deployment';
  step: string;
  role: 'developer' | 'provider' | 'deployer';
  organisation: string | null;
  subject: string;
  version: string;
  description: string;
  source: string;
}

export interface DeploymentLineage {
  deployment: string;
  chains: Array<{ model: string; version: string; steps: LineageStep[] }>;
  deploymentSteps: LineageStep[];
}

export interface Incident {
  id: string;
  title: string;
  description: string;
  severity: 'low' | 'medium' | 'high' | 'critical';
  status: 'open' | 'investigating' | 'mitigated' | 'resolved' | 'closed';
  source: 'cli' | 'api' | 'auto';
  rule: string | null;
  deployment: string | null;
  model: string | null;
  corrective_action: string | null;
  audit_record_ids: string[];
  reported_by: string;
  created_at: string;
  updated_at: string;
  events?: Array<{
    at: string;
    actor: string;
    action: string;
    from_status: string | null;
    to_status: string | null;
    note: string | null;
  }>;
}

export const INCIDENT_TRANSITIONS: Record<Incident['status'], Incident['status'][]> = {
  open: ['investigating', 'mitigated', 'resolved', 'closed'],
  investigating: ['mitigated', 'resolved', 'closed'],
  mitigated: ['investigating', 'resolved', 'closed'],
  resolved: ['investigating', 'closed'],
  closed: [],
};

export interface Assessment {
  id: string;
  template: { id: string; version: string; title: Bilingual };
  subject: { kind: string; name: string };
  status: 'draft' | 'submitted' | 'approved' | 'changes_requested';
  revision: number;
  score: {
    completeness: number;
    risk_score: number;
    risk_max: number;
    risk_level: string;
    risk_label: Bilingual;
    blockers: string[];
  };
  author: string;
  reviewer: string | null;
  review_note: string | null;
  updated_at: string;
  valid_until: string | null;
  valid: boolean;
}

export interface AssessmentTemplate {
  id: string;
  version: string;
  title: Bilingual;
  description: Bilingual;
}

export interface SeriesPoint {
  start: string;
  group: string;
  counts: { requests: number };
  rates: Record<
    | 'block_rate'
    | 'refusal_rate'
    | 'escalation_rate'
    | 'review_rate'
    | 'negative_feedback_rate'
    | 'correction_rate',
    Proportion
  > & {
    mean_rating: number | null;
  };
}

export interface DriftVerdict {
  rule: string;
  title: Bilingual;
  status: 'ok' | 'alert' | 'insufficient_data';
  message: Bilingual;
}

export interface ModelCard {
  model: {
    id: string;
    version: string;
    provider: string;
    upstreamModel: string | null;
    baseModel: string | null;
    origin: string;
  };
  valueChain: { developer: string | null; provider: string | null; deployer: string | null };
  intendedUse: string | null;
  languages: string[];
  knowledgeCutoff: string | null;
  evaluations: Array<{
    suite: string;
    title: Bilingual;
    runId: string;
    finishedAt: string;
    nItems: number;
    overall: Estimate | null;
  }>;
  groupsEvaluated: boolean;
  limits: Bilingual[];
}
