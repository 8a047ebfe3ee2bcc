import { PatternRecognizer } from './pattern-recognizer.ts';

/**
 * Dates tied to a person: birth, admission, discharge, visit, operation, specimen dates. In clinical
 * text a complete calendar date almost always dates an event in someone's care, so it reaches the
 * default threshold by itself; partial dates (month and day, month and year) need a person-event word
 * near them. A word that marks a publication or product date (指南, 版, approved…) drops any date.
 * Years alone are never dates here.
 */
const MONTH_EN =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const DAY = '(?:0?[1-9]|[12]\\d|3[01])';
const MONTH = '(?:0?[1-9]|1[0-2])';
/** A nursing shift as a handover names it (夜班, 白班, 小夜…). */
const ZH_SHIFT = '[白夜早中晚]班|小夜|大夜';
const YEAR = '(?:19|20)\\d{2}';
/** Days said as ordinals, lower case or capitalised ("twelfth", "Fourth"). */
const ORDINAL_DAY = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
  'thirtieth',
  'twenty-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)',
  'thirty-first',
]
  .map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`)
  .join('|');

/** Months in capitals ("NOV", "NOVEMBER"). */
const MONTH_CAPS =
  '(?:JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEPT?(?:EMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)';
/** Months and dates spoken in a dictation: the month in full, the day and the year in words. */
const MONTH_WORD =
  '(?:january|february|march|april|may|june|july|august|september|october|november|december)';
/** The same words with the first letter of each alternative in capitals ("Ninth", "Twenty-first", "March"). */
const capitalised = (words: string) =>
  words.replace(/(^|\||\(\?:)([a-z])/g, (_, before, c: string) => before + c.toUpperCase());
const UNIT_ORDINAL = '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)';
const SPOKEN_TEENTH =
  'tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth';
const SPOKEN_DAY = `(?:twenty|thirty)[ -]${UNIT_ORDINAL}|${UNIT_ORDINAL}|${SPOKEN_TEENTH}`;
/** "Ninth", "Twenty-first": a spoken day opening a patient's answer. */
const SPOKEN_DAY_CAPITALISED = `(?:Twenty|Thirty)[ -]${UNIT_ORDINAL}|${capitalised(UNIT_ORDINAL)}|${capitalised(SPOKEN_TEENTH)}`;
const SPOKEN_UNIT = '(?:one|two|three|four|five|six|seven|eight|nine)';
/** "twenty twenty six", "nineteen fifty-one", "two thousand and four". */
const SPOKEN_YEAR = `(?:(?:nineteen|twenty) (?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ -]${SPOKEN_UNIT})?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|oh[ -]${SPOKEN_UNIT})|two thousand(?: and)?(?: ${SPOKEN_UNIT}| ten| eleven| twelve)?)`;

const FULL_MONTH_DAY =
  /^(?:(?:January|February|March|April|June|July|August|September|October|November|December) \d{1,2}(?:st|nd|rd|th)?|(?:\d{1,2}[–-])?\d{1,2}(?:st|nd|rd|th)? (?:January|February|March|April|June|July|August|September|October|November|December))$/;

export const DATE_CONTEXT = [
  '出生',
  '生日',
  '生于',
  '入院',
  '出院',
  '就诊',
  '门诊',
  '急诊',
  '手术',
  '术',
  '复诊',
  '复查',
  // A review planned in other words ("半年后再查，就是2027年5月").
  '再查',
  // A reassessment planned for a month ("嘱2027年3月再评估"), and a blood test planned ("1月下旬再抽血"; round 37).
  '再评估',
  '抽血',
  // A child's or patient's re-assessment ("2027年2月复评").
  '复评',
  '随访',
  '住院',
  '住进',
  // An image compared with an earlier one ("与2025年8月片比较"), and planned care ("下次治疗：2027年1月").
  '比较',
  '较',
  // Care at the hospital written to ("2026年9月在贵院做过…").
  '贵院',
  '本院',
  '我院',
  '对比',
  '下次',
  '治疗',
  '转入',
  '转出',
  '转院',
  '转诊',
  '死亡',
  '采样',
  '采集',
  '送检',
  '接收',
  '报告',
  '检查',
  '发病',
  '起病',
  // A relapse dates the person's disease ("11月上旬复发视神经炎").
  '复发',
  '出现',
  '就医',
  '分娩',
  '末次月经',
  '月经',
  '预产期',
  '接种',
  '预约',
  '签名',
  '记录',
  '日期',
  '时间',
  '于',
  '至今',
  '开始',
  // A stay's dates ("在院：10/28—11/06") and a device fitted to the person ("2025年3月装配", a hearing aid 验配).
  '在院',
  '装配',
  '验配',
  // When a drug was started ("2026年6月起口服美沙拉秦"; 开始服用 by 开始 above). Not 口服 alone: a dose
  // range before it ("每日1-2 次口服") is no date.
  '起口服',
  '起服用',
  // "2026年9月起服去氨加压素片", and a loaned device's return ("预计归还：2027年2月"; round 39).
  '起服',
  '归还',
  // A procedure or course the person went through ("2025年12月完成经皮跟腱切断"; round 38).
  '完成',
  // A procedure in the history, "…病史，2025年4月曾行套扎" (round 44).
  '曾行',
  // The last of a course of sessions ("激光8次，末次2025年6月"; round 46).
  '末次',
  'born',
  'birth',
  'dob',
  'd.o.b',
  'admitted',
  'admission',
  'discharged',
  'discharge',
  'visit',
  'seen',
  'surgery',
  'operation',
  'procedure',
  'follow-up',
  'follow up',
  'date',
  'collected',
  'received',
  'reported',
  'onset',
  'since',
  'presented',
  'delivered',
  'vaccinated',
  'appointment',
  'signed',
  'lmp',
  'due',
  'appt',
  'after',
  'until',
  'next',
  'make',
  'pick-up',
  'exposed',
  'travel',
  // A flight the person takes, as travel is ("booked her flights to Lagos for 3 Jan"; round 59).
  'flight',
  'starts',
  'booked',
  'scheduled',
  // An operation or procedure planned for a day ("theatre planned 23/11"; round 36).
  'planned',
  // A waiting list's planned month ("Listed for repair, provisional March 2027").
  'provisional',
  'listed for',
  'on ',
  'note',
  'review',
  'before',
  'filled',
  // A follow-up and a form or prescription sent on a date ("F/u Mar 2027", "eRx sent 3/14/27").
  'f/u',
  'sent',
  'submitted',
  'clinic',
  '确诊',
  '交班',
  // A bone-marrow aspirate or another puncture in the history ("既往骨穿（…，2025年6月）"; round 52).
  '骨穿',
  '穿刺',
  // An endoscopy in the history ("胃镜（2026年9月，外院）未见异常"; generalisation-51). Not 外院 alone: a month after it
  // with no word of care near is not read ("外院激光5次，2025年6月"; round 46).
  '胃镜',
  '肠镜',
  '内镜',
  // A weekday names a day someone is seen or booked ("Monday 30/11", "Sat 22 Nov", "周五").
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'mon ',
  'tue ',
  'wed ',
  'thu ',
  'fri ',
  'sat ',
  'sun ',
  'home ',
  's/p',
  'check',
  'van ',
  'wr ',
  'd/c',
  'recorded',
  // A home treatment log's entries ("bleeds logged: knee 10/14", "…, treated with factor").
  'logged',
  'treated',
  // A stay in hospital and a session moved to another day ("my stay in March 2026", "move my physio from Oct 4").
  'stay in',
  'stayed in',
  'admitted in',
  'inpatient in',
  'physio',
  'move my',
  'moved from',
  // A session moved to a new day in a chat ("Dad's cath got moved to 11/24").
  'moved to',
  'reschedule',
  'rebook',
  'postpone',
  // Travel to be with the patient ("I'll fly in Nov 29", "arriving Dec 2"), and a return to clinic ("RTC
  // January 2027").
  'fly in',
  'flying in',
  'fly out',
  'fly home',
  'arrive',
  'arriving',
  'rtc ',
  'return to clinic',
  // A test's last date ("Last TSH was in September 2026"), and an earlier study a report compares with.
  'was in',
  'were in',
  'compared with',
  'compared to',
  'comparison',
  // A drug started, an operation and a nil-by-mouth day ("started October 2026", "Thymectomy March 2026",
  // "NBM for 24/11"), a ward round's day and results of a day ("results from 11/19").
  'started',
  'commenced',
  'ectomy',
  // An endoscopy planned for a day ("hold apixaban, scope Nov 22."; round 51).
  'scope ',
  'scopy',
  'nbm',
  'ward round',
  'results from',
  // Planned care asked for or sent home on a day ("transfer to rehab requested for Nov 26", "TTO for 25/11"),
  // stitches taken out ("Suture removal 11/27") and a reading taken ("ABPI 0.92 (taken 02/10)"; round 37).
  'requested for',
  'tto for',
  'suture removal',
  'removal of sutures',
  'sutures out',
  'stitches out',
  '(taken',
  // A family or goals-of-care meeting booked for a day ("Family meeting 11/25 2 pm"), and a drug's last day
  // ("Prednisolone 30 mg OD, stop 23/11"; round 38).
  'meeting',
  'stop ',
  // A deadline to send back a card or a sample ("please post it by 12 Dec", "return the kit by 3 Jan"; round 43).
  'post it by',
  'post by',
  'send it by',
  'return it by',
  'return by',
];

/**
 * Words before an x/y that is a score or a fraction, not a month and day: pain and power scales
 * ("pain 2/10", "R arm 3/5"), grades and a card's expiry ("exp 08/27").
 */
// Fractions of a course ("fx 8/20") and ventilator settings ("PS 10/5", "PEEP 8/5") too, and a test or
// training score ("correct 4/4", "passed 5/6", "scored 7/8"), and a flat or unit ("Flat 3/2", "Unit 5/27").
// A visual acuity in Snellen metres or feet ("VA 6/18", "acuity 6/9", "BCVA 20/40").
// A tongue-tie assessment's scores ("Hazelbaker appearance 8/10, function 11/14", "painful latch (7/10)"; round 39).
// A cognitive screen's score ("MMSE 18/30", "MoCA 21/30", "AMTS 6/10"; round 49).
// A course's day out of its length ("pip-tazo day 6/7", "oseltamivir day 4/5"; rounds 25–51).
/**
 * A score out of ten in a sentence about pain or soreness ("my knee was 5/10 the next morning and still sore", "Pain up
 * to 3/10 is fine; 5/10 is too much"; round 60): a rating, not the 5th of October, though no scale word stands right
 * before it.
 */
const SCORE_OF_TEN_IN_PAIN =
  '(?:[0-9]|10)/10(?![\\d/])(?:(?<=\\b(?:[Pp]ain|[Pp]ainful|[Ss]ore|[Ss]oreness|[Aa]che|[Aa]ching|[Hh]urts?|[Rr]ated?)\\b[^.?!\\n]{0,80})|(?=[^.?!\\n]{0,60}\\b(?:pain|painful|sore|soreness|ache|aching|hurts?)\\b))';
const NOT_DATE_BEFORE =
  '(?:\\b[Dd]ay|MMSE|SMMSE|MoCA|AMTS|AMT|6CIT|ACE-III|GCS|VA|BCVA|[Aa]cuity|[Ss]nellen|片|[Cc]orrect|[Pp]assed|[Ss]cored|[Ff]lat|[Uu]nit|[Pp]ain|[Ss]core|[Pp]ower|[Ss]trength|arm|leg|[Gg]rade|VAS|NRS|MRC|[Ee]xp\\.?|[Ee]xpiry|[Ff]x|[Ff]raction|PS|PEEP|CPAP|BiPAP|IPAP|EPAP|[Aa]ppearance|[Ff]unction|[Ll]atch(?: \\()?|LATCH|BTAT|TABBY|ATLFF)';

/**
 * English notes (generalisation round 9, kept apart from the other patterns): a day and month beside a
 * clock time dates an entry ("Phoned 20 Nov 08:30", "handover 19:00 22/11"), and so does "today" before
 * a day and month ("jab given today 20/11"); a day and month before "at" and a time is a booking ("family
 * meeting Nov 24 at 1400"; round 36), in figures too ("meeting 11/24 at 2 pm"; round 37). A score or fraction next to a time ("10:00 3/10 pain") is
 * not read: a unit or scale word after it stops the match.
 */
const EN_DATE_BESIDE_TIME = {
  name: 'en-beside-time',
  regex: new RegExp(
    `(?<![0-9A-Za-z./:-])${DAY} ${MONTH_EN}(?![a-z])(?= (?:[01]?\\d|2[0-3]):[0-5]\\d(?!\\d))|(?:\\b${MONTH_EN}\\.? ${DAY}(?:st|nd|rd|th)?|(?<![0-9A-Za-z./:-])${DAY}(?:st|nd|rd|th)? ${MONTH_EN}\\.?|(?<![0-9A-Za-z./:-])(?<!${NOT_DATE_BEFORE}[ \\t]{0,2})(?:${DAY}/${MONTH}|${MONTH}/${DAY}))(?![0-9A-Za-z/])(?= at (?:(?:[01]?\\d|2[0-3]):?[0-5]\\d|(?:1[0-2]|0?[1-9])(?::[0-5]\\d)? ?[AaPp]\\.?[Mm]\\.?)(?![0-9A-Za-z]| ?(?:mg|mcg|ml|mL|units?|kg|IU|hrs?|hours?|mins?)\\b))|\\b${MONTH_EN}\\.? ${DAY}(?![0-9])(?=, (?:[01]?\\d|2[0-3]):[0-5]\\d(?!\\d))|(?<=(?:\\b(?:[01]?\\d|2[0-3]):[0-5]\\d|\\b[Tt]oday)[ \\t]{1,3})(?:${DAY} ${MONTH_EN}(?![a-z])(?!\\.?,? ${YEAR})|${DAY}/${MONTH}|${MONTH}/${DAY})(?![\\d/:]|\\.\\d|[ \\t]?(?:pain|power|score|mg|ml|mL|units?|days?|tab|breaths?|bpm))`,
    'g',
  ),
  score: 0.5,
  prefilter:
    /\d:\d\d[ \t]{1,3}\d|\d [A-Z][a-z]{2,8} \d{1,2}:|\d(?:st|nd|rd|th)? at \d|[A-Z][a-z]{2,8}\.? at \d|[A-Z][a-z]{2,8}\.? \d{1,2}, \d{1,2}:|[Tt]oday[ \t]{1,3}\d/,
};

/**
 * A day and month heading a board, a handover or a round (generalisation round 14): "ED board 0730
 * 23/11", "ITU handover 22 Nov night→day", "Ward round 08:00 24 Nov". The heading word opens the text's
 * line (within 30 characters of its start); a four-digit or colon clock time may stand between, and so may
 * the sheet or list the heading names ("WARD 6 HANDOVER SHEET 23/11"), and the shifts it passes between after a
 * dash ("Ward 4 handover — days to nights, 21/11"; round 54). A count
 * of beds or patients ("Ward board 7/10 beds full") is not read.
 */
/** A shift a handover passes between ("nights to days"). */
const SHIFT_WORD = '[Nn]ights?|[Dd]ays?|[Ll]ates?|[Ee]arl(?:y|ies)|[Mm]ornings?|[Ee]venings?';
const EN_HEADING_DATE = {
  name: 'en-heading-date',
  regex: new RegExp(
    `\\b(?:[Bb]oard|BOARD|[Hh]and-?over|HANDOVER|[Ss]ign-?out|[Hh]uddle|[Ww]ard round|[Pp]ost-take)(?<=(?:^|\\n)[^\\n]{0,30})(?:[ \\t](?:[Ss]heet|SHEET|[Ll]ist|LIST))?(?:[ \\t]{1,2}[—–-][ \\t]{1,2}(?:${SHIFT_WORD})(?:[ \\t]{1,2}(?:to|into|→)[ \\t]{1,2}(?:${SHIFT_WORD}))?,?)?[ \\t]{1,3}(?:(?:[01]\\d|2[0-3]):?[0-5]\\d[ \\t]{1,3})?(?<value>${DAY}/${MONTH}|${DAY} ${MONTH_EN})(?![0-9A-Za-z/:]|\\.\\d|,? ${YEAR}|[ \\t]{1,2}(?:beds?|patients?|pts|of|occupied|filled|full|free)\\b)`,
    'dg',
  ),
  score: 0.5,
  prefilter: /[Bb]oard|BOARD|[Hh]and-?over|HANDOVER|[Ss]ign-?out|[Hh]uddle|[Ww]ard round|[Pp]ost-take/,
};

/**
 * A day and month, or month and day, closing the text after a signature ("— T. Uttley SHO 21/11",
 * "Requested by J. Ward (hospitalist), 11/23."): the date a note or request was signed. The word before is
 * a capitalised name or credential, or a closing bracket; scales have their word before them (NOT_DATE_BEFORE).
 */
const EN_SIGNED_DATE_AT_END = {
  name: 'en-signed-date-at-end',
  regex: new RegExp(
    `(?<=(?:\\b[A-Z][A-Za-z0-9]{1,20}|\\)),?[ \t]{1,2})(?<!${NOT_DATE_BEFORE}[ \t]{1,2})(?:${DAY}/${MONTH}|${MONTH}/${DAY})(?=\\.?[ \t]*$)`,
    'g',
  ),
  score: 0.5,
  prefilter: /\d\/\d{1,2}\.?[ \t]*$/,
};

/**
 * A hospital's closure or works notice dates a range, and its word may be further from the range's
 * other end than the negative window reaches ("（1月1日至1月3日）普通门诊停诊", "因电梯改造，11月30日至12月6日…"):
 * the first date of a range before such a word, and the second of one after it, are not read either.
 * (停用 is not among the words: a drug is stopped on a patient's dates too.)
 */
// A lift or building under maintenance ("因电梯检修，11月25日至11月27日请走东侧楼梯") closes for days too.
// A holiday's clinic schedule after the range ("（1月1日—1月3日）门诊安排"; round 38) says a notice too.
const CLOSURE_WORDS = '停诊|休诊|翻修|装修|改造|检修|维修|暂停开放|暂停服务|对外开放|仅开放|门诊安排';
// The range's other end may give the day alone, and a car park or road closed in the same clause says a
// notice too ("11月24日至30日东门停车场暂停使用").
const CLOSURE_RANGE_AFTER = `[至到～~—-](?:(?:\\d{4}年)?\\d{1,2}月)?\\d{1,2}[日号](?:[^\\n。；;]{0,12}(?:${CLOSURE_WORDS})|[^\\n。；;，,]{0,8}(?:停车场|道路|电梯))`;
const CLOSURE_RANGE_BEFORE = `(?:${CLOSURE_WORDS})[^\\n。；;]{0,16}[至到～~—-](?:\\d{4}年)?\\d{1,2}月\\d{1,2}[日号]`;

/**
 * A vaccination campaign's period in a broadcast notice ("免费接种流感疫苗，接种时间为11月1日至次年3月31日"; round 53): a
 * range after 接种时间为 or 接种时间：, both its ends; a person is vaccinated on a day, not over a range ("接种时间：
 * 11月20日" stays read). Read back from the end of the date just matched, so it costs nothing where no date is.
 */
const CAMPAIGN_RANGE_ZH =
  '(?!(?<=接种时间[为：:][ \\t]{0,2}(?:\\d{4}年)?\\d{1,2}月\\d{1,2}[日号])[至到～~—-])(?<!接种时间[为：:][ \\t]{0,2}(?:\\d{4}年)?\\d{1,2}月\\d{1,2}[日号][至到～~—-](?:\\d{4}年)?\\d{1,2}月\\d{1,2}[日号])';

/** A clinic reopening on a day ("普通门诊1月4日起恢复正常"): a notice's date, not anyone's care. */
const CLINIC_REOPENS =
  '(?!(?<=门诊自?(?:\\d{4}年)?\\d{1,2}月\\d{1,2}[日号])起?恢复(?:正常|开诊|门诊|接诊|出诊|应诊))';

/**
 * A clinic, ward or counter moving from a day ("疫苗接种门诊自12月1日起临时搬至二楼"; round 37): a notice's date,
 * as a reopening is; not a person moving home ("12月1日搬到女儿家").
 */
const SERVICE_MOVES_ZH =
  '(?!(?<=(?:门诊|科室?|药房|窗口|病区|中心|服务台|收费处)自?(?:\\d{4}年)?\\d{1,2}月\\d{1,2}[日号])起?(?:临时|暂时)?(?:搬至|搬到|搬迁|迁至|迁到|迁往|移至))';

/**
 * A car park, road, lift or entrance closed from a day, as a hospital's notice writes it ("自12月1日起，东门停车场
 * 施工封闭"; round 45): the notice's date, as a closure range's is; not a patient's care from that day ("自3月1日起
 * 停用华法林").
 */
const FACILITY_CLOSES_ZH =
  '(?!(?<=自(?:\\d{4}年)?\\d{1,2}月\\d{1,2}[日号])起[，,]?[^\\n。；;]{0,12}(?:停车场|道路|电梯|出入口|入口|出口|大门|通道)[^\\n。；;，,]{0,6}(?:施工|封闭|关闭|暂停使用|停止使用))';

/**
 * A hospital system or machine down on a day, as a notice writes it ("11月28日（周六）门诊楼自助机系统升级，…暂停…";
 * generalisation-52): the notice's date, as a closure's is; not a person's care (no 系统 or 停机 after a visit's date).
 */
const SYSTEM_DOWN_ZH =
  '(?![（(][^\\n）)]{1,6}[）)][^\\n。；;，,]{0,14}(?:系统升级|系统维护|系统停机|停机维护|停机升级)|[^\\n。；;，,（(]{0,14}(?:系统升级|系统维护|系统停机|停机维护|停机升级))';

/**
 * A service moving, closing or opening from a day, as a hospital's notice writes it ("from Monday 30
 * November the hospital pharmacy counter moves to Level 1"): the notice's date, not anyone's care.
 */
const SERVICE_MOVES_EN =
  '(?!,? (?:the |our )?(?:[a-z]{2,14} ){0,2}(?:pharmacy|clinic|counter|car park|reception|entrance|department|outpatients|unit|service|laboratory|lab) (?:moves|will move|is moving|relocates|will relocate|closes|will close|is closing|will be closed|reopens|will reopen)\\b)';

/**
 * A car park, clinic or service closed for a range of days, or reopening on one, as a notice writes it ("Car
 * park C is closed from 30 November to 11 December", "…and reopen on 27 December"; rounds 31, 36): the
 * notice's dates. Read back from the end of the date just matched, so it costs nothing where no date is.
 * Not "closed on" (a wound closed on a day dates the person's care).
 */
const NOTICE_DAY_EN =
  '(?:\\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\\.? \\d{1,2}(?:st|nd|rd|th)?)';
const CLOSURE_NOTICE_EN = `(?<!\\b(?:(?:[Cc]losed|[Cc]loses|[Cc]losing) (?:from|between|until|till)|[Rr]eopens?(?: on)?|[Rr]eopening(?: on)?|(?:[Cc]losed|[Cc]loses) (?:from|between) [^\\n.;]{3,24} (?:to|until|till|and|–|-)) (?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6},? )?${NOTICE_DAY_EN})`;

/**
 * A holiday opening-hours notice ("Christmas opening hours: 24 December 9am–1pm; 25 and 26 December closed;
 * … order repeat prescriptions by 15 December"; round 38): every day after its heading is the service's, not
 * anyone's care. Read back from the end of the date just matched, so it costs nothing where no date is.
 */
const HOLIDAY_HOURS_NOTICE_EN =
  '(?<!\\b(?:[Hh]oliday|HOLIDAY|[Cc]hristmas|CHRISTMAS|[Ff]estive|FESTIVE|[Ee]aster|EASTER|[Bb]ank [Hh]oliday|[Nn]ew [Yy]ear) (?:[Oo]pening|OPENING) (?:[Hh]ours|HOURS|[Tt]imes|TIMES)\\b[^]{0,600})';

/**
 * A leaflet's own review dates at its foot ("Leaflet reviewed March 2026; next review due March 2028"; round 53):
 * the document's, not anyone's care, the next review's too. Read back from the end of the date just matched.
 */
const LEAFLET_REVIEW_EN =
  '(?<!\\b(?:[Ll]eaflet|LEAFLET|[Ii]nformation sheet|[Pp]atient information) (?:reviewed|updated|written|produced|issued)\\b[^\\n]{0,60})';

/** Units after a range that opens a line ("1-2 天", "3-5 片"), so it is not a month and day. */
const NOT_LOG_UNIT = '[天周日月年时分秒个次岁级度期型片粒袋支瓶组项条层楼床号]|小时|分钟';

/** An item of a list of days and months, and what joins two items (see numeric-day-month-list). */
const LIST_ITEM = '\\d{1,2}/\\d{1,2}(?![\\d/]|\\.\\d)';
const LIST_SEP = '(?:, (?:and |& )?| and | & )';

/**
 * A bare month opening its clause before the review ("，3月复查") in a record dated in a later month of the year
 * ("日期：2026-11-24"): the interval to the review (three months), as clinicians shorten 3个月; a month still to come
 * that year ("11月的门诊，12月复诊") is the review's month, read as before (round 58).
 */
const BARE_MONTH_BEFORE_REVIEW = /^(\d{1,2})月$/;
const RECORD_YEAR_MONTH = /(?:19|20)\d{2}(?:[-/.]|年)(\d{1,2})(?=[-/.月])/;
function reviewIntervalNotMonth(value: string, text: string, start: number): boolean {
  const bare = BARE_MONTH_BEFORE_REVIEW.exec(value);
  if (
    bare === null ||
    !/^(?:复查|复诊|随访)/.test(text.slice(start + value.length, start + value.length + 2))
  )
    return false;
  const record = RECORD_YEAR_MONTH.exec(text);
  return record !== null && record.index < start && Number(bare[1]) < Number(record[1]);
}

export const dateRecognizer = new PatternRecognizer({
  name: 'pii.date',
  type: 'DATE',
  validate: (value, text, start) => !reviewIntervalNotMonth(value, text, start),
  // One regex per script (Chinese, numeric, English month names), each covering that script's formats
  // in alternatives that cannot match at the same place: three scans of the text instead of nine.
  patterns: [
    {
      // A month's ten-day part before a planned test or visit ("12月中旬再抽血"; round 37) is kept too, and before
      // 行 naming the procedure planned for it ("12月上旬行胃镜检查"; round 47), not 行程 (a trip).
      // A month without its year keeps a ten-day part as the year-month does when care follows in the clause
      // ("11月上旬因心衰住进贵科", "11月上旬复发", a symptom's onset "10月下旬开始的"), and its beginning ("上次是11月初在您这儿看的"; not 初步, 初诊);
      // a ten-day part after 从 or 自 ("从10月中旬开始腿肿") is the person's as well;
      // otherwise the month alone, as before. A month an image is compared with ("与10月检查比较") is read too.
      // 2023年5月3日 and 5月3日 (0.5: a month and day with 日 or 号 reads only as a date, and in a record it
      // dates an event in someone's care); 2023年5月 and a part of it, 2027年2月下旬 or 2026年3月底 (0.3:
      // needs a person-event word near); a month alone when a part of it or a cause follows ("10月底住院",
      // "10月因心衰住进", 0.3; "术后3月复查" and "吞咽困难1月入院" are durations and are not read), and a month
      // opening its clause before the review it dates ("理疗，12月复诊", not "术后3月复查").
      name: 'zh',
      regex: new RegExp(
        `(?:(?<!\\d)${YEAR}年${MONTH}月(?:${DAY}[日号]|[上中下]旬|初|底|(?!\\d))|(?<![\\d年])${MONTH}月${DAY}[日号]|(?<![\\d年/.-])${MONTH}月(?:[上中下]旬(?=[^\\n。；;，,]{0,6}?(?:因|住|入院|就诊|复查|手术|发病|起病|出院|复发|加重|开始的|再(?:抽血|查|来|看|测|做|评估)|抽血|复诊|随访)|(?=行(?![程李走])))|(?<=[从自]\\d{1,2}月)[上中下]旬|初(?![步诊次])|(?=[上中下]旬|底|份|因)|(?<=(?:^|[，,：:；;。\\s])\\d{1,2}月)(?=复诊|复查|随访)|(?<=[与同]\\d{1,2}月)(?=[^\\n。；;，,]{0,6}?(?:比较|相比|对比))))(?!${CLOSURE_RANGE_AFTER})(?<!${CLOSURE_RANGE_BEFORE})${CLINIC_REOPENS}${SERVICE_MOVES_ZH}${FACILITY_CLOSES_ZH}${SYSTEM_DOWN_ZH}${CAMPAIGN_RANGE_ZH}`,
        'g',
      ),
      score: 0.5,
      scoreOf: (value) => (/[日号]$/.test(value) ? 0.5 : 0.3),
      prefilter: /月/,
    },
    {
      // A date in the ROC (Minguo) calendar, as Taiwan writes it: "113年5月20日" (2024), "民國85年3月2日"; a
      // two-digit year, ROC or shortened ("出生日期：21年3月8日"), and an ROC month ("排116年1月手術"; round 38).
      name: 'zh-roc',
      regex: new RegExp(
        `(?<![\\d年])(?:(?:民[國国]\\d{2,3}|1[01]\\d|\\d{2})年${MONTH}月${DAY}[日号]|(?:民[國国]\\d{2,3}|1[01]\\d)年${MONTH}月(?![\\d日号]))`,
        'g',
      ),
      score: 0.5,
      prefilter: /\d年\d/,
    },
    {
      // A year and month right before a line, tube or device was changed, put in or taken out ("PICC 2026年3月更换",
      // "胃造瘘管2025年11月置入"; round 45): the month of a procedure on the person. Right before the verb only, so a
      // count or fraction near it ("渗液罐满3/4时更换") is not dated.
      name: 'zh-month-device-changed',
      regex: new RegExp(`(?<!\\d)${YEAR}年${MONTH}月(?=更换|置换|置入|植入|拔除)`, 'g'),
      score: 0.5,
      prefilter: /月(?:更换|置换|置入|植入|拔除)/,
    },
    {
      // "能约12月吗？", "想约1月的号": a month alone a patient asks to be booked in (round 46); not a duration after 约
      // ("病程约3月", "约3月余").
      name: 'zh-month-booked',
      regex: new RegExp(`(?<=(?:能|可以|想|要|预)约)${MONTH}月(?=吗|呢|[？?]|的号|的手术)`, 'g'),
      score: 0.5,
      prefilter: /约\d{1,2}月/,
    },
    {
      // "商量后决定，12月再来": a month alone opening its clause before coming back to be seen (round 49), the planned
      // visit's month, as "，12月复诊" is; not a duration ("术后3月再来"), which has no clause start before it.
      name: 'zh-month-come-back',
      regex: new RegExp(`(?<=(?:^|[，,：:；;。\\s]))${MONTH}月(?=再(?:来|看|查|复查|评估))`, 'g'),
      score: 0.5,
      prefilter: /月再[来看查复评]/,
    },
    {
      // "比8月那次的高了": a month alone before 那次 or 那回, the occasion someone was seen or tested (round 38).
      name: 'zh-month-that-time',
      regex: new RegExp(`(?<![\\d年/.-])${MONTH}月(?=那次|那回)`, 'g'),
      score: 0.5,
      prefilter: /月那[次回]/,
    },
    {
      // "右示指溃疡1处（10月出现）", "；3月起病": a month alone opening a bracket or a clause before the onset it dates
      // (round 42); not a duration ("术后3月出现", "1月余开始"), which has no bracket or clause start before it.
      name: 'zh-month-onset',
      regex: new RegExp(
        `(?<!\\d)${MONTH}月(?<=(?:^|[（(，,；;：:。\\n])[ \\t]{0,2}\\d{1,2}月)(?=出现|开始|起病|发病|发现|发作|起(?![床来身]))`,
        'gm',
      ),
      score: 0.5,
      prefilter: /月(?:出现|开始|起病|发病|发现|发作|起)/,
    },
    {
      // "医生说28号能出院吗", "下周三号手术": a day of the month alone with 号, right before the discharge,
      // admission or operation it dates (not "3号楼住院部" or "28号床", a building or a bed); or right before a
      // time of day ("25号上午送到"; round 37).
      name: 'zh-day-before-care',
      regex:
        /(?<![\dA-Za-z月/.-])(?:[12]\d|3[01]|0?[1-9])号(?![楼床房室门线窗台病])(?=[^\n。；;，,]{0,4}?(?:出院|入院|手术|复查|复诊|住院|拆线|化疗|透析)|上午|下午|中午|早上|晚上|凌晨|傍晚)/g,
      score: 0.5,
      prefilter: /\d号/,
    },
    {
      // A range of days of the month with 号 at both ends, after a month named earlier in the line ("…11月3日来的，
      // 5号到7号之间都可以"; round 50): each end is a day, as "5号复查" is; not beds, rooms or windows ("3号到5号床").
      name: 'zh-day-range',
      regex:
        /(?<=月[^\n]{0,30})(?<![\dA-Za-z/.-])(?:(?:[12]\d|3[01]|0?[1-9])号(?=(?:到|至|~|～|—|-)(?:[12]\d|3[01]|0?[1-9])号(?![楼床房室门线窗台病\d]))|(?<=(?:[12]\d|3[01]|0?[1-9])号(?:到|至|~|～|—|-))(?:[12]\d|3[01]|0?[1-9])号(?![楼床房室门线窗台病\d]))/g,
      score: 0.5,
      prefilter: /\d号(?:到|至|~|～|—|-)\d/,
    },
    {
      // "1934年3月生的", "1950年6月出生": a birth month says a person's date by itself, whatever is near it; so
      // does a birth year alone ("今年92了，1934年生的").
      name: 'zh-birth-month',
      regex: new RegExp(`(?<!\\d)${YEAR}年(?:${MONTH}月)?(?=生(?:的|人|于)|出生(?!人口|率|缺陷))`, 'g'),
      score: 0.5,
      prefilter: /[年月](?:生|出生)/,
    },
    {
      // A birth year said by its last two digits in Chinese numerals ("九十四了，三二年生人，属猴的"; round 51), as
      // "1934年生的" is read above; not a count of years ("五年生存率", "十五年生病").
      name: 'zh-spoken-birth-year',
      regex:
        /(?<![一二三四五六七八九十零〇两百千万\d])[一二三四五六七八九零〇]{2}年(?=生(?:的|人)|出生(?!人口|率|缺陷))/g,
      score: 0.5,
      prefilter: /[一二三四五六七八九零〇]年(?:生|出生)/,
    },
    {
      // A year alone in the person's history, as the cards since round 51 mark it (round 52): before the cause of what
      // happened then ("2024年因…住院", "2019年车祸后"), or before 的 and a study or a specimen of that year ("把2025年的CT片
      // 带上"); not a year of something else ("2025年的工作计划", "2024年版"). A year opening a history field
      // ("既往史：2018年发现…") is left alone, as the cards of rounds 4–41 leave it.
      name: 'zh-year-in-history',
      regex: new RegExp(
        `(?<!\\d)${YEAR}年(?=因|车祸|外伤|的[^\\n，,。；;]{0,4}(?:CT|MRI|MR|PET|片子|胶片|病理|切片|光盘|胃镜|肠镜|彩超|B超|体检))`,
        'g',
      ),
      score: 0.5,
      prefilter: /\d{4}年/,
    },
    {
      // A month alone said by the patient before what was done then ("我9月查了个…", "她3月做的胃镜"; round 51), as
      // a month before an onset is read above; not a duration ("我1月后复查": the verb must follow the month).
      name: 'zh-month-done',
      regex: new RegExp(
        `(?<=(?:^|[^\u4e00-\u9fff])(?:我|他|她|我妈|我爸|我们)(?:是|在)?)${MONTH}月(?=份?(?:查|做|住院|确诊|体检|复查|去))`,
        'g',
      ),
      score: 0.5,
      prefilter: /[我他她](?:是|在)?\d{1,2}月/,
    },
    {
      // ISO 2023-05-03, day first 03/05/2023 (also . and -), US month first 05/03/2023.
      name: 'numeric',
      regex: new RegExp(
        `(?<![\\d./-])(?:${YEAR}([-/.])${MONTH}\\1${DAY}(?![\\d]|[./-]\\d)|${DAY}([/.-])${MONTH}\\2${YEAR}(?![\\d]|[./-]\\d)|${MONTH}/${DAY}/${YEAR}(?!\\d))`,
        'g',
      ),
      score: 0.5,
      prefilter: /\d[-/.]\d{1,2}[-/.]\d/,
    },
    {
      // A day/month whose day cannot be a month, before a part of the day ("ERCP booked for 24/11 morning";
      // round 39): the part of the day says a day, so no event word is needed. Not a score ("14/20 am").
      name: 'numeric-day-month-part-of-day',
      regex: new RegExp(
        `(?<![0-9A-Za-z./:-])(?<!${NOT_DATE_BEFORE}[ \\t]{0,2})(?:1[3-9]|2\\d|3[01])/${MONTH}(?= (?:morning|afternoon|evening|night)\\b)`,
        'g',
      ),
      score: 0.5,
      prefilter: / (?:morning|afternoon|evening|night)\b/,
    },
    {
      // Partial numeric dates, 0.3 so that a person-event word must be near: month/day with a slash
      // ("since 11/10", "on 11/17") and US month/day/two-digit year ("Filled 11/21/26"). Doses and
      // counts ("1/2 tab", "5/7 days", "3/4 of them") and spinal levels ("腰4/5椎间盘") are not followed by a unit here; gene names ("BRCA1/2") have a
      // letter before them; scales and expiries have their word before them (NOT_DATE_BEFORE).
      name: 'numeric-partial',
      regex: new RegExp(
        `(?<![0-9A-Za-z./:-])(?<!${NOT_DATE_BEFORE}[ \\t]{0,2})(?!${SCORE_OF_TEN_IN_PAIN})${MONTH}/${DAY}(?:/\\d{2})?(?![\\d]|[./-]\\d|[ \\t]?(?:mg|ml|mL|mmHg|kg|cm|days?|d\\b|tab|片|粒|次|天|周|椎)| of\\b| strength)`,
        'g',
      ),
      score: 0.3,
      // Starts at the slash, a literal, which scans faster than a digit class.
      prefilter: /\/\d(?<=\d\/\d)/,
    },
    {
      // A month and a four-digit year ("graft planned 06/2027", "(echo 09/2026)", "implants inserted
      // 03/2014"): a month in the person's care, as the cards label it. Not an expiry, discard, batch or
      // validity date of a drug or card ("exp 03/2028", "Discard after: 11/2027", "Expiry 04/2027").
      name: 'numeric-month-year',
      regex: new RegExp(
        `(?<![0-9A-Za-z./:-])(?<!(?:[Ee]xp(?:iry|ires|ired|iration)?\\.?|EXP(?:IRY)?|[Dd]iscard(?: after)?|[Uu]se by|[Bb]est before|[Vv]alid(?: to| until| thru| through| from)?|[Bb]atch|[Ll]ot)[ \\t]{0,2}:?[ \\t]{0,2}\\(?[ \\t]{0,2})(?:0[1-9]|1[0-2])/${YEAR}(?![0-9]|[./-]\\d)`,
        'g',
      ),
      score: 0.5,
      prefilter: /\/(?:19|20)\d\d/,
    },
    {
      // March 5, 2023, 5 March 2023 and 02-Nov-2024 (0.5); March 2023, 28 Nov and Nov 25th (0.3: a
      // partial date needs a person-event word near, such as due, appt, next). A range of days in one month
      // without a year is one date ("away 8–12 January"; round 54).
      name: 'en',
      regex: new RegExp(
        `\\b(?:${MONTH_EN}\\.? ${DAY}(?:st|nd|rd|th)?,? ${YEAR}|${DAY}(?:st|nd|rd|th)? ${MONTH_EN}\\.?,? ${YEAR}|${DAY}-${MONTH_EN}-${YEAR}|(?<!\\b(?:[Ff]ees|[Pp]rices|[Rr]ates|[Cc]harges|[Tt]ariffs?) effective (?:from )?)${MONTH_EN}\\.? ${YEAR}|(?<!\\bbetween )(?:${DAY}[–-])?${DAY}(?:st|nd|rd|th)? ${MONTH_EN}(?![a-z])(?!\\.?,? ${YEAR})|(?<!\\bbetween )${MONTH_EN}\\.? ${DAY}(?:st|nd|rd|th)?(?![0-9]|,? ${YEAR}))\\b${SERVICE_MOVES_EN}${CLOSURE_NOTICE_EN}${HOLIDAY_HOURS_NOTICE_EN}${LEAFLET_REVIEW_EN}`,
        'g',
      ),
      score: 0.5,
      // A day with a month spelt in full ("November 17", "3 September") is a date as surely as one with
      // a year; an abbreviated month ("Mar 3") or May may be something else. A month and year alone is
      // read at 0.5 by en-month-year below when no publication's word stands before it. A price list's month
      // ("fees effective January 2027"; round 51) dates no one's care.
      scoreOf: (value) =>
        (/\d{4}$/.test(value) && !/^[A-Za-z]+\.? (?:19|20)\d{2}$/.test(value)) || FULL_MONTH_DAY.test(value)
          ? 0.5
          : 0.3,
      prefilter: /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/,
    },
    {
      // A month and year with no care word beside it ("Relapse October 2026", "ACWY given Sept 2024"; round
      // 34): every one the labelled sets hold outside a publication's line is a date of someone's care. Not
      // after "of" ("the newsletter of August 2026"), nor where a publication, version, notice or expiry
      // word stands before it in the clause ("guideline, published March 2024", "protocol v3.0, March
      // 2025"); a day before it is read by the pattern above.
      name: 'en-month-year',
      regex: new RegExp(
        `\\b${MONTH_EN}\\.? ${YEAR}\\b(?<!(?:\\d(?:st|nd|rd|th)?|\\bof) [A-Za-z]{3,9}\\.? \\d{4})(?<!\\b(?:[Pp]ublished|[Uu]pdated|[Rr]evised|[Ii]ssued|[Aa]pproved|[Ee]ffective|[Vv]ersion|[Ee]dition|[Gg]uidelines?|[Gg]uidance|[Pp]olicy|[Ll]eaflet|[Nn]ewsletter|[Pp]rotocol|[Bb]ulletin|[Nn]otice|[Ee]xpir(?:y|es|ed)|[Vv]alid|[Ll]aunch(?:ed)?|[Cc]opyright|v\\d[0-9.]*)\\b[^\\n;]{0,30})${LEAFLET_REVIEW_EN}`,
        'g',
      ),
      score: 0.5,
      // The same test as the pattern above, so the registry's cache answers it.
      prefilter: /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/,
    },
    {
      // A month alone after a measured change and "since" ("lost 4 kg since March", "−6 lb since Sept"):
      // the month dates the patient's change, and so does a count in words ("Two crises since August";
      // round 34). Without a number before it ("homeless since September")
      // earlier rounds left the month unmarked. Not before a day or year, which the pattern above reads. The
      // count may stand further back in the clause, before what was counted and where ("two digital ulcers,
      // right index and middle fingers, since October"; round 42). A change in a symptom dates it as a count does
      // ("Change to harder stool since July", "worse since March"; round 52).
      name: 'en-since-month',
      regex: new RegExp(
        `(?<=(?:\\d|\\b(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Cc]hanged?|[Ww]orse(?:ning)?|[Dd]eteriorat(?:ed|ing))\\b)[^\\n.;]{0,60}\\b[Ss]ince )${MONTH_EN}(?![a-z]|\\.?,? \\d)`,
        'g',
      ),
      score: 0.5,
      prefilter: /since (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/i,
    },
    {
      // A month alone right after a review, a due test or a return ("Review October.", "eye screen due
      // March"): the month of planned care. Months in full only; not May; not "due in June", which
      // earlier rounds left unmarked.
      name: 'en-month-after-review',
      regex:
        /\b(?:[Rr]eview|[Dd]ue|[Rr]eturn|RTC|[Nn]ext (?:visit|review|appointment|appt|clinic)) (?<value>January|February|March|April|June|July|August|September|October|November|December)(?![a-z]|\.?,? \d)/dg,
      score: 0.5,
      // From the month back to the word (the scan stops at a blank and a month, not at every letter).
      prefilter:
        / (?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?<=(?:eview|ue|eturn|RTC|visit|appt|clinic|appointment) [A-Z][a-z]{2})/,
    },
    {
      // A month alone closing a clause after a planned contact or re-test and its object ("review her in
      // February.", "see you again in March.", "nurse to phone in December.", "review renal function
      // January."; round 34): the month of that care. Months in full only, not May; the object is words
      // without digits and not "of", "the", "is", "due" ("Review of the September audit", "review is due in
      // June" stay unread), and the month ends the clause.
      // The scan stops at the month and looks back for the contact (months are rarer than the verbs).
      name: 'en-month-after-contact',
      regex:
        /\b(?:January|February|March|April|June|July|August|September|October|November|December)(?=[.;,!]|[ \t]*(?:\n|$))(?<=\b(?:[Ss]ee|[Rr]eview|[Pp]hone|[Cc]all|[Rr]ing|[Rr]eassess|[Rr]echeck|[Rr]epeat)(?: (?!(?:of|the|is|was|due|in)\b)[A-Za-z]{2,12}){0,2} (?:in )?[A-Z][a-z]{2,8})/g,
      score: 0.5,
      // The same test as the 'en' pattern's, so the registry's cache answers it.
      prefilter: /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/,
    },
    {
      // A month alone closing a clause after a procedure or an event of the person's care and "in" ("a socket not
      // healing after an extraction in July;", "since her fall in March."; round 55): the month of that care; so is the
      // month an operation is listed or booked for ("she is on the list for March.", "booked for June;"; round 56). Months
      // in full only, not May. The scan stops at the month and looks back for the event.
      name: 'en-month-after-event',
      regex:
        /\b(?:January|February|March|April|June|July|August|September|October|November|December)(?=[.;,!]|[ \t]*(?:\n|$))(?<=\b(?:(?:extraction|operation|surgery|procedure|biopsy|fall|injection|fracture|transplant|miscarriage|stroke|seizure|amputation|implant|infusion|endoscopy|colonoscopy|gastroscopy) in|(?:on the|on our|on his|on her|on the waiting) list for|(?:listed|booked|scheduled|pencilled|penciled) (?:in )?for) [A-Z][a-z]{2,8})/g,
      score: 0.5,
      // The same test as the 'en' pattern's, so the registry's cache answers it.
      prefilter: /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/,
    },
    {
      // A day of the month after its weekday ("home Friday 27th", "op is on Wednesday 25th"); the weekday
      // stays outside. Not a dose, cycle or shift counted by the ordinal ("Monday 2nd dose"). The weekday may be
      // abbreviated ("Ward round — Wed 18th"; round 41).
      name: 'en-weekday-ordinal',
      regex:
        /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?)(?: the)? (?<value>(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th))\b(?! (?:of\b|dose|cycle|shift|week|day|time|line|floor|round|attempt|visit|session|infusion|fraction))/dg,
      score: 0.5,
      prefilter: /(?:day|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?(?: the)? \d{1,2}(?:st|nd|rd|th)/,
    },
    {
      // A day of the month said in words after its weekday ("on the list for Wednesday the twenty-fifth"; round
      // 45): the day with its "the", as the cards mark a spoken date, the weekday outside. Not "the first dose".
      name: 'en-weekday-spoken-day',
      regex: new RegExp(
        `\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (?<value>the (?:${SPOKEN_DAY}))\\b(?![ -](?:of\\b|dose|cycle|shift|week|day|time|line|floor|round|attempt|visit|session|infusion|fraction))`,
        'dg',
      ),
      score: 0.5,
      prefilter: /day,? the [a-z]/,
    },
    {
      // A day and month after "from" or "until" ("via PICC from Nov 16", "off work until March 3"): when
      // care starts or ends. Not before a year, which the pattern above reads.
      name: 'en-from-month-day',
      regex: new RegExp(
        `(?<=\\b(?:from|until|till) )${MONTH_EN}\\.? ${DAY}(?:st|nd|rd|th)?(?![0-9:]|,? ${YEAR})\\b`,
        'g',
      ),
      score: 0.5,
      prefilter: /(?:from|until|till) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/,
    },
    {
      // A year alone when a treatment or a condition began ("on ivacaftor since 2023", "diagnosed in 2019").
      name: 'en-since-year',
      regex:
        /(?<=\b(?:[Ss]ince|[Ss]tarted(?: in)?|[Cc]ommenced(?: in)?|[Dd]iagnosed(?: in)?) )(?:19|20)\d{2}(?![0-9]|[./-]\d| guideline)/g,
      score: 0.5,
      prefilter: / (?:19|20)\d\d(?<=(?:ince|tarted|ommenced|iagnosed)(?: in)? \d{4})/,
    },
    {
      // A year alone right after a test or scan and before its result ("Echo 2024: EF 40%", "MRI 2023 — no
      // change"; round 52): the year of that test of the person. Only before a colon, a semicolon or a dash,
      // so that a count or a code after the test's name is not read ("CT 2000 mGy").
      name: 'en-test-year',
      regex:
        /(?<=\b(?:[Ee]cho|TTE|TOE|TEE|CT|CTPA|MRI|PET(?:-CT)?|CXR|ECG|EEG|DEXA|DXA|OGD|EGD|[Cc]olonoscopy|[Ee]ndoscopy|[Aa]ngiogram|[Mm]ammogram|[Bb]iopsy|[Ss]pirometry|PFTs?) )(?:19|20)\d{2}(?=[:;]| [—–-] )/g,
      score: 0.5,
      prefilter: / (?:19|20)\d\d(?:[:;]| [—–-] )/,
    },
    {
      // A year alone when a treatment stopped or a condition was found, later in the clause ("Took calcitriol as a
      // child, stopped in 2019", "found through the national detection programme in 2019"; round 51): a year in the
      // person's history. Not a publication's or a study's year after it ("in 2019 guidelines").
      // A child's birth dates the person's history too ("deafness since the birth of her son in 2022"; round 53).
      name: 'en-history-verb-in-year',
      regex:
        /(?<=\b(?:[Ss]topped|[Cc]eased|[Qq]uit|[Dd]iscontinued|[Ff]ound|[Dd]etected|[Ii]dentified|[Dd]iagnosed|[Bb]irth of)\b[^\n.;:]{0,60} in )(?:19|20)\d{2}(?![0-9]|[./-]\d| (?:guidelines?|study|trial|survey|cohort|report|census|edition|version|data)\b)/g,
      score: 0.5,
      prefilter: / in (?:19|20)\d\d\b/,
    },
    {
      // A month and year after "in" ("periods stopped in March 2025", "diagnosed in Aug 2026"): when
      // something happened to the person; after "by", when care is due ("if no better by June 2027, …").
      // Not after "of" ("the newsletter of August 2025") or "from" ("the guideline from March 2024").
      // A plan's return or first cycle ("return January 2027", "first cycle March 2027") and an earlier
      // study a report compares with ("radiographs from October 2026", "CT of May 2026") date the person's care.
      name: 'en-in-month-year',
      regex: new RegExp(
        `\\b(?:in|by|[Rr]eturn|[Cc]ycle|(?:[Rr]adiographs?|[Xx]-rays?|[Ff]ilms|[Ss]cans?|[Ss]tud(?:y|ies)|[Ii]maging|CT|MRI|[Uu]ltrasound) (?:from|of|dated)) (?<value>${MONTH_EN}\\.? ${YEAR})\\b`,
        'dg',
      ),
      score: 0.5,
      prefilter:
        / (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?<=(?:in|by|eturn|ycle|from|of|dated) [A-Z][a-z]{2})/,
    },
    {
      // The first date of a range whose second date carries the year ("Oct 3–Oct 9, 2026", "3–9 Oct
      // 2026" is one date span already): the first is as sure a date as the second.
      name: 'en-range-start',
      regex: new RegExp(
        `\\b(?:${MONTH_EN}\\.? ${DAY}(?:st|nd|rd|th)?|${DAY}(?:st|nd|rd|th)? ${MONTH_EN}\\.?)(?=[ \\t]{0,2}(?:[–—-]|to)[ \\t]{0,2}(?:${MONTH_EN}\\.? ${DAY}(?:st|nd|rd|th)?,? ${YEAR}|${DAY}(?:st|nd|rd|th)? ${MONTH_EN}\\.?,? ${YEAR})\\b)`,
        'g',
      ),
      score: 0.5,
      prefilter:
        /(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? ?\d{0,2}(?:st|nd|rd|th)?[ \t]{0,2}(?:[–—-]|to)/,
    },
    {
      // Earlier days of a list whose last day carries the year ("Sessions: 3 Mar, 10 Mar, 17 Mar 2027"):
      // the year is shared, so each is as sure a date as the last.
      name: 'en-list-before-year',
      regex: new RegExp(
        `\\b${DAY} ${MONTH_EN}\\.?(?=(?:, ${DAY} ${MONTH_EN}\\.?){0,5},?(?: and| &)? ${DAY} ${MONTH_EN}\\.?,? ${YEAR}\\b)`,
        'g',
      ),
      score: 0.5,
      prefilter: /, \d(?<=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?, \d)/,
    },
    {
      // The same with numeric days, day or month first ("Sessions 4/11, 11/11 and 18/11/2026").
      name: 'numeric-list-before-year',
      regex: new RegExp(
        `(?<![\\d./-])(?:${DAY}/${MONTH}|${MONTH}/${DAY})(?=(?:, \\d{1,2}/\\d{1,2}){0,5},?(?: and| &)? \\d{1,2}/\\d{1,2}/${YEAR}(?![\\d/]))`,
        'g',
      ),
      score: 0.5,
      prefilter: /\d\/\d{1,2},? (?:and |& )?\d/,
    },
    {
      // Three or more days and months listed without a year ("Further doses: 26/11, 30/11, 7/12 and 21/12",
      // "Return 11/25, 11/29, 12/6"; round 40): a schedule of the person's visits, each read. Each item is
      // read where two more stand after it, one before and one after, or two before. Not a list of scores or
      // power grades out of 5 or 10 ("4/5, 4/5 and 5/5").
      name: 'numeric-day-month-list',
      regex: new RegExp(
        `(?<![0-9A-Za-z./:-])(?<!${NOT_DATE_BEFORE}[ \\t]{0,2})(?!(?:[0-5]/5|(?:\\d|10)/10)(?![\\d/]))(?:${DAY}/${MONTH}|${MONTH}/${DAY})(?![\\d/]|\\.\\d)(?:(?=${LIST_SEP}${LIST_ITEM}${LIST_SEP}${LIST_ITEM})|(?<=${LIST_ITEM}${LIST_SEP}\\d{1,2}/\\d{1,2})(?=${LIST_SEP}${LIST_ITEM})|(?<=${LIST_ITEM}${LIST_SEP}${LIST_ITEM}${LIST_SEP}\\d{1,2}/\\d{1,2}))`,
        'g',
      ),
      score: 0.5,
      prefilter: /\d\/\d{1,2}(?:, (?:and |& )?| and | & )\d{1,2}\//,
    },
    {
      // A day and month before a clock time ("Phoned to Dr Ines Roa 23/11 14:05"; round 40), day first as
      // British notes write it (stamp-month-day reads the month first).
      name: 'numeric-day-month-before-time',
      regex: new RegExp(
        `(?<![0-9A-Za-z./:-])(?<!${NOT_DATE_BEFORE}[ \\t]{0,2})(?:1[3-9]|2\\d|3[01])/${MONTH}(?![\\d/.:-])(?=[ \\t]{1,3}(?:[01]?\\d|2[0-3]):[0-5]\\d(?!\\d))`,
        'g',
      ),
      score: 0.5,
      prefilter: /\/\d{1,2}[ \t]{1,3}\d{1,2}:\d\d/,
    },
    {
      // A date in capitals, as ICU charts and labels write it ("14 MAR 2027", "MAR 14, 2027"): with the
      // year only, so that "MAY" in a capitalised sentence is not read.
      name: 'en-capitals',
      regex: new RegExp(
        `\\b(?:${DAY} ${MONTH_CAPS}\\.?,? ${YEAR}|${MONTH_CAPS}\\.? ${DAY},? ${YEAR})\\b`,
        'g',
      ),
      score: 0.5,
      prefilter: /(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]{0,6}\.?,? \d/,
    },
    {
      // A date dictated in words ("march fourteenth twenty twenty seven", "14th" and the year in words).
      name: 'en-spoken',
      regex: new RegExp(`\\b${MONTH_WORD} (?:${SPOKEN_DAY}),? ${SPOKEN_YEAR}\\b`, 'gi'),
      score: 0.5,
      prefilter: /(?:nineteen|twenty|two thousand) /i,
    },
    {
      // A dictation says the day first ("second of april nineteen eighty one", "twenty ninth october"):
      // a spoken ordinal day before a month in full is a date, with or without the year. "may" after a
      // bare ordinal is read only with a year ("the first may be…").
      // A patient saying it in a dialogue writes the month capitalised, and the day too when it opens the
      // answer ("Ninth of March, nineteen thirty-four", "the ninth of March"; round 34): then with "of".
      // A patient's answer giving the birth date all in words, the year too, keeps its "the" ("the second of May,
      // nineteen thirty-two"; rounds 42, 43, 45), as the cards mark a spoken birth date whole; with a year in
      // digits, or in a dictation in lower case ("born on the ninth of march …"), it stays outside.
      name: 'en-spoken-day-first',
      regex: new RegExp(
        `\\b(?:[Tt]he (?=(?:${SPOKEN_DAY}) of ${capitalised(MONTH_WORD)},? ${SPOKEN_YEAR}\\b))?(?:(?:${SPOKEN_DAY})(?: of)? (?:${MONTH_WORD},? ${SPOKEN_YEAR}|(?!may\\b)${MONTH_WORD})|(?:${SPOKEN_DAY}|${SPOKEN_DAY_CAPITALISED}) of ${capitalised(MONTH_WORD)}(?:,? ${SPOKEN_YEAR}|(?!,? \\d)))\\b`,
        'g',
      ),
      score: 0.5,
      prefilter:
        /(?:st|nd|rd|th) (?:of )?(?:january|february|march|april|may|june|july|august|september|october|november|december)/i,
    },
    {
      // A month alone in brackets after a finding or test ("tear on ultrasound (October)"): the month of
      // that care.
      name: 'en-month-in-brackets',
      regex:
        /\((?<value>January|February|March|April|May|June|July|August|September|October|November|December)\)/dg,
      score: 0.5,
      prefilter: /\((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{2,6}\)/,
    },
    {
      // A dictation's date of care with the month in full, capitalised, and the day in words, without a year
      // ("Seen today October twenty-first", "review December third"; round 50). Not May ("May first be…").
      name: 'en-month-spoken-day',
      regex: new RegExp(
        `\\b(?:January|February|March|April|June|July|August|September|October|November|December) (?:${SPOKEN_DAY})\\b(?!,? (?:nineteen|twenty|two thousand)\\b)`,
        'g',
      ),
      score: 0.5,
      prefilter:
        /(?:January|February|March|April|June|July|August|September|October|November|December) (?:twenty|thirty|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]{3,5}teenth|twentieth|thirtieth)/,
    },
    {
      // A day and a month, no year, right before a clock time ("eye op is 2 Dec 7am", "clinic 14 March 09:30";
      // round 50): an appointment's or a procedure's date; not a notice's opening hours ("24 December 9am–1pm").
      name: 'en-day-month-before-time',
      regex: new RegExp(
        `\\b${DAY}(?:st|nd|rd|th)? ${MONTH_EN}\\.?${CLOSURE_NOTICE_EN}${HOLIDAY_HOURS_NOTICE_EN}(?= (?:at )?(?:(?:[01]?\\d|2[0-3]):[0-5]\\d(?!\\d)|(?:1[0-2]|0?[1-9])(?:[.:][0-5]\\d)? ?(?:am|pm|AM|PM)\\b)(?![ \\t]{0,2}[–-]))`,
        'g',
      ),
      score: 0.5,
      prefilter: /\d (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? (?:at )?\d/,
    },
    {
      // A year alone in brackets after the event it dates in a person's history ("repaired at birth (1998)",
      // "knee replaced (2019)", "diagnosed (2011)"; round 50); not a citation's year ("Smith et al. (2019)").
      name: 'en-event-year-in-brackets',
      regex:
        /(?<=\b(?:birth|repaired|operated|diagnosed|replaced|resected|removed|excised|inserted|implanted|fitted|transplant(?:ed)?|grafted|fused|amputated|repair|surgery|operation) \()(?:19|20)\d{2}(?=\))/g,
      score: 0.5,
      prefilter: / \((?:19|20)\d\d\)/,
    },
    {
      // A part of a month spelt in full ("since mid-November", "early March"; round 37): the month of the
      // person's care, as the cards mark it, the part inside the span. 0.3: a person-event word must be near.
      name: 'en-month-part',
      regex:
        /\b(?:[Mm]id|[Ee]arly|[Ll]ate)[- ](?:January|February|March|April|June|July|August|September|October|November|December)\b(?!,? \d)/g,
      score: 0.3,
      prefilter: /(?:[Mm]id|[Ee]arly|[Ll]ate)[- ][JFMASOND][a-z]{2}/,
    },
    {
      // A day said after "since the", with its month or alone ("swollen since the 14th", "on it since the 2nd of
      // October"; rounds 38 and 42): the cards keep "the" inside the span there (not after "on the"). A day alone
      // closes its clause, as en-day-of-month's does (not "since the 5th floor opened").
      name: 'en-since-the-day',
      regex: new RegExp(
        `(?<=\\b[Ss]ince )the (?:[12]?\\d|3[01])(?:st|nd|rd|th)(?: of ${MONTH_EN}(?:,? (?:19|20)\\d{2})?(?![0-9A-Za-z])|(?=[ \\t]*(?:[.,;!?)]|\\r?\\n|$)))`,
        'g',
      ),
      score: 0.6,
      prefilter: /since the \d/,
    },
    {
      // A day of the month alone after "on the" or "by the" closing its clause ("home by the 26th", "op on the
      // 4th. He's…"; round 37): a day in the person's care, the number and suffix only; not a floor, a
      // centile or a count ("on the 5th floor", "the 20th centile").
      name: 'en-day-of-month',
      regex:
        /(?<=\b(?:on|by|before|after|until|till) the )(?:[12]?\d|3[01])(?:st|nd|rd|th)(?=[ \t]*(?:[.,;!?)]|\r?\n|$))/g,
      score: 0.5,
      prefilter: / the \d{1,2}(?:st|nd|rd|th)\b/,
    },
    {
      // A month alone when a treatment or a worn device began ("On sertraline since August", "boots and
      // bar at night since September"; round 38): the month of the person's care. Months in full, not May;
      // not a state of life ("homeless since September", which earlier rounds left unmarked).
      // A worn or loaned device too ("using the wetting alarm since October"; round 39).
      name: 'en-treatment-since-month',
      regex:
        /(?<=(?:\b[Oo]n [a-z][a-z-]{3,24}(?: \d{1,4}(?:\.\d{1,2})? ?(?:mg|mcg|micrograms|g|units))?|\b(?:boots|brace|splint|cast|sling|collar|CPAP|BiPAP|oxygen|dialysis|insulin|alarm|pessary|catheter|stockings|hearing aids?)\b[^\n.;]{0,40}) since )(?:January|February|March|April|June|July|August|September|October|November|December)(?![a-z]|\.?,? \d)/g,
      score: 0.5,
      prefilter: /since (?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/,
    },
    {
      // A month alone when the person's last test or visit was ("Your last TSH was fine in August."; round 51): the
      // month of that care. Months in full, not May; the clause names the last one before the month.
      name: 'en-last-in-month',
      regex:
        /(?<=\b[Ll]ast (?:[A-Za-z0-9-]{2,20} ){1,4}in )(?:January|February|March|April|June|July|August|September|October|November|December)(?![a-z]|\.?,? \d)/g,
      score: 0.5,
      prefilter: / in (?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/,
    },
    {
      // A month alone after a measured value and its unit ("spleen 12 cm, down from 17 cm in May", "if the
      // count is still below 5 million/mL in March"; round 52): the month of that measurement or re-test, May
      // included, since a unit stands before it. A value without its unit is left ("HbA1c 58 (71 in May)",
      // which an earlier round left unmarked), and so is an age ("she'll be 100 in March").
      name: 'en-measure-in-month',
      regex:
        /(?<=\d(?:[.,]\d{1,3})? ?(?:million|thousand|billion)? ?(?:[a-zA-Zµμ%][a-zA-Zµμ%/]{0,11}|[a-zA-Zµμ%][a-zA-Zµμ%]{0,5}\/[a-zA-Zµμ%0-9]{1,6}) in )(?:January|February|March|April|May|June|July|August|September|October|November|December)(?![a-z'’]|\.?,? \d)/g,
      score: 0.5,
      prefilter: /\d ?[a-zA-Zµμ%/]{1,12} in (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/,
    },
    {
      // A month alone when the clinician last saw the patient ("any falls since we saw you in August?",
      // "last seen her in March"; round 39): the month of a visit. Months in full, not May.
      name: 'en-seen-in-month',
      regex:
        /(?<=\b(?:saw|seen) (?:you|him|her|them)(?: last)? in )(?:January|February|March|April|June|July|August|September|October|November|December)(?![a-z]|\.?,? \d)/g,
      score: 0.5,
      prefilter: /(?:saw|seen) (?:you|him|her|them)(?: last)? in [A-Z]/,
    },
    {
      // A month alone after an operation or a diagnosis it dates ("tenotomy in June", "after my DVT in
      // September", "stroke in March"; round 38). Months in full, not May; not a trip, a birthday or a
      // clinic's opening ("travelling to Kenya in June", "she'll be 100 in March").
      // A treatment stopped or started and the person's presentation too ("Imatinib stopped in October",
      // "Presented in June with jaundice"; round 52), as en-history-verb-in-year reads a year after them.
      // A course completed and a waiting list's month too ("infusion course completed in May", "listed for
      // March"; round 53).
      name: 'en-event-in-month',
      regex:
        /(?<=\b(?:[A-Za-z][a-z]{1,20}(?:otomy|ectomy|ostomy|plasty|scopy)|DVT|PE|MI|NSTEMI|STEMI|TIA|stroke|COVID(?:-19)?|fracture|surgery|operation|diagnosed|[Ss]topped|[Cc]eased|[Dd]iscontinued|[Ss]tarted|[Cc]ommenced|[Pp]resented|[Cc]ompleted) in |\b[Ll]isted for )(?:January|February|March|April|June|July|August|September|October|November|December)(?![a-z]|\.?,? \d)/g,
      score: 0.5,
      prefilter: / (?:in|for) (?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/,
    },
    {
      // A day and month after whom a meeting or appointment is with ("goals-of-care meeting with Dr Ama
      // Boateng 24/11", "appt with Ms Reid 30 Nov"; round 38): the day of that care.
      name: 'en-booked-with-name',
      regex: new RegExp(
        `(?<=\\b(?:[Mm]eeting|[Aa]ppointment|[Aa]ppt|[Rr]eview|[Vv]isit) with (?:(?:Dr|Prof|Mr|Mrs|Ms|Miss|Mx)\\.? )?[A-Z][A-Za-z'’-]{1,20}(?: [A-Z][A-Za-z'’-]{1,20}){0,2},? )(?:${DAY}/${MONTH}|${MONTH}/${DAY}|${DAY} ${MONTH_EN}|${MONTH_EN}\\.? ${DAY})(?![0-9A-Za-z/]|\\.\\d|,? ${YEAR}| of\\b)`,
        'g',
      ),
      score: 0.5,
      prefilter: / with [A-Z]/,
    },
    {
      // A day and month in brackets after the operation done "after" or "post" it ("Day 2 after laparotomy and
      // Hartmann's (21/11)", "s/p lap cholecystectomy (3/11)"; round 38): the operation's day. The word before the
      // bracket names an operation, so a score in brackets ("after physio, power (4/5)") is not read.
      name: 'en-procedure-date-in-brackets',
      regex: new RegExp(
        `(?<=\\b(?:[Aa]fter|[Pp]ost|s\\/p|[Ff]ollowing)\\b[^\\n.;()]{0,60}(?:otomy|ectomy|ostomy|plasty|pexy|scopy|['’]s|repair|fixation|ORIF|graft|bypass|CABG|PCI|transplant|operation|surgery|procedure) \\()(?:${DAY}/${MONTH}|${MONTH}/${DAY})(?=\\))`,
        'g',
      ),
      score: 0.5,
      prefilter: /\(\d{1,2}\/\d{1,2}\)/,
    },
    {
      // A date said in words, as in a dialogue: "twelfth of March 1958", "the Fourth of July, 1946".
      name: 'en-ordinal',
      regex: new RegExp(
        `\\b(?:(?:${ORDINAL_DAY}) of ${MONTH_EN},? ${YEAR}|${DAY}(?:st|nd|rd|th) of ${MONTH_EN}(?:,? ${YEAR})?)\\b`,
        'g',
      ),
      // "the 4th of November" without a year is partial: a person-event word must be near.
      scoreOf: (value) => (/\d{4}$/.test(value) ? 0.5 : 0.3),
      score: 0.5,
      prefilter: / of (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/,
    },
    {
      // Dates in Chinese numerals, with or without the year: 一九三四年十一月七日, 十一月九日.
      name: 'zh-numerals',
      regex:
        /(?:[〇零一二三四五六七八九]{4}年|(?<![〇零一二三四五六七八九十年]))(?:十[一二]?|[一二三四五六七八九])月(?:三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])[日号]/g,
      score: 0.5,
      prefilter: /[十一二三四五六七八九]月[一二三四五六七八九十]/,
    },
    {
      // A birth date in the lunar calendar, the year then a lunar month and day ("一九三四年腊月初八", "1941年正月
      // 十五", "一九二九年冬月廿三"; round 43): a month only the lunar calendar names (正月, 冬月, 腊月) or a day with 初
      // or 廿, so that a solar date is left to the patterns above.
      // The year may be the Republic's, in numerals as older patients say it ("民国十九年冬月初三", "民国元年正月
      // 十五"; round 45). A year said with 农历 before the month may give the day in plain numerals ("一九三四年农历
      // 三月十二"; round 46), as 农历 says which calendar it is.
      name: 'zh-lunar',
      regex:
        /(?:[〇零一二三四五六七八九]{4}|(?<!\d)(?:19|20)\d{2}|民[国國](?:元|[一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九]))年(?:闰)?(?:(?:正|冬|腊)月(?:初[一二三四五六七八九十]|廿[一二三四五六七八九]?|二十[一二三四五六七八九]?|三十|十[一二三四五六七八九]?)|(?:十[一二]?|[二三四五六七八九])月(?:初[一二三四五六七八九十]|廿[一二三四五六七八九]?)|(?:农历|阴历)(?:闰)?(?:正|冬|腊|十[一二]?|[一二三四五六七八九])月(?:初[一二三四五六七八九十]|廿[一二三四五六七八九]?|二十[一二三四五六七八九]?|三十|十[一二三四五六七八九]?|[一二三四五六七八九]))/g,
      score: 0.5,
      prefilter: /[正冬腊]月|月(?:初|廿)|年(?:农历|阴历)/,
    },
    {
      // A month and day as the value of a date field ("入院日期11.22", "手术日期：11-20"): the label says
      // whose event it is, so the year is not needed.
      name: 'zh-field-month-day',
      regex: new RegExp(`日期[:：]?[ \\t\\u3000]{0,2}(?<value>${MONTH}[-/.]${DAY})(?![\\d./-])`, 'dg'),
      score: 0.5,
      prefilter: /日期/,
    },
    {
      // A month and day in brackets after a note's heading ("日常病程记录（11.21）：", "查房记录(11-20)"; round 40):
      // the day the note was written.
      name: 'zh-note-heading-month-day',
      regex: new RegExp(`记录[（(](?<value>${MONTH}[-/.]${DAY})[）)]`, 'dg'),
      score: 0.5,
      prefilter: /记录[（(]\d/,
    },
    {
      // A month and day in the field after a clinician's signature ("申请：柯主任｜11-21｜", "邢医生｜11.23"):
      // the date of that request or order. Day or month of two digits, so that a range ("3-5") is not read.
      name: 'zh-signed-field-month-day',
      regex:
        /(?:医生|医师|主任|护士|技师|药师)[ \t]{0,2}[｜|][ \t]{0,2}(?<value>(?:1[0-2]|0[1-9])[-.](?:0?[1-9]|[12]\d|3[01])|[1-9][-.](?:[12]\d|3[01]|0[1-9]))(?=[ \t]{0,2}(?:[｜|]|\r?\n|$))/dg,
      score: 0.5,
      prefilter: /[生师任士][ \t]{0,2}[｜|][ \t]{0,2}\d/,
    },
    {
      // A month and day closing a line after a clinician's or social worker's signature ("处方医师：钭　11/19",
      // "医师 郗｜10-28", "社工：某某　11/17"): the date the note or order was signed. A month or day of two
      // digits, so that a dose's fraction ("减为 1/2") is not read. (The scan stops on the digits and looks back
      // for the signature.)
      name: 'zh-signed-month-day-at-line-end',
      regex: new RegExp(
        `(?<![\\d./:-])(?:(?:1[0-2]|0[1-9])[-/.]${DAY}|[1-9][-/.](?:[12]\\d|3[01]|0[1-9]))(?=[ \\t]*(?:\\r?\\n|$))(?<=(?:医生|医师|护士|技师|药师|社工|治疗师)[^\\n]{0,10}[ \\t\\u3000｜|]\\d{1,2}[-/.]\\d{1,2})`,
        'g',
      ),
      score: 0.5,
      prefilter: /医生|医师|护士|技师|药师|社工|治疗师/,
    },
    {
      // A month and day (two-digit day) from which a care order runs ("11-21起每4小时测血糖"); not 起伏, 起来, 起床.
      name: 'zh-month-day-from',
      regex: new RegExp(`(?<![\\d./:-])${MONTH}[-/.](?:[0-2]\\d|3[01])(?=起(?![伏来床身效立]))`, 'g'),
      score: 0.5,
      prefilter: /\d起/,
    },
    {
      // A month and day (two-digit day) glued to the admission, discharge or review it dates ("｜11.12入院—11.24出院｜",
      // "｜12.08复查肝功能"; round 37), opening its field or a range's end; not a lab value after its name and a
      // blank ("INR 2.15复查"). After 于 too, and before the onset it dates ("于11-09入院", "，11-14发病"; round 40).
      name: 'zh-month-day-before-care',
      regex: new RegExp(
        `(?<=(?:^|[\\n｜|，,；;：:—–~～至到于]))${MONTH}[-/.](?:[0-2]\\d|3[01])(?=[ \\t]?(?:入院|出院|住院|复查|复诊|手术|拆线|就诊|发病|起病))`,
        'g',
      ),
      score: 0.5,
    },
    {
      // A handover's second shift, dated by month and day after the first shift's full date and an arrow or 至
      // ("2026-03-02夜班→03-03白班"; round 59): the day the next shift works, as the first date is read.
      name: 'zh-handover-next-shift-month-day',
      regex: new RegExp(
        `(?<=\\d{4}-${MONTH}-${DAY}[ \\t]?(?:${ZH_SHIFT})[ \\t]{0,2}(?:→|->|至|到|—|–|~|～)[ \\t]{0,2})${MONTH}-(?:[0-2]\\d|3[01])(?![\\d./-])(?=[ \\t]?(?:${ZH_SHIFT}))`,
        'g',
      ),
      score: 0.5,
      prefilter: /班/,
    },
    {
      // A night handover's second day, the day alone after the first day's month and day and a dash, each with its
      // part of the day ("夜班交班（3月8日夜—9日晨）"; round 60): the morning the shift ends. Both parts of the day
      // are needed, so a dose range ("3月8日起每日1—2片") or a count ("3月8日—9日共2天") is not read.
      name: 'zh-overnight-second-day',
      regex: new RegExp(
        `(?<=${MONTH}月${DAY}[日号](?:夜间?|晚间?|白天)[ \\t]?(?:—|–|~|～|至|到|-)[ \\t]?)${DAY}[日号](?=(?:晨|早晨?|清晨|上午|白天))`,
        'g',
      ),
      score: 0.5,
      prefilter: /[日号](?:夜|晚|白天)/,
    },
    {
      // A stay's range by month and day after 住院 or 在院 ("住院 11-08 至 11-15"; round 37): both ends.
      name: 'zh-stay-range-month-day',
      regex: new RegExp(
        `(?<![\\d./-])${MONTH}[-/.](?:[0-2]\\d|3[01])(?![\\d./-])(?:(?<=(?:住院|在院|入住|治疗|疗程)[：: \\t]{0,3}\\d{1,2}[-/.]\\d{2})(?=[ \\t]{0,2}(?:至|到|—|–|~|～)[ \\t]{0,2}\\d{1,2}[-/.]\\d{2}(?![\\d./-]))|(?<=(?:住院|在院|入住|治疗|疗程)[：: \\t]{0,3}\\d{1,2}[-/.]\\d{2}[ \\t]{0,2}(?:至|到|—|–|~|～)[ \\t]{0,2}\\d{1,2}[-/.]\\d{2}))`,
        'g',
      ),
      score: 0.5,
      prefilter: /住院|在院|入住|治疗|疗程/,
    },
    {
      // A specimen's received and reported days filling their fields ("收到 11-16｜报告 11-20"; round 37).
      name: 'zh-specimen-month-day-field',
      regex: new RegExp(
        `(?<=(?:收到|接收|送检|采样|采集|报告|签发|核收)[：: \\t]{0,3})${MONTH}[-/.](?:[0-2]\\d|3[01])(?![\\d./-])(?=[ \\t]{0,2}(?:[｜|]|\\r?\\n|$))`,
        'g',
      ),
      score: 0.5,
    },
    {
      // A day of a month named relative to now ("从上个月18号开始", "下个月3号复查"; round 37): one date.
      name: 'zh-relative-month-day',
      regex: /(?:上个?|下个?|这个?|本)月(?:[12]\d|3[01]|0?[1-9])[号日](?![楼床房室门线窗台])/g,
      score: 0.5,
      prefilter: /月\d/,
    },
    {
      // A month alone before 曾 ("10月曾在街上迷路"; round 37): something that befell the person that month; not a
      // duration after 术后 or 近 ("术后3月曾…").
      name: 'zh-month-once',
      regex: new RegExp(`(?<![\\d年/.\\-后内近前个])${MONTH}月(?=曾)`, 'g'),
      score: 0.5,
    },
    {
      // A month's beginning in Chinese numerals, before the care or onset it dates ("十月初因重度贫血住进贵科";
      // round 37), as "10月初" is read. (Not its ten-day parts or end: rounds 9 and 14 leave "十月中旬", "十月底"
      // unmarked.)
      name: 'zh-numeral-month-part',
      regex:
        /(?<![〇零一二三四五六七八九十年第个])(?:十[一二]?|[一二三四五六七八九])月初(?![步诊次])(?=[^\n。；;，,]{0,6}?(?:因|住|入院|就诊|复查|手术|发病|起病|出院|复发|加重|开始))/g,
      score: 0.5,
    },
    {
      // Day first with a two-digit year ("WR 20/11/26", "Discharged 21/11/26"): three parts make a date,
      // and so they do month first when the second part cannot be a month (US "NEW Rx 11/22/26").
      name: 'numeric-short-year',
      // Day, month and a two-digit year with slashes or dots ("20.11.26").
      // Dotted, only with two-digit day and month: "1.2.10" is a version.
      regex: new RegExp(
        `(?<![\\d./:-])(?:${DAY}/${MONTH}/\\d{2}|${MONTH}/(?:1[3-9]|2\\d|3[01])/\\d{2}|(?<![A-Za-z])(?:0[1-9]|[12]\\d|3[01])\\.(?:0[1-9]|1[0-2])\\.\\d{2})(?![\\d/]|\\.\\d)`,
        'g',
      ),
      score: 0.5,
      prefilter: /\d[/.]\d{1,2}[/.]\d\d/,
    },
    {
      // Day first without a year when the day cannot be a month ("on 19/11", "booked 24/11"): a
      // person-event word must be near, as for other partial dates.
      name: 'numeric-partial-day-first',
      regex: new RegExp(
        `(?<![0-9A-Za-z./:-])(?<!${NOT_DATE_BEFORE}[ \\t]{0,2})(?:1[3-9]|2\\d|3[01])/${MONTH}(?![\\d]|[./-]\\d|[ \\t]?(?:mg|ml|mL|mmHg|kg|cm|days?|d\\b|tab|片|粒|次|天|周))`,
        'g',
      ),
      score: 0.3,
      prefilter: /\/\d(?<=\d\/\d)/,
    },
    {
      // A month and day with a clock time after it ("申请医师：卓然 11/22 10:15", "（11/20 下午3点）"), or closing a text's
      // title line ("ICU病程 11/21", "MICU sign-out 11/21", "耳鼻喉科　11-18", "术后病程（SOAP）11-21"): the time
      // or date of an entry about a patient. A nursing log writes midnight as 24:00 ("11-22 24:00　患者诉…").
      name: 'stamp-month-day',
      regex: new RegExp(
        `(?<![\\d./:-])${MONTH}[-/.]${DAY}(?![\\d./:-])(?:(?=[ \\t\\u3000]{1,3}(?:(?:[01]?\\d|2[0-3]):[0-5]\\d|24:00|(?:上午|下午|中午|晚上|凌晨|早上|傍晚)[0-9]{1,2}[点时]))|(?=[ \\t\\u3000]*\\n)(?<=^[^\\n]{1,40}[ \\t\\u3000）]\\d{1,2}[-/.]\\d{1,2}))`,
        'g',
      ),
      score: 0.5,
      prefilter: /\d[-/.]\d{1,2}[ \t\u3000\n]/,
    },
    {
      // A month and day in a record's running log or header: "11-21 22:00", "11-20 病程记录", "11/20 夜班",
      // "11.21 皮肤科门诊" near a line start.
      name: 'log-month-day',
      regex: new RegExp(
        `(?<![\\d./:-])${MONTH}[-/.]${DAY}(?![\\d./:-])(?=[ \\t]{1,3}(?:(?:[01]?\\d|2[0-3]):[0-5]\\d|(?<=(?:^|\\n)[^\\n]{0,8})[\\u4e00-\\u9fff]))`,
        'g',
      ),
      score: 0.3,
      prefilter: /\d[-/.]\d{1,2}[ \t]/,
    },
    {
      // A dated log in Chinese: two or more lines open with a month and day before the entry ("11-20 午餐：…",
      // "11-21 早餐：…", "11-18　讲解…"), one blank or full-width blank between; each is the date of that entry.
      // Not a range of days or doses opening the lines of a leaflet ("1-2 天 卧床", "3-5 次 …"), nor a column of beds ("3-03  庞淑贞    94").
      name: 'zh-log-lines-month-day',
      regex: new RegExp(
        `(?<=(?:^|\\n))${MONTH}[-/.]${DAY}(?=[ \\u3000][\\u4e00-\\u9fff])(?![ \\u3000](?:${NOT_LOG_UNIT}))(?:(?=[^\\n]{0,160}\\n\\d{1,2}[-/.]\\d{1,2}[ \\u3000][\\u4e00-\\u9fff])|(?<=(?:^|\\n)\\d{1,2}[-/.]\\d{1,2}[ \\u3000][\\u4e00-\\u9fff][^\\n]{0,160}\\n\\d{1,2}[-/.]\\d{1,2}))`,
        'g',
      ),
      score: 0.5,
      prefilter: /\n\d{1,2}[-/.]\d{1,2}[ \u3000][\u4e00-\u9fff]/,
    },
    {
      // A list of sessions or events by month and day, each beside another of the same month ("既往各次：
      // 10-08、10-10、10-13"), and a month and day in a barred field of a text's title line ("口腔科复诊｜10-20｜…"):
      // two-digit days, so that lists of ranges ("1-2、3-4", "1-10、11-20") are not read.
      name: 'zh-month-day-list',
      regex:
        /(?<![\d./-])(?<listMonth>1[0-2]|0?[1-9])-(?:[0-2]\d|3[01])(?![\d-])(?:(?=、\k<listMonth>-\d{2}(?![\d-]))|(?<=(?<![\d-])\k<listMonth>-\d{2}、\k<listMonth>-\d{2})|(?<=^[^\n]{1,30}[｜|][ \t]?\d{1,2}-\d{2})(?=[ \t]?[｜|]))/g,
      score: 0.5,
      prefilter: /\d-\d\d[、｜|]/,
    },
    {
      // The days of a weight record ("周体重：11-16 38.4 kg → 11-21 39.1 kg"): a month and day before a weight.
      name: 'zh-weight-month-day',
      regex: new RegExp(
        `(?<=体重[^\\n]{0,40})(?<![\\d./-])${MONTH}[-/.]${DAY}(?=[ \\t]{1,2}\\d{1,3}(?:\\.\\d{1,2})?[ \\t]?(?:kg|公斤|斤))`,
        'g',
      ),
      score: 0.5,
      prefilter: /体重|称重/,
    },
    EN_DATE_BESIDE_TIME,
    EN_HEADING_DATE,
    EN_SIGNED_DATE_AT_END,
    {
      // A dated log: rows that open with a month and day and a column gap ("11/16  fx 6/20  2.66 Gy"),
      // two or more rows in a row.
      name: 'log-line-month-day-gap',
      regex: new RegExp(
        `(?<=(?:^|\\n))(?:${MONTH}/${DAY})(?= {2}|\\t)(?:(?=[^\\n]{0,160}\\n\\d{1,2}/\\d{1,2}(?: {2}|\\t))|(?<=(?:^|\\n)\\d{1,2}/\\d{1,2}(?: {2}|\\t)[^\\n]{0,160}\\n\\d{1,2}/\\d{1,2}))`,
        'g',
      ),
      score: 0.5,
      prefilter: /\n\d{1,2}\/\d{1,2}(?: {2}|\t)/,
    },
    {
      // A home blood-pressure log on one line: each month and day right before its reading ("11/16 148/92
      // 11/17 151/94"), with another dated reading beside it on the line, so a lone fraction is not read.
      name: 'bp-log-month-day',
      regex: new RegExp(
        `(?<![\\d./:-])${MONTH}/${DAY}(?=[ \\t]\\d{2,3}/\\d{2,3}(?![\\d/]))(?:(?=[ \\t]\\d{2,3}/\\d{2,3}[ \\t]{1,4}\\d{1,2}/\\d{1,2}[ \\t]\\d{2,3}/\\d{2,3}(?![\\d/]))|(?<=\\d{1,2}/\\d{1,2}[ \\t]\\d{2,3}/\\d{2,3}[ \\t]{1,4}\\d{1,2}/\\d{1,2}))`,
        'g',
      ),
      score: 0.5,
      prefilter: /\d\/\d{1,2}[ \t]\d{2,3}\/\d{2,3}[ \t]{1,4}\d{1,2}\//,
    },
    {
      // A month and day opening a row of a table whose header names a date column ("日期｜INR｜剂量",
      // "Date | Weight | BP"): the row's date.
      name: 'table-row-month-day',
      regex: new RegExp(
        `(?<=(?:^|\\n)[ \\t]{0,3}[|｜]?[ \\t]{0,3})${MONTH}[-/.]${DAY}(?=[ \\t]{0,3}[|｜\\t])`,
        'g',
      ),
      score: 0.5,
      prefilter: /(?:日期|\b[Dd]ate|\bDATE)[ \t]{0,3}[|｜\t]/,
    },
    {
      // A day and month opening each line of a log, before a measurement ("14/10 INR 2.9 — …", "21/10 Wt
      // 71.2 kg"): the line before or after opens the same way, so a lone "4/5 power" or "2/7 …" is not read.
      name: 'log-line-day-month',
      regex: new RegExp(
        `(?<=(?:^|\\n))(?:${DAY}/${MONTH})(?= [A-Za-z][A-Za-z0-9]{0,9}:? [<>]?\\d)(?:(?=[^\\n]{0,160}\\n\\d{1,2}/\\d{1,2} [A-Za-z][A-Za-z0-9]{0,9}:? [<>]?\\d)|(?<=(?:^|\\n)\\d{1,2}/\\d{1,2} [A-Za-z][A-Za-z0-9]{0,9}:? [<>]?\\d[^\\n]{0,160}\\n[^\\n]{0,5}))`,
        'g',
      ),
      score: 0.5,
      prefilter: /\n\d{1,2}\/\d{1,2} [A-Za-z]/,
    },
  ],
  context: DATE_CONTEXT,
  contextWindow: 24,
  contextBoost: 0.5,
  negativeContext: [
    '指南',
    '版',
    '发布',
    '颁布',
    '实施',
    '批准',
    '获批',
    '上市',
    '共识',
    // A standard as a publication ("…诊疗标准（2024年版）", "国家标准"), not a patient's result measured against one
    // ("未达换血标准｜11月20日复查").
    '标准（',
    '标准(',
    '标准》',
    '国家标准',
    '行业标准',
    '团体标准',
    '地方标准',
    '规范',
    '生产日期',
    // A product's or permit's validity dates ("有效期至2027-08", "有效期：2026-11-22至…"), not a prescription dated
    // on the day before its validity in days ("开具日期：3月5日，有效期3天"; round 60).
    '有效期至',
    '有效期到',
    '有效期为',
    '有效期：',
    '有效期:',
    '有效期 ',
    '有效期2',
    '失效',
    '截止',
    '出版',
    '更新',
    // A hospital notice's closure dates, not anyone's care ("12月1日至12月20日期间暂停开放"); not 施工, whose
    // dates may be a patient's home adaptation ("施工日期：11月16日").
    // Not 暂停 alone: a patient's care pauses too, in the clause after a planned date ("拟于3月2日手术；术前暂停
    // 训练"; round 59), so only what a notice pauses, or pausing from or during the dates.
    '暂停开放',
    '暂停对外',
    '暂停服务',
    '暂停使用',
    '暂停接诊',
    '暂停挂号',
    '暂停营业',
    '起暂停',
    '期间暂停',
    '改造',
    // Works on a hospital's grounds ("停车场11月25日至12月10日地面翻修"), and clinics reopening after a
    // closure ("1月4日起恢复正常门诊").
    '恢复正常门诊',
    '恢复门诊',
    '恢复开诊',
    '翻修',
    '装修',
    '检修',
    '维修',
    '停诊',
    '休诊',
    '放假',
    // A holiday notice's opening hours ("元旦假期（1月1日至1月3日）门诊仅开放急诊"; the range's start by
    // CLOSURE_WORDS).
    '仅开放',
    // Its schedule and the clinics open on a day ("（1月1日—1月3日）门诊安排", "1月2日上午开放内科"; round 38).
    '门诊安排',
    '上午开放',
    '下午开放',
    '全天开放',
    // A hospital's seasonal opening hours ("自12月1日起执行冬季作息"; round 39).
    '冬季作息',
    '夏季作息',
    'guideline',
    'published',
    'edition',
    'version',
    'approved',
    'approval',
    'expiry',
    'expires',
    'manufactured',
    'updated',
    'revised',
  ],
  negativeWindow: 8,
});
