import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { holdoutRecords, type LabelledRecord, renderJsonl } from './generate-deid.ts';

/**
 * The ROUND-33 fresh held-out de-identification set (data/labelled/deid-holdout-33.jsonl): hand-written
 * snippets with hand-placed spans, marked inline as [[TYPE|text]] (parseMarked strips the marks and
 * records UTF-16 offsets). Written by a separate annotator who did not read the recognizer code and
 * never ran a recognizer on these snippets; it must not be used to adjust the recognizers.
 *
 * About four fifths are the everyday documents of a general hospital and the messages of its patients
 * (admission, progress and discharge notes, outpatient notes, letters and dialogues, referrals and
 * consult requests, handovers, nursing notes, lab, pathology and imaging reports, prescriptions and
 * labels, consent, billing papers, online consultations, patient messages and e-mails, family chats and
 * SMS reminders), in new wording; about a fifth come from settings no earlier round listed as a genre:
 * lupus clinics, thalassaemia clinics, cystic fibrosis clinics, voice clinics and myasthenia gravis
 * clinics.
 *
 * Identifiers are synthetic: resident IDs carry a valid GB 11643 check character and a region code, sex
 * digit and birth date consistent with the text (15-digit IDs likewise), bank cards a valid Luhn digit,
 * NHS numbers are in the 999 test range with their modulus-11 digit, the Australian Medicare numbers
 * pass their check digit, the OHIP numbers their Luhn digit, the NZ NHIs their check digit, the Hong
 * Kong identity card its bracketed check character and the South African ID its Luhn digit; the US SSN
 * is in the 987-65-432x advertising range. Phones are random mainland mobiles or fictional ranges (North
 * American 555-01xx, UK 07700 900xxx, Australian 5550 xxxx landlines); mail and web hosts are
 * example.*; IP addresses come from the documentation ranges.
 *
 * Span conventions are those stated in data/labelled/deid-holdout-32.card.yaml; the decisions new in
 * this round are stated in data/labelled/deid-holdout-33.card.yaml.
 */
const zh: Array<[string, string]> = [
  [
    'admission',
    `消化内科入院记录\n姓名：[[PERSON|龚秀琴]]　女　63岁\n身份证号：[[ID_CARD|440106196305172544]]\n现住址：[[ADDRESS|广州市天河区体育东路116号天誉花园3座1407]]\n入院时间：[[DATE|2026年11月20日]] 09:40\n主诉：反复上腹痛2月，黑便1天。\n住院号：[[MRN|XH-2611-03927]]　床号：[[MRN|42]]床\n联系人：丈夫 [[PERSON|黎国栋]]　[[PHONE|15890388124]]`,
  ],
  [
    'admission',
    `老年科今晨收治[[PERSON|滕凤英]]，[[AGE|96]]岁，身份证[[ID_CARD|330106301122638]]，跌倒后右髋疼痛，X线示股骨颈骨折，住[[ADDRESS|杭州市西湖区文三路317号颐景苑4幢2单元301]]，平素由保姆[[PERSON|卓春梅]]照顾，孙子[[PERSON|滕皓宇]]签字，电话[[PHONE|13171981317]]，住院号[[MRN|0726418]]，入院[[DATE|11月22日]]。`,
  ],
  [
    'admission',
    `神经内科入院｜[[PERSON|帕提古丽·吐尔逊]]｜女｜51岁｜住院号 [[MRN|SN5530861]]｜[[MRN|9]]床｜主诉：突发左侧肢体无力4小时｜家属：女儿[[PERSON|阿瓦古丽]]（翻译）｜入院日期 [[DATE|2026-11-21]]｜NIHSS 6分`,
  ],
  [
    'progress-note',
    `查房记录 [[DATE|2026-11-22]]\n[[PERSON|焦]]主任查房：患者[[PERSON|冉德海]]今日体温37.6℃，痰培养回报肺炎克雷伯菌，继续哌拉西林他唑巴坦q8h。患者爱人[[PERSON|汪丽萍]]诉夜间咳嗽加重。\n记录者：[[PERSON|毛思远]]`,
  ],
  [
    'progress-note',
    `术后第3天，[[MRN|27]]床[[PERSON|诸葛文博]]引流量40ml，淡血性，切口干燥。已告知其妹[[PERSON|诸葛雯]]明日拔管。血红蛋白102g/L，白蛋白31g/L。——[[PERSON|宁]]医生`,
  ],
  [
    'progress-note',
    `心内科病程｜[[DATE|11月23日]]｜患者[[PERSON|萨日朗]]（蒙古族）｜[[AGE|91]]岁｜NT-proBNP 8620 pg/ml｜今日尿量1800ml｜外孙[[PERSON|巴图孟克]]陪护｜上级医师[[PERSON|司马]]主任意见：继续利尿，明日复查电解质`,
  ],
  [
    'discharge',
    `出院小结\n患者[[PERSON|覃美玲]]，女，44岁，于[[DATE|2026年11月14日]]收住，[[DATE|2026年11月23日]]出院。\n出院诊断：急性结石性胆囊炎（已行腹腔镜下胆囊切除）。\n病案号：[[MRN|B2611-6038]]\n出院带药：熊去氧胆酸250mg bid。\n随访电话：[[PHONE|18531719510]]（本人）`,
  ],
  [
    'discharge',
    `出院须知：回家后两周内避免提重物，伤口保持干燥，洗澡时用防水贴；如出现发热超过38.5℃、伤口渗液或腹痛加剧，请及时到急诊就诊。出院后第7天到换药室拆线。`,
  ],
  [
    'discharge',
    `[[PERSON|容桂芝]]老人[[AGE|93]]岁，身份证[[ID_CARD|450103330809034]]，肺部感染治愈，今日出院，由侄女[[PERSON|容晓燕]]接回[[ADDRESS|南宁市青秀区民族大道88号凤岭小区7栋502]]，嘱[[DATE|12月8日]]呼吸科复诊，住院号[[MRN|NN-085512]]。`,
  ],
  [
    'outpatient',
    `门诊病历\n就诊日期：[[DATE|2026-11-23]]\n姓名：[[PERSON|钮志刚]]　门诊号：[[MRN|MZ26118803]]\n医保卡号：[[INSURANCE_ID|9615633672]]\n主诉：双膝痛3年，加重1周。\n查体：双膝骨擦感(+)，浮髌试验(-)。\n处理：氨基葡萄糖，理疗，[[DATE|12月]]复诊。\n医师：[[PERSON|靳]]`,
  ],
  [
    'outpatient',
    `（门诊对话转写）\n医生：您是患者什么人？\n家属：我是她儿媳妇，我叫[[PERSON|缪晓红]]。我婆婆叫[[PERSON|边玉珍]]，[[DATE|1934年2月9日]]生的，今年[[AGE|92]]了。\n医生：住哪里？\n家属：[[ADDRESS|西安市雁塔区小寨东路233号曲江花园11号楼1802]]。\n医生：最近吃饭怎么样？\n家属：吃得少，老说胸口闷。`,
  ],
  [
    'outpatient',
    `儿科门诊｜[[PERSON|龙雨萱]]（小名[[PERSON|欣欣]]）｜女｜4岁｜就诊卡 [[MRN|EK 4417 2093]]｜发热2天，最高39.2℃｜咽部充血｜母亲[[PERSON|杜佳]] [[PHONE|15363891005]]｜身份证 [[ID_CARD|430104202206112128]]`,
  ],
  [
    'referral',
    `社区上转单\n姓名：[[PERSON|柏永福]]　男　67岁\n身份证：[[ID_CARD|34010419590130221X]]\n住址：[[ADDRESS|合肥市蜀山区长江西路471号安居苑15栋603]]\n转出单位：蜀山区南七街道社区卫生服务中心\n转诊理由：血糖控制差，糖化血红蛋白10.4%\n转诊医生：[[PERSON|姬雅琴]]　日期：[[DATE|2026年11月21日]]`,
  ],
  [
    'referral',
    `会诊申请单：请眼科会诊。普外科[[MRN|16]]床[[PERSON|岳海波]]，糖尿病史15年，视物模糊2周，请协助评估眼底。申请医师：[[PERSON|全]]医生，[[DATE|11月23日]]。`,
  ],
  [
    'referral',
    `转诊信\n尊敬的[[PERSON|亨德森]]医生：\n现转诊患者[[PERSON|奥利维亚·米勒]]（[[PERSON|Olivia Miller]]），美籍，护照号[[PASSPORT|661528437]]，在我院诊断为乳腺导管原位癌，拟回国手术。其丈夫[[PERSON|孔德明]]陪同，国内住址[[ADDRESS|厦门市思明区鹭江道52号海景公寓2105]]。\n[[PERSON|上官敏]]　乳腺外科　[[DATE|2026年11月22日]]`,
  ],
  [
    'handover',
    `夜班交班\n床号  姓名     年龄  情况\n[[MRN|3]]     [[PERSON|阚玉梅]]   [[AGE|95]]    夜间躁动，已约束\n[[MRN|5]]     [[PERSON|热孜万古丽]]   58    术后，引流通畅\n7     空床\n[[MRN|11]]    [[PERSON|牛春生]]   72    血压偏低，已报告[[PERSON|晏]]医生`,
  ],
  [
    'handover',
    `（口头交班录音转写）嗯……然后[[MRN|十五]]床那个[[PERSON|佘]]……[[PERSON|佘建华]]，胸痛复查肌钙蛋白还没出来；[[MRN|十八]]床小朋友[[PERSON|糖宝]]，就是[[PERSON|明天乐]]，今天退烧了；还有那个法国人[[PERSON|Julien Marchetti]]在[[MRN|二十]]床，明天做胃镜，要禁食。`,
  ],
  [
    'handover',
    `急诊抢救室交班｜抢[[MRN|2]]：[[PERSON|郝]]阿婆（[[PERSON|郝桂香]]），[[AGE|94]]岁，COPD急性加重，无创通气中｜抢3：无名氏男，约40岁，醉酒外伤，待家属｜抢[[MRN|5]]：[[PERSON|戚志军]]，急性心梗，已通知导管室`,
  ],
  [
    'nursing-note',
    `护理记录单\n[[DATE|2026-11-22]] 20:00　[[PERSON|单秀兰]]　[[AGE|92]]岁　[[MRN|33]]床　T 36.8℃ P 82次/分 BP 128/76mmHg，疼痛评分3分，予热敷。\n[[DATE|2026-11-23]] 02:00　患者入睡，SpO2 96%。\n护士：[[PERSON|邝小雨]]`,
  ],
  [
    'nursing-note',
    `预防跌倒温馨提示：起床要慢：醒后先躺半分钟，再坐起半分钟，站稳半分钟后再走；夜间开小夜灯，穿防滑鞋；需要帮助请按呼叫铃。`,
  ],
  [
    'nursing-note',
    `居家护理随访｜[[DATE|11月21日]]｜[[PERSON|格桑曲珍]]｜女｜[[AGE|90]]岁｜身份证 [[ID_CARD|540102360405710]]｜住址 [[ADDRESS|拉萨市城关区北京中路63号吉日小区2栋1单元4号]]｜骶尾部压疮Ⅱ期，已换药｜家属：外孙女[[PERSON|央宗卓嘎]] [[PHONE|18568731853]]`,
  ],
  [
    'lab-report',
    `检验报告单\n姓名：[[PERSON|闵建业]]　性别：男　年龄：59岁\n病历号：[[MRN|0038 6614 72]]　科室：肾内科　床号：[[MRN|8]]\n标本号：[[MRN|Y8830162]]\n采样时间：[[DATE|2026-11-23]] 06:30\n肌酐 186 μmol/L ↑　尿素 11.2 mmol/L ↑　钾 5.4 mmol/L ↑\n审核：[[PERSON|蒲晓东]]`,
  ],
  [
    'lab-report',
    `病理诊断报告\n病理号：[[MRN|P26-07781]]　姓名：[[PERSON|饶淑芬]]　女　47岁\n送检：子宫肌瘤剔除标本\n镜下：梭形细胞束状排列，未见核分裂增多。\n诊断：子宫平滑肌瘤。\n报告医师：[[PERSON|麦]]　[[DATE|2026年11月22日]]`,
  ],
  [
    'lab-report',
    `危急值报告｜[[DATE|2026-11-23]] 04:12｜患者[[PERSON|童福林]]｜[[AGE|97]]岁｜住院号[[MRN|ZY0651203]]｜血钾 2.6 mmol/L｜接报护士[[PERSON|荀丽]]｜已报告值班医生[[PERSON|慕]]`,
  ],
  [
    'imaging-report',
    `CT检查报告\n检查号：[[MRN|CT-8815477]]　门诊号：[[MRN|MZ0827734]]\n姓名：[[PERSON|仇家骏]]　男　38岁\n检查日期：[[DATE|2026年11月23日]]\n所见：左肾下极见约6mm高密度影，左输尿管上段扩张。\n印象：左肾结石伴轻度积水。`,
  ],
  [
    'imaging-report',
    `超声号[[MRN|US-7146620]]，[[PERSON|葛]]老太（[[PERSON|葛翠华]]），[[AGE|92]]岁，甲状腺右叶结节约1.2×0.9cm，TI-RADS 4a类，与[[DATE|2026年5月]]比较增大约2mm。`,
  ],
  [
    'imaging-report',
    `MRI报告｜[[PERSON|白玛]]（藏族）｜住院号 [[MRN|TB-260347]]｜检查 [[DATE|11/22]]｜腰4/5椎间盘突出，压迫左侧神经根｜审核医师 [[PERSON|欧阳]]`,
  ],
  [
    'prescription',
    `处方笺\n门诊号：[[MRN|0512-77420]]　处方号：[[MRN|CF26112300381]]\n姓名：[[PERSON|扈明哲]]　男　33岁\n身份证：[[ID_CARD|320508199308299832]]\nRp：阿莫西林胶囊 0.5g 每日三次 共5日\n医师：[[PERSON|薄]]　药师：[[PERSON|祁子涵]]`,
  ],
  [
    'prescription',
    `精二类处方｜患者[[PERSON|褚金凤]]｜女｜71岁｜代办人：儿子[[PERSON|褚卫平]]，身份证[[ID_CARD|120101197903120216]]，住[[ADDRESS|天津市和平区南京路219号云琅大厦12层1205]]｜曲马多缓释片100mg×14｜处方日期[[DATE|2026-11-22]]`,
  ],
  [
    'prescription',
    `药品配送单\n收件人：[[PERSON|练志强]]　[[PHONE|18970673511]]\n地址：[[ADDRESS|长春市朝阳区红旗街1355号]]\n[[ADDRESS|红旗家园8号楼2单元1101]]\n处方号：[[MRN|YP-9052-1176]]　医保卡：[[INSURANCE_ID|299731417927]]\n配送员：[[PERSON|栾]]师傅`,
  ],
  [
    'consent',
    `手术知情同意书\n患者：[[PERSON|尚立群]]　住院号：[[MRN|WK-53019]]\n拟行手术：腹股沟疝无张力修补术\n患者签字：[[PERSON|尚立群]]　家属签字：[[PERSON|尚子豪]]（儿子）\n谈话医生：[[PERSON|贺庆山]]　日期：[[DATE|2026年11月23日]]`,
  ],
  [
    'consent',
    `本人[[PERSON|鲍淑贞]]，[[AGE|98]]岁，身份证[[ID_CARD|210102281014828]]，因年事已高，授权外孙[[PERSON|吕子轩]]（身份证[[ID_CARD|210102199406279354]]，电话[[PHONE|13605420355]]）代为签署医疗文书。`,
  ],
  [
    'consent',
    `输血治疗同意书｜患者[[PERSON|车海燕]]｜血型 B型Rh(+)｜拟输注悬浮红细胞2U｜患者签名 [[PERSON|车海燕]]｜医生 [[PERSON|殷]]｜[[DATE|2026.11.22]]`,
  ],
  [
    'billing',
    `住院费用清单\n姓名：[[PERSON|贝志宏]]　住院号：[[MRN|ZY2611-7751]]\n医保号：[[INSURANCE_ID|3960515384]]\n住院期间：[[DATE|2026-11-10]] 至 [[DATE|2026-11-21]]\n合计：18,642.35元　统筹支付：12,810.00元　个人自付：5,832.35元\n结算单号：JS202611210887`,
  ],
  [
    'billing',
    `退费申请｜[[PERSON|景玉兰]]｜就诊卡号 [[MRN|JZ66120937]]｜退费金额 360.00元｜原路退回银行卡 [[BANK_CARD|6222485580766919731]]｜发票号 0048812735｜申请日期 [[DATE|2026-11-23]]`,
  ],
  [
    'billing',
    `商业保险理赔申请：被保险人[[PERSON|邬晨曦]]，身份证[[ID_CARD|310104198802035564]]，保单号[[INSURANCE_ID|PA-2026-33810742]]，住院日期[[DATE|11月3日]]至[[DATE|11月9日]]，理赔款请转入[[BANK_CARD|6217 7366 1388 0421]]，邮箱[[EMAIL|wcx_claims@example.cn]]。`,
  ],
  [
    'online-consult',
    `线上图文咨询\n咨询单号：[[MRN|WZ202611230051]]\n患者：[[PERSON|訾雨桐]]　女　29岁\n身份证：[[ID_CARD|410105199709216007]]\n所在地：[[ADDRESS|郑州市金水区经三路68号金水花园9号楼]]\n问题：孕12周，甲功TSH 4.8，需要吃药吗？\n访问IP地址：[[IP|203.0.113.236]]`,
  ],
  [
    'online-consult',
    `（视频复诊转写）医生：请问是谁在看？答：我是[[PERSON|邓丽娟]]，帮我爸爸[[PERSON|邓福全]]问的，他[[AGE|91]]岁了，上次来是[[DATE|10月17日]]，复诊号[[MRN|FZ-0448]]。医生：现在血压多少？答：早上148/82。`,
  ],
  [
    'online-consult',
    `续方申请｜[[PERSON|晁国庆]]｜身份证 [[ID_CARD|360102196207044455]]｜地址 [[ADDRESS|南昌市东湖区八一大道357号省府大院6栋201]]｜微信号 [[ACCOUNT|chao_gq1962]]｜二甲双胍0.5g tid｜IP [[IP|203.0.113.42]]`,
  ],
  [
    'patient-message',
    `[[PERSON|司徒]]医生您好，我是上周三看您门诊的[[PERSON|鞠海涛]]，门诊号[[MRN|MZ-660918]]，您让我做的胃镜约在[[DATE|12月2日]]，请问之前要停阿司匹林吗？我的微信[[ACCOUNT|jht_0705]]。`,
  ],
  [
    'patient-message',
    `感谢信：我父亲[[PERSON|伍长林]]今年[[AGE|90]]岁，[[DATE|11月上旬]]在贵院心内科住院，[[PERSON|庞]]主任和护士小[[PERSON|阮]]非常耐心。特此致谢！——女儿[[PERSON|伍静]]，[[PHONE|18107807658]]`,
  ],
  [
    'patient-message',
    `申请复印病历：本人[[PERSON|武振东]]，身份证[[ID_CARD|130102197111289572]]，[[DATE|2026年9月]]在骨科住院，住院号[[MRN|GK-095527]]。请邮寄至[[ADDRESS|石家庄市长安区中山东路641号东胜紫御府3-2-901]]，电话[[PHONE|13991620904]]，邮箱[[EMAIL|wzd_1971@example.com]]。`,
  ],
  [
    'family-chat',
    `【“外婆住院”群】\n[[PERSON|沐瑶]]：外婆今天转到[[MRN|12]]床了\n[[PERSON|骁然]]：@[[PERSON|沐瑶]] 医生怎么说\n二舅：明早我开车过去，车牌[[PLATE|湘AN819N]]\n[[PERSON|沐瑶]]：[[PERSON|谭]]医生说再观察两天`,
  ],
  [
    'family-chat',
    `【相亲相爱一家人🏠】\n[[PERSON|雅琳]]：爸今天去透析了吗\n大嫂：去了，[[PERSON|何]]阿姨陪的\n[[PERSON|雅琳]]：爷爷下周[[AGE|95]]岁生日，还办吗\n大哥：办，我车[[PLATE|粤BD09027]]接他`,
  ],
  [
    'family-chat',
    `[[PERSON|阿彬]]：妈的CT约好了，[[DATE|11月25日]]上午\n[[PERSON|禾禾]]：我请假陪她去\n[[PERSON|阿彬]]：记得带医保卡`,
  ],
  [
    'sms-reminder',
    `【市一医院】[[PERSON|杭]]先生您好，您预约的[[DATE|11月26日]]上午9:30肠镜检查，请前一天晚8点起禁食并按说明服用泻药。详见 [[URL|https://jc.example.cn/cj/2611]]`,
  ],
  [
    'sms-reminder',
    `【某某医院】尊敬的患者：因院内道路施工，11月24日至30日东门停车场暂停使用，请从南门进入，给您带来不便敬请谅解。`,
  ],
  [
    'sms-reminder',
    `【妇幼保健院】[[PERSON|语菲]]您好，您的宝宝应于[[DATE|12月3日]]接种百白破第三剂，请携带接种本。`,
  ],
  [
    'lupus-clinic',
    `狼疮专病门诊｜[[PERSON|卜晓燕]]｜女｜32岁｜门诊号 [[MRN|LC-8843]]｜医保卡号 [[INSURANCE_ID|6771240584]]｜SLEDAI 8分，抗dsDNA 312 IU/ml，C3 0.47g/L｜羟氯喹0.2g bid，泼尼松10mg qd｜[[DATE|12月20日]]复查`,
  ],
  [
    'lupus-clinic',
    `狼疮肾炎随访：[[PERSON|雍丽华]]，身份证[[ID_CARD|520103199002183507]]，住[[ADDRESS|贵阳市云岩区中华北路225号黔灵山庄5栋902]]，24h尿蛋白1.8g，肾穿刺日期[[DATE|2026年10月12日]]，病理号[[MRN|RB26-0331]]，其母[[PERSON|雍秀珍]]陪诊。`,
  ],
  [
    'thalassaemia-clinic',
    `地贫专科门诊\n姓名：[[PERSON|韦俊杰]]　男　9岁\n身份证：[[ID_CARD|450103201704031577]]\n诊断：重型β地中海贫血\n输血前Hb 72g/L，铁蛋白2860ng/ml，去铁酮75mg/kg/d\n上次输血：[[DATE|2026-11-02]]　下次输血：[[DATE|2026-11-30]]\n父亲：[[PERSON|韦振华]] [[PHONE|15075700215]]`,
  ],
  [
    'thalassaemia-clinic',
    `地贫基因咨询｜夫妻双方[[PERSON|梁宇]]、[[PERSON|陆思敏]]均为α地贫携带者｜孕16周｜产前诊断号 [[MRN|CQ-26-1184]]｜羊水穿刺约在[[DATE|11月28日]]`,
  ],
  [
    'cystic-fibrosis-clinic',
    `囊性纤维化门诊：患儿[[PERSON|费天佑]]，男，7岁，汗液氯离子98mmol/L，CFTR基因复合杂合突变，痰培养铜绿假单胞菌。病历号[[MRN|CF-000218]]。母亲[[PERSON|聂婉清]]，电话[[PHONE|19962384132]]。下次随访[[DATE|2027年1月]]。`,
  ],
  [
    'cystic-fibrosis-clinic',
    `CF多学科随访｜[[PERSON|张伊娜]]（父亲为英国人，英文名[[PERSON|Ina Fairbrook]]）｜14岁｜FEV1 68%预计值｜营养科：BMI 16.1｜住院号 [[MRN|RC2611-4420]]｜[[DATE|11月22日]]`,
  ],
  [
    'voice-clinic',
    `嗓音门诊｜[[PERSON|蔺婷婷]]｜女｜36岁｜小学教师｜声音嘶哑3月｜喉镜：双侧声带小结｜门诊号 [[MRN|SY0977215]]｜嗓音治疗师 [[PERSON|聂慧珊]]｜[[DATE|2026-11-23]]`,
  ],
  [
    'voice-clinic',
    `嗓音保健小贴士：每天饮水1500–2000毫升，避免长时间大声讲话和清嗓，少吃辛辣，戒烟限酒；上课时可使用扩音器，课间让嗓子休息。`,
  ],
  [
    'myasthenia-clinic',
    `重症肌无力门诊：[[PERSON|戈振宇]]，男，58岁，身份证[[ID_CARD|140105196809097958]]，眼睑下垂伴复视半年，AChR抗体阳性，QMG评分9分，溴吡斯的明60mg tid，胸腺CT[[DATE|11月30日]]，妻子[[PERSON|邢爱华]]，[[PHONE|15283008680]]。`,
  ],
  [
    'myasthenia-clinic',
    `MG随访｜[[PERSON|娜仁花]]｜女｜[[AGE|90]]岁｜身份证 [[ID_CARD|150102360115172]]｜住址 [[ADDRESS|呼和浩特市新城区新华大街27号北垣小区3号楼201]]｜吞咽费力，他克莫司血药浓度6.2ng/ml｜曾孙[[PERSON|乌恩]]陪诊`,
  ],
  [
    'outpatient',
    `内分泌门诊复诊记录：患者[[PERSON|钟]]阿姨（[[PERSON|钟月娥]]），身份证[[ID_CARD|230103195508214668]]，家住[[ADDRESS|哈尔滨市南岗区西大直街312号工大家属楼5单元601]]，门诊号[[MRN|NF-2611-3380]]，糖化血红蛋白7.9%，空腹8.6mmol/L，胰岛素甘精18U qn。老伴[[PERSON|曲宝山]]负责打针，女儿[[PERSON|曲艳]]电话[[PHONE|17334348990]]。下次[[DATE|2027年1月]]。`,
  ],
  [
    'admission',
    `骨科急诊收入｜[[PERSON|柴永年]]｜男｜[[AGE|93]]岁｜身份证 [[ID_CARD|370202193303165998]]｜住址 [[ADDRESS|青岛市市南区香港中路133号海韵名邸A座2603]]｜住院号 [[MRN|QD26-110573]]｜[[MRN|6]]床｜入院 [[DATE|2026-11-23]] 01:15｜陪护：孙女婿[[PERSON|Marco Bellini]]（意大利籍）、孙女[[PERSON|柴筱雨]]｜经治医生 [[PERSON|温]]`,
  ],
];

const en: Array<[string, string]> = [
  [
    'admission',
    `ADMISSION NOTE — General Medicine\nPatient: [[PERSON|Lorraine Swithinbank]]   DOB [[DATE|04/19/1951]]   MRN [[MRN|771-204-38]]\nAdmitted [[DATE|11/22/2026]] via ED with a left lower lobe pneumonia. CURB-65 of 2.\nInsurance: Humana ID [[INSURANCE_ID|H58213907]]\nRoom [[MRN|614]]B. Next of kin: brother [[PERSON|Desmond Aldersey]] [[PHONE|(412) 555-0137]]`,
  ],
  [
    'admission',
    `Medical admission, clerked by FY2 [[PERSON|Anwen]] on [[DATE|21 November]]. Mrs [[PERSON|Gwladys Cheverton]], [[AGE|95]], NHS [[INSURANCE_ID|999 714 4015]], from [[ADDRESS|Flat 2, 17 Pendre Avenue, Cardigan SA43 1JT]]. Fall at home, long lie. Carer [[PERSON|Bronwen]] found her; nephew [[PERSON|Huw Cheverton]] is next of kin.`,
  ],
  [
    'admission',
    `Surgical admission, Royal Perth. [[PERSON|Kieran Maddigan]], 58, UR [[MRN|00671288]], Medicare [[INSURANCE_ID|2240 30717 2]]. Address: [[ADDRESS|14 Jacaranda Way, Bassendean WA 6054]]. Small bowel obstruction, NG tube on free drainage. Partner [[PERSON|Shae]] aware, [[PHONE|(08) 5550 3318]].`,
  ],
  [
    'progress-note',
    `Day 3 progress — [[PERSON|Wilhelmina Kwarteng]], room [[MRN|308]]. Afebrile, WCC down to 11.2. Tolerating diet. Husband [[PERSON|Kwabena]] asked about going home Friday [[DATE|27th]]. Plan discussed with Dr [[PERSON|Ugarte]].\n— [[PERSON|R. Vanderhoek]], MD`,
  ],
  [
    'progress-note',
    `Ward round [[DATE|23/11]]: Bed [[MRN|14]] — [[PERSON|DINSMORE, Maureen]], [[AGE|93]]. Delirium settling, eating a little. Bed 15 empty. Bed [[MRN|16]] — [[PERSON|FARRINGTON, Stuart]], AKI improving, creatinine 142. Jobs for [[PERSON|Ollie]] (FY1): bloods, fluids review.`,
  ],
  [
    'progress-note',
    `ICU progress, Wellington. [[PERSON|Hemi Rautahi]], NHI [[INSURANCE_ID|TMP0554]]. Extubated 06:00 on [[DATE|22/11/2026]]. Noradrenaline off. Sister [[PERSON|Marama]] and her husband [[PERSON|Drew]] visited. Reg: Dr [[PERSON|Priyanka Aucott]]`,
  ],
  [
    'discharge',
    `DISCHARGE SUMMARY\nName: [[PERSON|Ezekiel Montford]]   Age: [[AGE|90]]   MRN: [[MRN|60-33-1194]]\nAdmit [[DATE|11/14/2026]] — D/C [[DATE|11/21/2026]]\nDx: NSTEMI, DES to LAD.\nPCP: Dr. [[PERSON|Harriet Cundall]]\nHome: [[ADDRESS|2290 Quail Hollow Rd, Lexington, KY 40513]]`,
  ],
  [
    'discharge',
    `After your new hip: the dressing must stay dry for ten days, stay on the walking frame till the physiotherapist says you're ready, and never sit with your legs crossed. Ring the ward if the scar turns red or weeps.`,
  ],
  [
    'discharge',
    `Discharge letter, Hamilton General (Ontario). [[PERSON|Agnes Boisvert]], [[AGE|97]], OHIP [[INSURANCE_ID|7379-847-945]] ZK. Treated for urosepsis. Returning to [[ADDRESS|48 Birchmount Crescent, Hamilton, ON L8K 2R6]] with granddaughter [[PERSON|Chloé]] staying for a week.`,
  ],
  [
    'outpatient',
    `Rheumatology follow-up [[DATE|23 Nov 2026]]. Mr [[PERSON|Tobias Margetson]], Hosp No [[MRN|RF0442197]]. Gout flares x2 since June; urate 0.46. Increase allopurinol to 300 mg. Review [[DATE|March 2027]]. Lives at [[ADDRESS|3 Tannery Yard, Kendal LA9 4HJ]]. cc GP Dr [[PERSON|Ouseley]]`,
  ],
  [
    'outpatient',
    `(Transcribed GP consult, Cork)\nGP: Can I just check your birthday?\nPatient: The [[DATE|second of July 1948]]. [[PERSON|Bridie Halloway]].\nGP: Still at [[ADDRESS|7 Ardnalee Terrace, Blackrock, Cork T12 KX84]]?\nPatient: I am, with my son [[PERSON|Colm]].`,
  ],
  [
    'outpatient',
    `Paeds clinic, Adelaide: [[PERSON|Jarrah Hindmarsh]] ("[[PERSON|Jaz]]"), 6, UR [[MRN|A0391172]], Medicare [[INSURANCE_ID|6130 93594 3]]. Recurrent wheeze. Dad [[PERSON|Callum]] says spacer used twice daily. Review [[DATE|February]].`,
  ],
  [
    'referral',
    `Referral to Endocrinology\nRe: [[PERSON|Priscilla Lancelyn]], DOB [[DATE|09/02/1979]]\n[[ADDRESS|1186 Larkspur Meadow Dr]]\n[[ADDRESS|Boise, ID 83714]]\nAetna member ID [[INSURANCE_ID|W904417261]]\nCell [[PHONE|(208) 555-0182]]\nTSH <0.01, FT4 48. Thank you for seeing her. — Dr. [[PERSON|M. Zeidler]]`,
  ],
  [
    'referral',
    `2WW referral (suspected head & neck cancer). [[PERSON|Gerald Drabble]], NHS [[INSURANCE_ID|999 221 0044]], [[ADDRESS|22 Fernlea Road, Burnley BB11 4JQ]]. Hoarse for 8 weeks, ex-smoker. Referred by Dr [[PERSON|Kenward]] on [[DATE|20/11/2026]].`,
  ],
  [
    'referral',
    `Cardiology referral, Christchurch. [[PERSON|Losa Tomoana]], NHI [[INSURANCE_ID|NUW7712]], 61, of [[ADDRESS|9 Rimu Place, Hornby, Christchurch 8042]]. Exertional chest tightness. Wife [[PERSON|Tina]] attends. GP: Dr [[PERSON|Annelise Voigt]].`,
  ],
  [
    'handover',
    `NIGHT HANDOVER (4 West)\n[[MRN|401]]  [[PERSON|YARWOOD, Yvette]]   [[AGE|91]]  fall risk, bed alarm on\n[[MRN|402]]  [[PERSON|CARDEW, Thabo]]        77  chest drain, check swing\n403  —                          discharged 18:00\n[[MRN|404]]  [[PERSON|UPSHALL, Declan P]]    52  CIWA q4h`,
  ],
  [
    'handover',
    `(transcribed) ...okay so bed [[MRN|nine]] is Mr [[PERSON|Fjelstad]], sorry, [[PERSON|Anders Fjelstad]], post-op day one, pain's fine. Bed ten went home. Bed [[MRN|eleven]], little [[PERSON|Poppy]] — [[PERSON|Poppy Wakelin]] — her mum [[PERSON|Jess]] is staying over. And the guy in twelve we still don't have a name for.`,
  ],
  [
    'handover',
    `SBAR — S: Mrs [[PERSON|Edna Blackmoor]], [[AGE|94]], side room [[MRN|3]], new AF with rate 140. B: lives alone, daughter [[PERSON|Louise]] [[PHONE|07700 900841]]. A: NEWS 6. R: medical reg review, I've bleeped Dr [[PERSON|Hensby]].`,
  ],
  [
    'nursing-note',
    `Nursing note [[DATE|22/11]] 23:10. Mr [[PERSON|Roland Padfield]] ([[AGE|93]]) found on floor beside bed [[MRN|7]]. No head injury, obs stable, GCS 15. Son [[PERSON|Martin]] informed by phone. Incident form done. — [[PERSON|K. Yewdall]], RN`,
  ],
  [
    'nursing-note',
    `Keeping your skin healthy in hospital: shift your position every couple of hours, keep sheets dry and wrinkle-free, eat and drink well, and tell a nurse straight away about any sore or red area on your heels, hips or bottom.`,
  ],
  [
    'nursing-note',
    `District nurse visit, Tues [[DATE|24 Nov]]. [[PERSON|Myfanwy Bracegirdle]], [[AGE|92]], at [[ADDRESS|Bryn Awel, 3 Heol Senni, Brecon LD3 8AR]]. Leg ulcer dressings changed, Doppler ABPI 0.9. Neighbour [[PERSON|Gethin]] collects her prescriptions.`,
  ],
  [
    'lab-report',
    `CHEMISTRY REPORT\nPATIENT: [[PERSON|BAMIDELE, FUNMILAYO]]   MRN: [[MRN|88410327]]   RM [[MRN|512]]\nACCESSION: [[MRN|C26-3308142]]   COLLECTED: [[DATE|11/23/2026]] 05:15\nNA 128 L   K 3.1 L   GLU 211 H\nCRITICAL NA CALLED TO [[PERSON|J. PARIKH]] RN 06:02`,
  ],
  [
    'lab-report',
    `Histopathology — Lab ref [[MRN|H26/80394]]. Patient [[PERSON|Cormac Dillane]], Hosp No [[MRN|K229185]]. Received: elliptical skin excision from the left forearm. Nodular basal cell carcinoma, excised with clear margins (closest margin 2 mm). Reported by Dr [[PERSON|F. Lapworth]] [[DATE|22/11/2026]].`,
  ],
  [
    'lab-report',
    `INR result — [[PERSON|Neville Mallender]], [[AGE|90]], of [[ADDRESS|27 Grevillea Parade, Toowong QLD 4066]], lab episode [[MRN|77-4183209]], Medicare [[INSURANCE_ID|3901 59922 3]]. INR 4.1 (target 2–3). Wife [[PERSON|Dulcie]] told to withhold tonight's warfarin.`,
  ],
  [
    'imaging-report',
    `CT ABDO-PELVIS (IV CONTRAST)\nAccession [[MRN|RA9920614]]   Exam date [[DATE|11/22/2026]]\nPatient: [[PERSON|Raymond Iremonger]]   MRN [[MRN|4410-8827]]\nFindings: 4.8 cm infrarenal AAA, no leak. Compared with [[DATE|May 2025]] (4.3 cm).`,
  ],
  [
    'imaging-report',
    `CXR, [[PERSON|Winifred Stallard]], [[AGE|96]], NHS [[INSURANCE_ID|999 147 6415]], RIS [[MRN|R-5590146]]. Consolidation at the right base; small effusion. Reported [[DATE|23/11/2026]].`,
  ],
  [
    'imaging-report',
    `Ultrasound, Auckland: [[PERSON|Mereana Pohatu]], US no. [[MRN|US-55120]], gallbladder calculi with wall thickening, CBD 5 mm. Request from Dr [[PERSON|Tanvir]].`,
  ],
  [
    'prescription',
    `RX# [[MRN|8130597]]   [[DATE|11/23/26]]\n[[PERSON|RUDKIN, AUGUSTINE R]]\n[[ADDRESS|408 DOGWOOD TRL, ASHEVILLE NC 28804]]\nAMOXICILLIN 875MG TAB — TAKE 1 TABLET TWICE DAILY FOR 10 DAYS\nDR. [[PERSON|BRERETON-NAIK]]`,
  ],
  [
    'prescription',
    `TTO for [[PERSON|Iris Underhay]], [[AGE|90]] (Hosp [[MRN|M881372]]): apixaban 5 mg BD started [[DATE|21/11/2026]] for PE, continue at least 3 months, GP review [[DATE|February 2027]]. Pharmacist: [[PERSON|Sunita]].`,
  ],
  [
    'prescription',
    `e-Rx — Patient: [[PERSON|Dmitri Shcherbatov]]  DOB [[DATE|12/30/1966]]  UHC ID [[INSURANCE_ID|98871240-03]]  Rx ID [[MRN|ER-551082]]  Atorvastatin 40 mg nightly #90  Prescriber: [[PERSON|Shauna Varcoe]], NP`,
  ],
  [
    'consent',
    `Gastroscopy consent. Patient: [[PERSON|Ingrid Vikanes]], Norwegian passport [[PASSPORT|71851118]]. Interpreter: [[PERSON|Kari Aasland]]. Witness: [[PERSON|Bethany Scarlett]], RN. Signed [[DATE|11/23/2026]].`,
  ],
  [
    'consent',
    `Consent Form 4 — no capacity: [[PERSON|Cedric Norsworthy]], [[AGE|99]]. Best-interests decision for PEG placement, agreed with his niece [[PERSON|Hilary]], his attorney for health and welfare. Consultant: Dr [[PERSON|Ngozi Amadike]]. [[DATE|22/11/2026]]`,
  ],
  [
    'consent',
    `Tonsillectomy consent, Brisbane. Child: [[PERSON|Lachlan Birrell]], 5. Parent: [[PERSON|Kirra Birrell]] (mother), [[PHONE|(07) 5550 2241]], [[ADDRESS|31 Poinciana Street, Ashgrove QLD 4060]]. Risks incl. bleeding explained.`,
  ],
  [
    'billing',
    `STATEMENT [[DATE|11/20/2026]]\nPatient: [[PERSON|Marisol Ugarte]]   Acct [[MRN|PA-40091273]]\nGuarantor: [[PERSON|Iñaki Ugarte]], SSN [[ID_CARD|987-65-4325]]\nService dates [[DATE|10/30/2026]]–[[DATE|11/02/2026]]\nBalance due $1,284.60. Pay by Visa [[BANK_CARD|4810 0088 1951 9641]]\nRemit to: [[ADDRESS|PO Box 7719, Tulsa, OK 74157]]`,
  ],
  [
    'billing',
    `Invoice INV-2611-0093 (self-pay). Mr [[PERSON|Percival Eggleton]], [[ADDRESS|The Old Forge, Church Lane, Tetbury GL8 8JN]]. Knee arthroscopy [[DATE|12 November 2026]]. AXA PPP membership [[INSURANCE_ID|AX77120493]]. Paid by Mastercard [[BANK_CARD|5203 1606 5998 9442]]. Receipt to [[EMAIL|p.eggleton@example.co.uk]].`,
  ],
  [
    'billing',
    `Tax invoice — physiotherapy. Client [[PERSON|Tayla Tolhurst]], Medicare [[INSURANCE_ID|2424 33316 4]]. Service [[DATE|19/11/2026]], item 10960, fee $92.00. Paid Amex [[BANK_CARD|3722 619589 20835]]. ABN 51 824 753 556.`,
  ],
  [
    'online-consult',
    `Telehealth chat\n[[ACCOUNT|nightowl_mum22]]: hi, my son [[PERSON|Kai]] (DOB [[DATE|03/08/2021]]) started a seal-like cough overnight\nNP [[PERSON|Delphine Zendejas]]: Any stridor at rest?\n[[ACCOUNT|nightowl_mum22]]: no, only when crying\n(session IP [[IP|198.51.100.187]])`,
  ],
  [
    'online-consult',
    `Video review confirmed for [[PERSON|Aled Pridmore]] on Thursday [[DATE|3 December]] at 10:20. Join at [[URL|https://video.example.org.uk/r/8841]] — username [[ACCOUNT|apridmore]]. Queries: [[EMAIL|outpatients@example.org.uk]]`,
  ],
  [
    'online-consult',
    `Online intake (Vancouver): [[PERSON|Chan Wing-yee]] ([[PERSON|Vivian]]), arrived from Hong Kong in [[DATE|September 2026]]. HKID [[ID_CARD|A371053(2)]], HK passport [[PASSPORT|K22473517]]. Address [[ADDRESS|1502-688 Abbott St, Vancouver, BC V6B 0J1]]. Phone [[PHONE|(604) 555-0119]]. Login IP [[IP|198.51.100.66]].`,
  ],
  [
    'patient-message',
    `Dear Dr [[PERSON|Stebbings]], my mother [[PERSON|Constance Orrell]] ([[AGE|95]]) was seen in your clinic on [[DATE|Nov 9]]. Her MRN is [[MRN|003318842]]. She is still dizzy when she stands. Could you call me on [[PHONE|(614) 555-0171]] or e-mail [[EMAIL|meg.orrell@example.com]]? Thanks, [[PERSON|Meg]]`,
  ],
  [
    'patient-message',
    `To the Complaints Team: my father [[PERSON|Bernard Hazeldine]], [[AGE|96]], spent nine hours on an ED trolley on [[DATE|14 November]]. We live at [[ADDRESS|5 Wharfedale Mews, Otley LS21 3DP]]. Please reply to [[EMAIL|kate.hazeldine@example.co.uk]]. [[PERSON|Kate]]`,
  ],
  [
    'patient-message',
    `Portal message from [[ACCOUNT|rgoldsworthy61]]: Hi, my lab results from [[DATE|11/19]] show potassium 5.3 — is that something to worry about? I'm on lisinopril. — [[PERSON|Rob]]`,
  ],
  [
    'family-chat',
    `"Grandad in hospital 🏥"\n[[PERSON|Niamh]]: he's moved to bed [[MRN|22]] on St Luke's\n[[PERSON|Ciarán]]: @[[PERSON|Niamh]] did they say about the scan\nUncle [[PERSON|Fergal]]: I'll drive up tomorrow, reg [[PLATE|231-C-16833]]\n[[PERSON|Niamh]]: nurse [[PERSON|Kinnaird]] said scan is tomorrow am`,
  ],
  [
    'family-chat',
    `[[PERSON|Trish]]: Nana turns [[AGE|100]] on Sunday!! hospital says we can bring cake\n[[PERSON|Dev]]: amazing. I'll park in the visitor lot, white Corolla [[PLATE|DXC-4511]]\n[[PERSON|Trish]]: ask for Sister [[PERSON|Mulrooney]]`,
  ],
  [
    'family-chat',
    `[[PERSON|Zanele]]: Mama's op is on Wednesday [[DATE|25th]]\n[[PERSON|Sipho]]: which theatre\n[[PERSON|Zanele]]: Dr [[PERSON|Oosthuizen]] will phone after`,
  ],
  [
    'sms-reminder',
    `Reminder: Ms [[PERSON|Ogbuehi]], your breast screening is on Mon [[DATE|30 Nov]] at 14:10, Mobile Unit, Tesco car park. To rebook: [[URL|https://screening.example.org.uk/rebook]]`,
  ],
  [
    'sms-reminder',
    `City Hospital: the main car park barrier system is being upgraded this weekend. Please use the multi-storey on Elm Road. We apologise for any inconvenience.`,
  ],
  [
    'sms-reminder',
    `Hi [[PERSON|Deshawn]], this is Lakeside Dental reminding you of your cleaning on [[DATE|12/01]] at 8:30 AM. Reply C to confirm.`,
  ],
  [
    'lupus-clinic',
    `Lupus clinic — [[PERSON|Tamsin Keble]], 29, Hosp No [[MRN|LP0963328]]. SLEDAI-2K 6, dsDNA 180, C3 low. Hydroxychloroquine 200 mg BD, mycophenolate started [[DATE|October 2026]]. Ophthalmology screen due [[DATE|January]]. Lupus nurse: [[PERSON|Gemma]].`,
  ],
  [
    'lupus-clinic',
    `SLE pregnancy planning visit [[DATE|11/23/2026]]: [[PERSON|Lucia Amezcua]], MRN [[MRN|5521-0934]], anti-Ro positive. BCBS ID [[INSURANCE_ID|XQJ882046731]]. Husband [[PERSON|Mateo]] present. Fetal echo referral at 18 weeks. Rheumatologist Dr. [[PERSON|Gillow]].`,
  ],
  [
    'thalassaemia-clinic',
    `Thalassaemia day unit, [[DATE|23/11/2026]]. [[PERSON|Andreas Kyriacou]], 24, NHS [[INSURANCE_ID|999 168 0462]]. Pre-transfusion Hb 91, ferritin 1940; deferasirox continued. Next transfusion [[DATE|14/12/2026]]. Mum [[PERSON|Chrystalla]] [[PHONE|07700 900726]].`,
  ],
  [
    'thalassaemia-clinic',
    `Carrier counselling: [[PERSON|Rohan Dhesi]] and [[PERSON|Simran Dhesi]], both beta-thal trait. CVS booked [[DATE|Dec 4]]. Genetics ref [[MRN|GN-26-4471]]. Counsellor: [[PERSON|Ruth Mellish]].`,
  ],
  [
    'cystic-fibrosis-clinic',
    `CF annual review, Belfast. [[PERSON|Oisín McCorkell]], 17, Hosp No [[MRN|BC1190273]]. FEV1 74%, on elexacaftor/tezacaftor/ivacaftor since [[DATE|2023]]. Sweat chloride now 41. Transition to adult service [[DATE|June 2027]]. Physio: [[PERSON|Aoife]].`,
  ],
  [
    'cystic-fibrosis-clinic',
    `CF clinic (Toronto): [[PERSON|Mackenzie Laframboise]], 22, OHIP [[INSURANCE_ID|5389-473-942]] AB. Sputum grew MRSA; IV tobramycin via PICC from [[DATE|Nov 16]]. Mother [[PERSON|Josée]] at [[PHONE|(416) 555-0128]].`,
  ],
  [
    'voice-clinic',
    `Voice clinic: [[PERSON|Carys Tewksbury]], 44, secondary-school teacher, Hosp No [[MRN|VC330918]]. Stroboscopy: bilateral vocal fold nodules. Voice therapy with SLT [[PERSON|Imogen]] starting [[DATE|7 December]].`,
  ],
  [
    'voice-clinic',
    `Looking after your voice: sip water through the day, avoid shouting or whispering, rest your voice after long calls, and see your GP if hoarseness lasts more than three weeks.`,
  ],
  [
    'myasthenia-clinic',
    `Neuromuscular clinic [[DATE|11/23/2026]]. [[PERSON|Clifford Hopgood]], [[AGE|91]], MRN [[MRN|00-772-415]]. Ocular MG, ptosis improved on pyridostigmine 60 mg QID. Daughter [[PERSON|Janine]] drives him. Next visit [[DATE|02/2027]].`,
  ],
  [
    'myasthenia-clinic',
    `MG review, Johannesburg. [[PERSON|Nomvula Masondo]], SA ID [[ID_CARD|8510070407085]]. AChR+, on prednisone 15 mg and azathioprine. Thymectomy [[DATE|March 2026]]. Sister [[PERSON|Thandeka]] at [[ADDRESS|18 Jacana Road, Parkhurst, Johannesburg 2193]].`,
  ],
  [
    'outpatient',
    `Diabetes clinic, Leicester. Mr [[PERSON|Harjit Singh Sandhar]], Hosp No [[MRN|LR5528107]], NHS [[INSURANCE_ID|999 642 7838]], [[ADDRESS|64 Melbourne Road, Leicester LE2 0GU]]. HbA1c 71 mmol/mol. Wife [[PERSON|Gurpreet]] interprets; son [[PERSON|Manveer]] on [[PHONE|07700 900238]]. Seen by DSN [[PERSON|Claire Jankowska]] [[DATE|23/11/2026]].`,
  ],
  [
    'handover',
    `Day-to-night handover, Ward 6 (Hobart)\nBed [[MRN|1]] [[PERSON|TE AWA, Rangi]] [[AGE|92]] — pressure area care 2-hourly\nBed [[MRN|2]] [[PERSON|HANNIGAN, Fiona]] 49 — post lap chole, home tomorrow\nBed 3 empty\nBed [[MRN|4]] [[PERSON|DABROWSKI, Piotr]] 66 — NBM from midnight for [[DATE|24/11]] TURP; wife [[PERSON|Halina]] [[PHONE|(03) 5550 7712]]`,
  ],
];

export function generateDeidHoldout33(): LabelledRecord[] {
  return holdoutRecords('h33', zh, en);
}

export const DEID_HOLDOUT_33_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/labelled/deid-holdout-33.jsonl',
);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const records = generateDeidHoldout33();
  writeFileSync(DEID_HOLDOUT_33_PATH, renderJsonl(records));
  console.log(`wrote ${records.length} records to ${DEID_HOLDOUT_33_PATH}`);
}
