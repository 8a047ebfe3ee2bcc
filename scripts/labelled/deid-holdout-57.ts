import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  chi,
  emirates,
  hkid,
  luhn,
  medicare,
  nhi,
  nhs,
  nric,
  ohip,
  rid,
  spaced,
  twid,
} from './check-digits.ts';
import { holdoutRecords, type LabelledRecord, renderJsonl } from './generate-deid.ts';

/**
 * The ROUND-57 fresh held-out de-identification set (data/labelled/deid-holdout-57.jsonl): 120
 * hand-written snippets (60 Chinese, 60 English) with hand-placed spans, marked inline as [[TYPE|text]]
 * (parseMarked strips the marks and records UTF-16 offsets). Written by a separate, blind annotator who
 * did not read the recognizer code, the lexicons, the name model, the registry, the bench or the docs,
 * read no earlier snippet beyond the first three of round 56 (and the last snippets shown by a tail of
 * its script), and never ran a recognizer, the guard or the CLI on these snippets; it must not be used
 * to adjust the recognizers.
 *
 * About four fifths are the everyday documents of a general hospital and the messages of its patients
 * (admission, progress and discharge notes, outpatient notes and letters, referrals, handovers,
 * nursing notes, lab and imaging reports, prescriptions, consent, billing papers, online
 * consultations, patient messages, family chats and SMS reminders), in new wording; a fifth come from
 * four settings no earlier card names: Kienböck disease (lunate osteonecrosis) clinics, Zenker
 * diverticulum (pharyngeal pouch) clinics, piriformis syndrome clinics and polymorphic light eruption
 * clinics.
 *
 * Identifiers are synthetic and computed below from hand-chosen parts: 18-digit resident IDs get their
 * GB 11643 check character from a region code, birth date and sequence chosen to agree with the text
 * (the last sequence digit odd for men, even for women); 15-digit IDs are typed from region code, birth
 * date and sex digit; bank cards get a Luhn digit (the American Express number is spaced 4-6-5 by the
 * amex helper below); NHS numbers are in the 999 test range with their modulus-11 digit; Scottish CHI
 * numbers get their modulus-11 digit after a birth date and a sex digit; Australian Medicare numbers get
 * their check digit and an issue digit; NZ NHIs, the Hong Kong identity cards, the Singapore NRICs and
 * the Taiwan ID get their check characters; Ontario health numbers and the Emirates ID get a Luhn digit.
 * The US MBI follows the published character pattern and the SSN is in the 987-65-432x advertising
 * range. Phones are random mainland numbers or fictional ranges (North American 555-01xx, UK 07700
 * 900xxx and Ofcom drama ranges, Australian 0491 57x xxx mobiles); mail and web hosts are example.*;
 * IP addresses come from the documentation ranges.
 *
 * Span conventions are those of data/labelled/deid-holdout-56.card.yaml (and the earlier cards it
 * refers to); the decisions new in this round are stated in data/labelled/deid-holdout-57.card.yaml.
 */

/** An American Express number: fourteen digits and the Luhn digit, spaced 4-6-5. */
const amex = (body: string): string => {
  const n = luhn(body);
  return `${n.slice(0, 4)} ${n.slice(4, 10)} ${n.slice(10)}`;
};

const zh: Array<[string, string]> = [
  [
    'admission',
    `神经内科入院记录
住院号：[[MRN|0061839247]]　床号：[[MRN|22]]
入院时间：[[DATE|2026年11月23日]] 04:15
姓名：[[PERSON|妥永祥]]　男　67岁　东乡族
身份证号：[[ID_CARD|${rid('620102', '19590713', '357')}]]
现病史：晨起发现右侧肢体无力伴言语含糊2小时，NIHSS 6分，头颅CT未见出血，予阿替普酶0.9mg/kg静脉溶栓。
既往：高血压10年，规律服用氨氯地平5mg qd。
联系人：妻子[[PERSON|冶秀兰]]　[[PHONE|13919462583]]
家庭住址：[[ADDRESS|甘肃省兰州市城关区庆阳路211号3号楼502室]]`,
  ],
  [
    'admission',
    `呼吸与危重症医学科入院记录
患者：[[PERSON|郑素娥]]　女　[[AGE|九十三]]岁
身份证：[[ID_CARD|330302330815024]]
住院号：[[MRN|WZ1128406]]　床号：[[MRN|加12]]
入院日期：[[DATE|2026-11-24]]
发热、咳黄痰4天，CURB-65评分3分，胸片示右下肺斑片影，指脉氧88%，予哌拉西林他唑巴坦4.5g q8h。
长期卧床，由儿子[[PERSON|郑国庆]]陪护，联系电话[[PHONE|0577-88327416]]。
家庭住址：[[ADDRESS|浙江省温州市鹿城区解放街86号]]`,
  ],
  [
    'admission',
    `骨科入院记录（厦门）
姓名：[[PERSON|游明哲]]　男　52岁　台湾居民
台湾身份证号：[[ID_CARD|${twid('F', '12703846')}]]
住院号：[[MRN|XM0387215]]　床号：[[MRN|7-23]]
入院日期：[[DATE|2026年11月21日]]
骑电动车摔伤右腕，X线示桡骨远端粉碎性骨折（AO C2型），拟行切开复位钢板内固定。
联系电话：[[PHONE|+886 912 408 573]]（台湾）／[[PHONE|18059273164]]（大陆）
妻子：[[PERSON|翁淑惠]]
暂住地址：[[ADDRESS|厦门市思明区莲前西路318号12楼之3]]`,
  ],
  [
    'progress-note',
    `肾内科日常病程记录
[[DATE|2026-11-22]] 10:30
患者[[PERSON|岑光耀]]，男，58岁，[[MRN|十七]]床，住院号[[MRN|GY20461938]]。
第3次血液透析后，血肌酐由812μmol/L降至536μmol/L，血钾4.6mmol/L，尿量约400mL/24h。
[[PERSON|皇甫晴]]主任查房：继续隔日透析，择期行左前臂动静脉内瘘成形术，请血管外科[[PERSON|柏]]医生会诊。
记录医师：[[PERSON|石晓岚]]`,
  ],
  [
    'progress-note',
    `重症医学科病程记录　[[DATE|2026年11月23日]]
床号：ICU [[MRN|6]]　住院号：[[MRN|ZZ-0794352]]
患者[[PERSON|上官德润]]，72岁，重症肺炎机械通气第4天。
今日FiO2 45%，PEEP 8cmH2O，氧合指数196，去甲肾上腺素0.08μg/kg/min。
已与女儿[[PERSON|上官悦]]电话沟通病情（[[PHONE|0371-65938207]]），家属同意继续目前治疗。
心内科[[PERSON|闫]]主任会诊：超声心动图EF 52%，暂不考虑心源性因素。
医师签名：[[PERSON|牛嘉禾]]`,
  ],
  [
    'progress-note',
    `消化内科病程记录
[[DATE|11月24日]]　[[PERSON|吉克伍呷]]　男　51岁　彝族　住院号[[MRN|KM2046813]]　床[[MRN|9]]
患者仅会讲彝语，由侄子[[PERSON|吉克阿木]]翻译。
胃镜：胃窦溃疡（A1期），活检病理号[[MRN|B26-41587]]，快速尿素酶试验阳性。
根除Hp：含铋剂四联方案（艾司奥美拉唑、阿莫西林、呋喃唑酮、枸橼酸铋钾）连用两周，之后复查呼气试验。
身份证：[[ID_CARD|${rid('532301', '19750402', '513')}]]
上级医师：[[PERSON|普]]主任`,
  ],
  [
    'discharge',
    `出院小结
姓名：[[PERSON|那桂琴]]　女　[[AGE|91]]岁　满族
住院号：[[MRN|SY00592817]]
住院时间：[[DATE|2026-11-10]]至[[DATE|2026-11-24]]，共14天
诊断：慢性心力衰竭急性加重（NYHA IV级）；心房颤动；2型糖尿病。
出院带药：呋塞米20mg qd，螺内酯20mg qd，达比加群110mg bid。
出院后1周心内科门诊复查，科室电话[[PHONE|024-23895614]]。
医保号：[[INSURANCE_ID|LN210102004781593]]`,
  ],
  [
    'discharge',
    `产科出院记录
产妇：[[PERSON|符晓霜]]　29岁　住院号：[[MRN|HK-OB-208341]]
分娩时间：[[DATE|2026年11月19日]] 13:42，孕39+2周，会阴侧切顺产一女婴，体重3260g，Apgar评分9-10分。
新生儿腕带号：[[MRN|XSE-0319-03]]
丈夫：[[PERSON|云海波]]　手机：[[PHONE|136 3751 0928]]
住址：[[ADDRESS|海南省海口市龙华区国贸路49号金海花园6栋1801]]
出院日期：[[DATE|2026-11-22]]，产后42天母婴同来复查。`,
  ],
  [
    'discharge',
    `出院证明书
兹证明[[PERSON|冉茂林]]（身份证号[[ID_CARD|${rid('500103', '19870926', '271')}]]）因“急性化脓性阑尾炎”于[[DATE|2026年11月18日]]入我院普外科，行腹腔镜阑尾切除术，于[[DATE|2026年11月23日]]出院。
建议全休两周，术后10天拆线。
住院号：[[MRN|CQ1938265]]
经治医师：[[PERSON|谭可]]　科主任：[[PERSON|向楚衡]]`,
  ],
  [
    'outpatient',
    `内分泌科门诊病历
就诊日期：[[DATE|2026-11-24]]　门诊号：[[MRN|JN-OP-58301624]]
姓名：[[PERSON|端木晓川]]　男　44岁　医保卡号：[[INSURANCE_ID|SD3701020388172]]
2型糖尿病5年，近3月HbA1c 8.2%，空腹血糖9.6mmol/L，BMI 29.4。
处理：二甲双胍加量至1000mg bid，加用达格列净10mg qd；3个月后复查糖化血红蛋白及尿微量白蛋白。
医师：[[PERSON|蒋若楠]]`,
  ],
  [
    'outpatient',
    `中医科门诊记录
[[PERSON|农秀梅]]　女　[[AGE|90]]岁　壮族　门诊号[[MRN|0298415]]
由孙女[[PERSON|蓝秋菱]]陪诊。夜寐不安、口干便秘2月，舌红少苔，脉细数。
辨证：阴虚火旺。方用天王补心丹加减，7剂，水煎服，日一剂。
[[DATE|12月1日]]复诊。
医师：[[PERSON|覃]]医师`,
  ],
  [
    'outpatient',
    `儿童口腔科门诊
患儿：[[PERSON|陶子墨]]（小名“[[PERSON|小豌]]”）　5岁　就诊卡号：[[MRN|HF-KQ-3392054]]
主诉：右下后牙进食痛1周。检查：85深龋近髓，叩痛（-）。
处理：局麻下行85间接盖髓+玻璃离子充填，全口涂氟。
家长：母亲[[PERSON|胡晓蓓]]　[[PHONE|152 5519 3067]]
[[DATE|2026年11月24日]]　医师：[[PERSON|汪晨]]`,
  ],
  [
    'referral',
    `双向转诊单（上转）
转出单位：赣县区人民医院　转入单位：赣州市人民医院
患者：[[PERSON|钟满娣]]　女　62岁　身份证[[ID_CARD|${rid('360704', '19640311', '428')}]]
住址：[[ADDRESS|江西省赣州市赣县区梅林镇红金大道77号]]
初步诊断：右肺上叶占位性质待查，CEA 18.4ng/mL。
转诊目的：进一步行PET-CT及支气管镜检查。
联系电话：[[PHONE|15879304612]]
转诊医师：[[PERSON|刘伟东]]　[[DATE|2026.11.23]]`,
  ],
  [
    'referral',
    `会诊申请单
申请科室：骨科　床号：[[MRN|8]]　住院号：[[MRN|YC-2093751]]
患者：[[PERSON|向远航]]　男　35岁
病情摘要：右胫骨开放性骨折术后第6天，体温38.9℃，切口渗液，CRP 126mg/L，PCT 1.8ng/mL。
会诊目的：请感染科协助制定抗感染方案。
申请医师：[[PERSON|田雨]]　[[DATE|2026-11-24]] 08:20
会诊医师[[PERSON|宇文清越]]：取切口分泌物培养后经验性予万古霉素15mg/kg q12h，监测谷浓度。`,
  ],
  [
    'referral',
    `远程会诊申请
申请医院：拉萨市人民医院　受邀科室：心脏外科
患者：[[PERSON|旺堆次旦]]　男　16岁　藏族
身份证：[[ID_CARD|${rid('540102', '20100117', '213')}]]
心脏超声：动脉导管未闭（直径6mm），肺动脉收缩压55mmHg；长期居住于海拔3650米。
会诊时间：[[DATE|2026年11月26日]] 15:00
申请医生：[[PERSON|白玛央金]]　邮箱：[[EMAIL|baima.yj@mail.example.cn]]
患儿父亲：[[PERSON|次旦多吉]]　[[PHONE|13908917426]]`,
  ],
  [
    'handover',
    `护理交接班记录（夜班→白班）　[[DATE|2026-11-24]]
[[MRN|3]]床　[[PERSON|董淑珍]]　女　[[AGE|95]]岁　股骨粗隆间骨折术后第2天，尿管通畅，骶尾部皮肤完整，夜间谵妄1次，已告知值班医生。
4床　空床
[[MRN|5]]床　[[PERSON|何建军]]　男　63岁　腰椎术后，引流120mL淡红色，双下肢感觉活动正常。
[[MRN|加2]]床　[[PERSON|景晓东]]　男　41岁　锁骨骨折待手术，今晨禁食禁饮。
交班：[[PERSON|陆雯]]　接班：[[PERSON|于沁柔]]`,
  ],
  [
    'handover',
    `（晨间口头交班，儿科病房）
“[[MRN|3]]床[[PERSON|小鲸]]……不对，[[MRN|3]]床是[[PERSON|乐宝]]，[[PERSON|蒋乐安]]，2岁，热性惊厥入院，昨晚体温最高39.1℃，没有再抽，今天做脑电图。
[[MRN|十一]]床[[PERSON|贺思彤]]，支气管肺炎，夜里咳得厉害，雾化后好一点，SpO2 95%以上。
隔离间[[MRN|2]]床手足口病，[[PERSON|温子睿]]，口腔疱疹影响进食，注意补液。”
交班护士：[[PERSON|麦佩琪]]`,
  ],
  [
    'handover',
    `产房—母婴同室交接单
产妇：[[PERSON|汤蕙兰]]　住院号：[[MRN|BD0652713]]　床号：[[MRN|16]]
分娩：[[DATE|2026-11-24]] 03:18 子宫下段剖宫产，男婴，3480g。
新生儿腕带号：[[MRN|NB-0613]]
术中出血约400mL，宫底脐下一指，缩宫素20U静滴维持。
交出：助产士[[PERSON|庞雪霁]]　接收：[[PERSON|韩梦瑶]]`,
  ],
  [
    'nursing-note',
    `压力性损伤护理记录单
姓名：[[PERSON|包玉芬]]　女　[[AGE|94]]岁　身份证：[[ID_CARD|220102321102046]]
科室：老年病科　床号：[[MRN|12]]　住院号：[[MRN|CC40017825]]
[[DATE|2026-11-24]] 14:00　骶尾部2期压力性损伤，3cm×2.5cm，基底红润，少量渗液，Braden评分11分。
处理：生理盐水清洗，泡沫敷料覆盖，气垫床，每2小时翻身。
护士：[[PERSON|梁晓雪]]`,
  ],
  [
    'nursing-note',
    `“互联网+护理服务”上门记录
订单号：[[MRN|HLFW8827530093]]
服务对象：[[PERSON|华立诚]]　男　81岁　身份证[[ID_CARD|${rid('320211', '19450312', '417')}]]
服务地址：[[ADDRESS|江苏省无锡市滨湖区青祁路155号5幢302室]]
联系人：女儿[[PERSON|华书宁]]　[[PHONE|180 1519 7742]]
服务内容：更换胃管、口腔护理。胃管插入深度55cm，回抽见胃液，固定良好。
上门护士：[[PERSON|殷佳]]　[[DATE|11月24日]] 9:30—10:20`,
  ],
  [
    'nursing-note',
    `PICC导管维护记录
患者：[[PERSON|祁文秀]]　女　55岁　土族　维护手册编号：[[MRN|XN-PICC-0447]]
置管日期：[[DATE|2026-10-12]]　右上臂贵要静脉，外露5cm，臂围28cm。
[[DATE|2026-11-24]]：冲管、更换透明敷料及输液接头，穿刺点无红肿渗液。
下次维护：[[DATE|2026-12-01]]
护士：[[PERSON|马芸熙]]　患者电话：[[PHONE|139 9710 6358]]`,
  ],
  [
    'lab-report',
    `检验报告单（血常规+CRP）
姓名：[[PERSON|薛振华]]　性别：男　年龄：48岁　门诊号：[[MRN|DT5502817]]
标本条码：[[MRN|7430598126]]
采样时间：[[DATE|2026-11-24]] 07:45
WBC 11.8×10^9/L↑　NEUT% 82.3%↑　Hb 128g/L　PLT 214×10^9/L　CRP 46mg/L↑
送检医生：[[PERSON|任志峰]]　检验者：[[PERSON|贾晓丽]]　审核者：[[PERSON|温静]]`,
  ],
  [
    'lab-report',
    `病理诊断报告
病理号：[[MRN|MY-P26-07391]]　住院号：[[MRN|0542817]]
姓名：[[PERSON|苟晓琴]]　女　46岁　送检科室：乳腺外科
送检日期：[[DATE|2026-11-20]]
大体：左乳区段切除标本内见一灰白色肿物，最大径2.1cm，质硬。
诊断意见：左乳非特殊型浸润性癌（组织学2级）。免疫组化：雌激素受体强阳性约90%，孕激素受体阳性约60%，HER-2为1+，Ki-67指数20%左右。
报告医师：[[PERSON|母光辉]]　复核：[[PERSON|蒲一苇]]　报告日期：[[DATE|2026-11-24]]`,
  ],
  [
    'lab-report',
    `尿液标本留取须知
1. 请留取晨起第一次尿的中段尿约10mL，放入专用尿杯并拧紧盖子。
2. 女性请避开月经期；留尿前清洗外阴。
3. 标本请于2小时内送至门诊一楼检验窗口。
4. 如需留取24小时尿，请于第一天早7点排空膀胱后开始计时，至次日早7点最后一次排尿结束，全部尿液收集于容器中并记录总量。
检验科`,
  ],
  [
    'imaging-report',
    `胸部CT平扫报告
影像号：[[MRN|CT0916374]]　检查日期：[[DATE|2026-11-23]]
姓名：[[PERSON|鄂春生]]　男　70岁　住院号：[[MRN|QQ-4021386]]
所见：右肺上叶尖段见分叶状结节，大小约2.3cm×1.9cm，可见毛刺及胸膜牵拉；纵隔4R区淋巴结短径1.1cm。与[[DATE|2025年6月]]片比较，结节增大。
印象：右肺上叶结节，考虑肺癌可能大，建议增强CT或穿刺活检。
报告医师：[[PERSON|孟繁宇]]　审核医师：[[PERSON|敖登其木格]]`,
  ],
  [
    'imaging-report',
    `乳腺X线摄影报告
检查号：[[MRN|ST-MG-118043]]
姓名：[[PERSON|陈映纯]]　女　57岁
检查日期：[[DATE|2026年11月24日]]
所见：双乳呈不均匀致密型（c型）；左乳外上象限见成簇细小多形性钙化，范围约1.2cm。
BI-RADS：左乳4B类，右乳2类。建议左乳钙化灶立体定向活检。
诊断医师：[[PERSON|黄楚鸿]]`,
  ],
  [
    'imaging-report',
    `床旁超声检查报告
科室：急诊ICU　床号：[[MRN|3]]　住院号：[[MRN|EJ2281935]]
姓名：[[PERSON|葛守田]]　男　[[AGE|92]]岁
检查时间：[[DATE|2026-11-24]] 02:10
所见：下腔静脉内径1.0cm，呼吸变异率>50%；双肺前胸壁多处B线；左室收缩功能减低，目测EF约35%；胆囊未见明显异常。
提示：容量不足可能；左心功能减低。
检查医师：[[PERSON|卢振川]]`,
  ],
  [
    'prescription',
    `门诊处方笺
费别：医保　医保卡号：[[INSURANCE_ID|K15060283417]]
姓名：[[PERSON|毕力格图]]　男　55岁　蒙古族　门诊号：[[MRN|EEDS-0661723]]
诊断：痛风性关节炎急性发作
Rp：秋水仙碱片（0.5mg）共20片，起始2片，隔1小时再服1片，此后每日2次、每次1片
　　非布司他片 20mg×14片　20mg qd（急性期后开始）
医师：[[PERSON|额日和木]]　药师：[[PERSON|阿茹汗]]　[[DATE|2026-11-24]]`,
  ],
  [
    'prescription',
    `麻醉药品处方（第一类精神药品）
患者：[[PERSON|鲍学军]]　男　63岁　身份证：[[ID_CARD|${rid('340104', '19630520', '311')}]]
诊断：胰腺癌晚期　癌痛（NRS 7分）
Rp：盐酸羟考酮缓释片（20mg）×14片，每12小时口服1片
代办人：妻子[[PERSON|卞玉华]]　身份证：[[ID_CARD|${rid('340104', '19660902', '520')}]]
处方编号：[[MRN|MZ0048517]]
医师：[[PERSON|储安澜]]　调配：[[PERSON|解琳]]　核对：[[PERSON|邰飞]]
开具日期：[[DATE|2026年11月24日]]`,
  ],
  [
    'prescription',
    `互联网医院电子处方
处方号：[[MRN|RX-SZ-99306418]]
患者：[[PERSON|欧阳子涵]]　女　31岁
诊断：过敏性鼻炎
Rp：糠酸莫米松鼻喷雾剂 50μg×140喷　每侧鼻孔2喷 qd
　　左西替利嗪片 5mg×14片　5mg qn
配送：[[PERSON|欧阳子涵]]　[[PHONE|17722813054]]
收货地址：[[ADDRESS|广东省深圳市福田区景田北路12号3栋2单元904]]
开方医生：[[PERSON|骆嘉俊]]　审方药师：[[PERSON|伍颖]]　[[DATE|2026-11-24]] 20:14`,
  ],
  [
    'consent',
    `手术知情同意书
患者：[[PERSON|全凤兰]]　女　79岁　住院号：[[MRN|TJ0459617]]
拟行手术：腹腔镜胆囊切除术（全麻）
手术风险：出血、胆漏、胆管损伤、中转开腹、心脑血管意外等。
患者因重度听力障碍，委托女婿[[PERSON|柳在浩]]代为签字。
委托人身份证号：[[ID_CARD|${rid('120101', '19780216', '335')}]]
委托人签名：[[PERSON|柳在浩]]　联系电话：[[PHONE|15620917384]]
谈话医师：[[PERSON|冯砚之]]　日期：[[DATE|2026年11月24日]]`,
  ],
  [
    'consent',
    `输血治疗同意书
姓名：[[PERSON|时蔓菁]]　女　38岁　科室：血液科　床号：[[MRN|21]]　住院号：[[MRN|0731582]]
诊断：重型再生障碍性贫血　Hb 52g/L，PLT 8×10^9/L
拟输注：悬浮红细胞2U，单采血小板1治疗量
可能风险：过敏反应、发热反应、溶血反应、输血相关急性肺损伤、经血传播疾病等。
患者签名：[[PERSON|时蔓菁]]　[[DATE|2026-11-24]] 16:05
医师签名：[[PERSON|卜俊杰]]`,
  ],
  [
    'consent',
    `受试者知情同意书（签字页）
研究名称：一项评估某单抗治疗中重度斑块状银屑病的多中心、随机、双盲、安慰剂对照III期研究
受试者编号：[[MRN|S-07-0148]]　姓名缩写：[[PERSON|LJH]]
受试者签名：[[PERSON|黎嘉宏]]　日期：[[DATE|2026年11月24日]]
研究者签名：[[PERSON|邝允中]]　研究者电话：[[PHONE|020-38652074]]`,
  ],
  [
    'billing',
    `住院费用结算单
结算单号：JS0317-58820
姓名：[[PERSON|苏日古嘎]]　住院号：[[MRN|CF-1039472]]　医保类型：城乡居民
住院期间：[[DATE|2026-11-12]]—[[DATE|2026-11-23]]
总费用：18,436.52元　统筹支付：11,982.10元　个人自付：6,454.42元
支付方式：银联卡 [[BANK_CARD|${spaced(luhn('621700368204117'))}]]
收款员：0317`,
  ],
  [
    'billing',
    `商业医疗保险理赔申请书
保单号：[[INSURANCE_ID|P6501-0083147-26]]
被保险人：[[PERSON|加娜尔·努尔兰别克]]　身份证：[[ID_CARD|${rid('650104', '19900315', '624')}]]
出险经过：[[DATE|2026年11月2日]]因急性胆囊炎住院，[[DATE|11月9日]]出院，住院费用合计23,518元。
申请人：丈夫[[PERSON|叶尔兰·托合塔尔]]　身份证：[[ID_CARD|${rid('650104', '19880709', '355')}]]
收款账户：[[BANK_CARD|${luhn('622848046219873051')}]]（户名：[[PERSON|加娜尔·努尔兰别克]]）
联系电话：[[PHONE|199 0991 5827]]`,
  ],
  [
    'billing',
    `门诊退费申请单
就诊卡号：[[MRN|0011739264]]　姓名：[[PERSON|沙婉秋]]
退费项目：腹部彩超（未检查）　金额：180.00元　原发票号：00683172
退款方式：退至银行卡[[BANK_CARD|${spaced(luhn('622202160837415'))}]]
联系电话：[[PHONE|13593027681]]
申请人签名：[[PERSON|沙婉秋]]　[[DATE|2026/11/24]]`,
  ],
  [
    'online-consult',
    `【图文问诊记录】问诊单号：[[MRN|WZ260119384]]
[[ACCOUNT|向日葵不低头]]：医生您好，我妈妈66岁，血压这两天160/95，原来吃氨氯地平5mg，要加药吗？
[[PERSON|鲁文博]]医生：您好，建议先连续测一周早晚血压并记录，同时化验血钾和肌酐。可在氨氯地平基础上加用缬沙坦80mg qd。
[[ACCOUNT|向日葵不低头]]：好的，谢谢医生！
系统记录：患者端IP [[IP|203.0.113.211]]　[[DATE|2026-11-24]] 21:36`,
  ],
  [
    'online-consult',
    `视频复诊记录
复诊号：[[MRN|FZ-0093471]]　患者：[[PERSON|戴明轩]]　男　8岁
监护人：父亲[[PERSON|戴立新]]　手机[[PHONE|13851746902]]
会议链接：[[URL|https://shipin.example.cn/r/8d27fk]]
儿童哮喘控制测试（C-ACT）22分，继续布地奈德福莫特罗80/4.5μg 1吸 bid。
医生端IP：[[IP|2001:db8:7a1::19]]　接诊：[[PERSON|邵佳音]]　[[DATE|2026-11-24]]`,
  ],
  [
    'online-consult',
    `用药咨询记录（药学门诊线上）
咨询人：[[PERSON|苗雨晴]]　QQ：[[ACCOUNT|2837461950]]
问：怀孕10周，感冒咳嗽，能吃右美沙芬吗？
答：妊娠早期尽量避免复方感冒药；可多饮温水、蜂蜜水缓解咳嗽；若体温>38.5℃可用对乙酰氨基酚500mg，每日不超过2g。
药师：[[PERSON|吕晓菲]]　[[DATE|11月24日]]`,
  ],
  [
    'patient-message',
    `（微信）[[PERSON|庄]]主任您好，我是上周做肠镜的[[PERSON|石景川]]，检查号[[MRN|EN-7756921]]。病理报告说是管状腺瘤伴低级别上皮内瘤变，需要多久复查肠镜？另外我爸[[PERSON|石国安]]也想约您的号，他手机[[PHONE|138-0591-7264]]。谢谢！`,
  ],
  [
    'patient-message',
    `投诉信
尊敬的医务科领导：
我爷爷[[PERSON|邢德厚]]今年[[AGE|九十一]]岁，[[DATE|11月20日]]晚在急诊留观，近4小时无人测血压，护士态度生硬。希望医院核实并改进。
爷爷的急诊号：[[MRN|JZ20611087]]
联系人：[[PERSON|邢悦]]　邮箱：[[EMAIL|xingyue_88@example.com.cn]]`,
  ],
  [
    'patient-message',
    `【公众号后台留言】
用户“[[ACCOUNT|清风徐来2019]]”：你好，我是[[PERSON|巫美玲]]，[[DATE|11月18日]]在你们体检中心做了入职体检，体检号[[MRN|TJ88103572]]，报告一直没收到，能否发到我邮箱[[EMAIL|wumeiling@example.cn]]？
回复：您好，已为您安排电子报告发送，请注意查收。`,
  ],
  [
    'family-chat',
    `【相亲相爱一家人】
[[PERSON|文泽]]：奶奶住进骨科[[MRN|三十二]]床了，明天上午手术。
[[ACCOUNT|岁月静好]]：奶奶都[[AGE|九十五]]了，麻醉医生怎么说？
[[PERSON|文泽]]：说风险高但可以做。我开车过去，车牌[[PLATE|黔A·7Q2M5]]，停在住院部负一楼。
小姑：我下午带饭过去。`,
  ],
  [
    'family-chat',
    `【出国看病群】
[[PERSON|林晓帆]]：爸的护照号[[PASSPORT|E73920584]]，妈的是[[PASSPORT|EB4821736]]，新加坡那边医院要提前录入。
姐：我的港澳通行证[[PASSPORT|C68024157]]还在有效期，香港那家可以先去。
[[PERSON|林晓帆]]：好，新加坡医院给的病历号是[[MRN|SG-5531098]]，到时候报这个。`,
  ],
  [
    'family-chat',
    `【外婆生日群】
妈妈：外婆[[AGE|91]]岁生日定在[[DATE|12月6日]]中午，地址是[[ADDRESS|湖南省岳阳市岳阳楼区洞庭南路68号]]二楼包厢。
[[PERSON|小蓁]]：外婆上周出院了吗？
妈妈：出院了，住院号[[MRN|YY3018265]]的出院小结我拍给你。有事打舅舅电话[[PHONE|0730-8231657]]。
[[PERSON|阿龙]]：收到`,
  ],
  [
    'sms-reminder',
    `【市卫健委提醒】冬春季为流感高发期，60岁以上老人、慢性病患者及孕妇可就近到社区卫生服务中心接种流感疫苗，接种时请携带身份证及医保卡。退订回T`,
  ],
  [
    'sms-reminder',
    `【市一医院】[[PERSON|袁宏伟]]先生，您预约的[[DATE|11月27日]]上午9:00消化内科（[[PERSON|钱]]主任）已成功，就诊号[[MRN|A0217]]。请提前30分钟到自助机取号；如需改约：[[URL|https://guahao.example.com.cn/c/7Hq2Xp]]`,
  ],
  [
    'sms-reminder',
    `【门诊药房】[[PERSON|伊]]女士，您的处方药品已备好，取药码[[MRN|5830]]，请于[[DATE|11月26日]]前凭就诊卡到门诊二楼3号窗口领取。`,
  ],
  [
    'kienbock-clinic',
    `手外科门诊病历
就诊日期：[[DATE|2026-11-23]]　门诊号：[[MRN|BD-SW-640218]]
姓名：[[PERSON|苑宝山]]　男　39岁　木工
身份证：[[ID_CARD|${rid('130602', '19870514', '173')}]]
主诉：右腕背侧疼痛、握力下降8个月。
查体：右腕背月骨区压痛，背伸40°（左70°），握力右18kg／左41kg。
MRI：右侧月骨T1WI弥漫低信号，未见塌陷；尺骨负变异2mm。诊断：月骨缺血性坏死（Kienböck病，Lichtman II期）。
建议：桡骨短缩截骨术；暂予腕关节支具固定。
联系电话：[[PHONE|13383120597]]　住址：[[ADDRESS|河北省保定市竞秀区朝阳北大街1219号7栋2单元301]]
医师：[[PERSON|栾志远]]`,
  ],
  [
    'kienbock-clinic',
    `手足外科入院记录
姓名：[[PERSON|段锡文]]　女　26岁　白族　钢琴教师
住院号：[[MRN|DL0209385]]　床号：[[MRN|18]]
身份证：[[ID_CARD|${rid('532901', '20000829', '246')}]]
入院日期：[[DATE|2026年11月24日]]
左腕痛1年余，X线及CT示左月骨硬化、冠状位轻度塌陷，Lichtman IIIA期，尺骨负变异3mm。
拟于[[DATE|11月26日]]行左桡骨短缩截骨、钢板内固定术。
联系人：母亲[[PERSON|杨丽蓉]]　[[PHONE|0872-2186473]]
住址：[[ADDRESS|云南省大理市下关镇泰安路41号]]`,
  ],
  [
    'kienbock-clinic',
    `术后电话随访记录
[[DATE|2026-11-24]]　随访对象：[[PERSON|麻建华]]（住院号[[MRN|WX-1184306]]），右侧月骨缺血坏死行头状骨短缩术后6周。
接听人：本人。诉腕部疼痛VAS 2分，石膏已拆，可做轻度屈伸。
提醒：[[DATE|12月8日]]手外科门诊复查X线；其间患手避免提重超过2kg。
随访护士：[[PERSON|聂婉婷]]　患者回拨电话：[[PHONE|159 6802 3417]]`,
  ],
  [
    'zenker-clinic',
    `耳鼻咽喉头颈外科门诊
[[PERSON|滕振邦]]　男　[[AGE|92]]岁　门诊号：[[MRN|0047719528]]
身份证：[[ID_CARD|370102340627031]]
医保卡号：[[INSURANCE_ID|JN37010229934]]
由儿子[[PERSON|滕伟]]陪同。吞咽后未消化食物反流、口臭、夜间呛咳1年，体重下降4kg。
吞钡造影（检查号[[MRN|FL0863422]]）：颈段食管后壁咽食管憩室（Zenker憩室），约3.5cm×2.8cm。
建议：全麻下内镜下环咽肌切开术；术前心肺功能评估。
医师：[[PERSON|齐]]主任　[[DATE|2026年11月24日]]`,
  ],
  [
    'zenker-clinic',
    `内镜手术知情同意书
患者：[[PERSON|冷秀英]]　女　78岁　住院号：[[MRN|HRB-0551872]]
诊断：咽食管憩室（Zenker憩室）
拟行：经口内镜下憩室间隔切开术（Z-POEM）
风险：出血、穿孔、纵隔气肿、纵隔感染、憩室残留或复发等。
患者授权委托人：儿子[[PERSON|宁振宇]]
委托人身份证：[[ID_CARD|${rid('230102', '19721130', '159')}]]
签字日期：[[DATE|2026-11-24]]　谈话医师：[[PERSON|姜一鸣]]`,
  ],
  [
    'zenker-clinic',
    `咽食管憩室术后饮食指导
1. 术后第1天禁食，遵医嘱静脉补液；无发热、颈部无肿胀者第2天可饮少量温开水。
2. 第3—7天进食流质（米汤、藕粉、营养液），每次不超过150mL，每日6～8次。
3. 第2周起改半流质（粥、烂面条、蒸蛋），细嚼慢咽，餐后保持坐位30分钟。
4. 如出现颈部疼痛加重、发热、呕血或呼吸困难，请立即到急诊就诊。`,
  ],
  [
    'piriformis-clinic',
    `疼痛科门诊病历
[[DATE|2026-11-24]]　门诊号：[[MRN|TY-PK-309184]]
姓名：[[PERSON|郝志刚]]　男　46岁　出租车司机（车牌[[PLATE|晋A·T3586]]）
身份证：[[ID_CARD|${rid('140106', '19800908', '251')}]]
右臀部深处疼痛并向大腿后侧放射3个月，久坐加重，开车超过1小时即麻木。
查体：梨状肌压痛（+），FAIR试验（+），直腿抬高70°阴性；腰椎MRI未见明显神经根受压。
诊断：梨状肌综合征。
处理：超声引导下梨状肌注射（复方倍他米松1mL+0.5%利多卡因4mL），配合拉伸训练。
联系电话：[[PHONE|18635207814]]
家住[[ADDRESS|太原市迎泽区双塔西街62号]]，职工医保个人编号[[INSURANCE_ID|SX14010677205813]]
医师：[[PERSON|狄晓芸]]`,
  ],
  [
    'piriformis-clinic',
    `超声引导下注射治疗记录
治疗单号：[[MRN|ZL-0386152]]
患者：[[PERSON|司徒婉清]]　女　34岁　马拉松爱好者
治疗日期：[[DATE|2026年11月24日]]
部位：左侧梨状肌；低频凸阵探头，平面内进针，见药液在梨状肌肌腹内扩散。
药物：0.25%罗哌卡因5mL+地塞米松5mg。
术后观察30分钟，无下肢麻木无力，VAS由6分降至2分。
下次治疗：[[DATE|12月8日]]　操作医师：[[PERSON|邬家明]]　助手：[[PERSON|尚雯]]`,
  ],
  [
    'piriformis-clinic',
    `梨状肌综合征家庭拉伸训练
1. 仰卧“4”字拉伸：患侧踝部搭在对侧膝上，双手抱对侧大腿拉向胸前，保持30秒，重复3组。
2. 坐位拉伸：坐于椅上，患侧腿跷起，上身前倾至臀部有牵拉感，保持30秒。
3. 臀桥：每组15次，每日2组。
4. 避免久坐超过45分钟；开车或办公时每小时起身活动。
若出现大小便障碍或下肢无力，请及时就诊。`,
  ],
  [
    'polymorphic-light-clinic',
    `皮肤科门诊病历
姓名：[[PERSON|阮清荷]]　女　29岁　京族　门诊号：[[MRN|FCG-PF-207634]]
身份证：[[ID_CARD|${rid('450681', '19970603', '146')}]]
就诊日期：[[DATE|2026-11-24]]
每年春季日晒后数小时面颈部、前臂伸侧出现瘙痒性丘疹、丘疱疹，避光后约1周消退。
光激发试验：UVA照射部位48小时后诱发丘疹，最小红斑量（MED）正常；ANA阴性，抗SSA/Ro阴性。
诊断：多形性日光疹。
处理：春季前行窄谱UVB预防性光疗（每周3次，共15次）；外用糠酸莫米松乳膏；SPF50+广谱防晒霜。
医师：[[PERSON|韦明德]]`,
  ],
  [
    'polymorphic-light-clinic',
    `窄谱UVB光疗记录单
光疗号：[[MRN|GL-0917]]　姓名：[[PERSON|蒋雨桐]]　女　22岁
诊断：多形性日光疹（预防性光疗）
起始剂量0.20J/cm²，每次递增10%
[[DATE|11月17日]]　0.20J/cm²　无红斑
[[DATE|11月19日]]　0.22J/cm²　无红斑
[[DATE|11月21日]]　0.24J/cm²　轻微红斑，下次维持
[[DATE|11月24日]]　0.24J/cm²　无不适
操作护士：[[PERSON|鲍秀清]]`,
  ],
  [
    'polymorphic-light-clinic',
    `（医院APP留言）
[[PERSON|芮]]医生您好，我是上个月确诊多形性日光疹的[[PERSON|俞晓岚]]，门诊号[[MRN|0385291746]]。这周去海南出差，脸上和手背又起了很多小疙瘩，照片上传在[[URL|https://pic.example.cn/s/q8Ma2w]]，请您看看要不要加药。我周末回来，手机[[PHONE|177 0213 6945]]。
留言账号：[[ACCOUNT|yuxl_0731]]`,
  ],
];

const en: Array<[string, string]> = [
  [
    'admission',
    `Internal Medicine Admission H&P — Tucson, AZ
Patient: [[PERSON|Eleanor Whitcombe]]   DOB: [[DATE|03/14/1933]]   MRN: [[MRN|7720-4418]]
Room [[MRN|3117-B]]   Admitted [[DATE|11/23/2026]] 22:40
HPI: [[AGE|93]]-year-old woman sent in from her assisted-living apartment, confused and burning on urination for two days. Temp 38.4 °C, pulse 104, BP 98/56, lactate 2.9. Urine dip: nitrites +, leukocytes 3+.
Plan: two sets of cultures first, then ceftriaxone 1 g IV daily; fluid bolus by weight; recheck lactate at 6 h.
Medicare MBI [[INSURANCE_ID|4TE8-QK2-MN51]]
Contact: daughter [[PERSON|Louise Whitcombe-Ruiz]] [[PHONE|(520) 555-0147]]
Admitting: [[PERSON|Chukwuemeka Obiora]], MD`,
  ],
  [
    'admission',
    `Acute Medical Unit clerking — Leeds
Name: [[PERSON|Bernadette Ashworth]]   DOB [[DATE|19/06/1948]]   NHS No. [[INSURANCE_ID|${nhs('417283')}]]
Hospital no. [[MRN|L0947763]]   Ward J27, bed [[MRN|14]]
Date: [[DATE|24/11/2026]]
PC: breathless on minimal exertion since the weekend, legs swollen to the knees. NT-proBNP 1840; ECG new atrial fibrillation, rate 128.
Impression: fluid overload with fast AF. IV furosemide 80 mg twice daily, rate control with bisoprolol.
NOK: [[PERSON|Martin Ashworth]] (son) [[PHONE|0113 496 0724]]
Address: [[ADDRESS|22 Harehills Lane, Leeds LS8 4HQ]]
Clerked by [[PERSON|Lavanya Ramasubramanian]], FY2`,
  ],
  [
    'admission',
    `Medical Admission — Johor Bahru
Name: [[PERSON|Mohd Azrul bin Kamaruddin]]   MyKad [[ID_CARD|791105-01-5583]]
RN [[MRN|JB-2026-118734]]   Ward 2B Bed [[MRN|9]]
Admitted: [[DATE|23-11-2026]]
Fifth day of dengue; now vomiting repeatedly and tender over the liver. Haematocrit has risen to 52% from 41%; platelet count 18.
Plan: crystalloid infusion titrated to haematocrit every 4 hours; fluid balance chart; no IM injections.
Wife [[PERSON|Nurul Aina binti Zakaria]] [[PHONE|+60 12-738 4196]]
Home: [[ADDRESS|No. 14, Jalan Bukit Indah 9/3, Taman Bukit Indah, 81200 Johor Bahru]]`,
  ],
  [
    'progress-note',
    `Medical ward round — Limerick
[[DATE|24/11/2026]] 09:00   [[PERSON|Tadhg Breathnach]]   MRN [[MRN|0784512]]   Bed [[MRN|6]]
Day 3 post-ERCP and sphincterotomy for choledocholithiasis; bilirubin 86 → 31 µmol/L, lipase normal, tolerating light diet.
Seen with Dr [[PERSON|Ciarán Moloney]] (consultant). Plan explained to his wife [[PERSON|Siobhán]], who rang in ([[PHONE|087 319 4620]]).
Plan: home tomorrow if afebrile; surgical OPD re cholecystectomy in 6 weeks.
[[PERSON|R. Hegarty]], SHO`,
  ],
  [
    'progress-note',
    `Progress Note — General Surgery, Hamilton ON
[[DATE|2026-11-24]]   Patient: [[PERSON|Gurpreet Kaur Sandhu]]   OHIP [[INSURANCE_ID|${ohip('573820146')}]] VK
MRN [[MRN|H00529816]]   Room [[MRN|5-318]]
POD 2 laparoscopic sigmoid resection. Punjabi interpreter [[PERSON|Harjit Gill]] present. Passing flatus, pain 3/10 on acetaminophen 1 g q6h, walking the corridor twice.
Husband [[PERSON|Baljinder Sandhu]] asked about discharge; likely Thursday.
Dr. [[PERSON|Mei-Ling Tsang]]`,
  ],
  [
    'progress-note',
    `Ward 64, Bed [[MRN|22]] — daily review [[DATE|24/11/2026]]
[[PERSON|Tan Boon Keng]] (NRIC [[ID_CARD|${nric('S', '5823017')}]]), 68M
Day 4 of treatment for Klebsiella liver abscess; afebrile 36 h, drain output 15 mL serous, CRP 87.
Plan: switch to oral ciprofloxacin 750 mg bd once the drain is out; repeat ultrasound on [[DATE|27/11]].
Daughter [[PERSON|Tan Pei Shan]] [[PHONE|+65 9174 2086]]
MO: [[PERSON|Kavitha Raj]]`,
  ],
  [
    'discharge',
    `Discharge Summary — Perth, WA
Patient: [[PERSON|Declan Murphy-Reid]]   DOB [[DATE|02/02/1957]]   UR [[MRN|P0763158]]
Medicare [[INSURANCE_ID|${medicare('42817395', '2')}]]
In hospital [[DATE|18/11/2026]] to [[DATE|24/11/2026]]
Principal problem: a non-ST-elevation myocardial infarction, treated with a single stent to the circumflex artery.
Going home on: aspirin (indefinitely), prasugrel for one year, high-dose atorvastatin at night.
GP: Dr [[PERSON|Hannah Lim]], Subiaco. He is booked into the cardiac rehabilitation programme.
Patient address: [[ADDRESS|7/41 Railway Parade, Mount Lawley WA 6050]]`,
  ],
  [
    'discharge',
    `Discharge letter — Dunedin
[[PERSON|Aroha Paekau]]   NHI [[INSURANCE_ID|${nhi('ZKT', '318')}]]   DOB [[DATE|11/09/1969]]
Admitted [[DATE|20/11/2026]] with diabetic ketoacidosis (pH 7.08, ketones 6.2 mmol/L); resolved on fixed-rate insulin within 14 h.
Insulin: glargine 22 units nocte, aspart 6 units with meals.
Whānau: sister [[PERSON|Mereana Paekau]], [[PHONE|027 418 6203]]
Address: [[ADDRESS|56 Forth Street, North Dunedin 9016]]
She will see [[PERSON|Leah Campbell]] (diabetes nursing) on [[DATE|1 December]].`,
  ],
  [
    'discharge',
    `Discharge Instructions — Baltimore, MD
Patient: [[PERSON|DeShawn Carter]]   MRN [[MRN|004-81-27590]]   Going home on [[DATE|11/24/2026]]
This stay was for a sickle cell pain crisis. Continue hydroxyurea 1,000 mg daily and folic acid 1 mg daily. Drink at least 3 liters of fluid a day.
Come back to the emergency room for a temperature over 101 °F, chest pain or shortness of breath.
Hematology follow-up with Dr. [[PERSON|Naomi Gruenberg]] on [[DATE|12/03/2026]]; clinic line [[PHONE|(410) 555-0183]].
Your nurse today: [[PERSON|Tyrone Bell]], RN`,
  ],
  [
    'outpatient',
    `Rheumatology Clinic — Cardiff
Dear Dr [[PERSON|Rhodri Bevan]],
Re: [[PERSON|Angharad Llewelyn]], DOB [[DATE|27/01/1981]], NHS no. [[INSURANCE_ID|${nhs('640129')}]]
Address: [[ADDRESS|9 Heol y Deri, Rhiwbina, Cardiff CF14 6HF]]
I reviewed Mrs [[PERSON|Llewelyn]] on [[DATE|20 November 2026]]. Her psoriatic arthritis remains active (6 tender, 4 swollen joints; CRP 31 mg/L) even on 20 mg of methotrexate a week. She now meets the criteria for a biologic, and we will start adalimumab 40 mg fortnightly once her QuantiFERON is back negative.
Yours sincerely,
Dr [[PERSON|Gwen Parry-Jones]], Consultant Rheumatologist`,
  ],
  [
    'outpatient',
    `Medical SOPC — Kowloon
Name: [[PERSON|CHEUNG Ka Wai]] [[PERSON|張家慧]]   HKID [[ID_CARD|${hkid('K', '382716')}]]
HN [[MRN|HN19038246]]   Attendance: [[DATE|24/11/2026]]
Type 2 diabetes with stage 3b CKD (eGFR 38). HbA1c 7.4%. Gliclazide stopped after two hypos; linagliptin continues.
Next FU: 16 weeks, with fasting bloods.
Mobile: [[PHONE|9183 5726]]
MO: Dr [[PERSON|Lee Wing Sze]]`,
  ],
  [
    'outpatient',
    `Primary Care Visit — Minneapolis, MN
[[DATE|11/24/2026]]   [[PERSON|Hodan Abdi Warsame]]   DOB [[DATE|05/30/1976]]   MRN [[MRN|MN-30847152]]
Blue Cross member ID [[INSURANCE_ID|XMB883014726]]
Somali interpreter: [[PERSON|Abdiwali Farah]] (in person)
Hypertension follow-up. BP 148/92 on lisinopril 20 mg. Lisinopril up to 40 mg and chlorthalidone started at half a tablet; recheck electrolytes in two weeks.
PHQ-9 score 4.
Provider: [[PERSON|Erin Lindqvist]], NP`,
  ],
  [
    'referral',
    `SCI Gateway referral — Respiratory, Aberdeen
Patient: [[PERSON|Fraser McAllister]]   CHI [[INSURANCE_ID|${chi('080352', '213')}]]
DOB [[DATE|08/03/1952]]
Address: [[ADDRESS|31 Rosemount Place, Aberdeen AB25 2XB]]
Mobile: [[PHONE|07700 900619]]
Reason: 3-month history of haemoptysis in a 74-year-old ex-smoker (50 pack-years); CXR shows a right hilar mass. Urgent suspicion-of-cancer referral.
Referring GP: Dr [[PERSON|Isla Robertson]]
[[DATE|24/11/2026]]`,
  ],
  [
    'referral',
    `Referral to Hepatology — Calgary, AB
Patient: [[PERSON|Nomvula Dlamini-Hart]]   AHCIP [[INSURANCE_ID|40918-2573]]   DOB [[DATE|1985-07-19]]
Phone: [[PHONE|403-555-0139]]
Reason: persistently raised ALT (112 U/L) and ferritin 1,240 µg/L; HFE genotype C282Y homozygous. Please assess for venesection.
Referring physician: Dr. [[PERSON|Colm Fennessy]]
Date: [[DATE|2026-11-24]]`,
  ],
  [
    'referral',
    `Referral to Renal Clinic — Darwin, NT
Patient: [[PERSON|Shanice Marika-Thompson]]   DOB [[DATE|14/10/1979]]   HRN [[MRN|D4401872]]
Medicare [[INSURANCE_ID|${medicare('29374016', '1')}]]
Patient mobile [[PHONE|(08) 5550 6294]]
eGFR 14 mL/min/1.73m², K+ 5.9 mmol/L; needs planning for haemodialysis versus PD. She prefers to stay on Country near Yirrkala.
Aboriginal Health Practitioner: [[PERSON|Dwayne Hall]]
Referring: Dr [[PERSON|Olivia Brandt]]   [[DATE|24/11/2026]]`,
  ],
  [
    'handover',
    `ICU nursing handoff (SBAR), 19:00
S: Room [[MRN|twelve]], [[PERSON|Walter Higgins]], [[AGE|ninety]]-year-old man, day 2 after emergency repair of a ruptured AAA.
B: COPD, CKD 3. Intubated; propofol 30 mcg/kg/min, norepinephrine 0.06 mcg/kg/min.
A: urine output 25 mL/h for the last 3 h, lactate up to 3.1, abdomen tense, bladder pressure 22 mmHg.
R: surgeon Dr. [[PERSON|Anita Varga]] aware, coming to bedside at 19:30. Son [[PERSON|Glen]] at bedside wants a call overnight: [[PHONE|(216) 555-0172]].
Off-going [[PERSON|Kayla]] RN → oncoming [[PERSON|Marcus]] RN`,
  ],
  [
    'handover',
    `Ward 9 handover, night → early — Nottingham
Bay A bed [[MRN|1]]: [[PERSON|Doreen Fairclough]] ("[[PERSON|Dot]]"), [[AGE|97]], #NOF day 1, hypotensive overnight 88/50 → 500 mL Hartmann's, now 112/64.
Bay A bed 2: empty, deep clean requested.
Bay A bed [[MRN|3]]: [[PERSON|Kofi Mensah-Bonsu]], 58, DKA resolved, back on subcutaneous insulin.
Side room [[MRN|4]]: [[PERSON|Yvonne Pickering]], 71, C. difficile — enteric precautions.
Handed over by [[PERSON|Gemma Shaw]] to [[PERSON|Ola Adebayo]]`,
  ],
  [
    'handover',
    `ED handover 08:00 — Waterford
Trolley [[MRN|7]]: [[PERSON|Noel Kavanagh]], 66, ?upper GI bleed, Hb 78 g/L, 2 units crossmatched (G&S sample [[MRN|WA-BT-448201]]), awaiting OGD.
Trolley [[MRN|11]]: [[PERSON|Róisín Daly]], 24, anaphylaxis to peanut, IM adrenaline x2, observe until 14:00.
Chair [[MRN|3]]: [[PERSON|Eamon]] — surname not yet known, brought in by Gardaí, intoxicated, GCS 14.
Night registrar Dr [[PERSON|Zain Hafeez]] → day registrar Dr [[PERSON|Aoife Gilsenan]]`,
  ],
  [
    'nursing-note',
    `Community Nursing Visit — Brisbane North
Client: [[PERSON|Beryl Hutchins]], [[AGE|96]]   Address: [[ADDRESS|3/17 Kedron Brook Road, Wilston QLD 4051]]
Visit [[DATE|24/11/2026]] 10:15
Left gaiter venous ulcer now 4.1 × 2.6 cm, down from 4.8 × 3.0 cm; serous ooze, smells clean. Washed out, silver-alginate on, compression rebandaged; Doppler ABPI 0.92.
Lives alone; neighbour [[PERSON|Joyce]] checks daily. Emergency contact: nephew [[PERSON|Graham Hutchins]] [[PHONE|(07) 5550 3817]].
RN [[PERSON|Sinead Walsh]]`,
  ],
  [
    'nursing-note',
    `Nursing note — Med-Surg 4 West, Dayton OH
[[DATE|11/24/2026]] 14:20   Rm [[MRN|412]]   [[PERSON|Lorraine Kowalczyk]]   MRN [[MRN|2208813]]
Stage 3 pressure injury, sacrum, 3.5 x 2 x 0.5 cm, 30% slough. Wound care per Dr. [[PERSON|Beaumont]]: cleanse with NS, hydrogel, bordered foam, change daily. Turned q2h; Braden 12.
Pt's husband [[PERSON|Stan]] brought in her hearing aids.
[[PERSON|Keisha Delacroix]], RN`,
  ],
  [
    'nursing-note',
    `Nursing Report — Ward 5, Kuching
[[DATE|24-11-2026]] night shift
Bed [[MRN|15]]: [[PERSON|Linggi anak Jimbun]], 59, IC [[ID_CARD|670314-13-5271]]
Post-op day 1 right below-knee amputation (diabetic foot). Stump dressing dry; PCA morphine 1 mg bolus, pain 3/10. CBG 9.8–12.4 mmol/L.
Wife [[PERSON|Rosalind anak Unting]] stayed overnight; she speaks Iban only, so son [[PERSON|Edwin Linggi]] translates by phone ([[PHONE|+60 16-882 4053]]).
SN [[PERSON|Farah Nadia Hassan]]`,
  ],
  [
    'lab-report',
    `Core Laboratory Report — Sacramento, CA
Patient: [[PERSON|Marisol Gutierrez]]   DOB [[DATE|08/11/1990]]   MRN [[MRN|SAC4486352]]
Accession [[MRN|26-CH-0839154]]   Collected [[DATE|11/24/2026]] 06:40
TSH 0.02 mIU/L (L)   Free T4 3.9 ng/dL (H)   TRAb 8.6 IU/L (H)
Comment: consistent with Graves' disease.
Ordering provider: [[PERSON|Alan Whitford]], MD   Verified by [[PERSON|J. Morales]], MLS`,
  ],
  [
    'lab-report',
    `Histopathology report — Bristol
Lab no. [[MRN|BS26-H-17734]]   NHS No [[INSURANCE_ID|${nhs('502718')}]]
Patient: [[PERSON|Colin Marsh]]   DOB [[DATE|13/12/1960]]
Left cheek ellipse received on [[DATE|19/11/2026]].
Findings: a BCC of nodular pattern measuring 6 mm, excised with 1.2 mm clearance laterally and 2.5 mm deep; nerves not involved.
Requesting clinician: Mr [[PERSON|Tom Ellery]], plastic surgery
Reported by Dr [[PERSON|Ruth Okonjo]] [[DATE|23/11/2026]]`,
  ],
  [
    'lab-report',
    `Getting ready for your colonoscopy
Five days before: stop iron tablets and any fibre supplements.
Two days before: eat a low-fibre diet — white bread, white rice, eggs, chicken, fish. Avoid fruit, vegetables, seeds and nuts.
The day before: clear fluids only from 9 am. Take the first sachet of bowel preparation at 5 pm and the second at 9 pm, each with one litre of water.
If you take insulin, blood thinners or diabetes tablets, call the endoscopy unit for advice.
Bring a list of your medicines, and arrange for an adult to take you home.`,
  ],
  [
    'imaging-report',
    `MRI Lumbar Spine — Toronto, ON
Patient: [[PERSON|Oluwaseun Adebanjo]]   OHIP [[INSURANCE_ID|${ohip('618294057')}]]   DOB [[DATE|1979-04-02]]
Accession [[MRN|TW-MR-5092314]]   Exam date [[DATE|2026-11-23]]
Findings: at L4–5 a wide disc bulge narrows the left subarticular zone moderately and abuts the left L5 root as it descends. L5–S1 is dehydrated but not narrowed. Normal conus at L1.
Impression: the L4–5 left subarticular narrowing would explain his left L5 symptoms.
Radiologist: Dr [[PERSON|Hélène Tremblay]]`,
  ],
  [
    'imaging-report',
    `Radiology Report — Singapore
Name: [[PERSON|Md Rahim Uddin]]   Passport [[PASSPORT|A08413927]]   Case no. [[MRN|CX26-884017]]
Date: [[DATE|24/11/2026]]
Chest radiograph (PA). Indication: cough for 4 weeks, work-permit renewal.
Findings: patchy consolidation in the right upper zone with a 1.8 cm cavity. No effusion; the heart is not enlarged.
Conclusion: suspicious for pulmonary tuberculosis; sputum AFB x3 advised. Result telephoned to Dr [[PERSON|Ng Wei Ling]] at 15:10.
Radiologist: [[PERSON|Arjun Menon]]`,
  ],
  [
    'imaging-report',
    `Ultrasound Abdomen — Tauranga
Patient: [[PERSON|Hemi Tawhiao]]   NHI [[INSURANCE_ID|${nhi('PNX', '204')}]]   DOB [[DATE|23/07/1962]]
Exam: [[DATE|24/11/2026]]   Referrer: Dr [[PERSON|Anna Sievwright]]
Liver coarse and nodular in outline, no focal mass. Spleen enlarged at 14.2 cm. A little free fluid. Portal venous flow is toward the liver.
Conclusion: cirrhotic liver, signs of raised portal pressure; six-monthly liver cancer surveillance suggested.
Sonographer: [[PERSON|Ji-woo Park]]   Radiologist: [[PERSON|Rawiri Te Aho]]`,
  ],
  [
    'prescription',
    `FP10 prescription — Norwich
Patient: [[PERSON|Winifred Bloomfield]]   Age [[AGE|91]]   DOB [[DATE|02/05/1935]]
NHS number: [[INSURANCE_ID|${nhs('381605')}]]
Address: [[ADDRESS|Orchard View, 4 Mill Lane, Reepham, Norwich NR10 4NQ]]
Rx: Edoxaban 30 mg — take ONE once a day (supply 28)
    Digoxin 62.5 microgram — take ONE in the morning (supply 28)
Prescriber: Dr [[PERSON|Felix Harrow]]   Date [[DATE|24/11/2026]]`,
  ],
  [
    'prescription',
    `E-prescription — Madison, WI
Patient: [[PERSON|Trevor Lindgren]]   DOB [[DATE|10/29/1984]]   Phone [[PHONE|(608) 555-0194]]
Rx #[[MRN|6204718]]
Escitalopram 10 mg tablet; sig: one by mouth every morning; #30, 2 refills
Prescriber: [[PERSON|Amira Haddad]], MD   NPI 1093847261   DEA FH4827163
Date written: [[DATE|11/24/2026]]`,
  ],
  [
    'prescription',
    `PBS/RPBS Prescription — Canberra
Patient: [[PERSON|Reginald Fowles]]   DVA file no. [[INSURANCE_ID|NX908417]]
Medicare [[INSURANCE_ID|${medicare('51928374', '3')}]]
Address: [[ADDRESS|44 Ainslie Avenue, Braddon ACT 2612]]
Tiotropium 18 microgram inhalation capsules, one daily — 30 capsules, repeats 5
Prescriber: Dr [[PERSON|Sunil Wijesinghe]]   Date [[DATE|24/11/2026]]`,
  ],
  [
    'consent',
    `Consent for Surgery — San Antonio, TX
Patient: [[PERSON|Rosa Elena Villarreal]]   MRN [[MRN|SA-6638102]]   DOB [[DATE|06/18/1958]]
Procedure: robotic-assisted right hemicolectomy
We talked through what can go wrong: a leak where the bowel is joined, bleeding, wound or chest infection, damage to nearby organs, needing a bigger incision, clots in the legs or lungs, and rarely death.
Interpreted into Spanish by [[PERSON|Efraín Montoya]] (staff interpreter #4471)
Patient signature: [[PERSON|Rosa E. Villarreal]]   [[DATE|11/24/2026]] 07:05
Witness: [[PERSON|Brianna Stoltz]], RN
Surgeon: [[PERSON|Vikram Desai]], MD`,
  ],
  [
    'consent',
    `Consent Form 4 (adults lacking capacity) — Brighton
Patient: [[PERSON|Cyril Betteridge]], [[AGE|94]]   Hospital no. [[MRN|RSC-0328561]]   NHS no. [[INSURANCE_ID|${nhs('207495')}]]
Planned: gastrostomy feeding tube placed endoscopically.
His daughter [[PERSON|Maureen Cole]] holds health and welfare LPA; spoken to on [[DATE|23/11/2026]] and agrees it is in his best interests.
Assessment: advanced vascular dementia; cannot hold on to what the procedure involves long enough to decide.
Clinician: Dr [[PERSON|Oyin Adeyemi]], gastroenterology registrar   [[DATE|24/11/2026]]`,
  ],
  [
    'consent',
    `Consent (last page)
Trial: randomised trial of a digital coaching app for gestational diabetes
Participant ID: [[MRN|GDM-SG-0217]]
Participant name: [[PERSON|Nur Syafiqah binte Rahmat]]   NRIC [[ID_CARD|${nric('T', '0126548')}]]
Signature: [[PERSON|Syafiqah]]   Date: [[DATE|24/11/2026]]
Consent taken by [[PERSON|Loh Jia Xuan]], study coordinator, [[PHONE|6321 4087]]`,
  ],
  [
    'billing',
    `Patient Statement — Springfield, IL
Billed on [[DATE|11/24/2026]] to guarantor [[PERSON|Dale Hoffmeyer]]
Patient: [[PERSON|Kylie Hoffmeyer]] (daughter)   Account [[MRN|00384192]]
Mailing address: [[ADDRESS|2214 Lawrence Ave, Springfield, IL 62704]]
Date of service [[DATE|11/02/2026]]: ER visit (level 4), forearm radiograph, splinting.
Insurance paid $1,184.30; patient balance $342.10.
Paid by American Express [[BANK_CARD|${amex('37146092853172')}]]`,
  ],
  [
    'billing',
    `Invoice — Consultant Dermatology Rooms, Kilkenny
Invoice no. 26-11-0418   Date [[DATE|24/11/2026]]
Patient: [[PERSON|Fionnuala Keogh]]   DOB [[DATE|30/04/1972]]
Address: [[ADDRESS|Ballyfoyle, Co. Kilkenny, R95 K2T8]]
VHI membership no. [[INSURANCE_ID|0048217365]]
Consultation and dermoscopy of three naevi: €200.00. Paid by Visa [[BANK_CARD|${spaced(luhn('453201867340219'))}]]`,
  ],
  [
    'billing',
    `Receipt — private hospital, London W1
Patient: [[PERSON|Hamdan Saeed Al Mazrouei]]   Emirates ID [[ID_CARD|${emirates('1986', '4720193')}]]
Home address: [[ADDRESS|Villa 17, Street 24B, Al Barsha 2, Dubai]]
Date of service: [[DATE|24/11/2026]]
Knee MRI £650; orthopaedic consultation £250; total £900.
Paid by Visa [[BANK_CARD|${spaced(luhn('492918305567214'))}]]
Contact: [[EMAIL|h.almazrouei@example.ae]]`,
  ],
  [
    'online-consult',
    `Telehealth Visit — Portland, OR
Patient: [[PERSON|Juniper Ostrowski]]   DOB [[DATE|01/15/1995]]   MRN [[MRN|OR-5573026]]
Portal user: [[ACCOUNT|junehale95]]   Visit URL [[URL|https://vv.example.org/j/rm-4k8t2q]]
Patient IP [[IP|198.51.100.229]]; confirmed location: [[ADDRESS|830 SE Belmont St, Apt 4, Portland, OR 97214]]
Migraine without aura, about 6 days a month; sumatriptan helps. Start propranolol 40 mg twice daily; headache diary; review in 8 weeks.
Clinician: [[PERSON|Devon Achterberg]], PA-C`,
  ],
  [
    'online-consult',
    `Practice e-consult form — Bath
Submitted [[DATE|24/11/2026]] 06:52 from [[IP|203.0.113.190]]
Name: [[PERSON|Harriet Okoro]]   DOB [[DATE|09/08/1999]]
Contact e-mail [[EMAIL|h.okoro99@example.co.uk]]; mobile [[PHONE|07700 900152]]
Request: "I've had a rash on both forearms for 10 days after starting doxycycline for acne. It is worse after being outside. Should I stop it?"
Triage: same-day photo review by Dr [[PERSON|Callum Imrie]]; advised to stop doxycycline and use SPF 50.`,
  ],
  [
    'online-consult',
    `Teleconsultation note — Ipoh
Patient: [[PERSON|Lakshmi a/p Subramaniam]]   IC [[ID_CARD|830917-08-6142]]
Video via WhatsApp [[PHONE|+60 17-529 3086]]; Telegram [[ACCOUNT|@lakshmi_sbm]]
Asthma review: night cough twice a week, ACT 18. Inhaler technique checked on video — not holding breath. Moving her to a combined steroid/formoterol inhaler, 160/4.5, two puffs morning and night.
Medication delivery to: [[ADDRESS|23, Jalan Sultan Azlan Shah, Taman Canning, 31400 Ipoh, Perak]]
Doctor: [[PERSON|Wong Mei Xian]]   [[DATE|24/11/2026]]`,
  ],
  [
    'patient-message',
    `Patient portal message — Nashville, TN
From: [[ACCOUNT|tcrawford_61]]
To: Dr. [[PERSON|Meredith Quan]]
Sent: [[DATE|11/24/2026]] 8:14 PM
Hi Dr. [[PERSON|Quan]], this is [[PERSON|Tammy Crawford]] (DOB [[DATE|07/09/1961]]). The pharmacy says my Eliquis prior authorization expired. Can your office resend it? My Humana member number is [[INSURANCE_ID|H47219038]]. You can call me at [[PHONE|(615) 555-0158]].`,
  ],
  [
    'patient-message',
    `From: [[EMAIL|ruth.penhaligon@example.org.uk]]
Subject: Mum — home visit please
Dear Dr [[PERSON|Khan]],
My mother, [[PERSON|Edna Penhaligon]], who is [[AGE|95]], has been more breathless since Friday and can't manage the stairs. Could someone visit her at [[ADDRESS|Trewithen, 2 Chapel Row, Mousehole, Penzance TR19 6SB]]? Her NHS number is [[INSURANCE_ID|${nhs('852036')}]].
Thanks, [[PERSON|Ruth Penhaligon]]
[[PHONE|01632 960 573]]`,
  ],
  [
    'patient-message',
    `SMS to practice reception — Adelaide
"Hi it's [[PERSON|Mick Dorrington]], DOB [[DATE|12/06/1970]]. I've moved to [[ADDRESS|Unit 8, 102 Prospect Road, Prospect SA 5082]], new mobile [[PHONE|(08) 7010 4452]]. Also need my metformin script renewed, only a few tablets left. Cheers"
Reply: "Thanks [[PERSON|Mick]], updated. Script ready Thursday. — [[PERSON|Jess]], reception"`,
  ],
  [
    'family-chat',
    `Family group chat
[[PERSON|Priya]]: Nani's in room [[MRN|614]] now, moved up from emerg
[[PERSON|Arun]]: How is she? She's [[AGE|92]] and they kept her in the hallway 9 hours
[[PERSON|Priya]]: Better. Sodium was 121, now 127. They're correcting it slowly.
Mom: I'm parking — grey Corolla, [[PLATE|CKPL 482]], level 2
[[PERSON|Arun]]: ok I'll bring her glasses`,
  ],
  [
    'family-chat',
    `WhatsApp — "Kellys"
[[PERSON|Niamh]]: Dad's op in Dublin is Thursday. I'm driving him up, car is [[PLATE|232-MO-1184]] if the car park asks
[[PERSON|Conor]]: Grand. Do they need his passport for ID? It's [[PASSPORT|PX5093172]] if so
[[PERSON|Niamh]]: No, just his MRN [[MRN|0938452]] and the letter
Mam: tell him I'll ring at 7`,
  ],
  [
    'family-chat',
    `WhatsApp — "Tan family"
[[PERSON|Zhi Hao]]: Ah Ma shifted to ward 8, bed [[MRN|36]] this afternoon
[[ACCOUNT|shufen.t]]: she [[AGE|97]] already still so fierce, pulled out her drip again
[[PERSON|Zhi Hao]]: haha. I'll go after work, driving the Honda [[PLATE|SMB 4821 T]], will park at carpark B
[[ACCOUNT|shufen.t]]: ok bring her dentures, they're in the drawer at [[ADDRESS|Blk 512 Bedok North Ave 3 #07-214]]`,
  ],
  [
    'sms-reminder',
    `Cervical screening: if you are aged 25 to 64 and have not had a test in the last 3 years (5 years from age 50), please book with the practice nurse. Appointments are available on weekday evenings. Reply STOP to opt out.`,
  ],
  [
    'sms-reminder',
    `Kia ora [[PERSON|Tama]], your audiology appointment is on Wed [[DATE|2 Dec]] at 10:40, [[ADDRESS|Level 2, 115 Queen Street, Auckland 1010]]. To change it go to [[URL|https://book.example.nz/a/R7WQ2]] or call [[PHONE|09 377 4182]].`,
  ],
  [
    'sms-reminder',
    `Harbor Pharmacy: Hi [[PERSON|Gloria]], your prescription #[[MRN|4493186]] is ready for pickup. We will hold it until [[DATE|11/30]]. Questions? Call [[PHONE|(207) 555-0165]]. Reply STOP to opt out.`,
  ],
  [
    'kienbock-clinic',
    `Hand Surgery Clinic — Sheffield
[[DATE|24/11/2026]]
Dear Dr [[PERSON|Okwuosa]],
Re: [[PERSON|Liam Pickersgill]], DOB [[DATE|05/05/1994]], NHS [[INSURANCE_ID|${nhs('736104')}]], Hosp no. [[MRN|S8830261]]
Mr [[PERSON|Pickersgill]], a 32-year-old joiner, has Kienböck's disease of the dominant right wrist, Lichtman stage IIIA, with ulnar negative variance of 2 mm. Grip strength is 22 kg against 46 kg on the left.
We have listed him for a radial shortening osteotomy on [[DATE|14 January 2027]]; he will be off work for about 12 weeks.
Telephone: [[PHONE|0114 496 0381]]
Mr [[PERSON|Adrian Greaves]], Consultant Hand Surgeon`,
  ],
  [
    'kienbock-clinic',
    `Orthopedic Hand Clinic — Denver, CO
Patient: [[PERSON|Camila Restrepo]]   DOB [[DATE|12/02/1988]]   MRN [[MRN|DH-71804429]]
Oscar member ID [[INSURANCE_ID|OSC48217650]]
Left wrist pain for 9 months. MRI: diffuse low T1 signal throughout the lunate without collapse (Lichtman II); ulnar neutral variance.
Plan: vascularized bone graft from the distal radius (4,5-ECA pedicle) rather than joint leveling.
Her partner [[PERSON|Daniela Ruiz]] will drive her on the day of surgery, [[DATE|12/17/2026]].
Cell: [[PHONE|720-555-0113]]
[[PERSON|Grant Whitaker]], MD`,
  ],
  [
    'kienbock-clinic',
    `Hand Therapy Initial Assessment — Newcastle NSW
Client: [[PERSON|Bodhi Kellerman]]   DOB [[DATE|21/08/1997]]   MRN [[MRN|JH0558193]]
Medicare [[INSURANCE_ID|${medicare('36182947', '4')}]]
Week 6 after capitate shortening for Kienböck's disease (left, non-dominant; he is a session guitarist). Active wrist extension 35°, flexion 30°. Pain 3/10 when fretting chords.
Programme: dart-thrower's motion, tendon gliding, grade 2 putty.
His manager [[PERSON|Tess Arnaud]] booked sessions around his tour; next visit [[DATE|8/12/2026]].
Therapist: [[PERSON|Mikaela Stone]]`,
  ],
  [
    'zenker-clinic',
    `ENT Clinic letter — Durham
Re: [[PERSON|Alfred Dunstan]], [[AGE|90]], NHS No [[INSURANCE_ID|${nhs('613074')}]]
Address: [[ADDRESS|14 Claypath, Durham DH1 1QS]]
Seen [[DATE|21/11/2026]] with his granddaughter [[PERSON|Chloe]].
Barium swallow (ref [[MRN|DRY-RAD-226417]]) confirms a 4 cm pharyngeal pouch (Zenker's diverticulum) with overspill into the larynx. He has lost 6 kg and had two chest infections since summer.
Despite his age he is fit (Clinical Frailty Scale 3), and I have listed him for endoscopic stapling of the pouch.
Contact: [[PHONE|0191 498 0637]]
Mr [[PERSON|Nikhil Bhandari]], Consultant ENT Surgeon`,
  ],
  [
    'zenker-clinic',
    `Preoperative assessment — Otolaryngology, Ottawa ON
Patient: [[PERSON|Gisèle Bélanger]]   OHIP [[INSURANCE_ID|${ohip('441728360')}]] QR
Chart [[MRN|OCH-2039718]]   DOB [[DATE|1941-02-11]]
Zenker's diverticulum, 3 cm on videofluoroscopic swallow (study [[MRN|VFS-26-0412]]). Planned: open cricopharyngeal myotomy with diverticulopexy on [[DATE|2026-12-02]].
Lives with her husband [[PERSON|Réjean]] at [[ADDRESS|56 Beechwood Ave, Ottawa ON K1M 1L8]]; phone [[PHONE|613-555-0108]].
Anaesthesia: [[PERSON|Yusuf Karaca]], MD`,
  ],
  [
    'zenker-clinic',
    `After your pharyngeal pouch operation — eating and drinking
Day 1: sips of water only, once the nurse has checked your swallow.
Days 2 to 7: smooth liquids and soft, moist foods such as soup, yoghurt, custard and mashed potato.
From week 2: return gradually to normal foods; take small mouthfuls and sit upright for 30 minutes after meals.
Call the ward straight away if you develop neck swelling, chest pain, a temperature, or pain on swallowing that is getting worse.`,
  ],
  [
    'piriformis-clinic',
    `Sports Medicine Clinic — Raleigh, NC
Patient: [[PERSON|Avery Sinclair]]   DOB [[DATE|04/19/1990]]   MRN [[MRN|WR-3381207]]
BCBS NC member ID [[INSURANCE_ID|YPW882471039]]
Home address: [[ADDRESS|4412 Glenwood Ave, Apt 207, Raleigh, NC 27612]]
Marathon runner with 14 months of right deep buttock pain radiating to the posterior thigh, worse sitting more than 20 minutes. Lumbar MRI normal. Positive FAIR test; MR neurography shows mild right sciatic nerve hyperintensity at the piriformis.
Plan: ultrasound-guided piriformis injection (triamcinolone 40 mg + 1% lidocaine 4 mL) on [[DATE|12/01/2026]]; PT with [[PERSON|Jordan Meeks]], DPT.
Physician: [[PERSON|Noah Feinstein]], MD`,
  ],
  [
    'piriformis-clinic',
    `Physiotherapy notes — Wellington
Client: [[PERSON|Ngaire Rāwiri]]   NHI [[INSURANCE_ID|${nhi('HRW', '572')}]]   ACC claim [[INSURANCE_ID|CF82047119]]
[[DATE|24/11/2026]] Session 4. Left buttock pain since a fall on the stairs at work on [[DATE|3 October]]. Piriformis / deep gluteal syndrome: sitting tolerance now 40 min (was 15). Dry needling left piriformis; hip external rotator strengthening.
Return-to-work coordinator: [[PERSON|Sam Whitehead]]
Client mobile [[PHONE|021 384 9027]]
Physio: [[PERSON|Ruby Tan]]`,
  ],
  [
    'piriformis-clinic',
    `Piriformis stretches — home programme
1. Lying figure-four stretch: cross the sore leg over the other knee and pull the thigh towards your chest. Hold 30 seconds, 3 times.
2. Seated stretch: sit tall, rest the ankle on the opposite knee and lean forward from the hips until you feel the stretch in the buttock.
3. Clamshells: 2 sets of 15 each side.
4. Do not sit on a wallet in your back pocket.
Stop and contact your physiotherapist if you notice numbness in the groin, weakness in the leg or difficulty passing urine.`,
  ],
  [
    'polymorphic-light-clinic',
    `Dermatology letter — Melbourne
[[DATE|24/11/2026]]
Dear Dr [[PERSON|Fotopoulos]],
Re: [[PERSON|Isabella Marchetti]], DOB [[DATE|17/03/1992]], Medicare [[INSURANCE_ID|${medicare('23847165', '1')}]]
Address: [[ADDRESS|18 Rathdowne Street, Carlton VIC 3053]]
Thank you for referring [[PERSON|Isabella]] with an itchy papular eruption on the V of the neck and forearms every spring. Phototesting provoked papules at 48 hours with UVA; the UVB MED was normal; ANA and Ro were negative. The diagnosis is polymorphic light eruption.
Plan: prophylactic narrowband UVB, 15 sessions from [[DATE|August 2027]]; prednisolone 25 mg for 3 days if she flares on holiday.
Dr [[PERSON|Yasmin Farouk]], Dermatologist`,
  ],
  [
    'polymorphic-light-clinic',
    `Phototherapy Unit — course record, Dundee
Name: [[PERSON|Morag Cattanach]]   CHI [[INSURANCE_ID|${chi('150288', '462')}]]   Phototherapy no. [[MRN|PT-5183]]
Diagnosis: polymorphic light eruption — prophylactic TL-01 (narrowband UVB) before a family holiday in Tenerife on [[DATE|19 December]].
Skin type II; starting dose 0.10 J/cm², 20% increments.
Session 1 [[DATE|10/11/2026]] 0.10; session 2 [[DATE|12/11/2026]] 0.12; session 6 [[DATE|24/11/2026]] 0.25 J/cm² with faint erythema on the forearms — dose held.
Nurse: [[PERSON|Eilidh Soutar]]
Mobile for missed sessions: [[PHONE|07700 900928]]`,
  ],
  [
    'polymorphic-light-clinic',
    `Dermatology Clinic — Hong Kong
Name: [[PERSON|LAU Tsz Ching]] [[PERSON|劉芷晴]]   HKID [[ID_CARD|${hkid('R', '615082')}]]   Ref. no. [[MRN|DC26-048317]]
[[DATE|24/11/2026]]   Recurrent itchy papulovesicles on the forearms and upper chest after hiking, settling within 5 days. Photoprovocation positive with UVA. Dx: polymorphic light eruption.
Advice: broad-spectrum SPF50+ PA++++ sunscreen, protective clothing; a spring course of hydroxychloroquine (200 mg at night, March to May).
Contact: [[PHONE|6192 4853]]   email [[EMAIL|tszching.lau@example.com.hk]]
MO: Dr [[PERSON|Yeung Hiu Fung]]`,
  ],
];

export function generateDeidHoldout57(): LabelledRecord[] {
  return holdoutRecords('h57', zh, en);
}

export const DEID_HOLDOUT_57_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/labelled/deid-holdout-57.jsonl',
);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const records = generateDeidHoldout57();
  writeFileSync(DEID_HOLDOUT_57_PATH, renderJsonl(records));
  console.log(`wrote ${records.length} records to ${DEID_HOLDOUT_57_PATH}`);
}
