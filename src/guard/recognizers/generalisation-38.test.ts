import { describe, expect, it } from 'vitest';
import { textsOfType } from '../testing/recognized.ts';

/**
 * One test per class of Chinese personal data the round-42 set showed the recognizers missing or
 * over-reading (after it had been measured fresh), each with a hard negative. The examples are made up
 * here, not taken from any labelled set.
 */
const ofType = textsOfType;

describe('round-42 classes (zh)', () => {
  it('reads a labelled 医保 number whose last digit group is one digit', () => {
    expect(ofType('INSURANCE_ID', '社保卡号：3302 5518 0746 9\n门诊号：77120')).toEqual(['3302 5518 0746 9']);
    expect(ofType('INSURANCE_ID', '医保号 2109 4471 3356 2　主治医师：某某')).toEqual(['2109 4471 3356 2']);
    expect(ofType('INSURANCE_ID', '医保类型：职工　报销比例 85 %')).toEqual([]);
  });
  it('reads a card number given after the 医保 or 社保 card is named, in the same line or the next turn', () => {
    expect(ofType('INSURANCE_ID', '社保卡放在抽屉里了，卡号4201 7736 0915 2，你拿上')).toEqual([
      '4201 7736 0915 2',
    ]);
    expect(ofType('INSURANCE_ID', '护士：社保卡带来没有？\n家属：带来了，号码是3507 2219 8841 06。')).toEqual(
      ['3507 2219 8841 06'],
    );
    expect(ofType('INSURANCE_ID', '医保卡带了，电话号码是0571 8733 5126')).toEqual([]);
    expect(ofType('INSURANCE_ID', '医保卡交了，银行卡号6222 0212 3456 7890 123')).toEqual([]);
  });
  it('reads dispensing and manometry numbers as record numbers', () => {
    expect(ofType('MRN', '配药号：PY-3381207　取药窗口3')).toEqual(['PY-3381207']);
    expect(ofType('MRN', '食管测压（测压号CY-25-1187）提示')).toEqual(['CY-25-1187']);
    expect(ofType('MRN', '测压结果：IRP 31mmHg')).toEqual([]);
  });
  it('reads a record number after the Cantonese copula 系', () => {
    expect(ofType('MRN', '阿妹：病历号系77301845，记得带埋')).toEqual(['77301845']);
    expect(ofType('MRN', '住院号系统维护中，请稍候')).toEqual([]);
  });
  it('reads an extra bed with 加 before its patient’s name in a ward round’s running text', () => {
    expect(ofType('MRN', '查房：今日拔管。加5床庞国栋，继续观察。')).toEqual(['加5']);
    expect(ofType('MRN', '加3床患者夜间咳嗽，予雾化。')).toEqual(['3']);
  });
  it('reads a pet name in quotation marks inside the bracket', () => {
    expect(ofType('PERSON', '患儿宁思远（小名“豆包”），男，4岁')).toEqual(['宁思远', '豆包']);
    expect(ofType('PERSON', '患儿宁思远（小名「团子」），男')).toEqual(['宁思远', '团子']);
    expect(ofType('PERSON', '早餐吃了一个豆包，精神好')).toEqual([]);
  });
  it('reads a doubled pet name in brackets after the formal name', () => {
    expect(ofType('PERSON', '患儿：努尔兰（朵朵），女，4岁')).toEqual(['努尔兰', '朵朵']);
    expect(ofType('PERSON', '陪护：尹慧兰（奶奶），电话见首页')).toEqual(['尹慧兰']);
  });
  it('ends a dotted name before 先生 or 女士', () => {
    expect(ofType('PERSON', '阿卜杜拉·吐逊先生：您的复查时间已定')).toEqual(['阿卜杜拉·吐逊']);
    expect(ofType('PERSON', '古再丽·买买提女士，您好')).toEqual(['古再丽·买买提']);
  });
  it('reads a dotted name right after a bed, without the bed’s 床', () => {
    expect(ofType('PERSON', '您好，我是21床努尔古丽·艾山江的女儿')).toEqual(['努尔古丽·艾山江']);
    expect(ofType('PERSON', '12床热依拉·艾力，女，45岁')).toEqual(['热依拉·艾力']);
    // The bed stays the bed's number, not part of the name.
    expect(ofType('MRN', '您好，我是21床努尔古丽·艾山江的女儿')).toEqual(['21']);
  });
  it('does not read obstetric scan words opening with 单 as names', () => {
    expect(ofType('PERSON', '超声提示：宫内早孕，单活胎，约12周')).toEqual([]);
    expect(ofType('PERSON', '诊断：单胎妊娠，孕32周')).toEqual([]);
    expect(ofType('PERSON', '单秀芳，女，45岁，复诊')).toEqual(['单秀芳']);
  });
  it('reads the Mongolian name element 娜布其', () => {
    expect(ofType('PERSON', '萨仁娜布其，女，蒙古族，52岁')).toEqual(['萨仁娜布其']);
    expect(ofType('PERSON', '那布其树叶形皮疹')).toEqual([]);
  });
  it('reads given-name speakers taking turns with a full-name speaker, and the full name called on', () => {
    const chat =
      '秀英：周六体检约好了\n振岷：我去不了，焦海鹰你陪一下？\n焦海鹰：可以\n秀英：资料在柜子里\n焦海鹰：好';
    expect(ofType('PERSON', chat)).toEqual(['秀英', '振岷', '焦海鹰', '焦海鹰', '秀英', '焦海鹰']);
    expect(ofType('PERSON', '体温：36.8\n血压：120/80\n焦海鹰：好\n饮食：半流')).toEqual(['焦海鹰']);
  });
  it('marks a county’s town health centre whole as the address it is sent to', () => {
    expect(ofType('ADDRESS', '出院，转回甘肃省临夏州东乡县锁南镇卫生院随访')).toEqual([
      '甘肃省临夏州东乡县锁南镇卫生院',
    ]);
    expect(ofType('ADDRESS', '一周后到青石镇卫生院复查')).toEqual([]);
    expect(ofType('ADDRESS', '转回甘肃省临夏州东乡县人民医院随访')).toEqual([]);
  });
  it('reads a month alone opening a bracket or clause before an onset', () => {
    expect(ofType('DATE', '左足背溃疡（9月出现），已换药')).toEqual(['9月']);
    expect(ofType('DATE', '术后3月出现吻合口狭窄')).toEqual([]);
    expect(ofType('DATE', '；6月起床困难')).toEqual([]);
  });
});
