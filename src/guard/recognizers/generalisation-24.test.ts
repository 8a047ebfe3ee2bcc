import { describe, expect, it } from 'vitest';
import { textsOfType } from '../testing/recognized.ts';

/**
 * One test per class of Chinese personal data the round-28 set showed the recognizers missing or
 * over-reading (after it had been measured fresh), each with a hard negative. The examples are made up
 * here, not taken from any labelled set.
 */
const ofType = textsOfType;

describe('round-28 classes (zh)', () => {
  it('reads a record number or an account in a barred cell after its label', () => {
    expect(ofType('MRN', '门诊号｜MZ2512-7733｜科别｜眼科')).toEqual(['MZ2512-7733']);
    expect(ofType('ACCOUNT', '用户名｜qiu_lan88｜登录IP')).toEqual(['qiu_lan88']);
    expect(ofType('MRN', '理赔编号 LP20251203-0077')).toEqual([]);
    expect(ofType('MRN', '结算单号｜JS2512-0031')).toEqual([]);
  });
  it('reads a delivery room named before its number, and an observation bed, as the patient’s bed', () => {
    expect(ofType('MRN', '产妇｜尤佳慧｜分娩室2号｜宫口开全')).toEqual(['2']);
    expect(ofType('MRN', '急诊交班：7号留观床蔺永福，男，82岁')).toEqual(['7']);
    expect(ofType('MRN', '待产室5号空着，已消毒')).toEqual([]);
    expect(ofType('MRN', '留观床位紧张，请分流')).toEqual([]);
  });
  it('reads a name or a lone surname filling the cell after a role label and a bar', () => {
    expect(ofType('PERSON', '复诊｜2026年3月2日｜护士｜郜')).toEqual(['郜']);
    expect(ofType('PERSON', '收费员｜禹\n备注｜无')).toEqual(['禹']);
    expect(ofType('PERSON', '缴款人｜芮明辉（女婿）｜金额')).toEqual(['芮明辉']);
    expect(ofType('PERSON', '接班助产士｜靳玉霞｜交班')).toEqual(['靳玉霞']);
    expect(ofType('PERSON', '床号｜姓名｜医师｜护士｜诊断')).toEqual([]);
    expect(ofType('PERSON', '送检人｜审核人｜日期')).toEqual([]);
    expect(ofType('PERSON', '申请人｜家属｜联系电话')).toEqual([]);
  });
  it('does not read what follows 床 as a name unless a bed number comes before it', () => {
    expect(ofType('PERSON', '保持床单位整洁，协助其下床边活动')).toEqual([]);
    expect(ofType('PERSON', '床边透析已完成')).toEqual([]);
    expect(ofType('PERSON', '16床苗淑贞，女，术后第2天')).toEqual(['苗淑贞']);
  });
  it('reads a pet name given as the answer to what a child is called', () => {
    expect(ofType('PERSON', '护士：宝宝叫什么名字？\n妈妈：小名叫糯米，大名晏梓萱。')).toEqual([
      '糯米',
      '晏梓萱',
    ]);
    expect(ofType('PERSON', '护士：宝宝叫什么名字？\n妈妈：还没取好。')).toEqual([]);
  });
  it('reads an ambiguous surname alone before a title after a self-introduction or a question', () => {
    expect(ofType('PERSON', '您好，我是鲍医生，今天由我接诊')).toEqual(['鲍']);
    expect(ofType('PERSON', '明天去复查，顺便问问常医生')).toEqual(['常']);
    expect(ofType('PERSON', '我是值班医生，请讲')).toEqual([]);
    expect(ofType('PERSON', '问问主治医生再说')).toEqual([]);
  });
  it('reads a staff member’s surname alone before how often or how she did something', () => {
    expect(ofType('PERSON', '住院期间主任郦每天都来看我父亲')).toEqual(['郦']);
    expect(ofType('PERSON', '护士鄂亲自送来药品')).toEqual(['鄂']);
    expect(ofType('PERSON', '主任每天查房')).toEqual([]);
  });
  it('reads a clinician’s surname alone closing a sentence after the label, not a chat answer', () => {
    expect(ofType('PERSON', '3个月后复查肝功能。医师：厍。')).toEqual(['厍']);
    expect(ofType('PERSON', '问：还要吃药吗？\n医生：要。')).toEqual([]);
    expect(ofType('PERSON', '患者：血糖高吗？\n医生：高。')).toEqual([]);
  });
  it('reads a road named after a banner word as a road, not a banner', () => {
    expect(ofType('ADDRESS', '现住址：兰州市城关区红旗街88号金城小区2栋1单元402')).toEqual([
      '兰州市城关区红旗街88号金城小区2栋1单元402',
    ]);
    expect(ofType('ADDRESS', '住址：呼伦贝尔市陈巴尔虎旗巴彦库仁镇团结路12号')).toEqual([
      '呼伦贝尔市陈巴尔虎旗巴彦库仁镇团结路12号',
    ]);
  });
  it('reads a two-character name with an ambiguous surname listed before a full name after a role', () => {
    expect(ofType('PERSON', '感谢护士全梅、佘晓琳的照顾')).toEqual(['全梅', '佘晓琳']);
    expect(ofType('PERSON', '医生全部、护士都到了')).toEqual([]);
  });
  it('reads a transliterated Turkic name opening a signature line before a title', () => {
    expect(ofType('PERSON', '建议复查。\n阿依古丽医师　2026年1月5日')).toEqual(['阿依古丽']);
    expect(ofType('PERSON', '建议复查。\n主治医师　2026年1月5日')).toEqual([]);
  });
});
