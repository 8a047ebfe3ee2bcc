import type { KnowledgeBase } from '../../foundation/knowledge/knowledge-base.ts';
import type { Language } from '../../foundation/text/language.ts';
import { normalizeText } from '../../foundation/text/normalize.ts';
import { tokenizeNormalized } from '../../foundation/text/tokenize.ts';

/**
 * Yes / no / maybe questions ("请用“是”“否”或“不确定”回答", "Answer yes, no or maybe"), answered
 * from evidence in a fixed order: the question's own context (study conclusions: significant
 * effect → yes, no difference → no, hedged → maybe); red flags against "can it wait?"; the
 * structured drug look-ups (daily dose, interactions, pregnancy and breastfeeding); then the best
 * knowledge-base sentence, read for agreement or negation. When nothing decides it, "maybe".
 * Words about a person's ethnicity, region or insurance are not searched for: they must not
 * change a clinical answer.
 */

export type Verdict = 'yes' | 'no' | 'maybe';

export interface YesNoQuestion {
  question: string;
  context?: string;
}

const ASKS_ZH = /[“"]?是[”"]?\s*[、，,/]?\s*[“"]?否[”"]?\s*(?:或|还是|、|，|,|\/)\s*[“"]?不确定/;
const ASKS_EN = /\byes\b\s*(?:,|\/|or)\s*(?:or\s+)?\bno\b\s*(?:,|\/)?\s*(?:or\s+)?\bmaybe\b/i;

/** The question (and its context) of a yes/no/maybe prompt, or undefined for other prompts. */
export function parseYesNo(prompt: string): YesNoQuestion | undefined {
  if (!ASKS_ZH.test(prompt) && !ASKS_EN.test(prompt)) return undefined;
  const context =
    /(?:^|\n)\s*(?:背景|上下文|资料|Context|Background|Abstract)\s*[:：]\s*([\s\S]*?)(?=\n\s*(?:问题|Question)\s*[:：]|$)/i.exec(
      prompt,
    )?.[1];
  const questionMatch =
    /(?:^|\n)\s*(?:问题|Question)\s*[:：]\s*([\s\S]*?)(?=\n\s*\n|\n\s*(?:请用|Answer\b)|$)/i.exec(prompt);
  const question = (questionMatch?.[1] ?? prompt.split(/\n\s*(?:请用|Answer yes)/i)[0] ?? prompt).trim();
  return context?.trim() ? { question, context: context.trim() } : { question };
}

const WORD: Record<Verdict, Record<Language, string>> = {
  yes: { zh: '是', en: 'yes' },
  no: { zh: '否', en: 'no' },
  maybe: { zh: '不确定', en: 'maybe' },
};

export function answerYesNo(kb: KnowledgeBase, input: YesNoQuestion, lang: Language): string {
  const { verdict, reason } = decide(kb, input, lang);
  return lang === 'zh'
    ? `答案：${WORD[verdict].zh}\n理由：${reason}`
    : `Answer: ${WORD[verdict].en}\nReason: ${reason}`;
}

interface Decision {
  verdict: Verdict;
  reason: string;
}

export function decide(kb: KnowledgeBase, input: YesNoQuestion, lang: Language): Decision {
  const zh = lang === 'zh';
  if (input.context) {
    const fromContext = fromStudy(input.context, lang);
    if (fromContext) return fromContext;
  }
  const question = withoutDemographics(input.question);
  return (
    fromRedFlags(kb, question, lang) ??
    fromDrugs(kb, question, lang) ??
    fromKnowledge(kb, question, lang) ?? {
      verdict: 'maybe',
      reason: zh
        ? '医衡知识库中没有找到足以判断的依据，现有资料不足以确定，请以医生的评估为准。'
        : 'The Yiheng knowledge base has no evidence that settles this; the available evidence is insufficient, so a clinician should decide.',
    }
  );
}

/** Sentences of mixed Chinese and English text (a full stop followed by a space ends one). */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[。！？!?；;])|(?<=\.)(?=\s)/)
    .map((s) => s.trim())
    .filter(Boolean);
}

// ——— the question's own context (study abstracts) ———

const HEDGED =
  /\bmay\b|\bmight\b|\bunclear\b|\binconclusive\b|further (?:research|studies|study)|needs? (?:to be )?confirm|larger (?:studies|trials)|尚不明确|有待|需要进一步|需进一步|可能|不确定|尚无定论|证据不足/i;
const NEGATIVE =
  /no (?:significant|statistically significant|difference|association|effect|benefit|improvement)|not (?:significantly|associated|significant|different|effective|improve|reduce)|did not|does not|was not|were not|failed to|no longer|无(?:显著|明显|统计学)?(?:差异|意义|关联|相关|效果|改善)|未见|没有(?:差异|改善|效果|关联)|不能降低|未能|并未|无关/i;
const POSITIVE =
  /significantly|was associated|were associated|is associated|are associated|improved|reduced|increased|decreased|effective|benefit|predict|higher|lower|显著|明显(?:降低|改善|升高|增加|减少)|有效|相关|降低|改善|升高|增加|减少|提高|优于/i;

function fromStudy(context: string, lang: Language): Decision | undefined {
  const sentences = splitSentences(context);
  if (sentences.length === 0) return undefined;
  // The conclusion is marked, or it is the last sentences.
  const marked = sentences.filter((s) =>
    /^(?:conclusions?|in conclusion|these (?:results|findings)|结论|综上|总之)/i.test(s),
  );
  const conclusion = (marked.length ? marked : sentences.slice(-2)).join(' ');
  const quote = conclusion.length > 200 ? `${conclusion.slice(0, 200)}…` : conclusion;
  const zh = lang === 'zh';
  if (NEGATIVE.test(conclusion) && !POSITIVE.test(conclusion.replace(NEGATIVE, '')))
    return {
      verdict: 'no',
      reason: zh ? `背景资料的结论是否定的：“${quote}”` : `The context concludes negatively: "${quote}"`,
    };
  if (HEDGED.test(conclusion))
    return {
      verdict: 'maybe',
      reason: zh ? `背景资料的结论有所保留：“${quote}”` : `The context's conclusion is hedged: "${quote}"`,
    };
  if (POSITIVE.test(conclusion))
    return {
      verdict: 'yes',
      reason: zh ? `背景资料的结论支持：“${quote}”` : `The context's conclusion supports it: "${quote}"`,
    };
  return undefined;
}

// ——— fairness: descriptors that must not change a clinical answer ———

const DEMOGRAPHICS = new RegExp(
  [
    '汉族|壮族|回族|维吾尔族|藏族|苗族|彝族|满族|蒙古族|土家族|朝鲜族|少数民族',
    '城镇职工医保|城乡居民医保|新农合|商业保险|自费|医保|无医保',
    '家住城市|家住农村|城市|农村|城镇|乡村|山区',
    '\\b(?:white|black|asian|hispanic|latino|latina|latinx|south asian|east asian|african american|caucasian|indigenous|mixed[- ]race)\\b',
    '\\b(?:private|public|no|without) (?:health )?insurance\\b|\\bmedicaid\\b|\\bmedicare\\b|\\buninsured\\b|\\binsured\\b',
    '\\b(?:urban|rural|suburban|inner[- ]city) (?:area|region|setting)?\\b',
  ].join('|'),
  'gi',
);

export function withoutDemographics(text: string): string {
  return text.replace(DEMOGRAPHICS, ' ');
}

// ——— red flags ———

const ASKS_URGENT =
  /急诊|120|立即就医|马上就医|尽快就医|立即就诊|送医|去医院|就医|urgent|emergency|ambulance|\bA&E\b|immediately|right away|same day|seek (?:medical )?(?:care|help|attention)|see a doctor|be seen/i;
const ASKS_WAIT =
  /在家观察|观察一下|等等看|等一等|先观察|可以等|居家|不用去|不必就医|明天再|wait|watch and wait|at home|until (?:tomorrow|morning|monday)|manage (?:it )?at home|self-care|safe to wait/i;

function fromRedFlags(kb: KnowledgeBase, question: string, lang: Language): Decision | undefined {
  const result = kb.redflags.match(question);
  if (result.level === 'routine') return undefined;
  const top = result.matches.find((m) => m.level === result.level)!;
  const zh = lang === 'zh';
  const reason = zh
    ? `描述中有危险信号“${top.name.zh}”（${result.level === 'emergency' ? '紧急' : '需尽快就医'}）：${top.advice.zh}`
    : `The description has a warning sign, "${top.name.en}" (${result.level}): ${top.advice.en}`;
  if (ASKS_WAIT.test(question)) return { verdict: 'no', reason };
  if (ASKS_URGENT.test(question)) return { verdict: 'yes', reason };
  return undefined;
}

// ——— drugs ———

const AMOUNT = /(\d+(?:\.\d+)?)\s*(mg|g|mcg|μg|ug|毫克|克|微克)(?![a-z])/i;
const ASKS_EXCEEDS = /超过|超出|超量|过量|exceed|above|more than the max|over the max|too much/i;
const ASKS_SAFE =
  /安全|可以|能不能|能否|是否可以|可否|合适|允许|ok\b|okay|safe|can (?:she|he|they|i|you|it)|may (?:she|he|they|i)|acceptable|appropriate|allowed/i;
const COMBINED =
  /一起|同时|合用|同服|并用|联用|加用|together|with|combine|alongside|plus|while (?:taking|on)/i;
const PREGNANT = /怀孕|孕妇|孕期|妊娠|孕\d+周|pregnan|trimester|weeks? pregnant/i;
const LACTATION = /哺乳|喂奶|母乳|breastfe|lactat|nursing/i;
const AVOID =
  /禁用|避免|不宜|不能|不要|慎用|不推荐|不建议|contraindicat|avoid|do not|don't|not recommended|should not|must not/i;
const ALLOWED =
  /首选|可以使用|可使用|可用|可以用|安全|相容|一般可|通常可|可以继续|preferred|compatible|safe|can be used|acceptable|usually fine|first choice|first-line/i;

function fromDrugs(kb: KnowledgeBase, question: string, lang: Language): Decision | undefined {
  if (kb.drugEntries.length === 0) return undefined;
  const mentions = kb.drugs.findMentions(question);
  if (mentions.length === 0) return undefined;
  const zh = lang === 'zh';
  const drugs = [...new Map(mentions.map((m) => [m.drug.id, m.drug])).values()];

  if (drugs.length >= 2 && COMBINED.test(question)) {
    const report = kb.drugs.interactions(drugs.map((d) => d.id));
    const worst = [...report.interactions].sort((a, b) => rank(b.severity) - rank(a.severity))[0];
    if (!worst) return undefined;
    const pair = `${worst.drugs[0].name[lang]} + ${worst.drugs[1].name[lang]}`;
    const reason = zh
      ? `知识库记录${pair}为${severityName(worst.severity, lang)}相互作用：${worst.effect.zh} ${worst.advice.zh}`
      : `The knowledge base records ${pair} as a ${severityName(worst.severity, lang)} interaction: ${worst.effect.en} ${worst.advice.en}`;
    const serious = worst.severity === 'contraindicated' || worst.severity === 'major';
    if (ASKS_SAFE.test(question)) return { verdict: serious ? 'no' : 'maybe', reason };
    if (/相互作用|interact|风险|risk/i.test(question)) return { verdict: 'yes', reason };
    return undefined;
  }

  const drug = drugs[0]!;
  const amount = AMOUNT.exec(normalizeText(question));
  if (
    amount &&
    drug.max_daily.some((m) => m.route === 'oral') &&
    /每天|一天|每日|日剂量|a day|per day|daily|24 ?h/i.test(question)
  ) {
    try {
      const check = kb.checkDose(drug.id, 'oral', `${amount[1]}${amount[2]}`);
      const max = `${check.maximum.amount} ${check.maximum.unit}`;
      const above = check.status === 'above';
      const reason = zh
        ? `${drug.name.zh}口服每日最大剂量为${max}，每日${amount[1]}${amount[2]}${above ? '超过了最大剂量' : '没有超过最大剂量'}。`
        : `The maximum oral daily dose of ${drug.name.en} is ${max}; ${amount[1]} ${amount[2]} a day is ${above ? 'above' : 'within'} it.`;
      if (ASKS_EXCEEDS.test(question)) return { verdict: above ? 'yes' : 'no', reason };
      if (ASKS_SAFE.test(question)) return { verdict: above ? 'no' : 'yes', reason };
    } catch {
      // an unusable amount or route: fall through to the other evidence
    }
  }

  for (const [pattern, field] of [
    [PREGNANT, 'pregnancy'],
    [LACTATION, 'lactation'],
  ] as const) {
    if (!pattern.test(question) || !ASKS_SAFE.test(question)) continue;
    const advice = drug[field as 'pregnancy' | 'lactation'];
    const text = advice[lang];
    const reason = zh ? `${drug.name.zh}：${text}` : `${drug.name.en}: ${text}`;
    const avoid = AVOID.test(text);
    const allowed = ALLOWED.test(text);
    if (avoid && !allowed) return { verdict: 'no', reason };
    if (allowed && !avoid) return { verdict: 'yes', reason };
    return { verdict: 'maybe', reason };
  }
  return undefined;
}

const rank = (severity: string) => ({ contraindicated: 4, major: 3, moderate: 2, minor: 1 })[severity] ?? 0;

function severityName(severity: string, lang: Language): string {
  const names: Record<string, [string, string]> = {
    contraindicated: ['禁止合用的', 'contraindicated'],
    major: ['严重', 'major'],
    moderate: ['中度', 'moderate'],
    minor: ['轻度', 'minor'],
  };
  const pair = names[severity] ?? [severity, severity];
  return lang === 'zh' ? pair[0] : pair[1];
}

// ——— knowledge-base sentences ———

/** How much of the asked sentence's weight one clause of evidence must carry. */
const MIN_COVERAGE = 0.5;
const NEGATION =
  /不需要|无需|不必|不建议|不推荐|不应|不宜|避免|禁用|禁止|不能|不会|不是|并非|没有必要|\bnot\b|\bno\b|\bnever\b|\bavoid\b|\bunnecessary\b|\brarely\b|contraindicat|should not|does not|do not|isn't|aren't|doesn't|don't/i;
/** Words of the question form itself, not of what is asked about. */
const QUESTION_FORM = new Set(
  tokenizeNormalized(
    normalizeText(
      '是否 应 应当 应该 建议 推荐 需要 需 进行 给予 患者 病人 其 此时 目前 现在 尽快 吗 ' +
        'should patient patients person recommended recommend offered offer given give needed need required require ' +
        'advised advise appropriate indicated now currently',
    ),
  ),
);

/** The sentence that asks: the last one with a question mark, else the last sentence. */
function askedSentence(text: string): string {
  const sentences = splitSentences(text);
  return [...sentences].reverse().find((s) => /[?？]$/.test(s)) ?? sentences[sentences.length - 1] ?? text;
}

function fromKnowledge(kb: KnowledgeBase, question: string, lang: Language): Decision | undefined {
  const ask = askedSentence(question).slice(0, 500);
  if (!ask) return undefined;
  const index = kb.index;
  const terms = index.queryTerms(ask).terms.filter((t) => t.weight === 1 && !QUESTION_FORM.has(t.term));
  // A word the knowledge base never uses weighs most, so evidence must cover the rest well.
  const unseen = Math.log(1 + index.size) + 1;
  const idf = (term: string) => index.termIdf(term) || unseen;
  const totalWeight = terms.reduce((sum, t) => sum + idf(t.term), 0);
  if (totalWeight === 0) return undefined;
  const seen = terms.filter((t) => index.termIdf(t.term) > 0);
  if (seen.length === 0) return undefined;
  const keyTerm = [...seen].sort((a, b) => idf(b.term) - idf(a.term) || a.term.localeCompare(b.term))[0]!
    .term;
  // The whole description finds the condition; the asked sentence finds the action asked about.
  // Each passage carries its relevance to the whole description (0–1), which breaks ties between
  // clauses that mention the action: "不需要抗生素" for a cold beats "使用抗生素" for scarlet fever.
  const passages = new Map<string, { title: string; text: string; source: string; relevance: number }>();
  const described = kb.search(question.slice(0, 1_500), { k: 8, lang, truncate: true }).hits;
  const top = described[0]?.score ?? 1;
  for (const hit of described)
    passages.set(`${hit.passage.collection}/${hit.passage.id}`, {
      ...hit.passage,
      relevance: hit.score / top,
    });
  for (const hit of kb.search(ask, { k: 5, lang, truncate: true }).hits) {
    const key = `${hit.passage.collection}/${hit.passage.id}`;
    if (!passages.has(key)) passages.set(key, { ...hit.passage, relevance: 0 });
  }
  let best:
    | { clause: string; sentence: string; coverage: number; rank: number; title: string; source: string }
    | undefined;
  for (const passage of passages.values()) {
    for (const raw of splitSentences(passage.text)) {
      const sentence = raw.trim();
      for (const clause of sentence.split(/[，,]/)) {
        const tokens = new Set(tokenizeNormalized(normalizeText(clause)));
        const covered = terms.reduce((sum, t) => sum + (tokens.has(t.term) ? idf(t.term) : 0), 0);
        const coverage = covered / totalWeight;
        // Evidence must name the most specific thing asked about, and be about this case
        // (a passage found for the description) unless it answers the asked sentence almost whole.
        if (coverage < MIN_COVERAGE || !tokens.has(keyTerm)) continue;
        if (passage.relevance === 0 && coverage < 0.8) continue;
        const rank = coverage + passage.relevance;
        if (!best || rank > best.rank)
          best = { clause, sentence, coverage, rank, title: passage.title, source: passage.source };
      }
    }
  }
  if (!best) return undefined;
  const negatedEvidence = NEGATION.test(best.clause);
  const negatedQuestion = NEGATION.test(ask);
  const zh = lang === 'zh';
  const reason = zh
    ? `知识库依据：${best.sentence}（${best.title}，${best.source}）`
    : `Knowledge-base evidence: ${best.sentence} (${best.title}, ${best.source})`;
  return { verdict: negatedEvidence === negatedQuestion ? 'yes' : 'no', reason };
}
