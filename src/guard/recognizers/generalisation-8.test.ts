import { describe, expect, it } from 'vitest';
import { textsOfType } from '../testing/recognized.ts';

/**
 * One test per class of personal data the round-7 set showed the recognizers missing (after it had
 * been measured fresh), each with a hard negative. The examples are made up here, not taken from any
 * labelled set.
 */
const ofType = textsOfType;

describe('names in lists, chats and certificates (zh)', () => {
  it('reads names after a bed number with a colon and in a numbered list of people', () => {
    const handover = '夜班交接\n7床 滕秀珍：术后第2天，引流通畅。\n15床 卢国庆：血糖偏高，已复测。';
    expect(ofType('PERSON', handover)).toEqual(['滕秀珍', '卢国庆']);
    const list = '群体性腹泻登记\n1. 蒋志刚 腹泻三次\n2. 柳玉梅 呕吐\n3. 任海波 发热';
    expect(ofType('PERSON', list)).toEqual(['蒋志刚', '柳玉梅', '任海波']);
  });
  it('does not read numbered clinical items as names', () => {
    expect(ofType('PERSON', '处理：\n1. 补液 500ml\n2. 吸氧 2L/min\n3. 复查 血常规')).toEqual([]);
  });
  it('reads a family-chat speaker named by relation and given name, not the relation', () => {
    const chat = '【家人群】\n三姐美玲：爸今天透析完了吗\n小弟：完了，血压有点低\n三姐美玲：那明天我去接';
    expect(ofType('PERSON', chat)).toEqual(['美玲', '美玲']);
  });
  it('reads names after a certificate opening and companion words, and stops before 照顾', () => {
    expect(ofType('PERSON', '兹证明柯文斌同志于11月3日至11月9日住院治疗。')).toEqual(['柯文斌']);
    expect(ofType('PERSON', '报警人：同伴汤晓峰，称队友裴立新在垭口附近摔伤。')).toEqual([
      '汤晓峰',
      '裴立新',
    ]);
    expect(ofType('PERSON', '出院后由女儿蓝慧照顾起居。')).toEqual(['蓝慧']);
  });
});

describe('English names by turn, mark and title', () => {
  it('reads a two-word chat speaker taking turns with a role', () => {
    const chat =
      'Nurse: Morning, how is the wound?\nPriya Raman: Bit sore.\nNurse: Any discharge?\nPriya Raman: No, none.';
    expect(ofType('PERSON', chat, 'en')).toEqual(['Priya Raman', 'Priya Raman']);
  });
  it('reads a one-word speaker taking turns with a relative', () => {
    const chat = 'Idris: the pharmacy shut early\nMum: try the one by the station\nIdris: ok will do';
    expect(ofType('PERSON', chat, 'en')).toEqual(['Idris', 'Idris']);
  });
  it('reads a name before a record label or a credential, not the word before it', () => {
    expect(ofType('PERSON', 'Glucose 1.9 on Marguerite Olsen, MRN 3318820, repeated.', 'en')).toEqual([
      'Marguerite Olsen',
    ]);
    expect(ofType('PERSON', 'Answered by Tobias Wren, PharmD, at 10:05.', 'en')).toEqual(['Tobias Wren']);
    expect(ofType('PERSON', 'Casualty Harold Finch, 70, slipped on scree.', 'en')).toEqual(['Harold Finch']);
    expect(ofType('PERSON', 'Reviewed Cardiology Clinic, MD list updated.', 'en')).toEqual([]);
  });
  it('reads a surname in capitals opening a list line, and titles of police and clergy', () => {
    const manifest = 'Rack 2\nDOYLE, Brendan  tube 55102  — lipids\nOKAFOR, Chidi  tube 55103  — TSH';
    expect(ofType('PERSON', manifest, 'en')).toEqual(['DOYLE, Brendan', 'OKAFOR, Chidi']);
    expect(ofType('PERSON', 'Property logged by Sgt. Whitcombe at 02:00.', 'en')).toEqual(['Whitcombe']);
    expect(ofType('PERSON', 'NOTE, Please bring all medicines.', 'en')).toEqual([]);
  });
});

describe('record numbers, dates, plates and accounts', () => {
  it('reads record numbers under new labels', () => {
    expect(ofType('MRN', '留观号：GX2611020331')).toEqual(['GX2611020331']);
    expect(ofType('MRN', '门诊号应该是MZ8830112。')).toEqual(['MZ8830112']);
    expect(ofType('MRN', '伤票MCI-12 黄 男 约40岁')).toEqual(['MCI-12']);
    expect(ofType('MRN', 'Wristband VX-33019: dizzy after heat', 'en')).toEqual(['VX-33019']);
    expect(ofType('MRN', 'Tag C-114 GREEN — walking wounded', 'en')).toEqual(['C-114']);
    expect(ofType('MRN', 'Acct # B-7730016, balance due', 'en')).toEqual(['B-7730016']);
    expect(ofType('MRN', 'ED board\nResus 2: Colm Byrne, 58\nMajors 4: Ada Lim, 33', 'en')).toEqual([
      '2',
      '4',
    ]);
  });
  it('does not read empty places or unlabelled counts as record numbers', () => {
    expect(ofType('MRN', 'Cubicle 3 — empty\nthe waiting room 2 chairs', 'en')).toEqual([]);
  });
  it('reads a month and day stamped with a time or closing a title line', () => {
    expect(ofType('DATE', '会诊医师：岑立　11/19 16:40')).toEqual(['11/19']);
    expect(ofType('DATE', 'HDU sign-out 11/19\nBed 2 stable', 'en')).toEqual(['11/19']);
    expect(ofType('DATE', 'Give 1/2 tablet at 08:00', 'en')).toEqual([]);
  });
  it('reads a current British plate near a car word, and a login after "account"', () => {
    expect(ofType('PLATE', 'my car is the blue one, BD21 KXR, in bay 4', 'en')).toEqual(['BD21 KXR']);
    expect(ofType('PLATE', 'Pathway code AB12 CDE in the audit', 'en')).toEqual([]);
    expect(ofType('ACCOUNT', 'Follower (account m_hollis.88) notified', 'en')).toEqual(['m_hollis.88']);
    expect(ofType('ACCOUNT', '个人账户 312.40 元')).toEqual([]);
  });
});

describe('a name written again in another script', () => {
  it('reads the bracketed Chinese, Japanese or Korean form after a name', () => {
    expect(ofType('PERSON', 'Patient: Hsu Ming-che (許明哲), 52, Taiwanese', 'en')).toEqual([
      'Hsu Ming-che',
      '許明哲',
    ]);
    expect(ofType('PERSON', '患者：金英淑（김영숙），女，71岁')).toEqual(['金英淑', '김영숙']);
  });
  it('does not read a relation or a nationality in brackets after a Chinese name', () => {
    expect(ofType('PERSON', '联系人：邝伟明（儿子），电话见上')).toEqual(['邝伟明']);
  });
});

describe('rules from the round-8 set (after its one fresh measurement)', () => {
  it('reads a given name ending in a joiner, and a name after a spaced label and a kinship word', () => {
    expect(ofType('PERSON', '姓名 戚永和　性别 男')).toEqual(['戚永和']);
    expect(ofType('PERSON', '联系人 女儿 蔺佳慧 13912340000')).toEqual(['蔺佳慧']);
  });
  it('reads shift-handover labels and case-file labels, not words before titles', () => {
    expect(ofType('PERSON', '交班人：吕方　接班人：柏琳')).toEqual(['吕方', '柏琳']);
    expect(ofType('PERSON', '指示病例：谷雨涵（7月龄）')).toEqual(['谷雨涵']);
    expect(ofType('PERSON', '检查医生：滕悦\n值班医生：华强')).toEqual(['滕悦', '华强']);
  });
  it('reads given-name chat speakers beside relatives, 小 and a given character as one nickname', () => {
    const chat = '【家人】\n思远：妈转普通病房了\n大姐：我下午去\n思远：好\n小峰：我晚上到';
    expect(ofType('PERSON', chat)).toEqual(['思远', '思远', '小峰']);
  });
  it('reads herbs as herbs in a prescription, but as a name after a name label', () => {
    expect(ofType('PERSON', '处方：白芷10g、连翘12g、甘草6g')).toEqual([]);
    expect(ofType('PERSON', '医师：连翘')).toEqual(['连翘']);
  });
  it('reads bed and room numbers of named patients in tables and delivery-suite lists', () => {
    const table = '床号 | 姓名 | 诊断 | 要点\n3 | 卢秀兰 | 肺炎 | 吸氧\n8 | 空床 | — | —';
    expect(ofType('MRN', table)).toEqual(['3']);
    expect(ofType('MRN', '产房\n2室 巴特尔其其格，G1P0\n4室 空')).toEqual(['2']);
  });
  it('reads English names before a relation or a bracketed record label, and after a bay', () => {
    expect(ofType('PERSON', 'Contacts:\n1. Amina Yusuf, wife, test pending', 'en')).toEqual(['Amina Yusuf']);
    expect(ofType('PERSON', 'Confirming that Oyuna Batbayar (DOB 02/03/1991) attended.', 'en')).toEqual([
      'Oyuna Batbayar',
    ]);
    expect(ofType('PERSON', '• Bay 4 Leopold Fairchild — post-op day 1', 'en')).toEqual([
      'Leopold Fairchild',
    ]);
  });
  it('reads ages over 89 after a name in a header and "turns 100"', () => {
    expect(ofType('AGE', '— Mr Horace Pennyworth, 93\nConsultant: Dr Ames', 'en')).toEqual(['93']);
    expect(ofType('AGE', 'Nan turns 100 next week', 'en')).toEqual(['100']);
  });
});

describe('rules from the round-9 set (after its one fresh measurement)', () => {
  it('reads a name after a kinship word and a blank, and rare surnames', () => {
    expect(ofType('PERSON', '妻子 蹇秀英 电话 158 6712 0312')).toEqual(['蹇秀英']);
    expect(ofType('PERSON', '大名丰子墨，小名豆豆')).toContain('丰子墨');
  });
  it('does not read ethnic groups, diagnoses or 【】 headings as names', () => {
    expect(ofType('PERSON', '【互联网医院·图文问诊】问诊单号 WZ2026')).toEqual([]);
    expect(ofType('PERSON', '符秀妹，黎族，63岁，既往高血压、房颤')).toEqual(['符秀妹']);
  });
  it('reads record numbers a form opens with, glued to 编号, and delivery rooms with 产', () => {
    expect(ofType('MRN', '婚检表\n编号：HJ-2611-0301\n姓名：柳婉清')).toEqual(['HJ-2611-0301']);
    expect(ofType('MRN', '心衰随访，平台编号HW-0577')).toEqual(['HW-0577']);
    expect(ofType('MRN', '产房\n产3室：蒙丽萍，G1P0')).toEqual(['3']);
    expect(ofType('MRN', '编号110105194912310021')).toEqual([]);
  });
  it('reads British and Australian addresses held by their postcode or unit number', () => {
    expect(ofType('ADDRESS', 'Lives at 7 Ffordd y Llan, Bangor LL57 2DG with her son', 'en')).toEqual([
      '7 Ffordd y Llan, Bangor LL57 2DG',
    ]);
    expect(ofType('ADDRESS', 'Home visit at 2/41 Marine Parade, Manly NSW 2095.', 'en')).toEqual([
      '2/41 Marine Parade, Manly NSW 2095',
    ]);
  });
  it('reads day-first dates with a two-digit year and unambiguous day-first partial dates near an event', () => {
    expect(ofType('DATE', 'WR 18/11/26: stable', 'en')).toEqual(['18/11/26']);
    expect(ofType('DATE', 'Review booked 24/11 in clinic', 'en')).toEqual(['24/11']);
    expect(ofType('DATE', 'BP 140/90 and pain 7/10', 'en')).toEqual([]);
  });
  it('reads references with slashes and names before a bed or a day count', () => {
    expect(ofType('MRN', 'Local authority ref: LA/CP/26/4471', 'en')).toEqual(['LA/CP/26/4471']);
    expect(ofType('PERSON', 'Review 21/11\nMorwenna Trevithick, day 3 on the ward', 'en')).toContain(
      'Morwenna Trevithick',
    );
  });
});

describe('rules from the round-10 set (after its one fresh measurement)', () => {
  it('reads chat speakers with a credential or a hyphenated surname', () => {
    const chat =
      'Omar Haddad: my knee is worse\nGwen Ashby-Pryce, NP: Any swelling?\nOmar Haddad: yes\nGwen Ashby-Pryce, NP: Come in today';
    expect(ofType('PERSON', chat, 'en')).toEqual([
      'Omar Haddad',
      'Gwen Ashby-Pryce',
      'Omar Haddad',
      'Gwen Ashby-Pryce',
    ]);
  });
  it('reads names before an age, a hospital number or a bracketed URN', () => {
    expect(ofType('PERSON', 'Clinic — Rowena Castillo, age 9, eczema', 'en')).toEqual(['Rowena Castillo']);
    expect(ofType('PERSON', 'Glucose 2.1 on Idris Mahmoud (URN 4471002), repeated', 'en')).toEqual([
      'Idris Mahmoud',
    ]);
  });
  it('reads a room followed by a comma, and initials with a surname under a patient header', () => {
    expect(ofType('MRN', 'She is in Room 7, Willow Ward', 'en')).toEqual(['7']);
    const board = 'Cubicle | Patient | Issue\n4 | K. Ashworth | sepsis\n6 | (empty) | —';
    expect(ofType('PERSON', board, 'en')).toEqual(['K. Ashworth']);
    expect(ofType('MRN', board, 'en')).toEqual(['4']);
  });
  it('does not read "clinic note" as a clinic number, nor a ward desk phone as personal', () => {
    expect(ofType('MRN', 'GYN clinic note 11/18/26', 'en')).toEqual([]);
    expect(ofType('PHONE', '如有疑问请致电护士站0755-2683 1100')).toEqual([]);
  });
});

describe('rules from the round-11 set (after its one fresh measurement)', () => {
  it('reads a name after a heading dash when the patient details follow', () => {
    expect(ofType('PERSON', 'Wound clinic — Torvald Haugland\nDOB 02/05/1950', 'en')).toEqual([
      'Torvald Haugland',
    ]);
    expect(ofType('PERSON', 'Access report — Records Office', 'en')).toEqual([]);
  });
  it('reads a hyphenated surname before a bed, and a name before DOB in a text message', () => {
    expect(ofType('PERSON', 'Isla Mackay-Rowe, bed 12. Eating well.', 'en')).toEqual(['Isla Mackay-Rowe']);
    expect(ofType('PERSON', 'hi its Corin Westbrook DOB 4/5/81 can I book', 'en')).toEqual([
      'Corin Westbrook',
    ]);
  });
});

describe('lists of people and a wider lexicon of given names', () => {
  it('reads a list of people one a line once two rows have a known name', () => {
    const bay =
      'Bay C\n1  Margaret Hollis, 88, NOF\n3  Sunil Bhaskaran, NBM from midnight\n4  Doreen Whitfield, 94, DNACPR';
    expect(ofType('PERSON', bay, 'en')).toEqual(['Margaret Hollis', 'Sunil Bhaskaran', 'Doreen Whitfield']);
    expect(ofType('PERSON', 'Vitals\nBlood Pressure — 120/80\nHeart Rate — 80', 'en')).toEqual([]);
  });
  it('reads names after "the late", "death of" and "Reminder:"', () => {
    expect(ofType('PERSON', 'Widow of the late Cornelius Abbot asked for the notes.', 'en')).toEqual([
      'Cornelius Abbot',
    ]);
    expect(ofType('PERSON', 'Reminder: Niamh, your smear test is due.', 'en')).toEqual(['Niamh']);
  });
});
