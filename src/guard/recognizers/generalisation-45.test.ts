import { describe, expect, it } from 'vitest';
import { textsOfType } from '../testing/recognized.ts';

/**
 * One test per class of Chinese personal data the round-49 set showed the rules missing or over-reading
 * (after it had been measured fresh), each with a hard negative. The examples are made up here, not taken
 * from any labelled set.
 */
const ofType = textsOfType;

describe('round-49 classes (zh)', () => {
  it('reads a bed set off by blanks after a numbered ward or a department, an extra bed with its 加', () => {
    // "消化二区 16 床", "呼吸科 9 床", "急诊病区 加2 床": the patient's bed; our department's bed count is not.
    expect(ofType('MRN', '｜病区/床｜消化二区 16 床｜')).toEqual(['16']);
    expect(ofType('MRN', '（住院号 QW20270311，呼吸科 9 床）')).toEqual(['QW20270311', '9']);
    expect(ofType('MRN', '住院号 QW20270311，急诊病区 加2 床。')).toEqual(['QW20270311', '加2']);
    expect(ofType('MRN', '本科 40 床，今日满员')).toEqual([]);
  });
  it('reads a bed field given in Chinese numerals', () => {
    // "床号十七，": the bed as a dictated handover says it; checking that the bed matches is no bed.
    expect(ofType('MRN', '患者，男，床号十七，夜间发热')).toEqual(['十七']);
    expect(ofType('MRN', '床号：三\n诊断：肺炎')).toEqual(['三']);
    expect(ofType('MRN', '给药前核对床号一致')).toEqual([]);
  });
  it('reads every bed of a handover table after an empty bed’s row closed by a full-width bar', () => {
    // "4｜（空）｜" leaves its last cell empty; the rows after it are still read by column.
    const table = '床号｜姓名｜要点\n2｜庄明远｜术后第1天\n4｜（空）｜\n7｜裘晓岚｜发热待查';
    expect(ofType('MRN', table)).toEqual(['2', '7']);
    expect(ofType('MRN', '床号｜姓名｜要点\n4｜（空）｜')).toEqual([]);
  });
  it('reads a child-health card and an audiometry number', () => {
    // 儿保卡号 and 电测听号 number the child's or the patient's record there; a hearing level in dB is no number.
    expect(ofType('MRN', '儿保卡号：ER-5520391')).toEqual(['ER-5520391']);
    expect(ofType('MRN', '纯音测听右耳55dB；电测听号AT-3306127。')).toEqual(['AT-3306127']);
    expect(ofType('MRN', '电测听：右耳55dB')).toEqual([]);
  });
  it('reads a scan’s own number in brackets after its modality', () => {
    // "颈椎MRI（MR-C-20417）", "胸部CT（CT27-004415）"; a spinal level or a sequence in brackets is not.
    expect(ofType('MRN', '颈椎MRI（MR-C-20417）：C5-6椎间盘突出')).toEqual(['MR-C-20417']);
    expect(ofType('MRN', '胸部CT（CT27-004415）未见异常')).toEqual(['CT27-004415']);
    expect(ofType('MRN', '颈椎MRI（T2WI）及CT（C5-C6）')).toEqual([]);
  });
  it('reads a registration’s queue number told in a chat’s answer', () => {
    // "挂的几号？⏎…：B112号": a letter and digits; a day of the month in the answer is a date.
    expect(ofType('MRN', '小敏：奶奶挂的几号？\n舅舅：B112号，在三楼等')).toEqual(['B112']);
    expect(ofType('MRN', '小敏：奶奶挂的几号？\n舅舅：15号，下周')).toEqual([]);
  });
  it('does not read an electronic bill’s code or number as an insurance number', () => {
    // On a clinic's receipt the bill's own numbers stand near 医保; the 医保 card's number still reads.
    const bill = '门诊收费电子票据\n票据代码：44010127　票据号码：0031558824\n医保卡号：44010300C7720419';
    expect(ofType('INSURANCE_ID', bill)).toEqual(['44010300C7720419']);
  });
  it('reads a hospital’s street address that a hospital’s own building follows to its number only', () => {
    // "…路56号妇幼保健医院3号楼": the building is the hospital's; a home's numbered building is read on.
    expect(ofType('ADDRESS', '复查地点：浙江省温州市鹿城区学院中路56号妇幼医院3号楼。')).toEqual([
      '浙江省温州市鹿城区学院中路56号',
    ]);
    expect(ofType('ADDRESS', '住址：浙江省温州市鹿城区学院中路56号锦绣家园3号楼')).toEqual([
      '浙江省温州市鹿城区学院中路56号锦绣家园3号楼',
    ]);
  });
  it('reads a month alone opening its clause before coming back', () => {
    // "商量后，3月再来": the planned visit's month; "术后3月再来" is a duration.
    expect(ofType('DATE', '与家属商量后决定，3月再来。')).toEqual(['3月']);
    expect(ofType('DATE', '嘱术后3月再来')).toEqual([]);
  });
  it('reads a legacy 15-digit resident number called the old card', () => {
    // "…，老证": the family's word for the first-generation card; the same digits with nothing said are weak.
    expect(ofType('ID_CARD', '二姐：外婆的是 440103480915226，老证，我发群里了')).toEqual([
      '440103480915226',
    ]);
    expect(ofType('ID_CARD', '二姐：外婆的是 440103480915226，我发群里了')).toEqual([]);
  });
  it('reads a grandchild named after 其孙', () => {
    // "已电话告知其孙某某（…）", as after 其子; a grandchild not named is no one.
    expect(ofType('PERSON', '已电话告知其孙葛明哲（13912345678），家属同意')).toEqual(['葛明哲']);
    expect(ofType('PERSON', '已电话告知其孙女，家属同意')).toEqual([]);
  });
  it('reads a name before 陪护 after a role', () => {
    // "家长某某陪护": the relative staying with the patient; 陪护 alone after the role names no one.
    expect(ofType('PERSON', '术后第2天。家长郁海峰陪护。')).toEqual(['郁海峰']);
    expect(ofType('PERSON', '术后第2天。家长陪护。')).toEqual([]);
  });
  it('reads a Yi name after a kinship word and a blank in a contact field', () => {
    // "联系人：哥哥 吉克某某": clan name and given name; a word said of the relative is no name.
    expect(ofType('PERSON', '联系人：哥哥 吉克木呷 13812345678')).toEqual(['吉克木呷']);
    expect(ofType('PERSON', '联系人：哥哥 电话 13812345678')).toEqual([]);
  });
  it('reads a surname broken off and corrected before the full name in a dictated handover', () => {
    // "十九床卞……哦不，十九床是卞某某": both spans; a correction with no name after it reads nothing.
    expect(ofType('PERSON', '十九床卞……哦不，十九床是卞晓峰，肺炎第二天。')).toEqual(['卞', '卞晓峰']);
    expect(ofType('PERSON', '十九床……哦不，二十床，肺炎第二天。')).toEqual([]);
  });
  it('reads a name after a pointing word and a word for the person', () => {
    // "那个小伙子某某某，": the patient pointed at and named; "那个小伙子很配合" names no one.
    expect(ofType('PERSON', '三十床那个小伙子郝文博，胫骨骨折，明天手术。')).toEqual(['郝文博']);
    expect(ofType('PERSON', '三十床那个小伙子很配合，明天手术。')).toEqual([]);
  });
  it('reads a doubled pet name of a chat speaker where it recurs in the chat', () => {
    // "钥匙给楠楠了": the speaker 楠楠 named again; a doubled adverb is no one.
    const chat = '楠楠：我晚上去医院\n舅舅：好，钥匙给楠楠了。\n楠楠：收到';
    expect(ofType('PERSON', chat)).toEqual(['楠楠', '楠楠', '楠楠']);
    expect(ofType('PERSON', '舅舅：好，常常给了。')).toEqual([]);
  });
  it('reads a name corrected by one character in the next turn', () => {
    // "他叫某卫民？⏎…：是某为民，": the corrected name too; a thanks that opens with the surname is not.
    const chat = '舅舅：主刀说他叫岑卫民？\n表姐：是岑为民，官网写的';
    expect(ofType('PERSON', chat)).toEqual(['岑卫民', '岑为民']);
    expect(ofType('PERSON', '舅舅：主刀叫谢卫民？\n表姐：是谢谢你，')).toEqual(['谢卫民']);
  });
  it('reads an app user given after 用户 and a blank', () => {
    // "用户 lanxi_1990 为家人申请": a login with an underscore or a digit; a plain word is no login.
    expect(ofType('ACCOUNT', '用户 lanxi_1990 为家人申请续方')).toEqual(['lanxi_1990']);
    expect(ofType('ACCOUNT', '用户 admin 为家人申请续方')).toEqual([]);
  });
  it('reads a message form’s sender of five or more characters as a screen name', () => {
    // "留言人：月亮不睡我不睡": longer than a Han name; a Mongolian name of five characters is a person.
    expect(ofType('ACCOUNT', '公众号留言\n留言人：月亮不睡我不睡\n内容：你好')).toEqual(['月亮不睡我不睡']);
    expect(ofType('ACCOUNT', '公众号留言\n留言人：乌云其木格\n内容：你好')).toEqual([]);
  });
  it('reads a chat speaker of Chinese characters joined by an underscore to initials', () => {
    // "山间清风_QF：" speaking twice is a login; a form's field with an underscore speaking once is not.
    const chat = '山间清风_QF：术后头晕正常吗\n钮护士：常见的\n山间清风_QF：好的';
    expect(ofType('ACCOUNT', chat)).toEqual(['山间清风_QF', '山间清风_QF']);
    expect(ofType('ACCOUNT', '体温值_T：36.5\n脉搏：80')).toEqual([]);
  });
});
