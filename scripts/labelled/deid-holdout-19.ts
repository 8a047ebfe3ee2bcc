import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { holdoutRecords, type LabelledRecord, renderJsonl } from './generate-deid.ts';

/**
 * The ROUND-19 fresh held-out de-identification set (data/labelled/deid-holdout-19.jsonl): hand-written
 * snippets with hand-placed spans, marked inline as [[TYPE|text]] (parseMarked strips the marks and
 * records UTF-16 offsets). Written by a separate annotator who did not read the recognizer code and
 * never ran a recognizer on these snippets; it must not be used to tune the recognizers.
 *
 * About four fifths are the everyday documents of a general hospital and the messages of its patients
 * (admission, progress and discharge notes, outpatient notes, referrals, handovers, nursing notes,
 * lab, pathology and imaging reports, prescriptions, consent, billing and insurance forms, online
 * consultations, patient messages, family chats and SMS reminders); about a fifth come from settings
 * earlier rounds did not list: cardiac catheterisation labs, transplant clinics, campus (student)
 * health services, eye-surgery wards and refugee health screening.
 *
 * Identifiers are synthetic: resident IDs carry a valid GB 11643 check character and a region code, sex
 * digit and birth date consistent with the text (15-digit IDs likewise), bank cards a valid Luhn digit,
 * NHS numbers are in the 999 test range with their modulus-11 digit, the Australian Medicare number
 * passes its check digit and the OHIP number its Luhn digit; the US SSN is in the 987-65-432x
 * advertising range. Phones are random mainland numbers or fictional ranges (North American 555-01xx,
 * UK 07700 900xxx and 01632 960xxx, Australian 0491 570 xxx); mail and web hosts are example.*; IP
 * addresses come from the documentation ranges.
 *
 * Span conventions are those of data/labelled/deid-holdout-2 to -18 cards; the decisions new in this
 * round are in data/labelled/deid-holdout-19.card.yaml.
 */
const zh: Array<[string, string]> = [
  [
    'admission',
    `神经内科入院记录\n姓名：[[PERSON|蒯维桢]]　性别：女　年龄：71岁\n身份证号：[[ID_CARD|320583195506077423]]\n住院号：[[MRN|SN26112015]]　床位：神内二病区[[MRN|14]]床\n入院时间：[[DATE|2026-11-20]] 09:40\n主诉：突发言语含糊伴右侧肢体无力4小时。NIHSS 6分，BP 168/94 mmHg，发病至入院时间3.5小时。\n家庭住址：[[ADDRESS|苏州市昆山市玉山镇柏庐北路88号3幢1102室]]\n紧急联系人：女儿[[PERSON|蒯沁禾]]　[[PHONE|13760834683]]\n主治医师：[[PERSON|褚慕陶]]`,
  ],
  [
    'admission',
    `[[DATE|11月19日]]傍晚，[[AGE|九十三]]岁的[[PERSON|卞玉蓉]]老太太因咳嗽、发热2天由外孙[[PERSON|甘墨池]]（[[PHONE|18486030518]]）送来，T 38.9℃，SpO2 89%，CURB-65 3分，胸片示右下肺渗出，收住呼吸科[[MRN|31]]床，住院号[[MRN|HX2611190356]]。既往高血压30年，规律服氨氯地平5 mg qd。值班医生：[[PERSON|祁劭]]`,
  ],
  [
    'admission',
    `产科入院｜孕妇：[[PERSON|柯汀兰]]｜29岁｜G2P1 孕38+2周｜身份证 [[ID_CARD|350203199702147906]]｜入院 [[DATE|2026/11/21]]｜规律宫缩2小时，宫口开2 cm｜丈夫 [[PERSON|詹昊]] [[PHONE|19723300686]]｜住址 [[ADDRESS|厦门市思明区鹭鸣巷301号之二1805室]]｜接诊 [[PERSON|司徒蔓]]`,
  ],
  [
    'progress-note',
    `[[DATE|2026年11月22日]]　[[PERSON|郗]]主任查房记录\n患者[[PERSON|牛建勋]]，男，58岁，IgA肾病，血肌酐 186 μmol/L，24h尿蛋白 2.1 g。[[PERSON|郗]]主任指示：泼尼松继续减量至 30 mg qd，复查补体C3、C4，必要时重复肾穿。\n记录：住院医师[[PERSON|单于菲]]　病案号[[MRN|BA0938217]]　[[MRN|6]]床`,
  ],
  [
    'progress-note',
    `夜班记录 [[DATE|11-21]] 02:15 [[MRN|27]]床[[PERSON|阎福生]]诉胸骨后压榨痛 查心电图ST段无动态改变 肌钙蛋白0.02 ng/ml 含服硝酸甘油0.5mg后5分钟缓解 已报告二线[[PERSON|储]]医生 嘱继续心电监护 03:30复查血压126/78 患者入睡 记录者[[PERSON|芮晓]]`,
  ],
  [
    'progress-note',
    `阶段小结\n患者：[[PERSON|仉鹤年]]　旧身份证：[[ID_CARD|410102560913007]]\n住院期间（[[DATE|2026年11月3日]]至[[DATE|11月22日]]）完成血液透析4次，Kt/V 1.3，血钾 4.6 mmol/L，干体重 62.5 kg。透析号[[MRN|TX-0417]]。\n下一步：[[DATE|11月25日]]（周三）行左前臂动静脉内瘘成形术。\n主管医师：[[PERSON|万俟朗]]`,
  ],
  [
    'discharge',
    `出院记录\n姓名：[[PERSON|沐春生]]　住院号：[[MRN|GK26110277]]\n入院：[[DATE|2026.11.09]]　出院：[[DATE|2026.11.23]]\n诊断：左股骨颈骨折（Garden Ⅲ型），人工股骨头置换术后。\n出院带药：利伐沙班 10 mg qd ×35天，钙尔奇D 600 mg qd。\n随访：术后6周骨科门诊复查X线。\n出院后住址：[[ADDRESS|长沙市岳麓区梧桐坡路217号6栋302]]\n经治医生：[[PERSON|阳]]医生　责任护士：[[PERSON|舒婧雯]]`,
  ],
  [
    'discharge',
    `糖尿病出院指导：每日监测空腹及三餐后血糖，低于3.9 mmol/L时立即口服15 g葡萄糖；胰岛素笔开封后室温保存不超过28天；每3个月复查糖化血红蛋白；每日检查双足，有破溃及时就诊。如有疑问请在工作日拨打科室电话咨询。`,
  ],
  [
    'discharge',
    `出院证明书\n兹证明[[PERSON|燕缙云]]（男，44岁，身份证号[[ID_CARD|13010219820418407X]]，医保卡号[[INSURANCE_ID|H13010293847566]]）因"急性结石性胆囊炎"于[[DATE|2026年11月14日]]入院，行腹腔镜胆囊切除术，于[[DATE|2026年11月20日]]出院。建议全休两周。\n医师：[[PERSON|廉问渠]]　　[[DATE|2026年11月20日]]`,
  ],
  [
    'outpatient',
    `口腔科门诊病历　就诊卡号：[[MRN|KQ7720931]]\n[[PERSON|焦芮宁]]　女　24岁　身份证号 [[ID_CARD|370883200203090160]]　[[DATE|2026-11-23]]\n主诉：右下后牙反复肿痛1周。检查：48近中阻生，冠周红肿，张口二指。\n处置：冠周冲洗，上碘甘油；甲硝唑 0.4 g tid ×3天。消炎后择期拔除。\n医师：[[PERSON|羊舌敏]]`,
  ],
  [
    'outpatient',
    `心理门诊　[[DATE|11月21日]]（周六）\n来访者[[PERSON|鲍望之]]，16岁，高一学生，由母亲[[PERSON|岑丽萍]]陪同。PHQ-9 17分，GAD-7 12分，有自伤念头，无具体计划。诊断：中度抑郁发作。舍曲林 25 mg qd 起始。门诊号[[MRN|XL-5520874]]。母亲电话[[PHONE|18570508892]]。复诊：[[DATE|12月5日]]。\n医师：[[PERSON|卓尔]]`,
  ],
  [
    'outpatient',
    `风湿免疫科 / [[PERSON|门秀荣]] / 女 / 68岁 / 旧身份证 [[ID_CARD|220104580330634]] / 就诊 [[DATE|2026-11-22]] / 类风湿关节炎，DAS28 4.6，ESR 52 / 甲氨蝶呤 10 mg 每周一次，叶酸 5 mg 次日 / 电话 [[PHONE|15843837093]] / 医生 [[PERSON|庞]]主任`,
  ],
  [
    'referral',
    `双向转诊单（上转）\n转出单位：某街道社区卫生服务中心\n患者：[[PERSON|巫桂英]]　女　76岁\n身份证号：[[ID_CARD|510107195008263124]]\n初步诊断：2型糖尿病伴足部溃疡（Wagner 2级）\n转诊日期：[[DATE|2026年11月23日]]\n家庭医生：[[PERSON|宓文涛]]　手机：[[PHONE|19307188005]]`,
  ],
  [
    'referral',
    `会诊申请单\n申请科室：普外科　床号：[[MRN|12]]　患者：[[PERSON|欧阳秋生]]　住院号：[[MRN|PW26112208]]\n会诊目的：结肠癌根治术后第3天新发房颤，心室率140次/分，血压105/62 mmHg，请心内科协助诊治。\n申请医师：[[PERSON|闵]]医生　[[DATE|2026-11-22]] 16:20\n会诊医师：[[PERSON|贲立国]]`,
  ],
  [
    'referral',
    `转诊至某区康复医院：[[PERSON|汲嵘川]]，男，73岁（身份证号码 [[ID_CARD|370102531107621]]），脑梗死后左侧偏瘫，Barthel 35分，[[DATE|11月24日]]转出。家属：儿子[[PERSON|汲泊舟]]，电话[[PHONE|17154392564]]，住[[ADDRESS|济南市历下区甸柳庄东路15号2单元601]]。`,
  ],
  [
    'handover',
    `护理交接班　[[DATE|2026年11月22日]] 夜班→白班\n床号｜姓名｜情况\n[[MRN|3]]｜[[PERSON|栾惊蛰]]｜术后第1天，引流 40 ml，淡血性\n4｜空床｜—\n[[MRN|5]]｜[[PERSON|晏德福]]｜02:00血糖 2.9 mmol/L 已处理，复测 6.1\n[[MRN|7]]｜[[PERSON|东郭淑贞]]｜[[AGE|九十]]岁，夜间谵妄，约束带已解除\n交班：[[PERSON|闾丘岚]]　接班：[[PERSON|支]]护士`,
  ],
  [
    'handover',
    `急诊抢救室口头交班："抢[[MRN|2]]床[[PERSON|戚国栋]]，多发伤，骨盆兜已上，血红蛋白68，两单位红细胞在输；抢3床空着；抢4床是120送来的无名氏，男，约40岁，醉酒，GCS 13，等头颅CT。[[PERSON|戚国栋]]的妻子[[PERSON|郦芬]]在门口，电话[[PHONE|17007048563]]。"——[[PERSON|霍]]医生交[[PERSON|练]]医生，[[DATE|11/23]] 08:00`,
  ],
  [
    'handover',
    `ICU交班　[[DATE|11月23日]]\n[[MRN|8]]床 [[PERSON|蒲岫烟]]，女，[[AGE|94]]岁（身份证 [[ID_CARD|500103193207051726]]），感染性休克，去甲肾上腺素 0.12 μg/kg/min，乳酸 3.4 mmol/L，CRRT进行中。家属为孙女[[PERSON|蒲屿白]]，已签病重通知。\n[[MRN|9]]床 [[PERSON|龙泽宇]]，男，45岁，重症胰腺炎，今日拔除气管插管。`,
  ],
  [
    'nursing-note',
    `护理记录 [[DATE|2026-11-21]] 14:00\n[[MRN|19]]床[[PERSON|宗]]阿姨（[[PERSON|宗淑琴]]）左前臂输液处红肿 2×3 cm，静脉炎Ⅱ级，已拔针，50%硫酸镁湿敷，抬高患肢。已告知家属。护士：[[PERSON|帕提古丽·艾沙]]`,
  ],
  [
    'nursing-note',
    `胃管居家护理宣教：每次喂食前回抽确认位置，喂食时抬高床头30°以上，每次不超过200 ml，喂后温开水20 ml冲管；胃管外露刻度每日核对，如有脱出切勿自行插回，及时来院处理。`,
  ],
  [
    'nursing-note',
    `居家护理服务记录\n服务对象：[[PERSON|晁寿松]]，[[AGE|九十六]]岁，身份证号[[ID_CARD|320106193002147455]]\n服务地址：[[ADDRESS|南京市鼓楼区宁海路双井巷9号201室]]\n服务日期：[[DATE|2026年11月20日]]\n内容：骶尾部压力性损伤2期换药，创面 1.5×1 cm，肉芽红润；Braden 12分。\n照护者：儿媳[[PERSON|韦秋棠]]　[[PHONE|18566081257]]\n护士：[[PERSON|居梦琪]]`,
  ],
  [
    'lab-report',
    `检验报告单\n姓名：[[PERSON|凤歆然]]　性别：女　年龄：33岁　标本号：[[MRN|JY2611230418]]\n科室：血液科　床号：[[MRN|16]]　采集：[[DATE|2026-11-23]] 07:05\n项目　　结果　　参考范围\nWBC　　1.8　　3.5–9.5 ×10^9/L\nHb　　　84　　 115–150 g/L\nPLT　　 22　　 125–350 ×10^9/L\n检验者：[[PERSON|岳]]　审核者：[[PERSON|乐正海波]]`,
  ],
  [
    'lab-report',
    `病理诊断报告　病理号：[[MRN|BL26-08813]]\n姓名：[[PERSON|项卫红]]　身份证：[[ID_CARD|33010619660512782X]]\n送检日期：[[DATE|2026年11月16日]]　报告日期：[[DATE|2026年11月23日]]\n（左乳肿物）浸润性导管癌，Ⅱ级，ER 90%+，PR 60%+，HER2 1+，Ki-67 25%。\n诊断医师：[[PERSON|缑明德]]　复核：[[PERSON|丰]]主任`,
  ],
  [
    'lab-report',
    `危急值登记　[[DATE|11月22日]] 21:47\n患者[[PERSON|楚砚池]]　[[MRN|24]]床　住院号[[MRN|XK26111873]]\n血钾 6.8 mmol/L（危急值），复查无溶血。\n报告人：检验科[[PERSON|邸]]老师　接收：护士[[PERSON|景姝]]　通知医生：[[PERSON|姬伯阳]] 21:50`,
  ],
  [
    'imaging-report',
    `超声检查报告　检查号：[[MRN|US26112219]]\n[[PERSON|公孙语]]　女　41岁　[[DATE|2026年11月22日]]\n甲状腺右叶中部见一低回声结节，大小约 0.9×0.7 cm，纵横比>1，边缘不规则，见点状强回声，C-TIRADS 4C类。左叶未见明显结节。\n报告医师：[[PERSON|裴瑾]]`,
  ],
  [
    'imaging-report',
    `头颅MRI平扫+DWI\n患者：[[PERSON|危国梁]]　影像号：[[MRN|MR0073316]]\n检查日期：[[DATE|2026-11-21]]\n左侧基底节区DWI高信号，ADC值减低，考虑急性腔隙性梗死；与[[DATE|2025年8月]]片比较，双侧脑室旁白质高信号略增多（Fazekas 2级）。\n诊断医师：[[PERSON|端木叙白]]`,
  ],
  [
    'prescription',
    `某市人民医院医保处方\n姓名：[[PERSON|路苒苒]]　性别：女　年龄：52岁\n医保卡号：[[INSURANCE_ID|310000D27816543]]\n身份证号：[[ID_CARD|310104197402199143]]\n日期：[[DATE|2026年11月23日]]\nRp：二甲双胍缓释片 0.5 g×60片 sig 1 g qd\n　　达格列净片 10 mg×28片 sig 10 mg qd\n医师：[[PERSON|嵇文博]]　调配：[[PERSON|蓝一帆]]`,
  ],
  [
    'prescription',
    `儿科处方笺　门诊号 [[MRN|EK26-334512]]\n患儿：[[PERSON|房稚川]]（小名[[PERSON|豆芽]]）　男　4岁　体重 16 kg\n[[DATE|2026/11/22]]\n布地奈德混悬液 1 mg 雾化 bid ×5天\n孟鲁司特钠咀嚼片 4 mg qn\n医师：[[PERSON|秦]]医生`,
  ],
  [
    'prescription',
    `麻醉药品专用处方\n患者：[[PERSON|宣桑榆]]　男　67岁　身份证号：[[ID_CARD|420106195901057579]]\n代办人：女儿[[PERSON|宣薇]]　身份证号：[[ID_CARD|440106198807222248]]\n诊断：肺癌骨转移，癌痛 NRS 7分\nRp：盐酸羟考酮缓释片 20 mg×14片 q12h\n开具日期：[[DATE|2026.11.23]]　医师：[[PERSON|鞠志成]]`,
  ],
  [
    'consent',
    `手术知情同意书\n患者姓名：[[PERSON|俞芷汀]]　住院号：[[MRN|JZ26111766]]\n拟行手术：甲状腺右叶及峡部切除+中央区淋巴结清扫\n主要风险：喉返神经损伤致声音嘶哑、低钙血症、出血需再次手术等。\n患者签名：[[PERSON|俞芷汀]]　见证人：[[PERSON|殷红梅]]\n谈话医师：[[PERSON|谈]]医生　日期：[[DATE|2026年11月22日]]`,
  ],
  [
    'consent',
    `授权委托书\n委托人：[[PERSON|冉德胜]]，身份证号[[ID_CARD|510302480712393]]\n受托人：[[PERSON|冉丽君]]（女儿），身份证号[[ID_CARD|510302197909042685]]\n本人因听力障碍，委托女儿代为签署在院期间各项知情同意书及病情告知书。\n委托日期：[[DATE|2026年11月21日]]`,
  ],
  [
    'consent',
    `输血治疗知情同意书　[[MRN|33]]床　[[PERSON|祖梅芳]]　住院号[[MRN|FK26112032]]\n输注成分：悬浮红细胞 2U，新鲜冰冻血浆 400 ml\n因患者术中大出血、意识欠清，由丈夫[[PERSON|寿松年]]签字同意。联系电话：[[PHONE|17500814882]]\n签字时间：[[DATE|2026-11-22]] 23:10`,
  ],
  [
    'billing',
    `预交金退款申请\n患者：[[PERSON|钭建平]]　住院号：[[MRN|TK26110541]]\n退款金额：3,268.40元\n收款人：[[PERSON|钭芊眠]]（女儿）\n收款银行卡号：[[BANK_CARD|6217112974851409727]]\n申请日期：[[DATE|2026年11月23日]]　经办：收款员 0319`,
  ],
  [
    'billing',
    `商业医疗保险理赔申请表\n被保险人：[[PERSON|尉迟婉]]　保单号：[[INSURANCE_ID|PA2026-33817605]]\n身份证号：[[ID_CARD|610113199003177226]]\n就诊日期：[[DATE|2026年10月28日]]—[[DATE|11月6日]]\n理赔款账户：[[BANK_CARD|6228 4035 8974 5995 973]]\n电子邮箱：[[EMAIL|weichiwan90@example.cn]]\n通讯地址：[[ADDRESS|西安市雁塔区雁鸣湖东路48号枫叶新都市C座2307]]`,
  ],
  [
    'billing',
    `门诊收费票据　票据号码 0088142057\n姓名：[[PERSON|桑德亮]]　就诊卡号：[[MRN|MZ3381204]]\n日期：[[DATE|2026-11-23]]\n西药费 126.30　检查费 280.00　合计 406.30\n医保统筹支付 213.80　个人支付 192.50\n支付方式：银联卡 [[BANK_CARD|6259 3681 8559 5952]]\n收款员：0442`,
  ],
  [
    'online-consult',
    `图文问诊　问诊编号：[[MRN|WZ2611230917]]　订单号：DD8812305517\n患者：[[PERSON|努尔艾力·吐尔逊]]　男　35岁\n[[DATE|11-23]] 10:12 患者：医生您好，我昨天吃了头孢后喝了两瓶啤酒，现在脸红心慌，要紧吗？\n10:15 [[PERSON|桂]]医生：这可能是双硫仑样反应，请立即到最近的急诊就诊，不要自己开车。`,
  ],
  [
    'online-consult',
    `视频复诊记录\n患者：[[PERSON|鲜于晴]]　身份证号：[[ID_CARD|53010219860611532X]]\n平台账号：[[ACCOUNT|qing_morning86]]　登录IP：[[IP|203.0.113.77]]\n复诊时间：[[DATE|2026年11月22日]] 19:30\n甲减复查，TSH 3.1 mIU/L，继续左甲状腺素 75 μg qd，三个月后复查。\n接诊：[[PERSON|农]]医生`,
  ],
  [
    'online-consult',
    `用户"[[ACCOUNT|月亮不睡我不睡]]"：药师你好，我怀孕12周，感冒鼻塞可以用羟甲唑啉喷鼻吗？\n药师[[PERSON|宁安]]：孕期不建议常规使用，可以先用生理盐水洗鼻，多喝水；如发热超过38.5℃或症状加重，请线下就诊。\n咨询时间 [[DATE|11月23日]] 08:41`,
  ],
  [
    'patient-message',
    `[[PERSON|耿]]医生您好，我是上周做胃镜的[[PERSON|鲁思彤]]，病理号[[MRN|BL26-09127]]，请问结果出来了吗？方便的话请发到我邮箱[[EMAIL|lusitong_0712@example.com.cn]]，谢谢！`,
  ],
  [
    'patient-message',
    `致心内科全体医护：\n家父[[PERSON|庄澄怀]]今年[[AGE|九十二]]岁，[[DATE|10月]]因心衰住进贵科，承蒙[[PERSON|甄]]主任和护士[[PERSON|蔺霁川]]悉心照料，已于[[DATE|11月12日]]康复出院。特此致谢！\n家属　[[PERSON|庄明]]　敬上\n[[DATE|二〇二六年十一月二十日]]`,
  ],
  [
    'patient-message',
    `您好，我是[[PERSON|温婉如]]的女儿[[PERSON|查宁]]，人在国外，护照号[[PASSPORT|EJ5620381]]，想委托医院邮寄我妈妈[[DATE|2026年9月]]住院的病历复印件，地址：[[ADDRESS|福州市鼓楼区乌山西路158号环球广场1702]]。我的微信号是[[ACCOUNT|zhaning_uk]]，谢谢。`,
  ],
  [
    'family-chat',
    `【家人群】\n大姐：爸今天转到心外科普通病房了，18床，下午可以探视\n[[PERSON|阿斌]]：好，我下班过去，车停地下二层，车牌[[PLATE|浙A·7Q2K9]]\n妈：[[PERSON|阿斌]]记得带你爸的老花镜\n[[PERSON|晓菡]]：我明天白天陪护，护士[[PERSON|彭]]姐说[[DATE|11月25日]]拆线`,
  ],
  [
    'family-chat',
    `[[PERSON|二丫]]：奶奶的医保卡号是多少？挂号要用\n三叔：[[INSURANCE_ID|37020019284471]]\n[[PERSON|二丫]]：收到，明早我开车接她，车是[[PLATE|鲁BD81736]]\n三叔：好，奶奶住[[ADDRESS|青岛市李沧区九水东路36号4号楼1单元502]]，你别走错`,
  ],
  [
    'sms-reminder',
    `【某市妇幼保健院】尊敬的[[PERSON|施雨萌]]，您预约的孕中期唐氏筛查时间为[[DATE|11月27日]]（周五）上午8:00，请空腹，携带身份证及孕检手册。改约请点击 [[URL|https://fy.example.cn/r/ks82Qm]] 。退订回T`,
  ],
  [
    'sms-reminder',
    `【体检中心】温馨提示：明日体检请于7:30—9:30空腹到达，前一晚清淡饮食，女性经期请改期，携带有效证件。退订回T`,
  ],
  [
    'cath-lab',
    `导管室手术记录\n患者：[[PERSON|糜国强]]　男　62岁　住院号：[[MRN|XN26112216]]　导管室编号：[[MRN|DG-2611-0087]]\n手术日期：[[DATE|2026年11月22日]]\n术式：经右桡动脉冠脉造影+PCI。LAD近段狭窄90%，植入支架1枚（3.0×24 mm，批号 L230917），TIMI 3级血流。肝素 7000 U，对比剂 120 ml，透视时间 9.6 min，剂量 860 mGy。\n术者：[[PERSON|聂临渊]]　助手：[[PERSON|虞]]医生　器械护士：[[PERSON|米思澜]]　技师：[[PERSON|容子杰]]`,
  ],
  [
    'cath-lab',
    `导管室术后交接 [[DATE|2026-11-23]] 15:40\n[[PERSON|向春芽]]，女，58岁，房颤射频消融术后，右股静脉穿刺点加压包扎6小时，绝对卧床至明晨6点。返回心内科[[MRN|9]]床。\n家属[[PERSON|向远]]在导管室外等候，电话[[PHONE|19389562663]]。\n交：导管室护士[[PERSON|盛夏]]　接：[[PERSON|帅琳]]`,
  ],
  [
    'transplant-clinic',
    `肾移植随访门诊\n受者：[[PERSON|辛朝晖]]　男　47岁　移植号：[[MRN|SY-2019-0342]]\n移植日期：[[DATE|2019年6月18日]]（亲属活体供肾，供者：姐姐[[PERSON|辛朝霞]]）\n身份证号：[[ID_CARD|450103197908268251]]\n本次随访：[[DATE|2026-11-20]]　他克莫司谷浓度 6.2 ng/ml，肌酐 112 μmol/L，BK病毒阴性。\n下次随访：[[DATE|2027年1月]]\n随访护士：[[PERSON|黎佩]]　手机：[[PHONE|17385815702]]`,
  ],
  [
    'transplant-clinic',
    `肝移植病友随访群\n协调员[[PERSON|池韫玉]]：@[[PERSON|苟德明]] 您[[DATE|12月1日]]的复查别忘了，空腹抽他克莫司谷浓度，早上的药抽完血再吃。\n[[PERSON|苟德明]]：收到，[[PERSON|池]]老师。肝功能报告能发群里吗？\n[[PERSON|池韫玉]]：不要在群里发报告，单独发我工作微信[[ACCOUNT|chixl_ltx]]就行。`,
  ],
  [
    'campus-health',
    `校医院门诊记录\n姓名：[[PERSON|卜既白]]　学号：2024110387　学院：材料学院\n就诊日期：[[DATE|2026年11月19日]]\n主诉：发热伴咽痛2天，同寝室2人类似症状。T 38.6℃，甲流抗原阳性。\n处理：奥司他韦 75 mg bid ×5天，病假至[[DATE|11月23日]]，居寝隔离。\n宿舍：[[ADDRESS|紫荆园12号楼407室]]\n辅导员[[PERSON|闫]]老师（[[PHONE|18455115583]]）已知晓。`,
  ],
  [
    'campus-health',
    `新生入学体检须知：请于指定时间段空腹前往校医院二楼，携带学生证和一寸照片；体检项目含血常规、肝功能、胸片及视力；既往有结核病史者请主动告知医生。`,
  ],
  [
    'eye-surgery-ward',
    `眼科病房术后记录\n[[DATE|2026-11-23]]　[[MRN|5]]床 [[PERSON|冀桂芝]]　女　[[AGE|91]]岁　住院号 [[MRN|YK26112111]]\n右眼超声乳化白内障吸除+IOL植入术后第1天，视力 0.4，眼压 16 mmHg，角膜轻度水肿，前房清。\n左眼计划[[DATE|12月7日]]手术。\n陪护：外孙女[[PERSON|萧汀雪]]　[[PHONE|13292608757]]\n医师：[[PERSON|濮阳明]]`,
  ],
  [
    'eye-surgery-ward',
    `眼科术后滴眼须知：左氧氟沙星滴眼液每日4次，妥布霉素地塞米松滴眼液每日4次，两种药间隔5分钟；滴药前洗手，勿揉眼，睡觉戴眼罩，两周内洗头勿让水进眼。`,
  ],
  [
    'refugee-screening',
    `难民健康筛查表（志愿诊所）\n姓名：[[PERSON|杨光美]]　年龄：34岁　原籍：缅甸\nUNHCR证号：[[ID_CARD|372-14C08211]]\n筛查日期：[[DATE|2026年11月18日]]\n结核症状筛查阴性，胸片未见异常；乙肝表面抗原阳性，已转介肝病门诊。\n翻译：[[PERSON|敏丹]]　筛查医生：[[PERSON|穆溪]]`,
  ],
  [
    'refugee-screening',
    `难民儿童补种疫苗登记\n儿童：[[PERSON|李家宝]]，4岁；母亲：[[PERSON|段春花]]；UNHCR个案号：[[ID_CARD|372-26C03318]]\n补种：麻腮风第1剂、脊灰第2剂；补种日期：[[DATE|2026-11-21]]；下次：[[DATE|2026-12-19]]\n登记员：[[PERSON|蓝心]]`,
  ],
];

const en: Array<[string, string]> = [
  [
    'admission',
    `ADMISSION H&P — [[DATE|11/21/2026]]\nPatient: [[PERSON|Delphine Arreola-Landaverde]] | 58F | MRN [[MRN|40882715]]\nCC: fever, rigors, RUQ pain x2 days. T 39.2, WBC 17.1, bili 3.8. Dx: ascending cholangitis, for ERCP.\nAddress: [[ADDRESS|1418 Larkspur Ave, Apt 5F, Aurora, CO 80011]]\nEmergency contact: [[PERSON|Teodoro Landaverde]] (husband) [[PHONE|(303) 555-0162]]\nAdmitting: Dr. [[PERSON|Onwuachi]]`,
  ],
  [
    'admission',
    `Clerking, AMU, [[DATE|22/11/2026]] 23:40\n[[AGE|94]]-year-old gentleman, [[PERSON|Bartholomew Kincaid]], brought in by ambulance after being found on the floor by his carer; long lie ~10 h, CK 4,100. NHS No [[INSURANCE_ID|999 276 4899]]. Lives alone at [[ADDRESS|7 Coopers Wynd, Ludlow SY8 1QB]]. NOK: niece [[PERSON|Imogen Pilling]] [[PHONE|07700 900431]]. Clerked by [[PERSON|R. Ogundipe]], FY1.`,
  ],
  [
    'admission',
    `ADMISSION NOTE\nName: [[PERSON|Kirra Dunsmore]]   DOB: [[DATE|03/09/1987]]   UR: [[MRN|0771352]]\nMedicare: [[INSURANCE_ID|2176 78504 3]]\nPresenting: acute asthma, PEF 45% predicted, SpO2 91% RA; 3 salbutamol nebs in ED.\nAdmitted ward 5B bed [[MRN|18]] on [[DATE|23/11/2026]].\nContact: partner [[PERSON|Kahu]] [[PHONE|0491 570 387]]`,
  ],
  [
    'progress-note',
    `Progress Note — HD#3 — [[DATE|Nov 22, 2026]] — Rm [[MRN|614]]\nS: Mr. [[PERSON|Lachowski]] reports less dyspnea, slept flat last night.\nO: BP 132/80, HR 88, wt 91.4 kg (−2.1), Cr 1.4.\nA/P: ADHF improving; continue furosemide 40 mg IV bid, add spironolactone 25 mg daily.\n— [[PERSON|Priya Padmanabhan]], MD, PGY-2; d/w attending Dr. [[PERSON|Hollis Underwood]]`,
  ],
  [
    'progress-note',
    `WR [[DATE|23.11.26]]  Cons: Dr [[PERSON|Cienfuegos]]\nBed [[MRN|4]]  [[PERSON|CLANCY, Niamh]] — D2 post lap chole, eating and drinking, home today\nBed 5 — empty\nBed [[MRN|6]]  [[PERSON|KETTLEWELL, Willem]] — ileus, NGT on free drainage, NBM, repeat AXR Wed\nBed 7 — closed (deep clean)`,
  ],
  [
    'progress-note',
    `night f/u 0310 called re pt in bed [[MRN|22]] [[PERSON|Florentyna Szczepańska]] agitated pulling at cannula 4AT 6 no new focal neuro BM 7.2 urine dip neg reassured son [[PERSON|Bartek]] phoned will come at 0800 no sedation for now reviewed 0400 settled — [[PERSON|T. Uttley]] SHO [[DATE|21/11]]`,
  ],
  [
    'discharge',
    `Dear Dr [[PERSON|Nancarrow]],\nRe: [[PERSON|Euan McCorquodale]], DOB [[DATE|14/02/1961]], NHS [[INSURANCE_ID|9998746000]]\nAdmitted [[DATE|15 November 2026]] and discharged [[DATE|21 November 2026]] with community-acquired pneumonia (CURB-65 2). He completed 5 days of amoxicillin and clarithromycin. Please repeat a chest X-ray in 6 weeks.\nYours sincerely,\nDr [[PERSON|Aoife Keaveney]], ST4 Respiratory`,
  ],
  [
    'discharge',
    `Discharge advice after knee arthroscopy: keep the dressing dry for 48 hours, then you may shower with a waterproof cover. Take paracetamol 1 g up to four times a day as needed. Call the ward if your calf becomes swollen or painful or if you have a fever over 38 °C. Follow-up in clinic in 2 weeks.`,
  ],
  [
    'discharge',
    `DISCHARGE SUMMARY\nPt: [[PERSON|Guadalupe Bracamonte]]   Acct#: [[MRN|HAR-77218340]]   Adm [[DATE|11/17/26]]   D/C [[DATE|11/22/26]]\nDx: DKA, new-onset T1DM. Discharged on glargine 18 u qHS and lispro per scale.\nPCP: Dr. [[PERSON|Winslow Gomersall]]. Diabetes educator [[PERSON|Moana Leiataua]] to call the patient's cell [[PHONE|(602) 555-0147]] on [[DATE|11/24/26]].`,
  ],
  [
    'outpatient',
    `Cardiology Clinic — [[DATE|2026-11-20]]\nPatient: [[PERSON|Étienne Beaulieu-Fréchette]]   OHIP [[INSURANCE_ID|8513-975-592]]-KT\nPalpitations; Holter showed paroxysmal AF, burden 8%. CHA2DS2-VASc 2. Started apixaban 5 mg bid.\nFollow-up [[DATE|Feb 2027]]. — Dr [[PERSON|Navneet Sandhawalia]]`,
  ],
  [
    'outpatient',
    `Sleep Medicine Consult — Mon [[DATE|11/23/2026]]\nPatient [[PERSON|Jomo Kariuki]], 49M, referred by Dr. [[PERSON|Sedgwick]] for loud snoring and witnessed apneas. ESS 15, BMI 34, neck 44 cm. HSAT ordered; CPAP titration if AHI ≥ 15. Results will be sent to [[EMAIL|jkariuki.home@example.com]].`,
  ],
  [
    'outpatient',
    `Paediatric outpatients, [[DATE|20 Nov 2026]]\n[[PERSON|Lachlan Kilmartin]] ("[[PERSON|Lochie]]"), 9 y, seen with mum [[PERSON|Shantelle]]. ADHD combined type; methylphenidate LA 20 mg mane; weight 29 kg, appetite reduced at lunch. School report improved. Review [[DATE|March 2027]]. UR [[MRN|5582190]].\nDr [[PERSON|Hemi Rangitoto]]`,
  ],
  [
    'referral',
    `Dear Rheumatology colleague,\nI would be grateful if you could see [[PERSON|Bronwen Lovelock-Meredydd]] (DOB [[DATE|02/07/1972]], NHS [[INSURANCE_ID|999 479 0536]]), who has had early-morning stiffness of both hands since [[DATE|August 2026]]; CRP 24, anti-CCP strongly positive. Mob [[PHONE|07700 900587]].\nDiolch / Kind regards,\nDr [[PERSON|Emrys Tudur]], [[DATE|20/11/2026]]`,
  ],
  [
    'referral',
    `REFERRAL — Gastroenterology\nPatient: [[PERSON|Trinh Ngoc Diep]]   DOB [[DATE|05/30/1979]]   Phone [[PHONE|(206) 555-0119]]\nInsurance: Cascadia Health member ID [[INSURANCE_ID|CHW884172305]]\nReason: iron-deficiency anemia (Hb 9.1, ferritin 6), positive FIT. Colonoscopy and EGD requested.\nReferring: [[PERSON|Marisela Iturbide]], NP   Date: [[DATE|11/19/2026]]`,
  ],
  [
    'referral',
    `Internal consult request: Psychiatry C-L to see [[PERSON|Dmitri Volkonsky]], rm [[MRN|731]], MRN [[MRN|21877304]]. POD 2 after hip ORIF, acute confusion vs alcohol withdrawal (CIWA 14). Requesting: Dr [[PERSON|Farah Leghari]], pager 4471. [[DATE|23-Nov-2026]].`,
  ],
  [
    'handover',
    `ED BOARD 0700 [[DATE|23/11]]\nCub [[MRN|1]] — [[PERSON|NGCOBO, Sipho]] — chest pain, trop x2 neg, for d/c\nCub 2 — empty\nCub 3 — unknown male ~30, found in park, GCS 14, awaiting ID\nCub [[MRN|4]] — [[PERSON|HORVÁTHOVÁ, Renata]] — renal colic, CTKUB 5 mm stone, analgesia\nHanded over by [[PERSON|Jaz]] to [[PERSON|Ceri]]`,
  ],
  [
    'handover',
    `SBAR — [[DATE|22 Nov]] 02:05 — call from RN [[PERSON|Folake Olanrewaju]] (ext 5521) to Dr [[PERSON|Whiteley]]:\nS: Mr [[PERSON|Hamish Urquhart]], bed [[MRN|9]], ward 7, new-onset chest pain.\nB: day 3 after bowel resection. A: BP 98/60, HR 118 irregular, ECG new AF. R: please review within 15 min.`,
  ],
  [
    'handover',
    `ITU handover — Sunday [[DATE|22 November 2026]]\nBed [[MRN|3]]: [[PERSON|Hortense Ibbotson]], [[AGE|91]], urosepsis, noradrenaline 0.08, lactate clearing. Daughter [[PERSON|Treasa]] visiting 2pm.\nBed 4: empty.\nBed [[MRN|5]]: [[PERSON|Kofi Amoako-Tetteh]], 56, post-arrest, TTM day 2.`,
  ],
  [
    'nursing-note',
    `Home Health Visit Note — [[DATE|11/20/2026]]\nClient: [[PERSON|Evangeline Landon]], [[AGE|93]] y/o, at [[ADDRESS|2207 Bayou Bend Rd, Houma, LA 70360]]\nStage 3 sacral pressure injury 3.2 × 2.0 cm, granulating; foam dressing changed. Caregiver grandson [[PERSON|Remy]] taught offloading and turns q2h.\nRN [[PERSON|Jolene Kirkbride]]`,
  ],
  [
    'nursing-note',
    `Reminder to all staff: hourly rounding sheets must be completed for every patient on the falls list. Bed alarms should be checked at the start of each shift. Report any faulty alarms to the nurse in charge. Thanks.`,
  ],
  [
    'nursing-note',
    `District nursing visit [[DATE|19/11/2026]] — Mrs [[PERSON|Yolanda Pappas]], [[ADDRESS|14 Currawong Cres, Mount Gambier SA 5290]]. Venous leg ulcer L gaiter 4 × 3 cm, compression reapplied. Daughter [[PERSON|Despina]] present. Next visit Fri. — EN [[PERSON|Kaylene Mowat]]`,
  ],
  [
    'lab-report',
    `LAB REPORT\nPatient: [[PERSON|PRZYBYLSKI, Agnieszka]]   MRN: [[MRN|60338129]]   Acc#: [[MRN|C26-1123-0442]]\nCollected: [[DATE|11/23/2026]] 06:12\nNa 128 (L) 135–145 | K 5.9 (H) 3.5–5.1 | Cr 2.6 (H) 0.6–1.1 | Glu 64 (L) 70–99\nCritical K called to RN [[PERSON|Daoud]] at 06:48 by MLS [[PERSON|J. Varley]]`,
  ],
  [
    'lab-report',
    `MICROBIOLOGY — Blood cultures\nSurname: [[PERSON|MENZIES]]   Forename: [[PERSON|Seonaid]]\nHosp No: [[MRN|K4419023]]   NHS: [[INSURANCE_ID|9991765360]]\nReceived: [[DATE|21/11/2026]]\nGram-positive cocci in clusters at 14 h; MRSA PCR negative; S. aureus (MSSA), flucloxacillin sensitive.\nPhoned to Dr [[PERSON|Jatoi]] [[DATE|22/11/2026]] 09:15.`,
  ],
  [
    'lab-report',
    `Histopathology Report   Specimen: [[MRN|S26-44817]]\nName: [[PERSON|Ngozi Chukwuma]]   DOB: [[DATE|1968-04-11]]\nReceived [[DATE|2026-11-16]]; reported [[DATE|2026-11-23]].\nColon, sigmoid, polypectomy: tubular adenoma with low-grade dysplasia, completely excised.\nPathologist: Dr [[PERSON|Leopoldo Scarpellini]]`,
  ],
  [
    'imaging-report',
    `CT PULMONARY ANGIOGRAM — [[DATE|Nov 21, 2026]]\nPatient: [[PERSON|Tobias Starling]]   Accession: [[MRN|CT7728103]]\nFilling defects in right lower lobe segmental arteries; RV/LV ratio 0.9. No infarct. Comparison: none.\nReported by [[PERSON|A. Mukherjee]], MD`,
  ],
  [
    'imaging-report',
    `Bilateral mammogram, [[DATE|18/11/2026]] — Mrs [[PERSON|Felicity Dunnock]], hosp no [[MRN|R2281760]]. Compared with [[DATE|October 2024]]: stable benign calcification left UOQ. M2. Routine recall. Reporter: Dr [[PERSON|Sunniva Hartvigsen]]`,
  ],
  [
    'prescription',
    `KESTREL LANE PHARMACY\nMR [[PERSON|DESMOND AGYEMAN]]\n[[DATE|23/11/26]]\nAMOXICILLIN 500MG CAPSULES  QTY 21\nTAKE ONE CAPSULE THREE TIMES A DAY\nCOMPLETE THE COURSE`,
  ],
  [
    'prescription',
    `e-Prescription\nPatient: [[PERSON|Marguerite Trahan]]   DOB [[DATE|09/14/1955]]\nPharmacy: Cedar Ridge Drug #2210\nRx: atorvastatin 40 mg tab, 1 PO qHS, #90, RF 3\nPrescriber: [[PERSON|Ezekiel Barrowman]], MD   NPI 1427783019\nSent [[DATE|11/23/2026]] 10:04`,
  ],
  [
    'prescription',
    `CONTROLLED DRUG PRESCRIPTION\nPatient: [[PERSON|Zainab Khattak]]\nAddress: [[ADDRESS|41 Harrowgate Terrace, Bradford BD3 8QT]]\nNHS No: [[INSURANCE_ID|9995323346]]\nMorphine sulfate 10 mg/5 ml oral solution, 2.5 ml PRN up to 4-hourly; supply 100 (one hundred) ml.\nSigned Dr [[PERSON|H. Murgatroyd]]   Date [[DATE|20/11/2026]]`,
  ],
  [
    'consent',
    `CONSENT FOR PROCEDURE: bone marrow aspirate and trephine\nPatient name: [[PERSON|Radoslav Kováč]]   Hospital no: [[MRN|B0094417]]\nRisks discussed: pain, bleeding, infection, inadequate sample.\nPatient signature: [[PERSON|R. Kováč]]   Date [[DATE|22/11/2026]]\nWitness: [[PERSON|Chioma Ezeoke]], HCA\nClinician: Dr [[PERSON|Isidore Blanchflower]]`,
  ],
  [
    'consent',
    `Parental consent for general anaesthesia — child [[PERSON|Mateo Ceballos]], 6 y\nParent/guardian: [[PERSON|Ximena Ceballos]] — ID shown: passport [[PASSPORT|G48213977]] (Mexico)\nDate: [[DATE|11/22/2026]]. Interpreter: [[PERSON|Rafael Icaza]] (Spanish).`,
  ],
  [
    'consent',
    `Telephone consent [[DATE|21 Nov 2026]] 16:40: for [[PERSON|Gwilym Gruffydd]] (lacks capacity), consent to PEG insertion given by his health and welfare attorney, [[PERSON|Sioned Gruffydd]], on [[PHONE|01632 960214]]. Second listener on the call: RN [[PERSON|Paulo Manalastas]]. Dr [[PERSON|Thandiwe Molefe]]`,
  ],
  [
    'billing',
    `PATIENT STATEMENT\nGuarantor: [[PERSON|Cornelius Vanderpool]]   SSN [[ID_CARD|987-65-4324]]\nAddress: [[ADDRESS|88 Sawmill Hollow Rd, Montpelier, VT 05602]]\nPatient: [[PERSON|Ada Vanderpool]] (dependent)   Account: [[MRN|PA-3308812]]\nDate of service: [[DATE|10/29/2026]]   Balance due $412.60\nPaid by Visa [[BANK_CARD|4286 7780 4143 1097]] exp 11/29`,
  ],
  [
    'billing',
    `INVOICE INV-2611-0423\nPatient: Ms [[PERSON|Paloma Kumordzi]]\nConsultation [[DATE|16 Nov 2026]] £220; MRI knee [[DATE|18 Nov 2026]] £640\nPaid by Mastercard [[BANK_CARD|5308966352113302]]\nReceipt e-mailed to [[EMAIL|p.kumordzi@example.co.uk]]`,
  ],
  [
    'billing',
    `Travel insurance claim — Policy [[INSURANCE_ID|TRV-NZ-5520917]]\nClaimant: [[PERSON|Aroha Mahuika]], passport [[PASSPORT|LJ402817]] (New Zealand)\nTreated at a clinic in Bali [[DATE|3 Nov 2026]] – [[DATE|6 Nov 2026]] for dengue fever.\nContact e-mail: [[EMAIL|aroha.t@example.co.nz]]`,
  ],
  [
    'online-consult',
    `TELEHEALTH SESSION LOG\nUser: [[ACCOUNT|pinecone_rider]]\nPatient: [[PERSON|Tuan Huynh]]   DOB [[DATE|12/02/1990]]\nSession start [[DATE|2026-11-22]] 20:14 UTC, client IP [[IP|198.51.100.143]]\nConcern: dysuria x2 days, no fever. Dx uncomplicated UTI; nitrofurantoin 100 mg bid x5d sent to pharmacy.\nClinician: [[PERSON|Kaito Sørlie]], PA-C`,
  ],
  [
    'online-consult',
    `e-Visit [[MRN|EV-0093318]] — [[DATE|Nov 23]]\nDr [[PERSON|Nkansah]]: Hi [[PERSON|Zipporah]], I've looked at the photo of the rash.\n[[PERSON|Zipporah]]: thanks, it's spreading up my arm and it's warm\nDr [[PERSON|Nkansah]]: that looks like cellulitis; please go to urgent care today so someone can mark the edge and start antibiotics.`,
  ],
  [
    'online-consult',
    `Portal message from [[ACCOUNT|quietharbour22]] (IP [[IP|198.51.100.236]]), [[DATE|22 Nov 2026]]: "Hi, this is [[PERSON|Anahera]], [[PERSON|Rangi Hohaia]]'s wife. Is his warfarin still 5 mg after the INR of 3.4 yesterday?"\nReply from pharmacist [[PERSON|Leticia Oyarzabal]]: "Please hold tonight's dose; the clinic will ring you."`,
  ],
  [
    'patient-message',
    `Hi Dr [[PERSON|Wróblewski]], this is [[PERSON|Juniper Thwaites]] (DOB [[DATE|6/3/1993]]). Could you refill my sertraline 100 mg? Last filled [[DATE|Oct 25]]. My app username is [[ACCOUNT|junebug_thwaites]]. Thanks!`,
  ],
  [
    'patient-message',
    `From: [[EMAIL|olumide.oyebanji@example.com]]\nTo: records@example.org\nSubject: medical records request\nHello, I am requesting the records of my admission from [[DATE|September 3, 2026]] to [[DATE|September 9, 2026]]. Name: [[PERSON|Olumide Oyebanji]], DOB [[DATE|17 January 1984]], hospital number [[MRN|A6620938]]. Please upload them to [[URL|https://share.example.com/u/oa-7731]].`,
  ],
  [
    'patient-message',
    `To all the staff on Ward 12 — thank you for making Mum's ([[PERSON|Dorothy Hepplewhite]]) [[AGE|100]]th birthday on the ward so special. Thanks especially to Sister [[PERSON|Columba]] and to [[PERSON|Padraig]] the porter, who sang. Love, [[PERSON|Paula]] & family, [[DATE|20/11/26]]`,
  ],
  [
    'family-chat',
    `[Family 🏥]\nMum: Dad's in bed 22 on ward 9 now\n[[PERSON|Wojtek]]: ok I'll drive up after work, parking the van [[PLATE|KX71 RZP]]\nAuntie [[PERSON|Bożena]]: tell him we are praying\n[[PERSON|Wojtek]]: will do. [[PERSON|Gosia]] can you bring his glasses\n[[PERSON|Gosia]]: yep 👍`,
  ],
  [
    'family-chat',
    `[[PERSON|Nayeli]]: grandma moved to room 418\n[[PERSON|Joaquín]]: parking in the garage, my truck is [[PLATE|8KTR512]]\nTío [[PERSON|Anselmo]]: her Medicare card is in the blue folder\n[[PERSON|Nayeli]]: nurse [[PERSON|Eoghan]] said discharge maybe Wednesday [[DATE|Nov 25]]`,
  ],
  [
    'sms-reminder',
    `Hi [[PERSON|Innes]], reminder: your hygienist appt is Thu [[DATE|26 Nov]] at 2:40pm. Ref BK88402. Reply Y to confirm or manage at [[URL|https://book.example.co.uk/c/9XfK2]]`,
  ],
  [
    'sms-reminder',
    `Flu and COVID-19 vaccines are available for over-65s at our Saturday walk-in clinic, 9am–1pm. No appointment needed. Reply STOP to opt out.`,
  ],
  [
    'cath-lab',
    `CARDIAC CATHETERIZATION REPORT\nPatient: [[PERSON|Roderick Earnshaw]]   MRN [[MRN|77102938]]   Procedure date: [[DATE|11/20/2026]]\nCath lab case #: [[MRN|CL-26-1184]]\nAccess R radial 6F. LM normal; LAD 95% proximal; RCA 50% mid. PCI to LAD with 3.5 × 18 mm DES (lot 7731A). Contrast 140 mL, fluoro 11.2 min, air kerma 980 mGy. TR band off at 16:30.\nOperator: Dr [[PERSON|Imani Wambui]]   Fellow: Dr [[PERSON|Santiago Brizuela]]   Scrub RN: [[PERSON|Kerensa Chenoweth]]`,
  ],
  [
    'cath-lab',
    `After your cardiac catheterization (wrist approach): keep the wrist straight for 24 hours; do not lift more than 5 lb with that arm for 5 days; remove the dressing after 24 hours; if the site bleeds, press firmly for 10 minutes and call 911 if it does not stop.`,
  ],
  [
    'transplant-clinic',
    `Transplant Clinic — [[DATE|19 November 2026]]\nRe: [[PERSON|Oisín Cunnane]], DOB [[DATE|08/12/1979]], Hosp no [[MRN|T0558217]], NHS [[INSURANCE_ID|9992424869]]\nLiving-donor kidney transplant [[DATE|14 March 2023]] (donor: brother [[PERSON|Donncha]]). Tacrolimus level 7.4, creatinine 118, BK PCR negative. Continue current immunosuppression. Next clinic [[DATE|January 2027]].\nDr [[PERSON|Adaeze Obiekwe]], Transplant Nephrology`,
  ],
  [
    'transplant-clinic',
    `Transplant medication tips: take tacrolimus at the same times every day, 12 hours apart; on clinic days bring your morning dose with you and take it after your blood test; avoid grapefruit and pomelo; never stop your anti-rejection medicines without speaking to the transplant team.`,
  ],
  [
    'campus-health',
    `Student Health Center — Visit [[DATE|11/18/2026]]\nStudent: [[PERSON|Aaliyah Merryweather]]   Student ID 90231788   Student health plan member ID [[INSURANCE_ID|SHP-4471-0922]]\nResidence: [[ADDRESS|Hawthorne Hall, Room 312]]\nDx: infectious mononucleosis (monospot +); no contact sports for 4 weeks. Class-absence note through [[DATE|11/25/2026]].\nSeen by Dr. [[PERSON|Priyamvada Thirumalai]]; results to [[EMAIL|amerryweather@student.example.edu]]`,
  ],
  [
    'campus-health',
    `Campus Wellness chat — [[DATE|Nov 22]], 23:12\n[[ACCOUNT|nightowl_ryota]]: can't sleep, panic attacks before finals\nCounselor [[PERSON|Malin]]: thanks for reaching out, [[PERSON|Ryota]]. Are you safe right now?\n[[ACCOUNT|nightowl_ryota]]: yes just stressed\nCounselor [[PERSON|Malin]]: I've booked you with Dr. [[PERSON|Gilmartin]] on [[DATE|Nov 24]] at 10am.`,
  ],
  [
    'eye-surgery-ward',
    `Eye Ward — post-op day 1 — [[DATE|23/11/2026]]\nBed [[MRN|2]]: Mr [[PERSON|László Fekete]], 67, R vitrectomy + C3F8 gas for macula-off RD. VA HM, IOP 19. Posture face-down 50 min in every hour for 7 days; no flying. Hosp no [[MRN|E3390215]]. Wife [[PERSON|Zsuzsanna]] on [[PHONE|07700 900662]].\nSurgeon: Mr [[PERSON|Obadiah Ferncastle]]`,
  ],
  [
    'eye-surgery-ward',
    `Cataract list — Tuesday [[DATE|24 November 2026]]\n1. [[PERSON|WHITTINGTON, Mavis]]  [[AGE|90]]  L phaco, IOL 21.5 D — Bay [[MRN|1]]\n2. [[PERSON|MOODLEY, Kumaren]]  71  R phaco, IOL 23.0 D — Bay [[MRN|2]]\n3. Bay 3 — cancelled (unwell)`,
  ],
  [
    'refugee-screening',
    `Refugee Health Assessment — [[DATE|11/17/2026]]\nName: [[PERSON|Hamid Stanekzai]] (Afghanistan)   A-Number: [[ID_CARD|A213-884-571]]\nArrival date: [[DATE|10/30/2026]]\nIGRA positive, CXR clear → LTBI; rifampin x4 months. Hep B sAg negative. Strongyloides serology pending.\nInterpreter (Dari): [[PERSON|Farida Hashimi]]   Case manager: [[PERSON|Lucy Kettlewell]] [[PHONE|(402) 555-0183]]`,
  ],
  [
    'refugee-screening',
    `Initial Health Assessment — asylum seeker, contingency hotel\nName: [[PERSON|Semhar Tesfamariam]] (Eritrea), 24 y   Home Office ref: [[ID_CARD|T1182047]]\nCurrent address: [[ADDRESS|Room 119, Parkside Hotel, 60 Ings Lane, Wakefield WF1 1RG]]\nSeen [[DATE|20 Nov 2026]]; pregnant 22/40, booked with midwife [[PERSON|Orla Tuohy]]. Tigrinya interpreter by phone.`,
  ],
];

export function generateDeidHoldout19(): LabelledRecord[] {
  return holdoutRecords('h19', zh, en);
}

export const DEID_HOLDOUT_19_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/labelled/deid-holdout-19.jsonl',
);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const records = generateDeidHoldout19();
  writeFileSync(DEID_HOLDOUT_19_PATH, renderJsonl(records));
  console.log(`wrote ${records.length} records to ${DEID_HOLDOUT_19_PATH}`);
}
