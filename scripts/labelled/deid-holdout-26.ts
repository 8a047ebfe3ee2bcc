import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { holdoutRecords, type LabelledRecord, renderJsonl } from './generate-deid.ts';

/**
 * The ROUND-26 fresh held-out de-identification set (data/labelled/deid-holdout-26.jsonl): hand-written
 * snippets with hand-placed spans, marked inline as [[TYPE|text]] (parseMarked strips the marks and
 * records UTF-16 offsets). Written by a separate annotator who did not read the recognizer code and
 * never ran a recognizer on these snippets; it must not be used to tune the recognizers.
 *
 * About four fifths are the everyday documents of a general hospital and the messages of its patients
 * (admission, progress and discharge notes, outpatient notes and letters, referrals, handovers, nursing
 * notes, lab, pathology and imaging reports, prescriptions and labels, consent, billing papers, online
 * consultations, patient messages and e-mails, family chats and SMS reminders), in new wording and
 * specialties; about a fifth come from settings earlier rounds did not list as genres: intravitreal
 * (anti-VEGF) injection clinics, CAR-T cell therapy units, eating-disorder units, child development
 * (developmental-behavioural) clinics and interventional radiology.
 *
 * Identifiers are synthetic: resident IDs carry a valid GB 11643 check character and a region code, sex
 * digit and birth date consistent with the text (15-digit IDs likewise), bank cards a valid Luhn digit,
 * NHS numbers are in the 999 test range with their modulus-11 digit, the Australian Medicare numbers
 * pass their check digit and the OHIP numbers their Luhn digit; the US SSN is in the 987-65-432x
 * advertising range. Phones are random mainland numbers or fictional ranges (North American 555-01xx,
 * UK 07700 900xxx and 01632 960xxx, Australian 0491 570 xxx); mail and web hosts are example.*; IP
 * addresses come from the documentation ranges.
 *
 * Span conventions are those of data/labelled/deid-holdout-2 to -25 cards; the decisions new in this
 * round are in data/labelled/deid-holdout-26.card.yaml.
 */
const zh: Array<[string, string]> = [
  [
    'admission',
    `呼吸与危重症医学科入院记录\n姓名：[[PERSON|贺建民]]　性别：男　年龄：64岁　民族：汉\n身份证号：[[ID_CARD|370102196208151457]]\n现住址：[[ADDRESS|济南市历下区泺源大街126号泉景花园3号楼2单元602室]]\n入院日期：[[DATE|2026年11月21日]] 14:20\n主诉：咳嗽、咳黄痰伴发热5天，气促2天。\n查体：T 39.1℃，R 26次/分，SpO2 89%（未吸氧），右下肺可闻及湿啰音。CURB-65评分2分。\n初步诊断：社区获得性肺炎（重症待排）\n住院号：[[MRN|JN26-118407]]　床号：[[MRN|32]]\n联系人：妻子 [[PERSON|闫秀英]] [[PHONE|15866213094]]`,
  ],
  [
    'admission',
    `肾内科今日收治[[PERSON|柏玉兰]]，女，[[AGE|92]]岁，身份证[[ID_CARD|420111340306302]]，因双下肢水肿加重10天、尿量减少3天由养老院送入，查肌酐412 μmol/L、血钾6.1 mmol/L，考虑慢性肾脏病5期、高钾血症，予降钾、利尿处理，家属暂不同意血液透析，安排[[MRN|8]]床（靠窗9床为空床），住院号[[MRN|SN2611-0574]]，主要联系人为外孙[[PERSON|邹宇轩]]，手机[[PHONE|17786031529]]，入院时间[[DATE|2026年11月22日]]16时。`,
  ],
  [
    'admission',
    `儿科入院｜[[PERSON|龚子涵]]｜女｜3岁2月｜身份证[[ID_CARD|510107202309145888]]\n入院｜[[DATE|2026-11-22]] 21:05｜急诊转入｜床号[[MRN|11]]\n主诉｜发热3天，抽搐1次（全身强直阵挛，持续约2分钟）\n诊断｜热性惊厥（单纯型）；急性上呼吸道感染\n母亲[[PERSON|罗晓雯]]陪护，电话[[PHONE|13980642715]]｜接诊：[[PERSON|鲍]]医生`,
  ],
  [
    'progress-note',
    `[[DATE|2026-11-21]]　消化内科病程记录\n患者[[PERSON|田志勇]]，男，58岁，[[MRN|17]]床，肝硬化失代偿期伴食管胃底静脉曲张破裂出血，入院第3天。昨日内镜下套扎治疗后未再呕血，今晨Hb 78 g/L，血氨46 μmol/L，神志清。继续特利加压素、PPI，禁食至明日。Child-Pugh B级（9分）。家属（弟弟[[PERSON|田志明]]）已签署输血同意书。\n记录医师：[[PERSON|阮]]　上级医师：[[PERSON|皇甫]]主任`,
  ],
  [
    'progress-note',
    `重症医学科病程记录（SOAP）　[[DATE|2026-11-22]]\n床号：[[MRN|4]]　姓名：[[PERSON|钱永刚]]　住院号：[[MRN|ICU2611388]]\nS：气管插管镇静中，无法主诉。\nO：RASS -2，去甲肾上腺素0.12 μg/kg/min，乳酸2.8 mmol/L，PCT 18.6 ng/ml，尿量35 ml/h。\nA：重症急性胰腺炎并脓毒性休克，第4天。\nP：维持MAP≥65 mmHg，[[DATE|11月23日]]复查腹部增强CT，监测膀胱压。\n医师：[[PERSON|邵]]　护士：[[PERSON|伊力夏提]]`,
  ],
  [
    'progress-note',
    `肿瘤内科病程记录　[[DATE|2026年11月19日]]（周四）\n[[PERSON|梅淑芬]]，女，67岁，胰腺癌肝转移，AG方案第3周期第8天。今日ANC 0.9×10^9/L，予升白治疗，暂缓化疗。患者诉乏力、食欲差，NRS疼痛评分3分，羟考酮缓释片10 mg q12h有效。患者儿子[[PERSON|邱海涛]]希望了解临床试验入组条件，已约[[DATE|11月26日]]与研究护士面谈。\n主治医师：[[PERSON|晏]]`,
  ],
  [
    'discharge',
    `出院记录\n姓名：[[PERSON|钟雅琴]]　性别：女　年龄：52岁　住院号：[[MRN|WH2610763]]\n身份证号：[[ID_CARD|42011119740602370X]]\n住址：[[ADDRESS|武汉市洪山区雄楚大道1037号南湖山庄15栋1单元704]]\n入院日期：[[DATE|2026年11月9日]]　出院日期：[[DATE|2026年11月18日]]\n入院诊断：甲状腺乳头状癌\n诊疗经过：[[DATE|11月11日]]在全麻下行甲状腺全切+中央区淋巴结清扫术，术后甲状旁腺素偏低，补钙后手足麻木缓解。\n出院医嘱：左甲状腺素钠片100 μg qd；碳酸钙D3片600 mg bid；[[DATE|12月2日]]甲乳外科复查。\n医师：[[PERSON|柯]]`,
  ],
  [
    'discharge',
    `剖宫产术后出院注意事项：产后42天内避免提重物和剧烈运动，伤口愈合前不要泡澡；恶露一般持续4–6周，如量突然增多、有异味或伴发热，请及时就诊。鼓励母乳喂养，按需哺乳。产后42天请带宝宝一起回医院做母婴健康检查。`,
  ],
  [
    'discharge',
    `出院证明\n兹证明[[PERSON|孟庆祥]]，男，83岁，身份证号[[ID_CARD|210103430917357]]，于[[DATE|2026年11月6日]]因“脑梗死（左侧大脑中动脉供血区）”入住我院神经内科，经静脉溶栓及早期康复治疗，右侧肢体肌力恢复至4-级，于[[DATE|2026年11月20日]]出院，转社区康复。\n建议：长期阿司匹林及阿托伐他汀，[[DATE|2026年12月18日]]神经内科门诊复查。\n主治医师：[[PERSON|荆]]　家属签收：[[PERSON|孟丽君]]`,
  ],
  [
    'outpatient',
    `风湿免疫科门诊　[[DATE|2026-11-20]]\n姓名：[[PERSON|龙晓梅]]　女　31岁　门诊号：[[MRN|FS0318826]]　医保卡号：[[INSURANCE_ID|5301003318725]]\n主诉：面部红斑、关节痛3月，口腔溃疡2周。\n检查：ANA 1:1000（均质型），抗dsDNA 286 IU/ml，补体C3 0.52 g/L，尿蛋白2+。\n诊断：系统性红斑狼疮（SLEDAI 12分），狼疮肾炎待排\n处理：羟氯喹0.2 g bid，泼尼松30 mg qd；收住院行肾穿刺。\n医师：[[PERSON|桂]]`,
  ],
  [
    'outpatient',
    `耳鼻咽喉头颈外科门诊：[[PERSON|包一鸣]]，男，9岁，身份证[[ID_CARD|150105201704033152]]，父亲[[PERSON|包额尔敦]]代诉夜间打鼾伴张口呼吸1年，白天注意力不集中。查体：双侧扁桃体III度肿大，鼻内镜示腺样体堵塞后鼻孔约80%。诊断：腺样体肥大、扁桃体肥大、儿童阻塞性睡眠呼吸暂停。处理：预约多导睡眠监测，拟行低温等离子腺样体扁桃体切除术。联系电话[[PHONE|15047316820]]。医师：[[PERSON|满]]`,
  ],
  [
    'outpatient',
    `泌尿外科门诊｜[[PERSON|常德贵]]｜男｜[[AGE|95]]岁｜门诊号[[MRN|MZ2611-40918]]\n主诉：排尿困难加重1月，夜尿5–6次。\n查体：直肠指检前列腺III度增大，质韧，无结节；残余尿190 ml。\nPSA 6.8 ng/ml，IPSS 26分。\n诊断：良性前列腺增生（重度）\n处理：坦索罗辛0.2 mg qn，留置导尿；择期经尿道前列腺电切。\n陪同：孙子[[PERSON|常浩然]]（手机[[PHONE|18235907461]]）｜医师：[[PERSON|宁]]`,
  ],
  [
    'referral',
    `双向转诊单（下转）\n患者：[[PERSON|葛春华]]　女　78岁　身份证：[[ID_CARD|440106480411688]]\n住址：[[ADDRESS|广州市天河区黄埔大道西375号天韵花园11座1503房]]\n诊断：2型糖尿病足（Wagner 2级），已清创\n转入单位：天河区某街道社区卫生服务中心\n转诊目的：伤口换药、血糖管理\n转诊日期：[[DATE|2026年11月20日]]\n转出医生：[[PERSON|麦咏琪]]　联系手机：[[PHONE|13760528413]]`,
  ],
  [
    'referral',
    `会诊单｜申请科室：产科｜[[MRN|6]]床｜[[PERSON|苏婉婷]]｜女｜33岁｜住院号[[MRN|CK2611217]]\n病情：孕34周，血压168/110 mmHg，尿蛋白3+，诉头痛、视物模糊。\n会诊目的：请眼科查眼底，协助评估子痫前期严重程度。\n申请医师：[[PERSON|詹书瑶]]（手机[[PHONE|15120836947]]）｜时间：[[DATE|2026-11-22]] 09:10`,
  ],
  [
    'referral',
    `转诊信\n[[PERSON|次旦卓玛]]，女，46岁，藏族，身份证号[[ID_CARD|540102198002194727]]，现住[[ADDRESS|拉萨市城关区林廓北路58号雪莲小区2栋302室]]。因乏力、双手麻木2月，查Hb 82 g/L、MCV 118 fL，维生素B12明显降低，考虑巨幼细胞贫血伴亚急性联合变性可能，特转上级医院血液科及神经内科诊治。\n联系人：丈夫[[PERSON|扎西平措]] [[PHONE|13908910264]]\n[[DATE|2026年11月18日]]　经治医生：[[PERSON|德央]]`,
  ],
  [
    'handover',
    `呼吸科夜班交班 [[DATE|11/21]]\n床号  姓名      诊断             交班要点\n[[MRN|21]]    [[PERSON|于桂珍]]    慢阻肺急性加重   无创呼吸机，复查血气PaCO2 62\n22    空床\n[[MRN|23]]    [[PERSON|阿卜杜拉]]  肺结核待排       已单间隔离，痰涂片明早送检\n[[MRN|25]]    [[PERSON|孔令军]]    肺栓塞           低分子肝素，注意咯血\n加床  无名氏（女，约70岁）  意识模糊  派出所协助查找家属\n交班：[[PERSON|立夏]]　接班：[[PERSON|祁丽娜]]`,
  ],
  [
    'handover',
    `（产房交班，录音整理）[[MRN|一]]号产房是[[PERSON|谭梦瑶]]，初产，宫口开到6厘米了，胎心一直好，已经上了分娩镇痛；二号产房刚空出来在消毒；[[MRN|三]]号是二胎的[[PERSON|黎美玲]]，瘢痕子宫，主任说可以试产，有情况马上叫[[PERSON|佘]]主任。她老公在门口，电话[[PHONE|18077413526]]。我是[[PERSON|付嘉琳]]，交完了。`,
  ],
  [
    'handover',
    `急诊留观交班｜[[DATE|2026-11-22]] 20:00\n留观[[MRN|3]]床｜[[PERSON|范志强]]｜男｜46岁｜急性酒精中毒，呕吐后已清醒，待家属来接\n留观4床｜空\n留观[[MRN|5]]床｜[[PERSON|聂桂芳]]｜女｜[[AGE|94]]岁｜肺部感染，SpO2 92%（鼻导管3 L），女儿[[PERSON|谷红英]]要求住院，等床\n留观6床｜未带证件男性（约30岁），头皮裂伤已缝合，警察陪同\n交：[[PERSON|蔺]]医生　接：[[PERSON|上官]]医生`,
  ],
  [
    'nursing-note',
    `神经内科护理记录单\n姓名：[[PERSON|汤国华]]　男　72岁　床号：[[MRN|9]]　住院号：[[MRN|SJ2611093]]\n[[DATE|11-21]] 22:00　脑梗死第2天，右侧肢体肌力2级，洼田饮水试验3级，暂禁食，留置胃管鼻饲。\n[[DATE|11-22]] 03:00　躁动，试图拔胃管，遵医嘱予保护性约束，家属知情。\n[[DATE|11-22]] 07:00　GCS 14分，约束已解除。妻子[[PERSON|郭淑英]]陪护。\n护士：[[PERSON|樊]]`,
  ],
  [
    'nursing-note',
    `造口护理宣教：造口袋底盘一般3–5天更换一次，若有渗漏随时更换；底盘开口剪得比造口大1–2毫米；周围皮肤用温水清洁、擦干后再粘贴。如果造口颜色发黑、回缩或周围皮肤破溃，请尽快到造口门诊就诊。饮食上少吃豆类、碳酸饮料等易产气食物。`,
  ],
  [
    'nursing-note',
    `“互联网+护理服务”上门记录｜[[PERSON|陶秀兰]]｜女｜80岁｜身份证[[ID_CARD|500103194607114786]]\n服务地址｜[[ADDRESS|重庆市渝中区上清寺路141号枇杷山小区4栋8-2]]\n[[DATE|11月21日]]（周六）上门：PICC维护，冲管封管，更换透明敷料，穿刺点无红肿；臂围较置管时增加0.5 cm。\n照护者：女儿[[PERSON|严晓红]]｜下次维护：[[DATE|11月28日]]｜护士[[PERSON|冉]]`,
  ],
  [
    'lab-report',
    `检验报告单（生化）\n姓名：[[PERSON|雷振东]]  性别：男  年龄：49岁  住院号：[[MRN|ZY2611652]]  床号：[[MRN|15]]\n标本号：[[MRN|S26112210873]]  采样时间：[[DATE|2026-11-22]] 06:30\n项目        结果      参考范围\nALT         312 ↑     9–50 U/L\nAST         268 ↑     15–40 U/L\nTBIL        86.4 ↑    0–26 μmol/L\nALB         31.2 ↓    40–55 g/L\nINR         1.6 ↑     0.8–1.2\n检验者：[[PERSON|卞]]  审核者：[[PERSON|吉]]`,
  ],
  [
    'lab-report',
    `微生物检验报告\n姓名：[[PERSON|吕浩宇]]　性别：男　年龄：27岁　门诊号：[[MRN|0052281764]]\n身份证号：[[ID_CARD|430104199901283135]]\n标本：中段尿　送检日期：[[DATE|2026年11月18日]]\n培养结果：大肠埃希菌 >10^5 CFU/ml（ESBL阳性）\n药敏：亚胺培南S，阿米卡星S，呋喃妥因S，头孢曲松R，左氧氟沙星R\n报告日期：[[DATE|2026年11月20日]]　检验者：[[PERSON|邢佳琪]]　审核：[[PERSON|和]]`,
  ],
  [
    'lab-report',
    `无创产前DNA检测报告｜样本编号 [[MRN|NIPT26-110384]]｜门诊号 [[MRN|CQ2611-5071]]\n孕妇：[[PERSON|廖思琪]]｜32岁｜孕13+4周｜身份证 [[ID_CARD|510107199405069868]]\n结果：21三体 低风险；18三体 低风险；13三体 低风险；胎儿游离DNA浓度 9.6%\n采血日期 [[DATE|2026-11-13]]｜报告日期 [[DATE|2026-11-20]]｜审核 [[PERSON|向]]`,
  ],
  [
    'imaging-report',
    `胸部CT平扫\n姓名：[[PERSON|许德华]]　性别：男　年龄：71岁　影像号：[[MRN|CT1126045]]\n检查日期：[[DATE|2026年11月21日]]\n所见：右肺上叶尖段见一部分实性结节，大小约1.4 cm×1.2 cm，实性成分约0.8 cm，可见分叶及胸膜凹陷征。与[[DATE|2026年5月]]片比较实性成分增多。纵隔未见肿大淋巴结。\n印象：右肺上叶部分实性结节，肺癌可能，建议胸外科就诊。\n报告医师：[[PERSON|付]]　审核医师：[[PERSON|东方]]医师`,
  ],
  [
    'imaging-report',
    `乳腺X线摄影｜影像号[[MRN|MG2611-19372]]｜[[PERSON|房静怡]]｜女｜48岁\n所见：双乳腺体呈不均匀致密型（c型）；左乳外上象限见簇状细小多形性钙化，范围约1.2 cm，段样分布；右乳未见异常。\n提示：左乳BI-RADS 4B类，建议钙化定位活检。\n检查时间：[[DATE|2026.11.17]]｜报告：[[PERSON|段]]医师`,
  ],
  [
    'prescription',
    `儿科门诊处方笺\n处方编号：2611210388\n姓名：[[PERSON|石梓萱]]　女　5岁　体重18 kg　门诊号：[[MRN|EK2611-6632]]\n临床诊断：急性化脓性扁桃体炎\nRp：阿莫西林颗粒0.25 g×24袋，每次0.5 g，每日3次\n　　布洛芬混悬液100 ml，体温>38.5℃时每次6 ml\n医师：[[PERSON|易]]　调配：[[PERSON|侯嘉怡]]　日期：[[DATE|2026-11-21]]`,
  ],
  [
    'prescription',
    `麻醉药品处方（第一类）\n患者：[[PERSON|贾世荣]]　男　80岁　身份证号：[[ID_CARD|140105460302789]]\n代办人：女儿[[PERSON|贾晓慧]]　身份证号：[[ID_CARD|140105197508173560]]\n诊断：肺癌骨转移，重度癌痛\nRp：硫酸吗啡缓释片30 mg×14片，30 mg q12h\n处方号：M2611-0072　医师：[[PERSON|尚]]　日期：[[DATE|2026年11月21日]]`,
  ],
  [
    'prescription',
    `中药代煎配送单\n收货人：[[PERSON|甘晓丽]]　电话：[[PHONE|13592047816]]\n收货地址：[[ADDRESS|郑州市金水区政七街96号金桥苑6号楼1单元1102]]\n处方：黄芪30 g、党参15 g、白术12 g、茯苓15 g、当归10 g、炙甘草6 g，7剂，每日1剂，每剂代煎2袋，早晚温服。\n医保卡号：[[INSURANCE_ID|4101005328841]]　订单号：ZY26112100419`,
  ],
  [
    'consent',
    `输血治疗知情同意书\n患者姓名：[[PERSON|殷翠华]]　性别：女　年龄：59岁　住院号：[[MRN|XY2611084]]\n身份证号：[[ID_CARD|610103196709232948]]\n输血前检查：ABO血型A型，RhD阳性，乙肝表面抗原阴性，HIV抗体阴性。\n拟输注：悬浮红细胞2 U\n告知风险：发热、过敏反应、溶血反应、经血传播疾病等。\n患者签名：[[PERSON|殷翠华]]　日期：[[DATE|2026-11-19]]　医师：[[PERSON|车]]`,
  ],
  [
    'consent',
    `手术知情同意书\n患儿：[[PERSON|骆子轩]]，男，4岁，身份证号[[ID_CARD|350203202205102373]]\n拟行手术：腹腔镜下右侧腹股沟斜疝高位结扎术\n监护人：父亲[[PERSON|骆文博]]，身份证号[[ID_CARD|350203199103040170]]，电话[[PHONE|15980723614]]\n监护人签字：[[PERSON|骆文博]]　日期：[[DATE|2026年11月20日]]　主刀医师：[[PERSON|阎]]`,
  ],
  [
    'consent',
    `授权委托书\n本人[[PERSON|洪国富]]（身份证号[[ID_CARD|330302195401267098]]），现住院于心胸外科[[MRN|12]]床，因病情原因，委托儿子[[PERSON|洪建辉]]（电话[[PHONE|13857729403]]）代为行使知情同意权，签署与诊疗相关的各项文书。\n委托人：[[PERSON|洪国富]]　受托人：[[PERSON|洪建辉]]　见证人：[[PERSON|瞿]]（护士）\n[[DATE|2026年11月17日]]`,
  ],
  [
    'billing',
    `门诊退费申请｜患者[[PERSON|叶秋萍]]｜门诊号[[MRN|MZ0519376]]\n退费原因：胃镜检查预约取消（患者感冒发热）\n退费金额：¥486.00｜原支付方式：银行卡\n退款卡号：[[BANK_CARD|6217003017624061631]]｜开户行：建设银行\n发票号：44026118839　交易流水号：20261119113027446\n申请日期：[[DATE|2026-11-19]]｜经办：[[PERSON|芦]]`,
  ],
  [
    'billing',
    `住院费用结算清单\n姓名：[[PERSON|申桂花]]　住院号：[[MRN|JS2611371]]　医保号：[[INSURANCE_ID|2301014409827635]]\n住院日期：[[DATE|2026-11-04]]至[[DATE|2026-11-18]]（14天）\n总费用：38,612.50元　统筹支付：25,147.20元　个人自付：13,465.30元\n结算单号：JS20261118-0553　收费员：[[PERSON|庄]]`,
  ],
  [
    'billing',
    `惠民保理赔申请\n被保险人：[[PERSON|温晓阳]]　身份证号：[[ID_CARD|440305198807144512]]\n保单号：[[INSURANCE_ID|HMB2026440300518274]]\n住院时间：[[DATE|2026年10月27日]]–[[DATE|2026年11月9日]]\n申请理赔金额：¥52,380.00　收款卡号：[[BANK_CARD|6225 8813 6894 4293]]\n联系邮箱：[[EMAIL|wenxy88@example.cn]]\n联系地址：[[ADDRESS|深圳市南山区科苑南路2163号海岸花园7栋2004]]\n理赔案号：LP2611230091`,
  ],
  [
    'online-consult',
    `【互联网医院图文问诊】问诊单号 [[MRN|WZ202611210457]]\n患者：[[PERSON|金敏珠]]（朝鲜族）女 34岁｜就诊卡号 [[MRN|JZ7702835]]\n问：医生您好，我哺乳期6个月，右边乳房有个硬块3天了，有点红，摸着痛，体温37.8，还能喂奶吗？\n答（乳腺外科[[PERSON|汪]]医生）：考虑哺乳期乳腺炎，可以继续哺乳，先让宝宝吸右侧，喂完冷敷。若发热超过38.5℃或硬块变软有波动感，请今天线下就诊做B超。\n登录账号：[[ACCOUNT|jinminzhu_0312]]　登录IP：[[IP|203.0.113.148]]`,
  ],
  [
    'online-consult',
    `（视频复诊录音转写）医生：你好，是[[PERSON|土豆]]的家长吧？妈妈：是的，孩子大名叫[[PERSON|秦一诺]]，上个月在你们这看的哮喘。医生：这周晚上还咳吗？妈妈：半夜还咳几声，喷雾每天两次在用。医生：好，布地奈德继续用，[[DATE|12月5日]]来医院做个肺功能。我是[[PERSON|荀]]医生。`,
  ],
  [
    'online-consult',
    `互联网复诊续方｜[[PERSON|单玉梅]]｜女｜70岁｜身份证[[ID_CARD|230103195603057787]]\n诊断：高血压病3级；2型糖尿病\n续方：氨氯地平5 mg qd；二甲双胍0.5 g tid；共28天\n配送地址｜[[ADDRESS|哈尔滨市南岗区红军街218号学苑小区9栋3单元601]]\n收件电话｜[[PHONE|18745026391]]｜下单账号[[ACCOUNT|shanym_1956]]｜下单IP [[IP|198.51.100.238]]
审方药师：[[PERSON|郝]]`,
  ],
  [
    'patient-message',
    `[[PERSON|岳]]医生您好，我是上周四在您那做宫颈锥切的病人，门诊号[[MRN|FK2611-08427]]。这两天出血比月经量还多，还有血块，需要马上去急诊吗？我的微信号是[[ACCOUNT|lanlan_sky2026]]，麻烦您看到回复一下。——[[PERSON|兰欣怡]]`,
  ],
  [
    'patient-message',
    `致医院医务科：\n我母亲[[PERSON|关淑贞]]，[[AGE|九十一]]岁，[[DATE|11月15日]]在贵院急诊留观，等了将近6小时才有人给她换尿垫，骶尾部皮肤都磨破了。希望医院调查此事并给予答复。\n联系人：[[PERSON|富振宇]]（儿子）\n电话：[[PHONE|13604031187]]　邮箱：[[EMAIL|fuzhenyu_sy@example.com]]\n地址：[[ADDRESS|沈阳市沈河区青年大街219号华润公寓A座1809]]\n[[DATE|2026年11月19日]]`,
  ],
  [
    'patient-message',
    `病案室老师您好：\n我是患者[[PERSON|邬雨萱]]，身份证号[[ID_CARD|330302199608180123]]，[[DATE|2026年9月]]在贵院做了腰椎间盘髓核摘除术（住院号[[MRN|GK2609338]]）。因出国留学需要，想申请复印住院病历并开具英文诊断证明，护照号[[PASSPORT|EK4827193]]。材料可以寄送，或发电子版到[[EMAIL|wu.yuxuan96@example.cn]]，电话[[PHONE|15057730628]]。谢谢！`,
  ],
  [
    'family-chat',
    `【家庭群：爸住院这几天】\n[[PERSON|国胜]]：爸今天下午拍完CT了，医生说肺上那个结节要做穿刺\n[[PERSON|秀霞]]：我明天上午请假过去，住几楼？\n[[PERSON|国胜]]：住院部8楼36床，停车场满了，你开我的车[[PLATE|湘A7K92Q]]过来停对面商场\n妈：你们别都请假，轮着来\n[[PERSON|秀霞]]：@[[PERSON|国胜]] 穿刺哪天做？\n[[PERSON|国胜]]：初定[[DATE|11月25日]]，要家属签字`,
  ],
  [
    'family-chat',
    `【奶奶陪护排班】\n[[PERSON|甜甜]]：奶奶今天血糖挺稳，护工[[PERSON|蒋]]阿姨说晚上起夜两次\n三叔：明天我白天，晚上谁？\n[[PERSON|阿涛]]：我晚上，下班开车过去，车牌[[PLATE|苏E3M8W1]]已经在医院登记了\n[[PERSON|甜甜]]：好👍 记得带奶奶的医保卡`,
  ],
  [
    'sms-reminder',
    `【某医院】[[PERSON|屈]]女士您好，您预约的[[DATE|11月27日]]上午9:30乳腺超声检查，请携带身份证提前15分钟到门诊3楼登记。改约请点击 [[URL|https://yy.example.cn/s/Q4M7Z]] ，回复TD退订。`,
  ],
  [
    'sms-reminder',
    `【某医院】温馨提示：本院门诊停车场11月25日至12月10日地面翻修，期间驾车来院的患者请停放至对面市民广场地下停车场，院内提供免费接驳车。给您带来不便，敬请谅解。`,
  ],
  [
    'intravitreal-injection-clinic',
    `玻璃体腔注药记录\n姓名：[[PERSON|全春梅]]　女　[[AGE|90]]岁　注药门诊号：[[MRN|YD2611-0385]]\n诊断：左眼湿性年龄相关性黄斑变性\n本次：[[DATE|2026-11-20]]　左眼　阿柏西普2 mg/0.05 ml（第5针）\n既往注射：[[DATE|2026-06-12]]、[[DATE|2026-07-10]]、[[DATE|2026-08-14]]、[[DATE|2026-10-09]]\n注药前视力0.12，OCT中央视网膜厚度312 μm；注药后眼压18 mmHg，光感存在。药品批号L26C0417。\n陪同：儿子[[PERSON|全德海]]｜医师：[[PERSON|冼]]`,
  ],
  [
    'intravitreal-injection-clinic',
    `眼内注药后注意事项：当天不要揉眼，3天内避免脏水进眼，洗头洗脸时闭眼；按医嘱滴抗生素眼药水。注射后眼前有小黑影飘动、轻微异物感属常见现象。如出现眼痛加重、视力突然下降或眼红明显，请立即回院或到急诊就诊。`,
  ],
  [
    'car-t-unit',
    `CAR-T细胞治疗记录\n患者：[[PERSON|宁卫国]]　男　57岁　住院号：[[MRN|XY2611529]]　细胞治疗编号：[[MRN|CART-26-0193]]\n身份证号：[[ID_CARD|360103196904073776]]\n诊断：复发/难治性弥漫大B细胞淋巴瘤\n单采日期：[[DATE|2026-10-21]]　清淋（FC方案）：[[DATE|2026-11-12]]至[[DATE|2026-11-14]]　回输日期：[[DATE|2026-11-17]]（D0）\nD+5：T 39.4℃，BP 92/55 mmHg，CRS 2级，予托珠单抗8 mg/kg；ICE评分10分，暂无神经毒性。产品批号CT2610-4471。\n主管医师：[[PERSON|蒯]]　护士：[[PERSON|牛晓燕]]`,
  ],
  [
    'car-t-unit',
    `CAR-T回输后出院告知\n患者[[PERSON|冯思源]]于[[DATE|2026年11月3日]]回输，现为D+18，血象已恢复。回输后8周内须居住在距医院2小时车程以内，8周内禁止驾车。24小时照护人：妻子[[PERSON|贝晓琴]]（手机[[PHONE|13319846207]]），居住地址：[[ADDRESS|长沙市岳麓区桐梓坡路322号湖大新村5栋402]]。如出现发热≥38℃、意识混乱、言语不清或书写困难，立即联系细胞治疗病房。\n患者签字：[[PERSON|冯思源]]　照护人签字：[[PERSON|贝晓琴]]　[[DATE|2026-11-21]]`,
  ],
  [
    'eating-disorder-unit',
    `进食障碍病区入院评估\n姓名：[[PERSON|夏可馨]]　女　17岁　身份证号：[[ID_CARD|310115200903260348]]\n住院号：[[MRN|JW2611203]]　床号：[[MRN|6]]\n入院日期：[[DATE|2026-11-19]]　体重36.2 kg，身高163 cm，BMI 13.6，心率46次/分，血钾3.1 mmol/L。\n诊断：神经性厌食（限制型）\nEDE-Q总分4.8；停经始于[[DATE|2026年3月]]。\n监护人：母亲[[PERSON|邵晓芸]] [[PHONE|13918406275]]\n计划：再喂养综合征高风险，首日能量1000 kcal，每日查电解质及血磷。`,
  ],
  [
    'eating-disorder-unit',
    `进食障碍病区餐后监护记录｜[[PERSON|蓝雨桐]]｜[[MRN|3]]床\n[[DATE|11-20]] 午餐：完成计划餐100%，餐后30分钟内如厕1次（有陪同）。\n[[DATE|11-21]] 早餐：剩约1/3主食，情绪低落，诉“肚子胀”，予支持性谈话。\n[[DATE|11-21]] 晚餐：完成90%。\n周体重：[[DATE|11-16]] 38.4 kg → [[DATE|11-21]] 39.1 kg（背对屏幕盲称）\n记录：营养护士[[PERSON|左]]`,
  ],
  [
    'child-development-clinic',
    `儿童发育行为门诊评估记录\n患儿：[[PERSON|晏梓睿]]　男　3岁5月　门诊号：[[MRN|FY2611-2294]]\n身份证号：[[ID_CARD|420106202306129999]]\n主诉：不会说完整句子，叫名字不回应，喜欢把汽车玩具排成一排。\n评估：ADOS-2（模块1）比较分数8；Gesell发育商：语言58、社交52、大运动88；M-CHAT-R/F阳性。\n诊断：孤独症谱系障碍（支持需求2级）\n建议：每周3次康复训练；[[DATE|2027年2月]]复评。\n家长：父亲[[PERSON|晏明轩]]　电话[[PHONE|17720563918]]　医师：[[PERSON|褚]]`,
  ],
  [
    'child-development-clinic',
    `注意缺陷多动障碍随访｜[[PERSON|尤浩然]]｜男｜8岁｜门诊号[[MRN|FY2611-3051]]\n用药：哌甲酯缓释片18 mg qd（[[DATE|2026-09-07]]起）\nSNAP-IV（家长版）注意缺陷项均分1.4（治疗前2.3）；班主任[[PERSON|孟]]老师反馈上课能坐住了，作业仍拖拉。\n不良反应：午饭食欲下降，体重较[[DATE|2026年9月]]减少0.6 kg。\n下次复诊：[[DATE|2026-12-21]]｜医师：[[PERSON|褚]]`,
  ],
  [
    'interventional-radiology',
    `介入手术记录\n患者：[[PERSON|谷振海]]　男　66岁　住院号：[[MRN|JR2611407]]　床号：[[MRN|19]]\n手术日期：[[DATE|2026-11-20]]\n术式：经导管肝动脉化疗栓塞术（TACE）\n入路：右股动脉，5F RH导管，2.7F微导管超选至肝右动脉S8支\n用药：表柔比星40 mg+碘化油8 ml，明胶海绵颗粒栓塞\n透视时间12.3 min，DAP 86.4 Gy·cm²\n术者：[[PERSON|薛]]　助手：[[PERSON|孔繁宇]]　护士：[[PERSON|帕丽达]]`,
  ],
  [
    'interventional-radiology',
    `介入术后穿刺侧下肢制动须知：股动脉穿刺处加压包扎6小时，右腿伸直、不要弯曲，12小时内不要下床，可以轻轻活动脚趾。若穿刺处渗血、肿胀，或脚发凉、发麻，请立即按呼叫铃。术后多喝水，帮助造影剂排出。`,
  ],
];

const en: Array<[string, string]> = [
  [
    'admission',
    `HISTORY AND PHYSICAL — Internal Medicine\nPatient: [[PERSON|Doreen Kaczmarek]]   DOB [[DATE|03/14/1951]]   MRN [[MRN|40871236]]\nAdmitted [[DATE|11/22/2026]] 19:40 via ED\nAddress: [[ADDRESS|4418 Persimmon Hollow Rd, Toledo, OH 43615]]\nInsurance: member ID [[INSURANCE_ID|BHP884203176]]\nCC: confusion and fever x2 days.\nHPI: 75F with T2DM and CKD 3b, found disoriented at home by her daughter [[PERSON|Tracy]]. Dysuria last week. T 39.2, HR 118, lactate 3.4, Cr 2.9 (baseline 1.6).\nA/P: sepsis, likely urinary source; AKI on CKD. Cultures, ceftriaxone, 30 mL/kg fluids.\nAttending: [[PERSON|Ravi Chandrasekar]], MD   Resident: [[PERSON|Hannah Olufemi]], PGY-2`,
  ],
  [
    'admission',
    `AMU clerking — [[DATE|23/11/2026]] 02:15\n[[PERSON|Winifred Postlethwaite]], [[AGE|96]], NHS [[INSURANCE_ID|999 112 7496]], hosp no [[MRN|RK4409218]]\nPC: fall at home, long lie (~10 h), found by carer at 23:00.\nCK 4,820, Na 149, urea 21, creat 168 (AKI 2). Pressure area red on sacrum, not broken.\nImp: rhabdo + AKI after long lie; ?UTI.\nPlan: IV fluids, fluid balance, bloods am, falls and frailty review.\nBed [[MRN|14]] (bed 15 closed, deep clean).\nNOK: grandson [[PERSON|Liam Postlethwaite]] [[PHONE|07700 900926]]\nClerked by Dr [[PERSON|Sood]] (FY1)`,
  ],
  [
    'admission',
    `Surgical Assessment Unit — admission [[DATE|21/11/2026]]\n[[PERSON|Kirra Dimmock]], 34F, UR [[MRN|2287415]], Medicare [[INSURANCE_ID|5427 77765 2]]\nAddress: [[ADDRESS|9 Paperbark Cl, Wodonga VIC 3690]]\nRUQ pain 36 h, Murphy's +, T 38.3, WCC 15.6. USS: gallstones, wall 5 mm, pericholecystic fluid.\nImp: acute cholecystitis. IV ceftriaxone + metronidazole, NBM from midnight, lap chole on the list for [[DATE|22/11/2026]].\nPartner [[PERSON|Jye]] on [[PHONE|0491 570 248]]\nSurgical reg: Dr [[PERSON|Papps]]`,
  ],
  [
    'progress-note',
    `Progress Note — Cardiology, HD 3 — [[DATE|11/21/2026]]\n[[PERSON|Alvin Toussaint]], 68M, Rm [[MRN|718]], MRN [[MRN|55019827]]\nS: Less dyspneic, slept flat last night.\nO: Net -2.1 L, wt 94.2 kg (97.0 on adm). Cr 1.4 (1.6), K 3.8. Echo EF 25%.\nA/P: ADHF, HFrEF. Continue IV furosemide 80 bid; start sacubitril-valsartan once off IV. Wife [[PERSON|Antoinette]] asking about discharge Monday [[DATE|11/23]].\n— [[PERSON|K. Banerjee]], PA-C`,
  ],
  [
    'progress-note',
    `Ward round — Cedar Ward — [[DATE|20/11/26]]\nConsultant: Dr [[PERSON|Birtwistle]]   Reg: Dr [[PERSON|Nnamdi Ugwu]]\n[[PERSON|SOWDEN, Maureen]] (bed [[MRN|6]]) — day 5 CAP, off O2 since yesterday, CRP 48 (212 on adm). Switch to oral co-amoxiclav. Home tomorrow if safe on stairs with physio. Husband [[PERSON|Wayne]] to collect.\nBed 7 empty.`,
  ],
  [
    'progress-note',
    `Medical progress note — [[DATE|19 Nov 2026]]\n[[PERSON|Pádraig Cuddihy]], 71, MRN [[MRN|A1138427]], St Brigid's Ward bed [[MRN|22]]\nDay 2 IV flucloxacillin for left leg cellulitis; erythema receding from the marked border. Afebrile. Lymphoedema of both legs noted.\nPlan: switch to oral if improving tomorrow; leg elevation; compression referral.\nDaughter [[PERSON|Úna]] (lives in Belfast) on [[PHONE|07700 900571]], updated.\nSHO: [[PERSON|Ciara Mulcair]]`,
  ],
  [
    'discharge',
    `DISCHARGE SUMMARY\nPatient: [[PERSON|Shaniqua Belton]]   MRN [[MRN|62207419]]   DOB [[DATE|07/02/1988]]\nAdmitted [[DATE|11/16/2026]]   Discharged [[DATE|11/20/2026]]\nDx: diabetic ketoacidosis, new-onset type 1 diabetes (GAD65 positive).\nHome address: [[ADDRESS|2710 Sweetgum Terrace Apt 4B, Jackson, MS 39211]]\nMeds: insulin glargine 18 units nightly, insulin lispro per carb ratio 1:12.\nFollow-up: endocrinology [[DATE|12/03/2026]]; diabetes educator call within 48 h.\nAttending: [[PERSON|Curtis Lemaire]], MD`,
  ],
  [
    'discharge',
    `Dear Dr [[PERSON|Macintyre]],\nRe: [[PERSON|Donal Haggerty]], DOB [[DATE|11/05/1949]], NHS [[INSURANCE_ID|999 156 3024]]\n[[PERSON|Donal]] was admitted on [[DATE|12/11/2026]] with melaena and a haemoglobin of 71. OGD showed a bleeding duodenal ulcer, treated with adrenaline and clips. He received three units of blood. H. pylori was positive and he has started eradication therapy.\nPlease stop his naproxen permanently and check his haemoglobin in two weeks. Repeat OGD is booked for [[DATE|14/01/2027]].\nYours sincerely,\nDr [[PERSON|Alisha Ramdin]], Gastroenterology Registrar`,
  ],
  [
    'discharge',
    `After your tonsillectomy (adults): expect a sore throat for up to two weeks, often worst on days four to seven, and earache is common. Take regular paracetamol and ibuprofen, eat normal food and drink plenty. White patches in the throat are normal healing. If you spit or cough up fresh blood, go straight to the nearest emergency department.`,
  ],
  [
    'outpatient',
    `Endocrinology Clinic — [[DATE|11/18/2026]]\n[[PERSON|Jessenia Zepeda-Barajas]], 41F, MRN [[MRN|73301854]]\nGraves' disease on methimazole 10 mg. TSH <0.01, FT4 2.1, TRAb 8.4. Mild lid retraction, CAS 1.\nDiscussed RAI vs thyroidectomy; she prefers surgery. Referred to Dr [[PERSON|Whitmarsh]], endocrine surgery.\nSpanish interpreter #40217 used.\nRTC [[DATE|January 2027]] with labs.`,
  ],
  [
    'outpatient',
    `Respiratory Clinic — [[DATE|17 November 2026]]\nDear Dr [[PERSON|Tauiliili]],\nRe: [[PERSON|Seini Fa'asavalu]], [[ADDRESS|14 Tōtara Rise, Māngere, Auckland 2022]]\nI saw [[PERSON|Seini]] today with her husband [[PERSON|Tevita]]. Her asthma is poorly controlled (ACT 13) with two courses of prednisone since winter. Technique was poor with the spacer. I have switched her to budesonide-formoterol as maintenance and reliever and asked our asthma nurse to see her.\nYours sincerely,\n[[PERSON|Hamish Corbett]], Respiratory Physician`,
  ],
  [
    'outpatient',
    `Dermatology consultation\n[[PERSON|LAFLEUR, Josiane]]   56F   OHIP [[INSURANCE_ID|3111 329 409]] VC KD   chart [[MRN|K-440917]]\nSeen [[DATE|2026-11-16]]. Referred for a changing pigmented lesion, left calf. Dermoscopy: atypical network, regression. Excisional biopsy with 2 mm margins booked [[DATE|2026-11-30]].\nHer sister [[PERSON|Véronique]] had melanoma at 48.\nDr [[PERSON|Mireille Castonguay]]`,
  ],
  [
    'referral',
    `Urgent suspected cancer referral — lower GI\nPatient: [[PERSON|Derrick Snell]]   DOB [[DATE|02/09/1958]]   NHS [[INSURANCE_ID|999 750 9870]]\nAddress: [[ADDRESS|7 Netherby Row, Keighley BD21 3QP]]\nMobile: [[PHONE|07700 900733]] (happy to be called, works nights)\nFIT 184 µg/g, iron-deficiency anaemia (Hb 94), 5 kg weight loss in 3 months.\nReferrer: Dr [[PERSON|Anjali Kotecha]]   Date: [[DATE|19/11/2026]]`,
  ],
  [
    'referral',
    `REFERRAL — Neurology\nTo: Dr. [[PERSON|Samuel Kenworthy]]\nPatient: [[PERSON|Marisol Benavides]], DOB [[DATE|10/30/1979]], cell [[PHONE|(505) 555-0164]]\nInsurance ID [[INSURANCE_ID|DSH-55207183]]\nReason: first unprovoked generalized seizure on [[DATE|11/14/2026]]; EEG and MRI pending. Not driving.\nPlease fax notes to (505) 555-0199.\nReferring: [[PERSON|Kelsey Ngo]], FNP`,
  ],
  [
    'referral',
    `Dear Dr [[PERSON|Kourakis]],\nThank you for seeing [[PERSON|Brodie MacAskill]], 29, of [[ADDRESS|3/41 Brigalow Grove, Toowoomba QLD 4350]] (mob [[PHONE|0491 570 719]]), Medicare [[INSURANCE_ID|6390 86323 4]], with eight months of inflammatory back pain and morning stiffness over an hour. HLA-B27 positive, CRP 22. NSAIDs help.\nKind regards,\nDr [[PERSON|Emma Thistlethwaite]]\n[[DATE|20 November 2026]]`,
  ],
  [
    'handover',
    `ED board 0700 [[DATE|11/22]]\nRm | Pt | Age | Issue | Dispo\n[[MRN|3]] | [[PERSON|Fontaine, Rolland]] | [[AGE|91]] | hip fx, fascia iliaca block done | ortho\n4 | (empty) | | |\n[[MRN|5]] | [[PERSON|Lashonda Pitts]] | 37 | PE, heparin gtt | admit tele\n6 | unknown male ("Trauma Orange") | ~50 | GSW L thigh, CTA done | OR\nOff: Dr [[PERSON|Archuleta]] → On: Dr [[PERSON|Ahn]]`,
  ],
  [
    'handover',
    `SBAR — call to critical care outreach, [[DATE|21/11/2026]] 03:40\nS: [[PERSON|Enid Rawnsley]], bed [[MRN|9]], Ward 12, NEWS2 7 (RR 28, SpO2 91% on 4 L, HR 124).\nB: 78, day 2 after laparotomy for small-bowel obstruction.\nA: I think she is getting septic, abdomen more distended, urine 15 ml last 2 h.\nR: please review within 30 minutes. Called by [[PERSON|Precious Mottram]], staff nurse, bleep 2418.`,
  ],
  [
    'handover',
    `(NICU handover, transcribed) Okay, pod [[MRN|4]] is Baby Girl [[PERSON|Kaya]], 29 weeks, on CPAP 6 and 25 per cent, feeds going up by 2 mls tonight. Pod 5 is empty, cleaned. Pod [[MRN|6]] is twin B of [[PERSON|Jasmeet Brar]], bili 212 so phototherapy back on, and Mom wants a call before rounds, her cell is [[PHONE|(416) 555-0137]]. That's it from me, [[PERSON|Roxanne]].`,
  ],
  [
    'nursing-note',
    `Nursing note — 4 East, Rm [[MRN|412]] — [[DATE|11/22/2026]] 0300\nPt [[PERSON|Evelyn Lewandowski]], [[AGE|93]], POD 1 R hip hemiarthroplasty. CAM positive at 0100, pulling at IV. Reoriented, lights on, sitter requested. Son [[PERSON|Rodney]] phoned at 0200, updated. PAINAD 3. Foley draining clear yellow.\n— [[PERSON|Tanisha Wofford]], RN`,
  ],
  [
    'nursing-note',
    `Using a spacer with your inhaler: shake the inhaler, fit it to the spacer and breathe out gently. Put the mouthpiece in your mouth, press the inhaler once, then breathe in slowly and deeply and hold your breath for about ten seconds. Wait 30 seconds before a second puff. Wash the spacer once a month and let it air-dry.`,
  ],
  [
    'nursing-note',
    `District nursing visit — Friday [[DATE|20 November 2026]]\nPatient: [[PERSON|Alwyn Meirion]], [[ADDRESS|Flat 3, Tegid Court, Bala Road, Dolgellau LL40 2YF]]\nVenous leg ulcer L gaiter 4 x 3 cm, slough reduced. Compression reapplied (ABPI 0.9 on file). Wife [[PERSON|Menna]] says he is sleeping in the chair.\nNext visit Tuesday [[DATE|24 November 2026]]. — [[PERSON|Siân Cadogan]], DN`,
  ],
  [
    'lab-report',
    `CHEMISTRY — FINAL\n[[PERSON|ROBICHAUD, Roxanne]]   MRN [[MRN|48113290]]   Acc [[MRN|C26-3318745]]\nCollected [[DATE|11/21/2026]] 05:12\nNa 128 L (135-145)\nK 5.9 H (3.5-5.1)\nCreat 2.8 H (0.5-1.0)\nGlucose 412 H (70-99)\nCritical K called to [[PERSON|J. Karalis]], RN at 05:48, read back.`,
  ],
  [
    'lab-report',
    `Histopathology report\n[[PERSON|COWLING, Patricia]]   DOB [[DATE|27/06/1963]]   NHS [[INSURANCE_ID|999 102 2945]]   Lab no [[MRN|H26-40781]]\nSpecimen: skin ellipse, left cheek, 18 x 9 mm.\nMicroscopy: nodular basal cell carcinoma, completely excised; closest peripheral margin 1.2 mm, deep margin 3 mm. No perineural invasion.\nReported [[DATE|18/11/2026]] by Dr [[PERSON|Ogunbiyi]]`,
  ],
  [
    'lab-report',
    `Pathology — full blood count and iron studies, [[DATE|19/11/2026]]\nPatient: [[PERSON|Athena Kyriakidis]], [[AGE|90]], Medicare [[INSURANCE_ID|6582 28524 4]], lab no [[MRN|26-7714052]]\nHb 88 g/L, MCV 72 fL, ferritin 6 µg/L, transferrin saturation 5%.\nComment: iron deficiency; suggest GI evaluation if clinically appropriate. Copy to Dr [[PERSON|Bui]].`,
  ],
  [
    'imaging-report',
    `CT ABDOMEN/PELVIS WITH IV CONTRAST — [[DATE|11/20/2026]]\nPatient: [[PERSON|Lamar Wainwright]]   Acc [[MRN|RAD-8821934]]\nComparison: [[DATE|June 2026]].\nFindings: sigmoid wall thickening with pericolic fat stranding and several diverticula. No abscess or free air.\nImpression: acute uncomplicated sigmoid diverticulitis.\nRadiologist: [[PERSON|Priti Banerjee]], MD`,
  ],
  [
    'imaging-report',
    `MRI lumbar spine — [[DATE|16/11/2026]]\n[[PERSON|Dean Rowbottom]], hosp no [[MRN|M2240917]]\nL4/5 large left paracentral extrusion compressing the traversing left L5 root. No cauda equina compression. Mild L5/S1 facet arthropathy.\nReported by Dr [[PERSON|Cattanach]]`,
  ],
  [
    'prescription',
    `RX# 7732018\n[[PERSON|DELORES MCKINNEY]]\n[[ADDRESS|118 CHINQUAPIN WAY, MACON GA 31204]]\nAPIXABAN 5 MG TAB\nTAKE 1 TABLET BY MOUTH TWICE DAILY\nQTY 60   REFILLS 5   FILLED [[DATE|11/21/2026]]\nDR. [[PERSON|F. PRESCOTT]]\nQUESTIONS? CALL (478) 555-0126`,
  ],
  [
    'prescription',
    `TTO — discharge prescription\n[[PERSON|Nasima Miah]]   NHS [[INSURANCE_ID|999 402 5546]]   Hosp [[MRN|RX0927714]]\nEdoxaban 60 mg once daily (new, AF)\nBisoprolol 2.5 mg once daily\nStop aspirin.\nPrescriber: Dr [[PERSON|Crossan]], bleep 6632   Screened: [[PERSON|Harjit Virk]], pharmacist   [[DATE|21/11/2026]]`,
  ],
  [
    'prescription',
    `Rx\n[[PERSON|Marc-André Bélanger]]   DOB [[DATE|1964-08-19]]   OHIP [[INSURANCE_ID|1522 264 199]] VC PL\n[[ADDRESS|88 Cobblestone Dr, Ottawa ON K2J 4T6]]\nApixaban 5 mg PO BID, mitte 60, repeats x5\nDr [[PERSON|Isabelle Rochon]]   CPSO 118433   [[DATE|2026-11-20]]`,
  ],
  [
    'consent',
    `CONSENT FOR PROCEDURE: left heart catheterization, possible PCI\nPatient: [[PERSON|Luong Van Loc]]   MRN [[MRN|66120478]]\nRisks discussed incl. bleeding, stroke, kidney injury, emergency surgery.\nInterpreter: Vietnamese, ID 5521 (phone)\nSignature: [[PERSON|Loc Luong]]   Date [[DATE|11/19/2026]]   Time 0730\nPhysician: [[PERSON|Adaeze Nnaji]], MD   Witness: [[PERSON|Corinne Tarrant]], RN`,
  ],
  [
    'consent',
    `Consent Form 4 — adult unable to consent\nPatient: [[PERSON|Reginald Corlett]]   DOB [[DATE|03/03/1938]]   hosp no [[MRN|Q1190342]]\nProcedure: PEG insertion, planned [[DATE|25/11/2026]]\nBest-interests meeting held [[DATE|18/11/2026]] with daughter [[PERSON|Joanna Corlett]] (LPA health and welfare) and SALT.\nConsultant: Dr [[PERSON|Jessop-Kitching]]`,
  ],
  [
    'consent',
    `Consent — paediatric dental treatment under GA\nChild: [[PERSON|Mia Tupuola]], 6, UR [[MRN|P448201]]\nProcedure: extraction of four carious primary molars, fissure sealants.\nParent/guardian: [[PERSON|Leilani Tupuola]] (mother), [[PHONE|0491 570 905]]\nSigned [[DATE|20/11/2026]]   Dentist: Dr [[PERSON|Karan Kamath]]`,
  ],
  [
    'billing',
    `PATIENT STATEMENT\nAccount # [[MRN|880417726]]   Statement date [[DATE|11/20/2026]]\nPatient: [[PERSON|Travis Coldwell]]   Guarantor: [[PERSON|Renee Coldwell]]   SSN [[ID_CARD|987-65-4321]]\nGuarantor address: [[ADDRESS|PO Box 1187, Abilene, TX 79604]]\nDates of service: [[DATE|10/28/2026]]–[[DATE|10/30/2026]]\nBalance due: $1,284.60\nPaid by Visa [[BANK_CARD|4238 2942 7262 6636]] on [[DATE|11/18/2026]]: $400.00`,
  ],
  [
    'billing',
    `INVOICE INV-26-1183 — sports physiotherapy\nClient: [[PERSON|Harriet Blamire]]   [[EMAIL|hblamire@example.co.uk]]\nSessions: [[DATE|2 Nov]], [[DATE|9 Nov]] and [[DATE|16 Nov 2026]] at £55.00\nTotal £165.00 — paid by Mastercard [[BANK_CARD|5321 1169 4444 5068]]\nThank you.`,
  ],
  [
    'billing',
    `Tax invoice / receipt — specialist consultation\nPatient: [[PERSON|Callum Geoghegan]]   Medicare [[INSURANCE_ID|5599 23166 5]]\nService [[DATE|18/11/2026]], item 104, $245.00; Medicare rebate $83.90\nPaid AMEX [[BANK_CARD|3720 613970 04443]]\nABN 51 824 753 556   Provider no. 2417839A`,
  ],
  [
    'online-consult',
    `[Telehealth chat — session [[MRN|TH-26112207]]]\n[[ACCOUNT|kaylee.b.2003]]: hi i have burning when i pee since yesterday and im 19 wks pregnant\n[[PERSON|Monique Boudreau]], CNM: Thanks for reaching out. Any fever, back pain, bleeding or cramping?\n[[ACCOUNT|kaylee.b.2003]]: no just burning and going a lot\n[[PERSON|Monique Boudreau]], CNM: I'll send nitrofurantoin to your pharmacy and order a urine culture at the lab.\nSession IP: [[IP|203.0.113.186]]`,
  ],
  [
    'online-consult',
    `Your video appointment with Dr [[PERSON|Yusuf Aydin]] is on Thursday [[DATE|3 December 2026]] at 10:20. Join at [[URL|https://visit.example.co.uk/j/ZR4-77Q]] five minutes early. A copy has been sent to [[EMAIL|p.onyeama@example.co.uk]]. Patient: [[PERSON|Patience Onyeama]].`,
  ],
  [
    'online-consult',
    `Portal message — [[DATE|21 Nov 2026]]\nFrom: [[PERSON|Gao Ruoxi]]\nHi, I'm an international student and need my vaccination history for enrolment. My passport number is [[PASSPORT|EJ5036218]] and my Chinese ID number is [[ID_CARD|370202200509172328]]. My mum [[PERSON|Zhu Lihua]] can send the records from Qingdao to [[EMAIL|gaoruoxi05@example.co.nz]]. Can the nurse check whether I still need MMR?`,
  ],
  [
    'patient-message',
    `To: Dr. [[PERSON|Holtzman]]\nFrom: [[PERSON|Bettina Stavrou]]\nSubject: my dad's meds\nMy father [[PERSON|Harold Stavrou]] ([[AGE|97]]) came home from rehab on [[DATE|11/17]] and the list they gave us still has metoprolol AND carvedilol. Which one is he supposed to take? Please call me at [[PHONE|(612) 555-0148]].`,
  ],
  [
    'patient-message',
    `From: [[EMAIL|charlene.yeadon@example.co.uk]]\nSubject: Colonoscopy bowel prep — [[PERSON|Charlene Yeadon]], hospital no [[MRN|D7730415]]\nDate: [[DATE|19 Nov 2026]]\nHello, I'm booked for a colonoscopy on [[DATE|26 November]] and I take dapagliflozin. Do I stop it before the prep? Please ring me on [[PHONE|07700 900184]].\nThanks, [[PERSON|Charlene]]`,
  ],
  [
    'patient-message',
    `To the Patient Liaison Office,\nI'm writing about my mother, [[PERSON|Nóirín Hanafin]], [[AGE|92]], who was on a trolley in the corridor for two days. On [[DATE|14 November]] my car ([[PLATE|191-KK-4817]]) was clamped in the hospital car park while I was inside with her, even though I had paid.\n[[PERSON|Declan Hanafin]]\n[[ADDRESS|6 Knockmealdown View, Clonmel, Co. Tipperary E91 X2F8]]`,
  ],
  [
    'family-chat',
    `[Group: the [[PERSON|Castellucci]]s — Nonna 🙏]\n[[PERSON|Gina]]: Nonna moved to 6B, bed 14 by the window\n[[PERSON|Sal]]: ok I'll bring her rosary and the good pillow\n[[PERSON|Gina]]: park on level 3, ticket's in the ute ([[PLATE|1RT 4KX]])\n[[PERSON|Rocco]]: @[[PERSON|Sal]] can you do Thursday night? I'm on nights\nZia [[PERSON|Concetta]]: I can sit with her Sunday`,
  ],
  [
    'family-chat',
    `[[PERSON|Trina]]: Dad's heart surgery got moved to [[DATE|Dec 1]]\n[[PERSON|Deon]]: seriously? ok I'll fly in [[DATE|Nov 29]]\nMom: he's in room 5 for now, they're watching his potassium\n[[PERSON|Trina]]: I'll leave the Camry ([[PLATE|8KLM204]]) at Mom's for you\n[[PERSON|Deon]]: 👍`,
  ],
  [
    'sms-reminder',
    `Kia ora [[PERSON|Mikaere]], Harbour Health here. Your diabetes annual review with nurse [[PERSON|Sitani]] is on Wednesday [[DATE|2 Dec]] at 9.15am. To change it visit [[URL|https://book.example.co.nz/hh/9TQX]] or reply N.`,
  ],
  [
    'sms-reminder',
    `From Monday the outpatient pharmacy moves to the ground floor next to the main entrance, open 8am–6pm on weekdays. Prescriptions already waiting will be moved across. Please follow the green signs. Reply STOP to opt out.`,
  ],
  [
    'intravitreal-injection-clinic',
    `Intravitreal Injection Clinic — [[DATE|18/11/2026]]\n[[PERSON|Dorothy Linklater]], [[AGE|94]], hosp no [[MRN|E5502187]], NHS [[INSURANCE_ID|999 469 2518]]\nR eye nAMD. Faricimab injection #9; interval extended to 12 weeks. VA 6/18, CST 268 µm, IOP after injection 17.\nPrevious injections: [[DATE|26/08/2026]], [[DATE|22/07/2026]].\nBrought by neighbour [[PERSON|Sylvia]]; hospital transport booked for [[DATE|10/02/2027]].\nInjector: [[PERSON|Gemma Tulloch]], nurse practitioner`,
  ],
  [
    'intravitreal-injection-clinic',
    `Retina clinic — anti-VEGF injection note — [[DATE|11/19/2026]]\n[[PERSON|Ramiro Villareal]], 62M, MRN [[MRN|71042286]]\nDx: PDR with center-involving DME, left eye. Bevacizumab 1.25 mg OS after povidone-iodine, lid speculum; lot not recorded. Prior injections [[DATE|09/16/2026]] and [[DATE|10/19/2026]]. VA OS 20/80 (20/200 before the first injection). IOP 14 after.\nDaughter [[PERSON|Dulce]] drives him; cell [[PHONE|(559) 555-0172]].\n— [[PERSON|Neil Okamura]], MD`,
  ],
  [
    'car-t-unit',
    `CAR-T Cell Therapy — Day +7 — [[DATE|11/23/2026]]\n[[PERSON|Wendell Tafoya]], 64M, MRN [[MRN|58823107]], cell therapy ID [[MRN|CT-0417-B]]\nProduct: axicabtagene ciloleucel, infused [[DATE|11/16/2026]]; lot number not recorded.\nCRS grade 1 on D+2, resolved after one dose of tocilizumab. ICE 10/10 today; no ICANS. ANC 0.4.\nCaregiver: wife [[PERSON|Darlene]]; must stay within 2 hours of the center until [[DATE|12/14/2026]].\n— [[PERSON|Ingrid Thorvaldsen]], NP, Cellular Therapy`,
  ],
  [
    'car-t-unit',
    `After CAR-T therapy: do not drive or use heavy machinery for eight weeks after your infusion. Stay within two hours of the treatment centre for at least four weeks, with a caregiver with you day and night. Call us straight away for a temperature of 38°C or more, shaking, confusion, trouble finding words or unusual sleepiness. Carry your patient alert card at all times.`,
  ],
  [
    'eating-disorder-unit',
    `Eating Disorders Unit — weekly review [[DATE|20/11/2026]]\n[[PERSON|Imogen Gilfillan]], 19, hosp no [[MRN|ED260114]], NHS [[INSURANCE_ID|999 374 2635]]\nWeight 41.8 kg (41.1 last week), BMI 15.2. MEED risk: amber (HR 44 lying). Phosphate 0.78, on supplements.\nMeal plan 2400 kcal, completing with support. Mum [[PERSON|Caroline]] attending the family session on [[DATE|27/11/2026]].\nKey nurse: [[PERSON|Obinna Uche]]`,
  ],
  [
    'eating-disorder-unit',
    `Mealtimes on the unit: breakfast 8.00, snack 10.30, lunch 12.30, snack 15.30, dinner 18.00, supper 20.30. Meals last 30 minutes and snacks 15 minutes. Please stay in the lounge with staff for 30 minutes after each meal. Phones stay in your locker during mealtimes.`,
  ],
  [
    'child-development-clinic',
    `Child Development Service — assessment summary\nChild: [[PERSON|Archie Lindenmayer]]   DOB [[DATE|14/03/2022]]   UR [[MRN|CDS-30418]]\nSeen [[DATE|16/11/2026]] with parents [[PERSON|Tahnee]] and [[PERSON|Tom Lindenmayer]].\nADOS-2 Module 1: comparison score 7. Speech: single words only, about 20. Sensory seeking; lines up toys.\nOutcome: autism spectrum disorder, level 2. NDIS access request supported; speech pathology and OT.\nPaediatrician: Dr [[PERSON|Sunita Gokhale]]`,
  ],
  [
    'child-development-clinic',
    `Developmental Paediatrics follow-up — [[DATE|Nov 17, 2026]]\n[[PERSON|Ethan Cormier]], 9, OHIP [[INSURANCE_ID|6073 120 583]] VC ZX\nADHD, combined. Started lisdexamfetamine 20 mg on [[DATE|Sep 8]]. Teacher Ms [[PERSON|Poirier]] reports he finishes work now; SNAP-IV inattention 1.3 (was 2.4). Weight 27.1 kg (28.0 before starting), appetite low at lunch.\nMom [[PERSON|Manon]] at [[PHONE|(613) 555-0121]]\nNext visit [[DATE|February 2027]].`,
  ],
  [
    'interventional-radiology',
    `IR PROCEDURE NOTE — [[DATE|11/21/2026]]\nPatient: [[PERSON|Cornelius Redd]]   MRN [[MRN|39920815]]   Rm [[MRN|822]]\nProcedure: US-guided right IJ tunneled hemodialysis catheter, 14.5 Fr, 23 cm tip-to-cuff; tip at cavoatrial junction. Fluoro time 0.8 min.\nOperator: [[PERSON|Farah Uddin]], MD   Tech: [[PERSON|Bo Sundberg]]\nModerate sedation: midazolam 2 mg, fentanyl 50 mcg, by [[PERSON|Trudy Scurlock]], RN.`,
  ],
  [
    'interventional-radiology',
    `Interventional Radiology — left nephrostomy, [[DATE|22/11/2026]]\n[[PERSON|Albert Coldbeck]], [[AGE|90]], hosp no [[MRN|N4471098]]\nObstructed infected left kidney (9 mm proximal ureteric stone). 8 Fr locking pigtail placed under US and fluoroscopy; turbid urine sent for culture.\nDaughter [[PERSON|Jodi]] informed on [[PHONE|01632 960749]].\nIR consultant: Dr [[PERSON|Kinvig]]`,
  ],
];

export function generateDeidHoldout26(): LabelledRecord[] {
  return holdoutRecords('h26', zh, en);
}

export const DEID_HOLDOUT_26_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/labelled/deid-holdout-26.jsonl',
);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const records = generateDeidHoldout26();
  writeFileSync(DEID_HOLDOUT_26_PATH, renderJsonl(records));
  console.log(`wrote ${records.length} records to ${DEID_HOLDOUT_26_PATH}`);
}
