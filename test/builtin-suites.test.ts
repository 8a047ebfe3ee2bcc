import { describe, expect, it } from 'vitest';
import { checkSuite } from '../src/evaluation/suite/check-suite.ts';
import { loadSuite } from '../src/evaluation/suite/load-suite.ts';

/**
 * Every built-in suite: each line matches its task's schema (which checks that answer keys are
 * among the options), ids are unique, no two items ask the same thing, sources are in the card,
 * and each suite is as large as issue 5 promises.
 */
const minimumItems: Record<string, number> = {
  'knowledge-qa-zh': 300,
  'knowledge-qa-en': 300,
  'clinical-reasoning': 100,
  consultation: 40,
  'safety-ethics': 200,
  'over-refusal': 60,
  hallucination: 100,
  privacy: 50,
  fairness: 100,
  documentation: 50,
  'lab-explanations': 50,
  robustness: 600,
};

describe.each(Object.entries(minimumItems))('built-in suite %s', (name, minimum) => {
  it('is valid, unique, sourced and large enough', async () => {
    const check = await checkSuite(name);
    expect(check.issues.map((i) => `${i.file}:${i.line} ${i.message}`)).toEqual([]);
    expect(check.total).toBeGreaterThanOrEqual(minimum);
    expect(check.suite.groups.every((g) => g.card)).toBe(true);
  });
});

describe('bundles', () => {
  it('full includes every built-in suite', () => {
    const full = loadSuite('full');
    const included = full.definition?.include?.map((i) => i.suite).sort();
    expect(included).toEqual(Object.keys(minimumItems).sort());
  });

  it('starter draws from every suite and stays within 150 items', async () => {
    const starter = loadSuite('starter');
    const included = starter.definition?.include ?? [];
    expect(included.map((i) => i.suite).sort()).toEqual(Object.keys(minimumItems).sort());
    const total = included.reduce((sum, i) => sum + (i.limit ?? Number.POSITIVE_INFINITY), 0);
    expect(total).toBeLessThanOrEqual(150);
  });
});
