import type { Finding } from '../finding.ts';
import {
  ENGLISH_FIRST_NAMES,
  ENGLISH_NOT_NAMES,
  ENGLISH_SURNAMES,
  PINYIN_GIVEN,
  PINYIN_SURNAMES,
} from '../lexicon/english-names.ts';
import { matchAll, type Recognizer } from './recognizer.ts';

/**
 * English (and romanised Chinese) personal names, by cue: a title (Mr, Dr, Prof…), a name label
 * (Name:, Signed by…), a relation (his wife, her son…), a common first name or a common family name in
 * a pair of capitalised words, or a pair of capitalised words after a weaker cue (Patient:, Re:,
 * Referral:, from, for) or standing alone between commas. The name is read token by token and stops at
 * the first word that is not a name; a name followed by "disease" or "syndrome" is an eponym.
 */
const TITLE =
  /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sister|Nurse|Doctor)\.? {1,2}(?=[A-ZÀ-ÖØ-ÞĀ-ž]|(?:de|van|von|da|di|du|le|la|al|el|ap|bin)(?: (?:la|der|den|de|los))? [A-Z])/g;
const LABEL =
  /\b(?:patient name|name on card|name on (?:the )?account|name|full name|attending physician|attending|physician|consultant|surgeon|referring physician|referring doctor|referring gp|electronically signed by|signed by|signed|seen by|referred by|dictated by|reviewed by|reported by|next of kin|nok|emergency contact|family contact|contact person|contact|guardian|dear|cc|author|my name is|call me|surname|forenames?|first name|last name|given names?|family name|middle names?|guarantor|cardholder|card holder|account holder|policy holder|policyholder|insured|subscriber|approved by|authorised by|authorized by|witness|witnessed by|counselled|counseled|identified as|(?:his|her|their|my) name is|known as|prefers|goes by|meeting with|nok name|relative|caller|parent)\b[ \t]{0,2}:?[ \t]{0,3}(?=[A-ZÀ-ÖØ-ÞĀ-ž])/gi;
const WEAK_LABEL =
  /\b(?:patient|pt|re|referral|summary|report|handover|this is|for|from|about|with)\b[ \t]{0,2}:?[ \t]{0,3}(?=[A-ZÀ-ÖØ-ÞĀ-ž])/gi;
// The capital first and the look-behind after it: irregexp then skips most positions with one class test.
const BETWEEN_COMMAS = /[A-Z](?<=[,:;] [A-Z])[a-zA-Z'’-]{1,24} [A-Z][a-zA-Z'’-]{1,24}(?=[,.;\n])/g;
const EPONYM_AFTER =
  /^(?:'s|’s)? ?(?:disease|syndrome|sign|lymphoma|phenomenon|thyroiditis|palsy|test|score|scale|classification|criteria)\b/i;
/** A relation word (lower case, or capitalised at the start of a note's sentence: "Son Cathal visited"). */
const RELATION =
  /\b(?:[Ss]on|[Dd]aughter|[Ww]ife|[Hh]usband|[Mm]other|[Ff]ather|[Bb]rother|[Ss]ister|[Pp]artner|[Gg]randson|[Gg]randdaughter|[Nn]iece|[Nn]ephew|[Ff]riend|[Nn]eighbour|[Nn]eighbor|[Cc]aregiver|[Cc]arer|[Ff]iancée|[Ff]iance|[Ss]tepson|[Ss]tepdaughter|[Ss]tepmother|[Ss]tepfather|[Mm]um|[Mm]om|[Dd]ad|[Aa]unt|[Aa]untie|[Uu]ncle|[Cc]ousin|[Gg]randmother|[Gg]randfather|[Gg]randma|[Gg]randpa|[Gg]ranny|(?:[Ss]on|[Dd]aughter|[Mm]other|[Ff]ather|[Bb]rother|[Ss]ister)-in-law)\b,? {1,2}(?=[A-ZÀ-ÖØ-ÞĀ-ž])/g;
/** "Mum (Jenny)", "his wife (Linda)": a relation with the name in brackets after it. */
const RELATION_THEN_BRACKET =
  /\b(?:son|daughter|wife|husband|mother|father|brother|sister|partner|mum|mom|dad|carer|friend|neighbour|neighbor|niece|nephew|grandson|granddaughter|aunt|uncle)\b \((?=[A-Z][a-z])/gi;
/** "SMITH, John", "Garcia, Maria": a record's surname-first form, read after a label. */
const SURNAME_COMMA_GIVEN =
  /[A-Z][A-Za-z'’-]{1,24}(?: [A-Z][A-Z'’-]{1,24})?, [A-Z][a-zà-öø-ÿā-ž]{1,24}(?: [A-Z][a-zà-öø-ÿā-ž]{1,24})?(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ž])/y;
const CAPITALISED = /\b[A-Z][a-z]{1,20}\b/g;
/**
 * One pass for the cues that put a name right after them: someone spoken to, seen or brought in
 * ("Spoke to Oksana", "rang Beatriz", "brought in by Graham"), someone introducing themself ("it's
 * Callum,", "I'm Priya."), someone greeted ("Hi Emma,", "Thanks Raj.").
 */
const CUE_BEFORE =
  /\b(?:(?<contact>for seeing|spoke (?:to|with)|speaking (?:to|with)|talked (?:to|with)|rang|phoned|called|texted|emailed|messaged|met with|informed|told|accompanied by|brought in by|collected by|visited by|seen with|in with|reviewed with)|(?<intro>it's|it’s|its|it is|this is|i'm|i’m|i am|im)|(?<greeting>hi|hello|hey|dear|thanks|thank you|good morning|good afternoon)|(?<verb>saw|reviewed|examined|assessed|visited|admitted|discharged|referred|treated|met|physio|physiotherapist|dietitian|dietician|pharmacist|ward clerk|clerk|hca|healthcare assistant|midwife|social worker|chaplain|porter|registrar|sho|matron|paramedic|occupational therapist|speech therapist|student nurse|charge nurse|staff nurse|receptionist|interpreter|translator))[ \t]{1,2}(?=[A-ZÀ-ÖØ-ÞĀ-ž])/gi;
/** What must follow a self-introduction or greeting: the name, then punctuation or a few words. */
const INTRO_TAIL =
  /^[A-ZÀ-ÖØ-ÞĀ-ž][a-zà-öø-ÿā-ž]+(?: [A-ZÀ-ÖØ-ÞĀ-ž][a-zà-öø-ÿā-ž]+)?(?:[,.!;]| here\b| again\b| from\b| btw\b| by the way\b|['’]s |$)/;
/** "Oksana (daughter)": a name with the relation in brackets (tried right after a capitalised word). */
const RELATION_BRACKET =
  / \((?:wife|husband|son|daughter|mother|father|mum|mom|dad|partner|sister|brother|carer|caregiver|friend|neighbour|neighbor|niece|nephew|grandson|granddaughter|grandmother|grandfather|aunt|uncle|cousin|fiancée?|guardian|next of kin|nok)\b/y;
/**
 * What follows a first and last name that opens a sentence ("Declan Moyo was much brighter", "Kwame
 * Asante missed his session"): a verb that says what a person does or how they are.
 */
const PERSON_VERB =
  / (?:was|is|has|had|remains|remained|slept|reports|reported|denies|denied|complains|complained|says|said|feels|felt|ate|went|came|attended|missed|declined|agreed|asked|presented|underwent|will|would|can|could|did|does|looks|looked|seems|seemed|became|continues|continued|tolerated|tolerating|refused|requested|wants|wanted|needs|needed|mobilised|mobilized|walked|got|takes|took|lives|lived|works|worked|tells|told|called|rang|phoned|appears|appeared|spent|returned|arrived|left|vomited|fell|collapsed)\b/y;
const SENTENCE_BEFORE = /(?:^|[.!?;]\s{1,3}|\n\s{0,3})$/;
// An initial ("A. Patel") is tried first, so that "A" is not read as a word of its own.
// Letters include Latin-1, Latin Extended-A and Vietnamese (José, Zoë, Łukasz, Nguyễn).
const TOKEN =
  /[A-Z]\.(?= [A-Z])|[A-ZÀ-ÖØ-ÞĀ-ž][a-zA-ZÀ-ÖØ-öø-ÿĀ-ž\u1E00-\u1EFF]{0,24}(?:-[A-Za-zÀ-ÖØ-öø-ÿĀ-ž][a-zA-ZÀ-ÖØ-öø-ÿĀ-ž\u1E00-\u1EFF]{0,24}|['’][A-ZÀ-ÖØ-ÞĀ-ž][a-zA-ZÀ-ÖØ-öø-ÿĀ-ž\u1E00-\u1EFF]{0,24}){0,2}/y;
/** Name particles between the parts of a name: "Pieter van der Berg", "Maria de la Cruz", "Ahmad bin Ismail". */
const PARTICLE =
  /(?:van der|van den|van de|von der|de la|de los|de las|van|von|de|del|della|da|di|du|dos|das|le|la|bin|binti|binte|bte|bint|ibn|al|el|ter|ten|ap|ab|s\/o|d\/o|a\/l|a\/p) (?=[A-ZÀ-ÖØ-ÞĀ-ž])/y;
const CAPITAL_NEXT = /[A-ZÀ-ÖØ-ÞĀ-ž]/;
const SIGNATURE_DASH = /(?:^|\n)[ \t]{0,4}(?:——|—|–|--?)[ \t]?(?=[A-ZÀ-ÖØ-ÞĀ-ž])/g;
/** The last words of the text after a line break or a sentence end: "…the scans. Lily", "\nRoman Kowalski". */
const SIGN_OFF =
  /(?:^|\n|[.!?] )[ \t]{0,4}(?:[-—–]{1,2} ?)?([A-ZÀ-ÖØ-ÞĀ-ž][a-zà-öø-ÿā-ž'’-]{1,20}(?: [A-ZÀ-ÖØ-ÞĀ-ž][a-zà-öø-ÿā-ž'’-]{1,20}){0,2})[ \t]*\.?[ \t]*$/;
/** A one- or two-word speaker at the start of a line, before a colon. */
const SPEAKER_EN = /^[ \t]{0,4}([A-Z][a-z]{1,15})[ \t]?:[ \t]/gm;
const SPEAKER_ROLES: ReadonlySet<string> = new Set(
  (
    'nurse patient doctor dr relative clerk caller receptionist pharmacist parent mother father son daughter wife ' +
    'husband family me you operator agent staff user bot assistant ai system q a interpreter carer gp consultant ' +
    'registrar mum dad client midwife paramedic physio tel phone email address note plan impression assessment ' +
    'history exam result results diagnosis advice action outcome subject re from to cc date time ward bed name'
  ).split(' '),
);

export class EnglishPersonRecognizer implements Recognizer {
  readonly name = 'pii.person_en';
  readonly types = ['PERSON'] as const;
  readonly languages = ['any'] as const;
  readonly regexes = [
    TITLE,
    LABEL,
    WEAK_LABEL,
    BETWEEN_COMMAS,
    RELATION,
    CAPITALISED,
    TOKEN,
    EPONYM_AFTER,
    CUE_BEFORE,
    INTRO_TAIL,
    SIGNATURE_DASH,
    SIGN_OFF,
    SPEAKER_EN,
    RELATION_BRACKET,
    PERSON_VERB,
    SENTENCE_BEFORE,
    NEXT_WORD,
    PINYIN_GIVEN,
    HAS_INNER_CAPITAL,
    RELATION_THEN_BRACKET,
    SURNAME_COMMA_GIVEN,
    SAINT_BEFORE,
    PLACE_AFTER,
    PARTICLE,
    CAPITAL_NEXT,
  ];

  analyze(text: string): Finding[] {
    const findings: Finding[] = [];
    /** "Patient: SMITH, John" — the surname-first form right after a label. */
    const surnameFirst = (at: number, score: number): boolean => {
      SURNAME_COMMA_GIVEN.lastIndex = at;
      const m = SURNAME_COMMA_GIVEN.exec(text);
      if (!m) return false;
      const [surname, given] = m[0].split(', ') as [string, string];
      if (notName(surname.split(' ')[0]!) || notName(given.split(' ')[0]!)) return false;
      findings.push({
        type: 'PERSON',
        start: at,
        end: at + m[0].length,
        text: m[0],
        score,
        detector: this.name,
      });
      return true;
    };
    const take = (at: number, score: number, minTokens: number, strong = false) => {
      const end = readName(text, at, minTokens, strong);
      if (end > at && !EPONYM_AFTER.test(text.slice(end, end + 16)))
        findings.push({
          type: 'PERSON',
          start: at,
          end,
          text: text.slice(at, end),
          score,
          detector: this.name,
        });
    };
    for (const m of matchAll(TITLE, text)) take(m.index + m[0].length, 0.85, 1, true);
    for (const m of matchAll(LABEL, text))
      if (!surnameFirst(m.index + m[0].length, 0.85)) take(m.index + m[0].length, 0.85, 1, true);
    for (const m of matchAll(WEAK_LABEL, text))
      if (!surnameFirst(m.index + m[0].length, 0.7)) take(m.index + m[0].length, 0.7, 2);
    for (const m of matchAll(BETWEEN_COMMAS, text)) take(m.index, 0.65, 2);
    for (const m of matchAll(RELATION, text)) take(m.index + m[0].length, 0.75, 1, true);
    // A signature: a line opened by a dash ("— L. Fairweather", "——Niamh", "- Niamh").
    if (text.includes('-') || text.includes('—') || text.includes('–'))
      for (const m of matchAll(SIGNATURE_DASH, text)) take(m.index + m[0].length, 0.8, 1, true);
    // A sign-off closing the text: a name alone on the last line, or a first name after the last sentence.
    const tail = SIGN_OFF.exec(text);
    if (tail) {
      const at = tail.index + tail[0].length - tail[1]!.length;
      const end = readName(text, at, 1, true);
      const first = tail[1]!.split(' ')[0]!;
      if (
        end === at + tail[1]!.length &&
        (tail[1]!.includes(' ')
          ? text.lastIndexOf('\n', at) >= 0 && /\n[ \t]*$/.test(text.slice(0, at))
          : true) &&
        (ENGLISH_FIRST_NAMES.has(first) ||
          NAME_LIKE_WORDS.has(first) ||
          tail[1]!.includes(' ') ||
          /[-—–]/.test(tail[0]!.slice(0, tail[0]!.length - tail[1]!.length)))
      )
        take(at, 0.75, 1, true);
    }
    // Chat speakers: "Faith: Dad's out", "Sunny: thank god" — a capitalised word opening two or more
    // lines with a colon, when it is not a role ("Nurse:", "Patient:").
    if (text.includes(':') && text.includes('\n')) {
      const speakers = new Map<string, number[]>();
      for (const m of matchAll(SPEAKER_EN, text)) {
        const name = m[1]!;
        if (SPEAKER_ROLES.has(name.toLowerCase()) || (notName(name) && !NAME_LIKE_WORDS.has(name))) continue;
        const at = m.index + m[0].indexOf(name);
        speakers.set(name, [...(speakers.get(name) ?? []), at]);
      }
      const lines = [...speakers.values()].reduce((n, a) => n + a.length, 0);
      if (lines >= 3 && speakers.size >= 2)
        for (const [name, starts] of speakers)
          for (const at of starts)
            findings.push({
              type: 'PERSON',
              start: at,
              end: at + name.length,
              text: name,
              score: 0.8,
              detector: this.name,
            });
    }
    if (text.includes(' ('))
      for (const m of matchAll(RELATION_THEN_BRACKET, text)) {
        const at = m.index + m[0].length;
        const end = readName(text, at, 1);
        if (end > at && text[end] === ')') take(at, 0.75, 1);
      }
    // The rules below need a capital letter that starts a word: most Chinese text has none worth a scan.
    if (/[A-Z][a-z]/.test(text)) {
      for (const m of matchAll(CUE_BEFORE, text)) {
        const at = m.index + m[0].length;
        if (m.groups?.verb !== undefined) {
          // "We reviewed Grace in clinic", "Physio Hannah saw him": after a clinical verb or a staff
          // role, only a known first name (a capitalised word there is as often a place, a test or a
          // heading: "saw Cardiology", "reviewed ECG", "Physio Assessment").
          NEXT_WORD.lastIndex = at;
          const word = NEXT_WORD.exec(text)?.[0];
          if (word !== undefined && ENGLISH_FIRST_NAMES.has(word)) take(at, 0.7, 1);
        } else if (m.groups?.contact !== undefined || INTRO_TAIL.test(text.slice(at, at + 50)))
          take(at, 0.7, 1, m.groups?.intro !== undefined);
      }
    }
    // A known first name, or any capitalised word before a known family name.
    let previous: RegExpExecArray | undefined;
    for (const m of matchAll(CAPITALISED, text)) {
      const end = m.index + m[0].length;
      const adjacent =
        previous !== undefined &&
        previous.index + previous[0].length + 1 === m.index &&
        text[m.index - 1] === ' ';
      const space = text.charCodeAt(end) === 0x20;
      if (space && stickyAt(RELATION_BRACKET, text, end)) take(adjacent ? previous!.index : m.index, 0.8, 1);
      if (
        adjacent &&
        space &&
        stickyAt(PERSON_VERB, text, end) &&
        SENTENCE_BEFORE.test(text.slice(Math.max(0, previous!.index - 4), previous!.index))
      )
        take(previous!.index, 0.7, 2, true);
      if (ENGLISH_FIRST_NAMES.has(m[0])) {
        take(m.index, 0.75, 2);
        // "Rosa ate half her lunch": a known first name opening a sentence, before a person's verb.
        if (
          space &&
          stickyAt(PERSON_VERB, text, end) &&
          SENTENCE_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index))
        )
          take(m.index, 0.7, 1);
        // "Liam's temperature settled": a known first name in the possessive is a person.
        if (
          (text.startsWith("'s", end) || text.startsWith('’s', end)) &&
          !SAINT_BEFORE.test(text.slice(Math.max(0, m.index - 7), m.index)) &&
          !PLACE_AFTER.test(text.slice(end + 2, end + 14))
        )
          take(m.index, 0.7, 1);
      } else if (PINYIN_SURNAMES.has(m[0]) && pinyinGivenAfter(text, m.index + m[0].length))
        take(m.index, 0.7, 2);
      else if (
        previous &&
        ENGLISH_SURNAMES.has(m[0]) &&
        previous.index + previous[0].length + 1 === m.index &&
        text[m.index - 1] === ' '
      )
        take(previous.index, 0.7, 2);
      previous = m;
    }
    // A full name found once is a name wherever else it appears in the same text.
    const names = new Set(findings.filter((f) => f.score >= 0.7 && f.text.includes(' ')).map((f) => f.text));
    for (const name of names) {
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
        if (isLetter(text.charCodeAt(at - 1)) || isLetter(text.charCodeAt(at + name.length))) continue;
        if (!findings.some((f) => f.start <= at && f.end >= at + name.length))
          findings.push({
            type: 'PERSON',
            start: at,
            end: at + name.length,
            text: name,
            score: 0.7,
            detector: this.name,
          });
      }
    }
    return findings;
  }
}

/** "St Mary's Hospital", "Guy's Hospital": a possessive name that is part of a place. */
const SAINT_BEFORE = /\b(?:St\.?|Saint) $/;
const PLACE_AFTER =
  /^ (?:Hospital|Clinic|Church|Road|Street|Lane|School|College|Ward|Centre|Center|Park|Square|House|Court|Surgery|Practice|Hall|Hospice|Home)\b/;

const stickyAt = (regex: RegExp, text: string, at: number) => {
  regex.lastIndex = at;
  return regex.test(text);
};
const isLetter = (code: number) => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

const NEXT_WORD = /[A-Z][a-z]{1,12}(?:[-'’][a-z]{1,8})?(?![A-Za-z])/y;

/** Whether the word after a surname (one space on) reads as a pinyin given name ("Liu Zhenhua"). */
function pinyinGivenAfter(text: string, end: number): boolean {
  if (text[end] !== ' ') return false;
  NEXT_WORD.lastIndex = end + 1;
  const m = NEXT_WORD.exec(text);
  return m !== null && PINYIN_GIVEN.test(m[0].toLowerCase()) && !ENGLISH_NOT_NAMES.has(m[0].toLowerCase());
}

/** The excluded words as they appear capitalised ("The", "Patient"): most tokens need no lower-casing. */
const NOT_NAMES_TITLE: ReadonlySet<string> = new Set(
  [...ENGLISH_NOT_NAMES].map((w) => (w.length > 0 ? w[0]!.toUpperCase() + w.slice(1) : w)),
);
const HAS_INNER_CAPITAL = /.[A-Z]/;
const notName = (word: string) =>
  NOT_NAMES_TITLE.has(word) || (HAS_INNER_CAPITAL.test(word) && ENGLISH_NOT_NAMES.has(word.toLowerCase()));

/**
 * Capitalised words that are ordinary words, months or eponyms but also first names or surnames:
 * read as names only right after a strong cue (a title, a name label, a relation, a chat speaker).
 */
const NAME_LIKE_WORDS: ReadonlySet<string> = new Set(
  (
    'Hope Faith Joy Grace Will Mark June May April August Summer Sunny Destiny Dawn Rose Lily Ivy Holly Hazel ' +
    'Amber Crystal Honor Honour Patience Prudence Charity Mercy Precious Blessing Gift Rich Bill Pat Sue Art Guy ' +
    'Parkinson Alzheimer Crohn Hodgkin Down Graves Cushing Addison Huntington Raynaud Hashimoto Kawasaki Guillain ' +
    'Barre Marfan Tourette Meniere Apgar Glasgow Wells Foley Whipple Colles Bell Murphy Barrett Simpson'
  ).split(' '),
);

/** Reads up to three name tokens from `at`; returns the end, or -1 when fewer than `minTokens`. */
function readName(text: string, at: number, minTokens: number, strong = false): number {
  let position = at;
  let end = -1;
  let tokens = 0;
  // After a title or a label a name may open with a particle: "Prof de la Fuente".
  if (strong) {
    PARTICLE.lastIndex = at;
    const particle = PARTICLE.exec(text);
    if (particle) position += particle[0].length;
  }
  while (tokens < 3) {
    TOKEN.lastIndex = position;
    const m = TOKEN.exec(text);
    if (!m) break;
    const word = m[0];
    const initial = word.length === 2 && word.endsWith('.');
    const bare = word.endsWith('.') ? word.slice(0, -1) : word;
    // A word that is also a name (Hope, June, Will; Addison, Hashimoto) counts after a strong cue.
    if (!initial && notName(bare) && !(strong && NAME_LIKE_WORDS.has(bare))) break;
    // An initial alone ends nothing; it must be followed by another token.
    tokens += word.endsWith('.') ? 0 : 1;
    position = m.index + word.length;
    if (!word.endsWith('.')) end = position;
    if (text[position] !== ' ') break;
    // A particle joins two parts of a name; it never ends one.
    if (tokens > 0) {
      PARTICLE.lastIndex = position + 1;
      const particle = PARTICLE.exec(text);
      if (particle) {
        position += 1 + particle[0].length;
        continue;
      }
    }
    if (!CAPITAL_NEXT.test(text[position + 1] ?? '')) break;
    position++;
  }
  return tokens >= minTokens ? end : -1;
}

export const englishPersonRecognizer = new EnglishPersonRecognizer();
