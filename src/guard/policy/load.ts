import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { describeZodIssues, YihengError } from '../../foundation/errors.ts';
import { type Policy, policySchema } from './schema.ts';

/** The policies shipped with Yiheng (data/policies/*.yaml). */
export function bundledPolicyDir(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../data/policies');
}

export function parsePolicy(text: string, source: string): Policy {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (cause) {
    const where = cause instanceof YAMLParseError && cause.linePos ? ` at line ${cause.linePos[0].line}` : '';
    throw new YihengError(`policy ${source} is not valid YAML${where}`, {
      hint: 'fix the YAML syntax (indentation, colons, quotes)',
      code: 'policy_invalid',
      cause,
    });
  }
  const parsed = policySchema.safeParse(raw);
  if (!parsed.success)
    throw new YihengError(`policy ${source} is invalid: ${describeZodIssues(parsed.error)}`, {
      hint: 'correct the keys named above (see docs/guard.md, "Policies")',
      code: 'policy_invalid',
    });
  return parsed.data;
}

export function loadPolicyFile(file: string): Policy {
  if (!existsSync(file))
    throw new YihengError(`policy file ${file} does not exist`, {
      hint: `use a bundled policy name (${bundledPolicyNames().join(', ')}) or a path to a YAML file`,
      code: 'policy_missing',
    });
  return parsePolicy(readFileSync(file, 'utf8'), file);
}

export function bundledPolicyNames(dir = bundledPolicyDir()): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => f.replace(/\.yaml$/, ''))
        .sort()
    : [];
}

/** A bundled policy by name ("default", "patient-triage"…) or a YAML file by path. */
export function loadPolicy(nameOrPath: string): Policy {
  if (/[/\\]|\.ya?ml$/.test(nameOrPath)) return loadPolicyFile(path.resolve(nameOrPath));
  return loadPolicyFile(path.join(bundledPolicyDir(), `${nameOrPath}.yaml`));
}

export function loadBundledPolicies(dir = bundledPolicyDir()): Policy[] {
  return bundledPolicyNames(dir).map((name) => loadPolicyFile(path.join(dir, `${name}.yaml`)));
}
