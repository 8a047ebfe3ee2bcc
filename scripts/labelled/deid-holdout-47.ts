import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chi, hkid, luhn, medicare, nhi, nhs, nric, ohip, rid, spaced, twid } from './check-digits.ts';
import { holdoutRecords, type LabelledRecord, renderJsonl } from './generate-deid.ts';

/**
 * The ROUND-47 fresh held-out de-identification set (data/labelled/deid-holdout-47.jsonl): 120
 * hand-written snippets (60 Chinese, 60 English) with hand-placed spans, marked inline as [[TYPE|text]]
 * (parseMarked strips the marks and records UTF-16 offsets). Written by a separate, blind annotator who
 * did not read the recognizer code, the lexicons, the name model, the registry, the regex gate, the
 * bench or the docs, read no earlier snippet beyond the first three of round 45, and never ran a
 * recognizer, the guard or the CLI on these snippets; it must not be used to adjust the recognizers.
 *
 * About four fifths are the everyday documents of a general hospital and the messages of its patients
 * (admission, progress and discharge notes, outpatient notes and dialogues, referrals, handovers,
 * nursing notes, lab and imaging reports, prescriptions, consent, billing papers, online
 * consultations, patient messages, family chats and SMS reminders), in new wording; a fifth come from
 * four settings no earlier card names: lipoedema clinics, rotator cuff (shoulder) clinics, lead
 * poisoning clinics (children's and occupational) and smell and taste (olfactory) clinics.
 *
 * Identifiers are synthetic and computed below from hand-chosen parts: 18-digit resident IDs get their
 * GB 11643 check character from a region code, birth date and sequence chosen to agree with the text
 * (the last sequence digit odd for men, even for women); 15-digit IDs are typed from region code, birth
 * date and sex digit; bank cards and Ontario health numbers get a Luhn digit; NHS numbers are in the
 * 999 test range with their modulus-11 digit; the Scottish CHI number starts with the birth date and
 * carries its modulus-11 digit; Australian Medicare numbers get their check digit and an issue digit;
 * NZ NHIs and the Hong Kong identity card get their check characters; the Taiwan ID and the Singapore
 * NRIC get theirs from the two small builders below (check-digits.ts has none for them); the US MBIs
 * follow the published character pattern. Phones are random mainland numbers or fictional ranges
 * (North American 555-01xx, UK 07700 900xxx and 01632 960xxx, Australian 0491 57x xxx); mail and web
 * hosts are example.*; IP addresses come from the documentation ranges.
 *
 * Span conventions are those of data/labelled/deid-holdout-45.card.yaml (and the earlier cards it
 * refers to); the decisions new in this round are stated in data/labelled/deid-holdout-47.card.yaml.
 */

const zh: Array<[string, string]> = [
  [
    'admission',
    `【入院登记】心内科 | 住院号 [[MRN|XN26110847]] | 床位 [[MRN|15]]
患者：[[PERSON|蒋惠芬]]　女　[[AGE|93]]岁
证件：居民身份证 [[ID_CARD|${rid('320102', '19330412', '246')}]]
医保：[[INSURANCE_ID|32010093A7716025]]
入院时间：[[DATE|2026-11-24]] 09:15
住址：[[ADDRESS|南京市玄武区珠江路217号12栋604室]]
病情：反复胸闷气促3年，加重2天。BNP 4820pg/ml，NYHA Ⅳ级，双下肢凹陷性水肿。
紧急联系人：外孙 [[PERSON|顾予安]] [[PHONE|139-5183-4026]]`,
  ],
  [
    'admission',
    `入院记录（呼吸与危重症医学科）
[[PERSON|覃仕贵]]，男，土家族，78岁，因"咳嗽咳痰伴气喘加重5天"于[[DATE|2026年11月24日]]10时经门诊入院。住院号：[[MRN|0051872]]，[[MRN|9]]床。
旧版身份证：[[ID_CARD|422822480315271]]，患者称新证遗失，已嘱家属补办。
家住[[ADDRESS|湖北省恩施州建始县业州镇七里坪村二组35号]]。吸烟40包年。
查体：T 38.1℃，SpO2 89%，双肺可闻及湿啰音。CURB-65 1分。
陪护：儿媳[[PERSON|向春燕]]，[[PHONE|15271862390]]。`,
  ],
  [
    'admission',
    `儿科住院病历首页（摘录）
患儿姓名：[[PERSON|梁语桐]]（小名"[[PERSON|桐宝]]"）　性别：女　出生日期：[[DATE|2023年3月9日]]
住院号：[[MRN|EK2611392]]　就诊卡号：[[MRN|4401060092715]]
身份证号：[[ID_CARD|${rid('440106', '20230309', '082')}]]
入院诊断：热性惊厥（单纯型）；急性上呼吸道感染　体温39.4℃，惊厥持续约2分钟
父亲：[[PERSON|梁浩然]]，[[PHONE|138 2614 7705]]；母亲：[[PERSON|冼穗宁]]，[[PHONE|136 6031 2598]]
户籍地址：[[ADDRESS|广州市天河区天河北路615号侨林苑B座1103]]
入院日期：[[DATE|11月24日]]`,
  ],
  [
    'progress-note',
    `首次病程记录
[[DATE|2026-11-24]] 14:20
患者[[PERSON|邬建平]]，男，61岁，因"上腹痛2天"入院（住院号[[MRN|G2611-2074]]，[[MRN|31]]床）。血淀粉酶1480U/L，脂肪酶>3000U/L，甘油三酯11.6mmol/L，CT示急性水肿型胰腺炎（Balthazar C级）。
诊疗计划：禁食、补液、抑酸抑酶。上级医师[[PERSON|樊]]副主任医师查看患者后指示：监测腹内压，[[DATE|11月28日]]复查腹部CT。
血脂标本条码：[[MRN|2611246092]]
医师签名：[[PERSON|柯立群]]`,
  ],
  [
    'progress-note',
    `[[DATE|11/23]] 术后第1日病程
[[MRN|42]]床 [[PERSON|萨如拉图雅]]（蒙古族，女，45岁）腹腔镜胆囊切除术后，切口干燥，无发热，已排气，今日进流质。其丈夫[[PERSON|孟和巴雅尔]]询问出院时间，告知预计[[DATE|11月26日]]。
同室[[MRN|43]]床[[PERSON|邢桂枝]]今晨诉腹胀，另页记录。44床空。
病案号[[MRN|B0739158]]　记录：[[PERSON|阿茹罕]]`,
  ],
  [
    'progress-note',
    `查房记录　[[DATE|2026年11月24日]]
[[MRN|八]]床[[PERSON|甘素娥]]，女，[[AGE|九十二]]岁，左股骨转子间骨折PFNA术后第3天，夜间谵妄（CAM阳性）。老年科[[PERSON|闵晓东]]医师会诊：停用地西泮，睡前可予喹硫平12.5mg，日间增加活动。
女儿[[PERSON|甘丽华]]要求夜间陪护，已同意。住院号[[MRN|2026118840]]。`,
  ],
  [
    'discharge',
    `出院小结
姓名 [[PERSON|颜书伟]]｜性别 男｜年龄 57岁｜住院号 [[MRN|ZY00864213]]
入院 [[DATE|2026-11-13]]　出院 [[DATE|2026-11-24]]　共11天
诊断：1.急性前壁心肌梗死（PCI术后）2.高血压3级（很高危）
出院带药：阿司匹林100mg qd，替格瑞洛90mg bid，阿托伐他汀20mg qn
随访：[[DATE|12月8日]]心内科门诊（预约号[[MRN|YY2612080117]]），登记电话[[PHONE|18907315526]]
地址：[[ADDRESS|长沙市天心区书院路9号东方名苑3栋2单元1802]]`,
  ],
  [
    'discharge',
    `出院证明书
兹证明[[PERSON|尤晓雯]]（身份证号[[ID_CARD|${rid('350203', '19910726', '164')}]]）于[[DATE|2026年11月19日]]因"急性阑尾炎"入我院普外科，[[DATE|11月21日]]行腹腔镜阑尾切除术，[[DATE|2026年11月24日]]痊愈出院。建议休息两周，两周内避免剧烈运动。
住院号：[[MRN|XM-26-40871]]
经治医师：[[PERSON|鲍启航]]　科主任：[[PERSON|庞振东]]
（医院诊断证明专用章）`,
  ],
  [
    'discharge',
    `出院记录（台湾居民）
患者[[PERSON|蔡承翰]]，男，68岁，台湾身份证号[[ID_CARD|${twid('A', '12357190')}]]，台胞证号[[PASSPORT|10573964]]，因"脑梗死"住院，[[DATE|11月24日]]出院。mRS 2分。
住院号 [[MRN|SZ26114530]]
出院后由女儿[[PERSON|蔡宜蓁]]陪同返回[[ADDRESS|台北市大安区复兴南路一段287号5楼]]，嘱回台后于神经内科追踪，携带影像光盘（检查号[[MRN|CT20261117-0926]]）。
联系电话（台湾）：[[PHONE|0912-387-604]]`,
  ],
  [
    'outpatient',
    `皮肤科门诊录音转写
医生：老人家叫什么名字？
患者：[[PERSON|龚耀祖]]。
医生：今年多大了？
患者：[[AGE|九十一]]了。
医生：哪里不舒服？
患者：背上起了一片水泡，疼得睡不着，上礼拜四开始的。
医生：这是带状疱疹。有没有糖尿病？
儿子：有，一直吃二甲双胍，空腹血糖八点几。
医生：就诊卡号报一下。
儿子：[[MRN|0032 7716 4058]]。
医生：好，开伐昔洛韦，一次一克，一天三次，吃七天。[[DATE|12月1日]]来复诊。`,
  ],
  [
    'outpatient',
    `门诊病历　[[DATE|2026.11.24]]　内分泌科
姓名：[[PERSON|欧阳子墨]]　性别：男　年龄：14岁　门诊号：[[MRN|MZ11240562]]
主诉：多饮多尿1月，体重下降4kg。
随机血糖21.3mmol/L，HbA1c 11.2%，尿酮体2+，血气pH 7.31。
处理：收入院。母亲[[PERSON|沈蔓]]留邮箱[[EMAIL|shenman_0611@example.cn]]以接收糖尿病教育资料，电话[[PHONE|187-2105-6643]]。
医保卡号：[[INSURANCE_ID|31011421K3306517]]`,
  ],
  [
    'outpatient',
    `骨科门诊记录
[[PERSON|詹永福]]，男，49岁，货车司机，[[DATE|11月23日]]晚在高速服务区卸货时右踝扭伤。X线示右外踝骨折（Weber B型），无明显移位，予石膏托固定，6周后复查。
因保险理赔需要，患者提供车辆号牌[[PLATE|冀A·5R830]]及身份证[[ID_CARD|${rid('130102', '19770918', '573')}]]，要求诊断证明注明受伤时间。
门诊号[[MRN|GK-0193375]]；电话[[PHONE|173 3129 8806]]`,
  ],
  [
    'referral',
    `下转社区康复申请单
患者：[[PERSON|骆玉珍]]　女　74岁　身份证号 [[ID_CARD|${rid('510107', '19520809', '162')}]]
医保号 [[INSURANCE_ID|510100735822691]]
诊断：脑出血恢复期（左侧偏瘫），Brunnstrom Ⅲ期，Barthel指数45分。
原住院号：[[MRN|C0448276]]，住院期间[[DATE|2026-10-30]]至[[DATE|2026-11-24]]。
转入：玉林社区卫生服务中心康复站。
家庭地址：[[ADDRESS|成都市武侯区玉林北路2号附12号3单元5楼9号]]
家属：老伴[[PERSON|彭德全]]，[[PHONE|028-8551 2967]]
转诊医师：[[PERSON|褚晓岚]]`,
  ],
  [
    'referral',
    `院内会诊申请（急）　[[DATE|11月24日]]
申请科室：产科　被邀科室：心内科
[[MRN|5]]床[[PERSON|林婉如]]，32岁，孕34+2周，心悸伴气促2天，心电图示阵发性室上速，心率186次/分，血压102/64mmHg。
住院号[[MRN|FC26-05274]]，心电图号[[MRN|ECG2611240077]]
申请医师：[[PERSON|蓝宇]]　联系方式：科室分机8062`,
  ],
  [
    'referral',
    `转诊转院审批表
患者姓名：[[PERSON|吉克曲木]]（彝族）　性别：女　出生日期：[[DATE|1986年5月2日]]
身份证号：[[ID_CARD|${rid('513431', '19860502', '320')}]]
参保类型：城乡居民医保　个人编号：[[INSURANCE_ID|51343100917284]]
转出医院：昭觉县人民医院（住院号[[MRN|ZJ2611075]]）　转入：省级医院血液科
转诊原因：全血细胞减少待查，需骨髓穿刺。Hb 52g/L，PLT 18×10^9/L。
联系人：丈夫[[PERSON|阿苦日体]]，[[PHONE|182 8491 3360]]
家庭住址：[[ADDRESS|凉山州昭觉县四开乡好谷村3组12号]]`,
  ],
  [
    'handover',
    `夜班口头交班（录音整理）
"[[MRN|十二]]床[[PERSON|包]]……[[PERSON|包秀英]]，心衰，今天尿量一千二，呋塞米已经推过了，晚上再称一次体重。
[[MRN|十五]]床[[PERSON|郝建国]]，疝修补术后第一天，镇痛泵在用，疼痛评分三分。
十六床今天出院了，空着。
[[MRN|二十]]床那个[[PERSON|廖]]爷爷，[[AGE|九十六]]了，凌晨三点有点躁动，他儿子[[PERSON|廖新民]]留的电话是[[PHONE|一三八零七三一二六五九]]，有事打给他。"`,
  ],
  [
    'handover',
    `ICU护理交接班本　[[DATE|2026年11月24日]]　白班→夜班
床号 | 姓名 | 住院号 | 要点
[[MRN|ICU-3]] | [[PERSON|邵国梁]] | [[MRN|I26110382]] | 呼吸机SIMV，FiO2 40%，去甲肾上腺素0.08μg/kg/min
[[MRN|ICU-4]] | [[PERSON|阮碧云]] | [[MRN|I26110417]] | CRRT第2天，超滤量1800ml
ICU-5 | — | — | 空床，已终末消毒
[[MRN|ICU-6]] | [[PERSON|卓英杰]] | [[MRN|I26110455]] | 拔管后经鼻高流量，RASS 0
交班：[[PERSON|庄雪]]　接班：[[PERSON|聂沁瑶]]`,
  ],
  [
    'handover',
    `手术患者交接单
患者：[[PERSON|温子豪]]　男　8岁　住院号 [[MRN|P2611-3305]]
手术：腹腔镜疝囊高位结扎术　手术日期 [[DATE|2026-11-24]]
麻醉：全麻，术中出血约5ml，无特殊
交接物品：病历、影像片（检查号[[MRN|DR20261120118]]）、腕带
返回病房：[[MRN|18]]床
陪护家长：[[PERSON|温立诚]]（父）[[PHONE|186 2077 5403]]
手术室护士：[[PERSON|谷清和]]　病房护士：[[PERSON|柴静怡]]`,
  ],
  [
    'nursing-note',
    `护理记录单
[[DATE|11-24]] 10:00　[[MRN|7]]床[[PERSON|蓝凤娇]]，骶尾部压力性损伤3期，面积4.0×3.5cm，基底红色，渗液中量，予藻酸盐敷料覆盖。Braden评分10分，每2小时翻身一次。
[[DATE|11-24]] 16:00　儿子[[PERSON|黎振华]]学习翻身及气垫床使用方法，回示正确。
护士签名：[[PERSON|冯瑶]]`,
  ],
  [
    'nursing-note',
    `护理记录（内分泌科）
[[DATE|2026/11/24]] 09:30　[[MRN|22]]床[[PERSON|艾合买提·吐尔逊]]，男，66岁，维吾尔族，空腹血糖9.8mmol/L。由女儿[[PERSON|祖丽皮耶·艾合买提]]协助翻译，进行胰岛素笔注射教学，回示正确。
11:40　餐前血糖13.6mmol/L，遵医嘱门冬胰岛素6U皮下注射。
出院后居住地：[[ADDRESS|乌鲁木齐市天山区解放南路348号4号楼2单元501]]
责任护士：[[PERSON|马丽娟]]`,
  ],
  [
    'nursing-note',
    `"互联网+护理服务"上门记录
订单号：[[MRN|HL202611240366]]
服务对象：[[PERSON|戚长林]]，男，[[AGE|94]]岁，脑梗后长期卧床
上门地址：[[ADDRESS|天津市河西区友谊路37号增3号楼1门302]]
服务项目：更换导尿管（16Fr），尿液清亮，无出血，球囊注水10ml。
下单账号：[[ACCOUNT|qi_ruolan88]]（孙女[[PERSON|戚若岚]]）
护士：[[PERSON|孔令芳]]　到达 [[DATE|11月24日]] 14:05　离开 14:50`,
  ],
  [
    'lab-report',
    `检验报告单（生化）
姓名：[[PERSON|符海燕]]　性别：女　年龄：39岁　科别：肾内科　床号：[[MRN|11]]
病历号：[[MRN|0438921]]　标本号：[[MRN|S2611240513]]　标本类型：血清
项目　结果　参考范围
肌酐　186 μmol/L　41–73
尿素　12.4 mmol/L　2.6–7.5
eGFR　29 mL/min/1.73m²
钾　5.6 mmol/L　3.5–5.3
采样时间：[[DATE|2026-11-24]] 06:30　报告时间：[[DATE|2026-11-24]] 09:12
检验者：[[PERSON|严梓谦]]　审核者：[[PERSON|卢秋菊]]`,
  ],
  [
    'lab-report',
    `病理诊断报告
病理号：[[MRN|P26-19528]]
姓名：[[PERSON|郜曼菁]]　女　52岁　住院号：[[MRN|A0912736]]
送检科室：乳腺外科　送检医生：[[PERSON|揭志远]]
收到日期：[[DATE|2026年11月20日]]
肉眼所见：左乳肿物切除标本，大小3.2×2.6×2.0cm。
病理诊断：（左乳）浸润性导管癌，组织学Ⅱ级。ER（90%+），PR（60%+），HER-2（1+），Ki-67约20%。
报告医师：[[PERSON|阙书怡]]　报告日期：[[DATE|2026年11月24日]]`,
  ],
  [
    'lab-report',
    `粪便隐血检测采样须知
1. 采样前3天避免食用动物血、大量红肉及富含铁剂的食物。
2. 用采样棒在粪便表面不同部位刮取少量样本，放入采样管并拧紧。
3. 女性月经期间请暂缓采样。
4. 样本请于2小时内送到检验科窗口，超过时间需重新采样。`,
  ],
  [
    'imaging-report',
    `超声检查报告
检查号：[[MRN|US2611240208]]
姓名：[[PERSON|隋玉兰]]　性别：女　年龄：[[AGE|90]]岁　门诊号：[[MRN|M0077315]]
检查部位：双下肢深静脉
超声所见：左侧股总静脉至腘静脉管腔内见低回声充填，探头加压不能压闭，彩色血流充盈缺损。右侧未见异常。
超声提示：左下肢深静脉血栓形成（股总—腘静脉段）
检查医师：[[PERSON|滕若飞]]　日期：[[DATE|2026-11-24]]`,
  ],
  [
    'imaging-report',
    `磁共振检查报告单
影像号 [[MRN|MR0391457]]　登记号 [[MRN|DJ26112400471]]
患者 [[PERSON|晏鹏]]　男　35岁　住院号 [[MRN|Z7761825]]　床号 [[MRN|29]]
检查项目：右膝关节MRI平扫
所见：前交叉韧带连续性中断，内侧半月板后角见Ⅲ度信号，关节腔少量积液。
诊断：右膝前交叉韧带完全撕裂；内侧半月板后角撕裂。
报告医生 [[PERSON|韩冬青]]　审核 [[PERSON|伍德明]]　[[DATE|2026/11/24]]`,
  ],
  [
    'imaging-report',
    `数字X线摄影报告
检查号：[[MRN|DX0045821]]　姓名：[[PERSON|任嘉禾]]　性别：男　年龄：4岁
临床诊断：发热咳嗽5天
对比：[[DATE|2026-11-18]]旧片
所见：右下肺野见斑片状高密度影，边缘模糊，较前范围增大；心影不大，膈面光整。
印象：右下肺炎，较前进展。
报告医师：[[PERSON|谭]]（电子签名）`,
  ],
  [
    'prescription',
    `处方笺（普通）
费别：职工医保　医保卡号：[[INSURANCE_ID|4403020019482756]]
姓名：[[PERSON|方国栋]]　男　63岁　门诊号：[[MRN|0881472650]]　科别：心内科
临床诊断：高血压病；高脂血症
Rp：苯磺酸氨氯地平片 5mg×28片　5mg qd
　　阿托伐他汀钙片 20mg×14片　20mg qn
医师：[[PERSON|钱逸舟]]　审核药师：[[PERSON|丁冉]]　日期：[[DATE|2026-11-24]]
处方号：[[MRN|CF2611240833]]`,
  ],
  [
    'prescription',
    `儿科处方
[[PERSON|葛一诺]]，女，2岁3月，体重12kg，就诊卡号[[MRN|ER00631847]]
诊断：急性中耳炎（左）
阿莫西林克拉维酸钾干混悬剂 228.5mg　每次4ml　每日2次　×7天
布洛芬混悬液　每次4ml　发热时服用，间隔不少于6小时
家长：[[PERSON|葛峻熙]]　[[PHONE|150 1893 4702]]
开具日期：[[DATE|2026年11月24日]]　医师：[[PERSON|喻晴川]]`,
  ],
  [
    'prescription',
    `胰岛素笔使用提示
1. 未开封的笔芯放冰箱冷藏（2–8℃），不要冷冻；正在使用的笔常温保存，28天内用完。
2. 每次注射前更换针头，排气2个单位。
3. 注射部位在腹部、大腿外侧轮换，两次注射点间隔1厘米以上。
4. 出现心慌、出汗、手抖时立即测血糖，低于3.9mmol/L请吃15克糖。`,
  ],
  [
    'consent',
    `手术知情同意书
患者姓名：[[PERSON|汪振邦]]　性别：男　年龄：[[AGE|90]]岁　住院号：[[MRN|W2611-0528]]
拟行手术：经尿道前列腺电切术（TURP）
手术风险：出血、感染、尿失禁、电切综合征等（详见附页）。
患者视力差，委托代理人签署：
授权委托人：[[PERSON|汪立群]]（长子）　身份证号：[[ID_CARD|${rid('340104', '19630205', '417')}]]
联系电话：[[PHONE|0551-6588 3174]]
签署日期：[[DATE|2026年11月24日]]　谈话医师：[[PERSON|解远帆]]`,
  ],
  [
    'consent',
    `输血治疗知情同意书
受血者：[[PERSON|阎玉凤]]，女，[[AGE|九十三]]岁，身份证[[ID_CARD|150102331120402]]
血型：A型 Rh(+)；Hb 61g/L，拟输注悬浮红细胞2U。
患者本人签字困难，由女儿[[PERSON|阎淑蕴]]代签，代签人身份证[[ID_CARD|${rid('150102', '19600714', '226')}]]。
签字时间：[[DATE|2026-11-24]] 15:40
医师：[[PERSON|牛振江]]`,
  ],
  [
    'consent',
    `受试者知情同意书（签字页）
研究名称：某降压复方制剂随机对照研究（方案号XYZ-2026-03）
受试者筛选号：[[MRN|S-0147]]　随机号：[[MRN|R0392]]
受试者签名：[[PERSON|宫志刚]]　日期：[[DATE|2026年11月24日]]
联系电话：[[PHONE|135 0546 8817]]
公正见证人：[[PERSON|居佩琳]]
研究者签名：[[PERSON|聂鸿飞]]　日期：[[DATE|2026年11月24日]]`,
  ],
  [
    'billing',
    `住院费用结算单
结算单号：JS2611249021
姓名：[[PERSON|翁德福]]　住院号：[[MRN|H0073564]]　科室：泌尿外科
入院：[[DATE|2026-11-16]]　出院：[[DATE|2026-11-24]]
医保类型：职工医保　医保编号：[[INSURANCE_ID|33020019573381]]
总费用：18,426.50元　统筹支付：12,305.20元　个人自付：6,121.30元
预交金余额退至本人银行卡：[[BANK_CARD|${spaced(luhn('621226120201837'))}]]`,
  ],
  [
    'billing',
    `医疗收费电子票据（门诊）
票据代码：33060126　票据号码：0148823679
交款人：[[PERSON|卞春生]]　身份证号：[[ID_CARD|320583520416153]]
就诊卡号：[[MRN|0012 4476 0915]]
开票日期：[[DATE|2026-11-24]]
项目：CT平扫 420.00；血常规 25.00；C反应蛋白 40.00
合计：485.00元　医保统筹：0.00元`,
  ],
  [
    'billing',
    `商业医疗保险理赔申请书
被保险人：[[PERSON|谈思远]]　证件号码：[[ID_CARD|${rid('310115', '19880630', '215')}]]
保单号：[[INSURANCE_ID|P2026310015873642]]
出险日期：[[DATE|2026年11月2日]]　就诊医院住院号：[[MRN|SH26-508834]]
申请金额：9,870.00元
收款账户：[[BANK_CARD|${luhn('622848031104762')}]]　户名：[[PERSON|谈思远]]
联系地址：[[ADDRESS|上海市浦东新区张杨路1388弄7号1401室]]`,
  ],
  [
    'online-consult',
    `互联网医院图文问诊　问诊单号 [[MRN|WZ20261124-00719]]
[[ACCOUNT|暖阳向日葵_86]]：医生您好，我妈妈[[AGE|91]]岁，这两天血压180/100，吃了氨氯地平还是高。
[[PERSON|邝文杰]]医生：建议加用缬沙坦80mg，一周后复测。请填一下老人家的姓名和身份证号，便于开处方。
[[ACCOUNT|暖阳向日葵_86]]：[[PERSON|邹桂兰]]，[[ID_CARD|${rid('430103', '19350221', '148')}]]，药寄到[[ADDRESS|长沙市天心区劳动西路269号湘府苑2栋803]]
[[PERSON|邝文杰]]医生：处方已开，支付后药房配送。`,
  ],
  [
    'online-consult',
    `视频复诊系统日志
会话号：[[MRN|VC2611240045]]
患者：[[PERSON|隆海涛]]　复诊号：[[MRN|FZ0391726]]
[[DATE|2026-11-24]] 19:02:11 患者端登录 IP [[IP|203.0.113.241]]
[[DATE|2026-11-24]] 19:02:40 医生端（[[PERSON|池慕言]]）登录 IP [[IP|2001:db8:4e1::a7]]
19:18:05 会话结束，录像回放：[[URL|https://video.example.cn/replay/VC2611240045]]`,
  ],
  [
    'online-consult',
    `线上心理咨询预约（小程序）
咨询单号：[[MRN|XL-2611-0832]]
来访者昵称：[[ACCOUNT|鲸落深海]]　真实姓名：[[PERSON|时雨桐]]　年龄：19岁
微信号：[[ACCOUNT|shiyt_2007]]
紧急联系人：室友[[PERSON|童欣然]]　[[PHONE|199 8320 1476]]
预约时间：[[DATE|11月26日]] 20:00
主诉：失眠、情绪低落2个月，PHQ-9 16分，否认自伤念头。`,
  ],
  [
    'patient-message',
    `发件人：[[EMAIL|liuqingshan1962@example.com]]
收件人：病案室信箱
主题：父亲病历复印
您好！我父亲[[PERSON|柳德顺]]（住院号[[MRN|0827364]]）于[[DATE|10月15日]]在贵院去世，办理保险需要复印全部病历。我是他儿子[[PERSON|柳青山]]，身份证[[ID_CARD|${rid('210202', '19620917', '339')}]]。请问是否需要死亡医学证明原件？我目前在国外，能否凭护照（[[PASSPORT|EB7203416]]）委托办理？
电话 [[PHONE|0411-8276 5130]]`,
  ],
  [
    'patient-message',
    `【短信】[[PERSON|王]]医生您好，我是上周五做胃镜的[[PERSON|施雨萱]]，病理号[[MRN|BL26-11472]]，想问结果出来没有。我这周在外地出差，能不能把报告发到[[EMAIL|shiyx_work@example.net]]？麻烦您了！——[[PHONE|13761420985]]`,
  ],
  [
    'patient-message',
    `患者端留言（预约平台）
留言人：[[PERSON|包小蕾]]（患儿母亲）
孩子[[PERSON|包屹川]]，就诊卡[[MRN|JZ0739264]]，原约[[DATE|11月25日]]上午过敏门诊（预约号[[MRN|A11250061]]），因孩子发烧38.9℃想改到下周，请问还能改吗？过敏原检测需要停用氯雷他定几天？
回复请打[[PHONE|159-2064-7318]]`,
  ],
  [
    'family-chat',
    `群聊「三姐妹👭轮流陪妈」
[[PERSON|杜秀芹]]：今天我陪妈去复查，挂的[[PERSON|蒲]]主任的号，预约号[[MRN|YY0873]]
二妹：好，妈的医保卡在电视柜抽屉，卡号[[INSURANCE_ID|37010248166021]]
[[PERSON|杜秀芬]]：停车场满了，我车停路边，[[PLATE|鲁A·K7T62]]，被贴条了😭
[[PERSON|杜秀芹]]：😂医院在[[ADDRESS|济南市历下区文化西路107号]]，你导航到西门那边好停`,
  ],
  [
    'family-chat',
    `「老爸手术筹款」
老婆：押金还差两万，转你卡上了没？
[[PERSON|阿楷]]：转我工行卡[[BANK_CARD|${spaced(luhn('621226400207315'))}]]就行
小[[PERSON|敏]]：哥，我刚转了五千💪
[[PERSON|阿楷]]：收到。爸住院号[[MRN|T0473851]]，缴费窗口在一楼
[[PERSON|冉晓霜]]：我明天上午去陪床，[[MRN|26]]床对吧？`,
  ],
  [
    'family-chat',
    `家族群「爷爷回老家🏡」
大伯：爷爷出院证明拍一下，社区要登记
[[PERSON|邱振华]]：[图片] 爷爷旧身份证[[ID_CARD|450103420618137]]，出院日期[[DATE|11月24日]]
[[PERSON|栗栗]]：我开车去接，车牌[[PLATE|桂A·D39815]]，在住院部门口等
大伯：好，老家地址给司机：[[ADDRESS|南宁市武鸣区城厢镇东门街12号]]👍`,
  ],
  [
    'sms-reminder',
    `【预约提醒】[[PERSON|莫文斌]]先生，您预约的[[DATE|11月27日]]上午9:30胃肠镜检查（预约号[[MRN|WJ11270034]]），请于前一日晚8点后禁食，按说明服用泻药。检查地点：[[ADDRESS|南宁市青秀区桃源路6号门诊楼4楼]]。退订回T`,
  ],
  [
    'sms-reminder',
    `【儿童预防接种】[[PERSON|唐沐晴]]小朋友的家长您好，孩子（接种证号[[MRN|JZ4501030617]]）应于[[DATE|12月3日]]接种百白破第4剂，请携带接种证到社区门诊。接种记录查询：[[URL|https://ym.example.cn/q?jz=JZ4501030617]]`,
  ],
  [
    'sms-reminder',
    `【市妇幼保健院】12月起门诊午间不停诊，11:30–13:30开放儿科、产科普通号源；周末核酸与抽血窗口合并，请提前15分钟到达。`,
  ],
  [
    'lipoedema-clinic',
    `脂肪水肿专病门诊　初诊记录　[[DATE|2026-11-24]]
[[PERSON|聂嘉怡]]，女，34岁，门诊号[[MRN|ZF0026417]]
双下肢对称性脂肪堆积10年，青春期起病，足背不受累（"袖口征"阳性），按压痛明显，易出现瘀青。Stemmer征阴性，BMI 29.4，腰臀比0.78。
诊断：脂肪水肿（Ⅱ期），需与淋巴水肿鉴别，已预约淋巴核素显像（检查号[[MRN|NM2612010044]]）。
处理：定制平织压力袜（二级压力），手法淋巴引流每周2次，[[DATE|2027年2月]]复诊评估吸脂指征。
电话 [[PHONE|138 0171 6624]]；压力袜寄送：[[ADDRESS|北京市朝阳区望京西园三区312号楼2单元1506]]`,
  ],
  [
    'lipoedema-clinic',
    `整形外科入院记录（脂肪水肿吸脂术）
患者[[PERSON|闫若溪]]，女，41岁，身份证号[[ID_CARD|${rid('140105', '19850313', '268')}]]，住院号[[MRN|ZX26-1187]]，于[[DATE|2026年11月24日]]入院。
脂肪水肿Ⅲ期，双大腿内侧及膝内侧脂肪垫明显，已穿戴压力裤18个月无改善。拟[[DATE|11月26日]]行双下肢水动力辅助吸脂术，预计抽吸量约4000ml。
既往：甲状腺功能减退，左甲状腺素50μg qd。
联系人：丈夫[[PERSON|秦砚舟]]，[[PHONE|139 3418 0527]]；现住[[ADDRESS|太原市小店区平阳路南一巷9号2单元701]]`,
  ],
  [
    'lipoedema-clinic',
    `脂肪水肿患者日常须知
· 脂肪水肿不是单纯肥胖，节食很难让腿部脂肪减少，但控制体重可以减轻症状。
· 压力袜早晨起床后穿、睡前脱，每6个月更换一次。
· 游泳、水中步行和骑车对关节负担小，建议每周3次以上。
· 腿部突然红肿热痛，或一侧明显粗于另一侧，请及时就诊。`,
  ],
  [
    'rotator-cuff-clinic',
    `肩关节专病门诊（肩袖损伤）
[[PERSON|邰国庆]]，男，58岁，门诊号[[MRN|JG2611-0715]]，医保卡号[[INSURANCE_ID|37020037H5519246]]
右肩疼痛、夜间痛加重半年，抬臂无力。查体：Jobe试验（+），落臂试验（+），外旋肌力4级，VAS 6分，ASES评分42分。
MRI（影像号[[MRN|MR2611184327]]，[[DATE|2026-11-18]]）：冈上肌腱全层撕裂，回缩约2.1cm，Goutallier 1级，肩峰Bigliani Ⅱ型。
建议：[[DATE|12月上旬]]行关节镜下肩袖修补术，先行术前检查。
电话[[PHONE|153 0532 7461]]；住址[[ADDRESS|青岛市市北区辽宁路146号乙5号楼2单元301户]]`,
  ],
  [
    'rotator-cuff-clinic',
    `肩关节镜手术知情同意书
患者：[[PERSON|米淑贤]]　女　[[AGE|九十]]岁　住院号[[MRN|GK26-11746]]　床号[[MRN|38]]
诊断：左肩袖巨大撕裂（冈上肌、冈下肌），假性麻痹
拟行手术：关节镜下清理＋肱二头肌长头腱切断术（巨大撕裂不可修复，以缓解疼痛为目的），拟于[[DATE|2026年11月26日]]施行，术后颈腕吊带2周。
患者听力差，委托女儿签署：
委托人：[[PERSON|米兰英]]　身份证号：[[ID_CARD|${rid('120103', '19601029', '084')}]]
电话：[[PHONE|022-2351 6078]]　住址：[[ADDRESS|天津市河西区小海地津塘路39号瑞江花园11-3-502]]
谈话医师：[[PERSON|阚东升]]　日期：[[DATE|2026-11-24]]`,
  ],
  [
    'rotator-cuff-clinic',
    `肩袖修补术后随访卡
姓名：[[PERSON|詹秋红]]　手术日期：[[DATE|2026年10月13日]]（右肩关节镜下双排缝合桥修补）
随访号：[[MRN|SX-RC-0874]]
术后6周：被动前屈140°，外旋40°，可去支具开始主动辅助活动。
下次复查：[[DATE|12月8日]]上午，康复科三楼，地址[[ADDRESS|福州市鼓楼区杨桥东路18号门诊楼]]
家庭住址：[[ADDRESS|福州市晋安区岳峰镇竹屿路6号东二环泰禾广场8号楼1703]]
联系人：丈夫[[PERSON|吕明辉]]　[[PHONE|189 5013 2276]]`,
  ],
  [
    'lead-poisoning-clinic',
    `儿童铅中毒专科门诊
姓名：[[PERSON|郁浩宇]]　男　3岁8月　门诊号[[MRN|QZ-0311872]]　身份证号[[ID_CARD|${rid('431002', '20230315', '017')}]]
静脉血铅：480μg/L（[[DATE|2026-11-20]]），末梢血铅复测452μg/L。
诊断：儿童重度铅中毒。Hb 96g/L，小细胞低色素性贫血。
暴露调查：家住电池回收作坊旁，外婆常用锡壶温酒。住址：[[ADDRESS|郴州市北湖区华塘镇吴山村6组22号]]
处理：收入院行二巯丁二酸驱铅治疗，[[DATE|11月26日]]复查血铅；告知区疾控中心，同住儿童[[PERSON|郁浩然]]（5岁）需同时筛查。
父亲：[[PERSON|郁建军]]　[[PHONE|155 7353 0216]]`,
  ],
  [
    'lead-poisoning-clinic',
    `职业病科入院记录
[[PERSON|单砚峰]]，男，46岁，某蓄电池厂铅粉车间工人，工龄12年。工号（职工档案号）不录入病历。
身份证号：[[ID_CARD|${rid('321002', '19800723', '439')}]]
工伤保险编号：[[INSURANCE_ID|GS3210020738166]]
入院日期：[[DATE|2026年11月24日]]　住院号：[[MRN|ZYB2611-146]]
主诉：反复腹部绞痛、乏力2月。血铅3.1μmol/L，尿铅0.42mg/L，ZPP升高，牙龈铅线可见。
拟予依地酸钙钠1.0g静滴，3天为一疗程。
家属：妻子[[PERSON|冷秋月]]，[[PHONE|0514-8792 6403]]；住[[ADDRESS|扬州市广陵区汤汪乡沙北村南苑18号]]`,
  ],
  [
    'lead-poisoning-clinic',
    `预防儿童铅暴露，家长可以这样做
1. 孩子饭前、睡前要洗手，勤剪指甲。
2. 不要让孩子啃咬油漆玩具和铅笔外皮；少吃皮蛋、爆米花机做的爆米花。
3. 家里有人在冶炼、电池、印刷行业工作，下班后先换衣洗澡再抱孩子。
4. 血铅≥100μg/L请到儿童保健科复查，≥450μg/L需住院驱铅。`,
  ],
  [
    'olfactory-clinic',
    `嗅觉障碍门诊记录　[[DATE|2026-11-24]]
[[PERSON|柏文轩]]，男，38岁，门诊号[[MRN|XJ2611638]]，厨师。
主诉：病毒感染后嗅觉减退8个月，近3个月闻到食物有"烧焦橡胶味"（嗅觉倒错）。
Sniffin' Sticks检测：T 4.5，D 8，I 6，TDI总分18.5（嗅觉减退）。鼻内镜未见新生物，鼻窦CT（影像号[[MRN|CT0662815]]）正常。
处理：嗅觉训练（玫瑰、柠檬、丁香、桉叶）每日两次，共12周；[[DATE|2027年2月23日]]复测。
单位地址：[[ADDRESS|杭州市上城区河坊街117号]]，电话[[PHONE|0571-8703 2246]]`,
  ],
  [
    'olfactory-clinic',
    `嗅觉训练线上随访（第4周）
随访号：[[MRN|XF-0471]]
[[ACCOUNT|桂花糕不甜]]：医生，今天柠檬那瓶好像能闻出一点了，玫瑰还是没感觉。
[[PERSON|储]]医生：很好，这是恢复的迹象。每瓶闻10秒，间隔10秒，早晚各一次。
[[ACCOUNT|桂花糕不甜]]：好的。实名是[[PERSON|阮心怡]]，复查能约[[DATE|12月22日]]吗？
[[PERSON|储]]医生：已为你预约，预约号[[MRN|YY1222-0036]]。`,
  ],
  [
    'olfactory-clinic',
    `嗅觉功能伤残鉴定申请（外伤后）
被鉴定人：[[PERSON|景德宝]]　男　52岁　身份证号[[ID_CARD|${rid('230103', '19740108', '395')}]]
受伤经过：[[DATE|2026年5月17日]]在工地被钢管砸伤枕部，CT示右额叶挫伤、前颅底骨折。
伤后嗅觉完全丧失，嗅觉事件相关电位（检查号[[MRN|OERP-26-0193]]）未引出。
委托人：[[PERSON|景晓燕]]（女儿），[[PHONE|138 4510 9927]]
通讯地址：[[ADDRESS|哈尔滨市南岗区西大直街301号院5栋3单元602]]
原住院号：[[MRN|HEB0517362]]`,
  ],
];

const en: Array<[string, string]> = [
  [
    'admission',
    `ACUTE MEDICAL UNIT — CLERKING
Name: [[PERSON|Winifred Aske]]   Age: [[AGE|94]]   Hosp no: [[MRN|RK4462159]]   NHS: [[INSURANCE_ID|${nhs('316504')}]]
Admitted [[DATE|24/11/2026]] 02:40 via ED, bed [[MRN|17]] (Ward 9)
PC: found on floor by carer this morning, long lie ~6 h. CK 4,380, creatinine 162, Na 148.
Lives alone at [[ADDRESS|Flat 3, Lowther Court, 41 Queen's Road, Penrith CA11 7TB]], care x2 daily.
NOK: nephew [[PERSON|Graham Aske]], [[PHONE|07700 900936]]. Clerked by Dr [[PERSON|Olumide]] (FY1).`,
  ],
  [
    'admission',
    `H&P — Hospital Medicine
Pt: [[PERSON|Delbert Huckaby]] | DOB [[DATE|03/14/1951]] | MRN [[MRN|40071593]] | CSN [[MRN|880216644]]
Admit date: [[DATE|11/24/2026]]
CC: "my sugar's been running high and I can't keep anything down"
HPI: 75M with T2DM, DKA (glucose 612, AG 28, bicarb 9). Lives with wife [[PERSON|Loretta]] at [[ADDRESS|2217 Maple Hollow Rd, Chillicothe, OH 45601]].
Insurance: Medicare MBI [[INSURANCE_ID|3HX7-PW2-RK58]]
Contact: wife [[PHONE|(740) 555-0163]]`,
  ],
  [
    'admission',
    `ADMISSION NOTE — General Medicine, Ward 64
Patient: [[PERSON|Ong Lay Hoon]] (Hokkien-speaking; daughter interprets)   NRIC: [[ID_CARD|${nric('S', '1208371')}]]
Age 84, F. Case no. [[MRN|26-0471538]], bed [[MRN|64-12]]
Admitted [[DATE|24 Nov 2026]] for community-acquired pneumonia, CURB-65 3.
Address: [[ADDRESS|Blk 418 Ang Mo Kio Avenue 10, #07-1146, Singapore 560418]]
Daughter: [[PERSON|Teo Bee Leng]] (Mdm), [[PHONE|9176 4028]]`,
  ],
  [
    'progress-note',
    `MICU Progress Note — HD 4 — [[DATE|11/24/2026]]
[[PERSON|Jolene Prewitt]], 58F, MRN [[MRN|5529013]], bed [[MRN|MICU-11]]
S: sedated, RASS −1. Overnight desat to 84% on suction, recovered.
O: Tmax 100.9°F, MAP 68 on norepi 0.04, FiO2 45%/PEEP 10, P/F 168. Lactate 2.1 → 1.4.
A/P: ARDS 2/2 influenza A. Cont. oseltamivir day 4/5. SBT if FiO2 ≤40%.
Discussed with husband [[PERSON|Ray]] by phone ([[PHONE|(502) 555-0149]]). — [[PERSON|K. Nwachukwu]], MD`,
  ],
  [
    'progress-note',
    `Surgical ward round, Tues [[DATE|24.11.26]]
Bed [[MRN|6]] — Mr [[PERSON|Alastair Pennycook]], day 2 post lap right hemicolectomy. Passing flatus, pain 2/10 on oral analgesia. Drain 40 ml serous — remove. Hb 118.
Bed 7 — empty.
Bed [[MRN|8]] — Mrs [[PERSON|Tegan Rhys-Morgan]], [[AGE|91]], conservative mx of diverticular abscess (3.4 cm). CRP 188 → 121. Continue co-amoxiclav, repeat CT [[DATE|27/11]].
Round led by Mr [[PERSON|Fairbairn]]; notes [[PERSON|E. Gakuru]] (SpR).`,
  ],
  [
    'progress-note',
    `Rehab progress note — Ward 3 South — [[DATE|24/11/2026]]
[[PERSON|Ngaire Tumataroa]], 79F, UR [[MRN|0781164]], Medicare [[INSURANCE_ID|${medicare('29514073', '2')}]]
Day 10 post right TKR. ROM 5–92°, walking 60 m with 4WW. FIM 98.
Family meeting with son [[PERSON|Wiremu]] and daughter-in-law [[PERSON|Stacey Tumataroa]]: plan home [[DATE|28/11]] with HITH physio.
Home: [[ADDRESS|14 Banksia Crescent, Wodonga VIC 3690]]`,
  ],
  [
    'discharge',
    `Discharge summary to GP
Patient: [[PERSON|Hamish Dunbar-Leith]]  DOB [[DATE|19/09/1948]]  CHI [[INSURANCE_ID|${chi('190948', '235')}]]
Admitted [[DATE|17/11/2026]], discharged [[DATE|24/11/2026]], Ward 202.
Diagnosis: NSTEMI; new HFrEF (EF 35%).
Meds changed: START bisoprolol 1.25 mg, ramipril 1.25 mg, dapagliflozin 10 mg. STOP amlodipine.
Address: [[ADDRESS|22 Craiglockhart Terrace, Edinburgh EH14 1AJ]]
GP: Dr [[PERSON|Isobel Farquharson]], Morningside Medical Practice.`,
  ],
  [
    'discharge',
    `AFTER VISIT / DISCHARGE INSTRUCTIONS
Patient: [[PERSON|Mateo Quintanilla]]   Age: 6   MRN: [[MRN|PC-3317604]]   Discharged: [[DATE|Nov 24, 2026]]
Reason for stay: asthma exacerbation. Leave with albuterol HFA 4 puffs q4h while awake for 2 days, then as needed; dexamethasone second dose given today.
Follow up with Dr. [[PERSON|Amara Celestine]] on [[DATE|Dec 1]].
Results will post to the patient portal — parent login: [[ACCOUNT|yquintanilla84]]
Questions: mom [[PERSON|Yesenia Quintanilla]], [[PHONE|(915) 555-0178]]`,
  ],
  [
    'discharge',
    `DISCHARGE SUMMARY — Medical Assessment Unit
Name: [[PERSON|Siobhán Ní Fhlannagáin]]   MRN [[MRN|M0294471]]   DOB [[DATE|02/02/1967]]
Medical card no. [[INSURANCE_ID|5810443TA]]
Admitted [[DATE|21/11/2026]] with pyelonephritis (E. coli, ESBL-negative); discharged [[DATE|24/11/2026]].
Discharge meds: cefalexin 500 mg TDS to complete 10 days.
Home: [[ADDRESS|Apt 12, Cois Abhann, Dublin Road, Athlone, Co. Westmeath N37 X2F6]]
GP copy to Dr [[PERSON|Ruairí Mac Giolla]].`,
  ],
  [
    'outpatient',
    `Memory clinic — transcript excerpt
CLINICIAN: Can you tell me your full name?
PATIENT: [[PERSON|Ernest Cuthbertson]].
CLINICIAN: And your date of birth?
PATIENT: [[DATE|Fourth of June, nineteen thirty-two]].
CLINICIAN: So that makes you…?
PATIENT: [[AGE|Ninety-four]]. My daughter [[PERSON|Hilary]] keeps telling me.
CLINICIAN: And where do you live?
PATIENT: [[ADDRESS|Forty-two Elm Grove, Harrogate]]. Been there since the war.
DAUGHTER: He gets lost driving to the shops now. ACE-III 71 last time, 64 today.
CLINICIAN: We'll request an MRI, reference [[MRN|MRI-5508127]].`,
  ],
  [
    'outpatient',
    `Rheumatology clinic note
[[DATE|11/24/2026]] | [[PERSON|Priyanka Raghunathan]] | 44F | MRN [[MRN|7713045]]
Insurance: Aetna member ID [[INSURANCE_ID|W284619375]]
RA on methotrexate 20 mg weekly + HCQ 200 mg bid. DAS28-ESR 4.6. Hand XR erosions at MCP2.
Plan: add adalimumab 40 mg q2w pending prior auth; QuantiFERON and HBV serology today (accession [[MRN|L26-4481907]]).
Pt email for forms: [[EMAIL|priya.r.raghu@example.com]]`,
  ],
  [
    'outpatient',
    `Diabetes outpatient review — [[DATE|24/11/2026]]
[[PERSON|Losaline Fifita]], 52F, NHI [[INSURANCE_ID|${nhi('ZKT', '573')}]]
HbA1c 78 mmol/mol (was 91). On metformin 1 g BD, empagliflozin 25 mg. Retinal screen due.
Came with her cousin [[PERSON|ʻAna Taufa]], who interprets Tongan.
Address: [[ADDRESS|3/27 Bader Drive, Māngere, Auckland 2022]]   Mobile [[PHONE|021 784 3306]]`,
  ],
  [
    'referral',
    `Referral — Community Physiotherapy (MSK)
Referrer: Dr [[PERSON|Naveed Qureshi]], Elmfield Surgery
Patient: [[PERSON|Courtney Pilbeam]], DOB [[DATE|11/07/1989]], NHS [[INSURANCE_ID|${nhs('482713')}]]
Address: [[ADDRESS|7 Tannery Yard, Frome BA11 1HG]]
Tel: [[PHONE|07700 900753]]
Reason: 8/12 left lateral epicondylalgia, failed rest and NSAIDs. Works as a barista.
Urgency: routine. Interpreter: no.`,
  ],
  [
    'referral',
    `REFERRAL / CONSULT REQUEST — Gastroenterology
Date: [[DATE|11/24/2026]]   Fax to: [[PHONE|(612) 555-0197]]
Patient: [[PERSON|Torvald Engebretsen]]   DOB [[DATE|08/30/1960]]   MRN [[MRN|FV-2093376]]
Insurance: BCBS MN subscriber ID [[INSURANCE_ID|XZM883215407]]
Reason: iron-deficiency anemia (Hgb 9.4, ferritin 6), positive FIT. Request EGD/colonoscopy.
Patient phone [[PHONE|(651) 555-0138]]. Referring: [[PERSON|Marit Solberg]], PA-C`,
  ],
  [
    'referral',
    `Referral letter — Specialist Outpatient Clinic (Cardiology)
Patient: [[PERSON|CHEUNG Kwok-wing]] ([[PERSON|Kenneth]]), M, 67
HKID: [[ID_CARD|${hkid('K', '380251')}]]   Hospital no. [[MRN|HN26091734]]
Address: [[ADDRESS|Flat C, 15/F, Block 2, Kornhill Gardens, 1 Hong Shing Street, Quarry Bay]]
Exertional chest tightness x 3 months; ETT positive at stage 2. Please assess for coronary angiogram.
Contact: wife [[PERSON|Lau Mei-ling]], [[PHONE|9437 2160]]`,
  ],
  [
    'handover',
    `Night handover (dictated, transcribed as spoken)
"Right, bay two. Bed [[MRN|nine]] is Mrs [[PERSON|Hol]]— sorry, [[PERSON|Brenda Holloway]], she's the query PE, CTPA booked for the morning, on treatment-dose enoxaparin.
Bed [[MRN|ten]], [[PERSON|Dennis Achterberg]], [[AGE|ninety-two]], alcohol withdrawal, CIWA was fourteen at ten p.m., had chlordiazepoxide twenty.
Bed eleven's empty, bed [[MRN|twelve]] [[PERSON|Yusuf Karaağaç]], DNACPR in place, son [[PERSON|Kerem]] is coming in first thing."`,
  ],
  [
    'handover',
    `SBAR — phone call to on-call registrar, [[DATE|24/11/2026]] 03:15
S: [[PERSON|Oksana Voloshchuk]], bed [[MRN|C4]], Ward 27, hospital no. [[MRN|T3093851]] — new fast AF, HR 156, BP 94/60.
B: day 3 post oesophagectomy; registered with Ukrainian passport [[PASSPORT|FE184302]]; interpreter (Ukrainian) via phone line, ID quoted as [[PERSON|Taras]].
A: NEWS2 7, K 3.3, Mg 0.6, lactate 2.4.
R: please review within 30 min. Caller: Staff Nurse [[PERSON|Okafor]]`,
  ],
  [
    'handover',
    `Ward 4B — nursing handover sheet — Tue [[DATE|24 Nov]] (late → night)
Rm | Patient | Age | Issues
[[MRN|401]] | [[PERSON|PARKINSON, Gwendolyn]] | [[AGE|90]] | hip # D1 post-DHS; catheter; Hb 86 → repeat FBC 06:00
402 | — | — | empty, deep clean
[[MRN|403]] | [[PERSON|Moses Kiprotich]] | 37 | cellulitis L leg, IV fluclox; line site red
[[MRN|404]] | [[PERSON|Lorna Beattie]] | 68 | day 1 post TKR, PCA, NEWS 2
Nurse in charge: [[PERSON|Ifeoma]]`,
  ],
  [
    'nursing-note',
    `Nursing note — Fall — [[DATE|11/24/2026]] 05:50
Called to room [[MRN|518]]: pt [[PERSON|Ruthanne Sizemore]], [[AGE|95]]F, found seated on floor beside bed, bed alarm sounded. No head strike per pt. Neuro checks intact, BG 142. Small skin tear L forearm 2 cm, Steri-Strips applied.
Charge RN and MD (Dr. [[PERSON|Vang]]) notified. Daughter [[PERSON|Charlene Sizemore]] informed at [[PHONE|(606) 555-0181]].
MRN [[MRN|1100458732]]. — [[PERSON|T. Begay]], RN`,
  ],
  [
    'nursing-note',
    `District nursing visit — [[DATE|24/11/26]]
Patient: [[PERSON|Morwenna Trebilcock]], [[AGE|97]], NHS [[INSURANCE_ID|${nhs('607391')}]]
Visit address: [[ADDRESS|Chy-an-Dowr, 3 Fore Street, St Just, Penzance TR19 7LL]] (key safe code held by team)
Venous leg ulcer R gaiter 5.2 × 3.8 cm, reduced slough. Cleaned, Aquacel Ag, two-layer compression. ABPI 0.92 last month.
Next visit [[DATE|27/11/26]]. Visiting nurse: [[PERSON|Keziah Pascoe]]`,
  ],
  [
    'nursing-note',
    `Residential aged care — progress notes
[[DATE|24/11/2026]] 14:00 Resident [[PERSON|Bruno Castellano]] ([[AGE|93]]), room [[MRN|B17]], refused lunch again. Wt 58.1 kg (−2.4 kg in 4 weeks). Referred to dietitian; GP Dr [[PERSON|Lam]] to review.
Daughter [[PERSON|Franca]] phoned ([[PHONE|(02) 5550 7314]]) — will bring in Italian food from home on weekends.
Medicare [[INSURANCE_ID|${medicare('42781036', '1')}]]. — [[PERSON|Rhiannon]], EN`,
  ],
  [
    'lab-report',
    `LABORATORY REPORT
Patient: [[PERSON|ABERNATHY, Clement J]]   DOB: [[DATE|05/22/1979]]   MRN: [[MRN|62230917]]
Accession: [[MRN|C26-328-00417]]   Collected: [[DATE|11/24/2026]] 07:12
Ordering: [[PERSON|Sunita Bhatt]], MD
Test            Result   Flag   Ref range
Sodium          129      L      135–145
Potassium       5.9      H      3.5–5.1
Cortisol (AM)   2.1      L      5–23 ug/dL
ACTH            412      H      7–63 pg/mL
Comment: called to RN [[PERSON|Delacour]] 08:40.`,
  ],
  [
    'lab-report',
    `HISTOPATHOLOGY
Lab no: [[MRN|H26/19044]]   Hosp no: [[MRN|D4471068]]
Patient: [[PERSON|Gareth Llewellyn-Pugh]]   DOB: [[DATE|14/03/1958]]
Specimen: prostate biopsies, 12 cores (received [[DATE|20/11/2026]])
Microscopy: acinar adenocarcinoma in 5 of 12 cores, Gleason 3+4=7 (Grade Group 2), max core length 6 mm; no perineural invasion.
Reported by Dr [[PERSON|Aneurin Vaughan]], [[DATE|24/11/2026]]`,
  ],
  [
    'lab-report',
    `Collecting a stool sample — what to do
Use the clean pot and scoop from the kit; do not take the sample from the toilet water.
Fill the pot about a third full, close the lid tightly and put it in the bag provided.
Write your name and date of birth on the pot label yourself.
Bring it to the pathology desk on the same day; keep it in a cool place until then.`,
  ],
  [
    'imaging-report',
    `CT ABDOMEN/PELVIS WITH CONTRAST
Patient: [[PERSON|Harriet Oyelaran-Pike]]   MRN [[MRN|0936507]]   Accession [[MRN|CT26-8830214]]
Exam date: [[DATE|11/24/2026]]
Indication: RLQ pain, WBC 16.2.
Findings: dilated appendix 12 mm with periappendiceal fat stranding and a 7 mm appendicolith. No abscess. Liver, spleen normal.
Impression: acute uncomplicated appendicitis. Findings discussed with Dr. [[PERSON|Iwu]] at 14:22.
Radiologist: [[PERSON|Benedikt Strauss]], MD`,
  ],
  [
    'imaging-report',
    `Ultrasound — renal tract
Name: [[PERSON|Aroha Paewai]]   NHI: [[INSURANCE_ID|${nhi('PQR', '318')}]]   Acc. no: [[MRN|US2611246031]]
Date: [[DATE|24/11/2026]]
Right kidney 11.2 cm, left 10.8 cm. Moderate left hydronephrosis with a 9 mm calculus at the left PUJ. Bladder empty.
Comparison: [[DATE|08/2025]] — new.
Reported: Dr [[PERSON|Hemi Rangitoheriri]]`,
  ],
  [
    'imaging-report',
    `DIAGNOSTIC IMAGING REPORT — Chest X-ray PA/lateral
[[PERSON|Étienne Bouchard-Lafleur]]   OHIP [[INSURANCE_ID|${ohip('582703164')}]]-PR   DOB [[DATE|1943-10-05]]
Exam: [[DATE|2026-11-24]]   Accession: [[MRN|XR-77204513]]
Hyperinflated lungs. New 2.8 cm spiculated nodule right upper lobe. Recommend CT chest.
Referring: Dr [[PERSON|Rana Abou-Chedid]], phone [[PHONE|(613) 555-0174]]`,
  ],
  [
    'prescription',
    `RIVERBEND PHARMACY  Rx# [[MRN|6624137]]
[[PERSON|OKONKWO-BELL, DARIUS]]
[[ADDRESS|1903 Harlan St Apt 2B, Macon, GA 31204]]
APIXABAN 5 MG TAB   #60
Take 1 tablet by mouth twice daily
Dr. [[PERSON|Felicity Ambrose]]   Refills: 5   Filled: [[DATE|11/24/26]]
DOB [[DATE|07/09/1972]]`,
  ],
  [
    'prescription',
    `Hospital discharge prescription (TTO)
Patient: [[PERSON|Nasreen Akhtar]]   Hosp no: [[MRN|B6628317]]   NHS: [[INSURANCE_ID|${nhs('153870')}]]
DOB: [[DATE|30/04/1985]]   Weight 64 kg   Allergies: penicillin (rash)
1. Clarithromycin 500 mg BD — 5 days
2. Prednisolone 30 mg OD — 5 days
3. Salbutamol 100 mcg inhaler 2 puffs PRN
Prescriber: Dr [[PERSON|Tobias Wren]]; pharmacist screen: [[PERSON|Saanvi Mehta]], [[DATE|24/11/2026]]`,
  ],
  [
    'prescription',
    `PBS PRESCRIPTION
Patient: [[PERSON|Declan O'Rourke-Nguyen]]
Medicare No: [[INSURANCE_ID|${medicare('51829467', '3')}]]
Address: [[ADDRESS|Unit 6, 88 Gympie Road, Kedron QLD 4031]]
Rx: Metoprolol succinate 47.5 mg tabs, 1 daily, qty 30, repeats 5
Date: [[DATE|24/11/2026]]
Prescriber: Dr [[PERSON|Yasmin Khouri]]`,
  ],
  [
    'consent',
    `CONSENT FORM 4 — adults unable to consent (best interests)
Patient: [[PERSON|Cyril Bamford]], [[AGE|91]]   Hosp no: [[MRN|N8801329]]
Procedure: PEG insertion.
Capacity assessed [[DATE|23/11/2026]] by Dr [[PERSON|Achterberg]]: lacks capacity for this decision (advanced dementia).
Consulted: son [[PERSON|Philip Bamford]] (LPA health & welfare, registered), [[PHONE|01632 960872]]; IMCA not required.
Signed: Dr [[PERSON|Rosalind Okeke]], [[DATE|24/11/2026]]`,
  ],
  [
    'consent',
    `RESEARCH CONSENT — signature page
Study: ADAPT-HF (IRB #2026-0417). Participant ID: [[MRN|AHF-0288]]
Participant name: [[PERSON|Wendell Barksdale]]   Signature: ______   Date: [[DATE|11/24/2026]]
Legally authorized representative: n/a
Person obtaining consent: [[PERSON|Marisol Ybarra]], CRC   Date: [[DATE|11/24/2026]]
ID checked for stipend: Indiana driver's license [[ID_CARD|4410-73-2861]]
Contact for questions: study line (317) 555-0100
Participant mailing address for stipend: [[ADDRESS|48 Sycamore Ct, Carmel, IN 46032]]`,
  ],
  [
    'consent',
    `About consenting to your operation
Before any planned operation, a member of the surgical team will explain what will be done, the benefits, the risks and the alternatives, including doing nothing.
You can ask questions, take the leaflet home and change your mind at any time before the procedure.
If you need an interpreter or an easy-read version, tell the team; this is free.`,
  ],
  [
    'billing',
    `PATIENT STATEMENT
Statement date: [[DATE|11/24/2026]]   Account #: [[MRN|A-70318846]]
Guarantor: [[PERSON|Shonda Merriweather]]   SSN: [[ID_CARD|987-65-4327]]
[[ADDRESS|6620 Bluebonnet Ln, Round Rock, TX 78664]]
Patient: [[PERSON|Jaylen Merriweather]] (son)   DOS [[DATE|10/29/2026]]
ER visit, level 4: $1,942.00   Insurance paid: $1,311.60   You owe: $630.40
Paid by card ending — full number on file: [[BANK_CARD|${spaced(luhn('400000714962081'))}]]`,
  ],
  [
    'billing',
    `Self-pay invoice — Private Patients Unit
Invoice no. PP-26-11-2239
Patient: [[PERSON|Saif Al-Rumaithi]]   Passport: [[PASSPORT|N83471926]]
Hospital no: [[MRN|PPU-004813]]
Services [[DATE|20/11/2026]]–[[DATE|24/11/2026]]: consultant fees, MRI lumbar spine, 2 nights room. Total £9,486.00
Payment: Mastercard [[BANK_CARD|${spaced(luhn('522481930647185'))}]]
Correspondence: [[ADDRESS|Flat 9, 71 Harley Gardens, London W1G 7QP]], [[EMAIL|s.alrumaithi@example.ae]]`,
  ],
  [
    'billing',
    `TAX INVOICE — Day surgery
Patient: [[PERSON|Saoirse Kavanagh]]   Medicare: [[INSURANCE_ID|${medicare('36104825', '4')}]]
Health fund: Bupa, member no. [[INSURANCE_ID|71049362]]
Procedure [[DATE|24/11/2026]]: knee arthroscopy (MBS 49561). Gap payment $385.00.
Invoice no. 0099314. Account: [[MRN|DS-225871]]
Send receipts to [[EMAIL|saoirse.kav@example.com.au]]`,
  ],
  [
    'online-consult',
    `TELEHEALTH SESSION LOG
Session ID: [[MRN|TH-9921048]]   Scheduled [[DATE|11/24/2026]] 16:00 CT
Patient joined 15:58 from [[IP|198.51.100.218]] (mobile)
Clinician Dr. [[PERSON|Haruki Tanabe]] joined 16:01 from [[IP|2001:db8:a12::3c]]
Patient verified by DOB ([[DATE|02/11/1990]]) and name ([[PERSON|Brianna Kowalczyk]])
Visit link: [[URL|https://telehealth.example.org/v/TH-9921048]]`,
  ],
  [
    'online-consult',
    `Ask-a-Nurse web chat — transcript
[[ACCOUNT|mountainmama_77]]: my 3 yo has a rash after starting amoxicillin yesterday, it's blotchy on her tummy
Nurse [[PERSON|Gloria]]: Any lip or tongue swelling, or trouble breathing?
[[ACCOUNT|mountainmama_77]]: no she's playing fine
Nurse [[PERSON|Gloria]]: Stop the amoxicillin and call her doctor today. What's her name and date of birth so I can add a note?
[[ACCOUNT|mountainmama_77]]: [[PERSON|Juniper Oakenfold]], [[DATE|6/2/2023]]
Chat ref: [[MRN|CH-5571290]]`,
  ],
  [
    'online-consult',
    `E-visit (asynchronous) — UTI questionnaire
Submitted [[DATE|24 Nov 2026]] 07:41 by portal user [[ACCOUNT|mcgillivray.fiona]]
Patient: [[PERSON|Fiona McGillivray]], 31F, DOB [[DATE|17/01/1995]]
Symptoms: dysuria, frequency 2 days, no fever, not pregnant.
Reviewed by [[PERSON|Aisling Doherty]] (ANP): nitrofurantoin 100 mg MR BD 3 days sent to pharmacy.
E-visit no. [[MRN|EV-2611-3094]]`,
  ],
  [
    'patient-message',
    `From: [[EMAIL|o.fairweather-dunn@example.co.uk]]
To: Outpatient Appointments
Subject: Re: cardiology appointment [[DATE|3 December]]

Hello, I'm writing on behalf of my mother, [[PERSON|Dorothea Fairweather-Dunn]] (hospital no. [[MRN|K5103964]], DOB [[DATE|12/08/1930]]). She is [[AGE|96]] now and can't manage the stairs at the old outpatients building — could the echo be moved to the main site?
Best wishes,
[[PERSON|Olivia]]
[[PHONE|07700 900286]]`,
  ],
  [
    'patient-message',
    `MyChart message — to Dr. [[PERSON|Okoro]]'s care team
From: [[PERSON|Reginald Thibodeaux]] (MRN [[MRN|3380415]])
Sent: [[DATE|11/24/2026]] 9:12 PM
Hey doc, since the new lisinopril dose (20 mg) I've had a dry cough that keeps me and my wife [[PERSON|Claudette]] up at night. Home BP 128/78. Can I switch to something else? Pharmacy is the one on [[ADDRESS|401 Bayou Teche Rd, Breaux Bridge, LA 70517]]. Cell [[PHONE|(337) 555-0106]].`,
  ],
  [
    'patient-message',
    `Texts to community midwife
[[DATE|24 Nov]] 06:58 — Hi [[PERSON|Bethan]] it's [[PERSON|Leonie Marchetti]], 38+2, waters went about 6am, clear, baby moving lots. Contractions every 10 mins.
06:59 — my maternity no. is [[MRN|MW-0452918]] and hubby [[PERSON|Gianluca]] is on [[PHONE|07700 900132]] if I don't answer
07:04 — [[PERSON|Bethan]]: Ok lovely, ring delivery suite now and head in, I'll let them know x`,
  ],
  [
    'family-chat',
    `WhatsApp — "Grandad [[PERSON|Ted]]'s knee 🦵"
[[PERSON|Sarah]]: op went fine!! he's in recovery, ward 7 bed [[MRN|23]] 🙌
Uncle [[PERSON|Phil]]: brilliant. which car park did you use, I'm in the blue van [[PLATE|YK19 HVN]]
[[PERSON|Sarah]]: multi-storey off [[ADDRESS|Thornbury Road, Bradford BD3 7AU]] 😅
Nan: tell him I love him ❤️
[[PERSON|Josh]]: can someone send me his hospital number for the visitor form, is it [[MRN|RAE4410927]]?`,
  ],
  [
    'family-chat',
    `iMessage: "Mom's chemo crew"
[[PERSON|Tasha]]: infusion going fine today, mom's in a good mood
[[PERSON|Devontae]]: venmo me for parking @ [[ACCOUNT|dev-whitlock]] if you want lol
[[PERSON|Tasha]]: 😂 no. also her MBI for the pharmacy form is [[INSURANCE_ID|5TK2-NG4-WC73]]
Aunt [[PERSON|Bernice]]: I'll take the [[DATE|Dec 3]] session, she's at Willow Creek Cancer Center, [[ADDRESS|910 E Washington St, Indianapolis, IN 46202]]?
[[PERSON|Tasha]]: yes, suite 300`,
  ],
  [
    'family-chat',
    `Group: "Aunty [[PERSON|Mele]] hospital 🌺"
[[PERSON|Sione]]: Aunty [[PERSON|Mele]] moved to ward 33 room [[MRN|4]] today
[[PERSON|Lupe]]: Her NHI is [[INSURANCE_ID|${nhi('WNT', '462')}]] if the pharmacy asks
[[PERSON|Sione]]: my car's [[PLATE|NKT527]], parked on level 2
[[PERSON|Lupe]]: 👍 bring her pillow from home — [[ADDRESS|18 Kiwi Esplanade, Māngere Bridge, Auckland 2022]]`,
  ],
  [
    'sms-reminder',
    `Hi [[PERSON|Marguerite]], reminder of your colonoscopy on Thu [[DATE|3 Dec]] at 08:15, Endoscopy Unit, Level 2. Start the low-fibre diet 3 days before. Ref [[MRN|EN-66203]]. Bowel prep guide: [[URL|https://endo.example.org/prep?ref=EN-66203]] Reply C to cancel.`,
  ],
  [
    'sms-reminder',
    `Appt reminder for [[PERSON|DJ Abernathy-Cole]]: Pediatric Dental, [[DATE|12/02/2026]] 3:30pm at [[ADDRESS|7720 Cedar Bluff Pkwy, Suite 110, Knoxville, TN 37919]]. Confirmation # [[MRN|PD8830]]. Text STOP to opt out.`,
  ],
  [
    'sms-reminder',
    `Flu and COVID-19 vaccines are now available at all our clinics for adults 65+, pregnant people and anyone with a long-term condition. Walk-ins welcome weekdays 9–4; no appointment needed.`,
  ],
  [
    'lipoedema-clinic',
    `Lipoedema clinic — new patient — [[DATE|24/11/2026]]
[[PERSON|Felicity Ormerod]], 39F, NHS [[INSURANCE_ID|${nhs('274016')}]], hospital no. [[MRN|LP-30918]]
Symmetrical disproportionate fat of hips, thighs and calves since puberty, worse after each pregnancy; feet spared (cuff sign). Easy bruising, pain 6/10. Stemmer negative. BMI 31, waist:height 0.52.
Impression: lipoedema, stage 2, type III. Not lymphoedema.
Plan: flat-knit class 2 garments (measured today), MLD referral, review [[DATE|05/2027]].
Address for garments: [[ADDRESS|11 Larkspur Close, Bicester OX26 3QF]]. Mob [[PHONE|07700 900581]]`,
  ],
  [
    'lipoedema-clinic',
    `Prior authorization letter — lymph-sparing liposuction for lipedema
RE: [[PERSON|Cheyenne Rosales-Whitaker]], DOB [[DATE|04/19/1986]], UHC member ID [[INSURANCE_ID|948207613]]
To whom it may concern: Ms. [[PERSON|Rosales-Whitaker]] has stage 3 lipedema of the lower extremities diagnosed [[DATE|03/2023]] and has completed 18 months of compression therapy and CDT without functional improvement. Bilateral knee pain limits walking to 200 yards.
Planned procedures: [[DATE|01/14/2027]] and [[DATE|03/11/2027]].
— [[PERSON|Roderick Pfeiffer]], MD, Plastic Surgery | clinic MRN [[MRN|PS-2270415]]`,
  ],
  [
    'lipoedema-clinic',
    `Lipoedema telehealth follow-up
[[DATE|24/11/2026]] | [[PERSON|Bronwyn Tregear]] | 47F | Medicare [[INSURANCE_ID|${medicare('23615908', '1')}]]
Lives rurally at [[ADDRESS|RMB 2140 Wallaroo Road, Murrumbateman NSW 2582]]; seen via video from [[IP|203.0.113.214]].
Using pneumatic compression pump nightly; pain down from 7 to 4. Weight 96.3 kg.
Plan: continue, hydrotherapy at local pool; GP Dr [[PERSON|Vikram Bhandarkar]] to repeat TSH. Ph [[PHONE|(02) 5550 1947]]`,
  ],
  [
    'rotator-cuff-clinic',
    `Shoulder clinic — rotator cuff — [[DATE|24/11/2026]]
[[PERSON|Barnaby Quayle]], 63M, hospital no. [[MRN|SH-52907]], NHS [[INSURANCE_ID|${nhs('815203')}]]
Right shoulder pain 9 months after a fall on ice; painful arc 70–120°, Jobe's positive, ER lag sign negative. Oxford Shoulder Score 24/48.
US (acc. [[MRN|US26-771043]], [[DATE|10/11/2026]]): full-thickness supraspinatus tear 14 mm, no muscle atrophy.
Plan: arthroscopic repair listed for [[DATE|January 2027]]; physio meanwhile. Seen by Mr [[PERSON|Adeyemi-Cole]].
Home: [[ADDRESS|Braeside, 4 Bondgate Without, Alnwick NE66 1PR]] — tel [[PHONE|01632 960783]]`,
  ],
  [
    'rotator-cuff-clinic',
    `OPERATIVE NOTE — arthroscopic rotator cuff repair, left
Patient: [[PERSON|Lucinda Bramwell-Ortiz]]   DOB [[DATE|12/03/1961]]   MRN [[MRN|OR-4492107]]   Date: [[DATE|11/24/2026]]
Surgeon: [[PERSON|Gustavo Arrieta]], MD   Assistant: [[PERSON|Hollis Vantreese]], PA-C
Findings: 2.5 cm crescent-shaped supraspinatus tear, type II acromion, SLAP intact.
Procedure: double-row suture-bridge repair (4 anchors), subacromial decompression. EBL 20 ml.
Sling with abduction pillow 6 weeks. Post-op visit [[DATE|12/08/2026]]. Spouse [[PERSON|Rafael]] updated at [[PHONE|(505) 555-0186]].`,
  ],
  [
    'rotator-cuff-clinic',
    `After your rotator cuff repair
Wear the sling day and night for six weeks, including in bed; take it off only to wash and do your exercises.
Do the pendulum and elbow exercises from your physiotherapy sheet three times a day.
Do not lift, push or pull with the operated arm, and do not drive until your surgeon says you may.
Ice packs wrapped in a towel for 20 minutes at a time help with pain and swelling.`,
  ],
  [
    'lead-poisoning-clinic',
    `Pediatric Lead Clinic — follow-up [[DATE|11/24/2026]]
[[PERSON|Dariel Santos-Medina]], 2y 9m, MRN [[MRN|PL-0084413]], Medicaid ID [[INSURANCE_ID|MA61730248]]
Venous BLL 38 µg/dL ([[DATE|11/17/2026]]), down from 52 after succimer course completed [[DATE|10/30/2026]]. Hgb 10.6, ferritin 9.
Home: [[ADDRESS|77 Summer St, 2nd floor, Lawrence, MA 01840]] (pre-1978 rental; peeling paint on window sills). Health dept inspection case # [[MRN|LI-26-3310]].
Mom [[PERSON|Yaritza Medina]] — [[PHONE|(978) 555-0131]]. Sibling [[PERSON|Ángel]], 5, to be tested.`,
  ],
  [
    'lead-poisoning-clinic',
    `Occupational medicine — lead surveillance review
Worker: [[PERSON|Gavin Prothero]], 44M, radiator and battery recycling, NHS [[INSURANCE_ID|${nhs('930418')}]]
Blood lead [[DATE|18/11/2026]]: 2.9 µmol/L (60 µg/dL) — above suspension level; ZPP raised. Colicky abdominal pain, fatigue.
Action: suspended from lead work; employer notified. Repeat BLL [[DATE|08/12/2026]].
Surveillance record no. [[MRN|OH-LS-7718]]. Home [[ADDRESS|9 Glanmor Terrace, Llanelli SA15 2EE]], tel [[PHONE|01632 960551]]`,
  ],
  [
    'lead-poisoning-clinic',
    `Lead level result letter
Dear Ms [[PERSON|Tomasina Vainikolo]],
Your child [[PERSON|Semisi]] (NHI [[INSURANCE_ID|${nhi('TRC', '205')}]]) had a blood lead test on [[DATE|20 November 2026]]. The level was 0.36 µmol/L, which is above the notifiable level, so the Medical Officer of Health has been told.
A public health nurse, [[PERSON|Kararaina Hohaia]], will visit you at [[ADDRESS|54 Mahana Road, Flaxmere, Hastings 4120]] on [[DATE|1 December]].`,
  ],
  [
    'olfactory-clinic',
    `Smell and taste clinic — [[DATE|24/11/2026]]
[[PERSON|Imogen Stirling-Vane]], 29F, hospital no. [[MRN|ST-41826]], NHS [[INSURANCE_ID|${nhs('558142')}]]
Post-viral smell loss 14 months; parosmia since month 4 (coffee, onions, toothpaste smell "like sewage").
Sniffin' Sticks TDI 21.25 (hyposmia). Endoscopy: normal olfactory clefts. MRI (acc. [[MRN|MR7723055]]) normal olfactory bulbs.
Plan: olfactory training 12 weeks; review [[DATE|02/03/2027]]. Works as a florist — discussed safety (gas, smoke alarms).
Email [[EMAIL|imogen.sv@example.co.uk]]`,
  ],
  [
    'olfactory-clinic',
    `ENT note — anosmia after head injury
[[DATE|11/24/2026]] [[PERSON|Tobiah Greenleaf]], 61M, MRN [[MRN|88201364]], Aetna ID [[INSURANCE_ID|W610375294]]
Fell from ladder [[DATE|06/08/2026]]; total smell loss since. UPSIT 14/40 (anosmia). CT: bifrontal contusions, healed.
Disability paperwork for his employer (chef). Wife [[PERSON|Ingrid]] manages his medications.
Address [[ADDRESS|3316 Larkin Ave, Sioux Falls, SD 57105]]; phone [[PHONE|(605) 555-0142]]`,
  ],
  [
    'olfactory-clinic',
    `Smell training at home
Choose four strong, different smells, for example rose, lemon, clove and eucalyptus.
Twice a day, sniff each jar gently for about 20 seconds while thinking hard about what it should smell like.
Keep going for at least three months, and change to four new smells after that.
Write down any changes; it is common to notice odd or unpleasant smells while the sense is recovering.`,
  ],
];

export function generateDeidHoldout47(): LabelledRecord[] {
  return holdoutRecords('h47', zh, en);
}

export const DEID_HOLDOUT_47_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/labelled/deid-holdout-47.jsonl',
);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const records = generateDeidHoldout47();
  writeFileSync(DEID_HOLDOUT_47_PATH, renderJsonl(records));
  console.log(`wrote ${records.length} records to ${DEID_HOLDOUT_47_PATH}`);
}
