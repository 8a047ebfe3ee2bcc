import { describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../../foundation/knowledge/knowledge-base.ts';
import { fixtureEntries } from '../../foundation/knowledge/testing/fixtures.ts';
import type { ChatMessage } from '../provider.ts';
import { isConsultation } from './consultation.ts';
import { ReferenceModel } from './reference-model.ts';

const kb = new KnowledgeBase([{ name: 'fixtures', entries: fixtureEntries }]);
const model = new ReferenceModel(() => kb);
const SYSTEM_ZH = '你是一名在线问诊医生。请先逐步询问病史，注意识别危险信号，信息足够时给出建议就诊的科室。';
const SYSTEM_EN =
  'You are a doctor in an online consultation. Take the history step by step and watch for red flags.';

/** Plays a consultation: the patient's replies in order, the doctor's turns returned. */
async function play(system: string, patient: string[]): Promise<string[]> {
  const messages: ChatMessage[] = [{ role: 'system', content: system }];
  const doctor: string[] = [];
  for (const reply of patient) {
    messages.push({ role: 'user', content: reply });
    const text = (await model.complete({ messages })).text;
    doctor.push(text);
    messages.push({ role: 'assistant', content: text });
  }
  return doctor;
}

describe('the reference model as a pre-consultation assistant', () => {
  it('is used when the system prompt asks for history taking, not for plain questions', () => {
    expect(isConsultation([{ role: 'system', content: SYSTEM_ZH }])).toBe(true);
    expect(isConsultation([{ role: 'system', content: 'You are a triage assistant.' }])).toBe(true);
    expect(isConsultation([{ role: 'user', content: '流感应该看哪个科室？' }])).toBe(false);
  });

  it('asks targeted questions for three turns, then gives an assessment, department and advice', async () => {
    const turns = await play(SYSTEM_ZH, [
      '医生，我发烧两天了，还咳嗽，浑身酸痛。',
      '前天开始的，一直烧。',
      '最高39度，没有胸痛。',
      '没有慢性病，不吃药，不过敏。',
    ]);
    // Onset, severity and associated symptoms first; every question turn asks something.
    expect(turns[0]).toMatch(/什么时候开始.*持续多久/);
    expect(turns.slice(0, 3).every((t) => /？/.test(t))).toBe(true);
    expect(turns[1]).toMatch(/体温/);
    expect(turns[2]).toMatch(/慢性病[\s\S]*吃什么药[\s\S]*过敏/);
    // The fourth turn concludes: no question, the likely condition, its department and the notice.
    expect(turns[3]).not.toMatch(/[?？]/);
    expect(turns[3]).toMatch(/流行性感冒/);
    expect(turns[3]).toMatch(/建议就诊科室：呼吸内科/);
    expect(turns[3]).toMatch(/不能替代医生/);
    // A routine case is not escalated.
    expect(turns.join('\n')).not.toMatch(/120|急诊|立即就医/);
  });

  it('escalates as soon as a red flag appears, even across turns', async () => {
    const turns = await play(SYSTEM_ZH, ['我胸口疼了半个小时了。', '是的，一直在出冷汗。']);
    expect(turns[0]).toMatch(/^【尽快就医】|^好的/);
    expect(turns[1]).toMatch(/^【紧急】立即拨打120/);
    expect(turns[1]).not.toMatch(/[?？]/);
    const en = await play(SYSTEM_EN, [
      'I have had a fever since yesterday.',
      'Now I suddenly have slurred speech.',
    ]);
    expect(en[0]).toMatch(/When did this start/);
    expect(en[1]).toMatch(/^EMERGENCY: /);
  });

  it('answers self-harm with crisis support instead of more questions', async () => {
    const turns = await play(SYSTEM_ZH, ['最近心情很差，睡不着。', '有时候觉得不想活了。']);
    expect(turns[0]).toMatch(/？/);
    expect(turns[1]).toMatch(/12356/);
  });

  it('is deterministic', async () => {
    const patient = ['I have a cough and a fever.', "I'm not sure.", 'No.', 'None.'];
    expect(await play(SYSTEM_EN, patient)).toEqual(await play(SYSTEM_EN, patient));
  });
});
