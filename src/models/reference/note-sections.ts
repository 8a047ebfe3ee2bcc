/**
 * The sections of a clinical note ("主诉：…", "既往史：…", "Allergies: …"), found by their
 * headings at the start of a line or after a sentence end, so both one-heading-per-line records
 * and run-on English notes ("CC: … HPI: …") are read. Each section keeps its text as written.
 */

export type SectionKind =
  | 'chief_complaint'
  | 'present_illness'
  | 'past_history'
  | 'medications'
  | 'allergies'
  | 'diagnosis'
  | 'plan'
  | 'other';

const HEADINGS: Array<[SectionKind, string[]]> = [
  [
    'chief_complaint',
    [
      '主诉',
      '入院主诉',
      '就诊主诉',
      'chief complaint',
      'cc',
      'presenting complaint',
      'pc',
      'reason for visit',
      'reason for admission',
      'reason for attendance',
    ],
  ],
  [
    'present_illness',
    [
      '现病史',
      '病史',
      '简要病史',
      '病史摘要',
      '入院情况',
      'history of present illness',
      'history of presenting complaint',
      'hpi',
      'hpc',
      'history',
      'presentation',
    ],
  ],
  [
    'past_history',
    [
      '既往史',
      '既往病史',
      '既往',
      '既往疾病',
      'past medical history',
      'past history',
      'pmh',
      'pmhx',
      'medical history',
      'past medical and surgical history',
      'past surgical history',
      'psh',
    ],
  ],
  [
    'medications',
    [
      '用药史',
      '用药',
      '目前用药',
      '长期用药',
      '入院前用药',
      '院前用药',
      '服药史',
      '正在使用的药物',
      '药物',
      'medications',
      'medication',
      'current medications',
      'regular medications',
      'medications on admission',
      'drug history',
      'dhx',
      'meds',
    ],
  ],
  [
    'allergies',
    ['过敏史', '过敏', '药物过敏史', 'allergies', 'allergy', 'drug allergies', 'allergy history'],
  ],
  [
    'diagnosis',
    [
      '初步诊断',
      '诊断',
      '入院诊断',
      '出院诊断',
      '门诊诊断',
      '临床诊断',
      '印象',
      'diagnosis',
      'diagnoses',
      'impression',
      'assessment',
      'working diagnosis',
      'discharge diagnosis',
      'discharge diagnoses',
      'admission diagnosis',
      'final diagnosis',
    ],
  ],
  [
    'plan',
    [
      '诊疗计划',
      '治疗计划',
      '处理',
      '处理意见',
      '处置',
      '计划',
      '医嘱',
      '出院医嘱',
      '出院计划',
      '建议',
      '诊疗建议',
      'plan',
      'management',
      'management plan',
      'discharge plan',
      'discharge instructions',
      'discharge medications and follow-up',
      'follow-up',
      'recommendations',
    ],
  ],
  [
    'other',
    [
      '查体',
      '体格检查',
      '体检',
      '专科检查',
      '辅助检查',
      '实验室检查',
      '检查',
      '诊疗经过',
      '住院经过',
      '治疗经过',
      '个人史',
      '家族史',
      '婚育史',
      '月经史',
      '生命体征',
      '出院情况',
      '一般情况',
      'examination',
      'exam',
      'on examination',
      'o/e',
      'investigations',
      'results',
      'labs',
      'vitals',
      'observations',
      'social history',
      'sh',
      'family history',
      'fh',
      'hospital course',
      'course',
      'condition at discharge',
      'review of systems',
      'ros',
    ],
  ],
];

const KIND_OF = new Map<string, SectionKind>();
for (const [kind, names] of HEADINGS) for (const name of names) KIND_OF.set(name, kind);

const ALL_NAMES = [...KIND_OF.keys()].sort((a, b) => b.length - a.length);
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** A heading at a line start, or after a sentence end (for run-on English notes), then a colon. */
const HEADING = new RegExp(
  `(^|\\n|[。；;.？?！!]\\s*)\\s*(?:\\d+[.、]\\s*)?(${ALL_NAMES.map(escapeRegExp).join('|')})\\s*[:：]`,
  'gi',
);

export interface Section {
  kind: SectionKind;
  heading: string;
  text: string;
}

/** The note's sections in order; text before the first heading is left out. */
export function readSections(note: string): Section[] {
  const found: Array<{ kind: SectionKind; heading: string; start: number; end: number }> = [];
  for (const m of note.matchAll(HEADING)) {
    const heading = m[2]!;
    const kind = KIND_OF.get(heading.toLowerCase());
    if (!kind) continue;
    // Short English headings ("CC", "PMH", "sh") count mid-line only when written in capitals.
    const lineStart = m.index === 0 || /^\n?$/.test(m[1]!.replace(/[ \t]/g, ''));
    if (/^[a-z]{1,3}$/i.test(heading) && !lineStart && heading !== heading.toUpperCase()) continue;
    const start = m.index + m[1]!.length;
    found.push({ kind, heading, start, end: m.index + m[0].length });
  }
  return found.map((s, i) => ({
    kind: s.kind,
    heading: s.heading,
    text: note.slice(s.end, i + 1 < found.length ? found[i + 1]!.start : note.length).trim(),
  }));
}

/** Priority of headings within a kind: the first listed heading that is present wins. */
export function sectionOf(sections: readonly Section[], kind: SectionKind): Section | undefined {
  const names = HEADINGS.find(([k]) => k === kind)?.[1] ?? [];
  for (const name of names) {
    const found = sections.find((s) => s.kind === kind && s.heading.toLowerCase() === name);
    if (found) return found;
  }
  return sections.find((s) => s.kind === kind);
}

/** Items of a numbered list ("1. 禁食 2. 静脉补液", "1) …"), or undefined when the text is not numbered. */
export function numberedItems(text: string): string[] | undefined {
  const marker = /(^|[\s；;，,。])(?:\(?\d{1,2}[.、．)）](?!\d)|[（(]\d{1,2}[)）]|[①②③④⑤⑥⑦⑧⑨⑩])\s*/g;
  const starts: Array<{ at: number; after: number }> = [];
  for (const m of text.matchAll(marker))
    starts.push({ at: m.index + m[1]!.length, after: m.index + m[0].length });
  if (starts.length < 2 && !(starts.length === 1 && starts[0]!.at === 0)) return undefined;
  return starts
    .map((s, i) => text.slice(s.after, i + 1 < starts.length ? starts[i + 1]!.at : text.length))
    .map(cleanItem)
    .filter(Boolean);
}

/** Trims an item and the punctuation around it. */
export function cleanItem(text: string): string {
  return text
    .trim()
    .replace(/^[\s,，、;；:：.。-]+|[\s,，、;；:：.。]+$/g, '')
    .trim();
}
