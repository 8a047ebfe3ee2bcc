import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { holdoutRecords, type LabelledRecord, renderJsonl } from './generate-deid.ts';

/**
 * The ROUND-18 fresh held-out de-identification set (data/labelled/deid-holdout-18.jsonl): hand-written
 * snippets with hand-placed spans, marked inline as [[TYPE|text]] (parseMarked strips the marks and
 * records UTF-16 offsets). Written by a separate annotator who did not read the recognizer code and
 * never ran a recognizer on these snippets; it must not be used to tune the recognizers.
 *
 * About four fifths are the everyday documents of a general hospital and the messages of its patients
 * (admission, progress and discharge notes, outpatient notes, referrals, handovers, nursing notes,
 * lab, pathology and imaging reports, prescriptions, consent, billing and insurance forms, online
 * consultations, patient messages, family chats and SMS reminders); about a fifth come from settings
 * earlier rounds did not list: neonatal units (NICU), burns units, falls clinics, home parenteral
 * nutrition services and hand-therapy clinics.
 *
 * Identifiers are synthetic: resident IDs carry a valid GB 11643 check character and a region code, sex
 * digit and birth date consistent with the text (15-digit IDs likewise), bank cards a valid Luhn digit,
 * NHS numbers are in the 999 test range with their modulus-11 digit, the Australian Medicare number
 * passes its check digit and the OHIP number its Luhn digit; the US SSN is in the 987-65-432x
 * advertising range. Phones are random mainland numbers or fictional ranges (North American 555-01xx,
 * UK 07700 900xxx and 01632 960xxx, Australian 0491 570 xxx); mail and web hosts are example.*; IP
 * addresses come from the documentation ranges.
 *
 * Span conventions are those of data/labelled/deid-holdout-2 to -17 cards; the decisions new in this
 * round are in data/labelled/deid-holdout-18.card.yaml.
 */
const zh: Array<[string, string]> = [
  [
    'admission',
    `心内科入院记录\n患者姓名：[[PERSON|郁承泽]]　性别：男　年龄：65岁\n身份证号码：[[ID_CARD|370202196103154550]]\n住院号：[[MRN|XN26110873]]　床号：心内三区[[MRN|22]]床\n入院日期：[[DATE|2026年11月21日]]\n主诉：活动后胸闷2月，加重伴夜间不能平卧3天。BNP 2350 pg/mL，LVEF 35%。\n现住址：[[ADDRESS|青岛市市南区莆田路46号2单元502户]]\n联系人：妻子[[PERSON|阚美凤]]　[[PHONE|15084346962]]\n经治医师：[[PERSON|覃砺]]\n责任护士：[[PERSON|酆雨眠]]`,
  ],
  [
    'admission',
    `[[DATE|11月22日]]凌晨，[[AGE|九十一]]岁的[[PERSON|柴秀芬]]老人因呕血约200 ml由孙子[[PERSON|柴一鸣]]（[[PHONE|15910813223]]）陪同来诊，Hb 72 g/L，急诊胃镜示十二指肠球部溃疡伴出血，收入消化科[[MRN|9]]床，住院号[[MRN|XH-2611-30418]]。长期服阿司匹林100 mg qd。收治医师：[[PERSON|郝知远]]，接诊护士：[[PERSON|扈清漪]]`,
  ],
  [
    'admission',
    `儿科入院 / 患儿：[[PERSON|陶予安]] / 男 / 7岁 / 身份证 [[ID_CARD|440305201905087931]] / 入院 [[DATE|2026-11-22]] / 喘息3天，雾化后SpO2 93% / 父亲：[[PERSON|陶晟]] [[PHONE|18827293154]] / 住址：[[ADDRESS|深圳市南山区蔚蓝海岸路18号9栋1703]] / 接诊：[[PERSON|亓官朗]]`,
  ],
  [
    'progress-note',
    `[[DATE|2026.11.23]] 副主任医师[[PERSON|冼博文]]查房：患者[[PERSON|甄淑华]]，术后第2天，切口干燥，引流液30 ml淡血性，Hb 102 g/L，NRS 2分。嘱今日拔除引流管，明日下床活动。记录者：[[PERSON|束书宁]]`,
  ],
  [
    'progress-note',
    `夜班病程 [[DATE|11-22]] 23:40 [[MRN|17]]床[[PERSON|龚德懋]]突发意识模糊血糖2.1mmol/L立即予50%葡萄糖40ml静推15分钟后复测6.8神志转清已告知家属儿子[[PERSON|龚浩]]电话[[PHONE|15976743095]] 值班医生[[PERSON|詹雨桐]]`,
  ],
  [
    'progress-note',
    `阶段小结\n姓名：[[PERSON|栾建华]]　旧身份证号：[[ID_CARD|220102480719193]]\n病案号：[[MRN|BA0493817]]\n入院以来（[[DATE|2026年11月9日]]至今）予抗感染及营养支持，CRP由112降至18 mg/L，白蛋白28→33 g/L。计划[[DATE|11月25日]]复查胸部CT。\n主治医师：[[PERSON|蒲修远]]　记录：[[PERSON|燕采薇]]`,
  ],
  [
    'discharge',
    `出院记录\n姓名：[[PERSON|祁婉清]]　住院号：[[MRN|ZY2611140092]]\n入院日期：[[DATE|2026-11-14]]　出院日期：[[DATE|2026-11-23]]\n出院诊断：急性阑尾炎（腹腔镜阑尾切除术后）\n出院医嘱：1周内避免剧烈运动，[[DATE|11月30日]]普外科门诊拆线。\n身份证号：[[ID_CARD|330106198807221020]]\n联系地址：[[ADDRESS|杭州市西湖区文三西路177号3幢601室]]　电话：[[PHONE|15053234306]]\n主管医师：[[PERSON|缪启东]]`,
  ],
  [
    'discharge',
    `心衰出院指导：每天早晨排尿后称体重，3天内增加超过2公斤请及时就诊；每日饮水控制在1500 ml左右；呋塞米20 mg每日一次，螺内酯20 mg每日一次，不要自行停药；两周后心内科门诊复查电解质和肾功能。`,
  ],
  [
    'discharge',
    `出院证明书\n兹证明[[PERSON|鲍立勋]]（身份证[[ID_CARD|51010719751130843X]]）于[[DATE|2026年11月12日]]至[[DATE|2026年11月20日]]在我院骨科住院，诊断：左胫骨平台骨折（术后）。建议休息8周。\n医保卡号：[[INSURANCE_ID|SC51018842736]]\n家庭住址：[[ADDRESS|成都市武侯区玉林南巷21号附5号]]\n医师签名：[[PERSON|闻人静]]`,
  ],
  [
    'outpatient',
    `皮肤科门诊\n就诊卡号：[[MRN|MZ88610274]]\n[[PERSON|樊若琳]]，女，36岁，[[DATE|2026/11/23]]\n面部红斑伴瘙痒2周，外用激素后加重。诊断：激素依赖性皮炎。处方：他克莫司软膏0.03% bid。\n身份证 [[ID_CARD|420106199002142620]]　手机 [[PHONE|18685334093]]\n医生：[[PERSON|殳明德]]`,
  ],
  [
    'outpatient',
    `内分泌科复诊 [[DATE|11月23日]] 患者[[PERSON|滕国梁]] 由女婿[[PERSON|鄢志诚]]陪同 HbA1c 8.9%，空腹血糖9.6 mmol/L，调整二甲双胍至1.0 g bid，加用达格列净10 mg qd，[[DATE|2027年2月]]复查。门诊号[[MRN|0072915]]　接诊医师：[[PERSON|桑静和]]`,
  ],
  [
    'outpatient',
    `耳鼻喉科门诊记录｜姓名：[[PERSON|芮小禾]]｜性别：女｜年龄：43岁｜身份证：[[ID_CARD|35020319830417228X]]｜主诉：右耳闷胀伴听力下降1周｜纯音测听：右耳传导性聋，鼓室图B型｜诊断：分泌性中耳炎｜接诊：[[PERSON|卓亦凡]]（进修医师）/[[PERSON|司马瑾]]`,
  ],
  [
    'referral',
    `双向转诊单（上转）\n转出单位：某街道社区卫生服务中心\n患者：[[PERSON|靳福海]]　男　57岁\n身份证号：[[ID_CARD|130104196908091772]]\n家庭住址：[[ADDRESS|石家庄市桥西区槐安西街209号3单元502室]]\n转诊原因：血压控制不佳（180/105 mmHg），肌酐156 μmol/L，请上级医院进一步诊治。\n转诊日期：[[DATE|2026年11月23日]]\n家庭医生：[[PERSON|訾淑敏]]　联系电话：[[PHONE|15275679207]]`,
  ],
  [
    'referral',
    `会诊申请单：肾内科请心内科会诊。患者[[PERSON|匡秋月]]，[[MRN|31]]床，住院号[[MRN|SN2611175528]]，维持性血透3年，今日心电图示新发房颤，心室率128次/分，请协助诊治，患者女儿[[PERSON|匡宁宁]]已知情。申请医师：[[PERSON|庹文昊]] [[DATE|2026-11-23]] 10:15`,
  ],
  [
    'referral',
    `下转康复医院：[[PERSON|辜庆春]]，旧身份证[[ID_CARD|310104410412959]]，脑梗死后右侧偏瘫，NIHSS 6分，生命体征平稳，已于[[DATE|11月23日]]办理转出，接收单位：某区康复医院神经康复科。陪护：外甥女[[PERSON|裘佳音]] [[PHONE|13990635650]]`,
  ],
  [
    'handover',
    `护理交接班（[[DATE|2026-11-22]] 夜班）\n床号｜姓名｜要点\n[[MRN|3]]｜[[PERSON|梅永年]]｜术后第1天，镇痛泵在用\n4｜空床｜—\n[[MRN|5]]｜[[PERSON|于海棠]]｜血糖q4h，22:00为11.4\n[[MRN|6]]｜[[PERSON|符茂林]]｜高危跌倒，已上床栏\n[[MRN|7]]｜[[PERSON|俞晚棠]]｜明日出院，待办出院带药\n交班：[[PERSON|苗筱蕤]]　接班：[[PERSON|兰馨予]]`,
  ],
  [
    'handover',
    `"[[MRN|12]]床[[PERSON|程冬生]]下午解了两次黑便，血压100/60，已经配血两个单位；15床空着；18床那个醉酒的无名氏还没清醒，家属没联系上。"——急诊留观 [[DATE|11月22日]] 白班交夜班，交班人[[PERSON|尚可心]]`,
  ],
  [
    'handover',
    `ICU交班 [[DATE|2026年11月23日]] 08:00\n[[MRN|2]]床 [[PERSON|严玉珍]]，女，[[AGE|90]]岁，重症肺炎，有创通气FiO2 45%，PEEP 8，去甲肾上腺素0.1 μg/kg/min；身份证[[ID_CARD|120101193601198124]]已核对。\n家属：女儿[[PERSON|严蔚]]，[[PHONE|13574545919]]`,
  ],
  [
    'nursing-note',
    `压疮护理记录 [[DATE|2026.11.22]]\n患者：[[PERSON|厍桂兰]]　身份证号码：[[ID_CARD|370102551006750]]\n骶尾部2期压力性损伤，面积3×2 cm，已用泡沫敷料，每2小时翻身，Braden评分12分，陪护为丈夫[[PERSON|厍振铎]]。\n责任护士：[[PERSON|綦晓雯]]`,
  ],
  [
    'nursing-note',
    `造口护理宣教要点：1. 造口袋底盘每3—5天更换一次，渗漏随时更换；2. 剪裁孔径比造口大1—2 mm；3. 观察造口颜色，发黑或回缩及时复诊；4. 多饮水，避免一次进食大量粗纤维。`,
  ],
  [
    'nursing-note',
    `居家护理随访 [[DATE|11/21]]：[[AGE|九十五]]岁[[PERSON|井凤仪]]奶奶，长期卧床，留置导尿，今日更换尿管（16F），尿液清亮。住[[ADDRESS|昆明市五华区螺峰支巷58号4幢2单元]]，照护人：保姆[[PERSON|阿芊]]。护士：[[PERSON|钟离婕]]`,
  ],
  [
    'lab-report',
    `检验报告单\n姓名：[[PERSON|仲夏]]　性别：女　年龄：31岁\n标本号：[[MRN|L2611230387]]　科别：产科门诊\n采样时间：[[DATE|2026-11-23]] 08:12\n项目　结果　参考范围\nTSH　3.86 mIU/L　0.27—4.2\nFT4　13.1 pmol/L　12—22\nHCG　>10000 mIU/mL\n检验者：[[PERSON|麻佳琪]]　审核者：[[PERSON|莘楚然]]`,
  ],
  [
    'lab-report',
    `病理诊断报告\n病理号：[[MRN|P26-19374]]\n姓名：[[PERSON|郜永康]]　身份证：[[ID_CARD|610103195806306297]]\n送检：结肠镜活检（乙状结肠）\n诊断：管状腺瘤，低级别上皮内瘤变。\n报告日期：[[DATE|2026年11月20日]]\n诊断医师：[[PERSON|应知秋]]　复核：[[PERSON|伏天鸣]]`,
  ],
  [
    'lab-report',
    `危急值登记：[[DATE|11-23]] 03:25 检验科[[PERSON|晁晨]]电话报告 [[MRN|26]]床[[PERSON|戚长友]] 血钾6.8 mmol/L，接听护士[[PERSON|鞠婷]]，已通知值班医生[[PERSON|左丘衡]]，予葡萄糖酸钙及胰岛素+葡萄糖处理。`,
  ],
  [
    'imaging-report',
    `超声检查报告\n检查号：[[MRN|US2611220741]]\n姓名：[[PERSON|邝静姝]]　年龄：74岁\n检查日期：[[DATE|2026-11-22]]\n所见：左侧颈总动脉分叉处见混合回声斑块，大小约12×3 mm，管腔狭窄约40%。\n报告医师：[[PERSON|巩浩然]]　审核医师：[[PERSON|武陵春]]`,
  ],
  [
    'imaging-report',
    `胸部CT平扫 报告时间[[DATE|2026年11月21日]]　影像号[[MRN|CT0588217]]　[[PERSON|湛东来]]　与[[DATE|2026年5月]]片比较右肺上叶结节（8 mm）大小未见明显变化，Lung-RADS 3类，建议6个月复查。报告医师：[[PERSON|褚云帆]]　审核：[[PERSON|端木澄]]`,
  ],
  [
    'prescription',
    `医保门诊处方笺\n姓名：[[PERSON|眭立群]]　性别：女　年龄：74岁\n身份证：[[ID_CARD|320102195209033467]]\n医保卡号：[[INSURANCE_ID|JS3201004471862]]\n日期：[[DATE|2026年11月23日]]\nRp：阿托伐他汀钙片 20 mg ×28片 qn；苯磺酸氨氯地平片 5 mg ×28片 qd\n医师：[[PERSON|佘文涛]]`,
  ],
  [
    'prescription',
    `儿科处方：患儿[[PERSON|黎安澜]]（小名[[PERSON|团子]]），男，3岁，体重14 kg，[[DATE|11月22日]]。阿莫西林克拉维酸钾颗粒 按阿莫西林计 每次200 mg bid ×5天；布洛芬混悬液 5 ml 必要时（T≥38.5℃）。医师：[[PERSON|贝子涵]]`,
  ],
  [
    'prescription',
    `麻醉药品处方\n患者：[[PERSON|隗长林]]　男　78岁　身份证：[[ID_CARD|210102194712257038]]\n诊断：肺癌骨转移　疼痛NRS 7分\nRp：硫酸吗啡缓释片 30 mg q12h ×15日\n代办人：孙女[[PERSON|隗晓岚]]　代办人身份证：[[ID_CARD|500103199510214660]]　电话：[[PHONE|18651376961]]\n开具日期：[[DATE|2026-11-23]]　医师：[[PERSON|雍建明]]`,
  ],
  [
    'consent',
    `手术知情同意书\n患者姓名：[[PERSON|敖丽娟]]　住院号：[[MRN|WK2611190336]]\n拟行手术：腹腔镜下子宫肌瘤剔除术　拟手术日期：[[DATE|2026年11月25日]]\n手术风险：出血、感染、邻近脏器损伤、中转开腹等。\n患者签字：[[PERSON|敖丽娟]]　联系电话：[[PHONE|15984287940]]　见证人：[[PERSON|郏春燕]]\n谈话医师：[[PERSON|储一帆]]　[[DATE|2026年11月23日]]`,
  ],
  [
    'consent',
    `授权委托书：本人[[PERSON|鄂秀英]]（身份证号[[ID_CARD|360102600228428]]）因病情需要，委托女儿[[PERSON|鄂雅楠]]（身份证号[[ID_CARD|340104199908161286]]）代为签署医疗相关文书。委托人签字：[[PERSON|鄂秀英]]　[[DATE|2026年11月22日]]`,
  ],
  [
    'consent',
    `输血治疗同意书｜患者：[[PERSON|蓝德福]]｜科室：血液科[[MRN|8]]床｜Hb 58 g/L，拟输注悬浮红细胞2 U｜签字人：儿子[[PERSON|蓝骁]]（[[PHONE|17723620216]]）｜医师：[[PERSON|沃一舟]]｜[[DATE|2026-11-23]]`,
  ],
  [
    'billing',
    `预交金退款申请\n患者：[[PERSON|皮振国]]　住院号：[[MRN|ZY2611020418]]\n退款金额：3,260.50元　结算单号：JS2611231045\n收款账户：中国农业银行 [[BANK_CARD|6228483964612064]]\n户名：[[PERSON|皮振国]]　联系电话：[[PHONE|13821155008]]\n经办人：[[PERSON|阙晓楠]]`,
  ],
  [
    'billing',
    `商业保险理赔申请：被保险人[[PERSON|东方振岳]]（身份证[[ID_CARD|23010319720305229X]]），保单号[[INSURANCE_ID|PA2026HLJ0071843]]，出院日期[[DATE|2026年11月18日]]，申请住院医疗费用理赔12,480元。理赔款请转入[[BANK_CARD|6217002165512670228]]（建设银行）。联系邮箱：[[EMAIL|dongfang.zy@example.cn]]　地址：[[ADDRESS|哈尔滨市南岗区果戈里大街312号5单元1101]]`,
  ],
  [
    'billing',
    `门诊收费票据　票据号码：0071239458\n姓名：[[PERSON|权晓冬]]　门诊号：[[MRN|MZ2611230091]]\n收费日期：[[DATE|2026-11-23]]\n西药费 86.40　检查费 320.00　合计 406.40元\n支付方式：银联卡 [[BANK_CARD|6222 0297 7180 9116]]\n收款员：0216`,
  ],
  [
    'online-consult',
    `【图文问诊】问诊编号：[[MRN|WZ2611230577]]\n患者：[[PERSON|热依拉·阿不都]]，女，28岁\n描述：停经45天，少量阴道出血2天，自测早孕阳性。\n医生[[PERSON|柯静仪]]回复：建议尽快到医院查血HCG和B超，排除宫外孕；如腹痛加重或头晕请立即急诊。订单号：DD2611238830`,
  ],
  [
    'online-consult',
    `视频复诊记录 [[DATE|2026-11-23]] 14:30\n患者：[[PERSON|骆晨阳]]　身份证：[[ID_CARD|450103197901025433]]\n登录账号：[[ACCOUNT|luochenyang_79]]　IP：[[IP|203.0.113.187]]\n复诊内容：痛风，尿酸410 μmol/L，继续非布司他40 mg qd。\n医生：[[PERSON|乔念慈]]`,
  ],
  [
    'online-consult',
    `小程序药师咨询｜[[DATE|2026-11-23]] 21:05｜用户：[[ACCOUNT|晚风拂柳]]｜问：孩子2岁，发烧38.8℃，对乙酰氨基酚和布洛芬可以交替吃吗？｜药师[[PERSON|骞若谷]]答：不建议常规交替，单用一种按体重给药，间隔4—6小时，24小时不超过4次。`,
  ],
  [
    'patient-message',
    `[[PERSON|戈]]医生您好，我是上周做胃镜的[[PERSON|屈筱芃]]，病理结果出来了吗？方便的话发到我邮箱[[EMAIL|quxiaopeng1986@example.com.cn]]，谢谢！手机[[PHONE|13888076660]]`,
  ],
  [
    'patient-message',
    `致肿瘤科全体医护：我的外婆[[PERSON|翁杏娥]]今年[[AGE|九十四]]岁，[[DATE|10月]]底住院期间得到[[PERSON|郦]]护士长和[[PERSON|解思远]]医生的悉心照顾，特此感谢！外孙女[[PERSON|詹婧]]敬上`,
  ],
  [
    'patient-message',
    `您好，我是[[PERSON|孔雪芃]]，目前在国外，护照号[[PASSPORT|EK4716203]]，想委托朋友复印[[DATE|2026年9月]]的住院病历，邮寄到[[ADDRESS|长沙市岳麓区桃子湖北坡路932号]]。复印费已从我的卡[[BANK_CARD|6259175922619262]]付过。我的微信号[[ACCOUNT|kongxp_0816]]，麻烦联系。`,
  ],
  [
    'family-chat',
    `【家庭群】\n[[PERSON|小鸥]]：爸今天上午做完支架了，很顺利\n大哥：几床？我下班过去\n[[PERSON|小鸥]]：心内科CCU 5床，探视下午3点到4点\n二嫂：我明天送饭，车停哪？\n大哥：停地下二层，我的车[[PLATE|湘A·7K2M9]]还在那\n[[PERSON|小鸥]]：医生说[[DATE|11月26日]]能出院`,
  ],
  [
    'family-chat',
    `妈：[[PERSON|阿朗]]，你奶奶的医保卡号是多少？护士要\n[[PERSON|阿朗]]：[[INSURANCE_ID|G43010488217635]]\n妈：好，还有你爸的车牌，医院要登记停车\n[[PERSON|阿朗]]：[[PLATE|湘AD38217]]`,
  ],
  [
    'sms-reminder',
    `【某市人民医院】[[PERSON|谈玉洁]]您好，您预约的[[DATE|11月25日]]上午9:30产科门诊（OGTT）请空腹8小时以上前来，取消或改约请点击[[URL|https://yy.example.cn/r/T5ZW9]]。`,
  ],
  [
    'sms-reminder',
    `【体检中心】温馨提示：明日胃肠镜检查前一晚20点后禁食，今晚19点开始服用聚乙二醇电解质散，2小时内饮完2000 ml，排出清水样便即可。如有疑问请回复本短信。`,
  ],
  [
    'neonatal-unit',
    `新生儿科（NICU）病程：[[PERSON|萧知夏]]，女，日龄26天，胎龄32+4周出生，现体重2010 g，经口喂养每次35 ml q3h，已停氧。身份证：[[ID_CARD|430104202610287165]]（出生后由父亲办理）。母亲[[PERSON|葛湘云]]，联系电话[[PHONE|19925022221]]。计划[[DATE|11月27日]]出院。`,
  ],
  [
    'neonatal-unit',
    `NICU探视须知：每日15:00—16:00父母可进入探视，每次限1人；进入前按七步洗手法洗手、穿隔离衣；有发热、咳嗽者暂停探视；袋鼠式护理请提前预约，每次不少于1小时。`,
  ],
  [
    'burns-unit',
    `烧伤科换药记录 [[DATE|2026-11-22]]\n姓名：[[PERSON|于炳坤]]　住院号：[[MRN|SS2611150206]]　[[MRN|11]]床\n双下肢热液烫伤，总面积12% TBSA（浅Ⅱ度8%，深Ⅱ度4%），创面渗出减少，予磺胺嘧啶银换药。\n家属电话：[[PHONE|15880204051]]\n换药医师：[[PERSON|宦宇]]　护士：[[PERSON|佴小棠]]`,
  ],
  [
    'burns-unit',
    `烧伤病房家属群\n护士长[[PERSON|莫清]]：[[MRN|7]]床[[PERSON|巫小鹏]]家属，明天上午植皮手术，今晚12点后禁食禁水\n[[PERSON|巫建军]]：收到，费用还要交吗？\n护士长[[PERSON|莫清]]：预交金余额不足，请补交5000元，可以扫码或者到一楼窗口`,
  ],
  [
    'falls-clinic',
    `跌倒门诊评估\n姓名：[[PERSON|晏福生]]　年龄：[[AGE|九十二]]岁\n就诊卡：[[MRN|DD0038421]]\n评估日期：[[DATE|2026年11月20日]]\n近半年跌倒3次，起立行走试验（TUG）19秒，Morse评分55分，服用唑吡坦。建议停用唑吡坦，居家加装扶手。\n评估者：[[PERSON|荀婉婷]]\n陪同：儿子[[PERSON|晏卫东]]（[[PHONE|18822687996]]）`,
  ],
  [
    'falls-clinic',
    `跌倒随访电话记录：患者[[PERSON|邰守信]]，62岁，身份证[[ID_CARD|410102196405271071]]，上次[[DATE|10月15日]]在家中浴室跌倒致右腕骨折，现已拆除石膏；本月未再跌倒，已进行太极平衡训练每周3次。住址：[[ADDRESS|郑州市中原区伏牛路119号院6号楼]]。随访护士：[[PERSON|贺兰汀]]`,
  ],
  [
    'home-parenteral-nutrition',
    `家庭肠外营养随访单\n姓名：[[PERSON|苏砚秋]]　身份证：[[ID_CARD|530102198612112221]]\n患者平台账号：[[ACCOUNT|suyanqiu_hpn]]\n诊断：短肠综合征（残余小肠80 cm）\nPN方案：每周5晚，每晚1500 ml，经PICC输注12小时\n随访日期：[[DATE|2026/11/20]]　体重51.5 kg，白蛋白36 g/L，肝功能正常\n营养专科护士：[[PERSON|庞绮]]　电话：[[PHONE|13676843902]]`,
  ],
  [
    'home-parenteral-nutrition',
    `营养液配送群：\n[[PERSON|苏砚秋]]：明天的营养袋几点送到？\n配送员[[PERSON|牛帅]]：上午10点前送到[[ADDRESS|昆明市五华区青云街88号2幢3单元402]]，需要本人签收\n[[PERSON|苏砚秋]]：好的，冰箱已经腾出来了，我电话[[PHONE|18674685376]]`,
  ],
  [
    'hand-therapy',
    `手外科康复：[[PERSON|雷振声]]，右手屈肌腱修复术后第4周，[[DATE|2026-11-23]]治疗：被动屈曲练习，佩戴背侧阻挡支具；总主动活动度（TAM）145°。下次治疗[[DATE|11月26日]]（周四）。治疗师：[[PERSON|施念真]]　就诊号：[[MRN|KF2610290113]]　患者电话：[[PHONE|15961217136]]`,
  ],
  [
    'hand-therapy',
    `手部康复居家训练单：每日4次，每次10组，腱滑动练习（直拳、钩拳、全拳）；支具夜间必须佩戴；如出现手指麻木、伤口红肿或突然不能屈指，请立即复诊。`,
  ],
];

const en: Array<[string, string]> = [
  [
    'admission',
    `ADMISSION H&P — [[DATE|11/22/2026]]\nPatient: [[PERSON|Corwin Leatherbury]]   DOB: [[DATE|04/09/1958]]   MRN: [[MRN|00527419]]\nCC: fever and right flank pain x2 days. T 39.2, HR 112, lactate 2.8. UA nitrite positive.\nA/P: sepsis, likely pyelonephritis; ceftriaxone 2 g IV q24h, fluids.\nHome: [[ADDRESS|2217 Birchmont Ave, Apt 3C, Des Moines, IA 50310]]\nEmergency contact: [[PERSON|Lorna Leatherbury]] (wife) [[PHONE|(515) 555-0143]]\nAttending: [[PERSON|Cosimo Dallimore]], MD`,
  ],
  [
    'admission',
    `Clerked [[DATE|22/11/26]] 02:10. [[AGE|93]]-year-old [[PERSON|Winifred Sheepwash]] brought in by ambulance from [[ADDRESS|Flat 4, 19 Gorsedene Road, Leicester LE3 6QT]] after a collapse at home, found by a neighbour. Lying/standing BP 132/80 → 104/66. Hosp no [[MRN|K4471029]]. NHS No [[INSURANCE_ID|999 769 5119]]. Clerking F2: [[PERSON|Oluwaseun Prendergast]]`,
  ],
  [
    'admission',
    `Admission — Medical Assessment Unit, [[DATE|23 November 2026]]\nName: [[PERSON|Jarrah Gatenby]]\nMedicare: [[INSURANCE_ID|4822 64099 1]]\nUR: [[MRN|7730518]]\nPresenting: left leg cellulitis, afebrile, CRP 94. Plan IV cefazolin 2 g q8h, elevate.\nNOK: [[PERSON|Mirri Gatenby]] [[PHONE|0491 570 219]]\nAdmitting RMO: Dr [[PERSON|Anjali Pendergrast]]`,
  ],
  [
    'progress-note',
    `Progress note [[DATE|11/23/2026]]\nS: Mr [[PERSON|Hautecoeur]] reports less dyspnea, slept flat last night.\nO: SpO2 95% RA, weight down 2.1 kg, K 3.6, Cr 1.3.\nA/P: ADHF improving; switch to oral furosemide 40 mg daily. — [[PERSON|Priyanka Oyediran]], PGY-2`,
  ],
  [
    'progress-note',
    `WR [[DATE|23/11]] Cons [[PERSON|Harcastle]] — Bed [[MRN|12]] [[PERSON|Edwin Huckerby]]: D3 post-ORIF R ankle, pain controlled, mobilising NWB with frame. Plan: PT, ?home Fri, bloods Thurs. Bed [[MRN|14]] [[PERSON|Lorcan Twigg]]: cellulitis, IV abx day 2, mark margins.`,
  ],
  [
    'progress-note',
    `night note 0315 called to see bed [[MRN|4]] [[PERSON|Magnus Staniforth]] agitated pulling at cannula 4AT 6 no new meds reoriented by nurse [[PERSON|Tansy]] daughter [[PERSON|Carys Staniforth]] phoned on [[PHONE|07700 900836]] agreed to come in am no sedation given — FY1 [[PERSON|B. Ezeji]]`,
  ],
  [
    'discharge',
    `Dear Dr [[PERSON|Lissamore]],\nRe: [[PERSON|Gwendolyn Pashley]], DOB [[DATE|14.03.1949]], NHS number [[INSURANCE_ID|9999193374]]\n[[ADDRESS|27 Vetch Close, Norwich NR4 7JX]]\nAdmitted [[DATE|17 Nov 2026]] with community-acquired pneumonia, discharged [[DATE|23 Nov 2026]]. Please repeat FBC and CRP in one week. Amoxicillin to complete 7 days.\nYours sincerely,\n[[PERSON|Ifeoma Castellan]], Specialty Registrar`,
  ],
  [
    'discharge',
    `Discharge advice after day-case hernia repair: keep the dressing dry for 48 hours; paracetamol 1 g up to four times a day; no heavy lifting for four weeks; come back if the wound becomes red, hot or discharges pus, or if you cannot pass urine.`,
  ],
  [
    'discharge',
    `DISCHARGE SUMMARY\nName: [[PERSON|Eulalie Ravensworth]]   MRN: [[MRN|5507218]]   Acct #: [[MRN|A90023416]]\nAdmit [[DATE|11/16/2026]]   Discharge [[DATE|11/22/2026]]\nDx: COPD exacerbation. Prednisone 40 mg x5 days total, tiotropium continued.\nFollow-up: Pulmonology [[DATE|Dec 4, 2026]] with Dr [[PERSON|Stavridis]].\nPCP: [[PERSON|Norwood Belcastro]], MD`,
  ],
  [
    'outpatient',
    `Rheumatology clinic — [[DATE|2026-11-20]]\n[[PERSON|Ghislaine Vandersteen]], 52F, OHIP [[INSURANCE_ID|2982-807-006]] VX\nRA on methotrexate 20 mg weekly; DAS28 3.1. Plan: add hydroxychloroquine 200 mg bid. Return in 3 months.\n— Dr [[PERSON|Anselm Kipruto]]`,
  ],
  [
    'outpatient',
    `Derm f/u [[DATE|Nov 23, 2026]] — [[PERSON|Rosaleen Tibbetts]] (MRN [[MRN|3381940]]), 67. Psoriasis BSA 4% on apremilast 30 mg bid. Cell [[PHONE|(612) 555-0187]]. RTC 12 wks. [[PERSON|Imani Gallardo-Voss]], PA-C`,
  ],
  [
    'outpatient',
    `GP consultation [[DATE|19/11/2026]]: [[PERSON|Cathal Ó Rinn]], 44, lower back pain 3 weeks, no red flags. Advised activity, naproxen 500 mg bd with omeprazole 20 mg. Address: [[ADDRESS|12 Ardnagashel Court, Bandon, Co. Cork P72 XK58]]. Email [[EMAIL|cathal.orinn@example.ie]]`,
  ],
  [
    'referral',
    `Kia ora Dr [[PERSON|Rangiwai]],\nI'd be grateful if you could see [[PERSON|Mereana Tukino]] (DOB [[DATE|02/08/1971]]) for right knee OA; she has failed physiotherapy, BMI 31. X-ray [[DATE|10 Nov 2026]]: severe medial joint-space loss. Her son [[PERSON|Hohepa]] will bring her.\nNgā mihi,\n[[PERSON|Roimata Poutama]], GP, [[DATE|20 November 2026]]`,
  ],
  [
    'referral',
    `Referral to GI: [[PERSON|Lucius Hazeldean]], DOB [[DATE|07/30/1963]], iron-deficiency anemia (Hb 9.4, ferritin 6); requesting colonoscopy and EGD. Insurance: BlueRiver PPO, member ID [[INSURANCE_ID|BRX482915570]]. Referring: [[PERSON|Mehreen Agbaje]], MD.`,
  ],
  [
    'referral',
    `Internal consult request — Palliative care. Pt [[PERSON|Osric Danforth]], Room [[MRN|611]], metastatic pancreatic ca, uncontrolled pain on oxycodone 10 mg q4h prn. Family meeting requested with wife [[PERSON|Ludmila]]. Please page 4417. Requested by [[PERSON|Haruto Dunkerley]] (hospitalist), [[DATE|11/23]].`,
  ],
  [
    'handover',
    `ED board 19:00 [[DATE|22 Nov]]\nCub [[MRN|1]] [[PERSON|FITZWARREN, Maeve]] — chest pain, trop x2 neg, for d/c\nCub 2 — empty\nCub [[MRN|3]] [[PERSON|Lemuel Trenear]] — ?SAH, CT booked\nCub [[MRN|5]] [[PERSON|QUARTERMAINE, Bess]] — ankle X-ray awaited\nCub 4 — unknown female, found in park, GCS 13\nHandover from [[PERSON|Zillah]] to [[PERSON|Jethro]]`,
  ],
  [
    'handover',
    `SBAR call [[DATE|11/23/2026]] 02:40 — S: [[PERSON|Vernon Culpepper]], rm [[MRN|422]], BP 82/50, HR 124. B: POD1 bowel resection. A: possible bleed, Hb 7.8 from 10.2. R: please review now. Caller: RN [[PERSON|Shanice Odoom]], ext 5521.`,
  ],
  [
    'handover',
    `ITU handover [[DATE|23/11/2026]] — Bed [[MRN|5]]: [[PERSON|Reginald Tollemache]], [[AGE|97]], post-laparotomy, on noradrenaline 0.08, plan extubate am. Bed 6: empty, awaiting admission from theatre. Bed [[MRN|7]]: [[PERSON|Nneka Folarin]], 41, DKA resolving, off insulin infusion by noon.`,
  ],
  [
    'nursing-note',
    `Nursing note [[DATE|11/22/2026]] 21:15 — Resident [[PERSON|Adelbert Kroll]], [[AGE|92]], found on floor beside bed, no head strike per pt, neuro checks intact. Hip ROM pain-free. Daughter [[PERSON|Ilse Kroll-Banner]] notified at [[PHONE|(402) 555-0129]]. — [[PERSON|Marisol Ferrabosco]], LPN`,
  ],
  [
    'nursing-note',
    `Reminder to all staff: hourly rounding resumes tonight. Check call bells are within reach, bed at lowest position, brakes on, non-slip socks for anyone at high falls risk. Document in the rounding chart, not in free text.`,
  ],
  [
    'nursing-note',
    `District nursing visit [[DATE|21/11/2026]] — [[PERSON|Clementine Yarrow]] at [[ADDRESS|8 Wattlebird Crescent, Ringwood VIC 3134]]. Venous leg ulcer L medial malleolus 3.1 x 2.4 cm, slough 20%, compression reapplied. Husband [[PERSON|Eldon]] on [[PHONE|0491 570 382]]. Next visit Tues. RN [[PERSON|Ngaire Lockwood]]`,
  ],
  [
    'lab-report',
    `CBC — Accession [[MRN|H26-3318842]]\nPatient: [[PERSON|PEMBERTON, Auguste]]   DOB [[DATE|12/01/1984]]\nCollected [[DATE|11/23/2026]] 06:05\nWBC 3.1 L   Hgb 11.8   Plt 98 L\nVerified by [[PERSON|K. Egremont]], MLS`,
  ],
  [
    'lab-report',
    `MICROBIOLOGY REPORT\nSurname: [[PERSON|HOLLINGDRAKE]]\nForename: [[PERSON|Theodora]]\nNHS No: [[INSURANCE_ID|9993666890]]\nLab no: [[MRN|M26.448107]]\nSpecimen: MSU, received [[DATE|21.11.26]]\nE. coli >10^5 CFU/mL, resistant to trimethoprim, sensitive to nitrofurantoin.`,
  ],
  [
    'lab-report',
    `SURGICAL PATHOLOGY   Case [[MRN|S26-17752]]\nPatient: [[PERSON|Horatio Blakemore]]   Collected: [[DATE|Nov 19, 2026]]\nSpecimen: skin, left forearm, shave\nDiagnosis: basal cell carcinoma, nodular type, deep margin involved.\nClinician: [[PERSON|Yusra Ockenden]]\nPathologist: [[PERSON|Ottoline Inglesant]], MD`,
  ],
  [
    'imaging-report',
    `CT ABDOMEN/PELVIS W CONTRAST\nName: [[PERSON|Barnaby Quibell]]   MRN: [[MRN|6620193]]   Exam date: [[DATE|11/22/2026]]\nFindings: sigmoid wall thickening with pericolic fat stranding, no free air, no abscess.\nImpression: uncomplicated sigmoid diverticulitis.\nRead by: [[PERSON|Sunita Ravel]], MD`,
  ],
  [
    'imaging-report',
    `Chest X-ray (PA) [[DATE|22/11/2026]] — [[PERSON|Ivor Pethick]], hosp no [[MRN|RK883012]]. Comparison [[DATE|03/06/2026]]. New right lower zone consolidation; heart size normal. Reported by Dr [[PERSON|Coldstream]]; requested by [[PERSON|Tobin Rask]], FY2`,
  ],
  [
    'prescription',
    `TAKE ONE TABLET TWICE A DAY WITH FOOD\nMETFORMIN 500MG TABLETS   56\nMRS [[PERSON|ROWENA ACKERLEY]]   [[DATE|23/11/26]]\nBRAMBLEGATE PHARMACY`,
  ],
  [
    'prescription',
    `eRx: [[PERSON|Wendell Smallbone]], DOB [[DATE|09/14/1977]], ph [[PHONE|(314) 555-0162]] — lisinopril 10 mg tab, 1 PO daily, #90, RF 3. Prescriber: [[PERSON|Farrah Nyhus]], NP, NPI 1487320956. Pharmacy: Juniper Hill Drug.`,
  ],
  [
    'prescription',
    `CONTROLLED DRUG PRESCRIPTION\nPatient: [[PERSON|Alwyn Yelverton]]\nAddress: [[ADDRESS|3 Cefn Coed Terrace, Merthyr Tydfil CF47 8LB]]\nNHS No: [[INSURANCE_ID|999 191 1995]]\nMorphine sulfate MR 10 mg tablets, one every 12 hours, supply 14 (fourteen) days, total 28 (twenty-eight) tablets.\nDate: [[DATE|23/11/2026]]   Prescriber: Dr [[PERSON|Gethin Moyle]]`,
  ],
  [
    'consent',
    `Consent for lumbar puncture — [[PERSON|Serafina Hollowell]], MRN [[MRN|2290461]]. Risks discussed: headache, bleeding, infection, nerve irritation. Patient signed [[DATE|11/23/2026]]. Witness: [[PERSON|Dorian Moberly]], RN. Physician: [[PERSON|Luka Dearlove]], MD`,
  ],
  [
    'consent',
    `Anaesthetic consent (parent) — Child: [[PERSON|Beatriz Oyarzún]], 6, tonsillectomy [[DATE|25/11/2026]]. Parent: [[PERSON|Ainhoa Oyarzún]], passport [[PASSPORT|PAF412873]] (Spain), mobile [[PHONE|07700 900673]]. Anaesthetist: Dr [[PERSON|Kwabena Sallis]]`,
  ],
  [
    'consent',
    `Telephone consent [[DATE|22 Nov 2026]] 16:05: [[PERSON|Rufus Arbuthnott]], holder of lasting power of attorney for his mother [[PERSON|Elspeth Arbuthnott]], consented to PEG insertion after discussion of risks. Second witness on the call: [[PERSON|Nadia Liddiard]], SN.`,
  ],
  [
    'billing',
    `PATIENT STATEMENT   Statement date [[DATE|11/20/2026]]\nGuarantor: [[PERSON|Leopold Cullimore]]   SSN [[ID_CARD|987-65-4321]]\n[[ADDRESS|4410 Hawfinch Bend Rd, Knoxville, TN 37919]]\nAccount [[MRN|PA-7730412]]   Balance due $214.60\nPayment authorised with Visa [[BANK_CARD|4289564915493836]], exp 08/28. Questions: [[PHONE|(865) 555-0104]]`,
  ],
  [
    'billing',
    `Invoice INV-26-08817 — Self-pay physiotherapy, 4 sessions, £240.00. Client: [[PERSON|Ptolemy Goodhew]], [[ADDRESS|16 Lindenfield Mews, Bath BA2 4RT]]. Paid [[DATE|21/11/2026]] by Mastercard [[BANK_CARD|5527 0494 6853 0498]]. Therapist: [[PERSON|Maddox Pryer]]`,
  ],
  [
    'billing',
    `Travel insurance claim: insured [[PERSON|Margaux Tanqueray]], passport [[PASSPORT|HK418207]] (Canada), policy [[INSURANCE_ID|TRV-26-5519034]]; emergency appendicectomy abroad [[DATE|3 Nov 2026]]; reimbursement claimed CAD 8,420. Contact: [[EMAIL|m.tanqueray@example.ca]]`,
  ],
  [
    'online-consult',
    `Telehealth session log — [[DATE|2026-11-23]] 09:12 UTC — patient [[PERSON|Darnell Outhwaite]] (app user [[ACCOUNT|d_outhwaite]]) connected from [[IP|198.51.100.163]]; clinician [[PERSON|Rhiannon Bexhill]]; topic: sinusitis day 10, started doxycycline 100 mg bid.`,
  ],
  [
    'online-consult',
    `[[PERSON|Mehitabel]]: anyone free to cover bed [[MRN|9]] obs? [[PERSON|Kasimir Plaskett]] spiking 38.9\n[[PERSON|Selwyn]]: on it, cultures first?\n[[PERSON|Mehitabel]]: yes x2 sets then page the reg\n[[PERSON|Selwyn]]: done, Dr [[PERSON|Sandilands]] coming`,
  ],
  [
    'online-consult',
    `Patient portal message from [[ACCOUNT|lark_in_nov]] ([[PERSON|Saffron Ingleby]]): "Can I take ibuprofen with my sertraline?" Logged in from [[IP|203.0.113.226]]. Reply by pharmacist [[PERSON|Obi Meakin]]: best avoided regularly; paracetamol is safer, short courses of ibuprofen with food only.`,
  ],
  [
    'patient-message',
    `Refill request via MyHealth app (user [[ACCOUNT|jbarraclough62]]): Hi, this is [[PERSON|Jocelyn Barraclough]], I'm out of levothyroxine 75 mcg, last filled [[DATE|Oct 24]]. Pharmacy is the one on Elm. Thanks!`,
  ],
  [
    'patient-message',
    `From: [[EMAIL|n.ebbrell@example.co.uk]]\nSubject: copy of my notes\nHello, I'm [[PERSON|Noelle Ebbrell]], born [[DATE|30/04/1990]]. Please upload my records from my stay in [[DATE|August 2026]] to [[URL|https://share.example.co.uk/u/ne-2026]]. Thank you.`,
  ],
  [
    'patient-message',
    `To the staff of Ward 9: thank you for looking after my grandmother [[PERSON|Hyacinth Salcombe]] on her [[AGE|99]]th birthday — she talked about the cake all week. With love, [[PERSON|Cressida]]`,
  ],
  [
    'family-chat',
    `Dad: hospital food's terrible lol\n[[PERSON|Conor]]: what bed are you? bringing sandwiches\nDad: bed 14 ward 6\n[[PERSON|Oriane]]: I'll drive, my reg is [[PLATE|231-D-48107]] for the parking pass\n[[PERSON|Conor]]: grand, see you at 6`,
  ],
  [
    'family-chat',
    `[[PERSON|Melisande]]: Grandpa moved to room 512\n[[PERSON|Radomir]]: ok, parking garage needs the plate - [[PLATE|8KTV291]] right?\n[[PERSON|Melisande]]: yep the silver one`,
  ],
  [
    'sms-reminder',
    `Hi [[PERSON|Auberon]], reminder: physio at Southgate Clinic on Thu [[DATE|26 Nov]] at 10:40. Reschedule: [[URL|https://book.example.com/r/AX73Q]] Ref BK55201`,
  ],
  [
    'sms-reminder',
    `Flu vaccine clinic this Saturday 9am–1pm at the surgery. No appointment needed for over-65s. Reply STOP to opt out.`,
  ],
  [
    'neonatal-unit',
    `NICU admission — Baby girl of [[PERSON|Philippa Stowmarket]], born [[DATE|22/11/2026]] 23:48 at 31+2 weeks, 1540 g. Apgars 6 and 8. Hosp no [[MRN|N2611-0088]], NHS No [[INSURANCE_ID|9998076498]]. CPAP 6, FiO2 0.3. Father [[PERSON|Rohan Stowmarket]] [[PHONE|07700 900731]].`,
  ],
  [
    'neonatal-unit',
    `NICU discharge teaching checklist: safe sleep on back, car seat fitted, feeds every 3 hours, weight check with health visitor in one week, call 111 if feeding poorly, jaundice deepens or temperature above 38.`,
  ],
  [
    'burns-unit',
    `Burns unit dressing chart — [[PERSON|Caspar Linthwaite]], MRN [[MRN|BU-330917]], [[DATE|11/21/2026]]: 9% TBSA partial-thickness scald R arm and chest, silver dressing changed under Entonox, graft site healing. Dressed by [[PERSON|Siobhan Akintola]], RN. Next change [[DATE|11/24/2026]].`,
  ],
  [
    'burns-unit',
    `Hi [[PERSON|Digby]], your scar review with [[PERSON|Beth Arkwright]] (burns OT) is on [[DATE|1 Dec 2026]] at 2pm. Bring your pressure garment. Queries: [[PHONE|01632 960483]].`,
  ],
  [
    'falls-clinic',
    `Falls clinic [[DATE|20/11/2026]] — [[PERSON|Wilfred Hollins-Aye]], [[AGE|91]], 4 falls in 6 months, TUG 22 s, orthostatic drop 28 mmHg. Stop doxazosin; refer to strength & balance. Lives at [[ADDRESS|Flat 2, 7 Crowhurst Lane, Hastings TN34 2PL]]. Daughter [[PERSON|Evadne]] [[PHONE|07700 900147]]. Hosp no [[MRN|HH-550284]]`,
  ],
  [
    'falls-clinic',
    `Falls prevention home visit: OT [[PERSON|Lindiwe Pellingham]] visited [[PERSON|Agnes Moorcroft]] on [[DATE|19 Nov]]; grab rails fitted, loose rug removed, pendant alarm tested and working; daughter [[PERSON|Pamela Moorcroft]] present. Next review in 3 months.`,
  ],
  [
    'home-parenteral-nutrition',
    `Home PN review — [[PERSON|Laurel Ruddlesden]], MRN [[MRN|7714026]], [[DATE|11/20/2026]]. Short bowel, on PN 5 nights/week via tunnelled line, no line infections this year. Weight 58.2 kg. Email for pump delivery queries: [[EMAIL|laurel.rud@example.com]]. Nutrition nurse: [[PERSON|Briony Waterfall]]`,
  ],
  [
    'home-parenteral-nutrition',
    `HPN homecare delivery confirmation: [[PERSON|Laurel Ruddlesden]], [[ADDRESS|31 Corncrake Rise, Sheffield S10 4HW]], delivery Wed [[DATE|25 Nov]], 8–12. Driver will call [[PHONE|07700 900295]]. Order HC-661024.`,
  ],
  [
    'hand-therapy',
    `Hand therapy note [[DATE|23 Nov 2026]]: [[PERSON|Florian Frampington]], 5/52 post zone II FDP repair R ring finger. Modified Kleinert regime, dorsal blocking splint. TAM 150°. Therapist [[PERSON|Juno Bexwith]]. Email [[EMAIL|ff.hands@example.org]]`,
  ],
  [
    'hand-therapy',
    `Hand therapy home exercises (from your first session): tendon glides 10 reps every 2 hours while awake; keep the splint on at night and in crowds; no gripping or lifting until your therapist says so.`,
  ],
];

export function generateDeidHoldout18(): LabelledRecord[] {
  return holdoutRecords('h18', zh, en);
}

export const DEID_HOLDOUT_18_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/labelled/deid-holdout-18.jsonl',
);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const records = generateDeidHoldout18();
  writeFileSync(DEID_HOLDOUT_18_PATH, renderJsonl(records));
  console.log(`wrote ${records.length} records to ${DEID_HOLDOUT_18_PATH}`);
}
