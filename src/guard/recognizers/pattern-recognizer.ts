import type { Finding, PiiType } from '../finding.ts';
import { gateOf, type RegexGate } from '../regex-gate.ts';
import {
  type AnalyzeContext,
  ContextWords,
  clamp01,
  type Recognizer,
  type RecognizerLanguage,
} from './recognizer.ts';

export interface PatternSpec {
  name: string;
  /**
   * Must be global. When it has a named group `value`, only that group is the finding (the rest
   * is the label around it); it then also needs the `d` flag for the group's indices.
   */
  regex: RegExp;
  score: number;
  /**
   * The score of one match, when one regex covers several formats that score differently (one scan of
   * the text instead of one per format); `score` is then unused. The whole match is passed too, so a label group
   * can choose the check.
   */
  scoreOf?: (value: string, match: RegExpExecArray) => number;
  /**
   * A cheap test the text must pass before the pattern runs (e.g. /@/ for emails). Most texts
   * contain no candidate for most families, and skipping them is what keeps the registry fast.
   */
  prefilter?: RegExp;
}

export interface PatternRecognizerOptions {
  name: string;
  type: PiiType;
  patterns: PatternSpec[];
  /**
   * A checksum or plausibility check on the matched value: `true` keeps the pattern score,
   * `false` drops the candidate, a number replaces the score (e.g. a weak score for a failed checksum
   * that is still labelled as an identifier).
   */
  validate?: (value: string, text: string, start: number) => boolean | number;
  context?: readonly string[];
  /** Characters on each side searched for context words. */
  contextWindow?: number;
  /** Added to the score when a context word is near. */
  contextBoost?: number;
  /** When one of these is near, the candidate is dropped (e.g. "指南" next to a date). */
  negativeContext?: readonly string[];
  /** Characters on each side searched for negative words; narrower than the positive window by default. */
  negativeWindow?: number;
  languages?: readonly RecognizerLanguage[];
}

/** Presidio's PatternRecognizer: regexes with scores, an optional validator and context words. */
export class PatternRecognizer implements Recognizer {
  readonly name: string;
  readonly types: readonly PiiType[];
  readonly languages: readonly RecognizerLanguage[];
  readonly regexes: readonly RegExp[];
  private readonly context: ContextWords;
  private readonly negative: ContextWords;
  /** Each pattern's prefilter cache key, built once (a regex's `flags` getter and a template string cost more than the test they save). */
  private readonly prefilterKeys: Array<string | undefined>;
  /**
   * Each pattern's gates, its prefilter's and then its own (both are necessary): most texts hold none of
   * the strings a pattern needs.
   */
  private readonly gates: RegexGate[][];

  constructor(private readonly options: PatternRecognizerOptions) {
    this.name = options.name;
    this.types = [options.type];
    this.languages = options.languages ?? ['any'];
    for (const p of options.patterns) {
      if (!p.regex.global) throw new Error(`${options.name}/${p.name}: regex needs the g flag`);
      if (/\(\?<value>/.test(p.regex.source) && !p.regex.hasIndices)
        throw new Error(`${options.name}/${p.name}: a regex with a value group needs the d flag`);
    }
    this.regexes = options.patterns.flatMap((p) => (p.prefilter ? [p.regex, p.prefilter] : [p.regex]));
    const window = options.contextWindow ?? 16;
    this.context = new ContextWords(options.context ?? [], window);
    this.negative = new ContextWords(options.negativeContext ?? [], options.negativeWindow ?? 8);
    this.regexes = [...this.regexes, ...this.context.regexes, ...this.negative.regexes];
    this.gates = options.patterns.map((p) => (p.prefilter ? [p.prefilter, p.regex] : [p.regex]).map(gateOf));
    this.prefilterKeys = options.patterns.map((p) =>
      p.prefilter
        ? p.prefilter.flags
          ? `${p.prefilter.source}/${p.prefilter.flags}`
          : p.prefilter.source
        : undefined,
    );
  }

  analyze(text: string, context: AnalyzeContext): Finding[] {
    const findings: Finding[] = [];
    const cache = context.prefilters;
    const patterns = this.options.patterns;
    for (let p = 0; p < patterns.length; p++) {
      const pattern = patterns[p]!;
      const gates = this.gates[p]!;
      const prefilter = pattern.prefilter;
      if (prefilter) {
        // A prefilter another pattern already ran on this text answers for its gate too (a gate only
        // rules out texts its regex cannot match); otherwise its gate may spare the test.
        const key = this.prefilterKeys[p]!;
        let passes = cache?.get(key);
        if (passes === undefined) {
          if (gates[0]!.mayMatch(text)) {
            prefilter.lastIndex = 0;
            passes = prefilter.test(text);
          } else passes = false;
          cache?.set(key, passes);
        }
        if (!passes) continue;
      }
      if (!gates[gates.length - 1]!.mayMatch(text)) continue;
      const regex = pattern.regex;
      regex.lastIndex = 0;
      for (let match = regex.exec(text); match; match = regex.exec(text)) {
        if (match[0].length === 0) regex.lastIndex++;
        const indices = match.indices?.groups?.value;
        const start = indices ? indices[0] : match.index;
        const end = indices ? indices[1] : match.index + match[0].length;
        if (end <= start) continue;
        const value = text.slice(start, end);
        let score = pattern.scoreOf ? pattern.scoreOf(value, match) : pattern.score;
        if (this.options.validate) {
          const verdict = this.options.validate(value, text, start);
          if (verdict === false) continue;
          if (typeof verdict === 'number') score = verdict;
        }
        if (this.negative.near(text, start, end)) continue;
        if (this.context.near(text, start, end)) score += this.options.contextBoost ?? 0.3;
        findings.push({
          type: this.options.type,
          start,
          end,
          text: value,
          score: clamp01(score),
          detector: this.name,
        });
      }
    }
    return findings;
  }
}
