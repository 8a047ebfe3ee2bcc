import { describe, expect, it } from 'vitest';
import { textsOfType } from '../testing/recognized.ts';

/**
 * One test per class of Chinese personal data the round-41 set showed the recognizers missing or
 * over-reading (after it had been measured fresh), each with a hard negative. The examples are made up
 * here, not taken from any labelled set.
 */
const ofType = textsOfType;

describe('round-41 classes (zh)', () => {
  it('reads the Mongolian name elements 托娅 and 吉日嘎拉', () => {
    expect(ofType('PERSON', '陪护：女儿萨仁托娅，电话见首页')).toEqual(['萨仁托娅']);
    expect(ofType('PERSON', '家属巴图吉日嘎拉已签字')).toEqual(['巴图吉日嘎拉']);
    expect(ofType('PERSON', '嘱家属托付邻居照看')).toEqual([]);
  });
  it('ends a relative’s name before 照护', () => {
    expect(ofType('PERSON', '回家后由外孙蒋志远照护，每周复查')).toEqual(['蒋志远']);
    expect(ofType('PERSON', '回家后由外孙照护，每周复查')).toEqual([]);
  });
  it('reads a name after 名字是 or 姓名是', () => {
    expect(ofType('PERSON', '挂号时写的名字是祁墨川，麻烦核对')).toEqual(['祁墨川']);
    expect(ofType('PERSON', '请问病人姓名是什么？')).toEqual([]);
    expect(ofType('PERSON', '名字是否一致请核对')).toEqual([]);
  });
  it('reads 和 between a titled name and the next name as a conjunction', () => {
    expect(ofType('PERSON', '感谢卢思雨护士和任远医生的照顾')).toEqual(['卢思雨', '任远']);
    expect(ofType('PERSON', '值班护士和家属沟通病情')).toEqual([]);
  });
  it('reads a doubled nickname and the formal name in brackets after it', () => {
    expect(ofType('PERSON', '患儿：豆豆（上官嘉树），男，3岁')).toEqual(['豆豆', '上官嘉树']);
    expect(ofType('PERSON', '8床患儿果果（大名司马果然），2岁')).toEqual(['果果', '司马果然']);
    expect(ofType('PERSON', '患儿：哈哈（笑声）')).toEqual([]);
  });
  it('reads a nickname after a child word before a bracket giving the formal name, sex and ethnic group', () => {
    expect(ofType('PERSON', '5床患儿核桃（邝启航，瑶族，3岁），今晨体温正常')).toEqual(['核桃', '邝启航']);
    expect(ofType('PERSON', '患儿发热（体温39，精神差）')).toEqual([]);
  });
  it('reads an ordinary word as the name filling a staff field', () => {
    expect(ofType('PERSON', '告知医师：甘泉　日期：2026年3月2日')).toEqual(['甘泉']);
    expect(ofType('PERSON', '收费员：乐观')).toEqual(['乐观']);
    expect(ofType('PERSON', '主管医生：同上')).toEqual([]);
    expect(ofType('PERSON', '患者：乐观')).toEqual([]);
  });
  it('does not read a staff field word as a name wherever else it stands', () => {
    expect(ofType('PERSON', '饮食安排需考虑周全。\n营养师：周全　2026-03-02')).toEqual(['周全']);
  });
  it('reads both nurses of a handover pair around an arrow', () => {
    expect(ofType('PERSON', '交：欧阳思远→接：郎月')).toEqual(['欧阳思远', '郎月']);
    expect(ofType('PERSON', '交班：卢思远 → 接班：郑晓')).toEqual(['卢思远', '郑晓']);
    expect(ofType('PERSON', '交：口服药→接：静脉')).toEqual([]);
  });
  it('reads a name with rarer given characters after 尊敬的 before 女士 or 先生', () => {
    expect(ofType('PERSON', '【某医院】尊敬的费秋水女士，您的复诊时间')).toEqual(['费秋水']);
    expect(ofType('PERSON', '尊敬的患者家属女士，您好')).toEqual([]);
  });
  it('reads a login with an underscore speaking once between named members of a chat', () => {
    expect(ofType('ACCOUNT', '钱小雨：押金交了\nyu_qx88：收到\n钱小雨：好')).toEqual(['yu_qx88']);
    expect(ofType('ACCOUNT', '体温：36.5\nbp_sys：120\n心率：80')).toEqual([]);
  });
  it('reads a herb-named relative speaking after a ranked kinship word', () => {
    expect(
      ofType('PERSON', '阿芳：爸今天出院\n大哥：好\n阿芳：明天复查\n三嫂连翘：辛苦了\n大哥：嗯'),
    ).toContain('连翘');
    expect(ofType('PERSON', '大哥：今天喝了连翘茶\n三嫂：好')).toEqual([]);
  });
  it('reads a chat speaker of three characters sharing the surname of a named speaker', () => {
    expect(
      ofType('PERSON', '妈妈：今天出院\n柯晓萌：太好了\n妈妈：在3楼\n柯晓萌：好\n柯有为：我在楼下'),
    ).toEqual(['柯晓萌', '柯晓萌', '柯有为']);
    expect(ofType('PERSON', '妈妈：今天出院\n柯晓萌：太好了\n妈妈：在3楼\n柯主任：我在楼下')).not.toContain(
      '柯主任',
    );
  });
  it('reads the age of a parent over 89 after 爸爸 or 妈妈 and before 了', () => {
    expect(ofType('AGE', '大姐：妈妈96了还能自己走')).toEqual(['96']);
    expect(ofType('AGE', '大姐：妈妈85了还能自己走')).toEqual([]);
    expect(ofType('AGE', '爸爸血压150了，怎么办')).toEqual([]);
  });
  it('reads a room after the inpatient building floor as the patient room', () => {
    expect(ofType('MRN', '外公在住院部9楼915室，探视下午')).toEqual(['915']);
    expect(ofType('MRN', '住院部9楼护士站')).toEqual([]);
  });
  it('reads a compound surname broken off and the full name said again', () => {
    expect(ofType('PERSON', '下一床，司马……司马秀英，九十二岁')).toEqual(['司马', '司马秀英']);
    expect(ofType('PERSON', '先说，欧阳……欧阳明天再说')).toEqual([]);
  });
  it('does not read a bed in Chinese numerals said to be empty', () => {
    expect(ofType('MRN', '十九床是空的。二十床葛某，肺炎')).toEqual(['二十']);
  });
});
