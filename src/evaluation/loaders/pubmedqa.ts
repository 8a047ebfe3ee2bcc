import { YihengError } from '../../foundation/errors.ts';
import type { ItemRecord } from '../suite/read-items.ts';
import { type Convert, ConvertError, text, validateConverted } from './convert.ts';
import type { DatasetLoader } from './formats.ts';
import { readJsonFile } from './json-file.ts';

/**
 * PubMedQA ori_pqal.json: {"<PMID>": {"QUESTION", "CONTEXTS": [...], "LABELS", "MESHES", "YEAR",
 * "final_decision": "yes|no|maybe", "LONG_ANSWER"}}. The abstract's contexts become the
 * item's context (the reasoning-required setting).
 */
export const convertPubmedqa: Convert = (record) => {
  const contexts = record.CONTEXTS;
  if (!Array.isArray(contexts) || contexts.length === 0)
    throw new ConvertError('field "CONTEXTS" must be a non-empty list');
  const decision = String(record.final_decision ?? '').toLowerCase();
  if (!['yes', 'no', 'maybe'].includes(decision))
    throw new ConvertError(
      `"final_decision" must be yes, no or maybe (got ${JSON.stringify(record.final_decision)})`,
    );
  const year =
    typeof record.YEAR === 'string' || typeof record.YEAR === 'number' ? String(record.YEAR) : undefined;
  return {
    id: String(record.pmid),
    lang: 'en',
    source: 'pubmedqa',
    question: text(record.QUESTION, 'QUESTION'),
    context: contexts.map(String).join('\n'),
    answer: decision,
    ...(year ? { tags: { year } } : {}),
  };
};

function entries(file: string): Array<[string, unknown]> {
  const data = readJsonFile(file);
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new YihengError(`${file}: a PubMedQA file is one JSON object keyed by PMID`, {
      hint: 'use ori_pqal.json from the PubMedQA release',
      code: 'dataset_invalid',
    });
  }
  return Object.entries(data as Record<string, unknown>);
}

export const pubmedqaLoader: DatasetLoader = {
  format: 'pubmedqa',
  name: { zh: 'PubMedQA 生物医学文献问答', en: 'PubMedQA (biomedical abstracts, yes/no/maybe)' },
  type: 'yesno',
  ability: 'advanced.complex_reasoning',
  async *read(file, options): AsyncGenerator<ItemRecord> {
    for (const [index, [pmid, record]] of entries(file).entries()) {
      if (!record || typeof record !== 'object') continue;
      const item = validateConverted(
        'yesno',
        convertPubmedqa,
        { ...(record as Record<string, unknown>), pmid },
        file,
        { line: index + 1, index },
        options,
      );
      if (item) yield item;
    }
  },
  count: async (file) => entries(file).length,
};
