import { YihengError } from '../errors.ts';
import { normalizeText } from '../text/normalize.ts';
import type { DrugLookup } from './drugs.ts';
import { type DoseUnit, type Drug, type Route, route as routeSchema } from './schema.ts';

/**
 * Daily-dose checks against the knowledge base's maximum by route: parses amounts as people write
 * them ("4g", "4000mg", "500 mg", "2.5 g", "4克", "500毫克"), converts between g, mg and mcg, and
 * says whether the dose is within or above the maximum and by how much.
 */

export interface Amount {
  amount: number;
  unit: DoseUnit;
}

/** Unit spellings (lower case) to the schema's units; the dose check's regimen reader uses them too. */
export const UNIT_ALIASES: Record<string, DoseUnit> = {
  g: 'g',
  gm: 'g',
  gms: 'g',
  gram: 'g',
  grams: 'g',
  克: 'g',
  mg: 'mg',
  mgs: 'mg',
  milligram: 'mg',
  milligrams: 'mg',
  毫克: 'mg',
  mcg: 'mcg',
  μg: 'mcg',
  µg: 'mcg',
  ug: 'mcg',
  microgram: 'mcg',
  micrograms: 'mcg',
  微克: 'mcg',
  iu: 'IU',
  u: 'IU',
  unit: 'IU',
  units: 'IU',
  国际单位: 'IU',
  单位: 'IU',
  ml: 'mL',
  毫升: 'mL',
  mmol: 'mmol',
  毫摩尔: 'mmol',
};

/** Milligrams per unit, for the mass units that convert into each other. */
const MG_PER: Partial<Record<DoseUnit, number>> = { g: 1000, mg: 1, mcg: 0.001 };

const AMOUNT = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*([a-zμ\u4e00-\u9fff]+)$/;

/** Parses "4g", "4,000 mg", "2.5 g", "500毫克". Throws a YihengError that says what is accepted. */
export function parseAmount(text: string): Amount {
  const cleaned = normalizeText(text).trim().replace(/\s+/g, ' ');
  const match = cleaned.length <= 40 ? AMOUNT.exec(cleaned) : null;
  const unit = match ? UNIT_ALIASES[match[3]!] : undefined;
  if (!match || !unit) {
    throw new YihengError(`cannot read the amount "${text.slice(0, 40)}"`, {
      hint: 'write a number and a unit, e.g. 4g, 4000mg, 500 mg, 2.5 g, 4克, 500毫克 (units: g, mg, mcg, IU, mL, mmol)',
      code: 'dose_amount',
    });
  }
  const amount = Number(`${match[1]!.replace(/,/g, '')}${match[2] ?? ''}`);
  if (!Number.isFinite(amount) || amount <= 0) {
    throw new YihengError(`the amount "${text}" must be a positive number`, { code: 'dose_amount' });
  }
  return { amount, unit };
}

const ROUTE_ALIASES: Record<string, Route> = {
  po: 'oral',
  口服: 'oral',
  ivgtt: 'iv',
  静脉: 'iv',
  静注: 'iv',
  静滴: 'iv',
  intravenous: 'iv',
  肌注: 'im',
  肌肉注射: 'im',
  intramuscular: 'im',
  皮下: 'sc',
  皮下注射: 'sc',
  subcutaneous: 'sc',
  sl: 'sublingual',
  舌下: 'sublingual',
  pr: 'rectal',
  直肠: 'rectal',
  肛塞: 'rectal',
  吸入: 'inhaled',
  inhalation: 'inhaled',
  外用: 'topical',
  透皮: 'transdermal',
  贴剂: 'transdermal',
  鼻用: 'intranasal',
  nasal: 'intranasal',
};

/** Accepts the schema's route names and common abbreviations (po, iv, 口服, 静脉 …). */
export function parseRoute(text: string): Route {
  const key = normalizeText(text).trim();
  const direct = routeSchema.safeParse(key);
  if (direct.success) return direct.data;
  const alias = ROUTE_ALIASES[key];
  if (alias) return alias;
  throw new YihengError(`unknown route "${text.slice(0, 40)}"`, {
    hint: `use one of: ${routeSchema.options.join(', ')} (also po, 口服, 静脉, 肌注, 皮下, 舌下)`,
    code: 'dose_route',
  });
}

export interface DoseCheck {
  drug: { id: string; name: Drug['name'] };
  route: Route;
  daily: Amount;
  maximum: Amount & { note?: Drug['name'] };
  status: 'within' | 'at' | 'above';
  /** How far above (positive) or below (negative) the maximum, in the maximum's unit. */
  difference: Amount;
  /** The daily dose as a percentage of the maximum. */
  percentOfMaximum: number;
}

/** Compares a daily dose with the drug's maximum for the route. Unknown drug or route: a clear error. */
export function checkDailyDose(
  lookup: DrugLookup,
  drugName: string,
  routeText: string,
  amountText: string,
): DoseCheck {
  const drug = lookup.resolve(drugName);
  if (!drug) {
    const suggestions = lookup.suggest(drugName);
    throw new YihengError(`unknown drug "${drugName.slice(0, 60)}"`, {
      hint: suggestions.length
        ? `did you mean ${suggestions.join(', ')}?`
        : 'use a generic name in Chinese or English (e.g. 对乙酰氨基酚 or paracetamol)',
      code: 'drug_unknown',
    });
  }
  const route = parseRoute(routeText);
  const daily = parseAmount(amountText);
  const limit = drug.max_daily.find((m) => m.route === route);
  if (!limit) {
    const known = drug.max_daily.map((m) => m.route);
    throw new YihengError(`no maximum daily dose of ${drug.name.en} is recorded for route ${route}`, {
      hint: known.length ? `recorded routes: ${known.join(', ')}` : 'no maximum is recorded for this drug',
      code: 'dose_route',
    });
  }
  const dailyInLimitUnit = convert(daily, limit.unit);
  const difference = round(dailyInLimitUnit - limit.amount);
  const status = Math.abs(difference) < 1e-9 ? 'at' : difference > 0 ? 'above' : 'within';
  return {
    drug: { id: drug.id, name: drug.name },
    route,
    daily,
    maximum: { amount: limit.amount, unit: limit.unit, ...(limit.note ? { note: limit.note } : {}) },
    status,
    difference: { amount: difference, unit: limit.unit },
    percentOfMaximum: round((dailyInLimitUnit / limit.amount) * 100),
  };
}

/** Converts between g, mg and mcg; other units only to themselves. */
export function convert(value: Amount, to: DoseUnit): number {
  if (value.unit === to) return value.amount;
  const from = MG_PER[value.unit];
  const target = MG_PER[to];
  if (from === undefined || target === undefined) {
    throw new YihengError(`cannot convert ${value.unit} to ${to}`, {
      hint: `give the dose in ${to}`,
      code: 'dose_unit',
    });
  }
  return (value.amount * from) / target;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
