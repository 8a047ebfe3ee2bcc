import { describe, expect, it } from 'vitest';
import { textsOfType } from '../testing/recognized.ts';

/**
 * One test per class of Chinese personal data the round-17 set showed the recognizers missing (after
 * it had been measured fresh), each with a hard negative. The examples are made up here, not taken
 * from any labelled set.
 */
const ofType = textsOfType;

describe('family-chat nicknames, dotted names and account names (zh)', () => {
  it('reads nickname-form speakers in a family chat even when they speak once', () => {
    const chat = '【家人群】\n二姐：爸今天做完检查了\n阿辰：几点出结果？\n妈：下午\n果果：我去接';
    expect(ofType('PERSON', chat)).toEqual(['阿辰', '果果']);
    expect(ofType('PERSON', '客服：您好\n用户：我想改约\n客服：好的')).toEqual([]);
  });
  it('stops a dotted name before a field word glued after it, but keeps 都 inside a name', () => {
    expect(ofType('PERSON', '家属古丽米拉·吐尔洪电话见上')).toEqual(['古丽米拉·吐尔洪']);
    expect(ofType('PERSON', '患者：阿依努尔·阿不都热西提，女')).toEqual(['阿依努尔·阿不都热西提']);
  });
  it('reads an app user name as an account, not a person; a bank account holder stays a person', () => {
    expect(ofType('ACCOUNT', '用户名：橘子汽水')).toEqual(['橘子汽水']);
    expect(ofType('PERSON', '用户名：橘子汽水')).toEqual([]);
    expect(ofType('PERSON', '户名：沈丽华')).toEqual(['沈丽华']);
  });
  it('stops a name before 手机 and does not read a listed sign or a generic place', () => {
    expect(ofType('PERSON', '（治疗室护士冉晴手机）')).toEqual(['冉晴']);
    expect(ofType('PERSON', '发热5天、皮疹、结膜充血')).toEqual([]);
    expect(ofType('ADDRESS', '转回居住地社区卫生服务中心随访')).toEqual([]);
  });
});
