import { describe, expect, it } from 'vitest';
import { MODEL_EMERGENCY_ID } from '../detectors/redflag.ts';
import type { Finding } from '../finding.ts';
import { decide, rulesFor } from './decide.ts';
import { bundledPolicyNames, loadBundledPolicies, loadPolicy, parsePolicy } from './load.ts';

const finding = (type: Finding['type'], detail?: Record<string, unknown>): Finding => ({
  type,
  start: 0,
  end: 1,
  text: 'x',
  score: 1,
  detector: 't',
  ...(detail ? { detail } : {}),
});

describe('policies', () => {
  it('ships default, patient-triage and clinician-documentation, all valid', () => {
    expect(bundledPolicyNames()).toEqual(
      expect.arrayContaining(['default', 'patient-triage', 'clinician-documentation']),
    );
    const policies = loadBundledPolicies();
    for (const p of policies) expect(p.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('patient triage is stricter than clinician documentation', () => {
    const triage = loadPolicy('patient-triage');
    const docs = loadPolicy('clinician-documentation');
    const urgent = [finding('RED_FLAG', { level: 'urgent' })];
    expect(decide(urgent, rulesFor(triage, 'input', 'patient-app')).decision).toBe('escalate');
    expect(decide([finding('PERSON')], rulesFor(docs, 'input', 'clinician')).decision).toBe('allow');
    expect(decide([finding('PERSON')], rulesFor(docs, 'input', 'reviewer')).decision).toBe('redact');
    expect(decide([finding('MISINFORMATION')], rulesFor(triage, 'output', undefined)).decision).toBe('block');
  });

  it('takes the strictest decision and reports reasons by type and count', () => {
    const policy = loadPolicy('default');
    const { decision, reasons } = decide(
      [
        finding('PERSON'),
        finding('PERSON'),
        finding('RED_FLAG', { level: 'emergency' }),
        finding('PROMPT_INJECTION'),
      ],
      rulesFor(policy, 'input', undefined),
    );
    expect(decision).toBe('block');
    expect(reasons).toEqual([
      { type: 'PROMPT_INJECTION', decision: 'block', count: 1 },
      { type: 'RED_FLAG', decision: 'escalate', count: 1 },
      { type: 'PERSON', decision: 'redact', count: 2 },
    ]);
  });

  it('lets a deployment treat emergencies raised by the model apart from rule emergencies', () => {
    const base =
      'name: p\nversion: 1.0.0\ndescription: {zh: 测试, en: test}\nuse_cases: [x]\ndetectors: {}\npii: {}\n';
    const rule = finding('RED_FLAG', { id: 'stroke', level: 'emergency' });
    const model = finding('RED_FLAG', { id: MODEL_EMERGENCY_ID, level: 'emergency' });
    const split = parsePolicy(
      `${base}rules: {input: {RED_FLAG.emergency: escalate, RED_FLAG.model: review}}\n`,
      'p.yaml',
    );
    expect(decide([model], rulesFor(split, 'input', undefined)).decision).toBe('review');
    expect(decide([rule], rulesFor(split, 'input', undefined)).decision).toBe('escalate');
    expect(decide([rule, model], rulesFor(split, 'input', undefined)).decision).toBe('escalate');
    // Without its own key, a model emergency is an emergency like any other.
    const plain = parsePolicy(`${base}rules: {input: {RED_FLAG.emergency: escalate}}\n`, 'p.yaml');
    expect(decide([model], rulesFor(plain, 'input', undefined)).decision).toBe('escalate');
  });

  it('explains what is wrong in an invalid policy', () => {
    expect(() => parsePolicy('name: x\nversion: one\n', 'bad.yaml')).toThrow(
      /policy bad\.yaml is invalid: .*version/,
    );
    expect(() => parsePolicy('name: [oops', 'bad.yaml')).toThrow(/not valid YAML/);
    const base =
      'name: p\nversion: 1.0.0\ndescription: {zh: 测试, en: test}\nuse_cases: [x]\ndetectors: {}\npii: {}\n';
    expect(() => parsePolicy(`${base}rules: {input: {NOT_A_TYPE: block}}\n`, 'p.yaml')).toThrow(
      /NOT_A_TYPE: unknown rule key; use a finding type/,
    );
    expect(() => parsePolicy(`${base}rules: {input: {PII: maybe}}\n`, 'p.yaml')).toThrow(/rules\.input\.PII/);
    expect(parsePolicy(`${base}rules: {input: {PII: redact}}\n`, 'p.yaml').pii.input_mode).toBe('pseudonym');
  });

  it('names the bundled policies when a file is missing', () => {
    expect(() => loadPolicy('no-such-policy')).toThrow(/policy file .*no-such-policy\.yaml does not exist/);
    try {
      loadPolicy('no-such-policy');
    } catch (error) {
      expect((error as { hint: string }).hint).toMatch(/default/);
    }
  });
});
