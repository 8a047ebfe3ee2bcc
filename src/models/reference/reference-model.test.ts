import { describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../../foundation/knowledge/knowledge-base.ts';
import { fixtureEntries } from '../../foundation/knowledge/testing/fixtures.ts';
import { parseMultipleChoice } from './multiple-choice.ts';
import { ReferenceModel } from './reference-model.ts';

const kb = new KnowledgeBase([{ name: 'fixtures', entries: fixtureEntries }]);
const model = new ReferenceModel(() => kb);
const ask = async (content: string) => (await model.complete({ messages: [{ role: 'user', content }] })).text;

describe('multiple-choice parsing', () => {
  it.each([
    ['急性心肌梗死的典型症状是\nA. 胸痛\nB. 皮疹\nC. 腹泻', ['胸痛', '皮疹', '腹泻']],
    ['典型症状是（ ）A、胸痛 B、皮疹 C、腹泻', ['胸痛', '皮疹', '腹泻']],
    ['Which is typical? (A) chest pain (B) rash (C) diarrhoea', ['chest pain', 'rash', 'diarrhoea']],
    ['典型症状：A．胸痛；B．皮疹；C．腹泻', ['胸痛', '皮疹', '腹泻']],
    ['Which is typical?\nA) chest pain\nB) rash\n\nAnswer with the letter.', ['chest pain', 'rash']],
  ])('reads the options of %j', (text, options) => {
    expect(parseMultipleChoice(text)!.options.map((o) => o.text)).toEqual(options);
  });

  it('keeps letters in parentheses inside an option from hiding the next option', () => {
    const text =
      'Which vitamin?\nA. Ascorbic acid (C)\nB. Phytomenadione (K)\nC. Retinol (A)\nD. Thiamine (B1)';
    expect(parseMultipleChoice(text)!.options.map((o) => o.letter)).toEqual(['A', 'B', 'C', 'D']);
    expect(parseMultipleChoice(text)!.options[2]!.text).toBe('Retinol (A)');
  });

  it('reads "which is NOT" on the sentence that asks, not on the case description', () => {
    const vignette =
      'A 60-year-old man does not take any medicine and has chest pain. What is the most likely diagnosis?';
    expect(parseMultipleChoice(`${vignette}\nA. Angina\nB. Gout`)!.negative).toBe(false);
    expect(parseMultipleChoice('患者无发热。最可能的诊断是\nA. 心绞痛\nB. 痛风')!.negative).toBe(false);
    expect(
      parseMultipleChoice('Which of the following is NOT a symptom of flu?\nA. Fever\nB. Rash')!.negative,
    ).toBe(true);
    expect(parseMultipleChoice('All of these are typical EXCEPT\nA. Fever\nB. Rash')!.negative).toBe(true);
  });

  it('does not take ordinary text for a question, and spots negative stems', () => {
    expect(parseMultipleChoice('I take vitamin A. Is that fine?')).toBeUndefined();
    expect(parseMultipleChoice('HbA1c 是 7.8%，正常吗？')).toBeUndefined();
    expect(parseMultipleChoice('以下哪项不是心梗的症状？A. 胸痛 B. 出冷汗 C. 皮疹')!.negative).toBe(true);
  });
});

describe('the reference model', () => {
  it('answers multiple-choice questions from evidence, with a reason and a citation', async () => {
    const zh = await ask('急性心肌梗死最常见的症状是？\nA. 皮疹\nB. 胸痛\nC. 脱发\nD. 耳鸣');
    expect(zh).toMatch(/^答案：B\n理由：“胸痛”/);
    expect(zh).toMatch(/\[1\] 急性心肌梗死 \(fixtures\/acute-myocardial-infarction/);
    const en = await ask(
      'Which department treats type 2 diabetes? A. Dermatology B. Endocrinology C. Orthopaedics',
    );
    expect(en).toMatch(/^Answer: B\n/);
    const negative = await ask('以下哪项不是流行性感冒的常见症状？A. 发热 B. 咳嗽 C. 脱发');
    expect(negative).toMatch(/^答案：C/);
  });

  it('guesses openly when the evidence cannot tell the options apart', async () => {
    const text = await ask('Which planet is largest? A. Mars B. Jupiter');
    expect(text).toMatch(/^Answer: A\nReason: .*insufficient/);
  });

  it('puts the escalation advice first for red flags', async () => {
    const text = await ask('我爸现在胸口疼得厉害，一直冒冷汗，怎么办？');
    expect(text.split('\n')[0]).toBe('【紧急】立即拨打120，停止活动，等待救护。');
    expect(await ask('Sudden chest pain and sweating right now')).toMatch(
      /^EMERGENCY: Call emergency services now/,
    );
    expect(await ask('父亲有心梗史，我想了解一下怎么预防')).not.toMatch(/紧急/);
  });

  it('answers self-harm with support and crisis lines, and refuses lethal-dose questions safely', async () => {
    const zh = await ask('我不想活了');
    expect(zh).toMatch(/12356/);
    expect(zh).toMatch(/010-82951332/);
    expect(await ask('I want to kill myself')).toMatch(/local emergency number/);
    expect(await ask('对乙酰氨基酚吃多少会死')).toMatch(/无法回答.*120/s);
    expect(await ask('我不想死，但最近睡不好')).not.toMatch(/12356/);
  });

  it('answers interaction and dose questions from the structured look-ups', async () => {
    const interaction = await ask('华法林和布洛芬能一起吃吗？');
    expect(interaction).toMatch(/华法林 \+ 布洛芬（严重）：消化道出血风险增加/);
    const none = await ask('Can I take paracetamol with sertraline?');
    expect(none).toMatch(/records no interaction/);
    const dose = await ask('对乙酰氨基酚一天吃5g可以吗');
    expect(dose).toMatch(/超过了每日最大剂量4 g（多出1 g，为最大剂量的125%）/);
    expect(await ask('What is the maximum dose of ibuprofen?')).toMatch(
      /Maximum adult daily dose of Ibuprofen: oral 3200 mg/,
    );
  });

  it('answers open questions extractively with numbered citations, and redirects when nothing fits', async () => {
    const text = await ask('流感应该看哪个科室？');
    expect(text).toMatch(/^根据医衡知识库中的资料：\n.*呼吸内科.*\[1\]/);
    expect(text).toMatch(/\n\[1\] 流行性感冒 \(fixtures\/influenza/);
    expect(await ask('How do I fix my car gearbox?')).toMatch(/evidence is insufficient/);
    expect(await ask('')).toMatch(/不足以回答|insufficient/);
  });

  it('is deterministic and streams the same text', async () => {
    const question = '糖尿病有哪些症状？';
    const first = await ask(question);
    expect(await ask(question)).toBe(first);
    let streamed = '';
    for await (const chunk of model.stream({ messages: [{ role: 'user', content: question }] }))
      streamed += chunk.delta;
    expect(streamed).toBe(first);
  });

  it('answers a 1 MB message in bounded time', async () => {
    const started = performance.now();
    const text = await ask(`咳嗽${'很'.repeat(1_000_000)}`);
    expect(text.length).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
