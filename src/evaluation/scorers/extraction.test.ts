import { describe, expect, it } from 'vitest';
import { extractionMetrics, microPRF, parseJsonObject, scoreExtraction } from './extraction.ts';

describe('extraction', () => {
  const fields = { age: '58', sex: '男', medications: ['氨氯地平', '阿司匹林'] };

  it('scores field-level precision, recall and F1', () => {
    const perfect = scoreExtraction(
      fields,
      '```json\n{"age": 58, "sex": "男", "medications": ["阿司匹林", "氨氯地平"]}\n```',
    );
    expect(perfect.values).toMatchObject({ tp: 4, fp: 0, fn: 0, item_f1: 1 });
    const partial = scoreExtraction(fields, '{"age": "58", "sex": "女", "medications": ["氨氯地平"]}');
    // tp: age, 氨氯地平 = 2; fp: 女 = 1; fn: 男, 阿司匹林 = 2 → P 2/3, R 1/2, F1 4/7
    expect(partial.values).toMatchObject({ tp: 2, fp: 1, fn: 2 });
    expect(partial.value).toBeCloseTo(4 / 7, 5);
  });

  it('treats a reply without JSON as unparseable and all-missed', () => {
    const score = scoreExtraction(fields, '患者58岁男性');
    expect(score.values).toMatchObject({ tp: 0, fp: 0, fn: 4, unparseable: 1 });
  });

  it('micro-averages across items', () => {
    const micro = microPRF([
      { tp: 1, fp: 1, fn: 0 },
      { tp: 1, fp: 0, fn: 2 },
    ]);
    expect(micro.precision).toBeCloseTo(2 / 3, 9);
    expect(micro.recall).toBeCloseTo(0.5, 9);
    expect(micro.f1).toBeCloseTo(4 / 7, 9);
    const f1 = extractionMetrics.metrics[0].aggregation;
    expect(f1.kind === 'custom' && f1.compute([{ tp: 2, fp: 0, fn: 0 }])).toBe(1);
  });

  it('finds a JSON object amid prose', () => {
    expect(parseJsonObject('Here you go: {"a": {"b": 1}} hope it helps {x}')).toEqual({ a: { b: 1 } });
    expect(parseJsonObject('no json')).toBeUndefined();
  });
});
