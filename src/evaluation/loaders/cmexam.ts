import type { ItemRecord } from '../suite/read-items.ts';
import { answerLetters, type Convert, ConvertError, text, validateConverted } from './convert.ts';
import { readCsv } from './csv.ts';
import type { DatasetLoader } from './formats.ts';

/**
 * CMExam CSV: columns Question, Options ("A 选项一\nB 选项二…"), Answer ("C" or "ABD"),
 * Explanation, and the annotations (Disease Group, Clinical Department, Medical Discipline,
 * Competency, Difficulty level), which become tags.
 */
export const convertCmexam: Convert = (record, { index }) => {
  const question = text(record.Question, 'Question');
  const options: Record<string, string> = {};
  for (const row of String(record.Options ?? '').split(/\r?\n/)) {
    const m = /^\s*([A-Ha-h])\s*[.、:：)）]?\s*(.+?)\s*$/.exec(row);
    if (m) options[m[1]!.toUpperCase()] = m[2]!;
  }
  if (Object.keys(options).length < 2)
    throw new ConvertError('column "Options" must list options as "A 文本" lines');
  const tags: Record<string, string> = {};
  for (const [key, value] of Object.entries(record)) {
    if (
      ['Question', 'Options', 'Answer', 'Explanation'].includes(key) ||
      typeof value !== 'string' ||
      !value.trim()
    )
      continue;
    tags[
      key
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '_')
        .replace(/^_|_$/g, '')
    ] = value.trim();
  }
  if (tags.medical_discipline && !tags.subject) tags.subject = tags.medical_discipline;
  const explanation =
    typeof record.Explanation === 'string' && record.Explanation.trim()
      ? record.Explanation.trim()
      : undefined;
  return {
    id: typeof record.id === 'string' && record.id ? record.id : `row-${index + 1}`,
    lang: 'zh',
    source: 'cmexam',
    question,
    options,
    answer: answerLetters(record.Answer, 'Answer'),
    ...(explanation ? { explanation } : {}),
    ...(Object.keys(tags).length ? { tags } : {}),
  };
};

export const cmexamLoader: DatasetLoader = {
  format: 'cmexam',
  name: { zh: 'CMExam 中国执业医师考试题', en: 'CMExam (Chinese medical licensing exam)' },
  type: 'mcq',
  ability: 'advanced.knowledge_qa',
  async *read(file, options): AsyncGenerator<ItemRecord> {
    let index = 0;
    for await (const { record, line } of readCsv(file)) {
      const item = validateConverted('mcq', convertCmexam, record, file, { line, index: index++ }, options);
      if (item) yield item;
    }
  },
  async count(file) {
    let n = 0;
    for await (const _ of readCsv(file)) n++;
    return n;
  },
};
