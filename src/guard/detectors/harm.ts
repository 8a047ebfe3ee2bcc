import type { Finding } from '../finding.ts';
import { matchAll } from '../recognizers/recognizer.ts';
import type { Detector } from './detector.ts';
import { HARM_RULES, type HarmRule } from './harm-rules.ts';

/** The self-harm rules that say only that life feels not worth living, with no intent, plan or act. */
const PASSIVE_IDEATION_RULES = new Set(['self-harm.zh.not-live', 'self-harm.en.state']);
/** The writer says there is no plan or intent to act ("但没想过怎么做，也不会去做", "no plans to do anything"). */
const NO_PLAN_OR_INTENT =
  /没(?:有)?想过(?:要)?(?:具体)?(?:怎么|如何|要做什么|做什么)|从(?:来)?没(?:有)?(?:想过|琢磨过|打算)|(?:不会|不打算|没打算|没有打算)(?:去|真去|真的)?(?:做|干|伤害自己|自杀|寻死)|也没(?:有)?(?:计划|准备)|\bno (?:plans?|intention|intent)\b|\b(?:won't|wouldn't|will not|would not|not going to|never going to) (?:do anything|act on|hurt myself|harm myself|kill myself)\b|\bhaven't (?:thought about|planned) (?:how|anything|doing)\b/i;

/** Thoughts or urges of self-harm ("伤害自己的念头", "有时候想伤害自己", "thoughts of hurting myself"), not an act. */
const SELF_HARM_THOUGHTS =
  /念头|想法|冲动|(?:有时|偶尔|时不时|经常|总是|老是)(?:候)?(?:会)?想|\b(?:thoughts?|urges?|thinking (?:about|of)|think about)\b/i;
/**
 * An act, a preparation, a means or a time that a denial of plan or intent does not outweigh ("昨晚已经割了",
 * "买了刀片", "I cut myself last night", "I've bought razor blades", "took the pills"), and an urge felt now
 * or beyond control ("现在就想割", "忍不住", "tonight", "can't stop myself"), which is not a non-acute screen.
 */
const SELF_HARM_ACT_OR_MEANS =
  /现在|马上|今晚|今天|控制不住|忍不住|快撑不住|\b(?:right now|tonight|today|can'?t (?:stop|control|resist)|cannot (?:stop|control|resist))\b|割了|划了|烫了|撞了|割过|划过|伤害过|在割|在划|又割|又划|已经|昨晚|昨天|刚才|刚刚|刀片|买了|准备了|准备好|攒了|存了|遗书|吃了|吞了|喝了|跳楼|上吊|绳|多少|致死|药|\bi(?:'ve| have| had)?(?: been| already| just)? (?:cut|burn(?:ed|t)?|hurt|harmed|injured|cutting|burning|hurting|harming) myself\b|\bkeep (?:cutting|burning|hurting|harming) myself\b|\b(?:bought|stockpil\w*|saved up|razors?|blades?|rope|pills|tablets|overdosed?|took|swallowed|last night|yesterday|earlier today|already|how (?:many|much)|lethal|paracetamol|acetaminophen|tylenol|insulin|meds|medication|can i take)\b/i;
/** Rule hits that name hurting oneself (not killing oneself): a thought of these can be denied. */
const HURTING_ONESELF = /伤害自己|自残|自伤|\b(?:hurt|harm)(?:ing)? myself\b/i;
/**
 * Thoughts of hurting oneself with a plan and intent denied, and no act, preparation, means or time
 * ("我有伤害自己的念头，但没有计划，也不会去做", "thoughts of hurting myself but I won't act on them"): a
 * non-acute positive screen (NIMH ASQ), urgent. Used by the harm detector and the rf-self-harm red flag.
 */
export const selfHarmThoughtsDenied = (text: string): boolean =>
  SELF_HARM_THOUGHTS.test(text) && NO_PLAN_OR_INTENT.test(text) && !SELF_HARM_ACT_OR_MEANS.test(text);

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
    this.regexes = [
      ...rules.map((r) => r.regex),
      NO_PLAN_OR_INTENT,
      SELF_HARM_THOUGHTS,
      SELF_HARM_ACT_OR_MEANS,
      HURTING_ONESELF,
    ];
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
      const thoughtsDenied = selfHarmThoughtsDenied(text);
      const passiveOnly =
        selfHarm.every(
          (f) =>
            PASSIVE_IDEATION_RULES.has(String(f.detail?.rule)) ||
            (thoughtsDenied && HURTING_ONESELF.test(f.text)),
        ) &&
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
