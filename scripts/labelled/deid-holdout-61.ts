import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  aadhaar,
  bsn,
  chi,
  cns,
  cpf,
  dni,
  emirates,
  fnr,
  hc,
  hkid,
  iban,
  luhn,
  medicare,
  myNumber,
  nhi,
  nhs,
  nir,
  nric,
  ohip,
  pnr,
  ppsn,
  rid,
  spaced,
  thaiId,
} from './check-digits.ts';
import { holdoutRecords, type LabelledRecord, renderJsonl } from './generate-deid.ts';

/**
 * The ROUND-61 fresh held-out de-identification set (data/labelled/deid-holdout-61.jsonl): 120
 * hand-written snippets (60 Chinese, 60 English) with hand-placed spans, marked inline as [[TYPE|text]]
 * (parseMarked strips the marks and records UTF-16 offsets). Written by a separate, blind annotator who
 * did not read the recognizer code, the lexicons, the name model, the registry, the bench or the docs,
 * read no earlier snippet beyond the first three of round 60 (and the last snippets shown by a tail of
 * its script), and never ran a recognizer, the guard or the CLI on these snippets; it must not be used
 * to adjust the recognizers.
 *
 * About four fifths are the everyday documents of a general hospital and the messages of its patients
 * (admission, progress and discharge notes, outpatient notes, referrals, handovers, nursing notes, lab
 * and imaging reports, prescriptions, consent, billing papers, online consultations, patient messages,
 * family chats and SMS reminders), in new wording; a fifth come from four settings no earlier card
 * names: iliotibial band syndrome running clinics, hammer and claw toe foot clinics, winged scapula
 * (serratus anterior palsy) shoulder clinics and epiretinal membrane retina clinics.
 *
 * Identifiers are synthetic and computed below from hand-chosen parts: 18-digit resident IDs (and the
 * 18-digit residence permits of Hong Kong and Taiwan residents) get their GB 11643 check character;
 * bank cards get a Luhn digit; NHS numbers are in the 999 test range; the CHI number, Medicare, the NZ
 * NHI, the Hong Kong ID, the Taiwan ID, the Singapore NRIC, the Ontario number, the Emirates ID, the
 * Aadhaar number and the Irish PPSN get their check characters (all these from
 * scripts/labelled/check-digits.ts); and so do the schemes this round added to check-digits.ts (defined
 * first in this script, moved there since): the Swedish personnummer (Luhn), the
 * Norwegian fødselsnummer, the Dutch BSN, the Spanish DNI and NIE, the Brazilian CPF, the French NIR,
 * the Japanese My Number, the Thai national ID, the Brazilian Cartão SUS and IBANs (ISO 7064 mod 97). Phones are random mainland
 * numbers or fictional ranges (North American 555-01xx, UK 07700 900xxx and the Ofcom drama ranges,
 * Australian 5550); mail and web hosts are example.*; IP addresses come from the documentation ranges.
 *
 * Span conventions are those of data/labelled/deid-holdout-60.card.yaml (and the earlier cards it
 * refers to); the decisions new in this round are stated in data/labelled/deid-holdout-61.card.yaml.
 */

const zh: Array<[string, string]> = [
  [
    'admission',
    `呼吸与危重症医学科入院记录
姓名：[[PERSON|艾合买提江·吐尔洪]]　男　67岁　维吾尔族
身份证号：[[ID_CARD|${rid('650104', '19590314', '273')}]]
住院号：[[MRN|WR7049316]]　床号：[[MRN|21]]
入院时间：[[DATE|2026年11月23日]] 14:20
主诉：反复咳嗽咳痰20年，气促加重伴嗜睡2天。
查体：口唇发绀，桶状胸，双肺散在哮鸣音。血气：pH 7.29，PaCO₂ 72 mmHg，PaO₂ 51 mmHg。
诊断：慢性阻塞性肺疾病急性加重；Ⅱ型呼吸衰竭。
处理：无创通气（BiPAP），控制性低流量吸氧，雾化支气管扩张剂，短程全身糖皮质激素，痰培养后经验性抗感染。
联系人：儿子[[PERSON|艾克拜尔·艾合买提江]]　[[PHONE|139 9913 6082]]（可用汉语沟通）`,
  ],
  [
    'admission',
    `老年医学科入院记录
患者[[PERSON|那素琴]]，女，[[AGE|九十一]]岁，满族，退休教师。
身份证：[[ID_CARD|210102350807124]]　住院号：[[MRN|SY-G-0046813]]
[[DATE|2026年11月22日]]夜间端坐呼吸、双下肢水肿加重后由女儿陪同入院，病史由女儿[[PERSON|那颖]]代诉。
既往：高血压30余年，心房颤动，服用华法林，近一周自行停用利尿剂。
查体：BP 158/84 mmHg，双肺底湿啰音，颈静脉怒张，双下肢凹陷性水肿至膝。NT-proBNP 9860 pg/mL。
诊断：慢性心力衰竭急性失代偿（NYHA Ⅳ级）。
处理：半卧位，静脉袢利尿剂，记出入量、每日体重，监测电解质与INR。`,
  ],
  [
    'admission',
    `妇科急诊入院记录
姓名：[[PERSON|上官语桐]]　女　29岁　门诊号：[[MRN|0207735164]]　住院号：[[MRN|NC26-F-1182]]
身份证号：[[ID_CARD|${rid('360102', '19970512', '046')}]]
停经47天，下腹痛6小时，晕厥1次。尿hCG阳性，血hCG 3420 IU/L。
超声：宫内未见孕囊，左附件区混合回声包块约3.5 cm，盆腔积液深约4 cm。
诊断：异位妊娠破裂（左侧输卵管可能），失血性休克早期。
处理：开放两路静脉，交叉配血，急诊腹腔镜探查。
入院时间：[[DATE|2026-11-24]] 02:15
现住址：[[ADDRESS|江西省南昌市东湖区阳明路318号2单元601室]]
丈夫：[[PERSON|熊子骞]]　[[PHONE|188-7913-2054]]`,
  ],
  [
    'progress-note',
    `神经外科ICU病程记录　[[DATE|2026年11月24日]]
[[MRN|6]]床　[[PERSON|阿尔木呷]]　男　44岁　彝族　住院号[[MRN|LS0931426]]
蛛网膜下腔出血（Hunt-Hess Ⅲ级）弹簧圈栓塞术后第3天。今晨GCS 13分，较昨日无下降；尼莫地平持续泵入，经颅多普勒示大脑中动脉流速轻度增快，暂未达血管痉挛标准。
计划：维持等容，每日TCD，警惕迟发性脑缺血；因患者汉语有限，病情由其堂弟[[PERSON|阿尔拉格]]翻译告知。
记录：[[PERSON|阿说伍各]]（住院医师）　审核：[[PERSON|罗锦川]]（主治医师）`,
  ],
  [
    'progress-note',
    `血液科病程记录
患者[[PERSON|玉罕香]]，女，36岁，傣族，住院号[[MRN|BN-H-260488]]，[[MRN|9]]床。
[[DATE|11月23日]]血小板 8×10⁹/L，伴牙龈渗血及下肢瘀点，无头痛。诊断原发免疫性血小板减少症（复发）。
已予静脉免疫球蛋白及地塞米松冲击，今日（[[DATE|11月25日]]）复查血小板 46×10⁹/L，出血点消退。
计划：继续观察，血小板稳定后评估促血小板生成素受体激动剂；嘱软毛牙刷，避免肌注。
医师：[[PERSON|刀文彬]]`,
  ],
  [
    'progress-note',
    `主任医师查房记录　[[DATE|2026-11-23]]
[[PERSON|皇甫敬亭]]，男，[[AGE|九十四]]岁，因"吸入性肺炎"入院第5天，[[MRN|十七]]床。
体温已降至37.2℃，痰量减少，仍有饮水呛咳。洼田饮水试验3级。
[[PERSON|岑]]主任意见：抗感染疗程满7天后停药；请康复科行吞咽造影评估；暂予稠化饮食，进食时半坐位，餐后30分钟内勿平卧；与家属沟通鼻胃管利弊。
记录者：[[PERSON|鲍蕾]]`,
  ],
  [
    'discharge',
    `出院记录
姓名：[[PERSON|洛桑益西]]　男　45岁　藏族　住院号：[[MRN|LSA-26-94073]]
身份证号：[[ID_CARD|${rid('540102', '19810709', '315')}]]
住院时间：[[DATE|2026年11月18日]]至[[DATE|11月24日]]
诊断：急性结石性胆囊炎。
经过：入院后抗感染、解痉，[[DATE|11月20日]]行腹腔镜胆囊切除术，术后恢复顺利，切口甲级愈合。
出院医嘱：低脂饮食一个月，术后2周门诊复查；如出现发热、皮肤发黄、腹痛加重及时就诊。
医保个人编号：[[INSURANCE_ID|54000026118830]]
主治医师：[[PERSON|白玛央宗]]`,
  ],
  [
    'discharge',
    `儿科出院小结
患儿：[[PERSON|龙悦溪]]　女　1岁3月　侗族　住院号：[[MRN|KL0384592]]
[[DATE|11月19日]]因咳嗽、喘息3天入院，诊断毛细支气管炎（RSV阳性）。予吸氧、鼻腔吸引、补液，[[DATE|11月23日]]停氧后血氧稳定于96%以上，进奶好转，今日出院。
出院指导：少量多次喂奶；如呼吸急促、吸气时肋间凹陷、嘴唇发紫或尿量明显减少，立即返院。
母亲：[[PERSON|吴春燕]]　身份证 [[ID_CARD|${rid('522601', '19960220', '024')}]]　电话 [[PHONE|15285547316]]
家庭住址：[[ADDRESS|贵州省黔东南州凯里市北京东路56号附3号]]`,
  ],
  [
    'discharge',
    `骨科出院记录（厦门）
姓名：[[PERSON|詹美玲]]　女　68岁　台湾居民
居住证号码：[[ID_CARD|${rid('830000', '19580417', '068')}]]　台胞证：[[PASSPORT|07215836]]
住院：[[DATE|2026年11月12日]]—[[DATE|11月24日]]　住院号：[[MRN|XM7316042]]
诊断：右膝骨关节炎（K-L Ⅳ级）。[[DATE|11月13日]]行右全膝关节置换术，术后镇痛满意，已可助行器下行走。
出院带药：利伐沙班10 mg 每日一次，共35天；对乙酰氨基酚按需。
随访：术后6周骨科门诊，拍片复查。联系电话：[[PHONE|0592-5163087]]（骨科护士站）`,
  ],
  [
    'outpatient',
    `皮肤科门诊病历（丽江）
[[PERSON|和丽娟]]　女　39岁　纳西族　门诊号：[[MRN|LJ-M-2611-4370]]　[[DATE|2026年11月25日]]
风团反复发作4个月，每日均有，数小时内消退，不留痕迹，夜间瘙痒明显。无喉头发紧、无腹痛。
诊断：慢性自发性荨麻疹。
处理：第二代抗组胺药标准剂量，2周无效可加至4倍剂量；记录风团活动评分；避免NSAIDs。
预约复诊：[[DATE|12月9日]]　患者电话：[[PHONE|187 8888 0619]]`,
  ],
  [
    'outpatient',
    `风湿免疫科门诊记录
姓名：[[PERSON|陈嘉欣]]　男　41岁　香港居民（在深圳工作）
港澳居民居住证：[[ID_CARD|${rid('810000', '19850623', '113')}]]
就诊卡号：[[MRN|SZ0871522634]]　就诊日期：[[DATE|2026-11-24]]
右第一跖趾关节红肿热痛2天，夜间发作。血尿酸 562 µmol/L，CRP 38 mg/L。
诊断：急性痛风性关节炎。
处理：秋水仙碱小剂量方案，冰敷抬高；急性期过后2—4周起始降尿酸，目标血尿酸<360 µmol/L；少饮啤酒及含糖饮料。
香港联系电话：[[PHONE|+852 6483 2179]]`,
  ],
  [
    'outpatient',
    `心血管内科门诊
[[PERSON|司马承宇]]，男，58岁。医保卡号：[[INSURANCE_ID|1101052648830917]]　门诊号：[[MRN|BJ260417725]]
体检发现血压升高3个月，家庭自测平均152/96 mmHg。吸烟30年，每日1包。LDL-C 4.1 mmol/L。
评估：原发性高血压2级，心血管风险高危。
处理：氨氯地平5 mg 每日一次；阿托伐他汀20 mg 每晚一次；戒烟门诊转介；低盐饮食。4周后复诊，带家庭血压记录。
接诊医师：[[PERSON|闫书华]]　[[DATE|2026年11月23日]]`,
  ],
  [
    'referral',
    `上转转诊单
转出单位：大理市某乡镇卫生院　　转入：州人民医院肾内科
患者：[[PERSON|段秋月]]　女　71岁　白族
身份证号：[[ID_CARD|${rid('532901', '19550906', '128')}]]
病情摘要：糖尿病肾病，近2周尿量减少、乏力纳差；[[DATE|11月22日]]查肌酐 826 µmol/L，血钾 6.1 mmol/L，已予降钾处理。
转诊目的：评估紧急血液透析及血管通路建立。
转出医师：[[PERSON|杨旭东]]　联系电话：[[PHONE|0872-2146630]]
转诊日期：[[DATE|2026年11月23日]]`,
  ],
  [
    'referral',
    `院内会诊申请单
申请科室：内分泌科　[[MRN|23]]床　住院号：[[MRN|CD2611-3342]]
患者：[[PERSON|宇文思远]]　男　52岁
2型糖尿病15年，血糖控制差，近1月视物模糊加重，右眼为著。
请眼科会诊：评估糖尿病视网膜病变分期，是否需要激光或抗VEGF治疗。
申请医师：[[PERSON|苟晓岚]]　[[DATE|2026-11-24]] 10:05
会诊医师回复：双眼增殖期病变可能，已约眼底荧光造影，[[DATE|11月26日]]眼科门诊。——[[PERSON|景若溪]]`,
  ],
  [
    'referral',
    `双向转诊（下转）单
患者：[[PERSON|覃德昌]]　男　[[AGE|九十]]岁　壮族
身份证：[[ID_CARD|450202360305117]]
住院诊断：左侧基底节区脑梗死恢复期。已完成急性期治疗及二级预防调整（阿司匹林、他汀）。
转回社区目的：继续康复训练（站立平衡、步行）、血压管理，防跌倒。
接收：柳州市城中区某社区卫生服务中心　家庭医生[[PERSON|梁爱萍]]
转出医师：[[PERSON|黎文涛]]　电话：[[PHONE|0772-2815946]]　日期：[[DATE|2026年11月24日]]`,
  ],
  [
    'handover',
    `普外科夜班交班记录　[[DATE|2026年11月24日]]夜
[[MRN|5]]床 [[PERSON|令狐建军]]：阑尾切除术后第1天，生命体征平稳，已排气，可进流质。
[[MRN|11]]床：空床，备急诊入院。
[[MRN|14]]床 [[PERSON|满都呼]]：粘连性肠梗阻保守治疗，胃肠减压引流约600 mL，腹胀较前减轻；凌晨2点复查电解质。
[[MRN|19]]床 [[PERSON|喻秋菊]]：胆总管结石ERCP术后，需警惕术后胰腺炎，明晨查淀粉酶。
交班：[[PERSON|谭宁]]　接班：[[PERSON|郝思琪]]`,
  ],
  [
    'handover',
    `急诊抢救室交接班
抢救[[MRN|1]]床：[[PERSON|阿布都克力木·买买提]]，男，49岁，道路交通伤，多发肋骨骨折、左侧血气胸，已置胸腔闭式引流，引流血性液约400 mL。其驾驶的货车（车牌[[PLATE|新A·7M325]]）已由交警处置。
抢救[[MRN|3]]床：[[PERSON|丁桂英]]，女，[[AGE|九十二]]岁，感染性休克，去甲肾上腺素维持中，等待ICU床位。
抢救[[MRN|4]]床：空。
交：[[PERSON|阿孜古丽·买买提]]　接：[[PERSON|赵长青]]　[[DATE|11月25日]] 08:00`,
  ],
  [
    'handover',
    `产科病区交接
[[PERSON|卜晓晴]]，G1P0，孕39周，[[MRN|3]]号待产室，宫口开3 cm，胎心监护Ⅰ类，硬膜外镇痛已开始。
[[PERSON|巫山月]]，G2P1，剖宫产术后6小时，[[MRN|22]]床，子宫收缩好，阴道流血少；尿管明晨拔除。
[[PERSON|牟佳慧]]，子痫前期，[[MRN|25]]床，硫酸镁维持，每小时尿量及膝反射，血压波动于150/95 mmHg左右。
白班[[PERSON|冉晓静]]交于夜班[[PERSON|向楠]]，[[DATE|2026-11-23]] 20:00`,
  ],
  [
    'nursing-note',
    `压力性损伤护理记录
[[PERSON|佟淑贤]]　女　[[AGE|九十七]]岁　[[MRN|8]]床　住院号：[[MRN|HRB260931]]
骶尾部3期压力性损伤，大小3.0 cm×2.5 cm，创基红色肉芽约80%，黄色腐肉20%，少量渗液，无异味。
处理：生理盐水清洗，藻酸盐敷料填充，泡沫敷料覆盖；每2小时翻身，使用气垫床；营养科会诊补充蛋白。
家属（孙子[[PERSON|佟嘉铭]]）已知晓翻身要点。
护士：[[PERSON|褚玉洁]]　[[DATE|2026年11月24日]] 16:30`,
  ],
  [
    'nursing-note',
    `居家护理服务记录（PICC维护）
服务单号：[[MRN|JH202611250037]]　服务日期：[[DATE|2026-11-25]]
服务对象：[[PERSON|诸葛若兰]]　女　63岁　乳腺癌化疗间歇期
身份证号：[[ID_CARD|${rid('370102', '19630318', '264')}]]
地址：[[ADDRESS|山东省济南市历下区泉城路180号3号楼2单元502]]
右上臂PICC外露7 cm，臂围28 cm（同前），穿刺点无红肿渗出。更换透明敷料及无针接头，脉冲式冲管通畅。下次维护：[[DATE|12月2日]]。
护士：[[PERSON|伊曼]]　电话：[[PHONE|176 6013 5842]]`,
  ],
  [
    'nursing-note',
    `血液透析护理记录
患者：[[PERSON|韩乙四夫]]　男　55岁　撒拉族　透析号：[[MRN|XH-HD-0217]]
日期：[[DATE|2026年11月24日]]
透前体重68.4 kg，干体重65.5 kg；透前血压162/90 mmHg。左前臂内瘘震颤良好。
超滤目标2.8 kg，透析4小时。第3小时血压降至98/60 mmHg，伴小腿抽筋，减慢超滤、回输生理盐水100 mL后缓解。
透后体重65.8 kg。宣教：两次透析间体重增长不超过干体重的5%。
护士：[[PERSON|马秀梅]]`,
  ],
  [
    'lab-report',
    `检验科危急值报告登记
报告时间：[[DATE|2026-11-24]] 03:42　标本条码：[[MRN|8153720469]]
患者：[[PERSON|公孙佩瑶]]　女　住院号：[[MRN|TJ-4085173]]　肾内科[[MRN|12]]床
项目：血钾 6.9 mmol/L（危急值），标本无溶血。
报告人：[[PERSON|甘沐秋]]（检验科）　接收人：[[PERSON|侯雨萱]]（病区护士），已复述确认。
接收后通知值班医师[[PERSON|聂振宇]]，予葡萄糖酸钙静推、胰岛素加葡萄糖，复查血钾及心电图。`,
  ],
  [
    'lab-report',
    `病理诊断报告
病理号：[[MRN|P2026-18874]]　送检日期：[[DATE|2026年11月20日]]
姓名：[[PERSON|何永寿]]　男　60岁　锡伯族　住院号：[[MRN|YN0039185]]
标本：胃窦小弯侧活检3块。
镜下：黏膜腺体呈低级别异型增生，局灶高级别；背景慢性萎缩性胃炎伴肠上皮化生，HP（+）。
诊断：胃窦黏膜高级别上皮内瘤变（局灶）。建议内镜下切除评估。
报告医师：[[PERSON|安志远]]　审核：[[PERSON|关秀云]]　报告日期：[[DATE|2026年11月24日]]`,
  ],
  [
    'lab-report',
    `24小时尿标本留取须知
1. 留尿当天早上7点排空膀胱，这次的尿不要。
2. 之后每次小便都倒进医院发的大容器里，直到第二天早上7点最后一次也要留。
3. 容器放阴凉处，按检验科要求加入防腐剂，不要自行倒掉或加水。
4. 结束后记录总尿量，摇匀后取约10 mL送检。
5. 留尿期间正常饮水进食，月经期请改期。`,
  ],
  [
    'imaging-report',
    `头颅CT平扫报告
检查号：[[MRN|CT5187302]]　检查日期：[[DATE|2026-11-24]]
姓名：[[PERSON|蒲永福]]　男　[[AGE|九十五]]岁　身份证：[[ID_CARD|420106310812053]]
临床：两周前跌倒，近3天反应迟钝、左侧肢体无力。
所见：右侧额颞顶部颅板下新月形低、等混杂密度影，最厚约18 mm，右侧脑室受压，中线左移约7 mm。脑萎缩，脑白质疏松。
印象：右侧慢性硬膜下血肿（伴亚急性成分），占位效应明显，建议神经外科会诊。
报告：[[PERSON|单宏伟]]　审核：[[PERSON|邵静怡]]`,
  ],
  [
    'imaging-report',
    `乳腺超声检查报告
超声号：[[MRN|US-B-2611-0592]]
姓名：[[PERSON|慕容素晴]]　女　47岁　检查日期：[[DATE|2026年11月23日]]
左乳2点钟方向距乳头3 cm处见一低回声结节，大小约11 mm×8 mm，形态不规则，边缘成角，纵横比<1，内见点状血流。与[[DATE|2025年11月]]本院片比较为新发。
双侧腋窝未见异常淋巴结。
提示：左乳实性结节，BI-RADS 4a类，建议超声引导下穿刺活检。
诊断医师：[[PERSON|钱沐言]]`,
  ],
  [
    'imaging-report',
    `冠状动脉CTA报告
影像号：[[MRN|IM00518362]]　[[DATE|2026-11-22]]
[[PERSON|雷德旺]]　男　63岁　畲族　门诊号：[[MRN|LS-0661402]]
钙化积分 412。前降支近段混合斑块，管腔狭窄约70%—80%；回旋支中段轻度狭窄（<30%）；右冠状动脉未见明显狭窄。
印象：冠状动脉粥样硬化性心脏病，前降支近段重度狭窄可能，建议结合临床行冠状动脉造影。
报告医师：[[PERSON|蓝美玉]]`,
  ],
  [
    'prescription',
    `麻醉药品专用处方（红色）
处方编号：[[MRN|MZ8804317625]]　日期：[[DATE|2026年11月25日]]
患者：[[PERSON|端木志刚]]　男　66岁　身份证号：[[ID_CARD|${rid('320106', '19600228', '395')}]]
诊断：肺腺癌多发骨转移，癌痛（NRS 6分）
Rp：硫酸吗啡缓释片 30 mg×14片，每12小时1次口服（整片吞服，勿掰开嚼碎）
　　乳果糖口服溶液 15 mL，每日1—2次，预防便秘
代办人：女儿[[PERSON|端木晴川]]　身份证号：[[ID_CARD|${rid('320106', '19890915', '026')}]]
医师：[[PERSON|蔺晓冬]]　调配/核对：[[PERSON|党春华]]`,
  ],
  [
    'prescription',
    `儿科门诊处方
姓名：[[PERSON|阿斯哈尔·叶尔江]]　男　5岁　体重18 kg　门诊号：[[MRN|YL0270591]]
诊断：急性中耳炎（右）
Rp：阿莫西林干混悬剂　每次800 mg，每日2次，连服10天
　　布洛芬混悬液　每次6 mL，发热或耳痛时用，两次间隔不少于6小时
医嘱：48—72小时仍发热或耳痛不减请复诊；如耳后红肿、颈部僵硬立即就医。
家长电话：[[PHONE|138 9990 4721]]　医师：[[PERSON|古丽扎尔]]　[[DATE|2026-11-24]]`,
  ],
  [
    'prescription',
    `互联网医院电子处方
处方号：[[MRN|RX20261123004416]]
患者：[[PERSON|澹台清漪]]　女　34岁　医保电子凭证号：[[INSURANCE_ID|E33010600471592]]
诊断：甲状腺功能减退症（复诊）
Rp：左甲状腺素钠片 75 µg×56片，每日清晨空腹1片，与钙片、铁剂间隔4小时以上
开方时间：[[DATE|2026年11月23日]] 21:08　医师：[[PERSON|卢以宁]]
处方真伪查询：[[URL|https://rx.hlw.example.cn/verify?no=RX20261123004416]]
6—8周后复查TSH、FT4。`,
  ],
  [
    'consent',
    `输血治疗知情同意书（签字部分）
患者姓名：[[PERSON|闻人嘉禾]]　性别：男　住院号：[[MRN|ZJ26-3308127]]
拟输注：悬浮红细胞2 U；血型A型RhD阳性。
我已知晓输血可能出现发热、过敏、溶血反应及经血传播疾病等风险，以及不输血的后果，同意输血。
患者签名：[[PERSON|闻人嘉禾]]　身份证号：[[ID_CARD|${rid('330106', '19761104', '157')}]]
谈话医师：[[PERSON|祁嘉言]]　签署时间：[[DATE|2026年11月24日]] 11:40`,
  ],
  [
    'consent',
    `麻醉知情同意书（授权委托签字）
患者：[[PERSON|夏侯文彬]]　男　[[AGE|九十三]]岁　[[MRN|7]]床
拟行手术：左股骨粗隆间骨折闭合复位髓内钉内固定术；麻醉方式：腰硬联合麻醉，备全身麻醉。
患者高龄，合并冠心病及慢性肾脏病3期，围术期心脑血管事件、谵妄及肺部感染风险增加，已向家属充分说明。
委托代理人：[[PERSON|夏侯立]]（长子）　身份证：[[ID_CARD|${rid('140105', '19640719', '213')}]]
联系电话：[[PHONE|139-3518-2607]]
麻醉医师：[[PERSON|查文瀚]]　日期：[[DATE|2026-11-23]]`,
  ],
  [
    'consent',
    `临床研究知情同意书——签字页
研究名称：社区获得性肺炎患者短程抗菌治疗的多中心随机对照研究
受试者姓名缩写：[[PERSON|ZMY]]　受试者编号：[[MRN|CAP-07-0163]]
受试者签名：[[PERSON|卓明玉]]　日期：[[DATE|2026年11月22日]]
研究者签名：[[PERSON|苏亦航]]　日期：[[DATE|2026年11月22日]]
如有疑问请联系研究者：[[PHONE|0571-8723 6140]]；受试者权益问题请联系本院伦理委员会办公室：[[PHONE|0571-8723 6009]]`,
  ],
  [
    'billing',
    `住院预交金收据
收据号：0036182　日期：[[DATE|2026-11-22]]
患者：[[PERSON|邬思远]]　住院号：[[MRN|NB2611-0475]]　科室：心胸外科
交款金额：人民币20,000.00元（贰万元整）
支付方式：银联卡　卡号：[[BANK_CARD|${spaced(luhn('622202390718466'))}]]
交款人：[[PERSON|邬海平]]（父亲）
收款员：[[PERSON|戴巧玲]]　出院结算时多退少补，请妥善保管本收据。`,
  ],
  [
    'billing',
    `门诊退费申请单
申请日期：[[DATE|2026年11月24日]]
患者姓名：[[PERSON|东方瑾瑜]]　就诊卡号：[[MRN|000684172935]]
退费项目：增强MRI（因对比剂过敏史取消检查），金额 1,180.00元
原支付方式：微信支付，已超过原路退回期限，申请退至本人银行卡
银行卡号：[[BANK_CARD|${luhn('621700186003417529')}]]　开户行：建设银行
身份证号：[[ID_CARD|${rid('441302', '19880131', '386')}]]
申请人签字：[[PERSON|东方瑾瑜]]　经办：[[PERSON|岳婷]]`,
  ],
  [
    'billing',
    `国际医疗部费用清单（自费）
患者：[[PERSON|佐藤 美咲]]（[[PERSON|SATO MISAKI]]）　女　35岁　日本籍
护照号：[[PASSPORT|TR5274816]]　门诊号：[[MRN|INT-26-0917]]
就诊日期：[[DATE|2026-11-21]]
项目：急诊诊查费、血常规、腹部超声、静脉补液及药费，合计人民币2,364.50元
支付：JCB卡 [[BANK_CARD|${spaced(luhn('352801734926105'))}]]
电子发票发送至：[[EMAIL|m.sato@mail.example.jp]]`,
  ],
  [
    'online-consult',
    `图文问诊记录
问诊单号：[[MRN|WZ2611230815]]　用户账号：[[ACCOUNT|qingshan_1987]]　登录IP：[[IP|203.0.113.174]]
患者自述：男，39岁，左小腿红肿发热2天，中心有一处抓破口，体温37.9℃。照片：[[URL|https://img.zixun.example.cn/u/8f3kq27.jpg]]
医生回复（[[PERSON|温晓斌]]，皮肤科）：考虑蜂窝织炎可能，图文无法排除深部感染。建议今日线下就诊，查血常规；若红肿范围快速扩大、出现寒战或局部发黑、剧痛，请立即急诊。
[[DATE|2026-11-23]] 19:46`,
  ],
  [
    'online-consult',
    `视频复诊记录（风湿科）
患者：[[PERSON|柏子墨]]　女　44岁　类风湿关节炎　就诊时间：[[DATE|2026年11月24日]] 15:30
会议链接：[[URL|https://video.fsk.example.cn/room/k7Q2mX]]
医生端IP：[[IP|2001:db8:7a1::3c]]
近1月晨僵约30分钟，双手第2、3掌指关节轻压痛。近期肝功能正常。
处理：甲氨蝶呤维持每周15 mg，叶酸次日口服；4周后复查血常规、肝肾功能。
医师：[[PERSON|尚文清]]`,
  ],
  [
    'online-consult',
    `夜间儿科在线咨询
用户「[[ACCOUNT|糖豆麻麻]]」：宝宝11个月，下午开始发烧38.9℃，吃了退烧药降到37.8℃，精神还可以，吃奶少了一点。
医生：请问尿量怎么样？有没有皮疹、呕吐、抽搐？
「[[ACCOUNT|糖豆麻麻]]」：尿布换了4次，没有皮疹。我叫[[PERSON|伏雅琪]]，孩子叫[[PERSON|彤彤]]，明天能挂你们医院的号吗？
医生（[[PERSON|祝一凡]]）：可以在家观察，按体重给退热药，多喂奶。如出现精神差、呼吸急促、抽搐或发热超过3天，请及时到急诊。`,
  ],
  [
    'patient-message',
    `微信留言（发给心内科护士站）
您好，我是[[PERSON|宗泽厚]]的儿子。我爸昨天（[[DATE|11月23日]]）做了支架，在你们科[[MRN|38]]床。他说手腕穿刺的地方有点胀，手指颜色正常，这个需要叫医生看吗？我今天在外地出差，有事请打我电话[[PHONE|135 7720 3961]]，我叫[[PERSON|宗恺]]。`,
  ],
  [
    'patient-message',
    `医院App留言
患者：[[PERSON|蓝菲]]　预约号：[[MRN|YY20261126-0042]]
医生您好，我预约了[[DATE|11月26日]]上午的甲状腺结节复查，想问一下需不需要空腹？另外我的医保号是[[INSURANCE_ID|46019300721586]]（海南医保），挂号时提示信息不一致，是不是要到窗口改？谢谢。`,
  ],
  [
    'patient-message',
    `电子邮件
发件人：[[EMAIL|carmen.lau.hk@example.com.hk]]
主题：体检报告补发
您好，我是[[PERSON|刘嘉雯]]，[[DATE|2026年11月14日]]在贵院国际体检中心做了全身体检，香港身份证号[[ID_CARD|${hkid('K', '527103')}]]。纸质报告还没有收到，能否把电子版发到我这个邮箱？如需核对，可致电[[PHONE|+852 9317 2846]]。谢谢！`,
  ],
  [
    'family-chat',
    `家庭群聊「外婆看病小分队」
[[PERSON|晓曼]]：后天（[[DATE|27号]]）外婆复查眼底，上午9点的号，谁有空送？
舅舅：我开车去，车是[[PLATE|粤B·D72815]]，停负一层。
[[PERSON|晓曼]]：外婆都[[AGE|九十六]]了，走不了太远，记得带轮椅。
妈妈：我8点到外婆家接她，[[ADDRESS|深圳市福田区莲花路2008号景田花园5栋1203]]，舅舅直接到楼下。
[[PERSON|晓曼]]：好的，就诊卡在外婆床头柜抽屉里。`,
  ],
  [
    'family-chat',
    `微信群「妈的住院事宜」
[[PERSON|建鹏]]：护士说要登记妈的身份证号，谁手机里有？
[[PERSON|淑芹]]：[[ID_CARD|${rid('430103', '19540612', '028')}]]，住院号是[[MRN|CS2611-2298]]，医保卡在我这。
[[PERSON|建鹏]]：收到。医生说明天（[[DATE|11月25日]]）上午做胃镜，要家属签字。
[[PERSON|淑芹]]：我早上7点半到，你下午来换我。`,
  ],
  [
    'family-chat',
    `QQ群「老爸康复交流」
[[ACCOUNT|向日葵0808]]：今天老爸在康复科能扶着走10米了！
[[ACCOUNT|阿杰2009]]：太好了，治疗师[[PERSON|廖]]老师说下周可以试试上下台阶。
[[ACCOUNT|向日葵0808]]：[[DATE|29号]]出院小结要去护士站拿，谁去？
[[ACCOUNT|阿杰2009]]：我去，顺便问问社区康复的事。`,
  ],
  [
    'sms-reminder',
    `【区疾控中心】本周起各社区门诊开放今冬流感疫苗预约。高龄长者、孕期女性、有慢性心肺肾病者和半岁以上幼儿属优先人群，请通过“健康社区”小程序选择时段，现场出示有效证件即可。退订回T`,
  ],
  [
    'sms-reminder',
    `【市第一人民医院】[[PERSON|巴桑卓嘎]]您好，您已预约[[DATE|11月27日]]14:00-14:30 消化内科（[[PERSON|付]]主任），就诊序号[[MRN|16]]。请提前30分钟到门诊2楼签到。取消或改约：[[URL|https://yy.dyrmyy.example.cn/c/5TQ8W2]]`,
  ],
  [
    'sms-reminder',
    `【中心医院药房】[[PERSON|古丽齐曼]]女士，您在线开具的药品已备好，取药码[[MRN|738215]]，请于[[DATE|11月28日]]前到门诊一楼自助取药机取药。过期将自动退费。`,
  ],
  [
    'iliotibial-band-clinic',
    `运动医学科门诊病历
姓名：[[PERSON|樊奕鸣]]　男　31岁　门诊号：[[MRN|SM-2611-07283]]　[[DATE|2026年11月24日]]
业余马拉松跑者，近6周每次跑到约5 km时右膝外侧刺痛，下坡时加重，停跑后缓解。近期周跑量由30 km增至60 km。
查体：右股骨外上髁处压痛，Noble挤压试验阳性，Ober试验阳性；膝关节无积液，半月板试验阴性。
诊断：右侧髂胫束综合征。
处理：暂停长距离及下坡跑，可骑车、游泳维持体能；臀中肌及髋外展肌力训练；步频提高5%—10%；疼痛明显时局部冰敷。报名的[[DATE|2027年3月]]全程马拉松视恢复情况决定。
电话：[[PHONE|151 0287 6934]]　医师：[[PERSON|冷锋]]`,
  ],
  [
    'iliotibial-band-clinic',
    `康复治疗记录
治疗单号：[[MRN|KF26110466]]　患者：[[PERSON|欧春妮]]　女　26岁
诊断：左侧髂胫束综合征（越野跑后）
[[DATE|11月18日]]首次治疗：臀中肌肌力4级，单腿下蹲时膝内扣。今日（[[DATE|11月25日]]）第3次：侧卧抬腿3组×15次、蚌式开合、单腿臀桥，已能无痛快走30分钟。
下次：[[DATE|12月2日]]，开始平地慢跑—步行交替。
治疗师：[[PERSON|鄢嘉琪]]`,
  ],
  [
    'iliotibial-band-clinic',
    `跑步膝外侧痛（髂胫束综合征）居家训练须知
1. 疼痛期先减少跑量，避免下坡和同一方向的环形跑道。
2. 每天做臀中肌训练：侧卧抬腿、蚌式开合、弹力带侧向走，每组15次，做3组。
3. 拉伸大腿外侧和臀部，每个动作保持30秒；泡沫轴滚压以舒适为度，不要压骨头突起处。
4. 恢复跑步时从平路、短距离开始，以跑后及次日膝外侧不痛为准，逐周增加不超过10%。
5. 如出现膝关节肿胀、卡住或打软腿，请复诊。`,
  ],
  [
    'hammer-toe-clinic',
    `足踝外科门诊病历
[[PERSON|庞丽娟]]　女　58岁　门诊号：[[MRN|ZA0382716]]
身份证号：[[ID_CARD|${rid('341302', '19680207', '384')}]]　就诊日期：[[DATE|2026-11-23]]
左第二趾近节趾间关节屈曲畸形2年，穿鞋时趾背疼痛，伴拇外翻。查体：第二趾锤状趾，被动可部分矫正，趾背胼胝；第二跖骨头下压痛。足背动脉搏动好。X线：拇外翻角32°。
诊断：左第二趾柔软性锤状趾；拇外翻；转移性跖痛。
处理：宽头深鞋、趾套及跖骨垫保守治疗3个月；无效可考虑趾长屈肌腱转移或趾间关节融合，同期矫正拇外翻。
医师：[[PERSON|禹海洋]]`,
  ],
  [
    'hammer-toe-clinic',
    `手术记录
患者：[[PERSON|姬素霞]]　女　64岁　住院号：[[MRN|XA2611-5827]]　身份证号：[[ID_CARD|${rid('610113', '19621030', '046')}]]
手术日期：[[DATE|2026年11月20日]]
术前诊断：右第二、三趾僵硬性锤状趾
手术名称：右第二、三趾近节趾间关节切除融合术，克氏针内固定
经过：趾背横切口，切除近节趾骨头，对合关节面，逆行穿入1.2 mm克氏针固定，针尾留置体外。透视位置满意。
术后：前足减压鞋，克氏针约6周拔除。
术者：[[PERSON|屈向东]]　助手：[[PERSON|晏子琳]]`,
  ],
  [
    'hammer-toe-clinic',
    `患者微信留言（足踝外科随访群）
[[PERSON|姬素霞]]：医生好，我是[[DATE|20号]]做脚趾手术的，现在针眼周围有点红，没有流脓，不发烧。照片发在这：[[URL|https://pic.zuhuai.example.cn/s/v93LpQ]]
随访护士（[[PERSON|阮晴]]）：针道轻度发红较常见，请每天用碘伏消毒针道两次，保持干燥。若红肿扩大、流脓或发热，请来门诊。拔针已约在[[DATE|2027年1月2日]]。`,
  ],
  [
    'winged-scapula-clinic',
    `肌电图检查报告
检查号：[[MRN|EMG-26-3391]]　检查日期：[[DATE|2026年11月23日]]
姓名：[[PERSON|戚浩然]]　男　27岁
临床：右肩背部酸痛后出现右肩胛骨内侧缘翘起（翼状肩胛）2个月，抬臂无力。
神经传导：右胸长神经复合肌肉动作电位波幅较左侧下降约60%，潜伏期延长。
针极肌电图：右前锯肌可见纤颤电位及正锐波，募集减少；斜方肌、菱形肌未见异常。
结论：右胸长神经损伤（部分性，轴索损害为主），符合前锯肌麻痹。
报告医师：[[PERSON|邴晓鸥]]`,
  ],
  [
    'winged-scapula-clinic',
    `骨科门诊病历（肩关节专科）
[[PERSON|宗政楷]]　男　34岁　门诊号：[[MRN|WH26-0719346]]　[[DATE|2026-11-24]]
长期负重登山背包后右侧翼状肩胛3个月。推墙试验右肩胛内侧缘明显翘起，上举受限于140°。肌电图（外院，[[DATE|11月10日]]）提示右胸长神经部分损伤。
诊断：右侧前锯肌麻痹（胸长神经麻痹）。
处理：避免肩背负重，肩胛稳定训练；多数可在6—24个月内恢复，每3个月复查肌电图。若2年仍无恢复，再讨论胸大肌胸骨头转位术。
医师：[[PERSON|翟思远]]　患者电话：[[PHONE|133 0715 8462]]`,
  ],
  [
    'winged-scapula-clinic',
    `康复科治疗记录
患者：[[PERSON|邰欣然]]　女　22岁　治疗单号：[[MRN|KF-2611-0928]]
诊断：左侧翼状肩胛（胸长神经麻痹，排球训练后）
[[DATE|11月24日]]：佩戴肩胛稳定支具下行前锯肌激活训练——靠墙俯卧撑加、仰卧拳推、弹力带前伸，各2组×12次，未诱发疼痛；低频电刺激20分钟。
宣教：暂停扣球和发球训练，日常避免单肩背包。
治疗师：[[PERSON|喻航]]　下次：[[DATE|12月1日]]`,
  ],
  [
    'epiretinal-membrane-clinic',
    `光学相干断层扫描（OCT）报告
检查号：[[MRN|OCT2611240127]]　[[DATE|2026-11-24]]
姓名：[[PERSON|仲秋萍]]　女　69岁　门诊号：[[MRN|YK-0518834]]
右眼：黄斑区视网膜表面见高反射膜状物，牵拉致黄斑中心凹形态消失，中心凹视网膜厚度 486 µm，内层视网膜皱褶，椭圆体带连续。
左眼：黄斑结构大致正常。
提示：右眼特发性黄斑前膜（视网膜前膜）。
患者主诉右眼视物变形，最佳矫正视力0.3。
报告医师：[[PERSON|鞠天翔]]`,
  ],
  [
    'epiretinal-membrane-clinic',
    `眼科手术知情同意（签字页）
患者：[[PERSON|包宝柱]]　男　78岁　蒙古族　住院号：[[MRN|NM-E-5970318]]
身份证号：[[ID_CARD|152502480526031]]
拟行手术：左眼玻璃体切割＋黄斑前膜及内界膜剥除术（局部麻醉）
风险：视力改善有限、视物变形可能残留、白内障加重、视网膜裂孔或脱离、眼内炎、眼压升高等。如术中注气，术后需按要求保持体位。
患者签名：[[PERSON|包宝柱]]　签字日期：[[DATE|2026年11月23日]]
谈话医师：[[PERSON|斯琴高娃]]`,
  ],
  [
    'epiretinal-membrane-clinic',
    `眼科随访电话记录
[[DATE|11月25日]]　患者[[PERSON|包宝柱]]（左眼黄斑前膜剥除术后第1天）由女儿[[PERSON|包乌云]]代接。
诉左眼轻度异物感，无剧烈眼痛，无恶心呕吐。已按医嘱点抗生素及激素眼药水。告知：眼内有少量气体，睡觉时避免仰卧，气体吸收前不能乘坐飞机或到高原。
回访护士：[[PERSON|敖登托雅]]　家属电话：[[PHONE|0479-8262517]]`,
  ],
];

const en: Array<[string, string]> = [
  [
    'admission',
    `AMU clerking, Liverpool
Name: [[PERSON|Oluwaseun Adeyemi-Hart]]   Hosp no: [[MRN|RQ6937105]]   NHS No: [[INSURANCE_ID|${nhs('417285')}]]
Admitted [[DATE|23/11/2026]] 21:30, age 24.
PC: severe lower back and chest pain for 10 hours, typical of his sickle cell crises (HbSS). No fever. Sats 95% on air.
O/E: mild tachypnoea, no focal chest signs. Hb 68 g/L (baseline 80), reticulocytes raised.
Impression: acute painful crisis; watch closely for acute chest syndrome.
Plan: first analgesic dose inside 30 minutes per the sickle pain pathway, then morphine PCA; intravenous hydration; hourly incentive spirometer use while awake; repeat chest film if saturations fall; haematology aware.
NOK: mother, [[PERSON|Folake Adeyemi]], [[PHONE|07700 900346]]`,
  ],
  [
    'admission',
    `Inskrivning / Admission note — Stroke unit, Stockholm
Patient: [[PERSON|Margit Lindqvist-Ahlberg]], [[AGE|90]] years
Personnummer: [[ID_CARD|${pnr('361104', '-', '482')}]]
Arrived [[DATE|2026-11-24]] 07:52, last seen well 06:30. Sudden right-sided weakness and word-finding difficulty. NIHSS 11. CT: no haemorrhage; CT angiography: occlusion of the left M2 segment.
Pre-stroke she lived alone with home help twice daily, mRS 2.
Thrombolysis given at 08:31 after discussion of benefits and risks with her son [[PERSON|Henrik Ahlberg]] by phone ([[PHONE|+46 70 318 42 96]]); thrombectomy team consulted.
Dr [[PERSON|Sofia Bergkvist]]`,
  ],
  [
    'admission',
    `HISTORY AND PHYSICAL — Baltimore
Patient: [[PERSON|Cornelius Whitfield]]   DOB [[DATE|02/14/1929]] ([[AGE|97]] y)   MRN [[MRN|BM-5520719]]
Medicare MBI [[INSURANCE_ID|4TW7-HK2-MX58]]   Driver's license (MD) [[ID_CARD|W-426-715-398-204]]
Admit date: [[DATE|11/23/2026]]
CC: confusion and fever for one day, brought from home by his granddaughter.
Findings: T 38.6 °C, RR 26, BP 94/52, crackles at the right base; lactate 3.1; chest film shows RLL airspace opacity.
Assessment: sepsis, most likely a right basal pneumonia caught in the community; superimposed delirium.
Plan: cultures, IV ceftriaxone and azithromycin, 30 mL/kg crystalloid reassessed after each liter, delirium precautions. Code status: DNR/DNI per his POLST.
Home: [[ADDRESS|2817 Greenmount Avenue, Baltimore, MD 21218]]
Granddaughter [[PERSON|Tanisha Whitfield]] (health care agent) [[PHONE|(410) 555-0147]]`,
  ],
  [
    'progress-note',
    `ICU daily note — Oslo, [[DATE|24.11.2026]]
[[PERSON|Eirik Solbakken]], 54 y, fødselsnummer [[ID_CARD|${fnr('140572', '435')}]], bed [[MRN|4]]
Day 4 of ARDS after influenza A pneumonia. Prone for 16 h overnight, P/F improved from 110 to 168. Lung-protective ventilation, tidal volume 6 mL/kg, plateau 27 cmH₂O. Oseltamivir day 5. Conservative fluids, net −1.2 L.
Plan: supine trial this morning; if P/F stays above 150 on PEEP 12 or less, no further proning. Wife [[PERSON|Ingvild]] updated at the bedside.
[[PERSON|Kari Haugland]], ICU consultant`,
  ],
  [
    'progress-note',
    `Surgical ward round — Manchester, [[DATE|25/11/2026]]
Bay [[MRN|3]], bed [[MRN|2]]: [[PERSON|Dorothy Fairclough]], 71, POD 2 post lap right hemi for caecal adenocarcinoma. Hosp no [[MRN|M0071836Q]].
S: nauseated overnight, vomited twice, not passing flatus.
O: abdomen distended, soft, appropriately tender; wounds clean. K 3.3, Mg 0.62.
A: post-operative ileus.
P: NG tube on free drainage, replace potassium and magnesium, mobilise, chewing gum, review stoma-free diet once flatus; CT if not settling by 48 h.
Mr [[PERSON|Aled Prys-Jones]]'s team — entered by Dr [[PERSON|Imogen Tse]] (FY1)`,
  ],
  [
    'progress-note',
    `Renal ward progress note — Westmead, [[DATE|23/11/2026]]
Patient: [[PERSON|Teresa Nguyen-Carmody]]   UR [[MRN|00763291]]   Medicare [[INSURANCE_ID|${medicare('28461937', '1')}]]
AKI stage 2 (creatinine 312 from baseline 98) after vomiting illness while on ramipril and a diuretic. Both held on admission.
Today: urine output 1.4 L, creatinine down to 224, potassium 5.1. Euvolaemic.
Plan: continue oral fluids, recheck UEC tomorrow, restart ramipril only when creatinine is back near baseline; sick-day rules leaflet given.
Reg: Dr [[PERSON|Rahul Mehrotra]]`,
  ],
  [
    'discharge',
    `INFORME DE ALTA (cardiología), Madrid
Patient: [[PERSON|Rocío Fernández Urquijo]]   DNI [[ID_CARD|${dni('50847362')}]]   NHC [[MRN|2219374]]
Stay: [[DATE|18/11/2026]] – [[DATE|22/11/2026]].
Diagnosis: NSTEMI. Angiography on [[DATE|19/11/2026]]: culprit lesion in the circumflex, treated with one drug-eluting stent.
Tablets on leaving: ticagrelor 90 mg every 12 hours until [[DATE|November 2027]], with lifelong aspirin 100 mg each morning; atorvastatin 80 mg each evening; bisoprolol 2.5 mg once a day.
She has been put forward for the cardiac rehab programme. Never stop ticagrelor without speaking to cardiology.
Contact: [[PHONE|+34 612 48 73 90]]   Dr [[PERSON|Íñigo Zabaleta]]`,
  ],
  [
    'discharge',
    `DISCHARGE SUMMARY — Respirology, Toronto
Patient: [[PERSON|Gurpreet Sandhu]]   OHIP [[INSURANCE_ID|${ohip('752934618')}]] PK   MRN [[MRN|TW-4410682]]
Admission: [[DATE|2026-11-16]] to [[DATE|2026-11-24]]
Diagnosis: COPD exacerbation with hypoxaemia; new home oxygen.
Course: prednisone 5 days, doxycycline, bronchodilators. Ambulatory sats 86% on air at discharge; home oxygen 2 L/min at rest and exertion arranged.
Follow-up: respirology clinic in 4 weeks; pulmonary rehab referral. No smoking near oxygen.
Family physician: Dr [[PERSON|Harjinder Bhullar]], fax [[PHONE|(905) 555-0193]]`,
  ],
  [
    'discharge',
    `Discharge summary — Middlemore Hospital
[[PERSON|Wiremu Te Awekotuku]], 58, NHI [[INSURANCE_ID|${nhi('ZKT', '418')}]]
Stay [[DATE|20/11/2026]] to [[DATE|24/11/2026]].
Acute gout of the left knee and first MTP with AKI (creatinine 188, now 121). Knee aspirated: urate crystals, no organisms.
Treated with prednisone 30 mg daily for 5 days; furosemide reduced. His GP will begin allopurinol once the joints have been quiet for a fortnight, under colchicine cover, and step it up until serum urate is under 0.36 mmol/L.
GP: Dr [[PERSON|Sefo Leaupepe]], Ōtara. Whānau contact: daughter [[PERSON|Mere]] [[PHONE|021 483 7261]]`,
  ],
  [
    'outpatient',
    `Asthma clinic — Amsterdam, [[DATE|24-11-2026]]
[[PERSON|Daan van der Meulen]], 33 y, BSN [[ID_CARD|${bsn('27384615')}]], patient no [[MRN|AMC-8830125]]
Two night wakings a week, reliever 4 times a week. Technique with the inhaler poor (no breath-hold). FeNO 54 ppb, FEV1 78% predicted.
Plan: change to MART with budesonide-formoterol 200/6 (one puff morning and evening plus one puff when needed); taught to hold the breath for ten seconds after each puff; written action plan; review in 8 weeks with spirometry.
Dr. [[PERSON|Femke Brouwer]]`,
  ],
  [
    'outpatient',
    `Rheumatology OPD — Pune, [[DATE|21-11-2026]]
Patient: Smt. [[PERSON|Vaishali Kulkarni]], 46 F, OPD no [[MRN|RH/26/11/0942]]
Aadhaar: [[ID_CARD|${aadhaar('58271940632')}]]   ABHA: [[INSURANCE_ID|91-4827-3061-5529]]
Hands and feet painful and swollen on both sides for five months; stiff for about an hour and a half each morning. RF and anti-CCP positive, ESR 48.
Diagnosis: rheumatoid arthritis.
Plan: start methotrexate at 15 mg once a week (folic acid 5 mg on another day) with a short oral prednisolone bridge; blood counts and liver tests after 4 weeks. Hepatitis B and C screen sent.
Review [[DATE|19-12-2026]]. Mobile: [[PHONE|+91 94221 70358]]`,
  ],
  [
    'outpatient',
    `Consulta ambulatorial / Outpatient visit — São Paulo, [[DATE|23/11/2026]]
Patient: [[PERSON|Joaquim Ribeiro dos Santos]], 61
CPF [[ID_CARD|${cpf('318624507')}]]   Cartão SUS [[INSURANCE_ID|${cns('70918264035172')}]]
Hypertension, home readings 148/92 despite losartan 50 mg. Works nights as a security guard; adds salt freely.
Plan: losartan 100 mg, add amlodipine 5 mg; salt reduction advice; creatinine, potassium and urine albumin; return in 6 weeks.
Dr [[PERSON|Luana Tavares]]`,
  ],
  [
    'referral',
    `Referral — Haematology, Glasgow Royal Infirmary
Re: Mrs [[PERSON|Agnes McCluskey]], DOB [[DATE|15/03/1947]], CHI [[INSURANCE_ID|${chi('150347', '382')}]]
[[ADDRESS|14 Onslow Drive, Dennistoun, Glasgow G31 2LX]]
To the haematology team: this 79-year-old woman turned out to have an IgG kappa paraprotein of 14 g/L when we worked up her back pain. Her calcium and creatinine are normal and Hb is 112; plain films showed no lytic lesions.
Would you advise whether she needs whole-body imaging or a marrow?
With thanks, Dr [[PERSON|Callum Ballantyne]], Dennistoun Health Centre, [[PHONE|0141 496 0317]]`,
  ],
  [
    'referral',
    `Referral letter — Groote Schuur Hospital, Neurology
Patient: [[PERSON|Sibusiso Ngubane]], 35, ID no [[ID_CARD|${luhn('910823512708')}]], clinic folder [[MRN|GSH-71840526]]
Dear Dr [[PERSON|Abrahams]],
Two weeks of headache, fever and now drowsiness; HIV positive, CD4 92, not yet on ART. CSF: lymphocytic, protein 2.1 g/L, glucose low, CrAg negative. Started on TB meningitis treatment and dexamethasone today, [[DATE|24/11/2026]]. Please accept for ongoing care and MRI.
Dr [[PERSON|Thandeka Mazibuko]], Khayelitsha District Hospital, [[PHONE|+27 21 360 4417]]`,
  ],
  [
    'referral',
    `Polyclinic referral — Orthopaedic Surgery, Singapore
Name: [[PERSON|Nur Aisyah binte Rahmat]]   NRIC [[ID_CARD|${nric('T', '0419368')}]]   Age 22
Twisting injury of the right knee during netball on [[DATE|8 Nov 2026]]; immediate swelling, now giving way on stairs. Lachman positive.
Impression: suspected ACL tear. MRI requested.
Please see within 4 weeks. Contact [[PHONE|+65 9172 4058]].
Dr [[PERSON|Goh Shu Fen]], Family Physician, [[DATE|24 Nov 2026]]`,
  ],
  [
    'handover',
    `ED handover — Mater Misericordiae, Dublin, [[DATE|24/11/2026]] 20:00
Cubicle [[MRN|4]]: [[PERSON|Saoirse Ní Chonghaile]], 19, peanut anaphylaxis, two doses of IM adrenaline given, stays for obs until 02:00.
Cubicle [[MRN|7]]: [[PERSON|Tadhg O'Riordan]], 88, fall with a pubic rami fracture, awaiting ortho-geriatrics.
Cubicle 9: empty, cleaned.
Resus [[MRN|2]]: [[PERSON|Kacper Wiśniewski]], 41, visiting from Kraków (passport [[PASSPORT|EK7305168]] with his belongings), GI bleed, 2 units in, scope on call informed.
Handed over by Dr [[PERSON|Róisín Keane]] to Dr [[PERSON|Peadar Gallagher]]`,
  ],
  [
    'handover',
    `MICU handoff (I-PASS) — Seattle, [[DATE|11/24/2026]] 19:00
Rm [[MRN|612]] — [[PERSON|Leilani Kealamakia]], 38, DKA, anion gap closed at 16:00, transitioned to subcutaneous insulin; watch for rebound hyperglycemia.
Rm [[MRN|614]] — [[PERSON|Arthur Pettibone]], [[AGE|93]], septic shock from cholangitis, ERCP done, norepinephrine weaning; goals-of-care meeting with son tomorrow 10:00.
Rm 615 — empty.
Rm [[MRN|617]] — [[PERSON|Hao Tran]], 57, alcohol withdrawal, phenobarbital protocol, CIWA every 2 h.
From Dr [[PERSON|Priya Venkatraman]] to Dr [[PERSON|Jonah Feldstein]]`,
  ],
  [
    'handover',
    `QAS ISBAR pre-notification — Princess Alexandra Hospital
I: [[PERSON|Beryl Hockings]], [[AGE|91]], from home.
S: found on the kitchen floor by a neighbour this morning, down about 12 hours.
B: lives alone, AF on apixaban. Neighbour [[PERSON|Trevor Mapleston]] followed in his car (rego [[PLATE|147 KPT]]) and will bring her medications.
A: GCS 14, hip externally rotated, CK pending, temp 35.1 °C.
R: resus bay, warming, X-ray hip; ETA 10 minutes.
Officer: [[PERSON|Jodie Kerrigan]], [[DATE|25/11/2026]]`,
  ],
  [
    'nursing-note',
    `District nursing visit — Leeds, [[DATE|24/11/2026]]
Patient: [[PERSON|Harold Brayshaw]], [[AGE|93]]   NHS No [[INSURANCE_ID|${nhs('873104')}]]
Address: [[ADDRESS|27 Harehills Lane, Leeds LS8 4HU]]
Visit for left leg venous ulcer. Ulcer measures 3 × 2 cm with yellow slough over about half the bed; exudate moderate; skin around it dry and flaky. Washed with tap water, leg moisturised, silicone contact layer laid on and his 2-layer hosiery kit refitted (Doppler ratio 0.9, measured October). Pain 2/10.
Lives with daughter [[PERSON|Janice]]; she knows to call if the foot becomes cold or numb.
Next visit Thursday. [[PERSON|Bethan Oyelaran]], District Nurse, [[PHONE|0113 496 0842]]`,
  ],
  [
    'nursing-note',
    `Nursing note — Bangkok, International Ward
[[DATE|24 Nov 2026]] 22:10. Patient Khun [[PERSON|Siriporn Chaiyawat]], HN [[MRN|62-048315]], Thai ID [[ID_CARD|${thaiId('310370152683')}]], room [[MRN|1408]].
Falls-risk reassessment after sedation for colonoscopy: Morse score 55 (high). Bed lowered, rails up ×2, call bell within reach; patient's daughter [[PERSON|Ploy]] staying overnight and understands to call for help before walking her to the toilet.
Observations within normal limits; no tummy pain; taking clear drinks well.
RN [[PERSON|Natthida Boonmee]]`,
  ],
  [
    'nursing-note',
    `Home health skilled nursing visit — Minneapolis, [[DATE|11/24/2026]]
Pt: [[PERSON|Ifrah Warsame]], 68, Medicaid ID [[INSURANCE_ID|MN08472615]]
[[ADDRESS|1920 S 6th Street, Apt 1204, Minneapolis, MN 55454]]
Somali interpreter [[PERSON|Abdiwali Hersi]] by phone. Insulin pen technique reviewed; she now primes 2 units before each dose. Fasting readings 110–160 this week, no hypoglycemia. Feet inspected: intact, no calluses.
Next visit one week. RN [[PERSON|Megan Strand]]`,
  ],
  [
    'lab-report',
    `MICROBIOLOGY REPORT — NHS Lothian
Patient: [[PERSON|MACLEOD, Fraser]]   CHI [[INSURANCE_ID|${chi('030961', '415')}]]   Lab no [[MRN|E26-M-448172]]
Specimen: nasal and groin screening swabs, collected [[DATE|22/11/2026]]
Result: meticillin-resistant Staphylococcus aureus (MRSA) isolated from both sites.
Comment: decolonisation advised — nasal mupirocin three times daily and chlorhexidine body wash for 5 days; contact precautions in hospital.
Authorised by Dr [[PERSON|Eilidh Drummond-Kerr]], Consultant Microbiologist, [[DATE|24/11/2026]]`,
  ],
  [
    'lab-report',
    `Compte rendu de biologie / Laboratory report — Lyon
Patient: Mme [[PERSON|Hélène Garnier-Duval]]   N° de sécurité sociale [[INSURANCE_ID|${nir('2610469387112')}]]
Dossier [[MRN|LY26-583914]]   Prélèvement [[DATE|23/11/2026]] 08:10
TSH 8.9 mU/L (0.4–4.0); free T4 10.2 pmol/L (12–22); anti-TPO 412 IU/mL.
Interpretation: primary hypothyroidism, probably autoimmune (Hashimoto).
Validated by Dr [[PERSON|Matthieu Lefebvre]], biologiste`,
  ],
  [
    'lab-report',
    `Giving us a phlegm (sputum) sample — for patients
• Do it when you wake up, before breakfast or your toothbrush.
• Swill plain tap water round your mouth and spit that away; skip mouthwash.
• Take three slow big breaths in, and on the third give a strong cough from low down in the chest.
• What goes in the pot should be thick phlegm, not spit.
• Close the pot firmly, write your details on it and hand it in at pathology reception that morning.`,
  ],
  [
    'imaging-report',
    `RADIOLOGY REPORT — Nairobi
Patient: [[PERSON|Wanjiru Gathogo]]   National ID [[ID_CARD|29417385]]   Patient no [[MRN|KNH/26/3709461]]
Exam: chest radiograph PA, [[DATE|23/11/2026]]
Clinical: cough for 6 weeks, night sweats, weight loss.
Findings: the right upper zone shows airspace shadowing containing a thick-walled 2.5 cm cavity; blunting of the right costophrenic angle from a little fluid. Cardiac silhouette within limits.
Impression: appearances strongly suggest pulmonary tuberculosis. Sputum GeneXpert recommended.
Reported by Dr [[PERSON|Otieno Achieng]]`,
  ],
  [
    'imaging-report',
    `MRI LUMBAR SPINE — Dubai
Patient: [[PERSON|Rashid Al Mansoori]]   Emirates ID [[ID_CARD|${emirates('1986', '4720315')}]]   MRN [[MRN|DXB-3308514]]
Date: [[DATE|22/11/2026]]
History: left leg pain below the knee for 3 weeks, no bladder symptoms.
Findings: at L5–S1 an extruded disc fragment sits left paracentrally and displaces the left S1 root in the lateral recess. The remaining discs are preserved; the conus ends normally at L1.
Conclusion: left-sided L5–S1 extrusion impinging on the S1 root; the thecal sac is not significantly narrowed.
Radiologist: Dr [[PERSON|Anjali Pisharody]]`,
  ],
  [
    'imaging-report',
    `Breast Test Wales — Assessment report
Client: [[PERSON|Gwenllian Bowen-Rees]]   NHS No [[INSURANCE_ID|${nhs('186529')}]]   Screening no [[MRN|BTW-6072514]]
Screening mammogram [[DATE|04/11/2026]] picked up a new 8 mm patch of microcalcification, left breast, upper outer quadrant, not present on the [[DATE|2023]] films.
Assessment [[DATE|20/11/2026]]: magnified views: a tight cluster of tiny, irregularly shaped calcium specks. Stereotactic vacuum biopsy performed.
Results clinic: [[DATE|2 December]], Cardiff. Enquiries [[PHONE|029 2018 0564]].
Dr [[PERSON|Meinir Howells]], Consultant Radiologist`,
  ],
  [
    'prescription',
    `FP10 prescription — Lewisham
Patient: [[PERSON|Amara Okonkwo-Reid]]   DOB [[DATE|11/06/2021]]   NHS No [[INSURANCE_ID|${nhs('284617')}]]
[[ADDRESS|41 Brockley Rise, London SE23 1JG]]
Amoxicillin oral suspension 250 mg/5 mL: 5 mL three times a day for 5 days (100 mL).
Indication: acute otitis media, still febrile after 48 hours.
Prescriber: Dr [[PERSON|Hannah Selwyn-Clarke]], [[DATE|24/11/2026]]`,
  ],
  [
    'prescription',
    `Prescription — Galway
Name: [[PERSON|Padraig Ó Flaithearta]]   PPSN [[ID_CARD|${ppsn('6093847')}]]   GMS no [[INSURANCE_ID|2417836K]]
[[ADDRESS|22 Cappagh Road, Knocknacarra, Galway H91 E4K9]]
Rx: Apixaban 5 mg — take ONE every 12 hours. Dispense 56 (twenty-eight days).
New diagnosis of atrial fibrillation, CHA₂DS₂-VASc 3, creatinine clearance 68 mL/min.
Dr [[PERSON|Niamh Ferriter]], [[DATE|23/11/2026]]`,
  ],
  [
    'prescription',
    `E-PRESCRIPTION — Columbus, OH
Patient: [[PERSON|Darnell Oyelowo-Price]]   DOB [[DATE|07/30/1983]]   MRN [[MRN|OSU-21847560]]
Rx # [[MRN|6650921]]
Buprenorphine 8 mg / naloxone 2 mg SL film: dissolve one under the tongue once a day. Qty 14; refills 0.
Naloxone 4 mg nasal spray — 1 spray in a nostril for suspected overdose, may repeat in 2–3 min, #2.
Pharmacy callback: [[PHONE|(614) 555-0162]]
Prescriber: [[PERSON|Rebecca Lindahl]], MD, [[DATE|11/24/2026]]`,
  ],
  [
    'consent',
    `CONSENT FOR OPERATION — Chris Hani Baragwanath Hospital
Patient: [[PERSON|Nomvula Sithebe]]   ID [[ID_CARD|${luhn('780304071508')}]]   Hospital no [[MRN|CHB-5590274]]
Planned: lap chole for recurrent biliary colic (convert to open if unsafe).
She was told, in isiZulu, about haemorrhage, infection, a bile leak, an injury to the common bile duct or intestine and a possible conversion, with the help of [[PERSON|Sibongile Zwane]] (interpreter).
Signed: [[PERSON|N. Sithebe]]   Witness: [[PERSON|Lerato Mokoena]], RN   [[DATE|24/11/2026]]
Surgeon: Dr [[PERSON|Vusi Khumalo]]`,
  ],
  [
    'consent',
    `Participant consent — signature page (Edmonton)
Study: bedside ultrasound to guide fluids in emergency-department sepsis
Participant ID: [[MRN|EDS-014-227]]
Participant name (print): [[PERSON|Marguerite Cardinal]]   Signature: [[PERSON|M. Cardinal]]   Date: [[DATE|2026-11-22]]
Person obtaining consent: [[PERSON|Kieran Bouchard]], research coordinator
Cree interpreter: [[PERSON|Delphine Auger]]
Questions: study office [[PHONE|(780) 555-0129]]`,
  ],
  [
    'consent',
    `Consent Form 1 — Royal Victoria Hospital, Belfast
Patient: [[PERSON|Declan McAleese]]   H&C No [[INSURANCE_ID|${hc('327418596')}]]
Procedure: gastroscopy (camera test of gullet, stomach and duodenum), biopsies if needed, with throat spray and/or sedation.
Why: to look for a cause of his low iron and indigestion.
Risks: sore throat, aspiration, bleeding after biopsy, perforation (about 1 in 10,000).
Patient signature: [[PERSON|D. McAleese]]   Date: [[DATE|25/11/2026]]
Endoscopist: Dr [[PERSON|Orla Cassidy]]`,
  ],
  [
    'billing',
    `PATIENT STATEMENT — New York
Statement date: [[DATE|11/25/2026]]   Account # [[MRN|NYP-88307146]]
Patient: [[PERSON|Esperanza Quintanilla]]   Guarantor: [[PERSON|Marco Quintanilla]]
Emergency visit [[DATE|10/31/2026]]: ED level 4, CT abdomen with contrast, labs. Total $6,842.00; insurance paid $5,210.40; patient balance $1,631.60.
Paid with the American Express card on file: [[BANK_CARD|${luhn('37829416053172')}]]
Billing questions: [[PHONE|(212) 555-0173]]`,
  ],
  [
    'billing',
    `FACTURA / Invoice — Barcelona
Patient: [[PERSON|Gillian Threlfall]]   NIE [[ID_CARD|${dni('Y7150398')}]]   UK passport [[PASSPORT|548217390]]   Historia clínica [[MRN|BCN-0471836]]
Seen on [[DATE|20/11/2026]]: private skin clinic visit including dermoscopic review of two moles — €185.00
Paid: Mastercard [[BANK_CARD|${spaced(luhn('545301762948310'))}]]
Invoice sent to: [[EMAIL|g.threlfall@correo.example.es]]
Registered address: [[ADDRESS|Carrer de Provença 284, 3º 2ª, 08008 Barcelona]]`,
  ],
  [
    'billing',
    `Refund notice — Rotterdam
Patient: [[PERSON|Sem Wolthuis]]   Patient no [[MRN|EMC-5530918]]
Dear Mr [[PERSON|Wolthuis]], you paid the own-risk amount twice for the outpatient visit of [[DATE|14-10-2026]]. We will refund €385.00 to IBAN [[ACCOUNT|${iban('NL', 'EXBK0417382956')}]] within 14 days.
Questions: [[EMAIL|debiteuren@zorg.example.nl]]`,
  ],
  [
    'online-consult',
    `Telemedicine consultation — Osaka (English-language service)
Patient: [[PERSON|Kenji Matsumura]]   My Number card verified: [[ID_CARD|${myNumber('43817260594')}]]
Date: [[DATE|2026-11-24]] 20:15   Session link: [[URL|https://tele.kansai-clinic.example.jp/s/Q4r8Zt]]   Patient IP: [[IP|198.51.100.157]]
Complaint: dysuria with urgency and frequency since Sunday; afebrile, loins not sore.
Assessment: probable urinary tract infection in a man of 41. A urine culture is needed before treatment, so an in-person visit tomorrow morning was advised for urinalysis and culture; attend an emergency department tonight should he develop a temperature, shaking chills or loin pain.
Physician: Dr [[PERSON|Yuki Hanamura]]`,
  ],
  [
    'online-consult',
    `Telehealth consult — Melbourne, [[DATE|23/11/2026]]
Patient: [[PERSON|Lachlan Petrovski]]   Medicare [[INSURANCE_ID|${medicare('51739284', '3')}]]
Video from patient IP [[IP|203.0.113.38]]; clinic IP [[IP|198.51.100.243]].
Itchy red rash in the elbow creases for 3 weeks; history of childhood eczema. Photos reviewed.
Plan: moisturiser liberally, methylprednisolone aceponate 0.1% cream once daily for 2 weeks, then twice weekly.
Dr [[PERSON|Anh Lam]]`,
  ],
  [
    'online-consult',
    `Virtual urgent care chat
User: [[ACCOUNT|trailrunner_jess]]   Email on file: [[EMAIL|jess.okafor@mail.example.com]]
[[DATE|11/23/2026]] 22:41 — "I rolled my ankle on a hike two hours ago. It's swollen on the outside, I can walk but it hurts."
Clinician ([[PERSON|Marcus Delgado]], PA-C): Can you take four steps now? Any pain over the bony bump on the outside or inside of the ankle?
"I can walk. No bone pain when I press."
Advice: likely sprain; rest, ice, compression, elevation; get an X-ray if you cannot bear weight or bone tenderness develops.`,
  ],
  [
    'patient-message',
    `NHS App message to the surgery
From: [[PERSON|Rukhsana Begum]], NHS number [[INSURANCE_ID|${nhs('651372')}]]
Hello, my blood pressure readings at home this week are about 150/95 even on amlodipine. They are all entered in the app. Do I need to come in, or could the doctor adjust my tablets from these? My new mobile is [[PHONE|07700 900529]]. Thank you.`,
  ],
  [
    'patient-message',
    `Patient portal message — [[DATE|11/24/2026]]
Hi, I'm [[PERSON|Gloria Castellanos]], writing for my father [[PERSON|Rafael Castellanos]] (MRN [[MRN|SA-40298173]]). He is [[AGE|98]] and since starting the new water pill he feels lightheaded whenever he gets up out of his chair. This morning his blood pressure was 96/58 sitting. Should he keep taking it? Please call me at [[PHONE|(210) 555-0114]].`,
  ],
  [
    'patient-message',
    `Email to the clinic
From: [[EMAIL|annika.haugen@post.example.no]]
Subject: Change of address
Hello, I am [[PERSON|Annika Haugen]], fødselsnummer [[ID_CARD|${fnr('220888', '262')}]]. I have moved to [[ADDRESS|Thereses gate 47B, 0354 Oslo]]. Please send my follow-up appointment letter for the thyroid clinic there. My phone is unchanged. Best regards, [[PERSON|Annika]]`,
  ],
  [
    'family-chat',
    `WhatsApp — "Nan's care"
[[PERSON|Shelley]]: Rang Meadowbank, Nan's had a chesty cough since Sunday, GP coming out today.
[[PERSON|Craig]]: I'll pop in after work. Which room is she in now they've moved her?
[[PERSON|Shelley]]: Room [[MRN|14]], ground floor. She's [[AGE|94]], she shouldn't be on antibiotics without someone checking her kidneys, ask them.
[[PERSON|Craig]]: Will do. I'll be in the silver Astra, [[PLATE|YD19 FKM]], if the staff ask whose car's on the drive.`,
  ],
  [
    'family-chat',
    `Group text — Grandpa Walt
[[PERSON|Danielle]]: Medicare called about Grandpa's new card. His MBI is [[INSURANCE_ID|7GC2-RN4-UP63]], can someone update the pharmacy?
[[PERSON|Travis]]: On it. Still delivering to [[ADDRESS|4406 Birchwood Lane, Dayton, OH 45429]]?
[[PERSON|Danielle]]: Yes. And remind them he's [[AGE|99]] and can't open the childproof caps.
[[PERSON|Travis]]: Done. Cardiology follow-up is [[DATE|December 3]] at 2:15.`,
  ],
  [
    'family-chat',
    `Messenger — "Reyes family Winnipeg"
[[ACCOUNT|tita_baby_reyes]]: Lola's blood sugar was 17 this morning, she skipped her metformin yesterday.
[[ACCOUNT|jomar.r]]: I'll drop by tonight and fill her pill organizer. Is her diabetes appointment still [[DATE|Nov 28]]?
[[ACCOUNT|tita_baby_reyes]]: Yes, with Dr [[PERSON|Sandoval]] at 9.
[[ACCOUNT|jomar.r]]: Ok, I'll drive her.`,
  ],
  [
    'sms-reminder',
    `Bramley Lane Surgery: our Saturday flu clinics run through December. Everyone aged 65+, pregnant women and people with heart, lung, kidney or liver disease or diabetes are eligible free of charge. Book through the NHS App or at reception. This number does not accept replies.`,
  ],
  [
    'sms-reminder',
    `Hi [[PERSON|Tamsin]], your appointment at the Fracture Clinic, Royal Cornwall Hospital, is on Thu [[DATE|3 Dec]] at 10:40. Ref [[MRN|RCH-5093714]]. Need a different time? Visit [[URL|https://appts.rcht.example.org.uk/r/W7kP2]]. Reply STOP to opt out.`,
  ],
  [
    'sms-reminder',
    `Priceline Pharmacy Carlton: Hi [[PERSON|Dimitri]], your medicines are waiting for you at the counter. Pickup code [[MRN|5H9T2]]. Please collect by [[DATE|30/11]].`,
  ],
  [
    'iliotibial-band-clinic',
    `Sports Medicine Clinic — Boulder, CO
Patient: [[PERSON|Callie Brandvold]]   DOB [[DATE|05/12/1994]]   MRN [[MRN|BCH-5018327]]   Visit [[DATE|11/23/2026]]
Lateral left knee pain starting about 3 miles into runs for 5 weeks; worse downhill; training for a trail 50K on [[DATE|February 21]].
Exam: tenderness over the lateral femoral epicondyle, positive Noble compression test; hip abductor strength 4/5 on the left; no effusion, ligaments stable.
Assessment: iliotibial band syndrome, left.
Plan: reduce mileage and avoid downhill running for 2–3 weeks; cross-train on the bike; hip abductor and gluteal strengthening; raise cadence 5–10%; return-to-run progression on flat ground. Corticosteroid injection only if not improving at 6 weeks.
Dr [[PERSON|Nolan Whitacre]], sports medicine`,
  ],
  [
    'iliotibial-band-clinic',
    `Physiotherapy letter — Bristol
Re: Ms [[PERSON|Priyanka Raithatha]], DOB [[DATE|09/09/1990]], NHS No [[INSURANCE_ID|${nhs('908134')}]]
Dear Dr [[PERSON|Okafor]],
I saw Priyanka for right-sided iliotibial band syndrome after she increased to three park runs and a long run each week. Four sessions so far: gluteus medius strength has improved from 3+/5 to 4+/5 and she now runs 5 km pain-free on the flat. She will build up by no more than 10% a week.
Discharged to a home programme; she can re-refer herself until [[DATE|25/05/2027]].
[[PERSON|Ffion Caddick]], MSK Physiotherapist, [[PHONE|0117 496 0728]]`,
  ],
  [
    'iliotibial-band-clinic',
    `Team physio notes — university cross-country squad, [[DATE|24/11/2026]]
[[PERSON|Theo Marchetti]] (student no [[MRN|S2241873]]): left ITB pain improving, 4/10 → 1/10 on 6 km. Continue side-lying hip abduction and single-leg squats; no track bends this week.
[[PERSON|Ama Frimpong-Asante]]: new right lateral knee pain after hill reps; Noble test positive. Rest from hills, cycling only, review Friday.
Contact for athletes: [[EMAIL|xc.physio@sport.example.ac.uk]]
— [[PERSON|Rhys Talbot]]`,
  ],
  [
    'hammer-toe-clinic',
    `Podiatry assessment — Adelaide
Patient: [[PERSON|Concetta Marinelli]], 74   Medicare [[INSURANCE_ID|${medicare('37205816', '2')}]]   Date [[DATE|24/11/2026]]
Right second and third hammer toes with corns over the PIP joints; fourth toe claw deformity. Sensation intact to monofilament; pedal pulses palpable. Type 2 diabetes, HbA1c 7.1%.
Management: corns debrided; silicone toe props; extra-depth shoes with a soft toe box; advised against soaking feet or using corn plasters.
Review 8 weeks. Referral to orthopaedics if ulceration or pain persists.
[[PERSON|Jarrah Whitby]], Podiatrist, [[PHONE|(08) 5550 3192]]`,
  ],
  [
    'hammer-toe-clinic',
    `OPERATIVE NOTE — Cleveland
Patient: [[PERSON|Lorraine Szymanski]]   MRN [[MRN|CCF-70421835]]   Date of surgery [[DATE|11/20/2026]]
Pre-op diagnosis: rigid hammer toe, left second toe, with dorsal PIP joint ulcer (healed).
Procedure: left second toe proximal interphalangeal joint arthrodesis with an intramedullary implant; flexor tenotomy not required after release.
Findings: fixed PIP contracture of 50 degrees; MTP joint stable.
Post-op: heel-weight-bearing in a post-op shoe for 4 weeks; sutures out at 2 weeks.
Surgeon: [[PERSON|Gregory Anastasiou]], DPM`,
  ],
  [
    'hammer-toe-clinic',
    `Choosing shoes when you have hammer or claw toes
- Pick shoes with a deep, wide toe box so your toes are not squashed.
- Heels lower than 4 cm take pressure off the front of the foot.
- Laces or straps hold the foot back so the toes do not slide forward.
- Have both feet measured late in the day, when they are largest.
- Do not cut corns yourself or use medicated corn plasters, especially if you have diabetes or poor circulation.
- See your podiatrist if a toe becomes red, blistered or sore.`,
  ],
  [
    'winged-scapula-clinic',
    `Neurophysiology report — Ottawa
Patient: [[PERSON|Étienne Lavigne-Roy]]   OHIP [[INSURANCE_ID|${ohip('618207439')}]] TR   Study date [[DATE|2026-11-23]]
Referral: right scapular winging for 10 weeks after a long weekend of drywall work overhead.
Nerve conduction: right long thoracic nerve motor response low in amplitude (about 35% of the left).
Needle EMG: right serratus anterior — fibrillations and positive sharp waves, reduced recruitment; trapezius and rhomboids normal; C5–C7 myotomes otherwise normal.
Conclusion: right long thoracic neuropathy, axonal, incomplete — consistent with serratus anterior palsy.
Dr [[PERSON|Mireille Gauthier]], neurologist`,
  ],
  [
    'winged-scapula-clinic',
    `Shoulder clinic letter — Cork University Hospital
Re: [[PERSON|Cian Ó Súilleabháin]], 29, MRN [[MRN|CUH-0648217]]
Dear Dr [[PERSON|Lucey]],
Many thanks for sending me this hurler with medial winging of the right scapula since a heavy gym session in [[DATE|August]]. Wall push-up clearly shows the winging; forward flexion 150°. Nerve studies ([[DATE|12/11/2026]]) confirm a partial long thoracic nerve palsy.
Most recover over 6 to 24 months. I have arranged scapular stabilisation physiotherapy, asked him to avoid overhead loading, and will review him with repeat EMG in 6 months. Pectoralis major transfer would only be considered if there is no recovery by two years.
Mr [[PERSON|Donal Twomey]], Shoulder and Elbow Surgeon, [[DATE|24/11/2026]]`,
  ],
  [
    'winged-scapula-clinic',
    `Physiotherapy progress note — Singapore
Patient: [[PERSON|Arjun s/o Ramasamy]]   NRIC [[ID_CARD|${nric('S', '6829417')}]]   Case no [[MRN|SGH-PT-442183]]
Dx: left winged scapula from serratus anterior palsy (long thoracic nerve), 4 months.
[[DATE|24 Nov 2026]]: winging at rest less visible; push-up plus on the wall 3 × 10 without substitution; serratus punches with band 2 × 12. Taping for posture during work at the computer.
Plan: progress to knee push-up plus; avoid carrying his backpack on one shoulder.
PT [[PERSON|Chloe Ong]]`,
  ],
  [
    'epiretinal-membrane-clinic',
    `Compte rendu OCT / OCT report — Lyon
Patient: M. [[PERSON|Bernard Rousseau]]   N° de sécurité sociale [[INSURANCE_ID|${nir('1520769123045')}]]
Examen [[DATE|24/11/2026]]   Dossier [[MRN|OPH-26-08815]]
Right eye: hyperreflective epiretinal membrane with loss of the foveal depression and inner retinal folds; central macular thickness 512 µm; ellipsoid zone intact. Left eye: normal macula.
Conclusion: right idiopathic epiretinal membrane. Visual acuity 6/18 with distortion on the Amsler grid; surgery (vitrectomy and membrane peel) discussed.
Dr [[PERSON|Claire Vasseur]], ophthalmologist`,
  ],
  [
    'epiretinal-membrane-clinic',
    `OPERATIVE NOTE — Phoenix
Patient: [[PERSON|Wendell Yazzie]]   MRN [[MRN|BU-33051928]]   Date [[DATE|11/19/2026]]
Diagnosis: epiretinal membrane, left eye, with metamorphopsia; pseudophakic.
Procedure: 25-gauge pars plana vitrectomy, membrane peel with internal limiting membrane peel after dye staining; air–fluid exchange.
No retinal breaks on indentation. Subconjunctival antibiotic and steroid.
Post-op: avoid lying on his back for 2 days; no flying or travel over mountain passes until the air has gone.
Navajo interpreter: [[PERSON|Loretta Begay]]. Surgeon: [[PERSON|Samuel Okonjo]], MD`,
  ],
  [
    'epiretinal-membrane-clinic',
    `Post-op phone call — Christchurch Eye Clinic, [[DATE|25/11/2026]]
Patient: [[PERSON|Pauline Rutherford]], NHI [[INSURANCE_ID|${nhi('PRW', '637')}]], day 1 after right vitrectomy and membrane peel.
Her husband [[PERSON|Graeme]] answered; she is comfortable, mild grittiness, vision blurry as expected. Drops started. No severe pain or vomiting.
Reminded: call the eye clinic straight away for increasing pain or worsening vision. Review on [[DATE|1/12/2026]].
Nurse [[PERSON|Aroha Rangihuna]], [[PHONE|03 369 4471]]`,
  ],
];

export function generateDeidHoldout61(): LabelledRecord[] {
  return holdoutRecords('h61', zh, en);
}

export const DEID_HOLDOUT_61_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/labelled/deid-holdout-61.jsonl',
);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const records = generateDeidHoldout61();
  writeFileSync(DEID_HOLDOUT_61_PATH, renderJsonl(records));
  console.log(`wrote ${records.length} records to ${DEID_HOLDOUT_61_PATH}`);
}
