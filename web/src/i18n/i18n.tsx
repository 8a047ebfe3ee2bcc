import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { en } from './en.ts';
import { type MessageKey, zh } from './zh.ts';

export type Lang = 'zh' | 'en';
export type Params = Record<string, string | number>;

const dictionaries: Record<Lang, Record<MessageKey, string>> = { zh, en };
const STORAGE_KEY = 'yiheng.lang';

/** The saved choice, else the browser's first language: Chinese for any zh-*, English otherwise. */
export function initialLang(): Lang {
  const saved = window.localStorage.getItem(STORAGE_KEY);
  if (saved === 'zh' || saved === 'en') return saved;
  const preferred = navigator.languages?.[0] ?? navigator.language ?? 'zh';
  return preferred.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export function hasMessage(key: string): key is MessageKey {
  return Object.hasOwn(zh, key);
}

export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const text = dictionaries[lang][key] ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  t(key: MessageKey, params?: Params): string;
  /** Picks the language's half of a bilingual value from the server ({ zh, en }). */
  pick(text: { zh: string; en: string } | null | undefined): string;
  number(value: number, digits?: number): string;
  percent(fraction: number | null | undefined, digits?: number): string;
  dateTime(iso: string): string;
}

const I18nContext = createContext<I18n | undefined>(undefined);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = translate(lang, 'app.title');
  }, [lang]);

  const setLang = useCallback((next: Lang) => {
    window.localStorage.setItem(STORAGE_KEY, next);
    setLangState(next);
  }, []);

  const value = useMemo<I18n>(() => {
    const locale = lang === 'zh' ? 'zh-CN' : 'en-GB';
    return {
      lang,
      setLang,
      t: (key, params) => translate(lang, key, params),
      pick: (text) => (text ? text[lang] || text.en || text.zh : ''),
      number: (value, digits = 0) =>
        new Intl.NumberFormat(locale, {
          maximumFractionDigits: digits,
          minimumFractionDigits: digits,
        }).format(value),
      percent: (fraction, digits = 1) =>
        fraction === null || fraction === undefined || Number.isNaN(fraction)
          ? '—'
          : new Intl.NumberFormat(locale, {
              style: 'percent',
              maximumFractionDigits: digits,
              minimumFractionDigits: digits,
            }).format(fraction),
      dateTime: (iso) =>
        new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)),
    };
  }, [lang, setLang]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
