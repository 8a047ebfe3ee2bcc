import { describe, expect, it } from 'vitest';
import { textsOfType } from '../testing/recognized.ts';

/**
 * One test per class of Chinese personal data the round-31 set showed the recognizers missing or
 * over-reading (after it had been measured fresh), each with a hard negative. The examples are made up
 * here, not taken from any labelled set.
 */
const ofType = textsOfType;

describe('round-31 classes (zh)', () => {
  it('reads a name after 闺女, the colloquial word for a daughter', () => {
    expect(ofType('PERSON', '我是她闺女郑晓燕，今天陪床')).toEqual(['郑晓燕']);
    expect(ofType('PERSON', '这闺女真懂事')).toEqual([]);
  });
  it('reads Ochir (敖其尔) as a Mongolian name and Nurjan (努尔江) as a Uyghur one', () => {
    expect(ofType('PERSON', '护工｜敖其尔')).toEqual(['敖其尔']);
    expect(ofType('PERSON', '儿子努尔江在外地')).toEqual(['努尔江']);
    expect(ofType('PERSON', '护工｜其尔')).toEqual([]);
  });
  it('reads an older name ending in 来 before a sex field set off by ideographic spaces or commas', () => {
    expect(ofType('PERSON', '鲍福来　男　91岁')).toEqual(['鲍福来']);
    expect(ofType('PERSON', '鲍福来，男，91岁')).toEqual(['鲍福来']);
    expect(ofType('PERSON', '都会来　好　91分')).toEqual([]);
  });
  it('reads a Mongolian name with no Han surname before a barred sex field', () => {
    expect(ofType('PERSON', '随访｜斯琴高娃｜女｜92岁')).toEqual(['斯琴高娃']);
    expect(ofType('PERSON', '随访｜斯琴｜女｜92岁')).toEqual([]);
  });
  it('reads an ambiguous surname alone before a title after a bar or a role word', () => {
    expect(ofType('PERSON', '审核人｜毋医生')).toEqual(['毋']);
    expect(ofType('PERSON', '操作者蔚护士已核对')).toEqual(['蔚']);
    expect(ofType('PERSON', '患者和医生沟通后同意')).toEqual([]);
  });
  it('reads a month and its ten-day part without a year when care follows', () => {
    expect(ofType('DATE', '10月下旬因胸痛入院')).toEqual(['10月下旬']);
    expect(ofType('DATE', '每月上旬复查')).toEqual([]);
  });
  it('reads a login in a mini-program user field', () => {
    expect(ofType('ACCOUNT', '用户：lanlan_bp88')).toEqual(['lanlan_bp88']);
    expect(ofType('ACCOUNT', '用户：admin')).toEqual([]);
  });
  it('reads a chat speaker who speaks once and is @-mentioned, and the mention', () => {
    expect(
      ofType('PERSON', '思远：奶奶今天出院\n三姑：几点？\n沐阳：我去接\n思远：@沐阳 带上医保卡\n三姑：好'),
    ).toEqual(['思远', '沐阳', '思远', '沐阳']);
    expect(ofType('PERSON', '思远：奶奶今天出院\n三姑：几点？\n思远：@三姑 下午')).not.toContain('三姑');
  });
  it('reads a loose given-name speaker once where a named member takes turns with another', () => {
    expect(ofType('PERSON', '嘉树：妈的片子出来了\n朵朵：严重吗\n嘉树：要复查\n沅宁：我请假陪她')).toContain(
      '沅宁',
    );
    expect(ofType('PERSON', '嘉树：妈的片子出来了\n朵朵：严重吗\n沅宁：我请假陪她')).not.toContain('沅宁');
  });
  it('reads an elder called by surname and a kinship address, then the full name in brackets', () => {
    expect(ofType('PERSON', '韦大爷（韦国栋），男，94岁')).toEqual(['韦', '韦国栋']);
    expect(ofType('PERSON', '邻居大爷（保安）')).toEqual([]);
  });
  it('reads a birth month before 生的 or 出生', () => {
    expect(ofType('DATE', '奶奶是1931年5月生的')).toEqual(['1931年5月']);
    expect(ofType('DATE', '条例2027年1月生效')).toEqual([]);
  });
  it('reads an age over 89 after an elder’s kinship word and before 了, or answering an age question', () => {
    expect(ofType('AGE', '女儿：外婆96了，耳朵背')).toEqual(['96']);
    expect(ofType('AGE', '医生：老人家多大岁数了？\n儿子：93了')).toEqual(['93']);
    expect(ofType('AGE', '女儿：外婆血氧96了')).toEqual([]);
    expect(ofType('AGE', '医生：多大岁数了？\n儿子：93床')).toEqual([]);
  });
  it('reads a log entry’s month and day before a midnight written 24:00', () => {
    expect(ofType('DATE', '护理记录\n11-08 24:00　患者入睡')).toEqual(['11-08']);
    expect(ofType('DATE', '比分\n11-08 24:61')).toEqual([]);
  });
  it('reads a clinic card number in spaced groups after a bar', () => {
    expect(ofType('MRN', '就诊卡｜MZ 1032 8841')).toEqual(['MZ 1032 8841']);
    expect(ofType('MRN', '就诊卡｜遗失补办')).toEqual([]);
  });
  it('reads a name after 值班 as after 交班', () => {
    expect(ofType('PERSON', '值班：司马')).toEqual(['司马']);
    expect(ofType('PERSON', '值班：已交接')).toEqual([]);
  });
  it('reads a surname broken off with a pause mark and the full name said after it', () => {
    expect(ofType('PERSON', '就是那个……卞、卞志强，术后第二天')).toEqual(['卞', '卞志强']);
    expect(ofType('PERSON', '补充维生素A、维生素D')).toEqual([]);
  });
  it('reads a parent’s name after 她妈 or 他爸', () => {
    expect(ofType('PERSON', '她爸邹建平一直在')).toEqual(['邹建平']);
    expect(ofType('PERSON', '她妈说没事')).toEqual([]);
  });
  it('reads a foreigner’s Latin name after a patient label or a nationality, and the transliteration after it', () => {
    expect(ofType('PERSON', '病人：Marta Kowalski（玛尔塔），女，41岁')).toEqual([
      'Marta Kowalski',
      '玛尔塔',
    ]);
    expect(ofType('PERSON', '那位德国籍，Jonas Weber，听不懂')).toEqual(['Jonas Weber']);
    expect(ofType('PERSON', '病人：CT已做')).toEqual([]);
  });
  it('reads a letter’s signer between the unit and the date', () => {
    expect(ofType('PERSON', '城关镇卫生院　洪建军　2026年3月2日')).toEqual(['洪建军']);
    expect(ofType('PERSON', '城关镇卫生院　公共卫生科　2026年3月2日')).toEqual([]);
  });
  it('reads a relative’s full name between commas after a kinship word', () => {
    expect(ofType('PERSON', '就是我爸，卢福来，他腿脚不好')).toEqual(['卢福来']);
    expect(ofType('PERSON', '我爸，明天来，')).toEqual([]);
  });
  it('reads an address carried on to an unindented next line after a house number', () => {
    expect(ofType('ADDRESS', '地址：南昌市东湖区八一大道12号\n香榭丽园3栋1单元502\n电话：略')).toEqual([
      '南昌市东湖区八一大道12号',
      '香榭丽园3栋1单元502',
    ]);
    expect(ofType('ADDRESS', '地址：南昌市东湖区八一大道12号\n到了请打电话2次')).toEqual([
      '南昌市东湖区八一大道12号',
    ]);
  });
  it('reads a pet name after a bed when the handover then says who the person is', () => {
    expect(ofType('PERSON', '九床豆包，小男孩，肺炎恢复期')).toEqual(['豆包']);
    expect(ofType('PERSON', '九床患者，小男孩，肺炎恢复期')).toEqual([]);
  });
  it('reads a doubled given name listed after a name, not a doubled adverb', () => {
    expect(ofType('PERSON', '感谢护士冯悦、丹丹悉心照顾')).toEqual(['冯悦', '丹丹']);
    expect(ofType('PERSON', '感谢护士冯悦、常常来看')).toEqual(['冯悦']);
  });
  it('does not read a resus bay whose patient has left', () => {
    expect(ofType('MRN', '抢5｜已转CCU\n抢6｜韦国栋｜男')).toEqual(['6']);
  });
  it('reads a day of the month with 号 right before the care it dates', () => {
    expect(ofType('DATE', '护士说15号能拆线吗')).toEqual(['15号']);
    expect(ofType('DATE', '3号楼住院部')).toEqual([]);
  });
});
