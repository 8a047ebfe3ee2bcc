import {
  type Convert,
  ConvertError,
  convertJsonl,
  languageOf,
  optionalText,
  optionMap,
  text,
} from './convert.ts';
import type { DatasetLoader } from './formats.ts';

/**
 * MedQA (USMLE / MCMLE) JSONL: {"question", "options": {"A": …}, "answer_idx": "C", "answer": text,
 * "meta_info"}. The letter wins; if it is missing, the option whose text equals "answer".
 */
export const convertMedqa: Convert = (record, { line }) => {
  const question = text(record.question, 'question');
  const options = optionMap(record.options, 'options');
  let answer = optionalText(record.answer_idx)?.toUpperCase();
  if (!answer) {
    const wanted = optionalText(record.answer);
    answer = Object.entries(options).find(([, t]) => t === wanted)?.[0];
    if (!answer) throw new ConvertError('neither "answer_idx" nor an "answer" matching an option');
  }
  const meta = optionalText(record.meta_info);
  return {
    id: optionalText(record.id) ?? `line-${line}`,
    lang: languageOf(question),
    source: 'medqa',
    question,
    options,
    answer,
    ...(meta ? { tags: { meta_info: meta } } : {}),
  };
};

export const medqaLoader: DatasetLoader = {
  format: 'medqa',
  name: { zh: 'MedQA 医师资格考试题', en: 'MedQA (medical licensing exams)' },
  type: 'mcq',
  ability: 'advanced.knowledge_qa',
  read: (file, options) => convertJsonl(file, 'mcq', convertMedqa, options),
};
