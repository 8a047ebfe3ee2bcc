import { describe, expect, it } from 'vitest';
import { textsOfType } from '../testing/recognized.ts';

/**
 * One test per class of Chinese personal data the round-15 set showed the recognizers missing (after
 * it had been measured fresh), each with a hard negative. The examples are made up here, not taken
 * from any labelled set.
 */
const ofType = textsOfType;

describe('names on forms and in brackets (zh)', () => {
  it('reads the doctor of a prescription or consent talk, also by an ambiguous surname alone', () => {
    expect(ofType('PERSON', '谈话医师：鲍景行　日期：2026-12-01')).toEqual(['鲍景行']);
    expect(ofType('PERSON', '开方医生：常医生')).toEqual(['常']);
    expect(ofType('PERSON', '家属：那爷爷明天来吗')).toEqual([]);
  });
  it('reads a pet name given inside brackets and stops a name before 代办', () => {
    expect(ofType('PERSON', '患儿蒲一诺（小名糖糖），3岁')).toEqual(['蒲一诺', '糖糖']);
    expect(ofType('PERSON', '委托表哥邵峻代办复印')).toEqual(['邵峻']);
  });
  it('reads a name after 致电 and does not read ultrasound wording as a name', () => {
    expect(ofType('PERSON', '随访护士致电汤晓婷（手机见上）')).toEqual(['汤晓婷']);
    expect(ofType('PERSON', '结节大小5×4mm，边界清，形态规则')).toEqual([]);
  });
});

describe('beds and record numbers (zh)', () => {
  it('reads a bed before a compound surname starting with 上, but not 床上 (on the bed)', () => {
    expect(ofType('MRN', '9床上官婉儿血压偏低')).toEqual(['9']);
    expect(ofType('MRN', '患者在3床上躺着休息')).toEqual([]);
  });
  it('reads a clinic card number given in brackets and a day-unit number', () => {
    expect(ofType('MRN', '请带就诊卡（卡号3300125478）')).toEqual(['3300125478']);
    expect(ofType('MRN', '日间号：DW270105-008')).toEqual(['DW270105-008']);
  });
});
