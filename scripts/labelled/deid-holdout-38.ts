import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { holdoutRecords, type LabelledRecord, renderJsonl } from './generate-deid.ts';

/**
 * The ROUND-38 fresh held-out de-identification set (data/labelled/deid-holdout-38.jsonl): hand-written
 * snippets with hand-placed spans, marked inline as [[TYPE|text]] (parseMarked strips the marks and
 * records UTF-16 offsets). Written by a separate annotator who did not read the recognizer code and
 * never ran a recognizer on these snippets; it must not be used to adjust the recognizers.
 *
 * About four fifths are the everyday documents of a general hospital and the messages of its patients
 * (admission, progress and discharge notes, outpatient notes and dialogues, referrals, handovers,
 * nursing notes, lab and imaging reports, prescriptions and labels, consent, billing papers, online
 * consultations, patient messages, family chats and SMS reminders), in new wording; a fifth come from
 * settings no earlier round listed as a genre: venesection (therapeutic phlebotomy) clinics,
 * bronchiectasis clinics, clubfoot (Ponseti) clinics and kidney-stone clinics.
 *
 * Identifiers are synthetic: resident IDs carry a valid GB 11643 check character and a region code, sex
 * digit and birth date consistent with the text (15-digit IDs likewise), the Taiwan ID and the Hong Kong
 * identity card their check character, the South African ID number its Luhn digit, the Irish PPSN its
 * check letter, bank cards a valid Luhn digit, NHS numbers are in the 999 test range with their
 * modulus-11 digit, the Scottish CHI number starts with the birth date and passes its modulus-11 digit,
 * the Australian Medicare numbers pass their check digit, the British Columbia PHN its modulus-11 digit,
 * the NZ NHIs their check digit, the US MBI follows the published character pattern. Phones are random
 * mainland (and Taiwan, Hong Kong, Malaysian, South African, Malawian and NZ) numbers or fictional ranges
 * (North American 555-01xx, UK 07700 900xxx, Australian 0491 57x xxx); mail and web hosts are example.*;
 * IP addresses come from the documentation ranges.
 *
 * Span conventions are those stated in data/labelled/deid-holdout-37.card.yaml; the decisions new in
 * this round are stated in data/labelled/deid-holdout-38.card.yaml.
 */
const zh: Array<[string, string]> = [
  [
    'admission',
    `心血管内科入院记录\n患者[[PERSON|端木秀英]]，女，[[AGE|93]]岁，汉族，退休中学教师。住院号[[MRN|98063582]]，CCU [[MRN|5]]床。\n身份证号：[[ID_CARD|320106193301158189]]\n现住址：[[ADDRESS|江苏省南京市鼓楼区宁海路街道琅琊路17号2幢301室]]\n因“反复胸闷10年，加重伴夜间不能平卧3天”于[[DATE|2026-11-21]] 15:20由儿子[[PERSON|端木立群]]陪同步行入院。院外自服可达龙0.2g每日一次、呋塞米20mg每日一次，近一周漏服数次。\n入院查体：血压152/88mmHg，双肺底湿啰音，双下肢凹陷性水肿。BNP 2860pg/ml，心电图示心房颤动，心室率118次/分。\n联系人电话（子）：[[PHONE|13312349534]]`,
  ],
  [
    'admission',
    `入院登记卡\n姓名：[[PERSON|阿卜杜克热木·沙比尔]]　性别：男　民族：维吾尔族\n年龄：[[AGE|91]]岁　出生日期：[[DATE|1935年6月2日]]\n证件号码：[[ID_CARD|650102350602287]]\n住址：[[ADDRESS|乌鲁木齐市天山区延安路街道和平巷7号院3号楼2单元501]]\n收住科室及日期：泌尿外科，[[DATE|11月19日]]\n门诊号：[[MRN|MZ2251690]]　住院号：[[MRN|8103998]]\n联系人：[[PERSON|古丽娜尔·阿卜杜克热木]]（女儿）　[[PHONE|13270531312]]\n入院诊断：前列腺增生伴急性尿潴留（N40），急诊已留置导尿，引出尿液800ml；慢性肾脏病3期`,
  ],
  [
    'admission',
    `儿科入院记录（摘要）：患儿[[PERSON|吴米花]]，女，侗族，2岁4月，出生日期[[DATE|2024-07-09]]，身份证号[[ID_CARD|522633202407092824]]。因“发热3天，抽搐1次”于[[DATE|11月22日]]凌晨由父亲[[PERSON|吴成才]]、母亲[[PERSON|潘美英]]抱来急诊，后收入儿科[[MRN|16]]床，住院号[[MRN|E187344]]。抽搐表现为双眼上翻、四肢抖动，持续约2分钟自行缓解，发作时体温39.6℃。体重12kg，予布洛芬混悬液5ml口服。家住[[ADDRESS|贵州省从江县高增乡小黄村三组]]，父亲手机[[PHONE|15503937978]]。初步诊断：热性惊厥（单纯型）？急性上呼吸道感染。`,
  ],
  [
    'progress-note',
    `[[DATE|2026-11-22]]　主任医师查房记录\n今日[[PERSON|令狐明远]]主任医师查房：患者[[PERSON|亓翠兰]]，[[AGE|94]]岁，入院第5天。体温已降至37.2℃，咳痰较前减少，仍诉食欲差，进食约平日一半。复查血常规WBC 9.8×10^9/L，PCT 0.21ng/ml，较前明显下降。\n主任意见：哌拉西林/他唑巴坦 4.5g、每8小时一次，用满7天后评估降阶梯；请营养科会诊；鼓励床旁坐起，防跌倒。已向患者孙女[[PERSON|阚思雨]]交代病情，其表示理解。\n记录人：[[PERSON|帅晓宇]]`,
  ],
  [
    'progress-note',
    `[[DATE|11月23日]] 10:30　病程记录\n患者[[PERSON|乌力吉图]]，男，蒙古族，[[AGE|90]]岁，[[MRN|22]]床，急性脑梗死静脉溶栓后第3天。NIHSS由入院9分降至5分，右上肢肌力3级，右下肢4-级，言语较前清楚。今日复查头颅CT未见出血转化。\n妻子[[PERSON|斯琴图雅]]诉昨夜患者躁动、拔扯输液管，已予约束带保护并签署告知书。\n上级医师[[PERSON|包海军]]副主任医师指示：阿司匹林100mg+氯吡格雷75mg双抗21天，阿托伐他汀40mg qn；明日开始床旁康复训练。`,
  ],
  [
    'progress-note',
    `抢救记录\n[[DATE|2026年11月20日]] 02:15，患者[[PERSON|皇甫春生]]（[[AGE|96]]岁，住院号[[MRN|3526338]]）突发意识丧失，心电监护示心室颤动。值班医师[[PERSON|晏子涵]]立即行胸外按压，双相200J电除颤1次后恢复窦性心律，约4分钟后意识转清。急查血钾6.1mmol/L，予10%葡萄糖酸钙10ml静推、胰岛素+葡萄糖静滴、碳酸氢钠125ml静滴。02:40电话通知侄女[[PERSON|皇甫若楠]]（[[PHONE|13788203522]]），家属约20分钟后到院，再次沟通后选择转入ICU。`,
  ],
  [
    'discharge',
    `出院记录\n姓名：[[PERSON|金鑫]]　性别：男　年龄：[[AGE|90]]岁\n住院号：[[MRN|1805685]]　医保卡号：[[INSURANCE_ID|WH4201210679258]]\n住院：[[DATE|2026.11.09]] 至 [[DATE|2026.11.21]]\n出院诊断：1.慢性阻塞性肺疾病急性加重 2.Ⅱ型呼吸衰竭 3.高血压病2级\n出院带药：噻托溴铵粉吸入剂18μg qd；布地格福吸入气雾剂2揿 bid\n出院医嘱：家庭氧疗1–2L/min，每日不少于15小时；戒烟；[[DATE|12月5日]]呼吸科门诊复诊（[[PERSON|邝建华]]主任）。\n住址（家）：[[ADDRESS|湖北省武汉市青山区红卫路街道钢城五街12号4栋1单元602]]`,
  ],
  [
    'discharge',
    `出院小结：[[PERSON|覃美莲]]，壮族，女，[[AGE|92]]岁，身份证[[ID_CARD|451021340816442]]，[[DATE|11月10日]]因咳嗽、发热入院，至[[DATE|11月20日]]好转出院，诊断为社区获得性肺炎，合并2型糖尿病。住院期间予头孢曲松2g qd抗感染10天，空腹血糖控制在6–8mmol/L。出院后回[[ADDRESS|百色市田阳区头塘镇联坡村坡洪屯12号]]居住，由儿子[[PERSON|黄振南]]照顾，二甲双胍0.5g bid继续服用，一周后请村卫生室[[PERSON|农]]医生复测血糖并听诊肺部。`,
  ],
  [
    'discharge',
    `出院小结（简）　[[PERSON|夏侯秀珍]]　女　[[AGE|97]]岁　住院号[[MRN|XA459807]]；住院时间[[DATE|2026/11/06]]—[[DATE|2026/11/20]]；医保编号[[INSURANCE_ID|9887P377069231]]；诊断：尿路感染、低钠血症（血钠由119升至133mmol/L）；出院后由女儿[[PERSON|鞠红梅]]照护，住[[ADDRESS|西安市碑林区东关南街道兴庆路36号院5号楼3层东户]]；家中座机[[PHONE|029-21605323]]；[[DATE|11月27日]]社区复查电解质，限水每日1500ml以内。`,
  ],
  [
    'outpatient',
    `消化内科门诊记录（[[DATE|11月20日]]）\n姓名：[[PERSON|金秀妍]]（护照姓名[[PERSON|KIM SOOYEON]]）　女　43岁　韩国籍\n护照号：[[PASSPORT|M68623782]]　门诊号：[[MRN|7469183069]]\n联系电话：[[PHONE|13898149073]]\n主诉：反酸、烧心2月，夜间平卧加重。\n胃镜（[[DATE|11月18日]]）：反流性食管炎（LA-A级），Hp快速尿素酶试验阴性。\n处理：艾司奥美拉唑肠溶片 20mg、每日2次，共8周；抬高床头，睡前3小时不进食；[[DATE|2027年1月15日]]复诊。\n医师：[[PERSON|殷实]]`,
  ],
  [
    'outpatient',
    `（老年科门诊问诊）\n医：老人家叫什么名字？\n家属：[[PERSON|郗桂荣]]，我是她孙子，叫[[PERSON|郗浩然]]。\n医：今年多大了？\n家属：[[AGE|95]]，明年四月就[[AGE|96]]了。\n医：身份证号报一下。\n家属：[[ID_CARD|14010519310407906X]]。\n医：现在住哪儿？\n家属：[[ADDRESS|小店区坞城路北园小区9号楼]]，我跟她住一块儿。\n医：主要哪里不舒服？\n家属：这几天老说头晕，[[DATE|18号]]早上起床差点摔倒，血压量了是98/56。`,
  ],
  [
    'outpatient',
    `門診紀錄　[[DATE|115年11月20日]]　眼科\n病歷號碼：[[MRN|91017868]]　姓名：[[PERSON|游淑惠]]　性別：女\n身分證字號：[[ID_CARD|B284357740]]　出生日期：[[DATE|21年3月8日]]（[[AGE|94]]歲）\n健保卡號：[[INSURANCE_ID|0000 7879 9639]]\n地址：[[ADDRESS|臺中市北屯區崇德路二段88巷5號3樓]]　手機：[[PHONE|0941-853-320]]\nS：右眼白內障術後第4週，視物清楚，偶有異物感。\nO：VA OD 0.8，OS 0.3；IOP OD 14 mmHg，OS 16 mmHg；前房安靜。\nP：停用類固醇眼藥水；左眼白內障排[[DATE|116年1月]]手術。\n主治醫師：[[PERSON|紀文彬]]`,
  ],
  [
    'referral',
    `双向转诊单（下转）\n患者：[[PERSON|泽仁卓玛]]　女　[[AGE|90]]岁　藏族\n身份证：[[ID_CARD|513321193602110421]]\n现住：[[ADDRESS|成都市武侯区浆洗街街道洗面桥横街15号附2号]]\n诊断：高血压病3级（极高危）；慢性心力衰竭（NYHA Ⅱ级），病情稳定。\n转诊目的：转社区卫生服务中心规律随访，每周测血压、体重。\n目前用药：沙库巴曲缬沙坦钠片 50mg 每日两次，琥珀酸美托洛尔 23.75mg，一天一次，螺内酯 20mg 每日一次。\n家属：女婿[[PERSON|欧珠]]，电话[[PHONE|18591509702]]\n转出医师：[[PERSON|巫丽娟]]　转出：[[DATE|11月23日]]`,
  ],
  [
    'referral',
    `上转申请：[[PERSON|马玉兰]]，回族，女，[[AGE|93]]岁，身份证[[ID_CARD|640324193305199525]]，住[[ADDRESS|宁夏同心县豫海镇清真大寺巷21号]]。今晨6时许家属发现其左侧肢体无力、言语不清，县医院头颅CT（检查号[[MRN|CT5579254]]）示右侧基底节区出血约18ml，GCS 12分，血压196/104mmHg，予乌拉地尔降压后仍在170/95mmHg左右。门诊号[[MRN|826814546]]。因本院无神经外科，申请转上级医院。儿子[[PERSON|马国忠]]陪同，手机[[PHONE|18791456705]]，家属自驾车辆[[PLATE|宁C·2K709]]随救护车同行。转诊医师[[PERSON|杨文斌]]　[[DATE|2026年11月23日]]　科室电话[[PHONE|0953-6439771]]`,
  ],
  [
    'referral',
    `康复转介单\n患者：[[PERSON|尉迟德胜]]，男，[[AGE|90]]岁，住院号[[MRN|43270811]]\n[[DATE|10月28日]]行右额颞慢性硬膜下血肿钻孔引流术，术后复查CT血肿基本清除。目前GCS 15分，Barthel指数35分，左侧肢体肌力4级，饮水试验3级，需肢体及吞咽康复训练。\n妻子[[PERSON|桂玉珍]]（电话[[PHONE|18175324958]]）同意转院。影像及病历资料已由主治医师[[PERSON|钟离悦]]发送，如有疑问请回复[[EMAIL|zhongli.yue.nsurg@example.cn]]。\n转介日期：[[DATE|2026年11月24日]]`,
  ],
  [
    'handover',
    `内分泌科夜班交班\n1. [[MRN|3]]床 [[PERSON|佘桂香]] [[AGE|92]]岁 DKA纠正中，胰岛素泵4U/h，血糖每小时测一次，最近一次14.2mmol/L，血钾3.6，尿酮+。\n2. [[MRN|7]]床 [[PERSON|呼延志刚]] 68岁 低血糖昏迷已醒，血糖最低2.1mmol/L，现静滴10%葡萄糖，格列美脲已停。\n3. [[MRN|11]]床 新入 [[PERSON|尼玛卓嘎]] 藏族 女 52岁 甲亢危象待排，心率132次/分，普萘洛尔已口服，明早查甲功。\n4. 15床 空床，备急诊。\n值班医生：[[PERSON|仉]]医生（二线）\n交班：[[PERSON|缑丽]]　接班：[[PERSON|逄婷婷]]`,
  ],
  [
    'handover',
    `（夜班口头交班，录音转写）好，从[[MRN|十二]]床开始。[[MRN|十二]]床[[PERSON|冼]]阿婆，[[AGE|九十三]]岁，肺部感染，今晚体温最高三十八度二，抽了血培养，头孢曲松已经上了。[[MRN|十四]]床那个留学生，[[PERSON|Chinedu Ibeabuchi]]，尼日利亚来的，疟疾治疗第三天，血涂片还没出，明早再抽一次。十五床昨天下午出院了，还空着。[[MRN|十七]]床[[PERSON|梁]]…[[PERSON|梁淑贞]]，[[AGE|九十一]]，上消化道出血已经止住，血红蛋白七十八，今早输了两个单位红细胞。最后[[MRN|二十]]床[[PERSON|郭]]伯，尿管今天下午拔了，要盯他自己解小便。`,
  ],
  [
    'handover',
    `手术患者交接单\n科室：骨科　床号：[[MRN|加1]]　住院号：[[MRN|7079116]]\n姓名：[[PERSON|上官淑芬]]　性别：女　年龄：[[AGE|91]]岁\n手术日：[[DATE|11月23日]]　术式：左股骨粗隆间骨折闭合复位髓内钉内固定术\n麻醉方式：腰硬联合＋髂筋膜阻滞\n术中出血200ml，输悬浮红细胞1U；留置尿管、左前臂留置针各一；切口敷料干燥。\n带回：术中影像片2张，剩余抗生素1袋。\n家属：丈夫[[PERSON|祁守仁]]在三楼等候区。\n交出者：[[PERSON|宓欣然]]（手术室）　接收者：[[PERSON|蓝晓彤]]（病房）`,
  ],
  [
    'nursing-note',
    `一般护理记录　日期 [[DATE|2026/11/21]]\n患者：[[PERSON|禚秀云]]　[[AGE|95]]岁　床号[[MRN|28]]　住院号[[MRN|97626315]]\n08:00 神清，T 36.8℃，P 86次/分，BP 138/74mmHg，SpO2 95%（鼻导管2L/min）。骶尾部皮肤完整。签名：[[PERSON|苟晓燕]]\n12:00 午餐进半流质约150ml，无呛咳，协助翻身叩背。儿媳[[PERSON|田慧芳]]陪护。签名：[[PERSON|苟晓燕]]\n16:30 诉腹胀，未解大便3天，报告[[PERSON|韦]]医生，遵医嘱予乳果糖15ml口服。签名：[[PERSON|揭雨萱]]`,
  ],
  [
    'nursing-note',
    `居家护理服务记录（PICC维护）：服务对象[[PERSON|雷金凤]]，畲族，女，[[AGE|90]]岁，身份证[[ID_CARD|331102360304100]]，住[[ADDRESS|浙江省丽水市莲都区老竹畲族镇黄泥岭村34号]]。[[DATE|11月22日]]上门，右上臂PICC外露5cm，臂围26cm，穿刺点无红肿渗液，予更换透明敷贴及正压接头，冲管顺利。女儿[[PERSON|蓝美华]]在场，已教其每日观察臂围，电话[[PHONE|13822700298]]。下次维护[[DATE|11月29日]]。护士：[[PERSON|钟秀芸]]`,
  ],
  [
    'nursing-note',
    `压力性损伤风险评估（Braden）　评估时间：[[DATE|11月20日]]\n患者[[PERSON|暴玉芝]]，女，[[AGE|99]]岁，[[MRN|31]]床。感知2分、潮湿2分、活动1分、移动2分、营养2分、摩擦力和剪切力1分，总分10分，属高危。骶尾部见2cm×3cm压红，指压不褪色（1期）。\n措施：气垫床，每2小时翻身并记录，骶尾部贴泡沫敷料，床头抬高不超过30°。已向护工[[PERSON|甄]]阿姨示范翻身方法。\n评估护士：小[[PERSON|邝]]`,
  ],
  [
    'lab-report',
    `动脉血气分析报告\n姓名：[[PERSON|陈佩兰]]　性别：女　年龄：[[AGE|97]]岁\n病历号：[[MRN|493653898]]　床号：RICU-[[MRN|4]]　标本号：[[MRN|BG48011346]]\n采集：[[DATE|2026/11/23]] 06:10　报告：06:32\n吸氧浓度：FiO2 35%\npH 7.21↓　PaCO2 78mmHg↑　PaO2 62mmHg　HCO3⁻ 30.6mmol/L　Lac 1.4mmol/L\n危急值：pH、PaCO2，06:35已电话通知[[PERSON|仇]]医生\n检验者：[[PERSON|郁晨]]　审核者：[[PERSON|冷秋实]]`,
  ],
  [
    'lab-report',
    `空腹采血须知：①抽血前一天晚餐清淡，晚上10点后不再进食，可少量饮白开水；②空腹8–12小时为宜，超过16小时可能影响血糖、血脂结果；③抽血时间为早上7:30—9:30；④平时服用的降压药可用少量水送服，降糖药和胰岛素请在抽血后再用；⑤抽血后按压针眼3–5分钟，不要揉；⑥有晕血史请提前告诉护士，可平卧抽血。`,
  ],
  [
    'lab-report',
    `微生物检验报告（尿培养）\n姓名：[[PERSON|路平安]]　性别：男　住院号：[[MRN|5253118]]　标本号：[[MRN|8728938717]]\n标本：中段尿　送检日期：[[DATE|11-19]]　报告日期：[[DATE|11-22]]\n培养结果：大肠埃希菌，菌落计数＞10万CFU/ml；产ESBL\n药敏：美罗培南 S（MIC≤0.25）；阿米卡星 S（MIC≤2）；哌拉西林/他唑巴坦 S（MIC 8）；头孢曲松 R（MIC≥64）；左氧氟沙星 R（MIC≥8）\n送检医生：[[PERSON|任一鸣]]　检验：[[PERSON|汤沐晴]]　审核：[[PERSON|戈振华]]`,
  ],
  [
    'imaging-report',
    `胸部CT平扫报告\n姓名：[[PERSON|费守礼]]　男　[[AGE|92]]岁　影像号：[[MRN|CT2611130759]]　住院号：[[MRN|95807907]]\n检查时间 [[DATE|2026.11.22]]\n影像表现：双肺透亮度增高，右肺下叶后基底段见斑片状实变影，内见支气管充气征；左侧胸腔少量积液，最大深度约1.8cm。主动脉及冠状动脉钙化。纵隔内无肿大淋巴结。\n诊断意见：1.右肺下叶肺炎，建议治疗后复查；左侧少量胸腔积液；肺气肿。\n报告医师：[[PERSON|边志远]]　审核医师：[[PERSON|宁晓霞]]`,
  ],
  [
    'imaging-report',
    `床旁超声心动图报告：[[PERSON|太叔]]奶奶（[[PERSON|太叔淑媛]]，女，[[AGE|100]]岁），[[MRN|9]]床，住院号[[MRN|12343050]]。与[[DATE|2026-10-30]]老片比较：左室射血分数由55%降至38%，左室下壁及后壁运动减低，主动脉瓣钙化伴中度狭窄（峰值流速3.6m/s），二尖瓣少量反流，下腔静脉内径2.2cm、吸气塌陷率＜50%。检查者：[[PERSON|樊心怡]]；报告审核：[[PERSON|程]]主任。`,
  ],
  [
    'imaging-report',
    `DR检查报告｜门诊号 [[MRN|2036162308]]｜检查号 [[MRN|DR5551412]]｜姓名 [[PERSON|沙马阿支]]｜女｜27岁｜彝族｜检查日期 [[DATE|2026.11.21]]｜检查部位 左腕关节正侧位｜所见：左桡骨远端骨皮质连续性中断，断端向背侧成角约15°，关节面未受累；尺骨茎突完整｜印象：左桡骨远端骨折（Colles型）｜报告医师 [[PERSON|阿西拉哈]]`,
  ],
  [
    'prescription',
    `医保门诊处方笺\n处方号：[[MRN|739720600217]]　费别：医保　医保卡号：[[INSURANCE_ID|430DM9003374]]\n门诊号：[[MRN|309102127]]　姓名：[[PERSON|蔺淑琴]]　性别：女　年龄：[[AGE|91]]岁\n临床诊断：焦虑状态；高脂血症\nRp：氟哌噻吨美利曲辛片（黛力新）10.5mg×20片　1片 qd 早餐后\n　　阿托伐他汀钙片20mg×28片　1片 qn\n医师：[[PERSON|沈星辰]]　审核：[[PERSON|庞立伟]]　调配：[[PERSON|昝丽娜]]　核对/发药：[[PERSON|庞立伟]]\n开方：[[DATE|2026年11月23日]]`,
  ],
  [
    'prescription',
    `中药代煎配送单｜门诊号 [[MRN|8446829764]]｜处方号 [[MRN|ZY659518580]]｜患者 [[PERSON|柯志雄]]｜剂数 7剂，每剂煎2袋，每袋200ml｜处方：党参12g 炙黄芪20g 炒白术10g 当归9g 茯苓12g 陈皮6g 炙甘草5g｜收件人 [[PERSON|柯陈玉燕]]（妻）｜收件地址 [[ADDRESS|福建省泉州市丰泽区东海街道通港西街168号7栋1203室]]｜手机 [[PHONE|18645489633]]｜医师 [[PERSON|涂]]｜预计送达 [[DATE|11月25日]]`,
  ],
  [
    'prescription',
    `硝酸甘油片使用说明：胸痛发作时立即坐下或半卧，舌下含服1片（0.5mg），不要吞服；5分钟不缓解可再含1片，最多连用3片；15分钟内仍不缓解或出汗、呼吸困难，请立即拨打120。药片应放在原装棕色瓶中避光保存，开封后每3个月更换一次。含服后可能出现头胀、面红、心慌，属常见反应。服用西地那非、他达拉非期间禁用。`,
  ],
  [
    'consent',
    `手术同意书（摘录）\n患者：[[PERSON|晁德福]]　男　[[AGE|94]]岁　住院号：[[MRN|21318092]]\n拟行手术：超声引导下经皮经肝胆囊穿刺置管引流术（PTGBD）\n术前诊断：急性结石性胆囊炎；冠心病，心功能Ⅲ级，评估不能耐受全麻下胆囊切除。\n主要风险：出血、胆汁漏、导管脱落或堵塞、感染加重，必要时需再次穿刺或中转手术。\n患者本人听力差，委托儿子签字。\n被委托人：[[PERSON|晁卫东]]　与患者关系：父子　证件号码：[[ID_CARD|360102196208278333]]　电话：[[PHONE|180 8258 2545]]\n签署：[[DATE|2026/11/22]] 16:45\n谈话医师：[[PERSON|聂海波]]`,
  ],
  [
    'consent',
    `无创呼吸机辅助通气知情同意书：患者[[PERSON|牛宝山]]，男，[[AGE|90]]岁，[[MRN|6]]床，因慢阻肺急性加重、Ⅱ型呼吸衰竭（PaCO2 72mmHg）拟行无创通气，初始参数S/T模式，IPAP 14cmH2O，EPAP 5cmH2O，后备频率14次/分。使用中可能出现面部压伤、胃胀气、误吸、人机不协调，如病情加重需气管插管。患者妻子[[PERSON|柴秀英]]（身份证[[ID_CARD|130203370916456]]）已知情并同意，签字时间[[DATE|2026-11-21]] 21:10。医师：[[PERSON|苑东升]]`,
  ],
  [
    'consent',
    `麻醉知情同意书\n患者姓名：[[PERSON|钟美琪]]　性别：女　年龄：56岁　住院号：[[MRN|8569308]]\n身份证号：[[ID_CARD|440304197003128823]]　联系电话：[[PHONE|18314362765]]\n拟施手术：腹腔镜下全子宫切除术　拟施麻醉：全身麻醉（气管插管）\nASA分级：Ⅱ级；哮喘病史，近一年未发作，术晨携带沙丁胺醇气雾剂入手术室。\n可能的风险：呼吸道损伤、术中知晓、术后恶心呕吐、药物过敏、支气管痉挛等。\n患者签名：[[PERSON|钟美琪]]（[[DATE|11月23日]]）\n麻醉医师：[[PERSON|谌立新]]（同日）`,
  ],
  [
    'billing',
    `门诊退费申请单\n患者：[[PERSON|付强]]　门诊号：[[MRN|4277594612]]　医保卡号：[[INSURANCE_ID|4139197043C964]]\n退费项目：[[DATE|11月19日]]已缴未做的上腹部增强CT（个人自付386.40元）\n退费原因：肾功能异常（肌酐186μmol/L），经[[PERSON|岑]]医生评估后取消检查。\n医保统筹部分原路退回；个人部分退至申请人银行卡。\n开户人：[[PERSON|付强]]　身份证号：[[ID_CARD|410105195811023617]]\n银行卡号：[[BANK_CARD|6217 0015 5331 6696 344]]\n申请于[[DATE|11月20日]]　经办收费员：[[PERSON|邬佳]]`,
  ],
  [
    'billing',
    `住院费用结算清单（自费）\n姓名：[[PERSON|黎志強]]　证件类型：港澳居民来往内地通行证　证件号码：[[PASSPORT|H23373642]]\n住院号：[[MRN|4624045]]　入院时间 [[DATE|2026/11/14]]　出院时间 [[DATE|2026/11/21]]\n结算流水号 20261121-0417　发票号 0093712648\n总费用：23,816.50元　预交金：20,000.00元　应补缴：3,816.50元\n联系电话：[[PHONE|+852 6152 9041]]\n收费员：[[PERSON|詹]]　结算时间 10:52`,
  ],
  [
    'billing',
    `大病救助申请表\n申请人（患者）：[[PERSON|者春花]]　女　45岁\n身份证号：[[ID_CARD|532501198106058661]]\n家庭住址：[[ADDRESS|云南省红河州个旧市卡房镇田心村委会新寨村45号]]\n疾病情况：急性髓系白血病，[[DATE|2026年9月]]确诊，已完成2个疗程化疗，医保报销后自付约8.6万元。\n收款账户：农村信用社 [[BANK_CARD|6229919209718734888]]　户名：[[PERSON|杨正华]]（丈夫）\n村委会经办人：[[PERSON|李文昌]]　联系电话：[[PHONE|19135629902]]\n申请日期：[[DATE|2026年11月18日]]`,
  ],
  [
    'online-consult',
    `互联网医院图文问诊记录\n问诊单号：[[MRN|WZ583224426918]]　提问用户：[[ACCOUNT|xiaoyu_0915]]　登录地址 [[IP|198.51.100.112]]\n实名就诊人：[[PERSON|昌永福]]　男　[[AGE|91]]岁　身份证：[[ID_CARD|360403193502093339]]\n用户：我爸这两天脚踝肿得厉害，按下去有个坑，一直吃着氨氯地平10mg，跟这个有关系吗？\n[[PERSON|訾]]医生：氨氯地平较常引起踝部水肿，剂量大时更明显。但还要排除心衰、肾功能下降、下肢静脉血栓等原因，建议近期到门诊查血常规、肾功能、BNP和下肢静脉彩超，在医生评估前不要自行停药；如出现气促、夜间不能平卧，请直接去急诊。`,
  ],
  [
    'online-consult',
    `（视频复诊录音整理）\n医生：您好，我是内分泌科[[PERSON|揭]]医生，先核对一下，请报姓名和身份证号。\n患者：我叫[[PERSON|杭素琴]]，身份证[[ID_CARD|330106194807211705]]。\n医生：好的。您[[DATE|11月16日]]查的糖化血红蛋白是7.9%，比[[DATE|8月]]那次的7.1%高了。\n患者：最近老伴住院，我两头跑，饭也没按时吃。我女儿[[PERSON|范一诺]]在旁边，让她跟您说。\n医生：二甲双胍加到0.85g，每日两次随餐吃，[[DATE|12月下旬]]再抽血复查。复诊号[[MRN|FZ652969450]]，到时候点短信里的链接[[URL|https://hlw.example.cn/v/i4tkhy]]进来就行。`,
  ],
  [
    'online-consult',
    `线上续方申请｜就诊人 [[PERSON|乔德旺]]，[[AGE|93]]岁｜代办人 孙子[[PERSON|乔一帆]]，微信号 [[ACCOUNT|qiaoyf-1998]]｜续方药品：左甲状腺素钠片50μg×100片；门冬胰岛素注射液（笔芯）300U×5支｜配送地址 [[ADDRESS|哈尔滨市南岗区学府路74号院11栋2单元402]]｜手机 [[PHONE|15983097053]]｜提交IP [[IP|198.51.100.156]]｜提交于[[DATE|11月22日]] 20:17｜审方药师 [[PERSON|鲍思远]]`,
  ],
  [
    'patient-message',
    `[[PERSON|隗]]医生您好，打扰了。我是[[DATE|11月12号]]在您这儿看过病的[[PERSON|尚秀梅]]的女儿，我妈今年[[AGE|92]]，门诊号[[MRN|993873571]]。她吃了您开的多奈哌齐5mg，这几天晚上老做噩梦，还拉肚子，一天三四次，要不要停？另外想问下次能不能约[[DATE|12月3号]]上午，她下午容易犯困。我电话[[PHONE|17686488037]]，您方便时回个电话，谢谢！`,
  ],
  [
    'patient-message',
    `病历复印申请书\n本人[[PERSON|巩存信]]，身份证号[[ID_CARD|370602196604286457]]，曾于[[DATE|2026年10月8日]]至[[DATE|10月19日]]在贵院普外科住院（住院号[[MRN|67663896]]）。因商业保险理赔需要，申请复印入院记录、手术记录、病理报告及出院记录各一份。本人在外地工作，委托妻子[[PERSON|辛晓红]]（身份证号[[ID_CARD|370602196901137300]]）代为办理。复印件请邮寄至[[ADDRESS|山东省烟台市芝罘区只楚路18号3号楼1单元701室]]，联系电话[[PHONE|15551141046]]。\n申请人：[[PERSON|巩存信]]\n[[DATE|2026年11月20日]]`,
  ],
  [
    'patient-message',
    `【小程序意见反馈】反馈人：[[PERSON|时雨]]（就诊卡号[[MRN|5853887981]]）\n内容：[[DATE|11月21日]]上午给外婆[[PERSON|焦凤兰]]（[[AGE|90]]岁）预约骨密度检查，系统要求老人本人刷脸，老人在家无法操作；改用我的身份证[[ID_CARD|210202199608305587]]认证又提示“非本人”，连续三次失败。希望增加家属代约功能。请把处理结果发到[[EMAIL|shiyu_feedback@example.cn]]，麻烦了。`,
  ],
  [
    'family-chat',
    `【相亲相爱一家人】(9)\n大舅：@[[PERSON|阿乐]] 明早谁送外婆去复查？\n[[PERSON|阿乐]]：我送，八点到外婆家楼下，开我那台白色的[[PLATE|湘A·7Q52E]]\n二姨：外婆的医保卡在我这，我直接去医院门口等你们\n[[PERSON|阿乐]]：好，挂的是[[PERSON|龚]]主任的号，[[DATE|11月25日]]上午第6号\n大舅：外婆[[AGE|94]]了，上下楼要人扶，你别一个人，喊上[[PERSON|大头]]\n[[PERSON|大头]]：收到🙏 我请了半天假`,
  ],
  [
    'family-chat',
    `孙辈小群\n[[PERSON|朵儿]]：奶奶这次住院押金又要交5000，我先垫了，大家AA吧\n[[PERSON|朵儿]]：转这张卡 [[BANK_CARD|6228 4875 2831 3601 786]]（农行，户名[[PERSON|王朵]]）\n[[PERSON|王晟睿]]：收到。护工[[PERSON|麦]]姐电话多少？想问问奶奶昨晚睡得怎么样\n[[PERSON|朵儿]]：[[PHONE|18070489666]]，她晚上九点以后不接电话\n[[PERSON|小鱼儿]]：医院刚才让补奶奶身份证复印件，谁拍一下？\n[[PERSON|王晟睿]]：[[ID_CARD|430202193003012400]] 原件在我这，明天带去\n[[PERSON|小鱼儿]]：奶奶都[[AGE|96]]了，这次肺炎好了以后别再让她一个人住了`,
  ],
  [
    'family-chat',
    `【3病区 [[MRN|38]]床家属群】\n[[ACCOUNT|wxid_7k2m9q4p1x]]：请问今天几点可以探视？\n护士长[[PERSON|蒲]]：下午3点到5点，每次限一人，请戴口罩。\n[[PERSON|平安是福]]：[[PERSON|蒲]]护士长，我爸（[[MRN|38]]床[[PERSON|甘来旺]]）早上说胸口闷，医生看过了吗？\n护士长[[PERSON|蒲]]：做了心电图，[[PERSON|芮]]医生看过，和前天比没有变化，别担心。\n[[ACCOUNT|wxid_7k2m9q4p1x]]：我是[[MRN|38]]床的外孙，外公[[AGE|91]]了，耳背，麻烦说话大声点😂\n[[PERSON|平安是福]]：谢谢大家照顾`,
  ],
  [
    'sms-reminder',
    `【消化内镜中心】尊敬的[[PERSON|公冶静]]女士：您已预约[[DATE|12月2日]]（周三）08:30无痛胃镜检查，检查号[[MRN|WJ74087300]]。请于检查前一日晚10点后禁食禁水，携带身份证及近期心电图，须有成年家属陪同，检查后6小时内请勿驾车。如需改约，请在医院公众号“我的预约”中操作。`,
  ],
  [
    'sms-reminder',
    `【门诊通知】元旦假期（1月1日—1月3日）门诊安排：1月1日仅开放急诊及发热门诊；1月2日、3日上午开放内科、外科、儿科、妇产科普通门诊，专家门诊停诊；自1月4日起门诊恢复正常。透析病人按原排班治疗。节假日就诊请提前通过官方公众号预约，祝您新年安康。`,
  ],
  [
    'sms-reminder',
    `【市二院】[[PERSON|仲]]先生，您在心内科[[PERSON|宗文涛]]医生处的复诊时间为[[DATE|2026-11-30]] 14:00，就诊卡号[[MRN|4954147065]]。请携带近一个月的家庭血压记录。导航及候诊进度：[[URL|https://fuzhen-erh.example.cn/q/xf2bw8a2]]`,
  ],
  [
    'venesection-clinic',
    `静脉放血治疗单（血液科）\n姓名：[[PERSON|蒯振国]]　男　67岁　门诊号：[[MRN|836672998]]\n诊断：真性红细胞增多症（JAK2 V617F阳性）\n[[DATE|2026-11-20]]　治疗前：Hb 192g/L，HCT 56%，PLT 486×10^9/L，BP 142/86mmHg\n放血400ml（肘正中静脉，16G针），同步补生理盐水500ml，过程顺利，无头晕、心悸。\n目标：HCT＜45%；阿司匹林100mg qd，羟基脲0.5g bid。\n下次放血：[[DATE|11月27日]]（复查血常规后决定）\n治疗护士：[[PERSON|滕佳怡]]　医师：[[PERSON|诸葛屹]]`,
  ],
  [
    'venesection-clinic',
    `高原病科门诊：[[PERSON|才让东智]]，男，藏族，49岁，牧民，长期居住于海拔4200米的玛多县。身份证[[ID_CARD|632626197705140853]]，现暂住[[ADDRESS|西宁市城东区八一路街道康宁巷21号3单元102]]。头痛、头晕、口唇发绀2年，Hb 238g/L，HCT 71%，SpO2 82%（未吸氧）。临床诊断：高原红细胞增多症（慢性高原病）。[[DATE|11月21日]]行静脉放血300ml并等量补液，建议尽量移居低海拔地区，每月复查血常规。电话[[PHONE|15829075673]]。医师：[[PERSON|韩守业]]`,
  ],
  [
    'venesection-clinic',
    `遗传性血色病随访登记卡｜姓名 [[PERSON|瞿立言]]｜男｜58岁｜身份证 [[ID_CARD|310110196801039633]]｜基因检测编号 [[MRN|GT63186645]]（HFE基因未见C282Y，TFR2基因复合杂合变异，[[DATE|2026年3月]]报告）｜首次放血 [[DATE|2026-04-02]]｜铁蛋白 412μg/L（基线1850μg/L），转铁蛋白饱和度 46%｜方案：每2周放血400ml，目标铁蛋白50–100μg/L，放血前Hb须≥120g/L｜妻子 [[PERSON|卞静]]｜电话 [[PHONE|15291478121]]｜下次 [[DATE|12/08]]`,
  ],
  [
    'bronchiectasis-clinic',
    `支气管扩张症专病门诊随访\n[[DATE|2026年11月19日]]　门诊号：[[MRN|3423425772]]\n患者[[PERSON|莘秀兰]]，女，71岁，双肺弥漫性支气管扩张20余年。近一年急性加重3次（住院1次），痰培养铜绿假单胞菌（近两次均阳性，最近一次[[DATE|10月30日]]）。BSI评分11分（重度），FEV1 1.12L（占预计值52%）。\n处理：妥布霉素吸入溶液300mg bid，28天用/28天停；振荡呼气正压装置每日2次、每次15分钟；已接种流感及肺炎球菌疫苗。\n气道廓清训练：呼吸治疗师[[PERSON|迪丽拜尔]]\n下次随访：[[DATE|2027年2月]]`,
  ],
  [
    'bronchiectasis-clinic',
    `支气管动脉栓塞术后电话随访：患者[[PERSON|俞秋生]]，男，[[AGE|93]]岁，住院号[[MRN|48900001]]，因支气管扩张伴咯血（24小时约300ml）于[[DATE|11月6日]]行支气管动脉栓塞术（DSA号[[MRN|DSA570945]]），[[DATE|11月12日]]出院。今日电话随访，接听者为女儿[[PERSON|俞晨曦]]（[[PHONE|17717635546]]）：出院后未再咯血，偶有痰中带血丝，胸背部隐痛已消失。嘱继续口服氨溴索30mg tid，如一次咯血超过50ml立即急诊。随访护士：[[PERSON|邢雅楠]]　[[DATE|2026-11-23]]`,
  ],
  [
    'bronchiectasis-clinic',
    `家用雾化器租赁及上门指导登记\n租用人：[[PERSON|阮长根]]（[[AGE|92]]岁）　医保卡号：[[INSURANCE_ID|8272298108]]\n送达地址：[[ADDRESS|上海市浦东新区三林镇灵岩南路1288弄14号602室]]\n联系人：儿子[[PERSON|阮建平]]　[[PHONE|130-2138-9984]]\n雾化方案：3%高渗盐水4ml bid，雾化前先吸沙丁胺醇2喷；面罩用后清洗晾干，每周煮沸消毒一次。\n上门日期：[[DATE|11月24日]]下午　指导人：[[PERSON|楼嘉怡]]`,
  ],
  [
    'clubfoot-clinic',
    `马蹄内翻足（Ponseti）门诊记录\n患儿：[[PERSON|牛犇犇]]　男　出生日期：[[DATE|2026-08-30]]　门诊号：[[MRN|123854511]]\n双侧先天性马蹄内翻足，今日（[[DATE|11月20日]]）第5次更换石膏。Pirani评分：左1.5分、右2分（初诊时左5.5分、右6分）。踝背伸仍不足10°，计划[[DATE|11月27日]]局麻下行经皮跟腱切断术，术后长腿石膏固定3周，再改穿足外展支具。\n母亲：[[PERSON|马晓芸]]　电话：[[PHONE|15370358101]]\n医师：[[PERSON|闻人杰]]`,
  ],
  [
    'clubfoot-clinic',
    `足外展支具随访：患儿[[PERSON|韦梓萱]]，女，壮族，1岁2个月，身份证[[ID_CARD|450103202509118161]]（办理医保登记用）。[[DATE|2025年12月]]完成经皮跟腱切断，目前足外展支具夜间及午睡穿戴（每日12–14小时），外展70°、背伸15°。父亲[[PERSON|韦国力]]诉近两周孩子夜里反复踢掉支具，已指导调整鞋带松紧及鞋内衬垫。家住[[ADDRESS|南宁市青秀区中山街道桃源路52号之3]]。下次复诊[[DATE|2027年3月]]，届时评估独走步态。`,
  ],
  [
    'clubfoot-clinic',
    `足外展支具（丹尼斯-布朗支具）穿戴须知：1.拆除最后一次石膏后的3个月内，每天穿戴23小时，仅洗澡时脱下；之后改为夜间和午睡时穿戴，一般坚持到4–5岁。2.先穿棉袜，脚跟必须完全贴到鞋底，可从鞋后小孔查看。3.刚开始孩子会哭闹，多数一周内适应，可以让孩子双腿同时踢蹬玩耍。4.出现水疱、红肿或破皮请暂停穿戴并尽快复诊。5.连接杆长度约与双肩同宽，请勿自行调整角度。`,
  ],
  [
    'kidney-stone-clinic',
    `泌尿系结石成分分析报告\n姓名：[[PERSON|喻大海]]　男　[[AGE|90]]岁\n标本号：[[MRN|SA57127585]]　送检科室：泌尿外科　住院号：[[MRN|67272825]]\n标本来源：经尿道膀胱结石碎石取石术　送检：[[DATE|2026年11月17日]]\n方法：红外光谱法\n结果：尿酸（无水）85%，一水草酸钙15%\n建议：以尿酸结石为主，可口服枸橼酸氢钾钠颗粒碱化尿液，维持尿pH 6.2–6.8；限制高嘌呤饮食；每日饮水2500ml以上。\n检测者：[[PERSON|司徒嘉颖]]　出报告：[[DATE|11月19日]]`,
  ],
  [
    'kidney-stone-clinic',
    `结石专病门诊｜[[DATE|2026.11.23]]｜患者 [[PERSON|鲜于志勇]]｜男｜44岁｜证件号 [[ID_CARD|500106198206238232]]｜医保卡号 [[INSURANCE_ID|86DS10439849]]｜左输尿管上段结石0.9cm，[[DATE|11月9日]]行体外冲击波碎石（冲击2500次，能量12kV），今日KUB示碎片已排至输尿管下段｜24小时尿：尿量1.4L，尿钙7.9mmol，尿草酸0.52mmol，尿枸橼酸1.1mmol｜建议每日饮水2.5–3L，低盐饮食，坦索罗辛0.2mg qn助排石；[[DATE|2027年5月]]复查泌尿系超声｜手机 [[PHONE|18749536260]]｜医师 [[PERSON|弓]]`,
  ],
  [
    'kidney-stone-clinic',
    `肾结石患者饮食建议：每天喝水2.5–3升，尿色保持淡黄；少吃咸菜、腌肉，每天盐不超过5克；草酸钙结石患者少吃菠菜、苋菜、浓茶和坚果，菠菜焯水后再吃可去掉大部分草酸；不必刻意少喝牛奶、少吃豆制品，正常摄入钙反而能减少肠道对草酸的吸收；尿酸结石患者少吃动物内脏、海鲜和浓肉汤，不喝啤酒；遵医嘱服用枸橼酸钾，定期复查尿常规和泌尿系超声。`,
  ],
];
const en: Array<[string, string]> = [
  [
    'admission',
    `H&P — General Medicine admission\nName: [[PERSON|Wendell Two Bulls]]   DOB: [[DATE|03/14/1933]]   Age: [[AGE|93]]   MRN: [[MRN|44606791]]\nRoom [[MRN|5112]]   Admitted [[DATE|11/22/2026]] 23:40 via ED\nAddress: [[ADDRESS|418 Cottonwood Street, Rapid City, SD 57701]]\nInsurance: Medicare, MBI [[INSURANCE_ID|6F52-YE8-DC53]]\nCC: fever and new confusion x 2 days.\nHPI: Lakota-speaking elder, lives alone; daughter [[PERSON|Verna Two Bulls]] (cell [[PHONE|(605) 555-0197]]) found him drowsy and incontinent this evening. Temp 39.1 C, HR 112, BP 94/58. WBC 17.2, lactate 3.4, UA nitrite positive.\nPlan: sepsis bundle, 30 mL/kg crystalloid, blood cultures x2, ceftriaxone 1 g IV q24h; delirium precautions in place.\nAttending physician: Dr. [[PERSON|Ingrid Fjellstad]]`,
  ],
  [
    'admission',
    `Acute Receiving Unit — clerking [[DATE|21/11/26]] 02:10\nName: Mrs [[PERSON|Morag Pitcaithly]]   CHI: [[INSURANCE_ID|0809309106]]   Age: [[AGE|96]]\nAddress: [[ADDRESS|Flat 2/1, 27 Dumbreck Avenue, Glasgow G41 5NJ]]\nPC: found on the floor by her evening carer, unable to get up; long lie estimated 6 h.\nO/E: alert, AMT 8/10, bruised R hip, no shortening. CK 1,860; creatinine 142 (baseline 88). X-ray hip: no fracture.\nImp: long lie with rhabdomyolysis; AKI (stage 1).\nNOK: son [[PERSON|Euan Pitcaithly]] [[PHONE|07700 900075]]\nGP: Dr [[PERSON|Nirmala Wijeratne]]\nClerked by [[PERSON|R. Cruikshank]] (FY2), bleep 4471`,
  ],
  [
    'admission',
    `Medical admission — Ward 4B\n[[PERSON|Stavroula Katsaros]] ([[AGE|93]] y, F)   URN [[MRN|240464]]   Medicare [[INSURANCE_ID|5879 98598 2]]\nAddress: [[ADDRESS|Unit 4, 19 Letitia Street, North Hobart TAS 7000]]\nCame in on [[DATE|22/11/2026]] with spreading cellulitis around a chronic L lateral leg ulcer and hyperactive delirium (4AT 6).\nGreek-speaking; interpreter [[PERSON|Eleni Vrettos]] booked for the morning ward round.\nNOK: daughter [[PERSON|Despina Mavros]] [[PHONE|0491 570 110]]\nPlan: IV cefazolin 2 g q8h, wound swab, delirium bundle, avoid new sedatives.\nAdmitting registrar: Dr [[PERSON|Oluwaseun Fagbemi]]`,
  ],
  [
    'progress-note',
    `Daily note (HD#3) — [[DATE|11/23/2026]]\nPt: [[PERSON|Ruth Ann Bisbee]], [[AGE|94]]F, Rm [[MRN|612]]\nS: Slept better. Husband [[PERSON|Orval]] stayed overnight. Eating half of meals.\nO: T 37.0, HR 78, BP 118/64, SpO2 94% on 2 L. Cr 1.4 (from 2.1). Na 134.\nA/P: 1) Pyelonephritis — improving on cefepime; narrow to cefpodoxime once sensitivities are back. 2) AKI — resolving, continue holding lisinopril. 3) Deconditioning — PT ([[PERSON|Marisol Dorantes]], DPT) recommends SNF; family prefers home with services. Family meeting [[DATE|11/25]] 2 pm.\n— [[PERSON|J. Obiechie]], MD`,
  ],
  [
    'progress-note',
    `Post-take ward round — Sat [[DATE|21 Nov]]\nBed [[MRN|14]], Bay C. Mrs [[PERSON|Hope Nwakaego]], [[AGE|97]], admitted [[DATE|20/11]] with vomiting and Na 124.\nNow tolerating fluids, Na 129 this am. On sertraline since [[DATE|August]] — likely SIADH contributor; sertraline held, fluid restrict 1 L.\nDaughter [[PERSON|Ronke]] aware and agrees. Aim discharge [[DATE|24/11]] if Na > 130 and mobilising with frame.\nConsultant: Dr [[PERSON|Ailsa Kerrigan]]. Scribe: [[PERSON|YV]] (FY1)`,
  ],
  [
    'progress-note',
    `Internal Medicine progress note — [[DATE|2026-11-22]]\n[[PERSON|Florence Bighetty]], [[AGE|91]], PHIN [[INSURANCE_ID|988199737]], room [[MRN|314]]\nCree speaker; granddaughter [[PERSON|Shania Moose]] interpreting by phone.\nDiabetic foot infection L 2nd toe, probe-to-bone negative; X-ray no osteomyelitis. Day 4 IV cefazolin, erythema receding. A1c 9.8%. Insulin glargine increased to 14 units.\nPlan: oral cephalexin to complete 14 days; foot care teaching with granddaughter; medevac flight home booked [[DATE|Nov 26]], nursing station follow-up.\n— [[PERSON|A. Lameman]], NP`,
  ],
  [
    'discharge',
    `DISCHARGE SUMMARY\nPatient: [[PERSON|Dolores Aguirre-Baca]]   DOB: [[DATE|1931-07-30]]   MRN: [[MRN|6112377]]\nAdmitted: [[DATE|2026-11-15]]   Discharged: [[DATE|2026-11-21]]\n[[AGE|95]]-year-old woman with NSTEMI; conservative management chosen because of frailty and her own wishes; HFpEF.\nMeds: aspirin 81 mg daily; clopidogrel 75 mg daily x 12 months; metoprolol XL 25 mg once daily; atorvastatin 80 mg nightly.\nDischarged home with son [[PERSON|Rafael Aguirre]], [[ADDRESS|2207 Calle Ocotillo, Tucson, AZ 85713]], [[PHONE|520-555-0196]]\nFollow-up: Dr. [[PERSON|Benedikt Kühnel]] (cardiology) [[DATE|12/03/2026]]\nDictated by [[PERSON|K. Almqvist]], PA-C`,
  ],
  [
    'discharge',
    `Dear Dr [[PERSON|Ffion Penhale]],\nRe: Mr [[PERSON|Gwilym Pengilly]], DOB [[DATE|02.05.1934]], NHS No. [[INSURANCE_ID|999 402 8448]]\n[[ADDRESS|Ty Gwyn, 3 Heol y Nant, Llandeilo SA19 6AX]]\nAdmitted [[DATE|13.11.2026]], discharged [[DATE|20.11.2026]].\nThis [[AGE|92]]-year-old gentleman presented with profuse diarrhoea two weeks after co-amoxiclav; stool C. difficile toxin positive. He was treated with oral fidaxomicin 200 mg bd (course ends [[DATE|23.11.2026]]). His PPI has been stopped. Please recheck U&E in one week; creatinine peaked at 168.\nYours sincerely,\nDr [[PERSON|Sorcha Geach]], ST6 Gastroenterology`,
  ],
  [
    'discharge',
    `Discharge summary — [[DATE|19 November 2026]]\nPatient: [[PERSON|Bríd Ní Chonghaile]]   MRN: [[MRN|6768849]]   PPSN: [[ID_CARD|5722731L]]\nAddress: [[ADDRESS|Cnoc na Gréine, An Spidéal, Co. na Gaillimhe H91 X2P4]]\nAge [[AGE|91]]. Admitted [[DATE|11/11/2026]] with a fall and a new left pubic ramus fracture, managed non-operatively.\nMobilising with a rollator and one assist; home with increased home-support hours from [[DATE|23/11/2026]].\nAnalgesia: paracetamol 1 g qds, oxycodone 2.5 mg prn (max 4 doses/day), laxatives.\nGP: Dr [[PERSON|Colm Ó Flaithearta]]   Daughter: [[PERSON|Máire Uí Chadhain]]`,
  ],
  [
    'outpatient',
    `Geriatrics Clinic — [[DATE|November 20, 2026]]\n[[PERSON|Thaddeus Ohanaka]], DOB [[DATE|01/09/1936]], MRN [[MRN|80290893]]\n[[AGE|90]]-year-old man seen with his home aide [[PERSON|Precious Mbah]] for dizziness and two falls.\nOrthostatic BP 138/76 lying → 112/64 standing. Stopped Lyrica 75 mg (dizziness); continue Allegra 180 mg as needed for hay fever. Tamsulosin moved to bedtime.\nPlan: home PT referral, compression stockings, recheck orthostatics.\nReturn [[DATE|February 2027]].\n— Dr. [[PERSON|Hannelore Gottschalk]]`,
  ],
  [
    'outpatient',
    `Cardiology clinic letter, seen [[DATE|18 November 2026]]\nHospital No: [[MRN|E605482]]   NHS: [[INSURANCE_ID|999 161 3838]]\nMrs [[PERSON|Parveen Naqvi]], DOB [[DATE|11/04/1951]], [[ADDRESS|14 Belgrave Terrace, Bradford BD8 7RT]]\nParoxysmal AF on Holter (burden 18%), CHA2DS2-VASc 4, HAS-BLED 1. Echo: LVEF 55%, LA 4.3 cm.\nStarted apixaban 5 mg bd and bisoprolol 2.5 mg od. Review in [[DATE|May 2027]].\ncc GP: Dr [[PERSON|Tobias Honeysett]]\nDr [[PERSON|Yusuf Bamalli]], Consultant Cardiologist`,
  ],
  [
    'outpatient',
    `Medical Outpatient Clinic — [[DATE|20/11/2026]]\nName: [[PERSON|Nurul Ain binti Zakaria]]   MyKad: [[ID_CARD|680417-10-4892]]   RN: [[MRN|5361820]]\nAddress: [[ADDRESS|No. 23, Jalan Mawar 4, Taman Sri Rahmat, 43000 Kajang]], Selangor\nTel: [[PHONE|+60 12-186 8404]]\n58F, T2DM for 12 years, HbA1c 8.4% (from 7.6%). Often skips metformin 1 g bd because of bloating — switched to metformin XR 1 g od with the evening meal. Seen with husband [[PERSON|Rosli bin Hamzah]].\nTCA [[DATE|19/02/2027]] with HbA1c and lipids.\nDr [[PERSON|Kavitha Annamalai]]`,
  ],
  [
    'referral',
    `REFERRAL — Nephrology\nPatient: [[PERSON|Cornelius Brouwersma]], DOB [[DATE|6/2/1934]], [[AGE|92]] y/o M\n[[ADDRESS|77 Pleasant Ridge Road]]\n[[ADDRESS|Holland, MI 49423]]\nInsurance: Humana MA plan — member ID [[INSURANCE_ID|H99291351]]\nReason: eGFR decline 38 → 24 over 9 months; K 5.6; proteinuria (UACR 410 mg/g). Please advise re CKD 4 care and goals.\nReferring: [[PERSON|Nkechi Odinaka]], FNP   Phone [[PHONE|(616) 555-0180]]   Fax [[PHONE|(616) 555-0112]]\nDate: [[DATE|11/20/26]]`,
  ],
  [
    'referral',
    `e-Referral — ENT (routine)\nUBRN: [[MRN|6629 2492 4568]]\nPatient: Ms [[PERSON|Lowri Mathias]], DOB [[DATE|30/07/1988]], NHS [[INSURANCE_ID|999 447 8664]]\nAddress: [[ADDRESS|Flat 6, Glanmor Court, Sketty Road, Swansea SA2 0LN]]\nMobile: [[PHONE|07700 900705]]\nReason: left-sided tinnitus and hearing loss over 4 months; audiogram [[DATE|12/11/2026]] shows a 25 dB asymmetry at 2–4 kHz. Please consider MRI IAMs.\nReferrer: Dr [[PERSON|Gareth Duthie]], [[DATE|19/11/2026]]`,
  ],
  [
    'referral',
    `Referral to Health of Older People service\nPatient: [[PERSON|Losaline Taufahema]], [[AGE|92]], NHI [[INSURANCE_ID|PRT6671]]\nAddress: [[ADDRESS|318 Puketotara Road, RD 3, Te Awamutu 3873]]\nLives with her daughter [[PERSON|Sela]] and family; Tongan-speaking.\nProgressive memory decline over 18 months, now getting lost in the village and forgetting meals. MoCA (with interpreter) 14/30. B12, TSH normal; CT head: generalised atrophy.\nDaughter's mobile: [[PHONE|021 337 2123]]\nGP: Dr [[PERSON|Hemi Tukaki]], [[DATE|20 Nov 2026]]`,
  ],
  [
    'handover',
    `Night handoff (I-PASS), 19:00\nRm [[MRN|402]] — [[PERSON|Ezekiel Swimmer]], [[AGE|95]]. WATCHER. Upper GI bleed, Hgb 7.4 after 2 units; pantoprazole drip; EGD in am. If melena recurs or HR > 110: type & cross 2 more, call GI fellow.\nRm [[MRN|409]] — [[PERSON|Yolanda Montelongo]]. Stable. Pyelo on ceftriaxone, home tomorrow.\nRm 411 — discharged this afternoon, empty.\nRm [[MRN|415]] — Mr [[PERSON|Tran Van Hieu]]. Aspiration pneumonia. DNR/DNI per daughter [[PERSON|Thuy]] (HCP). Comfort-focused if worsens.\nHandoff from [[PERSON|Cato Hedlund]] (R2) to [[PERSON|Ifeoma Ekechukwu]] (R1)`,
  ],
  [
    'handover',
    `Ward 22 — Bay B, late shift 23/11\nBed [[MRN|1]] — [[PERSON|Winifred Snowball]], [[AGE|98]]. NBM from midnight for OGD. Confused at night, 1:1 bay watch.\nBed 2 — empty (discharged 14:00).\nBed [[MRN|3]] — Mr [[PERSON|Bashir Aden Guleid]], Somali-speaking, son [[PERSON|Liban]] interprets. Post-TURP, catheter to come out at 06:00.\nBed [[MRN|4]] — Mrs [[PERSON|Joy Littleproud]]. High falls risk (Morse 65); sensor mat on.\nSide room [[MRN|5]] — Mr [[PERSON|Leszek Wojciechowski]], C. diff, enteric precautions, stool chart.\nHanded over by [[PERSON|Dapo]] to [[PERSON|Gudrun]]`,
  ],
  [
    'handover',
    `ICU bed [[MRN|7]] — ISBAR\nI: [[PERSON|Cedric Pepperell]], [[AGE|90]], URN [[MRN|6177446]]\nS: Day 2 after emergency laparotomy and Hartmann's ([[DATE|21/11]]) for perforated sigmoid diverticulitis.\nB: AF on apixaban (held), COPD.\nA: Noradrenaline 0.06 mcg/kg/min, weaning; lactate 1.8; urine 0.4 mL/kg/h; epidural T10 at 6 mL/h; stoma pink.\nR: wife [[PERSON|Verlie]] visiting at 10:00; goals-of-care meeting with Dr [[PERSON|Anjali Palaniappan]] [[DATE|24/11]]. Handed over by RN [[PERSON|Josh Whitebread]] to RN [[PERSON|Mele Vake]].`,
  ],
  [
    'nursing-note',
    `Nursing Note — [[DATE|11/22/2026]] 03:25\nPt [[PERSON|Gertrude Ahlquist]], [[AGE|95]], Rm [[MRN|3207]]: discovered seated on the floor next to the bed after the bed alarm sounded. Denies hitting head; no new pain; full ROM all extremities. BP 132/70, HR 84, SpO2 96% RA, BG 142. Dr. [[PERSON|Villaluz]] notified 03:35 — no imaging needed, neuro checks q1h x4. Daughter [[PERSON|Karin Ahlquist-Berg]] updated by phone at 07:00. Fall mat placed, hourly rounding.\n— [[PERSON|T. Attakai]], RN`,
  ],
  [
    'nursing-note',
    `District Nursing — visit Mon [[DATE|23 Nov]]\nPatient: [[PERSON|Ernest Blackshaw]], [[AGE|94]], NHS [[INSURANCE_ID|999 500 6073]]\n[[ADDRESS|Rose Cottage, 2 Chapel Lane, Hebden Bridge HX7 8AB]] — key safe 4812.\nL gaiter venous ulcer 4 x 3 cm, moderate serous exudate, no odour. Cleansed, Urgotul, compression re-bandaged (two layers). Pain 2/10.\nNeighbour [[PERSON|Sunita Bhangu]] calls in daily and will ring if the bandage slips.\nNext visit Thurs [[DATE|26 Nov]].\nDN [[PERSON|H. Eniola]]`,
  ],
  [
    'nursing-note',
    `Progress note — [[DATE|21/11/2026]]\nResident: [[PERSON|Tryphena Tregoning]] (room [[MRN|17]])\n[[PERSON|Tryphena]] celebrated her [[AGE|100]]th birthday today ([[DATE|21 November]]). Son [[PERSON|Darryl]] and great-granddaughter [[PERSON|Indigo]] visited. Ate a small piece of sponge cake (minced and moist diet, IDDSI level 5). BGL 6.8. No falls.\nSkin tear R forearm dressed with silicone foam; GP Dr [[PERSON|Farid Kermani]] to review Tues [[DATE|24/11]].\nRN [[PERSON|Lalaine Sarmiento]]`,
  ],
  [
    'lab-report',
    `CHEMISTRY\nPATIENT: [[PERSON|HOCKADAY, AUGUSTA]]   DOB: [[DATE|04/19/1934]]   AGE: [[AGE|92]]Y   SEX: F\nMRN: [[MRN|150733733]]   ACCESSION: [[MRN|44-360-71756]]   LOC: 4W-[[MRN|18]]\nCOLLECTED: [[DATE|11/23/2026]] 05:42   RECEIVED: 06:05\nSODIUM 118 L (CRITICAL)   POTASSIUM 4.1   CHLORIDE 84 L   CO2 24   BUN 12   CREAT 0.6   GLUCOSE 96\nSERUM OSMOLALITY 252 L\nCRITICAL VALUE called to and read back by [[PERSON|M. Kestle]] RN at 06:31 by [[PERSON|DKW]]`,
  ],
  [
    'lab-report',
    `Haematology — blood film report\nLab no: [[MRN|26H3872932]]   Hospital no: [[MRN|M6290733]]   NHS: [[INSURANCE_ID|999 828 0087]]\nPatient: [[PERSON|Winston Gouveia]]   DOB: [[DATE|14.02.1940]]   Taken: [[DATE|20.11.26]]\nHb 94 g/L, MCV 118 fL, WCC 3.1, platelets 122.\nMorphology: macro-ovalocytes and hypersegmented neutrophils. B12 98 ng/L (low), folate 6.1 µg/L.\nComment: appearances consistent with B12 deficiency; please check anti-IF antibodies; hydroxocobalamin loading can start now.\n[[PERSON|R. Brandauer]], BMS   Authorised: Dr [[PERSON|Lucia Carbonaro]]`,
  ],
  [
    'lab-report',
    `How to collect a sputum sample: collect it first thing in the morning, before eating or brushing your teeth (rinse your mouth with water only). Breathe in deeply three times, then cough hard from deep in your chest and spit into the pot — we need phlegm, not saliva. Fill it to at least the 2 mL line, screw the lid on tightly, label it and bring it back within 2 hours, or keep it in the fridge for up to 24 hours. For TB testing you may be asked for three samples on three different mornings.`,
  ],
  [
    'imaging-report',
    `EXAM: XR CHEST PORTABLE 1 VIEW\nPatient: [[PERSON|Philomena Abeyta]]   MRN: [[MRN|50243765]]   DOB: [[DATE|09/27/1930]]   Acc: [[MRN|CR72761663]]\nDate: [[DATE|11/22/2026]] 06:14   Comparison: [[DATE|11/19/2026]]\nFindings: Increasing patchy opacity at the right base. Small right pleural effusion. Stable cardiomegaly. Enteric tube tip below the diaphragm, in the stomach.\nImpression: Increasing right basilar opacity, possibly aspiration pneumonia.\nOrdering: [[PERSON|Roberto Beltrán]], MD\nSigned: [[PERSON|Astrid Niskanen]], MD   07:02`,
  ],
  [
    'imaging-report',
    `CT HEAD (non-contrast)   RIS: [[MRN|12463789]]\n[[PERSON|Arthur Dingwall]], [[AGE|91]]M   Hospital no: [[MRN|6294038]]   NHS: [[INSURANCE_ID|999 011 8922]]\nScanned [[DATE|22/11/2026]] 19:48. Indication: fall, on apixaban, GCS 14.\nFindings: 9 mm acute left convexity subdural haematoma with 3 mm midline shift. No skull fracture. Established small-vessel change.\nConclusion: acute left SDH. Discussed with the neurosurgical registrar, Mr [[PERSON|Idris Ademola]], at 20:15.\nReported by Dr [[PERSON|Hilary Ozoemena]], Consultant Radiologist`,
  ],
  [
    'imaging-report',
    `Your contrast-enhanced CT scan: please do not eat for 2 hours before your appointment, but keep drinking water. Take your usual medicines. If you take metformin and your kidney function is reduced we may ask you to pause it for 48 hours afterwards. Tell us if you have ever had a reaction to X-ray dye, have asthma, or could be pregnant. The injection may make you feel warm and as if you have passed urine — this passes within a minute. Drink plenty of fluids for the rest of the day.`,
  ],
  [
    'prescription',
    `GREENLEAF PHARMACY #0417\nRX# [[MRN|5591691]]   FILLED [[DATE|11/21/26]]\n[[PERSON|TAMBLYN, URSULA]]\n[[ADDRESS|5 BIRCH HOLLOW LN, MONTPELIER VT 05602]]\nFUROSEMIDE 20MG TABLETS  TAKE ONE TABLET ORALLY EVERY MORNING\nQTY 30   REFILLS 3\nDR. [[PERSON|R. OROZCO]]`,
  ],
  [
    'prescription',
    `TTO / Discharge Prescription\nPatient: [[PERSON|Lettice Spargo]] ([[AGE|94]])   DOB: [[DATE|03/03/1932]]   NHS: [[INSURANCE_ID|999 436 5355]]   Ward 9, bed [[MRN|12]]\nAllergy: penicillin — rash\n1. Doxycycline 100mg once daily x 5 days (200 mg loading dose already given)\n2. Prednisolone 30 mg OD for 5 days, stop [[DATE|23/11]]\n3. Salbutamol 100 micrograms MDI, 2 puffs PRN via spacer\nPrescriber: Dr [[PERSON|Oyinkansola Adekunle]]   Screened: [[PERSON|Hamish Ure]], pharmacist   Date: [[DATE|19/11/2026]]`,
  ],
  [
    'prescription',
    `Methotrexate — take it ONCE A WEEK, on the same day each week, never daily. Take folic acid 5 mg on a different day as prescribed. You will need blood tests every 2–3 months (more often when starting) to check your blood count and liver. Avoid alcohol or keep well within 14 units a week. Do not take trimethoprim or co-trimoxazole. Report a sore throat, mouth ulcers, unexplained bruising, breathlessness or a new cough straight away.`,
  ],
  [
    'consent',
    `PROCEDURE CONSENT\nName: [[PERSON|Hyunsook Baek]]   MRN: [[MRN|44952119]]   DOB: [[DATE|08/15/1935]]\nProcedure: percutaneous endoscopic gastrostomy (PEG) tube placement with moderate sedation.\nWe discussed the risks, including bleeding, infection at the site, perforation, aspiration, tube dislodgement and the option of not placing a tube.\nShe is not able to make this decision herself; her health care proxy signed: [[PERSON|Daniel Baek]] (son).\nKorean interpreter: [[PERSON|Jiwon Hwang]] (by video)\nWitness: [[PERSON|Latoya Simmons]], RN\nPhysician: [[PERSON|Abhishek Varma]], MD   Date/time: [[DATE|11/23/2026]] 14:20`,
  ],
  [
    'consent',
    `Surgical consent (patient able to consent) — Urology\nHospital no: [[MRN|B562027]]   Patient: [[PERSON|Kwabena Bediako]]   DOB: [[DATE|05/10/1949]]\nProposed procedure: transurethral resection of prostate (TURP) under spinal anaesthetic.\nSerious or frequently occurring risks: retrograde ejaculation (most men), bleeding needing transfusion (about 1 in 50), infection, urinary incontinence, urethral stricture, need for repeat surgery.\nSigned by patient: [[PERSON|K. Bediako]] on [[DATE|20/11/2026]]\nConsenting clinician: Mr [[PERSON|Fergus Lochhead]], Consultant Urologist`,
  ],
  [
    'consent',
    `Substitute decision-maker consent\nPatient: [[PERSON|Isamu Kagawa]], [[AGE|93]], PHN [[INSURANCE_ID|9683 334 868]]\nAddress: [[ADDRESS|3318 Nanaimo Street, Vancouver, BC V5V 4C2]]\nTreatment: transfusion of 2 units packed red cells for Hb 68 g/L with exertional chest pain.\nThe patient is incapable of giving consent (advanced dementia). Temporary substitute decision maker: his wife, [[PERSON|Setsuko Kagawa]], tel. [[PHONE|604-555-0156]]. Risks (reaction, fluid overload, infection — very rare), and the alternatives were explained; she agrees.\nObtained by Dr. [[PERSON|Hugues Bellerose]] on [[DATE|2026-11-22]]; witness [[PERSON|Gurpreet Cheema]], RN`,
  ],
  [
    'billing',
    `STATEMENT   Statement date: [[DATE|11/18/2026]]   Patient account: [[MRN|8242344704]]\nGuarantor: [[PERSON|Leopold Crittenden]]\n[[ADDRESS|1190 Mill Creek Drive, Apt 3C, Lexington, KY 40515]]\nPatient: [[PERSON|Maude Crittenden]] (spouse)   DOB: [[DATE|02/11/1932]]\nService date [[DATE|10/29/2026]]: ED visit (level 4), non-contrast head CT, labs\nPrimary: Medicare Part B   Secondary: Medigap Plan G, member ID [[INSURANCE_ID|172037538C]], group 71220\nAmount due after insurance: $48.20 — pay by [[DATE|12/15/2026]]`,
  ],
  [
    'billing',
    `TAX INVOICE — Day Surgery, [[DATE|17/11/2026]]\nPatient: [[PERSON|Marjorie Pelling]]   Medicare: [[INSURANCE_ID|3372 88621 4]]   Medibank member no: [[INSURANCE_ID|69465009]]\nAddress: [[ADDRESS|8/44 Beach Road, Sandringham VIC 3191]]\nProcedure: right cataract extraction with IOL (MBS item 42702); anaesthetist gap included.\nOut-of-pocket gap $650.00 — paid by Mastercard [[BANK_CARD|5733 6878 5900 5248]], cardholder [[PERSON|Graham Pelling]].\nInvoice 000318842 (please quote on enquiries)`,
  ],
  [
    'billing',
    `Accounts call note — [[DATE|20/11/2026]] 10:12\nCaller: [[PERSON|Zanele Mthethwa]], daughter of patient [[PERSON|Beauty Mthethwa]] (account [[MRN|363614652]], admitted [[DATE|02/11/2026]]).\nVerified patient ID number [[ID_CARD|3506141762081]]; patient is [[AGE|91]].\nMedical aid member no. [[INSURANCE_ID|245708034]]; shortfall R3 480,00.\nPayment of R1 000,00 taken on Visa [[BANK_CARD|4865 6528 1382 8948]], expiry 08/28; balance to be settled by [[DATE|15 December]].\nConfirmation e-mailed to [[EMAIL|zanele.mthethwa@example.co.za]]; call-back number [[PHONE|+27 82 702 7698]].\n— [[PERSON|Riaan]], Patient Accounts`,
  ],
  [
    'online-consult',
    `Virtual Visit — chat transcript\nVisit ID: [[MRN|VV-54470171]]   Patient IP: [[IP|203.0.113.33]]\n[[ACCOUNT|marigold_hawkins]]: hi, this is for my dad, he's [[AGE|90]] and his left foot has been red and swollen since [[DATE|the 20th]]\nClinician ([[PERSON|Rashida Addo]], NP): Is the redness spreading, and does he have a fever or diabetes?\n[[ACCOUNT|marigold_hawkins]]: yes he's diabetic, temp was 100.9 this morning. His name is [[PERSON|Orville Hawkins]], DOB [[DATE|4/4/1936]]\nClinician ([[PERSON|Rashida Addo]], NP): With fever and diabetes this needs to be seen in person today. Please take him to urgent care or the ED; bring his medication list.`,
  ],
  [
    'online-consult',
    `Online consultation request — submitted [[DATE|22/11/2026]] 21:47 from [[IP|2001:db8:c1c7:91fd::f4b]]\nName: [[PERSON|Keturah Ababio]]   DOB: [[DATE|17/06/1993]]   NHS: [[INSURANCE_ID|999 329 9189]]\nIdentity verified with passport [[PASSPORT|593446227]]\nE-mail: [[EMAIL|keturah.am@example.co.uk]]\nProblem: burning when passing urine for 2 days; no fever, no loin pain, not pregnant.\nOutcome: reviewed by [[PERSON|Dylan Glasson]], pharmacist independent prescriber, [[DATE|23/11/2026]] — nitrofurantoin MR 100 mg bd for 3 days; call back if no better after 48 hours.\nView your reply: [[URL|https://consult.example.nhs.uk/r/sy2879zuf5]]`,
  ],
  [
    'online-consult',
    `Teleconsultation booking confirmation\nPatient: [[PERSON|WONG Siu-fong]], [[AGE|92]], HKID [[ID_CARD|E118917(8)]]\nContact (daughter, [[PERSON|Cheryl Tsoi]]): [[PHONE|+852 7178 8076]]\nAppointment: Thursday [[DATE|26 November 2026]], 10:30, with Dr [[PERSON|CHEUNG Ka-lok]] (geriatrics)\nPlease have her blood-pressure diary and medicine box ready.\nJoin link: [[URL|https://video.example.hk/join/ms89idr4am]]`,
  ],
  [
    'patient-message',
    `Portal message — from user [[ACCOUNT|dfontenot54]]\nTo: Dr. [[PERSON|Umeh]]   Subject: Mom's swallowing\nDr. [[PERSON|Umeh]], I'm writing for my mother [[PERSON|Odile Champagne]] ([[AGE|96]], MRN [[MRN|39605138]]). Since her stroke she coughs with thin liquids. The speech therapist at rehab, [[PERSON|LaDonna]], said to ask you about a swallow study. Could she have one before her visit on [[DATE|12/9]]? Best number is [[PHONE|(337) 555-0135]].\nThank you — [[PERSON|Lurleen]]`,
  ],
  [
    'patient-message',
    `Subject: Fit-to-fly letter — hospital no [[MRN|LU913349]]\nDear Ms [[PERSON|Sleeman]] (secretary to Dr [[PERSON|Fosu]]),\nI'm flying to Lagos on [[DATE|18 December]] to see family and the airline needs a letter saying I'm fit to travel after my DVT in [[DATE|September]]. I'm still on rivaroxaban 20 mg. My details: [[PERSON|Temitope Obodo]], DOB [[DATE|09/01/1979]], passport no. [[PASSPORT|442587009]]. Please send it to [[EMAIL|tbankole.home@example.co.uk]] or ring me on [[PHONE|07700 900710]].\nKind regards,\n[[PERSON|Temi]]`,
  ],
  [
    'patient-message',
    `Message via practice app — [[DATE|20/11/2026]]\nHi, [[PERSON|Sunny Wieczorek]] here (Medicare [[INSURANCE_ID|4573 34125 4]]). Could Dr [[PERSON|Rangitoheriri]] please do a repeat for my perindopril 5 mg and the Ventolin? I've moved — new address is [[ADDRESS|12 Jacaranda Crescent, Toowoomba QLD 4350]]. Happy for the e-script to go to my mobile [[PHONE|0491 571 491]]. Thanks!`,
  ],
  [
    'family-chat',
    `Family 🇳🇬🇬🇧\n[[PERSON|Tolu]]: Mum is in bed [[MRN|12]] on Ward 9, hospital number [[MRN|F446535]] if anyone phones\n[[PERSON|Bayo]]: thanks sis. what did the doctor say?\n[[PERSON|Tolu]]: Dr [[PERSON|Uren]] says chest infection and her sodium is low. IV antibiotics till Wednesday [[DATE|25th]]\n[[PERSON|Yemisi]]: I'll bring her wrapper and some pepper soup on Sunday 😄\n[[PERSON|Bayo]]: remember Mummy [[PERSON|Adunni]] will be [[AGE|90]] on the [[DATE|3rd]], we might be celebrating in hospital 🎂\n[[PERSON|Tolu]]: lol she'll be home by then`,
  ],
  [
    'family-chat',
    `fam chat 🙏\n[[PERSON|Inday]]: Lola [[PERSON|Pacita]] is in room [[MRN|508]] now, out of the ICU since this morning\n[[PERSON|Bong]]: 🙌 what did Dr [[PERSON|Tippett]] say\n[[PERSON|Inday]]: no more pressors, maybe rehab next week. she's [[AGE|93]] so they want PT to see her first\nTita [[PERSON|Girlie]]: I'll stay overnight tomorrow. pls send gas money to my cashapp $[[ACCOUNT|GirlieDelRosario]]\n[[PERSON|Bong]]: sent 👍\n[[PERSON|Inday]]: her discharge meeting is [[DATE|Dec 1]] at 11`,
  ],
  [
    'family-chat',
    `Nain 💐\n[[PERSON|Gwawr]]: parking at the hospital is a nightmare, I registered Dad's car [[PLATE|CU19 XMF]] for the blue badge bay\n[[PERSON|Rhydian]]: diolch. how is Nain today?\n[[PERSON|Gwawr]]: better, eating again. Ward says she can go home Friday [[DATE|27th]] if the OT is happy\n[[PERSON|Rhydian]]: who's the OT?\n[[PERSON|Gwawr]]: [[PERSON|Siwan]] something. Nain told her she's [[AGE|97]] and doesn't need a commode 😂`,
  ],
  [
    'sms-reminder',
    `Hi [[PERSON|Marcel]], your physiotherapy appointment is on Tue [[DATE|01/12/2026]] at 09:40 with [[PERSON|Llinos]]. Ref [[MRN|MY869379]]. To cancel reply CANCEL. Don't send personal details by text.`,
  ],
  [
    'sms-reminder',
    `Pinecrest Pharmacy: [[PERSON|CLETUS]], Rx [[MRN|2008885]] (metFORMIN ER 500 MG) is ready for pickup. Track or request delivery: [[URL|https://rx.example.com/t/76k8wwni]] Reply STOP to opt out.`,
  ],
  [
    'sms-reminder',
    `Holiday opening hours: 24 December 9am–1pm; 25 and 26 December closed; 27–31 December normal hours; 1 January closed; normal hours from 2 January. When we are closed, call 111 for urgent medicines or use the late-night pharmacy on the high street. Please order repeat prescriptions by 15 December.`,
  ],
  [
    'venesection-clinic',
    `Haemochromatosis venesection clinic — [[DATE|19 Nov 2026]]\n[[PERSON|Padraig Ó Séaghdha]], DOB [[DATE|28/03/1961]], NHS [[INSURANCE_ID|999 938 2258]]\nHFE C282Y homozygous (diagnosed [[DATE|January 2026]]); ferritin 612 µg/L (from 1,480), transferrin saturation 71%.\nPre-venesection: Hb 146 g/L, BP 128/76, pulse 72. 450 mL removed via 16G left antecubital vein; uneventful.\nNext: [[DATE|03/12/2026]] — fortnightly until ferritin < 100, then maintenance.\nNurse: [[PERSON|Gráinne Kilcullen]], CNS`,
  ],
  [
    'venesection-clinic',
    `Therapeutic Phlebotomy Record\nPatient: [[PERSON|Ambrose Lovejoy]], [[AGE|91]], MRN [[MRN|50719856]]\nDx: polycythemia vera (JAK2 V617F+). Hct today 49.8% ([[DATE|11/20/2026]]); goal < 45%.\nRemoved 250 mL (reduced volume for age and weight 58 kg); 250 mL NS replaced. Tolerated well; orthostatics negative.\nContinue hydroxyurea 500 mg daily and aspirin 81 mg.\nNext phlebotomy [[DATE|12/4/2026]] if Hct > 45%.\nHematologist: [[PERSON|Lakshmi Sivapalan]], MD   RN: [[PERSON|Corey Bannatyne]]`,
  ],
  [
    'venesection-clinic',
    `Referral for therapeutic venesection (haemochromatosis)\nPatient: [[PERSON|Ngaire Pomeroy]]   DOB: [[DATE|12/07/1970]]   Medicare: [[INSURANCE_ID|4272 51333 4]]\nAddress: [[ADDRESS|27 Wattlebird Way, Joondalup WA 6027]]   Mobile: [[PHONE|0491 579 760]]\nHFE C282Y/C282Y. Maintenance phase: ferritin 184 µg/L and TSAT 52%. Please venesect every 3 months, aiming for ferritin 50–100 µg/L; she is otherwise eligible to donate.\nLast venesection [[DATE|14/08/2026]].\nReferring GP: Dr [[PERSON|Tanvir Jafri]], [[DATE|18/11/2026]]`,
  ],
  [
    'bronchiectasis-clinic',
    `Bronchiectasis annual review — [[DATE|20 November 2026]]\nMrs [[PERSON|Ottilie Cheape]], [[AGE|90]], NHS [[INSURANCE_ID|999 932 1151]]\nThree exacerbations needing antibiotics this year; sputum Haemophilus influenzae ([[DATE|02/09/2026]]). FEV1 1.04 L (58%); BSI 9.\nAzithromycin 250 mg three times weekly: ECG QTc 438 ms, baseline audiology done.\nAirway clearance: active cycle of breathing plus Aerobika, technique reviewed by physiotherapist [[PERSON|Jonty Keast]].\nRescue pack: doxycycline 200 mg then 100 mg od for 14 days. Review [[DATE|May 2027]].\nDr [[PERSON|Chamari Jayasekara]]`,
  ],
  [
    'bronchiectasis-clinic',
    `Bronchiectasis & NTM Clinic — [[DATE|11/19/2026]]\n[[PERSON|Harriet Stallworth]], DOB [[DATE|10/03/1948]], MRN [[MRN|67554058]]\nMAC in 3 sputum cultures ([[DATE|07/2026]]–[[DATE|10/2026]]), nodular bronchiectatic disease. Started azithromycin 500 mg, ethambutol 25 mg/kg and rifampin 600 mg three times weekly on [[DATE|11/02/2026]]; baseline visual acuity and audiogram done.\nHypertonic saline 7% nebulized BID; respiratory therapist [[PERSON|Kainoa Makekau]] taught airway clearance.\nInsurance: UnitedHealthcare member ID [[INSURANCE_ID|514865263-07]]\nHer daughter [[PERSON|Amity]] drives her to visits.`,
  ],
  [
    'bronchiectasis-clinic',
    `Airway clearance for bronchiectasis: do your exercises once or twice a day, and more often when you have an infection. A typical cycle is relaxed breathing for 30 seconds, three or four deep breaths with a short hold, then one or two huffs with your mouth open as if misting a mirror. Repeat until your chest feels clear, usually 10–20 minutes. If you use a PEP device such as an Acapella or Aerobika, clean it every day. Take nebulised saline first if it is prescribed, and your inhaled antibiotic after clearance.`,
  ],
  [
    'clubfoot-clinic',
    `Ponseti clinic — [[DATE|23/11/2026]]\nBaby [[PERSON|Zayn Sadozai]], DOB [[DATE|02/09/2026]], NHS [[INSURANCE_ID|999 083 8860]]\nRight idiopathic CTEV. Cast 5 changed today; Pirani 1.0 (from 5.0 at first cast). Dorsiflexion only 5°, so percutaneous Achilles tenotomy under local anaesthetic booked for [[DATE|30/11/2026]], then a final cast for 3 weeks.\nMum: [[PERSON|Farzana Sadozai]], mobile [[PHONE|07700 900525]]\nPhysio: [[PERSON|Bethan Blamey]], Clinical Specialist Physiotherapist`,
  ],
  [
    'clubfoot-clinic',
    `Clubfoot clinic register — [[DATE|18 Nov 2026]]\nChild: [[PERSON|Chikondi Kalua]], M, 7 months; clinic no. [[MRN|CF/947/26]]\nMother: [[PERSON|Memory Chisale]], phone [[PHONE|+265 993 703 677]]\nHome: [[ADDRESS|Mtalimanja village, T/A Chimwala, Mangochi]]\nLeft clubfoot; tenotomy in [[DATE|June]], boots and bar at night and naps since [[DATE|September]]. Mother reports a blister on the left heel and that the boots are tight — new size 2 boots fitted, heel padding added, bar width checked.\nNext review [[DATE|17 Feb 2027]]. Seen by orthopaedic clinical officer [[PERSON|Yamikani Nyirenda]].`,
  ],
  [
    'clubfoot-clinic',
    `Paediatric orthopaedic clinic — [[DATE|20/11/2026]]\n[[PERSON|Nikau Tūhoro]], DOB [[DATE|15/01/2025]], NHI [[INSURANCE_ID|TSF1479]]\nBilateral idiopathic clubfoot treated with Ponseti casting and tenotomy ([[DATE|April 2025]]). Boots and bar at night; now walking independently. Full correction maintained, dorsiflexion 15° both sides.\nPlan: continue night bracing; review [[DATE|May 2027]].\nParents: [[PERSON|Miriama]] and [[PERSON|Tama Tūhoro]], [[ADDRESS|14 Kowhai Street, Kawerau 3127]]\nOrthopaedic surgeon: Mr [[PERSON|Liam Hichens]]`,
  ],
  [
    'kidney-stone-clinic',
    `Kidney Stone Prevention Clinic — [[DATE|11/18/2026]]\n[[PERSON|Dashiell Oberhauser]], DOB [[DATE|12/30/1975]], MRN [[MRN|96623143]]\nRecurrent calcium oxalate stones (3 episodes; last ureteroscopy [[DATE|08/07/2026]]). Recent CT: 4 mm non-obstructing right lower-pole stone.\n24-h urine ([[DATE|11/03/2026]]): volume 1.3 L, calcium 312 mg, oxalate 52 mg, citrate 210 mg, sodium 248 mEq, uric acid 0.9 g; CaOx supersaturation 11.2.\nPlan: urine output above 2.5 L/day, sodium under 2,300 mg, chlorthalidone 25 mg daily, potassium citrate 20 mEq BID; repeat 24-h urine in 8 weeks.\n— [[PERSON|Yvette Elizondo]], MD (Urology)`,
  ],
  [
    'kidney-stone-clinic',
    `Lithotripsy (ESWL) clinic letter — [[DATE|21 November 2026]]\nRe: Mr [[PERSON|Ravindra Ambalavanar]], DOB [[DATE|07/12/1934]], Hospital no [[MRN|5623885]], NHS [[INSURANCE_ID|999 772 6901]]\nThis [[AGE|91]]-year-old gentleman has an 8 mm left renal pelvis stone (density 820 HU, skin-to-stone distance 9.5 cm). The first ESWL session fragmented it partially; session 2 is booked for [[DATE|26/11/2026]]. Apixaban to be stopped 48 hours before, as agreed with haematology. KUB X-ray 4 weeks later.\nHis grandson [[PERSON|Nakul]] asks that letters be copied to [[EMAIL|nakul.ambal@example.org.uk]].\nMr [[PERSON|Callum Skene]], Consultant Urologist`,
  ],
  [
    'kidney-stone-clinic',
    `Renal stone clinic — [[DATE|24/11/2026]]\n[[PERSON|Bronwyn Coad]], [[AGE|90]], Medicare [[INSURANCE_ID|4684 30098 4]], UR [[MRN|459723]]\nLeft ureteric stent inserted [[DATE|06/11/2026]] for an obstructing 7 mm stone with urosepsis; ureteroscopy and laser lithotripsy booked [[DATE|08/12/2026]], stent to be removed at the same time.\nAddress: [[ADDRESS|2/9 Hibiscus Avenue, Mount Gambier SA 5290]]\nSon [[PERSON|Troy]] drives her; hospital parking permit issued for [[PLATE|XZQ 817]]. Son's mobile [[PHONE|0491 577 426]].\nDr [[PERSON|Aziz Rahmani]], Urology Registrar`,
  ],
];
export function generateDeidHoldout38(): LabelledRecord[] {
  return holdoutRecords('h38', zh, en);
}

export const DEID_HOLDOUT_38_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/labelled/deid-holdout-38.jsonl',
);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const records = generateDeidHoldout38();
  writeFileSync(DEID_HOLDOUT_38_PATH, renderJsonl(records));
  console.log(`wrote ${records.length} records to ${DEID_HOLDOUT_38_PATH}`);
}
