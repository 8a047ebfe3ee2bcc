import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { holdoutRecords, type LabelledRecord, renderJsonl } from './generate-deid.ts';

/**
 * The ROUND-34 fresh held-out de-identification set (data/labelled/deid-holdout-34.jsonl): hand-written
 * snippets with hand-placed spans, marked inline as [[TYPE|text]] (parseMarked strips the marks and
 * records UTF-16 offsets). Written by a separate annotator who did not read the recognizer code and
 * never ran a recognizer on these snippets; it must not be used to adjust the recognizers.
 *
 * About four fifths are the everyday documents of a general hospital and the messages of its patients
 * (admission, progress and discharge notes, outpatient notes, letters and dialogues, referrals and
 * consult requests, handovers, nursing notes, lab, pathology and imaging reports, prescriptions and
 * labels, consent, billing papers, online consultations, patient messages and e-mails, family chats and
 * SMS reminders), in new wording; a fifth come from settings no earlier round listed as a genre:
 * multiple sclerosis clinics, sickle cell clinics, tinnitus clinics and vitiligo clinics.
 *
 * Identifiers are synthetic: resident IDs carry a valid GB 11643 check character and a region code, sex
 * digit and birth date consistent with the text (15-digit IDs likewise), bank cards a valid Luhn digit,
 * NHS numbers are in the 999 test range with their modulus-11 digit, the Australian Medicare numbers
 * pass their check digit, the OHIP number its Luhn digit, the NZ NHIs their check digit and the Hong
 * Kong identity card its bracketed check character; the US SSN is in the 987-65-432x advertising range.
 * Phones are random mainland mobiles or fictional ranges (North American 555-01xx, UK 07700 900xxx,
 * Australian 5550 xxxx landlines and 0491 570 1xx mobiles, NZ 027 555 01xx); mail and web hosts are
 * example.*; IP addresses come from the documentation ranges.
 *
 * Span conventions are those stated in data/labelled/deid-holdout-33.card.yaml; the decisions new in
 * this round are stated in data/labelled/deid-holdout-34.card.yaml.
 */
const zh: Array<[string, string]> = [
  [
    'admission',
    `普外科入院记录\n患者：[[PERSON|符晓岚]]　女　47岁　住院号：[[MRN|PW-2611-05184]]　床号：[[MRN|17]]\n身份证：[[ID_CARD|460106197903084382]]\n住址：[[ADDRESS|海口市龙华区金贸中路42号椰岛花园6栋903]]\n入院：[[DATE|2026年11月21日]] 14:15　主诉：右下腹痛18小时。\n陪护：丈夫[[PERSON|王泽川]]，电话[[PHONE|18796402765]]`,
  ],
  [
    'admission',
    `今晨8点急诊转入心内科，患者[[PERSON|覃桂珍]]，[[AGE|94]]岁，15位身份证[[ID_CARD|450103320417958]]，胸闷气促3天，BNP 2860，住[[ADDRESS|南宁市青秀区民族大道131号凤岭北苑2栋1单元502]]，女儿[[PERSON|覃丽芬]]在旁（[[PHONE|15771179563]]），住院号[[MRN|0831756]]，入科[[DATE|11月23日]]。`,
  ],
  [
    'admission',
    `呼吸科入院｜[[PERSON|阿依先木·托合提]]｜女｜58岁｜住院号 [[MRN|HX7702349]]｜[[MRN|12]]床｜咳嗽咳痰伴发热5天｜CURB-65 1分｜儿子[[PERSON|米尔扎提]]陪同（维汉翻译）｜身份证 [[ID_CARD|650102196807142883]]｜入院 [[DATE|2026-11-22]]`,
  ],
  [
    'progress-note',
    `[[DATE|11月23日]]查房记录：[[PERSON|骆]]主任查看患者[[PERSON|甘永福]]，术后第2天，引流液约40ml，淡血性，体温37.6℃。头孢呋辛照原量续用，明早抽血看白细胞。家属（妻子[[PERSON|邝秀婵]]）已知情。记录者：[[PERSON|鲍]]`,
  ],
  [
    'progress-note',
    `肾内科病程｜[[DATE|2026-11-22]]｜[[PERSON|上官淑华]]，[[AGE|91]]岁，[[MRN|8]]床｜肌酐 312，钾 5.6，予降钾处理｜孙女[[PERSON|上官语岑]]要求转普通病房，已解释｜[[PERSON|令狐]]医师`,
  ],
  [
    'progress-note',
    `术后第五天，[[PERSON|鞠宏伟]]（住院号[[MRN|GK26-40582]]）切口甲级愈合，拔除尿管后自解小便。其兄[[PERSON|鞠宏亮]]询问出院时间，告知拟[[DATE|11月26日]]出院。INR 1.2。——住院医师[[PERSON|柯嘉怡]]`,
  ],
  [
    'discharge',
    `出院记录\n姓名：[[PERSON|段红梅]]　性别：女　年龄：66岁　住院号：[[MRN|ZY20269113]]\n入院日期：[[DATE|2026-11-12]]　出院日期：[[DATE|2026-11-23]]\n出院诊断：1.社区获得性肺炎 2.2型糖尿病\n出院医嘱：左氧氟沙星0.5g qd 口服3天；一周后呼吸科门诊复诊。\n联系电话：[[PHONE|18155560569]]`,
  ],
  [
    'discharge',
    `【出院须知】回家后请每日监测体温，如伤口红肿渗液或体温超过38.5℃请及时来院。饮食以清淡为主，6周内避免提重物。复查请提前在公众号预约。`,
  ],
  [
    'discharge',
    `患者[[PERSON|卢振邦]]，男，[[AGE|93]]岁，身份证[[ID_CARD|350203330905387]]，因“慢性心衰急性加重”于[[DATE|11月10日]]入院，[[DATE|11月22日]]好转出院，出院后由侄子[[PERSON|卢志斌]]接回[[ADDRESS|厦门市思明区湖滨南路257号南湖花园11号楼604]]，门诊随访。`,
  ],
  [
    'outpatient',
    `内分泌科门诊｜门诊号 [[MRN|MZ0045821937]]｜[[PERSON|贝淑芬]]｜女｜61岁｜空腹血糖 9.8，HbA1c 8.1%｜身份证 [[ID_CARD|220104196509307080]]｜医保卡号 [[INSURANCE_ID|8962933019]]｜下次复诊 [[DATE|12月21日]]`,
  ],
  [
    'outpatient',
    `医生：老人家，怎么称呼您？\n患者：[[PERSON|饶天赐]]。\n医生：多大了？\n患者：属虎的，今年[[AGE|92]]了，[[DATE|1934年]]生的。\n医生：家里谁陪您来的？\n患者：我外孙媳妇，[[PERSON|宁晓雪]]，她记着药呢。\n医生：家住哪儿？\n外孙媳妇：[[ADDRESS|长沙市岳麓区麓山南路163号桃子湖小区3栋]]。`,
  ],
  [
    'outpatient',
    `儿科门诊　患儿[[PERSON|戚子墨]]（小名[[PERSON|奶糖]]），男，4岁，就诊卡 [[MRN|6102 3348 1195]]，咳嗽3天，无喘息。身份证 [[ID_CARD|610113202205194379]]。母亲[[PERSON|蔺佳]]代诉。嘱雾化，[[DATE|11月27日]]复诊。`,
  ],
  [
    'referral',
    `双向转诊单（上转）\n患者：[[PERSON|庞国强]]　男　72岁　身份证：[[ID_CARD|340104195402117191]]\n地址：[[ADDRESS|合肥市蜀山区稻香村街道荷叶地社区12栋301]]\n由街道社区医院转往市一院心血管内科\n转诊原因：血压控制不佳，头晕加重。转诊日期：[[DATE|2026年11月23日]]\n经治医师：[[PERSON|缪晓军]]`,
  ],
  [
    'referral',
    `会诊申请：请骨科会诊。患者[[PERSON|乌仁其其格]]，[[AGE|90]]岁，蒙古族，身份证[[ID_CARD|150102193602116049]]，住院号[[MRN|ZY0084127]]，住[[MRN|21]]床，跌倒后左腕肿痛，X线示桡骨远端骨折。申请人：[[PERSON|戈]]医生　[[DATE|11-23]] 10:20`,
  ],
  [
    'referral',
    `致 [[PERSON|马丁·霍夫曼]] 医生：\n兹介绍德国籍患者[[PERSON|Lena Hollstein]]（护照号 [[PASSPORT|C4K7M29F1]]），女，39岁，在我院诊断为甲状腺乳头状癌，拟回国手术。丈夫[[PERSON|Jonas Hollstein]]陪同。国内住址：[[ADDRESS|苏州市工业园区星湖街318号湖畔天城9幢1202]]。\n此致　[[PERSON|祁]]主任　[[DATE|2026年11月22日]]`,
  ],
  [
    'handover',
    `晚班→夜班\n床  患者      岁数  备注\n[[MRN|3]]     [[PERSON|项德才]]    [[AGE|96]]   夜间烦躁，已约束\n[[MRN|5]]     [[PERSON|扎依达]]  44    术后镇痛泵\n6     空床\n[[MRN|9]]     [[PERSON|查桂芳]]    80    血糖偏低，已加餐`,
  ],
  [
    'handover',
    `口头交班录音整理：“七床那个[[PERSON|宫]]……[[PERSON|宫丽萍]]，今天上午做的胃镜，晚上禁食；[[MRN|十一]]床小孩[[PERSON|汤圆儿]]，大名[[PERSON|解子涵]]，发烧到39度，退烧药四点用过；十四床今天出院了，空着；[[MRN|十六]]床法国老太[[PERSON|Margaux Duchemin]]，[[AGE|93]]岁，听不懂中文，找[[PERSON|小昭]]翻译。”`,
  ],
  [
    'handover',
    `急诊抢救室交班｜抢[[MRN|1]]：[[PERSON|龙]]阿公（[[PERSON|龙有田]]），[[AGE|97]]岁，消化道出血，已输红细胞2U｜抢2：无名氏男，约50岁，醉酒待醒｜抢[[MRN|4]]：[[PERSON|严晓琳]]，过敏性休克已纠正｜交班：[[PERSON|霍]]护士`,
  ],
  [
    'nursing-note',
    `一般护理记录单\n[[DATE|2026-11-23]] 06:00　患者[[PERSON|郜秀英]]，[[AGE|95]]岁，夜间睡眠可，翻身q2h，骶尾部皮肤完整。\n[[DATE|2026-11-23]] 07:30　血压 148/82，指测血糖 7.2。女儿[[PERSON|郜春燕]]来访。\n护士：[[PERSON|尉迟晓岚]]`,
  ],
  [
    'nursing-note',
    `【防压疮小知识】长期卧床的家人至少每隔两个钟头帮他换个姿势，床单要干爽没褶皱，骨突处可垫软枕。发现皮肤发红不退请告诉护士。`,
  ],
  [
    'nursing-note',
    `居家护理｜[[DATE|11月22日]]上门｜[[PERSON|央金拉姆]]，[[AGE|90]]岁，藏族｜身份证 [[ID_CARD|540102360312646]]｜住址 [[ADDRESS|拉萨市城关区林廓北路27号雪新村5-2-201]]｜换药，压疮二期好转｜孙子[[PERSON|扎西多吉]]在家`,
  ],
  [
    'lab-report',
    `生化检验报告单\n姓名：[[PERSON|满秋菊]]　病历号：[[MRN|0027 6604 31]]　科室：内分泌科　床号：[[MRN|33]]\n标本号：[[MRN|S2611230652]]　采集：[[DATE|2026-11-23]] 06:40\n葡萄糖 11.6 mmol/L ↑　肌酐 96 μmol/L　尿酸 512 μmol/L ↑\n审核：[[PERSON|芮]]`,
  ],
  [
    'lab-report',
    `病理诊断报告书　病理号：[[MRN|P26-18837]]\n姓名：[[PERSON|仇凤琴]]　女　55岁　门诊号：[[MRN|MZ7730162]]\n标本：胃窦活检　病理诊断：胃窦黏膜中度慢性炎，局灶轻度肠化，幽门螺杆菌阳性。\n报告日期：[[DATE|2026年11月23日]]　诊断医师：[[PERSON|邬建华]]`,
  ],
  [
    'lab-report',
    `危急值报告｜[[DATE|11-23]] 02:14｜[[PERSON|宗玉兰]]｜[[AGE|98]]岁｜[[MRN|25]]床｜血钾 6.8 mmol/L｜报告人：检验科[[PERSON|贺]]｜接收人：值班医生[[PERSON|田蕊]]`,
  ],
  [
    'imaging-report',
    `胸部CT平扫报告\n影像号：[[MRN|CT2611-77203]]　门诊号：[[MRN|MZ5529347]]\n姓名：[[PERSON|牛建设]]　男　68岁\n检查时间：[[DATE|2026-11-22]]\n影像所见：右上肺尖段可见8mm纯磨玻璃影，边缘清楚。\n意见：建议3个月后复查。报告医师：[[PERSON|夏侯敏]]`,
  ],
  [
    'imaging-report',
    `超声所见：[[PERSON|仲]]老太（[[PERSON|仲玉珍]]），[[AGE|92]]岁，双下肢静脉超声：左侧腘静脉血栓形成。与[[DATE|10月]]检查比较新发。超声号[[MRN|US0936217]]。`,
  ],
  [
    'imaging-report',
    `MRI报告｜[[PERSON|拉毛措]]｜女｜64岁｜藏族｜影像号 [[MRN|MR2611593]]｜腰4/5椎间盘突出｜审核：[[PERSON|闻人]]医师｜[[DATE|2026-11-21]]`,
  ],
  [
    'prescription',
    `处方笺　普通\n门诊号：[[MRN|MZ0061273]]　处方编号：[[MRN|CF-26-1123-917]]\n姓名：[[PERSON|农秀莲]]　女　52岁　身份证：[[ID_CARD|450103197406222384]]\nRp：阿托伐他汀钙片 20mg ×28片　sig：20mg qn\n医师：[[PERSON|韦]]　药师：[[PERSON|蓝海燕]]`,
  ],
  [
    'prescription',
    `麻醉药品处方｜患者 [[PERSON|欧阳金凤]]｜[[AGE|91]]岁｜晚期胃癌｜硫酸吗啡缓释片每次30毫克、每12小时一次｜代办人：儿子[[PERSON|欧阳振宇]]，身份证 [[ID_CARD|420106196303029097]]，住[[ADDRESS|武汉市武昌区中山路387号紫阳小区4栋602]]｜处方号 [[MRN|MZ-26-09271]]`,
  ],
  [
    'prescription',
    `药品配送单\n收件人：[[PERSON|温晓丹]]　[[PHONE|18816644773]]\n地址：[[ADDRESS|成都市武侯区玉林北路17号]]\n[[ADDRESS|芳草苑2栋3单元1104]]\n处方号：[[MRN|YF-3318-0725]]　医保卡：[[INSURANCE_ID|261351297798]]\n配送员：[[PERSON|包]]师傅`,
  ],
  [
    'consent',
    `手术知情同意书\n患者：[[PERSON|谭冬梅]]　住院号：[[MRN|ZY20267351]]\n手术名称：经腹腔镜胆囊摘除\n本人已充分了解手术风险，同意手术。\n患者签名：[[PERSON|谭冬梅]]　委托人签名：[[PERSON|谭志远]]（儿子）\n日期：[[DATE|2026年11月23日]]`,
  ],
  [
    'consent',
    `授权委托书：本人[[PERSON|柏振华]]，[[AGE|99]]岁，身份证[[ID_CARD|320102270816289]]，因年迈听力差，委托孙女[[PERSON|柏思琪]]（身份证[[ID_CARD|320102199601256209]]，电话[[PHONE|15056961850]]）代为签署住院期间一切医疗文书。委托日期[[DATE|2026年11月22日]]。`,
  ],
  [
    'consent',
    `输血治疗知情同意书｜患者 [[PERSON|侯淑琴]]｜住院号 [[MRN|ZY0072391]]｜血型 B型 Rh(+)｜拟输注悬浮红细胞 2U｜患者签名 [[PERSON|侯淑琴]]｜[[DATE|2026-11-23]]`,
  ],
  [
    'billing',
    `住院费用清单\n姓名：[[PERSON|鲁长青]]　住院号：[[MRN|ZY20265508]]　医保号：[[INSURANCE_ID|4116174881801011]]\n住院时间：[[DATE|2026-11-08]] 至 [[DATE|2026-11-20]]\n西药费 4,382.60　检查费 2,215.00　合计 9,840.37\n结算号 S20261120-0734`,
  ],
  [
    'billing',
    `退费申请｜申请人 [[PERSON|郑雅婷]]｜就诊卡号 [[MRN|JZ60071824]]｜退款金额 860.00元｜退回银行卡 [[BANK_CARD|6217233605809226144]]｜发票号 0048817262｜[[DATE|2026-11-23]]`,
  ],
  [
    'billing',
    `商业保险理赔申请：被保险人[[PERSON|冯德胜]]，身份证[[ID_CARD|370102198104092199]]，保单号[[INSURANCE_ID|PA2026-8871-3025]]，住院[[DATE|11月3日]]至[[DATE|11月9日]]，赔付款项请汇至[[BANK_CARD|6228736604377608]]，联系邮箱[[EMAIL|fengds81@example.cn]]。`,
  ],
  [
    'online-consult',
    `图文问诊　问诊单号：[[MRN|WZ202611230077]]\n患者：[[PERSON|裴晓燕]]，女，34岁\n身份证：[[ID_CARD|210102199208172089]]\n地址：[[ADDRESS|沈阳市和平区南京南街229号]]\n描述：停经45天，阴道少量出血。\n登录地址为[[IP|198.51.100.137]]`,
  ],
  [
    'online-consult',
    `（视频复诊转写）女儿：医生好，我爸叫[[PERSON|黎文忠]]，今年[[AGE|91]]了，上次是[[DATE|11月初]]在您这儿看的。我叫[[PERSON|黎秀云]]。医生：复诊单号[[MRN|FZ-7742815]]，血压现在多少？女儿：早上量152/88。`,
  ],
  [
    'online-consult',
    `续方申请｜[[PERSON|邹明轩]]｜身份证 [[ID_CARD|500103198701231012]]｜收货地址 [[ADDRESS|重庆市渝中区解放碑民权路56号]]｜微信 [[ACCOUNT|zmx_0123]]｜登录地址 [[IP|203.0.113.246]]｜药品：二甲双胍缓释片 0.5g bid`,
  ],
  [
    'patient-message',
    `[[PERSON|公孙]]医生您好，我是您的患者[[PERSON|詹美玉]]，门诊号[[MRN|MZ0038264]]，[[DATE|12月3日]]的手术能否改到下周？我微信号是[[ACCOUNT|jmy_sunny]]，电话[[PHONE|15716799708]]，麻烦您回复，谢谢！`,
  ],
  [
    'patient-message',
    `感谢信：我父亲[[PERSON|房永昌]]，[[AGE|90]]岁，[[DATE|11月中旬]]在贵院骨科住院，[[PERSON|乔]]主任和护士小[[PERSON|柴]]照顾得非常细心，特此感谢！——女儿[[PERSON|房丽娜]] [[PHONE|18351433321]]`,
  ],
  [
    'patient-message',
    `病历复印申请：本人[[PERSON|吕建平]]，身份证[[ID_CARD|140105197003065310]]，[[DATE|2026年10月]]在贵院住院，住院号[[MRN|ZY0052186]]，现申请邮寄病历至[[ADDRESS|太原市小店区长风街112号长风小区6号楼]]，电话[[PHONE|16683395566]]，邮箱[[EMAIL|lvjp70@example.com]]。`,
  ],
  [
    'family-chat',
    `【表姐妹群】\n[[PERSON|若彤]]：外婆今天在[[MRN|23]]床，[[PERSON|骆]]医生说明天拔管\n[[PERSON|小慧]]：@[[PERSON|若彤]] 我下午开车过去，车牌[[PLATE|湘A·7K32M]]停地下\n大姨：我带鸡汤\n[[PERSON|若彤]]：好，探视到8点`,
  ],
  [
    'family-chat',
    `【一家人🏡】\n[[PERSON|阿樑]]：奶奶[[DATE|12月5日]]满[[AGE|100]]岁，医院说可以接回家过生日\n[[PERSON|秀婵]]：护工[[PERSON|桂]]阿姨也一起吗？\n[[PERSON|阿樑]]：嗯，我开[[PLATE|粤B·D78523]]去接`,
  ],
  [
    'family-chat',
    `[[PERSON|楠楠]]：爸的化验出来了吗\n二哥：出来了，肌酐高，[[PERSON|裘]]医生说周五再抽\n[[PERSON|楠楠]]：那我[[DATE|11月28日]]请假陪他`,
  ],
  [
    'sms-reminder',
    `【市中心医院】[[PERSON|钱]]女士，您的乳腺B超约在[[DATE|2026年11月26日]]09:30，请携带就诊卡提前15分钟到2楼报到。如需改期请打开[[URL|https://mzyd.example.cn/c/k7Q2]]`,
  ],
  [
    'sms-reminder',
    `【温馨提示】因门诊楼电梯检修，11月25日至11月27日请走东侧楼梯或使用2号电梯，给您带来不便敬请谅解。`,
  ],
  [
    'sms-reminder',
    `【社区卫生服务中心】[[PERSON|芊语]]家长您好，宝宝应于[[DATE|11月30日]]接种麻腮风疫苗第二剂，请带好接种本。`,
  ],
  [
    'multiple-sclerosis-clinic',
    `多发性硬化专病门诊｜[[PERSON|阎小雨]]｜女｜29岁｜门诊号 [[MRN|MZ0093352]]｜EDSS 2.0｜奥法妥木单抗治疗中，[[DATE|2026年3月]]开始｜下次MRI [[DATE|2027年2月]]｜丈夫[[PERSON|涂建]] [[PHONE|19972649733]]`,
  ],
  [
    'multiple-sclerosis-clinic',
    `MS随访：患者[[PERSON|麦丽娜]]，身份证[[ID_CARD|440304199002119983]]，住[[ADDRESS|深圳市福田区莲花路1031号景华新村8栋702]]，[[DATE|11月上旬]]复发视神经炎，予甲泼尼龙冲击。MS专科护士[[PERSON|易雯]]电话随访。`,
  ],
  [
    'multiple-sclerosis-clinic',
    `【多发性硬化患者须知】注射前30分钟从冰箱取出药物回温；出现发热、尿痛请先告知医生；夏天避免长时间热水浴。`,
  ],
  [
    'sickle-cell-clinic',
    `镰状细胞病门诊｜患儿[[PERSON|阿玛·阿吉曼]]（[[PERSON|Ama Agyemang]]），加纳籍，8岁｜病历号 [[MRN|BL2611-0412]]｜HbS 78%，羟基脲 15mg/kg｜父亲[[PERSON|Kofi Agyemang]] [[PHONE|15040714533]]｜下次输血 [[DATE|12月8日]]`,
  ],
  [
    'sickle-cell-clinic',
    `镰状细胞贫血随访记录：[[PERSON|莫洛克·姆贝基]]，男，26岁，护照[[PASSPORT|A08813576]]，病历号[[MRN|XY-26-11572]]，[[DATE|11月19日]]因骨痛危象急诊留观，现疼痛评分2分。居住[[ADDRESS|广州市越秀区小北路218号登峰宾馆1208房]]。翻译：[[PERSON|伊斯梅尔]]。`,
  ],
  [
    'sickle-cell-clinic',
    `血液科门诊｜镰状细胞特征携带者咨询｜夫妇[[PERSON|杜丽莎]]、[[PERSON|Samuel Adetokunbo]]｜产前诊断号 [[MRN|CZ26-0938]]｜联系电话 [[PHONE|18906203811]]｜绒毛取材 [[DATE|12月2日]]｜遗传咨询师 [[PERSON|裴晴]]`,
  ],
  [
    'tinnitus-clinic',
    `耳鸣门诊｜门诊号 [[MRN|MZ0071608]]｜[[PERSON|储建军]]｜男｜57岁｜右耳持续性高调耳鸣6月｜THI 58分｜纯音测听：右4kHz下降｜声治疗[[DATE|11月24日]]开始｜听力师 [[PERSON|闵洁]]`,
  ],
  [
    'tinnitus-clinic',
    `患者[[PERSON|娄凤霞]]，[[AGE|92]]岁，身份证[[ID_CARD|410105193404201528]]，双耳耳鸣伴听力下降，助听器验配后耳鸣减轻。门诊号[[MRN|EB0051726]]。儿媳[[PERSON|贾静]]陪诊，住[[ADDRESS|郑州市金水区经三路62号]]，复查[[DATE|2027年1月]]。`,
  ],
  [
    'tinnitus-clinic',
    `【耳鸣自我管理】睡前可开小音量白噪音；减少咖啡和浓茶；耳鸣不是耳聋的前兆，焦虑会让它更响。`,
  ],
  [
    'vitiligo-clinic',
    `白癜风专病门诊｜[[PERSON|巫晓萌]]｜女｜23岁｜门诊号 [[MRN|PF0026613]]｜电话 [[PHONE|13178987667]]｜面颈部白斑进展期，VASI 4.5｜308nm准分子光每周2次，[[DATE|11月14日]]起｜医保卡号 [[INSURANCE_ID|2047471623]]`,
  ],
  [
    'vitiligo-clinic',
    `皮肤科复诊：[[PERSON|仁增旺姆]]，藏族，41岁，身份证[[ID_CARD|630104198509031067]]，住[[ADDRESS|西宁市城西区五四大街39号]]，白斑复色约60%。门诊号[[MRN|PF0047385]]。丈夫[[PERSON|洛桑]]询问能否停药，嘱[[DATE|2027年3月]]再评估。`,
  ],
  [
    'vitiligo-clinic',
    `光疗登记｜[[DATE|2026-11-23]]｜[[PERSON|郭]]老师（[[PERSON|郭文斌]]）｜[[AGE|90]]岁｜手背白斑｜NB-UVB 0.5J｜登记护士：[[PERSON|曲]]`,
  ],
];

const en: Array<[string, string]> = [
  [
    'admission',
    `ADMISSION H&P — General Medicine\nPatient: [[PERSON|Marguerite Deloach]]  DOB [[DATE|04/17/1958]]  MRN [[MRN|0448-7712-09]]\nRoom [[MRN|612B]]. Admitted [[DATE|11/22/2026]] 21:40 after three days of a hot, red left shin.\nInsurance: Cigna ID [[INSURANCE_ID|U84471902 03]]\nEmergency contact: sister [[PERSON|Yvonne Deloach]] [[PHONE|(404) 555-0173]]`,
  ],
  [
    'admission',
    `Admitted via ED to Ward 12 (Cardiff): [[PERSON|Eluned Rhydderch]], [[AGE|96]], from [[ADDRESS|Flat 3, Ty Gwyn Court, Heol Llanishen Fach, Rhiwbina, Cardiff CF14 6RG]]. NHS [[INSURANCE_ID|999 759 6226]]. Fall at home, long lie ~10 h, CK 4120. Lives alone; carer [[PERSON|Sioned]] visits twice daily; nephew [[PERSON|Rhodri Rhydderch]] is NOK.`,
  ],
  [
    'admission',
    `Surgical admission, Royal Darwin | UR [[MRN|D0772913]] | [[PERSON|Tamsin Wetherden]] 38F | Medicare [[INSURANCE_ID|2452 17489 5]] | [[ADDRESS|9 Frangipani Court, Nightcliff NT 0810]] | RIF pain 2/7, WCC 14.2 | Partner [[PERSON|Liam Mulroney]] [[PHONE|0491 570 193]] | [[DATE|23/11/2026]]`,
  ],
  [
    'progress-note',
    `Ward round [[DATE|23/11]]: seen with Dr [[PERSON|Anazodo]]. [[PERSON|Desmond Oosterhuis]] (K-number [[MRN|K3306618]]) day 2 post hemicolectomy, passing flatus, NEWS 1. Plan: sips to free fluids today, up to chair with physio. Wife [[PERSON|Ria]] updated by phone. — [[PERSON|H. Imlach]] FY2`,
  ],
  [
    'progress-note',
    `Progress note, Sunday [[DATE|11/22/2026]]. Pt [[PERSON|Bartholomew Ankrah]], [[AGE|90]] y/o, room [[MRN|318]]. Delirium improving, CAM negative today. Daughter [[PERSON|Abena]] at bedside overnight. K 3.4, replete. Hospitalist: [[PERSON|P. Vendrell]], MD`,
  ],
  [
    'progress-note',
    `ICU day 4, Wellington Regional. NHI [[INSURANCE_ID|MUR6855]]. [[PERSON|Hemi Rangiwahia]] remains intubated, FiO2 0.35, PEEP 8. Mother [[PERSON|Moana]] and uncle [[PERSON|Wiremu]] spoke with registrar Dr [[PERSON|Kinnersley]] — family meeting [[DATE|25/11/2026]].`,
  ],
  [
    'discharge',
    `INPATIENT DISCHARGE LETTER\nPatient name: [[PERSON|Rosalind Treseder]]   Hospital No: [[MRN|RF0661847]]   NHS: [[INSURANCE_ID|999 804 5398]]\nAdmitted: [[DATE|14/11/2026]]   Discharged: [[DATE|22/11/2026]]\nDiagnoses: right basal chest infection (CAP); AKI stage 1, now resolved.\nFollow-up: GP (Dr [[PERSON|Anwen Trudgeon]]) to repeat U&E in 1 week.`,
  ],
  [
    'discharge',
    `Home after a new knee: the dressing stays on and dry for ten days; crutches until physio clears you; four weeks of the tummy injections to stop clots; ring us if your calf swells, aches or goes hot.`,
  ],
  [
    'discharge',
    `Discharge summary — [[PERSON|Cornelius Van Staden]], [[AGE|93]], MRN [[MRN|7730486]]. Admitted [[DATE|11/09/2026]], discharged [[DATE|11/21/2026]] to [[ADDRESS|Maple Terrace Care Center, 2150 Orchard Ln, Des Moines, IA 50310]]. PCP Dr [[PERSON|Lucinda Marrero]]. Son [[PERSON|Pieter]] holds POA.`,
  ],
  [
    'outpatient',
    `Letter from the joint clinic\nDear Dr [[PERSON|Cahillane]],\nRe: [[PERSON|Imelda Gubbins]], DOB [[DATE|02/06/1961]], [[ADDRESS|14 Ballinteer Grove, Dublin 16, D16 X2K7]]\nI saw [[PERSON|Imelda]] today ([[DATE|23/11/2026]]). Her RA remains active (DAS28 4.6) on weekly methotrexate (20 mg). I will start a biologic and review her in [[DATE|February]].\nYours sincerely, [[PERSON|Aoife Dineen]], Consultant Rheumatologist`,
  ],
  [
    'outpatient',
    `GP: And can you confirm your date of birth for me?\nPatient: [[DATE|Ninth of March, nineteen thirty-four]].\nGP: So you're [[AGE|92]] now, Mr [[PERSON|Kilgour]]?\nPatient: Aye. [[PERSON|Angus Kilgour]]. My daughter [[PERSON|Fiona]] brought me.\nGP: And you're still at [[ADDRESS|22 Kelvinhaugh Street, Glasgow G3 8NU]]?\nPatient: Still there.`,
  ],
  [
    'outpatient',
    `Paeds OPD, Perth Children's. [[PERSON|Kaiden Hollowood]] ("[[PERSON|KD]]"), 6. UR [[MRN|P4417062]]. Medicare [[INSURANCE_ID|2666 17600 1]]. Recurrent wheeze, salbutamol PRN. Dad [[PERSON|Brendan]] asks about school action plan. Review [[DATE|March 2027]].`,
  ],
  [
    'referral',
    `Referral — Endocrinology\nPatient: [[PERSON|Graciela Zaragoza]]\n[[ADDRESS|4418 Whitfield Ave, Apt 7C]]\n[[ADDRESS|San Antonio, TX 78210]]\nDOB [[DATE|08/30/1972]] | Humana ID [[INSURANCE_ID|H71502286]] | Cell [[PHONE|(210) 555-0147]]\nReason: TSH 0.02, weight loss, tremor. Referring: [[PERSON|Neil Tunstead]], PA-C`,
  ],
  [
    'referral',
    `2WW lower GI referral. [[PERSON|Malcolm Mulqueeney]], 71, NHS [[INSURANCE_ID|999 005 2840]], [[ADDRESS|37 Penlan Road, Swansea SA5 7DE]]. Iron-deficiency anaemia, Hb 94, FIT 212. Please see within 2 weeks. GP Dr [[PERSON|Nia Meyrick]], [[DATE|23/11/2026]].`,
  ],
  [
    'referral',
    `To: Cardiology, Christchurch Hospital. Re [[PERSON|Aroha Pirihi]], NHI [[INSURANCE_ID|BQB3995]], [[ADDRESS|61 Cashel Street, Linwood, Christchurch 8011]]. Exertional chest pain, abnormal ETT. Husband [[PERSON|Tane]] can be reached on [[PHONE|027 555 0193]]. From Dr [[PERSON|Gemma Treloggen]].`,
  ],
  [
    'handover',
    `NIGHT HANDOVER — 5 West\nRm [[MRN|501]]  [[PERSON|OGUNMOLA, Temitope]]  54  DKA, insulin drip, BG q1h\nRm [[MRN|502]]  [[PERSON|SZCZYGIEL, Bernadette]]  [[AGE|91]]  end of life, daughters staying\nRm 503  discharged 19:00\nRm [[MRN|504]]  [[PERSON|HIRANUMA, Ken]]  67  post-op day 1 lap nephrectomy`,
  ],
  [
    'handover',
    `(Transcribed handover) "Right, bed [[MRN|four]] is Mrs [[PERSON|Throssell]] — [[PERSON|Dorothy Throssell]], [[AGE|95]], UTI, on IV gent, levels due at six. Bed [[MRN|seven]], little [[PERSON|Alfie]], [[PERSON|Alfie Bulstrode]], croupy, had dex at four, mum [[PERSON|Shannon]]'s staying. The lady in nine came in without a name, police are on it."`,
  ],
  [
    'handover',
    `SBAR — [[PERSON|Winifred Scatcherd]], side room [[MRN|3]], [[AGE|97]], Hosp No [[MRN|NW3390527]]\nS: New AF with RVR, HR 138.\nB: HFpEF, CKD 3b, on apixaban.\nA: BP 104/60, NEWS 6.\nR: Reg review within 30 min. Daughter [[PERSON|Carol]] asked to be called on [[PHONE|07700 900146]] if any change.`,
  ],
  [
    'nursing-note',
    `Nursing note [[DATE|11/23/2026]] 03:10. [[PERSON|Harold Bixby]], [[AGE|92]], MRN [[MRN|1180457]], found on the floor by his chair at 03:00, did not hit his head, obs stable. Son [[PERSON|Dale Bixby]] informed by phone. Bed alarm on. — [[PERSON|T. Zavaleta]], RN`,
  ],
  [
    'nursing-note',
    `Keeping your skin healthy in bed: change position every two hours, keep sheets dry and smooth, and tell a nurse if any area stays red after pressure is taken off.`,
  ],
  [
    'nursing-note',
    `District nurse visit, Monday [[DATE|23 November]]. [[PERSON|Bethan Treharris]] at [[ADDRESS|Bryn Awel, Lon Ceredigion, Pwllheli LL53 5PY]]. Leg ulcer dressing changed, ABPI 0.9. Neighbour [[PERSON|Glenys]] has a key. NHS [[INSURANCE_ID|999 730 5930]]. Next visit [[DATE|26/11]].`,
  ],
  [
    'lab-report',
    `CHEMISTRY — FINAL\nPATIENT: [[PERSON|PEASLEE, LUCILLE M]]   MRN: [[MRN|60093861]]   ROOM: [[MRN|4W-22]]\nACCESSION: [[MRN|C26-327-01845]]   COLLECTED: [[DATE|11/23/2026]] 05:12\nNA 129 L   K 6.1 H   CREAT 2.4 H\nCRITICAL K CALLED TO [[PERSON|J. ANUFORO]] RN 05:48`,
  ],
  [
    'lab-report',
    `Histopathology report. Lab ref [[MRN|H26/40712]]. Hosp no [[MRN|K5508163]]. [[PERSON|Priya Raithatha]], 44. Excision of pigmented lesion, L shoulder: melanoma in situ with a 0.6 mm invasive focus (SSM type); all margins free. Reported [[DATE|20/11/2026]] by Dr [[PERSON|Callum Reekie]].`,
  ],
  [
    'lab-report',
    `INR result — [[PERSON|Clarence Curnow]], [[AGE|90]]. Lab episode [[MRN|26-8813702]]. Medicare [[INSURANCE_ID|2478 16068 1]]. INR 3.9 (target 2–3). Hold warfarin tonight, recheck [[DATE|25/11]]. Wife [[PERSON|June]] manages his tablets.`,
  ],
  [
    'imaging-report',
    `CT A/P (IV contrast)\nPt: [[PERSON|Ignatius Iannuzzi]]  MRN: [[MRN|5529-0173]]  Accession: [[MRN|RA20261123-0442]]\nDate: [[DATE|11/23/2026]]\nComparison: [[DATE|July 2026]].\nFindings: inflamed sigmoid diverticula with fat stranding; no collection or free gas.\nReading radiologist: [[PERSON|Meredith Oyler]], MD`,
  ],
  [
    'imaging-report',
    `Chest X-ray, [[PERSON|Ethel Honeyford]], [[AGE|98]]. NHS [[INSURANCE_ID|999 100 0518]]. RIS [[MRN|RXH2611396]]. Airspace shadowing at the R base, small R pleural fluid; cardiomegaly unchanged from [[DATE|03/2025]].`,
  ],
  [
    'imaging-report',
    `Ultrasound renal tract, Auckland City. US no [[MRN|AU7731096]]. [[PERSON|Losa Faumuina]], 33F. Moderate left hydronephrosis. Requested by Dr [[PERSON|Tevita Halaholo]]. [[DATE|22/11/2026]].`,
  ],
  [
    'prescription',
    `PHARMACY LABEL   RX# [[MRN|7730192]]\n[[PERSON|MCCRAY, DARNELL]]\n[[ADDRESS|885 Birchwood Dr, Columbus, OH 43229]]\nLISINOPRIL 10MG TABLETS: ONE EACH MORNING\nQty 30  Refills 3  Filled [[DATE|11/22/2026]]`,
  ],
  [
    'prescription',
    `TTO: [[PERSON|Agnes Mulholland]], [[AGE|94]], Hosp No [[MRN|BT8840216]]. Apixaban 2.5 mg BD started [[DATE|20/11/2026]]; review renal function [[DATE|January]]. Checked by pharmacist [[PERSON|Rory Donnan]].`,
  ],
  [
    'prescription',
    `e-Rx | [[PERSON|Shreya Balakrishnan]] | DOB [[DATE|1990-05-14]] | Aetna ID [[INSURANCE_ID|W26641180]] | Rx ID [[MRN|ERX-55208173]] | sertraline 50 mg daily x30 | Prescriber Dr [[PERSON|Colm Feeney]]`,
  ],
  [
    'consent',
    `Consent for colonoscopy. Patient [[PERSON|Ragnhild Kvalheim]], Norwegian passport [[PASSPORT|FH7730845]], MRN [[MRN|4418-2097]]. Risks explained in Norwegian via interpreter [[PERSON|Ingrid Aarseth]]. Witness: [[PERSON|Mateo Urquiza]]. Signed [[DATE|23 Nov 2026]].`,
  ],
  [
    'consent',
    `Consent Form 4 — [[PERSON|Cuthbert Allingham]], [[AGE|99]], Hosp No [[MRN|GH7720391]], cannot weigh up this choice himself. Decision in his best interests for a feeding tube (PEG) made with niece [[PERSON|Harriet Allingham]] (LPA health) on [[DATE|21/11/2026]]. Consultant: Dr [[PERSON|Ifeoma Nwabueze]].`,
  ],
  [
    'consent',
    `Tonsillectomy consent, Gold Coast. Child: [[PERSON|Matilda Lovibond]], 5. Parent: [[PERSON|Skye Lovibond]], [[PHONE|07 5550 3381]], [[ADDRESS|12 Wattlebird Place, Burleigh Heads QLD 4220]]. Operation date [[DATE|3/12/2026]].`,
  ],
  [
    'billing',
    `STATEMENT — Account [[MRN|AC-44018823]]\nPatient: [[PERSON|Everett Hasbrouck]]   Guarantor: [[PERSON|Lorraine Hasbrouck]], SSN [[ID_CARD|987-65-4327]]\nDates of service: [[DATE|10/28/2026]] – [[DATE|10/31/2026]]\nBalance due $1,284.50. Paid by Visa [[BANK_CARD|4080204500604817]]\nMail to [[ADDRESS|PO Box 3318, Lexington, KY 40588]]`,
  ],
  [
    'billing',
    `Invoice INV-26-11-0447 (self-pay). [[PERSON|Jocelyn Culverwell]], [[ADDRESS|Larchfield House, Manor Lane, Tetbury GL8 8HJ]]. Bupa membership [[INSURANCE_ID|BP77402118]]. Paid by Mastercard [[BANK_CARD|5504609363553759]]. Receipt sent to [[EMAIL|j.culverwell@example.co.uk]].`,
  ],
  [
    'billing',
    `Tax invoice — Podiatry. [[PERSON|Dimitri Hatzidakis]], Medicare [[INSURANCE_ID|5324 34009 1]]. Item 10962, $72.00, paid by Amex [[BANK_CARD|370528918716764]] on [[DATE|23/11/2026]]. ABN 51 824 753 556.`,
  ],
  [
    'online-consult',
    `Telehealth chat log\n[[ACCOUNT|mama_bear_79]]: hi my son [[PERSON|Jaxon]] has a rash after amoxicillin\nNP [[PERSON|Carmen Valdivia]]: How old is he and when did he start it?\n[[ACCOUNT|mama_bear_79]]: he's 3, DOB [[DATE|06/02/2023]], started Friday\nSession IP [[IP|198.51.100.178]]`,
  ],
  [
    'online-consult',
    `We have booked your video clinic on Wednesday [[DATE|25 November]] (10:20). Click [[URL|https://vclinic.example.org.uk/j/4QZ8T]] and sign in as [[ACCOUNT|fgledstanes]]. Questions: [[EMAIL|clinic.bookings@example.org.uk]]. (Sent to [[PERSON|Felicity Gledstanes]].)`,
  ],
  [
    'online-consult',
    `Virtual intake, Vancouver. [[PERSON|Tsang Lok-yin]] ([[PERSON|Kelvin]]), moved over from Kowloon in [[DATE|September]]. HKID [[ID_CARD|C040423(1)]]. Address [[ADDRESS|1207-888 Nelson St, Vancouver BC V6Z 2H1]]. Phone [[PHONE|(604) 555-0138]]. IP [[IP|203.0.113.91]].`,
  ],
  [
    'patient-message',
    `Hi Dr [[PERSON|Stavridou]], this is about my mother [[PERSON|Hortense Letourneau]] ([[AGE|95]]). She was seen on [[DATE|11/18]] and her MRN is [[MRN|3390271]]. She's still coughing at night. You can reach me at [[PHONE|(207) 555-0119]] or [[EMAIL|rletourneau@example.com]]. Thanks, [[PERSON|Renée]]`,
  ],
  [
    'patient-message',
    `To the complaints team, I want to raise how my grandad [[PERSON|Wilfred Tordoff]] ([[AGE|96]]) was treated on Ward 8 on [[DATE|17 November]] (hospital number [[MRN|RC4471265]]). He was left without water for hours. Please reply to [[ADDRESS|5 Cobden Road, Chesterfield S40 4TD]] or [[EMAIL|k.tordoff@example.com]], mobile [[PHONE|07700 900953]]. [[PERSON|Kirsty]]`,
  ],
  [
    'patient-message',
    `Portal message from [[ACCOUNT|dwightc62]]: Hello, I had my stress test on [[DATE|11/20]] and haven't heard anything. Is that good news? — [[PERSON|Dwight]]`,
  ],
  [
    'family-chat',
    `Grandad 🏥 updates\n[[PERSON|Niamh]]: he's moved to bed [[MRN|14]] on St Brigid's\n[[PERSON|Cian]]: @[[PERSON|Niamh]] I'll park the [[PLATE|221-KY-4087]] at the back\nUncle [[PERSON|Declan]]: nurse [[PERSON|Kissane]] says he can go home Thursday`,
  ],
  [
    'family-chat',
    `[[PERSON|Tash]]: Mum's op is Tuesday at 8\n[[PERSON|Brett]]: I'll bring her in the ute, rego [[PLATE|1XR-4KD]]\n[[PERSON|Tash]]: surgeon is Mr [[PERSON|Kaur-Bassi]], nice bloke`,
  ],
  [
    'family-chat',
    `Cousins chat\n[[PERSON|Jolene]]: Meemaw turns [[AGE|101]] on [[DATE|Dec 2]]!!\n[[PERSON|Travis]]: nursing home said we can have cake in the day room\n[[PERSON|Jolene]]: ask Miss [[PERSON|Darlene]] the aide to keep it a secret`,
  ],
  [
    'sms-reminder',
    `City Hospital: Mr [[PERSON|Sidebottom]], your colonoscopy is on Thu [[DATE|26 Nov]] at 08:45. Start your bowel prep the day before. Reply YES to confirm.`,
  ],
  [
    'sms-reminder',
    `Car park B will be closed from 30 Nov to 4 Dec for resurfacing. Park in the Station Road multi-storey instead. Blue badge bays remain open.`,
  ],
  [
    'sms-reminder',
    `Hi [[PERSON|Brooklyn]], reminder of your dental check-up on Mon [[DATE|30 Nov]] at 3:15pm with Dr [[PERSON|Oppong]]. Need another time? [[URL|https://smile-booking.example.com/c/8812]]`,
  ],
  [
    'multiple-sclerosis-clinic',
    `MS clinic, Sheffield. [[PERSON|Harriet Auchincloss]], 34, Hosp No [[MRN|ST4418053]], NHS [[INSURANCE_ID|999 168 4573]]. RRMS on ocrelizumab since [[DATE|2024]]; next infusion [[DATE|18/01/2027]]. EDSS 2.5. MS nurse [[PERSON|Lorna]] to phone in [[DATE|December]].`,
  ],
  [
    'multiple-sclerosis-clinic',
    `Neuro-immunology follow-up. [[PERSON|Oksana Didenko]], MRN [[MRN|81-0027-55]], [[ADDRESS|3307 N Kedzie Ave, Chicago, IL 60618]]. Relapse [[DATE|October 2026]], MRI [[DATE|11/16/2026]] shows one new T2 lesion. Husband [[PERSON|Taras]] present, cell [[PHONE|(773) 555-0184]].`,
  ],
  [
    'multiple-sclerosis-clinic',
    `Living with MS: heat can make symptoms flare for a while — this is not a relapse. Cool showers, fans and pacing your day help. Call the MS helpline if new symptoms last more than 24 hours.`,
  ],
  [
    'sickle-cell-clinic',
    `Sickle cell clinic, Lewisham. [[PERSON|Chidinma Ezenwa]], 19, Hosp No [[MRN|LW6630185]], NHS [[INSURANCE_ID|999 404 5555]]. HbSS, hydroxycarbamide 1 g. Two crises since [[DATE|August]]. Transition to adult service [[DATE|March 2027]]. Mum [[PERSON|Ngozi]] on [[PHONE|07700 900375]].`,
  ],
  [
    'sickle-cell-clinic',
    `Exchange transfusion log | [[PERSON|BAFFOE-KWAKYE, Kwame]] | MRN [[MRN|2290415]] | Last exchange [[DATE|10/28/2026]] | Next [[DATE|11/25/2026]] | HbS pre 58% | Apheresis RN [[PERSON|Tamika Boykin]]`,
  ],
  [
    'sickle-cell-clinic',
    `Carrier screening, antenatal clinic Birmingham. Couple [[PERSON|Adaeze Nweke]] and [[PERSON|Olumide Nweke]]. Both HbAS. Genetics ref [[MRN|GEN-26-3317]]. CVS booked [[DATE|02/12/2026]]. Counsellor [[PERSON|Rachel Strachey]].`,
  ],
  [
    'tinnitus-clinic',
    `Tinnitus clinic, Leeds. [[PERSON|Gareth Micklethwaite]], 58, ex-machinist. Hosp No [[MRN|LD2208493]]. THI 64. Sound generator fitted [[DATE|23/11/2026]]. Audiologist [[PERSON|Priya Solanki]]. Wife [[PERSON|Maxine]] ([[PHONE|07700 900734]]) reports he sleeps better with the fan on.`,
  ],
  [
    'tinnitus-clinic',
    `ENT follow-up: [[PERSON|Augustus Quenneville]], [[AGE|91]], OHIP [[INSURANCE_ID|4070-810-090]] JK, [[ADDRESS|48 Gloucester Street, Ottawa ON K2P 0A2]]. Bilateral tinnitus, presbycusis. Hearing aids [[DATE|January 2027]]. Granddaughter [[PERSON|Chloé]] booked the visit.`,
  ],
  [
    'tinnitus-clinic',
    `Tinnitus tips: background sound at night, keep caffeine moderate, and remember stress makes tinnitus louder — relaxation helps more than silence.`,
  ],
  [
    'vitiligo-clinic',
    `Vitiligo clinic. [[PERSON|Deepika Thyagarajan]], 27, MRN [[MRN|VT-550812]]. Non-segmental, VASI 3. NB-UVB twice weekly from [[DATE|11/09/2026]]; ruxolitinib cream to face. Mother [[PERSON|Lakshmi]] asks about camouflage.`,
  ],
  [
    'vitiligo-clinic',
    `Phototherapy unit, Brisbane | [[PERSON|Jedda Coolwell]] | UR [[MRN|B5530276]] | Medicare [[INSURANCE_ID|5520 35394 2]] | hands and face | session 14 of 36 | next block [[DATE|7/12/2026]] | nurse [[PERSON|Sophie]]`,
  ],
  [
    'vitiligo-clinic',
    `Dermatology review, [[DATE|23/11/2026]]. [[PERSON|Ngaire Whatuira]], NHI [[INSURANCE_ID|HXM3837]], [[ADDRESS|22 Kowhai Street, Rotorua 3010]]. Repigmentation ~40%. Clinic no [[MRN|RT-26-0915]]. Sister [[PERSON|Mere]] also affected. Review [[DATE|May 2027]].`,
  ],
];

export function generateDeidHoldout34(): LabelledRecord[] {
  return holdoutRecords('h34', zh, en);
}

export const DEID_HOLDOUT_34_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/labelled/deid-holdout-34.jsonl',
);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const records = generateDeidHoldout34();
  writeFileSync(DEID_HOLDOUT_34_PATH, renderJsonl(records));
  console.log(`wrote ${records.length} records to ${DEID_HOLDOUT_34_PATH}`);
}
