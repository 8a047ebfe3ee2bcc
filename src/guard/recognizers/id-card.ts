import {
  isPlausibleLegacyId,
  isValidHkid,
  isValidNric,
  isValidResidentId,
  isValidTaiwanId,
} from './checksums.ts';
import { PatternRecognizer } from './pattern-recognizer.ts';

const CONTEXT = [
  '身份证',
  '身份号码',
  '证件号',
  '证件号码',
  '公民身份',
  '社会保障号码',
  'id card',
  'identity card',
  'id no',
  'id number',
  'national id',
  'hkid',
  '香港身份证',
  '澳门身份证',
  '台湾身份证',
  '证号',
  '旧证',
  '身份号',
  'nric',
  'fin no',
];

/**
 * Mainland resident identity numbers (18 digits with the GB 11643 check character; 15-digit legacy
 * numbers), plus the Hong Kong, Macau and Taiwan identity cards. A failed checksum is kept only
 * next to an identity label, with a score that loses to any validated type.
 */
export const idCardRecognizer = new PatternRecognizer({
  name: 'pii.id_card',
  type: 'ID_CARD',
  patterns: [
    {
      name: 'resident-18',
      regex:
        /(?<![0-9A-Za-z])[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[0-9Xx](?![0-9A-Za-z])/g,
      score: 0.95,
      prefilter: /\d{6}/,
    },
    {
      // Split 6-8-4 ("110108 19580314 0520") or 6-4-4-4 as some forms print it, by spaces or dashes.
      name: 'resident-18-spaced',
      regex:
        /(?<![0-9A-Za-z])[1-9]\d{5}([ -])(?:18|19|20)\d{2}(?:\d{4}\1|\1\d{4}\1)\d{3}[0-9Xx](?![0-9A-Za-z])/g,
      score: 0.95,
      prefilter: /\d{6}[ -]/,
    },
    {
      name: 'legacy-15',
      regex: /(?<![0-9A-Za-z])[1-9]\d{7}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}(?![0-9A-Za-z])/g,
      score: 0.45,
      prefilter: /\d{6}/,
    },
    {
      name: 'hkid',
      regex: /(?<![0-9A-Za-z])[A-Z]{1,2}\d{6}[(（][0-9A][)）]/g,
      score: 0.9,
      prefilter: /\d[)）]/,
    },
    { name: 'macau-id', regex: /(?<![0-9A-Za-z])[1578]\d{6}[(（]\d[)）]/g, score: 0.4, prefilter: /\d[)）]/ },
    {
      name: 'taiwan-id',
      regex: /(?<![0-9A-Za-z])[A-Z][12]\d{8}(?![0-9A-Za-z])/g,
      score: 0.85,
      prefilter: /[A-Z][12]\d{8}/,
    },
    {
      // Singapore NRIC / FIN with its check letter (validated below).
      name: 'sg-nric',
      regex: /(?<![0-9A-Za-z])[STFG]\d{7}[A-Z](?![0-9A-Za-z])/g,
      score: 0.85,
      prefilter: /[STFG]\d{7}[A-Z]/,
    },
  ],
  validate: (value) => {
    if (/^[STFG]\d{7}[A-Z]$/.test(value)) return isValidNric(value);
    const compact = (/^\d{6}[ -]/.test(value) ? value.replace(/[ -]/g, '') : value.replace(/ /g, ''))
      .replace('（', '(')
      .replace('）', ')');
    if (compact.length === 18) return isValidResidentId(compact) ? true : 0.3;
    if (/^\d{15}$/.test(compact)) return isPlausibleLegacyId(compact);
    if (compact.includes('(')) return /^[1578]/.test(compact) ? true : isValidHkid(compact);
    if (/^[A-Z][12]/.test(compact)) return isValidTaiwanId(compact);
    return true;
  },
  context: CONTEXT,
  contextWindow: 16,
  contextBoost: 0.35,
});
