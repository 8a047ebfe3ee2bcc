import type { Finding } from '../finding.ts';
import { matchAll } from '../recognizers/recognizer.ts';
import type { Detector } from './detector.ts';

/**
 * First-person clinical phrasing in model output ("我认为", "I recommend"), which the WHO guidance
 * on large multi-modal models asks providers to restrict: a machine should not present itself as a
 * clinician forming an opinion. Each finding carries a neutral rewrite in `detail.rewrite`.
 */
const ZH: Array<[string, string]> = [
  ['我的诊断是', '初步考虑为'],
  ['我诊断为', '初步考虑为'],
  ['我诊断', '初步考虑'],
  ['我的建议是', '建议'],
  ['我建议你', '建议你'],
  ['我建议您', '建议您'],
  ['我建议', '建议'],
  ['我认为', '考虑'],
  ['我判断', '考虑'],
  ['我觉得', '考虑'],
  ['我推荐', '推荐'],
  ['依我看', '从现有信息看'],
  ['我给你开', '可由医生开具'],
  ['我会给你开', '可由医生开具'],
];
const EN: Array<[string, string]> = [
  ['in my opinion', 'based on the information given'],
  ['my diagnosis is', 'the findings are consistent with'],
  ['i would diagnose', 'the findings suggest'],
  ['i diagnose', 'the findings suggest'],
  ["i'd recommend", 'it is advisable'],
  ['i would recommend', 'it is advisable'],
  ['i recommend', 'it is advisable'],
  ['i suggest', 'it is advisable'],
  ['i advise', 'it is advisable'],
  ['i think', 'it appears that'],
  ['i believe', 'it is likely that'],
  ['i would prescribe', 'a doctor may prescribe'],
  ['i prescribe', 'a doctor may prescribe'],
];

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ZH_REGEX = new RegExp(ZH.map(([p]) => escapeRegex(p)).join('|'), 'g');
const EN_REGEX = new RegExp(`\\b(?:${EN.map(([p]) => escapeRegex(p)).join('|')})\\b`, 'gi');
const ZH_MAP = new Map(ZH);
const EN_MAP = new Map(EN);

export class PhrasingDetector implements Detector {
  readonly name = 'phrasing' as const;
  readonly regexes = [ZH_REGEX, EN_REGEX];

  detect(text: string): Finding[] {
    const findings: Finding[] = [];
    const add = (m: RegExpExecArray, rewrite: string) =>
      findings.push({
        type: 'FIRST_PERSON_CLINICAL',
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
        score: 0.9,
        detector: 'phrasing',
        detail: { rewrite: matchCase(m[0], rewrite, text, m.index) },
      });
    for (const m of matchAll(ZH_REGEX, text)) add(m, ZH_MAP.get(m[0])!);
    for (const m of matchAll(EN_REGEX, text)) add(m, EN_MAP.get(m[0].toLowerCase())!);
    return findings;
  }
}

/** Capitalises the rewrite at the start of a sentence. */
function matchCase(original: string, rewrite: string, text: string, at: number): string {
  const sentenceStart = at === 0 || /[.!?。！？\n]\s*$/.test(text.slice(Math.max(0, at - 3), at));
  return sentenceStart || /^[A-Z]/.test(original) ? rewrite[0]!.toUpperCase() + rewrite.slice(1) : rewrite;
}

/** Applies the rewrites of phrasing findings to the text. */
export function rewritePhrasing(text: string, findings: readonly Finding[]): string {
  const phrasing = findings
    .filter((f) => f.type === 'FIRST_PERSON_CLINICAL')
    .sort((a, b) => a.start - b.start);
  let out = '';
  let last = 0;
  for (const f of phrasing) {
    if (f.start < last) continue;
    out += text.slice(last, f.start) + String(f.detail?.rewrite ?? f.text);
    last = f.end;
  }
  return out + text.slice(last);
}
