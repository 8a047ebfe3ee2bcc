import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { YihengError } from '../../foundation/errors.ts';
import { planRun } from '../runner/plan.ts';
import { checkSuite } from './check-suite.ts';
import { loadSuite, suiteTasks } from './load-suite.ts';
import type { ItemIssue } from './read-items.ts';

function suitesDir(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'yiheng-suites-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), content);
  }
  return root;
}

const mcq = (id: string, subject = 'a', lang = 'en') =>
  JSON.stringify({
    id,
    lang,
    source: 's',
    question: `Q ${id}?`,
    options: { A: 'x', B: 'y' },
    answer: 'A',
    tags: { subject },
  });

const oneTask = (id: string, items = 'items.jsonl') =>
  `id: ${id}\ntitle: { zh: 测试, en: Test }\nversion: 1.0.0\ntasks:\n  - id: t\n    type: mcq\n    items: ${items}\n    ability: advanced.knowledge_qa\n`;

describe('loadSuite', () => {
  it('loads the bundled example suite by name', () => {
    const suite = loadSuite('example');
    expect(suite.id).toBe('example');
    expect(suite.card?.sources[0]?.id).toBe('textbook-basics');
    expect(suiteTasks(suite).map((t) => t.type)).toEqual([
      'mcq',
      'yesno',
      'short',
      'extraction',
      'rubric',
      'consultation',
      'classification',
    ]);
  });

  it('loads a suite by folder or file path', () => {
    const root = suitesDir({ 'mine/suite.yaml': oneTask('mine'), 'mine/items.jsonl': mcq('1') });
    expect(loadSuite(path.join(root, 'mine')).id).toBe('mine');
    expect(loadSuite(path.join(root, 'mine', 'suite.yaml')).id).toBe('mine');
  });

  it('says which suites exist when a name is unknown', () => {
    try {
      loadSuite('no-such-suite');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(YihengError);
      expect((error as YihengError).oneLine()).toMatch(
        /unknown suite "no-such-suite" — built-in suites: .*example/,
      );
    }
  });

  it('rejects an invalid suite.yaml with the file and the field', () => {
    const root = suitesDir({
      'bad/suite.yaml': oneTask('bad').replace('advanced.knowledge_qa', 'advanced.magic'),
    });
    expect(() => loadSuite(path.join(root, 'bad'))).toThrow(
      /bad[/\\]suite\.yaml: invalid suite: tasks\.0\.ability: ability must be one of/,
    );
    const missing = suitesDir({ 'm/suite.yaml': oneTask('m', 'gone.jsonl') });
    expect(() => loadSuite(path.join(missing, 'm'))).toThrow(
      /names item file .*gone\.jsonl, which does not exist/,
    );
  });

  it('reports a malformed line with its file and line number, or fails with strict', async () => {
    const root = suitesDir({
      's/suite.yaml': oneTask('s'),
      's/items.jsonl': [
        mcq('1'),
        '{"id": "2", "lang": "en"',
        '',
        mcq('3').replace('"answer":"A"', '"answer":"Z"'),
        mcq('4'),
      ].join('\n'),
    });
    const task = suiteTasks(loadSuite(path.join(root, 's')))[0]!;
    const issues: ItemIssue[] = [];
    const ids: string[] = [];
    for await (const { item } of task.readItems({ onIssue: (i) => issues.push(i) })) ids.push(item.id);
    expect(ids).toEqual(['1', '4']);
    expect(issues.map((i) => [path.basename(i.file), i.line])).toEqual([
      ['items.jsonl', 2],
      ['items.jsonl', 4],
    ]);
    expect(issues[0]!.message).toMatch(/not valid JSON/);
    expect(issues[1]!.message).toMatch(/item 3: not a valid mcq item: answer/);
    await expect(async () => {
      for await (const _ of task.readItems({ strict: true })) {
        // drain
      }
    }).rejects.toThrow(/malformed item at .*items\.jsonl:2/);
  });

  it('resolves a bundle and picks a deterministic, stratified subset', async () => {
    const items = Array.from({ length: 40 }, (_, i) =>
      mcq(`q${i}`, i < 30 ? 'cardio' : 'renal', i % 2 ? 'zh' : 'en'),
    ).join('\n');
    const root = suitesDir({
      'big/suite.yaml': oneTask('big'),
      'big/items.jsonl': items,
      'small/suite.yaml': oneTask('small'),
      'small/items.jsonl': [mcq('s1'), mcq('s2')].join('\n'),
      'bundle/suite.yaml':
        'id: bundle\ntitle: { zh: 合集, en: Bundle }\nversion: 1.0.0\ninclude:\n  - { suite: big, limit: 8 }\n  - { suite: small }\n',
    });
    const bundle = loadSuite(path.join(root, 'bundle'));
    expect(bundle.groups.map((g) => [g.suiteId, g.limit])).toEqual([
      ['big', 8],
      ['small', undefined],
    ]);
    const plan = await planRun(bundle, { seed: 1, read: {} });
    expect(plan.total).toBe(10);
    const chosen = [...plan.tasks[0]!.only!].map((k) => k.split('\u0000')[1]!);
    expect(chosen).toHaveLength(8);
    // 30 cardio : 10 renal → 6 : 2; each split evenly by language.
    const index = (id: string) => Number(id.slice(1));
    expect(chosen.filter((id) => index(id) < 30)).toHaveLength(6);
    const again = await planRun(bundle, { seed: 1, read: {} });
    expect([...again.tasks[0]!.only!]).toEqual([...plan.tasks[0]!.only!]);
    const other = await planRun(bundle, { seed: 2, read: {} });
    expect([...other.tasks[0]!.only!].sort()).not.toEqual([...plan.tasks[0]!.only!].sort());
    const limited = await planRun(bundle, { seed: 1, limit: 5, read: {} });
    expect(limited.total).toBe(5);
  });

  it('checkSuite finds duplicate ids, duplicate questions, unknown sources and a wrong card size', async () => {
    const root = suitesDir({
      'c/suite.yaml': oneTask('c'),
      'c/card.yaml':
        'suite: c\npurpose: { zh: 测试, en: test }\ndimension: advanced.knowledge_qa\nsize: 5\nlanguages: [en]\nscoring: { zh: 准确率, en: accuracy }\nknown_limits: []\nsources: [{ id: s, kind: textbook, title: T, publisher: P, year: 2020 }]\nauthors: [me]\nlicence: CC-BY-4.0\nversion: 1.0.0\nreview_date: 2025-01-01\n',
      'c/items.jsonl': [
        mcq('1'),
        mcq('1').replace('"id":"1"', '"id":"2"'),
        mcq('1'),
        mcq('4').replace('"source":"s"', '"source":"nope"'),
      ].join('\n'),
    });
    const check = await checkSuite(path.join(root, 'c'));
    const messages = check.issues.map((i) => i.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/item 2 duplicates the item at .*items\.jsonl:1/),
        expect.stringMatching(/id 1 is already used at .*items\.jsonl:1/),
        expect.stringMatching(/item 4 cites source nope/),
        expect.stringMatching(/card\.yaml says size 5 but the suite has 4/),
      ]),
    );
    const example = await checkSuite('example');
    expect(example.issues).toEqual([]);
    expect(example.total).toBe(17);
  });
});
