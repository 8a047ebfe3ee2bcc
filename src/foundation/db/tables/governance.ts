import type { ColumnType, Generated } from 'kysely';
import type { JsonWithDefault, Timestamp, WithDefault } from './core.ts';

// Row types of the governance tables (created by migration 0400_governance).

type Nullable<T> = ColumnType<T | null, T | null | undefined, T | null>;

/** What governance knows about a deployment beyond its routing: intended use, oversight, go-live. */
export interface GovDeploymentProfilesTable {
  deployment: string;
  /** A use-case id from the catalogue (data/governance/use-cases.yaml). */
  use_case: Nullable<string>;
  human_oversight: Nullable<string>;
  /** The deployer organisation (WHO value chain), if it differs from the model record's. */
  deployer: Nullable<string>;
  notes: Nullable<string>;
  enabled: WithDefault<boolean>;
  enabled_at: Nullable<Date>;
  enabled_by: Nullable<string>;
  /** The gate result the enablement was granted on (model versions, runs, assessments). */
  gate_snapshot: ColumnType<Record<string, unknown> | null, string | null | undefined, string | null>;
  updated_at: Timestamp;
  updated_by: string;
}

/** One versioned step of a model's or deployment's lineage (append-only; a change is a new version). */
export interface GovLineageTable {
  id: string;
  subject_kind: 'model' | 'deployment';
  subject: string;
  step: string;
  version: string;
  actor_role: 'developer' | 'provider' | 'deployer';
  organisation: Nullable<string>;
  description: string;
  details: JsonWithDefault<Record<string, unknown>>;
  created_at: Timestamp;
  created_by: string;
}

export type AssessmentStatus = 'draft' | 'submitted' | 'approved' | 'changes_requested';

export interface GovAssessmentsTable {
  id: string;
  template_id: string;
  template_version: string;
  subject_kind: 'deployment' | 'model';
  subject: string;
  status: AssessmentStatus;
  answers: JsonWithDefault<Record<string, unknown>>;
  revision: WithDefault<number>;
  completeness: WithDefault<number>;
  risk_score: WithDefault<number>;
  risk_level: string;
  blockers: JsonWithDefault<string[]>;
  author: string;
  contributors: JsonWithDefault<string[]>;
  created_at: Timestamp;
  updated_at: Timestamp;
  submitted_at: Nullable<Date>;
  reviewer: Nullable<string>;
  reviewed_at: Nullable<Date>;
  review_note: Nullable<string>;
  valid_until: Nullable<Date>;
}

export type IncidentSeverity = 'low' | 'medium' | 'high' | 'critical';
export type IncidentStatus = 'open' | 'investigating' | 'mitigated' | 'resolved' | 'closed';

export interface GovIncidentsTable {
  id: string;
  title: string;
  description: string;
  severity: IncidentSeverity;
  status: IncidentStatus;
  source: 'cli' | 'api' | 'auto';
  rule_id: Nullable<string>;
  deployment: Nullable<string>;
  model_id: Nullable<string>;
  corrective_action: Nullable<string>;
  /** Ids of the audit records the incident is about (record_id, not seq). */
  audit_record_ids: JsonWithDefault<string[]>;
  /** Set while an automatic incident is open, so replicas scanning at once open it only once. */
  dedupe_key: Nullable<string>;
  reported_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  resolved_at: Nullable<Date>;
}

export interface GovIncidentEventsTable {
  id: Generated<number>;
  incident_id: string;
  at: Timestamp;
  actor: string;
  action: string;
  from_status: Nullable<string>;
  to_status: Nullable<string>;
  note: Nullable<string>;
  details: JsonWithDefault<Record<string, unknown>>;
}

export interface GovernanceTables {
  gov_deployment_profiles: GovDeploymentProfilesTable;
  gov_lineage: GovLineageTable;
  gov_assessments: GovAssessmentsTable;
  gov_incidents: GovIncidentsTable;
  gov_incident_events: GovIncidentEventsTable;
}
