import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const bin = path.resolve('bin/yiheng.js');

/** Runs the real CLI in a fresh folder; returns exit code and output. */
export async function yiheng(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  const cwd = options.cwd ?? mkdtempSync(path.join(tmpdir(), 'yiheng-cli-'));
  const env = { ...process.env, YIHENG_DATABASE_URL: '', YIHENG_CONFIG: '', ...options.env };
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { cwd, env, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
