import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { holdoutRecords, type LabelledRecord, renderJsonl } from './generate-deid.ts';

/**
 * The ROUND-10 fresh held-out de-identification set (data/labelled/deid-holdout-10.jsonl): hand-written
 * snippets with hand-placed spans, marked inline as [[TYPE|text]] (parseMarked strips the marks and
 * records UTF-16 offsets). Written by a separate annotator who did not read the recognizer code and
 * never ran a recognizer on these snippets; it must not be used to tune the recognizers.
 *
 * About four fifths are the everyday documents of a general hospital and the messages of its patients
 * (admission, progress and discharge notes, outpatient notes in many specialties, referrals, handovers,
 * nursing notes, lab, pathology and imaging reports, prescriptions, consent, billing and insurance
 * forms, online consultations, patient messages and letters, family chats and SMS reminders); about a
 * fifth come from settings earlier rounds did not list: advance directives (生前预嘱, DNR, POLST,
 * ReSPECT), bereavement follow-up, home oxygen, hospital meal service, patient support groups, unpaid
 * bill collection and wig banks (hair donation and wigs for patients on chemotherapy).
 *
 * Identifiers are synthetic: resident IDs carry a valid GB 11643 check character and a sex digit and
 * birth date consistent with the text (15-digit IDs likewise), bank cards a valid Luhn digit, NHS
 * numbers are in the 999 test range with their modulus-11 digit, Australian Medicare numbers pass their
 * check digit and the NZ NHI its check character; the US SSN is in the 987-65-432x advertising range.
 * Phones are random mainland numbers or fictional ranges (North American 555-01xx, UK 07700 900xxx,
 * 01632 960xxx, 0113/0114 496 0xxx and 0161 496 0xxx, Australian 0491 570 xxx); mail and web hosts are
 * example.*; IP addresses come from the documentation ranges.
 *
 * Span conventions are those of data/labelled/deid-holdout-2 to -9 cards; the decisions new in this
 * round are in data/labelled/deid-holdout-10.card.yaml.
 */
const zh: Array<[string, string]> = [
  [
    'admission',
    '心血管内科入院记录\n住院号：[[MRN|XN0467213]]　床位：[[MRN|26]]床\n姓名：[[PERSON|阚立诚]]　性别：男　年龄：68岁　籍贯：[[ADDRESS|湖南省长沙市望城区]]\n身份证号：[[ID_CARD|430104195803172716]]\n入院时间：[[DATE|2026-11-18]] 09:40\n主诉：活动后胸闷气促2月，加重伴夜间不能平卧3天。\n现病史：2024年外院心超示LVEF 45%，未规律随访。此次NT-proBNP 6840pg/mL，床旁心超LVEF 32%，NYHA III级。\n联系人：儿子[[PERSON|阚逸鸣]]（[[PHONE|13574120386]]），现住[[ADDRESS|长沙市岳麓区麓山南路312号湖大二村7栋502]]。',
  ],
  [
    'admission',
    '急诊抢救室记录\n[[DATE|11月20日]] 02:15 由120送入。患者[[PERSON|亓福堂]]，男，[[AGE|95]]岁，身份证[[ID_CARD|130104193104040191]]，家住[[ADDRESS|石家庄市桥西区维明南大街85号院3-2-101]]。夜间如厕时跌倒，右髋疼痛不能站立。GCS 15分，BP 156/82mmHg，右下肢短缩外旋。髋关节X线：右股骨颈骨折（Garden IV型）。暂留抢[[MRN|4]]床，联系骨科收住。\n急诊号[[MRN|JZ2611200157]]\n陪同者：孙女[[PERSON|亓佳琪]]，电话[[PHONE|186 3118 0725]]',
  ],
  [
    'admission',
    '儿科入院病历（首页摘要）\n患儿：[[PERSON|燕子航]]　性别：男　出生日期：[[DATE|2015年5月5日]]　年龄：11岁\n身份证号 [[ID_CARD|640104201505050793]]\n住院号 [[MRN|EK-0093315]]　入院日期 [[DATE|2026年11月21日]]\n父亲：[[PERSON|燕北川]]　[[PHONE|139 9510 4472]]　母亲：[[PERSON|麻晓旭]]\n家庭住址：[[ADDRESS|宁夏银川市兴庆区解放东街清和南苑12号楼2单元601]]\n入院诊断：1.糖尿病酮症酸中毒 2.1型糖尿病（新诊断）\npH 7.12，HCO3- 8mmol/L，血糖28.6mmol/L，尿酮体3+。',
  ],
  [
    'admission',
    '肿瘤内科再入院记录\n[[PERSON|郏春兰]]，女，55岁，户籍[[ADDRESS|武汉市江夏区]]，身份证 [[ID_CARD|420106 19710902 3841]]，医保卡号[[INSURANCE_ID|42010600618837]]。患者于[[DATE|2026年3月]]行胰十二指肠切除术（Whipple术），术后病理：胰腺导管腺癌，pT2N1M0。此次于[[DATE|2026.11.19]]第6次入院，拟行mFOLFIRINOX第6周期。ECOG 1分，CA19-9 48U/mL，ANC 2.1×10^9/L。病案号[[MRN|0712285]]，9病区[[MRN|31]]床。',
  ],
  [
    'progress-note',
    '[[DATE|2026-11-22]] 08:10　术后第一天查房记录\n[[PERSON|逯红英]]（[[MRN|12]]床）行腹腔镜胆囊切除术后第1天，诉切口轻度疼痛，NRS 3分，已排气。T 37.4℃，腹软，引流管引出淡血性液约20ml。[[PERSON|宓建国]]副主任医师查房：今日拔除引流管，改流质饮食，明日可出院。\n记录者：[[PERSON|訾婷]]',
  ],
  [
    'progress-note',
    '重症医学科日常病程　[[DATE|11/21]]\n患者[[PERSON|扎西次仁]]，ICU-[[MRN|5]]，重症肺炎并ARDS，机械通气第4天。P/F 142，PEEP 12cmH2O，FiO2 0.6，俯卧位每日16小时。痰培养（标本号[[MRN|W2611180442]]）回报肺炎克雷伯菌（CRKP），改头孢他啶阿维巴坦2.5g q8h。妻子[[PERSON|卓玛央宗]]下午探视时已告知病情，签署病危通知书。',
  ],
  [
    'progress-note',
    '[[DATE|2026年11月20日]]　血液科病程记录\n[[PERSON|眭海燕]]，急性髓系白血病（FLT3-ITD阳性），"IA+吉瑞替尼"诱导第14天。今日血常规：WBC 0.3×10^9/L，ANC 0.05×10^9/L，PLT 9×10^9/L，输注单采血小板1治疗量。骨髓穿刺（申请单号[[MRN|GS-260377]]）已送检。[[PERSON|仉]]主任查房意见：继续保护性隔离，待骨穿结果评估缓解情况。',
  ],
  [
    'discharge',
    '出院记录\n姓名 [[PERSON|笪文静]]　性别 女　年龄 33岁　住院号 [[MRN|ZY-2611-08736]]\n身份证号码 [[ID_CARD|350203199307142283]]\n现住址 [[ADDRESS|厦门市思明区莲前西路华林东盛花园4号楼1703]]\n入院日期 [[DATE|2026-11-12]]　出院日期 [[DATE|2026-11-21]]　住院天数 9天\n出院诊断：1.急性重症胰腺炎（高脂血症性）2.高甘油三酯血症\n出院医嘱：低脂饮食，戒酒，非诺贝特200mg qn。[[DATE|12月5日]]上午消化内科门诊复查血脂、淀粉酶。\n主治医师：[[PERSON|满雪松]]',
  ],
  [
    'discharge',
    '致[[PERSON|蒯建平]]家属：\n患者已于[[DATE|11月20日]]出院，带药如下：阿哌沙班5mg bid×30天；美托洛尔缓释片47.5mg qd×30天。请于[[DATE|2026年12月4日]]来院复查凝血功能及心电图（复诊预约号[[MRN|YY7718204]]）。如出现黑便、牙龈出血，请停用阿哌沙班并立即就诊。病区护士站电话0755-2683 1100（24小时）。\n责任护士：[[PERSON|晏秋]]',
  ],
  [
    'discharge',
    '出院小结\n患者[[PERSON|司徒玉珍]]，女，[[AGE|九十八]]岁，旧身份证号[[ID_CARD|440104281103046]]，于[[DATE|二〇二六年十一月十日]]因"肺部感染、心功能不全"入院，经抗感染、利尿治疗后好转，于[[DATE|二〇二六年十一月二十一日]]出院。出院时神志清，可床边坐起，Barthel 40分。\n出院后由女儿[[PERSON|梁静仪]]照护，住[[ADDRESS|广州市越秀区东风东路寺右新马路47号之三801房]]，联系电话[[PHONE|020-8761 4932]]。',
  ],
  [
    'discharge',
    '产后出院指导单\n产妇：[[PERSON|宇文思琪]]　床号：[[MRN|8]]　住院号：[[MRN|CK260488]]\n分娩日期：[[DATE|2026-11-17]]　分娩方式：顺产\n新生儿：女，3350g，Apgar 9-10分，预防接种证号[[MRN|JZ64010420261117]]\n出院医嘱：母乳喂养，恶露观察；产后42天（约[[DATE|12月29日]]）母婴同回产科门诊复查。\n丈夫[[PERSON|黄子骞]]已领取出生医学证明申领表。',
  ],
  [
    'outpatient',
    '耳鼻咽喉科门诊病历　[[DATE|2026/11/19]]\n就诊卡号 [[MRN|8800316254]]\n[[PERSON|和振宇]]　男　41岁\n主诉：右耳闷胀伴听力下降1周。\n查体：右鼓膜内陷、混浊。纯音测听：右耳气导平均35dB HL，骨导正常；鼓室图B型。\n诊断：右侧分泌性中耳炎\n处理：糠酸莫米松鼻喷雾剂 每侧2喷 qd；桉柠蒎肠溶软胶囊 0.3g tid；2周后复诊。\n医师：[[PERSON|谯明远]]',
  ],
  [
    'outpatient',
    '内分泌科门诊：患者[[PERSON|邰美凤]]，女，58岁，糖尿病12年，胰岛素泵治疗。本次HbA1c 7.8%，CGM TIR 61%。诉近一月夜间低血糖3次，最低2.9mmol/L。调整基础率0:00–4:00由0.8U/h减为0.6U/h。其女儿[[PERSON|覃思雨]]在外地工作，可通过微信[[ACCOUNT|qinsiyu_0821]]联系并上传CGM报告。下次随访：[[DATE|2027年1月]]。',
  ],
  [
    'outpatient',
    '口腔科门诊记录\n姓名：[[PERSON|楚念慈]]　年龄：26岁　门诊号：[[MRN|KQ20261120-036]]\n主诉：左下后牙反复肿痛半年。\n检查：38近中阻生，冠周龈瓣红肿，探诊溢脓。CBCT示38根尖距下颌管约1.2mm。\n处置：冠周冲洗后上碘甘油；择期拔除38，已约周五（[[DATE|11月27日]]）下午。',
  ],
  [
    'outpatient',
    '肾内科门诊　[[DATE|2026-11-20]]\n[[PERSON|蔺国栋]]　男　72岁\n身份证号：[[ID_CARD|450105195410014397]]　医保卡号：[[INSURANCE_ID|410105D03317246]]\nCKD 4期（糖尿病肾病），eGFR 22ml/min/1.73m²，K 5.6mmol/L，Hb 96g/L。\n处理：环硅酸锆钠10g qd，低钾饮食宣教；建议尽早建立动静脉内瘘，已转血管外科评估。\n下次复诊：[[DATE|12月18日]]',
  ],
  [
    'outpatient',
    '心理门诊初诊（匿名记录）：来访者，女，大学三年级，近两月入睡困难、情绪低落、注意力下降，PHQ-9 16分，GAD-7 12分。否认自杀计划，偶有"不想活了"的念头。建议精神科就诊评估药物治疗，每周心理咨询一次。下次预约：下周二下午。',
  ],
  [
    'outpatient',
    '运动医学科门诊\n[[PERSON|慕容骁]]，男，29岁，业余篮球爱好者。[[DATE|11月15日]]比赛中起跳落地扭伤左膝，当即肿胀。查体：Lachman试验(+)，前抽屉试验(+)。MRI（检查号[[MRN|MR2611160219]]）：左膝前交叉韧带完全断裂，内侧半月板后角撕裂。建议关节镜下ACL重建。患者称每天自驾通勤，车（[[PLATE|沪A·D72931]]）为手动挡，嘱术后6周内不宜驾驶。',
  ],
  [
    'outpatient',
    '儿科门诊　[[DATE|2026.11.21]] 20:35\n患儿[[PERSON|上官小满]]，女，3岁2月，发热2天，最高39.6℃，伴流涕、咳嗽。甲流抗原(+)。体重14kg。\n处方：奥司他韦颗粒 30mg bid×5天；对乙酰氨基酚混悬滴剂，按体重给药。\n家长[[PERSON|上官睿]]，家住[[ADDRESS|昆明市五华区翠湖北路云大东二院5幢302]]，诉幼儿园同班多名小朋友发热。',
  ],
  [
    'outpatient',
    '泌尿外科门诊病历\n患者：[[PERSON|狄永强]]　男　63岁　就诊号：[[MRN|MZ5502974]]\n因"PSA升高"复诊。PSA 11.8ng/ml（[[DATE|2026-10-30]]），fPSA/tPSA 0.11。多参数MRI：PI-RADS 4分。建议经会阴前列腺穿刺活检，已开住院证。\n联系电话 [[PHONE|15245013869]]；如需改约请致电泌尿外科预约台 0451-8660 5521。',
  ],
  [
    'referral',
    '转诊单（乡镇卫生院→区人民医院）\n转出日期：[[DATE|2026年11月20日]]\n患者姓名：[[PERSON|闵桂香]]　性别：女　年龄：77岁\n身份证号：[[ID_CARD|610113194905300622]]\n住址：[[ADDRESS|西安市长安区太乙宫街道东大村四组18号]]\n初步诊断：急性脑梗死？（发病约3小时，左侧肢体无力，NIHSS 7分）\n转诊原因：需行头颅CT及静脉溶栓评估，已电话预通知卒中中心\n转诊医生：[[PERSON|姬文斌]]　手机[[PHONE|13709284417]]',
  ],
  [
    'referral',
    '会诊申请单\n申请科室：普外科　[[MRN|41]]床　[[PERSON|扈红军]]　住院号[[MRN|0938812]]\n病情摘要：结肠癌根治术后第5天，今晨出现胸闷、心悸，心电图示房颤伴快心室率（148次/分），BP 102/64mmHg。\n会诊目的：请心内科协助诊治。\n申请医师：[[PERSON|邸晓光]]　[[DATE|2026-11-22]] 07:50\n会诊意见（心内科[[PERSON|荀晴]]）：胺碘酮150mg静推后1mg/min维持，纠正低钾，评估抗凝时机。',
  ],
  [
    'referral',
    '尊敬的[[PERSON|酆]]教授：\n您好！我院患者[[PERSON|伍家皓]]，男，19岁，因反复关节痛伴蛋白尿确诊系统性红斑狼疮（狼疮性肾炎IV型），经激素联合吗替麦考酚酯治疗半年，24h尿蛋白仍3.2g。家属希望到贵院进一步诊治，现将病历资料及肾穿病理切片（病理号[[MRN|B2605113]]）一并寄上。患者父亲[[PERSON|伍立新]]手机[[PHONE|13607718260]]。\n此致\n敬礼\n[[PERSON|韦梦溪]]　[[DATE|2026年11月19日]]',
  ],
  [
    'handover',
    '普外一病区夜班交班　[[DATE|2026-11-21]]\n床号｜姓名｜诊断｜注意事项\n[[MRN|3]]｜[[PERSON|揭春生]]｜肠梗阻保守治疗｜胃肠减压引流约400ml，继续禁食\n[[MRN|7]]｜[[PERSON|满秀云]]｜甲状腺术后｜注意声嘶、手足麻木，复查血钙\n[[MRN|15]]｜[[PERSON|钭子涵]]｜阑尾炎术后｜体温38.2℃，已抽血培养\n11｜空床｜—｜—\n交班：[[PERSON|郦敏]]　接班：[[PERSON|查文博]]',
  ],
  [
    'handover',
    '急诊→EICU交接（口头交接转记录）\n"[[PERSON|隗长青]]，男，47岁，喝酒后呕血约500ml，血压最低84/50，现在两路静脉通道，已输红细胞2U，PPI和生长抑素都在泵。胃镜室约了今晚九点。家属是他爱人[[PERSON|施艳]]，电话[[PHONE|158 2760 3319]]，正在赶过来。"\n记录：[[PERSON|戈]]护士',
  ],
  [
    'handover',
    '手术患者交接单\n日期：[[DATE|2026年11月23日]]\n患者：[[PERSON|宗政明月]]　住院号：[[MRN|SS44187]]　腕带核对✔\n手术名称：右乳腺癌改良根治术　麻醉：全麻\n过敏史：青霉素\n术中出血约150ml，留置引流管2根、尿管1根，皮肤完好。\n手术室护士：[[PERSON|麴丽华]]　病房护士：[[PERSON|钟瑶]]',
  ],
  [
    'nursing-note',
    '一般护理记录单\n[[PERSON|牛秀珍]]　[[MRN|22]]床　住院号[[MRN|N20266371]]\n[[DATE|11-20]] 10:00 患者诉头晕，BP 86/52mmHg，予平卧，通知值班医生。\n10:20 遵医嘱予0.9%氯化钠500ml快速静滴。\n11:00 BP 108/66mmHg，头晕缓解，继续观察。\n签名：[[PERSON|陶若曦]]',
  ],
  [
    'nursing-note',
    '护理宣教记录：已向患者及家属讲解防跌倒措施（床栏拉起、呼叫铃置于手边、夜间开地灯、穿防滑鞋），Morse评分55分，属高危。家属表示理解，已在宣教单上签字确认。',
  ],
  [
    'nursing-note',
    '血糖监测记录（内分泌科）\n[[MRN|5]]床　[[PERSON|桂长福]]　[[DATE|11/22]]\n空腹 8.7　早餐后2h 13.4　午餐前 6.2　午餐后2h 11.0　晚餐前 5.1　睡前 7.8\n03:00 测3.6mmol/L，予15g葡萄糖口服，15分钟后复测5.4mmol/L，已报告[[PERSON|申屠]]医生。',
  ],
  [
    'lab-report',
    '检验报告单\n姓名：[[PERSON|包振东]]　性别：男　年龄：40岁　科室：内分泌科门诊\n标本号：[[MRN|260119837]]　条码：[[MRN|7100482265913]]\n采样时间：[[DATE|2026-11-19]] 07:48　报告时间：[[DATE|2026-11-19]] 11:02\n项目　结果　参考区间\nTSH　0.01↓　0.27–4.2 mIU/L\nFT4　48.6↑　12–22 pmol/L\nTRAb　14.2↑　<1.75 IU/L\n检验者：[[PERSON|梅若华]]　审核者：[[PERSON|东方亮]]',
  ],
  [
    'lab-report',
    '危急值报告登记\n[[DATE|2026年11月22日]] 03:12 检验科[[PERSON|冼梓琳]]来电：肾内科[[MRN|18]]床[[PERSON|贲海涛]]，血钾7.1mmol/L（标本无溶血）。接电话护士[[PERSON|尹诗涵]]复述无误，03:14报告值班医生[[PERSON|龚]]医生，予葡萄糖酸钙、胰岛素加葡萄糖处理，联系急诊血液透析。',
  ],
  [
    'lab-report',
    '病理诊断报告书\n病理号：[[MRN|P26-18842]]　送检日期：[[DATE|2026-11-16]]\n姓名：[[PERSON|阙慧玲]]　性别：女　年龄：46岁　住院号：[[MRN|ZY7304158]]\n送检标本：左甲状腺及峡部\n病理诊断：（左甲状腺）乳头状癌，经典型，最大径1.3cm，未见脉管侵犯；中央区淋巴结（1/5）见癌转移。BRAF V600E(+)。\n诊断医师：[[PERSON|沃丹青]]　复核：[[PERSON|辛]]主任',
  ],
  [
    'lab-report',
    '宫颈HPV分型检测报告\n受检者 [[PERSON|萨仁娜]]　样本编号 [[MRN|HPV2611-0788]]　采样日期 [[DATE|11月18日]]\n结果：HPV16 阳性；HPV18 阴性；其他12种高危型 阴性\n建议：转诊阴道镜检查。\n电子报告已发送至受检者邮箱[[EMAIL|sarenna.med@example.cn]]。',
  ],
  [
    'imaging-report',
    'CT检查报告\n检查号：[[MRN|CT26113084]]　姓名：[[PERSON|寿志刚]]　性别：男　年龄：59岁\n检查日期：[[DATE|2026年11月20日]]\n检查部位：胸部低剂量CT平扫\n所见：右肺上叶尖段见一混杂磨玻璃结节，大小约14mm×11mm，实性成分约6mm；纵隔未见肿大淋巴结。\n诊断意见：右肺上叶混杂磨玻璃结节（Lung-RADS 4A），建议3个月复查或多学科会诊。\n报告医师：[[PERSON|阎初晴]]',
  ],
  [
    'imaging-report',
    '产科超声报告（NT检查）\n孕妇：[[PERSON|蓝秋月]]　末次月经：[[DATE|2026-08-29]]　孕周：12+2周\n超声号：[[MRN|US-881526]]\nCRL 58mm，NT 1.4mm，鼻骨可见，胎心搏动规则，162次/分。\n结论：宫内单活胎，NT未见增厚。\n诊断医师：[[PERSON|滕雅琴]]',
  ],
  [
    'imaging-report',
    '[[PERSON|聂国华]]老先生的头颅MRI（[[DATE|11/21]]，影像号[[MRN|MR-0472196]]）：双侧额顶叶皮层下多发腔隙性梗死灶，脑白质高信号Fazekas 2级，双侧海马萎缩MTA 2分。请结合临床及认知评估。',
  ],
  [
    'prescription',
    '处方笺（普通）\n费别：医保　就诊卡号：[[MRN|3300219467]]　科别：呼吸内科\n处方编号：[[MRN|CF2611210093]]\n姓名：[[PERSON|池宏图]]　性别：男　年龄：66岁　开具日期：[[DATE|2026年11月21日]]\n临床诊断：慢性阻塞性肺疾病\nRp：\n布地格福吸入气雾剂 160/7.2/4.8μg×120揿　2揿 bid\n沙丁胺醇气雾剂 100μg×200揿　必要时1–2揿\n医师：[[PERSON|章沛然]]　审核/调配：[[PERSON|贺兰芷]]　核对/发药：[[PERSON|柏]]',
  ],
  [
    'prescription',
    '麻醉药品处方\n处方编号：[[MRN|MZ0026418]]\n患者：[[PERSON|沙丽娟]]　女　58岁　身份证号：[[ID_CARD|330106196804194822]]\n临床诊断：乳腺癌多发骨转移；癌痛\nRp：盐酸羟考酮缓释片 10mg×14片　10mg q12h\n代办人：[[PERSON|沙振宇]]（儿子）　身份证号：[[ID_CARD|370203198612251178]]\n医师：[[PERSON|冉启航]]　[[DATE|2026-11-20]]',
  ],
  [
    'prescription',
    '药师用药交代（华法林）：目标INR 2.0–3.0，本次INR 1.6，剂量由每日2.5mg调为3.75mg（一片半）。避免短期内大量进食菠菜、西兰花等富含维生素K的食物，勿自行加服阿司匹林或活血类中成药；出现牙龈出血、黑便请及时就诊。一周后复查INR。',
  ],
  [
    'consent',
    '手术知情同意书\n患者姓名：[[PERSON|秦沐阳]]　住院号：[[MRN|0552917]]\n拟行手术：腹腔镜下右半结肠切除术\n术中术后可能出现的风险：出血、吻合口瘘、肠梗阻、切口感染、深静脉血栓……\n患者签名：[[PERSON|秦沐阳]]　日期：[[DATE|2026年11月22日]]\n授权委托人：[[PERSON|秦永福]]　与患者关系：父子　联系电话：[[PHONE|18937162054]]\n谈话医师：[[PERSON|花锦程]]',
  ],
  [
    'consent',
    '增强CT检查知情同意书\n本人[[PERSON|阿不都热合曼·吐尔逊]]（身份证号[[ID_CARD|650102198303090118]]）已如实告知无碘对比剂过敏史、无甲亢，近期血肌酐78μmol/L。医生已告知可能出现恶心、皮疹、喉头水肿及对比剂肾病等风险，同意检查。\n签名：[[PERSON|阿不都热合曼·吐尔逊]]　[[DATE|2026.11.20]]',
  ],
  [
    'consent',
    '无创产前基因检测知情同意书\n孕妇姓名：[[PERSON|尉迟欣然]]　年龄：25岁　孕周：14+3\n证件号码：[[ID_CARD|530102200104191461]]\n联系地址：[[ADDRESS|云南省昆明市盘龙区北京路延长线金江小区8栋3单元502室]]　电话：[[PHONE|187 8804 2671]]\n本人已知晓：本检测为筛查而非诊断，阳性结果需行羊水穿刺确诊……\n孕妇签字：[[PERSON|尉迟欣然]]　配偶签字：[[PERSON|段鸿飞]]　[[DATE|2026年11月18日]]',
  ],
  [
    'billing',
    '住院费用结算清单\n结算号：[[MRN|JS2611220093]]　住院号：[[MRN|ZY2607719]]\n患者：[[PERSON|邬振华]]　医保类别：城镇职工\n医保卡号：[[INSURANCE_ID|320583D156300421]]\n入院：[[DATE|2026-11-08]]　出院：[[DATE|2026-11-22]]\n总费用 38,462.17元　统筹支付 26,105.40元　个人自付 12,356.77元\n支付方式：银行卡（尾号7305）',
  ],
  [
    'billing',
    '住院预交金退款申请\n患者[[PERSON|濮阳卉]]已于[[DATE|11月21日]]出院，预交金余额3,200.00元，申请退至其兄[[PERSON|濮阳建华]]名下银行卡[[BANK_CARD|6222938166622631885]]（工商银行新街口支行）。\n申请人身份证号：[[ID_CARD|320583199002144336]]\n申请人电话：[[PHONE|13851426073]]',
  ],
  [
    'billing',
    '商业医疗险理赔申请书\n被保险人：[[PERSON|仲玉洁]]　身份证号：[[ID_CARD|620102198806060206]]\n保单号：[[INSURANCE_ID|P880120261049372]]\n出险日期：[[DATE|2026年10月30日]]　就诊医院：市第三人民医院\n申请金额：8,740元\n收款账户：[[BANK_CARD|6228 5492 6795 8108 882]]　户名：[[PERSON|仲玉洁]]\n联系邮箱：[[EMAIL|zhongyujie88@example.com.cn]]',
  ],
  [
    'billing',
    '医疗收费票据（电子）\n票据代码：33060126　票据号码：0048172935\n交款人：[[PERSON|赖怡宁]]　医保编码：[[INSURANCE_ID|33010600A7139582]]　门诊号：[[MRN|0098716324]]\n开票日期：[[DATE|2026-11-20]]\n西药费 86.40　检查费 320.00　治疗费 45.00\n合计（大写）肆佰伍拾壹元肆角\n收款员：0217',
  ],
  [
    'online-consult',
    '互联网医院·图文问诊\n问诊单号：[[MRN|WZ2611210347]]\n注册证件：护照 [[PASSPORT|E73018264]]\n提问者：[[PERSON|羊]]女士，34岁\n患者：我家宝宝11个月，昨晚开始拉水样便5次，不发烧，精神还行，尿比平时少一点。\n医生（[[PERSON|骆晓川]]）：继续母乳，按说明冲服口服补液盐III，每次拉完喂50–100ml。如果精神差、6小时没尿或者大便带血，请马上线下就诊。',
  ],
  [
    'online-consult',
    '视频复诊记录\n复诊编号：[[MRN|SP-20261119-0612]]\n患者：[[PERSON|冀文轩]]，男，54岁，身份证[[ID_CARD|15010219720127217X]]\n登录IP：[[IP|203.0.113.57]]\n高血压复诊，家庭自测血压135–142/85–90mmHg，无头痛胸闷。续方：氨氯地平5mg qd＋厄贝沙坦150mg qd。药品邮寄至[[ADDRESS|河北省石家庄市长安区建设北大街226号华夏小区6-1-302]]，收件电话[[PHONE|13131870462]]。',
  ],
  [
    'online-consult',
    '在线药师咨询\n用户：孕22周，感冒咳嗽三天了，能不能吃右美沙芬？\n药师：孕中期短期使用单方右美沙芬一般认为风险较低，但很多复方感冒药含伪麻黄碱等成分，请把药盒照片发来确认；如果发热超过38.5℃或者喘不上气，需要线下就诊。',
  ],
  [
    'patient-message',
    '[[PERSON|庞]]医生您好，我是上周四做肠镜的[[PERSON|苏慕白]]，病理结果出来了吗？报告单上的病理号是[[MRN|P26-20193]]。我这周五下午有空来拿，或者能不能发到我邮箱[[EMAIL|sumubai1990@example.net.cn]]？谢谢您！',
  ],
  [
    'patient-message',
    '护士站留言本　[[DATE|11.21]]\n"我是[[MRN|9]]床[[PERSON|鄢伯涛]]的女儿，我爸晚上老起来找东西、说胡话，白天又正常，麻烦夜班多留意。我手机[[PHONE|137 6021 5894]]，晚上十点后也可以打。——[[PERSON|鄢小薇]]"',
  ],
  [
    'patient-message',
    '感谢信\n尊敬的肝胆外科全体医护人员：\n我是[[ADDRESS|江西省萍乡市芦溪县]]的[[PERSON|桓一凡]]。[[DATE|10月13日]]深夜，我父亲[[PERSON|桓德顺]]因肝癌破裂出血被送进急诊，是[[PERSON|宁海川]]主任连夜为他手术，护士长[[PERSON|鲁娟]]和护士们悉心照顾，父亲已于[[DATE|11月6日]]康复出院。在此深表感谢！\n[[PERSON|桓一凡]]　敬上\n[[DATE|2026年11月20日]]',
  ],
  [
    'patient-message',
    '【患者服务平台留言】\n用户名：[[ACCOUNT|lilac_wei_77]]　提交IP：[[IP|198.51.100.23]]\n内容：我[[DATE|11月16日]]在贵院体检（体检号[[MRN|TJ2611160822]]），报告说甲状腺结节TI-RADS 3类，需要挂哪个科？另外报告上的手机号写错了，正确的是[[PHONE|15907316284]]，麻烦帮忙更正。——[[PERSON|卫丽娜]]',
  ],
  [
    'family-chat',
    '【相亲相爱一家人】\n[[PERSON|悠然]]：爸今天下午做完支架了，医生说很成功，今晚在CCU观察\n二叔：太好了！平时那么悠然自得的人，这次可吓坏我们了\n[[PERSON|悠然]]：明天转普通病房\n[[PERSON|建屏]]：我明天上午去替你，你回去睡一觉\n小姑：押金够不够？\n[[PERSON|悠然]]：不够的话你们转到我这张卡[[BANK_CARD|6217422820361006]]，医保能报一大半',
  ],
  [
    'family-chat',
    '[[PERSON|梅子]]：奶奶复查结果出来了，血红蛋白98，医生说[[AGE|91]]岁这个数还行\n小[[PERSON|凯]]：骨密度呢？\n[[PERSON|梅子]]：T值-3.1，要打唑来膦酸，约在[[DATE|12月3日]]上午老年科日间病房\n小[[PERSON|凯]]：那天我请假开车送\n妈：我也去',
  ],
  [
    'family-chat',
    '[[PERSON|胡桃]]：舅舅明天出院，谁去接？\n[[PERSON|陈默]]：我开车去，车牌[[PLATE|粤B·5QX82]]，在住院部东门等\n[[PERSON|胡桃]]：出院带药别忘了，出院小结复印两份\n[[PERSON|陈默]]：好。接回[[ADDRESS|深圳市南山区桃园路田厦金牛广场A座1708]]还是去外婆家？\n[[PERSON|胡桃]]：先回他自己家',
  ],
  [
    'family-chat',
    '大姐：妈的降压药快吃完了\n二弟：周末我带她去社区医院开\n大姐：记得带医保卡和上次的化验单\n二弟：收到👌',
  ],
  [
    'sms-reminder',
    '【市妇幼保健院】尊敬的[[PERSON|甘棠]]女士，您预约的[[DATE|11月26日]]（周四）上午9:30产科门诊（[[PERSON|岑]]医生）已成功，就诊序号12。请携带身份证及《母子健康手册》，提前30分钟到2楼自助机签到。退订回T',
  ],
  [
    'sms-reminder',
    '【城东社区卫生服务中心】您好，您家孩子[[PERSON|萧一诺]]的13价肺炎疫苗第3剂应于[[DATE|2026年12月2日]]前接种，请携带预防接种证到中心二楼接种门诊，可提前在线预约：[[URL|https://yy.example.cn/jz?c=cd01]]。咨询电话：0571-8602 3317。',
  ],
  [
    'advance-directive',
    '生前预嘱（我的五个愿望）\n本人：[[PERSON|慕容淑贞]]，女，[[AGE|九十二]]岁\n身份证号：[[ID_CARD|110105340612024]]\n住址：[[ADDRESS|北京市朝阳区安贞西里四区11号楼1门403]]\n一、在生命末期，我不要心肺复苏、气管插管和呼吸机。\n二、我希望尽量减轻疼痛，哪怕因此睡得多一些。\n三、我希望在家中或安宁病房离世，身边有女儿[[PERSON|周慕兰]]和外孙[[PERSON|林骁]]。\n医疗代理人：[[PERSON|周慕兰]]，电话[[PHONE|13801274586]]\n见证人：[[PERSON|钮建民]]（社区医生）　签署日期：[[DATE|2026年11月17日]]',
  ],
  [
    'advance-directive',
    '不实施心肺复苏（DNR）意愿书\n患者[[PERSON|司马秋菊]]，[[MRN|6]]床，住院号[[MRN|LN0038214]]，晚期肺腺癌伴脑转移。经与患者本人及儿子[[PERSON|司马瑞]]多次沟通，患者明确表示病情恶化时不接受胸外按压、电除颤及气管插管，继续镇痛、吸氧及舒适护理。\n患者签名：[[PERSON|司马秋菊]]　家属签名：[[PERSON|司马瑞]]\n经治医师：[[PERSON|常玉婷]]　[[DATE|2026-11-21]]',
  ],
  [
    'bereavement',
    '安宁疗护哀伤随访记录\n逝者：[[PERSON|郝春林]]（病案号[[MRN|AN260519]]），[[DATE|2026年10月28日]]于本院安宁病房离世。\n随访对象：配偶[[PERSON|温淑英]]，68岁\n随访日期：[[DATE|2026-11-20]]（离世后第23天），电话随访\n情况：诉入睡困难、食欲差，常翻看老伴照片流泪，否认自伤念头。女儿[[PERSON|郝佳]]每周回家两次。\n计划：邀请参加下月哀伤支持小组；[[DATE|12月10日]]再次电话随访（家中座机[[PHONE|0311-8695 2270]]）。\n社工：[[PERSON|汤子墨]]',
  ],
  [
    'bereavement',
    '逝者遗物领取登记\n逝者姓名：[[PERSON|冯秉义]]　床号：[[MRN|19]]　旧身份证号：[[ID_CARD|210102520229113]]\n死亡日期：[[DATE|2026年11月19日]]\n遗物：手机1部、老花镜1副、现金320元、金戒指1枚\n领取人：[[PERSON|冯晓婷]]　关系：女儿　身份证号：[[ID_CARD|441302197607212645]]\n联系电话：[[PHONE|13725096413]]　车辆[[PLATE|浙C·8M3Q1]]（已登记进入太平间通道）\n领取日期：[[DATE|2026-11-20]]　经办护士：[[PERSON|闻雅]]',
  ],
  [
    'home-oxygen',
    '家庭制氧机及血氧仪配送单\n用户：[[PERSON|仇振海]]　身份证：[[ID_CARD|230103197911110534]]\n诊断：COPD伴慢性呼吸衰竭　处方流量：2L/min，每日≥15小时\n医保编号：[[INSURANCE_ID|23010300486217]]\n送货地址：[[ADDRESS|哈尔滨市南岗区学府路74号家属楼5单元201]]\n联系人：[[PERSON|仇丽]]（女儿）[[PHONE|15046713928]]\n送货日期：[[DATE|2026年11月23日]]　设备序列号：OXC5-2211-09847\n配送员：[[PERSON|牛海峰]]',
  ],
  [
    'home-oxygen',
    '医用氧气瓶租赁登记表\n日期｜租用人｜瓶号｜押金｜联系电话\n[[DATE|11/18]]｜[[PERSON|涂桂芬]]｜O2-047｜500元｜[[PHONE|18679203154]]\n[[DATE|11/19]]｜[[PERSON|龙三妹]]｜O2-112｜500元｜[[PHONE|13970845261]]\n[[DATE|11/21]]｜[[PERSON|涂桂芬]]｜O2-047（换瓶）｜—｜—\n备注：[[PERSON|龙三妹]]押金退回至原支付卡[[BANK_CARD|6212180999043319]]。',
  ],
  [
    'meal-service',
    '营养食堂病区订餐单　[[DATE|11月22日]]午餐\n[[MRN|2]]床　[[PERSON|栾宏伟]]　糖尿病餐，主食减半\n[[MRN|6]]床　[[PERSON|韩]]阿婆　低盐流质（吞咽障碍，IDDSI 3级）\n[[MRN|13]]床　[[PERSON|沐晨曦]]　清真餐\n20床　禁食（明日手术）\n送餐员核对：[[PERSON|孔令春]]',
  ],
  [
    'meal-service',
    '【医院订餐小程序】订单确认\n下单账号：[[ACCOUNT|wx_yunduo1127]]\n送餐位置：住院部B栋7楼骨科 [[MRN|35]]床　收餐人：[[PERSON|孟云朵]]\n餐品：小米南瓜粥×1，清蒸鲈鱼×1（少盐）\n送达时间：[[DATE|2026-11-21]] 11:30–12:00\n联系电话：[[PHONE|17723054918]]\n订单号：DC2611210558',
  ],
  [
    'support-group',
    '乳腺癌康复病友会·十一月活动签到表\n日期：[[DATE|2026年11月15日]]\n1　[[PERSON|岳红梅]]　[[PHONE|13308726514]]\n2　[[PERSON|童思懿]]　[[PHONE|15982340716]]\n3　[[PERSON|阮玉兰]]　（未留电话）\n4　[[PERSON|梁志远]]（家属）　同上\n主持：[[PERSON|蒲文君]]护士　下次活动：[[DATE|12月20日]]',
  ],
  [
    'support-group',
    '【控糖互助群】（社区卫生服务中心建群）\n[[PERSON|葛素芳]]：今天空腹6.1，坚持快走四十分钟\n[[PERSON|廖俊驰]]：我昨天吃了半块月饼，餐后到了14.2\n[[PERSON|钱]]医生：@[[PERSON|廖俊驰]] 一块月饼的热量差不多两碗米饭，下次切成四小块\n[[PERSON|葛素芳]]：[[PERSON|钱]]医生，周六的义诊还查眼底吗？\n[[PERSON|钱]]医生：查的，[[DATE|11月28日]]上午8点，带上医保卡',
  ],
  [
    'debt-collection',
    '住院欠费催缴通知书\n[[PERSON|邝家乐]]先生（身份证号[[ID_CARD|520102198501013077]]）：\n您于[[DATE|2026年9月3日]]至[[DATE|9月19日]]在我院住院治疗（住院号[[MRN|ZY2609033]]），截至目前尚欠医疗费用4,286.50元。请于收到本通知后30日内到住院收费处结清，确有困难可申请分期或医疗救助。\n寄送地址：[[ADDRESS|贵阳市南明区花果园R1区9栋2单元1803]]\n医院财务科　[[DATE|2026年11月20日]]',
  ],
  [
    'debt-collection',
    '欠费电话催收记录\n[[DATE|11/19]] 14:20 拨打患者[[PERSON|仝海龙]]（门诊号[[MRN|MZ8816042]]）手机[[PHONE|13583107429]]，未接。\n[[DATE|11/20]] 09:05 再次拨打，本人接听，称已出院回[[ADDRESS|山东省菏泽市郓城县]]老家，经济困难，同意本月底前先付1,000元，余款分3期，从其本人银行卡[[BANK_CARD|6259 3494 3835 2516]]代扣。\n经办：[[PERSON|莫]]会计',
  ],
  [
    'wig-bank',
    '爱心假发捐赠登记\n捐发人：[[PERSON|安若溪]]　年龄：9岁（监护人[[PERSON|安振邦]]代签）\n头发长度：32cm，未烫未染\n联系电话：[[PHONE|13166024785]]\n证书邮寄地址：[[ADDRESS|上海市徐汇区宜山路455弄6号1102室]]\n登记日期：[[DATE|2026-11-16]]\n受赠者：待分配（化疗患儿）',
  ],
  [
    'wig-bank',
    '化疗患者假发领取单\n领取人：[[PERSON|车晓楠]]　女　16岁　血液科[[MRN|27]]床\n诊断：霍奇金淋巴瘤，ABVD方案化疗中\n假发编号：WG-0317　发色：自然黑　尺寸：中\n领取日期：[[DATE|2026年11月22日]]\n监护人：[[PERSON|车建勋]]　身份证：[[ID_CARD|50010619650208315X]]　电话：[[PHONE|18623094570]]',
  ],
];

const en: Array<[string, string]> = [
  [
    'admission',
    "ADMISSION H&P — Internal Medicine\nPatient: [[PERSON|Rosalind Achterhof]]   MRN: [[MRN|40027718]]   DOB: [[DATE|03/14/1951]]\nAdmit date: [[DATE|11/21/2026]]   Room [[MRN|614]]\nCC: fever and confusion x2 days.\nHPI: 75F with T2DM, CKD 3a and recurrent UTIs, brought in by her son [[PERSON|Ewan]] from her home at [[ADDRESS|2217 Larkspur Ln, Apt 3, Bismarck, ND 58501]]. T 39.1, HR 112, BP 94/58, lactate 3.4. UA nitrite+, LE 3+. qSOFA 2.\nA/P: urosepsis — blood cultures, then ceftriaxone 1 g IV q24h; 30 mL/kg crystalloid. Son's cell [[PHONE|(701) 555-0146]].",
  ],
  [
    'admission',
    'ED clerking — Resus [[MRN|2]], [[DATE|22/11/2026]] 01:40\n[[PERSON|Cormac Fitzsimons]], 34M, cyclist vs car at a roundabout, helmeted. Car reg [[PLATE|YR19 KTE]] noted by police at scene. GCS 14 (E3V5M6). L chest pain; CXR: L 4th–6th rib fractures, small pneumothorax. Chest drain inserted by Dr [[PERSON|Awolowo]].\nNHS no. [[INSURANCE_ID|999 176 5123]]   Hospital no. [[MRN|RX4418027]]\nPartner [[PERSON|Clodagh]] on her way — [[PHONE|07700 900381]].',
  ],
  [
    'admission',
    'Medical admission — Sat [[DATE|21 Nov 2026]]\nName: [[PERSON|Jarrah Whitlock-Nguyen]]   UR: [[MRN|0883162]]   Medicare: [[INSURANCE_ID|6756 69124 9]] / 1\n68yo, lives alone at [[ADDRESS|14 Banksia Cres, Mount Gambier SA 5290]]. 3/7 productive cough, SOB, RR 26, SpO2 89% RA. CURB-65 2. CXR: RLL consolidation.\nPlan: IV benzylpenicillin + oral doxycycline, O2 to 92–96%.\nNOK: daughter [[PERSON|Tarni]], [[PHONE|0491 570 159]].',
  ],
  [
    'admission',
    'PEDIATRIC ADMISSION NOTE\nPatient: [[PERSON|Matthias Oyewumi]], 6-wk-old M, MRN [[MRN|P-5530912]], DOB [[DATE|10/09/2026]]\nAdmitted [[DATE|Nov 20, 2026]] with projectile non-bilious vomiting. US pylorus: muscle 4.6 mm, channel 19 mm — hypertrophic pyloric stenosis. Na 131, Cl 88, HCO3 34.\nPlan: NPO, D5 ½NS + 20 KCl at 1.5x maintenance; pyloromyotomy once lytes corrected.\nParents: [[PERSON|Abimbola]] and [[PERSON|Hallvard Oyewumi]], [[PHONE|(503) 555-0148]]. Oregon Health Plan ID [[INSURANCE_ID|OHP4419027]].',
  ],
  [
    'progress-note',
    'Progress note — HD#3 ([[DATE|11/22]])\nS: Mr. [[PERSON|Ugwuanyi]] slept poorly; incision pain 4/10.\nO: T 37.9, HR 96, drain 60 mL serosanguinous. Hb 9.8 (from 11.2).\nA: POD2 after open AAA repair, low-grade fever.\nP: wean PCA, incentive spirometry, CXR; blood cultures if T > 38.3. Discussed with wife [[PERSON|Ezinne]] at bedside.\n— [[PERSON|R. Castelnuovos-Pike]], PGY-2',
  ],
  [
    'progress-note',
    'Ward round [[DATE|23/11/26]] — Bay 4, bed [[MRN|2]]\n[[PERSON|HOLLINGWORTH, Maud]] (Hosp no [[MRN|K7712094]])\nDay 5 IV flucloxacillin for L leg cellulitis. Erythema receding inside the marked margin. CRP 46 (was 188). Afebrile 48 h.\nPlan: switch to oral, home tomorrow if mobilising safely with PT. Daughter ([[PERSON|Penelope]]) to collect.\nConsultant: Dr [[PERSON|Mirza]]',
  ],
  [
    'progress-note',
    'Inpatient psychiatry progress note, [[DATE|November 21, 2026]]. Pt [[PERSON|Lucian Dragomir]] (MRN [[MRN|3350-881]]) on day 9 of admission for a manic episode; YMRS down from 31 to 14. Lithium 0.8 mmol/L, TSH and creatinine normal. Slept 6 h. Denies SI/HI. Continue lithium 900 mg qhs and olanzapine 10 mg qhs. Likely discharge [[DATE|11/25]] to his apartment at [[ADDRESS|908 Sycamore St Apt 4C, Allentown, PA 18102]].',
  ],
  [
    'discharge',
    'DISCHARGE SUMMARY\nName: [[PERSON|Philippa Nakashima-Reid]]   MRN: [[MRN|22058143]]   DOB: [[DATE|07/30/1962]]\nAdmitted: [[DATE|11/16/2026]]   Discharged: [[DATE|11/21/2026]]\nDx: NSTEMI; 2-vessel CAD, DES to LAD and RCA.\nMeds: aspirin 81 mg daily, ticagrelor 90 mg BID x 12 months, atorvastatin 80 mg, metoprolol succinate 25 mg.\nFollow-up: cardiology, Dr. [[PERSON|Venkatesan]], [[DATE|12/03/2026]]; cardiac rehab referral sent.\nPCP: Dr. [[PERSON|Lorna Beckwith]]',
  ],
  [
    'discharge',
    'Dear Dr [[PERSON|Dunstan]],\nRe: [[PERSON|Ivor Prosser-Gwynne]], DOB [[DATE|02/05/1939]], NHS [[INSURANCE_ID|9994784773]]\n[[ADDRESS|7 Heol y Nant, Pontypridd CF37 4TR]]\nYour patient was admitted on [[DATE|14/11/2026]] with delirium secondary to constipation and urinary retention. He was discharged on [[DATE|21/11/2026]] with a long-term catheter; trial without catheter planned with the district nurses in two weeks.\nYours sincerely,\nDr [[PERSON|Esyllt Prydderch]], ST4 Geriatric Medicine',
  ],
  [
    'discharge',
    'Discharge note — [[PERSON|Winnifred Carruthers-Bligh]], [[AGE|93]], from Ward 7B to [[ADDRESS|Rosemount Lodge, 41 Tamar Rd, Launceston TAS 7250]] on [[DATE|20 Nov 2026]]. Treated for hyponatraemia (Na 118 → 131) due to thiazide; indapamide ceased. Fluid restriction 1.2 L/day for one week. GP Dr [[PERSON|Hassan Qadri]] to recheck sodium in 3 days. Medicare [[INSURANCE_ID|2581 75633 9]].',
  ],
  [
    'discharge',
    'Head injury advice (child): Come back to the Emergency Department straight away if your child vomits more than twice, becomes unusually sleepy or hard to wake, has a fit, or has clear fluid coming from the nose or ears. Give paracetamol for pain; avoid contact sport for two weeks.',
  ],
  [
    'outpatient',
    'Hepatology clinic — [[DATE|19 Nov 2026]]\n[[PERSON|Bartholomew Sweeney-Okoro]], 58, hospital no. [[MRN|H0429917]]\nHep C genotype 3, treatment-naive; FibroScan 13.8 kPa (F3/F4). Start sofosbuvir/velpatasvir for 12 weeks. HCC surveillance ultrasound every 6 months. Lives with partner [[PERSON|Padraic]] in [[ADDRESS|Eccles]].',
  ],
  [
    'outpatient',
    "Endocrinology follow-up\nPt: [[PERSON|Soledad Arriaga-Benítez]] | DOB [[DATE|1988-06-17]] | Acct [[MRN|A-7730519]]\nVisit [[DATE|2026-11-20]]. Graves' disease on methimazole 10 mg; FT4 1.3, TSH 0.08, TRAb trending down. Plan: taper to 5 mg, labs in 6 weeks. Prefers portal messages (user [[ACCOUNT|soledad.ab88]]) to phone calls.",
  ],
  [
    'outpatient',
    'GYN clinic note [[DATE|11/18/26]]\n[[PERSON|Keziah Ofosu-Appiah]], 42, G3P2, heavy menstrual bleeding for 1 yr, Hb 9.1. TVUS: 3.2 cm intramural fibroid, endometrium 9 mm. Endometrial biopsy today (specimen [[MRN|S26-44107]]). Options discussed: LNG-IUS vs hysteroscopic myomectomy. Prefers IUS — booked [[DATE|12/02/26]].',
  ],
  [
    'outpatient',
    'Fracture clinic: [[PERSON|Tobiah Lindahl-Moe]], 27, L distal radius fracture on [[DATE|9 Nov]] after falling off an e-scooter. Cast check today — position held on x-ray. Cast off at 6 weeks. Works as a sign-language interpreter, fit note given for 4 weeks. Mobile [[PHONE|0113 496 0619]].',
  ],
  [
    'outpatient',
    'Cardiology outpatients — seen [[DATE|17/11/2026]]\n[[PERSON|Hemi Te Rangi-Walker]], NHI [[INSURANCE_ID|JKT4827]]\nAF, CHA2DS2-VASc 3. Dabigatran 150 mg BD, metoprolol 47.5 mg daily; rate controlled. Echo: LA dilated, EF 55%.\nLives at [[ADDRESS|26 Kowhai Street, Te Awamutu 3800]]; son [[PERSON|Wiremu]] helps with medicines.',
  ],
  [
    'outpatient',
    'Allergy clinic — [[PERSON|Juniper Castelnuovo]], age 7, peanut allergy. SPT wheal 9 mm, Ara h 2 sIgE 4.1 kU/L; oral food challenge not advised. Two adrenaline auto-injectors (0.3 mg) and an updated action plan; copy to school nurse Mrs [[PERSON|Marlowe]]. Parent [[PERSON|Valentina Castelnuovo]], [[EMAIL|v.castellano@example.com]]. Review [[DATE|May 2027]].',
  ],
  [
    'outpatient',
    'Memory clinic: MoCA 21/30 (lost points on delayed recall and clock drawing). B12, folate and TSH normal. CT head: generalised atrophy, no focal lesion. Plan: discuss the diagnosis with patient and family at the next visit; driving to be reviewed.',
  ],
  [
    'outpatient',
    'Sexual health clinic — clinic no. [[MRN|GUM-228471]]\nAttended [[DATE|20/11/2026]]. Prefers not to give a surname; first name [[PERSON|Kobina]]. NAAT positive for chlamydia. Doxycycline 100 mg BD for 7 days. Two partners to be contacted by the health adviser.',
  ],
  [
    'referral',
    'Referral: urgent suspected lower GI cancer (2WW)\nPatient: [[PERSON|Gethin Ap Rhys]]   DOB [[DATE|11/03/1957]]   NHS No [[INSURANCE_ID|999 628 4174]]\nAddress: [[ADDRESS|3 Bryn Celyn, Llandeilo SA19 6BX]]\nTel: [[PHONE|01632 960537]] (home), mobile [[PHONE|07700 900645]]\nFIT 212 µg/g; iron-deficiency anaemia (Hb 98, ferritin 6); 5 kg weight loss.\nReferring GP: Dr [[PERSON|Nerys Bowen]]',
  ],
  [
    'referral',
    "[[DATE|November 19, 2026]]\nDear Dr. [[PERSON|Fairbanks]],\nI'm referring Mrs. [[PERSON|Honora Quintero-Blaise]] (DOB [[DATE|4/2/1948]]) for evaluation of progressive dysphagia to solids and a 12-lb weight loss over 3 months. Barium swallow suggests a distal esophageal stricture. She has Medicare, MBI [[INSURANCE_ID|4TR7-KX2-NG83]]. Her daughter [[PERSON|Candelaria]] coordinates appointments: [[PHONE|(915) 555-0123]].\nSincerely,\n[[PERSON|Abigail Nwosu-Hart]], DO",
  ],
  [
    'referral',
    'GP referral to Rheumatology, [[DATE|18 Nov 2026]]\nRe: [[PERSON|Caoimhe Ní Dhubhghaill]], [[ADDRESS|Apt 12, Harbour View, Cobh, Co. Cork P24 X8K2]]\nSix weeks of bilateral MCP and wrist swelling, early-morning stiffness 90 min, CRP 34, anti-CCP strongly positive. No steroids given pending your review. Thank you for seeing her.\nDr [[PERSON|Ruairí Kavanagh]]',
  ],
  [
    'handover',
    'SBAR to night RN\nS: [[PERSON|Augustin Delacroix-Mwangi]], bed [[MRN|11]], POD1 total knee replacement, BP 88/50 at 18:00.\nB: 79M, HTN on amlodipine + ramipril (both given this morning), spinal anaesthetic.\nA: likely hypovolaemia plus antihypertensives; UO 20 mL/h for 2 h.\nR: 500 mL bolus given; hold antihypertensives; recheck 21:00; call Dr [[PERSON|Sørensen]] if SBP < 90. Wife [[PERSON|Hélène]] will ring at 20:00.',
  ],
  [
    'handover',
    'ED board handover [[DATE|21 Nov]] 19:00\nCubicle | Patient | Issue | To do\n[[MRN|3]] | [[PERSON|T. Hebblethwaite]] | chest pain, trop 14→15 | d/c if ECG unchanged\n[[MRN|6]] | [[PERSON|Ngaio Pirini]] | pyelonephritis | awaiting bed; gent due 22:00\n9 | (empty) | — | —\n[[MRN|12]] | [[PERSON|Zdzisław Gąsior]] | ETOH, scalp lac | sutured; neuro obs 2-hourly\nOutgoing: Dr [[PERSON|Mbatha]]',
  ],
  [
    'handover',
    'Anaesthetic handover to recovery: [[PERSON|Inês Carvalho-Brandt]], 46F, lap chole, ASA 2, GA/ETT, uneventful. Fentanyl 150 mcg, paracetamol 1 g, ondansetron 4 mg and dexamethasone 4 mg (PONV history). Recovery bay [[MRN|4]]. Home today if tolerating fluids; lift home with husband [[PERSON|Friedrich]], mobile [[PHONE|+44 7700 900582]].',
  ],
  [
    'nursing-note',
    'Nursing note [[DATE|11/22/2026]] 03:15 — Rm [[MRN|418]]\nPt [[PERSON|Eulalia Montgomery-Fox]] found on floor beside bed; states she slipped walking to the bathroom. Denies head strike. Neuro checks WNL. Small skin tear R forearm, dressed. Bed alarm now on. Charge RN [[PERSON|Apolline]] and hospitalist Dr. [[PERSON|Ibekwe]] notified. Son [[PERSON|Lawrence]] informed by phone 03:40.',
  ],
  [
    'nursing-note',
    'District nursing visit — Mon [[DATE|23 Nov]]\nMr [[PERSON|Albert Greenhalgh]], [[ADDRESS|22 Moss Lane, Bolton BL1 6QH]] (key safe by back door).\nVenous leg ulcer L gaiter, 4.2 × 3.0 cm, sloughy base, moderate exudate. Cleansed; non-adherent dressing and two-layer compression applied. ABPI 0.92. Next visit Thursday.',
  ],
  [
    'nursing-note',
    'Nursing note: comfortable overnight, pain 2/10, voided x3, walked to bathroom with frame. Skin intact, Braden 17. Call bell within reach; encouraged oral fluids.',
  ],
  [
    'lab-report',
    'LABORATORY REPORT\nPatient: [[PERSON|MCALLISTER, Fenella J]]   MRN: [[MRN|77104256]]\nAccession: [[MRN|C26-330918]]   Collected: [[DATE|11/20/2026]] 06:30\nHbA1c 8.9 % (4.0–5.6)\nLDL-C 142 mg/dL (<100)\neGFR 54 mL/min/1.73m²\nUACR 186 mg/g (<30)\nOrdering provider: [[PERSON|Kwabena Asante-Darko]], MD',
  ],
  [
    'lab-report',
    'Critical result phoned [[DATE|22 Nov 2026]] 04:52 — potassium 2.4 mmol/L on [[PERSON|Shabnam Farrokhzad]] (URN [[MRN|5520147]]), ward 3 bed [[MRN|14]]. Read back by RN [[PERSON|Tyson Leaupepe]]. Called by lab scientist [[PERSON|Mele Vainikolo]].',
  ],
  [
    'lab-report',
    'Microbiology — blood cultures\nPatient: [[PERSON|Aurelio Bianchetti]] (overseas visitor, passport [[PASSPORT|YA4019273]])   Lab no. [[MRN|M2611-00473]]\nCollected [[DATE|19/11/2026]]; positive at 14 h, Gram-negative bacilli. ID: Escherichia coli, ESBL producer. S: meropenem, amikacin, nitrofurantoin. R: ceftriaxone, ciprofloxacin.\nPhoned to Dr [[PERSON|Gwendolyn Mace]] [[DATE|20/11/2026]].',
  ],
  [
    'lab-report',
    'SURGICAL PATHOLOGY REPORT\nAccession #: [[MRN|SP-26-19433]]\nPatient: [[PERSON|Thaddeus Kaczmarczyk]]   DOB: [[DATE|08/23/1949]]   Received: [[DATE|11/17/2026]]\nSpecimen: skin, right cheek, excision\nDiagnosis: basal cell carcinoma, nodular type; margins clear (closest 2 mm, deep).\nPathologist: [[PERSON|Beatrix Oduwole]], MD',
  ],
  [
    'imaging-report',
    'CT ABDOMEN/PELVIS WITH CONTRAST\nPatient: [[PERSON|Ezra Blumenfeld]] | MRN [[MRN|19-448210]] | Exam [[DATE|11/21/2026]]\nSelf-pay international visitor, passport [[PASSPORT|32918467]].\nIndication: RLQ pain, fever.\nFindings: appendix 11 mm with periappendiceal fat stranding and an appendicolith; no abscess or free air.\nImpression: acute uncomplicated appendicitis. Called to Dr. [[PERSON|Ostrander]] at 14:10.',
  ],
  [
    'imaging-report',
    'XR CHEST PA/LAT — [[PERSON|Lilou Marchesini]], 4 y, accession [[MRN|XR88120457]], [[DATE|20 Nov 2026]].\nFindings: patchy right middle lobe opacity; no effusion.\nImpression: RML pneumonia. Reported by Dr [[PERSON|Kalani Kealamakia]].',
  ],
  [
    'imaging-report',
    'MRI lumbar spine for [[PERSON|Rhiannon Tregear]], done [[DATE|18/11]]: L4/5 broad-based disc protrusion with moderate canal stenosis and bilateral lateral recess narrowing; no cauda equina compression. Radiology ref [[MRN|RAD-3391780]].',
  ],
  [
    'prescription',
    'e-Prescription\nPatient: [[PERSON|Wilhelmina Adeyemi-Strand]]   DOB [[DATE|02/11/1977]]\nAddress: [[ADDRESS|4410 Cottonwood Dr, Boise, ID 83704]]\nRx# [[MRN|6628014]]\nSertraline 50 mg tab — 1 tab PO daily — #30, 2 refills\nPrescriber: [[PERSON|Anand Sundararajan]], MD',
  ],
  [
    'prescription',
    'Mrs [[PERSON|Gladys Penrose-Tonkin]]\nApixaban 2.5mg tablets — take ONE tablet TWICE a day.\n[[DATE|21/11/26]]   Qty 56\nKeep out of the reach and sight of children.\nTrelawney Pharmacy, Truro',
  ],
  [
    'prescription',
    'PBS authority prescription\nPatient: [[PERSON|Lachlan Dunleavy]]   Medicare [[INSURANCE_ID|3497 43721 1]] / 2\nAddress: [[ADDRESS|9/17 Ocean Pde, Coogee NSW 2034]]\nOxycodone 5 mg IR tablets — 1 every 4 h when required, qty 20, no repeats\nAuthority approval no. 8830215\nPrescriber: Dr [[PERSON|Mei-Ling Haverford]]   Date: [[DATE|20/11/2026]]',
  ],
  [
    'consent',
    'INFORMED CONSENT — COLONOSCOPY WITH POSSIBLE POLYPECTOMY\nI, [[PERSON|Percival Amankwah-Lane]], understand the risks, including bleeding (about 1 in 1,000) and perforation (about 1 in 3,000), and the alternatives (CT colonography, no test).\nDate: [[DATE|11/20/2026]]\nWitness: [[PERSON|Rosa Valdivieso]], RN   Physician: [[PERSON|Haruto Kimball]], MD',
  ],
  [
    'consent',
    'Consent Form 1 — [[PERSON|Bogdan Stoyanov]], hospital no. [[MRN|W3308917]], ID checked: Bulgarian passport [[PASSPORT|382107649]].\nProcedure: right inguinal hernia repair (open, mesh). Bulgarian interpreter [[PERSON|Raina Petkova]] present throughout. Patient signed [[DATE|19 November 2026]].',
  ],
  [
    'consent',
    'Parental consent — MMR catch-up vaccination\nChild: [[PERSON|Zaid Al-Khouri]]   DOB [[DATE|14/06/2020]]\nParent/guardian: [[PERSON|Rania Al-Khouri]] (mother)\nContact: [[PHONE|07700 900739]], [[EMAIL|rania.alkhouri@example.co.uk]]\n☑ I consent   ☐ I do not consent',
  ],
  [
    'billing',
    'STATEMENT — patient account [[MRN|PA-00418822]]\nGuarantor: [[PERSON|Cornelius Vandermolen]]\n[[ADDRESS|1188 Prairie Wind Rd, Sioux Falls, SD 57106]]\nDate of service [[DATE|10/27/2026]]: ER visit level 4 $1,240.00; CT head $890.00\nInsurance paid (BCBS member ID [[INSURANCE_ID|XQB884021573]]): $1,512.00\nPatient balance: $618.00 — pay online at [[URL|https://pay.example.com/acct/PA-00418822]]',
  ],
  [
    'billing',
    'Card payment authorisation\nName on card: [[PERSON|H. R. Whitlam-Shore]]\nCard number: [[BANK_CARD|4776 0521 9374 0102]]   Expiry 09/29\nAmount: £145.00 (physiotherapy × 3 sessions)\nBilling address: [[ADDRESS|Flat 2, 19 Cathedral Walk, Wells BA5 2LH]]\nSigned [[DATE|20/11/2026]]',
  ],
  [
    'billing',
    'Travel insurance medical claim\nInsured: [[PERSON|Anneliese Hofbauer]]   Policy: [[INSURANCE_ID|TRV-6618342-DE]]   Passport: [[PASSPORT|C4JX79R25]]\nIncident [[DATE|13 Nov 2026]]: fractured left ankle while tramping near Queenstown; ORIF in Dunedin on [[DATE|15 Nov 2026]].\nReimburse to Mastercard [[BANK_CARD|5180 2198 8907 3000]].\nEmail: [[EMAIL|a.hofbauer@example.de]]',
  ],
  [
    'billing',
    'Payment plan agreement — [[PERSON|Marguerite Lavallee-Osei]], dental account [[MRN|DEN-55102]]\nSix monthly instalments of $310.00 charged to Amex [[BANK_CARD|3770 736203 79299]].\nContact: [[EMAIL|mlavallee@example.net]] / [[PHONE|(617) 555-0138]]',
  ],
  [
    'online-consult',
    "Telehealth chat — visit ID [[MRN|TV-881204]]\n[[PERSON|Noor Barakat]]: Hi, it's been burning when I pee since yesterday, no fever, not pregnant.\n[[PERSON|Fiona Larkin-Doyle]], NP: Any back pain or blood in the urine?\n[[PERSON|Noor Barakat]]: No.\n[[PERSON|Fiona Larkin-Doyle]], NP: Sounds like an uncomplicated UTI. I'll send nitrofurantoin 100 mg twice daily for 5 days to your pharmacy on file.",
  ],
  [
    'online-consult',
    "Online consultation form\nName: [[PERSON|Ottilie Marchbanks]]   DOB: [[DATE|30/01/1994]]\nPostcode: [[ADDRESS|NR2 4SX]]\nWhat's the problem? Itchy rash on both hands for 3 weeks, worse after washing up.\nTried anything? Hydrocortisone 1% — helped a little.\nHow should we contact you? Text [[PHONE|07700 900872]]",
  ],
  [
    'online-consult',
    'Video visit log\nUser [[ACCOUNT|b.okwudili_health]] connected [[DATE|2026-11-21]] 10:02 from [[IP|198.51.100.144]]\nPatient: [[PERSON|Bernard Okwudili]]   Clinician: Dr [[PERSON|Ama Serwaa Owusu-Ansah]]\nReason: blood pressure follow-up. Session ended 10:19.',
  ],
  [
    'patient-message',
    'Subject: Question about my biopsy\nHi Dr. [[PERSON|Thorne]], this is [[PERSON|Maribel Sotomayor]] (DOB [[DATE|9/12/1983]]). The portal shows my thyroid biopsy as "Bethesda III" — what does that mean? Should I book another appointment? My new cell is [[PHONE|(312) 555-0187]]. Thanks!',
  ],
  [
    'patient-message',
    'From: [[EMAIL|gus.pereira.lopes@example.com]]\nTo: Physio reception\nSubject: Reschedule\nHello, I need to move my knee physio from Tuesday [[DATE|24 November]] to any time the following week. My reference is [[MRN|PHY-44120]].\nCheers, [[PERSON|Gustavo Pereira Lopes]]',
  ],
  [
    'patient-message',
    "Hi it's [[PERSON|Shona]], my mum [[PERSON|Isobel McCrindle]] has run out of her levothyroxine, can you send the repeat to the chemist? Her DOB is [[DATE|3/7/41]]. Thanks",
  ],
  [
    'patient-message',
    'Dear Ward Manager,\nI am writing about my father, [[PERSON|Desmond Achebe-Hall]], who was on Ward 22 from [[DATE|2 November]] to [[DATE|16 November]]. Nurse [[PERSON|Wairimu]] was wonderful with him. However, his hearing aids went missing on the ward and have not been found. Please call me on [[PHONE|0161 496 0744]].\n[[PERSON|Yolanda Achebe-Hall]]\n[[ADDRESS|58 Kingsway, Didsbury, Manchester M20 5PX]]',
  ],
  [
    'family-chat',
    "[[PERSON|Morwenna]]: Grandad's op went fine, he's on Ward 9 under Dr [[PERSON|Trevelyan]]\n[[PERSON|Olly]]: thank god. I'll drive Nan in tomorrow\n[[PERSON|Morwenna]]: register your car for the free parking, they need the reg\n[[PERSON|Olly]]: done, [[PLATE|LK71 WXD]]",
  ],
  [
    'family-chat',
    "[[PERSON|Bunty]]: Nana [[PERSON|Edith]] turns [[AGE|96]] on Sunday and she's still in hospital 😞\n[[PERSON|Dev]]: can we do cake on the ward?\n[[PERSON|Bunty]]: asked the nurse, fine if it's soft — she's on a level 6 diet\n[[PERSON|Dev]]: I'll bring it, which room?\n[[PERSON|Bunty]]: Room [[MRN|5]], Rowan Ward",
  ],
  [
    'family-chat',
    "[[PERSON|Kobby]]: Dad's discharge is tomorrow 11am\n[[PERSON|Adjoa]]: I'll pay the pharmacy bill, what do I owe you for the taxi\n[[PERSON|Kobby]]: just send it to my card [[BANK_CARD|4698 1533 0177 5041]]\n[[PERSON|Adjoa]]: ok. and we're taking him to [[ADDRESS|31 Ferndale Ave, Leicester LE3 1GH]] not the old flat right?\n[[PERSON|Kobby]]: yes",
  ],
  [
    'family-chat',
    "Mom: did you get your flu shot yet\nMe: not yet, Saturday\nMom: don't forget, and ask about the covid one too\nMe: 👍",
  ],
  [
    'sms-reminder',
    'Reminder: [[PERSON|Tallulah]], your mammogram is on Thu [[DATE|26 Nov]] at 8:40am, Breast Screening Unit, Level 2. Reply C to confirm or call 01632 960000 to rebook.',
  ],
  [
    'sms-reminder',
    'Your flu vaccine is ready at Bridgewater Pharmacy. Please bring this text and photo ID. Reply STOP to opt out.',
  ],
  [
    'advance-directive',
    'POLST\nPatient: [[PERSON|Evangeline Thibault-Roane]]   DOB [[DATE|01/08/1932]]   Age: [[AGE|94]]\nSection A: Do Not Attempt Resuscitation (DNR)\nSection B: Selective treatment — no intubation, may transfer to hospital\nHealth care agent: [[PERSON|Clement Thibault]] (son), [[PHONE|(207) 555-0109]]\nSigned by [[PERSON|Noelani Kahale]], MD on [[DATE|11/19/2026]]',
  ],
  [
    'advance-directive',
    'ReSPECT form — [[PERSON|Arthur Pendleford]], NHS [[INSURANCE_ID|9993278173]]\n[[ADDRESS|Ty Gwyn, Church Lane, Llanrhaeadr-ym-Mochnant SY10 0JP]]\nClinical recommendation: prioritise comfort; not for CPR.\nLasting power of attorney (health and welfare): daughter [[PERSON|Gwenllian Pendleford]], [[PHONE|07700 900956]]\nCompleted by Dr [[PERSON|Adaeze Nwachukwu-Brandt]], [[DATE|17/11/2026]]',
  ],
  [
    'bereavement',
    "[[DATE|20 November 2026]]\nDear Mrs [[PERSON|Ewart]],\nWe were very sorry to learn of the death of [[PERSON|Leonard Ewart]] on [[DATE|29 October]]. If you would like to talk through [[PERSON|Leonard]]'s care with the team who looked after him, our bereavement nurse [[PERSON|Carys Morgan-Tate]] can arrange a meeting. You are welcome to grieve at your own pace; there is no deadline.\nWith sympathy,\nPalliative Care Team",
  ],
  [
    'bereavement',
    'Bereavement call log\n[[DATE|11/20/26]] — called [[PERSON|Dwayne Rutledge]], husband of the late [[PERSON|Cassandra Rutledge]] (d. [[DATE|10/30/26]], hospice ID [[MRN|HSP-20773]]). Poor sleep, back at work. Teen son [[PERSON|Jalen]] struggling at school — grief camp info sent to [[EMAIL|drutledge@example.org]]. Next call [[DATE|12/18/26]].',
  ],
  [
    'home-oxygen',
    'HOME OXYGEN ORDER / CMN\nBeneficiary: [[PERSON|Harlan Beauchesne]]   MBI [[INSURANCE_ID|7KD2-AW5-PT61]]\nAddress: [[ADDRESS|77 Quarry Hill Rd, Barre, VT 05641]]\nQualifying test [[DATE|11/18/2026]]: SpO2 86% on room air at rest.\nOrder: O2 2 L/min via nasal cannula, continuous; stationary concentrator + portable cylinders.\nPhysician: [[PERSON|Yusuf Demirci]], MD',
  ],
  [
    'home-oxygen',
    "Home Oxygen Order Form, part A\nPatient: [[PERSON|Wynnie Blackthorne]]   DOB [[DATE|12/04/1946]]   NHS number: [[INSURANCE_ID|999 453 3312]]\nAddress: [[ADDRESS|Flat 6, Cobblers Court, Kettering NN16 8RE]]\nFire risk: smoker in household (son) — home fire safety visit requested.\nFlow 1 L/min at rest, 2 L/min on exertion, 15 h/day.\nSupplier to arrange installation with [[PERSON|Wynnie]]'s daughter [[PERSON|Dervla]] on [[PHONE|07700 900314]].",
  ],
  [
    'meal-service',
    "Meal tray tickets — Ward 5 North, lunch [[DATE|22 Nov]]\n[[PERSON|HOSSAIN, Rukhsana]] bed [[MRN|8]] — halal, diabetic, soft & bite-sized (IDDSI 6)\n[[PERSON|PETERSEN, Knud]] bed [[MRN|10]] — nil by mouth from midnight\nBed 12 — vacant\n[[PERSON|O'DRISCOLL, Fionnuala]] bed [[MRN|15]] — coeliac (gluten free), no nuts",
  ],
  [
    'meal-service',
    'Menu app order — user [[ACCOUNT|amarachi_e]]\nPatient: [[PERSON|Amarachi Eze]], room [[MRN|731]], dinner [[DATE|11/21]]\nVegetarian lasagna (dairy-free), side salad, banana. Allergy: shellfish (anaphylaxis).\nRenal note from Dr [[PERSON|Salt]]: low potassium, low salt — swap banana for apple; no added salt at the table.',
  ],
  [
    'support-group',
    "Parkinson's café — sign-in, Thursday [[DATE|19 November 2026]]\n[[PERSON|Leopold Hastings]] + carer [[PERSON|Ingrid Hastings]]\n[[PERSON|Wendell Adebayo-Crane]] — newsletter to [[EMAIL|wendellac@example.co.uk]]\n[[PERSON|Marjorie Tillotson]] — first visit, referred by PD nurse [[PERSON|Oonagh]]\nSpeaker: Prof. [[PERSON|Grieve]] on freezing of gait",
  ],
  [
    'support-group',
    "Posted by [[ACCOUNT|@stoma_sally_uk]] in Ostomy Support\nHad my reversal on [[DATE|3 Nov]] and I'm finally eating properly again! Huge thanks to my stoma nurse [[PERSON|Bryony]]. If anyone nearby wants to meet up, I run a monthly group — details at [[URL|www.ostomy-meetups.example.org/leeds]]",
  ],
  [
    'debt-collection',
    'FINAL NOTICE   [[DATE|November 20, 2026]]\n[[PERSON|Rodrigo Escalante]]\n[[ADDRESS|5210 E Mariposa St, Apt 118, Tucson, AZ 85711]]\nRe: account [[MRN|HB-7730218]], date of service [[DATE|06/14/2026]]\nBalance due: $2,984.31\nThis account will be referred to an outside collection agency unless we receive payment or a financial-assistance application within 30 days. Apply at [[URL|https://help.example.org/fa]].',
  ],
  [
    'debt-collection',
    'Collections call log — acct [[MRN|AR-55810447]]\n[[DATE|11/18/26]] 10:12 — spoke with [[PERSON|Shanice Whitfield-Amos]]; verified DOB [[DATE|2/27/1990]] and SSN [[ID_CARD|987-65-4329]]. States Medicaid (ID [[INSURANCE_ID|NY71450882]]) should have covered the ED visit. Sent to billing for resubmission; account on hold.',
  ],
  [
    'wig-bank',
    'Wig bank fitting record\nClient: [[PERSON|Clementine Yeboah]]   Oncology unit no. [[MRN|ONC-38812]]\nChemotherapy (FEC-T) started [[DATE|30 Oct 2026]]. Fitted synthetic wig, shoulder length, colour 6/27, average cap. Free under the charity scheme.\nContact: [[PHONE|0114 496 0317]]',
  ],
  [
    'wig-bank',
    'Hair donation form\nDonor: [[PERSON|Bláthnaid Ó Faoláin-Ruane]], age 10\nParent: [[PERSON|Ailbhe Ó Faoláin]], [[EMAIL|ailbhe.ofaolain@example.ie]]\nPonytail 35 cm, posted [[DATE|16/11/2026]]\nSend the certificate to: [[ADDRESS|14 Oakfield Grove, Ennis, Co. Clare V95 R2T4]]',
  ],
];

export function generateDeidHoldout10(): LabelledRecord[] {
  return holdoutRecords('h10', zh, en);
}

export const DEID_HOLDOUT_10_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/labelled/deid-holdout-10.jsonl',
);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const records = generateDeidHoldout10();
  writeFileSync(DEID_HOLDOUT_10_PATH, renderJsonl(records));
  console.log(`wrote ${records.length} records to ${DEID_HOLDOUT_10_PATH}`);
}
