import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { allGuardRegexes } from './all-regexes.ts';
import { createGuard } from './guard.ts';
import { findNestedQuantifier } from './regex-safety.ts';

/** Every regex literal written in the guard's source files (tests excluded). */
function regexLiteralsInSource(dir: string): Array<{ where: string; regex: RegExp }> {
  const out: Array<{ where: string; regex: RegExp }> = [];
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) {
      out.push(...regexLiteralsInSource(file));
      continue;
    }
    if (!name.endsWith('.ts') || name.endsWith('.test.ts')) continue;
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(source);
        const slash = text.lastIndexOf('/');
        const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
        out.push({
          where: `${path.relative(process.cwd(), file)}:${line + 1}`,
          regex: new RegExp(text.slice(1, slash), text.slice(slash + 1)),
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out;
}

const literals = regexLiteralsInSource(path.resolve('src/guard'));
const runtime = allGuardRegexes();
const everyRegex = [...literals, ...runtime];

/** 100 KB strings built to make backtracking regexes explode. */
const SIZE = 100_000;
const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
const ADVERSARIAL: Array<[string, string]> = [
  ['digits', fill('1')],
  ['digits and spaces', fill('1 ')],
  ['digits and hyphens', fill('12-')],
  ['digits and dots', fill('1.')],
  ['digits and slashes', fill('1/')],
  ['letters', fill('a')],
  ['capitalised words', fill('Aa ')],
  ['email bait', fill('a.a@')],
  ['url bait', fill('http://a')],
  ['ipv6 bait', fill('ffff:')],
  ['colons', fill('::1')],
  ['han run', fill('张')],
  ['cue run', fill('患者')],
  ['road suffixes', fill('路1号')],
  ['admin suffixes', fill('北京市区')],
  ['label run', fill('住院号：')],
  ['first-person run', fill('我想')],
  ['titles', fill('Dr. A')],
  ['newlines', fill('\n')],
  ['id-like', fill('11010519491231002')],
  ['mixed', fill('患者张伟1381234567 Mr A. 2023-03-0 路号@a.b:')],
];

describe('regular expressions in the guard', () => {
  it('finds the regexes it is meant to check', () => {
    expect(literals.length).toBeGreaterThan(100);
    expect(runtime.length).toBeGreaterThan(80);
  });

  it('have no nested quantifiers (static check)', () => {
    const offenders = everyRegex
      .map(({ where, regex }) => ({ where, problem: findNestedQuantifier(regex.source) }))
      .filter((o) => o.problem);
    expect(offenders).toEqual([]);
  });

  it('the static check recognises classic catastrophic patterns', () => {
    expect(findNestedQuantifier('(a+)+$')).toBeDefined();
    expect(findNestedQuantifier('(?:\\d{1,3}\\s?)*x')).toBeDefined();
    expect(findNestedQuantifier('(a|aa)*b')).toBeDefined();
    expect(findNestedQuantifier('(?:[a-z]+\\.){2,5}com')).toBeDefined();
    expect(findNestedQuantifier('(?:\\.[a-z]{1,63}){0,5}')).toBeUndefined();
    expect(findNestedQuantifier('[(+)]+\\d')).toBeUndefined();
  });

  it('each finishes on 100 KB adversarial input in bounded time', () => {
    const slow: string[] = [];
    let worst = 0;
    for (const { where, regex } of everyRegex) {
      const global = new RegExp(
        regex.source,
        regex.flags.includes('g') ? regex.flags.replace('y', '') : `${regex.flags.replace('y', '')}g`,
      );
      for (const [name, input] of ADVERSARIAL) {
        const start = performance.now();
        global.lastIndex = 0;
        for (let m = global.exec(input), guard = 0; m && guard < SIZE + 1; m = global.exec(input), guard++)
          if (m[0].length === 0) global.lastIndex++;
        const ms = performance.now() - start;
        worst = Math.max(worst, ms);
        // Generous: linear scans of 100 KB take well under 50 ms; backtracking blow-ups take minutes.
        if (ms > 1000) slow.push(`${where} /${regex.source.slice(0, 60)}/ on ${name}: ${ms.toFixed(0)} ms`);
      }
    }
    expect(slow).toEqual([]);
    expect(worst).toBeLessThan(1000);
  });

  it('the whole scan pipeline handles adversarial, binary and 1 MB inputs in bounded time', () => {
    const guard = createGuard({ knowledge: false });
    const huge = 'x'.repeat(1_000_000);
    const binary = String.fromCharCode(...Array.from({ length: 5000 }, (_, i) => (i * 7919) % 65536));
    for (const text of [...ADVERSARIAL.map(([, t]) => t), huge, binary, '']) {
      const start = performance.now();
      const result = guard.scan(text, { detectors: ['pii', 'harm', 'phrasing', 'label'] });
      expect(Array.isArray(result.findings)).toBe(true);
      expect(performance.now() - start).toBeLessThan(5000);
    }
  });
});
