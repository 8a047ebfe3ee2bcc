import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { YihengError } from '../../foundation/errors.ts';
import type { ItemIssue } from '../suite/read-items.ts';
import { loadDataset } from './load-dataset.ts';

const fixture = (name: string) => path.join(import.meta.dirname, 'fixtures', name);

async function read(name: string, format: string) {
  const suite = loadDataset(fixture(name), format);
  const task = suite.groups[0]!.tasks[0]!;
  const issues: ItemIssue[] = [];
  const items = [];
  for await (const { item } of task.readItems({ onIssue: (i) => issues.push(i) })) items.push(item);
  return { suite, task, items, issues };
}

describe('public dataset loaders', () => {
  it('MedQA: answer_idx, or the option whose text is the answer; bad lines reported by number', async () => {
    const { items, issues, task } = await read('medqa.jsonl', 'medqa');
    expect(task.type).toBe('mcq');
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({ id: 'line-1', lang: 'en', answer: 'B', tags: { meta_info: 'step1' } });
    expect(items[1]).toMatchObject({ lang: 'zh', answer: 'B' });
    expect(issues.map((i) => i.line)).toEqual([3, 4]);
    expect(issues[0]!.message).toMatch(/options/);
    expect(issues[1]!.message).toMatch(/not valid JSON/);
  });

  it('MedMCQA: 1-based cop, subject tags, unlabelled lines skipped', async () => {
    const { items, issues } = await read('medmcqa.jsonl', 'medmcqa');
    expect(items.map((i) => 'answer' in i && i.answer)).toEqual(['C', 'C']);
    expect(items[0]).toMatchObject({
      id: 'mm-001',
      options: { D: 'Vitamin K' },
      tags: { subject: 'Physiology', topic: 'Vitamins' },
    });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ line: 3 });
    expect(issues[0]!.message).toMatch(/cop/);
  });

  it('MMedBench: single and multiple answers, language by script', async () => {
    const { items, issues } = await read('mmedbench.jsonl', 'mmedbench');
    expect(items[0]).toMatchObject({ lang: 'zh', answer: 'A', explanation: '自编解析。' });
    expect(items[1]).toMatchObject({ lang: 'en', answer: ['A', 'C'] });
    expect(issues.map((i) => i.line)).toEqual([3]);
  });

  it('CMExam CSV: multi-line quoted options, escaped quotes, annotations as tags', async () => {
    const { items, issues } = await read('cmexam.csv', 'cmexam');
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({
      id: 'row-1',
      lang: 'zh',
      options: { A: '急性心肌梗死', D: '气胸' },
      answer: 'A',
      explanation: '自编解析，含逗号, 和"引号"',
      tags: { clinical_department: '心内科', difficulty_level: '中', subject: '临床医学' },
    });
    expect(items[1]).toMatchObject({ answer: ['A', 'C'] });
    expect(issues).toHaveLength(1);
    expect(issues[0]!.line).toBe(10); // the third record starts on line 10 (the first two span four lines each)
  });

  it('CMB JSON: multi-answer strings; records without answers reported by record number', async () => {
    const { items, issues } = await read('cmb.json', 'cmb');
    expect(items.map((i) => 'answer' in i && i.answer)).toEqual(['B', ['A', 'B', 'D']]);
    expect(items[0]).toMatchObject({ tags: { exam_class: '执业医师', subject: '内科' } });
    expect(issues).toEqual([expect.objectContaining({ line: 3 })]);
  });

  it('PubMedQA ori_pqal.json: yes/no/maybe with the abstract as context', async () => {
    const { items, issues, task } = await read('ori_pqal.json', 'pubmedqa');
    expect(task.type).toBe('yesno');
    expect(items[0]).toMatchObject({ id: '90000001', answer: 'yes', tags: { year: '2019' } });
    expect((items[0] as { context: string }).context).toContain('systolic pressure fell');
    expect(items[1]).toMatchObject({ answer: 'maybe' });
    expect(issues).toEqual([expect.objectContaining({ line: 3 })]);
  });

  it('HealthBench: messages, rubric axes from tags, theme from example tags', async () => {
    const { items, issues, task } = await read('healthbench.jsonl', 'healthbench');
    expect(task.type).toBe('rubric');
    expect(items[0]).toMatchObject({
      id: 'hb-made-up-1',
      lang: 'en',
      tags: { theme: 'emergency_referrals' },
      rubric: [
        { points: 10, axis: 'accuracy' },
        { points: 5, axis: 'completeness' },
        { points: -8, axis: 'accuracy' },
      ],
    });
    expect(items[1]).toMatchObject({ lang: 'zh', messages: [{ role: 'system' }, { role: 'user' }] });
    expect(issues.map((i) => i.line)).toEqual([3]);
  });

  it('counts items for progress and fails clearly on bad input', async () => {
    expect(await loadDataset(fixture('cmb.json'), 'cmb').groups[0]!.tasks[0]!.countItems!()).toBe(3);
    try {
      loadDataset(fixture('cmb.json'), 'medqb');
      expect.unreachable();
    } catch (error) {
      expect((error as YihengError).oneLine()).toMatch(
        /unknown dataset format "medqb" — use one of: medqa, medmcqa/,
      );
    }
    expect(() => loadDataset(fixture('nope.jsonl'), 'medqa')).toThrow(YihengError);
    const strict = loadDataset(fixture('medqa.jsonl'), 'medqa').groups[0]!.tasks[0]!;
    await expect(async () => {
      for await (const _ of strict.readItems({ strict: true })) {
        // drain
      }
    }).rejects.toThrow(/medqa\.jsonl:3/);
  });
});
