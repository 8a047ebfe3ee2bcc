import { describe, expect, it } from 'vitest';
import { textsOfType } from '../testing/recognized.ts';

/**
 * One test per class of Chinese personal data the round-40 set showed the recognizers missing or
 * over-reading (after it had been measured fresh), each with a hard negative. The examples are made up
 * here, not taken from any labelled set.
 */
const ofType = textsOfType;

describe('round-40 classes (zh)', () => {
  it('reads Tibetan, Uyghur and Mongolian names with the elements 坚参, 米合日, 阿依, 额尔德尼 and 吉雅', () => {
    expect(ofType('PERSON', '术后第2天，次仁坚参主任查房：伤口干燥')).toEqual(['次仁坚参']);
    expect(ofType('PERSON', '陪护：孙女米合日古丽，电话见首页')).toEqual(['米合日古丽']);
    expect(ofType('PERSON', '（家属额尔德尼巴图）')).toEqual(['额尔德尼巴图']);
    expect(ofType('PERSON', '本人巴特尔，系患者乌云吉雅的儿子')).toContain('乌云吉雅');
    // Words around those characters name no one.
    expect(ofType('PERSON', '主任查房后嘱坚持参加康复训练')).toEqual([]);
  });
  it('reads the compound surname 贺兰 with a two-character given name', () => {
    expect(ofType('PERSON', '11月20日家属贺兰俊豪（电话另附）到院')).toEqual(['贺兰俊豪']);
    expect(ofType('PERSON', '患者述老家在宁夏贺兰山下')).toEqual([]);
  });
  it('ends a name before 随访 said of the person', () => {
    expect(ofType('PERSON', '社区医生周敏随访，血压控制可')).toEqual(['周敏']);
    expect(ofType('PERSON', '社区医生随访，血压控制可')).toEqual([]);
  });
  it('reads a name before 老先生 without the 老, a rarer given character too', () => {
    expect(ofType('PERSON', '电话回访：鲁舟老先生，92岁，口角歪斜好转')).toEqual(['鲁舟']);
    expect(ofType('PERSON', '电话回访：老先生精神可，口角歪斜好转')).toEqual([]);
  });
  it('reads a month and day glued to an admission after 于 and to an onset', () => {
    expect(ofType('DATE', '因"胸痛2小时"于11-09入院')).toEqual(['11-09']);
    expect(ofType('DATE', '门诊号略，11-14起病，11-19来诊')).toContain('11-14');
    expect(ofType('DATE', '患儿于11-15岁发病的说法不确切')).toEqual([]);
  });
  it("reads a note's date in brackets after its heading", () => {
    expect(ofType('DATE', '日常病程记录（11.21）：患者诉睡眠差')).toEqual(['11.21']);
    expect(ofType('DATE', '出入量记录（1.5小时）：尿量300ml')).toEqual([]);
  });
  it('reads a bare 编号 in an aside after a comma as a record number', () => {
    expect(ofType('MRN', '患者（狗咬伤，Ⅲ级暴露，编号20261188）已接种第2针')).toEqual(['20261188']);
    expect(ofType('MRN', '已完成，编号规则见附件')).toEqual([]);
  });
  it('reads the address where an institution stands when the chain reaches a house number', () => {
    expect(ofType('ADDRESS', '已联系浙江省杭州市西湖区文三路388号的康复医院接收')).toEqual([
      '浙江省杭州市西湖区文三路388号',
    ]);
    expect(ofType('ADDRESS', '第3针在河北省保定市竞秀区朝阳街道东风路71号社区卫生服务中心完成')).toEqual([
      '河北省保定市竞秀区朝阳街道东风路71号',
    ]);
    expect(ofType('ADDRESS', '已联系浙江省杭州市西湖区人民医院接收')).toEqual([]);
    expect(ofType('ADDRESS', '送至中山路12号医院')).toEqual([]);
  });
});
