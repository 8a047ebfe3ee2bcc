// Proves `npm install` installed exactly the locked versions. The registry mirror gains and loses
// other platforms' optional binaries (e.g. @biomejs/cli-android-arm64) and their versions between runs,
// and npm adds, drops or re-pins their lock entries accordingly; those never install on this machine,
// so an optional entry that is not installed here may come, go or change. Anything else that differs
// (the version or integrity hash of an installed package, a new non-optional package) means the lock
// was re-resolved, and CI fails.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const committed = JSON.parse(execFileSync('git', ['show', 'HEAD:package-lock.json'], { encoding: 'utf8' }));
const installed = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const before = committed.packages ?? {};
const after = installed.packages ?? {};
const problems = [];
for (const name of new Set([...Object.keys(before), ...Object.keys(after)])) {
  const a = before[name];
  const b = after[name];
  const elsewhere = (a ?? b).optional && (b ?? a).optional && !existsSync(`${name}/package.json`);
  if (elsewhere) continue;
  if (a && b) {
    for (const field of ['version', 'resolved', 'integrity']) {
      if (a[field] !== b[field]) problems.push(`${name}: ${field} ${a[field]} → ${b[field]}`);
    }
  } else if (!(a ?? b).optional) {
    problems.push(`${name}: ${a ? 'removed' : 'added'} (not an optional platform binary)`);
  }
}
if (problems.length > 0) {
  console.error(`package-lock.json was re-resolved by npm install:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log('package-lock.json: every locked package installed as locked');
