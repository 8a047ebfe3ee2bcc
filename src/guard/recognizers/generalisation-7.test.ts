import { describe, expect, it } from 'vitest';
import { textsOfType } from '../testing/recognized.ts';

/**
 * One test per class of personal data the rounds 4–6 sets showed the recognizers missing, each with
 * a hard negative. The examples are made up here, not taken from any labelled set.
 */
const ofType = textsOfType;

describe('names and record numbers read by their table column', () => {
  it('reads the name and record-number columns of a pipe table', () => {
    const table =
      '随访名单\n姓名｜病案号｜科室｜状态\n郜春生｜0381726｜骨科｜已复查\n栾秋菊｜0390418｜骨科｜未接通';
    expect(ofType('PERSON', table)).toEqual(['郜春生', '栾秋菊']);
    expect(ofType('MRN', table)).toEqual(['0381726', '0390418']);
  });
  it('reads a blank-aligned table and an English one', () => {
    const zh =
      '排班\n机位  姓名      通路      体重\n05    芮长庚    左前臂AVF  60.5kg\n08    晏玉兰    右颈导管  48.0kg';
    expect(ofType('PERSON', zh)).toEqual(['芮长庚', '晏玉兰']);
    const en =
      'Clinic list\nBay | Patient           | Hosp No     | Plan\n2   | Tobias Wrenfield  | QX4 118 302 | review\n5   | Ilse Marchbank    | QX4 120 977 | discharge';
    expect(ofType('PERSON', en, 'en')).toEqual(['Tobias Wrenfield', 'Ilse Marchbank']);
    // The bay of a named patient is a record number too (a bed column).
    expect(ofType('MRN', en, 'en')).toEqual(['2', 'QX4 118 302', '5', 'QX4 120 977']);
  });
  it('reads initials under an initials header and a number bracketed after a name', () => {
    const log =
      'Scr # | Initials | Age | Outcome\n204-011 | K.W.P. | 44 | randomised\n204-012 | D.L. | 70 | failed';
    expect(ofType('PERSON', log, 'en')).toEqual(['K.W.P.', 'D.L.']);
    const audit = '时间｜账号｜操作｜患者\n08:01｜zhangl｜查看｜蔺晓光（0042 7713）';
    expect(ofType('PERSON', audit)).toContain('蔺晓光');
    expect(ofType('MRN', audit)).toContain('0042 7713');
  });
  it('does not read cells of a table without a name header, nor non-name cells under one', () => {
    expect(ofType('PERSON', '项目｜结果｜参考值\n血红蛋白｜128｜130-175\n白细胞｜6.2｜3.5-9.5')).toEqual([]);
    expect(ofType('PERSON', '姓名｜结果｜备注\n待定｜阴性｜复查\n——｜阳性｜转诊')).toEqual([]);
    expect(
      ofType('PERSON', 'Name | Dose | Route\nAmoxicillin | 500 mg | PO\nParacetamol | 1 g | IV', 'en'),
    ).toEqual([]);
    expect(ofType('MRN', 'Patient | MRN | Ward\nsee below | pending | —')).toEqual([]);
  });
});

describe('staff signed by surname alone after a role label', () => {
  it('reads one surname at the line end or before the next label', () => {
    expect(ofType('PERSON', '诊断：急性胃肠炎\n医生：郦')).toEqual(['郦']);
    expect(ofType('PERSON', '结论：合格\n主检医师：蔺\n日期：11月3日')).toEqual(['蔺']);
    expect(ofType('PERSON', '随车医生：谭　司机：宓振华')).toContain('谭');
  });
  it('does not read a non-surname or a longer word after the label', () => {
    expect(ofType('PERSON', '护士：无\n记录：略')).toEqual([]);
    expect(ofType('PERSON', '医生：请复诊')).toEqual([]);
  });
});
