import { describe, expect, it } from 'vitest';
import { textsOfType } from '../testing/recognized.ts';

/**
 * One test per class of Chinese personal data the round-21 set showed the recognizers missing (after
 * it had been measured fresh), each with a hard negative. The examples are made up here, not taken
 * from any labelled set.
 */
const ofType = textsOfType;

describe('surnames alone, detainees and role labels in field rows (zh)', () => {
  it('reads a surname alone ending a field after a role label, with or without a colon', () => {
    expect(ofType('PERSON', '报告日期 11月02日｜审核医师 邰')).toEqual(['邰']);
    expect(ofType('PERSON', '随访者：蔺')).toEqual(['蔺']);
    expect(ofType('PERSON', '医生 王芳说明天出院')).toEqual(['王芳']);
  });
  it('reads a clinician’s surname alone closing a sentence, compound surnames included', () => {
    expect(ofType('PERSON', '今日值班医生郜。')).toEqual(['郜']);
    expect(ofType('PERSON', '签字日期11月2日，主治医师欧阳。')).toEqual(['欧阳']);
  });
  it('reads names after prison-health role words', () => {
    expect(ofType('PERSON', '在押人员：郦国栋　男　58岁')).toEqual(['郦国栋']);
    expect(ofType('PERSON', '服刑人员谭子明（编号见档案）')).toEqual(['谭子明']);
  });
  it('reads Uyghur names ending in 江 after a kinship word', () => {
    expect(ofType('PERSON', '联系人：丈夫买买提江　电话见上')).toEqual(['买买提江']);
  });
});

describe('record numbers and bays (zh)', () => {
  it('reads a colposcopy number and an observation bay followed by a name', () => {
    expect(ofType('MRN', '阴道镜号 CP-25-1107')).toEqual(['CP-25-1107']);
    expect(ofType('MRN', '留观7 郝振东，腹痛待查')).toEqual(['7']);
    expect(ofType('MRN', '留观2 无名氏，醉酒')).toEqual([]);
  });
  it('does not read a bed a relative borrows as the patient’s', () => {
    expect(ofType('MRN', '他老伴想借6床躺一会儿')).toEqual([]);
  });
});
