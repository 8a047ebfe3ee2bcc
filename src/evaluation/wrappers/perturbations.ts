import * as OpenCC from 'opencc-js';
import { shuffled } from '../util/random.ts';

/**
 * Text perturbations a robust model should shrug off (FlagEval-style robustness): typos,
 * full-/half-width forms, simplified → traditional script, medical synonyms and an irrelevant
 * sentence. Each is deterministic given its random source; each returns undefined when it
 * cannot change the text, so no "perturbed" run silently equals the clean one.
 */
export type Perturb = (text: string, lang: 'zh' | 'en', random: () => number) => string | undefined;

const CJK = /[\u3400-\u9fff]/;

export const typo: Perturb = (text, lang, random) => {
  const chars = [...text];
  const candidates: number[] = [];
  for (let i = 0; i + 1 < chars.length; i++) {
    const a = chars[i]!;
    const b = chars[i + 1]!;
    const swappable = lang === 'zh' ? CJK.test(a) && CJK.test(b) : /[a-z]/i.test(a) && /[a-z]/i.test(b);
    if (swappable && a !== b) candidates.push(i);
  }
  if (candidates.length === 0) return undefined;
  // About one swap per 40 characters, at least one.
  const swaps = Math.max(1, Math.round(chars.length / 40));
  for (const i of shuffled(candidates, random).slice(0, swaps)) {
    [chars[i], chars[i + 1]] = [chars[i + 1]!, chars[i]!];
  }
  const out = chars.join('');
  return out === text ? undefined : out;
};

/** ASCII letters, digits and punctuation to full width (or back, if already full width). */
export const width: Perturb = (text) => {
  const hasFull = /[\uff01-\uff5e]/.test(text);
  const out = hasFull
    ? text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    : text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  return out === text ? undefined : out;
};

let converter: ((text: string) => string) | undefined;
function toTraditional(text: string): string {
  const convert = converter ?? OpenCC.Converter({ from: 'cn', to: 'tw' });
  converter = convert;
  return convert(text);
}
/** Simplified → traditional Chinese (Taiwan standard); Chinese text only. */
export const script: Perturb = (text, lang) => {
  if (lang !== 'zh') return undefined;
  const out = toTraditional(text);
  return out === text ? undefined : out;
};

/** Pairs of terms clinicians use interchangeably. */
export const SYNONYMS: Record<'zh' | 'en', Array<[string, string]>> = {
  zh: [
    ['心肌梗死', '心肌梗塞'],
    ['高血压', '血压高'],
    ['糖尿病', '血糖病'],
    ['脑卒中', '中风'],
    ['发热', '发烧'],
    ['呼吸困难', '气促'],
    ['腹泻', '拉肚子'],
    ['头痛', '头疼'],
    ['恶心', '想吐'],
    ['胸痛', '胸口疼'],
    ['阿司匹林', '乙酰水杨酸'],
    ['对乙酰氨基酚', '扑热息痛'],
    ['肺炎', '肺部感染'],
    ['慢性阻塞性肺疾病', '慢阻肺'],
    ['妊娠', '怀孕'],
    ['新生儿', '刚出生的婴儿'],
  ],
  en: [
    ['myocardial infarction', 'heart attack'],
    ['hypertension', 'high blood pressure'],
    ['stroke', 'cerebrovascular accident'],
    ['fever', 'pyrexia'],
    ['dyspnea', 'shortness of breath'],
    ['diarrhea', 'loose stools'],
    ['headache', 'cephalalgia'],
    ['acetaminophen', 'paracetamol'],
    ['aspirin', 'acetylsalicylic acid'],
    ['kidney', 'renal'],
    ['pregnancy', 'gestation'],
    ['vomiting', 'emesis'],
    ['chest pain', 'chest discomfort'],
    ['diabetes mellitus', 'diabetes'],
  ],
};

export const synonym: Perturb = (text, lang) => {
  let out = text;
  for (const [a, b] of SYNONYMS[lang]) {
    const pattern = (term: string) =>
      new RegExp(term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), lang === 'en' ? 'gi' : 'g');
    if (pattern(a).test(out)) out = out.replace(pattern(a), b);
    else if (pattern(b).test(out)) out = out.replace(pattern(b), a);
  }
  return out === text ? undefined : out;
};

const DISTRACTORS = {
  zh: [
    '患者的邻居上周买了一辆蓝色的汽车。',
    '今天医院食堂的午餐是米饭和青菜。',
    '候诊室的电视正在播放天气预报。',
  ],
  en: [
    "The patient's neighbour bought a blue car last week.",
    'The hospital cafeteria served rice and vegetables today.',
    'The waiting-room television is showing the weather forecast.',
  ],
};

/** An irrelevant sentence before the question. */
export const distractor: Perturb = (text, lang, random) => {
  const sentences = DISTRACTORS[lang];
  const sentence = sentences[Math.floor(random() * sentences.length)]!;
  return lang === 'zh' ? `${sentence}${text}` : `${sentence} ${text}`;
};

export const TEXT_PERTURBATIONS: Record<'typo' | 'width' | 'script' | 'synonym' | 'distractor', Perturb> = {
  typo,
  width,
  script,
  synonym,
  distractor,
};
