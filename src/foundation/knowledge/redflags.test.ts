import { describe, expect, it } from 'vitest';
import { YihengError } from '../errors.ts';
import { compileRedFlags } from './redflags.ts';
import { fixtureRedFlags } from './testing/fixtures.ts';

const matcher = compileRedFlags(fixtureRedFlags);
const ids = (text: string) => matcher.match(text).matches.map((m) => m.id);

describe('red-flag matcher', () => {
  it('matches all groups of a pattern in any order, with spans into the original text', () => {
    const text = '我出了一身冷汗，胸口疼得厉害';
    const result = matcher.match(text);
    expect(result.level).toBe('emergency');
    const match = result.matches.find((m) => m.id === 'chest-pain-sweating')!;
    expect(match.advice.zh).toMatch(/120/);
    expect(match.spans.map((s) => s.text)).toEqual(['冷汗', '胸口疼']);
    for (const span of match.spans) expect(text.slice(span.start, span.end)).toBe(span.text);
    // One group alone is not enough for the two-group flag.
    expect(ids('出冷汗')).not.toContain('chest-pain-sweating');
  });

  it('matches English on word boundaries, case-insensitively, with plurals', () => {
    expect(ids('Sudden CHEST PAIN and sweating')).toContain('chest-pain-sweating');
    expect(ids('chest pains since noon')).toContain('chest-pain');
    expect(ids('a strokes')).toContain('stroke-signs');
    expect(ids('heartstroke of luck')).not.toContain('stroke-signs');
  });

  it('normalises traditional characters and full-width forms, keeping spans aligned', () => {
    const text = '胸口疼，全身冒冷汗，ＣＨＥＳＴ　ＰＡＩＮ';
    const result = matcher.match(text);
    expect(result.matches.map((m) => m.id)).toContain('chest-pain-sweating');
    const traditional = matcher.match('突然說不出話');
    expect(traditional.matches[0]!.id).toBe('stroke-signs');
    expect(traditional.matches[0]!.spans[0]!.text).toBe('說不出話');
  });

  it.each([
    '没有胸痛',
    '无发热',
    '不咳嗽',
    '否认胸痛',
    '我不太咳嗽',
    '胸痛(-)',
    'denies chest pain',
    'no fever',
    'without shortness of breath',
    "I don't have a fever",
    '患者否认胸痛、发热',
  ])('treats "%s" as negated', (text) => {
    expect(matcher.match(text)).toEqual({ level: 'routine', matches: [] });
  });

  it('scopes negation to its clause', () => {
    expect(ids('没有发烧，但是胸痛')).toEqual(['chest-pain']);
    expect(ids('no fever but chest pain')).toEqual(['chest-pain']);
    expect(ids('没有发烧。胸痛一小时')).toEqual(['chest-pain']);
  });

  it('does not take words that look like negation for negation', () => {
    expect(ids('无明显诱因出现胸痛')).toEqual(['chest-pain']);
    expect(ids('不停地咳嗽')).toEqual(['cough']);
    expect(ids('突然无法呼吸')).toEqual(['breathless']);
    expect(ids('突然不能说话')).toEqual(['stroke-signs']);
    expect(ids('是不是心梗')).toEqual(['myocardial-infarction']);
  });

  it.each([
    '父亲有心梗史',
    '我妈去年中风',
    'family history of stroke',
    'had chest pain last year, fine now',
    '三年前得过心梗',
    '胸痛已经好了',
    'My father had a stroke',
    'had chest pain in 2019, fine now',
    'back in 2015 I had a stroke',
    '我爸去年的胸痛',
    'My mum had a stroke years ago and has been well for years',
  ])('treats "%s" as someone else or the past', (text) => {
    expect(matcher.match(text).matches).toEqual([]);
  });

  it('still matches a relative having the emergency now, and a new event after a past one', () => {
    expect(matcher.match('我爸现在胸口疼得厉害，一直冒冷汗').level).toBe('emergency');
    expect(ids('我爸胸口疼，出了很多冷汗')).toContain('chest-pain-sweating');
    expect(ids('我妈去年中风，现在又说不出话了')).toEqual(['stroke-signs']);
    expect(ids('my father just had a stroke')).toEqual(['stroke-signs']);
    // A past year dates its own sentence, not the next one.
    expect(ids('I had a stroke back in 2019. Tonight I have slurred speech')).toEqual(['stroke-signs']);
    // A time word that dates something else (an adoption, a birth) leaves a present-tense complaint present.
    expect(ids('the boy we adopted two years ago has chest pain and is sweating')).toContain(
      'chest-pain-sweating',
    );
    expect(ids('my son born in 2020 has slurred speech and face drooping')).toEqual(['stroke-signs']);
    expect(ids('去年做过搭桥的老爸胸口疼，一直出冷汗')).toContain('chest-pain-sweating');
    expect(ids('前年领养的孩子突然说不出话')).toEqual(['stroke-signs']);
  });

  it('returns routine with no matches for empty or unrelated text, and bounded time on hostile input', () => {
    expect(matcher.match('')).toEqual({ level: 'routine', matches: [] });
    expect(matcher.match('今天天气很好')).toEqual({ level: 'routine', matches: [] });
    const hostile = `${'没有'.repeat(50_000)}胸痛${'a'.repeat(100_000)}${'不'.repeat(50_000)}`;
    const started = performance.now();
    matcher.match(hostile);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('orders matches by level and reports the highest', () => {
    const result = matcher.match('咳嗽三天，今天胸痛伴大汗');
    expect(result.level).toBe('emergency');
    expect(result.matches.map((m) => m.level)).toEqual(['emergency', 'urgent', 'routine']);
  });

  describe('near words, prefixes, folds and misspellings', () => {
    const extra = compileRedFlags([
      {
        ...fixtureRedFlags[0]!,
        id: 'face-droop',
        patterns: { zh: ['嘴~歪'], en: ['face~droop*'] },
      },
      {
        ...fixtureRedFlags[0]!,
        id: 'vomit-blood',
        patterns: { zh: ['吐~鲜血'], en: ['vomit*~blood'] },
      },
      { ...fixtureRedFlags[0]!, id: 'breathless', patterns: { zh: ['喘不~气'], en: ["can't breathe"] } },
    ]);
    const hits = (text: string) => extra.match(text).matches.map((m) => m.id);

    it('matches a term written "a~b" when b follows a closely, with the span covering both', () => {
      expect(hits('我爸嘴有点歪')).toEqual(['face-droop']);
      expect(extra.match('我爸嘴有点歪').matches[0]!.spans[0]!.text).toBe('嘴有点歪');
      expect(hits('喘不上气')).toEqual(['breathless']);
      expect(hits('喘不过来气')).toEqual(['breathless']);
      expect(hits('his face looks a bit droopy')).toEqual(['face-droop']);
      expect(hits('vomited a lot of bright red blood')).toEqual(['vomit-blood']);
    });

    it('does not let the gap cross a clause, hold a negation or run long', () => {
      expect(hits('嘴，歪')).toEqual([]);
      expect(hits('嘴没歪')).toEqual([]);
      expect(hits('嘴巴今天一直很好很正常不歪')).toEqual([]);
      expect(hits('face is not drooping')).toEqual([]);
      expect(hits('vomited twice. no blood')).toEqual([]);
    });

    it('matches misspellings of pattern words, and 疼 as 痛', () => {
      expect(hits("I can't breath")).toEqual(['breathless']);
      expect(ids('胸口痛，出了一身冷汗')).toContain('chest-pain-sweating');
      expect(ids('胸口疼，出了一身冷汉')).toContain('chest-pain-sweating');
    });

    it('stays linear on hostile input for near words', () => {
      const hostile = `${'嘴'.repeat(100_000)}${'有'.repeat(50_000)}歪`;
      const started = performance.now();
      extra.match(hostile);
      expect(performance.now() - started).toBeLessThan(2_000);
    });
  });

  describe('conditional, generic and resolved mentions', () => {
    const more = compileRedFlags([
      ...fixtureRedFlags,
      { ...fixtureRedFlags[0]!, id: 'pesticide', patterns: { zh: ['喝了农药'], en: ['drank pesticide'] } },
      { ...fixtureRedFlags[0]!, id: 'fainted', patterns: { zh: ['晕倒'], en: ['fainted'] } },
    ]);
    const found = (text: string) => more.match(text).matches.map((m) => m.id);

    it.each([
      '如果喝了农药要怎么急救？',
      '喝了农药的人都要洗胃吗',
      'If someone drank pesticide, would they need their stomach pumped?',
      'What are the signs of a stroke?',
      '想问中风有什么症状',
    ])('does not take a conditional or generic mention for a report: %s', (text) => {
      expect(found(text)).toEqual([]);
    });

    it('still matches the same words reported about someone now', () => {
      expect(found('我爸刚才喝了农药')).toEqual(['pesticide']);
      expect(found('my dad drank pesticide an hour ago')).toEqual(['pesticide']);
    });

    it('takes a resolution later in the sentence into account, unless the symptom is back', () => {
      expect(
        found('My son fainted at the blood test, he came round straight away and has been fine since'),
      ).toEqual([]);
      expect(found('上午晕倒了一次，现在没事了')).toEqual([]);
      expect(found('上午晕倒了一次，后来没事了，现在又晕倒了')).toEqual(['fainted']);
      expect(found('胸口疼，吃了药好了一点，但还在出冷汗')).toContain('chest-pain-sweating');
    });
  });

  it('cancels a flag when its benign explanation is asserted, not when it is denied', () => {
    const melaena = {
      ...fixtureRedFlags[0]!,
      id: 'black-stool',
      patterns: { zh: ['大便发黑|黑便'], en: ['black stool*'] },
      except: { zh: ['铁剂|补铁'], en: ['iron tablets'] },
    };
    const m = compileRedFlags([melaena]);
    expect(m.match('大便发黑').level).toBe('emergency');
    expect(m.match('在吃铁剂，大便发黑').matches).toEqual([]);
    expect(m.match('black stools since I started iron tablets').matches).toEqual([]);
    expect(m.match('没有吃铁剂，大便发黑').level).toBe('emergency');
    // An except term alone raises nothing.
    expect(m.match('在吃铁剂').matches).toEqual([]);
  });

  it('does not read a pattern word inside a word that means something else', () => {
    const entries = [
      { ...fixtureRedFlags[0]!, id: 'fever-baby', patterns: { zh: ['宝宝 + 烧'], en: [] } },
      { ...fixtureRedFlags[0]!, id: 'fit', patterns: { zh: ['抽了'], en: [] } },
      { ...fixtureRedFlags[0]!, id: 'od', patterns: { zh: [], en: ['all my + pills'] } },
    ];
    const m = compileRedFlags(entries);
    const idsOf = (t: string) => m.match(t).matches.map((x) => x.id);
    expect(idsOf('宝宝三个月，我烧心')).toEqual([]);
    expect(idsOf('宝宝发烧了')).toEqual(['fever-baby']);
    expect(idsOf('今天抽了血')).toEqual([]);
    expect(idsOf('孩子刚才抽了一次')).toEqual(['fit']);
    expect(idsOf('I stopped all my pills')).toEqual([]);
    expect(idsOf('I took all my pills')).toEqual(['od']);
  });

  it('negates past a pseudo-negation that runs into a term, and over a list of terms', () => {
    const m = compileRedFlags([
      { ...fixtureRedFlags[0]!, id: 'breathless', patterns: { zh: ['呼吸困难|胸痛|胸闷'], en: [] } },
      { ...fixtureRedFlags[0]!, id: 'arrest', patterns: { zh: ['没呼吸'], en: [] } },
    ]);
    const idsOf = (t: string) => m.match(t).matches.map((x) => x.id);
    expect(idsOf('无呼吸困难')).toEqual([]);
    expect(idsOf('也不胸闷胸痛')).toEqual([]);
    expect(idsOf('不胸痛、胸闷')).toEqual([]);
    expect(idsOf('孩子没呼吸了')).toEqual(['arrest']);
    expect(idsOf('胸闷，不头晕')).toEqual(['breathless']);
  });

  it('matches long English text the same through the dense transition rows', () => {
    const text = `${'the patient was walking home when '.repeat(40)}she had crushing chest pain and was sweating`;
    expect(ids(text)).toContain('chest-pain-sweating');
    const spans = matcher.match(text).matches.find((x) => x.id === 'chest-pain-sweating')!.spans;
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
  });

  it('lets a background group (a risk factor) be in the past, but not the complaint itself', () => {
    const m = compileRedFlags([
      {
        ...fixtureRedFlags[0]!,
        id: 'post-op-breathless',
        patterns: { zh: ['@手术 + 喘不上气'], en: ['@surgery + breathless'] },
      },
    ]);
    const idsOf = (t: string) => m.match(t).matches.map((x) => x.id);
    expect(idsOf('上周做了手术，现在喘不上气')).toEqual(['post-op-breathless']);
    expect(idsOf('Had surgery last week and now I am breathless')).toEqual(['post-op-breathless']);
    // The complaint in the past, or the risk factor denied, raises nothing.
    expect(idsOf('上周做了手术，前天喘不上气，现在好了')).toEqual([]);
    expect(idsOf('没做过手术，喘不上气')).toEqual([]);
  });

  it('refuses malformed patterns with the entry id', () => {
    const bad = { ...fixtureRedFlags[0]!, id: 'bad-one', patterns: { zh: ['胸痛 + '], en: [] } };
    expect(() => compileRedFlags([bad])).toThrow(YihengError);
    expect(() => compileRedFlags([bad])).toThrow(/bad-one/);
    const misplaced = { ...bad, id: 'misplaced-at', patterns: { zh: ['@手术|@分娩 + 喘'], en: [] } };
    expect(() => compileRedFlags([misplaced])).toThrow(/misplaced-at/);
  });
});
