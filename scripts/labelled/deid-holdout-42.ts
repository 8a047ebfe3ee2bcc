import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chi, emirates, hkid, luhn, medicare, nhi, nhs, ohip, rid, spaced } from './check-digits.ts';
import { holdoutRecords, type LabelledRecord, renderJsonl } from './generate-deid.ts';

/**
 * The ROUND-42 fresh held-out de-identification set (data/labelled/deid-holdout-42.jsonl): 120
 * hand-written snippets (60 Chinese, 60 English) with hand-placed spans, marked inline as [[TYPE|text]]
 * (parseMarked strips the marks and records UTF-16 offsets). Written by a separate, blind annotator who
 * did not read the recognizer code, the lexicons, the name model, the registry, the regex gate, the
 * bench or the docs, read no earlier snippet beyond the first three of round 41, and never ran a
 * recognizer, the guard or the CLI on these snippets; it must not be used to adjust the recognizers.
 *
 * About four fifths are the everyday documents of a general hospital and the messages of its patients
 * (admission, progress and discharge notes, outpatient notes and dialogues, referrals, handovers,
 * nursing notes, lab and imaging reports, prescriptions and labels, consent, billing papers, online
 * consultations, patient messages, family chats and SMS reminders), in new wording; a fifth come from
 * four settings no earlier card names: achalasia (oesophageal motility / POEM) clinics, endometriosis
 * clinics, systemic sclerosis (scleroderma) clinics and acromegaly (pituitary) clinics.
 *
 * Identifiers are synthetic and computed below from hand-chosen parts: 18-digit resident IDs get their
 * GB 11643 check character from a region code, birth date and sequence chosen to agree with the text
 * (the last sequence digit odd for men, even for women); 15-digit IDs are typed from region code, birth
 * date and sex digit; bank cards, the Ontario health number, the South African ID and the Emirates ID
 * get a Luhn digit; NHS numbers are in the 999 test range with their modulus-11 digit; Scottish CHI
 * numbers start with the birth date and carry their modulus-11 digit; Australian Medicare numbers get
 * their check digit and an issue digit; NZ NHIs and the Hong Kong identity card get their check
 * characters; the US MBI follows the published character pattern and the SSN is in the 987-65-432x
 * advertising range. Phones are random mainland numbers or fictional ranges (North American 555-01xx,
 * UK 07700 900xxx and 01632 960xxx, Australian 0491 57x xxx); mail and web hosts are example.*; IP
 * addresses come from the documentation ranges.
 *
 * Span conventions are those of data/labelled/deid-holdout-41.card.yaml (and the earlier cards it
 * refers to); the decisions new in this round are stated in data/labelled/deid-holdout-42.card.yaml.
 */

const zh: Array<[string, string]> = [
  [
    'admission',
    `心内科入院记录
姓名：[[PERSON|司马秀英]]　性别：女　年龄：[[AGE|92]]岁
住院号：[[MRN|71420593]]　床号：[[MRN|14]]床
身份证号：[[ID_CARD|${rid('420106', '19340612', '284')}]]
住址：[[ADDRESS|湖北省武汉市武昌区中山路377号东湖花园3栋2单元601室]]
入院时间：[[DATE|2026年11月22日]]09:40
主诉：反复胸闷气短5年，加重伴双下肢水肿3天。
既往：慢性心力衰竭，口服呋塞米20mg qd、螺内酯20mg qd。BNP 2860pg/ml。
联系人：孙子[[PERSON|司马俊杰]]　电话：[[PHONE|13871524069]]
经治医师：[[PERSON|邰书恒]]`,
  ],
  [
    'admission',
    `入院记录（摘要）
患者[[PERSON|热依拉·阿不都热合曼]]，女，维吾尔族，58岁，[[DATE|2026-11-23]]因"右上腹痛伴发热2天"由急诊收入肝胆外科。
身份证号：[[ID_CARD|${rid('650102', '19680314', '026')}]]　医保卡号：[[INSURANCE_ID|6501 0688 2417 3]]
住院号：[[MRN|ZY2611230417]]　床位：[[MRN|33]]
现住址：[[ADDRESS|新疆乌鲁木齐市天山区解放南路108号幸福小区5栋402室]]
初步诊断：急性结石性胆囊炎。WBC 14.2×10^9/L。
丈夫[[PERSON|艾克拜尔·吐尔地]]，电话[[PHONE|135 6991 2748]]。`,
  ],
  [
    'admission',
    `急诊收入院：[[PERSON|欧阳德茂]]，男，[[AGE|九十四]]岁，[[DATE|11月23日]]夜间在家中跌倒后右髋疼痛不能站立，由女儿[[PERSON|欧阳慧芳]]陪同就诊。X线示右股骨颈骨折。既往慢阻肺、前列腺增生。15位身份证号[[ID_CARD|320102320507153]]。家住[[ADDRESS|南京市玄武区北京东路41号2幢304室]]。收入骨科[[MRN|8]]床，住院号[[MRN|60927314]]。女儿电话[[PHONE|13913847520]]，女婿[[PERSON|缪国栋]]。`,
  ],
  [
    'progress-note',
    `病程记录 [[DATE|2026-11-23]] 10:20
患者[[PERSON|沙马伍呷]]，女，彝族，胆囊切除术后第2天。今晨体温37.6℃，切口敷料干燥，引流液约30ml淡血性。诉切口疼痛NRS 4分，予对乙酰氨基酚口服。复查血常规：Hb 102g/L。陪护为其姐[[PERSON|沙马依果]]，普通话欠流利，由护士[[PERSON|蒲晓汐]]协助翻译。继续当前治疗，明日拔除引流管。
住院号：[[MRN|50318842]]　床号：[[MRN|21]]　记录者：[[PERSON|冀明远]]`,
  ],
  [
    'progress-note',
    `夜班病程（[[DATE|11月24日]] 02:15）
[[MRN|17]]床[[PERSON|褚宝林]]，男，[[AGE|91]]岁，夜间突发烦躁、定向力差，呼之能应，SpO2 93%，指尖血糖6.8mmol/L。考虑谵妄，予安抚、开灯、家属陪伴，暂不予镇静药物，查电解质及血常规。已电话通知其子[[PERSON|褚振华]]（[[PHONE|158 2736 4019]]）来院。值班医师[[PERSON|蓝若溪]]。住院号：[[MRN|51706628]]`,
  ],
  [
    'progress-note',
    `主任查房记录 [[DATE|2026年11月24日]]
[[PERSON|甘振宇]]主任查房：[[MRN|3]]床[[PERSON|贝玉珍]]，肺部感染抗感染第5天，体温平稳，CRP由86降至21mg/L，可改口服莫西沙星。5床空床。[[MRN|6]]床[[PERSON|仇少华]]，糖尿病足，足背动脉搏动弱，建议血管外科会诊（会诊单号[[MRN|HZ-26-11953]]）。[[MRN|加2]]床[[PERSON|臧小满]]，明日出院，出院后社区换药。`,
  ],
  [
    'discharge',
    `出院小结
姓名：[[PERSON|马桂芝]]（回族）　年龄：[[AGE|90]]岁　住院号：[[MRN|40715269]]
入院日期：[[DATE|2026年11月12日]]　出院日期：[[DATE|2026年11月24日]]
出院诊断：1.社区获得性肺炎 2.2型糖尿病
出院带药：二甲双胍0.5g bid，阿卡波糖50mg tid。
出院医嘱：清淡饮食，监测血糖，1周后呼吸科门诊复诊。
身份证号：[[ID_CARD|${rid('640104', '19360208', '042')}]]
家庭住址：[[ADDRESS|宁夏银川市兴庆区文化西街66号清和苑7号楼1单元201]]
联系人：儿子[[PERSON|马福贵]] [[PHONE|139-9510-2847]]`,
  ],
  [
    'discharge',
    `诊断证明书
兹证明[[PERSON|符嘉乐]]，男，34岁，身份证号[[ID_CARD|${rid('460105', '19920719', '315')}]]，于[[DATE|2026年11月18日]]至[[DATE|2026年11月24日]]在我院普外科住院，诊断：急性阑尾炎（腹腔镜阑尾切除术后）。建议休息两周，避免重体力劳动。
门诊号：[[MRN|MZ0052863]]
医师：[[PERSON|韦立诚]]　开具日期：[[DATE|2026年11月24日]]`,
  ],
  [
    'discharge',
    `出院记录（转社区康复）
[[PERSON|上官晓梅]]，女，67岁，脑梗死后左侧肢体偏瘫，住院[[DATE|11月3日]]—[[DATE|11月24日]]。出院时mRS 3分，可扶拐行走10米。阿司匹林100mg qd、阿托伐他汀20mg qn长期服用。出院后转翠苑社区卫生服务中心（[[ADDRESS|杭州市西湖区文二西路189号]]）康复科继续治疗。
身份证：[[ID_CARD|${rid('330106', '19590927', '168')}]]
随访电话：[[PHONE|0571-8806 4392]]（家），儿子[[PERSON|邵闻舟]] [[PHONE|18668051237]]`,
  ],
  [
    'outpatient',
    `门诊对话记录（老年科）
医生：[[PERSON|陶]]奶奶，您今年多大岁数啦？
患者：[[AGE|九十三]]了，属猴的。
医生：最近睡得怎么样？
患者：晚上老醒，起来上三四回厕所。
医生：我给您开个尿常规，再做个泌尿系B超。家属来了吗？
女儿：我是她闺女，叫[[PERSON|陶雅琴]]，电话[[PHONE|18611427053]]。
医生：住址还是[[ADDRESS|济南市市中区经七路311号4单元202]]吗？
女儿：对，没变。
医生：好，就诊卡号[[MRN|0093318752]]，下周三上午来看结果。`,
  ],
  [
    'outpatient',
    `儿科门诊病历
患儿[[PERSON|闫一诺]]（小名"[[PERSON|芋圆]]"），女，3岁2月，出生日期[[DATE|2023-09-15]]。发热2天，最高39.2℃，伴咳嗽、流涕。咽充血，双扁桃体Ⅰ度肿大，双肺呼吸音清。快速流感抗原：甲流阳性。予奥司他韦颗粒30mg bid×5天。
就诊卡号：[[MRN|P26117642]]
母亲：[[PERSON|肖婉清]]，[[PHONE|15210938476]]
地址：[[ADDRESS|北京市朝阳区望京西园三区317号楼1502]]`,
  ],
  [
    'outpatient',
    `风湿免疫科门诊（录音整理）
医生：您叫什么名字？
患者：[[PERSON|柏海燕]]。
医生：出生年月日？
患者：[[DATE|一九七九年四月三号]]。
医生：手指关节肿多久了？
患者：快半年了，早上起来僵一个多小时。
医生：类风湿因子和抗CCP都阳性，考虑类风湿关节炎。先用甲氨蝶呤每周10mg，加叶酸。医保卡带了吗？
患者：带了，号码是[[INSURANCE_ID|3101 1563 0928 47]]。
医生：好，一个月后复查肝功能，挂我的号，我是[[PERSON|闵]]医生。`,
  ],
  [
    'referral',
    `双向转诊单（上转）
患者姓名：[[PERSON|郜春生]]　性别：男　年龄：71岁
身份证号：[[ID_CARD|${rid('410105', '19550303', '217')}]]
转出单位：丰产路街道社区卫生服务中心（[[ADDRESS|郑州市金水区丰产路56号]]，电话[[PHONE|0371-6591 2804]]）
转入科室：心内科
转诊原因：近1月活动后胸痛发作频繁，心电图ST段压低，需行冠脉造影评估。
转诊医生：[[PERSON|訾晓雯]]　转诊日期：[[DATE|2026年11月23日]]`,
  ],
  [
    'referral',
    `会诊申请单
申请科室：产科　床号：[[MRN|12]]　住院号：[[MRN|30862714]]
患者：[[PERSON|赫连雪]]，女，31岁，孕34+2周，[[DATE|11月23日]]起血压160/105mmHg，尿蛋白（++）。
请神经内科会诊：今晨诉头痛、视物模糊，请协助评估。
丈夫：[[PERSON|樊屹东]]　[[PHONE|13760492318]]
申请医师：[[PERSON|岑慕白]]　联系电话：[[PHONE|18820573641]]
申请时间：[[DATE|2026-11-24]] 08:30`,
  ],
  [
    'referral',
    `转诊回执（下转）
[[PERSON|李阿者]]，男，哈尼族，56岁，高血压3级、2型糖尿病，[[DATE|2026年11月24日]]出院，转回[[ADDRESS|云南省红河州元阳县新街镇卫生院]]继续随访。请每月测血压、血糖，氨氯地平5mg qd、二甲双胍0.5g bid维持。
患者身份证：[[ID_CARD|${rid('532528', '19700816', '093')}]]
联系人：妻子[[PERSON|卢咪秋]]　[[PHONE|15987361240]]
转出医生：[[PERSON|施云舟]]`,
  ],
  [
    'handover',
    `交班录音转写（内科夜班→白班）
"[[MRN|十二]]床[[PERSON|萧]]……[[PERSON|萧宏图]]，高钾6.1，凌晨给了葡萄糖酸钙和胰岛素加糖，复查5.3了。[[MRN|十五]]床[[PERSON|全美玲]]，[[AGE|九十七]]岁那个老太太，夜里拔了一次胃管，重新置了。十六床空着。[[MRN|十九]]床[[PERSON|戚大勇]]今天上午做胃镜，已经禁食。"
交班人：[[PERSON|路遥遥]]　接班人：[[PERSON|奚文静]]　[[DATE|2026.11.24]]`,
  ],
  [
    'handover',
    `ICU交接班记录 [[DATE|2026-11-24]] 07:30
[[MRN|3]]床 [[PERSON|阎守仁]]，男，68岁，感染性休克第2天，去甲肾上腺素0.12μg/kg/min，乳酸2.4→1.7，尿量35ml/h。血培养（标本号[[MRN|BC2611230091]]）待回报。
[[MRN|4]]床 [[PERSON|宓丽娟]]，女，[[AGE|95]]岁，重症肺炎，HFNC 50L/min FiO2 0.45，今日计划床旁气管镜吸痰。
[[MRN|7]]床 [[PERSON|沙建国]]，男，52岁，PCI术后，生命体征平稳，拟转回心内科。
4床家属：女儿[[PERSON|宓小禾]]　[[PHONE|18951027634]]
交班：[[PERSON|郦晨]]　接班：[[PERSON|蒯砚秋]]`,
  ],
  [
    'handover',
    `医生交班本 [[DATE|11月23日]]夜
新入：[[MRN|28]]床[[PERSON|吴曼殊]]，女，[[AGE|99]]岁，上消化道出血，已输红细胞2U，复查Hb 81g/L，胃管引流为咖啡样液。孙女[[PERSON|吴可可]]（[[PHONE|17701826395]]）已签署病危通知。
危重：[[MRN|31]]床[[PERSON|党长青]]，心衰，夜间端坐呼吸，呋塞米40mg静推后缓解。
出院：[[MRN|9]]床[[PERSON|詹玉洁]]已于傍晚出院。
交班医师：[[PERSON|庞一帆]]`,
  ],
  [
    'nursing-note',
    `护理记录单
姓名：[[PERSON|郝秀兰]]　床号：[[MRN|22]]　住院号：[[MRN|50173846]]　年龄：[[AGE|93]]岁
身份证号（旧证）：[[ID_CARD|130104330218062]]
[[DATE|2026-11-24]] 09:00 骶尾部2期压力性损伤，面积3×2cm，基底红润，少量渗液。予泡沫敷料保护，q2h翻身，气垫床使用中。Braden评分12分。
已告知女儿[[PERSON|郝建英]]，其表示理解并配合。
责任护士：[[PERSON|邬佳琪]]`,
  ],
  [
    'nursing-note',
    `不良事件报告（跌倒）
发生时间：[[DATE|2026年11月23日]]21:40
患者：[[PERSON|桑德胜]]，男，76岁，[[MRN|38]]床，住院号[[MRN|61129507]]
经过：患者自行下床如厕时滑倒，左前额着地，约2cm擦伤，神志清。立即通知值班医生[[PERSON|喻思齐]]，头颅CT未见出血。Morse评分65分。
整改：床栏拉起，夜间留陪护，穿防滑鞋。
报告人：[[PERSON|阮小棠]]`,
  ],
  [
    'nursing-note',
    `住院患者防跌倒须知
1. 起床遵循"三个30秒"：醒后躺30秒、坐起30秒、站立30秒再行走。
2. 穿合脚防滑鞋，不穿拖鞋。
3. 夜间开启地灯，需要帮助请按呼叫铃。
4. 服用降压药、安眠药后尤其注意。`,
  ],
  [
    'lab-report',
    `检验报告单
姓名：[[PERSON|蔺凤霞]]　性别：女　年龄：[[AGE|96]]岁　病历号：[[MRN|0061842391]]
身份证号：[[ID_CARD|620102300705048]]
科室：老年科　床号：[[MRN|5]]　标本号：[[MRN|S26112400318]]
采样时间：[[DATE|2026-11-24]] 06:10
项目：钾 6.3mmol/L↑，肌酐 186μmol/L↑，尿素 14.2mmol/L↑，钠 134mmol/L↓
危急值已电话通知[[PERSON|卓立峰]]医生（[[DATE|2026-11-24]] 07:02）
检验者：[[PERSON|戈雨桐]]　审核者：[[PERSON|晏嘉树]]`,
  ],
  [
    'lab-report',
    `病理诊断报告
病理号：[[MRN|P2026-18734]]　姓名：[[PERSON|巫少卿]]　男　62岁
送检：胃窦活检×3块，送检日期[[DATE|2026-11-20]]
诊断：（胃窦）中分化腺癌，HER2（1+）。
住院号：[[MRN|70331865]]　送检医生：[[PERSON|孔昭珩]]
报告医师：[[PERSON|饶伯衡]]　报告日期：[[DATE|2026-11-24]]
患者联系电话：[[PHONE|15823690471]]`,
  ],
  [
    'lab-report',
    `检验科温馨提示
空腹抽血请于早晨7:30—9:30之间到门诊二楼抽血处；采血前一晚20点后禁食，可少量饮水。糖耐量试验需预约，全程约2小时，期间请勿离开。`,
  ],
  [
    'imaging-report',
    `CT检查报告
检查号：[[MRN|CT26112401977]]　姓名：[[PERSON|宇文若兰]]　性别：女　年龄：[[AGE|91]]岁
住院号：[[MRN|40268113]]　检查日期：[[DATE|2026-11-24]]
检查项目：头颅CT平扫
所见：双侧基底节区多发腔隙性梗死灶，脑白质疏松，脑室系统扩大，中线结构居中。
印象：老年性脑改变，多发腔隙性脑梗死。
申请医生：[[PERSON|祁慕辰]]　报告医师：[[PERSON|景一鸣]]`,
  ],
  [
    'imaging-report',
    `超声检查报告（产科）
姓名：[[PERSON|甄晓蕾]]　年龄：29岁　门诊号：[[MRN|MZ26004716]]
末次月经：[[DATE|2026-06-02]]　预产期：[[DATE|2027-03-09]]
超声所见：宫内单活胎，BPD 64mm，HC 232mm，FL 45mm，胎心148次/分，羊水指数12cm，胎盘位于后壁。
超声提示：宫内妊娠，单活胎，约25周，大小与孕周相符。
检查医师：[[PERSON|骆柳依]]　检查日期：[[DATE|2026-11-24]]`,
  ],
  [
    'imaging-report',
    `复查通知（影像科）
[[PERSON|穆罕默德·伊力]]先生：您于[[DATE|2026年11月19日]]在我院行胸部低剂量CT，检查号[[MRN|LD2611190356]]，右肺上叶见8mm磨玻璃结节，建议3个月后复查。请于[[DATE|2027年2月下旬]]致电[[PHONE|0991-4862753]]预约。
如有疑问，可发邮件至[[EMAIL|yingxiang.fucha@example.cn]]。`,
  ],
  [
    'prescription',
    `门诊处方笺
费别：医保　处方号：[[MRN|RX2611240873]]
姓名：[[PERSON|左丘明月]]　性别：女　年龄：45岁　门诊号：[[MRN|0018734620]]
临床诊断：幽门螺杆菌感染
Rp：艾司奥美拉唑20mg bid，阿莫西林1.0g bid，克拉霉素0.5g bid，枸橼酸铋钾220mg bid，均×14天
患者电话：[[PHONE|18207316645]]　住址：[[ADDRESS|长沙市岳麓区麓山南路932号6栋803]]
医师：[[PERSON|覃子墨]]　药师：[[PERSON|时宛如]]　[[DATE|2026-11-24]]`,
  ],
  [
    'prescription',
    `药袋标签
[[PERSON|卞永福]]　[[MRN|18]]床　住院号[[MRN|20957318]]
华法林钠片 2.5mg　每晚1片
发药日期：[[DATE|2026-11-24]]　调剂号：[[MRN|TJ-5572901]]
请定期复查INR，目标2.0—3.0。`,
  ],
  [
    'prescription',
    `儿科处方
患儿：[[PERSON|古丽米热]]（[[PERSON|米米]]），女，5岁，体重18kg
监护人：[[PERSON|阿迪力·买买提]]　电话：[[PHONE|18999204617]]
诊断：急性中耳炎
Rp：阿莫西林克拉维酸钾干混悬剂，按阿莫西林计每次400mg，bid×7天
处方号：[[MRN|EK26-0114382]]　就诊日期：[[DATE|2026年11月24日]]
医师：[[PERSON|尤慕青]]`,
  ],
  [
    'consent',
    `手术知情同意书
患者姓名：[[PERSON|濮阳长顺]]　性别：男　年龄：[[AGE|90]]岁　住院号：[[MRN|80624137]]
拟行手术：腹腔镜下胆囊切除术　拟手术日期：[[DATE|2026年11月26日]]
手术风险：出血、胆漏、胆管损伤、中转开腹、心肺并发症等，高龄患者风险显著增加。
患者因听力障碍，委托其子[[PERSON|濮阳建设]]代签。
代理人身份证号：[[ID_CARD|${rid('370202', '19620415', '353')}]]　电话：[[PHONE|13573291804]]
谈话医生：[[PERSON|祁正则]]　签署日期：[[DATE|2026年11月24日]]`,
  ],
  [
    'consent',
    `输血治疗同意书
受血者：[[PERSON|俞菲菲]]　女　38岁　病案号：[[MRN|0092741836]]
身份证号：[[ID_CARD|${rid('350102', '19880521', '126')}]]
诊断：缺铁性贫血（重度），Hb 58g/L
拟输注：悬浮红细胞2U
输血风险已告知，患者本人同意并签字。
医生：[[PERSON|井晓川]]　[[DATE|2026-11-24]]`,
  ],
  [
    'consent',
    `临床研究知情同意书（签字页）
研究名称：社区老年人肌少症队列研究
受试者：[[PERSON|卢泰昊]]（韩国籍）　护照号：[[PASSPORT|M48120379]]　受试者编号：[[MRN|SC-0417]]
联系电话：[[PHONE|15062839174]]　居住地址：[[ADDRESS|江苏省苏州市昆山市花桥镇绿地大道288号12幢803室]]
翻译人员：[[PERSON|朴恩静]]
签署日期：[[DATE|2026年11月24日]]　研究者：[[PERSON|戚安澜]]`,
  ],
  [
    'billing',
    `退费申请单
患者姓名：[[PERSON|东方雅韵]]　住院号：[[MRN|90472681]]
入院：[[DATE|2026-11-10]]　出院：[[DATE|2026-11-21]]
退费原因：预交金余额退还，金额3,216.40元
退款账户：中国农业银行 [[BANK_CARD|${spaced(luhn('622848031207654'))}]]
开户人：[[PERSON|东方雅韵]]　联系电话：[[PHONE|13606718253]]
经办人：[[PERSON|葛春燕]]　结算单号：JS2611210457`,
  ],
  [
    'billing',
    `门诊缴费记录
就诊人：[[PERSON|包巴特尔]]（蒙古族）　就诊卡号：[[MRN|0007725146]]
医保卡号：[[INSURANCE_ID|1501 2283 6604 9]]
缴费时间：[[DATE|2026-11-24]] 10:12
项目：无痛胃镜检查、病理检查　合计：1,386.00元（医保统筹支付后个人自付412.30元）
支付方式：微信支付，付款人微信号[[ACCOUNT|bater_nomad83]]
电子票据号：0038812745`,
  ],
  [
    'billing',
    `体检费用结算（团体套餐自费补差）
客户：[[PERSON|闻人思琪]]　体检编号：[[MRN|TJ20261124-0388]]
身份证号：[[ID_CARD|${rid('310104', '19910306', '248')}]]
补差金额：680.00元，刷卡支付
银行卡号：[[BANK_CARD|${luhn('621700387102446519')}]]（建设银行）
电子发票将发送至[[EMAIL|siqi.wr@example.cn]]`,
  ],
  [
    'online-consult',
    `互联网医院 图文问诊
问诊单号：[[MRN|WZ2611240193]]　患者端IP：[[IP|198.51.100.23]]
患者：[[PERSON|芮佳怡]]，女，27岁
[[DATE|2026-11-24]] 20:13 [[PERSON|芮佳怡]]：医生您好，我吃了头孢之后身上起了红疹子，痒，不喘。
20:16 [[PERSON|柯文渊]]医生：请问吃的是哪种头孢？多久了？有没有嘴唇肿、呼吸困难？
20:18 [[PERSON|芮佳怡]]：头孢克洛，今天第二天，没有肿。
20:21 [[PERSON|柯文渊]]医生：考虑药疹，先停药，可口服氯雷他定10mg每日一次；如出现喉咙发紧、呼吸困难立即到急诊。`,
  ],
  [
    'online-consult',
    `在线复诊记录（系统日志节选）
用户名：[[ACCOUNT|lanlan_jiankang]]　实名：[[PERSON|蓝岚]]　实名认证证件：护照 [[PASSPORT|E72049361]]
登录IP：[[IP|203.0.113.146]]　登录时间：[[DATE|2026-11-24]] 07:55
复诊事由：高血压续方，家庭自测血压128/82mmHg左右
开具：苯磺酸氨氯地平5mg qd ×28天
电子处方号：[[MRN|EP2611240552]]　审方药师：[[PERSON|储若愚]]`,
  ],
  [
    'online-consult',
    `视频问诊小结
咨询人：[[PERSON|钮大伟]]，代母亲[[PERSON|裘凤仙]]（[[AGE|94]]岁）咨询。母亲身份证（旧证）：[[ID_CARD|330203320916082]]
主诉：母亲近3天食欲差、乏力，昨日起少尿。
建议：高龄、少尿，需尽快到医院急诊评估肾功能及电解质，不宜线上处理。
咨询人微信：[[ACCOUNT|niudawei_1971]]　手机：[[PHONE|13817264930]]
问诊编号：[[MRN|SP-2611-77803]]　回看链接：[[URL|https://yun.example.cn/visit/sp261177803]]
接诊医生：[[PERSON|殷书瑶]]　[[DATE|2026年11月24日]]`,
  ],
  [
    'patient-message',
    `[[PERSON|郑]]主任您好，我是上周五在您门诊看甲状腺结节的[[PERSON|聂雨萱]]，门诊号[[MRN|0047216803]]。穿刺结果出来了，报告上写Bethesda Ⅱ类，良性。请问是不是只需要定期复查？下一次B超大概什么时候做？我电话[[PHONE|15301276684]]，谢谢您！`,
  ],
  [
    'patient-message',
    `患者留言（门诊服务号）
您好，我父亲[[PERSON|祝永康]]，[[AGE|92]]岁，[[DATE|11月20日]]在你们泌尿外科做了前列腺电切，出院时说两周后拔尿管。现在尿管周围有点漏尿，他说下腹胀。我们住[[ADDRESS|上海市徐汇区田林东路75弄12号301室]]，离得近，开车过来，车牌[[PLATE|沪C·5M28Q]]，是今天直接去急诊还是等复诊？我是女儿[[PERSON|祝蕾]]，[[PHONE|139 1625 0378]]。`,
  ],
  [
    'patient-message',
    `[[PERSON|王]]护士长您好，我是[[MRN|36]]床[[PERSON|阿依古丽·买买提明]]的丈夫[[PERSON|热合木别克]]。我在外地出差赶不回来，想问一下她[[DATE|11月25日]]上午的剖宫产几点开始？术前还需要家属签什么字吗？我的电话[[PHONE|15599032817]]，微信同号。`,
  ],
  [
    'family-chat',
    `【相亲相爱一家人】
[[PERSON|菀菀]]：外婆今天出院啦，医生说按时吃药，两周后复查👍
舅舅：好，出院小结拍一下
[[PERSON|菀菀]]：住院号[[MRN|40516329]]，复诊挂老年科[[PERSON|汤]]主任的号
[[PERSON|阿铖]]：我周六开车去接，车牌[[PLATE|浙A·3F7K9]]，停南门
舅舅：外婆身份证在我这，[[ID_CARD|${rid('330106', '19330822', '024')}]]，挂号要用
[[PERSON|菀菀]]：收到，外婆[[AGE|93]]了，挂号可以走老年人绿色通道`,
  ],
  [
    'family-chat',
    `【兄妹仨】
[[PERSON|秀禾]]：妈的胃镜约好了，[[DATE|12月2日]]上午8点，空腹去，预约号[[MRN|WJ1202-037]]
[[PERSON|建岷]]：我那天出差，[[PERSON|卫岚]]你陪一下？
[[PERSON|卫岚]]：行。病历本在哪？
[[PERSON|秀禾]]：在妈床头抽屉，医保卡也在，卡号[[INSURANCE_ID|2301 0719 3358 6]]
[[PERSON|秀禾]]：妈现在住我这，[[ADDRESS|哈尔滨市南岗区西大直街218号3单元502]]，你7点来接
[[PERSON|卫岚]]：好`,
  ],
  [
    'family-chat',
    `【家族群】
[[PERSON|阿炜]]：阿爷今日入咗院，[[MRN|12]]床，肺炎，医院喺[[ADDRESS|广州市越秀区中山二路58号]]
[[PERSON|阿菁]]：佢[[AGE|九十八]]岁喇，要唔要转ICU？
[[PERSON|阿炜]]：医生话暂时唔使，吸氧就得。主管医生系[[PERSON|冼]]医生，护士站电话[[PHONE|020-8733 5126]]
细佬：我听日放工过去，带埋阿爷嘅医保卡
[[PERSON|阿菁]]：住院号系[[MRN|50842197]]，探病记得戴口罩`,
  ],
  [
    'sms-reminder',
    `【市一院】[[PERSON|樊雪梅]]您好，您预约的[[DATE|11月27日]]14:30乳腺外科[[PERSON|霍]]医生门诊，预约号[[MRN|YY26112700842]]，请提前30分钟到门诊3楼自助机取号。退订回T`,
  ],
  [
    'sms-reminder',
    `【体检中心】尊敬的[[PERSON|杭君澜]]先生，您的体检报告（体检编号[[MRN|TJ2611180217]]）已出，请登录[[URL|https://tijian.example.cn/report]]输入手机号[[PHONE|13665180294]]后查看。如有异常指标请于[[DATE|12月18日]]前到健康管理中心复诊。`,
  ],
  [
    'sms-reminder',
    `【市中医院】因地下停车场施工，11月28日起暂停开放，请就诊车辆停放于北门临时停车场，步行至门诊楼约5分钟。行动不便者可在北门岗亭预约轮椅接送。`,
  ],
  [
    'achalasia-clinic',
    `消化内科（食管动力）门诊
[[PERSON|仲夏禾]]，女，36岁，身份证[[ID_CARD|${rid('430104', '19900114', '062')}]]，门诊号[[MRN|0031876452]]。
吞咽困难3年，固体液体均有，进食后反流未消化食物，体重下降6kg。胃镜：食管扩张，贲门紧闭，镜身通过有阻力。高分辨率食管测压（[[DATE|2026-11-20]]，测压号[[MRN|HRM-26-0415]]）：IRP 28mmHg，100%失蠕动伴全食管增压，符合贲门失弛缓症Ⅱ型。
建议行POEM手术，预约住院日期[[DATE|2026年12月8日]]。
联系电话：[[PHONE|17377904652]]`,
  ],
  [
    'achalasia-clinic',
    `POEM术后第1天病程（[[DATE|2026-11-24]]）
[[MRN|6]]床 [[PERSON|邢宝华]]，男，58岁，[[DATE|11月23日]]全麻下行经口内镜下肌切开术（肌切开长度10cm）。今晨无发热，无胸痛，颈胸部皮下未及捻发感。泛影葡胺造影未见造影剂外漏，今日开始清流质饮食。
Eckardt评分术前9分。
身份证：[[ID_CARD|${rid('440106', '19680702', '137')}]]
住院号：[[MRN|30719485]]　医保号：[[INSURANCE_ID|4401 3396 2081 7]]
主治医师：[[PERSON|隗志远]]`,
  ],
  [
    'achalasia-clinic',
    `贲门失弛缓症患者饮食小贴士
进食时细嚼慢咽，每口少量，进食后保持直立30分钟以上；睡前3小时不进食，床头抬高15—20厘米。POEM术后遵医嘱从清流质逐步过渡到半流质，2周内避免过烫、过硬食物。`,
  ],
  [
    'endometriosis-clinic',
    `妇科（子宫内膜异位症专病）门诊
姓名：[[PERSON|蒲心悦]]　年龄：32岁　门诊号：[[MRN|0058130274]]
末次月经：[[DATE|2026-11-09]]
主诉：进行性痛经5年，性交痛1年。VAS 8分。
B超：左卵巢囊肿5.2×4.6cm，内见细密光点，考虑卵巢子宫内膜异位囊肿。CA125 78U/ml。
处理：地诺孕素2mg qd，3个月后复查B超；有生育计划，建议生殖科会诊。
丈夫：[[PERSON|麦承泽]]　电话：[[PHONE|18718624053]]
身份证：[[ID_CARD|${rid('440106', '19940827', '188')}]]`,
  ],
  [
    'endometriosis-clinic',
    `腹腔镜手术记录（摘要）
患者：[[PERSON|苗丽君]]，女，29岁，住院号[[MRN|40937152]]，手术日期[[DATE|2026年11月23日]]。
术中所见：右卵巢内异囊肿约6cm，子宫直肠陷凹部分封闭，盆腔腹膜散在紫蓝色病灶，rASRM分期Ⅲ期。
手术方式：腹腔镜右卵巢囊肿剥除术+盆腔内异病灶电灼术，出血约20ml。
病理号：[[MRN|P26-20417]]
家属：丈夫[[PERSON|尹泊舟]]，[[PHONE|13658203417]]
术者：[[PERSON|伏婉秋]]　助手：[[PERSON|雷家豪]]`,
  ],
  [
    'endometriosis-clinic',
    `子宫内膜异位症常见问答
问：痛经一定是内异症吗？答：不一定，原发性痛经更常见；若痛经逐年加重、伴性交痛或不孕，应到妇科就诊。
问：手术后还会复发吗？答：有可能，术后常需长期药物管理并定期复查B超。`,
  ],
  [
    'scleroderma-clinic',
    `风湿科（系统性硬化症）门诊
[[PERSON|乌仁娜布其]]，女，蒙古族，47岁，[[DATE|2026年11月24日]]复诊。
雷诺现象8年，双手指端硬化，右示指指端溃疡1处（[[DATE|10月]]出现），mRSS 14分。抗Scl-70阳性。HRCT：双下肺少许网格影。肺功能：FVC 82%，DLCO 63%。
处理：硝苯地平控释片30mg qd，吗替麦考酚酯0.5g bid，指端溃疡换药。
身份证号：[[ID_CARD|${rid('152502', '19790511', '146')}]]
住址：[[ADDRESS|内蒙古锡林浩特市锡林大街92号牧兴小区2栋301]]`,
  ],
  [
    'scleroderma-clinic',
    `电话随访记录（硬皮病专病队列）
随访对象：[[PERSON|鲍淑华]]，女，63岁，队列编号[[MRN|SSc-0271]]
随访日期：[[DATE|2026-11-22]]　随访护士：[[PERSON|冉佳琪]]
近况：入冬后雷诺发作频繁，手指发白发紫，无新发溃疡；偶有进食后胸骨后烧灼感，已服奥美拉唑。
提醒：注意手部保暖，[[DATE|12月15日]]复查肺功能与心脏超声。
联系电话：[[PHONE|0512-6725 3184]]　住址：[[ADDRESS|苏州市姑苏区十全街247号2幢501室]]`,
  ],
  [
    'scleroderma-clinic',
    `肾内科会诊意见
会诊单号：[[MRN|HZ-26-12094]]　患者：[[PERSON|相国华]]，男，51岁，[[MRN|19]]床
系统性硬化症（弥漫型）5年，近1周血压180/110mmHg，肌酐由78升至215μmol/L，外周血见破碎红细胞，考虑硬皮病肾危象。
建议：卡托普利小剂量起始，逐渐加量；避免大剂量激素；每日监测肌酐及血压。
会诊医师：[[PERSON|蔚南星]]　[[DATE|2026-11-24]] 11:05`,
  ],
  [
    'acromegaly-clinic',
    `内分泌科（垂体疾病）门诊
[[PERSON|茹建平]]，男，45岁，身份证[[ID_CARD|${rid('140105', '19810923', '075')}]]
近5年鞋码由41增至44，手指增粗，打鼾加重。GH 12.6ng/ml，IGF-1为年龄相应上限2.9倍，OGTT GH不被抑制。垂体MRI（[[DATE|2026-11-18]]，检查号[[MRN|MR26111804729]]）：鞍区大腺瘤约16mm。
诊断：肢端肥大症。转神经外科评估经蝶手术。
门诊号：[[MRN|0029471358]]　电话：[[PHONE|13934705126]]
住址：[[ADDRESS|山西省太原市小店区坞城路85号康宁小区11号楼3单元602]]`,
  ],
  [
    'acromegaly-clinic',
    `经蝶垂体瘤切除术后出院小结
[[PERSON|鄂秋菊]]，女，52岁，住院号[[MRN|61859324]]，身份证[[ID_CARD|${rid('220104', '19740330', '064')}]]。[[DATE|2026年11月17日]]行神经内镜经鼻蝶垂体腺瘤切除术，病理（病理号[[MRN|P26-19865]]）：GH型垂体腺瘤。术后第1天GH 1.1ng/ml，无尿崩。[[DATE|11月24日]]出院。
出院后：术后3个月复查IGF-1、OGTT及垂体MRI；出现多尿、口渴、头痛、流清涕及时就诊。
随访地址：[[ADDRESS|吉林省长春市朝阳区红旗街1066号2门602]]
家属：丈夫[[PERSON|佟德明]]，[[PHONE|15504317268]]`,
  ],
  [
    'acromegaly-clinic',
    `【内分泌科】[[PERSON|戴金凤]]女士，您下一次兰瑞肽长效注射安排在[[DATE|12月22日]]上午，地点门诊注射室，请携带就诊卡（卡号[[MRN|0081274593]]）与冷藏药品。注射当日如有腹痛腹泻请告知护士。咨询：[[PHONE|0431-8561 2047]]`,
  ],
];

const en: Array<[string, string]> = [
  [
    'admission',
    `Acute Medical Unit — clerking
Name: [[PERSON|Eudora Ashdown]]   Age: [[AGE|94]]   DOB: [[DATE|02/03/1932]]
NHS No: [[INSURANCE_ID|${nhs('402781')}]]   Hosp No: [[MRN|RK4462918]]
Admitted: [[DATE|23/11/2026]] 22:10 via ED
PC: two days of confusion and reduced oral intake; daughter reports offensive urine.
Obs: T 38.3, HR 104, BP 102/58. Urine dip: nitrites +, leucocytes +++.
Imp: delirium secondary to probable UTI; AKI stage 1 (Cr 142).
Plan: IV fluids, cultures, antibiotics per local guideline, delirium bundle.
NOK: daughter [[PERSON|Marion Ashdown-Pryce]], [[PHONE|07700 900418]], [[ADDRESS|14 Kestrel Row, Taunton TA1 4QX]]
Clerked by Dr [[PERSON|Olusegun Adeyemi-Hart]] (FY2)`,
  ],
  [
    'admission',
    `History & Physical — [[DATE|11/23/2026]]
Patient: [[PERSON|Ignatius Kowalczyk]]   MRN: [[MRN|00481937]]   DOB: [[DATE|05/14/1935]]
Medicare MBI: [[INSURANCE_ID|5TR4-WK8-MN27]]
CC: [[AGE|91]]-year-old man with 3 days of productive cough and fever.
HPI: Lives alone at [[ADDRESS|2219 Archer Ave, Apt 3B, Chicago, IL 60616]]; neighbor found him weak. Hx COPD, HFpEF.
Exam: crackles R base, SpO2 89% RA. CXR: RLL consolidation.
A/P: CAP — ceftriaxone + azithromycin, O2 to keep SpO2 88–92%, PT/OT.
Emergency contact: nephew [[PERSON|Stefan Kowalczyk]] [[PHONE|(312) 555-0147]]
Attending: [[PERSON|Renata Oyelaran]], MD`,
  ],
  [
    'admission',
    `Admission note — general surgery
[[PERSON|Rāwiri Te Maro]], 67M, NHI [[INSURANCE_ID|${nhi('ZKT', '418')}]]
Admitted [[DATE|24/11/2026]] with adhesional small bowel obstruction (previous open appendicectomy). NBM, NG tube on free drainage, IV fluids, Gastrografin challenge planned.
Address: [[ADDRESS|37 Pukete Road, Te Rapa, Hamilton 3200]]
Wife [[PERSON|Mereana Te Maro]] [[PHONE|021 448 7305]]
Reg: Dr [[PERSON|Priyanka Thiruvengadam]]`,
  ],
  [
    'progress-note',
    `Progress note — [[DATE|11/24/2026]], hospital day 3
[[PERSON|Delphine Aubertin-Moreau]], 58F, DOB [[DATE|02/11/1968]], MRN [[MRN|7748205]], room [[MRN|512]]
S: Less short of breath, slept flat last night.
O: Afebrile, HR 78 (AF, rate-controlled), net −2.1 L, weight 81.4 → 79.0 kg. K 3.6.
A: Acute on chronic HFrEF, improving.
P: Continue IV furosemide 40 mg bid one more day, then oral; anticoagulation discussed, apixaban to start; echo ordered.
Husband [[PERSON|Laurent Moreau]] updated, [[PHONE|(504) 555-0121]].
— [[PERSON|Kwabena Mensah-Bonsu]], MD (PGY-2)`,
  ],
  [
    'progress-note',
    `Ward round, Ward 9 — [[DATE|24 Nov 2026]]
Bed [[MRN|3]]: [[PERSON|Harold Penhaligon]], [[AGE|96]], day 4 of IV co-amoxiclav for aspiration pneumonia — step down to oral; SALT review of swallow today.
Bed 4: empty (discharged last night).
Bed [[MRN|5]]: Mrs [[PERSON|Gwilym]]… sorry, [[PERSON|Bethan Pritchard]] — post-fall, CT head clear, for physio and OT home visit [[DATE|27/11]].
Bed [[MRN|6]]: [[PERSON|Aloysius Nnamdi-Clarke]], 71, acute monoarthritis L knee, aspirated — await crystals and culture.
Consultant: Dr [[PERSON|Fenella Quarrington]]`,
  ],
  [
    'progress-note',
    `ICU daily review — [[DATE|24/11/2026]]
Bed [[MRN|11]], [[PERSON|Brody McAllister]], 44M, UR [[MRN|A2093714]], Medicare [[INSURANCE_ID|${medicare('29471836', '1')}]]
Day 2 post-laparotomy for perforated DU. Extubated 0600. Noradrenaline weaned off. Lactate 1.3. Pain controlled with PCA fentanyl.
Plan: step down to ward if stable this afternoon; sips of clear fluids.
Partner [[PERSON|Shannon Tierney]] updated by phone [[PHONE|0491 570 157]].
Intensivist: Dr [[PERSON|Anjali Rathnayake]]`,
  ],
  [
    'discharge',
    `Immediate Discharge Letter
Patient: [[PERSON|Morag Cairncross]]   CHI: [[INSURANCE_ID|${chi('120737', '268')}]]
Admitted [[DATE|15/11/2026]]   Discharged [[DATE|24/11/2026]]
Diagnosis: NSTEMI; PCI to LAD ([[DATE|17/11/2026]]).
Medications on discharge: aspirin 75 mg od, ticagrelor 90 mg bd (12 months), atorvastatin 80 mg on, bisoprolol 2.5 mg od, ramipril 2.5 mg od.
Follow-up: cardiac rehab will contact her; cardiology clinic in 6 weeks.
GP: Dr [[PERSON|Euan Lindqvist]], Kelvinside Medical Practice, [[ADDRESS|22 Cleveden Road, Glasgow G12 0PQ]]
Written by Dr [[PERSON|Isla Drummond-Okoro]]`,
  ],
  [
    'discharge',
    `Discharge Instructions — [[PERSON|Tobias Fairweather]], MRN [[MRN|90215547]], discharged [[DATE|11/24/2026]]
You were treated for cellulitis of the left leg. Take cephalexin 500 mg four times daily until [[DATE|11/30/2026]]. Keep the leg raised. Return if redness spreads past the pen line, fever over 101°F, or you feel faint.
Follow up with Dr. [[PERSON|Maribel Ocampo]] on [[DATE|12/03/2026]] at [[ADDRESS|4410 Rainier Ave S, Seattle, WA 98118]]. Clinic line [[PHONE|(206) 555-0163]].`,
  ],
  [
    'discharge',
    `Discharge summary
[[PERSON|Bridie Lenihan]], [[AGE|92]], MRN [[MRN|H0785126]], admitted [[DATE|09/11/2026]], discharged [[DATE|24/11/2026]] home with a package of care.
Dx: fractured left neck of femur, hemiarthroplasty [[DATE|10/11/2026]].
Mobilising with Zimmer frame and one assist. Enoxaparin 40 mg SC daily for 28 days post-op.
Home: [[ADDRESS|Knockane, Ballincollig, Co. Cork P31 HX62]]
Son [[PERSON|Fergal Lenihan]] [[PHONE|087 318 6624]]; PHN [[PERSON|Siobhán Ní Chathasaigh]] informed.`,
  ],
  [
    'outpatient',
    `Clinic transcript — general medicine
Dr: Can I check your name and date of birth?
Pt: [[PERSON|Leopold Whitcombe]], [[DATE|the ninth of August, nineteen thirty-one]].
Dr: Thank you. So you're [[AGE|95]] now — how have the dizzy spells been?
Pt: Worse when I stand up quick.
Dr: Your lying and standing BP shows a drop of 28. I'd like to halve the doxazosin.
Daughter: I'm [[PERSON|Verity]], his daughter — can you send the letter to me? [[EMAIL|verity.whitcombe@example.co.uk]]
Dr: Of course. Hospital number [[MRN|W2218740]], I'll copy it to you.`,
  ],
  [
    'outpatient',
    `Pediatric sick visit — [[DATE|11/24/2026]]
[[PERSON|Zaid Nassar]] ("[[PERSON|Zuzu]]"), 4 yo, DOB [[DATE|07/02/2022]], MRN [[MRN|PC-551830]]
Medicaid ID: [[INSURANCE_ID|MI40271835]]
Ear pain 2 days, fever 102.4°F. R TM bulging, erythematous.
Dx: acute otitis media, right. Amoxicillin 90 mg/kg/day divided bid × 10 days.
Mom: [[PERSON|Rania Nassar]], [[PHONE|(313) 555-0129]]`,
  ],
  [
    'outpatient',
    `Family medicine visit — [[DATE|24 Nov 2026]]
[[PERSON|Marguerite Thibodeau]], 71F, OHIP [[INSURANCE_ID|${ohip('481729305')}]]-AK
Chronic disease review. HbA1c 7.4%, eGFR 58, BP 136/80. Continue metformin 1 g bid and empagliflozin 10 mg; foot exam normal; retinal screening booked [[DATE|January 14, 2027]].
Address: [[ADDRESS|88 Rue Principale, Hawkesbury, ON K6A 1A8]]
Phone: [[PHONE|(613) 555-0172]]
— Dr [[PERSON|Rohan Mehra-Dubois]]`,
  ],
  [
    'referral',
    `Urgent suspected cancer referral (lower GI)
Patient: [[PERSON|Reginald Ambrose-Tull]], DOB [[DATE|19/04/1954]], NHS [[INSURANCE_ID|${nhs('618304')}]]
Address: [[ADDRESS|The Old Forge, Mill Lane, Ledbury HR8 2DT]]
Tel: [[PHONE|01632 960571]]
Reason: FIT 212 µg/g, iron-deficiency anaemia (Hb 96, ferritin 8), 4 kg weight loss over 3 months.
Referred [[DATE|24/11/2026]] by Dr [[PERSON|Hannelore Birch]], Ledbury Vale Surgery`,
  ],
  [
    'referral',
    `Dear Dr [[PERSON|Konstantinos Pappas]],
Re: [[PERSON|Dang Thi Huong]], DOB [[DATE|22/06/1948]], Medicare [[INSURANCE_ID|${medicare('51830274', '2')}]]
[[ADDRESS|12/47 Hume Highway, Cabramatta NSW 2166]]
Thank you for seeing Mrs [[PERSON|Dang]], 78, with exertional chest tightness and a new LBBB on ECG ([[DATE|20/11/2026]]). She speaks Vietnamese; her son [[PERSON|Minh Tran]] ([[PHONE|0491 572 549]]) usually interprets.
Current meds: perindopril 5 mg, atorvastatin 40 mg.
Kind regards,
Dr [[PERSON|Imogen Sallis]]`,
  ],
  [
    'referral',
    `Consult request: Nephrology
Pt [[PERSON|Luz Marina Echeverry]], MRN [[MRN|33018427]], room [[MRN|7N-14]], DOB [[DATE|10/03/1961]]
Question: AKI (Cr 0.9 → 2.8 over 48 h) after IV contrast; oliguric overnight. Please advise on fluids and need for RRT.
Daughter/HCPOA: [[PERSON|Yesenia Echeverry]] [[PHONE|(505) 555-0164]]
Requesting: [[PERSON|Desmond Vanterpool]], MD — pager [[PHONE|(505) 555-0138]]
Date/time: [[DATE|11/24/2026]] 09:12`,
  ],
  [
    'handover',
    `Night-to-day handover (transcribed)
"Right — bed [[MRN|two]], Mr [[PERSON|Fenwick]], [[PERSON|Clement Fenwick]], [[AGE|97]], chest infection, sats ninety-four on two litres, pulled his cannula at three, new one's in. Bed [[MRN|four]], [[PERSON|Oyin]]— [[PERSON|Oyinkansola Bello]], sickle cell crisis, PCA morphine, pain score down to five. Bed six's empty. Bed [[MRN|seven]], [[PERSON|Marjorie Stainton-Hughes]], for theatre this morning, nil by mouth since midnight, consent's signed."
Handed over by [[PERSON|Kerry-Ann Whitlock]] to [[PERSON|Tomasz Grabarczyk]], [[DATE|24/11/26]] 07:45`,
  ],
  [
    'handover',
    `SBAR — phone call to on-call registrar, [[DATE|23/11/2026]] 23:20
S: [[PERSON|Glenys Harcourt]], [[AGE|93]], bed [[MRN|17]], Ward 5, NEWS2 7. NHS No [[INSURANCE_ID|${nhs('562093')}]].
B: Admitted [[DATE|21/11]] with CAP; DNACPR in place, ceiling of care ward-based.
A: RR 28, SpO2 88% on 4 L, new confusion, BP 96/54.
R: Please review within 30 min; niece [[PERSON|Carys Harcourt]] ([[PHONE|07700 900563]]) asks to be called if she deteriorates. — [[PERSON|Nkechi Umeadi]], RN`,
  ],
  [
    'handover',
    `I-PASS handoff — Peds floor, [[DATE|11/24/2026]]
Illness severity: watcher
Patient: [[PERSON|Ximena Cardozo]], 8 mo, MRN [[MRN|P77120946]], room [[MRN|3112]]
Summary: RSV bronchiolitis, HFNC 8 L/min, feeds via NG.
Action list: wean flow per pathway; re-weigh in AM.
Situation awareness: if work of breathing increases, call fellow Dr. [[PERSON|Amadou Sissoko]] [[PHONE|(617) 555-0183]].
Synthesis: parents [[PERSON|Ana]] and [[PERSON|Julián Cardozo]] at bedside, Spanish-speaking.`,
  ],
  [
    'nursing-note',
    `Nursing note [[DATE|24/11/2026]] 14:00
[[PERSON|Ambrose Tillinghast]], [[AGE|90]], bed [[MRN|22]], MRN [[MRN|K6613820]]
Left lateral malleolus: category 3 pressure ulcer 2.5 × 1.8 cm, 50% slough, moderate serous exudate. Cleansed with saline, hydrofibre + foam applied. Heels offloaded. Waterlow 22.
Tissue viability referral sent. Wife [[PERSON|Philippa]] informed at visiting.
[[PERSON|R. Okonjo]], RN`,
  ],
  [
    'nursing-note',
    `Incident report — fall
Date/time: [[DATE|11/23/2026]] 03:40
Patient: [[PERSON|Vernon Ashby]], 81M, room [[MRN|418]], MRN [[MRN|5528093]]
Found on floor beside bed, states he was going to the bathroom; bed alarm was off. Small skin tear R forearm, dressed. Neuro checks q1h × 4 normal. Dr [[PERSON|Hiroshi Takemoto]] notified 03:50.
Son [[PERSON|Garrett Ashby]] notified at [[PHONE|(541) 555-0190]].
Reported by: [[PERSON|Lakshmi Iyer]], RN`,
  ],
  [
    'nursing-note',
    `Preventing blood clots after surgery
Keep moving: walk the ward a few times a day if you can. Wear your stockings unless told otherwise, and have your injections as prescribed. Tell a nurse straight away about calf pain or swelling, or sudden breathlessness.`,
  ],
  [
    'lab-report',
    `Clinical Biochemistry
Patient: [[PERSON|Edith Marchbanks]]   DOB: [[DATE|30/01/1930]]   Age: [[AGE|96]]
NHS No: [[INSURANCE_ID|${nhs('733925')}]]   Lab no: [[MRN|B26.4471902]]
Collected [[DATE|24/11/2026]] 06:45
Na 128 (L), K 6.4 (H), urea 18.2 (H), creatinine 211 (H), eGFR 18.
Critical K phoned to Dr [[PERSON|Anwen Lloyd]] at 08:10 by [[PERSON|C. Braddock]] (BMS).`,
  ],
  [
    'lab-report',
    `Microbiology report
Specimen: blood culture, [[MRN|BC-26-118375]]
Patient: [[PERSON|Casimir Żeleński]], DOB [[DATE|06/30/1949]], MRN [[MRN|60128844]], ward 7B
Collected: [[DATE|11/21/2026]]; final report [[DATE|11/24/2026]]
Staphylococcus aureus (MSSA) 2/2 bottles. Susceptible: cefazolin, oxacillin, clindamycin.
Recommend ID consult and echocardiogram. Gram stain called to [[PERSON|Priya Balakrishnan]], PharmD, [[DATE|11/22/2026]] 16:30.`,
  ],
  [
    'lab-report',
    `Your glucose tolerance test
Please fast from 10 pm the night before — water only. The test takes about two and a half hours, and you will need to stay in the waiting area between blood samples. Bring something to read and a snack for afterwards.`,
  ],
  [
    'imaging-report',
    `CT Head without contrast
Patient: [[PERSON|Perpetua Dlamini]], [[AGE|98]] y/o F, MRN [[MRN|40033719]]
Accession: [[MRN|CT26-0987312]]   Exam date: [[DATE|11/24/2026]]
Indication: fall, on apixaban.
Findings: No acute intracranial hemorrhage. Chronic small-vessel ischemic change. Mild generalized volume loss. No fracture.
Impression: No acute intracranial abnormality.
Ordering provider: [[PERSON|Marguerite Oduya]], NP
Read by: [[PERSON|Jovan Radosavljević]], MD`,
  ],
  [
    'imaging-report',
    `Breast Screening Service
Ms [[PERSON|Yolanda Fairclough]]
[[ADDRESS|Flat 6, Lowther House, 31 Grange Road, Sunderland SR2 7LB]]
Dear Ms [[PERSON|Fairclough]],
Your recent screening mammogram ([[DATE|13 November 2026]], screening ref [[MRN|SCR-884120]]) needs some further views. This is common, and most women who are recalled do not have cancer. We have booked you an appointment on [[DATE|2 December 2026]] at 10:20. To change it, call [[PHONE|01632 960284]].`,
  ],
  [
    'imaging-report',
    `MRI Right Knee
Name: [[PERSON|Saoirse Feeney]]   DOB: [[DATE|14/02/1999]]   MRN: [[MRN|M0492281]]
Date of scan: [[DATE|22/11/2026]]
Clinical: twisting injury playing camogie [[DATE|08/11/2026]], locking.
Findings: Bucket-handle tear of the medial meniscus, displaced fragment in the intercondylar notch. ACL intact. Small joint effusion.
Conclusion: Displaced bucket-handle medial meniscal tear — orthopaedic referral advised.
Patient address: [[ADDRESS|7 Abbey Court, Nenagh, Co. Tipperary E45 KD21]]
Reported by Dr [[PERSON|Cathal Ó Murchú]]`,
  ],
  [
    'prescription',
    `Rx — [[DATE|11/24/2026]]
Patient: [[PERSON|Ezinne Obiakor]]   DOB: [[DATE|03/19/1987]]
Address: [[ADDRESS|560 Flatbush Ave, Apt 4D, Brooklyn, NY 11225]]
Nitrofurantoin monohydrate/macrocrystals 100 mg, 1 capsule by mouth twice daily × 5 days. Disp #10. Refills: 0.
Rx #: [[MRN|RX-7381204]]
Prescriber: [[PERSON|Lionel Grabowski]], MD   DEA on file`,
  ],
  [
    'prescription',
    `[[PERSON|Augustin Keohane]]   [[DATE|24/11/26]]
Warfarin 1 mg tablets
Take as directed in your yellow book. Current dose: 4 mg (4 tablets) each evening.
Ref: [[MRN|PL-5549217]]   Qty 56
Kilbride Pharmacy, [[ADDRESS|9 Church Street, Ennis, Co. Clare V95 K2T7]]   Tel [[PHONE|065 682 4417]]`,
  ],
  [
    'prescription',
    `Prescription (NZePS)
[[PERSON|Aroha Whaanga-Simmons]], NHI [[INSURANCE_ID|${nhi('KPD', '274')}]], DOB [[DATE|05/05/1990]]
Levothyroxine 50 mcg once daily, 3 months supply.
Prescriber: Dr [[PERSON|Nils Haraldsen]], [[ADDRESS|118 Cameron Road, Tauranga 3110]]
Patient contact: [[PHONE|027 604 1938]]`,
  ],
  [
    'consent',
    `Consent Form 4 (adult lacking capacity) — [[DATE|24/11/2026]]
Patient: [[PERSON|Dorothea Finchley]], [[AGE|91]], NHS No [[INSURANCE_ID|${nhs('150927')}]]
Proposed procedure: gastroscopy (OGD) to investigate iron-deficiency anaemia.
Capacity assessment documented. Discussed with her son, who holds LPA for health and welfare, [[PERSON|Lionel Finchley]] ([[PHONE|07700 900632]]); he agrees this is in her best interests.
Clinician: Dr [[PERSON|Saanvi Raghunathan]]`,
  ],
  [
    'consent',
    `Research consent — signature page
Study: vitamin D and falls in older adults
Participant: [[PERSON|Ruan Jianmin]], PRC ID card [[ID_CARD|${rid('350203', '19560418', '031')}]], passport [[PASSPORT|EJ0427719]]
Participant no: [[MRN|VDF-2091]]
Interpreter: [[PERSON|Lin Xiaoqing]] (Mandarin)
Witness: [[PERSON|Harriet Coldwell]]
Date: [[DATE|24 Nov 2026]]`,
  ],
  [
    'consent',
    `Informed consent — colonoscopy with possible polypectomy
Patient: [[PERSON|Anselm Okwuosa]], DOB [[DATE|08/22/1966]], MRN [[MRN|22906417]]
Risks discussed: bleeding, perforation (about 1 in 1,000), missed lesions, reactions to sedation. Questions answered.
Procedure date: [[DATE|12/01/2026]]
Physician: [[PERSON|Gwendolyn Harrow]], MD
Escort after sedation: wife [[PERSON|Chioma Okwuosa]], [[PHONE|(404) 555-0115]]`,
  ],
  [
    'billing',
    `Self-pay invoice
Patient: [[PERSON|Yevgenia Orlova]], UK passport [[PASSPORT|531907284]]
Services: dermatology consultation, excision of lesion L shoulder with histology — £640.00
Paid by card: [[BANK_CARD|${spaced(luhn('453201847730915'))}]]
Invoice no INV-90316 (date of service [[DATE|21/11/2026]])
Billing address: [[ADDRESS|4 Carrick Mews, Edinburgh EH3 7TT]]
Receipt sent to [[EMAIL|y.orlova@example.com]]`,
  ],
  [
    'billing',
    `Patient statement
Guarantor: [[PERSON|Marisol Quintanilla]]   SSN [[ID_CARD|987-65-4326]]
Patient: [[PERSON|Emilio Quintanilla]] (son), DOS [[DATE|10/29/2026]]
Patient account: [[MRN|PA-00719382]]
Insurance: BlueRiver PPO, member ID [[INSURANCE_ID|BRP463301829]] — claim partially paid; balance due $184.20.
Pay online at [[URL|https://pay.example.com/statement]] or call [[PHONE|(888) 555-0106]].
[[ADDRESS|1702 Magnolia St, San Antonio, TX 78201]]`,
  ],
  [
    'billing',
    `Medical scheme pre-authorisation
Member: [[PERSON|Thandiwe Mokoena]], ID no. [[ID_CARD|${luhn('850316054108')}]]
Scheme member no: [[INSURANCE_ID|DSC-30918477]]
Procedure: laparoscopic cholecystectomy, planned [[DATE|08/12/2026]]
Co-payment card: [[BANK_CARD|${spaced(luhn('520473118604927'))}]]
Contact: [[PHONE|082 555 0147]]
Address: [[ADDRESS|17 Jacaranda Street, Melville, Johannesburg 2092]]`,
  ],
  [
    'online-consult',
    `Telehealth visit summary — [[DATE|11/24/2026]]
Patient: [[PERSON|Caspian Rourke]], DOB [[DATE|01/17/1995]], portal user [[ACCOUNT|caspian_r95]]
Session IP: [[IP|198.51.100.204]]
CC: sore throat 3 days, no cough, fever 101.2°F, tender anterior nodes. Centor 4 — advised in-person rapid strep test; if positive, penicillin V.
Clinician: [[PERSON|Anneliese Brandt]], PA-C`,
  ],
  [
    'online-consult',
    `Online chat — nurse advice line, [[DATE|23 Nov 2026]]
[[ACCOUNT|worried_mum_leeds]]: my son [[PERSON|Alfie]] is 2, temp 39.4 since this morning, drinking ok
Nurse [[PERSON|Jo]]: Is he having wet nappies? Any rash that doesn't fade under a glass?
[[ACCOUNT|worried_mum_leeds]]: yes wet nappies, no rash
Nurse [[PERSON|Jo]]: Give paracetamol or ibuprofen at the right dose for his age, keep fluids up, and see your GP today if he's no better. Call 999 for any breathing trouble or a rash that doesn't fade.
[[ACCOUNT|worried_mum_leeds]]: thank you. his NHS number is [[INSURANCE_ID|${nhs('284316')}]] if you need it`,
  ],
  [
    'online-consult',
    `E-visit — dermatology
Submitted by [[PERSON|Priscilla Adeyinka-Moss]], MRN [[MRN|88204163]], from [[IP|2001:db8:4a1::17]]; photos at [[URL|https://derm.example.org/upload/ev-55219]]
Dx: likely seborrheic keratosis, left upper back; no concerning features. Reassured; in-person review if it changes in size or color, or bleeds.
Responding clinician: [[PERSON|Theodoric Vance]], MD, [[DATE|11/24/2026]]
E-visit ID: [[MRN|EV-55219]]`,
  ],
  [
    'patient-message',
    `Hi Dr [[PERSON|Achebe]], it's [[PERSON|Lorcan Fitzmaurice]] (DOB [[DATE|12/09/1979]]). The new blood pressure tablets make my ankles swell — is that normal? I've been taking amlodipine 10 mg since [[DATE|the 3rd of November]]. You can ring me on [[PHONE|086 417 2953]] after 5. Thanks, [[PERSON|Lorcan]]`,
  ],
  [
    'patient-message',
    `Message to the practice: My grandmother [[PERSON|Ottilie Brandvold]] ([[AGE|101]]) lives at [[ADDRESS|Fjord Cottage, 3 Harbour Brae, Stonehaven AB39 2JU]] and is housebound. Her repeat prescription for furosemide ran out on [[DATE|22 November]]. Could someone arrange a home visit or send it to the chemist? Her CHI is [[INSURANCE_ID|${chi('040925', '376')}]]. My number is [[PHONE|07700 900785]]. — [[PERSON|Kirsty Brandvold]]`,
  ],
  [
    'patient-message',
    `Subject: appointment letter never arrived
Hello, my husband [[PERSON|Benedikt Horvath]] was supposed to get a date for his cataract operation after the [[DATE|2 October]] assessment. Hospital number [[MRN|E3071562]]. Could you email the details to [[EMAIL|b.horvath.home@example.net]]? Phone [[PHONE|01632 960918]]. Many thanks, [[PERSON|Ilona Horvath]]`,
  ],
  [
    'family-chat',
    `Family group: "Gran's hip 🦴"
[[PERSON|Tash]]: Surgery went fine!! Gran's on ward 8, bed [[MRN|14]]
[[PERSON|Dev]]: amazing. she's [[AGE|92]] and tougher than all of us 😂
[[PERSON|Tash]]: visiting 2–4 and 6–8. I'm in the red Corsa [[PLATE|KN19 XLT]] by the main entrance if anyone needs a lift back
Uncle [[PERSON|Pete]]: send me the ward number, I'll ring
[[PERSON|Tash]]: ward 8 direct line [[PHONE|01632 960347]]`,
  ],
  [
    'family-chat',
    `[[PERSON|Lucha]]: Abuela's new pills came to $86, I covered it
[[PERSON|Javi]]: sent you half on venmo @[[ACCOUNT|lucha-beltran-9]]
[[PERSON|Lucha]]: got it 🙏 also her cardio appt moved to [[DATE|Dec 9]], 10:30, Dr [[PERSON|Feinstein]]
[[PERSON|Rocío]]: I can take her. What's her MRN again?
[[PERSON|Lucha]]: [[MRN|40922871]], and her Medicare card's in her purse
[[PERSON|Javi]]: she turns [[AGE|90]] on the [[DATE|14th]]!! party after?`,
  ],
  [
    'family-chat',
    `Whānau chat
[[PERSON|Kahu]]: Koro's home from hospital 🙌 discharge papers say follow-up with Dr [[PERSON|Strickland]] on [[DATE|3 Dec]]
[[PERSON|Maia]]: what's his NHI for the chemist?
[[PERSON|Kahu]]: [[INSURANCE_ID|${nhi('LQB', '592')}]]
[[PERSON|Maia]]: ta. I'll drop his meds round to [[ADDRESS|22 Kōwhai Street, Ōtaki 5512]] after work
[[PERSON|Rangi]]: Koro's [[AGE|93]] next week, cake at ours?`,
  ],
  [
    'sms-reminder',
    `Reminder: [[PERSON|Imran Chaudhry]], your diabetic eye screening is on [[DATE|03/12/2026]] at 09:40, ref [[MRN|DES-270419]]. Drops will blur your vision – don't drive. To rebook call [[PHONE|01632 960652]] or visit [[URL|https://eyescreen.example.nhs.uk]]`,
  ],
  [
    'sms-reminder',
    `CityHealth: Hi [[PERSON|Delroy]], your flu shot is due. Book at [[URL|https://book.example.com/flu]] or reply STOP. Your patient ID: [[MRN|CH-6620981]]`,
  ],
  [
    'sms-reminder',
    `Westfield Surgery: the practice will close at 1pm on Wednesday for staff training. For urgent help call NHS 111. Repeat prescription requests can still be made online.`,
  ],
  [
    'achalasia-clinic',
    `Upper GI motility clinic — [[DATE|24/11/2026]]
[[PERSON|Lucinda Trevelyan-Hook]], 41F, Hosp no [[MRN|T8834216]], NHS [[INSURANCE_ID|${nhs('507462')}]]
Dysphagia to solids and liquids for 2 years, regurgitation at night, 5 kg weight loss. Eckardt 8.
HRM [[DATE|10/11/2026]] (study [[MRN|HRM-4471]]): IRP 31 mmHg, pan-oesophageal pressurisation — type II achalasia. Barium swallow: bird's beak.
Options discussed: pneumatic dilatation, POEM or laparoscopic Heller myotomy with fundoplication. She favours POEM; listed for [[DATE|January 2027]].
Consultant: Dr [[PERSON|Ravindra Goonetilleke]]`,
  ],
  [
    'achalasia-clinic',
    `Post-op visit — Heller myotomy
[[PERSON|Jebediah Stroud]], MRN [[MRN|71260583]], DOB [[DATE|04/11/1972]], surgery [[DATE|11/10/2026]]
Tolerating soft diet, no dysphagia, mild heartburn controlled on omeprazole 20 mg. Incisions healed.
Plan: timed barium esophagram at 3 months; call if solids stick again.
Contact: [[PHONE|(801) 555-0153]], [[EMAIL|jeb.stroud@example.com]], [[ADDRESS|912 E Ashton Ave, Millcreek, UT 84106]]
— [[PERSON|Noor Al-Khatib]], MD`,
  ],
  [
    'achalasia-clinic',
    `Eating after POEM
For the first week take clear fluids, then smooth soft foods for about two weeks. Sit upright to eat and for half an hour after meals. Contact the team if you get chest pain, fever, or vomit blood.`,
  ],
  [
    'endometriosis-clinic',
    `Endometriosis centre — new patient
[[PERSON|Jessamy Pengelly]], 28, DOB [[DATE|17/06/1998]], NHS [[INSURANCE_ID|${nhs('826150')}]]
Cyclical pelvic pain since 16, dyschezia, dyspareunia. TVUS ([[DATE|05/11/2026]]): 4 cm left endometrioma, kissing ovaries.
Plan: MRI pelvis for deep disease; trial of continuous combined pill; MDT discussion [[DATE|9 December]]. Fertility wishes discussed with partner [[PERSON|Rhys Pengelly]].
Contact: [[PHONE|07700 900271]]; [[ADDRESS|Penrose Barn, Trevellas, St Agnes TR5 0XS]]`,
  ],
  [
    'endometriosis-clinic',
    `Laparoscopy operative note (summary)
Patient: [[PERSON|Alondra Villaseñor]], 33F, DOB [[DATE|02/27/1993]], MRN [[MRN|50872316]], date of surgery [[DATE|11/23/2026]]
Findings: superficial peritoneal endometriosis of the uterosacral ligaments and left pelvic sidewall; ovaries normal; rASRM stage II.
Procedure: excision of endometriosis, specimens to pathology (path no. [[MRN|S26-48120]]).
EBL 15 mL. Discharged same day.
Post-op call number on file: [[PHONE|(915) 555-0142]]
Surgeon: [[PERSON|Beatrix Holloway]], MD`,
  ],
  [
    'endometriosis-clinic',
    `Endometriosis: a quick guide
Endometriosis is tissue similar to the womb lining growing elsewhere in the pelvis. It can cause painful periods, pain during sex and tiredness. Treatments include pain relief, hormones and surgery; a specialist nurse can help you decide.`,
  ],
  [
    'scleroderma-clinic',
    `Scleroderma clinic — [[DATE|24/11/2026]]
[[PERSON|Perdita Wolstenholme]], 55F, NHS [[INSURANCE_ID|${nhs('691204')}]], hosp no [[MRN|RF2231908]]
Limited cutaneous SSc (anti-centromere positive). Severe Raynaud's this autumn; two digital ulcers, right index and middle fingers, since [[DATE|October]]. mRSS 6. PFTs stable (FVC 96%, DLCO 71%). Echo [[DATE|03/11/2026]]: estimated PASP 32 mmHg.
Plan: iloprost infusion over 5 days from [[DATE|7 December]]; continue nifedipine MR 30 mg and sildenafil 20 mg tds.
Contact: [[PHONE|01632 960195]]`,
  ],
  [
    'scleroderma-clinic',
    `Rheumatology clinic (Hong Kong) — [[DATE|24/11/2026]]
Patient: [[PERSON|Wong Siu-lan]], HKID [[ID_CARD|${hkid('K', '470218')}]], 49F
Diffuse cutaneous systemic sclerosis, diagnosed [[DATE|March 2025]]. mRSS 22 → 18 on mycophenolate 1 g bd. GERD on PPI. HRCT: mild NSIP pattern, stable.
BP 124/76; creatinine stable — home BP monitoring advised for renal crisis.
Phone [[PHONE|9321 4068]]; address [[ADDRESS|Flat 12B, Block 3, Lok Fu Estate, Kowloon]]`,
  ],
  [
    'scleroderma-clinic',
    `Telephone note — [[DATE|11/24/2026]]
[[PERSON|Hollis Grunewald]], DOB [[DATE|09/14/1963]], MRN [[MRN|67013524]], systemic sclerosis, called about headache and BP 188/112 at home.
Advised to go to the ED now for evaluation of possible scleroderma renal crisis; ED notified. Wife [[PERSON|Sunniva Grunewald]] driving (Montana plate [[PLATE|4-58213B]]), cell [[PHONE|(406) 555-0177]].
— [[PERSON|Mireille Dufresne]], RN, Rheumatology`,
  ],
  [
    'acromegaly-clinic',
    `Pituitary clinic — acromegaly
[[PERSON|Gareth Penrhyn-Jones]], 50M, NHS [[INSURANCE_ID|${nhs('340718')}]], DOB [[DATE|28/08/1976]]
Enlarging hands and feet, larger ring size, sleep apnoea. IGF-1 2.7 × ULN; GH nadir on OGTT 4.1 µg/L. MRI pituitary ([[DATE|12/11/2026]]): 14 mm macroadenoma, no chiasmal compression.
Plan: endoscopic transsphenoidal surgery — listed [[DATE|14/01/2027]]; visual fields normal.
Consultant endocrinologist: Dr [[PERSON|Sunita Venkatesh-Rowe]]`,
  ],
  [
    'acromegaly-clinic',
    `Endocrinology follow-up — [[DATE|24/11/2026]]
Patient: [[PERSON|Khalid Al-Mansoori]], Emirates ID [[ID_CARD|${emirates('1979', '4218305')}]], passport [[PASSPORT|N5936041]]
Acromegaly, 18 months after transsphenoidal surgery; IGF-1 1.4 × ULN on lanreotide 120 mg every 4 weeks. Gallbladder ultrasound: a little sludge, asymptomatic.
Plan: continue lanreotide; repeat IGF-1 in 3 months.
Mobile [[PHONE|050 555 0192]]; email [[EMAIL|k.almansoori@example.ae]]`,
  ],
  [
    'acromegaly-clinic',
    `Reminder from the Endocrine Day Unit: [[PERSON|Declan Oyama]], your octreotide LAR injection is booked for Monday [[DATE|7 December]] at 11:00. Please bring your Medicare card ([[INSURANCE_ID|${medicare('38402917', '4')}]]) and your script. Queries: [[PHONE|0491 575 254]]`,
  ],
];

export function generateDeidHoldout42(): LabelledRecord[] {
  return holdoutRecords('h42', zh, en);
}

export const DEID_HOLDOUT_42_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/labelled/deid-holdout-42.jsonl',
);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const records = generateDeidHoldout42();
  writeFileSync(DEID_HOLDOUT_42_PATH, renderJsonl(records));
  console.log(`wrote ${records.length} records to ${DEID_HOLDOUT_42_PATH}`);
}
