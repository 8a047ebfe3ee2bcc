import { describe, expect, it } from 'vitest';
import { textsOfType } from '../testing/recognized.ts';

/**
 * One test per class of Chinese personal data the round-38 set showed the recognizers missing or
 * over-reading (after it had been measured fresh), each with a hard negative. The examples are made up
 * here, not taken from any labelled set.
 */
const ofType = textsOfType;

describe('round-38 classes (zh)', () => {
  it('reads nicknames and screen names taking turns in a chat where a member speaks by name', () => {
    const chat =
      '表亲群\n果儿：姑妈明天出院，谁去接？\n龙俊杰：我下午有空\n果儿：那我上午去办手续\n小石头：我开车过去\n龙俊杰：好\n小石头：停车场见';
    expect(ofType('PERSON', chat)).toEqual(['果儿', '龙俊杰', '果儿', '小石头', '龙俊杰', '小石头']);
    const ward =
      '【5病区家属群】\n护士长岑：明早8点抽血，请空腹。\n岁月静好：收到，谢谢岑护士长\n护士长岑：不客气\n岁月静好：好的';
    expect(ofType('PERSON', ward)).toContain('岁月静好');
    // A label repeating at line starts, among relatives speaking, names no one.
    expect(ofType('PERSON', '大姨：片子拿到了\n处理意见：抗感染\n二舅：辛苦\n处理意见：复查')).toEqual([]);
    // A form's labels repeating at line starts are no chat.
    expect(
      ofType(
        'PERSON',
        '用药说明\n注意事项：饭后服用\n用法用量：每日两次\n注意事项：避光保存\n用法用量：温水送服',
      ),
    ).toEqual([]);
  });
  it('reads a member another speaker has just called on at a line end', () => {
    const chat = '二舅：明天谁陪外公复查？\n阿伟：我去，顺便叫上胖墩\n胖墩：好嘞';
    expect(ofType('PERSON', chat)).toEqual(['阿伟', '胖墩', '胖墩']);
    expect(ofType('PERSON', '二舅：明天谁陪外公复查？\n阿伟：我去\n胖墩：好嘞')).not.toContain('胖墩');
  });
  it('reads a head nurse speaking by her surname after her role', () => {
    expect(ofType('PERSON', '家属：几点能探视？\n护士长祁：下午两点以后。')).toEqual(['祁']);
    expect(ofType('PERSON', '家属：几点能探视？\n护士长：下午两点以后。')).toEqual([]);
  });
  it('reads 弓 alone closing a spaced doctor field', () => {
    expect(ofType('PERSON', '处方｜阿莫西林 0.5g｜医师 弓')).toEqual(['弓']);
    expect(ofType('PERSON', '处方｜足弓垫｜医师 弓形虫检查')).toEqual([]);
  });
  it('reads a bed and a name filling a bracket together', () => {
    expect(ofType('PERSON', '我妈（16床卢来娣）今天吃得少')).toEqual(['卢来娣']);
    expect(ofType('PERSON', '护士（16床王护士）说')).toEqual(['王']);
    expect(ofType('PERSON', '（16床高热）')).toEqual([]);
  });
  it("reads a married woman's name with her husband's surname before her own", () => {
    expect(ofType('PERSON', '｜收件人 蔡林美玲（妻）｜收件电话')).toEqual(['蔡林美玲']);
    expect(ofType('PERSON', '联系人：蔡林美玲')).toEqual(['蔡林美玲']);
    expect(ofType('PERSON', '｜收件人 同上｜')).toEqual([]);
  });
  it('reads the compound surname 太叔 and traditional 紀, 賴, 簡 and 顏', () => {
    expect(ofType('PERSON', '心电图：太叔爷爷（太叔明德，男，96岁）')).toEqual(['太叔', '太叔明德']);
    expect(ofType('PERSON', '主治醫師：賴怡君')).toEqual(['賴怡君']);
    expect(ofType('PERSON', '患者：簡淑芬　性別：女')).toEqual(['簡淑芬']);
    expect(ofType('PERSON', '太叔公今天来看病')).not.toContain('太叔公今');
  });
  it('reads a romanised name after a passport label in brackets', () => {
    expect(ofType('PERSON', '姓名：朴志勋（护照姓名PARK JIHOON）　男')).toEqual(['朴志勋', 'PARK JIHOON']);
    expect(ofType('PERSON', '姓名：朴志勋（护照号M12345678）　男')).toEqual(['朴志勋']);
  });
  it('reads who sent feedback or a complaint, and the person a home service visits', () => {
    expect(ofType('PERSON', '反馈人：常乐（门诊号1234）')).toEqual(['常乐']);
    expect(ofType('PERSON', '投诉人：韩立新')).toEqual(['韩立新']);
    expect(ofType('PERSON', '上门服务：服务对象蓝秀珍，瑶族，女')).toEqual(['蓝秀珍']);
    expect(ofType('PERSON', '服务对象为社区老人')).toEqual([]);
  });
  it('stops a name before 发送', () => {
    expect(ofType('PERSON', '报告已由主管医师欧阳静发送至邮箱')).toEqual(['欧阳静']);
  });
  it('reads 许 after a clock time as "about", not a surname', () => {
    expect(ofType('PERSON', '昨晚9时许家属发现其呼之不应')).toEqual([]);
    expect(ofType('PERSON', '昨晚许家属发现其呼之不应')).toEqual(['许']);
  });
  it("reads 家 after a kinship word as the relative's home", () => {
    expect(ofType('PERSON', '阿明：我九点到奶奶家门口接她')).not.toContain('家门口');
  });
  it('reads Amdo and Mongolian name elements (东智, 乌力吉, a closing 图)', () => {
    expect(ofType('PERSON', '患者拉毛东智，女，藏族，66岁')).toEqual(['拉毛东智']);
    expect(ofType('PERSON', '患者巴特尔图，男，蒙古族')).toEqual(['巴特尔图']);
    expect(ofType('PERSON', '患者扎西，男，看过图片')).toEqual(['扎西']);
  });
  it("reads a name before the row's ethnic group and sex, and before sex, ethnic group and age", () => {
    expect(ofType('PERSON', '2. 8床 新入 次仁旺姆 藏族 女 60岁 肺炎')).toEqual(['次仁旺姆']);
    expect(ofType('PERSON', '专科门诊：多吉东智，男，藏族，52岁，牧民')).toEqual(['多吉东智']);
    expect(ofType('PERSON', '专科门诊：复诊随访，男，藏族，52岁')).toEqual([]);
  });
  it('reads dates with a two-digit year, ROC months and a month before 那次', () => {
    expect(ofType('DATE', '出生日期：18年6月9日（8歲）')).toEqual(['18年6月9日']);
    expect(ofType('DATE', '右眼排117年3月手術')).toEqual(['117年3月']);
    expect(ofType('DATE', '这次空腹血糖比5月那次高')).toEqual(['5月']);
    expect(ofType('DATE', '每月那次例会')).toEqual([]);
  });
  it('reads a year and month before a procedure completed', () => {
    expect(ofType('DATE', '。2026年4月完成第三次石膏矫形，现穿支具')).toEqual(['2026年4月']);
    expect(ofType('DATE', '。完成率2026年提高')).toEqual([]);
  });
  it("leaves a holiday notice's schedule unread", () => {
    expect(ofType('DATE', '春节假期（2月16日—2月18日）门诊安排：急诊照常')).toEqual([]);
    expect(ofType('DATE', '2月17日、18日上午开放普通门诊')).toEqual([]);
    expect(ofType('DATE', '2月17日上午入院')).toEqual(['2月17日']);
  });
  it("reads Taiwan's 號碼, a DSA number and an extra bed in a bed field", () => {
    expect(ofType('MRN', '病歷號碼：33018842　姓名')).toEqual(['33018842']);
    expect(ofType('MRN', '行脑血管造影（DSA号DSA771204）')).toEqual(['DSA771204']);
    expect(ofType('MRN', '床号：加2　住院号：5520913')).toEqual(['加2', '5520913']);
    expect(ofType('MRN', '电话号码：加拨0')).toEqual([]);
  });
  it('reads an age answered to an age question, and an age about to be reached', () => {
    expect(ofType('AGE', '医：老人多大了？\n女儿：93，下个月就94了。')).toEqual(['93', '94']);
    expect(ofType('AGE', '医：血压多少？\n女儿：93，高压140。')).toEqual([]);
    expect(ofType('AGE', '明天就95了')).toEqual([]);
  });
  it('reads an age in Chinese numerals between commas after a bed and a name', () => {
    expect(ofType('AGE', '九床詹…詹秀兰，九十四，心衰')).toEqual(['九十四']);
    expect(ofType('AGE', '九床心率九十四，血压偏低')).toEqual([]);
  });
  it('reads a county whose name opens with 从 or 于 after a province or city', () => {
    expect(ofType('ADDRESS', '家住江西省于都县贡江镇长征大道8号')).toEqual(['江西省于都县贡江镇长征大道8号']);
    expect(ofType('ADDRESS', '家住南京市从市区转来')).toEqual(['南京市']);
  });
  it('reads an address answering where someone lives', () => {
    expect(ofType('ADDRESS', '医：您住哪里？\n家属：雁塔区长安南路翠华小区5号楼，离这不远。')).toEqual([
      '雁塔区长安南路翠华小区5号楼',
    ]);
    expect(ofType('ADDRESS', '医：您住哪里？\n家属：就在医院附近。')).toEqual([]);
  });
});
