import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { emirates, hkid, luhn, medicare, nhi, nhs, ohip, rid, spaced } from './check-digits.ts';
import { holdoutRecords, type LabelledRecord, renderJsonl } from './generate-deid.ts';

/**
 * The ROUND-46 fresh held-out de-identification set (data/labelled/deid-holdout-46.jsonl): 120
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
 * four settings no earlier card names: bone and soft-tissue sarcoma clinics, retinopathy of
 * prematurity (ROP) screening and treatment, port-wine stain (vascular birthmark) laser clinics and
 * chronic myeloid leukaemia (CML) clinics.
 *
 * Identifiers are synthetic and computed below from hand-chosen parts: 18-digit resident IDs get their
 * GB 11643 check character from a region code, birth date and sequence chosen to agree with the text
 * (the last sequence digit odd for men, even for women); 15-digit IDs are typed from region code, birth
 * date and sex digit; bank cards and Ontario health numbers get a Luhn digit; NHS numbers are in the
 * 999 test range with their modulus-11 digit; Australian Medicare numbers get their check digit and an
 * issue digit; NZ NHIs and the Hong Kong identity card get their check characters; the Emirates ID gets
 * its Luhn digit; the US MBIs follow the published character pattern. Phones are random mainland
 * numbers or fictional ranges (North American 555-01xx, UK 07700 900xxx and 0113 496 0xxx, Australian
 * 0491 57x xxx); mail and web hosts are example.*; IP addresses come from the documentation ranges.
 *
 * Span conventions are those of data/labelled/deid-holdout-45.card.yaml (and the earlier cards it
 * refers to); the decisions new in this round are stated in data/labelled/deid-holdout-46.card.yaml.
 */

const zh: Array<[string, string]> = [
  [
    'admission',
    `心血管内科入院记录
姓名：[[PERSON|樊立群]]　性别：男　年龄：[[AGE|93]]岁
住院号：[[MRN|XN-73902]]　床号：[[MRN|9]]　入院时间：[[DATE|2026-11-24]] 09:15
身份证号：[[ID_CARD|${rid('320102', '19330412', '153')}]]
医保号：[[INSURANCE_ID|320100A07734512]]
住址：[[ADDRESS|南京市玄武区北京东路71号梅园新村小区12栋605室]]
主诉：反复胸闷气促2年，加重伴双下肢水肿5天。NT-proBNP 3860pg/ml，LVEF 32%，血压102/64mmHg。
紧急联系人：长子[[PERSON|樊启航]]　[[PHONE|138-1590-4726]]`,
  ],
  [
    'admission',
    `患者[[PERSON|蓝彩凤]]，女，畲族，[[AGE|九十一]]岁，因"右上腹痛伴发热2天"于[[DATE|11月23日]]晚由孙子[[PERSON|雷家旺]]陪同急诊入院。腹部超声示胆囊结石伴急性胆囊炎，T 38.9℃，WBC 15.6×10^9/L。患者只会讲畲语和温州话，由孙子转述病史。旧身份证[[ID_CARD|330327351106042]]，住[[ADDRESS|苍南县岱岭畲族乡富源村上垟自然村38号]]。住院号[[MRN|0917362]]，肝胆外科[[MRN|31]]床。孙子电话[[PHONE|15757712806]]。`,
  ],
  [
    'admission',
    `儿科入院记录
患儿：[[PERSON|邝梓涵]]（小名[[PERSON|柚柚]]），女，7月龄
出生日期：[[DATE|2026年4月9日]]　住院号：[[MRN|EK-58317]]
主诉：咳嗽3天，气促1天。SpO2 91%，呼吸56次/分，RSV抗原阳性。
母亲：[[PERSON|邓婉仪]]，身份证[[ID_CARD|${rid('440304', '19940718', '326')}]]，电话[[PHONE|186 2071 3394]]
父亲：[[PERSON|邝志鹏]]，电话[[PHONE|136 0297 5518]]
家庭住址：[[ADDRESS|深圳市福田区莲花街道景田北路8号景鹏大厦B座1703]]`,
  ],
  [
    'progress-note',
    `[[DATE|2026年11月24日]] 10:30　首次病程记录
患者[[PERSON|訾红英]]，女，68岁，因"反复便血1月"由门诊（门诊号[[MRN|MZ0039817]]）收入院，住院号[[MRN|20261124017]]，[[MRN|15]]床。
查体：贫血貌，腹软无压痛，直肠指检未触及肿物，指套少许暗红血迹。Hb 78g/L，铁蛋白6ng/ml。
诊断：便血待查；缺铁性贫血。
诊疗计划：经[[PERSON|宰父]]主任审阅，拟[[DATE|11月26日]]行结肠镜检查，术前聚乙二醇电解质散肠道准备。`,
  ],
  [
    'progress-note',
    `术后第1天病程记录　[[DATE|11月24日]]
[[MRN|22]]床[[PERSON|额尔德木图]]，男，蒙古族，57岁，身份证号[[ID_CARD|${rid('150102', '19690305', '417')}]]，于[[DATE|11月23日]]在全麻下行腹腔镜右半结肠切除术，术者[[PERSON|晁一鸣]]。
今日神清，腹腔引流液约120ml，淡血性，已排气，T 37.6℃，疼痛NRS 3分。患者汉语流利，女儿[[PERSON|格日乐图雅]]陪护。
处理：继续头孢呋辛预防感染，鼓励床上活动，明日拔除尿管。住院号[[MRN|M-2611-3306]]。`,
  ],
  [
    'progress-note',
    `抢救记录
患者[[PERSON|戚永福]]，男，[[AGE|96]]岁，住院号[[MRN|Q0072845]]，[[MRN|3]]床。
[[DATE|2026-11-24]] 03:20 患者突发意识不清，血压68/40mmHg，心率138次/分，指尖血糖2.1mmol/L。立即予50%葡萄糖40ml静推，03:45意识恢复，复测血糖6.8mmol/L。考虑格列美脲致低血糖，已停用。
值班医师[[PERSON|湛蓝]]，上级医师[[PERSON|仇]]主任到场指导。已电话告知其女[[PERSON|戚秀兰]]（[[PHONE|0571-8796 2314]]）。`,
  ],
  [
    'discharge',
    `出院小结
姓名：[[PERSON|栾春燕]]　性别：女　年龄：54岁　科室：内分泌科
住院号：[[MRN|2026083517]]　病案号：[[MRN|BA0461127]]
入院日期：[[DATE|2026年11月12日]]　出院日期：[[DATE|2026年11月24日]]
出院诊断：1.糖尿病酮症酸中毒 2.2型糖尿病
入院时血糖28.6mmol/L，pH 7.18，HbA1c 11.2%。出院方案：门冬胰岛素8-8-8U三餐前，甘精胰岛素14U睡前。
出院后[[DATE|12月8日]]内分泌门诊复诊。
住址：[[ADDRESS|石家庄市长安区建北街道广安街55号2单元501]]　电话：[[PHONE|13833120587]]`,
  ],
  [
    'discharge',
    `出院证明书
兹证明[[PERSON|谯素芬]]，女，身份证号[[ID_CARD|${rid('500103', '19580923', '262')}]]，于[[DATE|2026年11月3日]]至[[DATE|2026年11月24日]]在我院骨科住院治疗（住院号[[MRN|CQ0584491]]），诊断：L4/5椎间盘突出症，已行椎间孔镜髓核摘除术。建议休息一个月，避免弯腰负重。
医保编号：[[INSURANCE_ID|500103015872236]]
医务科（盖章）　[[DATE|2026年11月24日]]`,
  ],
  [
    'discharge',
    `出院随访卡
患者：[[PERSON|覃德发]]　床号：[[MRN|17]]　住院号：[[MRN|NN6093475]]
出院带药：阿司匹林100mg qd，阿托伐他汀20mg qn，氯吡格雷75mg qd（满12个月后停）。
复查：[[DATE|12月22日]]复查血脂、肝功能；[[DATE|2027年2月]]复查冠脉CTA。
随访护士：[[PERSON|卢谷雨]]，随访专线0771-5330 2180（工作日）
家属：妻子[[PERSON|黄月娥]]　[[PHONE|177 7713 0652]]
家庭住址：[[ADDRESS|南宁市青秀区民族大道116-3号区直机关宿舍14栋2单元]]`,
  ],
  [
    'outpatient',
    `消化内科门诊病历　[[DATE|2026-11-24]]
门诊号：[[MRN|MZ58391064027]]　就诊卡号：[[MRN|2300417726318]]
姓名：[[PERSON|郜敏]]　性别：女　年龄：39岁　职业：教师　电话：[[PHONE|15036215594]]
住址：[[ADDRESS|郑州市金水区花园路街道农科路32号院3号楼]]
主诉：上腹胀痛2月。13C呼气试验DOB值28.6，阳性。
处理：四联疗法14天（艾司奥美拉唑20mg bid、阿莫西林1g bid、克拉霉素0.5g bid、枸橼酸铋钾）；停药4周后复查呼气试验，约[[DATE|2027年1月20日]]。`,
  ],
  [
    'outpatient',
    `门诊录音转写（耳鼻喉科，门诊号[[MRN|EB7360291]]）
医生：您好，叫什么名字？
患者：[[PERSON|阚秀芝]]。门口站着的是我老伴儿[[PERSON|冼国栋]]。
医生：出生年月日呢？
患者：[[DATE|一九三四年农历三月十二]]。
医生：那今年[[AGE|九十二]]了，耳朵怎么不舒服？
患者：耳朵背得厉害，左耳嗡嗡响半年了。
医生：纯音测听左耳平均阈值72dB，右耳55dB，建议验配助听器。现在住哪儿？
患者：[[ADDRESS|广州市荔湾区多宝路德星里9号三楼]]。电话我记不住，写在本子上……[[PHONE|020-8183 6072]]。`,
  ],
  [
    'outpatient',
    `皮肤科门诊
[[PERSON|朴敏俊]]，男，26岁，韩国留学生，护照号[[PASSPORT|M69305847]]。[[DATE|11月20日]]起双手指缝、腕部瘙痒性丘疹，夜间加重，同宿舍的[[PERSON|阿焜]]也有类似症状。皮肤镜见隧道及"三角翼"征。
诊断：疥疮。予5%氯菊酯乳膏外用，室友同治，衣物煮烫。
就诊卡号：[[MRN|0020 8817 3365]]　电话：[[PHONE|199 2876 0431]]
宿舍：[[ADDRESS|大连市甘井子区凌工路2号西山学生公寓9栋417]]
复诊：[[DATE|12月1日]]（周二）`,
  ],
  [
    'referral',
    `双向转诊（下转）单
患者姓名：[[PERSON|邬长林]]　性别：男　年龄：[[AGE|90]]岁
身份证号：[[ID_CARD|${rid('430104', '19360115', '239')}]]
医保号：[[INSURANCE_ID|43010000736612]]
转出科室：老年医学科（住院号[[MRN|YL-0048713]]）　转入机构：望城坡街道社区卫生服务中心
诊断：慢性阻塞性肺疾病急性加重（已缓解），FEV1 38%预计值，家庭氧疗2L/min每日15小时。
转诊日期：[[DATE|2026年11月24日]]
家属：[[PERSON|邬晓岚]]　[[PHONE|0731-8881 5206]]
居住地址：[[ADDRESS|长沙市岳麓区枫林三路209号湘麓小区7栋1单元402]]`,
  ],
  [
    'referral',
    `会诊申请单
申请科室：心胸外科　床号：[[MRN|41]]　住院号：[[MRN|T26-110927]]
患者：[[PERSON|阙海生]]，男，71岁
会诊事由：冠脉搭桥术后第5天，[[DATE|11月23日]]起夜间躁动、言语混乱，CAM-ICU阳性，请精神科会诊协助处理。
申请医师：[[PERSON|鞠文涛]]
会诊意见（[[PERSON|钮]]医师）：考虑术后谵妄，予喹硫平12.5mg qn，减少夜间操作，注意睡眠-觉醒节律。`,
  ],
  [
    'referral',
    `异地就医转诊备案表
参保人：[[PERSON|叶尔兰·努尔兰]]　性别：男　民族：哈萨克族　年龄：45岁
身份证号：[[ID_CARD|${rid('654002', '19810602', '073')}]]
医保编号：[[INSURANCE_ID|65400200310726]]
参保地：伊犁州　就医地：上海市
转出医院门诊号：[[MRN|YL20261118066]]
诊断：肝囊型包虫病（CE2型），拟于上海行肝部分切除术。
备案有效期：[[DATE|2026年11月24日]]至[[DATE|2027年5月23日]]
联系电话：[[PHONE|13899568217]]
现住址：[[ADDRESS|伊宁市解放西路街道斯大林街二巷16号]]`,
  ],
  [
    'handover',
    `内科二病区交班报告　[[DATE|2026年11月24日]] 夜班
原有28人，入院1人，出院0人，现有29人。
[[MRN|5]]床　[[PERSON|毛桂香]]　女　82岁　心衰　夜间端坐呼吸，呋塞米20mg iv后尿量600ml，晨起好转。
[[MRN|11]]床　[[PERSON|詹阿水]]　男　[[AGE|94]]岁　肺炎　体温37.9℃，痰多，已吸痰两次。
[[MRN|19]]床　[[PERSON|郝建业]]　男　63岁　新入　上消化道出血，Hb 71g/L，已配血2U。
20床　空床
[[MRN|23]]床　[[PERSON|汪]]阿婆　女　88岁　跌倒高风险，已上床栏。`,
  ],
  [
    'handover',
    `晨交班录音转写：
"[[MRN|十二]]床[[PERSON|鲍]]……[[PERSON|鲍玉霞]]，昨晚血压一八五、九五，给了乌拉地尔二十五毫克，现在一百四十几。[[MRN|十五]]床那个老爷子[[PERSON|仝福山]]，[[AGE|九十三]]了，半夜自己拔了胃管，重新插上了，家属[[PERSON|仝丽]]说明天上午过来。十六床空着。[[MRN|二十一]]床[[PERSON|蒯丹丹]]，明天第一台手术，零点以后禁食禁水。"`,
  ],
  [
    'handover',
    `ICU转出交接（SBAR）
S：[[PERSON|隗金宝]]，男，75岁，ICU[[MRN|6]]床，住院号[[MRN|ICU-26-0813]]，拟转回神经外科[[MRN|28]]床。
B：[[DATE|11月17日]]因右侧基底节出血行开颅血肿清除术，[[DATE|11月19日]]气管切开。
A：GCS E3VTM6，体温37.4℃，痰培养鲍曼不动杆菌（多重耐药），接触隔离。
R：继续气切护理，[[DATE|11月26日]]复查头颅CT。家属[[PERSON|隗晓燕]]（[[PHONE|18930217745]]）已知情。`,
  ],
  [
    'nursing-note',
    `护理记录单
姓名：[[PERSON|饶桂枝]]　年龄：[[AGE|98]]岁　床号：[[MRN|7]]　住院号：[[MRN|LN-0335062]]
[[DATE|11-24]] 06:00　骶尾部2期压力性损伤3×2cm，Braden评分10分，予泡沫敷料保护，每2小时翻身。
10:00　进食半流质约150ml，协助翻身，皮肤无新发红。
14:00　家属[[PERSON|饶建军]]探视，已告知翻身及营养要点。
护士：[[PERSON|芮晴]]`,
  ],
  [
    'nursing-note',
    `产后护理记录　[[DATE|2026年11月24日]]
产妇[[PERSON|戴晓雯]]，[[MRN|36]]床，住院号[[MRN|CK-39274]]，[[DATE|11月23日]]21:40顺产一女婴，体重3250g，Apgar 9-10分。
产后出血约280ml，宫底脐下一指，恶露量中等。
新生儿（[[PERSON|戴晓雯]]之女）腕带号[[MRN|XS-C48306]]，母婴同室，纯母乳喂养，经皮胆红素6.8mg/dl。
丈夫[[PERSON|宁浩然]]陪护，电话[[PHONE|15820764193]]。`,
  ],
  [
    'nursing-note',
    `居家上门护理记录
服务对象：[[PERSON|甄德厚]]，男，[[AGE|九十七]]岁，长期卧床
长护险编号：[[INSURANCE_ID|CH3101040022871]]
上门地址：[[ADDRESS|上海市徐汇区田林街道田林东路75弄12号502室]]
服务时间：[[DATE|2026-11-24]] 09:00–10:10
服务内容：更换导尿管（16Fr），膀胱冲洗，血压132/76mmHg，指脉氧95%。
照护人：儿媳[[PERSON|俞凤娟]]，[[PHONE|021-6478 2309]]
下次上门：[[DATE|12月1日]]`,
  ],
  [
    'lab-report',
    `检验报告单（血常规+CRP+PCT）
姓名：[[PERSON|查志伟]]　性别：男　年龄：46岁　科室：急诊内科　床号：[[MRN|8]]
标本号：[[MRN|20261124-0457]]　条码号：[[MRN|1126038845902]]　住院号：[[MRN|JZ0766203]]
WBC 18.3×10^9/L↑　N 89.5%↑　Hb 132g/L　PLT 96×10^9/L↓　CRP 186mg/L↑　PCT 12.4ng/ml↑
采样时间：[[DATE|2026-11-24]] 02:16　报告时间：[[DATE|2026-11-24]] 02:58
送检医师：[[PERSON|荀立诚]]`,
  ],
  [
    'lab-report',
    `病理诊断报告
病理号：[[MRN|P2026-18374]]　冰冻号：[[MRN|F26-0912]]
姓名：[[PERSON|伍黛蓉]]　性别：女　年龄：37岁　住院号：[[MRN|0588426]]　床号：[[MRN|44]]
送检：右乳肿物
肉眼：灰白结节一枚，2.1×1.8×1.5cm。
诊断：右乳浸润性导管癌（Ⅱ级），ER 90%+，PR 60%+，HER2 1+，Ki-67 25%。
接收日期：[[DATE|2026-11-20]]　报告日期：[[DATE|2026-11-24]]
诊断医师：[[PERSON|晏静秋]]`,
  ],
  [
    'lab-report',
    `粪便标本留取须知
1. 用医院发放的干净便盒，挑取黏液、脓血或颜色异常的部分，约蚕豆大小。
2. 不要混入尿液、卫生纸或马桶里的水。
3. 隐血试验前3天避免大量吃动物血和肝脏，其余正常饮食。
4. 留取后2小时内送到门诊一楼检验窗口，周末照常收样。`,
  ],
  [
    'imaging-report',
    `CT检查报告
姓名：[[PERSON|凤来仪]]　性别：女　年龄：65岁
影像号：[[MRN|CT-4X96053]]　检查号：[[MRN|E0419277]]　住院号：[[MRN|0834159]]
检查日期：[[DATE|2026-11-24]]　检查部位：胸部平扫+增强
所见：右肺上叶尖段见一分叶状结节，大小约23×19mm，可见毛刺及胸膜牵拉，增强后CT值由32HU升至68HU。纵隔4R区淋巴结短径11mm。
印象：右肺上叶结节，考虑周围型肺癌可能（Lung-RADS 4B），建议穿刺活检。
报告医师：[[PERSON|印晓川]]`,
  ],
  [
    'imaging-report',
    `产科超声报告
姓名：[[PERSON|蒙秋妍]]　年龄：31岁　门诊号：[[MRN|0012983365]]　超声号：[[MRN|US-26-113508]]
末次月经：[[DATE|2026年5月2日]]　预产期：[[DATE|2027年2月6日]]　检查日期：[[DATE|2026年11月24日]]
单活胎，头位。BPD 80mm，HC 292mm，AC 276mm，FL 58mm，估测胎儿体重约1850g，羊水指数14cm，脐动脉S/D 2.6。
超声孕周约30+6周，与停经孕周相符。
围产保健手册号：[[MRN|WC4501032619]]`,
  ],
  [
    'imaging-report',
    `MRI检查报告单（头颅平扫+DWI）
患者：[[PERSON|俞德茂]]　男　[[AGE|91]]岁　病区：神经内科[[MRN|13]]床
MR号：[[MRN|MR0062719]]　申请单号：[[MRN|SQ20261123188]]
检查时间：[[DATE|2026年11月23日]] 21:37
DWI示左侧放射冠区点状高信号，ADC值减低，大小约8mm，考虑急性腔隙性梗死；双侧脑室旁白质Fazekas 2级；老年性脑改变。
报告医师：[[PERSON|胥一帆]]`,
  ],
  [
    'prescription',
    `门诊处方（医保）
处方编号：[[MRN|CF73950218]]　科别：呼吸科　费别：职工医保
姓名：[[PERSON|单于晴]]　性别：女　年龄：52岁　电话：[[PHONE|13934127065]]
医保卡号：[[INSURANCE_ID|140105C0093312]]　门诊号：[[MRN|TY0047723]]
临床诊断：支气管哮喘（部分控制）
Rp：布地奈德福莫特罗粉吸入剂 160/4.5μg 1吸 bid ×1支
　　孟鲁司特钠片 10mg qn ×28片
医师：[[PERSON|聂琳]]　日期：[[DATE|2026-11-24]]`,
  ],
  [
    'prescription',
    `麻醉药品处方
处方号：[[MRN|MZ-0026518]]　病历号：[[MRN|XC0019347]]
患者：[[PERSON|蒲秋菊]]　女　76岁　身份证号：[[ID_CARD|${rid('513401', '19500217', '564')}]]
诊断：胰腺癌晚期伴癌痛（NRS 7分）
Rp：盐酸羟考酮缓释片 20mg q12h ×14片
代办人：[[PERSON|蒲建国]]（子）　身份证号：[[ID_CARD|${rid('513401', '19760830', '151')}]]
医师：[[PERSON|景安然]]　日期：[[DATE|2026年11月24日]]`,
  ],
  [
    'prescription',
    `胰岛素笔使用小贴士
· 未开封的笔芯放冰箱冷藏（2–8℃），不要冷冻；正在用的一支放室温，28天内用完。
· 每次注射换新针头，注射前先排气2单位。
· 腹部注射避开肚脐周围5厘米，每次轮换部位。
· 出现心慌、出汗、手抖，先吃15克糖（约半杯果汁），15分钟后再测血糖。`,
  ],
  [
    'consent',
    `手术知情同意书
患者姓名：[[PERSON|姬文博]]　性别：男　年龄：58岁　住院号：[[MRN|GK-60395]]　联系电话：[[PHONE|139 1872 6650]]
拟行手术：腹腔镜胆囊切除术　拟手术日期：[[DATE|2026年11月25日]]
术前诊断：胆囊结石伴慢性胆囊炎
手术风险：出血、胆漏（约1%）、胆管损伤、中转开腹等，医师已逐条说明。
我已详细阅读以上内容，同意手术。
患者签名：[[PERSON|姬文博]]　签字日期：[[DATE|2026-11-24]]
主刀医师：[[PERSON|上官宇辰]]　谈话医师：[[PERSON|祝明月]]`,
  ],
  [
    'consent',
    `输血治疗知情同意书
患者：[[PERSON|满桂英]]　女　[[AGE|九十]]岁　血型：B型RhD阳性　Hb 62g/L
患者身份证号：[[ID_CARD|210102360308022]]
住院号：[[MRN|XY0392218]]　床号：[[MRN|26]]
因患者听力及认知障碍，由其委托人签署。
委托人：[[PERSON|满志强]]（长子）　身份证号：[[ID_CARD|${rid('210102', '19610619', '013')}]]
联系电话：[[PHONE|024-2283 6157]]
签署日期：[[DATE|2026年11月24日]]`,
  ],
  [
    'consent',
    `授权委托书
委托人（患者）：[[PERSON|冉光荣]]，身份证号[[ID_CARD|${rid('433101', '19490512', '335')}]]
受托人：[[PERSON|冉秀琴]]（女儿），身份证号[[ID_CARD|${rid('433101', '19780926', '148')}]]
兹委托[[PERSON|冉秀琴]]代为签署我本次住院期间（住院号[[MRN|JS20261119042]]）的各类知情同意书、病历复印申请等文书。
受托人住址：[[ADDRESS|吉首市乾州街道世纪大道316号和园小区9栋502]]
委托期限：[[DATE|2026年11月24日]]至出院之日
委托人签名：[[PERSON|冉光荣]]　受托人签名：[[PERSON|冉秀琴]]`,
  ],
  [
    'billing',
    `住院费用结算单
结算单号：JS2611240552
姓名：[[PERSON|柴玉梅]]　住院号：[[MRN|0611843]]　医保类别：城镇职工
医保编号：[[INSURANCE_ID|14010500A031884]]
入院：[[DATE|2026-11-10]]　出院：[[DATE|2026-11-24]]　住院14天
总费用：26,318.40元　统筹支付：18,902.16元　个人自付：7,416.24元　预交金：10,000.00元　应退：2,583.76元
退款账户（本人）：[[BANK_CARD|${spaced(luhn('621700128830461'))}]]`,
  ],
  [
    'billing',
    `医疗收费电子票据
票据代码：44060126　票据号码：0083715629　校验码：9f3a2c
交款人：[[PERSON|区颖彤]]　身份证号：[[ID_CARD|${rid('440106', '19911205', '048')}]]　手机：[[PHONE|13760293184]]
开票日期：[[DATE|2026-11-24]]
就诊号：[[MRN|GZ261124-6631]]　医保类型：职工医保　个人医保编号：[[INSURANCE_ID|44010600291178]]
项目：西药费186.50　检查费420.00　挂号费20.00　合计626.50元`,
  ],
  [
    'billing',
    `医疗救助申请表
申请人：[[PERSON|卜凤兰]]　性别：女　出生日期：[[DATE|1941年7月3日]]　身份证号：[[ID_CARD|530102410703026]]
户籍地址：[[ADDRESS|昆明市五华区护国街道文明街21号附3号]]
患病情况：右股骨粗隆间骨折术后，骨质疏松（T值-3.8）
本次住院（住院号[[MRN|KM0925576]]）自付费用：31,206.70元
收款账户：[[BANK_CARD|${luhn('622848002736151908')}]]　开户人：[[PERSON|卜凤兰]]
联系人：外孙[[PERSON|施晓帆]]　[[PHONE|18687150329]]`,
  ],
  [
    'online-consult',
    `互联网医院图文问诊记录
问诊单号：[[MRN|WZ202611240031]]
患者：[[PERSON|叶可可]]（女，29岁）　账号：[[ACCOUNT|keke_yeah88]]　登录IP：[[IP|203.0.113.27]]
[[DATE|2026-11-24]] 20:11 [[ACCOUNT|keke_yeah88]]：医生您好，我吃头孢克肟第三天，身上起红疹子，痒。
20:13 [[PERSON|谭]]医生：有没有嘴唇肿、喘不上气？
20:14 [[ACCOUNT|keke_yeah88]]：没有，就胳膊和肚子上。
20:16 [[PERSON|谭]]医生：先停药，口服氯雷他定10mg每日一次；如出现呼吸困难立即去急诊。建议线下皮肤科就诊。`,
  ],
  [
    'online-consult',
    `视频复诊记录
复诊号：[[MRN|FZ26-1124-017]]
患者[[PERSON|厉志国]]，男，66岁，肾移植术后3年，他克莫司谷浓度6.2ng/ml，肌酐118μmol/L。
视频房间：[[URL|https://meet.example.cn/room/fz261124017?uid=lzg1960]]
续方：他克莫司1mg bid，吗替麦考酚酯0.5g bid，共28天。药品快递至[[ADDRESS|天津市和平区南京路219号天津中心公寓2门1806]]，收件人[[PERSON|厉志国]]，电话[[PHONE|13612043381]]。
下次复诊：[[DATE|2026年12月22日]]`,
  ],
  [
    'online-consult',
    `在线咨询（儿科）　咨询单号：[[MRN|ZX9381027]]
[[DATE|11月24日]] 07:42
[[ACCOUNT|小鱼妈咪2020]]（IP [[IP|2001:db8:4a1::2c]]）：宝宝[[PERSON|米可]]2岁3个月，昨晚开始发烧39.2℃，吃了布洛芬退到37.8，今天早上又39了，精神还行。
[[PERSON|石]]医生：有没有抽搐、皮疹？尿量怎么样？
[[ACCOUNT|小鱼妈咪2020]]：没有抽，尿少一点。
[[PERSON|石]]医生：多喂水，体温≥38.5℃可再用布洛芬（间隔6–8小时）；持续超过3天或精神变差请到医院就诊。`,
  ],
  [
    'patient-message',
    `[[PERSON|骆]]医生您好，我是上周四找您看甲状腺的[[PERSON|邹雨桐]]，门诊号[[MRN|0038816092]]，身份证[[ID_CARD|${rid('340104', '19960311', '228')}]]。穿刺报告（病理号[[MRN|FNA26-0733]]）出来了，写的是Bethesda Ⅵ类，甲状腺乳头状癌。我很害怕，想问手术要排多久？能约[[DATE|12月]]吗？我电话[[PHONE|152 3377 0918]]，白天都能接。谢谢您！`,
  ],
  [
    'patient-message',
    `发件人：[[PERSON|贺兰清]] <[[EMAIL|helanqing_1988@example.cn]]>
收件人：病案复印中心
主题：申请复印住院病历
您好！我是患者[[PERSON|贺兰清]]本人，[[DATE|2026年10月8日]]至[[DATE|10月15日]]在贵院妇科住院（住院号[[MRN|FK0261037]]），因商业保险理赔需要复印病历全套。身份证号[[ID_CARD|${rid('640104', '19880121', '482')}]]，邮寄地址：[[ADDRESS|银川市兴庆区解放东街126号丽景花园9号楼2单元601]]，电话[[PHONE|139 9510 2846]]。
谢谢！`,
  ],
  [
    'patient-message',
    `表扬信
我父亲[[PERSON|聂承德]]（[[AGE|92]]岁）[[DATE|11月5日]]因急性心梗在贵院心内科住院，[[PERSON|冯]]主任团队半夜为他放了支架。护士长[[PERSON|苏]]老师和夜班护士[[PERSON|贾甜]]照顾得无微不至，父亲出院时还念叨着她们。特此致谢！
家属：[[PERSON|聂海鸥]]　[[DATE|2026年11月24日]]`,
  ],
  [
    'family-chat',
    `群聊「外婆住院陪护🏥」
[[PERSON|阿蕊]]：今天谁去医院换班？我下午要开会😭
大舅：我去，开[[PLATE|苏E·5K27M]]，停地下二层。
[[PERSON|墩墩]]：外婆早上喝了半碗粥👍 医生说血钾3.1偏低，在补。
[[PERSON|阿蕊]]：住院号是[[MRN|SZ0772916]]吧？押金要续交。
[[PERSON|墩墩]]：对，地址[[ADDRESS|苏州市姑苏区十梓街188号2号楼9楼]]，电梯在东边。
二姨：我明天带鸡汤🍲`,
  ],
  [
    'family-chat',
    `群聊「三兄妹」
[[PERSON|景曜]]：医院要爸的身份证号办入院，谁记得？
[[PERSON|若蘅]]：老身份证，[[ID_CARD|370102410825271]]
[[PERSON|小柒]]：押金我先垫了五千，你们转我卡上[[BANK_CARD|${luhn('622202100387645')}]]
[[PERSON|景曜]]：好，我转两千🙏
[[PERSON|若蘅]]：爸的医保卡在我这儿，号是[[INSURANCE_ID|37010200874163]]，明天带过去。`,
  ],
  [
    'family-chat',
    `群聊「妈的复查」
[[PERSON|晴晴]]：妈下周二[[DATE|12月1日]]复查，在[[ADDRESS|杭州市上城区解放路88号]]那个院区，看眼科。
姐夫：挂号的事加我微信[[ACCOUNT|wxid_hz2027mm]]说。
[[PERSON|晴晴]]：预约号[[MRN|YY112600453]]，截图发群里了😊
[[PERSON|酥饼]]：我开车送，车牌[[PLATE|浙A·F6K019]]，七点半楼下等。`,
  ],
  [
    'sms-reminder',
    `【市第一人民医院】[[PERSON|俞沁]]您好，您已成功预约[[DATE|2026年11月27日]]（周五）上午09:30口腔科[[PERSON|江]]医师号，预约号[[MRN|A0931-027]]，就诊卡号[[MRN|3302000871164]]。就诊地点：[[ADDRESS|宁波市海曙区柳汀街247号门诊楼3楼]]。如需取消请提前一天拨打0574-8700 1120。`,
  ],
  [
    'sms-reminder',
    `【检验结果通知】[[PERSON|庹红梅]]女士，您于[[DATE|11月23日]]送检的宫颈TCT+HPV（条码号[[MRN|8826031175]]）结果已出，请点击[[URL|https://rpt.example.cn/q?code=8826031175]]查看。如有异常请于[[DATE|12月4日]]前到妇科门诊复诊。`,
  ],
  [
    'sms-reminder',
    `【温馨提示】本院门诊楼电梯将于本周六8:00–18:00停运检修，行动不便的老人和轮椅患者请从急诊楼一楼连廊进入。流感疫苗接种门诊正常开放，请携带接种本。`,
  ],
  [
    'sarcoma-clinic',
    `骨与软组织肉瘤病区入院记录
患者[[PERSON|嵇天宇]]，男，15岁，身份证号[[ID_CARD|${rid('320583', '20110704', '417')}]]。
因"左膝疼痛肿胀2月"外院活检（病理号[[MRN|KS-P26-04471]]）诊断左股骨远端骨肉瘤（普通型），[[DATE|2026年11月24日]]入院行第三周期MAP方案新辅助化疗（大剂量甲氨蝶呤12g/m²）。碱性磷酸酶412U/L，LDH 298U/L。
住院号：[[MRN|RL0287364]]　床号：[[MRN|6]]
监护人：母亲[[PERSON|陆静雯]]，[[PHONE|13771862205]]
住址：[[ADDRESS|昆山市玉山镇前进西路1058号中环花园17幢304]]`,
  ],
  [
    'sarcoma-clinic',
    `软组织肉瘤多学科讨论记录　[[DATE|2026-11-24]]
病例：[[PERSON|钭建民]]，男，61岁，住院号[[MRN|0730258]]。右大腿后侧肿物14×9cm，MRI（影像号[[MRN|MR26-18804]]）示边界欠清；穿刺病理（[[MRN|P26-21156]]）：黏液纤维肉瘤，FNCLCC 2级。
讨论意见：术前放疗50Gy/25次，放疗结束后4–6周行广泛切除；胸部CT未见转移。
参加人员：骨肿瘤科[[PERSON|毕]]主任、放疗科[[PERSON|甘雨霏]]、病理科[[PERSON|连城]]、影像科[[PERSON|温如是]]`,
  ],
  [
    'sarcoma-clinic',
    `肉瘤专病门诊随访
[[PERSON|麦尔哈巴·艾山]]，女，23岁，维吾尔族，右胫骨近端尤文肉瘤，[[DATE|2025年6月]]行保肢术（定制型假体），术后化疗至[[DATE|2025年12月]]完成。
今日（[[DATE|11月24日]]）胸部CT（影像号[[MRN|CT26-114508]]）未见肺转移，膝关节屈曲95°，MSTS评分24分。
下次随访：[[DATE|2027年2月]]，复查局部MRI及胸部CT。
门诊号：[[MRN|SA6730158]]　电话：[[PHONE|17799105382]]`,
  ],
  [
    'rop-clinic',
    `早产儿视网膜病变（ROP）筛查登记
母亲：[[PERSON|柯晓雯]]　住院号（母）：[[MRN|CK0462187]]
双胎之一：男，胎龄29+2周，出生体重1180g，NICU暖箱[[MRN|3]]号，筛查号[[MRN|ROP26-0311]]
双胎之二：男，胎龄29+2周，出生体重1040g，NICU暖箱[[MRN|4]]号，筛查号[[MRN|ROP26-0312]]
出生日期：[[DATE|2026年10月14日]]　首次筛查：[[DATE|2026年11月11日]]
结果：双胎之一双眼Ⅱ区1期；双胎之二右眼Ⅱ区2期、左眼Ⅱ区1期，均无附加病变。
复查：[[DATE|11月25日]]（间隔1周）
父亲：[[PERSON|纪伟航]]　[[PHONE|18616407732]]`,
  ],
  [
    'rop-clinic',
    `ROP激光光凝治疗记录
患儿[[PERSON|闵满月]]，女，出生胎龄27+5周，出生体重890g，现矫正胎龄36周。
住院号：[[MRN|NICU-2611-0094]]　床号：[[MRN|N07]]
诊断：双眼ROP Ⅱ区3期伴附加病变（阈值病变）
[[DATE|2026-11-24]]于NICU床旁镇静下行双眼间接检眼镜激光光凝，右眼1260点，左眼1184点，术中心率、血氧平稳。
术后：妥布霉素地塞米松滴眼液qid×1周；[[DATE|12月1日]]复查眼底。
家长：[[PERSON|闵子谦]]（父）[[PHONE|15921873046]]`,
  ],
  [
    'rop-clinic',
    `给早产宝宝家长：为什么要查眼底？
早产、出生体重低、吸氧时间长的宝宝，视网膜血管还没有长好，可能发生"早产儿视网膜病变"。
一般在出生后4–6周或矫正胎龄31–32周做第一次检查，之后按医生要求每1–2周复查，直到血管长到边缘。
检查前1小时暂停喂奶；检查时宝宝会哭，这是正常的；检查后眼睑可能微红，一两天就消。
千万不要错过复查时间，严重病变在"窗口期"内治疗效果最好。`,
  ],
  [
    'port-wine-stain-clinic',
    `鲜红斑痣光动力治疗记录
患儿：[[PERSON|阮嘉禾]]，男，5岁，左面颊及颞部鲜红斑痣（粉红型），面积约6×4cm。
门诊号：[[MRN|PF0327719]]　治疗次数：第2次
[[DATE|2026年11月24日]]静脉注射海姆泊芬5mg/kg，10分钟后532nm LED照射20分钟，能量密度96J/cm²。
术后冰敷，严格避光2周（至[[DATE|12月8日]]）。
照片编号：[[MRN|IMG-PF-26-0582]]
家长：[[PERSON|阮志豪]]（父）　电话：[[PHONE|139 2741 8805]]
下次治疗：[[DATE|2027年2月]]`,
  ],
  [
    'port-wine-stain-clinic',
    `激光科门诊（血管性病变）　[[DATE|2026-11-24]]
[[PERSON|庄采薇]]，女，34岁，右颈部鲜红斑痣（增厚型），外院脉冲染料激光8次，末次[[DATE|2023年9月]]。
今日595nm脉冲染料激光，光斑7mm，能量11J/cm²，脉宽1.5ms，DCD 30/20；术后紫癜，预计7–10天消退。
就诊卡号：[[MRN|440300061827]]
预约下次：[[DATE|2027年1月12日]]（周二）
联系电话：[[PHONE|13510862974]]　微信：[[ACCOUNT|caiwei_z]]`,
  ],
  [
    'port-wine-stain-clinic',
    `激光治疗后护理须知
1. 治疗后24小时内局部冷敷，每次15分钟。
2. 出现紫癜、水疱属常见反应，不要挤破，可外用抗生素软膏。
3. 一周内不用化妆品，洗脸时轻拍，不要搓揉。
4. 严格防晒至少一个月，外出戴帽、打伞。
5. 两次治疗一般间隔6–8周。`,
  ],
  [
    'cml-clinic',
    `慢性髓系白血病（CML）专病门诊
姓名：[[PERSON|宫树森]]　男　48岁　门诊号：[[MRN|XY26-008317]]　电话：[[PHONE|13983147620]]
诊断：CML慢性期（[[DATE|2023年4月]]确诊，Sokal评分低危）
治疗：伊马替尼400mg qd，[[DATE|2024年10月]]起达主要分子学反应。
今日（[[DATE|11月24日]]）BCR-ABL1^IS 0.0082%（标本号[[MRN|MB2611-0217]]），维持MR4。
赠药项目编号：[[MRN|ZY-310-22874]]
下次复查：[[DATE|2027年2月]]`,
  ],
  [
    'cml-clinic',
    `CML患者用药援助申请表
申请人：[[PERSON|顾兰舟]]，女，33岁
身份证号：[[ID_CARD|${rid('310104', '19930208', '084')}]]
医保编号：[[INSURANCE_ID|310104A0056327]]
病案号：[[MRN|BA26-0045819]]　确诊日期：[[DATE|2026年8月19日]]
当前用药：达沙替尼100mg qd，已服用3个月，BCR-ABL1^IS 0.87%。
家庭住址：[[ADDRESS|上海市徐汇区漕河泾街道虹漕南路150弄6号1402]]
联系电话：[[PHONE|021-5437 2916]]　紧急联系人：丈夫[[PERSON|程砚]]，[[PHONE|13816620473]]`,
  ],
  [
    'cml-clinic',
    `专病随访平台留言
用户[[ACCOUNT|森林里的鹿0826]]：[[PERSON|贝]]医生，我是[[PERSON|岑晓鹿]]，吃尼洛替尼半年了，最近小腿抽筋，心电图QTc 452ms，需要换药吗？上次抽血（条码[[MRN|2611194407]]）结果还没出来。
随访护士[[PERSON|奚悦]]回复（[[DATE|2026-11-24]] 16:20）：您好，QTc 452ms在观察范围内，请[[DATE|11月27日]]上午带心电图来专病门诊，电解质结果出来后[[PERSON|贝]]医生会看。`,
  ],
];

const en: Array<[string, string]> = [
  [
    'admission',
    `Acute Medical Unit — clerking, [[DATE|24/11/2026]] 01:40
Name: [[PERSON|Edwina Larkworthy]]   Age: [[AGE|92]]   DOB: [[DATE|03/02/1934]]
NHS no.: [[INSURANCE_ID|${nhs('512847')}]]   Hospital no.: [[MRN|K9360417]]
PC: confusion and poor oral intake for 3/7. Na 124, urea 14.2, CRP 88. CURB-65 3.
Lives alone at [[ADDRESS|Flat 3, Kestrel Court, 19 Mill Road, Ely CB7 4DN]]; daughter [[PERSON|Gillian]] visits daily ([[PHONE|07700 900963]]).
Plan: cautious IV fluids, CXR, urine culture, delirium screen.`,
  ],
  [
    'admission',
    `HISTORY & PHYSICAL — Hospital Medicine
Patient: [[PERSON|Delbert Pruitt]], 78M   MRN: [[MRN|40937261]]   Room [[MRN|514]]
Admit date: [[DATE|11/23/2026]]   Medicare MBI: [[INSURANCE_ID|3HR7-UV2-MC48]]
CC: "my sugar's been running high." Glucose 812, serum osm 338, creatinine 2.1 — HHS.
Social: retired long-haul trucker who goes by "[[PERSON|Dutch]]"; lives with wife [[PERSON|Loretta]] at [[ADDRESS|4417 Pecan Hollow Rd, Nacogdoches, TX 75965]].
Emergency contact: son [[PERSON|Wade Pruitt]] [[PHONE|(936) 555-0142]]`,
  ],
  [
    'admission',
    `Admission note — General Surgery, [[DATE|24 Nov 2026]]
[[PERSON|Mathieu Thibodeau]], 44M, OHIP [[INSURANCE_ID|${ohip('518327740')}]]-RK, chart [[MRN|SJH-7702914]]
Dx: acute appendicitis (Alvarado 8, WBC 14.1). For laparoscopic appendicectomy tonight.
Allergies: penicillin (rash). Last ate 13:00.
Address: [[ADDRESS|212 Rideau Terrace, Unit 5, Ottawa ON K1M 0Z3]]
Wife [[PERSON|Amélie]] at bedside, cell [[PHONE|(613) 555-0127]].`,
  ],
  [
    'progress-note',
    `MICU Progress Note — HD#4 — [[DATE|11/24/2026]]
Pt: [[PERSON|Remedios Zamarripa]], 67F, Bed [[MRN|MICU-12]], MRN [[MRN|71550382]]
S: Intubated, sedated. Son [[PERSON|Ramiro]] updated by phone overnight.
O: Tmax 38.4, MAP 68 on norepi 0.08, FiO2 0.45, PEEP 10, lactate 2.9 → 1.7.
A/P: Septic shock from E. coli pyelonephritis — ceftriaxone D4; SBT in AM; wean pressors.
Note by [[PERSON|J. Whitlock]], DO`,
  ],
  [
    'progress-note',
    `Ward round, Ward 9 — Tues [[DATE|24/11/26]]
Consultant: Dr [[PERSON|Fenwick]]
Bed [[MRN|4]]: [[PERSON|Cyril Ambrose]], [[AGE|95]], aspiration pneumonia day 3. Improving, CRP 140 → 72. SALT review re IDDSI level 4 diet. Nephew [[PERSON|Stuart]] aware.
Bed 5: empty.
Bed [[MRN|6]]: [[PERSON|Rukhsana Majeed]], 71, AKI stage 2 (creat 248 from 96). Hold ramipril; fluid balance chart.
Bed [[MRN|7]]: [[PERSON|Thomas Baird]] ("[[PERSON|Tam]]"), 83, for discharge tomorrow, TTOs written.`,
  ],
  [
    'progress-note',
    `Progress note — Ward 4B, [[DATE|24/11/2026]] 14:05
[[PERSON|Bronwyn Kealy]] (UR [[MRN|0927741]]), Medicare [[INSURANCE_ID|${medicare('29618374', '2')}]]
Day 2 post right TKR. Pain 4/10 on oxycodone 5 mg PRN; ROM 0–75°. Hb 98. Enoxaparin 40 mg daily.
Mobilised 20 m with frame.
Husband [[PERSON|Graeme]] to collect on discharge, mobile [[PHONE|0491 570 946]].
Home: [[ADDRESS|7 Banksia Crescent, Wagga Wagga NSW 2650]]`,
  ],
  [
    'discharge',
    `Discharge summary
Patient: [[PERSON|Marjorie Tulloch]]   DOB: [[DATE|14/06/1948]]   NHS: [[INSURANCE_ID|${nhs('623019')}]]
Admitted [[DATE|17/11/2026]]   Discharged [[DATE|24/11/2026]]   Ward 12
Diagnosis: community-acquired pneumonia; new AF (CHA2DS2-VASc 4), started apixaban 5 mg BD.
GP actions: U&E in 1 week; review rate control (bisoprolol 2.5 mg).
GP: Dr [[PERSON|Ansari]], Hillcrest Medical Practice
Address: [[ADDRESS|22 Thornfield Avenue, Harrogate HG2 7QT]]`,
  ],
  [
    'discharge',
    `Discharge Instructions — [[PERSON|Kaylee Brandt]] (age 9)
MRN [[MRN|P-30917746]]   Discharge date [[DATE|11/24/2026]]
You were in the hospital for a broken left forearm (both bones), set and put in a long-arm cast.
Keep the cast dry. Ibuprofen 200 mg every 6 hours as needed for pain.
Follow-up: Ortho clinic with Dr. [[PERSON|Estevez]] on [[DATE|12/2/2026]] at 10:40.
Patient portal user (parent): [[ACCOUNT|brandt.fam2019]]
Parent/guardian: [[PERSON|Tara Brandt]]   [[PHONE|(402) 555-0163]]`,
  ],
  [
    'discharge',
    `Discharge summary — General Medicine
[[PERSON|Rāwiri Paewai]], 58M, NHI [[INSURANCE_ID|${nhi('ZKT', '482')}]]
Admitted [[DATE|20/11/2026]] with cellulitis of the right leg; IV flucloxacillin, changed to oral. Discharged [[DATE|24/11/2026]].
HbA1c 71 mmol/mol; diabetes team review arranged.
Whānau contact: wife [[PERSON|Mere Paewai]] [[PHONE|021 384 6172]]
Address: [[ADDRESS|36 Kowhai Street, Ngāruawāhia 3720]]`,
  ],
  [
    'outpatient',
    `Clinic recording (transcribed), ENT outpatients — hospital no. [[MRN|RT0049371]]
DR: Can you confirm your name and date of birth?
PT: [[PERSON|Albert Quigley]], [[DATE|the ninth of March, nineteen thirty-four]].
DR: So you're [[AGE|ninety-two]] now?
PT: I am. My wife [[PERSON|Nora]] says I have the telly far too loud.
DR: Your hearing test shows about 65 decibels of loss on both sides. Are you still at [[ADDRESS|Honeysuckle Cottage, Back Lane, Kirkby Malzeard, HG4 3RX]]?
PT: That's right.
DR: We'll send you an appointment for hearing aids.`,
  ],
  [
    'outpatient',
    `Rheumatology clinic — [[DATE|24/11/2026]]
[[PERSON|Siobhan McCready]], 52F, OHIP [[INSURANCE_ID|${ohip('620418353')}]]-VH, chart [[MRN|RH-22187]]
Seropositive RA on methotrexate 20 mg weekly + folic acid. DAS28-ESR 4.1 today; adding hydroxychloroquine 200 mg BID.
Results by email to [[EMAIL|s.mccready@example.ca]]; cell [[PHONE|(416) 555-0139]].
Next visit [[DATE|16/02/2027]].`,
  ],
  [
    'outpatient',
    `Travel Medicine Visit — [[DATE|11/24/2026]]
[[PERSON|Graciela Montes-Ibarra]], 31F, MRN [[MRN|TM-880312]]
Trip: Tanzania (Kilimanjaro climb) departing [[DATE|01/09/2027]] for 3 weeks.
Passport [[PASSPORT|A72630194]] (for the yellow fever certificate, ICVP).
Given: yellow fever, typhoid Vi, hep A #1. Rx: atovaquone-proguanil 250/100 mg daily; acetazolamide 125 mg BID for altitude.
Travelling with [[PERSON|Noor Qasemi]].`,
  ],
  [
    'referral',
    `Urgent suspected cancer referral — lower GI
Patient: [[PERSON|Linus Achterhof]], DOB [[DATE|21/09/1957]], NHS [[INSURANCE_ID|${nhs('304418')}]]
Address: [[ADDRESS|Flat 9, Albion Mews, 61 Hyde Park Road, Leeds LS6 1AH]]
Tel: [[PHONE|0113 496 0917]]
FIT 186 µg/g Hb; iron-deficiency anaemia (Hb 102, ferritin 8). Weight loss 4 kg over 3 months.
Referrer: Dr [[PERSON|Rhiannon Carver]], Meanwood Surgery, [[DATE|24/11/2026]]`,
  ],
  [
    'referral',
    `Referral — Cardiology
Patient: [[PERSON|Khalid Al Mazrouei]], male, DOB [[DATE|08/04/1969]]
Emirates ID: [[ID_CARD|${emirates('1969', '2048713')}]]
Insurance card no.: [[INSURANCE_ID|THQ-4410-2871-09]]
Reason: exertional chest tightness; treadmill test positive at 7 METs. Please assess for angiography.
Mobile: [[PHONE|050 318 7426]]   Email: [[EMAIL|k.almazrouei@example.ae]]
Referring doctor: Dr [[PERSON|Samira Nassar]], [[DATE|24/11/2026]]`,
  ],
  [
    'referral',
    `eReferral — Pediatric Endocrinology
Patient: [[PERSON|Jaylen Whitaker-Moss]], 11 y, DOB [[DATE|05/30/2015]], MRN [[MRN|60271853]]
Medicaid ID [[INSURANCE_ID|MA8840273391]]
Reason: height below 3rd centile, growth velocity 3.8 cm/yr, bone age 9 yr, IGF-1 low.
Guardian: grandmother [[PERSON|Odessa Whitaker]], [[PHONE|(205) 555-0191]], [[ADDRESS|1208 Magnolia Ave, Apt 3C, Birmingham, AL 35205]]
Referred on [[DATE|11/24/2026]]`,
  ],
  [
    'handover',
    `Night handover (dictated, transcribed):
"Bed [[MRN|twelve]], Mrs [[PERSON|Holroyd]] — no, sorry, Mrs [[PERSON|Holgate]], [[PERSON|Patricia Holgate]], eighty-six, fractured neck of femur, for theatre tomorrow, nil by mouth from midnight. Bed thirteen's empty. Bed [[MRN|fourteen]], Mr [[PERSON|Ezekiel Obi]], [[AGE|ninety-one]], delirium, pulled his cannula out twice, son [[PERSON|Chidi]] is coming in at eight. Bed [[MRN|fifteen]], [[PERSON|Lorna]], the lady with the PEG, feed running at 65 an hour."`,
  ],
  [
    'handover',
    `SBAR — 4 West — [[DATE|11/24/2026]] 0700
S: [[PERSON|Harold Lindqvist]], Rm [[MRN|4W-22]], 80M, POD 1 left hemicolectomy, MRN [[MRN|55193076]].
B: COPD, CKD 3a.
A: HR 104, BP 106/58, UO 20 mL/hr × 2 h, lactate 2.4.
R: Surgery resident Dr. [[PERSON|Yusuf]] paged 0640; 500 mL LR bolus ordered. Wife [[PERSON|Ingrid]] wants a call after rounds: [[PHONE|(612) 555-0104]].`,
  ],
  [
    'handover',
    `Bay C handover — Ward 21 — [[DATE|24/11/26]] late shift
[[MRN|C1]] | [[PERSON|Ivy Brennan]] | [[AGE|97]] | UTI, IV gentamicin day 2, falls risk, sensor mat
[[MRN|C2]] | [[PERSON|Hilda Szymańska]] | 84 | fractured humerus, sling, awaiting OT
C3 | empty (deep clean)
[[MRN|C4]] | [[PERSON|June Ocampo]] | 79 | TIA, carotid dopplers tomorrow`,
  ],
  [
    'nursing-note',
    `Nursing note — [[DATE|11/24/2026]] 0315
Called to room [[MRN|318]] by bed alarm. Pt [[PERSON|Vernon Castellano]], [[AGE|94]], found sitting on the floor beside the bed, states "I was going to the bathroom." No head strike; neuro checks WNL; 2 cm skin tear L forearm, Steri-Strips applied. BP 142/78, HR 88, SpO2 96%.
Dr. [[PERSON|Okonkwo]] notified 0325; daughter [[PERSON|Rosa Castellano]] notified 0340 at [[PHONE|(559) 555-0118]].
Morse fall score re-scored 75. Post-fall huddle done.`,
  ],
  [
    'nursing-note',
    `District nursing visit — [[DATE|24/11/2026]]
Patient: [[PERSON|Gwilym Prydderch]], [[AGE|90]], [[ADDRESS|Bryn Awel, 4 Heol y Felin, Llanrwst LL26 0HB]]
NHS no. [[INSURANCE_ID|${nhs('741126')}]]
Venous leg ulcer L gaiter 4.5 × 3 cm, slough 30%, moderate exudate. Cleansed; Aquacel + 2-layer compression. ABPI 0.92 (checked [[DATE|10/11/2026]]).
Carer [[PERSON|Eleri]] says his appetite is poor. Next visit [[DATE|27/11/2026]].`,
  ],
  [
    'nursing-note',
    `NICU nursing — cot [[MRN|N14]] — [[DATE|24/11/2026]] nights
Baby of [[PERSON|Chanelle Mbatha]] (girl), 33+2 weeks corrected, 1.62 kg. Hospital no. [[MRN|B-38062]]
Fully NG fed 30 ml EBM 3-hourly, tolerating. Two brief desats to 84%, self-resolving. Phototherapy stopped 04:00, SBR 176.
Mum [[PERSON|Chanelle]] did kangaroo care 22:00–23:30; dad phoned at 02:00.`,
  ],
  [
    'lab-report',
    `LABORATORY REPORT
Patient: [[PERSON|MORALES, Ignacio]]   DOB [[DATE|07/14/1961]]   MRN [[MRN|83901764]]
Accession [[MRN|26-328-04517]]   Collected [[DATE|11/24/2026]] 05:10   Received 05:42
Ordering: [[PERSON|Helen Cho]], MD
Na 131 L, K 5.9 H, Cl 98, CO2 18 L, BUN 62 H, Creat 3.4 H, Glucose 148, eGFR 19.
Critical value K 5.9 called to the ward nurse at 06:05 and read back.`,
  ],
  [
    'lab-report',
    `Cellular Pathology Report
Lab no.: [[MRN|H26-40981]]   Patient: [[PERSON|Bożena Kaczmarczyk]]   DOB [[DATE|12/12/1979]]
NHS [[INSURANCE_ID|${nhs('881263')}]]   Hosp no. [[MRN|M0837215]]
Specimen: skin ellipse, left upper back.
Microscopy: superficial spreading melanoma, Breslow 0.6 mm, Clark level III, no ulceration, mitoses <1/mm², margins clear (peripheral 3 mm). pT1a.
Reported by Dr [[PERSON|Lucas Penhaligon]], [[DATE|24/11/2026]]`,
  ],
  [
    'lab-report',
    `Fasting blood test — what to do
Do not eat for 10–12 hours before your appointment. You may drink plain water.
Take your usual tablets unless told otherwise, but bring your diabetes medicines with you and take them after the test.
Bring your request form. Results usually reach your GP within 3–5 working days.`,
  ],
  [
    'imaging-report',
    `CT ABDOMEN/PELVIS WITH CONTRAST
Patient: [[PERSON|Lucinda Farrow]]   Age: [[AGE|92]]   DOB: [[DATE|02/11/1934]]
MRN: [[MRN|34716029]]   Acc#: [[MRN|CT93058217]]   Exam date: [[DATE|11/24/2026]]
Findings: 3.4 cm infrarenal AAA without rupture. Sigmoid diverticulosis with pericolic fat stranding; no abscess or free air.
Impression: acute uncomplicated sigmoid diverticulitis (Hinchey Ia).
Read by: [[PERSON|Marcus Delahunt]], MD`,
  ],
  [
    'imaging-report',
    `MRI lumbar spine — [[DATE|24/11/2026]]
[[PERSON|Fergus Strachan-Muir]], 46M, RIS no. [[MRN|RAD5093816]], NHS [[INSURANCE_ID|${nhs('204958')}]]
Clinical: right L5 radiculopathy, 8 weeks.
Findings: L4/5 right paracentral disc extrusion (7 mm) compressing the traversing right L5 root. Modic type 1 change at L5/S1.
Conclusion: suitable for a spinal surgical opinion.
Reporter: Dr [[PERSON|Hsu Chia-Hao]]   Referrer: Dr [[PERSON|Hart]] (GP)`,
  ],
  [
    'imaging-report',
    `Ultrasound — renal tract
Pt: [[PERSON|Daniela Rossetti]]   DOB [[DATE|19/08/1990]]   UR [[MRN|0558134]]
Medicare [[INSURANCE_ID|${medicare('41207653', '1')}]]   Date: [[DATE|24/11/2026]]
Right kidney 11.2 cm with moderate hydronephrosis; 6 mm calculus at the PUJ. Left kidney normal. Ureteric jets seen on the left only.
Radiologist: Dr [[PERSON|Penelope Starr]]`,
  ],
  [
    'prescription',
    `Rx# [[MRN|7014428]]   Fill date [[DATE|11/24/2026]]
[[PERSON|DUQUESNE, Marguerite]]
[[ADDRESS|88 Tchoupitoulas St Apt 2, New Orleans LA 70130]]   [[PHONE|(504) 555-0176]]
APIXABAN 5 MG TABLET — Take 1 tablet by mouth twice daily. Qty 60. Refills 5.
Prescriber: [[PERSON|Thibault Landry]], MD`,
  ],
  [
    'prescription',
    `Prescription
Patient: [[PERSON|Losa Fa'amausili]], DOB [[DATE|03/03/1985]], NHI [[INSURANCE_ID|${nhi('PQR', '615')}]]
Address: [[ADDRESS|14B Tamaki Road, Panmure, Auckland 1072]]
Metformin 1 g BD, 2 months; empagliflozin 10 mg mane, 2 months. Repeats ×2.
Prescriber: Dr [[PERSON|Anjali Deshmukh]]   Date: [[DATE|24/11/2026]]`,
  ],
  [
    'prescription',
    `FP10
[[PERSON|Declan Furey]]   DOB [[DATE|15/04/1979]]   NHS [[INSURANCE_ID|${nhs('130572')}]]
[[ADDRESS|41 Cedar Grove, Bootle L20 3PJ]]
Sertraline 50 mg tablets — 28 — one daily.
Signed Dr [[PERSON|Imogen Pryce]]   [[DATE|24/11/2026]]`,
  ],
  [
    'consent',
    `Consent Form 1 — patient agreement to investigation or treatment
Patient: [[PERSON|Beatrix Oduya]]   Hospital no. [[MRN|NV-2207319]]   DOB [[DATE|30/01/1966]]
Procedure: elective laparoscopic cholecystectomy, possible open.
Risks explained: bleeding, infection, bile leak (about 1 in 100), bowel injury, conversion to open (about 5 in 100).
Signed by patient: [[PERSON|Beatrix Oduya]]   [[DATE|24/11/2026]]`,
  ],
  [
    'consent',
    `Authorization for Treatment of a Minor
Patient: [[PERSON|Lily-Mae Hutchins]], 14, MRN [[MRN|50927714]]
Procedure: MRI brain under sedation.
Legal guardian: [[PERSON|Darlene Hutchins]] (aunt); ID shown: Ohio driver license [[ID_CARD|TR418327]]
Guardian address: [[ADDRESS|2290 Lockbourne Rd, Columbus, OH 43207]]
Witness: [[PERSON|Felipe Arroyo]]   Date: [[DATE|11/24/2026]]`,
  ],
  [
    'consent',
    `About your consent
You can ask questions at any time before you sign. You can change your mind, even after signing, as long as the procedure has not started.
If you would like a relative or an independent advocate with you, tell the nurse. Interpreters are free of charge.`,
  ],
  [
    'billing',
    `PATIENT STATEMENT   Statement date [[DATE|11/24/2026]]
Guarantor: [[PERSON|Rhonda Kessler]]   SSN on file: [[ID_CARD|987-65-4326]]
Patient: [[PERSON|Tyler Kessler]]   Account [[MRN|GA-7390516]]
Service [[DATE|10/30/2026]] Emergency dept level 4 — $1,284.00; insurance paid $806.10; balance due $477.90.
Paid by Visa [[BANK_CARD|${spaced(luhn('414720983301745'))}]]
Billing address: [[ADDRESS|905 W Elm St, Springfield, MO 65806]]`,
  ],
  [
    'billing',
    `Self-pay estimate — Quote Q-2611-0917
Patient: [[PERSON|Oksana Dovzhenko]]   Passport [[PASSPORT|FE418273]]   DOB [[DATE|22/07/1988]]
Procedure: MRI knee + consultation, £1,140.00.
Card pre-authorised: Mastercard [[BANK_CARD|${spaced(luhn('534129006718254'))}]]
Contact: [[EMAIL|oksana.d@example.co.uk]], [[PHONE|07700 900251]]
UK address: [[ADDRESS|Flat 12, 3 Welsh Harp Drive, London NW9 7AZ]]`,
  ],
  [
    'billing',
    `Tax invoice INV-88213
Patient: [[PERSON|Callum Westaway]]   Medicare [[INSURANCE_ID|${medicare('51730296', '3')}]]
Service date [[DATE|24/11/2026]] — specialist consultation, item 104, fee $210.00, Medicare rebate $98.95.
Health fund member no. [[INSURANCE_ID|00742913]]
Address: [[ADDRESS|Unit 6, 18 Ocean Parade, Coogee NSW 2034]]   Mobile: [[PHONE|0491 571 369]]`,
  ],
  [
    'online-consult',
    `Telehealth chat log — session [[MRN|TH-26112-0448]]   client IP [[IP|198.51.100.38]]
[[DATE|11/24/2026]] 19:02 [[ACCOUNT|runner_gabe91]]: hi, rolled my ankle on a trail run 2h ago, swollen, can walk 4 steps
19:03 Dr. [[PERSON|Soto]]: Any pain along the back edge of the ankle bone?
19:05 [[ACCOUNT|runner_gabe91]]: yes a bit on the outside
19:06 Dr. [[PERSON|Soto]]: By the Ottawa ankle rules you need an X-ray. I'll send an order for [[PERSON|Gabriel Fonseca]], DOB [[DATE|04/02/1991]], to the nearest urgent care.`,
  ],
  [
    'online-consult',
    `Video visit summary
Patient: [[PERSON|Goh Hui Min]], 29F, MRN [[MRN|CH-9306471]]
Visit link: [[URL|https://visit.example.com/join/vx-8830214?pt=ghm0611]]
Date: [[DATE|11/24/2026]]
Concern: 3 days of dysuria and frequency; no fever or flank pain. LMP [[DATE|11/10/2026]].
Plan: nitrofurantoin 100 mg BID × 5 days, sent to pharmacy.`,
  ],
  [
    'online-consult',
    `E-consult (asynchronous)
Submitted by [[ACCOUNT|ahmed.k.s]] from [[IP|2001:db8:3e0::a7]] on [[DATE|24 Nov 2026]] 08:12
Patient: [[PERSON|Ahmed Karim Siddiqui]], 47
Q: Home BP readings 158/96, 162/98 and 155/94 on amlodipine 5 mg. Should I increase it?
Reply (Dr [[PERSON|Leah Weiss]]): Increase amlodipine to 10 mg and book a nurse BP check in 2 weeks; bloods for U&E. Reference [[MRN|EC-29918]].`,
  ],
  [
    'patient-message',
    `From: [[PERSON|Harriet Ng]] <[[EMAIL|harriet.ng@example.org]]>
To: Fracture Clinic
Date: [[DATE|24 November 2026]]
Subject: appointment for my son
Hello, my son [[PERSON|Oscar Ng]] (hospital number [[MRN|F0339274]], DOB [[DATE|11/06/2015]]) had his wrist put in plaster on [[DATE|17 November]]. The letter says review in 10 days but no appointment has arrived. Could someone call me on [[PHONE|07700 900371]]?
Thanks, [[PERSON|Harriet]]`,
  ],
  [
    'patient-message',
    `Portal message from [[ACCOUNT|tfalcone]] ([[PERSON|Teresa Falcone]]) — sent [[DATE|11/23/2026]] 10:47 PM
Dr. [[PERSON|Boateng]], since starting the lisinopril I have a dry cough that keeps me up at night. Can I switch to something else? My new number is [[PHONE|(330) 555-0155]].
Reply from [[PERSON|Kwame Boateng]], MD, [[DATE|11/24/2026]]: ACE-inhibitor cough is common. I've sent losartan 50 mg daily; stop the lisinopril.`,
  ],
  [
    'patient-message',
    `To: Diabetes Nurse [[PERSON|Kirsty Lomas]]
From: [[PHONE|07700 900594]]
Hi [[PERSON|Kirsty]] it's [[PERSON|Deepa]] ([[PERSON|Deepa Raval]], [[DATE|02/09/1994]]) — my sensor says 3.2 before bed most nights since we upped the Levemir to 18 units. Should I drop it back?
Reply: Hi [[PERSON|Deepa]], yes, drop to 16 units tonight and send me your readings on Friday. If you're below 4, have 4 jelly babies and recheck. [[PERSON|Kirsty]]`,
  ],
  [
    'family-chat',
    `"Grandad's op 🙏"
[[PERSON|Becca]]: he's out of theatre!! surgeon said the hip went fine 🎉
[[PERSON|Jonno]]: legend. which ward?
[[PERSON|Becca]]: ward 27 at [[ADDRESS|Leazes Wing, Queen Victoria Road, Newcastle NE1 4LP]]
Mum: visiting is 2 till 8, only 2 at a time 😬
[[PERSON|Jonno]]: I'll drive up tonight in the van, [[PLATE|NK19 XLF]], parking in the multi-storey
Auntie [[PERSON|Bev]]: 💐 love to him`,
  ],
  [
    'family-chat',
    `"Dad stuff 👴"
[[PERSON|Marcy]]: the pharmacy needs Dad's Medicare number again
[[PERSON|Phil]]: his MBI is [[INSURANCE_ID|6TK4-FD3-WY72]]
[[PERSON|Marcy]]: thx. also his cardiology appt is [[DATE|Dec 3]] at 9:15 with Dr [[PERSON|Feldstein]]
[[PERSON|Phil]]: I'll take him, picking him up from [[ADDRESS|1840 N Alvernon Way, Unit 112, Tucson AZ 85712]] at 8:30
[[PERSON|Danny]]: sent you $20 for gas, my venmo is @[[ACCOUNT|danny-gallo-77]] if you need more 🚗`,
  ],
  [
    'family-chat',
    `"Nan 💕"
[[PERSON|Shaz]]: hospital wants Nan's Medicare card, anyone got it?
[[PERSON|Tommo]]: photo on my phone, Medicare no: [[INSURANCE_ID|${medicare('36028157', '4')}]]
[[PERSON|Kel]]: legend 👍 I'll drop her glasses in after work, I'll be in the ute ([[PLATE|418 MZK]])
[[PERSON|Shaz]]: she keeps asking for her friend [[PERSON|Dulcie]] from church 😂`,
  ],
  [
    'sms-reminder',
    `[[PERSON|Imran]], reminder: your colonoscopy is on Thu [[DATE|3 Dec]] at 08:00, Endoscopy Unit, [[ADDRESS|Level 2, 250 Cowley Road, Oxford OX4 1XD]]. Start your bowel prep on Wed [[DATE|2 Dec]] at 16:00. Ref [[MRN|ENDO-77182]]. Reply YES to confirm.`,
  ],
  [
    'sms-reminder',
    `Hi [[PERSON|Yvette]], Lakeview Women's Health reminder: mammogram [[DATE|12/07/2026]] 2:30 PM at [[ADDRESS|3100 Canal St, Suite 210, New Orleans, LA 70119]]. Appt # [[MRN|A-558031]]. Call 504-555-0199 to reschedule.`,
  ],
  [
    'sms-reminder',
    `Greenfield Medical Centre: flu and COVID boosters now available for over-65s. Walk-in Saturday 9–12, no appointment needed. Reply STOP to opt out.`,
  ],
  [
    'sarcoma-clinic',
    `Sarcoma MDT outcome — [[DATE|24/11/2026]]
[[PERSON|Jago Trelawney]], 19M, NHS [[INSURANCE_ID|${nhs('358204')}]], hosp no. [[MRN|SC-7305961]]
Histology (lab no. [[MRN|H26-52217]]): high-grade osteosarcoma, distal right femur. Staging CT chest ([[DATE|18/11/2026]]): two 3 mm nodules, indeterminate.
Outcome: MAP chemotherapy, then limb-salvage surgery with endoprosthesis. Sperm banking offered before cycle 1 — booked [[DATE|26/11/2026]].
Key worker: [[PERSON|Morwenna Hicks]], CNS. Mum [[PERSON|Tamsin]] [[PHONE|07700 900864]].`,
  ],
  [
    'sarcoma-clinic',
    `Sarcoma Clinic — follow-up — [[DATE|11/24/2026]]
[[PERSON|Ottavia Bellandi]], 56F, MRN [[MRN|72204819]]
Dx: retroperitoneal well-differentiated liposarcoma, resected [[DATE|03/2025]] (R1). MDM2 amplified.
CT CAP today (acc [[MRN|CT-8093615]]): no recurrence.
Plan: CT every 6 months; next [[DATE|05/2027]].
Insurance: BlueCross member ID [[INSURANCE_ID|XKB884210337]]
Husband [[PERSON|Lou]] present.`,
  ],
  [
    'sarcoma-clinic',
    `Bone & soft tissue sarcoma service — new patient
[[PERSON|Eamon Fitzgibbon]], 38M, UR [[MRN|3970512]], Medicare [[INSURANCE_ID|${medicare('23948105', '1')}]]
Referred by GP Dr [[PERSON|Vo]] for a 9 cm painless mass of the left thigh, growing over 4 months. MRI [[DATE|12/11/2026]]: heterogeneous, deep to fascia.
Plan: CT-guided core biopsy [[DATE|27/11/2026]] (tract to be excised at definitive surgery), PET-CT.
Address: [[ADDRESS|52 Wattletree Road, Armadale VIC 3143]], mobile [[PHONE|0491 572 615]]`,
  ],
  [
    'rop-clinic',
    `ROP screening record — NICU, [[DATE|24/11/2026]]
Baby of [[PERSON|Precious Adeyemi]] (twin 2), hospital no. [[MRN|B-60927]], cot [[MRN|N06]]
Born [[DATE|19/10/2026]] at 28+1 weeks, BW 980 g. Screen #3.
RE: zone II stage 2, no plus. LE: zone II stage 1.
Plan: re-screen [[DATE|01/12/2026]] (1 week). Dad [[PERSON|Olumide]] present and informed.
Screener: Mr [[PERSON|Hamish Kerr-Dalgleish]], consultant ophthalmologist`,
  ],
  [
    'rop-clinic',
    `Procedure note — intravitreal bevacizumab for ROP
Patient: baby boy of [[PERSON|Yesenia Quintero]], MRN [[MRN|N-26118452]], bed [[MRN|31]]
Date: [[DATE|11/24/2026]]. PMA 35 weeks. Dx: zone I stage 3+ ROP OU (A-ROP).
Bevacizumab 0.625 mg/0.025 mL injected OU under topical anesthesia; IOP normal afterwards.
Consent from mother [[PERSON|Yesenia Quintero]] via Spanish interpreter [[PERSON|Lourdes Paz]].
Follow-up exam [[DATE|12/01/2026]].`,
  ],
  [
    'rop-clinic',
    `Eye checks for premature babies — information for parents
Babies born very early or very small are checked for retinopathy of prematurity (ROP), a condition of the blood vessels at the back of the eye.
The first check is usually 4–6 weeks after birth. Drops widen the pupils, and a small clip keeps the eyelids open for a few minutes.
Your baby may be unsettled afterwards; a feed and a cuddle help. Most ROP settles without treatment, but please do not miss a check.`,
  ],
  [
    'port-wine-stain-clinic',
    `Dermatology laser clinic — PDL treatment #6
[[PERSON|Amara Kingsley-Obi]], 4F, MRN [[MRN|DL-5529307]], DOB [[DATE|08/19/2022]]
Port-wine stain, right V2 distribution, about 35 cm². Brain MRI ([[DATE|03/2023]]) normal; glaucoma screen normal.
595 nm PDL, 10 mm spot, 8.5 J/cm², 1.5 ms, under general anesthesia. Photos [[MRN|PH-22-07718]].
Next session [[DATE|01/19/2027]]. Mom [[PERSON|Chiamaka]], [[PHONE|(773) 555-0186]], [[EMAIL|chiamaka.ko@example.net]]`,
  ],
  [
    'port-wine-stain-clinic',
    `Vascular birthmark clinic — [[DATE|24/11/2026]]
[[PERSON|Rhys Llewellyn-Jones]], 27M, NHS [[INSURANCE_ID|${nhs('560331')}]], hosp no. [[MRN|VB0092613]]
Hypertrophic port-wine stain of the left cheek and upper lip with blebs; 14 previous PDL sessions (last [[DATE|06/2024]]).
Plan: trial of Alexandrite 755 nm; test patch today. Photos ref [[MRN|MI-26-41837]].
Home: [[ADDRESS|Tŷ Gwyn, 11 Heol Hir, Cardiff CF14 5AB]]`,
  ],
  [
    'port-wine-stain-clinic',
    `After your laser treatment
Bruising (purple marks) is expected and fades in 7–14 days. Do not pick or rub the area.
Use a cool pack for the first day and plain moisturiser after that.
Keep the area out of the sun and use factor 50 for at least 6 weeks.
Sessions are usually 6–8 weeks apart.`,
  ],
  [
    'cml-clinic',
    `CML clinic — [[DATE|11/24/2026]]
[[PERSON|Terrence Albright]], 63M, MRN [[MRN|68330172]]
Chronic phase CML dx [[DATE|02/2021]]; imatinib, then nilotinib 300 mg BID since [[DATE|09/2022]] for intolerance. BCR::ABL1 IS 0.003% (MR4.5), sustained over 3 years; QTc 438 ms.
Discussed treatment-free remission; patient keen. Planned stop [[DATE|01/04/2027]], then PCR monthly for 6 months.
Copay assistance program ID [[MRN|CAP-7714302]]. Contact [[PHONE|(314) 555-0127]].`,
  ],
  [
    'cml-clinic',
    `Haematology clinic — CML follow-up
[[PERSON|LEUNG Ka Wai]] ([[PERSON|Vivian]]), F, 45, HKID [[ID_CARD|${hkid('K', '418273')}]], HN [[MRN|HN26003318745]]
Diagnosed [[DATE|05/2019]], on dasatinib 50 mg daily. BCR-ABL IS 0.021% today ([[DATE|24/11/2026]]). Pleural effusion resolved after dose reduction.
Tel: [[PHONE|9183 6427]]   Next FU [[DATE|23/02/2027]]`,
  ],
  [
    'cml-clinic',
    `From: [[PERSON|Ashok Varma]] <[[EMAIL|ashok.varma61@example.co.uk]]>
To: Haematology CNS team
Date: [[DATE|23 Nov 2026]]
Hi [[PERSON|Fiona]], my last BCR-ABL was 0.4% (up from 0.09%). Dr [[PERSON|Kaplan]] said we'd talk about a mutation test — has it been sent? Hospital number [[MRN|Q9038175]], NHS [[INSURANCE_ID|${nhs('419638')}]]. I'm on bosutinib 400 mg.
Best, [[PERSON|Ashok]]`,
  ],
];

export function generateDeidHoldout46(): LabelledRecord[] {
  return holdoutRecords('h46', zh, en);
}

export const DEID_HOLDOUT_46_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/labelled/deid-holdout-46.jsonl',
);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const records = generateDeidHoldout46();
  writeFileSync(DEID_HOLDOUT_46_PATH, renderJsonl(records));
  console.log(`wrote ${records.length} records to ${DEID_HOLDOUT_46_PATH}`);
}
