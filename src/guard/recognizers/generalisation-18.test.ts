import { describe, expect, it } from 'vitest';
import { textsOfType } from '../testing/recognized.ts';

/**
 * One test per class of Chinese personal data the round-22 set showed the recognizers missing (after
 * it had been measured fresh), each with a hard negative. The examples are made up here, not taken
 * from any labelled set.
 */
const ofType = textsOfType;

describe('surnames alone in fields, bracketed names in messages and table rows (zh)', () => {
  it('reads an ambiguous surname alone ending a field, but not a one-character reply', () => {
    expect(ofType('PERSON', '2026年10月3日　医师 戈')).toEqual(['戈']);
    expect(ofType('PERSON', '签名：茹')).toEqual(['茹']);
    expect(ofType('PERSON', '处方医师：晁　10/30')).toEqual(['晁']);
    expect(ofType('PERSON', '医生：有')).toEqual([]);
  });
  it('reads a clinician’s surname alone before a column bar', () => {
    expect(ofType('PERSON', '已通知值班医生蔺｜护士复述')).toEqual(['蔺']);
  });
  it('does not read a title after a kinship character as a name', () => {
    expect(ofType('PERSON', '转诊医生：母主任')).toEqual([]);
  });
  it('reads a whole name after 姓名 and a blank in a barred field, not a table header', () => {
    expect(ofType('PERSON', '缴费登记｜姓名 高桥美咲｜日本籍')).toEqual(['高桥美咲']);
    expect(ofType('PERSON', '床号　姓名　饮食\n3　')).toEqual([]);
  });
  it('reads a name in brackets before 先生 or 女士 in an SMS', () => {
    expect(ofType('PERSON', '【超声科】【上官砚】女士，您的检查已约在周五')).toEqual(['上官砚']);
    expect(ofType('PERSON', '【通知】先生们请注意')).toEqual([]);
  });
  it('reads a Mongolian name after an eldest son, a coach’s surname and kin speakers', () => {
    expect(ofType('PERSON', '长子巴特尔代表家属签字')).toEqual(['巴特尔']);
    expect(ofType('PERSON', '明早七点集合，贾教练带队')).toEqual(['贾']);
    expect(ofType('PERSON', '小姨：主任说明天复查\n阿峻：好的\n小姨：那我去')).toEqual(['阿峻']);
  });
  it('does not read 厉害 as a name', () => {
    expect(ofType('PERSON', '阿岚：厉害，我还没瘦下来')).toEqual([]);
  });
});
