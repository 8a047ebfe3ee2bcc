import type { Finding } from '../finding.ts';

/**
 * A name written again in another script in brackets right after it: "Liang Shufen (梁淑芬)",
 * "Tsai Pei-shan（蔡佩珊）", "朴美花（박미화）", "Takahashi Haruto (高橋陽翔)". International and
 * minority-region records give both forms; the second is the same person's name.
 */
const OTHER_SCRIPT_IN_BRACKETS =
  /^ ?[(（]([\u3400-\u9fff\u3040-\u30ff\uac00-\ud7af]{2,6}|[\u3400-\u9fff]{1,4}·[\u3400-\u9fff]{1,6})[)）]/;

const HAN = /[\u3400-\u9fff]/;
const NATIONALITY_END = /(?:籍|国|国人|族|裔|侨)$/;
/**
 * A child's doubled pet name in brackets after the formal name ("患儿：某某某（朵朵），女"; round 42): the same
 * child called as the family calls her. Not a kinship word in brackets ("（奶奶）", "（宝宝）").
 */
const DOUBLED_PET_IN_BRACKETS = /^ ?[(（]([\u4e00-\u9fff])\1[)）]/;
const KIN_DOUBLED = new Set('妈爸奶爷姐哥弟妹婆公叔舅姑伯宝娃太嫂姥姨侄孙');

/**
 * The Chinese characters of a romanised name printed right after it without brackets, as a Hong Kong label or
 * record does ("CHEUNG Ka-yan 張嘉欣   Date: …"; round 50); not a title or a kinship word after the name.
 */
const HAN_AFTER_LATIN_NAME = /^ {1,2}([\u3400-\u9fff]{2,4})(?![\u3400-\u9fff])(?=[ \t]|\r?\n|[,;)]|$)/;
/** A romanised Cantonese name: the surname in capitals first, or a hyphened given name ("LAU Wing-sze", "Ho Chi-wai"). */
const CANTONESE_ROMANISED = /^[A-Z]{2,} [A-Z][a-z]|^[A-Z][a-z]{1,8}(?: [A-Z][a-z]{1,8})?-[a-z]{2,8}$/;
const HAN_TITLE_END =
  /(?:先生|女士|小姐|太太|夫人|医生|醫生|护士|護士|老师|老師|同学|同學|婆婆|伯伯|姨姨|公公|阿姨)$/;

export const BRACKETED_NAME_REGEXES = [
  HAN_AFTER_LATIN_NAME,
  HAN_TITLE_END,
  CANTONESE_ROMANISED,
  OTHER_SCRIPT_IN_BRACKETS,
  HAN,
  DOUBLED_PET_IN_BRACKETS,
  NATIONALITY_END,
];

/** PERSON findings for the bracketed second forms of the names found, not already covered. */
export function bracketedNames(text: string, found: readonly Finding[]): Finding[] {
  const added: Finding[] = [];
  for (const f of found) {
    if (f.type !== 'PERSON') continue;
    const next = text.charCodeAt(f.end + (text[f.end] === ' ' ? 1 : 0));
    if (next !== 0x28 && next !== 0xff08) {
      const han =
        next >= 0x3400 && CANTONESE_ROMANISED.test(f.text)
          ? HAN_AFTER_LATIN_NAME.exec(text.slice(f.end, f.end + 10))
          : null;
      if (han && !HAN_TITLE_END.test(han[1]!)) {
        const start = f.end + han[0].indexOf(han[1]!);
        const end = start + han[1]!.length;
        if (!found.some((g) => g.start < end && g.end > start))
          added.push({ type: 'PERSON', start, end, text: han[1]!, score: f.score, detector: f.detector });
      }
      continue;
    }
    const pet = HAN.test(f.text) ? DOUBLED_PET_IN_BRACKETS.exec(text.slice(f.end, f.end + 5)) : null;
    if (pet && !KIN_DOUBLED.has(pet[1]!)) {
      const start = f.end + pet[0].indexOf(pet[1]!);
      if (!found.some((g) => g.start < start + 2 && g.end > start))
        added.push({
          type: 'PERSON',
          start,
          end: start + 2,
          text: text.slice(start, start + 2),
          score: f.score,
          detector: f.detector,
        });
      continue;
    }
    const m = OTHER_SCRIPT_IN_BRACKETS.exec(text.slice(f.end, f.end + 16));
    // After a Chinese name, Han characters in brackets say who the person is (（女儿）, （韩国籍）); only
    // a Korean or Japanese form is the name again.
    if (!m || (HAN.test(f.text) && HAN.test(m[1]!))) continue;
    // "Marco Rossi（意大利籍）", "（德国）": a nationality or origin after a foreign name, not the name again.
    if (NATIONALITY_END.test(m[1]!)) continue;
    const start = f.end + m[0].indexOf(m[1]!);
    const end = start + m[1]!.length;
    if (found.some((g) => g.start < end && g.end > start)) continue;
    added.push({
      type: 'PERSON',
      start,
      end,
      text: text.slice(start, end),
      score: f.score,
      detector: f.detector,
    });
  }
  return added;
}
