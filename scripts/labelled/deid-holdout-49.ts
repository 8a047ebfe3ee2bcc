import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chi, emirates, hkid, luhn, medicare, nhi, nhs, nric, rid, spaced, twid } from './check-digits.ts';
import { holdoutRecords, type LabelledRecord, renderJsonl } from './generate-deid.ts';

/**
 * The ROUND-49 fresh held-out de-identification set (data/labelled/deid-holdout-49.jsonl): 120
 * hand-written snippets (60 Chinese, 60 English) with hand-placed spans, marked inline as [[TYPE|text]]
 * (parseMarked strips the marks and records UTF-16 offsets). Written by a separate, blind annotator who
 * did not read the recognizer code, the lexicons, the name model, the registry, the regex gate, the
 * bench or the docs, read no earlier snippet beyond the first three of round 48, and never ran a
 * recognizer, the guard or the CLI on these snippets; it must not be used to adjust the recognizers.
 *
 * About four fifths are the everyday documents of a general hospital and the messages of its patients
 * (admission, progress and discharge notes, outpatient notes and dialogues, referrals, handovers,
 * nursing notes, lab and imaging reports, prescriptions, consent, billing papers, online
 * consultations, patient messages, family chats and SMS reminders), in new wording; a fifth come from
 * four settings no earlier card names: vestibular schwannoma (acoustic neuroma) clinics, congenital
 * hand difference clinics (polydactyly, syndactyly, thumb hypoplasia), tethered cord clinics and
 * Charcot-Marie-Tooth disease clinics.
 *
 * Identifiers are synthetic and computed below from hand-chosen parts: 18-digit resident IDs get their
 * GB 11643 check character from a region code, birth date and sequence chosen to agree with the text
 * (the last sequence digit odd for men, even for women); 15-digit IDs are typed from region code, birth
 * date and sex digit; bank cards get a Luhn digit; NHS numbers are in the 999 test range with their
 * modulus-11 digit; the Scottish CHI number gets its modulus-11 digit after a birth date and a sex
 * digit; Australian Medicare numbers get their check digit and an issue digit; NZ NHIs, the Hong Kong
 * identity card, the Taiwan ID, the Singapore NRIC and the Emirates ID get their check characters; the
 * US MBI follows the published character pattern. Phones are random mainland numbers or fictional
 * ranges (North American 555-01xx, UK 07700 900xxx and 01632 960xxx); mail and web hosts are
 * example.*; IP addresses come from the documentation ranges.
 *
 * Span conventions are those of data/labelled/deid-holdout-48.card.yaml (and the earlier cards it
 * refers to); the decisions new in this round are stated in data/labelled/deid-holdout-49.card.yaml.
 */

const zh: Array<[string, string]> = [
  [
    'admission',
    `心内科入院登记卡
｜姓名｜[[PERSON|侯淑贞]]｜性别｜女｜年龄｜[[AGE|92]]岁｜
｜证件号｜[[ID_CARD|${rid('120102', '19340312', '046')}]]｜
｜医保号｜[[INSURANCE_ID|12010200A7731604]]｜
｜住院号｜[[MRN|XN73058412]]｜病区/床｜心内三区 [[MRN|23]] 床｜
｜入院时间｜[[DATE|2026年11月24日]] 10:15｜
｜户籍地址｜[[ADDRESS|天津市河东区大直沽八号路12号院3门402]]｜
｜联系人｜外孙 [[PERSON|蒋一鸣]] [[PHONE|177-2236-0841]]｜
入院诊断：慢性心力衰竭急性加重，NYHA Ⅳ级，NT-proBNP 9630pg/ml。`,
  ],
  [
    'admission',
    `骨科急诊入院记录
患者[[PERSON|沙马拉且]]，男，彝族，41岁，建筑工人。于[[DATE|11月23日]]下午自脚手架坠落致左小腿开放性骨折（Gustilo ⅢA型），GCS 14分。
住院号 [[MRN|LS-0094716]]，创伤病区 [[MRN|加5]] 床。
身份证 [[ID_CARD|${rid('513401', '19850719', '213')}]]；城乡居民医保 [[INSURANCE_ID|51340126C0473915]]
住址：[[ADDRESS|四川省凉山彝族自治州西昌市海南街道缸窑村四组27号]]
联系人：弟弟 [[PERSON|沙马木呷]] [[PHONE|15082746613]]（彝语、汉语均可）`,
  ],
  [
    'admission',
    `儿科入院记录
患儿：[[PERSON|宁小满]]　男　8月龄　体重7.6kg
入院日期：[[DATE|2026/11/25]]　住院号：[[MRN|EK2611250093]]　床号：[[MRN|16]]
主诉：发热4天，皮疹2天。体温最高39.4℃，双眼结膜充血，唇红皲裂，考虑川崎病可能。
母亲：[[PERSON|邹晓萌]]，身份证 [[ID_CARD|${rid('330302', '19960204', '128')}]]，手机 [[PHONE|135 8774 2160]]
父亲：[[PERSON|宁砚舟]]，[[PHONE|137 5771 0843]]
家庭住址：[[ADDRESS|浙江省温州市鹿城区五马街道信河街16弄8号]]`,
  ],
  [
    'progress-note',
    `[[DATE|2026-11-22]] 09:10　[[PERSON|覃]]副主任医师查房记录
[[PERSON|韦丽芳]]（住院号 [[MRN|NN0286431]]，肾内科 [[MRN|7]] 床，透析登记号 [[MRN|TX-26-0158]]），女，63岁，壮族。
今日血肌酐412μmol/L，eGFR 11ml/min，血钾5.9mmol/L，双下肢轻度水肿。
[[PERSON|覃]]副主任医师分析：CKD 5期，建议本周内行右颈内静脉临时置管后开始血液透析，已与患者丈夫[[PERSON|黄德胜]]沟通，同意，拟[[DATE|11月24日]]置管。`,
  ],
  [
    'progress-note',
    `阶段小结
患者[[PERSON|蒲卫疆]]，男，55岁，住院号[[MRN|0047-2298]]，床号[[MRN|33]]，因"2型糖尿病、糖尿病视网膜病变"于[[DATE|2026年11月10日]]入院，现住院第14天。
住院期间HbA1c 10.2%，改为门冬胰岛素+甘精胰岛素，空腹血糖降至6.8mmol/L。
[[DATE|11月18日]]请眼科[[PERSON|龙]]医生会诊，建议出院后1个月眼科复诊，行全视网膜光凝。
下一步：[[DATE|11月26日]]出院，主管医生[[PERSON|施雨桐]]。`,
  ],
  [
    'progress-note',
    `抢救记录
[[DATE|2026年11月24日]] 03:20，患者[[PERSON|庞玉珍]]，女，[[AGE|九十三]]岁，床号[[MRN|十二]]，突发呼吸急促，SpO2降至78%，心率136次/分。
值班医生[[PERSON|方一帆]]立即到场，予面罩吸氧10L/min、呋塞米20mg静推、吗啡3mg皮下注射，03:55 SpO2回升至92%。
已电话告知其孙[[PERSON|庞骁]]（[[PHONE|186 0291 7735]]），家属表示不行气管插管，已签署拒绝书。`,
  ],
  [
    'discharge',
    `出院小结
姓名：[[PERSON|符月婵]]　性别：女　年龄：46岁　门诊号：[[MRN|MZ3381069]]　住院号：[[MRN|HK-2611-0371]]
身份证：[[ID_CARD|${rid('460108', '19800305', '042')}]]
入院：[[DATE|2026-11-14]]　出院：[[DATE|2026-11-24]]
诊断：急性胆囊炎，腹腔镜胆囊切除术后。
出院带药：头孢克肟100mg bid×5天。
复查：[[DATE|12月8日]]普外科门诊，复诊号 [[MRN|FZ-10582]]。
随访电话：[[PHONE|13976052418]]　住址：[[ADDRESS|海南省海口市美兰区和平北路9号海景苑B座1806]]`,
  ],
  [
    'discharge',
    `出院记录（台湾居民）
患者：[[PERSON|林冠廷]]　男　68岁
台湾居民来往大陆通行证：[[PASSPORT|08815236]]　台湾身份证：[[ID_CARD|${twid('F', '12473096')}]]
住院号：[[MRN|XM2611170058]]　入院[[DATE|11月17日]]，出院[[DATE|11月25日]]
诊断：急性下壁心肌梗死，PCI术后（右冠植入支架1枚）。
出院后拟返台，台湾住址：[[ADDRESS|新北市板桥区文化路一段188巷7号4楼]]；厦门暂住：[[ADDRESS|福建省厦门市湖里区金尚路366号2号楼1102]]
女儿[[PERSON|林静宜]]：[[PHONE|+886 912 603 481]]`,
  ],
  [
    'discharge',
    `转社区出院通知
[[PERSON|闵秀英]]阿姨，您好：
您于[[DATE|2026年11月24日]]出院，已转入长青路社区卫生服务中心家庭病床，家庭病床号[[MRN|JC-2026-5903]]，责任医生[[PERSON|甄立衡]]每周二上门。
导尿管更换：下次[[DATE|12月15日]]。
如有发热、尿色浑浊请拨社区电话；您登记的家属电话为[[PHONE|139 5128 6607]]（儿媳[[PERSON|郭蕾]]）。
上门地址：[[ADDRESS|上海市普陀区长寿路街道西康路1051弄14号602室]]`,
  ],
  [
    'outpatient',
    `内分泌科门诊病历（初诊）
就诊日期：[[DATE|2026.11.24]]　就诊卡号：[[MRN|0003716624]]　门诊号：[[MRN|NF2611240177]]
[[PERSON|狄晓岚]]，女，34岁，教师。
主诉：心慌、手抖、体重下降3个月（约5kg）。
查体：甲状腺Ⅱ度肿大，心率112次/分，手颤(+)。FT4 48.6pmol/L，TSH<0.005mIU/L，TRAb 12.4IU/L。
诊断：Graves病。处理：甲巯咪唑10mg tid，普萘洛尔10mg tid，4周后复查。
联系电话：[[PHONE|181 3392 0576]]　住址：[[ADDRESS|山西省太原市小店区坞城路龙城小区7栋2单元1104]]
检验结果推送邮箱：[[EMAIL|dixiaolan@example.com]]`,
  ],
  [
    'outpatient',
    `门诊录音转写（老年科）
医生：阿公，您叫什么名字？
患者：[[PERSON|卢德旺]]，卢是卢沟桥的卢。
医生：今年多大年纪了？
患者：[[AGE|九十一]]了，[[DATE|一九三五年腊月初八]]生的。
医生：家里电话记一下。
家属：打我的吧，[[PHONE|一五九 二零一八 三三七四]]，我是他女儿[[PERSON|卢美华]]。
医生：好，今天血压152/88，MMSE 22分，先把多奈哌齐5mg吃上。`,
  ],
  [
    'outpatient',
    `儿童保健门诊
儿童：[[PERSON|谷雨禾]]　女　2岁3月　儿保卡号：[[MRN|EB-3307458]]
监护人：父亲 [[PERSON|谷峥]]，[[PHONE|138-0731-5594]]
住址：[[ADDRESS|湖南省长沙市天心区书院路街道白沙井社区4栋206]]
就诊：[[DATE|2026年11月25日]]
身高86.5cm，体重11.2kg，头围47cm；Gesell发育商DQ 92。
语言：能说两三个字的短语。建议：[[DATE|2027年2月]]复查，期间增加亲子阅读。`,
  ],
  [
    'referral',
    `双向转诊单（下转）
转出医院：中南大学湘雅二医院　　接收机构：芙蓉区东湖街道社区卫生服务中心
转诊单号：[[MRN|ZZ-430102-2611-0266]]
患者：[[PERSON|贺春生]]　男　72岁　身份证：[[ID_CARD|${rid('430102', '19540203', '171')}]]
医保号：[[INSURANCE_ID|4301020054713628]]
诊断：脑梗死恢复期，高血压3级（极高危）。
转诊目的：康复训练及血压随访，阿司匹林100mg qd，阿托伐他汀20mg qn。
转出医生：[[PERSON|涂婷]]　日期：[[DATE|2026-11-24]]`,
  ],
  [
    'referral',
    `院内会诊申请单
申请科室：产科　　被邀科室：心内科
患者[[PERSON|阚梦瑶]]，31岁，孕33+2周，住院号[[MRN|CK0392115]]，[[MRN|19]]床。
病情：孕期新发心悸，心电图示阵发性室上速，心率180次/分，腺苷未用。
会诊目的：请协助评估抗心律失常药物选择。
申请医师：[[PERSON|潘越]]　[[DATE|11月24日]] 14:30
会诊意见：建议地高辛0.125mg qd，——心内科[[PERSON|俞]]主任`,
  ],
  [
    'referral',
    `异地转诊备案材料
兹有我院患者[[PERSON|扎西央宗]]（女，藏族，37岁，身份证[[ID_CARD|${rid('540102', '19890611', '084')}]]），确诊先天性心脏病（房间隔缺损，缺损直径28mm），我院无介入条件，建议转往四川大学华西医院心外科。
医保卡号：[[INSURANCE_ID|540100K26107735]]
现住址：[[ADDRESS|西藏拉萨市城关区八廓街道冲赛康社区3组19号]]
经治医生：[[PERSON|次仁顿珠]]，[[PHONE|0891-6328047]]，[[EMAIL|cirendj@example.cn]]
日期：[[DATE|2026年11月23日]]`,
  ],
  [
    'handover',
    `普外二病区夜班交班本 [[DATE|11/24]]
床号｜姓名｜要点
[[MRN|3]]｜[[PERSON|苗振华]]｜胃癌术后第2天，引流液淡红60ml，明晨抽血
5｜（空）｜
[[MRN|8]]｜[[PERSON|童若曦]]｜阑尾炎术后，体温37.9℃，已物理降温
[[MRN|11]]｜[[PERSON|毕家豪]]｜肠梗阻保守，胃肠减压引出400ml，禁食
[[MRN|12]]｜[[PERSON|滕桂香]]｜[[AGE|95]]岁，疝修补术前，镇静评分正常
交班：[[PERSON|褚佳]]　接班：[[PERSON|佟晓雯]]`,
  ],
  [
    'handover',
    `（口头交班录音整理）
"[[MRN|二十一]]床[[PERSON|申]]……哦不，[[MRN|二十一]]床是[[PERSON|申秋菊]]，胰腺炎第三天，淀粉酶还有六百多，禁食。
[[MRN|二十三]]床[[PERSON|鲁强]]，胸腔闭式引流，今晚水柱波动好，没漏气。
二十四床出院了，空着。
[[MRN|二十六]]床那个小伙子[[PERSON|晏子轩]]，骨盆骨折，今晚双下肢足背动脉要每两小时摸一次。"
——[[DATE|11月25日]]晨，交班护士[[PERSON|戴琳]]`,
  ],
  [
    'handover',
    `手术室—PACU交接单
患者：[[PERSON|贝宏伟]]　住院号：[[MRN|0563318]]　手术间：OR-5　手术编号：[[MRN|SS2611240155]]　PACU床位：[[MRN|P-3]]
手术：腹腔镜右半结肠切除术　日期：[[DATE|2026-11-24]]
麻醉：全麻，ASA Ⅱ级；术中输液1800ml，出血100ml，尿量350ml。
苏醒评分：Steward 4分。镇痛泵：舒芬太尼100μg/100ml。
手术室护士：[[PERSON|柯佳怡]]　PACU护士：[[PERSON|麦文静]]　麻醉医生：[[PERSON|史凯]]`,
  ],
  [
    'nursing-note',
    `护理记录单
[[DATE|2026-11-24]] 20:00　[[PERSON|伍凤英]]　[[MRN|6]]床　住院号[[MRN|LK-2611-1842]]
Braden评分12分，骶尾部Ⅱ期压力性损伤约3cm×2cm，已用泡沫敷料；每2小时翻身。
患者[[AGE|90]]岁，进食少，白蛋白29g/L，已报告营养科。
陪护：女儿[[PERSON|伍小红]]。
责任护士：[[PERSON|奚若楠]]`,
  ],
  [
    'nursing-note',
    `跌倒不良事件护理记录
[[DATE|11月23日]] 02:40，[[MRN|31]]床患者[[PERSON|盛建平]]（男，78岁，住院号[[MRN|2026110934]]）夜间自行如厕时跌倒，当时护工[[PERSON|季桂兰]]在隔壁病房。
查体：左额部擦伤约1cm，神志清，GCS 15分，头颅CT未见出血。
Morse跌倒评分由45分上调为70分，已加床栏、床头挂"防跌倒"标识。
已通知值班医生[[PERSON|邓雪]]及家属[[PERSON|盛楠]]（[[PHONE|152 6605 3918]]）。`,
  ],
  [
    'nursing-note',
    `"互联网+护理服务"上门记录
服务单号：[[MRN|HL2611240632]]　服务日期：[[DATE|2026年11月24日]]
服务对象：[[PERSON|鲍凤琴]]，女，[[AGE|97]]岁，长期卧床，身份证[[ID_CARD|320502290317024]]
服务地址：[[ADDRESS|江苏省苏州市姑苏区十全街锦绣坊22幢301室]]
项目：留置胃管更换（14Fr），插入深度55cm，回抽见胃液。
护士：[[PERSON|贲雅婷]]；家属签字：[[PERSON|陆云帆]]`,
  ],
  [
    'lab-report',
    `检验报告单
姓名：[[PERSON|俞晓红]]　性别：女　年龄：52岁　科室：血液科　床号：[[MRN|9]]　住院号：[[MRN|ZY2611170042]]
样本号：[[MRN|20261124-0573]]　条码：[[MRN|7310049628]]
采集时间：[[DATE|2026-11-24]] 06:30
WBC 2.1×10^9/L↓　Hb 78g/L↓　PLT 34×10^9/L↓　网织红细胞0.3%
申请医生：[[PERSON|伏清源]]　检验者：[[PERSON|吕思琪]]　审核者：[[PERSON|雷霁东]]`,
  ],
  [
    'lab-report',
    `病理诊断报告书
病理号：[[MRN|P2026-39751]]　冰冻号：[[MRN|F26-0912]]
姓名：[[PERSON|羊翠微]]　住院号：[[MRN|ZY5917364]]　送检日期：[[DATE|2026年11月20日]]
送检：左乳肿物（快速冰冻+常规）
诊断：（左乳）浸润性导管癌，组织学Ⅱ级，肿物大小2.3cm×1.8cm；ER(90%+)，PR(60%+)，HER2(1+)，Ki-67约20%。
报告医师：[[PERSON|温子健]]　报告日期：[[DATE|2026年11月24日]]`,
  ],
  [
    'lab-report',
    `24小时尿液标本留取须知
1. 留尿当日早晨7点排空膀胱，这次尿液弃去；
2. 之后24小时内每次小便都倒入医院发的大桶中，桶内已加防腐剂，请勿倒掉；
3. 次日早晨7点最后一次排尿也要收集；
4. 记录总尿量，混匀后取约10ml送检验科。
如有疑问请咨询检验科窗口。`,
  ],
  [
    'imaging-report',
    `CT检查报告
检查号：[[MRN|CT5390178264]]　影像号：[[MRN|IM0728164]]
姓名：[[PERSON|樊德贵]]　性别：男　年龄：67岁　检查日期：[[DATE|2026-11-24]]　体检编号：[[MRN|TJ26112400815]]
检查项目：胸部低剂量CT平扫
所见：右肺上叶尖段见一混杂磨玻璃结节，大小约14mm×11mm，实性成分约6mm；余肺未见明确结节。
印象：右肺上叶混杂磨玻璃结节，Lung-RADS 4A类，建议3个月复查。
报告：[[PERSON|宫文博]]　审核：[[PERSON|裴兰]]`,
  ],
  [
    'imaging-report',
    `彩超报告单
超声号：[[MRN|US-2611-05527]]
[[PERSON|缪欣然]]　女　29岁　门诊号 [[MRN|MZ0917446]]　[[DATE|2026年11月25日]]
子宫大小4.8cm×4.2cm×3.9cm，内膜厚0.9cm；左附件区见囊性包块5.6cm×4.3cm，内见细密光点，CDFI周边见少许血流。
提示：左卵巢囊肿（巧克力囊肿可能），请结合CA125。
诊断医师：[[PERSON|蒙锦芳]]`,
  ],
  [
    'imaging-report',
    `磁共振检查报告
患者：[[PERSON|戚老根]]　男　[[AGE|91]]岁　预约号：[[MRN|MR-YY-0042819]]　检查号：[[MRN|MR2611260041]]
检查时间：[[DATE|2026-11-26]]
项目：头颅MRI平扫+DWI
所见：双侧侧脑室旁及半卵圆中心多发斑片状长T2信号，Fazekas 3级；左侧基底节区见小片状DWI高信号。
结论：左侧基底节区急性腔隙性脑梗死；脑白质高信号（Fazekas 3级）；老年性脑萎缩。`,
  ],
  [
    'prescription',
    `门诊处方笺（医保）
处方编号：[[MRN|CF2611241057]]　日期：[[DATE|2026-11-24]]
姓名：[[PERSON|巩志刚]]　男　59岁　门诊号：[[MRN|TY0691457]]　医保卡号：[[INSURANCE_ID|1401050061837224]]
临床诊断：2型糖尿病；高脂血症
R：二甲双胍缓释片 0.5g×60片　1g bid
　　恩格列净片 10mg×30片　10mg qd
　　瑞舒伐他汀钙片 10mg×28片　10mg qn
医师：[[PERSON|栾书禾]]　审核药师：[[PERSON|卓文雅]]`,
  ],
  [
    'prescription',
    `麻醉药品处方（红处方）
患者：[[PERSON|屈凤兰]]　女　71岁　病历号：[[MRN|SY-0734192]]　身份证：[[ID_CARD|${rid('210102', '19550826', '300')}]]
住址：[[ADDRESS|辽宁省沈阳市和平区南京南街188-3号2-5-1]]
诊断：胰腺癌晚期，癌痛（NRS 7分）
R：盐酸羟考酮缓释片 10mg×14片　10mg q12h
代办人：[[PERSON|屈海涛]]（儿子）　身份证：[[ID_CARD|${rid('210102', '19800114', '375')}]]　电话：[[PHONE|18642093157]]
开具日期：[[DATE|2026年11月24日]]　医师：[[PERSON|单可欣]]`,
  ],
  [
    'prescription',
    `胰岛素笔使用小贴士
1. 未开封的笔芯放冰箱冷藏（2~8℃），使用中的笔常温保存，不超过28天；
2. 注射前排气2单位，针头朝上轻推至见药液；
3. 腹部注射避开肚脐周围5cm，每次换一个位置；
4. 注射后针头停留10秒再拔出；
5. 一个针头只用一次。`,
  ],
  [
    'consent',
    `手术知情同意书（节选）
患者姓名：[[PERSON|尉迟敏]]　性别：女　年龄：58岁　住院号：[[MRN|JZ0817330]]
拟行手术：全子宫+双附件切除术（腹腔镜）
主要风险：出血、感染、周围脏器（膀胱、输尿管、肠管）损伤、下肢深静脉血栓等。
患者授权委托人：[[PERSON|宋立新]]（丈夫）　身份证号：[[ID_CARD|${rid('130102', '19660930', '137')}]]　电话：[[PHONE|131 3317 2586]]
签署日期：[[DATE|2026年11月24日]]　谈话医师：[[PERSON|鞠慧]]`,
  ],
  [
    'consent',
    `输血治疗知情同意书
患者：[[PERSON|冉秀芝]]　[[AGE|96]]岁　住院号：[[MRN|CC8305721946]]　身份证：[[ID_CARD|220104300415062]]
诊断：上消化道出血，Hb 56g/L。拟输注悬浮红细胞2U。
输血前检查：HBsAg(-)、抗HCV(-)、抗HIV(-)、梅毒(-)。
患者因听力差由孙女代签：[[PERSON|冉知夏]]　身份证：[[ID_CARD|${rid('220104', '19990527', '020')}]]　手机：[[PHONE|15504316728]]
日期：[[DATE|2026-11-25]]`,
  ],
  [
    'consent',
    `临床研究知情同意书 签字页
研究名称：SGLT2抑制剂对射血分数保留型心衰住院率影响的多中心研究（方案号HFP-2026-03，伦理批件2026伦审第207号）
受试者编号：[[MRN|HF-031-0147]]
受试者签名：[[PERSON|冀长林]]　日期：[[DATE|2026年11月24日]]
见证人签名：[[PERSON|向彩霞]]　日期：[[DATE|2026年11月24日]]
研究者签名：[[PERSON|阎博衍]]　联系电话：[[PHONE|0351-7286449]]`,
  ],
  [
    'billing',
    `住院费用结算单
结算单号：JS2611250662　住院号：[[MRN|RJ2611080014]]
姓名：[[PERSON|訾鸿远]]　医保号：[[INSURANCE_ID|3201060072914853]]
住院时间：[[DATE|2026-11-08]]至[[DATE|2026-11-25]]（17天）
总费用：52,318.40元　统筹支付：36,106.22元　个人自付：16,212.18元　预交金：20,000.00元
应退：3,787.82元，退至原缴款银行卡 [[BANK_CARD|${spaced(luhn('621226430201785'))}]]
收款员：[[PERSON|聂莉]]`,
  ],
  [
    'billing',
    `医疗门诊收费电子票据
票据代码：35010126　票据号码：0094417362
交款人：[[PERSON|詹秋霞]]　门诊号：[[MRN|OP7702193]]
医保卡号：[[INSURANCE_ID|35010200B9146227]]
开票日期：[[DATE|2026年11月24日]]
项目：西药费 286.50　检查费 420.00　化验费 138.00　合计 844.50元
医保统筹 506.70元　个人账户 337.80元`,
  ],
  [
    'billing',
    `商业医疗保险理赔申请书
被保险人：[[PERSON|晁梓涵]]　身份证：[[ID_CARD|${rid('370202', '20150309', '046')}]]（未成年）
投保人：母亲 [[PERSON|桑雨薇]]　保单号：[[INSURANCE_ID|PA2025-37020-884196]]
出险经过：[[DATE|2026年11月12日]]因支原体肺炎住院7天，住院号[[MRN|QD-EK-5827-0913]]。
申请金额：8,462.00元
收款账户：[[BANK_CARD|${luhn('622848031204586791')}]]（农业银行）
联系电话：[[PHONE|156 5327 0469]]　邮箱：[[EMAIL|sangyuwei@example.net]]
通讯地址：[[ADDRESS|山东省青岛市市南区香港中路街道东海西路37号金都花园5号楼1单元702户]]`,
  ],
  [
    'online-consult',
    `互联网医院 图文问诊 问诊单号 [[MRN|WZ2611241903]]
[[ACCOUNT|晚风吹过麦田]]：医生好，我妈妈[[PERSON|柴丽娟]]，66岁，昨天量血压178/102，头有点晕。
[[PERSON|冯思远]]医生：目前吃什么降压药？
[[ACCOUNT|晚风吹过麦田]]：氨氯地平5mg一天一次。
[[PERSON|冯思远]]医生：可以加用缬沙坦80mg，一周后把每天早晚的血压记录发给我，头晕加重或手脚无力请立即去急诊。
系统：本次问诊来自IP [[IP|203.0.113.163]]`,
  ],
  [
    'online-consult',
    `视频复诊记录
就诊人：[[PERSON|郜雅琴]]（账号 [[ACCOUNT|gao_yaqin]]，手机[[PHONE|18909317254]]）　复诊号：[[MRN|SP-0926485]]　日期：[[DATE|2026-11-24]]
接入日志：终端IPv6 [[IP|2001:db8:5a1::7f]]，延迟86ms
回放地址：[[URL|https://video.hospital.example.cn/replay/SP-0926485]]
医生：[[PERSON|闫文涛]]
内容：类风湿关节炎，DAS28 3.1，继续甲氨蝶呤15mg每周一次+叶酸5mg。`,
  ],
  [
    'online-consult',
    `续方申请（在线复诊）
用户 [[ACCOUNT|qiaomu_1987]] 为家人申请续方：
就诊人：[[PERSON|乔木森]]，男，[[AGE|90]]岁，就诊卡 [[MRN|M00482277]]
上次就诊：[[DATE|2026-10-27]]，诊断：前列腺增生、高血压
申请药品：坦索罗辛0.2mg qn，硝苯地平控释片30mg qd
配送地址：[[ADDRESS|重庆市渝中区解放碑街道民族路138号附2号]]
药师审核：[[PERSON|巫晓丹]]　登录IP：[[IP|198.51.100.58]]`,
  ],
  [
    'patient-message',
    `（微信消息）
[[PERSON|谭]]医生您好，我是上周三您门诊看过的[[PERSON|祁明月]]，右肩冻结肩那个。按您说的每天做爬墙练习，现在能抬到120度了。
想问下[[DATE|12月3日]]的复诊能不能改到下午？我白天上班。我的门诊号是[[MRN|0029541773]]。
另外我[[DATE|12月20日]]要出国，需要英文版诊断证明，护照号[[PASSPORT|EE3071946]]。
我的邮箱[[EMAIL|qi.mingyue@example.cn]]，检查单可以发给我吗？谢谢！`,
  ],
  [
    'patient-message',
    `短信（发至护士长手机）
[[PERSON|葛]]护士长您好，我是[[MRN|17]]床[[PERSON|甘建新]]的爱人[[PERSON|柳沁语]]。他今天出院后在家一直打嗝，饭后更明显，腹部伤口不痛。要不要紧？
我手机[[PHONE|17394620158]]，方便时回个电话。`,
  ],
  [
    'patient-message',
    `公众号后台留言
留言人：[[ACCOUNT|向日葵不低头]]
内容：你好，我想给我爸爸[[PERSON|戈振邦]]挂下周二神经内科[[PERSON|邵]]主任的号，他帕金森病吃美多芭一片半一天三次，最近开关现象很明显。
我的手机[[PHONE|138 0571 9623]]，微信号[[ACCOUNT|ge_xiaoyu88]]，挂上了请告诉我，谢谢。`,
  ],
  [
    'family-chat',
    `【奶奶住院群👵】
大伯：今天谁去医院？奶奶[[MRN|12]]床，早上医生说要做胃镜。医院在[[ADDRESS|南京市鼓楼区中山路365号]]，住院部7楼。
[[PERSON|栋栋]]：我下午两点过去，车牌[[PLATE|苏A·8M2Q6]]，停地下二层。
[[PERSON|莉莉]]：我上午在，奶奶早饭没让吃，说空腹。
大伯：胃镜费用先刷我卡 [[BANK_CARD|${luhn('621483250187630')}]]，密码给[[PERSON|栋栋]]了。
[[PERSON|莉莉]]：收到👌`,
  ],
  [
    'family-chat',
    `家族群「阿爸手术」
[[PERSON|阿霞]]：刚问了护士，阿爸手术排在周四第二台，住院号[[MRN|0381654]]，大家记一下。
三叔：身份证要复印吗？
[[PERSON|阿霞]]：要，阿爸的是 [[ID_CARD|310101540723131]]，老证，我拍照发群里了。
[[PERSON|阿柘]]：我周四请假，开[[PLATE|沪C·Q1R73]]去接妈妈。
三叔：👍`,
  ],
  [
    'family-chat',
    `「外公看病小分队」
[[PERSON|豆丁]]：医院地址发一下，我导航 🙏
妈妈：[[ADDRESS|湖北省武汉市江汉区解放大道1562号]]，门诊楼三楼
[[PERSON|豆丁]]：外公挂的几号？
妈妈：[[MRN|A047]]号，[[PERSON|谢]]主任。外公说他叫[[PERSON|谢卫东]]？
[[PERSON|豆丁]]：是[[PERSON|谢为东]]，医院官网写的😂
爸爸：外公医保卡在我这儿，我开[[PLATE|鄂A·5G8T2]]直接过去`,
  ],
  [
    'sms-reminder',
    `【市一医院】[[PERSON|邱美玲]]女士，您预约的乳腺钼靶检查时间为[[DATE|2026年11月28日]] 9:30，预约号[[MRN|YY26112801234]]，地点：[[ADDRESS|广东省佛山市禅城区岭南大道北204号]]门诊楼二楼放射科。检查当天请勿使用爽身粉、止汗剂。`,
  ],
  [
    'sms-reminder',
    `【胃肠镜中心】[[PERSON|鄢志强]]先生：您的无痛胃肠镜定于[[DATE|11月29日]]上午，检查号[[MRN|WJ-0836152]]，地点：[[ADDRESS|贵州省贵阳市云岩区北京路318号]]门诊楼4楼。请于前一天晚8点服用第一袋聚乙二醇电解质散，检查当日凌晨4点服第二袋。改约请访问[[URL|https://wx.example.cn/yy/WJ-0836152]]。`,
  ],
  [
    'sms-reminder',
    `【区疾控中心】温馨提示：60岁以上老人可免费接种23价肺炎球菌多糖疫苗，请携带身份证到所在社区卫生服务中心接种点，周一至周五8:00—11:30。`,
  ],
  [
    'vestibular-schwannoma-clinic',
    `神经外科门诊（听神经瘤专病）
就诊日期：[[DATE|2026-11-24]]　门诊号：[[MRN|SW2611240027]]
[[PERSON|冼志豪]]，男，49岁，右耳听力下降2年，耳鸣半年。
纯音测听：右耳PTA 48dB，言语识别率62%；电测听号[[MRN|TL-0728841]]。
MRI（影像号[[MRN|MR0931562]]）：右侧桥小脑角区增强结节，大小约18mm×15mm，Koos Ⅲ级。
面神经功能：House-Brackmann Ⅰ级。
建议：乙状窦后入路手术或伽玛刀，患者与妻子[[PERSON|区慧敏]]商量后决定，[[DATE|12月]]再来。
电话：[[PHONE|135 0276 4419]]　住址：[[ADDRESS|广东省佛山市顺德区大良街道华盖路33号之二]]`,
  ],
  [
    'vestibular-schwannoma-clinic',
    `听神经瘤术后随访记录
患者：[[PERSON|朴贞淑]]　女　57岁　朝鲜族　住院号：[[MRN|YJ0416288]]
身份证：[[ID_CARD|${rid('222401', '19690214', '526')}]]
手术：[[DATE|2026年8月19日]]左侧乙状窦后入路听神经瘤切除术（近全切）
随访日期：[[DATE|2026年11月24日]]
面神经：House-Brackmann Ⅲ级（术后1周为Ⅴ级），左眼闭合欠佳，夜间涂眼膏。
左耳全聋，考虑以后配CROS助听器。
下次：[[DATE|2027年2月]]复查MRI。联系电话：[[PHONE|0433-2518076]]
住址：[[ADDRESS|吉林省延边朝鲜族自治州延吉市河南街道光明街207号]]`,
  ],
  [
    'vestibular-schwannoma-clinic',
    `「伽玛刀术后交流群」
[[ACCOUNT|静水流深_LH]]：各位好，我[[DATE|11月10日]]做的伽玛刀，周边剂量12Gy，现在走路有点晃，正常吗？
[[PERSON|钮]]护士：术后几周有一过性平衡差是常见的，做做前庭康复操。请私信我您的住院号。
[[ACCOUNT|静水流深_LH]]：好的，住院号[[MRN|GK-2611-0132]]，我叫[[PERSON|林海川]]。
[[PERSON|钮]]护士：收到，[[DATE|2027年5月]]第一次复查MRI，到时短信通知。`,
  ],
  [
    'congenital-hand-clinic',
    `小儿手外科门诊
患儿：[[PERSON|滕一诺]]　男　11月龄　门诊号：[[MRN|SX2611250046]]
就诊日期：[[DATE|2026年11月25日]]
诊断：右手复拇畸形（Wassel Ⅳ型），桡侧拇指发育较小。
X线片号：[[MRN|X26-117403]]
计划：[[DATE|2027年3月]]行桡侧拇指切除+尺侧拇指重建（侧副韧带重建）。
监护人：母亲 [[PERSON|龚雪]]，身份证 [[ID_CARD|${rid('340104', '19930418', '062')}]]，手机 [[PHONE|139 5604 8271]]`,
  ],
  [
    'congenital-hand-clinic',
    `手术记录
患儿：[[PERSON|荣芊芊]]　女　1岁7月　住院号：[[MRN|ET-0815396]]　床号：[[MRN|22]]
手术日期：[[DATE|2026-11-24]]　手术号：[[MRN|SS2611240319]]
术前诊断：左手第3、4指完全性并指（皮肤性）
手术名称：左手第3、4指并指分离术+指蹼成形术+全厚皮片移植（取自左腹股沟）
术中止血带时间45分钟，出血约5ml。
主刀：[[PERSON|喻晨]]　助手：[[PERSON|厉思佳]]
家长电话：[[PHONE|159 2217 6038]]（母亲[[PERSON|邵蕾]]）`,
  ],
  [
    'congenital-hand-clinic',
    `并指分离术后家庭护理须知
1. 术后2周内保持敷料干燥，不要让孩子把手放进嘴里；
2. 手术后第10—14天门诊拆线、检查皮片成活情况；
3. 拆线后每天按摩指蹼瘢痕，涂抹硅酮凝胶，持续3—6个月；
4. 夜间佩戴分指支具，防止指蹼爬升；
5. 出现发热、伤口渗液有异味请及时就诊。`,
  ],
  [
    'tethered-cord-clinic',
    `小儿神经外科入院记录
患儿：[[PERSON|苟嘉乐]]　男　6岁　住院号：[[MRN|SN7302659184]]　床号：[[MRN|4]]
入院日期：[[DATE|2026-11-23]]
主诉：尿失禁加重半年，右足内翻。
查体：腰骶部皮下脂肪瘤样隆起，见毛发丛。
腰骶MRI（[[MRN|MR-E-41937]]）：脊髓圆锥低位至L4水平，终丝增粗伴脂肪瘤。
尿动力学检查号：[[MRN|UD-0086342]]，提示逼尿肌过度活动，膀胱容量120ml。
父亲：[[PERSON|苟永强]]，[[PHONE|18183306527]]，身份证[[ID_CARD|${rid('510107', '19880822', '391')}]]
住址：[[ADDRESS|四川省成都市武侯区簇桥街道锦城社区团结路7号附9号]]`,
  ],
  [
    'tethered-cord-clinic',
    `术后病程记录
[[DATE|2026-11-26]] 患儿[[PERSON|兰心怡]]，女，9岁，住院号[[MRN|SN2611190311]]，[[MRN|15]]床，脊髓栓系松解术后第2天。
术中电生理监测：球海绵体反射存在，终丝切断前后MEP无变化。
今日俯卧位，切口无渗液，双下肢肌力5级，已拔除尿管，自解小便2次。
[[PERSON|覃]]主任查房：继续俯卧位48小时，[[DATE|11月30日]]复查尿动力学。
家长[[PERSON|兰秋生]]陪护。`,
  ],
  [
    'tethered-cord-clinic',
    `【儿童医院神经外科】[[PERSON|黎梓萱]]家长您好，孩子脊髓栓系术后1年复查定于[[DATE|2026年12月9日]]上午，需做腰骶MRI（预约号[[MRN|MR-YY-2612-0915]]）和残余尿超声，请携带术前片子。复查地点：[[ADDRESS|广西南宁市青秀区民族大道2218号]]儿童医院2号楼。`,
  ],
  [
    'charcot-marie-tooth-clinic',
    `神经遗传专病门诊（腓骨肌萎缩症）
[[DATE|2026-11-24]]　门诊号[[MRN|NG2611240053]]
先证者：[[PERSON|简亦骁]]，男，24岁（身份证[[ID_CARD|${rid('350102', '20020615', '017')}]]），双足高弓足、跨阈步态10年。
神经传导：正中神经运动传导速度22m/s，CMAP 2.1mV。
基因检测报告编号：[[MRN|GX-26-04719]]，PMP22基因重复（CMT1A）。
家系：父亲[[PERSON|简国栋]]有类似步态，姑姑[[PERSON|简秀娥]]未检测，建议家系验证。
处理：踝足矫形器（AFO），康复科会诊；避免长春新碱等神经毒性药物。
联系：[[PHONE|188 5017 2946]]，[[ADDRESS|福建省福州市鼓楼区五四路街道树兜新村12座304]]`,
  ],
  [
    'charcot-marie-tooth-clinic',
    `肌电图/神经传导检查报告
检查号：[[MRN|EMG-9374-0528]]　门诊号：[[MRN|NG2611160024]]　姓名：[[PERSON|米雅楠]]　女　31岁　检查日期：[[DATE|2026年11月23日]]
腓总神经运动传导：未引出CMAP；胫神经MCV 28m/s。
腓肠神经SNAP未引出；正中神经MCV 24m/s，尺神经MCV 26m/s，均匀一致减慢。
结论：四肢对称性脱髓鞘为主的周围神经病，符合遗传性运动感觉神经病（CMT1型）电生理表现。
检查医师：[[PERSON|汪啸]]`,
  ],
  [
    'charcot-marie-tooth-clinic',
    `腓骨肌萎缩症居家康复要点
1. 每天牵伸小腿后侧肌群，每次30秒，重复10次；
2. 佩戴踝足矫形器行走，鞋子选择鞋跟稳定、鞋头宽松的款式；
3. 手部力量差可用粗柄餐具、按压式笔；
4. 避免长时间站立和剧烈跑跳，游泳、骑固定自行车较合适；
5. 每6—12个月到专病门诊随访一次。`,
  ],
];

const en: Array<[string, string]> = [
  [
    'admission',
    `ACUTE MEDICAL UNIT — ADMISSION PROFORMA
Name: [[PERSON|Winifred Stallworthy]]   Age: [[AGE|93]]   Hosp no: [[MRN|RK8305261]]   NHS no: [[INSURANCE_ID|${nhs('418275')}]]
Admitted: [[DATE|24/11/2026]] 16:40 via ED   Bed: AMU [[MRN|17]]
Address: [[ADDRESS|Flat 2, Orchard Court, 9 Mill Lane, Tewkesbury GL20 5RT]]
PC: confusion and reduced oral intake for 3 days. Temp 38.3, HR 104, NEWS2 6. Urine dip: nitrites +.
Clinical Frailty Scale 6. Abbreviated Mental Test 5/10 (baseline 9 per niece).
NOK: niece [[PERSON|Pauline Stallworthy-Reid]], [[PHONE|07700 900683]]`,
  ],
  [
    'admission',
    `HOSPITAL MEDICINE H&P
Pt: [[PERSON|Dwayne Okafor-Hill]]  DOB [[DATE|03/17/1971]]  MRN [[MRN|004418273]]  FIN [[MRN|9920047716]]
Admit date: [[DATE|11/24/2026]]   Room [[MRN|5124-B]]
CC: "my legs are swollen and I can't lie flat"
HPI: 55M with HFrEF (EF 25% on last TTE), non-adherent to furosemide 40 mg; weight up 6 kg. BNP 2,870. Cr 1.6 (baseline 1.2).
Insurance: Humana Gold member [[INSURANCE_ID|H71904428301]]
Home: [[ADDRESS|2218 Cedar Bluff Rd, Apt 7, Knoxville, TN 37923]]   Cell [[PHONE|(865) 555-0147]]
Emergency contact: sister [[PERSON|Lorraine Hill]], [[PHONE|(865) 555-0163]]`,
  ],
  [
    'admission',
    `EMERGENCY ADMISSION — INTERNATIONAL VISITOR
Patient: [[PERSON|Zhou Peiyu]] (passport name [[PERSON|ZHOU PEIYU]]), F, 67, visiting from Chengdu
MRN [[MRN|RNS-5530418]]   Ward 9 East, bed [[MRN|12]]
Passport: [[PASSPORT|EJ9053627]]   Chinese resident ID (on her card): [[ID_CARD|${rid('510104', '19590730', '264')}]]
Travel insurer: Ping An Overseas, policy [[INSURANCE_ID|PATI-2026-0913376]]
Staying at: [[ADDRESS|Unit 1405, 88 Liverpool Street, Sydney NSW 2000]]   Email [[EMAIL|zhoupeiyu59@example.cn]]
Son [[PERSON|Leo Zhou]] (interpreting): [[PHONE|0412 773 905]]
Dx: community-acquired pneumonia, CURB-65 2. IV ceftriaxone 1 g daily plus azithromycin 500 mg.`,
  ],
  [
    'progress-note',
    `MICU PROGRESS NOTE — HD 4  [[DATE|11/25/2026]]
[[PERSON|Harlan Beaudry]], 71M, MRN [[MRN|11840372]], bed [[MRN|8]]
Overnight: weaned to PSV 8/5, FiO2 0.35. Lactate 1.1 (from 4.2). Norepinephrine off at 0300.
A/P:
1. Septic shock, E. coli bacteremia — cefepime 2 g q8h day 4/7.
2. AKI — Cr 2.4 → 1.9; UOP 1.1 L.
3. Goals of care — met with wife [[PERSON|Colette]] and son [[PERSON|Remy]] yesterday; full code for now.
Attending: Dr [[PERSON|Nkemdirim]]   Resident: [[PERSON|Priya Ramalingam-Shetty]], PGY-2`,
  ],
  [
    'progress-note',
    `Post-take ward round — Ward 31, Queen Margaret Hospital
[[DATE|23/11/26]] 09:20   Consultant Dr [[PERSON|A. McCallum]]
[[PERSON|Morag Baillie]], 84F, CHI [[INSURANCE_ID|${chi('020842', '318')}]], bay 4 bed [[MRN|3]]
Home: [[ADDRESS|14 Balgonie Road, Markinch, Glenrothes KY7 6AT]]
Fall at home, long lie ~10 h. CK 3,410. Na 128. No fracture on hip XR.
Plan: IV 0.9% saline 1 L over 8 h; repeat U&E 18:00; PT/OT; lying/standing BP.
Daughter [[PERSON|Shona]] to bring in medication list; tel [[PHONE|07700 900264]].`,
  ],
  [
    'progress-note',
    `Daily progress — Internal Medicine, Royal Jubilee
[[DATE|2026-11-24]]  Pt: [[PERSON|Joseph Whitehorse]]  PHN [[INSURANCE_ID|9487 306 215]]  Rm [[MRN|412]]
S: "breathing easier". Slept 5 h.
O: SpO2 93% on 2 L, RR 20. Crackles R base. WBC 13.8 (from 17.2).
A: RLL pneumonia improving; COPD GOLD 3.
P: switch to oral amoxicillin-clavulanate 875 mg bid; aim d/c [[DATE|2026-11-26]] if stable. Cree interpreter not needed; daughter [[PERSON|Tansy Whitehorse]] updated by phone ([[PHONE|250-555-0192]]).`,
  ],
  [
    'discharge',
    `DISCHARGE INSTRUCTIONS
Patient: [[PERSON|Maribel Cuautle]]    Acct # [[MRN|A70028841]]    Discharged: [[DATE|11/24/2026]]
You were treated for: diabetic ketoacidosis (new type 1 diabetes).
Insulin: glargine 18 units at bedtime; lispro by the carb ratio 1:12 with meals.
Follow-up: Endocrinology, Dr [[PERSON|Sorensen]], [[DATE|12/02/2026]] 10:40 — appointment # [[MRN|EN-448127]]
Diabetes educator [[PERSON|Marisela]]: [[PHONE|(505) 555-0114]]
Home address: [[ADDRESS|1312 Calle del Sol, Española, NM 87532]]
Return to the ED for vomiting, ketones ≥1.5 or glucose over 300.`,
  ],
  [
    'discharge',
    `Discharge Summary — Waikato Hospital
Patient: [[PERSON|Aroha Paewai-Hona]]   NHI [[INSURANCE_ID|${nhi('ZKT', '418')}]]   DOB [[DATE|12/06/1958]]
Admitted [[DATE|18/11/2026]], discharged [[DATE|24/11/2026]]
Diagnosis: cellulitis left leg; type 2 diabetes (HbA1c 71 mmol/mol).
Medications changed: flucloxacillin 1 g qid to complete 10 days.
GP: Dr [[PERSON|Hamish Tuhiwai]], Ngāruawāhia Health
Address on file: [[ADDRESS|14 Waingaro Road, Ngāruawāhia 3720]]   Mobile [[PHONE|027 481 6620]]`,
  ],
  [
    'discharge',
    `Discharge note (Medicine & Geriatrics, Kowloon)
[[PERSON|CHEUNG Siu-fong]] (also known as [[PERSON|Fanny]]), F, 79, HKID [[ID_CARD|${hkid('K', '418736')}]]
Hosp no. [[MRN|HN73920541]]   Adm [[DATE|19/11/2026]]   D/C [[DATE|25/11/2026]]
Dx: UTI with delirium, resolved. Barthel 65.
Follow-up: GOPC in 2 weeks; day-hospital slot [[DATE|02/12/2026]].
Home: [[ADDRESS|Room 1712, Block C, Lok Wah South Estate, Kwun Tong, Kowloon]]
Carer (domestic helper) [[PERSON|Marites Dumalagan]], [[PHONE|6287 4015]]`,
  ],
  [
    'outpatient',
    `Transcript — memory clinic (audio)
DR: Could you tell me your full name?
PT: [[PERSON|Clement Arbuthnot]]. [[PERSON|Clem]].
DR: And how old are you, [[PERSON|Clem]]?
PT: [[AGE|Ninety]]. I was [[AGE|ninety]] last [[DATE|February]], I think.
DR: What's the best number to reach you?
PT: My son's. [[PERSON|Nigel]]. [[PHONE|Oh-seven-seven-double-oh, nine-hundred, three-one-two]].
DR: And where are you living now?
PT: [[ADDRESS|Twelve Larkspur Way, Frome]]. With my cat.
DR: Lovely. Can you draw a clock for me with the hands at ten past eleven?
(ACE-III 71/100)`,
  ],
  [
    'outpatient',
    `Polyclinic consultation — Bedok
Date: [[DATE|25/11/2026]]   Patient: [[PERSON|Siti Zulaikha binte Jamaludin]]   NRIC [[ID_CARD|${nric('S', '7415523')}]]
Visit no. [[MRN|BP26-118240]]
52F, hypertension and hyperlipidaemia. BP 148/92, LDL 3.9 mmol/L.
Plan: amlodipine 5 mg → 10 mg OD; atorvastatin 20 mg ON; repeat lipids in 3 months.
Contact: [[PHONE|9173 6028]]; [[ADDRESS|Blk 417 Bedok North Avenue 2, #09-115, Singapore 460417]]`,
  ],
  [
    'outpatient',
    `Rheumatology Clinic — follow-up
[[DATE|11/24/2026]]  [[PERSON|Tallulah Banks]] (goes by "[[PERSON|Lulu]]"), 38F, MRN [[MRN|77302915]]
SLE for 7 years. Joint pain improved on hydroxychloroquine 200 mg bid. C3 0.78, anti-dsDNA 45 IU/mL, UPCR 0.2.
No rash, no oral ulcers. SLEDAI-2K 4.
Plan: continue; retinal screening due [[DATE|01/2027]]. Labs at Quest, order # [[MRN|QL-8120573]].
Portal e-mail [[EMAIL|lulu.banks@example.org]]; cell [[PHONE|(770) 555-0126]]`,
  ],
  [
    'referral',
    `Urgent suspected cancer referral (2WW) — colorectal
Referring GP: Dr [[PERSON|Chidinma Eze-Okafor]], Brookvale Surgery   Date [[DATE|24/11/2026]]
Patient: [[PERSON|Gerald Pennington]], DOB [[DATE|09/04/1957]], NHS [[INSURANCE_ID|${nhs('603172')}]]
Address: [[ADDRESS|41 Ferncliffe Road, Harrogate HG2 0JB]]   Tel [[PHONE|01632 960287]]
FIT 212 µg Hb/g; IDA (Hb 98, ferritin 6). Change in bowel habit 8 weeks.
Available for straight-to-test colonoscopy any weekday.`,
  ],
  [
    'referral',
    `REFERRAL — Physical Therapy
To: Summit Rehab
From: [[PERSON|Brandon Kowalczyk]], PA-C, fax [[PHONE|(720) 555-0173]]
Patient: [[PERSON|Summer Reyes-Whitfield]]  DOB [[DATE|08/30/1994]]  MRN [[MRN|2291448]]
Dx: R ACL reconstruction (hamstring autograft) [[DATE|11/10/2026]].
Orders: ACL protocol phase 1, WBAT in hinged brace 0–90°, 2–3x/week for 12 weeks.
Insurance: Anthem member [[INSURANCE_ID|YRK884215307]]   Pt phone [[PHONE|(303) 555-0118]]
Pt address: [[ADDRESS|4471 S Yosemite St, Unit 210, Denver, CO 80237]]`,
  ],
  [
    'referral',
    `Referral to Community Dietitian (Dublin South)
Re: [[PERSON|Caoimhe Ní Bhriain]], 29
GMS card no. [[INSURANCE_ID|8817430Q]]   Hospital no. [[MRN|SVH-0962573]]
Address: [[ADDRESS|3 Glenview Park, Tallaght, Dublin 24, D24 KX61]]
Coeliac serology positive (tTG-IgA 186 U/mL); duodenal biopsy Marsh 3b on [[DATE|12/11/2026]].
Please see for gluten-free diet education. Mobile [[PHONE|087 419 3362]].
Dr [[PERSON|Declan Furlong]], Gastroenterology`,
  ],
  [
    'handover',
    `ISBAR — phone handover to night reg  [[DATE|24/11/2026]] 21:10
I: RN [[PERSON|Jacinta Moloney]], Ward 4B. Patient [[PERSON|Bill Hardacre]], bed [[MRN|22]], URN [[MRN|0773915]].
S: new onset AF, HR 148, BP 102/64.
B: day 2 post laparotomy for small bowel obstruction. K 3.2, Mg 0.61.
A: warm, alert, no chest pain.
R: please review within 30 min; I'll start K replacement as charted.`,
  ],
  [
    'handover',
    `Shift handover — Ward 7 (nights → days)
Bed | Patient | Key points
[[MRN|1]] | [[PERSON|Hope Ferrante]] | post-op day 1 TKR, PCA, Hb 96
2 | — empty — |
[[MRN|3]] | [[PERSON|Mustafa Abdirahman]] | NBM for ERCP 10:00, consent signed
[[MRN|4]] | [[PERSON|Daisy Crabtree]] | [[AGE|98]], delirium, 1:1 sitter overnight
[[MRN|5]] | [[PERSON|Rowan Leckie]] | d/c today, TTOs ready
Handed over by [[PERSON|Mei Ling Chua]] to [[PERSON|Oluwaseun Bakare-Ojo]]`,
  ],
  [
    'handover',
    `(Dictated handover, surgical HDU)
"Okay — bed [[MRN|one]], Mr [[PERSON|Pryce]], sorry, Mr [[PERSON|Price]], [[PERSON|P-R-I-C-E]], Whipple day three, drain amylase pending.
Bed [[MRN|two]] is [[PERSON|Glenys]] — [[PERSON|Glenys Bowen-Evans]] — still on the epidural, top-up at two a.m.
Bed three's empty.
Bed [[MRN|four]], [[PERSON|Kwabena]], oesophagectomy, jejunostomy feed at 50 an hour."`,
  ],
  [
    'nursing-note',
    `Nursing note [[DATE|11/24/2026]] 2215
Pt [[PERSON|Loretta Dupuis]] (MRN [[MRN|5918263]]) found on floor beside bed [[MRN|14]] at 2150, unwitnessed. Alert, oriented x3, denies head strike. No obvious injury; ROM intact all limbs.
Vitals: BP 136/78, HR 88, SpO2 96% RA, BG 142.
Bed alarm on, non-slip socks applied, call light within reach. Morse 75.
Dr [[PERSON|Vang]] notified, no new orders. Husband [[PERSON|Armand]] called at [[PHONE|(337) 555-0166]].
— [[PERSON|K. Thibodeaux]], RN`,
  ],
  [
    'nursing-note',
    `District nursing visit — leg ulcer clinic (home)
[[DATE|25/11/2026]]   [[PERSON|Reginald Frost]], [[AGE|94]], NHS [[INSURANCE_ID|${nhs('261537')}]]
Visit at [[ADDRESS|Rose Cottage, Back Lane, Great Ayton, Middlesbrough TS9 6LP]]
Left medial gaiter ulcer 4.1 × 3.2 cm (from 5.0 × 3.8). Slough 10%. ABPI 0.92.
Cleansed, Inadine, two-layer compression applied. Next visit [[DATE|28/11/2026]].
Key safe code given by neighbour Mrs [[PERSON|Oakes]] — not recorded here.`,
  ],
  [
    'nursing-note',
    `NICU nursing — night shift
Baby boy [[PERSON|Kealoha]] (mother [[PERSON|Leilani Kealoha-Mattos]]), 31+4/40, incubator [[MRN|6]], NICU no. [[MRN|NB-26-04412]]
Weight 1,420 g. CPAP 6, FiO2 0.25. 2 self-resolving desats overnight.
Feeds: EBM 12 mL 2-hourly via NGT, tolerating. Bili 168 — under phototherapy.
Mum expressing; dad [[PERSON|Tiago]] visited 0300.
Sig: [[PERSON|Noelani Akana]] RN  [[DATE|11/25/2026]]`,
  ],
  [
    'lab-report',
    `CLINICAL LABORATORY REPORT
Patient: [[PERSON|Ezekiel Mbeki-Lawson]]   DOB: [[DATE|04/11/1963]]   MRN: [[MRN|60017724]]   Accession: [[MRN|C26-328-04471]]
Collected: [[DATE|11/24/2026]] 07:12   Ordering: Dr [[PERSON|Yun-Seo Park]]
Hemoglobin A1c 9.4 % (H)   Glucose 214 mg/dL (H)
Creatinine 1.31 mg/dL   eGFR (CKD-EPI 2021) 58
Urine albumin/creatinine 312 mg/g (H)
Verified by: [[PERSON|R. Oyelaran]], MLS(ASCP)`,
  ],
  [
    'lab-report',
    `HISTOPATHOLOGY REPORT
Lab no: [[MRN|H26/41873]]   Hosp no: [[MRN|QE2208471]]   NHS no: [[INSURANCE_ID|${nhs('714028')}]]
Name: [[PERSON|Fenella Gault]]   Received: [[DATE|20/11/2026]]
Specimen: skin ellipse, left upper back.
Microscopy: superficial spreading melanoma, Breslow thickness 0.6 mm, Clark level III, no ulceration, mitoses <1/mm². Margins clear (peripheral 3 mm, deep 2 mm).
pT1a (AJCC 8th edition).
Reported by Dr [[PERSON|Anwen Pritchard]], [[DATE|24/11/2026]]`,
  ],
  [
    'lab-report',
    `Stool sample collection — patient guide
1. Write your details on the pot label before you start.
2. Place a clean container or clingfilm in the toilet bowl to catch the stool.
3. Use the scoop in the lid to collect a piece about the size of a walnut.
4. Do not fill more than a third of the pot. Screw the lid on tightly.
5. Return it to the GP surgery or pathology reception within 24 hours; keep it in the fridge until then.`,
  ],
  [
    'imaging-report',
    `CT ABDOMEN/PELVIS WITH CONTRAST
Patient: [[PERSON|Marisol Zapata-Ibarra]]   MRN [[MRN|40128839]]   Acc# [[MRN|CT-26-0092157]]   DOS [[DATE|11/24/2026]]
Indication: RLQ pain, WBC 15.1.
Findings: Dilated appendix 11 mm with periappendiceal fat stranding and a 6 mm appendicolith. No abscess or free air.
Impression: Acute uncomplicated appendicitis.
Critical result called to Dr [[PERSON|Okonkwo]] at 14:32 by Dr [[PERSON|Jillian Strand]].`,
  ],
  [
    'imaging-report',
    `Breast screening — assessment report
Client: [[PERSON|Perpetua Lowry]]   NHS no. [[INSURANCE_ID|${nhs('330718')}]]   Screening no. [[MRN|BS-6293057]]   Assessment [[DATE|24 November 2026]]
Right breast: 9 mm spiculated mass at 10 o'clock, 4 cm from the nipple, M5/U5.
Core biopsy ×3 (14G) taken under US guidance; clip placed.
Left breast: normal.
Results appointment [[DATE|1 December 2026]]. Breast care nurse [[PERSON|Tegan]].`,
  ],
  [
    'imaging-report',
    `X-RAY LEFT HIP AND PELVIS
[[PERSON|Mabel Thistlewood]], [[AGE|94]]F   RIS no. [[MRN|XR9913027]]   Ward 8, bed [[MRN|11]]   [[DATE|25/11/2026]]
Displaced intracapsular fracture of the left femoral neck (Garden IV). Background osteopenia.
No other fracture seen.
Comment: discussed with orthopaedic registrar Mr [[PERSON|Olawale]]. — Dr [[PERSON|C. Linklater]], Consultant Radiologist`,
  ],
  [
    'prescription',
    `eRx — CVS Pharmacy #04418
Patient: [[PERSON|Colt Harjo]]   DOB [[DATE|02/14/1986]]
Rx # [[MRN|7402281]]   Written [[DATE|11/24/2026]]
Sertraline 50 mg tab — take 1 tab by mouth daily. Qty 30, Refills 2.
Prescriber: [[PERSON|Naomi Feldstein]], MD
Pt address: [[ADDRESS|805 N Harvard Ave, Tulsa, OK 74115]]   Phone [[PHONE|(918) 555-0152]]`,
  ],
  [
    'prescription',
    `NZ Prescription
Patient: [[PERSON|Mereana Kereopa]]   NHI [[INSURANCE_ID|${nhi('PXR', '736')}]]   DOB [[DATE|03/03/1949]]
Address: [[ADDRESS|27 Kowhai Crescent, Gisborne 4010]]   Ph [[PHONE|021 843 5097]]
Rx: Apixaban 5 mg tablets — one twice daily. 60 tablets. Close control: monthly.
Prescriber: Dr [[PERSON|Samuel Tane]]
Date: [[DATE|25/11/2026]]`,
  ],
  [
    'prescription',
    `How to use your spacer with an inhaler
1. Remove the cap and shake the inhaler well.
2. Fit the inhaler into the end of the spacer.
3. Breathe out gently, then seal your lips around the mouthpiece.
4. Press the inhaler once and breathe in slowly and deeply, or take 4–5 normal breaths.
5. Wait 30 seconds before a second puff. Rinse your mouth after a steroid inhaler.
Wash the spacer monthly and let it air-dry.`,
  ],
  [
    'consent',
    `INFORMED CONSENT — LAPAROSCOPIC CHOLECYSTECTOMY
Patient: [[PERSON|Xochitl Ramírez Ortega]]   DOB [[DATE|07/02/1989]]   MRN [[MRN|5527814]]
Risks discussed include bleeding, infection, bile leak (about 1%), bile duct injury (about 0.3%) and conversion to open surgery.
Interpreter (Spanish): [[PERSON|Gabriel Esquivel]], present in person.
Patient signature: [[PERSON|Xochitl Ramírez Ortega]]   Date [[DATE|11/24/2026]]
Surgeon: [[PERSON|Whitney Langford]], MD`,
  ],
  [
    'consent',
    `Consent Form 4 — adult unable to consent
Patient: [[PERSON|Cyril Braithwaite]], [[AGE|91]], hosp no. [[MRN|DG-662841]]
Procedure: PEG insertion.
Best-interests discussion with daughter [[PERSON|Janet Braithwaite]] (LPA health and welfare) and GP Dr [[PERSON|Ravi Somasundaram]] on [[DATE|23/11/2026]].
MCA assessment: unable to retain information (MMSE 9/30).
Clinician: [[PERSON|Hollie Greaves]], Gastroenterology SpR   Date [[DATE|24/11/2026]]`,
  ],
  [
    'consent',
    `Research consent — signature page (ASPIRE-HF sub-study, protocol v3.1, REC 25/NE/0214)
Participant ID: [[MRN|ASP-207-0063]]
Participant: [[PERSON|Dorothy Agyemang]]   Signature ✓   Date [[DATE|24/11/2026]]
Person taking consent: Dr [[PERSON|Femi Odunsi]]   Date [[DATE|24/11/2026]]
Independent witness (patient reads poorly): [[PERSON|Carmel Whelan]]`,
  ],
  [
    'billing',
    `PATIENT STATEMENT — Mercy Regional
Statement date [[DATE|11/24/2026]]   Guarantor: [[PERSON|Travis Delacroix]]   Account [[MRN|PA-00917723]]
Patient: [[PERSON|Ember Delacroix]] (minor)   Service date [[DATE|10/31/2026]]
ED visit level 4, forearm fracture closed reduction: $3,914.00
Insurance paid $2,740.80; adjustment $412.00; you owe $761.20
Paid today by card [[BANK_CARD|${spaced(luhn('453291067718240'))}]] — auth 884012
Billing address: [[ADDRESS|PO Box 1184, Lafayette, LA 70502]]`,
  ],
  [
    'billing',
    `TAX INVOICE — Coastal Dermatology
Invoice INV-26-7731   Date [[DATE|25/11/2026]]
Patient: [[PERSON|Brodie McIver]]   Medicare [[INSURANCE_ID|${medicare('53017264', '2')}]]
Item 30071 skin biopsy ×2   $298.00   Medicare rebate $111.30
Pathology to Sullivan Nicolaides, request no. [[MRN|SN-8840217]]
Paid EFTPOS Mastercard [[BANK_CARD|${spaced(luhn('518722041953306'))}]]
Address: [[ADDRESS|6/42 Marine Parade, Kingscliff NSW 2487]]`,
  ],
  [
    'billing',
    `Self-pay invoice — The Harley Clinic
Invoice no. HC-118902   Issued [[DATE|24/11/2026]]
Bill to: [[PERSON|Mariam Al Mazrouei]], Emirates ID [[ID_CARD|${emirates('1979', '4410285')}]]
Passport [[PASSPORT|N10374826]]
Consultation £350.00; MRI knee £895.00; total £1,245.00
Correspondence: [[EMAIL|m.almazrouei@example.ae]]; [[PHONE|+971 50 418 2736]]
Home: [[ADDRESS|Villa 27, Al Wasl Road, Umm Suqeim 2, Dubai]]`,
  ],
  [
    'online-consult',
    `Telehealth visit log
Visit ID: [[MRN|TH-20261124-7781]]   Patient: [[PERSON|Nadia Petrosyan]] (portal user [[ACCOUNT|npetrosyan]])   Provider: [[PERSON|Owen Blackwood]], NP
Joined from [[IP|198.51.100.88]] at 15:02; provider from [[IP|203.0.113.177]]
Reason: UTI symptoms 2 days, no fever. Nitrofurantoin 100 mg bid × 5 days sent to pharmacy.
Visit summary: [[URL|https://portal.example.com/visits/TH-20261124-7781/summary]]`,
  ],
  [
    'online-consult',
    `[Ask-a-Nurse chat — transcript]
[[ACCOUNT|sleepless_in_leeds]]: hi my baby has a temp of 38.4 and hes 4 months, should I be worried?
Nurse [[PERSON|Becca]]: Hi! Is he feeding and having wet nappies? Any rash that doesn't fade under a glass?
[[ACCOUNT|sleepless_in_leeds]]: feeding ok, no rash. his name is [[PERSON|Alfie Tennant]] if you need it
Nurse [[PERSON|Becca]]: Thanks. At 3–6 months with 38°C or more we'd like him seen today — please call 111 or go to your GP. I've logged this as case [[MRN|AN-55821]]: [[URL|https://askanurse.example.org/case/AN-55821]]`,
  ],
  [
    'online-consult',
    `eConsult — online form submitted [[DATE|24/11/2026]] 07:58   Ref [[MRN|EC-7710482]]
Patient: [[PERSON|Imogen Cartwright]], DOB [[DATE|19/07/2001]]
Email: [[EMAIL|imogen.cartwright@example.co.uk]]
Submitted from IP [[IP|2001:db8:4e0::1b]]
Symptoms: itchy rash on both hands for 3 weeks, works as a hairdresser.
GP response (Dr [[PERSON|Farah Siddiqui]]): likely irritant contact dermatitis; emollient and hydrocortisone 1% bd for 7 days; call if not improving.`,
  ],
  [
    'patient-message',
    `Subject: question about my colonoscopy prep
From: [[EMAIL|hank.lindqvist@example.net]]
Hi Dr [[PERSON|Aldana]],
This is [[PERSON|Hank Lindqvist]], DOB [[DATE|6/9/1962]]. My procedure is [[DATE|December 3]]. I take metformin 1000 mg twice a day and Eliquis — when should I stop them? My phone is [[PHONE|(612) 555-0107]].
Thanks, [[PERSON|Hank]]`,
  ],
  [
    'patient-message',
    `MyChart message to Cardiology
From: [[PERSON|Beatrix Fairweather]] (MRN [[MRN|88204716]], user [[ACCOUNT|bfairweather52]])
My watch said "possible AFib" three times this week, heart rate up to 130 for about 20 minutes. I'm on metoprolol 25 mg. Should I book an appointment sooner than [[DATE|January 14]]? My daughter [[PERSON|Poppy]] can drive me.`,
  ],
  [
    'patient-message',
    `Text to community midwife
Hi [[PERSON|Sian]], it's [[PERSON|Rhiannon Parry]] (due [[DATE|2 Jan]]). Feeling less movement today than usual, maybe 4 kicks since lunch. Should I come in? My partner [[PERSON|Gethin]] can bring me. Number is [[PHONE|07700 900791]]. x`,
  ],
  [
    'family-chat',
    `💬 Mum's op
[[PERSON|Becks]]: she's out of theatre!! ward 12, bed [[MRN|6]]
[[PERSON|Dan]]: brilliant. what did they say
[[PERSON|Becks]]: hip went fine, surgeon Mr [[PERSON|Adebayo]] said she can try standing tomorrow
Uncle [[PERSON|Phil]]: 🙌 tell her Uncle [[PERSON|Phil]] says hi
[[PERSON|Dan]]: I'll bring her kindle tomorrow in [[PLATE|YK19 HDV]], parking in the multi-storey is £4.50 now 😤`,
  ],
  [
    'family-chat',
    `Grandpa's appointments 📅
[[PERSON|Carlos]]: his cardiology appt is [[DATE|Dec 8]] at 9, confirmation # [[MRN|CV-338174]]
[[PERSON|Marisa]]: I can take him. what's his Medicare number again, they always ask
[[PERSON|Carlos]]: MBI [[INSURANCE_ID|5TW4-K82-FJ61]]
[[PERSON|Marisa]]: thx. I'll take my car, plate [[PLATE|8LRB417]] for the garage pass
[[ACCOUNT|tia_lupe]]: pray for him 🙏❤️`,
  ],
  [
    'family-chat',
    `fam 🏠
[[PERSON|Bao]]: Ba's in Westmead Hospital, [[ADDRESS|Hawkesbury Road, Westmead NSW 2145]], Ward C4A
[[PERSON|Linh]]: omg is he ok
[[PERSON|Bao]]: chest pain, they're doing troponins. he gave his name as [[PERSON|Nguyen Van Thanh]] so search that if u call
[[PERSON|Linh]]: leaving work now, my car rego [[PLATE|DQ 47 LK]] if anyone needs to swap parking
Mẹ: con ơi gọi mẹ`,
  ],
  [
    'sms-reminder',
    `Hi [[PERSON|Orla]], reminder of your physiotherapy appointment on Thu [[DATE|27 Nov]] at 11:15 with [[PERSON|Cathal]] at [[ADDRESS|Unit 4, Riverside Business Park, Kilkenny R95 X2P8]]. Reply C to cancel. Ref [[MRN|PT4410]].`,
  ],
  [
    'sms-reminder',
    `St Luke's Imaging: Mr [[PERSON|D. Ferreira]], your MRI lumbar spine is booked for [[DATE|29/11/2026]] 08:20. Booking no. [[MRN|MR-6830514]]. Please arrive 15 min early and remove all metal. To change call the booking team on the number in your letter.`,
  ],
  [
    'sms-reminder',
    `From City Health: Free flu and COVID-19 boosters are available for everyone aged 65+ and for pregnant people at all community pharmacies until 31 January. No appointment needed; bring your Medicare card.`,
  ],
  [
    'vestibular-schwannoma-clinic',
    `Skull Base MDT clinic — vestibular schwannoma
[[DATE|24/11/2026]]   [[PERSON|Gwilym Rees-Hopkin]], 62M, NHS [[INSURANCE_ID|${nhs('538204')}]], hosp no. [[MRN|WH3958027]]
Left intracanalicular VS, 7 mm (Koos I) on MRI [[MRN|MR26-338104]]; no growth since [[DATE|May 2025]].
Audiogram: left PTA 34 dB, SDS 88%. No facial weakness (House-Brackmann I).
Plan: continue watch-and-rescan; next MRI [[DATE|November 2027]].
Wife [[PERSON|Eirlys]] attended. Tel [[PHONE|01632 960853]]
Address: [[ADDRESS|Bryn Awel, 3 Heol y Felin, Llandeilo SA19 6BD]]`,
  ],
  [
    'vestibular-schwannoma-clinic',
    `Radiosurgery treatment summary
Patient: [[PERSON|Marcus Oduya]]   MRN [[MRN|31077842]]   DOB [[DATE|05/22/1968]]
Diagnosis: right vestibular schwannoma, 2.1 cm cisternal component, Koos III.
Treatment: Gamma Knife radiosurgery [[DATE|11/20/2026]]; 12 Gy to the 50% isodose line, cochlea mean dose 3.8 Gy.
Tolerated well; discharged same day with dexamethasone 4 mg × 3 days.
Follow-up MRI [[DATE|May 2027]]. Insurance: Cigna [[INSURANCE_ID|U47319082-01]]
Address: [[ADDRESS|5609 Kingsbury Dr, Apt 2C, St. Louis, MO 63112]]   Phone [[PHONE|(314) 555-0175]]`,
  ],
  [
    'vestibular-schwannoma-clinic',
    `After acoustic neuroma surgery — balance exercises
1. Sit on the edge of the bed and turn your head slowly left and right, 10 times, eyes on a fixed point.
2. Repeat with nodding up and down.
3. When steady, walk along a corridor turning your head side to side, with someone beside you.
4. Expect dizziness to worsen briefly during exercises; it should settle within a few minutes.
5. Do the exercises three times a day for at least 6 weeks.`,
  ],
  [
    'congenital-hand-clinic',
    `Congenital Hand Clinic — new patient
[[DATE|25/11/2026]]   Child: [[PERSON|Isla-Mae Thornbury]], 7 months   Hosp no. [[MRN|GOS-4417702]]
NHS [[INSURANCE_ID|${nhs('120574')}]]
Bilateral postaxial polydactyly type B (pedunculated little finger) and right simple incomplete syndactyly of the 3rd web.
Plan: suture ligation not advised; excision of extra digits under GA at 12 months ([[DATE|April 2027]]); 3rd-web release at 18 months.
Parents: [[PERSON|Kirsty]] and [[PERSON|Jordan Thornbury]], [[PHONE|07700 900436]]`,
  ],
  [
    'congenital-hand-clinic',
    `OPERATIVE NOTE — pediatric hand
Patient: [[PERSON|Amari Whitfield-Jones]]   Age 14 mo   MRN [[MRN|80224517]]   DOS [[DATE|11/24/2026]]
Pre-op dx: left thumb hypoplasia, Blauth type IIIA.
Procedure: pollicization of left index finger.
Tourniquet 88 min. EBL <5 mL. Long-arm cast applied.
Surgeon: [[PERSON|Priscilla Haugen]], MD   Assistant: [[PERSON|Dev Ramaswamy]], MD (fellow)
Case # [[MRN|OR-26-593017]]
Mother [[PERSON|Keisha Whitfield]], [[PHONE|(404) 555-0193]]`,
  ],
  [
    'congenital-hand-clinic',
    `Clinic letter — hand therapy
Dear Dr [[PERSON|Lachlan Byrne]],
I reviewed [[PERSON|Ruby Tamihana]] (DOB [[DATE|14/02/2024]], Medicare [[INSURANCE_ID|${medicare('41168273', '3')}]]) on [[DATE|24/11/2026]], 10 weeks after separation of her right ring–little syndactyly with full-thickness grafts.
Grafts fully taken; mild web creep. Silicone gel and a night web spacer for 3 months.
Her mother [[PERSON|Anahera]] is confident with massage.
Kind regards, [[PERSON|Elspeth Munro]], Hand Therapist`,
  ],
  [
    'tethered-cord-clinic',
    `Paediatric Neurosurgery — tethered cord clinic
Date: [[DATE|24/11/2026]]   Patient: [[PERSON|Finlay Ogunbiyi]], 11   NHS [[INSURANCE_ID|${nhs('845307')}]]
Urodynamics no. [[MRN|UDS-26-0417]]: detrusor overactivity, capacity 180 mL (expected 360).
MRI (acc. [[MRN|RAD-7720559]]): conus at L3 with thickened fatty filum.
Plan: L5 laminotomy and filum section, listed [[DATE|15/01/2027]].
Mum [[PERSON|Adaeze]]; home [[ADDRESS|22 Foxglove Close, Milton Keynes MK5 8QL]]`,
  ],
  [
    'tethered-cord-clinic',
    `Post-op progress note — detethering POD 1
[[DATE|11/25/2026]]  [[PERSON|Savannah Pike]], 15F, MRN [[MRN|50093318]], Rm [[MRN|6218]]
Flat bed rest x 48 h per protocol. Wound C/D/I. LE strength 5/5 bilat, sensation intact.
Voiding after Foley removal; PVR 40 mL.
Pain 3/10 on oxycodone 5 mg q4h prn.
Neuromonitoring: stable MEPs throughout; bulbocavernosus reflex preserved.
Dad [[PERSON|Wade]] at bedside. — [[PERSON|T. Nakashima]], MD`,
  ],
  [
    'tethered-cord-clinic',
    `Signs to watch for after tethered cord release
Call the neurosurgery team if your child has:
• new or worse back or leg pain;
• new weakness, tripping, or a change in the shape of a foot;
• new wetting or soiling after being dry, or more urine infections;
• clear fluid leaking from the wound, or a bulge under it;
• headache that is worse when sitting up.
Retethering can happen during growth spurts, so yearly review continues until growth has finished.`,
  ],
  [
    'charcot-marie-tooth-clinic',
    `Neuromuscular clinic — CMT
[[DATE|11/24/2026]]   [[PERSON|Lyle Tsosie]], 44M, MRN [[MRN|6608312]]
Family: mother [[PERSON|Ernestine]] and brother [[PERSON|Darrell Tsosie]] similarly affected; genetic testing (report # [[MRN|GD-26-11934]]) — MPZ variant, CMT1B.
Exam: pes cavus, hammer toes, distal wasting, absent ankle jerks. CMTES 9.
Plan: custom AFOs (orthotics referral), PT; avoid vincristine. Next visit [[DATE|05/2027]].
Phone [[PHONE|(928) 555-0124]]; mailing address [[ADDRESS|HC 61 Box 2204, Ganado, AZ 86505]]`,
  ],
  [
    'charcot-marie-tooth-clinic',
    `NERVE CONDUCTION STUDY REPORT
Name: [[PERSON|Tamsin Greatorex]]   NHS no: [[INSURANCE_ID|${nhs('562081')}]]   Hosp no: [[MRN|NP-3318820]]   Study no: [[MRN|NCS-26-7741]]   Date: [[DATE|23/11/2026]]
Median motor CV 41 m/s, ulnar motor CV 43 m/s, peroneal CMAP 0.4 mV, sural SNAP absent.
Conclusion: length-dependent sensorimotor axonal neuropathy, in keeping with CMT2 given the family history.
Reported by: Dr [[PERSON|Hywel Gittins]], Clinical Neurophysiology`,
  ],
  [
    'charcot-marie-tooth-clinic',
    `Orthotics appointment — CMT
Hi [[PERSON|Pip]], your new ankle-foot orthoses are ready to fit on Tuesday [[DATE|2 December]] at 14:00, orthotics dept, [[ADDRESS|Level 2, 180 Flinders Street, Adelaide SA 5000]]. Bring the shoes you wear most. Job no. [[MRN|OR-118733]]. — [[PERSON|Jonah]], Orthotist`,
  ],
];

export function generateDeidHoldout49(): LabelledRecord[] {
  return holdoutRecords('h49', zh, en);
}

export const DEID_HOLDOUT_49_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/labelled/deid-holdout-49.jsonl',
);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const records = generateDeidHoldout49();
  writeFileSync(DEID_HOLDOUT_49_PATH, renderJsonl(records));
  console.log(`wrote ${records.length} records to ${DEID_HOLDOUT_49_PATH}`);
}
