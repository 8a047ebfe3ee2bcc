import { z } from 'zod';

/** Text a user meets, in both languages: the catalogue, templates, gate messages and reports. */
export const bilingualSchema = z
  .object({ zh: z.string().trim().min(1), en: z.string().trim().min(1) })
  .strict();
export type Bilingual = z.infer<typeof bilingualSchema>;

export type Lang = 'zh' | 'en';

export function inLang(text: Bilingual, lang: Lang): string {
  return text[lang];
}

export function both(text: Bilingual): string {
  return `${text.zh} / ${text.en}`;
}

/** The user's language from the environment (LANG=zh_CN.UTF-8 → zh), English otherwise. */
export function userLanguage(env: NodeJS.ProcessEnv = process.env): Lang {
  const value = env.YIHENG_LANG ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? '';
  return /^zh/i.test(value) ? 'zh' : 'en';
}

export function bi(zh: string, en: string): Bilingual {
  return { zh, en };
}
