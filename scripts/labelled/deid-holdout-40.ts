import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { holdoutRecords, type LabelledRecord, renderJsonl } from './generate-deid.ts';

/**
 * The ROUND-40 fresh held-out de-identification set (data/labelled/deid-holdout-40.jsonl): hand-written
 * snippets with hand-placed spans, marked inline as [[TYPE|text]] (parseMarked strips the marks and
 * records UTF-16 offsets). Written by a separate annotator who did not read the recognizer code and
 * never ran a recognizer on these snippets; it must not be used to adjust the recognizers.
 *
 * About four fifths are the everyday documents of a general hospital and the messages of its patients
 * (admission, progress and discharge notes, outpatient notes and dialogues, referrals, handovers,
 * nursing notes, lab and imaging reports, prescriptions and labels, consent, billing papers, online
 * consultations, patient messages, family chats and SMS reminders), in new wording; a fifth come from
 * settings no earlier round listed as a genre: rabies post-exposure (animal-bite) clinics, hidradenitis
 * suppurativa clinics, facial-palsy (Bell's palsy) clinics and ingrown-toenail (nail-surgery) clinics.
 *
 * Identifiers are synthetic: resident IDs carry a valid GB 11643 check character and a region code, sex
 * digit and birth date consistent with the text (15-digit IDs likewise), the Singapore NRICs and the
 * Irish PPSN their check letter, bank cards a valid Luhn digit, NHS numbers are in the 999 test range
 * with their modulus-11 digit, the Scottish CHI numbers start with the birth date and pass their
 * modulus-11 digit, the Australian Medicare numbers pass their check digit, the Ontario health number
 * its Luhn digit, the NZ NHIs their check digit, the US MBIs follow the published character pattern.
 * Phones are random mainland (and Hong Kong, NZ, Irish and Singapore) numbers or fictional ranges (North
 * American 555-01xx, UK 07700 900xxx and 01632 960xxx, Australian 0491 57x xxx); mail and web hosts are
 * example.*; IP addresses come from the documentation ranges.
 *
 * Span conventions are those stated in data/labelled/deid-holdout-39.card.yaml; the decisions new in
 * this round are stated in data/labelled/deid-holdout-40.card.yaml.
 */
const zh: Array<[string, string]> = [
  [
    'admission',
    `心内科入院记录\n姓名：[[PERSON|令狐秀英]]　性别：女　年龄：[[AGE|94]]岁　民族：汉\n住院号：[[MRN|29690312]]　床号：[[MRN|17]]床\n身份证号：[[ID_CARD|430104193206051263]]\n现住址：[[ADDRESS|湖南省长沙市岳麓区望月湖街道望月湖小区三片21栋2门304室]]\n入院时间：[[DATE|2026年11月22日]]16:20\n主诉：反复胸闷气促3年，加重伴双下肢水肿5天。\n联系人：孙子[[PERSON|令狐远航]]　电话：[[PHONE|18615149185]]\n入院诊断：慢性心力衰竭急性加重（NYHA Ⅳ级）；心房颤动。BNP 3860pg/ml。\n经治医师：[[PERSON|邝思雨]]\n医保卡号：[[INSURANCE_ID|4766829931]]　上级医师：[[PERSON|霍知秋]]`,
  ],
  [
    'admission',
    `入院登记卡\n患者：[[PERSON|帕提古丽·阿不都热合曼]]，女，维吾尔族，63岁\n身份证：[[ID_CARD|650102630214592]]\n门诊号：[[MRN|MZ-7243147]]　入院日期：[[DATE|2026/11/23]]\n家庭地址：[[ADDRESS|乌鲁木齐市天山区解放南路团结新村7栋3单元1楼东户]]\n医保卡号：[[INSURANCE_ID|4378603975]]\n陪护：女儿[[PERSON|米合日阿依]]，[[PHONE|135 4744 9131]]\n入院科室：内分泌科　诊断：2型糖尿病酮症，糖化血红蛋白11.8%\n接诊医生：[[PERSON|艾尔肯·吾买尔]]　记录日期：[[DATE|2026/11/23]]`,
  ],
  [
    'admission',
    `急诊收入院小结：患者[[PERSON|钟离建华]]，男，[[AGE|九十一]]岁，住院号[[MRN|34654547]]，于[[DATE|11月24日]]凌晨2时因"跌倒后左髋痛、不能站立"由养老院护工[[PERSON|覃小满]]送入，X线示左股骨颈骨折（Garden Ⅲ型）。身份证号[[ID_CARD|450103193509177178]]，养老院地址[[ADDRESS|南宁市青秀区竹溪大道63号康颐园2号楼]]，院方联系人[[PERSON|莫丽芬]]，座机[[PHONE|0771-7552936]]。收入骨科[[MRN|42]]床，拟择期行人工股骨头置换术，接诊医生[[PERSON|甘俊]]。`,
  ],
  [
    'progress-note',
    `日常病程记录　[[DATE|2026-11-21]] 09:10\n患者[[PERSON|欧阳春燕]]，术后第3天，切口干燥，无渗液。体温37.2℃，引流量15ml。血红蛋白102g/L，白细胞8.6×10^9/L。\n今日拔除引流管，继续头孢唑林1g q8h至[[DATE|11月22日]]。患者丈夫[[PERSON|冼志明]]询问出院时间，告知预计[[DATE|11月25日]]。\n记录者：[[PERSON|梁诗琪]]　审核：[[PERSON|骆国栋]]\n（住院号[[MRN|35751870]]，[[MRN|23]]床）`,
  ],
  [
    'progress-note',
    `主治医师查房记录（[[DATE|11.22]]）：[[MRN|8]]床[[PERSON|巴桑卓玛]]，藏族，血压158/96mmHg，尿蛋白2+，[[PERSON|洛桑坚参]]主任查房后指示：加用氨氯地平5mg qd，复查24h尿蛋白定量；患者来自[[ADDRESS|西藏自治区拉萨市城关区吉崩岗街道丹杰林路18号]]，语言沟通由其侄子[[PERSON|格桑旺堆]]协助翻译。住院号[[MRN|ZY8593509]]。`,
  ],
  [
    'progress-note',
    `阶段小结\n住院号：[[MRN|22694015]]　姓名：[[PERSON|贺兰珊]]　床号：[[MRN|加3]]\n入院以来予抗感染（左氧氟沙星0.5g qd）、化痰治疗，复查CRP由86降至12mg/L，胸片示右下肺渗出较前吸收。\n[[DATE|11月23日]]家属[[PERSON|贺兰栋梁]]（电话[[PHONE|188-1447-8960]]）要求转回当地医院，已联系[[ADDRESS|甘肃省兰州市城关区雁滩路2356号]]的接收医院。\n医师：[[PERSON|车宇航]]`,
  ],
  [
    'discharge',
    `出院记录\n姓名：[[PERSON|司徒美玲]]　性别：女　年龄：58岁　住院号：[[MRN|51479882]]\n身份证号：[[ID_CARD|440106196809192960]]\n入院日期：[[DATE|2026年11月12日]]　出院日期：[[DATE|2026年11月23日]]\n出院诊断：急性胆囊炎；胆囊结石。行腹腔镜胆囊切除术（[[DATE|11月14日]]）。\n出院医嘱：低脂饮食；[[DATE|12月7日]]上午至肝胆外科门诊复查，预约号[[MRN|993746]]。\n如有发热、腹痛、皮肤发黄，及时就诊或致电[[PHONE|020-55793260]]。\n主治医师：[[PERSON|麦家辉]]\n床号：[[MRN|31]]`,
  ],
  [
    'discharge',
    `出院小结（简）：[[PERSON|和丽花]]，纳西族，女，住院号[[MRN|7394761]]，因"头晕、言语含糊1天"于[[DATE|11-10]]入院，MRI示左侧基底节区急性腔隙性梗死，予阿司匹林100mg+氯吡格雷75mg双抗21天，[[DATE|11-20]]出院。出院后由女婿[[PERSON|木天乐]]照护，住[[ADDRESS|丽江市古城区七一街兴文巷36号]]。社区医生[[PERSON|杨慧]]随访，电话[[PHONE|18894989194]]。复诊日期[[DATE|12月4日]]。`,
  ],
  [
    'discharge',
    `出院带药及注意事项\n患者：[[PERSON|东方晓白]]　ID：[[MRN|464888304]]\n1. 美托洛尔缓释片47.5mg，每日1次\n2. 呋塞米20mg，每日1次（体重每天增加超过1kg请就诊）\n3. 螺内酯20mg，每日1次\n心衰护理门诊：[[DATE|12月2日]]（周三下午），护士[[PERSON|于海燕]]。\n出院日期：[[DATE|2026.11.24]]\n本人签字：[[PERSON|东方晓白]]`,
  ],
  [
    'outpatient',
    `门诊病历\n就诊日期：[[DATE|2026-11-23]]　科别：消化内科\n姓名：[[PERSON|边巴次仁]]　男　45岁　门诊号：[[MRN|2328118977]]\n身份证号：[[ID_CARD|540102810627279]]\n主诉：上腹痛伴反酸2月。\n现病史：饭后加重，夜间偶痛醒，无黑便。\n查体：剑突下轻压痛。\n处理：胃镜检查（预约[[DATE|11月26日]]），C13呼气试验；雷贝拉唑10mg bid。\n医生：[[PERSON|朱丹青]]\n电话：[[PHONE|13915440276]]　住址：[[ADDRESS|西藏拉萨市城关区娘热路12号院3幢402]]`,
  ],
  [
    'outpatient',
    `医：你好，请坐，叫什么名字？\n患：[[PERSON|佘春来]]。\n医：多大了？\n患：[[AGE|93]]了，属猴的。我孙媳妇[[PERSON|龙小芸]]陪我来的。\n医：哪里不舒服？\n患：右眼看不清楚快半年了。\n医：我看看……白内障挺明显的，眼压16mmHg，正常。可以考虑手术。\n（门诊号[[MRN|YK369324]]，就诊日[[DATE|11月20日]]，医师[[PERSON|花木兰]]）`,
  ],
  [
    'outpatient',
    `儿科门诊\n患儿：[[PERSON|妙妙]]（大名[[PERSON|韦妙妙]]），女，3岁，壮族\n就诊卡号：[[MRN|302017807784]]\n发热2天，最高39.2℃，咽红，双侧扁桃体Ⅱ度肿大，可见脓点。快速链球菌抗原阳性。\n处理：阿莫西林颗粒（按体重50mg/kg/d分两次）10天。\n监护人：[[PERSON|韦德光]]，[[PHONE|13272968619]]，住址[[ADDRESS|广西壮族自治区百色市右江区城东大道89号]]\n复诊：[[DATE|11月27日]]`,
  ],
  [
    'referral',
    `双向转诊单（上转）\n转出单位：[[ADDRESS|四川省凉山彝族自治州昭觉县新城镇卫生院]]\n患者姓名：[[PERSON|阿西木呷]]　性别：男　年龄：67岁\n身份证号：[[ID_CARD|513431195903083751]]\n转诊原因：咯血3天，胸部CT示右上肺占位，需进一步诊治。\n转入单位：西昌市人民医院呼吸科\n转诊医生：[[PERSON|吉克阿呷]]　联系电话：[[PHONE|15276452262]]\n转诊日期：[[DATE|2026年11月19日]]\n门诊号：[[MRN|95097698]]　陪同家属：儿子[[PERSON|阿西拉则]]，[[PHONE|13721990675]]`,
  ],
  [
    'referral',
    `会诊申请单\n申请科室：产科　床号：[[MRN|26]]　姓名：[[PERSON|慕容晴]]　住院号：[[MRN|3562320]]\n孕32+4周，血小板进行性下降（由156降至62×10^9/L），请血液科会诊协助诊治。\n申请医师：[[PERSON|林夕]]　申请时间：[[DATE|2026-11-22]]\n会诊医师：[[PERSON|侯嘉懿]]\n孕妇电话：[[PHONE|15579897367]]　丈夫：[[PERSON|欧振宇]]`,
  ],
  [
    'referral',
    `转诊介绍信\n[[PERSON|黎锦绣]]女士，1955年生，身份证[[ID_CARD|350203195504125425]]，因甲状腺结节（TI-RADS 4b类，1.2×0.9cm）建议至上级医院行细针穿刺。既往高血压病史。医保编号[[INSURANCE_ID|161548294194]]。\n住址：[[ADDRESS|厦门市思明区鹭江道100号之二1203室]]\n[[PERSON|颜伟]]医师\n[[DATE|2026年11月18日]]`,
  ],
  [
    'handover',
    `交班：现在开始交班，从[[MRN|十四]]床说起。\n[[MRN|十四]]床[[PERSON|冯大山]]，消化道出血，今天输了两个单位红细胞，血红蛋白从六十八升到八十一，大便还是黑的，夜班注意血压。\n[[MRN|十五]]床[[PERSON|敖登格日勒]]，糖尿病足，伤口换药了，血糖晚餐后十二点四。\n[[MRN|十七]]床[[PERSON|万春]]……不好意思，[[PERSON|万春生]]，明天上午做肠镜，今晚十点开始服泻药。\n好，交班完毕。`,
  ],
  [
    'handover',
    `护理交班本　2026-11-23\n[[MRN|1]]床 [[PERSON|岑立秋]] 术后第1天，PCA泵使用中，疼痛评分3分\n[[MRN|3]]床 [[PERSON|喻诗涵]] 高热39.1℃，已抽血培养两套\n6床 空床\n[[MRN|9]]床 [[PERSON|甄德茂]]（[[AGE|90]]岁） 跌倒高风险，床栏已上\n交班人：[[PERSON|蓝珊]]　接班人：[[PERSON|单于桐]]`,
  ],
  [
    'handover',
    `ICU医生交班（SBAR）\nS：[[MRN|5]]床[[PERSON|德吉曲珍]]，重症胰腺炎第4天。\nB：住院号[[MRN|89213979]]，高脂血症性，TG 28mmol/L。\nA：腹内压18mmHg，尿量0.4ml/kg/h，乳酸2.6mmol/L。\nR：继续CRRT，明早复查腹部CT；家属[[PERSON|平措罗布]]已签血浆置换同意书，电话[[PHONE|151 8242 5162]]。\n交：[[PERSON|闻人清远]]→接：[[PERSON|晏知行]]`,
  ],
  [
    'nursing-note',
    `护理记录单\n姓名：[[PERSON|阚淑珍]]　床号：[[MRN|33]]　住院号：[[MRN|65941645]]\n[[DATE|11-23]] 14:00 患者诉切口疼痛，NRS 5分，遵医嘱予氟比洛芬酯50mg静推，30分钟后复评2分。\n[[DATE|11-23]] 18:30 留置尿管通畅，尿色淡黄，尿量约600ml。\n[[DATE|11-24]] 06:00 体温36.8℃，协助翻身拍背，皮肤完好。\n护士：[[PERSON|柏云]]\n陪护：女儿[[PERSON|阚晓帆]]`,
  ],
  [
    'nursing-note',
    `跌倒/坠床评估：[[PERSON|全福顺]]，[[AGE|96]]岁，床号[[MRN|12]]，Morse评分65分（高危）。已告知护工[[PERSON|杭秀芝]]24小时陪护，夜间开地灯。患者自述家住[[ADDRESS|黑龙江省哈尔滨市南岗区西大直街315号6单元501]]，老伴已故，由儿子[[PERSON|全志刚]]（[[PHONE|13068218428]]）负责。评估时间[[DATE|2026年11月22日]]。评估人：[[PERSON|佟悦]]`,
  ],
  [
    'nursing-note',
    `压疮护理记录\n[[DATE|11月20日]]：骶尾部压力性损伤2期，3×2cm，予泡沫敷料；\n[[DATE|11月22日]]：创面缩小至2.5×1.8cm，渗液少；\n[[DATE|11月24日]]：继续每2小时翻身，气垫床压力调至中档。\n患者：[[PERSON|尚桂枝]]　[[MRN|7]]床　责任护士：[[PERSON|钮晓丽]]\n住院号：[[MRN|35917701]]　入院日期：[[DATE|11月15日]]`,
  ],
  [
    'lab-report',
    `检验报告单\n姓名：[[PERSON|戚永年]]　性别：男　年龄：[[AGE|92]]岁\n病历号：[[MRN|492822710]]　标本号：[[MRN|61642563765]]　标本：静脉血\n项目　结果　参考值\n肌酐　186μmol/L↑　57-111\n尿素　14.6mmol/L↑　3.1-8.0\n钾　5.6mmol/L↑　3.5-5.3\n采样时间：[[DATE|2026-11-23]] 07:12　报告时间：[[DATE|2026-11-23]] 09:40\n检验者：[[PERSON|匡雨桐]]　审核者：[[PERSON|仇建军]]\n送检医生：[[PERSON|鲍文斌]]`,
  ],
  [
    'lab-report',
    `血常规及凝血功能结果说明（门诊通用）\n1. 参考区间因年龄、性别和检测方法不同而略有差异，以本院报告单为准。\n2. INR 2.0–3.0 为华法林抗凝的常用目标范围，具体请遵医嘱。\n3. 血小板低于50×10^9/L时应避免剧烈活动。\n4. 报告可于检验科窗口或自助机打印，保存期限30天。`,
  ],
  [
    'lab-report',
    `病理诊断报告\n病理号：[[MRN|P2026-48671]]\n姓名：[[PERSON|解晓梅]]　住院号：[[MRN|37844410]]　送检科室：甲乳外科\n送检日期：[[DATE|2026年11月17日]]　报告日期：[[DATE|2026年11月21日]]\n病理诊断：（右乳）浸润性导管癌，Ⅱ级；ER(90%+)，PR(60%+)，HER-2(1+)，Ki-67约20%。\n诊断医师：[[PERSON|宓安]]　复核：[[PERSON|雷子健]]\n床号：[[MRN|5]]`,
  ],
  [
    'imaging-report',
    `CT检查报告\n检查号：[[MRN|CT58038056]]　姓名：[[PERSON|公孙巧玲]]　女　71岁\n身份证号：[[ID_CARD|130102195509023724]]\n检查日期：[[DATE|2026-11-22]]\n检查部位：胸部平扫\n所见：右肺下叶见一磨玻璃结节，大小约8×6mm，边界清；纵隔未见肿大淋巴结。\n印象：右肺下叶磨玻璃结节，建议12个月后复查。\n报告医师：[[PERSON|蔺琦]]　审核医师：[[PERSON|田垄]]\n申请医师：[[PERSON|邱晓光]]`,
  ],
  [
    'imaging-report',
    `超声报告：患者[[PERSON|陶醉]]，男，门诊号[[MRN|4323891273]]，[[DATE|11月23日]]行颈部血管超声：左侧颈内动脉起始处混合回声斑块，约12×3.1mm，狭窄约50%。报告医生[[PERSON|祁瑶]]。申请医生[[PERSON|郝一鸣]]，检查号[[MRN|US54164619]]。`,
  ],
  [
    'imaging-report',
    `MRI检查预约单\n姓名：[[PERSON|包·乌力吉]]　ID：[[MRN|291416163]]　[[AGE|95]]岁\n检查项目：头颅MRI+DWI\n预约时间：[[DATE|2026年11月28日]] 19:40\n注意：体内有心脏起搏器者请提前告知；检查前去除金属物品。\n联系电话：[[PHONE|13888873595]]（家属[[PERSON|额尔德尼其其格]]）`,
  ],
  [
    'prescription',
    `处方笺　[[DATE|2026年11月24日]]\n费别：医保　医保号：[[INSURANCE_ID|29758867063]]\n姓名：[[PERSON|宗政文]]　性别：男　年龄：54岁　门诊号：[[MRN|816184087]]\n身份证号：[[ID_CARD|320106197201145370]]\n临床诊断：2型糖尿病；高脂血症\nRp:\n二甲双胍缓释片 0.5g×60片　sig: 1g bid\n阿托伐他汀钙片 20mg×28片　sig: 20mg qn\n医师：[[PERSON|禹晨]]　审核/调配：[[PERSON|景丽]]　核对/发药：[[PERSON|应欣]]\n患者电话：[[PHONE|15269838497]]`,
  ],
  [
    'prescription',
    `药袋标签\n[[PERSON|丰秀兰]]　处方号[[MRN|8060210981]]\n华法林钠片 2.5mg\n每晚1片，勿自行停药；每周查INR一次\n药房电话[[PHONE|0571-33868519]]\n调配日期[[DATE|2026-11-23]]`,
  ],
  [
    'prescription',
    `胰岛素笔使用说明\n1. 注射前检查药液是否清澈（预混胰岛素需轻轻摇匀至均匀混悬）。\n2. 每次注射前排气2单位。\n3. 注射部位轮换：腹部、大腿外侧、上臂外侧。\n4. 未开封的笔芯冷藏2–8℃保存，开封后室温不超过30℃保存4周。\n5. 针头一次性使用。`,
  ],
  [
    'consent',
    `手术知情同意书\n患者姓名：[[PERSON|蒲玉凤]]　住院号：[[MRN|79066205]]　床号：[[MRN|19]]\n拟行手术：经皮肾镜碎石取石术（左）\n手术风险：出血、感染、周围脏器损伤、结石残留等。\n患者签名：[[PERSON|蒲玉凤]]\n委托代理人：[[PERSON|蒲建设]]　与患者关系：儿子　身份证号：[[ID_CARD|510107197605212674]]\n谈话医师：[[PERSON|甘露]]　日期：[[DATE|2026年11月23日]]\n患者身份证号：[[ID_CARD|510107195208303186]]`,
  ],
  [
    'consent',
    `输血治疗同意书：本人[[PERSON|铁木尔]]，系患者[[PERSON|图门吉雅]]的丈夫，已了解输血可能发生的过敏、发热及传染病风险，同意输注悬浮红细胞。联系电话[[PHONE|13925427691]]，身份证[[ID_CARD|150102196901160852]]。签字日期[[DATE|2026-11-21]]。`,
  ],
  [
    'consent',
    `授权委托书\n委托人：[[PERSON|朴顺姬]]（患者本人），朝鲜族，身份证号[[ID_CARD|22240119481030636X]]\n受托人：[[PERSON|金哲浩]]，身份证号[[ID_CARD|222401197302263256]]，电话[[PHONE|132 6426 7512]]\n本人因年事已高，委托[[PERSON|金哲浩]]代为签署住院期间各项医疗文书。\n委托人签字：[[PERSON|朴顺姬]]　日期：[[DATE|2026年11月20日]]`,
  ],
  [
    'billing',
    `住院费用结算单\n住院号：[[MRN|52014512]]　姓名：[[PERSON|诸葛红梅]]　身份证：[[ID_CARD|420106520311328]]\n入院：[[DATE|2026-11-09]]　出院：[[DATE|2026-11-22]]\n总费用：38,652.17元　统筹支付：27,103.40元　个人自付：11,548.77元\n结算单号：JS20261122004517\n医保卡号：[[INSURANCE_ID|2834137662]]\n退款账户：[[BANK_CARD|6222029352685808855]]\n主管医生：[[PERSON|乐天]]`,
  ],
  [
    'billing',
    `门诊缴费提示：患者[[PERSON|房小蝶]]，就诊卡号[[MRN|581287616248]]，您有一笔检查费356.00元待缴，可通过医院公众号或访问[[URL|https://pay.example.cn/his/qf]]缴纳。发票号码 04415862 可在电子票据平台查询。（就诊日期[[DATE|11月20日]]）`,
  ],
  [
    'billing',
    `住院预交金收据\n交款人：[[PERSON|揭晓阳]]（患者[[PERSON|揭文华]]之子）\n交款方式：银行卡 [[BANK_CARD|6214839517150629]]\n金额：10000.00元\n日期：[[DATE|2026年11月21日]]\n收款员：[[PERSON|伏静]]`,
  ],
  [
    'online-consult',
    `【互联网医院】图文问诊　问诊编号：[[MRN|WZ7557047551]]\n患者：[[PERSON|赖子墨]]，男，2岁\n家长：宝宝昨晚开始拉肚子，一天五六次，蛋花样，没发烧，能喝奶。\n医生[[PERSON|宁夏]]：注意补液，口服补液盐Ⅲ按说明少量多次；观察尿量，如精神差、6小时无尿、便中带血请线下就诊。\n家长账号：[[ACCOUNT|ziMo_mama2024]]\n家长手机：[[PHONE|18875594483]]　问诊时间：[[DATE|2026-11-24]] 07:55`,
  ],
  [
    'online-consult',
    `在线复诊续方\n患者姓名：[[PERSON|聂卫红]]　身份证号：[[ID_CARD|420106196107236662]]\n复诊疾病：高血压病3级\n最近血压：132/84mmHg；心率68次/分\n续方：苯磺酸氨氯地平片5mg qd，缬沙坦胶囊80mg qd\n配送地址：[[ADDRESS|湖北省武汉市武昌区中北路109号中铁大厦小区5栋902]]\n收件电话：[[PHONE|157-4499-9086]]\n接诊医生：[[PERSON|官小鹏]]　时间：[[DATE|2026-11-23]] 20:14`,
  ],
  [
    'online-consult',
    `患者（用户名[[ACCOUNT|清风徐来88]]）：医生您好，我妈妈[[AGE|92]]岁，最近夜里老咳，吃了止咳糖浆也不行。\n[[PERSON|路漫漫]]医生：请问有没有发热、气喘，痰是什么颜色？老人家有没有心脏病？\n患者：没发烧，痰白的，有冠心病。\n[[PERSON|路漫漫]]医生：高龄伴冠心病，夜间咳嗽需排除心衰，建议尽快到医院做胸片、BNP和心电图。\n（系统记录：提问IP [[IP|2001:db8:99a4::c95]]）`,
  ],
  [
    'patient-message',
    `[[PERSON|郁]]主任您好，我是上周五找您看腰椎的[[PERSON|甘草莓]]，门诊号[[MRN|421148038]]。片子报告出来了，L4/5椎间盘突出，您说要看报告再定要不要做手术，我下周二能来吗？我电话[[PHONE|15125404025]]。`,
  ],
  [
    'patient-message',
    `护士长您好！我是[[MRN|21]]床[[PERSON|幸运]]的家属，我叫[[PERSON|幸小梅]]。我爸明天出院，想问出院证明能不能寄到[[ADDRESS|浙江省杭州市西湖区文三路477号华星科技大厦7楼]]？我邮箱[[EMAIL|xingxm1987@example.cn]]。另外我车牌[[PLATE|浙A·D52871]]，能办出院停车减免吗？谢谢！`,
  ],
  [
    'patient-message',
    `医生，我是昨天抽血的，名字[[PERSON|程咬金]]，就诊卡[[MRN|924430631661]]。报告说尿酸520，是不是痛风啊？我这两天脚趾头有点疼。`,
  ],
  [
    'family-chat',
    `【相亲相爱一家人】\n大姑：爸今天检查结果咋样\n[[PERSON|宋小川]]：医生说是肺炎，要住院，住[[MRN|36]]床\n[[PERSON|宋晓琳]]：我明天上午请假过去换你\n[[PERSON|宋小川]]：好，住院押金我先交了，发票拍给[[PERSON|宋晓琳]]了\n[[ACCOUNT|lin_sxl]]：收到👌\n[[PERSON|宋小川]]：爷爷身份证号是[[ID_CARD|370102193308150730]]，办手续要用，你们存一下`,
  ],
  [
    'family-chat',
    `妈妈：你外婆今天[[AGE|99]]岁生日，在医院过的😂\n[[PERSON|田蜜蜜]]：外婆太棒了！我周末带蛋糕去，病房是几楼？\n妈妈：老年科4楼[[MRN|12]]床\n[[PERSON|田蜜蜜]]：好的。小舅说他开车去，车牌[[PLATE|鄂A·7Q3K9]]，到时候停地库\n[[PERSON|田有余]]：我在楼下等你们`,
  ],
  [
    'family-chat',
    `三弟：二哥，妈的复查约在[[DATE|12月3日]]了，门诊号[[MRN|4948540087]]\n[[PERSON|龙腾]]：我那天要出差，让[[PERSON|龙飞飞]]陪吧\n[[PERSON|龙飞飞]]：可以，我开车接奶奶，奶奶现在住[[ADDRESS|贵州省黔东南州凯里市北京东路22号]]那边对吧\n[[PERSON|龙腾]]：对，医院地址发你了，到了打[[PHONE|18093236871]]找[[PERSON|杨]]护士`,
  ],
  [
    'sms-reminder',
    `【市第一人民医院】[[PERSON|戴秋实]]您好，您预约的[[DATE|11月26日]]上午09:30消化内科[[PERSON|舒心]]医生号源已确认，就诊序号18，请携带身份证及医保卡提前30分钟到二楼取号。退订回T`,
  ],
  [
    'sms-reminder',
    `【康复医院】温馨提示：冬季门诊时间调整为8:00–12:00，14:00–17:30，节假日急诊照常。请就诊患者注意保暖，老年人出行注意防滑。`,
  ],
  [
    'sms-reminder',
    `【妇幼保健院】尊敬的[[PERSON|冉秋水]]女士，您的宝宝[[PERSON|向晨曦]]应于[[DATE|2026年12月1日]]接种百白破疫苗第3剂，接种证号[[MRN|22545774258841]]，地点：[[ADDRESS|重庆市渝中区七星岗街道中山一路120号]]预防接种门诊。咨询电话[[PHONE|023-78999825]]。`,
  ],
  [
    'rabies-pep-clinic',
    `犬伤处置门诊登记\n编号：[[MRN|QS79657631]]　日期：[[DATE|2026-11-22]]\n姓名：[[PERSON|牛顿]]　男　38岁　电话：[[PHONE|13606317929]]\n身份证：[[ID_CARD|610113198804138134]]\n致伤动物：邻居家犬（未免疫）　部位：右小腿　暴露分级：Ⅲ级\n处置：肥皂水和流动水交替冲洗15分钟，碘伏消毒；伤口周围浸润注射狂犬病人免疫球蛋白（20IU/kg）；狂犬疫苗Zagreb 2-1-1程序第1天。\n后续接种日期：[[DATE|11月29日]]、[[DATE|12月13日]]\n医生：[[PERSON|白芷]]\n住址：[[ADDRESS|陕西省西安市雁塔区电子城街道丈八东路16号1栋1204]]`,
  ],
  [
    'rabies-pep-clinic',
    `狂犬疫苗接种须知（犬伤门诊）\n1. 被犬猫咬伤、抓伤后应立即用肥皂水和流动清水交替冲洗伤口至少15分钟。\n2. 五针法于第0、3、7、14、28天各接种1剂；四针法（2-1-1）于第0天2剂，第7、21天各1剂。\n3. Ⅲ级暴露须同时使用被动免疫制剂。\n4. 接种期间避免饮酒和剧烈运动，按时完成全程。`,
  ],
  [
    'rabies-pep-clinic',
    `犬伤门诊随访电话记录：[[DATE|11月23日]]致电[[PERSON|池小鱼]]（[[AGE|90]]岁，被自家猫抓伤，Ⅱ级暴露，编号[[MRN|141231927]]）之孙女[[PERSON|池雨桐]]，电话[[PHONE|180 4387 0613]]，老人第2针已按期于[[DATE|11月20日]]在[[ADDRESS|江苏省南京市鼓楼区湖南路街道马台街58号]]社区卫生服务中心完成，无不良反应。记录：[[PERSON|申屠敏]]`,
  ],
  [
    'hidradenitis-clinic',
    `化脓性汗腺炎门诊病历\n姓名：[[PERSON|岳鹏飞]]　男　29岁　门诊号：[[MRN|4803403046]]\n就诊日期：[[DATE|2026-11-20]]\n双侧腋窝及腹股沟反复结节、窦道5年，Hurley Ⅱ期，IHS4评分9分。BMI 31，吸烟10支/日。\n处理：多西环素100mg bid 12周；建议戒烟减重；评估阿达木单抗适应证。\n医保卡：[[INSURANCE_ID|5311720335]]\n复诊：[[DATE|2027年1月]]\n医师：[[PERSON|范小雨]]\n电话：[[PHONE|16603309047]]`,
  ],
  [
    'hidradenitis-clinic',
    `汗腺炎门诊生物制剂登记：患者[[PERSON|哈斯其其格]]，女，蒙古族，身份证[[ID_CARD|150102199407025683]]，[[DATE|11月18日]]首次皮下注射阿达木单抗160mg，第2周80mg，此后40mg每周一次；结核T-SPOT阴性，乙肝表面抗原阴性。药品邮寄地址[[ADDRESS|内蒙古呼和浩特市新城区兴安北路街道海拉尔东路15号2-3-601]]，联系人[[PERSON|哈斯其其格]]，[[PHONE|18558115554]]。`,
  ],
  [
    'hidradenitis-clinic',
    `汗腺炎日常护理小贴士\n• 穿宽松透气的棉质衣物，减少摩擦。\n• 不要挤压或自行切开结节。\n• 使用温和的抗菌沐浴露（如含氯己定），洗后轻轻拍干。\n• 戒烟、控制体重有助于减少复发。\n• 疼痛明显、发热或破溃流脓增多时及时复诊。`,
  ],
  [
    'bells-palsy-clinic',
    `面瘫专病门诊\n就诊日期：[[DATE|2026年11月21日]]\n姓名：[[PERSON|钱满仓]]　女　41岁　门诊号：[[MRN|MZ84602667]]\n港澳居民来往内地通行证：[[PASSPORT|H16690833]]\n右侧口角歪斜、闭眼不全2天，House-Brackmann Ⅳ级，无其他神经系统体征。\n诊断：特发性面神经麻痹（右）\n处理：泼尼松60mg qd×5天后逐渐减量；伐昔洛韦1g tid×7天；人工泪液、夜间眼罩护眼。\n复诊：[[DATE|11月28日]]　医师：[[PERSON|焦点]]\n联系电话：[[PHONE|+852 5445 3582]]`,
  ],
  [
    'bells-palsy-clinic',
    `针灸科面瘫治疗登记：[[PERSON|尹明月]]，男，门诊号[[MRN|858426873]]，[[DATE|11-15]]发病，[[DATE|11-22]]起针刺（阳白、四白、地仓、颊车、翳风），每周3次，共10次。患者电话[[PHONE|187-7884-5089]]，住[[ADDRESS|河北省石家庄市长安区建北街道和平东路298号]]。治疗师[[PERSON|秦风]]。`,
  ],
  [
    'bells-palsy-clinic',
    `面瘫康复随访：[[PERSON|鲁班]]老先生，[[AGE|91]]岁，住院号[[MRN|36532807]]，左侧面瘫第3周，额纹部分恢复，H-B Ⅲ级。其女儿[[PERSON|鲁小琴]]询问是否还能做面部肌电图，已预约[[DATE|12月5日]]。回访人：[[PERSON|童趣]]\n家属电话：[[PHONE|132-4830-0872]]`,
  ],
  [
    'ingrown-toenail-clinic',
    `嵌甲门诊手术记录\n姓名：[[PERSON|邓超凡]]　男　17岁　门诊号：[[MRN|2595728826]]\n身份证号：[[ID_CARD|440106200907212493]]\n手术日期：[[DATE|2026-11-23]]\n诊断：右足拇趾嵌甲伴甲沟炎（Heifetz Ⅱ期）\n手术：局麻（2%利多卡因3ml趾根阻滞）下行右拇趾外侧甲板部分拔除+甲母质苯酚烧灼术。\n术后：每日换药，[[DATE|11月26日]]复查。\n监护人：[[PERSON|邓秀娟]]，[[PHONE|13641281623]]\n术者：[[PERSON|项远]]\n住址：[[ADDRESS|广州市天河区石牌街道中山大道西55号大院12栋302]]`,
  ],
  [
    'ingrown-toenail-clinic',
    `嵌甲矫正（钛合金矫正片）收费单：患者[[PERSON|付小溪]]，就诊卡[[MRN|821217172350]]，[[DATE|11月19日]]左拇趾双侧嵌甲矫正，费用480元，微信支付账号[[ACCOUNT|fxx_river]]。下次调整：[[DATE|12月10日]]。操作：[[PERSON|石榴]]电话[[PHONE|15802875343]]。`,
  ],
  [
    'ingrown-toenail-clinic',
    `糖尿病患者嵌甲会诊：[[PERSON|阮福生]]，[[AGE|93]]岁，内分泌科[[MRN|15]]床，住院号[[MRN|31388166]]，身份证[[ID_CARD|440106330509755]]，右拇趾甲沟红肿，ABI 0.62，足背动脉搏动弱。建议暂不行甲母质切除，先保守处理（棉条垫甲、局部抗感染），请血管外科会诊。会诊日期[[DATE|2026-11-24]]，会诊医师[[PERSON|尤其]]。`,
  ],
];
const en: Array<[string, string]> = [
  [
    'admission',
    `ADMISSION CLERKING — Acute Medical Unit\nName: [[PERSON|Winifred Okonkwo-Hale]]   Age: [[AGE|93]]   DOB: [[DATE|02/03/1933]]\nNHS No: [[INSURANCE_ID|999 113 3593]]   Hosp No: [[MRN|RXH4092576]]   Bed: Bay C, bed [[MRN|4]]\nAddress: [[ADDRESS|Flat 2, 14 Marlborough Terrace, Brighton BN2 1QB]]\nAdmitted: [[DATE|23/11/2026]] 21:45\nPC: confusion and reduced oral intake for 3 days. Urine dip nitrites +, leucocytes 3+. Na 128 mmol/L.\nNOK: grandson [[PERSON|Tobias Hale]], [[PHONE|07700 900041]]\nClerked by: Dr [[PERSON|Anjali Raghunathan]] (FY2)\nGP: Dr [[PERSON|Sunita Varghese]], [[ADDRESS|Preston Park Surgery, 2 Florence Road, Brighton BN1 6DP]]`,
  ],
  [
    'admission',
    `H&P — Hospitalist Service\nPatient: [[PERSON|Consuelo Ibarra]]   MRN: [[MRN|47656933]]   DOB: [[DATE|7/14/1958]]\nAdmit date: [[DATE|11/22/2026]]   Room [[MRN|612B]]\nInsurance: Medicare, MBI [[INSURANCE_ID|8PY7-U71-QP90]]\nHome: [[ADDRESS|4418 W Alameda Ave, Apt 3, Denver, CO 80219]]\nCC: "my sugar's been over 400." HbA1c 12.1%, anion gap 18, beta-hydroxybutyrate 3.4.\nDaughter [[PERSON|Marisela]] at bedside; cell [[PHONE|(303) 555-0196]].\nAttending: [[PERSON|Roderick Fairweather]], MD\nPCP: Dr. [[PERSON|Alma Quintero]]   Email: [[EMAIL|consuelo.ibarra58@example.com]]`,
  ],
  [
    'admission',
    `Admitted under Gen Surg overnight — [[PERSON|Eamon Ó Súilleabháin]], 46, PPSN [[ID_CARD|6011186G]], MRN [[MRN|3374525]], lives at [[ADDRESS|12 Glenbrook Park, Ballincollig, Co. Cork P31 X2F6]]. Presented [[DATE|23 Nov]] with RIF pain, WCC 15.2, CRP 96; CT confirms uncomplicated appendicitis. NBM, IV fluids, co-amoxiclav 1.2 g TDS. Wife [[PERSON|Sorcha]] on [[PHONE|087 953 5456]]. For lap appendicectomy on list tomorrow (Mr [[PERSON|Dunleavy-Ryan]]).\nDOB [[DATE|14/02/1980]]`,
  ],
  [
    'progress-note',
    `Progress Note — HD#3 — [[DATE|11/23/2026]]\nS: Mr. [[PERSON|Thistlewood]] slept poorly; denies chest pain.\nO: T 37.4, HR 88, BP 124/72, SpO2 95% on 2 L NC. Cr 1.4 (1.9 on admit). K 4.1.\nA/P: CAP improving — switch ceftriaxone 1 g IV to cefpodoxime 200 mg PO BID to complete 5 days. PT eval. Anticipate discharge [[DATE|11/25]].\n[[PERSON|Lena Vukovic]], PA-C / co-signed [[PERSON|H. Tanaka]], MD\nMRN [[MRN|61952406]], Rm [[MRN|7W-22]]`,
  ],
  [
    'progress-note',
    `Ward round [[DATE|24/11]] — Consultant: Dr [[PERSON|Priya Balasubramaniam]]\nBed [[MRN|11]], [[PERSON|Harold Pettigrew]] ([[AGE|97]]), Hosp no [[MRN|9446269]]\nDay 5 after hemiarthroplasty. Mobilising with frame + 1. Hb 94 g/L, stable. Wound clean and dry.\nPlan: continue enoxaparin 40 mg OD for 28 days total; OT home visit booked for [[DATE|27 November]] with [[PERSON|Carys Llewellyn]] (OT); daughter [[PERSON|Eirlys]] to attend.`,
  ],
  [
    'progress-note',
    `ICU daily note [[DATE|22-Nov-2026]]\nPt: [[PERSON|Tevita Fifita]]  UR [[MRN|5059038]]  Bed ICU [[MRN|9]]\nSeptic shock from pyelonephritis, day 2. Noradrenaline weaned 0.18 → 0.06 mcg/kg/min. Lactate 1.7. UO 60 mL/h.\nBlood cultures: E. coli, ceftriaxone sensitive.\nFamily: wife [[PERSON|Losana]] and son [[PERSON|Viliami]] updated by phone ([[PHONE|0491 579 745]]).\n[[PERSON|Dr. Mulcahy]] / ICU reg\nMedicare [[INSURANCE_ID|4438 57777 1]]`,
  ],
  [
    'discharge',
    `DISCHARGE SUMMARY\nPatient: [[PERSON|ABERCROMBIE, Ruth]]   DOB: [[DATE|19/08/1931]]   CHI: [[INSURANCE_ID|1908317183]]\nAdmitted: [[DATE|10/11/2026]]   Discharged: [[DATE|22/11/2026]]\nDiagnosis: Non-ST elevation MI; managed medically given age ([[AGE|95]]) and frailty.\nMedications: aspirin 75 mg OD, bisoprolol 1.25 mg OD, atorvastatin 40 mg ON (new).\nFollow-up: Cardiology nurse clinic [[DATE|8 December 2026]]. GP: Dr [[PERSON|Murdo Macleod]], [[ADDRESS|Harbour Medical Practice, 3 Shore Street, Ullapool IV26 2UJ]].`,
  ],
  [
    'discharge',
    `Discharge instructions for [[PERSON|Kerem Aydoğdu]] (MRN [[MRN|21442834]]), discharged [[DATE|Nov 23, 2026]].\nYou were treated for a kidney stone (5 mm, left ureter), which passed on [[DATE|Nov 22]].\n• Drink enough to keep your urine pale.\n• Tamsulosin 0.4 mg daily: stop once you have finished the pack.\nReturn to the ED for fever over 100.4°F or pain not controlled by ibuprofen.\nUrology follow-up: [[DATE|Dec 14]] with Dr. [[PERSON|Chinonso Umeh]], [[PHONE|(614) 555-0136]].\nDOB [[DATE|02/27/1979]]`,
  ],
  [
    'discharge',
    `Discharge letter — Whangārei Hospital\n[[PERSON|Kahurangi Te Awe]], NHI [[INSURANCE_ID|QSB7938]], DOB [[DATE|5 May 1987]]\nAdmitted [[DATE|19 November 2026]] with cellulitis of the right lower leg; IV flucloxacillin 2 g 6-hourly, stepped to oral on day 3.\nDischarged [[DATE|23 November 2026]] to [[ADDRESS|27 Kamo Road, Kensington, Whangārei 0112]].\nPlease review at GP on [[DATE|26 November]]. Contact: [[PHONE|021 542 6584]].\n[[PERSON|Rawiri Paki]], House Officer\nGP: Dr [[PERSON|Anaru Kingi]]`,
  ],
  [
    'outpatient',
    `Clinic letter — Rheumatology\nDate: [[DATE|20 November 2026]]\nRe: [[PERSON|Bronwen Pryce-Jones]], DOB [[DATE|11/02/1964]], NHS [[INSURANCE_ID|999 678 3952]]\nDear Dr [[PERSON|Ikwuemesi]],\nI saw Mrs [[PERSON|Pryce-Jones]] with a 6-week history of bilateral hand synovitis. Anti-CCP strongly positive, ESR 48. DAS28 5.1.\nPlan: methotrexate 15 mg weekly rising to 20 mg, folic acid 5 mg weekly (not on the methotrexate day), prednisolone 10 mg tapering over 6 weeks. Bloods every 2 weeks for 6 weeks.\nYours sincerely,\n[[PERSON|Adaeze Onwuachi]], Consultant Rheumatologist\nHosp no [[MRN|5928175]]\ncc: Mrs [[PERSON|Pryce-Jones]], [[ADDRESS|Tŷ Gwyn, 5 Heol y Castell, Llandeilo SA19 6BP]]`,
  ],
  [
    'outpatient',
    `Dr: Morning. Can you confirm your name and date of birth?\nPt: [[PERSON|Gordon Whitlock]], [[DATE|third of April, forty-one]].\nDr: Thank you. And who've you brought today?\nPt: My neighbour, [[PERSON|Patience Mensah]]. She drives me since my licence went.\nDr: Lovely. So, the ankles are swollen again?\nPt: Like balloons by teatime.\nDr: Your weight's up 2.5 kilos since [[DATE|October]]. I'll increase the furosemide to 80 mg in the morning and we'll recheck your kidneys on Friday [[DATE|4th]].\n(NHS [[INSURANCE_ID|999 528 5444]]; clinic [[DATE|24/11/2026]]; Dr [[PERSON|Ottoline Frame]])`,
  ],
  [
    'outpatient',
    `Peds clinic — well-child 12 mo\nBaby [[PERSON|Amara Osei-Bonsu]]  DOB [[DATE|11/19/2025]]  MRN [[MRN|94630310]]\nParent: [[PERSON|Kwabena Osei-Bonsu]] (dad), [[PHONE|919-555-0108]]\nWt 9.4 kg (45th %ile). Walking with one hand held, 3 words. Hgb 11.6, lead <3.\nVaccines today: MMR, varicella, Hep A, PCV20 #4.\nNext: 15-month visit [[DATE|2/23/2027]].\nAddress: [[ADDRESS|2217 Glenwood Ave, Raleigh, NC 27608]]`,
  ],
  [
    'referral',
    `e-Referral — Suspected cancer (2WW), lower GI\nUBRN: [[MRN|4586 0670 4455]]\nPatient: [[PERSON|Desmond Achterberg]]   DOB: [[DATE|30/06/1952]]   NHS: [[INSURANCE_ID|999 751 8578]]\nTel: [[PHONE|01632 960216]]   Address: [[ADDRESS|The Old Forge, Church Lane, Little Snoring, Fakenham NR21 0JA]]\nFIT 212 µg/g; Hb 104, ferritin 9. Change in bowel habit 8 weeks; weight loss 4 kg.\nReferrer: Dr [[PERSON|Saoirse Flanagan]], sent [[DATE|21/11/2026]]`,
  ],
  [
    'referral',
    `Referral to Cardiology — Singapore General Polyclinic\nPatient: [[PERSON|Rajeswari d/o Subramaniam]]   NRIC: [[ID_CARD|S1151350F]]\nCase no.: [[MRN|22783679]]   Tel: [[PHONE|+65 9049 9902]]\nAddress: [[ADDRESS|Blk 412 Bedok North Ave 2, #06-223, Singapore 460412]]\nExertional chest tightness for 1 month; ECG: T inversion V4–V6. LDL-C 4.6 mmol/L.\nKindly assess for CAD. Started aspirin 100 mg OM, atorvastatin 40 mg ON.\nDr [[PERSON|Lim Wei Ting]], [[DATE|20 Nov 2026]]\nDOB: [[DATE|03/05/1969]]`,
  ],
  [
    'referral',
    `Hi [[PERSON|Terrence]] — referring [[PERSON|Lucinda Featherstonehaugh]] (MRN [[MRN|3808429]], DOB [[DATE|1/9/1949]]) to your wound clinic for a non-healing L lateral malleolus ulcer, 3.2 x 2.1 cm, ABI 0.91. She's home-bound at [[ADDRESS|88 Pinecrest Dr, Asheville, NC 28805]]; daughter [[PERSON|Loretta]] can bring her on [[DATE|12/2]]. Thanks, [[PERSON|Bettina]] (PCP office)\nPS her MBI is [[INSURANCE_ID|9KY2-FT0-FF90]].`,
  ],
  [
    'handover',
    `Night handover — Ward 7\nBed [[MRN|1]] [[PERSON|Ahmed Farouk]] — post-op day 1 bowel resection, epidural in situ, UO 35 mL/h, watch.\nBed 2 — empty, awaiting admission from ED.\nBed [[MRN|5]] [[PERSON|Theodora Vass]] ([[AGE|98]]) — DNACPR, comfort measures, son [[PERSON|Laszlo]] staying overnight.\nBed [[MRN|6]] [[PERSON|Kieran Doyle-Marsh]] — withdrawing from alcohol, CIWA 14, chlordiazepoxide per chart.\nHanded over by [[PERSON|Ebele]] to [[PERSON|Cathal]]`,
  ],
  [
    'handover',
    `So, um, handover from the day team. Starting in side room [[MRN|3]], that's Mrs [[PERSON|Bellhouse]] — sorry — Mrs [[PERSON|Bellamy-Crane]], [[PERSON|Iris Bellamy-Crane]], C. diff, on oral vancomycin 125 mg QDS, three stools today. Then bed [[MRN|eight]], Mr [[PERSON|Nwankwo-Ibe]], first name [[PERSON|Ikenna]], new AF, on the heparin infusion, APTT due at ten.`,
  ],
  [
    'handover',
    `I-PASS — overnight, [[DATE|11/23]]\nIllness severity: watcher\nPatient: [[PERSON|Jasper Lindqvist]], 8 y/o, rm [[MRN|4112]], MRN [[MRN|57270118]]\nSummary: DKA, new dx; insulin drip 0.05 u/kg/h; glucose 240s; bicarb 14 → 17.\nAction: BMP q4h; transition to SC when gap closed.\nSituation awareness: mom ([[PERSON|Liesel]]) at bedside, [[PHONE|(612) 555-0129]]\nSynthesis by receiver: Dr. [[PERSON|Roshni Patel]]`,
  ],
  [
    'nursing-note',
    `Nursing note [[DATE|24/11/2026]] 03:10\nMr. [[PERSON|Kwadwo Asamoah-Gyan]] (bed [[MRN|14]]) found sitting on floor beside bed, unwitnessed fall. Alert, GCS 15, no head strike reported, on apixaban — doctor informed (Dr [[PERSON|Fenella Shaw]]), neuro obs started hourly. Skin tear L forearm dressed. Daughter [[PERSON|Akosua]] informed by phone at 03:40.\nRN [[PERSON|Pilar Echeverría]]\nHosp no [[MRN|9629771]]`,
  ],
  [
    'nursing-note',
    `Wound care note: [[PERSON|Benedikt Hollis]], Rm [[MRN|318]], sacral pressure injury stage 3, 4.0 x 3.5 x 0.6 cm, 30% slough. Cleansed with NS, hydrofiber + foam applied; low-air-loss mattress. Turning q2h, Braden 12. Spouse [[PERSON|Ottilie]] taught offloading. Next dressing [[DATE|11/26]]. — [[PERSON|T. Oyelaran]], RN, CWOCN\nMRN [[MRN|41095384]]`,
  ],
  [
    'nursing-note',
    `Community nursing visit — [[DATE|21 Nov 2026]]\nClient: [[PERSON|Ngaire Pomare]] ([[AGE|90]]), NHI [[INSURANCE_ID|LZQ1733]]\nAddress: [[ADDRESS|4/19 Tawa Street, Melville, Hamilton 3206]]\nLeg ulcer dressing changed, compression 2-layer reapplied. Pain 2/10. Granulating well.\nNext visit Monday [[DATE|23rd]] — key safe code given to [[PERSON|Tamati]] (DN).`,
  ],
  [
    'lab-report',
    `LABORATORY REPORT\nPatient: [[PERSON|Fitzgerald, Colm]]   MRN: [[MRN|14998860]]   DOB: [[DATE|03/17/1932]]   Age: [[AGE|94]]\nAccession: [[MRN|CH26-465834]]   Collected: [[DATE|11/23/2026]] 06:05\nTSH 8.9 mIU/L (H) [0.4–4.5]\nFree T4 0.8 ng/dL [0.8–1.8]\nVitamin B12 182 pg/mL (L)\nOrdering: [[PERSON|Okwuosa, Chidi]] MD   Verified: [[PERSON|M. Delacroix]], MLS`,
  ],
  [
    'lab-report',
    `Patient information: fasting blood tests\nDo not eat for 10–12 hours before a fasting glucose or lipid test. Water is fine.\nTake your usual medicines unless told otherwise — but bring diabetes medicines with you to take after the test.\nResults usually reach your GP within 3 working days.\nA potassium sample may read falsely high if the blood is delayed in reaching the lab.`,
  ],
  [
    'lab-report',
    `Microbiology — Final report\nPatient [[PERSON|Marguerite Olufemi-Baptiste]], Hosp no [[MRN|4743837]], NHS [[INSURANCE_ID|999 224 3570]]\nSpecimen: MSU, lab no [[MRN|M26.6613362]], received [[DATE|20/11/2026]]\nCulture: >10^5 CFU/mL Klebsiella pneumoniae. ESBL producer.\nSensitive to: nitrofurantoin, fosfomycin, meropenem. Resistant to: co-amoxiclav, ceftriaxone, trimethoprim.\nPhoned to Dr [[PERSON|Aled Rhys]] [[DATE|21/11]] 10:15 by [[PERSON|Fergus]] (BMS)`,
  ],
  [
    'imaging-report',
    `RADIOLOGY REPORT\nExam: CT head without contrast   Accession: [[MRN|RAD82283364]]\nPatient: [[PERSON|Ignatius Moloney]]   MRN: [[MRN|17392317]]   Age: [[AGE|101]]\nDate: [[DATE|Nov 23, 2026]] 14:32\nFindings: No intracranial hemorrhage or mass effect. Chronic small-vessel ischemic change. Old right parietal infarct.\nImpression: No acute abnormality.\nRead by: [[PERSON|Svetlana Orlova]], MD\nDOB: [[DATE|05/30/1925]]`,
  ],
  [
    'imaging-report',
    `Ultrasound — Abdomen\n[[PERSON|Chen Xiaoyu]], F, MRN [[MRN|6960758]], [[DATE|22 Nov 2026]]\nLiver 16.2 cm, diffusely echogenic, consistent with steatosis. Gallbladder: multiple mobile calculi up to 11 mm; wall 2 mm; no sonographic Murphy's. CBD 4 mm.\nSonographer: [[PERSON|Kerry-Ann Baptiste]]   Reported: Dr [[PERSON|Felix Adebayo-Smith]]\nVisitor from Xiamen — passport [[PASSPORT|E99843048]], resident ID [[ID_CARD|350203198604155326]]`,
  ],
  [
    'imaging-report',
    `Mammography — screening recall letter\nDear Ms [[PERSON|Delphine Castellucci]],\nYour screening mammogram on [[DATE|November 12, 2026]] needs some extra pictures; most women called back do not have cancer.\nYour appointment: [[DATE|December 3, 2026]] at 10:20 am, Breast Imaging Center, [[ADDRESS|2200 Westlake Ave N, Suite 104, Seattle, WA 98109]].\nQuestions: [[PHONE|(206) 555-0165]]. Reference: [[MRN|BI-4459732]]`,
  ],
  [
    'prescription',
    `Rx\nPatient: [[PERSON|Rosalind Tembo]]   DOB: [[DATE|08/30/1990]]   Rx# [[MRN|2649255]]\nNitrofurantoin (Macrobid) 100 mg capsules\nSig: 1 cap PO BID with food x 5 days\nDisp: #10   Refills: 0\nPrescriber: [[PERSON|Jude Amankwah]], NP\nPharmacy: Walgreens, [[ADDRESS|1510 N Main St, Ann Arbor, MI 48104]]\nPatient phone: [[PHONE|(734) 555-0147]]`,
  ],
  [
    'prescription',
    `Pharmacy label\nMR [[PERSON|ALISTAIR GUNN]]\nLevothyroxine 50 microgram tablets — Take ONE tablet each morning, 30 minutes before breakfast\n28 tablets   [[DATE|24/11/26]]\nKirkwall Pharmacy  [[PHONE|01632 960494]]`,
  ],
  [
    'prescription',
    `Methotrexate — important safety information\nMethotrexate for arthritis or psoriasis is taken ONCE A WEEK, on the same day each week.\nNever take it daily. Do not take trimethoprim or co-trimoxazole with it.\nFolic acid is usually taken on a different day.\nTell your doctor about a sore throat, mouth ulcers, bruising or breathlessness.`,
  ],
  [
    'consent',
    `CONSENT FORM 1 — Patient agreement to investigation or treatment\nPatient: [[PERSON|Rhiannon Cadwallader]]   Hosp no: [[MRN|3072672]]\nProcedure: Flexible cystoscopy ± biopsy\nRisks: bleeding, infection (UTI 1 in 50), discomfort passing urine.\nSigned: [[PERSON|R. Cadwallader]]   Date: [[DATE|23/11/2026]]\nHealth professional: [[PERSON|Oluwadamilare Ajayi-Cole]], Specialty Registrar\nInterpreter: not required\nNHS number: [[INSURANCE_ID|999 974 4222]]`,
  ],
  [
    'consent',
    `Informed Consent — Blood transfusion\nI, [[PERSON|Marco Bianchi-Russo]], healthcare proxy for my mother [[PERSON|Lucia Bianchi]] (DOB [[DATE|4/2/1930]], age [[AGE|96]], MRN [[MRN|74399067]]), consent to transfusion of packed red cells.\nProxy ID shown: passport [[PASSPORT|YA5575414]] (Italy).\nWitness: [[PERSON|Deja Holloway]], RN   Date: [[DATE|11/21/2026]]`,
  ],
  [
    'consent',
    `Consent for research (biobank) — participant copy\nName: [[PERSON|Rukhsana Bhatti]]   Participant ID: [[MRN|BB-117447]]\nDOB: [[DATE|14/09/1977]]   Email: [[EMAIL|rukhsana.bhatti77@example.co.uk]]\nI agree that my leftover samples may be stored and used for ethically approved research.\nSignature: [[PERSON|R. Bhatti]]   Date: [[DATE|19/11/2026]]\nPerson taking consent: [[PERSON|Euan Strachan]]\nMobile: [[PHONE|07700 900966]]`,
  ],
  [
    'billing',
    `STATEMENT OF ACCOUNT\nPatient: [[PERSON|Bartholomew Quarrington]]   Account #: [[MRN|338252514]]\nService date: [[DATE|10/29/2026]]   Provider: Dr. [[PERSON|Imani Redcloud]]\n99214 Office visit, est. pt ........ $185.00\n80053 CMP ........................... $42.00\nInsurance paid: $171.30   Adjustment: $30.15   Patient balance: $25.55\nPay online at [[URL|https://billing.example.com/statements/pay-now]] or mail to [[ADDRESS|PO Box 7719, Tulsa, OK 74105]].\nMember ID: [[INSURANCE_ID|XQH243946828]]\nPatient DOB: [[DATE|12/01/1968]]`,
  ],
  [
    'billing',
    `Hi, this is [[PERSON|Feargal]] from St Brendan's accounts. I'm calling about invoice 55108 for [[PERSON|Áine Ní Bhriain]] — the GMS card number we have is [[INSURANCE_ID|1102679Y]], but it came back as expired. Could she ring us on [[PHONE|01 503 1593]] or email [[EMAIL|accounts@stbrendans.example.ie]]?`,
  ],
  [
    'billing',
    `Direct debit confirmation — Private physiotherapy\nClient: Mrs [[PERSON|Heather Quigley]]\nSort code/account ending: **-**-41 / ****6620\nCard on file: [[BANK_CARD|4539496226274910]]\nAmount: £55.00 per session, 6 sessions from [[DATE|1 December 2026]].\nClient no.: [[MRN|PH-20313]]   Address: [[ADDRESS|Ivy House, 3 Mill Road, Ballymena BT43 5AF]]`,
  ],
  [
    'online-consult',
    `Virtual visit transcript — [[DATE|11/23/2026]] 19:02\nPatient portal user: [[ACCOUNT|dmoreau_1985]]\n[[PERSON|Dominique Moreau]]: I've had burning when I pee since yesterday and I'm going a lot.\nDr. [[PERSON|Raj Iyer]]: Any fever, back pain, or chance you might be pregnant?\n[[PERSON|Dominique Moreau]]: No fever, no back pain, not pregnant.\nDr. [[PERSON|Raj Iyer]]: Sounds like uncomplicated cystitis. I'll send nitrofurantoin 100 mg twice daily for 5 days to your pharmacy.\nSession IP: [[IP|198.51.100.108]]\nMRN [[MRN|33426943]]`,
  ],
  [
    'online-consult',
    `Ask-a-Nurse (chat)\nUser [[ACCOUNT|kiwi_mum_of3]]: hi my son [[PERSON|Tamahou]] is 4 and has a barking cough and noisy breathing when he cries. temp 38.1\nNurse [[PERSON|Bridie]]: That sounds like it could be croup. Is he noisy when he's calm and resting? Any blue lips or drooling?\nUser [[ACCOUNT|kiwi_mum_of3]]: only when crying\nNurse [[PERSON|Bridie]]: Keep him calm, give fluids, and see a GP today. Call 111 if breathing is hard at rest.`,
  ],
  [
    'online-consult',
    `E-consult request — Dermatology\nSubmitted [[DATE|21/11/2026]] by [[PERSON|Caoimhe Brennan]] (DOB [[DATE|02/12/1998]]), patient number [[MRN|15236038]]\nPhotos: 3 attached. Itchy ring-shaped rash on inner thigh for 3 weeks, spreading; tried hydrocortisone, worse.\nResponse (Dr. [[PERSON|Yaw Boateng]]): likely tinea cruris (made worse by steroid). Stop hydrocortisone; terbinafine 1% cream twice daily for 2 weeks.\nReply sent to [[EMAIL|caoimhe.b98@example.ie]]`,
  ],
  [
    'patient-message',
    `Hi Dr [[PERSON|Valentine]], it's [[PERSON|Ivy Summers]] (DOB [[DATE|6/6/1961]]). My home BP readings this week have been around 150/95 even with the lisinopril. Should I take a higher dose? I can come in Thursday the [[DATE|3rd]] if that's easier. Thanks! My cell is [[PHONE|512-555-0197]].`,
  ],
  [
    'patient-message',
    `To: Practice reception\nFrom: [[EMAIL|hope.fairchild@example.com]]\nSubject: repeat prescription\nHello, please could I have a repeat of my sertraline 100 mg. Name [[PERSON|Hope Fairchild]], DOB [[DATE|23.01.1983]], address [[ADDRESS|9 Rowan Close, Harrogate HG1 4PU]]. I'd like to collect from Boots on Wednesday [[DATE|2 December]]. Thank you.`,
  ],
  [
    'patient-message',
    `Sorry to bother you nurse — my dad [[PERSON|Reginald Ashworth]] is [[AGE|92]] and he's had diarrhoea since Saturday after his antibiotics. He's drinking OK but very tired. His NHS number is [[INSURANCE_ID|999 488 8056]]. Should he be seen? — [[PERSON|Penny]] ([[PHONE|07700 900252]])\nPS he lives on his own at [[ADDRESS|17 Kiln Lane, Stoke-on-Trent ST4 8JR]].`,
  ],
  [
    'family-chat',
    `[[PERSON|Ishani]]: Nani's CT is done, waiting for results 🙏\n[[PERSON|Arjun Mehta]]: Which ward is she on\n[[PERSON|Ishani]]: Ward 22, bed [[MRN|7]]. Visiting 2–8\n[[PERSON|Kavita]] Aunty: I'll bring her dal tomorrow\n[[PERSON|Arjun Mehta]]: Parking is a nightmare, I'll drop you. My car's [[PLATE|LR71 XKD]]\n[[PERSON|Ishani]]: Her hospital number is [[MRN|5459619]] if anyone calls PALS`,
  ],
  [
    'family-chat',
    `Grandpa [[PERSON|Walt]] update 💙\n[[PERSON|Shannon]]: Surgery went well! Hip is done.\n[[PERSON|Tyler]]: thank god. can we visit tonight?\n[[PERSON|Shannon]]: Tomorrow better. Room [[MRN|5207]] at St. Luke's\n[[ACCOUNT|kyle.bruno]]: venmo me for the flowers 🌷 @[[ACCOUNT|kyle-bruno]]\n[[PERSON|Tyler]]: sent\n[[PERSON|Shannon]]: Dr. [[PERSON|Vantongeren]] thinks discharge Thursday [[DATE|26th]]`,
  ],
  [
    'family-chat',
    `Mum: Doctor said Gran can go home Friday if her sodium stays up\n[[PERSON|Ellie]]: amazing!! is she still at the Royal?\nMum: yes, ward 4, Sister [[PERSON|Okonjo-Ibe]] is lovely\n[[PERSON|Jamie Byrne]]: I'll do the drive, need Gran's address for the sat nav\nMum: [[ADDRESS|Unit 3, 41 Darling Street, Balmain NSW 2041]]\n[[PERSON|Jamie Byrne]]: ta`,
  ],
  [
    'sms-reminder',
    `Reminder: [[PERSON|Leopold]], you have a diabetic eye screening appointment on Tue [[DATE|1 Dec]] at 14:40, Riverside Health Centre. Reply C to cancel this slot. Do not drive for 6 hrs after the drops. Ref [[MRN|DES620161]]`,
  ],
  [
    'sms-reminder',
    `Flu and COVID-19 vaccines are now available at our walk-in clinic, Mon–Fri 9am–4pm. No booking required. Bring your Medicare card. Text STOP to opt out.`,
  ],
  [
    'sms-reminder',
    `Hi Mrs [[PERSON|Thompson-Agyeman]], this is Greenlane Dental. [[PERSON|Kojo]]'s check-up is booked for [[DATE|12/9]] at 3:15pm. Please arrive 10 min early. Questions? Call [[PHONE|(404) 555-0166]] or visit [[URL|greenlanedental.example.com/appt]]`,
  ],
  [
    'rabies-pep-clinic',
    `Travel Clinic — Rabies post-exposure prophylaxis\n[[DATE|23/11/2026]]\n[[PERSON|Freya Haldane]], 24, NHS [[INSURANCE_ID|999 218 6917]], mob [[PHONE|07700 900106]]\nMonkey bite to R hand in Ubud, Bali, on [[DATE|18/11/2026]]; washed with soap at the time; no pre-exposure vaccine. Category III.\nGiven: HRIG 20 IU/kg infiltrated (UKHSA-supplied), rabies vaccine day 0 (IM deltoid).\nFurther doses: [[DATE|26/11]], [[DATE|30/11]], [[DATE|7/12]] and [[DATE|21/12]].\nNurse: [[PERSON|Lorna McKechnie]]\nPassport (for travel record): [[PASSPORT|445361516]]`,
  ],
  [
    'rabies-pep-clinic',
    `Bat contact in Australia — information for patients\nOnly people trained, vaccinated and wearing protective gloves should handle bats.\nIf bitten or scratched, wash the wound thoroughly with soap and water for 15 minutes and apply an antiseptic such as povidone-iodine.\nSee a doctor the same day: you may need rabies vaccine and immunoglobulin to protect against Australian bat lyssavirus.\nReport the bat to your local public health unit.`,
  ],
  [
    'rabies-pep-clinic',
    `ED note [[DATE|11/22/2026]] — [[PERSON|Garrett Two Bulls]], 52, MRN [[MRN|35745452]], found a bat in his bedroom at [[ADDRESS|611 Kansas City St, Rapid City, SD 57701]] this morning; unsure if bitten while asleep. Bat discarded, not available for testing. Per CDC: treat as exposure. RIG 20 IU/kg + HDCV day 0 given. Return [[DATE|11/25]], [[DATE|11/29]], [[DATE|12/6]]. Wife [[PERSON|Kimimela]], [[PHONE|(605) 555-0150]]. — [[PERSON|R. Castellanos]], PA\nDOB [[DATE|08/15/1974]]`,
  ],
  [
    'hidradenitis-clinic',
    `Hidradenitis Suppurativa Clinic\nDate: [[DATE|20 November 2026]]\n[[PERSON|Jade Olatunji-Price]], 31, Hosp no [[MRN|7845920]], NHS [[INSURANCE_ID|999 833 1781]]\nAxillae and groin, Hurley stage II, IHS4 14, DLQI 19. Failed lymecycline 408 mg for 12 weeks and clindamycin + rifampicin.\nPlan: start adalimumab 160 mg wk 0, 80 mg wk 2, then 40 mg weekly (homecare delivery to [[ADDRESS|27 Albion Street, Leeds LS1 6HX]]). Deroofing of R axillary tunnel booked [[DATE|14 January 2027]].\nSpecialist nurse: [[PERSON|Bethan Rees]]   Consultant: Dr [[PERSON|Zafar Chaudhry]]`,
  ],
  [
    'hidradenitis-clinic',
    `HS clinic — [[DATE|11/19/2026]]\n[[PERSON|Tanisha Brooks-Ogunleye]] (MRN [[MRN|80563885]], DOB [[DATE|03/08/1995]]), Medicaid ID [[INSURANCE_ID|869401166]]\nFlaring L groin; two draining tunnels. Intralesional triamcinolone 10 mg/mL 0.5 mL to inflamed nodule; I&D avoided. Secukinumab prior auth submitted.\nPharmacy coordinator [[PERSON|Gus Petrakis]] will call at [[PHONE|(215) 555-0173]].\nFollow-up [[DATE|12/17]].`,
  ],
  [
    'hidradenitis-clinic',
    `Living with hidradenitis suppurativa (HS)\nHS is not caused by poor hygiene and is not contagious.\nLoose cotton clothes, stopping smoking and reaching a healthy weight can reduce flares.\nWarm compresses may ease painful lumps; don't squeeze them.\nAsk about support groups and pain relief — you don't have to manage flares alone.`,
  ],
  [
    'bells-palsy-clinic',
    `Facial Palsy Clinic — Toronto\n[[PERSON|Mehmet Yıldırım]], 38, OHIP [[INSURANCE_ID|6253-206-798]] KL, chart [[MRN|3938624]]\nOnset L facial weakness [[DATE|Nov 17, 2026]], House-Brackmann IV. Ear and mouth normal; no vesicles.\nPrednisone 60 mg daily x 5 days then taper (started [[DATE|Nov 18]]). Eye care: lubricating drops by day, ointment and taping at night.\nPhone [[PHONE|(416) 555-0165]]; review with Dr. [[PERSON|Ingrid Kvalheim]] [[DATE|Dec 1]].\nDOB [[DATE|Feb 9, 1988]]`,
  ],
  [
    'bells-palsy-clinic',
    `Facial therapy (physio) note — [[DATE|22/11/2026]]\n[[PERSON|Siân Prytherch]], Hosp no [[MRN|7031071]]\nWeek 6 R Bell's palsy. Sunnybrook composite 52 (was 31). Early synkinesis (eye closure with smile).\nPlan: stop strong/electrical stimulation; mirror work and gentle massage; reassess [[DATE|13/12/2026]].\nTherapist: [[PERSON|Noor Haddad]]\nDOB [[DATE|17/07/1970]]   NHS [[INSURANCE_ID|999 771 1394]]`,
  ],
  [
    'bells-palsy-clinic',
    `GP telephone review: [[PERSON|Archibald Crewe]] ([[AGE|90]]), Medicare [[INSURANCE_ID|2410 62298 1]], [[ADDRESS|12 Jacaranda Crescent, Maroubra NSW 2035]]. Sudden R facial droop yesterday, [[DATE|20 Nov]]; forehead also weak, no limb weakness or speech problem — sent to ED to exclude stroke ahead of Bell's palsy treatment. Daughter [[PERSON|Clementine]] driving, [[PHONE|0491 572 742]]. — Dr [[PERSON|Hoang Minh Chau]]\nDOB [[DATE|12/05/1936]]`,
  ],
  [
    'ingrown-toenail-clinic',
    `Podiatry nail surgery — operation note\nPatient: [[PERSON|Callum Fairbairn]], 15, DOB [[DATE|09/04/2011]], CHI [[INSURANCE_ID|0904111938]]\nDate: [[DATE|23/11/2026]]\nProcedure: partial nail avulsion, lateral border R hallux, with phenolisation (3 x 30 s, 89% phenol). Digital block: 3% mepivacaine 4 mL.\nParent present: [[PERSON|Kirsty Fairbairn]], [[PHONE|07700 900764]]\nRedress [[DATE|26/11]] at [[ADDRESS|Leith Community Treatment Centre, 12 Junction Place, Edinburgh EH6 5JA]]. Podiatrist: [[PERSON|Morag Lennie]]`,
  ],
  [
    'ingrown-toenail-clinic',
    `Podiatry — Wedge resection consult [[DATE|11/20/2026]]\n[[PERSON|Dakota Lujan]], 19, MRN [[MRN|95008082]], college ID [[ACCOUNT|dlujan22]]\nRecurrent L hallux medial ingrown nail with granulation tissue; 3 prior avulsions at urgent care.\nPlan: matrixectomy [[DATE|12/4]]. Insurance member ID [[INSURANCE_ID|UHS25396207]]. Mom [[PERSON|Renata Lujan]] [[PHONE|505-555-0141]]`,
  ],
  [
    'ingrown-toenail-clinic',
    `Nail clinic follow-up — Singapore\n[[PERSON|Goh Boon Keat]], NRIC [[ID_CARD|S0444703D]], [[AGE|92]] years, case [[MRN|87659440]]\nOnychocryptosis L hallux, on aspirin; diabetic with ABI 0.78. Conservative care: cotton packing, gutter splint, saline soaks.\nCaregiver: [[PERSON|Siti Nurhaliza binte Rahmat]] (helper), [[PHONE|+65 8828 8206]]\nNext: [[DATE|7 Dec 2026]]. Podiatrist [[PERSON|Kavitha Ramasamy]]\nAddress: [[ADDRESS|Blk 28 Jalan Bukit Merah, #11-1402, Singapore 150028]]`,
  ],
];
export function generateDeidHoldout40(): LabelledRecord[] {
  return holdoutRecords('h40', zh, en);
}

export const DEID_HOLDOUT_40_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/labelled/deid-holdout-40.jsonl',
);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const records = generateDeidHoldout40();
  writeFileSync(DEID_HOLDOUT_40_PATH, renderJsonl(records));
  console.log(`wrote ${records.length} records to ${DEID_HOLDOUT_40_PATH}`);
}
