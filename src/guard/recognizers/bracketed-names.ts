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

export const BRACKETED_NAME_REGEXES = [
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
    if (next !== 0x28 && next !== 0xff08) continue;
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
