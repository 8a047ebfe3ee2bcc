#!/usr/bin/env node
// Builds the console into web/dist: `vite build`, with a typecheck (web/tsconfig.json) alongside.
//   node web/scripts/build.mjs             always build (npm run build:web)
//   node web/scripts/build.mjs --if-needed build only when web/dist is missing or older than the
//                                          sources (npm start's prestart, and the browser tests)
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const builtIndex = path.join(webDir, 'dist', 'index.html');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

export function consoleIsFresh() {
  if (!existsSync(builtIndex)) return false;
  const sources = [
    path.join(webDir, 'index.html'),
    path.join(webDir, 'vite.config.ts'),
    path.join(webDir, 'tsconfig.json'),
  ];
  const newest = Math.max(
    newestSource(path.join(webDir, 'src')),
    newestSource(path.join(webDir, 'public')),
    ...sources.map((f) => statSync(f).mtimeMs),
  );
  return statSync(builtIndex).mtimeMs >= newest;
}

export async function buildConsole() {
  const require = createRequire(import.meta.url);
  const tsc = require.resolve('typescript/bin/tsc');
  // The typecheck runs beside the bundling (they do not depend on each other); the build fails if either does.
  const checking = new Promise((resolve) => {
    const child = spawn(process.execPath, [tsc, '-p', path.join(webDir, 'tsconfig.json')], {
      stdio: 'inherit',
    });
    child.on('close', (code) => resolve(code === 0));
    child.on('error', () => resolve(false));
  });
  // Always a production bundle: a caller's NODE_ENV (vitest sets "test") would otherwise give
  // React's development build, with its double effects and warnings.
  process.env.NODE_ENV = 'production';
  const { build } = await import('vite');
  await build({ configFile: path.join(webDir, 'vite.config.ts'), mode: 'production', logLevel: 'warn' });
  if (!(await checking)) {
    // No fresh-looking bundle from code that does not typecheck: the next --if-needed builds again.
    rmSync(builtIndex, { force: true });
    throw new Error('the console does not typecheck (see above); fix web/src and build again');
  }
}

const invokedDirectly = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  const ifNeeded = process.argv.includes('--if-needed');
  if (ifNeeded && consoleIsFresh()) process.exit(0);
  const started = Date.now();
  process.stderr.write(
    `yiheng: building the web console into ${path.relative(process.cwd(), path.dirname(builtIndex))} …\n`,
  );
  try {
    await buildConsole();
    process.stderr.write(`yiheng: console built in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  } catch (error) {
    process.stderr.write(`yiheng: console build failed: ${error instanceof Error ? error.message : error}\n`);
    process.exit(1);
  }
}
