import { YihengError } from '../foundation/errors.ts';
import type { TriageLevel } from '../foundation/knowledge/schema.ts';
import { detectLanguage, type Language } from '../foundation/text/language.ts';
import { Deidentifier, type DeidMode, type Replacement } from './deid/deidentifier.ts';
import { parseVaultKey, VAULT_KEY_ENV, Vault, type VaultStore } from './deid/vault.ts';
import type { Detector, DetectorName } from './detectors/detector.ts';
import { DoseDetector } from './detectors/dose.ts';
import { HarmDetector } from './detectors/harm.ts';
import { InteractionDetector } from './detectors/interaction.ts';
import { DEFAULT_LABEL, LabelDetector } from './detectors/label.ts';
import { CRISIS_SUPPORT, REFUSALS } from './detectors/messages.ts';
import { PhrasingDetector } from './detectors/phrasing.ts';
import { escalationMessage, RedFlagDetector, triageOf } from './detectors/redflag.ts';
import { type Finding, isPiiType, type PiiType, resolveOverlaps, summariseFindings } from './finding.ts';
import { FindingsCache } from './findings-cache.ts';
import { type GuardKnowledge, loadBundledGuardKnowledge } from './knowledge.ts';
import { type Direction, decide, type Reason, rulesFor } from './policy/decide.ts';
import { loadBundledPolicies } from './policy/load.ts';
import type { Decision, Policy } from './policy/schema.ts';
import { RecognizerRegistry } from './registry.ts';
import type { FindingsPool } from './threads/findings-pool.ts';

/** An OpenAI-style chat message; only text content is inspected, everything else passes through. */
export interface ChatMessage {
  role: string;
  content?: string | null | Array<{ type: string; text?: string; [key: string]: unknown }>;
  [key: string]: unknown;
}

export interface GuardContext {
  /** Selects the policy (its `use_cases`); the default policy otherwise. */
  useCase?: string;
  /** The caller's role (clinician, patient-app…), for role overrides and restoring. */
  role?: string;
  /** Pseudonyms and date shifts are consistent within a conversation. */
  conversationId: string;
  /** The user's language; detected from the text when omitted. */
  language?: Language;
}

export interface PolicyRef {
  name: string;
  version: string;
}

export interface InputInspection {
  decision: Decision;
  /** Whether the request should still go to the model. */
  forward: boolean;
  triage: TriageLevel;
  language: Language;
  policy: PolicyRef;
  /** Types and counts only: safe for the audit trail and logs. */
  findings: Record<string, number>;
  reasons: Reason[];
  /** For escalate: the message to show first (emergency advice, crisis lines). */
  escalation?: { level: TriageLevel; message: string; signs: string[] };
  /** For block: the kind, clear refusal to return instead of calling the model. */
  refusal?: string;
  /** The messages to send upstream (personal data de-identified per policy). */
  transformedMessages: ChatMessage[];
  /** Full findings per message index, with matched text: for the caller's own use, never for the audit trail. */
  details: Array<{ message: number; findings: Finding[] }>;
}

export interface OutputInspection {
  decision: Decision;
  language: Language;
  policy: PolicyRef;
  findings: Record<string, number>;
  reasons: Reason[];
  /** The text after rewrites (phrasing) and output de-identification, before labelling. */
  rewrittenText: string;
  /** The label to show, when the policy requires one and the text lacks it. */
  label?: string;
  /** What to send to the user: the labelled text, or the labelled refusal when blocked. */
  text: string;
  refusal?: string;
  details: Finding[];
}

export interface ScanResult {
  findings: Finding[];
  triage: TriageLevel;
  decision: Decision;
  language: Language;
}

export interface CreateGuardOptions {
  /** The fallback policy; `default` from data/policies when omitted. */
  policy?: Policy;
  /** Policies by use case; the bundled ones when neither this nor `policy` is given. */
  policies?: Policy[];
  /** Red-flag matcher and drug look-up; the bundled knowledge when omitted, none with `false`. */
  knowledge?: GuardKnowledge | false;
  /** Recognizers before each policy's own additions; the built-ins when omitted. */
  registry?: RecognizerRegistry;
  /** Where vault entries are stored (in memory by default; the gateway passes its database store). */
  vaultStore?: VaultStore;
  /** Environment to read YIHENG_VAULT_KEY from (process.env by default). */
  env?: NodeJS.ProcessEnv;
  /** HMAC key for pseudonym seeds; random per process when omitted. */
  secret?: Buffer;
  /**
   * Worker threads that run the detectors (built from the same policies and the bundled knowledge),
   * so that detection does not hold up the caller's event loop. Not used with a custom `registry`
   * or `knowledge`, which the workers could not rebuild.
   */
  pool?: FindingsPool;
}

const INPUT_INSPECTED_ROLES = new Set(['user']);

export class Guard {
  private readonly policies: Policy[];
  private readonly fallback: Policy;
  private readonly registries = new Map<string, RecognizerRegistry>();
  /** Personal-data findings of recent texts: a conversation's earlier messages come back every turn. */
  private readonly piiCache = new FindingsCache();
  private readonly detectors: Partial<Record<DetectorName, Detector>>;
  private readonly deidentifier: Deidentifier;
  private vault: Vault | undefined;

  constructor(private readonly options: CreateGuardOptions = {}) {
    const bundled = options.policies || options.policy ? [] : loadBundledPolicies();
    this.policies = options.policies ?? (options.policy ? [options.policy] : bundled);
    const fallback = options.policy ?? this.policies.find((p) => p.name === 'default') ?? this.policies[0];
    if (!fallback)
      throw new YihengError('the guard has no policy', {
        hint: 'pass a policy, or keep data/policies/default.yaml',
        code: 'policy_missing',
      });
    this.fallback = fallback;
    const knowledge = options.knowledge === false ? {} : (options.knowledge ?? loadBundledGuardKnowledge());
    this.detectors = {
      harm: new HarmDetector(),
      phrasing: new PhrasingDetector(),
      label: new LabelDetector(),
      ...(knowledge.redflags
        ? { redflag: new RedFlagDetector(knowledge.redflags, knowledge.emergencyModel) }
        : {}),
      ...(knowledge.drugs ? { dose: new DoseDetector(knowledge.drugs) } : {}),
    };
    this.knowledge = knowledge;
    this.deidentifier = new Deidentifier({ ...(options.secret ? { secret: options.secret } : {}) });
  }

  private readonly knowledge: GuardKnowledge;

  /** Detectors that cannot run for lack of knowledge data (reported, never silently skipped). */
  get unavailableDetectors(): DetectorName[] {
    const missing: DetectorName[] = [];
    if (!this.knowledge.redflags) missing.push('redflag');
    if (!this.knowledge.drugs) missing.push('dose', 'interaction');
    return missing;
  }

  policyFor(useCase: string | undefined): Policy {
    return (useCase && this.policies.find((p) => p.use_cases.includes(useCase))) || this.fallback;
  }

  private registryFor(policy: Policy): RecognizerRegistry {
    let registry = this.registries.get(policy.name);
    if (!registry) {
      const base = this.options.registry ?? RecognizerRegistry.withDefaults();
      registry = policy.recognizers ? base.extend(policy.recognizers) : base;
      this.registries.set(policy.name, registry);
    }
    return registry;
  }

  private detector(name: DetectorName, policy: Policy): Detector | undefined {
    if (name === 'interaction') {
      return this.knowledge.drugs
        ? new InteractionDetector(this.knowledge.drugs, policy.interaction_min_severity)
        : undefined;
    }
    return this.detectors[name];
  }

  /** Runs the named detectors over one text; findings sorted by position. */
  findings(text: string, names: readonly DetectorName[], policy: Policy, language: Language): Finding[] {
    const out: Finding[] = [];
    for (const name of names) {
      if (name === 'pii') {
        out.push(
          ...this.piiCache.get(`${policy.name}\u0000${language}`, text, () =>
            this.registryFor(policy).analyze(text, {
              language,
              ...(policy.pii.types ? { types: policy.pii.types } : {}),
              threshold: { default: policy.pii.threshold, ...policy.pii.thresholds },
            }),
          ),
        );
        continue;
      }
      const detector = this.detector(name, policy);
      if (detector) out.push(...detector.detect(text, { language }));
    }
    return out.sort((a, b) => a.start - b.start || a.end - b.end);
  }

  /** The same as `findings`, on a worker thread when the guard has a pool. */
  private detect(
    text: string,
    names: readonly DetectorName[],
    policy: Policy,
    language: Language,
  ): Promise<Finding[]> {
    const pool = this.options.pool;
    if (pool?.takes(text.length) && !this.options.registry && this.options.knowledge === undefined)
      // A worker that has stopped must not fail the request: the detectors run here instead.
      return pool
        .findings({ text, names, policy: policy.name, language })
        .catch(() => this.findings(text, names, policy, language));
    return Promise.resolve(this.findings(text, names, policy, language));
  }

  /** Adds exact occurrences of originals this conversation has already pseudonymised. */
  private withRemembered(text: string, findings: Finding[], conversationId: string): Finding[] {
    const remembered = this.deidentifier.rememberedOriginals(conversationId);
    if (remembered.length === 0) return findings;
    const extra: Finding[] = [];
    for (const { type, original } of remembered)
      for (let at = text.indexOf(original); at !== -1; at = text.indexOf(original, at + original.length))
        extra.push({
          type,
          start: at,
          end: at + original.length,
          text: original,
          score: 0.9,
          detector: 'pii.conversation',
        });
    if (extra.length === 0) return findings;
    const pii = resolveOverlaps([...findings.filter((f) => isPiiType(f.type)), ...extra]);
    return [...pii, ...findings.filter((f) => !isPiiType(f.type))].sort(
      (a, b) => a.start - b.start || a.end - b.end,
    );
  }

  /** One text through the detectors, for the CLI and the evaluator. */
  scan(
    text: string,
    options: {
      detectors?: DetectorName[];
      direction?: Direction;
      useCase?: string;
      role?: string;
      language?: Language;
    } = {},
  ): ScanResult {
    const policy = this.policyFor(options.useCase);
    const direction = options.direction ?? 'input';
    const language = options.language ?? detectLanguage(text);
    const names = options.detectors ?? policy.detectors[direction];
    const findings = this.findings(text, names, policy, language);
    return {
      findings,
      triage: triageOf(findings),
      decision: decide(findings, rulesFor(policy, direction, options.role)).decision,
      language,
    };
  }

  private vaultOrThrow(): Vault {
    if (!this.vault) {
      const env = this.options.env ?? process.env;
      this.vault = new Vault(parseVaultKey(env[VAULT_KEY_ENV]), this.options.vaultStore);
      this.deidentifier.attachVault(this.vault);
    }
    return this.vault;
  }

  private modeFor(policy: Policy, direction: Direction, role: string | undefined): DeidMode {
    const override = role ? policy.roles[role] : undefined;
    return direction === 'input'
      ? (override?.input_mode ?? policy.pii.input_mode)
      : (override?.output_mode ?? policy.pii.output_mode);
  }

  async inspectInput(messages: readonly ChatMessage[], context: GuardContext): Promise<InputInspection> {
    const policy = this.policyFor(context.useCase);
    const rules = rulesFor(policy, 'input', context.role);
    const lastUser = findLastIndex(messages, (m) => INPUT_INSPECTED_ROLES.has(m.role));
    const language = context.language ?? detectLanguage(lastUser >= 0 ? textOf(messages[lastUser]!) : '');
    const policyRef = { name: policy.name, version: policy.version };
    const totalChars = messages.reduce((n, m) => n + textOf(m).length, 0);
    if (totalChars > policy.max_input_chars) {
      return {
        decision: 'block',
        forward: false,
        triage: 'routine',
        language,
        policy: policyRef,
        findings: {},
        reasons: [{ type: 'INPUT_TOO_LONG', decision: 'block', count: 1 }],
        refusal:
          language === 'zh'
            ? `输入过长（${totalChars} 个字符，上限 ${policy.max_input_chars}），请分段发送。`
            : `The input is too long (${totalChars} characters; the limit is ${policy.max_input_chars}). Please send it in parts.`,
        transformedMessages: [...messages],
        details: [],
      };
    }

    const piiOn = policy.detectors.input.includes('pii');
    const others = policy.detectors.input.filter((d) => d !== 'pii');
    const perMessage = await Promise.all(
      messages.map(async (message, index) => {
        const text = textOf(message);
        if (!text) return { message: index, findings: [] };
        const names: DetectorName[] = [
          ...(piiOn ? (['pii'] as const) : []),
          ...(index === lastUser ? others : []),
        ];
        let findings = await this.detect(text, names, policy, language);
        if (piiOn) findings = this.withRemembered(text, findings, context.conversationId);
        return { message: index, findings };
      }),
    );
    const details = perMessage.filter((d) => d.findings.length > 0);
    const all = details.flatMap((d) => d.findings);
    const { decision, reasons } = decide(all, rules);
    const triage = triageOf(all);

    // De-identify what the rules say to redact (PII allowed for this role stays).
    const mode = this.modeFor(policy, 'input', context.role);
    const redacted = (f: Finding) => isPiiType(f.type) && decide([f], rules).decision !== 'allow';
    if (mode === 'vault' && all.some(redacted)) this.vaultOrThrow();
    const transformedMessages: ChatMessage[] = [];
    for (const [index, message] of messages.entries()) {
      const piiFindings = details.find((d) => d.message === index)?.findings.filter(redacted) ?? [];
      if (piiFindings.length === 0 || mode === 'none') {
        transformedMessages.push(message);
        continue;
      }
      transformedMessages.push(
        await this.transformMessage(message, piiFindings, {
          mode,
          language,
          conversationId: context.conversationId,
          dateShift: policy.pii.date_shift,
        }),
      );
    }

    const result: InputInspection = {
      decision,
      forward: decision !== 'block' && !(decision === 'escalate' && !policy.escalation.forward_to_model),
      triage,
      language,
      policy: policyRef,
      findings: summariseFindings(all),
      reasons,
      transformedMessages,
      details,
    };
    const escalating = all.filter((f) => decide([f], rules).decision === 'escalate');
    if (escalating.length) {
      const parts: string[] = [];
      const redflag = escalationMessage(escalating, language);
      if (redflag) parts.push(redflag);
      if (escalating.some((f) => f.type === 'SELF_HARM' || f.type === 'LETHAL_DOSE'))
        parts.push(CRISIS_SUPPORT[language]);
      result.escalation = {
        level: triage === 'routine' ? 'urgent' : triage,
        message: parts.join('\n\n'),
        signs: [...new Set(escalating.filter((f) => f.type === 'RED_FLAG').map((f) => String(f.detail?.id)))],
      };
    }
    if (decision === 'block') {
      const blocking = all.find((f) => decide([f], rules).decision === 'block');
      result.refusal = refusalFor(blocking?.type, language, all);
    }
    return result;
  }

  private async transformMessage(
    message: ChatMessage,
    findings: Finding[],
    request: Parameters<Deidentifier['apply']>[2],
  ): Promise<ChatMessage> {
    if (typeof message.content === 'string')
      return {
        ...message,
        content: (await this.deidentifier.apply(message.content, findings, request)).text,
      };
    if (!Array.isArray(message.content)) return message;
    // Array content: findings were computed on the text parts joined by "\n"; map them back per part.
    const parts = [];
    let offset = 0;
    for (const part of message.content) {
      if (part.type === 'text' && typeof part.text === 'string') {
        const start = offset;
        const end = start + part.text.length;
        const local = findings
          .filter((f) => f.start >= start && f.end <= end)
          .map((f) => ({ ...f, start: f.start - start, end: f.end - start }));
        parts.push({ ...part, text: (await this.deidentifier.apply(part.text, local, request)).text });
        offset = end + 1;
      } else parts.push(part);
    }
    return { ...message, content: parts };
  }

  async inspectOutput(text: string, context: GuardContext): Promise<OutputInspection> {
    const policy = this.policyFor(context.useCase);
    const rules = rulesFor(policy, 'output', context.role);
    const language = context.language ?? detectLanguage(text);
    const policyRef = { name: policy.name, version: policy.version };
    // Pseudonyms the guard itself issued are not new personal data.
    const found = (await this.detect(text, policy.detectors.output, policy, language)).filter(
      (f) => !(isPiiType(f.type) && this.deidentifier.isSurrogate(context.conversationId, f.text)),
    );
    const { decision, reasons } = decide(found, rules);

    const replacements: Array<Pick<Replacement, 'start' | 'end' | 'replacement'>> = [];
    const mode = this.modeFor(policy, 'output', context.role);
    const piiToHide = found.filter((f) => isPiiType(f.type) && decide([f], rules).decision !== 'allow');
    if (piiToHide.length && mode !== 'none') {
      if (mode === 'vault') this.vaultOrThrow();
      const { replacements: r } = await this.deidentifier.apply(text, piiToHide, {
        mode,
        language,
        conversationId: context.conversationId,
        dateShift: policy.pii.date_shift,
      });
      replacements.push(...r);
    }
    if (policy.rewrite_phrasing)
      for (const f of found)
        if (f.type === 'FIRST_PERSON_CLINICAL')
          replacements.push({ start: f.start, end: f.end, replacement: String(f.detail?.rewrite ?? f.text) });
    const rewrittenText = applyReplacements(text, replacements);

    const missingLabel =
      found.some((f) => f.type === 'MISSING_AI_LABEL') || !policy.detectors.output.includes('label');
    const label =
      policy.label.required && missingLabel ? (policy.label.text ?? DEFAULT_LABEL)[language] : undefined;
    const withLabel = (body: string) =>
      label ? (policy.label.position === 'prefix' ? `${label}\n\n${body}` : `${body}\n\n${label}`) : body;
    const result: OutputInspection = {
      decision,
      language,
      policy: policyRef,
      findings: summariseFindings(found),
      reasons,
      rewrittenText,
      text: withLabel(rewrittenText),
      details: found,
      ...(label ? { label } : {}),
    };
    if (decision === 'block') {
      const blocking = found.find((f) => decide([f], rules).decision === 'block');
      result.refusal = refusalFor(blocking?.type, language, found);
      result.text = withLabel(result.refusal);
    }
    return result;
  }

  /**
   * Puts the originals back in place of the conversation's pseudonyms (vault mode), for a role the
   * policy allows. Throws a clear error for any other role or when no vault key is configured.
   */
  async restore(
    text: string,
    conversationId: string,
    options: { role: string; useCase?: string },
  ): Promise<string> {
    const policy = this.policyFor(options.useCase);
    if (!policy.pii.restore_roles.includes(options.role))
      throw new YihengError(
        `role "${options.role}" may not restore personal data under policy ${policy.name}`,
        {
          hint: `roles allowed: ${policy.pii.restore_roles.join(', ') || 'none'}`,
          code: 'restore_forbidden',
        },
      );
    return this.vaultOrThrow().restore(text, conversationId);
  }

  /** De-identifies one text in a given mode (the `guard deid` command, record pipelines). */
  async deidentify(
    text: string,
    options: {
      mode: DeidMode;
      conversationId: string;
      language?: Language;
      useCase?: string;
      types?: PiiType[];
    },
  ): Promise<{ text: string; findings: Finding[] }> {
    const policy = this.policyFor(options.useCase);
    const language = options.language ?? detectLanguage(text);
    if (options.mode === 'vault') this.vaultOrThrow();
    const findings = this.withRemembered(
      text,
      await this.detect(text, ['pii'], policy, language),
      options.conversationId,
    ).filter((f) => !options.types || options.types.includes(f.type as PiiType));
    const out = await this.deidentifier.apply(text, findings, {
      mode: options.mode,
      language,
      conversationId: options.conversationId,
      dateShift: policy.pii.date_shift,
    });
    return { text: out.text, findings };
  }
}

export function createGuard(options: CreateGuardOptions = {}): Guard {
  return new Guard(options);
}

/** The inspected text of a message: its string content, or its text parts joined by newlines. */
export function textOf(message: ChatMessage): string {
  if (typeof message.content === 'string') return message.content;
  if (!Array.isArray(message.content)) return '';
  return message.content
    .filter((p) => p.type === 'text' && typeof p.text === 'string')
    .map((p) => p.text as string)
    .join('\n');
}

function findLastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return i;
  return -1;
}

function refusalFor(type: string | undefined, language: Language, findings: readonly Finding[]): string {
  const base = (REFUSALS[type ?? ''] ?? REFUSALS.DEFAULT!)[language];
  // Whoever is refused while at risk still gets the crisis lines.
  return findings.some((f) => f.type === 'SELF_HARM') && type !== 'SELF_HARM'
    ? `${CRISIS_SUPPORT[language]}\n\n${base}`
    : base;
}

function applyReplacements(
  text: string,
  replacements: Array<Pick<Replacement, 'start' | 'end' | 'replacement'>>,
): string {
  const sorted = replacements.slice().sort((a, b) => a.start - b.start);
  let out = '';
  let last = 0;
  for (const r of sorted) {
    if (r.start < last) continue;
    out += text.slice(last, r.start) + r.replacement;
    last = r.end;
  }
  return out + text.slice(last);
}
