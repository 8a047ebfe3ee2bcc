import type { Language } from '../../foundation/text/language.ts';
import type { PiiType } from '../finding.ts';

/** The redaction placeholder of each type, in the text's language. */
export const PLACEHOLDERS: Record<PiiType, Record<Language, string>> = {
  PERSON: { zh: '[姓名]', en: '[NAME]' },
  ID_CARD: { zh: '[身份证号]', en: '[ID_CARD]' },
  PHONE: { zh: '[电话]', en: '[PHONE]' },
  EMAIL: { zh: '[邮箱]', en: '[EMAIL]' },
  ADDRESS: { zh: '[地址]', en: '[ADDRESS]' },
  MRN: { zh: '[病历号]', en: '[MRN]' },
  INSURANCE_ID: { zh: '[医保号]', en: '[INSURANCE_ID]' },
  BANK_CARD: { zh: '[银行卡号]', en: '[BANK_CARD]' },
  PASSPORT: { zh: '[证件号]', en: '[PASSPORT]' },
  DATE: { zh: '[日期]', en: '[DATE]' },
  AGE: { zh: '[年龄]', en: '[AGE]' },
  PLATE: { zh: '[车牌号]', en: '[PLATE]' },
  IP: { zh: '[IP地址]', en: '[IP]' },
  URL: { zh: '[网址]', en: '[URL]' },
  ACCOUNT: { zh: '[账号]', en: '[ACCOUNT]' },
};

/**
 * Keeps the length and the separators; shows a little of the value where that is customary and
 * not identifying on its own (the ID's region prefix and last four, a phone's carrier prefix and
 * last four, a card's last four, a name's surname).
 */
export function mask(type: PiiType, value: string): string {
  const chars = [...value];
  const keep = (head: number, tail: number) =>
    chars.map((c, i) => (i < head || i >= chars.length - tail || /[\s\-./·@()]/.test(c) ? c : '*')).join('');
  switch (type) {
    case 'ID_CARD':
      return keep(3, 4);
    case 'PHONE':
      return value.startsWith('+') ? keep(4, 4) : keep(3, 4);
    case 'BANK_CARD':
      return keep(0, 4);
    case 'PERSON':
      return /[\u4e00-\u9fff]/.test(value) ? keep(1, 0) : keep(1, 0);
    case 'EMAIL': {
      const at = value.indexOf('@');
      return at > 0 ? `${value[0]}${'*'.repeat(at - 1)}${value.slice(at)}` : keep(0, 0);
    }
    default:
      return keep(0, 0);
  }
}
