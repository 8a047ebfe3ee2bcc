import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { holdoutRecords, type LabelledRecord, renderJsonl } from './generate-deid.ts';

/**
 * The ROUND-9 fresh held-out de-identification set (data/labelled/deid-holdout-9.jsonl): hand-written
 * snippets with hand-placed spans, marked inline as [[TYPE|text]] (parseMarked strips the marks and
 * records UTF-16 offsets). Written by a separate annotator who did not read the recognizer code and
 * never ran a recognizer on these snippets; it must not be used to tune the recognizers.
 *
 * A mix: about two thirds are the everyday documents of a general hospital and the messages of its
 * patients (admission, progress and discharge notes, outpatient notes in many specialties, referrals,
 * handovers, nursing notes, lab, pathology and imaging reports, prescriptions, consent, billing and
 * insurance forms, online consultations, patient messages and letters, family chats and SMS
 * reminders); about a third come from settings earlier rounds did not list: driving medicals,
 * premarital and pre-conception screening, birth registration, addiction services, outreach (义诊,
 * screening vans, street outreach, health fairs), prosthetics and orthotics, pharmacovigilance
 * (ADR, AEFI, Yellow Card and MedWatch-style reports), disease registries and notifications, virtual
 * wards and remote monitoring, clinical photography, adoption and fostering medicals, visitor and
 * companion logs, hyperbaric medicine and transfusion records.
 *
 * Identifiers are synthetic: resident IDs carry a valid GB 11643 check character and a sex digit and
 * birth date consistent with the text (15-digit IDs likewise), bank cards a valid Luhn digit, NHS numbers
 * are in the 999 test range with their modulus-11 digit, Australian Medicare numbers pass their check
 * digit, the CHI number its modulus-11 digit, the NZ NHI its check character and the OHIP number and
 * the Emirates IDs their Luhn digit; US SSNs are in the 987-65-432x advertising range. Phones are random
 * mainland numbers or fictional ranges (North American 555-01xx, UK 07700 900xxx, 01632 960xxx,
 * 0113 496 0xxx and 0161 496 0xxx, Australian 0491 570 xxx); mail and web hosts are example.*; IP
 * addresses come from the documentation ranges.
 *
 * Span conventions are those of data/labelled/deid-holdout-2/-3/-4/-5/-6/-7/-8.card.yaml; the decisions
 * new in this round are in data/labelled/deid-holdout-9.card.yaml.
 */
const zh: Array<[string, string]> = [
  [
    'admission',
    '消化内科入院记录\n住院号 [[MRN|ZY26118043]]　床号 [[MRN|17]]\n患者[[PERSON|蹇文涛]]，男，56岁，[[ADDRESS|四川省广安市岳池县]]人，现居[[ADDRESS|成都市武侯区簇锦北路77号2栋1单元903]]。因"反复黑便3天"于[[DATE|2026年11月19日]]14时入院。入院查Hb 82g/L，BUN 11.4mmol/L，Glasgow-Blatchford评分9分。\n身份证号[[ID_CARD|511621197003141536]]　医保卡号[[INSURANCE_ID|51010700837265]]\n联系人：妻子[[PERSON|敬晓琳]]，[[PHONE|13980427165]]',
  ],
  [
    'admission',
    '产科入院评估\n孕妇 [[PERSON|微生雨桐]]　31岁　G2P1　孕38+2周\n末次月经 [[DATE|2026-02-21]]　预产期 [[DATE|2026-11-28]]\n身份证 [[ID_CARD|330106199507092460]]\n丈夫 [[PERSON|宦志鹏]] 电话 [[PHONE|158 6712 0394]]\n住址：[[ADDRESS|杭州市西湖区文一西路522号紫金庭园9幢2单元1101室]]\n入院诊断：孕38+2周，头位，待产。胎心142次/分，宫缩不规律。',
  ],
  [
    'admission',
    '老年病科入院小结\n[[PERSON|独孤秀英]]　女　[[AGE|92]]岁　旧身份证号[[ID_CARD|120104340217082]]\n由养女[[PERSON|庾红梅]]陪同入院，主因"进食减少伴嗜睡5天"。既往高血压、房颤，长期服用华法林2.5mg qd。入院INR 4.1，Na 128mmol/L。CFS 7分，Barthel 25分。\n家住[[ADDRESS|天津市南开区复康路鹤园北里14-3-201]]，独居，社区护工每日上门。\n入院日期：[[DATE|2026.11.20]]',
  ],
  [
    'admission',
    '急诊抢救记录　[[DATE|2026-11-21]] 02:40\n患者由120送入，意识模糊，仅能说出自己姓[[PERSON|牟]]。据交警描述，其驾驶摩托车在金开大道与星光大道路口与一辆货车（[[PLATE|渝B·6N3F1]]）相撞。安置抢救[[MRN|3]]床，GCS 11分，右股骨开放性骨折。03:25其姐赶到，确认患者为[[PERSON|牟海波]]，47岁，身份证[[ID_CARD|500112197906082139]]，住[[ADDRESS|重庆市渝北区龙溪街道松石北路118号金港国际4-17-6]]。急诊号[[MRN|E2611210037]]。',
  ],
  [
    'progress-note',
    '[[DATE|2026-11-20]] 08:30 [[PERSON|夔]]主任查房\n患者[[PERSON|通雅琴]]术后第3天，诉切口轻度疼痛，NRS 3分，已下床活动。引流量30ml，淡血性。[[PERSON|夔]]主任指示：今日拔除引流管，继续头孢呋辛1.5g q12h，明日复查血常规。[[PERSON|通雅琴]]的女儿询问出院时间，答复预计[[DATE|11月24日]]。\n记录：[[PERSON|苍立新]]',
  ],
  [
    'progress-note',
    '重症医学科病程　[[DATE|11/22]]\n[[MRN|5]]床[[PERSON|拓跋嘉懿]]，重症胰腺炎第6天，APACHE II 18分。昨夜体温38.9℃，腹内压16mmHg。CRRT持续中，超滤150ml/h。已与其父[[PERSON|拓跋云峰]]电话沟通（[[PHONE|186-2903-4718]]），同意行CT引导下穿刺引流。\n值班医生：[[PERSON|别晓东]]',
  ],
  [
    'progress-note',
    '病程记录 [[DATE|2026年11月18日]]\n[[PERSON|符亚妹]]，黎族，63岁，宫颈癌IIB期同步放化疗第4周。今日行第4次顺铂40mg/m²，水化顺利。诉恶心2级，予昂丹司琼8mg。患者普通话不流利，由孙女[[PERSON|符春莺]]翻译。下次化疗[[DATE|11月25日]]。',
  ],
  [
    'progress-note',
    '神经内科病程 [[DATE|11.19]]\n今日随[[PERSON|慎]]副主任医师查房。[[PERSON|景天]]，男，68岁，脑梗死第5天，NIHSS由9分降至5分，右上肢肌力3级。家属自行购买了红景天胶囊，嘱暂停。继续阿司匹林100mg qd＋阿托伐他汀20mg qn。计划[[DATE|11月21日]]转康复科。',
  ],
  [
    'discharge',
    '出院小结\n姓名：[[PERSON|红丽娟]]　性别：女　年龄：45岁\n住院号：[[MRN|2611-0347]]　科室：乳腺外科\n入院日期：[[DATE|2026-11-09]]　出院日期：[[DATE|2026-11-16]]\n出院诊断：左乳浸润性导管癌（pT1cN0M0）\n出院医嘱：1.伤口隔日换药；2.[[DATE|11月30日]]门诊取免疫组化结果；3.如有发热请拨打科室电话0571-86892210。\n主治医师：[[PERSON|须永刚]]',
  ],
  [
    'discharge',
    '出院证明书\n兹证明[[PERSON|阴国栋]]（身份证号[[ID_CARD|370202198204233513]]，医保卡号[[INSURANCE_ID|37020000481926]]）于[[DATE|2026年11月3日]]至[[DATE|2026年11月17日]]在我院骨科住院治疗，诊断：L4/5椎间盘突出症，行椎间孔镜髓核摘除术。建议休息一个月。\n医务科（盖章）　[[DATE|2026年11月17日]]',
  ],
  [
    'discharge',
    '出院带药及复诊安排（请家属保存）\n患者：[[PERSON|终春生]]　病区：心内科 [[MRN|22]]床\n1. 替格瑞洛 90mg 每日两次\n2. 阿司匹林肠溶片 100mg 每日一次\n3. 瑞舒伐他汀 10mg 每晚一次\n4. 美托洛尔缓释片 23.75mg 每日一次\n复诊：[[DATE|2026年12月1日]]上午 心内科门诊（[[PERSON|盖]]医生）\n药品批号及有效期见药盒，请勿自行停药。',
  ],
  [
    'discharge',
    '[[PERSON|百里子墨]]小朋友今天出院啦。住院7天，肺炎已基本吸收，出院前复查血常规正常。回家后继续口服阿莫西林克拉维酸钾3天，一周内避免去游泳馆。如再次发热超过39℃或呼吸急促，请及时到急诊就诊。复查时间：[[DATE|12月2日]]，儿科呼吸门诊。',
  ],
  [
    'discharge',
    '腰椎术后出院须知：术后三个月内避免弯腰搬重物，下床时佩戴腰围，睡硬板床。如出现双下肢麻木加重、大小便失禁，请立即就诊。',
  ],
  [
    'outpatient',
    '皮肤科门诊病历　[[DATE|2026/11/18]]\n门诊号：[[MRN|MZ0091736]]\n[[PERSON|庾梓萱]]，女，24岁。面部红斑、丘疹2月，加重1周。\n查体：双颊对称性红斑，可见少量脓疱。\n诊断：玫瑰痤疮\n处理：甲硝唑凝胶外用bid；多西环素50mg qd，共8周；避免日晒及辛辣。\n医师：[[PERSON|鱼凌波]]',
  ],
  [
    'outpatient',
    '风湿免疫科复诊：[[PERSON|印海燕]]，女，38岁，系统性红斑狼疮8年。目前泼尼松7.5mg qd、羟氯喹0.2g bid。今日查抗dsDNA 68 IU/ml，C3 0.62g/L，尿蛋白(+)，SLEDAI 8分，较上次（[[DATE|9月14日]]）略有活动，加用吗替麦考酚酯0.5g bid。建议眼科筛查羟氯喹视网膜病变。下次复诊[[DATE|12月16日]]，届时复查24小时尿蛋白。',
  ],
  [
    'outpatient',
    '中医内科门诊\n[[PERSON|宿兰芝]]　女　57岁　就诊卡号[[MRN|6630 0127 4418]]\n主诉：失眠多梦半年，伴心烦口干。\n舌红少苔，脉细数。\n辨证：心肾不交\n处方：黄连阿胶汤加减\n黄连6g　阿胶（烊化）10g　黄芩10g　白芍15g　鸡子黄1枚　酸枣仁30g　夜交藤30g\n七剂，日一剂，水煎服。嘱睡前从容放松，勿看手机。\n医师：[[PERSON|从容]]　[[DATE|2026年11月20日]]',
  ],
  [
    'outpatient',
    '妇科门诊\n患者：[[PERSON|养春燕]]　35岁　G1P1\nLMP：[[DATE|2026-10-29]]\n主诉：同房后出血2次\n妇检：宫颈柱状上皮异位，接触性出血（+）\nTCT、HPV分型已送检，条码[[MRN|S26112004751]]。结果出来后护士会打您手机[[PHONE|139 0571 2846]]告知。',
  ],
  [
    'outpatient',
    '消化内科门诊记录\n[[PERSON|西门立军]]，男，61岁，[[DATE|2026-11-17]]初诊。\n上腹隐痛伴反酸3月，体重下降4kg。吸烟30年。C13呼气试验阳性（DOB 18.6）。\n建议：1. 尽快胃镜检查，已预约[[DATE|11月23日]]上午（预约号[[MRN|WJ-1123-018]]）；2. 检查前禁食8小时；3. 暂予雷贝拉唑20mg bid。\n家属手机：[[PHONE|13711820465]]（儿子[[PERSON|西门朗]]）',
  ],
  [
    'outpatient',
    '眼科门诊记录　[[DATE|二〇二六年十一月十九日]]\n[[PERSON|暨清和]]，男，72岁。右眼视物模糊1年。\nVOD 0.15，VOS 0.5；IOP R 15 L 16mmHg。\n裂隙灯：右眼晶状体核性混浊（N3）。\n诊断：老年性白内障（右）\n计划：右眼超声乳化＋IOL植入，拟入院日期[[DATE|12月7日]]。人工晶体+21.5D（生物测量见附页）。',
  ],
  [
    'outpatient',
    '呼吸内科门诊\n就诊日期 [[DATE|2026-11-16]]　ID号 [[MRN|0003817264]]\n[[PERSON|雍德胜]]　男　70岁　退休矿工\n咳嗽、活动后气促加重2月。mMRC 2级，CAT 21分。\n肺功能：FEV1/FVC 0.58，FEV1占预计值46%。\n诊断：慢性阻塞性肺疾病（GOLD 3级）\n用药：布地格福吸入气雾剂 2吸 bid\n嘱戒烟，接种肺炎球菌疫苗。',
  ],
  [
    'outpatient',
    '儿童保健门诊　[[DATE|11月20日]]\n[[PERSON|漆雕安安]]，男，2岁6月，出生日期[[DATE|2024-05-12]]\n身高88cm，体重11.6kg，头围48cm。\n语言：仅能说单词约20个，不能组成短语。M-CHAT-R初筛4分（中风险）。\n建议转发育行为门诊进一步评估，已登记。儿保手册编号[[MRN|EB2024-05-3318]]。母亲[[PERSON|梁丘慧]]表示理解。',
  ],
  [
    'outpatient',
    '孕期营养门诊宣教：孕中期起每日增加蛋白质15g，钙1000mg，铁24mg；建议每周称体重一次，孕前BMI 18.5–23.9者整个孕期增重11.5–16kg为宜。',
  ],
  [
    'referral',
    '双向转诊单（下转）\n患者姓名：[[PERSON|仲孙淑华]]　性别：女　出生日期：[[DATE|1958年12月2日]]\n身份证：[[ID_CARD|320106195812022688]]\n家庭住址：[[ADDRESS|南京市鼓楼区北京西路63号3幢502室]]\n接收机构：宁海路社区卫生服务中心\n转诊原因：2型糖尿病，胰岛素方案已调整（门冬胰岛素30 早14U 晚10U），需社区随访血糖。\n转出日期：[[DATE|2026-11-18]]　转出医生：[[PERSON|辛文澜]]',
  ],
  [
    'referral',
    '会诊申请单\n申请科室：泌尿外科　[[MRN|41]]床　患者[[PERSON|阮氏青]]，女，33岁（越南籍，护照号[[PASSPORT|C4418207]]）\n病情摘要：经皮肾镜术后第1天，心悸、焦虑，HR 128次/分，FT4升高。\n会诊目的：请内分泌科协助诊治甲亢。\n申请医生：[[PERSON|益鸿飞]]　[[DATE|2026.11.21]] 10:05\n会诊意见（内分泌科[[PERSON|车]]医师）：考虑Graves病，予甲巯咪唑10mg tid、普萘洛尔10mg tid。',
  ],
  [
    'referral',
    '转诊联系单\n[[PERSON|鄂红英]]，54岁，因"右肺占位"由我院转至省肿瘤医院胸外科。\n医保类型：城乡居民医保，医保编号[[INSURANCE_ID|62012300719345]]\n家庭地址：[[ADDRESS|甘肃省定西市安定区巉口镇西寨村四社]]\n患者手机[[PHONE|18893420157]]，儿子[[PERSON|鄂卫东]]手机[[PHONE|15339408821]]\n转诊日期[[DATE|2026年11月19日]]，经办医师[[PERSON|索永红]]',
  ],
  [
    'handover',
    '护理交班　[[DATE|2026-11-22]] 夜班→白班\n床号｜姓名｜情况\n[[MRN|02]]｜[[PERSON|宰春兰]]｜术后第1天，PCA泵在用，尿管通畅\n[[MRN|07]]｜[[PERSON|缑建平]]｜糖尿病足，3:00血糖3.6mmol/L，已予50%GS 20ml，复测7.2\n11｜空床｜\n[[MRN|15]]｜[[PERSON|步小鹏]]｜禁食，明日9:00胃镜\n交班：[[PERSON|习媛]]　接班：[[PERSON|凌雪]]',
  ],
  [
    'handover',
    '夜班医生交班记录（[[PERSON|怀安澜]] → [[PERSON|隆嘉琪]]）\n1）[[MRN|9]]床[[PERSON|弘德山]]，心衰急性加重，今晚已呋塞米40mg iv两次，尿量1800ml，注意复查血钾；\n2）[[MRN|12]]床[[PERSON|满秀珍]]，[[AGE|九十一]]岁，夜间谵妄，已请家属陪护，必要时喹硫平12.5mg；\n3）[[MRN|18]]床新入院的[[PERSON|勾建业]]，肺栓塞，低分子肝素0.6ml q12h，明晨复查D-二聚体。',
  ],
  [
    'handover',
    '产房交接班 [[DATE|11月20日]] 16:00\n产[[MRN|2]]室：[[PERSON|巢丽萍]]，G1P0，宫口开6cm，胎膜已破，羊水清，硬膜外镇痛中。\n产[[MRN|4]]室：[[PERSON|能燕]]，G2P1，[[DATE|11月20日]]14:32顺娩一女婴，Apgar 9-10分，产后出血约300ml。\n待产室：空\n交：助产士[[PERSON|后雅丽]]　接：助产士[[PERSON|相芳]]',
  ],
  [
    'nursing-note',
    '护理记录单\n[[DATE|2026-11-21]] 22:10 [[PERSON|禄桂芝]]诉头晕，测BP 92/58mmHg，HR 96次/分，指尖血糖5.8mmol/L。协助卧床，抬高下肢，通知值班医生[[PERSON|戎晓刚]]。Morse跌倒评分55分，床栏已拉起。\n22:40 复测BP 108/66mmHg，患者安然入睡。　护士：[[PERSON|祖佳宁]]',
  ],
  [
    'nursing-note',
    'PICC维护记录\n姓名：[[PERSON|堵美玲]]　病案号：[[MRN|00685421]]\n置管日期：[[DATE|2026-10-08]]　置管长度43cm　外露5cm\n本次维护：[[DATE|2026-11-19]]，臂围28cm，穿刺点无红肿，冲管通畅，更换透明敷料及输液接头。\n下次维护：[[DATE|11月26日]]\n维护护士：[[PERSON|蓟]]护士',
  ],
  [
    'nursing-note',
    '儿科护理记录 [[DATE|11-18]]\n03:00 患儿[[PERSON|蓬浩宇]]（家里叫他"[[PERSON|豆包]]"）T 39.1℃，哭闹，予布洛芬混悬液5ml口服。\n03:40 T 38.2℃，已入睡，妈妈陪护。\n06:00 晨起吃了半碗米粥和一个豆包，[[PERSON|豆包]]精神好转。雾化布地奈德1mg bid继续。\n责任护士：[[PERSON|仰欣然]]',
  ],
  [
    'lab-report',
    '检验报告单\n姓名：[[PERSON|暴晓蕾]]　性别：女　年龄：29岁\n科别：生殖医学科　标本：血清　条码号：[[MRN|1126084472]]\n采样时间：[[DATE|2026-11-19]] 07:52　报告时间：[[DATE|2026-11-19]] 11:30\nAMH 1.12 ng/ml（参考2.0–6.8）\nFSH 9.8 mIU/ml\nE2 42 pg/ml\n检验者：[[PERSON|景明]]　审核者：[[PERSON|富丽娜]]\n电子报告已发送至[[EMAIL|baoxl_ivf@example.net.cn]]',
  ],
  [
    'lab-report',
    '危急值报告登记\n时间：[[DATE|2026年11月20日]] 04:16\n患者：[[PERSON|於长林]]　病区：肾内科 [[MRN|31]]床　住院号：[[MRN|Z0718264]]\n项目：血钾 6.9 mmol/L（危急值 >6.2）\n报告人：检验科[[PERSON|班小娟]]　接收人：护士[[PERSON|咸雨晴]]\n处理：立即通知值班医生，予葡萄糖酸钙、胰岛素＋葡萄糖，05:30复查5.4 mmol/L。',
  ],
  [
    'lab-report',
    '病理诊断报告\n病理号：[[MRN|P2611-06523]]\n姓名：[[PERSON|伏国平]]　性别：男　年龄：66岁　住院号：[[MRN|0829174]]\n送检科室：胃肠外科　送检日期：[[DATE|2026-11-16]]\n送检标本：（乙状结肠）肠段\n病理诊断：中分化腺癌，浸润至浆膜下层（pT3），淋巴结2/17见转移（pN1b）。MMR蛋白：MLH1(+)，PMS2(+)，MSH2(+)，MSH6(+)。\n诊断医师：[[PERSON|贝一鸣]]　复核：[[PERSON|支]]主任',
  ],
  [
    'lab-report',
    '标本采集须知：空腹血标本需禁食8–12小时，采血前一天避免高脂饮食及剧烈运动；尿常规请留取晨起中段尿约10ml，1小时内送检；24小时尿蛋白定量请记录总尿量。',
  ],
  [
    'imaging-report',
    'CT检查报告\n检查号：[[MRN|CT26111904418]]　姓名：[[PERSON|虞淑芬]]　性别：女　年龄：77岁\n检查项目：头颅CT平扫　检查时间：[[DATE|2026-11-19]] 21:47\n影像所见：左侧基底节区见片状低密度影，边界欠清，中线结构居中。\n印象：左基底节区急性期脑梗死可能，建议MRI DWI进一步检查。\n报告医师：[[PERSON|经雨桥]]　审核医师：[[PERSON|刁建国]]',
  ],
  [
    'imaging-report',
    '超声检查报告单\n[[PERSON|干小雅]]　女　26岁　门诊号[[MRN|M260091842]]\n检查部位：甲状腺及颈部淋巴结\n右叶中部见一低回声结节，大小约0.8×0.6cm，纵横比>1，边缘不规则，可见点状强回声。\nC-TIRADS 4C类，建议细针穿刺活检。\n检查医生：[[PERSON|米雪]]　日期：[[DATE|2026/11/17]]',
  ],
  [
    'imaging-report',
    '磁共振检查报告　影像号 [[MRN|MR0457719]]\n受检者：[[PERSON|伍晓阳]]，男，19岁，学生（学号20230418）\n检查：右膝关节MRI平扫\n所见：前交叉韧带连续性中断，股骨外侧髁及胫骨平台后外侧骨挫伤；内侧半月板后角III度信号。\n结论：右膝前交叉韧带完全撕裂；内侧半月板后角撕裂。\n检查日期：[[DATE|2026年11月21日]]',
  ],
  [
    'prescription',
    '处方笺（普通）\n处方编号：[[MRN|2611200419]]\n姓名：[[PERSON|封一鸣]]　性别：男　年龄：8岁　体重：26kg\n临床诊断：急性化脓性扁桃体炎\nRp：阿莫西林颗粒 0.25g×24袋\nSig：0.5g po tid ×7天\n医师：[[PERSON|嵇红霞]]　审核/调配：[[PERSON|解冬梅]]　核对/发药：[[PERSON|伊凡]]\n日期：[[DATE|2026-11-20]]　金额：￥31.60',
  ],
  [
    'prescription',
    '第二类精神药品处方\n患者：[[PERSON|充秋菊]]　女　52岁\n身份证号：[[ID_CARD|14010519740930262X]]\n诊断：失眠障碍\n唑吡坦片 10mg×7片　sig：10mg qn\n处方医师：[[PERSON|匡立明]]\n[[DATE|2026年11月18日]]',
  ],
  [
    'prescription',
    '用药指导单\n[[PERSON|宫淑敏]]阿姨您好：\n您本次取回的华法林钠片（2.5mg）请每晚8点服用1片，周二、周五各服一片半（即3.75mg）。\n大量菠菜、西兰花等绿叶菜会影响药效，饮食保持稳定即可。\n下次抽血查INR：[[DATE|11月27日]]，抗凝门诊。\n药师 [[PERSON|景飒]]　电话随访记录号 [[MRN|YX-26-1571]]',
  ],
  [
    'prescription',
    '【合理用药小贴士】服用头孢类抗生素期间及停药后7天内请勿饮酒或食用含酒精的食物（如酒心巧克力、醉蟹），以免发生双硫仑样反应。',
  ],
  [
    'consent',
    '手术知情同意书（节选）\n患者姓名：[[PERSON|容桂芬]]　住院号：[[MRN|ZY20260311]]\n拟行手术：腹腔镜胆囊切除术\n……我已详细阅读以上内容，同意手术。\n患者签名：[[PERSON|容桂芬]]　[[DATE|2026年11月20日]]\n被授权人签名：[[PERSON|向前进]]（关系：丈夫）　身份证号：[[ID_CARD|360102196605184314]]\n谈话医生：[[PERSON|古月]]',
  ],
  [
    'consent',
    '无痛胃肠镜检查镇静知情同意书\n受检者：[[PERSON|毋福顺]]　年龄：79岁　预约号：[[MRN|WT1126-044]]\n……受检者本人因听力差，委托儿媳[[PERSON|白玉洁]]代为签字。\n代签人联系电话：[[PHONE|133 8274 9051]]\n签署日期：[[DATE|2026-11-25]]\n麻醉医师：[[PERSON|闻笛]]',
  ],
  [
    'consent',
    '拒绝或放弃医学治疗告知书\n患者[[PERSON|融海生]]，男，81岁，身份证号[[ID_CARD|330203450311071]]，因肺部感染合并呼吸衰竭，医生建议气管插管机械通气。患者之子[[PERSON|融建军]]、[[PERSON|融建华]]商量后决定不行气管插管，仅予无创通气及药物治疗，可能的后果已知晓。\n签字：[[PERSON|融建军]]　[[DATE|2026年11月22日]]　联系电话 [[PHONE|138 1027 4436]]',
  ],
  [
    'billing',
    '住院费用结算单\n姓名 [[PERSON|轩辕晓梅]]　住院号 [[MRN|26-045518]]\n入院 [[DATE|2026-11-04]]　出院 [[DATE|2026-11-15]]　住院天数 11\n总费用 38,742.16元　统筹支付 24,913.50元　个人自付 13,828.66元\n预交金 20,000.00元　应退 6,171.34元\n退款方式：原路退回至银行卡[[BANK_CARD|6217 0028 7100 4132 581]]\n收费员工号：0327',
  ],
  [
    'billing',
    '医疗救助申请表\n申请人：[[PERSON|荆玉芳]]　身份证号：[[ID_CARD|411627196908025249]]\n家庭住址：[[ADDRESS|河南省周口市太康县逊母口镇荆庄村3组]]\n患者与申请人关系：母子。患者[[PERSON|荆小军]]，急性髓系白血病，在我院血液科化疗。\n收款账户：户名[[PERSON|荆玉芳]]，开户行：太康县农商银行，卡号[[BANK_CARD|6230 5211 0004 8826 379]]\n申请日期：[[DATE|2026年11月17日]]',
  ],
  [
    'billing',
    '理赔申请书（医疗险）\n被保险人：[[PERSON|聂思远]]　保单号：[[INSURANCE_ID|P860026114793052]]\n出险日期：[[DATE|2026-10-30]]\n出险经过：孩子在幼儿园玩滑梯时摔伤，右肱骨髁上骨折，住院6天。\n申请金额：12,560元\n领款人：[[PERSON|冷雪]]（母亲）　银行：招商银行　账号：[[BANK_CARD|6225 8802 9374 6617]]\n联系邮箱：[[EMAIL|lengxue_1988@example.com.cn]]',
  ],
  [
    'billing',
    '门诊退费申请\n患者：[[PERSON|饶春燕]]　就诊卡号：[[MRN|0198 4426 73]]\n退费项目：增强CT（因碘造影剂过敏史取消）\n金额：¥498.00\n原支付方式：微信支付，退回原微信账户（微信号[[ACCOUNT|raocy_0912]]）；如原路退回失败，退至本人银行卡[[BANK_CARD|6214 8365 0217 9035]]。\n申请日期：[[DATE|11月19日]]　财务审核意见：同意。',
  ],
  [
    'billing',
    '收费标准公示：普通门诊诊查费10元/人次，副主任医师25元，主任医师40元；医保参保人员按规定比例报销，异地就医请先办理备案。',
  ],
  [
    'online-consult',
    '【互联网医院·图文问诊】问诊单号 [[MRN|WZ202611210883]]\n患者：[[PERSON|沙沐阳]]（女，30岁）\n患者：医生您好，我哺乳期6个月，右边乳房有个硬块，摸着有点疼，没有发烧。\n[[PERSON|关]]医生：硬块多大？皮肤有没有发红？\n患者：大概鸡蛋大，有点红。\n[[PERSON|关]]医生：考虑乳汁淤积或早期乳腺炎，继续哺乳，热敷后按摩排空；如出现发热超过38.5℃、硬块增大变软，请尽快线下就诊。建议[[DATE|11月23日]]前到乳腺外科复查B超。',
  ],
  [
    'online-consult',
    '视频复诊记录\n复诊编号：[[MRN|SP-2611-20-0457]]\n患者[[PERSON|游海峰]]，男，44岁，高血压、痛风复诊。登录设备IP：[[IP|203.0.113.207]]\n家庭自测血压138/88mmHg，近两周无痛风发作。尿酸412μmol/L。\n处理：非布司他20mg qd继续；苯磺酸氨氯地平5mg qd。\n药品配送至：[[ADDRESS|厦门市思明区莲前西路299号莲前花园5号楼2603]]，收件电话[[PHONE|186 5920 3378]]；电子发票发送至[[EMAIL|youhaifeng@example.cn]]\n医生：[[PERSON|曾静怡]]　[[DATE|2026-11-20]]',
  ],
  [
    'online-consult',
    '在线药师咨询\n用户"[[ACCOUNT|蓝莓味的猫]]"：我妈今年[[AGE|93]]了，在吃地高辛0.125mg，最近老说看东西发黄，要紧吗？\n药师[[PERSON|丰宁]]：视物发黄可能是地高辛中毒的表现，老人肾功能下降更容易蓄积。请今天就带老人去医院查地高辛血药浓度和心电图，今晚这一次先不要吃。',
  ],
  [
    'patient-message',
    '[[PERSON|公羊]]主任您好，我是上周四您看过的[[PERSON|格日勒图]]，胃镜病理结果出来了，写着"低级别上皮内瘤变"，需要再做什么吗？我在外地打工，[[DATE|12月10日]]才能回[[ADDRESS|乌兰察布]]，这段时间药能先吃着吗？我的门诊号是[[MRN|M0772138]]。',
  ],
  [
    'patient-message',
    '护士站您好，我爸[[PERSON|尤中秋]]明天出院，中秋节后我一直在外地，白天来不了，能不能让我表哥[[PERSON|言志强]]来办手续？他电话[[PHONE|17705913284]]。需要证件的话，我爸的身份证号是[[ID_CARD|35010219580611069x]]，原件在病房抽屉里。',
  ],
  [
    'patient-message',
    '您好，我想给我奶奶预约上门换药，她叫[[PERSON|蔚桂兰]]，[[AGE|九十四]]岁，住[[ADDRESS|西安市雁塔区小寨东路长安小区7号楼1单元302]]，腿上的伤口一直不好，社区医生说要专科护士看看。方便的话周六上午来，我微信[[ACCOUNT|weiyu_1127]]，可以先加我发照片。',
  ],
  [
    'patient-message',
    '致肝胆外科全体医护人员的感谢信\n我是[[MRN|23]]床患者[[PERSON|越晓光]]的妻子。十月底我丈夫因胆管结石引起重症胆管炎住进你们科室，[[PERSON|简]]主任连夜为他做了ERCP，护士[[PERSON|黎筱晴]]一夜帮他翻身、吸痰。现在他已经能下地走路了。谢谢你们！\n[[PERSON|单玉琴]] 敬上\n[[DATE|2026年11月16日]]',
  ],
  [
    'family-chat',
    '【家庭群：相亲相爱一家人】\n大姐：爸今天做完支架了，[[PERSON|申]]医生说很顺利\n[[PERSON|柴文斌]]：太好了！我明天下午到，在几楼？\n大姐：北楼8层心内科，探视时间15:00-16:00\n妈：你们别都来，医院不让多人陪\n[[PERSON|柴文斌]]：知道了，我开车来，车牌[[PLATE|京N·2H8K7]]要不要提前登记？\n大姐：要在医院公众号上预约车位',
  ],
  [
    'family-chat',
    '[[PERSON|沁怡]]：奶奶的化验单我拍照发群里了，肌酐156\n[[PERSON|朗轩]]：比上次高了，[[PERSON|沙]]大夫怎么说\n[[PERSON|沁怡]]：让停二甲双胍，改成利格列汀\n小姑：我周三带奶奶去复查，门诊号多少？\n[[PERSON|沁怡]]：[[MRN|0046127309]]，就诊卡在奶奶钱包里\n[[PERSON|朗轩]]：辛苦小姑了🙏 医药费先打到这张卡上：[[BANK_CARD|6228 4807 6610 2253 719]]',
  ],
  [
    'family-chat',
    '[[PERSON|阿牛木呷]]：轮椅我在网上买好了，寄到哪里？\n[[PERSON|吉伍日火]]：寄医院不方便，直接寄家里：[[ADDRESS|凉山州西昌市航天大道三段68号2栋301]]，收件人写我，电话[[PHONE|18228061935]]\n[[PERSON|阿牛木呷]]：好。阿妈出院是[[DATE|11月25号]]对吧？钱我转你卡上了，[[BANK_CARD|6217 9960 1102 4481]]是这张吧\n[[PERSON|吉伍日火]]：对，那天上午办手续',
  ],
  [
    'family-chat',
    '[[PERSON|宁宁]]：报喜！[[DATE|11月19日]]凌晨3:12出生，男孩，3350克，母子平安🎉\n二舅：恭喜恭喜！起名了吗？\n[[PERSON|宁宁]]：大名[[PERSON|丰子言]]，小名[[PERSON|糯米]]，[[PERSON|糯米]]正在睡觉\n[[PERSON|鹤鸣]]：太可爱了！在哪个医院？我们周末去看看\n[[PERSON|宁宁]]：妇幼保健院产科，不过现在限制探视，等出院回家再来吧',
  ],
  [
    'family-chat',
    '妈：降压药记得饭后吃\n哥：好的，明天去药店买个血压计\n妈：买上臂式的，手腕的不准\n哥：收到👌',
  ],
  [
    'sms-reminder',
    '【市中医院】尊敬的[[PERSON|席慕华]]女士，您已成功预约[[DATE|2026年11月24日]]上午09:30-10:00针灸科[[PERSON|牧野]]医师门诊，就诊序号18。请携带医保卡按时签到，如需退约请提前一天操作。回T退订',
  ],
  [
    'sms-reminder',
    '【体检中心】[[PERSON|鲍]]先生，您的体检报告（体检号[[MRN|TJ26110387]]）已出，可登录[[URL|https://tijian.example.cn/r/TJ26110387]]查询，或凭身份证到3号楼一楼自助机打印。',
  ],
  [
    'driving-medical',
    '机动车驾驶人身体条件证明\n姓名：[[PERSON|燕飞]]　性别：男　出生日期：[[DATE|1988年3月27日]]\n身份证明号码：[[ID_CARD|130102198803273912]]（驾驶证号与此一致）\n申请准驾车型：A2（增驾）\n身高176cm；视力 左5.0 右5.0（矫正）；辨色力正常；听力正常；上肢、下肢、躯干、颈部运动功能正常。\n体检编号：[[MRN|JT2611190062]]　体检日期：[[DATE|2026-11-19]]\n体检医生：[[PERSON|景如意]]\n备注：本人名下车辆号牌[[PLATE|冀A·D73H5]]',
  ],
  [
    'driving-medical',
    '出租车驾驶员年度体检　[[DATE|2026.11.12]]\n[[PERSON|牧春雷]]　男　49岁　身份证[[ID_CARD|210102197708120155]]\n既往史：2024年曾有一次夜间癫痫样发作，神经内科诊断"睡眠相关癫痫"，现服左乙拉西坦0.5g bid，至今无发作。\n结论：暂不宜从事营运驾驶，建议神经内科出具无发作证明满两年后复检。\n主检医师：[[PERSON|从瑞]]　已电话通知本人（[[PHONE|139 4012 6678]]）',
  ],
  [
    'premarital',
    '婚前医学检查表（女方）\n编号：[[MRN|HJ-2611-0728]]\n姓名：[[PERSON|羊舌婉清]]　出生日期：[[DATE|1997-04-16]]　身份证号：[[ID_CARD|440106199704161280]]\n男方姓名：[[PERSON|麦嘉诚]]\n地中海贫血筛查：MCV 68fl，MCH 21pg，HbA2 5.2%，提示β地贫携带；建议男方同时筛查。\n检查日期：[[DATE|2026年11月13日]]\n通讯地址：[[ADDRESS|广州市天河区石牌东路18号之3 701房]]\n报告发送邮箱：[[EMAIL|yangshe.wq@example.com]]',
  ],
  [
    'premarital',
    '免费孕前优生健康检查 结果告知\n丈夫 [[PERSON|仰志航]]　妻子 [[PERSON|乌兰图雅]]（蒙古族）\n家庭住址：[[ADDRESS|内蒙古赤峰市红山区哈达街道昭乌达路17号]]\n妻子风疹IgG阴性，建议接种麻腮风疫苗，接种后3个月内避孕；TORCH其余项目未见异常。丈夫精液常规未见异常。\n随访电话：[[PHONE|0476-8826431]]（家）\n检查日期：[[DATE|2026年11月6日]]　档案号[[MRN|YQ150402-0931]]',
  ],
  [
    'birth-registration',
    '《出生医学证明》首次签发登记\n新生儿姓名：[[PERSON|池语桐]]　性别：女　出生时间：[[DATE|2026年11月15日]]6时08分\n出生地点：市妇幼保健院\n母亲：[[PERSON|乔思琪]]　身份证件号码：[[ID_CARD|420106199602256242]]\n父亲：[[PERSON|池博文]]　身份证件号码：[[ID_CARD|420111 19941108 7774]]\n出生医学证明编号：[[MRN|R420638217]]\n签发日期：[[DATE|2026-11-20]]',
  ],
  [
    'birth-registration',
    '新生儿信息登记（产科护士站）\n母亲：[[PERSON|廖佳慧]]　住院号[[MRN|CK26-1192]]　[[MRN|8]]床\n婴儿：[[PERSON|廖佳慧]]之女，[[DATE|11月18日]]21:47剖宫产娩出，体重2980g\n拟落户地址：[[ADDRESS|长沙市岳麓区桐梓坡西路299号金茂梅溪湖11栋1804]]\n新生儿足跟血筛查卡号：[[MRN|NS43012618207]]\n乙肝疫苗、卡介苗已接种。',
  ],
  [
    'addiction-service',
    '美沙酮维持治疗门诊 服药记录\n治疗编号：[[MRN|MMT-4401-0728]]\n姓名：[[PERSON|屠建新]]　身份证：[[ID_CARD|44030519760521037X]]\n[[DATE|11-17]] 65ml　[[DATE|11-18]] 65ml　[[DATE|11-19]] 未到　[[DATE|11-20]] 70ml（加量）\n尿吗啡检测：[[DATE|11月20日]] 阴性\n备注：漏服当天电话联系本人[[PHONE|13590287741]]未接，其母[[PERSON|温秀娥]]称患者感冒在家。',
  ],
  [
    'addiction-service',
    '社区戒毒康复人员帮扶记录\n人员编号：[[MRN|KF-2026-0419]]\n[[PERSON|边]]某，男，36岁，[[DATE|2026年11月14日]]第18次尿检，甲基安非他明阴性。自述在[[ADDRESS|东莞市塘厦镇]]一家电子厂上班，住厂区宿舍。社工[[PERSON|庄晴]]、禁毒专干[[PERSON|寇立伟]]走访，情况稳定。下次尿检[[DATE|12月12日]]。',
  ],
  [
    'outreach',
    '"健康下乡"义诊登记表　[[DATE|2026年11月14日]]　地点：镇卫生院门口广场\n序号｜姓名｜年龄｜电话｜血压｜血糖\n01｜[[PERSON|牛桂香]]｜68｜[[PHONE|13897226410]]｜162/94｜7.8\n02｜[[PERSON|牛满仓]]｜71｜—｜138/82｜5.6\n03｜[[PERSON|尚彩云]]｜[[AGE|90]]｜[[PHONE|0971-6358207]]｜150/70｜6.1\n04｜[[PERSON|马福海]]｜55｜[[PHONE|18997041132]]｜128/80｜11.2\n建议01、04号到县医院进一步检查。',
  ],
  [
    'outreach',
    '防盲流动筛查车 白内障筛查记录\n筛查编号：[[MRN|FM-0931]]\n[[PERSON|那仁花]]，女，76岁，蒙古族，身份证[[ID_CARD|152522500602042]]，住[[ADDRESS|锡林郭勒盟阿巴嘎旗别力古台镇]]，牧民。右眼视力手动/眼前，左眼0.3。诊断双眼白内障（右成熟期）。已登记免费手术，车接时间[[DATE|11月28日]]，儿子[[PERSON|朝鲁门]]陪同，电话[[PHONE|15849907362]]。',
  ],
  [
    'orthotics',
    '假肢装配评估\n[[PERSON|国海涛]]，男，42岁，[[DATE|2026年5月]]工伤致右小腿中下1/3截肢。残肢长度14cm，皮肤愈合良好，无压痛。\n装配方案：硅胶内衬＋碳纤维储能脚；取型[[DATE|11月18日]]，试穿[[DATE|12月2日]]。\n工伤保险社会保障号码：[[ID_CARD|520102198403092154]]\n工伤待遇发放银行卡：[[BANK_CARD|6212 2624 0201 3358 714]]\n康复工程师：[[PERSON|文韬]]',
  ],
  [
    'orthotics',
    '脊柱侧弯支具随访\n患儿：[[PERSON|易可欣]]　女　13岁\nCobb角：[[DATE|2026-05-20]] 28°，[[DATE|2026-11-20]] 24°（佩戴支具中）\n支具编号BR-2605-118，每日佩戴时间建议≥20小时，[[DATE|2027年2月]]复查站立位全脊柱X线。\n家长：[[PERSON|易]]先生 [[PHONE|136 2730 5521]]',
  ],
  [
    'pharmacovigilance',
    '药品不良反应/事件报告表\n患者姓名：[[PERSON|都春梅]]　性别：女　出生日期：[[DATE|1971-07-30]]　体重：58kg\n门诊号：[[MRN|M0483316]]\n怀疑药品：注射用头孢曲松钠 2g ivgtt qd，批号2510273\n不良反应名称：过敏性休克\n发生时间：[[DATE|2026-11-21]] 10:35，输注约5分钟后出现胸闷、全身风团，BP 72/40mmHg，立即停药，予肾上腺素0.5mg im。\n报告人：[[PERSON|耿丽]]（护师）　联系电话：[[PHONE|13609781543]]',
  ],
  [
    'pharmacovigilance',
    '疑似预防接种异常反应（AEFI）个案调查表\n编码：[[MRN|AEFI-310115-26-0087]]\n儿童：[[PERSON|慕晨阳]]　男　出生日期：[[DATE|2025-05-10]]\n接种日期：[[DATE|2026-11-13]]　疫苗：麻腮风联合减毒活疫苗（批号202605B018）\n接种后第9天出现发热39.2℃、面部少量皮疹，2天后自行消退。\n家长：[[PERSON|慕志成]]，[[PHONE|13817264093]]\n住址：[[ADDRESS|上海市浦东新区川沙新镇华夏东路2588弄37号602室]]\n调查人：[[PERSON|连若溪]]',
  ],
  [
    'disease-registry',
    '恶性肿瘤发病报告卡\n登记号：[[MRN|ZL650102-2026-1183]]\n姓名：[[PERSON|艾力江·吐尔洪]]　性别：男　民族：维吾尔族\n身份证号：[[ID_CARD|650102196001052790]]\n户籍地址：[[ADDRESS|乌鲁木齐市天山区解放南路341号3-2-502]]\n诊断：食管鳞状细胞癌（C15.4），诊断依据：病理；诊断日期：[[DATE|2026-11-10]]\n报告医生：[[PERSON|阿迪力]]　报告日期：[[DATE|2026-11-18]]',
  ],
  [
    'disease-registry',
    '传染病报告卡（乙类：肺结核）\n卡片编号：[[MRN|320508-2026-03361]]\n患者姓名：[[PERSON|师雨菲]]　有效证件号：[[ID_CARD|320508200108193246]]\n工作单位：苏州某科技公司　联系电话：[[PHONE|18962157730]]\n现住址：[[ADDRESS|苏州市姑苏区白塔东路26号3幢201室]]\n发病日期：[[DATE|2026-10-25]]　诊断日期：[[DATE|2026-11-19]]\n填卡医生：[[PERSON|蒋依依]]',
  ],
  [
    'virtual-ward',
    '"家庭病房"远程监测日报　[[DATE|2026-11-21]]\n监测对象：[[PERSON|文秀琴]]，心衰出院后第5天，平台编号[[MRN|HW-0412]]\n体重61.8kg（较昨日+1.3kg⚠）　血压146/90mmHg　心率88次/分　SpO2 95%\n处置：护士[[PERSON|芦笙]]电话随访，嘱呋塞米加至40mg qd，明日同一时间再称体重。\n监测网关IP：[[IP|198.51.100.214]]（设备序列号HM-77A-00921）',
  ],
  [
    'virtual-ward',
    '【慢病管理平台·异常提醒】\n患者[[PERSON|连国栋]]（账号[[ACCOUNT|lgd_1962]]）[[DATE|11月22日]]06:40上传空腹血糖2.9mmol/L，已触发低血糖预警。\n值班护士回拨[[PHONE|15012876649]]：患者自述出冷汗，已进食饼干，15分钟后复测5.1mmol/L。\n建议：甘精胰岛素由18U减至14U，[[DATE|11月25日]]视频复诊，链接[[URL|https://meet.example.cn/v/8821047]]',
  ],
  [
    'clinical-photography',
    '医学摄影登记\n照片编号：[[MRN|PH2611-0342]]　门诊号：[[MRN|M0627741]]\n患者：[[PERSON|霍心怡]]\n拍摄部位：面部（左颊瘢痕疙瘩）术前\n拍摄日期：[[DATE|2026-11-18]]　拍摄人：[[PERSON|汤彦]]\n患者同意将照片用于：☑病历记录　☑教学（遮挡眼部）　☐学术发表\n签名：[[PERSON|霍心怡]]\n相机机身号083021004417',
  ],
  [
    'clinical-photography',
    '（患者通过互联网医院上传照片后留言）\n医生，我按您说的每周拍一次背上的痣，这是[[DATE|11月8日]]和[[DATE|11月15日]]的对比，边缘好像不太规则了。我叫[[PERSON|尹子航]]，上次就诊号[[MRN|HL0917-2234]]。照片背景里有快递单，麻烦别外传🙏',
  ],
  [
    'adoption-fostering',
    '收养儿童体检表\n儿童姓名：[[PERSON|福乐乐]]　性别：女　出生日期：[[DATE|2022-08-15]]（估计）\n福利院儿童编号：[[MRN|FLY-2022-0416]]\n体检：身高96cm，体重14kg；先天性唇腭裂术后，语音欠清；听力筛查通过。\n收养人：[[PERSON|管志刚]]、[[PERSON|岳丽萍]]夫妇，住[[ADDRESS|济南市历下区解放路112号8号楼3单元401]]\n体检医生：[[PERSON|倪可]]　日期：[[DATE|2026年11月10日]]',
  ],
  [
    'adoption-fostering',
    '家庭寄养儿童季度随访\n寄养儿童：[[PERSON|国禾]]，男，6岁，脑瘫（GMFCS III级）\n寄养家庭：[[PERSON|钱玉兰]]家，[[ADDRESS|贵阳市南明区花果园街道二期F区7栋2102]]\n本季度每周三次康复训练，已能扶助行器行走约10米。寄养补贴发放至[[PERSON|钱玉兰]]名下银行卡[[BANK_CARD|6217 0072 3300 5186 428]]。\n随访社工：[[PERSON|武嘉]]　随访日期：[[DATE|2026-11-16]]　下次随访：[[DATE|2027年2月]]',
  ],
  [
    'visitor-log',
    '住院陪护人员登记表（神经外科）\n患者：[[PERSON|江海龙]]　[[MRN|14]]床\n陪护人：[[PERSON|江芸]]（女儿）\n身份证号：[[ID_CARD|340104199304065824]]\n手机：[[PHONE|19955012384]]\n陪护证号：PH-0614\n车牌（院内停车备案）：[[PLATE|皖A·8J26Q]]\n登记日期：[[DATE|2026-11-20]]',
  ],
  [
    'visitor-log',
    '[[DATE|11月22日]] 访客登记（住院部一楼）\n10:05　[[PERSON|贺文军]]　探视5楼骨科[[PERSON|贺建平]]　电话[[PHONE|13305127706]]　车牌[[PLATE|苏B·K2730]]\n10:20　[[PERSON|卢丹丹]]　送饭　电话[[PHONE|18761430952]]\n10:41　外卖配送员（未登记姓名）\n11:02　[[PERSON|邵一航]]　探视ICU（未获准入，已告知探视时间15:00）\n11:15　[[PERSON|黄润金]]的外甥（香港居民，回乡证[[PASSPORT|H60317285]]）',
  ],
  [
    'hyperbaric',
    '高压氧治疗记录\n治疗号：[[MRN|HBO-2611-073]]\n[[PERSON|毛海军]]，男，37岁，一氧化碳中毒（[[DATE|11月16日]]夜间在家烧炭取暖）后第3天。\n舱次：[[DATE|2026-11-19]] 第3次，压力0.2MPa，吸氧60分钟，出舱无不适。MMSE 27分。\n家属：妻子[[PERSON|汪晓燕]] [[PHONE|15106782391]]\n操舱员：[[PERSON|谭云]]',
  ],
  [
    'hyperbaric',
    '潜水减压病转诊记录\n患者[[PERSON|卓海生]]，男，29岁，潜水教练。[[DATE|11月20日]]在蜈支洲岛附近连续3次深潜（最大深度32米），上岸后2小时出现双下肢麻木、腰痛。同潜的俄罗斯籍学员[[PERSON|Artyom Volkov]]（护照号[[PASSPORT|75 4418263]]）无不适。\n现住：[[ADDRESS|三亚市吉阳区迎宾路中铁置业广场3栋1206]]\n潜水证书号PADI 1911T28845。已联系高压氧科，拟行美国海军6号治疗表加压治疗。联系电话：[[PHONE|18976210345]]',
  ],
  [
    'transfusion',
    '临床输血申请单\n受血者：[[PERSON|曲晓雯]]　性别：女　年龄：34岁　住院号：[[MRN|ZY0836122]]　[[MRN|27]]床\n血型：O型 RhD阴性　输血史：无　孕产史：G3P1\n申请成分：去白悬浮红细胞 2U　预定输血日期：[[DATE|2026-11-21]]\n交叉配血标本号：[[MRN|XP26112100418]]\n申请医师：[[PERSON|宣静]]',
  ],
  [
    'transfusion',
    '输血记录\n[[DATE|11月22日]] 14:10 开始输注，血袋号[[MRN|2026110845332]]（A型RhD阳性 悬浮红细胞1.5U）\n14:25 滴速调至60滴/分，受血者[[PERSON|鲁志华]]（身份证[[ID_CARD|610113480905153]]）无不适。\n15:05 出现寒战，T 38.6℃，立即停止输血，保留血袋送检，报告输血科[[PERSON|房]]医生。\n双人核对：[[PERSON|苗圃]]、[[PERSON|何静宜]]',
  ],
  [
    'transfusion',
    '输血前请两人核对：患者信息、血型、交叉配血结果、血袋有效期及外观；输血开始15分钟内速度不超过2ml/min，无不良反应再按医嘱调整滴速。',
  ],
];

const en: Array<[string, string]> = [
  [
    'admission',
    'HISTORY AND PHYSICAL\nPatient: [[PERSON|OKONJO-BELLAMY, Tremaine]]   MRN: [[MRN|4478315]]   DOB: [[DATE|03/14/1961]]\nAdmit date: [[DATE|11/20/2026]]   Attending: Dr. [[PERSON|Lakshmi Venkatachalam]]\nCC: chest pressure x 2 days\nHPI: 65M with HTN, HLD, T2DM on metformin 1000 mg BID presents with exertional substernal pressure radiating to L jaw. Troponin 0.09 → 0.41 ng/mL. ECG: 1 mm ST depression V4–V6. HEART score 7.\nSocial: lives with wife [[PERSON|Glenda]] at [[ADDRESS|2217 Larkspur Ln, Apt 3B, Columbus, OH 43215]]; retired bus mechanic; quit smoking 2009.\nEmergency contact: [[PERSON|Glenda Okonjo-Bellamy]] [[PHONE|(614) 555-0138]]',
  ],
  [
    'admission',
    'Acute Medical Unit – clerking [[DATE|21/11/2026]] 19:40\nName: [[PERSON|Rhiannon Pugh-Llewellyn]]   Hosp no: [[MRN|K2190473]]   NHS no: [[INSURANCE_ID|999 283 6717]]\nDOB [[DATE|08/06/1949]] (77F)\nPC: 2/7 increasing confusion, offensive urine.\nPMH: AF (apixaban 2.5 mg BD), CKD 3b, # NOF 2021.\nSH: lives alone at [[ADDRESS|14 Heol y Nant, Pontypridd CF37 4LS]], carers QDS; daughter [[PERSON|Carys]] (NOK) [[PHONE|07700 900634]].\nImp: delirium secondary to UTI, 4AT 6. Plan: cultures, IV fluids, stop codeine.\nClerked by Dr [[PERSON|O. Adebanjo]] (FY2), bleep 3321',
  ],
  [
    'admission',
    'Medical admission – Ward 6 North, bed [[MRN|12]]\n[[PERSON|Jarrah Williams-Knight]], 58M, UR [[MRN|0834416]], Medicare [[INSURANCE_ID|2953 17465 1]]\nAdmitted [[DATE|22/11/2026]] via ED with R leg cellulitis, failed oral fluclox. T 38.4, CRP 186. IV cefazolin 2 g q8h, leg elevation, mark margins.\nLives on a cattle property outside [[ADDRESS|Longreach]]; wife [[PERSON|Marnie]] on [[PHONE|0491 570 148]].\nAdmitting RMO: Dr [[PERSON|Thi Huong Tran]]',
  ],
  [
    'admission',
    'Pediatric admission note\n[[PERSON|Mateo Quispe Huamán]], 4 y/o M, MRN [[MRN|PE-2267813]], admitted [[DATE|11/21/2026]] with acute asthma exacerbation after URI.\nSpanish- and Quechua-speaking family; mother [[PERSON|Rosa Huamán Ccori]] interviewed via phone interpreter. Home: [[ADDRESS|418 W Alvarado St, Apt 7, Fallbrook, CA 92028]]. Mom cell [[PHONE|(760) 555-0192]]. Medi-Cal member ID [[INSURANCE_ID|91847263A]].\nOn arrival SpO2 89% RA, PRAM 9; continuous albuterol, dexamethasone 0.6 mg/kg x1.',
  ],
  [
    'progress-note',
    'Progress note – HD#4 – [[DATE|11/19]]\nS: Mr [[PERSON|Fennimore]] reports less dyspnea, slept flat last night for the first time.\nO: T 36.8, HR 84, BP 118/72, SpO2 96% 2L. Net −1.6 L. Cr 1.4 (1.7).\nA/P: ADHF improving. Continue furosemide 40 mg IV BID, start spironolactone 25 mg daily. PT eval. Dispo: likely home [[DATE|11/21]] with daughter [[PERSON|Maisie]].\n— [[PERSON|K. Nakagawa-Reyes]], MD',
  ],
  [
    'progress-note',
    "WR [[DATE|20/11/26]] — Cons: Dr [[PERSON|Still]]\nPt: [[PERSON|Ambrose Fa'alogo]], 74\nStill pyrexial overnight (38.3). Chest still crackly R base. CRP 212 → 164.\nPlan: continue co-amoxiclav, repeat CXR Monday, SALT review – still coughing on thin fluids.\nDiscussed with son [[PERSON|Tavita]] by phone; he is happy with the plan.",
  ],
  [
    'progress-note',
    "MICU progress note, [[DATE|Nov 22, 2026]]\n[[PERSON|Ingrid Solberg-Haugen]] (Bed [[MRN|7]]), day 3 of septic shock from perforated diverticulitis, s/p Hartmann's [[DATE|11/19]].\nNE down to 0.04 mcg/kg/min, vasopressin off. Lactate 1.6. SBT passed; plan extubation this AM.\nFamily update: husband [[PERSON|Bjørn]] and sister [[PERSON|Kari Lindqvist]] at bedside, questions answered.\nDr. [[PERSON|Amadou Diallo-Ndiaye]]",
  ],
  [
    'progress-note',
    'Heme/Onc daily note – [[DATE|11/20/2026]]\n[[PERSON|Tsvetelina Georgieva]], day +9 after autologous SCT for myeloma. ANC 0.2, plt 11 (1 unit given). Mucositis grade 2 on PCA. Febrile overnight 38.6 → cefepime. No engraftment yet; G-CSF continued.\nHer husband [[PERSON|Plamen]] asks about discharge; explained likely not before [[DATE|Nov 28]], and only once counts recover.',
  ],
  [
    'discharge',
    'DISCHARGE SUMMARY\nPatient: [[PERSON|Wanjiru Kamau-Otieno]]   MRN [[MRN|88201736]]   Acct [[MRN|A0093316612]]\nAdmitted [[DATE|11/12/2026]]   Discharged [[DATE|11/17/2026]]\nDx: pyelonephritis with E. coli bacteremia (pan-sensitive)\nDischarge meds: cephalexin 500 mg QID x 10 days; acetaminophen PRN\nFollow-up: PCP Dr. [[PERSON|Brackenbury]] on [[DATE|11/24]] at 10:20 AM\nDischarged home to [[ADDRESS|5521 N Kenmore Ave, Chicago, IL 60640]] with her partner.',
  ],
  [
    'discharge',
    'Dear Dr [[PERSON|Macaulay]],\nRe: [[PERSON|Oisín Breathnach]], DOB [[DATE|30.01.1988]], CHI [[INSURANCE_ID|3001882476]]\n[[ADDRESS|Flat 2, 77 Cathcart Road, Glasgow G42 7BE]]\n[[PERSON|Oisín]] was admitted on [[DATE|15 November]] with a spontaneous left pneumothorax and went home on [[DATE|18 November 2026]] after a chest drain. He should not fly for 2 weeks after a clear chest X-ray and must not dive. Clinic review in 6 weeks.\nYours sincerely,\nDr [[PERSON|Fionnuala Ní Chathasaigh]], Respiratory ST5\ncc: patient, by e-mail to [[EMAIL|oisin.b88@example.com]]',
  ],
  [
    'discharge',
    'Day Surgery – discharge instructions\n[[PERSON|Anahit Hovhannisyan]]   OHIP [[INSURANCE_ID|5384 721 907]] KT\nProcedure: laparoscopic cholecystectomy, [[DATE|Nov 20, 2026]]\nShower after 48 h. No lifting over 10 lb for 2 weeks. Return to emergency for fever over 38.5 °C, yellow skin or worsening pain.\nFollow-up with Dr [[PERSON|Lachance]] on [[DATE|December 4]].\nRide home: brother [[PERSON|Aram]] ([[PHONE|416-555-0117]])',
  ],
  [
    'discharge',
    'ED discharge – [[DATE|22 Nov 2026]] 03:15\n[[PERSON|Keoni Kahananui]], 27, visiting from [[ADDRESS|Hilo]] (US passport [[PASSPORT|568203917]], travel insurer to be billed). Sprained R ankle, Ottawa rules negative. RICE, ibuprofen 400 mg TDS with food, crutches supplied. See a GP if still unable to weight-bear in 1 week.\nSeen by NP [[PERSON|Reuben Akana]]',
  ],
  [
    'discharge',
    'After your cataract operation: use the drops as shown on your chart, wear the eye shield at night for a week and avoid swimming for two weeks. Mild grittiness is normal; sudden loss of vision or severe pain is not — come straight back to the eye unit.',
  ],
  [
    'outpatient',
    "IBD clinic – [[DATE|17/11/2026]]\n[[PERSON|Nadia El-Sayed]], 31, Crohn's ileitis on adalimumab 40 mg fortnightly. Calprotectin 84 (was 610). Well, bowels open twice a day, no blood.\nPlan: continue; drug level and antibodies with next bloods. Next review [[DATE|May 2027]] (telephone). Hosp no [[MRN|R0731985]].",
  ],
  [
    'outpatient',
    'Dermatology – new patient – [[DATE|11/18/2026]]\n[[PERSON|Hazel Ostrowski]], 52F, MRN [[MRN|00-734-219]]. Hazel eyes, fair skin (Fitzpatrick I–II), many sunburns as a child.\nLesion: 7 mm irregular pigmented macule L upper back, ABCDE positive; dermoscopy atypical network.\nShave biopsy performed, path pending (accession [[MRN|DS26-118304]]). Will call pt at [[PHONE|(503) 555-0164]] with result.',
  ],
  [
    'outpatient',
    'Memory clinic – [[DATE|19 November 2026]]\nMrs [[PERSON|Philomena Rourke]], [[AGE|91]], attended with her nephew [[PERSON|Fergal Rourke]]. ACE-III 71/100 (attention 14, memory 12). CT: generalised atrophy with small vessel change.\nDx: mixed dementia. Lives alone in [[ADDRESS|Ballinakill, Co. Laois]].\nPlan: donepezil 5 mg nocte, day-centre referral; Enduring Power of Attorney discussed with [[PERSON|Fergal]].',
  ],
  [
    'outpatient',
    "Fracture clinic – [[DATE|20/11/2026]]\n[[PERSON|Kaveh Rostami]], 44, R distal radius fracture after falling off an e-scooter on [[DATE|6/11]]. Check X-ray: position maintained.\nPlan: cast for a further 4 weeks, hand therapy referral, fit note given. Next: [[DATE|18/12/2026]] on Mr [[PERSON|Hoogenboezem]]'s list.",
  ],
  [
    'outpatient',
    'Antenatal booking – [[DATE|16 Nov 2026]]\n[[PERSON|Aminata Kamara]], G3P2, LMP [[DATE|02/09/2026]], EDD [[DATE|09/06/2027]].\nBMI 31, one previous LSCS. Booking bloods including HIV, syphilis, HBsAg and Hb electrophoresis. Partner [[PERSON|Foday Sesay]] present.\nMidwife: [[PERSON|Siân Probert]]',
  ],
  [
    'outpatient',
    'Developmental-behavioral pediatrics follow-up [[DATE|11/19/2026]]\n[[PERSON|Dashiell Oyelaran]], 9 y/o, ADHD combined type, on methylphenidate ER 27 mg. Teacher Vanderbilt improved; appetite down, wt 27.4 kg (−0.6). Mom [[PERSON|Morenike]] reports sleep onset around 10 pm.\nPlan: continue dose, bedtime routine, recheck in 3 months.',
  ],
  [
    'outpatient',
    'Rheumatology OPD [[DATE|21/11/2026]]\n[[PERSON|Sefo Leavasa]], 47M, tophaceous gout. Urate 0.52 on allopurinol 300 mg.\nPlan: increase to 400 mg, colchicine 0.5 mg daily as prophylaxis for 6 months. URN [[MRN|2719408]]. Text results to [[PHONE|0491 570 263]].',
  ],
  [
    'outpatient',
    'Headache clinic – [[DATE|11/17/2026]]\n[[PERSON|Rebwar Kareem]], 36M, chronic migraine ~18 headache days/month. Failed topiramate and propranolol; MIDAS 42.\nStart erenumab 70 mg monthly; prior authorization sent to insurer (member ID [[INSURANCE_ID|XJH417702931]]). Return [[DATE|2/16/2027]].',
  ],
  [
    'outpatient',
    'Sports clinic handout: after an ankle sprain, start gentle range-of-motion exercises within 48 hours, progress to balance work on one leg by week two, and return to running only when you can hop 20 times without pain.',
  ],
  [
    'referral',
    'e-Referral – Rapid Access Chest Pain Clinic\nUBRN [[MRN|0001 4472 8831]]\nPatient: [[PERSON|Emrys Llywelyn-Price]], DOB [[DATE|11/04/1963]], NHS [[INSURANCE_ID|999 417 3057]]\nAddress: [[ADDRESS|3 Maes y Dderwen, Carmarthen SA31 1QT]]   Tel: [[PHONE|01632 960418]]\nReason: exertional chest tightness 3 weeks, relieved by rest; father MI at 54. ECG sinus rhythm, no acute changes.\nReferrer: Dr [[PERSON|Anjali Suthar]], [[DATE|18/11/2026]]',
  ],
  [
    'referral',
    "FAX – REFERRAL\nTo: Endocrinology (fax on file)\nFrom: Dr. [[PERSON|Yusuf Abdirahman]]\nPatient: [[PERSON|Bernadine Whitecloud]]   DOB [[DATE|07/22/1970]]   SSN [[ID_CARD|987-65-4321]]   Member ID [[INSURANCE_ID|W208814736]]\nReason: TSH <0.01, FT4 3.4, diffuse goiter; ?Graves'. Methimazole 10 mg daily started [[DATE|11/16/2026]].\nPt phone: [[PHONE|(530) 555-0173]]",
  ],
  [
    'referral',
    'Referral – Orthopaedics\n[[PERSON|Aroha Te Rangi-Marsden]], NHI [[INSURANCE_ID|ZKW4186]], DOB [[DATE|5 March 1968]]\n[[ADDRESS|22 Kowhai Terrace, Rangiora 7400]]\nR knee OA, K-L grade 4, night pain despite paracetamol and two steroid injections. BMI 33. Keen for TKJR. Lives with husband [[PERSON|Tamati]]; works as a school cleaner.\nDr [[PERSON|Cairncross]], [[DATE|20/11/2026]]',
  ],
  [
    'handover',
    'SBAR – 02:30 [[DATE|11/22]]\nS: Calling about Mr. [[PERSON|Comeaux]] in Rm [[MRN|523]]: BP 84/50, HR 118.\nB: POD1 ex-lap, epidural in situ.\nA: ?hypovolemia vs epidural effect; UO 15 mL/h for 2 h.\nR: Please come and assess; 500 mL LR bolus started per protocol.\nRN [[PERSON|Jolene Broussard]] → Dr [[PERSON|Vikram Hegde]]',
  ],
  [
    'handover',
    'Bay C – night handover [[DATE|21/11/26]]\n[[MRN|1]]  [[PERSON|Margaret Treloar]] (likes "[[PERSON|Peggy]]"), 88, #NOF D2 post-op, Hb 86, 2nd unit tonight\n2  empty\n[[MRN|3]]  [[PERSON|Sunil Wickramasinghe]], NBM from midnight for OGD\n[[MRN|4]]  [[PERSON|Doreen Pascoe]], [[AGE|96]], DNACPR in notes, very sleepy, family aware\nNurse in charge: [[PERSON|Tegan]]',
  ],
  [
    'handover',
    'Theatre → Ward 9 handover\nPt: [[PERSON|Jānis Bērziņš]], hosp no [[MRN|D4418230]], R TKR under spinal, EBL 200 mL, tranexamic acid given. Mobilise D1, enoxaparin 40 mg from 18:00. Allergy: penicillin (rash). Wife [[PERSON|Ilze]] will phone the ward this evening.\nHanded over by [[PERSON|Precious Dube]] (ODP) to [[PERSON|Callum Brannigan]] RN, [[DATE|20/11/2026]] 16:40',
  ],
  [
    'handover',
    'Ward 5 safety huddle 07:45 – two side rooms closed for deep clean, one agency HCA on the late, oxygen cylinder check done, fire door by bay D propped open again (estates called). No falls overnight.',
  ],
  [
    'nursing-note',
    'Nursing note [[DATE|11/21/2026]] 23:50 — Pt [[PERSON|Earlene Fontenot]] found sitting on floor beside bed, states she "slid down" reaching for her phone. Denies head strike; neuro checks intact, GCS 15. Bed alarm was off. Dr [[PERSON|Salvatici]] notified, R hip X-ray ordered. Daughter [[PERSON|Renée]] called at [[PHONE|(337) 555-0129]], voicemail left. Morse 65; fall precautions reinforced. — [[PERSON|B. Castellanos]], RN',
  ],
  [
    'nursing-note',
    'Wound check – [[DATE|19/11]]\nSacral pressure injury category 3, 3.1 × 2.4 cm, 30% slough. Cleansed, hydrofibre + foam dressing. Repositioned 2-hourly. Patient [[PERSON|Albert Ngata]] (Ward 7, bed [[MRN|22]]) tolerated well; says his granddaughter [[PERSON|Ataahua]] will bring in his own pillows. Braden 12.',
  ],
  [
    'nursing-note',
    'NICU nursing – cot [[MRN|5]] – Baby of [[PERSON|Chiamaka Eze-Uzor]]\n[[DATE|20/11/2026]] 14:00: 33+4 CGA, wt 1.82 kg. 38 mL EBM 3-hourly via NGT, tolerating. Two brief desats, self-resolved. Mum did kangaroo care for 1 h; dad [[PERSON|Ikenna]] asked about rooming-in.',
  ],
  [
    'lab-report',
    'CLINICAL LABORATORY REPORT\nPatient: [[PERSON|HALVORSEN, Sigrid M]]   DOB: [[DATE|09/02/1954]]   Sex: F\nMRN: [[MRN|60039127]]   Specimen: [[MRN|W26-324-01177]]\nCollected: [[DATE|11/20/2026]] 06:12   Received: [[DATE|11/20/2026]] 06:58\nOrdering: [[PERSON|Bhattacharya, Arun]] MD\nHbA1c 8.9 % (H) [4.0–5.6]\nLDL-C 142 mg/dL (H)\neGFR 54 mL/min/1.73m² (L)',
  ],
  [
    'lab-report',
    'Microbiology – final report\nLab no [[MRN|M26.0488127]]   [[PERSON|FERREIRA-COSTA, João Pedro]]   Hosp [[MRN|S1180442]]\nSpecimen: blood culture (set 2), received [[DATE|18/11/2026]]\nOrganism: Staphylococcus aureus (MSSA). Flucloxacillin S, clindamycin S, vancomycin S.\nPhoned to ward 12 SHO Dr [[PERSON|Halloran]] on [[DATE|19/11]] at 15:22 by BMS [[PERSON|Yetunde]].',
  ],
  [
    'lab-report',
    'Critical value notification\n[[DATE|11/22/2026]] 04:48 — K+ 2.4 mmol/L\nPatient: [[PERSON|Lucía Fernández Olmedo]], MRN [[MRN|71184406]], Rm [[MRN|729]]\nCalled to RN [[PERSON|Quinton Ashby]]; read-back confirmed. Tech ID 4471.',
  ],
  [
    'lab-report',
    'Reference ranges (adult): sodium 135–145 mmol/L; potassium 3.5–5.3 mmol/L; urea 2.5–7.8 mmol/L; creatinine 59–104 µmol/L (male), 45–84 µmol/L (female). Haemolysed samples may falsely raise potassium.',
  ],
  [
    'imaging-report',
    'CT PULMONARY ANGIOGRAM\nPatient: [[PERSON|Ebere Nwachukwu]]   Acc# [[MRN|CT-8804176]]   DOB [[DATE|12/30/1990]]\nExam date: [[DATE|11/21/2026]]\nFindings: filling defects in right lower lobe segmental arteries. RV/LV 0.8. No infarct.\nImpression: acute right lower lobe segmental PE without right heart strain.\nCommunicated to Dr. [[PERSON|Sandoval]] at 14:05.\nRead by: [[PERSON|Shunsuke Ikegami]], MD',
  ],
  [
    'imaging-report',
    'Screening mammogram – [[DATE|17 Nov 2026]]\n[[PERSON|Kadri Tamm]], 49, screening ID [[MRN|BS-0772610]]\nBreast composition C. No suspicious mass, calcification or distortion.\nBI-RADS 1. Routine recall in 3 years.\nReporting radiographer: [[PERSON|Lowri Bevan]]',
  ],
  [
    'imaging-report',
    'Venous duplex, left leg – [[DATE|20/11/2026]]\n[[PERSON|Elif Yıldırım]], URN [[MRN|5583042]]\nNon-compressible left popliteal and posterior tibial veins with echogenic thrombus. Calf veins poorly visualised.\nConclusion: left popliteal DVT. Result phoned to ED registrar Dr [[PERSON|Nkosana Mthembu]].\nSonographer: [[PERSON|Bree Falconer]]',
  ],
  [
    'prescription',
    'ePrescription\nRx #: [[MRN|6620194]]\nPatient: [[PERSON|Thaddeus Morningstar]]   DOB [[DATE|05/09/1979]]\nAddress: [[ADDRESS|903 Ridgeview Dr, Rapid City, SD 57701]]\nAmoxicillin 875 mg tab, 1 PO BID x 10 days, #20, RF 0\nPrescriber: [[PERSON|Colette Arceneaux]], NP   NPI 1447298306',
  ],
  [
    'prescription',
    'Repeat prescription request (online)\nPatient: [[PERSON|Bronwen Tregothnan]]   DOB [[DATE|14/02/1957]]   NHS [[INSURANCE_ID|999 602 3184]]\nItems: levothyroxine 100 microgram tablets x56; ramipril 5 mg capsules x28\nCollect from: nominated pharmacy\nNote from patient: "Could the ramipril be issued as 2 months please, I\'m at my sister\'s until [[DATE|15 January]]."',
  ],
  [
    'prescription',
    '[[PERSON|MORETTI, Giuseppina]]   Dr [[PERSON|H. Mahmoud]]\nMETFORMIN XR 1000 mg\nTake TWO tablets at night with food.\nQty 60   Rpt 4   Rx [[MRN|81730452]]   [[DATE|21/11/26]]\nKeep out of reach of children.',
  ],
  [
    'prescription',
    'Counselling points – warfarin: take it at the same time each evening; keep your vitamin K intake steady; report black stools, blood in the urine or unusual bruising; check with the anticoagulation clinic before starting any new medicine, including herbal remedies.',
  ],
  [
    'consent',
    'INFORMED CONSENT FOR PROCEDURE\nPatient: [[PERSON|Gwendolyn Achebe-Sinclair]]   MRN [[MRN|55207814]]\nProcedure: right total hip arthroplasty\nRisks discussed include infection, DVT/PE, dislocation, leg-length discrepancy and nerve injury.\nPatient signature: [[PERSON|Gwendolyn Achebe-Sinclair]]   Date: [[DATE|11/18/2026]]\nWitness: [[PERSON|Marcus Lindgren]]\nPhysician: [[PERSON|R. Okonkwo-Hale]], MD',
  ],
  [
    'consent',
    'Consent Form 4 – [[PERSON|Herbert Quarmby]], [[AGE|93]], hosp no [[MRN|H7723016]]\nProcedure: PEG insertion.\nAssessment: lacks capacity for this decision (two-stage test, MCA 2005).\nConsulted: son [[PERSON|Neville Quarmby]], who holds a health and welfare LPA.\nBest-interests decision made on [[DATE|19/11/2026]] by Dr [[PERSON|Sameera Jayawardena]].',
  ],
  [
    'consent',
    'Parental consent – sedation for MRI\nChild: [[PERSON|Yaretzi Coyotl Martínez]], DOB [[DATE|03/11/2022]], MRN [[MRN|PC-4021776]]\nI, [[PERSON|Itzel Martínez Ruiz]], parent, consent to oral dexmedetomidine sedation for MRI brain and understand the risks explained to me.\nSigned [[DATE|11/20/2026]]. Phone [[PHONE|(915) 555-0148]]',
  ],
  [
    'billing',
    'STATEMENT\nGuarantor: [[PERSON|Oluwadamilare Bankole]]   Account #: [[MRN|900441873]]\n[[ADDRESS|1480 Peachtree Walk, Unit 12, Decatur, GA 30030]]\nService date: [[DATE|10/28/2026]]   Patient: [[PERSON|Ayomide Bankole]]\nED visit level 4 – $1,284.00\nCT head w/o contrast – $2,115.00\nInsurance adjustment – ($2,460.12)\nPatient balance: $938.88 (card on file ending 4471)\nPay online at [[URL|https://pay.example.com/statement?acct=900441873]]',
  ],
  [
    'billing',
    'Card payment authorisation\nPatient: Mr [[PERSON|Cormac Doherty]]   Ref: invoice INV-26-04417\nCardholder: [[PERSON|Siobhra Doherty]]\nCard number: [[BANK_CARD|4556 7301 2298 4414]]   Expiry: 09/29\nAmount: £1,850.00 (MRI lumbar spine and consultation)\nBilling address: [[ADDRESS|12 Carrick View, Strabane BT82 8QJ]]\nSigned [[DATE|20/11/2026]]',
  ],
  [
    'billing',
    'Payment plan agreement\nPatient: [[PERSON|Darius Farahani]]   Acct [[MRN|PB-3319064]]\nBalance $4,212.60 in 12 monthly installments of $351.05.\nAutopay card: Mastercard [[BANK_CARD|5412 7534 0099 1860]], exp 04/28\nE-mail receipts to [[EMAIL|d.farahani@example.net]]',
  ],
  [
    'billing',
    'Claim form – extras (physiotherapy)\nMember no: [[INSURANCE_ID|8820417735]]   Patient: [[PERSON|Phạm Bảo Ngọc]]\nMedicare: [[INSURANCE_ID|4117 20939 2]]\nDate of service [[DATE|14/11/2026]]: item 505 initial consultation $95.00; item 560 subsequent $80.00\nPay benefit to the account on file. Questions: [[EMAIL|ngoc.pham88@example.com.au]]',
  ],
  [
    'billing',
    'Refund request – cancelled sleep study\nPatient: [[PERSON|Mwajuma Said]]   Account [[MRN|SL-220871]]\nDeposit of $250.00 to be refunded to American Express [[BANK_CARD|3782 822463 10054]]\nReason: study rescheduled at patient request; refunds take 5–10 business days.',
  ],
  [
    'billing',
    'Self-pay price list: GP consultation £75; blood test panel £45; travel vaccinations from £40 per dose. Payment is due on the day; we do not accept cheques.',
  ],
  [
    'online-consult',
    "[Telehealth chat — Visit ID [[MRN|VV-20261121-3390]]]\nDr. [[PERSON|Ifeoma Chukwu]]: Hi [[PERSON|Brendan]], I can see your photos. How long has the rash been there?\n[[PERSON|Brendan]]: about 3 days, started after a hike\nDr. [[PERSON|Chukwu]]: Any fever, joint pain, or a bullseye pattern?\n[[PERSON|Brendan]]: no fever, just really itchy\nDr. [[PERSON|Chukwu]]: This looks like contact dermatitis, probably poison oak. I'll send triamcinolone 0.1% cream to your pharmacy; avoid scratching and wash the clothes you hiked in.",
  ],
  [
    'online-consult',
    'Online consultation (submitted [[DATE|22/11/2026]] 07:12)\nName: [[PERSON|Zainab Haqqani]]   DOB: [[DATE|19/07/1996]]\nMobile: [[PHONE|07700 900862]]   Email: [[EMAIL|zainab.h96@example.co.uk]]\nWhat can we help with? "Burning when I pee for 2 days, no fever, not pregnant. Had the same thing in March and nitrofurantoin worked."\nIP logged: [[IP|198.51.100.77]]',
  ],
  [
    'online-consult',
    'Pharmacist chat (app)\nUser [[ACCOUNT|grandmaJo_1952]]: my great-grandmother is [[AGE|97]] and the new doctor gave her tramadol 50mg. she already takes sertraline. is that ok?\nPharmacist [[PERSON|Aiyana Redhorse]]: Tramadol with sertraline can raise the risk of serotonin syndrome and seizures, and at her age falls and confusion are a worry too. Please hold it until her doctor has reviewed — I can message them if you send her date of birth.\n[[ACCOUNT|grandmaJo_1952]]: [[DATE|4/2/1929]]',
  ],
  [
    'patient-message',
    "Portal message — To: Dr. [[PERSON|Ezeokoli]]\nFrom: [[PERSON|Euphemia Vanterpool]] (MRN [[MRN|30271159]], user [[ACCOUNT|pvanterpool77]])\nSubject: BP readings\nHi Dr. [[PERSON|Ezeokoli]] — readings this week 152/94, 148/92, 160/98, mostly in the morning. I'm taking the lisinopril 20 every day. Should I increase? My cell is [[PHONE|(404) 555-0186]] if it's easier to call. Thanks, [[PERSON|Euphemia]]",
  ],
  [
    'patient-message',
    'hi its [[PERSON|Kerry-Ann Mullins]] dob [[DATE|3/3/85]] can i get my sick note extended, still cant go back to work with my back, ive got physio on [[DATE|28 Nov]]. can i pay the £20 for the letter over the phone with my card [[BANK_CARD|4921 8830 1274 5565]]? also ive moved, new address is [[ADDRESS|Flat 5, 41 Westgate Road, Newcastle NE4 6AL]] thanks',
  ],
  [
    'patient-message',
    "From: [[EMAIL|lars.eriksen.dk@example.org]]\nSubject: Appointment change – [[PERSON|Lars Eriksen]] / [[PERSON|Mette Kjærgaard]]\nDear team, we have our consultation on [[DATE|1 December]] but [[PERSON|Mette]]'s flight lands late that morning. Could we move to [[DATE|3 December]]? Our reference is [[MRN|FC-77104]]. You can reach me on [[PHONE|+44 7700 900315]].\nBest wishes, [[PERSON|Lars]]",
  ],
  [
    'patient-message',
    'Dear Ward Manager,\nI am writing about my father, [[PERSON|Vernon Ashworth]], who was on Ward 14 from [[DATE|2 November]] to [[DATE|9 November]]. His hearing aids went missing during his stay and nobody seems to know where they went. I have been told to contact PALS but would rather hear from you directly. I can be reached on [[PHONE|0113 496 0752]] or at [[ADDRESS|27 Fernbank Drive, Leeds LS13 1BX]].\nYours faithfully,\n[[PERSON|Janine Ashworth-Doyle]]',
  ],
  [
    'family-chat',
    "[WhatsApp – \"Mum's hip op 💙\"]\n[[PERSON|Perpetua]]: she's out of theatre!! surgeon said it went well\n[[PERSON|Rob]]: thank god. which ward?\n[[PERSON|Perpetua]]: Ward 22, bed [[MRN|6]] – ask for [[PERSON|Maureen Hadfield]] at the desk\nDad: I'll bring her glasses tomorrow\n[[PERSON|Rob]]: I'll drive, car's [[PLATE|YK19 HNF]] if they ask at the barrier",
  ],
  [
    'family-chat',
    "[[PERSON|Ugochi]]: Papa's BP was 190/110 this morning o\n[[PERSON|Somtochukwu]]: Has he been taking the amlodipine?\n[[PERSON|Ugochi]]: He said it finished last week 🤦🏾‍♀️\nAunty [[PERSON|Ifunanya]]: I will buy it today and take him to the clinic. Send me his hospital card number\n[[PERSON|Ugochi]]: [[MRN|LUTH/26/448172]]\n[[PERSON|Somtochukwu]]: Thank you aunty. I've sent money to your card [[BANK_CARD|5399 4127 0836 5528]] for the drugs",
  ],
  [
    'family-chat',
    'Group text – "Nana care"\n[[PERSON|Deshawn]]: PT said she can go to rehab Friday\n[[PERSON|Jazmyne]]: which one?\n[[PERSON|Deshawn]]: Maple Grove, the one on Route 9. they need her card, Medicare ID is [[INSURANCE_ID|7HX2-CF4-WA18]]\n[[PERSON|Jazmyne]]: ok I\'ll drop it off after work. Nana keeps asking for Pastor [[PERSON|Greene]]',
  ],
  [
    'family-chat',
    "[[PERSON|Yifan]]: Mum's CT is at 2:30 tomorrow at the radiology place on Burwood Rd\n[[PERSON|Jessica]]: I can take her. Does she need to fast?\n[[PERSON|Yifan]]: 4 hours nothing to eat, water ok. Referral's in the blue folder\n[[PERSON|Jessica]]: what's her Medicare number again\n[[PERSON|Yifan]]: [[INSURANCE_ID|5208 73160 1]] ref 2",
  ],
  [
    'family-chat',
    'Mum: did you book the flu jab\nMe: yes thursday 4pm\nMum: take your inhaler with you\nMe: ok 😂',
  ],
  [
    'sms-reminder',
    'Reminder: [[PERSON|Anselm]], you have an appointment with Dr [[PERSON|Marchand]] at Lakeside Family Practice on Tue [[DATE|24 Nov]] at 9:40am. Reply C to cancel. Please do not reply with personal information.',
  ],
  [
    'sms-reminder',
    'Hi Mrs [[PERSON|Adaeze Okoro]], this is Northgate Surgery. Your blood test results are back and the doctor would like a phone review. Please book at [[URL|https://appts.example.co.uk/northgate/book]] or call the surgery.',
  ],
  [
    'driving-medical',
    'D4 medical examination report (Group 2 – HGV)\nApplicant: [[PERSON|Stuart McIlwraith]]   DOB [[DATE|22/10/1970]]\nDriver number: [[ID_CARD|MCILW710220S99KT]]\nAddress: [[ADDRESS|8 Braeside Crescent, Kilmarnock KA1 2JP]]\nVisual acuity (corrected) 6/6 R, 6/9 L; fields full to confrontation.\nDiabetes: gliclazide 80 mg BD — hypoglycaemia awareness discussed; no episode needing help from another person in the past 12 months.\nExamining doctor: Dr [[PERSON|Aileen Buchanan-Reid]], [[DATE|19/11/2026]]',
  ],
  [
    'driving-medical',
    'DOT medical examination – commercial driver\nDriver: [[PERSON|Rubén Castañeda Villarreal]]   DOB [[DATE|06/17/1975]]\nTexas DL: [[ID_CARD|40918263]]   Owner-operator, tractor plate [[PLATE|HNV-4172]]\nBP 148/92, recheck 142/88. Neck 18 in, BMI 36 → referred for sleep study.\nCertified for 1 year.\nExaminer: [[PERSON|Loretta Haskins]], DC, [[DATE|11/16/2026]]',
  ],
  [
    'premarital',
    'Premarital screening certificate (thalassaemia / sickle cell / infections)\nName: [[PERSON|Khalid Al-Mazrouei]]   Emirates ID: [[ID_CARD|784-1993-4417205-3]]\nFiancée: [[PERSON|Maricel Dimaculangan]]   Passport (Philippines): [[PASSPORT|P4417206A]]\nResults: HbA2 normal in both; Hb S not detected; HIV, HBV, HCV and syphilis negative. Genetically compatible.\nScreening ref: [[MRN|PMS-26-55018]]   Date: [[DATE|12 Nov 2026]]',
  ],
  [
    'premarital',
    "Community premarital carrier-screening line – call log\n[[DATE|11/19/2026]] 20:15. Caller (father of the young woman; names are not recorded by the programme) gave PIN [[MRN|418-7725]] and the match's PIN [[MRN|903-1146]].\nResult read out: compatible for Tay-Sachs, cystic fibrosis, familial dysautonomia and Canavan disease. No further action.",
  ],
  [
    'birth-registration',
    'Birth notification\nBaby Boy [[PERSON|Nwankwo-Fraser]], born [[DATE|20/11/2026]] 23:41, 3.61 kg\nNHS number: [[INSURANCE_ID|999 735 1207]]\nMother: [[PERSON|Chinwe Nwankwo]], DOB [[DATE|04/05/1994]], [[ADDRESS|Flat 9, Dunmore House, 150 Coldharbour Lane, London SE5 9QH]]\nFather: [[PERSON|Alasdair Fraser]]\nMidwife: [[PERSON|Joy Mensah-Bonsu]]\nThe birth must be registered within 42 days.',
  ],
  [
    'birth-registration',
    "Birth certificate worksheet – mother's section\nMother's legal name: [[PERSON|Xiomara Luz Betancourt]]\nMother's SSN: [[ID_CARD|987-65-4328]]\nResidence: [[ADDRESS|7711 Calle Sol, Laredo, TX 78046]]\nChild's name: [[PERSON|Santiago Emilio Betancourt]]   Date of birth: [[DATE|11/18/2026]]   Time: 06:52\nFather's name: [[PERSON|Emilio Reyes Garza]]\nCertifier: [[PERSON|Dana Prewitt]], CNM",
  ],
  [
    'addiction-service',
    'Community Drug & Alcohol Service – key-work note [[DATE|18/11/2026]]\nClient: [[PERSON|Liam Gorman]] (client ID [[MRN|CDAS-40928]])\nOST: methadone 60 mg daily, supervised consumption. Urine: methadone +, opiates −, cocaine +.\nReports using crack twice this week since his brother [[PERSON|Donnacha]] moved back in. Harm reduction discussed; naloxone kit re-issued. Next appointment [[DATE|25/11/2026]].\nKeyworker: [[PERSON|Abi Thackeray]]',
  ],
  [
    'addiction-service',
    'Detox unit intake — [[DATE|11/21/2026]] 20:10\n[[PERSON|Travis Whitehorse]], 39M. CIWA-Ar 17 on arrival; last drink 10 h ago; previous withdrawal seizures. Lorazepam per protocol, thiamine 500 mg IV TID.\nLives in [[ADDRESS|Gallup, NM]]. Emergency contact: sister [[PERSON|Winona Whitehorse]] [[PHONE|(505) 555-0107]].',
  ],
  [
    'outreach',
    'Street outreach log – Tuesday night van [[DATE|17/11]]\n1. [[PERSON|Smudge]] (real name [[PERSON|Darren Yeardley]]) – leg ulcer dressed, declined hostel place again.\n2. Woman, 30s, did not give a name – needle exchange only.\n3. [[PERSON|Krzysztof]], Polish, cough 3 weeks – showed passport [[PASSPORT|EK4471926]]; TB screening van booked [[DATE|24/11]].\nStaff: [[PERSON|Bex]], [[PERSON|Ruaraidh]]',
  ],
  [
    'outreach',
    'Community health fair – BP / glucose screening sheet\n[[PERSON|Imelda Ocampo]] | 62 | [[PHONE|(210) 555-0155]] | BP 168/98 | random glucose 231 | referred to clinic\n[[PERSON|Ernesto Ybarra]] | [[AGE|90]] | no phone | BP 132/76 | glucose 104 | –\n[[PERSON|Celestine Arrington]] | 45 | [[EMAIL|celeste.arr@example.com]] | BP 124/80 | glucose 96 | –',
  ],
  [
    'orthotics',
    'Prosthetic clinic – [[DATE|20/11/2026]]\n[[PERSON|Pradeep Wijesekera]], 58, left transtibial amputation ([[DATE|March 2025]], diabetic foot sepsis). K2 walker. Socket loose, stump volume down 1.5 cm: 3-ply sock added, new socket cast today. Foot serial no. 88-1-2271.\nHosp no [[MRN|V0417826]]. Prosthetist: [[PERSON|Gráinne Mulcahy]]',
  ],
  [
    'orthotics',
    'Orthotics order\nPatient: [[PERSON|Aputiaq Kilabuk]], DOB [[DATE|08/03/2017]]\nBilateral solid AFOs for spastic diplegia (GMFCS II). Cast [[DATE|11/17/2026]]; fitting [[DATE|12/8/2026]]. Medical travel from [[ADDRESS|Iqaluit]] arranged; escort: mother [[PERSON|Leetia Kilabuk]].',
  ],
  [
    'pharmacovigilance',
    'Yellow Card report (draft)\nPatient initials: [[PERSON|G.H.T.]]   Age: 67   Sex: F   Weight: 71 kg\nLocal ID: [[MRN|W4471180]]\nSuspected drug: co-trimoxazole 960 mg BD (batch on file)\nReaction: Stevens–Johnson syndrome, onset [[DATE|14/11/2026]], admitted [[DATE|16/11/2026]]\nReporter: Dr [[PERSON|Bethan Howells]]\nYellow Card reference: [[MRN|YC-2611-84421]]',
  ],
  [
    'pharmacovigilance',
    'Voluntary adverse event report (MedWatch-style)\nA. Patient identifier: [[PERSON|R.M.]]   Age: [[AGE|92]]   Sex: M\nB. Severe hyponatremia (Na 118) after escitalopram 10 mg was started on [[DATE|11/02/2026]]; hospitalized [[DATE|11/09/2026]]; recovered after stopping the drug.\nE. Reporter: [[PERSON|Marisela Tovar]], PharmD, [[EMAIL|mtovar@example.org]], [[PHONE|(312) 555-0191]]',
  ],
  [
    'disease-registry',
    'Cancer registry abstract\nAccession no: [[MRN|2026-00713]]\nName: [[PERSON|LACHAPELLE, Réjean]]   DOB [[DATE|01/25/1952]]   SSN [[ID_CARD|987-65-4325]]\nAddress at diagnosis: [[ADDRESS|44 Rue Principale, Madawaska, ME 04756]]\nPrimary site: C61 prostate; Gleason 4+3; diagnosed [[DATE|10/21/2026]]\nAbstractor: [[PERSON|T. Bouchard]], CTR',
  ],
  [
    'disease-registry',
    'Notification of infectious disease\nDisease: pertussis (clinical + PCR)\nPatient: [[PERSON|Evie-Mae Costello]], DOB [[DATE|29/08/2026]]\nParent: [[PERSON|Shannon Costello]], [[PHONE|0161 496 0384]]\nAddress: [[ADDRESS|19 Ravensway, Salford M6 8FQ]]\nOnset [[DATE|10/11/2026]]; notified [[DATE|19/11/2026]] by Dr [[PERSON|Mohsin Qureshi]]\nCase ref: [[MRN|HP-2611-3307]]',
  ],
  [
    'virtual-ward',
    'Virtual ward – respiratory – daily review [[DATE|21/11/2026]]\n[[PERSON|Glenys Parry]], day 4 on the virtual ward after a COPD exacerbation. Oximeter readings uploaded via the app (user [[ACCOUNT|gparry_vw]]): SpO2 89–91% on air, RR 22.\nPhoned her on [[PHONE|01632 960771]]: breathless on the stairs, sputum green. Plan: extend prednisolone, GP home visit today; escalate if SpO2 below 88%.',
  ],
  [
    'virtual-ward',
    'Hospital-in-the-home visit\nPt: [[PERSON|Dimitrios Karagiannis]], URN [[MRN|H2210498]]; visited at [[ADDRESS|4/18 Bellevue Parade, Carlton NSW 2218]].\nIV ceftriaxone 2 g, day 5 of 6, via PICC. T 36.9. Wife [[PERSON|Eleni]] managing well.\nRemote monitoring hub [[IP|203.0.113.96]] offline since 02:00 – tech support notified.',
  ],
  [
    'clinical-photography',
    'Medical illustration request\nJob no: [[MRN|MI-26-04418]]\nPatient: [[PERSON|Yasmin Ould-Brahim]]   Hosp no [[MRN|F0833927]]\nArea: both hands (psoriatic arthritis, dactylitis), baseline before biologic.\nConsent: clinical record ✔ teaching ✔ publication ✘\nPhotographer: [[PERSON|Ollie Brennan-Sykes]]   Date: [[DATE|18/11/2026]]',
  ],
  [
    'clinical-photography',
    'Teledermatology upload\nReferring GP: Dr [[PERSON|Anyanwu-Kalu]]\nPatient: [[PERSON|Pernille Østergaard]], 71\nLesion L temple, 14 mm, growing for 6 months; images IMG_4471–4474 (dermoscopic and macro) uploaded from [[IP|198.51.100.168]] on [[DATE|19/11/2026]].',
  ],
  [
    'adoption-fostering',
    'Adult health report (prospective adopter)\nApplicant: [[PERSON|Gideon Ashcroft]]   DOB [[DATE|02/12/1983]]   NHS [[INSURANCE_ID|999 148 6623]]\nAddress: [[ADDRESS|The Old Forge, Mill Lane, Hexham NE46 3PU]]   Email: [[EMAIL|gideon.ashcroft@example.co.uk]]\nDepression 2015–16, well since, no medication. BMI 27. Non-smoker.\nMedical adviser: no health contraindication to adoption.\nLocal authority ref: [[MRN|LA/ADP/26/118]]   Completed [[DATE|16/11/2026]]',
  ],
  [
    'adoption-fostering',
    'Foster care initial health screen\nChild: [[PERSON|Jaylen Pettway]], 7, placed [[DATE|11/19/2026]]\nCase #: [[MRN|DCS-26-330718]]\nFoster parent: [[PERSON|Roberta Kingsley]], [[PHONE|(615) 555-0139]], [[ADDRESS|2206 Belmont Hollow Rd, Franklin, TN 37064]]\nFindings: dental caries x4, 4-year vaccines missed, growth on 10th centile. Court docket 26-JV-441.',
  ],
  [
    'visitor-log',
    'ICU visitor log – Bay 2 – [[DATE|20/11/2026]]\n14:05 [[PERSON|Moana Tipene]] (wife) – visiting [[PERSON|Rawiri Tipene]], bed [[MRN|4]]\n14:40 [[PERSON|Hone Tipene]] (son)\n15:10 Chaplain (name not recorded)\n16:30 [[PERSON|Moana Tipene]] out',
  ],
  [
    'visitor-log',
    'Security – visitor parking permit\nVisitor: [[PERSON|Francesca Lombardi]]   Mobile [[PHONE|07700 900539]]   ID seen: Italian passport [[PASSPORT|YA4418207]]\nVehicle reg: [[PLATE|LM71 XKD]]\nVisiting: [[PERSON|Enzo Lombardi]], Ward 11\nPermit valid [[DATE|20/11/2026]]–[[DATE|27/11/2026]]',
  ],
  [
    'hyperbaric',
    'Hyperbaric unit – treatment record\nDiver: [[PERSON|Fraser Ogilvie]], 34M\nPresented [[DATE|21/11/2026]] 22:00 with R shoulder pain and paraesthesia 3 h after a 28 m wreck dive in Scapa Flow. DCI diagnosed; USN Table 6 completed, symptoms resolved.\nDive buddy [[PERSON|Marek Zieliński]] well. PADI number not needed.\nNOK: [[PERSON|Kirsty Ogilvie]] [[PHONE|07700 900128]]',
  ],
  [
    'hyperbaric',
    'HBOT session log – radiation cystitis\nPatient: [[PERSON|Delphine Marceau]], MRN [[MRN|9930418]]\nSession 22/40 on [[DATE|11/20/2026]], 2.4 ATA for 90 min, monoplace chamber 2. Left ear squeeze (TEED 1), decongestant before next dive. Next session [[DATE|11/23/2026]].',
  ],
  [
    'transfusion',
    'Blood transfusion record\nPatient: [[PERSON|Ravindra Seneviratne]]   DOB [[DATE|07/07/1949]]   Hosp no [[MRN|J5520196]]\nUnit no: [[MRN|G0617 26 448201]]   Group O Pos\nStarted [[DATE|22/11/2026]] 10:20; 15-min obs T 36.7, HR 82 – no reaction.\nChecked by: [[PERSON|Anita Sharma-Ross]] RN / [[PERSON|Femi Adeoye]] RN',
  ],
  [
    'transfusion',
    'Transfusion reaction investigation\nPatient: [[PERSON|Beatriz Nogueira]], MRN [[MRN|44018820]]\n[[DATE|11/21/2026]]: fever 39.1 and rigors 25 min into unit 2 of PRBCs. DAT negative, no haemolysis. Likely febrile non-haemolytic reaction; premedicate for future transfusions.\nReported by: [[PERSON|Søren Albrechtsen]], MD – Transfusion Medicine',
  ],
];

export function generateDeidHoldout9(): LabelledRecord[] {
  return holdoutRecords('h9', zh, en);
}

export const DEID_HOLDOUT_9_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/labelled/deid-holdout-9.jsonl',
);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const records = generateDeidHoldout9();
  writeFileSync(DEID_HOLDOUT_9_PATH, renderJsonl(records));
  console.log(`wrote ${records.length} records to ${DEID_HOLDOUT_9_PATH}`);
}
