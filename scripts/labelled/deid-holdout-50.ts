import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chi, hkid, luhn, medicare, mod11, nhi, nhs, nric, rid, spaced } from './check-digits.ts';
import { holdoutRecords, type LabelledRecord, renderJsonl } from './generate-deid.ts';

/**
 * The ROUND-50 fresh held-out de-identification set (data/labelled/deid-holdout-50.jsonl): 120
 * hand-written snippets (60 Chinese, 60 English) with hand-placed spans, marked inline as [[TYPE|text]]
 * (parseMarked strips the marks and records UTF-16 offsets). Written by a separate, blind annotator who
 * did not read the recognizer code, the lexicons, the name model, the registry, the bench or the docs,
 * read no earlier snippet beyond the first three of round 49, and never ran a recognizer, the guard or
 * the CLI on these snippets; it must not be used to adjust the recognizers.
 *
 * About four fifths are the everyday documents of a general hospital and the messages of its patients
 * (admission, progress and discharge notes, outpatient notes and dictations, referrals, handovers,
 * nursing notes, lab and imaging reports, prescriptions, consent, billing papers, online
 * consultations, patient messages, family chats and SMS reminders), in new wording; a fifth come from
 * four settings no earlier card names: oesophageal atresia (OA/TOF) follow-up clinics, retinitis
 * pigmentosa (inherited retinal dystrophy) clinics, interstitial cystitis / bladder pain syndrome
 * clinics and obsessive-compulsive disorder (OCD) clinics.
 *
 * Identifiers are synthetic and computed below from hand-chosen parts: 18-digit resident IDs get their
 * GB 11643 check character from a region code, birth date and sequence chosen to agree with the text
 * (the last sequence digit odd for men, even for women); 15-digit IDs are typed from region code, birth
 * date and sex digit; bank cards get a Luhn digit; NHS numbers are in the 999 test range with their
 * modulus-11 digit, and the Northern Irish H&C number gets a modulus-11 digit too; the Scottish CHI
 * number gets its modulus-11 digit after a birth date and a sex digit; the Australian Medicare number
 * gets its check digit and an issue digit; NZ NHIs, Hong Kong identity cards and the Singapore NRIC get
 * their check characters; the US MBIs follow the published character pattern. Phones are random
 * mainland numbers or fictional ranges (North American 555-01xx, UK 07700 900xxx and 01632 960xxx,
 * Australian 0491 570/571 and (0x) 5550); mail and web hosts are example.*; IP addresses come from the
 * documentation ranges.
 *
 * Span conventions are those of data/labelled/deid-holdout-49.card.yaml (and the earlier cards it
 * refers to); the decisions new in this round are stated in data/labelled/deid-holdout-50.card.yaml.
 */

const zh: Array<[string, string]> = [
  [
    'admission',
    `住院病案首页（摘录）
姓名：[[PERSON|斯琴托雅]]　性别：女　民族：蒙古族　出生日期：[[DATE|1958年3月17日]]
病案号：[[MRN|0603317]]　住院次数：2　入院科别：呼吸与危重症医学科　床位：[[MRN|12]]
身份证号：[[ID_CARD|${rid('150102', '19580317', '142')}]]
现住址：[[ADDRESS|内蒙古自治区呼和浩特市新城区海拉尔东路街道锡林南路38号2单元501]]
联系人：[[PERSON|乌力吉巴雅尔]]（子）　电话：[[PHONE|139 4718 2065]]
入院时间：[[DATE|2026-11-21]] 16:40　入院途径：急诊
医疗付费方式：职工基本医疗保险　医保编号：[[INSURANCE_ID|15010019C8820437]]
入院诊断：慢性阻塞性肺疾病急性加重，Ⅱ型呼吸衰竭（PaCO2 68mmHg）`,
  ],
  [
    'admission',
    `急诊留观转入院小结
[[PERSON|庄金水]]，男，[[AGE|95]]岁，泉州鲤城人，只讲闽南话，由孙子[[PERSON|庄志鸿]]陪同并翻译。
[[DATE|11月22日]]晚饭后约19时突发右侧肢体无力、言语含糊，20:50到急诊，头颅CT未见出血，NIHSS 9分，已超过静脉溶栓时间窗。
留观号[[MRN|LG-1122-0096]]，现收入神经内科，住院号[[MRN|QZ0418827]]，[[MRN|加3]]床。
旧版身份证：[[ID_CARD|350502310614031]]
住址：[[ADDRESS|福建省泉州市鲤城区开元街道中山中路203号]]
孙子电话：[[PHONE|159 6076 3318]]
家属要求：暂不考虑取栓，先保守治疗。`,
  ],
  [
    'admission',
    `儿科住院患儿信息登记
患儿：[[PERSON|买合木提·吐尔逊]]　男　6岁　维吾尔族
住院号：[[MRN|K0311752]]　床号：[[MRN|21]]　入院：[[DATE|2026年11月23日]]
诊断：支气管肺炎，肺炎支原体IgM阳性，阿奇霉素10mg/kg
监护人：父亲 [[PERSON|吐尔逊·买买提]]　身份证 [[ID_CARD|${rid('650102', '19880915', '357')}]]
联系电话：[[PHONE|0991-4872613]]（家）、[[PHONE|189 9021 6347]]
母亲：[[PERSON|古丽米拉·艾力]]（维吾尔语，可用简单汉语）
家庭地址：[[ADDRESS|新疆乌鲁木齐市天山区幸福路街道建设路156号7栋3单元202室]]`,
  ],
  [
    'progress-note',
    `首次病程记录
[[DATE|2026-11-20]] 15:32
患者[[PERSON|钟桂英]]，女，71岁，因"反复上腹痛3年，加重伴黑便2天"于今日入院，住院号[[MRN|GZ00783315]]。
病例特点：面色苍白，心率106次/分，Hb 78g/L，BUN 11.2mmol/L，Glasgow-Blatchford评分11分。
初步诊断：上消化道出血，消化性溃疡可能性大。
诊疗计划：禁食，艾司奥美拉唑8mg/h泵入，备红细胞2U，联系急诊胃镜（内镜号[[MRN|NJ-26-11207]]）。
住院医师：[[PERSON|赖晓峰]]　　上级医师：[[PERSON|谢]]主任`,
  ],
  [
    'progress-note',
    `术后第一天病程记录
[[DATE|11月24日]]　[[PERSON|冉]]主治医师查房
[[PERSON|罗国富]]（[[MRN|16]]床，ID号 [[MRN|2611008734]]）腹腔镜胆囊切除术后第1天，T 37.6℃，腹腔引流管引出淡血性液约30ml，切口敷料干燥。
已进流质，无恶心呕吐。上级医师指示：今日拔除引流管，继续观察体温。
妻子[[PERSON|王幺妹]]询问出院时间，告知如无特殊[[DATE|11月26日]]可出院。`,
  ],
  [
    'progress-note',
    `疑难病例讨论记录
时间：[[DATE|2026年11月21日]] 14:00　地点：血液科示教室
患者：[[PERSON|靳淑华]]　住院号：[[MRN|HB20261103]]　床号：[[MRN|8]]
参加人员：[[PERSON|隋振宇]]主任医师、[[PERSON|刘文博]]副主任医师、[[PERSON|单]]住院医师、临床药师
讨论意见：
主任医师：骨髓原始细胞34%，流式符合AML，尽快完善融合基因及FLT3，评估后行"7+3"诱导。
临床药师：肌酐清除率38ml/min，阿糖胞苷剂量需调整，注意肿瘤溶解。`,
  ],
  [
    'discharge',
    `出院记录
姓名：[[PERSON|海玉兰]]　性别：女　年龄：[[AGE|91]]岁　住院号：[[MRN|YC-0066129]]
入院：[[DATE|2026年11月9日]]；出院：[[DATE|2026年11月23日]]
出院诊断：1.右股骨颈骨折（Garden Ⅲ型）　2.高血压病3级
住院经过：[[DATE|11月11日]]在腰硬联合麻醉下行右侧人工股骨头置换术，术后助行器下可站立。
医保号：[[INSURANCE_ID|64010019A2208316]]
出院医嘱：清真饮食；依诺肝素4000IU皮下注射 每日1次 共35天；术后6周复查X线。
家属：[[PERSON|海志强]]（子）[[PHONE|13995077418]]
身份证：[[ID_CARD|${rid('640104', '19350805', '224')}]]
住址：[[ADDRESS|宁夏银川市兴庆区新华街道南熏东街62号院4号楼1单元601]]`,
  ],
  [
    'discharge',
    `出院小结（澳门居民）
患者[[PERSON|梁嘉欣]]，女，34岁，澳门居民身份证[[ID_CARD|5204871(3)]]，往来内地通行证[[PASSPORT|M60392815]]。
因"转移性右下腹痛1天"于[[DATE|2026-11-19]]入院，[[DATE|2026-11-20]]行腹腔镜阑尾切除术，[[DATE|2026-11-23]]出院。住院号[[MRN|ZH2611190247]]。
病理号[[MRN|P26-18840]]，结果约5个工作日出，可在本院公众号查询。
澳门地址：[[ADDRESS|澳门氹仔柯维纳马路258号海洋花园12楼B座]]
在珠海暂住：[[ADDRESS|广东省珠海市香洲区拱北街道昌盛路87号6栋1203]]
联系电话：[[PHONE|+853 6628 3107]]`,
  ],
  [
    'discharge',
    `日间手术出院告知书
[[PERSON|陆炳生]]先生：您于[[DATE|11月24日]]在日间手术中心行左眼白内障超声乳化+人工晶体植入术（日间手术号[[MRN|RJ-1124-037]]）。
请于[[DATE|11月25日]]上午8:00回院复查，此后术后1周、1个月各复诊一次。
术眼用药：左氧氟沙星滴眼液 每日4次；妥布霉素地塞米松滴眼液 每日4次，每周减1次。
如眼红眼痛加重或视力突然下降，请立即到眼科急诊。
陪同人：女儿[[PERSON|陆晓燕]]（[[PHONE|181-5131-6420]]）
家庭住址：[[ADDRESS|江苏省南通市崇川区和平桥街道濠南路15号3幢208室]]`,
  ],
  [
    'outpatient',
    `门诊病历
就诊日期：[[DATE|2026-11-24]]　科室：内分泌科　门诊号：[[MRN|0009318846]]
姓名：[[PERSON|杨永福]]　男　58岁　职业：个体（牛肉面馆）
身份证：[[ID_CARD|${rid('620102', '19680415', '093')}]]　住址：[[ADDRESS|甘肃省兰州市城关区张掖路街道永昌路168号2单元702]]
主诉：口干、多饮、多尿3月，体重下降6kg。
随机血糖16.8mmol/L，HbA1c 9.7%，尿酮体阴性，BMI 23.1。
处理：二甲双胍0.5g tid，达格列净10mg qd；预约[[DATE|12月3日]]糖尿病教育门诊。
医保卡号：[[INSURANCE_ID|62010200B5517308]]
医师：[[PERSON|安海燕]]`,
  ],
  [
    'outpatient',
    `门诊录音转写（患者同意录音）
门诊号：[[MRN|CQ-M-4420917]]
医生：叫啥子名字？
患者：[[PERSON|何德全]]，单人旁那个何。
医生：好大岁数了？
患者：[[AGE|九十一]]了，属猪的。
医生：哪天开始咳的？
患者：[[DATE|十一月十五号]]那天淋了雨，第二天就开始咳。
家属：我是他幺儿[[PERSON|何小军]]，身份证我帮他念：[[ID_CARD|${rid('500103', '19350208', '013')}]]。
医生：电话留一个，住哪里？
家属：[[PHONE|135 7162 8096]]，打我这个。住[[ADDRESS|渝中区解放碑街道民生路218号6楼]]。
医生：听诊右下肺有湿啰音，血氧93%，先拍个胸片，查血常规和CRP。`,
  ],
  [
    'outpatient',
    `皮肤科复诊记录
[[DATE|2026.11.22]]　复诊
患者：[[PERSON|于佳琪]]　女　16岁　门诊ID：[[MRN|YT-5518392]]
寻常痤疮（Ⅲ级）复诊，口服多西环素100mg qd已6周，炎性丘疹明显减少，无光敏反应。
外用阿达帕林凝胶每晚1次继续；嘱防晒。
监护人：母亲[[PERSON|姜红梅]]陪诊，联系电话[[PHONE|18660352471]]，住址[[ADDRESS|山东省烟台市芝罘区毓璜顶街道南大街276号1单元401]]。
下次复诊：[[DATE|2027年1月5日]]，届时评估是否停用多西环素。
接诊：[[PERSON|曲]]副主任医师`,
  ],
  [
    'referral',
    `双向转诊单（上转）
转出单位：弥渡县寅街镇卫生院　　转入单位：大理州人民医院心内科
患者：[[PERSON|杨金花]]　女　68岁　白族
身份证：[[ID_CARD|${rid('532925', '19580706', '324')}]]
住址：[[ADDRESS|云南省大理州弥渡县寅街镇朵祜村委会大村组41号]]
初步诊断：心房颤动，心功能Ⅲ级；心室率130次/分，地高辛0.125mg后仍偏快。
转诊原因：需心脏超声及抗凝评估。
转诊日期：[[DATE|2026年11月24日]]　转诊单号：[[MRN|ZZ-532925-0781]]
转诊医生：[[PERSON|段春林]]　联系电话：[[PHONE|187 8725 0463]]`,
  ],
  [
    'referral',
    `院内会诊申请单
申请科室：产科　会诊科室：心内科　紧急程度：普通
患者：[[PERSON|邝雅婷]]　住院号：[[MRN|ST-26-041857]]　床号：[[MRN|35]]
孕32+4周，近3天活动后胸闷，心率118次/分，NT-proBNP 1250pg/ml，心超EF 42%。
请协助评估围产期心肌病可能及分娩时机。
申请医师：[[PERSON|蔡晓纯]]　申请时间：[[DATE|2026-11-23]] 10:20
会诊医师：[[PERSON|郑]]副主任医师　会诊时间：当日15:05`,
  ],
  [
    'referral',
    `远程会诊申请
申请医院：西宁市第二人民医院　受邀医院：省外合作医院神经外科
患者：[[PERSON|才让卓玛]]，女，29岁，藏族，住院号[[MRN|XN-2611-0537]]，身份证[[ID_CARD|${rid('632701', '19970412', '048')}]]，户籍地址[[ADDRESS|青海省玉树藏族自治州玉树市结古街道民主路13号]]
影像号[[MRN|CT26110482]]：左侧额叶占位，约3.2cm，周围水肿明显。
请求：评估手术指征及术式。
申请医生：[[PERSON|李永胜]]，邮箱 [[EMAIL|liyongsheng_nw@example.cn]]
患者联系人：丈夫[[PERSON|多杰]]，[[PHONE|0971-6120548]]
期望会诊时间：[[DATE|11月27日]]下午`,
  ],
  [
    'handover',
    `普外科护士交班本　[[DATE|11/24]] 白班→小夜班
床号｜姓名｜诊断/手术｜交班要点
[[MRN|3]]｜[[PERSON|黄秋棠]]｜直肠癌术后第2天｜造口红润，排气1次
[[MRN|5]]｜[[PERSON|梁永昌]]｜肠梗阻｜胃肠减压引流墨绿色液400ml
6｜——｜（空床）｜备用
[[MRN|9]]｜[[PERSON|邓玉珍]]｜甲状腺术后｜声音嘶哑，注意呼吸
[[MRN|11]]｜[[PERSON|冯家宝]]｜疝修补术后｜明晨出院`,
  ],
  [
    'handover',
    `夜班医生口头交班（录音整理）
"重点说两个。[[MRN|十七]]床[[PERSON|姜]]……不是，[[PERSON|江玉芬]]，下午血压掉到85/50，补液后回到110，夜里每小时看一次尿量。
[[MRN|二十二]]床，[[PERSON|覃大勇]]，肝硬化，今天呕血一次约200ml，已经联系了介入，明天上午评估TIPS。
另外[[MRN|加一]]床[[PERSON|莫小红]]，腹痛待查，淀粉酶一千二，按胰腺炎处理，禁食。"
交班医生：[[PERSON|黎]]医生`,
  ],
  [
    'handover',
    `ICU交接班记录　[[DATE|2026-11-23]] 08:00
[[MRN|ICU-02]]床　[[PERSON|石永康]]　住院号[[MRN|LZ0935561]]
脓毒性休克D3，NE 0.12μg/kg/min维持，Lac 2.4mmol/L，CRRT运行中（管路号G-17）。
[[MRN|ICU-05]]床　[[PERSON|潘春蕾]]　住院号[[MRN|LZ0936018]]
重症胰腺炎，腹内压18mmHg，拟今日鼻空肠管置入。
ICU-07床　空`,
  ],
  [
    'nursing-note',
    `输血护理记录
患者：[[PERSON|祁桂芳]]　年龄：[[AGE|94]]岁　床号：[[MRN|27]]　住院号：[[MRN|DT-0557139]]
[[DATE|2026-11-22]]
14:05　双人核对（[[PERSON|贺丽君]]、[[PERSON|武晓燕]]）血型A型Rh(+)，悬浮红细胞2U，血袋信息扫码核对无误。
14:10　开始输注，前15分钟15滴/分，无不适。
14:25　调至40滴/分，T 36.8℃，P 88次/分，BP 126/74mmHg。
16:30　输注完毕，无输血反应。`,
  ],
  [
    'nursing-note',
    `保护性约束护理记录
[[DATE|11月23日]] 02:10　[[PERSON|孔令华]]（[[MRN|14]]床，[[AGE|90]]岁）术后谵妄，反复拔输液管，CAM-ICU阳性。
经值班医生[[PERSON|许]]医生同意，电话告知女儿[[PERSON|孔静]]（[[PHONE|139 5468 2207]]），使用双上肢约束带。
02:40、03:40、04:40分别松解并检查皮肤，末梢循环好。
06:00　患者安静入睡，RASS 0分，解除约束。
护士：[[PERSON|秦雨萌]]`,
  ],
  [
    'nursing-note',
    `居家造口护理随访记录
随访日期：[[DATE|2026年11月20日]]　随访方式：上门　随访档案号：[[MRN|SF-26-0431]]
服务对象：[[PERSON|吴德明]]　男　[[AGE|90]]岁　造口类型：乙状结肠造口（术后4月）
身份证（旧版，未换领）：[[ID_CARD|420502360309053]]
住址：[[ADDRESS|湖北省宜昌市西陵区云集街道解放路44号3栋2单元401]]
造口黏膜红润，周围皮肤轻度发红，考虑底盘漏渍，指导剪裁尺寸由32mm改为30mm，使用防漏膏。
照护者：老伴[[PERSON|郭凤英]]，已学会更换。
随访护士：[[PERSON|彭思雨]]　下次随访：[[DATE|12月4日]]`,
  ],
  [
    'lab-report',
    `检验报告单
姓名：[[PERSON|鲍立新]]　性别：男　年龄：63岁　病历号：[[MRN|0021875543]]　标本号：[[MRN|2611240386]]
科别：肾内科　床号：[[MRN|19]]　标本类型：静脉血
采集时间：[[DATE|2026-11-24]] 06:12　报告时间：09:47
项目　结果　参考区间
肌酐　236 μmol/L ↑　57–111
尿素　18.4 mmol/L ↑　3.1–8.0
钾　5.6 mmol/L ↑　3.5–5.3
血红蛋白　96 g/L ↓　130–175
审核者：[[PERSON|樊国庆]]`,
  ],
  [
    'lab-report',
    `病理诊断报告书
病理号：[[MRN|B2611-07263]]　住院号：[[MRN|WH-336108]]
姓名：[[PERSON|储小琴]]　性别：女　年龄：45岁
送检日期：[[DATE|2026-11-18]]　报告日期：[[DATE|2026-11-23]]
送检部位：左乳肿物
病理诊断：（左乳）浸润性导管癌，Ⅱ级，肿瘤最大径2.1cm；免疫组化ER 90%强阳，PR 60%中等阳，HER2 1+，Ki-67 25%。
诊断医师：[[PERSON|汪建平]]`,
  ],
  [
    'lab-report',
    `检验科通知：部分项目参考区间调整
自下月起，本院检验科启用新批号试剂，以下项目参考区间调整：
·超敏肌钙蛋白T：男性≤15.6 ng/L，女性≤9.0 ng/L；
·25-羟维生素D：充足≥30 ng/ml，不足20–29 ng/ml，缺乏<20 ng/ml；
·糖化血红蛋白：4.0%–6.0%。
调整前后结果可能存在系统差异，复查患者请结合临床解读。如有疑问请联系检验科质控组。`,
  ],
  [
    'imaging-report',
    `超声检查报告
超声号：[[MRN|US2611230158]]　门诊号：[[MRN|8830562]]
姓名：[[PERSON|邱曼玲]]　女　39岁　检查日期：[[DATE|2026-11-23]]
检查部位：甲状腺及颈部淋巴结
所见：甲状腺右叶中部见一低回声结节，大小约9×7×8mm，纵横比>1，边缘不规则，内见点状强回声。
超声提示：右叶低回声结节（C-TIRADS 4C），建议超声引导下FNA。
检查医师：[[PERSON|詹雪梅]]`,
  ],
  [
    'imaging-report',
    `床旁X线摄片报告
影像号：[[MRN|DR-2611-88041]]　住院号：[[MRN|SY0048813]]　床号：[[MRN|5]]
姓名：[[PERSON|温国梁]]　男　[[AGE|93]]岁
检查时间：[[DATE|2026年11月24日]]07:35
检查项目：床旁胸部正位片
所见：双肺纹理增多，右下肺见片状模糊影；心影增大，心胸比约0.58；右侧锁骨下静脉置管末端位于上腔静脉。
印象：右下肺炎症；心影增大。
报告医师：[[PERSON|冼志文]]`,
  ],
  [
    'imaging-report',
    `PET/CT检查报告
检查号：[[MRN|PET-26-03318]]　姓名：[[PERSON|欧阳振东]]　性别：男　年龄：66岁
检查日期：[[DATE|2026-11-20]]　显像剂：18F-FDG 7.4mCi　空腹血糖5.6mmol/L
所见：右肺上叶尖段结节约2.4cm，SUVmax 11.3；右肺门、纵隔4R区淋巴结代谢增高，SUVmax 6.8；余未见异常高代谢灶。
诊断意见：右肺上叶恶性肿瘤伴淋巴结转移可能，建议病理。
报告：[[PERSON|戴宏]]`,
  ],
  [
    'prescription',
    `普通处方
处方编号：[[MRN|CF20261124-0412]]　日期：[[DATE|2026-11-24]]
姓名：[[PERSON|贾巧珍]]　性别：女　年龄：76岁　门诊号：[[MRN|TY00612784]]
费别：医保　医保卡号：[[INSURANCE_ID|14020000E3187562]]
Rp：
苯磺酸氨氯地平片 5mg×28片　用法：5mg 口服 每日1次
阿托伐他汀钙片 20mg×28片　用法：20mg 口服 每晚1次
医师：[[PERSON|薛文斌]]　审核：[[PERSON|任丽]]`,
  ],
  [
    'prescription',
    `中药处方笺
科别：中医内科　门诊号：[[MRN|ZY-7738104]]　就诊日期：[[DATE|2026年11月21日]]
姓名：[[PERSON|卢秀云]]　女　52岁
辨证：肝郁脾虚　治法：疏肝健脾
处方：柴胡10g　白芍15g　当归10g　白术12g　茯苓15g　薄荷6g（后下）　炙甘草6g
共7剂，每日1剂，水煎400ml，早晚分服。
医师：[[PERSON|卓]]主任　代煎：是　配送地址：[[ADDRESS|广东省汕头市龙湖区金霞街道长平路92号金涛庄东区8栋502]]
收件电话：[[PHONE|138 2748 5106]]`,
  ],
  [
    'prescription',
    `用药须知：华法林钠片
1. 每日固定时间服用，常用起始剂量2.5–3mg，根据INR调整。
2. 目标INR一般为2.0–3.0，机械瓣膜置换术后可能为2.5–3.5。
3. 菠菜、西兰花等富含维生素K的食物不必忌口，但摄入量应保持稳定。
4. 避免自行服用阿司匹林、布洛芬等止痛药。
5. 出现牙龈出血、黑便、尿色发红应及时就医。`,
  ],
  [
    'consent',
    `输血治疗知情同意书
患者姓名：[[PERSON|韩建国]]　住院号：[[MRN|LY-2611-3382]]　科室：骨科
拟输注：悬浮红细胞、新鲜冰冻血浆
输血风险：发热反应、过敏反应、溶血反应、经血传播疾病等。
患者因全麻术后未清醒，由其妻子代为签署。
授权委托人：[[PERSON|刘桂琴]]　与患者关系：夫妻　身份证号：[[ID_CARD|${rid('410302', '19690422', '026')}]]
联系电话：[[PHONE|137 8392 0615]]　住址：[[ADDRESS|河南省洛阳市老城区西关街道中州东路57号院2号楼301]]
签字时间：[[DATE|2026年11月22日]] 21:15
谈话医师：[[PERSON|牛永亮]]`,
  ],
  [
    'consent',
    `小儿麻醉知情同意书
患儿：[[PERSON|谭一帆]]　性别：男　年龄：4岁　住院号：[[MRN|CQ-E0472913]]
拟行手术：双侧腹股沟斜疝高位结扎术　麻醉方式：全身麻醉＋骶管阻滞
监护人：父亲[[PERSON|谭鹏]]　身份证号：[[ID_CARD|${rid('500103', '19910317', '191')}]]
联系电话：[[PHONE|136 2839 4057]]　住址：[[ADDRESS|重庆市渝中区大坪街道长江二路84号附9号]]
监护人签字：[[PERSON|谭鹏]]　日期：[[DATE|2026-11-24]]
麻醉医师：[[PERSON|母]]医师`,
  ],
  [
    'consent',
    `临床研究知情同意书（签字页模板）
我已阅读本知情同意书，研究人员已向我解释研究目的、可能的风险与受益，我自愿参加本研究，并可随时退出而不受歧视。
受试者签名：__________　日期：____年__月__日
法定代理人签名（如适用）：__________　与受试者关系：______
研究者签名：__________　日期：____年__月__日
本同意书一式两份，研究者与受试者各执一份。伦理委员会批件号：2026-科研-041。`,
  ],
  [
    'billing',
    `住院预交金收据
收据号：YJ2611230091
患者姓名：[[PERSON|朱福林]]　住院号：[[MRN|NT-0731824]]　科室：心胸外科
交款金额：人民币伍万元整（¥50,000.00）
交款方式：银行卡　卡号：[[BANK_CARD|${spaced(luhn('621700123456789'))}]]
住址：[[ADDRESS|江苏省南通市崇川区虹桥街道工农路102号12幢506室]]
交款人：[[PERSON|朱丽娟]]（女儿）　身份证：[[ID_CARD|${rid('320602', '19790514', '062')}]]
日期：[[DATE|2026年11月23日]]
收款员：[[PERSON|严晓蕾]]`,
  ],
  [
    'billing',
    `门诊退费申请单
申请日期：[[DATE|2026-11-24]]
患者姓名：[[PERSON|曾宪文]]（台胞，台胞证号 [[PASSPORT|09382716]]）　就诊卡号：[[MRN|JZK0038127654]]
退费项目：增强CT（未检查）　金额：¥742.00　原发票号：00612938
退费原因：患者碘过敏史，改行MRI
原支付方式：微信支付，原路退回
如原路退回失败，退至患者本人银行卡：[[BANK_CARD|${luhn('622588031174625')}]]
经办：[[PERSON|林小婉]]　科室审核：[[PERSON|苏]]护士长`,
  ],
  [
    'billing',
    `商业保险直赔结算确认单
被保险人：[[PERSON|顾晨阳]]　保单号：[[INSURANCE_ID|P3100-2026-0818472]]
身份证号：[[ID_CARD|${rid('320602', '19860903', '055')}]]
通讯地址：[[ADDRESS|江苏省南通市崇川区文峰街道青年东路29号5幢1103室]]　手机：[[PHONE|151 6283 0947]]
就诊日期：[[DATE|2026-11-17]]至[[DATE|2026-11-21]]　住院号：[[MRN|NT-0730996]]
总费用：¥38,412.60　医保统筹支付：¥21,906.30　商保直赔：¥14,805.00　个人自付：¥1,701.30
被保险人签字：[[PERSON|顾晨阳]]`,
  ],
  [
    'online-consult',
    `互联网医院图文问诊记录
问诊单号：[[MRN|WZ202611240061]]　科室：儿科　医生：[[PERSON|许佩玲]]
[[DATE|2026-11-24]] 21:03 [[ACCOUNT|小橙子妈妈_0917]]：孩子今天下午开始发烧38.9℃，精神还可以，能吃奶。
21:05 [[PERSON|许佩玲]]：宝宝多大了？有没有咳嗽、呕吐、皮疹？
21:06 [[ACCOUNT|小橙子妈妈_0917]]：10个月，没有，就是有点流鼻涕。名字叫[[PERSON|林橙]]。
21:09 [[PERSON|许佩玲]]：可以按体重用布洛芬混悬滴剂，体温>39℃持续或精神差请线下就诊。
登录IP：[[IP|203.0.113.247]]`,
  ],
  [
    'online-consult',
    `视频复诊记录
复诊单号：[[MRN|SP-26112308]]　患者：[[PERSON|贝国华]]　年龄：69岁　既往就诊号：[[MRN|0051228930]]
视频时间：[[DATE|2026-11-23]] 10:30–10:42
患者端IP：[[IP|198.51.100.27]]　医生端：院内网　实名认证：[[ID_CARD|${rid('340202', '19570611', '035')}]]
主诉：房颤射频消融术后3月，偶有心悸。
医嘱：继续利伐沙班20mg qd至术后6月，预约24小时动态心电图。
续方已开具，配送至：[[ADDRESS|安徽省芜湖市镜湖区范罗山街道北京中路7号1幢803]]
医生：[[PERSON|焦明亮]]`,
  ],
  [
    'online-consult',
    `在线咨询平台 · 会话导出
会话编号：[[MRN|ZX-7781203]]
[[DATE|11-22]] 14:11 用户[[ACCOUNT|qq_54821907]]：医生您好，我妈[[PERSON|章美娟]]上周在你们医院做的胃镜，活检报告出来了，说是"低级别上皮内瘤变"，严重吗？
14:20 [[PERSON|储]]医生：低级别上皮内瘤变属于癌前病变中较轻的，一般建议6–12个月复查胃镜。
14:22 用户[[ACCOUNT|qq_54821907]]：她的病历号是[[MRN|HF3092216]]，您能帮忙看下报告吗？
14:25 [[PERSON|储]]医生：可以，报告链接请发这里。
14:26 用户[[ACCOUNT|qq_54821907]]（IP [[IP|203.0.113.83]]）：[[URL|https://report.example.cn/view?pid=HF3092216&t=26112214]]`,
  ],
  [
    'patient-message',
    `[[PERSON|左]]医生您好，我是您上周二门诊看的[[PERSON|蒋慧玲]]，门诊号[[MRN|7720156]]，诊断是多囊卵巢。
您开的炔雌醇环丙孕酮我吃了5天，有点恶心，正常吗？还有下次B超您说月经第3-5天做，我这个月月经是[[DATE|11月22日]]来的，是不是[[DATE|24号]]到[[DATE|26号]]之间都可以？
我的手机[[PHONE|177 0931 5524]]，方便的话回个电话，谢谢您！`,
  ],
  [
    'patient-message',
    `短信：
护士长您好，我是[[MRN|12]]床[[PERSON|邢桂兰]]的儿媳[[PERSON|姚丽萍]]，我婆婆的住院号[[MRN|HK2611004417]]。
明天上午我要上班，改由她外孙女[[PERSON|钱思思]]来陪护，电话[[PHONE|15289674031]]，麻烦跟夜班护士说一声。
另外出院结算能否办到我的医保账户？我的社保卡号[[INSURANCE_ID|46020019B4473018]]。`,
  ],
  [
    'patient-message',
    `医院服务号留言
昵称：[[ACCOUNT|雨后彩虹_1983]]
留言：我父亲[[PERSON|冯玉山]]（身份证[[ID_CARD|${rid('140105', '19490126', '031')}]]），[[DATE|11月18日]]在你院泌尿外科做的前列腺电切（住院号[[MRN|SX-0091457]]），出院小结上的出院日期写成了[[DATE|11月28日]]，实际是[[DATE|11月21日]]，报销时医保中心不认，请尽快更正。
我的邮箱[[EMAIL|fengxiaomin83@example.com]]，电话[[PHONE|0351-7028364]]。`,
  ],
  [
    'family-chat',
    `微信群「大舅住院陪护排班」
[[PERSON|小芃]]：今晚我陪，明天白天谁来？
二姨：我来，我坐公交到，几点换班？
[[PERSON|陈浩]]：我下午三点后能去，开车，车牌[[PLATE|赣B·7Q25K]]，医院地下车库要登记车牌
[[PERSON|小芃]]：好的。大舅今天查房，[[PERSON|钟]]主任说周五可能做支架
二姨：押金不够了，收费处说再交两万
[[PERSON|陈浩]]：我转给你，卡号发我
[[PERSON|小芃]]：[[BANK_CARD|${spaced(luhn('622202180700421'))}]] [[PERSON|陈小芃]] 工行`,
  ],
  [
    'family-chat',
    `群聊：奶奶复查 🏥
三叔：奶奶下周二复查的号约好了吗
[[PERSON|林嘉豪]]：约好了，[[DATE|12月1日]]上午9点，心内科门诊，就诊卡号[[MRN|0017733829]]
三叔：谁接送？
[[PERSON|林嘉豪]]：我开车，[[PLATE|闽D·K6T08]]，早上8点到老房子楼下，有事打我[[PHONE|153 5920 6418]]
大姑：记得带奶奶的身份证，号码我发群里 [[ID_CARD|350203340116022]]，老房子地址是[[ADDRESS|思明区中华街道大同路181号4楼]]，导航别导错了
[[PERSON|阿芬]]：奶奶都[[AGE|92]]了，上下楼要人扶，我也一起去。药快吃完了，顺便挂个号开药 🙏`,
  ],
  [
    'family-chat',
    `「老爸康复群」
妈妈：今天康复科[[PERSON|邵]]治疗师说你爸右手能抓握了👍
[[PERSON|杜宇航]]：太好了！出院时间定了吗？
妈妈：说下周三，[[DATE|12月2日]]
[[PERSON|杜宇航]]：那天我请假来接，车[[PLATE|黑A·3M7N9]]能坐下轮椅
[[PERSON|杜晓雪]]：我在网上租了个护理床，送货地址填的[[ADDRESS|哈尔滨市道里区安静街118号3单元602]]，对吧？
妈妈：对
[[PERSON|杜晓雪]]：客服说[[DATE|12月1日]]送到，电话留的是[[PHONE|186 4512 0378]]`,
  ],
  [
    'sms-reminder',
    `【市中心医院】[[PERSON|覃秀兰]]女士，您预约的[[DATE|11月26日]]（星期四）上午9:30乳腺外科[[PERSON|黄]]主任门诊，就诊序号[[MRN|17]]，请提前20分钟到门诊二楼自助机签到。取消预约请回复TD。`,
  ],
  [
    'sms-reminder',
    `【检验科】[[PERSON|邹建新]]先生您好，您于[[DATE|11月21日]]送检的24小时动态血压报告已出，报告编号[[MRN|ABPM-26-5128]]，可登录 [[URL|https://m.example.cn/r/ABPM-26-5128]] 查看，或凭就诊卡到门诊一楼打印。`,
  ],
  [
    'sms-reminder',
    `【健康提醒】今冬流感活动水平上升，本院各社区接种点即日起提供流感疫苗接种（三价/四价），60岁及以上老人、慢病患者、孕妇及6月龄以上儿童建议尽早接种。接种时间：周一至周六8:00–16:30。`,
  ],
  [
    'oesophageal-atresia-clinic',
    `食管闭锁术后随访门诊记录
就诊日期：[[DATE|2026-11-24]]　门诊号：[[MRN|EZ-0318820]]
患儿：[[PERSON|石沐晨]]　男　1岁8月　身份证：[[ID_CARD|${rid('530102', '20250314', '051')}]]
原手术：Gross C型食管闭锁伴气管食管瘘，生后第2天行胸腔镜下瘘管结扎+食管端端吻合（手术号[[MRN|SS-2503-0117]]）
近1月进食固体时偶有哽噎，体重第15百分位。
食管造影（造影号[[MRN|FL26110923]]）：吻合口狭窄，最窄处约4mm。
计划：[[DATE|12月9日]]全麻下行食管球囊扩张（第3次）。
陪诊：母亲[[PERSON|苗雪]]　[[PHONE|132 1809 6654]]
住址：[[ADDRESS|云南省昆明市五华区护国街道文明街22号附3号]]`,
  ],
  [
    'oesophageal-atresia-clinic',
    `食管闭锁患儿出院带管指导（胃造瘘）
患儿[[PERSON|宁安安]]，女，4月，住院号[[MRN|XJ-E2609184]]，长段型食管闭锁（Gross A型），[[DATE|2026年7月28日]]行胃造瘘术，等待延期吻合。
家长：[[PERSON|宁涛]]（身份证[[ID_CARD|${rid('650103', '19930726', '171')}]]，[[PHONE|199 0992 7314]]）、[[PERSON|米日古丽]]
住址：[[ADDRESS|新疆乌鲁木齐市沙依巴克区友好南路街道西北路453号11栋2单元602]]
居家：每3小时经胃造瘘管注入配方奶90ml；近端食管盲袋持续低负压吸引，每天更换吸引管；造瘘口周围每日清洁。
紧急联系：食管闭锁随访护士[[PERSON|伍]]护士（工作日）
复诊：[[DATE|12月15日]]复查上消化道造影评估盲端间距。`,
  ],
  [
    'oesophageal-atresia-clinic',
    `食管闭锁家长群（医院随访群，已脱敏要求自觉遵守）
[[ACCOUNT|追风的大树]]：各位好，我家宝宝[[PERSON|晨晨]]（门诊号[[MRN|EZ-0320417]]）吻合术后第4个月，最近喝奶时咳嗽、呛，是不是瘘复发？
[[PERSON|梅]]护士：您好，呛咳可能与吻合口狭窄、气管软化或瘘复发有关，建议尽快来门诊，周四[[PERSON|阮]]主任有号。
[[ACCOUNT|追风的大树]]：好的，住院号是[[MRN|ZJ-E2605331]]，需要带什么？
[[PERSON|梅]]护士：带上出院小结和上次造影片子，挂号时报住院号即可。
[[ACCOUNT|海边的风铃]]：我们家也是气管软化，一岁后好多了，别太担心 🙏`,
  ],
  [
    'retinitis-pigmentosa-clinic',
    `视网膜色素变性专病门诊
日期：[[DATE|2026-11-22]]　门诊号：[[MRN|YK-4471958]]
患者：[[PERSON|聂文涛]]　男　27岁　程序员　电话：[[PHONE|176 2108 5539]]
主诉：夜盲10余年，近2年视野缩小。
查体：双眼BCVA 0.6/0.5，眼底骨细胞样色素沉着，血管变细；OCT示椭圆体带中心凹外缺失。
视野（视野号[[MRN|VF-26-8813]]）：双眼管状视野，约10°。ERG：视杆、视锥反应均重度降低。
基因检测（报告号[[MRN|GT2611-00472]]）：RPGR基因半合子致病变异，X连锁。
家族史：舅舅[[PERSON|刘长海]]类似症状。
医师：[[PERSON|骆清如]]`,
  ],
  [
    'retinitis-pigmentosa-clinic',
    `遗传咨询记录（视网膜色素变性）
咨询日期：[[DATE|2026年11月20日]]　咨询编号：[[MRN|YC-RP-0267]]
先证者：[[PERSON|韦秋萍]]，女，35岁，USH2A基因复合杂合变异，伴中度感音神经性聋（Usher综合征2型）。
配偶：[[PERSON|潘志远]]，拟行携带者筛查。
子女：[[PERSON|潘果果]]，6岁，目前无夜盲主诉，建议查眼底及听力。
先证者身份证：[[ID_CARD|${rid('450202', '19910304', '168')}]]
联系电话：[[PHONE|0772-2836194]]　住址：[[ADDRESS|广西柳州市城中区公园街道三中路47号5栋1单元301]]
报告电子版已发送至 [[EMAIL|weiqp_rp@example.com]]
咨询师：[[PERSON|黄敏]]`,
  ],
  [
    'retinitis-pigmentosa-clinic',
    `低视力生活小贴士（视网膜色素变性患者）
·夜间外出带手电筒或头灯，走熟悉的路线；
·家中走廊、楼梯、卫生间安装感应夜灯，台阶边缘贴亮色胶条；
·强光下戴琥珀色或灰色滤光眼镜，减少眩光；
·手机开启放大和读屏功能；
·定期复查视野和OCT，警惕黄斑水肿和白内障；
·可咨询当地残联办理视力残疾证及辅具适配。`,
  ],
  [
    'interstitial-cystitis-clinic',
    `间质性膀胱炎/膀胱疼痛综合征门诊
[[DATE|2026-11-23]]　复诊　门诊号：[[MRN|MN-3308127]]
患者：[[PERSON|骆雅琴]]　女　48岁　医保卡号：[[INSURANCE_ID|42010019D0936214]]
尿频（日间18次、夜尿4次），憋尿时耻骨上疼痛，VAS 7分，O'Leary-Sant ICSI 15分、ICPI 13分。
尿培养阴性。膀胱镜+水扩张（手术号[[MRN|SS26100382]]，[[DATE|10月14日]]）：见Hunner病变2处，容量650ml。
本次：膀胱灌注肝素2.5万U+利多卡因，第4次（共8次），灌注登记号[[MRN|GZ-IC-0118]]。
下次：[[DATE|11月30日]]
医师：[[PERSON|阎]]主任`,
  ],
  [
    'interstitial-cystitis-clinic',
    `膀胱疼痛综合征病友群（医院官方，护士管理）
[[PERSON|柯]]护士：本周六上午"饮食与膀胱训练"讲座在门诊楼6楼，报名请私信。
[[ACCOUNT|向阳花开2026]]：想报名，我是[[PERSON|蒲秀琼]]，门诊号[[MRN|MN-3297746]]
[[PERSON|柯]]护士：收到，已登记。
[[ACCOUNT|lanlan_1102]]：柠檬水和咖啡真的要戒吗？我一喝就疼
[[PERSON|柯]]护士：因人而异，建议做饮食日记，逐一排除。
[[ACCOUNT|向阳花开2026]]：我的手机[[PHONE|183 9624 0751]]，讲座前麻烦提醒我一下，谢谢`,
  ],
  [
    'interstitial-cystitis-clinic',
    `膀胱训练记录表（间质性膀胱炎，附于门诊病历）
姓名：[[PERSON|舒静]]　门诊号：[[MRN|MN-3312045]]　开始日期：[[DATE|2026年11月10日]]
第1周：目标间隔60分钟，实际平均52分钟，夜尿3次；
第2周：目标间隔75分钟，实际平均71分钟，夜尿2次；
盆底物理治疗（治疗号[[MRN|PT-26-5521]]）每周2次，肌筋膜手法放松。
阿米替林10mg 睡前，口干轻微可耐受。
复诊时间：[[DATE|12月8日]]，治疗师：[[PERSON|卞晓彤]]`,
  ],
  [
    'ocd-clinic',
    `强迫症专病门诊初诊记录
就诊日期：[[DATE|2026-11-21]]　门诊号：[[MRN|JW-26-00713]]
患者：[[PERSON|卫子豪]]　男　22岁　大学生　城乡居民医保（大学生）：[[INSURANCE_ID|14010026F1183057]]
住址：[[ADDRESS|山西省太原市小店区坞城街道学府街99号9号楼4单元502]]
主诉：反复洗手、检查门锁4年，加重半年，每天洗手时间超过3小时。
Y-BOCS：强迫思维15分，强迫行为16分，总分31分（重度）。HAMD 14分。
诊断：强迫症（F42.2）
处理：舍曲林50mg起始，逐周加量至200mg；转介暴露与反应预防（ERP）治疗。
陪诊：母亲[[PERSON|薄红艳]]　[[PHONE|150 3517 2896]]
医师：[[PERSON|韩雪松]]`,
  ],
  [
    'ocd-clinic',
    `ERP治疗记录（第6次）
来访者：[[PERSON|郁]]女士（档案号[[MRN|XL-OCD-0342]]）　日期：[[DATE|11月23日]]
暴露等级表第5级：触摸医院门把手后不洗手，坚持90分钟。
焦虑SUDS：开始80，30分钟65，60分钟45，90分钟30。
来访者提到丈夫[[PERSON|景鹏程]]在家会配合提醒"不要替她检查煤气"。
家庭作业：每天触摸公共物品后延迟洗手45分钟，记录SUDS。
治疗师：[[PERSON|唐蕾]]　下次：[[DATE|11月30日]]`,
  ],
  [
    'ocd-clinic',
    `强迫症暴露练习自助卡（门诊发放）
1. 从等级表中焦虑最低的一项开始，不要一开始就挑战最难的。
2. 暴露期间不做任何"抵消"动作：不洗、不检查、不在心里默念。
3. 每5–10分钟给自己的焦虑打分（0–100），看它如何自然下降。
4. 同一项目连续练习，直到焦虑降到开始时的一半以下再进入下一级。
5. 家人请不要替患者做检查，也不要反复给予"没事的"保证。`,
  ],
];

const en: Array<[string, string]> = [
  [
    'admission',
    `MEDICAL ASSESSMENT UNIT — ADMISSION
Name: [[PERSON|Nora Twomey]]   DOB: [[DATE|02/09/1933]] ([[AGE|93]] yrs)   MRN: [[MRN|H0488213]]
Address: [[ADDRESS|14 Ballyhooly Road, Mayfield, Cork T23 KX82]]
PPSN: [[ID_CARD|6843912WA]]   Medical card no.: [[INSURANCE_ID|C0417763]]   Private cover: VHI, policy [[INSURANCE_ID|VH-30418872]]
NOK: son [[PERSON|Declan Twomey]], [[PHONE|087 342 6618]]
Admitted [[DATE|24/11/2026]] 03:20 via ED. Right basal CAP (CURB-65 score 3), sats 89% on room air, now 4 L/min nasal prongs.
GP: Dr [[PERSON|Siobhán Kearney-Dunne]], Mayfield Medical Centre
Bed: St Finbarr's Ward, bed [[MRN|6]]`,
  ],
  [
    'admission',
    `HISTORY & PHYSICAL — ADMISSION
Pt: [[PERSON|Guadalupe Saenz]]   MRN [[MRN|50917724]]   CSN [[MRN|880451273]]   DOB [[DATE|03/16/1961]]   ID presented: Mexican passport [[PASSPORT|G14829307]]
Admit date: [[DATE|11/23/2026]]   Room [[MRN|612-1]]   Attending: [[PERSON|Meredith Okafor]], MD
CC: "me falta el aire" — progressive dyspnea x5 days, 3-pillow orthopnea. Spanish interpreter [[PERSON|Rubén Villaseñor]] present for the whole interview.
BNP 1,940; EF 30% on last echo; Cr 1.6. Start furosemide 40 mg IV BID, strict I&O.
Insurance: Medicaid managed care, member ID [[INSURANCE_ID|741930258]]
Emergency contact: daughter [[PERSON|Marisol Saenz-Ortiz]], [[PHONE|(956) 555-0186]]
Home: [[ADDRESS|2208 W Nolana Ave, McAllen, TX 78504]]`,
  ],
  [
    'admission',
    `MEDICAL ADMISSION SHEET
Name: [[PERSON|CHAN Tai-mui]] ([[PERSON|陳娣妹]])   Sex/Age: F/[[AGE|97]]   HKID: [[ID_CARD|${hkid('D', '381204')}]]
HN: [[MRN|HN26041187]]   Ward 7B, bed [[MRN|14]]   Adm: [[DATE|23/11/2026]] 22:40
Found on floor at home by son, unable to weight-bear, L hip shortened and externally rotated. AMT 6/10.
Address: [[ADDRESS|Flat 1203, 12/F, Block C, Allway Gardens, Tsuen Wan, N.T.]]
Relative: son [[PERSON|WONG Kwok-keung]] [[PHONE|9146 2087]]; daughter-in-law [[PERSON|Fiona]] (English)
Plan: XR pelvis + L hip, G&S, IV paracetamol, ortho referral.`,
  ],
  [
    'progress-note',
    `Surgical ward round — [[DATE|24.11.26]]
Consultant: Mr [[PERSON|Ruairí Doherty]]; SpR on call
[[PERSON|Eileen Gallagher]], 67F, H&C no. [[INSURANCE_ID|${mod11('334187620')}]], Ward 5 North bed [[MRN|22]]
Day 3 post Hartmann's procedure (perforated diverticular disease, Hinchey III). Afebrile, stoma pink and active, output 400 mL/24 h.
Lactate 1.1, WCC 13.2 (from 18.9).
Plan: diet as tolerated, stoma nurse [[PERSON|Janine]] to teach bag change, aim home Friday [[DATE|27th]] if managing.
Husband [[PERSON|Seamus]] updated by phone.`,
  ],
  [
    'progress-note',
    `ICU DAILY PROGRESS NOTE — Day 4
[[DATE|23/11/2026]]   Bed [[MRN|9]]   URN [[MRN|1042877]]
[[PERSON|Kieran Whitlock]], 44M, severe ARDS after influenza A.
Vent: PC-AC, FiO2 0.45, PEEP 12, P/F 168; proned 16 h overnight, tolerated.
Off noradrenaline since 0400. Propofol + fentanyl, RASS −3.
Family meeting with wife [[PERSON|Tegan Whitlock]] ([[PHONE|(07) 5550 2816]]) booked for [[DATE|25/11]] 14:00 with Dr [[PERSON|Farrelly]] (intensivist) and the ward social worker.`,
  ],
  [
    'progress-note',
    `[[DATE|22/11/2026]] 10:05  Gen Med ward round, bed [[MRN|12]]
[[PERSON|Tan Ah Kow]] ([[ID_CARD|${nric('S', '0918406')}]]), 87M, Hokkien-speaking, day 5 for urosepsis.
Afebrile 48 h, CRP 62 (from 211). Blood C/S: E. coli, ESBL-neg. IV to PO switch: Augmentin 625 mg TDS, total 7 days.
Daughter [[PERSON|Tan Siew Ling]] ([[PHONE|+65 9172 4830]]) asks about step-down care; referred to MSW.
Case no. [[MRN|26-0481776]]
Dr [[PERSON|Muhammad Hafiz bin Roslan]], MO`,
  ],
  [
    'discharge',
    `Discharge letter to GP
Patient: [[PERSON|Gwilym Pritchard]]   DOB [[DATE|17/05/1948]]   NHS no. [[INSURANCE_ID|${nhs('417306')}]]   Hosp no. [[MRN|W8803314]]   Tel [[PHONE|01632 960941]]
Address: [[ADDRESS|Bryn Awel, 3 Ffordd y Capel, Llanrug, Caernarfon LL55 4AB]]
Dates of stay: [[DATE|16/11/2026]] to [[DATE|23/11/2026]].
Principal problem: non-ST-elevation MI; LAD stented on day 3 (single DES).
Medication changes: NEW ticagrelor 90 mg twice daily (12 months), aspirin 75 mg daily, atorvastatin raised to 80 mg nightly, bisoprolol started at 2.5 mg daily.
GP please: renal profile in a fortnight. We have referred him to cardiac rehabilitation.
Dr [[PERSON|Elin Roberts]], CT2 Cardiology`,
  ],
  [
    'discharge',
    `AFTER VISIT SUMMARY — HOSPITAL DISCHARGE
Name: [[PERSON|Harold Brinkerhoff]] ("[[PERSON|Hal]]")   MRN: [[MRN|7731846]]   Discharge date: [[DATE|11/24/2026]]
MBI: [[INSURANCE_ID|4HN7-R29-WC61]]
You were treated for: right shin cellulitis.
Keep taking cephalexin 500 mg by mouth 4 times daily, 7 days in total.
Follow up with Dr [[PERSON|Anjali Mehta]] at the wound clinic on [[DATE|12/02/2026]] at 1:15 PM.
View your results on MyChart (username: [[ACCOUNT|hbrinkerhoff48]]).
Caregiver: wife [[PERSON|Dolores]] — [[PHONE|(231) 555-0162]]`,
  ],
  [
    'discharge',
    `DISCHARGE SUMMARY
Patient: [[PERSON|Sione Havili]]   NHI: [[INSURANCE_ID|${nhi('ZKT', '418')}]]   Hosp no: [[MRN|MM-3318402]]
Stay: [[DATE|19/11/2026]]–[[DATE|22/11/2026]]
Principal diagnosis: DKA precipitated by missed insulin; new T2DM on insulin.
Education: Diabetes nurse specialist [[PERSON|Losana Taufa]] (spoke Tongan with family). Wife [[PERSON|Mele Havili]] shown how to check ketones.
Discharge meds: glargine 28 units nocte, aspart with meals per sliding scale, metformin 1 g BD.
Follow-up: diabetes clinic [[DATE|8/12/2026]].
Address: [[ADDRESS|9 Idlewild Avenue, Favona, Auckland 2024]]   Mobile: [[PHONE|021 648 2093]]`,
  ],
  [
    'outpatient',
    `Diabetes clinic — letter to GP
Clinic ref: [[MRN|DM/26/08841]]
Re: [[PERSON|Morag Strachan]], DOB [[DATE|11/06/1956]], CHI [[INSURANCE_ID|${chi('110656', '274')}]]
[[ADDRESS|Flat 2/1, 48 Crow Road, Glasgow G11 7RU]]
Seen [[DATE|20/11/2026]] with her husband [[PERSON|Alasdair]].
HbA1c 68 mmol/mol (was 81). Weight 92.4 kg. Retinal screening: background retinopathy both eyes.
Semaglutide stays at 1 mg once weekly and gliclazide is stopped; I will see her again in about four months.
With best wishes,
Dr [[PERSON|Catriona MacLeod]], Consultant Diabetologist`,
  ],
  [
    'outpatient',
    `GP consult — [[DATE|21/11/2026]]
Patient: [[PERSON|Raymond Kerr]]   Patient ID [[MRN|HD-10472]]   Medicare: [[INSURANCE_ID|${medicare('29541873', '1')}]]   DVA Gold Card: [[INSURANCE_ID|QX254771]]
Vietnam veteran. Increasing nocturia x3, PSA 6.2 (4.1 last year). PR exam: benign-feeling, modestly enlarged gland.
Plan: repeat PSA + free PSA, MRI prostate; referral to urology.
Address: [[ADDRESS|5 Jacaranda Crescent, Hervey Bay QLD 4655]]
Wife [[PERSON|Judith]] present; prefers calls to the home phone [[PHONE|(07) 5550 7148]].
Dr [[PERSON|Hamish Doyle]]`,
  ],
  [
    'outpatient',
    `Dictation — neurology clinic (transcribed)
"This is Dr [[PERSON|Ostrowski]] dictating on patient [[PERSON|Lillian Boudreau]], that's [[PERSON|B-O-U-D-R-E-A-U]], date of birth [[DATE|April third nineteen fifty-two]], MRN [[MRN|4417-902]]. Seen today [[DATE|November twenty-fourth]] with her sister [[PERSON|Claudette]].
Seventy-four-year-old right-handed woman with a two-year history of resting tremor, left more than right. Exam shows cogwheel rigidity, reduced arm swing. DaTscan consistent with Parkinson's.
Plan carbidopa-levodopa 25/100 half a tab three times daily. Return in three months. End of dictation."`,
  ],
  [
    'referral',
    `e-Referral — ENT (2WW suspected head & neck cancer)
Patient: [[PERSON|Deepak Chauhan]]   NHS [[INSURANCE_ID|${nhs('628141')}]]
UBRN: [[MRN|0183 4472 9061]]
[[ADDRESS|71 Belgrave Road, Leicester LE4 6AR]]   Mob [[PHONE|07700 900871]]
6-week history of painless left neck lump 3 cm, hoarse voice, 20 pack-years, drinks 30 units/week.
Speaks Gujarati; son [[PERSON|Nikhil]] interprets — please book an interpreter.
Referrer: Dr [[PERSON|Harriet Pound]], Belgrave Health Centre, [[DATE|24/11/2026]]`,
  ],
  [
    'referral',
    `Referral letter
[[DATE|20 November 2026]]
Dear Dr [[PERSON|Leung]],
Thank you for seeing Mr [[PERSON|HO Chi-wai]] ([[PERSON|何志偉]]), aged 58, HKID [[ID_CARD|${hkid('K', '620458')}]], our file [[MRN|GP-2210]], with a 3-month history of epigastric discomfort and 4 kg weight loss. H. pylori breath test positive last year, treated. Father had gastric cancer.
I would be grateful for an OGD at your earliest convenience.
He can be reached at [[PHONE|6381 5524]]; address [[ADDRESS|Room 1507, 15/F, Tower 2, Metro City Phase II, Tseung Kwan O, Kowloon]].
Yours sincerely,
Dr [[PERSON|Vivian Tse]]`,
  ],
  [
    'referral',
    `OUTPATIENT REFERRAL — Physical Therapy
Date: [[DATE|11/21/2026]]
Patient: [[PERSON|Tyrone Jefferson]]   DOB: [[DATE|07/22/1988]]   MRN: [[MRN|M2279045]]
Insurance: BlueCross BlueShield, ID [[INSURANCE_ID|XYG448210937]]
Dx: s/p left ACL recon with hamstring graft on [[DATE|11/10/2026]].
Orders: post-op ACL protocol, WBAT in hinged brace, 2–3x/week for 12 weeks.
Referring: [[PERSON|Colleen Brady]], PA-C — fax [[PHONE|(414) 555-0183]]
Patient phone: [[PHONE|(414) 555-0129]]   Address: [[ADDRESS|3817 N Humboldt Blvd, Apt 2, Milwaukee, WI 53212]]`,
  ],
  [
    'handover',
    `ISBAR phone handover (transcribed), [[DATE|23/11/2026]] 19:10
I: "Hi, it's [[PERSON|Bronwyn]], RN on Ward 6A, calling about bed [[MRN|eleven]], Mr [[PERSON|Costa]] — [[PERSON|Vasilios Costa]], UR [[MRN|30418827]]."
S: "He's newly confused and his sats have dropped to 88 on 2 litres."
B: "He's two days after a lap right hemi, and he's got COPD."
A: "Resp rate 26, temp 38.4, crackles right base."
R: "Can you review him within 30 minutes, please?"
Doctor: "Yep, it's [[PERSON|Sam Oduya]], I'll be up in ten."`,
  ],
  [
    'handover',
    `NIGHT HANDOVER — Ward 24 (Care of Elderly) — [[DATE|24/11/26]]
Bed | Patient | Issues
[[MRN|1]] | [[PERSON|Edna Fairclough]], [[AGE|96]] | delirium, 1:1 overnight, falls risk
[[MRN|2]] | [[PERSON|Walter Higginbottom]] | AKI, fluid chart, K 5.8 recheck 02:00
3 | — | empty (deep clean)
[[MRN|4]] | [[PERSON|Joan Pickles]] | going home in the morning, take-home meds done
[[MRN|5]] | [[PERSON|Stanley Ackroyd]] | DNACPR in place, daughter may stay`,
  ],
  [
    'handover',
    `ED → Medicine I-PASS handover
Severity — watcher
Pt: [[PERSON|Dwayne Pettaway]], 52M, MRN [[MRN|62018834]], ED bed [[MRN|14B]]
Summary: UGIB, Hgb 7.1 → 8.4 after 2 units, GI (Dr [[PERSON|Feldman]]) scoping in AM.
Action: PPI drip, keep NPO after midnight, type & cross 2 more units.
Situation awareness: if HR >120 or SBP <90, call rapid response.
Synthesis by receiver: [[PERSON|Kenji Ueda]], MD (night float) — confirmed.
Wife [[PERSON|Sharonda]] at bedside, cell [[PHONE|(334) 555-0175]].`,
  ],
  [
    'nursing-note',
    `HOME HEALTH SKILLED NURSING VISIT
Date of visit: [[DATE|11/22/2026]]   Patient: [[PERSON|Beulah Ransome]]   MR# [[MRN|HH-220471]]
Address: [[ADDRESS|4 Persimmon Hollow Rd, Beattyville, KY 41311]]
Age [[AGE|90]]; lives with granddaughter [[PERSON|Kayla Ransome]], primary caregiver.
Sacral PI, stage 3, measures 3.1 x 2.4 x 0.4 cm, granulation 80%, no odor. Dressing: hydrocolloid changed, Q3 days.
BP 142/80, lungs clear. Taught caregiver turning schedule q2h.
Next visit [[DATE|11/25/2026]]. Visit note by [[PERSON|Loretta Combs]], RN`,
  ],
  [
    'nursing-note',
    `Nursing entry — Ward 65, bed [[MRN|27]] — [[DATE|23/11/2026]] 21:30
Pt [[PERSON|Rosnah binte Kassim]] (MRN [[MRN|SG1847732]]) post TKR day 1, pain score 6/10, given PRN oxycodone 5 mg at 21:00.
Hb 98. Drain 120 mL. Ambulated to toilet with walking frame and 1 assist.
Son [[PERSON|Faizal]] and daughter-in-law visited; son asked to be called if any change: [[PHONE|8236 1904]].
Nurse: [[PERSON|Ong Pei Shan]], SN`,
  ],
  [
    'nursing-note',
    `Post-op nursing note — Unit 4 Surgery
[[DATE|2026-11-24]] 14:20  [[PERSON|Marie-Ève Pelletier-Roy]], room [[MRN|418]], back from PACU after laparoscopic cholecystectomy.
Vitals stable, SpO2 96% RA, nausea x1 — ondansetron 4 mg IV given.
Port sites clean and dry. Voided 350 mL at 16:05.
Partner [[PERSON|Jean-Philippe Gagnon]] at bedside; prefers French for teaching.
OHIP on file. Signed [[PERSON|A. Sandhu]], RN`,
  ],
  [
    'lab-report',
    `ENDOCRINE PANEL — FINAL
Patient name: [[PERSON|Ingrid Solbakken]]   DOB: [[DATE|10/02/1945]]   MRN: [[MRN|6600418]]   Acc#: [[MRN|26-327-04412]]
Collected: [[DATE|11/23/2026]] 07:40   Reported: 11:02
Ins: Medicare, MBI [[INSURANCE_ID|7TQ2-HU8-KY40]]
Ordering: [[PERSON|Gregory Vance]], MD
TSH 8.92 uIU/mL (H) [0.45–4.50]
Free T4 0.71 ng/dL (L) [0.82–1.77]
TPO Ab 412 IU/mL (H) [0–34]
Comment: consistent with primary hypothyroidism.`,
  ],
  [
    'lab-report',
    `MICROBIOLOGY REPORT
Lab no: [[MRN|M26.0891247]]   Patient: [[PERSON|Kwabena Darkwah-Boateng]]   Hosp no: [[MRN|RX4417702]]   NHS no: [[INSURANCE_ID|${nhs('502913')}]]
Specimen: wound swab, left foot   Received: [[DATE|21/11/2026]]
Culture: MRSA isolated (heavy growth).
Susceptible to: doxycycline, vancomycin, linezolid. Resistant to: flucloxacillin, clarithromycin.
Infection Prevention informed. Reported by Dr [[PERSON|R. Kaur]], Clinical Scientist`,
  ],
  [
    'lab-report',
    `Oral glucose tolerance test (OGTT) — patient information
Keep to your usual diet in the days before. From 10 o'clock on the evening before, have nothing but plain water.
We take a fasting blood sample first, then you drink 75 g of glucose in water over no more than five minutes. A second sample follows at the two-hour mark.
Please stay in the clinic for the whole two hours: no food, no cigarettes, no walking about.
Allow around two and a half hours in total and bring a book.`,
  ],
  [
    'imaging-report',
    `MRI LUMBAR SPINE
Patient: [[PERSON|Conor Ó Briain]]   MRN: [[MRN|G0719823]]   Exam no: [[MRN|RAD-26-441902]]   Date: [[DATE|22/11/2026]]
Clinical: L5 radicular pain, R leg, 8 weeks.
Findings: L4/5 disc desiccation. Right paracentral extrusion at L5/S1 compressing the descending right S1 root. Cauda equina not compromised.
Conclusion: R L5/S1 disc extrusion contacting S1.
Reported: Dr [[PERSON|Aoife Kinsella]], Consultant Radiologist`,
  ],
  [
    'imaging-report',
    `TRANSTHORACIC ECHOCARDIOGRAM
Name: [[PERSON|Dorothy Pemberton]]   UR: [[MRN|0391657]]   Study: [[MRN|ECHO-26-7730]]   DOB: [[DATE|14/12/1932]] ([[AGE|93]])   Date: [[DATE|24/11/2026]]
LV: normal size, EF 58% (biplane). Severe calcific aortic stenosis: Vmax 4.6 m/s, mean gradient 52 mmHg, AVA 0.7 cm².
RVSP 38 mmHg.
Cardiologist: Dr [[PERSON|Anand Raghavan]]`,
  ],
  [
    'imaging-report',
    `DXA BONE DENSITOMETRY
Patient: [[PERSON|Evangeline Szabo]]   Age: [[AGE|91]]   Sex: F   MRN: [[MRN|41-88-2093]]   Accession: [[MRN|DXA2611240057]]
Exam date: [[DATE|11/24/2026]]
L1–L4 T-score −3.1; total hip −2.8; femoral neck −3.0. FRAX not calculated (age >90).
Impression: osteoporosis. Compared with [[DATE|09/2023]], BMD decreased 6.2% at total hip.
Interpreted by: [[PERSON|Rachel Stein]], MD`,
  ],
  [
    'prescription',
    `NHS PRESCRIPTION (FP10)
Patient: [[PERSON|Shirley Bancroft]]   Age: 79
Address: [[ADDRESS|22 Coronation Terrace, Ashington, Northumberland NE63 0XB]]
NHS no: [[INSURANCE_ID|${nhs('736251')}]]
Rx: Apixaban 2.5 mg tablets, one twice daily — supply 56
Rx: Bisoprolol 1.25 mg tablets, one daily — supply 28
Prescriber: Dr [[PERSON|Imran Siddiqui]]   Date: [[DATE|24/11/2026]]`,
  ],
  [
    'prescription',
    `PRESCRIPTION LABEL
[[PERSON|LAU Wing-sze]] [[PERSON|劉詠詩]]   Date: [[DATE|23-11-2026]]   Ref: [[MRN|RX-58213]]
AMOXICILLIN 500MG CAP   21 caps
1 cap 3x daily x 1 week — complete all.
Clinic tel for enquiries: see reverse.
Dr [[PERSON|Kenneth Yip]]`,
  ],
  [
    'prescription',
    `Weekly methotrexate: keep yourself safe
Your dose is a WEEKLY dose. Pick one day (for example Sunday) and take it on that day only.
Folic acid 5 mg is usually taken once a week too, but never on your methotrexate day.
Blood monitoring (counts, liver, kidneys) is needed — roughly every 2 to 3 months after the first few months.
Tell any prescriber you take methotrexate: trimethoprim and co-trimoxazole can be dangerous with it. Keep alcohol low.
Call us promptly if you get a sore throat, mouth sores, new bruises or shortness of breath.`,
  ],
  [
    'consent',
    `PROCEDURE CONSENT — SURROGATE DECISION-MAKER
Patient: [[PERSON|Elmer Kowalczyk]]   MRN: [[MRN|3301987]]   DOB: [[DATE|08/19/1944]]
Procedure: PEG (feeding tube through the abdominal wall, placed endoscopically)
Patient without decision-making capacity due to advanced dementia; consent obtained from DPOA-HC agent [[PERSON|Theresa Kowalczyk-Lind]] (daughter), phone [[PHONE|(608) 555-0177]], [[ADDRESS|610 Jenifer St, Madison, WI 53703]].
Risks reviewed incl. bleeding, site infection, perforation, aspiration pneumonia and the tube coming out.
Physician: [[PERSON|Samuel Adeyemi]], MD   Witness: [[PERSON|Maria Lopes]], RN
Date/time: [[DATE|11/22/2026]] 15:40`,
  ],
  [
    'consent',
    `Blood and blood products — consent record
Patient: [[PERSON|Talia Leota]]   Ward 9, bed [[MRN|4]]   NHI: [[INSURANCE_ID|${nhi('PRQ', '735')}]]
Indication: Hb 64 g/L, symptomatic, 2 units RBC planned.
Information provided in Samoan through interpreter [[PERSON|Faleolo Tuilagi]].
Patient's questions answered; alternatives (iron infusion) discussed.
Patient signature: [[PERSON|T. Leota]]   Date: [[DATE|21/11/2026]]
Clinician: Dr [[PERSON|Hannah Whitcombe]]`,
  ],
  [
    'consent',
    `PARENTAL CONSENT — MINOR PROCEDURE
Child: [[PERSON|Oliver Nguyen]]   DOB: [[DATE|12/04/2019]]   UR: [[MRN|P1108823]]
Procedure: Tonsillectomy and adenoidectomy under GA
Parent/guardian: [[PERSON|Linh Vo]] (mother)   Relationship: mother
Passport (ID check; Vietnamese national): [[PASSPORT|C7723419]]
Home: [[ADDRESS|12/40 Canley Vale Road, Canley Heights NSW 2166]]
Contact: [[PHONE|(02) 5550 3391]]   Email: [[EMAIL|linh.vo.au@example.com.au]]
Signed [[DATE|24/11/2026]]   Surgeon: Dr [[PERSON|Brendan Oakes]]`,
  ],
  [
    'billing',
    `PATIENT STATEMENT
Account no.: [[MRN|00472819930]]   Statement date: [[DATE|11/24/2026]]
Guarantor: [[PERSON|Douglas Fenwick]]
Patient: [[PERSON|Abigail Fenwick]]   DOS: [[DATE|10/28/2026]]
Emergency dept visit level 4   $1,874.00
Insurance paid (Aetna, member [[INSURANCE_ID|W284417390]])   −$1,212.50
Amount due: $661.50
Card on file: Visa [[BANK_CARD|${spaced(luhn('453917220068413'))}]] — authorized for autopay
Mail to: [[ADDRESS|1190 Sycamore Ln, Bozeman, MT 59715]]`,
  ],
  [
    'billing',
    `INVOICE — private inpatient stay
Invoice no. PI-26-44871
Patient: [[PERSON|Charlotte Ashdown]]   Hospital no: [[MRN|PH-228104]]
Insurer: Bupa   Membership no: [[INSURANCE_ID|88231047-02]]   Pre-authorisation: 4471933
Admission [[DATE|17/11/2026]] – discharge [[DATE|19/11/2026]]: laparoscopic hysterectomy
Accommodation 2 nights £1,480.00; theatre £3,920.00; drugs and dressings £286.40
Policy excess (patient to pay): £250.00 — paid by card ending 4471 on [[DATE|19/11/2026]]
Billing address: [[ADDRESS|The Old Forge, 6 Church Street, Lewes BN7 2DE]]`,
  ],
  [
    'billing',
    `Schedule of outpatient fees (from 1 January)
Specialist initial consultation: $185.00 (Medicare rebate item 104: $96.65)
Specialist subsequent consultation: $95.00 (item 105: $48.60)
Spirometry with bronchodilator: $120.00 (item 11506)
Skin prick testing, up to 30 allergens: $160.00
A $50 late-cancellation fee applies if you give under a day's notice.
Payment by EFTPOS, credit card or cash. Health fund rebates can be claimed on the spot via HICAPS.`,
  ],
  [
    'online-consult',
    `Virtual visit — connection log
Encounter: [[MRN|TV-8830174]]   Provider: [[PERSON|Nadia Khoury-Farrah]], NP
Patient portal user: [[ACCOUNT|jmorrow_1977]] ([[PERSON|Jerome Morrow]], MRN [[MRN|40028817]])
Session start [[DATE|11/23/2026]] 18:02 — patient IP [[IP|198.51.100.131]]; dropped 18:09, reconnected 18:10 from [[IP|2001:db8:7c2::41]]
Reason: sinus pressure x12 days, green discharge, fever 100.9 last night.
Plan: Augmentin 875/125 twice daily for a week, saline irrigation. Pharmacy: Walgreens #11582.`,
  ],
  [
    'online-consult',
    `eConsult — online request
Ref: [[MRN|EC-7713-2084]]   Submitted: [[DATE|24/11/2026]] 06:47 from [[IP|203.0.113.234]]
Name: [[PERSON|Bethany Kirkwood]]   DOB: [[DATE|19/09/1994]]   Address: [[ADDRESS|44 Sandgate Road, Ormesby, Middlesbrough TS7 9BE]]
"I've had a rash on my arms for a week, itchy, worse at night. My partner [[PERSON|Liam]] has it too now."
Triage (Dr [[PERSON|Okonjo]]): ?scabies — book face-to-face, both partners.
Reply sent to [[EMAIL|beth.kirkwood94@example.co.uk]] and text to [[PHONE|07700 900763]].`,
  ],
  [
    'online-consult',
    `Video consult — psychiatry follow-up
Patient: [[PERSON|Anaru Whaanga]]   Appt ID [[MRN|VC-551802]]   NHI: [[INSURANCE_ID|${nhi('HJM', '804')}]]   Date: [[DATE|20/11/2026]]
Joined via [[URL|https://vc.example.org.nz/join/AW-20112026-3391]]
Mood improved since lithium level 0.7 mmol/L, sleeping 7 h. Whānau support from sister [[PERSON|Hine]].
Next lithium level and TFTs [[DATE|4/12/2026]].
Clinician: Dr [[PERSON|Priscilla Tamatea]]`,
  ],
  [
    'patient-message',
    `From: [[EMAIL|aidan.mcgrath61@example.ie]]
To: Outpatients Bookings
Subject: Can I move my ortho appt? [[PERSON|Aidan McGrath]] / [[MRN|K3392177]]
Hi,
I have an appointment with Mr [[PERSON|Fitzgerald]]'s orthopaedic clinic on [[DATE|3 December]] but I'm away that week for my daughter's wedding. Could it be moved to any date after [[DATE|10 December]]?
My date of birth is [[DATE|14/03/1961]] and my phone is [[PHONE|086 519 2740]].
Thanks,
[[PERSON|Aidan]]
[[ADDRESS|Apt 4, 19 Griffith Avenue, Drumcondra, Dublin 9, D09 K2X4]]`,
  ],
  [
    'patient-message',
    `Text to practice mobile:
Hi it's [[PERSON|Shauna Pike]] ([[DATE|12/07/1990]]), Dr [[PERSON|Grey]] said to text when my BP readings were done. Avg 138/86 morning, 131/82 evening over 7 days. Still on amlodipine 5. Also can my repeat for the pill go to Boots in town pls. Ta`,
  ],
  [
    'patient-message',
    `MyHealth portal message
From: [[ACCOUNT|ray_quintero55]] ([[PERSON|Raymundo Quintero]])
To: Dr. [[PERSON|Levine]]'s care team
Sent: [[DATE|11/22/2026]] 9:14 PM   Re: MRN [[MRN|5527714]]
"My blood sugar has been running 250–300 since the steroid shot on [[DATE|11/18]]. Should I increase my Lantus from 30 units? Also my new insurance card came — member ID [[INSURANCE_ID|U7720455813]]. My wife [[PERSON|Alma]] can be reached at [[PHONE|(505) 555-0169]] if I don't answer."`,
  ],
  [
    'family-chat',
    `Family 💬
[[PERSON|Sana]]: Abbu's scan is tomorrow 8:40, Queen Elizabeth, radiology level 2
[[PERSON|Imran]]: I'll take him, leaving at 7:45 in the Passat [[PLATE|BK68 XWT]]
Ammi: take his blue folder with the hospital number [[MRN|Q2280417]]
[[PERSON|Sana]]: and the letter from Dr [[PERSON|Hughes]]
[[PERSON|Zainab]]: 🙏 keep us posted`,
  ],
  [
    'family-chat',
    `Yiayia hospital 🏥
[[PERSON|Nick]]: Yiayia is in ward 4C, bed [[MRN|18]] at the Royal Melbourne
[[PERSON|Nick]]: she's [[AGE|ninety-four]] and still bossing the nurses around 😂
[[PERSON|Nick]]: I'll drive mum on Thurs, car is [[PLATE|1XJ 4PD]]
[[PERSON|Eleni]]: can someone pay the TV rental, they want card details
[[PERSON|Nick]]: use mine [[BANK_CARD|${spaced(luhn('516361004827719'))}]] exp 09/28
[[PERSON|Eleni]]: [[PERSON|Nick]]!! don't put that in the chat 😅`,
  ],
  [
    'family-chat',
    `Ah Ma appointment
[[PERSON|Wei Xiang]]: Ah Ma's eye op is [[DATE|2 Dec]] 7am, must fast from midnight
[[PERSON|Mei Xuan]]: I take leave already. Who drive?
[[PERSON|Wei Xiang]]: me, I park at carpark B, car [[PLATE|SLA 4271 K]]
[[PERSON|Mei Xuan]]: bring her IC and the queue slip, appointment no [[MRN|E0458812]]
[[PERSON|Jun Hao]]: I fetch her home after, text me ok`,
  ],
  [
    'sms-reminder',
    `[[PERSON|Terence]] — Chest Clinic, Thu [[DATE|27 Nov]], 10:20, Dr [[PERSON|Ramsay]]. Bring all your inhalers with you. To cancel reply CANCEL. Ref [[MRN|AP449018]]`,
  ],
  [
    'sms-reminder',
    `RiteCare Pharmacy: [[PERSON|Gloria]], your prescription is ready for pickup at [[ADDRESS|3301 Magnolia Ave, Riverside, CA 92506]]. Rx# [[MRN|7720441]]. Pay or manage refills: [[URL|https://rx.example.com/p/7720441?u=gmd]] Reply STOP to opt out.`,
  ],
  [
    'sms-reminder',
    `Flu and RSV jabs: walk in at any of our sites if you're 75+, pregnant (28 weeks on) or living with a long-term condition. Saturday-morning sessions until the end of January. No reply needed.`,
  ],
  [
    'oesophageal-atresia-clinic',
    `OA/TOF clinic — letter to parents and GP
Re: [[PERSON|Freddie Lambourne]], DOB [[DATE|04/03/2024]], NHS [[INSURANCE_ID|${nhs('281543')}]], Hosp no [[MRN|C4410783]]
Seen [[DATE|19/11/2026]] with mum [[PERSON|Jess]] and dad [[PERSON|Tom Lambourne]] (mum's mobile [[PHONE|07700 900694]]).
[[ADDRESS|8 Orchard Close, Didcot, Oxfordshire OX11 7RL]]
Type C OA/TOF repaired day 2 of life. Three anastomotic dilatations, the last in the summer. Now eating mashed and soft-cut food, occasional bolus episodes with bread.
Barking "TOF cough" with colds; no apnoeic spells. Omeprazole 10 mg continues.
Plan: contrast swallow before next review in [[DATE|March 2027]]; dietitian to see.
Mr [[PERSON|Oliver Santos]], Consultant Paediatric Surgeon`,
  ],
  [
    'oesophageal-atresia-clinic',
    `ENDOSCOPY REPORT — adult OA survivor surveillance
Patient: [[PERSON|Caitlin Moreau]]   MRN: [[MRN|8810273]]   Procedure date: [[DATE|11/20/2026]]   Endo #: [[MRN|EGD-26-33018]]
History: OA/TEF repaired at birth ([[DATE|1998]]), long-standing reflux.
Findings: anastomotic ring at 22 cm, traversed easily. Salmon-coloured mucosa 3 cm above the GEJ; biopsies per Seattle protocol (path # [[MRN|S26-41877]]).
Impression: suspected Barrett's oesophagus; await histology.
Endoscopist: [[PERSON|Devon Price]], MD`,
  ],
  [
    'oesophageal-atresia-clinic',
    `Food sticking after oesophageal atresia repair: a guide for families
Cut food into small pieces, encourage plenty of chewing and a drink with every few mouthfuls.
Foods that often stick: doughy bread, chunks of meat, raw apple, sausages and sweets.
If food sticks: stay calm, sit your child upright and let them try to cough or bring it up. Do not try to push it down with more food.
If your child cannot swallow their own saliva, is drooling or distressed, take them straight to A&E.`,
  ],
  [
    'retinitis-pigmentosa-clinic',
    `Inherited retinal disease clinic
Patient: [[PERSON|Fionnuala Brennan]]   MRN [[MRN|E7730215]]   Seen [[DATE|21/11/2026]]
Address: [[ADDRESS|31 Seafield Road, Clontarf, Dublin 3, D03 W8K6]]
Diagnosis: autosomal recessive retinitis pigmentosa, biallelic RPE65 variants (lab ref [[MRN|GEN-26-1187]]).
BCVA 6/18 R, 6/24 L. Goldmann: constricted to 15° both eyes. ERG extinguished.
Discussed eligibility for voretigene neparvovec; baseline FST and mobility maze to be booked.
Sister [[PERSON|Roisin]] (also affected) asked about cascade testing — referral to genetic counselling.
Dr [[PERSON|Padraig Lynch]]`,
  ],
  [
    'retinitis-pigmentosa-clinic',
    `GENETIC TEST RESULT — letter
[[DATE|18 November 2026]]
Dear Mr [[PERSON|Jarrah Collins]],
Your blood sample (lab no. [[MRN|VG26-004918]]) has been tested for genes associated with inherited retinal dystrophy. A pathogenic variant was found in RPGR, consistent with X-linked retinitis pigmentosa.
Your mother, [[PERSON|Denise Collins]], may be a carrier; we can offer her testing. Your daughter [[PERSON|Tilly]] (age 4) would be an obligate carrier.
Please call to arrange a follow-up: your appointment is [[DATE|10 December 2026]] at 11:00.
Postal: [[ADDRESS|PO Box 388, Katherine NT 0851]]
[[PERSON|Beth Navarro]], Genetic Counsellor`,
  ],
  [
    'retinitis-pigmentosa-clinic',
    `Low Vision Rehabilitation — intake
Client: [[PERSON|Marcus Delacroix]]   Clinic ID [[MRN|LV-6604]]   Date [[DATE|11/24/2026]]
Dx: retinitis pigmentosa, fields <10°; cannot drive since [[DATE|2023]].
Goals: return to work (accountant), independent travel.
Plan: O&M training with white cane (COMS referral); screen reader on laptop; 3.5x handheld magnifier trial.
Phone [[PHONE|(504) 555-0111]]   Email [[EMAIL|mdelacroix@example.net]]`,
  ],
  [
    'interstitial-cystitis-clinic',
    `Urology clinic — interstitial cystitis / bladder pain syndrome
Patient: [[PERSON|Rebecca Sjöberg]]   MRN [[MRN|2904417]]   Visit [[DATE|11/21/2026]]
42F, 3 years of urgency, frequency (every 45 min), suprapubic pain relieved by voiding; nocturia x3. Urine cultures negative x4.
O'Leary-Sant ICSI 16, ICPI 14. Cystoscopy with hydrodistension [[DATE|10/2026]]: glomerulations, no Hunner lesion, capacity 700 mL.
Plan: amitriptyline 10 mg qhs, pelvic floor PT (referral sent), dietary trial.
Patient phone: [[PHONE|(617) 555-0152]]
Attending: [[PERSON|Victor Amponsah]], MD`,
  ],
  [
    'interstitial-cystitis-clinic',
    `BLADDER INSTILLATION RECORD
Name: [[PERSON|Mereana Tipene]]   NHI: [[INSURANCE_ID|${nhi('MKL', '290')}]]   Unit no: [[MRN|RN-448102]]   Course: DMSO 50 mL, weekly x6
Instillation 1: [[DATE|03/11/2026]] — retained 20 min, mild burning.
Instillation 2: — retained 20 min, no issues.
Instillation 3: — garlic taste on breath reported (expected).
Instillation 4: [[DATE|24/11/2026]] — pain 4/10 (from 8/10 at baseline).
Home: [[ADDRESS|16 Koromiko Street, Kaitaia 0410]]
Nurse specialist: [[PERSON|Sarah Ngata]]   Next: [[DATE|01/12/2026]]`,
  ],
  [
    'interstitial-cystitis-clinic',
    `Bladder-friendly eating: first steps
Many people with bladder pain find that certain foods and drinks make symptoms worse. Common triggers are coffee, tea, fizzy drinks, alcohol, citrus fruit, tomatoes, chilli and artificial sweeteners.
Try removing likely triggers for two weeks, then reintroduce one at a time, every three days, and note any change in a food and symptom diary.
Drink enough water to keep urine pale; do not restrict fluids to avoid going to the toilet.`,
  ],
  [
    'ocd-clinic',
    `Specialist OCD Service — assessment letter
Service ref: [[MRN|OCD-2611-044]]
Re: [[PERSON|Joseph Adebayo-Clarke]], DOB [[DATE|27/10/1999]], NHS no. [[INSURANCE_ID|${nhs('184620')}]]
Assessed [[DATE|20/11/2026]] by Dr [[PERSON|H. Winterbottom]] and CBT therapist [[PERSON|Laura Finch]].
Contamination fears and checking since age 14; washes up to 4 hours a day, unable to use public toilets. Y-BOCS 33. Partial response to fluoxetine 60 mg and sertraline 200 mg.
Plan: intensive ERP (3 sessions/week for 4 weeks), consider clomipramine augmentation.
Address: [[ADDRESS|Flat 9, Harrow Court, 112 Kenton Road, Harrow HA3 8AA]]   Mobile: [[PHONE|07700 900552]]`,
  ],
  [
    'ocd-clinic',
    `IOP progress note — OCD track
Client: [[PERSON|Hannah Rosenblatt]]   MRN [[MRN|IOP-50832]]   Date [[DATE|11/23/2026]]
Session 9 of 15. Exposure: writing feared word "stabbing" 50 times, then holding kitchen knife while mother [[PERSON|Miriam]] sits nearby. SUDS 85 → 40 over 50 minutes.
No compulsive reassurance-seeking during session. Y-BOCS today 24 (from 31 at intake).
Homework: daily scripted imaginal exposure, 30 min.
Therapist: [[PERSON|Daniel Kaplan]], LCSW`,
  ],
  [
    'ocd-clinic',
    `OCD clinic — follow-up (Singapore)
[[DATE|24/11/2026]]  Case no. [[MRN|P26-09137]]
[[PERSON|Lim Jia Hui]], 31F, symmetry and ordering compulsions, late for work daily due to rearranging.
Fluvoxamine increased to 200 mg ON three weeks ago; mild nausea. Y-BOCS 22 (from 27).
Husband [[PERSON|Bryan Teo]] attended; he agrees not to rearrange items for her.
Next review [[DATE|5 January 2027]]. Contact [[PHONE|+65 8914 2270]], [[ADDRESS|Blk 418 Bedok North Avenue 2, #08-1147, Singapore 460418]].
Dr [[PERSON|Nur Farhana binte Rahmat]]`,
  ],
];

export function generateDeidHoldout50(): LabelledRecord[] {
  return holdoutRecords('h50', zh, en);
}

export const DEID_HOLDOUT_50_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/labelled/deid-holdout-50.jsonl',
);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const records = generateDeidHoldout50();
  writeFileSync(DEID_HOLDOUT_50_PATH, renderJsonl(records));
  console.log(`wrote ${records.length} records to ${DEID_HOLDOUT_50_PATH}`);
}
