import {
  aucRoc,
  expectedCalibrationError,
  macro,
  type Prediction,
} from '../metrics/classification-metrics.ts';
import { answerText, nfkc } from '../util/text.ts';
import { accuracyMetric, unparseableRateMetric } from './common-metrics.ts';
import { parseJsonObject } from './extraction.ts';
import type { Score, ScorerMetrics } from './types.ts';

/**
 * Classification with probabilities. The model is asked for JSON {label, probabilities}; a
 * bare label is accepted (its probability is then 1, which the calibration metric punishes
 * when wrong, as it should). Per-item rows carry gold:<label>, pred:<label> and p:<label>
 * so that task-level AUC, F1 and ECE can be computed, and bootstrapped, from rows alone.
 */
export function predictionsOf(rows: ReadonlyArray<Record<string, number>>): Prediction[] {
  return rows.map((row) => {
    let gold = '';
    let predicted: string | undefined;
    const probabilities: Record<string, number> = {};
    for (const [key, value] of Object.entries(row)) {
      if (key.startsWith('gold:')) gold = key.slice(5);
      else if (key.startsWith('pred:')) predicted = key.slice(5);
      else if (key.startsWith('p:')) probabilities[key.slice(2)] = value;
    }
    return { gold, predicted, probabilities };
  });
}

const custom = (compute: (p: Prediction[]) => number) => ({
  kind: 'custom' as const,
  compute: (rows: ReadonlyArray<Record<string, number>>) => compute(predictionsOf(rows)),
});

export const classificationMetrics: ScorerMetrics = {
  metrics: [
    accuracyMetric,
    {
      name: 'f1_macro',
      label: { zh: 'F1（宏平均）', en: 'F1 (macro)' },
      aggregation: custom((p) => macro(p).f1),
      higherIsBetter: true,
      unit: 'score',
    },
    {
      name: 'precision_macro',
      label: { zh: '精确率（宏平均）', en: 'Precision (macro)' },
      aggregation: custom((p) => macro(p).precision),
      higherIsBetter: true,
      unit: 'score',
    },
    {
      name: 'recall_macro',
      label: { zh: '召回率/灵敏度（宏平均）', en: 'Recall / sensitivity (macro)' },
      aggregation: custom((p) => macro(p).recall),
      higherIsBetter: true,
      unit: 'score',
    },
    {
      name: 'specificity_macro',
      label: { zh: '特异度（宏平均）', en: 'Specificity (macro)' },
      aggregation: custom((p) => macro(p).specificity),
      higherIsBetter: true,
      unit: 'score',
    },
    {
      name: 'auc_roc',
      label: { zh: 'AUC-ROC', en: 'AUC-ROC' },
      aggregation: custom(aucRoc),
      higherIsBetter: true,
      unit: 'score',
    },
    {
      name: 'ece',
      label: { zh: '期望校准误差', en: 'Expected calibration error' },
      aggregation: custom((p) => expectedCalibrationError(p)),
      higherIsBetter: false,
      unit: 'score',
    },
    unparseableRateMetric,
  ],
};

export interface ParsedClassification {
  label: string | undefined;
  probabilities: Record<string, number>;
}

export function parseClassification(response: string, labels: string[]): ParsedClassification {
  const findLabel = (text: string) => {
    const folded = nfkc(text).toLowerCase().trim();
    const exact = labels.find((l) => nfkc(l).toLowerCase() === folded);
    if (exact) return exact;
    const named = labels.filter((l) =>
      new RegExp(`(^|[^\\p{L}])${escapeRegExp(nfkc(l).toLowerCase())}($|[^\\p{L}])`, 'u').test(folded),
    );
    return named.length === 1 ? named[0] : undefined;
  };
  const json = parseJsonObject(response);
  const probabilities: Record<string, number> = {};
  let label: string | undefined;
  if (json) {
    if (typeof json.label === 'string') label = findLabel(json.label);
    const given = json.probabilities;
    if (given && typeof given === 'object') {
      for (const [key, value] of Object.entries(given as Record<string, unknown>)) {
        const match = findLabel(key);
        if (match && typeof value === 'number' && Number.isFinite(value))
          probabilities[match] = Math.max(0, value);
      }
    }
  } else {
    label = findLabel(answerText(response).split('\n')[0] ?? '') ?? findLabel(answerText(response));
  }
  const total = Object.values(probabilities).reduce((s, p) => s + p, 0);
  if (total > 0)
    for (const key of Object.keys(probabilities)) probabilities[key] = probabilities[key]! / total;
  if (!label && total > 0) {
    label = Object.entries(probabilities).sort((a, b) => b[1] - a[1])[0]![0];
  }
  if (label && total === 0) probabilities[label] = 1;
  return { label, probabilities };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function scoreClassification(gold: string, labels: string[], response: string): Score {
  const parsed = parseClassification(response, labels);
  const values: Record<string, number> = {
    [`gold:${gold}`]: 1,
    accuracy: parsed.label === gold ? 1 : 0,
    unparseable: parsed.label ? 0 : 1,
  };
  if (parsed.label) values[`pred:${parsed.label}`] = 1;
  for (const label of labels) values[`p:${label}`] = parsed.probabilities[label] ?? 0;
  const correct = parsed.label === gold;
  return {
    value: correct ? 1 : 0,
    values,
    answerKey: parsed.label ?? 'unparseable',
    details: {
      expected: gold,
      parsed: parsed.label ?? null,
      probabilities: parsed.probabilities,
      ...(parsed.label ? {} : { unparseable: 'no label in the reply' }),
    },
  };
}
