import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoadedSuite } from '../suite/load-suite.ts';
import { hashFiles } from '../util/hash.ts';

const PACKAGE_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The code that ran: package version and, in a git checkout, the commit. */
export function codeVersion(): { name: string; version: string; git_commit: string | null } {
  const pkg = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
  };
  let commit: string | null = null;
  try {
    commit = execFileSync('git', ['rev-parse', 'HEAD'], {
      cwd: PACKAGE_ROOT,
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 2000,
    })
      .toString()
      .trim();
  } catch {
    commit = null; // not a git checkout (an npm install), which is fine
  }
  return { name: pkg.name, version: pkg.version, git_commit: commit || null };
}

/** Hash of everything that defines a suite's content: suite files, cards and item files. */
export async function suiteHash(suite: LoadedSuite): Promise<string> {
  const files = new Set<string>([suite.file]);
  for (const group of suite.groups) {
    files.add(group.file);
    const card = path.join(path.dirname(group.file), 'card.yaml');
    if (existsSync(card)) files.add(card);
    for (const task of group.tasks) for (const file of task.files) files.add(file);
  }
  return hashFiles([...files].sort());
}
