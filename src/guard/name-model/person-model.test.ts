import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RecognizerRegistry } from '../registry.ts';
import { registryConfigSchema } from '../registry-config.ts';
import { BUNDLED_PERSON_MODEL, loadBundledPersonModel, PERSON_MODEL_DETECTOR } from './person-model.ts';
import {
  DEID_DEV_FILE,
  deidRoundFile,
  readDeidRecords,
  type TrainingSource,
  trainPersonModel,
} from './train.ts';

const bundledFile = JSON.parse(readFileSync(BUNDLED_PERSON_MODEL, 'utf8'));
const model = loadBundledPersonModel()!;
const withModel = RecognizerRegistry.withDefaults();
const rulesOnly = RecognizerRegistry.withDefaults({ personModel: false });
const names = (text: string) => model.find(text, []).map((f) => f.text);

describe('the bundled person-name model', () => {
  it('is what training on its recorded files gives, byte for byte', () => {
    const sources: TrainingSource[] = bundledFile.training.map((t: TrainingSource) => ({
      file: t.file,
      records: t.records,
    }));
    for (const t of bundledFile.training as Array<TrainingSource & { sha256: string }>)
      expect(
        readDeidRecords(t).sha256,
        `${t.file} changed since the model was trained: run npx tsx scripts/train-person-model.ts`,
      ).toBe(t.sha256);
    const retrained = trainPersonModel(sources);
    expect(retrained.training).toEqual(bundledFile.training);
    expect(retrained.weights === bundledFile.weights).toBe(true);
    expect(retrained).toEqual(bundledFile);
  });

  it('was not trained on the newest de-identification round, nor on the test split of deid.jsonl', () => {
    let newest = 1;
    while (existsSync(deidRoundFile(newest + 1))) newest++;
    const training = bundledFile.training as Array<{ file: string; records: string }>;
    const files = training.map((t) => t.file);
    expect(files).not.toContain(deidRoundFile(newest));
    expect(files).toContain(deidRoundFile(1));
    expect(training.find((t) => t.file === DEID_DEV_FILE)?.records).toBe('dev');
    for (const t of training) expect(t.file).not.toMatch(/triage/);
  });

  it('is switched on by default and can be switched off by name', () => {
    expect(withModel.personModel).toBeDefined();
    expect(rulesOnly.personModel).toBeUndefined();
    const off = withModel.extend(registryConfigSchema.parse({ disable: [PERSON_MODEL_DETECTOR] }));
    expect(off.personModel).toBeUndefined();
    expect(withModel.extend(registryConfigSchema.parse({})).personModel).toBe(withModel.personModel);
    const text = '群聊\n欣悦：我明天下午过去\n宏亮：好的';
    expect(off.analyze(text, { language: 'zh' }).some((f) => f.detector === PERSON_MODEL_DETECTOR)).toBe(
      false,
    );
  });
});

// Invented texts, not from any labelled set.
describe('the person-name model on invented text', () => {
  it('finds names in contexts the rules do not cover', () => {
    for (const [text, name] of [
      ['家庭群\n欣悦：我明天下午过去\n宏亮：好的，我来接', '欣悦'],
      ['家庭群\n欣悦：我明天下午过去\n宏亮：好的，我来接', '宏亮'],
      ['本周三下午，邵雨萌姐姐来探视。', '邵雨萌'],
    ] as const) {
      expect(names(text), text).toContain(name);
      const found = withModel.analyze(text, { language: 'zh' });
      expect(
        found.some((f) => f.type === 'PERSON' && f.text === name),
        text,
      ).toBe(true);
    }
  });

  it('adds no span on ordinary words', () => {
    for (const text of [
      '患者高血压十年，规律服药。',
      '周一复查血常规，常规检查无异常。',
      '下周一门诊复查。',
      '文件已上传，请查收。',
      '今天去王府井买药。',
      '主诉：头痛三天。\n诊断：偏头痛\n处理：对症治疗',
      '金银花颗粒，一日三次。',
      '黄疸指数正常。',
      '他说想回家，家里有人照顾。',
    ])
      expect(names(text), text).toEqual([]);
  });

  it('reads no name in the value of a hometown, birthplace, nationality or ethnicity field', () => {
    // 1.25.0 read 温州人 after 籍贯 as a name (温 is a surname); the value of such a field is a place or a people.
    for (const text of ['籍贯：温州人', '出生地：兰州市', '祖籍 温岭', '民族：回族'])
      expect(model.find(text, [])).toEqual([]);
    expect(model.find('籍贯：温州人，联系人：温晓岚', []).map((f) => f.text)).not.toContain('温州人');
  });

  it('adds nothing over an address the rules found', () => {
    const text = '住址：北京市东城区王府井大街88号';
    const found = withModel.analyze(text, { language: 'zh' });
    expect(found.filter((f) => f.detector === PERSON_MODEL_DETECTOR)).toEqual([]);
  });

  it('only raises: every rule finding is still there with the model on, and model names overlap none', () => {
    const texts = [
      '家庭群\n欣悦：我明天下午过去\n宏亮：好的，我来接',
      '本周三下午，邵雨萌姐姐来探视。电话13812345678，住院号ZY20260001。',
      '住址：北京市东城区王府井大街88号，联系人王建国（父亲）',
      '请王医生看一下，患者李秀英，女，67岁，2026年3月5日入院。',
      ...readDeidRecords({ file: DEID_DEV_FILE, records: 'dev' }).records.map((r) => r.text),
    ];
    let added = 0;
    for (const text of texts) {
      const rules = rulesOnly.analyze(text, { language: 'zh' });
      const both = withModel.analyze(text, { language: 'zh' });
      const key = (f: { start: number; end: number; type: string; detector: string }) =>
        `${f.start}:${f.end}:${f.type}:${f.detector}`;
      const present = new Set(both.map(key));
      for (const f of rules) expect(present.has(key(f)), `${text}: ${f.text}`).toBe(true);
      for (const m of both.filter((f) => f.detector === PERSON_MODEL_DETECTOR)) {
        added++;
        expect(m.type).toBe('PERSON');
        expect(rules.some((f) => f.start < m.end && m.start < f.end)).toBe(false);
      }
      expect(both.length - rules.length).toBe(
        both.filter((f) => f.detector === PERSON_MODEL_DETECTOR).length,
      );
    }
    expect(added).toBeGreaterThan(0);
  });
});
