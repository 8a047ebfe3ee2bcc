export type Language = 'zh' | 'en';

const isHan = (code: number) => (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
const isLatinLetter = (code: number) => (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);

/**
 * Chinese when Han characters make up a noticeable share of the letters, else English: Han characters
 * are counted one by one, Latin letters by word (runs of A–Z/a–z). One pass, no allocation — it runs
 * on every message the guard sees.
 */
export function detectLanguage(text: string): Language {
  let han = 0;
  let latinWords = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isLatinLetter(code)) {
      if (!inWord) latinWords++;
      inWord = true;
      continue;
    }
    inWord = false;
    if (isHan(code)) han++;
  }
  if (han === 0) return 'en';
  return han >= latinWords ? 'zh' : 'en';
}
