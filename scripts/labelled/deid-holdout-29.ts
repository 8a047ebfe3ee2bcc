import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { holdoutRecords, type LabelledRecord, renderJsonl } from './generate-deid.ts';

/**
 * The ROUND-29 fresh held-out de-identification set (data/labelled/deid-holdout-29.jsonl): hand-written
 * snippets with hand-placed spans, marked inline as [[TYPE|text]] (parseMarked strips the marks and
 * records UTF-16 offsets). Written by a separate annotator who did not read the recognizer code and
 * never ran a recognizer on these snippets; it must not be used to adjust the recognizers.
 *
 * About four fifths are the everyday documents of a general hospital and the messages of its patients
 * (admission, progress and discharge notes, outpatient notes and letters, referrals, handovers, nursing
 * notes, lab, pathology and imaging reports, prescriptions and labels, consent, billing papers, online
 * consultations, patient messages and e-mails, family chats and SMS reminders), in new wording; about a
 * fifth come from settings no earlier round listed as a genre: bronchoscopy suites, gout clinics, cleft
 * lip and palate clinics, varicose vein clinics and hernia clinics.
 *
 * Identifiers are synthetic: resident IDs carry a valid GB 11643 check character and a region code, sex
 * digit and birth date consistent with the text (15-digit IDs likewise), bank cards a valid Luhn digit,
 * NHS numbers are in the 999 test range with their modulus-11 digit, the Australian Medicare numbers
 * pass their check digit, the OHIP number its Luhn digit, the NZ NHI its check character and the Hong
 * Kong identity card its bracketed check character; the US SSN is in the 987-65-432x advertising range.
 * Phones are random mainland mobiles or fictional ranges (North American 555-01xx, UK 07700 900xxx, the
 * Australian 0491 57x xxx numbers set aside for drama); mail and web hosts are example.*; IP addresses
 * come from the documentation ranges.
 *
 * Span conventions are those stated in data/labelled/deid-holdout-28.card.yaml (prescription and Rx
 * numbers marked MRN, as round 28 chose); the decisions new in this round are stated in
 * data/labelled/deid-holdout-29.card.yaml.
 */
const zh: Array<[string, string]> = [
  [
    'admission',
    `消化内科入院记录\n姓名：[[PERSON|巩春梅]]　性别：女　年龄：57岁\n身份证号：[[ID_CARD|410105196903144103]]\n住址：[[ADDRESS|郑州市金水区东风路66号绿城小区5号楼2单元1201]]\n入院日期：[[DATE|2026年11月22日]] 14:25\n主诉：反复上腹痛3年，黑便2天。\n查体：贫血貌，剑突下压痛，Hb 82 g/L，BUN 11.6 mmol/L，Glasgow-Blatchford评分9分。\n初步诊断：十二指肠球部溃疡伴出血（K26.4）\n住院号：[[MRN|XH2611-30572]]　床号：[[MRN|14]]\n联系人：丈夫 [[PERSON|蔡国强]]　[[PHONE|15063512286]]\n接诊医师：[[PERSON|阎]]`,
  ],
  [
    'admission',
    `昨夜急诊收入老年科的[[PERSON|郭玉珍]]，女，[[AGE|93]]岁，身份证[[ID_CARD|610113330405616]]，家住[[ADDRESS|西安市雁塔区含光路91号翠华苑2栋1单元502]]，三天来进食差、嗜睡，血钠118 mmol/L。既往高血压、骨质疏松，长期服氢氯噻嗪。收住[[MRN|22]]床，住院号[[MRN|LN26113318]]，小女儿[[PERSON|郭丽华]]陪护，电话[[PHONE|18927166072]]，入院时间[[DATE|2026年11月22日]]23时05分。`,
  ],
  [
    'admission',
    `骨科入院｜[[PERSON|蒙建军]]｜男｜45岁\n身份证｜[[ID_CARD|340104198107277479]]\n受伤时间｜[[DATE|2026-11-21]] 18:40（骑电动车摔伤）\n诊断｜右胫腓骨骨折（S82.2）\n住院号｜[[MRN|GK2611-8904]]｜[[MRN|37]]床\n医保卡号｜[[INSURANCE_ID|3401041387265]]\n妻子｜[[PERSON|陶丽娟]]｜[[PHONE|15734808553]]\n值班医师｜[[PERSON|苏]]医生`,
  ],
  [
    'progress-note',
    `[[DATE|2026年11月23日]]　查房记录\n[[MRN|9]]床[[PERSON|石永红]]，男，70岁，COPD急性加重入院第4天。今日喘憋减轻，双肺哮鸣音减少，SpO2 93%（鼻导管2 L/min）。血气：pH 7.38，PaCO2 52 mmHg。甲泼尼龙减为40 mg qd，继续布地奈德雾化。[[PERSON|上官]]教授查房指示：明日复查胸片，准备出院宣教。\n记录者：[[PERSON|武]]医师`,
  ],
  [
    'progress-note',
    `术后第二日病程　[[DATE|2026-11-22]]\n[[PERSON|黎小燕]]，女，38岁，住院号[[MRN|FK2611-5513]]，[[DATE|11月20日]]行腹腔镜下子宫肌瘤剔除术。今日已排气，切口无渗出，体温36.9℃，Hb 104 g/L。拔除尿管后自解小便顺利，嘱下床活动。主刀：[[PERSON|向丽萍]]；管床：[[PERSON|邹]]医师；护士：[[PERSON|巫晓琳]]。`,
  ],
  [
    'progress-note',
    `抢救记录：[[DATE|2026年11月21日]]02:14，[[MRN|6]]床[[PERSON|褚根发]]，男，[[AGE|96]]岁，突发意识丧失，心电监护示室颤，立即予胸外按压、电除颤200 J一次，2分钟后恢复窦性心律，血压86/50 mmHg，予去甲肾上腺素泵入。已电话告知其侄子[[PERSON|褚卫东]]（[[PHONE|18711899847]]）。参加抢救：[[PERSON|仇]]医师、[[PERSON|滕晓光]]医师、护士[[PERSON|秦梦洁]]。`,
  ],
  [
    'discharge',
    `出院小结\n姓名：[[PERSON|尹志刚]]　男　61岁　住院号：[[MRN|NK2611-7240]]\n身份证号：[[ID_CARD|330106196509184736]]\n住址：[[ADDRESS|杭州市西湖区西溪路412号华星公寓3幢805室]]\n住院日期：[[DATE|2026年11月10日]]至[[DATE|2026年11月19日]]\n出院诊断：2型糖尿病伴酮症；糖尿病周围神经病变\n出院带药：门冬胰岛素、甘精胰岛素（剂量见医嘱单）\n随访：[[DATE|2026年12月3日]]内分泌科门诊复查糖化血红蛋白。\n主治医师：[[PERSON|任]]`,
  ],
  [
    'discharge',
    `腹股沟疝术后回家须知：一个月内不要提超过5公斤的重物，避免剧烈咳嗽和用力排便，可多吃蔬菜水果保持大便通畅；伤口敷料保持干燥，术后第7天可洗澡；如阴囊明显肿胀、伤口流脓或发热超过38.5℃，请及时到医院就诊。`,
  ],
  [
    'discharge',
    `[[PERSON|邱桂英]]，女，[[AGE|91]]岁，因“左侧股骨颈骨折”于[[DATE|2026年11月8日]]入院，[[DATE|11月10日]]行左半髋关节置换术，术后恢复顺利，今日（[[DATE|11月20日]]）出院。身份证号[[ID_CARD|360102351106674]]，住院号[[MRN|CS2611-0925]]。出院后继续抗凝至术后35天，[[DATE|12月22日]]骨科复查X线。接回家属：儿媳[[PERSON|熊美华]]，电话[[PHONE|18883206545]]。`,
  ],
  [
    'outpatient',
    `神经内科门诊　[[DATE|2026-11-20]]\n姓名：[[PERSON|卢晓峰]]　男　29岁　门诊号：[[MRN|SJ2611-47736]]　医保卡号：[[INSURANCE_ID|5001032916482]]\n主诉：反复发作性单侧搏动性头痛5年，近1月加重，每月发作8次。\n诊断：偏头痛（无先兆）\n处理：发作时利扎曲普坦10 mg；预防用氟桂利嗪5 mg qn；头痛日记。[[DATE|2027年1月8日]]复诊。\n医师：[[PERSON|戚]]`,
  ],
  [
    'outpatient',
    `今天妈妈带[[PERSON|刘梓萌]]（女，4岁，身份证[[ID_CARD|220102202205199987]]）来儿童保健科，主要是说话比同龄孩子少、只会说两三个字的短句。听力筛查通过，Gesell语言能区DQ 72。建议语言训练每周两次，[[DATE|12月18日]]复查。妈妈[[PERSON|吕晶]]手机[[PHONE|19903199456]]。接诊：[[PERSON|卞]]医生`,
  ],
  [
    'outpatient',
    `眼科门诊｜[[PERSON|殷德福]]｜男｜[[AGE|94]]岁｜门诊号[[MRN|YK26-118357]]\n主诉：右眼视物模糊1年，加重3月。\n检查：VOD 0.08，VOS 0.3，右眼晶体皮质混浊C4N3。\n诊断：年龄相关性白内障（双眼，右眼为重）\n处理：拟[[DATE|12月2日]]行右眼超声乳化+人工晶体植入。\n陪同：孙子[[PERSON|殷睿]]（[[PHONE|15872876320]]）｜医师：[[PERSON|聂]]`,
  ],
  [
    'referral',
    `转诊单\n患者：[[PERSON|于凤霞]]　女　66岁　身份证号：[[ID_CARD|230103196008028628]]\n住址：[[ADDRESS|哈尔滨市南岗区宣化街302号学府小区9栋3单元401]]\n转出单位：南岗区某社区卫生服务中心　转入：市第一医院内分泌科\n转诊原因：血糖控制不佳（HbA1c 10.2%），足背动脉搏动减弱，请上级医院评估糖尿病足风险。\n转诊日期：[[DATE|2026年11月19日]]　转诊医生：[[PERSON|满]]　联系电话：[[PHONE|15990053234]]`,
  ],
  [
    'referral',
    `会诊记录｜[[DATE|2026-11-21]] 10:20｜被邀科室：皮肤科\n患者｜[[PERSON|喻建国]]｜男｜59岁｜肿瘤科[[MRN|18]]床｜住院号[[MRN|ZL2611-2295]]\n所见｜躯干、四肢散在红斑丘疹，部分融合，瘙痒明显，使用卡瑞利珠单抗第3周期后出现。\n意见｜免疫相关性皮炎2级，外用糠酸莫米松，口服西替利嗪。\n会诊医师｜[[PERSON|汪]]医生`,
  ],
  [
    'referral',
    `[[PERSON|马]]主任：\n您好。今转来患者[[PERSON|马合木提·吐尔逊]]，男，52岁，身份证号[[ID_CARD|650104197406114133]]，现居[[ADDRESS|乌鲁木齐市新市区北京南路145号天山花园6栋2单元602]]。胃镜示食管下段隆起性病变，活检为高级别上皮内瘤变，拟请贵院行ESD治疗。其儿子[[PERSON|阿力木]]在乌鲁木齐工作，电话[[PHONE|13890119243]]。\n此致\n[[PERSON|努尔别克]]医师　[[DATE|2026年11月17日]]`,
  ],
  [
    'handover',
    `呼吸科夜班交接　[[DATE|2026-11-22]]\n床号  姓名    病情              注意\n[[MRN|2]]     [[PERSON|费德明]]  重症肺炎高流量  FiO2 50%，SpO2维持92%以上\n3     空床\n[[MRN|11]]    [[PERSON|杭秀珍]]  哮喘急性发作    夜间雾化q4h\n[[MRN|15]]    [[PERSON|薛梦琪]]  咯血待查        备吸引器，禁食\n交班：[[PERSON|竺]]护士　接班：[[PERSON|练美玲]]护士`,
  ],
  [
    'handover',
    `ICU早交班口述整理：[[MRN|3]]床[[PERSON|禹德胜]]，男，[[AGE|92]]岁，感染性休克第2天，去甲肾上腺素已减到0.1 μg/kg/min，乳酸2.4；[[MRN|5]]床[[PERSON|苗晓玲]]，女，47岁，重症胰腺炎，今天计划拔管；4床昨晚已转出。禹爷爷的外孙女[[PERSON|贾思雨]]说上午10点来签字，电话[[PHONE|13971297021]]。`,
  ],
  [
    'handover',
    `新生儿科交班｜[[DATE|2026年11月23日]] 08:00\n暖箱[[MRN|1]]｜[[PERSON|冷晓雪]]之子｜胎龄31+2周｜CPAP 5 cmH2O，奶量每3小时8 ml\n暖箱2｜空\n暖箱[[MRN|3]]｜[[PERSON|詹慧敏]]之女｜新生儿黄疸｜光疗中，TSB 256 μmol/L\n交班护士｜[[PERSON|封丽君]]｜接班｜[[PERSON|桑]]老师`,
  ],
  [
    'nursing-note',
    `护理记录　[[PERSON|雷宝山]]　[[MRN|24]]床　住院号[[MRN|SW2611-4493]]\n[[DATE|11-21]] 09:00　神志清，GCS 15分，右侧肢体肌力3级，洼田饮水试验3级，予鼻饲。\n[[DATE|11-21]] 16:20　翻身时发现骶尾部2×3 cm红斑，已贴泡沫敷料，通知[[PERSON|阚]]医生。\n[[DATE|11-22]] 07:30　夜间睡眠可，妻子[[PERSON|闵翠萍]]陪护。　责任护士：[[PERSON|欧阳婉清]]`,
  ],
  [
    'nursing-note',
    `胰岛素笔使用提醒：注射前先把笔芯来回颠倒混匀（预混胰岛素），每次更换新针头；在腹部肚脐周围5厘米以外轮换注射部位；注射后针头停留10秒再拔出。开封后的胰岛素常温保存不超过4周，未开封的放冰箱冷藏，不能冷冻。`,
  ],
  [
    'nursing-note',
    `居家护理随访｜[[DATE|2026年11月19日]]（周四）｜[[PERSON|符金花]]｜女｜[[AGE|97]]岁\n身份证｜[[ID_CARD|460106290613132]]\n住址｜[[ADDRESS|海口市龙华区金垦路38号椰海小区11栋602]]\n胃造瘘管周围皮肤轻度发红，予清洁后外涂氧化锌软膏；每日营养液1200 ml分6次注入。下次随访[[DATE|11月26日]]。\n照护人｜女儿[[PERSON|符晓兰]]｜[[PHONE|18851831767]]｜随访护士｜[[PERSON|庄]]`,
  ],
  [
    'lab-report',
    `检验报告（血常规）\n姓名：[[PERSON|葛文华]]　性别：男　年龄：44岁　病历号：[[MRN|JY26118427]]\n标本号：[[MRN|X2611210733]]　床号：[[MRN|30]]　采集时间：[[DATE|2026-11-21]] 06:30\nWBC 14.8×10^9/L ↑　NEUT% 88.2 ↑　Hb 131 g/L　PLT 98×10^9/L ↓　CRP 126 mg/L ↑\n检验者：[[PERSON|房晓丹]]　审核者：[[PERSON|隋志远]]　报告时间：[[DATE|2026-11-21]] 08:05`,
  ],
  [
    'lab-report',
    `细胞病理报告\n病理号：[[MRN|XB26-05617]]　姓名：[[PERSON|乔美芳]]　女　47岁\n身份证号：[[ID_CARD|140105197902259282]]\n标本：宫颈液基细胞学　送检日期：[[DATE|2026年11月16日]]\n结果：低级别鳞状上皮内病变（LSIL），HPV 16型阳性。建议阴道镜检查。\n诊断医师：[[PERSON|焦]]　报告日期：[[DATE|2026年11月19日]]`,
  ],
  [
    'lab-report',
    `血培养危急值报告｜标本号[[MRN|WS2611-22815]]\n患者｜[[PERSON|钱宝林]]｜男｜[[AGE|90]]岁｜[[MRN|8]]床\n采集｜[[DATE|2026-11-20]] 21:40｜报阳｜[[DATE|2026-11-21]] 15:10\n结果｜革兰阴性杆菌，初步鉴定大肠埃希菌，药敏待报\n通知｜微生物室[[PERSON|寇雅静]]电话通知病房护士[[PERSON|谷丽]]，复述无误`,
  ],
  [
    'imaging-report',
    `头颅MRI报告\n姓名：[[PERSON|温德利]]　男　73岁　影像号：[[MRN|MR2611-40218]]　检查日期：[[DATE|2026-11-21]]\n所见：左侧基底节区见片状DWI高信号，ADC值减低，范围约2.1 cm×1.5 cm；双侧脑室旁白质多发斑点状T2高信号，Fazekas 2级。与[[DATE|2024年3月]]片比较，左侧基底节为新发病灶。\n印象：左侧基底节区急性脑梗死。\n报告：[[PERSON|璩]]　审核：[[PERSON|卓海明]]`,
  ],
  [
    'imaging-report',
    `乳腺超声｜[[PERSON|汤雪芹]]｜女｜52岁｜超声号[[MRN|RX2611-7382]]｜[[DATE|2026年11月18日]]\n左乳2点钟方向距乳头3 cm见低回声结节，大小12 mm×9 mm，形态不规则，纵横比＞1，内见点状强回声。\n结论｜左乳结节 BI-RADS 4C类，建议穿刺活检\n检查医师｜[[PERSON|欧阳]]医生`,
  ],
  [
    'prescription',
    `处方笺（普通）\n处方编号：[[MRN|CF2611210746]]　科室：呼吸科　日期：[[DATE|2026-11-21]]\n姓名：[[PERSON|蒋红梅]]　女　55岁　门诊号：[[MRN|MZ2611-60417]]
身份证号：[[ID_CARD|32010219710208516X]]\n诊断：支气管哮喘\nRp：布地奈德福莫特罗吸入粉雾剂 160/4.5 μg×60吸　sig：1吸 bid\n　　孟鲁司特钠片 10 mg×30片　sig：10 mg qn\n医师：[[PERSON|蒯]]　调配药师：[[PERSON|应晓敏]]　金额：￥286.40`,
  ],
  [
    'prescription',
    `第二类精神药品处方\n处方号：[[MRN|JS-2611-0173]]　日期：[[DATE|2026年11月22日]]\n患者：[[PERSON|郑德山]]　男　68岁　身份证号：[[ID_CARD|370102195804046851]]\n诊断：失眠障碍\n艾司唑仑片 1 mg×14片　每晚1片\n代办人：儿子[[PERSON|郑凯文]]　身份证号：[[ID_CARD|370102198509308074]]\n医师：[[PERSON|邸]]　药师：[[PERSON|龚]]`,
  ],
  [
    'prescription',
    `慢病长处方配送单\n收件人：[[PERSON|陆淑英]]　电话：[[PHONE|15135416100]]\n地址：[[ADDRESS|天津市河西区大沽南路27号宾西里4号楼3门201]]\n订单号：PS20261121-88403　处方号：[[MRN|RX26112109541]]\n医保卡号：[[INSURANCE_ID|1201037745183]]\n药品：苯磺酸氨氯地平片5 mg×84片；阿托伐他汀钙片20 mg×84片\n配送员：[[PERSON|鞠]]师傅　预计[[DATE|11月23日]]送达`,
  ],
  [
    'consent',
    `胃镜检查知情同意书\n患者姓名：[[PERSON|游建华]]　性别：男　年龄：58岁　住院号：[[MRN|XH2611-31084]]\n拟行检查：无痛胃镜检查（必要时活检）\n可能风险：出血、穿孔、麻醉相关呼吸抑制、误吸等。\n本人已充分理解上述内容，同意检查。\n患者签名：[[PERSON|游建华]]　日期：[[DATE|2026年11月22日]]\n谈话医师：[[PERSON|阳]]`,
  ],
  [
    'consent',
    `经医生充分告知，患者[[PERSON|胡秀云]]（女，[[AGE|95]]岁，身份证号[[ID_CARD|430103310830720]]）因意识障碍无法签字，由其长子[[PERSON|胡振宇]]（身份证号[[ID_CARD|430103195607146856]]，电话[[PHONE|15774314569]]）作为授权委托人，同意行经皮内镜下胃造瘘术。签字日期：[[DATE|2026年11月20日]]。见证护士：[[PERSON|邬雨桐]]`,
  ],
  [
    'consent',
    `手术知情同意书｜[[PERSON|谢志强]]｜男｜36岁｜住院号[[MRN|PW2611-8122]]\n术前诊断｜急性阑尾炎\n拟行手术｜腹腔镜阑尾切除术｜拟手术日期｜[[DATE|2026-11-23]]\n患者签名｜[[PERSON|谢志强]]｜配偶签名｜[[PERSON|程思颖]]\n主刀医师｜[[PERSON|柴]]医生`,
  ],
  [
    'billing',
    `住院预交金收据｜收据号 YJ2611220047\n姓名｜[[PERSON|贝秀兰]]｜住院号｜[[MRN|HX2611-4473]]\n金额｜￥10,000.00｜支付方式｜银联卡[[BANK_CARD|6228999354092566905]]\n缴款日期｜[[DATE|2026-11-22]]｜收款员｜[[PERSON|付]]`,
  ],
  [
    'billing',
    `门诊慢特病结算单\n姓名：[[PERSON|宋金山]]　身份证号：[[ID_CARD|450103195809175798]]
医保号：[[INSURANCE_ID|4501030288163]]\n病种：慢性肾脏病透析　结算期间：[[DATE|2026年11月1日]]至[[DATE|2026年11月21日]]\n总费用：7,862.30元　统筹支付：6,290.00元　个人自付：1,572.30元\n结算单号：JS2611210932　经办人：[[PERSON|廉]]`,
  ],
  [
    'billing',
    `商业保险理赔申请\n被保险人：[[PERSON|严晓雯]]　身份证号：[[ID_CARD|350102199001269204]]\n保单号：[[INSURANCE_ID|P8827615304]]　出险日期：[[DATE|2026年11月9日]]\n就诊：急性阑尾炎住院[[DATE|11月9日]]至[[DATE|11月14日]]\n收款账户：[[BANK_CARD|6217820291981646448]]（[[PERSON|严晓雯]]）\n联系邮箱：[[EMAIL|yanxw90@example.cn]]　理赔编号：LP2611-05532`,
  ],
  [
    'online-consult',
    `互联网医院图文问诊\n问诊单号：WZ2611230081　患者：[[PERSON|戴雨欣]]　女　27岁\n就诊卡号：[[MRN|JZ26008315]]　账号：[[ACCOUNT|yuxin_dai27]]\n主诉：月经推迟10天，自测早孕试纸弱阳性，下腹隐痛。\n医生回复：建议今天到院查血HCG和B超，排除宫外孕。\n接诊医生：[[PERSON|蓝]]医生　IP：[[IP|198.51.100.241]]`,
  ],
  [
    'online-consult',
    `（视频问诊文字记录）医生：孩子叫什么名字？\n家长：小名叫[[PERSON|咪咪]]，大名[[PERSON|韩沐阳]]，3岁半。\n医生：咳嗽几天了？\n家长：五天了，晚上咳得厉害，没发烧。\n医生：先用雾化，三天不好线下来看。家长账号[[ACCOUNT|han_mama0412]]已收到电子处方。\n记录日期：[[DATE|2026-11-21]]`,
  ],
  [
    'online-consult',
    `复诊续方｜患者｜[[PERSON|罗德华]]｜男｜63岁\n身份证｜[[ID_CARD|450103196308092198]]\n收货地址｜[[ADDRESS|南宁市青秀区长湖路136号荣和大地3栋1单元1802]]\n续方药品｜二甲双胍缓释片0.5 g×120片\n微信｜[[ACCOUNT|ldh_nn1963]]｜登录IP｜[[IP|203.0.113.239]]｜审方药师｜[[PERSON|甘]]`,
  ],
  [
    'patient-message',
    `[[PERSON|祝]]医生您好，我是您上周看过的[[PERSON|沈佳琪]]，门诊号[[MRN|MZ2611-52290]]。甲功复查结果FT4已经正常了，TSH还是0.05，药要不要减量？我这周五下午可以来。我的微信是[[ACCOUNT|jiaqi_shen88]]，谢谢您！`,
  ],
  [
    'patient-message',
    `感谢信\n尊敬的心内科全体医护人员：我父亲[[PERSON|黄德旺]]今年[[AGE|92]]岁，[[DATE|11月5日]]因心梗住进贵科，[[DATE|11月18日]]康复出院。住院期间[[PERSON|史]]主任亲自为他做了支架手术，护士[[PERSON|甄晓玫]]、[[PERSON|姜婷]]日夜照顾，我们全家非常感激！\n患者家属：[[PERSON|黄丽琴]]　[[PHONE|13322965578]]`,
  ],
  [
    'patient-message',
    `病案室老师您好：我是[[PERSON|潘瑞祥]]，身份证号[[ID_CARD|310104197705222814]]，[[DATE|2026年10月]]在贵院骨科住院（住院号[[MRN|GK2610-2746]]），因出国需要复印病历并加盖公章，护照号[[PASSPORT|EJ5183627]]。请问能否邮寄？电话[[PHONE|17765988963]]，邮箱[[EMAIL|ruixiang.pan@example.com]]。`,
  ],
  [
    'family-chat',
    `相亲相爱一家人（6）\n[[PERSON|宏业]]：妈的复查约好了，[[DATE|11月27日]]上午九点半，在门诊三楼\n大姐：我那天请不了假\n[[PERSON|丽蓉]]：我去吧，开[[PLATE|豫A·5K27Q]]去接妈\n[[PERSON|宏业]]：@[[PERSON|丽蓉]] 辛苦了，记得带医保卡和上次的片子\n二舅：好的好的`,
  ],
  [
    'family-chat',
    `奶奶住院陪护群\n[[PERSON|晓勇]]：护工[[PERSON|吴]]阿姨今天请假，晚上谁来？\n[[PERSON|秀娟]]：我来，八点到 🌙\n[[PERSON|晓勇]]：奶奶今天[[AGE|99]]岁生日，护士站送了蛋糕\n小叔：车停在B2，[[PLATE|湘A·7D36M]]，钥匙在抽屉\n[[PERSON|秀娟]]：[[PERSON|黎]]医生说下周可以出院`,
  ],
  [
    'sms-reminder',
    `【某医院】[[PERSON|宁]]先生您好，您预约的胃肠镜检查在[[DATE|2026年11月26日]]上午8:30，请于前一日晚8点开始服用清肠药，检查当天禁食。改约请点击[[URL|https://yy.example.cn/g/Q7pM3]]。`,
  ],
  [
    'sms-reminder',
    `【门诊通知】本院门诊大楼二楼自助机区域将于本周六进行设备升级，期间请到人工窗口挂号缴费，给您带来不便敬请谅解。`,
  ],
  [
    'bronchoscopy-suite',
    `支气管镜检查记录\n姓名：[[PERSON|施国良]]　男　64岁　住院号：[[MRN|HX2611-5307]]　检查号：[[MRN|ZQ2611-0219]]\n检查日期：[[DATE|2026-11-20]]\n所见：右上叶尖段开口见新生物阻塞，表面坏死，予活检6块、刷检1次；超声支气管镜下4R组淋巴节穿刺3针。\n术后：少量出血，局部冰盐水止血。\n操作医师：[[PERSON|穆]]　护士：[[PERSON|钮佳慧]]`,
  ],
  [
    'bronchoscopy-suite',
    `支气管镜室预约单｜[[PERSON|左秋菊]]｜女｜[[AGE|90]]岁｜身份证[[ID_CARD|120103361018772]]\n检查项目｜床旁支气管镜吸痰+肺泡灌洗｜预约时间｜[[DATE|2026年11月24日]] 14:00\n术前要求｜禁食6小时，停用阿司匹林已满7天\n陪同｜女婿[[PERSON|乔振林]]｜[[PHONE|18631001155]]`,
  ],
  [
    'gout-clinic',
    `痛风专病门诊　[[DATE|2026-11-19]]\n[[PERSON|覃永刚]]，男，41岁，门诊号[[MRN|TF2611-9038]]，医保卡号[[INSURANCE_ID|4501024417390]]\n右第一跖趾关节红肿热痛3天，血尿酸612 μmol/L，双能CT示尿酸盐结晶沉积。\n处理：秋水仙碱0.5 mg bid，急性期后起始非布司他20 mg qd，目标尿酸<360。[[DATE|12月17日]]复查。\n医师：[[PERSON|韦]]`,
  ],
  [
    'gout-clinic',
    `[[PERSON|杜海波]]在痛风随访群里留言：[[PERSON|韦]]医生，我[[DATE|11月2日]]开始吃非布司他，这两天左脚踝又肿了，是不是药不对？我住[[ADDRESS|南宁市兴宁区民主路57号金城花园4栋901]]，离医院近，明天能去加个号吗？电话[[PHONE|13347925470]]。`,
  ],
  [
    'cleft-clinic',
    `唇腭裂序列治疗门诊｜[[DATE|2026年11月21日]]\n患儿｜[[PERSON|钟子豪]]｜男｜10月龄｜身份证[[ID_CARD|500103202601156050]]\n诊断｜左侧完全性唇裂术后，继发腭裂\n计划｜[[DATE|2027年1月]]行腭裂修复术；语音评估待1岁半后\n监护人｜母亲[[PERSON|钟婷婷]]｜[[PHONE|18828958546]]｜医师｜[[PERSON|甄]]主任`,
  ],
  [
    'cleft-clinic',
    `唇腭裂术后第5天，[[PERSON|苑欣怡]]（女，11月龄）喂养记录：使用专用奶瓶，每次进奶90 ml，无呛咳，缝线处少量结痂。住院号[[MRN|KQ2611-0463]]，[[MRN|5]]床。语音治疗师[[PERSON|齐]]老师已与父亲[[PERSON|苑立新]]约好[[DATE|2027年5月]]随访。`,
  ],
  [
    'varicose-vein-clinic',
    `下肢静脉曲张门诊　[[DATE|2026-11-18]]\n姓名：[[PERSON|梅桂华]]　女　59岁　门诊号：[[MRN|XG2611-33607]]\n左下肢浅静脉迂曲扩张10年，小腿内侧色素沉着，CEAP分级C4a。超声：左大隐静脉隐股交界处反流2.8秒。\n计划：[[DATE|12月9日]]日间行左大隐静脉射频消融术，术后穿二级弹力袜。\n医师：[[PERSON|尉迟]]医生`,
  ],
  [
    'varicose-vein-clinic',
    `静脉曲张硬化剂注射后随访：[[PERSON|聂宏伟]]，男，47岁，身份证号[[ID_CARD|13010419790103039X]]，[[DATE|11月13日]]右小腿泡沫硬化剂注射（聚多卡醇1%），今日局部轻度色素沉着，无深静脉血栓。嘱继续穿弹力袜至[[DATE|12月11日]]。妻子[[PERSON|单晓红]]陪同。`,
  ],
  [
    'hernia-clinic',
    `疝外科门诊｜[[PERSON|甘福来]]｜男｜[[AGE|91]]岁｜门诊号[[MRN|SW26-204918]]\n右腹股沟可复性包块3年，站立时约6 cm，平卧可回纳，咳嗽冲击感阳性。\n诊断｜右侧腹股沟斜疝\n处理｜高龄、心功能II级，选择疝气带保守治疗，[[DATE|2027年2月]]复诊\n陪同｜孙女[[PERSON|甘露露]]｜[[PHONE|18090353827]]`,
  ],
  [
    'hernia-clinic',
    `日间手术预约：[[PERSON|白志勇]]，男，52岁，身份证号[[ID_CARD|640104197403203753]]，左侧腹股沟疝，拟[[DATE|2026年11月30日]]行腹腔镜腹膜前补片修补术（TEP）。术前检查已完成。住院号[[MRN|RJ2611-7725]]，医保卡号[[INSURANCE_ID|6401048532071]]，住址[[ADDRESS|银川市兴庆区解放东路219号丽景湾7号楼1单元302]]。经治医师：[[PERSON|巴]]`,
  ],
];
const en: Array<[string, string]> = [
  [
    'admission',
    `HISTORY AND PHYSICAL — [[DATE|11/22/2026]]\nPatient: [[PERSON|Darnell Wyckoff]] | DOB [[DATE|03/09/1958]] | MRN [[MRN|55820917]]\nAddress: [[ADDRESS|4417 Tamarack Hollow Rd, Chattanooga, TN 37421]]\nCC: chest tightness and dyspnea x 2 days.\nHPI: 68M with HFrEF (EF 30%) off diuretics for a week; weight up 9 lb. BNP 2,310. CXR: bilateral effusions.\nAssessment: acute decompensated heart failure. Admit to telemetry, bed 4W-[[MRN|17]].\nInsurance: Humana member ID [[INSURANCE_ID|H61730458]]. Emergency contact: wife [[PERSON|Lavonne]] [[PHONE|(423) 555-0162]].\nAdmitting: [[PERSON|Priya Vaidyanathan]], MD`,
  ],
  [
    'admission',
    `Acute medical clerking, [[DATE|21/11/2026]] 22:40. [[PERSON|Mabel Cawthorne]], [[AGE|96]], hospital no [[MRN|K4402871]], NHS [[INSURANCE_ID|999 070 1156]], brought from Larkfield care home with two days of reduced intake and new confusion. Urine dip nitrites positive, Na 129, CRP 88. Clinical frailty scale 7. Impression: delirium secondary to UTI. Next of kin: nephew [[PERSON|Graham Cawthorne]], [[PHONE|07700 900638]]. Clerked by Dr [[PERSON|Adegoke]] (FY1).`,
  ],
  [
    'admission',
    `L&D Admission | [[PERSON|Marisol Paniagua]] | 27 | G2P1 at 40+1\nDOB [[DATE|07/14/1999]] | MRN [[MRN|60294418]] | LMP [[DATE|02/15/2026]] | EDD [[DATE|11/22/2026]]\nSpontaneous rupture of membranes 06:10, clear fluid; cervix 4/80/-1. GBS negative.\nRoom LD-[[MRN|6]] | Medicaid ID [[INSURANCE_ID|TX4471820936]]\nPartner [[PERSON|Esteban Barragan]] [[PHONE|(956) 555-0147]] | Attending Dr [[PERSON|Montemayor]]`,
  ],
  [
    'progress-note',
    `Progress Note — HD 3 — [[DATE|11/21/2026]]\n[[PERSON|Lorraine Castellucci]], 74F, MRN [[MRN|31185064]], room [[MRN|822]]\nS: Less short of breath overnight, tolerating diet.\nO: T 37.4, RR 20, SpO2 94% on 2L. WBC 11.2 (from 16.8). Procalcitonin 0.6.\nA/P: LLL pneumonia improving on ceftriaxone/azithro — switch to PO amoxicillin-clavulanate tomorrow if afebrile. PT eval. Son [[PERSON|Vince]] updated by phone.\n[[PERSON|Adaeze Obasi]], DO (hospitalist)`,
  ],
  [
    'progress-note',
    `Ward round, Friday [[DATE|20/11/2026]], Ward 9 — consultant Dr [[PERSON|Nettleship]]\nBed [[MRN|3]]: [[PERSON|DUNSTABLE, Doreen]] — [[AGE|93]] — fractured NOF day 2, Hb 88, transfuse 1 unit, OT review.\nBed 4: empty.\nBed [[MRN|5]]: [[PERSON|CARLYON, Stuart]] — 61 — pancreatitis, lipase falling, start light diet.\nJobs for SHO [[PERSON|Mehreen Shafiq]]: bloods for bed 3 at 14:00.`,
  ],
  [
    'progress-note',
    `Surgical ward note [[DATE|22/11/2026]] — [[PERSON|Jayden Lockyer]], 19, UR [[MRN|M7730452]], Medicare [[INSURANCE_ID|3844 57575 2]], DOB [[DATE|05/02/2007]]. Day 1 post laparoscopic appendicectomy. Afebrile, tolerating fluids, port sites clean. Plan discharge this afternoon if eating. Mother [[PERSON|Kerryn]] to collect. — Dr [[PERSON|Anjali Shenoy]], surgical registrar`,
  ],
  [
    'discharge',
    `DISCHARGE SUMMARY\nPatient: [[PERSON|Harold Halonen]] | MRN [[MRN|72209381]] | DOB [[DATE|12/30/1949]]\nAdmitted [[DATE|11/14/2026]] | Discharged [[DATE|11/20/2026]]\nDiagnosis: Upper GI bleed from gastric ulcer (H. pylori positive), treated endoscopically.\nMeds: pantoprazole 40 mg BID x 8 weeks; quadruple therapy x 14 days.\nFollow-up: GI clinic [[DATE|12/8/2026]]; repeat EGD [[DATE|01/19/2027]].\nHome: [[ADDRESS|908 Prairie Smoke Ln, Sioux Falls, SD 57106]]\nDischarging physician: [[PERSON|Marguerite Laaksonen]], MD`,
  ],
  [
    'discharge',
    `Going home after your hip replacement: keep using the frame until the physiotherapist says otherwise, do not cross your legs or bend the hip past a right angle for six weeks, and sleep on your back with a pillow between your knees. Take the blood-thinning injections every evening until the course ends. Ring the ward if the wound leaks, the calf swells or you feel breathless.`,
  ],
  [
    'discharge',
    `Discharge letter — [[DATE|20 November 2026]]\nDear Dr [[PERSON|Inchcombe]],\nRe: [[PERSON|Nesta Bellingham]], DOB [[DATE|11/06/1984]], NHS [[INSURANCE_ID|999 958 7852]], [[ADDRESS|Flat 2, 19 Quarry Bank Road, Sheffield S10 5GH]]\n[[PERSON|Nesta]] was admitted on [[DATE|16 November]] with diabetic ketoacidosis after a viral illness. Ketones cleared in 20 hours. She has seen the diabetes specialist nurse and will be reviewed on [[DATE|4 December]].\nYours sincerely, Dr [[PERSON|Callum Fitzhardinge]], Diabetes & Endocrinology`,
  ],
  [
    'outpatient',
    `Dermatology clinic — [[DATE|11/19/2026]]\n[[PERSON|Shaniqua Rudge]], 31F, MRN [[MRN|48816230]], Aetna ID [[INSURANCE_ID|W219086437]]\nModerate plaque psoriasis, BSA 12%, PASI 14. Failed topical clobetasol and calcipotriene.\nPlan: phototherapy NB-UVB 3x/week; consider biologic if inadequate by [[DATE|February 2027]].\nRTC 12 weeks. [[PERSON|Gregory Rosenkranz]], MD`,
  ],
  [
    'outpatient',
    `Dear Dr [[PERSON|Iordanou]],\nI reviewed [[PERSON|Ciarán Brennock]] (DOB [[DATE|09/03/1971]], MRN [[MRN|R2290537]]) in the gastroenterology clinic today, [[DATE|18 November 2026]]. His ferritin is 6 and coeliac serology strongly positive (tTG >128). I have arranged a gastroscopy with duodenal biopsies for [[DATE|2 December]] and referred him to the dietitian. He lives at [[ADDRESS|Ardmore, Kilcolgan Road, Oranmore, Co. Galway H91 T2X7]].\nKind regards, Dr [[PERSON|Saoirse Hindle]]`,
  ],
  [
    'outpatient',
    `Diabetes clinic, [[DATE|19/11/2026]]. [[PERSON|Mere Waititi]], 58, NHI [[INSURANCE_ID|XEJ3079]], of [[ADDRESS|22 Kowhai Grove, Hamilton East, Hamilton 3216]]. HbA1c 78 mmol/mol (from 91). Started empagliflozin; retinal screen due. Daughter [[PERSON|Tui]] attends and helps with meals. Review [[DATE|February 2027]]. — [[PERSON|Ruth Tapsell]], diabetes nurse specialist`,
  ],
  [
    'referral',
    `Two-week-wait referral — suspected lower GI cancer\nPatient: [[PERSON|Derek Openshaw]] | DOB [[DATE|22/01/1957]] | NHS [[INSURANCE_ID|999 345 7310]]\nAddress: [[ADDRESS|41 Coldwell Lane, Todmorden OL14 6QX]] | Mobile [[PHONE|07700 900283]]\nSix weeks of change in bowel habit and rectal bleeding; FIT 212 µg/g; Hb 109.\nReferring GP: Dr [[PERSON|Philippa Stannard]], sent [[DATE|18/11/2026]]`,
  ],
  [
    'referral',
    `REFERRAL — Pulmonology\nPt: [[PERSON|Yolanda Birchfield]] | DOB [[DATE|04/27/1963]] | MRN [[MRN|20417765]]\nUHC member ID [[INSURANCE_ID|918374625]] | Cell [[PHONE|(317) 555-0193]]\nReason: incidental 9 mm RUL nodule on CT [[DATE|11/10/2026]]; 40 pack-year history.\nOffice fax 317-555-8800 (for records only)\nReferring: [[PERSON|Tobias Kreider]], PA-C`,
  ],
  [
    'referral',
    `Referral to Renal — [[DATE|17/11/2026]]\nDear Renal Registrar,\n[[PERSON|Bronwyn Tillett]], 66, Medicare [[INSURANCE_ID|6534 27843 4]], of [[ADDRESS|3/58 Wattle Tree Road, Malvern VIC 3144]], mobile [[PHONE|0491 573 087]]. eGFR fallen from 48 to 31 over six months with proteinuria 1.9 g/day. Please assess.\nDr [[PERSON|Lachlan Mayberry]], GP`,
  ],
  [
    'handover',
    `NIGHT HANDOVER — 5 East — [[DATE|11/22/2026]]\nRm [[MRN|502]]  [[PERSON|Orji, Chinedu]]  54  DKA on insulin drip, BG q1h\nRm 503  empty (terminal clean)\nRm [[MRN|504]]  [[PERSON|Vokins, Bernice]]  [[AGE|94]]  hip fx pre-op, NPO after midnight\nRm [[MRN|506]]  [[PERSON|Korhonen, Axel]]  37  cellulitis, IV cefazolin\nOff-going [[PERSON|Roz]] RN -> on-coming [[PERSON|Dev Gangopadhyay]] RN`,
  ],
  [
    'handover',
    `SBAR phone call, 03:15 [[DATE|22/11/2026]]. S: [[PERSON|Wilfred Amberley]], [[AGE|91]], bay 2 bed [[MRN|4]], NEWS2 now 7. B: admitted yesterday with pneumonia. A: RR 28, SpO2 88% on 4L, new confusion. R: please review within 30 minutes. Called Dr [[PERSON|Iwu]] on bleep 2274. Caller: [[PERSON|Shona Jellicoe]], staff nurse.`,
  ],
  [
    'handover',
    `(transcribed) ED handover to ward: bed [[MRN|12]] is [[PERSON|Tammy Lebeau]], 44, asthma, back-to-back nebs done, peak flow 220 now; bed 13 empty; bed [[MRN|14]] is Mr [[PERSON|Oakridge]] — first name [[PERSON|Delbert]] — 80, syncope, tele clear. Delbert's granddaughter [[PERSON|Jolie]] is on [[PHONE|(614) 555-0125]] and wants a call before transfer.`,
  ],
  [
    'nursing-note',
    `Nursing note [[DATE|11/21/2026]] 02:30 — [[PERSON|Cornelius Haight]], [[AGE|90]], rm [[MRN|311]], DOB [[DATE|06/18/1936]]. Found sitting on floor beside bed, no LOC, no head strike, denies pain. Neuro checks q1h x 4 stable. Bed alarm on, low bed. Dr [[PERSON|Quijano]] notified 02:40. Daughter [[PERSON|Paulette Haight]] notified by phone. — [[PERSON|Kiara Munsey]], RN`,
  ],
  [
    'nursing-note',
    `Caring for your urinary catheter: wash your hands before touching the tubing, keep the drainage bag below the level of your bladder, empty it when it is two-thirds full and drink about two litres a day unless told otherwise. Call the district nurse if the catheter stops draining, the urine becomes cloudy and smelly or you develop a fever.`,
  ],
  [
    'nursing-note',
    `District nursing visit, Monday [[DATE|16/11/2026]]. [[PERSON|Ivor Penrhyn]], [[AGE|95]], NHS [[INSURANCE_ID|999 405 5216]], at [[ADDRESS|Flat 7, Maes y Dderwen, Carmarthen SA31 1QW]]. Leg ulcer left gaiter 4.1 × 2.8 cm, slough reducing; four-layer bandage reapplied. Wife [[PERSON|Blodwen]] managing well. Next visit Thursday [[DATE|19/11/2026]]. — [[PERSON|Bethan Wragge]], DN`,
  ],
  [
    'lab-report',
    `COAGULATION REPORT\nPATIENT: [[PERSON|VOSBURGH, EARL]]  MRN: [[MRN|83320671]]  DOB: [[DATE|08/25/1944]]\nACCESSION: [[MRN|C26-1121-0485]]  COLLECTED: [[DATE|11/21/2026]] 05:50  LOC: 3N-[[MRN|314]]\nPT 38.4 s H  INR 3.9 H  aPTT 41 s\nCRITICAL VALUE called to [[PERSON|T. Maudsley]], RN, 06:42 by [[PERSON|J. Nasrallah]], MLS`,
  ],
  [
    'lab-report',
    `Histopathology — lab no [[MRN|H26-48127]]\nPatient: [[PERSON|Agnieszka Szymanek]] | NHS [[INSURANCE_ID|999 455 7467]] | hospital no [[MRN|S6671048]]\nSpecimen received [[DATE|13/11/2026]]: skin ellipse, left shoulder.\nDiagnosis: superficial spreading melanoma, Breslow 0.6 mm, no ulceration, margins clear (peripheral 4 mm).\nReported [[DATE|19/11/2026]] by Dr [[PERSON|Ravindran Anandarajah]]`,
  ],
  [
    'lab-report',
    `Pathology — Full blood count. [[PERSON|Dulcie Zervas]], [[AGE|92]], Medicare [[INSURANCE_ID|6499 43360 3]], lab episode [[MRN|26-7781304]], collected [[DATE|20/11/2026]]. Hb 94 g/L L, MCV 104 fL H, platelets 142. B12 118 pmol/L L. Comment: macrocytic anaemia with low B12. Copy to Dr [[PERSON|Oakeshott]].`,
  ],
  [
    'imaging-report',
    `MRI LUMBAR SPINE — [[DATE|11/20/2026]]\nPatient: [[PERSON|Rodrigo Valdespino]] | MRN [[MRN|57104382]]\nComparison: [[DATE|March 2024]].\nFindings: L4-5 broad-based disc bulge with right paracentral extrusion contacting the traversing right L5 root. Mild facet arthropathy L5-S1. Conus normal.\nImpression: right L4-5 extrusion, new since prior.\nRead by [[PERSON|Hannelore Busch]], MD`,
  ],
  [
    'imaging-report',
    `Ultrasound abdomen, [[DATE|18/11/2026]]. [[PERSON|Roisin Mallinson]], NHS [[INSURANCE_ID|999 592 3025]], RIS [[MRN|RIS2611-54093]]. Gallbladder contains multiple mobile calculi up to 14 mm; wall 2 mm; CBD 5 mm. Liver, pancreas and kidneys unremarkable. Conclusion: uncomplicated cholelithiasis. Reported by [[PERSON|Kwabena Kanu]], consultant radiologist.`,
  ],
  [
    'prescription',
    `SUNRISE PHARMACY  (503) 555-2201\nRX# [[MRN|6683917]]  [[PERSON|GUNDERSON, LEIF]]\n[[ADDRESS|2715 NE SKIDMORE ST, PORTLAND OR 97211]]\nAPIXABAN 5 MG TAB — TAKE 1 TABLET BY MOUTH TWICE DAILY\nQTY 60  REFILLS 5  FILLED [[DATE|11/20/2026]]\nDR [[PERSON|M. IGBINEDION]]`,
  ],
  [
    'prescription',
    `TTO — [[DATE|22/11/2026]] — [[PERSON|Gwendolyn Pilbeam]], hospital no [[MRN|P3381047]], NHS [[INSURANCE_ID|999 929 3697]]\nRamipril 2.5 mg OD (new), bisoprolol 1.25 mg OD (new), atorvastatin 80 mg ON, aspirin 75 mg OD, ticagrelor 90 mg BD for 12 months.\nPrescriber: Dr [[PERSON|Yusuf Olatunji]], bleep 4431. Screened by pharmacist [[PERSON|Holly Winstanley]].`,
  ],
  [
    'prescription',
    `Electronic prescription — [[DATE|11/19/2026]]\nPatient: [[PERSON|Jasmine Heikkinen]], DOB [[DATE|10/02/1992]]\nRx ID [[MRN|RX-1119-44720]] | Member ID [[INSURANCE_ID|CGN55180273]]\nSertraline 50 mg, 1 tab daily, #30, 2 refills.\nPrescriber: [[PERSON|Noor Khalaf]], PMHNP`,
  ],
  [
    'consent',
    `INFORMED CONSENT — Cardiac catheterization\nPatient: [[PERSON|Clement Scholefield]] | MRN [[MRN|39927105]] | Date [[DATE|11/23/2026]]\nRisks discussed: bleeding, vessel injury, contrast reaction, stroke (<1%), need for emergency surgery.\nInterpreter: not required. Patient signature: [[PERSON|Clement Scholefield]]\nWitness: [[PERSON|Ingrid Lehtonen]], RN | Physician: [[PERSON|Farrukh Niazi]], MD`,
  ],
  [
    'consent',
    `Consent Form 4 (adult unable to consent) — [[DATE|21/11/2026]]. [[PERSON|Herbert Scovell]], [[AGE|97]], hospital no [[MRN|T7719305]], lacks capacity for this decision. Proposed: insertion of PEG tube. Best-interests discussion held with his daughter [[PERSON|Marian Scovell]] (LPA for health) and IMCA not needed. Signed Dr [[PERSON|Olusegun Osagie]].`,
  ],
  [
    'consent',
    `Consent for grommet insertion — [[DATE|19/11/2026]]. Child: [[PERSON|Harper Quaife]], 4, UR [[MRN|N5591264]]. Procedure planned [[DATE|8 December 2026]]. Risks explained: discharge, early extrusion, persistent perforation. Parent: [[PERSON|Shane Quaife]] (father), mobile [[PHONE|0491 570 737]]. Surgeon: Dr [[PERSON|Kaia Leckie]].`,
  ],
  [
    'billing',
    `STATEMENT — Account [[MRN|A-30918842]]\nPatient: [[PERSON|Wendell Hollister]] | Guarantor: [[PERSON|Gloria Hollister]] | SSN [[ID_CARD|987-65-4323]]\nService dates: [[DATE|10/28/2026]] – [[DATE|10/30/2026]]\nMailing: [[ADDRESS|PO Box 7716, Dothan, AL 36302]]\nBalance due: $842.17 | Card on file: Visa [[BANK_CARD|4241567577230880]]`,
  ],
  [
    'billing',
    `INVOICE INV-26-11842 — Private consultation [[DATE|17/11/2026]] and follow-up [[DATE|24/11/2026]]\nBill to: [[PERSON|Lavinia Throckmorton]] — [[EMAIL|l.throckmorton@example.co.uk]]\nAXA Health membership [[INSURANCE_ID|AXH70358216]]\nPaid by Mastercard [[BANK_CARD|5397178194817833]]. Consultant: Mr [[PERSON|Devlin Hargreave]]`,
  ],
  [
    'billing',
    `TAX INVOICE — ABN 53 004 085 616\nPatient: [[PERSON|Saxon Cronshaw]] | Medicare [[INSURANCE_ID|4967 25766 1]]\nItem 23 consult [[DATE|18/11/2026]] — $95.00 (rebate $42.85)\nPaid: Amex [[BANK_CARD|372577115010578]]\nProvider no 2449183A — Dr [[PERSON|Ottilie Marwick]]`,
  ],
  [
    'online-consult',
    `Telehealth chat — [[DATE|11/21/2026]]\n[[ACCOUNT|mtrautman22]]: hi, my son has a rash after starting amoxicillin\nNP [[PERSON|Rosalind Olivarez]]: Hi! Is it raised and itchy, or flat spots?\n[[ACCOUNT|mtrautman22]]: flat pink spots, no swelling, he's eating fine\nNP [[PERSON|Rosalind Olivarez]]: Please stop the amoxicillin and send a photo. What's his name and DOB?\n[[ACCOUNT|mtrautman22]]: [[PERSON|Owen Trautman]], [[DATE|5/14/2021]]\n(session IP [[IP|198.51.100.118]])`,
  ],
  [
    'online-consult',
    `Your online consultation is booked\nHi [[PERSON|Ferdie]], your video call with Dr [[PERSON|Anouk Kazlauskas]] is on Monday [[DATE|30 November 2026]] at 09:20.\nJoin: [[URL|https://consult.example.co.uk/r/8KsW21b]]\nUsername: [[ACCOUNT|ferdie_mckinlay]] | Confirmation sent to [[EMAIL|ferdie.mckinlay@example.co.uk]]`,
  ],
  [
    'online-consult',
    `Virtual visit intake — Toronto\nName: [[PERSON|Lui Ka-ming]] | DOB [[DATE|1979-08-30]]\nHKID [[ID_CARD|P763789(A)]] | Passport [[PASSPORT|K60428193]]\nAddress: [[ADDRESS|906-25 Sheppard Avenue West, North York ON M2N 6S6]]\nPhone [[PHONE|(416) 555-0172]] | Email [[EMAIL|kaming.lui@example.com]]\nMoved here in [[DATE|September 2026]]; wife [[PERSON|Mak Siu-fong]] also registering. Connected from [[IP|203.0.113.76]].`,
  ],
  [
    'patient-message',
    `Portal message from [[PERSON|Kimberly Astorga]]\nDr [[PERSON|Sorensby]], my mother [[PERSON|Consuelo Astorga]] ([[AGE|98]]) fell again last night. She's staying with me at [[ADDRESS|1230 Mesquite Bend Dr, Las Cruces, NM 88011]]. Can someone from home health come out this week? Best number [[PHONE|(575) 555-0154]]. — [[PERSON|Kimmie]]`,
  ],
  [
    'patient-message',
    `From: [[EMAIL|d.chibuike@example.co.uk]]\nSubject: Repeat prescription — [[PERSON|Daniel Chibuike]], DOB [[DATE|14/03/1988]]\nHi, my inhaler request from [[DATE|9 November]] still hasn't reached the pharmacy. NHS [[INSURANCE_ID|999 757 8414]]. Could you check? You can text me on [[PHONE|07700 900758]].\nThanks, [[PERSON|Dan]]`,
  ],
  [
    'patient-message',
    `Dear Patient Experience Team,\nMy husband [[PERSON|Raymond Tessier]], [[AGE|93]], was discharged on [[DATE|November 12]] at 11 p.m. in a taxi with no one told. His OHIP number is [[INSURANCE_ID|3928-994-247]]. Please reply in writing to [[ADDRESS|58 Loyalist Parkway, Picton ON K0K 2T0]].\n[[PERSON|Yvette Tessier]]`,
  ],
  [
    'family-chat',
    `👨‍👩‍👧 Dad hospital chat\n[[PERSON|Tatum]]: surgeon says Dad's op is [[DATE|Dec 1]], first on the list\n[[PERSON|Colton]]: I'll bring him in, my car's [[PLATE|7RWL294]]\nMom: make sure he doesn't eat after midnight\n[[PERSON|Tatum]]: @[[PERSON|Colton]] take his CPAP too 🙏`,
  ],
  [
    'family-chat',
    `Gran's visits 🌷\n[[PERSON|Kaia]]: Gran's moving to the ward on Tuesday [[DATE|24 Nov]]\nAuntie [[PERSON|Myrtle]]: I'll go Wednesday, parking in the multistorey, silver Corsa [[PLATE|LR68 KVN]]\nDad: she'll be [[AGE|100]] in March!!\n[[PERSON|Kaia]]: telegram from the King then 👑`,
  ],
  [
    'sms-reminder',
    `Hi [[PERSON|Kirsteen]], your eye screening appointment is Thursday [[DATE|3 December]] at 14:40 with [[PERSON|Mungo]]. Bring your glasses and don't drive afterwards. Manage it here: [[URL|https://eyes.example.co.uk/m/Zq81]]`,
  ],
  [
    'sms-reminder',
    `Riverside Surgery: flu clinics run every Saturday morning in December. No appointment needed for over-65s; bring a face covering if you have a cough.`,
  ],
  [
    'bronchoscopy-suite',
    `Bronchoscopy report — [[DATE|11/20/2026]]\n[[PERSON|Terrance Fogelman]], 67M, MRN [[MRN|46603918]]\nIndication: RUL mass. Findings: endobronchial tumor occluding RUL anterior segment. EBUS-TBNA stations 4R and 7 (4 passes each); ROSE adequate.\nComplications: none. Recovery bay [[MRN|3]].\nBronchoscopist [[PERSON|Ifeoma Ndukwe]], MD; wife [[PERSON|Darla]] updated.`,
  ],
  [
    'bronchoscopy-suite',
    `After your bronchoscopy: do not eat or drink for two hours, until the numbness in your throat wears off. A little blood in your phlegm and a mild fever for a day are common. Come back or call 999 if you cough up more than a teaspoon of blood or become short of breath.`,
  ],
  [
    'gout-clinic',
    `Gout clinic — [[DATE|18/11/2026]]\n[[PERSON|Norman Tetlow]], 63, hospital no [[MRN|G5518430]], NHS [[INSURANCE_ID|999 039 3117]]\nThird flare this year, right knee and first MTP. Urate 0.56 mmol/L. eGFR 52.\nPlan: allopurinol 100 mg, titrate monthly to target urate <0.30; colchicine 500 mcg BD cover for 6 months. Nurse-led urate check [[DATE|16 December]].\nGP Dr [[PERSON|Pendlebury]] copied.`,
  ],
  [
    'gout-clinic',
    `Gout: a quick guide. Uric acid crystals form when the level stays high for years. Attacks are treated with ice, rest and anti-inflammatories; long-term tablets lower the level and stop new attacks, but must be taken every day, even when you feel well. Cut down on beer, sugary drinks and large portions of red meat.`,
  ],
  [
    'cleft-clinic',
    `Cleft team clinic — [[DATE|19/11/2026]]\n[[PERSON|Alfie Trevorrow]], 9 months, NHS [[INSURANCE_ID|999 547 5294]]\nUnilateral left cleft lip repaired at 3 months; palate repair booked for [[DATE|13 January 2027]].\nFeeding with squeezy bottle, weight on 25th centile. Speech and language therapist [[PERSON|Morwenna Angove]] to see at 18 months.\nMum [[PERSON|Jade Trevorrow]] [[PHONE|07700 900489]]`,
  ],
  [
    'cleft-clinic',
    `Craniofacial clinic, [[DATE|11/18/2026]]. [[PERSON|Mateo Saldívar]], 7, MRN [[MRN|61728043]], bilateral cleft lip and palate. Alveolar bone graft planned [[DATE|06/2027]] after orthodontic expansion. Velopharyngeal insufficiency mild on nasendoscopy. Parents [[PERSON|Reba]] and [[PERSON|Ignacio Saldívar]], cell [[PHONE|(915) 555-0108]]. — [[PERSON|Delphine Echeverria]], DDS`,
  ],
  [
    'varicose-vein-clinic',
    `Vein clinic — [[DATE|11/17/2026]]\n[[PERSON|Tanya Rudzinski]], 49F, MRN [[MRN|29073316]], Cigna ID [[INSURANCE_ID|U48391702]]\nSymptomatic GSV reflux R leg (1.9 s), CEAP C3, failed 3 months of compression stockings.\nPlan: endovenous laser ablation R GSV [[DATE|12/15/2026]]; prior-auth submitted.\n[[PERSON|Marcus Sifuentes]], MD (vascular)`,
  ],
  [
    'varicose-vein-clinic',
    `Varicose veins: keeping active helps the calf muscles pump blood upwards. Raise your legs when resting, avoid standing still for long periods and wear your stockings during the day. After treatment, walk for at least half an hour daily and expect some bruising along the vein for two to three weeks.`,
  ],
  [
    'hernia-clinic',
    `Hernia clinic — [[DATE|20/11/2026]]. [[PERSON|Keith Dunnage]], [[AGE|90]], UR [[MRN|Q2297153]], Medicare [[INSURANCE_ID|4227 50978 1]], of [[ADDRESS|14 Kurrajong Parade, Toowoomba QLD 4350]]. Large reducible left inguinoscrotal hernia; frail, on dual antiplatelets. Decision with patient and son [[PERSON|Darcy]]: watchful waiting, truss fitted, urgent review if painful or irreducible. — Dr [[PERSON|Harriet Kitto]]`,
  ],
  [
    'hernia-clinic',
    `Day surgery booking — [[DATE|11/19/2026]]\n[[PERSON|Ernesto Huerta]], 55, MRN [[MRN|73051826]], Anthem ID [[INSURANCE_ID|YRG820417365]]\nLaparoscopic TEP repair of bilateral inguinal hernias on [[DATE|12/03/2026]]. Hold aspirin 5 days prior. Ride home: daughter [[PERSON|Yesica]] [[PHONE|(559) 555-0186]].\nSurgeon [[PERSON|Camille Brodeur]], MD`,
  ],
];

export function generateDeidHoldout29(): LabelledRecord[] {
  return holdoutRecords('h29', zh, en);
}

export const DEID_HOLDOUT_29_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/labelled/deid-holdout-29.jsonl',
);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const records = generateDeidHoldout29();
  writeFileSync(DEID_HOLDOUT_29_PATH, renderJsonl(records));
  console.log(`wrote ${records.length} records to ${DEID_HOLDOUT_29_PATH}`);
}
