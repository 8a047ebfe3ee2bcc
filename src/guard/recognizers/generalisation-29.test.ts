import { describe, expect, it } from 'vitest';
import { textsOfType } from '../testing/recognized.ts';

/**
 * One test per class of Chinese personal data the round-33 set showed the recognizers missing or
 * over-reading (after it had been measured fresh), each with a hard negative. The examples are made up
 * here, not taken from any labelled set.
 */
const ofType = textsOfType;

describe('round-33 classes (zh)', () => {
  it('reads a name after a great-grandchild or a sibling in the third person (曾孙, 其妹, 其兄)', () => {
    expect(ofType('PERSON', '曾孙邝一鸣陪同复诊')).toEqual(['邝一鸣']);
    expect(ofType('PERSON', '已电话告知其兄上官宏，明早到院')).toEqual(['上官宏']);
    expect(ofType('PERSON', '曾孙辈均在外地')).toEqual([]);
  });
  it('reads both members of a couple named together after 夫妻双方', () => {
    expect(ofType('PERSON', '夫妻双方韩东、裴晓雯均已签字')).toEqual(['韩东', '裴晓雯']);
    expect(ofType('PERSON', '夫妻双方同意产前诊断')).toEqual([]);
  });
  it('reads the patient a ward takes in after 收治', () => {
    expect(ofType('PERSON', '昨夜收治郁秋萍，91岁，跌倒后髋部疼痛')).toEqual(['郁秋萍']);
    expect(ofType('PERSON', '本科收治范围包括老年骨折')).toEqual([]);
  });
  it('reads common Mongolian and Uyghur name elements (巴图, 孟克, 乌恩, 萨日朗, 古丽)', () => {
    expect(ofType('PERSON', '外孙巴图额尔敦陪护')).toEqual(['巴图额尔敦']);
    expect(ofType('PERSON', '曾孙乌恩来探视')).toEqual(['乌恩']);
    expect(ofType('PERSON', '外孙巴不得早点出院')).toEqual([]);
  });
  it('reads a name opening its field before a bracket giving the ethnic group or a parent of another country', () => {
    expect(ofType('PERSON', '超声报告｜次仁（藏族）｜门诊号 88')).toEqual(['次仁']);
    expect(ofType('PERSON', '随访｜邬可馨（母亲为法国人）｜9岁')).toEqual(['邬可馨']);
    expect(ofType('PERSON', '宣教｜病友（藏族居多）｜饮食')).toEqual([]);
  });
  it('reads a name in Latin letters after 英文名', () => {
    expect(ofType('PERSON', '其英文名为Leo Hartley，在国际学校读书')).toEqual(['Leo Hartley']);
    expect(ofType('PERSON', '药品英文名Aspirin Tablets，见说明书')).toEqual([]);
  });
  it('does not read a nationality in brackets after a foreign name as the name again', () => {
    expect(ofType('PERSON', '陪同：女婿Luca Ferrari（瑞士籍）、女儿冼楚')).toEqual(['Luca Ferrari', '冼楚']);
    expect(ofType('PERSON', '陪同：女婿Luca Ferrari（德国）、女儿冼楚')).not.toContain('德国');
    expect(ofType('PERSON', '陪同：女婿Luca Ferrari（卢卡）、女儿冼楚')).toContain('卢卡');
  });
  it('reads a five-character transliterated name under a name header', () => {
    expect(ofType('PERSON', '床号  姓名     年龄\n2     帕提曼古丽   63\n4     空床')).toEqual([
      '帕提曼古丽',
    ]);
    expect(ofType('PERSON', '床号  姓名     年龄\n2     王主任查房中   63')).not.toContain('王主任查房中');
  });
  it('reads a resuscitation bay after a bar as the bed, not an unnamed patient’s', () => {
    expect(ofType('MRN', '抢救室｜抢4：应秀珍，86岁｜抢6：无名氏女')).toEqual(['4']);
    expect(ofType('MRN', '抢救室｜抢4｜已转ICU')).toEqual([]);
  });
  it('reads prenatal-diagnosis and genetic-counselling numbers as MRN', () => {
    expect(ofType('MRN', '产前诊断号 PD-27-0093｜羊穿已约')).toEqual(['PD-27-0093']);
    expect(ofType('MRN', '遗传咨询编号：YC260118')).toEqual(['YC260118']);
    expect(ofType('MRN', '产前诊断需空腹')).toEqual([]);
  });
  it('reads a month opening its clause before the review it dates', () => {
    expect(ofType('DATE', '处理：补钙，3月复查骨密度。')).toEqual(['3月']);
    expect(ofType('DATE', '术后3月复查骨密度')).toEqual([]);
  });
  it('does not read a spinal level as a date', () => {
    expect(ofType('DATE', '复查 MRI：颈5/6椎间盘膨出')).toEqual([]);
    expect(ofType('DATE', '复查 5/6，带片子')).toEqual(['5/6']);
  });
  it('reads a Western surname in transliteration after 尊敬的 and before a title', () => {
    expect(ofType('PERSON', '尊敬的布朗教授：\n感谢您接诊')).toEqual(['布朗']);
    expect(ofType('PERSON', '尊敬的德国医生：')).toEqual([]);
  });
  it('reads two chat speakers called by 阿 or a doubled character taking turns', () => {
    expect(ofType('PERSON', '阿锋：爸的片子拿了\n朵朵：我下午去\n阿锋：好')).toEqual([
      '阿锋',
      '朵朵',
      '阿锋',
    ]);
    expect(ofType('PERSON', '小结：生命体征平稳\n小计：两项\n小结：继续观察')).toEqual([]);
  });
  it("reads an SMS reader's given name right after the sender's tag", () => {
    expect(ofType('PERSON', '【社区卫生服务中心】思彤您好，请于周五前来体检')).toEqual(['思彤']);
    expect(ofType('PERSON', '【社区卫生服务中心】家长您好，请于周五前来体检')).toEqual([]);
  });
  it('reads a surname broken off after 那个 or a bed and the name said again in full', () => {
    expect(ofType('PERSON', '然后九床那个鲍……鲍永胜，今天拔管')).toEqual(['鲍', '鲍永胜']);
    expect(ofType('PERSON', '那个王……王什么来着，记不清了')).toEqual([]);
  });
  it("reads the full name after 就是 following a bed's pet name, even when it reads as a word", () => {
    expect(ofType('PERSON', '二十床小朋友丸子，就是明月华，今天出院')).toEqual(['丸子', '明月华']);
    expect(ofType('PERSON', '二十床小朋友丸子，就是发热，今天好了')).toEqual([]);
  });
  it("does not read a notice's car-park closure range, the second day given alone", () => {
    expect(ofType('DATE', '因道路维修，3月2日至9日北门停车场暂停使用')).toEqual([]);
    expect(ofType('DATE', '患者3月2日至9日住院，停车场在北门')).toEqual(['3月2日']);
  });
});
