import { describe, expect, it } from 'vitest';
import { loadBundledGuardKnowledge } from '../knowledge.ts';
import { DoseDetector } from './dose.ts';
import { HarmDetector } from './harm.ts';
import { InteractionDetector } from './interaction.ts';
import { drugMentions } from './mentions.ts';
import { RedFlagDetector, triageOf } from './redflag.ts';

/** Behaviours that depend on the bundled knowledge (data/knowledge): red flags, drugs, interactions. */
const knowledge = loadBundledGuardKnowledge();
const redflag = new RedFlagDetector(knowledge.redflags!);
const harm = new HarmDetector();
const triage = (text: string) => {
  const findings = [...redflag.detect(text), ...harm.detect(text)];
  return findings.some((f) => f.type === 'SELF_HARM') ? 'emergency' : triageOf(findings);
};
const flags = (text: string) => [...new Set(redflag.detect(text).map((f) => String(f.detail?.id)))];

describe('triage with the bundled red flags', () => {
  it.each([
    // Negation reaches past a pseudo-negation that runs into the term, and over a list of terms.
    ['胸口疼，无呼吸困难', 'urgent'],
    ['我今天胸口疼，也不胸闷胸痛', 'urgent'],
    // Words that contain a pattern word but mean something else.
    ['宝宝三个月了，我最近烧心', 'routine'],
    ['今天抽了血，手臂有点青', 'routine'],
    ['I stopped all my pills last week', 'routine'],
    // Someone else's past event, a general question, hearsay, recovery.
    ['同事昨天癫痫发作被送医院了，癫痫会传染吗', 'routine'],
    ['手机上看到说喝了农药要赶紧洗胃，是真的吗', 'routine'],
    ['my friend overdosed last year and is in recovery now, how can i support him?', 'routine'],
    ['之前吐血的是我邻居，不是我，我想问问胃出血以后饮食上要注意什么', 'routine'],
    // A benign explanation cancels a flag.
    ['my poo has gone black since i started iron tablets, i feel completely fine', 'routine'],
    ['最近在吃补铁的药，大便变黑了，其他都挺好的', 'routine'],
    ['大便发黑，像柏油一样，头晕', 'emergency'],
    // Denied suicidal thoughts are not a crisis.
    ['最近心情不太好，但是没有不想活的念头，就是想找人聊聊', 'routine'],
    ['活着没有意思，不想活了', 'emergency'],
  ])('%s → %s', (text, level) => {
    expect(triage(text)).toBe(level);
  });

  it('finds emergencies described without their usual words', () => {
    expect(
      triage(
        'sudden really bad pain in my belly going through to my back. they have been watching an aneurysm',
      ),
    ).toBe('emergency');
    expect(
      triage("my son is eating a sandwich and suddenly can't talk or cough, he is clutching his throat"),
    ).toBe('emergency');
    expect(triage('孩子吃东西的时候突然捂着脖子，说不出话也咳不出')).toBe('emergency');
  });

  it('separates light spotting (urgent) from bleeding with pain (emergency) in pregnancy', () => {
    expect(triage('怀孕10周，内裤上有点褐色分泌物，肚子不疼')).toBe('urgent');
    expect(triage('spotting at 8 weeks pregnant, no cramps')).toBe('urgent');
    expect(triage('怀孕8周，下面出血，肚子疼')).toBe('emergency');
    expect(triage('I am 9 weeks pregnant and bleeding with bad cramps')).toBe('emergency');
  });

  it('calls urinary retention urgent, and an emergency with severe pain', () => {
    expect(triage('老人从昨晚到现在尿不出来，肚子胀得鼓鼓的')).toBe('urgent');
    expect(triage('从昨晚到现在尿不出来，小肚子胀得疼')).toBe('emergency');
    expect(triage("can't pee since last night and it's agony")).toBe('emergency');
  });

  it('recognises urgent complaints in everyday words', () => {
    for (const text of [
      '孩子烧到第四天了，退了又烧',
      '摔了一跤手腕肿了，一动就钻心地疼',
      "twisted my ankle, can't put any weight on it",
      '被流浪猫抓了两道，还出血了',
      'my toddler pushed a bead up her nose and we cannot get it out',
      '切菜切到手指，口子挺深能看到白的',
      '眼睛被树枝划了一下，一直流眼泪',
      '血压这两天一直170/105，吃了药也降不下来',
      '这几天走路快一点就胸口发闷，歇几分钟就好了',
    ])
      expect(triage(text), text).toBe('urgent');
    expect(flags('小腿又红又肿还发烫，红的地方一天比一天大')).toContain('rf-spreading-cellulitis');
    expect(flags('小腿又红又肿还发烫，红的地方一天比一天大')).not.toContain('rf-infant-fever-under-3-months');
  });
});

describe('output checks with the bundled drugs', () => {
  const dose = new DoseDetector(knowledge.drugs!);
  const interactions = new InteractionDetector(knowledge.drugs!, 'moderate');

  it('compares methotrexate per week: a daily regimen is the dangerous error', () => {
    expect(dose.detect('Methotrexate 15 mg once a week, with folic acid on another day.')).toEqual([]);
    expect(dose.detect('甲氨蝶呤每周一次15mg。')).toEqual([]);
    const daily = dose.detect('Take methotrexate 10 mg daily.');
    expect(daily.map((f) => f.detail?.period)).toEqual(['week']);
    expect(daily[0]!.detail?.daily).toEqual({ amount: 70, unit: 'mg' });
    expect(dose.detect('甲氨蝶呤10mg，每日一次。').length).toBe(1);
    expect(dose.detect('甲氨蝶呤每周30mg。').length).toBe(1);
    // Other drugs are still compared per day.
    expect(dose.detect('对乙酰氨基酚每日6g。').map((f) => f.detail?.period)).toEqual(['day']);
  });

  it('does not report a combination the text advises against', () => {
    expect(interactions.detect("Don't drink alcohol while taking metronidazole.")).toEqual([]);
    expect(interactions.detect('服用甲硝唑期间不要饮酒。')).toEqual([]);
    expect(interactions.detect('Warfarin and aspirin should not be taken together.')).toEqual([]);
    expect(interactions.detect('Avoid ibuprofen while you are on warfarin.')).toEqual([]);
    expect(interactions.detect('患者在服用华法林，今天又吃了阿司匹林。').length).toBeGreaterThan(0);
    expect(
      interactions.detect('Take metronidazole 400 mg three times a day and you can have a glass of wine.')
        .length,
    ).toBeGreaterThan(0);
    // "Don't stop" is not advice to avoid.
    expect(
      interactions.detect("Continue warfarin; don't stop it. Add aspirin 100 mg daily.").length,
    ).toBeGreaterThan(0);
  });

  it('shares one drug-mention pass between the dose and interaction checks', () => {
    const text = 'Take warfarin 5 mg daily and aspirin 100 mg daily.';
    expect(drugMentions(knowledge.drugs!, text)).toBe(drugMentions(knowledge.drugs!, text));
  });
});
