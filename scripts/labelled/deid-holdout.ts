import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { holdoutRecords, type LabelledRecord, renderJsonl } from './generate-deid.ts';

/**
 * The fresh held-out de-identification set (data/labelled/deid-holdout.jsonl): hand-written
 * snippets with hand-placed spans, marked inline as [[TYPE|text]] like handwritten.ts. Written before
 * the recognizer revision that followed them and never used to tune it: the bench reports it as
 * "fresh held-out". Identifiers are synthetic (resident IDs with a valid GB 11643 character, cards
 * with a valid Luhn digit, fictional phone ranges, example.* mail domains).
 *
 * Written to stress what the first sets under-represent: names with no cue (chat speakers, progress
 * notes, letters), rare and minority names, Chinese addresses down to building/unit/room and rural
 * villages, varied record-number formats (specimen, accession, card, hyphenated), bank cards in
 * groups of four or with dashes, 15-digit legacy IDs and 18-digit IDs split 6-8-4.
 */
const zh: Array<[string, string]> = [
  [
    'admission',
    '患者[[PERSON|祁秀兰]]，女，[[AGE|92]]岁，因"反复咳嗽咳痰20年，加重伴气促3天"入院。住院号：[[MRN|2024-031572]]',
  ],
  ['nursing', '[[MRN|17]]床[[PERSON|甘玉珍]]，夜间睡眠差，02:00诉腹胀，予开塞露20ml纳肛后排便一次。'],
  [
    'message',
    '医生您好，我是[[PERSON|韦丽娟]]的女儿，我妈住院号是[[MRN|ZY0087264]]，想问下出院结算要带什么材料',
  ],
  [
    'referral',
    '转诊单\n患者姓名：[[PERSON|闫德胜]]  身份证号：[[ID_CARD|110108195803140520]]\n现住址：[[ADDRESS|北京市海淀区学院路街道志新东路8号院3号楼2单元501]]\n转入科室：心内科',
  ],
  [
    'dialogue',
    '护士：您家住哪儿？\n家属：[[ADDRESS|广东省深圳市南山区粤海街道高新南七道18号]]，离这儿挺远的。',
  ],
  ['message', '[[PERSON|汪海燕]]今天又烧起来了，38.7度，你们什么时候能安排床位？'],
  ['chat', '[[PERSON|曹立群]]：明天上午谁去病房陪爸？\n[[PERSON|曹立新]]：我去，下午换你。'],
  [
    'discharge',
    '出院小结\n姓名：[[PERSON|巫春梅]]  病案号：[[MRN|B00563219]]\n入院日期：[[DATE|2024-02-11]]  出院日期：[[DATE|2024-02-19]]\n出院诊断：社区获得性肺炎',
  ],
  [
    'billing',
    '退费申请：请将多缴的住院预交金退至患者本人银行卡[[BANK_CARD|6222 0210 0179 3058 469]]（工商银行），户名[[PERSON|农振宇]]。',
  ],
  ['billing', '收款账号：[[BANK_CARD|6217 0009 3817 2646]]  开户行：建设银行成都高新支行'],
  ['admission', '身份证号码（旧）：[[ID_CARD|370203490918633]]，现已换领新证。'],
  ['admission', '患者提供的是十五位老身份证[[ID_CARD|510107730222465]]，请核实后录入系统。'],
  ['admission', '老人独居在[[ADDRESS|湖北省武汉市江汉区前进四路菜园社区12栋3门402]]，子女均在外地。'],
  ['nursing', '上门采血地址：[[ADDRESS|上海市闵行区七宝镇漕宝路3366弄58号1102室]]'],
  ['admission', '户籍：[[ADDRESS|甘肃省定西市临洮县洮阳镇西街村三社]]'],
  ['outpatient', '[[PERSON|邵建军]]，住[[ADDRESS|天津市南开区鞍山西道华苑小区7号楼1402室]]，因头晕3天就诊。'],
  ['report', '门诊号：[[MRN|0001847263]]；检验条码：[[MRN|2403150872]]'],
  ['report', '影像号 [[MRN|CT240315-0098]]，检查部位：头颅平扫。'],
  ['admission', '病历号 [[MRN|ZYH-2023-11-04512]]，入院方式：急诊平车。'],
  ['dialogue', '医生：叫什么名字？\n患者：[[PERSON|迪丽娜尔]]。\n医生：多大了？\n患者：四十二。'],
  [
    'report',
    '检验报告单\n姓名：[[PERSON|欧阳静怡]]  性别：女  年龄：36岁  标本号：[[MRN|S2404180331]]\n项目：血常规  WBC 6.2×10^9/L',
  ],
  [
    'consent',
    '本人[[PERSON|谷振东]]，系患者[[PERSON|谷秋菊]]之兄，同意行腰椎穿刺术。签字日期：[[DATE|2024年4月2日]]',
  ],
  ['message', '我是[[MRN|23]]床[[PERSON|尤国庆]]的家属，请问今天几点查房？'],
  ['outpatient', '建议口服奥美拉唑20mg bid，4周后复查胃镜；幽门螺杆菌呼气试验阳性。'],
  ['admission', '张力性气胸处理：立即于锁骨中线第2肋间穿刺减压，随后行胸腔闭式引流。'],
  ['admission', '高血压3级，肌酐132μmol/L，尿素氮8.9mmol/L，复查时间待定。'],
  ['outpatient', '诊断：川崎病（M30.3）；予丙种球蛋白2g/kg静滴，阿司匹林30mg/kg/d。'],
  ['message', '周一至周五上午可在门诊三楼采血，空腹，费用约120元。'],
  ['progress', '今日查房，[[PERSON|时卫东]]精神好转，体温正常，咳嗽较前减少。'],
  ['progress', '[[PERSON|柏雪]]昨晚哭闹到半夜，奶量较前减少，今晨体温37.9℃。'],
  ['operation', '手术由[[PERSON|闻]]主任主刀，[[PERSON|仇佳琪]]医师一助，术中出血约50ml。'],
  ['nursing', '责任护士：[[PERSON|凌小满]]  记录时间：[[DATE|2024-05-06]] 14:30'],
  ['admission', '家住[[ADDRESS|河北省保定市涞水县九龙镇西关村]]，平时务农。'],
  ['admission', '现住[[ADDRESS|重庆市渝北区金开大道西段106号8栋2单元17-3]]，已婚。'],
  ['admission', '紧急联系人：[[PERSON|栾桂英]]（母亲）[[PHONE|137 0188 5524]]'],
  ['admission', '出生地：[[ADDRESS|山东省潍坊市]]，籍贯：[[ADDRESS|山东省诸城市]]，民族：汉。'],
  ['dialogue', '患者：钱直接打我卡上吧，卡号是[[BANK_CARD|6228 4800 3365 2219 099]]。'],
  ['billing', '退款卡号：[[BANK_CARD|6225-8801-7749-3021]]'],
  ['message', '我的银行卡号[[BANK_CARD|6216612800471939]]，户名[[PERSON|叶知秋]]，麻烦退一下挂号费'],
  ['message', '我儿子身份证号是[[ID_CARD|440306200107091145]]，他今年刚满二十三'],
  ['admission', '身份证号：[[ID_CARD|420106 19860530 0275]]'],
  ['report', '证件号码 [[ID_CARD|37020319490918633X]]  送检科室：呼吸内科'],
  ['outpatient', '患儿[[PERSON|蓝可欣]]，母亲[[PERSON|覃艳]]代诉发热2天，最高39.1℃。'],
  ['outpatient', '末次月经[[DATE|2024年3月8日]]，孕6周，要求保胎。'],
  [
    'message',
    '麻烦护士上门换药，地址是[[ADDRESS|西安市雁塔区科技路48号创业广场B座1906]]，电话[[PHONE|18691234407]]',
  ],
  ['discharge', '出院时由侄女[[PERSON|贲立平]]接回，嘱一周后门诊复查。'],
  ['message', '[[PERSON|敖丽]]你好，你妈的CT报告出来了，明天上午来拿。'],
  ['referral', '患者[[PERSON|司徒嘉欣]]，门诊号[[MRN|MZ-24-0071846]]，因甲状腺结节转上级医院进一步诊治。'],
  ['report', '病理号：[[MRN|P2024-06613]]  送检日期：[[DATE|2024.06.13]]'],
  ['admission', '户籍地址：[[ADDRESS|广西壮族自治区南宁市青秀区民族大道136号]]'],
  ['outpatient', '今天是[[PERSON|马晓东]]第三次复诊，血糖控制尚可，继续二甲双胍0.5g tid。'],
  ['message', '医生，我叫[[PERSON|黎红英]]，上周在你们这儿做的胃镜，报告什么时候能出？'],
];

const en: Array<[string, string]> = [
  [
    'outpatient',
    'Seen today: [[PERSON|Priya Raman]], 47, with a 3-day history of cough. MRN [[MRN|K4471902]].',
  ],
  ['progress', '[[PERSON|Declan Moyo]] was much brighter this morning and ate all of his breakfast.'],
  ['nursing', 'Bed [[MRN|14]]: Mrs [[PERSON|Okafor]] settled overnight, pain score 2/10.'],
  [
    'referral',
    'Dear Dr [[PERSON|Lindqvist]],\nThank you for seeing [[PERSON|Tomasz Wrobel]] (DOB [[DATE|14/02/1961]], hospital no. [[MRN|RX0093817]]), who has exertional angina.',
  ],
  [
    'discharge',
    'Discharged home on [[DATE|3 March 2024]] to the care of his daughter, [[PERSON|Aoife Brennan]].',
  ],
  [
    'message',
    "hi it's [[PERSON|Marisol]] again, my card is [[BANK_CARD|4367 4200 5281 9371]] for the copay refund",
  ],
  ['admission', 'Home address: [[ADDRESS|Flat 4, 27 Cranbrook Road, Leeds LS6 2BN]]'],
  ['admission', 'He lives alone at [[ADDRESS|118 Wexford Lane, Apt 3B, Columbus, OH 43215]].'],
  ['billing', 'Card no. [[BANK_CARD|5240 9401 8827 3615]] was declined at the pharmacy.'],
  [
    'report',
    'Specimen ID: [[MRN|24-SP-018834]]  Accession: [[MRN|ACC7719204]]  Collected: [[DATE|2024-04-22]]',
  ],
  ['discharge', 'Start apixaban 5 mg BID; recheck eGFR and Hb in 2 weeks. ICD-10 I48.91.'],
  ['outpatient', "Parkinson's disease, on co-careldopa 25/100 mg TDS; Hoehn and Yahr stage 2."],
  ['outpatient', 'Per the 2023 ESC guidelines, consider an SGLT2 inhibitor for HFrEF.'],
  ['dialogue', "Nurse: Who's with you today?\nPatient: My neighbour, [[PERSON|Graham]], he drove me in."],
  ['admission', 'She is a [[AGE|94]]-year-old widow who lives with her son [[PERSON|Rajesh Pillai]].'],
  [
    'consent',
    'I, [[PERSON|Hannah Kowalczyk]], consent to the procedure described above. Signed [[DATE|12/05/2024]].',
  ],
  ['outpatient', 'Interpreter present for [[PERSON|Liu Zhenhua]] (Mandarin). MRN: [[MRN|00719284]].'],
  ['progress', 'Reviewed with Prof [[PERSON|Adeyemi]] on the ward round; plan unchanged.'],
  ['progress', 'Rang [[PERSON|Beatriz]] to discuss results: no answer, voicemail left.'],
  ['progress', '[[PERSON|Kwame Asante]] missed his dialysis session again; transport booked for Thursday.'],
  ['admission', 'Contact: [[EMAIL|j.whitfield@example.org]], [[PHONE|07700 900418]]'],
  ['billing', 'Refund issued to [[BANK_CARD|4041-1900-0372-6512]].'],
  ['progress', 'Morning bloods: Na 134, K 5.1, creatinine 148, CRP 87. Blood cultures x2 sent.'],
  ['admission', 'Found by the ambulance crew at [[ADDRESS|9 Harrow Close, Bristol BS7 8QT]] after a fall.'],
  ['admission', 'Unit No. [[MRN|H882041]]  Ward: Cedar 2  Consultant: Dr [[PERSON|Ferreira]]'],
  ['outpatient', 'Patient [[PERSON|Nguyen Thi Lan]] asked for a Vietnamese interpreter.'],
];

export function generateDeidHoldout(): LabelledRecord[] {
  return holdoutRecords('fh', zh, en);
}

export const DEID_HOLDOUT_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/labelled/deid-holdout.jsonl',
);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const records = generateDeidHoldout();
  writeFileSync(DEID_HOLDOUT_PATH, renderJsonl(records));
  console.log(`wrote ${records.length} records to ${DEID_HOLDOUT_PATH}`);
}
