import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { holdoutRecords, type LabelledRecord, renderJsonl } from './generate-deid.ts';

/**
 * The ROUND-28 fresh held-out de-identification set (data/labelled/deid-holdout-28.jsonl): hand-written
 * snippets with hand-placed spans, marked inline as [[TYPE|text]] (parseMarked strips the marks and
 * records UTF-16 offsets). Written by a separate annotator who did not read the recognizer code and
 * never ran a recognizer on these snippets; it must not be used to adjust the recognizers.
 *
 * About four fifths are the everyday documents of a general hospital and the messages of its patients
 * (admission, progress and discharge notes, outpatient notes and letters, referrals, handovers, nursing
 * notes, lab, pathology and imaging reports, prescriptions and labels, consent, billing papers, online
 * consultations, patient messages and e-mails, family chats and SMS reminders), in new wording; about a
 * fifth come from settings no earlier round listed as a genre: orthoptic (squint and amblyopia) clinics,
 * vasectomy clinics, biologic infusion units, lipid clinics and heart failure clinics.
 *
 * Identifiers are synthetic: resident IDs carry a valid GB 11643 check character and a region code, sex
 * digit and birth date consistent with the text (15-digit IDs likewise), bank cards a valid Luhn digit,
 * NHS numbers are in the 999 test range with their modulus-11 digit, the Australian Medicare numbers
 * pass their check digit, the OHIP number its Luhn digit, the NZ NHI its check character and the Hong
 * Kong identity card its bracketed check character; the US SSN is in the 987-65-432x advertising range.
 * Phones are random mainland numbers or fictional ranges (North American 555-01xx, UK 07700 900xxx, the
 * Australian 0491 57x xxx numbers set aside for drama); mail and web hosts are example.*; IP addresses
 * come from the documentation ranges.
 *
 * Span conventions are those of the data/labelled/deid-holdout-2 to -27 cards; where they disagree
 * (prescription and Rx numbers) and the decisions new in this round are stated in
 * data/labelled/deid-holdout-28.card.yaml.
 */
const zh: Array<[string, string]> = [
  [
    'admission',
    `呼吸与危重症医学科入院记录\n姓名：[[PERSON|邵文斌]]　性别：男　年龄：68岁\n身份证号：[[ID_CARD|370203195804162897]]\n现住址：[[ADDRESS|青岛市市北区延吉路152号海丽苑3号楼1单元602户]]\n入院时间：[[DATE|2026年11月24日]] 09:10\n主诉：咳嗽咳痰10天，发热伴气促3天。\n查体：T 38.9℃，SpO2 89%（未吸氧），右下肺湿啰音。CURB-65评分2分。\n诊断：社区获得性肺炎（J18.9）\n住院号：[[MRN|QD2611-44185]]　床号：[[MRN|21]]\n联系人：妻子 [[PERSON|郝玉兰]]　[[PHONE|17759870176]]\n接诊医师：[[PERSON|滕]]`,
  ],
  [
    'admission',
    `今日神经内科收入[[PERSON|蒲凤英]]，女，[[AGE|91]]岁，身份证[[ID_CARD|510104350827754]]，住[[ADDRESS|成都市锦江区东大街紫东楼段36号丽都小区4栋702]]，晨起被保姆发现右侧肢体无力、言语含糊，距末次正常约5小时。NIHSS 9分，头颅CT未见出血，已过溶栓时间窗。既往房颤未规律抗凝。收住[[MRN|7]]床，住院号[[MRN|SN26114730]]，二儿子[[PERSON|蒲国栋]]陪护，电话[[PHONE|19941416572]]，入院[[DATE|2026年11月23日]]11时20分。`,
  ],
  [
    'admission',
    `产科入院｜[[PERSON|尤佳颖]]｜31岁｜G1P0｜孕39+4周\n身份证｜[[ID_CARD|320583199502116761]]\n末次月经｜[[DATE|2026-02-19]]｜预产期｜[[DATE|2026-11-26]]\n入院原因｜规律宫缩4小时，宫口开2 cm\n住院号｜[[MRN|CK2611-5062]]｜待产室[[MRN|3]]号\n丈夫｜[[PERSON|殷浩然]]｜[[PHONE|19911741768]]｜医保卡号｜[[INSURANCE_ID|3205830218847]]\n值班医师｜[[PERSON|牛]]医生`,
  ],
  [
    'progress-note',
    `[[DATE|2026年11月22日]]（周日）病程记录\n患者[[PERSON|焦志军]]，男，63岁，[[MRN|12]]床，肝硬化失代偿期伴上消化道出血入院第3天。昨日胃镜下行食管静脉曲张套扎术5环，今晨未再黑便，Hb 78 g/L（较前稳定），血压112/68 mmHg。继续生长抑素持续泵入、泮托拉唑40 mg q12h，明日开放流质饮食。Child-Pugh B级8分。\n记录：[[PERSON|左]]医师　上级医师：[[PERSON|端木]]主任`,
  ],
  [
    'progress-note',
    `术后第一日病程 [[DATE|2026-11-21]]\n[[PERSON|祁秀荣]]，女，72岁，住院号[[MRN|GK2611742]]，昨日行左全膝关节置换术。今日切口敷料干燥，引流约80 ml，VAS 3分，已在康复师[[PERSON|谷晓婷]]指导下床边站立。D-二聚体1.8 mg/L，继续利伐沙班10 mg qd预防血栓。主刀：[[PERSON|单建平]]；管床：[[PERSON|伍]]医师。`,
  ],
  [
    'progress-note',
    `肾内科阶段小结　[[DATE|2026-11-20]]\n[[MRN|33]]床[[PERSON|仲桂芝]]，女，[[AGE|90]]岁，慢性肾脏病5期，[[DATE|11月9日]]起规律血液透析（每周三次），内瘘杂音良好。本阶段血钾由6.3降至4.8 mmol/L，Scr 612 μmol/L，干体重调整为46 kg。拟[[DATE|11月27日]]出院，门诊透析中心继续治疗。\n主治医师：[[PERSON|车]]　护士长：[[PERSON|莫春燕]]`,
  ],
  [
    'discharge',
    `出院记录\n姓名：[[PERSON|岳海涛]]　性别：男　年龄：52岁　住院号：[[MRN|ZY2611-6217]]\n身份证号：[[ID_CARD|420106197409231650]]\n住址：[[ADDRESS|武汉市武昌区中北路227号楚天花园7栋2单元1103室]]\n入院：[[DATE|2026年11月12日]]　出院：[[DATE|2026年11月20日]]\n出院诊断：急性胰腺炎（轻症，高脂血症性）\n出院医嘱：低脂饮食，戒酒；非诺贝特200 mg qn；[[DATE|2026年12月4日]]消化内科门诊复查血脂、淀粉酶。\n经治医师：[[PERSON|柯]]`,
  ],
  [
    'discharge',
    `白内障术后回家注意：术后一个月内不要揉眼，洗头洗脸时别让脏水进入术眼；按时点眼药水，两种眼药之间间隔5分钟以上；睡觉时戴上保护眼罩。若出现眼痛加重、视力突然下降、眼红明显，请立即回医院急诊。术后第1天、1周、1个月按时复查。`,
  ],
  [
    'discharge',
    `死亡记录\n患者[[PERSON|褚德才]]，男，[[AGE|94]]岁，身份证号[[ID_CARD|130102320607811]]，住院号[[MRN|HX2611-0377]]，因“重症肺炎、多器官功能衰竭”于[[DATE|2026年11月15日]]入院，经抗感染、无创通气等治疗无效，家属签字拒绝气管插管，于[[DATE|2026年11月21日]]04:36宣告临床死亡。\n死亡原因：呼吸循环衰竭\n家属：[[PERSON|褚立新]]（长子）　医师：[[PERSON|晏]]`,
  ],
  [
    'outpatient',
    `风湿免疫科门诊　[[DATE|2026-11-23]]\n姓名：[[PERSON|钟雅萱]]　女　34岁　门诊号：[[MRN|FS2611-20981]]　医保卡号：[[INSURANCE_ID|4403050971226]]\n主诉：双手小关节肿痛2月，晨僵1小时。\n检查：RF 86 IU/ml，抗CCP抗体312 U/ml，ESR 48 mm/h，DAS28-ESR 5.3。\n诊断：类风湿关节炎\n处理：甲氨蝶呤10 mg 每周一次，叶酸5 mg 每周一次；[[DATE|12月21日]]复查血常规及肝功能。\n医师：[[PERSON|潘]]`,
  ],
  [
    'outpatient',
    `儿科门诊（[[DATE|2026-11-23]]）：[[PERSON|贺一鸣]]，男，6岁，身份证[[ID_CARD|430104202005199378]]，外婆[[PERSON|田淑珍]]带来，发热2天，最高39.6℃，伴咽痛，扁桃体II度肿大伴脓性分泌物，快速链球菌抗原阳性。予阿莫西林50 mg/kg/d分两次口服共10天，多饮水，退热后可返校。外婆手机[[PHONE|18393602809]]。医师：[[PERSON|麦]]`,
  ],
  [
    'outpatient',
    `皮肤科门诊｜[[PERSON|鲍长林]]｜男｜[[AGE|92]]岁｜门诊号[[MRN|PF26-330517]]\n主诉：右侧胸背部簇集水疱伴刺痛4天（[[DATE|11月19日]]起病）。\n诊断：带状疱疹（B02.9）\n处理：伐昔洛韦0.3 g bid共7天，加巴喷丁0.1 g tid，外用炉甘石洗剂。\n陪同：女婿[[PERSON|阮志明]]（手机[[PHONE|17758107612]]）｜医师：[[PERSON|解]]`,
  ],
  [
    'referral',
    `双向转诊单（下转）\n患者：[[PERSON|龙翠兰]]　女　80岁　身份证号：[[ID_CARD|520102194603025767]]\n住址：[[ADDRESS|贵阳市南明区花果园大街88号彭家湾小区12栋1单元903]]\n转出：我院心内科　转入：[[PERSON|龙翠兰]]所在社区卫生服务中心\n诊断：高血压3级（极高危）、心房颤动\n病情已稳定，请社区继续监测血压及INR（目标2.0–3.0），华法林3 mg qd。\n转出日期：[[DATE|2026年11月20日]]　转诊医师：[[PERSON|雷]]`,
  ],
  [
    'referral',
    `会诊申请｜申请科室：普外科｜[[MRN|41]]床｜[[PERSON|盛国华]]｜男｜66岁｜住院号[[MRN|PW2611-7736]]\n会诊目的：术后第4天新发房颤，心室率142次/分，请心内科协助诊治。\n申请医师：[[PERSON|臧]]医生｜手机[[PHONE|18609232572]]｜[[DATE|2026-11-22]] 15:05`,
  ],
  [
    'referral',
    `转诊信\n[[PERSON|包]]主任：您好！\n现转诊患者[[PERSON|阿依古丽·艾买提]]，女，39岁，维吾尔族，身份证号[[ID_CARD|650102198706146104]]，家住[[ADDRESS|乌鲁木齐市天山区红旗路316号南梁社区8栋3单元201]]，甲状腺右叶结节（C-TIRADS 4b类，1.6 cm），细针穿刺提示乳头状癌可能，请贵科评估手术。其丈夫[[PERSON|艾尔肯]]电话[[PHONE|15251573163]]。\n[[PERSON|吾买尔]]医师　[[DATE|2026年11月18日]]`,
  ],
  [
    'handover',
    `心内科夜班交班　[[DATE|2026-11-23]]\n床号  姓名    诊断            交班要点\n[[MRN|5]]     [[PERSON|谭振东]]  急性前壁心梗PCI术后  右桡动脉压迫器22:00放气\n6     空床\n[[MRN|8]]     [[PERSON|施美玲]]  心衰急性加重  呋塞米泵入，记24h出入量\n加床  未知姓名男性  晕厥待查  身份待核实，已报保卫科\n值班医生：[[PERSON|盖]]　交班：[[PERSON|郁]]护士　接班：[[PERSON|官晓雯]]`,
  ],
  [
    'handover',
    `（录音整理）急诊留观交班：[[MRN|4]]号留观床[[PERSON|柏春生]]，男，[[AGE|95]]岁，摔倒后左髋痛，CT左股骨粗隆间骨折，骨科已会诊，明早手术；[[MRN|9]]号床[[PERSON|苟丽]]，女，41岁，急性胃肠炎补液中，尿量可；10号床空。柏老伯的孙子[[PERSON|柏小军]]留了电话[[PHONE|19994280136]]，夜里有变化先通知他。`,
  ],
  [
    'handover',
    `产房交班｜[[DATE|2026年11月21日]] 07:30\n一室｜[[PERSON|訾晓梅]]｜G2P1 孕40周｜宫口6 cm，胎心140次/分，已行分娩镇痛\n二室｜空\n三室｜[[PERSON|聂冰冰]]｜G1P0 孕38+2周｜妊娠期高血压，硫酸镁维持，BP 148/96 mmHg\n交班助产士｜[[PERSON|计春华]]｜接班｜[[PERSON|鄢]]老师`,
  ],
  [
    'nursing-note',
    `护理记录单　[[PERSON|惠光荣]]　[[MRN|16]]床　住院号[[MRN|XW2611-9085]]\n[[DATE|11-22]] 08:00　T 36.8℃ P 84 R 18 BP 138/82，PICC置管处无渗血。\n[[DATE|11-22]] 14:30　输注紫杉醇过程中诉胸闷，立即停药，予吸氧3 L/min，报告[[PERSON|栗]]医生，15分钟后缓解。\n[[DATE|11-22]] 20:00　夜间睡眠可，家属[[PERSON|惠敏]]（女儿）陪护。　护士：[[PERSON|司徒雅文]]`,
  ],
  [
    'nursing-note',
    `防压疮小贴士：卧床老人每2小时翻一次身，骶尾部、足跟可垫软枕悬空；床单保持平整干燥，大小便后及时清洁并涂护肤霜；每天查看骨突部位皮肤有无发红，按压后不褪色要及时告诉护士。饮食上注意多补充蛋白质。`,
  ],
  [
    'nursing-note',
    `家庭病床随访｜[[DATE|2026年11月20日]]（周五）｜患者[[PERSON|廖福生]]｜男｜[[AGE|90]]岁\n身份证｜[[ID_CARD|440106360114181]]\n地址｜[[ADDRESS|广州市天河区天河东路581号骏景大厦B座1605]]\n留置导尿第5周，今日更换尿管（16Fr），尿液淡黄清亮；骶尾部I期压力性损伤已愈合。下次更换约[[DATE|12月18日]]。\n照护人｜老伴[[PERSON|梁桂芳]]｜[[PHONE|15049183237]]｜社区护士｜[[PERSON|简]]`,
  ],
  [
    'lab-report',
    `检验报告单（生化）\n姓名：[[PERSON|樊秋月]]　性别：女　年龄：58岁　病历号：[[MRN|JY26117958]]\n标本号：[[MRN|S2611230519]]　床号：[[MRN|27]]　采样：[[DATE|2026-11-23]] 06:10\nALT 126 U/L ↑　AST 98 U/L ↑　TBil 46.2 μmol/L ↑　ALB 33 g/L ↓　Cr 71 μmol/L\n审核：[[PERSON|邝志勇]]　报告：[[DATE|2026-11-23]] 09:42`,
  ],
  [
    'lab-report',
    `病理诊断报告\n病理号：[[MRN|BL26-09413]]　姓名：[[PERSON|欧秀芬]]　女　63岁\n身份证号：[[ID_CARD|350203196308102669]]\n送检：胃窦活检3块　收到日期：[[DATE|2026年11月17日]]\n诊断：（胃窦）中分化腺癌，Lauren分型肠型；HER2（2+），建议FISH检测。\n报告医师：[[PERSON|景]]　复核：[[PERSON|宁海波]]　报告日期：[[DATE|2026年11月20日]]`,
  ],
  [
    'lab-report',
    `新生儿遗传代谢病筛查报告｜样本号[[MRN|XS2611-16403]]\n新生儿母亲｜[[PERSON|卜思琪]]｜身份证[[ID_CARD|210102199704024288]]\n采血日期｜[[DATE|2026-11-14]]｜出生日期｜[[DATE|2026-11-11]]\nTSH 4.2 mIU/L｜Phe 68 μmol/L｜17-OHP 9.8 nmol/L\n结论｜未见异常\n联系人｜父亲[[PERSON|储文杰]]｜[[PHONE|15710534719]]`,
  ],
  [
    'imaging-report',
    `胸部CT平扫报告\n姓名：[[PERSON|匡德顺]]　男　71岁　影像号：[[MRN|CT2611-25590]]　检查日期：[[DATE|2026-11-22]]\n所见：右肺上叶后段见一实性结节，大小约18 mm×14 mm，边缘分叶、可见毛刺，与[[DATE|2025年10月]]片比较增大约5 mm。纵隔未见肿大淋巴结。\n印象：右肺上叶结节，Lung-RADS 4B，建议增强CT或PET-CT。\n报告：[[PERSON|蔺]]　审核：[[PERSON|汤小川]]`,
  ],
  [
    'imaging-report',
    `心脏彩超｜[[PERSON|言素华]]｜女｜77岁｜超声号[[MRN|UE2611-5826]]｜[[DATE|2026年11月19日]]\nLVEF 38%（Simpson法），左室舒张末径61 mm，二尖瓣中度反流，肺动脉收缩压约45 mmHg。\n结论｜左心扩大，左室收缩功能减低\n检查医师｜[[PERSON|皇甫]]医生`,
  ],
  [
    'prescription',
    `门诊处方笺　普通\n处方号：[[MRN|CF2611230419]]　科别：心内科　日期：[[DATE|2026-11-23]]\n姓名：[[PERSON|薛桂荣]]　女　69岁　门诊号：[[MRN|MZ2611-38862]]\n诊断：心房颤动\nRp：达比加群酯胶囊 110 mg×60粒　sig：110 mg bid po\n　　比索洛尔片 2.5 mg×28片　sig：2.5 mg qd po\n医师：[[PERSON|冉]]　审核药师：[[PERSON|庞丽娜]]　金额：￥412.60`,
  ],
  [
    'prescription',
    `麻醉药品处方（红色）\n患者：[[PERSON|严德旺]]　男　74岁　身份证号：[[ID_CARD|360102195207088816]]\n诊断：肺癌骨转移伴重度癌痛　NRS 7分\nRp：硫酸吗啡缓释片 30 mg×14片　sig：30 mg q12h po\n代办人：[[PERSON|严春华]]（女儿）　身份证号：[[ID_CARD|360102197903129860]]\n处方号：[[MRN|MZ-H2611-0058]]　医师：[[PERSON|查]]　[[DATE|2026年11月22日]]`,
  ],
  [
    'prescription',
    `药品配送单｜订单号 PS2611224471\n收货人｜[[PERSON|骆美华]]｜[[PHONE|18604789346]]\n地址｜[[ADDRESS|南京市鼓楼区广州路168号狮子桥小区5幢402室]]\n药品｜恩替卡韦片 0.5 mg×28片；处方号[[MRN|RX26112203175]]\n医保卡号｜[[INSURANCE_ID|3201069948120]]\n预计送达｜[[DATE|11月24日]]下午｜配送员｜[[PERSON|毛]]师傅`,
  ],
  [
    'consent',
    `输血治疗知情同意书\n患者：[[PERSON|桂永年]]　男　60岁　住院号：[[MRN|XY2611-5581]]　身份证号：[[ID_CARD|34010419660125699X]]\n拟输注：悬浮红细胞2 U（Hb 62 g/L）\n风险已告知：发热、过敏、溶血反应及经血传播疾病等。\n患者签名：[[PERSON|桂永年]]　[[DATE|2026年11月22日]]\n谈话医师：[[PERSON|符]]`,
  ],
  [
    'consent',
    `手术知情同意书（节选）：患者[[PERSON|温雅丽]]，女，28岁，身份证[[ID_CARD|441302199809176709]]，拟于[[DATE|2026年11月26日]]行腹腔镜下右侧卵巢囊肿剥除术，术中可能中转开腹、可能切除患侧附件。以上风险已充分了解，同意手术。患者签字：[[PERSON|温雅丽]]；配偶签字：[[PERSON|钱昊]]；谈话医师：[[PERSON|尚]]；[[DATE|2026年11月24日]]。`,
  ],
  [
    'consent',
    `放弃治疗声明书\n患者：[[PERSON|江德顺]]，男，[[AGE|93]]岁，身份证号[[ID_CARD|320106330419907]]\n经医师告知病情及相关治疗方案后，家属决定放弃气管插管及胸外按压，继续给予吸氧、镇痛等舒适治疗。\n委托代理人：[[PERSON|江海林]]（长子）身份证号[[ID_CARD|320106196208034150]]　电话[[PHONE|19160537814]]\n见证护士：[[PERSON|苏婉宁]]　[[DATE|2026年11月23日]]`,
  ],
  [
    'billing',
    `住院预交金收据｜收据号 YJ2611220316\n患者｜[[PERSON|费振华]]｜住院号[[MRN|ZY2611-7042]]｜科室：骨科\n交款方式｜银行卡[[BANK_CARD|6217005409867230411]]\n金额｜￥10,000.00｜交款人｜[[PERSON|费晓东]]（儿子）\n日期｜[[DATE|2026-11-22]]｜收款员｜[[PERSON|巩]]`,
  ],
  [
    'billing',
    `商业医疗保险理赔申请书\n被保险人：[[PERSON|万晓丽]]　身份证号：[[ID_CARD|330204198805277664]]\n保单号：[[INSURANCE_ID|PA26-7713590428]]\n出险/住院日期：[[DATE|2026年11月5日]]至[[DATE|2026年11月11日]]\n诊断：急性阑尾炎，行腹腔镜阑尾切除术\n收款账户：[[BANK_CARD|6228 4810 7463 8540]]\n联系邮箱：[[EMAIL|wanxl88@example.cn]]　地址：[[ADDRESS|宁波市江东区百丈路220号中山嘉苑9幢601室]]\n理赔编号 LP20261118-0452`,
  ],
  [
    'billing',
    `门诊特殊病种结算单\n姓名：[[PERSON|戴长春]]　医保号：[[INSURANCE_ID|Y1102338710592]]　病种：恶性肿瘤门诊放化疗\n结算期间：[[DATE|2026-11-01]]至[[DATE|2026-11-21]]\n总费用：￥18,736.40　统筹支付：￥14,989.12　个人自付：￥3,747.28\n结算单号 JS2611210098　经办：[[PERSON|訾]]`,
  ],
  [
    'online-consult',
    `互联网医院图文问诊　问诊单号[[MRN|WZ20261123-08814]]\n就诊人：[[PERSON|邢梦瑶]]，女，27岁，就诊卡号[[MRN|JZ0098174]]\n问：孕前检查TSH 5.8 mIU/L，FT4正常，需要吃药吗？准备明年要孩子。\n答（内分泌科[[PERSON|靳]]医生）：备孕期间TSH建议控制在2.5以下，可考虑左甲状腺素25 μg qd，4周后复查。\n登录账号：[[ACCOUNT|xmy_0309]]　IP：[[IP|203.0.113.139]]`,
  ],
  [
    'online-consult',
    `（视频问诊转写，[[DATE|2026年11月22日]]，家长账号[[ACCOUNT|tongyt_mama]]）医生：请问孩子叫什么名字？\n家长：小名叫[[PERSON|球球]]，大名[[PERSON|佟语桐]]，三岁半。\n医生：咳嗽几天了？\n家长：五天了，晚上咳得厉害，没发烧。\n医生：听起来像咳嗽变异性哮喘，先用布地奈德雾化，一周后到医院做个检查。我是[[PERSON|滑]]医生，问诊号[[MRN|SP2611-6481]]。`,
  ],
  [
    'online-consult',
    `线上复诊续方｜[[DATE|2026-11-21]]\n患者｜[[PERSON|苗建新]]｜身份证[[ID_CARD|530102197001061934]]\n诊断｜高血压2级、2型糖尿病\n续方｜氨氯地平5 mg qd；二甲双胍缓释片0.5 g bid\n配送地址｜[[ADDRESS|昆明市五华区华山南路62号云大苑3幢2单元501]]\n账号｜[[ACCOUNT|mjx_kmhealth]]｜IP｜[[IP|198.51.100.227]]`,
  ],
  [
    'patient-message',
    `[[PERSON|韦]]医生您好，我是上周找您看过胃的[[PERSON|霍秀英]]，门诊号[[MRN|XH2611-10563]]。吃了奥美拉唑五天，胃不疼了，但是大便有点黑，这正常吗？要不要提前复查？我的微信是[[ACCOUNT|huoxy_1966]]，方便的话回个消息，谢谢！`,
  ],
  [
    'patient-message',
    `感谢信：我父亲[[PERSON|蓝永福]]今年[[AGE|96]]岁，[[DATE|11月6日]]至[[DATE|11月19日]]在贵院老年科住院，主任[[PERSON|殷]]每天查房都耐心讲解，护士[[PERSON|全雪]]、[[PERSON|侯思远]]照顾得非常细致。全家人都非常感激！女儿[[PERSON|蓝小燕]]，电话[[PHONE|18959497513]]。`,
  ],
  [
    'patient-message',
    `邮件主题：申请复印病历\n您好，我叫[[PERSON|顾晨曦]]，身份证号[[ID_CARD|310105199107244509]]，[[DATE|2026年10月]]在贵院妇科住院，住院号[[MRN|FK2610-2241]]。因出国需要，申请复印出院小结和病理报告。护照号[[PASSPORT|EK4851307]]，电话[[PHONE|18852191952]]，邮箱[[EMAIL|gucx.mail@example.com]]。谢谢！`,
  ],
  [
    'family-chat',
    `【相亲相爱一家人】\n[[PERSON|新民]]：妈今天复查结果出来了，肌酐比上次降了\n[[PERSON|海霞]]：太好了！下次复查啥时候\n[[PERSON|新民]]：[[DATE|12月10日]]，我开车送，车牌[[PLATE|苏E·7K2M9]]，停医院地下二层\n小姑：@[[PERSON|海霞]] 你记得把医保卡带上\n[[PERSON|海霞]]：好嘞`,
  ],
  [
    'family-chat',
    `【照顾奶奶群】\n[[PERSON|丽云]]：奶奶今天血压150/90，吃了药\n[[PERSON|学军]]：护工[[PERSON|鞠]]阿姨说奶奶晚上起夜三次😟\n[[PERSON|丽云]]：奶奶都[[AGE|91]]了，夜尿多也正常，下周让医生看看\n大伯：我周六去，车牌[[PLATE|鲁B·3Q68A]]
[[PERSON|学军]]：我也去，顺便问问[[PERSON|贝]]医生`,
  ],
  [
    'sms-reminder',
    `【市一医院】[[PERSON|包]]女士您好，您预约的乳腺超声检查时间为[[DATE|2026年11月27日]]上午9:30，请携带身份证提前20分钟到门诊3楼签到。改约请点击[[URL|https://yy.example.cn/r/8Q3mK]]。`,
  ],
  [
    'sms-reminder',
    `【温馨提示】因信息系统升级，本院自助机及手机挂号将于本周六凌晨0:00至6:00暂停服务，急诊不受影响，给您带来不便敬请谅解。`,
  ],
  [
    'orthoptics-clinic',
    `斜弱视门诊记录　[[DATE|2026-11-21]]\n姓名：[[PERSON|林子轩]]　男　5岁　门诊号：[[MRN|XR2611-0462]]\n身份证号：[[ID_CARD|35010220210308271X]]\n视力：右0.8　左0.3（矫正）；屈光：左眼+4.50DS/+1.00DC×90\n遮盖试验：左眼内斜约15△；立体视：800″\n诊断：左眼屈光参差性弱视、调节性内斜视\n处理：全天戴镜，遮盖右眼每日2小时；[[DATE|2027年1月]]复查。\n家长：母亲[[PERSON|许嘉怡]]　[[PHONE|18773620940]]　视光师：[[PERSON|喻]]`,
  ],
  [
    'orthoptics-clinic',
    `学生视力筛查复查通知｜[[PERSON|芦]]老师转交\n学生｜[[PERSON|郜思涵]]｜二年级（2）班｜筛查日期｜[[DATE|2026年11月12日]]\n结果｜裸眼视力右0.5、左0.6，眼位检查发现间歇性外斜视可能\n请家长于[[DATE|12月15日]]前带孩子到眼科斜弱视门诊复查（需散瞳验光）。\n家长签字｜[[PERSON|郜永强]]`,
  ],
  [
    'vasectomy-clinic',
    `男科门诊（输精管结扎术）\n[[DATE|2026-11-20]]　[[PERSON|宗立伟]]，男，38岁，门诊号[[MRN|NK2611-5198]]，身份证[[ID_CARD|410105198801036995]]\n已育二孩，夫妻双方要求绝育，妻子[[PERSON|戚丽红]]陪同并签字同意。查体：双侧输精管可触及，无精索静脉曲张。\n手术安排：[[DATE|11月27日]]局麻下行双侧输精管结扎术（直视钳穿法）。\n术后12周及约20次排精后复查精液常规，确认无精子前继续避孕。\n医师：[[PERSON|伏]]　助手：[[PERSON|冼文博]]`,
  ],
  [
    'vasectomy-clinic',
    `输精管结扎术后须知：术后当天回家休息，阴囊部位冰敷1–2天，一周内不要骑车、不做剧烈运动和重体力活；伤口保持干燥，三天后可以淋浴。术后并不是马上就不育，需要复查精液确认没有精子后才能停止避孕。如阴囊明显肿大、疼痛加重或发热，请及时就诊。`,
  ],
  [
    'biologic-infusion-unit',
    `生物制剂输注中心记录｜[[DATE|2026年11月23日]]\n患者｜[[PERSON|卓美琪]]｜女｜29岁｜门诊号[[MRN|SW2611-0805]]｜医保卡号[[INSURANCE_ID|3301068821405]]\n诊断｜克罗恩病（回结肠型）\n本次｜英夫利西单抗 5 mg/kg（300 mg）静脉滴注2小时，第4次输注，前次[[DATE|2026年9月28日]]\n输注前：T 36.5℃，BP 108/70；输注后观察1小时无不良反应\n下次预约｜[[DATE|2027年1月18日]]｜护士｜[[PERSON|濮]]`,
  ],
  [
    'biologic-infusion-unit',
    `今天在日间输注室给[[PERSON|阙振宇]]（男，45岁，强直性脊柱炎，住院号[[MRN|RS2611-3320]]）输注第二剂，滴到一半他说喉咙发痒、前胸起了风团，马上停药，给了氯雷他定和甲泼尼龙，半小时后好转，报[[PERSON|楚]]医生后改为减慢速度继续输完。家属[[PERSON|阙小芳]]已知情，电话[[PHONE|15250196339]]。记录：[[PERSON|公孙]]护士，[[DATE|2026-11-22]]。`,
  ],
  [
    'lipid-clinic',
    `血脂专病门诊｜[[DATE|2026-11-19]]\n姓名｜[[PERSON|饶少华]]｜男｜44岁｜门诊号[[MRN|XZ2611-8356]]\n身份证｜[[ID_CARD|360403198204301112]]\nLDL-C 6.8 mmol/L｜TC 9.1 mmol/L｜跟腱增厚｜DLCN评分9分\n印象｜家族性高胆固醇血症（很可能）\n处理｜阿托伐他汀40 mg + 依折麦布10 mg；建议为其子[[PERSON|饶一帆]]（12岁）查血脂；[[DATE|2027年2月]]复诊\n医师｜[[PERSON|凤]]`,
  ],
  [
    'lipid-clinic',
    `血脂门诊随访：[[PERSON|詹丽萍]]，女，61岁，[[DATE|2026年8月]]急性心梗后开始注射依洛尤单抗140 mg每两周一次，今日LDL-C 1.2 mmol/L（目标<1.4），肝酶正常。医保卡号[[INSURANCE_ID|4201043372618]]，下次[[DATE|2027年2月22日]]复查血脂。医师：[[PERSON|訾]]。`,
  ],
  [
    'heart-failure-clinic',
    `心衰专病门诊（护士随访）　[[DATE|2026-11-24]]\n[[PERSON|房建民]]　男　[[AGE|90]]岁　门诊号[[MRN|XS2611-0913]]\n身份证号：[[ID_CARD|370102360518571]]\n体重较上周增加1.8 kg，双下肢轻度水肿，NYHA III级，NT-proBNP 3,860 pg/ml。\n处理：呋塞米加量至40 mg qd，沙库巴曲缬沙坦维持50 mg bid，3天后电话随访。\n家属：[[PERSON|房丽霞]]（女儿）[[PHONE|17735738839]]　心衰护士：[[PERSON|叶]]`,
  ],
  [
    'heart-failure-clinic',
    `心衰患者居家自我管理：每天早晨排尿后、早餐前称体重并记录，三天内增加超过2公斤要及时联系心衰门诊；每日饮水量控制在1.5升左右，少吃咸菜、腌肉；按时服药，不要自行停用利尿剂。夜间不能平躺、需要坐起来才能喘气时，请立即就医。`,
  ],
];

const en: Array<[string, string]> = [
  [
    'admission',
    `ADMISSION H&P — Hospital Medicine — [[DATE|11/23/2026]]\nPatient: [[PERSON|Rodney Blankenship]]   MRN: [[MRN|61148207]]   DOB: [[DATE|02/14/1957]]\nAddress: [[ADDRESS|4418 Ocotillo Trail, Tucson, AZ 85741]]\nInsurance: member ID [[INSURANCE_ID|UHC903318264]]\nCC: fever and right flank pain x2 days. T 39.1, HR 112, lactate 2.8. UA nitrite positive. CT: right obstructing 6 mm UPJ stone with hydronephrosis.\nA/P: obstructive pyelonephritis (N10) — urology for stent tonight, ceftriaxone 2 g q24h.\nEmergency contact: wife [[PERSON|Rosalie]] [[PHONE|(520) 555-0143]]\nUrology: Dr [[PERSON|Thurlow]]. Admitting: [[PERSON|Priyanka Parekh]], MD`,
  ],
  [
    'admission',
    `Admission clerking, Acute Medical Unit, [[DATE|22 Nov 2026]]. [[PERSON|Winifred Ridgeway]], [[AGE|98]], NHS [[INSURANCE_ID|999 123 2788]], brought in from Larkfield Court care home after being found on the floor, possible long lie of 6 hours. CK 4,200, creatinine 168 (baseline 92). Clinical frailty scale 7. Impression: rhabdomyolysis and AKI stage 1 after a fall. IV fluids, repeat U&E in the morning. NOK great-nephew [[PERSON|Callum Ridgeway]] [[PHONE|07700 900846]]. Clerked by Dr [[PERSON|Olawale]] FY1 — see below.`,
  ],
  [
    'admission',
    `Neonatal admission — NICU — [[DATE|2026-11-21]] 04:15\nBaby boy of [[PERSON|Keeley Stubblefield]] | 33+6 weeks | BW 2010 g | Apgars 7 and 9\nReason: respiratory distress — CPAP 6, FiO2 0.3\nMRN [[MRN|B77021845]] | Isolette [[MRN|14]]\nFather [[PERSON|Jordan Pennock]] [[PHONE|(414) 555-0176]] | Mother's Medicaid [[INSURANCE_ID|WI55201873]]\nAdmitting NNP: [[PERSON|Colleen Baranski]]`,
  ],
  [
    'progress-note',
    `Progress note — CVICU — Sunday [[DATE|11/22/2026]]\n[[PERSON|Hector Alcaraz]], 67M, bed [[MRN|9]], POD 2 CABG x3.\nS: sore sternum, no chest pain.\nO: MAP 72 off norepinephrine since 0600, CI 2.4, CT output 40 mL/shift, Cr 1.3, K 4.1.\nA/P: wean O2, pull chest tubes this afternoon, start metoprolol 12.5 mg BID, transfer to step-down tomorrow. Daughter [[PERSON|Rocio]] updated by phone [[PHONE|(915) 555-0122]].\n[[PERSON|Tobias Engstrom]], PA-C`,
  ],
  [
    'progress-note',
    `Ward round 21/11/2026 — Respiratory\nBay 3 bed [[MRN|2]]: [[PERSON|IGWE, Chidi]] — IECOPD day 3, NIV weaned overnight, pH 7.37. Plan: home nebs, pulmonary rehab referral.\nBay 3 bed 3: empty.\nBay 3 bed [[MRN|4]]: [[PERSON|SCANLON, Moira]] — CAP, CURB-65 2, afebrile 48 h, step down to oral co-amoxiclav.\nSeen with Dr [[PERSON|Brassington]] (consultant).`,
  ],
  [
    'progress-note',
    `Progress note 23/11/2026, General Surgery, [[PERSON|Declan Murtagh]] UR [[MRN|M3308451]], Medicare [[INSURANCE_ID|2211 01344 2]]. DOB [[DATE|04/05/2011]]. Day 1 post laparoscopic appendicectomy. Tolerating diet, wounds clean, pain controlled on paracetamol. Plan discharge today; mum [[PERSON|Fiadh]] to collect at 3 pm. Dr [[PERSON|Anjali Dutta]] (surgical registrar).`,
  ],
  [
    'discharge',
    `DISCHARGE SUMMARY\nPatient: [[PERSON|Loretta Rushton]]   MRN: [[MRN|30918846]]   DOB: [[DATE|09/03/1949]]\nAdmitted: [[DATE|11/16/2026]]   Discharged: [[DATE|11/21/2026]]\nAddress: [[ADDRESS|2207 Pawpaw Bend Rd, Macon, GA 31204]]\nDiagnosis: C. difficile colitis (A04.72), first episode.\nMeds: fidaxomicin 200 mg BID to complete 10 days.\nFollow-up: PCP Dr [[PERSON|Curtis Midgley]] on [[DATE|12/01/2026]]; GI clinic [[DATE|12/15/2026]].`,
  ],
  [
    'discharge',
    `After your knee arthroscopy: keep the dressing dry for 48 hours, then you may shower. Use the crutches until you can walk without limping. Ice the knee for 20 minutes three or four times a day and keep doing the leg-raise exercises. Ring the ward if the calf becomes swollen or painful, or the wound oozes or smells.`,
  ],
  [
    'discharge',
    `Dear Dr [[PERSON|Cresswell]],\nRe: [[PERSON|Senan Nettleton]], DOB [[DATE|30/07/1962]], NHS [[INSURANCE_ID|999 638 1838]]\n[[PERSON|Senan]] was admitted on [[DATE|14 November 2026]] with a first generalised seizure. MRI brain showed a 2.1 cm enhancing left frontal lesion; he has been referred to the neuro-oncology MDT. He was discharged on [[DATE|19 November 2026]] on levetiracetam 500 mg BD and has been told not to drive (DVLA). Clinic appointment [[DATE|3 December]].\nYours sincerely,\n[[PERSON|Harriet Kilner]], Neurology Registrar`,
  ],
  [
    'outpatient',
    `Endocrinology clinic — [[DATE|11/19/2026]]\n[[PERSON|Yesenia Hinojosa-Tapia]], 41F, MRN [[MRN|22750413]]\nGraves disease, on methimazole 10 mg since [[DATE|August 2026]]. FT4 now 1.4, TSH still suppressed. Mild lid lag, no proptosis. Spanish interpreter #4471 used.\nPlan: methimazole 5 mg daily, labs in 6 weeks, discuss RAI vs continuing at next visit.\nDr [[PERSON|Nathaniel Mwale]]`,
  ],
  [
    'outpatient',
    `Respiratory clinic letter, 20 November 2026. Dear Dr [[PERSON|Cullinane]], I saw [[PERSON|Bridget Flannery]] (DOB [[DATE|11/05/1971]], MRN [[MRN|K0884127]]) of [[ADDRESS|14 Ballyhooly Road, Glanmire, Co. Cork, T45 R2K8]] with a chronic cough. Spirometry is normal, FeNO 62 ppb. I think this is eosinophilic airway inflammation and have started an inhaled steroid. Review in [[DATE|February 2027]]. Kind regards, [[PERSON|Conor Quirke]], Consultant Respiratory Physician.`,
  ],
  [
    'outpatient',
    `Diabetes Clinic — [[DATE|18/11/2026]]\n[[PERSON|Mere Paikea]], 55, NHI [[INSURANCE_ID|PAA5291]]\nAddress: [[ADDRESS|27 Puriri Crescent, Otara, Auckland 2023]]\nHbA1c 78 mmol/mol, eGFR 52, urine ACR 18. Started empagliflozin 10 mg. Whānau support: son [[PERSON|Keanu]].\nDiabetes nurse specialist: [[PERSON|Lisa Prendiville]]`,
  ],
  [
    'referral',
    `Urgent suspected cancer referral — lower GI\nPatient: [[PERSON|Dennis Oxtoby]], DOB [[DATE|05/01/1954]], NHS [[INSURANCE_ID|999 304 3222]]\nAddress: [[ADDRESS|9 Moorbottom Lane, Cleckheaton, BD19 4PQ]]  Mobile: [[PHONE|07700 900287]]\nChange in bowel habit 8 weeks, FIT 146 µg/g, Hb 108, ferritin 9.\nReferring GP: Dr [[PERSON|Pippa Leadbetter]], Spen Valley Practice. Date: [[DATE|20/11/2026]]`,
  ],
  [
    'referral',
    `Cardiology referral — [[DATE|11/20/2026]]\nRe: [[PERSON|Terrell Vickers]], DOB [[DATE|03/28/1968]], MRN [[MRN|70394126]], Aetna member [[INSURANCE_ID|W284019375]]\nExertional chest tightness for 6 weeks, stress ECG 1.5 mm ST depression at stage 2. Please evaluate for angiography.\nFax 555-0199 (office). Patient cell [[PHONE|(312) 555-0164]].\nReferring: [[PERSON|Grace Fensome]], NP`,
  ],
  [
    'referral',
    `Dear Dr [[PERSON|Koutsoukos]],\nThank you for seeing [[PERSON|Shanelle Garlick]] (DOB [[DATE|17/02/1990]], Medicare [[INSURANCE_ID|5549 37809 1]]), of [[ADDRESS|5/41 Ironwood Street, Morningside QLD 4170]], mobile [[PHONE|0491 573 770]], with heavy menstrual bleeding and a 4 cm fibroid on ultrasound. Ferritin 6; iron infusion given [[DATE|12/11/2026]].\nRegards, Dr [[PERSON|Fergus Toomey]], [[DATE|20/11/2026]]`,
  ],
  [
    'handover',
    `ED board 23/11 0700\nRm | Patient | Age | Issue | Dispo\n[[MRN|3]] | [[PERSON|Gutierrez, Ramon]] | 58 | DKA, on insulin gtt | MICU\n4 | — | — | cleaning | —\n[[MRN|6]] | [[PERSON|Noonan, Edna]] | [[AGE|93]] | hip fx | ortho AM\n[[MRN|7]] | Doe, Jane | ~30 | found down, GCS 13 | tox pending\nOff: Dr [[PERSON|Chiasson]]  On: Dr [[PERSON|Wigglesworth]]`,
  ],
  [
    'handover',
    `SBAR — 02:40, [[DATE|22/11/2026]]. S: this is [[PERSON|Nadine]], staff nurse on Ward 7, calling about [[PERSON|Gordon Inskip]], bed [[MRN|11]], [[AGE|91]], NEWS2 now 7. B: admitted with urosepsis, on IV gentamicin. A: new confusion, RR 26, BP 88/50. R: please review within 30 minutes — bleep 4417 for the medical SHO, Dr [[PERSON|Enright]].`,
  ],
  [
    'handover',
    `(transcribed) Okay, maternity handover, seven-thirty on [[DATE|21 November]]: room [[MRN|2]] is [[PERSON|Kayla Jennings]], 7 centimetres, epidural working; room 3 is empty; room [[MRN|5]] is [[PERSON|Ngozi Banda]], post-partum haemorrhage 900 mils, on oxytocin, Hb at six. Her husband [[PERSON|Chinedu]] is on [[PHONE|07700 900558]] if anything changes.`,
  ],
  [
    'nursing-note',
    `Nursing note — Med/Surg 4 West — [[DATE|11/22/2026]]\n[[PERSON|Vernon Rigby]], room [[MRN|418]], [[AGE|92]], DOB [[DATE|03/08/1934]]\n0200 found attempting to climb out of bed, reoriented, bed alarm on, low bed.\n0400 voided 250 mL, skin intact, turned to left side.\n0600 BG 142. Son [[PERSON|Wesley]] called, updated.\n[[PERSON|Kristen Molloy]], RN`,
  ],
  [
    'nursing-note',
    `Preventing falls at home: keep a night light on between the bedroom and the bathroom, remove loose rugs, wear shoes or slippers with a back and a firm sole, and get up slowly — sit on the edge of the bed for a minute first. Keep your walking frame within reach and tell the nurse if you feel dizzy after your tablets.`,
  ],
  [
    'nursing-note',
    `District nursing visit, Friday [[DATE|20 November 2026]]. Patient: [[PERSON|Glenys Palumbo]], [[AGE|94]], NHS [[INSURANCE_ID|999 532 8445]], [[ADDRESS|Flat 6, Llys Derwen, Llanelli SA15 3DL]]. Leg ulcer right gaiter 4.2 × 3.1 cm, slough reduced, compression bandaging reapplied. Next visit Monday [[DATE|23 November]]. Daughter [[PERSON|Tamsyn]] present. DN [[PERSON|Sioned Birkett]].`,
  ],
  [
    'lab-report',
    `CHEMISTRY REPORT\nPATIENT: [[PERSON|GROGAN, BEATRICE]]   MRN: [[MRN|48230719]]   ACCN: [[MRN|C26-3341907]]\nCOLLECTED: [[DATE|11/23/2026]] 05:40   LOCATION: 6N-[[MRN|612]]\nSODIUM 119 L*   POTASSIUM 3.2 L   CHLORIDE 84 L   GLUCOSE 96   OSMOLALITY 252 L\n*CRITICAL called to [[PERSON|R. Maldonado]] RN at 06:12 by [[PERSON|T. Okamoto]] MLS`,
  ],
  [
    'lab-report',
    `Microbiology — CSF\nName: [[PERSON|Thea Sheehy]]  DOB: [[DATE|02/09/2001]]  NHS: [[INSURANCE_ID|999 689 7443]]  Hosp no: [[MRN|RT4419028]]\nLab no: [[MRN|M26.118830]]  Received: [[DATE|21/11/2026]]\nWCC 840 (90% neutrophils), protein 2.1 g/L, glucose ratio 0.2. Gram: Gram-negative diplococci.\nPhoned to Dr [[PERSON|Fearnley]] (ITU) 14:20.`,
  ],
  [
    'lab-report',
    `Pathology — Full Blood Count\n[[PERSON|Norma Bamforth]] | [[AGE|90]] | UR [[MRN|W5520931]] | Medicare [[INSURANCE_ID|3392 92442 4]]\nEpisode [[MRN|26-7741205]] | Collected [[DATE|20/11/2026]]\nHb 84 g/L | MCV 112 fL | Plt 142 | WCC 3.8 | B12 98 pmol/L (low)\nComment: macrocytic anaemia with low B12; suggest intrinsic factor antibodies. Reported by Dr [[PERSON|Sandeep Wadhwa]].`,
  ],
  [
    'imaging-report',
    `CT ABDOMEN/PELVIS WITH CONTRAST — [[DATE|11/21/2026]]\nPatient: [[PERSON|Douglas Fairchild]]  MRN: [[MRN|55019382]]\nComparison: [[DATE|March 2025]].\nFindings: 3.8 cm exophytic enhancing mass lower pole left kidney, new since comparison. No adenopathy. Liver clear.\nImpression: suspicious for renal cell carcinoma; urology referral recommended.\nRead by: [[PERSON|Mei-Lin Chiu]], MD`,
  ],
  [
    'imaging-report',
    `US Carotid Doppler — [[DATE|19/11/2026]]\n[[PERSON|Ronald Shackleton]] | NHS [[INSURANCE_ID|999 938 0921]] | RIS [[MRN|RAD2611-9984]]\nLeft ICA: 70–79% stenosis (PSV 280 cm/s). Right ICA: <50%.\nConclusion: significant left ICA stenosis — discussed with the TIA team (Dr [[PERSON|Venables]]).\nSonographer: [[PERSON|Ayesha Bukhari]]`,
  ],
  [
    'prescription',
    `HILLTOP PHARMACY  (856) 555-0110\nRX# [[MRN|7730951]]   [[DATE|11/22/2026]]\n[[PERSON|MARCELLA DIGIOVANNI]]\n[[ADDRESS|88 CHOKECHERRY HOLLOW DR, CHERRY HILL NJ 08003]]\nAPIXABAN 5 MG TAB  #60\nTAKE 1 TABLET BY MOUTH TWICE DAILY\nDR. [[PERSON|S. FRIEDLANDER]]   REFILLS: 5`,
  ],
  [
    'prescription',
    `Discharge prescription (TTO) — [[DATE|21/11/2026]]\n[[PERSON|Ivor Thewlis]]  NHS [[INSURANCE_ID|999 085 2707]]  Hosp no [[MRN|H7230158]]\nClopidogrel 75 mg OD (new — started [[DATE|18/11/2026]])\nAtorvastatin 80 mg ON\nLansoprazole 15 mg OD\nPrescriber: Dr [[PERSON|Naylor]], bleep 2290. Pharmacist screened: [[PERSON|Farida Lakhani]]`,
  ],
  [
    'prescription',
    `Prescription — [[DATE|2026-11-20]]\n[[PERSON|Anil Jayaraman]], DOB [[DATE|1979-06-11]], OHIP [[INSURANCE_ID|9070 773 669]] RK\n[[ADDRESS|62 Sandalwood Pkwy E, Brampton ON L6Z 1Y4]]\nNitrofurantoin MR 100 mg PO BID x 5 days, no refills\nDr [[PERSON|Julianne Fortier]], CPSO 88312`,
  ],
  [
    'consent',
    `INFORMED CONSENT — COLONOSCOPY\nPatient: [[PERSON|Ngoc Anh Hoang]]  MRN: [[MRN|36620948]]  Date: [[DATE|11/23/2026]]\nRisks discussed: bleeding, perforation (about 1 in 1,000), missed lesions, sedation reactions.\nVietnamese interpreter ID 2087 present.\nPatient signature: [[PERSON|Ngoc Anh Hoang]]   Witness: [[PERSON|Danielle Jaramillo]], RN\nPhysician: [[PERSON|Raymond Ndlovu]], MD`,
  ],
  [
    'consent',
    `Consent Form 1 — Patient agreement to investigation or treatment\nPatient: [[PERSON|Lucy Egan]]  Hospital number: [[MRN|LT8821045]]\nProcedure: laparoscopic cholecystectomy, planned for [[DATE|8 December 2026]].\nRisks: bleeding, infection, bile leak, bile duct injury (about 1 in 400), conversion to open.\nSigned: [[PERSON|L. Egan]]  Date: [[DATE|20/11/2026]]\nHealth professional: Mr [[PERSON|Rupert Cassidy]], Consultant Surgeon`,
  ],
  [
    'consent',
    `Consent — tonsillectomy, [[DATE|19/11/2026]]. Patient [[PERSON|Harper Duong]], 7, Medicare [[INSURANCE_ID|6632 98228 1]]. Risk of post-operative bleeding (about 1 in 30) explained, with advice to return straight away if any bleeding. Signed by her father [[PERSON|Quang Duong]], mobile [[PHONE|0491 576 398]]. Surgeon: Dr [[PERSON|Lachlan Gustafson]].`,
  ],
  [
    'billing',
    `PATIENT STATEMENT\nAccount #: [[MRN|AC-55827316]]   Statement date: [[DATE|11/20/2026]]\nGuarantor: [[PERSON|Dale Jorgensen]]   SSN: [[ID_CARD|987-65-4327]]\nMail to: [[ADDRESS|PO Box 3319, Boise, ID 83706]]\nService dates: [[DATE|10/28/2026]]–[[DATE|10/30/2026]]   Patient: [[PERSON|Kaitlyn Jorgensen]]\nBalance due: $1,486.20   Paid by Visa [[BANK_CARD|4481 0080 8696 6994]]`,
  ],
  [
    'billing',
    `INVOICE 2026-1187 — Harbourside Orthopaedic Rooms\nTo: [[PERSON|Fenella Lundgren]], [[EMAIL|fenella.lundgren@example.co.uk]]\nConsultation [[DATE|16/11/2026]] £220; MRI left knee [[DATE|18/11/2026]] £480\nTotal £700 — paid by Mastercard [[BANK_CARD|5357 5633 5743 2538]]\nInsurer: Bupa membership [[INSURANCE_ID|BUP7740218831]]`,
  ],
  [
    'billing',
    `TAX INVOICE / RECEIPT — Riverside Dermatology\nPatient: [[PERSON|Brendan Kosovich]]  Medicare [[INSURANCE_ID|4582 68881 3]]\nDate of service: [[DATE|18/11/2026]] — excision of lesion, back\nFee $395.00  Medicare rebate $139.75\nPaid: American Express [[BANK_CARD|3714 125870 68121]]\nABN 71 882 406 319  Provider no 2417683T`,
  ],
  [
    'online-consult',
    `Telehealth chat — [[DATE|11/23/2026]] — session [[MRN|TH-26-0083317]]\n[[ACCOUNT|jmcallister77]]: hi, my inhaler ran out and I'm wheezing a bit at night\nNP [[PERSON|Rochelle Mikkelsen]]: Hi [[PERSON|Jared]], how many times a week are you using the blue one?\n[[ACCOUNT|jmcallister77]]: maybe 4 or 5\nNP [[PERSON|Rochelle Mikkelsen]]: That's more than we want — I'll send albuterol plus a daily budesonide-formoterol and book you in person.\n(connected from [[IP|198.51.100.93]])`,
  ],
  [
    'online-consult',
    `Your video appointment is confirmed\nHi [[PERSON|Tamara]], your appointment with Dr [[PERSON|Gideon Nygaard]] is on Wednesday [[DATE|2 December 2026]] at 10:40.\nJoin here: [[URL|https://visit.example.co.uk/j/T4Rk82Q]]\nYour username is [[ACCOUNT|tamwilde]]. A copy has been sent to [[EMAIL|tamara.wilde@example.co.uk]]. Please have your blood pressure readings ready.`,
  ],
  [
    'online-consult',
    `eConsult — new patient registration (Vancouver)\nName: [[PERSON|Yim Wing-yan]] | DOB [[DATE|1986-04-22]]\nHong Kong ID: [[ID_CARD|Y328578(0)]] | Passport: [[PASSPORT|K39518204]]\nAddress: [[ADDRESS|1208-3388 Cambie Street, Vancouver BC V5Z 2W6]]\nPhone: [[PHONE|(604) 555-0187]] | Email: [[EMAIL|wingyan.yim@example.com]]\nArrived [[DATE|October 2026]] with husband [[PERSON|Tse Chun-kit]]; needs repeat levothyroxine. Submitted from [[IP|203.0.113.166]].`,
  ],
  [
    'patient-message',
    `MyChart message from [[PERSON|Cynthia Vitale]] (proxy for [[PERSON|Agnes Vitale]], [[AGE|97]])\nHi Dr [[PERSON|Cavallaro]], Mom has been more confused since the new bladder pill. She lives with me at [[ADDRESS|615 Chestnut Ridge Ct, Lexington, KY 40509]]. Could we stop it or switch? Best number is [[PHONE|(859) 555-0131]]. Thank you, [[PERSON|Cynthia]]`,
  ],
  [
    'patient-message',
    `From: [[EMAIL|s.phiri@example.co.uk]]\nTo: cardiology secretaries\nSubject: Appointment — [[PERSON|Samuel Phiri]], hospital no [[MRN|C7710462]]\nHello, I had an echo on [[DATE|10 November]] and was told I'd hear within two weeks. Could you tell me when my follow-up will be? My mobile is [[PHONE|07700 900931]].\nMany thanks, [[PERSON|Sammy]]`,
  ],
  [
    'patient-message',
    `To the Patient Relations Office,\nI'm writing about my father, [[PERSON|Albert Doiron]], [[AGE|95]], who waited eleven hours on a stretcher on [[DATE|November 14]]. Our car ([[PLATE|CKRT 418]]) was ticketed twice while we waited. I'd like a written response to [[ADDRESS|77 Bayview Crescent, Kingston ON K7M 4A2]].\n[[PERSON|Denise Doiron-Melanson]]`,
  ],
  [
    'family-chat',
    `👵 Nana's care team\n[[PERSON|Tracey]]: physio says Nana can go home Thursday [[DATE|26 Nov]] if the rail's fitted\nUncle [[PERSON|Bernie]]: I'll fit it Wednesday, van's [[PLATE|YK19 HXT]] if anyone needs to move it\nMum: @[[PERSON|Tracey]] can you sort her tablets with the pharmacy\n[[PERSON|Tracey]]: yep on it 👍
[[PERSON|Frankie]]: I can sit with her Friday`,
  ],
  [
    'family-chat',
    `🏥 Pop updates\n[[PERSON|Lakisha]]: Pop's pacemaker check is [[DATE|12/3]] at 9\n[[PERSON|Marquis]]: I'll drive him, taking the truck [[PLATE|8XKD512]]\nGrandma: he turns [[AGE|93]] next week!! 🎂\n[[PERSON|Lakisha]]: lol ok we'll bring cake to the clinic`,
  ],
  [
    'sms-reminder',
    `Hi [[PERSON|Wilf]], reminder: your bowel screening kit result appointment is Tuesday [[DATE|1 December]] at 11:15 with Nurse [[PERSON|Upton]]. Reply Y to confirm or change it at [[URL|https://nhsbook.example.co.uk/c/G7x2]].`,
  ],
  [
    'sms-reminder',
    `Westfield Medical Centre: our phone lines will close at 1 pm every Thursday in December for staff training. For urgent help call 111, or 999 in an emergency.`,
  ],
  [
    'orthoptics-clinic',
    `Orthoptic clinic — [[DATE|17/11/2026]]\n[[PERSON|Poppy Harrington]], 4, hospital no [[MRN|E5583190]], NHS [[INSURANCE_ID|999 086 6538]]\nVA (Kay pictures): RE 0.100, LE 0.400 logMAR. Cover test: small-angle left esotropia, 12Δ near.\nAmblyopia LE, glasses worn since [[DATE|August 2026]]. Plan: patch RE 2 hours/day, review [[DATE|26 January 2027]].\nMum [[PERSON|Cleo]] [[PHONE|07700 900372]]. Orthoptist: [[PERSON|Naomi Sasaki]]`,
  ],
  [
    'orthoptics-clinic',
    `Pediatric Ophthalmology / Orthoptics — [[DATE|11/20/2026]]\n[[PERSON|Caleb Urbina]], 9, MRN [[MRN|84471026]]\nIntermittent exotropia, control score 3 at distance. Convergence near point 14 cm.\nPlan: office-based vergence therapy weekly x12; home pencil push-ups. Follow-up [[DATE|02/19/2027]].\nParent: [[PERSON|Araceli Urbina]] [[PHONE|(210) 555-0139]]. Orthoptist [[PERSON|Jolene Morimoto]], CO`,
  ],
  [
    'vasectomy-clinic',
    `No-scalpel vasectomy — procedure note — [[DATE|11/18/2026]]\n[[PERSON|Brandon Kuykendall]], 36, MRN [[MRN|19930574]], BCBS ID [[INSURANCE_ID|XKB448210937]]\nConsent reviewed, partner [[PERSON|Whitney]] aware. Local 1% lidocaine, bilateral vas isolated, segments excised, ends cauterised and fascial interposition. EBL minimal.\nSemen analysis at 12 weeks ([[DATE|02/10/2027]]); continue contraception until cleared.\n[[PERSON|Omar Lozano]], MD (Urology)`,
  ],
  [
    'vasectomy-clinic',
    `Vasectomy counselling — [[DATE|19/11/2026]]\n[[PERSON|Liam Pomare]], 41, NHS [[INSURANCE_ID|999 742 8978]], [[ADDRESS|33 Oakhurst Drive, Wakefield WF2 7LB]]\nThree children, partner [[PERSON|Lottie]] agrees. Discussed: permanence, chronic scrotal pain (about 1 in 20), early and late failure (about 1 in 2,000 after clearance). Booked for [[DATE|14 January 2027]] under local anaesthetic.\nClinician: Dr [[PERSON|Ffion Northcott]]`,
  ],
  [
    'biologic-infusion-unit',
    `Infusion Center — [[DATE|11/23/2026]]\n[[PERSON|Tiffany Santoro]], 33, MRN [[MRN|27781604]], chair [[MRN|6]]\nOcrelizumab 600 mg, dose 3; premeds methylprednisolone 100 mg IV, cetirizine, acetaminophen. Prior infusion [[DATE|05/26/2026]].\nMild throat itch at 200 mL/h — rate halved, resolved. Discharged 16:10 after observation.\nInfusion RN [[PERSON|Mandy Cordero]]; husband [[PERSON|Dwight]] driving.`,
  ],
  [
    'biologic-infusion-unit',
    `Before your infusion: eat normally and drink plenty of water the day before and on the day; bring a list of your medicines and something to do, as the infusion and the observation afterwards can take four hours. Tell the nurse if you have had a fever, an infection or antibiotics since your last dose, or if you might be pregnant.`,
  ],
  [
    'lipid-clinic',
    `Lipid Clinic — [[DATE|20/11/2026]]\n[[PERSON|Kirsty Scarth]], 38, hospital no [[MRN|L2930814]], NHS [[INSURANCE_ID|999 371 7169]]\nLDL-C 7.4 mmol/L, tendon xanthomata, Simon Broome definite FH; LDLR variant confirmed.\nPlan: cascade testing — sister [[PERSON|Iona]] and children to be offered testing; start rosuvastatin 20 mg plus ezetimibe. Review [[DATE|March 2027]].\nLipidologist: Dr [[PERSON|Balasubramanian]]; GP Dr [[PERSON|Moncrieff]] copied`,
  ],
  [
    'lipid-clinic',
    `Lipid results explained: LDL cholesterol is the "bad" cholesterol that builds up in artery walls. Your target depends on your overall risk — after a heart attack it is usually below 1.4 mmol/L. Statins work best taken at the same time every day; report unexplained muscle aches. Triglycerides fall with less alcohol and sugar.`,
  ],
  [
    'heart-failure-clinic',
    `Heart Failure Clinic — [[DATE|11/19/2026]]\n[[PERSON|Eugene Pickard]], [[AGE|90]], MRN [[MRN|40682173]], Medicare MBI on file\nWeight up 4 lb in a week, orthopnea 2 pillows, JVP 10 cm, bibasal crackles. NT-proBNP 5,420. EF 25% (echo [[DATE|09/2026]]).\nPlan: furosemide 40 mg BID for 3 days, daily weights; HF nurse call [[DATE|11/22/2026]].\nDaughter [[PERSON|Roxanne Pickard]] [[PHONE|(502) 555-0118]]. HF NP: [[PERSON|Keisha Giordano]]`,
  ],
  [
    'heart-failure-clinic',
    `Heart failure nurse review, [[DATE|23/11/2026]]. [[PERSON|Brian Costigan]], 78, UR [[MRN|G4418025]], Medicare [[INSURANCE_ID|5605 81975 5]], home visit at [[ADDRESS|12 Saltbush Close, Ballarat VIC 3350]]. Weight stable at 71.4 kg, ankles mild oedema, BP 104/62. Up-titrated dapagliflozin already; bisoprolol to 5 mg. Wife [[PERSON|Dottie]] keeping the weight diary. Next phone call [[DATE|30/11/2026]]. HF nurse [[PERSON|Tessa O'Toole]], mobile [[PHONE|0491 578 148]].`,
  ],
];

export function generateDeidHoldout28(): LabelledRecord[] {
  return holdoutRecords('h28', zh, en);
}

export const DEID_HOLDOUT_28_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/labelled/deid-holdout-28.jsonl',
);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const records = generateDeidHoldout28();
  writeFileSync(DEID_HOLDOUT_28_PATH, renderJsonl(records));
  console.log(`wrote ${records.length} records to ${DEID_HOLDOUT_28_PATH}`);
}
