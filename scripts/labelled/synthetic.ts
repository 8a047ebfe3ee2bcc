import { MONTHS } from '../../src/guard/deid/date-shift.ts';
import type { Prng } from '../../src/guard/deid/prng.ts';
import { gb11643CheckChar, luhnCheckDigit } from '../../src/guard/recognizers/checksums.ts';

/**
 * Synthetic identities for the labelled set. Every value is drawn from a seeded generator and our
 * own word lists: no real person's data. Identifiers carry valid checksums so that the recognizers'
 * validators are exercised, and the word lists deliberately differ from the recognizers' own
 * lexicons (rare given-name characters, unlisted first names) so recall is not measured on itself.
 */

const ZH_SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵钱严覃武戴莫孔向汤温康施文牛葛邢安齐乔伍庞颜倪庄聂章鲁岳翟殷申欧耿关焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕',
];
const ZH_COMPOUND = [
  '欧阳',
  '司马',
  '诸葛',
  '上官',
  '东方',
  '皇甫',
  '慕容',
  '令狐',
  '司徒',
  '夏侯',
  '公孙',
  '尉迟',
];
const ZH_GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '磊',
  '洋',
  '勇',
  '杰',
  '涛',
  '超',
  '霞',
  '刚',
  '建华',
  '秀兰',
  '志强',
  '桂芳',
  '海燕',
  '文杰',
  '子涵',
  '浩然',
  '欣怡',
  '思远',
  '雨桐',
  '明轩',
  '淑珍',
  '国庆',
  '建军',
  '丽娟',
  '晓东',
  '春梅',
  '玉兰',
  '德明',
  '家豪',
  '梓萱',
  '一鸣',
  '佳怡',
  '俊杰',
  '红霞',
  '小燕',
  '宏伟',
  '金凤',
  '立新',
  '爱华',
  '振宇',
  '雪梅',
  '婉清',
  '嘉懿',
  '翊辰',
  '珩',
  '骁',
  '昕妍',
  '朔',
  '芮希',
  '砚秋',
  '彧',
  '霁月',
  '沐阳',
  '锦程',
  '若曦',
  '亦菲',
  '梓涵',
  '诗琪',
  '博文',
  '天佑',
  '晓萌',
  '凤英',
  '桂兰',
  '福生',
  '长顺',
  '满仓',
  '翠花',
  '素琴',
  '惠珍',
  '炳坤',
  '焕章',
  '蕴仪',
];
const EN_FIRST = [
  'James',
  'Emily',
  'Michael',
  'Sarah',
  'David',
  'Olivia',
  'Thomas',
  'Grace',
  'Daniel',
  'Hannah',
  'Siobhan',
  'Tariq',
  'Niamh',
  'Oluwaseun',
  'Priyanka',
  'Mei',
  'Wei',
  'Kwame',
  'Ingrid',
  'Mateo',
  'Aoife',
  'Rohan',
  'Callum',
  'Leila',
  'Dmitri',
  'Ana',
  'Yusuf',
  'Freya',
  'Eleanor',
  'Benjamin',
];
const EN_LAST = [
  'Smith',
  'Johnson',
  'Okafor',
  'Nguyen',
  'Patel',
  'Zhang',
  'Wang',
  'Li',
  'Chen',
  'Murphy',
  "O'Brien",
  'Kowalski',
  'Garcia',
  'Haddad',
  'Fitzgerald',
  'Lindqvist',
  'Mensah',
  'Nakamura',
  'Abernathy',
  'Thornton',
  'MacLeod',
  'Harper',
  'Rossi',
  'Ivanova',
  'Brennan',
  'Achebe',
  'Liu',
  'Huang',
  'Walsh',
  'Quinn',
];

export function zhName(rng: Prng): string {
  const surname = rng.chance(0.06) ? rng.pick(ZH_COMPOUND) : rng.pick(ZH_SURNAMES);
  return surname + rng.pick(ZH_GIVEN);
}
export function zhSurname(rng: Prng): string {
  return rng.chance(0.05) ? rng.pick(ZH_COMPOUND) : rng.pick(ZH_SURNAMES);
}
export function enName(rng: Prng): string {
  return `${rng.pick(EN_FIRST)} ${rng.pick(EN_LAST)}`;
}
export function enSurname(rng: Prng): string {
  return rng.pick(EN_LAST);
}

const REGIONS = [
  '110105',
  '110108',
  '310104',
  '310115',
  '440304',
  '440106',
  '510107',
  '330106',
  '420106',
  '320102',
  '370102',
  '610113',
  '500103',
  '350203',
  '430104',
  '210102',
  '120101',
  '230103',
  '530102',
  '450103',
];

function birthDate(rng: Prng, fromYear = 1930, toYear = 2015): [number, number, number] {
  return [rng.int(fromYear, toYear), rng.int(1, 12), rng.int(1, 28)];
}
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function residentId(rng: Prng): string {
  const [y, m, d] = birthDate(rng);
  const first17 = rng.pick(REGIONS) + y + pad(m) + pad(d) + rng.digits(3);
  return first17 + gb11643CheckChar(first17);
}
export function legacyId(rng: Prng): string {
  const [y, m, d] = birthDate(rng, 1930, 1980);
  return rng.pick(REGIONS) + pad(y % 100) + pad(m) + pad(d) + rng.digits(3);
}
export function mobile(rng: Prng): string {
  const number = `1${rng.pick(['3', '5', '7', '8', '9'])}${rng.digits(9)}`;
  switch (rng.int(0, 5)) {
    case 0:
      return `${number.slice(0, 3)}-${number.slice(3, 7)}-${number.slice(7)}`;
    case 1:
      return `${number.slice(0, 3)} ${number.slice(3, 7)} ${number.slice(7)}`;
    case 2:
      return `+86 ${number}`;
    default:
      return number;
  }
}
export function landline(rng: Prng): string {
  const [area, digits] = rng.pick([
    ['010', 8],
    ['021', 8],
    ['020', 8],
    ['0755', 8],
    ['028', 8],
    ['0571', 8],
    ['0731', 8],
    ['0351', 7],
  ] as const);
  const local = String(rng.int(2, 8)) + rng.digits(digits - 1);
  return rng.chance(0.3) ? `(${area})${local}` : `${area}-${local}`;
}
export function enPhone(rng: Prng): string {
  switch (rng.int(0, 3)) {
    case 0:
      return `(${rng.int(201, 989)}) 555-01${rng.digits(2)}`;
    case 1:
      return `+44 20 7946 0${rng.digits(3)}`;
    case 2:
      return `07700 900${rng.digits(3)}`;
    default:
      return `${rng.int(201, 989)}-555-01${rng.digits(2)}`;
  }
}
const PINYIN = [
  'zhang',
  'wang',
  'li',
  'liu',
  'chen',
  'yang',
  'zhao',
  'huang',
  'zhou',
  'wu',
  'xu',
  'sun',
  'ma',
  'hu',
  'guo',
];
const EN_USER = [
  'j.smith',
  'emily.chen',
  'okafor.d',
  'sarah_h',
  'tq.haddad',
  'niamh.walsh',
  'm.rossi',
  'grace.l',
];
export function email(rng: Prng): string {
  const user = rng.chance(0.5)
    ? `${rng.pick(PINYIN)}${rng.pick(['', '.', '_'])}${rng.pick(PINYIN)}${rng.chance(0.5) ? rng.int(1, 99) : ''}`
    : rng.pick(EN_USER);
  return `${user}@${rng.pick(['example.com', 'example.org', 'mail.example.net', 'example.cn', 'test.example.edu.cn'])}`;
}

const ZH_PLACES: Array<[string, string[]]> = [
  ['北京市', ['朝阳区', '海淀区', '西城区', '丰台区', '通州区']],
  ['上海市', ['浦东新区', '徐汇区', '静安区', '闵行区']],
  ['广东省广州市', ['天河区', '越秀区', '番禺区']],
  ['广东省深圳市', ['南山区', '福田区', '宝安区']],
  ['四川省成都市', ['武侯区', '锦江区', '高新区']],
  ['浙江省杭州市', ['西湖区', '滨江区', '余杭区']],
  ['湖北省武汉市', ['武昌区', '洪山区', '江汉区']],
  ['江苏省南京市', ['鼓楼区', '玄武区', '江宁区']],
  ['湖南省长沙市', ['岳麓区', '开福区', '雨花区']],
  ['山东省济南市', ['历下区', '市中区']],
  ['河南省郑州市', ['金水区', '二七区']],
  ['陕西省西安市', ['雁塔区', '碑林区']],
  ['云南省大理白族自治州', ['大理市']],
  ['河北省保定市', ['莲池区', '涿州市']],
];
const ROADS = [
  '建国路',
  '中山路',
  '人民路',
  '解放路',
  '长安街',
  '淮海中路',
  '南京东路',
  '和平路',
  '文化路',
  '科华北路',
  '学院路',
  '黄河大道',
  '体育西路',
  '东风路',
  '光明街',
  '青年路',
  '滨江大道',
  '幸福巷',
  '胜利街',
];
const ESTATES = [
  '阳光花园',
  '金色家园',
  '幸福小区',
  '锦绣新村',
  '翠湖公寓',
  '世纪城',
  '和谐家园',
  '明珠大厦',
  '枫林苑',
  '东湖小区',
];
const TOWNS = ['城关镇', '新华街道', '长安镇', '东城街道'];
const VILLAGES = ['李家村', '王庄村', '河西村', '柳树屯村'];

export function zhAddress(rng: Prng): string {
  const [head, districts] = rng.pick(ZH_PLACES);
  const district = rng.pick(districts);
  const style = rng.int(0, 4);
  const number = `${rng.int(1, 399)}号`;
  if (style === 0) return `${head}${district}${rng.pick(ROADS)}${number}`;
  if (style === 1)
    return `${head}${district}${rng.pick(ROADS)}${number}${rng.pick(ESTATES)}${rng.int(1, 30)}栋${rng.int(1, 6)}单元${rng.int(1, 32)}0${rng.int(1, 6)}室`;
  if (style === 2)
    return `${head}${district}${rng.pick(TOWNS)}${rng.pick(VILLAGES)}${rng.int(1, 12)}组${rng.int(1, 99)}号`;
  if (style === 3)
    return `${head}${district}${rng.pick(ESTATES)}${rng.int(1, 20)}号楼${rng.int(1, 4)}单元${rng.int(1, 25)}0${rng.int(1, 4)}室`;
  return `${district}${rng.pick(ROADS)}${number}${rng.int(1, 12)}-${rng.int(1, 6)}-${rng.int(1, 30)}0${rng.int(1, 4)}`;
}
export function zhRegion(rng: Prng): string {
  const [head, districts] = rng.pick(ZH_PLACES);
  return `${head}${rng.pick(districts)}`;
}
const EN_STREETS = [
  'Oak Street',
  'Mill Lane',
  'Station Road',
  'Maple Avenue',
  'Church Street',
  'Park Drive',
  'Willow Close',
  'Harbour Way',
  'King Street',
  'Elm Grove',
  'Victoria Road',
  'Cedar Court',
];
const EN_TOWNS = [
  ['Springfield', 'IL', 'us'],
  ['Portland', 'OR', 'us'],
  ['Madison', 'WI', 'us'],
  ['Leeds', 'LS1 4AB', 'uk'],
  ['Bristol', 'BS8 1TH', 'uk'],
  ['Manchester', 'M14 5RQ', 'uk'],
] as const;
export function enAddress(rng: Prng): string {
  const [town, code, country] = rng.pick(EN_TOWNS);
  const flat = rng.chance(0.2) ? `Flat ${rng.int(1, 12)}, ` : '';
  const line = `${flat}${rng.int(2, 980)} ${rng.pick(EN_STREETS)}`;
  return country === 'us' ? `${line}, ${town}, ${code} ${rng.int(10000, 99999)}` : `${line}, ${town} ${code}`;
}

export function mrn(rng: Prng): string {
  switch (rng.int(0, 5)) {
    case 0:
      return `ZY${rng.int(2018, 2024)}${rng.digits(6)}`;
    case 1:
      return `00${rng.digits(8)}`;
    case 2:
      return `MZ${rng.int(2019, 2024)}${pad(rng.int(1, 12))}${pad(rng.int(1, 28))}-${rng.digits(4)}`;
    case 3:
      return `H${rng.digits(7)}`;
    default:
      return rng.digits(rng.int(6, 10));
  }
}
export function bed(rng: Prng): string {
  return String(rng.int(1, 60));
}
export function insurance(rng: Prng, lang: 'zh' | 'en'): string {
  if (lang === 'en') {
    switch (rng.int(0, 3)) {
      case 0:
        return `${rng.digits(3)} ${rng.digits(3)} ${rng.digits(4)}`;
      case 1:
        return `XK${rng.digits(9)}`;
      case 2:
        return `PL-${rng.int(2019, 2024)}-${rng.digits(6)}`;
      default:
        return `1EG4-TE5-MK${rng.digits(2)}`;
    }
  }
  switch (rng.int(0, 3)) {
    case 0:
      return `${rng.pick(['BJ', 'SH', 'GD', 'SC'])}${rng.digits(10)}`;
    case 1:
      return `YB${rng.digits(12)}`;
    case 2:
      return `${rng.digits(4)}${rng.digits(8)}`;
    default:
      return `SB${rng.digits(9)}`;
  }
}
export function bankCard(rng: Prng): string {
  const prefix = rng.pick(['6222', '6228', '6217', '6212', '4563', '5218']);
  const length = prefix.startsWith('62') ? rng.pick([16, 19]) : 16;
  const partial = prefix + rng.digits(length - prefix.length - 1);
  const number = partial + luhnCheckDigit(partial);
  return rng.chance(0.4) ? number.replace(/(\d{4})(?=\d)/g, '$1 ') : number;
}
export function passport(rng: Prng): string {
  switch (rng.int(0, 4)) {
    case 0:
      return `E${rng.digits(8)}`;
    case 1:
      return `E${rng.pick(['A', 'B', 'C', 'D'])}${rng.digits(7)}`;
    case 2:
      return `C${rng.digits(8)}`;
    case 3:
      return `T${rng.digits(8)}`;
    default:
      return `G${rng.digits(8)}`;
  }
}
export function zhDate(rng: Prng, fromYear = 2019, toYear = 2024): string {
  const y = rng.int(fromYear, toYear);
  const m = rng.int(1, 12);
  const d = rng.int(1, 28);
  switch (rng.int(0, 3)) {
    case 0:
      return `${y}-${pad(m)}-${pad(d)}`;
    case 1:
      return `${y}/${m}/${d}`;
    case 2:
      return `${y}.${pad(m)}.${pad(d)}`;
    default:
      return `${y}年${m}月${d}日`;
  }
}
export function enDate(rng: Prng, fromYear = 2019, toYear = 2024): string {
  const y = rng.int(fromYear, toYear);
  const m = rng.int(1, 12);
  const d = rng.int(1, 28);
  switch (rng.int(0, 3)) {
    case 0:
      return `${pad(m)}/${pad(d)}/${y}`;
    case 1:
      return `${d} ${MONTHS[m - 1]} ${y}`;
    case 2:
      return `${MONTHS[m - 1]} ${d}, ${y}`;
    default:
      return `${y}-${pad(m)}-${pad(d)}`;
  }
}
export function age90(rng: Prng): string {
  return String(rng.int(90, 104));
}
const PLATE_PROVINCES = [...'京沪粤川浙苏鄂湘鲁豫陕'];
const PLATE_LETTERS = [...'ABCDEFGHJKLMN'];
export function plate(rng: Prng): string {
  const p = rng.pick(PLATE_PROVINCES) + rng.pick(PLATE_LETTERS);
  if (rng.chance(0.2)) return `${p}${rng.pick(['D', 'F'])}${rng.digits(5)}`;
  const sep = rng.chance(0.3) ? '·' : '';
  return `${p}${sep}${rng.digits(3)}${rng.pick(PLATE_LETTERS)}${rng.digits(1)}`;
}
export function ip(rng: Prng): string {
  return rng.pick([
    `10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`,
    `192.168.${rng.int(0, 255)}.${rng.int(1, 254)}`,
    `172.${rng.int(16, 31)}.${rng.int(0, 255)}.${rng.int(1, 254)}`,
  ]);
}
export function url(rng: Prng): string {
  return rng.pick([
    `https://portal.example-hospital.cn/patient/${rng.digits(6)}`,
    `https://example.org/records?id=${rng.digits(8)}`,
    `http://www.example.com/u/${rng.pick(PINYIN)}${rng.int(10, 99)}`,
    `https://followup.example.net/p/${rng.digits(5)}/report`,
  ]);
}
export function wechat(rng: Prng): string {
  return rng.pick([
    `wxid_${rng.pick(PINYIN)}${rng.digits(4)}`,
    `${rng.pick(PINYIN)}_${rng.pick(PINYIN)}${rng.int(1970, 2005)}`,
    `${rng.pick(PINYIN)}${rng.pick(PINYIN)}${rng.digits(3)}`,
  ]);
}
export function qq(rng: Prng): string {
  return String(rng.int(1, 9)) + rng.digits(rng.int(6, 9));
}

// Hard negatives: things that look like identifiers but are not personal data.
export const ZH_DRUG_DOSES = [
  '阿司匹林100mg qd',
  '二甲双胍0.5g bid',
  '氨氯地平5mg 每日一次',
  '阿托伐他汀钙20mg qn',
  '头孢曲松2g ivgtt qd',
  '布洛芬缓释胶囊0.3g bid',
  '胰岛素甘精12U 睡前皮下注射',
  '呋塞米20mg iv',
  '美托洛尔缓释片47.5mg qd',
  '低分子肝素4100IU sc q12h',
  '对乙酰氨基酚0.5g prn',
  '奥美拉唑20mg bid',
];
export const EN_DRUG_DOSES = [
  'aspirin 100 mg daily',
  'metformin 500 mg BID',
  'amlodipine 5 mg once daily',
  'atorvastatin 40 mg at night',
  'ceftriaxone 2 g IV q24h',
  'paracetamol 1 g QDS PRN',
  'enoxaparin 40 mg SC daily',
  'furosemide 40 mg IV',
  'bisoprolol 2.5 mg OD',
  'insulin glargine 14 units at bedtime',
];
export const ZH_LABS = [
  '血红蛋白128g/L',
  '白细胞12.3×10^9/L',
  '血小板230×10^9/L',
  '糖化血红蛋白7.2%',
  '血钾3.2mmol/L',
  '肌酐98μmol/L',
  'C反应蛋白45mg/L',
  '肌钙蛋白I 0.85ng/mL',
  '空腹血糖8.6mmol/L',
  'ALT 56U/L',
  '血压150/90mmHg',
  '心率102次/分',
];
export const EN_LABS = [
  'Hb 128 g/L',
  'WBC 12.3 x10^9/L',
  'platelets 230',
  'HbA1c 7.2%',
  'K+ 3.2 mmol/L',
  'creatinine 98 umol/L',
  'CRP 45 mg/L',
  'troponin I 0.85 ng/mL',
  'BP 150/90 mmHg',
  'HR 102 bpm',
  'SpO2 94% on room air',
  'eGFR 58 mL/min/1.73m2',
];
export const ICD = [
  'I21.0',
  'E11.9',
  'J18.9',
  'I10',
  'N18.3',
  'K35.8',
  'C34.1',
  'G20',
  'I63.9',
  'J44.1',
  'O24.4',
  'F32.1',
];
export const ZH_HOSPITALS = [
  '北京协和医院',
  '复旦大学附属中山医院',
  '四川大学华西医院',
  '上海市第六人民医院',
  '浙江省人民医院',
  '中山大学附属第一医院',
  '首都医科大学附属北京天坛医院',
  '武汉大学人民医院',
  '湖南省长沙市中心医院',
  '本院',
];
export const EN_HOSPITALS = [
  'St Mary’s Hospital',
  'Royal Infirmary',
  'Massachusetts General Hospital',
  'Leeds General Infirmary',
  'the Memorial Medical Center',
  'Springfield Community Hospital',
];
export const ZH_DEPTS = [
  '心血管内科',
  '神经内科',
  '呼吸与危重症医学科',
  '内分泌科',
  '普外科',
  '急诊科',
  '消化内科',
  '肾内科',
  '骨科',
  '妇产科',
  '儿科',
  '精神心理科',
];
export const EN_DEPTS = [
  'Cardiology',
  'Neurology',
  'Respiratory Medicine',
  'Endocrinology',
  'General Surgery',
  'the Emergency Department',
  'Gastroenterology',
  'Nephrology',
  'Orthopaedics',
  'Obstetrics',
];
export const ZH_EPONYMS = [
  '帕金森病',
  '马方综合征',
  '霍奇金淋巴瘤',
  '唐氏综合征',
  '克罗恩病',
  '桥本甲状腺炎',
  '白塞病',
  '阿尔茨海默病',
  '川崎病',
  '库欣综合征',
  '格林-巴利综合征',
  '雷诺综合征',
];
export const EN_EPONYMS = [
  "Parkinson's disease",
  'Marfan syndrome',
  'Hodgkin lymphoma',
  'Down syndrome',
  "Crohn's disease",
  "Hashimoto's thyroiditis",
  "Behçet's disease",
  "Alzheimer's disease",
  'Kawasaki disease',
  "Cushing's syndrome",
  'Guillain-Barré syndrome',
  "Raynaud's phenomenon",
];
export const ZH_GUIDES = [
  '《中国2型糖尿病防治指南（2020年版）》',
  '《中国高血压防治指南2018年修订版》',
  '2019年发布的专家共识',
  '2021年版国家基本药物目录',
  '2022年更新的诊疗规范',
];
export const EN_GUIDES = [
  'the 2020 ESC guidelines',
  'the NICE guideline published in 2019',
  'the 2023 ADA Standards of Care',
  'the WHO guidance updated in 2024',
  'the 2018 AHA/ACC guideline',
];
export function zhYoungAge(rng: Prng): string {
  return String(rng.int(1, 89));
}
