import { describe, expect, it } from 'vitest';
import { textsOfType } from '../testing/recognized.ts';

/**
 * One test per class of Chinese personal data the round-26 set showed the recognizers missing or
 * over-reading (after it had been measured fresh), each with a hard negative. The examples are made up
 * here, not taken from any labelled set.
 */
const ofType = textsOfType;

describe('round-26 classes (zh)', () => {
  it('reads a name right before its sex and age between commas, whatever comes before it', () => {
    expect(ofType('PERSON', '心内科昨日收住庞春梅，女，88岁，因胸闷入院')).toEqual(['庞春梅']);
    expect(ofType('PERSON', '会诊单\n格桑拉姆，女，52岁，门巴族')).toEqual(['格桑拉姆']);
    expect(ofType('PERSON', '今日门诊就诊，男，45岁，无特殊')).toEqual([]);
  });
  it('reads the name before an age in Chinese numerals', () => {
    expect(ofType('PERSON', '出院小结：7床卫春生，男，九十一岁')).toEqual(['卫春生']);
  });
  it('reads a solar term given as a name after a staff role, not as a time', () => {
    expect(ofType('PERSON', '危急值已报告｜护士惊蛰复述确认')).toEqual(['惊蛰']);
    expect(ofType('PERSON', '由护工处暑协助进食')).toEqual(['处暑']);
    expect(ofType('PERSON', '下次随访 12月3日｜康复师 秋分')).toEqual(['秋分']);
    expect(ofType('PERSON', '值班人员：芒种')).toEqual(['芒种']);
    expect(ofType('PERSON', '护士冬至前休假，医生立春后复诊')).toEqual([]);
  });
  it('reads a child named by a parent speaking in a chat, not any baby', () => {
    expect(ofType('PERSON', '米团妈妈：孩子还在咳\n邝医生：咳嗽有痰吗？\n米团妈妈：有')).toEqual([
      '米团',
      '邝',
      '米团',
    ]);
    expect(ofType('PERSON', '宝宝妈妈：孩子还在咳')).toEqual([]);
  });
  it('reads a Mongolian name after a Han surname', () => {
    expect(ofType('PERSON', '母亲白其其格代诉患儿咳嗽3天')).toEqual(['白其其格']);
  });
  it('reads a full name with a surname that is usually a word before a barred sex field', () => {
    expect(ofType('PERSON', '皮肤科门诊｜平建华｜男｜71岁')).toEqual(['平建华']);
    expect(ofType('PERSON', '皮肤科门诊｜常规复诊｜男｜71岁')).toEqual([]);
  });
  it('reads a Uyghur or Kazakh name standing alone as a role field’s value', () => {
    expect(ofType('PERSON', '医师：卢　护士：古再丽努尔')).toEqual(['卢', '古再丽努尔']);
    expect(ofType('PERSON', '责任护士：热依汗')).toEqual(['热依汗']);
    expect(ofType('PERSON', '医生：阿司匹林')).toEqual([]);
    expect(ofType('PERSON', '患者：伊马替尼')).toEqual([]);
  });
  it('reads Abdu- names and common Tibetan name elements', () => {
    const table = '床号  姓名      诊断\n7     阿布都力  肺炎\n8     于建明    心衰';
    expect(ofType('PERSON', table)).toEqual(['阿布都力', '于建明']);
    expect(ofType('MRN', table)).toEqual(['7', '8']);
    expect(ofType('PERSON', '经治医生：米玛')).toEqual(['米玛']);
    expect(ofType('PERSON', '接班助产士：央宗')).toEqual(['央宗']);
  });
  it('reads a given name that is also a word in the fields of a handover line', () => {
    expect(ofType('PERSON', '交班：谷雨　接班：詹可欣')).toEqual(['谷雨', '詹可欣']);
    expect(ofType('PERSON', '交班：稳定　接班：詹可欣')).toEqual(['詹可欣']);
    expect(ofType('PERSON', '交班：完成　接班：詹可欣')).toEqual(['詹可欣']);
  });
  it('reads a surname alone after 审核, a joiner surname ending its field, and one before a bracketed role', () => {
    expect(ofType('PERSON', '｜检验日期 2026-10-02｜审核 冷')).toEqual(['冷']);
    expect(ofType('PERSON', '检验者：石　审核：和')).toEqual(['石', '和']);
    expect(ofType('PERSON', '审核 通过｜')).toEqual([]);
    expect(ofType('PERSON', '审核：和家属商量后决定')).toEqual([]);
    expect(ofType('PERSON', '见证人：曾（护士）')).toEqual(['曾']);
  });
  it('does not read 言语 in a list of warning signs as a name', () => {
    expect(ofType('PERSON', '如出现头痛、言语含糊、肢体无力，立即就诊')).toEqual([]);
  });
  it('reads a child’s pet name in a question to the parent', () => {
    expect(ofType('PERSON', '医生：您好，是花卷的家长吗？家长：对，大名叫储思彤')).toEqual([
      '花卷',
      '储思彤',
    ]);
    expect(ofType('PERSON', '医生：您好，是孩子的家长吗？')).toEqual([]);
  });
  it('reads a road’s stretch named by a direction before the number', () => {
    expect(ofType('ADDRESS', '现住址：成都市武侯区人民南路北218号锦绣苑3栋501')).toEqual([
      '成都市武侯区人民南路北218号锦绣苑3栋501',
    ]);
    expect(ofType('ADDRESS', '沿中山路北侧步行可到')).toEqual([]);
  });
  it('does not read an empty bed, an unnamed patient’s bed or a kinship-named relative’s bed as a record number', () => {
    expect(ofType('MRN', '安排15床（16床为空床）')).toEqual(['15']);
    expect(ofType('MRN', '观察2床｜空\n观察3床｜身份不明女性，约50岁')).toEqual([]);
    expect(ofType('MRN', '夜班：11床、12床为空床')).toEqual([]);
    expect(ofType('MRN', '二哥：奶奶今天转到骨科了，25床')).toEqual([]);
    expect(ofType('MRN', '小峰：下午过去，住几楼？\n阿琴：住院部6楼21床')).toEqual([]);
    expect(ofType('MRN', '我奶奶林秀英住25床，麻烦查一下')).toEqual(['25']);
    expect(ofType('MRN', '家属：请问林秀英在几床？\n护士：25床')).toEqual(['25']);
  });
  it('reads a delivery room in Chinese numerals, not one said to be empty', () => {
    expect(ofType('MRN', '四号产房是季晓蕾，宫口开全；五号产房刚空下来')).toEqual(['四']);
  });
  it('does not read a payment’s or an order’s number as a record or insurance number', () => {
    expect(ofType('MRN', '支付流水号：20261002153300871')).toEqual([]);
    expect(ofType('INSURANCE_ID', '医保卡号：3301008812345　订单号：KD26100200871')).toEqual([
      '3301008812345',
    ]);
  });
  it('reads the dates of a dated log and of a weight record, not ranges of days', () => {
    expect(ofType('DATE', '夜间进食观察\n10-03 夜宵：未进食\n10-04 早餐：完成一半')).toEqual([
      '10-03',
      '10-04',
    ]);
    expect(ofType('DATE', '称重记录：体重 10-01 45.2 kg → 10-08 46.0 kg')).toEqual(['10-01', '10-08']);
    expect(ofType('DATE', '活动安排\n1-2 天 卧床\n3-5 天 下地')).toEqual([]);
  });
  it('reads a list of sessions by month and day, and a title line’s month and day, not lists of ranges', () => {
    expect(ofType('DATE', '既往治疗：9-21、9-24、9-28，耐受可')).toEqual(['9-21', '9-24', '9-28']);
    expect(ofType('DATE', '皮肤科复诊｜10-14｜患者 岑悦｜女')).toEqual(['10-14']);
    expect(ofType('DATE', '眼科门诊　10-14\n主诉：眼干')).toEqual(['10-14']);
    expect(ofType('DATE', '康复病程（SOAP）10-14\nS：')).toEqual(['10-14']);
    expect(ofType('DATE', '分组：1-10、11-20、21-30')).toEqual([]);
    expect(ofType('DATE', '评分：1-2、3-4')).toEqual([]);
  });
  it('reads a month of planned re-assessment, not the dates of works on the grounds', () => {
    expect(ofType('DATE', '建议：2027年4月复评')).toEqual(['2027年4月']);
    expect(ofType('DATE', '住院部停车场3月2日至3月9日路面翻修')).toEqual([]);
    expect(ofType('DATE', '（3月1日至3月3日）康复门诊休诊；3月4日起恢复门诊')).toEqual([]);
    expect(ofType('DATE', '3月1日至3月5日停用华法林，3月6日复查')).toEqual(['3月1日', '3月5日', '3月6日']);
  });
});
