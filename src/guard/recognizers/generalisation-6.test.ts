import { describe, expect, it } from 'vitest';
import { RecognizerRegistry } from '../registry.ts';

/**
 * One test per class of personal data the round-6 set (everyday clinical text) showed the recognizers
 * missing, each with a hard negative. The examples are made up here, not taken from any labelled set.
 */
const registry = RecognizerRegistry.withDefaults();
const found = (text: string, language: 'zh' | 'en' = 'zh') =>
  registry.analyze(text, { language }).map((f) => `${f.type}:${f.text}`);
const ofType = (type: string, text: string, language: 'zh' | 'en' = 'zh') =>
  found(text, language).filter((f) => f.startsWith(`${type}:`));

describe('names in text-table rows', () => {
  it('reads a name between blanks before the sex or age, or after a bed', () => {
    expect(ofType('PERSON', '门诊病历\n罗振华 男 61岁 初诊')).toEqual(['PERSON:罗振华']);
    expect(ofType('PERSON', '皮肤科 宋洁 F 27y\n痤疮2年')).toEqual(['PERSON:宋洁']);
    expect(ofType('PERSON', '交班\n9床 韦秀英 83岁 肺炎')).toEqual(['PERSON:韦秀英']);
    expect(ofType('PERSON', '交班\n11床 包宏亮 胆囊术后')).toEqual(['PERSON:包宏亮']);
  });
  it('does not read a diagnosis or a ward word in the name slot', () => {
    expect(ofType('PERSON', '交班\n9床 肺炎 83岁 好转')).toEqual([]);
    expect(ofType('PERSON', '统计 男 12人 女 9人')).toEqual([]);
  });
});

describe('chat speakers named by given name alone', () => {
  it('reads given names and 阿-nicknames when two speakers take turns', () => {
    const chat = '志红：妈今天出院吗？\n俊峰：下午办手续\n志红：我三点到\n俊峰：好';
    expect(ofType('PERSON', chat)).toEqual(['PERSON:志红', 'PERSON:俊峰', 'PERSON:志红', 'PERSON:俊峰']);
    const nick = '阿明：到了吗\n阿华：快了\n阿明：在门口等你\n阿华：好';
    expect(ofType('PERSON', nick)).toHaveLength(4);
  });
  it('does not read form labels that repeat as speakers', () => {
    expect(ofType('PERSON', '处理：吸氧\n主诉：胸闷\n处理：心电监护\n主诉：无')).toEqual([]);
  });
  it('marks only the surname of a speaker named by surname and title', () => {
    expect(ofType('PERSON', '患者：我还要吃药吗？\n邝医生：再吃一周\n患者：好的\n邝医生：下周复诊')).toEqual([
      'PERSON:邝',
      'PERSON:邝',
    ]);
  });
});

describe('contacts given with their relation', () => {
  it('reads the name after a colleague word or after a spouse label', () => {
    expect(ofType('PERSON', '联系人：同事韩立 13800000000')).toEqual(['PERSON:韩立']);
    expect(ofType('PERSON', '丈夫：邵明远 已签字')).toEqual(['PERSON:邵明远']);
  });
});

describe('national numbers under their labels', () => {
  it('reads a resident ID under a social-security label as ID_CARD (zh)', () => {
    expect(found('社保号110101199003071233')).toContain('ID_CARD:110101199003071233');
    expect(found('社保号110101199003071233')).not.toContain('INSURANCE_ID:110101199003071233');
    expect(ofType('INSURANCE_ID', '社保卡号：J61234567')).toEqual(['INSURANCE_ID:J61234567']);
  });
  it('reads the US SSN and UK NI number as ID_CARD (en)', () => {
    expect(ofType('ID_CARD', 'SSN: 123-45-6789', 'en')).toEqual(['ID_CARD:123-45-6789']);
    expect(ofType('ID_CARD', 'NI number AB 12 34 56 C', 'en')).toEqual(['ID_CARD:AB 12 34 56 C']);
    expect(ofType('ID_CARD', 'NI 4 units, SSN pending', 'en')).toEqual([]);
  });
});

describe('record numbers and beds of everyday lists', () => {
  it('reads bays at a line start, rooms, clinic cards, Rx# and Acc numbers as MRN', () => {
    expect(ofType('MRN', '抢救室交班\n抢2：胸痛待查')).toEqual(['MRN:2']);
    expect(ofType('MRN', '交班\nICU-4 脓毒症')).toEqual(['MRN:4']);
    expect(ofType('MRN', 'Labour ward\nRm 3: G2P1, 6cm', 'en')).toEqual(['MRN:3']);
    expect(ofType('MRN', '请带好就诊卡6600123457。')).toEqual(['MRN:6600123457']);
    expect(ofType('MRN', 'Rx# 5521907 AMOXICILLIN', 'en')).toEqual(['MRN:5521907']);
    expect(ofType('MRN', 'Acc MR25-110042', 'en')).toEqual(['MRN:MR25-110042']);
  });
  it('does not read an empty room, a currency or a count of nights as a bed', () => {
    expect(ofType('MRN', 'Rm 6: empty\nRefund RM 300.00', 'en')).toEqual([]);
    expect(ofType('MRN', 'Bed 2 nights £900', 'en')).toEqual([]);
    expect(ofType('MRN', '抢救成功2例，ICU收治3人')).toEqual([]);
  });
});

describe('addresses written the everyday way', () => {
  it('reads a district cut by the road read-back and an estate word after a named place (zh)', () => {
    expect(ofType('ADDRESS', '住院部在番禺区洛溪街南浦东路12号那边')).toEqual([
      'ADDRESS:番禺区洛溪街南浦东路12号',
    ]);
    expect(ofType('ADDRESS', '住址：成都市武侯区科华北路6号锦城公寓2-803')).toEqual([
      'ADDRESS:成都市武侯区科华北路6号锦城公寓2-803',
    ]);
  });
  it('reads Australian and Irish suburbs, crescents, quays and a unit after the street (en)', () => {
    expect(ofType('ADDRESS', 'Home: 8 Wattle Cres, Mt Waverley VIC 3149', 'en')).toEqual([
      'ADDRESS:8 Wattle Cres, Mt Waverley VIC 3149',
    ]);
    expect(ofType('ADDRESS', 'Lives: 5 Ormond Quay, Dublin 7', 'en')).toEqual([
      'ADDRESS:5 Ormond Quay, Dublin 7',
    ]);
    expect(ofType('ADDRESS', 'at 900 Ala Moana Blvd #210, Honolulu, HI 96813', 'en')).toEqual([
      'ADDRESS:900 Ala Moana Blvd #210, Honolulu, HI 96813',
    ]);
  });
  it('does not read a respiratory rate as a rural route', () => {
    expect(ofType('ADDRESS', 'HR 98, RR 24, SpO2 95%', 'en')).toEqual([]);
    expect(ofType('ADDRESS', 'RR 2 Box 40, Elkton, MD 21921', 'en')).toEqual([
      'ADDRESS:RR 2 Box 40, Elkton, MD 21921',
    ]);
  });
});

describe('dates without a year', () => {
  it('reads a month and day with 日 or 号 on its own (zh)', () => {
    expect(ofType('DATE', '患者3月9日起咳嗽，4月2号复诊。')).toEqual(['DATE:3月9日', 'DATE:4月2号']);
  });
  it('reads month/day near a care word and a month/day header line (en, zh)', () => {
    expect(ofType('DATE', 'Swelling since 10/14, seen on 10/18.', 'en')).toEqual([
      'DATE:10/14',
      'DATE:10/18',
    ]);
    expect(ofType('DATE', 'Date: 10/18/25', 'en')).toEqual(['DATE:10/18/25']);
    expect(ofType('DATE', '病房交班 10/18 白班\n无特殊')).toEqual(['DATE:10/18']);
    expect(ofType('DATE', 'Booster due on the 3rd of December.', 'en')).toEqual(['DATE:3rd of December']);
  });
  it('does not read scales, doses, gene names or a card expiry as dates', () => {
    expect(ofType('DATE', 'Pain 4/10 since surgery; power 4/5 in the left leg.', 'en')).toEqual([]);
    expect(ofType('DATE', 'Take 1/2 tab since Monday; card exp 09/28.', 'en')).toEqual([]);
    expect(ofType('DATE', '检测BRCA1/2突变，报告待回。')).toEqual([]);
  });
});

describe('English names in list rows and sign-off fields', () => {
  it('reads a name opening a line or following a dash before the age', () => {
    expect(ofType('PERSON', 'Falls clinic\nBeatrix Holloway, 88, two falls', 'en')).toEqual([
      'PERSON:Beatrix Holloway',
    ]);
    expect(ofType('PERSON', 'Wound clinic – Tobias Fenwick, 59/M, leg ulcer', 'en')).toEqual([
      'PERSON:Tobias Fenwick',
    ]);
    expect(ofType('PERSON', 'Pt Anwen Price, 71F, collapse', 'en')).toEqual(['PERSON:Anwen Price']);
  });
  it('does not read a ward, a drug or a one-word heading before a number', () => {
    expect(
      ofType('PERSON', 'Ward 6, 12 beds\nParacetamol, 500 mg\nDischarge Summary, 3 pages', 'en'),
    ).toEqual([]);
  });
  it('reads an initial and surname after a signature or authorisation field', () => {
    expect(ofType('PERSON', 'Signature: K. Ashby   Date: 2 May 2026', 'en')).toEqual(['PERSON:K. Ashby']);
    expect(ofType('PERSON', 'Authorised: P. Marsh, BMS', 'en')).toEqual(['PERSON:P. Marsh']);
    expect(ofType('PERSON', 'Signature: pending', 'en')).toEqual([]);
  });
});

describe('places that read like names', () => {
  it('does not read a nationality or a hometown with 人 as a name', () => {
    expect(ofType('PERSON', '姓名：金秀贤　国籍：韩国\n籍贯：温州人')).toEqual(['PERSON:金秀贤']);
    expect(ofType('PERSON', '患者，兰州人，现住本市。')).toEqual([]);
  });
});
