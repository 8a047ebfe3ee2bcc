import { describe, expect, it } from 'vitest';
import { textsOfType } from '../testing/recognized.ts';

/**
 * One test per class of Chinese personal data the round-36 set showed the recognizers missing or
 * over-reading (after it had been measured fresh), each with a hard negative. The examples are made up
 * here, not taken from any labelled set.
 */
const ofType = textsOfType;

describe('round-36 classes (zh)', () => {
  it('reads Dai names of 岩 or 玉 and given characters where the text says the person is Dai', () => {
    expect(ofType('PERSON', '急诊收治：岩保龙，傣族，男，93岁')).toEqual(['岩保龙']);
    expect(ofType('PERSON', '老人只会说傣语，女儿玉罕在旁翻译')).toEqual(['玉罕']);
    expect(ofType('PERSON', '傣族，颈部岩石样硬结，玉米过敏')).toEqual([]);
    expect(ofType('PERSON', '女儿玉罕在旁翻译')).toEqual([]);
  });
  it('reads a Dai village written 寨子 before its house number', () => {
    expect(ofType('ADDRESS', '家住勐海县勐混镇曼勒寨子15号。')).toEqual(['勐海县勐混镇曼勒寨子15号']);
    expect(ofType('ADDRESS', '寨子里的老人都来探视了')).toEqual([]);
  });
  it('reads a home address after a bare 住 or 回 that opens with a city the gazetteer lacks', () => {
    expect(ofType('ADDRESS', '我们住利川市清江大道丹桂苑3栋802。')).toEqual(['利川市清江大道丹桂苑3栋802']);
    expect(ofType('ADDRESS', '由儿子陪同回琼海市嘉积镇椰林路6巷3号，嘱复诊')).toEqual([
      '琼海市嘉积镇椰林路6巷3号',
    ]);
    expect(ofType('ADDRESS', '患者住院期间回县医院复查3次，住市中心医院3楼')).toEqual([]);
  });
  it("reads a month and day closing a line after a clinician's signature", () => {
    expect(ofType('DATE', '处方医师：钭　11/19')).toEqual(['11/19']);
    expect(ofType('DATE', '医师 郗｜10-28\n下次复诊')).toEqual(['10-28']);
    expect(ofType('DATE', '医师建议：剂量减为 1/2')).toEqual([]);
  });
  it('reads a month and day before a time of day in words', () => {
    expect(ofType('DATE', '申请人：符立群（11/20 下午3点）')).toEqual(['11/20']);
    expect(ofType('DATE', '剂量 1/2 片，下午服')).toEqual([]);
  });
  it('reads a month and day from which an order runs (起)', () => {
    expect(ofType('DATE', '跌倒高危｜11-21起每4小时测血糖')).toEqual(['11-21']);
    expect(ofType('DATE', '血糖10-20起伏较大')).toEqual([]);
  });
  it("reads a stay's dates and a device's fitting month", () => {
    expect(ofType('DATE', '在院：10/28—11/06，9天')).toEqual(['10/28', '11/06']);
    expect(ofType('DATE', '左耳助听器（2025年3月验配），近来啸叫')).toEqual(['2025年3月']);
    expect(ofType('DATE', '装配说明（2023年5月版）')).toEqual([]);
  });
  it("reads a month's ten-day part after 从", () => {
    expect(ofType('DATE', '家属：从10月中旬开始腿肿')).toEqual(['10月中旬']);
    expect(ofType('DATE', '本院将于12月上旬开展义诊')).not.toContain('12月上旬');
  });
  it('reads Taiwan NHI card numbers, mobiles and ROC-calendar dates', () => {
    expect(ofType('INSURANCE_ID', '健保卡號：000012345678')).toEqual(['000012345678']);
    expect(ofType('PHONE', '手機：0955-123-456')).toEqual(['0955-123-456']);
    expect(ofType('DATE', '門診：113年5月20日')).toEqual(['113年5月20日']);
    expect(ofType('PHONE', '序號 0955-123-4567')).toEqual([]);
    expect(ofType('DATE', '该院建于113年前')).toEqual([]);
  });
  it('reads an observation bay (观) heading a handover entry as the bed', () => {
    expect(ofType('MRN', '留观交接｜观3 滕素芬 女 91岁')).toEqual(['3']);
    expect(ofType('MRN', '留观交接｜观5 无名氏 男 约40岁｜景观2号')).toEqual([]);
  });
  it("reads a dermoscopy image's number (图像号)", () => {
    expect(ofType('MRN', '皮肤镜图像号 DS8830412｜复诊')).toEqual(['DS8830412']);
    expect(ofType('MRN', '皮肤镜图像清晰 3张')).toEqual([]);
  });
  it('reads a disability certificate number: a valid resident ID and two digits', () => {
    expect(ofType('ID_CARD', '残疾人证号 11010519340512371931')).toEqual(['11010519340512371931']);
    expect(ofType('ID_CARD', '残疾人证号 12345678901234567890')).toEqual([]);
  });
  it('reads names after an escort (陪诊师), a lab signature (检验：) and a handler (经办)', () => {
    expect(ofType('PERSON', '我约了陪诊师程思雨周五陪她')).toEqual(['程思雨']);
    expect(ofType('PERSON', '检验：习嘉明　审核：钭')).toEqual(['习嘉明', '钭']);
    expect(ofType('PERSON', '收费｜经办 禚')).toEqual(['禚']);
    expect(ofType('PERSON', '陪诊师会提前联系。检验：血常规')).toEqual([]);
  });
  it('reads a carer named by a transliterated name after her role and a Tibetan name of 阿旺', () => {
    expect(ofType('PERSON', '护工阿娜尔每日记录出入量')).toEqual(['阿娜尔']);
    expect(ofType('PERSON', '复诊｜就诊人 阿旺扎西｜藏族')).toEqual(['阿旺扎西']);
    expect(ofType('PERSON', '护工阿姨每日来两次')).toEqual([]);
  });
  it('reads surnames that are also words (丘, 喇) where a person is expected', () => {
    expect(ofType('PERSON', '9床 丘海涛 男 90岁')).toEqual(['丘海涛']);
    expect(ofType('PERSON', '儿子喇建华在家')).toEqual(['喇建华']);
    expect(ofType('PERSON', '上门为喇秀英（东乡族，92岁）换药')).toEqual(['喇秀英']);
    expect(ofType('PERSON', '3床 丘疹 男，喇叭声音大')).toEqual([]);
  });
  it('reads a Salar name (surname and transliterated given name) before the ethnic group', () => {
    expect(ofType('PERSON', '观7 马尕布（撒拉族）男 81岁')).toEqual(['马尕布']);
    expect(ofType('PERSON', '观7 清真饮食（回族）')).toEqual([]);
  });
  it('reads the surname alone where an elder is called by surname and 伯 or 叔 after the bed', () => {
    expect(ofType('PERSON', '7床韦伯（韦德胜），95岁')).toEqual(['韦', '韦德胜']);
    expect(ofType('PERSON', '7床伯父陪护')).toEqual([]);
  });
  it('reads given names ending in 和 or 之', () => {
    expect(ofType('PERSON', '今晨欧阳立和主任医师查房')).toEqual(['欧阳立和']);
    expect(ofType('PERSON', '我外公骆远之今年93岁')).toEqual(['骆远之']);
    expect(ofType('PERSON', '王芳之子陪同，张伟和李主任谈话')).toEqual(['王芳', '张伟', '李']);
  });
  it('reads a name before 本人', () => {
    expect(ofType('PERSON', '医生：请问是庞志刚本人吗？')).toEqual(['庞志刚']);
    expect(ofType('PERSON', '医生：请问是患者本人吗？')).toEqual([]);
  });
  it('reads a Latin-letter name right after a word for the person (小伙子)', () => {
    expect(ofType('PERSON', '三床是个加纳小伙子Yoofi Tsiboe，疟疾')).toEqual(['Yoofi Tsiboe']);
    expect(ofType('PERSON', '小伙子Apple Watch显示心率快')).toEqual([]);
  });
  it('reads a Japanese name before its katakana reading in brackets', () => {
    expect(ofType('PERSON', '门诊｜高桥葵（タカハシ アオイ）｜女')).toEqual(['高桥葵']);
    expect(ofType('PERSON', '口服｜抗生素（アモキシシリン）｜维生素（ビタミン シー）')).toEqual([]);
  });
  it('reads a speaker of two common given characters speaking once in a family chat', () => {
    expect(ofType('PERSON', '二叔：押金交了\n思琦：辛苦二叔\n二叔：不客气\n阿峰：收到')).toEqual([
      '思琦',
      '阿峰',
    ]);
    expect(ofType('PERSON', '二叔：押金交了\n注意：带证件\n二叔：好\n阿峰：收到')).toEqual(['阿峰']);
  });
  it('does not read an answer opening with a pronoun as the name asked for', () => {
    expect(ofType('PERSON', '医生：老人家叫什么名字？\n女儿：她听不清，我来说。')).toEqual([]);
  });
  it("reads an elder's age before 了 in numerals or words", () => {
    expect(ofType('AGE', '那个老太太，孟……孟淑华，九十三了，')).toEqual(['九十三']);
    expect(ofType('AGE', '二姐：爷爷95了还能自己走')).toEqual(['95']);
    expect(ofType('AGE', '老爷子，心率九十了；爷爷血氧92了')).toEqual([]);
  });
  it("reads a date near a patient's result measured against a standard, not one near a standard's edition", () => {
    expect(ofType('DATE', '未达换血标准｜11月20日复查胆红素')).toEqual(['11月20日']);
    expect(ofType('DATE', '按诊疗标准（2025年3月1日）执行')).toEqual([]);
  });
  it("reads a staff member's surname alone before her signature's verb", () => {
    expect(ofType('PERSON', '｜护士长 时审核')).toEqual(['时']);
    expect(ofType('PERSON', '｜护士长 计划明日出院')).toEqual([]);
  });
});
