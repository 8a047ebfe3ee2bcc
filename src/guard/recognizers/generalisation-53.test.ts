import { describe, expect, it } from 'vitest';
import { textsOfType } from '../testing/recognized.ts';

/**
 * One test per class of Chinese personal data the round-57 set showed the rules missing or over-reading (after it
 * had been measured fresh), each with hard negatives. The examples are made up here, not taken from any labelled set.
 */
const ofType = textsOfType;

describe('round-57 classes (zh)', () => {
  it('ends an address at the house number when a floor and what is on it follow', () => {
    expect(ofType('ADDRESS', '聚餐地址是长沙市开福区湘江中路12号三楼宴会厅，六点开席。')).toEqual([
      '长沙市开福区湘江中路12号',
    ]);
    expect(ofType('ADDRESS', '体检地点：浙江省绍兴市越城区解放北路301号5楼体检中心')).toEqual([
      '浙江省绍兴市越城区解放北路301号',
    ]);
    // Hard negatives: a home's floor closing the address, a floor then its side, a floor then a room.
    expect(ofType('ADDRESS', '住址：福州市鼓楼区杨桥中路27号三楼。电话打不通')).toEqual([
      '福州市鼓楼区杨桥中路27号三楼',
    ]);
    expect(ofType('ADDRESS', '住址：福州市鼓楼区杨桥中路27号三楼东户')).toEqual([
      '福州市鼓楼区杨桥中路27号三楼东户',
    ]);
    expect(ofType('ADDRESS', '住址：福州市鼓楼区杨桥中路27号6楼603室')).toEqual([
      '福州市鼓楼区杨桥中路27号6楼603室',
    ]);
  });

  it('reads 普 as a surname before a title in a clinician field', () => {
    expect(ofType('PERSON', '查房记录\n上级医师：普主任')).toEqual(['普']);
    expect(ofType('PERSON', '指导医生：普老师　记录：丁一帆')).toEqual(['普', '丁一帆']);
    // Hard negatives: 普 opening ordinary words.
    expect(ofType('PERSON', '转普外科会诊，普通病房观察。')).toEqual([]);
    expect(ofType('PERSON', '普查结果：阴性')).toEqual([]);
  });

  it('reads 母 or 父 as the surname of a two-character given name in a clinician field', () => {
    expect(ofType('PERSON', '审核医师：母晓燕　日期：2026-03-02')).toEqual(['母晓燕']);
    expect(ofType('PERSON', '超声报告\n报告医生：父海涛')).toEqual(['父海涛']);
    // Hard negatives: a kinship word before a relative's name, and 母 before a title.
    expect(ofType('PERSON', '联系人：母葛红')).toEqual(['葛红']);
    expect(ofType('PERSON', '转诊医生：母主任')).toEqual([]);
  });

  it('reads Mongolian names opening with Erkhem or Erdene written with 日 or 尔', () => {
    expect(ofType('PERSON', '开方医生：额日登　2026-01-02')).toEqual(['额日登']);
    expect(ofType('PERSON', '患者额尔和木巴特尔，男，63岁，因腰痛入院。')).toEqual(['额尔和木巴特尔']);
    // Hard negatives: 额 in ordinary words.
    expect(ofType('PERSON', '额头擦伤，额外加一次换药。')).toEqual([]);
  });

  it('reads a pet name said right after a dictated bed, taken back or followed by the full name', () => {
    expect(ofType('PERSON', '“八床阿沅……哦不对，八床是董书言，肺炎。”')).toEqual(['阿沅', '董书言']);
    expect(ofType('PERSON', '12床是豆宝，邢子墨，4岁，肺炎恢复期。')).toEqual(['豆宝', '邢子墨']);
    expect(ofType('PERSON', '六床小满……不对，六床是庞一鸣，3岁。')).toEqual(['小满', '庞一鸣']);
    // Hard negatives: what a bed's patient does, and a word for the child in general.
    expect(ofType('PERSON', '3床小便……不对，是大便失禁。')).toEqual([]);
    expect(ofType('PERSON', '5床宝宝，体温正常，2岁。')).toEqual([]);
  });

  it('reads a four-character set phrase speaking in a family chat as an account', () => {
    expect(
      ofType('ACCOUNT', '【周家小群】\n二姐：爸今天出院。\n云淡风轻：几点办手续？\n二姐：十点。'),
    ).toEqual(['云淡风轻']);
    expect(ofType('ACCOUNT', '【老宋家】\n妈妈：外公明天复查。\n春暖花开：我请了假，陪他去。')).toEqual([
      '春暖花开',
    ]);
    // Hard negatives: a four-character name, a Tibetan name, a ward's family group, a form field, a relative.
    expect(ofType('ACCOUNT', '【周家小群】\n二姐：爸今天出院。\n王李秀英：我下午过去')).toEqual([]);
    expect(ofType('ACCOUNT', '【周家小群】\n二姐：爸今天出院。\n次仁卓玛：我下午过去')).toEqual([]);
    expect(ofType('ACCOUNT', '【6病区家属群】\n护士：明天探视。\n云淡风轻：收到了\n妈妈：好')).toEqual([]);
    expect(ofType('ACCOUNT', '【复诊提醒】\n妈妈：记得带报告\n注意事项：空腹抽血')).toEqual([]);
    expect(ofType('ACCOUNT', '【一家人】\n大哥：周六去。\n二嫂秀梅：我也去')).toEqual([]);
  });
});
