import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Prng, seedFromString } from '../../src/guard/deid/prng.ts';
import type { PiiType } from '../../src/guard/finding.ts';
import { HANDWRITTEN } from './handwritten.ts';
import { HANDWRITTEN_DEV } from './handwritten-dev.ts';
import * as s from './synthetic.ts';
import { EN_TEMPLATES } from './templates-en.ts';
import { type Template, ZH_TEMPLATES } from './templates-zh.ts';

/**
 * Builds data/labelled/deid.jsonl: every template filled FILLS times with synthetic identities
 * (offsets computed here, never by hand), then the hand-written snippets. Deterministic: the same
 * code always writes the same file, which a test checks.
 *
 * Split: each template is assigned to "dev" or "test" by a hash of its text, so no template is in
 * both; hand-written snippets are all "test", except the later development snippets of
 * handwritten-dev.ts, which are "dev" (appended last, so earlier records keep their ids and splits).
 * Tune on dev, report on test.
 */
export interface Span {
  start: number;
  end: number;
  type: PiiType;
}
export interface LabelledRecord {
  id: string;
  lang: 'zh' | 'en';
  genre: string;
  source: 'template' | 'handwritten' | 'handwritten-dev';
  template?: string;
  split: 'dev' | 'test' | 'holdout';
  text: string;
  spans: Span[];
}

const FILLS = 4;
type Lang = 'zh' | 'en';
type PrngType = Prng;

const SLOTS: Record<string, { type: PiiType; fill: (rng: PrngType, lang: Lang) => string }> = {
  NAME: { type: 'PERSON', fill: (r, l) => (l === 'zh' ? s.zhName(r) : s.enName(r)) },
  NAME2: { type: 'PERSON', fill: (r, l) => (l === 'zh' ? s.zhName(r) : s.enName(r)) },
  DOC: { type: 'PERSON', fill: (r, l) => (l === 'zh' ? s.zhName(r) : s.enName(r)) },
  SUR: { type: 'PERSON', fill: (r, l) => (l === 'zh' ? s.zhSurname(r) : s.enSurname(r)) },
  ID: { type: 'ID_CARD', fill: (r) => s.residentId(r) },
  ID15: { type: 'ID_CARD', fill: (r) => s.legacyId(r) },
  MOBILE: { type: 'PHONE', fill: (r) => s.mobile(r) },
  LANDLINE: { type: 'PHONE', fill: (r) => s.landline(r) },
  PHONE: { type: 'PHONE', fill: (r, l) => (l === 'zh' ? s.mobile(r) : s.enPhone(r)) },
  EMAIL: { type: 'EMAIL', fill: (r) => s.email(r) },
  ADDR: { type: 'ADDRESS', fill: (r, l) => (l === 'zh' ? s.zhAddress(r) : s.enAddress(r)) },
  REGION: { type: 'ADDRESS', fill: (r) => s.zhRegion(r) },
  MRN: { type: 'MRN', fill: (r) => s.mrn(r) },
  BED: { type: 'MRN', fill: (r) => s.bed(r) },
  INS: { type: 'INSURANCE_ID', fill: (r, l) => s.insurance(r, l) },
  BANK: { type: 'BANK_CARD', fill: (r) => s.bankCard(r) },
  PASSPORT: { type: 'PASSPORT', fill: (r) => s.passport(r) },
  DATE: { type: 'DATE', fill: (r, l) => (l === 'zh' ? s.zhDate(r) : s.enDate(r)) },
  DOB: { type: 'DATE', fill: (r, l) => (l === 'zh' ? s.zhDate(r, 1925, 2010) : s.enDate(r, 1925, 2010)) },
  AGE90: { type: 'AGE', fill: (r) => s.age90(r) },
  PLATE: { type: 'PLATE', fill: (r) => s.plate(r) },
  IP: { type: 'IP', fill: (r) => s.ip(r) },
  URL: { type: 'URL', fill: (r) => s.url(r) },
  WECHAT: { type: 'ACCOUNT', fill: (r) => s.wechat(r) },
  QQ: { type: 'ACCOUNT', fill: (r) => s.qq(r) },
};

const NEGATIVES: Record<string, (rng: PrngType, lang: Lang) => string> = {
  DRUG: (r, l) => r.pick(l === 'zh' ? s.ZH_DRUG_DOSES : s.EN_DRUG_DOSES),
  LAB: (r, l) => r.pick(l === 'zh' ? s.ZH_LABS : s.EN_LABS),
  ICD: (r) => r.pick(s.ICD),
  HOSP: (r, l) => r.pick(l === 'zh' ? s.ZH_HOSPITALS : s.EN_HOSPITALS),
  DEPT: (r, l) => r.pick(l === 'zh' ? s.ZH_DEPTS : s.EN_DEPTS),
  EPONYM: (r, l) => r.pick(l === 'zh' ? s.ZH_EPONYMS : s.EN_EPONYMS),
  GUIDE: (r, l) => r.pick(l === 'zh' ? s.ZH_GUIDES : s.EN_GUIDES),
  AGE: (r) => s.zhYoungAge(r),
};

const SLOT = /\{(~?)([A-Z0-9]+)\}/g;

export function fillTemplate(template: string, lang: Lang, rng: PrngType): { text: string; spans: Span[] } {
  let text = '';
  const spans: Span[] = [];
  let last = 0;
  for (const m of template.matchAll(SLOT)) {
    text += template.slice(last, m.index);
    last = m.index + m[0].length;
    const [, negative, name] = m;
    if (negative) {
      const fill = NEGATIVES[name!];
      if (!fill) throw new Error(`unknown negative slot {~${name}} in: ${template}`);
      text += fill(rng, lang);
      continue;
    }
    const slot = SLOTS[name!];
    if (!slot) throw new Error(`unknown slot {${name}} in: ${template}`);
    const value = slot.fill(rng, lang);
    spans.push({ start: text.length, end: text.length + value.length, type: slot.type });
    text += value;
  }
  text += template.slice(last);
  return { text, spans };
}

const MARK = /\[\[([A-Z_]+)\|([^\]]+)\]\]/g;

export function parseMarked(marked: string): { text: string; spans: Span[] } {
  let text = '';
  const spans: Span[] = [];
  let last = 0;
  for (const m of marked.matchAll(MARK)) {
    text += marked.slice(last, m.index);
    last = m.index + m[0].length;
    spans.push({ start: text.length, end: text.length + m[2]!.length, type: m[1] as PiiType });
    text += m[2];
  }
  return { text: text + marked.slice(last), spans };
}

export function generateDeidRecords(): LabelledRecord[] {
  const records: LabelledRecord[] = [];
  const templates: Array<Template & { lang: Lang }> = [
    ...ZH_TEMPLATES.map((t) => ({ ...t, lang: 'zh' as const })),
    ...EN_TEMPLATES.map((t) => ({ ...t, lang: 'en' as const })),
  ];
  templates.forEach((template, index) => {
    const templateId = `${template.lang}-t${String(index + 1).padStart(3, '0')}`;
    const split = seedFromString(template.text) % 2 === 0 ? 'dev' : 'test';
    for (let fill = 1; fill <= FILLS; fill++) {
      const rng = new Prng(`${templateId}#${fill}`);
      const { text, spans } = fillTemplate(template.text, template.lang, rng);
      records.push({
        id: `${templateId}-${fill}`,
        lang: template.lang,
        genre: template.genre,
        source: 'template',
        template: templateId,
        split,
        text,
        spans,
      });
    }
  });
  HANDWRITTEN.forEach((h, index) => {
    const { text, spans } = parseMarked(h.text);
    records.push({
      id: `hw-${h.lang}-${String(index + 1).padStart(3, '0')}`,
      lang: h.lang,
      genre: h.genre,
      source: 'handwritten',
      split: 'test',
      text,
      spans,
    });
  });
  HANDWRITTEN_DEV.forEach((h, index) => {
    const { text, spans } = parseMarked(h.text);
    records.push({
      id: `hwd-${h.lang}-${String(index + 1).padStart(3, '0')}`,
      lang: h.lang,
      genre: h.genre,
      source: 'handwritten-dev',
      split: 'dev',
      text,
      spans,
    });
  });
  return records;
}

/**
 * A held-out round's records from its hand-written, inline-marked snippets (`[genre, marked text]`):
 * ids `<prefix>-<lang>-001…` numbered per language, split "holdout", source "handwritten".
 */
export function holdoutRecords(
  prefix: string,
  zh: Array<[string, string]>,
  en: Array<[string, string]>,
): LabelledRecord[] {
  const rows = [
    ...zh.map(([genre, text]) => ({ lang: 'zh' as const, genre, text })),
    ...en.map(([genre, text]) => ({ lang: 'en' as const, genre, text })),
  ];
  const counters = { zh: 0, en: 0 };
  return rows.map((row) => {
    const { text, spans } = parseMarked(row.text);
    counters[row.lang]++;
    return {
      id: `${prefix}-${row.lang}-${String(counters[row.lang]).padStart(3, '0')}`,
      lang: row.lang,
      genre: row.genre,
      source: 'handwritten' as const,
      split: 'holdout',
      text,
      spans,
    };
  });
}

export function renderJsonl(records: LabelledRecord[]): string {
  return records.map((r) => JSON.stringify(r)).join('\n') + '\n';
}

export const DEID_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/labelled/deid.jsonl',
);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const records = generateDeidRecords();
  writeFileSync(DEID_PATH, renderJsonl(records));
  console.log(`wrote ${records.length} records to ${DEID_PATH}`);
}
