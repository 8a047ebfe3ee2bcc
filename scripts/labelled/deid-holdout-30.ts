import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { holdoutRecords, type LabelledRecord, renderJsonl } from './generate-deid.ts';

/**
 * The ROUND-30 fresh held-out de-identification set (data/labelled/deid-holdout-30.jsonl): hand-written
 * snippets with hand-placed spans, marked inline as [[TYPE|text]] (parseMarked strips the marks and
 * records UTF-16 offsets). Written by a separate annotator who did not read the recognizer code and
 * never ran a recognizer on these snippets; it must not be used to adjust the recognizers.
 *
 * About four fifths are the everyday documents of a general hospital and the messages of its patients
 * (admission, progress and discharge notes, outpatient notes, letters and dialogues, referrals and
 * consult requests, handovers, nursing notes, lab, pathology and imaging reports, prescriptions and
 * labels, consent, billing papers, online consultations, patient messages and e-mails, family chats and
 * SMS reminders), in new wording; about a fifth come from settings no earlier round listed as a genre:
 * thyroid clinics, epilepsy clinics, traditional Chinese medicine and acupuncture clinics, proctology
 * (anorectal) clinics and fever clinics.
 *
 * Identifiers are synthetic: resident IDs carry a valid GB 11643 check character and a region code, sex
 * digit and birth date consistent with the text (15-digit IDs likewise), bank cards a valid Luhn digit,
 * NHS numbers are in the 999 test range with their modulus-11 digit, the Australian Medicare numbers
 * pass their check digit, the OHIP numbers their Luhn digit, the NZ NHI its check digit and the Hong
 * Kong identity cards their bracketed check character; the US SSN is in the 987-65-432x advertising
 * range. Phones are random mainland mobiles or fictional ranges (North American 555-01xx, UK 07700
 * 900xxx, the Australian 0491 57x xxx numbers set aside for drama); mail and web hosts are example.*;
 * IP addresses come from the documentation ranges.
 *
 * Span conventions are those stated in data/labelled/deid-holdout-29.card.yaml (prescription and Rx
 * numbers marked MRN, as rounds 28 and 29 chose); the decisions new in this round are stated in
 * data/labelled/deid-holdout-30.card.yaml.
 */
const zh: Array<[string, string]> = [
  [
    'admission',
    `呼吸内科入院记录\n姓名：[[PERSON|龚晓岚]]　性别：女　年龄：52岁\n身份证号：[[ID_CARD|500103197406192941]]\n现住址：[[ADDRESS|重庆市渝中区民族路118号嘉华苑16楼3号]]\n入院时间：[[DATE|2026年11月22日]] 16:40\n主诉：咳嗽、咳黄痰伴发热5天。\n查体：T 38.6℃，右下肺湿啰音，CURB-65评分1分，WBC 14.2×10^9/L。\n住院号：[[MRN|HX26-114702]]　床号：[[MRN|21]]\n联系人：女儿 [[PERSON|邵雨桐]]　[[PHONE|13091057574]]\n接诊医师：[[PERSON|冉]]`,
  ],
  [
    'admission',
    `心内科夜班收治[[PERSON|樊桂兰]]，女，[[AGE|92]]岁，身份证[[ID_CARD|130102341008474]]，家住[[ADDRESS|石家庄市长安区中山东路207号省建小区11栋3单元402]]，两天来胸闷气短、夜间不能平卧，双下肢凹陷性水肿，NT-proBNP 6820 pg/mL。收入CCU [[MRN|3]]床，住院号[[MRN|XN0716624]]，孙子[[PERSON|樊子健]]陪同，手机[[PHONE|15858120669]]，入院[[DATE|2026年11月23日]]凌晨1点20分。`,
  ],
  [
    'admission',
    `泌尿外科入院｜[[PERSON|阚立昌]]｜男｜66岁\n身份证｜[[ID_CARD|220104196003024059]]\n地址｜[[ADDRESS|长春市朝阳区西安大路580号红旗街小区2-3-601]]\n入院时间｜[[DATE|2026-11-23]] 09:10\n诊断｜左肾结石伴积水（N13.2）\n住院号｜[[MRN|MW-2611-0637]]｜[[MRN|12]]床\n医保号｜[[INSURANCE_ID|22010460031875]]\n儿子｜[[PERSON|阚博]]｜[[PHONE|18313742550]]`,
  ],
  [
    'progress-note',
    `[[DATE|2026年11月22日]]　主任医师查房\n[[MRN|17]]床[[PERSON|祁德贵]]，男，74岁，急性脑梗死第6天。左侧肢体肌力由2级恢复至3级，NIHSS 7分，吞咽筛查仍未通过，继续鼻饲。[[PERSON|司马]]主任查房后指示：加用阿托伐他汀40 mg qn，康复科介入，请家属[[PERSON|祁素芬]]明日来签康复治疗同意书。\n记录：[[PERSON|岑]]医师`,
  ],
  [
    'progress-note',
    `病程记录　[[DATE|2026-11-21]]\n俄罗斯籍患者[[PERSON|安德烈·彼得罗夫]]，男，47岁，护照号[[PASSPORT|752918406]]，住院号[[MRN|GJ26110093]]。阑尾切除术后第2天，腹痛明显缓解，已进流质。经翻译[[PERSON|娜塔莎]]沟通，患者同意明日出院，出院后由同事[[PERSON|Ivan Sokolov]]陪同返回宾馆。`,
  ],
  [
    'progress-note',
    `ICU夜班记录：[[DATE|11月22日]]23:30，ICU-[[MRN|5]]床[[PERSON|钮金宝]]，男，[[AGE|90]]岁，重症肺炎、呼吸衰竭，气管插管接呼吸机，FiO2 50%，PEEP 8 cmH2O，SpO2 94%。去甲肾上腺素0.12 μg/kg/min维持，尿量35 ml/h。已与外孙女[[PERSON|费婷婷]]电话沟通病情（[[PHONE|15663576355]]），同意继续目前治疗。值班医师[[PERSON|宓]]。`,
  ],
  [
    'discharge',
    `出院记录\n姓名：[[PERSON|宫明辉]]　男　58岁　住院号：[[MRN|QD2611-40318]]\n身份证号：[[ID_CARD|370202196809256372]]\n住址：[[ADDRESS|青岛市市南区香港中路151号海韵苑2号楼1单元701]]\n入院：[[DATE|2026年11月12日]]　出院：[[DATE|2026年11月23日]]\n出院诊断：急性前壁心肌梗死（PCI术后）；高脂血症\n出院带药：阿司匹林肠溶片每日一片、替格瑞洛每日两次、他汀睡前一次（剂量见出院医嘱）\n复诊：[[DATE|2026年12月7日]]心内科门诊，[[PERSON|景]]医师`,
  ],
  [
    'discharge',
    `腹腔镜胆囊切除术后出院须知：一周内避免提重物和剧烈运动；饮食由稀到稠，少吃油腻；伤口保持干燥，术后第7天可去社区医院拆除敷料。如出现发热超过38.5℃、皮肤或眼睛发黄、腹痛加重，请及时回院就诊。`,
  ],
  [
    'discharge',
    `骨科老病人[[PERSON|仲秀英]]，女，[[AGE|95]]岁，身份证[[ID_CARD|320106311117862]]，[[DATE|2026年11月8日]]因右股骨颈骨折入院，[[DATE|11月10日]]行人工股骨头置换，术后恢复尚可，可扶助行器站立。[[DATE|11月21日]]出院，由儿媳[[PERSON|蒋慧]]接回[[ADDRESS|南京市鼓楼区湖南路158号狮子桥小区6幢302室]]，嘱两周后骨科门诊复查，继续抗凝至[[DATE|12月5日]]。`,
  ],
  [
    'outpatient',
    `内分泌科门诊病历\n门诊号：[[MRN|MZ20261123-0415]]\n[[PERSON|霍嘉怡]]　女　29岁　医保卡号：[[INSURANCE_ID|4401067730925]]\n月经稀发2年，体重增加8 kg。LH/FSH 2.6，睾酮轻度升高，B超示双侧卵巢多囊样改变。\n诊断：多囊卵巢综合征\n处理：二甲双胍0.5 g tid；生活方式干预；[[DATE|2026年12月21日]]复诊。\n医师：[[PERSON|阮]]`,
  ],
  [
    'outpatient',
    `医生：请坐，叫什么名字？\n患者：[[PERSON|米雪晴]]，大米的米。\n医生：出生日期？\n患者：[[DATE|1991年4月3日]]。\n医生：现在住哪儿？\n患者：[[ADDRESS|厦门市思明区湖滨南路388号鹭江新城3栋]]。\n医生：哪里不舒服？\n患者：右边耳朵嗡嗡响，快一个月了，晚上特别明显。\n医生：留个手机号，听力检查结果出来护士通知你。\n患者：[[PHONE|15603008622]]。\n医生：好，先去做纯音测听，三楼东侧。`,
  ],
  [
    'outpatient',
    `儿科门诊｜[[PERSON|卜梓涵]]｜女｜4岁\n身份证｜[[ID_CARD|140105202207160823]]\n就诊卡号｜[[MRN|EK5830271]]\n主诉｜反复喘息3次，夜咳1周\n处理｜布地奈德雾化；[[DATE|12月8日]]复诊\n陪诊｜母亲[[PERSON|韩晓蕾]]｜[[PHONE|13274859673]]`,
  ],
  [
    'outpatient',
    `皮肤科复诊：[[PERSON|柏春燕]]，女，36岁，门诊号[[MRN|PF2611-2280]]，面部红斑伴瘙痒3个月，外用他克莫司软膏后好转，嘱防晒，[[DATE|2027年1月]]再来复查。家住[[ADDRESS|昆明市五华区青年路49号翠湖苑]]，联系电话[[PHONE|15768666458]]。`,
  ],
  [
    'referral',
    `双向转诊单（上转）\n患者：[[PERSON|农海燕]]　女　47岁\n身份证：[[ID_CARD|451002197905142986]]\n住址：[[ADDRESS|百色市右江区向阳路27号凤凰小区3栋]]\n转出单位：右江区城东社区卫生服务中心\n转诊原因：血压控制不佳（168/102 mmHg），三联降压药效果差，请排查继发性高血压。\n转诊医师：[[PERSON|黄]]医生　[[DATE|2026年11月20日]]`,
  ],
  [
    'referral',
    `会诊申请单\n申请科室：消化内科　[[MRN|33]]床　[[PERSON|聂勇]]　男　63岁　住院号[[MRN|XH26-31574]]\n会诊目的：患者既往冠心病支架术后，现拟行结肠息肉切除，请心内科评估双抗停用时机。\n申请医师：[[PERSON|燕]]　日期：[[DATE|2026-11-22]]`,
  ],
  [
    'referral',
    `转诊信：兹有藏族患者[[PERSON|次仁旺堆]]，男，43岁，身份证[[ID_CARD|540102198302119219]]，住[[ADDRESS|拉萨市城关区北京中路127号]]，高原红细胞增多症，Hb 228 g/L，多次放血治疗，现转贵院血液科进一步诊治。其子[[PERSON|边巴]]陪同，电话[[PHONE|18050900886]]。[[PERSON|索朗]]医生　[[DATE|2026年11月19日]]`,
  ],
  [
    'handover',
    `内分泌科夜班交班\n床号  姓名    年龄  诊断          交班要点\n[[MRN|1]]     [[PERSON|冯国栋]]  68    DKA         胰岛素泵入，每小时测血糖\n[[MRN|2]]     [[PERSON|左玉梅]]  [[AGE|91]]    低血糖昏迷  已清醒，凌晨再测一次\n3     空床\n[[MRN|5]]     [[PERSON|沙文娟]]  34    甲亢危象    心率128，普萘洛尔已用`,
  ],
  [
    'handover',
    `交班｜[[DATE|2026-11-23]]早\n[[MRN|8]]床｜[[PERSON|Kim Minji]]｜韩国留学生｜护照[[PASSPORT|M58203714]]\n发热待查，昨夜最高39.4℃，血培养两套已送。室友[[PERSON|朴宥真]]在陪护，会中文，电话[[PHONE|13382599585]]。\n[[MRN|9]]床｜[[PERSON|郝长生]]｜85岁｜前列腺增生术后，膀胱冲洗淡红色。\n10床｜今晨出院，已终末消毒。`,
  ],
  [
    'handover',
    `（口头交班录音转写）那个……[[MRN|12]]床的老太太，[[PERSON|邓]]……[[PERSON|邓淑珍]]，今天下午血压掉到85/50，补了500液体回上来了。她女儿说晚上来，叫什么，[[PERSON|蕙蕙]]吧，号码写在床头卡上。[[MRN|14]]床[[PERSON|麦尔旦]]明早空腹抽血，别忘了。`,
  ],
  [
    'handover',
    `急诊留观交班：留观[[MRN|4]]号床[[PERSON|卓永福]]，男，[[AGE|93]]岁，跌倒后头皮血肿，头颅CT未见出血，需观察到明早8点；留观[[MRN|6]]号床[[PERSON|洪佳佳]]，女，22岁，过敏性皮疹，已用地塞米松。7号床病人已转入病房。`,
  ],
  [
    'nursing-note',
    `护理记录单　[[MRN|45]]床　[[PERSON|苟春林]]　男　57岁　住院号[[MRN|GB2611-3362]]\n[[DATE|2026-11-22]] 08:00 神清，T 37.2℃，腹腔引流管引流淡血性液30 ml。\n[[DATE|2026-11-22]] 14:00 协助床上翻身，骶尾部皮肤完好。\n[[DATE|2026-11-22]] 20:00 诉刀口痛，评分5分，按医嘱静推氟比洛芬酯50 mg后半小时复评2分。\n签名：[[PERSON|钟丽]]`,
  ],
  [
    'nursing-note',
    `压力性损伤预防小贴士：长期卧床的家人每两小时翻身一次，骨头突出处可垫软枕；床单保持平整干燥；每天检查骶尾部、足跟皮肤有无发红；营养跟上，多吃鸡蛋、牛奶、鱼肉。`,
  ],
  [
    'nursing-note',
    `居家护理随访｜[[PERSON|包其其格]]｜女｜[[AGE|93]]岁\n身份证｜[[ID_CARD|150102330905600]]\n住址｜[[ADDRESS|呼和浩特市新城区新华大街219号电力小区8号楼202]]\n访视日期｜[[DATE|2026年11月20日]]（周五）\n情况｜留置尿管第3周，尿色清，更换尿袋；足跟压红已消退。\n照护者｜儿子[[PERSON|青格乐]]｜[[PHONE|15664348300]]\n护士｜[[PERSON|乌云其木格]]`,
  ],
  [
    'lab-report',
    `检验报告单（生化）\n姓名：[[PERSON|桂文斌]]　性别：男　年龄：49岁　病历号：[[MRN|0031875442]]\n标本号：[[MRN|S2611220318]]　科室：肾内科　床号：[[MRN|28]]\n肌酐 412 μmol/L↑　尿素 24.6 mmol/L↑　钾 5.7 mmol/L↑　eGFR 13\n采集时间：[[DATE|2026-11-22]] 06:10　检验者：[[PERSON|庞]]　审核者：[[PERSON|熊雅琪]]`,
  ],
  [
    'lab-report',
    `病理诊断报告　病理号[[MRN|P26-18433]]\n患者[[PERSON|裘建平]]，男，55岁，住院号[[MRN|ZL2611-7708]]，送检胃窦活检3块。镜下见中分化腺癌，Lauren分型肠型，HER2（2+），待FISH。报告医师：[[PERSON|聂文静]]　复核：[[PERSON|阎]]主任　报告日期：[[DATE|2026-11-20]]`,
  ],
  [
    'lab-report',
    `危急值报告｜[[DATE|2026-11-23]] 03:42\n患者｜[[PERSON|毕荣华]]｜女｜[[AGE|97]]岁｜[[MRN|16]]床\n项目｜血钾 6.9 mmol/L（危急）\n报告人｜检验科[[PERSON|程亮]]\n接收人｜护士[[PERSON|蔺小雨]]，已通知值班医生[[PERSON|栾]]`,
  ],
  [
    'imaging-report',
    `CT检查报告\n影像号：[[MRN|CT26112307719]]　姓名：[[PERSON|蒯国华]]　男　61岁　门诊号：[[MRN|MZ5580231]]\n检查日期：[[DATE|2026-11-23]]\n所见：右肺上叶尖段见一约18 mm×15 mm分叶状结节，边缘毛刺，胸膜凹陷征（+），纵隔内淋巴结均小于1 cm。\n印象：右肺上叶结节，考虑恶性可能大，建议PET-CT或穿刺活检。与[[DATE|2026年5月]]片比较增大。\n报告医师：[[PERSON|濮阳]]　审核：[[PERSON|温雪莲]]`,
  ],
  [
    'imaging-report',
    `超声所见：甲状腺右叶见低回声结节约9×7 mm，纵横比>1，边缘不规则，内可见多发微钙化，C-TIRADS分类4C。双侧颈部未见异常淋巴结。受检者[[PERSON|施曼曼]]，超声号[[MRN|US2611-6604]]，检查医师[[PERSON|宁]]医生，[[DATE|2026年11月21日]]。`,
  ],
  [
    'prescription',
    `门诊处方笺　普通\n处方编号：[[MRN|CF2611230088]]　门诊号：[[MRN|MZ3319042]]\n姓名：[[PERSON|郜晓明]]　男　33岁　身份证：[[ID_CARD|430104199301282155]]\n诊断：急性扁桃体炎\nRp：阿莫西林胶囊 0.5 g×24粒　0.5 g tid po\n　　布洛芬缓释胶囊 0.3 g×10粒　0.3 g prn\n医师：[[PERSON|滑]]　调配：[[PERSON|陶]]　核对：[[PERSON|荆]]　[[DATE|2026-11-23]]`,
  ],
  [
    'prescription',
    `麻醉药品处方（红）\n患者：[[PERSON|詹玉兰]]　女　72岁　身份证：[[ID_CARD|350203195408229021]]\n诊断：胰腺癌晚期癌痛\nRp：硫酸吗啡缓释片 30 mg×14片　30 mg q12h\n代办人：[[PERSON|詹海涛]]（儿子）　身份证：[[ID_CARD|350203197903060832]]\n处方号：[[MRN|MZ-H2611-0211]]　医师：[[PERSON|欧]]　[[DATE|2026年11月22日]]`,
  ],
  [
    'prescription',
    `药品配送单｜订单号 PS202611230457\n收货人｜[[PERSON|桑晓霞]]｜[[PHONE|13052231856]]\n地址｜[[ADDRESS|沈阳市和平区南京北街206号]]\n　　｜[[ADDRESS|华府天地A座1708]]\n处方号｜[[MRN|RX26112300872]]｜医保卡号｜[[INSURANCE_ID|2101028804512]]\n药品｜恩替卡韦片 0.5 mg×28片\n配送员｜[[PERSON|闫]]师傅`,
  ],
  [
    'consent',
    `输血治疗知情同意书\n患者姓名：[[PERSON|权美玲]]　住院号：[[MRN|XY2611-1047]]　血型：B型RhD阳性\n拟输注：悬浮红细胞2 U\n输血风险已告知，包括发热反应、过敏反应、经血传播疾病等。\n患者签名：[[PERSON|权美玲]]　[[DATE|2026年11月22日]]\n谈话医师：[[PERSON|蒲]]`,
  ],
  [
    'consent',
    `因[[PERSON|訾凤英]]（女，[[AGE|94]]岁，身份证[[ID_CARD|520102320419912]]）听力差、理解困难，本次胃造瘘手术由其长子[[PERSON|訾国庆]]（身份证[[ID_CARD|520102195807110917]]，手机[[PHONE|13368396986]]）作为授权委托人签署同意书。家属已知晓出血、感染、造瘘管移位等风险。签字日期[[DATE|2026年11月21日]]。`,
  ],
  [
    'consent',
    `麻醉知情同意｜[[PERSON|隋晨阳]]｜男｜19岁｜[[MRN|40]]床\n拟行手术｜左膝前交叉韧带重建\n麻醉方式｜全麻＋神经阻滞\n签字人｜本人［[[PERSON|隋晨阳]]］；父亲［[[PERSON|隋海军]]］\n麻醉医师｜[[PERSON|东方]]医生｜[[DATE|2026-11-22]]`,
  ],
  [
    'billing',
    `住院费用结算单\n姓名：[[PERSON|嵇凤霞]]　住院号：[[MRN|JS26-55023]]　医保号：[[INSURANCE_ID|3201065503917284]]\n住院日期：[[DATE|2026-11-03]]至[[DATE|2026-11-18]]（15天）\n总费用：28,416.50元　统筹支付：19,702.30元　个人自付：8,714.20元\n结算单号：JSD2611180093`,
  ],
  [
    'billing',
    `退费申请｜[[DATE|2026-11-23]]\n患者｜[[PERSON|鲍志远]]｜就诊卡号｜[[MRN|JZ8830174]]\n退费原因｜预约核磁因幽闭恐惧未做\n原支付方式｜银联卡[[BANK_CARD|6220387270285780433]]\n开户人｜[[PERSON|鲍志远]]｜[[PHONE|15596063268]]\n经办人｜收费处[[PERSON|解]]`,
  ],
  [
    'billing',
    `商业保险理赔申请：被保险人[[PERSON|柯思琪]]，身份证[[ID_CARD|440106198812038584]]，保单号[[INSURANCE_ID|PA2024440600718]]，出险日期[[DATE|2026年10月30日]]，住院日期[[DATE|10月30日]]至[[DATE|11月6日]]，收款账户[[BANK_CARD|6280267477735974]]（招商银行），联系邮箱[[EMAIL|kesiqi88@example.cn]]。理赔案件号 LP26110845。`,
  ],
  [
    'online-consult',
    `【互联网医院图文问诊】问诊编号[[MRN|WZ2611230331]]\n患者：[[PERSON|任晓婉]]，女，31岁，身份证[[ID_CARD|420106199506171361]]\n主诉：产后6周，乳房胀痛，左侧有硬块，无发热。\n医生回复：建议继续哺乳，局部冷敷，若出现发热请来院就诊。\n登录账号：[[ACCOUNT|wanwan_0617]]　登录IP：[[IP|203.0.113.149]]`,
  ],
  [
    'online-consult',
    `（视频复诊记录）医生：能听到吗？请把身份证对着镜头。患者家属：是我妈，[[PERSON|闵桂芝]]，我是她女儿[[PERSON|闵菲]]。医生：阿姨最近血糖多少？家属：空腹七点几，饭后十一左右。医生：二甲双胍继续，格列美脲减半片。下次复诊编号[[MRN|FZ2611-0772]]，[[DATE|12月20日]]前在线上续方。`,
  ],
  [
    'online-consult',
    `在线续方｜[[PERSON|甄国伟]]｜男｜52岁\n身份证｜[[ID_CARD|510107197409309874]]\n收货地址｜[[ADDRESS|成都市武侯区玉林西路45号芳草苑7栋2单元503]]\n续方药品｜缬沙坦80 mg×28片\n微信号｜[[ACCOUNT|zgw_cd1974]]｜IP｜[[IP|198.51.100.211]]\n审方药师｜[[PERSON|邝]]`,
  ],
  [
    'patient-message',
    `[[PERSON|欧阳]]医生您好，我是上周三看门诊的[[PERSON|谌晓东]]，门诊号[[MRN|MZ6208519]]，吃了您开的药后胃不怎么反酸了，但有点便秘，需要调整吗？方便的话加我微信[[ACCOUNT|chenxd_2019]]，谢谢！`,
  ],
  [
    'patient-message',
    `致肿瘤科全体医护：我父亲[[PERSON|滕振华]]今年[[AGE|91]]岁，在[[MRN|26]]床住了一个月，[[PERSON|郁]]护士长和护士[[PERSON|晏子琪]]、[[PERSON|甘甜甜]]每天帮他擦身翻身，比我们子女还细心。[[PERSON|车]]主任多次亲自来看。谨以此信表示感谢！家属：[[PERSON|滕晓琳]]（[[PHONE|18677825777]]）`,
  ],
  [
    'patient-message',
    `病案复印申请：本人[[PERSON|伏婉婷]]，身份证[[ID_CARD|310104198604040127]]，[[DATE|2025年7月]]在贵院产科住院分娩，住院号[[MRN|CK2507-1183]]。因出国办理签证需复印病历，护照号[[PASSPORT|EK3902175]]。请邮寄至[[ADDRESS|上海市徐汇区漕溪北路331号中金国际广场B座2104]]，电话[[PHONE|15595365823]]，邮箱[[EMAIL|fuwanting@example.com]]。`,
  ],
  [
    'family-chat',
    `「舅舅家」群聊\n[[PERSON|宥辰]]：外婆明天几点做胃镜？\n大舅：上午九点，空腹。我开车送，车牌[[PLATE|湘A·7K3M9]]，停东门。\n[[PERSON|芷若]]：我请好假了，@[[PERSON|宥辰]] 你把外婆的医保卡带上。\n[[PERSON|宥辰]]：好的，医生说结果出来[[DATE|11月30日]]复诊。`,
  ],
  [
    'family-chat',
    `「照顾爷爷」群\n[[PERSON|钰涵]]：爷爷今天吃了半碗粥🙂\n小姑：护工[[PERSON|曹]]阿姨说他晚上又起来三次\n[[PERSON|晟睿]]：[[PERSON|鲁]]医生说[[AGE|96]]岁了，前列腺手术风险太大，先吃药\n[[PERSON|钰涵]]：周末我开[[PLATE|粤B·D37815]]去接奶奶过来看他`,
  ],
  [
    'family-chat',
    `[[PERSON|彦霖]]：妈的复查单子拍给我看看\n[[PERSON|泽楷]]：[图片] 甲胎蛋白正常，CT说肝上那个结节没变\n[[PERSON|彦霖]]：那就好，[[PERSON|屈]]主任说半年后再查，就是[[DATE|2027年5月]]\n[[PERSON|泽楷]]：嗯，我记日历上了`,
  ],
  [
    'sms-reminder',
    `【市第二人民医院】[[PERSON|骆]]女士，您已预约[[DATE|2026年11月26日]]上午9:30乳腺外科[[PERSON|茅]]医生门诊，请携带身份证和既往检查报告提前15分钟到达。改约请访问[[URL|https://m.example.cn/yuyue/gh2611260930]]。`,
  ],
  [
    'sms-reminder',
    `【停诊通知】因院内培训，本周六下午口腔科门诊暂停，已预约患者将由工作人员逐一电话改约，给您带来不便敬请谅解。`,
  ],
  [
    'thyroid-clinic',
    `甲状腺结节专病门诊\n[[PERSON|管静怡]]　女　41岁　门诊号[[MRN|JZ2611-0519]]\n身份证：[[ID_CARD|360102198502276928]]\n体检发现甲状腺结节2年。本次超声：左叶结节12 mm，C-TIRADS 4A，FNA细胞学Bethesda Ⅲ类。TSH 1.9 mIU/L。\n处理：[[DATE|2027年2月]]复查超声，必要时BRAF基因检测。\n医师：[[PERSON|卢]]　[[DATE|2026-11-23]]`,
  ],
  [
    'thyroid-clinic',
    `碘-131治疗预约：[[PERSON|眭永强]]，男，45岁，甲亢（Graves病）反复复发，住院号[[MRN|HY2611-0036]]，预约[[DATE|12月2日]]口服碘-131，治疗前两周低碘饮食、停甲巯咪唑3天。治疗后与妻子[[PERSON|段琳]]和孩子分开睡一周。家住[[ADDRESS|南昌市东湖区八一大道518号财富广场旁省府大院4栋]]，电话[[PHONE|13050455366]]。`,
  ],
  [
    'epilepsy-clinic',
    `癫痫专病门诊｜[[DATE|2026-11-20]]\n患儿｜[[PERSON|应子墨]]｜男｜9岁\n身份证｜[[ID_CARD|620102201703084058]]\n发作日记｜近3个月发作4次，均为夜间，多在睡后半小时\n脑电图号｜[[MRN|EEG2611-227]]（中央颞区棘波）\n诊断｜伴中央颞区棘波的自限性癫痫\n处理｜左乙拉西坦125 mg bid起始\n家长｜父亲[[PERSON|应俊]]｜[[PHONE|15153369405]]`,
  ],
  [
    'epilepsy-clinic',
    `癫痫门诊随访：[[PERSON|房雨萱]]，女，26岁，门诊号[[MRN|DX0917736]]，拉莫三嗪治疗4年，近一年无发作，现备孕，改为叶酸5 mg每日。嘱记录发作日记，[[DATE|2027年3月]]复查血药浓度。丈夫[[PERSON|蔡明远]]同来，知晓癫痫发作急救方法。医师[[PERSON|公孙]]。`,
  ],
  [
    'tcm-clinic',
    `针灸科治疗记录\n姓名：[[PERSON|窦凤琴]]　女　63岁　门诊号：[[MRN|ZJ2611-1138]]\n主诉：右侧面瘫9天。\n舌脉：舌淡红苔薄白，脉浮紧。\n治疗：取地仓、颊车、阳白、合谷，平补平泻，留针30分钟；第3次。\n下次治疗：[[DATE|2026年11月25日]]\n针灸师：[[PERSON|喻方舟]]`,
  ],
  [
    'tcm-clinic',
    `中医内科｜[[PERSON|晁德林]]｜男｜[[AGE|90]]岁\n身份证｜[[ID_CARD|410305360612375]]\n主诉｜夜尿频多，腰膝酸软半年\n辨证｜肾阳虚\n处方｜金匮肾气丸加减，黄芪30 g，山药15 g，7剂\n地址｜[[ADDRESS|洛阳市涧西区中州西路21号涧西老厂区12号楼]]\n陪诊｜孙女[[PERSON|晁萌]]｜[[PHONE|13007133361]]\n医师｜[[PERSON|岳]]`,
  ],
  [
    'proctology-clinic',
    `肛肠科门诊：[[PERSON|甘志勇]]，男，38岁，门诊号[[MRN|GC2611-3307]]，便血伴肛门脱出物半年，指诊及肛门镜示混合痔（Ⅲ度）。拟[[DATE|11月27日]]行痔切除术（PPH），术前禁食8小时。医保卡号[[INSURANCE_ID|4301046621570]]，电话[[PHONE|13010438496]]。主刀[[PERSON|覃]]医师。`,
  ],
  [
    'proctology-clinic',
    `痔疮术后坐浴指导：每次便后用温水坐浴10～15分钟，水温以手背不觉烫为宜；多喝水、多吃蔬菜水果，保持大便通畅，避免久蹲久坐；术后一周内少量出血属正常，如出血不止请立即来院。`,
  ],
  [
    'fever-clinic',
    `发热门诊登记表\n姓名：[[PERSON|易春生]]　男　35岁\n身份证号：[[ID_CARD|630102199105245853]]\n现住址：[[ADDRESS|西宁市城东区八一路15号康乐小区9号楼]]\n发热时间：[[DATE|2026年11月21日]]\n最高体温：39.1℃　咳嗽、咽痛、肌肉酸痛\n流感抗原：甲型阳性\n就诊号：[[MRN|FR2611230127]]　电话：[[PHONE|13584306078]]`,
  ],
  [
    'fever-clinic',
    `发热门诊护士留言：[[PERSON|谷丽萍]]，女，[[AGE|94]]岁，独居，由邻居[[PERSON|单伟]]送来，体温38.8℃，血氧91%。已电话联系其侄子[[PERSON|谷建设]]，他说在外地，明天上午才能赶到。患者身份证号[[ID_CARD|370102320115656]]，已收入留观[[MRN|2]]号床。`,
  ],
];

const en: Array<[string, string]> = [
  [
    'admission',
    `HISTORY & PHYSICAL — [[DATE|11/22/2026]]\nPatient: [[PERSON|Heriberto Spurlock]], 71M, MRN [[MRN|40917325]], BCBS ID [[INSURANCE_ID|XKP884120937]]\nAddress: [[ADDRESS|2217 Redbud Hollow Dr, Owensboro, KY 42303]]\nCC: fever, productive cough, confusion x2 days.\nExam: T 39.1, RR 26, SpO2 89% RA, crackles R base. CURB-65 3. Lactate 2.8.\nPlan: admit stepdown 5S-[[MRN|208]], ceftriaxone + azithromycin, blood cultures x2.\nEmergency contact: wife [[PERSON|Socorro]] [[PHONE|(270) 555-0143]]\nAdmitting: [[PERSON|Priyanka Raghavachari]], MD`,
  ],
  [
    'admission',
    `Medical clerking, AMU, [[DATE|22/11/2026]] 23:15. [[PERSON|Winifred Stallybrass]], [[AGE|94]], DOB [[DATE|03/06/1932]], NHS [[INSURANCE_ID|999 759 5246]], lives alone at [[ADDRESS|7 Hollins Croft, Glossop SK13 8PD]] with twice-daily carers. Found on the floor by her carer this evening, down for perhaps six hours. CK 4,210, creatinine 168. Impression: long lie, rhabdomyolysis, AKI stage 2. Next of kin: niece [[PERSON|Rosalind Marsh-Gibbon]] [[PHONE|07700 900917]]. Clerked by [[PERSON|A. Okoroafor]] (FY1).`,
  ],
  [
    'admission',
    `Admission — [[DATE|21/11/2026]]\n[[PERSON|Kirra Yallop]], 34F, UR [[MRN|A7730418]], Medicare [[INSURANCE_ID|6339 92172 5]]\nAddress: [[ADDRESS|Unit 4/19 Boronia Street, Dubbo NSW 2830]]\nPresenting complaint: 3 days RIF pain, vomiting. WCC 16.8, CRP 142. US: non-compressible appendix.\nPlan: lap appendicectomy tonight, consented.\nPartner: [[PERSON|Jarrah Collis]], [[PHONE|0491 571 266]]\nSurgical reg: Dr [[PERSON|Thanh Nguyen-Ellery]]`,
  ],
  [
    'progress-note',
    `Hospitalist progress note, HD#3, [[DATE|11/21/2026]]\nS: [[PERSON|Marguerite Delacroix-Pope]] says breathing is easier; managed two pillows overnight instead of the recliner.\nO: wt down 2.4 kg, JVP 8 cm, trace edema. Cr 1.4 (from 1.7). K 3.9.\nA/P: ADHF, responding. Furosemide 40 IV bid for one more day, then oral 40 daily. Daughter [[PERSON|Ione]] updated by phone. Anticipate d/c [[DATE|11/23/2026]].\n— [[PERSON|Obinna Adeyemo]], DO`,
  ],
  [
    'progress-note',
    `Post-take ward round, Ward 12, bed [[MRN|9]]. [[PERSON|RAWCLIFFE, Edwin]], 67, NHS [[INSURANCE_ID|999 123 5620]]. Admitted [[DATE|20/11/2026]] with an upper GI bleed; OGD showed a clean-based duodenal ulcer. Hb stable at 96. Plan: PPI, H. pylori result pending, home tomorrow if stable. Seen with consultant Dr [[PERSON|Scullion]]; notes by [[PERSON|Tressa]] (SHO).`,
  ],
  [
    'progress-note',
    `Ward round — [[DATE|21/11/2026]]\n[[PERSON|Hemi Rauhihi]], 58M, NHI [[INSURANCE_ID|GND5319]], ward 7 bed [[MRN|3]]\nCellulitis L leg day 4 IV flucloxacillin; redness well inside the pen outline. Afebrile 36h.\nPlan: switch to oral, home [[DATE|22/11/2026]], district nurse for dressings. Wife [[PERSON|Pania]] aware.\nDr [[PERSON|Ngaio Prebble]]`,
  ],
  [
    'discharge',
    `DISCHARGE SUMMARY\nPatient: [[PERSON|Thaddeus Wojtaszek]] | MRN [[MRN|58206641]] | DOB [[DATE|09/14/1959]]\nAdmitted [[DATE|11/15/2026]] — Discharged [[DATE|11/21/2026]]\nDx: NSTEMI, s/p DES to LAD [[DATE|11/16/2026]].\nHome: [[ADDRESS|815 W Cortland Ave, Fresno, CA 93705]]\nMeds: aspirin 81, prasugrel 10, atorvastatin 80, metoprolol succinate 25.\nF/u: cardiology [[DATE|12/04/2026]] with Dr. [[PERSON|Bellefeuille]]; cardiac rehab referral sent.`,
  ],
  [
    'discharge',
    `After keyhole surgery on your knee: leave the bulky bandage on for 48 hours, then a light dressing. Use ice packs 20 minutes at a time. Take the painkillers regularly for the first three days. Ring the ward if the knee becomes hot, red or very swollen, or if you develop calf pain.`,
  ],
  [
    'discharge',
    `Discharge summary — [[DATE|20/11/2026]]. [[PERSON|Gisèle Lavigueur]], DOB [[DATE|1950-02-11]], OHIP [[INSURANCE_ID|2152-825-184]]-KL, [[ADDRESS|48 Chemin du Moulin, Hawkesbury ON K6A 1A5]]. Admitted [[DATE|14/11/2026]] with urosepsis (E. coli); treated with ceftriaxone then cephalexin to complete 10 days. Family physician Dr [[PERSON|Lucien Boisvenu]] to repeat creatinine in one week. Son [[PERSON|Bastian]] will stay with her for the first week.`,
  ],
  [
    'outpatient',
    `Dear Dr [[PERSON|Heathcote]]\nRe: [[PERSON|Thomasina Ellerby]], DOB [[DATE|17/08/1978]], NHS [[INSURANCE_ID|999 597 2905]]\n[[ADDRESS|Flat 3, 22 Mill Brow, Kendal LA9 4QT]]\nI saw Thomasina in the rheumatology clinic on [[DATE|19 November 2026]]. Her hands are much better on methotrexate 15 mg weekly; DAS28 has fallen to 3.1. I have asked her to continue folic acid and to have bloods every 12 weeks. We will see her again in [[DATE|May 2027]].\nYours sincerely, Dr [[PERSON|Mehreen Quddus]]`,
  ],
  [
    'outpatient',
    `Clinic note [[DATE|11/20/2026]] — [[PERSON|Dashiell Ortiz-Brannigan]], 44, MRN [[MRN|33071958]], Aetna member [[INSURANCE_ID|W219847335]]. Low back pain radiating to L calf for 6 weeks, positive SLR at 40°, EHL 4/5. MRI ordered; gabapentin 300 nightly; PT referral. Return in 4 weeks or sooner if bowel or bladder symptoms. — [[PERSON|Signe Holmgren]], PA-C`,
  ],
  [
    'outpatient',
    `Dr: Come in, have a seat. Just to confirm who I have, full name and birthday?\nPt: [[PERSON|Odhran Coughlan]], the [[DATE|2nd of March 1985]].\nDr: And you're still at [[ADDRESS|Ballybrack Road, Knocklyon, Dublin 16]]?\nPt: Moved last month, it's [[ADDRESS|12 Beechpark Lawn, Navan, Co. Meath C15 X2T7]] now.\nDr: Grand, I'll update that. How's the asthma?\nPt: Woke twice with it last week.\nDr: We'll step up your inhaler and see you after Christmas.`,
  ],
  [
    'outpatient',
    `Paediatric clinic — [[DATE|18/11/2026]]\n[[PERSON|Tegan Purcell-Holt]], 6, UR [[MRN|P4471930]], Medicare [[INSURANCE_ID|3048 35870 3]]\nRecurrent otitis media (5 episodes this year). Audiology: bilateral mild conductive loss. Plan: ENT referral for grommets. Mum [[PERSON|Kenna]] [[PHONE|0491 576 408]].\n— Dr [[PERSON|Lachlan Vesey]]`,
  ],
  [
    'referral',
    `Dear Colleague,\nRe: [[PERSON|Eleanor Stanbridge]] DOB [[DATE|28/04/1961]] NHS [[INSURANCE_ID|999 660 2478]]\n[[ADDRESS|19 Tanyard Close, Shaftesbury SP7 8JR]]\nPlease see this 65-year-old woman whose stools have been looser since the summer, with an Hb of 97 and ferritin of 6. FIT 142. Suspected colorectal cancer pathway.\nMobile [[PHONE|07700 900275]]. Dr [[PERSON|Crispin Ahenkorah]], Abbey View Surgery`,
  ],
  [
    'referral',
    `REFERRAL — Endocrinology\nPt: [[PERSON|Yesenia Carvajal]] | DOB [[DATE|06/30/1988]] | MRN [[MRN|71930562]]\nIns: Molina ID [[INSURANCE_ID|M0283716402]]\nPt address: [[ADDRESS|3390 Arroyo Seco Loop NW]]\n[[ADDRESS|Albuquerque, NM 87120]]\nReason: A1c 10.8% despite metformin 1000 bid + glipizide; please evaluate for insulin.\nPt cell [[PHONE|(505) 555-0167]]; office fax (505) 555-0100.\nReferring: [[PERSON|Wade Hollingshead]], FNP`,
  ],
  [
    'referral',
    `Referral to Renal Outpatients, [[DATE|19/11/2026]]: [[PERSON|Spiros Kyriakopoulos]], 77, Medicare [[INSURANCE_ID|5954 33306 1]], of [[ADDRESS|31 Wattlebird Court, Ringwood VIC 3134]]. eGFR has fallen from 41 to 29 over a year; urine ACR 48. On empagliflozin and perindopril. Daughter [[PERSON|Zenaida]] manages his medications, [[PHONE|0491 570 913]]. Dr [[PERSON|Fenella Draycott]], GP.`,
  ],
  [
    'handover',
    `NIGHT BOARD — 4 West — [[DATE|11/22/2026]]\nRm [[MRN|411]]  [[PERSON|OLABISI, Felicia]]  52  sickle crisis, PCA, O2 2L\nRm [[MRN|412]]  [[PERSON|BRANDSTETTER, Gus]]  [[AGE|91]]  delirium, sitter at bedside\nRm 413  empty, cleaning\nRm [[MRN|414]]  [[PERSON|BUSTAMANTE, Rosario]]  39  post-op day 1 chole, ambulating`,
  ],
  [
    'handover',
    `SBAR — [[DATE|23/11/2026]] 02:10\nS: Bed [[MRN|22]], [[PERSON|Cuthbert Tancock]], [[AGE|92]], new AF with rate 148.\nB: Admitted with pneumonia, on co-amoxiclav, DNACPR in place.\nA: BP 102/60, alert, no chest pain.\nR: Please review for rate control. Called by [[PERSON|Nasra]] (staff nurse), bleep 4410.`,
  ],
  [
    'handover',
    `(Transcribed ED handover) So, cubicle [[MRN|6]] is Mr [[PERSON|Entwhistle]], [[PERSON|Hedley]], forty-eight, chest pain, first trop negative, second due at four. Cubicle [[MRN|7]] is a little girl, [[PERSON|Paisley]], fell off the trampoline, X-ray shows a buckle fracture, Mum's with her. Cubicle 8 went up to the ward.`,
  ],
  [
    'handover',
    `Paeds ward handover, [[DATE|22/11/2026]] evening\nBay A bed [[MRN|1]] — [[PERSON|Alfie-Jay Uglow]], 3, bronchiolitis, high-flow weaned to 1 L; Mum resident.\nBay A bed 2 — empty.\nBay A bed [[MRN|3]] — "[[PERSON|Bubba]]" ([[PERSON|Ezekiel Mensah-Pryce]]), 7 months, gastroenteritis, NG fluids; Dad [[PERSON|Ebo]] staying tonight.\nSide room [[MRN|4]] — [[PERSON|Marnie Cottrill]], 14, DKA resolving, on subcut insulin from tea time.\nHanded over by [[PERSON|Eabha]] to [[PERSON|Remi]].`,
  ],
  [
    'nursing-note',
    `Nursing note [[DATE|11/21/2026]] 0340: Pt [[PERSON|Augustina Pellegrino]], rm [[MRN|627]], [[AGE|93]], found on the floor between bed and chair, bed alarm had been switched off. No head strike per pt. VS stable, no deformity, ROM full. Neuro checks q1h x4 initiated. Dr [[PERSON|Kvam]] notified 0350. Son [[PERSON|Rigoberto]] called and informed. — [[PERSON|Shirleen Tshabalala]], RN`,
  ],
  [
    'nursing-note',
    `DN home visit, Tuesday [[DATE|17 November 2026]]\n[[PERSON|Bryn Aberconway]], NHS [[INSURANCE_ID|999 458 9873]], [[ADDRESS|Flat 9, Maes Teg Court, Llandudno LL30 2HS]]\nVenous leg ulcer L gaiter, 4 x 3 cm, slough reduced. Cleansed, four-layer compression applied.\nNext visit: Friday [[DATE|20 November]].\n[[PERSON|Senara]] (DN)`,
  ],
  [
    'nursing-note',
    `Preventing falls at home: keep floors clear of rugs and wires, switch on a light when you get up at night, wear shoes with a closed heel, and perch on the side of the bed and count to sixty before you stand up. Tell your nurse if any of your tablets make you dizzy.`,
  ],
  [
    'lab-report',
    `COMPLETE BLOOD COUNT\nPatient: [[PERSON|RUSSO-KEENAN, BRIDGET]]  MRN: [[MRN|62083357]]  Room: [[MRN|318]]\nAccession: [[MRN|H26-327-00491]]  Collected: [[DATE|11/22/2026]] 05:45\nWBC 1.2 (L)  ANC 0.3 (CRIT)  Hgb 8.1  Plt 42\nCritical value called to [[PERSON|Maribel Echols]], RN at 06:12 by [[PERSON|T. Fujimori]], MLS`,
  ],
  [
    'lab-report',
    `Histopathology report. Lab no [[MRN|SP26-41175]]. Patient [[PERSON|Rupert Lavington]], hospital no [[MRN|K7739211]], DOB [[DATE|05/01/1954]]. Specimen: skin ellipse, left temple. Nodular basal cell carcinoma; all margins clear, the nearest (peripheral) at 2.1 mm. Reported by Dr [[PERSON|Ilse Vandermeulen]], [[DATE|20/11/2026]].`,
  ],
  [
    'lab-report',
    `Pathology — Episode [[MRN|26-8845172]]\n[[PERSON|Noreen Callinan]], [[AGE|90]], Medicare [[INSURANCE_ID|5199 75402 4]]\nCollected [[DATE|22/11/2026]]\nSodium 126 (L), Potassium 5.3, Urea 14.2, Creatinine 131\nPhoned to Dr [[PERSON|Bardsley]] 11:40.`,
  ],
  [
    'imaging-report',
    `CT ABDOMEN/PELVIS W CONTRAST — Acc [[MRN|CT2611220074]]\nPt: [[PERSON|Desmond Oberholzer]]  DOB [[DATE|02/17/1966]]  Exam date [[DATE|11/22/2026]]\nFindings: 9 mm obstructing calculus at R UVJ with moderate hydroureteronephrosis. No abscess.\nComparison: [[DATE|08/2024]].\nImpression: obstructing R distal ureteral stone.\nRead by [[PERSON|Anjali Mukherjee-Ross]], MD`,
  ],
  [
    'imaging-report',
    `MRI knee (left). RIS no [[MRN|RIS4408817]]. [[PERSON|Jocasta Verrall]], 29, NHS [[INSURANCE_ID|999 352 3828]]. Examined [[DATE|21/11/2026]]. Complete tear of the anterior cruciate ligament with bone bruising of the lateral femoral condyle; medial meniscus intact. Reported by Dr [[PERSON|Lekkas]].`,
  ],
  [
    'prescription',
    `OAK HOLLOW PHARMACY  (614) 555-0100\nRX# [[MRN|8841207]]   [[DATE|11/22/2026]]\n[[PERSON|STIDHAM, TRUDY]]\n[[ADDRESS|4420 EMBERWOOD LN, GROVE CITY, OH 43123]]\nNITROFURANTOIN MONO 100 MG CAP\nTAKE 1 CAPSULE BY MOUTH TWICE DAILY FOR 5 DAYS\nDR. [[PERSON|P. SJOBERG]]   QTY 10   REFILLS 0`,
  ],
  [
    'prescription',
    `TTO — [[DATE|22/11/2026]]\n[[PERSON|Horace Pimblett]], hosp no [[MRN|W0571846]], NHS [[INSURANCE_ID|999 541 0788]]\nApixaban 5 mg BD (new — DVT), 3 months, review [[DATE|February 2027]]\nParacetamol 1 g QDS PRN\nPrescriber: [[PERSON|Ewa Grabowska]] (FY2), bleep 2271. Pharmacist check: [[PERSON|Jasleen]].`,
  ],
  [
    'prescription',
    `E-PRESCRIPTION  Rx ID [[MRN|RX-1122-58031]]\nPatient: [[PERSON|Calvin Begaye]]  DOB [[DATE|10/09/1993]]\nMember ID [[INSURANCE_ID|IHS5107936]]\nSertraline 50 mg tab, 1 daily, #30, RF 2\nPrescriber: [[PERSON|Winona Etsitty]], PMHNP  [[DATE|11/20/2026]]`,
  ],
  [
    'consent',
    `CONSENT FOR PROCEDURE\nI, [[PERSON|Harriet Gatlin]], consent to colonoscopy with possible biopsy and polypectomy by Dr [[PERSON|Emmerich Stahl]]. I understand the small chances of bleeding, a tear in the bowel wall or a polyp being missed.\nPatient signature: [[PERSON|Harriet Gatlin]]  Date [[DATE|11/21/2026]]\nWitness: [[PERSON|Leticia Zografos]], RN`,
  ],
  [
    'consent',
    `Consent Form 4 — [[DATE|20/11/2026]]. [[PERSON|Millicent Wedlock]], [[AGE|96]], NHS [[INSURANCE_ID|999 233 1178]], lacks capacity to consent to a hip hemiarthroplasty. Best-interests decision made with her son [[PERSON|Geoffrey Wedlock]], who holds LPA for health and welfare ([[PHONE|07700 900448]]). Surgeon: Mr [[PERSON|Oluwaseun Okeke-Bright]].`,
  ],
  [
    'consent',
    `Consent — tonsillectomy — [[DATE|19/11/2026]]\nChild: [[PERSON|Indi Raptis]], 5, UR [[MRN|C2208436]]\nParent/guardian: [[PERSON|Talia Raptis]] (mother), [[PHONE|0491 579 052]]\nRisks discussed: bleeding (including secondary at day 5–10), pain, infection, damage to teeth.\nSurgeon: Dr [[PERSON|Rohan Chakravorty]]`,
  ],
  [
    'billing',
    `STATEMENT OF ACCOUNT — issued [[DATE|11/20/2026]]\nGuarantor: [[PERSON|Lionel Abernathy-Cruz]]   Acct [[MRN|A00731846]]\nSSN [[ID_CARD|987-65-4327]]\nMail to: [[ADDRESS|PO Box 1187, Bozeman, MT 59771]]\nPatient: [[PERSON|Skye Abernathy-Cruz]]   DOS [[DATE|10/28/2026]]–[[DATE|10/30/2026]]\nBalance due: $1,284.60\nPaid by Visa [[BANK_CARD|4423454252091673]]`,
  ],
  [
    'billing',
    `Invoice INV-77310 — [[DATE|21/11/2026]]\n[[PERSON|Cosmo Plumridge]], [[ADDRESS|2 Orchard Mews, Harrogate HG1 2RT]], [[EMAIL|cosmo.plumridge@example.co.uk]]\nConsultation and joint injection, [[DATE|14/11/2026]]: £310.00\nBupa membership [[INSURANCE_ID|BU78203317]]\nExcess paid by Mastercard [[BANK_CARD|5489229114644176]]`,
  ],
  [
    'billing',
    `TAX INVOICE — [[DATE|20/11/2026]]\nPatient: [[PERSON|Wilhelmina Sayers]]  Medicare [[INSURANCE_ID|3115 08039 1]]\nItem 23 consultation, Item 30071 biopsy: $214.00\nPaid: American Express [[BANK_CARD|370019578559124]]\nProvider no 2417893K  ABN 51 824 753 556`,
  ],
  [
    'online-consult',
    `[Telehealth chat, [[DATE|11/21/2026]]]\n[[ACCOUNT|mommaJ_briggs]]: hi, my son [[PERSON|Kashton]] started coughing like a seal around midnight\n[[PERSON|Renata Gumede]], NP: How old is he and is he struggling to breathe at rest?\n[[ACCOUNT|mommaJ_briggs]]: 2, DOB [[DATE|3/14/2024]]. no, only when crying\n[[PERSON|Renata Gumede]], NP: Sounds like croup. I'll send dexamethasone to your pharmacy.\nSession IP: [[IP|198.51.100.173]]`,
  ],
  [
    'online-consult',
    `Your video appointment is booked for Thursday [[DATE|26 November 2026]] at 10:20 with Dr [[PERSON|Farrant]]. Join here: [[URL|https://video.example.co.uk/join/hw9k2]]. Username [[ACCOUNT|bethan.aske]]. If you have problems, email [[EMAIL|bethan.aske@example.com]] from your registered address. Patient: [[PERSON|Bethan Aske]].`,
  ],
  [
    'online-consult',
    `New patient intake (virtual) — [[DATE|19/11/2026]]\nName: [[PERSON|Cheung Wai-lam]]  DOB [[DATE|1979-12-02]]\nHKID [[ID_CARD|K726454(2)]]  Passport [[PASSPORT|K09385126]]\nAddress: [[ADDRESS|1508-88 Harbour Street, Vancouver BC V6C 3C8]]\nPhone [[PHONE|(604) 555-0129]]  Email [[EMAIL|wlcheung@example.com]]\nSpouse: [[PERSON|Ho Siu-man]]. Arrived from Hong Kong [[DATE|August 2026]].\nLogin IP [[IP|203.0.113.194]]`,
  ],
  [
    'patient-message',
    `Subject: question about my mother's meds\nHi Dr. [[PERSON|Weisskopf]], my mother [[PERSON|Agnes Lindgren-Baptiste]] is [[AGE|98]] and since the new blood pressure pill she is dizzy every morning. She lives with me at [[ADDRESS|903 Chamisa Trail, Rapid City, SD 57702]]. Can you call me at [[PHONE|(605) 555-0152]]? Thanks, [[PERSON|Liesl]]`,
  ],
  [
    'patient-message',
    `From: [[EMAIL|perpetua.ezemadu@example.com]]\nTo: Outpatient Appointments\nDate: [[DATE|20 November 2026]]\nI'm writing to cancel my appointment on [[DATE|2 December]]. My details: [[PERSON|Perpetua Eze-Madu]], DOB [[DATE|11/03/1983]], NHS [[INSURANCE_ID|999 575 8660]], mobile [[PHONE|07700 900358]]. Please send a new date. Many thanks, [[PERSON|Pep]]`,
  ],
  [
    'patient-message',
    `Patient Relations, please read this. My father, [[PERSON|Gaston Lemieux]], [[AGE|93]], OHIP [[INSURANCE_ID|2515-291-405]], was left 14 hours in an ER hallway on [[DATE|November 15]]. Nobody offered him water until my sister [[PERSON|Ottilia]] asked. I expect a reply. [[PERSON|Réjean Lemieux]], [[ADDRESS|220 Rue Notre-Dame, Cornwall ON K6H 1B4]].`,
  ],
  [
    'family-chat',
    `"Nana's hip" 👵\n[[PERSON|Jazlyn]]: Surgery went fine!! she's in recovery\nMum: thank god. which ward?\n[[PERSON|Jazlyn]]: Ward 10, bed [[MRN|14]]. Visiting till 8\n[[PERSON|Bentley]]: I'll bring the car round, blue Corsa [[PLATE|YK19 WPD]]\nMum: @[[PERSON|Bentley]] bring her glasses, they're on the kitchen table`,
  ],
  [
    'family-chat',
    `[[PERSON|Esmeralda]]: Dad's cardiologist moved his appt to [[DATE|Dec 9]]\n[[PERSON|Rhett]]: I can drive him. my plates expired tho lol, taking mom's car [[PLATE|8KTR442]]\n[[PERSON|Esmeralda]]: ok. Dr [[PERSON|Bynum]] wants a fasting lipid panel first\nGrandpa: I'm [[AGE|90]] not deaf, I can read this chat`,
  ],
  [
    'sms-reminder',
    `Hi [[PERSON|Elfrida]], reminder of your smear test at Riverside Medical Centre on Mon [[DATE|30 Nov]] at 09:40 with nurse [[PERSON|Aldith]]. Reply C to cancel. Manage: [[URL|https://rmc.example.co.uk/appt]]`,
  ],
  [
    'sms-reminder',
    `Reminder: free seasonal flu jabs this Saturday 9am–1pm at the practice, no appointment needed. Bring your NHS app or letter if you have one.`,
  ],
  [
    'thyroid-clinic',
    `Thyroid clinic — [[DATE|19/11/2026]]\n[[PERSON|Araminta Colclough]], 38, hospital no [[MRN|T6603158]], NHS [[INSURANCE_ID|999 602 7929]]\nGraves' disease, relapsed 6 months after stopping carbimazole. TRAb 9.2. Eyes: mild lid retraction, CAS 1.\nOptions of radioiodine or surgery talked through; she has chosen an operation. Carbimazole with levothyroxine (block and replace) until then.\nListed for total thyroidectomy, provisional [[DATE|January 2027]]. Copy to GP Dr [[PERSON|Rountree]].`,
  ],
  [
    'thyroid-clinic',
    `Thyroid FNA clinic, [[DATE|11/20/2026]]: [[PERSON|Xiomara Blalock]], 52, MRN [[MRN|90472261]]. 2.3 cm TI-RADS 4 nodule R lobe, US-guided FNA x3 passes; specimen [[MRN|FNA26-3318]]. Results to patient via portal user [[ACCOUNT|xblalock52]]. Husband [[PERSON|Filiberto]] drove. — [[PERSON|Bettina Forsberg]], MD`,
  ],
  [
    'epilepsy-clinic',
    `First seizure clinic — [[DATE|18/11/2026]]\n[[PERSON|Finnian Mullarkey]], 23, of [[ADDRESS|5 Ferrybridge Row, Goole DN14 5AQ]], NHS [[INSURANCE_ID|999 069 5482]], hospital no [[MRN|N2290754]]\nWitnessed generalised tonic-clonic seizure [[DATE|7 November]] after a night without sleep. EEG: generalised spike-wave. MRI booked.\nTold to stop driving and to let the DVLA know; girlfriend [[PERSON|Raonaid]] shown recovery position.\nDr [[PERSON|Lorcan Cosgrave]], epilepsy fellow`,
  ],
  [
    'epilepsy-clinic',
    `Epilepsy clinic f/u [[DATE|11/19/2026]]. [[PERSON|Jazmine Whitcomb]], 17, MRN [[MRN|45029183]], JME on levetiracetam 750 bid, seizure-free since [[DATE|03/2026]]. Myoclonus only with sleep deprivation. Discussed valproate avoidance. Mom [[PERSON|Trina Whitcomb]] ([[PHONE|(317) 555-0184]]) asks about driver's permit: eligible after 6 months seizure-free. — Dr. [[PERSON|Wimberly]]`,
  ],
  [
    'tcm-clinic',
    `Acupuncture clinic — [[DATE|17/11/2026]]\n[[PERSON|Lettice Juxon]], 54, hospital no [[MRN|AC40197]]\nChronic neck pain, session 4 of 6. Points GB20, GB21, SI3, LI4; needles retained 20 min. Pain score 7 → 4.\nNext session [[DATE|24/11/2026]]. Practitioner: [[PERSON|Wen Jiaxin]]`,
  ],
  [
    'tcm-clinic',
    `Chinese medicine consultation, [[DATE|21/11/2026]]. [[PERSON|Paige Trethowan]], 31, of [[ADDRESS|6 Grevillea Way, Fremantle WA 6160]], Medicare [[INSURANCE_ID|2091 15550 3]]. Irregular cycles since stopping the pill; tongue pale, pulse thin. Herbal formula for 2 weeks (Si Wu Tang base). Advised to tell her GP Dr [[PERSON|Szczesny]] about the herbs. Practitioner [[PERSON|Zhao Lihua]].`,
  ],
  [
    'proctology-clinic',
    `Colorectal clinic — anorectal — [[DATE|11/20/2026]]\n[[PERSON|Leopold Hatchett]], 46, MRN [[MRN|77310946]], Cigna [[INSURANCE_ID|U62940185]]\nPainful fissure posterior midline 10 weeks, failed diltiazem ointment.\nPlan: botulinum toxin injection under sedation [[DATE|12/08/2026]]. Stool softener.\n[[PERSON|Kavitha Raghunath]], MD`,
  ],
  [
    'proctology-clinic',
    `Haemorrhoid banding: what to expect. You may feel a dull ache for a day or two; paracetamol helps. A little bleeding around day 7–10, when the band falls off, is normal. Avoid straining, drink plenty of water and add fibre to your diet. Seek help for heavy bleeding, fever or difficulty passing urine.`,
  ],
  [
    'fever-clinic',
    `GOPC fever clinic, [[DATE|21/11/2026]]\n[[PERSON|Lam Ka-yee]], F, 41, HKID [[ID_CARD|E509752(9)]]\nFever 38.7, sore throat, myalgia 2 days. Rapid flu A positive.\nOseltamivir 75 mg bid 5 days. Sick leave [[DATE|21/11/2026]]–[[DATE|23/11/2026]].\nSeen by Dr [[PERSON|Tsang Chi-hung]]. Husband [[PERSON|Yip Tak-wing]] to collect medicine.`,
  ],
  [
    'fever-clinic',
    `Respiratory & Fever Clinic — [[DATE|22/11/2026]]\n[[PERSON|Brodie Dromey]], 27, Medicare [[INSURANCE_ID|6622 91248 4]]\n[[ADDRESS|11 Corella Close, Townsville QLD 4814]]\nFever 39.0, cough, headache 3 days; RAT negative, PCR sent (lab no [[MRN|QP26-559031]]).\nIsolate until results. Results by SMS to [[PHONE|0491 573 619]].\nNurse: [[PERSON|Oaklynn]]  Doctor: [[PERSON|Yusuf Sandford]]`,
  ],
];

export function generateDeidHoldout30(): LabelledRecord[] {
  return holdoutRecords('h30', zh, en);
}

export const DEID_HOLDOUT_30_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/labelled/deid-holdout-30.jsonl',
);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const records = generateDeidHoldout30();
  writeFileSync(DEID_HOLDOUT_30_PATH, renderJsonl(records));
  console.log(`wrote ${records.length} records to ${DEID_HOLDOUT_30_PATH}`);
}
