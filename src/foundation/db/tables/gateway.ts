import type { Json, JsonWithDefault, Timestamp, WithDefault } from './core.ts';

// Row types of the gateway tables (created by migrations 0300_gateway and 0301_gateway_vault), the audit trail included.

export interface ApiKeysTable {
  id: string;
  name: string;
  role: string;
  key_hash: string;
  key_prefix: string;
  requests_per_minute: number | null;
  requests_per_day: number | null;
  created_at: WithDefault<Date>;
  revoked_at: Date | null;
}

export interface UpstreamRow {
  model: string;
  timeout_ms?: number;
}

export interface DeploymentsTable {
  name: string;
  public_model: string;
  use_case: string | null;
  upstreams: Json<UpstreamRow[]>;
  /** null: the guard picks the policy by the request's use case. */
  policy: string | null;
  created_at: WithDefault<Date>;
  updated_at: WithDefault<Date>;
}

export interface DeploymentStatusTable {
  kind: 'deployment' | 'model';
  name: string;
  status: 'active' | 'suspended';
  reason: string | null;
  changed_by: string | null;
  changed_at: WithDefault<Date>;
}

export interface AuditRecordsTable {
  seq: number;
  record_id: string;
  created_at: Timestamp;
  kind: string;
  actor_key_id: string | null;
  deployment: string | null;
  response_id: string | null;
  decision: string | null;
  body: string;
  prev_hash: string;
  hash: string;
}

export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
}

export interface ReviewItemsTable {
  id: string;
  response_id: string;
  created_at: WithDefault<Date>;
  deployment: string;
  model_id: string | null;
  use_case: string;
  policy: string;
  reasons: JsonWithDefault<string[]>;
  status: WithDefault<'pending' | 'approved' | 'corrected' | 'rejected'>;
  messages: Json<Array<{ role: string; content: string }>>;
  answer: string;
  correction: string | null;
  note: string | null;
  reviewer_key_id: string | null;
  reviewed_at: Date | null;
}

export interface FeedbackTable {
  id: string;
  response_id: string;
  key_id: string;
  rating: number;
  comment: string | null;
  created_at: WithDefault<Date>;
}

export interface VaultEntriesTable {
  conversation_id: string;
  pseudonym: string;
  type: string;
  fingerprint: string;
  ciphertext: string;
  created_at: Timestamp;
}

export interface GatewayTables {
  api_keys: ApiKeysTable;
  deployments: DeploymentsTable;
  deployment_status: DeploymentStatusTable;
  audit_records: AuditRecordsTable;
  audit_head: AuditHeadTable;
  review_items: ReviewItemsTable;
  feedback: FeedbackTable;
  vault_entries: VaultEntriesTable;
}
