import { describe, expect, it } from 'vitest';
import { textsOfType } from '../testing/recognized.ts';

/**
 * One test per class of Chinese personal data the round-25 set showed the recognizers missing (after
 * it had been measured fresh), each with a hard negative. The examples are made up here, not taken
 * from any labelled set.
 */
const ofType = textsOfType;

describe('round-25 classes (zh)', () => {
  it('reads a pet name a grandparent uses, given in brackets', () => {
    expect(ofType('PERSON', '患儿：宁子墨（外婆叫他墨墨），4岁')).toEqual(['宁子墨', '墨墨']);
  });
  it('reads ambiguous surnames standing alone as a signed field’s value', () => {
    expect(ofType('PERSON', '复核：贝')).toEqual(['贝']);
    expect(ofType('PERSON', '主治医师：花')).toEqual(['花']);
    expect(ofType('PERSON', '结果：阴性')).toEqual([]);
  });
  it('reads a family chat’s given-name speaker who answers a one-character kinship speaker', () => {
    expect(ofType('PERSON', '【家人群】\n建业：爸怎么样\n妈：挺好\n建业：那就好')).toEqual(['建业', '建业']);
  });
  it('reads Mongolian and Uyghur names as a field’s value', () => {
    expect(ofType('PERSON', '康复治疗师：萨日娜')).toEqual(['萨日娜']);
    expect(ofType('PERSON', '交班：米热古丽')).toEqual(['米热古丽']);
  });
  it('reads a resuscitation bay opening a barred row, not an unnamed patient’s', () => {
    const text = '抢2｜邓国华｜男｜61岁｜胸痛\n抢3｜无名氏（男）｜车祸';
    expect(ofType('MRN', text)).toEqual(['2']);
  });
  it('reads a stimulator programming number as a record number', () => {
    expect(ofType('MRN', '程控号：DBS-0199　姓名：')).toEqual(['DBS-0199']);
  });
  it('does not read a receipt number or a building-works notice date as personal data', () => {
    expect(ofType('INSURANCE_ID', '医保结算｜收据号：0075512')).toEqual([]);
    expect(ofType('DATE', '因门诊楼电梯改造，12月2日起停用')).toEqual([]);
  });
});
