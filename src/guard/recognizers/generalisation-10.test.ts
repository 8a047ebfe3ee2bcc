import { describe, expect, it } from 'vitest';
import { textsOfType } from '../testing/recognized.ts';

/**
 * One test per class of Chinese personal data the round-13 set showed the recognizers missing (after
 * it had been measured fresh), each with a hard negative. The examples are made up here, not taken
 * from any labelled set.
 */
const ofType = textsOfType;

describe('names before titles, after roles and in brackets (zh)', () => {
  it('reads a full name with rarer given characters before a title after punctuation, not a prefix of the title', () => {
    expect(ofType('PERSON', '出席：柏砚舟主任、蓝芮副主任医师')).toEqual(['柏砚舟', '蓝芮']);
    expect(ofType('PERSON', '应答药师：请稍候')).toEqual([]);
  });
  it('reads a name after a second-line role, a department or a follow-up worker', () => {
    expect(ofType('PERSON', '已电话告知二线郜振医生')).toEqual(['郜振']);
    expect(ofType('PERSON', '请联系眼科蒉明远医生')).toEqual(['蒉明远']);
    expect(ofType('PERSON', '随访员晏秋菊电话随访')).toEqual(['晏秋菊']);
    expect(ofType('PERSON', '受血者苗建平 血型A')).toEqual(['苗建平']);
  });
  it('stops a name before 知情', () => {
    expect(ofType('PERSON', '家属宁海波知情同意')).toEqual(['宁海波']);
  });
  it('reads a name opening the brackets after a role word, and a pet name marked as one', () => {
    expect(ofType('PERSON', '药师（阚立新，药剂科）：可以同服')).toEqual(['阚立新']);
    expect(ofType('PERSON', '宝宝 豆豆（小名）')).toEqual(['豆豆']);
    expect(ofType('PERSON', '医生（值班）：已查看')).toEqual([]);
  });
});

describe('addresses, beds and phones (zh)', () => {
  it('reads a quarter named without a suffix before its house number', () => {
    expect(ofType('ADDRESS', '住址：成都市武侯区磨子桥16号2栋803。')).toEqual([
      '成都市武侯区磨子桥16号2栋803',
    ]);
  });
  it('does not read an empty bed after a colon, or a number opening with 000 as a landline', () => {
    expect(ofType('MRN', '留观5床：空；留观6床 孔祥云')).toEqual(['6']);
    expect(ofType('PHONE', '就诊ID 0007731245')).toEqual([]);
    expect(ofType('PHONE', '科室电话 0571-87651234')).toEqual(['0571-87651234']);
  });
  it('reads a room written in lower case', () => {
    expect(ofType('MRN', 'Seen: Marisol Quint rm 512 c/o dizziness', 'en')).toEqual(['512']);
  });
});
