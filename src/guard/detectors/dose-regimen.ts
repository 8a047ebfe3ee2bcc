import { convert, UNIT_ALIASES } from '../../foundation/knowledge/dose.ts';
import type { DrugMention } from '../../foundation/knowledge/drugs.ts';
import type { DoseUnit, Drug, Route } from '../../foundation/knowledge/schema.ts';
import { CHINESE_DIGITS } from '../../foundation/text/chinese-digits.ts';
import { sentenceEnds as endsOfSentences, SENTENCE_END } from '../../foundation/text/sentences.ts';
import { matchAll } from '../recognizers/recognizer.ts';

/**
 * Reads the dosing regimens an answer states, as people and models write them, into totals per day (or
 * per week): "8 grams of paracetamol a day", "paracetamol 1 g four times daily", "two 500 mg tablets every
 * 4 hours", "每日服用对乙酰氨基酚6000 mg", "每次2片（每片0.5g），每6小时一次". Each amount is tied to the drug
 * named just after it ("1000 mg paracetamol") or else to the last drug named before it in the paragraph
 * (a bulleted answer names the drug once and gives the dose on the next line). Amounts that are no
 * regimen are left out: warnings ("more than 4 g can damage the liver"), ingestions already taken ("she
 * took 20 g"), per-kilogram doses and concentrations ("250 mg/5 mL"). The detector (dose.ts) compares the
 * totals with the knowledge base's maximum.
 */
export interface Regimen {
  mention: DrugMention;
  /** The amount as written (the top of a range). */
  start: number;
  end: number;
  /** Total per `period`, in `unit`. */
  total: number;
  unit: DoseUnit;
  period: 'day' | 'week';
  route: Route;
  /**
   * `total`: stated per day or week; `limit`: a stated ceiling ("up to 6 g a day", "每日不超过4g"), which
   * also caps any dose × frequency reading of the same drug in the paragraph; `product`: dose × frequency.
   */
  kind: 'total' | 'limit' | 'product';
  /** Whether the drug is named in the amount's own sentence (else the finding points at the amount alone). */
  sameSentence: boolean;
  /** Where the amount's sentence and paragraph start (amounts of one drug there may add up). */
  sentenceStart: number;
  paragraphStart: number;
  /** The time of day or meal said with the amount ("morning", "晚上"), normalised. */
  slot?: string;
  /** Doses a day of a dose × frequency reading (a titration's next step keeps it). */
  perDay?: number;
  /** A loading dose or bolus given once ("load of 40 mg/kg", "负荷量", "起始80毫克"). */
  loading?: boolean;
  /** A continuous infusion's rate × hours. */
  rate?: boolean;
  /** The weekdays an amount is said for ("15 mg Mon", "周日再打10毫克"), normalised: mon … sun, joined by +. */
  weekday?: string;
  /**
   * Of a weekly schedule on days of the week ("900 mg on Monday, Wednesday and Friday", "three times a week"):
   * the amount of one dosing day (the largest), in `unit`, and how many days a week it is given.
   */
  dayDose?: number;
  daysAWeek?: number;
}

// A thousands comma (1,200), a decimal point, or a European decimal comma (0,5 mg; one or two digits after it).
const NUMBER = String.raw`\d{1,3}(?:,\d{3}){1,3}|\d{1,5}(?:\.\d{1,3})?|\d{1,3},\d{1,2}(?!\d)`;
/**
 * An amount with a unit, optionally the top of a range ("500–1000 mg", "0.5~1克"); English hyphenates it
 * before a noun ("an 18-microgram capsule").
 */
const AMOUNT = new RegExp(
  String.raw`(?<![\d.,])(?:(?:${NUMBER}) ?(?:mg|g|克|毫克)? ?(?:-|–|~|～|to|到|至) ?)?(${NUMBER})(?: |-)?(mg|milligrams?|mgs|g|grams?|gms?|mcg|micrograms?|μg|µg|ug|毫克|克|微克|IU|iu|units?|单位|mL|ml|毫升)(?![A-Za-z])`,
  'g',
);

const COUNT_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
  十二: 12,
  半: 0.5,
  half: 0.5,
  // "a pair at breakfast and another pair at lunch": two each time.
  'a pair': 2,
  'another pair': 2,
  // One more unit at a time of day ("two at breakfast and a third at 3 pm"): SLOT_COUNTS reads these.
  another: 1,
  'one more': 1,
  'a second': 1,
  'a third': 1,
  'a fourth': 1,
};
const COUNT = String.raw`\d{1,2}|a pair|one|two|three|four|five|six|seven|eight|nine|ten|twelve|half|十二|[一二两三四五六七八九十半]`;
const countOf = (word: string | undefined): number | undefined =>
  word === undefined ? undefined : /^\d/.test(word) ? Number(word) : COUNT_WORDS[word.toLowerCase()];

/** A time of day in a Chinese list ("早中晚", "早、中午、晚"); the two-character words first, so 中午 is one. */
const DAY_TIME = /早上|中午|晚上|睡前|早|中|晚/g;
// Not when what follows 各 / 都 is no dose: a negation ("早上和晚上都不要漏服") or a measurement ("各量一次血压").
const DAY_TIMES_EACH =
  /(?:早上|中午|晚上|睡前|早|中|晚)(?:[、，,和及]?(?:早上|中午|晚上|睡前|早|中|晚)){1,3}(?:(?:饭|餐)?[前后](?:[、，,和及]临?睡前)?)?[各都](?![不别勿没]|量|测|监测|查|复查)/g;

/**
 * Times of day or meals in a Chinese list joined by 和 / 、 / 及 / 与 and followed by the verb ("早上和中午吃",
 * "早饭后和晚饭后服"): one dose at each, as with 各. Not one or the other ("早上或晚上吃"), nor a list said of
 * something else ("早上和晚上血压高", "早上和晚上都不要吃"): the verb must follow the list at once.
 */
const ZH_TIME_ITEM =
  /(?:早上|早晨|清晨|上午|中午|下午|傍晚|晚上|临睡前|睡前|早饭|午饭|晚饭|早餐|午餐|晚餐)(?:时|饭?[前后])?/g;
const ZH_TIMES_LIST = new RegExp(
  `${ZH_TIME_ITEM.source}(?:[、和及与]${ZH_TIME_ITEM.source}){1,3}(?:各|都)?(?:吃|服|服用|口服|用)`,
  'g',
);

/** Clock hours in a Chinese list ending in 各, each with its part of the day or not. */
const CLOCK_TIMES_EACH =
  /(?:(?:早上|早晨|清晨|上午|中午|下午|傍晚|晚上|夜里|夜间|半夜|凌晨)?\d{1,2}点(?:半|\d{1,2}分)?[、，,和及]?){2,6}各/g;
/** A list of hours said "at 7, 15 and 23 h" (not "hours", which may be times after a dose). */
const HOUR_LIST = /\bat \d{1,2}(?:, ?\d{1,2}){0,4},? and \d{1,2} ?(?:h|o'clock)(?![A-Za-z])/gi;

/**
 * A list of clock times, with bare hours between them ("at 7 am, then again at 10, 1 pm, 4, 7 pm and 10 pm",
 * "at 6 and 10 am, 2 and 6 pm") or on the 24-hour clock ("at 0700, 1500 and 2300", "at 0800 + 1400 + 2200"):
 * one dose at each. A bare hour is one followed by a comma, "and" or the sentence's end, not by a unit; a
 * 24-hour time of four figures is not followed by a unit either. A list needs one time that is surely a clock
 * time (am, pm, hh:mm or four figures), so "at 2, 4 and 6 weeks" is none.
 */
const MILITARY_TIME = String.raw`(?:[01]\d|2[0-4])[0-5]\d(?: ?h(?:rs|ours)?\b)?(?!\d|[.,]\d| ?(?:mg|g|mcg|µg|μg|ug|micrograms?|milligrams?|grams?|ml|units?|iu)\b)`;
const CLOCK_TIME = String.raw`\d{1,2}(?::\d{2})? ?(?:am|pm|a\.m\.|p\.m\.)(?![A-Za-z])|\d{1,2}:\d{2}|${MILITARY_TIME}`;
const BARE_HOUR = String.raw`\d{1,2}(?=[,;.)]| and\b| &| \+|$)`;
const CLOCK_LIST = new RegExp(
  String.raw`\bat (?:${CLOCK_TIME}|${BARE_HOUR})(?:(?:,? and |, ?|,? then (?:again )?|,? & | ?\+ ?)(?:at )?(?:${CLOCK_TIME}|${BARE_HOUR})){1,7}`,
  'gi',
);
/** The times of a clock list, each counted once (a 24-hour time of four figures too). */
const CLOCK_LIST_ITEM = /\d{3,4}|\d{1,2}(?::\d{2})?/g;
const SURE_CLOCK = /\d ?(?:am|pm|a\.m\.|p\.m\.)|\d:\d{2}|\d{4}/i;

/** Doses a day: each phrase's number or function of the match (all global, searched by position). */
const FREQUENCIES: Array<[RegExp, (m: RegExpExecArray) => number | undefined]> = [
  // Also with one word saying what kind of doses ("two fasting doses a day", "three divided doses daily"), not
  // doses missed or skipped.
  [
    new RegExp(
      String.raw`(?:\b(${COUNT}) ?(?:times|x|(?:(?!missed |skipped )[a-z]{3,12} )?doses|occasions|goes|meals)|\bx ?(\d{1,2})) ?(?:(?:a|per|each|every) ?day|daily|\/ ?(?:day|d)\b|(?:a|per|in) ?24 ?h(?:ours?|rs?)?|(?:spaced |spread )?(?:through|across|over) the day)\b`,
      'gi',
    ),
    (m) => countOf(m[1] ?? m[2]),
  ],
  // "N times:" and the times of day listed ("three times: breakfast, midday meal, tea"): N.
  [
    new RegExp(
      String.raw`\b(${COUNT}) times ?[:：—–-] ?(?:at |with )?(?:breakfast|morning|waking|lunch|midday|noon|supper|dinner|evening|bedtime|night|\d{1,2} ?(?:am|pm)\b|\d{1,2}:\d{2})`,
      'gi',
    ),
    (m) => countOf(m[1]),
  ],
  // Morning and evening (早晚各一次): twice; also in the plural, "mornings and nights".
  [/\bmornings? and (?:evenings?|nights?)\b|早晚各|早晚(?:各)?(?:一次|1次)/gi, () => 2],
  // Times of day listed with 各 ("早中晚各一次", "早、中、晚各吃3片"): one dose at each time named.
  [DAY_TIMES_EACH, (m) => m[0].match(DAY_TIME)?.length],
  // Times of day listed with 和 and the verb after them ("早上和中午吃"): one dose at each (before the
  // once-a-day reading of 早上 alone, which starts at the same place).
  [ZH_TIMES_LIST, (m) => m[0].match(ZH_TIME_ITEM)?.length],
  // Clock times listed with 各 ("早上7点、11点，下午3点各吃一次"): one dose at each hour named.
  [CLOCK_TIMES_EACH, (m) => m[0].match(/点/g)?.length],
  // Hours of a 24-hour clock listed ("one at 7, 15 and 23 h"): one dose at each.
  [HOUR_LIST, (m) => m[0].match(/\d{1,2}/g)?.length],
  // Clock times listed, some with am or pm and some bare: one dose at each.
  [CLOCK_LIST, (m) => (SURE_CLOCK.test(m[0]) ? m[0].match(CLOCK_LIST_ITEM)?.length : undefined)],
  // Not 每小时 just before an amount ("然后按每小时40毫克泵入"), nor at the end of a text cut off where the next
  // amount starts: that is the next amount's rate (RATE_BEFORE).
  [
    /\bevery hour\b|\bhourly\b(?<!(?:\d|\b(?:one|two|three|four|six|eight|twelve))[- ]?hourly)|每个?小时(?! ?$| ?(?:\d{1,5}(?:\.\d{1,3})?|[一二两三四五六七八九十百点]{1,6}) ?(?:毫克|微克|克|单位|毫升|mg|mcg|μg|µg|ug|g\b|ml))/gi,
    () => 24,
  ],
  // Each meal and bedtime too ("三餐前和睡前各一片", "with each meal and at bedtime"): four a day.
  [
    /三餐(?:饭)?(?:前|后|时)?(?:[和及与、，,]|加上?)睡前(?:各)?|\b(?:with|before|after|at|alongside|along with|during) (?:each|every|all three|the three) (?:main )?meals?,? (?:and|plus) (?:again )?(?:at |before )?(?:bedtime|bed|night)\b/gi,
    () => 4,
  ],
  // With each meal: three a day ("before each of the three main meals", "at every mealtime", "三餐前各一次",
  // "每餐", and 顿 for a meal: "三顿饭前", "每顿饭", "一天三顿").
  [
    /\b(?:with|before|after|at|ahead of|alongside|along with|together with|during|following|at the (?:start|beginning|end) of|with the first (?:bite|mouthful|spoonful) of) (?:each|every) (?:of (?:(?:your|the|his|her|their|my) )?(?:three|3) )?(?:main )?(?:meals?|meal ?times?)\b|三餐(?:前|后)?(?:各|服|吃)|每餐|一日三餐|三顿饭?|每顿饭?/gi,
    () => 3,
  ],
  [
    /\b(once|twice|thrice) (?:a |per |each |every )?(?:day|daily)\b/gi,
    (m) => ONCE_TWICE[m[1]!.toLowerCase()],
  ],
  [/\b(?:qid|qds|q\.i\.d\.|q\.d\.s\.)(?![A-Za-z])/gi, () => 4],
  [/\b(?:tid|tds|t\.i\.d\.|t\.d\.s\.)(?![A-Za-z])/gi, () => 3],
  [/\b(?:bid|bd|b\.i\.d\.|b\.d\.)(?![A-Za-z])/gi, () => 2],
  // Also "each 3 h", not "each 12 hours apart" (a spacing, not an interval).
  [
    new RegExp(
      String.raw`\bevery (${COUNT})(?: ?(?:-|–|to|or) ?(?:${COUNT}))? ?(?:hours?|hrs?|h)\b|\beach (${COUNT})(?: ?(?:-|–|to|or) ?(?:${COUNT}))? ?(?:hours?|hrs?|h)\b(?! (?:apart|later|after|before|ago|earlier)\b)|\bq ?(\d{1,2})(?: ?- ?\d{1,2})? ?h\b|\b(${COUNT})(?: ?- ?\d{1,2})?[- ]?hourly\b|\bat (${COUNT})[- ]hours? intervals\b|\bat intervals of (${COUNT}) ?hours\b`,
      'gi',
    ),
    (m) => perHours(countOf(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6])),
  ],
  [
    new RegExp(
      `(?:每日|每天|一日|一天|日)(?:[早中午晚、]{2,6})?(?:服|吃|用|服用|口服|给药|分)?(${COUNT})[次回]|(${COUNT})次 ?[/／] ?(?:日|天|d)`,
      'gi',
    ),
    (m) => countOf(m[1] ?? m[2]),
  ],
  [
    new RegExp(
      `每(?:隔)?(${COUNT})(?: ?[-–~～到至或] ?(?:${COUNT}))?(?:个)?(?:小时|钟头|h)|间隔(${COUNT})(?:个)?小时`,
      'g',
    ),
    (m) => perHours(countOf(m[1] ?? m[2])),
  ],
  [
    /\b(?:qd|od|o\.d\.|nocte|mane|qhs|qn)(?![A-Za-z])|\bonce daily\b|\b(?:at (?:bedtime|night)|nightly|(?:every|each) (?:night|morning|evening)|in the (?:morning|evening))\b|每晚|睡前|每早|每晨|晨起|早上|晚上|顿服/gi,
    () => 1,
  ],
];
const ONCE_TWICE: Record<string, number> = { once: 1, twice: 2, thrice: 3 };
const perHours = (hours: number | undefined) => (hours && hours >= 1 && hours <= 24 ? 24 / hours : undefined);

/** A ceiling on the number of doses: "no more than 4 doses in 24 hours", "24小时内不超过4次". */
// Also a stop said at a count ("stop at ten capsules in any day").
const CAP_BEFORE = String.raw`\b(?:no more than|not more than|not to exceed|not exceeding|up to|a maximum of|(?:with )?a ceiling of|max(?:imum)?(?: of)?|stop(?:ping)? at) `;
const CAP_BEFORE_ZH =
  '(?:不超过|最多|不得超过|不要超过|不能超过|别超过|不可超过|不宜超过|可用|可给|至多)(?:可以|能|可)?(?:吃|服|用|服用|注射|吸|给|打)?';
const DOSE_CAP = new RegExp(
  String.raw`${CAP_BEFORE}(${COUNT}) (?:doses|times|injections|jabs|shots)\b|${CAP_BEFORE_ZH}(${COUNT})(?:次|针)`,
  'i',
);
/**
 * A ceiling on units a day ("no more than 8 puffs in a day", "每日不超过8粒", and with the unit left to the
 * sentence, "cap the whole day at 12"): units times their strength. A ceiling on the extra units alone ("up
 * to 8 reliever puffs a day", "no more than 4 extra tablets") is of those on top of the regular ones.
 */
const UNIT_CAP = new RegExp(
  String.raw`${CAP_BEFORE}(${COUNT}) (?:(?:extra|additional|further|reliever|rescue|as-needed) )?(?:tablets|tabs|capsules|caps|puffs|sprays|inhalations)\b|${CAP_BEFORE_ZH}(${COUNT})(?:片|粒|揿|喷|袋|支|吸(?![入收]))|\bcap(?:ped)? (?:the (?:whole |entire )?day|the (?:day's|daily) total|(?:the )?daily (?:total|use)) at (\d{1,2})\b(?! ?(?:mg|g|mcg|micrograms?|milligrams?|grams?|µg|μg|ug|ml|mL|%)\b|[.,:]\d)`,
  'i',
);
/** The ceiling read by UNIT_CAP is on extra units only ("up to 8 reliever puffs"). */
const EXTRA_UNITS_CAPPED = /\b(?:extra|additional|further|reliever|rescue|as-needed) [a-z]+$/i;
/**
 * A ceiling on units after the first ones ("2 tabs at the start, then 1 every 30 min, maximum six more"): the
 * first units and that many more are the day's.
 */
const MORE_CAP = new RegExp(
  String.raw`\b(?:max(?:imum)?|up to|no more than|not more than|at most) (${COUNT}) more\b(?! ?(?:mg|g|mcg|micrograms?|milligrams?|grams?|hours?|days?|minutes?)\b)`,
  'i',
);
/**
 * Doses as needed, alone or on top of a regimen ("憋气时再加吸", "2 puffs when needed"): a ceiling on units
 * said with them is what the day may reach, so it is the day's total (above or below the regimen's).
 */
const AS_NEEDED =
  /必要时|按需|需要时|再加(?:吸|喷|揿)|\bas needed\b|\bprn\b|\bif needed\b|\bwhen needed\b|\bextra (?:relief |rescue )?(?:puffs?|doses?|tablets?|inhalations?)\b/i;

/** An amount stated per day, just after it: "8 g a day", "6000 mg daily", "4g/日", "每日". */
const DAILY_AFTER =
  /^ ?(?:\/ ?(?:d|day|日|天|24 ?h)\b|\/日|\/天|(?:a|per|each|every|in a|in one) ?day\b|daily\b|(?:per|in|over|within) 24 ?h(?:ours?|rs?)?\b|(?:每日|每天|一天|一日)(?!(?:服|吃|用|服用|口服|分)?(?:\d{1,2}|[一二两三四五六])[次回])|qd\b)/i;
/** An amount stated per day, just before it: "每日4g", "daily dose of 6 g", "up to 6 g", "a total of". */
const DAILY_BEFORE =
  /(?:每日|每天|一天|一日|日剂量|日总量|全天|(?:total )?daily (?:dose|total|amount)(?: of| is)?|a total of|total of|per day,?|a day,?|daily,?)[ ,，:：]?(?:最多|最大|最高|总量|可达|可用到|用到|约|达|为|是|共|总共|服用|口服|服|吃)?(?:约|达)? ?$/i;
/** A stated ceiling rather than a regimen: "up to", "no more than", "不超过", "最多", "maximum". */
const LIMIT_BEFORE =
  /(?:(?:no more than|not more than|max(?:imum)?|up to) (?:\d{1,2}|[a-z]{3,6}) (?:tablets|capsules|caps|puffs|doses) ?[（(]|(?:不超过|最多)\d{1,2}(?:片|粒|揿|喷)[（(]|up to|\bcapped at|no more than|not more than|not exceed(?:ing)?|not to exceed|do not exceed|don't exceed|never exceed|\bmax(?:imum)?(?: daily)?(?: dose)?(?: of| is)?|不超过|不要超过|不得超过|不能超过|最多|最大(?:剂量)?(?:为|是)?|最高|上限(?:为|是)?)[ ,，:：]?(?:每日|每天|一天|一日|a day|per day|daily)?[ ,，:：]?(?:为|是)? ?$/i;
const WEEKLY_AFTER =
  /^ ?(?:\/ ?(?:wk|week|周)\b|\/周|per week|a week|weekly|once (?:a|per) week|once weekly|每周|一周|qw\b|qwk\b)/i;
const WEEKLY_BEFORE =
  /(?:每周|一周|每星期|weekly|per week|once (?:a|per) week|once weekly)(?:一次|1次|口服|服用|服|皮下注射)?[ ,，]?(?:剂量)?(?:为|是)? ?$/i;
const WEEKLY_WORD =
  /每周|每星期|一周一次|weekly|once (?:a|per) week|per week|\bqw(?:k)?\b|\b(?:every|each|on) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b|每个?(?:周|星期|礼拜)[一二三四五六日天]/i;
/**
 * A schedule on named weekdays ("every Monday and again every Thursday", "on Tuesdays", "每周一早上4片"): the
 * doses of a dosing day, on each weekday named. Not "每周一次" / "每周三次" (times a week) or "每周三天".
 */
const DAY_NAME = String.raw`\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?\b|(?:周|星期|礼拜)[一二三四五六日天](?![次回遍剂天])`;
/** The first weekday said with every / each / on …s / 每 / 逢, and the weekdays joined to it by "and", "、". */
const WEEKDAY_SCHEDULE = new RegExp(
  String.raw`(?:\b(?:every|each) (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\bon (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days\b|(?:每|逢)个?(?:周|星期|礼拜)[一二三四五六日天](?![次回遍剂天]))(?:(?:, | and | and again | & |、|和|及|与)(?:(?:every|each|on) )?(?:${DAY_NAME})){0,3}`,
  'i',
);
const WEEKDAY_NAME = new RegExp(DAY_NAME, 'gi');
/**
 * One weekday said right beside an amount, written out, abbreviated with a capital ("15 mg Mon + 15 mg Fri")
 * or in Chinese ("周日再打10毫克"): that amount is the dose of that day of the week. Not a run of days
 * ("Mon to Fri", "周一至周五"). Case-sensitive, so "sat" and "sun" as words are no weekdays.
 */
const WEEKDAY_AT = String.raw`(?:\b(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:days?)?\b\.?|(?:周|星期|礼拜)([一二三四五六日天])(?![次回遍剂天]))`;
const NOT_A_RUN = String.raw`(?! ?(?:to|through|till|until|-|–|~|～|至|到) ?\S)`;
// A list of days after the amount ("5 mg Mon, Wed and Fri") is that amount on each; also said with each or
// every ("10 mg each Wednesday").
const WEEKDAY_AFTER = new RegExp(
  `^ ?(?:on |each |every |[（(])?${WEEKDAY_AT}(?:(?:,? and |, ?|、|和|及) ?${WEEKDAY_AT}){0,5}${NOT_A_RUN}`,
);
const WEEKDAY_EACH = new RegExp(WEEKDAY_AT, 'g');
/**
 * The weekday said further on in the amount's clause, after the drug and its route ("17.5 mg of MTX under the
 * skin on Sunday mornings"): that amount's day, as just after it. Not a day something starts or is checked on
 * ("starting on Monday", "bloods each Monday"): only the drug's name, its route and small words may stand
 * between (laterWeekday).
 */
const WEEKDAY_LATER = new RegExp(
  String.raw`^[^\d。；;.!?！？\n,，]{0,40}?\b(?:on|each|every) ${WEEKDAY_AT}${NOT_A_RUN}`,
);
/** A route said in words between an amount and its weekday ("under the skin", "by mouth", "into the thigh"). */
const ROUTE_WORDS =
  /\b(?:under the skin|subcutaneous(?:ly)?|sub-?cut(?:aneously)?|sc|s\.c\.|by mouth|orally|po|p\.o\.|im|i\.m\.|intramuscular(?:ly)?|into (?:the|your) (?:thigh|belly|abdomen|tummy|arm|buttock)|as (?:an|one) (?:injection|jab|shot)|by injection)(?![A-Za-z])/gi;
/** Small words that may stand between an amount and its weekday besides the drug's name and route. */
const SMALL_WORDS = /\b(?:of|the|your|his|her|it|to|be|given|taken|injected)\b/gi;
/**
 * A count of units said for each weekday after a unit's strength ("2.5毫克一片，周一吃四片、周四吃三片", "2.5 mg
 * tablets: Mon 4 tablets, Thu 3 tablets"): the week's units, day by day.
 */
const WEEKDAY_COUNTS = new RegExp(
  `${WEEKDAY_AT}(?:[:：,，] ?| )?(?:再|又|还)?(?:吃|服|服用|口服|用|take )?(${COUNT}) ?(?:片|粒|颗|tablets?|tabs?|capsules?|caps?)`,
  'g',
);
const WEEKDAY_JUST_BEFORE = new RegExp(
  `${WEEKDAY_AT}(?:[:：,，] ?| )?(?:再|又|还)?(?:打|服|吃|用|给|服用|口服|注射|皮下注射|take|give|inject)? ?$`,
);
/** What may stand between two weekdays' amounts of one drug: weekdays, joiners and verbs, nothing else. */
const WEEKDAY_JOINERS = new RegExp(
  String.raw`${WEEKDAY_AT}|\b(?:and|plus|again|on|then|take|give|inject)\b|[\s,，、;；:：+&]|再|又|还|打|服|吃|用|给|口|注射|皮下`,
  'g',
);
const ZH_WEEKDAYS: Record<string, string> = {
  一: 'mon',
  二: 'tue',
  三: 'wed',
  四: 'thu',
  五: 'fri',
  六: 'sat',
  日: 'sun',
  天: 'sun',
};
/** A run of weekdays ("Monday to Friday", "周一至周五"): days in between are not named, so not counted. */
const WEEKDAY_RANGE =
  /(?:day|[一二三四五六日天])s? ?(?:to|through|-|–|~|～|至|到) ?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun|周|星期|礼拜)/i;
/** Doses a week: "每周两次", "twice a week", "3 times weekly". */
const TIMES_A_WEEK = new RegExp(
  String.raw`每周(${COUNT})次|\b(?:(${COUNT}) ?(?:times|x)|(once|twice|thrice)) ?(?:a |per |each |every )?week(?:ly)?\b`,
  'i',
);
/** A daily word anywhere in the sentence: with no frequency, its amounts are totals ("每日服用X 6000 mg"). */
const DAILY_WORD = /每日|每天|一天|一日|全天|\b(?:daily|a day|per day)\b/i;
/** One dose, not a day's: "每次1g", "each dose", "at a time". */
const PER_DOSE =
  /(?:每次|一次|单次|每剂|each dose|per dose|a single dose of|single dose of|at a time|each time)[ ,，:：]?(?:服用|口服|服|吃|用|给|剂量)?(?:为|是)? ?$/i;
/** A warning about an amount, not a regimen: "more than 4 g", "超过4克" (a negated one is a ceiling). */
const WARNING_BEFORE =
  /(?<!\b(?:no|not|never|don't|do not|must not|should not|shouldn't|cannot|can't) (?:take |use |go |be )?|不|勿|别|不要|不能|不得|不宜|切勿)(?:more than|over|exceed(?:s|ing)?|above|beyond|in excess of|greater than|超过|大于|高于|超出|多于)(?: a total of)? ?$/i;
/** Amounts taken already or in an overdose: "she took 20 g", "误服了8克", "overdose of 10 g". */
const TAKEN_OR_TOXIC_BEFORE =
  /(?:\b(?:took|taken|swallowed|ingested|overdosed?|overdose of|poisoning|toxic|fatal|lethal|had been on|'d been on|was on|were on|used to take|before admission|previously)\b|吃了|服了|吞了|吞服|误服|已服|吃下|服下|喝了|过量|中毒|致死|致命|去年|前年|以前|之前|曾经|曾|入院前|自行)[^。；;.!?！？\n]{0,30}$/i;
/** A label's or formulary's maximum quoted, not advice: "the UK licence allows up to 300 mg", "说明书规定最多". */
const LABEL_STATEMENT =
  /(?:\blicen[cs]e|\blabel(?:s|ling)?\b|\bSmPC\b|\bformulary\b|\bguidelines?\b|说明书|药典|指南)[^。；;.!?！？\n]{0,30}(?:allows?|permits?|says|states|lists|caps?|允许|规定|写明|推荐)[^。；;.!?！？\n]{0,20}$/i;
const TOXIC_AFTER =
  /^[^。；;.!?！？\n]{0,60}(?:\b(?:toxic|fatal|lethal|overdose|poisoning|liver (?:damage|failure|injury)|can kill)\b|中毒|致死|致命|肝损伤|肝衰竭|肝损害|过量)/i;
/** A dose quoted as an error to be checked, not advice: "that is almost certainly a mistake", "写错了". */
const QUOTED_AS_MISTAKE =
  /\b(?:mistake|error|typo|misprint|incorrect|wrong dose)\b|写错|写成了|有误|笔误|打错|错了|是错的|错误/i;
/** Not an amount of drug given: per kilogram, per square metre, or a concentration ("250 mg/5 mL"). */
const NOT_A_DOSE_AFTER =
  /^ ?(?:\/ ?(?:kg|m2|m²|公斤|千克)|per (?:kg|kilogram|m2)|每(?:公斤|千克)|\/ ?\d{0,4}(?:\.\d)? ?(?:ml|mL|毫升|L\b|l\b)|per \d{1,4} ?(?:ml|mL)\b)/i;
/** A strength per tablet: "500 mg tablets", "500 mg each", and "每片0.5g" before it. */
const STRENGTH_AFTER =
  /^ ?(?:[×x*] ?\d{1,3} ?(?:片|粒|支|袋|tablets|tabs|caps|capsules)|tablets?|tabs?|capsules?|caps?|pills?|片|粒|胶囊|规格|each\b|per (?:tablet|puff|spray)|\/ ?(?:揿|喷|吸|片|粒|puff|spray|tab(?:let)?|cap(?:sule)?)\b)/i;
// Also per sachet or pack ("每袋3克") and with the ingredient the strength is of ("每片含钙600毫克", "每袋含蒙脱石3克");
// a half unit before a bracket ("半片（5毫克）") is like a count: the bracket holds that half's amount.
const STRENGTH_BEFORE =
  /(?:每片|每粒|每颗|每胶囊|每揿|每喷|每吸|每支|每袋|每包|each tablet|per tablet|each capsule|per puff|each puff|each sachet|per sachet)(?:含[\u4e00-\u9fff]{0,8}|为|是)? ?$|\b(?:the )?(?:tabs|tablets|capsules|caps|pills) (?:are|come as|come in) (?:each )?$|\b(?:each|every|one|per) (?:[A-Z][A-Za-z-]{1,20} ){0,2}(?:\d{1,4} )?(?:tablet|tab|capsule|cap|pill|sachet|chewable)s? (?:gives|contains|provides|supplies|delivers|holds|has)(?: you)?(?: about| around)? $|(?<![\d一二两三四五六半] ?|\b(?:one|two|three|four|half an?) )(?:胶囊|片|颗粒|tablets?|capsules?) ?[（(] ?$/i;
/**
 * A count of units given at once: "two 500 mg", "2 x 500 mg", "一片10毫克" (so a later "再吃半片" is an extra),
 * "half of another 10 mg tablet"; not the weekday in "周四10毫克".
 */
const COUNT_BEFORE =
  /(?<![\d.])(?:(\d{1,2}) ?(?:x|×|\*) ?|\b(one|two|three|four|five|six|eight|ten) |(?<![周期拜第])(两|二|三|四)(?:片|粒)?|(一)(?:片|粒|颗|枚)|\b(half) (?:of )?(?:a|one|another|an extra) )$/i;
/** A count before a brand named before its strength: "four Entresto 97/103 tablets", "two Panadol 500 mg". */
const COUNT_BEFORE_BRAND =
  /(?<![\d.])\b(?:([2-9])|(two|three|four|five|six|eight|ten)) (?:[A-Z][A-Za-z-]{2,20} ){1,2}$/;
/** How many units per dose, elsewhere in the clause: "2 tablets", "3 Advil tablets", "一次2片", "吸4揿". */
// Also sachets and packs ("每次两袋"), and presses of an inhaler said as 下 after the verb ("吸两下", "喷两下").
const TABLET_COUNT = new RegExp(
  String.raw`(?<![\d.]|[×*] ?|\bx ?)(${COUNT}) ?(?:[A-Za-z-]{2,20} ){0,2}(?:tablets?|tabs?|capsules?|caps?|pills?|puffs?|sprays?|sachets?|片|粒|颗|胶囊|揿|喷|吸|袋|包(?![装括含])|(?<=[吸喷揿按压](?:${COUNT}))下)`,
  'gi',
);
/**
 * A count of units after the amount (its strength): "0.5g，一次2片", "2 mg: 2 caps", "20 mg tablets — take three".
 * Not units said as more on top ("睡前10毫克，醒了再补半片"), which are an extra dose, not this one's count.
 */
const COUNT_AFTER = new RegExp(
  String.raw`^(?![ \t]?[（(]|[ \t]?[×x*] ?\d)[^。；;.!?！？\n]{0,24}?(?:(?<![\d.]|再(?:补|加|吃|服|用)?|另加|加服|追加)(${COUNT}) ?(?:[A-Za-z-]{2,20} )?(?:tablets?|tabs?|capsules?|caps?|pills?|puffs?|inhalations?|片|粒|颗|袋|支|揿|喷|吸(?![入收]))|\btake (${COUNT})\b|\b(${COUNT}) (?:each|every) (?:morning|day|night|evening)\b|\b(${COUNT}) of them\b)`,
  'i',
);
/**
 * Times of day and meals: a dose said for each ("早上2片，晚上2片", "three at breakfast and two with supper"); AM
 * and PM said alone ("500 mg AM plus 500 mg PM", not the verb in "am I"), and getting up or going to bed.
 */
const SLOT = String.raw`(?<![昨前今])(?:早上|早晨|上午|中午|下午|晚上|早餐|午餐|晚餐|早饭|午饭|晚饭|早|午|晚)|睡前|\b(?:morning|breakfast|midday|noon|lunch(?:time)?|(?:mid-?)?afternoon|evening(?: meal)?|supper|dinner|teatime|night|bedtime|mane|nocte|midnight|(?:on )?waking|(?:on )?rising|(?:when you )?(?:get|wake) up|(?:on |after )?(?:getting|waking) up|(?:once|when|after) you(?:'re| are) up|(?:when you )?(?:get|go|climb) (?:in|into|to) bed|(?:your )?first meal|first thing|dawn|dusk|(?:before|at|to) bed|lights[- ]out|(?:the )?lights go out|before (?:you )?sleep)\b|(?<![\d:] ?)(?<!\b(?:I|so|as|what|who|where|how|why|if|that|and|but) )\b(?:AM|PM)\b(?! I\b)|(?<![\d:] ?)\b[ap]\.m\.(?![A-Za-z])`;
const SLOT_WORD = new RegExp(SLOT, 'gi');
/** A clock time, which stands for a time of day in a list of counts ("2 at 8am, 2 at 2pm", "8点2片"). */
const CLOCK = String.raw`\d{1,2}(?::\d{2})? ?(?:am|pm|a\.m\.|p\.m\.|o'clock)(?![A-Za-z])|\d{1,2}:\d{2}`;
/**
 * A clock time said as the time of a dose: with am or pm ("at 10 pm", "by 2 a.m.", and just after the amount,
 * "160 mg 8 am"), or on the 24-hour clock after "at" ("at 19:00", "at 0700").
 */
const CLOCK_AT =
  /(?:\b(?:at|by|around|about) |^[ ,]*)(\d{1,2})(?::\d{2})? ?(am|pm|a\.m\.|p\.m\.)(?![A-Za-z])|\b(?:at|by|around|about) ([01]?\d|2[0-3])(?::[0-5]\d(?!\d)|[0-5]\d(?!\d|[.,]\d| ?(?:mg|g|mcg|ml|units?)\b))/i;
/**
 * A clock time said right before the amount, with only a verb between ("08:00吃100毫克，20:00吃250毫克", "晚上8点服
 * 10毫克", "at 8 am: 100 mg"): the time of that dose. Not after a comma ("10 mg at 8 am, 10 mg at 2 pm", where
 * the time before the second amount is the first one's).
 */
const CLOCK_JUST_BEFORE =
  /(?<![\d:.])(?:(\d{1,2}):([0-5]\d)|(\d{1,2}) ?(am|pm|a\.m\.|p\.m\.)|(早上|早晨|上午|中午|下午|傍晚|晚上|夜里)?(\d{1,2})点(?:半|\d{1,2}分)?)(?:[:：] ?| )?(?:再|又)?(?:吃|服|服用|口服|用|给|打|注射|take|give)? ?$/i;
/**
 * A second unit at another time of day, after a count said before the strength ("one 5 mg tablet at
 * breakfast and a second at supper"): the counts are the day's, by time of day.
 */
const MORE_AT_ANOTHER_TIME = new RegExp(
  String.raw`^[^。；;.!?！？\n]{0,60}?\b(?:at|with|before|after|in the|on) (?:the )?(?:${SLOT})[^。；;.!?！？\n]{0,12}?\b(?:and|plus|then) (${COUNT}|a second|another|one more)(?: more| again)? (?:tablets? |tabs? |capsules? |caps? |puffs? |inhalations? )?(?:(?:at|with|in the|before|after|on|around) )?(?:the )?(?:${SLOT})`,
  'i',
);
/**
 * Counts by time of day; one more unit said as "a third" or "another" counts one, and the units named before
 * said as "of them" ("25 mg tabs: 2 of them at breakfast, 2 more at teatime").
 */
const SLOT_COUNTS = new RegExp(
  String.raw`(?:${SLOT}|\d{1,2}点)(?:饭?[前后])?(?:各|再|又)?(?:加|服|吃|服用|吸|喷|塞|用)?(${COUNT}) ?(?:片|粒|颗|袋|支|枚|揿|喷|吸|下)(半)?|\b(${COUNT}|another pair|another|one more|a (?:second|third|fourth))(?! (?:noon|midday|midnight)\b)(?: more| again| of them)? (?:tablets? |tabs? |caps(?:ules)? |puffs? |inhalations? |suppositor(?:y|ies) )?(?:(?:at|with|in the|before|after|on|alongside|upon|around|about) )?(?:about |around |the |your )?(?:${SLOT}|${CLOCK})`,
  'gi',
);
/** A count said after its meal or time of day ("breakfast two, lunch one, dinner two"), not an amount or hour. */
const SLOT_THEN_COUNT = new RegExp(
  String.raw`\b(?:breakfast|lunch(?:time)?|dinner|supper|teatime|morning|midday|noon|evening|night|bedtime)[:,]? (${COUNT})\b(?![ -]?(?:mg|g|mcg|µg|micrograms?|milligrams?|grams?|hours?|hrs?|h|days?|weeks?|times?|am|pm|o'clock)\b|[%.:/]\d)`,
  'gi',
);
/**
 * A list of times of day or clock times after the amount: "at breakfast, lunch and supper", "at 8 am, 2 pm
 * and 10 pm", "one at each of: waking, lunch, teatime, lights-out" are three, three and four doses; so are
 * the times said "again" ("at breakfast, again at lunch, again at supper", "on rising and again before
 * supper" is two), and times joined by "+" in a table cell ("breakfast + dinner").
 */
const SLOT_ITEM = `(?:(?:at|with|before|after) )?(?:${SLOT}|${CLOCK})`;
const SLOT_LIST = new RegExp(
  String.raw`^(?:[^。；;\n]{0,8}?|[^。；;\n]{0,30}?\b(?:one|1) at each of:? ?)${SLOT_ITEM}(?:(?:, ?|、| and | & |, and | ?\+ ?|和|及)(?:(?:then )?again,? |then )?${SLOT_ITEM}){1,5}`,
  'i',
);
const SLOT_ITEMS = new RegExp(`${SLOT}|${CLOCK}`, 'gi');
/**
 * A time of day or meal said right before the amount it is for ("早餐时850毫克", "晚餐前再4毫克", "breakfast
 * 500 mg + lunch 500 mg"): in a list of such pairs the time after an amount is the next amount's.
 */
const SLOT_JUST_BEFORE = new RegExp(
  `(?:${SLOT})(?:时|饭?[前后])?(?:再|又|各)?(?:吃|服|服用|口服)?(?:[:：] ?| )?$`,
  'i',
);
/**
 * One dose said for now or for the onset ("2 g right now", "at the first tingle", "立即服2克"), and one said
 * for some hours later the same day ("2 g again ~12 h later", "another 2 g twelve hours later",
 * "12小时后再服2克"): with no frequency, each is one dose, and a dose then and one later that day add up. A note
 * may write the route between the amount and its time ("10 mg IM stat", "10 mg IM at +2 h").
 */
const ROUTE_BETWEEN = String.raw`(?:(?:IM|IV|SC|PO|i\.m\.|i\.v\.|s\.c\.|p\.o\.) )?`;
const NOW_AFTER = new RegExp(
  String.raw`^ ?${ROUTE_BETWEEN}(?:(?:right|straight) )?(?:now|away|stat)\b|^ ?to (?:begin|start)\b(?! with)|^ ?at (?:the )?(?:first (?:sign|tingle|twinge|symptoms?)|onset)\b|^ ?(?:立即|立刻|马上|现在)`,
  'i',
);
/** Units swallowed together or as a single dose ("two 1.5 mg tablets swallowed together"): one dose, then. */
const TOGETHER_AFTER =
  /^[^。；;.!?！？\n]{0,24}?\b(?:(?:swallowed|taken|given) )?(?:together|as (?:a|one) single dose)\b(?! with\b| ?(?:can|could|may|might|would|will|is|are)\b)/i;
const NOW_BEFORE = /(?:\bstat|立即|立刻|马上|现在)(?:服|吃|服用|口服|给|打)? ?$/i;
// Also hours counted from the first dose in a note, with the route between ("10 mg IM at +2 h", "at T+4h").
const LATER_AFTER = new RegExp(
  String.raw`^ ?(?:again,? )?(?:about |around |roughly |some |~ ?|≈ ?)?(\d{1,2}|${COUNT}|an) ?(?:h|hrs?|hours?) (?:later|after(?:wards)?)\b|^ ?${ROUTE_BETWEEN}at (?:T ?)?\+ ?(\d{1,2}) ?(?:h|hrs?|hours?)\b`,
  'i',
);
const LATER_BEFORE = /(\d{1,2})(?:个)?小时(?:后|以后|之后)(?:再|又)(?:服|吃|服用|口服|给|打|用)? ?$/;
/** A missed dose ("漏服", "if you forget"): a dose taken for it is no extra one. */
const MISSED_DOSE = /漏服|忘记|忘了|忘服|\bmiss(?:ed|es)?\b|\bforg[eo]t/i;
/**
 * Units added on top of a regimen: "睡前再加1片", "另加1粒", "plus one more tablet at night", and with the
 * unit left out, "and one more at bedtime".
 */
const ADDED_UNITS = new RegExp(
  String.raw`(?:再加|另加|加服|(?<!不|不要|别|勿|不能|不可|不得)再(?:吃|服)|\bplus|\ban extra|\band another)(?:服|吃|用|塞)? ?(${COUNT}) ?(?:more )?(?:片|粒|颗|支|枚|tablets?|capsules?|caps?|suppositor(?:y|ies))|\b(?:and (${COUNT}) more|plus (${COUNT})(?: more)?) (?:tablets? |capsules? )?(?:(?:at|in the|before|with) )?(?:${SLOT})`,
  'i',
);
/**
 * A continuous infusion's rate just after the amount ("8 mg/h", "50 mg an hour", "每小时"): the amount is
 * given every hour, for the hours said ("for 6 hours", "持续6小时", at most a day) or the whole day.
 */
const RATE_AFTER =
  /^ ?(?:\/ ?(?:h|hr|hour)\b|\/ ?小时|(?:an|per|a|each) hour\b(?! (?:later|after|afterwards|before|apart|or so|earlier|from|then|on)\b))/i;
/** A rate said just before the amount in Chinese ("按每小时40毫克泵入", "以每小时2毫克维持"). */
const RATE_BEFORE = /(?:按|以)?每(?:个)?小时 ?$/;
const RATE_HOURS = new RegExp(
  String.raw`\b(?:for|over) (?:a (?:full )?|the next )?(\d{1,2}|${COUNT}) ?(?:h|hrs?|hours)\b|(?:持续|维持|泵入?|输注|共)(\d{1,2})(?:个)?小时`,
  'i',
);
/** A strength said for one unit just after the amount: "50毫克一片", "100 mcg a puff". */
const PER_ONE_UNIT =
  /^ ?(?:[一1] ?(?:片|粒|颗|揿|喷|支)(?![\d一二两三四五六七八九十])|(?:a|one) (?:puff|tablet|capsule|spray|inhalation)\b(?! (?:a|per|each) day\b))/i;
/** A dose per kilogram said before the amount ("按每公斤每天40毫克", "per kg per day 40 mg"). */
// Also per kilogram per hour, a rate ("以每公斤每小时0.5毫克维持"; RATE_BEFORE reads the hour).
const PER_KG_BEFORE =
  /(?:每(?:公斤|千克)|\bper (?:kg|kilogram))(?:每[天日]|每小时|体重|,? ?(?:per|a) day)? ?$/i;
/**
 * The patient's weight: "体重90公斤", "患者70kg", "weighs 70 kg", "weight is 70 kg" / "weight: 70 kg", "a 60-kg
 * woman". Not a change of weight ("weight loss of 5 kg"), whose noun stands between.
 */
const WEIGHT =
  /(?:体重|病人|患者|病人体重|患者体重)(?:为|是|约|大约)?(\d{1,3}(?:\.\d)?) ?(?:公斤|千克|kg)|\bweigh(?:s|ing|t is|t today is|t today:|t:|t =|t of)? (?:about |around |approximately |now )?(\d{1,3}(?:\.\d)?) ?(?:kg|kilos?|kilograms?)\b|\b(\d{1,3}(?:\.\d)?)[- ]?(?:kg|kilogram) (?:patient|man|woman|adult|child|boy|girl)\b/i;
/** A ceiling said near a per-kilogram dose ("max 1.5 g", "capped at"): the weight is then not applied. */
const CEILING_WORD =
  /\bmax(?:imum)?\b|\bcap(?:ped)?\b|\bceiling\b|\bnot (?:to )?exceed|\bno more than\b|\bup to\b|不超过|最大|最多|上限|封顶/i;
/**
 * A whole number in English words up to the hundreds: "seventy-five", "nineteen", "three hundred", "two
 * hundred twenty-five", "one hundred and fifty", "three-hundred" (hyphenated as often as not).
 */
const EN_UNIT_WORDS = 'one|two|three|four|five|six|seven|eight|nine';
const EN_BELOW_100 = `(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:${EN_UNIT_WORDS}))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|${EN_UNIT_WORDS}`;
const EN_NUMBER = `(?:a|${EN_UNIT_WORDS})[- ]hundred(?:[- ](?:and[- ])?(?:${EN_BELOW_100}))?|${EN_BELOW_100}`;
const EN_NUMBER_VALUES: Record<string, number> = {
  ...Object.fromEntries(EN_UNIT_WORDS.split('|').map((w, i) => [w, i + 1])),
  ...Object.fromEntries(
    'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen'
      .split('|')
      .map((w, i) => [w, i + 10]),
  ),
  ...Object.fromEntries(
    'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety'.split('|').map((w, i) => [w, (i + 2) * 10]),
  ),
  a: 1,
};
/** The value of a number EN_NUMBER reads: "two hundred twenty-five" is 225. */
function englishNumber(words: string): number | undefined {
  let value = 0;
  for (const word of words.toLowerCase().split(/[- ]+/)) {
    if (word === 'and') continue;
    if (word === 'hundred') value *= 100;
    else if (EN_NUMBER_VALUES[word] === undefined) return undefined;
    else value += EN_NUMBER_VALUES[word]!;
  }
  return value || undefined;
}
/**
 * An amount in words with its unit in words or abbreviated: "half a gram", "fifty milligrams", "one hundred mg"
 * (or "three-hundred mg"), "two hundred twenty-five mg", "two-and-a-half milligrams".
 */
// Not the figure after "point" in "one-point-eight milligrams", which is 1.8 mg, not 8 mg, nor the end of a
// hyphenated number read whole ("twenty-five").
const WORD_AMOUNT = new RegExp(
  String.raw`(?<!\bpoint[- ]|-)\b((?:${EN_UNIT_WORDS}|ten)[- ]and[- ]a[- ]half|half a|${EN_NUMBER}) (grams?|milligrams?|micrograms?|mg|mcg|g)\b`,
  'gi',
);
/** "two-and-a-half" is 2.5, "half a" 0.5, else the number in words. */
function wordAmount(words: string): number | undefined {
  if (/^half a$/i.test(words)) return 0.5;
  const whole = /^(\w+)[- ]and[- ]a[- ]half$/i.exec(words);
  if (whole) {
    const n = countOf(whole[1]);
    return n === undefined ? undefined : n + 0.5;
  }
  return englishNumber(words);
}
/**
 * A further amount with its unit left off, said after an amount with one ("225 mg at breakfast and a further
 * seventy-five at supper", "another 250 at night"): in that unit. Only a figure above 12, which no count of
 * units reaches ("another two at night" may be tablets), and followed by a time, a stop or nothing, not a
 * noun ("another 30 minutes").
 */
const CARRIED_AMOUNT = new RegExp(
  String.raw`\b(?:a further|another|an extra) (\d{2,4}(?:\.\d{1,2})?|${EN_NUMBER})(?=,? (?:at|in|with|before|after|on|around|about|by|later|again|if|when)\b|[,.;)]|$)`,
  'gi',
);
/** An amount in words with a decimal point: "one-point-eight milligrams", "one point two grams". */
const WORD_DECIMAL_AMOUNT =
  /\b(zero|one|two|three|four|five|six|seven|eight|nine)[- ]point[- ](zero|one|two|three|four|five|six|seven|eight|nine)(?:[- ](zero|one|two|three|four|five|six|seven|eight|nine))? (grams?|milligrams?|micrograms?|mg|mcg|g)\b/gi;
const DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** The value of a decimal said in words (see WORD_DECIMAL_AMOUNT): "one-point-eight" is 1.8. */
const wordDecimal = (m: RegExpExecArray) =>
  Number(
    `${DIGIT_WORDS.indexOf(m[1]!.toLowerCase())}.${DIGIT_WORDS.indexOf(m[2]!.toLowerCase())}${m[3] ? DIGIT_WORDS.indexOf(m[3].toLowerCase()) : ''}`,
  );
/**
 * An amount in Chinese numerals with its unit: "四十毫克", "一百毫克", "三百五十毫克", "两点四毫克". Units after
 * 百 need 零 ("一百零五"), as "二百五" is colloquially 250, not 205.
 */
const ZH_WORD_AMOUNT =
  /(?<![一二两三四五六七八九十百千万点零\d])((?:[一二两三四五六七八九]百(?:零[一二三四五六七八九]|[一二三四五六七八九]十[一二三四五六七八九]?)?|[一二两三四五六七八九]?十[一二三四五六七八九]?|[一二两三四五六七八九])(?:点[零一二三四五六七八九]{1,2})?)(毫克|微克|克)/g;
/** The value of a Chinese numeral as ZH_WORD_AMOUNT reads it (hundreds, tens, units, decimals). */
function zhNumber(word: string): number {
  const [whole = '', decimals = ''] = word.split('点');
  const [hundreds, rest] = whole.includes('百') ? whole.split('百') : ['', whole];
  const [tens, units] = rest!.includes('十') ? rest!.split('十') : ['', rest];
  const value =
    (hundreds ? CHINESE_DIGITS[hundreds]! * 100 : 0) +
    (rest!.includes('十') ? (tens ? CHINESE_DIGITS[tens]! : 1) * 10 : 0) +
    (units ? CHINESE_DIGITS[units.replace('零', '')]! : 0);
  return Number(`${value}.${[...decimals].map((d) => CHINESE_DIGITS[d]).join('') || '0'}`);
}
/** The route said once for a sentence and reused ("同样", "likewise", "the same way"). */
const SAME_ROUTE = /同样|同法|\blikewise\b|\bthe same way\b|\bsimilarly\b/i;
/** A step of a titration, which keeps the frequency of the step before: "…, then 1.8 mg", "加到30mg". */
const TITRATION_BEFORE = /(?:\bthen|\bincrease (?:to|it to)|\bgoing up to|加到|加至|增至|增加到|→|->) ?$/i;
/** Tablets by time of day, "1-0-1", "2-2-3": the day's count. */
const DOSE_PATTERN =
  /(?<![\d.\-/])([0-4](?:\.5)?)-([0-4](?:\.5)?)-([0-4](?:\.5)?)(?:-([0-4](?:\.5)?))?(?![\d\-/]|\.\d)/;
/**
 * A fixed-dose combination's strengths, with a unit or without ("Advair 250/50", "信必可都保 160/4.5",
 * "Entresto 97/103 mg"): read as the component the drug's maximum is recorded for (componentOf). Not a
 * blood pressure, a concentration or a rate ("150/90 mmHg", "250/5 mL").
 */
const COMBINATION =
  /(?<![\d.,/])(\d{1,4}(?:\.\d{1,2})?) ?\/ ?(\d{1,4}(?:\.\d{1,2})?)(?: ?(mcg|micrograms?|μg|µg|ug|mg|g|微克|毫克|克)(?![A-Za-z]))?(?![\d./]| ?(?:mm ?hg|ml|毫升|kg|h\b))/gi;
/** A dose quoted to be corrected, not advised: an open quotation mark before it, a correction in its sentence. */
const QUOTE_OPEN_BEFORE = /(?:[“‘「『]|(?<![A-Za-z])['"])[^”’'"」』\n]{0,40}$/;
// Also a quoted order held back as a likely slip ("looks like an extra zero", "order withheld", "多写了一个零").
const CORRECTION =
  /\b(?:wrong|mistaken|should (?:be|read|have been)|extra zero|misplaced decimal|withheld|held pending)\b|应为|应是|应该是|更正|纠正|改正|核对|核实|疑为|多(?:写)?了一个(?:零|0)|小数点(?:点)?错/i;
/** The mouth said as the route (a drug with no oral maximum is then not checked against another route). */
const ORAL_SAID = /口服|\borally\b|\bby mouth\b|\bp\.?o\.?\b|\bper os\b/i;
/** A volume the drug is diluted in ("+ NS 100ml", "in 250 mL"): no dose, and no boundary between amounts. */
const DILUENT_BEFORE =
  /(?:\+|\bNS|\bGS|NaCl|saline|生理盐水|氯化钠(?:注射液)?|葡萄糖(?:注射液)?|注射用水|dextrose|D5W|water|\bin|溶于|加入|稀释至|稀释于|配成) ?$/i;
/** A dose per kilogram in the clause: a maximum beside it caps that dose, not the day's. */
const PER_KG = /\/ ?(?:kg|公斤|千克)|per (?:kg|kilogram)|每(?:公斤|千克)/i;
/** A dose per kilogram just after the amount ("20 mg/kg"): with the patient's weight said, that many times it. */
const PER_KG_AFTER = new RegExp(`^ ?(?:${PER_KG.source})`, 'i');
/**
 * A brand named after "each" or "per" just before a figure ("Each Caltrate 600 tablet gives"): the figure is
 * the brand's strength. Case-sensitive: a brand is capitalised ("each day 2 tablets" is a count).
 */
const BRAND_FIGURE_BEFORE = /\b(?:[Ee]ach|[Ee]very|[Pp]er) (?:[A-Z][A-Za-z-]{1,20} ){1,2}$/;
/** "take two …": a count at the head of a dose whose strength follows ("take two Tylenol (500 mg each)"). */
const TAKE_COUNT = new RegExp(
  String.raw`\b(?:take|taking|give|use)s? (${COUNT}|a couple of)\b(?! (?:weeks?|days?|months?|hours?|minutes?)\b)`,
  'i',
);
/** A later day said after a repeat or an n-th dose ("again tomorrow", "a second dose in 4 weeks"): not that day's. */
const ON_A_LATER_DAY = String.raw`[^.;!?\n]{0,30}?\b(?:tomorrow|next|the following|days?|weeks?|months?|years?)\b`;
/**
 * A dose said to be repeated, when no frequency is given: "repeat it 12 hours later", "take a second
 * tablet later", "try another 100 mg tablet", "inject again" / "take it again", "再打一针" (one dose more),
 * "再服2片" (two units more). A negated one ("do not take another", "never inject it again", "不要再吃一片") or
 * one on a later day ("take it again tomorrow") adds nothing.
 */
const REPEAT_DOSE = new RegExp(
  String.raw`\brepeat(?:ed)? (?:it|the dose|this dose|the injection|once)\b|(?<!(?:\bnot|n't|\bnever) )\b(?:take|give|have|use|try|inject) (?:a second|another)(?= (?:one|dose|tablet|capsule|pill|injection|shot|jab|puff)s?\b| ?\d| ?$| (?:if|later|after|when|in)\b)|(?<!不|不要|别|勿|不能|不可|不得)再(?:打|注射|给|用|服|吃|来|喷|吸)(${COUNT})?(针|次|剂|支|片|粒|袋|揿|喷)|(?<!(?:\bnot|n't|\bnever) )\b(?:inject|take|give|use|dose|have)(?: it| this| the dose| one)? again\b(?!${ON_A_LATER_DAY})`,
  'gi',
);
/** The n-th dose named ("必要时可打第三针"): at least n doses that day. */
const NTH_DOSE = new RegExp(`第(${COUNT})(?:针|剂)`, 'g');
/** The n-th dose named in English ("a 3rd injection that evening", "a third dose if it comes back"): the same. */
const NTH_DOSE_EN = new RegExp(
  String.raw`(?<!(?:\bnot|n't|\bnever|\bno|\bwithout) (?:give |take |have |use |need |inject |try )?)\ba (second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th) (?:injection|dose|shot|jab|tablet|capsule|puff|spray)s?\b(?!${ON_A_LATER_DAY})`,
  'gi',
);
/**
 * One dose more at a time of day after a frequency ("with each meal and once more at bedtime", "twice a day,
 * plus once more with a late snack"): a dose on top of those the frequency counts. Not "and once more read
 * the leaflet at night": the time must follow "once more" at once.
 */
const ONCE_MORE_AT = new RegExp(
  String.raw`\b(?:and|plus),? once more(?: (?:if needed|if required|if necessary))?,? (?:at|with|before|after|in the|on) (?:a |an |the |your |his |her )?(?:late |light |small )?(?:${SLOT})`,
  'i',
);
/** A dose added to the usual one: "add a morning 0.4 mg to your usual evening capsule". */
const ADDING_BEFORE = /\badd(?:ing)? (?:a|an|another|one)\b[^.;!?\n]{0,30}$/i;
const TO_THE_USUAL =
  /^[^.;!?\n]{0,30}?\bto (?:your|the|his|her|their) (?:usual|regular|current|normal|existing)\b/i;
/** Between two amounts of one drug in a sentence: they add up ("再加", "plus", "and … in the evening"). */
const ALTERNATIVE_BETWEEN =
  /\bor\b|或|或者|\bto\b(?! (?:begin|start)\b)|至|到|\bthen\b|然后|之后|改为|\bincreas|\breduc|titrat|\bdoubl|\bstep|减|增|加量|次日|第二天|\bday \d/i;
/** "12 tablets of" right before the drug whose amount follows: the amount is a tablet's strength. */
const COUNT_OF_DRUG = new RegExp(
  String.raw`(?<![\d.])(?:${COUNT}) ?(?:tablets?|tabs?|capsules?|caps?|片|粒)(?: of)? ?$`,
  'i',
);
/** "then" between doses at different times of one day, which is no titration step there. */
const THEN = /\bthen\b|然后/gi;
/** A step of a plan in a sentence (a duration, "after", "increase"): "then" there is a next step, not a dose. */
const STEP_WORD =
  /\b(?:weeks?|days?|months?|after|from|until|increas\w*|reduc\w*|titrat\w*|taper\w*|steps?|later|tomorrow)\b|周|天后|之后|以后|加量|减量|加到|加至/i;
// Also a top-up said in English ("and top up with 10 mg on Wednesday"), like 再补.
const ADDITIVE_BEFORE =
  /\btop(?:ped|ping)? (?:it |this |that )?up with\b|再加|另加|加服|加用|再补|追加|\bplus\b|\ban extra\b|\ba further\b|\banother\b|\b(?:tablet|tab|capsule|pill|dose) more\b|[;,] ?(?:and )?add (?:on )?(?:an? |another )?$/i;
/**
 * A loading dose or bolus said just before the amount ("IV load of", "loading dose", "负荷量", "负荷量按每公斤",
 * "起始", "先缓慢静推"): with no
 * frequency, one dose that day, which a continuous infusion started after it adds to.
 */
const LOADING_BEFORE =
  /(?:\bload(?:ing)?(?: dose)?(?: of)?|\bbolus(?: of)?|负荷量(?:按每(?:公斤|千克))?|负荷剂量|起始|先(?:缓慢)?(?:静脉)?(?:缓慢)?(?:静)?推注?|首剂)[ :：]?$/i;
/**
 * A bolus said just after the amount, with what follows it ("80mg静推，然后每小时8mg", "0.25克静脉缓慢推注后",
 * "80 mg IV bolus, then 8 mg/h"): one dose, as a loading dose said before it.
 */
const LOADING_AFTER =
  /^ ?(?:(?:静脉)?(?:缓慢)?(?:静推|静注|推注)(?:后|[，,]? ?(?:然后|随后|之后|再))|(?:IV |i\.v\. )?(?:bolus|push)\b[,;]? ?(?:then|followed by|and then)\b)/i;
/**
 * An amount said for numbered days of a course ("100 mg on days 1–3", "第1至3天100毫克"): once on each of those
 * days, when no frequency is said.
 */
const ON_DAYS_AFTER = /^ ?(?:on|for) days? \d{1,2}(?: ?(?:-|–|to|and|through) ?\d{1,2})?\b/i;
const ON_DAYS_BEFORE = /第\d{1,2}(?: ?[-–~～至到] ?\d{1,2})?天(?:服|吃|口服|服用)? ?$/;
/** An amount said as one extra dose ("plus an extra 20 mg", "a further 40 mg", "half a tablet more (50 mg)"): once, unless a frequency follows. */
// In Chinese also 再补 / 追加 (a top-up), and the extra units with a bracket before the amount ("再补半片（3.75毫克）",
// "再加1片(5mg)", and 再吃 / 再服 not negated, "再吃半片（5毫克）"; "周六再吃10毫克" is a weekday's dose, no extra).
const EXTRA_BEFORE = new RegExp(
  String.raw`(?:\ban extra|\ba further|\banother|\b(?:half a|a|one) (?:tablet|tab|capsule|pill|dose) more ?[（(]?|(?:再加|另加|加服|再补|追加)(?:(?:${COUNT}) ?(?:片|粒|颗|袋|支) ?[（(])?|(?<!不|不要|别|勿|不能|不可|不得)再(?:吃|服)(?:${COUNT}) ?(?:片|粒|颗|袋|支) ?[（(]) ?$`,
  'i',
);
/** An amount said as the n-th dose of a day ("a third 6 mg if it comes back"): that many doses. */
const ORDINAL_BEFORE = /\b(?:a|the) (second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th) ?$/i;
const ORDINALS: Record<string, number> = {
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
  '5th': 5,
  '6th': 6,
};
/** Between an amount and the drug it is an amount of: " of ", " tablets of ", "的". */
const GAP_TO_DRUG =
  /^ ?(?:(?:tablets?|tabs?|capsules?|caps?|pills?|doses?|片|粒)(?: of)? ?)?(?:of ?)?(?:the |your )?(?:的)?$/i;
const PARAGRAPH_END = /\n[ \t]*\n/g;
/** An injection with no route named: "inject", "autoinjector", "注射", "针剂". */
const INJECTED = /\binject(?:ion|ions|ed|ing|s)?\b|\bauto-?injectors?\b|注射|针剂/i;
const ORAL_FORM = /\b(?:tab(?:let)?s?|caps(?:ules?)?|pills?)\b|片|粒|胶囊/i;
const INJECTED_ROUTES: ReadonlySet<Route> = new Set(['iv', 'im', 'sc']);
/** A comma between parts of a clause, where another drug's part may start. */
const CLAUSE_COMMA = /[，,、]/g;

const ROUTES: Array<[RegExp, Route]> = [
  // Route abbreviations are also written with stops: "i.v.", "i.m.", "s.c.".
  [/静脉|静滴|静注|\bivgtt\b|\biv\b|\bi\.v\.|intravenous|\b(?:by|into a|into the) vein\b/i, 'iv'],
  [/肌注|肌肉注射|肌内注射|\bim\b|\bi\.m\.|intramuscular/i, 'im'],
  [/皮下|\bsc\b|\bs\.c\.|\bsubcut\b|subcutaneous/i, 'sc'],
  [/舌下|sublingual/i, 'sublingual'],
  // A suppository by its Chinese name ("双氯芬酸钠栓"), not 血栓 (a thrombus) or 栓塞 (an embolism).
  [/直肠|肛塞|塞肛|(?<!血)栓(?![塞子])|rectal|suppositor/i, 'rectal'],
  // Also inhaler devices by name and "一次2吸" / "400微克/吸" (吸 as the unit of an inhaler).
  [
    /吸入|气雾剂|雾化|揿|都保|准纳器|[\d一二两三四六八] ?吸(?![收烟毒])|\/ ?吸|inhal|haler\b|\bdiskus\b|\brespimat\b|\bellipta\b|\bpuffs?\b|\bnebuli[sz]/i,
    'inhaled',
  ],
  // A continuous infusion or pump with no other route said is intravenous.
  [/\binfus(?:ion|ed|e|ing)\b|\bsyringe driver\b|微量泵|微泵|泵入|输注/i, 'iv'],
  [/外用|涂抹|topical/i, 'topical'],
  [/贴剂|透皮|transdermal|patch/i, 'transdermal'],
];

/** Every regular expression the reader runs, for the regex-safety test. */
export const REGIMEN_REGEXES: readonly RegExp[] = [
  AMOUNT,
  ...FREQUENCIES.map(([r]) => r),
  DOSE_CAP,
  UNIT_CAP,
  MORE_CAP,
  EXTRA_UNITS_CAPPED,
  AS_NEEDED,
  DAILY_AFTER,
  DAILY_BEFORE,
  LIMIT_BEFORE,
  WEEKLY_AFTER,
  WEEKLY_BEFORE,
  WEEKLY_WORD,
  WEEKDAY_SCHEDULE,
  WEEKDAY_NAME,
  WEEKDAY_AFTER,
  WEEKDAY_EACH,
  WEEKDAY_LATER,
  ROUTE_WORDS,
  SMALL_WORDS,
  WEEKDAY_COUNTS,
  WEEKDAY_JUST_BEFORE,
  WEEKDAY_JOINERS,
  WEEKDAY_RANGE,
  DAILY_WORD,
  PER_DOSE,
  WARNING_BEFORE,
  TAKEN_OR_TOXIC_BEFORE,
  LABEL_STATEMENT,
  TOXIC_AFTER,
  NOT_A_DOSE_AFTER,
  STRENGTH_AFTER,
  STRENGTH_BEFORE,
  COUNT_BEFORE,
  COUNT_BEFORE_BRAND,
  TABLET_COUNT,
  TIMES_A_WEEK,
  COUNT_AFTER,
  SLOT_WORD,
  SLOT_COUNTS,
  MORE_AT_ANOTHER_TIME,
  CLOCK_LIST,
  CLOCK_LIST_ITEM,
  SURE_CLOCK,
  SLOT_THEN_COUNT,
  SLOT_LIST,
  SLOT_ITEMS,
  SLOT_JUST_BEFORE,
  CLOCK_AT,
  NOW_AFTER,
  TOGETHER_AFTER,
  NOW_BEFORE,
  LATER_AFTER,
  LATER_BEFORE,
  ADDED_UNITS,
  TITRATION_BEFORE,
  RATE_AFTER,
  RATE_HOURS,
  RATE_BEFORE,
  PER_ONE_UNIT,
  PER_KG_AFTER,
  PER_KG_BEFORE,
  WEIGHT,
  WORD_AMOUNT,
  CARRIED_AMOUNT,
  ZH_WORD_AMOUNT,
  WORD_DECIMAL_AMOUNT,
  SAME_ROUTE,
  CEILING_WORD,
  DOSE_PATTERN,
  DILUENT_BEFORE,
  PER_KG,
  QUOTED_AS_MISTAKE,
  TAKE_COUNT,
  BRAND_FIGURE_BEFORE,
  REPEAT_DOSE,
  CLOCK_JUST_BEFORE,
  NTH_DOSE,
  NTH_DOSE_EN,
  ADDING_BEFORE,
  TO_THE_USUAL,
  ONCE_MORE_AT,
  DAY_TIME,
  DAY_TIMES_EACH,
  ZH_TIME_ITEM,
  ZH_TIMES_LIST,
  CLOCK_TIMES_EACH,
  HOUR_LIST,
  COMBINATION,
  QUOTE_OPEN_BEFORE,
  CORRECTION,
  ORAL_SAID,
  COUNT_OF_DRUG,
  ALTERNATIVE_BETWEEN,
  ADDITIVE_BEFORE,
  THEN,
  STEP_WORD,
  EXTRA_BEFORE,
  LOADING_BEFORE,
  LOADING_AFTER,
  ON_DAYS_AFTER,
  ON_DAYS_BEFORE,
  ORDINAL_BEFORE,
  GAP_TO_DRUG,
  SENTENCE_END,
  PARAGRAPH_END,
  CLAUSE_COMMA,
  INJECTED,
  ORAL_FORM,
  MISSED_DOSE,
  ...ROUTES.map(([r]) => r),
];

/**
 * Doses a day said in `text`: the first frequency phrase (the one nearest an amount it follows), or with
 * `last`, the last one (nearest an amount it precedes).
 */
export function frequencyOf(text: string, { last = false } = {}): number | undefined {
  let best: { at: number; n: number } | undefined;
  for (const [regex, value] of FREQUENCIES) {
    for (const m of matchAll(regex, text)) {
      const n = value(m);
      if (n === undefined || !Number.isFinite(n) || n <= 0 || n > 24) continue;
      if (!best || (last ? m.index > best.at : m.index < best.at)) best = { at: m.index, n };
    }
  }
  return best?.n;
}

/** The time of day or meal a text names first (or last), as one of morning, midday, evening, night. */
function slotOf(text: string, { last = false } = {}): string | undefined {
  const found = matchAll(SLOT_WORD, text);
  const word = (last ? found[found.length - 1] : found[0])?.[0].toLowerCase();
  if (word === undefined) return undefined;
  if (/早|上午|morning|breakfast|mane|waking|rising|up$|first meal|first thing|dawn|^a\.?m/.test(word))
    return 'morning';
  // The afternoon apart from midday: "10 mg at midday and 5 mg at teatime" are two doses.
  if (/下午|afternoon|teatime/.test(word)) return 'afternoon';
  if (/午|midday|noon|lunch/.test(word)) return 'midday';
  if (/睡前|night|bed|nocte|lights|sleep/.test(word)) return 'night';
  return 'evening';
}

/**
 * The time of day of a clock time said first in `text` with am or pm ("7.5 mg at 10 pm"): one dose then. The
 * small hours are a slot of their own, so "at 10 pm, and another at 2 am" are two doses.
 */
function clockSlotOf(text: string): string | undefined {
  const m = CLOCK_AT.exec(text);
  if (!m) return undefined;
  return hourSlot(m[3] !== undefined ? Number(m[3]) : (Number(m[1]) % 12) + (/^p/i.test(m[2]!) ? 12 : 0));
}

/** The time of day of a clock time said just before the amount (see CLOCK_JUST_BEFORE). */
function clockJustBefore(before: string): string | undefined {
  const m = CLOCK_JUST_BEFORE.exec(before);
  if (!m) return undefined;
  if (m[1] !== undefined) return hourSlot(Number(m[1]));
  if (m[3] !== undefined) return hourSlot((Number(m[3]) % 12) + (/^p/i.test(m[4]!) ? 12 : 0));
  const hour = Number(m[6]);
  // 下午3点 and 晚上8点 are 15:00 and 20:00; 15点 is already.
  return hourSlot(hour < 12 && m[5] !== undefined && /下午|傍晚|晚上|夜里/.test(m[5]) ? hour + 12 : hour);
}

/** A clock hour (0-24) as a time of day. */
function hourSlot(hour: number): string | undefined {
  if (hour > 24) return undefined;
  if (hour < 4) return 'small hours';
  if (hour < 12) return 'morning';
  if (hour < 14) return 'midday';
  if (hour < 18) return 'afternoon';
  return hour < 21 ? 'evening' : 'night';
}

/** 'now' for a dose said for now or the onset, 'N h later' for one said hours later that day (see NOW_AFTER). */
function onceAt(c: AmountContext): string | undefined {
  if (NOW_AFTER.test(c.after) || NOW_BEFORE.test(c.before) || TOGETHER_AFTER.test(c.after)) return 'now';
  const later = LATER_AFTER.exec(c.after) ?? LATER_BEFORE.exec(c.before);
  const hours = later?.[1]?.toLowerCase() === 'an' ? 1 : countOf(later?.[1] ?? later?.[2]);
  return hours !== undefined && hours >= 1 && hours < 24 ? `${hours} h later` : undefined;
}

/** The time of day an amount is for: the one said just before it, else the nearest after it, else before it. */
function slotOfAmount(c: AmountContext): string | undefined {
  const justBefore = SLOT_JUST_BEFORE.exec(c.before.slice(-16));
  if (justBefore) return slotOf(justBefore[0]);
  return (
    slotOf(c.afterInClause.slice(0, 24)) ??
    slotOf(c.before.slice(-16), { last: true }) ??
    clockSlotOf(c.afterInClause.slice(0, 24)) ??
    clockJustBefore(c.before)
  );
}

/** Doses a day from a list of times of day after the amount ("at breakfast, lunch and supper"). */
function slotsListed(text: string): number | undefined {
  const list = SLOT_LIST.exec(text);
  return list ? matchAll(SLOT_ITEMS, list[0]).length : undefined;
}

/** The day's count of units said by time of day ("早上2片，晚上2片", "three at breakfast", "2-2-3"). */
function slotCounts(text: string): number | undefined {
  const pattern = DOSE_PATTERN.exec(text);
  if (pattern) return pattern.slice(1).reduce((sum, n) => sum + (n ? Number(n) : 0), 0) || undefined;
  // "两片半": the half after the unit adds to the count; "早、中、晚各1片" is that count at each time listed.
  const lists = matchAll(DAY_TIMES_EACH, text);
  const counts = matchAll(SLOT_COUNTS, text).map((m) => {
    const n = countOf(m[1] ?? m[3]);
    const whole = n !== undefined && m[2] ? n + 0.5 : n;
    const list = lists.find((l) => m.index >= l.index && m.index < l.index + l[0].length);
    return whole !== undefined && list ? whole * (list[0].match(DAY_TIME)?.length ?? 1) : whole;
  });
  if (counts.length < 2 || counts.some((n) => n === undefined)) return countsAfterSlots(text);
  return counts.reduce((sum: number, n) => sum + n!, 0);
}

/** The day's count said meal by meal, each count after its meal ("breakfast two, lunch one, dinner two"). */
function countsAfterSlots(text: string): number | undefined {
  const counts = matchAll(SLOT_THEN_COUNT, text).map((m) => countOf(m[1]));
  if (counts.length < 2 || counts.some((n) => n === undefined)) return undefined;
  return counts.reduce((sum: number, n) => sum + n!, 0);
}

/** The count nearest the amount: the last one before it in the clause, else the first after it. */
function unitCount(before: string, after: string): number | undefined {
  // A figure after "each" and a brand is the brand's strength ("each Caltrate 600 tablet"), no count.
  const previous = matchAll(TABLET_COUNT, before)
    .filter((m) => !BRAND_FIGURE_BEFORE.test(before.slice(0, m.index)))
    .pop();
  const next = matchAll(TABLET_COUNT, after)[0];
  return countOf((previous ?? next)?.[1]) ?? takeCount(before);
}

/** The count in "take two", "give a couple of". */
const takeCount = (text: string) => countOf(TAKE_COUNT.exec(text)?.[1]?.replace('a couple of', 'two'));

/** Units said to come on top of a regimen (see ADDED_UNITS), or 0. */
function addedUnits(text: string): number {
  const added = ADDED_UNITS.exec(text);
  // A missed dose made up ("漏服了，想起来再吃1片") is no extra dose that day.
  if (!added || MISSED_DOSE.test(text.slice(0, added.index))) return 0;
  return countOf(added[1] ?? added[2] ?? added[3]) ?? 0;
}

/** A regimen's total under a ceiling on units: the ceiling when doses as needed may reach it, else the lower. */
const cappedByUnits = (total: number, ceiling: number, asNeeded: boolean) =>
  asNeeded ? ceiling : Math.min(total, ceiling);

/** Doses and units that repeats said after an amount add up to (see REPEAT_DOSE); undefined if none. */
function repeated(c: AmountContext): { doses: number; units: number } | undefined {
  let doses = 1;
  let units = 0;
  let found = false;
  for (const m of matchAll(REPEAT_DOSE, c.onward)) {
    found = true;
    const n = countOf(m[1]) ?? 1;
    if (m[2] && /[片粒袋揿喷]/.test(m[2])) units += n;
    else doses += n;
  }
  for (const m of matchAll(NTH_DOSE, c.onward)) {
    const n = countOf(m[1]);
    if (n === undefined) continue;
    found = true;
    doses = Math.max(doses, n);
  }
  for (const m of matchAll(NTH_DOSE_EN, c.onward)) {
    found = true;
    doses = Math.max(doses, ORDINALS[m[1]!.toLowerCase()]!);
  }
  if (addsToUsual(c)) {
    found = true;
    doses += 1;
  }
  return found ? { doses, units } : undefined;
}

/** One dose more at a time of day, when a frequency is said before it (see ONCE_MORE_AT): 1, else 0. */
function onceMore(c: AmountContext): number {
  const more = ONCE_MORE_AT.exec(c.afterInClause);
  return more && frequencyOf(c.afterInClause.slice(0, more.index)) !== undefined ? 1 : 0;
}

/** "add a morning 0.4 mg to your usual evening capsule": one dose more than the frequency says. */
const addsToUsual = (c: AmountContext) => ADDING_BEFORE.test(c.before) && TO_THE_USUAL.test(c.afterInClause);

export function routeOf(text: string): Route {
  for (const [regex, route] of ROUTES) if (regex.test(text)) return route;
  return 'oral';
}

/** Offsets just after each boundary, and the text's end. */
function boundaries(text: string, regex: RegExp): number[] {
  const ends = [...matchAll(regex, text)].map((m) => m.index + m[0].length);
  ends.push(text.length);
  return ends;
}

/** The text around one amount, cut the ways the reading below needs. */
interface AmountContext {
  /** Up to 40 characters before the amount and 60 after it, within its sentence. */
  before: string;
  after: string;
  sentence: string;
  /** The amount's clause (see readRegimens), and its parts before and after the amount. */
  clause: string;
  clauseBefore: string;
  afterInClause: string;
  /** What follows up to the next amount, the next drug or the paragraph's end. */
  onward: string;
  /**
   * The sentence and up to 160 characters after it, in the paragraph, and not past another drug named
   * after the sentence: where this drug's ceilings are said.
   */
  reach: string;
  /** The drug's name as the text writes it where it is named for this amount. */
  drugText: string;
  /**
   * The clause up to where another drug's part of it starts (the last comma before that drug's name):
   * what is said there of a route or a weekday is of this drug ("60mg一日4次，芬太尼贴剂照常贴").
   */
  own: string;
}

/** The regimens stated in `text` for the drugs `mentions` names (every occurrence, in text order). */
export function readRegimens(text: string, mentions: readonly DrugMention[]): Regimen[] {
  if (mentions.length === 0) return [];
  const sentenceEnds = endsOfSentences(text);
  const paragraphEnds = boundaries(text, PARAGRAPH_END);
  const endAfter = (ends: number[], at: number) => ends.find((e) => e > at) ?? text.length;
  const startBefore = (ends: number[], at: number) => ends.filter((e) => e <= at).pop() ?? 0;
  // A volume the drug is diluted in is no amount of it ("头孢曲松 2.5g + NS 100ml ivgtt q12h").
  const amounts = amountsIn(text);
  const regimens: Regimen[] = [];
  amounts.forEach((m, i) => {
    const start = m.index;
    const end = m.index + m.length;
    let unit = m.unit === undefined ? undefined : UNIT_ALIASES[m.unit.toLowerCase()];
    let value = numberOf(m.number);
    const sentenceStart = startBefore(sentenceEnds, start);
    const sentenceEnd = endAfter(sentenceEnds, start);
    const paragraphStart = startBefore(paragraphEnds, start);
    const paragraphEnd = endAfter(paragraphEnds, start);
    const mention = drugOf(text, mentions, start, end, paragraphStart);
    if (!mention) return;
    if (m.parts) {
      // A combination's strengths: the component with the maximum; with a unit and no such component,
      // the last figure as before; with no unit, only right after the drug's name ("Advair Diskus 250/50")
      // or right before it ("the 160/4.5 Symbicort").
      const component = componentOf(mention.drug, m.parts, unit);
      const named =
        (mention.end <= start && start - mention.end <= 24 && !/\d/.test(text.slice(mention.end, start))) ||
        (mention.start >= end && /^ ?$/.test(text.slice(end, mention.start)));
      if (component) [value, unit] = [component.value, component.unit];
      if (unit === undefined || (m.unit === undefined && !named)) return;
    }
    if (!unit || !(value > 0)) return;
    // The amount's clause: its sentence, or, when an earlier amount shares the sentence ("vancomycin 1 g IV
    // every 12 hours, then paracetamol 1 g orally"), from this drug's naming (or the earlier amount) on.
    const previousEnd = i > 0 ? amounts[i - 1]!.index + amounts[i - 1]!.length : 0;
    const shared = previousEnd > sentenceStart;
    const clauseStart = shared
      ? Math.max(previousEnd, mention.start < start ? mention.start : 0)
      : sentenceStart;
    const next = amounts[i + 1]?.index ?? text.length;
    const clauseEnd = Math.min(sentenceEnd, next);
    const nextDrug = mentions.find((d) => d.start >= end && d.drug !== mention.drug)?.start ?? text.length;
    const context: AmountContext = {
      drugText: text.slice(mention.start, mention.end),
      before: text.slice(Math.max(sentenceStart, start - 40), start),
      after: text.slice(end, Math.min(sentenceEnd, end + 60)),
      sentence: text.slice(sentenceStart, sentenceEnd),
      clause: text.slice(clauseStart, clauseEnd),
      own: text.slice(clauseStart, ownEnd(text, end, clauseEnd, nextDrug)),
      clauseBefore: text.slice(clauseStart, start),
      afterInClause: text.slice(end, clauseEnd),
      onward: text.slice(end, Math.min(next, nextDrug, paragraphEnd, end + 160)),
      reach: text.slice(
        sentenceStart,
        Math.min(paragraphEnd, sentenceEnd + 160, Math.max(nextDrug, sentenceEnd)),
      ),
    };
    // A dose per kilogram with the patient's weight said in the paragraph is that many times the amount.
    const perKg = PER_KG_AFTER.exec(context.after);
    const perKgBefore = PER_KG_BEFORE.test(context.before);
    // Not when a ceiling is said with it ("20 mg/kg, max 1.5 g"), which caps the dose below dose × weight.
    const weight =
      (perKg || perKgBefore) && !CEILING_WORD.test(context.reach)
        ? weightIn(text.slice(paragraphStart, paragraphEnd))
        : undefined;
    if ((perKg || perKgBefore) && weight !== undefined) {
      value *= weight;
      if (perKg) skip(context, perKg[0].length);
    }
    // "50毫克一片", "100 mcg a puff": the strength of one unit, whose count is said elsewhere.
    const perOne = PER_ONE_UNIT.exec(context.after);
    if (perOne) skip(context, perOne[0].length);
    if (!isRegimenAmount(context)) return;
    // The drug's amount per unit when a count of units goes with it: "12 tablets of methotrexate 2.5 mg".
    const namedJustBefore = mention.end <= start && start - mention.end <= 2;
    const strength =
      m.parts !== undefined ||
      perOne !== null ||
      STRENGTH_AFTER.test(context.after) ||
      STRENGTH_BEFORE.test(context.before) ||
      (namedJustBefore && COUNT_OF_DRUG.test(text.slice(clauseStart, mention.start)));
    const previous = regimens.findLast(
      (r) => r.mention.drug === mention.drug && r.paragraphStart === paragraphStart,
    );
    const reading = readAmount(context, value, strength, previous?.perDay);
    if (!reading) return;
    // The route said in the clause, else in the drug's own sentence ("静脉滴注万古霉素…").
    const mentionSentenceEnd = endAfter(sentenceEnds, mention.start);
    const otherAfterMention =
      mentions.find((d) => d.start >= mention.end && d.drug !== mention.drug)?.start ?? text.length;
    const mentionSentence = text.slice(
      startBefore(sentenceEnds, mention.start),
      ownEnd(text, mention.end, mentionSentenceEnd, otherAfterMention),
    );
    // A clause that says it goes the same way ("同样每8小时一次") with no route of its own: the route of
    // the amount before it in the paragraph.
    const clauseRoute = routeOf(context.own);
    const before = regimens[regimens.length - 1];
    const same =
      clauseRoute === 'oral' &&
      SAME_ROUTE.test(context.clause) &&
      !ORAL_SAID.test(context.clause) &&
      before?.paragraphStart === paragraphStart
        ? before.route
        : undefined;
    const read = same ?? (clauseRoute !== 'oral' || shared ? clauseRoute : routeOf(mentionSentence));
    const route =
      read === 'oral' && !ORAL_SAID.test(context.clause) && !ORAL_SAID.test(mentionSentence)
        ? (unsaidRoute(mention.drug, `${context.own} ${mentionSentence}`) ?? read)
        : read;
    regimens.push({
      mention,
      start,
      end,
      unit,
      route,
      ...reading,
      sameSentence: mention.start >= sentenceStart && mention.end <= sentenceEnd,
      sentenceStart,
      paragraphStart,
      slot: reading.slot ?? slotOfAmount(context),
    });
  });
  return addedUp(text, regimens);
}

/** A written figure's value: a comma before one or two digits is a decimal comma (0,5), else a thousands one. */
const numberOf = (figure: string) =>
  Number(/^\d{1,3},\d{1,2}$/.test(figure) ? figure.replace(',', '.') : figure.replace(/,/g, ''));

/**
 * The route when none is named and the mouth is not said: the drug's only maximum's route (a dry-powder
 * capsule "each time", an injectable's later step), as the drug is given no other way; or, for an
 * injection said without its route ("autoinjector", "注射"), the drug's one injected route.
 */
function unsaidRoute(drug: Drug, text: string): Route | undefined {
  if (drug.max_daily.length === 1) return drug.max_daily[0]!.route;
  // Not when tablets are said too ("tablets now; the injection is for bad attacks").
  if (!INJECTED.test(text) || ORAL_FORM.test(text)) return undefined;
  const injected = new Set(drug.max_daily.map((m) => m.route).filter((r) => INJECTED_ROUTES.has(r)));
  return injected.size === 1 ? [...injected][0] : undefined;
}

/**
 * Where the part of a clause after `end` that is still about its drug ends: the last comma before another
 * drug named in the clause (at `otherDrug`), else the clause's end.
 */
function ownEnd(text: string, end: number, clauseEnd: number, otherDrug: number): number {
  if (otherDrug >= clauseEnd) return clauseEnd;
  const comma = matchAll(CLAUSE_COMMA, text.slice(end, otherDrug)).pop();
  return comma ? end + comma.index : otherDrug;
}

/** How many weekdays a schedule names (see WEEKDAY_SCHEDULE); undefined if none, or for a run of days. */
function weekdaysNamed(clause: string): number | undefined {
  const schedule = WEEKDAY_SCHEDULE.exec(clause);
  if (!schedule || WEEKDAY_RANGE.test(clause)) return undefined;
  const names = matchAll(WEEKDAY_NAME, schedule[0]).map((m) =>
    m[0]
      .toLowerCase()
      .replace(/s$/, '')
      .replace(/^(?:星期|礼拜)/, '周'),
  );
  return new Set(names).size || undefined;
}

/** The weekday (or days) said just before or just after an amount (see WEEKDAY_AFTER), normalised, and how many. */
function weekdayOf(c: AmountContext): { key: string; days: number } | undefined {
  const m =
    WEEKDAY_AFTER.exec(c.after) ??
    WEEKDAY_JUST_BEFORE.exec(c.before) ??
    laterWeekday(c.afterInClause, c.drugText);
  if (!m) return undefined;
  const days = new Set(
    matchAll(WEEKDAY_EACH, m[0]).map((d) => (d[1] ? ZH_WEEKDAYS[d[1]]! : d[0].slice(0, 3).toLowerCase())),
  );
  return { key: [...days].join('+'), days: days.size };
}

/**
 * The weekday said further on in the clause (see WEEKDAY_LATER), when nothing but the drug's name, its route
 * and small words stand between: not "10 mg, and see the nurse on Monday" or "10 mg starting on Monday".
 */
function laterWeekday(afterInClause: string, drugText: string): RegExpExecArray | null {
  const m = WEEKDAY_LATER.exec(afterInClause);
  if (!m) return null;
  const between = m[0].slice(0, m[0].search(/\b(?:on|each|every) \S+$/));
  const leftover = between
    .split(drugText)
    .join(' ')
    .replace(ROUTE_WORDS, ' ')
    .replace(SMALL_WORDS, ' ')
    .trim();
  return leftover === '' ? m : null;
}

/**
 * Units counted weekday by weekday (see WEEKDAY_COUNTS): the week's units, the most on one day and the
 * weekdays, when two or more different weekdays are named; undefined otherwise.
 */
function weekdayCounts(text: string): { units: number; most: number; key: string; days: number } | undefined {
  const byDay = new Map<string, number>();
  for (const m of matchAll(WEEKDAY_COUNTS, text)) {
    const n = countOf(m[2]);
    if (n === undefined) return undefined;
    const day = m[1] ? ZH_WEEKDAYS[m[1]]! : m[0].slice(0, 3).toLowerCase();
    byDay.set(day, (byDay.get(day) ?? 0) + n);
  }
  if (byDay.size < 2) return undefined;
  const counts = [...byDay.values()];
  return {
    units: counts.reduce((sum, n) => sum + n, 0),
    most: Math.max(...counts),
    key: [...byDay.keys()].join('+'),
    days: byDay.size,
  };
}

/** The patient's weight in kilograms said in `text` (see WEIGHT), if plausible. */
function weightIn(text: string): number | undefined {
  const m = WEIGHT.exec(text);
  const kg = m ? Number(m[1] ?? m[2] ?? m[3]) : undefined;
  return kg !== undefined && kg >= 2 && kg <= 250 ? kg : undefined;
}

/** Drops `length` characters said just after the amount from the context's texts that start there. */
function skip(c: AmountContext, length: number): void {
  c.after = c.after.slice(length);
  c.afterInClause = c.afterInClause.slice(length);
  c.onward = c.onward.slice(length);
}

/** An amount's figures and unit as written; a combination's two figures in `parts`. */
interface AmountMatch {
  index: number;
  length: number;
  /** The figure read (a combination's last one). */
  number: string;
  unit: string | undefined;
  parts?: [number, number];
}

/** The amounts in `text`, in order: amounts with a unit and combination strengths ("250/50", "97/103 mg"). */
function amountsIn(text: string): AmountMatch[] {
  const combinations: AmountMatch[] = matchAll(COMBINATION, text).map((m) => ({
    index: m.index,
    length: m[0].length,
    number: m[2]!,
    unit: m[3],
    parts: [Number(m[1]), Number(m[2])],
  }));
  // A volume the drug is diluted in is no amount of it ("头孢曲松 2.5g + NS 100ml ivgtt q12h").
  const plain: AmountMatch[] = matchAll(AMOUNT, text)
    .filter(
      (m) =>
        UNIT_ALIASES[m[2]!.toLowerCase()] !== 'mL' ||
        !DILUENT_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)),
    )
    .filter((m) => !combinations.some((c) => m.index < c.index + c.length && c.index < m.index + m[0].length))
    .map((m) => ({ index: m.index, length: m[0].length, number: m[1]!, unit: m[2] }));
  const words: AmountMatch[] = matchAll(WORD_AMOUNT, text).map((m) => ({
    index: m.index,
    length: m[0].length,
    // "three-hundred" is written hyphenated as often as not.
    number: String(wordAmount(m[1]!) ?? 0),
    unit: m[2],
  }));
  const zhWords: AmountMatch[] = matchAll(ZH_WORD_AMOUNT, text).map((m) => ({
    index: m.index,
    length: m[0].length,
    number: String(zhNumber(m[1]!)),
    unit: m[2],
  }));
  const decimals: AmountMatch[] = matchAll(WORD_DECIMAL_AMOUNT, text).map((m) => ({
    index: m.index,
    length: m[0].length,
    number: String(wordDecimal(m)),
    unit: m[4],
  }));
  const read = [...plain, ...combinations, ...words, ...zhWords, ...decimals].sort(
    (a, b) => a.index - b.index,
  );
  // A further amount with its unit left off takes the unit of the amount before it in its sentence.
  const carried: AmountMatch[] = [];
  for (const m of matchAll(CARRIED_AMOUNT, text)) {
    const figure = /^\d/.test(m[1]!) ? Number(m[1]) : englishNumber(m[1]!);
    const index = m.index + m[0].length - m[1]!.length;
    const previous = read.findLast((a) => a.index + a.length <= m.index);
    if (figure === undefined || figure <= 12 || !previous?.unit || previous.parts) continue;
    const between = text.slice(previous.index + previous.length, m.index);
    if (between.length > 80 || new RegExp(SENTENCE_END.source).test(between)) continue;
    carried.push({ index, length: m[1]!.length, number: String(figure), unit: previous.unit });
  }
  return [...read, ...carried].sort((a, b) => a.index - b.index);
}

/**
 * The figure of a combination's strengths the drug's maximum is for: the one figure that fits under the
 * maximum (a unit's strength is never above a day's maximum: in Advair 250/50 with salmeterol's 100 mcg it
 * is 50, whichever way round the brand writes it), or both added when the maximum is of the total
 * ("As the total of the combined product"). Undefined for a single drug or when both fit otherwise.
 */
function componentOf(
  drug: Drug,
  parts: [number, number],
  unitSaid: DoseUnit | undefined,
): { value: number; unit: DoseUnit } | undefined {
  const maximum = drug.max_daily[0];
  if (!maximum || !drug.name.en.includes('/')) return undefined;
  const unit = unitSaid ?? maximum.unit;
  let ceiling: number;
  try {
    ceiling = convert({ amount: maximum.amount, unit: maximum.unit }, unit);
  } catch {
    return undefined;
  }
  const fits = parts.filter((n) => n > 0 && n <= ceiling);
  if (fits.length === 1) return { value: fits[0]!, unit };
  if (fits.length === 2 && /\btotal\b/i.test(maximum.note?.en ?? ''))
    return { value: parts[0] + parts[1], unit };
  return undefined;
}

/** Whether an amount is one given: not a warning, an amount already taken, per kilogram, or a mistake. */
function isRegimenAmount({ before, after, sentence }: AmountContext): boolean {
  return !(
    NOT_A_DOSE_AFTER.test(after) ||
    WARNING_BEFORE.test(before) ||
    TAKEN_OR_TOXIC_BEFORE.test(before) ||
    LABEL_STATEMENT.test(before) ||
    (QUOTE_OPEN_BEFORE.test(before) && CORRECTION.test(sentence)) ||
    TOXIC_AFTER.test(after) ||
    QUOTED_AS_MISTAKE.test(sentence)
  );
}

/** How many units one dose is: counted before the amount ("two 500 mg"), by time of day, or after it. */
function unitsPerDose(
  c: AmountContext,
  strength: boolean,
): { count: number; bySlot: boolean; counted: boolean } {
  const before = countOf(
    (COUNT_BEFORE.exec(c.before) ?? (strength ? COUNT_BEFORE_BRAND.exec(c.before) : null))
      ?.slice(1)
      .find((g) => g !== undefined),
  );
  if (before !== undefined) {
    const more = MORE_AT_ANOTHER_TIME.exec(c.afterInClause);
    const second = countOf(more?.[1]);
    if (second !== undefined) return { count: before + second, bySlot: true, counted: true };
    return { count: before, bySlot: false, counted: true };
  }
  // Counts said by time of day ("早上2片，晚上2片", "1-0-1") make the day's count: the frequency is in them.
  const bySlot = slotCounts(c.afterInClause);
  if (bySlot !== undefined) return { count: bySlot, bySlot: true, counted: true };
  const after = countOf(
    COUNT_AFTER.exec(c.afterInClause)
      ?.slice(1)
      .find((g) => g !== undefined),
  );
  const count = strength
    ? (unitCount(c.clauseBefore, c.afterInClause) ??
      after ??
      unitCount('', c.onward) ??
      // "comes as 150 mg capsules; take two every morning": the count in the next clause.
      takeCount(c.onward))
    : after;
  return { count: count ?? 1, bySlot: false, counted: count !== undefined };
}

/** An amount read as a total per day or week, a ceiling, or a dose × doses a day; undefined if none. */
/** A weekly reading of doses given on named weekdays: the week's total and one dosing day's dose. */
const onWeekdays = (total: number, weekday: string, dayDose: number, daysAWeek: number) =>
  ({ total, period: 'week', kind: 'product', perDay: 1, weekday, dayDose, daysAWeek }) as const;

function readAmount(
  c: AmountContext,
  value: number,
  strength: boolean,
  previousPerDay: number | undefined,
):
  | Pick<
      Regimen,
      | 'total'
      | 'period'
      | 'kind'
      | 'perDay'
      | 'loading'
      | 'rate'
      | 'weekday'
      | 'slot'
      | 'dayDose'
      | 'daysAWeek'
    >
  | undefined {
  const units = unitsPerDose(c, strength);
  const dose = value * units.count;
  // The frequency: just after the amount in its clause, else just before it, else in what follows; a
  // dose said for a time of day ("| Morning | 300 mg |", "10 mg nocte") is one a day.
  // A clock time ("at 10 pm") is one dose then, unless the dose is said to be repeated ("another … at 11pm").
  const slot =
    slotOf(c.afterInClause.slice(0, 24)) ??
    slotOf(c.before.slice(-16), { last: true }) ??
    (repeated(c) ? undefined : (clockSlotOf(c.afterInClause.slice(0, 24)) ?? clockJustBefore(c.before)));
  // A dose now and one some hours later that day (no time of day said, no repeat said): one each.
  const once = slot === undefined && !repeated(c) ? onceAt(c) : undefined;
  // An infusion rate is given every hour, for the hours said or the day.
  const rate = RATE_AFTER.test(c.after) || RATE_BEFORE.test(c.before);
  // A ceiling on a rate ("do not exceed 40 mg/h") is no day's amount.
  if (rate && LIMIT_BEFORE.test(c.before)) return undefined;
  const rateHours = rate
    ? countOf(
        RATE_HOURS.exec(c.onward)
          ?.slice(1)
          .find((g) => g !== undefined),
      )
    : undefined;
  const frequencyAfter = rate ? Math.min(24, rateHours ?? 24) : frequencyOf(c.afterInClause);
  // An extra dose is one, not the frequency of the regimen it comes on top of (said before it).
  const frequency = units.bySlot
    ? 1
    : EXTRA_BEFORE.test(c.before)
      ? (frequencyAfter ?? 1)
      : (frequencyAfter ??
        frequencyOf(c.clauseBefore, { last: true }) ??
        frequencyOf(c.onward) ??
        slotsListed(c.afterInClause) ??
        (slot !== undefined || once !== undefined ? 1 : undefined) ??
        (ON_DAYS_AFTER.test(c.after) || ON_DAYS_BEFORE.test(c.before) ? 1 : undefined) ??
        (TITRATION_BEFORE.test(c.before) ? previousPerDay : undefined));
  // A loading dose or bolus with no frequency of its own is given once.
  if (frequency === undefined && (LOADING_BEFORE.test(c.before.slice(-24)) || LOADING_AFTER.test(c.after)))
    return { total: dose, period: 'day', kind: 'product', perDay: 1, loading: true };
  const statedDaily = DAILY_AFTER.test(c.after) || DAILY_BEFORE.test(c.before);
  // Units of a strength counted weekday by weekday ("2.5 mg tablets: Mon 4 tablets, Thu 4 tablets"): the
  // week's units, each day's on that day.
  const byWeekday =
    strength && !statedDaily && frequency === undefined ? weekdayCounts(c.afterInClause) : undefined;
  if (byWeekday !== undefined && !LIMIT_BEFORE.test(c.before))
    return onWeekdays(value * byWeekday.units, byWeekday.key, value * byWeekday.most, byWeekday.days);
  // Weekly when said beside the amount, or in its clause with no daily frequency ("每周两次"; but
  // "600mg，每8小时一次，每周查一次血常规" is daily).
  // Named weekdays, when the day's doses are said by time of day or not at all: doses on each of them.
  const weekdays =
    !statedDaily && (frequency === undefined || units.bySlot) ? weekdaysNamed(c.own) : undefined;
  // One weekday said beside the amount, with no other weekdays for it: that day's dose, once a week (the
  // doses of other weekdays add up with it, see addedUp).
  const weekday =
    !statedDaily && (frequency === undefined || units.bySlot) && (weekdays ?? 1) === 1
      ? weekdayOf(c)
      : undefined;
  if (weekday !== undefined && !LIMIT_BEFORE.test(c.before))
    return onWeekdays(dose * weekday.days, weekday.key, dose, weekday.days);
  const weekly =
    weekdays !== undefined ||
    WEEKLY_AFTER.test(c.after) ||
    WEEKLY_BEFORE.test(c.before) ||
    (frequency === undefined && !statedDaily && (WEEKLY_WORD.test(c.clause) || TIMES_A_WEEK.test(c.clause)));
  if (weekly && !DAILY_AFTER.test(c.after)) {
    // "每周两次": doses a week; "每周一次" is a weekly schedule, whatever "一次" says.
    const perWeek = TIMES_A_WEEK.exec(c.clause);
    const times =
      weekdays ??
      (perWeek ? (perWeek[3] ? ONCE_TWICE[perWeek[3].toLowerCase()] : countOf(perWeek[1] ?? perWeek[2])) : 1);
    const limit = LIMIT_BEFORE.test(c.before);
    return {
      total: dose * (times ?? 1),
      period: 'week',
      kind: limit ? 'limit' : 'total',
      // Doses on days of the week: each dosing day's amount (not a weekly total said as one figure).
      ...((weekdays !== undefined || perWeek) && !limit ? { dayDose: dose, daysAWeek: times ?? 1 } : {}),
    };
  }
  // A ceiling ("up to 4 g a day", "不超过4g"); "up to 400 mg twice daily" is a dose with a frequency, and
  // a maximum beside a per-kilogram dose caps that dose ("60 mg/kg IV (maximum 4,500 mg)").
  if (LIMIT_BEFORE.test(c.before) && (statedDaily || frequencyAfter === undefined))
    return PER_KG.test(c.clause) ? undefined : { total: dose, period: 'day', kind: 'limit' };
  if (statedDaily) {
    // Units said to come on top of a day's counted units ("每天早上1片，睡前再加半片").
    // Not when the counts by time of day already hold them ("早上1片，晚上再加1片").
    const added = !units.bySlot && (units.counted || strength) ? addedUnits(c.onward) : 0;
    return { total: dose + value * added, period: 'day', kind: 'total' };
  }
  // With no frequency but a time of day, the n-th dose of the day said with the amount ("a third 6 mg if it
  // returns at night") is n doses.
  const nth = ORDINALS[ORDINAL_BEFORE.exec(c.before)?.[1]?.toLowerCase() ?? ''];
  if (nth !== undefined && (frequency ?? 1) === 1) return { total: dose * nth, period: 'day', kind: 'total' };
  // With no frequency, a ceiling on doses is one ("100 mg as needed, up to six doses a day"); a ceiling
  // on units caps the day at that many units of the strength ("no more than 8 puffs in a day").
  const doseCap = DOSE_CAP.exec(c.reach);
  const mostDoses = countOf(doseCap?.[1] ?? doseCap?.[2]);
  const unitCap = UNIT_CAP.exec(c.reach);
  // A ceiling on extra units only: the regular doses and that many units more.
  const extraCapped = unitCap !== null && EXTRA_UNITS_CAPPED.test(unitCap[0]);
  const moreUnits = units.counted ? countOf(MORE_CAP.exec(c.reach)?.[1]) : undefined;
  const mostUnits =
    countOf(unitCap?.[1] ?? unitCap?.[2] ?? unitCap?.[3]) ??
    (moreUnits !== undefined ? units.count + moreUnits : undefined);
  const doses = frequency !== undefined ? Math.min(frequency, mostDoses ?? frequency) : mostDoses;
  const perUnit = strength || units.counted ? value : dose;
  if (doses !== undefined) {
    // Units said to come on top ("睡前再加1片") add that many units of the amount.
    const added = units.bySlot ? 0 : addedUnits(c.onward);
    const total = dose * (doses + (addsToUsual(c) ? 1 : 0) + onceMore(c)) + value * added;
    return {
      total:
        mostUnits === undefined
          ? total
          : extraCapped
            ? total + perUnit * mostUnits
            : cappedByUnits(total, perUnit * mostUnits, AS_NEEDED.test(c.reach)),
      period: 'day',
      kind: 'product',
      perDay: doses,
      rate,
      ...(once !== undefined && frequency === 1 ? { slot: once } : {}),
    };
  }
  if (mostUnits !== undefined) return { total: perUnit * mostUnits, period: 'day', kind: 'product' };
  // With no frequency, a dose said to be repeated is that many doses that day ("repeat it 12 hours later").
  const again = repeated(c);
  if (again) return { total: dose * again.doses + value * again.units, period: 'day', kind: 'product' };
  if (DAILY_WORD.test(c.clause) && !PER_DOSE.test(c.before))
    return { total: dose, period: 'day', kind: 'total' };
  return undefined;
}

/**
 * Two amounts of one drug in one sentence that add up, a morning and an evening dose or a dose "再加" on
 * top ("10 mg in the morning and 5 mg in the evening", "每次10毫克，一日四次，睡前再加10毫克"), become one
 * regimen; alternatives and titration steps ("500 mg or 1 g", "increase to") do not.
 */
function addedUp(text: string, regimens: Regimen[]): Regimen[] {
  const result: Regimen[] = [];
  for (const r of regimens) {
    const p = result[result.length - 1];
    const between = p ? text.slice(p.end, r.start) : '';
    // "150 mg first thing, then 75 mg midday": a day's doses in order, when no step of a plan is said.
    const inOrder =
      p !== undefined &&
      p.slot !== undefined &&
      r.slot !== undefined &&
      p.slot !== r.slot &&
      p.sentenceStart === r.sentenceStart &&
      // "later" is no step when the dose later is that day's ("2 g now, then 2 g again 12 h later").
      (!STEP_WORD.test(sentenceOf(text, p.sentenceStart, r.end)) || r.slot?.endsWith(' h later') === true);
    // Doses at different times of day add up within a paragraph (a table of times, one row each); a dose
    // said to come on top ("再加", "plus") within a sentence.
    const adds =
      p &&
      p.mention.drug === r.mention.drug &&
      p.period === r.period &&
      r.kind === 'product' &&
      sameUnitAs(r, p.unit) !== undefined &&
      !ALTERNATIVE_BETWEEN.test(inOrder ? between.replace(THEN, '') : between) &&
      ((p.kind === 'product' &&
        p.slot !== undefined &&
        r.slot !== undefined &&
        p.slot !== r.slot &&
        p.paragraphStart === r.paragraphStart) ||
        // Doses on different weekdays add up for the week ("15 mg Mon + 10 mg Thu").
        (p.weekday !== undefined &&
          r.weekday !== undefined &&
          p.weekday !== r.weekday &&
          between.replace(WEEKDAY_JOINERS, '') === '') ||
        // A dose said on top of a day's total adds to it too ("300 mg daily plus a 300 mg booster").
        (p.kind !== 'limit' && ADDITIVE_BEFORE.test(between)));
    if (adds || bolusThenInfusion(p, r))
      result[result.length - 1] = {
        ...p,
        end: r.end,
        total: p.total + sameUnitAs(r, p.unit)!,
        // The doses read so far end in r's sentence: a dose after it there follows r ("10 mg stat; 10 mg at
        // +2 h, then 10 mg at +4 h" are three that day).
        sentenceStart: r.sentenceStart,
        slot: r.slot,
        weekday: r.weekday,
        ...(p.dayDose !== undefined && r.dayDose !== undefined
          ? {
              dayDose: Math.max(p.dayDose, sameUnit(r.dayDose, r.unit, p.unit) ?? 0),
              daysAWeek: (p.daysAWeek ?? 1) + (r.daysAWeek ?? 1),
            }
          : {}),
      };
    else result.push(r);
  }
  return result;
}

/** An amount in another unit; undefined when it does not convert. */
function sameUnit(amount: number, from: DoseUnit, to: DoseUnit): number | undefined {
  try {
    return convert({ amount, unit: from }, to);
  } catch {
    return undefined;
  }
}

/** A regimen's total in `unit` ("1 g" and "500 mg" add up as 1.5 g); undefined when it does not convert. */
function sameUnitAs(r: Regimen, unit: DoseUnit): number | undefined {
  try {
    return convert({ amount: r.total, unit: r.unit }, unit);
  } catch {
    return undefined; // IU against mg, or mL: no common unit
  }
}

/** A loading dose or bolus and the continuous infusion of the same drug after it: both are given that day. */
const bolusThenInfusion = (p: Regimen | undefined, r: Regimen): p is Regimen =>
  p !== undefined &&
  p.loading === true &&
  r.rate === true &&
  p.mention.drug === r.mention.drug &&
  sameUnitAs(r, p.unit) !== undefined &&
  p.route === r.route &&
  p.paragraphStart === r.paragraphStart;

/** The sentence from `start` to the end of the one holding `end`. */
const sentenceOf = (text: string, start: number, end: number) =>
  text.slice(start, end) + (text.slice(end).split(SENTENCE_END, 1)[0] ?? '');

/**
 * The drug an amount is of: the one named right after it ("8 g of paracetamol", "1000mg 对乙酰氨基酚"),
 * else the last one named before it in the same paragraph.
 */
function drugOf(
  text: string,
  mentions: readonly DrugMention[],
  start: number,
  end: number,
  paragraphStart: number,
): DrugMention | undefined {
  const following = mentions.find((d) => d.start >= end && d.start - end <= 24);
  if (following && GAP_TO_DRUG.test(text.slice(end, following.start))) return following;
  let preceding: DrugMention | undefined;
  for (const d of mentions) if (d.end <= start && d.start >= paragraphStart) preceding = d;
  return preceding;
}
