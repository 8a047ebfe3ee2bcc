import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { holdoutRecords, type LabelledRecord, renderJsonl } from './generate-deid.ts';

/**
 * The ROUND-31 fresh held-out de-identification set (data/labelled/deid-holdout-31.jsonl): hand-written
 * snippets with hand-placed spans, marked inline as [[TYPE|text]] (parseMarked strips the marks and
 * records UTF-16 offsets). Written by a separate annotator who did not read the recognizer code and
 * never ran a recognizer on these snippets; it must not be used to adjust the recognizers.
 *
 * About four fifths are the everyday documents of a general hospital and the messages of its patients
 * (admission, progress and discharge notes, outpatient notes, letters and dialogues, referrals and
 * consult requests, handovers, nursing notes, lab, pathology and imaging reports, prescriptions and
 * labels, consent, billing papers, online consultations, patient messages and e-mails, family chats and
 * SMS reminders), in new wording; about a fifth come from settings no earlier round listed as a genre:
 * glaucoma clinics, asthma clinics, children's growth clinics, hypertension clinics and psoriasis
 * clinics.
 *
 * Identifiers are synthetic: resident IDs carry a valid GB 11643 check character and a region code, sex
 * digit and birth date consistent with the text (15-digit IDs likewise), bank cards a valid Luhn digit,
 * NHS numbers are in the 999 test range with their modulus-11 digit, the Australian Medicare numbers
 * pass their check digit, the OHIP numbers their Luhn digit, the NZ NHIs their check digit and the Hong
 * Kong identity card its bracketed check character; the US SSN is in the 987-65-432x advertising range.
 * Phones are random mainland mobiles or fictional ranges (North American 555-01xx, UK 07700 900xxx,
 * the Australian 0491 57x xxx numbers set aside for drama); mail and web hosts are example.*; IP
 * addresses come from the documentation ranges.
 *
 * Span conventions are those stated in data/labelled/deid-holdout-30.card.yaml; the decisions new in
 * this round are stated in data/labelled/deid-holdout-31.card.yaml.
 */
const zh: Array<[string, string]> = [
  [
    'admission',
    `消化内科入院记录\n姓名：[[PERSON|虞海生]]　性别：男　年龄：63岁\n身份证号：[[ID_CARD|330106196305147917]]\n现住址：[[ADDRESS|杭州市西湖区文三路311号昌地火炬大厦旁公寓5幢1102]]\n入院时间：[[DATE|2026年11月22日]] 10:15\n主诉：黑便3天，头晕乏力1天。\n辅助检查：Hb 78 g/L，BUN 12.4 mmol/L。\n住院号：[[MRN|XH2611-07752]]　床号：[[MRN|8]]\n联系人：妻子 [[PERSON|晏翠萍]]　[[PHONE|18956884406]]`,
  ],
  [
    'admission',
    `神经内科急诊收入[[PERSON|芮国强]]，男，[[AGE|91]]岁，身份证[[ID_CARD|420106351102499]]，住[[ADDRESS|武汉市武昌区中北路86号楚河花园3栋2单元901]]，今晨起床后右侧肢体无力、言语含糊，发病约3小时。头颅CT未见出血。收入卒中单元[[MRN|2]]床，住院号[[MRN|NK-0947712]]，侄子[[PERSON|芮建新]]办理入院，电话[[PHONE|15031502315]]，入院日期[[DATE|2026年11月23日]]。`,
  ],
  [
    'admission',
    `妇产科入院｜[[PERSON|邝嘉琪]]｜女｜31岁｜G2P1 孕38+2周\n身份证｜[[ID_CARD|440104199502071567]]\n住址｜[[ADDRESS|广州市越秀区东风中路437号越秀新都会B座1806]]\n入院｜[[DATE|2026-11-23]] 06:40\n病案号｜[[MRN|B/26/05831]]\n丈夫｜[[PERSON|戚守仁]]｜[[PHONE|13759773287]]\n主管医师｜[[PERSON|栾]]`,
  ],
  [
    'progress-note',
    `[[DATE|2026年11月21日]]　副主任医师查房\n[[MRN|23]]床[[PERSON|郦春华]]，女，71岁，糖尿病足溃疡（Wagner 3级）。创面较前缩小，渗液减少，空腹血糖7.8 mmol/L。[[PERSON|上官]]主任指示：继续负压引流，下周评估植皮。患者女儿[[PERSON|巫丽娜]]询问费用，已告知医保政策。\n记录者：[[PERSON|练]]医师`,
  ],
  [
    'progress-note',
    `病程记录　[[DATE|2026-11-20]]\n西班牙籍患者[[PERSON|玛丽亚·冈萨雷斯]]，女，39岁，护照号[[PASSPORT|PAF417293]]，住院号[[MRN|WJ2611-0418]]。急性胰腺炎第4天，腹痛缓解，脂肪酶下降。患者丈夫[[PERSON|Javier Ortuño]]与我科[[PERSON|蔺]]医生用英语沟通，同意逐步恢复饮食。`,
  ],
  [
    'progress-note',
    `夜班病程：[[DATE|11月22日]]02:10，[[MRN|11]]床[[PERSON|佘美华]]，女，[[AGE|93]]岁，突发气促，SpO2 86%，双肺满布湿啰音，考虑急性左心衰。予呋塞米20 mg静推、硝酸甘油泵入，半小时后SpO2升至93%。已电话告知儿子[[PERSON|盛小虎]]（[[PHONE|18634338769]]）。值班：[[PERSON|欧阳]]`,
  ],
  [
    'discharge',
    `出院小结\n患者：[[PERSON|栾晓薇]]　女　44岁\n住院号：[[MRN|DL26-331095]]\n身份证号：[[ID_CARD|21020219820819844X]]\n家庭住址：[[ADDRESS|大连市中山区人民路71号国际金融大厦公寓2单元1503]]\n住院日期：[[DATE|2026年11月16日]]至[[DATE|2026年11月22日]]\n诊断：右叶甲状腺乳头状癌，已行腺叶切除\n医嘱：左甲状腺素钠片早餐前服用；[[DATE|2026年12月14日]]头颈外科门诊复查，找[[PERSON|闻]]医生。`,
  ],
  [
    'discharge',
    `剖宫产术后出院宣教：伤口每天观察有无红肿渗液，术后6周内避免盆浴和性生活；恶露一般持续4～6周，如量突然增多或有异味请就诊。母乳喂养按需进行，乳房胀痛可热敷。产后42天请到产科门诊复查。`,
  ],
  [
    'discharge',
    `老年科出院：[[PERSON|蒯守义]]，男，[[AGE|96]]岁，身份证[[ID_CARD|120101300917581]]，因吸入性肺炎[[DATE|11月9日]]入院，抗感染14天后咳嗽减轻，[[DATE|2026年11月23日]]出院，改稠糊饮食防呛咳。孙女[[PERSON|蒯思远]]接回[[ADDRESS|天津市和平区南京路189号津汇广场后院小区4号楼3门201]]，社区医生[[PERSON|喻]]大夫每周上门一次。`,
  ],
  [
    'outpatient',
    `风湿免疫科门诊\n门诊号：[[MRN|FM-20261123-0087]]\n[[PERSON|宓雨晴]]　女　26岁　医保卡号：[[INSURANCE_ID|5150539910445]]\n面部蝶形红斑1月，关节痛，ANA 1:640，抗dsDNA阳性，尿蛋白1+。\n诊断：系统性红斑狼疮\n处理：羟氯喹0.2 g bid；泼尼松；[[DATE|2026年12月7日]]复查。\n医师：[[PERSON|甯]]`,
  ],
  [
    'outpatient',
    `医生：您好，哪位是病人？\n家属：是我爸，[[PERSON|车永年]]，我是他闺女[[PERSON|车晓燕]]。\n医生：大爷多大岁数了？\n家属：[[AGE|92]]了，[[DATE|1934年3月]]生的。\n医生：住哪儿？\n家属：[[ADDRESS|济南市历下区泉城路312号芙蓉街小区7号楼]]。\n医生：哪儿不好？\n家属：这两天尿不出来，小肚子胀。\n医生：先导尿，再做个B超看看前列腺。留个电话。\n家属：[[PHONE|13635566196]]。`,
  ],
  [
    'outpatient',
    `皮肤科复诊｜[[PERSON|贲子轩]]｜男｜8岁\n身份证｜[[ID_CARD|370102201804256515]]\n就诊卡｜[[MRN|JZ 0027 4416]]\n诊断｜特应性皮炎（中度）\n处理｜保湿剂每日2次；他克莫司软膏；[[DATE|12月21日]]复诊\n陪诊｜父亲[[PERSON|贲立群]]｜[[PHONE|18634810370]]`,
  ],
  [
    'outpatient',
    `眼科门诊[[PERSON|靳玉凤]]，女，67岁，门诊号[[MRN|YK5541902]]，右眼视物模糊半年，晶状体混浊C3N2，拟[[DATE|2026年12月2日]]行白内障超声乳化+人工晶体植入，术前谈话由儿子[[PERSON|靳海涛]]陪同，住[[ADDRESS|郑州市金水区经三路66号金成时代广场6号楼2303]]。`,
  ],
  [
    'referral',
    `双向转诊单（上转）\n患者姓名：[[PERSON|覃桂香]]　性别：女　年龄：58岁\n身份证号：[[ID_CARD|450102196803037843]]\n住址：[[ADDRESS|南宁市兴宁区民生路88号金湖花园9栋404]]\n初步诊断：乳腺肿物性质待查\n转出单位：兴宁区朝阳社区卫生服务中心　医师：[[PERSON|韦春兰]]\n转诊日期：[[DATE|2026年11月20日]]　联系电话：[[PHONE|15579114743]]`,
  ],
  [
    'referral',
    `会诊申请\n申请科室：骨科　[[MRN|36]]床　患者：[[PERSON|訾国梁]]　住院号：[[MRN|GK-26-11874]]\n病情：右胫腓骨骨折术后第3天，血糖波动10～18 mmol/L，请内分泌科协助控制血糖。\n申请医师：[[PERSON|厉文博]]　[[DATE|2026-11-22]]`,
  ],
  [
    'referral',
    `转诊信\n[[PERSON|郗]]主任：您好！\n现转诊维吾尔族患者[[PERSON|阿布都克力木·热合曼]]，男，53岁，身份证号[[ID_CARD|650102197306115435]]，住[[ADDRESS|乌鲁木齐市天山区解放南路195号幸福花园2栋1单元602]]。反复胸痛2月，平板运动试验阳性，请贵院行冠脉造影评估。其子[[PERSON|努尔江]]陪同，电话[[PHONE|15327003448]]。\n天山区社区医院　[[PERSON|古丽米拉]]　[[DATE|2026年11月19日]]`,
  ],
  [
    'handover',
    `夜班交班本（[[DATE|2026.11.22]]）\n床号　姓名　　诊断　　　　　　重点\n[[MRN|3]]　　[[PERSON|戚秀珍]]　COPD急性加重　　BiPAP夜间持续\n5　　（空）\n[[MRN|7]]　　[[PERSON|郁德华]]　肺癌化疗后　　　WBC 1.6，保护性隔离\n[[MRN|9]]　　[[PERSON|贾春梅]]　[[AGE|94]]岁 肺炎　　留置胃管\n交班人：[[PERSON|裴]]护士　接班人：[[PERSON|殷]]护士`,
  ],
  [
    'handover',
    `口头交班录音整理：“[[MRN|十二]]床，就是那个……[[PERSON|仇]]、[[PERSON|仇万里]]，胆囊术后第一天，引流出来80毫升淡血性。[[MRN|十四]]床[[PERSON|旺仔]]，小姑娘，阑尾术后，她妈[[PERSON|苗红]]一直在。[[MRN|十六]]床那个法国人，[[PERSON|Sebastien Lathbury]]，不太会说中文，翻译软件在床头柜上。”`,
  ],
  [
    'handover',
    `急诊抢救室交班｜[[DATE|11-23]] 08:00\n抢[[MRN|1]]｜[[PERSON|符大勇]]｜多发伤，已送手术室术后回\n抢2｜已转ICU\n抢[[MRN|3]]｜[[PERSON|凌]]阿婆（[[PERSON|凌翠英]]）｜[[AGE|97]]岁｜低钠血症，Na 118\n抢[[MRN|4]]｜无名氏男｜醉酒待醒，已报警查身份\n接班｜[[PERSON|阎]]医生`,
  ],
  [
    'handover',
    `ICU转出交接单\n患者：[[PERSON|Olga Petrenko]]（[[PERSON|奥尔加]]），女，38岁，乌克兰籍，护照[[PASSPORT|FT418832]]\nICU住院号：[[MRN|ICU/26/0419]]　转入：呼吸科[[MRN|27]]床\n[[DATE|11月23日]]上午拔管，现鼻导管3 L/min，SpO2 96%，能用简单英语交流。\n联系人：朋友[[PERSON|顾青禾]]　[[PHONE|18925528868]]\n交出：ICU[[PERSON|晁]]护士　接收：[[PERSON|伍]]护士`,
  ],
  [
    'nursing-note',
    `护理记录单　心胸外科　[[MRN|15]]床　[[PERSON|钭国庆]]　住院号[[MRN|XW0872215]]\n[[DATE|11-22]] 20:00　胸腔闭式引流通畅，引流量120 ml，水柱波动好。\n[[DATE|11-22]] 24:00　患者诉切口痛，评分5分，按医嘱静滴氟比洛芬酯50 mg。\n[[DATE|11-23]] 06:00　夜间睡眠4小时，咳痰有力。签名：[[PERSON|柴]]`,
  ],
  [
    'nursing-note',
    `住院期间防摔小贴士：床栏请保持拉起，下床前先在床边坐一会儿，确认不晕再起身；拖鞋换成包跟防滑鞋；地面刚拖过时等干了再走；起夜时请家属陪同或按铃。`,
  ],
  [
    'nursing-note',
    `居家护理随访｜[[DATE|2026年11月21日]]（周六）\n对象｜[[PERSON|宝音图雅]]｜女｜[[AGE|90]]岁｜蒙古族\n身份证｜[[ID_CARD|150102360128656]]\n地址｜[[ADDRESS|呼和浩特市新城区兴安北路120号锡林小区8号楼1单元5号]]\n事项｜骶尾部压力性损伤2期，换藻酸盐敷料；指导女儿[[PERSON|图门]]每2小时翻身\n护士｜[[PERSON|敖其尔]]`,
  ],
  [
    'lab-report',
    `检验报告单\n姓名：[[PERSON|冼伟明]]　性别：男　年龄：55岁\n病历号：[[MRN|0003-8817-42]]　科室：肾内科　床号：[[MRN|19]]\n标本号：[[MRN|S2611238290]]　标本：血清\n肌酐 397 μmol/L（↑）；尿素 23.1 mmol/L（↑）；血钾 5.9 mmol/L（↑）\n采集时间：[[DATE|2026-11-23]] 05:50\n检验者：[[PERSON|邬]]　审核者：[[PERSON|司徒]]`,
  ],
  [
    'lab-report',
    `病理诊断报告书\n病理号：[[MRN|P26-09934]]\n姓名：[[PERSON|荀晓东]]　男　61岁　住院号：[[MRN|ZS2611-2270]]\n送检标本：乙状结肠活检（结肠镜下钳取）\n镜下：腺体排列紊乱，细胞异型明显，浸润黏膜下层。\n诊断：（乙状结肠）中分化腺癌。\n报告医师：[[PERSON|阙]]　[[DATE|2026年11月20日]]`,
  ],
  [
    'lab-report',
    `危急值报告｜[[DATE|2026-11-22]] 14:32\n患者｜[[PERSON|鄂金凤]]｜女｜[[AGE|99]]岁｜老年病房[[MRN|6]]床\n项目｜血糖 1.9 mmol/L\n报告人｜检验科[[PERSON|滕晓飞]]\n接收人｜[[PERSON|毋]]护士，已通知[[PERSON|项]]医生处理`,
  ],
  [
    'imaging-report',
    `MRI检查报告\n影像号：[[MRN|MR-2611-60482]]　门诊号：[[MRN|M-883107]]\n姓名：[[PERSON|卞一鸣]]　男　34岁\n检查部位：右膝关节\n所见：内侧半月板后角Ⅲ度信号，前交叉韧带连续。\n印象：内侧半月板撕裂。\n报告医师：[[PERSON|皇甫]]　审核：[[PERSON|尚]]\n检查日期：[[DATE|2026-11-21]]`,
  ],
  [
    'imaging-report',
    `心脏超声报告　超声号：[[MRN|UCG26-4417]]\n[[PERSON|鞠桂芬]]，女，[[AGE|91]]岁，[[MRN|22]]床。主动脉瓣钙化伴重度狭窄，峰值流速4.6 m/s，平均跨瓣压差52 mmHg，LVEF 55%。与[[DATE|2025年9月]]比较狭窄加重。检查医师：[[PERSON|笪]]`,
  ],
  [
    'prescription',
    `XX市中心医院门诊处方笺\n处方编号：[[MRN|CF-2611-30415]]\n姓名：[[PERSON|汲海燕]]　女　45岁　门诊号：[[MRN|ZX77104]]\n身份证：[[ID_CARD|340104198109300329]]\n诊断：幽门螺杆菌感染\nRp：四联疗法14天（剂量见说明）\n医师：[[PERSON|瞿]]　日期：[[DATE|2026-11-23]]`,
  ],
  [
    'prescription',
    `精神药品处方（第二类）\n患者：[[PERSON|黎淑芳]]，女，74岁，身份证[[ID_CARD|350102195207070585]]\n代办人：女婿[[PERSON|陶振宇]]，身份证[[ID_CARD|350102197903151791]]\n药品：艾司唑仑片 1 mg×7片，睡前1片\n处方号：[[MRN|JS26-00713]]　[[DATE|2026年11月22日]]`,
  ],
  [
    'prescription',
    `药品快递单\n收件人：[[PERSON|邢宝珠]]　[[PHONE|15924217992]]\n地址：[[ADDRESS|长沙市天心区书院路9号]]\n[[ADDRESS|书院观邸小区11栋2单元1201]]\n处方号：[[MRN|RX-CS-2611-0392]]　医保卡号：[[INSURANCE_ID|291602440482]]\n药品：恩格列净片 10 mg×30片\n配送员：[[PERSON|郝]]师傅`,
  ],
  [
    'consent',
    `手术知情同意书（摘要）\n患者[[PERSON|雍立军]]，男，57岁，住院号[[MRN|SW-261188]]，拟于[[DATE|2026年11月25日]]行腹腔镜右半结肠切除术。术者[[PERSON|蔚]]主任已告知出血、吻合口瘘、感染等风险。\n患者签字：[[PERSON|雍立军]]　家属签字：[[PERSON|雍婷]]（女儿）\n谈话医师：[[PERSON|桓宇航]]　[[DATE|2026-11-23]]`,
  ],
  [
    'consent',
    `授权委托书：本人[[PERSON|国淑兰]]，[[AGE|93]]岁，身份证[[ID_CARD|610113331105150]]，因听力差，委托儿子[[PERSON|国建华]]（身份证[[ID_CARD|610113196008226791]]，电话[[PHONE|15966223039]]）代为签署住院期间各项知情同意书。委托日期[[DATE|2026年11月22日]]。`,
  ],
  [
    'consent',
    `无痛胃肠镜麻醉同意书｜患者[[PERSON|闵诗涵]]｜女｜22岁｜门诊号[[MRN|WJ-660315]]\n检查日期｜[[DATE|2026-11-26]]\n已告知｜呼吸抑制、误吸、过敏等风险\n患者签名｜[[PERSON|闵诗涵]]\n麻醉医师｜[[PERSON|褚]]`,
  ],
  [
    'billing',
    `住院费用结算清单\n结算单号：JS20261123000871\n姓名：[[PERSON|戈永福]]　住院号：[[MRN|HB-2611-55903]]\n医保号：[[INSURANCE_ID|20281590425595]]\n入出院：[[DATE|2026-11-10]]～[[DATE|2026-11-22]]\n总费用：38,412.60元　统筹支付：27,105.30元　个人自付：11,307.30元`,
  ],
  [
    'billing',
    `退费申请｜患者[[PERSON|庹晓梅]]｜就诊卡号[[MRN|4440006673]]\n原因｜CT检查取消，已缴费512元\n退款方式｜原路退回至银行卡[[BANK_CARD|6228485002735493208]]\n申请人签名｜[[PERSON|庹晓梅]]｜[[DATE|2026年11月23日]]`,
  ],
  [
    'billing',
    `商业保险理赔申请\n被保险人：[[PERSON|储文静]]　身份证：[[ID_CARD|320505198804127569]]\n保单号：[[INSURANCE_ID|PICC-8830-2271564]]\n住院日期：[[DATE|2026年11月2日]]－[[DATE|2026年11月9日]]\n收款账户：[[BANK_CARD|6217063106948320]]\n邮箱：[[EMAIL|chuwj88@example.cn]]\n理赔编号：LP26110088（系统生成）`,
  ],
  [
    'online-consult',
    `互联网医院图文问诊\n问诊编号：[[MRN|WZ2611230941]]\n患者：[[PERSON|綦文娟]]，女，36岁，身份证[[ID_CARD|130104199001055785]]\n描述：备孕半年，月经周期35～40天，想问需要查什么。\n医生（[[PERSON|谈]]医生）：建议月经第2～4天查性激素六项和AMH，同时做妇科B超。\n登录IP：[[IP|203.0.113.66]]`,
  ],
  [
    'online-consult',
    `视频复诊记录（转写）\n医生：您是[[PERSON|包]]阿姨本人吗？\n女儿：我是她女儿[[PERSON|包晓琳]]，我妈[[PERSON|包玉珍]]在旁边，耳朵不好。\n医生：血压这周量得怎么样？\n女儿：早上一百五左右，晚上一百四。\n医生：氨氯地平加到10毫克，两周后再视频。复诊编号[[MRN|SP-2611-7720]]。`,
  ],
  [
    'online-consult',
    `在线续方｜[[PERSON|端木卫东]]｜男｜59岁\n身份证｜[[ID_CARD|520102196702284819]]\n收货地址｜[[ADDRESS|贵阳市南明区中华南路58号南国花锦12栋3单元801]]\n微信号｜[[ACCOUNT|dmwd_0228]]\n续方｜二甲双胍缓释片、阿卡波糖（同前）\nIP｜[[IP|198.51.100.36]]`,
  ],
  [
    'patient-message',
    `[[PERSON|尉迟]]医生您好，我是上周三找您看胃的[[PERSON|瞿玲]]，门诊号[[MRN|XH-307719]]。胃镜报告出来了，写的慢性萎缩性胃炎伴肠化，需要多久复查一次？我微信[[ACCOUNT|qulin_sunny]]，方便的话回复一下，谢谢！`,
  ],
  [
    'patient-message',
    `致心内科全体医护人员的感谢信：家父[[PERSON|骆德厚]]今年[[AGE|94]]岁，[[DATE|11月上旬]]因心衰住进贵科，[[PERSON|柏]]主任、[[PERSON|雷晓辉]]医生和护士[[PERSON|舒畅]]、[[PERSON|玲玲]]悉心救治，老人家已平安回家。谢谢你们！家属[[PERSON|骆佳音]]，电话[[PHONE|17772812364]]。`,
  ],
  [
    'patient-message',
    `病案复印申请\n申请人：[[PERSON|姬红梅]]（本人）\n身份证：[[ID_CARD|140105197708266964]]\n住院号：[[MRN|TY2609-1183]]，住院时间[[DATE|2026年9月]]\n用途：商业保险报销\n邮寄地址：[[ADDRESS|太原市小店区长风街15号长风小区3号楼1单元602]]\n手机：[[PHONE|18842178916]]　邮箱：[[EMAIL|jihongmei77@example.com]]`,
  ],
  [
    'family-chat',
    `「外婆住院群」\n[[PERSON|景行]]：外婆下午转到普通病房了，[[MRN|18]]床\n二姨：太好了，谁晚上陪？\n[[PERSON|皓轩]]：我来，九点到\n[[PERSON|景行]]：@[[PERSON|皓轩]] 停车场在东门，车牌报[[PLATE|湘A·5Q8W3]]登记一下\n二姨：医生说[[DATE|28号]]能出院吗`,
  ],
  [
    'family-chat',
    `爷爷护理群 🙂\n大伯：今天[[PERSON|任]]阿姨请假，我去换班\n[[PERSON|颂安]]：爷爷[[AGE|98]]了，别让他自己下床\n大伯：知道。[[PERSON|邵]]医生说血钾有点低，在补\n[[PERSON|颂安]]：我下班开[[PLATE|粤B·D61520]]过去接奶奶`,
  ],
  [
    'family-chat',
    `兄妹仨\n[[PERSON|翰林]]：妈的骨密度结果出来了，T值-3.1\n[[PERSON|杉杉]]：那要打针吗\n[[PERSON|翰林]]：医生让[[DATE|12月10号]]去开唑来膦酸\n[[PERSON|淮宁]]：那天我请假陪她`,
  ],
  [
    'sms-reminder',
    `【XX医院】[[PERSON|柯]]先生，您预约的[[DATE|11月26日]]上午9:30消化内科[[PERSON|房]]医生门诊，请提前20分钟到二楼取号。改约请点击[[URL|https://guahao.example.cn/gh/K8d2]]`,
  ],
  [
    'sms-reminder',
    `【XX医院】本周日凌晨0点至6点医院信息系统维护，期间自助机、手机缴费和报告查询暂时无法使用，急诊照常接诊。`,
  ],
  [
    'glaucoma-clinic',
    `青光眼专科门诊\n[[PERSON|焦文海]]　男　68岁　门诊号：[[MRN|QG-0419227]]\n眼压：右眼 28 mmHg，左眼 19 mmHg；C/D 右0.8 左0.5\n视野：右眼上方弓形暗点\n诊断：原发性开角型青光眼（右）\n处理：拉坦前列素滴眼液睡前1滴；[[DATE|2026年12月28日]]复查眼压和OCT\n医师：[[PERSON|路]]`,
  ],
  [
    'glaucoma-clinic',
    `急诊眼科：[[PERSON|颜秀兰]]，女，[[AGE|92]]岁，身份证[[ID_CARD|23010319340607794X]]，昨夜看电视后左眼胀痛、头痛呕吐，眼压左眼52 mmHg，前房浅，诊断急性闭角型青光眼，予甘露醇降眼压，拟[[DATE|11月24日]]行激光周边虹膜切开。外孙[[PERSON|聂宇航]]陪同，住[[ADDRESS|哈尔滨市南岗区西大直街211号学府小区5栋3单元402]]。`,
  ],
  [
    'asthma-clinic',
    `哮喘专病门诊｜[[DATE|2026-11-23]]\n患者｜[[PERSON|成梓萱]]｜女｜11岁｜就诊号[[MRN|XC-26-33817]]\n身份证｜[[ID_CARD|330203201506194883]]\nACT评分｜18分（未完全控制）\n处理｜布地奈德福莫特罗；吸入技术再教育；[[DATE|2027年1月]]复查肺功能\n母亲｜[[PERSON|许静]]｜[[PHONE|18916481446]]`,
  ],
  [
    'asthma-clinic',
    `哮喘随访记录：[[PERSON|祝长根]]，男，63岁，医保号[[INSURANCE_ID|2199818926307]]，住[[ADDRESS|宁波市海曙区中山西路138号天一家园7幢902]]。近一月夜间憋醒2次，FeNO 48 ppb，峰流速变异率22%。升级吸入激素剂量，嘱戒烟，随访护士[[PERSON|甘晓露]]两周后电话回访。`,
  ],
  [
    'growth-clinic',
    `儿童生长发育门诊\n姓名：[[PERSON|牛一诺]]　男　9岁　门诊号：[[MRN|SZ-2611-0288]]\n身份证：[[ID_CARD|440305201702118670]]\n身高 121.5 cm（-2.3 SD），骨龄 7岁，IGF-1 偏低。\n计划：[[DATE|2026年12月3日]]住院行生长激素激发试验。\n父亲：[[PERSON|牛磊]]　[[PHONE|13799250627]]`,
  ],
  [
    'growth-clinic',
    `性早熟随访｜[[PERSON|尤可馨]]｜女｜7岁\n病历号｜[[MRN|ET/0093/51]]\n乳房B2期，LH峰值 6.8 IU/L，骨龄9.5岁\n处理｜GnRHa每4周1次，下次注射[[DATE|12月18日]]\n家长｜外婆[[PERSON|庞凤兰]]`,
  ],
  [
    'hypertension-clinic',
    `高血压专病门诊\n[[PERSON|庄福来]]　男　[[AGE|90]]岁　身份证：[[ID_CARD|460106360430979]]\n住址：[[ADDRESS|海口市龙华区海秀路17号金贸花园6栋1801]]\n诊室血压 168/72 mmHg，动态血压24h均值 152/70 mmHg。\n处理：氨氯地平 5 mg 加至 10 mg；[[DATE|2026年12月21日]]复诊。\n医师：[[PERSON|钟离]]`,
  ],
  [
    'hypertension-clinic',
    `家庭血压监测打卡（小程序导出）\n用户：[[ACCOUNT|jiahe_bp2026]]\n姓名：[[PERSON|田嘉禾]]\n[[DATE|11/18]] 早 142/88 晚 136/84\n[[DATE|11/19]] 早 139/86 晚 131/80\n[[DATE|11/20]] 早 145/90 晚 138/85\n提醒：连续三天早晨血压≥135/85，请联系签约医生[[PERSON|蒲晓岚]]。`,
  ],
  [
    'psoriasis-clinic',
    `银屑病专病门诊\n[[PERSON|缪俊峰]]　男　40岁　门诊号：[[MRN|PF-77-0356]]\n身份证：[[ID_CARD|64010419860316487X]]\nPASI 17.4，BSA 21%，DLQI 14。\n处理：拟启用IL-17A单抗，已查T-SPOT、乙肝五项；首剂[[DATE|2026年11月30日]]。\n医师：[[PERSON|冀]]`,
  ],
  [
    'psoriasis-clinic',
    `银屑病患者生物制剂注射须知：注射前30分钟从冰箱取出回温；腹部或大腿外侧皮下注射，避开皮损处；注射期间如出现发热、咳嗽持续两周以上，请暂停注射并联系医生。`,
  ],
];

const en: Array<[string, string]> = [
  [
    'admission',
    `ADMISSION H&P — [[DATE|11/22/2026]]\nPt: [[PERSON|Cordelia Brinkhurst-Ayivor]], 58F, MRN [[MRN|60318427]]\nAddr: [[ADDRESS|2207 Sassafras Bend Rd, Lexington, KY 40509]]\nIns: Humana [[INSURANCE_ID|H41872206]]\nCC: fever, flank pain x2d. UA nitrite+, CVA tenderness R. Lactate 2.4.\nA/P: pyelonephritis, ceftriaxone; admit 4W-[[MRN|412]].\nEmergency contact: brother [[PERSON|Marcus Brinkhurst]] [[PHONE|(859) 555-0137]]`,
  ],
  [
    'admission',
    `AMU clerking [[DATE|22/11/26]] 03:15. [[PERSON|Romilly Catterick]], [[AGE|93]], from [[ADDRESS|Flat 2, 17 Quillfeather Lane, Kendal LA9 4PX]], NHS [[INSURANCE_ID|999 043 3003]]. Found on kitchen floor by carer [[PERSON|Dagny]] this morning, unsure how long. CK 4100, AKI stage 2. IV fluids, bay C bed [[MRN|5]]. NOK grandson [[PERSON|Caspar Catterick]] on [[PHONE|07700 900847]]. Clerked by FY1 [[PERSON|R. Takemura]].`,
  ],
  [
    'admission',
    `Admission — General Surgery, [[DATE|23/11/2026]]\n[[PERSON|Jarvis Tullamore]], 34M, UR [[MRN|5503318]], Medicare [[INSURANCE_ID|4163 97219 2]]\n[[ADDRESS|9 Tamarisk Parade, Bunbury WA 6230]]\nRUQ pain after fatty meal, Murphy's +, ultrasound shows stones and a thick-walled gallbladder.\nPlan: IV antibiotics, lap chole this admission. Partner [[PERSON|Tindra]] aware, mob [[PHONE|0491 570 156]].`,
  ],
  [
    'progress-note',
    `Ward round [[DATE|21/11/2026]], Consultant Dr [[PERSON|Marcheselli]]\nBed [[MRN|14]] — [[PERSON|THIRLWELL, Ivor]], day 3 CAP. Afebrile, CRP 180 → 96. Switch to oral amoxicillin. Daughter [[PERSON|Ondine]] asking about discharge; likely Tuesday [[DATE|24 November]].\nBed 15 — empty, awaiting admission.\nBed [[MRN|16]] — [[PERSON|KAHLON, Jasleen]], cellulitis L leg, improving; mark edges again.`,
  ],
  [
    'progress-note',
    `Hospitalist progress note [[DATE|11/21/2026]]\nS: [[PERSON|Zhou Ruiqi]] (goes by "[[PERSON|Rae]]"), 29F, feels less short of breath. Mandarin-speaking mother [[PERSON|Zhou Meilan]] at bedside, used phone interpreter.\nO: RA sat 95%, D-dimer 2.1, CTPA: segmental PE R lower lobe.\nA/P: PE, on apixaban loading; hematology referral if no provoking factor. — [[PERSON|Obioma Okoroji]], MD`,
  ],
  [
    'progress-note',
    `ICU night note [[DATE|22/11]] 0140: [[PERSON|Humphrey Gatehouse]], [[AGE|91]], bed [[MRN|7]], ventilated post laparotomy. MAP 58 on noradrenaline 0.2, lactate rising 3.8. Surgical reg [[PERSON|Anvi]] reviewed, CT abdo requested. Wife [[PERSON|Lamorna]] updated by phone at 0130, wants to be called overnight.`,
  ],
  [
    'discharge',
    `DISCHARGE SUMMARY\nPatient: [[PERSON|Dwayne Lindvall-Quinteros]]  DOB: [[DATE|03/14/1961]]  MRN: [[MRN|71-22-0948]]\nAdmitted: [[DATE|11/17/2026]]  Discharged: [[DATE|11/22/2026]]\nDx: HFrEF exacerbation (EF 30%), diuresed 6 L.\nAddress: [[ADDRESS|1148 Wren Hollow Ct, Tulsa, OK 74133]]\nFollow-up: HF clinic with [[PERSON|Anjali Deodhar]], NP on [[DATE|12/01/2026]]. PCP Dr. [[PERSON|Vogelsang]].`,
  ],
  [
    'discharge',
    `After your groin hernia operation: the glue on the cut will flake off by itself in about ten days, and showering is fine from tomorrow. Lift nothing heavier than a bag of shopping for a fortnight. Some bruising down to the scrotum or thigh is common. Ring the surgical unit if the area swells quickly or you develop a temperature.`,
  ],
  [
    'discharge',
    `Discharge — Ottawa General, [[DATE|20/11/2026]]\n[[PERSON|Fernande Thiboutot]], [[AGE|95]], OHIP [[INSURANCE_ID|9231 389 934]]-KT\n[[ADDRESS|318 Rue des Pruniers, Ottawa, ON K1L 6B4]]\nAdmitted [[DATE|13/11/2026]] confused and agitated; urine grew E. coli, now back to her usual self. Returns home with niece [[PERSON|Solange Thiboutot]], PSW visits twice daily. GP: Dr [[PERSON|Ouimet]].`,
  ],
  [
    'outpatient',
    `Rheumatology clinic letter\nDear Dr [[PERSON|Haldanby]],\nRe: [[PERSON|Imelda Cudworth]], DOB [[DATE|12/08/1969]], [[ADDRESS|44 Hollyhock Mews, Darlington DL3 7TQ]], NHS [[INSURANCE_ID|999 772 7177]]\nI reviewed Mrs [[PERSON|Cudworth]] on [[DATE|18 November 2026]]. Her polymyalgia has flared as prednisolone dropped below 7.5 mg. I suggest holding at 10 mg and adding methotrexate. Review in [[DATE|February 2027]].\nDr [[PERSON|Tobenna Nwafor]], Consultant Rheumatologist`,
  ],
  [
    'outpatient',
    `Clinic note [[DATE|11/20/2026]]. [[PERSON|Brantley Osterberg]], 47M, Aetna [[INSURANCE_ID|W284017763]], MRN [[MRN|33904718]]. Gout flare R first MTP, 3rd this year. Urate 9.4. Start allopurinol 100 mg after flare settles with colchicine cover. Wife [[PERSON|Mirabel]] asked about diet sheet — given. RTC [[DATE|01/2027]]. — [[PERSON|Hallgrimsson]], PA-C`,
  ],
  [
    'outpatient',
    `GP: Come in, sit down. First things first, full name and birthday for me?\nPatient: [[PERSON|Eoghan Lomasney]], [[DATE|second of June 1988]].\nGP: And you're still at the same address?\nPatient: No, moved. [[ADDRESS|12 Kilbride Grove, Bray, Co. Wicklow A98 K2T6]].\nGP: Grand. What's brought you in?\nPatient: Heartburn, every night for about a month.\nGP: Right, we'll try a PPI and check for H. pylori.`,
  ],
  [
    'outpatient',
    `Paediatric clinic, [[DATE|19/11/2026]]\n[[PERSON|Matilda Cranleigh]] ("[[PERSON|Tilda]]"), 5, UR [[MRN|1207735]], Medicare [[INSURANCE_ID|3885 90159 3]]\nRecurrent tonsillitis, 7 episodes this year. For tonsillectomy waitlist.\nDad [[PERSON|Anders Cranleigh]], [[PHONE|0491 577 644]].\nSeen by Dr [[PERSON|Parminder Chahal]].`,
  ],
  [
    'referral',
    `Two-week-wait referral — lower GI\nPatient: [[PERSON|Desmond Bramhall]], DOB [[DATE|29/01/1955]], NHS [[INSURANCE_ID|999 328 9396]]\nAddress: [[ADDRESS|3 Ropewalk Cottages, Whitby YO21 3PL]]\nTel: [[PHONE|07700 900682]]\nIron deficiency anaemia (Hb 96), looser stools for 2 months, FIT 212.\nReferring GP: Dr [[PERSON|Kirstin Mallinder]], [[DATE|20/11/2026]]`,
  ],
  [
    'referral',
    `REFERRAL — Sleep Medicine\nTo: Dr. [[PERSON|Ignatius Kontogiannis]]\nRe: [[PERSON|Royce Dunsany]], DOB [[DATE|07/30/1979]]\n[[ADDRESS|560 Chickadee Run]]\n[[ADDRESS|Missoula, MT 59803]]\nCell [[PHONE|(406) 555-0162]]  BCBS [[INSURANCE_ID|XQB902188374]]\nLoud snoring, witnessed apneas, Epworth 15, BMI 36. Requesting PSG. Office fax 406-555-9000.\n— [[PERSON|Greta Lindstedt]], DO`,
  ],
  [
    'referral',
    `Referral to Renal, [[DATE|21/11/2026]]. Dear Dr [[PERSON|Varkey]], thank you for seeing [[PERSON|Aroha Ngatai-Whitley]], 61, NHI [[INSURANCE_ID|HDV0139]], of [[ADDRESS|41 Totara Rise, Nelson 7011]]. eGFR has fallen from 48 to 31 over a year with proteinuria 1.8 g/day. Her husband [[PERSON|Ropata]] will drive her. Kind regards, [[PERSON|Sione Fetuao]], GP`,
  ],
  [
    'handover',
    `NIGHT HANDOVER 6 South [[DATE|11/22]]\nRm [[MRN|601]]  [[PERSON|PENFOLD, Alma]]   [[AGE|90]]  hip fx POD1, PCA, fall risk\nRm 602  discharged today\nRm [[MRN|603]]  [[PERSON|OYEWOLE, Tunde]]  56  DKA resolving, q1h POC glucose\nRm [[MRN|604]]  [[PERSON|MacSWEEN, Rory]]  33  alcohol w/d, CIWA 12\nCharge RN: [[PERSON|Xanthe]]`,
  ],
  [
    'handover',
    `SBAR — [[DATE|23/11/2026]] 07:30\nS: [[PERSON|Cecily Harrowby]], [[AGE|92]], side room [[MRN|3]], new AF rate 140.\nB: admitted with pneumonia, on amoxicillin. DNACPR in place.\nA: BP 104/60, alert, no chest pain.\nR: review by medical SHO this morning; daughter [[PERSON|Seren]] to be rung on [[PHONE|07700 900271]].\nFrom: [[PERSON|Ines Luján]], staff nurse`,
  ],
  [
    'handover',
    `ED handover, transcribed: "Cubicle [[MRN|9]] is Mr [[PERSON|Pomana]], chest pain, troponin pending. Cubicle 10's gone up to the ward. Cubicle [[MRN|11]], [[PERSON|Petronella]], the little one, [[PERSON|Nella]] she likes to be called, query fractured wrist, mum's [[PERSON|Harriet Ormondroyd]]. And resus two is still the unknown male, police are trying to ID him."`,
  ],
  [
    'nursing-note',
    `Nursing note [[DATE|11/22/2026]] 2200 — Rm [[MRN|318]], [[PERSON|Lucinda Vreeland]], [[AGE|94]]. Call bell pressed by roommate; pt on the floor by the window, says her legs "gave out". Denies hitting head, GCS 15, 3 cm skin tear on R shin steri-stripped. Moved to bed nearer station, chair alarm in use. Dr. [[PERSON|Tchamba]] notified 2210. Son [[PERSON|Garrett Vreeland]] notified [[PHONE|(505) 555-0119]]. — [[PERSON|K. Stroudley]], RN`,
  ],
  [
    'nursing-note',
    `Keeping clots away while you are in hospital: pump your ankles up and down ten times each hour you are awake, drink unless you have been told to limit fluids, and get up for short walks with help. A leg that turns tight, warm or achy, or sudden chest pain, needs a nurse at once.`,
  ],
  [
    'nursing-note',
    `District nursing visit — Thursday [[DATE|19 November 2026]]\n[[PERSON|Glenys Cadwgan]], [[ADDRESS|6 Heol Cae Pwll, Llandeilo SA19 6RS]]\nVenous leg ulcer R gaiter, 4.2 × 3.1 cm, slough reduced. Four-layer bandaging reapplied. Neighbour [[PERSON|Meinir]] has a key. Next visit Mon [[DATE|23 November]].\n[[PERSON|Carys Bevington]], DN`,
  ],
  [
    'lab-report',
    `CHEMISTRY REPORT\nPATIENT: [[PERSON|DRINKWATER, DESIREE M]]   MRN: [[MRN|00577129]]   RM: [[MRN|5N-227]]\nACCESSION: [[MRN|C26-1122-0418]]   COLLECTED: [[DATE|11/22/2026]] 0512\nPOTASSIUM 6.7 H (CRITICAL)   CREATININE 3.9 H\nCRITICAL called to [[PERSON|J. Thackwray]], RN at 0540 by [[PERSON|M. Uffington]], MLS`,
  ],
  [
    'lab-report',
    `Histopathology report — Lab no [[MRN|H26/48812]]\n[[PERSON|Barnaby Huxtable]], DOB [[DATE|04/04/1950]], hospital no [[MRN|Q7719046]]\nSpecimen: excision of a pearly lesion from the left temple, 14 × 9 mm.\nMicroscopy: islands of basaloid cells with palisading; the deep and peripheral margins are clear (closest 2 mm). Nodular BCC.\nReported by Dr [[PERSON|Yusra Aspinwall]], [[DATE|20/11/2026]]`,
  ],
  [
    'lab-report',
    `Pathology result — [[DATE|22/11/2026]]\n[[PERSON|Reginald Soutar]], [[AGE|97]], lab episode [[MRN|26-811093]], Medicare [[INSURANCE_ID|5790 01066 2]]\nINR 6.8 (on warfarin). Phoned to Dr [[PERSON|Iacono]] at the practice 16:20; advised withhold two doses and recheck Wednesday [[DATE|25 November]].`,
  ],
  [
    'imaging-report',
    `CT HEAD WITHOUT CONTRAST\nPatient: [[PERSON|Lorenzo Carrasquillo]]  MRN: [[MRN|84410375]]  Acc#: [[MRN|CT26112200931]]\nDate: [[DATE|11/22/2026]]\nFindings: 8 mm acute left subdural hematoma, no midline shift. Compared with [[DATE|June 2025]] study.\nImpression: acute SDH. Discussed with Dr. [[PERSON|Sherwood]] at 0915.\nRead by [[PERSON|Kaiah Redhawk]], MD`,
  ],
  [
    'imaging-report',
    `MRI lumbar spine — RIS [[MRN|RX8833916]]\n[[PERSON|Tabitha Stainforth]], DOB [[DATE|21/09/1983]], NHS [[INSURANCE_ID|999 182 1422]]\nAt L5/S1 a large right-sided disc fragment displaces the traversing S1 nerve root. The thecal sac is otherwise capacious.\nReported: Dr [[PERSON|Mortensen]], [[DATE|19/11/2026]]`,
  ],
  [
    'prescription',
    `SUNRISE PHARMACY  (602) 555-0100\nRX# [[MRN|7340518]]   [[DATE|11/23/2026]]\n[[PERSON|LAMPARD, EUDORA]]\n[[ADDRESS|7031 E SAGUARO VISTA DR, SCOTTSDALE AZ 85266]]\nPREDNISONE 10MG TAB — TAKE 4 TABLETS DAILY X5 DAYS\nDR. [[PERSON|E. VANTERBILT]]   QTY 20   REFILLS 0`,
  ],
  [
    'prescription',
    `TTO — [[PERSON|Rupert Fenwicke]], hospital no [[MRN|F3392018]], ward 22\nApixaban 5 mg bd (new, started [[DATE|19/11/2026]])\nBisoprolol 2.5 mg od\nGP to review renal function in [[DATE|December 2026]].\nPrescriber: [[PERSON|Hana Coldicott]] (FY2), bleep 4471`,
  ],
  [
    'prescription',
    `eRx sent [[DATE|11/21/2026]] 16:02\nPatient: [[PERSON|Quenby Lowery]]  DOB [[DATE|02/11/1997]]\nRx ID: [[MRN|ERX-2611-90347]]\nMember ID: [[INSURANCE_ID|UHC882104937]]\nSertraline 50 mg daily #30, 2 refills\nPrescriber: [[PERSON|Tomasz Wojcikowski]], PMHNP`,
  ],
  [
    'consent',
    `CONSENT FOR PROCEDURE\nPatient: [[PERSON|Norberto Benavídez]]  MRN [[MRN|52200813]]\nProcedure: cardiac catheterization, possible PCI, planned [[DATE|11/24/2026]]\nDiscussed: groin or wrist bleeding, contrast reaction, rare stroke or emergency surgery. Spanish interpreter [[PERSON|Lupita Arce]] present.\nPatient signature: [[PERSON|Norberto Benavídez]]\nWitness: [[PERSON|Darnell Fike]], RN`,
  ],
  [
    'consent',
    `Consent Form 4 — [[DATE|22/11/2026]]\n[[PERSON|Edmund Larkworthy]], [[AGE|96]], hospital no [[MRN|L6040917]]\nProposed: insertion of nasogastric tube for feeding. Patient lacks capacity (advanced dementia).\nConsulted: son [[PERSON|Crispin Larkworthy]] (health and welfare LPA).\nConsultant: Dr [[PERSON|Alaric Underhill]]`,
  ],
  [
    'consent',
    `Consent — grommets, [[DATE|20/11/2026]]. Child: [[PERSON|Koa Lolohea]], 3, UR [[MRN|2216904]]. Parent: [[PERSON|Mele Lolohea]] (mother), mob [[PHONE|0491 572 983]]. Explained: ear discharge, the tubes falling out early, a small hole left in the eardrum. Surgeon: Dr [[PERSON|Goodenough]].`,
  ],
  [
    'billing',
    `BILLING STATEMENT, mailed [[DATE|11/20/2026]]\nAccount #: [[MRN|PA-00419822]]\nGuarantor: [[PERSON|Ellison Ravensdale]]   SSN: [[ID_CARD|987-65-4323]]\n[[ADDRESS|PO Box 2218, Boise, ID 83701]]\nDates of service: [[DATE|10/02/2026]]–[[DATE|10/04/2026]]\nBalance due: $1,284.50\nLast payment: Visa [[BANK_CARD|4893871916932102]]`,
  ],
  [
    'billing',
    `INVOICE INV-26-11073\nMr [[PERSON|Peregrine Oakenfold]]\n[[ADDRESS|The Old Forge, Chipping Lane, Malmesbury SN16 0BQ]]\n[[EMAIL|p.oakenfold@example.co.uk]]\nConsultation [[DATE|12/11/2026]], MRI knee — £840.00\nAXA membership: [[INSURANCE_ID|AX-77120964]]\nPaid: Mastercard [[BANK_CARD|5440836297261814]]`,
  ],
  [
    'billing',
    `TAX INVOICE — Harbourside Physio\nClient: [[PERSON|Delphine Koval]]  Medicare [[INSURANCE_ID|4129 93028 1]]\nDate of service: [[DATE|17/11/2026]]\nItem 10960, EPC — $98.00, gap $40.00\nPaid Amex [[BANK_CARD|375397494666545]]\nProvider no. 4421983K  ABN 51 824 753 556`,
  ],
  [
    'online-consult',
    `Telehealth chat — [[DATE|11/22/2026]]\n[[ACCOUNT|hwillowby_88]]: hi, my son [[PERSON|Ralphie]] has a rash after amoxicillin, started this morning\nNP [[PERSON|Marisol Arriola]]: Hi! Is he having any trouble breathing or swelling of lips?\n[[ACCOUNT|hwillowby_88]]: no just spots on his tummy. he's 4, DOB [[DATE|5/9/2022]]\nNP [[PERSON|Marisol Arriola]]: Stop the amoxicillin; I'll list it as an allergy. Session IP [[IP|198.51.100.249]]`,
  ],
  [
    'online-consult',
    `Video consultation booked: Wednesday [[DATE|25 November 2026]] at 14:10 with Dr [[PERSON|Sunita Chakravarty]]. Join at [[URL|https://meet.example.org.uk/vc/7Hq2Wz]] and sign in as [[ACCOUNT|fmcgillivray]]. We'll send a reminder to [[EMAIL|fiona.mcgillivray@example.co.uk]].`,
  ],
  [
    'online-consult',
    `Virtual walk-in intake (Vancouver)\nName: [[PERSON|Chan Ho-yin]] ([[PERSON|Kelvin]])\nHKID: [[ID_CARD|Y958353(8)]]  Passport: [[PASSPORT|K38105724]]\nArrived from Hong Kong [[DATE|October 2026]]; no MSP yet.\nAddress: [[ADDRESS|1802-1155 Seymour St, Vancouver, BC V6B 0G1]]\nPhone [[PHONE|(604) 555-0148]]  Email [[EMAIL|kelvin.chan.hy@example.com]]\nConcern: recurrent migraine, needs refill. Wife [[PERSON|Wong Sze-wai]] also registering. IP [[IP|203.0.113.158]]`,
  ],
  [
    'patient-message',
    `Subject: question about my mum\nHi, I'm writing about my mother [[PERSON|Philomena Durkan]], she's [[AGE|98]] and lives at [[ADDRESS|22 Gorse Hill Road, Stockport SK2 5HN]]. Since the new tablets (started [[DATE|9 November]]) she's been very sleepy. Could Dr [[PERSON|Vardy]] call me back? [[PHONE|07700 900553]]. Thanks, [[PERSON|Peadar]]`,
  ],
  [
    'patient-message',
    `Portal message from [[ACCOUNT|c.alcott]]: Hello Dr. [[PERSON|Zadorozhny]], this is [[PERSON|Chidiebere Alcott]], MRN [[MRN|40982716]]. My A1c came back 8.9 — should I increase the metformin or wait for my appointment on [[DATE|December 8]]? Best, [[PERSON|Chuk]]`,
  ],
  [
    'patient-message',
    `Dear Patient Experience team,\nI wish to raise a concern about the care of my grandfather, [[PERSON|Lucien Aubertin]], [[AGE|93]], OHIP [[INSURANCE_ID|9624 777 125]], admitted [[DATE|November 14]]. He waited 11 hours in the ED hallway. Please contact me at [[EMAIL|n.aubertin@example.ca]] or [[PHONE|(613) 555-0173]].\n[[PERSON|Noémie Aubertin]], [[ADDRESS|87 Chemin des Érables, Orléans, ON K4A 3T9]]`,
  ],
  [
    'family-chat',
    `Gran 🏥\n[[PERSON|Gaia]]: they've moved her to ward 7, bed [[MRN|22]]\n[[PERSON|Kester]]: ok I'll bring her cardigan\nUncle [[PERSON|Linus]]: parking's a nightmare, use my badge, car's [[PLATE|WF21 KZD]]\n[[PERSON|Gaia]]: @[[PERSON|Kester]] ask for Sister [[PERSON|Fonua]] about the discharge date`,
  ],
  [
    'family-chat',
    `[[PERSON|Maite]]: Abuela's scan got moved to [[DATE|Dec 3]] at 10\n[[PERSON|Xavi]]: I can take her, my truck's [[PLATE|7XJM219]] in the garage tho\n[[PERSON|Maite]]: use mine then\nTía [[PERSON|Benedetta]]: she's [[AGE|91]], somebody needs to go in with her`,
  ],
  [
    'family-chat',
    `[[PERSON|Kavya]]: Dad's echo is Friday [[DATE|27 Nov]]\n[[PERSON|Sundar]]: which hospital?\n[[PERSON|Kavya]]: Royal North Shore, Dr [[PERSON|Sivaramakrishnan]]\nMum: I'll make him lunch before`,
  ],
  [
    'sms-reminder',
    `[[PERSON|Leander]], your blood test at Elmbrook Surgery is on Fri [[DATE|27 Nov]] at 08:20. Please fast from midnight. To cancel: [[URL|https://elmbrook.example.co.uk/c/8823]]`,
  ],
  [
    'sms-reminder',
    `Pharmacy notice: we will close at 1pm on Christmas Eve and reopen on 27 December. For urgent medicines advice call NHS 111.`,
  ],
  [
    'glaucoma-clinic',
    `Glaucoma clinic — [[DATE|18/11/2026]]\n[[PERSON|Wilfred Ansty]], 74, hospital no [[MRN|G1188043]], NHS [[INSURANCE_ID|999 571 6771]]\nIOP R 24, L 21 on latanoprost. HVF: progression R superior arcuate. OCT RNFL thinning R.\nPlan: add timolol R; discuss SLT. Review [[DATE|March 2027]].\nDr [[PERSON|Leontyne Abiola]]`,
  ],
  [
    'glaucoma-clinic',
    `Ophthalmology f/u [[DATE|11/19/2026]]. [[PERSON|Gwendolyn Hrabovsky]], [[AGE|90]], MRN [[MRN|27731950]], s/p trabeculectomy OS [[DATE|10/29/2026]]. Bleb diffuse, IOP 11. Continue pred forte taper. Granddaughter [[PERSON|Oriel]] drives her; call [[PHONE|(919) 555-0126]] to confirm next visit. — [[PERSON|Horace Ng]], MD`,
  ],
  [
    'asthma-clinic',
    `Asthma review [[DATE|20/11/2026]]\n[[PERSON|Kiri Tuhiwai]], 15, NHI [[INSURANCE_ID|JKF0893]]\nACT 16, using reliever 4–5 times a week. Technique poor with MDI — switched to spacer. Started budesonide-formoterol MART. School nurse [[PERSON|Lorna Whakatau]] to get action plan.\nMum [[PERSON|Hineawa]], [[ADDRESS|15 Rimu Street, Rotorua 3010]]`,
  ],
  [
    'asthma-clinic',
    `Severe asthma clinic, [[DATE|11/18/2026]]: [[PERSON|Tavish Burroughs]], 42, MRN [[MRN|61177024]], Cigna [[INSURANCE_ID|U70318264]]. 3 OCS bursts this year, eos 620. Approved for mepolizumab; first dose [[DATE|12/02/2026]]. Lives at [[ADDRESS|809 Cottonwood Flats Rd, Amarillo, TX 79118]]. — [[PERSON|Rhiannon Batts]], MD`,
  ],
  [
    'growth-clinic',
    `Paediatric growth clinic — [[DATE|17/11/2026]]\n[[PERSON|Ptolemy Vickerstaff]], 12, hospital no [[MRN|C5508821]]\nHeight 139 cm (0.4th centile), parents' heights put his target at the 25th centile. Bone age 10.5 y. IGF-1 low.\nPlan: GH stimulation test [[DATE|8 December 2026]]. Mum [[PERSON|Clothilde]] happy to proceed.`,
  ],
  [
    'growth-clinic',
    `Endo growth f/u [[DATE|11/21/2026]]: [[PERSON|Nayeli Ramírez-Oyola]], 10F, MRN [[MRN|70-194-3318]], on GH since [[DATE|05/2025]], +8.1 cm in 12 months. Dad [[PERSON|Valentin]] does injections nightly. Pharmacy portal user [[ACCOUNT|vramirezoyola_gh]]. RTC 4 months. — [[PERSON|Winnie Muckleston]], NP`,
  ],
  [
    'hypertension-clinic',
    `Hypertension clinic [[DATE|19/11/2026]]\n[[PERSON|Ebenezer Blackledge]], 52, NHS [[INSURANCE_ID|999 082 3448]]\n[[ADDRESS|31 Cinderhill Way, Maidstone ME16 0RT]]\nABPM daytime mean 158/96 on amlodipine and ramipril. Adherence good.\nAdd indapamide; check U&Es in 2 weeks. Aldosterone/renin sent.\nCopy to GP Dr [[PERSON|Pittendreigh]], Larkfield Surgery.`,
  ],
  [
    'hypertension-clinic',
    `Home BP log uploaded by [[PERSON|Consuela Dorrington]] (user [[ACCOUNT|cdorrington_bp]])\n[[DATE|11/16]] 148/92  [[DATE|11/17]] 151/94  [[DATE|11/18]] 146/90\nRN note: above goal, messaged Dr. [[PERSON|Wainhouse]] for med adjustment.`,
  ],
  [
    'psoriasis-clinic',
    `Psoriasis clinic — [[DATE|23/11/2026]]\n[[PERSON|Fionnuala Tibbets]], 37, MRN [[MRN|0041-7763]]\nPASI 14.2, DLQI 16. Failed methotrexate (nausea) and NB-UVB.\nPlan: start adalimumab biosimilar after TB screen; home care nurse [[PERSON|Nelli]] to teach injections.\nDr [[PERSON|Conleth Marwood]]`,
  ],
  [
    'psoriasis-clinic',
    `Living with psoriasis: moisturise at least twice a day, even when your skin is clear. Short lukewarm showers are better than long hot baths. Stress and some infections, such as a sore throat, can set off a flare; let your clinic know if your joints start to ache.`,
  ],
];

export function generateDeidHoldout31(): LabelledRecord[] {
  return holdoutRecords('h31', zh, en);
}

export const DEID_HOLDOUT_31_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/labelled/deid-holdout-31.jsonl',
);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const records = generateDeidHoldout31();
  writeFileSync(DEID_HOLDOUT_31_PATH, renderJsonl(records));
  console.log(`wrote ${records.length} records to ${DEID_HOLDOUT_31_PATH}`);
}
