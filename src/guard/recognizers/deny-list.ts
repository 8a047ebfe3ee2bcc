import type { Finding, PiiType } from '../finding.ts';
import type { Recognizer } from './recognizer.ts';

/**
 * A deployment's own words of one type (staff names, ward nicknames, local ids): every occurrence
 * is a finding with the given score. Plain substring search, so no regex can misbehave.
 */
export class DenyListRecognizer implements Recognizer {
  readonly types: readonly PiiType[];
  readonly languages = ['any'] as const;
  readonly regexes = [];
  private readonly words: string[];

  constructor(
    readonly name: string,
    type: PiiType,
    words: readonly string[],
    private readonly score = 1,
    private readonly ignoreCase = false,
  ) {
    this.types = [type];
    this.words = [...new Set(words.filter((w) => w.length > 0))].map((w) =>
      ignoreCase ? w.toLowerCase() : w,
    );
  }

  analyze(text: string): Finding[] {
    // Lower-casing can change the length of a few scripts; then fall back to exact matching so
    // indices stay true.
    const lowered = this.ignoreCase ? text.toLowerCase() : text;
    const haystack = lowered.length === text.length ? lowered : text;
    const findings: Finding[] = [];
    for (const word of this.words) {
      for (let at = haystack.indexOf(word); at !== -1; at = haystack.indexOf(word, at + word.length)) {
        findings.push({
          type: this.types[0]!,
          start: at,
          end: at + word.length,
          text: text.slice(at, at + word.length),
          score: this.score,
          detector: this.name,
        });
      }
    }
    return findings;
  }
}
