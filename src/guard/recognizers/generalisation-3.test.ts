import { describe, expect, it } from 'vitest';
import { RecognizerRegistry } from '../registry.ts';

/**
 * One test per class of personal data the round-3 set showed the recognizers missing, each with a
 * hard negative. The examples are invented here (not copied from any labelled set), so they check the
 * rule, not a memorised string.
 */
const registry = RecognizerRegistry.withDefaults();
const found = (text: string, language: 'zh' | 'en' = 'zh') =>
  registry.analyze(text, { language }).map((f) => `${f.type}:${f.text}`);
const ofType = (type: string, text: string, language: 'zh' | 'en' = 'zh') =>
  found(text, language).filter((f) => f.startsWith(`${type}:`));

describe('identity numbers and phones in more formats', () => {
  it('reads a Malaysian MyKad with a real birth date and place code, not any 6-2-4 number', () => {
    expect(found('Pt IC: 910723-08-6631, from Ipoh.', 'en')).toContain('ID_CARD:910723-08-6631');
    expect(ofType('ID_CARD', 'Lot 911399-19-0021 shipped.', 'en')).toEqual([]);
  });
  it('keeps a labelled resident ID whose checksum fails as an ID, not as an insurance number', () => {
    expect(found('身份证：440106198803154410，参保类型：居民医保。')).toContain('ID_CARD:440106198803154410');
  });
  it('reads a one-digit area code landline, and phone numbers said in words or numerals', () => {
    expect(found('Office: 04-2287 6610', 'en')).toContain('PHONE:04-2287 6610');
    expect(found('Her mobile is nine-four-one-two, three-three-eight, five-one-six.', 'en')).toContain(
      'PHONE:nine-four-one-two, three-three-eight, five-one-six',
    );
    expect(found('家属：手机一三九 二二八七 六六零五。')).toContain('PHONE:一三九 二二八七 六六零五');
  });
  it('does not read counting or a short run of numerals as a phone number', () => {
    expect(ofType('PHONE', 'Count out loud: one, two, three, four, five, six, seven, eight.', 'en')).toEqual(
      [],
    );
    expect(ofType('PHONE', '一二三四五六七，口令练习。')).toEqual([]);
  });
});

describe('record, insurance and vehicle numbers by their labels', () => {
  it('reads record numbers under any 编号/单号/ID label, but not versions, orders or incidents', () => {
    expect(found('随访单号：SF-2025-0441')).toContain('MRN:SF-2025-0441');
    expect(found('筛查编号：NS20250612')).toContain('MRN:NS20250612');
    expect(ofType('MRN', '快递单号：YT8831200456')).toEqual([]);
    expect(ofType('MRN', '事件编号：AE-2025-0102')).toEqual([]);
  });
  it('reads references and cards whose number mixes letters and digits, and check digits in brackets', () => {
    expect(found('Transfer ref TRF-25-3309 to ICU.', 'en')).toContain('MRN:TRF-25-3309');
    expect(found('Card no. HSC-25-110482', 'en')).toContain('MRN:HSC-25-110482');
    expect(found('Hospital No: KW55210938(4)', 'en')).toContain('MRN:KW55210938(4)');
    expect(ofType('MRN', 'See ref 12 in the guideline.', 'en')).toEqual([]);
  });
  it('reads provincial and national health numbers by name, and spaced insurance numbers', () => {
    expect(found('OHIP: 5512 208 771', 'en')).toContain('INSURANCE_ID:5512 208 771');
    expect(found('His health card is 7710 442 091.', 'en')).toContain('INSURANCE_ID:7710 442 091');
    expect(found('医保卡号3301 5520 9911 04，复诊')).toContain('INSURANCE_ID:3301 5520 9911 04');
    expect(ofType('INSURANCE_ID', 'NHS Trust board meeting, 2025.', 'en')).toEqual([]);
  });
  it('reads a plate after a vehicle word, and the other provincial abbreviations on Chinese plates', () => {
    expect(found('Visitor car rego 7BK 2QD in bay 4.', 'en')).toContain('PLATE:7BK 2QD');
    expect(found('车辆滇A·7F2K9，已登记')).toContain('PLATE:滇A·7F2K9');
    expect(ofType('PLATE', 'Car park level 2 is closed.', 'en')).toEqual([]);
  });
  it('reads a bare domain with a path, an @handle and a login after "user"', () => {
    expect(found('Photos at clinic-share.example.org/p/4431.', 'en')).toContain(
      'URL:clinic-share.example.org/p/4431',
    );
    expect(found('Follow me @sunny.days_88 for updates', 'en')).toContain('ACCOUNT:@sunny.days_88');
    expect(found('Audit: user j.okafor21 reset the pump.', 'en')).toContain('ACCOUNT:j.okafor21');
    expect(ofType('ACCOUNT', 'The user interface was updated.', 'en')).toEqual([]);
    expect(ofType('URL', 'Our company example.com is large.', 'en')).toEqual([]);
  });
});

describe('addresses in more national formats', () => {
  it('reads a street type first, Canadian and Irish postcodes, and bare postcodes after a town', () => {
    expect(found('Address: 320 Rue Sainte-Catherine, app. 12, Québec, QC G1K 3R6', 'en')).toContain(
      'ADDRESS:320 Rue Sainte-Catherine, app. 12, Québec, QC G1K 3R6',
    );
    expect(found('Lives at 4 Quay Street, Kinsale, Co. Cork P17 WX23.', 'en')).toContain(
      'ADDRESS:4 Quay Street, Kinsale, Co. Cork P17 WX23',
    );
    expect(found('Home: 77 Rata Road, Hamilton 3204.', 'en')).toContain(
      'ADDRESS:77 Rata Road, Hamilton 3204',
    );
  });
  it('does not take a year after a street as a postcode', () => {
    expect(found('Moved from 12 Elm Street, 2019 onwards.', 'en')).toContain('ADDRESS:12 Elm Street');
  });
  it('reads Malaysian addresses and rural boxes with a postcode', () => {
    expect(found('Alamat: No. 8, Jalan Mawar 3, 81200 Johor Bahru, Johor', 'en')).toContain(
      'ADDRESS:No. 8, Jalan Mawar 3, 81200 Johor Bahru, Johor',
    );
    expect(found('Mail to Box 41, Lac La Biche, AB T0A 2C0.', 'en')).toContain(
      'ADDRESS:Box 41, Lac La Biche, AB T0A 2C0',
    );
    expect(ofType('ADDRESS', 'Put the gloves in box 41 please.', 'en')).toEqual([]);
  });
  it('reads a rural chain of divisions with no known city, but not a county hospital', () => {
    expect(found('住河池市都安县下坳镇加文村弄洞屯，务农')).toContain(
      'ADDRESS:河池市都安县下坳镇加文村弄洞屯',
    );
    expect(ofType('ADDRESS', '转县医院进一步治疗，村医随访。')).toEqual([]);
  });
  it('reads a hamlet whose name ends in 屯 before its village, and a tower after an estate', () => {
    expect(found('家庭住址：辽宁省铁岭市西丰县平岗镇杨树屯村3组12号')).toContain(
      'ADDRESS:辽宁省铁岭市西丰县平岗镇杨树屯村3组12号',
    );
    expect(found('寄到深圳市南山区科技南路88号海岸大厦东塔1502室，谢谢')).toContain(
      'ADDRESS:深圳市南山区科技南路88号海岸大厦东塔1502室',
    );
  });
});

describe('ages and dates in more wordings', () => {
  it('reads an age in brackets or between commas after a name, and after a sex', () => {
    expect(found('Visited Edna Polley (96) at home.', 'en')).toContain('AGE:96');
    expect(found('Resident: Walter Brigg, 91, settled.', 'en')).toContain('AGE:91');
    expect(found('Sex/Age: M/93', 'en')).toContain('AGE:93');
    expect(ofType('AGE', 'Saturations (94) on room air.', 'en')).toEqual([]);
  });
  it('reads ages in words, in English and in Chinese numerals before 了', () => {
    expect(found('Her husband turned ninety-four last week.', 'en')).toContain('AGE:ninety-four');
    expect(found('医生：老人今年多大年纪？\n家属：九十五了。')).toContain('AGE:九十五');
    expect(ofType('AGE', 'We walked a hundred metres.', 'en')).toEqual([]);
    expect(ofType('AGE', '这种药吃了九十多天了。')).toEqual([]);
  });
  it('reads partial dates near an event word, dates in words and in Chinese numerals', () => {
    expect(found('Bloods due 14 Jan.', 'en')).toContain('DATE:14 Jan');
    expect(found('Review booked for Feb 9.', 'en')).toContain('DATE:Feb 9');
    expect(found('Nurse: Date of birth? Patient: third of May 1949.', 'en')).toContain(
      'DATE:third of May 1949',
    );
    expect(found('Seen 03-Oct-2024 in clinic.', 'en')).toContain('DATE:03-Oct-2024');
    expect(found('生于一九四一年三月二十日。')).toContain('DATE:一九四一年三月二十日');
    expect(found('护理记录：\n10-07 06:30 3床体温37.9℃')).toContain('DATE:10-07');
    expect(ofType('DATE', 'May 5 patients attend?', 'en')).toEqual([]);
    expect(ofType('DATE', '每日1-2 次口服。')).toEqual([]);
  });
});

describe('English names after more cues', () => {
  it('reads a name after a role label with a colon only when the name is the whole field', () => {
    expect(found('Clinician: Odile Marchand, NP', 'en')).toContain('PERSON:Odile Marchand');
    expect(found('Child: Keanu Whitfield   DOB: 2024-02-01', 'en')).toContain('PERSON:Keanu Whitfield');
    expect(ofType('PERSON', 'Doctor: Where does it hurt?', 'en')).toEqual([]);
  });
  it('reads names after "administered by", "belonging to", "baby of" and a bed number', () => {
    expect(found('Dose administered by Petra Lindgren, RN.', 'en')).toContain('PERSON:Petra Lindgren');
    expect(found('Wallet belonging to Amir bin Yusof was found.', 'en')).toContain('PERSON:Amir bin Yusof');
    expect(found('Baby of Tahlia Brennan, 3.2 kg.', 'en')).toContain('PERSON:Tahlia Brennan');
    expect(found('Handover: bed 7 Orla Kinsella on IV fluids.', 'en')).toContain('PERSON:Orla Kinsella');
  });
  it('leaves a role abbreviation out of the name and reads a name after it', () => {
    expect(found('Checked by RN Imke Vos.', 'en')).toContain('PERSON:Imke Vos');
    expect(found('HCA Dorota Kaminska assisted.', 'en')).toContain('PERSON:Dorota Kaminska');
  });
  it('reads the signature after a closing, and a greeting with a comma', () => {
    expect(found('See you then.\nKind regards,\nFenella Boyd, Practice Nurse', 'en')).toContain(
      'PERSON:Fenella Boyd',
    );
    expect(found('Results attached. Thanks, Rosalind', 'en')).toContain('PERSON:Rosalind');
  });
  it('reads a name after a heading colon before a verb or an age, and names joined by "and"', () => {
    expect(found('Ward round: Tomas Herrera reviewed, afebrile.', 'en')).toContain('PERSON:Tomas Herrera');
    expect(found('Parents Ines and Rafael Duarte attended.', 'en')).toContain('PERSON:Rafael Duarte');
  });
  it('reads Hong Kong romanisation and Vietnamese names', () => {
    expect(found('姓名：梁家豪（LEUNG Ka-ho）')).toContain('PERSON:LEUNG Ka-ho');
    expect(found('Interpreter booked for Tran Thi Mai on Monday.', 'en')).toContain('PERSON:Tran Thi Mai');
  });
  it('does not read places, institutions, kinship terms or greetings to no one as names', () => {
    expect(ofType('PERSON', 'Flew in from Hong Kong yesterday.', 'en')).toEqual([]);
    expect(ofType('PERSON', 'Referred from Northside Community Hospital on Monday.', 'en')).toEqual([]);
    expect(ofType('PERSON', 'Dear Colleague,\nThank you.', 'en')).toEqual([]);
    expect(ofType('PERSON', 'Grandson: Ah Ma is tired today.', 'en')).toEqual([]);
    expect(ofType('PERSON', 'Mild anaemia, Grade II.', 'en')).toEqual([]);
  });
  it('does not take form field labels for chat speakers', () => {
    expect(ofType('PERSON', 'Role: porter\nShift: nights\nUnit: ED', 'en')).toEqual([]);
  });
});

describe('Chinese names after more cues', () => {
  it('reads a name after any label that names a person by its last character', () => {
    expect(found('投诉人：鲍春生　电话：138 0011 2233')).toContain('PERSON:鲍春生');
    expect(found('母亲：邝婉仪　住院号：0331177')).toContain('PERSON:邝婉仪');
    expect(ofType('PERSON', '出生：2019年3月，足月。')).toEqual([]);
  });
  it('reads a name between full-width spaces in a log row', () => {
    expect(found('5月2日　甘立群　男　61岁　咳嗽')).toContain('PERSON:甘立群');
  });
  it('reads a name before its sex or age in brackets, whatever precedes it', () => {
    expect(found('今日回访苗德胜（82岁），血压平稳')).toContain('PERSON:苗德胜');
    expect(ofType('PERSON', '今日回访患者（82岁），血压平稳')).toEqual([]);
  });
  it('reads Tibetan and Mongolian names, which have no surname', () => {
    expect(found('患者格桑卓玛，女，由丈夫陪同')).toContain('PERSON:格桑卓玛');
    expect(found('家属：巴特尔，电话随访')).toContain('PERSON:巴特尔');
  });
  it('reads traditional-character names, doubled given names and 小/老 with a surname', () => {
    expect(found('Chinese name 陳嘉敏, born in Macau.', 'en')).toContain('PERSON:陳嘉敏');
    expect(found('病程记录：贺乐乐今日进食可')).toContain('PERSON:贺乐乐');
    expect(found('老周，5床的家属到了吗？')).toContain('PERSON:周');
    expect(ofType('PERSON', '老师说要多喝水，小于3个月的宝宝发热要就医。')).toEqual([]);
  });
  it('reads a child before 妈妈, a name after 用户 or 儿童, but not a disease after 儿童', () => {
    expect(found('邹思源妈妈您好，复查结果正常。')).toContain('PERSON:邹思源');
    expect(found('用户戴明轩来电咨询')).toContain('PERSON:戴明轩');
    expect(ofType('PERSON', '儿童白血病的早期症状有哪些？')).toEqual([]);
  });
  it('keeps a repeated two-character name only where a person would be', () => {
    expect(ofType('PERSON', '5床高原，高原反应后第2天，血氧95%')).toEqual(['PERSON:高原']);
  });
  it('reads chat speakers who take turns even when the name reads like a phrase', () => {
    expect(found('熊向东：几点探视？\n熊思琪：晚上七点\n熊向东：好的')).toContain('PERSON:熊向东');
  });
});
