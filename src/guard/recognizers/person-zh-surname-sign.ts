import { surnameLengthAt } from '../lexicon/surnames.ts';
import { PatternRecognizer } from './pattern-recognizer.ts';

/**
 * A staff member signed by surname alone at the end of a line: "医生：邰", "主检医师：庞", "经办人：卜",
 * "随车医生：欧　司机：…". The value is one character after a role label and a colon, followed by the
 * line end or by the next label; it must be a surname (main tier), so "医生：无" or "记录：略" stay out.
 */
const SIGN =
  /(?:医生|医师|护士|经办人|经办|药师|技师|审核|复核|记录者?|签名|制表)[：:][ \t\u3000]{0,2}(?<value>[\u4e00-\u9fff])(?=[ \t\u3000]*(?:\r?\n|$)|[ \t\u3000]{1,3}[\u4e00-\u9fff]{2,4}[：:])/dg;

export const chineseSurnameSignRecognizer = new PatternRecognizer({
  name: 'pii.person_zh_surname_sign',
  type: 'PERSON',
  languages: ['zh'],
  patterns: [{ name: 'surname-sign', regex: SIGN, score: 0.7, prefilter: /[：:]/ }],
  validate: (value) => surnameLengthAt(value, 0, false) === 1,
});
