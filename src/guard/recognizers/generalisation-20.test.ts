import { describe, expect, it } from 'vitest';
import { textsOfType } from '../testing/recognized.ts';

/**
 * One test per class of Chinese personal data the round-24 set showed the recognizers missing (after
 * it had been measured fresh), each with a hard negative. The examples are made up here, not taken
 * from any labelled set.
 */
const ofType = textsOfType;

describe('names in handovers, sign-offs and brackets (zh)', () => {
  it('reads a pet name that classmates use, given in brackets', () => {
    expect(ofType('PERSON', '来访者：孔令仪（同学们叫她仪仪），女，14岁')).toEqual(['孔令仪', '仪仪']);
  });
  it('reads a pet name and the full name after 全名 or 学名, and after a bed', () => {
    expect(ofType('PERSON', '六床豆包，全名祁子安，2岁，肺炎')).toEqual(['豆包', '祁子安']);
    expect(ofType('PERSON', '九床布丁（韦思琪），腹泻')).toEqual(['布丁', '韦思琪']);
    expect(ofType('PERSON', '九床空着（待收）')).toEqual([]);
  });
  it('reads a surname alone after 报告, 复核 or 审核, and a rare surname alone', () => {
    expect(ofType('PERSON', '报告：郜　审核：尤文斌')).toEqual(['郜', '尤文斌']);
    expect(ofType('PERSON', '复核：司马')).toEqual(['司马']);
    expect(ofType('PERSON', '谈话医师：杞　家属签字')).toEqual(['杞']);
    expect(ofType('PERSON', '审核：通过')).toEqual([]);
  });
  it('reads a nickname as a nurse field’s whole value', () => {
    expect(ofType('PERSON', '操作：韩技师　护士：小茜')).toEqual(['韩', '小茜']);
  });
  it('reads staff named by role and surname in a list, and a short form right after a role', () => {
    expect(ofType('PERSON', '主刀医生蒋，器械护士小樊清点无误')).toEqual(['蒋', '樊']);
    expect(ofType('PERSON', '医生说，明天拆线')).toEqual([]);
  });
  it('reads a Uyghur name standing alone before a title', () => {
    expect(ofType('PERSON', '复诊请找——古丽米拉医生')).toEqual(['古丽米拉']);
  });
  it('does not read a form’s title or a verb before a kinship title as a name', () => {
    expect(ofType('PERSON', '手术知情（重）通知书')).toEqual([]);
    expect(ofType('PERSON', '【照顾爷爷群】')).toEqual([]);
  });
  it('reads names in a table whose cells are split by one full-width blank, skipping an empty bed', () => {
    const table = '床号　姓名　要点\n3　邬德兴　吸氧中\n5　　（空）\n8　卓玛　术后第一天';
    expect(ofType('PERSON', table)).toEqual(['邬德兴', '卓玛']);
    expect(ofType('MRN', table)).toEqual(['3', '8']);
  });
});

describe('ages and dates (zh)', () => {
  it('reads an age over 89 in Chinese numerals told as this year’s age', () => {
    expect(ofType('AGE', '外公今年都九十三了，还要做手术吗')).toEqual(['九十三']);
  });
  it('reads a month and day in the field after a clinician’s signature, not a range', () => {
    expect(ofType('DATE', '开单：钱医生｜10-27｜')).toEqual(['10-27']);
    expect(ofType('DATE', '王医生｜3-5｜')).toEqual([]);
  });
  it('does not read a hospital notice’s closure dates or a drug strength', () => {
    expect(ofType('DATE', '因电梯检修，11月9日暂停使用')).toEqual([]);
    expect(ofType('DATE', '雌二醇地屈孕酮片2/10，每日一片')).toEqual([]);
  });
});
