import { describe, expect, it } from 'vitest';
import { textsOfType } from '../testing/recognized.ts';

/**
 * One test per class of Chinese personal data the round-30 set showed the recognizers missing or
 * over-reading (after it had been measured fresh), each with a hard negative. The examples are made up
 * here, not taken from any labelled set.
 */
const ofType = textsOfType;

describe('round-30 classes (zh)', () => {
  it('reads an age over 89 under a 年龄 column header in a named patient’s row', () => {
    expect(
      ofType('AGE', '床号  姓名    年龄  诊断\n3     鞠秀芬  93    心衰\n4     廖志强  67    肺炎'),
    ).toEqual(['93']);
    expect(ofType('AGE', '床号  诊断  年龄  备注\n3     心衰  93    无')).toEqual([]);
  });
  it('reads a bed after a unit’s letters and a hyphen', () => {
    expect(ofType('MRN', '夜班：CCU-7床骆振华，男，78岁')).toEqual(['7']);
    expect(ofType('MRN', '型号ABC-7床垫已更换')).toEqual([]);
  });
  it('does not read a bed whose patient left, with a bar before the leaving or moved to a ward', () => {
    expect(ofType('MRN', '11床｜昨日已出院\n12床｜闵德福｜72岁')).toEqual(['12']);
    expect(ofType('MRN', '9号床患者已转入ICU。10号床韦春兰，女')).toEqual(['10']);
    expect(ofType('MRN', '8号床转入病人闵德福，男')).toEqual(['8']);
    expect(ofType('MRN', '12床患者已转入我科。')).toEqual(['12']);
  });
  it('reads a surname alone as a prescription’s dispensing signatures', () => {
    expect(ofType('PERSON', '医师：滑　调配：邬　发药：晏')).toEqual(['滑', '邬', '晏']);
    expect(ofType('PERSON', '医生：滑倒了吗？')).toEqual([]);
  });
  it('does not read a verb and a pronoun after a role word as a name', () => {
    expect(ofType('PERSON', '报告出来后护士通知您。')).toEqual([]);
    expect(ofType('PERSON', '报告出来后护士殷晓梅通知家属。')).toEqual(['殷晓梅']);
  });
  it('ends a name before 送来 or 带来', () => {
    expect(ofType('PERSON', '由同事卜凯送来急诊，意识清')).toEqual(['卜凯']);
    expect(ofType('PERSON', '由同事卜凯华送来急诊，意识清')).toEqual(['卜凯华']);
  });
  it('reads a review month near 再查', () => {
    expect(ofType('DATE', '主任说三个月后再查，大约2027年2月')).toEqual(['2027年2月']);
    expect(ofType('DATE', '价目表2027年2月版')).toEqual([]);
  });
  it('reads signers’ names in square brackets after 本人 or a kinship word', () => {
    expect(ofType('PERSON', '签名｜本人［翟立新］；母亲［翟海军］')).toEqual(['翟立新', '翟海军']);
    expect(ofType('PERSON', '签名｜母亲［同意］')).toEqual([]);
  });
  it('does not read acupuncture points as names', () => {
    expect(ofType('PERSON', '取穴：曲池、关元、阳陵泉、足三里，留针20分钟')).toEqual([]);
    expect(ofType('PERSON', '复诊：曲丽华、关明远，已预约')).toEqual(['曲丽华', '关明远']);
  });
  it('reads a Mongolian name before a barred sex field and after a role and a bar', () => {
    expect(ofType('PERSON', '随访｜包格日乐｜男｜70岁')).toEqual(['包格日乐']);
    expect(ofType('PERSON', '责任护士｜其木格')).toEqual(['其木格']);
    expect(ofType('PERSON', '随访｜已完成｜男｜70岁')).toEqual([]);
  });
  it('reads an address carried on to a continuation line with a blank label cell', () => {
    expect(ofType('ADDRESS', '地址｜杭州市西湖区文三路88号\n　　｜翠苑三区7幢402\n电话｜略')).toEqual([
      '杭州市西湖区文三路88号',
      '翠苑三区7幢402',
    ]);
    expect(ofType('ADDRESS', '地址｜杭州市西湖区文三路88号\n　　｜送货前请电话联系')).toEqual([
      '杭州市西湖区文三路88号',
    ]);
  });
  it('reads an interpreter’s transliterated name after 翻译', () => {
    expect(ofType('PERSON', '经翻译玛丽娜沟通后，患者签字')).toEqual(['玛丽娜']);
    expect(ofType('PERSON', '请翻译阿莫西林说明书')).toEqual([]);
  });
  it('reads a broken-off surname and the full name said after it', () => {
    expect(ofType('PERSON', '那个，苗……苗春燕，明天出院')).toEqual(['苗', '苗春燕']);
    expect(ofType('PERSON', '那个，苗……明天再说')).toEqual([]);
  });
  it('reads a surname alone after a department ending the field', () => {
    expect(ofType('PERSON', '退款｜已办\n经办｜收费处晏')).toEqual(['晏']);
    expect(ofType('PERSON', '请到收费处缴费')).toEqual([]);
  });
  it('reads a loose given-name speaker speaking once where another takes turns with a relative', () => {
    expect(ofType('PERSON', '宥霖：奶奶几点出院？\n大姨：下午。\n苡宁：我去接\n宥霖：好')).toEqual([
      '宥霖',
      '苡宁',
      '宥霖',
    ]);
    // No relative speaking by kinship word: the speaker heard once stays unread.
    expect(ofType('PERSON', '宥霖：奶奶几点出院？\n苡宁：我去接\n宥霖：好')).toEqual([]);
  });
  it('reads a Latin name in the cell after a bed when the row says who the person is', () => {
    expect(ofType('PERSON', '5床｜Sato Yuki｜日本籍｜女')).toEqual(['Sato Yuki']);
    expect(ofType('PERSON', '5床｜Bed Rest｜绝对卧床')).toEqual([]);
  });
  it('reads a doubled pet name given as the answer to 叫什么', () => {
    expect(ofType('PERSON', '他儿子下午来，叫什么来着，涛涛吧')).toEqual(['涛涛']);
    expect(ofType('PERSON', '叫什么，哈哈')).toEqual([]);
  });
  it('reads a surnameless name filling a barred cell after a kinship word', () => {
    expect(ofType('PERSON', '联系人｜儿子敖登图｜电话见卡')).toEqual(['敖登图']);
    expect(ofType('PERSON', '联系人｜儿子在外地｜')).toEqual([]);
  });
});
