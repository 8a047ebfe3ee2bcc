import { describe, expect, it } from 'vitest';
import { textsOfType } from '../testing/recognized.ts';

/**
 * One test per class of Chinese personal data the round-29 set showed the recognizers missing or
 * over-reading (after it had been measured fresh), each with a hard negative. The examples are made up
 * here, not taken from any labelled set.
 */
const ofType = textsOfType;

describe('round-29 classes (zh)', () => {
  it('reads a name after a laboratory room as after a department', () => {
    expect(ofType('PERSON', '检验室郁沛珊电话报告危急值')).toEqual(['郁沛珊']);
    expect(ofType('PERSON', '心电图室查红霞电话通知结果')).toEqual(['查红霞']);
    expect(ofType('PERSON', '微生物室结果已发')).toEqual([]);
  });
  it('does not read 房 ending a place before a title as the surname 房', () => {
    expect(ofType('PERSON', '已告知病房护士，请加强巡视')).toEqual([]);
    expect(ofType('PERSON', '产房护士协助哺乳')).toEqual([]);
    expect(ofType('PERSON', '房护士协助哺乳')).toEqual(['房']);
  });
  it('reads a full name with an ambiguous surname in the cell after 姓名 and a bar', () => {
    expect(ofType('PERSON', '姓名｜贝玉珍｜门诊号｜MZ0412')).toEqual(['贝玉珍']);
    expect(ofType('PERSON', '床号｜姓名｜年龄｜诊断')).toEqual([]);
    expect(ofType('PERSON', '姓名｜常｜')).toEqual([]);
  });
  it('reads an older name ending in 来, 根, 发 or 财 before a barred sex field', () => {
    expect(ofType('PERSON', '骨科门诊｜池德根｜男｜88岁')).toEqual(['池德根']);
    expect(ofType('PERSON', '复诊｜甘进财｜男｜')).toEqual(['甘进财']);
    expect(ofType('PERSON', '复诊｜苗福来｜已结清')).toEqual([]);
  });
  it('reads a surname and a doubled given character after a kinship word, even where they make a word', () => {
    expect(ofType('PERSON', '陪诊｜外孙女白雪雪｜电话')).toEqual(['白雪雪']);
    expect(ofType('PERSON', '其女儿甘甜甜，在外地')).toEqual(['甘甜甜']);
    expect(ofType('PERSON', '女儿乖乖的，很配合')).toEqual([]);
  });
  it('reads a transliterated Turkic name opening with 阿 after a kinship word', () => {
    expect(ofType('PERSON', '患者的女儿阿依江在医院陪护')).toEqual(['阿依江']);
    expect(ofType('PERSON', '其儿子阿米尔，电话待补')).toEqual(['阿米尔']);
    expect(ofType('PERSON', '儿子阿莫西林过敏')).toEqual([]);
    expect(ofType('PERSON', '女儿阿姨家住附近')).toEqual([]);
  });
  it('reads a given-name speaker speaking once in a family chat where others take turns', () => {
    expect(
      ofType(
        'PERSON',
        '家里人\n振业：爸的片子取了\n二姨：辛苦\n沛珊：我明天去\n振业：好，@沛珊 带上病历\n小叔：收到',
      ),
    ).toEqual(['振业', '沛珊', '振业', '沛珊']);
    // No relative speaking by kinship word: a speaker heard once stays unread.
    expect(ofType('PERSON', '振业：爸的片子取了\n沛珊：我明天去\n振业：好，带上病历')).toEqual([]);
    expect(ofType('PERSON', '诊断：肺炎\n二姨：辛苦\n沛珊：我明天去\n诊断：肺炎')).toEqual([]);
  });
  it('reads an incubator named before its number in a cell as the newborn’s bed, not an empty one', () => {
    expect(ofType('MRN', '温箱4｜霍丽娟之女｜早产\n温箱5｜空')).toEqual(['4']);
    expect(ofType('MRN', '暖箱温度33.5｜湿度60%')).toEqual([]);
  });
  it('does not read a bed whose patient was transferred out or discharged as a patient’s bed', () => {
    expect(ofType('MRN', '夜班交接：12床今晨已转出；15床汤某，女')).toEqual(['15']);
    expect(ofType('MRN', '7床已出院，床单位终末消毒')).toEqual([]);
    expect(ofType('MRN', '9床邢某今日出院')).toEqual(['9']);
  });
});
