import type { Finding } from '../finding.ts';
import { matchAll } from '../recognizers/recognizer.ts';
import type { Detector } from './detector.ts';
import { HARM_RULES, type HarmRule } from './harm-rules.ts';

/** Harmful content on input and output (see harm-rules.ts for what each category covers). */
export class HarmDetector implements Detector {
  readonly name = 'harm' as const;
  readonly regexes: readonly RegExp[];

  constructor(private readonly rules: readonly HarmRule[] = HARM_RULES) {
    this.regexes = rules.map((r) => r.regex);
  }

  detect(text: string): Finding[] {
    const findings: Finding[] = [];
    for (const rule of this.rules) {
      for (const m of matchAll(rule.regex, text)) {
        if (rule.negatedBy && negated(text, m.index, rule.negatedBy, rule.negationWindow ?? 4)) continue;
        findings.push({
          type: rule.type,
          start: m.index,
          end: m.index + m[0].length,
          text: m[0],
          score: rule.score,
          detector: 'harm',
          detail: { rule: rule.id },
        });
      }
    }
    return findings;
  }
}

/** A negation or hedge word shortly before the match ("否认想自杀", "do vaccines cause…"). */
function negated(text: string, start: number, words: readonly string[], window: number): boolean {
  const before = text.slice(Math.max(0, start - window), start).toLowerCase();
  return words.some((w) => before.includes(w));
}
