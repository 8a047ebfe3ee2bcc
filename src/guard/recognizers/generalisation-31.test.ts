import { describe, expect, it } from 'vitest';
import { textsOfType } from '../testing/recognized.ts';

/**
 * One test per class of Chinese personal data the round-35 set showed the recognizers missing or
 * over-reading (after it had been measured fresh), each with a hard negative. The examples are made up
 * here, not taken from any labelled set.
 */
const ofType = textsOfType;

describe('round-35 classes (zh)', () => {
  it('reads a Yi name whole: a clan name and two given characters', () => {
    expect(ofType('PERSON', '患者沙马拉且，彝族，男，91岁')).toEqual(['沙马拉且']);
    expect(ofType('PERSON', '孙女吉觉阿芝陪护，夜间安静')).toEqual(['吉觉阿芝']);
    expect(ofType('PERSON', '既往诊断：阿尔茨海默病，家属吉克说明病情')).not.toContain('吉克说明');
  });
  it('reads a compound surname and two rarer given characters between a department and a title', () => {
    expect(ofType('PERSON', '已请心内科欧阳若岚医师会诊。')).toEqual(['欧阳若岚']);
    expect(ofType('PERSON', '已联系东方医院医师会诊。')).toEqual([]);
  });
  it('reads a transliterated name filling its field before the ethnic group in brackets', () => {
    expect(ofType('PERSON', '夜班记录｜3床 乌日罕（蒙古族）｜91岁')).toEqual(['乌日罕']);
    expect(ofType('PERSON', '｜乌日罕（蒙古族）｜女')).toEqual(['乌日罕']);
    expect(ofType('PERSON', '12床 清真饮食（回族）｜少数民族（回族）｜')).toEqual([]);
  });
  it('reads Mongolian names opening with 诺敏 or closing with 玛', () => {
    expect(ofType('PERSON', '外孙女诺敏高娃陪诊，下次复查')).toEqual(['诺敏高娃']);
    expect(ofType('PERSON', '女儿斯琴玛下午探视')).toEqual(['斯琴玛']);
    expect(ofType('PERSON', '女儿下午探视，带来玛卡茶')).toEqual([]);
  });
  it("reads an interpreter's two-character transliterated name closed by a bracket or comma", () => {
    expect(ofType('PERSON', '随行翻译萨沙（13907781264）')).toEqual(['萨沙']);
    expect(ofType('PERSON', '请翻译一下，翻译软件（离线版）已安装')).toEqual([]);
  });
  it('reads ages in a handover table whose age column is headed 岁', () => {
    const table =
      '床   患者        岁   问题\n4    范志远      93   肺炎\n8    古丽扎提    91   心衰\n9    —           —    空床';
    expect(ofType('AGE', table)).toEqual(['93', '91']);
    expect(ofType('AGE', '床   患者   岁   问题\n4    空床   93   —')).toEqual([]);
  });
  it('does not read a bed in Chinese numerals that was discharged today as a record number', () => {
    expect(ofType('MRN', '十八床今天出院了不用管。二十一床新来的老人，发热')).toEqual(['二十一']);
    expect(ofType('MRN', '十八床今天出院带药，二十五床今日出院。二十床上午出院了。')).toEqual([
      '十八',
      '二十五',
    ]);
  });
  it('reads the surname alone where a surname and an elder address are the name', () => {
    expect(ofType('PERSON', '抢2 邝婆婆（邝玉兰）97岁，消化道出血')).toEqual(['邝', '邝玉兰']);
    expect(ofType('PERSON', '9床　韦阿公　流质饮食')).toEqual(['韦']);
    expect(ofType('PERSON', '协助婆婆（自理）洗漱，奶奶，您慢走')).toEqual([]);
  });
  it('reads a surname alone that is also a word (乐, 纳, 伏) closing a staff field', () => {
    expect(ofType('PERSON', '危急值已电话通知｜报告人：输血科乐')).toEqual(['乐']);
    expect(ofType('PERSON', '甲状腺结节｜诊断医师 纳｜2026-10-03')).toEqual(['纳']);
    expect(ofType('PERSON', '申请日期10月2日，申请医师伏。')).toEqual(['伏']);
    expect(ofType('PERSON', '患者纳差，纳眠可，家属纳入随访；申请医师有。')).toEqual([]);
  });
  it('reads a surname alone after 报告 and a blank, before the next field', () => {
    expect(ofType('PERSON', '胸片\n报告 蒯　审核 邬志强　2026-09-12')).toEqual(['蒯', '邬志强']);
    expect(ofType('PERSON', '报告 见附件　审核 通过')).toEqual([]);
  });
  it("reads a podiatrist's surname after 足病师", () => {
    expect(ofType('PERSON', '换药：10月8日｜足病师冉')).toEqual(['冉']);
    expect(ofType('PERSON', '下次换药｜足病师 仇｜')).toEqual(['仇']);
    expect(ofType('PERSON', '足病师建议穿减压鞋')).toEqual([]);
  });
  it("reads a prescription's number after No. under its heading", () => {
    expect(ofType('MRN', '门诊处方\nNo. RX-5813-2760　姓名：略')).toEqual(['RX-5813-2760']);
    expect(ofType('MRN', '增值税发票\nNo. 12345678')).toEqual([]);
  });
  it('reads an age over 89 with 了 right after a name told with 叫', () => {
    expect(ofType('AGE', '家属：我爸叫杭德昌，96了，走路不稳')).toEqual(['96']);
    expect(ofType('AGE', '我叫他吃药，93了吗？')).toEqual([]);
  });
  it("reads a month's ten-day part before a symptom's onset told as 开始的", () => {
    expect(ofType('DATE', '咳嗽两周，10月下旬开始的。')).toEqual(['10月下旬']);
    expect(ofType('DATE', '本院将于11月中旬开始接种流感疫苗')).not.toContain('11月中旬');
  });
  it('reads a chat speaker of 阿 and a given character that is a surname too', () => {
    expect(ofType('PERSON', '阿桂：妈明天复查\n三姐：我请假陪\n阿芳：我开车\n阿桂：好')).toEqual([
      '阿桂',
      '阿芳',
      '阿桂',
    ]);
    expect(ofType('PERSON', '阿姨：几点吃药\n护士：八点\n阿姨：好')).toEqual([]);
  });
  it('reads the surname alone where a staff member is called by surname and 姐 or 哥', () => {
    expect(ofType('PERSON', '陪护说护士柴姐说明天拆线')).toEqual(['柴']);
    expect(ofType('PERSON', '护士姐姐说明天拆线')).toEqual([]);
  });
  it('does not read 协 of 协助 as the last given character', () => {
    expect(ofType('PERSON', '家属邵萌协助进食')).toEqual(['邵萌']);
    expect(ofType('PERSON', '家属协助进食')).toEqual([]);
  });
  it('reads a five-character Mongolian name filling its field before a barred sex field', () => {
    expect(ofType('PERSON', '随访表｜斯琴巴特尔｜男｜92岁')).toEqual(['斯琴巴特尔']);
    expect(ofType('PERSON', '随访表｜门诊随访单｜女｜')).toEqual([]);
  });
  it('reads a full name with rarer given characters opening its line before the sex in brackets', () => {
    expect(ofType('PERSON', '病危通知书\n鲍庚年（男，88岁）')).toEqual(['鲍庚年']);
    expect(ofType('PERSON', '通知\n陪护人（男）')).toEqual([]);
  });
});
