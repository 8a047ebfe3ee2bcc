import type { ApiRole } from '../../foundation/config.ts';
import type { Language } from '../../foundation/text/language.ts';
import type { ChatMessage } from '../../models/provider.ts';

/**
 * The narrow interface the gateway needs from the guard. The gateway composes the guard (issue 6)
 * through an adapter, so the pipeline, its tests and its benchmarks do not depend on the guard's
 * internals, and the guard does not depend on HTTP.
 */

export type GuardDecision = 'allow' | 'redact' | 'review' | 'escalate' | 'block';

/** Types and counts only — never the text that was found. */
export type FindingCounts = Record<string, number>;

export type Triage = 'emergency' | 'urgent' | 'routine';

export interface GuardContext {
  useCase: string;
  role: ApiRole;
  /** Pseudonyms are consistent within a conversation and restorable from its vault entries. */
  conversationId: string;
}

export interface InputInspection {
  decision: GuardDecision;
  findings: FindingCounts;
  /** The messages with personal data pseudonymised: the only version that leaves the gateway. */
  messages: ChatMessage[];
  /** Whether the request still goes to the model (false when blocked, or escalated under a policy that stops there). */
  forward: boolean;
  triage?: Triage;
  /** Shown before the answer when the input describes an emergency (in the user's language). */
  escalation?: string;
  /** Shown instead of an answer when the request is blocked: kind, with resources. */
  refusal?: string;
  /** The policy wants a person to look at this exchange. */
  review?: boolean;
}

export interface OutputInspection {
  decision: GuardDecision;
  findings: FindingCounts;
  /** The text to pass on, rewritten where the policy rewrites (e.g. first-person clinical phrasing). */
  text: string;
  /** When blocked: what the user sees instead. */
  replacement?: string;
  review?: boolean;
}

export interface AiLabel {
  text: string;
  position: 'prefix' | 'suffix';
}

export interface GuardStage {
  readonly policy: { name: string; version: string };
  /** The visible AI-generated label or disclaimer the policy asks for, in the user's language. */
  label(language: Language): AiLabel | undefined;
  /** Whether this role may see personal data restored in answers (the policy's restore_roles). */
  canRestore(role: ApiRole): boolean;
  inspectInput(messages: ChatMessage[], ctx: GuardContext): Promise<InputInspection>;
  /** Called on the whole answer, or on each sentence of a streamed answer. */
  inspectOutput(text: string, ctx: GuardContext): Promise<OutputInspection>;
  /** Puts the originals back in place of the pseudonyms (for roles allowed to see them). */
  restore(text: string, ctx: GuardContext): Promise<string>;
  /** Pseudonymises free text that is not a chat turn (feedback comments, reviewer corrections). */
  pseudonymise(text: string, ctx: GuardContext): Promise<string>;
}

/**
 * Finds the stage for a request: the deployment's policy when it names one, otherwise the policy
 * that serves the use case. Rejects with a YihengError for an unknown policy.
 */
export interface GuardProvider {
  stage(request: { policy: string | null; useCase: string }): Promise<GuardStage>;
}

const severity: Record<GuardDecision, number> = { allow: 0, redact: 1, review: 2, escalate: 3, block: 4 };

/** The strongest of several decisions: what the audit record and metrics report for the request. */
export function strongest(...decisions: Array<GuardDecision | undefined>): GuardDecision {
  let best: GuardDecision = 'allow';
  for (const d of decisions) if (d && severity[d] > severity[best]) best = d;
  return best;
}

export function mergeCounts(...counts: FindingCounts[]): FindingCounts {
  const out: FindingCounts = {};
  for (const c of counts) for (const [type, n] of Object.entries(c)) out[type] = (out[type] ?? 0) + n;
  return out;
}
