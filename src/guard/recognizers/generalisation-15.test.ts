import { describe, expect, it } from 'vitest';
import { textsOfType } from '../testing/recognized.ts';

/**
 * One test per class of Chinese personal data the round-18 and round-19 sets showed the recognizers
 * missing (after each had been measured fresh), each with a hard negative. The examples are made up
 * here, not taken from any labelled set.
 */
const ofType = textsOfType;

describe('names standing alone after a label, a role or a kinship word (zh)', () => {
  it('reads a labelled field’s whole value as the name, even with a character that is usually a word', () => {
    expect(ofType('PERSON', '患儿：祁予宁 / 女 / 5岁')).toEqual(['祁予宁']);
    expect(ofType('PERSON', '审核医师：荀问樵　2026-11-02')).toEqual(['荀问樵']);
    expect(ofType('PERSON', '接班人：尚可馨')).toEqual(['尚可馨']);
    expect(ofType('PERSON', '患者：宣海澄　男')).toEqual(['宣海澄']);
    // A word, a title or a chat reply after the label is not a name.
    expect(ofType('PERSON', '患者：高热')).toEqual([]);
    expect(ofType('PERSON', '家属：同意　')).toEqual([]);
    expect(ofType('PERSON', '家属：齐医生，我想问')).toEqual(['齐']);
    expect(ofType('PERSON', '汪主任：查的，明天出结果')).toEqual(['汪']);
  });
  it('takes a single surname alone after a strong label, and the surname after a department', () => {
    expect(ofType('PERSON', '审核者：庞　签发：2026-11-03')).toEqual(['庞']);
    expect(ofType('PERSON', '报告人：输血科邝老师')).toEqual(['邝']);
  });
  it('gives 予 to a name where it ends the run or opens a common pair, not where it means "give"', () => {
    expect(ofType('PERSON', '交班：俞诗予')).toEqual(['俞诗予']);
    expect(ofType('PERSON', '患者予吸氧后好转')).toEqual([]);
  });
  it('reads a name after a grandparent, a record writer or a person’s role', () => {
    expect(ofType('PERSON', '我的姥爷郦长青今年九十一岁')).toEqual(['郦长青']);
    expect(ofType('PERSON', '体温36.8 记录人滕晓')).toEqual(['滕晓']);
    expect(ofType('PERSON', '来访者龚望之，14岁，初二')).toEqual(['龚望之']);
    expect(ofType('PERSON', '联系人：女儿汲晓澄，电话见上')).toEqual(['汲晓澄']);
    // A kinship word before a word, or before a quoted pet's name, names no one.
    expect(ofType('PERSON', '医保卡在奶奶钱包里')).toEqual([]);
    expect(ofType('PERSON', '被邻居家柯基"豆豆"咬伤')).toEqual([]);
  });
  it('reads a nickname of 阿 after a role, but not 阿姨', () => {
    expect(ofType('PERSON', '陪护：护工阿蕾。护士：闵欢')).toEqual(['阿蕾', '闵欢']);
    expect(ofType('PERSON', '护士阿姨，您好')).toEqual([]);
  });
  it('reads a chat speaker named by a role and a name, which counts as a turn', () => {
    const chat = '送药群：\n庹砚书：药几点到？\n快递员柴帅：下午两点前\n庹砚书：好的，谢谢';
    expect(ofType('PERSON', chat)).toEqual(['庹砚书', '柴帅', '庹砚书']);
  });
  it('reads a name between slashes or pipes, not a weekday in a schedule', () => {
    expect(ofType('PERSON', '骨科 / 靳秀芝 / 女 / 70岁')).toEqual(['靳秀芝']);
    expect(ofType('PERSON', '（规培医师）/欧阳澈')).toEqual(['欧阳澈']);
    expect(ofType('PERSON', '11/24 周二 | 采血窗口')).toEqual([]);
  });
  it('does not read 查 in 筛查 or 调查 as a surname before a title', () => {
    expect(ofType('PERSON', '流调医生：钮真')).toEqual(['钮真']);
    expect(ofType('PERSON', '调查医生到场')).toEqual([]);
  });
});

describe('record numbers, beds and dormitory addresses (zh)', () => {
  it('reads a transplant number as a record number', () => {
    expect(ofType('MRN', '移植号：LT-2021-0177')).toEqual(['LT-2021-0177']);
  });
  it('does not read the bed of an unnamed patient as a record number', () => {
    expect(ofType('MRN', '9床那位送来时没带证件的无名氏')).toEqual([]);
    expect(ofType('MRN', '9床王涛，无名氏已转走')).toEqual(['9']);
  });
  it('reads a year and month compared with on an image, and a month alone before 底 or a cause', () => {
    expect(ofType('DATE', '与2024年3月片对比，结节增大')).toEqual(['2024年3月']);
    expect(ofType('DATE', '母亲9月底因肺炎住院')).toEqual(['9月']);
    expect(ofType('DATE', '咳嗽2月入院；术后3月复查')).toEqual([]);
  });
  it('reads a dormitory room after its label as an address', () => {
    expect(ofType('ADDRESS', '宿舍：海棠苑3号楼512室')).toEqual(['海棠苑3号楼512室']);
    expect(ofType('ADDRESS', '回宿舍休息两天')).toEqual([]);
  });
});
