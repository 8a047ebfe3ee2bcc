import type { RedFlagMatcher } from '../../foundation/knowledge/redflags.ts';
import type { TriageLevel } from '../../foundation/knowledge/schema.ts';
import type { Language } from '../../foundation/text/language.ts';
import type { Finding } from '../finding.ts';
import type { EmergencyModel } from '../triage-model/emergency-model.ts';
import type { Detector } from './detector.ts';
import { selfHarmThoughtsDenied } from './harm.ts';
import { EMERGENCY_NUMBERS, MODEL_EMERGENCY_ADVICE } from './messages.ts';

/** The red-flag id of a finding raised by the emergency model rather than a rule (policy key RED_FLAG.model). */
export const MODEL_EMERGENCY_ID = 'model.emergency';

/** The self-harm red flag, which a denied plan and intent lowers to urgent (see selfHarmThoughtsDenied). */
const SELF_HARM_ID = 'rf-self-harm';
const LEVEL_SCORE: Record<TriageLevel, number> = { emergency: 1, urgent: 0.8, routine: 0.5 };
export const TRIAGE_RANK: Record<TriageLevel, number> = { emergency: 3, urgent: 2, routine: 1 };

/**
 * Questions *about* a psychiatric topic ("how do I talk to my teen about suicide", "自杀的预防措施")
 * are not a person in crisis. When the text has this framing and no first-person intent, psychiatric
 * red flags are dropped here; the harm detector still catches intent ("我想自杀") on its own.
 */
const INFORMATIONAL =
  /\b(?:talk(?:ing)? (?:to|with) (?!about\b).{0,30}about|how (?:do|can|should) (?:i|we|parents|you) (?:help|support|talk|recogni[sz]e|spot|prevent)|prevention|warning signs|risk factors|statistics|research|screening|assessment|side effects?|can cause|could cause|may cause)\b|(?:如何|怎么|怎样)(?:和|跟|与).{0,12}(?:谈|聊|沟通)|预防|干预措施|预警信号|危险因素|怎么帮助|如何帮助|如何识别|筛查|评估量表|统计数据|副作用|会不会引起|会引起|会导致|可能引起/i;
/**
 * A question asked for a story ("写小说要用，一氧化碳中毒的人看上去什么样", "for my crime novel") is
 * about a character, not a person needing care: its physical red flags are dropped. Psychiatric ones
 * stay, because "it's for a story" is also a known cover for asking about one's own lethal dose.
 */
const FICTION =
  /写小说|写(?:一|这|那)?(?:本|部|篇)小说|小说里|小说中|小说要用|(?:推理|悬疑|侦探|武侠|言情|网络)小说|写剧本|剧本里|剧情需要|剧情里|情节里|写故事|\b(?:for|in) (?:my|a|the) (?:novel|story|book|screenplay|script)\b|\b(?:writing|working on|drafting) (?:a|my) (?:short )?(?:novel|story|book|screenplay|thriller|play)\b|\bcrime novel\b|\b(?:screenwriter|scriptwriter|novelist|playwright) here\b/i;
/**
 * A question asked for a story, with no first-person intent and nothing the writer says is happening to
 * them now: its physical red flags are not raised. "I'm writing a novel, but right now I have crushing
 * chest pain" is an emergency.
 */
const askedForAStory = (text: string) =>
  FICTION.test(text) && !FIRST_PERSON_INTENT.test(text) && !FIRST_PERSON_NOW.test(text);
/**
 * Material for teaching others (a school display board, a first-aid poster, a lesson plan) that asks how
 * signs are recognised or described, with nobody in it now: "做急救板报，怎么识别中风，比如口角歪斜要怎么描述".
 * Its physical red flags are not raised. Any time-now word, a relative or the writer now keeps them
 * ("做板报的时候我爸突然嘴歪了" is an emergency).
 */
const TEACHING =
  /板报|宣传栏|宣传板|宣传海报|宣传册|宣传单|科普文章|科普视频|做科普|写科普|课件|教案|急救知识|急救培训|急救课|\b(?:school project|lesson plan|first[- ]aid (?:poster|leaflet|lesson|display)|(?:poster|leaflet|display board) (?:about|on))\b/i;
const ASKS_HOW_SIGNS_LOOK =
  /(?:怎么|怎样|如何)(?:快速)?(?:识别|判断|辨别|描述|介绍|讲解|写)|有哪些(?:表现|症状|信号)|\bhow (?:to|do you|would you|can you) (?:recogni[sz]e|spot|describe|identify|explain)\b|\bwhat are the (?:signs|symptoms|warning signs)\b/i;
const SOMEONE_NOW =
  /现在|刚才|刚刚|突然|这会|此刻|今天|今早|今晚|昨晚|昨天|正在(?:抽|吐|流|喘|发)|我(?:爸|妈|爷|奶|外公|外婆|姥|老公|老婆|丈夫|妻子|儿子|女儿|孩子|家)|\b(?:right now|just now|suddenly|today|tonight|this morning|at the moment|my (?:dad|mum|mom|father|mother|husband|wife|son|daughter|child|baby|grand(?:ad|pa|ma|mother|father)|nan|partner|friend|brother|sister))\b/i;
const askedForTeaching = (text: string) =>
  TEACHING.test(text) &&
  ASKS_HOW_SIGNS_LOOK.test(text) &&
  !SOMEONE_NOW.test(text) &&
  !FIRST_PERSON_NOW.test(text);
/**
 * Whether a scene on screen is true to life ("电视剧里有人挨了一刀，一拔刀就喷血，真是这样吗", "in a film someone's
 * blood spurted everywhere - is that realistic?"): a question about the scene, with nobody in it now. Its physical
 * red flags are not raised. A time-now word, a relative or the writer now keeps them ("我爸刚才像电视里那样突然倒了").
 */
const SCREEN_SCENE =
  /电视剧里|电视剧中|电视里|电影里|电影中|短视频里|\b(?:on (?:tv|the telly)|in (?:a|the|that) (?:film|movie|tv show|tv series|soap|drama))\b/i;
const ASKS_IF_TRUE_TO_LIFE =
  /真事儿?|真(?:的)?是这样吗|是真的吗|是不是真的|现实中|现实里|真会这样|\b(?:is (?:that|this|it) (?:real|true|realistic|accurate)|(?:really|actually) (?:like that|happen)|in real life)\b/i;
const askedAboutAScreenScene = (text: string) =>
  SCREEN_SCENE.test(text) &&
  ASKS_IF_TRUE_TO_LIFE.test(text) &&
  !SOMEONE_NOW.test(text) &&
  !FIRST_PERSON_NOW.test(text) &&
  !FIRST_PERSON_INTENT.test(text);
/** Asked for a story or teaching material, or about a screen scene: physical red flags are not about anyone now. */
const askedForStoryOrLesson = (text: string) =>
  askedForAStory(text) || askedForTeaching(text) || askedAboutAScreenScene(text);
/** The writer speaks of themselves now ("right now I…", "I have…", "我现在…"), beside any story. */
const FIRST_PERSON_NOW =
  /\b(?:right now|at the moment)\b|\bi(?:'m| am) (?:having|feeling|getting|bleeding|in pain)\b|\bi (?:have|feel|can't|cannot|just)\b|我(?:现在|自己|刚才|刚刚)|我(?:胸|头|肚子|心口)/i;
const FIRST_PERSON_INTENT =
  /(?:我|本人)(?:真的|现在|已经|一直)?(?:想|要|打算|准备|计划)(?:去)?(?:自杀|死|轻生)|我不想活|\bi(?:'m| am)? (?:want|going|planning|thinking about) (?:to )?(?:kill myself|end my life|die)\b|\bi(?:'m| am) suicidal\b/i;

/**
 * Emergency red flags from the knowledge base's matcher (negation and other people's history are
 * handled there). One finding per matched span; `detail` carries the red flag's id, level and advice.
 *
 * With an emergency model (data/models/triage-emergency.json), the message as a whole is also judged:
 * a message the rules leave below emergency that the model finds likely an emergency gets a finding of
 * its own (id `model.emergency`, pointing at the words that weighed most). The model only ever raises:
 * it can be confidently wrong about rare conditions it has not seen (constipation on clozapine scores
 * 0.01), which is where the rules carry knowledge, so it never lowers a rule's emergency. Rules name
 * the signs; the model catches wordings no rule has yet.
 */
export class RedFlagDetector implements Detector {
  readonly name = 'redflag' as const;
  readonly regexes = [
    INFORMATIONAL,
    FICTION,
    FIRST_PERSON_INTENT,
    FIRST_PERSON_NOW,
    TEACHING,
    ASKS_HOW_SIGNS_LOOK,
    SOMEONE_NOW,
    SCREEN_SCENE,
    ASKS_IF_TRUE_TO_LIFE,
  ];

  constructor(
    private readonly matcher: RedFlagMatcher,
    private readonly model?: EmergencyModel,
  ) {}

  detect(text: string): Finding[] {
    const findings = this.ruleFindings(text);
    return this.model ? this.withModel(text, findings, this.model) : findings;
  }

  private withModel(text: string, findings: Finding[], model: EmergencyModel): Finding[] {
    // The model only raises, so a message the rules already call an emergency is not read again.
    if (findings.some((f) => f.detail?.level === 'emergency')) return findings;
    const probability = model.probability(text);
    if (probability === undefined || !modelRaises(false, probability, model.file.promote_at)) return findings;
    if (askedForStoryOrLesson(text)) return findings;
    const evidence = model.evidence(text);
    const top = evidence[0] ?? { start: 0, end: text.length };
    findings.push({
      type: 'RED_FLAG',
      start: top.start,
      end: top.end,
      text: text.slice(top.start, top.end),
      score: LEVEL_SCORE.emergency,
      detector: 'redflag',
      detail: {
        id: MODEL_EMERGENCY_ID,
        level: 'emergency',
        system: 'general',
        name: {
          zh: '模型判断：整段描述可能是急症',
          en: 'Triage model: the message as a whole may be an emergency',
        },
        advice: MODEL_EMERGENCY_ADVICE,
        model_probability: probability,
        model_version: model.file.version,
        evidence: evidence.map((e) => e.gram),
      },
    });
    return findings;
  }

  private ruleFindings(text: string): Finding[] {
    const result = this.matcher.match(text);
    const findings: Finding[] = [];
    // Tested once, and only when a flag matched (most texts match none).
    const noIntent = result.matches.length > 0 && !FIRST_PERSON_INTENT.test(text);
    const storyOrLesson = result.matches.length > 0 && askedForStoryOrLesson(text);
    const informational =
      noIntent && result.matches.some((m) => m.system === 'psychiatric') && INFORMATIONAL.test(text);
    // Thoughts of hurting oneself with plan and intent denied and no act or means: urgent (NIMH ASQ), as
    // the harm detector judges them. Plans, preparations and ingestions are other entries and stay.
    const thoughtsDenied = result.matches.some((m) => m.id === SELF_HARM_ID) && selfHarmThoughtsDenied(text);
    for (const match of result.matches) {
      if (informational && match.system === 'psychiatric') continue;
      if (storyOrLesson && match.system !== 'psychiatric') continue;
      const level = thoughtsDenied && match.id === SELF_HARM_ID ? 'urgent' : match.level;
      for (const span of mergedSpans(text, match.spans)) {
        findings.push({
          type: 'RED_FLAG',
          start: span.start,
          end: span.end,
          text: span.text,
          score: LEVEL_SCORE[level],
          detector: 'redflag',
          detail: {
            id: match.id,
            level,
            system: match.system,
            name: match.name,
            advice: match.advice,
          },
        });
      }
    }
    return findings;
  }
}

/**
 * One red flag's matched spans with overlapping or touching ones joined: its terms often match inside
 * each other ("说话", "说话不清", "不清"), and one span per stretch of text reads better and counts right.
 */
function mergedSpans(
  text: string,
  spans: ReadonlyArray<{ start: number; end: number; text: string }>,
): Array<{ start: number; end: number; text: string }> {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Array<{ start: number; end: number; text: string }> = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) {
      if (span.end > last.end) {
        last.end = span.end;
        last.text = text.slice(last.start, last.end);
      }
    } else merged.push({ start: span.start, end: span.end, text: span.text });
  }
  return merged;
}

/** Whether the emergency model raises a message to emergency: the rules left it below, and it is likely one. */
export const modelRaises = (ruleEmergency: boolean, probability: number, promoteAt: number): boolean =>
  !ruleEmergency && probability >= promoteAt;

/**
 * The highest triage level among the findings ('routine' when none): a red flag's own level, a
 * self-harm finding's level (emergency unless the harm detector judged it a passive wish with no plan
 * or intent, urgent), and a lethal-dose request as an emergency.
 */
export function triageOf(findings: readonly Finding[]): TriageLevel {
  let level: TriageLevel = 'routine';
  for (const f of findings) {
    const l =
      f.type === 'RED_FLAG'
        ? (f.detail?.level as TriageLevel | undefined)
        : f.type === 'SELF_HARM'
          ? ((f.detail?.level as TriageLevel | undefined) ?? 'emergency')
          : f.type === 'LETHAL_DOSE'
            ? 'emergency'
            : undefined;
    if (l && TRIAGE_RANK[l] > TRIAGE_RANK[level]) level = l;
  }
  return level;
}

/** The escalation message: each matched sign's advice (most urgent first), then the emergency number. */
export function escalationMessage(findings: readonly Finding[], language: Language): string | undefined {
  const seen = new Set<string>();
  const advice: Array<{ rank: number; text: string }> = [];
  for (const f of findings) {
    if (f.type !== 'RED_FLAG' || !f.detail) continue;
    const id = String(f.detail.id);
    if (seen.has(id)) continue;
    seen.add(id);
    const text = (f.detail.advice as Record<Language, string>)[language];
    advice.push({ rank: TRIAGE_RANK[f.detail.level as TriageLevel], text });
  }
  if (advice.length === 0) return undefined;
  const lines = advice.sort((a, b) => b.rank - a.rank).map((a) => a.text);
  const top = advice[0]!.rank;
  if (top === TRIAGE_RANK.emergency) lines.push(EMERGENCY_NUMBERS[language]);
  return lines.join(language === 'zh' ? '' : ' ');
}
