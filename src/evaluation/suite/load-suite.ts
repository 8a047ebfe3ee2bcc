import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'zod';
import { describeZodIssues, YihengError } from '../../foundation/errors.ts';
import type { Ability } from '../indicators.ts';
import { type ItemRecord, type ReadItemsOptions, readJsonlItems } from './read-items.ts';
import {
  type BilingualText,
  cardSchema,
  type SuiteCard,
  type SuiteDefinition,
  suiteSchema,
  type TaskType,
  type WrapperName,
} from './schema.ts';

/** Where the built-in suites live: data/suites/<suite-id>/suite.yaml in the package. */
export const BUILTIN_SUITES_DIR = fileURLToPath(new URL('../../../data/suites/', import.meta.url));

/** A task ready to run: its place in the indicator system and a way to stream its items. */
export interface LoadedTask {
  /** Unique within the run: `<suite>/<task>`. */
  key: string;
  id: string;
  suiteId: string;
  type: TaskType;
  ability: Ability;
  wrappers: WrapperName[];
  systemPrompt?: BilingualText;
  /** The files the items come from (for the suite hash and messages). */
  files: string[];
  readItems(options?: ReadItemsOptions): AsyncIterable<ItemRecord>;
  /** Number of items, for progress (default: non-empty lines of the files). */
  countItems?(): Promise<number>;
}

/** One suite's tasks inside a run; a bundle has one group per included suite. */
export interface SuiteGroup {
  suiteId: string;
  /** The suite.yaml this group comes from. */
  file: string;
  /** Run a deterministic, stratified subset of this many items. */
  limit?: number;
  tasks: LoadedTask[];
  card?: SuiteCard;
}

export interface LoadedSuite {
  id: string;
  title: BilingualText;
  version: string;
  /** The suite.yaml (or dataset file) it was loaded from. */
  file: string;
  definition?: SuiteDefinition;
  card?: SuiteCard;
  groups: SuiteGroup[];
}

export interface LoadSuiteOptions {
  /** Folder of built-in suites (default: the package's data/suites). */
  suitesDir?: string;
}

/** Every task of a suite, across its groups. */
export function suiteTasks(suite: LoadedSuite): LoadedTask[] {
  return suite.groups.flatMap((g) => g.tasks);
}

/**
 * Loads a suite by built-in name (`knowledge-qa-zh` → data/suites/knowledge-qa-zh/suite.yaml) or
 * by path (a suite folder or its suite.yaml). Validates suite.yaml and card.yaml and checks that
 * the item files exist; items themselves are streamed later by the runner.
 */
export function loadSuite(nameOrPath: string, options: LoadSuiteOptions = {}): LoadedSuite {
  const suitesDir = options.suitesDir ?? BUILTIN_SUITES_DIR;
  return loadSuiteFile(resolveSuiteFile(nameOrPath, suitesDir), suitesDir, []);
}

/** The built-in suite ids (folders of data/suites with a suite.yaml). */
export function builtinSuiteIds(suitesDir = BUILTIN_SUITES_DIR): string[] {
  if (!existsSync(suitesDir)) return [];
  return readdirSync(suitesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(suitesDir, d.name, 'suite.yaml')))
    .map((d) => d.name)
    .sort();
}

function resolveSuiteFile(nameOrPath: string, suitesDir: string): string {
  const asPath = path.resolve(nameOrPath);
  if (existsSync(asPath)) {
    if (statSync(asPath).isDirectory()) {
      for (const name of ['suite.yaml', 'suite.yml', 'suite.json']) {
        const candidate = path.join(asPath, name);
        if (existsSync(candidate)) return candidate;
      }
      throw new YihengError(`${asPath} has no suite.yaml`, {
        hint: 'point --suite at a suite folder containing suite.yaml, or at the file itself',
        code: 'suite_not_found',
      });
    }
    return asPath;
  }
  const builtin = path.join(suitesDir, nameOrPath, 'suite.yaml');
  if (/^[a-z0-9-]+$/.test(nameOrPath) && existsSync(builtin)) return builtin;
  const known = builtinSuiteIds(suitesDir);
  throw new YihengError(`unknown suite "${nameOrPath}"`, {
    hint: known.length
      ? `built-in suites: ${known.join(', ')}; or give the path of a suite folder or suite.yaml`
      : 'give the path of a suite folder or suite.yaml',
    code: 'suite_not_found',
  });
}

function loadSuiteFile(file: string, suitesDir: string, including: string[]): LoadedSuite {
  const definition = parseFile(file, suiteSchema, 'suite');
  if (including.includes(definition.id)) {
    throw new YihengError(
      `suite ${definition.id} includes itself (${[...including, definition.id].join(' → ')})`,
      {
        hint: 'remove the circular include',
        code: 'suite_invalid',
      },
    );
  }
  const dir = path.dirname(file);
  const cardFile = path.join(dir, 'card.yaml');
  const card = existsSync(cardFile) ? parseFile(cardFile, cardSchema, 'card') : undefined;

  let groups: SuiteGroup[];
  if (definition.include) {
    // Bundled suites are looked up next to the bundle first, then among the built-ins.
    const seen = new Set<string>();
    groups = definition.include.map((entry) => {
      if (seen.has(entry.suite)) {
        throw new YihengError(`${file}: suite ${entry.suite} is included twice`, {
          hint: 'list each suite once',
          code: 'suite_invalid',
        });
      }
      seen.add(entry.suite);
      const sibling = path.join(path.dirname(dir), entry.suite, 'suite.yaml');
      const included = loadSuiteFile(
        existsSync(sibling) ? sibling : resolveSuiteFile(entry.suite, suitesDir),
        suitesDir,
        [...including, definition.id],
      );
      if (included.definition?.include) {
        throw new YihengError(`${file}: ${entry.suite} is itself a bundle`, {
          hint: 'include the suites it lists directly',
          code: 'suite_invalid',
        });
      }
      const tasks = included.groups.flatMap((g) => g.tasks);
      return {
        suiteId: included.id,
        file: included.file,
        tasks,
        ...(entry.limit ? { limit: entry.limit } : {}),
        ...(included.card ? { card: included.card } : {}),
      };
    });
  } else {
    const tasks = definition.tasks!.map((task): LoadedTask => {
      const files = (Array.isArray(task.items) ? task.items : [task.items]).map((f) => path.resolve(dir, f));
      for (const itemFile of files) {
        if (!existsSync(itemFile)) {
          throw new YihengError(
            `${file}: task ${task.id} names item file ${itemFile}, which does not exist`,
            {
              hint: 'item paths are relative to suite.yaml',
              code: 'suite_invalid',
            },
          );
        }
      }
      return {
        key: `${definition.id}/${task.id}`,
        id: task.id,
        suiteId: definition.id,
        type: task.type,
        ability: task.ability,
        wrappers: task.wrappers,
        ...(task.system_prompt ? { systemPrompt: task.system_prompt } : {}),
        files,
        readItems: (options) => readJsonlItems(files, task.type, options),
      };
    });
    groups = [{ suiteId: definition.id, file, tasks, ...(card ? { card } : {}) }];
  }

  return {
    id: definition.id,
    title: definition.title,
    version: definition.version,
    file,
    definition,
    ...(card ? { card } : {}),
    groups,
  };
}

function parseFile<S extends z.ZodType>(file: string, schema: S, what: string): z.infer<S> {
  let raw: unknown;
  try {
    const text = readFileSync(file, 'utf8');
    raw = file.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    const where = error instanceof YAMLParseError && error.linePos ? `:${error.linePos[0].line}` : '';
    throw new YihengError(
      `${file}${where}: cannot parse the ${what} file (${(error as Error).message.split('\n')[0]})`,
      {
        hint: 'fix the YAML/JSON syntax (indentation, colons, quotes)',
        code: 'suite_invalid',
        cause: error,
      },
    );
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new YihengError(`${file}: invalid ${what}: ${describeZodIssues(parsed.error)}`, {
      hint: 'see docs/evaluation.md, "Suite format"',
      code: 'suite_invalid',
    });
  }
  return parsed.data;
}
