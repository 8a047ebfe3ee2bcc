import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chi, emirates, hkid, luhn, medicare, nhi, nhs, ohip, rid, spaced } from './check-digits.ts';
import { holdoutRecords, type LabelledRecord, renderJsonl } from './generate-deid.ts';

/**
 * The ROUND-43 fresh held-out de-identification set (data/labelled/deid-holdout-43.jsonl): 120
 * hand-written snippets (60 Chinese, 60 English) with hand-placed spans, marked inline as [[TYPE|text]]
 * (parseMarked strips the marks and records UTF-16 offsets). Written by a separate, blind annotator who
 * did not read the recognizer code, the lexicons, the name model, the registry, the regex gate, the
 * bench or the docs, read no earlier snippet beyond the first three of round 42, and never ran a
 * recognizer, the guard or the CLI on these snippets; it must not be used to adjust the recognizers.
 *
 * About four fifths are the everyday documents of a general hospital and the messages of its patients
 * (admission, progress and discharge notes, outpatient notes and dialogues, referrals, handovers,
 * nursing notes, lab and imaging reports, prescriptions and labels, consent, billing papers, online
 * consultations, patient messages, family chats and SMS reminders), in new wording; a fifth come from
 * four settings no earlier card names: parathyroid (primary hyperparathyroidism) clinics, cerebral
 * palsy clinics, phenylketonuria (PKU) clinics and Cushing's syndrome clinics.
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
 * Span conventions are those of data/labelled/deid-holdout-42.card.yaml (and the earlier cards it
 * refers to); the decisions new in this round are stated in data/labelled/deid-holdout-43.card.yaml.
 */

const zh: Array<[string, string]> = [
  [
    'admission',
    `呼吸内科入院病历首页
患者：[[PERSON|端木桂兰]]　女　[[AGE|95]]岁　汉族
住院号：[[MRN|2611-7093]]　床号：[[MRN|32]]
身份证：[[ID_CARD|${rid('370202', '19310207', '482')}]]
家庭住址：[[ADDRESS|山东省青岛市市南区香港中路92号海韵苑1号楼1702室]]
出生日期：[[DATE|1931年2月7日]]　医保卡号：[[INSURANCE_ID|3702 0219 3102 7]]
入院日期：[[DATE|2026年11月23日]]
入院诊断：慢阻肺急性加重，Ⅱ型呼吸衰竭。PaCO2 68mmHg，pH 7.31。
委托人：外孙女[[PERSON|鞠晓蔓]]，手机[[PHONE|18765402917]]
收治医师：[[PERSON|房一鸣]]`,
  ],
  [
    'admission',
    `入院记录
[[PERSON|崔玉善]]，女，朝鲜族，67岁，延吉市人，因"反复上腹隐痛3月，黑便2天"于[[DATE|2026-11-22]]入消化内科。
身份证号 [[ID_CARD|${rid('222401', '19590618', '026')}]]，社保卡号 [[INSURANCE_ID|K22240158307]]
门诊号 [[MRN|MZ0926731]]，住院号 [[MRN|0416925]]，[[MRN|19]]床
住址：[[ADDRESS|吉林省延吉市河南街道光明街211号4单元302室]]
Hb 81g/L，大便潜血(+)。拟行胃镜。
儿子[[PERSON|朴泰民]]在韩国务工，联系人为女儿[[PERSON|朴惠善]] [[PHONE|139-4331-8025]]。`,
  ],
  [
    'admission',
    `急诊转入：[[PERSON|谷德润]]，男，[[AGE|九十一]]岁，因言语含糊伴右侧肢体无力4小时于[[DATE|11月24日]]凌晨由120送入。头颅CT未见出血，NIHSS 9分，已过溶栓时间窗。老伴[[PERSON|樊淑琴]]同来。老式身份证[[ID_CARD|130102351114217]]，家住[[ADDRESS|石家庄市长安区建设北大街58号院6栋1单元501]]。收神经内科监护室[[MRN|4]]床，住院号[[MRN|77301586]]。联系电话[[PHONE|0311-8702 4619]]。`,
  ],
  [
    'progress-note',
    `术后首次病程 [[DATE|2026-11-23]] 16:40
[[PERSON|岳小川]]，男，34岁，于今日在腰硬联合麻醉下行右腹股沟疝无张力修补术，术程顺利，出血约5ml。返回病房后生命体征平稳，BP 126/78mmHg。嘱平卧6小时，观察阴囊有无血肿。
妻子[[PERSON|龚思琪]]陪护，电话[[PHONE|15306128847]]。
主刀：[[PERSON|闻人峻]]　助手：[[PERSON|梁丘语桐]]
住院号 [[MRN|31208847]]　床号 [[MRN|27]]`,
  ],
  [
    'progress-note',
    `日常病程记录（[[DATE|11月23日]]）
[[MRN|12]]床[[PERSON|索朗卓玛]]，女，藏族，肺结核合并咯血第3天。今日咯血量减少至约10ml/日，体温37.2℃。继续四联抗结核：异烟肼0.3g、利福平0.45g、吡嗪酰胺1.5g、乙胺丁醇0.75g。家住[[ADDRESS|日喀则市桑珠孜区上海中路9号]]。其夫[[PERSON|次仁贡觉]]只会藏语，沟通由本院藏族护士[[PERSON|央宗拉]]翻译。病历号 [[MRN|BL-540076]]。上级医师[[PERSON|冉慕青]]审阅。`,
  ],
  [
    'progress-note',
    `交班前病程补记 [[DATE|2026年11月24日]]
护士报：[[MRN|9]]床[[PERSON|巫月娥]]（[[AGE|90]]岁）午后血压下降至86/50mmHg，尿量减少，予补液500ml后回升至104/62mmHg。乳酸2.8mmol/L。家属要求不行有创抢救，已签署知情同意，签字人为长子[[PERSON|韦秉权]]（身份证[[ID_CARD|${rid('450103', '19580302', '193')}]]）。8床今日已出院。住院号[[MRN|60331902]]。`,
  ],
  [
    'discharge',
    `出院小结
姓名：[[PERSON|沈穆清]]　性别：男　年龄：58岁　住院号：[[MRN|52047713]]
身份证号：[[ID_CARD|${rid('310104', '19680219', '371')}]]　医保号：[[INSURANCE_ID|SH0104-68021937]]
入院：[[DATE|2026-11-12]]　出院：[[DATE|2026-11-24]]
诊断：急性前壁心肌梗死，PCI术后。
出院带药：阿司匹林100mg qd，替格瑞洛90mg bid，阿托伐他汀20mg qn。
随访：[[DATE|12月8日]]心内科门诊（门诊预约号[[MRN|YY20261208-041]]），复查血脂、肝功能。
家属：妻子[[PERSON|葛晓玫]]　[[PHONE|136 0215 7348]]
地址：[[ADDRESS|上海市徐汇区漕溪北路331号5号楼2203室]]`,
  ],
  [
    'discharge',
    `出院证明书
兹证明[[PERSON|仝玉兰]]（女，[[AGE|93]]岁，身份证号[[ID_CARD|${rid('410105', '19330105', '456')}]]）于[[DATE|2026年11月10日]]至[[DATE|2026年11月23日]]在我院老年医学科住院治疗，诊断：肺部感染、阿尔茨海默病。出院后需专人照护，建议休养一月。
住院号：[[MRN|ZY-88019]]
开具日期：[[DATE|2026年11月24日]]　医师：[[PERSON|喻佳宁]]`,
  ],
  [
    'discharge',
    `转出记录：[[PERSON|伍德旺]]，男，72岁，脑梗死恢复期，今日转至长安街道社区卫生服务中心继续康复。家属[[PERSON|伍秀芝]]（女儿）陪同，电话[[PHONE|15884207369]]。居住地址：[[ADDRESS|西昌市航天大道三段77号附5号]]。医保号[[INSURANCE_ID|513401YB0092716]]。住院号[[MRN|40715226]]，原床位[[MRN|15]]床。`,
  ],
  [
    'outpatient',
    `内分泌科门诊病历　[[DATE|2026-11-24]]
[[PERSON|黎思远]]　男　45岁　门诊号[[MRN|0026813579]]
主诉：口干多饮3月，体重下降5kg。
查：空腹血糖11.4mmol/L，HbA1c 9.1%。BMI 23.5。
处理：二甲双胍0.5g tid，加用达格列净10mg qd；糖尿病教育；[[DATE|12月22日]]复诊。
手机：[[PHONE|13710468253]]　邮箱：[[EMAIL|lisiyuan77@example.cn]]
医师：[[PERSON|栾静姝]]`,
  ],
  [
    'outpatient',
    `（门诊录音整理）
医生：阿婆，您叫什么名字？
患者：[[PERSON|钟瑞芬]]，钟表的钟。
医生：多大年纪了？
患者：[[AGE|九十二]]了，属马的。
医生：生日记得吗？
患者：[[DATE|一九三四年腊月初八]]。
医生：膝盖痛多久了？
患者：半年了，下楼梯痛。
医生：好，先拍个片，检查号是[[MRN|DR-2611240118]]。孙子[[PERSON|阿晟]]陪您去二楼。`,
  ],
  [
    'outpatient',
    `儿科门诊　患儿[[PERSON|濮思妤]]（小名[[PERSON|蛋挞]]），女，4岁，发热2天，最高39.1℃，咽红，扁桃体Ⅱ度肿大，可见脓点。快速链球菌抗原阳性。予阿莫西林颗粒口服10天。家长[[PERSON|濮文韬]]，[[PHONE|18602758134]]。门诊号[[MRN|E260017734]]。`,
  ],
  [
    'referral',
    `转诊单
转出单位：大十字街道社区卫生服务中心
转入单位：黔东南州人民医院心内科
患者：[[PERSON|杨榜妹]]，女，苗族，61岁，身份证[[ID_CARD|${rid('522601', '19650911', '148')}]]
转诊原因：心悸伴气短，心电图示房颤，心室率132次/分。
新农合证号：[[INSURANCE_ID|52260100384417]]
联系电话：[[PHONE|13985526031]]
转诊医生：[[PERSON|潘光荣]]　日期：[[DATE|2026-11-24]]`,
  ],
  [
    'referral',
    `会诊申请：请肾内科会诊。[[MRN|23]]床[[PERSON|晏宏达]]，男，63岁，住院号[[MRN|70246815]]，肝硬化腹水，近3天肌酐由96升至198μmol/L，尿量约400ml/日，考虑肝肾综合征可能，请协助诊治。家属：妻子[[PERSON|权美玉]]，[[PHONE|138 1127 6093]]。申请医师[[PERSON|苗雨桐]]，[[DATE|2026年11月24日]]10时。`,
  ],
  [
    'referral',
    `双向转诊（下转）回执
患者[[PERSON|达瓦次仁]]，男，藏族，55岁，高血压病3级，经我院调整用药后血压140/88mmHg左右，下转回八廓街道卫生服务站随访。
住址：[[ADDRESS|拉萨市城关区北京中路46号2栋3单元101]]
身份证号：[[ID_CARD|${rid('540102', '19710405', '315')}]]
下转日期：[[DATE|2026-11-23]]
接收医生：[[PERSON|格桑德庆]]　联系电话：[[PHONE|0891-6328 507]]`,
  ],
  [
    'handover',
    `（夜班口头交班，录音转写）
[[MRN|三]]床[[PERSON|幸]]……[[PERSON|幸桂华]]，心衰，今晚入量控制在一千以内，呋塞米已推。[[MRN|七]]床[[PERSON|司徒永康]]，[[AGE|九十六]]岁那个，今天家属签了不插管，他孙女[[PERSON|司徒蓓]]的电话在床头卡上。十床空着。[[MRN|十一]]床[[PERSON|阮二妹]]，明早空腹抽血。`,
  ],
  [
    'handover',
    `ICU交接班表 [[DATE|2026-11-24]] 08:00
| 床号 | 姓名 | 诊断 | 重点 |
| [[MRN|ICU-03]] | [[PERSON|蒯长青]] | 重症胰腺炎 | CRRT中，腹内压18mmHg |
| [[MRN|ICU-05]] | [[PERSON|公孙芷若]] | 产后大出血 | 已输红细胞6U，Hb 78g/L |
| ICU-06 | —— | 空床 | —— |
| [[MRN|ICU-08]] | [[PERSON|伊力哈木·买买提]] | 多发伤 | 右股骨骨折待手术 |
交班：[[PERSON|符嘉霓]]　接班：[[PERSON|邝雪妮]]`,
  ],
  [
    'handover',
    `医生交班本（[[DATE|11月23日]]夜）
1. [[MRN|18]]床[[PERSON|凌素梅]]：消化道出血，今晚再解黑便一次，Hb 72g/L，已备血，急诊胃镜约明晨。
2. [[MRN|20]]床[[PERSON|江水生]]：[[AGE|99]]岁，吸入性肺炎，痰多，注意吸痰。
3. [[MRN|加1]]床[[PERSON|顾安]]：新收酒精戒断，CIWA 15分，予地西泮。
值班：[[PERSON|庞文博]]`,
  ],
  [
    'nursing-note',
    `护理记录单　[[DATE|2026-11-24]]
[[MRN|6]]床　[[PERSON|栗秋菊]]　女　[[AGE|97]]岁　住院号[[MRN|38820451]]
身份证（旧）：[[ID_CARD|230103290306284]]
06:00 T 36.8℃，P 88次/分，R 20次/分，BP 132/70mmHg。
骶尾部压力性损伤2期约2×3cm，已换泡沫敷料。每2小时翻身。
进食半流质约200ml，呛咳(-)。
陪护：护工[[PERSON|马小芬]]
责任护士：[[PERSON|戚蔓]]`,
  ],
  [
    'nursing-note',
    `入院护理评估：[[PERSON|覃]]阿婆……更正：患者姓名为[[PERSON|覃凤莲]]，壮族，83岁，能讲普通话。Morse跌倒评分55分（高危），已挂防跌倒标识，床栏拉起。过敏史：青霉素。紧急联系人：儿媳[[PERSON|黄丽萍]]，[[PHONE|177 7102 3846]]。评估护士[[PERSON|骆映秋]]，[[DATE|11月24日]]。住院号[[MRN|69120483]]，[[MRN|25]]床。`,
  ],
  [
    'nursing-note',
    `防跌倒温馨提示
1. 起床做到"三个30秒"：醒后躺30秒，坐起30秒，站立30秒再行走。
2. 穿防滑鞋，裤腿不宜过长。
3. 夜间如厕请开床头灯，需要帮助请按呼叫铃。
4. 服用降压药、安眠药后更要注意。
——护理部`,
  ],
  [
    'lab-report',
    `检验报告单
姓名：[[PERSON|阙敏]]　性别：女　年龄：39岁
病历号：[[MRN|0003921785]]　标本号：[[MRN|S2611240276]]
科室：妇产科门诊　标本：静脉血
项目：TSH 6.82mIU/L↑，FT4 11.2pmol/L，TPOAb 286IU/ml↑
采集时间：[[DATE|2026-11-24]] 08:12　报告时间：[[DATE|2026-11-24]] 11:40
送检医生：[[PERSON|段嫣然]]
检验者：[[PERSON|邢嘉禾]]　审核者：[[PERSON|佟慧]]`,
  ],
  [
    'lab-report',
    `微生物危急值报告：[[MRN|15]]床[[PERSON|鲍继祖]]，住院号[[MRN|62150349]]，血培养（[[DATE|11月22日]]送检，条码[[MRN|XP26112208137]]）报阳：革兰阴性杆菌，鉴定及药敏待回。已于[[DATE|11月24日]]09:20电话通知主管医生[[PERSON|华哲]]，接听者复述无误。报告人[[PERSON|晁丽君]]。`,
  ],
  [
    'lab-report',
    `空腹抽血须知
请于抽血前一晚20点后禁食，可少量饮水。
抽血当天早晨暂停降糖药和胰岛素，降压药可用少量清水送服。
抽血后按压针眼5分钟，不要揉。
化验结果一般于当天下午可在自助机打印。`,
  ],
  [
    'imaging-report',
    `CT检查报告
姓名：[[PERSON|糜建业]]　性别：男　年龄：66岁　检查号：[[MRN|CT26112400931]]
住院号：[[MRN|81036247]]　床号：[[MRN|5]]
检查日期：[[DATE|2026-11-24]]
检查部位：胸部平扫+增强
所见：右肺上叶尖段见约26mm×21mm分叶状肿块，边缘毛刺，增强后不均匀强化；纵隔4R区淋巴结短径12mm。
印象：右肺上叶占位，考虑周围型肺癌，建议穿刺活检。
申请医生：[[PERSON|雍泽]]
报告医师：[[PERSON|尉迟婧]]　审核医师：[[PERSON|聂宗翰]]`,
  ],
  [
    'imaging-report',
    `超声报告单　超声号[[MRN|US-0471186]]
受检者[[PERSON|卓玉洁]]，女，孕24周+3天，末次月经[[DATE|2026年6月6日]]，预产期[[DATE|2027年3月13日]]。
单活胎，头位，BPD 60mm，FL 43mm，胎心率148次/分，羊水指数14cm。胎盘附着于子宫后壁，成熟度0级。
检查日期：[[DATE|2026-11-24]]　诊断医师：[[PERSON|谌蓉]]`,
  ],
  [
    'imaging-report',
    `乳腺钼靶复查通知
[[PERSON|蔺文珊]]女士：您于[[DATE|2026年11月18日]]在我院所做乳腺X线检查（影像号[[MRN|MG2611180062]]）提示左乳外上象限簇状钙化（BI-RADS 4A），建议进一步行乳腺超声或活检。请于两周内携带身份证及医保卡到乳腺外科就诊，预约电话[[PHONE|025-8331 6420]]。`,
  ],
  [
    'prescription',
    `处方笺（普通）
费别：医保　医保号：[[INSURANCE_ID|3201 0607 1129 4]]
姓名：[[PERSON|柏松年]]　性别：男　年龄：[[AGE|90]]岁　门诊号：[[MRN|0510382264]]
身份证号：[[ID_CARD|320106361012135]]
临床诊断：前列腺增生；高血压
Rp：
坦索罗辛缓释胶囊 0.2mg×14粒　0.2mg qn po
氨氯地平片 5mg×28片　5mg qd po
医师：[[PERSON|戴芊]]　审核：[[PERSON|计长庚]]　日期：[[DATE|2026-11-24]]
处方编号：[[MRN|CF261124003817]]`,
  ],
  [
    'prescription',
    `药袋标签
[[PERSON|雷阿秀]]　取药号[[MRN|A057]]　门诊号[[MRN|0318857402]]
华法林钠片　3mg
每晚1片，周二、周五各加半片
下次查INR：[[DATE|12月1日]]
如有牙龈出血、黑便请即就诊
药房电话：[[PHONE|0591-8786 2304]]`,
  ],
  [
    'prescription',
    `麻醉药品专用处方（红处方）
患者：[[PERSON|汪大河]]　男　57岁　身份证号：[[ID_CARD|${rid('340104', '19690823', '537')}]]
诊断：胰腺癌晚期，癌痛
代办人：[[PERSON|汪晓明]]（儿子）身份证号：[[ID_CARD|${rid('340104', '19940215', '011')}]]
Rp：硫酸吗啡缓释片 30mg×14片　30mg q12h po
医师：[[PERSON|孔令薇]]　调配：[[PERSON|车婷]]　日期：[[DATE|2026年11月24日]]`,
  ],
  [
    'consent',
    `手术知情同意书
患者姓名：[[PERSON|郜庆丰]]　性别：男　年龄：71岁　住院号：[[MRN|55609321]]
拟行手术：腹腔镜下胆囊切除术
拟手术日期：[[DATE|2026年11月26日]]
可能风险：出血、胆漏、胆管损伤、中转开腹等。
身份证号：[[ID_CARD|${rid('420106', '19550830', '213')}]]
患者签名：[[PERSON|郜庆丰]]
家属签名：[[PERSON|郜海燕]]（女儿）　电话：[[PHONE|18971530246]]
谈话医师：[[PERSON|宓振东]]
签署日期：[[DATE|2026-11-24]]`,
  ],
  [
    'consent',
    `授权委托书
本人[[PERSON|瞿兰芳]]（身份证号[[ID_CARD|${rid('320106', '19400321', '026')}]]），因年老听力差，现委托女儿[[PERSON|瞿静雯]]（身份证号[[ID_CARD|${rid('320106', '19710716', '242')}]]，电话[[PHONE|15951823670]]）代为签署住院期间一切医疗文书。
委托人：[[PERSON|瞿兰芳]]（按手印）
受托人：[[PERSON|瞿静雯]]
见证人：[[PERSON|林楚楚]]（病区护士）
日期：[[DATE|2026年11月23日]]`,
  ],
  [
    'consent',
    `输血治疗同意书
受血者：[[PERSON|阿依努尔·艾力]]　女　住院号：[[MRN|65230478]]
输血前检查：HBsAg(-)，抗HCV(-)，抗HIV(-)，梅毒(-)
血型：B型 RhD阳性　拟输注：悬浮红细胞2U
因患者不识汉字，由其丈夫[[PERSON|努尔太·沙比特]]（身份证号[[ID_CARD|${rid('650102', '19810603', '159')}]]）签字；翻译：[[PERSON|迪娜拉·沙依提]]
日期：[[DATE|2026-11-24]]`,
  ],
  [
    'billing',
    `住院费用结算单
姓名：[[PERSON|司空德胜]]　住院号：[[MRN|73902164]]
身份证号：[[ID_CARD|${rid('110105', '19490511', '395')}]]
联系地址：[[ADDRESS|北京市朝阳区团结湖北里8号楼3门502]]
入院：[[DATE|2026-11-05]]　出院：[[DATE|2026-11-20]]
医保类别：城镇职工　社保卡号：[[INSURANCE_ID|110108 6021 4473]]
总费用：18,436.70元　统筹支付：12,905.69元　个人自付：5,531.01元
结算单号：JS2611200876　发票号码：04816327`,
  ],
  [
    'billing',
    `退费申请单
患者：[[PERSON|邵晨曦]]　门诊号：[[MRN|0041937526]]
退费原因：检查取消（MRI）
退费金额：560.00元
原路退回银行卡：[[BANK_CARD|${spaced(luhn('621483102937458'))}]]（招商银行）
持卡人：[[PERSON|邵晨曦]]
联系电话：[[PHONE|186 2119 4705]]
申请日期：[[DATE|2026-11-24]]　收据号：0093318`,
  ],
  [
    'billing',
    `欠费催缴：[[MRN|31]]床[[PERSON|蒲新民]]，住院号[[MRN|60478231]]，预交金已用完，截至[[DATE|11月24日]]欠费2,318.50元。家属[[PERSON|蒲晓晴]]表示将通过微信转账，已告知收费处微信号不接受个人转账，请到一楼窗口缴费或用银行卡[[BANK_CARD|${spaced(luhn('622848001837264951'))}]]绑定自助缴费。`,
  ],
  [
    'online-consult',
    `互联网医院问诊记录
问诊单号：[[MRN|WZ202611240317]]
患者：[[PERSON|俞晚晴]]，女，29岁，证件：护照[[PASSPORT|EA4621038]]　就诊人账号：[[ACCOUNT|yuwanqing_0612]]
登录IP：[[IP|203.0.113.58]]
[[DATE|2026-11-24]] 21:03 患者：医生好，我产后六周，还在哺乳，最近右边乳房红肿痛，发烧38.5度。
21:06 [[PERSON|迟]]医生：有没有硬块？按压痛吗？
21:08 患者：有一块硬的，很痛。
21:10 [[PERSON|迟]]医生：考虑急性乳腺炎，建议今晚线下就诊查血常规和乳腺超声。`,
  ],
  [
    'online-consult',
    `复诊续方（线上）
就诊人：[[PERSON|戈鸿钧]]　身份证号：[[ID_CARD|${rid('610113', '19520409', '173')}]]
病历号：[[MRN|XA00736218]]
用药：缬沙坦80mg qd，瑞舒伐他汀10mg qn（续方30天）
配送地址：[[ADDRESS|陕西省西安市雁塔区小寨西路26号院3号楼1单元1201]]
收件人：[[PERSON|戈鸿钧]]　[[PHONE|13389207514]]
视频回放：[[URL|https://hlwyy.example.cn/replay/XA00736218-1124]]`,
  ],
  [
    'online-consult',
    `（在线咨询）
[[ACCOUNT|小鹿乱撞2019]]：孩子1岁2个月，昨天打完麻腮风疫苗今天38度，正常吗？
药师[[PERSON|沐]]：接种后1-2周内出现发热较常见，38.5℃以下物理降温、多喂水即可。
[[ACCOUNT|小鹿乱撞2019]]：好的，谢谢。宝宝叫[[PERSON|棉棉]]，要不要去医院？
药师[[PERSON|沐]]：如果超过39℃、精神差或出现皮疹，请及时就医。`,
  ],
  [
    'patient-message',
    `医生您好，我是[[DATE|11月19日]]在您那里做胃镜的[[PERSON|宁可馨]]，病理号[[MRN|B2611190542]]。报告说是轻度肠化，HP阳性，要不要吃四联药？我在外地出差，下周才能回来。我的手机是[[PHONE|13651867402]]，邮箱[[EMAIL|ningkx@example.com]]，谢谢！`,
  ],
  [
    'patient-message',
    `[[PERSON|贺]]主任您好，我父亲[[PERSON|闵家驹]]，[[AGE|九十三]]岁，上个月在您科做了起搏器植入，出院小结上写[[DATE|12月3日]]复查程控。他现在住在[[ADDRESS|苏州市姑苏区十全街118号]]，腿脚不方便，能不能改到下午？我是他女儿[[PERSON|闵婉]]，电话[[PHONE|0512-6519 3084]]。`,
  ],
  [
    'patient-message',
    `护士长好！我是上周出院的产妇[[PERSON|麦芷晴]]，住院号[[MRN|80356712]]。宝宝[[PERSON|朵妮]]黄疸今天测了一下额头14，需要回来复查吗？我家在[[ADDRESS|广州市天河区天河北路233号中信花园B座906]]，离医院挺近的。另外宝宝办出生医学证明时，我的证件是护照[[PASSPORT|E58203716]]，可以吗？邮箱[[EMAIL|mai.jiaxin@example.cn]]。`,
  ],
  [
    'family-chat',
    `【群聊：老幺家👨‍👩‍👧】
大姐：妈今天住进去了吗？
[[PERSON|小舟]]：住了，骨科[[MRN|22]]床，明天上午手术
[[PERSON|小舟]]：医生说妈[[AGE|九十]]了风险大，但是不做只能一直躺着
大姐：我明天开车过去，车牌[[PLATE|浙B·6Q2L8]]，医院停车场能进吗
[[PERSON|小舟]]：能，从[[ADDRESS|宁波市鄞州区百丈东路1008号]]那个门进
大姐：👌`,
  ],
  [
    'family-chat',
    `【微信群：外婆住院小分队】
舅舅：外婆身份证号发我一下，要办医保
[[PERSON|阿霖]]：[[ID_CARD|${rid('350102', '19360925', '068')}]]
舅舅：医保卡号呢
[[PERSON|阿霖]]：医保卡上写的[[INSURANCE_ID|FJ3501029837]]
[[PERSON|汐汐]]：外婆今天精神好多了，吃了半碗粥😊
舅舅：好，周末我换[[PERSON|阿霖]]的班`,
  ],
  [
    'family-chat',
    `（家族群）
二哥：爸的片子拍好了吗
[[PERSON|珂珂]]：拍好了，检查号[[MRN|MR26112400415]]，医生说腰椎间盘突出，不用手术
二哥：那就好。我周六开车过去，车牌[[PLATE|湘A·9TK35]]。陪护的阿姨找到了，姓[[PERSON|卢]]，电话[[PHONE|18207316425]]
[[PERSON|珂珂]]：[[PERSON|卢]]阿姨明天几点到？
二哥：早上八点，我让她直接去[[MRN|16]]床`,
  ],
  [
    'sms-reminder',
    `【市一医院】[[PERSON|邹沛然]]您好，您预约的[[DATE|11月26日]]上午9:30骨科门诊（[[PERSON|骆]]主任）已成功，预约号[[MRN|YY1126-0917]]，门诊号[[MRN|0027413596]]。请提前30分钟携带身份证或医保电子凭证到一楼自助机签到。退订回T`,
  ],
  [
    'sms-reminder',
    `【妇幼保健院】尊敬的[[PERSON|甄雨萱]]：您的宝宝[[PERSON|甄一诺]]应于[[DATE|2026年12月1日]]接种第3剂百白破疫苗，接种证号[[MRN|JZ3301060284]]。接种地点：[[ADDRESS|杭州市西湖区文三路477号]]三楼预防接种门诊。咨询[[PHONE|0571-8817 2365]]，在线改约：[[URL|https://fybj.example.cn/jz/JZ3301060284]]。`,
  ],
  [
    'sms-reminder',
    `【门诊停诊通知】因设备检修，本周六下午CT室暂停检查，已预约患者请改约至下周一，由此带来不便敬请谅解。如有疑问请拨打服务热线。`,
  ],
  [
    'parathyroid-clinic',
    `甲状旁腺专病门诊　[[DATE|2026-11-24]]
患者：[[PERSON|欧阳筱荷]]　女　62岁　门诊号：[[MRN|0072648190]]
医保卡号：[[INSURANCE_ID|4301 0431 6620 8]]　手机：[[PHONE|13874096215]]
身份证号：[[ID_CARD|${rid('430104', '19640517', '268')}]]
主诉：体检发现血钙升高半年，反复右腰痛，既往右肾结石碎石2次。
查：血钙2.89mmol/L，PTH 186pg/ml，25-羟维生素D 18ng/ml，24小时尿钙9.6mmol。骨密度腰椎T值-2.7。
甲状旁腺MIBI显像（[[DATE|11月20日]]，显像号[[MRN|NM2611200057]]）：左下甲状旁腺区放射性浓聚。
诊断：原发性甲状旁腺功能亢进症，左下甲状旁腺腺瘤可能。
处理：收入甲乳外科，拟[[DATE|12月2日]]行左下甲状旁腺切除术。
医师：[[PERSON|屈明澜]]`,
  ],
  [
    'parathyroid-clinic',
    `甲状旁腺切除术后病程　[[DATE|2026年11月24日]]
[[MRN|26]]床[[PERSON|宗保国]]，男，[[AGE|九十]]岁，住院号[[MRN|83015264]]，昨日行右上甲状旁腺腺瘤切除术，术中切除后10分钟PTH由312降至41pg/ml。今晨诉口周及手指麻木，血钙1.98mmol/L，Chvostek征阳性，予葡萄糖酸钙静推，碳酸钙D3片口服。病理号[[MRN|P26-18407]]，待报告。已向其侄子[[PERSON|宗立诚]]（[[PHONE|13007415296]]）交代病情。`,
  ],
  [
    'parathyroid-clinic',
    `甲状旁腺术后饮食与用药小贴士
1. 术后1—2周可能出现口唇、手指发麻，是血钙暂时偏低所致，请按医嘱服用钙片和骨化三醇。
2. 多吃奶制品、豆腐、深绿色蔬菜。
3. 如出现手足抽搐、胸闷，请立即就医。
4. 术后1个月复查血钙和甲状旁腺激素。`,
  ],
  [
    'cerebral-palsy-clinic',
    `儿童康复科门诊（脑瘫专病）
患儿：[[PERSON|冯小禾]]　男　5岁　出生日期：[[DATE|2021-03-18]]
身份证号：[[ID_CARD|${rid('440106', '20210318', '035')}]]
康复卡号：[[MRN|KF-0318266]]
诊断：痉挛型双瘫型脑性瘫痪，GMFCS Ⅱ级。双侧小腿三头肌痉挛，改良Ashworth 2级。
计划：[[DATE|12月9日]]行双侧腓肠肌A型肉毒毒素注射（每侧50U），注射后配合踝足矫形器及牵伸训练。
家长：母亲[[PERSON|莫颖]]，[[PHONE|13560284917]]
医师：[[PERSON|范承泽]]　治疗师：[[PERSON|景小溪]]`,
  ],
  [
    'cerebral-palsy-clinic',
    `康复治疗记录（第12次）[[DATE|2026-11-23]]
[[PERSON|达娃]]，女，7岁，藏族，不随意运动型脑瘫，在[[ADDRESS|成都市武侯区永丰路17号]]附近的特殊教育学校读一年级。今日进行坐位平衡及手功能训练40分钟，能独立握勺进食。
母亲[[PERSON|旺姆措]]（[[PHONE|18190237465]]）普通话一般，由治疗师[[PERSON|泽仁翁姆]]用藏语讲解家庭训练。
治疗卡号：[[MRN|ZL-26-0714]]　医保卡号：[[INSURANCE_ID|5101 0722 0193 6]]`,
  ],
  [
    'cerebral-palsy-clinic',
    `【儿童医院康复中心】[[PERSON|尹宸宇]]家长您好：孩子的脑瘫康复复评定于[[DATE|12月3日]]（周四）下午2点，地点门诊楼5楼步态分析室，请穿短裤、带上矫形器。评估编号[[MRN|PG2612030019]]。如需改期请致电[[PHONE|028-8553 1476]]或加微信[[ACCOUNT|cdkf_zhushou]]。`,
  ],
  [
    'pku-clinic',
    `遗传代谢病门诊
患儿：[[PERSON|蒋念安]]　女　2岁3月　新生儿筛查编号：[[MRN|XS2024-08836]]
诊断：苯丙酮尿症（经典型），[[DATE|2024年8月]]经足跟血筛查确诊。
今日血苯丙氨酸 312μmol/L（目标120—360），生长发育正常，体重12.1kg。
饮食：特殊奶粉每日约60g，天然蛋白6g/日，营养师[[PERSON|饶瑾瑜]]调整食谱。
患儿身份证号：[[ID_CARD|${rid('410105', '20240809', '022')}]]
父亲：[[PERSON|蒋志鹏]]　电话：[[PHONE|15837201964]]
地址：[[ADDRESS|河南省郑州市金水区经三路66号财富广场2号楼803]]
下次随访：[[DATE|2027-01-19]]`,
  ],
  [
    'pku-clinic',
    `[[PERSON|王]]医生您好，我是[[PERSON|晏一禾]]的妈妈[[PERSON|季澜]]。孩子是PKU，用沙丙蝶呤有效的那个，最近要上幼儿园了，幼儿园的午饭没法控制蛋白，能不能开个证明？另外特食补助申请需要病历，孩子身份证号[[ID_CARD|${rid('330106', '20220930', '107')}]]，病历号[[MRN|00839217]]。快递寄到[[ADDRESS|杭州市西湖区古墩路702号9幢2单元401室]]就行，谢谢！`,
  ],
  [
    'pku-clinic',
    `低苯丙氨酸饮食家长手册（节选）
• 天然蛋白质要"定量"：肉、蛋、奶、豆制品需按营养师给的份数吃。
• 主食可选低蛋白米、低蛋白面条。
• 蔬菜水果大多可以吃，但要记在饮食日记里。
• 阿斯巴甜含苯丙氨酸，含有该甜味剂的饮料不要喝。
• 生病发热时血苯丙氨酸会升高，请及时复查。`,
  ],
  [
    'cushing-clinic',
    `内分泌科入院记录（库欣综合征待查）
[[PERSON|柯沁遥]]，女，36岁，因"体重增加、满月脸、皮肤紫纹1年"于[[DATE|2026-11-21]]入院。
身份证号 [[ID_CARD|${rid('360102', '19900712', '064')}]]　住院号 [[MRN|47729106]]
午夜血皮质醇 18.6μg/dl，24h尿游离皮质醇 612μg，[[DATE|11月22日]]过夜1mg地塞米松抑制试验次晨皮质醇 14.2μg/dl（未被抑制）。ACTH 78pg/ml。
计划：[[DATE|11月25日]]行大剂量地塞米松抑制试验，必要时双侧岩下窦采血。
丈夫[[PERSON|严子骞]]，[[PHONE|191 7026 3548]]`,
  ],
  [
    'cushing-clinic',
    `神经外科出院小结（库欣病）
患者[[PERSON|乌日罕]]，女，蒙古族，44岁，住院号[[MRN|ZY2611090231]]，[[DATE|2026-11-11]]行经鼻蝶垂体ACTH腺瘤切除术，病理号[[MRN|BL26-30915]]：ACTH阳性腺瘤。术后第2天晨皮质醇1.8μg/dl，提示缓解。
出院带药：氢化可的松片 早20mg、午10mg，逐步减量，发热时剂量加倍。
身份证号：[[ID_CARD|${rid('150102', '19820126', '328')}]]
出院日期：[[DATE|2026-11-24]]　随访医生：[[PERSON|苏布达]]
丈夫[[PERSON|巴图吉日嘎拉]]，电话[[PHONE|15947106382]]`,
  ],
  [
    'cushing-clinic',
    `（互联网医院图文咨询）
就诊人：[[PERSON|闫若彤]]　账号：[[ACCOUNT|yrt_cushing]]　IP：[[IP|198.51.100.143]]
[[DATE|2026-11-23]] 20:41
患者：医生，我左侧肾上腺腺瘤术后第三周，在吃泼尼松，最近特别乏力、关节痛、脱皮，是不是停药反应？
[[PERSON|茹]]医生：这是术后皮质醇撤退的常见表现，请不要自行停药，近期抽血查晨皮质醇。
患者：好的，病理号是[[MRN|BL2610280944]]，需要发给您吗？`,
  ],
];

const en: Array<[string, string]> = [
  [
    'admission',
    `Acute Medical Unit — clerking
Name: [[PERSON|Ethelwyn Marchbanks]]   Age: [[AGE|96]]   DOB: [[DATE|03/02/1930]]
NHS no: [[INSURANCE_ID|${nhs('602418')}]]   Hospital no: [[MRN|RX4410937]]
Address: [[ADDRESS|Flat 2, 17 Carrow Hill, Norwich NR1 2BT]]
PC: found on floor by carer this morning, long lie ~6 h. CK 2,140 U/L, Na 129.
NOK: nephew [[PERSON|Crispin Marchbanks]], [[PHONE|07700 900418]]
Clerked by Dr [[PERSON|Ifeoma Adeyemi-Clarke]], FY2, [[DATE|24/11/2026]] 03:15`,
  ],
  [
    'admission',
    `History & Physical — Internal Medicine
Patient: [[PERSON|Raymond Tillotson]] ("[[PERSON|Ray]]")  MRN: [[MRN|004827731]]  DOB: [[DATE|07/19/1951]]
Admitted [[DATE|11/23/2026]] via ED with cellulitis of the left lower leg, failed oral cephalexin. T 101.8°F, WBC 15.6.
Insurance: Medicare, MBI [[INSURANCE_ID|6K42-WT8-RH53]]
Lives at [[ADDRESS|4418 Pinecrest Drive, Dayton, OH 45429]] with his partner [[PERSON|Gil Amundsen]], [[PHONE|(937) 555-0162]].
Attending: [[PERSON|Priya Chakraborty]], MD`,
  ],
  [
    'admission',
    `Admission note — General Medicine, Waikato
[[PERSON|Mereana Tawhiri]], 71F, DOB [[DATE|30/04/1955]], NHI [[INSURANCE_ID|${nhi('ZKR', '418')}]], admitted [[DATE|23/11/2026]] with a COPD exacerbation. SpO2 84% on air, now 90% on 2 L.
Lives at [[ADDRESS|12 Kowhai Street, Ngaruawahia 3720]]. Daughter [[PERSON|Hine]] is main support, mobile [[PHONE|027 481 3096]].
Bed [[MRN|W12-07]]. Admitting registrar: Dr [[PERSON|Tomasz Zieleniewski]]`,
  ],
  [
    'progress-note',
    `Progress note — Day 3, [[DATE|24 Nov 2026]]
MRN [[MRN|RK5583129]], DOB [[DATE|08/08/1949]]
S: [[PERSON|Agnieszka Pawlak]] reports less breathlessness, slept flat last night.
O: HR 78 AF, BP 118/70, weight 71.2 kg (−3.4 kg since admission), bibasal crackles reduced.
A: Decompensated HFrEF, responding to IV furosemide 80 mg bd.
P: switch to oral furosemide 40 mg bd tomorrow; start dapagliflozin 10 mg; echo booked (accession [[MRN|EC-2611-6083]]).
Her son [[PERSON|Marek]] updated by phone. — [[PERSON|O. Fairbrother]], CT1`,
  ],
  [
    'progress-note',
    `Ward round [[DATE|24/11]], Bay C
Bed [[MRN|14]] — [[PERSON|Winifred Pellow]], [[AGE|92]], hip fracture day 2 post-DHS: Hb 88, transfuse 1 unit; physio to sit out.
Bed 15 — empty, awaiting admission from ED.
Bed [[MRN|16]] — Mr [[PERSON|Oduya]]… sorry, that's Mr [[PERSON|Oduya-Banks]], [[PERSON|Clement]], UTI with delirium, improving on nitrofurantoin.
Bed [[MRN|17]] — [[PERSON|Joy Pennington]], medically fit, waiting for a care-home bed.
Consultant: Dr [[PERSON|Hamish Carnegie-Ord]]`,
  ],
  [
    'progress-note',
    `ICU daily review — [[DATE|24/11/2026]]
[[PERSON|Tavita Leaupepe]], 38M, Medicare [[INSURANCE_ID|${medicare('29513806', '1')}]], day 5 post-laparotomy for perforated duodenal ulcer.
Noradrenaline weaned off at 02:00; lactate 1.1. Tolerating NG feeds 40 mL/h.
Family: wife [[PERSON|Losa]] ([[PHONE|0491 571 266]]) and brother [[PERSON|Iosefa]] visiting; interpreter (Samoan) [[PERSON|Faleolo Tuimavave]] booked for the family meeting on [[DATE|25/11]].
UR number [[MRN|3391764]]`,
  ],
  [
    'discharge',
    `Immediate Discharge Summary
Patient: [[PERSON|Fergus McAllister]]   CHI: [[INSURANCE_ID|${chi('110838', '217')}]]   Age: 88
Admitted [[DATE|16/11/2026]], discharged [[DATE|24/11/2026]], Ward 6, Forth Valley Royal
Diagnosis: community-acquired pneumonia; AKI stage 1, resolved (creatinine 162 → 94).
Medications: amoxicillin completed; ramipril restarted at 2.5 mg.
DOB: [[DATE|11/08/1938]]   Home: [[ADDRESS|6 Quakerfield, Bannockburn, Stirling FK7 8HZ]]
GP: Bannockburn Medical Practice
Follow-up CXR in 6 weeks. Summary by Dr [[PERSON|Eilidh Gunn]]`,
  ],
  [
    'discharge',
    `Discharge instructions
[[PERSON|Lucinda Ortega-Hale]], MRN [[MRN|77102845]], DOB [[DATE|02/28/1985]]
You had your appendix removed laparoscopically on [[DATE|11/22/2026]]. Keep the small wounds dry for 48 hours. Take acetaminophen 1 g every 6 hours as needed; no lifting over 10 lb for two weeks.
Follow-up: Dr [[PERSON|Baptiste]], General Surgery, [[DATE|12/7/2026]] at 10:15, [[ADDRESS|2900 Lakeview Avenue, Suite 310, Madison, WI 53713]]
Questions: [[PHONE|(608) 555-0139]] or [[EMAIL|lucinda.oh@example.com]]`,
  ],
  [
    'discharge',
    `Discharge letter — St Brigid's, Ward 3
Re: [[PERSON|Nora Keohane]], [[AGE|93]], of [[ADDRESS|Gortnaclohy, Skibbereen, Co. Cork P81 X4K2]]
Date of birth: [[DATE|19/06/1933]]   MRN: [[MRN|0628814]]
Admitted [[DATE|13/11/2026]] with a fall; no fracture. Discharged [[DATE|24/11/2026]] to her daughter [[PERSON|Siobhán Collins]]' home, phone [[PHONE|086 417 2903]].
Medicines unchanged except amlodipine stopped (postural drop 28 mmHg).`,
  ],
  [
    'outpatient',
    `Rheumatology clinic — [[DATE|24/11/2026]]
[[PERSON|Bethany Okafor]], 34F, NHS [[INSURANCE_ID|${nhs('173052')}]], hospital no. [[MRN|B6610382]]
[[ADDRESS|27 Ashby Road, Loughborough LE11 3AA]]; mobile [[PHONE|07700 900127]]
Seropositive RA, on methotrexate 20 mg weekly. DAS28-CRP 2.4. ALT 31. Planning pregnancy next year — discussed switching to sulfasalazine and hydroxychloroquine; to stop methotrexate three months before trying.
Review [[DATE|March 2027]]. Dr [[PERSON|Lionel Greaves]]`,
  ],
  [
    'outpatient',
    `(transcript, cardiology follow-up)
Dr: Can you tell me your full name?
Pt: [[PERSON|Horace Pennefather]].
Dr: And your date of birth?
Pt: [[DATE|The second of May, nineteen thirty-two]].
Dr: So you're [[AGE|ninety-four]] now. How's the breathing on the stairs?
Pt: Same as ever. My daughter [[PERSON|Ruth]] does the shopping.
Dr: I'll book the echo; your hospital number is [[MRN|K7730129]].`,
  ],
  [
    'outpatient',
    `Family Medicine visit — Toronto
[[PERSON|Anjali Thirunavukkarasu]], 45F, OHIP [[INSURANCE_ID|${ohip('462810375')}]]-RK
Seen [[DATE|24/11/2026]] for fatigue; ferritin 6, Hb 98. Heavy menses. Started ferrous fumarate 300 mg alternate days; pelvic ultrasound requested.
Address: [[ADDRESS|88 Dunloe Road, Apt 1204, Toronto, ON M4V 2W4]]
Cell: [[PHONE|(416) 555-0148]]
Physician: Dr [[PERSON|Mateus Albuquerque]]`,
  ],
  [
    'referral',
    `Dear Dr [[PERSON|Kavanagh]],
Re: [[PERSON|Dorothea Quill]], DOB [[DATE|14/10/1958]], NHS [[INSURANCE_ID|${nhs('284917')}]]
[[ADDRESS|Rose Cottage, 3 Mill Lane, Ledbury HR8 1DW]]
Thank you for seeing this lady with a 4-week history of painless jaundice and 6 kg weight loss. Bilirubin 168, ALP 640. I am worried about pancreatic malignancy (2-week-wait referral).
Yours sincerely, Dr [[PERSON|Rowan Ellery]], Bye Street Surgery`,
  ],
  [
    'referral',
    `Consult request — Nephrology
Patient: [[PERSON|Desmond Quarrington]], DOB [[DATE|01/30/1947]], MRN [[MRN|61903274]], Room [[MRN|5W-22]]
Reason: AKI on CKD 3b after contrast CT on [[DATE|11/21/2026]]; creatinine 1.9 → 3.4 mg/dL, K 5.9.
Requesting physician: [[PERSON|Wren Holcomb]], PA-C
Date: [[DATE|11/24/2026]]`,
  ],
  [
    'referral',
    `Referral to memory clinic
Name: [[PERSON|Chan Siu-ming]]   HKID: [[ID_CARD|${hkid('K', '408231')}]]
Age: [[AGE|91]]   Address: [[ADDRESS|Flat 8C, Block 3, Tai Hing Gardens, Tuen Mun, New Territories]]
Progressive forgetfulness over 2 years; MoCA 14/30 (Cantonese version). Lives with his granddaughter [[PERSON|Chan Hoi-yan]], [[PHONE|9412 7830]].
Referred by Dr [[PERSON|Leung Ka-wai]] on [[DATE|24/11/2026]]`,
  ],
  [
    'handover',
    `(spoken handover, transcribed)
...so bed [[MRN|one]], Mrs [[PERSON|Pickering]], she's the [[AGE|ninety-seven]]-year-old, comfortable, family visiting. Bed [[MRN|two]], [[PERSON|Arlo]] — [[PERSON|Arlo Featherstonehaugh]], yeah, sorry — post-op knee, PCA running. Bed three's empty. Bed [[MRN|four]], [[PERSON|Grace]], diabetic, sugars were twenty-two at teatime, gave correction. Bed [[MRN|five]], Mr [[PERSON|Quarshie]], home tomorrow.`,
  ],
  [
    'handover',
    `SBAR — to night registrar, [[DATE|23/11/2026]]
S: [[PERSON|Kwabena Boakye-Danquah]], 59M, bed [[MRN|B9]], hospital no. [[MRN|H3390126]], new chest pain 21:40.
B: NSTEMI on [[DATE|20/11]], awaiting angiogram.
A: ECG unchanged; troponin 412 → 398; pain 3/10 after GTN.
R: Please review before midnight. Wife [[PERSON|Akosua]] is on [[PHONE|07700 900671]] and wants a call.
From: [[PERSON|Jess Thorne]], staff nurse`,
  ],
  [
    'handover',
    `I-PASS handoff — PICU, [[DATE|11/24/2026]] 07:00
Illness severity: watcher
Patient: [[PERSON|Mateo Villanueva]], 3 y, MRN [[MRN|20931758]], bed [[MRN|PICU-11]]
Summary: RSV bronchiolitis, HFNC 2 L/kg/min, FiO2 0.35.
Action: if FiO2 > 0.5 call fellow; NPO.
Situation awareness: mother [[PERSON|Yesenia]] Spanish-speaking; interpreter [[PERSON|Rosa Elizondo]] available 08:00–16:00.
Synthesis by receiver: Dr [[PERSON|Okwuosa]]`,
  ],
  [
    'nursing-note',
    `Nursing note [[DATE|24/11/2026]] 14:00
Pt [[PERSON|Gwendolyn Tregenza]], bed [[MRN|21]], hosp no [[MRN|M0475521]], NHS [[INSURANCE_ID|${nhs('390417')}]]. Waterlow 18, Braden 13. Grade 2 pressure ulcer L heel dressed with hydrocolloid. Repositioned 2-hourly; air mattress in place. Ate half of lunch. Daughter [[PERSON|Penny]] ([[PHONE|07700 900745]]) brought in glasses and hearing aids.
[[PERSON|S. Mbatha]], RN`,
  ],
  [
    'nursing-note',
    `Community nursing visit — [[DATE|24/11/2026]]
Client: [[PERSON|Walter Penhaligon]], [[AGE|90]], [[ADDRESS|Wheal Rose Farmhouse, Scorrier, Redruth TR16 5BX]]
NHS number: [[INSURANCE_ID|${nhs('518203')}]]
Catheter changed (14 Ch), urine clear. Key safe code held in the office, not recorded here.
Next visit [[DATE|1 December]]. Carer [[PERSON|Demelza]] present.
[[PERSON|Kit Trevaskis]], District Nurse, [[PHONE|01632 960582]]`,
  ],
  [
    'nursing-note',
    `Medication administration note — [[DATE|11/24/2026]] 22:10
[[PERSON|Cornelius Wetherell]], DOB [[DATE|04/17/1958]], MRN [[MRN|55310287]], Room [[MRN|412B]], declined his 22:00 insulin glargine 18 units; BG 142 mg/dL. Explained risk; he prefers to discuss with Dr [[PERSON|Nakagawa]] in the morning. Night nurse [[PERSON|Esperanza Duarte]], RN.`,
  ],
  [
    'lab-report',
    `PATHOLOGY REPORT
Patient: [[PERSON|Ingrid Ravndal]]   DOB: [[DATE|21/01/1967]]   Lab no: [[MRN|26-H-114802]]
NHS no: [[INSURANCE_ID|${nhs('730164')}]]
Specimen: skin ellipse, left shoulder, received [[DATE|19/11/2026]]
Microscopy: superficial spreading melanoma, Breslow 0.6 mm, no ulceration, margins clear (closest 4 mm).
Requested by Dr [[PERSON|Anouk Verhoeven]], hospital no. [[MRN|S4027716]]
Reported by Dr [[PERSON|Colm Devaney]], [[DATE|24/11/2026]]`,
  ],
  [
    'lab-report',
    `CRITICAL VALUE CALL LOG
[[DATE|11/24/2026]] 05:48 — K 6.7 mmol/L (hemolysis index normal) on [[PERSON|Barnaby Whitlock]] (DOB [[DATE|06/02/1940]]), MRN [[MRN|83320946]], accession [[MRN|C26-3281047]].
Called to [[PERSON|Nia Okonkwo]], RN, 4 North, read back confirmed. Caller: [[PERSON|Dusty Fenwick]], MLS.`,
  ],
  [
    'lab-report',
    `Collecting a 24-hour urine sample
• Start in the morning: pass the first urine of the day into the toilet and note the time.
• After that, collect every drop of urine for the next 24 hours in the large container.
• Finish by passing urine into the container at the same time the next morning.
• Keep the container cool and bring it to the lab reception the same day.`,
  ],
  [
    'imaging-report',
    `CT HEAD WITHOUT CONTRAST
Patient: [[PERSON|Thaddeus Wolcott]]   MRN: [[MRN|40218837]]   Accession: [[MRN|CT-26-0981442]]
Exam date: [[DATE|11/24/2026]]   Ordering: [[PERSON|Marisol Echeverría]], MD
DOB: [[DATE|10/05/1933]]
Indication: [[AGE|93]]-year-old on apixaban, fall with head strike.
Findings: 9 mm left frontal convexity subdural haematoma without midline shift. Chronic small-vessel change.
Impression: acute left subdural haematoma; neurosurgery aware.
Read by: [[PERSON|Anselm Vickery]], MD`,
  ],
  [
    'imaging-report',
    `Before your MRI scan
• Tell us if you have a pacemaker, a cochlear implant, metal fragments in your eyes or any implanted pump.
• Remove jewellery, hair clips, watches and bank cards before entering the scanner room.
• The scanner is noisy; we will give you ear protection.
• A typical scan takes 20 to 40 minutes. Please lie as still as you can.`,
  ],
  [
    'imaging-report',
    `ULTRASOUND — RENAL TRACT
Name: [[PERSON|Precious Dlamini]]   ID no: [[ID_CARD|${luhn('790412047208')}]]
Folder no: [[MRN|GS-0417722]]   Date: [[DATE|24/11/2026]]
Right kidney 10.8 cm with moderate hydronephrosis and an 8 mm calculus at the PUJ. Left kidney normal. Bladder unremarkable.
Contact: [[PHONE|082 555 3719]]
Sonographer: [[PERSON|Thandeka Mokoena]]   Reported: Dr [[PERSON|Pieter du Plessis]]`,
  ],
  [
    'prescription',
    `Rx
[[PERSON|Marguerite Fontaine]]   DOB [[DATE|09/03/1946]]
[[ADDRESS|155 Elm Street, Apt 3, Burlington, VT 05401]]   Ph [[PHONE|(802) 555-0174]]
Plan member ID: [[INSURANCE_ID|BVT-30918274]]
Apixaban 5 mg tablets — take 1 tablet by mouth twice daily. Disp #60, refills 5.
Prescriber: [[PERSON|Caleb Rourke]], NP   NPI on file
Pharmacy: Champlain Drug, Church Street
Rx no. [[MRN|6603219]]   Written [[DATE|11/24/2026]]`,
  ],
  [
    'prescription',
    `How to take your new inhaler
1. Shake the inhaler and remove the cap.
2. Breathe out gently, away from the mouthpiece.
3. Put the mouthpiece in your mouth, start to breathe in slowly and press down once.
4. Hold your breath for up to 10 seconds, then breathe out slowly.
5. Rinse your mouth with water after a steroid inhaler.`,
  ],
  [
    'prescription',
    `Pharmacy label
[[PERSON|HOLLINGWORTH, Beatrix]]   [[DATE|24/11/26]]
DOB [[DATE|15/07/1952]], [[ADDRESS|6/22 Bay Street, Brighton VIC 3186]]
Prednisolone 5 mg tablets — take 8 tablets (40 mg) each morning for 5 days, with food.
Dispensing ref: [[MRN|PX-2611-0427]]
Medicare: [[INSURANCE_ID|${medicare('41736205', '2')}]]
Bayside Community Pharmacy`,
  ],
  [
    'consent',
    `CONSENT FORM 1 — Patient agreement to investigation or treatment
Patient: [[PERSON|Alasdair Munro-Whyte]]   DOB: [[DATE|29/09/1964]]   Hospital no: [[MRN|U3048219]]   NHS no: [[INSURANCE_ID|${nhs('845031')}]]
Procedure: flexible cystoscopy and biopsy
Risks discussed: bleeding, infection, need for catheter.
Signed: [[PERSON|A. Munro-Whyte]]   Date: [[DATE|24/11/2026]]
Health professional: [[PERSON|Yusra Qureshi]], Specialty Doctor, Urology
Interpreter: not required`,
  ],
  [
    'consent',
    `Informed consent — research biobank
Participant: [[PERSON|Liu Guoqiang]]   Study ID: [[MRN|BBK-05177]]
Chinese resident ID (old 15-digit card): [[ID_CARD|310104351208157]]
Passport: [[PASSPORT|E61827390]]
Age: [[AGE|91]]. Consent explained in Mandarin by [[PERSON|Hu Xiaoyan]] (research nurse); witness [[PERSON|Diego Marchetti]].
Signed on [[DATE|24 November 2026]] in the presence of his son [[PERSON|Liu Wei]].`,
  ],
  [
    'consent',
    `Consent for photography (wound care)
I, [[PERSON|Shirin Taherzadeh]], date of birth [[DATE|17/08/1979]], agree that photographs of my leg ulcer may be stored in my medical record (hospital number [[MRN|Q8812340]]) and used for teaching with my face not shown. Address: [[ADDRESS|3 Dovecote Close, Harrogate HG2 7LQ]].
Signature: [[PERSON|S. Taherzadeh]]   Date: [[DATE|24/11/2026]]
Witness: [[PERSON|Florence Nwachukwu]], Tissue Viability Nurse`,
  ],
  [
    'billing',
    `STATEMENT OF ACCOUNT
Guarantor: [[PERSON|Dwight Kowalczyk]]   SSN: [[ID_CARD|987-65-4327]]
Patient: [[PERSON|Hazel Kowalczyk]] (spouse)   Account: [[MRN|PA-7731840]]
Service date: [[DATE|10/30/2026]]   Outpatient MRI lumbar spine
Charges $2,410.00   Insurance paid $1,928.00   Balance due $482.00
Paid by card [[BANK_CARD|${spaced(luhn('455671208314962'))}]] on [[DATE|11/24/2026]]
Invoice INV-55108   Billing address: [[ADDRESS|71 Orchard Way, Hershey, PA 17033]]`,
  ],
  [
    'billing',
    `Self-pay estimate — private day surgery
Patient: [[PERSON|Jasper Ellingham]]   Passport: [[PASSPORT|539184207]]
Procedure: right inguinal hernia repair, day case
Estimate £3,180.00 (surgeon, anaesthetist and facility)
Deposit £500.00 taken from Mastercard [[BANK_CARD|${spaced(luhn('527604913085117'))}]]
Contact: [[EMAIL|jasper.ellingham@example.co.uk]], [[PHONE|07700 900253]]
Quote ref Q-26-1187, valid 30 days`,
  ],
  [
    'billing',
    `Claim form — Dental & Medical plan
Member: [[PERSON|Oluwaseun Bankole]]   Member ID: [[INSURANCE_ID|NWH-4418203-01]]
Dependant: [[PERSON|Tobi Bankole]], DOB [[DATE|05/06/2017]]
Provider: Harbourside Paediatrics   Date of service: [[DATE|11/18/2026]]
Amount claimed: $165.00   Receipt no. 0027361
Home: [[ADDRESS|560 Harbor View Road, Apt 12, Charleston, SC 29412]]
Reimburse to account holder [[PERSON|O. Bankole]], e-mail [[EMAIL|seun.bankole@example.com]]`,
  ],
  [
    'online-consult',
    `Telehealth session log
Session: [[MRN|TH-26-448120]]   Date: [[DATE|11/24/2026]] 18:32–18:47
Patient: [[PERSON|Aubrey Castellanos]]   Portal user: [[ACCOUNT|aubrey.c84]]   IP: [[IP|2001:db8:7c2::4e]]
E-mail on file: [[EMAIL|aubrey.castellanos@example.com]]
Clinician: [[PERSON|Nkechi Obiora]], FNP
Reason: dysuria 2 days, no fever. Nitrofurantoin 100 mg bid × 5 days sent to pharmacy.
Visit summary: [[URL|https://portal.example.com/visits/TH-26-448120]]`,
  ],
  [
    'online-consult',
    `Online GP consultation (text)
[[DATE|24/11/2026]] 09:12 [[ACCOUNT|fennelmoss]]: Hi, I've had a red, itchy eye since Saturday, no pain, vision fine.
09:15 Dr [[PERSON|Juniper Hale]]: Any discharge? Do you wear contact lenses?
09:16 [[ACCOUNT|fennelmoss]]: sticky in the mornings, no lenses
09:18 Dr [[PERSON|Juniper Hale]]: Sounds like bacterial conjunctivitis. You can buy chloramphenicol drops from a pharmacy. Please confirm your name and date of birth for the record.
09:19 [[ACCOUNT|fennelmoss]]: [[PERSON|Marnie Ashworth]], [[DATE|02/12/1994]]`,
  ],
  [
    'online-consult',
    `Video consult notes — [[DATE|24 Nov 2026]]
Pt: [[PERSON|Rangi Paewai]], NHI [[INSURANCE_ID|${nhi('HTM', '607')}]], connected from [[IP|203.0.113.212]]
Known gout; acute flare of right 1st MTP for 2 days. Not on allopurinol yet. Colchicine 0.5 mg bd for 3 days; start allopurinol after flare settles.
Bloods form e-mailed to [[EMAIL|rangi.paewai@example.co.nz]]. Dr [[PERSON|Sione Latu]]`,
  ],
  [
    'patient-message',
    `Hello Dr [[PERSON|Fairweather]], this is [[PERSON|Rosalind Beck]] (DOB [[DATE|11/04/1962]]). I had my colonoscopy on [[DATE|November 17]] (chart number [[MRN|MN-4471206]]) and was told you'd ring with the polyp results. I haven't heard anything yet. My number is [[PHONE|(503) 555-0127]]. Thanks, [[PERSON|Roz]]`,
  ],
  [
    'patient-message',
    `Hi, message for the diabetes nurses please. My dad [[PERSON|Gordon Lockhart]] ([[AGE|94]]) is having lots of hypos in the night, 2.9 this morning. He's on Lantus 22 units. Can someone call me back? I'm his daughter [[PERSON|Fiona]], [[PHONE|07700 900934]]. His CHI is [[INSURANCE_ID|${chi('050732', '173')}]]. Thanks`,
  ],
  [
    'patient-message',
    `Dear clinic, I moved house last week. Please update my records: [[PERSON|Teodora Vasilescu]], date of birth [[DATE|23/03/1988]], hospital number [[MRN|RD60418821]], new address [[ADDRESS|Flat 5, 42 Chesterton Road, Cambridge CB4 3AX]]. New mobile [[PHONE|07700 900566]], email [[EMAIL|t.vasilescu@example.org]]. Thank you.`,
  ],
  [
    'family-chat',
    `🏥 Grandad updates
[[PERSON|Kezia]]: he's been moved to ward 11, bed [[MRN|4]]
[[PERSON|Kezia]]: they said he's [[AGE|ninety-one]] in the notes 😂 he's actually 89, can someone tell them his DOB is [[DATE|2 March 1937]]
Uncle [[PERSON|Baz]]: I'll ring the ward. Is the car park on [[ADDRESS|Heath Road, Ipswich IP4 5PD]]?
[[PERSON|Kezia]]: yes, I parked in P3, reg [[PLATE|AK68 VRN]]
[[PERSON|Toby]]: I can take the evening shift 👍`,
  ],
  [
    'family-chat',
    `[Mum & the kids]
Mum: Nana's hearing aid is lost again, the ward said to call 4East
[[PERSON|Sunny]]: what's their number?
Mum: [[PHONE|(720) 555-0193]]
[[PERSON|Sunny]]: Venmo'd you for the parking @[[ACCOUNT|sunny-ablett]]
[[PERSON|Lachlan]]: her MRN is [[MRN|30917264]] if they ask, it's on the wristband photo
Mum: thanks loves 💕`,
  ],
  [
    'family-chat',
    `Whānau — Koro in hospital
[[PERSON|Aroha]]: Koro's NHI if anyone needs it for the form: [[INSURANCE_ID|${nhi('PLW', '293')}]]
[[PERSON|Wiremu]]: sweet. Is his op still on [[DATE|26 Nov]]? Visiting hours 2 till 8?
[[PERSON|Aroha]]: yep. Ward 24, room [[MRN|8]]
[[PERSON|Mere]]: I'll bring his slippers. Anyone got [[PERSON|Huia]]'s number?
[[PERSON|Aroha]]: [[PHONE|021 736 4028]]`,
  ],
  [
    'sms-reminder',
    `Pinecrest Medical: Hi [[PERSON|Lorcan]], reminder of your appointment with Dr [[PERSON|Abernethy]] on Thu [[DATE|26 Nov]] at 9:40. Reply C to confirm or R to rebook. Ref [[MRN|AP-309128]]`,
  ],
  [
    'sms-reminder',
    `NHS Breast Screening: [[PERSON|Marcia Thompson-Reid]], your mammogram is on [[DATE|03/12/2026]] at 14:20, Screening ref [[MRN|BS-26-918406]]. Mobile Unit, [[ADDRESS|Tesco car park, Ferry Road, Hull HU13 0PJ]]. To change call [[PHONE|01632 960117]].`,
  ],
  [
    'sms-reminder',
    `Riverside Surgery: our flu and COVID-19 vaccine clinics run every Saturday morning until the end of December. No need to reply. To book, use the online booking page or call the surgery after 10am.`,
  ],
  [
    'parathyroid-clinic',
    `Endocrine Surgery Clinic — primary hyperparathyroidism
[[PERSON|Philippa Drummond-Lacey]], 58F, NHS [[INSURANCE_ID|${nhs('407126')}]], DOB [[DATE|12/05/1968]]
Adjusted calcium 2.84, PTH 14.2 pmol/L, eGFR 71. DEXA: forearm T-score −2.9. Renal US ([[DATE|02/11/2026]]): 5 mm left renal stone.
Sestamibi/SPECT-CT ([[DATE|16/11/2026]], report [[MRN|NM-26-30418]]): concordant right inferior adenoma.
Plan: focused right inferior parathyroidectomy, listed for [[DATE|19/01/2027]]. Cinacalcet not needed meanwhile.
Surgeon: Mr [[PERSON|Idris Pemberton]]`,
  ],
  [
    'parathyroid-clinic',
    `Post-op call — parathyroidectomy
[[DATE|11/24/2026]] 15:05. Called [[PERSON|Gloria Abernathy-Stokes]] (MRN [[MRN|71480923]]) on POD 1 at [[PHONE|(412) 555-0106]]. Mild tingling around lips last evening, settled after two calcium carbonate 1,250 mg tablets. Neck dressing dry, voice normal. Intra-op PTH fell from 198 to 29 pg/mL.
Pathology ([[MRN|SP26-71833]]) pending. Patient asked for results by e-mail: [[EMAIL|gloria.as@example.net]].
— [[PERSON|Tamsin Reyes]], RN, Endocrine Surgery`,
  ],
  [
    'parathyroid-clinic',
    `Endocrinology follow-up — Abu Dhabi
Patient: [[PERSON|Mariam Al-Suwaidi]]   Emirates ID: [[ID_CARD|${emirates('1961', '3082174')}]]
Passport: [[PASSPORT|P4107238]]
Parathyroid adenoma removed [[DATE|14/09/2026]]; calcium now 2.31 mmol/L, PTH 4.8 pmol/L. Vitamin D 22 ng/mL — started colecalciferol 50,000 IU weekly for 8 weeks.
Mobile [[PHONE|050 555 3817]]; e-mail [[EMAIL|mariam.suwaidi@example.ae]]; son [[PERSON|Saif]] accompanies.
Next visit [[DATE|23/02/2027]]`,
  ],
  [
    'cerebral-palsy-clinic',
    `Paediatric Neurodisability Clinic — cerebral palsy review
[[PERSON|Jude Okonjo-Marsh]], 8y, NHS [[INSURANCE_ID|${nhs('634208')}]], DOB [[DATE|21/06/2018]]
Spastic diplegia, GMFCS level II. Walks with bilateral AFOs; more tripping at school (Hollybrook Primary). Popliteal angles 60°/65°.
Plan: botulinum toxin A to both gastrocnemii and hamstrings under sedation on [[DATE|15/12/2026]]; serial casting afterwards; gait lab review.
Mum [[PERSON|Abigail]] agrees. Physio: [[PERSON|Carys Pugh]]. Consultant: Dr [[PERSON|Farid Hosseini]]`,
  ],
  [
    'cerebral-palsy-clinic',
    `Selective dorsal rhizotomy evaluation — [[DATE|11/24/2026]]
Patient: [[PERSON|Emerson Kilgallen]], age 6, DOB [[DATE|03/09/2020]], MRN [[MRN|90332718]]
Medicaid ID: [[INSURANCE_ID|MO-771204836]]
Spastic diplegic cerebral palsy after 28-week prematurity; GMFCS II; Ashworth 2 at both ankles; good selective motor control.
Team opinion: suitable for SDR; surgery tentatively [[DATE|02/16/2027]].
Parents [[PERSON|Shay]] and [[PERSON|Callum Kilgallen]], [[ADDRESS|2207 Oakmont Lane, Columbia, MO 65203]], [[PHONE|(573) 555-0151]]`,
  ],
  [
    'cerebral-palsy-clinic',
    `Botulinum toxin injections for children with cerebral palsy — what to expect
• The injections relax tight muscles for about three to four months.
• Your child may have numbing cream or light sedation; the injections take a few minutes.
• Stretching, splints and physiotherapy afterwards make the effect last longer.
• Call the team if your child has trouble swallowing or breathing, which is rare.`,
  ],
  [
    'pku-clinic',
    `Inherited Metabolic Disease Clinic — PKU
[[PERSON|Isla Rennick]], 11 months, DOB [[DATE|24/12/2025]], NHS [[INSURANCE_ID|${nhs('725380')}]]
Diagnosed on newborn blood spot screening (day 5, [[DATE|29/12/2025]]). Phe today 290 µmol/L (target 120–360). Protein substitute 3 × 20 g/day, natural protein 5 g/day as exchanges.
Weekly blood spots posted by mum [[PERSON|Heather]]; address on card: [[ADDRESS|9 Loanhead Terrace, Aberdeen AB25 2SY]].
Dietitian: [[PERSON|Moira Cruickshank]]   Consultant: Dr [[PERSON|Ambrose Teague]]`,
  ],
  [
    'pku-clinic',
    `Adult PKU clinic — preconception visit
[[PERSON|Brianna Castellucci]], 27F, DOB [[DATE|06/14/1999]], cell [[PHONE|(614) 555-0181]], MRN [[MRN|56027184]], member ID [[INSURANCE_ID|UHX9021734518]]
Planning pregnancy in 2027. Phe 780 µmol/L on self-reported relaxed diet; discussed target under 360 for 3 months before conception. Sapropterin trial started [[DATE|11/24/2026]]; Phe check in 1 week.
Diet app login shared with dietitian: [[ACCOUNT|bri_castellucci]]
Resources: [[URL|https://metabolic.example.org/pku/preconception]]`,
  ],
  [
    'pku-clinic',
    `Metabolic Dietetics: Hi [[PERSON|Keanu]], this week's blood spot card for [[PERSON|Mila Tuhiwai]] hasn't arrived. Please post it by [[DATE|27 Nov]] or drop it at [[ADDRESS|Starship, Level 5, 2 Park Road, Grafton, Auckland 1023]]. Questions: [[PHONE|09 307 4915]]`,
  ],
  [
    'cushing-clinic',
    `Pituitary clinic — suspected Cushing's disease
[[PERSON|Harriet Wolstenholme]], 41F, NHS [[INSURANCE_ID|${nhs('561047')}]], hospital no. [[MRN|T2094471]]
Late-night salivary cortisol raised ×2; 24-h urine free cortisol 488 nmol; no suppression on 1 mg overnight dexamethasone (cortisol 212 nmol/L). ACTH 74 ng/L. Pituitary MRI ([[DATE|10/11/2026]]): equivocal 4 mm lesion.
Plan: bilateral inferior petrosal sinus sampling on [[DATE|08/12/2026]]; metyrapone meanwhile to be discussed.
Address: [[ADDRESS|41 Moorside Lane, Keighley BD21 5HT]]. Husband [[PERSON|Graham]] present, [[PHONE|01632 960741]]. Dr [[PERSON|Niamh Lowery]]`,
  ],
  [
    'cushing-clinic',
    `Adrenal MDT outcome — [[DATE|24/11/2026]]
[[PERSON|Bartholomew Ingersoll]], 63M, Medicare [[INSURANCE_ID|${medicare('52091736', '3')}]], UR [[MRN|4471935]]
Left adrenal adenoma 3.6 cm, autonomous cortisol secretion with diabetes and osteoporosis. Recommendation: laparoscopic left adrenalectomy; perioperative hydrocortisone cover; sick-day rules education.
Home: [[ADDRESS|14 Banksia Crescent, Toowoomba QLD 4350]]. Mobile [[PHONE|0491 570 156]].
Surgeon: Dr [[PERSON|Yvette Castellanos-Byrne]]`,
  ],
  [
    'cushing-clinic',
    `Telephone note — endocrine nurse line, [[DATE|24/11/2026]]
[[PERSON|Zainab Chaudhry]] (DOB [[DATE|12/01/1986]], hospital no. [[MRN|BH7069341]]), 3 weeks after transsphenoidal surgery for Cushing's disease, on hydrocortisone 10/5/5 mg. Vomiting since last night, unable to keep tablets down. Advised IM hydrocortisone 100 mg from her emergency kit and to attend ED now; husband [[PERSON|Imran]] driving, car [[PLATE|BK21 ZTU]].
Number called: [[PHONE|07700 900812]]. — [[PERSON|Leona Brightwell]], CNS`,
  ],
];

export function generateDeidHoldout43(): LabelledRecord[] {
  return holdoutRecords('h43', zh, en);
}

export const DEID_HOLDOUT_43_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/labelled/deid-holdout-43.jsonl',
);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const records = generateDeidHoldout43();
  writeFileSync(DEID_HOLDOUT_43_PATH, renderJsonl(records));
  console.log(`wrote ${records.length} records to ${DEID_HOLDOUT_43_PATH}`);
}
