import { RUBRIC_AXES } from '../suite/schema.ts';
import { type Convert, ConvertError, convertJsonl, languageOf, optionalText } from './convert.ts';
import type { DatasetLoader } from './formats.ts';

/**
 * HealthBench JSONL: {"prompt": [{"role", "content"}…], "prompt_id", "rubrics": [{"criterion",
 * "points", "tags": ["axis:accuracy", "level:example"]}], "example_tags": ["theme:…"]}.
 * HealthBench criteria have no keywords, so grading needs a judge model (`--judge`).
 */
export const convertHealthbench: Convert = (record, { line }) => {
  const prompt = record.prompt;
  if (!Array.isArray(prompt) || prompt.length === 0)
    throw new ConvertError('field "prompt" must be a non-empty list of messages');
  const messages = prompt.map((m) => ({
    role: String((m as { role?: unknown }).role),
    content: String((m as { content?: unknown }).content ?? ''),
  }));
  const rubrics = record.rubrics;
  if (!Array.isArray(rubrics) || rubrics.length === 0)
    throw new ConvertError('field "rubrics" must be a non-empty list');
  const tagsOf = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
  const rubric = rubrics.map((r) => {
    const c = r as { criterion?: unknown; points?: unknown; tags?: unknown };
    const tags = tagsOf(c.tags);
    const axis = tags.find((t) => t.startsWith('axis:'))?.slice(5);
    return {
      criterion: String(c.criterion ?? ''),
      points: Number(c.points),
      axis: axis && (RUBRIC_AXES as readonly string[]).includes(axis) ? axis : 'accuracy',
    };
  });
  const exampleTags = tagsOf(record.example_tags);
  const theme = exampleTags.find((t) => t.startsWith('theme:'))?.slice(6);
  const lastUser = [...messages].reverse().find((m) => m.role === 'user')?.content ?? '';
  return {
    id: optionalText(record.prompt_id) ?? `line-${line}`,
    lang: languageOf(lastUser),
    source: 'healthbench',
    messages,
    rubric,
    ...(theme ? { tags: { theme } } : {}),
  };
};

export const healthbenchLoader: DatasetLoader = {
  format: 'healthbench',
  name: { zh: 'HealthBench 开放式健康对话评分量表', en: 'HealthBench (open health conversations, rubrics)' },
  type: 'rubric',
  ability: 'advanced.language_generation',
  read: (file, options) => convertJsonl(file, 'rubric', convertHealthbench, options),
};
