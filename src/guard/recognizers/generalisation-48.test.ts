import { describe, expect, it } from 'vitest';
import { textsOfType } from '../testing/recognized.ts';

/**
 * One test per class of Chinese personal data the round-52 set showed the rules missing or over-reading
 * (after it had been measured fresh), each with a hard negative. The examples are made up here, not taken
 * from any labelled set.
 */
const ofType = textsOfType;

describe('round-52 classes (zh)', () => {
  it('reads a long screen name speaking after a time in an online consultation', () => {
    // "2026-03-02 20:14 某某某某某：…⏎20:16 某某某某某：…": the user's screen name each turn; the doctor's turn is no account.
    const chat =
      '2027-01-05 21:02 雨落青石板：医生您好，宝宝咳嗽三天\n21:05 儿科郝医生：发热吗？\n21:06 雨落青石板：不发热';
    expect(ofType('ACCOUNT', chat)).toEqual(['雨落青石板', '雨落青石板']);
    expect(ofType('ACCOUNT', '21:05 儿科郝医生：发热吗？\n21:09 儿科郝医生：建议雾化')).toEqual([]);
  });
  it('reads a four-character chat speaker holding 不 or 与 as a screen name', () => {
    // No Han name holds 不 or 与; a form's field opening with a word that does ("如有不适：") is no speaker.
    const chat = '月亮不圆：今天复查了\n风与麦田：结果怎么样\n月亮不圆：还行\n风与麦田：那就好';
    expect(ofType('ACCOUNT', chat)).toEqual(['月亮不圆', '风与麦田', '月亮不圆', '风与麦田']);
    expect(ofType('ACCOUNT', '如有不适：及时复诊\n服药方法：饭后\n如有不适：停药')).toEqual([]);
  });
  it('reads a year alone before the cause of an event or a study of that year', () => {
    // "2022年因…住院", "2023年的CT片": the person's history; a plan's or a guideline's year is not.
    expect(ofType('DATE', '2022年因胆囊结石行腹腔镜手术')).toEqual(['2022年']);
    expect(ofType('DATE', '记得带上2023年的CT片子')).toEqual(['2023年']);
    expect(ofType('DATE', '科室2025年的工作计划已上报')).toEqual([]);
  });
  it('reads a month-year near a bone-marrow puncture', () => {
    // "骨穿（…，2024年3月）": the aspirate's month; a month-year with no event near stays unread.
    expect(ofType('DATE', '外院骨穿（2024年3月）：增生低下')).toEqual(['2024年3月']);
    expect(ofType('DATE', '药品说明书：2024年3月')).toEqual([]);
  });
  it('reads an ERCP’s own number', () => {
    // ERCP号 numbers the procedure, as 内镜号 does; an ERCP's day after it is no number.
    expect(ofType('MRN', '胆道支架取出（ERCP号：EC2701-0448）')).toEqual(['EC2701-0448']);
    expect(ofType('MRN', 'ERCP术后第2天，淀粉酶正常')).toEqual([]);
  });
  it('reads an observation bed and a wing’s bed in a bed field whole', () => {
    // "床号：观5", "床号：西-09": one label each; a wing named alone is no bed.
    expect(ofType('MRN', '科别：急诊内科　床号：观5\n')).toEqual(['观5']);
    expect(ofType('MRN', '姓名：某某　床号：西-09\n')).toEqual(['西-09']);
    expect(ofType('MRN', '床号：西区待定')).toEqual([]);
  });
  it('reads an extra bed glued to its ward with its 加', () => {
    // "心内二病区加4床": 加 and its number; beds being added to a ward are no one's.
    expect(ofType('MRN', '病区：心内二病区加4床\n')).toEqual(['加4']);
    expect(ofType('MRN', '本病区加床3张，请做好准备')).toEqual([]);
  });
  it('reads a long-term care insurance benefit number as insurance', () => {
    // 长护险待遇编号 names the member; a record's 编号 stays a record number.
    expect(ofType('INSURANCE_ID', '长期护理保险待遇编号：JS44030519870021')).toEqual(['JS44030519870021']);
    expect(ofType('INSURANCE_ID', '评估编号：PG2701-0033')).toEqual([]);
  });
  it('reads a full sibling named after 胞弟 or 胞姐', () => {
    // A transplant work-up's siblings; the word alone names no one.
    expect(ofType('PERSON', '　胞姐苗秀芝（58岁）：HLA 5/10半相合')).toEqual(['苗秀芝']);
    expect(ofType('PERSON', '胞弟配型结果待回报')).toEqual([]);
  });
  it('reads a name after a newly admitted patient pointed at in a handover', () => {
    // "新收的小伙子某某某，": the patient named; a new young man not named is no one.
    expect(ofType('PERSON', '十九床新收的小伙子祁文博，车祸伤')).toEqual(['祁文博']);
    expect(ofType('PERSON', '新来的小伙子很勤快，')).toEqual([]);
  });
  it('reads only the surname of a carer called by surname and 大姐', () => {
    // "护工某大姐": the surname, as with 阿姨; 大姐 after a word that is no surname names no one.
    expect(ofType('PERSON', '护工欧大姐发现后呼叫护士')).toEqual(['欧']);
    expect(ofType('PERSON', '我给大姐打了电话')).toEqual([]);
  });
  it('does not read skin temperature or a doctor’s reading of a report as a name', () => {
    // "，皮温低，", "预约医生解读": clinical words; a name with the same surname is still read.
    expect(ofType('PERSON', '足背肿胀，皮温低，动脉搏动弱')).toEqual([]);
    expect(ofType('PERSON', '报告已出，可预约医生解读。')).toEqual([]);
    expect(ofType('PERSON', '护士解晓丽记录')).toEqual(['解晓丽']);
  });
  it('reads an elder’s age in numerals with an adverb after the kinship word', () => {
    // "奶奶都九十一了": how old she has become; a measure between ("心率都九十了") is no age.
    expect(ofType('AGE', '小林：奶奶都九十一了还天天散步')).toEqual(['九十一']);
    expect(ofType('AGE', '小林：爷爷心率都九十了')).toEqual([]);
  });
  it('reads a room set off by a blank after the house number', () => {
    // "…18号 1502室": the flat's room; a count after a blank is not part of the address.
    expect(ofType('ADDRESS', '联系地址：南京市鼓楼区湖南路18号 1502室\n')).toEqual([
      '南京市鼓楼区湖南路18号 1502室',
    ]);
    expect(ofType('ADDRESS', '住址：南京市鼓楼区湖南路18号 3人同住\n')).toEqual(['南京市鼓楼区湖南路18号']);
  });
});
