import { describe, expect, it } from 'vitest';
import { textsOfType } from '../testing/recognized.ts';

/**
 * One test per class of Chinese personal data the round-45 set showed the recognizers missing or
 * over-reading (after it had been measured fresh), each with a hard negative. The examples are made up
 * here, not taken from any labelled set.
 */
const ofType = textsOfType;

describe('round-45 classes (zh)', () => {
  it('dates a lunar birth date whose year is the Republic’s, in numerals', () => {
    // Older patients give their birth year by the Republic's calendar; the lunar day says it is a date.
    expect(ofType('DATE', '老人说自己是民国十九年冬月初三生的')).toEqual(['民国十九年冬月初三']);
    expect(ofType('DATE', '民国时期的老房子，冬天很冷')).toEqual([]);
  });
  it('dates the month a line or device was changed or put in, right before the verb', () => {
    // The month of a procedure on the person; a fraction before 更换 is no date.
    expect(ofType('DATE', '右上臂PICC 2025年10月更换，通畅')).toEqual(['2025年10月']);
    expect(ofType('DATE', '引流袋满2/3时更换')).toEqual([]);
  });
  it('does not date the day a notice closes a car park or entrance from', () => {
    // The notice's date, as a closure range's; a drug stopped from a day is the person's care.
    expect(ofType('DATE', '【县医院】通知：自3月2日起，住院部北门出入口封闭施工，请绕行')).toEqual([]);
    expect(ofType('DATE', '自3月2日起停用阿司匹林')).toEqual(['3月2日']);
  });
  it('reads a phototherapy unit as a jaundiced baby’s bed', () => {
    // Like an incubator (暖箱), the number only.
    expect(ofType('MRN', '梁某之女，光疗箱4号，胆红素下降')).toEqual(['4']);
    expect(ofType('MRN', '蓝光箱已消毒备用')).toEqual([]);
  });
  it('reads an aid programme’s enrolment number and a home service’s customer number', () => {
    // The patient's own numbers at a drug-aid programme or a home-nutrition supplier; the code may carry the
    // programme's letters in groups. A research project's or a device's number is no patient's.
    expect(ofType('MRN', '患者援助项目编号：ZY-PAH-0417')).toEqual(['ZY-PAH-0417']);
    expect(ofType('MRN', '居家护理客户号：HC-SZ-20931')).toEqual(['HC-SZ-20931']);
    expect(ofType('MRN', '科研项目编号：KY-2026-031')).toEqual([]);
    expect(ofType('MRN', '胃镜编号：GIF-Q260')).toEqual([]);
  });
  it('reads every number listed after a record label', () => {
    // A second or third specimen of the same label is a record number as the first is; words are not.
    expect(ofType('MRN', '血培养标本号：XP2607-11、XP2607-12和XP2607-13，已送检')).toEqual([
      'XP2607-11',
      'XP2607-12',
      'XP2607-13',
    ]);
    expect(ofType('MRN', '标本号XP2607-11、已送检')).toEqual(['XP2607-11']);
  });
  it('reads a login speaker in a consultation whose turns carry the time', () => {
    // The time before each turn does not hide the login; a login speaking once is not read.
    const chat = '09:12 lanlan_0906：孩子咳嗽三天\n09:15 贺医生：发热吗？\n09:16 lanlan_0906：不发热';
    expect(ofType('ACCOUNT', chat)).toEqual(['lanlan_0906', 'lanlan_0906']);
    expect(ofType('ACCOUNT', '09:12 lanlan_0906：孩子咳嗽三天\n09:15 贺医生：发热吗？')).toEqual([]);
  });
  it('reads a screen name glued to 用户 opening a turn, with or without a note in brackets', () => {
    // A screen name with closing digits is an account; a person's name after 用户 is not.
    const chat = '用户阿狸爱吃鱼88（替母亲问）：能吃布洛芬吗？\n药师：可以\n用户阿狸爱吃鱼88：好的';
    expect(ofType('ACCOUNT', chat)).toEqual(['阿狸爱吃鱼88', '阿狸爱吃鱼88']);
    expect(ofType('ACCOUNT', '用户王秀兰：谢谢医生')).toEqual([]);
  });
  it('reads the surname alone in a name cell holding a surname and an elder’s address', () => {
    // "韦阿婆" in a handover table names the patient by surname, as running text does.
    const table = '床号｜姓名｜要点\n12｜邵文静｜术后第1天\n14｜韦阿婆｜卧床，翻身';
    expect(ofType('PERSON', table)).toEqual(['邵文静', '韦']);
    expect(ofType('PERSON', '床号｜姓名｜要点\n14｜阿婆｜待登记')).toEqual([]);
  });
  it('does not read a weekday after a kinship word as a name', () => {
    // 周 is a surname, but 周三 after 我妈 says when; a full name of three characters still reads.
    expect(ofType('PERSON', '我妈周三复查完就回家')).toEqual([]);
    expect(ofType('PERSON', '我妈周玉洁复查完就回家')).toEqual(['周玉洁']);
  });
  it('does not read skin listed among organs as a name', () => {
    // 皮 is a surname; 皮肤 between enumeration commas is an organ.
    expect(ofType('PERSON', '红斑狼疮可累及肾脏、皮肤、关节')).toEqual([]);
    expect(ofType('PERSON', '护士：皮晓雯')).toEqual(['皮晓雯']);
  });
  it('reads a child named before 小朋友', () => {
    // A child called or written to by name; 小朋友 after a demonstrative names no one.
    expect(ofType('PERSON', '【儿保门诊】请钟乐言小朋友到2诊室')).toEqual(['钟乐言']);
    expect(ofType('PERSON', '这位小朋友很配合')).toEqual([]);
  });
  it('reads a Tibetan name with the element Chödrak (曲扎)', () => {
    // A minority name without a surname; 曲扎 inside an ordinary word is not one.
    expect(ofType('PERSON', '由外甥洛桑曲扎翻译')).toEqual(['洛桑曲扎']);
    expect(ofType('PERSON', '歪曲扎实的证据')).toEqual([]);
  });
  it('reads an address on through 内 to a building inside a numbered compound', () => {
    // "…号院内3号楼" goes on to the building and room; a compound without a building after 内 stops.
    expect(ofType('ADDRESS', '住址：西安市碑林区东大街66号院内3号楼1202')).toEqual([
      '西安市碑林区东大街66号院内3号楼1202',
    ]);
    expect(ofType('ADDRESS', '西安市碑林区东大街66号院内停车场')).toEqual(['西安市碑林区东大街66号院']);
  });
});
