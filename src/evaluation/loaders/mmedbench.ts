import {
  answerLetters,
  type Convert,
  convertJsonl,
  languageOf,
  optionalText,
  optionMap,
  text,
} from './convert.ts';
import type { DatasetLoader } from './formats.ts';

/**
 * MMedBench JSONL (one file per language): {"question", "options": {"A": …}, "answer_idx": "B"
 * or "A,C", "answer", "rationale", "human_checked"}. Chinese and Japanese questions are asked
 * with the Chinese template, the other languages with the English one.
 */
export const convertMmedbench: Convert = (record, { line }) => {
  const question = text(record.question, 'question');
  const tags: Record<string, string> = {};
  if (record.human_checked !== undefined) tags.human_checked = String(record.human_checked);
  const meta = optionalText(record.meta_info);
  if (meta) tags.meta_info = meta;
  const rationale = optionalText(record.rationale);
  return {
    id: optionalText(record.id) ?? `line-${line}`,
    lang: languageOf(question),
    source: 'mmedbench',
    question,
    options: optionMap(record.options, 'options'),
    answer: answerLetters(record.answer_idx, 'answer_idx'),
    ...(rationale ? { explanation: rationale } : {}),
    ...(Object.keys(tags).length ? { tags } : {}),
  };
};

export const mmedbenchLoader: DatasetLoader = {
  format: 'mmedbench',
  name: { zh: 'MMedBench 多语言医学选择题', en: 'MMedBench (multilingual medical MCQ)' },
  type: 'mcq',
  ability: 'advanced.knowledge_qa',
  read: (file, options) => convertJsonl(file, 'mcq', convertMmedbench, options),
};
