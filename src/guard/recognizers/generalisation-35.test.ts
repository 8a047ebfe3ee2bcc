import { describe, expect, it } from 'vitest';
import { textsOfType } from '../testing/recognized.ts';

/**
 * One test per class of Chinese personal data the round-39 set showed the recognizers missing or
 * over-reading (after it had been measured fresh), each with a hard negative. The examples are made up
 * here, not taken from any labelled set.
 */
const ofType = textsOfType;

describe('round-39 classes (zh)', () => {
  it('reads the compound surname 夹谷 and the surnames 禤, 刀, 银 and 木', () => {
    expect(ofType('PERSON', '夹谷建平主任查房：患者恢复可')).toEqual(['夹谷建平']);
    expect(ofType('PERSON', '夹谷主任嘱继续抗凝')).toEqual(['夹谷']);
    expect(ofType('PERSON', '责任医师：禤医生　护士：程丽')).toEqual(['禤', '程丽']);
    expect(ofType('PERSON', '三天后到镇卫生院找刀医生拆线')).toEqual(['刀']);
    expect(ofType('PERSON', '审核：常明远　技师：银')).toEqual(['常明远', '银']);
    expect(ofType('PERSON', '超声医师：关海燕　记录：木　日期：11月2日')).toEqual(['关海燕', '木']);
    // Words that open with those characters name no one.
    expect(ofType('PERSON', '刀口愈合良好，退款至患者银行卡')).toEqual([]);
    expect(ofType('PERSON', '银屑病复诊，木瓜少吃')).toEqual([]);
  });
  it('reads a name before its title after 期间 and after a nurse reporting to the doctor', () => {
    expect(ofType('PERSON', '住院期间鲍春梅主任多次查房')).toEqual(['鲍春梅']);
    expect(ofType('PERSON', '16:20 诉胸闷，汇报欧阳敏医生，予吸氧')).toEqual(['欧阳敏']);
    expect(ofType('PERSON', '诉头痛，通知常医生到床旁')).toEqual(['常']);
    expect(ofType('PERSON', '诉胸闷，汇报值班医生，予吸氧')).toEqual([]);
  });
  it('reads an ambiguous surname given alone after 我姓', () => {
    expect(ofType('PERSON', '有事打电话，我姓满。')).toEqual(['满']);
    expect(ofType('PERSON', '您姓常吧？')).toEqual([]);
  });
  it('reads an older name whose last character is a word (来, 刚) before a time word', () => {
    expect(ofType('PERSON', '我外公叫郁长来，今年93了')).toEqual(['郁长来']);
    expect(ofType('PERSON', '各位家属：滕国刚明天上午做胃镜')).toEqual(['滕国刚']);
    expect(ofType('PERSON', '护士韩雪刚才来过')).toEqual(['韩雪']);
    expect(ofType('PERSON', '让我儿子韩涛帮我拿药')).toEqual(['韩涛']);
  });
  it('reads Mongolian, Tibetan, Yi, Kazakh and Dai names without a Han surname', () => {
    expect(ofType('PERSON', '主治医师：那顺巴雅尔　护士：宁丽')).toContain('那顺巴雅尔');
    expect(ofType('PERSON', '预约客户格桑梅朵（女，藏族）')).toEqual(['格桑梅朵']);
    expect(ofType('PERSON', '接诊医师：吉克日哈')).toEqual(['吉克日哈']);
    expect(ofType('PERSON', '过两天让我女儿帕孜拉帮我取报告')).toEqual(['帕孜拉']);
    expect(ofType('PERSON', '入院记录：玉香叫，女，傣族，71岁')).toEqual(['玉香叫']);
    expect(ofType('PERSON', '傣族。嘱儿子岩温每天帮他翻身')).toEqual(['岩温']);
    // A three-character run of one transliteration marker is no name.
    expect(ofType('PERSON', '女儿提买了药')).toEqual([]);
  });
  it('reads a dotted name after 我叫, and not a dotted department heading', () => {
    expect(ofType('PERSON', '患者：我叫古丽娜·艾山，身份证在这')).toEqual(['古丽娜·艾山']);
    expect(ofType('PERSON', '口腔科·正畸门诊　复诊')).toEqual([]);
  });
  it('reads a surname broken off and said again after a pointing word and a word for the person', () => {
    expect(ofType('PERSON', '十八床那个老大爷滕……滕福生，肺炎')).toEqual(['滕', '滕福生']);
    expect(ofType('PERSON', '那个药盒包……包装破了')).toEqual([]);
  });
  it('leaves 小 before a surname alone in a labelled field outside the name', () => {
    expect(ofType('PERSON', '责任护士：小柯　器械护士：裴文静')).toEqual(['柯', '裴文静']);
    expect(ofType('PERSON', '护士：小雁　')).toEqual(['小雁']);
  });
  it('reads no name in lab-table rows or in calming words', () => {
    expect(ofType('PERSON', '总蛋白　61↓\n白蛋白　31.2↓　40-55 g/L')).toEqual([]);
    expect(ofType('PERSON', '夜间躁动，护士安抚后入睡')).toEqual([]);
  });
  it("reads a relative's screen name asking once in a ward's family group", () => {
    const group =
      '【心内科3病区家属群】\n护士长蔺：明早8点抽血，请空腹。\n晴天小雨：请问可以带早餐吗？\n护士长蔺：抽完再吃。';
    expect(ofType('PERSON', group)).toContain('晴天小雨');
    expect(
      ofType('PERSON', '【心内科3病区家属群】\n护士长蔺：明早抽血。\n温馨提示：请勿吸烟\n护士长蔺：谢谢'),
    ).not.toContain('温馨提示');
  });
  it('reads a drug started and a loan returned in a year and month', () => {
    expect(ofType('DATE', '2026年10月起服左甲状腺素片')).toEqual(['2026年10月']);
    expect(ofType('DATE', '押金200元　预计归还：2027年3月')).toEqual(['2027年3月']);
    expect(ofType('DATE', '2026年10月起施行新版收费标准')).toEqual([]);
  });
  it("reads no date in a hospital's seasonal opening hours", () => {
    expect(ofType('DATE', '【卫生院】自11月15日起执行冬季作息：上午8:30开诊')).toEqual([]);
    expect(ofType('DATE', '自11月15日起口服二甲双胍')).toEqual(['11月15日']);
  });
  it("keeps 加 in an extra bed heading a roster's row, and the number alone in running text", () => {
    expect(ofType('MRN', '交班\n加5床　宁德顺　肺炎，抗感染中')).toEqual(['加5']);
    expect(ofType('MRN', '骨科 加1床｜冉小英｜女')).toEqual(['加1']);
    expect(ofType('MRN', '加5床　空床')).toEqual([]);
    expect(ofType('MRN', '加5床患者夜间咳嗽')).toEqual(['5']);
  });
  it("reads a consultation's 单号 after its heading", () => {
    expect(ofType('MRN', '【视频问诊】单号：SP20261188\n咨询人：…')).toEqual(['SP20261188']);
    expect(ofType('MRN', '【顺丰速运】单号：SF9988776655')).toEqual([]);
  });
  it('reads a login glued to 用户 as a chat speaker, and a screen name with 的 as a sender', () => {
    expect(ofType('ACCOUNT', '用户lanlan_88：医生您好\n医生季：您好')).toEqual(['lanlan_88']);
    expect(ofType('ACCOUNT', '用户admin：你好')).toEqual([]);
    expect(ofType('ACCOUNT', '留言人：爱吃橘子的猫　时间：昨天')).toEqual(['爱吃橘子的猫']);
    expect(ofType('ACCOUNT', '反馈人：患者的女儿　电话见上')).toEqual([]);
  });
  it('reads a district, sub-district, estate and number told in a chat as an address', () => {
    expect(ofType('ADDRESS', '家属：雁塔区丈八街道枫林小区5-2-1103，开车半小时。')).toEqual([
      '雁塔区丈八街道枫林小区5-2-1103',
    ]);
    expect(ofType('ADDRESS', '雁塔区丈八街道社区卫生服务中心来电')).toEqual([]);
  });
});
