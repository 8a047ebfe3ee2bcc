import type { Finding } from '../finding.ts';
import { matchAll } from '../recognizers/recognizer.ts';
import type { Detector } from './detector.ts';
import { HARM_RULES, type HarmRule } from './harm-rules.ts';

/** The self-harm rules that say only that life feels not worth living, with no intent, plan or act. */
const PASSIVE_IDEATION_RULES = new Set(['self-harm.zh.not-live', 'self-harm.en.state']);
/** The writer says there is no plan or intent to act ("但没想过怎么做，也不会去做", "no plans to do anything"). */
const NO_PLAN_OR_INTENT =
  /没(?:有)?想过(?:要)?(?:具体)?(?:怎么|如何|要做什么|做什么)|从(?:来)?没(?:有)?(?:想过|琢磨过|打算)|(?:不会|不打算|没打算|没有打算)(?:去|真去|真的)?(?:做|干|伤害自己|自杀|寻死)|也没(?:有)?(?:计划|准备)|\bno (?:plans?|intention|intent)\b|\b(?:won't|wouldn't|will not|would not|not going to|never going to) (?:do anything|act on|hurt myself|harm myself|kill myself)\b|\bhaven't (?:thought about|planned) (?:how|anything|doing)\b/i;

/**
 * Harmful content on input and output (see harm-rules.ts for what each category covers).
 *
 * Self-harm findings carry a level, as red flags do: `urgent` for a passive wish not to be alive when
 * the writer also says there is no plan or intent (a non-acute positive screen in the NIMH ASQ toolkit:
 * a same-day mental-health assessment, with support offered), `emergency` for everything else (intent,
 * a plan, a method, an act, or a passive wish with nothing said about a plan). Policies can tell them
 * apart with SELF_HARM.urgent / SELF_HARM.emergency; without those keys both follow SELF_HARM.
 */
export class HarmDetector implements Detector {
  readonly name = 'harm' as const;
  readonly regexes: readonly RegExp[];

  constructor(private readonly rules: readonly HarmRule[] = HARM_RULES) {
    this.regexes = [...rules.map((r) => r.regex), NO_PLAN_OR_INTENT];
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
    const selfHarm = findings.filter((f) => f.type === 'SELF_HARM');
    if (selfHarm.length > 0) {
      const passiveOnly =
        selfHarm.every((f) => PASSIVE_IDEATION_RULES.has(String(f.detail?.rule))) &&
        !findings.some((f) => f.type === 'LETHAL_DOSE') &&
        NO_PLAN_OR_INTENT.test(text);
      for (const f of selfHarm) f.detail = { ...f.detail, level: passiveOnly ? 'urgent' : 'emergency' };
    }
    return findings;
  }
}

/** A negation or hedge word shortly before the match ("否认想自杀", "do vaccines cause…"). */
function negated(text: string, start: number, words: readonly string[], window: number): boolean {
  const before = text.slice(Math.max(0, start - window), start).toLowerCase();
  return words.some((w) => before.includes(w));
}
