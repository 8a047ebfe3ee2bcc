import { describe, expect, it } from 'vitest';
import { loadBundledGuardKnowledge } from '../knowledge.ts';
import { RedFlagDetector, triageOf } from './redflag.ts';

/**
 * Classes of emergency wording that avoid textbook terms, and urgent/routine look-alikes that must not
 * be raised to emergency. Messages are invented here, not taken from a labelled set.
 */
const detector = new RedFlagDetector(loadBundledGuardKnowledge().redflags!);
const level = (text: string) => triageOf(detector.detect(text));

describe('emergency wording without textbook terms', () => {
  it.each([
    [
      'a relative with ongoing crushing central pressure (duration makes it current)',
      'My dad has had a crushing pain in the middle of his chest for the last 40 minutes and looks grey.',
    ],
    [
      'atypical ACS: jaw/shoulder ache with clamminess and breathlessness',
      'My jaw and left shoulder ache after carrying shopping, I feel clammy and a bit short of breath.',
    ],
    ['pallor, sweating and laboured breathing waved away', '他脸色煞白，满头大汗，喘气也粗，说躺躺就好'],
    ['stroke in written Cantonese', '阿爸头先突然讲唔到嘢，右手揸唔住筷子'],
    ['stroke with typos', 'my nan cant lift her left arm and is talkin funny since tea time'],
    ['tongue swelling after a new drug', 'Since starting the new tablets my tongue feels swollen and thick.'],
    [
      'fever during chemotherapy',
      'Had my chemo last week and now my temperature is 38.6 and I keep shivering.',
    ],
    [
      'late period with tearing one-sided pain and near-fainting',
      '月经推迟十天，刚才左下腹撕裂一样痛，差点晕倒',
    ],
    ['pre-eclampsia symptoms', "I'm 33 weeks pregnant with a headache that won't go and seeing spots."],
    [
      'bowel obstruction',
      "Mum's belly is swollen and tight, she keeps vomiting and hasn't passed wind since yesterday.",
    ],
    ['meningism in a young adult', 'Bad headache, my neck hurts to bend and the light is hurting my eyes.'],
    ['electrical injury', 'He grabbed a live wire in the garage and now his hand is burnt.'],
    ['extensive scald in a child', '孩子打翻了开水，肚子和胸口一大片起水泡'],
    ['child with an opioid patch', 'My son found a fentanyl patch and chewed it, he is very sleepy now.'],
    ['veiled suicidal plan', "I've got the rope ready and said my goodbyes."],
    ['danger at height in psychosis', 'My brother keeps standing on the balcony railing saying he can fly.'],
    ['bleeding soaking through towels', 'The cut on his leg is bleeding through two towels already.'],
    ['bleeding that will not stop on an anticoagulant', '吃着利伐沙班，牙龈出血止不住'],
    ['cord prolapse', 'My waters broke and I can feel a loop of cord.'],
    ['a cold, quiet newborn', '宝宝出生9天，身上摸着凉，吃奶少'],
    ['blistering drug reaction', '吃了新药后嘴里起泡，身上皮肤起大水泡'],
  ])('%s', (_class, text) => {
    expect(level(text)).toBe('emergency');
  });
});

describe('look-alikes that are not emergencies', () => {
  it.each([
    ['"昨天大了一圈" is not an infant\'s age', '伤口周围红肿，比昨天大了一圈，有点发热', 'urgent'],
    ['a small scald on a hand', '孩子被开水烫了手指，起了一个小水泡', 'urgent'],
    [
      'gradual testicular ache with fever and dysuria is epididymitis, not torsion',
      'Gradual ache in my left testicle over four days, a bit swollen, burning when I pee.',
      'urgent',
    ],
    [
      'a sore throat with difficulty swallowing is a throat abscess (urgent)',
      "Sore throat for days, I can't swallow my own spit and can barely open my mouth",
      'urgent',
    ],
  ])('%s', (_class, text, expected) => {
    expect(level(text)).toBe(expected);
  });
});
