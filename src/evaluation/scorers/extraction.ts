import { answerText, normaliseAnswer } from '../util/text.ts';
import type { Score, ScorerMetrics } from './types.ts';

/**
 * Information extraction: each expected value of each field is one gold entity; the model's
 * values are predictions. Precision, recall and F1 are micro-averaged over the whole task
 * (summing true/false positives across items) and the item's own F1 is its score.
 */
export const extractionMetrics: ScorerMetrics = {
  metrics: [
    {
      name: 'f1',
      label: { zh: '抽取F1（微平均）', en: 'Extraction F1 (micro)' },
      aggregation: { kind: 'custom', compute: (rows) => microPRF(rows).f1 },
      higherIsBetter: true,
      unit: 'score',
    },
    {
      name: 'precision',
      label: { zh: '精确率', en: 'Precision' },
      aggregation: { kind: 'custom', compute: (rows) => microPRF(rows).precision },
      higherIsBetter: true,
      unit: 'score',
    },
    {
      name: 'recall',
      label: { zh: '召回率', en: 'Recall' },
      aggregation: { kind: 'custom', compute: (rows) => microPRF(rows).recall },
      higherIsBetter: true,
      unit: 'score',
    },
    {
      name: 'item_f1',
      label: { zh: '逐条F1均值', en: 'Mean item F1' },
      aggregation: { kind: 'mean', key: 'item_f1' },
      higherIsBetter: true,
      unit: 'score',
    },
    {
      name: 'unparseable_rate',
      label: { zh: '无法解析率', en: 'Unparseable rate' },
      aggregation: { kind: 'mean', key: 'unparseable' },
      higherIsBetter: false,
      unit: 'rate',
    },
  ],
};

export function microPRF(rows: ReadonlyArray<Record<string, number>>): {
  precision: number;
  recall: number;
  f1: number;
} {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const row of rows) {
    tp += row.tp ?? 0;
    fp += row.fp ?? 0;
    fn += row.fn ?? 0;
  }
  const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** The first JSON object in a reply (inside ```json fences or not), or undefined. */
export function parseJsonObject(response: string): Record<string, unknown> | undefined {
  const text = answerText(response).replace(/```(?:json)?/gi, '');
  const start = text.indexOf('{');
  if (start < 0) return undefined;
  // Try the longest balanced candidates first, from each closing brace backwards.
  for (let end = text.lastIndexOf('}'); end > start; end = text.lastIndexOf('}', end - 1)) {
    try {
      const value = JSON.parse(text.slice(start, end + 1));
      if (value && typeof value === 'object' && !Array.isArray(value))
        return value as Record<string, unknown>;
    } catch {
      // keep shrinking
    }
  }
  return undefined;
}

function asValues(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return [...new Set(list.map((v) => normaliseAnswer(String(v))).filter((v) => v !== ''))];
}

export function scoreExtraction(fields: Record<string, string | string[]>, response: string): Score {
  const parsed = parseJsonObject(response);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const perField: Record<string, { tp: number; fp: number; fn: number }> = {};
  for (const [field, expectedValue] of Object.entries(fields)) {
    const expected = asValues(expectedValue);
    const predicted = parsed ? asValues(parsed[field]) : [];
    const hits = predicted.filter((p) => expected.includes(p)).length;
    const counts = { tp: hits, fp: predicted.length - hits, fn: expected.length - hits };
    perField[field] = counts;
    tp += counts.tp;
    fp += counts.fp;
    fn += counts.fn;
  }
  const { f1 } = microPRF([{ tp, fp, fn }]);
  return {
    value: f1,
    values: { tp, fp, fn, item_f1: f1, unparseable: parsed ? 0 : 1 },
    answerKey: parsed
      ? JSON.stringify(Object.keys(fields).map((f) => asValues(parsed[f]).sort()))
      : 'unparseable',
    details: { fields: perField, ...(parsed ? {} : { unparseable: 'no JSON object in the reply' }) },
  };
}
