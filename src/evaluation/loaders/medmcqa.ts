import { type Convert, ConvertError, convertJsonl, optionalText, text } from './convert.ts';
import type { DatasetLoader } from './formats.ts';

const LETTERS = ['A', 'B', 'C', 'D'];

/**
 * MedMCQA JSONL (original release): {"id", "question", "opa".."opd", "cop": 1–4, "choice_type",
 * "exp", "subject_name", "topic_name"}. `cop` is 1-based there; a letter is accepted too. The
 * unlabelled test split (no cop) is reported line by line.
 */
export const convertMedmcqa: Convert = (record, { line }) => {
  const question = text(record.question, 'question');
  const options: Record<string, string> = {};
  for (const [i, key] of ['opa', 'opb', 'opc', 'opd'].entries()) {
    const option =
      optionalText(record[key]) ?? (typeof record[key] === 'number' ? String(record[key]) : undefined);
    if (option) options[LETTERS[i]!] = option;
  }
  const cop = record.cop;
  let answer: string | undefined;
  if (typeof cop === 'number' && cop >= 1 && cop <= 4) answer = LETTERS[cop - 1];
  else if (typeof cop === 'string' && /^[a-dA-D]$/.test(cop.trim())) answer = cop.trim().toUpperCase();
  else if (typeof cop === 'string' && /^[1-4]$/.test(cop.trim())) answer = LETTERS[Number(cop) - 1];
  if (!answer) {
    throw new ConvertError(
      cop === 0
        ? '"cop" is 0: this looks like a 0-based export; MedMCQA\'s own files number the correct option 1–4'
        : `"cop" must be the correct option 1–4 (got ${JSON.stringify(cop)}; the test split has no answers)`,
    );
  }
  const tags: Record<string, string> = {};
  for (const [from, to] of [
    ['subject_name', 'subject'],
    ['topic_name', 'topic'],
    ['choice_type', 'choice_type'],
  ] as const) {
    const value = optionalText(record[from]);
    if (value) tags[to] = value;
  }
  const explanation = optionalText(record.exp);
  return {
    id: optionalText(record.id) ?? `line-${line}`,
    lang: 'en',
    source: 'medmcqa',
    question,
    options,
    answer,
    ...(explanation ? { explanation } : {}),
    ...(Object.keys(tags).length ? { tags } : {}),
  };
};

export const medmcqaLoader: DatasetLoader = {
  format: 'medmcqa',
  name: { zh: 'MedMCQA 印度医学入学考试题', en: 'MedMCQA (Indian medical entrance exams)' },
  type: 'mcq',
  ability: 'advanced.knowledge_qa',
  read: (file, options) => convertJsonl(file, 'mcq', convertMedmcqa, options),
};
