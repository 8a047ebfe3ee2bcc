import { describe, expect, it } from 'vitest';
import { textsOfType } from '../testing/recognized.ts';

/**
 * One test per class of Chinese personal data the round-27 set showed the recognizers missing or
 * over-reading (after it had been measured fresh), each with a hard negative. The examples are made up
 * here, not taken from any labelled set.
 */
const ofType = textsOfType;

describe('round-27 classes (zh)', () => {
  it('reads a staff member’s surname alone before what she does', () => {
    expect(ofType('PERSON', '处理：控制饮食；营养护士阮做膳食宣教；1周后复诊')).toEqual(['阮']);
    expect(ofType('PERSON', '康复师鄢协助站立训练')).toEqual(['鄢']);
    expect(ofType('PERSON', '由护士甄进行胰岛素注射指导')).toEqual(['甄']);
    expect(ofType('PERSON', '护士芮丽娟做饮食指导')).toEqual(['芮丽娟']);
    expect(ofType('PERSON', '由责任护士做饮食指导')).toEqual([]);
    expect(ofType('PERSON', '护士长进行查房')).toEqual([]);
  });
  it('does not read an organism named after a person, nor a described colour, as a name', () => {
    expect(ofType('PERSON', '血培养回报：鲍曼不动杆菌，对多黏菌素敏感')).toEqual([]);
    expect(ofType('PERSON', '宝宝尿少、颜色深黄，要紧吗？')).toEqual([]);
    expect(ofType('PERSON', '家属鲍曼丽陪同')).toEqual(['鲍曼丽']);
  });
  it('reads a newborn’s incubator as her bed, the number only, not an empty one', () => {
    expect(ofType('MRN', '新生儿科病程｜谭晓梅之子｜暖箱12号\n今日奶量增加')).toEqual(['12']);
    expect(ofType('MRN', '二号暖箱是韦丽娜的宝宝，黄疸在退')).toEqual(['二']);
    expect(ofType('MRN', '四号暖箱上午出院了，现在空着')).toEqual([]);
    expect(ofType('MRN', '暖箱温度调至32℃，第2号暖箱待消毒')).toEqual([]);
  });
  it('reads a bed label whose value names the unit before the number', () => {
    expect(ofType('MRN', '住院号：HX2611-0431　床号：CCU 5\n家属：儿子')).toEqual(['HX2611-0431', '5']);
    expect(ofType('MRN', '床号：EICU-2　姓名：苗春生')).toEqual(['2']);
    expect(ofType('MRN', '床号：CCU 5（空）')).toEqual([]);
  });
  it('does not read a bed said to have emptied later in the sentence', () => {
    expect(ofType('MRN', '9床下午转去普通病房了，现在空着。10床是肺栓塞的邬志强')).toEqual(['10']);
    expect(ofType('MRN', '12床今早出院，床位空出来了')).toEqual([]);
    expect(ofType('MRN', '14床冼国华，男，隔壁床没人')).toEqual(['14']);
  });
  it('reads ISO dates of a settlement period, not as an insurance number', () => {
    const bill = '参保人：钟丽萍　医保号：3301002714680355\n结算期间：2026-10-01至2026-10-31（门诊透析）';
    expect(ofType('DATE', bill)).toEqual(['2026-10-01', '2026-10-31']);
    expect(ofType('INSURANCE_ID', bill)).toEqual(['3301002714680355']);
  });
  it('reads a log whose lines open with a month and day and a full-width blank', () => {
    const log = '上泵宣教｜贺志刚\n10-08　讲解管路更换\n10-09　独立完成管路更换\n10-10　讲解泵报警';
    expect(ofType('DATE', log)).toEqual(['10-08', '10-09', '10-10']);
    expect(ofType('DATE', '术后活动\n1-2　天内卧床\n3-5　天可下地')).toEqual([]);
  });
  it('does not read a holiday notice’s opening dates, but reads a patient’s date beside them', () => {
    expect(
      ofType('DATE', '通知：国庆假期（10月1日至10月7日）门诊仅开放急诊，普通门诊10月8日起恢复正常。'),
    ).toEqual([]);
    expect(ofType('DATE', '门诊10月9日复诊，血压10月12日起恢复正常')).toEqual(['10月9日', '10月12日']);
    expect(ofType('DATE', '患者去门诊2026年10月8日起恢复用药')).toEqual(['2026年10月8日']);
  });
  it('reads the age over 89 of an elder named by kinship, told as how old he has become', () => {
    expect(ofType('AGE', '小晴：奶奶都94了，路上慢点')).toEqual(['94']);
    expect(ofType('AGE', '姥爷已经91了')).toEqual(['91']);
    expect(ofType('AGE', '外公血氧92了')).toEqual([]);
    expect(ofType('AGE', '外公都92斤了')).toEqual([]);
  });
});
