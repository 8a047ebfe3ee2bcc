import { describe, expect, it } from 'vitest';
import type { PiiType } from '../finding.ts';
import { RecognizerRegistry } from '../registry.ts';

const registry = RecognizerRegistry.withDefaults();
const found = (text: string, language: 'zh' | 'en' = 'zh') =>
  registry.analyze(text, { language }).map((f) => `${f.type}:${f.text}`);

describe('personal-data recognizers', () => {
  it.each<[string, PiiType, string]>([
    ['身份证号11010519491231002X，', 'ID_CARD', '11010519491231002X'],
    ['身份证：110105491231002', 'ID_CARD', '110105491231002'],
    ['HKID A123456(3)', 'ID_CARD', 'A123456(3)'],
    ['电话：138-1234-5678', 'PHONE', '138-1234-5678'],
    ['座机(010)82951332转', 'PHONE', '(010)82951332'],
    ['call +44 20 7946 0958 today', 'PHONE', '+44 20 7946 0958'],
    ['邮箱 zhang.wei@example.com。', 'EMAIL', 'zhang.wei@example.com'],
    ['住院号：ZY2023004567', 'MRN', 'ZY2023004567'],
    ['MRN: 00482716', 'MRN', '00482716'],
    ['医保卡号：YB320123456789', 'INSURANCE_ID', 'YB320123456789'],
    ['NHS number: 943 476 5919', 'INSURANCE_ID', '943 476 5919'],
    ['卡号 6222 0212 3456 7890 128', 'BANK_CARD', '6222 0212 3456 7890 128'],
    ['护照号E12345678', 'PASSPORT', 'E12345678'],
    ['港澳通行证C12345678', 'PASSPORT', 'C12345678'],
    ['出生日期：1950-03-05', 'DATE', '1950-03-05'],
    ['admitted on 14 March 2024', 'DATE', '14 March 2024'],
    ['患者92岁', 'AGE', '92'],
    ['a 97-year-old woman', 'AGE', '97'],
    ['车牌京A12345', 'PLATE', '京A12345'],
    ['登录IP 192.168.1.20', 'IP', '192.168.1.20'],
    ['见 https://example.org/p?id=3。', 'URL', 'https://example.org/p?id=3'],
    ['微信号：wx_zhang1990', 'ACCOUNT', 'wx_zhang1990'],
    ['家庭住址：北京市朝阳区建国路88号3号楼2单元501室，', 'ADDRESS', '北京市朝阳区建国路88号3号楼2单元501室'],
    ['lives at 42 Oak Street, Springfield, IL 62704.', 'ADDRESS', '42 Oak Street, Springfield, IL 62704'],
    ['患者欧阳娜娜，女', 'PERSON', '欧阳娜娜'],
    ['姓名：阿依古丽·买买提  民族', 'PERSON', '阿依古丽·买买提'],
    ['请王主任会诊', 'PERSON', '王'],
    ['患者梅霁月因发热入院', 'PERSON', '梅霁月'],
    ['Seen by Dr. Emily Chen today', 'PERSON', 'Emily Chen'],
    ['his wife Margaret was present', 'PERSON', 'Margaret'],
    // Formats with spaces, dashes and full-width brackets.
    ['证件号：650102-19791122-0356', 'ID_CARD', '650102-19791122-0356'],
    ['身份证 110108 1958 0314 0520', 'ID_CARD', '110108 1958 0314 0520'],
    ['香港身份证：K482913（1），', 'ID_CARD', 'K482913（1）'],
    ['工行借记卡9558 8012 0004 7283 192', 'BANK_CARD', '9558 8012 0004 7283 192'],
    ['就诊卡号：8600 3321 0457，', 'MRN', '8600 3321 0457'],
    ['病理号：S2024-11873', 'MRN', 'S2024-11873'],
    ['Hosp No: H0045192', 'MRN', 'H0045192'],
    ['12-1床已转ICU', 'MRN', '12-1'],
    // Address parts: 门, 之, 附, a building named without a suffix.
    ['居住地址：北京市丰台区方庄芳城园一区15号楼3门801', 'ADDRESS', '北京市丰台区方庄芳城园一区15号楼3门801'],
    ['我住在青岛市市南区香港中路76号颐和国际A座2008，', 'ADDRESS', '青岛市市南区香港中路76号颐和国际A座2008'],
    ['现住重庆市沙坪坝区小龙坎新街41号附8号5-2，', 'ADDRESS', '重庆市沙坪坝区小龙坎新街41号附8号5-2'],
    [
      'Lives at 27B Lonsdale Avenue, Manchester M20 3LN.',
      'ADDRESS',
      '27B Lonsdale Avenue, Manchester M20 3LN',
    ],
    // Names with no title or label: speakers, a clause opened by a name, kinship and verbs before.
    ['郁晓彤：妈今天吃饭怎么样？', 'PERSON', '郁晓彤'],
    ['今晨查房，廖春生诉夜间咳嗽减轻。', 'PERSON', '廖春生'],
    ['出院时由女婿聂海涛陪同', 'PERSON', '聂海涛'],
    ['请帮我跟覃佳慧说一声', 'PERSON', '覃佳慧'],
    ['家属：我姓宫，是病人的儿子。', 'PERSON', '宫'],
    ['Niamh Gallagher slept well overnight.', 'PERSON', 'Niamh Gallagher'],
    ['Spoke to Oksana (daughter) by phone.', 'PERSON', 'Oksana'],
    ["hi, it's Callum, I was seen on Tuesday", 'PERSON', 'Callum'],
    ['Interpreter booked for Liu Zhenhua next week.', 'PERSON', 'Liu Zhenhua'],
  ])('finds %s → %s', (text, type, value) => {
    expect(found(text, /[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en')).toContain(`${type}:${value}`);
  });

  it.each([
    '阿司匹林100mg qd，二甲双胍0.5g bid',
    '血红蛋白128g/L，白细胞12.3×10^9/L，血钾3.2mmol/L',
    '诊断：急性心肌梗死（I21.0），2型糖尿病（E11.9）',
    '根据《中国高血压防治指南2018年修订版》',
    '转诊至北京协和医院心血管内科',
    '上海市第六人民医院骨科',
    '患者高热3天，平素体健',
    '既往帕金森病、马方综合征、霍奇金淋巴瘤病史',
    "Known Parkinson's disease and Crohn's disease",
    'HbA1c 7.2%, BP 150/90 mmHg, eGFR 58',
    '患者45岁，67-year-old man',
    '责任护士已交班，值班医生查看患者',
    '张力性气胸，立即穿刺减压',
    '周一至周五上午可采血，谢谢',
    '高血压病史10年，平素规律服药。',
    'Chest Pain was worse overnight.',
    'Graves disease, on carbimazole 20 mg OD.',
  ])('finds nothing in the hard negative %s', (text) => {
    expect(found(text, /[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en')).toEqual([]);
  });

  it('rejects an 18-digit number whose GB 11643 check character is wrong', () => {
    expect(found('编号110105194912310021')).toEqual([]);
  });

  it('rejects a 16-digit number that fails Luhn', () => {
    expect(found('订单号 6222021234567891')).not.toContain('BANK_CARD:6222021234567891');
  });

  it('prefers a bank card over an ID number when a bank word is near', () => {
    // 4111111111111111 passes Luhn; the bank label decides the type.
    expect(found('银行卡号：4111111111111111')).toEqual(['BANK_CARD:4111111111111111']);
  });

  it('keeps the longer address over a date-like part inside it', () => {
    expect(found('家庭住址：大理市和平路225号7-4-2001\n')).toEqual(['ADDRESS:大理市和平路225号7-4-2001']);
  });

  it('finds a name again where it recurs without a cue', () => {
    expect(found('患者汪海燕，女，45岁。汪海燕今天又烧起来了')).toEqual(['PERSON:汪海燕', 'PERSON:汪海燕']);
    const en = found('Patient: Kwame Asante. Transport for Kwame Asante is booked.', 'en');
    expect(en.filter((f) => f === 'PERSON:Kwame Asante')).toHaveLength(2);
  });

  it('reads rare and ambiguous surnames where a person is expected, and not in clinical words', () => {
    expect(found('出院时由侄女贲立平接回。')).toContain('PERSON:贲立平');
    expect(found('今日查房，时卫东精神好转。')).toContain('PERSON:时卫东');
    expect(found('下午常伟明血压波动。')).toContain('PERSON:常伟明');
    expect(found('患者洪建军，男。')).toContain('PERSON:洪建军');
    for (const text of ['患者常规治疗后好转。', '患者平时血压偏高。', '家属和患者沟通。', '患者全身乏力。'])
      expect(
        found(text).filter((f) => f.startsWith('PERSON')),
        text,
      ).toEqual([]);
  });

  it('finds names after account-holder labels, in greetings, answers to a name question, and lists', () => {
    expect(found('退款卡号6217000010001234567，户名农振宇。')).toContain('PERSON:农振宇');
    expect(found('敖丽你好，你妈的CT报告出来了。')).toContain('PERSON:敖丽');
    expect(found('今天是马晓东第三次复诊。')).toContain('PERSON:马晓东');
    expect(found('医生：叫什么名字？\n患者：迪丽娜尔。')).toContain('PERSON:迪丽娜尔');
    expect(found('医生：您怎么称呼？\n家属：我姓宫，是病人的儿子。')).toEqual(['PERSON:宫']);
    expect(found('龚建平、龚丽娟两位家属到场。')).toEqual(['PERSON:龚建平', 'PERSON:龚丽娟']);
    expect(found('买买提·艾力，男，腹痛2天。')).toContain('PERSON:买买提·艾力');
    expect(found('家属：钟良怎么样了？')).toContain('PERSON:钟良');
  });

  it('ends a name before 代诉 and a modal 可, but keeps 可 at the start of a given name', () => {
    expect(found('母亲覃艳代诉发热2天。')).toContain('PERSON:覃艳');
    expect(found('患儿蓝可欣，发热。')).toContain('PERSON:蓝可欣');
    expect(found('报告查询：患者贾洋可登录网站查看。')).toContain('PERSON:贾洋');
  });

  it('reads more record-number labels, address suffixes and age wordings', () => {
    expect(found('检验条码：2403150872')).toEqual(['MRN:2403150872']);
    expect(found('门诊ID：MZ00381274；住院号码：2024031877')).toEqual(['MRN:MZ00381274', 'MRN:2024031877']);
    expect(found('Accession: ACC7719204', 'en')).toEqual(['MRN:ACC7719204']);
    expect(found('Episode No: E2291034; MRN#: 00482913', 'en')).toEqual(['MRN:E2291034', 'MRN:00482913']);
    expect(found('户籍：甘肃省定西市临洮县洮阳镇西街村三社')).toEqual([
      'ADDRESS:甘肃省定西市临洮县洮阳镇西街村三社',
    ]);
    expect(found('家住广东省深圳市南山区粤海街道高新南七道18号，')).toEqual([
      'ADDRESS:广东省深圳市南山区粤海街道高新南七道18号',
    ]);
    expect(found('老人今年九十二岁。')).toEqual(['AGE:九十二']);
    expect(found('享年93，')).toEqual(['AGE:93']);
    expect(found('92/F with a fall', 'en')).toEqual(['AGE:92']);
    expect(found('Medicare No: 2953 41870 1', 'en')).toEqual(['INSURANCE_ID:2953 41870 1']);
  });

  it('keeps a labelled card number that fails Luhn, weakly, and drops an unlabelled one', () => {
    expect(found('银行卡号：6222021234567890127')).toEqual(['BANK_CARD:6222021234567890127']);
    expect(found('编号6222021234567890127')).toEqual([]);
  });

  it('reads English names after "for seeing" and not a job title after "Nurse"', () => {
    expect(found('Thank you for seeing Tomasz Wrobel in clinic.', 'en')).toContain('PERSON:Tomasz Wrobel');
    expect(found('Kind regards,\nSarah Okafor\nClinical Nurse Specialist', 'en')).toEqual([
      'PERSON:Sarah Okafor',
    ]);
  });

  it('reads English names with initials, particles, accents and in surname-first form', () => {
    expect(found('cc: Dr A. Patel, GP', 'en')).toContain('PERSON:A. Patel');
    expect(found('Patient: Pieter van der Berg, 67', 'en')).toContain('PERSON:Pieter van der Berg');
    expect(found('Spoke to Zoë Kröger.', 'en')).toContain('PERSON:Zoë Kröger');
    expect(found('Patient: SMITH, John', 'en')).toEqual(['PERSON:SMITH, John']);
    expect(found('Surname: Ho  Forename: Grace', 'en')).toEqual(['PERSON:Ho', 'PERSON:Grace']);
  });

  it('reads English first names after relations, staff roles, clinical verbs and in the possessive', () => {
    expect(found('Her son Mohammed and daughter-in-law Aisha were present.', 'en')).toContain('PERSON:Aisha');
    expect(found('Mum (Jenny) present throughout.', 'en')).toEqual(['PERSON:Jenny']);
    expect(found('Physio Hannah saw him this morning.', 'en')).toEqual(['PERSON:Hannah']);
    expect(found('Physio Assessment completed.', 'en')).toEqual([]);
    expect(found('We reviewed Grace in clinic.', 'en')).toEqual(['PERSON:Grace']);
    expect(found("Liam's temperature settled overnight.", 'en')).toEqual(['PERSON:Liam']);
    expect(found('Yes, at St Mary’s Hospital.', 'en')).toEqual([]);
  });

  it('reads Chinese names after spaced labels, 告知, before 同学, 吗, （ and stops at 均', () => {
    expect(found('姓名 胡春燕  性别 女')).toContain('PERSON:胡春燕');
    expect(found('告知温淑芬及家属手术风险。')).toContain('PERSON:温淑芬');
    expect(found('请沈佳怡同学到医务室来一下。')).toContain('PERSON:沈佳怡');
    expect(found('是李文博吗？')).toContain('PERSON:李文博');
    expect(found('温淑芬（12床）夜间睡眠可。')).toContain('PERSON:温淑芬');
    expect(found('患者女儿彭静、儿子彭涛均同意手术。')).toEqual(['PERSON:彭静', 'PERSON:彭涛']);
  });

  it('reports JavaScript string indices whose slice is the finding text', () => {
    const text = '😀患者张伟，电话13812345678，邮箱a@example.com';
    for (const f of registry.analyze(text, { language: 'zh' }))
      expect(text.slice(f.start, f.end)).toBe(f.text);
  });
});
