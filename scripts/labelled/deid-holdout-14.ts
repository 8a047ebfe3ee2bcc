import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { holdoutRecords, type LabelledRecord, renderJsonl } from './generate-deid.ts';

/**
 * The ROUND-14 fresh held-out de-identification set (data/labelled/deid-holdout-14.jsonl): hand-written
 * snippets with hand-placed spans, marked inline as [[TYPE|text]] (parseMarked strips the marks and
 * records UTF-16 offsets). Written by a separate annotator who did not read the recognizer code and
 * never ran a recognizer on these snippets; it must not be used to tune the recognizers.
 *
 * About four fifths are the everyday documents of a general hospital and the messages of its patients
 * (admission, progress and discharge notes, outpatient notes, referrals, handovers, nursing notes,
 * lab, pathology and imaging reports, prescriptions, consent, billing and insurance forms, online
 * consultations, patient messages, family chats and SMS reminders); about a fifth come from settings
 * earlier rounds did not list: radiotherapy departments, pre-operative (anaesthetic) assessment,
 * endoscopy units, stem-cell / bone-marrow donor registries and bariatric (weight-loss surgery) clinics.
 *
 * Identifiers are synthetic: resident IDs carry a valid GB 11643 check character and a region code, sex
 * digit and birth date consistent with the text (15-digit IDs likewise), bank cards a valid Luhn digit,
 * NHS numbers are in the 999 test range with their modulus-11 digit, the Australian Medicare number
 * passes its check digit and the OHIP number its Luhn digit; the US SSN is in the 987-65-432x
 * advertising range. Phones are random mainland numbers or fictional ranges (North American 555-01xx,
 * UK 07700 900xxx and 01632 960xxx, Australian 0491 570 xxx); mail and web hosts are example.*; IP
 * addresses come from the documentation ranges.
 *
 * Span conventions are those of data/labelled/deid-holdout-2 to -13 cards; the decisions new in this
 * round are in data/labelled/deid-holdout-14.card.yaml.
 */
const zh: Array<[string, string]> = [
  [
    'admission',
    `心血管内科入院记录\n姓名：[[PERSON|芮景澄]]　性别：男　年龄：65岁\n入院日期：[[DATE|2026-11-20]] 09:40　床号：[[MRN|23]]　住院号：[[MRN|XN2611208835]]\n身份证号：[[ID_CARD|330106196103087098]]\n主诉：反复胸闷3年，加重伴活动后气促2天。\n查体：BP 152/88mmHg，HR 96次/分，双肺底少许湿啰音。肌钙蛋白I 0.08ng/mL。\n联系人：妻 [[PERSON|尤佩兰]]，手机[[PHONE|13757146028]]\n现住址：[[ADDRESS|杭州市西湖区古翠路477号翠苑小区5幢2单元301室]]\n经治医师：[[PERSON|龚立言]]`,
  ],
  [
    'admission',
    `患者[[PERSON|熊福生]]，男，[[AGE|92]]岁，因咳嗽咳痰伴发热4天于[[DATE|2026年11月22日]]由女儿[[PERSON|熊丽华]]推轮椅送入，收住呼吸内科[[MRN|8]]床，住院号[[MRN|0462219]]。身份证[[ID_CARD|36010219340516899X]]。CURB-65评分2分，SpO2 91%（未吸氧），胸片示右下肺斑片影。既往慢阻肺20余年，家住[[ADDRESS|南昌市东湖区阳明路318号]]。`,
  ],
  [
    'admission',
    `儿科入院记录\n患儿姓名：[[PERSON|郝小满]]　性别：男　出生日期：[[DATE|2019-06-01]]（7岁）\n证件号：[[ID_CARD|150102201906016677]]\n入院：[[DATE|2026.11.21]]　儿科二病区[[MRN|12]]床\n主诉：发热3天，皮疹1天。体温最高39.6℃，颊黏膜粗糙，待排麻疹。\n父亲：[[PERSON|郝振川]]　电话：[[PHONE|15647103385]]\n住址：[[ADDRESS|呼和浩特市新城区新华大街63号]]`,
  ],
  [
    'progress-note',
    `[[DATE|2026-11-22]] 08:30 术后第2日查房记录\n患者[[PERSON|卜文涛]]，腹腔镜胆囊切除术后第2日，诉切口轻度疼痛，VAS 3分，已排气。T 37.2℃，引流液约20ml淡血性。[[PERSON|阎]]主任查房：可拔除引流管，明日出院。\n记录者：[[PERSON|温若溪]]`,
  ],
  [
    'progress-note',
    `夜班病程 [[DATE|11月23日]]凌晨2点 [[MRN|31]]床[[PERSON|葛秀梅]]诉心悸 心电监护示房颤律 心室率132次/分 血压108/70 予美托洛尔5mg静推后心室率降至96 已告知家属[[PERSON|葛建平]] 电话[[PHONE|18638024716]] 继续观察 值班医生[[PERSON|骆明远]]`,
  ],
  [
    'progress-note',
    `阶段小结\n患者：[[PERSON|庞德厚]]，男，76岁，旧身份证号[[ID_CARD|230103500321481]]，住院号[[MRN|HB-20417736]]。\n[[DATE|2026年11月2日]]因脑梗死入院，经抗血小板、他汀及康复训练，现右上肢肌力由2级恢复至4级，可扶助行器行走。拟[[DATE|11月25日]]转康复科继续治疗。\n主治医师：[[PERSON|晏秋白]]`,
  ],
  [
    'discharge',
    `出院记录\n姓名 [[PERSON|柯雨桐]]　女　39岁　住院号 [[MRN|WH0985512]]\n入院日期 [[DATE|2026-11-14]]　出院日期 [[DATE|2026-11-23]]\n身份证 [[ID_CARD|420111198707190303]]\n出院诊断：甲状腺乳头状癌（右叶），甲状腺右叶及峡部切除术后。\n出院医嘱：左甲状腺素钠片50μg qd，2周后门诊复查甲功及血钙。\n本人联系电话：[[PHONE|18727351960]]`,
  ],
  [
    'discharge',
    `出院证明书\n兹证明[[PERSON|戴国强]]（男，57岁，身份证[[ID_CARD|50010319690123055X]]）于[[DATE|2026年11月10日]]至[[DATE|2026年11月21日]]在我院骨科住院，诊断为L4/5椎间盘突出症，行椎间孔镜髓核摘除术。建议休息一个月。\n医保卡号：[[INSURANCE_ID|5001039912876541]]\n住址：[[ADDRESS|重庆市渝中区中山四路86号附12号]]\n医师签名：[[PERSON|傅晓岚]]`,
  ],
  [
    'discharge',
    `出院宣教（心衰患者）\n1. 每天早晨排尿后、早餐前称体重，3天内增加超过2公斤请及时就诊。\n2. 每日饮水量控制在1500ml以内，少吃咸菜、腌肉。\n3. 呋塞米20mg每日一次，螺内酯20mg每日一次，不要自行停药。\n4. 出院后1周、1个月门诊复查电解质和肾功能。`,
  ],
  [
    'outpatient',
    `泌尿外科门诊病历　[[DATE|2026/11/19]]\n姓名：[[PERSON|蒲志远]]　男　68岁　就诊卡号：[[MRN|0087316620]]\n主诉：夜尿增多2年，排尿费力半年。\nPSA 3.2ng/ml，前列腺体积约45ml，IPSS 18分。\n处理：坦索罗辛0.2mg qn，3个月后复查。\n医生：[[PERSON|阚伟]]　分诊护士：[[PERSON|仇嘉卉]]`,
  ],
  [
    'outpatient',
    `妇科门诊\n患者 [[PERSON|樊静怡]] 35岁 身份证[[ID_CARD|410105199012316067]]\n末次月经：[[DATE|2026-10-30]]\n主诉：体检发现子宫肌瘤1年，近3月经量增多。Hb 102g/L。B超示子宫前壁肌瘤约4.1×3.8cm。\n建议：口服铁剂，3个月复查B超；如增大可考虑手术。\n手机：[[PHONE|13526870194]]\n接诊：[[PERSON|司马红英]]`,
  ],
  [
    'outpatient',
    `中医内科门诊　[[PERSON|冼秋生]]　男　60岁　[[DATE|11月20日]]初诊\n证见：腰膝酸软，夜寐欠安，舌淡苔白，脉沉细。\n处方：六味地黄丸加减，7剂，水煎服，日一剂。\n住址：[[ADDRESS|太原市小店区长风街105号]]　证件号：[[ID_CARD|140105196602288933]]\n医师：[[PERSON|冉]]大夫`,
  ],
  [
    'referral',
    `双向转诊（上转）单\n转出单位：南明区某社区卫生服务中心\n患者姓名：[[PERSON|龙桂芝]]　性别：女　年龄：81岁\n身份证：[[ID_CARD|520102451108686]]\n家庭住址：[[ADDRESS|贵阳市南明区遵义路92号3栋]]\n转诊原因：2型糖尿病，近1周空腹血糖波动于16-20mmol/L，伴左足第二趾破溃。\n转诊日期：[[DATE|2026年11月21日]]\n转诊医生：[[PERSON|濮]]医生　手机：[[PHONE|15985120473]]`,
  ],
  [
    'referral',
    `会诊申请单\n申请科室：骨科　床号：[[MRN|46]]　患者：[[PERSON|覃家骏]]　住院号：[[MRN|ZY0375521]]\n会诊科室：内分泌科\n会诊目的：患者术前随机血糖18.4mmol/L，HbA1c 9.6%，请协助围术期血糖管理。\n申请医师：[[PERSON|阮清和]]　[[DATE|2026-11-23]] 10:15`,
  ],
  [
    'referral',
    `转诊单（下转）\n[[PERSON|闵长庚]]，男，71岁，证件号[[ID_CARD|370202195412022610]]，住[[ADDRESS|青岛市市南区南京路52号2单元602户]]。\n脑出血恢复期，生命体征平稳，留置胃管，请社区医生每周上门更换胃管固定贴并评估吞咽。\n转出日期：[[DATE|2026.11.24]]　家属：[[PERSON|闵晓棠]] [[PHONE|17853260891]]`,
  ],
  [
    'handover',
    `护理交班本　[[DATE|2026-11-22]] 夜班\n床号｜姓名｜交班内容\n[[MRN|5]]｜[[PERSON|翟凤英]]｜术后首晚，PCA泵运行中，疼痛评分2分\n[[MRN|6]]｜[[PERSON|邝志诚]]｜血糖22:00 14.1mmol/L，已按医嘱追加胰岛素4U\n7｜空床｜—\n[[MRN|9]]｜[[PERSON|祁小燕]]｜禁食，明晨8点胃镜\n交班人：[[PERSON|蔺可]]　接班人：[[PERSON|施婉清]]`,
  ],
  [
    'handover',
    `“抢救[[MRN|2]]床[[PERSON|尚德明]]，慢阻肺急性加重，无创呼吸机参数IPAP 16、EPAP 6，血气复查pH 7.31；抢救3床是个无名氏男性，车祸伤，待CT；抢救4床空着。”——急诊科[[PERSON|宗晓飞]]交给[[PERSON|容怡]]，[[DATE|11月23日]]7:50`,
  ],
  [
    'handover',
    `ICU交班记录\n[[MRN|3]]床 [[PERSON|裴淑贞]]，女，[[AGE|95]]岁，身份证[[ID_CARD|320102193106300324]]。感染性休克第3天，去甲肾上腺素0.08μg/kg/min维持MAP 68mmHg，乳酸2.1mmol/L，尿量35ml/h。家属（孙女[[PERSON|裴诗语]]）已签署病危通知书，电话[[PHONE|13951870362]]。\n交班：[[PERSON|郁峰]]　[[DATE|2026-11-23]]`,
  ],
  [
    'nursing-note',
    `护理记录单\n[[DATE|2026-11-21]] 14:00　[[MRN|18]]床 [[PERSON|苗玉洁]]　PICC置管第5天，穿刺点无红肿渗液，臂围右上臂27cm（置管前26.5cm），已更换透明敷贴，冲封管顺利。签名：[[PERSON|鲁晴]]`,
  ],
  [
    'nursing-note',
    `护理宣教：预防深静脉血栓\n术后尽早在床上做踝泵运动，每小时10-20次；穿戴弹力袜时注意袜口不要卷边；如出现小腿肿胀、疼痛或突然胸闷气促，请立即按呼叫铃告诉护士。`,
  ],
  [
    'nursing-note',
    `[[DATE|11-22]] 16:30 [[MRN|40]]床[[PERSON|贝元庆]]，[[AGE|90]]岁，鼻饲肠内营养液500ml，速度60ml/h，回抽胃残余量约30ml，床头抬高35°，无呛咳。家属[[PERSON|贝晓雯]]已学会喂食前检查胃管刻度（55cm）。——[[PERSON|栾雪]]`,
  ],
  [
    'lab-report',
    `检验报告单\n姓名：[[PERSON|邵永年]]　性别：男　年龄：72岁　科室：血液科\n标本号：[[MRN|2611230147]]　病历号：[[MRN|M0772094]]\n采集时间：[[DATE|2026-11-23]] 06:20\nWBC 2.1×10^9/L↓　Hb 86g/L↓　PLT 41×10^9/L↓　中性粒细胞绝对值0.9×10^9/L↓\n检验者：[[PERSON|景瑶]]　审核者：[[PERSON|笪]]主任`,
  ],
  [
    'lab-report',
    `病理诊断报告\n病理号：[[MRN|P26-08813]]　姓名：[[PERSON|谌丽君]]　女　51岁\n身份证：[[ID_CARD|430104197508052227]]\n送检：左乳肿物粗针穿刺\n诊断：浸润性导管癌，II级；免疫组化：ER（90%+），PR（60%+），HER2（1+），Ki-67约20%。\n报告日期：[[DATE|2026年11月20日]]　诊断医师：[[PERSON|莫怀瑾]]`,
  ],
  [
    'lab-report',
    `危急值报告登记\n[[DATE|2026/11/22]] 23:14　检验科[[PERSON|桑宁]]电话通知：肾内科[[MRN|15]]床[[PERSON|檀建军]]，血钾6.9mmol/L。接听护士：[[PERSON|苏小禾]]，已报告值班医生[[PERSON|包锦程]]，予葡萄糖酸钙及胰岛素+葡萄糖处理。`,
  ],
  [
    'imaging-report',
    `CT检查报告\n检查号：[[MRN|CT20261121-0388]]　姓名：[[PERSON|尹海生]]　男　68岁\n检查部位：胸部平扫+增强\n所见：右肺上叶尖段见不规则软组织结节，约2.3cm×1.9cm，边缘毛刺，纵隔4R区淋巴结肿大。\n印象：右肺上叶占位，考虑肺癌可能大，建议穿刺活检。\n报告医师：[[PERSON|欧阳蔚]]　[[DATE|2026-11-21]]`,
  ],
  [
    'imaging-report',
    `超声检查报告单　超声号 [[MRN|US2611-55027]]\n[[PERSON|党欣然]]　女　34岁　证件 [[ID_CARD|610113199205278009]]\n甲状腺左叶中部见一低回声结节，大小约0.8×0.6cm，纵横比>1，边界欠清，内见点状强回声。TI-RADS 4b类。\n检查日期：[[DATE|2026年11月18日]]　医师：[[PERSON|郏]]医生`,
  ],
  [
    'prescription',
    `门诊处方笺（医保）\n姓名：[[PERSON|池秀兰]]　女　78岁　医保卡号：[[INSURANCE_ID|2102029000318874]]\n身份证：[[ID_CARD|210202194809098884]]\n诊断：骨质疏松症\nRp：阿仑膦酸钠片70mg×4片　每周一次，晨起空腹温水送服\n　　碳酸钙D3片600mg×30片　每日一次\n医师：[[PERSON|韦星河]]　日期：[[DATE|2026-11-23]]\n审核药师：[[PERSON|汤]]药师`,
  ],
  [
    'prescription',
    `儿科处方\n患儿：[[PERSON|乔一一]]　5岁　体重18kg\n就诊卡：[[MRN|ET0552893]]\n诊断：急性化脓性扁桃体炎\n阿莫西林克拉维酸钾干混悬剂（按阿莫西林计）每次450mg 每日2次 共7天\n开方：[[PERSON|苑书瑶]]　[[DATE|2026.11.22]]`,
  ],
  [
    'prescription',
    `第二类精神药品处方\n患者：[[PERSON|林美凤]]，女，72岁，门诊号[[MRN|SZ00471826]]\n诊断：焦虑障碍伴失眠\n艾司唑仑片1mg×14片，每晚睡前1片\n代办人：[[PERSON|林嘉诚]]（儿子）　代办人身份证：[[ID_CARD|440304197910141490]]\n代办人住址：[[ADDRESS|深圳市福田区益田路3009号]]\n医师：[[PERSON|萧文博]]　[[DATE|2026年11月23日]]`,
  ],
  [
    'consent',
    `手术知情同意书\n患者姓名：[[PERSON|闻静波]]　年龄：42岁　住院号：[[MRN|TJ1128743]]\n拟行手术：腹腔镜下子宫肌瘤剔除术\n拟手术日期：[[DATE|2026年11月26日]]\n可能风险：出血、感染、邻近脏器损伤、中转开腹、肌瘤复发等。\n患者签名：[[PERSON|闻静波]]　身份证号：[[ID_CARD|120101198311292705]]\n现住址：[[ADDRESS|天津市和平区成都道41号]]　联系人：丈夫[[PERSON|邬承霖]]\n谈话医师：[[PERSON|祝远帆]]`,
  ],
  [
    'consent',
    `输血治疗知情同意书\n受血者：[[PERSON|郑宝根]]　男　[[MRN|22]]床\n输血前检查：ALT 32U/L，HBsAg（-），抗-HCV（-），抗-HIV（-），梅毒（-）\n患者意识不清，由其女[[PERSON|郑巧云]]签字，与患者关系：父女，联系电话[[PHONE|13308716254]]。\n日期：[[DATE|2026-11-22]]`,
  ],
  [
    'consent',
    `授权委托书\n本人[[PERSON|艾力·买买提]]（旧身份证[[ID_CARD|650102620819977]]）因听力下降，现委托我的儿子[[PERSON|艾克拜尔·艾力]]代为签署本次住院期间的各类知情同意书。\n委托人签字：[[PERSON|艾力·买买提]]　受托人电话：[[PHONE|18999238541]]\n[[DATE|2026年11月20日]]`,
  ],
  [
    'billing',
    `住院预交金退款申请\n患者：[[PERSON|钟慧敏]]　住院号：[[MRN|ZY2025110934]]\n出院结算号：JS202611230416（退款金额￥1,836.50）\n退款至银行卡：[[BANK_CARD|6217955672958023]]　开户人：[[PERSON|钟慧敏]]\n经办：[[PERSON|黎晓阳]]　[[DATE|2026/11/23]]`,
  ],
  [
    'billing',
    `商业医疗保险理赔申请书\n被保险人：[[PERSON|任思齐]]　证件号码：[[ID_CARD|350203200102117872]]\n保单号：[[INSURANCE_ID|P8826031197452]]\n出险日期：[[DATE|2026-11-08]]　就诊医院：某市第一医院急诊科\n出险经过：骑电动车摔倒致右桡骨远端骨折，行切开复位内固定术。\n收款账户：[[BANK_CARD|6228408708960043443]]（户名[[PERSON|任思齐]]）\n联系电话：[[PHONE|15880263147]]`,
  ],
  [
    'billing',
    `门诊收费票据\n姓名：[[PERSON|侯德运]]　就诊卡号：[[MRN|100039284716]]\n票据号：0028817346　交易流水：WX2611231045528\n项目：颈椎MRI平扫 ￥580.00；西药费 ￥46.20\n合计：￥626.20（医保统筹支付￥310.00）\n部分退费已原路退回至[[BANK_CARD|6222438643608160381]]\n收费员：[[PERSON|蒯婷]]　[[DATE|2026-11-23]]`,
  ],
  [
    'online-consult',
    `【图文问诊】订单号：IC2611220098\n患者：[[PERSON|宋雨萌]]，女，29岁\n问：医生您好，我孕8周，这两天有少量褐色分泌物，不痛，需要去医院吗？\n[[PERSON|严晓东]]医生：少量褐色分泌物多见于着床后出血，但建议尽快复查B超和孕酮；如出血增多或腹痛请立即就诊。\n（咨询时间：[[DATE|2026-11-22]] 21:37）`,
  ],
  [
    'online-consult',
    `视频复诊记录\n就诊人：[[PERSON|关荣华]]　复诊号：[[MRN|VC-2611-07315]]\n接入IP：[[IP|203.0.113.238]]\n既往诊断：原发性高血压，服用氨氯地平5mg qd，家庭自测血压130-138/80-86mmHg。\n建议继续原方案，[[DATE|12月7日]]线下复查血脂与肾功能。\n医生：[[PERSON|毕]]医生`,
  ],
  [
    'online-consult',
    `药师咨询（小程序）\n用户：[[ACCOUNT|yangmei_1978]]\n问：我在吃华法林，能不能同时吃感冒灵颗粒？\n药师[[PERSON|冯子骞]]：感冒灵含对乙酰氨基酚，短期小剂量一般可以，但可能让INR升高，连续服用超过3天请查一次INR。\n[[DATE|2026/11/21]]`,
  ],
  [
    'patient-message',
    `[[PERSON|訾]]医生您好，我是上周三做甲状腺穿刺的[[PERSON|付晓燕]]，报告出来后能不能发到我邮箱[[EMAIL|fuxiaoyan88@example.com.cn]]？我在外地出差，[[DATE|11月30日]]才能回来复诊，有事可打我电话[[PHONE|13910275586]]。谢谢！`,
  ],
  [
    'patient-message',
    `感谢信\n尊敬的消化内科全体医护人员：\n我父亲[[PERSON|牛长顺]]今年[[AGE|九十一]]岁，十月中旬因上消化道出血住进贵科，[[PERSON|臧明哲]]主任带领团队连夜做了急诊胃镜止血，护士[[PERSON|杜鹃]]、[[PERSON|钱]]护士长日夜照顾。如今父亲已康复出院，特此致谢！\n家属：[[PERSON|牛立新]]\n[[DATE|2026年11月20日]]`,
  ],
  [
    'patient-message',
    `病历复印申请\n本人[[PERSON|詹若琳]]现在国外读书，委托母亲[[PERSON|詹素云]]代为复印我[[DATE|2026年7月]]在贵院的住院病历（住院号[[MRN|GZ0063319]]）。\n本人护照号：[[PASSPORT|EH3859174]]\n母亲电话：[[PHONE|13672049158]]，微信[[ACCOUNT|zsy_lin2020]]`,
  ],
  [
    'family-chat',
    `相亲相爱一家人（群聊）\n[[PERSON|石头]]：爸今天做完支架了，很顺利，在6床\n二姑：谢天谢地！哪个医院？\n[[PERSON|石头]]：省人民医院心内科，探视时间下午3点到5点\n[[PERSON|小璐]]：我明天下午去换班，你们谁晚上陪？\n妈：我晚上来，给你爸带点小米粥`,
  ],
  [
    'family-chat',
    `[[PERSON|阿珍]]：妈的降压药吃完了，你下班顺路去社区拿一下？医保卡在我这\n[[PERSON|泽坤]]：行，卡号发我，我用手机医保码\n[[PERSON|阿珍]]：[[INSURANCE_ID|3201021046728830]]\n[[PERSON|泽坤]]：收到。另外妈下周二复查，我把车[[PLATE|苏A·7K2M9]]停医院负二层`,
  ],
  [
    'sms-reminder',
    `【某某医院】[[PERSON|钱雅琴]]您好，您预约的[[DATE|11月25日]]上午9:30乳腺外科复诊（就诊卡号[[MRN|3307719240]]）请提前15分钟到门诊三楼签到，详情见[[URL|https://m.example.com.cn/appt/9931]]。如需取消请回复QX。退订回T`,
  ],
  [
    'sms-reminder',
    `【体检中心】尊敬的[[PERSON|嘉木]]先生，您的体检报告已生成，请登录[[URL|https://report.example.cn/r/8KQ2ZT]]查看，查询码为报告单号后6位。如有疑问请致电服务热线。`,
  ],
  [
    'radiotherapy',
    `放疗科CT模拟定位通知单\n姓名：[[PERSON|邹承泽]]　放疗号：[[MRN|RT26-1147]]　性别：男　68岁\n证件号：[[ID_CARD|530102195804171716]]\n住址：[[ADDRESS|昆明市五华区翠湖南路288号]]\n诊断：前列腺癌（中危）\n定位时间：[[DATE|2026年11月26日]] 14:00，定位前1小时排空膀胱后饮水500ml，保持膀胱充盈。\n计划：IMRT 70Gy/28次，直线加速器3号机\n放疗患者停车证车牌：[[PLATE|云A3Q7F2]]\n主管医师：[[PERSON|危]]医生　物理师：[[PERSON|邰天佑]]`,
  ],
  [
    'radiotherapy',
    `放疗每日治疗记录\n患者：[[PERSON|华春燕]]　放疗号[[MRN|RT26-0982]]\n日期｜分次｜剂量｜治疗师\n[[DATE|11/19]]｜12/25｜2Gy｜[[PERSON|阎可心]]\n[[DATE|11/20]]｜13/25｜2Gy｜[[PERSON|阎可心]]\n[[DATE|11/23]]｜14/25｜2Gy｜[[PERSON|柏舟]]\n备注：颈部皮肤I级放射性皮炎，嘱外用三乙醇胺乳膏。`,
  ],
  [
    'preop-assessment',
    `麻醉术前评估单\n姓名：[[PERSON|伍月桂]]　女　54岁　床号：普外科[[MRN|27]]床　住院号：[[MRN|HK3301862]]\n身份证：[[ID_CARD|46010619720707210X]]\n拟行手术：腹腔镜结肠癌根治术　拟手术日期：[[DATE|2026-11-25]]\nASA分级：II级　Mallampati II级　张口度3横指　METs>4\n既往：高血压，服缬沙坦80mg qd，术晨照常服用。\n评估医师：[[PERSON|费卓然]]`,
  ],
  [
    'preop-assessment',
    `麻醉门诊温馨提示\n手术前一天晚上10点后请勿进食，术前2小时前可少量饮用清水（不超过200ml）；如正在服用阿司匹林、氯吡格雷、二甲双胍等药物，请在评估时告诉麻醉医生，由医生决定是否停药。`,
  ],
  [
    'endoscopy-unit',
    `内镜中心预约单\n姓名：[[PERSON|聂远航]]　内镜号：[[MRN|EN20261203-016]]\n检查项目：无痛结肠镜\n预约日期：[[DATE|2026年12月3日]] 08:00\n肠道准备：检查前一天低渣饮食，复方聚乙二醇电解质散分次服用。检查当日须有成年家属陪同，陪同人：[[PERSON|聂小川]]，电话[[PHONE|13818624073]]`,
  ],
  [
    'endoscopy-unit',
    `电子胃镜检查报告\n检查号：[[MRN|G2611-3302]]　姓名：[[PERSON|麦小凤]]　女　47岁\n镜身编号：GIF-H290 #2719308　清洗消毒批次：XD-1123-07\n所见：胃窦黏膜红白相间，以白为主，可见散在糜烂；快速尿素酶试验（+）。\n诊断：慢性萎缩性胃炎伴糜烂\n检查医师：[[PERSON|邓锦书]]　[[DATE|2026-11-23]]`,
  ],
  [
    'bone-marrow-registry',
    `造血干细胞捐献志愿者入库登记表\n姓名：[[PERSON|仲思远]]　性别：男　民族：汉\n身份证号：[[ID_CARD|440106199804221973]]\n手机：[[PHONE|13602418857]]　微信：[[ACCOUNT|zsy_runner98]]　邮箱：[[EMAIL|zhongsiyuan@example.cn]]\n采样日期：[[DATE|2026-11-21]]　样本编号：[[MRN|CMDP-4401-1187365]]\n备注：HLA分型结果将录入资料库，匹配成功后由协调员联系。登记人：[[PERSON|秦]]老师`,
  ],
  [
    'bone-marrow-registry',
    `初配型成功再动员电话记录\n[[DATE|2026年11月23日]] 协调员[[PERSON|包佳宁]]致电志愿者[[PERSON|瞿雨晴]]（身份证[[ID_CARD|510104199609139304]]，库编号[[MRN|HSC-51-0029816]]），告知与一名白血病患者HLA 10/10相合。志愿者本人同意进行高分辨复查和体检，其丈夫[[PERSON|戚北辰]]亦表示支持。预约体检：[[DATE|12月2日]]。`,
  ],
  [
    'bariatric-clinic',
    `减重代谢外科门诊\n[[PERSON|卢大壮]]，男，36岁，身高176cm，体重132kg，BMI 42.6，腰围128cm。合并2型糖尿病、阻塞性睡眠呼吸暂停（AHI 38次/h）。\n档案号：[[MRN|JZ-0613]]　手机[[PHONE|15110847632]]　减重APP账号：[[ACCOUNT|dazhuang_jianzhong]]\n自费项目预存：银行卡[[BANK_CARD|6259670854539611]]\n计划：营养科及心理评估后，[[DATE|2027年1月]]讨论袖状胃切除术。\n医生：[[PERSON|海]]医生`,
  ],
  [
    'bariatric-clinic',
    `减重术后群\n[[PERSON|麦穗]]：术后第3个月打卡，体重从118掉到97了！\n[[PERSON|阙海洋]]（营养师）：很好，蛋白质每天保证60-80g，先吃蛋白再吃蔬菜主食\n[[PERSON|麦穗]]：最近掉头发有点多\n[[PERSON|阙海洋]]（营养师）：术后3-6个月常见，注意补充复合维生素和锌，下次门诊[[DATE|12月15日]]查一下微量元素。`,
  ],
];

const en: Array<[string, string]> = [
  [
    'admission',
    `ADMISSION H&P — Internal Medicine\nPatient: [[PERSON|Delphine Hetherwick]]   MRN: [[MRN|40021875]]   Room [[MRN|514]]\nDOB: [[DATE|03/11/1949]] (77 y/o F)   Admit: [[DATE|11/22/2026]]\nAddress: [[ADDRESS|2207 Sorrel Creek Dr, Naperville, IL 60540]]\nCC: dyspnea x 4 days. Hx HFpEF, CKD 3a. BNP 1,240. CXR: bilateral effusions.\nPlan: IV furosemide 40 mg BID, daily weights, strict I/O.\nEmergency contact: [[PERSON|Marcus Hetherwick]] (son) [[PHONE|(312) 555-0183]]\nAttending: Dr. [[PERSON|Ulrika Kjellberg]]`,
  ],
  [
    'admission',
    `Acute Medical Unit — clerking\nName: [[PERSON|Hephzibah Greathead]]   NHS No: [[INSURANCE_ID|999 088 2975]]   Hosp No: [[MRN|K2297361]]\nAge: [[AGE|97]]   Bed: AMU bay C bed [[MRN|4]]\nPC: confusion and reduced oral intake for 3 days, found by carer. Urine nitrites +, CRP 84. 4AT score 6.\nLives alone at [[ADDRESS|14 Pelham Close, Lewes BN7 2QT]]; NOK niece [[PERSON|Harriet Gosling]] [[PHONE|07700 900318]].\nClerked by Dr [[PERSON|Ravindra Paliwal]] (FY2), [[DATE|22/11/2026]]`,
  ],
  [
    'admission',
    `ADMISSION — surgical, Nambour QLD\nPt: [[PERSON|Lachlan Polglaze]], 41M, UR [[MRN|0613382]]\nMedicare: [[INSURANCE_ID|3349 42852 3]]\nAdmitted [[DATE|23/11/2026]] with right iliac fossa pain, WCC 15.8, CT: acute appendicitis, no perforation.\nFor laparoscopic appendicectomy tonight. NBM, IV fluids, cefazolin + metronidazole.\nPartner [[PERSON|Kiri Polglaze]] [[PHONE|0491 570 604]]`,
  ],
  [
    'progress-note',
    `Progress note [[DATE|Nov 21, 2026]]\nS: Mr. [[PERSON|Thaddeus Inglethorpe]] reports less pain, walked to the nurses' station twice.\nO: T 37.4, HR 84, BP 128/76. Hgb 10.9 (from 10.2). Wound clean, staples intact.\nA: POD3 s/p right hemicolectomy, recovering.\nP: advance to soft diet, remove Foley, PT eval, anticipate d/c [[DATE|11/24]].\n— [[PERSON|Isadora Zubiri]], PA-C`,
  ],
  [
    'progress-note',
    `WR Cons Dr [[PERSON|Adewunmi]]  Mon [[DATE|23/11]]\n[[PERSON|Gethin Wolstenholme]] 66M bed [[MRN|11]] ward 9\nD4 IV co-amoxiclav for LLL pneumonia. Afebrile 48h, CRP 212→61. Eating.\nPlan: switch to PO, aim home tomorrow if mobility ok with physio. TTO to be written.\nFY1 [[PERSON|Saoirse Dunphy]]`,
  ],
  [
    'progress-note',
    `night f/u 0230 called re rm [[MRN|607]] [[PERSON|Bettina Loomis]] [[AGE|94]]F agitated pulling at IV, CAM positive, no new meds, glucose 6.1, no retention on bladder scan, reoriented w/ daughter [[PERSON|Maelle]] on phone, avoided antipsychotic, 1:1 sitter requested, will reassess in am — [[PERSON|J. Cuthbertson]] MD [[DATE|11/23/26]]`,
  ],
  [
    'discharge',
    `Dear Dr [[PERSON|Etheridge]],\nRe: [[PERSON|Morag Gillingham]], DOB [[DATE|02.08.1958]], NHS [[INSURANCE_ID|9995826526]]\n[[ADDRESS|7 Millgate, Thirsk YO7 1PQ]]\nMrs [[PERSON|Gillingham]] was admitted on [[DATE|16 November 2026]] with community-acquired pneumonia and discharged on [[DATE|21 November 2026]]. Please repeat her chest X-ray in 6 weeks and review her inhaler technique.\nYours sincerely,\nDr [[PERSON|Anwen Pritchett]]`,
  ],
  [
    'discharge',
    `DISCHARGE SUMMARY\nName: [[PERSON|Rosalind Haverkamp]]  Acct#: [[MRN|770031948]]\nAdmit [[DATE|11/18/2026]]  Discharge [[DATE|11/22/2026]]\nDx: DKA, new-onset type 1 diabetes.\nMeds: insulin glargine 18 units nightly, lispro per carb ratio 1:12.\nF/u endocrine [[DATE|12/1/2026]]; diabetes educator [[PERSON|Teodora Castiglione]] will call her at [[PHONE|(608) 555-0193]].`,
  ],
  [
    'discharge',
    `After your cataract surgery: use the eye drops as shown on your chart for four weeks, wear the shield at night for one week, and avoid rubbing the eye or swimming for two weeks. Call the eye clinic if your vision gets worse, the eye becomes very red or painful, or you see flashing lights.`,
  ],
  [
    'outpatient',
    `Rheumatology Clinic — Hamilton, ON\nPatient: [[PERSON|Évangéline Ouellette]]   OHIP: [[INSURANCE_ID|4011-579-069]] KT\nDOB [[DATE|1984-06-02]]  Seen [[DATE|2026-11-20]]\nRA, seropositive. DAS28-CRP 4.1. On methotrexate 20 mg weekly + folic acid. Plan: add hydroxychloroquine 200 mg BID, eye exam within a year.\nDr. [[PERSON|Zebedee Ballantyne]]`,
  ],
  [
    'outpatient',
    `Headache clinic f/u — [[PERSON|Tobias Aghedo]], 29, seen [[DATE|November 19, 2026]]. Chronic migraine, 16 headache days/mo, failed propranolol and topiramate. Starting erenumab 70 mg monthly. Diary app username [[ACCOUNT|taghedo_log]]. Return 3 months. — [[PERSON|R. Paewai]], NP`,
  ],
  [
    'outpatient',
    `Consultation — Ennis, Co. Clare\n[[PERSON|Pádraig Ó Ceallaigh]], 58, [[ADDRESS|Drumbiggle Road, Ennis, Co. Clare V95 X2T4]]\nEmail: [[EMAIL|pocc58@example.ie]]\nDate: [[DATE|20/11/2026]]\nBP 162/98 on two home readings. ECG sinus rhythm. Start amlodipine 5 mg. U&E and lipids next week.\nGP: Dr [[PERSON|Nuala Fennessy]]`,
  ],
  [
    'referral',
    `Referral to Cardiology — Waikato\nRe: [[PERSON|Hēmi Rangitāne]], DOB [[DATE|14/09/1961]]\nAddress: [[ADDRESS|22 Te Rapa Road, Hamilton 3200]]\nExertional chest tightness for 6 weeks, exercise ECG positive at 6 METs. Please assess for angiography.\nReferring GP: Dr [[PERSON|Fiona Carmody]]`,
  ],
  [
    'referral',
    `REFERRAL\nTo: GI — Lakeside Digestive Health\nPatient: [[PERSON|Jamal Odunsi]]  DOB [[DATE|7/30/1972]]\nInsurance: Blue Shield member ID [[INSURANCE_ID|XWQ884201736]]\nReason: iron-deficiency anemia (Hgb 9.8, ferritin 6), FIT positive. Please colonoscopy + EGD.\nPhone: [[PHONE|(414) 555-0128]]\nRef. provider: [[PERSON|Lorraine Esposito]], MD`,
  ],
  [
    'referral',
    `Polyclinic referral memo\nName: [[PERSON|Seah Li Ting]]   Age 63   Referral date [[DATE|23 Nov 2026]]\nAddress: [[ADDRESS|Blk 418 Ang Mo Kio Ave 10, #08-1123, Singapore 560418]]\nHbA1c 10.2% despite metformin 1 g BD and gliclazide 80 mg BD; eGFR 48. For endocrinology review regarding insulin initiation.\nDr [[PERSON|Muthu Naidu]]`,
  ],
  [
    'handover',
    `ED board 07:00 [[DATE|23 Nov]]\nBed | Pt | Issue\n[[MRN|1]] | [[PERSON|KOWALCZYK, Irena]] | NSTEMI, heparin running, awaiting cath lab\n2 | (empty) |\n[[MRN|3]] | [[PERSON|Mupfumira, Baraka]] | asthma, back-to-back nebs, PEF 45%\n4 | unknown female ~30s | intoxicated, GCS 13\nHandover from Dr [[PERSON|Pennefather]] to Dr [[PERSON|Tagaloa]]`,
  ],
  [
    'handover',
    `SBAR — [[DATE|11/22/2026]] 19:05\nS: Calling about [[PERSON|Eulalia Nethercott]], room [[MRN|332]], [[AGE|93]] years old, new O2 requirement 4L.\nB: admitted with hip fracture, POD1 ORIF.\nA: RR 26, SpO2 90% on 4L, crackles R base; possible aspiration vs PE.\nR: please come and assess, consider CTPA.\n— RN [[PERSON|Hollis Merriweather]]`,
  ],
  [
    'handover',
    `ITU handover — Sunday [[DATE|22 November]] nights\nBed [[MRN|2]] [[PERSON|Dafydd Hollingdrake]]: day 6 ventilated, weaning on PS 10/5, propofol off since 18:00.\nBed 3: empty, cleaned.\nBed [[MRN|4]] [[PERSON|Olamide Akinwande]]: post-op AAA repair, lactate 1.4, good UO.\nHanded over by [[PERSON|Kerensa Tregunna]] to [[PERSON|Benedict Uzoigwe]]`,
  ],
  [
    'nursing-note',
    `Nursing note [[DATE|11/23/2026]] 0415\nPt [[PERSON|Cornelius Varga]] found sitting on floor beside bed [[MRN|12]], states he slid while reaching for urinal. No head strike, no LOC, neuro checks intact, skin tear L forearm dressed. Bed alarm on, low bed. Daughter [[PERSON|Ilona Varga]] notified at [[PHONE|(503) 555-0162]]. — [[PERSON|Maribel Medina]], RN`,
  ],
  [
    'nursing-note',
    `Reminder for all staff: clean your hands before and after every patient contact, after removing gloves, and before handling IV lines. Alcohol rub does not kill C. difficile spores — use soap and water in isolation rooms.`,
  ],
  [
    'nursing-note',
    `District nursing visit — [[DATE|20/11/2026]]\nClient: [[PERSON|Dorothea Banfield]], [[AGE|91]], [[ADDRESS|3/48 Grevillea Street, Bendigo VIC 3550]]\nVenous leg ulcer L medial malleolus 3.2 x 2.1 cm, slough 20%. Cleansed, silver dressing + 2-layer compression. ABPI 0.9.\nNext visit Mon. — RN [[PERSON|Siobhan Tierney]] [[PHONE|0491 570 735]]`,
  ],
  [
    'lab-report',
    `CBC with diff\nPatient: [[PERSON|Lucinda Farraday]]  MRN [[MRN|55617024]]  Acc# [[MRN|H26-1123-0412]]\nCollected [[DATE|11/23/2026]] 05:40\nWBC 18.6 H, Hgb 13.1, Plt 402, Bands 12% H\nCritical value called to RN [[PERSON|Demetrius Hale]] 06:12 by MLS [[PERSON|T. Kowalik]]`,
  ],
  [
    'lab-report',
    `Microbiology report\nSurname: [[PERSON|BRAITHWAITE]]  Forename: [[PERSON|Ottoline]]  Hosp No [[MRN|RJ0445812]]\nSpecimen: wound swab, L foot, received [[DATE|21/11/2026]], lab no [[MRN|M26.118804]]\nResult: heavy growth MRSA. Sensitive: doxycycline, linezolid. Resistant: flucloxacillin.\nInfection control informed.`,
  ],
  [
    'lab-report',
    `Hi [[PERSON|Evaristo]], your blood test from [[DATE|November 17]] shows an HbA1c of 6.3%, which is in the prediabetes range, and normal kidney function. No medication needed for now — let's talk about diet and exercise at your visit on [[DATE|December 4]]. — Dr. [[PERSON|Meera Iyengar]]'s office`,
  ],
  [
    'imaging-report',
    `MRI LUMBAR SPINE W/O CONTRAST\nPatient: [[PERSON|Gideon Fothergill]]   DOB: [[DATE|10/04/1980]]   Accession: [[MRN|MR7716204]]\nExam date: [[DATE|11/21/2026]]\nFindings: L5-S1 left paracentral disc extrusion contacting the traversing left S1 nerve root. No cauda equina compression.\nRead by: [[PERSON|Yusuf Saberi]], MD`,
  ],
  [
    'imaging-report',
    `XR CHEST PA — [[PERSON|Nerys Bowditch]] ([[MRN|W4418830]]) [[DATE|20.11.26]]\nHeart size normal. Small left pleural effusion. No pneumothorax. Compared with film of [[DATE|02.10.26]], effusion smaller.\nReported: Dr [[PERSON|Clemmie Dalgleish]], Consultant Radiologist\nRequested by: Dr [[PERSON|Cosimo Leota]]`,
  ],
  [
    'prescription',
    `MRS [[PERSON|JOSEPHINE ATTWATER]]  [[DATE|23/11/26]]\nAMOXICILLIN 500MG CAPSULES  x21\nTAKE ONE CAPSULE THREE TIMES A DAY UNTIL ALL TAKEN\nKeep out of the reach and sight of children\nHazelmere Pharmacy`,
  ],
  [
    'prescription',
    `eRx  [[DATE|11/22/2026]]\nPatient: [[PERSON|Zainab Olorunfemi]]  DOB [[DATE|05/19/1990]]\nAddress: [[ADDRESS|1185 Quillback Ln Apt 3C, Boise, ID 83704]]\nRx: nitrofurantoin monohydrate/macrocrystals 100 mg, 1 cap PO BID x 5 days, #10, RF 0\nPrescriber: [[PERSON|Caleb Winterbourne]], PA-C  NPI 1588123467\nPharmacy: Quillback Drug — dispensed by [[PERSON|Sorrel Amituanai]], PharmD`,
  ],
  [
    'prescription',
    `CD prescription (FP10)\nPatient: [[PERSON|Reuben Castellane]]\nAddress: [[ADDRESS|Flat 6, 21 Applegarth Terrace, Hove BN3 1HL]]\nNHS number: [[INSURANCE_ID|999 009 0106]]\nMorphine sulfate 10 mg/5 ml oral solution, 2.5 ml every 4 hours when required for breathlessness. Total: 100 (one hundred) ml.\nSigned Dr [[PERSON|Tamsin Goodfellow]]  [[DATE|23/11/2026]]`,
  ],
  [
    'consent',
    `CONSENT FOR PROCEDURE\nPatient: [[PERSON|Wilhelmina Osterhout]]  MRN [[MRN|60934418]]\nProcedure: lumbar puncture\nRisks discussed: headache (about 1 in 10), bleeding, infection, nerve irritation.\nPatient signature: [[PERSON|W. Osterhout]]  Date: [[DATE|11/23/2026]]\nPhysician: [[PERSON|Anders Lykke]], MD`,
  ],
  [
    'consent',
    `Consent Form 3 (parent)\nChild: [[PERSON|Aarav Prasad]], age 6\nParent: [[PERSON|Lakshmi Prasad]], passport [[PASSPORT|Z7358214]] (India)\nProcedure: grommet insertion under GA, [[DATE|27 November 2026]]\nContact while visiting: [[PHONE|0491 570 442]]\nConsenting clinician: [[PERSON|Rhiannon Clough]], ENT registrar`,
  ],
  [
    'consent',
    `Telephone consent recorded [[DATE|11/22/26]] 15:20: spoke with [[PERSON|Harlan Harutyunyan]] (health-care proxy for his mother [[PERSON|Anoush Harutyunyan]], [[AGE|90]]) at [[PHONE|(702) 555-0134]]; he agrees to PEG placement. Witness RN [[PERSON|Felicity Ketteridge]]. — Dr. [[PERSON|Oren Blauvelt]]`,
  ],
  [
    'billing',
    `STATEMENT  Acct [[MRN|4418-2290-6]]\nPatient: [[PERSON|Everett Arrizabalaga]]\nGuarantor: [[PERSON|Marisol Arrizabalaga]]  SSN [[ID_CARD|987-65-4323]]\nService [[DATE|10/28/2026]]  ER visit level 4  $1,284.00\nInsurance paid $902.10  Balance due $381.90\nPay online or mail to PO Box 5521. Invoice 0093317.`,
  ],
  [
    'billing',
    `INVOICE INV-14-88213\nBill to: Mr [[PERSON|Oscar Feldmann]], [[ADDRESS|Rook Cottage, 9 Chantry Lane, Ledbury HR8 1DW]]\nPrivate MRI knee, [[DATE|18 November 2026]] — £395.00\nPaid in full by Mastercard [[BANK_CARD|5382961511256307]] on [[DATE|19/11/2026]]. Thank you.`,
  ],
  [
    'billing',
    `Travel insurance claim — medical expenses abroad\nClaimant: [[PERSON|Henrike Vos]]  Policy no. [[INSURANCE_ID|TRV-0557-812934]]  Passport [[PASSPORT|NX4R91K26]]\nTreated at a clinic in Bali on [[DATE|2 November 2026]] for dengue fever.\nReimburse to Visa [[BANK_CARD|4850848178641382]]\nEmail: [[EMAIL|h.vos@example.nl]]`,
  ],
  [
    'online-consult',
    `Telehealth session log\nVisit ID: [[MRN|TV-662019]]  Patient: [[PERSON|Ruairí Loughnane]]  Portal user: [[ACCOUNT|rgallagher22]]\nStart [[DATE|2026-11-22]] 18:02 from IP [[IP|198.51.100.146]]\nConcern: sore throat 5 days, Centor 2. Advised supportive care; no antibiotics. Safety-net given.\nClinician: [[PERSON|Chidinma Ezeani]]`,
  ],
  [
    'online-consult',
    `Nurse chat\n[[PERSON|Brynlee]]: hi my son is 2 and has had a fever of 39.4 since last night, he's drinking ok\nNurse [[PERSON|Wenna]]: Thanks [[PERSON|Brynlee]] — is he passing urine, and is there any rash that doesn't fade when pressed?\n[[PERSON|Brynlee]]: peeing fine, no rash\nNurse [[PERSON|Wenna]]: ok, paracetamol by weight, fluids, see the GP if still febrile in 48h`,
  ],
  [
    'online-consult',
    `Online booking — physiotherapy\nName: [[PERSON|Saskia Bottomley]]\nEmail: [[EMAIL|saskia.bottomley@example.com.au]]\nPreferred: Thu [[DATE|26 Nov]], afternoon\nReason: Achilles pain after running, 3 weeks\nSubmitted from [[IP|198.51.100.61]]`,
  ],
  [
    'patient-message',
    `Portal message from [[PERSON|Gwendolyn Lark]] ([[ACCOUNT|glark_1957]]): Hi Dr. [[PERSON|Beaudoin]], I have 3 days of levothyroxine left. Could you send a refill to the pharmacy on file? My new number is [[PHONE|(919) 555-0176]]. Thanks!`,
  ],
  [
    'patient-message',
    `From: [[EMAIL|t.nkosi.home@example.co.uk]]\nTo: medical records\nSubject: Subject access request\nPlease send a copy of my notes from my stay in [[DATE|September 2026]], or upload them via [[URL|https://records.example.co.uk/sar]]. Name: [[PERSON|Thandiwe Nkosi-Carr]], DOB [[DATE|12/03/1986]], Hospital no. [[MRN|BH7713204]]. Address: [[ADDRESS|5 Orchard Rise, Frome BA11 2QT]].`,
  ],
  [
    'patient-message',
    `To everyone on Ward 5 — thank you for looking after Dad so kindly in his last days. Special thanks to Nurse [[PERSON|Dayo]] and to [[PERSON|Clover]] on nights, who always had time for a cup of tea with us. With love, the [[PERSON|Ravenscroft]] family`,
  ],
  [
    'family-chat',
    `[[PERSON|Zosia]]: Gran's been moved to Ward 6, bed 14\n[[PERSON|Jory]]: ok I'll go after work. still on the drip?\nMum: yes, doctors say kidneys are better today\n[[PERSON|Zosia]]: visiting ends 8pm, bring her glasses`,
  ],
  [
    'family-chat',
    `[[PERSON|Elodie]]: how was the scan\nDad: fine, they'll call with results. left the car [[PLATE|RV68 KTD]] on level 3 if you need it\n[[PERSON|Elodie]]: ok. Auntie [[PERSON|Fenna]]'s number is [[PHONE|07700 900284]] if you need her`,
  ],
  [
    'sms-reminder',
    `Reminder: [[PERSON|Barnaby]], your appointment at Riverside Dental is on Tue [[DATE|1 Dec]] at 10:40. Reply Y to confirm or call the practice to change. Booking ref 558231.`,
  ],
  [
    'sms-reminder',
    `Kia ora [[PERSON|Hinemoa]], [[PERSON|Manaia]] is due for his 15-month immunisations. Book at [[URL|https://book.example.co.nz/kids]] or call the clinic. Ngā mihi, Te Awamutu Medical`,
  ],
  [
    'radiotherapy',
    `Radiotherapy planning appointment\nDear Mr [[PERSON|Alasdair Quennell]],\nYour CT planning scan is on Wednesday [[DATE|2 December 2026]] at 09:15, Radiotherapy Department, Level -1. Please drink 3 cups of water 30 minutes before. Your RT number is [[MRN|RT-26-3391]].\nNHS No. [[INSURANCE_ID|999 088 0034]]\nQueries: [[PERSON|Lowenna Trebilcock]], treatment radiographer, [[PHONE|01632 960417]]`,
  ],
  [
    'radiotherapy',
    `Linac 2 — treatment record\nPt: [[PERSON|Threlfall, Bernadette]]  RT# [[MRN|40551]]\n[[DATE|11/16]]  fx 6/20  2.66 Gy  [[PERSON|RTV]]\n[[DATE|11/17]]  fx 7/20  2.66 Gy  [[PERSON|RTV]]\n[[DATE|11/18]]  fx 8/20  held — skin review\nNote: grade 2 moist desquamation inframammary fold; reviewed by Dr. [[PERSON|Pavlov]]`,
  ],
  [
    'preop-assessment',
    `Pre-anaesthetic assessment\nName: [[PERSON|Fenella Crowther]]  Hosp No [[MRN|D0928814]]\nDOB [[DATE|09/05/1951]]  Surgery: TKR L, [[DATE|1 December 2026]]\nASA 3 (COPD, OSA on CPAP). STOP-BANG 6. Airway: Mallampati 3, limited neck extension.\nPlan: spinal + sedation; bring CPAP machine; stop clopidogrel 7 days before.\nSeen by Dr [[PERSON|Hamish Abercrombie]]`,
  ],
  [
    'preop-assessment',
    `Before your surgery: do not eat solid food after midnight. You may drink clear liquids (water, apple juice, black coffee) until 2 hours before arrival. Take your blood pressure pills with a sip of water but skip diabetes pills that morning. Bring a list of all your medicines.`,
  ],
  [
    'endoscopy-unit',
    `Endoscopy Unit — booking confirmation\nPatient: [[PERSON|Leopold Tehrani]]  Unit no. [[MRN|EU-118273]]\nProcedure: colonoscopy, Monday [[DATE|30 November 2026]], arrive 07:30. Bowel prep: split-dose PEG.\nEscort home: [[PERSON|Farah Tehrani]] (wife) [[PHONE|(617) 555-0109]]\nParking permit issued for vehicle [[PLATE|2NVK47]]`,
  ],
  [
    'endoscopy-unit',
    `Gastroscopy report  [[DATE|23/11/2026]]\nPatient: [[PERSON|Catriona Helmsley]]  Unit no. [[MRN|EU-120447]]\nIndication: dysphagia. Findings: Los Angeles grade B oesophagitis; 3 cm hiatus hernia; no stricture. Biopsies x4 (pot 1).\nScope: GIF-HQ190 serial 2701943. Sedation: midazolam 2 mg.\nEndoscopist: Dr [[PERSON|Roshan Fernando]]`,
  ],
  [
    'bone-marrow-registry',
    `Stem cell donor registry — swab kit registration\nName: [[PERSON|Declan Antonopoulos]]\nDOB: [[DATE|17/02/2003]]\nEmail: [[EMAIL|declan.ant@example.ac.uk]]\nMobile: [[PHONE|07700 900742]]\nKit barcode: SK-8830172 (returned [[DATE|20 Nov 2026]])\nDonor ID: [[MRN|AN-3318-0742]]`,
  ],
  [
    'bone-marrow-registry',
    `Coordinator note [[DATE|11/23/2026]]: called donor [[PERSON|Ximena Robledo]] (registry ID [[MRN|BM-7720415]]) at [[PHONE|(416) 555-0151]] re: potential match for an adult patient with AML. HLA 8/8 at confirmatory typing. She consents to an info session and health screen on [[DATE|12/3/2026]]. — [[PERSON|Garrett Oyama]], donor coordinator`,
  ],
  [
    'bariatric-clinic',
    `Bariatric MDT clinic — [[DATE|20 November 2026]]\n[[PERSON|Shauna Keogh]], 44, BMI 46.3, T2DM (HbA1c 8.1%), OSA. Completed 6-month lifestyle programme, lost 7 kg.\nPsychology: cleared. Dietitian: [[PERSON|Orla Brophy]].\nPlan: Roux-en-Y gastric bypass, waitlist. App login for food diary: [[ACCOUNT|skeogh.tracks]]`,
  ],
  [
    'bariatric-clinic',
    `After gastric sleeve: stage 2 (puréed) diet from week 2 to week 4. Eat 6 small meals a day, stop at the first sign of fullness, do not drink within 30 minutes of meals, and aim for 60 g of protein daily. Take a chewable multivitamin every day for life.`,
  ],
];

export function generateDeidHoldout14(): LabelledRecord[] {
  return holdoutRecords('h14', zh, en);
}

export const DEID_HOLDOUT_14_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/labelled/deid-holdout-14.jsonl',
);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const records = generateDeidHoldout14();
  writeFileSync(DEID_HOLDOUT_14_PATH, renderJsonl(records));
  console.log(`wrote ${records.length} records to ${DEID_HOLDOUT_14_PATH}`);
}
