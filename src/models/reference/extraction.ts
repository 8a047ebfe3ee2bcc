import type { KnowledgeBase } from '../../foundation/knowledge/knowledge-base.ts';
import { onWordBoundaries } from '../../foundation/text/aho-corasick.ts';
import { analyzeContext } from '../../foundation/text/assertion.ts';
import { normalizeText } from '../../foundation/text/normalize.ts';
import {
  findDuration,
  findSymptoms,
  readDialogue,
  type Utterance,
  withoutDurations,
} from './clinical-text.ts';
import { cleanItem, numberedItems, readSections, type Section, sectionOf } from './note-sections.ts';

/**
 * Record structuring: when a prompt asks for a JSON object with named keys ("请只输出一个 JSON
 * 对象，键为：…", "Output only one JSON object with the keys: …"), the reference model fills each
 * key by rules — note sections by their headings, or the turns of a doctor–patient dialogue —
 * copying the note's own words. A key it has no rule for is looked up as a section heading and
 * otherwise left empty; nothing is invented.
 */

export interface ExtractionRequest {
  keys: string[];
  text: string;
}

const KEY_LISTS = [
  /JSON\s*对象[，,]?\s*(?:的)?(?:键|字段)(?:为|是|包括)?\s*[:：]\s*([^\n。]+)/i,
  /JSON object with (?:the |these )?(?:keys|fields)\s*[:：]?\s*([^\n]+?)(?:\.\s|\.$|\n|$)/i,
  /(?:keys|fields)\s*[:：]\s*([^\n]+?)(?:\.\s|\.$|\n|$)/i,
];
const TEXT_MARKER =
  /(?:^|\n)\s*(?:文本|原文|病历|记录|对话|text|note|record|dialogue|transcript)\s*[:：]\s*\n?/gi;

/** The keys and the text of a structured-extraction prompt, or undefined when the prompt is not one. */
export function parseExtractionRequest(prompt: string): ExtractionRequest | undefined {
  if (!/json/i.test(prompt)) return undefined;
  let list: string | undefined;
  for (const pattern of KEY_LISTS) {
    const m = pattern.exec(prompt);
    if (m) {
      list = m[1];
      break;
    }
  }
  if (!list) return undefined;
  const keys = list
    .split(/[,，、;；]|\band\b/)
    .map((k) => k.trim().replace(/^["'“”‘’`]+|["'“”‘’`]+$/g, ''))
    .filter((k) => /^[\p{L}\p{N}_ -]{1,40}$/u.test(k));
  if (keys.length === 0) return undefined;
  let textStart = -1;
  for (const m of prompt.matchAll(TEXT_MARKER)) textStart = m.index + m[0].length;
  const text = textStart >= 0 ? prompt.slice(textStart) : prompt;
  return { keys: [...new Set(keys)], text: text.trim() };
}

type FieldKind =
  | 'chief_complaint'
  | 'duration'
  | 'symptoms'
  | 'past_history'
  | 'medications'
  | 'allergies'
  | 'diagnosis'
  | 'plan'
  | 'age'
  | 'sex';

const FIELD_NAMES: Array<[FieldKind, RegExp]> = [
  ['chief_complaint', /chief|complaint|主诉|presenting/i],
  ['duration', /duration|病程|持续|时长|how.?long|onset/i],
  ['symptoms', /symptom|症状/i],
  ['allergies', /allerg|过敏/i],
  ['medications', /medic|drug|meds|用药|药物/i],
  ['past_history', /past|pmh|既往|medical.?history|病史/i],
  ['diagnosis', /diagnos|impression|assessment|诊断/i],
  ['plan', /plan|management|treatment|处理|计划|医嘱|治疗/i],
  ['age', /^age$|年龄/i],
  ['sex', /^(?:sex|gender)$|性别/i],
];

export type ExtractedRecord = Record<string, string | string[]>;

export function extractRecord(kb: KnowledgeBase, request: ExtractionRequest): ExtractedRecord {
  const dialogue = readDialogue(request.text);
  const reader = dialogue ? dialogueReader(kb, dialogue) : noteReader(kb, request.text);
  const record: ExtractedRecord = {};
  for (const key of request.keys) {
    const kind = FIELD_NAMES.find(([, pattern]) => pattern.test(key.replace(/_/g, ' ')))?.[0];
    record[key] = kind ? reader[kind]() : reader.byHeading(key);
  }
  return record;
}

export function extractionReply(kb: KnowledgeBase, request: ExtractionRequest): string {
  return JSON.stringify(extractRecord(kb, request), null, 1).replace(/\n\s*/g, ' ');
}

type Reader = Record<FieldKind, () => string | string[]> & { byHeading(key: string): string | string[] };

// ——— notes with headings ———

const NONE =
  /^(?:无|否认|未|暂无|没有|不详|体健|既往体健|平素体健|既往健康|无特殊|nil|none|no|nkda|nkfa|denies|denied|unremarkable|healthy|not applicable|n\/a|no known)/i;

function noteReader(kb: KnowledgeBase, note: string): Reader {
  const sections = readSections(note);
  const text = (kind: Section['kind']) => sectionOf(sections, kind)?.text ?? '';
  const complaint = text('chief_complaint');
  const illness = sections
    .filter((s) => s.kind === 'present_illness')
    .map((s) => s.text)
    .join('\n');
  return {
    chief_complaint: () => chiefComplaint(firstSentence(complaint) || firstSymptomPhrase(kb, illness)),
    duration: () => findDuration(firstSentence(complaint)) ?? findDuration(firstSentence(illness)) ?? '',
    symptoms: () => findSymptoms(kb, `${complaint}\n${illness}`).map((s) => s.text),
    past_history: () => pastHistory(text('past_history')),
    // Medicines sometimes sit in the past history ("冠心病2年，服用阿司匹林100mg 每日一次").
    medications: () => medications(kb, text('medications') || pastHistoryMedicines(text('past_history'))),
    allergies: () => allergies(text('allergies')),
    diagnosis: () => listOrOne(text('diagnosis')),
    plan: () => planItems(text('plan')),
    age: () => /(\d{1,3})\s*(?:岁|-year-old|\s*years? old|y\/o|yo\b)/i.exec(note)?.[1] ?? '',
    sex: () =>
      /[，,\s](男|女)[，,\s]|\b(male|female|man|woman|boy|girl)\b/i.exec(note)?.slice(1).find(Boolean) ?? '',
    byHeading: (key) => {
      const wanted = normalizeText(key.replace(/_/g, ' '));
      const found = sections.find((s) => normalizeText(s.heading) === wanted);
      return found ? listOrOne(found.text) : '';
    },
  };
}

function firstSentence(text: string): string {
  return text.split(/[。\n]|\.\s/)[0]?.trim() ?? '';
}

/** The complaint without its duration: "转移性右下腹痛12小时" → "转移性右下腹痛". */
function chiefComplaint(text: string): string {
  return cleanItem(
    withoutDurations(text)
      .replace(/^(?:患者|病人|patient)\s*/i, '')
      .replace(/[（(][^）)]*[）)]/g, ''),
  )
    .replace(/\s*(?:伴|,|，)$/, '')
    .replace(/\s+(?:and|with)$/i, '');
}

function firstSymptomPhrase(kb: KnowledgeBase, text: string): string {
  return findSymptoms(kb, text)[0]?.text ?? '';
}

function splitList(text: string): string[] {
  const numbered = numberedItems(text);
  if (numbered) return numbered;
  return text
    .split(/[；;\n]|。|\.(?:\s|$)/)
    .map(cleanItem)
    .filter(Boolean);
}

function listOrOne(text: string): string | string[] {
  const items = splitList(text).filter((i) => !NONE.test(i));
  return items.length === 1 ? items[0]! : items;
}

/** Past illnesses and operations by name: durations, "史", "术后" and negations dropped. */
function pastHistory(text: string): string[] {
  const items: string[] = [];
  for (const piece of splitList(text).flatMap((p) => p.split(/[，,、]|\band\b/))) {
    let item = cleanItem(piece);
    if (!item || NONE.test(item) || /否认|denies|no history/i.test(item) || DOSE.test(item)) continue;
    item = withoutDurations(item)
      .replace(/^(?:\d+\s*岁(?:时)?|幼年|儿时|小时候|at age \d+|aged \d+|as a child)[，,\s]*/i, '')
      .replace(/^(?:有|患有|患过|曾患|曾有|得过|history of|known|previous|prior|h\/o)\s*/i, '')
      .replace(/(?:病史|史)$/, '')
      .replace(/[（(][^）)]*[）)]/g, '')
      .replace(/\s*\b(?:in|since|diagnosed)\s+(?:\d{4}|\w+ \d{4})\b.*$/i, '')
      .replace(/\s*\d{4}年?$/, '');
    // "PCI术后" → "PCI"; "阑尾切除术后" → "阑尾切除术"
    item = item.replace(/([A-Za-z]+)术后$/, '$1').replace(/术后$/, '术');
    item = cleanItem(item);
    if (item && !NONE.test(item)) items.push(item);
  }
  return [...new Set(items)];
}

function pastHistoryMedicines(text: string): string {
  return splitList(text)
    .flatMap((p) => p.split(/[，,]/))
    .filter((p) => DOSE.test(p))
    .map((p) => p.replace(/^\s*(?:服用|口服|长期服用|规律服用|使用|takes?|taking|on)\s*/i, ''))
    .join('；');
}

const DOSE =
  /\d+(?:\.\d+)?\s*(?:mg|g|mcg|μg|ug|iu|u|ml|mmol|units?|puffs?|tablets?|tabs?|capsules?|drops?|毫克|克|微克|单位|片|粒|袋|支|喷|揿)(?![a-z])/i;
const FREQUENCY =
  /每日[一二两三四1-4]次|每天[一二两三四1-4]次|一天[一二两三四1-4]次|一日[一二两三四1-4]次|每晚(?:一次|1次)?|每早(?:一次|1次)?|睡前|每周[一二两三1-3]次|每周一次|必要时|once (?:a |per )?(?:day|daily|weekly|nightly)|twice (?:a |per )?day|twice daily|(?:three|four) times (?:a |per )?day|(?:at )?night|in the morning|daily|weekly|nightly|as needed|prn|\bbd\b|\bbid\b|\btds\b|\btid\b|\bqds\b|\bqid\b|\bqd\b|\bod\b|\bon\b|\bqn\b|\bq\d+h\b/i;

/** Medicines "name dose frequency", each as written in the note. */
function medications(kb: KnowledgeBase, text: string): string[] {
  const trimmed = cleanItem(text);
  if (!trimmed || NONE.test(trimmed)) return [];
  const pieces = splitList(trimmed).flatMap((piece) => splitByDrug(kb, piece));
  return pieces
    .map((p) => cleanItem(p.replace(/[（(][^）)]*[）)]\s*$/, '')))
    .filter((p) => p && !NONE.test(p));
}

/** "metformin 500 mg bd, ramipril 5 mg od" → two items: split at commas where a new drug begins. */
function splitByDrug(kb: KnowledgeBase, text: string): string[] {
  const parts = text.split(/[，,、]|\band\b/);
  if (parts.length === 1) return [text];
  const out: string[] = [];
  for (const part of parts) {
    const startsDrug = kb.drugs.findMentions(part).some((m) => m.start <= 3) || DOSE.test(part);
    if (out.length === 0 || startsDrug) out.push(part);
    else out[out.length - 1] += (/[\u3400-\u9fff]/.test(part) ? '，' : ', ') + part.trim();
  }
  return out;
}

/** Names of allergens: "青霉素过敏（皮疹）" → 青霉素; "Penicillin (rash)" → Penicillin. */
function allergies(text: string): string[] {
  const trimmed = cleanItem(text);
  if (!trimmed || NONE.test(trimmed) || /^(?:否认|无)(?:药物|食物)?过敏/.test(trimmed)) return [];
  const items: string[] = [];
  for (const piece of trimmed.split(/[，,、;；。]|\band\b|和|及/)) {
    let item = piece
      .replace(/[（(][^）)]*[）)]/g, '')
      .replace(/\s+[-–—:：].*$/, '')
      .replace(
        /^(?:本次|此次|现|怀疑|可疑|疑似|疑为|可能|对|suspected|possible|possibly|probable|allergic to|allergy to|有)+\s*/i,
        '',
      )
      .replace(/(?:过敏史|过敏|allergy|allergies)\s*$/i, '')
      .replace(/(?:→|->|引起|导致|causes?|caused|gives?).*$/i, '');
    item = cleanItem(item);
    if (
      item &&
      !NONE.test(item) &&
      !/无已知|未知|no known|unknown/i.test(item) &&
      !/^(?:皮疹|荨麻疹|rash|hives|anaphylaxis|swelling)$/i.test(item)
    )
      items.push(item);
  }
  return [...new Set(items)];
}

function planItems(text: string): string[] {
  return splitList(text).filter((i) => !NONE.test(i));
}

// ——— dialogues ———

const YES =
  /^(?:有|是|对|嗯|会|偶尔|有点|有一点|有些|是的|对的|yes|yeah|yep|a (?:bit|little)|sometimes|i do|it does|he does|she does|it is|i have)/i;
const NO = /^(?:没有|没|无|不|从来没|no|nope|not|never|none|i don't|i haven't|he doesn't|she doesn't)/i;
const DIAGNOSIS_CUE =
  /(?:考虑(?:是|为)?|诊断(?:是|为)?|初步判断(?:是|为)?|可能是|应该是|像是|符合)\s*([^，,。；;！!？?\n]{2,30})|(?:diagnosis is|this (?:is|looks like|sounds like)|it(?:'s| is) (?:likely|probably)|most likely|consistent with|i think (?:this is|it's|you have)|you have)\s+(?:an? |the )?([^,.;!?\n]{3,60})/gi;
const PLAN_CUE =
  /建议|需要|要做|去做|先做|开|复查|复诊|随访|住院|手术|查一下|做个|做一个|吃|服用|停用|继续|we(?:'ll| will)|i(?:'ll| will)|let's|recommend|arrange|start|stop|continue|prescribe|refer|book|follow.?up|review|check|take/i;

function dialogueReader(kb: KnowledgeBase, utterances: Utterance[]): Reader {
  const patientTurns = utterances.filter((u) => u.speaker === 'patient');
  const patientText = patientTurns.map((u) => u.text).join('\n');
  const firstComplaint = patientTurns.find((u) => findSymptoms(kb, u.text).length > 0)?.text ?? patientText;
  // The clinician often dictates the record at the end ("诊断：… 处理：1. …"): read it as a note.
  const doctorSections = readSections(
    utterances
      .filter((u) => u.speaker === 'doctor')
      .map((u) => u.text)
      .join('\n'),
  );
  /** Patient turns that answer a question about history or medicines, or volunteer it. */
  const repliesTo = (topic: RegExp, cue: RegExp) =>
    utterances
      .filter(
        (u, i) => u.speaker === 'patient' && (topic.test(utterances[i - 1]?.text ?? '') || cue.test(u.text)),
      )
      .map((u) => u.text)
      .join('\n');
  /** Symptoms the patient reports or confirms when asked ("有没有发热？" — "有一点"). */
  const confirmed = (): string[] => {
    const found = findSymptoms(kb, patientText).map((s) => s.text);
    for (let i = 0; i + 1 < utterances.length; i++) {
      const question = utterances[i]!;
      const reply = utterances[i + 1]!;
      if (question.speaker !== 'doctor' || reply.speaker !== 'patient') continue;
      const asked = findSymptoms(
        kb,
        question.text.replace(/有没有|是否|有无|any |do you have |have you had /gi, ''),
      );
      if (asked.length === 1 && YES.test(reply.text.trim()) && !NO.test(reply.text.trim()))
        found.push(asked[0]!.text);
    }
    return [...new Set(found)];
  };
  const doctorLater = utterances.filter((u) => u.speaker === 'doctor').slice(-3);
  return {
    chief_complaint: () => findSymptoms(kb, firstComplaint)[0]?.text ?? '',
    duration: () => findDuration(firstComplaint) ?? findDuration(patientText) ?? '',
    symptoms: confirmed,
    past_history: () => dialoguePastHistory(kb, repliesTo(HISTORY_QUESTION, HISTORY_CUE)),
    medications: () => dialogueMedications(kb, utterances),
    allergies: () => dialogueAllergies(patientText),
    diagnosis: () => {
      const section = sectionOf(doctorSections, 'diagnosis');
      if (section) return listOrOne(section.text);
      const found: string[] = [];
      const statements = utterances
        .filter((x) => x.speaker === 'doctor')
        .flatMap((u) => u.text.match(/[^。！!？?\n]+[。！!？?]?|[^.!?\n]+[.!?]?/g) ?? [])
        .filter((sentence) => !/[?？]\s*$/.test(sentence));
      for (const sentence of statements)
        for (const m of sentence.matchAll(DIAGNOSIS_CUE)) {
          const value = cleanItem(
            (m[1] ?? m[2] ?? '').replace(/^(?:一个|一种|a |an )/i, '').replace(/的可能.*$|引起的?$/, ''),
          );
          if (value) found.push(value);
        }
      const unique = [...new Set(found)];
      return unique.length === 1 ? unique[0]! : unique;
    },
    plan: () => {
      const section = sectionOf(doctorSections, 'plan');
      if (section) return planItems(section.text);
      return doctorLater
        .flatMap((u) => u.text.split(/[。；;！!\n]|\.\s|，(?:然后|再|并)|, (?:then|and)/))
        .map(cleanItem)
        .filter((s) => s && PLAN_CUE.test(s) && !/[?？]$/.test(s))
        .map((s) => s.replace(/^(?:我们|我|那|好的?|ok|okay|so|right)[，,\s]*/i, ''));
    },
    age: () => '',
    sex: () => '',
    byHeading: (key) => {
      const wanted = normalizeText(key.replace(/_/g, ' '));
      const found = doctorSections.find((s) => normalizeText(s.heading) === wanted);
      return found ? listOrOne(found.text) : '';
    },
  };
}

const HISTORY_QUESTION =
  /以前|既往|病史|生过|得过|什么病|慢性病|基础病|老毛病|手术|开过刀|medical (?:history|conditions?|problems)|health (?:problems|conditions)|any conditions|past|operations?|surgery|illness/i;
const HISTORY_CUE =
  /以前|得过|有过|患有|多年|年了|查出|确诊|做过|手术|history of|diagnosed|i have|i've got|i've had|i had|for years|years ago|operation|surgery/i;
const MEDICATION_QUESTION =
  /吃什么药|用什么药|用药|服药|在吃|药物|medicines?|medications?|tablets|pills|take anything|taking/i;

function dialoguePastHistory(kb: KnowledgeBase, text: string): string[] {
  const normalized = normalizeText(text);
  const found: Array<{ start: number; end: number; name: string }> = [];
  for (const condition of kb.conditions) {
    for (const name of [
      condition.name.zh,
      ...condition.aliases.zh,
      ...condition.aliases.en,
      condition.name.en,
    ]) {
      const key = normalizeText(name);
      const latin = !/[\u3400-\u9fff]/.test(key);
      if (key.length < 2 || (latin && key.length < 4 && name !== name.toUpperCase())) continue;
      let at = normalized.indexOf(key);
      while (at >= 0) {
        const original = text.slice(at, at + key.length);
        // Acronyms ("AS", "MI") only when written in capitals, and English on word boundaries.
        const acronym = latin && key.length < 4 && original !== name;
        if (!acronym && onWordBoundaries(normalized, key, at, at + key.length))
          found.push({ start: at, end: at + key.length, name: original });
        at = normalized.indexOf(key, at + key.length);
      }
    }
  }
  if (found.length === 0) return [];
  const context = analyzeContext(normalized, found);
  const kept = found
    .filter((f) => context.assertionOf(f.start, f.end) !== 'negated')
    .filter(
      (f) =>
        !found.some(
          (g) => g !== f && g.start <= f.start && g.end >= f.end && g.end - g.start > f.end - f.start,
        ),
    )
    .sort((a, b) => a.start - b.start);
  return [...new Set(kept.map((f) => f.name))];
}

/**
 * Medicines in a dialogue: the clinician's restatement ("瑞舒伐他汀10mg 每晚一次") when there is
 * one, otherwise the patient's words (name, dose, frequency), outside the plan and allergies.
 */
function dialogueMedications(kb: KnowledgeBase, utterances: Utterance[]): string[] {
  const byDrug = new Map<string, string>();
  utterances.forEach((u, i) => {
    if (u.speaker === 'doctor') {
      // Only what the doctor says before the plan, and only with a dose: a restatement.
      const beforePlan = u.text.split(/(?:处理|诊疗计划|计划|医嘱|建议|plan|management)\s*[:：]/i)[0] ?? '';
      for (const mention of kb.drugs.findMentions(beforePlan)) {
        const clause = beforePlan.slice(mention.start).split(/[。；;！!？?\n]|\.\s/)[0] ?? '';
        const lead =
          beforePlan
            .slice(0, mention.start)
            .split(/[。；;！!？?\n]|\.\s/)
            .pop() ?? '';
        const prescribing = /开|给你|改用|加用|换成|start|prescrib|switch|add|give you|try/i.test(lead);
        if (
          DOSE.test(clause.slice(0, mention.text.length + 12)) &&
          !prescribing &&
          !/过敏|allerg/i.test(clause)
        )
          byDrug.set(mention.drug.id, cleanItem(clause));
      }
      return;
    }
    const asked = MEDICATION_QUESTION.test(utterances[i - 1]?.text ?? '');
    if (!asked && !/吃|服|用|打|take|taking|on /i.test(u.text)) return;
    for (const mention of kb.drugs.findMentions(u.text)) {
      if (byDrug.has(mention.drug.id)) continue;
      const text = u.text;
      const clause = text.slice(mention.start).split(/[。；;！!？?\n]|\.\s/)[0] ?? '';
      const before =
        text
          .slice(Math.max(0, mention.start - 20), mention.start)
          .split(/[。；;！!？?\n，,]/)
          .pop() ?? '';
      const ownClause = clause.split(/[，,]/)[0] ?? '';
      if (/过敏|allergic/i.test(`${before} ${ownClause}`)) continue;
      const dose = DOSE.exec(clause)?.[0] ?? DOSE.exec(before)?.[0];
      const frequency = FREQUENCY.exec(clause)?.[0] ?? FREQUENCY.exec(before)?.[0];
      byDrug.set(mention.drug.id, [mention.text, dose, frequency].filter(Boolean).join(' '));
    }
  });
  return [...new Set(byDrug.values())];
}

function dialogueAllergies(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(
    /对([^，,。；;！!？?\n]{1,12}?)过敏|allergic to ([^,.;!?\n]{2,30})|([^，,。；;！!？?\n\s]{1,10})过敏/gi,
  )) {
    const value = cleanItem((m[1] ?? m[2] ?? m[3] ?? '').replace(/^(?:吃|用|打)/, ''));
    if (value && !NONE.test(value) && !/什么|任何|any/i.test(value)) found.push(value);
  }
  return [...new Set(found)];
}
