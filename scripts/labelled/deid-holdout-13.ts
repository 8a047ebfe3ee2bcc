import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { holdoutRecords, type LabelledRecord, renderJsonl } from './generate-deid.ts';

/**
 * The ROUND-13 fresh held-out de-identification set (data/labelled/deid-holdout-13.jsonl): hand-written
 * snippets with hand-placed spans, marked inline as [[TYPE|text]] (parseMarked strips the marks and
 * records UTF-16 offsets). Written by a separate annotator who did not read the recognizer code and
 * never ran a recognizer on these snippets; it must not be used to tune the recognizers.
 *
 * About four fifths are the everyday documents of a general hospital and the messages of its patients
 * (admission, progress and discharge notes, outpatient notes, referrals, handovers, nursing notes,
 * lab, pathology and imaging reports, prescriptions, consent, billing and insurance forms, online
 * consultations, patient messages, family chats and SMS reminders); about a fifth come from settings
 * earlier rounds did not list: smoking-cessation services, anticoagulation (INR / DOAC) clinics,
 * lactation support, mortality reviews (死亡病例讨论, M&M) and cord-blood banks.
 *
 * Identifiers are synthetic: resident IDs carry a valid GB 11643 check character and a sex digit and
 * birth date consistent with the text (15-digit IDs likewise), bank cards a valid Luhn digit, NHS
 * numbers are in the 999 test range with their modulus-11 digit, the Australian Medicare number passes
 * its check digit and the OHIP number its Luhn digit; the US SSN is in the 987-65-432x advertising
 * range. Phones are random mainland numbers or fictional ranges (North American 555-01xx, UK 07700
 * 900xxx and 01632 960xxx, Australian 0491 570 xxx); mail and web hosts are example.*; IP addresses
 * come from the documentation ranges.
 *
 * Span conventions are those of data/labelled/deid-holdout-2 to -12 cards; the decisions new in this
 * round are in data/labelled/deid-holdout-13.card.yaml.
 */
const zh: Array<[string, string]> = [
  [
    'admission',
    `神经内科入院记录\n姓名：[[PERSON|饶嘉树]]　性别：男　年龄：68岁\n入院时间：[[DATE|2026-11-21]] 14:05　床号：[[MRN|17]]　住院号：[[MRN|ZY26117742]]\n身份证：[[ID_CARD|51010719580314911X]]\n现病史：晨起发现左侧肢体无力伴言语含糊约3小时，NIHSS 6分，头颅CT未见出血，已予阿替普酶0.9mg/kg静脉溶栓。\n联系人：儿子[[PERSON|饶子墨]] [[PHONE|13980472916]]，住[[ADDRESS|成都市武侯区玉林北路22号附3号]]。\n接诊医生：[[PERSON|卫南星]]`,
  ],
  [
    'admission',
    `产科入院　孕妇[[PERSON|管一禾]]，33岁，G2P1，孕39+2周，因“规律腹痛4小时”于[[DATE|2026年11月22日]]凌晨入院，待产室[[MRN|3]]床。证件[[ID_CARD|450103199303075683]]。丈夫[[PERSON|甄朗]]陪同，电话[[PHONE|18978150342]]。宫口开2cm，胎心140次/分，羊水清。`,
  ],
  [
    'admission',
    `老年科入院\n患者[[PERSON|褚桂英]]，女，[[AGE|93]]岁（[[DATE|1933年4月11日]]生），身份证[[ID_CARD|130102193304116303]]，因“纳差乏力1周、跌倒1次”由养老院送入。既往高血压、房颤，长期口服华法林2.5mg qd，INR 3.8。\n病案号 [[MRN|LN-0093127]]；养老院联系人[[PERSON|米晓岚]]，座机[[PHONE|0311-86172294]]。`,
  ],
  [
    'progress-note',
    `[[DATE|11月22日]] 术后第1日病程\n[[PERSON|单于宏]]副主任医师查房：患者[[PERSON|佟晚禾]]腹腔镜胆囊切除术后，体温37.6℃，腹软，切口无渗出，已排气。嘱今日进流质，明日复查肝功能。\n记录者：[[PERSON|阎书言]]`,
  ],
  [
    'progress-note',
    `夜班病程 23:40 [[MRN|9]]床[[PERSON|詹德旺]]突发胸闷气促 SpO2 88% 双肺湿啰音 BP 168/96 予呋塞米20mg iv 硝酸甘油泵入 半小时后SpO2 95% 已电话告知二线[[PERSON|骆征]]医生 家属[[PERSON|詹雪]]知情`,
  ],
  [
    'progress-note',
    `术前讨论记录\n时间：[[DATE|2026年11月23日]]　地点：肝胆外科示教室\n参加人员：[[PERSON|纪承泽]]主任、[[PERSON|闵瑶]]副主任医师、[[PERSON|车明轩]]主治医师、麻醉科[[PERSON|璩]]医生\n患者[[PERSON|池秋生]]，男，59岁，住院号[[MRN|GD2611-0288]]，诊断：肝右叶占位（肝细胞癌可能，BCLC A期）。\n讨论意见：拟[[DATE|11月25日]]行腹腔镜肝右后叶切除术；术前ICG R15 6.2%，Child-Pugh A级。\n记录人：[[PERSON|岑小禾]]`,
  ],
  [
    'progress-note',
    `阶段小结（[[DATE|2026.11.01]]—[[DATE|2026.11.22]]）\n患者[[PERSON|鲍星野]]，女，64岁，住院号[[MRN|GH0187365]]，旧身份证[[ID_CARD|430104620923778]]。\n诊断：社区获得性肺炎、2型糖尿病。已完成抗感染疗程14天，血糖控制于6-10mmol/L，HbA1c 8.1%。\n下一步：拟[[DATE|11月25日]]出院，出院后社区随访血糖。`,
  ],
  [
    'discharge',
    `出院记录\n姓名 [[PERSON|温若琳]]　住院号 [[MRN|2611046]]\n入院 [[DATE|2026/11/12]]　出院 [[DATE|2026/11/21]]\n诊断：急性肾盂肾炎（右）\n出院医嘱：头孢克肟0.1g bid 口服至满14天；多饮水；两周后复查尿常规。\n本人电话：[[PHONE|15013862740]]\n主治医师：[[PERSON|麻晓菲]]`,
  ],
  [
    'discharge',
    `儿科出院小结：患儿[[PERSON|侯米粒]]，男，3岁5月，因“热性惊厥”住院3天，[[DATE|11月20日]]出院。出院诊断：单纯型热性惊厥、急性上呼吸道感染。嘱体温超过38.5℃予布洛芬混悬液5mL。监护人[[PERSON|侯建邦]]（父）手机[[PHONE|13706419528]]，身份证[[ID_CARD|50010319891028089X]]，住址[[ADDRESS|重庆市渝中区较场口88号4栋1102]]。`,
  ],
  [
    'discharge',
    `出院告知单\n[[PERSON|黎穗生]]先生：您于[[DATE|2026年11月23日]]办理出院。请于[[DATE|12月7日]]上午到泌尿外科门诊拔除双J管，届时带上出院记录（住院号[[MRN|UR-26-5531]]）。如出现发热、腰痛加重请及时就诊。\n家属车辆[[PLATE|粤A·7F26L]]凭本单出院当日停车减免。`,
  ],
  [
    'outpatient',
    `眼科门诊　[[DATE|2026-11-20]]\n[[PERSON|阮秋池]]　女　47岁　门诊号[[MRN|MZ4418207]]　身份证 [[ID_CARD|420106197908022503]]\n主诉：右眼视物模糊2月。视力右0.4 左0.8，眼压右16mmHg 左15mmHg，右眼晶状体皮质混浊C2。\n诊断：右眼年龄相关性白内障。建议择期手术，术前查血糖。\n医生：[[PERSON|桑启]]`,
  ],
  [
    'outpatient',
    `皮肤科　患者：[[PERSON|东方晓月]]，女，25岁；证件号 [[ID_CARD|530102200106255027]]\n双侧面颊红斑、丘疹伴灼热感半年，遇热加重。诊断：玫瑰痤疮。处方：甲硝唑凝胶外用 bid，避免日晒。复诊：4周后。`,
  ],
  [
    'outpatient',
    `骨科门诊病历 [[DATE|11/21]]\n就诊人 [[PERSON|牛犇]] 男 35岁 ID [[MRN|0008813552]]\n打篮球时右膝扭伤3天，肿胀，前抽屉试验（+）。MRI提示前交叉韧带部分撕裂。予支具固定，冰敷，2周后复诊。\n身份证 [[ID_CARD|370202199011308157]]　手机 [[PHONE|15865320917]]`,
  ],
  [
    'outpatient',
    `门诊宣教单（消化内科）：幽门螺杆菌根除治疗期间请按时服药14天：艾司奥美拉唑20mg、阿莫西林1g、克拉霉素0.5g，均每日两次；停药满4周后再做碳13呼气试验复查。服药期间避免饮酒。`,
  ],
  [
    'referral',
    `双向转诊单（上转）\n转出单位：青石镇卫生院　转入：县人民医院心内科\n患者姓名：[[PERSON|龙阿朵]]，女，62岁，身份证[[ID_CARD|210102196407199088]]\n户籍地址：[[ADDRESS|辽宁省沈阳市和平区南京南街56号]]\n转诊原因：血压控制不佳（180/105mmHg），伴头痛，已联用氨氯地平5mg、缬沙坦80mg。\n转诊医生：[[PERSON|石秉忠]]　电话[[PHONE|13874561230]]　日期：[[DATE|2026年11月19日]]`,
  ],
  [
    'referral',
    `院内会诊申请\n申请科室：血液科　被邀科室：口腔科\n[[PERSON|宓清扬]]，[[MRN|22]]床，急性髓系白血病诱导化疗前，请评估口腔感染灶，必要时拔除患牙。\n申请医师：[[PERSON|苗翠微]]　[[DATE|2026-11-22]]`,
  ],
  [
    'referral',
    `下转单：患者[[PERSON|柏永年]]（住院号[[MRN|SN2610-3317]]）脑梗死后右侧偏瘫，生命体征平稳，转沧浪社区卫生服务中心康复科继续康复训练。家住[[ADDRESS|苏州市姑苏区十全街117号]]。家属[[PERSON|柏玲]]，[[PHONE|18962037714]]。`,
  ],
  [
    'handover',
    `护理交班　[[DATE|2026.11.22]] 白班→夜班\n床号｜姓名｜要点\n[[MRN|5]]｜[[PERSON|娄宝琴]]｜术后6h，导尿管通畅，尿量35mL/h\n6｜空床｜—\n[[MRN|11]]｜[[PERSON|聂长河]]｜胰岛素泵，22:00测血糖\n[[MRN|14]]｜[[PERSON|芮露]]｜禁食，明晨胃镜`,
  ],
  [
    'handover',
    `ICU交班口述：“[[MRN|3]]床[[PERSON|邝振南]]，重症胰腺炎第4天，腹内压18mmHg，今天CRRT管路凝了一次已更换；[[MRN|7]]床[[PERSON|俞思甜]]，拔管后第一个夜班，注意喉头水肿。”接班：[[PERSON|宁可欣]]`,
  ],
  [
    'handover',
    `急诊留观交班 [[DATE|11月23日]] 08:00\n留观[[MRN|1]]床[[PERSON|汤文静]]：腹痛待查，血淀粉酶正常，上午B超；\n留观[[MRN|2]]床[[PERSON|宣浩]]：醉酒，已清醒，等家属[[PERSON|宣志国]]来接；\n留观3床：空；\n留观[[MRN|4]]床[[PERSON|毕春生]]：COPD急性加重，已请呼吸科[[PERSON|鄂]]主任会诊。\n交班人：[[PERSON|屠嘉]]　接班人：[[PERSON|羊舌蔚]]`,
  ],
  [
    'nursing-note',
    `护理记录 [[DATE|11-21]] 10:30 [[PERSON|尚金凤]]（[[MRN|32]]床，[[AGE|九十二]]岁）Braden评分12分，骶尾部I期压力性损伤2×3cm，已予泡沫敷料保护，每2小时翻身。家属已学会翻身方法。护士：[[PERSON|雷小雨]]`,
  ],
  [
    'nursing-note',
    `输血护理记录\n受血者[[PERSON|韦金花]] 住院号[[MRN|XY00451289]] 血型B RhD(+)\n[[DATE|2026年11月22日]] 15:10开始输注悬浮红细胞2U，前15分钟10滴/分，无不良反应后调至40滴/分。双人核对：[[PERSON|罗静]]、[[PERSON|蒙晓丹]]。`,
  ],
  [
    'nursing-note',
    `跌倒预防宣教要点：起床做到“三个半分钟”；夜间开地灯；穿防滑鞋；如厕时按呼叫铃请护士协助。Morse评分≥45分者床头挂黄色警示牌。`,
  ],
  [
    'lab-report',
    `检验报告单　标本号 [[MRN|2611220384]]\n姓名：[[PERSON|樊志勇]]　性别：男　年龄：54岁　科室：肾内科\n肌酐 186μmol/L↑　尿素 12.4mmol/L↑　钾 5.6mmol/L↑　eGFR 35mL/min/1.73m²\n采样：[[DATE|2026-11-22]] 07:12　审核：[[PERSON|隋明]]`,
  ],
  [
    'lab-report',
    `危急值报告记录\n时间：[[DATE|2026/11/21]] 03:18\n患者：[[PERSON|巫春燕]]，[[MRN|19]]床\n项目：血钾 2.6mmol/L（参考3.5-5.3）\n报告人：检验科[[PERSON|冷雪松]]　接收人：[[PERSON|刘芃芃]]\n处理：已通知值班医生，予10%氯化钾口服。`,
  ],
  [
    'lab-report',
    `病理诊断报告\n病理号：[[MRN|P26-08817]]　送检日期：[[DATE|2026年11月18日]]\n姓名：[[PERSON|田甜]]　女　40岁\n肉眼所见：甲状腺右叶结节1.2cm，切面灰白。\n病理诊断：（右叶）甲状腺乳头状癌，经典型，未见被膜侵犯。\n诊断医师：[[PERSON|欧阳洵]]`,
  ],
  [
    'imaging-report',
    `超声检查报告\n检查号 [[MRN|US20261122-0457]]\n[[PERSON|萧念慈]]，女，31岁，孕12+3周，证件号 [[ID_CARD|320583199502172720]]\nNT 1.4mm，CRL 6.1cm，胎心规律。\n印象：单活胎，NT未见增厚。\n检查医师：[[PERSON|范可欣]]　[[DATE|2026.11.22]]`,
  ],
  [
    'imaging-report',
    `CT报告：[[PERSON|郗振华]] 男 70岁 影像号[[MRN|CT0098164]]（[[DATE|2026-11-21]]）旧证号[[ID_CARD|360102560417403]] 平扫示右肺上叶见一约2.3cm分叶状结节，边缘毛刺，纵隔未见肿大淋巴结。建议增强CT或PET-CT进一步评估。报告：[[PERSON|简沐]]`,
  ],
  [
    'prescription',
    `处方笺　普通\n费别：医保　医保卡号：[[INSURANCE_ID|340100D1562893]]\n姓名：[[PERSON|言家栋]]　男　71岁　门诊号：[[MRN|H8862041]]\nRp：二甲双胍缓释片 0.5g×60片　sig 0.5g bid 餐时\n　　阿托伐他汀钙片 20mg×28片　sig 20mg qn\n医师：[[PERSON|伍鸣谦]]　[[DATE|2026-11-22]]`,
  ],
  [
    'prescription',
    `第一类精神药品处方\n患者：[[PERSON|芦振邦]]　身份证：[[ID_CARD|610113194712089314]]\n代办人：[[PERSON|芦晓]]　身份证：[[ID_CARD|440304198605217203]]\n诊断：肺癌骨转移 癌痛\nRp：盐酸羟考酮缓释片 10mg×14片 sig 10mg q12h\n开具日期：[[DATE|2026年11月21日]]　医师：[[PERSON|杭立]]`,
  ],
  [
    'prescription',
    `儿科处方\n[[PERSON|孔小树]]　男　6岁　体重20kg　就诊号[[MRN|EK202611230021]]\n诊断：急性中耳炎\n阿莫西林颗粒 sig 0.5g tid ×7天\n对乙酰氨基酚混悬滴剂 按需，两次间隔≥4小时\n[[DATE|11月23日]]　家长电话 [[PHONE|13660295148]]`,
  ],
  [
    'consent',
    `胃肠镜检查知情同意书\n患者[[PERSON|任秋禾]]，门诊号[[MRN|DX3307719]]，拟于[[DATE|2026年11月26日]]在静脉麻醉下行胃镜+结肠镜检查，可能的风险包括出血、穿孔、麻醉意外等。\n患者签名：[[PERSON|任秋禾]]　谈话医师：[[PERSON|喻澄]]　签署日期：[[DATE|2026-11-23]]`,
  ],
  [
    'consent',
    `手术知情同意书（授权委托）\n患者：[[PERSON|骆兰芳]]，[[AGE|91]]岁，左股骨颈骨折。患者本人授权孙女[[PERSON|骆小茵]]（身份证[[ID_CARD|620102198112121828]]，电话[[PHONE|13919246057]]）代为签署。\n拟手术日期：[[DATE|11月24日]]`,
  ],
  [
    'consent',
    `CT增强检查碘对比剂使用告知\n受检者：[[PERSON|蔺嘉禾]]　男　77岁　检查号：[[MRN|E-265518]]　身份证（旧）：[[ID_CARD|510402490730847]]\n既往无碘过敏史，肌酐78μmol/L。检查后请多饮水，观察30分钟方可离开。\n受检者/家属签字：[[PERSON|蔺嘉禾]]　[[DATE|2026年11月22日]]`,
  ],
  [
    'billing',
    `出院结算单　结算号 JS-26112300871\n患者：[[PERSON|展鹏飞]]　住院号：[[MRN|A0071826]]　身份证：[[ID_CARD|340104195505309874]]\n医保个人编号：[[INSURANCE_ID|34010400071882]]\n住院日期：[[DATE|2026-11-10]]至[[DATE|2026-11-22]]\n总费用 38,426.15元　统筹支付 25,118.40元　个人自付 13,307.75元\n退款账户：[[BANK_CARD|6230191639907829]]`,
  ],
  [
    'billing',
    `商业健康险理赔申请\n被保险人：[[PERSON|牟丹青]]　保单号：[[INSURANCE_ID|PA2026-88310457]]\n出险日期：[[DATE|2026年10月30日]]　就诊医院：市第二人民医院\n领款人银行卡：[[BANK_CARD|6228606366095101279]]（开户名：[[PERSON|牟丹青]]）\n联系电话：[[PHONE|15228406193]]　邮箱：[[EMAIL|mudanqing@example.com.cn]]`,
  ],
  [
    'billing',
    `门诊退费申请：本人[[PERSON|包晨]]（港澳居民来往内地通行证 [[PASSPORT|H60318274]]），就诊卡号[[MRN|0003827716]]，[[DATE|11月20日]]缴费的彩超检查（发票号 00918273）因取消检查申请退费186元，原路退回微信支付。`,
  ],
  [
    'online-consult',
    `图文问诊记录\n用户：[[ACCOUNT|晴天小狗_1987]]\n患者：[[PERSON|常清禾]]，女，39岁\n问：我吃左甲状腺素片50μg已经三个月，这次TSH 0.08，需要减量吗？\n医生（[[PERSON|裴煦]]，内分泌科）：TSH偏低，提示剂量偏大，建议减为37.5μg，6周后复查甲功，心慌明显请线下就诊。\n时间：[[DATE|2026-11-22]] 21:14`,
  ],
  [
    'online-consult',
    `视频复诊记录　问诊编号 [[MRN|WZ-2611-30982]]\n患者 [[PERSON|端木芸]]　登录IP [[IP|203.0.113.37]]\n复诊内容：类风湿关节炎，甲氨蝶呤10mg每周一次，叶酸次日服用；近期关节痛减轻，DAS28 3.1。续方4周。`,
  ],
  [
    'online-consult',
    `在线药师咨询\n[[DATE|11月21日]] 20:03 [[PERSON|郜美玲]]（用户名 [[ACCOUNT|meiling_mama]]）：宝宝9个月，发烧38.6℃，家里有布洛芬混悬液（20mg/mL），能吃多少？\n药师[[PERSON|蒋欣然]]：按体重给药，每次5-10mg/kg，宝宝多重？\n[[PERSON|郜美玲]]：8.5公斤\n药师[[PERSON|蒋欣然]]：每次约3mL，两次间隔至少6小时，24小时不超过4次。`,
  ],
  [
    'patient-message',
    `[[PERSON|佴]]医生您好，我是[[MRN|12]]床[[PERSON|邵荷]]的女儿[[PERSON|邵晓帆]]，我妈今天下午说伤口有点胀痛，麻烦您查房时再看看。我的电话[[PHONE|13567092218]]，微信[[ACCOUNT|shaoxf_hz]]，谢谢！`,
  ],
  [
    'patient-message',
    `感谢信\n尊敬的心外科全体医护人员：\n我父亲[[PERSON|钮国庆]]于[[DATE|2026年10月28日]]在贵科行冠脉搭桥手术，[[PERSON|汪秋分]]主任团队精心施救，护士[[PERSON|陶然]]、[[PERSON|夏知秋]]日夜守护，父亲已康复出院。特此致谢！\n家属：[[PERSON|钮小川]]\n[[DATE|2026年11月20日]]`,
  ],
  [
    'patient-message',
    `病历复印委托书\n本人[[PERSON|贝海燕]]（身份证号：[[ID_CARD|460105199908161845]]）委托[[PERSON|贝宁]]（身份证号：[[ID_CARD|350203196809097394]]）代为复印本人[[DATE|2026年9月]]在产科的住院病历（住院号[[MRN|CK9920413]]），邮寄至[[ADDRESS|海口市龙华区滨海大道81号南洋大厦1506室]]。\n委托人：[[PERSON|贝海燕]]　[[DATE|2026-11-21]]`,
  ],
  [
    'family-chat',
    `【家人群】\n[[PERSON|阿彪]]：爸今天做完胃镜了，医生说是胃溃疡，不是坏东西\n大姐：太好了！要吃多久药？\n[[PERSON|阿彪]]：奥美拉唑吃8周，8周后复查\n[[PERSON|小蔓]]：我周六去换班，住院部几楼？\n[[PERSON|阿彪]]：7楼消化科，22床，找护士站就行。妈还在[[ADDRESS|绵阳]]，先别告诉她`,
  ],
  [
    'family-chat',
    `[[PERSON|蔡思源]]：外婆明天出院，谁开车去接？\n舅舅：我去，车牌[[PLATE|粤B·3M72Q]]，停在门诊地下二层\n[[PERSON|蔡思源]]：出院带的药我拍照发群里了，华法林每天1.5片别弄错\n[[PERSON|钱满满]]：收到👌`,
  ],
  [
    'sms-reminder',
    `【市妇幼】[[PERSON|滕妮娜]]女士，您预约的[[DATE|11月27日]]上午9:30产检（孕28周OGTT）请空腹，携带就诊卡。改约请回复或拨打12320。`,
  ],
  [
    'sms-reminder',
    `【体检中心】您好，您的体检报告已出，可在公众号“报告查询”中查看，如有异常指标请于一周内到相关专科就诊。退订回T`,
  ],
  [
    'smoking-cessation',
    `戒烟门诊首诊登记表\n姓名：[[PERSON|卢振洋]]　性别：男　年龄：54\n身份证号：[[ID_CARD|410105197201031459]]　手机：[[PHONE|13838257106]]\n住址：[[ADDRESS|郑州市金水区纬五路19号院6号楼]]\n吸烟史：每日20支×35年（35包年），FTND评分7分，呼出气CO 26ppm。\n干预：伐尼克兰第1-3天0.5mg qd，第4-7天0.5mg bid，之后1mg bid；设定戒烟日[[DATE|2026年11月30日]]。\n接诊：[[PERSON|米兰]]`,
  ],
  [
    'smoking-cessation',
    `戒烟热线随访（第4周）\n[[DATE|11月22日]] 随访员[[PERSON|付晨曦]]电话联系[[PERSON|鄢宏伟]]（档案号[[MRN|JY-0417]]）：自述已连续21天未吸烟，偶有烦躁、入睡困难，未复吸；建议继续伐尼克兰至满12周，睡前避免浓茶。下次随访：[[DATE|12月20日]]。`,
  ],
  [
    'anticoagulation-clinic',
    `抗凝门诊INR记录卡　档案号 [[MRN|KN-2209]]\n姓名：[[PERSON|邱宝山]]　机械瓣置换术后（二尖瓣）　目标INR 2.5-3.5\n日期｜INR｜华法林剂量\n[[DATE|10-25]]｜2.1｜3mg/2.25mg交替\n[[DATE|11-08]]｜2.8｜3mg qd\n[[DATE|11-22]]｜3.1｜维持3mg qd\n下次复查：两周后。药师：[[PERSON|韩梅]]　患者电话：[[PHONE|18605731942]]`,
  ],
  [
    'anticoagulation-clinic',
    `抗凝门诊随访群\n[[PERSON|柯一帆]]：我这周拔牙，利伐沙班要停吗？\n药师[[PERSON|尹若水]]：利伐沙班20mg每天一次，单颗简单拔牙一般不用停，最好把拔牙安排在下次服药前；请把牙科预约时间发我，我和牙医确认。\n[[PERSON|柯一帆]]：[[DATE|11月26日]]上午10点，口腔科[[PERSON|蒉溪]]医生\n药师[[PERSON|尹若水]]：好的，我联系[[PERSON|蒉]]医生。`,
  ],
  [
    'lactation-support',
    `母乳喂养门诊记录　[[DATE|2026-11-21]]\n产妇 [[PERSON|姜暖暖]]　产后第9天　宝宝 [[PERSON|小核桃]]（乳名）\n问题：左侧乳头皲裂，哺乳疼痛评分6分；评估含接姿势浅。\n指导：调整为橄榄球式，每次哺乳后涂抹少量乳汁晾干；宝宝体重较出生增长80g。\n咨询师：[[PERSON|苑小棠]]　产妇电话 [[PHONE|17708216439]]`,
  ],
  [
    'lactation-support',
    `母乳喂养小贴士：按需哺乳，每天8-12次；判断吃够奶看尿布，出生第6天起每天湿尿布≥6片；乳房胀痛可哺乳后冷敷10-15分钟。如发热超过38.5℃伴乳房红肿，请及时就诊。`,
  ],
  [
    'mortality-review',
    `死亡病例讨论记录\n讨论日期：[[DATE|2026年11月20日]]　主持人：[[PERSON|卓远航]]（医务科）\n死者：[[PERSON|殷福生]]，男，[[AGE|96]]岁，住院号[[MRN|LK2608-1145]]，于[[DATE|2026年11月14日]]02:35死亡。\n死亡原因：重症肺炎合并呼吸衰竭。\n讨论意见：入院时已签署不插管意愿书，治疗符合诊疗规范；建议加强高龄患者吞咽评估。\n记录：[[PERSON|宫晓蕾]]`,
  ],
  [
    'mortality-review',
    `科室死亡病例讨论通知：定于本周四下午4点在示教室讨论上月两例死亡病例，请全体医师参加。主讲：住院医师[[PERSON|樊星辰]]、[[PERSON|韦知远]]；请提前阅读病历（住院号[[MRN|ZX2610-0072]]、[[MRN|ZX2610-0419]]）。`,
  ],
  [
    'cord-blood-bank',
    `脐带血造血干细胞自体储存登记\n母亲：[[PERSON|屈悦]]　身份证号：[[ID_CARD|32010219940612362X]]\n父亲：[[PERSON|解铭]]　手机：[[PHONE|13851906274]]　微信：[[ACCOUNT|xieming_0120]]\n住址：[[ADDRESS|南京市玄武区珠江路698号3幢702室]]\n预产期：[[DATE|2026-12-15]]　储存编号：[[MRN|CB26-118730]]\n缴费卡：[[BANK_CARD|6264216071339428]]\n查询链接：[[URL|https://cb.example.com.cn/q/CB26118730]]`,
  ],
  [
    'cord-blood-bank',
    `脐带血采集交接单\n[[DATE|2026年11月22日]] 06:48 [[MRN|2]]号产房 产妇[[PERSON|靳晚照]]顺产一女婴，采集脐带血98mL，采集袋批号 BG-55129，外观无凝块。\n采集人：[[PERSON|郑一诺]]；冷链转运：[[PERSON|武家豪]]（[[PHONE|15951873260]]）\n已贴母婴标签，08:00前送达储存库。`,
  ],
];

const en: Array<[string, string]> = [
  [
    'admission',
    `ADMISSION NOTE — Medicine Team B\nPatient: [[PERSON|Percival Udeh-Brightwell]]  DOB [[DATE|03/17/1951]]  MRN [[MRN|40172288]]\nAdmitted [[DATE|11/21/2026]] via ED to 5 West, bed [[MRN|12]].\nHPI: 75M with COPD (FEV1 38%) presenting with 3 days of increased dyspnoea and purulent sputum; ABG pH 7.31, pCO2 58. Started on BiPAP, prednisone 40 mg daily, doxycycline 100 mg BID.\nEmergency contact: wife [[PERSON|Gloria Udeh-Brightwell]], [[PHONE|(312) 555-0163]].`,
  ],
  [
    'admission',
    `Clerking — Acute Medical Unit, [[DATE|22/11/2026]]\n[[PERSON|Edna Mayhew]], [[AGE|94]], NHS No. [[INSURANCE_ID|999 618 0999]]\nPC: Found by carer on bathroom floor this morning, unable to stand. Long lie ~6 h. CK 2140, creatinine 148.\nPMH: AF on apixaban 2.5 mg BD, osteoporosis.\nLives alone at [[ADDRESS|27 Foxglove Rise, Kettering NN15 7QD]]; daughter [[PERSON|Janet Reeve]] (NOK) [[PHONE|07700 900937]].`,
  ],
  [
    'admission',
    `Admission — Cardiology\nName: [[PERSON|Tane Whitiora]]  UR [[MRN|0884213]]  Medicare [[INSURANCE_ID|3945106511]]\nAdmitted [[DATE|23 Nov 2026]] with fast AF (HR 148), commenced on metoprolol; TTE booked.\nHome: [[ADDRESS|6 Currawong St, Fremantle WA 6160]]\nNOK: partner [[PERSON|Kiri Tautahi]], [[PHONE|0491 570 284]].\nAdmitting registrar: Dr [[PERSON|Pita Sopoaga]]`,
  ],
  [
    'progress-note',
    `Progress Note — HD#3 ([[DATE|11/22/2026]])\nS: [[PERSON|Itzel Quintanar]] reports less abdominal pain, tolerating clears.\nO: T 37.2, lipase 410 (from 3,900), WBC 11.2.\nA/P: Gallstone pancreatitis, improving. Advance to low-fat diet; surgery (Dr. [[PERSON|Trevanion]]) to see re: cholecystectomy this admission.\n— [[PERSON|M. Ogunlesi]], PGY-2`,
  ],
  [
    'progress-note',
    `Ward round 09:15 — Bay 2 bed [[MRN|4]], [[PERSON|Colin Pettifer]]. Day 2 post right hemicolectomy. Obs stable, NEWS2 1. Passing flatus. Plan: remove catheter, mobilise with physio, start light diet. Seen by Ms [[PERSON|Nnadozie-Lowe]] (consultant).`,
  ],
  [
    'progress-note',
    `night f/u: pt [[PERSON|Rosalind Trethewey]] rm [[MRN|818]] c/o chest tightness 0230, ECG no new changes, trop <5, pain settled w/ GTN spray x1. informed on-call Dr [[PERSON|Imrie]], will recheck trop at 0530. -[[PERSON|HJV]] RN`,
  ],
  [
    'discharge',
    `Dear Dr [[PERSON|Olatunbosun]],\nRe: [[PERSON|Harriet Cotterill]], DOB [[DATE|09.06.1962]], NHS [[INSURANCE_ID|9993031178]]\n[[ADDRESS|7 Millbrook Terrace, Hexham NE46 3RS]]\nYour patient was admitted from [[DATE|15 November]] to [[DATE|20 November 2026]] with community-acquired pneumonia (CURB-65 1) and has completed 5 days of amoxicillin. Please repeat a chest X-ray in 6 weeks.\nYours sincerely,\nDr [[PERSON|Ruth Kanagaratnam]], ST4 Respiratory`,
  ],
  [
    'discharge',
    `DISCHARGE SUMMARY\nPatient: [[PERSON|Wendell Arrowood]] | MRN [[MRN|M-5530917]] | Acct [[MRN|880214455]]\nAdmit [[DATE|11/16/2026]] — Discharge [[DATE|11/21/2026]]\nDx: Cellulitis left lower leg; T2DM.\nMeds: cephalexin 500 mg QID x 5 more days; resume metformin.\nF/u: PCP Dr. [[PERSON|Orrin Batista]] on [[DATE|12/01/2026]]. Home: [[ADDRESS|2207 Cottonwood Ln, Abilene, TX 79605]].`,
  ],
  [
    'discharge',
    `Discharge instructions after knee arthroscopy: keep the dressing dry for 48 hours, use ice 20 minutes at a time, take paracetamol 1 g up to four times a day, and call the ward if the calf becomes swollen or painful. Your physio appointment will be posted to you.`,
  ],
  [
    'outpatient',
    `ENT Clinic Letter — [[DATE|20 November 2026]]\nPatient: [[PERSON|Fergus Lamont]]  Hosp No: [[MRN|K4471903]]\nDiagnosis: left-sided otitis media with effusion, persistent 3 months.\nTympanometry type B left, type A right; 30 dB conductive loss left.\nPlan: grommet insertion. Mother [[PERSON|Aileen Lamont]] is happy to proceed; she can be reached on [[PHONE|01632 960733]].`,
  ],
  [
    'outpatient',
    `Endocrinology follow-up\n[[PERSON|Yesenia Arizmendi]] (DOB [[DATE|Feb 2, 1988]]), MRN [[MRN|2290446]]\nA1c 7.4% (from 8.9%). Continue semaglutide 1 mg weekly; metformin 1000 mg BID. Retinal screen due. Next visit [[DATE|Feb 24, 2027]].\nPatient portal user: [[ACCOUNT|yarizmendi88]]`,
  ],
  [
    'outpatient',
    `Paediatric Neurology Clinic, Hamilton ON\nPatient: [[PERSON|Mateo Szczepański]]  OHIP [[INSURANCE_ID|9338083349]]-KT  DOB [[DATE|2018-04-09]]\nSeen with father [[PERSON|Tomasz Szczepański]] for new-onset absence seizures; EEG showed 3 Hz spike-wave. Start ethosuximide 10 mg/kg/day divided BID.\nAddress on file: [[ADDRESS|88 Aberdeen Ave, Hamilton, ON L8P 2N6]]`,
  ],
  [
    'outpatient',
    `New patient registration — visiting academic\nName: [[PERSON|Tian Jingyu]]   DOB: [[DATE|29 Feb 1976]]\nChinese ID no.: [[ID_CARD|220104197602297918]]   Passport: [[PASSPORT|EJ4728105]]\nUK address: [[ADDRESS|Flat 3, 41 Gladstone Road, Cambridge CB1 3EU]]\nMobile: [[PHONE|07700 900762]]   Email: [[EMAIL|tian.jy@example.ac.uk]]\nNew-patient check: BP 134/86, BMI 24; no regular medicines.`,
  ],
  [
    'referral',
    `Urgent suspected cancer referral (2WW)\nPatient: [[PERSON|Glenys Gwatkin]], NHS number [[INSURANCE_ID|9992927755]], DOB [[DATE|11/04/1957]]\nPresenting: post-menopausal bleeding x2 episodes, endometrial thickness 9 mm on TVUS.\nReferring GP: Dr [[PERSON|Aled Pritchard]], Ty Newydd Surgery\nPatient phone: [[PHONE|01632 960517]]`,
  ],
  [
    'referral',
    `Referral to outpatient physiotherapy — [[PERSON|Chidubem Nkwocha]], 44, MRN [[MRN|600-318-27]]. Rotator cuff tendinopathy right shoulder, 6 weeks, failed NSAIDs. Works as a plasterer. Please contact on [[PHONE|(617) 555-0193]]. — Dr. [[PERSON|L. Verhoeven]]`,
  ],
  [
    'referral',
    `District nurse referral\nClient: [[PERSON|Maisie Clerkin]] ([[AGE|97]]) of [[ADDRESS|Wren Cottage, 3 Church Lane, Little Hadham SG11 2DP]]\nLeg ulcer left gaiter area, 4 × 3 cm, ABPI 0.92. Request twice-weekly dressing and compression.\nKey-safe code given to the team by phone. Son [[PERSON|Fiachra]] ([[PHONE|07700 900291]]) visits on Sundays.`,
  ],
  [
    'handover',
    `ED board 19:00\nCubicle | Patient | Issue\n[[MRN|1]] | [[PERSON|Okafor, Ngozi]] | ?ectopic, bHCG 2400, gynae aware\n2 | (empty) | —\n[[MRN|3]] | [[PERSON|Brennan, Cal]] | #NOF, awaiting ortho\nResus 2 | unknown male ~40s | RTC, GCS 13, CT done`,
  ],
  [
    'handover',
    `SBAR handover to night nurse: [[PERSON|Ophelia Vance]], rm [[MRN|412]], day 1 post TKR. S: pain 6/10 despite oxycodone 5 mg PRN. B: CKD3, so no NSAIDs. A: calf soft, dressing dry. R: reassess pain at 22:00, call Dr [[PERSON|Selvaraj]] (bleep 4417) if uncontrolled.`,
  ],
  [
    'handover',
    `Night report — 4 North, [[DATE|11/23/2026]]\nRm [[MRN|401]] [[PERSON|Delgado, Araceli]] — post-op day 0 lap appy, pain controlled\nRm 402 — empty\nRm [[MRN|403]] [[PERSON|Pruitt, Harlan]] — CIWA 9, lorazepam 1 mg x1 at 0200\nRm [[MRN|405]] [[PERSON|Nakamura-Olsen, Reiko]] — K 3.1, replaced\nCharge RN [[PERSON|Tavita Fonoti]] → day charge [[PERSON|Bethany Krall]]`,
  ],
  [
    'nursing-note',
    `Nursing note [[DATE|11/22/26]] 0300: Mr. [[PERSON|Ebenezer Tuckwell]] ([[AGE|90]]) found sitting on the floor beside bed [[MRN|23]]; states he slipped getting to the toilet. No head strike, GCS 15, no new pain on ROM. Bed alarm activated, low bed. Daughter [[PERSON|Pam]] notified at [[PHONE|(503) 555-0116]]. — [[PERSON|K. Laurentis]], RN`,
  ],
  [
    'nursing-note',
    `Community nursing visit: [[PERSON|Ivor Prothero]], PEG site clean, no granulation, tube rotated 360°. Feed regimen Jevity 1.5 at 75 ml/h x 14 h tolerated. Carer [[PERSON|Eirlys]] confident with flushes. Next visit Thursday [[DATE|26 November]].`,
  ],
  [
    'nursing-note',
    `Hand hygiene reminder for ward staff: clean hands before and after every patient contact, after removing gloves and after touching the bed space. Alcohol gel is not effective against C. difficile spores — use soap and water.`,
  ],
  [
    'lab-report',
    `LAB REPORT — Haematology\nPatient: [[PERSON|FOSTER-KING, Adaeze]]  MRN: [[MRN|8830791]]  Collected: [[DATE|11/22/2026]] 06:40\nHb 7.9 g/dL (L)  MCV 71 fL (L)  Ferritin 6 ng/mL (L)  Plt 412\nComment: microcytic anaemia consistent with iron deficiency. Verified by [[PERSON|J. Obiorah]], MLS`,
  ],
  [
    'lab-report',
    `Microbiology — urine culture\nLab No. [[MRN|U26-441907]]  Patient [[PERSON|Priscilla Adjetey]]  Ward 7B bed [[MRN|6]]\n>10^5 CFU/mL Escherichia coli\nSensitive: nitrofurantoin, fosfomycin. Resistant: trimethoprim, amoxicillin.\nReported [[DATE|21/11/2026]] by Dr [[PERSON|H. Matsuda]]`,
  ],
  [
    'lab-report',
    `Dear Mr [[PERSON|Rees]],\nYour blood tests from [[DATE|17 November 2026]] show total cholesterol 6.8 mmol/L and LDL 4.6 mmol/L. Your 10-year cardiovascular risk (QRISK3) is 14%. Please book an appointment to discuss starting a statin.\nYours, [[PERSON|Sian Pugh-Evans]], Practice Nurse`,
  ],
  [
    'imaging-report',
    `MRI BRAIN WITHOUT CONTRAST\nPatient: [[PERSON|Leopold Vasquez-Hart]]  Accession: [[MRN|MR26-0093318]]  Exam date: [[DATE|Nov 20, 2026]]\nFindings: Multiple periventricular T2/FLAIR hyperintensities perpendicular to the ventricles, one juxtacortical lesion; no enhancement.\nImpression: Appearances suggest demyelination; correlate clinically.\nRead by: [[PERSON|Anjali Bhandarkar]], MD`,
  ],
  [
    'imaging-report',
    `XR WRIST LEFT — [[PERSON|Summer Wrenfield]], 9y, hosp no [[MRN|RX118204]], [[DATE|22.11.2026]]\nBuckle fracture of the distal radial metaphysis. No displacement. For removable splint 3 weeks.\nReported by Dr [[PERSON|Yoshiro Kanda]]; requested by ED nurse practitioner [[PERSON|Callum Auchterlonie]].`,
  ],
  [
    'prescription',
    `e-Prescription\nPatient: [[PERSON|Clementine Joachim]]  DOB [[DATE|07/30/1990]]\nAddress: [[ADDRESS|415 Magnolia St Apt 2C, Savannah, GA 31401]]\nRx: nitrofurantoin monohydrate/macrocrystals 100 mg PO BID x 5 days, #10, RF 0\nPrescriber: [[PERSON|Hollis Trent]], NP   NPI 1588834920\nPharmacy: Riverside Drug #12`,
  ],
  [
    'prescription',
    `BOOTHBY PHARMACY\nTAKE ONE TABLET TWICE A DAY WITH FOOD\nCLARITHROMYCIN 500MG TABLETS  14\nMR [[PERSON|ALISTAIR FENNIMORE]]   [[DATE|23/11/26]]\nKEEP OUT OF THE REACH AND SIGHT OF CHILDREN`,
  ],
  [
    'prescription',
    `Controlled substance prescription (CII)\n[[PERSON|Raymond Ochoa]], DOB [[DATE|5/14/1948]], [[ADDRESS|93 Pinecrest Dr, Flagstaff, AZ 86001]]\noxycodone IR 5 mg, 1 tab q6h PRN severe pain, #20 (twenty), no refills\nDate written [[DATE|11/23/2026]]. — Dr. [[PERSON|Sunniva Sørbø]]`,
  ],
  [
    'consent',
    `CONSENT FOR BLOOD TRANSFUSION\nI, [[PERSON|Evangeline Wetherall]], have been told the reasons for, risks of, and alternatives to transfusion.\nPatient signature: [[PERSON|E. Wetherall]]   Date: [[DATE|11/22/2026]]\nWitness: [[PERSON|Marcus Trewin]], RN\nMRN [[MRN|3371905]]`,
  ],
  [
    'consent',
    `Consent Form 2 (parental consent)\nChild: [[PERSON|Noah Adebayo-Price]], DOB [[DATE|14/08/2019]], hospital no. [[MRN|P0551183]]\nProcedure: adenotonsillectomy.\nRisks discussed: bleeding (about 1 in 30), infection, damage to teeth.\nParent: [[PERSON|Funmilayo Adebayo-Price]] (mother)  Signed [[DATE|20/11/2026]]\nClinician: Mr [[PERSON|Gideon Scarisbrick]], Consultant ENT`,
  ],
  [
    'consent',
    `Sedation consent — [[PERSON|Inés Cárdenas Ruiz]], age 6, MRN [[MRN|CH-449102]]. Oral midazolam 0.5 mg/kg (max 20 mg) discussed with father [[PERSON|Rodrigo Cárdenas]] by phone on [[PHONE|(915) 555-0138]]; verbal consent witnessed by [[PERSON|Tasha Quilliam]], RN, on [[DATE|Nov 23, 2026]].`,
  ],
  [
    'billing',
    `STATEMENT\nGuarantor: [[PERSON|Desmond Hoogendijk]]  SSN [[ID_CARD|987-65-4325]]  Account # [[MRN|HB-77204619]]\nPatient: [[PERSON|Lila Hoogendijk]]  Service date [[DATE|10/02/2026]]\nInsurance: BlueRiver PPO, member ID [[INSURANCE_ID|BRX882041937]]\nPatient responsibility: $412.60. Autopay card on file: [[BANK_CARD|4048032179952568]]. Questions: PO Box 9921.`,
  ],
  [
    'billing',
    `Invoice INV-2026-3318 — self-pay cataract surgery\nPatient: [[PERSON|Marguerite Osei-Tutu]], [[ADDRESS|22 Bramble Way, Harrogate HG2 8LP]]\nProcedure date [[DATE|12 November 2026]]; total £2,850.00. Paid by card [[BANK_CARD|5388554391336531]].`,
  ],
  [
    'billing',
    `Medical expenses claim — travel insurance\nClaimant: [[PERSON|Bao Shiyun]]  DOB [[DATE|1 October 1944]]  Policy [[INSURANCE_ID|TRV-5527781-CN]]\nPassport: [[PASSPORT|EH1937264]]  Chinese ID: [[ID_CARD|150102194410018174]]\nTreated at a Queenstown medical centre on [[DATE|4 November 2026]] for a sprained ankle; costs NZ$486.\nRefund to card [[BANK_CARD|6251716121549903617]] in the claimant's name.\nEmail: [[EMAIL|bsy2026@example.cn]]`,
  ],
  [
    'online-consult',
    `Telehealth session log\nVisit ID [[MRN|TV-8810243]]  Patient [[PERSON|Corinne Bastable]] (app user [[ACCOUNT|corinne.b77]])  Joined from [[IP|198.51.100.219]] at 09:02 on [[DATE|2026-11-22]]\nClinician: Dr [[PERSON|Farouk Essa]]\nReason: contraception review; BP 118/74 self-measured. Continue desogestrel 75 mcg.`,
  ],
  [
    'online-consult',
    `Ask-a-Nurse chat\n[[PERSON|Tegwen]]: my son's temp is 39.1 after his jabs yesterday, is that normal?\nNurse [[PERSON|Gabriel]]: A fever for up to 2 days after vaccines is common. How old is he and is he drinking?\n[[PERSON|Tegwen]]: 14 months, drinking ok, a bit grizzly\nNurse [[PERSON|Gabriel]]: You can give paracetamol by weight. If he's floppy, has a rash that doesn't fade, or the fever lasts past 48 hours, call 111.`,
  ],
  [
    'online-consult',
    `Online appointment request\nFull name: [[PERSON|Jarrah Dziedzic]]\nDate of birth: [[DATE|12/05/1994]]\nMobile: [[PHONE|0491 570 613]]\nEmail: [[EMAIL|jarrah.k@example.com.au]]\nReason: skin check, mole on back changing shape\nPreferred: Mon [[DATE|30 Nov]]\nSubmitted from [[IP|203.0.113.93]]`,
  ],
  [
    'patient-message',
    `Hello, I'm [[PERSON|Gwendolyn Achieng]], carer for my neighbour [[PERSON|Albert Pinnock]] (DOB [[DATE|12/03/1938]]) at [[ADDRESS|Flat 9, Orchard House, 2 Mill Street, Bedford MK40 3HD]]. His district nurse [[PERSON|Sadhbh]] says his ankles are more swollen this week. Could Dr [[PERSON|Hartigan]] ring him on [[PHONE|01632 960148]]? He is 88 and a bit deaf, so please let it ring.`,
  ],
  [
    'patient-message',
    `Subject: refill\nHi Dr. [[PERSON|Quarshie]], this is [[PERSON|Lowell Twelvetrees]] (DOB [[DATE|1/9/1959]]). I'm down to my last 3 lisinopril 20 mg. Could you send a refill to the pharmacy on file? My home readings are around 128/80. Thanks — [[PERSON|Lowell]]`,
  ],
  [
    'patient-message',
    `To the ward manager: I want to thank the night staff on Ward 12, especially [[PERSON|Oluebube]] and [[PERSON|Ruaridh]], who looked after my husband [[PERSON|Bernard Cheetham]] after his stroke. — [[PERSON|Irene Cheetham]], [[EMAIL|irene.cheetham@example.co.uk]]`,
  ],
  [
    'patient-message',
    `From: [[EMAIL|k.ferreira-sandqvist@example.org]]\nTo: Medical Records\nPlease send me a copy of my emergency department notes from [[DATE|August 2026]] (Hospital no. [[MRN|LH3390021]]). Name: [[PERSON|Katarina Ferreira-Sandqvist]], DOB [[DATE|23.03.1985]]. Postal address: [[ADDRESS|Storgatan 12B, 753 31 Uppsala]], Sweden.`,
  ],
  [
    'family-chat',
    `[[PERSON|Raffaella]]: Nan's been moved to Ward 4 bed 9, visiting 2-8pm\n[[PERSON|Jude]]: I can go after work tomorrow\nMum: Take her reading glasses, they're in the blue case\n[[PERSON|Raffaella]]: Parking is a nightmare btw, I left the car ([[PLATE|LK19 XWB]]) on Elm Road`,
  ],
  [
    'family-chat',
    `WhatsApp — Brothers\n[[PERSON|Kwesi]]: Dad's dialysis moved to Tue/Thu/Sat from next week\n[[PERSON|Ekow]]: ok I'll do Saturdays. what time?\n[[PERSON|Kwesi]]: 6:30am. I'll forward the transport booking. Driver will ring Dad on [[PHONE|(404) 555-0127]]`,
  ],
  [
    'sms-reminder',
    `Reminder: [[PERSON|Evander]], your appointment with Dr [[PERSON|Collymore]] is on Wed [[DATE|2 Dec]] at 10:40 at Northgate Health Centre. Your parking permit for vehicle [[PLATE|7KQP392]] is attached. Reply C to cancel.`,
  ],
  [
    'sms-reminder',
    `Flu and COVID vaccines are now available at your surgery for people aged 65 and over, pregnant women and those with long-term conditions. Book online or call reception. Reply STOP to opt out.`,
  ],
  [
    'smoking-cessation',
    `Stop Smoking Service — first session\nClient: [[PERSON|Darren Kinnear-Hay]]  DOB [[DATE|02/02/1981]]  Tel [[PHONE|07700 900845]]\nSmokes 25/day; CO reading 31 ppm. Quit date set for [[DATE|1 December 2026]]. Supplied nicotine patch 21 mg/24 h plus mouth spray.\nAdvisor: [[PERSON|Kerry-Ann Boateng]]`,
  ],
  [
    'smoking-cessation',
    `Quitline callback note — [[DATE|11/20/2026]]: called [[PERSON|Sterling Mabry]] at [[PHONE|(919) 555-0184]], day 10 quit; cravings worst after meals; using 4 mg lozenges ~8/day. Enrolled in text support under [[ACCOUNT|smabry_quits]]. Coach: [[PERSON|Ana-Lucia Ferro]]`,
  ],
  [
    'anticoagulation-clinic',
    `Anticoagulation clinic — INR record\n[[PERSON|Hilda Greatorex]], [[AGE|91]], target INR 2.0–3.0 (AF)\n[[DATE|09/11]] INR 2.4 — warfarin 3 mg daily, no change\n[[DATE|16/11]] INR 3.6 — omit 1 dose, then 2.5 mg daily\n[[DATE|23/11]] INR 2.7 — continue 2.5 mg\nNext test in 2 weeks. Pharmacist: [[PERSON|Raj Bhattacharjee]]`,
  ],
  [
    'anticoagulation-clinic',
    `DOAC review phone call: [[PERSON|Gerald Kinsella]], 84, apixaban 5 mg BD for DVT diagnosed [[DATE|14 August 2026]]. Completed 3 months; discussed continuing vs stopping with haematology (Dr [[PERSON|Obiechina]]). CrCl 52 mL/min. Plan: reduce to 2.5 mg BD for extended prophylaxis. Called on [[PHONE|01632 960284]].`,
  ],
  [
    'lactation-support',
    `Lactation consult — postnatal ward\nMother: [[PERSON|Brianna Zamudio]], room [[MRN|7]]; baby boy [[PERSON|Dorian]], 36 h old, birth weight 3.42 kg\nObserved feed: shallow latch, nipple compression after feed. Worked on laid-back position; hand expression taught, 4 mL colostrum given by spoon.\nIBCLC: [[PERSON|Marisol Tran]]`,
  ],
  [
    'lactation-support',
    `Hi [[PERSON|Jessamy]], it's [[PERSON|Olwen]] from the baby café. Just checking how feeds are going since the tongue-tie was snipped on Friday [[DATE|20 Nov]]. Drop-in is every Tuesday 10-12 at the library if you want a weigh — details at [[URL|www.babycafe-north.example.org]]`,
  ],
  [
    'mortality-review',
    `Mortality & Morbidity meeting — case summary\nPatient: [[PERSON|Cedric Langhorne]], [[AGE|92]], MRN [[MRN|5540812]]\nAdmitted [[DATE|10/29/2026]] with urosepsis; died [[DATE|11/03/2026]].\nIssues: lactate 4.1 not repeated for 9 h; antibiotics given 3 h after triage.\nPresenter: Dr. [[PERSON|Yusuf Hamdan]]\nLearning: sepsis bundle timing; discussed without blame.`,
  ],
  [
    'mortality-review',
    `Structured judgement review – themes this quarter: delays in recognising deterioration at weekends, incomplete treatment-escalation plans and late palliative-care referral. No individual cases are identified in this summary.`,
  ],
  [
    'cord-blood-bank',
    `Cord Blood Bank — public donation consent\nMother: [[PERSON|Aroha Te Wake]]  DOB [[DATE|17/06/1996]]\nEDD [[DATE|04/01/2027]]\nDonation ID: [[MRN|CBD-6601948]]\nContact: [[EMAIL|aroha.tw@example.co.nz]]\nScreening bloods (HIV, HBV, HCV, syphilis, HTLV) to be taken at delivery.`,
  ],
  [
    'cord-blood-bank',
    `Private cord blood storage — courier log\n[[DATE|Nov 22, 2026]] 04:15 — kit #K-22817 collected from L&D room [[MRN|5]] (mother [[PERSON|Jenna Whitcroft]]) by courier [[PERSON|Luis Ortega]]; temperature log 18 °C.\nClient portal: [[URL|https://portal.cordsafe.example.com/clients/jwhitcroft]]`,
  ],
];

export function generateDeidHoldout13(): LabelledRecord[] {
  return holdoutRecords('h13', zh, en);
}

export const DEID_HOLDOUT_13_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/labelled/deid-holdout-13.jsonl',
);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const records = generateDeidHoldout13();
  writeFileSync(DEID_HOLDOUT_13_PATH, renderJsonl(records));
  console.log(`wrote ${records.length} records to ${DEID_HOLDOUT_13_PATH}`);
}
