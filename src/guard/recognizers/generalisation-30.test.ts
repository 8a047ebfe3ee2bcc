import { describe, expect, it } from 'vitest';
import { textsOfType } from '../testing/recognized.ts';

/**
 * One test per class of Chinese personal data the round-34 set showed the recognizers missing or
 * over-reading (after it had been measured fresh), each with a hard negative. The examples are made up
 * here, not taken from any labelled set.
 */
const ofType = textsOfType;

describe('round-34 classes (zh)', () => {
  it('reads a name before 陪同 or 询问, a transliterated one whole', () => {
    expect(ofType('PERSON', '儿子库尔班江陪同前来')).toEqual(['库尔班江']);
    expect(ofType('PERSON', '丈夫顿珠询问能否出院')).toEqual(['顿珠']);
    expect(ofType('PERSON', '家属陪同下步行入院，患者询问能否出院')).toEqual([]);
  });
  it('reads Mongolian and Tibetan names opening with 乌仁 or 拉毛', () => {
    expect(ofType('PERSON', '患者乌仁图雅，86岁')).toEqual(['乌仁图雅']);
    expect(ofType('PERSON', '影像报告｜拉毛卓玛｜女｜57岁')).toEqual(['拉毛卓玛']);
    expect(ofType('PERSON', '协助患者拉毛巾擦身')).toEqual([]);
  });
  it('reads a Tibetan or Mongolian name right before a comma and the age or ethnic group', () => {
    expect(ofType('PERSON', '家访｜德吉央宗，93岁，藏族｜换药')).toEqual(['德吉央宗']);
    expect(ofType('PERSON', '门诊：巴特尔孟和，蒙古族，62岁')).toEqual(['巴特尔孟和']);
    expect(ofType('PERSON', '宣教：格桑花，5岁以上儿童可食用')).toEqual([]);
  });
  it('reads a name in Latin letters glued after a kinship word or a nationality and an elder', () => {
    expect(ofType('PERSON', '妻子Clara Lindqvist陪同，签字同意')).toEqual(['Clara Lindqvist']);
    expect(ofType('PERSON', '十二床英国老先生Henry Ashdown，91岁')).toEqual(['Henry Ashdown']);
    expect(ofType('PERSON', '儿子Apple Watch提示心率快')).toEqual([]);
  });
  it('reads a couple named straight after 夫妇 or 夫妻', () => {
    expect(ofType('PERSON', '遗传咨询：夫妇邵明轩、卢婧，均为携带者')).toEqual(['邵明轩', '卢婧']);
    expect(ofType('PERSON', '夫妻关系和睦，夫妇俩均为携带者，夫妇陈述病史')).toEqual([]);
  });
  it("reads an interpreter's transliterated name as the value of 翻译：", () => {
    expect(ofType('PERSON', '会诊时翻译：萨米拉。')).toEqual(['萨米拉']);
    expect(ofType('PERSON', '翻译：英语口译。翻译：阿拉伯语。')).toEqual([]);
  });
  it("reads a child's given name before 家长您好 right after an SMS sender's tag", () => {
    expect(ofType('PERSON', '【儿童保健所】沐晴家长您好，请于周三带宝宝体检')).toEqual(['沐晴']);
    expect(ofType('PERSON', '【儿童保健所】宝宝家长您好，请于周三带宝宝体检')).toEqual([]);
  });
  it('reads a 阿 nickname speaking twice with a given-name speaker answering once', () => {
    expect(ofType('PERSON', '阿澔：妈的CT出来了\n慧敏：结果怎么样？\n阿澔：医生说没事')).toEqual([
      '阿澔',
      '慧敏',
      '阿澔',
    ]);
    expect(ofType('PERSON', '阿婆：几点吃药\n护士：八点\n阿婆：好')).toEqual([]);
  });
  it('reads a pet name ending in 儿 after a bed and a word for the child, before the full name', () => {
    expect(ofType('PERSON', '八床小孩豆芽儿，大名卞思远，今天退热')).toEqual(['豆芽儿', '卞思远']);
    expect(ofType('PERSON', '八床小孩儿，大名叫卞思远，今天退热')).toEqual(['卞思远']);
  });
  it('reads a text table with a 岁数 column and a transliterated name in the patient column', () => {
    const table = '床  患者    岁数  备注\n2   热依汗  93   低钾\n5   空床    91\n7   俞志刚  95   术后';
    expect(ofType('PERSON', table)).toEqual(['热依汗', '俞志刚']);
    expect(ofType('AGE', table)).toEqual(['93', '95']);
    expect(ofType('MRN', table)).toEqual(['2', '7']);
  });
  it('does not read an ordinal 第五 before a day or a course as the compound surname', () => {
    expect(ofType('PERSON', '术后第五天，切口愈合良好；第五次化疗顺利')).toEqual([]);
    expect(ofType('PERSON', '联系人：第五晨曦')).toEqual(['第五晨曦']);
  });
  it('reads a clinic card number in spaced groups without letters, the last group shorter too', () => {
    expect(ofType('MRN', '就诊卡 4417 2290 3168，发热2天')).toEqual(['4417 2290 3168']);
    expect(ofType('MRN', '请带就诊卡（卡号2210 4471 36）前来')).toEqual(['2210 4471 36']);
    expect(ofType('MRN', '就诊卡丢失请补办，工本费 10 元')).toEqual([]);
  });
  it('reads a birth year alone before 生的 or 出生', () => {
    expect(ofType('DATE', '老人说今年93了，1933年生的')).toEqual(['1933年']);
    expect(ofType('DATE', '2020年出生人口下降，1933年建院')).toEqual([]);
  });
  it('reads the beginning of a month with 初, not 初步 or 初诊', () => {
    expect(ofType('DATE', '上回是10月初来复诊的')).toEqual(['10月初']);
    expect(ofType('DATE', '10月初步诊断为肺炎，复诊')).not.toContain('10月初');
  });
  it('reads a ten-day part of a month before a relapse, with the part', () => {
    expect(ofType('DATE', '8月中旬复发视神经炎，予激素冲击')).toEqual(['8月中旬']);
    expect(ofType('DATE', '8月中旬天气转凉')).toEqual([]);
  });
  it('reads a month an image is compared with after 与', () => {
    expect(ofType('DATE', '与9月片子比较，结节增大')).toEqual(['9月']);
    expect(ofType('DATE', '与术前比较无变化，术后3月复查')).toEqual([]);
  });
  it('reads a year and month before 再评估', () => {
    expect(ofType('DATE', '嘱2027年5月再评估。')).toEqual(['2027年5月']);
    expect(ofType('DATE', '化疗4周期后再评估手术。')).toEqual([]);
  });
  it("does not read a lift's maintenance range in a notice", () => {
    expect(ofType('DATE', '因住院楼电梯维修，12月3日至12月5日请走西侧楼梯')).toEqual([]);
    expect(ofType('DATE', '患者12月3日至12月5日住院')).toEqual(['12月3日', '12月5日']);
  });
});
