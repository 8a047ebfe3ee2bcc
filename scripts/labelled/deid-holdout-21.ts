import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { holdoutRecords, type LabelledRecord, renderJsonl } from './generate-deid.ts';

/**
 * The ROUND-21 fresh held-out de-identification set (data/labelled/deid-holdout-21.jsonl): hand-written
 * snippets with hand-placed spans, marked inline as [[TYPE|text]] (parseMarked strips the marks and
 * records UTF-16 offsets). Written by a separate annotator who did not read the recognizer code and
 * never ran a recognizer on these snippets; it must not be used to tune the recognizers.
 *
 * About four fifths are the everyday documents of a general hospital and the messages of its patients
 * (admission, progress and discharge notes, outpatient notes and letters, referrals, handovers, nursing
 * notes, lab, pathology and imaging reports, prescriptions and labels, consent, billing papers, online
 * consultations, patient messages and e-mails, family chats and SMS reminders), in new wording and
 * specialties; about a fifth come from settings earlier rounds did not list: pulmonary rehabilitation,
 * nuclear medicine, colposcopy, vascular access for dialysis and prison health care.
 *
 * Identifiers are synthetic: resident IDs carry a valid GB 11643 check character and a region code, sex
 * digit and birth date consistent with the text (15-digit IDs likewise), bank cards a valid Luhn digit,
 * NHS numbers are in the 999 test range with their modulus-11 digit, the Australian Medicare numbers
 * pass their check digit and the OHIP number its Luhn digit; the US SSNs are in the 987-65-432x
 * advertising range. Phones are random mainland numbers or fictional ranges (North American 555-01xx,
 * UK 07700 900xxx and 01632 960xxx, Australian 0491 570 xxx); mail and web hosts are example.*; IP
 * addresses come from the documentation ranges.
 *
 * Span conventions are those of data/labelled/deid-holdout-2 to -20 cards; the decisions new in this
 * round are in data/labelled/deid-holdout-21.card.yaml.
 */
const zh: Array<[string, string]> = [
  [
    'admission',
    `心血管内科入院记录\n姓　　名：[[PERSON|贲立峣]]\n性　　别：男　　年龄：54岁\n身份证号：[[ID_CARD|420103197203086217]]\n住 院 号：[[MRN|ZY2611230417]]\n入院时间：[[DATE|2026-11-23]] 08:40\n主诉：持续胸痛4小时。肌钙蛋白I 2.31 ng/mL，TIMI 4分，拟急诊PCI。\n住址：[[ADDRESS|武汉市江汉区新华路唐家墩小区6栋3单元1102]]\n联系人：女儿[[PERSON|贲雨棠]]　[[PHONE|18013999278]]\n经治医师：[[PERSON|宓]]医生`,
  ],
  [
    'admission',
    `昨晚（[[DATE|11月21日]]）22:10由120送入，患者[[PERSON|漆桂荣]]，女，[[AGE|93]]岁，身份证[[ID_CARD|210202330408046]]，咳嗽咳痰5天伴气促，SpO2 86%，CURB-65 3分，收入呼吸与危重症医学科[[MRN|12]]床，住院号[[MRN|HX-2611-0352]]；家属儿媳[[PERSON|吕晓荻]]电话[[PHONE|15978816076]]，住[[ADDRESS|大连市中山区秀月街18号1-3-2]]，值班医生[[PERSON|桓]]。`,
  ],
  [
    'admission',
    `骨科入院｜[[PERSON|古再丽·阿不力孜]]｜女｜40岁｜身份证 [[ID_CARD|650102198606091468]]｜[[DATE|2026/11/22]]入院｜右股骨颈骨折（Garden III），VAS 7分｜拟行人工髋关节置换｜丈夫[[PERSON|艾合买提江]] [[PHONE|18755055701]]｜住址 [[ADDRESS|乌鲁木齐市天山区延安路幸福里小区9号楼402]]｜主刀 [[PERSON|昝]]主任`,
  ],
  [
    'progress-note',
    `[[DATE|2026年11月20日]] 09:00 主任查房记录\n[[PERSON|谯]]主任查房：患者[[PERSON|籍海澜]]甲状腺全切术后第3日，PTH 0.9 pmol/L，血钙 1.92 mmol/L，口周麻木，予葡萄糖酸钙10 ml缓慢静推。[[PERSON|谯]]主任指示：复查血钙q6h，[[DATE|11月22日]]拔除引流管。\n记录者：[[PERSON|练思妤]]`,
  ],
  [
    'progress-note',
    `[[DATE|11-19]] 肾内科病程 / [[MRN|8]]床 / [[PERSON|蒲永禄]] / 男 / 67岁 / 血钾 6.4 mmol/L，心电图T波高尖 / 予胰岛素6 U+50%葡萄糖、呋塞米40 mg静推、聚磺苯乙烯散 / 明晨复查电解质 / 老伴借住9床陪护，已告知护士站 / 记录人 [[PERSON|苟]]住院医`,
  ],
  [
    'progress-note',
    `转科记录\n患者[[PERSON|訾德福]]，男，62岁，身份证号码：[[ID_CARD|220104631216071]]，因"急性重症胰腺炎"于[[DATE|2026年11月14日]]入ICU，经液体复苏、空肠营养后BISAP 1分，腹内压降至12 mmHg，现病情平稳，于[[DATE|2026年11月21日]]转入消化内科继续治疗。病案号[[MRN|0039618]]。\n转出医师：[[PERSON|沃晗昱]]　接收医师：[[PERSON|蓟]]医生`,
  ],
  [
    'discharge',
    `产科出院小结\n姓名：[[PERSON|鄂沁岚]]　年龄：32岁　住院号：[[MRN|CK20261117-06]]\n身份证：[[ID_CARD|37020219940214820X]]\n入院：[[DATE|2026.11.17]]　出院：[[DATE|2026.11.20]]\n孕39+2周顺产一女婴，3280 g，Apgar 9-10分，产后出血 260 ml。\n产后42天门诊复查。新生儿父亲：[[PERSON|邴骥远]]\n住址：[[ADDRESS|青岛市市南区闽江二路金茂湾3号楼1单元702户]]`,
  ],
  [
    'discharge',
    `髋关节置换术后出院指导：出院后6周内避免屈髋超过90°，不坐矮凳、不盘腿、不跷二郎腿；利伐沙班10 mg每日一次，连服35天；切口拆线后方可淋浴；如小腿肿痛、胸闷气短，请立即到急诊就诊。术后1个月到骨科门诊复查。`,
  ],
  [
    'discharge',
    `出院通知：[[PERSON|过秀英]]老人（[[AGE|九十一]]岁，身份证[[ID_CARD|610113193505172305]]）经抗感染治疗肺部感染好转，定于[[DATE|二〇二六年十一月二十五日]]上午出院，请家属[[PERSON|过建平]]于当日10点前办理结算手续。社区签约医生[[PERSON|琚]]医生手机[[PHONE|15204972137]]，有事可直接联系。`,
  ],
  [
    'outpatient',
    `眼科门诊病历　[[DATE|2026年11月19日]]\n姓名 [[PERSON|宦半溪]]　性别 男　年龄 24岁　门诊号 [[MRN|MZ0091827]]\n身份证 [[ID_CARD|430104200112058256]]\n主诉：右眼视物变形2周。VOD 0.3，VOS 1.0，IOP 18/16 mmHg，OCT示黄斑区浆液性脱离。\n诊断：右眼中心性浆液性脉络膜视网膜病变。嘱停用含激素鼻喷剂，1月后复查。\n医师：[[PERSON|桑]]`,
  ],
  [
    'outpatient',
    `内分泌科门诊｜[[DATE|11/20]]｜[[PERSON|粟金凤]]，女，64岁｜医保卡号 [[INSURANCE_ID|H13010200384726]]｜2型糖尿病12年，HbA1c 8.9%，空腹血糖 10.4 mmol/L｜调整为德谷胰岛素 14 U 睡前，二甲双胍 0.5 g tid 不变｜儿子[[PERSON|韦铁柱]]陪诊，负责注射｜3个月后复诊`,
  ],
  [
    'outpatient',
    `儿童保健门诊\n[[PERSON|咸宛溪]]（小名[[PERSON|豌豆]]），女，1岁8个月，就诊卡号[[MRN|ET26-558104]]。体重 10.2 kg，身长 82 cm，Gesell 发育量表各能区正常。母亲[[PERSON|应岫云]]诉夜醒3～4次，建议固定入睡程序。下次体检：[[DATE|2027年2月]]。接诊：[[PERSON|龙]]医生`,
  ],
  [
    'referral',
    `转院申请单\n患者：[[PERSON|褚稼禾]]　女　47岁\n身份证：[[ID_CARD|23010319790426464X]]\n病情摘要：左乳腺癌改良根治术后2年，PET-CT提示多发骨转移，ECOG 1分，申请转至上级医院肿瘤科进一步治疗。\n联系人：丈夫[[PERSON|滕秉钧]]　[[PHONE|13991127890]]\n申请日期：[[DATE|2026-11-20]]\n申请医师：[[PERSON|亓官]]医生`,
  ],
  [
    'referral',
    `会诊申请｜申请科室：普外科｜患者 [[PERSON|鲜于明轩]]｜[[MRN|17]]床｜住院号 [[MRN|2611-04529]]｜请皮肤科会诊：结肠癌术后第5天躯干、四肢泛发红斑伴瘙痒，疑药疹（头孢曲松）｜联系分机 6612｜申请人 [[PERSON|戚晓彬]]｜[[DATE|2026年11月21日]]`,
  ],
  [
    'referral',
    `双向转诊（下转）单：[[PERSON|樊卫东]]，男，58岁，身份证[[ID_CARD|340104196807077655]]，住[[ADDRESS|合肥市蜀山区梅山路香樟苑5幢2单元301]]。诊断：脑梗死恢复期，mRS 2分，左侧肢体肌力4级。转回社区卫生服务中心继续康复训练及二级预防（阿司匹林100 mg、阿托伐他汀20 mg）。社区接收医生：[[PERSON|赖]]医生。转出日期[[DATE|11月23日]]。`,
  ],
  [
    'handover',
    `心内科夜班交班　[[DATE|2026-11-22]]\n床号｜姓名｜诊断｜要点\n[[MRN|3]]｜[[PERSON|温澄碧]]｜房颤｜肝素泵 800 U/h，APTT 待复查\n5｜空｜—｜—\n[[MRN|6]]｜[[PERSON|库尔班·吐拉克]]｜心衰｜出入量负 500 ml，体重降 0.8 kg\n9｜新入 男性 姓名未核实｜晕厥｜等家属带证件\n交班：[[PERSON|翟璐]]　接班：[[PERSON|宁叙川]]`,
  ],
  [
    'handover',
    `（口头交班录音整理）那个[[MRN|4]]床[[PERSON|小榧]]，就是[[PERSON|席榧宁]]，5岁，今天上午拔的管，哭闹厉害，妈妈一直在门口等。[[MRN|7]]床还空着，急诊说晚上可能收一个哮喘的。[[MRN|2]]床[[PERSON|颜]]爷爷血氧92，鼻导管2升。他老伴想借11床躺一下，我没同意。`,
  ],
  [
    'handover',
    `急诊抢救室交班：抢1 无名氏男性，约40岁，车祸伤，GCS 7分，待头颅CT；抢2 [[PERSON|曲]]姐（[[PERSON|曲婷婷]]），海鲜过敏致过敏性休克已缓解，肾上腺素共用0.5 mg；留观[[MRN|5]] [[PERSON|靳文渊]]，胸痛待排，第二次肌钙蛋白 4 点抽。[[DATE|11/23]] 07:30 交班人：[[PERSON|邬灵芝]]`,
  ],
  [
    'nursing-note',
    `护理记录 [[DATE|2026年11月21日]] 14:00　[[MRN|16]]床 [[PERSON|綦秀芬]]，[[AGE|96]]岁，Braden 评分 11分，骶尾部2期压力性损伤 2×3 cm，基底红润，予泡沫敷料保护，每2小时翻身一次。护工[[PERSON|小暑]]协助翻身，已示范。签名：[[PERSON|祁]]`,
  ],
  [
    'nursing-note',
    `胰岛素笔注射宣教：注射前洗手，核对剂型与剂量；腹部注射避开肚脐周围5 cm，每次轮换部位；针头一次一换，注射后停留10秒再拔针；开封后的笔芯室温保存不超过28天，未开封的放冰箱冷藏，不可冷冻。`,
  ],
  [
    'nursing-note',
    `上门护理记录｜[[DATE|2026/11/24]]（周二）｜[[PERSON|柴德顺]]，男，50岁，身份证 [[ID_CARD|150102197512286595]]｜地址 [[ADDRESS|呼和浩特市新城区锡林南路兴安小区12号楼2单元501]]｜更换导尿管 16Fr，水囊 10 ml，尿色清｜下次更换 [[DATE|12月8日]]｜护士 [[PERSON|乌日汗]]`,
  ],
  [
    'lab-report',
    `检验报告单　标本号：[[MRN|S261122-0381]]\n姓名：[[PERSON|计雅琴]]　性别：女　年龄：71岁　科室：血液科　床号：[[MRN|22]]\n项目　　　结果　　参考范围\nPT　　　　14.8 s　 11-14\nINR　　　 1.32　　0.8-1.2\nFIB　　　 1.6 g/L　2-4\nD-二聚体　4.2 mg/L　<0.5\n采集时间：[[DATE|2026-11-22]] 06:15　审核：[[PERSON|东方晴]]`,
  ],
  [
    'lab-report',
    `细胞病理报告　病理号 [[MRN|C2026-18834]]\n[[PERSON|揭梦瑶]]　女　28岁　身份证 [[ID_CARD|36010219980315032X]]\n送检：甲状腺右叶结节细针穿刺（TI-RADS 4b）。\n诊断：Bethesda V类，可疑甲状腺乳头状癌；BRAF V600E 检测已送。\n报告日期 [[DATE|2026年11月20日]]　诊断医师 [[PERSON|郗]]`,
  ],
  [
    'lab-report',
    `微生物危急值｜[[PERSON|廉国梁]]｜男｜[[MRN|38]]床｜标本号 [[MRN|B2611210077]]｜血培养需氧瓶 18 h 报阳：革兰阳性球菌成簇排列｜已电话通知[[PERSON|石]]医生（[[DATE|11-21]] 23:40）｜接听护士 [[PERSON|满]]`,
  ],
  [
    'imaging-report',
    `MRI头颅平扫+DWI\n姓名 [[PERSON|滕子墨]]　影像号 [[MRN|MR26112017]]\n检查日期 [[DATE|2026-11-20]]\n所见：左侧基底节区斑点状DWI高信号，ADC值减低，较[[DATE|2026年5月]]片为新发；双侧脑室旁白质 Fazekas 2级。\n印象：左侧基底节区急性腔隙性梗死。\n报告医师：[[PERSON|帅]]　审核：[[PERSON|仉]]`,
  ],
  [
    'imaging-report',
    `乳腺超声报告｜[[PERSON|冉黛岚]]，女，45岁｜超声号 [[MRN|US-2611-2291]]｜右乳10点钟距乳头3 cm处低回声结节 12×8 mm，边缘成角，纵横比<1，BI-RADS 4A｜建议空芯针穿刺｜[[DATE|11月23日]]｜医师 [[PERSON|伏]]`,
  ],
  [
    'prescription',
    `处方笺（普通）　[[DATE|2026年11月22日]]\n姓名：[[PERSON|鞠绍棠]]　男　43岁　门诊号：[[MRN|0081743]]\n医保号：[[INSURANCE_ID|GX450302118744]]\n诊断：痛风性关节炎急性发作；高尿酸血症\nRp：秋水仙碱片 0.5 mg tid ×3日；非布司他片 40 mg qd ×28日；碳酸氢钠片 1 g tid\n医师：[[PERSON|荀]]　审核药师：[[PERSON|钭]]`,
  ],
  [
    'prescription',
    `麻醉药品处方（红）\n患者：[[PERSON|巫马秀琴]]　女　71岁　身份证 [[ID_CARD|620102195510226146]]\n诊断：胰腺癌伴多发骨转移，癌痛 NRS 7分\nRp：硫酸吗啡缓释片 30 mg q12h ×7日；乳果糖口服液 15 ml qd\n代办人：女婿[[PERSON|祝骏]]　身份证 [[ID_CARD|520102199010030176]]\n日期：[[DATE|2026-11-21]]`,
  ],
  [
    'prescription',
    `【药品配送单】收货人：[[PERSON|邰雪梅]]｜手机 [[PHONE|18278093842]]｜地址 [[ADDRESS|贵阳市南明区花果园R2区6栋2单元2408]]｜药品：恩替卡韦分散片 0.5 mg×28片｜订单号 DD202611220018｜处方医师 [[PERSON|仝]]｜发货 [[DATE|11月22日]]`,
  ],
  [
    'consent',
    `手术知情同意书（节选）\n患者[[PERSON|霍长顺]]拟行腹腔镜胆囊切除术，可能中转开腹，术后可能出现胆漏、出血、切口感染等并发症。\n患者本人签字：[[PERSON|霍长顺]]　日期：[[DATE|2026年11月21日]]\n谈话医师：[[PERSON|濮阳]]医生`,
  ],
  [
    'consent',
    `输血治疗知情同意书：患者[[PERSON|荣德海]]，男，78岁，旧身份证号[[ID_CARD|310101480211153]]，Hb 58 g/L，拟输注悬浮红细胞2 U。患者意识欠清，由妻子[[PERSON|门素荇]]代为签字同意。签字日期[[DATE|11月20日]]，主管医师[[PERSON|尉迟]]。`,
  ],
  [
    'consent',
    `放弃有创抢救意愿书\n本人[[PERSON|郇秀琳]]（身份证号 [[ID_CARD|140105570903284]]），系患者[[PERSON|武天祥]]之妻。经医生详细告知病情后，本人代表家属决定：如出现心跳呼吸骤停，不行气管插管及胸外按压，继续给予镇痛和舒适护理。\n签字：[[PERSON|郇秀琳]]　[[DATE|2026年11月22日]]\n见证护士：[[PERSON|寇]]`,
  ],
  [
    'billing',
    `住院费用结算单\n姓名 [[PERSON|邸国庆]]　住院号 [[MRN|ZY0058821]]　医保号 [[INSURANCE_ID|JS3205007781264]]\n住院日期 [[DATE|2026.11.09]]—[[DATE|2026.11.21]]\n总费用 46,382.17 元　统筹支付 31,204.55 元　个人自付 15,177.62 元\n结算单号 JS2611230045　预交金退款至 [[BANK_CARD|6217254304192325028]]`,
  ],
  [
    'billing',
    `外籍患者缴费说明：[[PERSON|金敏浩]]（韩国籍），护照号 [[PASSPORT|M58213746]]，于[[DATE|2026年11月20日]]在国际医疗部就诊，费用 2,860 元，已用境外卡支付。电子发票发送至 [[EMAIL|minho.kim26@example.com]]，发票号 26112000318 可在公众号查询。`,
  ],
  [
    'billing',
    `支付记录｜用户 [[ACCOUNT|lanshan_ye88]]｜就诊人 [[PERSON|叶澜珊]]｜就诊卡 [[MRN|J0027714]]｜项目：甲功五项+甲状腺彩超｜金额 ¥386.50｜交易号 4200001892202611230517｜银行卡 [[BANK_CARD|6222 7724 8919 4905]]｜[[DATE|2026-11-23]] 10:12`,
  ],
  [
    'online-consult',
    `互联网医院复诊记录\n就诊人：[[PERSON|晋一诺]]　女　64岁　身份证：[[ID_CARD|130102196201193748]]\n账号：[[ACCOUNT|jin_yinuo1962]]　登录IP：[[IP|203.0.113.189]]\n问诊时间：[[DATE|2026-11-21]] 20:16\n复诊：高血压3级，家测血压 150/95 mmHg，加用吲达帕胺 1.5 mg qd，两周后线上复诊。\n接诊医生：[[PERSON|巴]]医生`,
  ],
  [
    'online-consult',
    `[[PERSON|果果]]妈妈：医生您好，孩子3岁，昨晚开始发烧38.9，今天起了好多小红点，手心脚心都有。\n[[PERSON|闾丘]]医生：嘴里有没有疱疹？精神怎么样？\n[[PERSON|果果]]妈妈：嘴里有几个，精神还行，就是不爱吃饭。\n[[PERSON|闾丘]]医生：考虑手足口病，注意居家隔离，如出现抽搐、呕吐、精神差要马上到医院。`,
  ],
  [
    'online-consult',
    `电话问诊录音转写 [[DATE|11月22日]]\n医生：您好，请说一下患者姓名。\n来电人：病人叫[[PERSON|覃柳新]]，我是她女儿[[PERSON|阚晓芸]]。\n医生：回拨电话是多少？\n来电人：[[PHONE|一八二三零零七五二五六]]。\n医生：好的，华法林先停一次，明天上午来测INR。`,
  ],
  [
    'patient-message',
    `[[PERSON|解]]医生您好，我是您上周看过的病人[[PERSON|焦婉婷]]，原来的手机号停用了，新号码是[[PHONE|15173777486]]，复查结果出来麻烦打这个号。另外甲状腺素片还需要继续吃吗？谢谢！`,
  ],
  [
    'patient-message',
    `表扬信\n尊敬的院领导：我母亲[[PERSON|边淑贞]]（[[AGE|90]]岁）于[[DATE|十一月九日]]至[[DATE|十一月二十日]]在老年科住院，护士[[PERSON|晨露]]和[[PERSON|曦和]]每天给她擦身、喂饭，比亲人还细心。特此感谢！\n家属：[[PERSON|边志刚]]\n[[DATE|2026年11月22日]]`,
  ],
  [
    'patient-message',
    `您好，我是[[PERSON|黎正南]]（身份证[[ID_CARD|450302198308113917]]），上个月在贵院做了胆囊手术，想复印病历邮寄到家：[[ADDRESS|桂林市秀峰区中山中路榕杉湖小区3栋502]]。我的微信号是[[ACCOUNT|lzn_guilin83]]，有问题可以加我，手机[[PHONE|15860433948]]。`,
  ],
  [
    'family-chat',
    `【相亲相爱一家人】\n[[PERSON|阿珂]]：爸今天复查，谁开车送？\n[[PERSON|胖虎]]：我送，开我那辆[[PLATE|苏E8T65Q]]，停地下二层\n妈：医保卡带了没\n[[PERSON|阿珂]]：带了，挂的[[PERSON|柏]]主任的号，9点半\n爸：别都来了，一个人陪就够`,
  ],
  [
    'family-chat',
    `[[PERSON|大毛]]：妈的医保卡号多少？医院要填\n[[PERSON|二毛]]：[[INSURANCE_ID|44030019520837]]\n[[PERSON|大毛]]：收到。我下午开新车过去，[[PLATE|粤BD27719]]，门卫问起就说是23床家属\n[[PERSON|二毛]]：好，我晚上换你`,
  ],
  [
    'sms-reminder',
    `【市第一人民医院】[[PERSON|邵]]女士，您预约的无痛胃肠镜检查在[[DATE|11月27日]]（周五）上午8:00，请检查前一日晚开始服用复方聚乙二醇电解质散，详情见 [[URL|https://m.example.cn/bk/7Q2xP9]] 。回复TD退订。`,
  ],
  [
    'sms-reminder',
    `【社区卫生服务中心】温馨提示：本周六上午为65岁以上老人免费接种23价肺炎疫苗和流感疫苗，请携带身份证和医保卡，接种后留观30分钟。`,
  ],
  [
    'pulmonary-rehab',
    `肺康复初评　[[DATE|2026年11月18日]]\n姓名：[[PERSON|沈松涛]]　男　72岁　康复编号：[[MRN|PR-2611-036]]\n诊断：COPD GOLD 3级，长期家庭氧疗 2 L/min\n6MWD 286 m，mMRC 3级，CAT 24分，最大吸气压 48 cmH2O\n计划：每周3次、共8周的运动训练＋吸气肌训练。女儿[[PERSON|沈稚鱼]]陪同参加。\n治疗师：[[PERSON|敖]]`,
  ],
  [
    'pulmonary-rehab',
    `缩唇呼吸练习：用鼻子慢慢吸气2秒，嘴唇像吹口哨一样缩起，缓慢呼气4～6秒，呼气时间是吸气的2～3倍；每天3～4次，每次10～15分钟。上楼梯时配合缩唇呼吸，走两步吸、四步呼，感到气短就停下休息。`,
  ],
  [
    'nuclear-medicine',
    `核医学科 ¹³¹I 治疗记录\n[[PERSON|俞若兰]]，女，38岁，身份证[[ID_CARD|510107198807217603]]\n甲状腺乳头状癌全切术后，停服左甲状腺素4周，TSH 86 mIU/L。[[DATE|11月20日]]口服 ¹³¹I 100 mCi（批号 I-2611-08），入住隔离病房[[MRN|3]]号。\n出院后与孕妇、儿童保持1米以上距离至[[DATE|12月14日]]。\n医师：[[PERSON|阮]]　物理师：[[PERSON|龚卫]]`,
  ],
  [
    'nuclear-medicine',
    `【核医学科】[[PERSON|郑]]先生您好，您的PET-CT检查（检查号[[MRN|PET2611260012]]）预约在[[DATE|11月26日]]（周四）7:30，请空腹6小时以上，检查前24小时避免剧烈运动，检查后当天尽量不抱小孩。如需改约请致电科室。`,
  ],
  [
    'colposcopy',
    `阴道镜检查记录｜[[DATE|2026/11/19]]｜[[PERSON|都雨萱]]｜29岁｜阴道镜号 [[MRN|CP-26-0418]]｜HPV16(+)，TCT：ASC-H｜转化区3型，醋白上皮位于3、6、12点，碘不着色｜于3、6、12点取活检＋ECC｜病理预计[[DATE|11月26日]]出报告｜医生 [[PERSON|蒙]]`,
  ],
  [
    'colposcopy',
    `用户[[ACCOUNT|晴天小猪_1990]]：医生，我阴道镜活检后第三天还有少量褐色分泌物，正常吗？\n[[PERSON|凤]]医生：活检后一周内少量出血或褐色分泌物都是正常的，阴道内的棉球24小时内取出，两周内禁性生活和盆浴。\n用户[[ACCOUNT|晴天小猪_1990]]：好的，谢谢[[PERSON|凤]]医生！`,
  ],
  [
    'vascular-access',
    `血管通路评估　[[DATE|2026-11-20]]\n患者：[[PERSON|陆阿根]]　男　67岁　透析号：[[MRN|HD-0417]]\n身份证：[[ID_CARD|320508195911027630]]\n左前臂头静脉-桡动脉内瘘术后6周，震颤良好，超声示自然血流量 720 ml/min，静脉内径 5.8 mm，可开始穿刺使用。\n住址：[[ADDRESS|苏州市姑苏区凤凰街滚绣坊23号]]\n评估者：[[PERSON|冀]]`,
  ],
  [
    'vascular-access',
    `内瘘自我护理：每天早晚用手摸内瘘处有无震颤，用听诊器听有无血管杂音；内瘘侧手臂不测血压、不抽血、不提重物、不戴手表；透析后穿刺点压迫15～20分钟；如震颤消失或局部红肿疼痛，请立即到透析中心就诊。`,
  ],
  [
    'prison-health',
    `看守所医务室诊疗记录\n在押人员：[[PERSON|铁建勋]]　男　60岁　身份证：[[ID_CARD|530102196609307395]]\n在押人员编号：[[MRN|5301020866]]　监室：[[MRN|307]]\n主诉：头晕2天。血压 172/104 mmHg，心率 88次/分。\n处理：氨氯地平 5 mg qd，管教民警每日督服；[[DATE|11月25日]]复测血压。\n医生：[[PERSON|丛]]　管教：[[PERSON|卜]]警官`,
  ],
  [
    'prison-health',
    `家属来电登记 [[DATE|2026-11-21]]：服刑人员[[PERSON|麦子轩]]（编号[[MRN|4601230877]]，身份证[[ID_CARD|460106200805305078]]）之母[[PERSON|黎秀珠]]来电，称其有支气管哮喘，询问所内是否有布地奈德福莫特罗吸入剂。已答复：入监体检已记录，由狱医[[PERSON|公冶]]医生评估后开具。来电号码[[PHONE|15044995588]]。`,
  ],
];

const en: Array<[string, string]> = [
  [
    'admission',
    `ADMISSION H&P — Cardiology\nPatient: [[PERSON|Osvaldo Zazueta-Barragán]]   DOB: [[DATE|03/14/1951]]   MRN: [[MRN|4410298]]\nAdmitted: [[DATE|11/22/2026]] 04:55 via ED\nCC: substernal pressure x 3 h. hs-troponin 412 ng/L, HEART score 7. Heparin drip, cath lab in AM.\nHome: [[ADDRESS|2219 Cottonwood Bend, Albuquerque, NM 87104]]\nWife [[PERSON|Graciela]] at bedside, cell [[PHONE|(505) 555-0142]]\nAttending: Dr. [[PERSON|Chebet]]`,
  ],
  [
    'admission',
    `Clerked 02:40 [[DATE|22/11/26]]. [[PERSON|Dorcas Brearley]], [[AGE|94]], lives alone at [[ADDRESS|Flat 3, Larkspur Court, 11 Kirkgate Brow, Settle BD24 9HG]], found on floor by carer this am, ?long lie, CK 3400, shortened externally rotated L leg = ?#NOF. NHS [[INSURANCE_ID|999 295 6313]]. AMT 8/10. DNACPR discussed, for ward-based care. NOK niece [[PERSON|Tuppence]] [[PHONE|07700 900829]]. Seen w/ Dr [[PERSON|Illingworth]] (reg).`,
  ],
  [
    'admission',
    `Birth Suite admission | [[DATE|23/11/2026]] 06:10 | [[PERSON|Aroha Te Whata]] G2P1, 39+4, SROM 03:00 clear liquor, contracting 3:10 | GBS neg | Medicare [[INSURANCE_ID|3691 90093 3]] | UR [[MRN|0772641]] | partner [[PERSON|Nikau]] [[PHONE|0491 570 808]] | Midwife [[PERSON|Sorcha Hourigan]]`,
  ],
  [
    'progress-note',
    `ICU DAILY REVIEW — [[DATE|21 NOV 2026]]\nBED [[MRN|9]]   [[PERSON|MUTASA-GRIMSHAW, Ama]]   UR [[MRN|2210934]]\nDAY 4 SEPTIC SHOCK (UROSEPSIS). NORAD 0.08 MCG/KG/MIN, LACTATE 2.1, RASS -2.\nPLAN: WEAN NORAD, SBT TOMORROW, DAUGHTER [[PERSON|AKOSUA]] UPDATED BY PHONE.\nINTENSIVIST: [[PERSON|R. MAKRIDIS]]`,
  ],
  [
    'progress-note',
    `S: [[PERSON|Goh Siew Ling]] reports less breathlessness, slept flat last night.\nO: wt 61.2 kg (−1.4), BNP 880, K 3.6, crackles bases only.\nA: HFrEF, improving on IV furosemide.\nP: switch to oral 40 mg bd tomorrow, echo booked [[DATE|25 Nov]]. Discussed with Dr [[PERSON|Lim Kok Wah]].  — [[PERSON|Nadia Twomey]], FY1, [[DATE|23/11/2026]]`,
  ],
  [
    'progress-note',
    `progress note dictated by doctor [[PERSON|ragnhild sæbø]] for patient [[PERSON|marguerite fjeldstad]] medical record number [[MRN|six one one eight four zero three]] date of service [[DATE|november twenty first twenty twenty six]] patient seen on the ward she is afebrile today cellulitis of the left shin receding from the marked line continue flucloxacillin one gram four times daily plan home tomorrow if improving full stop end of dictation`,
  ],
  [
    'discharge',
    `DISCHARGE LETTER\nPatient: Mr [[PERSON|Emrys Pugsley]]   NHS No: [[INSURANCE_ID|9994806661]]   Hosp No: [[MRN|K4473902]]\nAdmitted [[DATE|16th November 2026]], discharged [[DATE|21st November 2026]]\nDiagnosis: community-acquired pneumonia, CURB-65 2; new AF, CHA2DS2-VASc 3, started apixaban 5 mg bd.\nGP please: repeat U&E in one week.\nAddress on file: [[ADDRESS|Tŷ Gwyn, 4 Heol y Bryn, Llandeilo SA19 6PL]]\nSigned: Dr [[PERSON|Rhodri Caerwyn]], CT2`,
  ],
  [
    'discharge',
    `From: [[PERSON|Farzana Dasgupta]] <discharge.team@hospital.example.org>\nTo: [[EMAIL|yael.gurevitch@example.net]]\nSubject: Your father's discharge on Wednesday\n\nDear [[PERSON|Yael]],\nJust confirming that [[PERSON|Mordechai Gurevitch]] is going home on Wed [[DATE|25 Nov]] with a package of care (two visits a day) starting the same evening. Transport is booked for 14:00. If you have questions, ring me on ext 4471.\nKind regards,\n[[PERSON|Farzana]]\nDischarge Coordinator`,
  ],
  [
    'discharge',
    `After your cataract surgery: use the drops exactly as shown on the chart, wear the eye shield at night for one week, do not rub the eye, and avoid swimming and eye make-up for two weeks. You may read and watch television. Call the eye unit urgently if the eye becomes more painful, red, or your vision gets worse.`,
  ],
  [
    'outpatient',
    `Rheumatology clinic — [[DATE|Nov 19, 2026]]\n[[PERSON|Marivic Pangilinan]], 52F, OHIP [[INSURANCE_ID|4270-559-646]] KL\nRA on methotrexate 20 mg weekly; DAS28-CRP 4.1, two swollen MCPs. Add hydroxychloroquine 200 mg bd, baseline eye exam requested.\nLives with son [[PERSON|Jun-Jun]], who helps with injections. Return 3 months.\n[[PERSON|A. Kvamme]], MD FRCPC`,
  ],
  [
    'outpatient',
    `PEDIATRIC WELL VISIT [[DATE|11/20/26]]\nPt: [[PERSON|Kaius Whitebear]]  DOB [[DATE|05/02/2024]]  MRN [[MRN|PD-339017]]\nIns: Sagebrush Health Plan, Member ID [[INSURANCE_ID|SHP8842017736]]\n30 mo: growth 60th centile, speech ~50 words, M-CHAT-R low risk. DTaP #4 today.\nAccompanied by mom [[PERSON|Shandiin Whitebear]].\nProvider: [[PERSON|Joanna Ainscough]], PNP`,
  ],
  [
    'outpatient',
    `Dear Dr [[PERSON|Culhane]],\nRe: [[PERSON|Diarmuid Mac Giolla Bhríde]], DOB [[DATE|09/08/1961]], [[ADDRESS|Ardnagreevagh, Renvyle, Co. Galway H91 X2T4]]\nI reviewed [[PERSON|Diarmuid]] in the respiratory clinic on [[DATE|18 November 2026]]. Spirometry FEV1/FVC 0.58, FEV1 61% predicted, consistent with moderate COPD. I have started tiotropium/olodaterol and referred him for smoking cessation.\nYours sincerely,\nDr [[PERSON|Gráinne Ní Fhlatharta]]`,
  ],
  [
    'referral',
    `Dear Doctor,\nThank you for seeing [[PERSON|Georgios Kouvaras-Hearn]] (DOB [[DATE|12/07/1969]]) of [[ADDRESS|Unit 2/14 Callistemon Ave, Morphett Vale SA 5162]], Medicare [[INSURANCE_ID|6065 86054 3]], regarding painless jaundice and weight loss of 6 kg since [[DATE|September]]. Bilirubin 148, ALP 620, CA19-9 pending. CT abdomen booked [[DATE|26/11]].\nRegards,\nDr [[PERSON|Meredith Oyetunde]], Southside Family Practice`,
  ],
  [
    'referral',
    `FAX — URGENT REFERRAL\nTo: GI Associates   Fax: (504) 555-0178\nFrom: Bayou Primary Care\nDate: [[DATE|11/20/2026]]   Pages: 4\nRe: [[PERSON|Delphine Robichaux]], DOB [[DATE|08/30/1974]], Member # [[INSURANCE_ID|LHC55302918]]\nReason: iron-deficiency anemia, Hb 8.1, positive FIT. Colonoscopy requested.\nPatient cell [[PHONE|(504) 555-0116]]\n— [[PERSON|Thériot]], NP`,
  ],
  [
    'referral',
    `2WW SUSPECTED CANCER REFERRAL | Patient: [[PERSON|Nasreen Talukdar]] | DOB [[DATE|02-Apr-1966]] | NHS [[INSURANCE_ID|9996801586]] | Tel [[PHONE|01632 960371]] | Criteria: post-menopausal bleeding | USS endometrium 9 mm | Interpreter needed: Sylheti | Referrer: Dr [[PERSON|Kiprono]] | [[DATE|20.11.2026]]`,
  ],
  [
    'handover',
    `SBAR — 19:30 [[DATE|22 Nov]]\nS: Bed [[MRN|14]], [[PERSON|Ekaterina Voronova]], day 1 post lap anterior resection.\nB: stoma formed, epidural T8.\nA: BP 92/50, UO 15 ml/h for 2 h, lactate 2.8.\nR: 500 ml Hartmann's given, reg [[PERSON|Nizar]] to review. Husband staying in the relatives' room, bed 15 is empty.\nHanded over by [[PERSON|Honour]] to [[PERSON|Steffan]].`,
  ],
  [
    'handover',
    `WARD 7B BOARD  [[DATE|23/11]]\nBay 1: [[MRN|1]] [[PERSON|DIMAANO, Rosario]] — post-op day 2 lap chole, home today\nBay 1: 2 — empty, cleaning\nBay 1: [[MRN|3]] [[PERSON|MACILWRAITH, Fergus]] — [[AGE|91]], delirium, 1:1 sitter\nBay 1: [[MRN|4]] [[PERSON|O'MAHONEY, Nuala]] — NBM for ERCP\nNIC: [[PERSON|Oona]]`,
  ],
  [
    'handover',
    `Ambulance handover (ATMIST), [[DATE|11/23]] 03:12: Age ~30, female, name not known — friend [[PERSON|Meadow]] thinks she is called [[PERSON|Lacey]]. Time 02:20. Mechanism: fall down stairs at party. Injuries: GCS 12, scalp haematoma, R wrist deformity. Signs: HR 112, BP 104/66. Treatment: collar, splint, 10 mg morphine. Crew 42.`,
  ],
  [
    'nursing-note',
    `District nursing visit [[DATE|20/11/2026]] 10:40 — [[PERSON|Hephzibah Trounson]], [[ADDRESS|27 Chevin Rise, Otley LS21 3QB]]. Venous leg ulcer L gaiter 4.1 × 2.8 cm (was 4.6 × 3.0), slough 20%, moderate exudate. Cleansed, Inadine + 2-layer compression. ABPI 0.94. Next visit Mon [[DATE|23/11]]. [[PERSON|Heledd]], RN`,
  ],
  [
    'nursing-note',
    `Nursing note 0300: [[PERSON|Bartholomew Tawhai]] (Rm [[MRN|12]]) restless, pulling at IV. Reoriented, toileted, CAM negative. Sitter [[PERSON|Wynne]] stayed with him until settled. Son [[PERSON|Hōhepa]] phoned at 0245 asking for an update — informed. Pain 2/10, NEWS 1. — [[PERSON|C. Duckworth]], RN`,
  ],
  [
    'nursing-note',
    `Falls prevention — for all patients tonight: bed at lowest height, call bell within reach, non-slip socks on, commode by the bed for anyone on diuretics, and a bay light left on. Report any fall to the nurse in charge and complete the post-fall checklist.`,
  ],
  [
    'lab-report',
    `COMPREHENSIVE METABOLIC PANEL\nPatient: [[PERSON|Kamakshi Nambiar]]   MRN: [[MRN|88012745]]   Collected: [[DATE|11/21/2026]] 06:02\nSodium      128  L  (135-145)\nPotassium   5.6  H  (3.5-5.1)\nCreatinine  2.34 H  (0.57-1.00)\neGFR        22   L\nCritical value called to Dr. [[PERSON|Aldana]] by [[PERSON|Jesús Arámbula]], MLS, 07:14`,
  ],
  [
    'lab-report',
    `HISTOPATHOLOGY REPORT   Lab no: [[MRN|H26-44719]]\n[[PERSON|GALLACHER, Eilidh]]   DOB [[DATE|17/03/1958]]   Hosp [[MRN|G0938821]]\nSpecimen: skin ellipse, L cheek.\nMicroscopy: basal cell carcinoma, nodular type, completely excised, closest margin 2.1 mm.\nReported [[DATE|20/11/2026]] by Dr [[PERSON|Iain Dewhirst]]`,
  ],
  [
    'lab-report',
    `Microbiology | [[PERSON|Quách Văn Phúc]] | [[AGE|97]]M | URN [[MRN|M2219405]] | Specimen MSU collected [[DATE|19/11/2026]] | >10^8 cfu/L Klebsiella pneumoniae, ESBL detected | Resistant: ceftriaxone, trimethoprim | Sensitive: nitrofurantoin, meropenem | Phoned to RMO [[PERSON|Dinh]] [[DATE|21/11/2026]] 11:20`,
  ],
  [
    'imaging-report',
    `CT ABDOMEN/PELVIS WITH CONTRAST\nPatient: [[PERSON|Ruben Zubiaur]]   Accession: [[MRN|CT2611209981]]   Date: [[DATE|Nov 20, 2026]]\nFindings: 2.4 cm enhancing lesion upper pole R kidney, Bosniak IV. No adenopathy. Compared with [[DATE|August 2025]] study — new.\nImpression: suspicious for renal cell carcinoma. Urology referral advised.\nRead by: [[PERSON|Hollis Sfeir]], MD`,
  ],
  [
    'imaging-report',
    `XR L WRIST 2 VIEWS — [[DATE|23/11/2026]]\n[[PERSON|Radosław Grzelak]], hosp no [[MRN|RX-5510386]]\nExtra-articular distal radius fracture, 12° dorsal angulation, 3 mm shortening. Ulnar styloid intact. Compared to 2 views earlier today: position improved post-MUA.\nReporter: Dr [[PERSON|Beverley Unsworth]]`,
  ],
  [
    'prescription',
    `e-Rx\nPatient: [[PERSON|Beatrix Kanemoto-Bullivant]]   DOB [[DATE|10/11/1983]]\nAddress: [[ADDRESS|580 Juniper Hollow Rd, Bozeman, MT 59715]]\nRx: sumatriptan 50 mg tab, 1 at onset, may repeat x1 after 2 h, max 200 mg/day, #9, refills 2\nPharmacy: Gallatin Valley Drug   RX# 7719043\nPrescriber: [[PERSON|Orrin Ishiguro]], MD   [[DATE|11/22/2026]]`,
  ],
  [
    'prescription',
    `TTO — [[PERSON|Gwilym ap Cynan]]   NHS [[INSURANCE_ID|999 602 1491]]   Ward Dyfi   [[DATE|21/11/2026]]\nBisoprolol 2.5 mg OD (new)\nRamipril 2.5 mg OD (new)\nAtorvastatin 80 mg ON (new)\nClopidogrel 75 mg OD for 12 months\nGTN spray PRN\nScreened by pharmacist [[PERSON|Elin Gwynedd]]`,
  ],
  [
    'prescription',
    `SOUTHGATE COMPOUNDING PHARMACY\n[[PERSON|JACINTA O'LOUGHLIN]]\nPREDNISOLONE 5MG TABLETS\nTAKE 8 TABLETS (40MG) EACH MORNING WITH FOOD FOR 5 DAYS\nQTY 40   RPT 0   DR [[PERSON|GOVENDER-FORBES]]\n[[DATE|22/11/26]]   Ref 448120`,
  ],
  [
    'consent',
    `Consent for upper GI endoscopy obtained via telephone interpreter (Somali, interpreter ID 20418, [[PERSON|Hodan Guled]]). Patient [[PERSON|Abdirahman Mohamud]], passport [[PASSPORT|P00419276]], understood risks of bleeding and perforation (<1 in 1000) and agreed to sedation. Signed [[PERSON|A. Mohamud]] [[DATE|20/11/2026]]. Clinician: Dr [[PERSON|Sunniva Brekke]].`,
  ],
  [
    'consent',
    `Refusal of blood products: [[PERSON|Josiah Trelawny]], DOB [[DATE|4 March 1977]], confirms he will not accept red cells, plasma or platelets, including in an emergency, and has provided his advance decision document. He accepts cell salvage and tranexamic acid. Witnessed by [[PERSON|Marcus Doucet]]. Discussed by anaesthetist Dr [[PERSON|Kenji Armitage]], [[DATE|19 Nov 2026]].`,
  ],
  [
    'consent',
    `MEDICAL PHOTOGRAPHY CONSENT\nName: [[PERSON|Saoirse de Búrca]]   MRN: [[MRN|D7718204]]\nPhotos of: R knee wound, pre- and post-debridement. Photo ref [[MRN|MP-26-1187]].\nUse permitted: ✔ medical record  ✔ teaching (face not shown)  ✘ publication\nSigned: [[PERSON|S. de Búrca]]   Date: [[DATE|18/11/2026]]`,
  ],
  [
    'billing',
    `STATEMENT — Lakeview Orthopedic Surgery\nGuarantor: [[PERSON|Wendell Pettaway]]   SSN on file: [[ID_CARD|987-65-4323]]\nPatient: [[PERSON|Amara Pettaway]] (daughter)   Acct [[MRN|LVO-448217]]\nDOS [[DATE|10/29/2026]] — ORIF ankle. Insurance paid $6,412.00; balance $1,180.55.\nPaid by Visa [[BANK_CARD|4666263958645427]] on [[DATE|11/21/2026]]. Invoice 30-55817.`,
  ],
  [
    'billing',
    `INVOICE INV-2611-0492\nBill to: [[PERSON|Anoushka Sengupta-Rimmer]], [[ADDRESS|9 Ropewalk Mews, Bridport DT6 3RF]]\nEmail: [[EMAIL|anoushka.mf@example.co.uk]]\nDermatology consultation + mole mapping, [[DATE|17/11/2026]]: £395.00\nPaid: Mastercard [[BANK_CARD|5508 1685 9284 7231]]`,
  ],
  [
    'billing',
    `Account statement — [[PERSON|Duc Anh Trịnh]], PO Box: [[ADDRESS|PO Box 3317, Cabramatta NSW 2166]]. Medicare [[INSURANCE_ID|2134 92937 3]]. Gap for colonoscopy [[DATE|12/11/2026]]: $420. Paid by Amex [[BANK_CARD|3726 773399 11146]]. Receipt 007741.`,
  ],
  [
    'online-consult',
    `Symptom chat log [[DATE|2026-11-22]] 21:44 (session from [[IP|198.51.100.29]])\n[[ACCOUNT|quietriver_77]]: i have burning when i pee and need to go every 10 min\nNurse [[PERSON|Unity]]: Any fever, back pain or blood in the urine?\n[[ACCOUNT|quietriver_77]]: no fever. a bit of blood\nNurse [[PERSON|Unity]]: Please book a same-day GP appointment; if fever or back pain starts, go to urgent care tonight.`,
  ],
  [
    'online-consult',
    `Video visit summary — [[DATE|Nov 21, 2026]]\nPatient: [[PERSON|Mateus Sobral]] (connected from [[IP|203.0.113.212]])\nEmail for after-visit summary: [[EMAIL|mateus.sobral@example.com]]\nRash on both shins x 2 wks, tender red nodules — likely erythema nodosum. CXR and ASO titre ordered.\nClinician: Dr. [[PERSON|Yelena Korsakova]]`,
  ],
  [
    'online-consult',
    `E-consult [[MRN|EC-2026-11873]] | submitted [[DATE|20/11/2026]] by [[PERSON|Ngozi Anyaoku-Sowerby]] | "photo of my son's ear attached" | upload: [[URL|https://files.example.org/econsult/u/8841-ear.jpg]] | child [[PERSON|Chibuzor]], 4 | reply by GP Dr [[PERSON|Hamid Sarwari]]: looks like otitis externa, drops prescribed`,
  ],
  [
    'patient-message',
    `From: [[PERSON|Cressida Vane]] <[[EMAIL|cressida.vane@example.net]]>\nTo: Rheumatology Secretaries\nDate: Mon, [[DATE|23 Nov 2026]] 08:17\nSubject: Appointment clash\n\nHello, my infusion on Thursday clashes with my mum's surgery. Could I move it to the following week? Hospital no. [[MRN|R0445127]].\nThanks, [[PERSON|Cressy]]\n--\n[[PERSON|Cressida Vane]] | [[PHONE|07700 900512]]`,
  ],
  [
    'patient-message',
    `Dear [[PERSON|Merry]] and [[PERSON|Bonnie]],\nThank you for looking after Dad on Ward 4 during his last days. You held his hand when we couldn't get there in time, and we will never forget it.\nWith love,\nThe [[PERSON|Hebdige]] family ([[PERSON|Gillian]], [[PERSON|Dez]] and [[PERSON|Elowen]])`,
  ],
  [
    'patient-message',
    `[[ADDRESS|14 Kilbowie Terrace, Clydebank G81 2PX]]\n[[DATE|20 November 2026]]\nDear Patient Relations,\nI am writing about my father, [[PERSON|Gordon Mutch]] ([[AGE|92]]), who waited nine hours on a trolley on [[DATE|14th November]]. When I arrived, my car ([[PLATE|SK19 XWF]]) was clamped in the drop-off bay while I was carrying him in.\nYours faithfully,\n[[PERSON|Fiona Mutch]]`,
  ],
  [
    'family-chat',
    `[[PERSON|Nwaeze]] Family 🏠\n[[PERSON|Somto]]: Mummy's surgery is confirmed for Tuesday [[DATE|1 Dec]]\n[[PERSON|Nneoma]]: Thank God. Who is taking her?\n[[PERSON|Somto]]: Me. [[PERSON|Ebuka]] will bring her bag later\nDaddy: Make sure they have her sugar readings\n[[PERSON|Nneoma]]: I'll send them to the ward, bed 18 right?`,
  ],
  [
    'family-chat',
    `Tita [[PERSON|Bing]]: nasa ER na si Lola, chest pain daw 😢\n[[PERSON|Jopet]]: on my way, traffic sa 101\nTita [[PERSON|Bing]]: park ka sa level 2, nandun yung kotse ni Tito, [[PLATE|8KTW213]]\n[[PERSON|Jopet]]: ok po. anong room?\nTita [[PERSON|Bing]]: ED room [[MRN|6]], ask for Lola [[PERSON|Remedios]]`,
  ],
  [
    'sms-reminder',
    `Reminder: Mr [[PERSON|Haruto Sakamoto]], your sleep study is on Thu [[DATE|26 Nov]] at 20:30, Level 3 Sleep Unit. Please complete the questionnaire at [[URL|https://forms.example.com.au/sleep/HS2611]] before you arrive. Reply Y to confirm.`,
  ],
  [
    'sms-reminder',
    `Flu and COVID boosters are now available at the hospital staff and outpatient pharmacy, Monday to Friday 9–4. No appointment needed; bring your vaccination card if you have one.`,
  ],
  [
    'pulmonary-rehab',
    `PULMONARY REHAB INITIAL ASSESSMENT — [[DATE|17/11/2026]]\nName: [[PERSON|Cuthbert Allardyce]]   NHS: [[INSURANCE_ID|999 666 4724]]   PR no: [[MRN|PR26-0233]]\nDx: COPD (FEV1 38% pred), bronchiectasis. MRC 4. ISWT 180 m, lowest SpO2 84% on air. CAT 27.\nGoal: to walk to the allotment. Wife [[PERSON|Morwen]] to attend education sessions.\nPhysio: [[PERSON|Tegan Holroyd]]`,
  ],
  [
    'pulmonary-rehab',
    `Home exercise sheet: warm up for 5 minutes, then do 3 sets of sit-to-stand, step-ups and bicep curls, resting between sets. Aim for a breathlessness score of 3 to 4 out of 10. Use your reliever inhaler 15 minutes before if advised, and keep a diary of your walking time.`,
  ],
  [
    'nuclear-medicine',
    `Lu-177 PSMA therapy — cycle 2\n[[PERSON|Ignacio Olazábal]]   MRN [[MRN|NM-7720158]]   [[DATE|11/18/2026]]\nAdministered 7.4 GBq IV over 15 min, no reactions. Dose rate at 1 m: 18 µSv/h at release.\nRadiation precautions for 7 days; sleep apart from partner [[PERSON|Ljiljana]] until [[DATE|11/25]].\nRSO: [[PERSON|Gunnar Ellefsen]], MS`,
  ],
  [
    'nuclear-medicine',
    `To whom it may concern — radiation travel letter\nMs [[PERSON|Soraya Nassar-Rønningen]], passport [[PASSPORT|548827163]], received 3.7 GBq radioiodine (I-131) on [[DATE|19 November 2026]] and may trigger radiation detectors until [[DATE|19 February 2027]]. She poses no meaningful risk to others.\nNuclear Medicine Department — Dr [[PERSON|Ambrose Tsakiridis]]`,
  ],
  [
    'colposcopy',
    `Colposcopy clinic letter\nDear Ms [[PERSON|Boudin]],\nRe: [[PERSON|Keeley Boudin]], NHS no. [[INSURANCE_ID|9997849191]], DOB [[DATE|06/06/1994]]\nYou attended on [[DATE|19/11/2026]] following a screening result of HPV positive, high-grade dyskaryosis (moderate). Colposcopy showed a type 1 transformation zone and we performed LLETZ under local anaesthetic. Results will be sent to you within 4 weeks.\nDr [[PERSON|Ama Kyerematen]], Colposcopist`,
  ],
  [
    'colposcopy',
    `After your LLETZ treatment: expect a watery, blood-stained discharge for up to four weeks. Use sanitary towels rather than tampons, and avoid sex, swimming and baths until the discharge stops. If the bleeding becomes heavier than a period or smells unpleasant, contact the colposcopy nurses.`,
  ],
  [
    'vascular-access',
    `VASCULAR ACCESS — OPERATION NOTE [[DATE|20/11/2026]]\nPatient: [[PERSON|Talia Ben-Haim]]   UR [[MRN|B5590317]]   Medicare [[INSURANCE_ID|3761 70367 1]]\nProcedure: L brachiocephalic AV fistula. Cephalic vein 3.5 mm, brachial artery 4 mm, thrill present at end.\nDialysis via R IJ tunnelled line until fistula matures (~6 weeks). Fistula check [[DATE|4/12]].\nSurgeon: Mr [[PERSON|Lachlan Spillane]]   Assistant: Dr [[PERSON|Priya Kurup]]`,
  ],
  [
    'vascular-access',
    `Hi [[PERSON|Lazarus]], it's [[PERSON|Avital]] from the dialysis access clinic. The ultrasound on Fri [[DATE|27 Nov]] showed a narrowing in your fistula, so we've booked a fistulaplasty on [[DATE|Dec 3]] at 7 am. Nothing to eat after midnight. Questions? [[PHONE|(602) 555-0183]]`,
  ],
  [
    'prison-health',
    `SICK CALL — Cedar Ridge Correctional Facility\nInmate: [[PERSON|WARDELL, Tyrone]]   Inmate #: [[MRN|CR-0447291]]   SSN: [[ID_CARD|987-65-4328]]   Housing: Unit C, cell [[MRN|214]]\nDate: [[DATE|11/21/2026]]\nComplaint: tooth pain x 5 days, L lower molar. Afebrile, no facial swelling. Ibuprofen 600 mg tid, dental list.\nSeen by: [[PERSON|Rosalind Karam]], RN`,
  ],
  [
    'prison-health',
    `HMP reception health screen [[DATE|22/11/2026]] | [[PERSON|Connor Mahoney-Bliss]] | prison no. [[MRN|A4418DK]] | NHS [[INSURANCE_ID|9991066799]] | on methadone 60 ml — confirmed with community pharmacy | next of kin: nan, [[PERSON|Pauline Bliss]] [[PHONE|01632 960884]] | cell sharing risk assessment: standard | nurse [[PERSON|Ade]]`,
  ],
];

export function generateDeidHoldout21(): LabelledRecord[] {
  return holdoutRecords('h21', zh, en);
}

export const DEID_HOLDOUT_21_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/labelled/deid-holdout-21.jsonl',
);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const records = generateDeidHoldout21();
  writeFileSync(DEID_HOLDOUT_21_PATH, renderJsonl(records));
  console.log(`wrote ${records.length} records to ${DEID_HOLDOUT_21_PATH}`);
}
