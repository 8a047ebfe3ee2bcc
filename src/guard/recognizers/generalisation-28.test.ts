import { describe, expect, it } from 'vitest';
import { textsOfType } from '../testing/recognized.ts';

/**
 * One test per class of Chinese personal data the round-32 set showed the recognizers missing or
 * over-reading (after it had been measured fresh), each with a hard negative. The examples are made up
 * here, not taken from any labelled set.
 */
const ofType = textsOfType;

describe('round-32 classes (zh)', () => {
  it('reads a name after 侄孙 or 侄孙女, a grand-nephew or grand-niece', () => {
    expect(ofType('PERSON', '已电话通知其侄孙邵明轩到场')).toEqual(['邵明轩']);
    expect(ofType('PERSON', '侄孙女岑小雨来探视')).toEqual(['岑小雨']);
    expect(ofType('PERSON', '侄孙辈都在外地工作')).toEqual([]);
  });
  it('reads 妫 as a surname', () => {
    expect(ofType('PERSON', '随访：患者妫晓岚，女，45岁')).toEqual(['妫晓岚']);
    expect(ofType('PERSON', '患者自述在河边散步时摔倒')).toEqual([]);
  });
  it('reads the name after a kinship word that follows a cue, not the kinship word', () => {
    expect(ofType('PERSON', '因行动不便，委托孙子申屠远（身份证见附件）')).toEqual(['申屠远']);
    expect(ofType('PERSON', '因行动不便，委托孙子办理手续')).toEqual([]);
  });
  it('reads a name with a word-like surname after a kinship word and a blank', () => {
    expect(ofType('PERSON', '紧急联系人：母亲 容秀兰　13900001111')).toEqual(['容秀兰']);
    expect(ofType('PERSON', '父亲 薄海陪诊，诉头晕')).toEqual(['薄海']);
    expect(ofType('PERSON', '母亲 平素体健。女儿 和儿子都在')).toEqual([]);
  });
  it('reads a name in a barred cell after a person label or a signature, a word-like surname too', () => {
    expect(ofType('PERSON', '手术同意书｜患者｜伏丽娟｜住院号｜ZY-01')).toEqual(['伏丽娟']);
    expect(ofType('PERSON', '谈话记录\n护士签字｜全')).toEqual(['全']);
    expect(ofType('PERSON', '手术同意书｜患者｜全麻术后｜护士签字｜全部完成')).toEqual([]);
  });
  it("reads a department's staff member by surname alone after a blank, filling the field", () => {
    expect(ofType('PERSON', '报告者｜检验科 冷｜复核｜')).toEqual(['冷']);
    expect(ofType('PERSON', '标本：检验科 血｜已送')).toEqual([]);
  });
  it('reads a clinician speaking in a consultation by role and surname', () => {
    expect(ofType('PERSON', '问：宝宝咳嗽三天怎么办？\n医生蔺：多喝温水，观察体温。')).toEqual(['蔺']);
    expect(ofType('PERSON', '问：宝宝咳嗽三天怎么办？\n医生甲：多喝温水，观察体温。')).toEqual([]);
  });
  it('reads the name a relative gives for the patient after 我妈叫 or 他叫', () => {
    expect(ofType('PERSON', '护士：老人家叫什么名字？\n家属：我妈叫蓝秀英，今年八十了')).toEqual(['蓝秀英']);
    expect(ofType('PERSON', '护士：老人家叫什么名字？\n家属：她叫不上来，糊涂了')).toEqual([]);
  });
  it('reads an elder called by surname and 老伯 or 老太, then the full name in brackets', () => {
    expect(ofType('PERSON', '江老伯（江福全），男，93岁')).toEqual(['江', '江福全']);
    expect(ofType('PERSON', '邻居老伯（保安）帮忙叫的车')).toEqual([]);
  });
  it('reads a transliterated Turkic name after a kinship word or a bed and blanks', () => {
    expect(ofType('PERSON', '患者女儿帕孜丽耶在旁翻译。')).toEqual(['帕孜丽耶']);
    expect(ofType('PERSON', '7床  阿瓦尼汗   58岁  血压平稳')).toEqual(['阿瓦尼汗']);
    expect(ofType('PERSON', '患者女儿拜托护士翻译。')).toEqual([]);
    expect(ofType('PERSON', '7床  阿莫西林皮试阴性')).toEqual([]);
  });
  it('reads a pet name after a bed and a word for the child, before the full name', () => {
    expect(ofType('PERSON', '十二床小朋友豆包，大名柏子涵，咳嗽')).toEqual(['豆包', '柏子涵']);
    expect(ofType('PERSON', '这个小朋友很乖，大名叫什么')).toEqual([]);
  });
  it('reads the full name in its field before a bracketed pet name', () => {
    expect(ofType('PERSON', '儿科门诊｜邝晓东（小名东东）｜男｜5岁')).toEqual(['邝晓东', '东东']);
    expect(ofType('PERSON', '儿科门诊｜口腔科（小名东东）｜男')).toEqual(['东东']);
  });
  it('reads a name broken off at its surname and said again in full', () => {
    expect(ofType('PERSON', '十二床的甘、甘立新，夜里发热')).toEqual(['甘', '甘立新']);
    expect(ofType('PERSON', '张、王两位医生会诊')).toEqual([]);
  });
  it('reads a foreigner named in Latin letters after where they came from', () => {
    expect(ofType('PERSON', '还有那个瑞典来的Lars Ekdahl，明早做肠镜。')).toEqual(['Lars Ekdahl']);
    expect(ofType('PERSON', '那台德国来的Siemens设备明早检修。')).toEqual([]);
  });
  it('reads 槿 as a given-name character of a chat speaker who takes turns', () => {
    expect(ofType('PERSON', '群聊\n槿言：外婆今天转病房了\n小姨：好\n槿言：我晚上过去')).toEqual([
      '槿言',
      '槿言',
    ]);
    expect(ofType('PERSON', '群聊\n木槿：花开了\n小姨：好')).toEqual([]);
  });
  it('reads the month a drug was started', () => {
    expect(ofType('DATE', '2025年3月起口服二甲双胍')).toEqual(['2025年3月']);
    expect(ofType('DATE', '说明书2025年3月版，口服')).toEqual([]);
  });
  it("does not read a settlement's number as insurance on a bill", () => {
    expect(ofType('INSURANCE_ID', '医保卡号：6620112233\n医保统筹支付：1,200.00元')).toEqual(['6620112233']);
    expect(ofType('INSURANCE_ID', '医保统筹支付：1,200.00元\n结算单号：JS250301-0042')).toEqual([]);
  });
  it('reads an ICU number', () => {
    expect(ofType('MRN', 'ICU号：ICU-2503-017　转入：外科')).toEqual(['ICU-2503-017']);
    expect(ofType('MRN', '转入ICU观察　外科')).toEqual([]);
  });
  it('reads an emergency observation bed opening a line as 留 and its number, not an unnamed one', () => {
    expect(ofType('MRN', '留观交班\n留3｜江某某｜67岁')).toEqual(['3']);
    expect(ofType('MRN', '留观交班\n留5｜（姓名不详）男性')).toEqual([]);
  });
  it('reads a dictated bed only where corrected, and not one whose patient left', () => {
    expect(ofType('MRN', '十二床……不对，十三床的患者血压低')).toEqual(['十三']);
    expect(ofType('MRN', '二十六床出院了；')).toEqual([]);
  });
  it('reads a Russian passport: a two-digit series, a blank and seven digits', () => {
    expect(ofType('PASSPORT', '护照号：71 5520394')).toEqual(['71 5520394']);
    expect(ofType('PASSPORT', '电话：71 5520394')).toEqual([]);
  });
  it("reads a street's stretch before the number, and not a question where someone lives", () => {
    expect(ofType('ADDRESS', '住址：绵阳市涪城区临园路东段18号')).toEqual(['绵阳市涪城区临园路东段18号']);
    expect(ofType('ADDRESS', '护士：老人家住哪里？')).toEqual([]);
  });
  it('reads a delivery address carried to the next line with an estate named without a suffix', () => {
    expect(ofType('ADDRESS', '地址：昆明市盘龙区北京路88号\n云栖雅居3栋2单元501\n备注：无')).toEqual([
      '昆明市盘龙区北京路88号',
      '云栖雅居3栋2单元501',
    ]);
    expect(ofType('ADDRESS', '地址：昆明市盘龙区北京路88号\n复查时间3号上午')).toEqual([
      '昆明市盘龙区北京路88号',
    ]);
  });
});
