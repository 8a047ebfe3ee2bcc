import { checkDailyDose, convert, type DoseCheck } from '../../foundation/knowledge/dose.ts';
import type { DrugLookup } from '../../foundation/knowledge/drugs.ts';
import type { Finding } from '../finding.ts';
import type { Detector } from './detector.ts';
import { REGIMEN_REGEXES, type Regimen, readRegimens } from './dose-regimen.ts';

/**
 * Daily doses above the knowledge base's maximum for the named drug and route, in model output. The
 * regimens an answer states are read by dose-regimen.ts (totals per day, ceilings, dose × frequency,
 * tablet counts, weekly amounts); a ceiling the answer states caps the dose × frequency readings of the
 * same drug ("1 g every 4 hours, no more than 4 g a day" is within). The largest figure per drug is
 * compared with the maximum through the knowledge base's own checkDailyDose.
 */

/**
 * Drugs taken once a week whose recorded maximum (data/knowledge/drugs.jsonl, see its note) is a
 * weekly amount: methotrexate for rheumatic disease and psoriasis, 25 mg a week. A daily regimen is
 * multiplied by 7 before the comparison, so "methotrexate 10 mg daily" (70 mg a week, the classic
 * fatal prescribing error) is flagged while "15 mg once a week" is not.
 */
const WEEKLY_LIMIT = new Set(['methotrexate']);

export class DoseDetector implements Detector {
  readonly name = 'dose' as const;
  readonly regexes = REGIMEN_REGEXES;

  constructor(private readonly lookup: DrugLookup) {}

  detect(text: string): Finding[] {
    const mentions = this.lookup.everyMention(text);
    if (mentions.length === 0) return [];
    const regimens = readRegimens(text, mentions);
    const worst = new Map<string, { regimen: Regimen; check: DoseCheck; period: 'day' | 'week' }>();
    for (const regimen of regimens) {
      const drug = regimen.mention.drug.id;
      const weeklyDrug = WEEKLY_LIMIT.has(drug);
      // Any other drug is compared per day: an amount stated per week has no daily figure, except a
      // schedule on two or more days of the week ("isoniazid 900 mg on Monday, Wednesday and Friday"),
      // whose dosing day's amount is that day's.
      const dosingDay =
        regimen.period === 'week' && !weeklyDrug && (regimen.daysAWeek ?? 1) >= 2
          ? regimen.dayDose
          : undefined;
      if (regimen.period === 'week' && !weeklyDrug && dosingDay === undefined) continue;
      const compared =
        dosingDay ??
        (weeklyDrug && regimen.period === 'day' ? regimen.total * 7 : this.capped(regimen, regimens));
      let check: DoseCheck;
      try {
        check = checkDailyDose(this.lookup, drug, regimen.route, `${round(compared)}${regimen.unit}`);
      } catch {
        continue; // no maximum recorded for this route or unit: nothing to compare
      }
      const before = worst.get(drug);
      if (check.status === 'above' && (!before || check.percentOfMaximum > before.check.percentOfMaximum))
        worst.set(drug, { regimen, check, period: weeklyDrug ? 'week' : 'day' });
    }
    return [...worst.values()].map(({ regimen, check, period }) => {
      // The drug and its amount when one sentence holds both; else the amount (the detail names the drug).
      const start = regimen.sameSentence ? Math.min(regimen.mention.start, regimen.start) : regimen.start;
      const end = regimen.sameSentence ? Math.max(regimen.mention.end, regimen.end) : regimen.end;
      return {
        type: 'DOSE_ABOVE_MAX',
        start,
        end,
        text: text.slice(start, end),
        score: 0.9,
        detector: 'dose',
        detail: {
          drug: check.drug.id,
          route: check.route,
          daily: check.daily,
          maximum: { amount: check.maximum.amount, unit: check.maximum.unit },
          percentOfMaximum: check.percentOfMaximum,
          /** 'week' for a weekly-limit drug (methotrexate): daily and maximum are then amounts per week. */
          period,
        },
      };
    });
  }

  /** A dose × frequency reading, capped by a ceiling the answer states for the same drug. */
  private capped(regimen: Regimen, all: readonly Regimen[]): number {
    if (regimen.kind !== 'product') return regimen.total;
    let total = regimen.total;
    for (const r of all) {
      if (r.kind !== 'limit' || r.mention.drug.id !== regimen.mention.drug.id) continue;
      try {
        total = Math.min(total, convert({ amount: r.total, unit: r.unit }, regimen.unit));
      } catch {
        // a ceiling in a unit that does not convert (IU against mg) caps nothing
      }
    }
    return total;
  }
}

const round = (n: number) => Math.round(n * 1000) / 1000;
