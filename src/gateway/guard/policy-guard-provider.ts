import { createHmac } from 'node:crypto';
import type { ApiRole } from '../../foundation/config.ts';
import { YihengError } from '../../foundation/errors.ts';
import type { Language } from '../../foundation/text/language.ts';
import { parseVaultKey, VAULT_KEY_ENV, type VaultStore } from '../../guard/deid/vault.ts';
import { DEFAULT_LABEL } from '../../guard/detectors/label.ts';
import { createGuard, type Guard } from '../../guard/guard.ts';
import type { GuardKnowledge } from '../../guard/knowledge.ts';
import type { Policy } from '../../guard/policy/schema.ts';
import type { FindingsPool } from '../../guard/threads/findings-pool.ts';
import type { ChatMessage } from '../../models/provider.ts';
import type {
  AiLabel,
  FindingCounts,
  GuardContext,
  GuardProvider,
  GuardStage,
  InputInspection,
  OutputInspection,
} from './guard-stage.ts';

export interface PolicyGuardOptions {
  policies: Policy[];
  /** Used when a request's use case matches no policy's use_cases. */
  defaultPolicy: string;
  /** Other names for policies, e.g. the file path a deployment gave. */
  aliases?: Record<string, string>;
  vaultStore?: VaultStore;
  env?: NodeJS.ProcessEnv;
  knowledge?: GuardKnowledge | false;
  /** Worker threads for the detectors (see src/guard/threads/findings-pool.ts); in-process without. */
  pool?: FindingsPool;
}

/**
 * The real guard (src/guard) behind the gateway's GuardStage interface: one guard per policy file,
 * chosen by the deployment's policy name or by the request's use case.
 */
export class PolicyGuardProvider implements GuardProvider {
  private readonly stages = new Map<string, PolicyStage>();
  private readonly byName: Map<string, Policy>;
  /** Whether pseudonyms stay the same across replicas and restarts (a stable seed secret). */
  readonly stablePseudonyms: boolean;
  private readonly secret: Buffer | undefined;

  constructor(private readonly options: PolicyGuardOptions) {
    this.byName = new Map(options.policies.map((p) => [p.name, p]));
    if (!this.byName.has(options.defaultPolicy)) {
      throw new YihengError(`the default guard policy "${options.defaultPolicy}" does not exist`, {
        hint: `set gateway.default_policy to one of: ${[...this.byName.keys()].join(', ')}`,
        code: 'unknown_policy',
      });
    }
    // Pseudonym seeds must be the same on every replica, or one conversation gets different
    // pseudonyms depending on which replica answers. Derived from the vault key when there is one.
    const raw = (options.env ?? process.env)[VAULT_KEY_ENV];
    this.secret = raw
      ? createHmac('sha256', parseVaultKey(raw)).update('yiheng pseudonym seed v1').digest()
      : undefined;
    this.stablePseudonyms = Boolean(this.secret);
  }

  /** Stops the detector threads, if any. */
  async close(): Promise<void> {
    await this.options.pool?.close();
  }

  get policyNames(): string[] {
    return [...this.byName.keys()];
  }

  async stage(request: { policy: string | null; useCase: string }): Promise<GuardStage> {
    const policy = request.policy
      ? this.byName.get(this.options.aliases?.[request.policy] ?? request.policy)
      : (this.options.policies.find((p) => p.use_cases.includes(request.useCase)) ??
        this.byName.get(this.options.defaultPolicy));
    if (!policy) {
      throw new YihengError(`unknown guard policy "${request.policy}"`, {
        hint: `known policies: ${this.policyNames.join(', ')} (data/policies/*.yaml)`,
        code: 'unknown_policy',
      });
    }
    let stage = this.stages.get(policy.name);
    if (!stage) {
      stage = new PolicyStage(
        policy,
        createGuard({
          policy,
          ...(this.options.vaultStore ? { vaultStore: this.options.vaultStore } : {}),
          ...(this.options.env ? { env: this.options.env } : {}),
          ...(this.options.knowledge !== undefined ? { knowledge: this.options.knowledge } : {}),
          ...(this.secret ? { secret: this.secret } : {}),
          ...(this.options.pool ? { pool: this.options.pool } : {}),
        }),
      );
      this.stages.set(policy.name, stage);
    }
    return stage;
  }
}

class PolicyStage implements GuardStage {
  readonly policy: { name: string; version: string };

  constructor(
    private readonly p: Policy,
    private readonly guard: Guard,
  ) {
    this.policy = { name: p.name, version: p.version };
  }

  label(language: Language): AiLabel | undefined {
    if (!this.p.label.required) return undefined;
    return { text: (this.p.label.text ?? DEFAULT_LABEL)[language], position: this.p.label.position };
  }

  canRestore(role: ApiRole): boolean {
    // Only vault-mode pseudonyms can be reversed; other modes keep no originals.
    const mode = this.p.roles[role]?.input_mode ?? this.p.pii.input_mode;
    return mode === 'vault' && this.p.pii.restore_roles.includes(role);
  }

  async inspectInput(messages: ChatMessage[], ctx: GuardContext): Promise<InputInspection> {
    const result = await this.guard.inspectInput(
      messages.map((m) => ({ ...m })),
      ctx,
    );
    return {
      decision: result.decision,
      findings: result.findings,
      messages: result.transformedMessages.map((m, i) => ({
        ...messages[i]!,
        content: typeof m.content === 'string' ? m.content : messages[i]!.content,
      })),
      forward: result.forward,
      triage: result.triage,
      ...(result.escalation ? { escalation: result.escalation.message } : {}),
      ...(result.refusal ? { refusal: result.refusal } : {}),
      review: result.decision === 'review',
    };
  }

  async inspectOutput(text: string, ctx: GuardContext): Promise<OutputInspection> {
    const result = await this.guard.inspectOutput(text, ctx);
    return {
      decision: result.decision,
      // The gateway labels every answer itself, so a missing label in the model's text is not a finding.
      findings: withoutMissingLabel(result.findings),
      text: result.rewrittenText,
      ...(result.refusal ? { replacement: result.refusal } : {}),
      review: result.decision === 'review',
    };
  }

  async restore(text: string, ctx: GuardContext): Promise<string> {
    if (!this.canRestore(ctx.role)) return text;
    return this.guard.restore(text, ctx.conversationId, { role: ctx.role, useCase: ctx.useCase });
  }

  async pseudonymise(text: string, ctx: GuardContext): Promise<string> {
    // Free text outside a conversation never needs restoring: redact rather than pseudonymise.
    return (
      await this.guard.deidentify(text, {
        mode: 'redact',
        conversationId: ctx.conversationId,
        useCase: ctx.useCase,
      })
    ).text;
  }
}

function withoutMissingLabel(findings: FindingCounts): FindingCounts {
  const { MISSING_AI_LABEL: _dropped, ...rest } = findings;
  return rest;
}
