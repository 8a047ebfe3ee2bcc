import type { Language } from '../../foundation/text/language.ts';
import type { Finding, PiiType } from '../finding.ts';
import { mayMatch } from '../regex-gate.ts';

export type RecognizerLanguage = Language | 'any';

/** What every recognizer sees besides the text. */
export interface AnalyzeContext {
  /** The language of the whole text (placeholders, context words); recognizers may ignore it. */
  language: Language;
  /**
   * Results of cheap prefilter tests already run on this text, by regex source: several recognizers
   * share prefilters (/\d{3}/, /\d{4}/, /月/…), and one registry pass runs each once.
   */
  prefilters?: Map<string, boolean>;
}

/**
 * One identifier family (Presidio's "recognizer"): finds spans of one or a few types.
 * `regexes` lists every regular expression it runs, so the safety test can attack each one.
 */
export interface Recognizer {
  readonly name: string;
  readonly types: readonly PiiType[];
  readonly languages: readonly RecognizerLanguage[];
  readonly regexes: readonly RegExp[];
  analyze(text: string, context: AnalyzeContext): Finding[];
}

/**
 * Context words near a span raise (or, for negative words, remove) confidence. Words are matched
 * case-insensitively as substrings of a window of `window` characters on either side, which works
 * for Chinese (no word boundaries) and is cheap: windows are tiny and only built for candidates.
 */
export class ContextWords {
  private readonly words: string[];
  /** All words as one case-insensitive alternation: one regex test per window instead of one search per word. */
  private readonly regex: RegExp | undefined;

  constructor(
    words: readonly string[],
    readonly window: number,
  ) {
    this.words = words.map((w) => w.toLowerCase()).filter((w) => w.length > 0);
    this.regex = this.words.length
      ? new RegExp(this.words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i')
      : undefined;
  }

  get empty(): boolean {
    return this.words.length === 0;
  }

  /** Every regex this instance runs (for the backtracking test). */
  get regexes(): RegExp[] {
    return this.regex ? [this.regex] : [];
  }

  /** True when one of the words ends within `window` characters before `start` or begins within it after `end`. */
  near(text: string, start: number, end: number): boolean {
    if (!this.regex) return false;
    return (
      this.regex.test(text.slice(Math.max(0, start - this.window), start)) ||
      this.regex.test(text.slice(end, end + this.window))
    );
  }

  /** Only the text before the span (labels such as "住院号：" precede their value). */
  before(text: string, start: number): boolean {
    return this.regex ? this.regex.test(text.slice(Math.max(0, start - this.window), start)) : false;
  }
}

/**
 * Every match of a global regex over the text, as an array (cheaper than a generator on the hot
 * path); a zero-length match cannot stall the loop.
 */
export function matchAll(regex: RegExp, text: string): RegExpExecArray[] {
  if (!regex.global) throw new Error(`regex ${regex} must have the g flag`);
  // Most texts lack the strings a recognizer's regex needs: then there is nothing to scan for.
  if (!mayMatch(regex, text)) return [];
  const found: RegExpExecArray[] = [];
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match; match = regex.exec(text)) {
    if (match[0].length === 0) regex.lastIndex++;
    found.push(match);
  }
  return found;
}

export const clamp01 = (x: number): number => Math.max(0, Math.min(1, x));
