import type { KnowledgeBase } from '../../foundation/knowledge/knowledge-base.ts';
import { AhoCorasick, onWordBoundaries } from '../../foundation/text/aho-corasick.ts';
import { analyzeContext } from '../../foundation/text/assertion.ts';
import { normalizeText } from '../../foundation/text/normalize.ts';

/**
 * Reading clinical free text the way the reference model needs it for record structuring and
 * history taking: durations ("12小时", "3 days"), symptoms from a core vocabulary plus the knowledge
 * base's condition and red-flag words (negated and past mentions dropped), and who is speaking in
 * a doctor–patient dialogue. Rules only; every match keeps the wording of the text it came from.
 */

const ZH_NUMBER = '(?:\\d+(?:\\.\\d+)?|[一二两三四五六七八九十百半几数]+)';
const ZH_UNIT = '(?:分钟|小时|h|天|日|周|星期|个多?月|月|年)';
/** A duration in Chinese: 12小时, 3天余, 2个月, 半年, 十余年. */
export const ZH_DURATION = new RegExp(`${ZH_NUMBER}\\s*(?:余|多)?\\s*${ZH_UNIT}(?:余|多|半)?`, 'g');
const EN_NUMBER =
  '(?:\\d+(?:\\.\\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|few|couple of|a couple of)';
const EN_UNIT = '(?:minute|min|hour|hr|day|week|month|year|yr)s?';
/** A duration in English: 3 days, two weeks, 48 hours, a few months. */
export const EN_DURATION = new RegExp(`\\b${EN_NUMBER}[\\s-]+${EN_UNIT}\\b`, 'gi');

/** The first duration in the text, as written (without 近/约/for). */
export function findDuration(text: string): string | undefined {
  const zh = firstMatch(ZH_DURATION, text);
  const en = firstMatch(EN_DURATION, text);
  const found = [zh, en]
    .filter((m): m is RegExpExecArray => m !== undefined)
    .sort((a, b) => a.index - b.index)[0];
  if (!found) return undefined;
  // "3-day history" → "3 day"; a following 前/后 ("2小时前") is a time point, still the onset.
  return found[0].replace(/-/g, ' ').trim();
}

/** The text with every duration phrase taken out ("胸痛3天" → "胸痛", "cough for 3 days" → "cough"). */
export function withoutDurations(text: string): string {
  return text
    .replace(new RegExp(`(?:近|约|已|共|有)?${ZH_DURATION.source}(?:来|以来|前|后)?`, 'g'), '')
    .replace(
      new RegExp(
        `\\b(?:(?:for|over|x|since)\\s+)?(?:the\\s+)?(?:(?:past|last)\\s+)?${EN_NUMBER}[\\s-]+${EN_UNIT}(?:\\s+(?:history\\s+of|ago))?\\b`,
        'gi',
      ),
      '',
    )
    .replace(/\bfor\s*$/i, '')
    .replace(/\s{2,}/g, ' ');
}

function firstMatch(pattern: RegExp, text: string): RegExpExecArray | undefined {
  const re = new RegExp(pattern.source, pattern.flags.replace('g', ''));
  return re.exec(text) ?? undefined;
}

// ——— symptoms ———

/** Core symptom words; longer matches win, body-side qualifiers are read separately. */
const CORE_ZH = (
  '发热 发烧 低热 高热 畏寒 寒战 乏力 疲乏 头痛 头疼 头晕 眩晕 晕厥 昏厥 胸痛 胸闷 心悸 心慌 气短 气促 气喘 呼吸困难 ' +
  '夜间阵发性呼吸困难 端坐呼吸 喘息 咳嗽 干咳 咳痰 咯血 痰中带血 咽痛 喉咙痛 流涕 流鼻涕 鼻塞 打喷嚏 声音嘶哑 ' +
  '腹痛 腹胀 腹泻 便秘 恶心 呕吐 呕血 黑便 便血 反酸 烧心 嗳气 食欲下降 食欲不振 纳差 吞咽困难 吞咽痛 ' +
  '尿频 尿急 尿痛 血尿 少尿 尿量减少 多尿 夜尿增多 排尿困难 尿失禁 水肿 下肢水肿 双下肢水肿 浮肿 ' +
  '体重下降 体重减轻 消瘦 体重增加 多饮 多食 口干 口渴 皮疹 红疹 瘙痒 黄疸 皮肤发黄 眼黄 关节痛 关节肿痛 ' +
  '腰痛 背痛 颈痛 肌肉酸痛 全身酸痛 麻木 肢体无力 一侧肢体无力 言语不清 口角歪斜 抽搐 意识障碍 意识模糊 嗜睡 ' +
  '失眠 焦虑 情绪低落 兴趣减退 盗汗 出汗 冷汗 大汗 多汗 视物模糊 视力下降 复视 耳鸣 听力下降 耳痛 眼红 眼痛 ' +
  '阴道流血 阴道出血 白带增多 月经不调 停经 痛经 淋巴结肿大 手抖 怕热 怕冷 脱发 畏光 颈项强直 流泪 ' +
  '牙痛 鼻出血 牙龈出血 皮肤瘀斑 心跳加快 咽部异物感 胸骨后灼痛 活动后气短 不能行走 跛行 肿胀 疼痛 ' +
  '记忆力下降 烦躁 哭闹 拒食 喂养困难 精神差 ' +
  // lay words patients use
  '拉肚子 拉稀 发烧 尿少 睡不着 入睡困难 易醒 早醒 多梦 胸口发紧 胸口疼 胸口痛 胸口闷 心口疼 心口痛 嗓子疼 嗓子痛 ' +
  '喉咙疼 肚子疼 肚子痛 肚子胀 胃疼 胃痛 胃胀 头昏 没劲 没力气 喘不上气 憋气 起疹子 出疹子 腰疼 背疼 腿疼 腿肿 ' +
  '脚肿 眼睛痒 鼻子痒 流鼻血 口腔溃疡 尿血 大便带血 大便发黑 拉黑便 心跳快 出虚汗 发冷 打寒战 浑身疼 浑身没劲 ' +
  '注意力不集中 白天乏力 白天犯困 口苦 耳朵疼 牙疼 喉咙有痰 吐'
).split(' ');

const CORE_EN = [
  ...'fever chills rigors fatigue tiredness lethargy malaise headache dizziness vertigo syncope fainting'.split(
    ' ',
  ),
  ...'palpitations breathlessness dyspnoea dyspnea wheeze wheezing cough sputum phlegm haemoptysis hemoptysis'.split(
    ' ',
  ),
  ...'hoarseness sneezing bloating diarrhoea diarrhea constipation nausea vomiting haematemesis hematemesis'.split(
    ' ',
  ),
  ...'melaena melena heartburn reflux dysphagia odynophagia dysuria haematuria hematuria oedema edema'.split(
    ' ',
  ),
  ...'rash itching itch pruritus jaundice numbness weakness seizure seizures confusion drowsiness insomnia'.split(
    ' ',
  ),
  ...'anxiety sweating sweats tinnitus orthopnoea orthopnea polyuria polydipsia thirst photophobia tremor'.split(
    ' ',
  ),
  ...'irritability nocturia incontinence swelling pain'.split(' '),
  'chest pain',
  'chest tightness',
  'chest pressure',
  'shortness of breath',
  'short of breath',
  'sore throat',
  'runny nose',
  'blocked nose',
  'nasal congestion',
  'abdominal pain',
  'tummy pain',
  'stomach pain',
  'belly pain',
  'loss of appetite',
  'poor appetite',
  'reduced appetite',
  'difficulty swallowing',
  'pain on swallowing',
  'blood in stool',
  'black stools',
  'urinary frequency',
  'urgency',
  'ankle swelling',
  'leg swelling',
  'weight loss',
  'weight gain',
  'joint pain',
  'back pain',
  'neck pain',
  'muscle aches',
  'aching muscles',
  'slurred speech',
  'facial droop',
  'low mood',
  'night sweats',
  'cold sweat',
  'blurred vision',
  'double vision',
  'hearing loss',
  'ear pain',
  'vaginal bleeding',
  'neck stiffness',
  'stiff neck',
  'productive cough',
  'dry cough',
  'paroxysmal nocturnal dyspnoea',
  'paroxysmal nocturnal dyspnea',
  'reduced urine output',
  'decreased urine output',
  'unable to walk',
  'unable to bear weight',
  'poor feeding',
  'difficulty breathing',
  'trouble breathing',
];

/** Body-side and position words that qualify a symptom ("右下腹痛" is 腹痛 in the right lower quadrant). */
const ZH_SIDE = /^(?:转移性|持续性|阵发性|间断|反复|双侧|单侧|左侧|右侧|[左右上下中双])+/;
const EN_SIDE = /^(?:(?:left|right|upper|lower|central|bilateral|generalised|generalized|severe|mild)\s+)+/i;

export interface SymptomMention {
  /** As written in the text (side qualifiers removed). */
  text: string;
  start: number;
  end: number;
}

interface SymptomMatcher {
  automaton: AhoCorasick;
  patterns: string[];
  words: ReadonlySet<string>;
}

const matchers = new WeakMap<KnowledgeBase, SymptomMatcher>();

/**
 * Core words, plus the short symptom phrases of the knowledge base's conditions. (Red-flag terms
 * are left out: many are context words — "asthma", "walk" — that only count next to a symptom.)
 */
function symptomMatcher(kb: KnowledgeBase): SymptomMatcher {
  let matcher = matchers.get(kb);
  if (matcher) return matcher;
  const words = new Set<string>([...CORE_ZH, ...CORE_EN].map((w) => normalizeText(w)));
  // Single English words from condition lists ("red", "hot", "dry") are too vague on their own.
  const short = (term: string) =>
    /[\u3400-\u9fff]/.test(term)
      ? term.length >= 2 && term.length <= 5
      : term.split(/\s+/).length >= 2 && term.split(/\s+/).length <= 3;
  const usable = (term: string) =>
    short(term) &&
    !/[无没不未\d]|\bno\b|\bnot\b|usually|often|sometimes|may |可有|可伴|多见|发现/i.test(term);
  for (const condition of kb.conditions) {
    for (const phrase of [...condition.symptoms.zh, ...condition.symptoms.en]) {
      for (const part of phrase.split(/[、，,（）()]/)) {
        const term = part.trim();
        if (term && usable(term)) words.add(normalizeText(term));
      }
    }
  }
  const patterns = [...words].filter((w) => w.length >= 2 || w === '吐');
  matcher = { automaton: new AhoCorasick(patterns), patterns, words };
  matchers.set(kb, matcher);
  return matcher;
}

/**
 * Symptoms the text says the person has now: longest vocabulary matches, not negated ("无腹泻",
 * "denies fever") and not someone else's or past history. Duplicates (same wording) are dropped.
 */
export function findSymptoms(kb: KnowledgeBase, text: string): SymptomMention[] {
  const normalized = normalizeText(text);
  const { automaton, patterns, words } = symptomMatcher(kb);
  const hits: Array<{ start: number; end: number }> = [];
  automaton.search(normalized, (index, start, end) => {
    if (onWordBoundaries(normalized, patterns[index]!, start, end)) hits.push({ start, end });
  });
  // Longest first; a hit inside a longer one is the same symptom.
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Array<{ start: number; end: number }> = [];
  for (const hit of hits) {
    const last = kept[kept.length - 1];
    if (last && hit.start < last.end) {
      if (hit.end - hit.start > last.end - last.start && hit.start === last.start)
        kept[kept.length - 1] = hit;
      else if (hit.end > last.end && hit.end - hit.start > last.end - last.start) kept[kept.length - 1] = hit;
      continue;
    }
    kept.push(hit);
  }
  if (kept.length === 0) return [];
  const out: SymptomMention[] = [];
  let negatedList = -1;
  let lastEnd = 0;
  for (const hit of kept) {
    // Each clause is judged on its own, so "…就好了" in the next clause does not make a symptom past.
    const [from, to] = clauseAround(normalized, hit.start, hit.end);
    const clause = normalized.slice(from, to);
    const assertion = analyzeContext(clause, [{ start: hit.start - from, end: hit.end - from }]).assertionOf(
      hit.start - from,
      hit.end - from,
    );
    const lead = normalized.slice(from, hit.start);
    // A negation word right before the symptom, or a list that one opened ("无腹泻、呕吐").
    const negated =
      assertion === 'negated' ||
      DIRECT_NEGATION.test(lead) ||
      (negatedList === from &&
        /^[、和及或\s]*$|^\s*(?:,|or|and|nor)\s*$/i.test(normalized.slice(lastEnd, hit.start)));
    lastEnd = hit.end;
    if (negated) {
      negatedList = from;
      continue;
    }
    negatedList = -1;
    if (assertion === 'historical' || assertion === 'hypothetical') continue;
    let word = text.slice(hit.start, hit.end);
    // "右下腹痛" → "腹痛" only when the rest is itself a symptom word ("双下肢水肿" stays whole).
    const bare = word.replace(ZH_SIDE, '').replace(EN_SIDE, '');
    if (bare !== word && words.has(normalizeText(bare))) word = bare;
    // One entry per symptom: "活动后气短" and "气短" are the same complaint, kept in its core form.
    const key = normalizeText(word);
    const same = out.findIndex((o) => {
      const other = normalizeText(o.text);
      return other.includes(key) || key.includes(other);
    });
    if (same < 0) out.push({ text: word, start: hit.start, end: hit.end });
    else if (key.length < normalizeText(out[same]!.text).length) out[same] = { ...out[same]!, text: word };
  }
  return out;
}

const DIRECT_NEGATION =
  /(?:无|没有|没|否认|未见|未|不伴有?|并无|\bno|\bdenies|\bdenied|\bwithout|\bnegative for)\s*$/i;

/**
 * Is the span negated by a negation word earlier in its clause, with only symptom words and list
 * separators in between ("也不胸闷胸痛", "没有发热、咳嗽")? A stricter reading than the shared
 * assertion rules, whose "不" only reaches the next word.
 */
export function negatedInClause(kb: KnowledgeBase, text: string, start: number, end: number): boolean {
  const normalized = normalizeText(text);
  const [from] = clauseAround(normalized, start, end);
  const lead = normalized.slice(from, start);
  const cue = /(?:没有|没|无|不|否认|未|并无|\b(?:no|not|never|denies|without)\b)(?=[^没无不否未]*$)/i.exec(
    lead,
  );
  if (!cue) return false;
  if (
    /不知道|不清楚|不确定|不停|不断|不止|不了|不能|不出|不上|不过|不醒|不清|不动|不住|没想到|没注意|not sure|no idea/i.test(
      lead.slice(cue.index),
    )
  )
    return false;
  let between = lead.slice(cue.index + cue[0].length);
  const { automaton, patterns } = symptomMatcher(kb);
  automaton.search(normalizeText(between), (index) => {
    between = between.split(patterns[index]!).join(' ');
  });
  return /^[\s、,，和及或也都有过a-z]*$/i.test(between.replace(/\b(?:or|and|any|also|had|have)\b/gi, ''));
}

/** The clause around a span: up to , . ; ! ? 。，；！？ or a line break on either side. */
function clauseAround(text: string, start: number, end: number): [number, number] {
  const stop = /[,，。；;！!？?\n]|\.(?!\d)/;
  let from = start;
  while (from > 0 && !stop.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !stop.test(text[to]!)) to++;
  return [from, to];
}

// ——— dialogues ———

const DOCTOR_LABEL = /^(?:医生|大夫|医师|接诊医生|主治医生|doctor|dr\.?|physician|clinician|gp|nurse|护士)$/i;
const SPEAKER_LABEL = /^\s*([\u4e00-\u9fa5]{1,6}|[A-Za-z][A-Za-z .']{0,18})\s*[:：]\s*(.*)$/;
/** Labels that are note headings, not speakers ("诊断：…" inside a dialogue record). */
const NOT_A_SPEAKER =
  /^(?:诊断|初步诊断|处理|处理意见|计划|诊疗计划|医嘱|查体|检查|辅助检查|主诉|既往史|过敏史|用药史|现病史|体格检查|diagnosis|impression|assessment|plan|exam|examination|investigations|allergies|medications|history|note|time|date)$/i;

export interface Utterance {
  speaker: 'doctor' | 'patient';
  text: string;
}

/** Lines "医生：…" / "患者：…" / "Doctor: …" read as a dialogue, or undefined when the text is not one. */
export function readDialogue(text: string): Utterance[] | undefined {
  const utterances: Utterance[] = [];
  let labelled = 0;
  let doctor = 0;
  for (const line of text.split(/\n/)) {
    const m = SPEAKER_LABEL.exec(line);
    const label = m?.[1]?.trim() ?? '';
    if (m && DOCTOR_LABEL.test(label)) {
      utterances.push({ speaker: 'doctor', text: m[2]! });
      labelled++;
      doctor++;
    } else if (
      m &&
      !NOT_A_SPEAKER.test(label) &&
      (/[\u4e00-\u9fa5]/.test(label) || label.split(' ').length <= 3)
    ) {
      // Whoever is not the doctor speaks for the patient: 患者, 家长, 妈妈, Mother, Patient's son.
      utterances.push({ speaker: 'patient', text: m[2]! });
      labelled++;
    } else if (utterances.length > 0 && line.trim()) {
      utterances[utterances.length - 1]!.text += `\n${line}`;
    }
  }
  return labelled >= 2 && doctor >= 1 ? utterances : undefined;
}
