import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { holdoutRecords, type LabelledRecord, renderJsonl } from './generate-deid.ts';

/**
 * The ROUND-24 fresh held-out de-identification set (data/labelled/deid-holdout-24.jsonl): hand-written
 * snippets with hand-placed spans, marked inline as [[TYPE|text]] (parseMarked strips the marks and
 * records UTF-16 offsets). Written by a separate annotator who did not read the recognizer code and
 * never ran a recognizer on these snippets; it must not be used to tune the recognizers.
 *
 * About four fifths are the everyday documents of a general hospital and the messages of its patients
 * (admission, progress and discharge notes, outpatient notes and letters, referrals, handovers, nursing
 * notes, lab, pathology and imaging reports, prescriptions and labels, consent, billing papers, online
 * consultations, patient messages and e-mails, family chats and SMS reminders), in new wording and
 * specialties; about a fifth come from settings earlier rounds did not list as genres: pacemaker
 * (cardiac device) clinics, lithotripsy units, menopause clinics, haemophilia centres and wheelchair
 * services.
 *
 * Identifiers are synthetic: resident IDs carry a valid GB 11643 check character and a region code, sex
 * digit and birth date consistent with the text (15-digit IDs likewise), bank cards a valid Luhn digit,
 * NHS numbers are in the 999 test range with their modulus-11 digit, the Australian Medicare numbers
 * pass their check digit and the OHIP numbers their Luhn digit; the US SSN is in the 987-65-432x
 * advertising range. Phones are random mainland numbers or fictional ranges (North American 555-01xx,
 * UK 07700 900xxx and 01632 960xxx, Australian 0491 570 xxx); mail and web hosts are example.*; IP
 * addresses come from the documentation ranges.
 *
 * Span conventions are those of data/labelled/deid-holdout-2 to -23 cards; the decisions new in this
 * round are in data/labelled/deid-holdout-24.card.yaml.
 */
const zh: Array<[string, string]> = [
  [
    'admission',
    `消化内科入院记录\n姓名：[[PERSON|罗建华]]　性别：男　年龄：47岁　民族：汉\n身份证号：[[ID_CARD|510104197904165039]]\n现住址：[[ADDRESS|成都市锦江区红星路二段85号锦华苑3栋1单元1204室]]\n入院日期：[[DATE|2026年11月22日]] 22:40\n主诉：饮酒后上腹持续性胀痛12小时，伴呕吐4次。\n查体：T 37.8℃，上腹压痛，无反跳痛。血淀粉酶1860 U/L，脂肪酶3210 U/L，TG 12.6 mmol/L。\n初步诊断：急性胰腺炎（高甘油三酯血症性）\n联系人：妻子 [[PERSON|蒋春梅]] [[PHONE|18750912296]]\n住院号：[[MRN|2611223309]]　经治医师：[[PERSON|邱]]`,
  ],
  [
    'admission',
    `晚8点家属送入急诊，[[PERSON|刘淑芬]]，女，76岁，老身份证号[[ID_CARD|370102500208914]]，晨起被发现右侧肢体无力、言语含糊，末次正常时间约前一晚10点，NIHSS 9分，头颅CT未见出血，已超溶栓时间窗，CTA示左侧大脑中动脉M1闭塞，急诊取栓后收神经内科[[MRN|16]]床，家住[[ADDRESS|济南市历下区文化东路59号山大新村12号楼3单元402]]，女儿[[PERSON|孔凡丽]]陪同，[[PHONE|13689008072]]，入院[[DATE|11月21日]]`,
  ],
  [
    'admission',
    `【儿科入院登记】\n→ 患儿：[[PERSON|梁朗清]]　男　4岁6月　体重16 kg\n→ 身份证：[[ID_CARD|440106202205207517]]\n→ 医保号：[[INSURANCE_ID|440100223871056]]\n→ 入院：[[DATE|2026-11-23]] 02:10，发热3天伴喘息，SpO2 91%，诊断重症肺炎（支原体？）\n→ 床号：PICU [[MRN|4]]床\n→ 监护人：母亲 [[PERSON|冼慧玲]] [[PHONE|13095101466]]\n→ 接诊：[[PERSON|欧]]医生`,
  ],
  [
    'progress-note',
    `[[DATE|2026年11月20日]]　副主任医师查房记录\n[[PERSON|阮]]副主任医师查房：患者[[PERSON|何永昌]]，男，58岁，IgA肾病CKD 4期，血肌酐由312升至405 μmol/L，血钾5.9 mmol/L，尿量减少。指示：予降钾树脂、碳酸氢钠，限制蛋白摄入0.6 g/kg/d，与患者及家属（妻子[[PERSON|范秋萍]]）沟通肾脏替代治疗方式，建议先行左前臂动静脉内瘘成形术。\n记录：[[PERSON|孟知遥]]`,
  ],
  [
    'progress-note',
    `肿瘤内科病程（SOAP）　[[DATE|11/19]]\n[[MRN|32]]床　[[PERSON|戴国梁]]　住院号[[MRN|ZL2611-0457]]\nS：诉乏力、口腔溃疡疼痛，进食少。\nO：T 37.2℃，口腔黏膜II度溃疡；WBC 2.6×10^9/L，PLT 88×10^9/L。\nA：FOLFOX方案第3周期后骨髓抑制、口腔黏膜炎。\nP：升白治疗，康复新液含漱，第4周期推迟至[[DATE|11月26日]]。\n—— [[PERSON|莫]]主任`,
  ],
  [
    'progress-note',
    `术后第1天病程记录（[[DATE|2026.11.22]]）\n患者[[PERSON|熊桂珍]]，女，79岁，因左股骨颈骨折于昨日行左髋关节置换术。今晨诉切口疼痛，VAS 4分，引流量80 ml，Hb 92 g/L。已请康复科协助床旁坐起。女婿[[PERSON|汤志军]]询问出院时间，告知预计[[DATE|11月27日]]。\n主治医师：[[PERSON|童]]`,
  ],
  [
    'discharge',
    `出院记录\n患者：[[PERSON|黄美玲]]　女　62岁\n身份证号：[[ID_CARD|35020319640830708X]]\n住址：[[ADDRESS|厦门市思明区思明南路212号之三602室]]\n入院：[[DATE|2026年11月9日]]　出院：[[DATE|2026年11月21日]]\n诊断：社区获得性肺炎（重症）；2型糖尿病\n出院带药：莫西沙星0.4 g qd×5天\n随访：[[DATE|2026年12月3日]]呼吸科门诊复查胸部CT。\n主治医师：[[PERSON|庄]]`,
  ],
  [
    'discharge',
    `甲状腺切除术后出院指导：1. 颈部切口保持干燥，术后第5天可淋浴；2. 如出现手脚、口唇麻木或抽筋，及时口服钙片并来院复查血钙；3. 左甲状腺素钠片每日早晨空腹服用，与钙片、铁剂间隔4小时以上；4. 术后1个月复查甲功，3个月内避免颈部剧烈活动；5. 声音嘶哑多在数周内恢复。`,
  ],
  [
    'discharge',
    `出院带药清单\n姓名：[[PERSON|田守义]]　性别：男　年龄：[[AGE|九十二]]岁\n身份证：[[ID_CARD|210102340311621]]\n住院号：[[MRN|SY-0088213]]　出院日期：[[DATE|二〇二六年十一月二十一日]]\n1. 呋塞米片 20 mg 每日一次\n2. 螺内酯片 20 mg 每日一次\n3. 沙库巴曲缬沙坦钠片 50 mg 每日两次\n注：每天早晨称体重，2天内增加超过1公斤请就诊。\n药师：[[PERSON|褚]]`,
  ],
  [
    'outpatient',
    `肛肠外科门诊病历　[[DATE|2026-11-18]]\n[[PERSON|于承川]]，男，41岁，身份证[[ID_CARD|370202198511027971]]，门诊号[[MRN|GC2611180066]]\n主诉：便后滴血伴肛门肿物脱出3月。\n检查：截石位3、7、11点混合痔，脱出可自行还纳。\n诊断：混合痔（III度）\n处理：择期行PPH术，术前检查单已开，预约[[DATE|12月2日]]入院。\n医师：[[PERSON|卜]]`,
  ],
  [
    'outpatient',
    `神经内科头痛门诊 / [[DATE|11月20日]] / [[PERSON|罗晓薇]] / 女 / 32岁 / 医保卡号 [[INSURANCE_ID|32010502981437]] / 无先兆偏头痛，每月发作8天，MIDAS 24分 / 予托吡酯25 mg起始，逐周加量，发作期佐米曲普坦 / 记头痛日记，[[DATE|2027年1月]]复诊 / [[PERSON|司]]医生`,
  ],
  [
    'outpatient',
    `心理门诊初诊记录\n来访者：[[PERSON|钱可澄]]（同学叫她[[PERSON|澄澄]]），女，15岁，初三\n门诊号：[[MRN|XL26-20931]]\n主诉：近2个月情绪低落、失眠、不想上学。PHQ-9 18分，GAD-7 12分，否认自伤。\n诊断：中度抑郁发作\n建议：心理治疗每周1次，舍曲林25 mg qd，[[DATE|11月30日]]复诊。\n陪同：母亲[[PERSON|郑红艳]]，[[PHONE|19837059509]]\n医师：[[PERSON|匡]]`,
  ],
  [
    'referral',
    `转诊单（区医院→省人民医院）\n姓名：[[PERSON|韦秀兰]]　女　36岁　布依族\n身份证：[[ID_CARD|52010319900709700X]]\n住址：[[ADDRESS|贵阳市云岩区中华北路168号黔灵小区4栋2单元601]]\n诊断：妊娠31周，重度子痫前期，血压172/110 mmHg，尿蛋白3+\n转诊原因：需NICU支持及终止妊娠评估\n转诊医生：[[PERSON|杨光荣]]　手机[[PHONE|18905039227]]\n转诊时间：[[DATE|2026年11月22日]] 15:20`,
  ],
  [
    'referral',
    `院内会诊单｜内分泌科→心内科｜[[MRN|19]]床 [[PERSON|邓友明]]｜男 66岁｜住院号 [[MRN|NF26-11872]]｜2型糖尿病住院调糖期间夜间阵发心悸，Holter示阵发房颤，CHA2DS2-VASc 3分｜请评估抗凝｜申请：[[PERSON|柯]]主任｜[[DATE|11-21]]｜会诊意见：利伐沙班15 mg qd，儿子[[PERSON|邓伟]]已签知情同意`,
  ],
  [
    'referral',
    `下转康复医院联系单\n患者[[PERSON|周玉珍]]，女，87岁，身份证[[ID_CARD|430105390602706]]，脑梗死后右侧偏瘫，病情稳定，需继续肢体康复及吞咽功能训练。家庭住址：[[ADDRESS|长沙市开福区湘春路318号湘春苑7栋502]]。联系人：儿子[[PERSON|周建军]]，[[PHONE|18649681413]]。拟于[[DATE|11月25日]]转入。经办：[[PERSON|严]]`,
  ],
  [
    'handover',
    `呼吸与危重症医学科交班本　[[DATE|2026-11-22]] 夜班\n床号　姓名　　　　要点\n[[MRN|2]]　[[PERSON|施伯年]]　　　HFNC 50 L/min、FiO2 0.5，SpO2 93%\n4　　（空）\n[[MRN|7]]　[[PERSON|迪丽努尔·吾甫尔]]　咯血约30 ml，垂体后叶素泵入中\n[[MRN|11]]　[[PERSON|潘小凤]]　　　COPD，明日出院\n加床　男，无名氏，醉酒跌倒，CT待报\n交：[[PERSON|巩雪]]　接：[[PERSON|胡]]护士`,
  ],
  [
    'handover',
    `手术室—复苏室交接（[[DATE|11月21日]] 11:05）\n患者[[PERSON|江景和]]，腹腔镜胆囊切除术毕，全麻，术中出血10 ml，补液800 ml，未用肌松拮抗。入复苏室[[MRN|3]]号床，拔管后SpO2 97%。PONV高风险，已给昂丹司琼4 mg。麻醉医生[[PERSON|骆]]，巡回护士[[PERSON|小蔡]]交给复苏室护士[[PERSON|霜降]]。`,
  ],
  [
    'handover',
    `（夜班口头交班整理）[[MRN|十八]]床[[PERSON|糖豆]]，全名[[PERSON|邵一骁]]，3岁，热性惊厥，今天没再抽，体温38.2，退热药四小时前用过；十九床空着；[[MRN|二十]]床[[PERSON|果冻]]（[[PERSON|冯贝怡]]），腹泻脱水，补液中，尿量够，她外婆一直问能不能喝奶，我说可以少量多次。`,
  ],
  [
    'nursing-note',
    `护理记录　[[DATE|2026-11-21]] 21:00\n[[MRN|6]]床　[[PERSON|陆桂芳]]　女　[[AGE|94]]岁　身份证[[ID_CARD|320102193201200508]]\n跌倒风险评估（Morse）65分，高危；夜间意识模糊，试图自行下床。已拉起双侧床栏，床头悬挂防跌倒标识，留陪护一人（孙女[[PERSON|陆清越]]）。\n护士：[[PERSON|雷依岚]]`,
  ],
  [
    'nursing-note',
    `PICC带管居家注意事项：1. 每7天到医院维护一次（冲管、换贴膜、更换接头）；2. 贴膜卷边、潮湿或穿刺点渗血时及时维护；3. 置管侧手臂可做握拳、屈肘等日常活动，避免提超过5公斤的重物；4. 洗澡时用保鲜膜包裹，不要盆浴和游泳；5. 手臂肿胀、疼痛或发热时立即就诊。`,
  ],
  [
    'nursing-note',
    `上门护理服务记录｜[[DATE|2026年11月19日]]（周四）｜服务对象 [[PERSON|邝伟雄]]｜男｜72岁｜地址 [[ADDRESS|深圳市南山区南海大道2061号海月花园9栋15B]]｜更换胃管（14Fr，插入深度55 cm），回抽见胃液｜教会儿媳[[PERSON|曾晓敏]]鼻饲方法｜联系电话 [[PHONE|15850230324]]｜护士 [[PERSON|殷]]`,
  ],
  [
    'lab-report',
    `生化检验报告\n姓名：[[PERSON|华德昌]]　性别：男　年龄：88岁　条码：[[MRN|3126112107719]]\n项目　　　结果　　参考区间\nALT　　　 35　　　9-50 U/L\n肌酐　　　168↑　　57-111 μmol/L\n尿素　　　14.2↑　 3.1-8.0 mmol/L\n钾　　　　5.6↑　　3.5-5.3 mmol/L\nNT-proBNP 4820↑　 <450 pg/mL\n送检医生：[[PERSON|麦]]　采样：[[DATE|2026-11-21]] 06:30`,
  ],
  [
    'lab-report',
    `病理诊断报告书\n病理号：[[MRN|P2611-08342]]\n姓名：[[PERSON|尚建民]]　男　56岁　身份证：[[ID_CARD|610113196912056874]]\n送检材料：胃窦活检3块\n病理诊断：（胃窦）中分化管状腺癌；HER2（2+），待FISH。\n报告日期：[[DATE|2026年11月19日]]\n诊断医师：[[PERSON|欧阳明辉]]　复核：[[PERSON|东方]]`,
  ],
  [
    'lab-report',
    `病原宏基因组（mNGS）检测报告｜样本编号 [[MRN|MG26-1120-015]]｜患者 [[PERSON|鲍晓东]]｜门诊号 [[MRN|MZ2611-38820]]｜样本类型：肺泡灌洗液｜检出：耶氏肺孢子菌（序列数1268）、巨细胞病毒（序列数86）｜采样 [[DATE|11月18日]] 送达 [[DATE|11月19日]]｜报告 [[PERSON|詹]]老师`,
  ],
  [
    'imaging-report',
    `胸部CT平扫\n姓名：[[PERSON|喻国华]]　影像号：[[MRN|CT2611190287]]　检查日期：[[DATE|2026-11-19]]\n所见：右肺上叶尖段见一混杂磨玻璃结节，大小约14×11 mm，实性成分约6 mm，较[[DATE|2026年5月]]前片实性成分增大。\n印象：右肺上叶混杂磨玻璃结节，建议胸外科就诊。\n报告：[[PERSON|柏]]　审核：[[PERSON|蒲建林]]`,
  ],
  [
    'imaging-report',
    `乳腺X线摄影（钼靶）报告｜[[PERSON|孙昭宁]]｜女｜49岁｜身份证 [[ID_CARD|330203197612118260]]｜检查号 [[MRN|MG-26-3318]]｜[[DATE|2026.11.20]]｜左乳外上象限簇状细小多形性钙化，范围约12 mm｜BI-RADS 4B｜建议立体定位活检｜医师 [[PERSON|宁]]`,
  ],
  [
    'prescription',
    `儿科处方\n姓名：[[PERSON|廖梓睿]]　男　2岁7月　体重13 kg\n医保卡号：[[INSURANCE_ID|51010026083391]]\n门诊号：[[MRN|EK2611-05518]]\n诊断：急性化脓性中耳炎（左）\nRp：阿莫西林克拉维酸钾干混悬剂 按阿莫西林计 45 mg/kg/d，分2次，共10天\n布洛芬混悬液 4 ml prn（体温>38.5℃）\n医师：[[PERSON|符]]　监护人：[[PERSON|廖志鹏]]　[[DATE|2026年11月20日]]`,
  ],
  [
    'prescription',
    `中药饮片处方（代煎配送）\n患者：[[PERSON|陈佩珊]]　女　44岁　门诊号：[[MRN|ZY2611-10362]]\n辨证：肝郁脾虚\n处方：柴胡10 g　白芍15 g　当归10 g　茯苓15 g　白术12 g　炙甘草6 g　薄荷6 g（后下），7剂，每日1剂，代煎分2次温服\n配送：[[ADDRESS|广州市天河区林和西路157号中汇大厦B座1807室]]　[[PHONE|15147387361]]\n医师：[[PERSON|岑]]　[[DATE|11月21日]]`,
  ],
  [
    'prescription',
    `慢性病长期处方（12周）\n患者：[[PERSON|王玉梅]]，女，69岁\n身份证号：[[ID_CARD|230103195703284063]]\n医保：[[INSURANCE_ID|23010019574418]]（门诊慢特病）\n诊断：高血压3级、冠心病稳定型心绞痛\n药品：苯磺酸氨氯地平片 5 mg qd ×84天；阿托伐他汀钙片 20 mg qn ×84天；单硝酸异山梨酯缓释片 40 mg qd ×84天\n开具日期：[[DATE|2026/11/20]]　医师：[[PERSON|关]]`,
  ],
  [
    'consent',
    `输血治疗知情同意书\n患者：[[PERSON|苗翠英]]，女，45岁，诊断：子宫肌瘤伴重度贫血（Hb 58 g/L）\n拟输注：悬浮红细胞2U\n风险：过敏反应、发热反应、溶血反应、经血传播疾病等。\n患者因术前镇静，由丈夫代签。\n签字人：[[PERSON|郭振宇]]（丈夫）　身份证号：[[ID_CARD|410105197810146294]]\n谈话医师：[[PERSON|訾]]　时间：[[DATE|2026年11月22日]] 09:50`,
  ],
  [
    'consent',
    `手术知情同意书（节选）\n患儿[[PERSON|涂沐辰]]，男，9岁，拟行腹腔镜阑尾切除术。术中可能中转开腹，术后可能出现切口感染、腹腔脓肿、粘连性肠梗阻等。\n监护人签字：[[PERSON|涂文辉]]　与患儿关系：父子\n监护人身份证：[[ID_CARD|360102198802171511]]　电话：[[PHONE|17767752504]]\n[[DATE|2026-11-23]] 01:15\n主刀医师：[[PERSON|艾]]`,
  ],
  [
    'consent',
    `病危（重）通知书\n[[PERSON|段绍先]]家属：\n患者[[PERSON|段绍先]]，男，88岁，身份证[[ID_CARD|532901381004217]]，因重症肺炎、感染性休克入住ICU，病情危重，随时可能危及生命，医护人员将尽力救治。\n家属已知晓并签字：[[PERSON|段丽芬]]（女儿）　电话：[[PHONE|15581483125]]\n告知医师：[[PERSON|杞]]　[[DATE|11月22日]]23时10分`,
  ],
  [
    'billing',
    `住院费用结算单\n姓名：[[PERSON|唐治平]]　住院号：[[MRN|ZY26113095]]\n身份证：[[ID_CARD|500106196104033130]]\n医保号：[[INSURANCE_ID|50010600221846]]（职工医保）\n住院日期：[[DATE|2026.11.08]]—[[DATE|2026.11.20]]（12天）\n总费用：48,236.57元　统筹支付：33,902.11元　个人自付：14,334.46元\n结算单号：JS2611200415　经办：[[PERSON|聂]]`,
  ],
  [
    'billing',
    `电子发票及退款申请｜患者 [[PERSON|谢诗韵]]｜门诊号 [[MRN|MZ2611-62094]]｜退费项目：无痛胃镜（未做）980.00元｜退至原支付银行卡 [[BANK_CARD|6217006770749097206]]｜电子发票发送至 [[EMAIL|xiesy2026@example.cn]]｜手机 [[PHONE|17525622212]]｜发票号码 26442000000183725｜[[DATE|2026年11月21日]]`,
  ],
  [
    'billing',
    `大病保险二次报销申请表\n申请人：[[PERSON|贾慧敏]]　身份证号：[[ID_CARD|130104197306210468]]\n联系地址：[[ADDRESS|石家庄市桥西区自强路118号融创城6-2-1701]]\n就诊医院：省肿瘤医院　住院日期：[[DATE|2026年10月8日]]至[[DATE|2026年11月2日]]\n收款银行卡：[[BANK_CARD|6228 4839 1675 5672]]（农业银行）\n申请日期：[[DATE|2026-11-19]]`,
  ],
  [
    'online-consult',
    `互联网医院复诊记录\n患者：[[PERSON|阿依达娜·叶尔肯]]　女　30岁\n身份证：[[ID_CARD|650104199609125982]]\n平台账号：[[ACCOUNT|aydana_0912]]　登录IP：[[IP|198.51.100.63]]\n复诊单号：[[MRN|HLW2611-20576]]\n病情：甲状腺功能减退，左甲状腺素钠50 μg qd，复查TSH 6.8 mIU/L。\n医嘱：加量至75 μg qd，6周后复查甲功。——[[PERSON|努尔古丽]]医生`,
  ],
  [
    'online-consult',
    `在线续方｜问诊单号 [[MRN|WZ26112300418]]｜[[PERSON|付志国]]｜男｜61岁｜帕金森病，多巴丝肼片125 mg tid，近期"剂末现象"明显｜医生：加用恩他卡朋0.1 g随每次多巴丝肼服用｜药品配送至 [[ADDRESS|郑州市金水区花园路68号金色港湾2号楼1801]]｜收件电话 [[PHONE|15286629426]]｜[[PERSON|邢]]医生｜[[DATE|11.23]]`,
  ],
  [
    'online-consult',
    `（视频问诊转写）\n医生：宝宝叫什么名字？\n妈妈：叫[[PERSON|田田]]，大名[[PERSON|景一苒]]，一岁半。\n医生：拉肚子几天了？\n妈妈：三天，一天五六次，水样的，今天早上还吐了一次。\n医生：尿量怎么样？\n妈妈：比平时少一点。\n医生：先喝口服补液盐III，少量多次，如果六小时没尿或者精神差马上去急诊。我是儿科[[PERSON|郁]]医生，明天这个时间我再回访。`,
  ],
  [
    'patient-message',
    `[[PERSON|祝]]医生您好，我是上周三在您那看甲状腺结节的[[PERSON|温槿言]]，穿刺结果出来了，Bethesda III类，想问下要不要再穿一次？我的微信号是[[ACCOUNT|wenjy_1988]]，门诊号[[MRN|MZ2611-41297]]，麻烦您方便时加我一下，谢谢！`,
  ],
  [
    'patient-message',
    `医务科：\n我叫[[PERSON|闫志飞]]，身份证[[ID_CARD|140105198101309176]]，[[DATE|11月15日]]晚上带我父亲到贵院急诊，排队4个小时没人处理，其间父亲血压很高也没人复测。希望医院调查并给个说法。\n我的电话：[[PHONE|18778275525]]　邮箱：[[EMAIL|yanzhifei81@example.com]]\n住址：[[ADDRESS|太原市小店区平阳路116号平阳景苑3号楼2单元501]]\n[[DATE|2026年11月16日]]`,
  ],
  [
    'patient-message',
    `主题：申请英文版病历摘要（留学用）\n您好，我是[[PERSON|黎知予]]，身份证[[ID_CARD|460106200111282844]]，护照号[[PASSPORT|EH4827163]]，[[DATE|2026年8月]]在贵院因阑尾炎住院手术，现申请英文版病历摘要用于留学签证，电子版请发至[[EMAIL|zhiyu.li01@example.com]]，如需补材料请打[[PHONE|18394426476]]。谢谢！`,
  ],
  [
    'family-chat',
    `【爷爷住院家人群】\n[[PERSON|阿晖]]：爷爷今早做完冠脉造影了，放了两个支架\n二姑：辛苦了！[[PERSON|谭]]副主任怎么说？\n[[PERSON|阿晖]]：说今晚要平躺，手腕的加压器六小时后拆\n[[PERSON|慧慧]]：我下班过去换你，停车场还有位吗？\n[[PERSON|阿晖]]：地面满了，去负二，我的车[[PLATE|粤B·7M2K9]]停在B区，你停旁边\n二姑：爷爷那边要带什么？\n[[PERSON|慧慧]]：尿壶和吸管杯`,
  ],
  [
    'family-chat',
    `【照顾奶奶小分队】\n[[PERSON|小彤]]：奶奶今年都[[AGE|九十六]]了，医生说髋部骨折手术风险很高，要我们商量\n[[PERSON|大刚]]：保守治疗就是一直卧床，也容易出问题\n[[PERSON|小彤]]：@[[PERSON|大刚]] 麻醉科说下午三点找家属谈话，你能来吗\n[[PERSON|大刚]]：我在外地，你打我爱人电话[[PHONE|15210257565]]，她过去\n三叔：我也去，开车过去，车牌[[PLATE|苏E·D28816]]，医院门口要登记吗？`,
  ],
  [
    'sms-reminder',
    `【市妇幼保健院】[[PERSON|郜]]女士，您已预约[[DATE|11月27日]]（周五）上午9:00产科门诊（孕28周产检，含糖耐量试验），请空腹，携带孕产妇健康手册。电子导诊单：[[URL|https://fy.example.cn/g/8KQ2ZP]]。退订回T`,
  ],
  [
    'sms-reminder',
    `【中心医院】因门诊楼地下停车场防水施工，12月1日至12月20日期间暂停对外开放，请就诊患者尽量乘坐公共交通或停放至东门临时停车场。急诊车辆通道不受影响。给您带来不便，敬请谅解。`,
  ],
  [
    'pacemaker-clinic',
    `起搏器程控随访记录\n姓名：[[PERSON|耿福顺]]　男　77岁\n身份证：[[ID_CARD|120103194905067630]]\n随访号：[[MRN|QB-2611-0098]]\n植入日期：[[DATE|2021年4月6日]]　器械：双腔起搏器（型号A3DR01，序列号RNB402719S）\n程控：电池剩余约4.5年；心房起搏比例32%，心室起搏比例<1%；心房、心室阈值分别为0.75 V/0.4 ms、0.5 V/0.4 ms；记录到AHRE 3次，最长6分钟。\n下次随访：[[DATE|2027年5月]]　远程监护APP账号：[[ACCOUNT|gengfs_1949]]\n程控医师：[[PERSON|阚]]`,
  ],
  [
    'pacemaker-clinic',
    `起搏器植入术后须知：术侧上肢1个月内避免高举过头和用力提物；手机离起搏器15厘米以上，接打电话用对侧耳朵；过安检时出示起搏器识别卡；避免靠近强磁场，做磁共振前需确认是否为兼容机型并提前程控；如出现头晕、黑矇、心悸或伤口红肿渗液，及时就诊。`,
  ],
  [
    'lithotripsy-unit',
    `体外冲击波碎石治疗记录\n姓名：[[PERSON|简文龙]]　男　43岁　身份证：[[ID_CARD|340104198308191698]]\n碎石编号：[[MRN|SW26-0731]]　治疗日期：[[DATE|2026年11月20日]]\n结石：左输尿管上段结石 9×7 mm，CT值 860 HU\n参数：冲击2800次，能量1-4级递增，频率60次/分\n术后：KUB示结石粉碎满意。嘱多饮水、跳跃运动，[[DATE|12月4日]]复查。\n操作：[[PERSON|莫]]技师　护士：[[PERSON|小霞]]`,
  ],
  [
    'lithotripsy-unit',
    `碎石中心预约登记｜[[DATE|11月23日]]｜[[PERSON|龚美华]]｜女｜57岁｜右肾下盏结石 12 mm｜医保卡号 [[INSURANCE_ID|36010019698873]]｜预约治疗 [[DATE|11月30日]] 14:00｜术前停阿司匹林7天、查凝血｜手机 [[PHONE|18949475741]]｜登记 [[PERSON|晏]]`,
  ],
  [
    'menopause-clinic',
    `更年期门诊（妇科内分泌）　[[DATE|2026-11-18]]\n姓名：[[PERSON|叶慧珍]]　女　51岁\n身份证：[[ID_CARD|44130219750225630X]]　门诊号：[[MRN|GN2611-07413]]\n末次月经：[[DATE|2026年3月]]\n潮热出汗每日10余次，失眠，改良Kupperman评分28分（中度）；FSH 68 IU/L，E2 <20 pg/mL；乳腺超声BI-RADS 2类，子宫内膜4 mm。\n处理：启动激素补充治疗（雌二醇/雌二醇地屈孕酮片1/10），3个月后复诊。\n医师：[[PERSON|卢]]`,
  ],
  [
    'menopause-clinic',
    `[[PERSON|卢]]医生您好，我是在您更年期门诊看过的[[PERSON|房丽君]]，吃替勃龙两周了，潮热好多了，但这两天有少量阴道出血，需要停药吗？我原定[[DATE|12月16日]]复诊，要不要提前？我的电话[[PHONE|15298766589]]。`,
  ],
  [
    'haemophilia-centre',
    `血友病中心登记卡\n患儿：[[PERSON|张梓航]]　男　11岁\n身份证：[[ID_CARD|530102201503086532]]\n登记号：[[MRN|XYB-0517]]\n诊断：血友病A（重型，FVIII:C <1%），抑制物阴性\n方案：重组人凝血因子VIII 25 IU/kg 每周3次家庭预防注射（批号F8-2610-33）\n监护人：母亲[[PERSON|李晓红]]　[[PHONE|15665366816]]\n地址：[[ADDRESS|昆明市五华区西昌路36号书林苑3幢502]]\n建档日期：[[DATE|2026年11月17日]]`,
  ],
  [
    'haemophilia-centre',
    `家庭注射日记｜[[PERSON|苏见山]]｜重型血友病B｜[[DATE|11月16日]] 预防 IX因子1000 IU｜[[DATE|11月18日]] 预防 1000 IU｜[[DATE|11月19日]] 右膝关节出血，按需 1500 IU，冰敷制动｜[[DATE|11月20日]] 肿痛减轻，预防 1000 IU｜注射者：爸爸｜已微信发给中心护士[[PERSON|宫]]老师`,
  ],
  [
    'wheelchair-service',
    `轮椅适配评估表\n姓名：[[PERSON|尹凤兰]]　女　[[AGE|91]]岁　身份证：[[ID_CARD|220104193509153364]]\n住址：[[ADDRESS|长春市朝阳区自由大路455号桂园小区2栋3门301]]\n评估日期：[[DATE|2026年11月18日]]\n坐姿评估：骨盆后倾，躯干左侧倾，坐骨结节处压红；座宽40 cm，座深42 cm，靠背高48 cm\n适配：手动轮椅+减压坐垫+侧方支撑\n家属：外孙[[PERSON|马骁]]　[[PHONE|15930753970]]\n评估师：[[PERSON|冷]]`,
  ],
  [
    'wheelchair-service',
    `轮椅日常保养：每周检查轮胎气压，气压不足会使推行费力、刹车失灵；每月给轮轴和折叠部位加少量润滑油；坐垫套定期清洗，减压坐垫不可用热水袋加热；下坡时倒退行驶，上下台阶请有人协助；刹车松动请及时到适配中心调整。`,
  ],
];

const en: Array<[string, string]> = [
  [
    'admission',
    `ADMISSION NOTE — [[DATE|11/22/2026]] 03:15\nPatient: [[PERSON|Tyler Blevins]]   Age: 19   DOB: [[DATE|06/14/2007]]   MRN: [[MRN|20841376]]\nInsurance: BlueCross Member ID [[INSURANCE_ID|XQB418830276]]\nAddress: [[ADDRESS|2219 E Mabel St, Tucson, AZ 85719]]\nHPI: T1DM since age 11, ran out of insulin 3 days ago. pH 7.08, HCO3 6, glucose 612, BHB 7.1. DKA protocol started, admit to step-down.\nMother: [[PERSON|Renee Blevins]] [[PHONE|(520) 555-0173]]\nAttending: Dr [[PERSON|Babatunde]]`,
  ],
  [
    'admission',
    `Surgical take, [[DATE|21/11/2026]] 19:40. [[PERSON|Edna Pickersgill]], [[AGE|91]], NHS [[INSURANCE_ID|999 136 4706]], from [[ADDRESS|Flat 6, Mallard House, 40 Coppice Lane, Stourbridge DY8 2QE]]. 2/7 colicky abdominal pain, vomiting, bowels not open for 3 days. Distended, tympanic. AXR: dilated small bowel. Impression SBO, likely adhesional (previous hysterectomy). NG tube, IV fluids, CT AP. Son [[PERSON|Trevor]] [[PHONE|07700 900817]]. Seen by [[PERSON|F. Osborne]], CT1.`,
  ],
  [
    'admission',
    `ADMISSION — Internal Medicine  [[DATE|2026-11-20]]\nName: [[PERSON|Nadia Mahfouz]]   F 58   OHIP [[INSURANCE_ID|3735-616-355]] RT   Chart [[MRN|H7731904]]\nPresenting: 5 days of fever and dysuria, now confused; lactate 3.4; urosepsis with AKI (Cr 212).\nLives at [[ADDRESS|88 Locke St S, Apt 3, Hamilton, ON L8P 4B1]] with husband [[PERSON|Samir]].\nDr [[PERSON|Lapointe]] (MRP)`,
  ],
  [
    'progress-note',
    `Progress Note — Hospital Day 3 — [[DATE|11/21/2026]]\n[[PERSON|Terrence Moody]], Rm [[MRN|512]]\nS: Slept well, breathing easier, still coughing up green sputum.\nO: T 37.9 → 37.2, RR 20, SpO2 94% on 2 L. WBC 14.1 → 10.8. CXR: RLL consolidation.\nA: CAP, improving on ceftriaxone/azithro.\nP: Wean O2, switch to PO cefpodoxime if afebrile 24 h. Wife [[PERSON|Sheila]] updated by phone.\n— [[PERSON|K. Bajwa]], DO`,
  ],
  [
    'progress-note',
    `WR [[DATE|22/11]] — Cons Dr [[PERSON|Satterthwaite]]\nBed [[MRN|14]], [[PERSON|Alan Redfern]], 68M, day 5 alcoholic hepatitis, Maddrey 41, GAHS 9.\nJaundice static, bili 286. Lille score due [[DATE|26/11]].\nPlan: continue pred 40 mg, Pabrinex, CIWA. Wife [[PERSON|Carole]] asking about prognosis — family meeting booked tomorrow 2pm.\n[[PERSON|Meena]] (FY2)`,
  ],
  [
    'progress-note',
    `HDU PROGRESS  [[DATE|23/11/2026]] 0700\nUR [[MRN|M5520381]]  [[PERSON|TAYLOR, Brooke]]  F 34\nPost emergency LSCS [[DATE|21/11]] for abruption, PPH 2.4 L, 4 units RBC. Now Hb 86, fibrinogen 2.9. Urine output 60 mL/h. BP 118/74.\nPlan: step down to the ward today; baby in SCN, partner [[PERSON|Kayden]] visiting.\nDr [[PERSON|Vuong]]`,
  ],
  [
    'discharge',
    `DISCHARGE SUMMARY\nPatient: [[PERSON|Gloria Olivares]]   DOB [[DATE|07/22/1949]]   MRN [[MRN|41298017]]\nAdmitted: [[DATE|11/14/2026]]   Discharged: [[DATE|11/20/2026]]\nDx: Acute on chronic HFpEF; AF with RVR, rate controlled.\nDischarge to: [[ADDRESS|1704 Calle Ocho Ct, Las Cruces, NM 88001]] (home with daughter [[PERSON|Autumn]])\nFollow-up: Cardiology [[DATE|12/2/2026]].\nDischarging physician: [[PERSON|Grant Kowal]], MD`,
  ],
  [
    'discharge',
    `After tonsil surgery: pain often gets worse around days 4 to 7 before it settles, so keep taking regular paracetamol and ibuprofen as prescribed, 30 minutes before meals. Eat normal food, not soft food, to keep the throat clean. Any bleeding from the mouth, even a small amount, means coming straight to the emergency department. Stay off school or work for 2 weeks.`,
  ],
  [
    'discharge',
    `Dear Dr [[PERSON|Featherstone]],\nRe: [[PERSON|Wilfred Gornall]], DOB [[DATE|03/03/1933]], NHS [[INSURANCE_ID|9990158576]]\nMr [[PERSON|Gornall]], [[AGE|93]], was admitted on [[DATE|16/11/2026]] with community-acquired pneumonia and delirium, and went home on [[DATE|22/11/2026]] with a package of care (QDS). His confusion has settled (4AT 0). Amoxicillin to complete 7 days. Please check his renal function in a week; his nephew [[PERSON|Reggie]] will bring him.\nYours sincerely,\nDr [[PERSON|Anjali Upadhyay]], ST4 Geriatrics`,
  ],
  [
    'outpatient',
    `Endocrinology Clinic — [[DATE|Nov 18, 2026]]\n[[PERSON|Jessica Lundquist]], 29F, MRN [[MRN|73100452]]\nGraves' disease, TRAb 9.2. On methimazole 20 mg; FT4 3.1 → 1.4. Discussed RAI vs surgery; she hopes to conceive next year, so favours thyroidectomy. Referred to Dr [[PERSON|Afolabi]], endocrine surgery.\nReturn [[DATE|January 2027]].\n[[PERSON|Paul Whitacre]], MD`,
  ],
  [
    'outpatient',
    `Gastroenterology Clinic, [[DATE|20th November 2026]]\nRe: [[PERSON|Stacey Rishworth]], DOB [[DATE|11/09/1995]], NHS [[INSURANCE_ID|999 001 8081]], [[ADDRESS|3 Plover Close, Kettering NN15 6HW]]\nDear Dr [[PERSON|Fennelly]],\nI saw [[PERSON|Stacey]] with 6 months of loose stools and weight loss. Calprotectin 840; ileocolonoscopy on [[DATE|2 November]] showed terminal ileal Crohn's. We will start budesonide 9 mg and refer her to the IBD nurses.\nDr [[PERSON|Imran Qazi]], Consultant Gastroenterologist`,
  ],
  [
    'outpatient',
    `ORTHOPAEDIC OPD — [[DATE|19/11/2026]] — Consultant: Mr [[PERSON|Ó Dálaigh]]\n[[PERSON|CUNNINGHAM, Aoife]]   MRN [[MRN|0845217]]   DOB [[DATE|25/04/1990]]\nR knee pain after a camogie injury 8/52 ago. Lachman positive; MRI: complete ACL rupture. Listed for ACL reconstruction; prehab physio meanwhile.\nLetter to GP, Dr [[PERSON|Niamh Heffernan]].`,
  ],
  [
    'referral',
    `Dear Dr [[PERSON|Thakkar]],\nRe: [[PERSON|Craig Pollard]], DOB [[DATE|12/01/1966]], [[ADDRESS|21 Tallowwood Dr, Port Macquarie NSW 2444]], Medicare [[INSURANCE_ID|5388 35365 1]]\nThank you for seeing [[PERSON|Craig]], a roof plumber, with a 9 mm changing pigmented lesion on his left scapula (dermoscopy: atypical network). I have not biopsied it. He is happy to take an early appointment; mobile [[PHONE|0491 570 314]].\nRegards,\nDr [[PERSON|Belinda Lalor]]`,
  ],
  [
    'referral',
    `REFERRAL REQUEST   Fax (405) 555-0188\nFrom: Prairie Family Clinic\nTo: Neurology\nPatient: [[PERSON|Cody Hensley]]   DOB [[DATE|02/27/1988]]   Ins ID [[INSURANCE_ID|OKH20937741]]\nReason: new-onset generalized seizure [[DATE|11/15/2026]], MRI brain normal, EEG pending. Not driving.\nPreferred contact: wife [[PERSON|Skylar]] [[PHONE|(405) 555-0129]]\nReferring: [[PERSON|Dana Yarbrough]], APRN`,
  ],
  [
    'referral',
    `Referral to Gastroenterology — [[DATE|Nov 21, 2026]]\nPatient: [[PERSON|Ahmad Sadeghi]]  DOB [[DATE|1971-05-30]]  OHIP [[INSURANCE_ID|6541871718]]\nPositive FIT on screening; Hb 112, ferritin 9. Please book colonoscopy.\nPhone [[PHONE|(416) 555-0164]], email [[EMAIL|asadeghi71@example.ca]]; prefers Farsi, his son [[PERSON|Arash]] can interpret.\nDr [[PERSON|Marie-Ève Paquette]], CCFP`,
  ],
  [
    'handover',
    `ED HANDOVER 07:00 [[DATE|22/11]]\nCubicle | Patient | Issue\n[[MRN|4]] | [[PERSON|Ross Whalley]] | NSTEMI, awaiting CCU bed\n5 | — | empty, being cleaned\n[[MRN|7]] | [[PERSON|Kezia Opoku]] | 24/40 pregnant, PV bleeding, O&G aware\n9 | unknown male ~30 | found in park, GCS 13, tox screen sent\nResus [[MRN|2]] | [[PERSON|Alfie Doran]], 6 | anaphylaxis, IM adrenaline ×2\nHanded over by [[PERSON|Deepak]] to [[PERSON|Cadi]]`,
  ],
  [
    'handover',
    `ICU NURSING HANDOVER — NIGHTS [[DATE|20/11/2026]]\nBED [[MRN|3]]  [[PERSON|MCCUTCHEON, Malcolm]] — day 2 post oesophagectomy, NJ feed 20 mL/h, epidural T6–T10\nBED [[MRN|5]]  [[PERSON|PATTERSON-IKE, Louise]] — septic shock, norad 0.12, CRRT running, filter changed 02:00\nBED 6 — closed\nRelatives: [[PERSON|Malcolm]]'s partner [[PERSON|Duncan]] rang 04:10 (password given).\nNurse in charge: [[PERSON|Mhairi]]`,
  ],
  [
    'handover',
    `Theatre to recovery, bay [[MRN|2]]: this is [[PERSON|Connor Gilroy]], 17, laparoscopic appendicectomy, uncomplicated, he's had 8 of morphine and 4 of ondansetron, local in the ports, no allergies. Mum [[PERSON|Deirdre]] is in the waiting room on [[PHONE|07700 900482]]. Anaesthetist is Dr [[PERSON|Khalil]].`,
  ],
  [
    'nursing-note',
    `Nursing note [[DATE|11/21/2026]] 22:30 — Rm [[MRN|614]]\n[[PERSON|Mildred Satterfield]], [[AGE|90]], restless and pulling at IV; reoriented by granddaughter [[PERSON|Ashlyn]] on FaceTime. CAM positive. Bed alarm on, sitter requested. Voided 250 mL. Hospitalist Dr [[PERSON|Nadkarni]] notified; no new orders.\n[[PERSON|T. Yazzie]], RN`,
  ],
  [
    'nursing-note',
    `Using your inhaler with a spacer: shake the inhaler and fit it into the back of the spacer; breathe out gently, seal your lips around the mouthpiece, press the inhaler once and take 5 slow breaths; wait 30 seconds before the next puff. Wash the spacer once a month in warm soapy water and let it drip dry — do not rub it with a towel.`,
  ],
  [
    'nursing-note',
    `Community nursing visit Thu [[DATE|19/11/2026]]\nClient: [[PERSON|Reginald Tuckey]]  [[ADDRESS|4/17 Bottlebrush Pde, Warrnambool VIC 3280]]\nVenous leg ulcer R gaiter 4.1 × 3.0 cm (was 4.8 × 3.5), slough reduced. 2-layer compression reapplied. Wife [[PERSON|Thelma]] reports he is elevating his legs. Next visit Mon [[DATE|23/11]].\nContact [[PHONE|0491 570 158]]\nRN [[PERSON|Trudy]]`,
  ],
  [
    'lab-report',
    `CBC W/ DIFF   Collected [[DATE|11/20/2026]] 06:05\nName: [[PERSON|Orlando Fuentes]]   MRN [[MRN|66073219]]   Acc# [[MRN|H26-5521840]]\nWBC   41.6   HH\nHgb    7.2   L\nPlt     22   LL\nBlasts 38%   — smear reviewed by pathologist\nCritical values called to [[PERSON|LaToya]], RN, 07:12 by [[PERSON|D. Cisneros]] (MLS)`,
  ],
  [
    'lab-report',
    `Histopathology | [[PERSON|GREENWOOD, Paul]] | NHS [[INSURANCE_ID|9996478858]] | Lab no [[MRN|H26-11783]] | skin ellipse, L cheek, received [[DATE|13/11/2026]] | nodular BCC, completely excised, closest margin 2.1 mm | Reported by Dr [[PERSON|Ewa Jaworska]] | [[DATE|19/11/2026]]`,
  ],
  [
    'lab-report',
    `PATHOLOGY REPORT\nPatient: [[PERSON|Mavis Yardley]]   Age: [[AGE|96]]   UR: [[MRN|K0932146]]   Medicare: [[INSURANCE_ID|3952 56635 5]]\nCollected: [[DATE|18 Nov 2026]]\nINR 4.8 (target 2–3). Creatinine 131, eGFR 31.\nResult phoned to the GP clinic; warfarin withheld per Dr [[PERSON|Chakraborty]].`,
  ],
  [
    'imaging-report',
    `MRI LEFT KNEE WITHOUT CONTRAST\nPatient: [[PERSON|Brianna Upchurch]]   MRN [[MRN|38205561]]   Exam date [[DATE|11/19/2026]]   Acc [[MRN|MR77310452]]\nComparison: radiographs [[DATE|October 2026]]\nFindings: complex tear of the posterior horn of the medial meniscus; bone bruise lateral femoral condyle; ACL intact.\nElectronically signed: [[PERSON|Victor Amaro]], MD`,
  ],
  [
    'imaging-report',
    `CXR PA [[DATE|21/11/2026]] — [[PERSON|Douglas Dewhurst]], RXR [[MRN|RXR6630912]]. Compared with [[DATE|03/09/2025]]. New right upper lobe mass 4 cm with hilar enlargement. Recommend CT chest, abdomen and pelvis and lung cancer pathway referral. Dr [[PERSON|S. Frimpong]], Consultant Radiologist`,
  ],
  [
    'prescription',
    `Rx  [[DATE|11/20/2026]]\n[[PERSON|Frances Gilliam]]   DOB [[DATE|09/05/1958]]\n[[ADDRESS|615 Wren Ridge Ln, Knoxville, TN 37918]]   [[PHONE|(865) 555-0191]]\nApixaban 5 mg tablet — 1 tab PO BID #60, RF 5\nDAW: no   Rx# 7721043\nPrescriber: [[PERSON|Daniel Hux]], MD`,
  ],
  [
    'prescription',
    `PRIVATE PRESCRIPTION\nPatient: [[PERSON|Oliver Coverdale]]   Age: 34   [[ADDRESS|12 Cranbourne Gardens, Harrogate HG1 2PB]]\nMalarone (atovaquone 250 mg / proguanil 100 mg), 1 daily, start 2 days before travel, continue 7 days after return — 30 tablets\nSigned: Dr [[PERSON|Helena Eckhart]]   Date: [[DATE|18/11/2026]]`,
  ],
  [
    'prescription',
    `Rx 4418207   [[DATE|2026-11-21]]\n[[PERSON|BOUCHER, Lise]]\nTAKE 1 CAPSULE BY MOUTH DAILY BEFORE BREAKFAST\nOMEPRAZOLE 20MG DR CAP   QTY 30   REFILLS 2\nDR [[PERSON|A. GILL]]\nLAKEVIEW PHARMACY  (613) 555-0100`,
  ],
  [
    'consent',
    `INFORMED CONSENT — Colonoscopy with possible polypectomy\nPatient: [[PERSON|Thi Lan Pham]]   MRN [[MRN|59014226]]   DOB [[DATE|12/30/1967]]\nRisks (bleeding, perforation, missed lesion, sedation) explained via Vietnamese phone interpreter #318406.\nPatient signature: [[PERSON|Lan Pham]]   [[DATE|11/22/2026]] 08:20\nPhysician: Dr [[PERSON|Orville Kimbrough]]`,
  ],
  [
    'consent',
    `Consent Form 4 (patient lacks capacity) — [[DATE|20/11/2026]]\nPatient: [[PERSON|Brian Coulthard]], DOB [[DATE|14/06/1951]], hospital no [[MRN|L4410392]]\nProcedure: PEG insertion. Best-interests meeting held with his sister [[PERSON|Pauline Coulthard]] and IMCA [[PERSON|Tomás Reilly]].\nSigned: Dr [[PERSON|Yara Saleh]]`,
  ],
  [
    'consent',
    `Telehealth consent — [[DATE|23/11/2026]]\nI, [[PERSON|Shane Mulvihill]] (Medicare [[INSURANCE_ID|3206 72006 1]]), agree to my psychiatry review by video and understand it is not recorded. Emergency contact during the call: [[PERSON|Karen Mulvihill]] on [[PHONE|0491 570 623]].\nClinician: Dr [[PERSON|Felix Janssen]]`,
  ],
  [
    'billing',
    `STATEMENT OF ACCOUNT   [[DATE|11/21/2026]]\nGuarantor: [[PERSON|Leroy Batiste]]   SSN [[ID_CARD|987-65-4323]]\nPatient: [[PERSON|Jalen Batiste]] (son)   Acct [[MRN|G-20718834]]\nED visit [[DATE|10/03/2026]] — balance after insurance $412.75   Claim 99120457\nPaid online by Visa [[BANK_CARD|4539 3972 7602 1682]]`,
  ],
  [
    'billing',
    `Invoice PV-26-1187 — Harbour View Physiotherapy\nTo: [[PERSON|Georgia Nankervis]], [[ADDRESS|7 Penwerris Rise, Falmouth TR11 3DF]]\nEmail: [[EMAIL|g.nankervis@example.co.uk]]\nSessions [[DATE|4/11]], [[DATE|11/11]] and [[DATE|18/11/2026]] @ £55 = £165\nPaid Mastercard [[BANK_CARD|5312871264015013]]`,
  ],
  [
    'billing',
    `TAX INVOICE / RECEIPT 30871\n[[PERSON|Desmond Sarpong]]\n[[ADDRESS|PO Box 612, Mildura VIC 3502]]\nMedicare [[INSURANCE_ID|2439 65432 4]]\nSpecialist consultation [[DATE|20/11/2026]]  Fee $260.00  Medicare rebate $92.40\nPaid AMEX [[BANK_CARD|3714 586109 34615]]`,
  ],
  [
    'online-consult',
    `[[ACCOUNT|runner_gal_88]]: hi, I rolled my ankle on a trail run this morning, it's swollen on the outside and I can walk but it hurts\nTriage RN [[PERSON|Luana]]: can you take 4 steps right now? any tenderness on the bony bump at the back of the ankle?\n[[ACCOUNT|runner_gal_88]]: I can walk. pressing the bone doesn't hurt, just the soft part in front\nTriage RN [[PERSON|Luana]]: sounds like a sprain — rest, ice, ibuprofen, and go to urgent care if you can't bear weight tomorrow.\nsession IP [[IP|203.0.113.153]]`,
  ],
  [
    'online-consult',
    `Video visit [[DATE|11/23/2026]] 16:30 ET\nPatient: [[PERSON|Morgan Lenihan]]   Visit ID [[MRN|VV-4419027]]\nLink sent: [[URL|https://meet.example.com/j/4419027]]   Join IP [[IP|198.51.100.231]]   Email on file [[EMAIL|m.lenihan@example.net]]\nRash 2 weeks after starting lamotrigine, no mucosal involvement, no fever. Stop lamotrigine now; in-person review today. — [[PERSON|Ruth Onyeka]], NP`,
  ],
  [
    'online-consult',
    `E-visit — Student Health Portal\nFrom: [[PERSON|Xu Mingyue]] (international student)\nPassport no. [[PASSPORT|EJ5038824]]\nMessage: I have had a fever of 38.6 and a sore throat for 2 days, my roommate [[PERSON|Hu Yue]] had flu last week. Can I get Tamiflu? My insurance card is only in Chinese.\nReply from Dr [[PERSON|Mahaffey]]: yes, oseltamivir 75 mg twice a day for 5 days sent to the campus pharmacy; rest and fluids.`,
  ],
  [
    'patient-message',
    `From: [[PERSON|Shirley Prowse]] <[[EMAIL|shirleyprowse52@example.com]]>\nTo: Rheumatology Secretaries\nSubject: methotrexate blood tests\nDear team, my GP surgery says my shared-care blood monitoring ran out in [[DATE|October]]. I'm due my next bloods on [[DATE|1 December]]. My hospital number is [[MRN|R0559128]] and DOB [[DATE|19/02/1952]]. Could someone call me on [[PHONE|01632 960518]]?\nMany thanks, [[PERSON|Shirley]]`,
  ],
  [
    'patient-message',
    `To [[PERSON|Honey]], [[PERSON|Daisy]] and everyone on Ward 7B, thank you for looking after our grandad [[PERSON|Ernest Hollings]] — he turned [[AGE|98]] on your ward and still talks about the cake. With love from [[PERSON|Archie]], [[PERSON|Kenzie]] and the [[PERSON|Hollings]] family`,
  ],
  [
    'patient-message',
    `[[ADDRESS|9 Sheepmarket Row, Louth LN11 9JG]]\n[[DATE|19 November 2026]]\nDear Patient Experience Team,\nOn [[DATE|12 November]] my mother, [[PERSON|Violet Askew]], aged [[AGE|95]], waited six hours on a trolley in the corridor. I was also given a parking penalty although I had paid for my car ([[PLATE|LN19 WKF]]).\nYours faithfully,\n[[PERSON|Janet Askew]]`,
  ],
  [
    'family-chat',
    `[[PERSON|Gilsenan]] lot 👵\n[[PERSON|Rhona]]: Gran's in majors cubicle 12, they think it's her hip\n[[PERSON|Lenny]]: on my way, where's best to park\n[[PERSON|Rhona]]: multi-storey level 3 has spaces, I'm next to the lift in my red Corsa [[PLATE|SK20 PXE]]\nUncle [[PERSON|Pete]]: tell Dr [[PERSON|Lindsay]] she's on apixaban\n[[PERSON|Lenny]]: 👍`,
  ],
  [
    'family-chat',
    `[[PERSON|Yadira]]: Dad's out of surgery, they're taking him to room 5120 on step-down\n[[PERSON|Javi]]: thank god. I'm in the garage, level 4, silver Tacoma [[PLATE|NKR-4419]]\n[[PERSON|Yadira]]: bring his reading glasses, they're in the glovebox\n[[PERSON|Javi]]: got them. who's his nurse?\n[[PERSON|Yadira]]: [[PERSON|Bobbie]], she's great`,
  ],
  [
    'sms-reminder',
    `Hi [[PERSON|Kinsley]], your appointment with Dr [[PERSON|Ferris]] at Coastal Skin Clinic is on Tue [[DATE|1 Dec]] at 2:40pm. Reply Y to confirm, N to cancel. Directions: [[URL|https://coastalskin.example.com.au/m/7TQ]]`,
  ],
  [
    'sms-reminder',
    `Northgate Medical Centre: walk-in flu and COVID vaccination clinics run every Saturday in November, 9am–12pm. No booking needed for over-65s. Reply STOP to opt out.`,
  ],
  [
    'pacemaker-clinic',
    `Cardiac Device Clinic — pacemaker check [[DATE|20/11/2026]]\n[[PERSON|Norman Fazackerley]], DOB [[DATE|11/08/1940]], NHS [[INSURANCE_ID|9992432616]]\nDevice: dual-chamber PPM implanted [[DATE|14/03/2019]], serial PJN812044S. Battery 3.2 years (ERI not reached). RA 0.75 V @ 0.4 ms, RV 1.0 V @ 0.4 ms, R wave 9 mV. AP 18%, VP 96%. 2 AHRE episodes, longest 40 s.\nPlan: home remote monitoring via the bedside transmitter; next in-clinic check [[DATE|May 2027]].\nPhysiologist: [[PERSON|Bethan Rowse-Catterall]]`,
  ],
  [
    'pacemaker-clinic',
    `REMOTE MONITORING ALERT — ICD\nPatient: [[PERSON|Raymond Tillis]]   MRN [[MRN|80331957]]   Transmission [[DATE|11/22/2026]] 02:47\nEvent: VF detected, 1 shock delivered 35 J, terminated. No further episodes.\nCalled patient at [[PHONE|(615) 555-0147]]: felt a "kick in the chest", now well. Advised no driving for 6 months; EP clinic Tue [[DATE|11/24]].\nPatient app account [[ACCOUNT|rtillis_remote]] paired.\n— [[PERSON|Courtney Ybanez]], RN, Device Clinic`,
  ],
  [
    'lithotripsy-unit',
    `ESWL TREATMENT RECORD  [[DATE|19/11/2026]]\nUR [[MRN|P2207451]]   [[PERSON|Dominic Cottam]]   Medicare [[INSURANCE_ID|3012 47915 1]]\nStone: L renal pelvis 11 mm, 980 HU, SSD 9 cm.\nShocks 3000 at 90/min, power ramped 1→5. Analgesia: IV fentanyl 50 mcg.\nPost KUB: good fragmentation. Review with CT KUB [[DATE|January 2027]].\nUrologist: Dr [[PERSON|Mei Ling Ong]]   Radiographer: [[PERSON|Harlow]]`,
  ],
  [
    'lithotripsy-unit',
    `After shock wave lithotripsy: you may see blood in your urine for a day or two and pass gritty fragments, so drink 2–3 litres of water a day to help flush them out. Bruising on your side or back is common. Come back to hospital if you have a temperature over 38, pain not helped by your tablets, or cannot pass urine.`,
  ],
  [
    'menopause-clinic',
    `Menopause Clinic — [[DATE|17/11/2026]]\nDear Dr [[PERSON|Walmsley]],\nRe: [[PERSON|Maxine Eccleston]], DOB [[DATE|30/06/1974]], NHS [[INSURANCE_ID|999 109 3370]]\n[[PERSON|Maxine]] (52) has had hot flushes, poor sleep and low mood since her periods stopped in [[DATE|March 2025]]. MRS score 22. No contraindication to HRT. We started transdermal oestradiol gel 2 pumps with micronised progesterone 100 mg nightly, and vaginal oestrogen.\nReview in 3 months.\nDr [[PERSON|Uchenna Ezeh]], Menopause Specialist`,
  ],
  [
    'menopause-clinic',
    `HRT: what to expect. Hot flushes usually start to improve within 4 weeks, mood and sleep within 3 months. Irregular bleeding is common in the first 3 to 6 months of combined HRT; bleeding after that, or any bleeding once it has settled, should be checked. Gel and patches do not raise the risk of clots the way tablets can.`,
  ],
  [
    'haemophilia-centre',
    `Hemophilia Treatment Center — home infusion log review [[DATE|11/20/2026]]\n[[PERSON|Caleb Strickland]], 14, severe hemophilia A, MRN [[MRN|24470918]], DOB [[DATE|03/11/2012]]\nProphylaxis emicizumab q1w; 2 breakthrough bleeds logged: L elbow [[DATE|10/29]] and R ankle [[DATE|11/12]], each treated with rFVIII 50 IU/kg by mom [[PERSON|Tara]].\nTarget joint review with PT [[PERSON|Jordan Fulcher]] in [[DATE|December]].\nHTC nurse: [[PERSON|Wendell Ruff]]`,
  ],
  [
    'haemophilia-centre',
    `BLEEDING DISORDER EMERGENCY CARD\nName: [[PERSON|Cian McCloskey]]   DOB: [[DATE|08/01/1996]]\nDiagnosis: Haemophilia B, moderate (FIX 3%). No inhibitor.\nIn a bleed give recombinant FIX 50 IU/kg and call the Haemophilia Centre (01632 960000, 24 h).\nHospital no: [[MRN|BH0831476]]\nNext of kin: [[PERSON|Siún]] (partner) [[PHONE|07700 900596]]`,
  ],
  [
    'wheelchair-service',
    `Wheelchair Service — seating assessment [[DATE|18/11/2026]]\nClient: [[PERSON|Harriet Ingham]], DOB [[DATE|22/02/1986]], NHS [[INSURANCE_ID|9994516140]]\n[[ADDRESS|Ground floor flat, 15 Wagtail Way, Norwich NR5 8QL]]\nMS, EDSS 7.5, transfers with a board. Waterlow 18. Prescribed a lightweight active user chair with a pressure-relieving air cushion; tilt not needed yet.\nTherapist: [[PERSON|Conall Hanrahan]]   Rehab engineer: [[PERSON|Manoj]]`,
  ],
  [
    'wheelchair-service',
    `Seating & Mobility Clinic — [[DATE|Nov 19, 2026]]\n[[PERSON|Yvette Charbonneau]], [[AGE|92]], OHIP [[INSURANCE_ID|4958779557]] QA\nPower wheelchair trial at home; tilt-in-space needed for pressure management. ADP application signed. Daughter [[PERSON|Ginette]] to arrange a ramp; reach her at [[PHONE|(705) 555-0138]].\nOT: [[PERSON|Ravinder Sidhu]]`,
  ],
];

export function generateDeidHoldout24(): LabelledRecord[] {
  return holdoutRecords('h24', zh, en);
}

export const DEID_HOLDOUT_24_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/labelled/deid-holdout-24.jsonl',
);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const records = generateDeidHoldout24();
  writeFileSync(DEID_HOLDOUT_24_PATH, renderJsonl(records));
  console.log(`wrote ${records.length} records to ${DEID_HOLDOUT_24_PATH}`);
}
