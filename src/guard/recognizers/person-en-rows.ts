import { ENGLISH_FIRST_NAMES, ENGLISH_SURNAMES } from '../lexicon/english-names.ts';

/**
 * Where a patient list or a note's header line names a person before their age: "Keisha Romero, 27y",
 * "Mateo Ruiz Calderón, 41, burns", "Clinic – Rodolfo Bautista, 66", "Jonalyn Pascual, 28/F". The name
 * opens a line or a sentence, or follows a dash; the age (a number with y, yo, M/F, or a comma after it) closes it.
 * The age is found first (", 27y" is rare), and the name start is looked for on its line.
 */

/** A comma and an age ("27y", "34/M", "41M", "94,"). */
// A full stop after the bare age closes a letter's opening sentence ("Ida Marsh, 88. Seen today").
// A bare age of two or three digits may end a report's header line ("Ida Marsh, 88⏎Scan date: …"; round 39).
// An infant's age in months or weeks ("Ana Roe, 5 months, NHI …"; round 45).
// A bare age closing a table's cell ("6 | Ivor Penhale, 68 | after TURP"; round 59).
export const AGE_MARK =
  /, \d{1,3}(?:[ /]?[MF]\b|[ -]?(?:y|yo|yrs?|years?|months?|mths?|weeks?|wks?)\b|,|\.(?= [A-Z]))|, \d{2,3}(?=[ \t]*\r?\n|[ \t]{1,2}\|)/g;
/** The same, right after a name (what `take` checks follows the name it read). */
export const AGE_AFTER_NAME =
  /^, \d{1,3}(?:[ /]?[MF]\b|[ -]?(?:y|yo|yrs?|years?|months?|mths?|weeks?|wks?)\b|,|\.(?= [A-Z]))|^, \d{2,3}(?=[ \t]*\r?\n|[ \t]{1,2}\|)/;
/**
 * What ends the sentence before a letter's opening name: a digit, or a word of three or more letters,
 * also closed by a bracket ("Hamilton General (Ontario). Ida Marsh, 88, …"), or a state's or province's
 * two capitals ("Clinic, Timmins ON. Ida Marsh, 88, …"; round 35), which no abbreviated name is written as.
 */
const SENTENCE_END = /(?:\d|[A-Za-z]{3}|[A-Za-z]{2}\)|(?<![A-Za-z])[A-Z]{2})$/;
/** A numeric date and blanks opening a line, read from the line's start. */
export const DATE_OPENING_LINE = /\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})[ \t]{1,4}(?=[A-ZÀ-ÖØ-Þ])/y;
/** A list number, a title or "Pt" before the name, not part of it. */
// A table row's bed cell before the name's cell too ("6 | Ivor Penhale, 68 | …"; round 59).
const TITLE =
  /^(?:\d{1,3}[.)] |\d{1,3}[A-Z]?[ \t]{1,2}\|[ \t]{1,2})?(?:(?:Pt|Patient|Mr|Mrs|Ms|Miss|Mx)\.? )?(?=[A-ZÀ-ÖØ-Þ])/;

/**
 * "Casualty Thomas Lyle, 61": of three capitalised words, a first one that is not a known first name
 * before one that is, is a role or a heading word; the name is the last two. Returns the offset in
 * `run` where the name starts.
 */
function skipRoleWord(run: string, from: number): number {
  const words = /^([A-Z][a-z]+) ([A-Z][a-z'’-]+) [A-Z][a-z'’-]+$/.exec(run.slice(from));
  return words && !ENGLISH_FIRST_NAMES.has(words[1]!) && ENGLISH_FIRST_NAMES.has(words[2]!)
    ? from + words[1]!.length + 1
    : from;
}

/** Positions where a name may start on each line that has an age mark: the line start or after a dash. */
export function nameBeforeAgeStarts(text: string): number[] {
  const starts: number[] = [];
  AGE_MARK.lastIndex = 0;
  for (let m = AGE_MARK.exec(text); m; m = AGE_MARK.exec(text)) {
    let line = text.lastIndexOf('\n', m.index) + 1;
    while (line < m.index && (text[line] === ' ' || text[line] === '\t')) line++;
    const dash = Math.max(text.lastIndexOf('– ', m.index), text.lastIndexOf('— ', m.index));
    // A letter's first sentence after its dated heading: "Clinic, 3/12/2026. Ida Marsh, 88, …".
    const stop = text.lastIndexOf('. ', m.index);
    const opens = dash >= line ? [line, dash + 2] : [line];
    // A heading's colon before the name ("GP review 19/11/2026: Cathal Ó Rinn, 44, …").
    const colon = text.lastIndexOf(': ', m.index);
    if (colon >= line && colon > dash) opens.push(colon + 2);
    // A note's heading line opening with its date and a blank before the name ("11/24/2026  Ida Marsh, 88F, …"; round 49).
    DATE_OPENING_LINE.lastIndex = line;
    const dated = DATE_OPENING_LINE.exec(text);
    if (dated && dated.index + dated[0].length < m.index) opens.push(dated.index + dated[0].length);
    // Not after an abbreviated name ("Ma. Cristina", "St. Agnes"): a digit or a word of three letters ends the sentence.
    if (stop >= line && stop + 2 < m.index && SENTENCE_END.test(text.slice(Math.max(0, stop - 3), stop)))
      opens.push(stop + 2);
    for (const at of opens) {
      const title = TITLE.exec(text.slice(at, m.index));
      if (title) starts.push(skipRoleWord(text.slice(at, m.index), at + title[0].length - at) + at);
    }
  }
  return starts;
}

/**
 * After a name: a comma and a record label, a clinician's credential or profession, the person's relation to the
 * patient or their bed or room (", MRN", ", DOB", ", PharmD", ", wife", ", Rm 512"), or a record label
 * in brackets (" (DOB 14/06/…").
 */
// A signer's profession after the name, one word of specialty before it allowed ("Jo Lark, sonographer",
// "Ines Vale, Vestibular Audiologist"). A named house opening the person's address ("Perdita Vaux, Ivy
// Cottage, Mill Lane, …"). A nurse's or worker's role signing a note after the name ("Jem Polglase, District
// Nurse, 01632 …"; round 43), the role closing its field (not "Wound Care, District Nurse to review").
// Two words may qualify the nurse ("Community Staff Nurse"), and a double given name joined by a hyphen opens
// the name ("Mary-Jo Lark, Community Staff Nurse"; round 53). A nurse's role in lower case and a consultant's post
// with its specialty close a signature line as well ("Aoife Roe, public health nurse", "Ana Roe, Consultant in Hand and
// Wrist Surgery"; round 60).
const MARKS =
  '(?:[A-Z][a-z]{2,20} )?[A-Za-z]{2,20}(?:ologist|ographer|apist|iatrist|ician|macist)|MRN|DOB|D\\.O\\.B\\.?|NHS|URN?|PharmD|MD|DO|RN|NP|PA-C|PhD|MBBS|MBChB|BMS|RPh|LPN|DDS|FRCP|MRCP|DNP|CNM|LCSW|APRN|wife|husband|son|daughter|mother|father|partner|sister|brother|bed|NHI|CHI|Medicare|OHIP|day(?= \\d)|G\\dP\\d|age|aged|hospital no|hosp no|Hosp(?:ital)? [Nn]o|NRIC|DSN|ODP|CTR|(?:Bed|Rm|Room|room)(?= \\d)|(?:(?:(?:District|Community|Practice|Staff|Charge|Specialist|Senior|Student|Research|School) ){1,2}Nurse|Nurse Practitioner|Midwife|Health Visitor|Social Worker|Support Worker|(?:[Pp]ublic [Hh]ealth|[Dd]istrict|[Cc]ommunity|[Pp]ractice|[Ss]chool) [Nn]urse|Consultant(?: [A-Z][a-z]{2,20}){0,2}(?: in [A-Z][a-z]{2,20}(?:(?: and| &)? [A-Z][a-z]{2,20}){0,4})?)(?=,|[ \\t]*(?:\\r?\\n|$))|[A-Z][a-z]{2,20} (?:Cottage|Farm|Lodge|Barn|Bungalow|Manor|Forge|Rectory|Vicarage|Grange)(?=, [A-Z0-9])';
const BRACKETED = 'DOB|D\\.O\\.B\\.?|MRN|NHS|Hosp(?:ital)? No|Bed|bed|URN?|NHI';
/**
 * A table's next cell after a name cell: a record label, or the sex alone in its cell before an age
 * cell of two or three digits ("| Ada Quell | M | 61 |", "| Ada Quell | NHS 401 …", "| Ada Quell | UR K5521"), or
 * an age cell before a record label's cell ("Ada Quell | 91 | MRN 40127"), also with the sex glued to it
 * ("| Ada Quell | 61F | UR K5521"; round 35).
 */
const PIPED =
  'DOB|D\\.O\\.B\\.?|MRN|NHS|Hosp(?:ital)? No|URN?|NHI|CHI|[MF](?= \\| \\d{2,3} ?(?:y|yo)? ?\\|)|(?:1[01]\\d|[1-9]?\\d)[MF](?= \\| (?:DOB|D\\.O\\.B\\.?|MRN|NHS|URN?|NHI|CHI|Medicare)\\b)|(?:1[01]\\d|[1-9]?\\d)(?= \\| (?:DOB|D\\.O\\.B\\.?|MRN|NHS|URN?|NHI|CHI)\\b)';
/** The marks after ", ", " (" and " | ", tried only where those characters stand. */
export const NAME_MARKS: ReadonlyArray<[string, RegExp]> = [
  [', ', new RegExp(`(?:${MARKS})\\b`, 'y')],
  [' (', new RegExp(`(?:${BRACKETED})\\b`, 'y')],
  [' | ', new RegExp(`(?:${PIPED})\\b`, 'y')],
];
export const MARK_AFTER_NAME = new RegExp(`^(?:, (?:${MARKS})| \\((?:${BRACKETED})| \\| (?:${PIPED}))\\b`);
/** The two capitalised words before a mark, and a known first name before them ("Mary Ann Smith, MD"). */
// Letters of Latin Extended-A and Vietnamese count too: a Māori macron or a Polish ł inside either word
// ("Nikau Tūhoro, DOB …", "Zofia Wałęsa, MRN …"; round 38), and a Vietnamese family name before a middle
// name is the third word ("Trần Thị Hoa | MRN …").
// An Irish surname's particle standing as a word of its own before it ("Séamus Ó Conchubhair, MRN …"; round 51) is
// no third word: the given name before it is the first.
export const TWO_WORDS_BEFORE =
  /(?:^|[ \t(\n])(?:([A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž\u1E00-\u1EFF]{1,24}) )?([A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž\u1E00-\u1EFF'’-]{1,24}(?<=[a-zà-öø-ÿā-ž\u1E00-\u1EFF])(?:-[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž\u1E00-\u1EFF'’]{1,24})?) (?:(?:Ó|Ní|Uí|Nic|Mac) )?[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž\u1E00-\u1EFF'’]{1,24}(?:-[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž\u1E00-\u1EFF'’]{1,24})?$/;
/** Vietnamese middle names, after which the word before is the family name ("Phạm Văn Đức"). */
const VIETNAMESE_MIDDLE: ReadonlySet<string> = new Set(
  'Thi Thị Van Văn Duc Đức Ngoc Ngọc Minh Huu Hữu Quang Thanh Xuan Xuân Kim Dinh Đình Cong Công Hong Hồng Gia Bao Bảo'.split(
    ' ',
  ),
);

/**
 * Positions where a name may start before a record label or credential: the two capitalised words
 * right before the mark, wherever they stand on the line ("K+ 6.8 on Dwayne Harper, MRN"), or three
 * when the first is a known first name.
 */
export function nameBeforeMarkStarts(text: string): number[] {
  const starts: number[] = [];
  for (const [opener, mark] of NAME_MARKS)
    for (let at = text.indexOf(opener); at >= 0; at = text.indexOf(opener, at + opener.length)) {
      mark.lastIndex = at + opener.length;
      if (mark.test(text)) nameBefore(text, at, starts);
    }
  return starts;
}

/** Words that open a hospital's or a service's name ("Health Sciences North, room 5"): no name follows them. */
const ORGANISATION_OPENERS: ReadonlySet<string> = new Set(
  'Health Medical Royal General Community Memorial Regional University County District National'.split(' '),
);

/** The start of the two capitalised words that end at `mark` (three when the first is a known first name). */
function nameBefore(text: string, mark: number, starts: number[]): void {
  const before = text.slice(Math.max(0, mark - 80), mark);
  const words = TWO_WORDS_BEFORE.exec(before);
  if (!words) return;
  const first = words[1];
  if (first !== undefined && ORGANISATION_OPENERS.has(first)) return;
  const two = mark - (before.length - words.index - (/^[ \t(\n]/.test(words[0]) ? 1 : 0));
  // A known family name opening the line before two given names, as Singapore and Malaysia write a Chinese
  // name ("Tan Wei Ming, NRIC …"; round 40).
  const known =
    first !== undefined &&
    (ENGLISH_FIRST_NAMES.has(first) ||
      VIETNAMESE_MIDDLE.has(words[2]!) ||
      (ENGLISH_SURNAMES.has(first) &&
        (/^\n?$/.test(words[0].slice(0, words[0].indexOf(first))) ||
          // Or after a bed's or a field's label and its colon ("Bed 12-07: Teo Ah Seng, NRIC …"; round 58).
          (words[0].startsWith(' ') && /[:：]$/.test(before.slice(0, words.index))))));
  starts.push(first !== undefined && !known ? two + first.length + 1 : two);
}
