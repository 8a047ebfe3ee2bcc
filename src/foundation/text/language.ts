export type Language = 'zh' | 'en';

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/g;

/** Chinese when Han characters make up a noticeable share of the letters, else English. */
export function detectLanguage(text: string): Language {
  const han = text.match(HAN)?.length ?? 0;
  if (han === 0) return 'en';
  const latin = text.match(/[A-Za-z]+/g)?.length ?? 0;
  return han >= latin ? 'zh' : 'en';
}
