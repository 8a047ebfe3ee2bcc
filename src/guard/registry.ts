import type { Language } from '../foundation/text/language.ts';
import { dropDuplicateSpans, type Finding, type PiiType, resolveOverlaps } from './finding.ts';
import {
  loadBundledPersonModel,
  PERSON_MODEL_DETECTOR,
  PERSON_MODEL_SCORE,
  type PersonNameModel,
} from './name-model/person-model.ts';
import { BRACKETED_NAME_REGEXES, bracketedNames } from './recognizers/bracketed-names.ts';
import { isValidIpv4, isValidResidentId, luhnValid } from './recognizers/checksums.ts';
import { defaultRecognizers } from './recognizers/defaults.ts';
import { DenyListRecognizer } from './recognizers/deny-list.ts';
import { PatternRecognizer } from './recognizers/pattern-recognizer.ts';
import type { Recognizer } from './recognizers/recognizer.ts';
import type { PatternRecognizerConfig, RegistryConfig } from './registry-config.ts';

export interface AnalyzeOptions {
  language: Language;
  /** Only these types are reported (all when omitted). */
  types?: readonly PiiType[];
  /** Minimum score; a number for every type, or per type with `default`. */
  threshold?: number | Partial<Record<PiiType | 'default', number>>;
}

const VALIDATORS: Record<PatternRecognizerConfig['validator'], ((v: string) => boolean) | undefined> = {
  none: undefined,
  luhn: (v) => luhnValid(v.replace(/[ -]/g, '')),
  gb11643: (v) => isValidResidentId(v.replace(/ /g, '')),
  ipv4: isValidIpv4,
};

/**
 * The set of recognizers a guard runs. Built-ins first; a deployment adds pattern recognizers and
 * deny-lists, switches built-ins off or allow-lists words through configuration (`extend`).
 */
export class RecognizerRegistry {
  private readonly rank = new Map<string, number>();

  /**
   * `personModel`: the trained Chinese person-name model (src/guard/name-model), which only adds PERSON
   * findings where no rule finding of any type lies; undefined runs the rules alone.
   */
  constructor(
    readonly recognizers: readonly Recognizer[],
    private readonly allowList: ReadonlySet<string> = new Set(),
    readonly personModel?: PersonNameModel,
  ) {
    recognizers.forEach((r, i) => {
      this.rank.set(r.name, i);
    });
  }

  /** The built-in recognizers and, unless `personModel: false`, the bundled person-name model. */
  static withDefaults(options: { personModel?: boolean } = {}): RecognizerRegistry {
    return new RecognizerRegistry(
      defaultRecognizers(),
      new Set(),
      options.personModel === false ? undefined : loadBundledPersonModel(),
    );
  }

  /** A new registry with the configuration's additions; this one is unchanged. */
  extend(config: RegistryConfig): RecognizerRegistry {
    const disabled = new Set(config.disable);
    const unknown = config.disable.filter(
      (name) => name !== PERSON_MODEL_DETECTOR && !this.recognizers.some((r) => r.name === name),
    );
    if (unknown.length > 0)
      throw new Error(
        `cannot disable unknown recognizer(s) ${unknown.join(', ')}; known: ${[...this.recognizers.map((r) => r.name), PERSON_MODEL_DETECTOR].join(', ')}`,
      );
    const added: Recognizer[] = [
      ...config.recognizers.map(
        (c) =>
          new PatternRecognizer({
            name: `custom.${c.name}`,
            type: c.type,
            patterns: c.patterns.map((p, i) => ({
              name: p.name ?? `pattern-${i + 1}`,
              regex: new RegExp(
                p.regex,
                `g${/\(\?<value>/.test(p.regex) ? 'd' : ''}u${p.ignore_case ? 'i' : ''}`,
              ),
              score: p.score,
            })),
            validate: VALIDATORS[c.validator],
            context: c.context,
            contextWindow: c.context_window,
            contextBoost: c.context_boost,
            negativeContext: c.negative_context,
            languages: c.languages,
          }),
      ),
      ...config.deny_lists.map(
        (d, i) =>
          new DenyListRecognizer(
            `deny.${d.name ?? `${d.type.toLowerCase()}-${i + 1}`}`,
            d.type,
            d.words,
            d.score,
            d.ignore_case,
          ),
      ),
    ];
    return new RecognizerRegistry(
      [...this.recognizers.filter((r) => !disabled.has(r.name)), ...added],
      new Set([...this.allowList, ...config.allow_list]),
      disabled.has(PERSON_MODEL_DETECTOR) ? undefined : this.personModel,
    );
  }

  /** Every regex the registry runs (for the backtracking test). */
  regexes(): RegExp[] {
    return [...this.recognizers.flatMap((r) => [...r.regexes]), ...BRACKETED_NAME_REGEXES];
  }

  analyze(original: string, options: AnalyzeOptions): Finding[] {
    // Full-width digits and Latin letters (１３６, ＭＺ) are folded to ASCII before the recognizers run:
    // one UTF-16 unit each way, so offsets are unchanged; reported text is cut from the original.
    const folded = FULL_WIDTH.test(original);
    const text = folded ? foldFullWidth(original) : original;
    const wanted = options.types ? new Set<string>(options.types) : undefined;
    const raw: Finding[] = [];
    const context = { language: options.language, prefilters: new Map<string, boolean>() };
    for (const recognizer of this.recognizers) {
      if (wanted && !recognizer.types.some((t) => wanted.has(t))) continue;
      if (!recognizer.languages.includes('any') && !recognizer.languages.includes(options.language)) continue;
      for (const f of dropDuplicateSpans(recognizer.analyze(text, context)))
        if (!wanted || wanted.has(f.type)) raw.push(f);
    }
    const threshold = options.threshold ?? 0.5;
    const minimum = (type: PiiType) =>
      typeof threshold === 'number' ? threshold : (threshold[type] ?? threshold.default ?? 0.5);
    const allowing = this.allowList.size > 0;
    const kept: Finding[] = [];
    for (const f of raw)
      if (f.score >= minimum(f.type as PiiType) && !(allowing && this.allowList.has(f.text))) kept.push(f);
    const resolved = resolveOverlaps(kept, (f) => this.rank.get(f.detector) ?? Number.MAX_SAFE_INTEGER);
    if (!wanted || wanted.has('PERSON')) {
      const added = bracketedNames(text, resolved).filter((f) => !(allowing && this.allowList.has(f.text)));
      // The person-name model only raises: its names go where no rule finding of any type lies (every
      // kept one, before overlaps were resolved, and the bracketed names), so no rule finding changes.
      if (this.personModel && PERSON_MODEL_SCORE >= minimum('PERSON'))
        for (const f of this.personModel.find(text, added.length > 0 ? [...kept, ...added] : kept))
          if (!(allowing && this.allowList.has(f.text))) added.push(f);
      // resolveOverlaps returns findings in start order; only added ones need placing.
      if (added.length > 0) {
        resolved.push(...added);
        resolved.sort((a, b) => a.start - b.start);
      }
    }
    if (folded) for (const f of resolved) f.text = original.slice(f.start, f.end);
    return resolved;
  }
}

const FULL_WIDTH = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/;

/** Full-width digits and letters to ASCII (same length: one UTF-16 unit each). */
export function foldFullWidth(text: string): string {
  return text.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) =>
    String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}
