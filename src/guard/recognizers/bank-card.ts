import { luhnValid } from './checksums.ts';
import { PatternRecognizer } from './pattern-recognizer.ts';

/**
 * Payment cards: 15–19 digits (optionally grouped by four) that pass Luhn and start like an issued
 * card (UnionPay 62, Visa 4, Mastercard 2/5, Amex and JCB 3, and the 9-prefixed domestic debit cards
 * of the large Chinese banks such as 9558/9559). An 18-digit resident ID that happens to
 * pass Luhn loses to the ID recognizer unless a bank word is near.
 */
const LABEL_BEFORE =
  /(?:银行卡号?|卡号|储蓄卡号?|信用卡号?|借记卡号?|card (?:no\.?|number)|card#?)(?:码)?[ \t]{0,3}[:：#]?[ \t]{0,3}$/i;

export const bankCardRecognizer = new PatternRecognizer({
  name: 'pii.bank_card',
  type: 'BANK_CARD',
  patterns: [
    {
      // Grouped by four ("6222 0212 3456 7890"), the Amex 4-6-5 grouping, or plain: one scan, since
      // the three shapes cannot match at the same place.
      name: 'card',
      regex:
        /(?<![0-9A-Za-z])(?:\d{4}(?:[ -]\d{4}){2,3}(?:[ -]\d{1,4})?|3[47]\d{2} \d{6} \d{5}|\d{15,19})(?![0-9A-Za-z])/g,
      score: 0.8,
      prefilter: /\d{4}/,
    },
  ],
  validate: (value, text, start) => {
    const digits = value.replace(/[ -]/g, '');
    // Fifteen digits are an American Express card's length only (34, 37): a legacy 15-digit resident ID that
    // passes Luhn is no card ("Chinese resident ID (old card): 310104…"; round 43).
    if (
      digits.length >= 15 &&
      /^[2-69]/.test(digits) &&
      (digits.length !== 15 || /^3[47]/.test(digits)) &&
      luhnValid(digits)
    )
      return true;
    // Right after a card label the number is a card number even when it fails Luhn (a typo is still
    // the person's card); weakly, so that any validated type wins.
    return LABEL_BEFORE.test(text.slice(Math.max(0, start - 12), start)) && digits.length >= 15 ? 0.6 : false;
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
