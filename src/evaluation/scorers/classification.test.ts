import { describe, expect, it } from 'vitest';
import { classificationMetrics, parseClassification, scoreClassification } from './classification.ts';

const labels = ['emergency', 'routine'];

describe('classification scorer', () => {
  it('reads JSON with probabilities, normalising them', () => {
    expect(
      parseClassification('{"label": "Emergency", "probabilities": {"emergency": 3, "routine": 1}}', labels),
    ).toEqual({
      label: 'emergency',
      probabilities: { emergency: 0.75, routine: 0.25 },
    });
  });

  it('accepts a bare label with probability 1 and rejects an unknown one', () => {
    expect(parseClassification('routine', labels)).toEqual({
      label: 'routine',
      probabilities: { routine: 1 },
    });
    expect(parseClassification('I cannot tell', labels).label).toBeUndefined();
  });

  it('aggregates rows into accuracy, AUC and ECE', () => {
    const rows = [
      scoreClassification(
        'emergency',
        labels,
        '{"label":"emergency","probabilities":{"emergency":0.9,"routine":0.1}}',
      ),
      scoreClassification(
        'routine',
        labels,
        '{"label":"routine","probabilities":{"emergency":0.2,"routine":0.8}}',
      ),
      scoreClassification(
        'emergency',
        labels,
        '{"label":"routine","probabilities":{"emergency":0.4,"routine":0.6}}',
      ),
      scoreClassification('routine', labels, 'no idea'),
    ].map((s) => s.values);
    const metric = (name: string) => {
      const spec = classificationMetrics.metrics.find((m) => m.name === name)!;
      const agg = spec.aggregation;
      if (agg.kind === 'custom') return agg.compute(rows);
      return rows.reduce((sum, r) => sum + (r[agg.key] ?? 0), 0) / rows.length;
    };
    expect(metric('accuracy')).toBe(0.5);
    // emergency scores: 0.9, 0.4 vs routine 0.2, 0 → all 4 pairs ordered → AUC 1
    expect(metric('auc_roc')).toBe(1);
    expect(metric('unparseable_rate')).toBe(0.25);
    // emergency: P 1, R 1/2, F1 2/3; routine: P 1/2, R 1/2, F1 1/2 → macro 7/12
    expect(metric('f1_macro')).toBeCloseTo(7 / 12, 9);
    expect(metric('ece')).toBeGreaterThan(0);
  });
});
