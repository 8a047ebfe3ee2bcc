import { checkDailyDose, type DoseCheck } from '../../foundation/knowledge/dose.ts';
import type { DrugLookup, DrugMention } from '../../foundation/knowledge/drugs.ts';
import type { Route } from '../../foundation/knowledge/schema.ts';
import type { Finding } from '../finding.ts';
import { matchAll } from '../recognizers/recognizer.ts';
import type { Detector } from './detector.ts';
import { drugMentions } from './mentions.ts';

/**
 * Daily doses above the knowledge base's maximum for the named drug and route, in model output.
 * For each drug named in a sentence, the amounts that follow it are read either as a daily total
 * ("每日4g", "4 g/day", "up to 6 g daily") or as a single dose times the sentence's frequency
 * ("1g，每日4次", "1 g four times a day", "q6h"); the largest daily figure is compared with the
 * maximum through the knowledge base's own checkDailyDose. Tablet counts without a strength are not read.
 */
const AMOUNT = /(\d{1,5}(?:\.\d{1,3})?) ?(mg|g|mcg|μg|µg|ug|毫克|克|微克|IU|iu|单位|mL|ml|毫升)(?![A-Za-z])/g;
const DAILY_AFTER = /^ ?(?:\/ ?(?:d|day|日|天)\b|\/24 ?h|每日|每天|一天|一日|per day|a day|daily|qd\b|\/日)/i;
const DAILY_BEFORE =
  /(?:每日|每天|一天|一日|日剂量|日总量|daily dose (?:of )?|total (?:of )?|up to|per day,? )(?:最多|最大|最高|不超过|总量|可达|可用到|用到|for )?(?:约|达)? ?$/i;
const SENTENCE_END = /[。；;！？!?\n]|\.(?:\s|$)/g;

/**
 * Drugs taken once a week whose recorded maximum (data/knowledge/drugs.jsonl, see its note) is a
 * weekly amount: methotrexate for rheumatic disease and psoriasis, 25 mg a week. A daily regimen is
 * multiplied by 7 before the comparison, so "methotrexate 10 mg daily" (70 mg a week, the classic
 * fatal prescribing error) is flagged while "15 mg once a week" is not.
 */
const WEEKLY_LIMIT = new Set(['methotrexate']);
/** An amount stated per week: after it ("15 mg weekly", "15mg/周") or before it ("每周15 mg"). */
const WEEKLY_AFTER =
  /^ ?(?:\/ ?(?:wk|week|周)\b|\/周|per week|a week|weekly|once (?:a|per) week|once weekly|每周|一周|qw\b|qwk\b)/i;
const WEEKLY_BEFORE =
  /(?:每周|一周|每星期|weekly|per week|once (?:a|per) week|once weekly)(?:一次|1次|口服|服用|服|皮下注射)?[ ,，]?(?:剂量)?(?:为|是)? ?$/i;
const WEEKLY_SENTENCE = /每周|每星期|一周一次|weekly|once (?:a|per) week|per week|\bqw(?:k)?\b/i;

const FREQUENCIES: Array<[RegExp, number | ((m: RegExpExecArray) => number)]> = [
  [
    /\b(?:qid|qds)\b|four times (?:a|per) day|每日4次|每日四次|一日4次|一日四次|每天4次|每天四次|一天4次|一天四次/i,
    4,
  ],
  [
    /\b(?:tid|tds)\b|three times (?:a|per) day|每日3次|每日三次|一日3次|一日三次|每天3次|每天三次|一天3次|一天三次/i,
    3,
  ],
  [
    /\b(?:bid|bd)\b|twice (?:a|per) day|每日2次|每日两次|一日2次|一日两次|每天2次|每天两次|一天2次|一天两次/i,
    2,
  ],
  [
    /\bq ?(\d{1,2}) ?h\b|every (\d{1,2}) hours|每(\d{1,2})小时|每隔(\d{1,2})小时/i,
    (m) => 24 / Number(m[1] ?? m[2] ?? m[3] ?? m[4]),
  ],
  [/\b(?:qd|od)\b|once (?:a|per) day|每日1次|每日一次|一日1次|一日一次|每天1次|每天一次/i, 1],
];

const ROUTES: Array<[RegExp, Route]> = [
  [/静脉|静滴|静注|\bivgtt\b|\biv\b|intravenous/i, 'iv'],
  [/肌注|肌肉注射|\bim\b|intramuscular/i, 'im'],
  [/皮下|\bsc\b|subcutaneous/i, 'sc'],
  [/舌下|sublingual/i, 'sublingual'],
  [/直肠|肛塞|塞肛|rectal|suppositor/i, 'rectal'],
  [/吸入|inhal/i, 'inhaled'],
  [/外用|涂抹|topical/i, 'topical'],
  [/贴剂|透皮|transdermal|patch/i, 'transdermal'],
];

function frequencyOf(sentence: string): number | undefined {
  for (const [regex, value] of FREQUENCIES) {
    const m = regex.exec(sentence);
    if (m) {
      const n = typeof value === 'number' ? value : value(m);
      return Number.isFinite(n) && n > 0 && n <= 24 ? n : undefined;
    }
  }
  return undefined;
}

function routeOf(sentence: string): Route {
  for (const [regex, route] of ROUTES) if (regex.test(sentence)) return route;
  return 'oral';
}

export class DoseDetector implements Detector {
  readonly name = 'dose' as const;
  readonly regexes = [
    AMOUNT,
    DAILY_AFTER,
    DAILY_BEFORE,
    SENTENCE_END,
    ...FREQUENCIES.map(([r]) => r),
    ...ROUTES.map(([r]) => r),
    WEEKLY_AFTER,
    WEEKLY_BEFORE,
    WEEKLY_SENTENCE,
  ];

  constructor(private readonly lookup: DrugLookup) {}

  detect(text: string): Finding[] {
    const mentions = drugMentions(this.lookup, text);
    if (mentions.length === 0) return [];
    const ends: number[] = [];
    for (const m of matchAll(SENTENCE_END, text)) ends.push(m.index + 1);
    ends.push(text.length);
    const findings: Finding[] = [];
    mentions.forEach((mention, i) => {
      const sentenceEnd = ends.find((e) => e > mention.end) ?? text.length;
      const sentenceStart = Math.max(0, ...ends.filter((e) => e <= mention.start));
      const next = mentions[i + 1];
      const scopeEnd = next && next.start < sentenceEnd ? next.start : sentenceEnd;
      const finding = this.check(text, mention, sentenceStart, sentenceEnd, scopeEnd);
      if (finding) findings.push(finding);
    });
    return findings;
  }

  private check(
    text: string,
    mention: DrugMention,
    sentenceStart: number,
    sentenceEnd: number,
    scopeEnd: number,
  ): Finding | undefined {
    const sentence = text.slice(sentenceStart, sentenceEnd);
    const weeklyDrug = WEEKLY_LIMIT.has(mention.drug.id);
    const weeklySentence = WEEKLY_SENTENCE.test(sentence);
    // "每周一次" is a weekly schedule, not "once a day": the sentence's daily frequency does not apply.
    const frequency = weeklySentence ? undefined : frequencyOf(sentence);
    const route = routeOf(sentence);
    const scope = text.slice(mention.end, scopeEnd);
    let worst: { check: DoseCheck; end: number; period: 'day' | 'week' } | undefined;
    for (const m of matchAll(AMOUNT, scope)) {
      const amount = Number(m[1]);
      const after = scope.slice(m.index + m[0].length, m.index + m[0].length + 12);
      const before = text.slice(Math.max(sentenceStart, mention.end + m.index - 16), mention.end + m.index);
      const weekly = WEEKLY_AFTER.test(after) || WEEKLY_BEFORE.test(before);
      const daily = weekly
        ? undefined
        : DAILY_AFTER.test(after) || DAILY_BEFORE.test(before)
          ? amount
          : frequency
            ? amount * frequency
            : undefined;
      // A weekly-limit drug is compared per week: a weekly amount as it is, a daily regimen times 7.
      // Any other drug is compared per day; an amount stated per week has no daily figure.
      const compared = weeklyDrug ? (weekly ? amount : daily !== undefined ? daily * 7 : undefined) : daily;
      if (compared === undefined) continue;
      let check: DoseCheck;
      try {
        check = checkDailyDose(this.lookup, mention.drug.id, route, `${round(compared)}${m[2]}`);
      } catch {
        continue; // no maximum recorded for this route or unit: nothing to compare
      }
      if (check.status === 'above' && (!worst || check.percentOfMaximum > worst.check.percentOfMaximum))
        worst = { check, end: mention.end + m.index + m[0].length, period: weeklyDrug ? 'week' : 'day' };
    }
    if (!worst) return undefined;
    return {
      type: 'DOSE_ABOVE_MAX',
      start: mention.start,
      end: worst.end,
      text: text.slice(mention.start, worst.end),
      score: 0.9,
      detector: 'dose',
      detail: {
        drug: worst.check.drug.id,
        route: worst.check.route,
        daily: worst.check.daily,
        maximum: { amount: worst.check.maximum.amount, unit: worst.check.maximum.unit },
        percentOfMaximum: worst.check.percentOfMaximum,
        /** 'week' for a weekly-limit drug (methotrexate): daily and maximum are then amounts per week. */
        period: worst.period,
      },
    };
  }
}

const round = (n: number) => Math.round(n * 1000) / 1000;
