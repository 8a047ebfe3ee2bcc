import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { holdoutRecords, type LabelledRecord, renderJsonl } from './generate-deid.ts';

/**
 * The ROUND-23 fresh held-out de-identification set (data/labelled/deid-holdout-23.jsonl): hand-written
 * snippets with hand-placed spans, marked inline as [[TYPE|text]] (parseMarked strips the marks and
 * records UTF-16 offsets). Written by a separate annotator who did not read the recognizer code and
 * never ran a recognizer on these snippets; it must not be used to tune the recognizers.
 *
 * About four fifths are the everyday documents of a general hospital and the messages of its patients
 * (admission, progress and discharge notes, outpatient notes and letters, referrals, handovers, nursing
 * notes, lab, pathology and imaging reports, prescriptions and labels, consent, billing papers, online
 * consultations, patient messages and e-mails, family chats and SMS reminders), in new wording and
 * specialties; about a fifth come from settings earlier rounds did not list as genres: hearing-aid
 * clinics, home dialysis training, school nursing, sleep-apnoea (CPAP) follow-up and fracture clinics.
 *
 * Identifiers are synthetic: resident IDs carry a valid GB 11643 check character and a region code, sex
 * digit and birth date consistent with the text (15-digit IDs likewise), bank cards a valid Luhn digit,
 * NHS numbers are in the 999 test range with their modulus-11 digit, the Australian Medicare numbers
 * pass their check digit and the OHIP numbers their Luhn digit; the US SSN is in the 987-65-432x
 * advertising range. Phones are random mainland numbers or fictional ranges (North American 555-01xx,
 * UK 07700 900xxx and 01632 960xxx, Australian 0491 570 xxx); mail and web hosts are example.*; IP
 * addresses come from the documentation ranges.
 *
 * Span conventions are those of data/labelled/deid-holdout-2 to -22 cards; the decisions new in this
 * round are in data/labelled/deid-holdout-23.card.yaml.
 */
const zh: Array<[string, string]> = [
  [
    'admission',
    `心内科入院记录\n姓名：[[PERSON|王德明]]　性别：男　年龄：68岁\n身份证号：[[ID_CARD|310101195803125470]]\n住址：[[ADDRESS|上海市黄浦区建国东路永嘉新村5号楼302室]]\n入院时间：[[DATE|2026年11月21日]] 09:15\n主诉：反复胸痛3天，加重2小时。肌钙蛋白I 2.8 ng/mL，心电图V1-V4 ST段抬高，急诊PCI于LAD置入支架1枚。\n联系人：儿子[[PERSON|王磊]]　[[PHONE|13908749190]]\n住院号：[[MRN|0026115873]]\n记录医师：[[PERSON|陈]]医生`,
  ],
  [
    'admission',
    `下午3点半120送入，[[PERSON|周福生]]，男，80岁，老身份证[[ID_CARD|330102460105695]]，咳嗽咳痰加重1周伴气促，SpO2 86%（未吸氧），血气pH 7.31、PaCO2 68 mmHg，诊断慢阻肺急性加重伴II型呼衰，予无创通气后收呼吸科[[MRN|8]]床，家住[[ADDRESS|杭州市上城区清泰街298弄4号201]]，老伴[[PERSON|沈阿妹]]耳背，联系外甥女[[PERSON|沈佳蔚]]，[[PHONE|18669660900]]，入院日期[[DATE|11.22]]`,
  ],
  [
    'admission',
    `产科入院｜[[PERSON|刘婉婷]]｜40岁｜G2P1 孕38+2周｜身份证 [[ID_CARD|43010219860517990X]]｜医保卡号 [[INSURANCE_ID|43000012058871]]｜规律宫缩2小时入院｜[[DATE|2026/11/23]] 04:20｜丈夫 [[PERSON|杨帆]] [[PHONE|15210831901]]｜待产室[[MRN|3]]床｜值班 [[PERSON|黄]]医生`,
  ],
  [
    'progress-note',
    `[[DATE|2026-11-19]] 主任查房记录\n[[PERSON|赵]]主任查看患者[[PERSON|李秀英]]后指出：患者糖尿病酮症酸中毒已纠正，血糖波动在8～14 mmol/L，改为三餐前门冬胰岛素+睡前甘精胰岛素皮下注射，糖化血红蛋白11.2%，需加强糖尿病教育。[[PERSON|赵]]主任同意明日转入普通病房。\n记录者：住院医师[[PERSON|孙一川]]`,
  ],
  [
    'progress-note',
    `血液科病程｜[[MRN|12]]床 [[PERSON|马振东]]｜男 44岁｜住院号 [[MRN|XY26-06671]]｜急性髓系白血病诱导化疗后第14天，ANC 0.1×10^9/L，T 38.9℃｜血培养回报肺炎克雷伯菌（碳青霉烯敏感）｜升级美罗培南1 g q8h｜[[DATE|11月20日]]｜[[PERSON|钟]]主任`,
  ],
  [
    'progress-note',
    `病程记录　[[DATE|2026年11月18日]]　术后第3天\n患者[[PERSON|吴桂兰]]，女，71岁，右额叶脑膜瘤切除术后。神志清，GCS 15分，左上肢肌力IV级，较术前（[[DATE|11月12日]]）略差，复查头颅CT未见出血。继续甘露醇125 ml q8h，左乙拉西坦0.5 g bid。今日家属（儿媳[[PERSON|郑丽]]）询问康复转科事宜，已解释。\n医师签名：[[PERSON|林]]`,
  ],
  [
    'discharge',
    `出院小结\n姓名：[[PERSON|张丽华]]　女　55岁　住院号：[[MRN|ZY20261107]]\n身份证：[[ID_CARD|420102197108253842]]\n住院时间：[[DATE|2026年11月7日]]—[[DATE|2026年11月20日]]\n出院诊断：1. 右乳浸润性导管癌（pT1cN0M0）；2. 高血压2级\n出院医嘱：[[DATE|12月4日]]返院拆线并行首次辅助化疗评估。\n现住址：[[ADDRESS|武汉市江岸区胜利街176号2栋3单元501]]\n医师：[[PERSON|何]]`,
  ],
  [
    'discharge',
    `内镜下结肠息肉切除术后出院须知：术后3天内进食少渣半流质，避免辛辣、粗纤维食物；1周内避免剧烈运动、提重物和长途旅行；如出现大量便血、黑便、腹痛加剧或发热，请立即到急诊就诊；病理结果约7个工作日后可在自助机打印，1年后复查肠镜。`,
  ],
  [
    'discharge',
    `出院证明书\n患者[[PERSON|梁瑞珍]]，女，[[AGE|九十三]]岁，身份证号码[[ID_CARD|440103330918006]]，因"肺部感染、心功能不全"于[[DATE|二〇二六年十一月五日]]入住我院老年科，经抗感染、利尿治疗好转，于[[DATE|二〇二六年十一月二十日]]出院。出院后需长期家庭氧疗。\n特此证明。\n经治医师：[[PERSON|冯少棠]]`,
  ],
  [
    'outpatient',
    `眼科门诊病历　[[DATE|2026-11-17]]\n姓名：[[PERSON|陈雅婷]]　女　36岁\n身份证：[[ID_CARD|35010219901003276X]]　就诊卡：[[MRN|YK0923785]]\n主诉：右眼视物变形2周。OCT示右眼黄斑区视网膜下积液，诊断中心性浆液性脉络膜视网膜病变。\n处理：停用外用激素，[[DATE|12月15日]]复查OCT。\n医师：[[PERSON|吕]]`,
  ],
  [
    'outpatient',
    `内分泌科门诊 / [[DATE|11月19日]] / [[PERSON|黄志强]] / 男 / 63岁 / 医保号 [[INSURANCE_ID|21010300335129]] / 2型糖尿病10年，HbA1c 8.9%，eGFR 52 / 加用恩格列净10 mg qd，二甲双胍减量至0.5 g bid / 3个月后复查 / 医生 [[PERSON|许]]`,
  ],
  [
    'outpatient',
    `口腔科门诊\n患儿：[[PERSON|唐可歆]]（小名[[PERSON|米团]]），女，6岁\n门诊号：[[MRN|KQ2611-40726]]\n主诉：左下后牙夜间痛2天。74深龋近髓，叩痛（+），诊断急性牙髓炎，行开髓引流，[[DATE|11月26日]]复诊行根管治疗。\n陪诊：奶奶[[PERSON|唐桂芬]]　电话[[PHONE|15815557617]]`,
  ],
  [
    'referral',
    `双向转诊（上转）单\n患者姓名：[[PERSON|韦家宝]]　性别：男　年龄：49岁　民族：壮族\n身份证号：[[ID_CARD|450103197707211179]]\n家庭住址：[[ADDRESS|南宁市青秀区东葛路136号金湖小区9栋1802]]\n初步诊断：主动脉夹层（Stanford B型）？\n转诊理由：我院无血管外科，需行CTA及腔内治疗。\n转出医师：[[PERSON|覃]]医生　手机：[[PHONE|18944662275]]\n转出日期：[[DATE|2026年11月22日]]`,
  ],
  [
    'referral',
    `会诊申请｜申请科室：骨科｜被邀科室：精神心理科｜患者 [[PERSON|高秀梅]]｜[[MRN|27]]床｜住院号 [[MRN|GK2611-0338]]｜髋关节置换术后第2天夜间谵妄，CAM阳性｜请协助诊治｜申请医师 [[PERSON|罗]]｜[[DATE|2026-11-21]] 20:40｜会诊意见：奥氮平2.5 mg睡前，避免苯二氮䓬类，家属[[PERSON|高建平]]夜间陪护`,
  ],
  [
    'referral',
    `转介单：兰州市城关区社区卫生服务中心安宁疗护病区\n患者[[PERSON|马桂英]]，女，[[AGE|97]]岁，回族，身份证[[ID_CARD|620102290228758]]，晚期胃癌，进食困难，家属要求转社区安宁疗护。住址[[ADDRESS|兰州市城关区庆阳路中街口小区2号楼4单元301]]。联系人：孙子[[PERSON|马俊杰]] [[PHONE|13344679379]]。转出日期[[DATE|11/20]]。`,
  ],
  [
    'handover',
    `消化内科夜班交班　[[DATE|11月22日]]\n床号｜姓名｜病情\n[[MRN|3]]｜[[PERSON|古丽巴哈尔·吐逊]]｜上消化道出血，已输红细胞2U，Hb 72\n5｜空床｜—\n[[MRN|6]]｜[[PERSON|周秀云]]｜肝硬化腹水，利尿中，尿量1800 ml\n9｜新入 男 姓名不详｜急诊转入，意识模糊，待查\n交班：[[PERSON|徐静]]　接班：[[PERSON|朱]]护士`,
  ],
  [
    'handover',
    `（交班口述记录）好，先说[[MRN|二十三]]床，[[PERSON|小胖]]，大名叫[[PERSON|胡宇轩]]，9岁，糖尿病酮症，胰岛素泵现在0.05一小时，血糖十二点多。二十四床下午转出去了，没人。[[MRN|二十五]]床[[PERSON|郭]]爷爷，肺炎，夜里咳得厉害，他老伴想在床边陪，我让她去家属休息室了。`,
  ],
  [
    'handover',
    `抢救室交班 [[DATE|2026-11-23]] 07:30：抢救[[MRN|1]] [[PERSON|秦]]姐（[[PERSON|秦雪梅]]），有机磷农药中毒，阿托品化维持中，胆碱酯酶1200；抢救2 男性约40岁，车祸，身份未明，已联系交警；抢救[[MRN|4]] [[PERSON|何国强]]，心衰急性发作，呋塞米40 mg静推后好转，等床位。交班：[[PERSON|韩]]医生`,
  ],
  [
    'nursing-note',
    `护理记录单　[[DATE|2026-11-20]] 14:00\n[[MRN|15]]床　[[PERSON|曹宝顺]]　男　[[AGE|91]]岁　身份证[[ID_CARD|120101193505209030]]\n骶尾部2期压力性损伤3×2 cm，予泡沫敷料保护，每2小时翻身，Braden评分11分。女儿[[PERSON|曹淑华]]在旁，已教会翻身方法。\n护士：[[PERSON|邓晓燕]]`,
  ],
  [
    'nursing-note',
    `胰岛素笔注射宣教：注射部位在腹部（肚脐周围5厘米以外）、大腿外侧、上臂外侧轮换，每次注射点相距1厘米以上；针头一次一换；未开封的笔芯放冰箱2～8℃冷藏，开封后室温保存不超过28天；出现心慌、出冷汗、手抖时立即进食糖果或饮料并测血糖。`,
  ],
  [
    'nursing-note',
    `产后访视｜[[DATE|2026年11月24日]]（周二）｜产妇 [[PERSON|田梦婕]]｜新生儿 [[PERSON|林一芃]]｜住址 [[ADDRESS|西安市新城区长乐西路88号东方小区6号楼2单元702]]｜产后第7天，恶露量少，乳房无硬结｜新生儿经皮胆红素11.2 mg/dL｜下次访视 [[DATE|12月1日]]｜访视护士 [[PERSON|宋]]`,
  ],
  [
    'lab-report',
    `检验报告单　条码号：[[MRN|2611210047]]\n姓名：[[PERSON|杜文斌]]　性别：男　年龄：52岁　科室：血液科门诊\n项目　　结果　　单位　　参考范围\nWBC　　 2.1↓　　10^9/L　 3.5-9.5\nHGB　　 86↓　　 g/L　　 130-175\nPLT　　 41↓　　 10^9/L　 125-350\n采集时间：[[DATE|2026-11-21]] 08:12　报告者：[[PERSON|蒋丽娟]]`,
  ],
  [
    'lab-report',
    `肿瘤基因检测报告\n受检者：[[PERSON|袁志刚]]　身份证：[[ID_CARD|210102196302088859]]\n样本编号：[[MRN|NGS-26-1183]]　送检日期：[[DATE|2026年11月10日]]\n检测结果：EGFR 19号外显子缺失（丰度23.4%），TP53 R273H。\n解读：推荐奥希替尼一线治疗。\n审核：[[PERSON|诸葛文昶]]`,
  ],
  [
    'lab-report',
    `危急值登记｜[[DATE|11-23]] 03:40｜[[MRN|7]]床 [[PERSON|董海]]｜血糖1.9 mmol/L｜报告人 检验科[[PERSON|于]]老师｜接收 护士[[PERSON|冬至]]｜已通知[[PERSON|彭]]医生，予50%葡萄糖40 ml静推`,
  ],
  [
    'imaging-report',
    `头颅MRI平扫+DWI\n姓名：[[PERSON|曾德胜]]　影像号：[[MRN|MR26112019]]　检查日期：[[DATE|2026年11月20日]]\n左侧基底节区急性腔隙性梗死；双侧脑室旁白质脱髓鞘（Fazekas 2级）；与[[DATE|2025年6月]]片比较，新增病灶1处。\n报告医师：[[PERSON|廖]]　审核医师：[[PERSON|慕容晋峰]]`,
  ],
  [
    'imaging-report',
    `心脏超声｜[[PERSON|贾秀珍]]｜女｜72岁｜超声号 [[MRN|UCG2611-0915]]｜住院号 [[MRN|ZY2611-21456]]｜[[DATE|2026.11.21]]｜LVEF 35%，左室舒张末内径62 mm，二尖瓣中度反流｜与[[DATE|2026年3月]]比较EF下降约10%｜医师 [[PERSON|夏]]`,
  ],
  [
    'prescription',
    `普通处方\n姓名：[[PERSON|蔡建新]]　男　58岁\n医保卡号：[[INSURANCE_ID|44030012836571]]\n门诊号：[[MRN|MZ2611-77062]]\n临床诊断：痛风性关节炎急性发作\nRp：秋水仙碱片 0.5 mg×20片 0.5 mg bid\n非布司他片 20 mg×14片 qd（急性期后开始）\n医师：[[PERSON|龙]]　审核药师：[[PERSON|万]]　[[DATE|2026年11月18日]]`,
  ],
  [
    'prescription',
    `第一类精神药品处方\n患者：[[PERSON|谭国平]]，男，65岁，身份证号：[[ID_CARD|520102196103037613]]\n诊断：肺癌骨转移，NRS 8分\nRp：硫酸吗啡缓释片 30 mg×14片 q12h\n代办人：儿子[[PERSON|谭俊]]，身份证号：[[ID_CARD|520102198902141432]]\n医师：[[PERSON|尹]]　[[DATE|2026/11/22]]`,
  ],
  [
    'prescription',
    `处方流转单｜处方编号 CF26112300871｜患者 [[PERSON|孟嘉岚]]｜女｜29岁｜[[PHONE|17791267978]]｜配送地址 [[ADDRESS|苏州市姑苏区人民路1366号仓街小区12幢503室]]｜左甲状腺素钠片50 μg×2盒｜审方药师 [[PERSON|卫]]｜[[DATE|11月23日]]`,
  ],
  [
    'consent',
    `麻醉知情同意书\n患者姓名：[[PERSON|朱玉兰]]　年龄：71岁\n拟行麻醉方式：全身麻醉+神经阻滞\n麻醉风险：反流误吸、呼吸抑制、心律失常、术后认知功能障碍等。\n患者签字：[[PERSON|朱玉兰]]　身份证号：[[ID_CARD|340103195509143860]]\n麻醉医师：[[PERSON|范]]医生\n日期：[[DATE|2026年11月21日]]`,
  ],
  [
    'consent',
    `授权委托书：本人[[PERSON|孙永福]]，男，88岁，身份证[[ID_CARD|220102380707787]]，因视力差，委托妻子[[PERSON|白淑琴]]（身份证[[ID_CARD|210202195210107443]]）代为签署本次住院期间的各项知情同意书。委托人签字：[[PERSON|孙永福]]　受托人签字：[[PERSON|白淑琴]]　[[DATE|2026.11.19]]`,
  ],
  [
    'consent',
    `拒绝或放弃医学治疗告知书：患者[[PERSON|叶长林]]，男，83岁，诊断：晚期肝癌伴肝性脑病。医生已告知血液净化治疗的必要性与风险，家属经商量后决定放弃。签字人：女儿[[PERSON|叶红]]，联系电话[[PHONE|15005840582]]。见证护士：[[PERSON|温晓丽]]。谈话医生：[[PERSON|姜]]。[[DATE|11月20日]]16时`,
  ],
  [
    'billing',
    `门诊退费申请单\n患者：[[PERSON|魏翠霞]]　门诊号：[[MRN|MZ26108832]]\n医保号：[[INSURANCE_ID|34010300516247]]\n退费项目：增强CT（未检查）　金额：658.00元\n退款至本人银行卡：[[BANK_CARD|6217001387321528238]]\n开户行：建设银行合肥分行\n申请日期：[[DATE|2026-11-20]]　经办：[[PERSON|汪]]`,
  ],
  [
    'billing',
    `住院预交金收据｜收据号 YJ2611-00573｜患者 [[PERSON|袁梓锐]]｜住院号 [[MRN|ZY26115520]]｜预交 5,000.00元｜POS刷卡 [[BANK_CARD|6228 4834 2549 2635]]｜缴款人 母亲[[PERSON|江慧]]｜[[PHONE|18114868252]]｜[[DATE|2026年11月22日]]`,
  ],
  [
    'billing',
    `国际医疗部费用确认｜患者 [[PERSON|金敏智]]（[[PERSON|KIM MIN JI]]）｜韩国籍｜护照 [[PASSPORT|M38264175]]｜商业保险直付，担保函号 GOP-2611-0318｜邮箱 [[EMAIL|minji.kim@example.kr]]｜就诊号 [[MRN|IMC2611-0142]]｜[[DATE|2026/11/19]]`,
  ],
  [
    'online-consult',
    `在线复诊记录\n患者：[[PERSON|买买提江·肉孜]]\n身份证：[[ID_CARD|650102199404113870]]\n平台账号：[[ACCOUNT|mmtj_1994]]\n登录IP：[[IP|203.0.113.71]]\n问诊单号：[[MRN|YZ2611220337]]\n病情：银屑病生物制剂治疗第12周，PASI由18降至3。\n医生建议：继续司库奇尤单抗150 mg每4周一次，[[DATE|12月18日]]复查血常规。——[[PERSON|阎]]医生`,
  ],
  [
    'online-consult',
    `患者：医生，我老公[[PERSON|刘强]]昨天体检查出尿酸560，需要吃药吗？\n[[PERSON|贺]]医生：有没有关节痛过？肾功能和B超怎么样？\n患者：没痛过，B超说有个小结石。\n[[PERSON|贺]]医生：无症状高尿酸合并肾结石，建议开始降尿酸治疗，先别着急，带上报告挂风湿免疫科门诊。`,
  ],
  [
    'online-consult',
    `（视频问诊语音转写）医生：您好，是[[PERSON|邱美华]]阿姨吗？\n家属：我是她儿子[[PERSON|邱亮]]，我妈在旁边。\n医生：好的，阿姨上次是[[DATE|十一月十三号]]做的冠脉造影对吧？最近还胸闷吗？\n家属：没有了，就是腿有点肿。\n医生：阿司匹林和替格瑞洛继续吃，下周三来门诊抽个血，挂号用她的就诊卡，卡号我念一下，[[MRN|三三零八二六七]]，对吧？\n家属：对。`,
  ],
  [
    'patient-message',
    `[[PERSON|杨]]护士您好！我是乳腺外科术后随访的[[PERSON|冉晓琳]]，原定[[DATE|11月25日]]的复查要出差去不了，能不能改到[[DATE|12月2日]]？我的门诊号是[[MRN|MZ2601-33875]]，有事打我电话[[PHONE|13794032247]]，谢谢您！`,
  ],
  [
    'patient-message',
    `感谢信\n消化内科全体医护人员：\n我的外婆[[PERSON|邵凤英]]，今年[[AGE|九十一]]岁，[[DATE|十一月二日]]因消化道出血入院，[[PERSON|戴]]主任和护士[[PERSON|阿萍]]、[[PERSON|阿雯]]精心照顾，外婆已康复出院。特送锦旗一面，聊表心意！\n外孙女：[[PERSON|潘一笛]]\n[[DATE|二〇二六年十一月二十三日]]`,
  ],
  [
    'patient-message',
    `主题：申请邮寄出院记录\n您好，我是[[PERSON|邹文杰]]，身份证[[ID_CARD|330106196609300239]]，[[DATE|2026年9月]]在贵院泌尿外科做过前列腺电切，现因单位体检需要出院记录复印件，请寄到[[ADDRESS|杭州市西湖区文二路391号西湖国际科技大厦A座1206室]]，联系邮箱[[EMAIL|wenjie_zou66@example.cn]]，电话[[PHONE|15684793328]]。谢谢！`,
  ],
  [
    'family-chat',
    `【老爸住院群】\n[[PERSON|大鹏]]：爸今天做完胃镜了，[[PERSON|石]]主任说是溃疡，不是肿瘤\n大姐：谢天谢地！我明天上午去换班\n[[PERSON|大鹏]]：医院停车位紧张，你开我那辆[[PLATE|鄂A·3K8Q2]]吧，白天登记过了\n[[PERSON|小敏]]：我把爸的医保卡号发一下，办住院要用 [[INSURANCE_ID|42010200678315]]\n大姐：收到`,
  ],
  [
    'family-chat',
    `【姥爷陪护排班】\n[[PERSON|阿琳]]：今晚谁值夜班？\n[[PERSON|若楠]]：我，九点到。护工[[PERSON|范]]阿姨今天请假了\n[[PERSON|阿琳]]：替班的护工电话给我一下\n[[PERSON|若楠]]：[[PHONE|18838187194]]，姓[[PERSON|柴]]\n舅舅：我开新能源车过去，[[PLATE|沪AD73519]]，门口能登记吗？\n[[PERSON|阿琳]]：能，报车牌就行`,
  ],
  [
    'sms-reminder',
    `【健康管理中心】[[PERSON|陆明]]先生，您预约的[[DATE|11月28日]]（周六）入职体检请于7:30-9:30空腹到门诊楼5楼，携带身份证。查看须知：[[URL|https://tj.example.cn/n/4RT8W]]。如需改期回复1。`,
  ],
  [
    'sms-reminder',
    `【市第一人民医院】元旦期间（1月1日至1月3日）普通门诊停诊，急诊、发热门诊24小时开放；1月4日起恢复正常门诊。预约挂号可通过官方公众号办理。回复TD退订。`,
  ],
  [
    'hearing-aid-clinic',
    `助听器验配记录\n姓名：[[PERSON|乌兰托娅]]　女　58岁\n身份证：[[ID_CARD|150102196806065160]]\n验配编号：[[MRN|YP-2611-0209]]\n纯音测听：双耳中重度感音神经性聋，PTA左62 dB HL、右58 dB HL；言语识别率76%\n验配：双耳耳背式助听器（机身序列号 HA8821047、HA8821052），真耳分析已校准\n复调日期：[[DATE|2026年12月9日]]\n联系人：女儿[[PERSON|萨仁图雅]] [[PHONE|15919560427]]\n验配师：[[PERSON|包]]`,
  ],
  [
    'hearing-aid-clinic',
    `助听器日常保养：每晚取下后用干布擦拭，放入干燥盒；洗澡、游泳、吹头发时取下；电池没电及时更换，长期不用时取出电池；耳道内耵聍多会堵住受话器，每3个月到验配中心清洁一次；如声音变小、啸叫增多，请带机器回中心检查。`,
  ],
  [
    'home-dialysis-training',
    `腹膜透析居家培训记录｜[[PERSON|向国庆]]｜男｜44岁｜身份证 [[ID_CARD|50010319820129405X]]｜腹透号 [[MRN|PD-0372]]｜培训日期 [[DATE|11月16日]]至[[DATE|11月20日]]｜考核：无菌换液操作、出口处护理、超滤量记录均合格｜主要照护者 妻子[[PERSON|贺小琴]] [[PHONE|17699072917]]｜家访地址 [[ADDRESS|重庆市渝中区中山三路131号附2号7-2]]｜首次家访 [[DATE|12月1日]]｜腹透护士 [[PERSON|文]]`,
  ],
  [
    'home-dialysis-training',
    `【腹透患者家属群】\n[[PERSON|陶]]护士：@[[PERSON|小荞]] 你爸今天的超滤量多少？\n[[PERSON|小荞]]：第三袋引流出来有点浑，超滤-200\n[[PERSON|陶]]护士：浑浊要马上来医院查腹水常规，把那袋引流液带上，别倒掉\n[[PERSON|小荞]]：好，我们现在打车过去\n[[PERSON|陶]]护士：到了直接去腹透中心，今天值班是[[PERSON|祁]]老师`,
  ],
  [
    'school-nurse',
    `校医室就诊登记\n日期：[[DATE|2026-11-20]]　时间：10:35\n学生：[[PERSON|郝梓渝]]　性别：女　班级：高二（3）班　学号：20250317\n身份证：[[ID_CARD|130102200907158142]]\n主诉：体育课跑步后胸闷、气喘，既往哮喘。听诊双肺哮鸣音，予沙丁胺醇气雾剂2喷后缓解。\n已电话通知母亲[[PERSON|冯静]]（[[PHONE|19831040463]]）接回，建议到医院呼吸科复诊。\n校医：[[PERSON|金]]`,
  ],
  [
    'school-nurse',
    `致家长的一封信：近期我校出现多例诺如病毒感染性腹泻，请家长注意：孩子如出现呕吐、腹泻、发热，请勿带病上学，症状消失72小时后方可返校；在家做好手卫生，呕吐物用含氯消毒液处理；返校时请到校医室登记。　校医室`,
  ],
  [
    'sleep-apnoea-cpap',
    `睡眠呼吸门诊 CPAP随访｜[[DATE|2026年11月19日]]｜[[PERSON|牛建伟]]｜男｜37岁｜身份证 [[ID_CARD|410105198812091279]]｜门诊号 [[MRN|SM2611-0451]]｜设备序列号 CP23A0917742｜远程管理APP账号 [[ACCOUNT|niujw_sleep]]｜近30天使用率93%，平均6.8 h/晚，残余AHI 3.1，漏气中位数12 L/min｜压力8～14 cmH2O｜下次随访 [[DATE|2027年2月]]｜医生 [[PERSON|苏]]`,
  ],
  [
    'sleep-apnoea-cpap',
    `呼吸机租赁登记\n承租人：[[PERSON|央金]]　电话：[[PHONE|15549495593]]\n身份证：[[ID_CARD|540102197911028342]]\n送货地址：[[ADDRESS|拉萨市城关区北京中路45号雪域花园2栋1单元601]]\n设备：单水平自动CPAP（含加温湿化器、口鼻面罩）\n租期：[[DATE|2026-11-21]]至[[DATE|2026-12-20]]　押金3,000元\n经办：[[PERSON|次旺]]`,
  ],
  [
    'fracture-clinic',
    `骨科门诊（骨折复查）　[[DATE|11/21]]\n患儿：[[PERSON|方子砚]]，男，8岁，门诊号 [[MRN|GK26-118804]]\n左桡骨远端骨折闭合复位石膏固定后3周，今日X线（片号[[MRN|DR2611210133]]）示对位对线良好，骨痂形成。\n处理：拆除石膏，改支具保护2周，[[DATE|12月5日]]复查。\n陪诊：父亲[[PERSON|方斌]]　[[PHONE|19119425374]]\n医生：[[PERSON|雷鸣]]`,
  ],
  [
    'fracture-clinic',
    `骨折联络服务（FLS）登记｜[[PERSON|顾美娟]]｜女｜53岁｜身份证 [[ID_CARD|320508197304272107]]｜[[DATE|2026年11月3日]]跌倒致右桡骨远端骨折｜DXA：腰椎T值-2.8｜启动唑来膦酸5 mg静滴，[[DATE|2026年11月30日]]输注｜FLS护士 [[PERSON|费]]｜患者手机 [[PHONE|15356176465]]`,
  ],
];

const en: Array<[string, string]> = [
  [
    'admission',
    `ADMISSION H&P  [[DATE|11/21/2026]]\nName: [[PERSON|Michael Eastwood]]   DOB: [[DATE|03/02/1961]]   MRN: [[MRN|10482736]]\nHome: [[ADDRESS|4410 Cedar Hollow Dr, Dayton, OH 45429]]\nCC: black stools x2 days, lightheaded. Hgb 6.9 (baseline 13). BUN 58.\nPlan: 2 units PRBC, IV pantoprazole, GI for EGD in AM.\nEmergency contact: daughter [[PERSON|Kayla Eastwood]] [[PHONE|(937) 555-0184]]\nAdmitting: Dr [[PERSON|Milburn]]`,
  ],
  [
    'admission',
    `Clerked in AMU 23:10 on [[DATE|22/11/2026]]. [[PERSON|Margaret Haigh]], [[AGE|92]], NHS [[INSURANCE_ID|999 995 4839]], lives in sheltered housing at [[ADDRESS|14 Wharfe View Court, Cowpasture Road, Ilkley LS29 8JH]], brought in by ambulance after the warden found her confused, urine dip positive, 4AT 7. DNACPR in place. Son [[PERSON|Clive]] on [[PHONE|07700 900518]]. Bed [[MRN|6]], Ward 22. SHO [[PERSON|P. Crompton]]`,
  ],
  [
    'admission',
    `ADMIT | [[PERSON|Chloe Truong]] | F | 27 | Medicare [[INSURANCE_ID|4453 80051 1]] | UR [[MRN|A2290417]] | [[DATE|23.11.2026]] | pyelonephritis, 14/40 pregnant, IV ceftriaxone | partner [[PERSON|Liam Royle]] [[PHONE|0491 570 862]] | Dr [[PERSON|Varghese]]`,
  ],
  [
    'progress-note',
    `ICU PROGRESS [[DATE|21 NOV 2026]]\nBED [[MRN|4]] — [[PERSON|KIRKWOOD-ONWUDIWE, Grace]]\nDAY 3 POST OOHCA. TTM 36 ENDED. SEDATION HOLD: EYES OPEN TO VOICE. LACTATE 1.2. PLAN: EXTUBATE IF SBT PASSES; NEURO-PROGNOSTICATION NOT YET INDICATED.\nHUSBAND [[PERSON|DARRAGH]] AT BEDSIDE.\nCONSULTANT: [[PERSON|R. LIDDELL]]`,
  ],
  [
    'progress-note',
    `Progress note — [[DATE|2026-11-19]] — 5 North\nPt [[PERSON|Jean-François Gauthier]], bed [[MRN|11]], POD 2 R hip hemiarthroplasty. Pain controlled, mobilised to chair with PT. Hgb 94 → 88, asymptomatic. Daughter [[PERSON|Mathilde]] asked about rehab; referral faxed to the rehab coordinator, Mme [[PERSON|Desjardins]]. — [[PERSON|A. Chauhan]], MD`,
  ],
  [
    'progress-note',
    `dictation begins. patient [[PERSON|tom oldroyd]] date of birth [[DATE|fourth of june nineteen seventy two]] seen on the ward round [[DATE|twenty first november]] comma day three of i v antibiotics for cellulitis full stop redness receding new paragraph plan switch to oral flucloxacillin and discharge tomorrow if afebrile full stop dictated by doctor [[PERSON|naomi fisher]] end`,
  ],
  [
    'discharge',
    `Dear Dr [[PERSON|Ekström]],\nRe: [[PERSON|Patricia O'Donnell]], DOB [[DATE|14/02/1950]], NHS [[INSURANCE_ID|9999576982]]\n[[ADDRESS|22 Hawthorn Avenue, Carlisle CA2 5RT]]\nThank you for referring Mrs [[PERSON|O'Donnell]], who was admitted on [[DATE|15/11/2026]] with decompensated heart failure and discharged on [[DATE|21/11/2026]] after 6 kg of diuresis. Furosemide has been increased to 80 mg om. Please check U&Es in one week.\nKind regards,\nDr [[PERSON|Emily Chadwick]]`,
  ],
  [
    'discharge',
    `After your angiogram through the wrist: keep the wrist dressing on for 24 hours; do not lift anything heavier than a kettle with that arm for 48 hours; no driving for 2 days. If the wrist bleeds, press firmly on it for 10 minutes and call 999 if it does not stop. A little bruising is normal.`,
  ],
  [
    'discharge',
    `From: 4 West Nursing <4west@example.org>\nTo: [[EMAIL|dani.mancuso82@example.com]]\nSent: Sat [[DATE|11/21/2026]] 3:12 PM\nSubject: Discharge instructions for [[PERSON|Daniel Mancuso]]\nHi [[PERSON|Dani]], as discussed at discharge: take warfarin 5 mg nightly, INR check Tues [[DATE|11/24]] at the anticoag clinic. Call the unit at (614) 555-0100 with questions.\n— [[PERSON|Becky]], RN`,
  ],
  [
    'outpatient',
    `Cardiology clinic — [[DATE|Nov 17, 2026]]\n[[PERSON|Priya Saini]], 46, OHIP [[INSURANCE_ID|6218-723-861]] MK\nPalpitations; Holter showed 3% PVC burden, echo normal. Reassured; reduce caffeine. Husband [[PERSON|Raghav]] present.\nReturn PRN.\nDr [[PERSON|Wisniewski]]`,
  ],
  [
    'outpatient',
    `Peds sick visit [[DATE|11/20/2026]]\nPt: [[PERSON|Jayden Washington]], 3 y  Member ID [[INSURANCE_ID|UHM402871936]]  MRN [[MRN|77304215]]\nFever 3 d, L TM bulging → AOM. Amoxicillin 90 mg/kg/day ÷ BID x 10 d. Grandma [[PERSON|Earline]] brought him; mom [[PERSON|Shontae]] on phone [[PHONE|(312) 555-0142]].\n— [[PERSON|Kimberly Vo]], PNP`,
  ],
  [
    'outpatient',
    `Dermatology Outpatients, [[DATE|18th November 2026]]\nRe: [[PERSON|Murdo Niven]], DOB [[DATE|09/09/1988]], [[ADDRESS|Flat 2/1, 37 Dumbarton Road, Glasgow G11 6PR]], Hosp no [[MRN|G4481027]]\n[[PERSON|Murdo]] has moderate chronic plaque psoriasis, PASI 14, DLQI 16. He has failed topical therapy and we will start methotrexate 15 mg weekly with folic acid after his bloods.\nDr [[PERSON|Iain Crichton]], Consultant Dermatologist`,
  ],
  [
    'referral',
    `Dear Dr [[PERSON|Sokolowski]],\nRe: [[PERSON|Harley Sugden]], DOB [[DATE|17/05/1979]], [[ADDRESS|12 Bunya St, Toowoomba QLD 4350]], Medicare [[INSURANCE_ID|2582 66467 4]]\nThank you for seeing [[PERSON|Harley]] regarding his right shoulder — full-thickness supraspinatus tear on ultrasound ([[DATE|October]]). He is a carpenter and keen to return to work.\nKind regards,\nDr [[PERSON|Sarah Mitchell]]`,
  ],
  [
    'referral',
    `REFERRAL — Lakeside Internal Medicine   Fax (602) 555-0119\nTo: Pulmonology\nPatient: [[PERSON|Robert Chua]]   DOB: [[DATE|08/30/1955]]   Ins ID: [[INSURANCE_ID|AZB771204583]]\nReason: 1.8 cm RUL nodule on CT [[DATE|11/12/2026]], former smoker 40 pack-yr. Please evaluate for biopsy.\nContact: [[PERSON|Rhonda]], referral coordinator, ext 305`,
  ],
  [
    'referral',
    `2WW LOWER GI | [[PERSON|Susan Pickering]] | DOB [[DATE|23-Aug-1958]] | NHS [[INSURANCE_ID|9993939900]] | FIT 212 | IDA, change in bowel habit 6 weeks | mobile [[PHONE|07700 900944]] | GP Dr [[PERSON|Anil Mistry]] | [[DATE|19 Nov 2026]]`,
  ],
  [
    'handover',
    `SBAR 04:15 — bed [[MRN|8]], [[PERSON|Park Ji-hoon]]\nS: temp 39.2, rigors.\nB: day 6 neutropenic after R-CHOP.\nA: HR 124, BP 92/50, lactate 2.6.\nR: sepsis six started, pip-tazo given 04:30 per Dr [[PERSON|Emma Hetherington]]. Bed 9 empty — admission expected from ED.`,
  ],
  [
    'handover',
    `WARD 4 HANDOVER SHEET [[DATE|23/11]]\n[[MRN|10]] [[PERSON|BHATT, Rajinder]] — post TURP, irrigation off\n11 — blocked (infection control)\n[[MRN|12]] [[PERSON|MORRISON, Jean]] — [[AGE|94]], fall, awaiting CT head\n[[MRN|14]] [[PERSON|KEARNEY, Colm]] — for theatre, NBM from 02:00\nNIC: [[PERSON|Bukola]]`,
  ],
  [
    'handover',
    `Paramedic handover, resus 2, 19:05: [[PERSON|Ava Robinson]], 4, DOB [[DATE|12/03/2022]], prolonged febrile seizure 12 min, buccal midazolam ×1 at home, now post-ictal GCS 12, temp 39.6. Mum [[PERSON|Trish]] travelling with her, mobile [[PHONE|07700 900377]]. Crew: [[PERSON|T. Haworth]] and a student paramedic.`,
  ],
  [
    'nursing-note',
    `Home health visit [[DATE|11/18/2026]] (Wed)\nPt [[PERSON|Dorothy Womack]], [[AGE|90]], [[ADDRESS|318 Sangamon Ave, Apt 4, Springfield, IL 62704]]. Stage 3 sacral PI 3.5 × 2 cm, clean granulating; foam dressing changed. Caregiver niece [[PERSON|Brenda Collins]] taught offloading. Next visit Sat [[DATE|11/21]]. [[PERSON|M. Zavala]], RN`,
  ],
  [
    'nursing-note',
    `Caring for your urinary catheter at home: wash your hands before and after touching the catheter; keep the drainage bag below the level of your bladder; empty the leg bag when it is two-thirds full; drink 1.5–2 litres a day unless told otherwise. Contact the community nurses if the catheter stops draining, your urine smells strongly or you develop a fever.`,
  ],
  [
    'nursing-note',
    `Night shift [[DATE|21/11/2026]]: [[PERSON|Harold Rushworth]] (side room [[MRN|3]]) found on floor 03:20, no head injury, neuro obs normal, Datix done. Daughter [[PERSON|Cerys]] informed at 07:00 on [[PHONE|07700 900415]]. Bed alarm and low bed in place. [[PERSON|Zuleika]], RN`,
  ],
  [
    'lab-report',
    `BASIC METABOLIC PANEL     Coll: [[DATE|11/22/2026]] 04:55\nPt: [[PERSON|Carlos Mendoza]]     MRN: [[MRN|55019873]]     Acc: [[MRN|C26-3301947]]\nNa     118    LL   (135-145)\nK      3.1    L    (3.5-5.1)\nCr     0.9         (0.6-1.3)\nGlu    102    H    (70-99)\nCritical Na phoned to [[PERSON|Ashley]] RN at 05:40, read back.`,
  ],
  [
    'lab-report',
    `Cellular Pathology | [[PERSON|KHAN, Farzana]] | NHS [[INSURANCE_ID|9998894522]] | Specimen [[MRN|S26-40192]] | endometrial pipelle received [[DATE|16.11.2026]] | atypical hyperplasia / EIN | Reported: Dr [[PERSON|Helen Tait]] | [[DATE|20.11.2026]]`,
  ],
  [
    'lab-report',
    `MICROBIOLOGY REPORT\nName: [[PERSON|Beryl Stanton]]   Age: [[AGE|95]]   UR: [[MRN|W3304182]]\nSpecimen: wound swab, left shin (collected [[DATE|17 Nov 2026]])\nGrowth: Staphylococcus aureus (MRSA). Sensitive: doxycycline, cotrimoxazole.\nInfection control notified. Validated: Dr [[PERSON|Vikram Kurian]]`,
  ],
  [
    'imaging-report',
    `CT ABDOMEN/PELVIS WITH CONTRAST\nPt: [[PERSON|Angela Figueroa]]   MRN [[MRN|60218844]]   Acc [[MRN|CT4417082]]   Date: [[DATE|Nov 19, 2026]]\nComparison: [[DATE|June 2025]]\nImpression: acute uncomplicated sigmoid diverticulitis; no abscess.\nSigned: [[PERSON|Marcus Dodds]], MD`,
  ],
  [
    'imaging-report',
    `US ABDOMEN [[DATE|20/11/2026]] — [[PERSON|Gareth Kershaw]], RXR no [[MRN|WP5528104]]. Gallbladder contains multiple calculi, wall 4 mm, positive sonographic Murphy's sign. CBD 5 mm. No previous imaging. Reported by [[PERSON|L. Kenyon]], sonographer`,
  ],
  [
    'prescription',
    `NEW Rx  [[DATE|11/22/26]]\nPatient: [[PERSON|Linda Kaminski]]  DOB [[DATE|01/15/1953]]\n[[ADDRESS|902 Birchwood Rd, Erie, PA 16505]]  Phone [[PHONE|(814) 555-0157]]\nLevothyroxine 88 mcg tab, 1 daily, #90, RF 3\nRx 5520981  Prescriber: [[PERSON|Nathan Jagger]], PA-C`,
  ],
  [
    'prescription',
    `FP10 — [[PERSON|Rhys Mellor]] — [[ADDRESS|5 Heol y Nant, Pontypridd CF37 4AX]] — DOB [[DATE|29/10/1991]] — NHS [[INSURANCE_ID|999 303 7303]]\nSertraline 50 mg tablets, 28, one daily\nPrescriber: Dr [[PERSON|Ffion Tindall]]   Date: [[DATE|19/11/2026]]`,
  ],
  [
    'prescription',
    `TAKE ONE TABLET TWICE A DAY WITH FOOD\nMETFORMIN XR 1000MG TAB   QTY 60\nMS [[PERSON|LEILANI ALOFAITULI]]   [[DATE|22/11/2026]]\nDR [[PERSON|M. RIDLEY]]   RPT 5\nWATTLE PARK PHARMACY, 88 MAIN NORTH RD`,
  ],
  [
    'consent',
    `CONSENT FOR PROCEDURE\nPatient: [[PERSON|María José Salcedo]]   MRN [[MRN|88412063]]\nProcedure: laparoscopic cholecystectomy, possible open.\nRisks discussed with Spanish interpreter (ID 40217).\nPatient signature: [[PERSON|M. J. Salcedo]]   Date/time: [[DATE|11/20/2026]] 10:40\nSurgeon: Dr [[PERSON|Ethan Partridge]]`,
  ],
  [
    'consent',
    `Refusal of blood products — [[PERSON|Grace Akinyemi]] (DOB [[DATE|02/04/1984]], hosp no [[MRN|K7730218]]) confirmed on [[DATE|20 November 2026]] her advance decision refusing whole blood, red cells, platelets and plasma, including if life is at risk. Cell salvage acceptable. Witness: [[PERSON|Samuel Akinyemi]] (husband). Clinician: Mr [[PERSON|D. Horrocks]], consultant gynaecologist.`,
  ],
  [
    'consent',
    `Consent — MRI brain under sedation\nChild: [[PERSON|Harper Wilson]]   DOB [[DATE|03/07/2021]]   UR [[MRN|C1190458]]\nParent/guardian: [[PERSON|Nicole Wilson]]   Mobile [[PHONE|0491 570 227]]\nSigned [[DATE|23/11/2026]]   Anaesthetist: Dr [[PERSON|Tomasz Dombrowski]]`,
  ],
  [
    'billing',
    `PATIENT STATEMENT  [[DATE|11/19/2026]]\nPatient/Guarantor: [[PERSON|Kevin Cheadle]]   Acct [[MRN|A-66018273]]\nSSN [[ID_CARD|987-65-4322]]\nAmount due $186.40   Claim 7734015\nPay by card: DISCOVER [[BANK_CARD|6011 0077 8848 4151]]`,
  ],
  [
    'billing',
    `INVOICE 2611-0442\nTo: [[PERSON|Charlotte Whitworth]], [[ADDRESS|19 Lavender Hill, Tonbridge TN9 2AZ]]\nEmail: [[EMAIL|charlotte.whitworth@example.co.uk]]\nDermatology consultation and cryotherapy   £245.00\nPaid: Visa [[BANK_CARD|4485111484905246]], [[DATE|17/11/2026]]`,
  ],
  [
    'billing',
    `Account for [[PERSON|Mitchell Thorpe]], [[ADDRESS|PO Box 2288, Bendigo VIC 3554]]. Medicare [[INSURANCE_ID|2308 50150 4]]. Gap payment $160.00 paid Mastercard [[BANK_CARD|5425 6876 2557 7267]] on [[DATE|20 Nov 2026]]. Receipt 44817.`,
  ],
  [
    'online-consult',
    `[[ACCOUNT|sunnyside_mum]]: my 8 month old has a temp of 38.4 and is pulling her ear\nNurse [[PERSON|Mabli]]: is she feeding and having wet nappies?\n[[ACCOUNT|sunnyside_mum]]: yes, fewer than usual though\nNurse [[PERSON|Mabli]]: paracetamol by weight and see your GP today; go to ED if she's floppy or not feeding.\n[IP logged: [[IP|203.0.113.142]]]`,
  ],
  [
    'online-consult',
    `Telehealth [[DATE|2026-11-21]] 09:00 | Patient [[PERSON|Zhang Ruohan]] (visiting scholar) | Chinese ID [[ID_CARD|110108200102145824]] | IP [[IP|198.51.100.19]] | email [[EMAIL|ruohan.zhang01@example.com]] | Visit [[MRN|TV-770134]] | sore throat 4 days, Centor 1 — supportive care | Dr [[PERSON|Hannah Robson]]`,
  ],
  [
    'online-consult',
    `eConsult [[MRN|EC-88310]] from [[PERSON|Lucy Parker]] on [[DATE|20 Nov]] about her daughter [[PERSON|Poppy]], 9: warts on both hands for a year. Photos uploaded: [[URL|https://upload.example.co.uk/ec/88310/p1.jpg]]. Reply: salicylic acid paint nightly for 12 weeks.`,
  ],
  [
    'patient-message',
    `From: [[PERSON|Farhad Sadat]] <[[EMAIL|f.sadat@example.net]]>\nTo: Travel Clinic\nSubject: Letter for medication\nHello, I fly to Kabul on [[DATE|5 December]] and need a letter for my insulin and needles. Passport number [[PASSPORT|P04417726]], date of birth [[DATE|11/06/1977]]. My phone is [[PHONE|01632 960742]].\nThank you,\n[[PERSON|Farhad]]`,
  ],
  [
    'patient-message',
    `Dear [[PERSON|Harmony]], [[PERSON|Treasure]] and all the team on Acorn Ward — thank you for caring for Mum ([[PERSON|Ivy Pearson]]) through her [[AGE|99]]th birthday and her last weeks. Love, the [[PERSON|Pearson]] girls`,
  ],
  [
    'patient-message',
    `[[ADDRESS|41 Orchard Way, Banbury OX16 9LT]]\n[[DATE|21 November 2026]]\nDear PALS,\nMy father, [[PERSON|Kenneth Dawson]], aged [[AGE|93]], was discharged at 23:00 without his hearing aids. When I came to collect him the car park barrier took my payment twice (registration [[PLATE|BD71 XKP]]).\nYours sincerely,\n[[PERSON|Alison Dawson]]`,
  ],
  [
    'family-chat',
    `[[PERSON|Cattaneo]] Family 💬\n[[PERSON|Gianluca]]: Nonna's moved to bay 3 on Ward 10\n[[PERSON|Giuliana]]: 🙏 I'll bring her rosary tonight\nDad: ask Dr [[PERSON|Agyei]] if she can go home Monday\n[[PERSON|Gianluca]]: will do. parking's rammed, I'm in the overflow, blue Fiesta [[PLATE|YR68 TNU]]`,
  ],
  [
    'family-chat',
    `[[PERSON|Amari]]: parked on P2, black Silverado [[PLATE|8KZR417]]\n[[PERSON|Tanya]]: Grandpa's in room 406, cardiac floor\n[[PERSON|Amari]]: is Dr [[PERSON|Feldman]] still rounding?\n[[PERSON|Tanya]]: left already, nurse [[PERSON|Rochelle]] has him till 7`,
  ],
  [
    'sms-reminder',
    `Hi [[PERSON|Avril]], reminder of your smear test on Mon [[DATE|30 Nov]] at 09:10 with Nurse [[PERSON|Abbott]], Riverside Surgery. Reply C to cancel or manage at [[URL|https://book.example.co.uk/a/X4M2]]`,
  ],
  [
    'sms-reminder',
    `Riverside Surgery: our phones are busy on Monday mornings. For repeat prescriptions please use the app or NHS online. For urgent problems after 6.30pm call 111.`,
  ],
  [
    'hearing-aid-clinic',
    `Audiology — hearing aid fitting [[DATE|18/11/2026]]\n[[PERSON|Derek Sutcliffe]], DOB [[DATE|07/01/1947]], NHS [[INSURANCE_ID|9999813267]]\nBilateral moderate SNHL. Fitted bilateral BTE aids (serials 24A117903 / 24A117911), REM verified to NAL-NL2. Wife [[PERSON|Verna]] shown battery changes.\nReview: [[DATE|13 January 2027]]. Audiologist: [[PERSON|Naveed Khokhar]]`,
  ],
  [
    'hearing-aid-clinic',
    `From: [[PERSON|Aldo Mancuso]] <[[EMAIL|amancuso47@example.ca]]>\nSubject: Hearing aid repair\nHi, my left hearing aid (the one you fitted on [[DATE|Sept 9]]) has stopped working. I can't drive in to the clinic at the moment — could I post it to you? I'm at [[ADDRESS|27 Birch Point Rd, Sudbury, ON P3E 4N1]]. OHIP [[INSURANCE_ID|4250-032-184]] if you need it.\n[[PERSON|Aldo]]`,
  ],
  [
    'home-dialysis-training',
    `Home haemodialysis training — week 4 review [[DATE|20/11/2026]]\n[[PERSON|Anthony Scholes]], NHS [[INSURANCE_ID|9992562803]], renal no. [[MRN|RN48815]]\nSelf-cannulating buttonhole sites independently; machine set-up and alarms competent; fluid removal calculation correct 3/3. Partner [[PERSON|Michelle]] trained as helper.\nMachine install at home booked [[DATE|7 December 2026]]. Trainer: [[PERSON|Joanne Hurst]]`,
  ],
  [
    'home-dialysis-training',
    `Dear Mr [[PERSON|Tane Tuipulotu]],\nYour home peritoneal dialysis cycler will be delivered to [[ADDRESS|7 Karri Close, Bunbury WA 6230]] on Thursday [[DATE|3 December]] between 8 am and 12 pm. Please clear a space near a power point in the bedroom. We have recorded your Medicare number [[INSURANCE_ID|5320 24899 4]] for the fluid supply, which will arrive in the same delivery.\nHome Therapies Unit`,
  ],
  [
    'school-nurse',
    `Lincoln Elementary — Health Office\nDate: [[DATE|11/19/2026]]\nStudent: [[PERSON|Ethan Marquez]]   Grade 3   DOB [[DATE|04/22/2017]]\nSeen 10:50 for a nosebleed after recess; stopped with pressure in 8 minutes. Returned to class.\nParent notified: [[PERSON|Gabriela Marquez]] [[PHONE|(210) 555-0136]]\nSchool nurse: [[PERSON|Megan Gillespie]], RN`,
  ],
  [
    'school-nurse',
    `Individual Healthcare Plan — anaphylaxis\nPupil: [[PERSON|Isla Gilchrist]]   Class: 5R   DOB [[DATE|16/08/2016]]\nAllergy: peanut and tree nut. Adrenaline auto-injectors ×2 kept in the office and in her bag (expiry 06/2027).\nParent: [[PERSON|Kirsty Gilchrist]], mobile [[PHONE|07700 900681]]\nGP: Dr [[PERSON|Mohammed Malik]]\nAgreed [[DATE|20/11/2026]] with school nurse [[PERSON|Rachel Lennie]]`,
  ],
  [
    'sleep-apnoea-cpap',
    `CPAP compliance review — [[DATE|11/20/2026]]\n[[PERSON|Brian Stiles]]  DOB [[DATE|10/02/1968]]  Member ID [[INSURANCE_ID|HMN550218734]]  MRN [[MRN|30771452]]\nLast 30 days: use ≥4 h on 26/30 nights (87%), mean 6.2 h, residual AHI 2.4, 95th pct leak 18 L/min. Meets CMS adherence. Sleep app user [[ACCOUNT|bstiles_zz]] linked.\nSleep tech: [[PERSON|Jasmine Pacheco]]`,
  ],
  [
    'sleep-apnoea-cpap',
    `Looking after your CPAP: wash the mask cushion daily with warm soapy water and let it air-dry out of direct sunlight; wash the tubing and headgear weekly; empty and refill the humidifier with fresh distilled or cooled boiled water every night; replace the filter monthly. Bring the machine to clinic if it alarms or the mask leaks despite refitting.`,
  ],
  [
    'fracture-clinic',
    `Virtual Fracture Clinic — [[DATE|19 November 2026]]\n[[PERSON|Sophie Ramsden]], DOB [[DATE|02/12/2001]], NHS [[INSURANCE_ID|9997179145]]\n[[ADDRESS|8 Flowergate Mews, Whitby YO21 1DH]]\nInjury: undisplaced fifth metatarsal base (zone 1) fracture, [[DATE|15/11/2026]]. Management: walking boot for comfort, full weight-bearing, discard the boot by 6 weeks. No routine follow-up. Helpline 01632 960000.\nConsultant: Mr [[PERSON|Aled Mostyn]]`,
  ],
  [
    'fracture-clinic',
    `Looking after your plaster cast: keep it dry — cover it with a bag for showers; do not push anything inside to scratch; keep the arm raised for the first 48 hours and wiggle your fingers often. Return to the fracture clinic the same day if your fingers go numb, blue or very swollen, or the cast feels too tight.`,
  ],
];

export function generateDeidHoldout23(): LabelledRecord[] {
  return holdoutRecords('h23', zh, en);
}

export const DEID_HOLDOUT_23_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/labelled/deid-holdout-23.jsonl',
);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const records = generateDeidHoldout23();
  writeFileSync(DEID_HOLDOUT_23_PATH, renderJsonl(records));
  console.log(`wrote ${records.length} records to ${DEID_HOLDOUT_23_PATH}`);
}
