import { PatternRecognizer } from './pattern-recognizer.ts';

/** A separator inside a phone number: space, dash, or the ideographic space of Chinese forms. */
const SEP = '[ \\-\\u3000]';
/** An extension after a number: 转 106, ext 33, ext. 2, x204, 分机 8 (the card puts it inside PHONE). */
const EXT = `(?:${SEP}?(?:转|分机|ext\\.?|x)${SEP}?\\d{1,5}|-\\d{1,5})?`;

/** A fax label right before a number ("fax (919) 555-0100", "Fax: 020 …"): an office's fax, not a person's phone. */
// "fax" as a verb too, up to three words before "to" ("Please fax notes to (505) …", "faxed the results to …").
const FAX_BEFORE =
  /\b(?:[Ff]ax|FAX)(?:(?: (?:no\.?|number))?[ \t]{0,2}:?|(?:ed)?(?: [a-z]{1,12}){0,3} to(?: us)?(?: at| on)?:?)[ \t]{0,2}$/;
/** A helpline or the unit's own line right before a number ("Helpline 0800 …", "call the unit at …"): the service's, not a person's. */
// Not "the ward on …": the first labelled set marks a discharge letter's ward number as PHONE.
// A pharmacy's or centre's name right before it, after a gap or in brackets ("LAKEVIEW PHARMACY  (613) …",
// "the Haemophilia Centre (01632 …)"), is the institution's line too; so is a practice's or a clinic's
// ("Practice: 01632 …", "clinic phone (555-0100 ext 2)"), a store number allowed ("VALLEY PHARMACY #2214   (702) …").
// A research study's own line or office is the study's, not a participant's ("questions: study line (555) …"; round 47).
// A clinic's line is its own only in brackets on a sign ("clinic phone (555-0100 ext 2) is not for …"): a follow-up
// clinic's line given in a discharge paper or a message is PHONE ("clinic line (303) 555-0142"; round 57).
const SERVICE_LINE_BEFORE =
  /(?:\b(?:[Hh]elp ?line|HELPLINE|[Aa]dvice line|[Ss]tudy (?:line|office))(?: (?:no\.?|number))?|\b(?:the|our) unit(?: (?:at|on))?|\b(?:[Pp]harmacy|PHARMACY|[Cc]ent(?:re|er)|CENT(?:RE|ER)|[Pp]ractice)(?: #\d{1,6})?(?: \(|,)?|\b[Cc]linic (?:phone|line|number) \()[ \t]{0,3}:?[ \t]{0,3}$/;
/**
 * A label's or leaflet's invitation to call with questions ("QUESTIONS? CALL (478) …", "Queries, please
 * ring 01632 …"): the pharmacy's or service's own number, not a person's; not after "my" or a person.
 */
const QUESTIONS_CALL_BEFORE =
  /\b(?:[Qq]uestions|QUESTIONS|[Qq]ueries|QUERIES|[Ee]nquiries|ENQUIRIES)[?,:]{0,2}[ \t]{1,2}(?:[Pp]lease |PLEASE )?(?:[Cc]all|CALL|[Rr]ing|RING|[Pp]hone|PHONE|[Cc]ontact|CONTACT)(?: us| US)?(?: (?:at|on|AT|ON))?:?[ \t]{0,2}$/;
/**
 * A fax right after a clinician's phone in the same field run ("Referring: A. Obi, FNP   Phone (616) 555-0180
 * Fax (616) …", "phone (319) …, fax (319) …"; rounds 37, 38): that person's own fax, marked as a phone; not
 * an office's fax after someone else's number ("Pt cell …; office fax …").
 */
// Or right after the referring doctor's name in a referral's "From:" field ("From: Elm Practice, Dr. Ana Roe; fax (802) …";
// round 48), the referrer's own fax, as the cards mark it.
// A referrer named with a credential in the "From:" field is the sender too ("From: Ana Roe, PA-C, fax (802) …"; round 49),
// and so in a "Referring:" field, a dash before the fax too ("Referring: Ana Roe, NP — fax (802) …"; round 50).
// A referring doctor named with a title and then the practice, the fax closing the field ("From: Dr Ana Roe, Elm Drive
// Family Clinic   Fax (604) …"; round 51), is the sender too; so with an accented or double-barrelled name and a
// specialty in lower case ("From: Dr Hélène Roy-Paré, family medicine, fax (514) …"; round 52).
// A letter's addressee named so with the practice is the reader's own fax ("To: Dr Ana Roe, Elm Medical, fax (03) …"), and
// a referring physician with initials, the fax after a column gap ("Referring physician: Dr A. Roe   Fax: (416) …"; round 53).
// A clinic's fax offered as the other way to reply after its e-mail ("reply to referrals@… or fax (416) …"; round 60) is
// the reply address's own line, marked as the e-mail is.
const PHONE_THEN_FAX =
  /\b(?:[Pp]hone|PHONE|[Tt]el|TEL|Ph)\.?:?[ \t]{0,2}\+?[0-9(][0-9 ().-]{6,18}[0-9](?:,[ \t]{0,3}|[ \t]{1,4})(?:[Ff]ax|FAX):?[ \t]{0,2}$|\bDr\.? [A-Z][a-z'’-]{1,20}(?: [A-Z][a-z'’-]{1,20}){0,2}(?<=\bFrom:[^\n]{1,80});[ \t]{0,2}(?:[Ff]ax|FAX):?[ \t]{0,2}$|\b(?:From|Referring|Referrer|Referred by):[ \t]{0,2}(?:Dr\.? )?[A-Z][a-z'’-]{1,20}(?: [A-Z][a-z'’-]{1,20}){1,2},[ \t]{0,2}(?:MD|DO|PA|PA-C|NP|FNP|DNP|APRN|RN|MBBS|MBChB|GP)(?:[,;]|[ \t]{1,2}[—–])[ \t]{0,2}(?:[Ff]ax|FAX):?[ \t]{0,2}$|\b(?:From|To|Referring|Referrer|Referred by|Referring (?:physician|doctor|clinician|provider)):[ \t]{0,2}Dr\.? [A-Z][a-zà-öø-ÿ'’]{1,20}(?:-[A-Z]?[a-zà-öø-ÿ'’]{1,20})?(?: [A-Z][a-zà-öø-ÿ'’]{1,20}(?:-[A-Z]?[a-zà-öø-ÿ'’]{1,20})?){1,2}, [A-Za-z][^\n]{2,60}?(?:[ \t]{2,4}|\t|, )(?:[Ff]ax|FAX):?[ \t]{0,2}$|\b(?:From|To|Referring|Referrer|Referred by|Referring (?:physician|doctor|clinician|provider)):[ \t]{0,2}Dr\.? [A-Z]\.(?: ?[A-Z]\.)? ?[A-Z][a-zà-öø-ÿ'’]{1,20}(?:-[A-Z]?[a-zà-öø-ÿ'’]{1,20})?(?:[ \t]{2,4}|\t|, )(?:[Ff]ax|FAX):?[ \t]{0,2}$|@[A-Za-z0-9-]{1,30}(?:\.[A-Za-z0-9-]{1,30}){1,4},? or (?:by )?(?:[Ff]ax|FAX):?[ \t]{0,2}$/;
/** A receipt's or invoice's own number label right before ("票据号码：0148…"; round 47): a bill's serial, no phone. */
const RECEIPT_NUMBER_BEFORE = /(?:票据|发票|收据)(?:号码|号)[ \t\u3000]{0,2}[:：]?[ \t\u3000]{0,2}$/;
/**
 * A message opening by greeting its reader by name ("Hi Gloria, your …", "Harbor Pharmacy: Hello Mr Osei, …"; rounds
 * 40, 57): the number its "Questions? Call …" gives is the venue's phone told to a named person, which the cards mark.
 */
const GREETS_NAMED_READER =
  /^[^\n]{0,40}?\b(?:Hi|Hello|Dear)(?: (?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?)? [A-Z][a-z'’-]{1,20}(?:-[A-Z][a-z'’-]{1,20})?[,!]/;
/**
 * An ethics committee's line on a consent's signing page ("伦理委员会联系电话：0571-…"; round 58): the committee
 * office's number for questions about a participant's rights, no person's; not the investigator's phone before it.
 */
const ETHICS_OFFICE_BEFORE =
  /伦理(?:审查)?(?:委员会|办公室|办)(?:办公室)?(?:联系|咨询)?(?:电话|座机)[ \t\u3000]{0,2}[:：]?[ \t\u3000]{0,2}$/;
/** Whether an office's line (a fax, a helpline, the unit's own) is named right before `start`. */
const officeLineBefore = (text: string, start: number) => {
  const before = text.slice(Math.max(0, start - 40), start);
  if (RECEIPT_NUMBER_BEFORE.test(before) || ETHICS_OFFICE_BEFORE.test(before)) return true;
  if (FAX_BEFORE.test(before)) return !PHONE_THEN_FAX.test(text.slice(Math.max(0, start - 140), start));
  return (
    SERVICE_LINE_BEFORE.test(before) ||
    (QUESTIONS_CALL_BEFORE.test(before) && !GREETS_NAMED_READER.test(text))
  );
};

/** A service's enquiry line named next to a number ("咨询电话0571-…"): the service's, no person's. */
const ENQUIRY_LINE = /咨询电话/;
/**
 * A reminder that opens by addressing its reader by name and title after the sender's bracket ("【某中心】尊敬的某某某女士，…",
 * "【某药房】某某某先生，…"; generalisation-52): the enquiry line closing it is the venue's phone told to a named person,
 * which the cards mark; a broadcast or a reminder opening 您好 is left as before.
 */
const ADDRESSED_REMINDER =
  /^[ \t]{0,2}【[^】\n]{1,20}】[ \t]{0,2}(?:尊敬的)?[\u4e00-\u9fff]{2,4}(?:先生|女士)(?:您好)?[，,：:！!]/;
/**
 * A record of one patient, a line opening with their name field ("姓名：某某某"; round 59): an enquiry line in its
 * follow-up instructions ("复查：…门诊，咨询电话0871-…") is the department's follow-up phone given to that patient,
 * which the cards mark, unlike a broadcast's.
 */
const PATIENT_RECORD = /(?:^|\n)[ \t]{0,2}(?:姓名|患者姓名)[：:]/;
/** Whether an enquiry line is named within eight characters of the number, as a negative context word reaches. */
const enquiryLineNear = (text: string, start: number, end: number) =>
  ENQUIRY_LINE.test(text.slice(Math.max(0, start - 8), start)) || ENQUIRY_LINE.test(text.slice(end, end + 8));

/** Mainland mobile and landline numbers, international numbers with a + prefix, North American and UK formats. */
export const phoneRecognizer = new PatternRecognizer({
  name: 'pii.phone',
  type: 'PHONE',
  validate: (value, text, start) =>
    !officeLineBefore(text, start) &&
    (!enquiryLineNear(text, start, start + value.length) ||
      ADDRESSED_REMINDER.test(text) ||
      PATIENT_RECORD.test(text)),
  patterns: [
    {
      // 3-4-4 as usual, or 5-3-3 ("18970 552 184", "13913-725-608") as people also write them.
      name: 'cn-mobile',
      regex: new RegExp(
        `(?<![0-9A-Za-z+])(?:(?:\\+|00)86${SEP}?)?1[3-9]\\d(?:${SEP}?\\d{4}${SEP}?\\d{4}|\\d{2}(${SEP}?)\\d{3}\\1\\d{3})(?![0-9A-Za-z])`,
        'g',
      ),
      score: 0.8,
      prefilter: /\d{3}/,
    },
    {
      // Area code plain or in brackets (never 00…, an international prefix), local number whole or split 4-4 /
      // 3-4, optional extension.
      name: 'cn-landline',
      regex: new RegExp(
        `(?<![0-9A-Za-z])(?:(?:\\+|00)86${SEP}?)?(?:[(（]0[1-9]\\d{1,2}[)）]|0[1-9]\\d{1,2})${SEP}?(?:[2-9]\\d{6,7}|[2-9]\\d{2,3}${SEP}\\d{4})${EXT}(?![0-9A-Za-z])`,
        'g',
      ),
      score: 0.6,
      prefilter: /\d{3}/,
    },
    {
      // A four-digit area code and a seven-digit local number split 4-3 ("0913-5521 708"; round 43), as smaller
      // cities' numbers are written; the hyphen after the area code keeps other digit runs out.
      name: 'cn-landline-4-3',
      regex: /(?<![0-9A-Za-z-])0[1-9]\d{2}-[2-9]\d{3} \d{3}(?![0-9A-Za-z]| \d)/g,
      score: 0.6,
      prefilter: /\d-\d{4} \d{3}/,
    },
    {
      name: 'international',
      regex: new RegExp(
        `(?<![0-9A-Za-z+])\\+(?!86)[1-9]\\d{0,2}(?:[ -]\\(?\\d{1,4}\\)?)?(?:[ -]\\d{2,4}){2,4}${EXT}(?![0-9A-Za-z])`,
        'g',
      ),
      score: 0.7,
      prefilter: /\d{3}/,
    },
    {
      // A Brazilian mobile: a two-digit area code and nine digits opening with 9, split 5-4 by a hyphen ("+55 21
      // 99876-5432", "(21) 99876-5432"; round 59), which the groups of two to four above do not read.
      name: 'br-mobile',
      regex: /(?<![0-9A-Za-z+])(?:\+55[ -]?\(?[1-9]\d\)?|\([1-9]\d\))[ ]?9\d{4}-\d{4}(?![0-9A-Za-z]|-\d)/g,
      score: 0.7,
      prefilter: /9\d{4}-\d{4}/,
    },
    {
      // A UK mobile after +44, its six last digits in one group ("+44 7700 900123", "+44 (0)7700 900123"; round 52),
      // which the pattern above, groups of two to four, does not read.
      name: 'uk-mobile-international',
      regex: /(?<![0-9A-Za-z+])\+44[ -]?(?:\(0\)[ -]?)?7\d{3}[ -]?\d{6}(?![0-9A-Za-z])/g,
      score: 0.7,
      prefilter: /\+44/,
    },
    {
      // An Indian mobile after +91, written 5-5 as India groups it ("+91 98450 21337"; round 37).
      name: 'indian-mobile',
      regex: /(?<![0-9A-Za-z+])\+91[ -]?[6-9]\d{4}[ -]?\d{5}(?![0-9A-Za-z])/g,
      score: 0.7,
      prefilter: /\+91/,
    },
    {
      name: 'north-american',
      regex: /(?<![0-9A-Za-z+])(?:\(\d{3}\) ?|\d{3}[-.])\d{3}[-.]\d{4}(?![0-9A-Za-z])/g,
      score: 0.65,
      prefilter: /\d{3}/,
    },
    {
      // UK (01632 960 418, 07700 900274, 020 7946 0123) and Australian (0491 570 156) national formats.
      // An Australian landline with its one-digit area code unbracketed ("07 5550 3381"; round 34).
      name: 'uk-au-national',
      regex: new RegExp(
        `(?<![0-9A-Za-z+])(?:0\\d{4} ?\\d{3} ?\\d{3}|0\\d{4} \\d{6}|0[1-9]\\d{2} \\d{3} \\d{3}|0\\d{2} \\d{4} \\d{4}|0[2378] \\d{4} \\d{4})${EXT}(?![0-9A-Za-z])`,
        'g',
      ),
      score: 0.6,
      prefilter: /\d{3}/,
    },
    {
      // A one-digit area code after the trunk 0, as Malaysia writes landlines: 03-7956 2280, 04-2281 5530.
      name: 'one-digit-area',
      regex: new RegExp(`(?<![0-9A-Za-z+])0[1-9]-[2-9]\\d{2,3} ?\\d{4}${EXT}(?![0-9A-Za-z])`, 'g'),
      score: 0.6,
      prefilter: /0[1-9]-\d/,
    },
    {
      // A Taiwan mobile, 09xx-xxx-xxx (hyphens or blanks; "手機：0955-123-456"). Written without separators it
      // needs a phone word near (0.35).
      name: 'tw-mobile',
      regex: /(?<![0-9A-Za-z+])09\d{2}(?:([ -])\d{3}\1\d{3}|\d{6})(?![0-9A-Za-z])/g,
      score: 0.6,
      scoreOf: (value) => (/[ -]/.test(value) ? 0.6 : 0.35),
      prefilter: /09\d\d/,
    },
    {
      // An Irish landline, the area code of one or two digits then 3-4 ("01 503 2277", "021 490 1184"), after
      // a word inviting a call ("ring us on", "call me at", "Tel:"; round 40), or a reminder's "Questions:" or
      // "Queries:" (a New Zealand landline, "09 365 2210"; round 43): alone it is any three numbers. An Irish mobile is
      // written the same way after a "Mobile:" field ("Mobile: 086 412 7730"; round 48).
      name: 'ie-landline-called',
      regex:
        /\b(?:[Rr]ing|[Cc]all|[Pp]hone|[Tt]el\.?|(?:[Qq]uestions|[Qq]ueries|[Ee]nquiries|[Mm]obile|[Mm]ob)(?=:))(?: (?:us|me|him|her|them|the (?:office|practice|surgery)))?(?: (?:on|at))?:?[ \t]{1,2}(?<value>0[1-9]\d? \d{3} \d{4})(?![0-9A-Za-z])/dg,
      score: 0.6,
      prefilter: /[Rr]ing|[Cc]all|[Pp]hone|[Tt]el|[Qq]uestions:|[Qq]ueries:|[Ee]nquiries:|[Mm]ob(?:ile)?:/,
    },
    {
      // An Irish landline of a three-digit area code and a six-digit local number in threes ("061 482 930", "091 553
      // 417"; round 54): a nine-digit number opening with the trunk 0 in three threes is no record's or card's shape,
      // which group in fours; not after a label that names some other number.
      name: 'ie-landline-3-3-3',
      regex:
        /(?<![0-9A-Za-z+])(?<!\b(?:MRN|UR|URN|NHS|CHI|PHN|IHI|No\.?|[Nn]umber|ID|Ref|#|[Aa]ccount|[Cc]ard|[Pp]olicy)[ \t]{0,2}:?[ \t]{0,2})0[1-9]\d \d{3} \d{3}(?![0-9A-Za-z]| \d)/g,
      score: 0.6,
      prefilter: /0\d\d \d{3} \d{3}/,
    },
    {
      // Australian landline with the area code in brackets: (02) 9555 0184.
      name: 'au-landline',
      regex: /(?<![0-9A-Za-z])\(0\d\) ?\d{4} ?\d{4}(?![0-9A-Za-z])/g,
      score: 0.6,
      prefilter: /\(0\d\)/,
    },
  ],
  context: [
    '电话',
    '手机',
    '手機',
    '電話',
    '联系方式',
    '座机',
    '致电',
    '拨打',
    '来电',
    'tel',
    'phone',
    'mobile',
    'cell',
    'call',
    'contact',
    'fax',
    '传真',
  ],
  contextWindow: 12,
  contextBoost: 0.2,
  negativeContext: [
    '热线',
    // A service's dedicated line ("随访专线…", "预约专线…"; round 46), as a hotline is.
    '专线',
    'hotline',
    '客服',
    '机身号',
    '序列号',
    'serial',
    's/n',
    '护士站',
    '预约台',
    '服务台',
    '总机',
  ],
});

/**
 * Local numbers without a trunk prefix — Hong Kong and Singapore 8 digits (8734 2291), a 7-digit
 * US number (555-0163), an 8-digit mainland local number — look like any other number, so they are
 * reported only when a phone word or a contact person (relative, next of kin) is close by.
 */
export const localPhoneRecognizer = new PatternRecognizer({
  name: 'pii.phone_local',
  type: 'PHONE',
  // The tail of an office's number after its area code ("fax (919) 555-0100") is no phone either.
  validate: (_value, text, start) => {
    const area = /\(\d{3}\)[ \t]?$/.exec(text.slice(Math.max(0, start - 7), start));
    return !officeLineBefore(text, area ? start - area[0].length : start);
  },
  patterns: [
    {
      // 8 digits (8734 2291, 87342291) or 7 split 3-4 (555-0163): one scan, the shapes differ at the fourth character.
      name: 'local',
      regex: new RegExp(
        `(?<![0-9A-Za-z+/.,-])[2-9]\\d{2}(?:\\d[ -]?\\d{4}|-\\d{4})${EXT}(?![0-9A-Za-z/%-]|\\.\\d)`,
        'g',
      ),
      score: 0.3,
      prefilter: /\d{3}/,
    },
    {
      // Eight digits split 4-4 closing a carer's or helper's contact, after their name and a comma ("Carer (domestic
      // helper) Ana Roe, 9123 4567"; round 49), as Hong Kong and Singapore write a mobile: the role word names a
      // contact person, as "next of kin" does, further back than the context window reaches.
      // A relative named before the number, with or without the comma, is a contact person too ("Contact: daughter
      // Lam Wing-sze 9234 5678"; round 52).
      name: 'local-carer-contact',
      regex:
        /\b(?:[Cc]arer|[Cc]aregiver|[Hh]elper|[Gg]uardian|[Nn]eighbou?r|[Ff]riend|[Ss]on|[Dd]aughter|[Ww]ife|[Hh]usband|[Bb]rother|[Ss]ister|[Nn]iece|[Nn]ephew)\b(?:\)|[ \t][a-z]{2,12}\))?[ \t](?:[A-Z][a-z'’-]{1,20} ){1,3}?[A-Z][a-z'’-]{1,20},?[ \t]{1,2}(?<value>[2-9]\d{3} \d{4})(?![0-9A-Za-z]|[ .,]\d)/dg,
      score: 0.6,
      prefilter:
        /arer|aregiver|elper|uardian|eighbou?r|riend|[Ss]on |aughter|[Ww]ife|usband|rother|ister|iece|ephew/,
    },
  ],
  context: [
    '电话',
    '手机',
    '联系',
    '座机',
    '致电',
    '拨打',
    'tel',
    'phone',
    'mobile',
    'cell:',
    'cell phone',
    'cellphone',
    'call',
    'ring',
    'contact',
    'relative',
    'next of kin',
    'nok',
    'son-in-law',
    'daughter',
    'husband',
    'wife',
    'office',
    '(home)',
    'reach',
    'whatsapp',
    // A study coordinator or case manager named before the number on a consent page ("Consent taken by Ana Roe,
    // study coordinator, 6123 4567"; round 57).
    'coordinator,',
    'case manager,',
  ],
  contextWindow: 24,
  contextBoost: 0.3,
  negativeContext: [
    '热线',
    'hotline',
    '客服',
    'mrn',
    'no.',
    '卡号',
    '编号',
    '单号',
    'card',
    'ending',
    'ref',
    'policy',
    'member',
    ' id',
    'account',
    'mg',
    'ml',
    'cells',
    'count',
    'wbc',
    'total',
  ],
  negativeWindow: 10,
});
