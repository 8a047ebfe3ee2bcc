import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { holdoutRecords, type LabelledRecord, renderJsonl } from './generate-deid.ts';

/**
 * The ROUND-37 fresh held-out de-identification set (data/labelled/deid-holdout-37.jsonl): hand-written
 * snippets with hand-placed spans, marked inline as [[TYPE|text]] (parseMarked strips the marks and
 * records UTF-16 offsets). Written by a separate annotator who did not read the recognizer code and
 * never ran a recognizer on these snippets; it must not be used to adjust the recognizers.
 *
 * About four fifths are the everyday documents of a general hospital and the messages of its patients
 * (admission, progress and discharge notes, outpatient notes and dialogues, referrals and consult
 * requests, handovers, nursing notes, lab and imaging reports, prescriptions and labels, consent,
 * billing papers, online consultations, patient messages, family chats and SMS reminders), in new
 * wording; a fifth come from settings no earlier round listed as a genre: cochlear-implant clinics,
 * pulmonary-hypertension clinics, skin-cancer (Mohs) clinics and motor-neurone-disease (ALS) clinics.
 *
 * Identifiers are synthetic: resident IDs carry a valid GB 11643 check character and a region code, sex
 * digit and birth date consistent with the text (15-digit IDs likewise), the Hong Kong identity cards
 * their bracketed check character, the Singapore NRICs their check letter, the Aadhaar number its
 * Verhoeff digit, bank cards a valid Luhn digit, NHS numbers are in the 999 test range with their
 * modulus-11 digit, the Australian Medicare numbers pass their check digit, the OHIP number its Luhn
 * digit, the NZ NHIs their check digit, the US MBI follows the published character pattern; the US SSN
 * is in the 987-65-432x advertising range. Phones are random mainland (and Hong Kong, Singapore, India)
 * numbers or fictional ranges (North American 555-01xx, UK 07700 900xxx, Australian 0491 57x xxx and
 * (07) 5550 xxxx); mail and web hosts are example.*; IP addresses come from the documentation ranges.
 *
 * Span conventions are those stated in data/labelled/deid-holdout-36.card.yaml; the decisions new in
 * this round are stated in data/labelled/deid-holdout-37.card.yaml.
 */
const zh: Array<[string, string]> = [
  [
    'admission',
    `呼吸与危重症医学科　入院记录\n【姓名】[[PERSON|濮阳桂芝]]　【性别】女　【年龄】[[AGE|94]]岁　【婚姻】丧偶\n【住院号】[[MRN|ZY6047641]]　【床位】[[MRN|27]]床\n【身份证号】[[ID_CARD|330602193203093901]]\n【现住址】[[ADDRESS|绍兴市越城区仓桥直街41号]]\n【入院时间】[[DATE|2026年11月21日]] 09:40\n【主诉】咳嗽、咳黄脓痰加重伴喘息4天\n【查体】T 38.1℃，未吸氧时指脉氧86%，双下肺可闻及湿啰音\n【联系人】侄子[[PERSON|濮阳振宇]]　[[PHONE|13186669242]]\n【病史陈述者】患者本人及侄子，可靠`,
  ],
  [
    'admission',
    `老年医学科收入：[[PERSON|金福善]]，朝鲜族，女，[[AGE|96]]岁，身份证号[[ID_CARD|222401300214390]]，户籍在[[ADDRESS|延吉市公园路58号3单元201室]]。女儿[[PERSON|朴美善]]代诉：[[DATE|11月20日]]起老人吃得越来越少，白天总是睡，昨夜叫得醒但答非所问。高血压30余年，一直吃氨氯地平5mg每日一次。女儿电话[[PHONE|15055336325]]。住院号[[MRN|44011984]]，经治医师[[PERSON|玄正浩]]。`,
  ],
  [
    'admission',
    `产科入院｜孕妇[[PERSON|龙阿妹]]｜苗族｜31岁｜孕2产1，孕38周又2天｜住院号 [[MRN|CK174528]]｜床号 [[MRN|8]]｜LMP [[DATE|2026/2/26]]｜身份证 [[ID_CARD|522601199507180340]]｜住址 [[ADDRESS|凯里市北京东路17号2栋3单元]]｜丈夫[[PERSON|杨正才]] [[PHONE|15593626257]]｜规律下腹紧缩感2小时，胎心138次/分`,
  ],
  [
    'progress-note',
    `主任医师查房记录（[[DATE|11月22日]]晨）\n[[PERSON|宇文承泽]]主任查房：患者[[PERSON|乔淑贞]]，[[AGE|91]]岁，慢性心衰急性加重入院第3天。今晨诉夜里已能平躺，24小时尿量约1800ml，双小腿水肿较前消退。NT-proBNP 6420pg/ml（入院时9870）。\n指示：呋塞米改为口服20mg每日一次；今日请长子[[PERSON|乔立新]]来院，商量能否[[DATE|11月25日]]出院回家。\n记录者：[[PERSON|温可欣]]`,
  ],
  [
    'progress-note',
    `骨科术后首次病程　[[DATE|11月21日]] 16:20\n患者[[PERSON|帕提古丽·艾买提]]，女，[[AGE|90]]岁，[[MRN|3]]床，今日腰硬联合麻醉下行左股骨颈骨折人工股骨头置换术，术中出血约200ml。患者只会讲维吾尔语，由孙女[[PERSON|祖力皮亚]]翻译，诉切口痛，VAS 4分。术后予依诺肝素4000IU皮下注射每日一次预防血栓。\n手术者：[[PERSON|艾尔肯·吐尔逊]]副主任医师　记录：[[PERSON|马晓婷]]`,
  ],
  [
    'progress-note',
    `病程记录｜[[DATE|2026.11.23]] 02:15｜神经外科 [[MRN|加3]]床｜[[PERSON|褚国梁]] 男 [[AGE|92]]岁｜住院号 [[MRN|4806138]]｜突然叫不醒，GCS由14分降至9分，右侧瞳孔4mm，对光反射迟钝｜急查头颅CT示左额颞硬膜下血肿增大｜已电话告知女婿[[PERSON|魏东]]｜值班医师：[[PERSON|欧阳帆]]`,
  ],
  [
    'discharge',
    `出院小结\n姓名：[[PERSON|钟离德清]]　性别：男　年龄：[[AGE|100]]岁　病案号：[[MRN|8560808]]\n住院时间：[[DATE|2026.11.9]]—[[DATE|2026.11.23]]（共14天）\n出院时诊断：1.社区获得性肺炎　2.慢性心功能不全（NYHA Ⅲ级）　3.2型糖尿病\n出院带药：托拉塞米片10mg每日一次；沙库巴曲缬沙坦钠片50mg每日两次\n复诊：[[DATE|12月7日]]上午心内科门诊（[[PERSON|覃]]主任）\n家庭电话：[[PHONE|0771-87090667]]（孙子[[PERSON|钟离轩]]）`,
  ],
  [
    'discharge',
    `出院记录：[[PERSON|吉克阿支]]，彝族，男，[[AGE|93]]岁，身份证号[[ID_CARD|513401331105703]]，因“慢阻肺急性加重”在[[DATE|11月10日]]住进我科，经抗感染、平喘及无创通气治疗，[[DATE|11月22日]]好转出院。出院后回[[ADDRESS|西昌市安宁镇马坪坝村三组12号]]居住，由儿子[[PERSON|吉克石一]]照顾，继续家庭氧疗每天15小时以上。嘱一周后到镇卫生院找[[PERSON|沙]]医生复查血常规。`,
  ],
  [
    'discharge',
    `出院｜[[PERSON|司徒婉华]]｜女｜[[AGE|97]]岁｜住院号[[MRN|52170979]]｜[[DATE|11.12]]入院—[[DATE|11.24]]出院｜诊断：胆总管结石，ERCP取石术后｜医保卡号[[INSURANCE_ID|GD406748984]]｜出院后暂住女儿[[PERSON|关慧仪]]家：[[ADDRESS|江门市蓬江区白沙大道西28号6座1102]]｜[[DATE|12.08]]复查肝功能`,
  ],
  [
    'outpatient',
    `国际医疗部门诊病历\n患者：[[PERSON|林佩珊]]（[[PERSON|Lim Pei Shan]]），女，46岁，新加坡籍\nNRIC：[[ID_CARD|S8004554I]]　护照号：[[PASSPORT|E6776488H]]\n门诊号：[[MRN|GJ1005447]]　手机：[[PHONE|+65 8068 1894]]\n主诉：出差期间右耳痛伴流脓3天。外耳道红肿，鼓膜完整。\n处理：环丙沙星滴耳液，[[DATE|11月27日]]复诊；如回国前未愈，请当地医生继续处理。`,
  ],
  [
    'outpatient',
    `医生：老人家叫什么名字？\n家属：她叫[[PERSON|甘秀兰]]，耳朵背，我替她说。我是她外甥[[PERSON|韦国强]]。\n医生：多大年纪了？\n家属：属狗的，今年[[AGE|九十二]]了。\n医生：带身份证没有？\n家属：在这儿，[[ID_CARD|450102193410195783]]。\n医生：现在住哪儿？\n家属：[[ADDRESS|南宁市兴宁区民生路62号3栋1单元]]，一个人住，白天请了保姆[[PERSON|阿翠]]。\n医生：头晕多久了？\n家属：从[[DATE|上个月18号]]开始，起床的时候最厉害。`,
  ],
  [
    'outpatient',
    `消化内科门诊｜[[DATE|2026-11-23]]｜[[PERSON|滕子健]]｜男｜58岁｜台胞证 [[PASSPORT|09088403]]｜门诊号 [[MRN|MZ49552531]]｜反酸、烧心2个月，吃PPI效果差｜已约胃镜：[[DATE|11月30日]]上午，检查号 [[MRN|WJ645697]]｜联系电话 [[PHONE|15073270978]]｜医师 [[PERSON|卢婷婷]]`,
  ],
  [
    'referral',
    `双向转诊（下转）单\n患者姓名：[[PERSON|曲凤琴]]　性别：女　年龄：[[AGE|95]]岁\n身份证号：[[ID_CARD|210203193108278665]]\n联系地址：[[ADDRESS|大连市西岗区黄河路371号4单元6楼2号]]\n联系电话：[[PHONE|19947065201]]（女儿[[PERSON|于晓燕]]）\n转出科室：老年病科　转入机构：香炉礁街道社区卫生服务中心\n治疗经过：跌倒致右桡骨远端骨折，石膏固定；[[DATE|12月15日]]需复查X线后拆石膏。\n转诊医师：[[PERSON|隋英杰]]　[[DATE|2026年11月22日]]`,
  ],
  [
    'referral',
    `会诊申请\n申请科室：泌尿外科　床号：[[MRN|15]]　住院号：[[MRN|8000971]]\n患者：[[PERSON|闵长根]]，男，[[AGE|98]]岁\n申请理由：经尿道前列腺电切术后第2天，突发房颤伴快速心室率（148次/分），请心内科协助处理。\n申请医师：[[PERSON|苏和]]（[[DATE|11/23]] 10:05）\n邀请：心内科[[PERSON|侯]]主任`,
  ],
  [
    'referral',
    `轉介信\n致：伊利沙伯醫院老人科門診\n病人：[[PERSON|何麗芬]]（[[PERSON|HO Lai Fun]]），女，[[AGE|93]]歲\n香港身份證：[[ID_CARD|D322035(5)]]\n地址：[[ADDRESS|九龍油麻地上海街318號5樓B室]]\n聯絡電話：[[PHONE|+852 9995 1714]]（兒子[[PERSON|伍志偉]]）\n病人近三個月記憶明顯衰退，多次忘記關爐火，[[DATE|10月]]曾在街上迷路。MMSE 17/30。懇請評估。\n[[PERSON|陳家豪]]醫生　[[DATE|2026年11月20日]]`,
  ],
  [
    'handover',
    `老年科夜班交接\n床	患者	岁	病情摘要	夜里要盯的\n[[MRN|2]]	[[PERSON|俞桂香]]	[[AGE|94]]	肺部感染	体温37.9℃，已留痰培养\n[[MRN|5]]	[[PERSON|达瓦]]	81	脑梗死后遗症	鼻饲，两小时翻身\n6	（空）\n[[MRN|9]]	[[PERSON|司马淑云]]	[[AGE|90]]	心衰	尿少，已告[[PERSON|郝]]医生\n交班：[[PERSON|蔺静]]　接班：[[PERSON|包雅琴]]`,
  ],
  [
    'handover',
    `（床旁口头交班录音转写）好，[[MRN|十七]]床[[PERSON|冉]]……[[PERSON|冉德福]]，[[AGE|九十一]]岁，下午解了两次柏油样便，血红蛋白掉到七十八，已经配了两个单位的血，夜里多看血压。[[MRN|十八]]床是[[PERSON|Mamadou Traoré]]，留学生，阑尾切了第一天，已经排气了，明早可以喝米汤。十九床下午出院了，床单还没换。[[MRN|二十]]床[[PERSON|蓝]]阿婆，[[AGE|九十六]]岁，晚上容易糊涂，床栏拉好。`,
  ],
  [
    'handover',
    `EICU交接｜白班→夜班\n[[MRN|1]]床｜[[PERSON|闻人雪梅]]｜女｜[[AGE|93]]｜感染性休克｜NE 0.12μg·kg⁻¹·min⁻¹泵入，乳酸2.1｜女儿[[PERSON|闻人晴]]在家属等候区\n[[MRN|4]]床｜[[PERSON|热合曼·艾力]]｜男｜67｜重症胰腺炎｜CRRT第2天，离子钙每4小时一次\n[[MRN|加2]]床｜[[PERSON|廖宝珍]]｜女｜[[AGE|99]]｜心肺复苏后｜家属已签不插管不复苏，[[DATE|11月22日]]谈话\n交：[[PERSON|詹]]护师　接：[[PERSON|冼丽娟]]`,
  ],
  [
    'nursing-note',
    `一般护理记录　[[DATE|11月22日]] 星期日\n患者：[[PERSON|邬金娣]]　[[MRN|33]]床　住院号[[MRN|7381796]]　[[AGE|95]]岁\n06:00　T 36.8℃，P 88次/分，BP 142/76mmHg，诉骶尾部疼，查见2×3cm压红，已报告[[PERSON|祁]]医生，予泡沫敷料保护。\n10:30　外甥女[[PERSON|严丽华]]探视，协助进半流质约150ml。\n14:00　翻身、更换尿垫，皮肤情况同前。\n签名：[[PERSON|倪佳慧]]`,
  ],
  [
    'nursing-note',
    `家庭病床访视记录：[[DATE|11月21日]]上午到[[ADDRESS|张家界市永定区紫舞路36号3单元402]]访视[[PERSON|向春英]]（土家族，女，[[AGE|92]]岁，身份证[[ID_CARD|430802340602490]]）。留置尿管第18天，尿色清，予更换集尿袋。儿媳[[PERSON|田翠兰]]已学会会阴护理。下次访视[[DATE|11月28日]]，有事打[[PHONE|18133216622]]（儿媳）。访视护士：[[PERSON|覃晓琴]]`,
  ],
  [
    'nursing-note',
    `跌倒/坠床风险评估｜[[MRN|7]]床｜[[PERSON|雷振华]]｜男｜[[AGE|90]]岁｜Morse评分 75分（高危）｜近一月跌倒1次（[[DATE|10月29日]]在家中卫生间）｜服用唑吡坦、坦索罗辛｜措施：床栏、防滑鞋、呼叫铃放手边、夜间留陪护（女婿[[PERSON|毛建军]]）｜评估人：[[PERSON|岑]]护士｜[[DATE|2026/11/23]]`,
  ],
  [
    'lab-report',
    `检验报告单（血常规+CRP）\n姓名：[[PERSON|饶玉珍]]　性别：女　年龄：[[AGE|97]]岁　病历号：[[MRN|75230071]]\n科别：肾内科　床号：[[MRN|21]]　标本号：[[MRN|37740161211]]　标本：静脉血\nWBC 13.6×10^9/L↑　NEUT% 89.2↑　Hb 92g/L↓　PLT 156×10^9/L　CRP 124mg/L↑\n采样 [[DATE|11/23]] 06:12　发报告 [[DATE|11/23]] 07:40\n送检医生：[[PERSON|麦]]　检验者：[[PERSON|骆思远]]　审核者：[[PERSON|涂春燕]]`,
  ],
  [
    'lab-report',
    `24小时尿液标本留取须知：第一天早上7点排尿弃去，从这次之后的每次小便都倒进医院发的大桶里，直到第二天早上7点最后一次小便也收进去；桶里已加防腐剂，请勿倒掉；收集期间放在阴凉处；送检前记下总尿量，摇匀后取约10ml装入小管，连同申请单交到门诊楼二楼检验科窗口。`,
  ],
  [
    'lab-report',
    `危急值登记｜报告时间 [[DATE|11-24]] 04:36｜肿瘤科 [[MRN|12]]床｜[[PERSON|卓秀清]]｜住院号 [[MRN|9253454]]｜血钙 3.62mmol/L｜检验科报告人：[[PERSON|阳光辉]]｜接收护士：[[PERSON|苏梦瑶]]｜已通知值班[[PERSON|阮]]医生，04:45予生理盐水水化、唑来膦酸4mg`,
  ],
  [
    'imaging-report',
    `磁共振检查报告\n姓名：[[PERSON|柏永寿]]　性别：男　年龄：[[AGE|93]]岁\n影像号：[[MRN|MR6941859]]　住院号：[[MRN|6785939]]　扫描日期 [[DATE|2026年11月22日]]\n检查部位：头颅MRI平扫+DWI\n所见：左基底节区DWI呈斑片状高信号、对应ADC图呈低信号；双侧脑室旁多发腔隙灶及缺血灶。\n印象：左基底节区新发梗死灶（急性期）。\n报告医师：[[PERSON|甄子墨]]　审核医师：[[PERSON|戚文博]]`,
  ],
  [
    'imaging-report',
    `床旁超声：[[MRN|6]]床[[PERSON|葛]]奶奶（[[PERSON|葛兰英]]），[[AGE|98]]岁，住院号[[MRN|5604202]]。左侧腘静脉及胫后静脉内见低回声充填，探头加压不能压闭，彩色血流充盈缺损，考虑血栓形成；与[[DATE|11月15日]]超声相比为新发。检查者：[[PERSON|宁佳音]]，结果已电话告知管床医生[[PERSON|巩]]医生。`,
  ],
  [
    'imaging-report',
    `DR检查报告｜门诊号 [[MRN|9793254617]]｜检查号 [[MRN|DX4325820]]｜[[PERSON|和润梅]]｜纳西族｜女｜54岁｜胸部正侧位｜[[DATE|2026/11/21]]｜右下肺片状模糊影，考虑肺炎，建议抗感染后复查｜报告：[[PERSON|木春燕]]`,
  ],
  [
    'prescription',
    `门诊处方（医保）\n处方号：[[MRN|9254409026]]　费别：职工医保　医保卡号：[[INSURANCE_ID|440471020531]]\n姓名：[[PERSON|邱福生]]　男　[[AGE|90]]岁　门诊号：[[MRN|626236171]]\n临床诊断：帕金森病；便秘\nRp：多巴丝肼片 0.25g×40片　每次半片，每日三次\n　　乳果糖口服溶液 100ml×1瓶　每次15ml，每日一次\n医师：[[PERSON|訾海燕]]　审核：[[PERSON|祝晨]]　调配/核对：[[PERSON|荆小雨]]　[[DATE|2026.11.23]]`,
  ],
  [
    'prescription',
    `中药处方｜[[PERSON|路雅文]]｜女｜33岁｜门诊号 [[MRN|87473947]]｜处方号 [[MRN|ZY62123807]]｜辨证：肝郁脾虚｜逍遥散加减：柴胡10g 当归12g 白芍15g 白术12g 茯苓15g 炙甘草6g 薄荷6g（后下），共7剂｜代煎，每剂2袋｜配送至[[ADDRESS|合肥市蜀山区长江西路1187号滨湖苑5幢1203]]｜收件电话[[PHONE|15818836638]]｜医师[[PERSON|项]]医生`,
  ],
  [
    'prescription',
    `胰岛素笔使用小贴士：①每次注射前装新针头，排气2单位，见针尖有药液冒出再调剂量；②腹部注射离肚脐5厘米以外，每次换个位置；③按下注射键后停留10秒再拔针；④没开封的笔芯放冰箱冷藏（2～8℃），正在用的放室温，30天内用完；⑤出现心慌、出冷汗、手抖，先吃几块糖再测血糖。`,
  ],
  [
    'consent',
    `外科手术谈话及同意书（摘录）\n病人[[PERSON|汪金凤]]，女，[[AGE|91]]岁，住院号[[MRN|7790611]]\n拟施手术：腹腔镜下胆囊切除（必要时中转开腹）\n主要风险：麻醉意外、出血、胆漏、术后肺部感染、心脑血管意外等。\n患者听力差，委托女儿签字。\n委托代理人：[[PERSON|孟婉君]]　关系：女儿　身份证号：[[ID_CARD|340111196209158184]]　电话：[[PHONE|19171088758]]\n谈话医师：[[PERSON|樊卓]]　签字于[[DATE|11月23日]]15:30`,
  ],
  [
    'consent',
    `输血治疗知情同意书：患者[[PERSON|危冬生]]，男，52岁，身份证号[[ID_CARD|36010219740311075X]]，诊断骨髓增生异常综合征，Hb 58g/L，拟输注去白悬浮红细胞2U。已讲明输血后可能发热、起皮疹瘙痒、溶血，极少数可感染乙肝、丙肝、艾滋病等，本人同意输血。患者签名：[[PERSON|危冬生]]　配偶电话：[[PHONE|13089608580]]　医师：[[PERSON|况]]　[[DATE|2026/11/22]]`,
  ],
  [
    'consent',
    `授权委托书｜委托人：[[PERSON|简凤仪]]｜[[AGE|95]]岁｜身份证 [[ID_CARD|440104193105054002]]｜受托人：孙子[[PERSON|简浩然]]｜身份证 [[ID_CARD|440106199809140275]]｜手机 [[PHONE|13069877788]]｜委托事项：住院期间病情告知、治疗方案选择及相关文书签署｜委托期限：[[DATE|2026年11月23日]]起至出院｜委托人签名（按手印）：[[PERSON|简凤仪]]`,
  ],
  [
    'billing',
    `住院预交金收据\n住院号：[[MRN|90299097]]　姓名：[[PERSON|皮德胜]]　科室：心胸外科\n交款方式：微信支付　金额：¥20,000.00（贰万元整）\n交款人：[[PERSON|皮晓东]]（儿子）\n收据编号：YJ0034917\n收款员：[[PERSON|丛]]　[[DATE|2026年11月21日]]14时22分`,
  ],
  [
    'billing',
    `团体医疗险理赔申请｜员工 [[PERSON|牛芳芳]]｜身份证 [[ID_CARD|410105198806220484]]｜出险人：女儿[[PERSON|郑可欣]]（6岁）｜保单号 [[INSURANCE_ID|TY1867069697]]｜出险日期 [[DATE|2026-11-08]]｜住院 [[DATE|11-08]] 至 [[DATE|11-15]]（支原体肺炎）｜收款账户 [[BANK_CARD|6217000709532660933]]（建设银行）｜户名 [[PERSON|牛芳芳]]`,
  ],
  [
    'billing',
    `住院费用清单（汇总）\n姓名：[[PERSON|段启明]]　住院号：[[MRN|12485276]]　医保编号：[[INSURANCE_ID|9969189320]]\n在院：[[DATE|11月3日]]～[[DATE|11月20日]]（17天）\n西药费 6,482.30　检查费 2,190.00　治疗费 3,871.50　床位费 1,020.00\n合计 13,563.80　统筹支付 9,208.44　个人自付 4,355.36\n发票号码：26340019　经办人：[[PERSON|邢]]`,
  ],
  [
    'online-consult',
    `【图文问诊】问诊单号：[[MRN|WZ807141922573]]\n用户：[[ACCOUNT|qiuhe_1996]]　IP属地：浙江　终端地址 [[IP|203.0.113.134]]\n实名认证：[[PERSON|蓝秋禾]]　身份证 [[ID_CARD|330104199604125145]]\n患者信息：本人，女，30岁，孕14周\n问题：昨天开始尿频尿痛，不发烧，孕期能吃什么药？\n[[PERSON|包]]医生：建议先去医院查尿常规和尿培养，孕期可以用头孢类，请不要自己吃左氧氟沙星。`,
  ],
  [
    'online-consult',
    `（视频复诊转写）\n医生：您好，我是肾内科[[PERSON|郁]]医生，请把身份证对着镜头。\n患者：行，我叫[[PERSON|尚桂兰]]，身份证[[ID_CARD|370102195503081784]]。\n医生：上次肌酐多少？\n患者：[[DATE|11月17日]]查的，186微摩尔每升。\n医生：血压怎么样？\n患者：早上140多、80多。我女儿[[PERSON|尚媛]]在旁边，她都记着。\n医生：好，药继续吃，[[DATE|12月中旬]]再抽血，复诊号[[MRN|FZ51928668]]给您开好了。`,
  ],
  [
    'online-consult',
    `互联网医院续方｜就诊人 [[PERSON|卜春来]]｜男｜[[AGE|90]]岁｜身份证 [[ID_CARD|130102361012881]]｜慢病：高血压、2型糖尿病｜续方：二甲双胍缓释片0.5g、苯磺酸氨氯地平片5mg各30天量｜代配药人：孙女[[PERSON|卜一凡]]｜微信 [[ACCOUNT|yifan_bu0708]]｜配送地址 [[ADDRESS|石家庄市长安区中山东路263号东胜紫御府7-2-901]]｜电话 [[PHONE|18588299151]]｜续方提交终端 [[IP|203.0.113.210]]`,
  ],
  [
    'patient-message',
    `[[PERSON|骆]]医生您好，我是您上周三看过的病人[[PERSON|伍美华]]，门诊号[[MRN|223190743]]。您让我[[DATE|11月26日]]空腹来抽血，可那天单位体检，能改到[[DATE|11月28日]]吗？另外我妈妈（[[PERSON|黎金莲]]，[[AGE|93]]岁）也想挂您的号，她腿肿一个礼拜了。我电话[[PHONE|13565247620]]，微信同号。谢谢！`,
  ],
  [
    'patient-message',
    `致血液科全体医护人员的感谢信：\n家父[[PERSON|沈从周]]今年[[AGE|九十四]]岁，[[DATE|十月初]]因重度贫血住进贵科。[[PERSON|黄]]主任每天查房都亲自听诊，小[[PERSON|谢]]护士夜里几次帮他擦身换衣，老人逢人便夸。父亲已于[[DATE|11月19日]]康复出院，特送锦旗一面，聊表谢意。\n患者家属：[[PERSON|沈丽萍]]　[[PHONE|13537291388]]\n[[DATE|2026年11月23日]]`,
  ],
  [
    'patient-message',
    `主题：关于[[DATE|11月20日]]夜间急诊候诊时间过长的投诉\n医务科：\n我父亲[[PERSON|雍志刚]]（[[AGE|91]]岁，就诊卡号[[MRN|5038278530]]）当晚23点因胸口痛到急诊，分诊后在走廊等了将近两个小时才有医生来看，期间两次问护士都说“再等等”。希望医院查明原因并改进。\n请回复至邮箱[[EMAIL|yongxiao.feng@example.cn]]，或致电[[PHONE|028-51670385]]。\n投诉人：[[PERSON|雍晓凤]]`,
  ],
  [
    'family-chat',
    `群聊：孙家儿女（5）\n[[PERSON|阿柯]]：妈转到普通病房了，[[MRN|16]]床，下午四点以后能探视，登记报妈的名字[[PERSON|苗凤英]]就行\n[[PERSON|青青]]：太好了🙏 我下班就过去，停车场要登记车牌吗？\n[[PERSON|阿柯]]：要，你把车牌发我，我报给护士站\n[[PERSON|青青]]：[[PLATE|鲁B7H2K9]]\n二姐：[[PERSON|綦]]医生说妈[[AGE|九十五]]了，心衰不敢多输液\n[[PERSON|阿柯]]：@[[PERSON|青青]] 记得带妈的老花镜`,
  ],
  [
    'family-chat',
    `群聊：外婆出院准备\n[[PERSON|虎子]]：护理床租好了，[[DATE|25号]]上午送到外婆家[[ADDRESS|株洲市芦淞区建设南路140号2栋302]]\n[[PERSON|蕾蕾]]：护工找好了吗？外婆[[AGE|九十七]]了，晚上一定要有人\n[[PERSON|虎子]]：找了，[[PERSON|龚]]阿姨，电话[[PHONE|18616637701]]\n[[PERSON|蕾蕾]]：医保备案要外婆身份证号，[[ID_CARD|430203192907162585]]，我抄好了\n[[PERSON|虎子]]：押金我先垫的，卡号[[BANK_CARD|6222026242925829873]]，你们方便时转我`,
  ],
  [
    'family-chat',
    `「心内三病区家属群」\n[[ACCOUNT|sunny_lan77]]：请问[[MRN|23]]床家属在吗？老爷子的保温杯落在开水房了\n[[PERSON|大熊]]：是我爷爷[[PERSON|鲍启山]]的，谢谢！我马上去拿\n[[ACCOUNT|sunny_lan77]]：不客气～你爷爷[[AGE|九十三]]了还这么精神\n[[PERSON|大熊]]：哈哈，他今天还拉着[[PERSON|庹]]护士长聊了半天\n[[PERSON|豆豆妈]]：@[[PERSON|大熊]] 明早[[PERSON|应]]主任查房，记得让家属在`,
  ],
  [
    'sms-reminder',
    `【市中医院】[[PERSON|鲍]]先生，您预约了[[DATE|11月27日]]（周五）9:00—9:30针灸科[[PERSON|司空明德]]医生，就诊卡号[[MRN|9800370204]]，请带医保卡提前15分钟取号。改约点 [[URL|https://gh.example.cn/r/v4v76w]] 回T退订`,
  ],
  [
    'sms-reminder',
    `【通知】因门诊楼三楼空调改造，疫苗接种门诊自12月1日起临时搬至二楼东侧（原输液室），接种时间不变，仍为工作日上午8点至11点半、下午2点至4点半。儿童接种请带好预防接种证。给您带来不便，敬请谅解。`,
  ],
  [
    'sms-reminder',
    `【消化内镜中心】[[PERSON|冯晓东]]先生：您的无痛肠镜定于[[DATE|11月30日]]下午1点，检查号[[MRN|CJ889752]]。请于[[DATE|11月29日]]晚7点开始喝复方聚乙二醇电解质散第一袋（兑水2000ml），检查当天早上5点喝第二袋；检查需家属陪同。`,
  ],
  [
    'cochlear-implant-clinic',
    `人工耳蜗开机调试记录\n患儿：[[PERSON|易梓涵]]　女　2岁7月　门诊号：[[MRN|27557068]]\n植入侧：右耳　植入：[[DATE|2026年10月20日]]　开机：[[DATE|2026年11月20日]]\n电极阻抗全部正常，T/C值逐步上调，行为观察对鼓声有转头反应。\n监护人：母亲[[PERSON|庞晓露]]　电话：[[PHONE|18245656991]]\n下次调机：[[DATE|12月4日]]\n调机师：[[PERSON|伏明轩]]（听力师）`,
  ],
  [
    'cochlear-implant-clinic',
    `人工耳蜗术前评估：[[PERSON|邰振华]]，男，[[AGE|91]]岁，双耳极重度感音神经性聋12年，戴助听器也听不清。身份证[[ID_CARD|320213193502227450]]，现住[[ADDRESS|无锡市梁溪区中山路288号6单元401]]。助听下言语识别率0%，颞骨CT示耳蜗结构正常，MMSE 26分。儿子[[PERSON|邰国平]]希望手术，已约[[DATE|12月3日]]麻醉评估。听力师：[[PERSON|葛璐]]；耳科医师：[[PERSON|单于明远]]`,
  ],
  [
    'cochlear-implant-clinic',
    `人工耳蜗植入术后须知：术后一个月内避免剧烈运动和头部碰撞；外部言语处理器不能进水，洗澡、游泳前取下；做磁共振前务必告诉医生您植入了人工耳蜗，部分型号需先取出磁铁或加压包扎；乘飞机过安检时出示植入卡；开机后前三个月每2～4周调机一次，家长要多和孩子说话、读绘本。`,
  ],
  [
    'pulmonary-hypertension-clinic',
    `肺动脉高压专病门诊随访\n姓名：[[PERSON|卫婷婷]]　女　29岁　门诊号：[[MRN|99638427]]　医保卡号：[[INSURANCE_ID|320439020774]]\n身份证：[[ID_CARD|610113199706041261]]\n诊断：特发性肺动脉高压（[[DATE|2024年5月]]右心导管确诊，mPAP 52mmHg，PVR 11.2WU）\n目前：安立生坦10mg每日一次＋他达拉非40mg每日一次\n本次：WHO功能分级Ⅱ级，6分钟步行436m，NT-proBNP 312pg/ml\n计划：[[DATE|2027年2月]]复查右心导管；避孕宣教已完成。\n联系电话：[[PHONE|15216197508]]　医师：[[PERSON|荀]]教授`,
  ],
  [
    'pulmonary-hypertension-clinic',
    `特药待遇申请｜参保人 [[PERSON|莫丽清]]｜身份证 [[ID_CARD|450202196801128982]]｜医保编号 [[INSURANCE_ID|2404973153]]｜疾病：结缔组织病相关肺动脉高压｜药品：司来帕格片｜责任医师 [[PERSON|麻建国]]｜定点药房配送至 [[ADDRESS|柳州市城中区五一路23号金鱼巷小区3栋2单元501]]｜电话 [[PHONE|19161830000]]｜申请日期 [[DATE|2026-11-19]]`,
  ],
  [
    'pulmonary-hypertension-clinic',
    `（肺高压门诊电话随访录音整理，[[DATE|11月21日]]）\n随访护士[[PERSON|俞晴]]：请问是[[PERSON|杭德林]]老先生家吗？\n家属：是，我是他儿媳[[PERSON|阎秋菊]]。\n护士：老先生最近走路还喘吗？利奥西呱按时吃了吗？\n家属：药一顿没落。他[[AGE|九十]]岁生日刚过，这几天脚有点肿。\n护士：体重涨了没有？\n家属：三天多了两斤。\n护士：请[[DATE|11月24日]]带他来门诊，找[[PERSON|荀]]教授看一下。`,
  ],
  [
    'skin-cancer-clinic',
    `皮肤肿瘤门诊｜Mohs显微描记手术记录｜[[DATE|2026-11-20]]\n患者：[[PERSON|蒲德仁]]，男，[[AGE|95]]岁，门诊号 [[MRN|675842675]]\n部位：左鼻翼；术前皮肤镜图号 [[MRN|DS-742951]]\n活检病理号：[[MRN|M26-81549]]，基底细胞癌（结节型）\n第1层：12点至3点切缘阳性；第2层切缘阴性。缺损1.4×1.1cm，双叶皮瓣修复。\n陪同：女儿[[PERSON|蒲雪梅]]。术者：[[PERSON|鄢]]主任。[[DATE|11月27日]]拆线。`,
  ],
  [
    'skin-cancer-clinic',
    `皮肤癌自查与防晒提醒：每月洗澡后对着镜子把全身皮肤看一遍，重点看面部、耳廓、头皮、手背和脚底；痣如果出现不对称、边界不规则、颜色不均、直径超过6毫米或短期内长大，请到皮肤肿瘤门诊就诊；上午10点到下午4点尽量避免暴晒，外出戴宽檐帽，涂SPF30以上防晒霜，每2小时补涂一次。`,
  ],
  [
    'skin-cancer-clinic',
    `病理诊断报告｜病理号 [[MRN|BL1385689]]｜[[PERSON|古丽巴哈尔·吾拉孜别克]]｜哈萨克族｜女｜88岁｜身份证 [[ID_CARD|654002380416648]]｜门诊号 [[MRN|69725924]]｜送检：右颊部皮肤肿物｜镜下：高分化鳞状细胞癌，浸润深度3mm，各切缘未见癌｜送检医师 [[PERSON|祖丽菲娅·艾山]]｜报告医师 [[PERSON|伊力夏提·吐尔洪]]｜收到 [[DATE|11-16]]｜报告 [[DATE|11-20]]`,
  ],
  [
    'motor-neurone-disease-clinic',
    `渐冻症（ALS）多学科门诊记录\n[[DATE|2026-11-19]]　患者：[[PERSON|虞国庆]]　男　64岁　门诊号：[[MRN|25349821]]\n[[DATE|2024年9月]]起右手无力，[[DATE|2025年3月]]确诊。ALSFRS-R 31分，FVC 58%预计值，体重较上次降2kg。\n呼吸科：建议夜间无创通气，[[DATE|12月2日]]试戴呼吸机。\n营养科[[PERSON|邹可]]：建议尽早行胃造瘘。\n家属：妻子[[PERSON|夏美玉]]，电话[[PHONE|18939639809]]\n主诊：[[PERSON|奚]]主任`,
  ],
  [
    'motor-neurone-disease-clinic',
    `[[PERSON|奚]]主任您好，我是ALS病人[[PERSON|胥建平]]的女儿[[PERSON|胥悦]]。我爸现在只能靠眼控仪和我们交流，昨晚开始痰多咳不出来，血氧最低到89%。我们住在[[ADDRESS|常州市天宁区青洋北路45号紫云苑3幢]]，离医院远，能先在家用咳痰机吗？能不能安排社区护士上门？来院复诊的话，我家车[[PLATE|苏D·F28817]]能登记进院停车吗？我电话[[PHONE|13022202205]]，他的门诊号[[MRN|44636889]]。`,
  ],
  [
    'motor-neurone-disease-clinic',
    `ALS门诊患者登记表｜姓名 [[PERSON|欧阳秀芬]]｜女｜58岁｜身份证 [[ID_CARD|350203196805271789]]｜医保卡号 [[INSURANCE_ID|714406539059]]｜起病 [[DATE|2025年11月]]｜首发：延髓（说话含糊）｜联系人：丈夫[[PERSON|柯振邦]] [[PHONE|0592-37590695]]｜地址 [[ADDRESS|厦门市思明区湖滨北路72号鹭江花园2号楼1806]]｜邮箱 [[EMAIL|kezb_xm@example.com]]`,
  ],
];
const en: Array<[string, string]> = [
  [
    'admission',
    `H&P (hospitalist service)\nName: [[PERSON|Opaline Bellringer-Barraza]]   DOB: [[DATE|03/14/1933]]   Age: [[AGE|93]]\nMRN: [[MRN|28832372]]   Room: [[MRN|612B]]   Admitted: [[DATE|11/21/2026]]\nCC: "can't get my wind" x 3 days\nHPI: Lives alone at [[ADDRESS|2207 Sycamore Bend Rd, Chillicothe, OH 45601]]; her daughter, who holds health-care power of attorney, [[PERSON|Marcella Barraza]] ([[PHONE|(740) 555-0143]]) found her breathless on the porch this morning. Orthopnea, 4 kg weight gain.\nInsurance: Aetna Medicare Advantage, member ID [[INSURANCE_ID|W921244804]]\nAttending: [[PERSON|Rashida Mbwambo]], MD`,
  ],
  [
    'admission',
    `AMU clerking [[DATE|22/11/26]] 02:40\n[[PERSON|Ivy Fernyhough]], [[AGE|95]], NHS [[INSURANCE_ID|999 341 6223]], hosp no. [[MRN|K5868575]]\nFrom [[ADDRESS|Larkrise Care Home, 18 Tennyson Road, Loughborough LE11 3BD]]\nPC: off legs, new confusion since [[DATE|20/11]]. Carers report foul-smelling urine.\nO/E: T 37.9, HR 104, BP 98/54. AMTS 4/10 (baseline ~8 per niece).\nNOK: niece [[PERSON|Glenys Wragg]] [[PHONE|07700 900199]]\nGP: Dr [[PERSON|Gilbey]]\nClerked by [[PERSON|A. Msuya]], FY1`,
  ],
  [
    'admission',
    `ADMISSION NOTE — Medicine Unit II\nName: Mr. [[PERSON|Venkataramana Krishnamurthy]]   Age/Sex: [[AGE|92]]/M   UHID: [[MRN|BLR195196362]]   IP No: [[MRN|IP26-916458]]\nAadhaar: [[ID_CARD|4325 2879 3524]]\nAddress: [[ADDRESS|No. 14, 3rd Cross, Malleshwaram, Bengaluru 560003]]\nAttender: son [[PERSON|Srinivas Krishnamurthy]] (Mob. [[PHONE|+91 72133 08059]])\nAdmitted on [[DATE|21.11.2026]] with fever and altered sensorium x 2 days. K/C/O T2DM, CKD 3b. S. creatinine 2.8 mg/dL, Na 129.\nUnit chief: Dr [[PERSON|Lakshmi Narasimhan]]`,
  ],
  [
    'progress-note',
    `MICU Progress Note — HD#4 — [[DATE|11/23/2026]]\n[[PERSON|Cornelius Whybrow]], [[AGE|96]] y/o M, bed [[MRN|14]], septic shock from RLL pneumonia.\nS: Wife [[PERSON|Ozella]] at bedside overnight, says he squeezed her hand.\nO: MAP 68 on norepinephrine 0.08 mcg/kg/min, lactate 1.9 (from 4.4), Cr 1.6.\nA/P: wean pressor; family meeting with palliative care [[DATE|11/24]] at 2 pm.\n[[PERSON|T. Gawthrop-Ledesma]], MD (fellow) / Attending: Dr [[PERSON|Odhiambo]]`,
  ],
  [
    'progress-note',
    `Post-take ward round — Dr [[PERSON|Imelda Spofforth]] (consultant)\nBay 3, bed [[MRN|4]]: Mr [[PERSON|Horace Lidgett]], [[AGE|90]]. Admitted [[DATE|21/11]] after a long lie (found on kitchen floor ~10 h). CK 2,140, AKI stage 1.\nPlan: IV fluids, repeat CK and U&E in the morning, OT/PT assessment; TTO for [[DATE|25/11]] if mobile with frame.\nSon [[PERSON|Kenelm]] updated by phone.\nScribe: [[PERSON|R. Cheesman]], FY2`,
  ],
  [
    'progress-note',
    `Progress note — Orthogeriatrics, day 5\nPt: [[PERSON|Gaétan Beauchemin]], [[AGE|91]], RAMQ [[INSURANCE_ID|BEAG 3510 0912]], room [[MRN|407]]\nS/p ORIF R intertrochanteric fracture. Confusion easing; 4AT 2 this morning. Eating 50% of trays.\nDaughter [[PERSON|Huguette]] visits daily, prefers updates in French.\nPlan: transfer to rehab requested for [[DATE|Nov 26]].\n— [[PERSON|J.-F. Marcotte]], R3`,
  ],
  [
    'discharge',
    `DISCHARGE SUMMARY\nPatient: [[PERSON|Wilhelmina Brekkestad]]   MRN: [[MRN|9696482]]   DOB: [[DATE|07/02/1934]]\nAdmission [[DATE|11/14/2026]] · Discharge [[DATE|11/22/2026]]\nDiagnosis: NSTEMI, managed medically given age ([[AGE|92]]) and patient preference.\nDisposition: home with son [[PERSON|Torvald Brekkestad]], [[ADDRESS|318 Prairie Lark Ln, Fargo, ND 58104]]; son's phone [[PHONE|(701) 555-0172]]\nFollow-up: PCP Dr [[PERSON|Annika Hvidsten]] within 7 days; cardiology [[DATE|12/09/2026]] 10:30.\nDictated by [[PERSON|M. Tesfaye]], PA-C`,
  ],
  [
    'discharge',
    `Dear Dr [[PERSON|Quaintance]],\nRe: Mrs [[PERSON|Beatrix Mellanby]], DOB [[DATE|09/05/1927]] ([[AGE|99]]), NHS [[INSURANCE_ID|999 286 7779]]\n[[ADDRESS|Flat 6, Marlowe Court, 41 Dover Road, Folkestone CT20 1JX]]\nShe came in on [[DATE|12 November]] after a fall at home and went home on [[DATE|23 November 2026]]. CT head showed no bleed. Her postural drop was 32 mmHg; we have stopped doxazosin. Please check U&Es on [[DATE|30/11]]. Her granddaughter [[PERSON|Willa]] will collect the dosette box.\nYours sincerely,\nDr [[PERSON|Oluwaseun Koroma]], ST5 Geriatric Medicine`,
  ],
  [
    'discharge',
    `Discharge memo — Madam [[PERSON|Quek Swee Neo]], [[AGE|90]], NRIC [[ID_CARD|S0105784G]], MRN [[MRN|15199751]]\nAdmitted [[DATE|15 Nov 2026]], discharged [[DATE|22 Nov 2026]]. Dx: urosepsis, resolved; new AF — bisoprolol 1.25 mg started for rate.\nHome: [[ADDRESS|Blk 512 Bedok North Ave 3 #08-241 Singapore 460512]]\nCaregiver: domestic helper [[PERSON|Marites Magbanua]]; son [[PERSON|Tan Boon Kiat]] [[PHONE|+65 9673 2144]]\nTCU review [[DATE|6 Dec]].`,
  ],
  [
    'outpatient',
    `Geriatrics Clinic — [[DATE|11/20/2026]]\n[[PERSON|Eudora Quelch]], DOB [[DATE|01/30/1936]], MRN [[MRN|37274818]], SSN [[ID_CARD|987-65-4327]] (verified for Medicaid spend-down paperwork)\n[[AGE|90]]-year-old woman with HTN, knee OA and mild cognitive impairment, here with her paid caregiver [[PERSON|Luz Marina Arancibia]].\nMoCA 21/30 (23 in [[DATE|05/2025]]). Donepezil not started per patient wish.\nReturn [[DATE|February 2027]].\n— [[PERSON|Harriet Mehrotra]], MD`,
  ],
  [
    'outpatient',
    `Rheumatology Outpatients — clinic date [[DATE|19/11/2026]]\nPatient: [[PERSON|Gwilym Llewellin]]   Hosp no: [[MRN|W347862]]   NHS: [[INSURANCE_ID|999 527 1133]]   DOB: [[DATE|14/02/1958]]\nAddress: [[ADDRESS|Pen-y-Bryn, 7 Heol Glasfryn, Llandeilo SA19 6DB]]\nDiagnosis: polymyalgia rheumatica. Prednisolone tapered 15 mg → 12.5 mg; ESR 22, CRP 6.\nPlan: review [[DATE|January 2027]]; bone profile and DEXA.\ncc GP: Dr [[PERSON|Rhiannon Meurig]]\nDictated: Dr [[PERSON|Sunil Khandelwal]], Consultant Rheumatologist`,
  ],
  [
    'outpatient',
    `Clinic note — [[DATE|21 Nov 2026]]\nName: [[PERSON|KWOK Yuet-ngor]]   HKID: [[ID_CARD|K575485(2)]]   Age: [[AGE|91]]   Tel: [[PHONE|+852 9963 1051]]\nAccompanied by domestic helper [[PERSON|Sri Wahyuni]].\nDizzy on standing since [[DATE|mid-November]]. BP lying 148/80, standing 112/66. Tamsulosin stopped; fluids encouraged.\nDaughter [[PERSON|Kitty Chow]] to phone with home BP readings in one week.\nDr [[PERSON|Chan Tak-ming]]`,
  ],
  [
    'referral',
    `REFERRAL — Outpatient Cardiology\nPatient: [[PERSON|Ambrose Tollefsrud]]   DOB: [[DATE|06/18/1934]] ([[AGE|92]])\nAddress: [[ADDRESS|1190 Wapsipinicon Dr, Apt 3]]\n         [[ADDRESS|Cedar Rapids, IA 52402]]\nMBI: [[INSURANCE_ID|9TV7-W82-GT42]]\nReason: new LBBB on ECG [[DATE|11/18/2026]]; exertional dyspnea, no syncope.\nReferring: [[PERSON|Ngozi Fishlock]], FNP — phone [[PHONE|(319) 555-0128]], fax [[PHONE|(319) 555-0129]]`,
  ],
  [
    'referral',
    `e-Referral — 2WW colorectal pathway\nUBRN: [[MRN|5002 2648 1938]]\nPatient: Mr [[PERSON|Kenneth Fludgate]]   DOB [[DATE|28/07/1949]]   NHS No: [[INSURANCE_ID|999 392 0649]]\nAddress: [[ADDRESS|22 Quayside Mews, Whitby YO21 1DH]]\nMobile: [[PHONE|07700 900987]] — happy for voicemail\nFIT 212 µg/g on [[DATE|10/11/2026]]; Hb 98 g/L; weight loss 6 kg over three months.\nReferring GP: Dr [[PERSON|Ailsa Findlater]]`,
  ],
  [
    'referral',
    `Dear Dr [[PERSON|Kourelis]],\nRe: [[PERSON|Velma Pollexfen]], [[AGE|94]], [[ADDRESS|Unit 3/27 Jacaranda Cres, Toowoomba QLD 4350]], Medicare [[INSURANCE_ID|6762 82269 2]]\nThank you for seeing [[PERSON|Velma]], who has had two falls since [[DATE|October]] and now walks with a four-wheeled frame. Lying/standing BP normal; on five medications including amitriptyline 25 mg nocte.\nHer daughter [[PERSON|Nettie]] will bring her ([[PHONE|0491 570 006]], [[EMAIL|nettie.pollexfen@example.com.au]]).\nKind regards,\nDr [[PERSON|Hamish Veitch]]   [[DATE|20/11/2026]]`,
  ],
  [
    'handover',
    `Night sign-out 11/23 — Team B\nRm  | Patient                        | Age | Issue / to-do\n[[MRN|803]] | [[PERSON|SAUERBREY-DORGAN, Teodora]] | 78  | AKI; recheck BMP 0400\n[[MRN|805]] | [[PERSON|WADDILOVE, Lucius]]           | [[AGE|91]]  | GI bleed; if Hgb < 7 give 1 unit, consent on chart\n807 | (discharged 1700)              |     |\n[[MRN|810]] | [[PERSON|MUKASA, Nakato]]              | 64  | DKA closed, basal insulin started\nOutgoing: [[PERSON|P. Saxena]] (PGY-2) → Incoming: [[PERSON|S. Wishart-Diouf]] (PGY-1)`,
  ],
  [
    'handover',
    `(transcribed from verbal handover)\n...so bed [[MRN|fifteen]] is Mrs [[PERSON|Edna Mescall]], [[AGE|ninety-three]], chest infection, she pulled her cannula out twice so I've left it out, IV antibiotics due at six. Bed sixteen went home this afternoon. Bed [[MRN|twenty-one]] is Mr [[PERSON|Lamin Balde]], day two post laparotomy, epidural running, his wife [[PERSON|Isatou]] is staying till nine. In the side room, Mrs [[PERSON|Guiney]], barrier nursed for C. diff, she's fine.`,
  ],
  [
    'handover',
    `ISBAR — nursing handover 1500, Cardiology\nI: [[PERSON|Lachlan Oyston]] (RN) to [[PERSON|Priya Maharaj]] (RN)\nS: Bed [[MRN|22]], [[PERSON|Archibald Rennison]], [[AGE|97]], UR [[MRN|4286348]], fast AF, rate 130s since lunch.\nB: Lives at [[ADDRESS|14 Bottlebrush Way, Mandurah WA 6210]] with wife [[PERSON|Pearlie]]. On apixaban.\nA: BP 104/62, mildly SOB, no chest pain.\nR: Digoxin level due [[DATE|24/11]]; registrar Dr [[PERSON|Felicity Kaul]] aware.`,
  ],
  [
    'nursing-note',
    `Nursing note [[DATE|11/22/2026]] 0315\nPt [[PERSON|Clementine Maestas]], [[AGE|98]], Rm [[MRN|1204]]. Up at the bedrail edge at 0300 wanting to get out, says she needs to "feed the hens". Reoriented; bed alarm on, bed lowered. Granddaughter [[PERSON|Josette]] called back and spoke to her on speaker, which settled her. Dr [[PERSON|Scanlan]] notified, no new orders. Acetaminophen 650 mg given for knee pain 6/10.\n— [[PERSON|W. Vickerman]], RN`,
  ],
  [
    'nursing-note',
    `District nursing visit — Sat [[DATE|21/11/26]]\nPt: [[PERSON|Arthur Bratchell]], [[AGE|92]], NHS [[INSURANCE_ID|999 748 8512]]\nAddress: [[ADDRESS|Myrtle Bank, 3 Chapel Lane, Ottery St Mary EX11 1HB]]; key safe code 2580.\nLeft gaiter ulcer 4.1 × 3.0 cm, less slough today; re-bandaged in 4-layer compression. ABPI 0.92 (taken [[DATE|02/10]]).\nNeighbour [[PERSON|Maureen Tilsley]] pops in daily.\nNext visit Tue [[DATE|24/11]]. Signed: [[PERSON|K. Upjohn]], DN`,
  ],
  [
    'nursing-note',
    `Progress note — Room [[MRN|14]], Kōwhai Wing\nResident: [[PERSON|Hohepa Ngaropo]] ([[AGE|93]]), NHI [[INSURANCE_ID|JPS1162]]\nDeclined breakfast; ate porridge later when his mokopuna [[PERSON|Wikitoria]] visited. Skin intact, Waterlow 18. Bowels not open for 3 days, lactulose given.\nGP Dr [[PERSON|Kemble]] to review Thursday [[DATE|26 November]].\nRN [[PERSON|Mele Takai]]`,
  ],
  [
    'lab-report',
    `LAB REPORT — CHEMISTRY\nPATIENT: [[PERSON|JAGGARD-QUINTANA, ROSEMARY]]   DOB: [[DATE|12/01/1931]]   AGE: [[AGE|94]]\nMRN: [[MRN|12313809]]   LOC: 6E/[[MRN|22]]\nCOLLECTED: [[DATE|11/23/2026]] 05:10   ACCESSION: [[MRN|C26-581988]]\nSODIUM 121 L (CRIT)   POTASSIUM 5.9 H   CREATININE 1.9 H   GLUCOSE 142 H\nCRITICAL VALUE CALLED TO [[PERSON|B. SIXKILLER]], RN AT 06:02 BY [[PERSON|LKT]]`,
  ],
  [
    'lab-report',
    `Microbiology report\nLab no: [[MRN|M26.4196931]]   Patient: [[PERSON|Orla Hehir]]   Hosp no: [[MRN|2736019]]   NHS: [[INSURANCE_ID|999 022 2932]]   DOB: [[DATE|30/03/1951]]\nMSU taken [[DATE|19/11/2026]], in lab [[DATE|20/11/2026]]\nGrowth: E. coli, over 100,000 per mL. R — trimethoprim, co-amoxiclav; S — nitrofurantoin, fosfomycin, pivmecillinam.\nComment: discussed with Dr [[PERSON|Magalhães]] (GP). Reported by [[PERSON|D. Thom]], BMS`,
  ],
  [
    'lab-report',
    `Glucose tolerance test — what to expect: eat normally for three days beforehand; nothing to eat or drink except water from 10 pm the night before; the test takes about two and a half hours and you need to stay in the waiting area; we take blood, you drink 75 g glucose in 300 mL water within five minutes, and we take blood again two hours later; bring a book and a snack for afterwards.`,
  ],
  [
    'imaging-report',
    `CT A/P (IV contrast, portal venous)\nPt name: [[PERSON|Leontyne Rathbone]]   MRN: [[MRN|11970128]]   Acc#: [[MRN|CT73086168]]\nExam date: [[DATE|11/22/2026]]   Ordering: Dr. [[PERSON|Farouk Saadeh]]\nComparison: [[DATE|03/2024]]\nFindings: Sigmoid diverticulitis with a 2.1 cm pericolic abscess. No free air. Liver, spleen unremarkable.\nImpression: Complicated diverticulitis (Hinchey Ib).\nElectronically signed: [[PERSON|Yevgenia Zhuravleva]], MD on [[DATE|11/22/2026]] 14:51`,
  ],
  [
    'imaging-report',
    `US Abdomen — RIS no. [[MRN|RIS95658028]]\n[[PERSON|Thaddeus Blewitt]], [[AGE|90]] yrs, NHS [[INSURANCE_ID|999 143 8106]], Ward 8 bed [[MRN|17]]\nClinical: deranged LFTs, ?obstruction. Scanned [[DATE|23/11/2026]].\nFindings: CBD 11 mm with an echogenic focus distally. Numerous stones in a thin-walled gallbladder.\nSonographer: [[PERSON|Marguerite Lisle]]`,
  ],
  [
    'imaging-report',
    `DIAGNOSTIC IMAGING — XR Chest PA/Lat\nPatient: [[PERSON|Ruairi Bissonnette]]   OHIP [[INSURANCE_ID|6798-615-339]] QP   DOB [[DATE|1929-10-04]] ([[AGE|97]])\nAccession [[MRN|272603203]]   Exam [[DATE|2026-11-21]]\nIndication: cough, fever. Long-term care resident, [[ADDRESS|Room 212, Birchgrove Lodge, 360 Lakeshore Rd E, Mississauga ON L5G 1H5]]\nFindings: Left base airspace opacity; trace pleural fluid.\nReported by Dr [[PERSON|Anjali Chattopadhyay]]`,
  ],
  [
    'prescription',
    `MAPLEWOOD PHARMACY #0882\nRX# [[MRN|7895372]]   FILLED [[DATE|11/23/26]]\n[[PERSON|VALENZUELA, ESPERANZA]]\n[[ADDRESS|1736 N MESQUITE ST, LAS CRUCES NM 88001]]\nFUROSEMIDE 40MG TABLETS  ONE EACH MORNING WITH WATER\nQTY 30   REFILLS 2   DR. [[PERSON|C. HINCHCLIFFE]]`,
  ],
  [
    'prescription',
    `FP10 — [[PERSON|Doris Rowbotham]]   Age [[AGE|93]]   DOB [[DATE|08/08/1933]]\nNHS [[INSURANCE_ID|999 274 9830]]\n[[ADDRESS|12 Ladysmith Terrace, Clitheroe BB7 2AB]]\nAlendronic acid 70 mg tablets — ONE every week, 30 minutes before breakfast, upright. Supply 4.\nAdcal-D3 chewable tablets — ONE twice a day. Supply 56.\nSigned: Dr [[PERSON|P. Tripathi]]   Date: [[DATE|22/11/2026]]`,
  ],
  [
    'prescription',
    `Using your steroid preventer inhaler: shake it, breathe out away from the mouthpiece, seal your lips and press once while breathing in slowly and deeply; hold your breath for ten seconds; wait 30 seconds before the second puff; rinse your mouth and spit after each use to prevent thrush; keep using it every day even when you feel well.`,
  ],
  [
    'consent',
    `INFORMED CONSENT — right hip hemiarthroplasty\nPatient: [[PERSON|Vo Thi Hanh]]   MRN [[MRN|62812931]]   DOB [[DATE|04/04/1935]]\nLanguage: Vietnamese; interpreted in person by [[PERSON|Duong Van Thuan]].\nWe talked about: blood loss, wound infection, the new hip popping out, clots in the legs, one leg ending up longer, problems from the anesthetic, and dying.\nPatient signed with her mark; witnessed by [[PERSON|Gloria Cervantes]], RN.\nPhysician: Dr. [[PERSON|Kwabena Asiedu]]   [[DATE|11/22/2026]] 1640`,
  ],
  [
    'consent',
    `Form 4, best-interests decision (patient lacks capacity) — [[PERSON|Stanley Hawksworth]], [[AGE|93]], hosp no [[MRN|5814924]]\nProcedure: OGD and balloon dilatation of oesophageal stricture.\nBest-interests meeting [[DATE|20/11/2026]] with son [[PERSON|Keith Hawksworth]] and IMCA [[PERSON|Bernadette Dunnachie]]: agreed, as he cannot swallow tablets and is losing weight.\nConsultant: Dr [[PERSON|Iqbal Rahmatullah]]   Signed [[DATE|21/11/2026]]`,
  ],
  [
    'consent',
    `Consent to treatment — colonoscopy\nName: [[PERSON|Peregrine Tredinnick]]   Medicare [[INSURANCE_ID|4393 75333 4]]   DOB [[DATE|12/03/1944]]\nAddress: [[ADDRESS|7 Wattlebird Close, Bendigo VIC 3550]]\nEmergency contact: partner [[PERSON|Jun Yamashiro]] [[PHONE|0491 578 888]]\nI understand there is a small chance of a tear in the bowel (roughly one in a thousand) and of bleeding if a polyp is removed.\nSigned [[DATE|23/11/2026]] before Dr [[PERSON|Saoirse Mulhern]]`,
  ],
  [
    'billing',
    `STATEMENT — Patient account [[MRN|6407129230]]\nGuarantor: [[PERSON|Bartholomew Ruggiero]], [[ADDRESS|56 Orchard Hill Rd, Torrington, CT 06790]]\nPatient: [[PERSON|Carmela Ruggiero]] (spouse)   DOB [[DATE|05/27/1940]]\nDate of service [[DATE|10/30/2026]] — Emergency dept visit, level 4 — $2,184.00\nInsurance: Anthem BCBS, member ID [[INSURANCE_ID|YRB753835230]], group 004183 — paid $1,871.60\nPatient responsibility: $312.40`,
  ],
  [
    'billing',
    `INVOICE — outpatient consultation\nPatient: Ms [[PERSON|Philippa Garroway]], [[ADDRESS|Apartment 9, 2 Cathedral Walk, Truro TR1 2QB]]\nBupa membership no: [[INSURANCE_ID|63324350]]   Pre-authorisation: 77310-A\n[[DATE|18/11/2026]] — consultation with Mr [[PERSON|Anselm Chegwidden]], Consultant ENT Surgeon — £250.00\nExcess payable by patient: £100.00\nQueries: [[EMAIL|p.garroway@example.co.uk]]`,
  ],
  [
    'billing',
    `Credit card authority — payment plan\nClient: [[PERSON|Marlowe Quattrocchi]]   Medicare [[INSURANCE_ID|3674 98382 4]]   HCF member [[INSURANCE_ID|532340605]]\nI authorise fortnightly deductions of $60 for hearing aids fitted [[DATE|17/11/2026]].\nCard: Visa [[BANK_CARD|4083 4254 8915 3727]]   Expiry 07/29\nCardholder: [[PERSON|Ottilie Quattrocchi]] (daughter)   Signed [[DATE|17/11/2026]]`,
  ],
  [
    'online-consult',
    `Virtual urgent care — visit [[MRN|VUC4706181]] — client IP [[IP|198.51.100.31]]\n[[ACCOUNT|brynn.okeke]]: hi, my son [[PERSON|Kendrick]] (DOB [[DATE|08/12/2021]]) has had ear pain and a fever of 102.4 since [[DATE|Nov 21]]\n[[PERSON|Wendeline Spurrier]], NP: Thanks — is he pulling at the ear? Any drainage?\n[[ACCOUNT|brynn.okeke]]: yes the left one, no drainage\n[[PERSON|Wendeline Spurrier]], NP: Likely acute otitis media. Amoxicillin 90 mg/kg/day split twice daily sent to your pharmacy.`,
  ],
  [
    'online-consult',
    `Online consultation form — submitted [[DATE|22 Nov 2026]] 21:14 from [[IP|2001:db8:b1e1:300a::e88]]\nName: [[PERSON|Jasper Gotobed]]   DOB: [[DATE|03/09/1988]]   NHS: [[INSURANCE_ID|999 062 5255]]\nEmail: [[EMAIL|jasper.gotobed@example.org.uk]]\nProblem: low mood for about two months, poor sleep, not enjoying football any more. PHQ-9 16. No thoughts of self-harm.\nReviewed by [[PERSON|Nkem Gidley]], ANP, [[DATE|23/11/2026]]: telephone appointment offered.`,
  ],
  [
    'online-consult',
    `Your telehealth appointment is confirmed.\nPatient: [[PERSON|Isobel Stobbart]]   Medicare [[INSURANCE_ID|5235 47923 2]]\nWith: Dr [[PERSON|Mahmoud Al-Saffar]], Wednesday [[DATE|25 November]] at 4:20 pm\nJoin here: [[URL|https://vc.example.com.au/r/guk6k3kj]]\nIf the video drops out we will call you on [[PHONE|0491 574 632]].`,
  ],
  [
    'patient-message',
    `From: [[ACCOUNT|gpettibone47]] (MyChart)\nTo: Dr [[PERSON|Urrutia]]\nSubject: Mom's swelling\nHi Dr [[PERSON|Urrutia]], this is [[PERSON|Gail Pettibone]] writing for my mother [[PERSON|Verna Pettibone]] (MRN [[MRN|92888481]]). She's [[AGE|96]] and her ankles have been more swollen since we saw you on [[DATE|11/12]]. Should she take an extra furosemide? You can reach me at [[PHONE|(608) 555-0117]].\nThanks, [[PERSON|Gail]]`,
  ],
  [
    'patient-message',
    `Subject: Change of name and address\nHello, I got married on [[DATE|7 November]] and would like my records updated. Old name: [[PERSON|Ebba Pembury]]; new name: [[PERSON|Ebba Diouf-Pembury]]. DOB [[DATE|16/04/1994]], NHS no. [[INSURANCE_ID|999 080 2106]]. New address: [[ADDRESS|Flat 3, 88 Grainger Street, Newcastle upon Tyne NE1 5JQ]]. New mobile [[PHONE|07700 900786]]. I can bring my marriage certificate and passport ([[PASSPORT|357515140]]) to reception.\nThanks, [[PERSON|Ebba]]`,
  ],
  [
    'patient-message',
    `Hi Nurse [[PERSON|Hanne]], this is [[PERSON|Rosario Villaflor]], caregiver for Mr. [[PERSON|Eustace Gummer]] ([[AGE|94]]). His left heel has had a blister since [[DATE|Nov 19]] — photo is here: [[URL|https://share.example.net/p/byqkr9q]]. Also the pharmacy switched his metoprolol to a different-looking pill, is that ok? Address for the visit is [[ADDRESS|902 Magnolia Ct, Unit B, Pensacola, FL 32503]], gate code 1357. My cell [[PHONE|(850) 555-0164]].`,
  ],
  [
    'family-chat',
    `🏥 Grandma updates 🏥\n[[PERSON|Lakeisha]]: Grandma [[PERSON|Bettye]] is in room [[MRN|418]] now, they moved her up from the ER\nUncle [[PERSON|Otis]]: how is she\n[[PERSON|Lakeisha]]: tired but cracking jokes. Dr [[PERSON|Sauerbrey]] says pneumonia, maybe home by the [[DATE|26th]]\n[[PERSON|Deontae]]: I'll bring her Bible and reading glasses. she turns [[AGE|100]] on [[DATE|Dec 3]] 🎂\nUncle [[PERSON|Otis]]: someone venmo me for parking lol @[[ACCOUNT|otis-h-64]]`,
  ],
  [
    'family-chat',
    `Family 💙\n[[PERSON|Muireann]]: update on Mam — it's [[PERSON|Kathleen Queally]], ward 5 bed [[MRN|12]], if anyone rings the desk\n[[PERSON|Jarlath]]: does she need anything\n[[PERSON|Muireann]]: nightie, slippers, her rosary. And someone book the parking permit online, I've no credit on my card\n[[PERSON|Jarlath]]: use mine [[BANK_CARD|4069 2119 1840 0345]] exp 09/29, I'm driving. our reg is [[PLATE|KX19 PNE]]\n[[PERSON|Muireann]]: 😂 deleting that after\nAuntie [[PERSON|Deirbhile]]: she'll be [[AGE|ninety]] at Christmas, tell her we're having a party`,
  ],
  [
    'family-chat',
    `Fanau chat 🌺\n[[PERSON|Vailea]]: Grandpa [[PERSON|Siaosi]] is on ward 32 bed [[MRN|7]]\n[[PERSON|Pesamino]]: what did the doctor say\n[[PERSON|Vailea]]: Dr [[PERSON|Fa'amausili]] says his sugars are too high and they might take the toe on the [[DATE|27th]]. he's [[AGE|91]] so they're worried about the anaesthetic\n[[PERSON|Malia]]: his NHI is [[INSURANCE_ID|EPJ6387]] if they ask on the phone\n[[PERSON|Pesamino]]: I'll pick up Nana from [[ADDRESS|9 Favona Road, Māngere, Auckland 2024]] at 6`,
  ],
  [
    'sms-reminder',
    `Reminder: [[PERSON|Aldous]], you have an appointment with Sister [[PERSON|Dorgan]] on Mon [[DATE|30 Nov]] at 09:10 for your B12 injection. Reply CANCEL if you can no longer attend.`,
  ],
  [
    'sms-reminder',
    `Rite-Way Pharmacy: [[PERSON|ODELL]], your refill of LISINOPRIL 10MG (Rx [[MRN|6501215]]) is ready for pickup at store #2291. Track it: [[URL|https://rx.example.com/t/prq3vtf7]]. Reply STOP to opt out.`,
  ],
  [
    'sms-reminder',
    `Winter jabs: flu and Covid vaccines are given on Saturday mornings in November and December, 9:00–12:30, Outpatients Hall B. No appointment needed if you are 65 or over, pregnant, or have a long-term condition; please wear a short-sleeved top and bring your repeat-medication list. Staff vaccination: Tuesdays 7:30–9:00, Education Centre.`,
  ],
  [
    'cochlear-implant-clinic',
    `Cochlear Implant Activation — [[DATE|11/20/2026]]\nPatient: [[PERSON|Juniper Wendelken-Tsinajinnie]], 14 months, MRN [[MRN|42890909]]\nSurgery: bilateral simultaneous CI [[DATE|10/27/2026]], Dr [[PERSON|Reuben Altschuler]]\nParents: [[PERSON|Kaya Tsinajinnie]] and [[PERSON|Eric Wendelken]]; ASL and spoken English at home.\nImpedances within normal limits on all electrodes; MAPs 1–3 created; startle to drum at 70 dB.\nNext mapping [[DATE|12/04/2026]]. Parent cell [[PHONE|(505) 555-0138]].\nAudiologist: [[PERSON|Thandiwe Lorimer]], AuD`,
  ],
  [
    'cochlear-implant-clinic',
    `Adult cochlear implant assessment — [[PERSON|Clifford Amesbury]], [[AGE|94]], NHS [[INSURANCE_ID|999 933 7600]]\n[[ADDRESS|The Old Forge, 2 Mill Street, Ludlow SY8 1BB]]\nBilateral profound sensorineural loss; aided BKB sentence score 8% (criterion < 50%). MRI internal auditory meati [[DATE|04/11/2026]]: normal cochleae.\nWife [[PERSON|Honor]] reports he has stopped going to church because he cannot follow the service.\nSuitable; surgery provisionally [[DATE|January 2027]] with Mr [[PERSON|Desmond Haile]].\nAudiologist: [[PERSON|Hannah Nairn]]`,
  ],
  [
    'cochlear-implant-clinic',
    `Living with your cochlear implant: take the sound processor off before showers, swimming and contact sports; tell every MRI department you have an implant, as some magnets must be removed first; show your implant card at airport security, where walk-through scanners are safe; static from slides and trampolines can upset your program, so touch something metal first; keep spare batteries with you.`,
  ],
  [
    'pulmonary-hypertension-clinic',
    `Pulmonary Hypertension Service — clinic letter [[DATE|20/11/2026]]\nRe: [[PERSON|Morwenna Clegg]]   DOB [[DATE|11/06/1961]]   NHS [[INSURANCE_ID|999 999 3818]]   Hosp no [[MRN|2784671]]\nDiagnosis: CTEPH, pulmonary endarterectomy [[DATE|March 2025]].\nRight heart catheter [[DATE|18/11/2026]]: mPAP 28 mmHg, PVR 3.1 WU. ISWT 410 m.\nPlan: continue riociguat 2.5 mg three times daily and lifelong anticoagulation; review in six months.\nDr [[PERSON|Anwen Pirie]] — cc Dr [[PERSON|Gallimore]] (GP)`,
  ],
  [
    'pulmonary-hypertension-clinic',
    `PAH clinic — [[PERSON|Araceli Montenegro-Lucero]], 41F, MRN [[MRN|38886900]], DOB [[DATE|02/09/1985]]\nGroup 1 PAH (methamphetamine-associated), diagnosed by RHC [[DATE|06/2024]]; sober 2 years.\nOn macitentan 10 mg + tadalafil 40 mg; adding selexipag titration. Specialty pharmacy enrollment: Blue Shield member ID [[INSURANCE_ID|XQM410459036]]; patient cell [[PHONE|(213) 555-0181]], email [[EMAIL|araceli.m.lucero@example.com]].\nSister [[PERSON|Inez]] helps set up her pill organizer.\nRN coordinator: [[PERSON|Hollis Dreyfuss]]`,
  ],
  [
    'pulmonary-hypertension-clinic',
    `PH clinic review — [[DATE|19/11/2026]]\n[[PERSON|Bronwyn Waddilove]], [[AGE|90]], UR [[MRN|8409698]], Medicare [[INSURANCE_ID|3728 48992 5]]\nPH due to left heart disease and COPD: not for targeted therapy; home oxygen 2 L/min overnight, diuretics adjusted.\nLives at [[ADDRESS|31 Kookaburra St, Port Macquarie NSW 2444]] with son [[PERSON|Gregor]], mobile [[PHONE|0491 570 157]].\nNext review [[DATE|May 2027]]. CNC [[PERSON|Rochelle Abaya]]`,
  ],
  [
    'skin-cancer-clinic',
    `Skin cancer clinic — [[DATE|18/11/2026]]\n[[PERSON|Digby Elphinstone]] ([[AGE|91]]), Medicare [[INSURANCE_ID|6311 52978 4]]\nFull skin check: 6 mm pigmented lesion left upper back, dermoscopy image [[MRN|DERM-175241]] shows an atypical network; excised with 2 mm margins, histology [[MRN|SP26-38108]] pending.\nTwo BCCs on the scalp treated previously. Wife [[PERSON|Thyra]] drove; home phone [[PHONE|(07) 5550 1736]].\nDr [[PERSON|Siddharth Mathur]]`,
  ],
  [
    'skin-cancer-clinic',
    `Mohs Micrographic Surgery — [[DATE|11/20/2026]]\nPatient: [[PERSON|Thurlow Batchelder]]   DOB [[DATE|09/30/1944]]   MRN [[MRN|88861959]]\nSite: right nasal ala; pre-op 0.9 x 0.7 cm; nodular BCC (biopsy [[DATE|10/02/2026]], path [[MRN|DP26-60479]]).\nStage I: positive at 9–11 o'clock; Stage II: clear. Final defect 1.6 x 1.3 cm, repaired with a nasolabial transposition flap.\nSurgeon: [[PERSON|Lucinda Younie]], MD. Suture removal [[DATE|11/27]]. Wife [[PERSON|Zelma]] drove him home.`,
  ],
  [
    'skin-cancer-clinic',
    `2WW skin clinic — teledermatology triage\nPatient: [[PERSON|Ewan Cockcroft]]   NHS [[INSURANCE_ID|999 111 8861]]   DOB [[DATE|22/01/1948]]\nPhotos: [[URL|https://teleder.example.org.uk/img/8f3myc7z]]\nLesion: 8 mm keratotic nodule on the vertex, grown over six weeks; ?SCC.\nBooked for excision [[DATE|02/12/2026]] with Dr [[PERSON|Isolde Fazakerley]].\nPatient mobile [[PHONE|07700 900476]]`,
  ],
  [
    'motor-neurone-disease-clinic',
    `MND Care Centre — MDT clinic [[DATE|19/11/2026]]\n[[PERSON|Lionel Farnsworth]], 67, NHS [[INSURANCE_ID|999 852 5500]], diagnosed [[DATE|May 2025]] (limb onset).\nALSFRS-R 29 (from 34); FVC 61%; weight down 3 kg since last clinic.\nGastrostomy (RIG) booked [[DATE|03/12/2026]]. NIV trial started by respiratory physiotherapist [[PERSON|Callum Redpath]].\nSLT [[PERSON|Nadia Karakaya]]: voice banking under way.\nWife [[PERSON|Wilfreda]]; home [[ADDRESS|6 Fernhill Close, Kendal LA9 7QA]]; blue badge car [[PLATE|CU70 XKM]].\nMND coordinator: [[PERSON|Morag Knowles]]`,
  ],
  [
    'motor-neurone-disease-clinic',
    `ALS Multidisciplinary Clinic — [[DATE|11/18/2026]]\n[[PERSON|Tobias Yellowhair]], DOB [[DATE|12/22/1958]], MRN [[MRN|87030795]]\nBulbar onset [[DATE|02/2025]]; on riluzole and oral edaravone. ALSFRS-R 33, FVC 72%.\nEye-gaze speech device evaluation by SLP [[PERSON|Marguerite Kothari]]; power wheelchair seating [[DATE|12/10/2026]].\nWife [[PERSON|Annaliese]] [[PHONE|(614) 555-0155]]; home [[ADDRESS|77 Kestrel Ridge Dr, Westerville, OH 43081]].\nNext clinic [[DATE|February 2027]].`,
  ],
  [
    'motor-neurone-disease-clinic',
    `Voice banking — a guide for people with MND: start early, while your speech is still clear; record in a quiet room with the same microphone each time; aim for short sessions of 15–20 minutes; your recordings can be used to build a synthetic voice for a communication aid later; ask your speech and language therapist for a headset loan if you need one.`,
  ],
];
export function generateDeidHoldout37(): LabelledRecord[] {
  return holdoutRecords('h37', zh, en);
}

export const DEID_HOLDOUT_37_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/labelled/deid-holdout-37.jsonl',
);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const records = generateDeidHoldout37();
  writeFileSync(DEID_HOLDOUT_37_PATH, renderJsonl(records));
  console.log(`wrote ${records.length} records to ${DEID_HOLDOUT_37_PATH}`);
}
