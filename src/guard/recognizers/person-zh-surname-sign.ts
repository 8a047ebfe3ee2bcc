import { GIVEN_NAME_CHARS, NAME_STOP_CHARS } from '../lexicon/given-names.ts';
import { surnameLengthAt } from '../lexicon/surnames.ts';
import { PatternRecognizer } from './pattern-recognizer.ts';

/**
 * A staff member signed by surname alone at the end of a line: "医生：邰", "主检医师：庞", "经办人：卜",
 * "随车医生：欧　司机：…". The value is one character after a role label and a colon, followed by the
 * line end or by the next label; it must be a surname (main tier), so "医生：无" or "记录：略" stay out.
 */
const SIGN =
  /(?:医生|医师|护士|经办人|经办|药师|技师|审核|复核|记录者?|签名|制表)[：:][ \t\u3000]{0,2}(?<value>[\u4e00-\u9fff])(?=[ \t\u3000]*(?:\r?\n|$)|[ \t\u3000]{1,3}[\u4e00-\u9fff]{2,4}[：:])/dg;

/**
 * A clinician's or pharmacist's signature field filled by three characters closing the line or the text, or
 * followed by the next label ("审核药师：某晓燕", "医师：某建福　药师：…"; round 59), whose surname the lexicon lacks
 * (a rare one, a Hui 妥 or a Naxi 和 kind): a name when the two given characters are common ones, as a name column's
 * three-character cell is read. Names with a lexicon surname are the main Chinese rule's.
 */
const SIGN_THREE =
  /(?:医生|医师|护士|药师|技师|审核|复核)[：:][ \t\u3000]{0,2}(?<value>[\u4e00-\u9fff]{3})(?=[ \t\u3000]*(?:\r?\n|$)|[ \t\u3000]{1,3}[\u4e00-\u9fff]{2,6}[：:])/dg;

const threeCharacterName = (value: string) =>
  surnameLengthAt(value, 0, true) === 0 &&
  !NAME_STOP_CHARS.has(value[0]!) &&
  GIVEN_NAME_CHARS.has(value[1]!) &&
  GIVEN_NAME_CHARS.has(value[2]!);

export const chineseSurnameSignRecognizer = new PatternRecognizer({
  name: 'pii.person_zh_surname_sign',
  type: 'PERSON',
  languages: ['zh'],
  patterns: [
    { name: 'surname-sign', regex: SIGN, score: 0.7, prefilter: /[：:]/ },
    { name: 'three-character-sign', regex: SIGN_THREE, score: 0.7, prefilter: /[：:]/ },
  ],
  validate: (value) =>
    value.length === 1 ? surnameLengthAt(value, 0, false) === 1 : threeCharacterName(value),
});
