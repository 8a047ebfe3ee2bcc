import { describe, expect, it } from 'vitest';
import { textsOfType } from '../testing/recognized.ts';

/**
 * One test per class of Chinese personal data the round-16 set showed the recognizers missing (after
 * it had been measured fresh), each with a hard negative. The examples are made up here, not taken
 * from any labelled set.
 */
const ofType = textsOfType;

describe('names after carers, handover roles and letter openings (zh)', () => {
  it('reads names after a carer, glued handover roles and a supervisor label with 社区', () => {
    expect(ofType('PERSON', '陪同护理员欧阳晓，手机见上')).toEqual(['欧阳晓']);
    expect(ofType('PERSON', '交班人滕晓，接班人计雨萌。')).toEqual(['滕晓', '计雨萌']);
    expect(ofType('PERSON', '督导员：社区闫秀兰　电话见上')).toEqual(['闫秀兰']);
    expect(ofType('PERSON', '社区卫生服务中心随访')).toEqual([]);
  });
  it("reads the writer's parent after 家父 and stops the writer's name before 敬上", () => {
    expect(ofType('PERSON', '家父贺明远住院期间承蒙照顾')).toEqual(['贺明远']);
    expect(ofType('PERSON', '患者家属贺嘉敬上')).toEqual(['贺嘉']);
  });
  it('reads the name of a record keeper and a referring doctor', () => {
    expect(ofType('PERSON', '记录：童若溪')).toEqual(['童若溪']);
    expect(ofType('PERSON', '转诊医生：栾立群')).toEqual(['栾立群']);
    expect(ofType('PERSON', '记录：体温37.2℃')).toEqual([]);
  });
  it('keeps 小 with a given character as a chat nickname', () => {
    const chat = '大姐：爸怎么样？\n小芸：刚睡下\n二哥：明天谁去？\n小芸：我去';
    expect(ofType('PERSON', chat)).toEqual(['小芸', '小芸']);
  });
});

describe('test-lab numbers (zh)', () => {
  it('reads EEG, EMG, lung-function and bone-density numbers', () => {
    expect(ofType('MRN', '肺功能号：PF27-0112')).toEqual(['PF27-0112']);
    expect(ofType('MRN', '脑电图号：E2701-09')).toEqual(['E2701-09']);
  });
});
