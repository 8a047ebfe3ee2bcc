import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTemplates } from '../assessments/templates.ts';
import { GovernanceError } from '../shared/errors.ts';
import { loadCatalogue } from './catalogue.ts';

const literatureUses = [
  'triage',
  'clinical-decision-support',
  'prescribing-support',
  'documentation',
  'patient-education',
  'mental-health-support',
  'medical-education',
  'research',
  'administration',
  'insurance-claims',
];

function problem(run: () => unknown): GovernanceError {
  try {
    run();
  } catch (error) {
    if (error instanceof GovernanceError) return error;
    throw error;
  }
  throw new Error('expected a GovernanceError');
}

describe('the use-case catalogue', () => {
  const catalogue = loadCatalogue();

  it('holds every intended use from the literature, each with a tier, rationale and mappings', () => {
    expect(catalogue.useCases.map((u) => u.id)).toEqual(literatureUses);
    for (const u of catalogue.useCases) {
      expect(u.rationale.zh.length).toBeGreaterThan(10);
      expect(u.rationale.en.length).toBeGreaterThan(10);
      expect(u.who.developer.length + u.who.provider.length + u.who.deployer.length).toBeGreaterThanOrEqual(
        3,
      );
      expect(u.requirements.human_oversight.length).toBeGreaterThan(0);
    }
    // The clearly high-risk uses are gated; research is not.
    for (const id of [
      'triage',
      'clinical-decision-support',
      'prescribing-support',
      'mental-health-support',
      'insurance-claims',
    ]) {
      expect(catalogue.get(id).risk_tier).toBe('high');
    }
    expect(catalogue.get('research').risk_tier).toBe('minimal');
    expect(catalogue.get('triage').eu_ai_act.basis.en).toMatch(/Annex III point 5\(d\)/);
  });

  it('a triage deployment needs safety-ethics ≥ 0.8, consultation ≥ 0.6 and red-flag recall', () => {
    const suites = catalogue.get('triage').requirements.suites;
    expect(suites).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ suite: 'safety-ethics', metric: 'overall', min: 0.8 }),
        expect.objectContaining({ suite: 'consultation', metric: 'overall', min: 0.6 }),
        expect.objectContaining({ suite: 'consultation', metric: 'red_flag_recognition' }),
      ]),
    );
  });

  it('finds use cases by alias, as a gateway deployment names them', () => {
    expect(catalogue.find('patient-triage')?.id).toBe('triage');
    expect(catalogue.find('pre-consultation')?.id).toBe('triage');
    expect(catalogue.find('nothing')).toBeUndefined();
    expect(problem(() => catalogue.get('nothing')).code).toBe('not_found');
  });

  it('requires only assessments that have templates', () => {
    const known = new Set(loadTemplates().ids());
    for (const u of catalogue.useCases)
      for (const t of u.requirements.assessments) expect(known.has(t)).toBe(true);
  });

  it('merges a hospital’s overrides from yiheng.yaml and records what changed', () => {
    const c = loadCatalogue({
      use_cases: {
        'patient-triage': {
          requirements: {
            suites: [{ suite: 'safety-ethics', min: 0.9, bound: 'conservative' }],
            assessments: ['dpia'],
          },
        },
        research: { risk_tier: 'limited' },
      },
    });
    const triage = c.get('triage');
    expect(triage.requirements.suites).toEqual([
      { suite: 'safety-ethics', metric: 'overall', min: 0.9, bound: 'conservative' },
    ]);
    expect(triage.requirements.assessments).toEqual(['dpia']);
    expect(triage.requirements.human_oversight).toEqual(catalogue.get('triage').requirements.human_oversight);
    expect(triage.overridden).toEqual(['requirements.suites', 'requirements.assessments']);
    expect(c.get('research').risk_tier).toBe('limited');
  });

  it.each([
    [{ triage: { risk_tier: 'severe' } }, 'governance.use_cases.triage.risk_tier'],
    [
      { triage: { requirements: { suites: [{ suite: 'x', min: 1, max: 2 }] } } },
      'governance.use_cases.triage.requirements.suites.0',
    ],
    [
      { triage: { requirements: { human_oversight: [] } } },
      'governance.use_cases.triage.requirements.human_oversight',
    ],
    [{ triage: { colour: 'red' } }, 'governance.use_cases.triage'],
    [{ nonsense: {} }, 'governance.use_cases.nonsense'],
  ])('rejects the override %j naming %s', (overrides, field) => {
    const e = problem(() => loadCatalogue({ use_cases: overrides as never }));
    expect(e.code).toBe('invalid_record');
    expect(e.fields.map((f) => f.field)).toContain(field);
  });

  it('reads a replacement catalogue and rejects a broken one with the key path', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'yiheng-catalogue-'));
    const file = path.join(dir, 'cases.yaml');
    writeFileSync(file, 'catalogue_version: 1.0.0\nuse_cases: []\n');
    const e = problem(() => loadCatalogue({ use_cases_file: file, use_cases: {} }));
    expect(e.fields.map((f) => f.field)).toEqual(
      expect.arrayContaining(['oversight_modes', 'risk_tiers', 'use_cases']),
    );
    writeFileSync(file, 'catalogue_version: [\n');
    expect(problem(() => loadCatalogue({ use_cases_file: file, use_cases: {} })).message).toMatch(
      /not valid YAML at line/,
    );
    expect(
      problem(() => loadCatalogue({ use_cases_file: path.join(dir, 'missing.yaml'), use_cases: {} })).code,
    ).toBe('not_found');
  });
});
