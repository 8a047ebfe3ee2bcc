import { describe, expect, it } from 'vitest';
import { textsOfType } from '../testing/recognized.ts';

/**
 * One test per class of Chinese personal data the round-23 set showed the recognizers missing (after
 * it had been measured fresh), each with a hard negative. The examples are made up here, not taken
 * from any labelled set.
 */
const ofType = textsOfType;

describe('names in chats, lists and brackets, lone surnames and handover places (zh)', () => {
  it('reads the name after a role and its title in a signed field, not the role', () => {
    expect(ofType('PERSON', '记录人：主治医师邵一航')).toEqual(['邵一航']);
    expect(ofType('PERSON', '经办：研究护士苗婕')).toEqual(['苗婕']);
    expect(ofType('PERSON', '经办：挂号员 0417')).toEqual([]);
  });
  it('reads a surname alone after a clinician’s role and a blank, closing its field', () => {
    expect(ofType('PERSON', '核对药师 费｜2026-11-02')).toEqual(['费']);
    expect(ofType('PERSON', '责任护士 韩\n')).toEqual(['韩']);
    expect(ofType('PERSON', '值班医生 有')).toEqual([]);
  });
  it('reads a surname given alone after 姓 at a clause start', () => {
    expect(ofType('PERSON', '护工电话13812345678，姓柴')).toEqual(['柴']);
    expect(ofType('PERSON', '，姓别不详')).toEqual([]);
  });
  it('reads a school nurse’s and a cashier’s label, and a Tibetan given name', () => {
    expect(ofType('PERSON', '校医：金')).toEqual(['金']);
    expect(ofType('PERSON', '经办：次旺')).toEqual(['次旺']);
    expect(ofType('PERSON', '材质：金')).toEqual([]);
  });
  it('reads a family chat’s given-name speaker who answers a relative', () => {
    expect(ofType('PERSON', '【妈妈复查群】\n思远：今天化验出来了\n大姐：怎么样\n思远：都正常')).toEqual([
      '思远',
      '思远',
    ]);
    expect(ofType('PERSON', '大姐：降压药快吃完了\n三弟：我周末去开\n大姐：好\n三弟：收到')).toEqual([]);
  });
  it('reads a nickname speaker talking with a nurse who signs by surname and title', () => {
    expect(ofType('PERSON', '潘护士：@小蕾 今天体温多少\n小蕾：37度2\n潘护士：好的\n小蕾：谢谢')).toEqual([
      '潘',
      '小蕾',
      '小蕾',
      '潘',
      '小蕾',
    ]);
  });
  it('reads a second 阿 nickname in a list, and a pet name before the full name', () => {
    expect(ofType('PERSON', '感谢护士阿娟、阿琪耐心照顾')).toEqual(['阿娟', '阿琪']);
    expect(ofType('PERSON', '阿娟、阿姨都来了')).toEqual([]);
    expect(ofType('PERSON', '七床，壮壮，大名叫潘子昂，6岁')).toEqual(['壮壮', '潘子昂']);
    expect(ofType('PERSON', '这位专家大名鼎鼎')).toEqual([]);
  });
  it('reads a ward nickname of surname and 姐 with the full name in brackets', () => {
    expect(ofType('PERSON', '抢2 梁姐（梁慧珍），哮喘')).toEqual(['梁', '梁慧珍']);
    expect(ofType('PERSON', '大姐（大女儿）陪护')).toEqual([]);
  });
  it('reads a romanised name in brackets after the Chinese one', () => {
    expect(ofType('PERSON', '患者 朴秀贤（PARK SOO HYUN），韩国籍')).toEqual(['朴秀贤', 'PARK SOO HYUN']);
    expect(ofType('PERSON', '患者 朴秀贤（男，45岁）')).toEqual(['朴秀贤']);
  });
  it('reads a dotted name in a table’s name column, with its bed', () => {
    expect(ofType('PERSON', '床号｜姓名｜诊断\n8｜阿依努尔·买买提｜肺炎')).toEqual(['阿依努尔·买买提']);
    expect(ofType('MRN', '床号｜姓名｜诊断\n8｜阿依努尔·买买提｜肺炎')).toEqual(['8']);
  });
});

describe('record numbers, beds and dates (zh)', () => {
  it('reads a resuscitation bay before a named patient, not an unnamed one', () => {
    expect(ofType('MRN', '交班：抢救3 邱德胜，心衰；抢救5 女性约60岁，昏迷')).toEqual(['3']);
  });
  it('does not read a bed said to be empty', () => {
    expect(ofType('MRN', '三十床上午出院了，空着。三十一床陶奶奶血压稳定')).toEqual(['三十一']);
  });
  it('reads an X-ray film number, not a microchip number', () => {
    expect(ofType('MRN', '复查X线（片号DX2610150077）')).toEqual(['DX2610150077']);
    expect(ofType('MRN', '宠物芯片号 900 118 000 456 789')).toEqual([]);
  });
  it('does not read an insurer’s guarantee-of-payment number as an insurance number', () => {
    expect(ofType('INSURANCE_ID', '商业保险直付，担保函号 GL-2610-0077')).toEqual([]);
  });
  it('reads a month and day as a date field’s value, and a month of care at the hospital written to', () => {
    expect(ofType('DATE', '出院日期：10.28，诊断')).toEqual(['10.28']);
    expect(ofType('DATE', '版本号：10.28')).toEqual([]);
    expect(ofType('DATE', '我2025年3月在贵院做过胆囊切除')).toEqual(['2025年3月']);
  });
});
