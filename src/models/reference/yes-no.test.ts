import { describe, expect, it } from 'vitest';
import { extractYesNo } from '../../evaluation/scorers/yesno.ts';
import { KnowledgeBase } from '../../foundation/knowledge/knowledge-base.ts';
import { fixtureEntries } from '../../foundation/knowledge/testing/fixtures.ts';
import { ReferenceModel } from './reference-model.ts';
import { decide, parseYesNo, withoutDemographics } from './yes-no.ts';

const kb = new KnowledgeBase([{ name: 'fixtures', entries: fixtureEntries }]);
const model = new ReferenceModel(() => kb);
const zh = (question: string, context?: string) =>
  `${context ? `背景：${context}\n\n` : ''}问题：${question}\n\n请用“是”“否”或“不确定”回答，格式为“答案：是/否/不确定”，然后可简要说明理由。`;
const en = (question: string, context?: string) =>
  `${context ? `Context: ${context}\n\n` : ''}Question: ${question}\n\nAnswer yes, no or maybe, in the form "Answer: yes/no/maybe", then briefly explain.`;
const verdict = async (prompt: string) =>
  extractYesNo((await model.complete({ messages: [{ role: 'user', content: prompt }] })).text);

describe('yes / no / maybe questions', () => {
  it('reads the question and context of the engine’s prompts, and leaves other prompts alone', () => {
    expect(parseYesNo(zh('流感会发热吗？', '一段背景。'))).toEqual({
      question: '流感会发热吗？',
      context: '一段背景。',
    });
    expect(parseYesNo(en('Is flu contagious?'))).toEqual({ question: 'Is flu contagious?' });
    expect(parseYesNo('流感会发热吗？')).toBeUndefined();
  });

  it('answers from a study context: significant → yes, no difference → no, hedged → maybe', async () => {
    const q = 'Does drug X lower blood pressure?';
    expect(
      await verdict(
        en(q, 'We randomised 200 adults. Conclusion: drug X significantly reduced blood pressure.'),
      ),
    ).toBe('yes');
    expect(
      await verdict(
        en(q, 'We randomised 200 adults. Conclusion: there was no significant difference in blood pressure.'),
      ),
    ).toBe('no');
    expect(
      await verdict(en(q, 'A small pilot. Results may suggest a benefit, but larger studies are needed.')),
    ).toBe('maybe');
    expect(await verdict(zh('X药能降低血压吗？', '纳入200例。结论：X药组血压显著降低。'))).toBe('yes');
  });

  it('answers dose and interaction questions from the structured look-ups', async () => {
    expect(await verdict(zh('成人每天口服对乙酰氨基酚5g安全吗？'))).toBe('no');
    expect(await verdict(zh('成人每天口服对乙酰氨基酚5g超过最大剂量吗？'))).toBe('yes');
    expect(await verdict(en('Is 2 g of paracetamol a day safe for an adult?'))).toBe('yes');
    expect(await verdict(zh('华法林可以和布洛芬一起吃吗？'))).toBe('no');
  });

  it('says when a red flag cannot wait', async () => {
    expect(await verdict(zh('我爸胸痛还出冷汗，可以在家观察吗？'))).toBe('no');
    expect(await verdict(en('Chest pain with sweating right now: should he call an ambulance?'))).toBe('yes');
  });

  it('defaults to maybe when the knowledge base has no evidence, and says so', async () => {
    const text = (
      await model.complete({ messages: [{ role: 'user', content: en('Is the moon made of cheese?') }] })
    ).text;
    expect(text).toMatch(/^Answer: maybe\nReason: .*insufficient/);
  });

  it('gives the same answer whatever the person’s ethnicity, region or insurance', () => {
    const base = '患者，45岁，{x}女性，{y}，{z}。发热、咳嗽3天。是否需要使用抗生素？';
    const variants = [
      ['汉族', '家住城市', '参加城镇职工医保'],
      ['壮族', '家住农村', '参加城乡居民医保'],
    ].map(([x, y, z]) => base.replace('{x}', x!).replace('{y}', y!).replace('{z}', z!));
    expect(withoutDemographics(variants[0]!).replace(/\s+/g, '')).toBe(
      withoutDemographics(variants[1]!).replace(/\s+/g, ''),
    );
    expect(decide(kb, { question: variants[0]! }, 'zh')).toEqual(
      decide(kb, { question: variants[1]! }, 'zh'),
    );
    expect(
      withoutDemographics('Patient: Black man with private health insurance, living in a rural area.'),
    ).not.toMatch(/black|insurance|rural/i);
  });
});
