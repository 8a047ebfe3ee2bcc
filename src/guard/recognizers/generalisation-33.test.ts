import { describe, expect, it } from 'vitest';
import { textsOfType } from '../testing/recognized.ts';

/**
 * One test per class of Chinese personal data the round-37 set showed the recognizers missing or
 * over-reading (after it had been measured fresh), each with a hard negative. The examples are made up
 * here, not taken from any labelled set.
 */
const ofType = textsOfType;

describe('round-37 classes (zh)', () => {
  it('reads an age written with the traditional 歲', () => {
    expect(ofType('AGE', '病人：馮某某，男，96歲\n地址：')).toEqual(['96']);
    expect(ofType('AGE', '體重96公斤，步態不穩')).toEqual([]);
  });
  it('reads an age in Chinese numerals before 了 right after a kinship word', () => {
    expect(ofType('AGE', '三姐：奶奶九十六了，别让她一个人下楼')).toEqual(['九十六']);
    expect(ofType('AGE', '小舅：医生说爸九十一了，不建议手术')).toEqual(['九十一']);
    expect(ofType('AGE', '妈心率九十了，还要不要吃药')).toEqual([]);
  });
  it("reads an age in its own cell after a handover row's bed, name and sex", () => {
    expect(ofType('AGE', '5床｜上官秀英｜女｜96｜肺炎｜吸氧2L')).toEqual(['96']);
    expect(ofType('AGE', '5床｜上官秀英｜女｜SpO2｜96｜吸氧2L')).toEqual([]);
  });
  it('reads on past an empty bed whose tab-separated row stops after the bed', () => {
    const sheet = '床\t患者\t岁\t备注\n3\t庞某英\t92\t发热\n4\t（空）\n7\t诸葛淑芬\t95\t尿少';
    expect(ofType('MRN', sheet)).toEqual(['3', '7']);
    expect(ofType('AGE', sheet)).toEqual(['92', '95']);
  });
  it('reads form values after labels in square brackets', () => {
    const form =
      '【姓名】宇文桂兰　【性别】女\n【住院号】ZY7150432　【床位】8床\n【联系人】侄女宇文晓雯　电话见上';
    expect(ofType('PERSON', form)).toEqual(['宇文桂兰', '宇文晓雯']);
    expect(ofType('MRN', form)).toContain('ZY7150432');
    expect(ofType('PERSON', '【门诊医生】提醒您按时服药')).toEqual([]);
  });
  it('reads a dermoscopy image number', () => {
    expect(ofType('MRN', '术前皮肤镜图号 DS-310274，病灶约5mm')).toEqual(['DS-310274']);
    expect(ofType('MRN', '皮肤镜检查示3处色素痣')).toEqual([]);
  });
  it('reads the bed of a relative a chat goes on to name', () => {
    expect(ofType('MRN', '大姐：爸转到普通病房了，21床，登记爸的名字郑长庚就行')).toEqual(['21']);
    expect(ofType('MRN', '大姐：爸转到普通病房了，21床，下午能探视')).toEqual([]);
  });
  it('reads a month and day glued to the admission, discharge or review it dates', () => {
    expect(ofType('DATE', '住院号61230087｜10.28入院—11.09出院｜诊断：肺炎')).toEqual(['10.28', '11.09']);
    expect(ofType('DATE', '地址略｜12.15复查血常规')).toEqual(['12.15']);
    expect(ofType('DATE', '血钾 3.15复查')).toEqual([]);
  });
  it("reads a stay's range of months and days after 住院", () => {
    expect(ofType('DATE', '出险日期略｜住院 10-19 至 10-26（肺炎）｜')).toEqual(['10-19', '10-26']);
    expect(ofType('DATE', '每日 10-20 至 10-30 滴/分')).toEqual([]);
  });
  it("reads a specimen's received and reported days filling their fields", () => {
    expect(ofType('DATE', '报告医师 某某｜收到 10-13｜报告 10-17')).toEqual(['10-13', '10-17']);
    expect(ofType('DATE', '收到 10-13 份问卷后统计')).toEqual([]);
  });
  it('reads a day of a month named relative to now', () => {
    expect(ofType('DATE', '家属：他从上个月23号开始不想吃饭')).toEqual(['上个月23号']);
    expect(ofType('DATE', '下个月3号楼装修')).toEqual([]);
  });
  it('reads a month alone before 曾', () => {
    expect(ofType('DATE', '近半年常忘事，9月曾在商场走失一次')).toEqual(['9月']);
    expect(ofType('DATE', '术后3月曾出现切口渗液')).toEqual([]);
  });
  it("reads a month's ten-day part before a planned test", () => {
    expect(ofType('DATE', '药先吃着，1月下旬再抽血看看')).toEqual(['1月下旬']);
    expect(ofType('DATE', '本院1月下旬举办健康讲座')).not.toContain('1月下旬');
  });
  it("reads a month's beginning in Chinese numerals before the care it dates", () => {
    expect(ofType('DATE', '家母今年九十一岁，九月初因肺炎住进贵科')).toEqual(['九月初']);
    expect(ofType('DATE', '九月初步诊断为肺炎')).toEqual([]);
  });
  it('reads a day of the month before a time of day', () => {
    expect(ofType('DATE', '小弟：轮椅订好了，17号下午送到家里')).toEqual(['17号']);
    expect(ofType('DATE', '17号楼下午停水')).toEqual([]);
  });
  it('does not read the day a clinic moves from in a notice', () => {
    expect(ofType('DATE', '【通知】因电梯更换，康复科门诊自1月5日起临时搬至一楼西侧')).toEqual([]);
    expect(ofType('DATE', '患者1月5日起口服华法林')).toEqual(['1月5日']);
  });
  it('reads names with the surnames 玄 and 木, not the herbs and words they open', () => {
    expect(ofType('PERSON', '病历已审，经治医师玄明俊。')).toEqual(['玄明俊']);
    expect(ofType('PERSON', '｜建议复查｜报告：木秀兰')).toEqual(['木秀兰']);
    expect(ofType('PERSON', '加玄参10g、木香6g，患者木僵状态')).toEqual([]);
  });
  it("reads a dotted name before a clinician's title glued to it", () => {
    expect(ofType('PERSON', '主刀：买买提·吐尔洪主任医师　助手：略')).toEqual(['买买提·吐尔洪']);
    expect(ofType('PERSON', '【互联网医院·图文问诊】')).toEqual([]);
  });
  it('reads Uyghur names opening with 祖力 and Yi names before a carer verb', () => {
    expect(ofType('PERSON', '由外孙女祖力胡玛翻译，诉腰痛')).toEqual(['祖力胡玛']);
    expect(ofType('PERSON', '由女儿吉克阿果照顾，嘱定期复诊')).toEqual(['吉克阿果']);
    expect(ofType('PERSON', '祖力皮疹消退')).toEqual([]);
  });
  it("reads a surname alone before an elder's two-character address after a bed", () => {
    expect(ofType('PERSON', '二十三床凌阿婆，九十二岁，夜里要看着')).toEqual(['凌']);
    expect(ofType('PERSON', '十二床阿婆说口渴')).toEqual([]);
  });
  it('reads names after traditional-script titles and kinship words', () => {
    expect(ofType('PERSON', '馮國強醫生　2026年1月5日')).toEqual(['馮國強']);
    expect(ofType('PERSON', '電話：+852 9123 4567（女兒鄭美玲）')).toEqual(['鄭美玲']);
    expect(ofType('PERSON', '由兒子照顧')).toEqual([]);
  });
  it('reads a name after a visit verb before an ethnic note', () => {
    expect(ofType('PERSON', '今日上门访视田秀珍（苗族，女，93岁）')).toEqual(['田秀珍']);
    expect(ofType('PERSON', '今日上门访视（苗族村寨）')).toEqual([]);
  });
  it('reads a name with a usually-a-word surname before an ethnic-group cell and the sex', () => {
    expect(ofType('PERSON', '｜门诊号 123456｜和丽萍｜纳西族｜女｜61岁｜')).toEqual(['和丽萍']);
    expect(ofType('PERSON', '｜和平路｜汉族｜女｜')).toEqual([]);
  });
  it("reads a clinician's surname alone before the signing date", () => {
    expect(ofType('PERSON', '家属电话：略　医师：况　2026/01/05')).toEqual(['况']);
    expect(ofType('PERSON', '医师：况且不行')).toEqual([]);
  });
  it('reads a relative named in brackets after the kinship word, before her age', () => {
    expect(ofType('PERSON', '另外我爸爸（鲁国华，91岁）也想复查')).toEqual(['鲁国华']);
    expect(ofType('PERSON', '儿子（高中生，男）陪同')).toEqual([]);
  });
  it('reads the name told after 的名字', () => {
    expect(ofType('PERSON', '护士说报奶奶的名字柏秀芝就行')).toEqual(['柏秀芝']);
    expect(ofType('PERSON', '孩子的名字还没起')).toEqual([]);
  });
  it('reads a full name whose middle character often ends a run, after a kinship word', () => {
    expect(ofType('PERSON', '家父秦从德今年九十岁')).toEqual(['秦从德']);
    expect(ofType('PERSON', '家父秦从小体弱')).toEqual([]);
  });
  it("reads chats: a title line is no speaker, a doubled pet name and 妈 is one, a department's staff is one", () => {
    const chat = '群聊：姥姥住院\n豆豆妈：护工找好了\n小舅：好\n豆豆妈：@小舅 明天你去';
    expect(ofType('PERSON', chat)).toEqual(['豆豆妈', '豆豆妈']);
    expect(ofType('PERSON', '宝宝妈：你好\n群聊：你好')).toEqual([]);
    expect(ofType('PERSON', '呼吸科：夜间无创通气。\n营养科柏可：建议加餐。')).toEqual(['柏可']);
  });
  it('does not read the left side of a body part as a name', () => {
    expect(ofType('PERSON', '部位：左耳廓；病理待回')).toEqual([]);
    expect(ofType('PERSON', '主刀：左丽华')).toEqual(['左丽华']);
  });
  it('reads a login speaking twice in a Chinese chat as an account', () => {
    const chat = '「家属群」\nmoon_li88：请问12床家属在吗？\n大鹏：在\nmoon_li88：好的';
    expect(ofType('ACCOUNT', chat)).toEqual(['moon_li88', 'moon_li88']);
    expect(ofType('ACCOUNT', 'bp_sys：120\n心率：80')).toEqual([]);
  });
});
