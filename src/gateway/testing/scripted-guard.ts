import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { ApiRole } from '../../foundation/config.ts';
import { YihengError } from '../../foundation/errors.ts';
import { detectLanguage, type Language } from '../../foundation/text/language.ts';
import type { ChatMessage } from '../../models/provider.ts';
import type {
  AiLabel,
  FindingCounts,
  GuardContext,
  GuardDecision,
  GuardProvider,
  GuardStage,
  InputInspection,
  OutputInspection,
} from '../guard/guard-stage.ts';

/**
 * A TEST DOUBLE of the guard: it "detects" only the exact strings a test names, so gateway tests
 * can drive every pipeline branch (pseudonymise, restore, escalate, refuse, block, review) exactly
 * and independently of the real detectors, which have their own tests. Never used by `serve`.
 */
export interface ScriptedPolicy {
  version?: string;
  /** Use cases this policy serves when a deployment names no policy. */
  useCases?: string[];
  /** Exact strings treated as personal data, with their type. */
  personal?: Record<string, string>;
  emergency?: string[];
  /** Escalate without calling the model. */
  escalateOnly?: boolean;
  blockInput?: string[];
  blockOutput?: string[];
  reviewOutput?: string[];
  label?: AiLabel;
  restoreRoles?: ApiRole[];
}

export class ScriptedGuardProvider implements GuardProvider {
  private readonly stages = new Map<string, ScriptedStage>();

  constructor(private readonly policies: Record<string, ScriptedPolicy>) {
    const key = randomBytes(32);
    for (const [name, policy] of Object.entries(policies))
      this.stages.set(name, new ScriptedStage(name, policy, key));
  }

  async stage(request: { policy: string | null; useCase: string }): Promise<GuardStage> {
    const name =
      request.policy ??
      Object.entries(this.policies).find(([, p]) => p.useCases?.includes(request.useCase))?.[0] ??
      'default';
    const stage = this.stages.get(name);
    if (!stage) throw new YihengError(`unknown guard policy "${name}"`, { code: 'unknown_policy' });
    return stage;
  }
}

class ScriptedStage implements GuardStage {
  readonly policy: { name: string; version: string };
  private readonly vault = new Map<string, Map<string, string>>();

  constructor(
    name: string,
    private readonly p: ScriptedPolicy,
    private readonly key: Buffer,
  ) {
    this.policy = { name, version: p.version ?? '1' };
  }

  label(_language: Language): AiLabel | undefined {
    return this.p.label;
  }

  canRestore(role: ApiRole): boolean {
    return this.p.restoreRoles?.includes(role) ?? false;
  }

  async inspectInput(messages: ChatMessage[], ctx: GuardContext): Promise<InputInspection> {
    const findings: FindingCounts = {};
    const out = messages.map((m) => ({ ...m, content: this.pseudonymiseInto(m.content, ctx, findings) }));
    const all = messages.map((m) => m.content).join('\n');
    const lang = detectLanguage(all);
    let decision: GuardDecision = Object.keys(findings).length > 0 ? 'redact' : 'allow';
    const result: InputInspection = { decision, findings, messages: out, forward: true };
    if (this.p.emergency?.some((w) => all.includes(w))) {
      findings.RED_FLAG = 1;
      decision = 'escalate';
      result.triage = 'emergency';
      result.escalation =
        lang === 'zh' ? '【紧急】请立即拨打120。' : '[Emergency] Call your local emergency number now.';
      if (this.p.escalateOnly) result.forward = false;
    }
    if (this.p.blockInput?.some((w) => all.includes(w))) {
      findings.LETHAL_DOSE = 1;
      decision = 'block';
      result.forward = false;
      result.refusal =
        lang === 'zh'
          ? '抱歉，无法提供这方面的信息。心理援助热线：12356。'
          : 'Sorry, I cannot help with that. Support is available: call 988.';
    }
    result.decision = decision;
    return result;
  }

  async inspectOutput(text: string, ctx: GuardContext): Promise<OutputInspection> {
    const findings: FindingCounts = {};
    const rewritten = this.pseudonymiseInto(text, ctx, findings);
    let decision: GuardDecision = Object.keys(findings).length > 0 ? 'redact' : 'allow';
    let review = false;
    if (this.p.blockOutput?.some((w) => text.includes(w))) {
      findings.DOSE_ABOVE_MAX = 1;
      decision = 'block';
    } else if (this.p.reviewOutput?.some((w) => text.includes(w))) {
      findings.FIRST_PERSON_CLINICAL = 1;
      decision = 'review';
      review = true;
    }
    return { decision, findings, text: rewritten, review };
  }

  async restore(text: string, ctx: GuardContext): Promise<string> {
    if (!this.canRestore(ctx.role)) return text;
    let out = text;
    for (const [token, ciphertext] of this.vault.get(ctx.conversationId) ?? [])
      out = out.split(token).join(this.decrypt(ciphertext));
    return out;
  }

  async pseudonymise(text: string, ctx: GuardContext): Promise<string> {
    return this.pseudonymiseInto(text, ctx, {});
  }

  private pseudonymiseInto(text: string, ctx: GuardContext, findings: FindingCounts): string {
    let out = text;
    for (const [literal, type] of Object.entries(this.p.personal ?? {})) {
      if (!out.includes(literal)) continue;
      findings[type] = (findings[type] ?? 0) + out.split(literal).length - 1;
      const token = `[${type}_${tokenIndex(literal)}]`;
      out = out.split(literal).join(token);
      const map = this.vault.get(ctx.conversationId) ?? new Map<string, string>();
      map.set(token, this.encrypt(literal));
      this.vault.set(ctx.conversationId, map);
    }
    return out;
  }

  private encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), data]).toString('base64');
  }

  private decrypt(ciphertext: string): string {
    const raw = Buffer.from(ciphertext, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  }
}

/** A stable small number per literal, so tokens do not reveal anything about it. */
function tokenIndex(literal: string): number {
  let h = 0;
  for (const ch of literal) h = (h * 31 + ch.charCodeAt(0)) % 997;
  return h;
}
