import type { PiiType } from '../finding.ts';
import { gb11643CheckChar, luhnCheckDigit } from '../recognizers/checksums.ts';
import type { Prng } from './prng.ts';

/**
 * Realistic stand-ins of the same type and shape, drawn from a seeded generator and our own short
 * word lists, never from real records. Where a reserved range exists the surrogate uses it, so it
 * cannot be anyone's: resident IDs use the unassigned region prefix 99 (checksum still valid),
 * emails example.com/org (RFC 2606), IPs the documentation networks (RFC 5737), URLs example.org,
 * North-American phones 555-01xx.
 */
const SURNAMES = [
  ...'林何郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方',
];
const GIVEN = [...'安邦晨曦嘉宁静怡明远思雨文博雅琴子墨若溪书瑶景行浩宇欣然雪松'];
const EN_FIRST = ['Alex', 'Jordan', 'Casey', 'Morgan', 'Riley', 'Taylor', 'Jamie', 'Robin', 'Avery', 'Quinn'];
const EN_LAST = ['Example', 'Sample', 'Doe', 'Roe', 'Placeholder', 'Testwood', 'Fieldstone', 'Northcott'];
const ROADS = ['示例路', '样本街', '虚构大道', '模拟路', '演示巷'];
const DISTRICTS = ['示例区', '样本区', '虚构区'];

const hasHan = (s: string) => /[\u4e00-\u9fff]/.test(s);

/** Replaces each character class in place: digit → digit, letter → letter (same case), keeps separators. */
function reshape(value: string, rng: Prng, keepPrefix = 0): string {
  let out = '';
  let index = 0;
  for (const c of value) {
    if (index++ < keepPrefix) out += c;
    else if (/\d/.test(c)) out += String(rng.int(0, 9));
    else if (/[A-Z]/.test(c)) out += String.fromCharCode(65 + rng.int(0, 25));
    else if (/[a-z]/.test(c)) out += String.fromCharCode(97 + rng.int(0, 25));
    else out += c;
  }
  return out;
}

export function surrogate(type: PiiType, original: string, rng: Prng): string {
  switch (type) {
    case 'PERSON': {
      if (!hasHan(original)) {
        const parts = original.split(/\s+/);
        return parts.length > 1 ? `${rng.pick(EN_FIRST)} ${rng.pick(EN_LAST)}` : rng.pick(EN_LAST);
      }
      const length = [...original].length;
      if (length <= 1) return rng.pick(SURNAMES);
      let name = rng.pick(SURNAMES);
      for (let i = 1; i < Math.min(length, 4); i++) name += rng.pick(GIVEN);
      return name;
    }
    case 'ID_CARD': {
      const compact = original.replace(/ /g, '');
      if (/^\d{17}[\dXx]$/.test(compact)) {
        const year = rng.int(1940, 2005);
        const first17 = `99${rng.digits(4)}${year}${String(rng.int(1, 12)).padStart(2, '0')}${String(rng.int(1, 28)).padStart(2, '0')}${rng.digits(3)}`;
        return first17 + gb11643CheckChar(first17);
      }
      if (/^\d{15}$/.test(compact))
        return `99${rng.digits(4)}${String(rng.int(40, 99))}0${rng.int(1, 9)}1${rng.int(0, 9)}${rng.digits(3)}`;
      return reshape(original, rng, 1);
    }
    case 'PHONE': {
      if (/555[-. ]?\d{4}/.test(original) || /^\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}$/.test(original))
        return original.replace(/\d{3}([-. ])\d{4}$/, `555$101${rng.digits(2)}`);
      const prefix = original.match(/^(?:\+|00)?\d{0,2}[ -]?1[3-9]\d/)?.[0].length ?? 0;
      return reshape(original, rng, prefix);
    }
    case 'EMAIL':
      return `user${rng.digits(4)}@${rng.pick(['example.com', 'example.org'])}`;
    case 'ADDRESS':
      return hasHan(original)
        ? `${rng.pick(DISTRICTS)}${rng.pick(ROADS)}${rng.int(1, 200)}号`
        : `${rng.int(1, 999)} Example Street, Sampletown`;
    case 'BANK_CARD': {
      const digits = original.replace(/\D/g, '');
      const partial = `62${rng.digits(Math.max(13, digits.length) - 3)}`;
      const number = partial + luhnCheckDigit(partial);
      return /[ -]/.test(original) ? number.replace(/(\d{4})(?=\d)/g, '$1 ') : number;
    }
    case 'IP':
      return original.includes(':')
        ? `2001:db8::${rng.int(1, 0xffff).toString(16)}`
        : `${rng.pick(['192.0.2', '198.51.100', '203.0.113'])}.${rng.int(1, 254)}`;
    case 'URL':
      return `https://example.org/r/${rng.digits(6)}`;
    case 'AGE':
      return '≥90';
    case 'DATE':
      // Dates are shifted, not replaced (see date-shift.ts); this is the fallback for unreadable ones.
      return reshape(original, rng);
    case 'MRN':
    case 'INSURANCE_ID':
    case 'PASSPORT':
    case 'PLATE':
    case 'ACCOUNT':
      return reshape(original, rng, type === 'PLATE' || type === 'PASSPORT' ? 1 : 0);
  }
}
