import { CHINESE_DIGITS } from '../../foundation/text/chinese-digits.ts';
import { PatternRecognizer } from './pattern-recognizer.ts';

/**
 * Phone numbers said rather than written, as dialogues and transcribed calls give them: digit words
 * ("oh-four-nine-one, five-seven-nine, two-one-two", "double four") or Chinese numerals
 * ("一五八 三三一二 七零四九"). Eight or more digits are a number someone is reached on; a mainland
 * mobile in numerals (1, then 3–9, eleven digits) is one even without a phone word.
 */
const DIGIT_WORD = '(?:zero|oh|o|one|two|three|four|five|six|seven|eight|nine|double|triple)';
const EN_DIGITS: Record<string, number> = {
  zero: 0,
  oh: 0,
  o: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};

/** The digits a spoken number stands for ("double four" is two fours). */
function digitsOf(value: string): string {
  if (/[〇零一幺二三四五六七八九]/.test(value))
    return [...value].map((c) => (c in CHINESE_DIGITS ? String(CHINESE_DIGITS[c]) : '')).join('');
  let digits = '';
  let repeat = 1;
  for (const word of value.toLowerCase().split(/[^a-z]+/)) {
    if (word === 'double' || word === 'triple') repeat = word === 'double' ? 2 : 3;
    else if (word === 'hundred') digits += '00';
    else if (word in EN_DIGITS) {
      digits += String(EN_DIGITS[word]).repeat(repeat);
      repeat = 1;
    }
  }
  return digits;
}

export const spelledPhoneRecognizer = new PatternRecognizer({
  name: 'pii.phone_spelled',
  type: 'PHONE',
  patterns: [
    {
      name: 'digit-words',
      // A British speaker says a pair of zeros after a digit as "hundred" ("seven-seven-hundred, nine-hundred"; round 49).
      regex: new RegExp(`\\b${DIGIT_WORD}(?:(?:, |[ ,-])(?:${DIGIT_WORD}|hundred)){6,24}\\b`, 'gi'),
      // Digit words also count things ("one, two, three…"): a phone word must be near.
      score: 0.45,
      // Case-sensitive, which is twice as fast: a spoken number has a pair of lower-case digit words.
      prefilter:
        /(?:one|two|three|four|five|six|seven|eight|nine|oh|zero)[ ,-]{1,2}(?:one|two|three|four|five|six|seven|eight|nine|oh|zero)/,
    },
    {
      name: 'chinese-numerals',
      regex:
        /(?<![〇零一幺二三四五六七八九十百千万])[〇零一幺二三四五六七八九](?:[ \-\u3000]?[〇零一幺二三四五六七八九]){6,14}(?![〇零一幺二三四五六七八九十百千万])/g,
      score: 0.5,
      prefilter:
        /[〇零一幺二三四五六七八九][ \-\u3000]?[〇零一幺二三四五六七八九][ \-\u3000]?[〇零一幺二三四五六七八九]/,
    },
  ],
  validate: (value) => {
    const digits = digitsOf(value);
    if (/^1[3-9]\d{9}$/.test(digits)) return 0.75;
    if (digits.length < 8 || digits.length > 13) return false;
    // Ten or more digits said with "double", "triple" or "hundred" are dictated, not counted (round 49).
    return digits.length >= 10 && /double|triple|hundred/i.test(value) ? 0.55 : true;
  },
  context: [
    '电话',
    '手机',
    '号码',
    '联系方式',
    '打',
    '拨',
    'phone',
    'number',
    'mobile',
    'call',
    'contact',
    'reach',
    'cell',
  ],
  contextWindow: 24,
  contextBoost: 0.25,
});
