import { describe, expect, it } from 'vitest';
import { textsOfType } from '../testing/recognized.ts';

/**
 * One test per class of Chinese personal data the round-60 set showed the rules missing or over-reading (after it
 * had been measured fresh), each with hard negatives. The examples are made up here, not taken from any labelled set.
 */
const ofType = textsOfType;

describe('round-60 classes (zh)', () => {
  it("reads a prescription's issue date though its validity in days follows, and still drops a product's expiry", () => {
    expect(ofType('DATE', '开方医师：某某　开方日期：2027年3月5日，有效期3天')).toEqual(['2027年3月5日']);
    expect(ofType('DATE', '处方日期：4月18日　有效期7天')).toEqual(['4月18日']);
    // Hard negatives: the validity itself, and a permit's last day.
    expect(ofType('DATE', '批号：B2203118　有效期至2028-04')).toEqual([]);
    expect(ofType('DATE', '陪护证有效期：2027-02-14')).toEqual([]);
  });

  it("reads the morning a night handover ends, given as a day alone after the night's month and day", () => {
    expect(ofType('DATE', '心内科夜班交班（3月8日夜—9日晨）')).toEqual(['3月8日', '9日']);
    expect(ofType('DATE', '交班时段：12月30日晚至31日早')).toEqual(['12月30日', '31日']);
    // Hard negatives: a range of days with no part of the day, and a count of tablets.
    expect(ofType('DATE', '3月8日—9日共2天')).not.toContain('9日');
    expect(ofType('DATE', '3月8日夜—9片')).not.toContain('9片');
  });

  it('reads an age in Chinese numerals told after 今年 and closed by a comma', () => {
    expect(ofType('AGE', '医生您好，我奶奶今年九十二，最近老是头晕。')).toEqual(['九十二']);
    expect(ofType('AGE', '外公今年都九十六，腿脚还行。')).toEqual(['九十六']);
    // Hard negatives: a count this year, and a reading after 今年 with its measure.
    expect(ofType('AGE', '今年九十多次门诊随访，全部完成。')).toEqual([]);
    expect(ofType('AGE', '外婆今年血压一直九十，偏低。')).toEqual([]);
  });

  it('ends a road address at the house number before 楼下, and keeps a compound building before it', () => {
    expect(ofType('ADDRESS', '我7点到朝阳区安平路52号楼下等你')).toEqual(['朝阳区安平路52号']);
    // Hard negative: a numbered building inside an estate is the building.
    expect(ofType('ADDRESS', '住址：朝阳区安平路52号康宁小区3号楼下')).toEqual([
      '朝阳区安平路52号康宁小区3号楼',
    ]);
  });

  it("reads a delivery room opening a handover line with a colon before the woman's name", () => {
    expect(ofType('MRN', '3号产房：某某某，G2P1，宫口开5 cm')).toEqual(['3']);
    // Hard negative: a room said to be empty.
    expect(ofType('MRN', '4号产房：空，已消毒')).toEqual([]);
  });

  it("reads a gastroscopy's and a colonoscopy's own numbers", () => {
    expect(ofType('MRN', '送检：胃体活检2块（胃镜号GJ-A-2207）')).toEqual(['GJ-A-2207']);
    expect(ofType('MRN', '肠镜号：CJ2611093')).toEqual(['CJ2611093']);
    // Hard negative: a scope's model is no patient's number.
    expect(ofType('MRN', '胃镜编号：GIF-H290，已消毒')).toEqual([]);
  });

  it('reads a room of four digits and its bed after a hyphen as one bed label', () => {
    expect(ofType('MRN', '小姨：二舅转到骨科了，1512-3床。')).toEqual(['1512-3']);
    // Hard negatives: four digits before 床 alone, and a year.
    expect(ofType('MRN', '全院共1512床。')).toEqual([]);
    expect(ofType('MRN', '2026-3月床旁复查')).toEqual([]);
  });

  it("reads a header line's opening name before its sex and age fields whatever the surname", () => {
    expect(ofType('PERSON', '眼科门诊\n玄明浩　男　58岁　门诊号略')).toEqual(['玄明浩']);
    expect(ofType('PERSON', '病程记录\n太秀妍，女，44岁，朝鲜族')).toEqual(['太秀妍']);
    expect(ofType('PERSON', '康复科门诊\n次仁多吉　男　23岁')).toEqual(['次仁多吉']);
    // Hard negatives: a role word opening the line, and a surname with an elder's address (the surname alone).
    expect(ofType('PERSON', '门诊记录\n患者，男，52岁，右膝痛')).toEqual([]);
    expect(ofType('PERSON', '产妇　女　31岁')).toEqual([]);
    expect(ofType('PERSON', '中医门诊\n玄阿婆，女，九十一岁')).not.toContain('玄阿婆');
  });

  it('leaves a childhood infection and a fasting value unread as names', () => {
    expect(ofType('PERSON', '病后3个月内暂缓麻疹、水痘等活疫苗。')).toEqual([]);
    expect(ofType('PERSON', '医生：空腹和餐后2小时都偏高。')).toEqual([]);
    // Hard negative: a person surnamed 麻 is still read.
    expect(ofType('PERSON', '患者：麻秀英，女，60岁')).toEqual(['麻秀英']);
  });
});
