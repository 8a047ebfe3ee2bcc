import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { holdoutRecords, type LabelledRecord, renderJsonl } from './generate-deid.ts';

/**
 * The ROUND-16 fresh held-out de-identification set (data/labelled/deid-holdout-16.jsonl): hand-written
 * snippets with hand-placed spans, marked inline as [[TYPE|text]] (parseMarked strips the marks and
 * records UTF-16 offsets). Written by a separate annotator who did not read the recognizer code and
 * never ran a recognizer on these snippets; it must not be used to tune the recognizers.
 *
 * About four fifths are the everyday documents of a general hospital and the messages of its patients
 * (admission, progress and discharge notes, outpatient notes, referrals, handovers, nursing notes,
 * lab, pathology and imaging reports, prescriptions, consent, billing and insurance forms, online
 * consultations, patient messages, family chats and SMS reminders); about a fifth come from settings
 * earlier rounds did not list: tuberculosis clinics (directly observed therapy), EEG / clinical
 * neurophysiology labs, lung-function labs, hepatitis clinics and bone-density (DXA) units.
 *
 * Identifiers are synthetic: resident IDs carry a valid GB 11643 check character and a region code, sex
 * digit and birth date consistent with the text (15-digit IDs likewise), bank cards a valid Luhn digit,
 * NHS numbers are in the 999 test range with their modulus-11 digit, the Australian Medicare number
 * passes its check digit and the OHIP number its Luhn digit; the US SSN is in the 987-65-432x
 * advertising range. Phones are random mainland numbers or fictional ranges (North American 555-01xx,
 * UK 07700 900xxx and 01632 960xxx, Australian 0491 570 xxx); mail and web hosts are example.*; IP
 * addresses come from the documentation ranges.
 *
 * Span conventions are those of data/labelled/deid-holdout-2 to -15 cards; the decisions new in this
 * round are in data/labelled/deid-holdout-16.card.yaml.
 */
const zh: Array<[string, string]> = [
  [
    'admission',
    `心内科入院记录\n患者姓名：[[PERSON|桑宇航]]　性别：男　年龄：65岁\n身份证号码：[[ID_CARD|320106196104177253]]\n住院号：[[MRN|ZY2611230418]]　床号：心内二区[[MRN|07]]床\n入院日期：[[DATE|2026年11月22日]]\n主诉：反复胸闷2年，加重伴出汗3小时。肌钙蛋白I 0.86 ng/mL，心电图V1-V4 ST段抬高。\n现住址：[[ADDRESS|南京市鼓楼区中山北路268号3单元502室]]\n联系人：妻子[[PERSON|缪丽娟]]（[[PHONE|13913572086]]）\n记录医师：[[PERSON|阚文韬]]`,
  ],
  [
    'admission',
    `[[DATE|11月21日]]晚九点，[[AGE|九十一]]岁的[[PERSON|龚德顺]]老人因发热、咳黄痰两天由养老院送来，指脉氧88%，胸片右下肺渗出，收入呼吸科[[MRN|23]]床，住院号[[MRN|R26-330571]]。随行护理员[[PERSON|司马静]]，手机[[PHONE|15251847302]]；老人侄子[[PERSON|龚建业]]正在赶来。`,
  ],
  [
    'admission',
    `急诊转入儿科病房\n姓名 [[PERSON|段沐阳]] / 男 / 14岁 / 身份证 [[ID_CARD|530102201209151356]]\n入院：[[DATE|2026/11/23]] 02:40\n诊断：糖尿病酮症酸中毒（血糖 28.6 mmol/L，pH 7.18）\n家长：父 [[PERSON|段立群]]，[[PHONE|18787216604]]\n住址：[[ADDRESS|昆明市五华区云荫巷56号附2号]]`,
  ],
  [
    'progress-note',
    `[[DATE|2026-11-22]] 术后第2天查房记录\n[[PERSON|栾振宇]]主任查房：患者[[PERSON|米雪芬]]（[[MRN|15]]床）腹腔引流液淡血性约40ml，体温37.6℃，Hb 102 g/L。嘱继续头孢呋辛1.5g q8h，明日复查血常规。\n记录：[[PERSON|喻可欣]]`,
  ],
  [
    'progress-note',
    `夜班病程 [[DATE|11-22]] 23:10 [[MRN|9]]床[[PERSON|邰国梁]]诉胸闷心悸 测HR 148 律不齐 BP 96/60 心电图示房扑2:1 已汇报值班[[PERSON|乐启明]]医生 予胺碘酮150mg缓慢静推 复测HR 92 家属[[PERSON|邰晓雯]]已电话告知[[PHONE|13681946275]]`,
  ],
  [
    'progress-note',
    `阶段小结\n患者：[[PERSON|靳春梅]]，女，74岁，旧身份证号 [[ID_CARD|230103521030686]]，住院号 [[MRN|HRB0392716]]\n入院以来（[[DATE|2026年11月9日]]至今）经抗感染、化痰治疗，咳嗽明显减轻，CRP由86降至12 mg/L。下一步拟复查胸部CT后出院。\n主治医师：[[PERSON|闵泽]]`,
  ],
  [
    'discharge',
    `出院记录\n姓名：[[PERSON|费婉清]]　住院号：[[MRN|0061837]]　入院日期：[[DATE|2026-11-10]]　出院日期：[[DATE|2026-11-21]]\n出院诊断：1.急性胆囊炎 2.胆囊结石\n手术：[[DATE|11月12日]]行腹腔镜胆囊切除术\n出院医嘱：低脂饮食，2周后普外科门诊复查，如有发热、黄疸及时就诊。\n医师签名：[[PERSON|晏思远]]\n随访护士：[[PERSON|欧阳蓓]]　电话：[[PHONE|13482957031]]`,
  ],
  [
    'discharge',
    `出院健康指导（心力衰竭）\n1. 每天早晨排尿后、早餐前称体重，3天内增加2公斤以上请及时就诊。\n2. 每日饮水不超过1500毫升，低盐饮食，食盐每天少于5克。\n3. 按时服用呋塞米20mg每日一次、螺内酯20mg每日一次，不可自行停药。\n4. 出院后1周心内科门诊复诊。`,
  ],
  [
    'discharge',
    `出院证明书\n兹证明[[PERSON|巫永福]]（男，68岁，身份证[[ID_CARD|410105195807193832]]，住[[ADDRESS|郑州市金水区槐荫东路97号院2号楼1单元6层]]）于[[DATE|2026年11月3日]]至[[DATE|2026年11月20日]]在我院骨科住院，诊断：腰椎间盘突出症（L4/5），行椎间孔镜髓核摘除术。建议休息1个月。\n医保卡号：[[INSURANCE_ID|4101M2260339]]\n经治医生：[[PERSON|和雅楠]]`,
  ],
  [
    'outpatient',
    `口腔科门诊病历\n就诊卡号：[[MRN|MZ88016274]]　[[DATE|2026年11月23日]]\n[[PERSON|詹若曦]]，女，25岁\n主诉：右下后牙咬物痛1周。检查：46牙深龋，叩痛（+），冷测敏感。\n处理：46开髓引流，预约[[DATE|11月30日]]复诊。\n医师：[[PERSON|庹海涛]]`,
  ],
  [
    'outpatient',
    `风湿免疫科门诊 [[DATE|2026.11.21]]\n患者 [[PERSON|邴慧娴]] 女 44岁 门诊号 [[MRN|3300918852]] 身份证 [[ID_CARD|500103198210074040]]\n双手近端指间关节肿痛3月，晨僵1小时。RF 68 IU/mL，抗CCP 212 U/mL，DAS28 5.1。\n诊断类风湿关节炎，予甲氨蝶呤10mg每周一次、叶酸5mg每周一次。\n手机：[[PHONE|17723940586]]\n医师 [[PERSON|笪立]]`,
  ],
  [
    'outpatient',
    `耳鼻咽喉科 门诊记录\n姓名：[[PERSON|薄聿修]]　就诊日期：[[DATE|2026年11月20日]]\n左耳闷胀感伴听力下降5天，感冒后出现。耳镜：左鼓膜内陷，鼓室积液。纯音测听左耳气导平均35dB。\n处理：糠酸莫米松鼻喷雾剂每日一次，2周后复诊。\n跟诊进修医师：[[PERSON|仉晓峰]]　主诊：[[PERSON|郜绮云]]`,
  ],
  [
    'referral',
    `双向转诊单（上转）\n转出单位：某社区卫生服务中心　转入：市中心医院内分泌科\n患者：[[PERSON|符建华]]　性别：男　出生日期：[[DATE|1965年5月20日]]\n身份证：[[ID_CARD|210102196505206157]]\n住址：[[ADDRESS|沈阳市和平区枫林里155号4-2-1]]\n转诊原因：二甲双胍联合格列美脲治疗3月，HbA1c 9.4%，空腹血糖11.2 mmol/L。\n转诊医生：[[PERSON|鞠向东]]　电话：[[PHONE|13840271963]]\n转诊日期：[[DATE|2026-11-19]]`,
  ],
  [
    'referral',
    `会诊申请：普外科[[MRN|31]]床[[PERSON|尉迟淑贞]]，女，住院号[[MRN|K2611-0873]]，术后第3天肌酐由96升至213 μmol/L，尿量减少，请肾内科会诊协助诊治。申请医师：[[PERSON|麦家骏]]　[[DATE|11月22日]]\n会诊医师：[[PERSON|甄立诚]]　会诊意见：考虑急性肾损伤（肾前性可能），建议停用造影剂及NSAIDs，记24小时出入量。`,
  ],
  [
    'referral',
    `转诊单（下转康复）\n姓名：[[PERSON|穆长河]]　男　82岁\n旧身份证：[[ID_CARD|620102440126943]]\n脑梗死恢复期，左侧肢体肌力3级，Barthel 45分，生命体征平稳，转至社区康复病房继续训练。\n原住院号：[[MRN|LZ4471092]]\n接收医生：[[PERSON|祁雪峰]]\n家属：女儿[[PERSON|穆小荷]] [[PHONE|13919480357]]`,
  ],
  [
    'handover',
    `护理交班本 [[DATE|2026年11月22日]] 夜班\n床号｜姓名｜交班内容\n[[MRN|3]]｜[[PERSON|宫桂芝]]｜术后第1天，镇痛泵在位，尿管通畅\n4｜空床｜—\n[[MRN|5]]｜[[PERSON|冉鹏飞]]｜血糖22:00 15.6，已追加胰岛素4U\n[[MRN|6]]｜[[PERSON|芮安琪]]｜明日禁食，备胃镜\n交班：[[PERSON|葛晴]]　接班：[[PERSON|沙玉莹]]`,
  ],
  [
    'handover',
    `急诊抢救室口头交班：“[[MRN|2]]号床是[[PERSON|蒲志刚]]，有机磷中毒，阿托品化了，胆碱酯酶还低；5号床无名氏，车祸送来，还在等CT；6号床空着。”交班人[[PERSON|殷德]]，接班人[[PERSON|车梓涵]]。`,
  ],
  [
    'handover',
    `ICU晨交班 [[DATE|11/23]]\n[[MRN|12]]床 [[PERSON|钟离秀英]]，[[AGE|92]]岁，重症肺炎，气管插管第4天，FiO2 45%，去甲肾上腺素0.08 μg/kg/min。\n[[MRN|14]]床 [[PERSON|丁宝山]]，CRRT第2天，超滤每小时100ml。\n值班医生：[[PERSON|臧一帆]]　交班护士：[[PERSON|覃一凡]]`,
  ],
  [
    'nursing-note',
    `护理记录 [[DATE|2026-11-21]] 15:00\n[[MRN|18]]床 [[PERSON|濮红霞]]，骶尾部2期压力性损伤2×3cm，已用泡沫敷料，每2小时翻身。Braden评分12分。责任护士 [[PERSON|屈佳怡]]`,
  ],
  [
    'nursing-note',
    `【护理宣教】PICC置管后注意事项：置管侧手臂可做握拳运动，避免提重物超过5公斤；敷料每7天更换一次，潮湿或卷边时及时更换；出现手臂肿胀、发热请立即就诊。`,
  ],
  [
    'nursing-note',
    `居家护理上门记录\n服务对象：[[PERSON|阎福林]]　[[AGE|九十五]]岁　地址：[[ADDRESS|天津市河西区柳溪道41号增3号楼2门301]]\n上门日期：[[DATE|2026年11月20日]]\n更换导尿管，尿液清亮，会阴部皮肤完好。老人女儿[[PERSON|阎淑琴]]在家，电话[[PHONE|13502216483]]。\n护士：[[PERSON|佟蕾]]`,
  ],
  [
    'lab-report',
    `检验报告单\n姓名：[[PERSON|冼嘉欣]]　性别：女　年龄：38岁　病历号：[[MRN|SZ00927713]]\n标本：静脉血　条码：[[MRN|2611220194]]\n送检日期：[[DATE|2026-11-22]]\n项目：TSH 0.02 mIU/L（0.27-4.2）↓，FT4 38.5 pmol/L ↑\n检验者：[[PERSON|谷家齐]]　审核者：[[PERSON|严晓鸥]]\n采样护士：[[PERSON|管月娥]]`,
  ],
  [
    'lab-report',
    `病理诊断报告\n病理号：[[MRN|P2026-27105]]\n姓名：[[PERSON|郦文静]]　身份证：[[ID_CARD|450103196802291184]]　住院号：[[MRN|0772619]]\n送检：甲状腺右叶结节\n诊断：甲状腺乳头状癌，经典型，最大径0.8cm，未见被膜侵犯。\n报告日期：[[DATE|2026年11月19日]]\n诊断医师：[[PERSON|蓝启航]]`,
  ],
  [
    'lab-report',
    `危急值报告登记\n时间：[[DATE|2026-11-23]] 06:15\n患者：[[PERSON|戈明亮]]　[[MRN|27]]床\n项目：血钾 6.8 mmol/L\n报告人：检验科[[PERSON|景文]]　接收人：护士[[PERSON|邝雨桐]]\n已通知值班医生[[PERSON|施博文]]，复查心电图。`,
  ],
  [
    'imaging-report',
    `超声检查报告\n检查号：[[MRN|US2611210285]]　姓名：[[PERSON|庞静怡]]　女 33岁\n检查部位：子宫附件\n所见：子宫前位，大小正常，右侧附件区见3.2×2.8cm无回声区，边界清。\n提示：右附件囊性包块，建议月经干净后复查。\n报告医师：[[PERSON|宗立新]]　审核：[[PERSON|边浩宇]]　[[DATE|2026.11.21]]`,
  ],
  [
    'imaging-report',
    `胸部CT平扫\n影像号 [[MRN|CT0038826]]  [[PERSON|邢国栋]]  男  55岁  身份证 [[ID_CARD|610113197011286052]]\n检查时间 [[DATE|2026年11月22日]]\n右肺上叶尖段见1.1cm磨玻璃结节，较[[DATE|2025年11月]]片稍增大。\n建议3个月复查。 报告：[[PERSON|楚南星]]`,
  ],
  [
    'prescription',
    `处方笺（医保）\n费别：职工医保　医保卡号：[[INSURANCE_ID|3201K7730925]]\n姓名：[[PERSON|贝丽华]]　女　70岁　门诊号：[[MRN|M0481736]]　日期：[[DATE|2026-11-20]]\nRp: 氨氯地平片 5mg×28片 每日一次\n阿托伐他汀钙片 20mg×28片 每晚一次\n医师：[[PERSON|卓砺]]　审核药师：[[PERSON|宁菲]]　调配：[[PERSON|符晶]]`,
  ],
  [
    'prescription',
    `儿科处方 [[DATE|11月22日]]\n患儿：[[PERSON|柯一诺]]（小名[[PERSON|糯糯]]），女，3岁，体重14kg\n布洛芬混悬液 每次4.5ml，发热>38.5℃时服用，间隔≥6小时\n家长电话：[[PHONE|15026418937]]\n医师：[[PERSON|花蕊]]`,
  ],
  [
    'prescription',
    `麻醉药品专用处方\n患者：[[PERSON|尚国庆]]　身份证：[[ID_CARD|510107194712258914]]\n住址：[[ADDRESS|成都市武侯区棠湖东巷22号附5号]]\n诊断：肺癌骨转移癌痛\n吗啡缓释片 30mg q12h ×7天\n代办人：儿子[[PERSON|尚俊]]　身份证：[[ID_CARD|340104197912125430]]\n医师：[[PERSON|解立军]]`,
  ],
  [
    'consent',
    `手术知情同意书\n患者姓名：[[PERSON|苗晓燕]]　住院号：[[MRN|Y20618733]]\n拟行手术：经腹子宫肌瘤剔除术\n手术日期：[[DATE|2026年11月25日]]\n可能风险：出血、感染、邻近器官损伤、术后粘连等。\n患者签字：[[PERSON|苗晓燕]]　日期：[[DATE|2026-11-23]]\n谈话医师：[[PERSON|汤若琳]]\n见证人：[[PERSON|苗国华]]（丈夫）　电话：[[PHONE|13572604918]]`,
  ],
  [
    'consent',
    `输血治疗同意书\n患者：[[PERSON|华玉珍]]，87岁，身份证号[[ID_CARD|120103193901111943]]\n因消化道出血，Hb 58 g/L，拟输注悬浮红细胞2U。\n患者本人签字困难，由女儿[[PERSON|华静]]签字。联系电话[[PHONE|18622047135]]\n签字时间：[[DATE|2026年11月21日]]`,
  ],
  [
    'consent',
    `授权委托书\n委托人：[[PERSON|康淑兰]]，身份证号码[[ID_CARD|460105550909338]]，住址[[ADDRESS|海口市秀英区长滨路18号椰风苑5栋203]]\n受托人：[[PERSON|林语桐]]（外孙女），身份证号码[[ID_CARD|350203200103054105]]\n委托事项：代为签署手术知情同意书及办理住院相关手续。\n委托日期：[[DATE|2026年11月22日]]`,
  ],
  [
    'billing',
    `住院预交金退款申请\n患者：[[PERSON|郁冬生]]　旧身份证：[[ID_CARD|130102480618271]]　住院号：[[MRN|H0655207]]\n出院结算后余额3268.40元，申请退回至患者本人银行卡。\n卡号：[[BANK_CARD|6217824064822645]]\n申请人：[[PERSON|郁冬生]]　[[DATE|2026-11-21]]\n结算单号：JS26112100815`,
  ],
  [
    'billing',
    `商业健康险理赔申请\n被保险人：[[PERSON|裘美云]]　保单号：[[INSURANCE_ID|PA26-0088314572]]\n身份证：[[ID_CARD|330106197506301540]]\n地址：[[ADDRESS|杭州市西湖区梧桐坞路339号4幢1单元701室]]\n出险日期：[[DATE|2026年10月30日]]　就诊医院：某市第一人民医院\n理赔金额：12,460元　收款账户：[[BANK_CARD|6228440262428841]]\n联系电话：[[PHONE|15967231048]]　邮箱：[[EMAIL|qiumy1975@example.com.cn]]`,
  ],
  [
    'billing',
    `门诊收费票据\n票据号码：0052718836　交款人：[[PERSON|师振华]]\n就诊卡号：[[MRN|JZ6602184]]　日期：[[DATE|2026年11月23日]]\n西药费 86.50　检查费 260.00　合计 346.50\n退费原路返回：[[BANK_CARD|6259442428882048601]]\n收款员：1027`,
  ],
  [
    'online-consult',
    `【图文问诊】问诊编号：[[MRN|WZ202611220417]]\n患者：[[PERSON|古丽娜尔·艾力]]，女，31岁，手机[[PHONE|18997530264]]\n描述：宝宝6个月，母乳喂养，右侧乳房红肿胀痛2天，体温38.2℃。\n医生[[PERSON|孔令辉]]：考虑哺乳期乳腺炎，建议继续排空乳汁、冷敷，如持续发热需线下就诊。\n订单号：DD2611221093`,
  ],
  [
    'online-consult',
    `视频复诊记录 [[DATE|2026-11-20]] 19:30\n复诊编号：[[MRN|SP0091724]]\n患者 [[PERSON|黎浩然]]（账号[[ACCOUNT|lhr_1986]]）登录IP [[IP|203.0.113.173]]\n家庭自测血压 132/84 mmHg，无头晕。继续缬沙坦80mg qd。\n医生：[[PERSON|包晓辉]]`,
  ],
  [
    'online-consult',
    `小程序药师咨询\n用户名：[[ACCOUNT|sunny_tuzi88]]\n问：我在吃华法林，能不能同时吃阿莫西林？\n药师[[PERSON|汪明月]]答：可以合用，但可能使INR升高，用药期间请3到5天内复查INR。`,
  ],
  [
    'patient-message',
    `医生您好，我是[[DATE|11月18日]]做胃镜的[[PERSON|谈雅琴]]，病理结果出来后能否发到我的邮箱[[EMAIL|tyq_0418@example.cn]]？我手机[[PHONE|13365082714]]，谢谢！`,
  ],
  [
    'patient-message',
    `致心内科全体医护人员：家父[[PERSON|喻长庚]]今年[[AGE|九十]]岁，这次住院承蒙[[PERSON|阙]]主任、[[PERSON|庄薇]]护士悉心照顾，已顺利出院。特此致谢！\n家属[[PERSON|喻宏]]敬上\n[[DATE|2026年11月22日]]`,
  ],
  [
    'patient-message',
    `您好，我人在国外，想委托朋友代复印我的住院病历。我叫[[PERSON|常思琪]]，护照号[[PASSPORT|EJ7721904]]，住院号[[MRN|B2209148]]，出院日期[[DATE|2026年10月15日]]。朋友[[PERSON|韦一丹]]会带委托书过来，她的微信是[[ACCOUNT|yidan_w0615]]。`,
  ],
  [
    'family-chat',
    `【家人群】\n大哥：妈今天在医院怎么样？\n[[PERSON|小雯]]：上午做了B超，医生说胆结石，要等下周一手术\n二姐：床号多少？我明天过去\n[[PERSON|小雯]]：普外科6楼，19床\n大哥：好，我让[[PERSON|浩浩]]开车送你\n大哥：@[[PERSON|浩浩]] 明早七点楼下等`,
  ],
  [
    'family-chat',
    `爸爸住院家属群\n[[PERSON|阿骁]]：爸的医保卡号是[[INSURANCE_ID|4403A0927716]]，办入院要用\n[[PERSON|白桦]]：收到，我停在地下车库B2，车牌[[PLATE|粤B·7M2Q9]]，你们下来找我\n[[PERSON|阿骁]]：好`,
  ],
  [
    'sms-reminder',
    `【某某医院】[[PERSON|邓雅婷]]您好，您预约的[[DATE|11月26日]]（周四）上午产科门诊，请携带就诊卡按时就诊。改约请点击 [[URL|https://yy.example.cn/r/8kQ2x]] 。`,
  ],
  [
    'sms-reminder',
    `【体检中心】温馨提示：体检前一天晚上8点后禁食，可少量饮水；高血压患者早晨照常服药。如需改期请回复T。`,
  ],
  [
    'tb-clinic',
    `结核病门诊随访单\n登记号：[[MRN|JH2026-0417]]　姓名：[[PERSON|仲秋实]]　男　33岁\n身份证：[[ID_CARD|420111199302148232]]\n住址：[[ADDRESS|武汉市洪山区桂子湾路1037号南区12栋405]]\n治疗方案：2HRZE/4HR，强化期第6周，痰涂片阴转。\n督导员：社区[[PERSON|吕芳芳]]　电话：[[PHONE|13797420618]]\n患者微信：[[ACCOUNT|qiushi_zhong93]]\n下次取药：[[DATE|2026年12月7日]]`,
  ],
  [
    'tb-clinic',
    `督导服药打卡群\n[[PERSON|稻香]]：今天的药吃完了，视频已发\n[[PERSON|吕芳芳]]：收到👍 尿色变红是利福平引起的，正常\n[[PERSON|稻香]]：有点胃不舒服\n[[PERSON|吕芳芳]]：饭后半小时吃试试，周五复查肝功能别忘了`,
  ],
  [
    'eeg-lab',
    `脑电图报告\n姓名：[[PERSON|单于朗]]　男　9岁　脑电图号：[[MRN|EEG26-0733]]\n检查日期：[[DATE|2026-11-20]]\n描记：清醒期背景α节律9Hz，睡眠期见双侧中央颞区棘慢波，右侧为著。\n结论：异常儿童脑电图，符合中央颞区棘波样放电。\n家长电话：[[PHONE|18608714592]]\n技师：[[PERSON|粟雨]]　报告医师：[[PERSON|贺兰青]]　申请医师：[[PERSON|芦笛]]`,
  ],
  [
    'eeg-lab',
    `视频脑电监测前须知：检查前一晚洗头，不要使用发胶或护发素；按医嘱前一晚少睡2至4小时；监测期间如出现发作，家属请按下床旁按钮，不要遮挡摄像头。`,
  ],
  [
    'lung-function-lab',
    `肺功能检查报告\n[[PERSON|漆建国]]　男　64岁　检查号 [[MRN|PF11230082]]　[[DATE|2026年11月23日]]\n身份证 [[ID_CARD|150102196207076992]]\nFEV1 1.42L（占预计值52%），FEV1/FVC 0.58，支气管舒张试验：吸入沙丁胺醇400μg后FEV1增加8%，阴性。\n结论：中度阻塞性通气功能障碍。\n操作：[[PERSON|祝文佳]]`,
  ],
  [
    'lung-function-lab',
    `肺功能室预约登记\n姓名：[[PERSON|鲍丽萍]]　电话：[[PHONE|15802317946]]\n身份证号：[[ID_CARD|370202195608094704]]\n住址：[[ADDRESS|青岛市市南区海棠湾路76号A座1508]]\n预约时间：[[DATE|11月27日]]上午9:00\n备注：检查前4小时停用噻托溴铵，不要吸烟；送检车辆[[PLATE|鲁BD72391]]已登记免费停车。`,
  ],
  [
    'hepatitis-clinic',
    `肝病门诊\n[[PERSON|骆天佑]] 男 40岁 门诊号 [[MRN|GB30217764]]\n身份证 [[ID_CARD|360102198604015331]]\n住址 [[ADDRESS|南昌市东湖区荷塘巷357号6栋2单元]]\n慢性乙型肝炎，恩替卡韦0.5mg qd 第3年，HBV DNA <20 IU/mL，ALT 28 U/L，肝硬度值6.2 kPa。\n[[DATE|2027年5月]]复查。 医生：[[PERSON|左思源]]`,
  ],
  [
    'hepatitis-clinic',
    `母婴阻断随访\n孕妇：[[PERSON|秦晓露]]，身份证[[ID_CARD|440304198809021384]]，孕28周，HBsAg阳性、HBeAg阳性，HBV DNA 2.1×10^7 IU/mL。\n末次月经：[[DATE|2026年5月11日]]\n建议孕28周起口服替诺福韦，新生儿出生12小时内注射乙肝免疫球蛋白和疫苗。\n丈夫：[[PERSON|温博]]　电话 [[PHONE|13760925184]]`,
  ],
  [
    'bone-density',
    `骨密度（DXA）检查报告\n姓名：[[PERSON|赖桂英]]　女　76岁　ID：[[MRN|BMD-660281]]\n身份证：[[ID_CARD|220104195003036266]]\n住址：[[ADDRESS|长春市朝阳区西安大路88号3栋302]]\n腰椎L1-L4 T值 -3.1，股骨颈 T值 -2.7。\n结论：骨质疏松症。\n检查日期：[[DATE|2026-11-18]]　技师：[[PERSON|巩云飞]]`,
  ],
  [
    'bone-density',
    `骨质疏松门诊公告：本周六上午门诊三楼免费骨密度筛查，名额30人，65岁以上女性、70岁以上男性优先；检查当天无需空腹，请穿无金属扣的衣服。`,
  ],
];

const en: Array<[string, string]> = [
  [
    'admission',
    `ADMISSION H&P — Hospitalist Service\nPatient: [[PERSON|Corwin Roskilly-Dewar]]  DOB: [[DATE|03/14/1958]]  MRN: [[MRN|00418826]]\nAdmitted: [[DATE|11/22/2026]] 21:05 to 4 West, Rm [[MRN|412]]\nCC: left leg swelling and pleuritic chest pain x2 days. D-dimer 2.8, CTPA: right lower lobe segmental PE.\nPCP: Dr. [[PERSON|Marisol Uriarte-Bolaño]]\nEmergency contact: [[PERSON|Delphine Roskilly-Dewar]] (wife) [[PHONE|(614) 555-0143]]\nHome: [[ADDRESS|2218 Tamarack Lane, Columbus, OH 43215]]`,
  ],
  [
    'admission',
    `AMU clerking [[DATE|23/11/2026]] 01:30\n[[PERSON|Winifred Oakenshott]], [[AGE|97]], from [[ADDRESS|Flat 3, 14 Mill Race Court, Tewkesbury GL20 5BJ]]\nNHS no. [[INSURANCE_ID|999 288 6803]]\nFound on floor by carer this morning, ?long lie 8h. CK 4,210. Confused (4AT 6). Lives alone, carer [[PERSON|Jodie Pellow]] visits twice daily.\nNOK: nephew [[PERSON|Alastair Oakenshott]] [[PHONE|07700 900412]]\nClerked by Dr [[PERSON|Tamsin Polglase]], FY2`,
  ],
  [
    'admission',
    `Admission — General Medicine, [[DATE|22 Nov 2026]]\nName: [[PERSON|Brodie McTavish]]  UR: [[MRN|A7730148]]  Medicare: [[INSURANCE_ID|4868 80046 2]]\nPresenting: fever, rigors, dysuria; lactate 3.1, started on IV gentamicin and ampicillin.\nNext of kin: [[PERSON|Shona McTavish]] (mother) [[PHONE|0491 570 377]]\nAddress: [[ADDRESS|17 Quandong Rise, Toowong QLD 4066]]`,
  ],
  [
    'progress-note',
    `Progress note [[DATE|11/21/2026]]\nS: [[PERSON|Thaddeus Vire]] reports less dyspnea, slept flat.\nO: T 98.9, HR 84, SpO2 95% RA. Cr 1.4 (from 1.9). BNP 860.\nA/P: ADHF improving. Continue furosemide 40 mg IV BID, recheck BMP in AM. Discussed with daughter [[PERSON|Noemi]] by phone.\n— [[PERSON|R. Onwuzurike-Birtles]], MD`,
  ],
  [
    'progress-note',
    `WR Bay 2 bed [[MRN|4]] — [[PERSON|Ernest Sprackling]] — day 3 IV co-amox, CRP 148→63, eating. Plan: oral switch, OT ax, ?home Thurs. Cons: Mr [[PERSON|Stainthorpe]]. SHO [[PERSON|Wes Tambling]]`,
  ],
  [
    'progress-note',
    `0230 called to see [[PERSON|Gideon Havercroft]] rm [[MRN|718]] pulled out NG tube again agitated picking at lines 4AT 7 no focal deficit glucose 6.2 given haloperidol 0.5mg per protocol wife [[PERSON|Rosheen]] aware via phone [[PHONE|(872) 555-0139]] will reinsert NG in am with bridle — [[PERSON|K. Salonen]] RN`,
  ],
  [
    'discharge',
    `Dear Dr [[PERSON|Haverfield]],\nRe: [[PERSON|Imelda Crossthwaite]], DOB [[DATE|09/02/1949]], NHS [[INSURANCE_ID|9990022801]]\nYour patient was admitted on [[DATE|12 November 2026]] with a lower GI bleed secondary to diverticular disease and discharged on [[DATE|20 November 2026]] after 2 units of red cells. Apixaban has been stopped; please review in 2 weeks.\nYours sincerely,\nDr [[PERSON|Nkechi Ezenwafor]]`,
  ],
  [
    'discharge',
    `Going home after your knee arthroscopy\n- Keep the dressing dry for 48 hours.\n- Take paracetamol 1 g four times a day and ibuprofen 400 mg three times a day with food, if needed.\n- Use crutches until the physio says you can stop.\n- Call the ward if your calf becomes swollen or painful.`,
  ],
  [
    'discharge',
    `DISCHARGE SUMMARY\nPatient: [[PERSON|LOWRY, Annetta]]  MRN [[MRN|77-301-552]]  Acct [[MRN|900418273]]\nAdmit [[DATE|11/15/2026]]  Discharge [[DATE|11/21/2026]]\nDx: community-acquired pneumonia, resolved AKI.\nFollow-up: Dr. [[PERSON|Ignatius Pennell-Rudd]] on [[DATE|12/2/2026]]\nPatient phone [[PHONE|(984) 555-0121]]\nDictated by [[PERSON|Solveig Arneberg]], NP`,
  ],
  [
    'outpatient',
    `Respirology Clinic — [[DATE|Nov 19, 2026]]\n[[PERSON|Fenella Drouin-Sauvé]]  OHIP [[INSURANCE_ID|2204-800-243]] QR\nSeen for chronic cough x 4 months. Spirometry normal. Trial of PPI and nasal steroid. Return in 6 weeks.\ncc: Dr. [[PERSON|Yusuf Baharvand]]`,
  ],
  [
    'outpatient',
    `Dermatology clinic note\n[[PERSON|Cosimo Perrault]], 52 y/o M, seen [[DATE|November 18, 2026]]\n6 mm asymmetric pigmented lesion L scapula, dermoscopy atypical network. Excisional biopsy done today, path pending.\nPhone on file [[PHONE|(503) 555-0129]]\nAttending: Dr [[PERSON|Linnet]]`,
  ],
  [
    'outpatient',
    `Consultation [[DATE|20.11.2026]] — Dr [[PERSON|Siobhán Ní Laoire]]\nPatient: [[PERSON|Donnchadh Ó Maoláin]], [[ADDRESS|4 Bóthar na Trá, Salthill, Galway H91 X2K7]]\nEmail [[EMAIL|dmaolain.fam@example.ie]]\nBP 158/96 on 3 readings, ambulatory BP booked. Start amlodipine 5 mg od.`,
  ],
  [
    'referral',
    `Dear Orthopaedic team,\nPlease see [[PERSON|Aroha Kereama]], DOB [[DATE|05/07/1971]], [[ADDRESS|38 Rimu Terrace, Whanganui 4500]], with a 3-month history of right hip pain, now limiting walking to 200 m. X-ray shows moderate OA. BMI 31.\nNgā mihi,\n[[PERSON|Hemi Whaanga]], GP`,
  ],
  [
    'referral',
    `REFERRAL — Gastroenterology\nPatient [[PERSON|Corentin Eberechukwu]], DOB [[DATE|7/30/1984]]\nInsurance: member ID [[INSURANCE_ID|XQH884120377]]\nReason: iron-deficiency anemia, Hgb 9.8, ferritin 6, no overt bleeding. Requesting EGD/colonoscopy.\nReferring: [[PERSON|Tanvi Ramaswamy]], MD`,
  ],
  [
    'referral',
    `Consult request: Palliative care to see [[PERSON|Magnus Sotheran]] (bed [[MRN|11]], Ward 6) re symptom control — metastatic pancreatic ca, nausea despite ondansetron. Requested by Dr [[PERSON|Ingrid Solheim]] on [[DATE|23/11/2026]].`,
  ],
  [
    'handover',
    `ED board 0700\nCub [[MRN|1]] [[PERSON|Percival Lanyon-Hext]] — chest pain, trop x2 neg, for d/c\nCub 2 — empty\nCub 3 unknown female ~40s, found in park, GCS 13, awaiting CT\nCub [[MRN|4]] [[PERSON|Hollis Grange]] — sepsis, 2nd litre running\nHanded over by [[PERSON|Lucan Merrifield]] to [[PERSON|Marguerite Solis]]`,
  ],
  [
    'handover',
    `SBAR call 03:20\nS: [[PERSON|Edwina Pruett]], bed [[MRN|27]], BP dropped to 84/50.\nB: day 1 post hemicolectomy, epidural running.\nA: NEWS 6, urine 15 ml/h x2h.\nR: please review within 30 min. — [[PERSON|Femi Adegbite-Frost]], RN, bleep 4471, to Dr [[PERSON|Linnea Sparks]] (FY1)`,
  ],
  [
    'handover',
    `ITU handover Sun [[DATE|22 Nov]]\nBed [[MRN|1]]: [[PERSON|Horace Gillingwater]], [[AGE|93]], type 2 resp failure, NIV, pH 7.31\nBed 2: empty, cleaned\nBed [[MRN|3]]: [[PERSON|Clemency Argyle]], post-op AAA repair, extubated 18:00\nNight reg: Dr [[PERSON|Ezeilo]]`,
  ],
  [
    'nursing-note',
    `Nursing note [[DATE|11/22/2026]] 1415: Pt [[PERSON|Ruthanne Bickel]], [[AGE|90]], found sitting on floor beside bed [[MRN|15]], states she slid while reaching for walker. No head strike, no pain on ROM. VS stable. Bed alarm on, family ([[PERSON|Curtis Bickel]], son) notified. — [[PERSON|Aimee Thorsby]], RN`,
  ],
  [
    'nursing-note',
    `Reminder to all night staff: hourly rounding sheets must be completed by 06:00; central line dressings are due every 7 days or sooner if soiled. Thank you!`,
  ],
  [
    'nursing-note',
    `District nursing visit [[DATE|20/11/2026]]\nClient: [[PERSON|Dulcie Fairbrass]], [[ADDRESS|6/41 Banksia Parade, Frankston VIC 3199]]\nLeg ulcer R gaiter 4×3 cm, less slough, compression re-applied. ABPI 0.92.\nNext visit [[DATE|23/11/2026]]. Nurse: [[PERSON|Kiri Tomlinson]] [[PHONE|0491 570 264]]`,
  ],
  [
    'lab-report',
    `LAB REPORT\nName: [[PERSON|Anselm Vukovich]]  MRN: [[MRN|6620914]]  Accession: [[MRN|H26-115803]]\nCollected: [[DATE|11/23/2026]] 05:12\nWBC 3.1 (L)  Hgb 10.2 (L)  Plt 88 (L)\nOrdered by Dr. [[PERSON|Emery Haldenby]]\nVerified by [[PERSON|J. Sithole-Thorsen]], MLS`,
  ],
  [
    'lab-report',
    `MICROBIOLOGY\nSurname: [[PERSON|HAWTHORNE-BLYTH]]\nForename: [[PERSON|Philippina]]\nNHS No: [[INSURANCE_ID|9990888426]]\nLab no: [[MRN|M26.448120]]\nSpecimen: MSU, received [[DATE|21.11.26]]\nE. coli >10^5 CFU/mL, resistant to trimethoprim, sensitive to nitrofurantoin.`,
  ],
  [
    'lab-report',
    `SURGICAL PATHOLOGY  Case [[MRN|SP26-09931]]\nPatient: [[PERSON|Cordelia Vantongeren]]  DOB [[DATE|04/11/1963]]\nSpecimen: sigmoid colon polyp\nDiagnosis: tubular adenoma with low-grade dysplasia, margins clear.\nPathologist: [[PERSON|Hamish Guthrie-Laing]], MD  Signed [[DATE|11/20/2026]]`,
  ],
  [
    'imaging-report',
    `CT ABDOMEN/PELVIS WITH CONTRAST\nPatient: [[PERSON|Marcus Tregenza-Boyce]]  Acc#: [[MRN|RAD2611220091]]\nOrdering: [[PERSON|Phineas Mortlake]], PA\nHistory: RLQ pain, fever.\nFindings: dilated appendix 11 mm with periappendiceal stranding; no abscess.\nImpression: acute appendicitis.\nRead by [[PERSON|Beatrix Honeycutt]], MD, [[DATE|Nov 22, 2026]] 16:44`,
  ],
  [
    'imaging-report',
    `CXR PA — [[PERSON|Lionel Ashwell]], Hosp no [[MRN|K4471820]]\nCompared with [[DATE|3 March 2025]]: new left basal consolidation with small effusion. Heart size normal.\nReported [[DATE|23/11/2026]] by Dr [[PERSON|Farah Durrani-Ambler]]`,
  ],
  [
    'prescription',
    `ASHGROVE PHARMACY\nMRS [[PERSON|GWENDOLINE PARFITT]]\nSERTRALINE 50MG TABLETS x28\nTAKE ONE DAILY\n[[DATE|23/11/26]]   Pharmacist: [[PERSON|D. Ó Fearghail]]`,
  ],
  [
    'prescription',
    `e-Prescription sent [[DATE|11/21/2026]]\nPatient: [[PERSON|Leopold Phan-Easterby]]  DOB [[DATE|01/09/1990]]\nRx: amoxicillin 875 mg PO BID x 10 days, #20, refills 0\nPrescriber: [[PERSON|Honora Bamford]], DO  NPI 1720493385\nPharmacy: Elmwood Drug`,
  ],
  [
    'prescription',
    `CD prescription — [[PERSON|Reginald Pocock]], [[ADDRESS|9 Sandpiper Close, Lowestoft NR32 4TQ]]\nOxycodone MR 10 mg tablets, 56 (fifty-six) tablets, one twice daily\nDate [[DATE|22/11/2026]]  Prescriber Dr [[PERSON|Uchenna Anozie]]`,
  ],
  [
    'consent',
    `Consent for lumbar puncture\nPatient: [[PERSON|Ismay Quarrington]], MRN [[MRN|0291847]]\nRisks discussed: headache (1 in 10), bleeding, infection, nerve irritation.\nPatient signature: [[PERSON|Ismay Quarrington]]  Date [[DATE|11/23/2026]]\nClinician: [[PERSON|Anand Subramani-Crewe]]  Witness: [[PERSON|Marigold Esterhuizen]]`,
  ],
  [
    'consent',
    `Anaesthetic consent (child)\nChild: [[PERSON|Iker Rivas Olaberria]], age 7\nParent: [[PERSON|Lucía Olaberria Ugalde]], passport [[PASSPORT|PAE184207]] (Spain), mobile [[PHONE|07700 900659]]\nProcedure: tonsillectomy, [[DATE|25 Nov 2026]]\nInterpreter present: [[PERSON|Rosa Scognamiglio]]`,
  ],
  [
    'consent',
    `Telephone consent recorded [[DATE|22/11/2026]] 19:40: consent for CT with contrast for [[PERSON|Albert Nuttall]] (lacks capacity) obtained from his LPA, [[PERSON|Maureen Nuttall]], on [[PHONE|01632 960844]]. Witnessed by Staff Nurse [[PERSON|Ayo Ogunsanwo]].`,
  ],
  [
    'billing',
    `PATIENT STATEMENT  Statement date [[DATE|11/20/2026]]\nGuarantor: [[PERSON|Wendell Farragut]]  SSN [[ID_CARD|987-65-4325]]  Tel [[PHONE|(828) 555-0104]]\nPatient: [[PERSON|Tessa Farragut]]  Account [[MRN|400827716]]\nBalance due: $1,284.60  Invoice INV-778230\nCard on file: Visa [[BANK_CARD|4422068600666449]]\nMailing: [[ADDRESS|509 Sassafras Knoll Rd, Asheville, NC 28801]]`,
  ],
  [
    'billing',
    `Self-pay invoice SP-22019\nPatient: [[PERSON|Ambrosine Brack]]\nProcedure: cataract surgery R eye, [[DATE|18 November 2026]]\nTotal £2,450.00 — paid by Mastercard [[BANK_CARD|5446 6268 8008 2220]]\nBilling address: [[ADDRESS|Apartment 12, 3 Quayside Walk, Bristol BS1 6XL]]`,
  ],
  [
    'billing',
    `TRAVEL INSURANCE CLAIM\nClaimant: [[PERSON|Henrik Sjöberg-Nyqvist]]  Passport: [[PASSPORT|94827163]]\nPolicy no.: [[INSURANCE_ID|TRV-SE-0038817]]\nIncident: fractured wrist skiing, treated [[DATE|14/11/2026]]\nRefund card: [[BANK_CARD|4828 6444 8244 4020]]\nEmail: [[EMAIL|h.nyqvist@example.se]]`,
  ],
  [
    'online-consult',
    `Telehealth visit log\nVisit ID [[MRN|TV-20261121-3310]]\nPatient [[PERSON|Rosalind Uzodinma]] joined from [[IP|198.51.100.87]] at 10:02\nProvider [[PERSON|Gaspard Leclair]], NP\nDx: acute sinusitis, supportive care, no antibiotics.`,
  ],
  [
    'online-consult',
    `[[PERSON|Hattie]]: hi, my son's fever is 39.4 even after Calpol an hour ago\nNurse [[PERSON|Merryn]]: how old is he and is he drinking?\n[[PERSON|Hattie]]: 4, drinking a little, no rash\nNurse [[PERSON|Merryn]]: ok, you can give ibuprofen too, and please ring 111 if he gets floppy or a rash appears`,
  ],
  [
    'online-consult',
    `Portal message from user [[ACCOUNT|gszczepaniak.72]] (IP [[IP|203.0.113.196]]): Hi Dr [[PERSON|Wetherell]], my INR this morning was 4.1, should I skip tonight's warfarin? — [[PERSON|Grażyna Szczepaniak]]`,
  ],
  [
    'patient-message',
    `Hi, this is [[PERSON|Bertram Boakye-Danquah]], DOB [[DATE|6/12/1951]], MyChart user [[ACCOUNT|bboakye51]]. I need a refill of my metoprolol 25 mg, I have 3 tablets left. Please send to the usual pharmacy. Call me at [[PHONE|(404) 555-0163]] if needed. Thanks`,
  ],
  [
    'patient-message',
    `From: [[EMAIL|mira.altuzarra@example.com]]\nSubject: records request\nHello, I'd like a copy of my records from my stay ([[DATE|Oct 3]]–[[DATE|Oct 9, 2026]]). My name is [[PERSON|Mira Altuzarra]], MRN [[MRN|5510382]]. Please upload them to [[URL|https://share.example.com/u/maltuz]]. Thank you.`,
  ],
  [
    'patient-message',
    `To the staff of Ward 9 — thank you for looking after my grandmother [[PERSON|Elsie Pennycook]], who turned [[AGE|101]] while she was with you! Special thanks to [[PERSON|Eluned]] and [[PERSON|Dominic]] on nights. Love, [[PERSON|Posy]]`,
  ],
  [
    'family-chat',
    `Mum: Dad's been moved to bed 22 on Ward 5\n[[PERSON|Josh]]: ok will visit after work\n[[PERSON|Sorcha]]: can someone bring his glasses\nMum: I'll take them\n[[PERSON|Josh]]: [[PERSON|Sorcha]] I'll pick you up at 6`,
  ],
  [
    'family-chat',
    `[[PERSON|Jamarion]]: im in the parking garage level 3\n[[PERSON|Danyelle]]: which car?\n[[PERSON|Jamarion]]: aunt [[PERSON|Odessa]]'s van, plate [[PLATE|8KDW417]]\n[[PERSON|Danyelle]]: ok Grandma is in room 306, come up`,
  ],
  [
    'sms-reminder',
    `Hi [[PERSON|Rupinder]], reminder: your physio appointment is on Mon [[DATE|30 Nov]] at 2:15pm at Riverside Health. Reply C to confirm or manage at [[URL|https://book.example.co.uk/a/q7Rt2]]. Ref RV55190`,
  ],
  [
    'sms-reminder',
    `Flu clinic this Saturday 9am–1pm at the surgery, no appointment needed for patients aged 65 and over. Reply STOP to opt out.`,
  ],
  [
    'tb-clinic',
    `TB clinic — DOT record\nPatient: [[PERSON|Tomasz Wierzbicki]]  Clinic no. [[MRN|TB-2261]]\nRegimen: RHZE, week 5; missed doses this week: 0. Visual acuity unchanged, ALT 32.\nNext sputum [[DATE|7 Dec 2026]]\nDOT worker: [[PERSON|Nadifa Hirsi-Dualeh]] [[PHONE|07700 900783]]`,
  ],
  [
    'tb-clinic',
    `Dear [[PERSON|Harpreet Sangha-Bhogal]],\nYour IGRA blood test on [[DATE|16 November 2026]] was positive. This means you have been exposed to TB germs but you are not infectious. Please attend the TB clinic on [[DATE|3 December 2026]] to discuss treatment.\nTB Nurse Specialist: [[PERSON|Emmeline Catesby]]\ncc: Dr [[PERSON|Ruairi Ó Tuathail]] (GP)`,
  ],
  [
    'eeg-lab',
    `EEG REPORT  Study [[MRN|EEG-26-4471]]\nPatient: [[PERSON|Sebastián Larrea]], 19 y\nRecorded [[DATE|11/19/2026]], routine with photic stimulation and HV.\nFindings: generalized 3–4 Hz polyspike-wave discharges, one with brief eyelid flutter.\nImpression: abnormal, consistent with genetic generalized epilepsy.\nTechnologist: [[PERSON|Wilhelmina Brouwer-Smit]]  Interpreted by: Dr. [[PERSON|Pelham Ainsworth]]`,
  ],
  [
    'eeg-lab',
    `Preparing for your sleep-deprived EEG: stay up from 2am the night before, avoid caffeine on the day, wash your hair with no conditioner, and bring someone to drive you home.`,
  ],
  [
    'lung-function-lab',
    `Pulmonary Function Test\nName: [[PERSON|Augustin Rheault]]  DOB: [[DATE|1948-02-17]]  ID: [[MRN|PFT-0918833]]\nFEV1 1.05 L (41%), FVC 2.60 L, ratio 0.40, DLCO 38%.\nInterpretation: severe obstruction with reduced diffusion.\nTest date [[DATE|2026-11-20]]  Tech: [[PERSON|Noor Shaheen-Khoury]]  Referring: Dr [[PERSON|Ottavio Grimaldi]]`,
  ],
  [
    'lung-function-lab',
    `Reminder for [[PERSON|Priscilla Van Aswegen]]: lung function test Fri [[DATE|27 Nov]] 10:40, Respiratory Physiology. Please don't use your blue inhaler for 4 hours beforehand.`,
  ],
  [
    'hepatitis-clinic',
    `Hepatology clinic letter [[DATE|19/11/2026]]\nRe: [[PERSON|Desmond Iheanacho]], Hosp no [[MRN|RX0551904]], NHS [[INSURANCE_ID|9996460487]]\nHCV genotype 3 treated with sofosbuvir/velpatasvir; SVR12 confirmed. Fibroscan 7.4 kPa. Discharged to GP.\nDr [[PERSON|Orlaith Mac Lochlainn]]\ncc: Dr [[PERSON|Barnabas Threadgold]]`,
  ],
  [
    'hepatitis-clinic',
    `Hep B vaccine course — [[PERSON|Lachlan Mendonça]]\nDose 1 [[DATE|05/10/2026]], Dose 2 [[DATE|02/11/2026]], Dose 3 due [[DATE|05/04/2027]]\nAnti-HBs to check 1–2 months after dose 3.\nContact: [[PHONE|0491 570 902]]  Email: [[EMAIL|lachie.m@example.com.au]]  App login: [[ACCOUNT|lachiem_09]]`,
  ],
  [
    'bone-density',
    `DXA SCAN REPORT\nPatient: [[PERSON|Marjorie Lindell]]  MRN: [[MRN|31198420]]  Scan date: [[DATE|Nov 16, 2026]]\nL1–L4 T-score −2.6, total hip T-score −2.1. FRAX 10-year major osteoporotic fracture risk 24%.\nImpression: osteoporosis.\nReferred by [[PERSON|Yevgenia Roszak]], NP\nReading physician: [[PERSON|Caspian Wetherby]], MD`,
  ],
  [
    'bone-density',
    `Mr [[PERSON|Roderick Sands]]\n[[ADDRESS|22 Heron Way, Kendal LA9 7PE]]\nYour bone density scan is booked for [[DATE|8 December 2026]] at 11:20. Please wear clothes without metal zips. A blue-badge bay has been reserved for vehicle [[PLATE|KX19 FTB]].`,
  ],
];

export function generateDeidHoldout16(): LabelledRecord[] {
  return holdoutRecords('h16', zh, en);
}

export const DEID_HOLDOUT_16_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/labelled/deid-holdout-16.jsonl',
);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(DEID_HOLDOUT_16_PATH, renderJsonl(generateDeidHoldout16()));
}
