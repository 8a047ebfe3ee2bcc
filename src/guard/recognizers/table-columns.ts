import type { Finding, PiiType } from '../finding.ts';
import { GIVEN_NAME_CHARS, HERB_WORDS, NOT_NAME_WORDS } from '../lexicon/given-names.ts';
import { MINORITY_NAME_PARTS } from '../lexicon/minority-names.ts';
import { surnameLengthAt } from '../lexicon/surnames.ts';
import { ELDER_ADDRESSES, transliteratedTurkicName } from './person-zh.ts';
import type { Recognizer } from './recognizer.ts';

/**
 * Names and record numbers in text tables, by their column header: a header row ("姓名｜病案号｜电话",
 * "Name | Monitoring No | WBC", "机号  姓名  透析号") says which column holds a person and which a
 * record number, and every following row with the same number of cells is read by column. Cells are
 * split on "|", "｜", tabs or runs of two or more blanks; a header has three or more short cells
 * without digits. Each cell must still look like a name (or an id) on its own.
 */

/** A header cell naming a person column or an id column, between cell separators (the one cheap scan). */
const HEADER_WORDS =
  '(?:(?:患者|病人)?姓名|患者|病人|探视人|陪护人|借用人|志愿者|受试者|[Nn]ame|NAME|Patient|Client|Resident|Volunteer|Initials|床号|床位|Bed|Pt|Rm|Room|病案号|住院号|门诊号|病历号|透析号|就诊号|登记号|筛选号|档案号|MRN|Hosp(?:ital)? [Nn]o|Hospital number|Monitoring No|Scr #|Screening (?:No|#)|Subject ID|Patient ID|Unit No)';
/**
 * A header word after a line break or a cell separator (the scan starts on those characters, which
 * is much cheaper than starting on the words), or at the very start of the text.
 */
const HEADER_CELL = new RegExp(`(?:[\\n|｜\\t]|[ \\u3000]{2})[ \\u3000]{0,20}${HEADER_WORDS}`, 'g');
const HEADER_FIRST = new RegExp(`^[ \\u3000]{0,20}${HEADER_WORDS}`);

const NAME_HEADER =
  /^(?:(?:患者|病人)?姓名|患者|病人|探视人|陪护人|借用人|志愿者|受试者|name|patient(?: name)?|pt(?: name)?|client|resident|volunteer)$/i;
/** A bed column: its numbers are the beds of the patients named in the row, so record numbers. */
// "Rm" and "Pod" as ED boards and neonatal units head them.
const BED_HEADER = /^(?:床号|床位|床|bed|bed no\.?|cubicle|bay|room|rm|pod|cot)$/i;
/** An age column ("Age | 91"): an age over 89 in a named patient's row is AGE (the number only). */
// "年龄" heads it in Chinese handover tables ("床号  姓名  年龄  诊断"), as "Age" does in English ones.
// "岁数" too, as a handover's header may say it ("床  患者  岁数  备注"), or "岁" alone ("床  患者  岁  问题").
const AGE_HEADER = /^(?:age|年龄|岁数|岁)$/i;
const AGE_VALUE = /^(?:9\d|1[01]\d)$/;
const BED_VALUE = /^\d{1,3}[A-Za-z]?$/;
/**
 * A Chinese bed column may name each bed by its unit's code ("床号 | ICU-03"; round 43): the whole cell is the
 * bed, as the cards mark a bed's unit code in a field. Only under a Chinese header, so English boards keep theirs.
 */
const ZH_BED_HEADER = /^(?:床号|床位|床)$/;
// An extra bed's cell keeps its 加 ("床号 | 加2"), as an extra-bed label does in running text (round 51).
const ZH_BED_UNIT_VALUE = /^(?:(?:[A-Z]{0,2}ICU|CCU|HDU|[A-Z]{1,3})-\d{1,3}[A-Za-z]?|加\d{1,2})$/;
/**
 * An English board's bed named by its critical-care unit and a hyphen ("Bed | ICU-3"; round 48) is the whole label,
 * as after "bed" in running text ("Bed ICU-7", en-bed-unit-label); a ward's code ("4W-17") is not read there.
 */
// A US semi-private room's bed letter after a hyphen ("Rm | 512-B"; round 52) is the whole cell too.
const EN_BED_UNIT_VALUE = /^(?:(?:[A-Z]{0,2}ICU|CCU|HDU|ITU)-\d{1,2}[A-Za-z]?|\d{3}-[A-D])$/;
/**
 * A nickname the patient likes, quoted in brackets after the name in an English name cell ("Ada Roe (likes
 * "Dot")"; round 52): the name before it is the cell's name; running text reads the nickname itself.
 */
const NICKNAME_AFTER = / \((?:[a-z]{2,10} ){0,2}["“][A-Z][^"”\n]{1,30}["”]\)$/;
/**
 * A Chinese name cell may give the patient's age in brackets after the name ("｜某某某（九十一岁）｜", "｜某某（88岁）｜";
 * round 59): the name before it is the cell's name, and the age is read in running text.
 */
const ZH_AGE_AFTER = /[（(](?:[一二三四五六七八九十百零两]{1,5}|\d{1,3})岁[）)]$/;
/** The name part of a name cell: without a quoted nickname or a bracketed age after it. */
const nameOfCell = (cell: string): string => {
  const m = NICKNAME_AFTER.exec(cell) ?? ZH_AGE_AFTER.exec(cell);
  return m ? cell.slice(0, m.index) : cell;
};
const INITIALS_HEADER = /^(?:(?:患者|病人)?姓名缩写|initials)$/i;
const ID_HEADER =
  /^(?:病案号|住院号|门诊号|病历号|透析号|就诊号|登记号|筛选号|档案号|mrn|hosp(?:ital)? no\.?|hospital number|monitoring no\.?|scr #|screening (?:no\.?|#)|subject id|patient id|unit no\.?)$/i;

/**
 * A Chinese name, or a dotted one whose first part may be longer ("古丽巴哈尔·吐逊"); or a Latin one of
 * two to four capitalised words.
 */
const HAN_NAME = /^(?:[\u3400-\u9fff]{2,5}|[\u3400-\u9fff]{2,6}·[\u3400-\u9fff]{2,6})$/;
const LATIN_NAME =
  /^(?:[A-Z]\. [A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ\u0100-\u017f'’-]{1,20}|[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ\u0100-\u017f'’-]{1,20}(?: [A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ\u0100-\u017f'’-]{1,20}){1,3})$/;
/** A record's surname-first form in a name cell: "Okoro, Chidi", "Van Dyke, Mae Ellen". */
// The surname may be in capitals, as records write it ("KOWALSKA, Ewa"), its Mc or Mac prefix kept in lower case
// ("McLAREN, Isla"; round 48).
const SURNAME_FIRST_NAME =
  /^(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ\u0100-\u017f'’-]{1,20}(?: [A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ\u0100-\u017f'’-]{1,20})?|(?:Ma?c)?[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]{1,20}(?: [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]{1,20})?), [A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ\u0100-\u017f'’-]{1,20}(?: [A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ\u0100-\u017f'’-]{1,20})?$/;
const INITIALS = /^(?:[A-Z]{2,4}|(?:[A-Z](?:'[A-Z])?\.){2,4})$/;
/** A record number: letters, digits, blanks and hyphens, with three digits or more. */
const ID_VALUE = /^(?=(?:[^\d]{0,12}\d){3})[A-Za-z0-9][A-Za-z0-9 -]{2,18}[A-Za-z0-9]$/;
/** A name cell may carry its record number in brackets: "喻晓婷（0031 8856）". */
const NAME_WITH_ID = /^(?<name>[^（(]{2,30}?)[ \u3000]?[（(](?<id>\d[\d -]{3,18}\d)[）)]$/;

const HAS_DIGIT = /\d/;
const PIPES = /[|｜]/;
const TABS = /\t/;
// A full-width blank alone separates cells too ("床号　姓名　要点"), as Chinese forms are typed.
const BLANKS = /\u3000[ \u3000]*|[ ]{2,}\u3000*/;
const PIPE_SPLIT = /[|｜]/;
/** A slash between blanks, as a typed handover splits its cells ("Bed / Name / To watch"; round 58). */
const SLASHES = / \/ /;
const ROW_ENDS_WITH_BAR = /[|｜]$/;
const TRAILING_CR = /\r$/;

/** A line's cells (trimmed), with each cell's start offset in the line; the separator depends on the line. */
function cells(line: string, sep: Separator): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  const splitter = sep === 'pipe' ? PIPE_SPLIT : sep === 'tab' ? TABS : sep === 'slash' ? SLASHES : BLANKS;
  let at = 0;
  let rest = line;
  for (;;) {
    const m = splitter.exec(rest);
    const raw = m ? rest.slice(0, m.index) : rest;
    const lead = raw.length - raw.trimStart().length;
    out.push([raw.trim(), at + lead]);
    if (!m) break;
    at += m.index + m[0].length;
    rest = rest.slice(m.index + m[0].length);
  }
  // A leading or trailing pipe leaves an empty edge cell.
  if (sep === 'pipe') {
    if (out.length && out[0]![0] === '') out.shift();
    if (out.length && out[out.length - 1]![0] === '') out.pop();
  }
  return out;
}

type Separator = 'pipe' | 'tab' | 'blank' | 'slash';
/** A slash splits cells only in a line no other separator splits. */
function separatorOf(line: string): Separator | undefined {
  if (PIPES.test(line)) return 'pipe';
  if (TABS.test(line)) return 'tab';
  if (BLANKS.test(line)) return 'blank';
  if (SLASHES.test(line)) return 'slash';
  return undefined;
}

/** Cells under a name header that are not names ("空床"); an herb's name there is a person's. */
const NOT_NAMES: ReadonlySet<string> = new Set(NOT_NAME_WORDS.filter((w) => !HERB_WORDS.includes(w)));

/** An unidentified patient's placeholder in an English name cell: no one is named, so the row's bed is not read either. */
const UNIDENTIFIED_EN: ReadonlySet<string> = new Set([
  'John Doe',
  'Jane Doe',
  'Baby Doe',
  'Doe, John',
  'Doe, Jane',
  'DOE, John',
  'DOE, Jane',
]);

function nameLike(cell: string, initials: boolean): boolean {
  if (initials) return INITIALS.test(cell);
  if (NOT_NAMES.has(cell) || UNIDENTIFIED_EN.has(cell)) return false;
  if (HAN_NAME.test(cell))
    // A Han cell must open with a surname (any tier) or be a minority name ("阿布都·热合曼", "次仁卓玛", a
    // transliterated Uyghur name "扎依达"). Five characters without a dot only as a minority name ("热孜万古丽").
    // A name column's three-character cell whose surname the lexicon lacks ("｜操永庆｜"; round 51) is a name when its
    // two given characters are; a note ("已出院", "无名氏") is not.
    return (
      (surnameLengthAt(cell, 0, true) > 0 && cell.length < 5) ||
      (cell.length === 3 && GIVEN_NAME_CHARS.has(cell[1]!) && GIVEN_NAME_CHARS.has(cell[2]!)) ||
      cell.includes('·') ||
      MINORITY_NAME_PARTS.some((p) => cell.startsWith(p)) ||
      transliteratedTurkicName(cell)
    );
  return LATIN_NAME.test(cell) || SURNAME_FIRST_NAME.test(cell);
}

export const tableColumnRecognizer: Recognizer = {
  name: 'pii.table_column',
  types: ['PERSON', 'MRN', 'AGE'],
  languages: ['any'],
  regexes: [
    HEADER_CELL,
    HEADER_FIRST,
    NAME_HEADER,
    BED_HEADER,
    BED_VALUE,
    ZH_BED_HEADER,
    ZH_BED_UNIT_VALUE,
    EN_BED_UNIT_VALUE,
    NICKNAME_AFTER,
    AGE_HEADER,
    AGE_VALUE,
    INITIALS_HEADER,
    ID_HEADER,
    HAN_NAME,
    LATIN_NAME,
    SURNAME_FIRST_NAME,
    INITIALS,
    ID_VALUE,
    NAME_WITH_ID,
    HAS_DIGIT,
    PIPES,
    TABS,
    BLANKS,
    PIPE_SPLIT,
    SLASHES,
    ROW_ENDS_WITH_BAR,
    TRAILING_CR,
  ],
  analyze(text: string): Finding[] {
    // Cheap first: a table needs a pipe, a tab or a double blank somewhere.
    if (
      !text.includes('|') &&
      !text.includes('｜') &&
      !text.includes('\t') &&
      !text.includes('  ') &&
      !text.includes('\u3000\u3000') &&
      !text.includes(' / ')
    )
      return [];
    const findings: Finding[] = [];
    const push = (type: PiiType, start: number, end: number, score: number) =>
      findings.push({ type, start, end, text: text.slice(start, end), score, detector: 'pii.table_column' });
    /** The line around `at`: [start, end) without the line break. */
    const lineAt = (at: number): [number, number] => {
      const end = text.indexOf('\n', at);
      return [text.lastIndexOf('\n', at - 1) + 1, end < 0 ? text.length : end];
    };
    HEADER_CELL.lastIndex = 0;
    let m = HEADER_FIRST.test(text) ? 0 : (HEADER_CELL.exec(text)?.index ?? -1);
    for (; m >= 0; m = HEADER_CELL.exec(text)?.index ?? -1) {
      // A match may start on the line break before the header word.
      const [lineStart, lineEnd] = lineAt(text[m] === '\n' ? m + 1 : m);
      HEADER_CELL.lastIndex = lineEnd;
      const line = text.slice(lineStart, lineEnd);
      if (line.length > 200 || HAS_DIGIT.test(line)) continue;
      const sep = separatorOf(line);
      if (!sep) continue;
      const head = cells(line, sep);
      if (head.length < 3 || head.some(([c]) => c.length === 0 || c.length > 16)) continue;
      const columns: Array<[number, 'name' | 'initials' | 'id' | 'bed' | 'age']> = [];
      head.forEach(([c], k) => {
        if (INITIALS_HEADER.test(c)) columns.push([k, 'initials']);
        else if (BED_HEADER.test(c)) columns.push([k, 'bed']);
        else if (NAME_HEADER.test(c)) columns.push([k, 'name']);
        else if (ID_HEADER.test(c)) columns.push([k, 'id']);
        else if (AGE_HEADER.test(c)) columns.push([k, 'age']);
      });
      if (!columns.some(([, kind]) => kind !== 'age')) continue;
      for (let rowStart = lineEnd + 1; rowStart < text.length; ) {
        const [, rowEnd] = lineAt(rowStart);
        const row = text.slice(rowStart, rowEnd).replace(TRAILING_CR, '');
        if (row.trim() === '' || separatorOf(row) !== sep) break;
        const rowCells = cells(row, sep);
        // A row that ends with a bar after its last filled cell left its remaining cells empty
        // ("2 | (empty) |"), also a full-width bar ("5｜（空）｜"; round 49).
        if (sep === 'pipe' && rowCells.length < head.length && ROW_ENDS_WITH_BAR.test(row.trimEnd()))
          while (rowCells.length < head.length) rowCells.push(['', row.length]);
        // A blank-separated row loses its empty cells ("4　　（空）"): an empty bed's row, skipped. So is a
        // tab-separated row that stops after the bed ("6\t（空）"; round 37).
        if ((sep === 'blank' || sep === 'tab') && rowCells.length < head.length && rowCells.length > 0) {
          rowStart = rowEnd + 1;
          continue;
        }
        if (rowCells.length !== head.length) break;
        for (const [k, kind] of columns) {
          const [cell, at] = rowCells[k]!;
          const start = rowStart + at;
          if (kind === 'age') {
            if (
              AGE_VALUE.test(cell) &&
              columns.some(([j, c]) => c === 'name' && nameLike(nameOfCell(rowCells[j]![0]), false))
            )
              push('AGE', start, start + cell.length, 0.8);
            continue;
          }
          if (kind === 'id' || kind === 'bed') {
            // A bed counts only in a row that names someone (an empty bed's row has "空床" or "—").
            const occupied =
              kind === 'id' ||
              columns.some(([j, c]) => c === 'name' && nameLike(nameOfCell(rowCells[j]![0]), false));
            const value =
              kind === 'id'
                ? ID_VALUE.test(cell)
                : BED_VALUE.test(cell) ||
                  (ZH_BED_HEADER.test(head[k]![0]) ? ZH_BED_UNIT_VALUE : EN_BED_UNIT_VALUE).test(cell);
            if (value && occupied) push('MRN', start, start + cell.length, 0.8);
            continue;
          }
          // A surname and how the ward addresses an elder ("｜韦阿婆｜", "｜柯大爷｜"; round 45): the surname alone
          // is the name, as in running text.
          const surname = kind === 'name' ? surnameLengthAt(cell, 0) : 0;
          if (surname > 0 && cell.length === surname + 2 && ELDER_ADDRESSES.includes(cell.slice(surname))) {
            push('PERSON', start, start + surname, 0.8);
            continue;
          }
          if (nameLike(cell, kind === 'initials')) {
            push('PERSON', start, start + cell.length, 0.8);
            continue;
          }
          const named = kind === 'name' ? nameOfCell(cell) : cell;
          if (named !== cell && nameLike(named, false)) {
            push('PERSON', start, start + named.length, 0.8);
            continue;
          }
          const both = kind === 'name' ? NAME_WITH_ID.exec(cell) : null;
          if (both && nameLike(both.groups!.name!, false)) {
            const name = both.groups!.name!;
            push('PERSON', start, start + name.length, 0.8);
            const idAt = cell.indexOf(both.groups!.id!, name.length);
            push('MRN', start + idAt, start + idAt + both.groups!.id!.length, 0.8);
          }
        }
        HEADER_CELL.lastIndex = rowEnd;
        rowStart = rowEnd + 1;
      }
    }
    return findings;
  },
};
