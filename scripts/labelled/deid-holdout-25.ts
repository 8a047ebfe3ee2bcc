import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { holdoutRecords, type LabelledRecord, renderJsonl } from './generate-deid.ts';

/**
 * The ROUND-25 fresh held-out de-identification set (data/labelled/deid-holdout-25.jsonl): hand-written
 * snippets with hand-placed spans, marked inline as [[TYPE|text]] (parseMarked strips the marks and
 * records UTF-16 offsets). Written by a separate annotator who did not read the recognizer code and
 * never ran a recognizer on these snippets; it must not be used to tune the recognizers.
 *
 * About four fifths are the everyday documents of a general hospital and the messages of its patients
 * (admission, progress and discharge notes, outpatient notes and letters, referrals, handovers, nursing
 * notes, lab, pathology and imaging reports, prescriptions and labels, consent, billing papers, online
 * consultations, patient messages and e-mails, family chats and SMS reminders), in new wording and
 * specialties; about a fifth come from settings earlier rounds did not list as genres: vestibular
 * (dizziness and balance) clinics, ECT suites, tracheostomy clinics and teams, deep brain stimulation
 * (DBS) programming clinics and spinal injuries units.
 *
 * Identifiers are synthetic: resident IDs carry a valid GB 11643 check character and a region code, sex
 * digit and birth date consistent with the text (15-digit IDs likewise), bank cards a valid Luhn digit,
 * NHS numbers are in the 999 test range with their modulus-11 digit, the Australian Medicare numbers
 * pass their check digit and the OHIP numbers their Luhn digit; the US SSN is in the 987-65-432x
 * advertising range. Phones are random mainland numbers or fictional ranges (North American 555-01xx,
 * UK 07700 900xxx and 01632 960xxx, Australian 0491 570 xxx); mail and web hosts are example.*; IP
 * addresses come from the documentation ranges.
 *
 * Span conventions are those of data/labelled/deid-holdout-2 to -24 cards; the decisions new in this
 * round are in data/labelled/deid-holdout-25.card.yaml.
 */
const zh: Array<[string, string]> = [
  [
    'admission',
    `心血管内科入院记录\n姓名：[[PERSON|吴建国]]　性别：男　年龄：56岁　职业：出租车司机\n身份证号：[[ID_CARD|330106197003148636]]\n住址：[[ADDRESS|杭州市西湖区教工路178号枫林苑7幢2单元501室]]\n入院时间：[[DATE|2026年11月23日]] 06:15\n主诉：胸骨后压榨样疼痛3小时。\n辅助检查：心电图V1–V4导联ST段抬高0.3 mV，hs-cTnI 12.4 ng/mL。\n诊断：急性前壁ST段抬高型心肌梗死（Killip I级）\n急诊PCI术后入CCU [[MRN|3]]床，住院号[[MRN|ZJ26113187]]\n联系人：儿子 [[PERSON|吴晓峰]] [[PHONE|13967120458]]\n入院医师：[[PERSON|钟]]　上级医师：[[PERSON|司马]]副主任`,
  ],
  [
    'admission',
    `老年医学科下午3点收入[[PERSON|陈桂英]]，女，[[AGE|93]]岁，身份证[[ID_CARD|460106193301077048]]，近一周进食减少、嗜睡，今晨家属发现呼之反应迟钝，急诊查血钠118 mmol/L，胸片右下肺斑片影，考虑低钠血症、吸入性肺炎，ADL评分35分，既往高血压40年、房颤，长期服氢氯噻嗪，安排[[MRN|12]]床（13床空床备用），家住[[ADDRESS|海口市龙华区龙昆北路66号金海花园B座1102房]]，主要照护人为侄女[[PERSON|符美霞]]，电话[[PHONE|13807564219]]，老伴已故，入院日期[[DATE|11月22日]]`,
  ],
  [
    'admission',
    `产科入院 / [[PERSON|覃春兰]] / 29岁 / 壮族 / G1P0 孕39+2周\n身份证 [[ID_CARD|450103199704259766]] / 医保卡号 [[INSURANCE_ID|4501002691473]]\n规律宫缩4小时入院 [[DATE|2026-11-21]] 23:50 / 末次月经 [[DATE|2026-02-19]] / 预产期 [[DATE|2026-11-26]]\n宫口2 cm，胎心140次/分，GBS阴性\n待产室 [[MRN|2]]号床 / 丈夫 [[PERSON|蓝国栋]] [[PHONE|18977106342]] / 接诊助产士 [[PERSON|甘]]`,
  ],
  [
    'progress-note',
    `[[DATE|2026-11-20]]　主任医师查房记录\n[[PERSON|上官]]主任查看患者[[PERSON|郑国强]]（[[MRN|21]]床，72岁）：慢阻肺急性加重第5天，BiPAP IPAP 16/EPAP 5 cmH2O，PaCO2由78 mmHg降至56 mmHg，痰培养铜绿假单胞菌。指示：继续头孢他啶2 g q8h，明日白天试停无创通气，加强呼吸康复。患者女儿[[PERSON|郑丽萍]]询问能否回家用制氧机，已解释。\n记录：[[PERSON|邓晓琳]]`,
  ],
  [
    'progress-note',
    `神经外科术后病程（SOAP）[[DATE|11-21]]\n床号 [[MRN|8]]　[[PERSON|刘红梅]]　住院号 [[MRN|SW2610933]]\nS：头痛较前减轻，诉口干。\nO：GCS 15分，双瞳3 mm等大，引流管引出淡血性液20 ml，Na 131 mmol/L。\nA：右额叶脑膜瘤切除术后第3天，轻度低钠。\nP：拔除引流管，限水，[[DATE|11月24日]]复查头颅CT。\n医师：[[PERSON|骆]]`,
  ],
  [
    'progress-note',
    `血液科病程记录　[[DATE|2026年11月18日]]\n[[PERSON|孙丽娟]]，女，47岁，多发性骨髓瘤，自体造血干细胞移植后第+10天。今日ANC 0.3×10^9/L，PLT 11×10^9/L，T 38.6℃，血培养已送。予美罗培南1 g q8h，输注单采血小板1个治疗量。患者爱人[[PERSON|任志刚]]陪护，已告知感染风险。层流病房[[MRN|5]]室。\n主治医师：[[PERSON|贝]]`,
  ],
  [
    'discharge',
    `出院小结\n姓名：[[PERSON|何丽华]]　女　45岁\n身份证号：[[ID_CARD|35010219810927414X]]\n地址：[[ADDRESS|福州市鼓楼区杨桥东路137号榕城花园4座803]]\n住院时间：[[DATE|2026年11月10日]]至[[DATE|2026年11月20日]]\n出院诊断：子宫腺肌病；中度贫血\n诊疗经过：于[[DATE|11月12日]]行腹腔镜全子宫切除术，术后恢复顺利，Hb 86 g/L。\n出院医嘱：多糖铁复合物150 mg qd，术后6周内禁盆浴及性生活；[[DATE|12月4日]]妇科门诊复查。\n医师：[[PERSON|潘]]`,
  ],
  [
    'discharge',
    `腹腔镜胆囊切除术后出院须知：伤口敷料保持干燥，3天后可淋浴；一周内清淡低脂饮食，逐步恢复正常饮食；少数人术后会有腹泻，一般1–2个月缓解。如出现皮肤或眼睛发黄、持续腹痛、发热超过38.5℃，请及时到急诊就诊。术后1个月门诊复查肝功能。`,
  ],
  [
    'discharge',
    `出院证明书\n患者[[PERSON|魏淑兰]]，女，85岁，身份证号[[ID_CARD|210102410211442]]（旧证），因“左侧股骨粗隆间骨折”于[[DATE|2026年11月3日]]入院，[[DATE|11月5日]]行闭合复位髓内钉内固定术，于[[DATE|2026年11月19日]]出院。\n出院情况：助行器辅助下可短距离行走。\n建议：抗骨质疏松治疗，术后6周、12周骨科复查。\n经治医师：[[PERSON|阚]]　科主任：[[PERSON|庞]]`,
  ],
  [
    'outpatient',
    `皮肤科门诊病历　[[DATE|2026-11-19]]\n患者：[[PERSON|唐建新]]　男　38岁　门诊号：[[MRN|MZ55019372]]　医保卡号：[[INSURANCE_ID|3202004487156]]\n主诉：全身红斑鳞屑反复10年，加重2月。\n查体：躯干四肢斑块，PASI 18.6，BSA 22%，甲凹点。\n诊断：寻常型银屑病（中重度）\n处理：筛查T-SPOT、乙肝五项后启动司库奇尤单抗300 mg皮下注射，[[DATE|12月3日]]复诊。\n医师：[[PERSON|黎]]`,
  ],
  [
    'outpatient',
    `儿童口腔科初诊：[[PERSON|程俊杰]]，男，12岁，身份证[[ID_CARD|360102201405209015]]，母亲[[PERSON|熊丽娜]]代诉：右下后牙咬物痛一周。检查：46牙合面深龋，叩痛（+），X线片示根尖周低密度影。诊断：46慢性根尖周炎。处理：46开髓引流，下周根管预备；嘱勿用患侧咀嚼。家长电话[[PHONE|15979136820]]。医师：[[PERSON|柴]]`,
  ],
  [
    'outpatient',
    `眼科门诊｜[[PERSON|宋桂兰]]｜女｜[[AGE|90]]岁｜门诊号[[MRN|YK2611-7702]]\n主诉：右眼胀痛伴虹视2天，同侧头痛、恶心。\n查体：右眼视力0.1，眼压52 mmHg，角膜雾状水肿，前房浅，瞳孔半散大。\n诊断：右眼急性闭角型青光眼（急性发作期）\n处理：20%甘露醇250 ml静滴，毛果芸香碱滴眼，眼压下降后行激光周边虹膜切开。\n陪同：女婿[[PERSON|贾文斌]]｜接诊医师：[[PERSON|滕]]`,
  ],
  [
    'referral',
    `双向转诊单（上转）\n转出单位：玄武区某社区卫生服务中心\n患者：[[PERSON|沈建忠]]　男　81岁　身份证：[[ID_CARD|320102450509421]]\n住址：[[ADDRESS|南京市玄武区北京东路688号兰园小区9栋302室]]\n初步诊断：无痛性肉眼血尿2周，膀胱占位待排\n转诊目的：泌尿外科膀胱镜检查\n转诊日期：[[DATE|2026年11月17日]]\n转诊医生：[[PERSON|祁]]医生　联系手机：[[PHONE|13770481256]]`,
  ],
  [
    'referral',
    `会诊申请｜申请科室：骨科｜[[MRN|27]]床｜[[PERSON|袁春生]]｜男｜63岁｜住院号[[MRN|GK2611405]]\n病情：拟行右全膝关节置换，术前HbA1c 9.8%，空腹血糖13.2 mmol/L。\n会诊目的：请内分泌科协助控制血糖，评估手术时机。\n申请医师：[[PERSON|石俊辉]]（手机[[PHONE|18651297403]]）｜申请时间：[[DATE|2026-11-22]] 10:30`,
  ],
  [
    'referral',
    `转诊介绍信\n兹有我院患者[[PERSON|马文忠]]，男，39岁，回族，身份证号[[ID_CARD|620102198710039410]]，现住[[ADDRESS|兰州市城关区张掖路312号金城大厦1单元1506室]]。因反复晕厥3次，动态心电图见阵发性三度房室传导阻滞，我院条件有限，特转贵院心内科进一步诊治（拟起搏治疗）。\n联系人：妻子[[PERSON|马秀芳]] [[PHONE|13919247738]]\n[[DATE|2026年11月16日]]`,
  ],
  [
    'handover',
    `心内科夜班交班（[[DATE|11/22]]）\n床号  姓名    诊断              交班要点\n[[MRN|5]]     [[PERSON|郭志刚]]  心衰急性加重      呋塞米泵入，出入量负800 ml\n6     空床\n[[MRN|7]]     [[PERSON|高翠兰]]  房颤伴快心室率    胺碘酮维持，心率92次/分\n加床  未知姓名男性  晕厥待查    待家属确认身份\n[[MRN|9]]     [[PERSON|彭小燕]]  PCI术后第1天     右桡动脉压迫器已松，无渗血\n交班：[[PERSON|米热古丽]]　接班：[[PERSON|处暑]]`,
  ],
  [
    'handover',
    `（新生儿科口头交班，录音整理）[[MRN|三]]号暖箱是[[PERSON|周海燕]]的宝宝，孕32周，出生体重1650克，今天奶量加到每次8毫升，昨晚有一次呼吸暂停，刺激后恢复；五号暖箱早上出院了，空着；[[MRN|七]]号是双胎老二，妈妈叫[[PERSON|蒋佳欣]]，黄疸值15.2，还在蓝光。爸爸说明天下午来，电话[[PHONE|13651802279]]。交完了，我是[[PERSON|童瑶]]。`,
  ],
  [
    'handover',
    `急诊抢救室交班｜[[DATE|2026-11-23]] 08:00\n抢[[MRN|1]]｜[[PERSON|林永福]]｜男｜58岁｜上消化道大出血，已输红细胞4 U，等胃镜\n抢2｜空\n抢3｜无名氏（男，约40岁）｜车祸多发伤，CT示脾破裂，等手术\n抢[[MRN|4]]｜[[PERSON|廖美娟]]｜女｜[[AGE|91]]岁｜慢性心衰急性加重，家属（儿子[[PERSON|廖建军]]）拒绝插管\n交：[[PERSON|乔]]医生　接：[[PERSON|慕容]]医生`,
  ],
  [
    'nursing-note',
    `骨科护理记录单\n姓名：[[PERSON|丁国平]]　男　79岁　床号：[[MRN|15]]　身份证：[[ID_CARD|120101470321569]]\n[[DATE|11-21]] 20:00　左全髋置换术后第1天，患肢外展中立位，足背动脉搏动好，切口无渗出；Braden评分14分，已使用减压床垫。\n[[DATE|11-22]] 02:00　诉切口痛，NRS 5分，遵医嘱予帕瑞昔布40 mg静推，30分钟后NRS 2分。\n[[DATE|11-22]] 06:00　睡眠可，尿管通畅。女儿[[PERSON|丁玉华]]陪护。\n护士：[[PERSON|卓]]`,
  ],
  [
    'nursing-note',
    `胰岛素笔注射宣教要点：每次注射前更换针头并排气2单位；注射部位在腹部、大腿外侧轮换，两次注射点相距至少1厘米；未开封的笔芯放冰箱冷藏，已开封的在室温下保存不超过28天。出现心慌、出汗、手抖时立即测血糖并吃糖块。`,
  ],
  [
    'nursing-note',
    `家庭病床护理记录｜[[PERSON|曹玉芬]]｜女｜75岁｜身份证[[ID_CARD|520102195012285940]]\n地址｜[[ADDRESS|贵阳市南明区市府路93号甲秀苑7栋2单元1804]]\n[[DATE|11月20日]]（周五）上门：更换胃管，回抽胃液确认位置；骶尾部II期压力性损伤2×3 cm，予泡沫敷料。\n指导照护者（儿媳[[PERSON|杜丽娜]]）每2小时翻身。\n下次上门：[[DATE|11月27日]]｜护士[[PERSON|苗]]`,
  ],
  [
    'lab-report',
    `检验科　血常规报告单\n姓名：[[PERSON|杨德明]]  性别：男  年龄：67岁  门诊号：[[MRN|0048816203]]\n条码号：[[MRN|260112358874]]  标本：静脉血  采集：[[DATE|2026-11-22]] 07:42\n项目        结果     参考范围\nWBC         14.8 ↑   3.5–9.5 ×10^9/L\nNEUT%       88.1 ↑   40–75 %\nHb          102 ↓    130–175 g/L\nPLT         412 ↑    125–350 ×10^9/L\nCRP         96.5 ↑   <10 mg/L\n送检医师：[[PERSON|项]]  检验者：[[PERSON|韦小兰]]  审核：[[PERSON|诸葛建明]]`,
  ],
  [
    'lab-report',
    `病理诊断报告\n病理号：[[MRN|P2611-08823]]　姓名：[[PERSON|萧秀珍]]　性别：女　年龄：68岁\n身份证号：[[ID_CARD|420106195807224684]]\n送检：左乳肿物空芯针穿刺组织3条\n镜下：浸润性导管癌，组织学II级。\n免疫组化：ER（90%+），PR（40%+），HER2（2+），Ki-67约25%；HER2 FISH待回报。\n报告日期：[[DATE|2026年11月21日]]\n诊断医师：[[PERSON|聂海燕]]　复核：[[PERSON|花]]`,
  ],
  [
    'lab-report',
    `肿瘤基因检测报告｜样本号 [[MRN|GX26-113092]]｜住院号 [[MRN|ZY2609174]]\n受检者：[[PERSON|卢振华]]｜男｜62岁｜身份证 [[ID_CARD|340104196312058137]]\n样本类型：肺穿刺组织（肿瘤细胞含量约40%）\n结果：EGFR 19号外显子缺失（丰度18.3%）；ALK、ROS1融合阴性；TMB 4.2 muts/Mb\n收样日期 [[DATE|2026-11-14]]｜报告日期 [[DATE|2026-11-21]]`,
  ],
  [
    'imaging-report',
    `头颅MRI平扫+增强\n姓名：[[PERSON|白玉珍]]　性别：女　年龄：61岁　影像号：[[MRN|MR0927336]]\n检查日期：[[DATE|2026年11月20日]]\n所见：左侧桥小脑角区见一类圆形占位，约2.1 cm×1.8 cm，T2稍高信号，增强明显均匀强化，内听道稍扩大。与[[DATE|2025年8月]]片比较略增大（原约1.7 cm）。\n印象：左侧听神经瘤可能。\n报告：[[PERSON|黄]]医师　审核：[[PERSON|欧阳]]医师`,
  ],
  [
    'imaging-report',
    `甲状腺及颈部淋巴结超声｜门诊号[[MRN|MZ2611-33857]]｜[[PERSON|江晓燕]]｜女｜36岁\n所见：甲状腺右叶中部低回声结节，大小0.9×0.7 cm，纵横比>1，边缘模糊，可见微钙化；左叶未见明确结节；双侧颈部未见异常肿大淋巴结。\n提示：甲状腺右叶结节，C-TIRADS 4C类，建议细针穿刺。\n检查时间：[[DATE|2026.11.19]]`,
  ],
  [
    'prescription',
    `某市人民医院门诊处方笺（普通）\n处方号：2611190417\n姓名：[[PERSON|许国庆]]　男　52岁　医保卡号：[[INSURANCE_ID|1101019038842716]]\n临床诊断：痛风性关节炎急性发作；高尿酸血症\nRp：秋水仙碱片0.5 mg×20片，0.5 mg tid（首日）后0.5 mg bid\n　　依托考昔片60 mg×7片，60 mg qd\n医师：[[PERSON|秦]]　审核药师：[[PERSON|汪红]]　日期：[[DATE|2026-11-19]]`,
  ],
  [
    'prescription',
    `第二类精神药品处方\n患者：[[PERSON|罗德胜]]　男　86岁　身份证号：[[ID_CARD|440103400806611]]\n代办人：儿子[[PERSON|罗国辉]]　身份证号：[[ID_CARD|440604198202145491]]\n诊断：慢性失眠；阿尔茨海默病\nRp：唑吡坦片10 mg×7片，5 mg qn\n处方号：J2611-0328　医师：[[PERSON|伍]]　日期：[[DATE|2026年11月20日]]`,
  ],
  [
    'prescription',
    `［药房配送单］\n收件人：[[PERSON|韩雪梅]]　手机：[[PHONE|18621774309]]\n配送地址：[[ADDRESS|上海市徐汇区天钥桥路580号华亭苑12号楼901室]]\n药品：异维A酸软胶囊10 mg×30粒（每日1粒，晚餐后）；维生素E乳膏1支\n特别提示：服药期间及停药后3个月内严格避孕，已签署知情同意。\n订单号：PS2611220571　发药药师：[[PERSON|闵]]`,
  ],
  [
    'consent',
    `麻醉知情同意书（摘要）\n患者：[[PERSON|胡秀珍]]　女　34岁　身份证号：[[ID_CARD|610113199201181701]]\n拟行手术：腹腔镜卵巢囊肿剥除术　麻醉方式：全身麻醉（喉罩）\n已告知：反流误吸、过敏反应、术后恶心呕吐、牙齿损伤等风险。\n患者签字：[[PERSON|胡秀珍]]　日期：[[DATE|2026年11月22日]]\n见证护士：[[PERSON|戚晓楠]]　麻醉医师：[[PERSON|郎]]`,
  ],
  [
    'consent',
    `手术知情同意书\n患儿：[[PERSON|苏语宁]]　女　7岁　身份证号：[[ID_CARD|44030420190630230X]]\n术前诊断：慢性扁桃体炎伴腺样体肥大、阻塞性睡眠呼吸暂停（AHI 11.2次/小时）\n拟行手术：扁桃体及腺样体低温等离子切除术，拟于[[DATE|11月25日]]进行\n监护人（父亲）：[[PERSON|苏建斌]]　身份证号：[[ID_CARD|110105199303034317]]　电话：[[PHONE|13510926648]]\n谈话医师：[[PERSON|冯]]`,
  ],
  [
    'consent',
    `拒绝或放弃医学治疗告知书\n患者[[PERSON|姜立平]]，男，72岁，身份证号[[ID_CARD|230103195408191454]]，诊断晚期胰腺癌多发肝转移、恶病质。医师已告知继续化疗及肠外营养的获益与风险。患者本人及其妻子[[PERSON|宫淑华]]经商量后决定放弃化疗，选择安宁疗护，转入舒缓病房。\n患者签名：[[PERSON|姜立平]]　家属签名：[[PERSON|宫淑华]]（妻）\n[[DATE|2026年11月21日]]`,
  ],
  [
    'billing',
    `门诊退费申请｜申请人：[[PERSON|谢志华]]｜手机[[PHONE|15889203416]]\n原缴费日期：[[DATE|2026-11-18]]｜项目：冠脉CTA（未检查）｜金额：¥980.00\n退款方式：原路退回银行卡 [[BANK_CARD|6217219194974632350]]\n发票号：04417293　流水号：TF2611180093\n经办：收费处 [[PERSON|巫]]`,
  ],
  [
    'billing',
    `商业医疗保险理赔申请书\n被保险人：[[PERSON|董丽萍]]　身份证号：[[ID_CARD|330203196806086004]]\n保单号：[[INSURANCE_ID|PA8826110457310]]\n出险日期：[[DATE|2026年10月29日]]　住院：[[DATE|2026年10月29日]]至[[DATE|11月6日]]\n诊断：急性阑尾炎穿孔　申请金额：¥23,416.50\n收款账户：[[BANK_CARD|6259219887960954]]（本人）　邮箱：[[EMAIL|dlp_nb68@example.com]]\n联系地址：[[ADDRESS|宁波市海曙区中山西路228号月湖景苑3幢1203室]]\n理赔案号：LP20261118004（不用填写）`,
  ],
  [
    'billing',
    `住院预交金收据\n收据号：0062871　住院号：[[MRN|2611204418]]\n姓名：[[PERSON|傅淑珍]]　科室：肾内科　医保号：[[INSURANCE_ID|DL0219473385]]\n入院日期：[[DATE|2026-11-20]]\n预交金额：¥5,000.00（微信支付）\n交款人：[[PERSON|傅建华]]（儿子）　收款员：[[PERSON|俞]]`,
  ],
  [
    'online-consult',
    `【互联网医院·图文问诊】问诊单号 [[MRN|WZ2611230019]]\n患者：[[PERSON|朴正浩]]　男　44岁　就诊卡号：[[MRN|JZ10884271]]\n患者（账号 [[ACCOUNT|pzh_0521]]）：医生您好，我复查尿酸还是560，非布司他吃了一个月了，需要加量吗？\n[[PERSON|金]]医生：可以加到40 mg，同时多喝水、少吃海鲜啤酒，4周后复查肝功能和尿酸。\n登录IP：[[IP|203.0.113.46]]　提交时间：[[DATE|2026-11-23]] 09:14`,
  ],
  [
    'online-consult',
    `视频复诊（语音转写）\n医生：你好，是[[PERSON|妞妞]]的家长吗？\n妈妈：对对，她大名叫[[PERSON|许乐瑶]]，三岁半，湿疹又起来了，脸上和肘窝都是。\n医生：之前的弱效激素药膏还在用吗？\n妈妈：用完了，保湿霜每天两次。\n医生：那我给你开丁酸氢化可的松乳膏，一天两次，用一周；就诊号[[MRN|SP2611-5093]]，药会寄到你填的地址。\n妈妈：好的，谢谢[[PERSON|栾]]医生！`,
  ],
  [
    'online-consult',
    `在线续方｜[[PERSON|郝文杰]]｜男｜61岁｜身份证[[ID_CARD|640104196507070233]]\n慢病：2型糖尿病、高血压\n续方：二甲双胍缓释片0.5 g×60片，氨氯地平片5 mg×28片\n收货地址：[[ADDRESS|银川市兴庆区解放西街217号宁馨家园6号楼2单元401]]\n收货电话：[[PHONE|13995183027]]\n审方药师：[[PERSON|毛桂花]]｜[[DATE|11月21日]]`,
  ],
  [
    'patient-message',
    `[[PERSON|侯]]主任您好，我是上周四在您门诊看甲亢的[[PERSON|孔繁荣]]，门诊号[[MRN|MZ7730419]]。吃了甲巯咪唑一周后起了很多红疹子，很痒，要不要停药？我微信号[[ACCOUNT|kongfanrong_77]]，方便的话加我一下，谢谢！`,
  ],
  [
    'patient-message',
    `致医务科：\n我叫[[PERSON|崔志军]]，身份证号[[ID_CARD|150102197909093599]]，蒙古族。[[DATE|11月16日]]我父亲（[[AGE|92]]岁）在贵院急诊留观期间，夜间两次呼叫护士无人应答，导致他自行下床摔倒，额头缝了4针。请贵院调查并回复。\n联系电话：[[PHONE|18647120953]]　邮箱：[[EMAIL|cuizhijun79@example.cn]]\n地址：[[ADDRESS|呼和浩特市新城区兴安北路87号锡林花园5号楼302]]\n[[DATE|2026年11月20日]]`,
  ],
  [
    'patient-message',
    `主题：申请复印病历及英文诊断证明\n您好，我是[[PERSON|秦丽芳]]，身份证号[[ID_CARD|310104199908121203]]，护照号[[PASSPORT|EK4820173]]。我于[[DATE|2026年9月]]在贵院行甲状腺乳头状癌手术，现需赴德国继续读研，请帮忙提供中英文出院小结。\n回复请发至[[EMAIL|qlf1999@example.com]]，或致电[[PHONE|13681967235]]。谢谢！`,
  ],
  [
    'family-chat',
    `【相亲相爱一家人】\n[[PERSON|跃进]]：爸今天复查怎么样？\n妈：[[PERSON|韦]]主任说支架里面没问题，血脂还要再降。\n[[PERSON|艳红]]：我明天开车过去接你们，车牌[[PLATE|桂A·6Q827]]，停在门诊楼东边。\n妈：好，@[[PERSON|艳红]] 顺便把你爸的医保卡带上。\n[[PERSON|跃进]]：👍`,
  ],
  [
    'family-chat',
    `【老太太照护小组】\n[[PERSON|大川]]：奶奶今天[[AGE|九十七]]岁生日，护工说早上吃了半碗粥。\n[[PERSON|二妮]]：下午我去陪，开我老公的车[[PLATE|鲁B D52871]]。\n[[PERSON|大川]]：护工[[PERSON|徐]]阿姨的电话是[[PHONE|15863047718]]，有事直接打。\n姑姑：明天轮到我。`,
  ],
  [
    'sms-reminder',
    `【某某医院】[[PERSON|谢]]先生您好，您预约的[[DATE|11月26日]]（周四）上午9:30胃镜检查请于前一晚20点后禁食禁水，带齐医保卡。改约或取消请点击 [[URL|https://yy.example.cn/r/8Z4KQ]] 。回T退订`,
  ],
  [
    'sms-reminder',
    `【某某医院】因门诊楼电梯改造，11月30日至12月6日2号电梯停用，请行动不便的患者使用1号、3号电梯或向导医台申请轮椅。给您带来不便，敬请谅解。`,
  ],
  [
    'vestibular-clinic',
    `眩晕门诊记录\n眩晕门诊号：[[MRN|XY2611-0386]]　日期：[[DATE|2026-11-20]]\n患者：[[PERSON|金凤英]]　女　66岁\n主诉：翻身、起床时天旋地转3天，每次持续不到1分钟，伴恶心，无耳鸣、听力下降。\nDix-Hallpike试验：右侧阳性（向上扭转性眼震，潜伏期3秒，持续20秒）；vHIT增益双侧正常；DHI评分46分。\n诊断：右后半规管良性阵发性位置性眩晕\n处理：Epley手法复位2次，复位后眼震消失；嘱[[DATE|11月27日]]复查。\n医师：[[PERSON|雷]]　陪同：女儿[[PERSON|金小梅]]`,
  ],
  [
    'vestibular-clinic',
    `前庭康复训练随访表｜[[PERSON|敖登格日乐]]｜女｜47岁｜眩晕门诊号[[MRN|XY2609-1127]]\n诊断：左侧前庭神经炎恢复期\n训练记录：[[DATE|11月9日]] 凝视稳定训练3组，头晕VAS 6分；[[DATE|11月16日]] 加平衡垫站立，VAS 4分；[[DATE|11月23日]] 闭眼行走10米，VAS 2分\n康复治疗师：[[PERSON|萨日娜]]　下次训练：[[DATE|11月30日]]`,
  ],
  [
    'ect-suite',
    `MECT治疗记录单\n姓名：[[PERSON|范永红]]　女　52岁　住院号：[[MRN|JS2611052]]　床号：[[MRN|19]]\n诊断：重度抑郁发作，伴自杀观念\n疗程：第6次/计划8次　本次日期：[[DATE|2026-11-23]]\n麻醉：丙泊酚80 mg，琥珀胆碱50 mg；电量40%，EEG发作时间38秒，运动发作22秒。\n既往各次：[[DATE|11-10]]、[[DATE|11-12]]、[[DATE|11-14]]、[[DATE|11-17]]、[[DATE|11-19]]\n苏醒良好，诉轻度头痛。治疗医师：[[PERSON|应]]　麻醉医师：[[PERSON|祖]]`,
  ],
  [
    'ect-suite',
    `改良电休克（MECT）治疗前须知：治疗前一晚24点后禁食、禁饮；治疗当日早晨不要涂抹发胶和化妆品，取下假牙、眼镜和首饰；按医嘱停用或减量部分药物。治疗后有短暂的记忆力下降和头痛，多数在疗程结束后数周内恢复。治疗后当天不要独自外出。`,
  ],
  [
    'tracheostomy-clinic',
    `气管切开护理门诊｜[[DATE|2026年11月19日]]\n患者：[[PERSON|钟伟强]]　男　44岁　身份证[[ID_CARD|440604198202145715]]\n喉癌全喉切除术后，永久性气管造瘘，带全喉套管，造口周围皮肤轻度发红。\n更换8.0号套管，痰培养送检；气囊压力不适用（无气囊）。\n居家吸痰器型号YX-930，序列号SN2208173（不作登记）。\n照护者：妻子[[PERSON|罗秀梅]]，手机[[PHONE|13790268415]]\n下次换管：[[DATE|12月17日]]　护士：[[PERSON|邝]]`,
  ],
  [
    'tracheostomy-clinic',
    `气切患者居家护理日志\n[[PERSON|钱沐宸]]（外公叫他[[PERSON|航航]]）　5岁　气切门诊号 [[MRN|QQ1906]]\n[[DATE|11/20]]　吸痰6次，痰白稀，更换系带；\n[[DATE|11/21]]　夜间湿化器报警一次，已加水；\n[[DATE|11/22]]　造口周围少量肉芽，明日门诊处理。\n记录人：妈妈 [[PERSON|钱晓琳]]`,
  ],
  [
    'dbs-clinic',
    `脑深部电刺激（DBS）程控记录\n程控号：[[MRN|DBS-0412]]　姓名：[[PERSON|叶海峰]]　男　58岁　医保卡号：[[INSURANCE_ID|3301009852164]]\n诊断：帕金森病（病程9年），双侧STN-DBS植入术后，植入日期[[DATE|2026年9月8日]]\n脉冲发生器序列号：NJ8P21440（不登记）\n本次程控（[[DATE|2026-11-21]]）：左侧触点2-/C+ 2.8 V 130 Hz 60 μs；右侧触点10-/C+ 2.5 V 130 Hz 60 μs\nMDS-UPDRS III：关期38分→开刺激18分\n程控医师：[[PERSON|侍]]　下次程控：[[DATE|2027年1月]]`,
  ],
  [
    'dbs-clinic',
    `远程程控会话记录\n患者：[[PERSON|次仁多吉]]　程控号 [[MRN|DBS-0587]]　患者端账号 [[ACCOUNT|crdj_1984]]\n会话时间：[[DATE|2026-11-22]] 15:05–15:40　患者端IP：[[IP|198.51.100.181]]\n会话链接：[[URL|https://dbs.example.cn/s/7KQ2MZ]]\n右侧电压由2.2 V上调至2.5 V，异动症状无加重，震颤明显改善。家属[[PERSON|卓嘎]]协助操作平板。`,
  ],
  [
    'spinal-injury-unit',
    `脊髓损伤病区入科评估\n姓名：[[PERSON|彭国栋]]　男　54岁　身份证号：[[ID_CARD|21010219720623761X]]\n受伤日期：[[DATE|2026年10月31日]]（高处坠落）\n神经平面T6，ASIA分级A级（完全性）；T6椎体骨折已行后路内固定。\n膀胱：间歇导尿q6h；肠道：隔日刺激排便。Braden 13分。\n家属：哥哥[[PERSON|彭国梁]]　[[PHONE|13840215639]]\n病区床号：[[MRN|4]]床　入科日期：[[DATE|2026-11-20]]　主管医师：[[PERSON|祁]]`,
  ],
  [
    'spinal-injury-unit',
    `清洁间歇导尿宣教：每次导尿前用肥皂和流动水洗手，按医生制定的时间表导尿，一般每天4到6次，每次尿量控制在400毫升以内；记录每天的饮水量和导尿量。若尿液浑浊、有异味、发热或出现大汗、头痛、血压突然升高，需马上就医。`,
  ],
];

const en: Array<[string, string]> = [
  [
    'admission',
    `HISTORY AND PHYSICAL — Medicine Admit [[DATE|11/22/2026]]\nPatient: [[PERSON|Derek Szymanski]]   DOB [[DATE|04/17/1969]]   MRN [[MRN|40917735]]\nAddress: [[ADDRESS|2417 Buckeye Bend, Dayton, OH 45419]]\nCC: "my legs are swollen and I can't lie flat." 3 weeks of orthopnea, 8 kg weight gain. BNP 2,840. Echo EF 25%.\nA/P: new HFrEF, likely alcohol-related. IV furosemide 80 mg BID, strict I/O, fluid restriction 1.5 L.\nInsurance: Buckeye Health member ID [[INSURANCE_ID|BHX770413286]]\nEmergency contact: sister [[PERSON|Brenda Brzozowski]] [[PHONE|(937) 555-0162]]\nAdmitting: Dr. [[PERSON|Ramya Venkatraman]], PGY-2`,
  ],
  [
    'admission',
    `Acute Medical Unit clerking, [[DATE|21 November 2026]], 23:10. [[PERSON|Bernard Tickle]], [[AGE|94]], lives alone in sheltered housing, found on the floor by the warden this evening, probably there since the morning. CK 4,200, creatinine 188, no head injury. NHS [[INSURANCE_ID|999 754 2800]]. Plan IV fluids, falls bloods, CT head not indicated. Bed [[MRN|14]] on AMU, bed 15 empty. Next of kin niece [[PERSON|Jodie Sharples]] on [[PHONE|07700 900583]]; she says he was "sharp as a tack last week". Clerked by Dr [[PERSON|Hardcastle]] (FY1).`,
  ],
  [
    'admission',
    `ADMISSION NOTE — Gen Surg, [[DATE|20/11/2026]]\nName: [[PERSON|Brett Kerslake]]   UR [[MRN|A1093377]]   Medicare [[INSURANCE_ID|5377 95657 2]]\n42M, 2/7 RIF pain, anorexia, T 38.4, WCC 16.2, CT: acute appendicitis with 6 mm appendicolith, no perforation.\nPlan: lap appendicectomy tonight, IV cefazolin and metronidazole, NBM.\nPartner [[PERSON|Kylie Brosnan]] [[PHONE|0491 570 648]]\nRMO: Dr [[PERSON|Quang Vu]]   Reg: Dr [[PERSON|Mavromatis]]`,
  ],
  [
    'progress-note',
    `MICU Progress Note  [[DATE|11/21/2026]]  HD#4\n[[PERSON|Loretta Gambill]], Rm [[MRN|4726]], MRN [[MRN|55802461]]\nS: Intubated, sedated (RASS -2). Family at bedside overnight.\nO: Tmax 38.9, MAP 64 on norepi 0.08 mcg/kg/min, lactate 2.9 → 1.8, P/F 168 on PEEP 10.\nA/P: septic shock from LLL pneumonia, improving. Continue cefepime, wean pressors, SAT/SBT in AM. Daughter [[PERSON|Shonda]] updated by phone.\n— [[PERSON|Luis Quezada]], MD`,
  ],
  [
    'progress-note',
    `Ward round, Ward 22, [[DATE|19/11/26]]\nCons: Mr [[PERSON|Ogden]]   Pt: [[PERSON|Keith Broadbent]], 71, bed [[MRN|6]]\nDay 2 post open right hemicolectomy. Comfortable, passing flatus, tolerating fluids. Obs stable, drain 40 ml serous. Hb 104.\nPlan: free fluids, mobilise with physio, remove catheter, VTE prophylaxis for 28 days.\nWife [[PERSON|Barbara]] asked about stoma — reassured none formed.\nDr [[PERSON|Priya Raval]] (CT1)`,
  ],
  [
    'progress-note',
    `Progress note — Family Medicine inpatient, [[DATE|Nov 20, 2026]]\n[[PERSON|BERGERON, Sylvie]] — OHIP [[INSURANCE_ID|1050-098-951]] JK — room [[MRN|412]]\nCOPD exacerbation day 3, on 2 L NP, sats 91%. Prednisone 40 mg day 3/5. Ambulated 60 m with walker.\nHusband [[PERSON|Jean-Guy]] wants her home for the weekend; discharge planning with home care started.\nDr. [[PERSON|Harpreet Toor]]`,
  ],
  [
    'discharge',
    `DISCHARGE SUMMARY\nPatient: [[PERSON|Tamika Grier]]   DOB [[DATE|09/02/1988]]   MRN [[MRN|31177024]]\nAdmitted [[DATE|11/14/2026]]   Discharged [[DATE|11/20/2026]]\nDiagnosis: Sickle cell disease (HbSS) with vaso-occlusive crisis; acute chest syndrome ruled out.\nCourse: PCA hydromorphone, IV fluids, incentive spirometry. Hb 7.4 at nadir, no transfusion needed.\nDischarge meds: hydroxyurea 1,000 mg daily, folic acid 1 mg, oxycodone 5 mg q6h PRN #12.\nHome: [[ADDRESS|88 Hackberry Ridge Ct, Apt 2B, Memphis, TN 38116]]\nFollow-up: Hematology [[DATE|12/03/2026]]\nAttending: [[PERSON|Marcus Eubanks]], MD`,
  ],
  [
    'discharge',
    `Going home after your hip replacement: keep doing the exercises the physiotherapist showed you three times a day. Do not bend your hip past a right angle, cross your legs or twist on the operated leg for six weeks. Use the raised toilet seat. Take your blood-thinning injections until the course is finished. Call the ward if the wound becomes red, hot or starts to leak.`,
  ],
  [
    'discharge',
    `[[DATE|18 November 2026]]\nDear Dr [[PERSON|Cahalane]],\nRe: [[PERSON|Sandra Goodall]], DOB [[DATE|11/03/1957]], NHS [[INSURANCE_ID|9994935321]]\n[[ADDRESS|3 Cordwainer Mews, Kettering NN15 7EL]]\n[[PERSON|Sandra]] was admitted on [[DATE|12 November]] with a first seizure. MRI brain showed a 2 cm left frontal meningioma; EEG normal. She has been started on levetiracetam 500 mg twice daily and referred to neurosurgery. She has been told not to drive and to inform the DVLA.\nYours sincerely,\nDr [[PERSON|Fiona Ridsdale]], Neurology Registrar`,
  ],
  [
    'outpatient',
    `Dermatology Clinic Note  [[DATE|11/18/2026]]\n[[PERSON|Glenn Purcell]], 64M, MRN [[MRN|70264019]]\nReferred for a changing lesion on the left upper back. Dermoscopy: asymmetric pigment network, blue-white veil, 9 mm. Shave biopsy not advised; excisional biopsy with 2 mm margins done today, path pending.\nHx: BCC nose 2019. Fitzpatrick II. Counseled on sun protection.\nReturn [[DATE|12/02]] for results and suture removal.\n— [[PERSON|Shawna Poteet]], PA-C`,
  ],
  [
    'outpatient',
    `Rheumatology Outpatients, St Brigid's — [[DATE|17/11/2026]]\n[[PERSON|DUNLEA-KEHOE, Clíona]]   MRN [[MRN|B40871266]]\nSeropositive RA, DAS28-CRP 4.9 despite methotrexate 20 mg weekly. Synovitis of both wrists and MCPs 2–3.\nPlan: add sulfasalazine and hydroxychloroquine (triple therapy); if no response by [[DATE|March 2027]], consider a biologic under the HSE criteria.\n[[PERSON|Clíona]]'s mother, [[PERSON|Bríd]], attended.\nDr [[PERSON|Declan Ó Duinnín]], Consultant Rheumatologist`,
  ],
  [
    'outpatient',
    `Diabetes Clinic (Hamilton) — [[DATE|20 Nov 2026]]\nPt: [[PERSON|Matiu Herewini]], 37, NHI held on file\nT2DM dx 2021, HbA1c 86 mmol/mol (was 74). Weight 128 kg. Works shifts at the freezing works, often skips meals.\nStarted empagliflozin 10 mg; metformin continued 1 g BD. Referred to the Māori health navigator, [[PERSON|Mere Paraone]].\nNext visit in 3 months. — Dr [[PERSON|Sandvik]]`,
  ],
  [
    'referral',
    `Urgent suspected cancer referral (lower GI)\nDate: [[DATE|19/11/2026]]\nPatient: [[PERSON|Terry Spragg]]   DOB: [[DATE|02/06/1951]]   NHS: [[INSURANCE_ID|999 223 0908]]\nAddress: [[ADDRESS|27 Tanner's Yard, Rotherham S60 2QD]]   Mobile: [[PHONE|07700 900369]]\nFIT 212 µg/g, iron-deficiency anaemia (Hb 96, ferritin 6), 4 kg weight loss.\nHe is available at short notice; wife [[PERSON|Lesley]] drives him.\nReferring GP: Dr [[PERSON|Kwame Owiredu]]`,
  ],
  [
    'referral',
    `REFERRAL — Pulmonology\nFrom: Lakeside Family Practice   Fax: (512) 555-0190\nPatient: [[PERSON|Hector Zamora]]   DOB [[DATE|07/28/1962]]   Ins ID [[INSURANCE_ID|TXC5508317206]]\nReason: 1.6 cm spiculated RUL nodule on low-dose CT [[DATE|11/10/2026]]; 40 pack-years, quit 2020.\nRequest: PET-CT and consideration of navigational bronchoscopy.\nPatient phone [[PHONE|(512) 555-0174]]; prefers Spanish, daughter [[PERSON|Lupita]] can interpret.\nReferring: [[PERSON|Dale Gaskins]], DO`,
  ],
  [
    'referral',
    `Referral to Memory Clinic — Sudbury\n[[PERSON|Jean-Guy Dufresne]], 78, OHIP [[INSURANCE_ID|1002736302]] ZK\n[[ADDRESS|512 Notre Dame Ave, Sudbury ON P3C 5L1]]\nMoCA 19/30 (French version), getting lost driving to the camp he has visited for 40 years. B12, TSH normal; CT head: small vessel disease.\nLives with wife [[PERSON|Francine]] ([[PHONE|(705) 555-0121]], e-mail [[EMAIL|francine.dufresne@example.ca]]).\nThank you, Dr [[PERSON|Gaudreault]]`,
  ],
  [
    'handover',
    `ED HANDOVER 0700 [[DATE|11/23]]\n| Bed | Patient | Issue | To do |\n| [[MRN|4]] | [[PERSON|Earl Tisdale]] [[AGE|93]]M | NSTEMI, heparin gtt | cards to see, repeat trop 0900 |\n| 5 | — | empty, cleaning | |\n| [[MRN|6]] | [[PERSON|Bonnie Gaither]] 45F | pyelo, sepsis bundle done | admit hospitalist |\n| Hall 2 | John Doe ~30s | found down, EtOH | re-eval sober |\n| [[MRN|9]] | [[PERSON|Krystal Bybee]] 24F | SVT converted with adenosine | d/c if stays in sinus |\nOff: [[PERSON|Dewayne]] RN  On: [[PERSON|Wanda]] RN`,
  ],
  [
    'handover',
    `SBAR phone handover to night reg, [[DATE|22/11/2026]] 21:40\nS: [[PERSON|Mohammed Hanif]], 59, bed [[MRN|11]] on Ward 7, new fast AF, rate 150.\nB: Day 4 post-oesophagectomy, Ivor Lewis.\nA: BP 104/60, sats 95% on 2 L, lactate 1.4, K 3.3. Worried about an anastomotic leak.\nR: Please review within 30 min; I've sent a gas and a CXR request. Wife [[PERSON|Shabana]] is on the ward.\nCaller: [[PERSON|Shelley]] (staff nurse), bleep 4471`,
  ],
  [
    'handover',
    `Labour ward handover, day to night\nRoom [[MRN|2]]: [[PERSON|Ffion Blakey]], P0, 7 cm at 18:00, epidural working, CTG normal, GBS positive — second dose of benzylpenicillin due 22:00. Partner [[PERSON|Emyr]] present.\nRoom 3: empty.\nRoom [[MRN|4]]: [[PERSON|Catriona Buchan]], P2, IOL for reduced fetal movements, propess in since 14:00.\nTriage: one woman with SROM at 36 weeks, not yet booked in, name to follow.\nMidwife in charge tonight: [[PERSON|Kerrie]]`,
  ],
  [
    'nursing-note',
    `Nursing note 0300 [[DATE|11/22/2026]]: Pt [[PERSON|Ricky Dominguez]], Rm [[MRN|508]], [[AGE|90]] y/o, pulled out PIV x2, attempting to climb out of bed. CAM positive. Bed alarm on, low bed, fall mat, sitter requested. Hospitalist notified, no new orders except melatonin. Son [[PERSON|Ezequiel]] called at [[PHONE|(602) 555-0139]], will come in at 0800. — [[PERSON|Kimberlee]], RN`,
  ],
  [
    'nursing-note',
    `Looking after your wound at home: leave the dressing on for 48 hours, then you may shower; pat the wound dry with a clean towel. Do not soak it in a bath or go swimming until it has fully healed. Some redness along the edge is normal. If the wound opens, leaks pus or you develop a fever, contact your GP practice nurse.`,
  ],
  [
    'nursing-note',
    `District Nursing visit — Tuesday [[DATE|17 November 2026]]\n[[PERSON|Gillian Tonge]], [[ADDRESS|Flat 6, Alder Court, 40 Hempsted Lane, Gloucester GL1 1JJ]]\nLeg ulcer R gaiter 4.1 × 3.2 cm, sloughy base, moderate exudate. ABPI 0.92. Cleansed, Inadine, 2-layer compression applied.\nKey safe code held by the office. Daughter [[PERSON|Lynsey]] visits Thursdays.\nNext visit Friday [[DATE|20 November]]. RN [[PERSON|Bev Pankhurst]]`,
  ],
  [
    'lab-report',
    `CHEMISTRY — FINAL\nPatient: [[PERSON|ZAMORA, Hector]]   MRN [[MRN|62009841]]   Acc# [[MRN|C26-1123-0447]]\nCollected [[DATE|11/23/2026]] 05:12\nNa 128 L   K 5.8 H   Cl 96   CO2 17 L   BUN 64 H   Creat 3.9 H   Glu 212 H   Ca 8.1\nCRITICAL: K 5.8 called to [[PERSON|A. Kittredge]] RN at 05:58, read back.\nVerified by [[PERSON|N. Gale]], MLS`,
  ],
  [
    'lab-report',
    `Microbiology report\n[[PERSON|DUNWOODY, Lesley]]   NHS [[INSURANCE_ID|9998351162]]   Hosp no [[MRN|K2219307]]\nSpecimen: MSU, received [[DATE|20/11/2026]]\nCulture: >10^5 cfu/ml Escherichia coli (ESBL producer)\nSensitive: nitrofurantoin, fosfomycin, meropenem. Resistant: amoxicillin, co-amoxiclav, cefalexin, trimethoprim, ciprofloxacin.\nComment: phoned to GP surgery [[DATE|21/11/2026]]. Authorised: Dr [[PERSON|Graham Thwaite]]`,
  ],
  [
    'lab-report',
    `HISTOPATHOLOGY — Southern Path\nPatient: [[PERSON|Rosa Catalano]]   DOB [[DATE|05/01/1934]] ([[AGE|92]])   Medicare [[INSURANCE_ID|5355 17121 1]]\nLab no [[MRN|26H-48812]]   Received [[DATE|16/11/2026]]\nSpecimen: skin, R cheek, excision.\nDiagnosis: invasive SCC, well differentiated, 7 mm depth, margins clear (closest 2 mm, deep).\nPathologist: Dr [[PERSON|Con Christodoulou]]`,
  ],
  [
    'imaging-report',
    `CT ABDOMEN/PELVIS WITH CONTRAST\nPatient: [[PERSON|Carla Esquivel]]   MRN [[MRN|81140526]]   Exam date [[DATE|11/21/2026]]\nComparison: [[DATE|May 2026]].\nFindings: 3.1 cm hypoenhancing mass in the pancreatic head with upstream ductal dilation (6 mm). Abuts but does not encase the SMV. No liver lesions. Small volume ascites is new.\nImpression: pancreatic head mass, borderline resectable. Recommend pancreas protocol CT and EUS-FNA.\nDictated by: [[PERSON|Dwayne Merritt]], MD`,
  ],
  [
    'imaging-report',
    `US ABDOMEN  RXQ [[MRN|9047736]]\n[[PERSON|Nigel Brocklehurst]]  DOB [[DATE|30/10/1948]]\nRequested by Dr [[PERSON|Hanif]] for deranged LFTs.\nLiver coarse, nodular outline, 15 cm span; no focal lesion. Portal vein patent, hepatopetal flow. Spleen 14 cm. Gallbladder contains multiple small stones, wall not thickened. CBD 5 mm.\nConclusion: features of cirrhosis with splenomegaly; cholelithiasis. Scanned [[DATE|19/11/2026]] by [[PERSON|Jo Smedley]], sonographer.`,
  ],
  [
    'prescription',
    `Rx — Valley Health Pharmacy label\n[[PERSON|WANDA SKAGGS]]\n[[ADDRESS|1906 Creosote Dr, Las Cruces, NM 88001]]\nDOB [[DATE|01/14/1955]]   Ph [[PHONE|(575) 555-0116]]\nRx# 4481920  APIXABAN 5 MG TAB — take 1 tablet by mouth twice daily\nQty 60  Refills 5  Filled [[DATE|11/22/2026]]\nPrescriber: [[PERSON|KENDRA WILCOX]] NP\nPharmacy: (575) 555-0100`,
  ],
  [
    'prescription',
    `Hospital outpatient prescription\nPatient: [[PERSON|Stuart Zielinski]]   NHS [[INSURANCE_ID|999 100 3134]]   Hosp no [[MRN|RH7730194]]\nDOB: [[DATE|23/08/1979]]\nAzathioprine 100 mg once daily (TPMT normal) — 28 days\nPrednisolone 30 mg daily reducing by 5 mg weekly — see chart\nAdcal-D3 one tablet twice daily\nPrescriber: Dr [[PERSON|Rhiannon Yelland]], Gastroenterology   Date: [[DATE|20/11/2026]]`,
  ],
  [
    'prescription',
    `PBS PRESCRIPTION\nPatient: [[PERSON|Narelle Jeffries]]   Medicare [[INSURANCE_ID|2982 06658 2]]\n[[ADDRESS|Unit 3/14 Ironbark Cres, Toowoomba QLD 4350]]\nDate: [[DATE|21/11/2026]]\nRosuvastatin 20 mg, 30 tabs, 1 daily, repeats 5\nEzetimibe 10 mg, 30 tabs, 1 daily, repeats 5\nDr [[PERSON|Tegan Pickett]], Prescriber no. 2458817`,
  ],
  [
    'consent',
    `CONSENT FOR PROCEDURE\nPatient: [[PERSON|Dao Thi Hoa]]   MRN [[MRN|73302581]]\nProcedure: EGD with possible biopsy and banding of varices\nRisks discussed: bleeding, perforation, aspiration, reaction to sedation.\nInterpreter: Vietnamese, ID #20817, by phone.\nPatient signature: [[PERSON|Hoa Dao]]   Date [[DATE|11/23/2026]]\nPhysician: [[PERSON|Gregory Arellano]], MD\nWitness: [[PERSON|Tina Saucedo]], RN`,
  ],
  [
    'consent',
    `Consent Form 1 — Patient agreement to investigation or treatment\nPatient: [[PERSON|Kwabena Nyarko]]   NHS [[INSURANCE_ID|9990587868]]\nProcedure: right carpal tunnel release under local anaesthetic\nRisks: infection, scar tenderness, incomplete relief, CRPS (rare).\nSigned by patient [[DATE|18/11/2026]]. Confirmation of consent on the day of surgery, [[DATE|25/11/2026]].\nHealth professional: Mr [[PERSON|Euan Cargill]], Hand Surgeon`,
  ],
  [
    'consent',
    `Consent by Substitute Decision-Maker (Ontario HCCA)\nPatient: [[PERSON|Albert Gaudet]], 86, OHIP [[INSURANCE_ID|3319 144 741]] HN, room [[MRN|207]], incapable with respect to treatment per assessment [[DATE|Nov 19, 2026]]\nSDM: daughter [[PERSON|Nathalie Gaudet]], [[PHONE|(613) 555-0158]]\nTreatment: insertion of a PEG tube\nShe consented after discussion of risks and alternatives, including comfort feeding only.\nDate: [[DATE|Nov 20, 2026]]   Physician: Dr. [[PERSON|Simran Khera]]`,
  ],
  [
    'billing',
    `STATEMENT — Account [[MRN|G-20339174]]\nGuarantor: [[PERSON|Dale Wickersham]]   SSN [[ID_CARD|987-65-4325]]\nPatient: [[PERSON|Kayla Wickersham]] (dependent)\nDates of service: [[DATE|10/30/2026]]–[[DATE|11/02/2026]]   Pediatric inpatient\nTotal charges $18,420.00  Insurance paid $14,112.00  Your balance $4,308.00\nPaid by Visa [[BANK_CARD|4891863742848000]] on [[DATE|11/20/2026]]\nInvoice #700492181`,
  ],
  [
    'billing',
    `INVOICE INV-26-0917\nTo: [[PERSON|Priyanka Bhandari]], [[ADDRESS|9 Greenhill Walk, Harrogate HG1 4SE]]\nE-mail: [[EMAIL|p.shah.harrogate@example.co.uk]]\nPrivate podiatry: nail surgery (partial avulsion, phenol) [[DATE|04/11/2026]]; dressing checks [[DATE|07/11/2026]], [[DATE|11/11/2026]]\nTotal £395.00 — paid Mastercard [[BANK_CARD|5457305345393326]]\nThank you. Practice: 01632 960000`,
  ],
  [
    'billing',
    `TAX INVOICE / RECEIPT\nNorthside Day Surgery   ABN 58 102 771 420\nPatient: [[PERSON|Darren Hoskins]]   Medicare [[INSURANCE_ID|2198 10533 4]]\n[[ADDRESS|PO Box 412, Bendigo VIC 3552]]\nProcedure: colonoscopy + polypectomy [[DATE|13/11/2026]]\nGap paid: $480.00 by Amex [[BANK_CARD|371950407797197]]\nReceipt no. 00188273`,
  ],
  [
    'online-consult',
    `Urgent care chat — session started [[DATE|11/22/2026]] 19:48 from [[IP|203.0.113.161]]\n[[ACCOUNT|jess.kowal77]]: hi my 4 yr old has had a barky cough since last night and it sounds worse now\nNP [[PERSON|Amara Duquesne]]: Is she breathing fast, or is the skin between her ribs pulling in?\n[[ACCOUNT|jess.kowal77]]: no just the cough, she's playing\nNP [[PERSON|Amara Duquesne]]: Sounds like croup. Try cool night air; I've sent dexamethasone to your pharmacy. Go to the ER if she struggles to breathe or drools.`,
  ],
  [
    'online-consult',
    `Your video visit is confirmed.\nPatient: [[PERSON|Gareth Powys]]\nWhen: Thursday, [[DATE|26 November 2026]], 10:20\nClinician: Dr [[PERSON|Imogen Tasker]] (Respiratory)\nJoin here: [[URL|https://visit.example.co.uk/v/RS-2611-88413]]\nBefore your visit, please record your peak flow morning and evening for 3 days. If you cannot connect, we will send a new link to [[EMAIL|gareth.powys@example.net]].`,
  ],
  [
    'online-consult',
    `Student Health e-visit (portal message)\nFrom: [[PERSON|Zhou Yuxuan]]\nPassport: [[PASSPORT|EJ6139402]]   Chinese ID: [[ID_CARD|430103198611029621]]\nHi, I need proof of my tuberculosis screening for my lab placement. I had a chest X-ray in Changsha in [[DATE|August 2026]] before coming. Can you accept the Chinese report? My mother [[PERSON|Liu Xiuqin]] can send the original.\nReply from nurse [[PERSON|Tabitha]]: yes, please upload a translated copy.`,
  ],
  [
    'patient-message',
    `Portal message to Dr. [[PERSON|Arellano]]\nFrom: [[PERSON|Ezequiel Dominguez]]\nSent: [[DATE|11/23/2026]] 07:02\nMy dad is still confused since he came home on [[DATE|11/20]]. He keeps asking for my mom, who died in 2019. Is this the delirium you mentioned or should I bring him back? You can call me at [[PHONE|(602) 555-0171]].`,
  ],
  [
    'patient-message',
    `From: [[EMAIL|d.cotter.newry@example.co.uk]]\nTo: rheumatology secretaries\nDate: Mon [[DATE|23 Nov 2026]] 08:45\nSubject: Appointment change — [[PERSON|Dearbhla Cotter]], MRN [[MRN|C7743018]]\nHi, I have an appointment on [[DATE|2 December]] but my daughter is having her tonsils out that week. Could I have one in January instead? My mobile is [[PHONE|07700 900647]].\nThanks, [[PERSON|Dearbhla]]`,
  ],
  [
    'patient-message',
    `[[ADDRESS|15 Whitstable Road, Canterbury CT2 8EG]]\n[[DATE|16 November 2026]]\nDear Patient Advice and Liaison Service,\nOn [[DATE|9 November]] I brought my father, [[PERSON|Arthur Gedling]] ([[AGE|96]]), to A&E. We waited nine hours and he was left in a corridor without a blanket. When I went to move our car ([[PLATE|GU19 KXT]]) I was given a parking fine although the machine was broken.\nI would like an apology and the fine cancelled.\nYours faithfully,\n[[PERSON|Margaret Gedling]]`,
  ],
  [
    'family-chat',
    `💬 The [[PERSON|Mulrooney]]s\n[[PERSON|Orlagh]]: Mam's scan is at 2 in the Mercy, who's bringing her?\n[[PERSON|Fachtna]]: I can, I'll take the van [[PLATE|191-C-4472]]\nDad: She's nervous, don't let her drive herself\n[[PERSON|Orlagh]]: @[[PERSON|Fachtna]] bring her cards, the medical card is in the blue wallet\n[[PERSON|Fachtna]]: grand`,
  ],
  [
    'family-chat',
    `[[PERSON|Charest]] family chat\nMom: Pépé fell again, he's at Health Sciences North, room 5, just for observation\n[[PERSON|Rémi]]: omw, parking the truck ([[PLATE|CKMN 418]])\n[[PERSON|Mylène]]: Tell Dr [[PERSON|Nnadi]] he stopped his water pill last week\n[[PERSON|Rémi]]: he's asking for his hearing aids lol\nMom: they're in my purse`,
  ],
  [
    'sms-reminder',
    `Eastgate Medical: Hi [[PERSON|Matiu]], reminder of your diabetes review with the practice nurse on Wed [[DATE|2 Dec]] at 9:15am. Please bring your meter. To confirm or reschedule tap [[URL|https://book.example.co.nz/c/KX9041]] or reply YES.`,
  ],
  [
    'sms-reminder',
    `Riverside Hospital: From Monday the main car park entrance on Mill Lane will close for resurfacing for two weeks. Please use the Station Road entrance; drop-off bays remain at the front door. Blue badge parking is unchanged.`,
  ],
  [
    'vestibular-clinic',
    `Balance & Dizziness Clinic — [[DATE|20/11/2026]]\nDear Dr [[PERSON|Owiredu]],\nRe: [[PERSON|Barbara Cropper]], DOB [[DATE|14/04/1950]], NHS [[INSURANCE_ID|9990036217]], clinic no [[MRN|VB0471]]\nMrs [[PERSON|Cropper]] has had three attacks of rotatory vertigo lasting 2–4 hours with roaring tinnitus and fullness in the left ear. Audiogram: left low-frequency sensorineural loss of 40 dB. Video head impulse test normal; caloric weakness 38% on the left.\nImpression: probable left Ménière's disease. We started betahistine 16 mg three times daily and a low-salt diet, and gave her an attack diary.\n[[PERSON|Kirstin Mossop]], Vestibular Audiologist`,
  ],
  [
    'vestibular-clinic',
    `Gaze stability exercises: hold a card with a letter on it at arm's length. Keep your eyes on the letter while you turn your head from side to side for one minute, then up and down. It is normal to feel a little dizzy; stop if you feel sick. Do the exercises three times a day, and walk outside every day.`,
  ],
  [
    'ect-suite',
    `ECT TREATMENT RECORD\nPatient: [[PERSON|Lorraine Haskett]]   MRN [[MRN|52230964]]   Room [[MRN|16]], 4 West\nCourse: bilateral, twice weekly. Treatment #7 on [[DATE|11/23/2026]].\nPrior treatments: [[DATE|11/02]], [[DATE|11/05]], [[DATE|11/09]], [[DATE|11/12]], [[DATE|11/16]], [[DATE|11/19]]\nAnesthesia: methohexital 80 mg, succinylcholine 60 mg. Stimulus 302 mC, EEG seizure 41 s, motor 26 s.\nPHQ-9 down from 24 to 11. Husband [[PERSON|Lyndon]] drives her home after each session.\nPsychiatrist: Dr [[PERSON|Kofi Antwi]]   CRNA: [[PERSON|Linh Quach]]`,
  ],
  [
    'ect-suite',
    `ECT suite — note for the consultant: [[PERSON|Edwin Sillitoe]], [[AGE|91]], detained under Section 3, treatment 4 of 12 given [[DATE|23/11/2026]] under a second opinion (SOAD) certificate. Post-ictal confusion lasted 40 min, longer than before. Nephew [[PERSON|Colin Sillitoe]] (nearest relative) rang asking for an update, [[PHONE|07700 900265]]. Suggest switching to right unilateral. — [[PERSON|Gaynor]], ECT nurse`,
  ],
  [
    'tracheostomy-clinic',
    `Tracheostomy Team Review — [[DATE|17/11/2026]]\nPatient: [[PERSON|Jarrah Tully]]   UR [[MRN|T2087416]]   bed [[MRN|9]], Ward 5B\nDay 12 post percutaneous trach (size 8 Portex cuffed). Cuff pressure 24 cmH2O. Tolerating cuff deflation 4 h with speaking valve, clear speech, no distress.\nPlan: downsize to size 6 uncuffed tomorrow; decannulation trial if tolerates 24 h capping.\nSpeech pathologist: [[PERSON|Bec Dimitriou]]   Mum [[PERSON|Shari]] updated on [[PHONE|0491 570 317]]`,
  ],
  [
    'tracheostomy-clinic',
    `BEDHEAD SIGN — TRACHEOSTOMY\nName: [[PERSON|Terrence Bolduc]]\nTube: Shiley 6.0 cuffless, inserted [[DATE|11/02/2026]]\nAirway: patent upper airway — can be oxygenated via mouth/nose.\nSpare tubes same size and one size smaller at bedside. Emergency: call 4444.\nTrach clinic phone (555-0100 ext 2) is not for emergencies.`,
  ],
  [
    'dbs-clinic',
    `DBS Programming Visit — [[DATE|11/19/2026]]\n[[PERSON|Graciela Montaño-Villalpando]], 54F, essential tremor, L VIM DBS implanted [[DATE|08/26/2026]]\nMRN [[MRN|60318827]]   IPG S/N NVT3318207 (not recorded)\nSettings changed: contact 2-/case+, 2.4 → 2.9 mA, 130 Hz, 60 µs. Handwriting and spiral improved; mild paresthesia at 3.2 mA.\nPatient programmer app account [[ACCOUNT|gmreyes_dbs]] linked.\nNext programming visit: [[DATE|January 2027]].\n— [[PERSON|Tobias Weatherall]], NP, Movement Disorders`,
  ],
  [
    'dbs-clinic',
    `Living with deep brain stimulation: always carry your device card and show it before any scan, surgery or airport security check. Some MRI scans are possible only with special settings. Do not use diathermy or therapeutic ultrasound near the device. If your symptoms suddenly return, check the stimulator with your handset before calling the clinic.`,
  ],
  [
    'spinal-injury-unit',
    `Spinal Injuries Unit — admission, [[DATE|18/11/2026]]\n[[PERSON|Connor Beasley]], 23, motorbike RTC [[DATE|06/11/2026]]. C6 AIS B (sensory incomplete), C5/6 ACDF done at the major trauma centre.\nNHS [[INSURANCE_ID|999 749 8933]]   SIU no [[MRN|SIU-2611-017]]   Bay [[MRN|2]]\nNeurogenic bladder (indwelling catheter), bowel programme started. Autonomic dysreflexia card given.\nMum [[PERSON|Dawn Beasley]] [[PHONE|07700 900852]]; girlfriend [[PERSON|Keira]] visiting daily.\nConsultant: Dr [[PERSON|Akinola]]`,
  ],
  [
    'spinal-injury-unit',
    `SCI Community Outreach — home visit [[DATE|19/11/2026]]\nClient: [[PERSON|Tane Rāwiri]], T10 AIS A (2019)\n[[ADDRESS|28 Kōwhai St, Rotorua 3010]]\nSacral pressure injury stage 2, 1.5 cm, since a long drive to Auckland. Advised 2-hourly pressure relief lifts, cushion checked (inflation correct). Partner [[PERSON|Huhana]] does the dressings.\nNext visit in one week. Outreach nurse: [[PERSON|Greer Te Huia]]`,
  ],
];

export function generateDeidHoldout25(): LabelledRecord[] {
  return holdoutRecords('h25', zh, en);
}

export const DEID_HOLDOUT_25_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/labelled/deid-holdout-25.jsonl',
);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const records = generateDeidHoldout25();
  writeFileSync(DEID_HOLDOUT_25_PATH, renderJsonl(records));
  console.log(`wrote ${records.length} records to ${DEID_HOLDOUT_25_PATH}`);
}
