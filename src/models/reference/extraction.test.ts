import { describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../../foundation/knowledge/knowledge-base.ts';
import { fixtureEntries } from '../../foundation/knowledge/testing/fixtures.ts';
import { extractRecord, parseExtractionRequest } from './extraction.ts';
import { ReferenceModel } from './reference-model.ts';

const kb = new KnowledgeBase([{ name: 'fixtures', entries: fixtureEntries }]);
const KEYS = 'chief_complaint, duration, symptoms, past_history, medications, allergies, diagnosis, plan';
const zhPrompt = (text: string) =>
  `从下面的病历中提取结构化病历字段。\n\n请只输出一个 JSON 对象，键为：${KEYS}。某项有多个值时用数组，没有提到的用空字符串。\n\n文本：\n${text}`;
const enPrompt = (text: string) =>
  `Extract the record fields.\n\nOutput only one JSON object with the keys: ${KEYS}. Use an array when a field has several values and an empty string when the text does not say.\n\nText:\n${text}`;

const ADMISSION = `入院记录
患者，男，68岁。
主诉：活动后气短2个月。
现病史：2个月来爬楼即感气短，近1周出现双下肢水肿、夜间阵发性呼吸困难，无胸痛、无发热、咳嗽。
既往史：陈旧性心肌梗死3年，PCI术后；2型糖尿病6年。
用药史：阿司匹林100mg 每日一次；对乙酰氨基酚0.5g 必要时。
过敏史：青霉素过敏（皮疹）。
初步诊断：1. 心力衰竭 2. 2型糖尿病
诊疗计划：1. 呋塞米20mg 静脉注射 2. 记录出入量、每日称体重 3. 低盐饮食`;

describe('record structuring', () => {
  it('reads the keys and the text of the engine’s prompt, in zh and en, and nothing else', () => {
    expect(parseExtractionRequest(zhPrompt('主诉：头痛1天。'))).toEqual({
      keys: KEYS.split(', '),
      text: '主诉：头痛1天。',
    });
    expect(parseExtractionRequest(enPrompt('CC: headache'))!.keys).toHaveLength(8);
    expect(parseExtractionRequest('糖尿病有哪些症状？')).toBeUndefined();
    expect(parseExtractionRequest('Output only JSON: {"label": "<label>"}')).toBeUndefined();
  });

  it('fills every field of an admission note from its sections, in the note’s own words', () => {
    const record = extractRecord(kb, parseExtractionRequest(zhPrompt(ADMISSION))!);
    expect(record).toEqual({
      chief_complaint: '活动后气短',
      duration: '2个月',
      // denied symptoms ("无胸痛、无发热、咳嗽") are left out
      symptoms: ['气短', '双下肢水肿', '夜间阵发性呼吸困难'],
      past_history: ['陈旧性心肌梗死', 'PCI', '2型糖尿病'],
      medications: ['阿司匹林100mg 每日一次', '对乙酰氨基酚0.5g 必要时'],
      allergies: ['青霉素'],
      diagnosis: ['心力衰竭', '2型糖尿病'],
      plan: ['呋塞米20mg 静脉注射', '记录出入量、每日称体重', '低盐饮食'],
    });
  });

  it('reads run-on English notes and empty sections', () => {
    const note =
      'CC: Cough and fever for 3 days. HPI: Productive cough, fever and chills; denies chest pain. PMH: Asthma. Medications: nil. Allergies: NKDA. Impression: Community-acquired pneumonia. Plan: chest X-ray; amoxicillin 1 g three times a day; review in 48 hours.';
    const record = extractRecord(kb, parseExtractionRequest(enPrompt(note))!);
    expect(record.chief_complaint).toBe('Cough and fever');
    expect(record.duration).toBe('3 days');
    expect(record.symptoms).toEqual(['Cough', 'fever', 'chills']);
    expect(record.past_history).toEqual(['Asthma']);
    expect(record.medications).toEqual([]);
    expect(record.allergies).toEqual([]);
    expect(record.diagnosis).toBe('Community-acquired pneumonia');
    expect(record.plan).toEqual(['chest X-ray', 'amoxicillin 1 g three times a day', 'review in 48 hours']);
  });

  it('structures a doctor–patient dialogue, including what the clinician dictates at the end', () => {
    const dialogue = `医生：哪里不舒服？
家长：孩子咳嗽2天了，晚上还发烧。
医生：有没有呕吐？
家长：没有。
医生：平时吃什么药？过敏吗？
家长：吃过对乙酰氨基酚，对鸡蛋过敏。
医生：诊断：流行性感冒。处理：1. 多饮水 2. 3天后复诊。`;
    const record = extractRecord(kb, parseExtractionRequest(zhPrompt(dialogue))!);
    expect(record.chief_complaint).toBe('咳嗽');
    expect(record.duration).toBe('2天');
    expect(record.symptoms).toEqual(['咳嗽', '发烧']);
    expect(record.allergies).toEqual(['鸡蛋']);
    expect(record.medications).toEqual(['对乙酰氨基酚']);
    expect(record.diagnosis).toBe('流行性感冒');
    expect(record.plan).toEqual(['多饮水', '3天后复诊']);
  });

  it('answers with one JSON object that the extraction scorer can read, deterministically', async () => {
    const model = new ReferenceModel(() => kb);
    const ask = async () =>
      (await model.complete({ messages: [{ role: 'user', content: zhPrompt(ADMISSION) }] })).text;
    const text = await ask();
    expect(JSON.parse(text)).toMatchObject({ chief_complaint: '活动后气短', duration: '2个月' });
    expect(await ask()).toBe(text);
  });
});
