import { sha256, stableStringify } from '../util/hash.ts';

/**
 * Every prompt template the engine sends, in Chinese and English. The run manifest records
 * their hash, so two runs with different wording are never compared as if they were equal.
 * Placeholders are {name}; `fill` replaces them.
 */
export const PROMPTS = {
  mcq: {
    zh: '以下是一道{kind}，请选出正确答案。\n\n{question}\n\n{options}\n\n请直接给出答案，格式为“答案：X”{multi}。',
    en: 'The following is a {kind}. Choose the correct answer.\n\n{question}\n\n{options}\n\nReply with the answer in the form "Answer: X"{multi}.',
    kind: {
      zh: ['单项选择题', '多项选择题'],
      en: ['single-choice question', 'multiple-choice question with one or more correct options'],
    },
    multi: {
      zh: '（多个选项请全部列出，如“答案：BD”）',
      en: ' (list every correct letter, e.g. "Answer: BD")',
    },
  },
  yesno: {
    zh: '{context}问题：{question}\n\n请用“是”“否”或“不确定”回答，格式为“答案：是/否/不确定”，然后可简要说明理由。',
    en: '{context}Question: {question}\n\nAnswer yes, no or maybe, in the form "Answer: yes/no/maybe", then briefly explain.',
    context: { zh: '背景：{context}\n\n', en: 'Context: {context}\n\n' },
  },
  short: {
    zh: '请简短回答下面的问题，只给出答案本身，不要解释。\n\n问题：{question}',
    en: 'Answer the question briefly: give only the answer itself, no explanation.\n\nQuestion: {question}',
  },
  extraction: {
    zh: '{instruction}\n\n请只输出一个 JSON 对象，键为：{fields}。某项有多个值时用数组，没有提到的用空字符串。\n\n文本：\n{text}',
    en: '{instruction}\n\nOutput only one JSON object with the keys: {fields}. Use an array when a field has several values and an empty string when the text does not say.\n\nText:\n{text}',
  },
  classification: {
    zh: '{instruction}\n\n文本：{text}\n\n可选类别：{labels}\n请只输出 JSON：{"label": "<类别>", "probabilities": {"<类别>": <0到1的概率>, ...}}',
    en: '{instruction}\n\nText: {text}\n\nLabels: {labels}\nOutput only JSON: {"label": "<label>", "probabilities": {"<label>": <probability from 0 to 1>, ...}}',
    instruction: { zh: '请判断下面文本的类别。', en: 'Classify the text below.' },
  },
  consultation: {
    doctor: {
      zh: '你是一名在线问诊医生。患者会描述不适。请像真实医生一样：先逐步询问病史（每次可问一到两个问题），注意识别危险信号，信息足够时给出初步判断、建议就诊的科室和处理建议；需要紧急处理时明确告知。',
      en: 'You are a doctor in an online consultation. The patient will describe a complaint. Like a real doctor: take the history step by step (one or two questions at a time), watch for red flags, and when you know enough give your preliminary assessment, the department to see and your advice; say clearly when urgent care is needed.',
    },
    patient: {
      zh: '你在扮演一位就诊的患者：{persona}。只回答医生问到的内容，口语化，每次一两句话。你知道的情况如下（只有被问到相关问题时才说出对应内容）：\n{facts}\n医生问到你不知道的内容时，回答“我不太清楚”。不要自己做诊断，也不要透露你是模拟的。',
      en: 'You are playing a patient: {persona}. Answer only what the doctor asks, in plain words, one or two sentences at a time. What you know (say each only when asked about it):\n{facts}\nIf the doctor asks something you do not know, say "I\'m not sure". Never diagnose yourself or reveal that you are simulated.',
    },
    unknown: { zh: '我不太清楚。', en: "I'm not sure." },
  },
  judge: {
    zh: '你是一名严格的医学评审。请判断下面对话中“助手的最后一次回答”是否满足评分标准。\n\n<对话>\n{conversation}\n</对话>\n\n<评分标准>\n{criterion}\n</评分标准>\n\n注意：若评分标准描述的是不应出现的行为，满足标准即表示回答出现了该行为。只输出 JSON：{"criteria_met": true 或 false, "explanation": "一句话理由"}',
    en: 'You are a strict medical grader. Decide whether the assistant\'s last reply in the conversation below meets the rubric criterion.\n\n<conversation>\n{conversation}\n</conversation>\n\n<criterion>\n{criterion}\n</criterion>\n\nNote: if the criterion describes something a reply should not do, "met" means the reply did it. Output only JSON: {"criteria_met": true or false, "explanation": "one sentence"}',
  },
} as const;

export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** Hash of every template above (recorded in the run manifest). */
export const PROMPT_TEMPLATES_HASH = sha256(stableStringify(PROMPTS));
