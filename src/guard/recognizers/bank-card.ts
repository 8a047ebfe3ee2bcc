import { luhnValid } from './checksums.ts';
import { PatternRecognizer } from './pattern-recognizer.ts';

/**
 * Payment cards: 15–19 digits (optionally grouped by four) that pass Luhn and start like an issued
 * card (UnionPay 62, Visa 4, Mastercard 2/5, Amex and JCB 3, and the 9-prefixed domestic debit cards
 * of the large Chinese banks such as 9558/9559). An 18-digit resident ID that happens to
 * pass Luhn loses to the ID recognizer unless a bank word is near.
 */
export const bankCardRecognizer = new PatternRecognizer({
  name: 'pii.bank_card',
  type: 'BANK_CARD',
  patterns: [
    {
      name: 'grouped',
      regex: /(?<![0-9A-Za-z])\d{4}(?:[ -]\d{4}){2,3}(?:[ -]\d{1,4})?(?![0-9A-Za-z])/g,
      score: 0.8,
      prefilter: /\d{4}/,
    },
    {
      name: 'amex',
      regex: /(?<![0-9A-Za-z])3[47]\d{2} \d{6} \d{5}(?![0-9A-Za-z])/g,
      score: 0.8,
      prefilter: /\d{4}/,
    },
    {
      name: 'plain',
      regex: /(?<![0-9A-Za-z])[2-69]\d{14,18}(?![0-9A-Za-z])/g,
      score: 0.8,
      prefilter: /\d{4}/,
    },
  ],
  validate: (value) => {
    const digits = value.replace(/[ -]/g, '');
    return digits.length >= 15 && /^[2-69]/.test(digits) && luhnValid(digits);
  },
  context: [
    '银行卡',
    '卡号',
    '账号',
    '储蓄卡',
    '信用卡',
    '借记卡',
    '银行',
    '转账',
    '退款',
    'card',
    'account',
    'bank',
    'visa',
    'mastercard',
    'unionpay',
  ],
  contextWindow: 16,
  contextBoost: 0.2,
});
