import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { GOVERNANCE_DATA_DIR, readYamlFile } from '../catalogue/catalogue.ts';
import { GovernanceError, parseRecord } from '../shared/errors.ts';
import { type Template, templateSchema } from './template-schema.ts';

export const BUNDLED_TEMPLATES_DIR = path.join(GOVERNANCE_DATA_DIR, 'assessments');

/**
 * Every version of every template. Old versions stay, so an assessment is always scored and shown
 * against the exact questions it was answered on.
 */
export class TemplateLibrary {
  private readonly versions = new Map<string, Template[]>();

  constructor(templates: Template[]) {
    for (const t of templates) {
      const list = this.versions.get(t.id) ?? [];
      list.push(t);
      list.sort((a, b) => compareVersions(a.version, b.version));
      this.versions.set(t.id, list);
    }
  }

  ids(): string[] {
    return [...this.versions.keys()].sort();
  }

  latest(id: string): Template {
    const list = this.versions.get(id);
    if (!list?.length) {
      throw new GovernanceError(`unknown assessment template "${id}"`, {
        code: 'not_found',
        hint: `templates: ${this.ids().join(', ')} (see \`yiheng assess templates\`)`,
      });
    }
    return list[list.length - 1]!;
  }

  get(id: string, version: string): Template {
    const found = this.versions.get(id)?.find((t) => t.version === version);
    if (!found) {
      throw new GovernanceError(`assessment template ${id} version ${version} is missing`, {
        code: 'not_found',
        hint: `keep data/governance/assessments/${id}/${version}.yaml: stored assessments refer to it`,
      });
    }
    return found;
  }

  all(): Template[] {
    return [...this.versions.values()].flat();
  }
}

/** Reads `<dir>/<id>/<version>.yaml`; the file's place must agree with its content. */
export function loadTemplates(dir = BUNDLED_TEMPLATES_DIR): TemplateLibrary {
  if (!existsSync(dir)) throw new GovernanceError(`${dir} does not exist`, { code: 'not_found' });
  const templates: Template[] = [];
  for (const id of readdirSync(dir).sort()) {
    const folder = path.join(dir, id);
    for (const name of readdirSync(folder)
      .filter((f) => f.endsWith('.yaml'))
      .sort()) {
      const file = path.join(folder, name);
      const template = parseRecord(templateSchema, readYamlFile(file), `assessment template ${file}`);
      if (template.id !== id || `${template.version}.yaml` !== name) {
        throw new GovernanceError(`${file} holds ${template.id} ${template.version}`, {
          code: 'invalid_record',
          hint: `store it as ${template.id}/${template.version}.yaml`,
          fields: [{ field: 'id', reason: 'must match the folder and file name' }],
        });
      }
      templates.push(template);
    }
  }
  return new TemplateLibrary(templates);
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
