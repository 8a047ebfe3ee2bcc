import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { holdoutRecords, type LabelledRecord, renderJsonl } from './generate-deid.ts';

/**
 * The ROUND-36 fresh held-out de-identification set (data/labelled/deid-holdout-36.jsonl): hand-written
 * snippets with hand-placed spans, marked inline as [[TYPE|text]] (parseMarked strips the marks and
 * records UTF-16 offsets). Written by a separate annotator who did not read the recognizer code and
 * never ran a recognizer on these snippets; it must not be used to adjust the recognizers.
 *
 * About four fifths are the everyday documents of a general hospital and the messages of its patients
 * (admission, progress and discharge notes, outpatient notes and dialogues, referrals and consult
 * requests, handovers, nursing notes, lab and imaging reports, prescriptions and labels, consent,
 * billing papers, online consultations, patient messages, family chats and SMS reminders), in new
 * wording; a fifth come from settings no earlier round listed as a genre: uveitis clinics,
 * urogynaecology (pessary and pelvic-floor) clinics, hair-loss clinics and prosthetics (limb-fitting)
 * clinics.
 *
 * Identifiers are synthetic: resident IDs carry a valid GB 11643 check character and a region code, sex
 * digit and birth date consistent with the text (15-digit IDs likewise; a disability certificate number
 * is such an ID followed by two digits), the Taiwan national ID its check digit, bank cards a valid Luhn
 * digit, NHS numbers are in the 999 test range with their modulus-11 digit, the CHI number starts with
 * the birth date and passes its modulus-11 digit, the Australian Medicare numbers pass their check digit,
 * the OHIP numbers their Luhn digit, the NZ NHIs their check digit, the US MBI follows the published
 * character pattern, the Hong Kong identity card has its bracketed check character, the South African
 * ID number its birth date, sex digits and Luhn digit and the Irish PPSN its check letter; the US SSN is
 * in the 987-65-432x advertising range. Phones are random mainland (and Macau, Hong Kong, Taiwan)
 * numbers or fictional ranges (North American 555-01xx, UK 07700 900xxx, Australian 0491 57x xxx);
 * mail and web hosts are example.*; IP addresses come from the documentation ranges.
 *
 * Span conventions are those stated in data/labelled/deid-holdout-35.card.yaml; the decisions new in
 * this round are stated in data/labelled/deid-holdout-36.card.yaml.
 */
const zh: Array<[string, string]> = [
  [
    'admission',
    `心血管内科入院记录（首页摘要）\n患者：[[PERSON|令狐建业]]　男　[[AGE|93]]岁　民族：汉\n住院号：[[MRN|XN26-915029]]　床号：[[MRN|12]]床\n身份证：[[ID_CARD|510107193304052859]]\n户籍地址：[[ADDRESS|成都市武侯区浆洗街17号附2号4单元502]]\n主诉：反复胸闷气促8年，加重伴双下肢水肿3天。\n收住病房：[[DATE|2026年11月20日]]下午2点05分\n陪护：外孙女[[PERSON|苟晓蔓]]　手机[[PHONE|16613812621]]`,
  ],
  [
    'admission',
    `神经内科急诊收治：[[PERSON|岩香南]]，傣族，男，[[AGE|91]]岁，身份证号[[ID_CARD|532801350811273]]，住[[ADDRESS|景洪市勐泐大道曼景兰寨子36号]]。家属述其[[DATE|11月19日]]晚饭后突发右侧肢体无力、言语含糊，次日上午才送来。患者只讲傣语，由儿子[[PERSON|岩温]]在旁翻译，儿子电话[[PHONE|15240087633]]。血压186/104mmHg，NIHSS 9分。住院号[[MRN|45766120]]，[[DATE|11月20日]]收入病房。`,
  ],
  [
    'admission',
    `儿科入院｜患儿[[PERSON|公孙沐阳]]｜男｜4岁3月｜住院号 [[MRN|EK-582373]]｜发热5天、双眼结膜充血、口唇皲裂，拟诊川崎病｜父亲[[PERSON|公孙浩]] 身份证 [[ID_CARD|370602199009137979]]｜母亲[[PERSON|喻婧]] [[PHONE|19129444729]]｜住址 [[ADDRESS|烟台市芝罘区胜利路218号3单元601]]｜入院 [[DATE|2026.11.22]]`,
  ],
  [
    'progress-note',
    `[[DATE|2026.11.21]] 08:50　副主任医师查房记录\n今日[[PERSON|尉迟清和]]副主任医师查房：患者[[PERSON|邝秀英]]，慢阻肺急性加重第4天，喘息较前减轻，双肺仍可闻及散在哮鸣音，血气 PaCO2 58mmHg。指示：甲泼尼龙减量至40mg qd，夜间继续无创通气。患者女儿[[PERSON|伍翠玲]]询问何时能出院，已答复预计[[DATE|11月25日]]前后。\n记录医师：[[PERSON|祁晓东]]`,
  ],
  [
    'progress-note',
    `ICU病程记录　[[DATE|11月22日]]\n[[MRN|7]]床 [[PERSON|马福顺]]，男，回族，[[AGE|95]]岁，住院号[[MRN|6089179]]。重症肺炎合并脓毒性休克第3日，升压药已减至去甲肾上腺素0.05μg/(kg·min)，血乳酸降至1.8。家属（孙子[[PERSON|马晓鹏]]）表示不同意气管切开，已签字。拟明日复查床旁胸片。\n主治医师：[[PERSON|司徒婉晴]]`,
  ],
  [
    'progress-note',
    `术后第2日病程｜[[DATE|2026/11/23]]｜[[MRN|31]]床｜[[PERSON|韦凤娇]]｜女｜[[AGE|90]]岁｜住院号[[MRN|GK-764429]]｜股骨颈骨折人工股骨头置换术后，切口干燥，引流管今日拔除｜Hb 86g/L，暂不输血｜小[[PERSON|滕]]护士协助床边坐起10分钟，耐受可｜医生签名：[[PERSON|端木晟]]`,
  ],
  [
    'discharge',
    `出院记录\n姓名：[[PERSON|鲜于秀芝]]　性别：女　年龄：[[AGE|98]]岁　病案号：[[MRN|7305719]]\n住院期间：[[DATE|2026年11月06日]]至[[DATE|2026年11月20日]]，共14天\n出院诊断：1.急性结石性胆囊炎（已行经皮经肝胆囊穿刺引流）2.高血压病3级 3.慢性肾脏病3期\n出院医嘱：保留胆囊引流管，每日记录引流量及颜色；[[DATE|12月4日]]返院评估能否拔管。\n家属联系电话：[[PHONE|0871-58838901]]`,
  ],
  [
    'discharge',
    `出院小结：患者[[PERSON|符玉莲]]，黎族，女，[[AGE|92]]岁，身份证[[ID_CARD|469001340226632]]，因"慢性心衰急性加重"于[[DATE|11月10日]]入院，经利尿、扩血管治疗后气促明显缓解，[[DATE|11月21日]]出院。带药：呋塞米片20mg 每日一次，螺内酯片20mg 每日一次。由孙子[[PERSON|王亚龙]]陪同回[[ADDRESS|五指山市通什镇河北东路2巷9号]]，嘱一周后到当地卫生院找[[PERSON|黄]]医生复查电解质。`,
  ],
  [
    'discharge',
    `新生儿出院小结｜[[PERSON|仲梦琪]]之女｜出生 [[DATE|2026-11-18]] 06:42｜出生体重 3120g｜母婴同室 [[MRN|16]]床｜住院号 [[MRN|XS1022456]]｜父亲 [[PERSON|晏子谦]]｜出院 [[DATE|2026-11-21]]｜经皮胆红素 9.6mg/dL，未达光疗标准｜[[DATE|11月24日]]到社区医院复测胆红素｜家庭地址 [[ADDRESS|扬州市广陵区东关街彩衣巷11号]]`,
  ],
  [
    'outpatient',
    `内分泌科门诊病历\n[[PERSON|何嘉宝]]，男，62岁，澳门居民，港澳居民来往内地通行证[[PASSPORT|M94680702]]，门诊号[[MRN|1812785747]]，电话[[PHONE|+853 6339 9877]]。\n主诉：口干多饮两个月，随机血糖17.8mmol/L。\n处理：二甲双胍0.5g bid，控制饮食；[[DATE|12月8日]]复诊查糖化血红蛋白。`,
  ],
  [
    'outpatient',
    `（门诊对话录音整理）\n医生：老人家叫什么名字？\n儿媳：她耳朵背，我替她说。[[PERSON|蒲金枝]]，今年[[AGE|九十四]]了。\n医生：身份证带了吗？\n儿媳：带了，[[ID_CARD|422801193207162167]]。\n医生：您怎么称呼？\n儿媳：我叫[[PERSON|向红梅]]，我们住[[ADDRESS|恩施市舞阳大道金桂园5栋1702]]。\n医生：她哪里不舒服？\n儿媳：这几天老说肚子胀，大便三天没解了，饭也吃得少。`,
  ],
  [
    'outpatient',
    `皮肤科门诊｜[[PERSON|佐佐木遥]]（ササキ ハルカ）｜女｜37岁｜日本籍｜护照 [[PASSPORT|TR2475988]]｜门诊号 [[MRN|160040699]]｜双手背红斑、丘疹伴瘙痒2周，新换洗洁精后出现｜诊断：刺激性接触性皮炎｜糠酸莫米松乳膏 外用 qd｜手机 [[PHONE|18756322470]]｜住址 [[ADDRESS|长宁区古北路688弄7号1203室]]｜[[DATE|11月23日]]`,
  ],
  [
    'referral',
    `转诊单（基层→上级）\n转出医院：康定市人民医院　接收医院：四川大学华西医院\n患者：[[PERSON|次仁罗布]]　男　藏族　67岁\n身份证：[[ID_CARD|513301195903027334]]\n住址：[[ADDRESS|康定市炉城镇东大街41号]]\n病情摘要：[[DATE|11月17日]]胃镜示胃窦巨大溃疡，病理疑为印戒细胞癌，本院无法进一步治疗。\n转诊医师：[[PERSON|泽仁拉姆]]　联系电话：[[PHONE|18292423329]]\n填写于[[DATE|2026年11月22日]]`,
  ],
  [
    'referral',
    `会诊申请单\n申请科室：心内科　[[MRN|22]]床　[[PERSON|祝启明]]　男　[[AGE|97]]岁　住院号[[MRN|53042955]]\n会诊科室：泌尿外科\n会诊目的：患者留置导尿后出现肉眼血尿，今日尿量600ml，Hb较前下降15g/L，请贵科会诊指导处理。\n申请人：[[PERSON|岑立言]]（[[DATE|11/23]] 上午10点20）`,
  ],
  [
    'referral',
    `診所轉診單\n病人：[[PERSON|林郁婷]]　女　41歲\n身分證字號：[[ID_CARD|O282751322]]　健保卡號：[[INSURANCE_ID|000077957295]]\n地址：[[ADDRESS|新竹市東區食品路178巷5號2樓]]　手機：[[PHONE|0979-174-634]]\n病情：[[DATE|115年11月3日]]乳房超音波 BI-RADS 4A，病人因工作下月赴廈門，請協助安排粗針切片。\n轉診醫師：[[PERSON|邱冠宇]]`,
  ],
  [
    'handover',
    `十一月二十一日夜班交接\n床位  患者        岁数  主要问题    夜间情况\n[[MRN|3]]     [[PERSON|闻人秋月]]    [[AGE|96]]    心衰        夜间端坐，呋塞米20mg iv后尿量450ml\n5     空床\n[[MRN|8]]     [[PERSON|索朗旺姆]]    58    糖尿病酮症  血糖22.1→13.4，胰岛素泵4u/h\n[[MRN|11]]    [[PERSON|童国栋]]      79    脑梗        鼻饲，02:00吸痰一次\n交班护士：[[PERSON|栾]]　接班护士：[[PERSON|迟]]`,
  ],
  [
    'handover',
    `（口头交班录音转写）嗯，[[MRN|二十一]]床那个老爷子，[[PERSON|鲍]]……[[PERSON|鲍文藻]]，[[AGE|九十一]]了，下午血压一度84/52，快速补液500毫升后回升，尿管明天拔。[[MRN|二十三]]床出院了，床还没消毒。[[MRN|二十五]]床是那个尼日利亚小伙子[[PERSON|Chikwendu Ekeoma]]，疟疾，青蒿琥酯第二天，半夜要再抽一次血涂片。`,
  ],
  [
    'handover',
    `留观交班｜11-22夜班｜观[[MRN|2]] [[PERSON|宇文凤仪]] 女 [[AGE|93]]岁 呕血 Hb 71 已配血2u｜观4 无名氏 男 约50岁 醉酒 待家属｜观[[MRN|6]] [[PERSON|韩尕西布]]（撒拉族）男 72岁 慢阻肺 SpO2 88% 鼻导管2L｜交：[[PERSON|邬]]护士　接：[[PERSON|贡]]护士`,
  ],
  [
    'nursing-note',
    `一般护理记录　[[DATE|2026年11月21日]]（星期六）\n8:00　[[MRN|9]]床 [[PERSON|沙玉琴]]，女，[[AGE|90]]岁，住院号[[MRN|10857065]]。T 37.9℃，P 102次/分，BP 98/60mmHg，骶尾部2期压力性损伤 3×2cm，已予泡沫敷料。\n10:30　遵[[PERSON|卞]]医生医嘱予头孢曲松2g静滴。\n14:00　侄子[[PERSON|沙海涛]]探视，已告知翻身计划，表示理解。\n签名：[[PERSON|夏侯雯]]`,
  ],
  [
    'nursing-note',
    `居家护理（PICC维护）上门记录：[[DATE|11月22日]]上午至[[ADDRESS|兰州市城关区金塔巷3号楼2单元402]]为[[PERSON|喇桂兰]]（东乡族，[[AGE|91]]岁，身份证[[ID_CARD|620102350109600]]）维护PICC，外露3cm，更换敷料及正压接头，穿刺点无红肿。女儿[[PERSON|喇玉霞]]在家，电话[[PHONE|16671122895]]。下次维护[[DATE|11月29日]]。护士：[[PERSON|冶秀娟]]`,
  ],
  [
    'nursing-note',
    `压疮风险评估单｜[[MRN|18]]床｜[[PERSON|车美娟]]｜[[AGE|99]]岁｜Braden 11分（高危）｜Morse 65分｜[[DATE|11-23]]起每2小时翻身，气垫床由儿子[[PERSON|车建华]]购置｜责任护士 [[PERSON|濮秀清]]｜护士长 [[PERSON|计]]审核`,
  ],
  [
    'lab-report',
    `检验报告单（生化）\n姓名：[[PERSON|邴玉洁]]　性别：女　年龄：[[AGE|91]]岁　病历号：[[MRN|BL47004194]]\n科室：老年科　床号：[[MRN|6]]　标本：血清　标本号：[[MRN|609015575431]]\n采样 [[DATE|11-22]] 06:30，报告 [[DATE|11-22]] 09:48\n钠 128↓ mmol/L　钾 3.2↓ mmol/L　肌酐 142↑ μmol/L　白蛋白 29↓ g/L\n送检医生：[[PERSON|栗海燕]]　检验：[[PERSON|习文博]]　审核：[[PERSON|桑梓涵]]`,
  ],
  [
    'lab-report',
    `空腹抽血注意事项：抽血前一晚22点后禁食，可少量喝白开水；降压药可照常服用，降糖药和胰岛素请等抽完血、吃早餐前再用；抽血后按压针眼5分钟，不要揉；结果一般两个工作日后可在自助机打印。`,
  ],
  [
    'lab-report',
    `危急值报告登记｜[[DATE|2026.11.23]] 凌晨2:17｜[[MRN|14]]床 [[PERSON|丘春生]] 男 [[AGE|94]]岁｜住院号 [[MRN|86008353]]｜钾6.8mmol/L（复测一致，无溶血）｜检验科[[PERSON|严子健]]电话通知｜病区接收护士[[PERSON|苑琳]]｜已报告值班医生[[PERSON|殷]]医生`,
  ],
  [
    'imaging-report',
    `放射科诊断报告（CT）\n影像号：[[MRN|CT26938914]]　住院号：[[MRN|1621228]]\n姓名：[[PERSON|骞志远]]　性别：男　年龄：[[AGE|92]]岁\n检查部位：头颅平扫　扫描时间：[[DATE|2026年11月21日]]\n影像所见：左侧额颞部颅板下见新月形稍高密度影，最厚处约11mm，中线向右移位约5mm；双侧脑室旁多发腔隙灶。\n印象：左侧额颞部亚急性硬膜下血肿。\n报告医师：[[PERSON|申屠嘉]]　审核医师：[[PERSON|仝海波]]`,
  ],
  [
    'imaging-report',
    `床旁心脏超声：[[MRN|5]]床[[PERSON|冼]]伯（[[PERSON|冼兆棠]]），[[AGE|96]]岁，住院号[[MRN|28519197]]。左室射血分数约35%，下腔静脉内径22mm，吸气塌陷率<50%。与[[DATE|11月9日]]比较，EF下降约10%，新出现中度二尖瓣反流。超声医师：[[PERSON|麦颖欣]]`,
  ],
  [
    'imaging-report',
    `乳腺X线摄影报告｜影像号 [[MRN|MG-7455946]]｜门诊号 [[MRN|9017618857]]｜[[PERSON|杨鲜花]]｜女｜侗族｜56岁｜左乳外上象限簇状细小钙化，BI-RADS 4B｜建议穿刺活检｜报告医师 [[PERSON|滕嘉树]]｜[[DATE|2026/11/20]]`,
  ],
  [
    'prescription',
    `门诊处方笺（医保）\n处方号：[[MRN|9429054853]]　费别：职工医保　医保卡号：[[INSURANCE_ID|104629478761]]\n姓名：[[PERSON|蔺淑华]]　女　76岁　门诊号：[[MRN|423522950]]\n诊断：2型糖尿病；高脂血症\nR：①达格列净片 10mg×28片 用法：10mg 每日一次\n②瑞舒伐他汀钙片 10mg×28片 用法：10mg 每晚一次\n医师：[[PERSON|郗明轩]]　审核药师：[[PERSON|阮倩]]　调配：[[PERSON|纪小川]]\n日期：[[DATE|2026-11-23]]`,
  ],
  [
    'prescription',
    `儿科处方｜[[PERSON|庹乐言]]｜男｜3岁｜体重14kg｜门诊号[[MRN|4330450235]]｜家长[[PERSON|庹军]] [[PHONE|13280443004]]｜阿莫西林克拉维酸钾干混悬剂 228.5mg bid×7天｜布洛芬混悬液 4ml 必要时（≥38.5℃时服用）｜处方号 [[MRN|E87030617]]｜医师 [[PERSON|奚]]｜[[DATE|11/22]]`,
  ],
  [
    'prescription',
    `华法林服用提醒：每天固定时间服用；定期查INR，目标一般在2.0–3.0之间；不要自行加减剂量；菠菜、西兰花等绿叶菜可以吃，但每天的量尽量稳定；牙龈出血、黑便或尿色发红请及时就医；拔牙或做手术前要告诉医生您在吃华法林。`,
  ],
  [
    'consent',
    `手术同意书\n患者：[[PERSON|阎桂芝]]　年龄：[[AGE|93]]岁　住院号：[[MRN|11476240]]\n拟行手术：经皮椎体后凸成形术（L1）\n患者高龄、听力差，经本人同意，委托长子[[PERSON|阎振国]]代为签署。\n被委托人身份证号：[[ID_CARD|140105195806214296]]　电话：[[PHONE|13006341784]]\n谈话医师：[[PERSON|伏建斌]]　[[DATE|2026年11月22日]] 下午4:40签署`,
  ],
  [
    'consent',
    `血液透析治疗知情同意书：本人[[PERSON|郜永福]]，身份证[[ID_CARD|41010519620318549X]]，因尿毒症需行维持性血液透析，已了解低血压、肌肉痉挛、内瘘闭塞等风险，同意治疗。紧急联系人：妻子[[PERSON|冯淑敏]]，[[PHONE|15627850090]]。患者签字：[[PERSON|郜永福]]　[[DATE|2026.11.21]]`,
  ],
  [
    'consent',
    `病危告知及抢救意愿书｜患者 [[PERSON|聂凤仙]]｜[[AGE|102]]岁｜[[MRN|3]]床｜住院号 [[MRN|60899422]]｜家属（女儿[[PERSON|聂平]]、女婿[[PERSON|葛长林]]）商议后决定：不行气管插管和胸外按压，可用药物及无创通气｜女儿身份证 [[ID_CARD|420106195508098147]]｜签字日期 [[DATE|2026-11-23]]｜告知医师 [[PERSON|阙]]`,
  ],
  [
    'billing',
    `住院费用结算单\n姓名：[[PERSON|谯玉兰]]　住院号：[[MRN|1758879]]　医保编号：[[INSURANCE_ID|5112844413852019]]\n在院：[[DATE|11/02]]—[[DATE|11/19]]，17天\n总费用：28,436.52元　统筹支付：19,905.56元　个人自付：8,530.96元\n发票号码：3048756062\n收款员：[[PERSON|鄢丽萍]]`,
  ],
  [
    'billing',
    `退费申请单｜申请人 [[PERSON|覃丽琼]]（本人）｜身份证 [[ID_CARD|450103198702240688]]｜就诊卡号 [[MRN|657004092633]]｜退费原因：[[DATE|11月21日]]增强MRI取消｜退至农行卡 [[BANK_CARD|6228481474804084156]]｜手机 [[PHONE|18544736634]]｜经办 [[PERSON|岑]]`,
  ],
  [
    'billing',
    `医疗保险理赔申请：被保险人[[PERSON|汤若曦]]，身份证[[ID_CARD|330106199105035885]]，保单号[[INSURANCE_ID|P95853698589]]。因急性阑尾炎于[[DATE|11月8日]]至[[DATE|11月12日]]住院，申请赔付自付费用6,214元。收款账户：招商银行[[BANK_CARD|6214830455405398]]，户名[[PERSON|汤若曦]]。理赔结果请发送至[[EMAIL|tangrx_0503@example.cn]]，进度可在保险公司APP查询（登录账号[[ACCOUNT|ruoxi_tang91]]）。`,
  ],
  [
    'online-consult',
    `线上图文咨询记录\n咨询编号：[[MRN|WZ802284873689]]\n用户：[[ACCOUNT|青柠不加冰_87]]　就诊人：[[PERSON|詹佳怡]]（本人）29岁\n身份证：[[ID_CARD|350103199708303820]]\n问题：孕8周，昨晚少量褐色分泌物，没有腹痛，需要马上去医院吗？\n[[PERSON|糜]]医生回复：少量褐色分泌物可先观察，注意休息，如出血增多、鲜红或伴腹痛请立即到急诊，建议这两天复查孕酮和超声。\nIP归属：福建（[[IP|203.0.113.100]]）`,
  ],
  [
    'online-consult',
    `（视频复诊文字记录）\n医生：您好，是[[PERSON|俞建平]]本人吗？\n家属：我是他儿子[[PERSON|俞晨]]，我爸今年[[AGE|九十]]了，腿脚不方便来医院。\n医生：上次开的呋塞米吃完了吗？脚还肿吗？\n家属：从[[DATE|11月上旬]]开始脚肿消了不少，药还剩三四天的。\n医生：好，给他续一个月，复诊编号[[MRN|FZ-19710323]]，药快递到家。\n家属：地址还是[[ADDRESS|杭州市上城区劳动路95号2幢3单元401]]，谢谢医生。`,
  ],
  [
    'online-consult',
    `在线续方｜就诊人 [[PERSON|阿旺次珠]]｜藏族｜身份证 [[ID_CARD|540102193602123292]]｜男｜[[AGE|90]]岁｜高血压、痛风｜续：苯磺酸氨氯地平 5mg qd，非布司他 20mg qd｜收货地址 [[ADDRESS|拉萨市城关区林廓东路12号院5栋2单元402]]｜联系人 孙女[[PERSON|格桑央宗]] [[PHONE|13671830748]]｜微信 [[ACCOUNT|gesang_yz0921]]｜设备IP地址：[[IP|198.51.100.26]]`,
  ],
  [
    'patient-message',
    `[[PERSON|戚]]大夫您好，我是您[[DATE|11月18日]]看过的病人[[PERSON|牟冬梅]]，门诊号[[MRN|3657780146]]。您让我吃完一周克拉霉素再去复查，我现在有点恶心，想问能不能改到[[DATE|11月27日]]再来？我的手机是[[PHONE|13960163072]]，打不通可以加我微信[[ACCOUNT|mudongmei_1972]]。谢谢！`,
  ],
  [
    'patient-message',
    `致肝胆胰外科的一封感谢信\n各位医生护士：\n我父亲[[PERSON|岳敬之]]今年[[AGE|96]]岁，[[DATE|11月3日]]夜里因胆管结石高烧被送来，[[PERSON|巩]]主任连夜做了ERCP，小[[PERSON|肖]]护士半夜还来给他擦身换衣。老人现在已经能自己吃饭了，全家万分感激！\n女儿[[PERSON|岳明霞]]（[[PHONE|18516620665]]）敬上　[[DATE|2026年11月22日]]`,
  ],
  [
    'patient-message',
    `护士站您好，我是[[MRN|27]]床[[PERSON|柴启航]]的爱人[[PERSON|骆晴]]。明天起换我弟弟[[PERSON|骆斌]]来陪护，他的身份证是[[ID_CARD|210102198504175554]]，陪护证麻烦帮忙登记一下。另外[[PERSON|詹]]医生说[[DATE|11月26日]]做膀胱镜，家属需要几点到？有事打我电话[[PHONE|13610861879]]或发邮件到[[EMAIL|luoqing.sy@example.net]]。`,
  ],
  [
    'family-chat',
    `相亲相爱一家人（12）\n[[PERSON|阿茂]]：爷爷今天转到普通病房了，[[MRN|16]]床\n大姑：太好了🙏 医生怎么说\n[[PERSON|阿茂]]：[[PERSON|席]]医生说肺部感染控制住了，再观察三四天，爷爷[[AGE|93]]了还这么扛得住\n[[PERSON|棠棠]]：明早我开车过去，车牌[[PLATE|湘A3G7P9]]，停住院部负二层，谁要带东西说一声\n三叔：@[[PERSON|棠棠]] 帮我把爷爷的老花镜带过去`,
  ],
  [
    'family-chat',
    `孙辈小群\n[[PERSON|子萱]]：奶奶[[DATE|25号]]做白内障手术，要带身份证原件，我拍了照片：[[ID_CARD|360102193301171748]]\n[[PERSON|阿淼]]：奶奶都[[AGE|93]]了还能做吗\n[[PERSON|子萱]]：[[PERSON|温]]主任说局麻十几分钟就好，我约了陪诊师[[PERSON|乔雨菲]]那天陪她\n[[PERSON|阿淼]]：那天我开我那台电车去接，车牌[[PLATE|赣A·D73825]]，七点到楼下`,
  ],
  [
    'family-chat',
    `二舅：住院押金我先垫了8000，发票在我这\n[[PERSON|慧琳]]：二舅辛苦，把卡号发群里，我们三家平摊转给你\n二舅：[[BANK_CARD|6217000183234906863]] 建行，户名[[PERSON|柯友才]]\n[[PERSON|阿坤]]：收到，今晚转。外婆明天几点做造影？\n二舅：[[PERSON|万]]医生说排在下午第二台`,
  ],
  [
    'sms-reminder',
    `【市中心医院】[[PERSON|郎]]先生，您已约到[[DATE|11月26日]]（周四）09:30骨科复诊，就诊序号18，请携带身份证及医保卡提前15分钟签到。如需取消：[[URL|https://hosp.example.cn/yy?c=XHMGZC]]`,
  ],
  [
    'sms-reminder',
    `【市中心医院】因门诊楼电梯改造，11月28日至12月5日门诊二至四楼请走东侧楼梯或乘住院部电梯，行动不便者可在一楼服务台借用轮椅。不便之处，请您谅解。`,
  ],
  [
    'sms-reminder',
    `【体检中心】[[PERSON|蒙晓岚]]女士，您[[DATE|11月14日]]的体检报告（体检号[[MRN|TJ326155061]]）已出，请凭身份证到3号楼一楼领取，或在公众号查询。如需解读可预约[[DATE|11月30日]]下午专家咨询。`,
  ],
  [
    'uveitis-clinic',
    `葡萄膜炎专病门诊｜[[PERSON|裘振宇]]｜男｜34岁｜门诊号 [[MRN|8818677657]]｜HLA-B27阳性，右眼急性前葡萄膜炎第3次发作｜右眼视力0.3，眼压14mmHg，前房闪辉++，细胞+++｜1%醋酸泼尼松龙滴眼液 q1h，复方托吡卡胺 tid｜[[DATE|11月30日]]复查｜电话 [[PHONE|19197967191]]｜风湿科会诊：[[PERSON|隋]]医生`,
  ],
  [
    'uveitis-clinic',
    `葡萄膜炎门诊随访：患者[[PERSON|蒯仲礼]]，男，[[AGE|91]]岁，身份证[[ID_CARD|320583193505052217]]，住[[ADDRESS|昆山市玉山镇柴王弄12号]]。左眼急性视网膜坏死，[[DATE|11月12日]]起静脉阿昔洛韦，[[DATE|11月19日]]改口服伐昔洛韦1g tid，玻璃体腔注射更昔洛韦已2次，左眼视力眼前手动。由外孙[[PERSON|韩子骞]]陪诊，下次注射[[DATE|11月26日]]。门诊护士：[[PERSON|庄晓蕾]]`,
  ],
  [
    'uveitis-clinic',
    `葡萄膜炎患者用药须知：激素眼药水要按医嘱逐渐减量，不能自行突然停药；散瞳药会让看近处模糊、怕光，出门可戴墨镜，用药期间不要开车；长期用激素需定期查眼压；眼红、眼痛、视力下降加重时请尽快来院，夜间可挂急诊眼科。`,
  ],
  [
    'urogynaecology-clinic',
    `子宫托门诊｜[[PERSON|单秀珍]]｜女｜[[AGE|92]]岁｜门诊号 [[MRN|6851015788]]｜子宫脱垂 POP-Q Ⅲ度｜环形带支撑子宫托 4号，[[DATE|8月25日]]放置，今日取出清洗，阴道壁轻度糜烂，予雌三醇乳膏｜下次更换 [[DATE|2027-02-24]]｜儿媳[[PERSON|蔡淑云]]陪同｜护士 [[PERSON|屈]]`,
  ],
  [
    'urogynaecology-clinic',
    `产后盆底康复评估：[[PERSON|褚雨桐]]，女，31岁，身份证[[ID_CARD|330203199507265268]]，[[DATE|2026年9月30日]]顺产（会阴侧切），产后6周出现压力性尿失禁，咳嗽、跳绳时漏尿。盆底肌力Ⅱ级，静息肌电4.2μV。制定10次电刺激+生物反馈方案，首次治疗[[DATE|11月24日]]，康复治疗师[[PERSON|邵一帆]]。住址：[[ADDRESS|宁波市海曙区药行街38弄5号501]]；电话：[[PHONE|13507302847]]。`,
  ],
  [
    'urogynaecology-clinic',
    `尿失禁随访：[[PERSON|包桂香]]，蒙古族，[[AGE|94]]岁，身份证[[ID_CARD|150203320908714]]，医保卡号[[INSURANCE_ID|756091664743]]，现住[[ADDRESS|包头市昆都仑区钢铁大街61号颐康养老院2号楼208]]。护工[[PERSON|阿茹娜]]每日记排尿日记，夜尿4–5次，米拉贝隆25mg qd已服4周，无尿潴留。[[DATE|12月15日]]复查残余尿。`,
  ],
  [
    'hair-loss-clinic',
    `毛发专病门诊｜患儿 [[PERSON|乔一诺]]｜女｜9岁｜多发性斑秃，SALT 35%｜门诊号 [[MRN|8794933655]]｜皮肤镜图像号 [[MRN|DM2672628]]｜[[DATE|10月20日]]起外用卤米松，现见毳毛新生｜母亲 [[PERSON|戴雪晴]] [[PHONE|18563017818]]｜[[DATE|12月22日]]复诊拍照对比｜医生 [[PERSON|付]]`,
  ],
  [
    'hair-loss-clinic',
    `脱发门诊就诊须知：就诊前两天不要洗头，方便医生观察头皮油脂和脱发情况；不要染发，也不要戴假发片来就诊；正在使用米诺地尔的请带上药盒；毛发移植咨询需另行预约，当天不做手术。`,
  ],
  [
    'hair-loss-clinic',
    `化疗后脱发咨询：[[PERSON|钭美玲]]，女，48岁，身份证[[ID_CARD|330102197801142102]]，医保卡号[[INSURANCE_ID|834911200657]]。[[DATE|9月12日]]开始TC方案化疗，第二周期后头发大量脱落，情绪低落。已领取院内公益假发一顶，建议化疗结束后3个月评估再生，约[[DATE|2027年3月]]复诊。联系人：丈夫[[PERSON|金承佑]] [[PHONE|15828594619]]`,
  ],
  [
    'prosthetics-clinic',
    `假肢适配记录｜[[PERSON|雷振江]]｜男｜63岁｜门诊号 [[MRN|9824887908]]｜右小腿截肢（糖尿病足）[[DATE|2026-07-14]]｜残肢已定型，[[DATE|11月20日]]取石膏阴型｜接受腔：全接触式，硅胶内衬 L 号｜活动等级 K2｜试穿 [[DATE|12月4日]]｜假肢技师 [[PERSON|柯明]]｜残疾人证号 [[ID_CARD|50010619630927567842]]`,
  ],
  [
    'prosthetics-clinic',
    `假肢门诊随访：[[PERSON|梁秀英]]，女，[[AGE|90]]岁，左大腿截肢术后28年，旧假肢接受腔磨损，残端皮肤破溃1×1cm。身份证[[ID_CARD|440604360502766]]，住[[ADDRESS|佛山市禅城区祖庙街道福贤路36号之二]]。由孙子[[PERSON|梁家俊]]推轮椅陪同，[[DATE|11月23日]]重新取型，费用按残联补贴申请。`,
  ],
  [
    'prosthetics-clinic',
    `假肢维修回访（电话）：[[DATE|11月21日]] 15:20 致电[[PERSON|贺军]]（左前臂肌电假手，[[DATE|2024年5月]]装配），反映手指开合变慢、电池只能用半天。已约[[DATE|11月28日]]师傅上门取件，地址[[ADDRESS|长春市朝阳区红旗街道工农大路1855号2栋1门702]]，电话[[PHONE|13013220655]]。回访人：[[PERSON|窦志伟]]`,
  ],
];

const en: Array<[string, string]> = [
  [
    'admission',
    `HOSPITALIST ADMISSION NOTE (H&P)\nName: [[PERSON|Marguerite Mounsey]]   DOB: [[DATE|03/14/1931]]   Age: [[AGE|95]]   Sex: F\nMRN: [[MRN|29939938]]   Room: [[MRN|612]]   Admit: [[DATE|11/21/2026]]\nCC: "My legs just gave out." Neighbor [[PERSON|Dwayne Catchpole]] noticed newspapers piling up and called 911; she had been down about 14 hours. CK 2,840, Cr 1.7.\nLives alone at [[ADDRESS|418 Larkspur Ln, Fort Wayne, IN 46805]].\nEmergency contact: son [[PERSON|Lucien Mounsey]], [[PHONE|(260) 555-0165]].\nInsurance: Humana Gold Plus, member ID [[INSURANCE_ID|H20266627]].\nAttending: Dr. [[PERSON|Imogen Hlongwane]]`,
  ],
  [
    'admission',
    `AMU clerking [[DATE|22/11/26]] 23:40\n[[PERSON|Winifred Raistrick]] ([[AGE|91]]) — NHS [[INSURANCE_ID|999 386 8442]] — Hosp no [[MRN|RX129305]]\nPC: new confusion, barely eating or drinking x3/7; daughter [[PERSON|Pauline]] says "not herself since Thursday".\nSH: lives at [[ADDRESS|Flat 2, 9 Mafeking Terrace, Hartlepool TS24 8JQ]], carers QDS.\nImp: hypoactive delirium ?UTI ?constipation. Na 131, CRP 88.\nGP: Dr [[PERSON|Nagarajan]], Headland Surgery.\n[[PERSON|T. Lightowler]] FY2, bleep 4471`,
  ],
  [
    'admission',
    `AMAU admission, Galway — [[DATE|21 Nov 2026]]\n[[PERSON|Bríd Ní Fhearghail]], [[AGE|94]], PPSN [[ID_CARD|7564353EA]], GMS card [[INSURANCE_ID|552756Z]]\nAddress: [[ADDRESS|Teach na Trá, Baile na hAbhann, Co. na Gaillimhe H91 X2K4]]\nSpeaks mainly Irish; nephew [[PERSON|Colm Mac Donnchadha]] (lives in Leeds, [[PHONE|07700 900350]]) interpreted by phone.\nPC: 2 days of productive cough, SpO2 89% on air, CURB-65 3. Start IV amoxicillin + clarithromycin.\nAdmitting SpR: Dr [[PERSON|Aoife Mac Giolla Rua]]`,
  ],
  [
    'progress-note',
    `Hospital Day 3 — Medicine\n[[PERSON|Ignatius Kitchingman]], [[AGE|92]]M, Rm [[MRN|814]]\nS: slept poorly, pulled at IV x1. O: afebrile, HR 88, Cr 1.4 (from 2.1).\nA/P: AKI improving — stop fluids. Delirium — melatonin, sitter overnight.\nDispo: granddaughter [[PERSON|Keziah]] (HCPOA) agrees with SNF; case manager [[PERSON|Rosalind Ebbsworth]] sending referrals; anticipate d/c [[DATE|11/25]].\n— [[PERSON|H. Pizzolato-Ekeoma]], MD`,
  ],
  [
    'progress-note',
    `Ward 7 consultant ward round, [[DATE|23/11/2026]]. Bed [[MRN|14]]: [[PERSON|Alasdair Mackinnon]], CHI [[INSURANCE_ID|1203341695]], [[AGE|92]]. Day 5 IV co-amoxiclav for aspiration pneumonia; SLT advise minced and moist diet, mildly thick fluids. Wife [[PERSON|Morven]] updated at bedside and asked about getting him home before the weekend — plan to review [[DATE|27/11]]. Seen with Dr [[PERSON|Oguntoyinbo]] (ST6). [[PERSON|C. Gillanders]] FY1`,
  ],
  [
    'progress-note',
    `Progress Note — Medicine, [[DATE|Nov 22, 2026]]\n[[PERSON|Harjit Kaur Mangat]], [[AGE|90]], PHN [[INSURANCE_ID|9342 427 715]], Rm [[MRN|5104]]. Punjabi-speaking; interpreter [[PERSON|Navdeep Heer]] by video. HF exacerbation, diuresing well (−2.3 L), K 3.4 → replace. Son [[PERSON|Jaswinder]] requests a family meeting [[DATE|Nov 24]] at 1400.\nR2 [[PERSON|Y. Åkerlund]]`,
  ],
  [
    'discharge',
    `Discharge Summary — Medicine\nName: [[PERSON|Eulalia Brisbois]]   MRN: [[MRN|57261198]]   Age: [[AGE|90]]\nAdmission date [[DATE|11/14/2026]]; discharge date [[DATE|11/20/2026]].\nPrincipal dx: C. difficile colitis, non-severe. Secondary: CKD 3b, hypothyroidism.\nDischarged home with daughter [[PERSON|Genevieve Brisbois-Dumalagan]] at [[ADDRESS|77 Orchard Hill Rd, Apt 3, Burlington, VT 05401]]; home health RN to start [[DATE|11/22]].\nF/u PCP Dr. [[PERSON|Abimbola Akinwunmi]] on [[DATE|12/01/2026]]; daughter's phone [[PHONE|(802) 555-0198]].\nDictated by [[PERSON|M. Garioch-Haas]], PA-C`,
  ],
  [
    'discharge',
    `Discharge letter — to Dr [[PERSON|Trembath]], Mevagissey Surgery\nRe: [[PERSON|Jowan Annear]], DOB [[DATE|02/02/1933]], NHS [[INSURANCE_ID|999 757 9240]]\nAdmitted [[DATE|15/11/2026]], discharged [[DATE|21/11/2026]]. Diagnosis: diverticular bleed, transfused 2 units; apixaban withheld pending haematology advice.\nMr Annear ([[AGE|93]]) lives with his daughter [[PERSON|Kerensa]] at [[ADDRESS|3 Chapel Row, Polkerris, Par PL24 2TL]].\nActions for GP: FBC in one week ([[DATE|28/11/2026]]); district nurse to check his legs.\nDr [[PERSON|Anwen Hosking]], StR Gastroenterology`,
  ],
  [
    'discharge',
    `Discharge summary — Geriatric Medicine, [[DATE|20/11/2026]]\n[[PERSON|Clement Ogston]], [[AGE|98]], UR [[MRN|1004771]], Medicare [[INSURANCE_ID|4253 97172 5]], DVA Gold Card [[INSURANCE_ID|QX117656]]\nAdmitted [[DATE|09/11/2026]] with recurrent falls and postural hypotension; tamsulosin ceased, fludrocortisone started.\nDischarged to [[ADDRESS|Room 14, Banksia Lodge, 22 Coronation Dr, Maroochydore QLD 4558]].\nNephew [[PERSON|Barnaby Ogston]] ([[PHONE|0491 574 118]]) has been updated.`,
  ],
  [
    'outpatient',
    `SOPD (Medicine) — [[DATE|23-Nov-2026]]\n[[PERSON|Tse Siu-fong]] ([[PERSON|謝小芳]]), F, [[AGE|93]], HKID [[ID_CARD|D195387(8)]]\nTel: [[PHONE|+852 9934 4059]] (daughter [[PERSON|Kwok Mei-ling]])\nHx: HT, DM, CKD 4. BP 148/70. HbA1c 6.9%. eGFR 22.\nPlan: stop metformin; linagliptin 5 mg daily. Next FU [[DATE|15-Mar-2027]].\nDr [[PERSON|Szeto Ka-lun]]`,
  ],
  [
    'outpatient',
    `Neurology follow-up, [[DATE|11/19/2026]]\nPt: [[PERSON|Anselmo Quiñónez Barrera]]; DOB [[DATE|07/30/1948]]; MRN [[MRN|1647624]]\nInterpreter: [[PERSON|Yesenia]] (Spanish, in person)\nEssential tremor; propranolol LA 80 mg helping, handwriting better. Wife [[PERSON|Rosaura]] reports no falls.\nPlan: continue; add primidone 25 mg qhs. RTC [[DATE|May 2027]].`,
  ],
  [
    'outpatient',
    `Consultation — [[DATE|20 Nov 2026]]\n[[PERSON|Thandeka Mabuza]], ID [[ID_CARD|5208140073085]], Discovery KeyCare member no. [[INSURANCE_ID|856364412]]\n3 weeks of thirst and polyuria; random glucose 19.2 mmol/L, ketones negative. Started metformin 500 mg bd, diet sheet given.\nResults to [[EMAIL|t.mabuza52@example.co.za]]; daughter [[PERSON|Nomvula]] drove her in. Review [[DATE|4 Dec 2026]].`,
  ],
  [
    'referral',
    `REFERRAL — Cardiology (Electrophysiology)\nPatient: [[PERSON|Cornelius Locklear]]   DOB: [[DATE|09/05/1935]] ([[AGE|91]])\nAddress: [[ADDRESS|2210 Pecan Bend Dr]]\n[[ADDRESS|San Marcos, TX 78666]]\nMedicare MBI: [[INSURANCE_ID|1K26-FP8-QE73]]\nReason: symptomatic bradycardia, HR 38–44, two syncopal episodes (last [[DATE|11/17/2026]]).\nReferring: [[PERSON|Leticia Larrañaga]], NP — [[PHONE|(512) 555-0191]]`,
  ],
  [
    'referral',
    `2WW referral (colorectal)\n[[PERSON|Gwenllian Dafis]], DOB [[DATE|11/06/1952]], NHS [[INSURANCE_ID|999 206 6466]]\nAddress: [[ADDRESS|27 Heol Gwernifor, Pontypridd CF37 1QU]]   Mobile: [[PHONE|07700 900460]]\nFIT 186 µg Hb/g; IDA: Hb 94 g/L, ferritin 6; 5 kg weight loss since [[DATE|August]].\nCan attend at short notice; prefers letters in Welsh.\nReferring GP: Dr [[PERSON|Emrys Whiteoak]], [[DATE|20/11/2026]]`,
  ],
  [
    'referral',
    `Dear Dr [[PERSON|Wickramasuriya]],\nRe: [[PERSON|Ivy Edgecombe]], [[AGE|96]], [[ADDRESS|5/38 Lygon Ct, Shepparton VIC 3630]], Medicare [[INSURANCE_ID|5923 75944 4]]\nThank you for seeing Ivy, whose memory has declined over the past year (MMSE 19/30). On [[DATE|12 November]] she got lost driving home from the bank; her licence has since been surrendered. Her daughter [[PERSON|Roslyn]] ([[PHONE|0491 575 789]]) would like to attend.\nKind regards, Dr [[PERSON|Tobias Lenehan]], GP`,
  ],
  [
    'handover',
    `NIGHT HANDOFF — 5 West (I-PASS)\n[[MRN|501]]  [[PERSON|DUBOSE-BYTHESEA, Lorraine]]  [[AGE|97]]F  WATCHER — new AF with RVR, diltiazem gtt 10 mg/h\n502  — discharged\n[[MRN|503]]  [[PERSON|SUMULONG, Teodoro]]  66M  stable — post-TURP, CBI running light pink\n[[MRN|504]]  [[PERSON|WAFULA, Wanjiru]]  41F  stable — DKA resolved, SQ insulin started\nContingency: if [[MRN|501]] HR >130 sustained, page cardiology fellow.\nOff: [[PERSON|K. Grønvold]], PGY-1 → On: [[PERSON|D. Hufanga]], PGY-2`,
  ],
  [
    'handover',
    `(Transcribed bedside handover, Ward 9) Right, bed [[MRN|sixteen]] is [[PERSON|Ethel]], [[PERSON|Ethel Mottershead]], she's [[AGE|ninety-seven]], settled night, pads need checking at six. Bed seventeen went to the discharge lounge. Bed [[MRN|eighteen]], Mr [[PERSON|Udeogu]], day one post hip, his wife [[PERSON|Chioma]] rang at three asking about visiting, I said two till eight. Side room [[MRN|two]] is the C. diff lady, [[PERSON|Delphine]]... [[PERSON|Delphine Clutterbuck]], still barrier nursed.`,
  ],
  [
    'handover',
    `ISBAR — ED to Ward 21, [[DATE|22/11/2026]] 1915\nI: RN [[PERSON|Mereana Rapana]] (ED) to RN [[PERSON|Josefa Vakalalabure]] (Ward 21)\nS: [[PERSON|Tamati Henare]], [[AGE|90]], NHI [[INSURANCE_ID|YKV3075]], fractured left NOF after a fall at home.\nB: AF on dabigatran; lives with wife [[PERSON|Huia]] at [[ADDRESS|14 Kōwhai Street, Ōpōtiki 3122]].\nA: pain 4/10 after fascia iliaca block; Hb 112.\nR: theatre planned [[DATE|23/11]]; hold dabigatran; ortho reg Dr [[PERSON|Vikash Lal]] aware.`,
  ],
  [
    'nursing-note',
    `Nursing Note — [[DATE|11/22/2026]] 0300\nPt [[PERSON|Philomena Wierzbicka]], [[AGE|99]]F, Rm [[MRN|318]]. Found sitting on edge of bed trying to stand; bed alarm sounded; assisted back to bed, no injury. Toileted, voided 200 mL. Bed low, fall mat in place. Daughter-in-law [[PERSON|Carmela]] called at 0315 and was updated. Hourly rounding continues.\n— [[PERSON|J. Oberhuber-Kwon]], RN`,
  ],
  [
    'nursing-note',
    `District nursing visit, Tue [[DATE|24/11]]\n[[PERSON|Lavinia Spurdens]], [[AGE|95]], NHS [[INSURANCE_ID|999 666 7642]], [[ADDRESS|Rose Cottage, 2 Tanners Lane, Chipping Campden GL55 6DX]] — key safe in use, code held by the office.\nRight gaiter ulcer 4 × 3 cm, slough reduced; 2-layer compression bandaging redone. Neighbour [[PERSON|Gordon]] collects her prescriptions. Next visit Fri [[DATE|27/11]].\n[[PERSON|B. Fishwick]], DN`,
  ],
  [
    'nursing-note',
    `Progress notes — Wattle Wing, [[DATE|21/11/2026]] 14:10\nResident [[PERSON|Vasilios Tsoukalas]], [[AGE|93]], room [[MRN|27]]. Greek-speaking; daughter [[PERSON|Eleni]] translated. Refused lunch; weight 52.4 kg (−2.1 kg in 4 weeks). Dietitian referral sent; supplements BD. GP Dr [[PERSON|Harinder Sahota]] to review Thursday [[DATE|26/11]].\nRN [[PERSON|Joanne Vaipulu]]`,
  ],
  [
    'lab-report',
    `LABORATORY REPORT — CHEMISTRY\nPATIENT: [[PERSON|VANDERWAAL, HORTENSE]]   DOB: [[DATE|01/09/1934]]   AGE: [[AGE|92]]   MRN: [[MRN|82348965]]\nLOC: 4N / BED [[MRN|22]]   COLL DT/TM: [[DATE|11/23/2026]] 0512   ACC#: [[MRN|C992343742]]\nSODIUM 119 L CRIT   POTASSIUM 5.6 H   GLUCOSE 64 L\nCRITICAL RESULT CALLED TO [[PERSON|T. MASEKO-PIZARRO]] RN 05:40 BY [[PERSON|RDQ]]`,
  ],
  [
    'lab-report',
    `HISTOPATHOLOGY REPORT\nLab no: [[MRN|H26/96665]]   Hosp no: [[MRN|V872053]]   NHS: [[INSURANCE_ID|999 455 6681]]\nPatient: [[PERSON|Rhiannon Farnworth]]   DOB: [[DATE|29/04/1958]]\nSpecimen: L temple, elliptical excision. Received [[DATE|16/11/2026]].\nMicroscopy: nodular BCC, clear of all margins (nearest peripheral 1.8 mm, deep 2.4 mm).\nReported by Dr [[PERSON|Fionnuala Scallan]], consultant histopathologist, [[DATE|20/11/2026]]. Requested by Mr [[PERSON|Arjun Subramanyam]].`,
  ],
  [
    'lab-report',
    `Microbiology — urine culture\n[[PERSON|Cornelia Van Slyke]], [[AGE|94]]F, OHIP [[INSURANCE_ID|4840-321-782]] ZK\nAccession [[MRN|M26-658232]]; collected [[DATE|2026-11-20]]\n>10^8 CFU/L Escherichia coli (ESBL). S to nitrofurantoin and fosfomycin; R to ceftriaxone and ciprofloxacin.\nOrdering: Dr [[PERSON|Feroze Dhanji]]. Location: [[ADDRESS|Room 212, Maple Crest Manor, 88 Brock St, Kingston ON K7L 1S2]]`,
  ],
  [
    'imaging-report',
    `MR L-SPINE (NON-CONTRAST)\nName: [[PERSON|Hollis Weatherbee]]   MRN: [[MRN|47985322]]   Acc: [[MRN|MR28540608]]\nExam date: [[DATE|11/18/2026]]   Comparison: radiographs [[DATE|08/2026]]\nFindings: L4–5 severe central canal stenosis from a facet synovial cyst and ligamentum flavum thickening; grade 1 anterolisthesis.\nImpression: severe L4–5 stenosis, new since the radiographs.\nElectronically signed: [[PERSON|Priyamvada Gopalakrishnan]], MD, [[DATE|11/18/2026]] 16:52. Referring: Dr. [[PERSON|Lorne Blaylock]]`,
  ],
  [
    'imaging-report',
    `XR CHEST (PORTABLE) — RIS [[MRN|RXA1148110]]\n[[PERSON|Ebenezer Tinkler]], [[AGE|90]], NHS [[INSURANCE_ID|999 658 2345]], Ward 3, bed [[MRN|6]]\nClinical: ?pulmonary oedema, rising oxygen requirement.\nCardiomegaly, upper lobe venous diversion, bilateral effusions R>L. NG tube tip below the diaphragm.\nCompared with [[DATE|19/11/2026]]: effusions larger.\nReported: Dr [[PERSON|Ulrike Zwicknagl]], [[DATE|22/11/2026]]`,
  ],
  [
    'imaging-report',
    `Having a CT scan with contrast: drink a glass of water an hour before; tell the radiographer if you have reacted to contrast dye before, have kidney problems or take metformin; the injection can give a warm feeling and a sense of having passed urine, which is normal; you can eat and drive afterwards.`,
  ],
  [
    'prescription',
    `RIVERBEND PHARMACY #0417\nRX# [[MRN|7386570]]   FILLED [[DATE|11/23/2026]]\n[[PERSON|GUILLORY, AUGUSTINE]]\n[[ADDRESS|1142 BAYOU TECHE RD, BREAUX BRIDGE LA 70517]]\nAPIXABAN 2.5MG TABLETS\nTAKE 1 TABLET ORALLY EVERY 12 HOURS\nQTY: 60 TAB   RF: 5   PRESCRIBER: DR. [[PERSON|M. PFISTERER]]`,
  ],
  [
    'prescription',
    `FP10 — [[PERSON|Reginald Dransfield]], [[AGE|92]], DOB [[DATE|04/09/1934]], NHS [[INSURANCE_ID|999 764 6398]]\n[[ADDRESS|11 Badger's Holt, Kingsbridge TQ7 1LX]]\nOramorph (morphine 10 mg in 5 mL) 2.5 mL up to 2-hourly PRN for breathlessness. Supply: 100 (one hundred) mL.\nPrescriber: Dr [[PERSON|Hester Longbottom]], [[DATE|21/11/2026]]. Collected by grandson [[PERSON|Callum Dransfield]].`,
  ],
  [
    'prescription',
    `PBS prescription — [[DATE|23/11/2026]]\nPatient: [[PERSON|Dulcie Cheesbrough]] ([[AGE|90]]), [[ADDRESS|7 Wren St, Launceston TAS 7250]]\nMedicare [[INSURANCE_ID|3639 89071 3]]   Pensioner concession card [[INSURANCE_ID|231 309 952W]]\nCefalexin 500 mg capsules — one capsule four times a day for 7 days. Qty 20, repeats 0.\nPrescriber: Dr [[PERSON|Willem Oudshoorn]]`,
  ],
  [
    'consent',
    `INFORMED CONSENT — Percutaneous Endoscopic Gastrostomy (PEG)\nPatient: [[PERSON|Wendell Oxendine]]   MRN: [[MRN|14625588]]\nPatient lacks capacity; consent given by health care agent (wife) [[PERSON|Loretta Oxendine]], ID checked: NC driver's license [[ID_CARD|144958562727]].\nRisks explained, including bleeding, wound infection, perforation, the tube falling out and aspiration.\nWitness: [[PERSON|Shirelle Chavis]], RN   Physician: Dr. [[PERSON|Anup Venugopal]]\nDate/time: [[DATE|11/20/2026]] 1430`,
  ],
  [
    'consent',
    `Before your procedure under sedation: arrange for a responsible adult to take you home and stay with you overnight; for 24 hours do not drive, operate machinery, sign legal documents or drink alcohol; bring your medicines or a list of them; if you take blood thinners, diabetes tablets or insulin, ask us what to do before the day.`,
  ],
  [
    'consent',
    `Consent to Treatment — Substitute Decision-Maker\nPatient: [[PERSON|Evangeline Xanthopoulos]], [[AGE|96]], OHIP [[INSURANCE_ID|8991-880-611]]\nTreatment proposed: transfusion of 1 unit red cells on [[DATE|Nov 22, 2026]]\nSDM: son [[PERSON|Aristides Xanthopoulos]], tel [[PHONE|(416) 555-0169]]\nObtained by [[PERSON|R. Villeneuve]], MD, with Greek interpreter [[PERSON|Stavroula Dimou]]`,
  ],
  [
    'billing',
    `Your Explanation of Benefits (not a bill)\nMember: [[PERSON|Prudence Ashburner]]   Member ID: [[INSURANCE_ID|GXM984010625]]   Group: 0047152\nPatient: [[PERSON|Milo Ashburner]] (dependent), DOB [[DATE|06/02/2019]]\nRendering provider: Lakeshore Pediatric Associates   Date of service: [[DATE|10/28/2026]]\nBilled $412.00   Allowed $238.17   Plan paid $190.54   You may owe $47.63\nMail to: [[ADDRESS|PO Box 2281, Bozeman, MT 59771]]`,
  ],
  [
    'billing',
    `INVOICE — Private Patients Unit\nPatient: [[PERSON|Imelda Drysdale]], [[ADDRESS|Flat 9, 31 Marchmont Crescent, Edinburgh EH9 1HH]]\nInsurer: WPA, membership [[INSURANCE_ID|73777662]] (shortfall payable by patient)\nOperation: open carpal tunnel decompression, [[DATE|12/11/2026]], Mr [[PERSON|Ruairidh Jardine]]\nShortfall £185.00, paid by card ending 4417. Receipt sent to [[EMAIL|imelda.drysdale@example.co.uk]].`,
  ],
  [
    'billing',
    `Tax invoice — Day Procedure Centre\nPatient: [[PERSON|Lachlan Burgoyne]]   NHI [[INSURANCE_ID|WJW2218]]   Account [[MRN|21157363]]\nSouthern Cross member [[INSURANCE_ID|82078202]]\nColonoscopy with polypectomy, [[DATE|17/11/2026]] — excess $300.00\nPaid: Mastercard [[BANK_CARD|5358447410144869]]`,
  ],
  [
    'online-consult',
    `Telehealth chat — visit [[MRN|TV-8450288]]\n[[ACCOUNT|gardenia_mom77]]: hi, my son has been coughing like a seal since about midnight\nNP [[PERSON|Callista Bitar]]: Hi! What's his name and date of birth?\n[[ACCOUNT|gardenia_mom77]]: [[PERSON|Rory]], [[DATE|3/9/2023]]\nNP [[PERSON|Callista Bitar]]: Any noisy breathing while he's calm, or drooling? If so, go to the ER now.\nSession IP: [[IP|203.0.113.10]]`,
  ],
  [
    'online-consult',
    `Online consultation — submitted [[DATE|21/11/2026]] 22:14\nName: [[PERSON|Jolyon Gawthorpe]]   DOB: [[DATE|17/12/1987]]   NHS: [[INSURANCE_ID|999 285 6122]]\nEmail: [[EMAIL|jolyon.gawthorpe@example.org.uk]]\n"Since flying back from Goa on [[DATE|14 November]] I've had fevers on and off and a headache. My travel insurer wants my passport number: [[PASSPORT|523258615]]."\nDevice IP: [[IP|2001:db8:f0ef::6624]]\nTriage: same-day call-back by [[PERSON|Nkechi Ogbuagu]] (ANP); malaria film advised.`,
  ],
  [
    'online-consult',
    `Telehealth booking — [[PERSON|Shreya Venkataraghavan]], Medicare [[INSURANCE_ID|6120 70189 2]]\nReason: repeat of contraceptive pill; BP reading from pharmacy 118/76.\nAppointment: Mon [[DATE|30 Nov]] 10:15 with Dr [[PERSON|Gideon Thornber]]\nJoin link: [[URL|https://telehealth.example.com.au/join/wbxqkzn2]]   Mobile on file: [[PHONE|0491 578 957]]\nPrivate fee $45 charged to Amex [[BANK_CARD|374739568549712]]`,
  ],
  [
    'patient-message',
    `Subject: change of address — [[PERSON|Marisol Goikoetxea]], MRN [[MRN|3750050]]\nHi, please update my records: I have moved from [[ADDRESS|56 Cedar Row, Boise, ID 83702]] to [[ADDRESS|2019 Juniper Ave, Unit 4, Meridian, ID 83642]]. My new cell is [[PHONE|(208) 555-0186]], and please put my payment plan on this card: [[BANK_CARD|4214062005110287]], exp 08/29. Also, could Dr. [[PERSON|Ecclestone]] send me the colonoscopy results from [[DATE|November 10]]? Thanks, [[PERSON|Marisol]]`,
  ],
  [
    'patient-message',
    `Portal message (user [[ACCOUNT|mirela.h.care]]) to Dr. [[PERSON|Vuković]]:\nMy mother [[PERSON|Zdenka Horvat]] ([[AGE|93]], MRN [[MRN|63990917]]) has been much drowsier since her gabapentin went up on [[DATE|Nov 16]]. Should we go back to 100 mg? She also has an appointment on [[DATE|December 3]] — can we keep it?\n— [[PERSON|Mirela]] (daughter), [[PHONE|(614) 555-0115]]`,
  ],
  [
    'patient-message',
    `Dear PALS team,\nI'd like to complain about how my father, [[PERSON|Cedric Duerden]] ([[AGE|90]]), hospital number [[MRN|Z268599]], was looked after. He was on Ward 14 from [[DATE|3 November]] to [[DATE|9 November]]. He was left without his hearing aids for four days and so missed his physiotherapy on [[DATE|6 November]]. Staff nurse [[PERSON|Bianca]] was very kind, but nobody told us he had been moved. Please reply to [[EMAIL|s.duerden@example.co.uk]] or [[ADDRESS|22 Sandpiper Close, Grimsby DN34 5QF]].\nYours faithfully, [[PERSON|Simone Duerden]]`,
  ],
  [
    'family-chat',
    `Nan 💜 hospital updates\n[[PERSON|Kayleigh]]: just left, she's on ward 6 bed [[MRN|4]], ate half her shepherd's pie\nUncle [[PERSON|Dev]]: did the doctor say when she can come home\n[[PERSON|Kayleigh]]: Dr [[PERSON|Nightingale]] said maybe Monday if her bloods are ok. she's [[AGE|94]] in January and still bossing the nurses\n[[PERSON|Jordan]]: I'll fetch her, got the van [[PLATE|YK21 HVP]]\nUncle [[PERSON|Dev]]: legend`,
  ],
  [
    'family-chat',
    `🏥 Grandpa [[PERSON|Joe]] updates\nAunt [[PERSON|Trish]]: room [[MRN|1127]], 11th floor\n[[PERSON|Mateo]]: omw, parking in garage B\nAunt [[PERSON|Trish]]: nurse [[PERSON|Desiree]] says swallow study at 2\n[[PERSON|Mateo]]: his [[AGE|97]]th is Saturday, still doing cake in his room?\n[[PERSON|Lani]]: yes!! bringing the rolls. my car is [[PLATE|8XQM417]] if security asks`,
  ],
  [
    'family-chat',
    `Cousins 🌿\n[[PERSON|Wiremu]]: Koro's been moved to Ward 10, bed [[MRN|3]]\n[[PERSON|Anahera]]: kia ora, how is he?\n[[PERSON|Wiremu]]: good, Dr [[PERSON|Pathirana]] said the pneumonia's clearing, maybe home Friday [[DATE|27th]]. he's [[AGE|92]] and still cheeky\n[[PERSON|Tui]]: I can drive him. his NHI is [[INSURANCE_ID|JQX1938]] if the pharmacy asks\n[[PERSON|Anahera]]: @[[PERSON|Tui]] thanks cuz`,
  ],
  [
    'sms-reminder',
    `[[PERSON|Delphine]], this is Lakeview Women's Health: your annual exam is Wed [[DATE|12/2]] at 9:40 AM with [[PERSON|Harriet Oddie-Lind]], CNM. Reply C to confirm or R to reschedule: [[URL|https://lvwh.example.com/r/5k6yju]]`,
  ],
  [
    'sms-reminder',
    `Car park C at the hospital is closed from 30 November to 11 December for resurfacing; please park in the multi-storey off Beech Road. Blue badge holders can park free in the bays outside Outpatients. Reply STOP to opt out.`,
  ],
  [
    'sms-reminder',
    `Hi [[PERSON|Gethin]], your diabetic eye screening is booked for Thu [[DATE|3 Dec]] at 14:20, ref [[MRN|DES-977543]]. Bring your glasses and sunglasses; eye drops can leave your sight blurry for several hours — don't plan to drive.`,
  ],
  [
    'uveitis-clinic',
    `Uveitis clinic — [[DATE|20/11/2026]]\n[[PERSON|Zainab Ghorbani-Pearce]], 29F, NHS [[INSURANCE_ID|999 368 4384]], hosp no [[MRN|G960953]]\nHLA-B27-positive acute anterior uveitis, right eye, 4th episode. VA R 6/18, L 6/6; IOP 12/15; AC cells 3+ R, fibrin.\nPlan: Pred Forte hourly, cyclopentolate 1% bd; rheumatology referral (Dr [[PERSON|Olufunmilayo Odusanya]]) for possible axial SpA. Review [[DATE|27/11/2026]].\nMr [[PERSON|Hamish Whittaker]], consultant ophthalmologist`,
  ],
  [
    'uveitis-clinic',
    `Uveitis Service — [[PERSON|Leilani Kealoha]], DOB [[DATE|05/22/1990]], MRN [[MRN|14572304]]\nDx: Vogt–Koyanagi–Harada disease, bilateral panuveitis. Adalimumab 40 mg SC fortnightly since [[DATE|09/15/2026]]; prednisone tapered to 10 mg. OCT: subretinal fluid resolved. QuantiFERON negative [[DATE|08/2026]].\nHusband [[PERSON|Keoni]] gives the injections. RTC [[DATE|01/2027]].`,
  ],
  [
    'uveitis-clinic',
    `Your steroid eye drops (uveitis): shake the bottle well; leave five minutes between different drops; do not stop suddenly — we will tell you how to reduce them; the dilating drops blur reading vision and make you sensitive to light; ring the eye clinic the same day if the eye becomes redder or more painful or your sight drops.`,
  ],
  [
    'urogynaecology-clinic',
    `Pessary clinic — [[DATE|19/11/2026]]\n[[PERSON|Euphemia Laidlaw]], [[AGE|95]], NHS [[INSURANCE_ID|999 189 1706]], from [[ADDRESS|Holly House Care Home, 40 Moor Lane, Ilkley LS29 8BT]]\nRing pessary 70 mm changed; mild erosion on the posterior wall — vaginal oestrogen twice weekly. Carer [[PERSON|Nyasha Chikomba]] accompanied. Next change [[DATE|March 2027]].\n[[PERSON|Wendy Shufflebotham]], urogynaecology nurse specialist`,
  ],
  [
    'urogynaecology-clinic',
    `Urogynecology — new patient\n[[PERSON|Graciela Ontiveros]], DOB [[DATE|10/03/1946]], MRN [[MRN|95505336]]\nCC: vaginal bulge and slow stream. POP-Q Ba +2, C −1: stage III anterior prolapse. PVR 220 mL.\nPlan: pessary trial vs colpocleisis; urodynamics on [[DATE|12/09/2026]]. Daughter [[PERSON|Itzel]] interpreting at patient's request (declined professional interpreter). Tel [[PHONE|(915) 555-0125]].`,
  ],
  [
    'urogynaecology-clinic',
    `Pelvic health physiotherapy — initial assessment [[DATE|18/11/2026]]\n[[PERSON|Kirra Winterbottom]], 34, 11 weeks postpartum (baby born [[DATE|31/08/2026]]), Medicare [[INSURANCE_ID|6349 97323 1]]\nModified Oxford 2/5; diastasis 2.5 cm. Home programme given; review [[DATE|2/12]].\nAddress: [[ADDRESS|12 Jacaranda Pde, Townsville QLD 4810]]   Email: [[EMAIL|kirra.winterbottom@example.com.au]]\nPhysio: [[PERSON|Siobhan McAlinden]]`,
  ],
  [
    'hair-loss-clinic',
    `Hair clinic — [[DATE|23/11/2026]]\n[[PERSON|Adaeze Okoronkwo]], 52F, NHS [[INSURANCE_ID|999 983 9231]]\nFrontal fibrosing alopecia; frontal hairline receded 3 cm, eyebrows thinning. Trichoscopy images [[MRN|TRI-16700]].\nStarted dutasteride 0.5 mg daily. Review [[DATE|May 2027]].\nDr [[PERSON|Imran Qadeer]]`,
  ],
  [
    'hair-loss-clinic',
    `Dermatology (hair) — [[PERSON|Jessamyn Ortolani]], DOB [[DATE|02/27/1998]], MRN [[MRN|30126384]]\nTelogen effluvium 3 months after COVID-19 in [[DATE|June]]; pull test positive (8 hairs). Ferritin 14.\nPlan: iron, reassurance, minoxidil 5% foam. Photos uploaded with consent: [[URL|https://derm-photos.example.org/p/dp8ve3j4]]\nFollow-up [[DATE|02/2027]].`,
  ],
  [
    'hair-loss-clinic',
    `Alopecia areata clinic — [[PERSON|Tenzin Dolkar]], 27F, OHIP [[INSURANCE_ID|9133-447-590]] XY\nSALT 60%. Baricitinib 4 mg since [[DATE|Sept 8, 2026]]; lipids on [[DATE|Nov 12]] normal. Sister [[PERSON|Pema]] attends with her.\nAddress: [[ADDRESS|1508-45 Dunn Ave, Toronto ON M6K 2R9]]. Next visit [[DATE|Jan 12, 2027]].`,
  ],
  [
    'prosthetics-clinic',
    `Limb centre review — [[DATE|20/11/2026]]\n[[PERSON|Norbert Fiddament]], [[AGE|90]], NHS [[INSURANCE_ID|999 593 7204]]; left transfemoral amputation after a crush injury 28 years ago.\nSocket loose since weight loss; new liner and socket cast taken, fitting [[DATE|11/12/2026]]. Wheelchair service referral for a back-up chair.\nTransport booked from [[ADDRESS|4 Swallowfield Drive, Kettering NN15 6SU]]; son's car [[PLATE|LN68 WZT]] added to the limb-centre parking list.\nProsthetist: [[PERSON|Gareth Oddfellow]]`,
  ],
  [
    'prosthetics-clinic',
    `Amputation clinic — [[PERSON|Darnell Benally]], SSN [[ID_CARD|987-65-4323]], DOB [[DATE|04/11/1955]]\nRight below-knee amputation [[DATE|03/2025]] (dysvascular). Now K3, walking 1 mile; requests an energy-storing foot.\nCasting done; fitting [[DATE|12/14/2026]] with [[PERSON|Ingrid Sæther]], CPO. Wife [[PERSON|Yolonda]] present.`,
  ],
  [
    'prosthetics-clinic',
    `Looking after your residual limb: check the skin every evening with a mirror; wash the liner daily with mild soap and let it dry fully; add or remove socks as your limb changes through the day; do not wear the prosthesis over a blister or open wound — call the limb centre instead; keep your weight steady, as even 3 kg can change the fit.`,
  ],
];
export function generateDeidHoldout36(): LabelledRecord[] {
  return holdoutRecords('h36', zh, en);
}

export const DEID_HOLDOUT_36_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/labelled/deid-holdout-36.jsonl',
);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const records = generateDeidHoldout36();
  writeFileSync(DEID_HOLDOUT_36_PATH, renderJsonl(records));
  console.log(`wrote ${records.length} records to ${DEID_HOLDOUT_36_PATH}`);
}
