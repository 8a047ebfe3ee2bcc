import { describe, expect, it } from 'vitest';
import { textsOfType } from '../testing/recognized.ts';

/**
 * One test per class of Chinese personal data the round-44 set showed the recognizers missing or
 * over-reading (after it had been measured fresh), each with a hard negative. The examples are made up
 * here, not taken from any labelled set.
 */
const ofType = textsOfType;

describe('round-44 classes (zh)', () => {
  it('reads a 医保 or 长护险 number with a two-letter province prefix before its printed groups', () => {
    expect(ofType('INSURANCE_ID', '职工医保号：HN4301 0556 2210，自付比例20%')).toEqual(['HN4301 0556 2210']);
    expect(ofType('INSURANCE_ID', '长护险号 ZJ33 0102 7781 4\n护理等级：三级')).toEqual(['ZJ33 0102 7781 4']);
    expect(ofType('INSURANCE_ID', '医保类别：城乡居民 ZJ 报销 60 %')).toEqual([]);
  });
  it('does not take a visiting verb after a name as its last given character', () => {
    expect(ofType('PERSON', '19:30 外孙司马衡探视，带来水果')).toEqual(['司马衡']);
    expect(ofType('PERSON', '女儿柏芳看望后离院')).toEqual(['柏芳']);
    expect(ofType('PERSON', '下午家属探视，未诉不适')).toEqual([]);
  });
  it('trims a dotted name at 我是 before it and the language said of the person after it', () => {
    expect(ofType('PERSON', '医生好！我是阿孜古丽·依明的爸爸，想问复查')).toEqual(['阿孜古丽·依明']);
    expect(ofType('PERSON', '丈夫买合木提·吾斯曼汉语不好，由女儿翻译')).toEqual(['买合木提·吾斯曼']);
    expect(ofType('PERSON', '我是【门诊·预约】客服')).toEqual([]);
  });
  it('reads Mongolian names with the Odon, Dalai and Sirgüleng elements, also as chat speakers', () => {
    expect(ofType('PERSON', '记录者：敖敦高娃')).toEqual(['敖敦高娃']);
    const chat = '斯日古楞：阿爸明早抽血\n巴特达来：我送过去\n斯日古楞：好\n巴特达来：到了说';
    expect(ofType('PERSON', chat)).toEqual(['斯日古楞', '巴特达来', '斯日古楞', '巴特达来']);
    expect(ofType('PERSON', '快递已送达来院门口')).toEqual([]);
  });
  it('reads the name a form is to be filled in with', () => {
    expect(ofType('PERSON', '二姐：订饭时名字写房桂英就行')).toEqual(['房桂英']);
    expect(ofType('PERSON', '表格上名字写清楚，别潦草')).toEqual([]);
  });
  it('reads an older given name opened by 有 before a personal title in a notice', () => {
    expect(ofType('PERSON', '【社区卫生服务中心】郑有福先生：您的随访已安排')).toEqual(['郑有福']);
    expect(ofType('PERSON', '【社区卫生服务中心】您有先生的快递')).toEqual([]);
  });
  it('reads a record number given in the next chat turn after a question asking for it', () => {
    expect(ofType('MRN', '小姑：爸的门诊号是多少？挂号要用\n二哥：MZ2608-1173，卡在我这')).toEqual([
      'MZ2608-1173',
    ]);
    expect(ofType('MRN', '三叔：病案号多少？\n堂妹：55120987')).toEqual(['55120987']);
    expect(ofType('MRN', '妈：你手机号码多少？\n弟：13900001111')).toEqual([]);
  });
  it('reads an address on to a hospital building and its floor', () => {
    expect(ofType('ADDRESS', '地点：合肥市蜀山区长江西路88号住院楼7楼，请提前到')).toEqual([
      '合肥市蜀山区长江西路88号住院楼7楼',
    ]);
    expect(ofType('ADDRESS', '检查地点：福州市鼓楼区五四路20号医技楼B2。')).toEqual([
      '福州市鼓楼区五四路20号医技楼B2',
    ]);
    expect(ofType('ADDRESS', '请到门诊楼5楼抽血')).toEqual([]);
  });
  it('does not read a bed said to be empty today as a patient', () => {
    expect(ofType('MRN', '交班：9床今日空床，11床今天出院')).toEqual([]);
    expect(ofType('MRN', '交班：9床今天空腹抽血')).toEqual(['9']);
  });
  it('dates a procedure in the history by month before 曾行', () => {
    expect(ofType('DATE', '既往史：胆石症，2023年9月曾行腹腔镜胆囊切除')).toEqual(['2023年9月']);
    expect(ofType('DATE', '既往史：曾行阑尾切除，具体时间不详')).toEqual([]);
  });
});
