import { PatternRecognizer } from './pattern-recognizer.ts';

/** The Chinese passport's shape: E or G and eight digits, or E, a letter (not I or O) and seven digits. */
const CN_PASSPORT = String.raw`[EG]\d{8}|E[A-HJ-NP-Z]\d{7}`;
const CN_PASSPORT_WHOLE = new RegExp(`^(?:${CN_PASSPORT})$`);
/** Whether `value` is shaped as a Chinese passport number (other recognizers defer to passports by it). */
export const isChinesePassportShape = (value: string): boolean => CN_PASSPORT_WHOLE.test(value);

/**
 * Passports and the travel permits of Hong Kong, Macau and Taiwan residents: the Chinese passport
 * (E/G + 8), the Mainland permits for HK/Macau (C/W + 8, or C + letter + 7) and Taiwan (T + 8), and
 * other passports by their label. Unlabelled letter-digit codes score low; labels lift them.
 */
export const passportRecognizer = new PatternRecognizer({
  name: 'pii.passport',
  type: 'PASSPORT',
  patterns: [
    {
      // The Chinese passport (E/G + 8, E + letter + 7), the Mainland permits for Hong Kong and Macau
      // (C/W + 8, C + letter + 7, H/M + 8 or 10) and for Taiwan (T + 8), in one scan.
      name: 'cn-passport-permit',
      regex: new RegExp(
        String.raw`(?<![0-9A-Za-z])(?:${CN_PASSPORT}|[CHMW]\d{8}|C[A-HJ-NP-Z]\d{7}|[HM]\d{10}|T\d{8})(?![0-9A-Za-z])`,
        'g',
      ),
      score: 0.55,
      // A passport scores a little higher than a permit.
      scoreOf: (value) => (value[0] === 'E' || value[0] === 'G' ? 0.6 : 0.55),
      prefilter: /[CEGHMTW][A-Z]?\d{7}/,
    },
    {
      // A label and the number; Spanish passports carry three letters and six digits ("PAE184207"). An
      // identity check says how the passport was seen ("Passport sighted: X1234567").
      // A Russian passport is a two-digit series and a seven-digit number, a blank between ("护照号：71 5520394").
      // A patient's message says it ("my passport number is 561204873"; round 35), or gives it in brackets after
      // the word ("bring my passport (402918377)"; round 37).
      // The issuing country may stand in brackets after the word ("Passport (NZL): LA412093", "Passport (Canada):
      // …"; round 39). So may an aside of a few words when a colon follows it ("Passport (for visa file): …",
      // "passport (ID for check-in): …"; rounds 40 and 41), its words split by a semicolon or a comma ("Passport (ID
      // check; Kenyan national): …"; round 50).
      name: 'labelled',
      regex:
        /(?:护照|通行证|台胞证|回乡证|旅行证|passport|travel permit|travel document)(?:号码|号| ?(?:no\.?|number|#)| (?:seen|sighted|checked|verified|shown))?(?: ?\((?:[A-Z]{2,3}|[A-Z][a-z]{3,20}|[A-Za-z]{2,12}(?:[;,]? [A-Za-z-]{2,12}){1,4}(?=\)[ \t]{0,3}[:：]))\))?[ \t]{0,3}(?:[:：]|is(?= )|\((?=[0-9A-Za-z]{6,12}\)))?[ \t]{0,3}(?<value>\d{2} \d{7}|[A-Za-z]{0,2}\d{6,9}|[A-Za-z]{1,2}\d[0-9A-Za-z]{5,7}|[A-Za-z]{3}\d{6})(?![0-9A-Za-z])/dgi,
      score: 0.9,
      prefilter: /护照|通行证|台胞证|回乡证|旅行证|passport|travel/i,
    },
    {
      // Passport numbers asked for and given back in a chat or e-mail by whose they are ("… passport numbers
      // please\nAmit: mine is KD204815\nLeela: Dad's is PX771203"): a possessive reply, within a few lines of
      // the word, standing before a letter-and-digit number, or a US passport's nine digits ("Arjun's 561204873";
      // round 55). Or its number told back as was or is, or as written down for someone ("Old number was N7730215",
      // "I've got yours as PA4418027"; round 58).
      name: 'possessive-reply',
      regex:
        /(?<=[Pp]assport[\s\S]{0,400}?(?<![A-Za-z])(?:[Mm]ine|[Hh]is|[Hh]ers|[Oo]urs|[A-Z][a-z]{1,12}['’]s|(?:[Oo]ld |[Nn]ew )?[Nn]umber (?:was|is)|got (?:yours|his|hers|mine|theirs|[A-Z][a-z]{1,12}['’]s)(?: down)? as)(?: is)?:?[ \t]{1,2})(?<value>[A-Z]{1,2}\d{6,8}|\d{9})(?![0-9A-Za-z])/dg,
      score: 0.85,
      prefilter: /[Pp]assport/,
    },
    {
      // A chat's next turn answering a request for someone's passport number with the number alone ("Send me his
      // passport number for the form⏎Ade: A01234567."; round 60): the speaker's name, a colon, then the number
      // ending its clause.
      name: 'chat-reply',
      regex:
        /(?<=[Pp]assport (?:number|no\.?|details)\b[^\n]{0,60}\r?\n[^\n:]{1,24}:[ \t]{1,3})(?<value>[A-Z]{1,2}\d{6,8}|\d{9})(?=[ \t]*(?:$|\r?\n|[,.;!]))/dg,
      score: 0.9,
      prefilter: /[Pp]assport (?:number|no|details)/,
    },
  ],
  context: ['护照', '通行证', '台胞证', '回乡证', 'passport', 'permit', '港澳', '出入境'],
  contextWindow: 16,
  contextBoost: 0.35,
});
