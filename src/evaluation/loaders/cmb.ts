import { YihengError } from '../../foundation/errors.ts';
import type { ItemRecord } from '../suite/read-items.ts';
import { answerLetters, type Convert, optionalText, optionMap, text, validateConverted } from './convert.ts';
import type { DatasetLoader } from './formats.ts';
import { readJsonFile } from './json-file.ts';

/**
 * CMB-Exam JSON: an array of {"exam_type", "exam_class", "exam_subject", "question", "answer":
 * "D" or "ABE", "question_type", "option": {"A": …}}. Records are numbered from 1 (reported as
 * "line" = record number, since the file is one JSON document).
 */
export const convertCmb: Convert = (record, { index }) => {
  const tags: Record<string, string> = {};
  for (const key of ['exam_type', 'exam_class', 'exam_subject', 'question_type']) {
    const value = optionalText(record[key]);
    if (value) tags[key] = value;
  }
  if (tags.exam_subject) tags.subject = tags.exam_subject;
  const explanation = optionalText(record.explanation);
  return {
    id:
      optionalText(record.id) ?? (typeof record.id === 'number' ? String(record.id) : `record-${index + 1}`),
    lang: 'zh',
    source: 'cmb',
    question: text(record.question, 'question'),
    options: optionMap(record.option ?? record.options, 'option'),
    answer: answerLetters(record.answer, 'answer'),
    ...(explanation ? { explanation } : {}),
    ...(Object.keys(tags).length ? { tags } : {}),
  };
};

function records(file: string): unknown[] {
  const data = readJsonFile(file);
  if (!Array.isArray(data)) {
    throw new YihengError(`${file}: a CMB file is a JSON array of questions`, {
      hint: 'use CMB-Exam files such as CMB-val-merge.json',
      code: 'dataset_invalid',
    });
  }
  return data;
}

export const cmbLoader: DatasetLoader = {
  format: 'cmb',
  name: { zh: 'CMB 中文医学基准（考试题）', en: 'CMB (Chinese medical benchmark, exams)' },
  type: 'mcq',
  ability: 'advanced.knowledge_qa',
  async *read(file, options): AsyncGenerator<ItemRecord> {
    for (const [index, record] of records(file).entries()) {
      const position = { line: index + 1, index };
      if (!record || typeof record !== 'object') continue;
      const item = validateConverted(
        'mcq',
        convertCmb,
        record as Record<string, unknown>,
        file,
        position,
        options,
      );
      if (item) yield item;
    }
  },
  count: async (file) => records(file).length,
};
