import { describe, expect, it } from 'vitest';
import { textsOfType } from '../testing/recognized.ts';

/**
 * One test per class of Chinese personal data the round-14 set showed the recognizers missing (after
 * it had been measured fresh), each with a hard negative. The examples are made up here, not taken
 * from any labelled set.
 */
const ofType = textsOfType;

describe('names in running text, SMS and handovers (zh)', () => {
  it('reads a dotted name after a cue inside a sentence, up to the verb after it', () => {
    expect(ofType('PERSON', '现授权我的女儿古丽娜·吐尔逊代为办理出院手续')).toEqual(['古丽娜·吐尔逊']);
    expect(ofType('PERSON', '本人热依拉·阿不都（身份证见附件）')).toEqual(['热依拉·阿不都']);
    expect(ofType('PERSON', '【门诊部·预约中心】')).toEqual([]);
  });
  it('reads a name after an SMS tag, after 的 that describes the writer, and a given name before 先生', () => {
    expect(ofType('PERSON', '【社区卫生中心】蒋慧玲您好，请于周五复查。')).toEqual(['蒋慧玲']);
    expect(ofType('PERSON', '我是昨天来拔牙的鲁晓东，想问能不能刷牙')).toEqual(['鲁晓东']);
    expect(ofType('PERSON', '尊敬的子墨先生，您的报告已出')).toEqual(['子墨']);
  });
  it('reads names after a department and before 交给 or 致电, and after a coordinator', () => {
    expect(ofType('PERSON', '——骨科郑立新交给夜班')).toEqual(['郑立新']);
    expect(ofType('PERSON', '协调员牛晓彤致电家属')).toEqual(['牛晓彤']);
    expect(ofType('PERSON', '请在术前告诉麻醉医生')).toEqual([]);
  });
});

describe('record numbers and beds (zh)', () => {
  it('reads radiotherapy and registry numbers and a clinic card with a letter prefix', () => {
    expect(ofType('MRN', '放疗号：RT27-0031')).toEqual(['RT27-0031']);
    expect(ofType('MRN', '（骨髓库编号CMDP-88-0012345）')).toEqual(['CMDP-88-0012345']);
    expect(ofType('MRN', '就诊卡：MZ2203341')).toEqual(['MZ2203341']);
  });
  it('does not read the bed of an unnamed patient', () => {
    expect(ofType('MRN', '抢救2床是个无名氏，已报警。')).toEqual([]);
  });
});
