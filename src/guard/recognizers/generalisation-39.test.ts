import { describe, expect, it } from 'vitest';
import { textsOfType } from '../testing/recognized.ts';

/**
 * One test per class of Chinese personal data the round-43 set showed the recognizers missing or
 * over-reading (after it had been measured fresh), each with a hard negative. The examples are made up
 * here, not taken from any labelled set.
 */
const ofType = textsOfType;

describe('round-43 classes (zh)', () => {
  it('reads pharmacy collection and nuclear-medicine scan numbers as record numbers', () => {
    expect(ofType('MRN', '药袋：某某　取药号B112　请到3号窗口')).toEqual(['B112']);
    expect(ofType('MRN', '骨扫描（显像号ECT2605180031）示多发浓聚')).toEqual(['ECT2605180031']);
    expect(ofType('MRN', '显像剂注射后3小时扫描')).toEqual([]);
  });
  it('reads an extra bed opening a numbered list item before its patient and a colon', () => {
    expect(ofType('MRN', '交班：\n1. 12床柯某某：平稳\n2. 加4床邵文清：今晨发热')).toEqual(['12', '加4']);
    expect(ofType('MRN', '2. 加4床患者：夜间咳嗽')).toEqual(['4']);
  });
  it('reads a one-numeral bed in a dictated handover before its patient', () => {
    expect(ofType('MRN', '口述交班：\n五床邝建华，肺炎，体温已降。八床柴……柴玉琴，术后第一天。')).toEqual([
      '五',
      '八',
    ]);
    expect(ofType('MRN', '家属送来一床被子，放在柜子里。')).toEqual([]);
    expect(ofType('MRN', '落实一床一码，二床今天出院，')).toEqual([]);
  });
  it('reads a name broken off at a surname that is also a word, right after its bed', () => {
    expect(ofType('PERSON', '口述交班：\n六床常……常秀兰，心衰')).toEqual(['常', '常秀兰']);
    expect(ofType('PERSON', '5床常……常规检查已做')).toEqual([]);
  });
  it('reads a bed column holding the unit code in a Chinese handover table', () => {
    const table = '| 床号 | 姓名 | 诊断 |\n| CCU-02 | 宓文亮 | 心梗 |\n| CCU-04 | —— | 空床 |';
    expect(ofType('MRN', table)).toEqual(['CCU-02']);
  });
  it('reads a 社保 number whose first printed group is a six-digit area code', () => {
    expect(ofType('INSURANCE_ID', '社保卡号：420106 3318 5520　结算方式：医保')).toEqual([
      '420106 3318 5520',
    ]);
    expect(ofType('INSURANCE_ID', '医保类别：城乡居民　报销比例 60%')).toEqual([]);
  });
  it('reads a birth date in the lunar calendar after its year', () => {
    expect(ofType('DATE', '患者：我是一九三一年冬月十二生的')).toEqual(['一九三一年冬月十二']);
    expect(ofType('DATE', '生日：1940年正月初六')).toEqual(['1940年正月初六']);
    expect(ofType('DATE', '腊月初八喝腊八粥，正月里不剃头')).toEqual([]);
  });
  it('reads a landline with a four-digit area code and a 4-3 local number', () => {
    expect(ofType('PHONE', '科室电话：0937-6621 450（工作日）')).toEqual(['0937-6621 450']);
    expect(ofType('PHONE', '血压 130/80，编号2026-1123 456')).toEqual([]);
  });
  it('reads a screen name of characters and digits speaking more than once in a consultation', () => {
    const chat = '春天的风77：孩子咳嗽三天了\n药师：有没有发热？\n春天的风77：没有';
    expect(ofType('ACCOUNT', chat)).toEqual(['春天的风77', '春天的风77']);
    expect(ofType('ACCOUNT', '附件12：化验单\n附件12：影像')).toEqual([]);
  });
  it('does not read soy foods in a diet list as names', () => {
    expect(ofType('PERSON', '饮食：多吃鸡蛋、豆腐、豆浆，少吃咸菜')).toEqual([]);
    expect(ofType('PERSON', '患者豆丽华，女，60岁')).toEqual(['豆丽华']);
  });
  it('reads a name corrected after 姓名为', () => {
    expect(ofType('PERSON', '更正：患者姓名为韦秀莲，壮族')).toEqual(['韦秀莲']);
    expect(ofType('PERSON', '姓名为必填项')).toEqual([]);
  });
  it('reads a Tibetan name before the language a relative or therapist uses', () => {
    expect(ofType('PERSON', '其妻德吉卓玛只会藏语，由女儿翻译')).toEqual(['德吉卓玛']);
    expect(ofType('PERSON', '由康复师洛桑贡觉用藏语讲解')).toEqual(['洛桑贡觉']);
    expect(ofType('PERSON', '转回贡觉县人民医院')).toEqual([]);
  });
  it('reads an ambiguous surname alone before a clinician title as a speaker', () => {
    expect(ofType('PERSON', '患者：伤口有点痒\n常医生：这是愈合的表现')).toEqual(['常']);
    expect(ofType('PERSON', '家长：好的\n班主任：收到')).toEqual([]);
  });
  it('reads a clinician named by role and a word-like surname when the speaker opens several lines', () => {
    const chat = '用户：能停药吗\n药师沐：不建议自行停药\n用户：好\n药师沐：有问题再联系';
    expect(ofType('PERSON', chat)).toEqual(['沐', '沐']);
    expect(ofType('PERSON', '护士：协助患者沐浴，更换衣物')).toEqual([]);
  });
  it('reads a surname before an elder’s address broken off before a correction', () => {
    expect(ofType('PERSON', '评估：韦阿婆……更正：患者姓名为韦春兰')).toEqual(['韦', '韦春兰']);
  });
  it('reads a child’s doubled pet name or 阿 name right after the word for the child', () => {
    expect(ofType('PERSON', '宝宝叫果果，昨天打完疫苗')).toEqual(['果果']);
    expect(ofType('PERSON', '孙女阿悦陪她来的')).toEqual(['阿悦']);
    expect(ofType('PERSON', '孩子天天哭，宝宝乖乖，孩子嗷嗷叫')).toEqual([]);
  });
  it('reads a self-introduced full name whose surname and first given character make a word', () => {
    expect(ofType('PERSON', '医生您好，我是上周拔牙的宁可欣，想问复查时间')).toEqual(['宁可欣']);
    expect(ofType('PERSON', '我是昨天来看病的病人家，')).toEqual([]);
  });
});
