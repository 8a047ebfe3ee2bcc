import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { holdoutRecords, type LabelledRecord, renderJsonl } from './generate-deid.ts';

/**
 * The ROUND-32 fresh held-out de-identification set (data/labelled/deid-holdout-32.jsonl): hand-written
 * snippets with hand-placed spans, marked inline as [[TYPE|text]] (parseMarked strips the marks and
 * records UTF-16 offsets). Written by a separate annotator who did not read the recognizer code and
 * never ran a recognizer on these snippets; it must not be used to adjust the recognizers.
 *
 * About four fifths are the everyday documents of a general hospital and the messages of its patients
 * (admission, progress and discharge notes, outpatient notes, letters and dialogues, referrals and
 * consult requests, handovers, nursing notes, lab, pathology and imaging reports, prescriptions and
 * labels, consent, billing papers, online consultations, patient messages and e-mails, family chats and
 * SMS reminders), in new wording; about a fifth come from settings no earlier round listed as a genre:
 * headache clinics, Parkinson's disease clinics, inflammatory bowel disease clinics, atrial
 * fibrillation clinics and chronic kidney disease clinics.
 *
 * Identifiers are synthetic: resident IDs carry a valid GB 11643 check character and a region code, sex
 * digit and birth date consistent with the text (15-digit IDs likewise), bank cards a valid Luhn digit,
 * NHS numbers are in the 999 test range with their modulus-11 digit, the Australian Medicare numbers
 * pass their check digit, the OHIP number its Luhn digit, the NZ NHIs their check digit and the Hong
 * Kong identity card its bracketed check character; the US SSN is in the 987-65-432x advertising range.
 * Phones are random mainland mobiles or fictional ranges (North American 555-01xx, UK 07700 900xxx,
 * Australian 5550 xxxx landlines); mail and web hosts are example.*; IP addresses come from the
 * documentation ranges.
 *
 * Span conventions are those stated in data/labelled/deid-holdout-31.card.yaml; the decisions new in
 * this round are stated in data/labelled/deid-holdout-32.card.yaml.
 */
const zh: Array<[string, string]> = [
  [
    'admission',
    `呼吸内科入院记录\n患者：[[PERSON|邰明轩]]　男　58岁\n身份证：[[ID_CARD|370102196807151010]]\n住址：[[ADDRESS|济南市历下区泺源大街57号泉景嘉园2号楼3单元502]]\n入院：[[DATE|2026年11月21日]] 14:20\n主诉：咳嗽咳痰伴发热5天。\n住院号：[[MRN|HX26-118342]]　床位：呼吸科[[MRN|17]]床\n紧急联系人：儿子 [[PERSON|邰思源]]　[[PHONE|19622492041]]`,
  ],
  [
    'admission',
    `今日经急诊收入老年病房，患者[[PERSON|濮桂兰]]，女，[[AGE|94]]岁，身份证[[ID_CARD|320102320408370]]，家住[[ADDRESS|南京市玄武区珠江路218号梧桐苑6幢101]]，因进食呛咳、发热2天入院，考虑吸入性肺炎。外孙女[[PERSON|汤语桐]]陪护，电话[[PHONE|17728219539]]。入院日期[[DATE|2026年11月22日]]，住院号[[MRN|LN0053817]]，[[MRN|31]]床。`,
  ],
  [
    'admission',
    `骨科入院 / 姓名 [[PERSON|郜振华]] / 男 / 46岁\n身份证 [[ID_CARD|500103198009268791]]\n地址 [[ADDRESS|重庆市渝中区民族路142号解放碑丽苑12-3]]\n入院时间 [[DATE|2026.11.23]]\n诊断：右胫腓骨骨折（骑电动车摔伤）\n病案号 [[MRN|GK/2611/0274]]\n陪同：同事 [[PERSON|Tomás Echeverri]]（西班牙籍工程师）`,
  ],
  [
    'progress-note',
    `[[DATE|2026-11-22]] 主任查房记录\n[[PERSON|闻]]主任查看患者[[PERSON|岑立群]]，术后第2天，切口干燥，引流量30ml。指示：明日拔除引流管，继续抗感染。患者爱人[[PERSON|骆婉清]]询问出院时间，已解释。\n记录者：[[PERSON|笪一帆]]`,
  ],
  [
    'progress-note',
    `病程记录　心内科[[MRN|6]]床 [[PERSON|禹长河]] [[AGE|92]]岁\n今晨诉胸闷，心电图示房颤伴快速心室率，予胺碘酮静滴。已电话告知其侄孙[[PERSON|禹浩然]]（[[PHONE|19984046415]]）。值班医师：[[PERSON|琚]]`,
  ],
  [
    'progress-note',
    `肿瘤科日常病程｜[[DATE|2026年11月20日]]\n患者：[[PERSON|阿依努尔·吐尔逊]]｜住院号：[[MRN|ZL-26-30988]]\n化疗第3周期第1天，血象可，予按计划给药。患者女儿[[PERSON|祖丽皮耶]]在旁翻译。\n主管医师：[[PERSON|阿依先木]]`,
  ],
  [
    'discharge',
    `出院记录\n姓名：[[PERSON|晁雅楠]]　住院号：[[MRN|CY20261045]]\n入院日期：[[DATE|2026年11月14日]]　出院日期：[[DATE|2026年11月22日]]\n出院诊断：急性阑尾炎术后\n出院医嘱：两周内避免剧烈运动，术后7天门诊拆线。\n随访电话：[[PHONE|15544777563]]（本人）`,
  ],
  [
    'discharge',
    `产后出院须知：恶露一般持续4至6周，如出血量突然增多、发热或伤口红肿，请及时就诊。坚持母乳喂养，每日保证充足饮水。产后42天请到产科门诊复查。`,
  ],
  [
    'discharge',
    `患者[[PERSON|蒙秀英]]，女，[[AGE|91]]岁，身份证[[ID_CARD|450103350117630]]，因心衰加重住院，于[[DATE|2026年11月23日]]好转出院，出院后由孙子[[PERSON|蒙俊豪]]接回[[ADDRESS|南宁市青秀区民族大道89号荔园小区8栋1203]]，社区医生[[PERSON|韦]]医生每周上门一次。`,
  ],
  [
    'outpatient',
    `神经内科门诊病历\n[[PERSON|詹佩琳]]　女　39岁　门诊号 [[MRN|MZ8834167]]\n就诊日期：[[DATE|2026-11-23]]\n主诉：反复头晕1月。查体：未见神经系统阳性体征。\n医保卡号：[[INSURANCE_ID|5456617871]]\n医师签名：[[PERSON|糜]]`,
  ],
  [
    'outpatient',
    `医生：老人家怎么称呼？\n家属：我爸叫[[PERSON|鲍德全]]，今年[[AGE|93]]了，我是他儿媳妇[[PERSON|阮丽君]]。\n医生：老人家住哪里？\n家属：[[ADDRESS|成都市锦江区东大街下东大街段271号锦华苑4栋2单元801]]。\n医生：他生日是哪天？\n家属：[[DATE|1933年4月9号]]。`,
  ],
  [
    'outpatient',
    `口腔科门诊｜[[PERSON|雷朵朵]]（小名[[PERSON|朵宝]]）｜女｜6岁\n身份证｜[[ID_CARD|430102202003113961]]\n就诊卡｜[[MRN|KQ 3306 1185]]\n主诉：左下后牙疼痛3天\n监护人｜母亲 [[PERSON|雷晓芸]]｜[[PHONE|15694736009]]`,
  ],
  [
    'outpatient',
    `内分泌门诊：[[PERSON|隗建民]]，男，61岁，糖尿病12年，糖化血红蛋白9.4%，调整胰岛素剂量。门诊号[[MRN|NF-260047731]]，下次复诊[[DATE|2026年12月21日]]。患者老[[PERSON|隗]]自诉近来血糖仪读数偏高，其妻[[PERSON|符美玲]]协助记录。`,
  ],
  [
    'referral',
    `转诊单\n转出机构：兰州市城关区社区卫生服务中心\n患者：[[PERSON|鞠海霞]]　女　52岁\n身份证：[[ID_CARD|620102197405039604]]\n住址：[[ADDRESS|兰州市城关区庆阳路251号金城花园5号楼1单元602]]\n转诊原因：甲状腺结节TI-RADS 4类，建议上级医院进一步检查。\n转诊医生：[[PERSON|缑]]`,
  ],
  [
    'referral',
    `会诊申请单：申请科室 普外科 [[MRN|42]]床 [[PERSON|冉天佑]]，男，35岁，住院号[[MRN|PW2611528]]。术后血糖控制差，请内分泌科会诊。申请医师：[[PERSON|荆]]　申请时间：[[DATE|2026年11月23日]]`,
  ],
  [
    'referral',
    `尊敬的[[PERSON|戴维森]]教授：\n兹转诊我院患者[[PERSON|嵇文涛]]（男，44岁，病历号[[MRN|BL-0776-19]]）至贵院肝胆外科，患者现住[[ADDRESS|厦门市思明区厦禾路620号筼筜雅苑2号楼1704]]，患者于[[DATE|2026年10月]]发现肝占位，增强CT提示肝细胞癌可能。联系电话[[PHONE|19795712374]]。\n厦门市思明区医院 [[PERSON|卓雅琴]]`,
  ],
  [
    'handover',
    `夜班交班\n[[MRN|3]]床  [[PERSON|糜淑贞]]   [[AGE|95]]岁  夜间躁动，已约束，家属知情\n[[MRN|5]]床  [[PERSON|覃亦舟]]   28岁  术后镇痛泵在用\n6床  空床\n[[MRN|9]]床  [[PERSON|艾尼瓦尔]]   67岁  血糖3.2已处理，复测6.1\n交班：[[PERSON|栾佳慧]]  接班：[[PERSON|邸欣然]]`,
  ],
  [
    'handover',
    `（口头交班录音转写）那个……二十一床……不对，[[MRN|二十二]]床的[[PERSON|牟]]、[[PERSON|牟建国]]，晚上血压掉到85/50，补液后回升了；二十四床出院了；[[MRN|二十五]]床小朋友[[PERSON|乐崽]]，大名[[PERSON|漆思乐]]，发热38.9，妈妈在陪。还有那个德国来的[[PERSON|Jonas Weidenfeller]]，明早做胃镜。`,
  ],
  [
    'handover',
    `急诊留观交班｜[[DATE|11月23日]]晨\n留[[MRN|2]]｜[[PERSON|盖]]老伯（[[PERSON|盖福生]]）｜[[AGE|90]]岁｜肺部感染｜等床\n留4｜（姓名不详）男性，约50岁，醉酒，已清醒\n留[[MRN|7]]｜[[PERSON|巩雨萱]]｜19岁｜过敏性皮疹，已好转待离院`,
  ],
  [
    'handover',
    `ICU转出交接单\n患者：[[PERSON|尤里·科兹洛夫]]（[[PERSON|Yuri Kozlov]]）　护照号：[[PASSPORT|75 4418206]]\nICU号：[[MRN|ICU-2611-061]]　转入：心胸外科[[MRN|15]]床\n陪同：朋友 [[PERSON|顾澄]]　[[PHONE|19100049299]]\n交接护士：[[PERSON|瞿]]　接收护士：[[PERSON|侯晓楠]]`,
  ],
  [
    'nursing-note',
    `护理记录单\n[[DATE|2026-11-22]] 20:00 [[MRN|11]]床 [[PERSON|靳凤霞]]，T 37.6℃，P 96次/分，诉伤口痛，NRS评分5，按医嘱给予止痛药。\n22:30 复评NRS 2分，入睡。\n护士：[[PERSON|满雪莹]]`,
  ],
  [
    'nursing-note',
    `压疮预防小贴士：卧床老人每两小时翻身一次，保持床单平整干燥；骨突处可垫软枕；每日检查骶尾部和足跟皮肤，发现发红不褪及时告诉护士。`,
  ],
  [
    'nursing-note',
    `居家护理随访｜[[DATE|2026年11月21日]]\n服务对象｜[[PERSON|扎西卓玛]]｜女｜[[AGE|92]]岁\n身份证｜[[ID_CARD|630104341020242]]\n地址｜[[ADDRESS|西宁市城西区五四大街37号海湖苑3-2-401]]\n胃管通畅，更换胃管一次。照护人：孙女 [[PERSON|曲珍]]｜[[PHONE|18129727345]]`,
  ],
  [
    'lab-report',
    `检验报告单\n姓名：[[PERSON|羿少华]]　性别：男　年龄：57岁\n病历号：[[MRN|0021 5573 68]]　标本号：[[MRN|S2611230795]]\n科别：消化内科　床号：[[MRN|28]]\nALT 86 U/L↑ AST 71 U/L↑ TBIL 32 μmol/L↑\n采样时间：[[DATE|2026-11-23]] 06:10`,
  ],
  [
    'lab-report',
    `病理诊断报告\n病理号：[[MRN|P26-14593]]\n患者：[[PERSON|訾婉婷]]　女　41岁　住院号：[[MRN|ZY-261107]]\n送检：甲状腺左叶\n诊断：（甲状腺左叶）微小乳头状癌，直径约0.8cm。\n报告医师：[[PERSON|郏]]　审核：[[PERSON|鄢国栋]]`,
  ],
  [
    'lab-report',
    `危急值报告｜[[DATE|2026-11-22]] 23:47\n患者｜[[PERSON|蒲秀梅]]｜[[AGE|97]]岁｜肾内科[[MRN|8]]床\n项目｜血钾 7.1 mmol/L\n报告人｜检验科 [[PERSON|冷]]｜接收人｜[[PERSON|晋佳琪]]`,
  ],
  [
    'imaging-report',
    `CT检查报告\n姓名：[[PERSON|裘志远]]　影像号：[[MRN|CT0088216]]　门诊号：[[MRN|MZ77180462]]\n检查日期：[[DATE|2026年11月22日]]\n所见：右肺上叶见一磨玻璃结节，大小约9mm。\n印象：建议3个月后复查。\n报告医生：[[PERSON|宓]]`,
  ],
  [
    'imaging-report',
    `超声报告：[[PERSON|柏秋菊]]，女，[[AGE|93]]岁，超声号[[MRN|US26-55019]]，双下肢静脉超声示左侧腘静脉血栓形成，与[[DATE|2026年9月]]检查比较为新发。`,
  ],
  [
    'prescription',
    `处方笺\n姓名：[[PERSON|阚晓东]]　性别：男　年龄：33岁\n门诊号：[[MRN|MZ26055814]]　处方号：[[MRN|CF-2611-52207]]\n身份证：[[ID_CARD|610113199302192792]]\n阿莫西林胶囊 0.5g tid ×5天\n医师：[[PERSON|闫]]　药师：[[PERSON|雒静怡]]`,
  ],
  [
    'prescription',
    `麻醉药品处方（红色）\n患者：[[PERSON|铁成林]]　身份证：[[ID_CARD|640104195608304831]]\n代办人：女儿 [[PERSON|铁婧]]　身份证：[[ID_CARD|640104198401134920]]\n处方号：[[MRN|MZ-HS-0261]]\n吗啡缓释片 30mg q12h`,
  ],
  [
    'prescription',
    `药品配送单\n收件人：[[PERSON|卜雨菲]]　[[PHONE|17639255321]]\n地址：[[ADDRESS|昆明市五华区青年路380号]]\n[[ADDRESS|翠湖观邸9栋1单元1602]]\n处方号：[[MRN|YF2611-7730]]　医保卡号：[[INSURANCE_ID|752269308232]]\n配送员：[[PERSON|柯]]师傅`,
  ],
  [
    'consent',
    `手术知情同意书\n患者：[[PERSON|隆金花]]　住院号：[[MRN|SS2611964]]\n拟行手术：腹腔镜胆囊切除术\n患者签名：[[PERSON|隆金花]]　日期：[[DATE|2026年11月23日]]\n家属签名：[[PERSON|隆宇航]]（儿子）　电话：[[PHONE|17790270048]]\n谈话医师：[[PERSON|苍]]`,
  ],
  [
    'consent',
    `本人[[PERSON|申屠秀云]]，[[AGE|96]]岁，身份证[[ID_CARD|330203301112256]]，因年老听力差，委托孙子[[PERSON|申屠凯]]（身份证[[ID_CARD|330203199506073213]]，电话[[PHONE|13223295526]]）在住院期间替我签字，包括手术、麻醉和输血等同意文件。委托日期：[[DATE|2026年11月22日]]。`,
  ],
  [
    'consent',
    `输血治疗知情同意书｜患者｜[[PERSON|伏春燕]]｜住院号｜[[MRN|XY-2611-0846]]\n输血成分：悬浮红细胞2U\n患者签字｜[[PERSON|伏春燕]]｜[[DATE|2026-11-22]]\n医生签字｜[[PERSON|全]]`,
  ],
  [
    'billing',
    `住院费用清单\n姓名：[[PERSON|佟丽华]]　住院号：[[MRN|FY2611-3081]]\n医保号：[[INSURANCE_ID|6620558189]]\n住院期间：[[DATE|2026-11-10]] 至 [[DATE|2026-11-21]]\n总费用：23,418.60元　医保统筹支付：16,902.35元\n结算单号：JS261121-0087`,
  ],
  [
    'billing',
    `退款申请｜申请人｜[[PERSON|邴志刚]]｜[[PHONE|19321137699]]\n就诊卡号｜[[MRN|JZK 6120 0487]]\n退款原因｜重复缴费（检查费）\n退款银行卡｜[[BANK_CARD|6252958692126438453]]\n开户行｜中国建设银行沈阳和平支行`,
  ],
  [
    'billing',
    `商业保险理赔申请：被保险人[[PERSON|汝晓晴]]，身份证[[ID_CARD|210102199004225767]]，保单号[[INSURANCE_ID|PA2026118835]]，住院日期[[DATE|2026年11月3日]]至[[DATE|2026年11月9日]]，理赔款请打入[[BANK_CARD|6220979768786598]]，联系邮箱[[EMAIL|ruxq90@example.cn]]。`,
  ],
  [
    'online-consult',
    `线上图文咨询记录\n咨询单号：[[MRN|WZ2611236631]]\n患者：[[PERSON|景小燕]]　身份证：[[ID_CARD|340104198709280245]]\n收药地址：[[ADDRESS|合肥市蜀山区长江西路499号翡翠苑7栋903]]\n问题：孩子接种疫苗后低热37.8℃，需要去医院吗？\n医生[[PERSON|蔺]]：可先物理降温，超过38.5℃或持续48小时请就诊。\n登录IP：[[IP|203.0.113.188]]`,
  ],
  [
    'online-consult',
    `（视频复诊转写）医生：请问您是本人吗？患者家属：不是，我是她女儿[[PERSON|庞慧敏]]，我妈叫[[PERSON|庞玉芝]]，今年[[AGE|90]]岁，上次是[[DATE|10月28号]]来看的。医生：好的，复诊号[[MRN|FZ-5571932]]，我看一下检查结果。`,
  ],
  [
    'online-consult',
    `在线续方｜患者｜[[PERSON|司马永刚]]｜身份证｜[[ID_CARD|360102196305059650]]\n收货地址｜[[ADDRESS|南昌市东湖区八一大道1126号财富广场B座2108]]\n微信号｜[[ACCOUNT|smyg_1963]]\n续方：硝苯地平控释片 30mg qd\nIP｜[[IP|198.51.100.62]]`,
  ],
  [
    'patient-message',
    `[[PERSON|欧阳]]大夫您好，我是上周四在您那看过湿疹的患者[[PERSON|宗梓涵]]，门诊号[[MRN|PF0931274]]，药膏快见底了，想问能不能线上再开一支？微信[[ACCOUNT|zongzh_77]]，麻烦您有空回个话。`,
  ],
  [
    'patient-message',
    `感谢信：我父亲[[PERSON|钮宝山]]（[[AGE|91]]岁）[[DATE|11月中旬]]在心内科住院，[[PERSON|滕]]主任和护士[[PERSON|尹菲菲]]、[[PERSON|祁美辰]]悉心照顾，在此表示衷心感谢！家属 [[PERSON|钮丽娜]] [[PHONE|19833205438]]`,
  ],
  [
    'patient-message',
    `您好，我需要复印病历用于报销。姓名[[PERSON|幸文斌]]，身份证[[ID_CARD|130102197111088375]]，[[DATE|2026年8月]]在贵院住院，住院号[[MRN|SJZ-0817745]]。邮寄地址：[[ADDRESS|石家庄市长安区中山东路508号东胜广场A座1503]]，电话[[PHONE|13200825464]]，邮箱[[EMAIL|xingwb@example.com]]。`,
  ],
  [
    'family-chat',
    `「姑姑家」群聊\n[[PERSON|槿年]]：奶奶今天转到普通病房了，[[MRN|16]]床\n[[PERSON|逸尘]]：好的，我下班过去\n小姑：停车场满了，我车[[PLATE|苏E·9R4T6]]停在对面路边\n[[PERSON|槿年]]：@[[PERSON|逸尘]] 记得带奶奶的老花镜`,
  ],
  [
    'family-chat',
    `老爸住院群 🩺\n大哥：护工[[PERSON|屈]]阿姨明天请假，谁能去？\n[[PERSON|雨泽]]：我去，[[PERSON|丰]]医生说爷爷[[AGE|97]]岁了手术风险大\n二嫂：我开[[PLATE|粤B·D39517]]去接你`,
  ],
  [
    'family-chat',
    `[[PERSON|沐晴]]：妈，外公的CT结果出来了吗\n妈妈：出来了，说是老毛病，[[DATE|12月2号]]复查\n[[PERSON|沐晴]]：那我请一天假陪你们\n[[PERSON|穗穗]]：我也去`,
  ],
  [
    'sms-reminder',
    `【市中心医院】[[PERSON|查]]女士您好，已为您约好[[DATE|11月26日]]上午10:10乳腺外科[[PERSON|司]]医生门诊，请提前20分钟到2楼取号。改约请登录[[URL|https://yuyue.example.cn/gh]]。`,
  ],
  [
    'sms-reminder',
    `【温馨提示】本院门诊楼电梯将于本周六进行维保，期间请使用西侧楼梯或绕行住院楼通道，给您带来不便敬请谅解。`,
  ],
  [
    'headache-clinic',
    `头痛专病门诊\n患者：[[PERSON|练晓雯]]　女　29岁\n门诊号：[[MRN|TT26-03952]]　就诊日期：[[DATE|2026-11-23]]\n偏头痛无先兆，近三个月平均每月头痛8天，MIDAS评分21。\n处理：开始预防治疗，记录头痛日记，[[DATE|2027年1月]]复诊。\n医师：[[PERSON|夔]]`,
  ],
  [
    'headache-clinic',
    `头痛门诊随访：[[PERSON|屠国平]]，男，[[AGE|90]]岁，身份证[[ID_CARD|220102360214429]]，新发颞部头痛伴咀嚼痛，血沉78，考虑巨细胞动脉炎，[[DATE|2026年11月24日]]收入风湿科行颞动脉活检。女儿[[PERSON|屠爱萍]]陪同，电话[[PHONE|18892172640]]。`,
  ],
  [
    'parkinsons-clinic',
    `帕金森病专病门诊｜[[PERSON|项永福]]｜男｜71岁\n身份证｜[[ID_CARD|37020219550618731X]]\n住址｜[[ADDRESS|青岛市市南区香港中路211号颐和国际A座1701]]\nH-Y 2.5期，剂末现象明显，左旋多巴改为每日4次。\n照护人｜老伴 [[PERSON|费桂珍]]｜[[PHONE|13975510291]]`,
  ],
  [
    'parkinsons-clinic',
    `帕金森患者居家运动建议：每天散步30分钟，步行时大步走、摆臂；练习从椅子上站起；家中移除地毯等绊倒风险；如冻结步态加重，请在复诊时告诉医生。`,
  ],
  [
    'ibd-clinic',
    `炎症性肠病门诊\n姓名：[[PERSON|喻子豪]]　男　24岁\n病历号：[[MRN|IBD-0392-26]]\n克罗恩病，回结肠型，英夫利西单抗第6次输注定于[[DATE|2026年12月1日]]。\n粪钙卫蛋白 412 μg/g。\n联系人：母亲 [[PERSON|容淑敏]]　[[PHONE|18749429102]]`,
  ],
  [
    'ibd-clinic',
    `溃疡性结肠炎随访：患者[[PERSON|妫文轩]]，身份证[[ID_CARD|350102199812039891]]，[[DATE|2026年6月]]起口服美沙拉秦，近2周便血复发，Mayo评分7分，预约[[DATE|11月30日]]肠镜，内镜号待定。`,
  ],
  [
    'af-clinic',
    `房颤门诊｜[[DATE|2026-11-23]]\n患者｜[[PERSON|薄庆丰]]｜男｜[[AGE|93]]岁｜门诊号｜[[MRN|FC/2611/0518]]\nCHA2DS2-VASc 5分，HAS-BLED 3分，继续利伐沙班15mg qd。\n孙子 [[PERSON|薄骁]]陪诊，住址 [[ADDRESS|长春市南关区人民大街3518号南湖公馆5栋302]]`,
  ],
  [
    'af-clinic',
    `房颤射频消融术后随访：[[PERSON|栗红英]]，女，63岁，[[DATE|2026年8月12日]]行消融术，术后3个月动态心电图未见房颤复发。医保卡号[[INSURANCE_ID|160682805261]]。主诊医师[[PERSON|麦]]教授。`,
  ],
  [
    'ckd-clinic',
    `慢性肾病管理门诊\n[[PERSON|龚德胜]]　男　66岁　CKD 4期\n身份证：[[ID_CARD|410105196008029037]]\n地址：[[ADDRESS|郑州市金水区花园路139号花园新村11号院2-3-501]]\neGFR 22，血钾5.4，建议准备动静脉内瘘。\n下次复诊：[[DATE|2026-12-28]]`,
  ],
  [
    'ckd-clinic',
    `肾病门诊护士随访记录：[[PERSON|桂淑珍]]，[[AGE|91]]岁，随访号[[MRN|SY-0447]]，家属[[PERSON|桂海波]]反映近一周下肢水肿加重，体重增加2kg，已通知[[PERSON|阎]]医生。联系电话[[PHONE|19662946938]]。`,
  ],
];

const en: Array<[string, string]> = [
  [
    'admission',
    `ADMISSION H&P — [[DATE|11/22/2026]]\nPatient: [[PERSON|Thaddeus Okorafor-Dorrance]]  DOB: [[DATE|03/14/1961]]  MRN: [[MRN|40-771-2386]]\nAddress: [[ADDRESS|2290 Juniper Hollow Dr, Boise, ID 83709]]\nInsurance: Anthem member ID [[INSURANCE_ID|YRH884210397]]\nCC: fever and flank pain x3 days. Admitted to 6S room [[MRN|614]].\nEmergency contact: sister [[PERSON|Winifred Okorafor]] [[PHONE|(208) 555-0187]]`,
  ],
  [
    'admission',
    `Medical admissions clerking, [[DATE|22 Nov 2026]]. [[PERSON|Agatha Pinchbeck]], [[AGE|95]], brought in from [[ADDRESS|Flat 4, Larchmere Court, 19 Bellhanger Road, Harrogate HG1 4QT]] after a fall; long lie, CK 3100. NHS [[INSURANCE_ID|999 170 0102]]. Lives alone, carer [[PERSON|Precious Mudenda]] visits twice daily. Next of kin: nephew [[PERSON|Ambrose Pinchbeck]] [[PHONE|07700 900508]].`,
  ],
  [
    'admission',
    `Admission — Surgical Assessment Unit\nName: [[PERSON|Lachlan Cullingford]]   UR: [[MRN|0338 5162]]\nMedicare: [[INSURANCE_ID|4708 54855 6]]\nAddress: [[ADDRESS|7 Banksia Crescent, Toowoomba QLD 4350]]\nAdmitted [[DATE|23/11/2026]] with small bowel obstruction.\nPartner [[PERSON|Kezia Sbarbaro]] [[PHONE|(02) 5550 3317]]`,
  ],
  [
    'progress-note',
    `Progress note [[DATE|11/23/2026]] — Hospital day 3\n[[PERSON|Ignacio Valderrama]] (MRN [[MRN|8830472]]) afebrile overnight, lactate cleared. Wife [[PERSON|Rosalind]] at bedside asking about discharge; told likely [[DATE|11/25]].\n— [[PERSON|J. Ogunbanjo-Lindroos]], MD`,
  ],
  [
    'progress-note',
    `Ward round 23/11 — Bay B\nBed [[MRN|2]] [[PERSON|SKJELBRED, Magnus]] — post-op day 1, mobilising\nBed 3 — empty\nBed [[MRN|4]] [[PERSON|MACNAMEE, Oonagh]] — [[AGE|91]], new confusion, septic screen sent\nFY1: [[PERSON|Bilal]]`,
  ],
  [
    'progress-note',
    `ICU progress — [[PERSON|Moana Buckley-Paora]], [[AGE|90]], day 4 ventilated. Proned overnight, P/F improving. Discussed goals of care with son [[PERSON|Wiremu]] and daughter-in-law [[PERSON|Jade Buckley-Paora]] by phone. Registrar Dr [[PERSON|Sodhi]].`,
  ],
  [
    'discharge',
    `DISCHARGE SUMMARY\nPatient: [[PERSON|Ottoline Brashear]]   MRN: [[MRN|HB-5539046]]\nAdmitted: [[DATE|11/17/2026]]   Discharged: [[DATE|11/22/2026]]\nDx: right basal CAP, CURB-65 of 1\nFollow-up with PCP Dr. [[PERSON|Bascombe-Ince]] within 7 days.\nHome: [[ADDRESS|418 Persimmon Ridge Ln, Maryville, TN 37804]]`,
  ],
  [
    'discharge',
    `After your new knee: leave the island dressing alone for ten days, stick with the frame until physio clears you, and do the bending drills morning, noon and night. Ring the ward straight away for a hot, tight calf or a weeping scar.`,
  ],
  [
    'discharge',
    `Discharged [[DATE|23 November 2026]]: [[PERSON|Cornelius Brandvold]], [[AGE|98]], OHIP [[INSURANCE_ID|8520-201-180]]-KT, to [[ADDRESS|55 Maplecroft Avenue, Kingston, ON K7L 3Z9]] with granddaughter [[PERSON|Saoirse]] staying for the week. Home care referral sent.`,
  ],
  [
    'outpatient',
    `Dermatology clinic — [[DATE|11/23/2026]]\n[[PERSON|Juniper Escalona]], 34. MRN [[MRN|772-04-1189]]. Aetna ID [[INSURANCE_ID|W2290417763]]\nAssessment: nummular eczema, both shins.\nPlan: clobetasol BID x2 weeks; return [[DATE|January 2027]].\n[[PERSON|Halima Babalola]], PA-C`,
  ],
  [
    'outpatient',
    `Dear Dr [[PERSON|Pevensey]],\nRe: [[PERSON|Leofric Chettleburgh]], DOB [[DATE|09/02/1958]], Hosp No [[MRN|K4471968]]\nI reviewed Mr [[PERSON|Chettleburgh]] in the respiratory clinic today. His spirometry is stable. Clinic follow-up is booked for [[DATE|May 2027]].\nYours sincerely,\nDr [[PERSON|Nkemdirim Ekeanyanwu]]`,
  ],
  [
    'outpatient',
    `GP: Now, who's this with you?\nPatient: Ah, that's my dad, [[PERSON|Padraig]] — he's [[AGE|92]] — and I'm [[PERSON|Clodagh Brosnahan]].\nGP: And your address is still [[ADDRESS|3 Bramble Walk, Tullamore, Co. Offaly R35 X2C6]]?\nPatient: Yes. His birthday's the [[DATE|ninth of March 1934]].`,
  ],
  [
    'outpatient',
    `Paediatric clinic: [[PERSON|Arlo Pemberthy]] ("[[PERSON|Bear]]"), 4, UR [[MRN|55310872]], Medicare [[INSURANCE_ID|2002 83618 6]]. Recurrent wheeze with colds. Dad [[PERSON|Ewan Pemberthy]] reports good response to spacer. Review in [[DATE|March 2027]].`,
  ],
  [
    'referral',
    `Referral — Urgent suspected cancer (lower GI)\nPatient: [[PERSON|Gwilym Pryce-Athill]]  DOB [[DATE|17/06/1952]]\nNHS No: [[INSURANCE_ID|999 588 3104]]\nAddress: [[ADDRESS|12 Tanygraig Terrace, Aberystwyth SY23 2LN]]\nFIT 184, iron deficiency anaemia. Tel [[PHONE|07700 900947]].\nReferrer: Dr [[PERSON|Morwenna Truscott]]`,
  ],
  [
    'referral',
    `REFERRAL TO ENDOCRINOLOGY\nPt: [[PERSON|Vautrin, Fabienne]]   DOB: [[DATE|04/30/1979]]\nAddr: [[ADDRESS|86 Magnolia Terrace Apt 3B]]\n[[ADDRESS|Savannah, GA 31406]]\nBCBS ID [[INSURANCE_ID|XQP771045238]]  Cell [[PHONE|(912) 555-0178]]\nReason: TSH <0.01, weight loss. Office fax (912) 555-0100.`,
  ],
  [
    'referral',
    `Referral to cardiology outpatients, Waikato. [[PERSON|Losa Ofisa]], NHI [[INSURANCE_ID|NVR5628]], 58, of [[ADDRESS|41 Kahikatea Drive, Hamilton 3206]]. Exertional chest tightness, ECG lateral T-wave inversion. Husband [[PERSON|Ioane]] drives her. GP Dr [[PERSON|Matheson]].`,
  ],
  [
    'handover',
    `NIGHT HANDOVER 5E\nRm [[MRN|502]]  [[PERSON|WROBLEWSKA, Renata]]  [[AGE|93]]  DNR, on comfort care, family aware\nRm 504  — discharged\nRm [[MRN|506]]  [[PERSON|STOCKDILL, Cyrus]]  61  NPO after MN for ERCP\nRm [[MRN|508]]  [[PERSON|XIANG, Meiling]]  28  postpartum, husband [[PERSON|Kai]] staying`,
  ],
  [
    'handover',
    `SBAR — S: [[PERSON|Hermione Battersby]], [[AGE|96]], side room [[MRN|5]], new AF rate 140. B: admitted [[DATE|20/11]] with UTI. A: BP 104/60, alert. R: please review tonight; daughter [[PERSON|Celia]] wants a call on [[PHONE|07700 900273]].`,
  ],
  [
    'handover',
    `(ED handover, transcribed) "Cubicle [[MRN|7]] is Mr [[PERSON|Bamgbose]] — [[PERSON|Babatunde Bamgbose]] — chest pain, trop pending. Cubicle 8 has gone to AMU. Paeds bay [[MRN|2]], little [[PERSON|Poppy Latchford]], they call her [[PERSON|Pops]], mum's [[PERSON|Kerry]], query fractured wrist. And Resus 1 is the unknown male from the RTC."`,
  ],
  [
    'nursing-note',
    `Nursing note [[DATE|11/22/2026]] 2300. [[PERSON|Evangeline Yeandle]] ([[AGE|94]]) discovered on the floor by the commode, Rm [[MRN|318]]. No head strike per patient, neuro checks WNL. Bed alarm on. Son [[PERSON|Reuben Yeandle]] notified. — [[PERSON|T. Hobday]], RN`,
  ],
  [
    'nursing-note',
    `Preventing pressure sores at home: change position at least every two hours, keep skin clean and moisturised, and check heels and the base of the spine daily. Tell your nurse about any red patch that does not fade.`,
  ],
  [
    'nursing-note',
    `District nursing visit, Thu [[DATE|19 Nov 2026]]. [[PERSON|Bronwen Pencarreg]] at [[ADDRESS|Ty Gwyn, 8 Heol y Felin, Llandeilo SA19 6BQ]]. Leg ulcer dressing changed; exudate reduced. Neighbour [[PERSON|Dilys]] collects prescriptions. Next visit Mon [[DATE|23 Nov]].`,
  ],
  [
    'lab-report',
    `CHEMISTRY — FINAL\nPATIENT: [[PERSON|MACLENNOCH, TOBIAS J]]   MRN: [[MRN|00913372]]\nACCESSION: [[MRN|C26-1122-0481]]   LOC: 4N RM [[MRN|411]]\nCOLLECTED: [[DATE|11/22/2026]] 05:12\nNA 124 L  K 5.9 H  CREAT 2.8 H\nCRITICAL called to [[PERSON|R. Osei]], RN at 06:01`,
  ],
  [
    'lab-report',
    `Cellular pathology — lab ref [[MRN|H26/41177]]. Patient: [[PERSON|Perpetua Ashenhurst]], Hosp no [[MRN|RV3309124]]. Specimen: elliptical excision, dorsum of left forearm. Conclusion: nodular BCC, margins clear (closest 2 mm). Reported by Dr [[PERSON|Anselm Dunmall]].`,
  ],
  [
    'lab-report',
    `INR result — [[PERSON|Clement Kilgannon]], [[AGE|91]], lab episode [[MRN|26-8840312]], Medicare [[INSURANCE_ID|5759 64523 9]]. INR 4.6 on [[DATE|22/11/2026]]. Withhold warfarin one night, recheck [[DATE|25/11/2026]]. Phoned to wife [[PERSON|Marjorie]].`,
  ],
  [
    'imaging-report',
    `MRI LEFT SHOULDER WITHOUT CONTRAST\nPatient: [[PERSON|Soren Mkhize-Wikström]]  MRN: [[MRN|6610283]]  Acc: [[MRN|MR2611930]]\nDate: [[DATE|11/21/2026]]\nFindings: supraspinatus torn through its full thickness with tendon retracted 1.4 cm.\nComparison: radiographs from [[DATE|October 2026]].`,
  ],
  [
    'imaging-report',
    `CT chest (CTPA), [[DATE|22/11/2026]]. [[PERSON|Hyacinth Coker]], [[AGE|90]], NHS [[INSURANCE_ID|999 907 1015]], RIS [[MRN|RIS77301842]]. Bilateral segmental emboli, no right heart strain. Discussed with Dr [[PERSON|Kinloch]].`,
  ],
  [
    'prescription',
    `[[PERSON|ZAMBRANO, ROSALBA]]\n[[ADDRESS|1407 W CAMELBACK TER, PHOENIX AZ 85013]]\nRX# [[MRN|6623019]]\nLISINOPRIL 10 MG TAB — TAKE ONE TABLET BY MOUTH DAILY\nDR. [[PERSON|E. ORTLIEB]]   FILLED [[DATE|11/21/2026]]`,
  ],
  [
    'prescription',
    `TTO — [[PERSON|Gideon Stringfellow]], Hosp No [[MRN|AP6610374]]\nApixaban 5 mg BD, started [[DATE|21/11/2026]]; review at anticoagulation clinic [[DATE|February 2027]].\nPharmacist check: [[PERSON|Nadia Rizvi]]`,
  ],
  [
    'prescription',
    `e-Rx sent [[DATE|11/23/2026]]. Patient [[PERSON|Benedikt Kjærsgaard]], DOB [[DATE|12/09/1987]], UHC member ID [[INSURANCE_ID|918447203]], Rx ID [[MRN|ERX-2611-44710]]. Sertraline 50 mg daily #30. Prescriber [[PERSON|Imogen Cottingham]], PMHNP.`,
  ],
  [
    'consent',
    `CONSENT FOR COLONOSCOPY\nPatient: [[PERSON|Marguerite Wennerholm]]   MRN [[MRN|5520971]]   Passport [[PASSPORT|91473052]]\nRisks discussed including bleeding and perforation.\nPatient signature: [[PERSON|Marguerite Wennerholm]]   Date [[DATE|11/23/2026]]\nInterpreter (Swedish): [[PERSON|Annika Berglund-Fry]]\nWitness: [[PERSON|Trevor Hashiguchi]]`,
  ],
  [
    'consent',
    `Form 4 — best-interests decision, patient unable to consent. Patient [[PERSON|Wilhelmina Sweetapple]], [[AGE|99]], Hosp No [[MRN|GB0047715]]. Procedure: PEG insertion. Consulted: son [[PERSON|Ptolemy Sweetapple]] (health and welfare LPA). Signed Dr [[PERSON|Ruthven]], [[DATE|22/11/2026]].`,
  ],
  [
    'consent',
    `Tonsillectomy consent — [[PERSON|Jasper Gearty]], age 7, UR [[MRN|80417765]], of [[ADDRESS|14 Wattle Grove, Kangaroo Flat VIC 3555]]. Parent: [[PERSON|Felicity Gearty]], mobile [[PHONE|(03) 5550 8842]]. Explained bleeding risk about 1 in 30. Date [[DATE|23/11/2026]].`,
  ],
  [
    'billing',
    `STATEMENT DATE [[DATE|11/20/2026]]\nAccount #: [[MRN|PA-77104283]]\nGuarantor: [[PERSON|Desmond Doubleday]]  SSN [[ID_CARD|987-65-4327]]\nService dates: [[DATE|10/29/2026]]–[[DATE|10/31/2026]]\nBalance due $1,248.19. Visa ending — card on file [[BANK_CARD|4406211267095581]]\nMail to: [[ADDRESS|PO Box 7719, Duluth, MN 55803]]`,
  ],
  [
    'billing',
    `INVOICE INV-26-20419 — [[PERSON|Araminta Coleridge]], [[ADDRESS|Rose Cottage, Pudding Lane, Ledbury HR8 2JS]], [[EMAIL|a.coleridge@example.co.uk]]. Bupa membership [[INSURANCE_ID|BP71884302]]. Consultation [[DATE|18/11/2026]]. Paid by Mastercard [[BANK_CARD|5478231517860154]].`,
  ],
  [
    'billing',
    `TAX INVOICE — Coastline Podiatry. Client: [[PERSON|Harriet Kieu]], Medicare [[INSURANCE_ID|3014 77253 5]]. Date of service [[DATE|20/11/2026]]. Paid Amex [[BANK_CARD|370426753497329]]. Provider no. 4417729B. ABN 53 004 085 616.`,
  ],
  [
    'online-consult',
    `Telehealth chat\n[[ACCOUNT|mom_of_twins84]]: my son [[PERSON|Elias]] (DOB [[DATE|06/02/2022]]) sounds like a seal when he coughs, started after bedtime\n[[PERSON|Priya Ramcharan]], NP: any noisy breathing at rest?\n[[ACCOUNT|mom_of_twins84]]: only when he cries\nSession IP: [[IP|203.0.113.209]]`,
  ],
  [
    'online-consult',
    `Video clinic booked: Dr [[PERSON|Emiko Oshiro]] on Wed [[DATE|25 Nov 2026]], 10:40. Link: [[URL|https://visit.example.org.uk/r/7KQ2M]] and sign in as [[ACCOUNT|hcrowther1966]]. A copy has been sent to [[EMAIL|h.crowther@example.co.uk]].`,
  ],
  [
    'online-consult',
    `Virtual intake — new patient from Hong Kong. Name: [[PERSON|Lam Ka-ming]] ([[PERSON|Kenneth]]). HKID [[ID_CARD|Y461164(9)]]. Passport [[PASSPORT|K30418852]]. Address: [[ADDRESS|3310 Kingsway Unit 1205, Burnaby, BC V5R 5K4]]. Phone [[PHONE|(604) 555-0114]]. Email [[EMAIL|kmlam@example.ca]]. Wife [[PERSON|Tsang Pui-shan]]. IP [[IP|198.51.100.33]].`,
  ],
  [
    'patient-message',
    `Hi Dr [[PERSON|Parthasarathy]], this is [[PERSON|Rhoda Kimathi]] (MRN [[MRN|3317702]]). My mum [[PERSON|Esther]] is [[AGE|93]] and her legs are more swollen since the new tablet. Can someone call me on [[PHONE|(317) 555-0152]]? Thanks, [[PERSON|Rhoda]]`,
  ],
  [
    'patient-message',
    `To the Patient Advice team,\nThis concerns my father, [[PERSON|Leonard Haythornthwaite]], aged [[AGE|96]], who waited 11 hours in A&E on [[DATE|14 November]]. His address is [[ADDRESS|22 Mill Race, Kendal LA9 7HU]]. Please reply to [[EMAIL|g.haythornthwaite@example.com]].\n[[PERSON|Gillian]]`,
  ],
  [
    'patient-message',
    `Portal message from [[ACCOUNT|tsilverthorn]]: Hi, it's [[PERSON|Tobias Silverthorn]]. I need my lab results from [[DATE|11/18]] sent to my new endocrinologist Dr [[PERSON|Vredenburg]]. Thanks — [[PERSON|Toby]]`,
  ],
  [
    'family-chat',
    `Grandpa in hospital 🏨\n[[PERSON|Mateo]]: he's moved to bed [[MRN|22]] on Ward 9\nAunt [[PERSON|Lucía]]: I'll bring his glasses\n[[PERSON|Inés]]: parking is impossible, I left the car (reg [[PLATE|WK19 TZP]]) at the Tesco\n[[PERSON|Mateo]]: @[[PERSON|Inés]] nurse [[PERSON|Fadipe]] says visiting till 8`,
  ],
  [
    'family-chat',
    `[[PERSON|Dani]]: Nana turns [[AGE|100]] next week and they still want to do the scan??\n[[PERSON|Marcus]]: Dr [[PERSON|Fujikawa]] said it's quick\n[[PERSON|Dani]]: ok I'll drive, my plate is [[PLATE|8KXR214]] for the visitor lot`,
  ],
  [
    'family-chat',
    `[[PERSON|Shaz]]: Dad's op is Thursday [[DATE|26 Nov]]\n[[PERSON|Kyle]]: what time\n[[PERSON|Shaz]]: 7am, Dr [[PERSON|Mahendran]] is doing it\nMum: I'll pack his bag`,
  ],
  [
    'sms-reminder',
    `Hi [[PERSON|Rosamund]], reminder of your mammogram on Tue [[DATE|1 Dec]] at 09:15, Breast Unit, level 2. Reply Y to confirm or rebook at [[URL|https://book.example.com/bsu]].`,
  ],
  [
    'sms-reminder',
    `Flu vaccine clinics are running every Saturday morning this month. No appointment needed — just bring your Medicare card if you have one.`,
  ],
  [
    'headache-clinic',
    `Headache clinic [[DATE|23/11/2026]]\n[[PERSON|Isolde Lisgar]], 31, NHS [[INSURANCE_ID|999 950 9622]]\nMigraine now chronic — 18 days a month with headache, failed topiramate and amitriptyline.\nPlan: botulinum toxin per protocol; first cycle [[DATE|January 2027]].\nCopy to GP Dr [[PERSON|Meldrum]].`,
  ],
  [
    'headache-clinic',
    `Headache follow-up — [[PERSON|Walter Eckersley]], [[AGE|92]], MRN [[MRN|4408816]]. New occipital headache since [[DATE|11/02/2026]], ESR 64. Temporal artery ultrasound booked. Daughter [[PERSON|Maude Eckersley]] [[PHONE|(503) 555-0191]].`,
  ],
  [
    'parkinsons-clinic',
    `Movement disorders clinic. [[PERSON|Ferdinand Tornqvist]], 69, MRN [[MRN|PK-220917]]. Wearing-off at 3 hours; add entacapone. Wife [[PERSON|Lavinia]] notes vivid dreams. Review [[DATE|March 2027]]. PD nurse [[PERSON|Siobhan Corcoran]].`,
  ],
  [
    'parkinsons-clinic',
    `Parkinson's and swallowing: sit upright for meals, take small mouthfuls, and take your levodopa 30 minutes before eating protein-rich food. Coughing during meals should be reported to your speech therapist.`,
  ],
  [
    'ibd-clinic',
    `IBD clinic — [[DATE|11/20/2026]]\n[[PERSON|Cassius Kawabata-Rowsell]], 27, MRN [[MRN|IB-0093-4418]]\nUC, E3, flare; calprotectin 880.\nStart vedolizumab, first infusion [[DATE|12/03/2026]].\nIBD nurse line checked by [[PERSON|Greer Lundqvist]], RN`,
  ],
  [
    'ibd-clinic',
    `Crohn's review, [[DATE|19/11/2026]]: [[PERSON|Anwen Pinnegar]], NHS [[INSURANCE_ID|999 583 8370]], stable on ustekinumab. Lives at [[ADDRESS|5 Chapel Row, Crickhowell NP8 1BN]]. Next infusion [[DATE|14/01/2027]].`,
  ],
  [
    'af-clinic',
    `AF clinic — [[PERSON|Barnabas Whitethorn]], [[AGE|90]], Hosp No [[MRN|WT5520319]]. Persistent AF, rate controlled on bisoprolol. Apixaban dose reviewed (weight 58 kg). Lives with daughter [[PERSON|Philippa]] at [[ADDRESS|9 Orchard Close, Stamford PE9 2XR]].`,
  ],
  [
    'af-clinic',
    `Post-ablation check [[DATE|11/23/2026]]: [[PERSON|Yolanda Gilchriest]], 64, Cigna ID [[INSURANCE_ID|U48810372-01]]. Ablation [[DATE|08/14/2026]]; Holter clean. Stop anticoagulation per EP Dr. [[PERSON|Ravindranath]].`,
  ],
  [
    'ckd-clinic',
    `Renal clinic (CKD 4) — [[PERSON|Horatio Nkrumah-Knox]], 72, MRN [[MRN|0087-5512]]\nAddress: [[ADDRESS|617 Sycamore Bend, Dayton, OH 45419]]\neGFR 19, K 5.6. Fistula mapping booked [[DATE|12/07/2026]].\nSpouse [[PERSON|Adaeze]] [[PHONE|(937) 555-0166]]`,
  ],
  [
    'ckd-clinic',
    `Kidney clinic letter, Dunedin. Re: [[PERSON|Tamati Harawira]], NHI [[INSURANCE_ID|XSS9784]], [[AGE|91]]. Conservative kidney care chosen after discussion with his whānau; niece [[PERSON|Ariki]] is main support. Review [[DATE|February 2027]].`,
  ],
];

export function generateDeidHoldout32(): LabelledRecord[] {
  return holdoutRecords('h32', zh, en);
}

export const DEID_HOLDOUT_32_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/labelled/deid-holdout-32.jsonl',
);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const records = generateDeidHoldout32();
  writeFileSync(DEID_HOLDOUT_32_PATH, renderJsonl(records));
  console.log(`wrote ${records.length} records to ${DEID_HOLDOUT_32_PATH}`);
}
