import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { holdoutRecords, type LabelledRecord, renderJsonl } from './generate-deid.ts';

/**
 * The ROUND-15 fresh held-out de-identification set (data/labelled/deid-holdout-15.jsonl): hand-written
 * snippets with hand-placed spans, marked inline as [[TYPE|text]] (parseMarked strips the marks and
 * records UTF-16 offsets). Written by a separate annotator who did not read the recognizer code and
 * never ran a recognizer on these snippets; it must not be used to tune the recognizers.
 *
 * About four fifths are the everyday documents of a general hospital and the messages of its patients
 * (admission, progress and discharge notes, outpatient notes, referrals, handovers, nursing notes,
 * lab, pathology and imaging reports, prescriptions, consent, billing and insurance forms, online
 * consultations, patient messages, family chats and SMS reminders); about a fifth come from settings
 * earlier rounds did not list: chemotherapy day units / infusion centres, memory clinics, stoma-care
 * clinics, pain clinics and speech and language therapy.
 *
 * Identifiers are synthetic: resident IDs carry a valid GB 11643 check character and a region code, sex
 * digit and birth date consistent with the text (15-digit IDs likewise), bank cards a valid Luhn digit,
 * NHS numbers are in the 999 test range with their modulus-11 digit, the Australian Medicare number
 * passes its check digit and the OHIP number its Luhn digit; the US SSN is in the 987-65-432x
 * advertising range. Phones are random mainland numbers or fictional ranges (North American 555-01xx,
 * UK 07700 900xxx and 01632 960xxx, Australian 0491 570 xxx); mail and web hosts are example.*; IP
 * addresses come from the documentation ranges.
 *
 * Span conventions are those of data/labelled/deid-holdout-2 to -14 cards; the decisions new in this
 * round are in data/labelled/deid-holdout-15.card.yaml.
 */
const zh: Array<[string, string]> = [
  [
    'admission',
    `神经内科入院记录\n姓名：[[PERSON|计春晖]]　性别：男　年龄：68岁\n身份证：[[ID_CARD|110105195803146237]]\n入院时间：[[DATE|2026年11月21日]] 14:20　病区：神内一病区[[MRN|19]]床　住院号：[[MRN|BJ0071935]]\n主诉：突发右侧肢体无力伴言语含糊5小时。NIHSS 6分，头颅CT未见出血。\n陪同人：儿子[[PERSON|计博远]]　联系电话：[[PHONE|13691027458]]\n家庭住址：[[ADDRESS|北京市朝阳区望京西路83号院7号楼1203]]\n经治医师：[[PERSON|隗静川]]`,
  ],
  [
    'admission',
    `[[DATE|2026-11-22]]夜间由急诊收入老年科。患者[[PERSON|邬秀莲]]，女，[[AGE|九十三]]岁，跌倒后左髋疼痛、不能站立6小时，X线示左股骨颈骨折。既往高血压、房颤，长期服用华法林，INR 2.6。住院号[[MRN|LN26-114087]]，安排[[MRN|32]]床。孙女[[PERSON|邬婧]]陪护，手机[[PHONE|18240316957]]。`,
  ],
  [
    'admission',
    `儿科入院记录\n患儿：[[PERSON|聂子墨]]，男，10岁\n出生日期：[[DATE|2016年8月23日]]\n身份证号：[[ID_CARD|430104201608230739]]\n入院日期：[[DATE|2026.11.20]]\n主诉：腹痛伴呕吐1天，右下腹压痛明显，WBC 15.2×10^9/L，拟急性阑尾炎。\n监护人：母亲[[PERSON|向晓岚]]　手机：[[PHONE|15874023361]]\n住址：[[ADDRESS|长沙市岳麓区咸嘉湖路219号绿地小区3栋602]]\n接诊医师：[[PERSON|郗明远]]`,
  ],
  [
    'progress-note',
    `[[DATE|11月22日]]　术后第3日查房记录\n[[PERSON|鄢]]主任查房：患者[[PERSON|符国梁]]神清，切口干燥无渗出，腹腔引流量20ml，已拔除尿管。血红蛋白108g/L。嘱继续低分子肝素4000IU皮下注射qd，明日复查血常规。\n记录者：[[PERSON|沈一舟]]`,
  ],
  [
    'progress-note',
    `夜班病程 [[DATE|2026/11/21]] 23:40 [[MRN|15]]床[[PERSON|滕宝珍]]诉胸闷心悸 心电监护示房颤心室率138次/分 血压104/62mmHg 急查电解质 钾3.3mmol/L 予补钾 胺碘酮150mg静推 通知值班医师[[PERSON|俞嘉澍]] 01:10复查心室率92次/分 症状缓解 继续观察`,
  ],
  [
    'progress-note',
    `阶段小结\n患者[[PERSON|樊德厚]]，男，住院号[[MRN|0583306]]，旧身份证号[[ID_CARD|320106520916123]]。[[DATE|2026年10月30日]]因慢阻肺急性加重入院，予无创通气、抗感染、雾化治疗，目前已停用无创通气，鼻导管2L/min下SpO2 94%。下一步：肺康复训练，出院前复查血气。\n主治医师：[[PERSON|巫嘉禾]]`,
  ],
  [
    'discharge',
    `出院记录\n姓名：[[PERSON|闵秋实]]　性别：女　住院号：[[MRN|HZ2610285517]]\n身份证号：[[ID_CARD|310104196709223748]]\n入院日期：[[DATE|2026-10-28]]　出院日期：[[DATE|2026-11-22]]\n出院诊断：1.急性胰腺炎（胆源性）2.胆囊结石\n出院医嘱：低脂饮食，禁酒；[[DATE|12月6日]]肝胆外科门诊复诊，评估择期胆囊切除。\n联系电话：[[PHONE|13918204675]]\n医师签名：[[PERSON|卜思齐]]`,
  ],
  [
    'discharge',
    `出院宣教（糖尿病）：\n1. 胰岛素笔针头一次一换，开封后常温保存不超过28天。\n2. 空腹血糖目标4.4–7.0mmol/L，低于3.9mmol/L立即进食15g糖。\n3. 两周后内分泌门诊复查，带血糖记录本。\n4. 出现意识模糊、大汗淋漓请立即就近急诊。`,
  ],
  [
    'discharge',
    `出院证明书\n兹证明[[PERSON|郦少华]]（男，身份证[[ID_CARD|21010219880716393X]]）于[[DATE|2026年11月9日]]至[[DATE|2026年11月20日]]在我院骨科住院，诊断：右胫骨平台骨折术后。建议休息8周，患肢避免负重。\n医保卡号：[[INSURANCE_ID|2101A0387714]]\n某市第二人民医院医务科　[[DATE|2026年11月20日]]`,
  ],
  [
    'outpatient',
    `皮肤科门诊病历　[[DATE|2026-11-23]]\n就诊卡号：[[MRN|7730018462]]　姓名：[[PERSON|荀若溪]]　女　33岁\n身份证号：[[ID_CARD|320102199212195828]]\n主诉：面部红斑瘙痒2周。查体：双颊对称性红斑，少许油腻鳞屑。\n诊断：脂溢性皮炎。处理：酮康唑洗剂外用，每周2次。\n手机：[[PHONE|17351429086]]\n医师：[[PERSON|仇慕白]]`,
  ],
  [
    'outpatient',
    `中医科门诊　患者[[PERSON|乔木兰]]，女，56岁，门诊号[[MRN|ZY0449127]]。失眠多梦半年，心烦口干，舌红少苔，脉细数。辨证：阴虚火旺。处方：天王补心丹加减，7剂，水煎服。[[DATE|11月30日]]复诊。医师[[PERSON|宓]]大夫，跟诊学生[[PERSON|柴望舒]]记录。`,
  ],
  [
    'outpatient',
    `产科门诊记录\n姓名：[[PERSON|蒲晴川]]　孕周：27+3周　末次月经：[[DATE|2026年5月15日]]\n身份证号：[[ID_CARD|340104199907094229]]\n血压118/72mmHg，宫高25cm，胎心142次/分。OGTT 5.0-9.1-7.8mmol/L，诊断妊娠期糖尿病。\n预产期：[[DATE|2027年2月19日]]\n丈夫：[[PERSON|贺承泽]]　电话：[[PHONE|19856021774]]\n现住址：[[ADDRESS|合肥市蜀山区黄山路305号天鹅湖畔4栋1701]]`,
  ],
  [
    'referral',
    `双向转诊单（上转）\n患者姓名：[[PERSON|眭长林]]　性别：男　年龄：77岁\n身份证号：[[ID_CARD|42010619490806155X]]\n家庭住址：[[ADDRESS|武汉市武昌区和平大道278号]]\n转出单位：武昌区某社区卫生服务中心　转入单位：某大学附属医院心内科\n初步诊断：心力衰竭（NYHA III级）\n转诊日期：[[DATE|2026年11月23日]]\n转诊医生：[[PERSON|洪露微]]　联系电话：[[PHONE|13317168205]]`,
  ],
  [
    'referral',
    `会诊申请单\n申请科室：内分泌科　被邀科室：眼科\n患者：[[PERSON|庞佑安]]　床号：[[MRN|27]]　住院号：[[MRN|3382140]]\n病情摘要：2型糖尿病15年，HbA1c 9.6%，近1月视物模糊。\n会诊目的：评估糖尿病视网膜病变。\n申请医师：[[PERSON|蓝知秋]]　[[DATE|2026-11-22]]`,
  ],
  [
    'referral',
    `下转康复机构告知书\n[[PERSON|焦玉芬]]，女，身份证号码[[ID_CARD|410102480302246]]，脑梗死恢复期，生命体征平稳，拟于[[DATE|11月25日]]转入社区康复病房继续康复治疗。家属[[PERSON|焦志勇]]已知情同意，联系电话[[PHONE|13526640873]]，家庭地址[[ADDRESS|郑州市中原区桐柏路156号院2号楼4单元501]]。`,
  ],
  [
    'handover',
    `护理交班本　[[DATE|2026.11.22]] 夜班→白班\n床号｜姓名｜交班要点\n[[MRN|3]]｜[[PERSON|褚延庆]]｜胃大部切除术后第1日，胃管引流暗红色50ml\n[[MRN|4]]｜[[PERSON|骆文心]]｜高热39.1℃，已抽血培养\n5｜空床｜—\n[[MRN|6]]｜[[PERSON|芦根生]]｜夜间谵妄，已约束，家属陪护\n交班人：[[PERSON|甄小棠]]　接班人：[[PERSON|晏清]]`,
  ],
  [
    'handover',
    `急诊交班：“留观[[MRN|2]]床[[PERSON|庄耀辉]]，上消化道出血，输了两个单位红细胞，血红蛋白从62升到79，胃镜约了明早；留观3床空着；4床无名氏，醉酒，生命体征平稳，等家属来。”交班：[[PERSON|邵]]医生；接班：[[PERSON|彭翊]]。`,
  ],
  [
    'handover',
    `ICU交班 [[DATE|11-23]] 08:00\n[[MRN|8]]床 [[PERSON|糜寿康]] 男 [[AGE|91]]岁 重症肺炎 气管插管 PEEP 8 FiO2 45% 去甲肾上腺素0.12μg/kg/min 乳酸2.1 今日拟行床旁支气管镜\n[[MRN|9]]床 [[PERSON|解丹枫]] 女 58岁 胸腔镜术后 已拔管 待转出`,
  ],
  [
    'nursing-note',
    `护理记录　[[DATE|2026-11-21]] 10:30\n[[PERSON|冀桂英]]，[[MRN|12]]床，骶尾部2期压力性损伤，面积3×2cm，基底红润，予泡沫敷料覆盖，每2小时翻身一次。Braden评分11分。家属[[PERSON|冀书铭]]已学会协助翻身。\n护士：[[PERSON|钟语桐]]`,
  ],
  [
    'nursing-note',
    `跌倒预防宣教要点：夜间起床遵循“三个30秒”；床栏保持拉起；地面湿滑时呼叫护士；穿防滑鞋；服用降压药、安眠药后避免独自如厕。Morse评分≥45分者床头挂黄色警示牌。`,
  ],
  [
    'nursing-note',
    `胃造瘘居家护理记录：[[PERSON|房福顺]]老人，[[AGE|九十五]]岁，[[DATE|11月19日]]上门更换造瘘口敷料，周围皮肤无红肿，营养液1500ml/日分次注入，体重较上月增加0.6kg。上门地址：[[ADDRESS|青岛市市北区辽宁路90号2单元302户]]。照护者为儿媳[[PERSON|顾玉环]]，电话[[PHONE|17705319642]]。护士[[PERSON|蒙静怡]]。`,
  ],
  [
    'lab-report',
    `检验报告单\n姓名：[[PERSON|鲁佩珊]]　性别：女　病历号：[[MRN|MZ7716045]]　标本号：[[MRN|S2611230147]]\n送检科室：肾内科　采集时间：[[DATE|2026-11-23]] 07:15\n肌酐 186μmol/L↑　尿素 12.4mmol/L↑　eGFR 27ml/min/1.73m²　钾 5.4mmol/L↑\n检验者：[[PERSON|祁海]]　审核者：[[PERSON|汪若澜]]\n临床医师：[[PERSON|岳迎春]]`,
  ],
  [
    'lab-report',
    `病理诊断报告\n病理号：[[MRN|P26-08841]]　姓名：[[PERSON|莘雅琴]]　住院号：[[MRN|0695127]]\n送检：胃窦活检3块\n镜下：腺体轻度异型，未见浸润。Hp(+)。\n诊断：慢性萎缩性胃炎伴低级别上皮内瘤变。\n报告日期：[[DATE|2026年11月20日]]　诊断医师：[[PERSON|甘泉]]`,
  ],
  [
    'lab-report',
    `危急值登记：[[DATE|2026/11/22]] 16:05 检验科[[PERSON|钮]]老师电话报告，[[MRN|21]]床[[PERSON|上官雨桐]]血钾6.8mmol/L，接听护士[[PERSON|卓茵]]复述确认，已通知[[PERSON|黎]]医生，予葡萄糖酸钙及胰岛素加葡萄糖处理，1小时后复查。`,
  ],
  [
    'imaging-report',
    `超声检查报告\n检查号：[[MRN|US20261121-0562]]\n姓名：[[PERSON|谭月明]]　性别：女　年龄：48岁\n身份证号：[[ID_CARD|610113197806114641]]\n检查项目：乳腺及腋窝淋巴结\n超声所见：左乳2点钟方向距乳头3cm见低回声结节，大小8×6mm，边界清，BI-RADS 3类。\n申请医生：[[PERSON|单澜舟]]　检查医师：[[PERSON|严西洲]]　[[DATE|2026-11-21]]`,
  ],
  [
    'imaging-report',
    `头颅MRI报告　影像号 [[MRN|MR0884216]]　[[PERSON|晁恩泽]] 男 43岁　检查日期 [[DATE|2026年11月18日]]\n所见：双侧额叶皮层下散在点状长T2信号，Fazekas 1级，未见急性梗死。\n印象：脑小血管病改变。\n报告医生 [[PERSON|东方楠]]　复核 [[PERSON|禹]]主任`,
  ],
  [
    'prescription',
    `普通处方\n费别：医保　门诊号：[[MRN|M2611230093]]\n姓名：[[PERSON|池浩然]]　性别：男　年龄：43岁\n身份证号：[[ID_CARD|450105198303022838]]\n临床诊断：高血压病2级\nRp：氨氯地平片 5mg×28片　用法：5mg qd po\n医师：[[PERSON|戚婉]]　审核药师：[[PERSON|胡]]药师　日期：[[DATE|2026年11月23日]]`,
  ],
  [
    'prescription',
    `儿科处方笺　[[DATE|2026-11-21]]\n患儿[[PERSON|武思苗]]（小名[[PERSON|嘟嘟]]），4岁，体重17kg\n阿莫西林颗粒 0.25g tid ×5日\n布洛芬混悬液 5ml prn 体温>38.5℃\n开方医生：[[PERSON|伏]]医生`,
  ],
  [
    'prescription',
    `麻醉药品处方\n患者：[[PERSON|沙建平]]　身份证：[[ID_CARD|650102197608173331]]\n住址：[[ADDRESS|乌鲁木齐市天山区新华南路62号]]\n诊断：胰腺癌晚期　癌痛\nRp：吗啡缓释片 30mg q12h ×7日\n代办人：[[PERSON|沙丽娜]]　代办人身份证：[[ID_CARD|530102196911286425]]　电话：[[PHONE|13888146320]]\n处方医师：[[PERSON|阿依古丽·吐尔逊]]　[[DATE|2026.11.22]]`,
  ],
  [
    'consent',
    `手术知情同意书\n患者：[[PERSON|梅江涛]]　住院号：[[MRN|GZ0937724]]\n拟行手术：腹腔镜下右半结肠切除术\n拟手术日期：[[DATE|2026年11月25日]]\n可能风险：出血、吻合口瘘、感染、肠梗阻等。\n患者签字：[[PERSON|梅江涛]]　身份证号：[[ID_CARD|44010619851107811X]]\n谈话医师：[[PERSON|钱牧之]]　日期：[[DATE|2026-11-23]]`,
  ],
  [
    'consent',
    `输血治疗同意书：患者[[PERSON|侯月娥]]（身份证[[ID_CARD|22010219471013516X]]）因上消化道出血需输注悬浮红细胞2单位，本人意识欠清，由其子[[PERSON|侯建军]]（手机[[PHONE|13904517286]]）代为签字。签字时间[[DATE|2026年11月22日]] 21:35。经治医师[[PERSON|荆晓冬]]。`,
  ],
  [
    'consent',
    `授权委托书\n委托人：[[PERSON|韦金凤]]，身份证号[[ID_CARD|510104440618082]]\n受托人：[[PERSON|韦红霞]]（女儿），身份证号[[ID_CARD|510107197304302422]]，电话[[PHONE|18980536417]]\n兹委托[[PERSON|韦红霞]]代为签署本人住院期间的一切医疗文书。\n委托日期：[[DATE|2026年11月21日]]\n联系地址：[[ADDRESS|成都市武侯区人民南路四段33号2栋1单元4楼7号]]`,
  ],
  [
    'billing',
    `住院预交金退款申请\n患者姓名：[[PERSON|邢光远]]　住院号：[[MRN|5523718]]\n出院结算日期：[[DATE|2026-11-20]]\n结算单号：JS2611200731\n退款金额：3,268.40元\n退款银行卡号：[[BANK_CARD|6222009107844557]]\n开户人：[[PERSON|邢光远]]　联系电话：[[PHONE|18093625104]]`,
  ],
  [
    'billing',
    `商业医疗保险理赔申请\n被保险人：[[PERSON|雍雨辰]]　证件号码：[[ID_CARD|140105199405258632]]\n通讯地址：[[ADDRESS|太原市小店区学府街112号3号楼902]]\n保单号：[[INSURANCE_ID|PA88204175630]]\n出险日期：[[DATE|2026年10月17日]]　就诊医院：某省人民医院\n申请理赔金额：12,480元\n收款账户：[[BANK_CARD|6217915248728951552]]\n申请人签名：[[PERSON|雍雨辰]]　手机：[[PHONE|15235107648]]`,
  ],
  [
    'billing',
    `门诊收费票据\n票据号码：0031946678　交款人：[[PERSON|葛春妮]]\n身份证号：[[ID_CARD|350203195501057228]]\n医保类型：职工医保　医保编号：[[INSURANCE_ID|35020200918466]]\n项目：CT检查 320.00　西药费 86.50\n合计：406.50元　个人支付：121.95元\n重复收费已退至银行卡[[BANK_CARD|6228160335700444]]\n收费员工号：0217　日期：[[DATE|2026年11月23日]]`,
  ],
  [
    'online-consult',
    `图文问诊\n[[DATE|2026-11-22]] 20:14 患者家属[[PERSON|宁思远]]：医生您好，孩子[[PERSON|宁可钰]]昨天打完流感疫苗，今天手臂红肿有鸡蛋大，不发烧，需要处理吗？\n20:31 [[PERSON|卫]]医生：局部反应较常见，可以冷敷，72小时内不要热敷；若红肿持续扩大或发热超过38.5℃请来院。\n问诊编号：[[MRN|WZ261122004418]]　订单号：DD2611220588`,
  ],
  [
    'online-consult',
    `视频复诊记录　[[DATE|2026年11月21日]]\n患者：[[PERSON|宗佩瑶]]　复诊编号：[[MRN|SP2611210088]]\n身份证号：[[ID_CARD|460106196212041928]]\n登录IP：[[IP|203.0.113.171]]\n主诉：甲亢服用甲巯咪唑2月，心慌好转。复查FT4 18pmol/L。\n医嘱：甲巯咪唑减为5mg qd，4周后复查甲功。\n医师：[[PERSON|宿冬青]]`,
  ],
  [
    'online-consult',
    `药师在线咨询（小程序）\n用户：[[ACCOUNT|lanting_0917]]\n提问：我在吃华法林，能同时吃阿莫西林吗？\n[[PERSON|姬]]药师回复：可以使用，但可能影响INR，建议用药第3–5天复查INR，注意牙龈出血、黑便。\n咨询时间：[[DATE|2026-11-23]] 09:12`,
  ],
  [
    'patient-message',
    `医生您好，我是上周在您这里做胃镜的[[PERSON|柯一鸣]]，病理报告出来了吗？如果方便请发到我的邮箱[[EMAIL|keyiming.hz@example.cn]]，或者打我电话[[PHONE|15167284039]]。谢谢！`,
  ],
  [
    'patient-message',
    `感谢信\n尊敬的心内科全体医护人员：\n我父亲[[PERSON|幸德福]]今年[[AGE|九十二]]岁，[[DATE|11月8日]]因心梗住进[[MRN|7]]床，[[PERSON|匡]]主任连夜为他放了支架，护士[[PERSON|鞠晓雯]]每晚都来看他。现在他已经能下床走路了。\n家属：[[PERSON|幸丽萍]]\n[[DATE|2026年11月22日]]`,
  ],
  [
    'patient-message',
    `您好，我叫[[PERSON|闻以宁]]，目前在国外，需要复印我母亲[[PERSON|简淑贞]]在贵院的住院病历（住院号[[MRN|0417593]]）用于保险理赔。我的护照号[[PASSPORT|EH7305826]]，委托表弟[[PERSON|简磊]]代办。有问题请加我微信[[ACCOUNT|wenyining_1988]]。`,
  ],
  [
    'family-chat',
    `家庭群聊\n大姐：妈今天从ICU转到普通病房了，14床，下午三点后能探视\n[[PERSON|建川]]：太好了，我下班就去，要带什么？\n大姐：带个保温杯和防滑拖鞋\n[[PERSON|晓芃]]：我明天白天去换你们，顺便把医保卡带过去\n大姐：主治是[[PERSON|卿]]医生，说再观察一周`,
  ],
  [
    'family-chat',
    `[[PERSON|阿浩]]：爸复查的号挂好了，[[DATE|11月26日]]上午，泌尿外科\n[[PERSON|婷婷]]：我开车送，车牌[[PLATE|鲁B·7K23Q]]，停地下二层\n[[PERSON|阿浩]]：爸的医保卡号[[INSURANCE_ID|3702018834571]]，挂号要用\n[[PERSON|婷婷]]：收到`,
  ],
  [
    'sms-reminder',
    `【某医院】尊敬的[[PERSON|欧佳琪]]女士，您预约的[[DATE|2026年11月25日]]上午9:30乳腺外科复诊，请携带就诊卡（卡号[[MRN|2018847365]]）提前30分钟到院。查看或取消预约：[[URL|https://yy.example.cn/r/8Kd2Qp]] 退订回T`,
  ],
  [
    'sms-reminder',
    `【体检中心】[[PERSON|宣立新]]先生，您的体检报告已出，请登录[[URL|https://tj.example.com.cn/report]]，输入体检编号[[MRN|TJ26110734]]及手机号后四位查看。`,
  ],
  [
    'chemo-day-unit',
    `化疗日间病房治疗单\n日期：[[DATE|2026-11-23]]　座位：[[MRN|B07]]\n患者：[[PERSON|童锦程]]　日间号：[[MRN|RJ261123-015]]　身份证：[[ID_CARD|370202196102279335]]\n方案：FOLFOX第4周期，奥沙利铂 130mg/m²，体表面积1.78m²\n化疗前血常规：WBC 4.6×10^9/L，PLT 168×10^9/L，准予化疗。\n主管医生：[[PERSON|郁禾生]]\n双人核对：[[PERSON|阮婧婕]]、[[PERSON|倪丹青]]`,
  ],
  [
    'chemo-day-unit',
    `[[DATE|11月20日]]日间化疗回访电话：[[PERSON|萧]]护士致电[[PERSON|贝晓晨]]（手机[[PHONE|13806742195]]），化疗后第2天，恶心2级，已按医嘱服用昂丹司琼8mg，能进少量粥。告知PICC带管注意事项，[[DATE|11月27日]]来院维护并复查血常规，来院可凭车牌[[PLATE|浙A·D26Q91]]免费停车。`,
  ],
  [
    'memory-clinic',
    `记忆门诊评估记录\n姓名：[[PERSON|杭德润]]　男　87岁　档案号：[[MRN|JY2026-0318]]\n旧身份证：[[ID_CARD|230103391120157]]\n评估日期：[[DATE|2026年11月18日]]\nMMSE 21分（延迟回忆0/3），MoCA 16分，CDR 1。\n知情者：老伴[[PERSON|俞慧芳]]，诉近1年反复忘关煤气、外出迷路2次。电话[[PHONE|13159024683]]\n家庭住址：[[ADDRESS|哈尔滨市南岗区西大直街318号4单元201]]\n评估者：[[PERSON|穆清源]]`,
  ],
  [
    'memory-clinic',
    `认知症照护者课堂（第三讲）要点：一、固定作息，白天多晒太阳；二、外出佩戴防走失手环，衣服缝上联系卡；三、煤气灶换成自动熄火款；四、老人重复提问时耐心回答，不争辩；五、出现夜间吵闹、幻觉及时复诊，不要自行加量安眠药。`,
  ],
  [
    'stoma-care',
    `造口护理门诊随访单\n患者：[[PERSON|舒长胜]]　造口类型：乙状结肠单腔造口　术后6周\n随访日期：[[DATE|2026.11.21]]\n造口直径32mm，周围皮肤轻度潮红（DET评分3分）。\n处理：更换为凸面底盘，加用防漏膏。\n下次随访：[[DATE|12月5日]]\n造口治疗师：[[PERSON|苑书音]]　手机：[[PHONE|15910387264]]`,
  ],
  [
    'stoma-care',
    `造口联谊群\n[[PERSON|石榴姐]]：新来的朋友别怕，我做造口8年了照样跳广场舞\n[[PERSON|周文斌]]：谢谢，我上周刚出院，晚上总担心漏\n[[PERSON|苑书音]]：@[[PERSON|周文斌]] 睡前排空造口袋，底盘比造口剪大1–2mm，有问题随时问我\n[[PERSON|石榴姐]]：造口用品医保可以报一部分`,
  ],
  [
    'pain-clinic',
    `疼痛科门诊　[[DATE|2026-11-20]]\n患者[[PERSON|时春来]]，男，65岁，带状疱疹后神经痛3月，NRS 7分，夜间痛醒。\n门诊号：[[MRN|TT0578821]]\n处理：普瑞巴林75mg bid，拟[[DATE|11月27日]]行超声引导下肋间神经阻滞。\n医师：[[PERSON|况云舒]]`,
  ],
  [
    'pain-clinic',
    `镇痛泵随访记录：[[MRN|16]]床[[PERSON|付心怡]]，剖宫产术后第1日，静脉自控镇痛（舒芬太尼），VAS静息1分、活动3分，无恶心呕吐，按压6次。随访麻醉医生：[[PERSON|雷霆]]　[[DATE|2026-11-22]]`,
  ],
  [
    'speech-therapy',
    `言语治疗评估\n姓名：[[PERSON|皇甫嘉言]]　性别：男　年龄：4岁6月\n出生日期：[[DATE|2022年5月9日]]\n评估日期：[[DATE|2026年11月19日]]\n诊断：功能性构音障碍（g/k以d/t替代）\n家长：[[PERSON|皇甫宁]]　微信：[[ACCOUNT|hfning_mama]]　电话：[[PHONE|18602173958]]\n治疗师：[[PERSON|闫楚楚]]`,
  ],
  [
    'speech-therapy',
    `吞咽训练记录：[[PERSON|戈正清]]，脑梗死后吞咽障碍，洼田饮水试验3级。[[DATE|11月21日]]起予冰刺激及门德尔松手法训练，每日2次，饮食改为糊状，每口约5ml。康复治疗师[[PERSON|佟雪莹]]。`,
  ],
];

const en: Array<[string, string]> = [
  [
    'admission',
    `ADMISSION H&P — Hospitalist Service\nPatient: [[PERSON|Cordelia Vanmeter]]   MRN: [[MRN|40917726]]   Rm [[MRN|614]]\nDOB: [[DATE|04/17/1952]]   Admit date: [[DATE|11/22/2026]]\nCC: fever, dysuria and confusion x2 days. T 39.2, HR 112, lactate 2.8. UA nitrite positive.\nA/P: urosepsis — ceftriaxone 1 g IV q24h, fluids 30 mL/kg.\nEmergency contact: [[PERSON|Rowan Vanmeter]] (son) [[PHONE|(317) 555-0146]]\nAttending: Dr. [[PERSON|Ibrahim Tazewell]]`,
  ],
  [
    'admission',
    `Clerking, Acute Medical Unit, [[DATE|21/11/2026]]. [[PERSON|Hilda Penwarden]], [[AGE|94]], brought in by ambulance after a long lie (found on the floor by her neighbour, approx 10 h). CK 4,100. Hospital no. [[MRN|K4482917]], NHS no. [[INSURANCE_ID|999 994 3772]]. Lives alone at [[ADDRESS|7 Quarry Hill Cottages, Launceston PL15 8RT]]. NOK: nephew [[PERSON|Tobias Penwarden]], [[PHONE|07700 900527]].`,
  ],
  [
    'admission',
    `Admission note — General Surgery\nName: [[PERSON|Kirra Quarrendon-Vowles]]   UR: [[MRN|2210584]]   Medicare: [[INSURANCE_ID|2020 61740 1]]\nDate of admission: [[DATE|22 Nov 2026]]\nPresenting complaint: RUQ pain after a fatty meal, Murphy's positive, WBC 13.8. Ultrasound: gallstones with wall thickening.\nPlan: IV cefazolin, lap chole on next available list. Consultant: Mr [[PERSON|Crispin Tunnicliffe]].\nAddress: [[ADDRESS|14 Boronia Parade, Toowong QLD 4066]]\nMobile: [[PHONE|0491 570 213]]`,
  ],
  [
    'progress-note',
    `Progress Note [[DATE|11/23/2026]]\nS: Mr. [[PERSON|Lowell Ackerby]] reports less dyspnea, slept flat last night.\nO: Wt down 2.1 kg since admission. BNP 640. K 3.9. Cr 1.3.\nA: ADHF, improving.\nP: continue furosemide 40 mg IV BID, recheck BMP in AM. — [[PERSON|J. Ferrabee-Altamirano]], PA-C`,
  ],
  [
    'progress-note',
    `WR [[DATE|23.11.26]] Cons: Dr [[PERSON|Pargeter]]\nBed [[MRN|17]] — [[PERSON|Clement Nettlefold]], D2 post TURP. Catheter draining clear. Obs stable, NEWS 1. Plan: TWOC tomorrow, d/c if voiding. FY1: [[PERSON|Hepzibah Saltonstall]]`,
  ],
  [
    'progress-note',
    `night note 0300 called to see [[PERSON|Perpetua Quist]] bed [[MRN|22]] pulled out cannula agitated 4AT 6 no new focal signs BM 6.8 sats 95% RA daughter [[PERSON|Perdita]] phoned and came in which settled her plan delirium screen bloods and review by day team`,
  ],
  [
    'discharge',
    `Dear Dr [[PERSON|Vellacott]],\nRe: [[PERSON|Barnaby Scattergood]], DOB [[DATE|09/03/1961]], NHS No [[INSURANCE_ID|9994729667]]\n[[ADDRESS|23 Tannery Lane, Kendal LA9 6DY]]\nMr [[PERSON|Scattergood]] was admitted on [[DATE|14 November 2026]] with community-acquired pneumonia and discharged on [[DATE|20 November 2026]]. Amoxicillin course completed. Please repeat a chest X-ray in six weeks.\nYours sincerely,\nDr [[PERSON|Araminta Mansergh]]`,
  ],
  [
    'discharge',
    `DISCHARGE SUMMARY\nPatient: [[PERSON|Delroy Hutchence]]  Acct #: [[MRN|HA-77103429]]\nAdmitted: [[DATE|Nov 17, 2026]]  Discharged: [[DATE|Nov 22, 2026]]\nDx: COPD exacerbation. Prednisone 40 mg x5 days completed; new tiotropium 18 mcg daily.\nFollow-up: pulmonology [[DATE|12/08/2026]], PCP within 7 days.\nWife [[PERSON|Eulalie]] to call [[PHONE|(216) 555-0183]] with questions.\nDictated by: [[PERSON|Annika Sorvino]], MD`,
  ],
  [
    'discharge',
    `After your hip replacement: keep the wound dry for 10 days; use your walker for the first 4–6 weeks; do not bend your hip past 90 degrees or cross your legs; take the blood thinner every evening for 35 days; call the ward if your calf becomes swollen or painful.`,
  ],
  [
    'outpatient',
    `Endocrinology Clinic — [[DATE|2026-11-19]]\nPatient: [[PERSON|Margaux Goicoechea-Ormsby]]   OHIP: [[INSURANCE_ID|2346-314-863]]-KT\nChart #: [[MRN|E0058214]]\nHbA1c 8.4% (was 9.1%). Started semaglutide 0.25 mg weekly, titrate monthly.\nNext visit: [[DATE|2027-02-18]]\nDr. [[PERSON|Aurelio Santangelo]]`,
  ],
  [
    'outpatient',
    `Neurology outpatient letter. Seen today, [[DATE|20 November 2026]]: [[PERSON|Imogen Tregaskis]], 29, chronic migraine, 18 headache days a month. She logs attacks in a headache diary app (username [[ACCOUNT|imo_tregaskis29]]). Start candesartan 4 mg nocte; review in 3 months. Hospital no. [[MRN|RH0391177]].`,
  ],
  [
    'outpatient',
    `GP consultation, [[DATE|19/11/2026]]. [[PERSON|Cathal Ó Briain]], 47, lower back pain after lifting a trailer, no red flags, SLR negative, seen by Dr [[PERSON|Nóra Ferneyhough]]. Advised to stay active; naproxen 500 mg BD for 5 days. Address: [[ADDRESS|4 Pipers Hill, Nenagh, Co. Tipperary E45 K7W2]]. Results by email to [[EMAIL|cathal.obriain@example.ie]].`,
  ],
  [
    'referral',
    `Referral to Gastroenterology\nFrom: Dr [[PERSON|Huia Tamatea]], Ōtaki Health Centre\nPatient: [[PERSON|Wiremu Pōtae]]   DOB [[DATE|02/12/1969]]\nReason: iron-deficiency anaemia (Hb 98, ferritin 6) with intermittent dark stools. Please consider gastroscopy and colonoscopy.\nDate: [[DATE|18 November 2026]]`,
  ],
  [
    'referral',
    `Referral: Cardiology consult\nPt: [[PERSON|Beatriz Echeverri-Loxley]]  DOB [[DATE|06/30/1958]]\nAddress: [[ADDRESS|2250 W Camelback Rd, Apt 112, Phoenix, AZ 85015]]\nInsurance: Aetna member ID [[INSURANCE_ID|W228614097]]\nReason: new LBBB on ECG, exertional chest tightness.\nReferring: [[PERSON|Wendell Iacobelli]], NP\nPatient cell: [[PHONE|(602) 555-0172]]`,
  ],
  [
    'referral',
    `Internal consult request — Psychiatry. Ward 8B bed [[MRN|12]]: [[PERSON|Oswin Blenkinsop]], 34, admitted after a paracetamol overdose, NAC completed, LFTs normalising. Please assess suicide risk before discharge. Requested by Dr [[PERSON|Devika Balasingham]] on [[DATE|22/11/2026]], bleep 4471.`,
  ],
  [
    'handover',
    `ED board 0700\nCub [[MRN|1]] [[PERSON|HALVERSON, Dena]] — chest pain, trop x2 neg, for d/c\nCub 2 — (empty)\nCub [[MRN|3]] [[PERSON|Arlo Benedetti]] — #NOF, awaiting ortho\nCub 4 — unknown male ~60s, found in park, CT head done\nCharge RN: [[PERSON|Toby Wainscott-Rumbold]]`,
  ],
  [
    'handover',
    `SBAR call, Sat [[DATE|21 Nov]] 02:40\nS: [[PERSON|Enid Carrow]], bed [[MRN|9]], new AF, rate 150.\nB: day 3 post right hemicolectomy.\nA: BP 98/60, K 3.4, looks unwell.\nR: please review within 30 min.\nCaller: [[PERSON|Rhys Gorringe]], staff nurse`,
  ],
  [
    'handover',
    `ITU handover: bed [[MRN|5]] [[PERSON|Gwilym Inchbald]], [[AGE|96]], aspiration pneumonia, HFNC 50 L 40%, family meeting with son [[PERSON|Iolo]] at 2pm re ceiling of care. Bed 6 empty. Bed [[MRN|7]] [[PERSON|Marguerite Farrow-Jeffcoate]], day 2 post AAA repair, extubated overnight.`,
  ],
  [
    'nursing-note',
    `Nursing note [[DATE|11/21/2026]] 0215: Pt [[PERSON|Gustavo Zubiría]], [[AGE|91]], found sitting on floor beside bed, rm [[MRN|508]]. Denies hitting head; no visible injury. Neuro checks q1h x4. Dr. [[PERSON|Kessler]] notified. Bed alarm on, low bed. — [[PERSON|A. Kitteridge]], RN`,
  ],
  [
    'nursing-note',
    `Reminder to all staff: chlorhexidine bathing daily for every patient with a central line. Document the line day and dressing date on the chart; transparent dressings are changed every 7 days or sooner if soiled or lifting.`,
  ],
  [
    'nursing-note',
    `District nursing visit [[DATE|20/11/2026]] — [[PERSON|Merle Cuthill]] at [[ADDRESS|3/41 Wattle Grove, Mount Lawley WA 6050]]. Leg ulcer L medial malleolus 4.1 x 2.8 cm, less slough. Compression re-applied, ABPI 0.92. Next visit Friday. Daughter [[PERSON|Tiggy]] present, mobile [[PHONE|0491 570 884]].`,
  ],
  [
    'lab-report',
    `LABORATORY REPORT\nPatient: [[PERSON|ESCOBEDO, Ysabel R]]   MRN [[MRN|60271485]]   Accession [[MRN|H26-327714]]\nCollected: [[DATE|11/22/2026]] 05:40\nWBC 2.1 L   Hgb 8.9 L   Plt 64 L   ANC 0.9 L\nComment: critical ANC called to RN [[PERSON|Tamsin Iwuchukwu]] at 06:12, read back. Ordering: Dr [[PERSON|Silas Quennelle]]`,
  ],
  [
    'lab-report',
    `MICROBIOLOGY\nSurname: [[PERSON|UMFREVILLE]]   Forename: [[PERSON|DILYS]]\nNHS Number: [[INSURANCE_ID|999 331 8183]]\nLab no: [[MRN|M26.0418832]]\nSpecimen: MSU, received [[DATE|19/11/2026]]\nE. coli >10^5 cfu/mL, resistant to trimethoprim, sensitive to nitrofurantoin.`,
  ],
  [
    'lab-report',
    `Surgical Pathology Report\nPath #: [[MRN|SP-26-11907]]   Patient: [[PERSON|Nnamdi Adebowale-Stonebridge]]\nProcedure date: [[DATE|November 16, 2026]]\nSpecimen: skin, left shoulder, excision\nDiagnosis: basal cell carcinoma, nodular type; margins clear (closest 2 mm).\nPathologist: [[PERSON|Hortensia Tolentino]], MD`,
  ],
  [
    'imaging-report',
    `CT ABDOMEN/PELVIS WITH CONTRAST\nName: [[PERSON|Reuben Mastrantonio]]   Accession: [[MRN|CT2611210347]]   Exam date: [[DATE|11/21/2026]]\nFindings: 7 mm obstructing calculus at the right UVJ with moderate hydronephrosis.\nImpression: right ureteric stone.\nOrdering provider: [[PERSON|Tiberius Scaife]], PA\nRead by: [[PERSON|Wen-Hsuan Dahlberg]], MD`,
  ],
  [
    'imaging-report',
    `XR Chest PA, [[DATE|22/11/2026]]. [[PERSON|Osric Fenwright]], hospital no. [[MRN|G7719342]]. Compared with [[DATE|03/10/2026]]: resolution of left lower lobe consolidation. No effusion. Reported by Dr [[PERSON|Marit Solvang]].`,
  ],
  [
    'prescription',
    `MR [[PERSON|SEBASTIAN ORMEROD]]\nTAKE ONE TABLET TWICE A DAY WITH FOOD\nMETFORMIN 500MG TABLETS x56\nDispensed [[DATE|23/11/2026]]\nAshby Road Pharmacy, Loughborough — pharmacist [[PERSON|K. Obioha]]`,
  ],
  [
    'prescription',
    `eRx\nPatient: [[PERSON|Constance Oyewusi-Baird]]  DOB: [[DATE|08/05/1947]]\nAddress: [[ADDRESS|1127 Sycamore Ridge Dr, Apt 7D, Dayton, OH 45429]]\nPhone: [[PHONE|(937) 555-0161]]\nRx: apixaban 2.5 mg tab, 1 PO BID, #60, RF 5\nPrescriber: [[PERSON|Lionel Kasprzak]], MD  NPI 1588043216\nPharmacy: Midtown Pharmacy`,
  ],
  [
    'prescription',
    `CD prescription — [[PERSON|Philippa Gedge]], [[ADDRESS|12 Orchard Close, Bicester OX26 2LQ]]. Oxycodone MR 10 mg tablets, one twice daily, supply 14 (fourteen) tablets. Date [[DATE|23/11/2026]]. Prescriber: Dr [[PERSON|Anselm Ravenhill]].`,
  ],
  [
    'consent',
    `Consent Form 1 — Lumbar puncture\nPatient: [[PERSON|Ferdinand Aaltonen]]   Hospital no: [[MRN|T0462281]]\nRisks explained: headache, back pain, infection, bleeding.\nSigned: [[PERSON|F. Aaltonen]]   Date: [[DATE|22/11/2026]]\nClinician: Dr [[PERSON|Nadia Quagliarello-Holt]]`,
  ],
  [
    'consent',
    `Parental consent for general anaesthesia — child: [[PERSON|Aarav Malhotra-Keene]], age 6. Parent: [[PERSON|Ishani Malhotra]], passport [[PASSPORT|U4819237]] (India). Procedure: bilateral grommet insertion, [[DATE|26 November 2026]]. Parent mobile [[PHONE|07700 900651]].`,
  ],
  [
    'consent',
    `Telephone consent recorded [[DATE|11/23/2026]] 16:20: [[PERSON|Ruth Ann Haapala]] lacks capacity; daughter and health-care proxy [[PERSON|Simone Haapala]] ([[PHONE|(404) 555-0119]]) consented by phone to PICC placement. Witness: [[PERSON|Kofi Ashitey]], RN. Physician: [[PERSON|Tobenna Bergqvist]]`,
  ],
  [
    'billing',
    `PATIENT STATEMENT\nGuarantor: [[PERSON|Harlan Cattermole]]   SSN: [[ID_CARD|987-65-4327]]\nPatient: [[PERSON|Maisie Cattermole]] (dependent)\nAccount #: [[MRN|PA-3391047]]\nService date: [[DATE|10/29/2026]]   ED visit, level 4\nBalance due: $412.60 — card on file Visa [[BANK_CARD|4539 1581 9313 2287]] will be charged unless you call.\nPay online: [[URL|https://billing.example.com/paynow]]`,
  ],
  [
    'billing',
    `Invoice INV-5520318 (self-pay)\nPatient: [[PERSON|Leopold Mountjoy]]\nProcedure: carpal tunnel release, [[DATE|18 November 2026]]\nTotal: £1,850.00 — paid by Mastercard [[BANK_CARD|5413 2692 5098 7543]]\nBilling address: [[ADDRESS|Flat 14, 28 Clarendon Crescent, Leamington Spa CV32 5NR]]`,
  ],
  [
    'billing',
    `Travel insurance claim: [[PERSON|Katarzyna Wielgosz]], passport [[PASSPORT|EA4419072]], policy [[INSURANCE_ID|TRV-9904417-PL]]. Treated in ED on [[DATE|15 Nov 2026]] for a distal radius fracture while on holiday. Reimburse to Visa [[BANK_CARD|4929684725332051]]. Contact: [[EMAIL|k.wielgosz@example.pl]]`,
  ],
  [
    'online-consult',
    `Telehealth session log\nPatient: [[PERSON|Cassius Delamere]]   Visit ID: [[MRN|TV-88310472]]\nConnected: [[DATE|2026-11-22]] 19:02 from [[IP|198.51.100.188]]\nReason: sore throat 3 days, Centor 1. Mother [[PERSON|Keturah Delamere]] joined the call. Advised symptomatic care, no antibiotics.\nClinician: [[PERSON|Yolanda Koskinen]], NP`,
  ],
  [
    'online-consult',
    `Nurse chat\n[[PERSON|Hestia]]: hi, my stitches from Tuesday look a bit red at one end, no pus\nNurse [[PERSON|Oluwatoyin]]: any fever? can you upload a photo?\n[[PERSON|Hestia]]: no fever, uploading now\nNurse [[PERSON|Oluwatoyin]]: mild redness is common; mark the edge with a pen and call us if it spreads past the line`,
  ],
  [
    'online-consult',
    `Portal message from [[PERSON|Horatio Belcourt]] (user [[ACCOUNT|hbelcourt77]], sent from [[IP|203.0.113.94]]): Could you move my knee physio from [[DATE|Nov 30]] to the following week? The 10am slot works best for me.`,
  ],
  [
    'patient-message',
    `Hi Dr [[PERSON|Obiakor-Lambourne]], this is [[PERSON|Bettina Skovgaard]] (DOB [[DATE|1/14/1975]]). I'm down to my last week of levothyroxine 100 mcg. Can you send a refill to the pharmacy on file? You can reach me at [[PHONE|(503) 555-0128]] or [[EMAIL|bettina.skov@example.com]]. Thanks!`,
  ],
  [
    'patient-message',
    `Subject: Request for a copy of my records\nFrom: [[EMAIL|tavish.mcandrew@example.co.uk]]\nDear Records Team, I am [[PERSON|Tavish McAndrew]], hospital number [[MRN|L0825513]]. Please send the records from my stay in [[DATE|September 2026]] through your secure upload page: [[URL|https://records.example.co.uk/upload]].`,
  ],
  [
    'patient-message',
    `To everyone on Ward 4 — thank you for looking after Mum, [[PERSON|Dorothea Sowerbutts]], who turned [[AGE|99]] while she was with you! Special thanks to [[PERSON|Manu]] on nights. Love, [[PERSON|Mairead]] and family`,
  ],
  [
    'family-chat',
    `[[PERSON|Wynter]]: Grandad's moved to bed 22 on Ward 7\n[[PERSON|Ozzie]]: ok going at 6, is parking free after 6?\n[[PERSON|Wynter]]: yes. auntie [[PERSON|Prue]] is there till then, her number's [[PHONE|07700 900732]]\nDad: I'll bring his glasses`,
  ],
  [
    'family-chat',
    `[[PERSON|Marcy]]: I'll pick Mom up from the infusion center at 3\n[[PERSON|Kip]]: take my car, the silver Civic, plate [[PLATE|8LKR217]]\n[[PERSON|Marcy]]: ok. her paperwork says follow-up [[DATE|Dec 4]] with Dr [[PERSON|Rautio]]`,
  ],
  [
    'sms-reminder',
    `Hi [[PERSON|Gwenda]], reminder of your appointment with Dr [[PERSON|Haldane]] at Brookfield Dental on Thu [[DATE|26 Nov]] at 09:15. Reply C to confirm. Ref BK77210.`,
  ],
  [
    'sms-reminder',
    `Kia ora [[PERSON|Hinewai]], [[PERSON|Tūmanako]] is due his 15-month immunisations. Please book at Kāpiti Family Health by [[DATE|4 December 2026]]. Ngā mihi.`,
  ],
  [
    'chemo-day-unit',
    `Infusion Center — Chair [[MRN|14]]\n[[DATE|11/23/2026]]   [[PERSON|Evangeline Strathairn]], MRN [[MRN|55017392]]\nC3D1 pembrolizumab 200 mg IV over 30 min. TSH 2.1, LFTs normal. Tolerated well, no reaction.\nInfusion RN: [[PERSON|Thao Wojtowicz]]`,
  ],
  [
    'chemo-day-unit',
    `Chemo day unit phone triage [[DATE|20/11/2026]]: [[PERSON|Geraint Vosper]], day 8 of FEC, temp 38.3 at home. Advised to attend now for the neutropenic sepsis pathway. Wife [[PERSON|Elin]] ([[PHONE|01632 960245]]) driving; car reg [[PLATE|WR19 KXP]] left with security for the bay.`,
  ],
  [
    'memory-clinic',
    `Memory Clinic — [[DATE|18 November 2026]]\n[[PERSON|Ambrose Delahunty]], 81. ACE-III 71/100 (memory 12/26). Informant: wife [[PERSON|Verity Delahunty]]. MRI: bilateral hippocampal atrophy. Dx: mild Alzheimer's dementia. Started donepezil 5 mg. Advised to inform the DVLA. Clinic no. [[MRN|MC-30184]].`,
  ],
  [
    'memory-clinic',
    `Memory clinic leaflet: bring a relative or friend who knows you well; bring your glasses and hearing aids; the appointment takes about 90 minutes; you may be asked to draw a clock and to remember a made-up name and address, which are used only for the test.`,
  ],
  [
    'stoma-care',
    `Stoma care clinic [[DATE|11/19/2026]]. [[PERSON|Desmond Brzezinski-Pierce]], 6 wks post loop ileostomy. Output 1.2 L/day, peristomal skin moist and excoriated at 6 o'clock. Switched to convex one-piece with a barrier ring. Supplies delivered to [[ADDRESS|88 Linden Avenue, Bloomfield, NJ 07003]]; home phone [[PHONE|(973) 555-0134]]. WOC nurse: [[PERSON|Pilar Arbuthnot]]`,
  ],
  [
    'stoma-care',
    `Ostomy supplies reorder — customer [[PERSON|Hugo Quarrie]], account login [[ACCOUNT|hquarrie]], deliver to [[ADDRESS|5 Kiln Lane, Frome BA11 3PQ]], NHS no. [[INSURANCE_ID|999 602 4741]]. Order no. OS-418830. Next delivery due [[DATE|7 December 2026]].`,
  ],
  [
    'pain-clinic',
    `Pain Management Clinic\n[[PERSON|Roisin Gaffikin]], DOB [[DATE|22/07/1979]], hospital no [[MRN|PM441907]]. Chronic low back pain for 4 years, BPI interference 6/10. Plan: radiofrequency denervation L4–S1 listed for [[DATE|9 December 2026]]; pain management programme referral. Seen by Dr [[PERSON|Emeka Fitzwilliam]].`,
  ],
  [
    'pain-clinic',
    `Pain clinic opioid agreement (template): I will take my medicine only as prescribed; I will get opioid prescriptions from one clinic and one pharmacy; I will not drive if I feel drowsy; lost prescriptions will not be replaced early.`,
  ],
  [
    'speech-therapy',
    `Speech & Language Therapy — bedside swallow\nWard 3, bed [[MRN|11]]: [[PERSON|Ivor Wagstaffe]], day 2 post left MCA stroke. Wet voice after 5 mL water. Plan: NBM except mouth care, VFSS requested for [[DATE|24/11/2026]]. SLT: [[PERSON|Bethan Goodbody-Oakes]]`,
  ],
  [
    'speech-therapy',
    `Pediatric speech therapy progress report — client [[PERSON|Juniper Ravindran-Eastabrook]], age 5, session [[DATE|11/17/2026]]: /s/ in initial position 80% accurate at word level. Home practice sent via the parent portal (login [[ACCOUNT|jre_parent]]) and to [[EMAIL|ravindraneastabrook.family@example.org]]. Therapist: [[PERSON|Marisa Zouch]], CCC-SLP`,
  ],
];

export function generateDeidHoldout15(): LabelledRecord[] {
  return holdoutRecords('h15', zh, en);
}

export const DEID_HOLDOUT_15_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/labelled/deid-holdout-15.jsonl',
);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const records = generateDeidHoldout15();
  writeFileSync(DEID_HOLDOUT_15_PATH, renderJsonl(records));
  console.log(`wrote ${records.length} records to ${DEID_HOLDOUT_15_PATH}`);
}
