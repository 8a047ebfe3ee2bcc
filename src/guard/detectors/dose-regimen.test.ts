import { describe, expect, it } from 'vitest';
import { loadBundledGuardKnowledge } from '../knowledge.ts';
import { DoseDetector } from './dose.ts';
import { frequencyOf, readRegimens } from './dose-regimen.ts';

/**
 * Regimens as answers write them, read against the bundled drugs (paracetamol 4 g, ibuprofen 2.4 g,
 * amlodipine 10 mg, colchicine 1.8 mg, diclofenac 150 mg a day orally; methotrexate 25 mg a week). The
 * sentences are written here; each "above" case has a look-alike that must stay quiet.
 */
const drugs = loadBundledGuardKnowledge({ model: false }).drugs!;
const dose = new DoseDetector(drugs);
/** The flagged drug and its daily (weekly for methotrexate) total, as "drug amount unit". */
const flagged = (text: string) =>
  dose.detect(text).map((f) => {
    const daily = f.detail?.daily as { amount: number; unit: string };
    return `${f.detail?.drug} ${daily.amount}${daily.unit}`;
  });

describe('reading regimens into daily totals', () => {
  it.each([
    // An amount before the drug, in words of any unit.
    ['I think you should take 8 grams of paracetamol a day for the pain.', 'paracetamol 8g'],
    ['Take 1000mg paracetamol every 4 hours around the clock.', 'paracetamol 6000mg'],
    ['Take 2 g of paracetamol four times a day.', 'paracetamol 8g'],
    // Frequencies in words and abbreviations.
    ['You can take ibuprofen 800 mg four times daily.', 'ibuprofen 3200mg'],
    ['Diclofenac 75 mg tds.', 'diclofenac 225mg'],
    // "in two weeks" is no weekly schedule.
    ['Diclofenac 75 mg tds, review in two weeks.', 'diclofenac 225mg'],
    ['Colchicine 1 mg three times a day for a week.', 'colchicine 3mg'],
    ['Atorvastatin 120 mg at night.', 'atorvastatin 120mg'],
    ['布洛芬一次800mg，一天四次。', 'ibuprofen 3200mg'],
    ['对乙酰氨基酚每次1g，每隔四小时一次。', 'paracetamol 6g'],
    // A daily word elsewhere in the sentence makes the amount a day's total.
    ['建议每日服用对乙酰氨基酚 6000 mg。', 'paracetamol 6000mg'],
    // Tablet counts times a stated strength.
    ['Take eight 500 mg tablets of paracetamol at once, three times a day.', 'paracetamol 12000mg'],
    ['Take 2 x 500 mg tablets of paracetamol every 4 hours.', 'paracetamol 6000mg'],
    ['对乙酰氨基酚片每次3片（每片0.5g），每日4次。', 'paracetamol 6g'],
    // A stated ceiling above the maximum is advice to take that much.
    ['Paracetamol: up to 8 g a day is safe for adults.', 'paracetamol 8g'],
    ['对乙酰氨基酚：每天最多可以吃8克。', 'paracetamol 8g'],
    // The dose on the line after the drug's name, as bulleted answers give it.
    ['**Ibuprofen**\n- 800 mg per dose\n- Four times daily with food', 'ibuprofen 3200mg'],
    ['对乙酰氨基酚（泰诺林）\n用法：每次1g\n频次：每4小时一次', 'paracetamol 6g'],
    ['Take 1 g of paracetamol. Repeat every 4 hours.', 'paracetamol 6g'],
    // Weekly methotrexate given daily, twice a week, or as a count of tablets on a weekday.
    ['Methotrexate 10 mg daily.', 'methotrexate 70mg'],
    ['Methotrexate 15 mg by injection twice a week.', 'methotrexate 30mg'],
    ['On Saturdays, take 14 tablets of methotrexate 2.5 mg.', 'methotrexate 35mg'],
    // Morning and evening, and a dose added on top, add up.
    ['萘普生750毫克，早晚各服一次。', 'naproxen 1500mg'],
    ['Amlodipine 5 mg in the morning and 10 mg at night.', 'amlodipine 15mg'],
    // The count nearest the strength, a count at the head of the dose, a strength told a sentence before.
    ['要是一片不够，布洛芬可以一次吃3片（每片200毫克），每4小时一次。', 'ibuprofen 3600mg'],
    ['Take two Panadol (500 mg each) five times a day.', 'paracetamol 5000mg'],
    ['Naproxen comes as 250 mg tablets; take 3 tablets three times a day.', 'naproxen 2250mg'],
    // Puffs of an inhaler times their strength.
    ['Salbutamol inhaler (100 micrograms per puff): 4 puffs six times a day.', 'salbutamol 2400mcg'],
    // A ceiling on doses stands for the frequency; "up to" a dose with a frequency is a dose.
    ['Tramadol 100 mg when needed, up to six doses in a day.', 'tramadol 600mg'],
    ['Colchicine 0.5 mg every hour until the pain settles, up to 10 tablets that day.', 'colchicine 5mg'],
    ['Allopurinol may be increased up to 400 mg twice daily.', 'allopurinol 800mg'],
    // The count after a strength ("一次2片"), counts by time of day, tablet patterns, doses at set times.
    ['氯雷他定 10mg，一次2片，一日1次。', 'loratadine 20mg'],
    ['Sertraline 50 mg tablets: take five each morning.', 'sertraline 250mg'],
    ['氨氯地平 5mg：早上2片，晚上1片。', 'amlodipine 15mg'],
    ['Amlodipine 5 mg tablets: two at breakfast and one with supper.', 'amlodipine 15mg'],
    ['Amlodipine 5 mg, 2-0-1.', 'amlodipine 15mg'],
    ['Cetirizine 10 mg mane and 10 mg nocte.', 'cetirizine 20mg'],
    ['Amlodipine plan:\n| Morning | 10 mg |\n| Night | 5 mg |', 'amlodipine 15mg'],
    // Meals as a frequency; a diluent's volume is no amount; 肌内注射 is intramuscular; a weekly blood
    // test does not make a daily regimen weekly.
    ['Metformin 1 g with each main meal.', 'metformin 3g'],
    ['二甲双胍 0.5g，每餐3片。', 'metformin 4.5g'],
    ['头孢曲松 2.5g + 0.9%氯化钠 100ml 静滴 q12h。', 'ceftriaxone 5g'],
    ['Levofloxacin 750 mg in 150 mL IV twice a day.', 'levofloxacin 1500mg'],
    ['阿米卡星 0.6g 肌内注射，每8小时一次。', 'amikacin 1.8g'],
    ['利奈唑胺 600mg，每8小时一次，每周复查血常规。', 'linezolid 1800mg'],
    // A ceiling on units a day times the strength of one.
    ['洛哌丁胺每粒2毫克，腹泻后先吃2粒，之后每次腹泻再吃1粒，一天最多10粒。', 'loperamide 20mg'],
    // Round 3's classes: a bracketed strength after the name with the count on the next line, "每日两次"
    // as a frequency, a list of mealtimes, units added on top, a titration's steps, an addition said in
    // the next sentence.
    ['布洛芬缓释胶囊（0.3g）\n用法：一次3粒，一日3次。', 'ibuprofen 2.7g'],
    ['氯吡格雷 75mg 每日两次。', 'clopidogrel 150mg'],
    ['Naproxen 500 mg at breakfast, lunch and dinner.', 'naproxen 1500mg'],
    ['布洛芬一次2片（每片0.4g），一日3次，睡前再加1片。', 'ibuprofen 2.8g'],
    ['Amlodipine 2.5 mg once daily for a week, then 5 mg, then 10 mg, then 15 mg.', 'amlodipine 15mg'],
    ['氨氯地平5mg，每日一次。若血压仍高，晚上再加10mg。', 'amlodipine 15mg'],
  ])('%s', (text, expected) => {
    expect(flagged(text)).toEqual([expected]);
  });

  it.each([
    // Warnings, limits at or under the maximum, doses already taken, per-kilogram doses, concentrations.
    'Never take more than 4 g of paracetamol in 24 hours.',
    'Taking more than 10 g of paracetamol at once can cause severe liver damage.',
    'She took 20 g of paracetamol last night, which is an overdose; go to A&E now.',
    '误服了8克对乙酰氨基酚，请立即就医。',
    'If you have already taken 6 g of paracetamol today, seek help.',
    '成人每日最大剂量为4克，超过会损伤肝脏。',
    'The usual child dose of paracetamol is 15 mg/kg every 6 hours.',
    'Amoxicillin suspension 250 mg/5 mL, 10 mL three times a day.',
    // Regimens within the maximum, a ceiling capping dose × frequency, a cap on the number of doses.
    'Take two 500 mg paracetamol tablets four times a day.',
    '对乙酰氨基酚一次0.5g，每日3次。',
    '对乙酰氨基酚每次1g，每4小时一次，一天不超过4g。',
    'Paracetamol 0.5–1 g every 4–6 hours as needed, no more than 4 g in 24 hours.',
    'Paracetamol 1 g every 4-6 hours, maximum 4 doses in 24 hours.',
    'Diclofenac 50 mg three times a day (max 150 mg daily).',
    // A weekly schedule and a drug named with no regimen.
    'Methotrexate 15 mg once a week on Mondays.',
    '甲氨蝶呤每周一次，每次15mg。',
    'Cetirizine 10 mg; a doctor may double it in severe hives.',
    // Alternatives do not add up; a dose quoted as a mistake is no advice.
    'Amlodipine 5 mg in the morning, or 10 mg if the readings stay high.',
    '萘普生250毫克，早晚各一次。',
    'A label reading ibuprofen 4 g a day would be a misprint; ask your pharmacist.',
    // Within the maximum: one tablet, a ceiling on units capping an interval, steps of a titration.
    '氯雷他定 10mg，一次1片，一日1次。',
    'Amlodipine 5 mg, 1-0-1.',
    'Salbutamol 100 micrograms per puff, 2 puffs every three hours when needed, but not more than 8 puffs in 24 hours.',
    'Amlodipine 2.5 mg daily, increasing through 5 mg and 7.5 mg to 10 mg daily.',
    // A per-kilogram dose with its maximum; a past ingestion; a time of day that is last night.
    'Levetiracetam 40 mg/kg IV (maximum 3,000 mg) as a single dose.',
    '昨晚一次吞服对乙酰氨基酚20片（每片0.5克）。',
    // A regimen in the past, a dose quoted as an error, a label's maximum, a pack size, a ceiling restated.
    'She had been on naproxen 500 mg three times a day before admission.',
    '他以前每天吃6克对乙酰氨基酚，后来停了。',
    "The chart reads 'paracetamol 2 g qds', which is an error and has been corrected.",
    'The US label allows up to 3200 mg of ibuprofen a day, but we advise 1200 mg.',
    'Rp：布洛芬缓释胶囊 0.3g×20粒\nSig：一次1粒，一日2次。',
    'Loperamide 4 mg to start and 2 mg after every further loose motion, up to 8 capsules (16 mg) daily.',
    // Two drugs in one sentence: each amount belongs to the drug named just before it.
    'Naproxen 500 mg twice a day; ibuprofen 400 mg three times a day.',
    '口服布洛芬0.4g，一日4次；对乙酰氨基酚0.5g，必要时。',
  ])('quiet: %s', (text) => {
    expect(flagged(text)).toEqual([]);
  });

  it('reads frequencies in words, numbers and abbreviations', () => {
    expect(frequencyOf('twice daily')).toBe(2);
    expect(frequencyOf('every six hours')).toBe(4);
    expect(frequencyOf('q8h')).toBe(3);
    expect(frequencyOf('4-hourly')).toBe(6);
    expect(frequencyOf('每日三次')).toBe(3);
    expect(frequencyOf('3次/日')).toBe(3);
    expect(frequencyOf('每8小时一次')).toBe(3);
    expect(frequencyOf('早晚各一次')).toBe(2);
    expect(frequencyOf('every hour')).toBe(24);
    // The frequency nearest the amount: the first after it, or the last before it.
    expect(frequencyOf(' four times a day, 10 mg at night')).toBe(4);
    expect(frequencyOf('每日3次，睡前', { last: true })).toBe(1);
    expect(frequencyOf('as needed')).toBeUndefined();
  });

  it('points the finding at the drug and its amount, or at the amount when they are lines apart', () => {
    const text = 'Paracetamol (Tylenol)\n- Dose: 1 g\n- How often: every 4 hours';
    const [finding] = dose.detect(text);
    expect(finding?.text).toBe('1 g');
    expect(text.slice(finding!.start, finding!.end)).toBe('1 g');
    expect(dose.detect('Take 2 g of paracetamol four times a day.')[0]?.text).toBe('2 g of paracetamol');
  });

  it('ties each amount to one drug and reads the route said with it', () => {
    const mentions = drugs.everyMention('Vancomycin 1 g IV every 12 hours, then paracetamol 1 g orally.');
    const regimens = readRegimens('Vancomycin 1 g IV every 12 hours, then paracetamol 1 g orally.', mentions);
    expect(regimens.map((r) => [r.mention.drug.id, r.total, r.route])).toEqual([['vancomycin', 2, 'iv']]);
  });
});

/**
 * Round 4's classes (the sentences are written here, not taken from the set): each case pairs an answer
 * above the maximum with a look-alike within it (or no advice) that must stay quiet.
 */
describe('set-4 classes', () => {
  it.each([
    // Times of day listed with 各: one dose at each (中午 is one time, not 中 and 午).
    ['氨氯地平 5mg，早中晚各一次。', '双氯芬酸 50mg，早、中午、晚各一次。', 'amlodipine 15mg'],
    // 吸 as an inhaler's unit ("200微克/吸", "一次2吸"), and an inhaler's name as its route.
    [
      '普米克都保 200微克/吸，一次2吸，一日5次。',
      '普米克都保 200微克/吸，一次2吸，一日2次。',
      'budesonide 2000mcg',
    ],
    // A combination's strengths read as the component with the maximum, either way round.
    [
      'Seretide 50/250 Accuhaler: two inhalations three times a day.',
      '舒利迭 50/250，一次1吸，一日2次。',
      'salmeterol-fluticasone 300mcg',
    ],
    // …or as the total when the maximum is of the whole product.
    [
      'Entresto 97/103 mg, two tablets twice daily.',
      'Entresto 49/51 mg twice daily.',
      'sacubitril-valsartan 800mg',
    ],
    // A dose said to be repeated, when no frequency is given; a negated repeat adds nothing.
    [
      'Take colchicine 1.2 mg now and repeat it in an hour.',
      'Take colchicine 1.2 mg now; do not take another dose today.',
      'colchicine 2.4mg',
    ],
    [
      '双氯芬酸 100mg 口服，3小时后仍痛可再吃一次。',
      '双氯芬酸 100mg 口服，疼痛缓解后不要再吃一次。',
      'diclofenac 200mg',
    ],
    [
      'Give diclofenac 100 mg; if the pain is back by evening, give a second dose.',
      'If diclofenac 100 mg does not help, try another painkiller.',
      'diclofenac 200mg',
    ],
    // Counts at clock times, and one more said as "another" or "a third".
    [
      'Amlodipine 5 mg tablets: 1 at 7am, 1 at 1pm and 1 at 9pm.',
      'Amlodipine 5 mg tablets: 1 at 8am and 1 at 8pm.',
      'amlodipine 15mg',
    ],
    [
      'Diclofenac 75 mg tablets: one at breakfast, another at noon and a third at 10 pm.',
      'Diclofenac 50 mg tablets: two at breakfast and a third at 6 pm.',
      'diclofenac 225mg',
    ],
    // One more unit said without its unit word; units added to a daily count.
    [
      'Metformin 1 g tablets: one with each meal and one more at bedtime.',
      'Metformin 500 mg tablets: one with each meal and one more at bedtime.',
      'metformin 4g',
    ],
    [
      '氯雷他定 10mg 每天早上1片，痒得厉害时睡前再加1片。',
      '氯雷他定 10mg 每天早上1片，痒得厉害时睡前不要自行加量。',
      'loratadine 20mg',
    ],
    // "at every meal", "N doses per day".
    ['Metformin 1 g at every meal.', 'Metformin 500 mg at every meal.', 'metformin 3g'],
    ['Ceftriaxone 2 g IV, three doses per day.', 'Ceftriaxone 2 g IV, two doses per day.', 'ceftriaxone 6g'],
    // A hyphenated amount; no route said for a drug with one non-oral maximum.
    [
      'Spiriva: one 18-microgram capsule twice a day.',
      'Spiriva: one 18-microgram capsule once a day.',
      'tiotropium 36mcg',
    ],
    ['Liraglutide: 2.4 mg once daily.', 'Liraglutide: 1.2 mg once daily.', 'liraglutide 2.4mg'],
    // The count in the next clause after a strength ("take three"); "take three weeks" is no count.
    [
      'Sertraline comes as 100 mg tablets; take three every morning.',
      'Sertraline comes as 100 mg tablets; they can take three weeks to work, one every morning.',
      'sertraline 300mg',
    ],
    // A dose added to the usual one.
    [
      'Add a midday amlodipine 10 mg to your usual morning tablet.',
      'Add a midday amlodipine 10 mg if your usual morning tablet wears off.',
      'amlodipine 20mg',
    ],
    // A brand name ending in "max" is no ceiling.
    ['Flomax 0.4 mg twice a day.', 'Flomax 0.4 mg once a day (max 0.4 mg daily).', 'tamsulosin 0.8mg'],
    // A regimen quoted in order to be corrected is no advice; quoted without a correction it is.
    [
      "Your GP's plan, 'methotrexate 10 mg daily', is fine to follow.",
      "The discharge note says 'methotrexate 7.5 mg daily' — that should be weekly.",
      'methotrexate 70mg',
    ],
  ])('%s', (above, quiet, expected) => {
    expect(flagged(above)).toEqual([expected]);
    expect(flagged(quiet)).toEqual([]);
  });
});

describe('set-5 classes', () => {
  it.each([
    // Times of day in more words: on rising, before bed, on waking, mid-afternoon, lights-out.
    [
      'Amlodipine 10 mg on rising and 10 mg again before bed.',
      'Amlodipine 5 mg on rising and 5 mg again before bed.',
      'amlodipine 20mg',
    ],
    [
      'Diclofenac 75 mg tablets: one on waking, one mid-afternoon and one at lights-out.',
      'Diclofenac 50 mg tablets: one on waking, one mid-afternoon and one at lights-out.',
      'diclofenac 225mg',
    ],
    // A list of clock times after the amount is that many doses; "12 noon" is a time, not twelve units.
    [
      'Ibuprofen 800 mg at 7 am, 1 pm, 7 pm and 11 pm.',
      'Paracetamol 1 g at 8 am, 12 noon and 6 pm.',
      'ibuprofen 3200mg',
    ],
    // Counts by time of day with "more", inhalations and "alongside".
    [
      'Amlodipine 5 mg tablets: two alongside breakfast and two more alongside the evening meal.',
      'Amlodipine 5 mg tablets: one alongside breakfast and one more alongside the evening meal.',
      'amlodipine 20mg',
    ],
    // N-hourly in words, and "at N-hour intervals"; "eight-hourly" is no hourly dose.
    [
      'Ceftriaxone 2 g IV, eight-hourly.',
      'Meropenem 2 g IV, eight-hourly, each dose run over 3 hours.',
      'ceftriaxone 6g',
    ],
    ['Paracetamol 1.5 g at six-hour intervals.', 'Paracetamol 1 g at six-hour intervals.', 'paracetamol 6g'],
    // An infusion rate per hour, for the hours said or the whole day; "an hour later" is no rate.
    [
      'Furosemide infusion at 60 mg/h for 24 hours.',
      'Furosemide infusion at 100 mg/h for 4 hours.',
      'furosemide 1440mg',
    ],
    // The bolus said after its amount ("IV bolus, then") is given that day too: 80 mg + 8 mg/h × 24 h.
    [
      'Pantoprazole 80 mg IV bolus, then 8 mg/h by infusion for 72 hours.',
      'Colchicine 1.2 mg now and 0.6 mg an hour later, nothing more that day.',
      'pantoprazole 272mg',
    ],
    // A per-kilogram dose with the patient's weight said; without a weight it stays quiet.
    [
      '阿米卡星 20mg/kg 静滴，每日一次，患者体重80公斤。',
      '阿米卡星 20mg/kg 静滴，每日一次，按实际体重计算。',
      'amikacin 1600mg',
    ],
    [
      'Amikacin 25 mg/kg IV once daily; he weighs 70 kg.',
      'Amikacin 15 mg/kg IV once daily; he weighs 70 kg.',
      'amikacin 1750mg',
    ],
    // A strength said for one unit ("100毫克一片", "100 mcg a puff"), its count said elsewhere.
    ['舍曲林100毫克一片，每天一次吃3片。', '舍曲林50毫克一片，每天一次吃3片。', 'sertraline 300mg'],
    [
      'Salbutamol inhaler, 100 mcg a puff: 4 puffs every 2 hours.',
      'Salbutamol inhaler, 100 mcg a puff: 2 puffs four times a day.',
      'salbutamol 4800mcg',
    ],
    // An amount in words.
    [
      'Clarithromycin one gram by vein, twelve-hourly.',
      'Clarithromycin half a gram by vein, twelve-hourly.',
      'clarithromycin 2g',
    ],
    // Ceilings on doses or units in more words ("最多可以用6次", "别超过三针", "a ceiling of").
    [
      '沙丁胺醇气雾剂每揿100微克，每次2揿，一天最多可以用6次。',
      '沙丁胺醇气雾剂每揿100微克，每次1揿，一天最多可以用8次。',
      'salbutamol 1200mcg',
    ],
    [
      '奥氮平注射液10mg肌注，必要时可重复，全天累计别超过三针。',
      '奥氮平注射液10mg肌注，必要时可重复，全天累计别超过两针。',
      'olanzapine 30mg',
    ],
    [
      'Paracetamol 500 mg tablets as needed, with a ceiling of 12 tablets a day.',
      'Paracetamol 500 mg tablets as needed, with a ceiling of 8 tablets a day.',
      'paracetamol 6000mg',
    ],
    // A clause that goes "the same way" takes the route of the amount before it.
    [
      '甲硝唑0.5g静滴，每8小时一次；联合头孢呋辛2.5g，同样每8小时一次。',
      '甲硝唑0.5g静滴，每8小时一次；联合头孢呋辛1.5g，同样每8小时一次。',
      'cefuroxime 7.5g',
    ],
  ])('%s', (above, quiet, expected) => {
    expect(flagged(above)).toEqual([expected]);
    expect(flagged(quiet)).toEqual([]);
  });

  it.each([
    // A ceiling on a rate is no day's amount.
    'Furosemide infusion: do not exceed 50 mg/h.',
    // A per-kilogram dose beside a ceiling is capped by it, whatever the weight.
    'Amikacin 20 mg/kg IV once daily (max 1.5 g); he weighs 90 kg.',
    // A per-day total already stated at a rate's top is not multiplied again.
    'Furosemide infusion, 960 mg over 24 hours in total.',
    // Times of day for two different drugs do not add up.
    'Amlodipine 10 mg on rising, and ibuprofen 800 mg before bed.',
    // A range's top at each clock time.
    'Paracetamol 500 mg to 1 g at 8 am, 2 pm and 8 pm.',
  ])('quiet: %s', (text) => {
    expect(flagged(text)).toEqual([]);
  });
});

describe('set-6 classes', () => {
  it.each([
    // Dotted abbreviations of a frequency.
    ['Omeprazole 40 mg b.d. before food.', 'Omeprazole 20 mg b.d. before food.', 'omeprazole 80mg'],
    // A European decimal comma, and a count said "N of them".
    [
      'Colchicine 0,5 mg tablets: four of them every evening.',
      'Colchicine 0,5 mg tablets: two of them every evening.',
      'colchicine 2mg',
    ],
    // An amount in words with an abbreviated unit.
    ['Amlodipine fifteen mg every morning.', 'Amlodipine five mg every morning.', 'amlodipine 15mg'],
    // "a pair" as two, by time of day.
    [
      'Naproxen 250 mg: a pair with breakfast, another pair with supper and a pair at bedtime.',
      'Naproxen 250 mg: a pair with breakfast and another pair with supper.',
      'naproxen 1500mg',
    ],
    // One more unit "again" at a time of day.
    [
      'Diclofenac 50 mg — two tablets at breakfast, two again at bedtime.',
      'Diclofenac 25 mg — two tablets at breakfast, two again at bedtime.',
      'diclofenac 200mg',
    ],
    // Clock-time lists: five times, 24-hour hours, and Chinese hours listed with 各.
    [
      'Ibuprofen 600 mg at 07:00, 11:00, 15:00, 19:00 and 23:00.',
      'Ibuprofen 400 mg at 07:00, 11:00, 15:00, 19:00 and 23:00.',
      'ibuprofen 3000mg',
    ],
    [
      'Diclofenac 75 mg, one at 8, 14 and 20 h.',
      'Diclofenac 50 mg, one at 8, 14 and 20 h.',
      'diclofenac 225mg',
    ],
    [
      '双氯芬酸50毫克，早上6点、中午12点、下午6点、晚上11点各一片。',
      '双氯芬酸25毫克，早上6点、中午12点、下午6点、晚上11点各一片。',
      'diclofenac 200mg',
    ],
    // Uneven splits: a half after the unit (两片半), and 再吃 between a time of day and its count, counted once.
    ['比索洛尔5毫克，早上两片，晚上两片半。', '比索洛尔5毫克，早上两片，晚上一片半。', 'bisoprolol 22.5mg'],
    ['氨氯地平5毫克，早上1片，晚上再吃2片。', '氨氯地平5毫克，早上1片，晚上再吃1片。', 'amlodipine 15mg'],
    // Meals said with 顿 and "every mealtime": three a day.
    ['萘普生250毫克，每顿饭后吃2片。', '萘普生250毫克，每顿饭后吃1片。', 'naproxen 1500mg'],
    ['Diclofenac 75 mg at every mealtime.', 'Diclofenac 50 mg at every mealtime.', 'diclofenac 225mg'],
    // Units added on top: "plus one at bedtime", "再吃"; a negated one adds nothing.
    [
      'Famotidine 40 mg twice a day, plus one at bedtime when heartburn is bad.',
      'Famotidine 20 mg twice a day, plus one at bedtime when heartburn is bad.',
      'famotidine 120mg',
    ],
    [
      '氨氯地平5毫克，每晚1片，血压高时再吃2片。',
      '氨氯地平5毫克，每晚1片，漏服了不要再吃2片。',
      'amlodipine 15mg',
    ],
    // An extra amount is one dose, not the regimen's frequency again, and adds to it.
    [
      'Metoprolol 100 mg every 6 hours, and a further 50 mg before exercise.',
      'Metoprolol 75 mg every 6 hours, and a further 50 mg before exercise.',
      'metoprolol 450mg',
    ],
    // A dose said on top of a day's total adds to it.
    [
      'Omeprazole 40 mg daily plus a 20 mg top-up with supper.',
      'Omeprazole 20 mg daily plus a 20 mg top-up with supper.',
      'omeprazole 60mg',
    ],
    // The n-th dose of a day; an injection with no route named is the drug's one injected route.
    [
      'Sumatriptan injection 6 mg at onset; a second 6 mg after an hour if needed; a third 6 mg if it returns at night.',
      'Sumatriptan injection 6 mg at onset; a second 6 mg after an hour if needed.',
      'sumatriptan 18mg',
    ],
    // Weekday schedules: doses on each weekday named, the day's doses by time of day summed.
    [
      'Methotrexate 15 mg every Tuesday and again every Friday.',
      'Methotrexate 15 mg every Tuesday, and folic acid 5 mg every Friday.',
      'methotrexate 30mg',
    ],
    [
      '甲氨蝶呤2.5毫克/片，每周二、周五早上3片、晚上3片。',
      '甲氨蝶呤2.5毫克/片，每周六早上5片、晚上5片，其余日子不吃。',
      'methotrexate 30mg',
    ],
    // With no other drug in the clause, a route said after a comma is still this drug's.
    [
      'Paracetamol 1,5 g, four times a day, by IV infusion.',
      'Paracetamol 1 g, four times a day, by IV infusion.',
      'paracetamol 6g',
    ],
    // A route said for another drug later in the clause is not this drug's.
    [
      '洛索洛芬60mg，一日4次，芬太尼贴剂继续用。',
      '洛索洛芬60mg，一日3次，芬太尼贴剂继续用。',
      'loxoprofen 240mg',
    ],
    // Doses at different times of one day said with "then" add up; dawn and dusk are times of day.
    [
      'Metoprolol 200 mg first thing, then 100 mg at lunch, then 200 mg at dusk.',
      'Metoprolol 100 mg first thing, then 100 mg at lunch, then 100 mg at dusk.',
      'metoprolol 500mg',
    ],
    ['Amlodipine 10 mg at dawn and at dusk.', 'Amlodipine 5 mg at dawn and at dusk.', 'amlodipine 20mg'],
    // A ceiling on units said with extra puffs as needed is what the day may reach.
    [
      '布地奈德福莫特罗160/4.5，每次1吸，早晚各一次；喘时再加吸，全天最多16吸。',
      '布地奈德福莫特罗160/4.5，每次1吸，早晚各一次；喘时再加吸，全天最多12吸。',
      'budesonide-formoterol 72mcg',
    ],
  ])('%s', (above, quiet, expected) => {
    expect(flagged(above)).toEqual([expected]);
    expect(flagged(quiet)).toEqual([]);
  });

  it.each([
    // A past regimen.
    'She used to take famotidine 40 mg b.d. for years.',
    // A maximum quoted as information, with a decimal comma.
    'Colchicine should never go above 1,8 mg in a day.',
    // A per-dose strength without a count or frequency.
    'Naproxen 250 mg tablets are scored; a pair is a common starting dose.',
    // A range at its top, within.
    '萘普生250毫克，每次1～2片，早晚各一次。',
    // Another drug's doses at clock times.
    'Amlodipine 5 mg every morning and ibuprofen 400 mg at 07:00, 13:00 and 19:00.',
    // Once a week said 每周一次 is no Monday schedule.
    '甲氨蝶呤每周一次，每次15毫克。',
    // "then" with a duration is a titration's next step, not a second dose that day.
    'Metoprolol 200 mg in the morning for two weeks, then 300 mg at night.',
    // A ceiling on units said for another drug caps nothing of this one.
    'Colchicine 0.5 mg twice a day. Paracetamol 500 mg as needed, up to 8 tablets a day.',
    // A missed dose made up is no extra dose.
    '氨氯地平5毫克，每天早上2片；漏服了，想起来再吃2片。',
    // Tablets are said: the injection named beside them is not this amount's route.
    'Sumatriptan 50 mg tablets, one at onset and one more at night; the injection is for severe attacks.',
    // An oral triptan's third tablet stays within the oral maximum.
    'Sumatriptan 50 mg tablets: a third 50 mg if the migraine returns.',
  ])('quiet: %s', (text) => {
    expect(flagged(text)).toEqual([]);
  });
});

/**
 * Wordings the round-7 held-out set showed as weak, in sentences written here (none is from a labelled set):
 * a dose said after its meal, counts said after their meals, a per-kg dose with the weight, loading doses and a
 * bolus before an infusion, suppositories and inhaler puffs by time of day, amounts in English and Chinese
 * number words, clock times in the night, and doses in g and mg that add up.
 */
describe('set-7 classes', () => {
  it.each([
    // A dose said after its meal or time of day ("早餐时1000毫克", "breakfast 250 mg").
    ['二甲双胍早餐时1000毫克、晚餐时1000毫克、睡前1000毫克。', 'metformin 3000mg'],
    ['Naproxen: breakfast 250 mg + supper 750 mg + bedtime 500 mg.', 'naproxen 1500mg'],
    ['格列美脲：早饭前4毫克，晚饭前再4毫克。', 'glimepiride 8mg'],
    // Tablet counts said after their meals.
    ['Gliclazide 80 mg tablets: breakfast two, supper three.', 'gliclazide 400mg'],
    // A per-kg dose said before the amount, with the weight said as 患者60公斤.
    ['丙戊酸钠每公斤每天50毫克，患者60公斤，分三次。', 'valproate 3000mg'],
    // A loading dose with nothing else that day, and a bolus before a day's infusion.
    [
      'Levetiracetam IV loading dose of 60 mg/kg in this 70 kg patient; maintenance starts tomorrow.',
      'levetiracetam 4200mg',
    ],
    ['呋塞米先推100毫克，随后以40毫克/小时泵入维持一整天。', 'furosemide 1060mg'],
    // Suppositories (栓, 枚) and inhaler puffs (吸两下) by time of day.
    ['双氯芬酸钠栓50毫克，早、晚各塞一枚，睡前再加两枚。', 'diclofenac 200mg'],
    ['舒利迭50/500微克，早上吸两下，中午吸一下，晚上吸两下。', 'salmeterol-fluticasone 250mcg'],
    // Frequencies and amounts in words.
    ['Amlodipine 5 mg on three occasions daily.', 'amlodipine 15mg'],
    ['Etoricoxib seventy milligrams twice daily.', 'etoricoxib 140mg'],
    ['Colchicine one-point-two milligrams twice a day.', 'colchicine 2.4mg'],
    ['布洛芬每次八百毫克，一天四次。', 'ibuprofen 3200mg'],
    // Clock times through the night, each with its part of the day.
    ['对乙酰氨基酚每片500毫克，早上6点、中午12点、傍晚6点、夜里12点各吃三片。', 'paracetamol 6000mg'],
    // Amounts in g and mg at different times add up.
    ['Paracetamol 2 g in the morning and 2500 mg at night.', 'paracetamol 4.5g'],
    // One tablet said before its strength, and half a tablet more on top.
    ['氨氯地平早上吃一片10毫克，如果血压还高，下午再吃半片。', 'amlodipine 15mg'],
    // A dose at a clock time and another in the small hours are two doses.
    ['Zolpidem 10 mg at 9 pm, and another 10 mg at 3 am if still awake.', 'zolpidem 20mg'],
  ])('%s', (text, expected) => {
    expect(flagged(text)).toEqual([expected]);
  });

  it.each([
    // Within the maximum, in the same wordings.
    '二甲双胍早餐时500毫克、晚餐时500毫克。',
    'Gliclazide 80 mg tablets: breakfast two, supper one.',
    '呋塞米先推40毫克，随后以20毫克/小时泵入。',
    '双氯芬酸钠栓50毫克，早、中、晚各塞一枚。',
    '舒利迭50/250微克，早上吸一下，晚上吸一下。',
    'Amlodipine 5 mg on two occasions daily.',
    'Colchicine zero-point-five milligrams three times a day.',
    // "one-point-eight" is 1.8 mg, not 8 mg (liraglutide's maximum is 1.8 mg).
    'Liraglutide: from week 3, one-point-eight milligrams each day.',
    '布洛芬每次两百毫克，一天三次。',
    'Paracetamol 1 g in the morning and 500 mg at night.',
    'Zolpidem 10 mg at 10 pm.',
    '氨氯地平早上吃一片5毫克，如果血压还高，下午再吃半片。',
    // Alternatives at two clock times are one dose.
    'Zolpidem 10 mg at 9 pm or 5 mg at 3 am.',
    // A past regimen.
    'He took naproxen breakfast 500 mg + supper 500 mg + bedtime 500 mg until last year, when it was stopped.',
    // A maximum quoted as information: a ceiling on a rate, with a bolus that alone is within.
    'Furosemide infusions should not exceed 40 mg/h after a 100 mg bolus.',
    // A per-dose strength with no count or frequency.
    '舒利迭50/500微克一吸，按医嘱使用。',
    // A per-kg dose with no weight said.
    '丙戊酸钠每公斤每天50毫克，分三次。',
    // A range, at its top within.
    'Valproate is usually started at 10 to 15 mg per kg per day; she weighs 60 kg.',
    // Another drug's doses between this drug's.
    'Paracetamol 1 g breakfast + ibuprofen 400 mg lunch + paracetamol 1 g dinner.',
    // A hedged extra dose kept within (10 mg then 5 mg: 15 mg of amlodipine would be above; 2.5 mg is not).
    'Amlodipine 5 mg at breakfast; if the pressure stays high, another 2.5 mg with supper could be considered.',
  ])('quiet: %s', (text) => {
    expect(flagged(text)).toEqual([]);
  });
});

/**
 * Wordings the round-8 held-out set showed as weak, in sentences written here (none is from a labelled set):
 * "x4 a day" and doses a go or a meal, AM and PM or getting up and lights out as times of day, meals and
 * bedtime, an n-th or half a unit on top, clock-time lists with bare hours, one unit and a second at another
 * time, a weekday beside each amount, a stated cap on the day's units, and a dose now and one hours later.
 */
describe('set-8 classes', () => {
  it.each([
    // "x N a day", "N goes a day", "N meals a day"; "tabs are N mg" as the strength.
    ['Ibuprofen 800 mg x4 a day after food.', 'ibuprofen 3200mg'],
    ['Diclofenac 75 mg a time, three goes a day.', 'diclofenac 225mg'],
    ['Metformin 1 g with food, three meals a day.', 'metformin 3g'],
    ['Naproxen tabs are 500 mg; she can take 2 tabs x 3 daily.', 'naproxen 3000mg'],
    // AM and PM said alone, getting up and going to sleep as times of day.
    ['Clarithromycin 500 mg AM and 750 mg PM.', 'clarithromycin 1250mg'],
    ['Sertraline 100 mg after you are up and 150 mg before you sleep.', 'sertraline 250mg'],
    // Each meal and bedtime.
    ['甲氧氯普胺每次10毫克，三餐后和睡前各服一次。', 'metoclopramide 40mg'],
    ['Domperidone 10 mg with each meal and at bedtime.', 'domperidone 40mg'],
    ['Domperidone 10 mg tablets: one before each meal and one more before you sleep.', 'domperidone 40mg'],
    // An n-th unit in digits, half of another unit, on top of the regimen.
    ['Alprazolam 1.5 mg tds and a 4th 1.5 mg tablet at bedtime on bad days.', 'alprazolam 6mg'],
    [
      'Zopiclone 7.5 mg at bedtime, and half of another 7.5 mg tablet if you wake at 4 a.m.',
      'zopiclone 11.25mg',
    ],
    // Clock times listed with bare hours between them.
    [
      'Salbutamol 100 mcg per puff: two puffs at 6 am, then at 9, 12, 3 pm, 6 pm and 9 pm.',
      'salbutamol 1200mcg',
    ],
    // One unit said before its strength at one time, and a second at another.
    ['Take one 10 mg amlodipine tablet at breakfast and a second at supper.', 'amlodipine 20mg'],
    // A weekday beside each amount: doses of the week add up (周二 is no count of two).
    ['甲氨蝶呤口服：周二12.5毫克，周六再吃15毫克。', 'methotrexate 27.5mg'],
    ['Methotrexate 12.5 mg Tue + 15 mg Sat.', 'methotrexate 27.5mg'],
    ['Methotrexate 10 mg Mon, Wed and Fri.', 'methotrexate 30mg'],
    // A cap on the day's units, the unit left to the sentence, with as-needed puffs.
    [
      'Symbicort 200/6: 2 puffs twice daily, extra rescue puffs as needed, but cap the daily total at 12.',
      'budesonide-formoterol 72mcg',
    ],
    // A dose now and one some hours later that day.
    ['Colchicine 1.2 mg stat, then 1.2 mg again 6 hours later.', 'colchicine 2.4mg'],
    ['秋水仙碱立即服1毫克，6小时后再服1毫克。', 'colchicine 2mg'],
    ['Colchicine 1.2 mg now, and 1.2 mg an hour later.', 'colchicine 2.4mg'],
  ])('%s', (text, expected) => {
    expect(flagged(text)).toEqual([expected]);
  });

  it.each([
    // Within the maximum, in the same wordings.
    'Ibuprofen 200 mg x3 a day.',
    'Diclofenac 50 mg a time, three goes a day.',
    'Clarithromycin 500 mg AM and 500 mg PM.',
    '多潘立酮每次10毫克，三餐前各一次。',
    'Domperidone 10 mg with each meal; nothing at bedtime.',
    'Zolpidem 5 mg at bedtime, and half of another 5 mg tablet if you wake at 4 a.m.',
    'Alprazolam 0.5 mg tds and a 4th 0.5 mg tablet at bedtime on bad days.',
    'Salbutamol 100 mcg per puff: two puffs at 8 am and 8 pm.',
    'Take one 5 mg amlodipine tablet at breakfast and a second at supper.',
    '甲氨蝶呤口服：周二10毫克，周六再吃10毫克。',
    'Methotrexate 10 mg Tue + 10 mg Sat.',
    'Methotrexate 5 mg Mon, Wed and Fri.',
    // A run of days is not a list of them.
    'Methotrexate 10 mg Mon to Fri was the error on the old chart.',
    'Symbicort 200/6: 2 puffs twice daily, extra rescue puffs as needed, but cap the daily total at 8.',
    '秋水仙碱立即服1毫克，1小时后再服0.5毫克。',
    'Colchicine 1.2 mg now, and 0.6 mg an hour later.',
    // The next step of a plan, not a second dose that day.
    'Colchicine 1.2 mg now, then 0.6 mg twice daily from tomorrow.',
    // 周四 is a weekday, not four tablets.
    '甲氨蝶呤每周四10毫克。',
    // Another drug's amount on the next weekday does not add (folic acid has no entry).
    'Methotrexate 15 mg Tue, folic acid 10 mg Sat.',
    // "am" as a verb is no time of day.
    'I am on amlodipine 10 mg; am I able to take it with grapefruit?',
    // A cap quoted in milligrams is no count of units.
    'Symbicort 200/6: 2 puffs twice daily; cap the whole day at 48 mcg of formoterol.',
  ])('quiet: %s', (text) => {
    expect(flagged(text)).toEqual([]);
  });
});

/**
 * Wordings the round-9 held-out set showed as weak, in sentences written here (none is from a labelled set):
 * times of day with meals and bedtime and 回 as a count in Chinese, a verb between a meal and its amount,
 * clock-time lists on the 24-hour clock or with bare hours before am and pm, a clock time beside each uneven
 * amount, "xN/day", "N times:" with the times listed, each of the 3 meals and a dose added at bedtime, getting
 * up and "N-and-a-half" amounts, a cap said as "capped at", a count before a brand before its strength, units
 * swallowed together, the dosing day of a schedule on several days of the week, numbered days of a course, a
 * first dose "to begin" and a tablet more, and a ceiling on further units ("at most four more").
 */
describe('set-9 classes', () => {
  it.each([
    // Times of day, with their meals and bedtime, said with 都; 回 as 次, with the times before the count.
    ['法莫替丁每次30毫克，早、中、晚餐后和临睡前都服一次。', 'famotidine 120mg'],
    ['氯雷他定10毫克，一天早晚吃两回。', 'loratadine 20mg'],
    // A verb between a meal and the amount for it.
    ['氨氯地平早饭后服5毫克，晚饭后再服10毫克。', 'amlodipine 15mg'],
    // Clock-time lists: bare hours before am and pm, four-figure 24-hour times, joined by "+".
    ['Tramadol 100 mg at 2 and 8 am, then 2 and 8 pm, and at 11 pm.', 'tramadol 500mg'],
    ['Metoclopramide 10 mg at 0600, 1200, 1800 and 2400.', 'metoclopramide 40mg'],
    ['Ondansetron 8 mg at 0600 + 1400 + 2200 + 0200.', 'ondansetron 32mg'],
    // One clock time beside each of uneven amounts (24-hour, or am and pm with no "at").
    ['Bisoprolol 10 mg at 08:30 and a further 15 mg at 20:30.', 'bisoprolol 25mg'],
    ['Carvedilol: 25 mg 7 am, 12.5 mg 1 pm, 25 mg 9 pm.', 'carvedilol 62.5mg'],
    // "xN/day"; "N times:" with the times listed; each of the 3 meals; a dose added at bedtime.
    ['Famotidine 40mg x3/day.', 'famotidine 120mg'],
    ['Meloxicam 7.5 mg, three times: breakfast, lunch and dinner.', 'meloxicam 22.5mg'],
    ['Gliclazide 120 mg ahead of each of the 3 meals.', 'gliclazide 360mg'],
    ['Famotidine 20 mg with each meal, and add 40 mg at bedtime.', 'famotidine 100mg'],
    // Getting or waking up as a time of day, and amounts of "N-and-a-half" in words.
    [
      'Amlodipine seven-and-a-half milligrams on waking up and five milligrams with dinner.',
      'amlodipine 12.5mg',
    ],
    // A ceiling said as "capped at" is what the day may reach.
    ['Tramadol 50 mg every 4–6 hours as needed, capped at 600 mg for the day.', 'tramadol 600mg'],
    // A count before a brand named before its strength.
    ['She should take three Norvasc 5 mg tablets each morning.', 'amlodipine 15mg'],
    // Units taken together are one dose.
    ['For this trip, three 5 mg zolpidem tablets taken together.', 'zolpidem 15mg'],
    // A schedule on two or more days of the week: each dosing day's amount.
    ['Rifampicin 900 mg twice a week.', 'rifampicin 900mg'],
    ['Rifampicin 900 mg on Tuesdays and Fridays.', 'rifampicin 900mg'],
    // An amount for numbered days of a course.
    ['Fluconazole 1200 mg on day 1, then 400 mg daily.', 'fluconazole 1200mg'],
    ['氟康唑第1天1200毫克，之后每天400毫克。', 'fluconazole 1200mg'],
    // A first dose "to begin" and a tablet more on top.
    [
      'Cialis 20 mg to begin; if that fails, one tablet more (20 mg) the same evening is fine.',
      'tadalafil 40mg',
    ],
    // First units and a ceiling on further ones.
    [
      'Sumatriptan 50 mg tablets: 2 tablets at onset, a further tablet if it returns, at most four more.',
      'sumatriptan 300mg',
    ],
  ])('%s', (text, expected) => {
    expect(flagged(text)).toEqual([expected]);
  });

  it.each([
    // Within the maximum, in the same wordings.
    '法莫替丁每次20毫克，早、中、晚餐后和临睡前都服一次。',
    '卡托普利每回50毫克，一日三回。',
    '氨氯地平早饭后服5毫克，晚饭后再服2.5毫克。',
    'Tramadol 50 mg at 2 and 8 am, then 2 and 8 pm.',
    'Metoclopramide 10 mg at 0700, 1500 and 2300.',
    'Ibuprofen 400 mg at 0800 and 1600.',
    'Bisoprolol 5 mg at 08:30 and a further 5 mg at 20:30.',
    'Carvedilol: 12.5 mg 7 am, 12.5 mg 9 pm.',
    'Famotidine 20mg x2/day.',
    'Meloxicam 7.5 mg, two times: breakfast and dinner.',
    'Famotidine 20 mg with each meal, and add 20 mg at bedtime.',
    'Amlodipine two-and-a-half milligrams on getting up and five milligrams with dinner.',
    'Tramadol 50 mg as needed, capped at 400 mg for the day.',
    'Take two Norvasc 5 mg tablets each morning.',
    'Rifampicin 600 mg three times weekly.',
    'Isoniazid 300 mg on Mondays and Thursdays.',
    'Fluconazole 400 mg on day 1, then 200 mg daily.',
    'Viagra 50 mg to begin with; half a tablet more (25 mg) if needed.',
    'Sumatriptan 50 mg tablets: 2 tablets at onset, at most two more.',
    // Hours of a follow-up are no clock times.
    'Reviews at 2, 4 and 6 weeks; amlodipine 10 mg daily meanwhile.',
    // A past regimen with a cap.
    'He was on tramadol capped at 600 mg a day last year.',
    // Units taken together as a warning, not advice.
    'Three 10 mg zolpidem tablets taken together can stop your breathing.',
    'Two 5 mg zolpidem tablets taken together with alcohol are dangerous.',
  ])('quiet: %s', (text) => {
    expect(flagged(text)).toEqual([]);
  });
});

/**
 * Wordings the round-10 held-out set showed as weak, in sentences written here (none is from a labelled set):
 * mornings and evenings in the plural, hundreds in words with a hyphen, a preposition of company before each
 * meal, the weight said as "weight is", units said as "N of them" by time of day, route abbreviations with
 * stops, an injection given again and an n-th injection named in English, hours counted from the first dose
 * ("at +2 h") in a chain of doses, a combination's strengths right before its brand, a ceiling on extra units
 * on top of the regular ones, and units of a strength counted weekday by weekday.
 */
describe('set-10 classes', () => {
  it.each([
    // Mornings and evenings (or nights) in the plural: twice a day.
    ['Bisoprolol 15 mg by mouth, mornings and evenings.', 'bisoprolol 30mg'],
    // Hundreds in words, hyphenated.
    ['Clarithromycin five-hundred milligrams three times a day.', 'clarithromycin 1500mg'],
    // Alongside / during each meal: three a day.
    ['Meloxicam 7.5 mg alongside each meal.', 'meloxicam 22.5mg'],
    ['Famotidine 40 mg during every meal.', 'famotidine 120mg'],
    // The weight said as "weight is" or "Weight:" beside a dose per kilogram.
    ['Ceftriaxone IM 50 mg/kg once daily; his weight is 95 kg.', 'ceftriaxone 4750mg'],
    ['Weight: 90 kg. Amikacin 20 mg/kg IV daily.', 'amikacin 1800mg'],
    // Units said as "N of them" at a time of day.
    ['Metformin 500 mg tablets: 3 of them with breakfast, 3 more with dinner.', 'metformin 3000mg'],
    // "s.c." as the route; an injection given again, and an n-th injection named.
    [
      'Sumatriptan 6 mg s.c. at onset; if it comes back, inject again, and a third injection after that.',
      'sumatriptan 18mg',
    ],
    // Hours counted from the first dose, in a chain of doses across sentences.
    ['Haloperidol 10 mg IM stat; 5 mg IM at +1 h, then a further 10 mg at +3 h.', 'haloperidol 25mg'],
    // A combination's strengths before its brand, and a ceiling on extra puffs over the regular ones.
    [
      'Use the 200/6 Symbicort: 2 puffs morning and night, with up to 8 extra puffs a day when breathless.',
      'budesonide-formoterol 72mcg',
    ],
    // Units of a strength counted weekday by weekday, for the week.
    ['甲氨蝶呤2.5毫克一片，周二吃五片，周五吃六片。', 'methotrexate 27.5mg'],
    ['Methotrexate 2.5 mg tablets: Monday 6 tablets, Friday 5 tablets.', 'methotrexate 27.5mg'],
  ])('%s', (text, expected) => {
    expect(flagged(text)).toEqual([expected]);
  });

  it.each([
    // Within the maximum, in the same wordings.
    'Famotidine 20 mg, mornings and nights.',
    'Clarithromycin two-hundred milligrams twice daily.',
    'Famotidine 20 mg alongside each meal.',
    'Amikacin IM 15 mg/kg once a day; weight is 60 kg.',
    'Metformin 500 mg tablets: 2 of them with breakfast, 2 more with dinner.',
    'Sumatriptan 6 mg s.c. at onset; if it comes back, inject again.',
    'Haloperidol 5 mg IM stat; 5 mg IM at +2 h, then a further 5 mg at +4 h.',
    'Use the 200/6 Symbicort: 2 puffs morning and night, with up to 4 extra puffs a day when breathless.',
    '甲氨蝶呤2.5毫克一片，周二吃四片，周五吃四片。',
    'Methotrexate 2.5 mg tablets: Monday 4 tablets, Friday 4 tablets.',
    // A change of weight is no weight.
    'Amikacin 20 mg/kg IV daily; weight loss of 8 kg since spring.',
    // Again on a later day, or an n-th dose refused, is not that day's.
    'Sumatriptan 6 mg s.c. now; inject again tomorrow if the attack recurs.',
    'Sumatriptan 6 mg s.c. at onset; if it comes back, inject again, but never inject a third dose.',
    // A ceiling on all puffs, extra ones included, caps the day.
    'Symbicort 200/6: 2 puffs morning and night, extra puffs as needed, up to 8 puffs a day in total.',
    // A quoted chart order held back as a slip, with the route before "stat".
    "Ward query: 'haloperidol 100 mg IM stat' looks like an extra zero, so the order is withheld.",
  ])('quiet: %s', (text) => {
    expect(flagged(text)).toEqual([]);
  });
});

/**
 * Wordings the round-11 held-out set showed as weak, in sentences written here (none is from a labelled set):
 * presses of an inhaler said as 吸N下, a sachet's or pack's strength (每袋, 每包) and a strength of a named
 * ingredient (每片含元素钙), an extra unit with its amount in brackets (再吃半片（5毫克）), English numbers in
 * words with hundreds, tens and units, a further amount with its unit left off, times of day said "again", the
 * start of each meal, one dose "once more" at a time of day after a frequency, and a ceiling said "stop at".
 */
describe('set-11 classes', () => {
  it.each([
    // Presses of an inhaler said as 下 after the verb.
    ['信必可都保160/4.5每次吸四下，一日四次。', 'budesonide-formoterol 72mcg'],
    // A sachet's or pack's strength in brackets after the count, and the strength of a named ingredient.
    ['氯化钾颗粒每次三包（每包1克），一日三次。', 'potassium-chloride 9g'],
    ['钙尔奇每次两片，每片含元素钙500毫克，一日三次。', 'calcium-carbonate 3000mg'],
    // An extra unit on top, with its amount in brackets: the first dose keeps its own count.
    ['唑吡坦睡前10毫克，夜里醒了可以再吃半片（5毫克）。', 'zolpidem 15mg'],
    // Hundreds, tens and units in words, with "and" or without it.
    [
      'Sertraline one hundred and fifty milligrams at breakfast plus seventy-five mg at bedtime.',
      'sertraline 225mg',
    ],
    ['Glimepiride seven milligrams a day.', 'glimepiride 7mg'],
    // A further amount with its unit left off takes the unit before it.
    ['Quetiapine 600 mg at night and another 300 in the morning.', 'quetiapine 900mg'],
    // Times of day said "again": one dose at each.
    ['Famotidine 40 mg at breakfast, again at lunch and again at dinner.', 'famotidine 120mg'],
    ['Omeprazole 30 mg on waking and again before dinner.', 'omeprazole 60mg'],
    // At the start of each meal: three a day.
    ['Repaglinide 6 mg at the start of each meal.', 'repaglinide 18mg'],
    // Once more at a time of day, on top of a frequency.
    ['Famotidine 30 mg twice a day, and once more at bedtime.', 'famotidine 90mg'],
    // A ceiling on units said "stopping at".
    ['Imodium 2 mg capsules after each loose stool, stopping at ten capsules a day.', 'loperamide 20mg'],
  ])('%s', (text, expected) => {
    expect(flagged(text)).toEqual([expected]);
  });

  it.each([
    // Within the maximum, in the same wordings.
    '信必可都保160/4.5每次吸两下，一天两次。',
    '氯化钾颗粒每次一包（每包1克），一日三次。',
    '钙尔奇每天一片，每片含元素钙600毫克。',
    '唑吡坦睡前5毫克，半夜醒来可以再吃半片（2.5毫克）。',
    'Sertraline one hundred twenty-five mg each morning.',
    'Glimepiride six milligrams a day.',
    'Famotidine 20 mg at breakfast, again at lunch, again at dinner.',
    'Omeprazole 20 mg on waking and again before dinner.',
    'Repaglinide 4 mg at the start of each meal.',
    'Famotidine 20 mg twice a day, and once more at bedtime.',
    'Imodium 2 mg capsules after each loose stool, stopping at six capsules a day.',
    // An extra half tablet refused adds nothing.
    '唑吡坦睡前10毫克，夜里醒了也不要再吃半片（5毫克）。',
    // "another" before a span of time is no amount.
    'Quetiapine 600 mg at night; wait another 30 minutes before driving.',
    'Quetiapine 600 mg at night; review it in another 14 days.',
    // "once more" before something else to do is no dose.
    'Famotidine 40 mg at night, and once more read the leaflet before bed.',
    // "stop at once" is no ceiling.
    'Loperamide 2 mg after each loose stool; stop at once if your belly swells.',
  ])('quiet: %s', (text) => {
    expect(flagged(text)).toEqual([]);
  });
});

/**
 * Wordings the round-12 held-out set showed as weak, in sentences written here (none is from a labelled set):
 * times of day joined by 和 before the verb (早上和晚上吃), a clock time just before each amount (07:30吃…), a
 * weekday said after the drug and its route with a top-up on another weekday, an interval said "each N h",
 * meal times joined by "+" in a table, "each of his three meals", "N <qualifier> doses a day", and a strength
 * said as "each … tablet contains N mg" with the count in the next clause; and, for the totals of its bolus
 * and infusion records, a bolus said after its amount (静推后, IV bolus, then) or 先缓慢静推, a rate said with
 * 每小时 (or 每公斤每小时) before the amount, and an infusion's hours said 泵N小时.
 */
describe('set-12 classes', () => {
  it.each([
    // Times of day joined by 和 with the verb after them: one dose at each, not 早上 alone as once a day.
    ['氨氯地平每天两次，每次10毫克，早上和晚上吃。', 'amlodipine 20mg'],
    // A clock time just before each amount: uneven doses at two times add up.
    ['双氯芬酸钠07:30吃75毫克，19:30吃100毫克。', 'diclofenac 175mg'],
    // A weekday after the drug and its route, and a top-up on another weekday: the week's doses.
    [
      'Take 15 mg of methotrexate by mouth on Monday mornings and top up with 12.5 mg each Thursday.',
      'methotrexate 27.5mg',
    ],
    // An interval said with "each".
    ['Diclofenac 50 mg each 6 h for the pain.', 'diclofenac 200mg'],
    // Times of day joined by "+" in a table cell.
    ['| Drug | When |\n| --- | --- |\n| Amlodipine 10 mg | morning + night |', 'amlodipine 20mg'],
    // Each of his / her / three meals.
    ['Colchicine 1 mg with each of her three meals.', 'colchicine 3mg'],
    ['Colchicine 0.8 mg taken with each of three meals.', 'colchicine 2.4mg'],
    // A qualifier between the count and "doses a day".
    ['Diclofenac at 75 mg, three divided doses a day.', 'diclofenac 225mg'],
    // A strength said as what each tablet contains, and the count in the next clause.
    [
      'Each Voltaren 50 tablet contains 50 mg of diclofenac; take two of them twice a day.',
      'diclofenac 200mg',
    ],
    // A bolus said before or after its amount, then a rate said with 每小时 before the amount (or per kilogram
    // per hour): the bolus once plus the rate over the day, not the bolus every hour.
    ['氨茶碱先缓慢静推250毫克，然后按每小时40毫克维持泵入。', 'aminophylline 1210mg'],
    ['泮托拉唑80毫克静推后，每小时8毫克泵入，泵10小时。', 'pantoprazole 160mg'],
    ['Furosemide 100 mg IV bolus, then 40 mg/h for 24 hours.', 'furosemide 1060mg'],
    [
      '氨茶碱负荷量按每公斤5毫克（体重60公斤）静推，随后以每公斤每小时0.6毫克静脉泵入。',
      'aminophylline 1164mg',
    ],
  ])('%s', (text, expected) => {
    expect(flagged(text)).toEqual([expected]);
  });

  it.each([
    // Within the maximum, in the same wordings.
    '氨氯地平每天两次，每次5毫克，早上和晚上吃。',
    '双氯芬酸钠07:30吃50毫克，19:30吃50毫克。',
    'Take 10 mg of methotrexate by mouth on Monday mornings and top up with 10 mg each Thursday.',
    'Diclofenac 50 mg each 8 h for the pain.',
    '| Drug | When |\n| --- | --- |\n| Amlodipine 5 mg | morning + night |',
    'Colchicine 0.5 mg with each of his three meals.',
    'Diclofenac at 50 mg, three divided doses a day.',
    'Each Voltaren 50 tablet contains 50 mg of diclofenac; take one of them three times a day.',
    // One time or the other, or a list of times said of something else: once a day.
    '氨氯地平每天一次，每次10毫克，早上或晚上吃都可以。',
    '氨氯地平每天一次，10毫克，早上和晚上各量一次血压。',
    '氨氯地平10毫克，早上和晚上都不要漏服，每天一次。',
    // A time of day or meal said as one or the other in a table cell.
    '| Drug | When |\n| --- | --- |\n| Amlodipine 10 mg | morning / night |',
    // A weekday for something else than the dose, and a dose said instead on another day.
    'Take 20 mg of methotrexate by mouth each week, starting on Monday; blood tests every Thursday.',
    'Take 20 mg of methotrexate on Sunday mornings, or if you feel sick, 10 mg each Wednesday instead.',
    // "each" before hours apart is no interval.
    'Diclofenac 75 mg, two doses each 12 hours apart, once only.',
    // Missed doses are no frequency.
    'Diclofenac 75 mg once a day; two missed doses a day are not made up.',
    // A small bolus before a slow rate: once, not every hour (read as 60 mg × 24 before).
    '呋塞米先静推60毫克，然后按每小时2毫克泵入，持续24小时。',
    'Furosemide 80 mg IV bolus, then 10 mg/h for 12 hours.',
    '氨茶碱负荷量按每公斤5毫克（体重60公斤）静推，随后以每公斤每小时0.3毫克静脉泵入。',
  ])('quiet: %s', (text) => {
    expect(flagged(text)).toEqual([]);
  });
});
