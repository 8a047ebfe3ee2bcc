import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { holdoutRecords, type LabelledRecord, renderJsonl } from './generate-deid.ts';

/**
 * The ROUND-11 fresh held-out de-identification set (data/labelled/deid-holdout-11.jsonl): hand-written
 * snippets with hand-placed spans, marked inline as [[TYPE|text]] (parseMarked strips the marks and
 * records UTF-16 offsets). Written by a separate annotator who did not read the recognizer code and
 * never ran a recognizer on these snippets; it must not be used to tune the recognizers.
 *
 * About four fifths are the everyday documents of a general hospital and the messages of its patients
 * (admission, progress and discharge notes, outpatient notes in many specialties, referrals, handovers,
 * nursing notes, lab, pathology and imaging reports, prescriptions, consent, billing and insurance
 * forms, online consultations, patient messages, family chats and SMS reminders); about a fifth come
 * from settings earlier rounds did not list: patient and family hostels, home adaptations (适老化改造,
 * OT home visits, stairlifts), clinical-coding queries, bedside rentals (陪护床, bedside TV, recliners),
 * medical-alert IDs (bracelets and necklaces) and social prescribing.
 *
 * Identifiers are synthetic: resident IDs carry a valid GB 11643 check character and a sex digit and
 * birth date consistent with the text (15-digit IDs likewise), bank cards a valid Luhn digit, NHS
 * numbers are in the 999 test range with their modulus-11 digit, the CHI number passes its check digit
 * and starts with the stated birth date, Australian Medicare numbers pass their check digit, the NZ NHI
 * its check character and the OHIP number its Luhn digit; the US SSN is in the 987-65-432x advertising
 * range. Phones are random mainland numbers or fictional ranges (North American 555-01xx, UK 07700
 * 900xxx, 01632 960xxx, 0114 496 0xxx and 0161 496 0xxx, Australian 0491 570 xxx); mail and web hosts
 * are example.*; IP addresses come from the documentation ranges.
 *
 * Span conventions are those of data/labelled/deid-holdout-2 to -10 cards; the decisions new in this
 * round are in data/labelled/deid-holdout-11.card.yaml.
 */
const zh: Array<[string, string]> = [
  [
    'admission',
    `神经内科入院记录（卒中单元）\n姓名：[[PERSON|濮秋禾]]　性别：女　出生：[[DATE|1957年8月27日]]\n身份证：[[ID_CARD|210202195708271187]]　病案号：[[MRN|SJ00583107]]　床号：卒中单元[[MRN|7]]床\n户籍地：[[ADDRESS|辽宁省大连市中山区]]\n入院：[[DATE|2026年11月19日]] 16:05\n主诉：突发左侧肢体无力伴言语含糊4小时。NIHSS 9分，发病至入院3.5小时，头颅CT未见出血，已予阿替普酶0.9mg/kg静脉溶栓。\n既往：房颤5年，未抗凝。CHA2DS2-VASc 4分。\n联系人：丈夫[[PERSON|甄守仁]]，[[PHONE|15840972316]]`,
  ],
  [
    'admission',
    `产科入院待产记录\n孕妇：[[PERSON|缪书妍]]，38岁，G2P1，孕39+2周，末次月经[[DATE|2026-02-14]]，预产期[[DATE|2026-11-21]]。\n身份证号：[[ID_CARD|511302198809231521]]\n产检号[[MRN|CJ-210447]]，住院号[[MRN|ZY26117702]]，待产室[[MRN|3]]床。\n现住：[[ADDRESS|四川省南充市顺庆区滨江中路二段88号锦绣花园5幢1单元1203]]\n今晨4时起规律宫缩，5-6分钟一次，胎膜未破。胎心140次/分，宫口开大2cm。\n丈夫[[PERSON|岑皓然]]陪同，电话[[PHONE|18982715064]]。`,
  ],
  [
    'admission',
    `脊柱外科入院记录\n[[PERSON|诸葛慧兰]]，女，[[AGE|96]]岁，[[DATE|11月21日]]由养老院转入，入住[[MRN|12]]床。\n身份证：[[ID_CARD|620102193011090847]]（家属代为出示）\n住院号：[[MRN|ZY2026-118-0452]]\n主诉：弯腰拾物后腰背痛1周，翻身困难。查体L1棘突叩痛，双下肢肌力5-级。MRI示L1椎体新鲜压缩骨折，骨密度T值-3.4。\n既往高血压、2型糖尿病。\n委托人：侄子[[PERSON|诸葛临川]]，[[PHONE|0931-8826 4075]]，住[[ADDRESS|兰州市城关区雁滩路2987号天庆嘉园17号楼2单元901]]`,
  ],
  [
    'progress-note',
    `感染科病程记录\n[[DATE|2026-11-20]] 10:30 主治医师查房\n[[MRN|18]]床[[PERSON|楚云帆]]，发热第6天，体温最高39.4℃，血培养（[[DATE|11-17]]采）回报：大肠埃希菌，ESBL阳性。已由头孢曲松改为厄他培南1g qd。腹部超声未见肝脓肿。[[PERSON|聂]]主任查看患者后指示：复查PCT、完善泌尿系CT。\n记录者：[[PERSON|冼嘉慧]]`,
  ],
  [
    'progress-note',
    `病程记录　[[DATE|11月18日]]\n患者昨日完成FOLFOX第4周期，今晨恶心2级，未吐，进食半流质。血常规：WBC 2.8×10^9/L，ANC 1.3×10^9/L，PLT 96×10^9/L。予止吐、升白治疗，暂缓出院。家属（女儿[[PERSON|隋雪莹]]）询问下周期时间，已告知约[[DATE|12月2日]]返院。\n住院号[[MRN|ZL0091832]]　主管医生：[[PERSON|樊梓萌]]`,
  ],
  [
    'progress-note',
    `新生儿科日常病程\n[[PERSON|蓝馨月]]之子，日龄3天，暖箱[[MRN|5]]号。今日经皮胆红素16.8mg/dL，已达光疗线，予蓝光照射12小时。母乳喂养，每次25-30ml。体重2.96kg（出生3.18kg）。\n母亲住产科[[MRN|27]]床，已电话告知光疗，母亲表示理解。\n[[DATE|2026.11.21]]　[[PERSON|苑]]医师`,
  ],
  [
    'discharge',
    `出院小结\n姓名 [[PERSON|谷雨桐]]　性别 女　年龄 43岁　住院号 [[MRN|Y26-043318]]\n入院日期 [[DATE|2026-11-12]]　出院日期 [[DATE|2026-11-20]]\n出院诊断：1.急性胆囊炎 2.胆囊结石 已行腹腔镜胆囊切除术（[[DATE|11-13]]）\n出院医嘱：低脂饮食，1周内避免提重物；切口[[DATE|11月24日]]来院拆线；如有发热、黄疸随诊。\n随访电话由病区统一拨打，患者登记手机[[PHONE|13708716542]]。\n医师签名：[[PERSON|贲晓岚]]`,
  ],
  [
    'discharge',
    `儿童哮喘出院记录\n患儿[[PERSON|郗沐阳]]，男，9岁，身份证[[ID_CARD|52010220170606223X]]，家庭住址[[ADDRESS|贵州省贵阳市南明区花果园R2区8栋2单元1708]]。\n因"咳嗽喘息3天"于[[DATE|11月16日]]入院，予雾化、甲泼尼龙治疗，喘息消失，于[[DATE|11月21日]]出院。\n出院带药：布地奈德福莫特罗（80/4.5μg）1吸 bid；孟鲁司特4mg qn。\n哮喘门诊复诊：[[DATE|12月5日]]上午，[[PERSON|禄]]医生。\n监护人：母亲[[PERSON|甘若溪]] [[PHONE|18685023174]]`,
  ],
  [
    'discharge',
    `出院告知书\n[[PERSON|庹长庚]]老先生：您于[[DATE|二〇二六年十一月十日]]因急性下壁心肌梗死入院，次日行右冠状动脉支架植入术，现病情平稳，准予出院。\n请务必坚持双联抗血小板（阿司匹林100mg qd＋替格瑞洛90mg bid）满12个月，勿自行停药。\n心脏康复门诊每周二、四上午开诊，您的首次训练安排在[[DATE|十一月二十六日]]。\n病案号：[[MRN|0000738215]]\n经治医生 [[PERSON|韦承泽]]　[[DATE|二〇二六年十一月二十二日]]`,
  ],
  [
    'outpatient',
    `眼科门诊病历\n就诊卡号：[[MRN|6100482937]]　[[DATE|2026/11/19]]\n[[PERSON|司空映雪]]　女　27岁\n主诉：右眼红痛、畏光2天，戴隐形眼镜过夜史。\n查体：VOD 0.3，结膜混合充血，角膜中央见2mm×2mm浸润灶，荧光素染色(+)。\n诊断：右眼细菌性角膜炎（疑似）\n处理：角膜刮片送检（标本号[[MRN|WS2611190087]]），左氧氟沙星滴眼液q1h，停戴隐形眼镜，[[DATE|11月21日]]复诊。\n医师：[[PERSON|卜文轩]]`,
  ],
  [
    'outpatient',
    `皮肤科门诊\n[[PERSON|柯梦溪]]，女，34岁，教师。面部、颈部红斑伴瘙痒1月，日晒后加重。ANA 1:320，抗dsDNA阴性。诊断：多形性日光疹？待排红斑狼疮。予防晒宣教、氢化可的松乳膏外用。\n下次就诊：[[DATE|12月10日]]，查光斑贴试验。\n手机号[[PHONE|13395271608]]已登记短信提醒。\n门诊号[[MRN|PF-0771265]]`,
  ],
  [
    'outpatient',
    `中医科门诊记录\n[[DATE|2026年11月20日]]\n姓名：[[PERSON|欧阳青黛]]　性别：女　年龄：51岁\n主诉：失眠多梦3月，烘热汗出，月经紊乱半年。\n舌红少苔，脉细数。\n诊断：绝经前后诸证（肝肾阴虚）\n处方：六味地黄汤合甘麦大枣汤加减，7剂，水煎服，日一剂。\n医生：[[PERSON|骆]]大夫（代诊：[[PERSON|阎卓]]）\n注：就诊序号37，医保卡号[[INSURANCE_ID|1101080372615482]]`,
  ],
  [
    'outpatient',
    `消化内科门诊\n[[PERSON|雍文博]]，男，58岁，[[ADDRESS|托克托县]]人，现住[[ADDRESS|呼和浩特市新城区海拉尔东路36号电力小区4号楼3单元502]]，身份证[[ID_CARD|150102196801013396]]。\n上腹隐痛伴黑便1周。Hb 98g/L，粪隐血(+)。既往服用布洛芬止痛半年。\n建议：胃镜检查，预约号[[MRN|WJ-26-11-3082]]，检查日[[DATE|11月24日]]，检查前禁食8小时。\n[[PERSON|乜]]医生`,
  ],
  [
    'outpatient',
    `风湿免疫科复诊\n患者：[[PERSON|阿依努尔·买买提明]]　女　32岁\n身份证号码：[[ID_CARD|650102199312250528]]\n现居[[ADDRESS|武汉市洪山区珞喻路1037号东湖新村17栋4门301]]\n系统性红斑狼疮5年，现泼尼松5mg qd、羟氯喹0.2g bid。本次尿蛋白定量0.42g/24h，补体C3 0.71g/L。SLEDAI 4分。\n继续原方案，加用贝利尤单抗需评估，[[DATE|2027年1月]]复查眼底。\n医生签名：[[PERSON|殳静姝]]`,
  ],
  [
    'outpatient',
    `国际医疗部门诊登记\n姓名：[[PERSON|Kim Min-seo]]（[[PERSON|金敏瑞]]）　国籍：韩国　护照号：[[PASSPORT|M48291736]]\n出生日期：[[DATE|1990-04-12]]　联系电话：[[PHONE|18601347728]]　邮箱：[[EMAIL|minseo.kim@example.com]]\n现住：[[ADDRESS|北京市朝阳区花家地南街8号望京花园东区201楼1105]]\n主诉：咽痛、发热2天，体温38.9℃。快速抗原检测甲型流感阳性。\n处理：奥司他韦75mg bid×5天；对症退热。\n医生：[[PERSON|禹天佑]]`,
  ],
  [
    'referral',
    `双向转诊单（下转社区）\n患者姓名：[[PERSON|逄春生]]　性别：男　年龄：74岁\n身份证号：[[ID_CARD|46010519520919317X]]\n居住地址：[[ADDRESS|海口市素芹区长滨路西海岸南片区椰风小区9栋602]]\n住院号：[[MRN|HK26-055871]]\n诊断：右全髋关节置换术后（[[DATE|11月9日]]手术）\n下转理由：病情稳定，需继续康复训练、伤口换药及抗凝管理（利伐沙班10mg qd至术后35天）。\n转入：素芹区东山镇社区卫生服务中心　接收医生：[[PERSON|符秀妍]]\n转出医生：[[PERSON|钟离默]]　[[DATE|2026-11-21]]`,
  ],
  [
    'referral',
    `院内会诊申请单\n申请科室：内分泌科　[[MRN|31]]床　患者[[PERSON|甄佩瑶]]　住院号[[MRN|NF0620493]]\n会诊科室：血管外科\n病情摘要：2型糖尿病15年，右足第二趾溃疡3周，足背动脉未触及，ABI 0.62。\n会诊目的：评估下肢血管病变，是否需腔内介入。\n申请医生：[[PERSON|苗雨霏]]　手机[[PHONE|13967408215]]\n申请时间：[[DATE|2026-11-20]] 15:10`,
  ],
  [
    'referral',
    `尊敬的[[PERSON|宗]]教授：\n您好！我院患者[[PERSON|闫立冬]]（男，40岁，住院号[[MRN|XY-3318]]）于[[DATE|11月15日]]因"反复晕厥2次"入院，动态心电图示间歇性三度房室传导阻滞，最长RR间期5.2秒，考虑需永久起搏器植入，我院暂无条件，特转请贵院诊治。患者家住[[ADDRESS|哈尔滨市南岗区学府路68号华润小区11号楼1单元402]]，联系人妻子[[PERSON|鞠晓冉]]，电话[[PHONE|13304518627]]。\n附：身份证复印件（[[ID_CARD|230103198602284893]]）\n[[PERSON|牛鸿远]]　宾县人民医院心内科　[[DATE|2026年11月22日]]`,
  ],
  [
    'handover',
    `外科ICU交班（[[DATE|11月22日]]白班→夜班）\n床位｜姓名｜要点\n[[MRN|1]]｜[[PERSON|鄂振邦]]｜胰十二指肠切除术后D2，引流淡血性120ml，乳酸1.8\n[[MRN|2]]｜[[PERSON|荆若菡]]｜脓毒症，去甲肾0.12μg/kg/min，CRRT中\n3｜空床｜—\n[[MRN|4]]｜[[PERSON|单于琛]]｜颅脑外伤，GCS 7T，ICP 18mmHg，复查CT 22:00\n5｜新收待入｜—\n交班：[[PERSON|靳一苇]]　接班：[[PERSON|滑思远]]`,
  ],
  [
    'handover',
    `产房与产后病区口头交接（记录）\n"[[MRN|8]]床[[PERSON|洪晓茵]]，今天[[DATE|11月21日]]上午9:42顺产一女婴，3350g，Apgar 9-10分。会阴Ⅰ度裂伤已缝合，产后出血约320ml，宫缩好。产后2小时血压118/76。宝宝已早接触早吸吮。她爱人[[PERSON|公孙博]]在门口，手机[[PHONE|17783041956]]。"\n交：产房护士[[PERSON|柏若汐]]　接：[[PERSON|阮静怡]]`,
  ],
  [
    'nursing-note',
    `护理记录单\n[[PERSON|桑玉珍]]　女　78岁　身份证（旧）[[ID_CARD|430602480302142]]\n[[DATE|2026-11-21]]\n08:00 [[MRN|15]]床，T 36.8℃，P 82次/分，BP 132/78mmHg。Braden评分12分，骶尾部见2cm×3cm 2期压力性损伤，予泡沫敷料保护，每2小时翻身。\n14:00 家属[[PERSON|桑德明]]探视，指导翻身及营养支持。\n20:00 患者主诉伤口疼痛NRS 3分，已报告[[PERSON|衡]]医生。\n护士：[[PERSON|彭湘婷]]`,
  ],
  [
    'nursing-note',
    `血液透析护理记录\n[[DATE|11月20日]]　[[PERSON|柴国梁]]（透析号[[MRN|HD-0384]]）\n上机 07:40，干体重62.5kg，透前体重65.1kg，超滤目标2.6L。内瘘震颤好。\n10:15 血压降至86/50mmHg，伴打哈欠，减慢超滤、回输生理盐水100ml后回升至108/64。\n下机 11:40，透后体重62.7kg。\n签名：[[PERSON|汲思琪]]`,
  ],
  [
    'nursing-note',
    `夜班护理小结\n病区共收治患者38人，危重2人，一级护理9人。夜间新入院1人，手术0人。23:00全病区安全巡视，门窗关闭。02:30一名患者诉失眠，予心理疏导后入睡。无跌倒、无坠床、无管道滑脱。急救车物品齐全，除颤仪自检通过。\n明日晨间护理重点：术前准备2人，禁食水已宣教。`,
  ],
  [
    'lab-report',
    `检验报告单（生化）\n姓名：[[PERSON|隆心悦]]　性别：女　年龄：29岁　科别：产科门诊\n条码号：[[MRN|1126804411]]　标本：血清　采集时间：[[DATE|2026-11-19]] 07:52\n项目　结果　参考范围\nALT　186 U/L↑　7-40\nAST　142 U/L↑　13-35\n总胆汁酸　48.6 μmol/L↑　0-10\n检验者：[[PERSON|权晨]]　审核者：[[PERSON|郁雅琴]]`,
  ],
  [
    'lab-report',
    `危急值报告登记本\n[[DATE|11月21日]] 03:14 检验科电话报告：[[MRN|9]]床[[PERSON|闾喜旺]]（住院号[[MRN|ZY0072815]]，身份证[[ID_CARD|410105560718253]]）血钾 6.9mmol/L。\n接听护士：[[PERSON|邢佳音]]，已复述确认。\n03:16 通知值班医生[[PERSON|殷浩宇]]，予葡萄糖酸钙、胰岛素+葡萄糖、呋塞米处理，复查心电图T波高尖。`,
  ],
  [
    'lab-report',
    `病理诊断报告\n病理号：[[MRN|P2026-19384]]\n姓名：[[PERSON|敖晴川]]　性别：女　年龄：46岁　住院号：[[MRN|ZY1147720]]\n送检：左乳肿物穿刺组织（[[DATE|11月17日]]）\n病理诊断：（左乳）浸润性导管癌，WHO 2级。\n免疫组化：ER(90%+)，PR(60%+)，HER2(1+)，Ki-67(约25%+)。\n报告医生：[[PERSON|湛思源]]　复核：[[PERSON|巩立民]]　报告日期：[[DATE|2026-11-20]]`,
  ],
  [
    'lab-report',
    `检验科通知\n自下周一起，门诊抽血窗口开放时间调整为7:00-11:30、13:30-16:30。空腹血糖、血脂、肝功能需空腹8-12小时；糖耐量试验请提前预约，全程约2小时，期间不要进食、吸烟。报告可在自助机或公众号查询，危急值由检验科直接电话通知临床。`,
  ],
  [
    'imaging-report',
    `超声检查报告\n超声号：[[MRN|US20261120-0315]]\n[[PERSON|沙雨泽]]　男　6岁　急诊\n检查部位：阑尾\n所见：右下腹探及管状结构，外径8mm，壁增厚，周围脂肪回声增强，腔内见4mm强回声伴声影。\n提示：急性阑尾炎（合并粪石）\n检查医师：[[PERSON|晁云起]]\n[[DATE|2026-11-20]] 21:48`,
  ],
  [
    'imaging-report',
    `头颅MRI报告：患者[[PERSON|麦浩南]]，影像号[[MRN|MR0559312]]，[[DATE|11月19日]]检查。左侧基底节区见斑片状DWI高信号，ADC值减低，符合急性脑梗死；双侧脑室旁白质多发点状T2 FLAIR高信号，Fazekas 2级。MRA示左侧大脑中动脉M1段重度狭窄。请结合临床。报告：[[PERSON|桂芳菲]]`,
  ],
  [
    'prescription',
    `处方笺（普通）\n费别：医保　门诊号：[[MRN|MZ7702631]]\n姓名：[[PERSON|糜海生]]　性别：男　年龄：47岁　日期：[[DATE|2026年11月20日]]\n临床诊断：痛风性关节炎急性发作\nRp：\n秋水仙碱片 0.5mg×20片　首剂1mg，1小时后0.5mg，之后0.5mg tid\n非布司他片 20mg×14片　qd（急性期缓解后开始）\n医师：[[PERSON|管梓涵]]　审核药师：[[PERSON|阳晓东]]\n处方编号 [[MRN|CF26112000741]]`,
  ],
  [
    'prescription',
    `第二类精神药品处方\n患者：[[PERSON|程晚晴]]　女　64岁\n身份证号：[[ID_CARD|500103620915336]]\n门诊病历号：[[MRN|JS-046172]]\n诊断：广泛性焦虑障碍\n阿普唑仑片 0.4mg×14片　0.4mg qn\n开具日期：[[DATE|2026.11.21]]\n医师：[[PERSON|霍凌霄]]　调配：[[PERSON|宁可]]　核对发药：[[PERSON|米粒]]`,
  ],
  [
    'prescription',
    `儿科处方\n姓名：[[PERSON|游小满]]　男　4岁3月　体重17kg\n就诊卡：[[MRN|E03382716]]\n诊断：急性化脓性中耳炎（左）\n阿莫西林克拉维酸钾干混悬剂（7:1）每次7.5ml bid ×10天\n对乙酰氨基酚混悬滴剂 发热>38.5℃时 每次2.5ml\n[[DATE|11/21]]　医生：[[PERSON|祁向晚]]`,
  ],
  [
    'consent',
    `腰椎穿刺知情同意书\n患者[[PERSON|庞宇辰]]，男，29岁，住院号[[MRN|SN5512809]]，拟行诊断性腰椎穿刺术。\n可能风险：穿刺后头痛、局部出血、感染、神经根刺激、极少数脑疝。\n患者签名：[[PERSON|庞宇辰]]　身份证号：[[ID_CARD|440305199703041257]]\n谈话医生：[[PERSON|黎书恒]]\n日期：[[DATE|2026年11月22日]]`,
  ],
  [
    'consent',
    `输血治疗同意书\n姓名：[[PERSON|项婉清]]　床号：[[MRN|42]]　病案号：[[MRN|B0338176]]\n患者身份证：[[ID_CARD|330106194505211689]]　年龄：81岁\n血型：A型 RhD阳性　拟输注：悬浮红细胞2U\n输血前检查：HBsAg(-)、抗HCV(-)、抗HIV(-)、TP(-)\n患者因年迈听力差，委托代理人：儿子[[PERSON|项立军]]　电话[[PHONE|13858126043]]\n签署时间：[[DATE|2026-11-21]] 10:20　医生：[[PERSON|竺明远]]`,
  ],
  [
    'consent',
    `无痛胃肠镜检查须知\n1. 检查前一天晚餐进食少渣半流质，20:00后禁食。\n2. 检查当日4:00起分次口服聚乙二醇电解质散，排出清水样便为准。\n3. 检查前2小时禁饮水；服用降压药者可少量水送服。\n4. 须有成年家属陪同，检查后当天不得驾车、高空作业。\n5. 服用阿司匹林、氯吡格雷等者请提前告知医生。`,
  ],
  [
    'billing',
    `住院费用结算单\n结算单号 JS2611210049\n姓名：[[PERSON|屈海燕]]　住院号：[[MRN|Z26-110389]]　科室：妇科\n住院日期：[[DATE|2026-11-14]]至[[DATE|2026-11-21]]（7天）\n医保类型：城镇职工　医保编号：[[INSURANCE_ID|4401060029381756]]\n总费用：23,418.60元　统筹支付：15,860.22元　个人自付：7,558.38元\n预交金余额退至原卡：[[BANK_CARD|6225880134672097]]\n收费员：0317`,
  ],
  [
    'billing',
    `商业医疗保险理赔申请书\n被保险人：[[PERSON|华清远]]　证件号码：[[ID_CARD|36010219791011435X]]\n保单号：[[INSURANCE_ID|PA8826019374521]]\n出险日期：[[DATE|2026年10月30日]]　就诊医院：南昌大学第一附属医院\n出险经过：骑电动车摔伤，右桡骨远端骨折，行切开复位内固定术。\n理赔金额：18,236元\n收款账户：[[PERSON|华清远]]　中国银行南昌八一支行 [[BANK_CARD|6217001288345096170]]\n联系电话：[[PHONE|0791-86471203]]　邮箱：[[EMAIL|huaqy1011@example.com.cn]]`,
  ],
  [
    'billing',
    `退费申请\n本人[[PERSON|侯嘉禾]]于[[DATE|11月19日]]在贵院APP预约了[[DATE|11月23日]]神经外科专家号（挂号费50元），因临时出差无法就诊，申请退费。\nAPP账号：[[ACCOUNT|hou_jiahe88]]\n就诊卡号：[[MRN|360218749]]\n手机：[[PHONE|152 7063 4819]]\n请原路退回，谢谢！`,
  ],
  [
    'online-consult',
    `互联网医院图文问诊\n问诊单号：[[MRN|WZ-20261121-58804]]\n患者：[[PERSON|苏槿]]　女　31岁\n[[PERSON|苏槿]]：医生您好，我怀孕18周，昨天开始右侧腰痛，尿频尿急，有点低烧37.8。\n[[PERSON|聂雨桐]]医生：您好，这种情况要警惕孕期急性肾盂肾炎。请今天到医院产科急诊，查尿常规、血常规和泌尿系超声，不要自行服用抗生素。\n[[PERSON|苏槿]]：好的，那我下午去。\n[[PERSON|聂雨桐]]医生：路上注意安全，有寒战高热马上来。`,
  ],
  [
    'online-consult',
    `视频复诊记录\n复诊号：[[MRN|SP2611200392]]　[[DATE|2026-11-20]] 19:30\n患者[[PERSON|令狐婧]]（账号[[ACCOUNT|linghu_jing]]）登录IP：[[IP|203.0.113.219]]\n主诉：甲减复诊，左甲状腺素75μg qd，乏力改善，TSH 3.2mIU/L（[[DATE|11月18日]]外院）。\n处理：维持原剂量，3个月后复查甲功。处方已开具，药品配送至[[ADDRESS|厦门市思明区湖滨南路357号海滨大厦B座1806]]。\n医生：[[PERSON|冯浅]]`,
  ],
  [
    'online-consult',
    `在线药师咨询\n用户[[ACCOUNT|晴天小柚子]]：请问我爸今年[[AGE|九十三]]岁了，吃着华法林，能不能同时吃阿莫西林？牙龈肿了。\n药师[[PERSON|尹嘉朗]]：您好，阿莫西林可能增强华法林的抗凝作用，建议用药后3-5天内复查INR。同时请确认老人近期INR是否稳定在目标范围。\n用户[[ACCOUNT|晴天小柚子]]：上次INR是2.4。\n药师[[PERSON|尹嘉朗]]：可以在医生指导下使用，注意观察牙龈、皮肤有无出血。`,
  ],
  [
    'patient-message',
    `给[[PERSON|胥]]医生的留言：\n胥医生您好，我是上周五您看过的患者[[PERSON|钮欣然]]（门诊号[[MRN|MZ2611130276]]）。您开的甲巯咪唑我吃了一周，今天发现全身起了红疹子，有点痒，不发烧。需要停药吗？我的电话是[[PHONE|18151624093]]，方便的话请回个电话。谢谢！`,
  ],
  [
    'patient-message',
    `感谢信\n尊敬的泌尿外科全体医护人员：\n我是[[MRN|23]]床患者[[PERSON|饶振华]]的女儿[[PERSON|饶思齐]]。父亲[[DATE|11月10日]]在贵科做了经皮肾镜碎石手术，[[PERSON|葛云峰]]主任技术精湛，护士长[[PERSON|席秋萍]]和小[[PERSON|闻]]护士照顾得无微不至。父亲现已康复回家。特此致谢！\n[[PERSON|饶思齐]]　[[DATE|2026年11月21日]]`,
  ],
  [
    'patient-message',
    `微信留言：医生好，我是[[PERSON|牧晓东]]，上个月在你们科住院（住院号[[MRN|ZY26094418]]），单位报销需要出院记录盖章件，能否邮寄？地址：[[ADDRESS|合肥市蜀山区望江西路与潜山路交口西北角琥珀新天地6幢2单元703]]，收件电话[[PHONE|15056032817]]。我的身份证号[[ID_CARD|340104199902143714]]。麻烦了！`,
  ],
  [
    'family-chat',
    `【相亲相爱一家人】\n[[PERSON|素芹]]：爸今天复查结果出来了，肌酐降到156了\n大哥：太好了！[[PERSON|周]]主任怎么说\n[[PERSON|素芹]]：说继续低蛋白饮食，[[DATE|12月8日]]再抽血\n[[PERSON|浩川]]：我那天请假带爸去，开[[PLATE|浙A·3K7M2]]那辆\n大哥：好，路上慢点\n[[PERSON|素芹]]：@[[PERSON|浩川]] 记得带医保卡和上次的化验单`,
  ],
  [
    'family-chat',
    `妈：[[PERSON|阿哲]]，你外公今天在16床输液，护士说明天可以出院\n[[PERSON|阿哲]]：好的，我明天上午请假接他\n妈：出院要带身份证，外公的是[[ID_CARD|140105193407152711]]，我拍照发你了。他都[[AGE|92]]了，你扶着点\n[[PERSON|阿哲]]：收到。外婆那边谁陪？\n妈：你小姨[[PERSON|婉茹]]过来\n[[PERSON|阿哲]]：OK`,
  ],
  [
    'sms-reminder',
    `【市妇幼保健院】[[PERSON|郎雪菲]]女士，您预约的[[DATE|11月26日]]（周四）上午9:30孕24周糖耐量试验，请空腹前往门诊三楼检验科，携带就诊卡。改约请致电预约中心。回复TD退订`,
  ],
  [
    'sms-reminder',
    `【第三人民医院】尊敬的[[PERSON|卓]]先生，您的眼科术前检查报告已出，请于[[DATE|11月25日]]前来院签署手术同意书。如有疑问请联系主管医生[[PERSON|岳清音]]，手机[[PHONE|13650247918]]。`,
  ],
  [
    'sms-reminder',
    `【社区卫生服务中心】流感疫苗已到货，60岁以上老人免费接种。接种时间：周一至周五8:00-11:30，请携带身份证和医保卡，接种后留观30分钟。本短信无需回复。`,
  ],
  [
    'patient-hostel',
    `"暖心之家"患儿家属住宿登记\n患儿：[[PERSON|旦增罗布]]（儿童血液科[[MRN|6]]床，住院号[[MRN|EX-260931]]）\n入住家属：父亲[[PERSON|次仁平措]]　身份证[[ID_CARD|540202198503162518]]　电话[[PHONE|13908917425]]\n户籍：[[ADDRESS|西藏日喀则市桑珠孜区]]\n自驾车辆：[[PLATE|藏D·2K631]]（地下车库B2）\n房间：3楼305（双人间）　入住日期：[[DATE|2026-11-02]]　预计退房：[[DATE|2026-12-20]]\n预订编号 JZ-0472（基金会资助，免收房费）\n登记人：[[PERSON|郑芊芊]]`,
  ],
  [
    'patient-hostel',
    `[病友公寓管理员] [[PERSON|龙佳佳]]：[[PERSON|田]]阿姨，您[[DATE|11月28日]]退房对吧？押金500元退到哪张卡？\n[[PERSON|田秀梅]]：退到这张 [[BANK_CARD|6222021603881472153]]，户名是我儿子[[PERSON|邵启航]]\n[[PERSON|龙佳佳]]：好的，退房时把门卡交到前台就行\n[[PERSON|田秀梅]]：我老伴还在肿瘤科39床，可能要续住一周\n[[PERSON|龙佳佳]]：那我帮您先延到[[DATE|12月5日]]`,
  ],
  [
    'home-adaptation',
    `居家适老化改造评估表\n评估编号：[[MRN|SL-2026-0877]]\n服务对象：[[PERSON|乔凤兰]]　女　[[AGE|90]]岁　身份证号：[[ID_CARD|140105193602082528]]\n住址：[[ADDRESS|太原市小店区坞城路92号南华小区3号楼1单元102]]\n评估日期：[[DATE|2026年11月18日]]\n评估情况：独居一楼，卫生间无扶手、地面湿滑，门槛高8cm；夜间起夜2-3次，近半年跌倒1次。Barthel 75分。\n改造建议：卫生间安装L型扶手及浴凳，铺防滑地砖，去除门槛，卧室至卫生间安装感应夜灯。\n评估人：[[PERSON|雷骁]]　联系人：女儿[[PERSON|乔慧]] [[PHONE|13835106247]]`,
  ],
  [
    'home-adaptation',
    `适老化改造完工验收单\n户主：[[PERSON|俞德厚]]（[[AGE|94]]岁，独居）　身份证：[[ID_CARD|321102321104051]]\n地址：[[ADDRESS|镇江市京口区学府路120号梦溪苑7幢301室]]\n施工日期：[[DATE|11月16日]]—[[DATE|11月19日]]\n完成项目：楼梯双侧扶手、坐式淋浴椅、一键呼叫器（设备号HJ5520173）、床边护栏。\n钥匙盒密码由社区网格员保管，不另登记。\n验收：户主签字[[PERSON|俞德厚]]　社区网格员[[PERSON|施冬青]]　手机[[PHONE|18952901736]]`,
  ],
  [
    'coding-query',
    `病案首页编码质控反馈单\n病案号：[[MRN|0004417256]]　出院科室：呼吸与危重症医学科\n患者：[[PERSON|侍晓光]]　入院 [[DATE|2026-10-28]]　出院 [[DATE|2026-11-09]]\n问题：主要诊断填写"肺部感染"，病程记录及痰培养示"肺炎克雷伯菌肺炎"，建议主要诊断改为J15.000；另有呼吸衰竭（PaO2 52mmHg）未填写，请补充J96.000并核实是否行无创通气。\n编码员：[[PERSON|檀素云]]　反馈至主治医师：[[PERSON|公良凯]]\n请于3个工作日内修改并提交。`,
  ],
  [
    'coding-query',
    `[病案室] [[PERSON|檀素云]]：[[PERSON|公良]]老师，[[PERSON|蒙晓华]]那份病历（住院号[[MRN|ZY26102287]]）手术操作只填了"腹腔镜下阑尾切除"，手术记录里还有肠粘连松解，要不要加？\n[[PERSON|公良凯]]：加上吧，我下午改\n[[PERSON|檀素云]]：好，加了以后DRG分组会变，权重差不少\n[[PERSON|公良凯]]：明白，谢谢提醒`,
  ],
  [
    'bedside-rental',
    `陪护床租赁登记\n日期：[[DATE|2026-11-20]]\n病区：骨科二病区　床号：[[MRN|33]]　患者：[[PERSON|鲁家栋]]\n租用人：[[PERSON|杭丽萍]]（妻子）　手机：[[PHONE|15927380614]]\n陪护床编号：PH-118　租金：每晚15元　押金：200元（微信支付）\n预计租用至[[DATE|11月27日]]\n经办：[[PERSON|毛小夏]]`,
  ],
  [
    'bedside-rental',
    `床旁智能电视开通记录（小程序"病房e家"）\n用户：[[ACCOUNT|yxh_0917]]　实名：[[PERSON|叶晓禾]]\n病区：产科　床号：[[MRN|41]]\n套餐：7天影视包 35元　开通时间：[[DATE|2026-11-21]] 20:46\n终端序列号：TV8827-04132\n联系：[[PHONE|13506427185]]`,
  ],
  [
    'medical-alert-id',
    `医疗警示手环定制订单\n订单号：2611210338\n佩戴者：[[PERSON|祝小葵]]　出生日期：[[DATE|2011-07-18]]\n刻字内容（正面）：1型糖尿病 胰岛素泵\n刻字内容（背面）：[[PERSON|祝小葵]] 紧急联系 [[PHONE|139 0771 2846]]（妈妈）\n收货地址：[[ADDRESS|南宁市青秀区民族大道136-5号华润二十四城3栋1801]]\n身份证号：[[ID_CARD|450103201107180064]]（用于开具发票）`,
  ],
  [
    'medical-alert-id',
    `急诊分诊补记：患者男，意识模糊，随身无证件，左腕佩戴医疗警示手环，背面刻"[[PERSON|葛存义]] 癫痫 服丙戊酸 会员号[[MRN|MA-0038716]] 紧急联系[[PHONE|13720546981]]"。按手环信息联系其妻[[PERSON|房美玲]]，20分钟后到院核实身份，提供其身份证号[[ID_CARD|220104196203054471]]。`,
  ],
  [
    'social-prescribing',
    `社会处方转介单\n转介对象：[[PERSON|薛桂枝]]，女，69岁，身份证[[ID_CARD|320583195703111483]]，丧偶独居，PHQ-9 12分，高血压控制可。\n转介至：社区"银发合唱团"（每周三下午，社区活动中心二楼）\n联系人：合唱团团长[[PERSON|汤婷玉]]，[[PHONE|13153420876]]\n转介医生：[[PERSON|任子墨]]（家庭医生团队）\n个案号：[[MRN|SH-2026-117]]　转介日期：[[DATE|2026-11-19]]`,
  ],
  [
    'social-prescribing',
    `"绿手指"园艺疗愈小组活动反馈（社会处方项目）\n日期：[[DATE|11月18日]]　地点：社区卫生服务中心屋顶花园\n参加者：[[PERSON|薛桂枝]]、[[PERSON|芦振华]]、[[PERSON|花雨晴]]（由女儿陪同）、[[PERSON|冷家旺]]\n活动内容：多肉植物分株、扦插。[[PERSON|薛]]阿姨主动帮助他人，情绪明显好转。\n下次活动：[[DATE|12月2日]]\n带领人：园艺志愿者[[PERSON|池悦]]　记录：链接员[[PERSON|温以宁]]`,
  ],
];

const en: Array<[string, string]> = [
  [
    'admission',
    `HISTORY & PHYSICAL\nPatient: [[PERSON|DESJARLAIS, Odette M]]   MRN [[MRN|7730291]]   Rm [[MRN|612]]\nDOB [[DATE|03/14/1931]] ([[AGE|95]] y/o F)\nAdmit date: [[DATE|11/21/2026]]\nCC: fever and confusion x2 days.\nHPI: Lives at [[ADDRESS|41 Birchmont Rd, Lewiston, ME 04240]] with her daughter [[PERSON|Colette Desjarlais-Vance]], who reports decreased PO intake and new incontinence. CURB-65 = 3. CXR: RLL consolidation.\nA/P: CAP, moderate severity — ceftriaxone + azithromycin; delirium precautions.\nAttending: [[PERSON|Tobias Renfrew]], MD`,
  ],
  [
    'admission',
    `Acute Medical Unit — Clerking\nName: [[PERSON|Gethin Gwyther]]   NHS No: [[INSURANCE_ID|999 402 7182]]   Hosp No: [[MRN|K4471093]]\nDOB: [[DATE|02/09/1966]]   Bay 3 bed [[MRN|2]]\nAddress: [[ADDRESS|7 Heol y Nant, Pontardawe, Swansea SA8 4LT]]\nPC: 3/7 productive cough, SOB, pleuritic chest pain L side.\nObs: RR 26, SpO2 89% RA, HR 112, BP 104/66, T 38.6. NEWS2 8.\nImp: LLL pneumonia, sepsis. Sepsis six done.\nNOK: wife [[PERSON|Angharad]] — [[PHONE|01632 960652]]\nClerked by Dr [[PERSON|Ffion Madoc-Jones]] (FY2), [[DATE|22/11/2026]] 03:40`,
  ],
  [
    'admission',
    `Paediatric admission — [[PERSON|Kobi Tangney-Walsh]], 5/12 old\nDOB [[DATE|18/06/2026]]  UR [[MRN|3308815]]  Cot [[MRN|4]]\nMedicare [[INSURANCE_ID|2841 73957 1]] (ref 2)\nMum [[PERSON|Shae Tangney]] [[PHONE|0491 570 882]], lives [[ADDRESS|22 Coolabah Crescent, Werribee VIC 3030]]\n2 days coryza, now increased WOB, feeding <50%. SpO2 91% RA, RR 64, subcostal recession. RSV+.\nPlan: HFNC 2 L/kg/min, NG feeds, admit Ward 5B.`,
  ],
  [
    'progress-note',
    `Progress Note HD#3  [[DATE|11/20/26]]\nPt: [[PERSON|Emeka Ugwuoke-Lindahl]]  MRN [[MRN|55108274]]  bed [[MRN|9]]\nS: Pain 4/10, tolerating clears, passing flatus.\nO: T 37.4, HR 88, BP 128/74. Abd soft, nontender. Lipase 212 (down from 1,840).\nA: Gallstone pancreatitis, improving.\nP: Advance to low-fat diet; lap chole with Dr. [[PERSON|Bonaccorso]] planned [[DATE|11/23]]. Wife ([[PERSON|Solvei]]) updated at bedside.\n— [[PERSON|J. Olvera]], PA-C`,
  ],
  [
    'progress-note',
    `Ward round  Sat [[DATE|21/11]]  Cons: Dr [[PERSON|Imelda Frobisher]]\n[[PERSON|Rupert Ogunleye-Stone]], 71, bed [[MRN|14]] — day 4 IV flucloxacillin for L leg cellulitis. Erythema receding from marked line. CRP 188→61.\nPlan: switch to oral, home tomorrow if afebrile; DN referral for dressings. Daughter [[PERSON|Anouk]] to collect, mob [[PHONE|07700 900614]].\nF2 [[PERSON|Priyanka Sethuraman]]`,
  ],
  [
    'progress-note',
    `ICU daily note [[DATE|22 Nov 2026]]\n[[PERSON|Teuila Sapolu]] (NHI [[INSURANCE_ID|ZKT4821]]) — ICU bed [[MRN|6]], day 2 post-arrest (VF, ROSC 14 min).\nTTM 36°C completed; sedation held 07:00. Pupils reactive, cough present, not yet following commands. Lactate 1.1.\nFamily meeting with her husband [[PERSON|Sione Sapolu]] and brother [[PERSON|Iosefa]] at 15:00 — Dr [[PERSON|Whetu Pāora]] leading.`,
  ],
  [
    'discharge',
    `DISCHARGE SUMMARY\nPatient: [[PERSON|Harlan Boudreaux]]   MRN: [[MRN|40026715]]\nAdmitted: [[DATE|11/15/2026]]   Discharged: [[DATE|11/21/2026]]\nDx: NSTEMI; 2-vessel CAD s/p PCI to LAD ([[DATE|11/16]]).\nMeds: aspirin 81 mg daily, ticagrelor 90 mg BID, atorvastatin 80 mg nightly, metoprolol succinate 25 mg daily.\nFollow-up: Cardiology clinic [[DATE|12/3/2026]] with Dr. [[PERSON|Sunita Varadarajan]]; cardiac rehab referral sent.\nDischarged to home: [[ADDRESS|118 Dauphine Ave, Houma, LA 70360]]\nPCP: Dr. [[PERSON|Vaillancourt]]`,
  ],
  [
    'discharge',
    `Dear Dr [[PERSON|Okonedo]],\nRe: [[PERSON|Cosima Ashdown-Hobbs]], DOB [[DATE|30/04/1998]], NHS [[INSURANCE_ID|999 870 2615]]\n[[ADDRESS|Flat 3, 61 Chatsworth Road, Sheffield S7 1GH]]\n[[PERSON|Cosima]] was admitted on [[DATE|17 November]] with DKA precipitated by a missed insulin pump change. She was treated with FRIII and has been switched back to her pump. Ketones cleared within 14 h.\nPlease could the practice review her sick-day rules at her next appointment. The diabetes nurse [[PERSON|Rowena Blythe]] will call her on [[PHONE|0114 496 0235]].\nYours sincerely,\nDr [[PERSON|Tariq Qureshi-Shaw]], ST4 Diabetes`,
  ],
  [
    'discharge',
    `After your hip replacement — going home\n• Keep the dressing dry for 10 days; the clinic will check the wound.\n• Do not bend your hip past 90 degrees, cross your legs or twist for 6 weeks.\n• Use the raised toilet seat and the chair the OT provided.\n• Take your blood-thinning injections every evening until the course is finished.\n• Call the ward if the leg becomes hot, swollen or painful, or if you feel short of breath — go to ED or call 000.`,
  ],
  [
    'outpatient',
    `GI Clinic — New Patient\n[[PERSON|Dakota Yellowhorse]], 36F. Referred by Dr. [[PERSON|Ames]] for chronic diarrhea x6 months, 8-kg weight loss. tTG-IgA 142 U/mL (ref <4). Plan: EGD with duodenal biopsies [[DATE|12/01/2026]]; dietitian referral after histology.\nMRN [[MRN|GI-2214093]]  DOB [[DATE|04/22/1990]]\nCell [[PHONE|(505) 555-0147]]`,
  ],
  [
    'outpatient',
    `Rheumatology Clinic, [[DATE|19 Nov 2026]]\n[[PERSON|CALLAGHAN, Brendan P]]   Hosp no. [[MRN|RH0087731]]\nDx: psoriatic arthritis. On methotrexate 20 mg weekly, folic acid. DAS28 4.9 — active synovitis R wrist and 2nd/3rd MCPs.\nPlan: start adalimumab (biosimilar) — TB QuantiFERON and hepatitis serology today. Nurse [[PERSON|Grainne]] will teach self-injection.\nRv 3 months.  — Dr [[PERSON|Aurelia Pengelly]]`,
  ],
  [
    'outpatient',
    `Pediatric Growth Clinic — [[DATE|Nov 18, 2026]]\nPatient: [[PERSON|Anaïs Lafrenière-Roy]]  Chart # [[MRN|PGC-40118]]  OHIP [[INSURANCE_ID|4729-136-053]]-KT\nAge 11y 2m. Height 132.1 cm (<3rd centile), mid-parental height 50th. Bone age delayed 2 y. IGF-1 low-normal.\nPlan: GH stimulation test booked [[DATE|Dec 9]]. Mother [[PERSON|Geneviève Roy]] ([[PHONE|(613) 555-0183]]) agrees.\nAddress on file: [[ADDRESS|214 Beechwood Ave, Ottawa, ON K1L 8A4]]`,
  ],
  [
    'outpatient',
    `Skin check — [[PERSON|Lachlan Ferrier]]\nDOB [[DATE|07/02/1959]], wheat farmer from [[ADDRESS|Gunnedah]]. 11 actinic keratoses treated with cryotherapy. Lesion R ear 9 mm, rolled edge — shave biopsy (specimen [[MRN|DS26-11802]]). Results via Dr [[PERSON|Yusra Qasem]] in 2 weeks; mobile [[PHONE|0491 570 306]] on file.`,
  ],
  [
    'outpatient',
    `Antenatal clinic — 28/40\n[[PERSON|Zainab Oyinlola Adeyinka]], G1P0, hosp no [[MRN|M2609481]]. EDD [[DATE|06/02/2027]]. BP 122/78, urine NAD, SFH 28 cm. Anti-D given (batch AD4471, exp 03/2027). GTT normal. Partner [[PERSON|Ayodeji]] present.\nNext appt 31/40 with midwife [[PERSON|Carys Llewelyn]].`,
  ],
  [
    'referral',
    `REFERRAL — Orthopedics\nTo: Dr. [[PERSON|Kwabena Boateng-Mills]], Sports Medicine\nRe: [[PERSON|Trinity Vaughan-Castillo]], DOB [[DATE|09/30/2008]], MRN [[MRN|8821074]]\nHigh-school point guard, L knee twisting injury [[DATE|11/14/26]], immediate effusion, positive Lachman. Please evaluate for ACL reconstruction. MRI ordered.\nInsurance: Aetna member ID [[INSURANCE_ID|W283301746]]\nParent contact: [[PERSON|Renata Castillo]] [[PHONE|(520) 555-0119]]  [[EMAIL|renata.castillo@example.com]]\n— [[PERSON|Megan Albright]], DO`,
  ],
  [
    'referral',
    `Referral to Community Mental Health Team\nPatient: [[PERSON|Callum Rafferty]]   DOB [[DATE|11/01/1989]]   CHI [[INSURANCE_ID|1101892536]]\nAddress: [[ADDRESS|2/1, 17 Garrioch Drive, Glasgow G20 8RS]]\nLow mood 4 months since redundancy, PHQ-9 19, GAD-7 14. Passive death wish, no plan; protective factors: his daughter, engaged with GP. Safety plan given, crisis numbers shared.\nReferrer: Dr [[PERSON|Morven Lusk]], [[DATE|20/11/2026]]`,
  ],
  [
    'referral',
    `Dear Dr [[PERSON|Naidoo]]\nThank you for seeing [[PERSON|Thandeka Mahlangu-Zwane]], 52, of [[ADDRESS|14 Jacaranda Street, Menlo Park, Pretoria 0081]], whom I saw on [[DATE|18 November 2026]] with a 3 cm left thyroid nodule (TI-RADS 4), euthyroid. Medical aid: Discovery, member no. [[INSURANCE_ID|381204776]]. She prefers e-mail: [[EMAIL|thandeka.md@example.co.za]].\nKind regards\n[[PERSON|Pieter Steenkamp]]`,
  ],
  [
    'handover',
    `ED handover 19:00 [[DATE|21/11]]\nResus [[MRN|1]] — [[PERSON|Alwyn Gittins]], 67, STEMI, cath lab called, ETA 10 min.\nResus 2 — empty\nMaj [[MRN|8]] — [[PERSON|Kezia Zungu]], 24, asthma, back-to-back nebs, improving, PEF 62%.\nMaj 9 — unknown male, intoxicated, awaiting CT head.\nPaeds [[MRN|3]] — [[PERSON|Oisín Carberry]], 4, febrile convulsion, settled, obs 1-hourly.\nHandover from [[PERSON|Ciarnait]] to [[PERSON|Gus Whitelaw]].`,
  ],
  [
    'handover',
    `Shift report 0700 — [[DATE|11/22]]\nRm [[MRN|426]]: [[PERSON|Leocadia Urquidez]], post-op day 1 R TKA. PCA d/c'd, pain 3/10 on oxycodone 5 q4h PRN. Ambulated 20 ft with PT. Foley out at 0500, needs void by 1100. Son [[PERSON|Arturo]] staying overnight, call him first: [[PHONE|(915) 555-0172]].\nRm 428: empty, terminal clean done.\n— [[PERSON|Britt Ekwall]] RN → [[PERSON|Yesenia Paz]] RN`,
  ],
  [
    'nursing-note',
    `Nursing note [[DATE|20/11/2026]] 14:30\n[[PERSON|Hamish Dunbar-Kerr]], bed [[MRN|22]]. PEG site red 1 cm margin, small serous leak. Cleaned with saline, dry dressing. Feed (Jevity 1.5) paused 1 h then restarted at 65 mL/h. Told dietitian [[PERSON|Ailsa]]. Patient's wife asked about feeding at home — leaflet given.\n[[PERSON|T. Chikwanha]], RN`,
  ],
  [
    'nursing-note',
    `Night note: quiet shift. All patients slept well except bay C (oxygen alarms x2, resolved by repositioning probes). Fridge temps within range. Controlled drug count correct at 22:00 and 06:00. Two admissions expected from ED in the morning; beds 11 and 12 cleaned and made up.`,
  ],
  [
    'nursing-note',
    `Diabetes nurse note — phone call [[DATE|21 Nov]]\nSpoke with [[PERSON|Parveen Akhtar]] (hosp no [[MRN|D0334871]]) about hypos overnight (3.1 mmol/L at 03:00 x2). Reduced Lantus from 24 to 20 units. She will send readings via the portal (user [[ACCOUNT|parveen.a1971]]). Next call [[DATE|24 Nov]].\n[[PERSON|Sinéad Ní Mhurchú]], DSN`,
  ],
  [
    'lab-report',
    `LABORATORY REPORT\nPatient: [[PERSON|ESPARZA, Rogelio]]  MRN: [[MRN|61274408]]  DOB: [[DATE|12/02/1954]]\nAccession: [[MRN|C26-325-01877]]  Collected: [[DATE|11/21/2026]] 06:10\nHemoglobin A1c  9.8 %  (4.0–5.6) H\nLDL-C  142 mg/dL  (<100) H\neGFR  48 mL/min/1.73m2  L\nUrine albumin/creatinine  310 mg/g  H\nOrdering: [[PERSON|Rasha Mikati]], NP`,
  ],
  [
    'lab-report',
    `Microbiology — [[PERSON|Wendell Ikpeme]], ward 9, bed [[MRN|3]]\nLab no [[MRN|M26.184407]]\nSample: MSU, received [[DATE|19/11/2026]]\n>10^5 CFU/mL Klebsiella pneumoniae — resistant to co-amoxiclav, trimethoprim; sensitive to nitrofurantoin, gentamicin, meropenem.\nPhoned to Dr [[PERSON|Lowri Prys-Bach]] [[DATE|20/11]] 11:05 by [[PERSON|K. Jabłońska]], BMS.`,
  ],
  [
    'lab-report',
    `CERVICAL SCREENING RESULT\n[[PERSON|Lerato Thompson]]   DOB [[DATE|23/08/1985]]   Lab ref [[MRN|CS2611-77341]]\nTaken [[DATE|10/11/2026]] at Riverside Surgery by [[PERSON|Janine Colquhoun]]\nHPV: not detected. No further action — next test in 5 years.`,
  ],
  [
    'imaging-report',
    `CT ABDOMEN/PELVIS WITH CONTRAST\nPatient: [[PERSON|Marguerite Aucoin]]   Acc #: [[MRN|RAD88210447]]   Exam date: [[DATE|11/20/2026]]\nIndication: RLQ pain, fever.\nFindings: Appendix dilated to 13 mm with periappendiceal fat stranding and a 6 mm appendicolith; no abscess or free air.\nImpression: Acute appendicitis. Findings called to Dr. [[PERSON|Villaseñor]] at 22:14 by Dr. [[PERSON|Chidi Ezeadi]].`,
  ],
  [
    'imaging-report',
    `US Abdomen — [[PERSON|Bronwen Talfryn]], hosp no [[MRN|A4198306]], scanned [[DATE|18 Nov 2026]]\nLiver normal size, diffusely increased echogenicity. GB: multiple mobile calculi, wall 2 mm, no pericholecystic fluid, sonographic Murphy's negative. CBD 4 mm.\nConclusion: cholelithiasis without cholecystitis; hepatic steatosis.\nSonographer: [[PERSON|D. Ansah-Ross]]`,
  ],
  [
    'prescription',
    `eRx — [[DATE|11/21/2026]]\nPatient: [[PERSON|Cassius Pendergast]]  DOB [[DATE|05/17/1977]]\nAddress: [[ADDRESS|3309 Larkspur Lane, Boise, ID 83705]]\nRx #[[MRN|6620418]]: Amoxicillin 875 mg tab — 1 PO BID x10 days, #20, RF 0\nPharmacy: Walgreens #4410\nPrescriber: [[PERSON|Lucinda Marsh]], MD  NPI 1720394815`,
  ],
  [
    'prescription',
    `Ashgrove Pharmacy\nSERTRALINE 50MG TABLETS  28\nTake ONE tablet each morning\nMrs [[PERSON|Vesna Ilić]]   [[DATE|20 Nov 2026]]\nKeep out of the reach and sight of children`,
  ],
  [
    'prescription',
    `PRESCRIPTION\n[[PERSON|Rhys O'Halloran]]  Medicare [[INSURANCE_ID|3590 22647 2]]-1\n[[ADDRESS|5/40 Anzac Parade, Kensington NSW 2033]]\nDate: [[DATE|21/11/2026]]\nApixaban 5 mg tablets, 1 BD, qty 60, repeats 5\nDr [[PERSON|Meenakshi Iyer]] — Prescriber no. 2219384`,
  ],
  [
    'consent',
    `CONSENT FORM 1\nPatient: [[PERSON|Edwina Stroud]]   Hospital no: [[MRN|S7710284]]\nProcedure: Left carpal tunnel decompression under local anaesthetic.\nRisks discussed: infection, scar tenderness, incomplete relief, CRPS (rare), nerve injury.\nPatient signature: [[PERSON|E Stroud]]   Date: [[DATE|19/11/2026]]\nHealth professional: Mr [[PERSON|Jonah Trevaskis]]`,
  ],
  [
    'consent',
    `Vaccine consent — [[PERSON|Gertrude Sundqvist-Ames]], [[AGE|97]], Sunrise Manor resident (room [[MRN|14]]). Consent obtained by phone from her POA/son [[PERSON|Nils Sundqvist]] ([[PHONE|(612) 555-0108]]) on [[DATE|11/19/2026]]. 2026–27 COVID-19 and high-dose influenza; lot numbers on the MAR.`,
  ],
  [
    'consent',
    `Blood transfusion — information before you consent\nMost transfusions happen without any problem. Mild reactions (fever, itch, rash) occur in about 1 in 100 and are treated easily. Serious reactions are very rare. We will check your name and date of birth at the bedside before every unit. You can refuse a transfusion; your doctor will discuss the alternatives, such as iron infusions or cell salvage.`,
  ],
  [
    'billing',
    `STATEMENT OF ACCOUNT\nGuarantor: [[PERSON|Desmond Faircloth]]   SSN [[ID_CARD|987-65-4320]]\n[[ADDRESS|2275 Magnolia Bluff Dr, Mobile, AL 36695]]\nPatient: [[PERSON|Lyla Faircloth]] (daughter)  Acct # [[MRN|PA-30418862]]\nDOS [[DATE|10/29/2026]] — ED visit, laceration repair\nCharges $1,842.00  Ins paid $1,310.40  You owe $531.60\nPay online at [[URL|https://pay.example.org/stmt]] or complete below.\nCard no. [[BANK_CARD|4556 7382 0194 3169]]  Exp 09/29`,
  ],
  [
    'billing',
    `Invoice INV-004417 — Self-pay\n[[PERSON|Hugo Tavares-Blackwood]], [[ADDRESS|12 Regent Mews, Clifton, Bristol BS8 4HU]]\nProcedure: Cataract surgery (right), [[DATE|12 November 2026]], Mr [[PERSON|Oyekunle]]\nTotal £2,950.00 — paid by Mastercard [[BANK_CARD|5412883021776042]]\nQueries: [[EMAIL|hugo.fb@example.co.uk]]`,
  ],
  [
    'billing',
    `Travel insurance claim — medical expenses abroad\nClaimant: [[PERSON|Annika Brandstätter]]  Policy no: [[INSURANCE_ID|TRV-5529184-03]]\nPassport: [[PASSPORT|C7H2KL9P4]]\nTreated at Queen Elizabeth Hospital, Kota Kinabalu on [[DATE|2 November 2026]] for dengue fever (3 days inpatient). Hospital bill MYR 6,420 paid by Visa [[BANK_CARD|4917309265180439]].\nHome address: [[ADDRESS|Lindenstraße 14, 80337 München]]`,
  ],
  [
    'online-consult',
    `Telehealth chat — visit ID [[MRN|TV-118820]]\n[[PERSON|Stefano Albanese]]: hi, I've had a burning feeling when I pee since yesterday, no fever\nDr. [[PERSON|Priya Ramadurai]]: Thanks [[PERSON|Stefano]] — any back pain, blood in the urine, or discharge?\n[[PERSON|Stefano Albanese]]: no to all\nDr. [[PERSON|Priya Ramadurai]]: In men a UTI is less common, so I'd like a urine test and STI screen before treating. I've sent a lab order to the Quest on Elm St.`,
  ],
  [
    'online-consult',
    `Online consultation form (submitted [[DATE|22/11/2026]] 08:12)\nName: [[PERSON|Jasmine Okeke-Ward]]\nDOB: [[DATE|14/03/2001]]  Postcode: [[ADDRESS|LS6 2QR]]\nEmail: [[EMAIL|jas.okekeward@example.net]]  Mobile: [[PHONE|07700 900277]]\nWhat can we help with? Repeat pill — I take Rigevidon, last BP at the pharmacy 118/74, no migraines, non-smoker.\nSubmitted from IP [[IP|198.51.100.203]]`,
  ],
  [
    'online-consult',
    `Video visit log — [[PERSON|FITZGERALD, Maeve]]\nVisit # [[MRN|VV-2611-40912]]  Joined [[DATE|11/20/2026]] 16:02 from IP [[IP|203.0.113.147]]\nProvider: Dr. [[PERSON|Anselm Greaves]]\nNotes: toddler ([[PERSON|Cillian]], 2) with barking cough, no stridor at rest on video. Croup — dexamethasone 0.6 mg/kg sent to pharmacy. Return precautions given.`,
  ],
  [
    'patient-message',
    `Subject: question about my colonoscopy prep\nFrom: [[PERSON|Eustace Pleasance]] ([[ACCOUNT|epleasance54]])\nHi Dr. [[PERSON|Yamamoto]], my procedure is [[DATE|Dec 4]]. I take metformin and glipizide — should I stop them the day before when I'm on clear liquids? Also my daughter [[PERSON|Holly]] will drive me; she can be reached at [[PHONE|(217) 555-0136]]. Thanks, [[PERSON|Eustace]]\nP.S. For the fit-to-travel letter, my passport no. is [[PASSPORT|583104729]].`,
  ],
  [
    'patient-message',
    `From: [[EMAIL|octavia.oyelowo@example.com]]\nTo: Ward 12 Sister\nSubject: my mum's glasses\nHello, my mother [[PERSON|Iris Oyelowo]] was discharged from bed [[MRN|7]] on Thursday [[DATE|19 November]]. Her reading glasses (brown case) were left in the locker. Could someone ring me on [[PHONE|0161 496 0592]]? I can collect on Monday.\nMany thanks, [[PERSON|Octavia]]`,
  ],
  [
    'patient-message',
    `Text to surgery: Hi its [[PERSON|Dwayne Pottinger]] DOB [[DATE|3/6/74]], can I get my ramipril and amlodipine sent to the Boots on the high street pls, ran out yesterday. Ta`,
  ],
  [
    'family-chat',
    `Family 💬\n[[PERSON|Kizzy]]: Nan's been moved to ward 4, bed 19\nDad: what did the doctor say\n[[PERSON|Kizzy]]: chest infection, IV antibiotics for 2 more days, she's a bit confused but ate her lunch\n[[PERSON|Robbie]]: I'll go after work. parking in the multi-storey? my reg is [[PLATE|KX19 FMV]] if you need to add it to the visitor pass\n[[PERSON|Kizzy]]: done ✅ also she's [[AGE|91]] next week so bring a card lol`,
  ],
  [
    'family-chat',
    `[[PERSON|Maricela]]: Mama's surgery got moved to [[DATE|Dec 1]] at St. Luke's\n[[PERSON|Nando]]: ok. who's staying with her after?\n[[PERSON|Maricela]]: me the first week, then [[PERSON|Chuy]]\n[[PERSON|Nando]]: I'll send my half of the copay — what's your Zelle?\n[[PERSON|Maricela]]: just use my email [[EMAIL|maricela.arriaga@example.com]]`,
  ],
  [
    'sms-reminder',
    `Reminder: [[PERSON|Jolyon]], you have an appt with Dr [[PERSON|Bhullar]] at Northfield Health Centre on Tue [[DATE|24 Nov]] at 10:40. Reply C to cancel.`,
  ],
  [
    'sms-reminder',
    `Your COVID and flu boosters are now due. Book online or call the practice. Please do not reply to this message.`,
  ],
  [
    'sms-reminder',
    `Hi Mrs [[PERSON|Aumua]], your CT scan is booked for Fri [[DATE|27 Nov]] at 2:15pm, Radiology level 1. Nothing to eat 4 hrs before. Text YES to confirm.`,
  ],
  [
    'patient-hostel',
    `Family House — guest registration\nGuest: [[PERSON|Chantal Lévesque-Boyd]]   Passport (Canada): [[PASSPORT|HK482913]]\nChild in hospital: [[PERSON|Noah Boyd]], PICU bed [[MRN|5]], hosp no [[MRN|P2244170]]\nHome: [[ADDRESS|61 Rue des Érables, Rimouski, QC G5L 2Z9]]\nCheck-in [[DATE|14 Nov 2026]], stay open-ended. Room 2.4 (family room). Booking ref FH-3317.\nMobile (roaming): [[PHONE|+1 418 555 0162]]`,
  ],
  [
    'patient-hostel',
    `Patient hotel — nightly list [[DATE|21/11/2026]]\nRoom 3 — [[PERSON|Ingeborg Vatne]] (radiotherapy, fraction 12 of 20, hosp no [[MRN|RT0041982]])\nRoom 4 — [[PERSON|Harbhajan Bains]] + carer [[PERSON|Jaspreet Bains]]; car park permit for [[PLATE|WN71 HDX]]\nRoom 5 — vacant\nRoom 6 — [[PERSON|Mererid Huws]], checks out [[DATE|23/11]]\nNight porter: [[PERSON|Stanley Ayew]]`,
  ],
  [
    'home-adaptation',
    `OT home visit — adaptations\nClient: [[PERSON|Enid Mawhinney]], [[AGE|92]]   OT ref [[MRN|OT/26/4471]]\nAddress: [[ADDRESS|4 Carnmoney Close, Newtownabbey BT36 6QR]]\nVisit [[DATE|17 Nov 2026]] with daughter [[PERSON|Gwynneth]] ([[PHONE|07700 900348]]). Steep step into rear garden, bath with no shower.\nRecommended: half-step with rail, level-access shower, perching stool, key safe (code held by the care agency, not recorded here).\nOT: [[PERSON|Niall Magee]]`,
  ],
  [
    'home-adaptation',
    `Work order — stairlift installation\nCustomer: [[PERSON|Walter Pokorny]]\nInstall address: [[ADDRESS|1547 Sycamore Ridge Rd, Bethlehem, PA 18017]]\nScheduled: [[DATE|11/30/2026]], 8–10am window\nFunded by: PA Medicaid waiver, recipient ID [[INSURANCE_ID|4401297365]]\nContact: daughter-in-law [[PERSON|Dagmar Pokorny]] [[PHONE|(610) 555-0191]]\nNotes: straight staircase, 13 steps, rail on left. Unit serial assigned at install.`,
  ],
  [
    'coding-query',
    `Clinical coding query CQ-2291\nTo: Dr [[PERSON|Ravindra Mallick]] (Consultant Geriatrician)\nPatient: [[PERSON|BRIERLEY, Gladys]]   Hosp no [[MRN|H0921837]]   Spell [[DATE|02/11/2026]]–[[DATE|13/11/2026]]\nThe discharge summary states "?delirium" and "acopia". Could you confirm whether delirium was diagnosed (F05.1), and whether the AKI noted on day 3 (creatinine 188) should be coded (N17.9)? "Acopia" cannot be coded.\nCoder: [[PERSON|Tsion Wolde]], Clinical Coding`,
  ],
  [
    'coding-query',
    `CDI query — [[DATE|11/19/2026]]\nPt: [[PERSON|Alberto Zubizarreta]]   Acct [[MRN|HA-77104925]]   Rm [[MRN|507]]\nDr. [[PERSON|Keiko Sato-Brennan]]: documentation shows Na 118 and treatment with hypertonic saline. Please clarify the clinical significance: □ hyponatremia □ SIADH □ other □ unable to determine.\nResponse: hyponatremia due to SIADH (small-cell lung ca). — [[PERSON|KSB]] [[DATE|11/20]]`,
  ],
  [
    'bedside-rental',
    `Bedside TV & phone — activation slip\nWard 23, bed [[MRN|11]] — patient [[PERSON|Norma Cready]]\nPackage: 7-day TV + radio, £24.50, paid by Visa debit ending 3316\nLogin: [[ACCOUNT|ncready52]]\nActivated [[DATE|20/11/2026]] by [[PERSON|Kieran Mulvey]]`,
  ],
  [
    'bedside-rental',
    `Recliner rental — overnight support person\nRoom [[MRN|9]] (L&D), patient [[PERSON|Shaylee Bitsui]]\nRenter: partner [[PERSON|Tyler Nez]], AZ DL [[ID_CARD|D08412736]]\nDeposit $50 on card [[BANK_CARD|3782 910473 22580]]\nReturn by [[DATE|11/24]]; recliner tag RC-07.`,
  ],
  [
    'medical-alert-id',
    `Medical ID bracelet — engraving order\nMember: [[PERSON|Ottilie Brandreth]]   Member no. [[MRN|MA7720184]]\nEngraving (reverse, 4 lines):\n[[PERSON|OTTILIE BRANDRETH]]\nADDISON'S — STEROID DEPENDENT\nNO PENICILLIN\nICE [[PHONE|07700 900183]]\nOnline profile: [[URL|https://id.example.com/m/MA7720184]]\nShip to: [[ADDRESS|9 Quarry Bank, Kendal LA9 4PF]]`,
  ],
  [
    'medical-alert-id',
    `EMS run note (excerpt): Pt found on floor of bus shelter, GCS 10, BGL 1.9. Wearing medical-alert necklace: "[[PERSON|Darius Kohlhaas]] — TYPE 1 DIABETIC — ID [[MRN|MX-410072]]". D50 given, GCS 15 in 6 min. Pt confirms name and DOB [[DATE|01/08/1994]]; declines transport, signs AMA. His car ([[PLATE|KZR-4418]]) is parked nearby; advised not to drive for 4 h. Called his girlfriend [[PERSON|Noor Salameh]] at [[PHONE|(402) 555-0127]] to pick him up.`,
  ],
  [
    'social-prescribing',
    `Social prescribing referral\nReferred by: Dr [[PERSON|Lorna Hesketh]]\nPerson: [[PERSON|Clifford Umeadi]], 78, widowed in March, lives alone at [[ADDRESS|27 Weavers Row, Todmorden OL14 5AX]]. Stopped going to the bowls club. UCLA loneliness score 8/9.\nLink worker: [[PERSON|Saoirse Lynch]]\nIdeas: men's shed (woodwork) Tues/Thurs, walking-for-health group, befriending call.\nCase ref [[MRN|SP-06182]]   Home phone [[PHONE|01632 960773]]`,
  ],
  [
    'social-prescribing',
    `Walking-for-health group — register Wed [[DATE|18 Nov]]\n1. [[PERSON|Clifford Umeadi]] — 2 km, finished strong\n2. [[PERSON|Moira Tennant]] — left at halfway (knee)\n3. [[PERSON|Rashid Bhuiyan]]\n4. [[PERSON|Patricia Ollerenshaw]] ("[[PERSON|Big Pat]]") — brought her neighbour\nLeader: [[PERSON|Graham Isherwood]]\nGroup page: [[URL|https://walks.example.org/todmorden]]`,
  ],
];

export function generateDeidHoldout11(): LabelledRecord[] {
  return holdoutRecords('h11', zh, en);
}

export const DEID_HOLDOUT_11_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/labelled/deid-holdout-11.jsonl',
);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const records = generateDeidHoldout11();
  writeFileSync(DEID_HOLDOUT_11_PATH, renderJsonl(records));
  console.log(`wrote ${records.length} records to ${DEID_HOLDOUT_11_PATH}`);
}
