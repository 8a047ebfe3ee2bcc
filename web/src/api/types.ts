// The shapes the console reads from the gateway. They mirror the server's JSON (snake_case kept),
// and only the fields the pages use are listed.

export type Bilingual = { zh: string; en: string };

export interface Session {
  key: { id: string; name: string; role: string; prefix: string };
  can: string[];
}

export interface Estimate {
  value: number | null;
  ci_low: number | null;
  ci_high: number | null;
  n: number;
}

export interface Metric extends Estimate {
  label: Bilingual;
  higher_is_better: boolean;
  unit?: 'rate' | 'score' | 'count';
}

export interface GroupTable {
  groups: Record<string, Estimate>;
  disparity: Estimate | null;
}

export interface Failure {
  task: string;
  item_id: string;
  variant: string;
  lang: string;
  score: number | null;
  status: 'ok' | 'error';
  prompt: string;
  expected: string;
  response: string | null;
  parsed: string | null;
  note: string | null;
}

export interface Results {
  run_id: string;
  model: { id: string; version: string };
  suite: { id: string; version: string; title: Bilingual; hash: string };
  n_items: number;
  n_errors: number;
  n_skipped: number;
  overall: Estimate | null;
  metrics: Record<string, Metric>;
  dimensions: Record<
    string,
    Estimate & { label: Bilingual; level: string; level_label: Bilingual; tasks: string[] }
  >;
  tasks: Record<
    string,
    {
      task: string;
      type: string;
      ability: string;
      n_items: number;
      n_errors: number;
      primary_metric: string;
      metrics: Record<string, Metric>;
    }
  >;
  subgroups: Record<string, GroupTable>;
  fairness: Record<string, { consistency: Estimate; slots: Record<string, GroupTable> }>;
  resources: {
    calls: number;
    cached_calls: number;
    prompt_tokens: number;
    completion_tokens: number;
    latency_ms: { mean: number | null; p50: number | null; p95: number | null };
    cost_usd: number | null;
  };
  failures: Failure[];
  started_at: string;
  finished_at: string;
  duration_s: number;
}

export interface RunSummary {
  id: string;
  status: 'running' | 'completed' | 'failed' | 'interrupted';
  model: { id: string; version: string };
  suite: { id: string; version: string; hash: string };
  n_items: number;
  n_errors: number;
  overall: number | null;
  started_at: string;
  finished_at: string | null;
  error: string | null;
}

export interface RunDetail extends RunSummary {
  results: Results | null;
}

export interface Job {
  run_id: string;
  suite: string;
  model: string;
  state: 'running' | 'completed' | 'failed';
  done: number;
  total: number;
  errors: number;
  overall: number | null;
  error: string | null;
}

export interface SuiteEntry {
  id: string;
  title: Bilingual;
  version: string;
  tasks: number;
}

export interface ModelEntry {
  id: string;
  version: string;
  provider: string;
  origin: string;
}

export interface LeaderboardRow {
  rank: number;
  model: string;
  version: string;
  suite: string;
  overall: number | null;
  ci_low: number | null;
  ci_high: number | null;
  n_items: number;
  run_id: string;
  finished_at: string | null;
}

export interface PairedDifference {
  /** mean(b) − mean(a) */
  delta: number;
  ci_low: number;
  ci_high: number;
  p_value: number;
  n: number;
}

export interface MetricDelta {
  a: number | null;
  b: number | null;
  delta: number | null;
  higher_is_better: boolean;
}

export interface Comparison {
  a: { run_id: string; model: string; version: string; suite: string };
  b: { run_id: string; model: string; version: string; suite: string };
  same_suite: boolean;
  overall: {
    paired: PairedDifference;
    mcnemar: { a_only: number; b_only: number; p_value: number } | null;
    n_paired: number;
  };
  dimensions: Record<string, MetricDelta>;
  tasks: Record<string, { n_paired: number; primary_metric: string; paired: PairedDifference }>;
}

export type Decision = 'allow' | 'redact' | 'review' | 'escalate' | 'block';

export interface DeploymentRow {
  name: string;
  public_model: string;
  use_case: string | null;
  policy: string | null;
  origin: string;
  upstreams: string[];
  status: 'active' | 'suspended';
  status_reason: string | null;
  suspended_models: string[];
  decisions: Record<string, number>;
}

export interface Overview {
  window_hours: number;
  deployments: DeploymentRow[];
  requests: { answered: number; errors: number };
  decisions: Record<string, number>;
  decisions_by_hour: Array<{ hour: string; decision: string; n: number }>;
  reviews_pending: number;
  recent_runs: RunSummary[];
}

export interface YihengDecisions {
  deployment: string;
  use_case: string;
  policy: { name: string; version: string };
  model: { id: string; version: string } | null;
  fallback?: Array<{ model: string; outcome: string }>;
  decision: Decision;
  input: { decision: Decision; findings: Record<string, number> };
  output: { decision: Decision; findings: Record<string, number> };
  triage: string | null;
  escalated: boolean;
  review: { queued: boolean; id: string | null };
  label: string | null;
  personal_data_restored: boolean;
  conversation_id: string;
}

export interface ChatCompletion {
  id: string;
  choices: Array<{ message: { content: string | null }; finish_reason: string }>;
  yiheng: YihengDecisions;
}

export interface Inspection {
  decision: Decision;
  findings: Record<string, number>;
  messages: Array<{
    role: string;
    sent_to_model: string;
    spans: Array<{ start: number; end: number; replacement: string }>;
  }>;
}

export interface ReviewItem {
  id: string;
  responseId: string;
  createdAt: string;
  deployment: string;
  modelId: string | null;
  useCase: string;
  policy: string;
  reasons: string[];
  status: 'pending' | 'approved' | 'corrected' | 'rejected';
  messages: Array<{ role: string; content: string }>;
  answer: string;
  correction: string | null;
  note: string | null;
  reviewedAt: string | null;
}

export interface AuditEntry {
  seq: number;
  id: string;
  at: string;
  kind: string;
  actor: { key_id: string | null; role: string | null };
  deployment: string | null;
  response_id: string | null;
  decision: string | null;
  data: Record<string, unknown>;
  hash: string;
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  head: { seq: number; hash: string };
  problem?: { seq: number; recordId: string | null; reason: string; message: string };
}

export interface ListOf<T> {
  data: T[];
}
