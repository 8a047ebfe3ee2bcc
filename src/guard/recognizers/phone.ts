import { PatternRecognizer } from './pattern-recognizer.ts';

/** Mainland mobile and landline numbers, international numbers with a + prefix, North American and UK formats. */
export const phoneRecognizer = new PatternRecognizer({
  name: 'pii.phone',
  type: 'PHONE',
  patterns: [
    {
      name: 'cn-mobile',
      regex: /(?<![0-9A-Za-z+])(?:(?:\+|00)86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2}(?![0-9A-Za-z])/g,
      score: 0.8,
      prefilter: /\d{3}/,
    },
    {
      name: 'cn-landline',
      regex:
        /(?<![0-9A-Za-z])(?:(?:\+|00)86[ -]?)?(?:\(0\d{2,3}\)|0\d{2,3})[ -]?[2-9]\d{6,7}(?:(?:转|-|ext\.? ?)\d{1,5})?(?![0-9A-Za-z])/g,
      score: 0.6,
      prefilter: /\d{3}/,
    },
    {
      name: 'international',
      regex:
        /(?<![0-9A-Za-z+])\+(?!86)[1-9]\d{0,2}(?:[ -]\(?\d{1,4}\)?)?(?:[ -]\d{2,4}){2,4}(?![0-9A-Za-z])/g,
      score: 0.7,
      prefilter: /\d{3}/,
    },
    {
      name: 'north-american',
      regex: /(?<![0-9A-Za-z+])(?:\(\d{3}\) ?|\d{3}[-.])\d{3}[-.]\d{4}(?![0-9A-Za-z])/g,
      score: 0.65,
      prefilter: /\d{3}/,
    },
    {
      name: 'uk-mobile',
      regex: /(?<![0-9A-Za-z+])07\d{3} ?\d{6}(?![0-9A-Za-z])/g,
      score: 0.6,
      prefilter: /\d{3}/,
    },
  ],
  context: [
    '电话',
    '手机',
    '联系方式',
    '座机',
    '致电',
    '拨打',
    '来电',
    'tel',
    'phone',
    'mobile',
    'cell',
    'call',
    'contact',
    'fax',
    '传真',
  ],
  contextWindow: 12,
  contextBoost: 0.2,
  negativeContext: ['热线', 'hotline', '客服'],
});
