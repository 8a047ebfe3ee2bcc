import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { holdoutRecords, type LabelledRecord, renderJsonl } from './generate-deid.ts';

/**
 * The ROUND-17 fresh held-out de-identification set (data/labelled/deid-holdout-17.jsonl): hand-written
 * snippets with hand-placed spans, marked inline as [[TYPE|text]] (parseMarked strips the marks and
 * records UTF-16 offsets). Written by a separate annotator who did not read the recognizer code and
 * never ran a recognizer on these snippets; it must not be used to tune the recognizers.
 *
 * About four fifths are the everyday documents of a general hospital and the messages of its patients
 * (admission, progress and discharge notes, outpatient notes, referrals, handovers, nursing notes,
 * lab, pathology and imaging reports, prescriptions, consent, billing and insurance forms, online
 * consultations, patient messages, family chats and SMS reminders); about a fifth come from settings
 * earlier rounds did not list: allergy clinics (skin-prick tests, food challenges, immunotherapy),
 * lymphoedema clinics, continence / pelvic-floor clinics, dermatology phototherapy units and sexual
 * health clinics.
 *
 * Identifiers are synthetic: resident IDs carry a valid GB 11643 check character and a region code, sex
 * digit and birth date consistent with the text (15-digit IDs likewise), bank cards a valid Luhn digit,
 * NHS numbers are in the 999 test range with their modulus-11 digit, the Australian Medicare number
 * passes its check digit and the OHIP number its Luhn digit; the US SSN is in the 987-65-432x
 * advertising range. Phones are random mainland numbers or fictional ranges (North American 555-01xx,
 * UK 07700 900xxx and 01632 960xxx, Australian 0491 570 xxx); mail and web hosts are example.*; IP
 * addresses come from the documentation ranges.
 *
 * Span conventions are those of data/labelled/deid-holdout-2 to -16 cards; the decisions new in this
 * round are in data/labelled/deid-holdout-17.card.yaml.
 */
const zh: Array<[string, string]> = [
  [
    'admission',
    `呼吸科入院记录\n姓名：[[PERSON|聂晓川]]　性别：男　年龄：68岁\n身份证：[[ID_CARD|410105195803141613]]\n住院号：[[MRN|HX2611220356]]　床位：呼吸二病区[[MRN|14]]床\n入院时间：[[DATE|2026年11月22日]] 16:20\n主诉：咳嗽咳痰伴气促5天，加重1天。SpO2 89%（未吸氧），WBC 13.2×10^9/L，CRP 86 mg/L。\n户籍地址：[[ADDRESS|郑州市金水区杏坛北街37号院5号楼2单元301]]\n紧急联系人：女儿[[PERSON|聂思语]] [[PHONE|13838627415]]\n接诊医师：[[PERSON|蒯立峰]]`,
  ],
  [
    'admission',
    `[[DATE|11月20日]]傍晚，[[AGE|九十三]]岁的[[PERSON|邵桂芝]]奶奶在家中如厕时跌倒，右髋疼痛不能站立，由儿子[[PERSON|邵家栋]]（[[PHONE|13663827140]]）从[[ADDRESS|郑州市二七区樱桃沟东路12号院3号楼]]驾车送至急诊，X线示右股骨颈骨折，收入骨科[[MRN|36]]床，住院号[[MRN|GK-2611-07742]]。既往高血压30年，服氨氯地平5 mg qd。值班医师：[[PERSON|荆文澜]]`,
  ],
  [
    'admission',
    `儿科入院 | 患儿：[[PERSON|籍子墨]]，男，11岁 | 身份证号 [[ID_CARD|610113201506062850]] | 入院 [[DATE|2026-11-21]] | 发热4天、皮疹、双眼结膜充血、草莓舌，考虑川崎病 | 母亲：[[PERSON|甘松]]（[[PHONE|18691734250]]） | 住址：[[ADDRESS|西安市雁塔区青芷路108号14栋1单元602室]]`,
  ],
  [
    'progress-note',
    `[[DATE|2026.11.22]] 查房记录\n[[PERSON|温雅琴]]主任查房：患者[[PERSON|卜建勋]]，腹腔镜结肠癌根治术后第3天，肛门已排气，引流液淡血性30 mL，予拔除胃管，流质饮食。嘱复查血常规及电解质。记录：住院医师[[PERSON|苗若溪]]`,
  ],
  [
    'progress-note',
    `夜班病程 23:40 患者[[PERSON|戚玉梅]] [[MRN|9]]床 诉心悸 心电监护示房颤心室率132次/分 血压118/76 予美托洛尔5mg静推后降至96次/分 已告知值班医生[[PERSON|诸葛晚舟]] 明早复查电解质及甲功 护士[[PERSON|阳晓菲]]`,
  ],
  [
    'progress-note',
    `阶段小结（住院第14天）\n姓名：[[PERSON|鲍文彬]]　旧身份证号：[[ID_CARD|320102520408137]]\n病案号：[[MRN|BA0318265]]\n诊断：脑梗死恢复期、2型糖尿病。NIHSS评分由8分降至3分，空腹血糖6.8 mmol/L。计划[[DATE|11月27日]]转康复科。\n主治医师：[[PERSON|左思齐]]`,
  ],
  [
    'discharge',
    `出院记录\n患者：[[PERSON|尚婉清]]　女　53岁　住院号：[[MRN|ZY2611150287]]\n身份证号：[[ID_CARD|370202197307090020]]\n住址：[[ADDRESS|青岛市市南区观澜支路6号甲2单元401户]]\n入院日期：[[DATE|2026年11月15日]]　出院日期：[[DATE|2026年11月23日]]\n出院诊断：急性胰腺炎（胆源性）\n出院医嘱：低脂饮食，戒酒，[[DATE|12月7日]]肝胆外科门诊复诊评估胆囊切除。\n经治医师：[[PERSON|阎博涛]]`,
  ],
  [
    'discharge',
    `出院指导（慢阻肺）：1. 噻托溴铵吸入剂每日一次，每次1吸；2. 家庭氧疗每天不少于15小时，流量1-2 L/min；3. 如气促加重、痰量增多或发热，及时就诊；4. 两周后呼吸科门诊复查肺功能。`,
  ],
  [
    'discharge',
    `出院证明书\n兹证明[[PERSON|司徒慧敏]]，女，35岁，身份证[[ID_CARD|440106199012020065]]，于[[DATE|2026年11月10日]]至[[DATE|11月21日]]在我院妇产科住院，诊断：异位妊娠（左输卵管），行腹腔镜手术。建议休息两周。\n医保卡号：[[INSURANCE_ID|GZ4401062031557]]\n住址：[[ADDRESS|广州市天河区荔苑西路22号803房]]`,
  ],
  [
    'outpatient',
    `眼科门诊病历  就诊卡号[[MRN|0062519834]]  姓名[[PERSON|符海涛]]  男  60岁  身份证[[ID_CARD|510107196605217673]]  就诊日期[[DATE|2026/11/23]]\n主诉：右眼视物模糊半年。查体：右眼视力0.3，左眼0.8，右眼晶状体皮质混浊C3。诊断：年龄相关性白内障（右）。处理：预约[[DATE|12月3日]]白内障超声乳化+人工晶体植入。医师：[[PERSON|宓晨曦]]（视力由护士[[PERSON|隋梦瑶]]测）`,
  ],
  [
    'outpatient',
    `神经内科门诊 [[DATE|11月22日]]\n[[PERSON|骆淑华]]，女，79岁，门诊号[[MRN|MZ2611220519]]，身份证[[ID_CARD|42010619470118160X]]。家属诉近一年记忆力下降、反复问同一件事。MMSE 19分，头颅MRI示双侧海马萎缩。诊断：阿尔茨海默病可能。予多奈哌齐5 mg qn。陪诊：儿媳[[PERSON|覃晓燕]]，电话[[PHONE|15927381064]]。`,
  ],
  [
    'outpatient',
    `消化内科门诊记录\n患者 [[PERSON|宁远航]]（男，44岁，手机[[PHONE|15852603918]]）\n病历号：[[MRN|P00874412]]\n上腹痛反复3月，饥饿时明显。C13呼气试验阳性，DOB 18.6。予四联方案14天。复诊：[[DATE|2026年12月21日]]，停药4周后复查呼气试验。\n医生：[[PERSON|展翊辰]]（进修医师[[PERSON|贲晓楠]]记录）`,
  ],
  [
    'referral',
    `转诊单（社区→上级医院）\n转出单位：某社区卫生服务中心\n患者姓名：[[PERSON|茅建国]]　身份证号：[[ID_CARD|21010219551111561X]]\n现住址：[[ADDRESS|沈阳市和平区南湖畔路15-3号2门]]\n联系电话：[[PHONE|13998270431]]\n转诊原因：血压控制不佳，三联降压药下仍为172/104 mmHg，肌酐156 μmol/L，请肾内科评估。\n转诊日期：[[DATE|2026年11月23日]]　转诊医生：[[PERSON|幸蔓菁]]（[[PHONE|18640127795]]）`,
  ],
  [
    'referral',
    `会诊申请：血液科\n请会诊科室：骨科　[[MRN|22]]床　[[PERSON|麦思远]]　住院号[[MRN|ZY2611190063]]\n术后第5天血红蛋白由128降至71 g/L，血小板42×10^9/L，请协助诊治。\n申请医师：[[PERSON|郗宏图]]　会诊医师：[[PERSON|农建英]]　[[DATE|2026-11-23]] 09:15`,
  ],
  [
    'referral',
    `下转单：患者[[PERSON|龙秀芬]]，女，65岁，身份证号码[[ID_CARD|440304610912248]]，左侧乳腺癌术后化疗结束，转回居住地社区健康服务中心继续随访，现住[[ADDRESS|深圳市福田区风荷苑6栋1205]]。出院时间[[DATE|11月20日]]。家属：[[PERSON|龙振华]] [[PHONE|13723985516]]。`,
  ],
  [
    'handover',
    `护理交班本 [[DATE|2026年11月22日]] 夜班\n床号｜姓名｜病情\n[[MRN|3]]｜[[PERSON|胥德明]]｜PCI术后，右桡动脉加压器已松解\n4｜空床｜—\n[[MRN|5]]｜[[PERSON|冉秋月]]｜心衰，出入量负500 mL\n值班医生：[[PERSON|邢朗]]\n交班：[[PERSON|柏小雨]]　接班：[[PERSON|岑敏]]`,
  ],
  [
    'handover',
    `“急诊留观这边交一下：[[MRN|2]]号床[[PERSON|汤德胜]]，上消化道出血，已输红细胞2U，胃镜约了明早；6号床无名氏，醉酒外伤，CT未见出血，等家属；8号床空着。”——交班人[[PERSON|薛俊彦]]`,
  ],
  [
    'handover',
    `ICU交班 [[DATE|11-23]] 08:00\n[[MRN|12]]床 [[PERSON|钮德厚]]，[[AGE|九十四]]岁，重症肺炎、呼吸衰竭，气管插管第3天，FiO2 45%，PEEP 8，去甲肾上腺素0.08 μg/kg/min。\n家属（孙子[[PERSON|钮一鸣]]）要求每日电话告知病情：[[PHONE|17702836691]]。`,
  ],
  [
    'nursing-note',
    `护理记录 [[DATE|2026-11-22]] 14:30 [[MRN|18]]床[[PERSON|娄红英]] 骶尾部2期压力性损伤，面积2.5×2 cm，已予泡沫敷料，每2小时翻身，Braden评分12分，旧身份证：[[ID_CARD|410302571201064]]，家属[[PERSON|娄志成]]已知情。护士：[[PERSON|焦梦琪]]`,
  ],
  [
    'nursing-note',
    `胰岛素注射宣教要点：注射部位轮换（腹部、大腿外侧、上臂），距肚脐5 cm以外；针头一次一换；餐前15分钟注射门冬胰岛素；出现心慌、出汗、手抖时立即进食糖块并测血糖。`,
  ],
  [
    'nursing-note',
    `居家护理记录\n服务对象：[[PERSON|薄玉兰]]，[[AGE|九十二]]岁\n地址：[[ADDRESS|成都市武侯区枇杷巷9号2栋3单元4楼]]\n服务日期：[[DATE|2026年11月21日]]\n内容：更换胃管，回抽胃液pH 4，听诊确认位置；指导保姆[[PERSON|黎春燕]]鼻饲方法。\n护士：[[PERSON|饶佳怡]]　电话[[PHONE|13551870924]]`,
  ],
  [
    'lab-report',
    `检验报告单\n姓名：[[PERSON|阮诗涵]]　性别：女　年龄：38岁\n标本号：[[MRN|2611231582]]　科室：内分泌科　送检医生：[[PERSON|汝婷]]\n采样时间：[[DATE|2026-11-23]] 07:45\nTSH 0.01 mIU/L ↓　FT4 38.6 pmol/L ↑　TRAb 12.4 IU/L ↑\n检验者：[[PERSON|金蕾]]　审核者：[[PERSON|游振宇]]`,
  ],
  [
    'lab-report',
    `病理诊断报告\n病理号：[[MRN|P2611-04521]]\n姓名：[[PERSON|侯锦程]]　身份证：[[ID_CARD|330106198210301271]]\n送检：胃窦黏膜活检\n诊断：慢性萎缩性胃炎伴肠上皮化生（轻度），HP（+）\n报告日期：[[DATE|2026年11月20日]]　诊断医师：[[PERSON|厉海宁]]`,
  ],
  [
    'lab-report',
    `危急值登记 [[DATE|11/22]] 03:12 检验科[[PERSON|滕子涵]]来电：[[MRN|41]]床[[PERSON|蓝国强]] 血钾6.9 mmol/L。接听护士[[PERSON|喻佳]]复述确认，已报告医生[[PERSON|凤鸣]]，予葡萄糖酸钙及胰岛素+葡萄糖处理。`,
  ],
  [
    'imaging-report',
    `超声检查报告　检查号：[[MRN|US2611220391]]\n姓名：[[PERSON|谷穗]]　女　32岁\n检查日期：[[DATE|2026年11月22日]]\n甲状腺右叶见一低回声结节，大小约1.2×0.9 cm，边界不清，纵横比＞1，内见微钙化，TI-RADS 5类。建议细针穿刺。\n诊断医师：[[PERSON|牛嘉琪]]`,
  ],
  [
    'imaging-report',
    `头颅CT平扫：[[PERSON|费长庚]]，男，71岁，影像号[[MRN|CT2611230078]]。与[[DATE|2026年8月]]片比较，左侧基底节区新发低密度灶，考虑急性脑梗死；脑白质脱髓鞘改变。报告医师：[[PERSON|边栩]]，审核：[[PERSON|支国华]]`,
  ],
  [
    'prescription',
    `医保处方\n费别：职工医保　医保卡号：[[INSURANCE_ID|1201046208036]]\n姓名：[[PERSON|苟志刚]]　男　64岁　身份证：[[ID_CARD|120104196208036092]]　门诊号：[[MRN|MZ2611230214]]\n开具日期：[[DATE|2026-11-23]]\nRp：瑞舒伐他汀钙片 10 mg×28片 qn；阿司匹林肠溶片 100 mg×28片 qd\n医师：[[PERSON|景淑敏]]　药师：[[PERSON|祁晨]]`,
  ],
  [
    'prescription',
    `儿科处方笺　[[DATE|2026年11月21日]]\n姓名：[[PERSON|洪奕辰]]（小名：[[PERSON|糍糍]]）　4岁　体重17 kg\n诊断：急性支气管炎\n阿莫西林克拉维酸钾干混悬剂 每次 228.5 mg bid ×7天\n布地奈德混悬液 0.5 mg 雾化 bid\n医师：[[PERSON|兰心悦]]`,
  ],
  [
    'prescription',
    `麻醉药品和第一类精神药品处方　[[DATE|2026年11月22日]]\n患者：[[PERSON|练屹川]]　身份证：[[ID_CARD|500103197012195699]]\n住址：[[ADDRESS|重庆市渝中区鹅岭坡道41号7-2]]\n诊断：肺癌骨转移，癌痛（NRS 7分）\n盐酸羟考酮缓释片 20 mg q12h ×7天\n代办人：[[PERSON|练思琪]]（女儿）　身份证：[[ID_CARD|310115199402284426]]\n医师：[[PERSON|卫成林]]`,
  ],
  [
    'consent',
    `手术知情同意书（摘录）\n患者：[[PERSON|裴雪晴]]　住院号：[[MRN|ZY2611200915]]\n拟行手术：腹腔镜下胆囊切除术\n手术风险：出血、胆漏、胆管损伤、中转开腹等，已充分告知。\n患者签字：[[PERSON|裴雪晴]]　日期：[[DATE|2026年11月22日]]\n谈话医师：[[PERSON|仇永健]]\n见证人：[[PERSON|那晓东]]`,
  ],
  [
    'consent',
    `授权委托书\n本人[[PERSON|管德茂]]（身份证号[[ID_CARD|370102480220315]]）因听力下降，委托儿子[[PERSON|管云帆]]（身份证号[[ID_CARD|130102197601052498]]）代为签署本次住院期间的各项知情同意书。\n委托人签字：[[PERSON|管德茂]]　[[DATE|2026年11月21日]]\n见证人：[[PERSON|蒲文杰]]`,
  ],
  [
    'consent',
    `输血治疗同意书：患者[[PERSON|奚美兰]]，女，76岁，身份证[[ID_CARD|220104195006150427]]，[[MRN|27]]床，因消化道出血Hb 58 g/L拟输注悬浮红细胞2U。患者本人意识清楚，委托女儿[[PERSON|奚若兰]]签字，联系电话[[PHONE|13604312278]]。签署日期[[DATE|2026.11.23]]。`,
  ],
  [
    'billing',
    `住院预交金退款申请\n患者姓名：[[PERSON|石斛]]　住院号：[[MRN|ZY2611080452]]\n退款金额：3,260.00元\n收款账户：中国建设银行 [[BANK_CARD|6228484260600621]]\n开户人：[[PERSON|石斛]]\n结算单号：JS2611230027\n申请日期：[[DATE|2026年11月23日]]`,
  ],
  [
    'billing',
    `商业医疗险理赔申请\n被保险人：[[PERSON|万俟晴]]　身份证号：[[ID_CARD|450103198507076085]]\n保单号：[[INSURANCE_ID|PA-4501-2609-883172]]\n就诊日期：[[DATE|2026年11月12日]]—[[DATE|11月18日]]\n理赔款收款卡号：[[BANK_CARD|6214830022268261]]\n电子邮箱：[[EMAIL|wanqiqing85@example.cn]]\n通讯地址：[[ADDRESS|南宁市青秀区凤翔岭路88号3栋1702]]`,
  ],
  [
    'billing',
    `门诊收费票据　票据号码 0061843207\n姓名：[[PERSON|栗子航]]　就诊卡号：[[MRN|7731046528]]\n收费日期：[[DATE|2026-11-22]]\n项目：胃镜检查 480.00　病理 320.00　麻醉 600.00\n合计：1,400.00元　收款员：0217\n备注：部分项目退费，原路退回银行卡[[BANK_CARD|6230586282266008682]]`,
  ],
  [
    'online-consult',
    `【图文问诊】问诊编号[[MRN|WZ2611230688]]\n患者：[[PERSON|阿依努尔·买合木提]]，女，27岁\n主诉：孕9周，恶心呕吐加重2天，每日呕吐6-7次。\n医生[[PERSON|詹文博]]回复：尿酮体如为阳性需住院补液，建议今天就近到产科急诊。\n家属[[PERSON|买买提·艾山]]电话[[PHONE|18999163057]]\n订单号：DD2611230157`,
  ],
  [
    'online-consult',
    `视频复诊记录 复诊编号[[MRN|SP-20261122-0415]] 患者[[PERSON|伍屹峰]] 身份证[[ID_CARD|530103199903304419]] 平台账号[[ACCOUNT|wyf_1999]] 登录IP [[IP|198.51.100.239]] 复诊时间[[DATE|2026-11-22]] 15:30 痛风复诊 尿酸412 μmol/L 非布司他20 mg qd 继续 医生[[PERSON|曲洁]]`,
  ],
  [
    'online-consult',
    `小程序药师咨询\n用户名：[[ACCOUNT|青柠不酸]]\n提问：我妈妈在吃华法林，能不能同时吃阿莫西林？\n药师[[PERSON|闫可欣]]：可以联用，但抗生素可能增强华法林作用，建议用药第3-5天复查INR，目标2.0-3.0。`,
  ],
  [
    'patient-message',
    `医生您好，我是[[MRN|15]]床[[PERSON|庞立新]]的爱人[[PERSON|吕春华]]，他[[DATE|11月19日]]做的肠镜病理出来了吗？结果能否发到我邮箱[[EMAIL|lvchunhua66@example.com.cn]]？谢谢！`,
  ],
  [
    'patient-message',
    `感谢信：我母亲[[PERSON|宗秀兰]]今年[[AGE|九十六]]岁，[[DATE|11月3日]]因心衰住进老年科，[[PERSON|谈书雅]]医生和护士[[PERSON|麦芒]]日夜照顾，现已康复出院。特此致谢！——家属[[PERSON|宗立平]]`,
  ],
  [
    'patient-message',
    `您好，我[[PERSON|卓雅婷]]现在在国外，想委托同学[[PERSON|鲁一帆]]帮我复印住院病历（住院号[[MRN|ZY2609140336]]）。我的护照号[[PASSPORT|EJ4726183]]，需要的话可以加我微信[[ACCOUNT|zhuoyt_0917]]视频确认。病历请寄到[[ADDRESS|杭州市西湖区茶坞弄5号2幢301]]。`,
  ],
  [
    'family-chat',
    `【家人群】\n大姐：妈今天在31床挂水，护士说血钾低\n[[PERSON|小葭]]：我下午请假过去换班，开爸的车，[[PLATE|鲁B·D52873]]，停车场要登记\n爸：医生[[PERSON|井海洋]]说明天出结果\n[[PERSON|阿峰]]：我晚上过去陪夜\n大姐：@[[PERSON|小葭]] 记得带妈的医保卡 [[INSURANCE_ID|3702028806152]]`,
  ],
  [
    'family-chat',
    `[[PERSON|阿砚]]：我把车停在住院部地下B2了，车牌[[PLATE|川A·7K29M]]，你们出来直接找\n二叔：爷爷手术几点？\n[[PERSON|阿砚]]：通知[[DATE|11月24日]]上午第一台，[[PERSON|侯]]医生主刀\n[[PERSON|蕊蕊]]：好，我带爷爷的身份证原件`,
  ],
  [
    'sms-reminder',
    `【某市妇幼保健院】[[PERSON|仲雨桐]]女士，您预约的[[DATE|11月26日]]（周四）上午9:30 OGTT检查请空腹8小时，改约请点击 [[URL|https://yy.example.cn/r/8KQ2D]]`,
  ],
  [
    'sms-reminder',
    `【体检中心】温馨提示：肠镜检查前一天晚餐进流质，检查当日凌晨4点开始服用复方聚乙二醇电解质散，2小时内饮完2000 mL，排出清水样便即可。`,
  ],
  [
    'allergy-clinic',
    `变态反应科门诊\n姓名：[[PERSON|蔺欣然]]　女　38岁\n身份证号：[[ID_CARD|430104198804177248]]\n就诊号：[[MRN|BT2611230041]]\n皮肤点刺试验（[[DATE|2026年11月23日]]）：尘螨+++，猫毛++，组胺对照+++。\n总IgE 486 IU/mL。计划尘螨皮下免疫治疗，首针前签署知情同意。\n医师：[[PERSON|危志宏]]`,
  ],
  [
    'allergy-clinic',
    `尘螨脱敏注射记录（剂量累加期）\n患者：[[PERSON|覃子骞]]　联系电话：[[PHONE|13975204816]]\n第6针｜[[DATE|11月16日]]｜0.4 mL｜局部风团1.5 cm\n第7针｜[[DATE|11月23日]]｜0.5 mL｜无反应\n观察30分钟后离院。下次：[[DATE|11月30日]]。注射护士：[[PERSON|温小溪]]　复核医师：[[PERSON|翟立民]]`,
  ],
  [
    'lymphoedema-clinic',
    `淋巴水肿门诊评估\n[[PERSON|谭佩珊]]，女，58岁，左乳癌改良根治术后4年，左上肢肿胀1年。身份证[[ID_CARD|340104196809090423]]，住[[ADDRESS|合肥市蜀山区梧岗路19号4幢602]]。臂围：肘上10 cm 左31.5/右27.0 cm。ISL分期Ⅱ期。处理：手法淋巴引流＋多层低弹绷带包扎，每周3次。评估日期：[[DATE|2026-11-20]]。治疗师：[[PERSON|米朵]]。丈夫[[PERSON|蔡明轩]]陪同，电话[[PHONE|13965120874]]`,
  ],
  [
    'lymphoedema-clinic',
    `淋巴水肿居家自我管理：患肢避免抽血、测血压和提重物超过5 kg；每日皮肤保湿，防蚊虫叮咬；弹力袖套早上起床时穿戴，睡前脱下；出现红肿热痛警惕丹毒，及时就诊。`,
  ],
  [
    'continence-clinic',
    `盆底与尿失禁门诊\n姓名：[[PERSON|邬慧芳]]　年龄：47岁　病历号：[[MRN|PD0093617]]\n身份证号：[[ID_CARD|350203197909256000]]\n主诉：咳嗽、跳绳时漏尿2年。1小时尿垫试验 8 g。盆底肌力 Oxford 2级。\n诊断：压力性尿失禁（轻度）\n计划：生物反馈＋电刺激，每周2次，共10次，首次[[DATE|11月25日]]。\n联系电话：[[PHONE|18959307624]]　住址：[[ADDRESS|厦门市思明区鹭影里17号302室]]`,
  ],
  [
    'continence-clinic',
    `[[PERSON|阿蕙]]：医生，我爸的排尿日记记完三天了，夜里起来4次，每次100多毫升\n护士[[PERSON|童筱]]：好的，请[[DATE|11月27日]]带日记来尿控门诊，挂[[PERSON|尤]]主任的号，就诊卡号[[MRN|8820351746]]别忘了`,
  ],
  [
    'phototherapy-unit',
    `窄谱中波紫外线（NB-UVB）光疗记录\n姓名：[[PERSON|聂小满]]　诊断：寻常型银屑病　光疗卡号：[[MRN|GL-0457]]\n皮肤分型Ⅲ型　起始剂量 0.3 J/cm²\n[[DATE|11/18]] 0.30｜[[DATE|11/20]] 0.36｜[[DATE|11/23]] 0.43 J/cm²，轻度红斑。\n操作护士：[[PERSON|符青]]　医师：[[PERSON|糜秋林]]`,
  ],
  [
    'phototherapy-unit',
    `[[PERSON|祝思彤]]家长您好，孩子的308准分子光疗改到[[DATE|12月1日]]下午3点，请戴好护目镜来光疗室；如需改约，请回复或致电[[PHONE|13326148205]]（光疗室护士[[PERSON|殷蓓]]手机）。`,
  ],
  [
    'sexual-health-clinic',
    `性病门诊登记\n编号：[[MRN|XB2611-0138]]（匿名检测者只登记编号）\n检测日期：[[DATE|2026年11月22日]]\nHIV抗体初筛阴性，梅毒TPPA阳性、RPR 1:32，诊断二期梅毒，予苄星青霉素240万U肌注每周一次×3。\n已告知性伴通知。接诊医师：[[PERSON|骆永康]]　检验：[[PERSON|于晴川]]`,
  ],
  [
    'sexual-health-clinic',
    `HPV疫苗接种登记（性健康门诊）\n姓名：[[PERSON|杭语嫣]]　身份证号：[[ID_CARD|23010319810213520X]]\n第1剂：[[DATE|2026-11-23]]　第2剂应种：[[DATE|2027-01-23]]\n手机：[[PHONE|15004526193]]\n接种提醒已发至微信[[ACCOUNT|hangyuyan_0213]]`,
  ],
];

const en: Array<[string, string]> = [
  [
    'admission',
    `ADMISSION H&P — Internal Medicine\nPatient: [[PERSON|Lysander Nwaogu-Ruelas]]   DOB: [[DATE|04/19/1961]]   MRN: [[MRN|40718823]]\nAdmit date: [[DATE|11/22/2026]]   Room [[MRN|517]]\nHome: [[ADDRESS|2218 W Larchmere Ave, Apt 3F, Chicago, IL 60622]]\nCC: 3 days of fever, dysuria and right flank pain. T 39.1 °C, HR 112, BP 98/60, lactate 3.1. UA nitrite positive.\nA/P: pyelonephritis with sepsis; ceftriaxone 2 g IV q24h, fluids 30 mL/kg.\nEmergency contact: [[PERSON|Loretta Nwaogu-Ruelas]] (wife) [[PHONE|(312) 555-0176]]\nAttending: Dr. [[PERSON|Ambrose Kettleby]]`,
  ],
  [
    'admission',
    `AMU clerking [[DATE|23/11/2026]]. [[PERSON|Edith Pomfret]], [[AGE|94]], lives alone, found on floor by carer this morning, ?long lie 10 h. CK 4,870, creatinine 162. Hip X-ray no fracture. NHS No: [[INSURANCE_ID|999 566 7843]]. NOK nephew [[PERSON|Crispin Pomfret]] [[PHONE|07700 900873]]. Clerked by Dr [[PERSON|Bexley]] (FY2).`,
  ],
  [
    'admission',
    `Patient: [[PERSON|Demelza Chynoweth]]  DOB [[DATE|02/09/1948]]  Medicare [[INSURANCE_ID|5510 23363 1]]  UR [[MRN|UR0884215]]\nAddress: [[ADDRESS|14 Kookaburra Cres, Burleigh Heads QLD 4220]]\nAdmitted [[DATE|22/11/2026]] with cellulitis left leg, IV flucloxacillin 2 g 6-hourly, leg elevation. Ph [[PHONE|0491 570 964]]`,
  ],
  [
    'progress-note',
    `SOAP [[DATE|11/23/2026]] — [[PERSON|Benedikt Gilhooly]], bed [[MRN|12]]\nS: slept poorly, pain 4/10.\nO: T 37.4, drain 40 mL serous, Hb 10.2.\nA: POD2 after open right hemicolectomy, progressing.\nP: advance to soft diet, remove drain if <30 mL. — [[PERSON|J. Wystan]], PA-C; surgeon Mr [[PERSON|Caradoc Fenby]]`,
  ],
  [
    'progress-note',
    `WR (Dr [[PERSON|Pennywhistle]]) [[DATE|23.11.26]]: Mr [[PERSON|Yusuf Oyeniran-Coe]], bed [[MRN|7]], D4 IV co-amox, CRP 210→64, afebrile. Switch to PO, ?home Fri, bloods Thurs.`,
  ],
  [
    'progress-note',
    `night f/u 02:10 pt [[PERSON|Gwyneth Auchinleck]] rm [[MRN|308]] pulled IV again agitated 4AT 6 daughter [[PERSON|Honoria]] on phone [[PHONE|(617) 555-0183]] says this is new since admission haloperidol not given low dose melatonin tried will recheck at 04:00 — RN [[PERSON|Dane Corriveau]]`,
  ],
  [
    'discharge',
    `Dear Dr [[PERSON|Lindhagen-Vale]],\nRe: Mr [[PERSON|Osian Cadwaladr]], DOB [[DATE|17/06/1953]], NHS [[INSURANCE_ID|9998021766]]\nYour patient was discharged on [[DATE|21 November 2026]] after a non-ST elevation MI treated with a drug-eluting stent to the LAD. Please continue ticagrelor 90 mg bd for 12 months and titrate ramipril. Cardiac rehab will contact him.\nYours sincerely,\nDr [[PERSON|Hester Quarendon]], Cardiology StR`,
  ],
  [
    'discharge',
    `DISCHARGE SUMMARY\nName: [[PERSON|Corliss Vanderlugt]]   Acct #: [[MRN|A0092716634]]   MRN [[MRN|55290187]]\nAdmitted [[DATE|Nov 17, 2026]]; discharged [[DATE|Nov 22, 2026]].\nDx: COPD exacerbation. Prednisone 40 mg x 5 d, azithromycin 250 mg daily x 4 d. Follow up with PCP Dr. [[PERSON|Rosalind Hathersage]] within 7 days.`,
  ],
  [
    'discharge',
    `After your cataract surgery: use the dexamethasone drops four times a day for one week, then twice a day for a week. Wear the shield at night. Do not rub the eye or swim for two weeks. Call the eye clinic if you have pain, reduced vision or a red eye.`,
  ],
  [
    'outpatient',
    `Rheumatology Clinic — [[DATE|2026-11-20]]\nPatient: [[PERSON|Genevieve Bouffard-Quessy]]  OHIP [[INSURANCE_ID|5979-118-089]] KT  DOB [[DATE|1971-03-08]]\nSeropositive RA, DAS28-CRP 4.6 on methotrexate 20 mg weekly. Add hydroxychloroquine 200 mg bid. Labs in 6 weeks.\n— Dr. [[PERSON|Mathurin Despréaux]]`,
  ],
  [
    'outpatient',
    `Derm visit [[DATE|11/21/2026]] [[PERSON|Kenji Ashurst]] 52M, MRN [[MRN|7724091]]. 7 mm irregular pigmented lesion left scapula, dermoscopy atypical network. Shave biopsy done, path pending. Pt prefers call at [[PHONE|(503) 555-0126]]. — [[PERSON|Noor Haddadin]], MD`,
  ],
  [
    'outpatient',
    `GP consultation [[DATE|19.11.2026]]\n[[PERSON|Saoirse Ní Bhaoighill]], [[ADDRESS|7 Cnoc na Gréine, Oranmore, Co. Galway H91 X2P6]]\nPersistent cough 6 weeks, non-smoker, CXR clear. Spirometry booked. Results to [[EMAIL|saoirse.nibhaoighill@example.ie]] as requested.\nSeen by Dr [[PERSON|Fiachra Ó Dubhghaill]]`,
  ],
  [
    'referral',
    `Referral to Orthopaedics\nFrom: Dr [[PERSON|Tamsin Wickenden]], Harbourside Medical\nRe: [[PERSON|Rawiri Karaitiana]], DOB [[DATE|12/05/1967]], [[ADDRESS|22 Pohutukawa Drive, Whakatane 3120]]\nRight knee pain 18 months, Kellgren-Lawrence grade 4, failed physio and weight loss. Please assess for total knee replacement. Whānau contact: [[PERSON|Huia Karaitiana]]. Ngā mihi.`,
  ],
  [
    'referral',
    `To: GI Associates\nReferral for colonoscopy — [[PERSON|Delphine Mastrangelo-Onuoha]], DOB [[DATE|08/30/1975]]\nInsurance: BlueRiver PPO, Member ID [[INSURANCE_ID|BRP448817302]]\nIron-deficiency anemia, Hb 9.1, ferritin 6. FIT positive [[DATE|10/28/2026]].\nReferring: [[PERSON|Ulysses Brantley]], NP  Phone [[PHONE|(404) 555-0162]]`,
  ],
  [
    'referral',
    `Consult request — Palliative Care\nPt: [[PERSON|Hollis Venerable]] Rm [[MRN|622]] MRN [[MRN|30971154]]\nMetastatic pancreatic ca, worsening pain despite oxycodone; family meeting requested for Tuesday with daughter [[PERSON|Marguerite Venerable]] [[PHONE|(615) 555-0193]]. Primary: Dr [[PERSON|Imogen Szabo-Frayne]], pager 4471`,
  ],
  [
    'handover',
    `ED board 0730 [[DATE|23/11]]\nCub [[MRN|1]] [[PERSON|Ptolemy Garside]] — chest pain, trop 2 pending\nCub 2 — empty\nCub 3 — unknown male, found on bench, GCS 13\nCub [[MRN|4]] [[PERSON|Wren Halliwell]] — asthma, back-to-back nebs\nNurse in charge: [[PERSON|Temperance Makaiau]]; doctor Dr [[PERSON|Silas Strathearn]]`,
  ],
  [
    'handover',
    `SBAR call to on-call: S — Mrs [[PERSON|Bertha Inchcape]], Ward 11 bed [[MRN|3]], NEWS 7. B — [[AGE|91]], day 2 post hip hemiarthroplasty. A — RR 26, SpO2 90% on 2 L, new confusion. R — please review within 30 min. Caller: SN [[PERSON|Kofi Asamoah-Pell]], ext 5521.`,
  ],
  [
    'handover',
    `ITU handover [[DATE|22 Nov]] night→day\nBed [[MRN|2]]: [[PERSON|Aurelio Castagnetti]], [[AGE|90]], urosepsis, on 0.12 noradrenaline, UO 25 mL/h.\nBed 3: empty, expecting post-op AAA.\nBed [[MRN|4]]: [[PERSON|Greer Llwyd-Tapp]], DKA resolving, off insulin infusion at 05:00.\nHanded over by [[PERSON|Nell Ashbrook-Greig]] to [[PERSON|Tobias Lumsden]].`,
  ],
  [
    'nursing-note',
    `Nursing note [[DATE|11/22/2026]] 21:45: Pt [[PERSON|Winslow Fotheringay]], [[AGE|96]], rm [[MRN|214]], found sitting on floor beside bed, unwitnessed. No head strike per pt, neuro checks intact. Bed alarm reset, hip protectors on. Son [[PERSON|Garrick Fotheringay]] notified at [[PHONE|(207) 555-0139]]. — [[PERSON|Leilani Bray]], RN`,
  ],
  [
    'nursing-note',
    `Reminder to all staff on 4 North: two-person check for every heparin infusion rate change, document in the MAR, and recheck aPTT six hours after each change. Thanks, the charge nurse.`,
  ],
  [
    'nursing-note',
    `District nursing visit [[DATE|21/11/2026]]\nClient: [[PERSON|Clement Dunstall]], [[ADDRESS|3/41 Wattlebird Street, Mount Gravatt QLD 4122]]\nVenous leg ulcer R gaiter 4×3 cm, ABPI 0.92, cleaned, 2-layer compression applied. Next visit Tues. Carer [[PERSON|Raewyn]] [[PHONE|0491 570 871]]. RN [[PERSON|Sunniva Oakenshaw]]`,
  ],
  [
    'lab-report',
    `LAB REPORT  Accession [[MRN|H26-3318420]]\nPatient: [[PERSON|VILLAFAÑE, Marisela]]  MRN [[MRN|61840277]]  Collected [[DATE|11/23/2026]] 06:10\nWBC 2.1 L  ANC 0.6 L  Hb 8.4 L  Plt 64 L\nCritical ANC called to RN [[PERSON|Jolene Dalgety]] at 06:52 by [[PERSON|T. Morel]]`,
  ],
  [
    'lab-report',
    `MICROBIOLOGY REPORT\nSurname: [[PERSON|HEPWORTH]]\nForename: [[PERSON|Theodosia]]\nNHS number: [[INSURANCE_ID|9993568643]]\nLab no: [[MRN|M26.519736]]\nSpecimen: MSU, received [[DATE|20/11/2026]]\n>10^5 CFU/mL Escherichia coli. Resistant: trimethoprim, amoxicillin. Sensitive: nitrofurantoin, pivmecillinam.`,
  ],
  [
    'lab-report',
    `SURGICAL PATHOLOGY  Case [[MRN|S26-09713]]\nPatient: [[PERSON|Bartholomew Nwokolo]]  DOB [[DATE|1958-12-04]]\nSpecimen: skin, left temple, excision, received [[DATE|2026-11-19]]\nDiagnosis: basal cell carcinoma, nodular type; margins clear (closest 2 mm).\nClinician: Dr [[PERSON|Hortensia Blencowe]]\nPathologist: [[PERSON|Ingrid Fallowfield]], MD`,
  ],
  [
    'imaging-report',
    `CT ABDOMEN/PELVIS WITH CONTRAST  Exam [[MRN|RAD2611230154]]\nPatient [[PERSON|Amadou Kesteven]]  Date [[DATE|Nov 23, 2026]]\nOrdering: [[PERSON|Emeric Stamatopoulos]], PA. Indication: LLQ pain, fever.\nFindings: sigmoid diverticulitis with 2.8 cm pericolic abscess, no free air.\nRead by [[PERSON|Priscilla Hembree]], MD`,
  ],
  [
    'imaging-report',
    `Chest X-ray PA, [[DATE|22/11/2026]] — Mrs [[PERSON|Ottilie Brabazon]]. Compared with [[DATE|03/04/2025]]: new right lower zone consolidation, small right effusion. Reported by Dr [[PERSON|Naveen Kothandaraman]].`,
  ],
  [
    'prescription',
    `TAKE ONE TABLET TWICE A DAY WITH FOOD\nMETFORMIN 500MG TABLETS  56\nMR [[PERSON|ALARIC PENDARVES]]  [[DATE|23.11.26]]\nKeep out of the reach and sight of children\nLarkspur Pharmacy, High Street`,
  ],
  [
    'prescription',
    `eRx  [[DATE|11/22/2026]]\nPatient: [[PERSON|Ximena Alcântara-Whitt]]  DOB [[DATE|02/14/1989]]\nRx: nitrofurantoin monohydrate/macrocrystals 100 mg PO BID x 5 days, #10, RF 0\nPrescriber: [[PERSON|Obadiah Lunsford]], MD  NPI 1740283395\nPharmacy: Cedar Point Drug; pickup by [[PERSON|Benicio Whitt]]`,
  ],
  [
    'prescription',
    `Controlled drug prescription — Mrs [[PERSON|Henrietta Foulkes]], [[ADDRESS|9 Rookery Lane, Hexham NE46 3QP]], NHS [[INSURANCE_ID|9998392004]]\nMorphine sulfate 10 mg/5 mL oral solution, 2.5 mL (5 mg) when required for breathlessness, max 6 doses in 24 h. Supply: 100 mL (one hundred millilitres).\nSigned Dr [[PERSON|Evander Rooksby]] [[DATE|20/11/2026]]`,
  ],
  [
    'consent',
    `Consent — lumbar puncture\nI, [[PERSON|Rosamund Keltie]], understand the risks (headache, bleeding, infection, nerve irritation) and agree to the procedure.\nSigned [[PERSON|R. Keltie]]  [[DATE|11/23/2026]]\nClinician: Dr [[PERSON|Matthias Gillibrand]]\nWitness: [[PERSON|Delyth Arrowsmith]], RN\nInterpreter: none required`,
  ],
  [
    'consent',
    `Anaesthetic consent (child)\nPatient: [[PERSON|Mateo Iriondo-Baines]], age 6\nParent: [[PERSON|Itziar Iriondo]], passport [[PASSPORT|PAB482915]] (Spain)\nProcedure: adenotonsillectomy, list [[DATE|25/11/2026]]\nAnaesthetist: Dr [[PERSON|Caspian Rowntree]]`,
  ],
  [
    'consent',
    `Telephone consent [[DATE|22 November 2026]] 14:05 for PEG insertion for Mr [[PERSON|Leofric Haddow]] (lacks capacity). Obtained from his health and welfare attorney [[PERSON|Morwenna Haddow]] on [[PHONE|01632 960527]]; witnessed by SN [[PERSON|Abigail Otterburn]].`,
  ],
  [
    'billing',
    `STATEMENT  Statement date [[DATE|11/20/2026]]\nPatient: [[PERSON|Lucius Delacourt-Penn]]  Account [[MRN|PA-3390184]]\nGuarantor: [[PERSON|Adaeze Delacourt-Penn]], SSN [[ID_CARD|987-65-4327]], [[ADDRESS|805 Sycamore Bend Rd, Knoxville, TN 37919]]\nBalance due $418.60. The card on file, [[BANK_CARD|4539840216460627]], will be charged on [[DATE|12/05/2026]] unless you contact the billing office.`,
  ],
  [
    'billing',
    `INVOICE INV-2611-0457\nBill to: Ms [[PERSON|Perpetua Ashburnham]], [[ADDRESS|Flat 4, 27 Tanners Row, Bath BA1 5HT]]\nMRI lumbar spine [[DATE|14/11/2026]]  £395.00\nPaid by Mastercard [[BANK_CARD|5425 2664 8226 4606]] on [[DATE|18/11/2026]]. Receipt RC-88213.`,
  ],
  [
    'billing',
    `Travel insurance claim — policy [[INSURANCE_ID|TRV-77-2016483]]\nClaimant: [[PERSON|Fenella Marjoribanks]], passport [[PASSPORT|HK417208]] (Canada)\nTreated in Lisbon on [[DATE|9 Nov 2026]] for a fractured left wrist (closed reduction, cast) by Dr [[PERSON|Joaquim Bettencourt]].\nReimburse to Visa [[BANK_CARD|4716202004288824]]; correspondence to [[EMAIL|fenella.marjoribanks@example.com]]`,
  ],
  [
    'online-consult',
    `Telehealth session log\nVisit ID: [[MRN|TV-20261122-5817]]\nPatient: [[PERSON|Casimir Adeniji-Lund]]  Connected from [[IP|198.51.100.73]]  Start 10:02  End 10:19  Callback [[PHONE|(919) 555-0104]]\nProvider: [[PERSON|Linnea Featherstonhaugh]], NP\nNotes: URI symptoms day 3, no red flags, supportive care.`,
  ],
  [
    'online-consult',
    `[[PERSON|Marjoram]]: Hi, can someone check on Mr [[PERSON|Fairlie-Salazar]] in bed [[MRN|9]]? His wife says he sounds breathless on the phone\n[[PERSON|Rashida]]: on it, sats 93% on room air, RR 22\n[[PERSON|Marjoram]]: thanks, I'll let Dr [[PERSON|Onuoha-Greig]] know`,
  ],
  [
    'online-consult',
    `Patient portal message\nFrom: [[ACCOUNT|h.vandersloot72]]  (IP [[IP|203.0.113.204]])\nSent: [[DATE|Nov 21, 2026]] 22:47\nHi Dr [[PERSON|Quillfeather]], my blood sugars have been 250-300 since starting the steroid taper. Should I increase my insulin? — [[PERSON|Hendrika van der Sloot]]`,
  ],
  [
    'patient-message',
    `Refill request via the app, user [[ACCOUNT|ezra_fairlie]]: "Hi, this is [[PERSON|Ezra Fairlie]], I'm out of my levothyroxine 88 mcg. Last TSH was in [[DATE|September 2026]]. Pharmacy is the usual one. Thanks!"`,
  ],
  [
    'patient-message',
    `From: [[EMAIL|m.bellchamber@example.co.uk]]\nSubject: records request\nDear Records Team, I am requesting a copy of my late father [[PERSON|Rupert Bellchamber]]'s notes from his admission on [[DATE|2 March 2026]] (hospital no. [[MRN|K5830217]]). Please upload them to [[URL|https://share.example.co.uk/u/bellchamber]] if possible.\nRegards, [[PERSON|Miranda Bellchamber]]`,
  ],
  [
    'patient-message',
    `To everyone on Primrose Ward — thank you for caring for my grandmother [[PERSON|Euphemia Ramsbottom]] on her [[AGE|100]]th birthday last week. The cake and the singing meant the world to her. With love, [[PERSON|Rosalba]] and [[PERSON|Hamnet]]`,
  ],
  [
    'family-chat',
    `[[PERSON|Beckett]]: Dad's moved to bed 14, ward 6\nMum: is he eating?\n[[PERSON|Beckett]]: a bit. Dr [[PERSON|Strathdee]] says the scan is Wednesday [[DATE|25 Nov]]\n[[PERSON|Zinnia]]: I'll bring his glasses tomorrow`,
  ],
  [
    'family-chat',
    `[[PERSON|Iestyn]]: parked in P2, silver Camry, plate [[PLATE|8RJW531]]\n[[PERSON|Ishbel]]: Grandpa's in room 418, visiting till 8\n[[PERSON|Iestyn]]: ok, bringing Nana [[PERSON|Birdie]] up in the lift`,
  ],
  [
    'sms-reminder',
    `Hi [[PERSON|Perrin]], your physio appt is Thu [[DATE|26 Nov]] 2:15pm at Riverbend Clinic. Reply Y to confirm or reschedule at [[URL|https://book.example.com.au/p/7RT4Q]] Ref BK40917`,
  ],
  [
    'sms-reminder',
    `Reminder: free flu and COVID vaccines for everyone over 65 are available this Saturday 9am–1pm at the community hall. No booking needed; bring your Medicare card.`,
  ],
  [
    'allergy-clinic',
    `ALLERGY CLINIC — oral food challenge\nPatient: [[PERSON|Peregrine Ashcott]], DOB [[DATE|03/27/2019]], MRN [[MRN|88140256]]\nChallenge date: [[DATE|11/23/2026]]; baked egg in muffin, cumulative 4.4 g protein.\nResult: passed, no reaction at 2 h observation. Introduce baked egg 3x weekly.\nAttending: [[PERSON|Yolanda Brightmore]], MD; parent [[PERSON|Cordelia Ashcott]] [[PHONE|(720) 555-0118]]`,
  ],
  [
    'allergy-clinic',
    `Adrenaline auto-injector technique: blue to the sky, orange to the thigh; push firmly until it clicks and hold 3 seconds; call 000, lie flat with legs raised; give a second dose after 5 minutes if there is no improvement.`,
  ],
  [
    'lymphoedema-clinic',
    `Lymphoedema Service\n[[DATE|18 November 2026]]\nDear Dr [[PERSON|Gwilym Tresize]],\nRe: Mrs [[PERSON|Jocasta Pendry]], DOB [[DATE|11/02/1962]], NHS [[INSURANCE_ID|9990919682]]\nLeft leg lymphoedema after treatment for vulval cancer; limb volume difference 18%. Fitted with flat-knit class 2 compression stockings today. Review [[DATE|3 February 2027]].\nYours sincerely,\n[[PERSON|Anwen Caddick]], Lymphoedema Specialist Physiotherapist`,
  ],
  [
    'lymphoedema-clinic',
    `Compression garment order\nClient: [[PERSON|Delphina Okorie-Hartnell]]  DOB [[DATE|27/07/1959]]\nEmail [[EMAIL|delphina.oh@example.com.au]]  Mob [[PHONE|0491 570 935]]\nRight arm sleeve + gauntlet, measurements taken [[DATE|20/11/2026]]. Supplier order no. CG-55817.`,
  ],
  [
    'continence-clinic',
    `Continence clinic, bladder diary review — [[PERSON|Bramwell Tattersall]], 78, hosp no. [[MRN|RX5520913]], of [[ADDRESS|12 Mill Wynd, Kendal LA9 4QT]]. Frequency 14/day, nocturia x4, voided volumes 80–150 mL, PVR 40 mL. Plan: bladder training, cut caffeine, mirabegron 50 mg od. Review [[DATE|15/01/2027]] with Sister [[PERSON|Enid Featherby]].`,
  ],
  [
    'continence-clinic',
    `Pelvic floor exercises: squeeze and lift as if stopping wind and urine, hold for up to 10 seconds, relax for 10 seconds; repeat 10 times, three times a day. It can take 3 months to notice a difference.`,
  ],
  [
    'phototherapy-unit',
    `PHOTOTHERAPY UNIT — NB-UVB treatment record\nPatient: [[PERSON|Soraya Delahunt]]  Hosp no. [[MRN|RQ7730451]]  Skin type II\nTx 14 [[DATE|19/11/2026]] 820 mJ/cm² — no erythema\nTx 15 [[DATE|23/11/2026]] 900 mJ/cm² — mild pink, hold increment\nParking permit for the course: [[PLATE|WX19 KZP]]\nOperator: [[PERSON|Hamish Whinfell-Quayle]]`,
  ],
  [
    'phototherapy-unit',
    `Hi [[PERSON|Honorine]], phototherapy is closed Fri [[DATE|27 Nov]] for lamp servicing, so your session moves to Sat [[DATE|28 Nov]] 10:40. Questions: [[PERSON|Leonor]] on [[PHONE|07700 900652]] (phototherapy nurse mobile).`,
  ],
  [
    'sexual-health-clinic',
    `Sexual health clinic — clinic number only: [[MRN|SH-26-04187]]\nAttended [[DATE|21/11/2026]]. NAAT: chlamydia positive, gonorrhoea negative. HIV and syphilis serology negative. Doxycycline 100 mg bd for 7 days. Partner notification discussed; 2 contacts, provider referral declined. Seen by Dr [[PERSON|Ravinder Sangster]]`,
  ],
  [
    'sexual-health-clinic',
    `PrEP follow-up via the clinic app\nUsername: [[ACCOUNT|nightjar_88]]\nLast test [[DATE|2026-08-30]]; next due [[DATE|2026-11-30]]. Creatinine 84 µmol/L, eGFR >90. Results sent to [[EMAIL|nightjar88@example.org]]. Prescriber: [[PERSON|Ines Tolliver-Rowe]]`,
  ],
];

export function generateDeidHoldout17(): LabelledRecord[] {
  return holdoutRecords('h17', zh, en);
}

export const DEID_HOLDOUT_17_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/labelled/deid-holdout-17.jsonl',
);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const records = generateDeidHoldout17();
  writeFileSync(DEID_HOLDOUT_17_PATH, renderJsonl(records));
  console.log(`wrote ${records.length} records to ${DEID_HOLDOUT_17_PATH}`);
}
