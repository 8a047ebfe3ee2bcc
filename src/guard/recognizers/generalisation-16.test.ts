import { describe, expect, it } from 'vitest';
import { textsOfType } from '../testing/recognized.ts';

/**
 * One test per class of Chinese personal data the round-20 set showed the recognizers missing (after
 * it had been measured fresh), each with a hard negative. The examples are made up here, not taken
 * from any labelled set.
 */
const ofType = textsOfType;

describe('names in field rows, self-introductions, chats and pet names (zh)', () => {
  it('reads the name after a role label and one blank in a field row, Uyghur given names included', () => {
    expect(ofType('PERSON', 'B2611-30211/医师 帕提曼')).toEqual(['帕提曼']);
    expect(ofType('PERSON', '标本号 S7731｜患者 雒文清｜8床')).toEqual(['雒文清']);
    expect(ofType('PERSON', '患者 诉头痛两天')).toEqual([]);
  });
  it('reads a writer naming themself after "我是…的"', () => {
    expect(ofType('PERSON', '我是上个月在您这里拔智齿的郜婉宁，想问问')).toEqual(['郜婉宁']);
    expect(ofType('PERSON', '我是他的家属，想问问')).toEqual([]);
  });
  it('reads staff named by a service role and a nickname, and the nickname speakers they talk with', () => {
    const chat = '阿泽：请问周六能约吗？\n客服阿柚：可以的，上午还有号\n阿泽：那就上午\n客服阿柚：已登记';
    expect(ofType('PERSON', chat)).toEqual(['阿泽', '阿柚', '阿泽', '阿柚']);
    expect(ofType('PERSON', '客服：您好\n用户：我想退款\n客服：好的')).toEqual([]);
  });
  it('reads a pet name given in brackets after 家里叫他, and a doubled pet name before 妈妈', () => {
    expect(ofType('PERSON', '患儿柏子墨（家里叫他墩墩）今晨发热')).toEqual(['柏子墨', '墩墩']);
    expect(ofType('PERSON', '家长（果果妈妈）：孩子还在咳')).toEqual(['果果']);
    expect(ofType('PERSON', '网友@果果妈妈留言')).toEqual([]);
  });
  it('reads names after 兹有, a girlfriend or boyfriend and an assisting doctor', () => {
    expect(ofType('PERSON', '兹有柯雨桐，身份证号见附件')).toEqual(['柯雨桐']);
    expect(ofType('PERSON', '紧急联系人：男友邝子谦')).toEqual(['邝子谦']);
    expect(ofType('PERSON', '（助诊：庞晓）')).toEqual(['庞晓']);
  });
  it('marks only the surname when a title follows it after a strong label, and not 周末', () => {
    expect(ofType('PERSON', '接诊医师：覃主任')).toEqual(['覃']);
    expect(ofType('PERSON', '问问阎护士周末能不能探视')).toEqual(['阎']);
  });
});

describe('beds, observation bays, flats and planned care (zh)', () => {
  it('reads an observation bay heading a handover line, but not an unnamed patient’s', () => {
    expect(ofType('MRN', '留观2：邵德明，男，71岁')).toEqual(['2']);
    expect(ofType('MRN', '留观6：无名氏，男')).toEqual([]);
    expect(ofType('MRN', '留观3天后出院')).toEqual([]);
    expect(ofType('MRN', '5床那个宝宝还没登记名字')).toEqual([]);
  });
  it('ends an address at a flat number with its letter', () => {
    expect(ofType('ADDRESS', '家住广州市天河区棠下花园3栋12C。')).toEqual(['广州市天河区棠下花园3栋12C']);
  });
  it('reads a year and month of planned treatment', () => {
    expect(ofType('DATE', '下次治疗：2027年3月')).toEqual(['2027年3月']);
  });
});
