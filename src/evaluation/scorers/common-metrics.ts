import type { MetricSpec } from './types.ts';

/** Share of items answered right: the mean of each item's `accuracy` value. */
export const accuracyMetric: MetricSpec = {
  name: 'accuracy',
  label: { zh: '准确率', en: 'Accuracy' },
  aggregation: { kind: 'mean', key: 'accuracy' },
  higherIsBetter: true,
  unit: 'rate',
};

/** Share of answers the scorer could not read; they count as wrong and are reported apart. */
export const unparseableRateMetric: MetricSpec = {
  name: 'unparseable_rate',
  label: { zh: '无法解析率', en: 'Unparseable rate' },
  aggregation: { kind: 'mean', key: 'unparseable' },
  higherIsBetter: false,
  unit: 'rate',
};
