import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { holdoutRecords, type LabelledRecord, renderJsonl } from './generate-deid.ts';

/**
 * The ROUND-35 fresh held-out de-identification set (data/labelled/deid-holdout-35.jsonl): hand-written
 * snippets with hand-placed spans, marked inline as [[TYPE|text]] (parseMarked strips the marks and
 * records UTF-16 offsets). Written by a separate annotator who did not read the recognizer code and
 * never ran a recognizer on these snippets; it must not be used to adjust the recognizers.
 *
 * About four fifths are the everyday documents of a general hospital and the messages of its patients
 * (admission, progress and discharge notes, outpatient notes and dialogues, referrals and consult
 * requests, handovers, nursing notes, lab and imaging reports, prescriptions and labels, consent,
 * billing papers, online consultations, patient messages and e-mails, family chats and SMS reminders),
 * in new wording; a fifth come from settings no earlier round listed as a genre: diabetic foot clinics,
 * coeliac clinics, osteoporosis clinics and interstitial lung disease clinics.
 *
 * Identifiers are synthetic: resident IDs (and a Taiwan residence permit) carry a valid GB 11643 check
 * character and a region code, sex digit and birth date consistent with the text (15-digit IDs
 * likewise), bank cards a valid Luhn digit, NHS numbers are in the 999 test range with their
 * modulus-11 digit, CHI numbers start with the birth date and pass their modulus-11 digit, the
 * Australian Medicare numbers pass their check digit, the OHIP numbers their Luhn digit, the NZ NHIs
 * their check digit, the US MBI follows the published character pattern and the Hong Kong identity card
 * has its bracketed check character; the US SSN is in the 987-65-432x advertising range. Phones are
 * random mainland numbers or fictional ranges (North American 555-01xx, UK 07700 900xxx and 0131 496
 * 0xxx, Australian (02) 5550 xxxx and 0491 57x xxx); mail and web hosts are example.*; IP addresses
 * come from the documentation ranges.
 *
 * Span conventions are those stated in data/labelled/deid-holdout-34.card.yaml; the decisions new in
 * this round are stated in data/labelled/deid-holdout-35.card.yaml.
 */
const zh: Array<[string, string]> = [
  [
    'admission',
    `骨科入院记录\n姓名：[[PERSON|阚书琴]]　性别：女　年龄：[[AGE|91]]岁　住院号：[[MRN|GK2611-0388]]　床号：[[MRN|23]]床\n身份证号：[[ID_CARD|320106193507127126]]\n现住址：[[ADDRESS|南京市鼓楼区虎踞路87号清凉山公寓3幢204室]]\n入院：[[DATE|2026/11/22]] 9:40　主诉：在家摔倒，左髋痛，无法行走6小时。\n联系人：儿媳[[PERSON|骆永红]]　[[PHONE|16646577279]]`,
  ],
  [
    'admission',
    `急诊收入ICU：患者[[PERSON|吉木子洛]]，彝族，男，[[AGE|90]]岁，身份证[[ID_CARD|513401360214195]]，家住[[ADDRESS|西昌市长安街道航天大道二段56号]]，因"意识模糊2小时"入院，既往高血压20年，家属为孙子[[PERSON|吉克石布]]（[[PHONE|15564784334]]，兼彝汉翻译），住院号[[MRN|ZY-0437218]]，入科日期[[DATE|11月23日]]。`,
  ],
  [
    'admission',
    `产科入院｜[[PERSON|欧阳芷萱]]｜女｜31岁｜住院号 [[MRN|CK-0095163]]｜孕39+2周，规律宫缩4小时｜身份证 [[ID_CARD|43010419950318852X]]｜丈夫[[PERSON|覃振宇]]｜家庭电话 [[PHONE|0731-84759224]]｜入院 [[DATE|2026-11-21]]`,
  ],
  [
    'progress-note',
    `[[DATE|11月22日]]主任查房记录\n[[PERSON|诸葛文澜]]主任查房：患者[[PERSON|施慧敏]]术后第3天，T 37.6℃，引流液80ml淡血性，白细胞11.2；今日拔引流管，明晨复查血常规。丈夫[[PERSON|顾立成]]已知情。\n记录：[[PERSON|裴]]医师`,
  ],
  [
    'progress-note',
    `病程记录 [[DATE|2026.11.20]]\n[[AGE|95]]岁老人[[PERSON|蔺秀英]]，肺部感染第5天，今日体温已正常，仍需吸氧2L/min。孙女[[PERSON|缑佳怡]]陪护，诉老人夜间烦躁，已请神经内科[[PERSON|上官若溪]]医师会诊。护士小[[PERSON|滕]]反映进食少，改匀浆膳。\n住院医师：[[PERSON|尉迟昊]]`,
  ],
  [
    'progress-note',
    `ICU日间病程｜[[MRN|7]]床 [[PERSON|萨其拉]]（蒙古族）｜[[AGE|92]]岁｜住院号 [[MRN|ZY20261118077]]｜去甲肾上腺素 0.08μg/kg/min 已减量｜乳酸 2.1｜女儿[[PERSON|其其格玛]]下午探视｜拟[[DATE|11月24日]]转回呼吸科｜签名：[[PERSON|宇文清]]`,
  ],
  [
    'discharge',
    `出院记录\n姓名：[[PERSON|柏昱衡]]　住院号：[[MRN|0926718]]\n患者于[[DATE|2026年11月9日]]入院，[[DATE|11月21日]]出院。\n出院诊断：①急性胰腺炎（轻症）②高甘油三酯血症\n医嘱：忌酒、低脂饮食，非诺贝特 200mg 每晚一次，[[DATE|12月5日]]消化内科门诊复查。\n随访电话（家）：[[PHONE|0591-89538068]]`,
  ],
  [
    'discharge',
    `患者[[PERSON|冼桂英]]，女，[[AGE|93]]岁，15位身份证[[ID_CARD|440104330905824]]，因心衰加重住院12天，今日（[[DATE|11月22日]]）好转出院，带药：呋塞米20mg qd、螺内酯20mg qd。由外孙[[PERSON|梁子健]]接回[[ADDRESS|广州市越秀区东风东路洪桥街9号之二402房]]，社区医生[[PERSON|麦]]医生已电话交接。`,
  ],
  [
    'discharge',
    `出院小结（儿科）｜患儿[[PERSON|宋一诺]]（小名[[PERSON|芝麻]]）｜男｜4岁｜住院号 [[MRN|EK26-11-0432]]｜诊断：支气管肺炎｜住院 [[DATE|11月15日]]至[[DATE|11月21日]]｜母亲[[PERSON|钟雅婷]] [[PHONE|15145978752]]｜家住[[ADDRESS|株洲市芦淞区建设南路62号丽景苑8栋702]]｜出院后[[DATE|11月28日]]儿科门诊复诊`,
  ],
  [
    'outpatient',
    `风湿免疫科门诊记录（[[DATE|2026-11-23]]）\n门诊号：[[MRN|SZ0078341926]]\n姓名：[[PERSON|邝咏诗]]（香港居民）　女　52岁　香港身份证：[[ID_CARD|Y135549(8)]]\n联系电话：[[PHONE|+852 6702 7651]]\n诊断：类风湿关节炎　处理：甲氨蝶呤 10mg 每周一次，叶酸 5mg 每周一次\n医师：[[PERSON|戚]]`,
  ],
  [
    'outpatient',
    `医生：叫什么名字？\n家属：[[PERSON|虞国栋]]，陪我丈母娘来的，她叫[[PERSON|满桂兰]]，今年[[AGE|96]]了。\n医生：老人家身份证带了吗？\n家属：带了，[[ID_CARD|370202193004181728]]。\n医生：住哪儿？\n家属：[[ADDRESS|青岛市市南区香港中路21号2单元301]]，跟我们一起住。`,
  ],
  [
    'outpatient',
    `儿保门诊｜[[PERSON|努尔兰·叶尔肯]]（哈萨克族）｜男｜1岁8个月｜就诊卡 [[MRN|6201 3345 0712]]｜身份证 [[ID_CARD|650102202503172539]]｜父亲[[PERSON|叶尔肯·别克]] [[PHONE|19896967283]]｜住址 [[ADDRESS|乌鲁木齐市天山区解放南路278号红旗小区4-2-601]]｜下次疫苗 [[DATE|12月3日]]`,
  ],
  [
    'referral',
    `双向转诊单（上转）\n转出：河南街道社区卫生服务中心　转入：州医院心内科\n患者：[[PERSON|金顺姬]]（朝鲜族）　女　67岁　身份证：[[ID_CARD|222401195908231321]]\n住址：[[ADDRESS|延吉市河南街道光明街1095号新兴小区3号楼501]]\n转诊原因：反复胸闷，心电图提示ST段压低，需行冠脉造影。\n[[DATE|2026年11月20日]]转出　经治医生：[[PERSON|朴成浩]]`,
  ],
  [
    'referral',
    `会诊申请单\n申请科室：老年医学科　[[MRN|18]]床　住院号：[[MRN|LN0058127]]\n患者：[[PERSON|甘淑贞]]　女　[[AGE|98]]岁\n请皮肤科会诊：骶尾部压力性损伤3期，渗液多，请协助处理。\n申请医师：[[PERSON|缪婉清]]　[[DATE|11-23]] 10:20`,
  ],
  [
    'referral',
    `转院介绍信\n[[PERSON|鲁]]主任：您好！现有俄罗斯籍患者[[PERSON|Oksana Belova]]（[[PERSON|奥克萨娜·别洛娃]]），女，44岁，护照号[[PASSPORT|75 3028136]]，在哈尔滨旅游期间突发右下腹痛，CT示阑尾炎伴穿孔，因我院无俄语翻译，特转贵院。现住[[ADDRESS|哈尔滨市道里区中央大街112号马迭尔宾馆618房]]，随行翻译[[PERSON|伊万]]（[[PHONE|15587959055]]）。\n[[PERSON|庞立军]]　[[DATE|2026.11.22]]`,
  ],
  [
    'handover',
    `夜班交班（[[DATE|11月22日]]）\n床   患者        岁   主要问题        夜间注意\n[[MRN|3]]    [[PERSON|熊建国]]      71   慢阻肺加重      鼻导管2L，SpO2 93%\n[[MRN|5]]    [[PERSON|司马蕴华]]    [[AGE|94]]   髋部骨折术后    夜间谵妄，防坠床\n6    —           —    空床\n[[MRN|9]]    [[PERSON|巴哈尔古丽]]  38   糖尿病酮症      每小时测血糖，胰岛素泵\n交班：[[PERSON|黎]]护士　接班：[[PERSON|卓]]护士`,
  ],
  [
    'handover',
    `（口头交班录音转写）[[MRN|十二]]床那个阿婆，[[PERSON|邬]]……[[PERSON|邬凤珍]]，今年[[AGE|九十七]]了，下午血压最低82/48，补液500以后回上来了。[[MRN|十五]]床[[PERSON|丫丫]]，大名叫[[PERSON|舒梓涵]]，发热39度，物理降温了。十六床今天出院了不用管。还有[[MRN|二十]]床新来的外国人[[PERSON|Ahmed Wardak]]，阿富汗的，听不懂中文，找[[PERSON|瞿]]医生翻译。`,
  ],
  [
    'handover',
    `抢救室交班｜抢[[MRN|3]] [[PERSON|戴]]婆婆（[[PERSON|戴月娥]]）[[AGE|99]]岁，上消化道出血，悬浮红细胞2单位已输完｜抢5 无名氏男，约50岁，醉酒，待醒后补登记｜抢[[MRN|6]] [[PERSON|阿卜杜热西提·买买提]]，胸痛待排，肌钙蛋白待回｜交班人：[[PERSON|濮阳慧中]]`,
  ],
  [
    'nursing-note',
    `护理记录　[[PERSON|单秀云]]　[[AGE|90]]岁　[[MRN|31]]床　住院号[[MRN|HL-2611-2075]]\n[[DATE|11-22]] 20:00 患者诉腹胀，听诊肠鸣音减弱，报告[[PERSON|闵]]医生，遵医嘱予开塞露40ml。\n22:30 排便一次，量中。侄子[[PERSON|单志强]]陪护。\n签名：[[PERSON|东方晓霁]]`,
  ],
  [
    'nursing-note',
    `家庭病床上门护理单\n对象：[[PERSON|韦凤英]]（壮族）　[[AGE|93]]岁　身份证[[ID_CARD|450102330617596]]\n地址：[[ADDRESS|南宁市兴宁区民生路135号大院7栋3楼]]\n服务内容：更换导尿管、评估压疮（骶尾部1期）。\n联系人：女儿[[PERSON|黄秋菊]] [[PHONE|13640219250]]　下次上门：[[DATE|11月30日]]\n护士：[[PERSON|蒙丽娟]]`,
  ],
  [
    'nursing-note',
    `产后护理记录｜[[DATE|2026-11-21]]｜产妇[[PERSON|喻思琪]]｜母婴同室[[MRN|12]]床｜新生儿（[[PERSON|喻思琪]]之子）体重3150g，吸吮好｜宫底脐下1指，恶露量中｜丈夫[[PERSON|佟磊]]陪护｜责任护士[[PERSON|卞]]`,
  ],
  [
    'lab-report',
    `生化检验报告\n[[PERSON|牟建华]]｜男｜63岁｜肾内科 [[MRN|08]]床｜病历号 [[MRN|000 7734 512]]\n标本条码 [[MRN|7305618842]]，[[DATE|2026年11月23日]]清晨6点采血\n肌酐 486 μmol/L↑　尿素 28.4 mmol/L↑　钾 5.9 mmol/L↑\n检验者：[[PERSON|祁晓燕]]　审核者：[[PERSON|鄢]]`,
  ],
  [
    'lab-report',
    `粪便标本留取须知：请使用医院提供的专用采样盒，取黄豆大小（约5克）粪便，有黏液脓血处优先；标本请在2小时内送检验科，避免混入尿液。`,
  ],
  [
    'lab-report',
    `危急值报告｜[[DATE|11月23日]] 03:18｜[[MRN|44]]床 [[PERSON|岑德明]] [[AGE|96]]岁｜K⁺ 2.58 mmol/L｜通知病房护士[[PERSON|梅晓]]，复述无误｜报告人：检验科[[PERSON|乐]]`,
  ],
  [
    'imaging-report',
    `胸部低剂量CT\n检查编号 [[MRN|LD-550931]]　门诊号 [[MRN|MZ80413087]]\n受检者 [[PERSON|逯婷婷]]　女　49岁\n所见：右上肺尖段可见磨玻璃密度小结节，大小约7mm×6mm，边缘清楚，内未见实性成分；纵隔未见肿大淋巴结。\n意见：右肺上叶磨玻璃小结节，建议12个月后低剂量CT随访。\n报告 [[PERSON|冀]]　复核 [[PERSON|暴振东]]　[[DATE|2026-11-22]]`,
  ],
  [
    'imaging-report',
    `床旁胸片：[[PERSON|仇]]奶奶（[[PERSON|仇美华]]），[[AGE|90]]岁，住院号[[MRN|0715523]]，与[[DATE|11月18日]]片比较，右下肺渗出较前吸收，双侧少量胸腔积液。放射科[[PERSON|温]]医师，报告时间[[DATE|11月23日]]。`,
  ],
  [
    'imaging-report',
    `超声检查｜检查号 [[MRN|US-0318-559]]｜[[PERSON|马雪梅]]（回族）｜女｜45岁｜住院号 [[MRN|NX4406127]]｜甲状腺右叶低回声结节，大小约12mm×9mm（C-TIRADS 4A类）｜建议细针穿刺｜诊断医师 [[PERSON|纳]]｜[[DATE|2026-11-22]]`,
  ],
  [
    'prescription',
    `普通处方\nNo. [[MRN|CF-5082-6317]]　门诊号：[[MRN|0093318407]]\n姓名：[[PERSON|蓝晓峰]]　男　36岁　证件（台胞居住证）[[ID_CARD|830000199007146658]]\nRp：头孢克洛缓释片 0.375g×12片　用法：每次1片，每日2次\n医师：[[PERSON|龚]]　审核药师：[[PERSON|郝一帆]]　开方 [[DATE|2026年11月23日]]`,
  ],
  [
    'prescription',
    `麻醉药品处方｜患者[[PERSON|羊秀兰]] [[AGE|94]]岁｜身份证 [[ID_CARD|520102193205107164]]｜诊断：胰腺癌晚期癌痛｜羟考酮缓释片 10mg q12h｜代办人：孙子[[PERSON|俞振华]]｜代办人身份证 [[ID_CARD|520102199801260138]]｜住址 [[ADDRESS|贵阳市南明区新华路118号金源小区11栋3号]]｜处方号 [[MRN|M-4471-208]]`,
  ],
  [
    'prescription',
    `药品配送单\n收货人：[[PERSON|訾文静]]　[[PHONE|18799890750]]\n地址：[[ADDRESS|郑州市金水区农业路东36号]]\n[[ADDRESS|锦艺城B区8号楼2单元1102]]\n处方号：[[MRN|PS-5530-1879]]　医保卡：[[INSURANCE_ID|7761424750]]\n药品：门冬胰岛素注射液 3ml×5支（冷链）\n配送员：[[PERSON|季]]师傅`,
  ],
  [
    'consent',
    `手术知情同意书\n患者姓名：[[PERSON|闫国庆]]　住院号：[[MRN|WK2611-1276]]\n拟行手术：经尿道膀胱肿瘤电切术（TURBT）　麻醉：腰麻\n（风险告知略）\n患者签名：[[PERSON|闫国庆]]　签字时间：[[DATE|2026.11.22]]\n授权委托人：[[PERSON|闫晓丽]]（女儿）　身份证：[[ID_CARD|410105198809020381]]\n谈话医师：[[PERSON|褚]]`,
  ],
  [
    'consent',
    `麻醉前须知：手术前一晚22点后禁食，术前2小时可少量饮清水；请取下义齿、首饰和隐形眼镜；长期服用降压药者术日晨用一小口水送服，抗凝药是否停用请遵医嘱。`,
  ],
  [
    'consent',
    `输血治疗同意书：患者[[PERSON|茅阿根]]，男，[[AGE|92]]岁，住院号[[MRN|3309821]]，因消化道出血Hb 62g/L拟输注悬浮红细胞2U，已告知过敏、发热反应及感染风险；患者听力差，由外甥[[PERSON|沈家骏]]代签（电话[[PHONE|15079942620]]，身份证[[ID_CARD|330106197603153295]]），[[DATE|11月21日]]。`,
  ],
  [
    'billing',
    `住院费用结算单\n姓名：[[PERSON|项美玲]]　住院号：[[MRN|0640219]]　医保编号：[[INSURANCE_ID|30086091763]]\n住院期间：[[DATE|11月2日]]—[[DATE|11月16日]]，共14天\n医疗总额 23418.60元，医保基金支付 16392.02元，自付 7026.58元\n结算流水号：JS20261116-2291　退款账户：[[BANK_CARD|6214 8348 7065 5322]]`,
  ],
  [
    'billing',
    `退费申请｜患者[[PERSON|甄泊远]]｜身份证 [[ID_CARD|360102198309211639]]｜就诊卡号 [[MRN|8800 6723 114]]｜退费原因：取消胃镜预约｜386元退至本人借记卡 [[BANK_CARD|6217 0000 6242 6822 940]]｜发票号 0073125590｜申请人签字：[[PERSON|甄泊远]]｜[[DATE|2026-11-23]]`,
  ],
  [
    'billing',
    `理赔申请书（医疗险）\n出险人：[[PERSON|栾振华]]　证件号码：[[ID_CARD|210202198106116618]]\n保单号：[[INSURANCE_ID|P20260908063155]]\n就诊医院：大连医科大学附属第一医院　住院时间：[[DATE|11月3日]]—[[DATE|11月10日]]\n收款账户：[[BANK_CARD|6214 8353 7611 5430]]\n联系邮箱：[[EMAIL|luanzh81@example.cn]]`,
  ],
  [
    'online-consult',
    `【在线问诊】咨询单号 [[MRN|WZ202611230417]]\n用户名：[[ACCOUNT|kexinyi_99]]\n患者：[[PERSON|柯心怡]]，女，27岁，身份证 [[ID_CARD|350203199906047106]]，现住[[ADDRESS|厦门市思明区莲前西路188号莲花五村21号楼603]]\n主诉：服用左甲状腺素2个月，心慌。\n医生（内分泌科[[PERSON|邵]]医生）：建议复查甲功，FT4 偏高可减量至 50μg。\n来源IP地址 [[IP|203.0.113.202]]`,
  ],
  [
    'online-consult',
    `（视频问诊转写）医生：您是患者本人吗？\n家属：不是，我是她儿子[[PERSON|路海滨]]，我妈叫[[PERSON|邹桂芝]]，[[AGE|91]]了，腿肿了一个礼拜，[[DATE|11月中旬]]开始的。\n医生：好的，复诊号[[MRN|FZ-7730215]]，我给您开个下肢静脉超声。`,
  ],
  [
    'online-consult',
    `互联网复诊｜[[PERSON|于佩佩]]｜身份证 [[ID_CARD|12010119870227722X]]｜地址 [[ADDRESS|天津市和平区南京路219号津汇公寓1-1504]]｜续方：格列美脲片 2mg×30｜联系微信 [[ACCOUNT|yupeipei_0227]]｜设备IP（[[IP|198.51.100.196]]）`,
  ],
  [
    'patient-message',
    `[[PERSON|晁]]主任您好，我是上周找您看的[[PERSON|肖婷]]，门诊号[[MRN|0088412750]]，您说[[DATE|12月1日]]来做胃镜，我那天出差，能改到[[DATE|12月8日]]吗？我电话[[PHONE|15679765755]]，微信[[ACCOUNT|xt_sunflower917]]，麻烦您了！`,
  ],
  [
    'patient-message',
    `感谢信\n我父亲[[PERSON|晏大山]]今年[[AGE|95]]岁，[[DATE|11月初]]因肺炎住进贵科，[[PERSON|帅]]主任每天查房都耐心解释，护士长[[PERSON|宫]]老师和小[[PERSON|谭]]护士夜里帮他翻身拍背，老人家现在能自己吃饭了。全家感激不尽！\n女儿[[PERSON|晏春燕]]　[[PHONE|13105989071]]　[[DATE|2026年11月23日]]`,
  ],
  [
    'patient-message',
    `病案复印申请\n申请人：[[PERSON|郜志远]]（患者本人）　身份证：[[ID_CARD|130104197201194270]]\n住院时间：[[DATE|2026年10月]]　住院号：[[MRN|SX-1029-7746]]\n邮寄地址：[[ADDRESS|石家庄市桥西区中华南大街156号裕华小区6-2-301]]\n电话：[[PHONE|0311-81930710]]　邮箱：[[EMAIL|gaozy1972@example.com]]`,
  ],
  [
    'family-chat',
    `【相亲相爱一家人】\n[[PERSON|木木]]：姥爷今天在3病区[[MRN|17]]床，下午两点手术\n大舅：我开车过去，车停地下二层，车牌[[PLATE|鲁B·8Q3R7]]\n[[PERSON|木木]]：@[[PERSON|小航]] 你下班去接姥姥\n[[PERSON|小航]]：收到👌\n大舅：[[PERSON|鞠]]大夫说手术大概3小时`,
  ],
  [
    'family-chat',
    `兄妹仨\n[[PERSON|阿满]]：奶奶[[DATE|12月19日]]满[[AGE|100]]周岁，在养老院办还是接回家？\n二妹：接回家吧，护工[[PERSON|蔡]]阿姨说她这周血压稳\n[[PERSON|阿苗]]：我那天夜班，跟[[PERSON|裘]]护士长换了班\n[[PERSON|阿满]]：行，我开[[PLATE|粤A·D73915]]那辆去接`,
  ],
  [
    'family-chat',
    `（家庭群聊）\n[[PERSON|阿玲]]：爸的出院手续办好了，发票在我这\n[[PERSON|秀芹]]：医保报了多少？\n[[PERSON|阿玲]]：七成多。[[PERSON|阎]]医生说下周三复查\n妈：你们谁有空陪他去\n[[PERSON|秀芹]]：我周三上午有空，@[[PERSON|阿玲]] 把爸的医保卡号[[INSURANCE_ID|422124416]]发我`,
  ],
  [
    'sms-reminder',
    `【市妇幼保健院】[[PERSON|韩]]女士，提醒您[[DATE|11月26日]]9点做宫颈癌筛查（TCT+HPV），请带身份证，检查前3天勿阴道用药。如需改期：[[URL|https://fybj.example.cn/gy?c=k7Pz2]]`,
  ],
  [
    'sms-reminder',
    `【停水通知】因管网维修，住院部B栋将于本周六8:00-14:00停水，请病友及家属提前储水，不便之处敬请谅解。`,
  ],
  [
    'sms-reminder',
    `【预防接种提醒】宝宝[[PERSON|邢朵朵]]（接种证号[[MRN|330106019332568]]）应于[[DATE|12月2日]]接种乙脑减毒活疫苗第2剂，请家长带好接种证按时前来。`,
  ],
  [
    'diabetic-foot-clinic',
    `糖尿病足门诊｜[[PERSON|佘国强]]｜男｜68岁｜门诊号 [[MRN|TZ-0031752]]｜左足第1跖骨头溃疡 Wagner 2级｜ABI 0.82｜清创+负压，[[DATE|11月30日]]换药｜儿子[[PERSON|佘俊]] [[PHONE|17748120160]]｜换药护士[[PERSON|岳小兰]]`,
  ],
  [
    'diabetic-foot-clinic',
    `糖尿病足复诊记录：[[PERSON|阿拉坦其其格]]（蒙古族），女，[[AGE|91]]岁，身份证[[ID_CARD|150102193502099720]]，住[[ADDRESS|呼和浩特市新城区海拉尔东路47号农机小区9号楼3单元]]，右足跟溃疡较[[DATE|11月9日]]缩小，渗出减少；外孙女[[PERSON|诺敏]]陪诊，下次[[DATE|12月7日]]。`,
  ],
  [
    'diabetic-foot-clinic',
    `足病减压鞋登记｜[[DATE|2026-11-20]]｜[[PERSON|昝]]老师（[[PERSON|昝文礼]]）[[AGE|95]]岁｜15位身份证 [[ID_CARD|610113311002773]]｜鞋码42｜医保 [[INSURANCE_ID|5520001176]]｜取鞋：[[DATE|11月27日]]｜足病师[[PERSON|焦]]`,
  ],
  [
    'coeliac-clinic',
    `乳糜泻专病门诊｜[[PERSON|古丽米拉·艾合买提]]｜女｜26岁｜门诊号 [[MRN|RM26-0417]]｜身份证 [[ID_CARD|653101200005121808]]｜抗tTG-IgA 148 U/mL｜十二指肠活检 Marsh 3b（病理号 [[MRN|BL-58817]]）｜无麸质饮食开始于[[DATE|2026年9月]]｜营养师[[PERSON|古再丽努尔]]`,
  ],
  [
    'coeliac-clinic',
    `乳糜泻随访：患儿[[PERSON|帕提曼]]，8岁，母亲[[PERSON|热依拉·吐尔逊]]代诉无麸质饮食3个月，腹泻明显减少，体重增加1.5kg；住址[[ADDRESS|喀什市人民东路33号天缘小区2-3-402]]，电话[[PHONE|13567145230]]；[[DATE|11月20日]]复查tTG 42 U/mL；下次复诊[[DATE|2027年2月]]。`,
  ],
  [
    'coeliac-clinic',
    `无麸质饮食提示：小麦、大麦、黑麦及其制品（面条、馕、馒头、啤酒）都含麸质；大米、小米、玉米、土豆可放心吃；购买包装食品请看配料表，"麦芽糊精"也要留意。`,
  ],
  [
    'osteoporosis-clinic',
    `骨质疏松门诊｜[[PERSON|芦玉珍]]｜女｜[[AGE|90]]岁｜门诊号 [[MRN|GS-0072904]]｜DXA 腰椎 T值 -3.4｜唑来膦酸 5mg 静滴 [[DATE|11月23日]]｜明年同期复查｜女儿[[PERSON|赖芳]] [[PHONE|13890819855]]`,
  ],
  [
    'osteoporosis-clinic',
    `防跌倒小贴士：夜间起床先坐30秒再站，卫生间铺防滑垫，常用物品放在伸手可及处；补钙的同时每天晒太阳15-20分钟。`,
  ],
  [
    'osteoporosis-clinic',
    `骨密度复查（出院后随访）：患者[[PERSON|端木秀芝]]，[[AGE|98]]岁，[[DATE|10月8日]]股骨颈骨折术后，身份证[[ID_CARD|320505192811194164]]，住[[ADDRESS|苏州市虎丘区狮山路88号金色家园12幢1401室]]，孙媳[[PERSON|钮思彤]]陪同；地舒单抗60mg皮下注射，下次[[DATE|2027年5月]]。`,
  ],
  [
    'interstitial-lung-disease-clinic',
    `间质性肺病门诊｜[[PERSON|栗建民]]｜男｜72岁｜门诊号 [[MRN|JF-26-3318]]｜HRCT：双下肺网格影伴蜂窝（影像号 [[MRN|CT2611090246]]）｜FVC 64%预计值，DLCO 41%｜吡非尼酮 [[DATE|10月12日]]开始｜家庭制氧机登记电话 [[PHONE|13252986387]]`,
  ],
  [
    'interstitial-lung-disease-clinic',
    `肺纤维化随访：患者[[PERSON|向桂花]]（土家族），[[AGE|92]]岁，15位身份证[[ID_CARD|433101340316100]]，家住[[ADDRESS|吉首市乾州街道世纪大道76号]]，活动后气促加重，[[DATE|11月19日]]6分钟步行180米、SpO2最低84%，已办家庭氧疗；孙子[[PERSON|彭宇]]陪诊。`,
  ],
  [
    'interstitial-lung-disease-clinic',
    `ILD多学科讨论｜[[DATE|2026-11-20]]｜病例：[[PERSON|翟志伟]]｜住院号 [[MRN|HX2611-4178]]｜病理号 [[MRN|P26-08827]]（冷冻肺活检）｜意见：纤维化型过敏性肺炎，家中养鸽20年｜参加：呼吸科[[PERSON|蒲]]主任、影像科[[PERSON|靳]]医师、病理科[[PERSON|贲]]医师`,
  ],
];

const en: Array<[string, string]> = [
  [
    'admission',
    `H&P (admit [[DATE|11/22/2026]])\nPatient: [[PERSON|Marisol Olivárez-Lozoya]], 58F, MRN [[MRN|0044-718-29]], Rm [[MRN|6114]]\nDOB [[DATE|03/14/1968]]. UnitedHealthcare member ID [[INSURANCE_ID|960086130-01]]\nCC: SOB x3d. Hx HFrEF (EF 30%), T2DM on insulin.\nContact: husband [[PERSON|Ernesto]] (cell [[PHONE|(312) 555-0177]])\nAdmitting: [[PERSON|K. Ogbonna]], MD`,
  ],
  [
    'admission',
    `Clerking, AMU, [[DATE|23/11/2026]] 02:10. [[PERSON|Winifred Brakspear]], [[AGE|95]], NHS [[INSURANCE_ID|999 927 2363]], hosp no [[MRN|RX7830103]], lives alone at [[ADDRESS|Flat 3, Bellfield Court, 19 Tanner Road, Ipswich IP4 2QE]]. Carer [[PERSON|Gemma]] found her on the floor this evening; long lie ~8 h, CK 3900. NOK: nephew [[PERSON|Colin Brakspear]], [[PHONE|07700 900108]].`,
  ],
  [
    'admission',
    `ED → Gen Med admission | [[PERSON|Kirra Bamblett]] | 44F | UR [[MRN|A8811237]] | Medicare [[INSURANCE_ID|4728 30572 3]] | [[ADDRESS|7 Bunya Street, Alice Springs NT 0870]] | L lower-leg cellulitis, for IV fluclox | partner [[PERSON|Jarrah]] [[PHONE|0491 572 549]]`,
  ],
  [
    'progress-note',
    `Hospital medicine daily note, day 3 ([[DATE|11/21/26]])\nS: [[PERSON|Alonzo Schoonover]], [[AGE|91]]M, slept poorly; daughter [[PERSON|Renata]] at bedside overnight.\nO: T 37.9, BP 104/62, Cr 1.9 (from 2.4).\nA/P: urosepsis improving on ceftriaxone day 3; PT/OT; case manager [[PERSON|Dolores Fenstermacher]] working on SNF placement.\n— [[PERSON|R. Czarnecki]], MD`,
  ],
  [
    'progress-note',
    `WR, Ward 4B, bed [[MRN|12]]. [[PERSON|Hamish Rintoul]], 79, CHI [[INSURANCE_ID|120447 6136]]. Day 2 post TURP. Catheter out today for TWOC. Wife [[PERSON|Morag]] phoned and updated. Plan home [[DATE|25/11]] if voiding. Cons Dr [[PERSON|Halkett-Wardlaw]] / FY1 [[PERSON|A. Qwabe]]`,
  ],
  [
    'progress-note',
    `Progress note — 6 North, Rm [[MRN|612B]]\n[[PERSON|Thérèse Arseneau-Comeau]], [[AGE|94]], OHIP [[INSURANCE_ID|4388-267-660]]-KT\nPOD 4 hemiarthroplasty. Delirium settling (CAM negative today). Granddaughter [[PERSON|Maëlle]] visits daily, French-speaking; interpreter [[PERSON|Luc Gervais]] booked for the family meeting [[DATE|Nov 25]].\nSigned [[PERSON|P. Ghuman]], R2`,
  ],
  [
    'discharge',
    `DISCHARGE SUMMARY\nPatient: [[PERSON|Eula Mae Gadbois]]   Age: [[AGE|90]]   MRN: [[MRN|LA0875123]]\nAdmit [[DATE|11/14/2026]] | D/C [[DATE|11/21/2026]]\nPrincipal dx: non-ST-elevation MI, medical management; AKI resolved.\nDispo: home with daughter [[PERSON|Claudette]], [[ADDRESS|4412 Bayou Teche Rd, Breaux Bridge, LA 70517]]. PCP Dr. [[PERSON|Anil Bhasin]] in 1 week.`,
  ],
  [
    'discharge',
    `Dear Dr [[PERSON|Egbuna]],\nRe: [[PERSON|Brian Wilcockson]], DOB [[DATE|08.06.1951]], NHS No [[INSURANCE_ID|999 379 2292]], Hosp No [[MRN|K0797615]]\nAdmitted [[DATE|10/11/2026]] and discharged [[DATE|20/11/2026]] after laparoscopic right hemicolectomy for caecal adenocarcinoma (pT2 N0). Please arrange clip removal on [[DATE|27/11/2026]] with the practice nurse.\nYours sincerely, [[PERSON|Fatima Rehman]], Colorectal SpR`,
  ],
  [
    'discharge',
    `Transfer letter: [[PERSON|Cornelius O'Leary]], [[AGE|97]], MRN [[MRN|CUH387111]], discharged [[DATE|22 Nov 2026]] to [[ADDRESS|Ardnalee Nursing Home, Model Farm Road, Cork T12 X7P4]]. Medicines reconciled by pharmacist [[PERSON|Siobhán Crowley]]. Son [[PERSON|Fergal]] has a copy; PHN to review in two weeks.`,
  ],
  [
    'outpatient',
    `Rheumatology clinic follow-up, [[DATE|11/23/2026]]\n[[PERSON|Yesenia Escamilla]], DOB [[DATE|7/29/1979]], MRN [[MRN|63215811]]. SLE on HCQ 300 mg; anti-dsDNA 86, C3 low. Annual eye exam due — referred to Dr. [[PERSON|Fairbrother]]. Return [[DATE|Feb 2027]].`,
  ],
  [
    'outpatient',
    `Dr: Can I confirm your name and date of birth?\nPt: [[PERSON|Reginald Dapaah]], [[DATE|second of March nineteen thirty-four]].\nDr: So you're [[AGE|92]] now. And who's with you today?\nDaughter: I'm [[PERSON|Efua]]. We moved him in with us at [[ADDRESS|28 Larkspur Close, Luton LU2 7HN]] after the stroke.`,
  ],
  [
    'outpatient',
    `Paediatric outpatients. [[PERSON|Sione Vaifale]] ("[[PERSON|Junior]]"), 6, NHI [[INSURANCE_ID|BMM2949]], seen with grandmother [[PERSON|Mele]] and aunt [[PERSON|Losana Taumoepeau]]. Asthma: step up to budesonide/formoterol SMART. Next visit [[DATE|3 Feb 2027]].`,
  ],
  [
    'referral',
    `Referral to GI\nRe: [[PERSON|Dashawn Nottage]], DOB [[DATE|01/09/1990]]\n[[ADDRESS|1187 Magnolia Ave Apt 3C]]\n[[ADDRESS|Jackson, MS 39203]]\nMedicaid ID [[INSURANCE_ID|388105809]]   Cell [[PHONE|(601) 555-0100]]\nQuestion: IDA with a positive FIT — colonoscopy?\nReferring: [[PERSON|Joy Ingram-Kidd]], FNP`,
  ],
  [
    'referral',
    `e-RS referral, Dermatology (routine)\nPatient: [[PERSON|Priyanka Chaudhuri]] | NHS [[INSURANCE_ID|999 009 6872]] | [[ADDRESS|41 Wharfedale Rise, Otley LS21 3DJ]] | mob [[PHONE|07700 900483]]\nPlaque psoriasis, PASI 12, failed potent topical steroid and calcipotriol. Photos uploaded [[DATE|20/11/2026]].\nGP: Dr [[PERSON|Hywel Lougher]]`,
  ],
  [
    'referral',
    `Referral — Geriatric Medicine, Halifax\n[[PERSON|Agnes MacIsaac]], [[AGE|96]], HCN [[INSURANCE_ID|2695981109]]\nLives at [[ADDRESS|22 Oxford St, Antigonish NS B2G 1N4]] with son [[PERSON|Roddie]]. Three falls since [[DATE|August]], new urinary incontinence, MoCA 17/30.\nReferring: [[PERSON|M. Robitaille]], NP`,
  ],
  [
    'handover',
    `NIGHT SIGN-OUT 4 WEST ([[DATE|11/22]])\nRm   Patient                    Age  Issues\n[[MRN|401]]  [[PERSON|TROTTIER, Armand]]          [[AGE|93]]   NPO after MN for PEG\n[[MRN|404]]  [[PERSON|OKABE-PRINGLE, Tomoko]]   61   K 3.1 — repleting, recheck 0400\n405  (discharged)\n[[MRN|409]]  [[PERSON|ONABANJO, Babatunde]]      47   heparin gtt, aPTT at 0200\nCovering: [[PERSON|Z. Tannous]], PGY-2`,
  ],
  [
    'handover',
    `(transcribed) …so bay two, bed [[MRN|three]] is Mrs [[PERSON|Yiu]] — [[PERSON|Yiu Kam-ying]], [[AGE|92]] — she's for the fistula clinic tomorrow. Bed [[MRN|five]], young lad, [[PERSON|Kai]]… [[PERSON|Kai Mewton]], paracetamol overdose, psych liaison to see. Bed six went home. And the gentleman in side room [[MRN|two]], Mr [[PERSON|Kuffour]], is end of life, family staying over.`,
  ],
  [
    'handover',
    `ISBAR — ICU to 7B. I: [[PERSON|Tahlia Venning]], ICU RN, to [[PERSON|Bec]] on 7B. S: [[PERSON|Desmond Ruawai]], 52M, UR [[MRN|4949004]], day 3 post-Whipple. B: T2DM. A: drains 60 ml per shift, insulin infusion off [[DATE|22/11]]. R: call wife [[PERSON|Leanne]] if he deteriorates — [[PHONE|0491 579 212]].`,
  ],
  [
    'nursing-note',
    `Nursing note [[DATE|11/23/26]] 0615. [[PERSON|Opal Hochstetler]], [[AGE|98]]F, Rm [[MRN|318]]. Stage 2 PI R heel, foam dressing changed, heels floated. Refused 0400 turn; educated. Granddaughter [[PERSON|Kenzie]] called at 0530, updated. — [[PERSON|L. Beachy]], RN`,
  ],
  [
    'nursing-note',
    `DN visit Tues [[DATE|24/11]]. [[PERSON|Murdo Maciver]], [[AGE|91]], [[ADDRESS|Croft 4, Achmore, Isle of Lewis HS2 9DU]]. Insulin given (Lantus 14 units). Leg ulcer redressed. Wife [[PERSON|Peigi]] coping; neighbour Mrs [[PERSON|Maclennan]] checks daily. NHS [[INSURANCE_ID|999 118 1040]].`,
  ],
  [
    'nursing-note',
    `Midwife home visit, day 5. [[PERSON|Aroha Wihongi]] and baby [[PERSON|Manaia]] (born [[DATE|18/11/2026]]). NHI mum [[INSURANCE_ID|RKJ2154]], baby [[INSURANCE_ID|HTR5701]]. [[ADDRESS|16 Karaka Lane, Ōpōtiki 3122]]. Feeding well, weight 3.28 kg. Partner [[PERSON|Hemi]] present. Next visit [[DATE|26/11]]. — [[PERSON|Kirsten Holm]], LMC`,
  ],
  [
    'lab-report',
    `CHEMISTRY\nPATIENT: [[PERSON|MADRIGAL-COPPARD, DELPHINE]]   MRN: [[MRN|55139452]]   LOC: MICU-[[MRN|07]]\nACCESSION: [[MRN|C26-327-8048]]   COLLECTED: [[DATE|11/23/2026]] 04:12\nNA 118 (L)**  K 3.3  GLU 412 (H)\n**CRITICAL NA called to and read back by [[PERSON|T. Oshodi]] RN 04:51 by [[PERSON|JMK]]`,
  ],
  [
    'lab-report',
    `Microbiology — blood culture\n[[PERSON|Lorcan Mannion]]  DOB [[DATE|14/02/1988]]  Hosp [[MRN|H8650031]]  Lab no [[MRN|26.2988140.M]]\nGPC in clusters flagged after 14 h; MSSA confirmed [[DATE|22/11/2026]], fluclox sensitive. Result phoned to FY1 [[PERSON|Ruby Dibble]].`,
  ],
  [
    'lab-report',
    `Pathology — [[PERSON|Clement Toorawa]], [[AGE|93]], Medicare [[INSURANCE_ID|2404 30182 7]], episode [[MRN|26-3790866]], requested by Dr [[PERSON|Fiona Latu]]. MSU: >10^8 CFU/L E. coli, ESBL detected. Please notify facility RN [[PERSON|Precious Mangwiro]].`,
  ],
  [
    'imaging-report',
    `CT A/P W/ IV CONTRAST\nPatient: [[PERSON|Warboys, Grant T]]   MRN [[MRN|27781331]]   Acc# [[MRN|CT15360330]]\nDOS [[DATE|11/22/2026]]   Comparison: [[DATE|06/2025]]\nFINDINGS: 2.3 cm hypodense lesion in segment VII, increased from 1.1 cm. No ascites.\nIMPRESSION: Enlarging hepatic lesion; MRI liver recommended.\nRead by [[PERSON|Priya Sundaram]], MD`,
  ],
  [
    'imaging-report',
    `CT head (non-contrast) — [[PERSON|Doris Frogley]], [[AGE|94]], RIS [[MRN|RAD6810166]], NHS [[INSURANCE_ID|999 703 9572]]. Indication: fall, on apixaban. Small left frontal SDH, 6 mm, no shift of the midline; new since the CT of [[DATE|03/2024]]. Discussed with neurosurgical registrar Mr [[PERSON|Tobiloba Akinsola]] at 16:40.`,
  ],
  [
    'imaging-report',
    `Preparing for your MRI: remove all metal, including hairpins and hearing aids; tell the radiographer about any pacemaker, stent or implant; you may eat and drink as normal unless your letter says otherwise. The scan takes 20–40 minutes.`,
  ],
  [
    'prescription',
    `RX# [[MRN|6110340]]   [[PERSON|STĘPIEŃ, HENRYKA]]\n[[ADDRESS|88 PULASKI ST, NEW BRITAIN CT 06051]]\nWARFARIN 5MG TAB  #30  TAKE 1 TABLET BY MOUTH DAILY OR AS DIRECTED\nDR. [[PERSON|M. SHAMMAS]]   FILLED [[DATE|11/21/26]]   REFILLS: 2`,
  ],
  [
    'prescription',
    `TTO (controlled drug) — [[PERSON|Hubert Cattermull]], [[AGE|96]], hosp no [[MRN|J4332207]]. Morphine sulfate oral solution 10 mg/5 ml, 2.5–5 mg 2-hourly PRN, supply 100 ml (one hundred millilitres). Collected by grandson [[PERSON|Ollie Cattermull]], ID checked (passport [[PASSPORT|104544740]]). Pharmacist: [[PERSON|Nkechi Ibe]]. [[DATE|23/11/2026]]`,
  ],
  [
    'prescription',
    `How to take your antibiotic: finish the whole course even if you feel better, space the doses evenly through the day, and take it with food if it upsets your stomach. Do not drink alcohol with metronidazole.`,
  ],
  [
    'consent',
    `Consent for cardiac catheterization. Patient [[PERSON|Thanh Huong Phung]] (MRN [[MRN|82008510]]) consents through Vietnamese interpreter [[PERSON|Khoa Luu]]; witness [[PERSON|Bernadine Terpstra]], RN. Signed [[DATE|11/23/2026]] 07:45.`,
  ],
  [
    'consent',
    `Parent/guardian consent — HPV vaccine dose 2\nStudent: [[PERSON|Aaliyah Frasier-Izzard]], DOB [[DATE|5/17/2013]]\nParent: [[PERSON|Monique Frasier]], phone [[PHONE|(404) 555-0101]], email [[EMAIL|mfrasier@example.net]]\nPlan: Peach State Health Plan, ID [[INSURANCE_ID|5048680841]]\nSigned [[DATE|11/20/2026]]`,
  ],
  [
    'consent',
    `Section 47 certificate (Adults with Incapacity) — [[PERSON|Jessie Gilmour]], [[AGE|99]], CHI [[INSURANCE_ID|020827 8834]], [[ADDRESS|12 Brae Crescent, Peebles EH45 8JB]]. Treatment: IV antibiotics and PEG insertion. Welfare guardian: son-in-law [[PERSON|Alasdair Keiller]], tel [[PHONE|0131 496 0714]]. Certified by Dr [[PERSON|Ishbel Forsyth]], [[DATE|21/11/2026]].`,
  ],
  [
    'billing',
    `Patient statement — Acct # [[MRN|629136669]]   Statement date [[DATE|11/20/2026]]\nResponsible party: [[PERSON|Wendell Balderrama]]\nPatient: [[PERSON|Luz Balderrama]] (daughter)   DOS [[DATE|10/02/2026]]\n[[ADDRESS|PO Box 2281, Santa Fe, NM 87504]]\nBalance $412.60 — paid by Visa [[BANK_CARD|4507 7887 7418 3396]] on [[DATE|11/19/2026]]\nResponsible party SSN [[ID_CARD|987-65-4324]]`,
  ],
  [
    'billing',
    `INVOICE INV-26-3381\nBill to: Ms [[PERSON|Rosalind Quartermain]], [[ADDRESS|Flat 9, 114 Banbury Road, Oxford OX2 6JU]]\nInsurer: AXA Health, membership [[INSURANCE_ID|51138160]]\nConsultation (Mr [[PERSON|Vikram Johal]], hand surgery) [[DATE|17/11/2026]]  £250.00\nPaid: Mastercard [[BANK_CARD|5541 3002 9024 6593]]\nReceipt sent to [[EMAIL|r.quartermain@example.co.uk]]`,
  ],
  [
    'billing',
    `Tax invoice — day surgery | [[PERSON|Anh Thu Doan]] | account [[MRN|8960138]] | Bupa member [[INSURANCE_ID|55188365]] | Medicare [[INSURANCE_ID|3533 58759 8]] | cataract R eye [[DATE|19/11/2026]] | gap $480.00 paid by Amex [[BANK_CARD|3709 705274 07890]]`,
  ],
  [
    'online-consult',
    `[Telehealth chat]\n[[ACCOUNT|bluejay_1977]]: hi, still burning when I pee\nNP [[PERSON|Cassidy Dorn]]: Hi [[PERSON|Rhonda]], can you confirm your DOB?\n[[ACCOUNT|bluejay_1977]]: [[DATE|4/3/1977]]\nNP [[PERSON|Cassidy Dorn]]: Thanks. I'll send an antibiotic to the pharmacy on file.\nSession IP [[IP|198.51.100.222]]`,
  ],
  [
    'online-consult',
    `eConsult submitted [[DATE|22/11/2026]] 23:14\nName: [[PERSON|Jolyon Bellchambers]]   DOB [[DATE|30/07/1995]]   NHS [[INSURANCE_ID|999 895 7087]]\nNHS App user [[ACCOUNT|jbellchambers95]]   Email [[EMAIL|jolyonf@example.org.uk]]   IP [[IP|2001:db8:7c2::b4]]\nProblem: rash on chest for 10 days, not itchy. Photo attached.`,
  ],
  [
    'online-consult',
    `Online visit #[[MRN|OV-3109299]] | user [[ACCOUNT|h.papadim]] | patient [[PERSON|Helena Papadimitriou]], 33 | COVID-positive, asks about Paxlovid | video link sent: [[URL|https://visit.example.com/r/9TqW4]] | clinician [[PERSON|Oluwaseun Odukoya]], PA-C`,
  ],
  [
    'patient-message',
    `Dr. [[PERSON|Oftedahl]], my father [[PERSON|Arvid Bjornstad]] ([[AGE|93]]) saw you on [[DATE|Nov 18]]. Since the new metoprolol he's dizzy when he stands. His MRN is [[MRN|64672007]]. You can reach me at [[PHONE|(218) 555-0141]] or [[EMAIL|karin.bjornstad@example.com]]. Thanks, [[PERSON|Karin]]`,
  ],
  [
    'patient-message',
    `Subject: letter for travel insurance\nHi, I'm [[PERSON|Anjali Pannu]] (DOB [[DATE|11/09/1983]]). I'm flying to Amritsar on [[DATE|5 December]] and the insurer needs a letter saying my asthma is stable. My passport number is [[PASSPORT|516190829]] if you need it.\nThanks, [[PERSON|Anjali]]\n[[PHONE|07700 900217]]`,
  ],
  [
    'patient-message',
    `Feedback form — re my nan [[PERSON|Huia Hetaraka]], [[AGE|90]], ED on [[DATE|19 November]]. She waited 9 hours on a trolley. Her NHI is [[INSURANCE_ID|EPQ6894]]. Please reply to me, [[PERSON|Tia Hetaraka-Rewiti]], [[ADDRESS|5 Rimu Place, Hamilton 3204]], [[EMAIL|tia.hr@example.co.nz]].`,
  ],
  [
    'family-chat',
    `Sibs 💬\n[[PERSON|Gabi]]: Lita is in room [[MRN|522]] now, they moved her out of ICU\n[[PERSON|Nico]]: omw, parking in the Elm St garage\n[[PERSON|Gabi]]: she turned [[AGE|96]] in the ICU lol. Nurse [[PERSON|Yolanda]] says she can have jello\n[[PERSON|Nico]]: if security asks my plate is [[PLATE|8KXJ472]]`,
  ],
  [
    'family-chat',
    `Family ❤️\n[[PERSON|Bex]]: Grandad's op moved to Thursday [[DATE|26th]]\nUncle [[PERSON|Stu]]: which ward?\n[[PERSON|Bex]]: Ward 22, bay 4, bed [[MRN|2]]. Sister [[PERSON|Nevin]] said ring after 6\n[[PERSON|Jas]]: I'll take him in the Corsa, [[PLATE|LB19 XKT]]`,
  ],
  [
    'family-chat',
    `Cousins\n[[PERSON|Mireille]]: Mémère turns [[AGE|99]] on [[DATE|Dec 3]], the home says we can use the lounge\n[[PERSON|J-F]]: I'll bring the tourtière\n[[PERSON|Mireille]]: her nurse [[PERSON|Gurpreet]] says no candles lol\n[[PERSON|Étienne]]: @[[PERSON|J-F]] can you pick up Matante [[PERSON|Lise]] in Lévis? my van [[PLATE|K28 FHT]] is in the shop`,
  ],
  [
    'sms-reminder',
    `Hi [[PERSON|Priscilla]], your mammogram at Eastside Imaging is Mon [[DATE|11/30]] at 8:40am. Reply C to confirm. Reschedule: [[URL|https://appt.example.org/x/7Qm2]]`,
  ],
  [
    'sms-reminder',
    `NOTICE: Flu and COVID booster walk-in clinic every Saturday this month, 9am–1pm, Outpatients Hall B. Just walk in — please bring your vaccine record.`,
  ],
  [
    'sms-reminder',
    `Riverside Dental: Mr [[PERSON|Ugochukwu]], you're booked with hygienist [[PERSON|Tamsin]] on [[DATE|2 Dec]] at 15:10. Call 0117 496 0582 to change.`,
  ],
  [
    'diabetic-foot-clinic',
    `Foot care with diabetes: check both feet every day, using a mirror for the soles; never walk barefoot; cut nails straight across; see the foot team the same day if you notice redness, swelling or a new wound.`,
  ],
  [
    'diabetic-foot-clinic',
    `Diabetic Foot Clinic — [[PERSON|Lupe Tuimavave]], 61, MRN [[MRN|05415466]]. R plantar ulcer 2.1 × 1.4 cm, probe-to-bone negative. TCC applied [[DATE|11/20/2026]], change [[DATE|11/27/2026]]. HbA1c 9.4%. Wife [[PERSON|Sina]] does the dressings between visits. Wound RN [[PERSON|Adaeze Okpara]].`,
  ],
  [
    'diabetic-foot-clinic',
    `MDFT clinic | [[PERSON|Norman Haighton]] | [[AGE|92]] | NHS [[INSURANCE_ID|999 489 4854]] | [[ADDRESS|14 Cotton Street, Bolton BL1 4NS]] | L hallux amputation [[DATE|09/2026]], stump healed | orthotist [[PERSON|Saoirse Aughney]] | daughter [[PERSON|Janice]] present | next [[DATE|05/01/2027]]`,
  ],
  [
    'coeliac-clinic',
    `Coeliac annual review (dietitian) — [[PERSON|Isla Carmichael]], 14, CHI [[INSURANCE_ID|170612 2942]]. tTG 7 U/ml (128 at diagnosis, [[DATE|Mar 2025]]). Gluten-free prescription via community pharmacy. Mum [[PERSON|Ailsa]] asks about oats. Dietitian [[PERSON|Callum Geddes]].`,
  ],
  [
    'coeliac-clinic',
    `Coeliac clinic | [[PERSON|Matilda Takács]] | 35F | UR [[MRN|8516983]] | Medicare [[INSURANCE_ID|2129 13189 4]] | gastroscopy [[DATE|4/11/2026]]: Marsh 3a | HLA-DQ2.5 positive | sister [[PERSON|Kinga]] to be screened | [[PHONE|(02) 5550 3256]]`,
  ],
  [
    'coeliac-clinic',
    `Celiac Center intake — [[PERSON|Ezekiel Kreutzer]], 9, DOB [[DATE|02/11/2017]], MRN [[MRN|16598513]]. Mother [[PERSON|Rivka]], of [[ADDRESS|2290 Juniper Hollow Dr, Provo, UT 84604]], reports 3 kg weight loss since [[DATE|June]]. Anthem member ID [[INSURANCE_ID|XHB524862481]]. Dietitian visit [[DATE|12/04/2026]].`,
  ],
  [
    'osteoporosis-clinic',
    `Bone health clinic — [[PERSON|Constance Slingsby]], [[AGE|93]], NHS [[INSURANCE_ID|999 300 7323]]. T-score L-spine −3.1, FRAX major 38%. Romosozumab declined; start zoledronate [[DATE|8/12/2026]]. Son [[PERSON|Neville]] will bring her, mobile [[PHONE|07700 900610]].`,
  ],
  [
    'osteoporosis-clinic',
    `Fracture liaison follow-up: [[PERSON|Rosalinda Cabrera]], 77, MRN [[MRN|87528006]], MBI [[INSURANCE_ID|2Q39-U91-EY76]]. DXA [[DATE|11/16/2026]]: femoral neck T −2.7. Alendronate 70 mg weekly. Daughter [[PERSON|Marisela]] drives her. Next DXA [[DATE|11/2028]].`,
  ],
  [
    'osteoporosis-clinic',
    `Osteoporosis clinic, Hamilton ON. [[PERSON|Wilhelmina de Groot]], [[AGE|96]], OHIP [[INSURANCE_ID|1371-852-748]]. Denosumab every 6 months; last dose [[DATE|May 21, 2026]], next due [[DATE|Nov 21, 2026]] — overdue. Lives at [[ADDRESS|Apt 1204, 55 Hess St S, Hamilton ON L8P 4R8]]. Niece [[PERSON|Joke]] manages her medicines.`,
  ],
  [
    'interstitial-lung-disease-clinic',
    `Living with pulmonary fibrosis: pace yourself, use your oxygen as prescribed and never near flames or while anyone smokes; pulmonary rehab classes help breathlessness; tell us early about a cough that changes colour.`,
  ],
  [
    'interstitial-lung-disease-clinic',
    `ILD clinic — [[PERSON|Reuben Sepúlveda]], 74, MRN [[MRN|16034298]]. HRCT [[DATE|10/30/2026]] (Acc [[MRN|793944181]]): UIP pattern. FVC 58%, DLCO 39%. Start nintedanib 150 mg BID. Referred for lung transplant evaluation. Wife [[PERSON|Consuelo]] asked about pulmonary rehab.`,
  ],
  [
    'interstitial-lung-disease-clinic',
    `ILD MDM [[DATE|18/11/2026]] | [[PERSON|Bruce Horomona]] | [[AGE|90]] | NHI [[INSURANCE_ID|NAU6977]] | ex-boilermaker: asbestosis vs IPF | home O2 2 L via concentrator at [[ADDRESS|27 Tui Crescent, Whanganui 4500]] | resp physician Dr [[PERSON|Ravindra Panicker]] | CNS [[PERSON|Ruth Rangitutia]]`,
  ],
];

export function generateDeidHoldout35(): LabelledRecord[] {
  return holdoutRecords('h35', zh, en);
}

export const DEID_HOLDOUT_35_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/labelled/deid-holdout-35.jsonl',
);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const records = generateDeidHoldout35();
  writeFileSync(DEID_HOLDOUT_35_PATH, renderJsonl(records));
  console.log(`wrote ${records.length} records to ${DEID_HOLDOUT_35_PATH}`);
}
