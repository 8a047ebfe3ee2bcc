import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { Config } from '../../foundation/config.ts';
import { GovernanceError, parseRecord } from '../shared/errors.ts';
import {
  type CatalogueFile,
  catalogueSchema,
  type OversightMode,
  type RiskTier,
  type UseCase,
  useCaseOverrideSchema,
} from './use-case-schema.ts';

export const GOVERNANCE_DATA_DIR = fileURLToPath(new URL('../../../data/governance/', import.meta.url));
export const BUNDLED_CATALOGUE = path.join(GOVERNANCE_DATA_DIR, 'use-cases.yaml');

/** A use case as a deployment meets it, with the keys a hospital's config changed. */
export interface EffectiveUseCase extends UseCase {
  /** Dotted keys changed by governance.use_cases in yiheng.yaml (shown in the dossier). */
  overridden: string[];
}

export class Catalogue {
  private readonly byName = new Map<string, EffectiveUseCase>();

  constructor(
    readonly file: CatalogueFile,
    readonly useCases: EffectiveUseCase[],
    readonly source: string,
  ) {
    for (const useCase of useCases) {
      for (const name of [useCase.id, ...useCase.aliases]) this.byName.set(name, useCase);
    }
  }

  get version(): string {
    return this.file.catalogue_version;
  }

  /** By id or alias (a gateway deployment's use_case such as `patient-triage` finds `triage`). */
  find(name: string): EffectiveUseCase | undefined {
    return this.byName.get(name);
  }

  get(name: string): EffectiveUseCase {
    const found = this.find(name);
    if (!found) {
      throw new GovernanceError(`unknown use case "${name}"`, {
        code: 'not_found',
        hint: `use one of: ${this.useCases.map((u) => u.id).join(', ')} (see \`yiheng usecases list\`)`,
      });
    }
    return found;
  }

  oversight(mode: OversightMode) {
    return this.file.oversight_modes[mode]!;
  }

  tier(tier: RiskTier) {
    return this.file.risk_tiers[tier]!;
  }
}

/**
 * Reads the catalogue: the bundled file, or governance.use_cases_file, with governance.use_cases
 * overrides merged per use case. Every problem names its file and key path; nothing half-loads.
 */
export function loadCatalogue(
  governance: Pick<Config['governance'], 'use_cases_file' | 'use_cases'> = { use_cases: {} },
  cwd = process.cwd(),
): Catalogue {
  const file = governance.use_cases_file ? path.resolve(cwd, governance.use_cases_file) : BUNDLED_CATALOGUE;
  const parsed = parseRecord(catalogueSchema, readYamlFile(file), `use-case catalogue ${file}`);
  const useCases: EffectiveUseCase[] = parsed.use_cases.map((u) => ({ ...u, overridden: [] }));
  for (const [name, raw] of Object.entries(governance.use_cases ?? {})) {
    const prefix = `governance.use_cases.${name}`;
    const index = useCases.findIndex((u) => u.id === name || u.aliases.includes(name));
    if (index < 0) {
      throw new GovernanceError(`${prefix}: no use case "${name}" in ${file}`, {
        code: 'invalid_record',
        hint: `override one of: ${useCases.map((u) => u.id).join(', ')}`,
        fields: [{ field: prefix, reason: 'unknown use case' }],
      });
    }
    const override = parseRecord(useCaseOverrideSchema, raw, 'use-case override in yiheng.yaml', prefix);
    const base = useCases[index]!;
    const overridden: string[] = [];
    const requirements = { ...base.requirements };
    if (override.risk_tier) overridden.push('risk_tier');
    for (const key of ['suites', 'assessments', 'human_oversight'] as const) {
      const value = override.requirements?.[key];
      if (value !== undefined) {
        (requirements as Record<string, unknown>)[key] = value;
        overridden.push(`requirements.${key}`);
      }
    }
    useCases[index] = { ...base, risk_tier: override.risk_tier ?? base.risk_tier, requirements, overridden };
  }
  return new Catalogue(parsed, useCases, file);
}

export function readYamlFile(file: string): unknown {
  if (!existsSync(file)) {
    throw new GovernanceError(`${file} does not exist`, {
      code: 'not_found',
      hint: 'check the path in yiheng.yaml (governance section)',
    });
  }
  try {
    return parseYaml(readFileSync(file, 'utf8'));
  } catch (cause) {
    const where = cause instanceof YAMLParseError && cause.linePos ? ` at line ${cause.linePos[0].line}` : '';
    throw new GovernanceError(
      `${file} is not valid YAML${where}: ${(cause as Error).message.split('\n')[0]}`,
      {
        code: 'invalid_record',
        hint: 'fix the YAML syntax and try again',
        cause,
      },
    );
  }
}
