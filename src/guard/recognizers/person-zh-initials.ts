import { PatternRecognizer } from './pattern-recognizer.ts';

/**
 * A form's field for a person's initials in place of the name ("受试者姓名缩写：ABC", "患者姓名首字母：AB"; round 54):
 * two to four capitals, dots or none between them, standing for a name, so PERSON. Only after the field's own label:
 * capitals elsewhere are drugs, scales or units ("ICU", "CRP").
 */
const INITIALS_FIELD =
  /(?:姓名|名字)(?:缩写|首字母|拼音首字母|拼音缩写)[ \t\u3000]{0,2}[:：｜|]?[ \t\u3000]{0,2}(?<value>[A-Z](?:\.?[A-Z]){1,3})(?![A-Za-z0-9])/dg;

export const chineseInitialsFieldRecognizer = new PatternRecognizer({
  name: 'pii.person_zh_initials',
  type: 'PERSON',
  patterns: [{ name: 'initials-field', regex: INITIALS_FIELD, score: 0.75, prefilter: /缩写|首字母/ }],
});
