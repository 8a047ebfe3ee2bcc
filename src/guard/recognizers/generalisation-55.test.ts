import { describe, expect, it } from 'vitest';
import { textsOfType } from '../testing/recognized.ts';

/**
 * One test per class of Chinese personal data the round-59 set showed the rules missing or over-reading (after it
 * had been measured fresh), each with hard negatives. The examples are made up here, not taken from any labelled set.
 */
const ofType = textsOfType;

describe('round-59 classes (zh)', () => {
  it('reads a planned date though the care paused in the next clause, and still drops a notice pausing a service', () => {
    expect(ofType('DATE', '处理：建议择期手术，拟于3月14日手术；术前暂停游泳训练。')).toEqual(['3月14日']);
    expect(ofType('DATE', '复查：4月2日门诊；暂停口服避孕药。')).toEqual(['4月2日']);
    // Hard negatives: a car park or a service paused from or during the dates.
    expect(ofType('DATE', '【通知】因施工，东门停车场5月6日起暂停开放。')).toEqual([]);
    expect(ofType('DATE', '本院自助机6月1日暂停服务，请到人工窗口。')).toEqual([]);
  });

  it("reads the next shift's month and day after a handover's full date, an arrow and the first shift", () => {
    expect(ofType('DATE', '护理交接班记录　骨科　2027-03-08夜班→03-09白班')).toEqual(['2027-03-08', '03-09']);
    expect(ofType('DATE', '交班 2027-01-31白班至02-01夜班')).toEqual(['2027-01-31', '02-01']);
    // Hard negatives: a ratio or a count after an arrow with no shift, and a shift with no full date before it.
    expect(ofType('DATE', '血压 2027-03-08 测 → 03-09 未测')).toEqual(['2027-03-08']);
    expect(ofType('DATE', '夜班→03-09白班')).toEqual([]);
  });

  it("reads a department's enquiry line in one patient's record as the follow-up phone", () => {
    expect(
      ofType('PHONE', '姓名：罗惠芹　女　52岁\n复查：1月9日上午胸外科门诊，咨询电话0591-6623418。'),
    ).toEqual(['0591-6623418']);
    // Hard negatives: a broadcast or a sender-signed reminder's enquiry line names no patient.
    expect(ofType('PHONE', '【社区卫生服务中心】流感疫苗已到货，咨询电话0591-6623418。')).toEqual([]);
    expect(ofType('PHONE', '冬季门诊时间调整：8:00–17:00。咨询电话：0591-6623418')).toEqual([]);
  });

  it('reads a corridor extra bed in a bed field as one label', () => {
    expect(ofType('MRN', '住院号：RM4417205　床位：走廊加3\n入院日期：略')).toEqual(['RM4417205', '走廊加3']);
    expect(ofType('MRN', '床号：过道加12　姓名：某某')).toEqual(['过道加12']);
    // Hard negatives: a ward's extra bed keeps 加 only, and a corridor mentioned with no bed field is nothing.
    expect(ofType('MRN', '床位：心内科加4')).toEqual(['加4']);
    expect(ofType('MRN', '走廊加3张床缓解压床。')).toEqual([]);
  });

  it('reads a clinic queue number of a letter and digits after 排队号', () => {
    expect(ofType('MRN', '您预约的4月3日上午口腔科门诊，排队号C042，请提前签到。')).toEqual(['C042']);
    expect(ofType('MRN', '候诊号：B17')).toEqual(['B17']);
    // Hard negatives: a bare place in line, and a wait described.
    expect(ofType('MRN', '排队号7，请留意叫号。')).toEqual([]);
    expect(ofType('MRN', '抽血排队两小时，无人处理。')).toEqual([]);
  });

  it("reads a handover row's name and bed when the name cell gives the age in brackets", () => {
    const sheet = '床号｜姓名｜要点\n4｜空床｜已消毒\n6｜司马凤珍（九十一岁）｜跌倒高风险';
    expect(ofType('PERSON', sheet)).toEqual(['司马凤珍']);
    expect(ofType('MRN', sheet)).toEqual(['6']);
    expect(ofType('MRN', '床号｜姓名｜要点\n8｜龚立平（72岁）｜术后第1天')).toEqual(['8']);
    // Hard negatives: an empty bed's row stays unread, bracket or no.
    expect(ofType('MRN', '床号｜姓名｜要点\n4｜空床（备用）｜已消毒')).toEqual([]);
  });

  it('leaves the uterine fundus and an occupation field unread as names', () => {
    expect(ofType('PERSON', '产妇宫底脐下一指，恶露量少。')).toEqual([]);
    expect(ofType('PERSON', '产后第2天，宫底平脐，子宫收缩好。')).toEqual([]);
    expect(ofType('PERSON', '姓名：龙永刚　男　58岁　苗族　农民')).toEqual(['龙永刚']);
    // Hard negatives: a name still read before 宫缩 words, and a surname 宫 with a given name.
    expect(ofType('PERSON', '患者：宫雪梅，女，31岁')).toEqual(['宫雪梅']);
    expect(ofType('PERSON', '姓名：农秀兰　女　40岁　壮族')).toEqual(['农秀兰']);
  });

  it('reads a three-character name closing a clinician signature field whose surname the lexicon lacks', () => {
    expect(ofType('PERSON', '医师：韦立德　审核药师：妥丽娟')).toContain('妥丽娟');
    expect(ofType('PERSON', '处方已审核。\n调配药师：妥春华')).toEqual(['妥春华']);
    // Hard negatives: a status or an instruction filling the field.
    expect(ofType('PERSON', '审核：已完成')).toEqual([]);
    expect(ofType('PERSON', '药师：详见处方')).toEqual([]);
    expect(ofType('PERSON', '护士：无异常')).toEqual([]);
  });
});
