import { describe, expect, it } from 'vitest';
import { textsOfType } from '../testing/recognized.ts';

/**
 * One test per class of Chinese personal data the round-12 set showed the recognizers missing (after
 * it had been measured fresh), each with a hard negative. The examples are made up here, not taken
 * from any labelled set.
 */
const ofType = textsOfType;

describe('names after departments, salutations and roles (zh)', () => {
  it('reads a staff name after a department, and not a department word alone', () => {
    expect(ofType('PERSON', '03:20 检验科聂文涛电话报告血钾6.8mmol/L。')).toEqual(['聂文涛']);
    expect(ofType('PERSON', '审核人：医务科甘雨桐')).toEqual(['甘雨桐']);
    expect(ofType('PERSON', '已请检验科复核标本。')).toEqual([]);
  });
  it('reads a name after a salutation, a secretary or an escort, and the registered owner of an account', () => {
    expect(ofType('PERSON', '尊敬的柯美华，您预约的体检将于周三进行。')).toEqual(['柯美华']);
    expect(ofType('PERSON', '会议联系人：科室秘书韦婷')).toEqual(['韦婷']);
    expect(ofType('PERSON', '——陪诊员邝小雨')).toEqual(['邝小雨']);
    expect(ofType('PERSON', '登录账号核查：账号lz_2088（实名：阚文君）')).toEqual(['阚文君']);
    expect(ofType('PERSON', '尊敬的患者，请按时复诊。')).toEqual([]);
  });
  it('reads a name followed by 反馈 or an attending grade, and rare surnames before titles', () => {
    expect(ofType('PERSON', '家长苗欣悦反馈孩子夜间咳嗽减轻。')).toEqual(['苗欣悦']);
    expect(ofType('PERSON', '庞志远主治查房：伤口愈合良好。')).toEqual(['庞志远']);
    expect(ofType('PERSON', '綦护士长已确认。郄主任会诊。')).toEqual(['綦', '郄']);
  });
  it('reads both forms of one person when the other is in brackets', () => {
    expect(ofType('PERSON', '今天陪柴大妈（柴凤英）复查血糖。')).toEqual(['柴', '柴凤英']);
    expect(ofType('PERSON', '随访对象闫桂兰（闫奶奶）已收到药品。')).toEqual(['闫桂兰', '闫']);
    expect(ofType('PERSON', '明天复查（血常规）后（高主任）看结果。')).toEqual(['高']);
  });
  it('reads the labouring woman after a delivery-room number, and the room as her bed', () => {
    const handover = '1号产房司马晓雯，G2P1，宫口开8cm；2号产房 空。';
    expect(ofType('PERSON', handover)).toEqual(['司马晓雯']);
    expect(ofType('MRN', handover)).toEqual(['1']);
  });
});

describe('family chats whose members have rarer given names', () => {
  it('reads speakers taking turns when a relative named by kinship speaks too', () => {
    const chat = '阿琛：妈的药拿了吗\n瀚舟：拿了，在我包里\n阿琛：那我晚上去医院\n瀚舟：好\n妈：你们别吵';
    expect(ofType('PERSON', chat)).toEqual(['阿琛', '瀚舟', '阿琛', '瀚舟']);
  });
  it('does not read service roles taking turns as names', () => {
    const chat = '客服：您好\n用户：我想改约\n客服：请提供手机号\n用户：好的\n妈：谢谢';
    expect(ofType('PERSON', chat)).toEqual([]);
  });
});

describe('dates, beds, record numbers, addresses and nicknames (zh)', () => {
  it('reads part of a month and month-day dates in Chinese numerals', () => {
    expect(ofType('DATE', '下次复诊：2027年3月上旬，不适随诊。')).toEqual(['2027年3月上旬']);
    expect(ofType('DATE', '患者于九月二十三日行胆囊切除术。')).toEqual(['九月二十三日']);
    expect(ofType('DATE', '九月份天气凉。')).toEqual([]);
  });
  it('does not read an empty bed or settlement and parking-permit numbers as record numbers', () => {
    expect(ofType('MRN', '7床 空床\n8床 卫秋生：术后第1天')).toEqual(['8']);
    expect(ofType('MRN', '结算单号：JS20261201-00077')).toEqual([]);
    expect(ofType('MRN', '停车证编号：TC-0412-0031')).toEqual([]);
  });
  it('reads a flat side after the floor as part of the address', () => {
    expect(ofType('ADDRESS', '家住洛阳市西工区中州路18号院2号楼3单元5层西户，电话见上')).toEqual([
      '洛阳市西工区中州路18号院2号楼3单元5层西户',
    ]);
  });
  it('reads an app nickname in quotes or after 昵称 as an account', () => {
    expect(ofType('ACCOUNT', '【在线问诊】用户“多多爸爸”：孩子咳嗽')).toEqual(['多多爸爸']);
    expect(ofType('ACCOUNT', '付款方式：支付宝（昵称小鹿同学）')).toEqual(['小鹿同学']);
  });
  it('does not read a cashier as a name', () => {
    expect(ofType('PERSON', '经办人：收费员12号')).toEqual([]);
  });
});

describe('room and area rows (en)', () => {
  it('reads an area bed, a chart reference and an age after a dash; not an unknown patient', () => {
    expect(ofType('MRN', 'Maj 4 — Delphine Arceneaux, chest pain', 'en')).toEqual(['4']);
    expect(ofType('MRN', 'Maj 5 — unknown male, found in street', 'en')).toEqual([]);
    expect(ofType('MRN', 'Seen in clinic, chart KX-204417', 'en')).toEqual(['KX-204417']);
    expect(ofType('MRN', 'therapy dog, tag PD-0311', 'en')).toEqual([]);
    expect(ofType('AGE', 'Patient: Ottilie Brandt — 94, comfort care', 'en')).toEqual(['94']);
  });
});
