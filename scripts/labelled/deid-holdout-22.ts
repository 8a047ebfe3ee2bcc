import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { holdoutRecords, type LabelledRecord, renderJsonl } from './generate-deid.ts';

/**
 * The ROUND-22 fresh held-out de-identification set (data/labelled/deid-holdout-22.jsonl): hand-written
 * snippets with hand-placed spans, marked inline as [[TYPE|text]] (parseMarked strips the marks and
 * records UTF-16 offsets). Written by a separate annotator who did not read the recognizer code and
 * never ran a recognizer on these snippets; it must not be used to tune the recognizers.
 *
 * About four fifths are the everyday documents of a general hospital and the messages of its patients
 * (admission, progress and discharge notes, outpatient notes and letters, referrals, handovers, nursing
 * notes, lab, pathology and imaging reports, prescriptions and labels, consent, billing papers, online
 * consultations, patient messages and e-mails, family chats and SMS reminders), in new wording and
 * specialties; about a fifth come from settings earlier rounds did not list as genres: cardiac
 * rehabilitation, podiatry, urodynamics, breast screening and weight management.
 *
 * Identifiers are synthetic: resident IDs carry a valid GB 11643 check character and a region code, sex
 * digit and birth date consistent with the text (15-digit IDs likewise), bank cards a valid Luhn digit,
 * NHS numbers are in the 999 test range with their modulus-11 digit, the Australian Medicare numbers
 * pass their check digit and the OHIP number its Luhn digit; the US SSN is in the 987-65-432x
 * advertising range. Phones are random mainland numbers or fictional ranges (North American 555-01xx,
 * UK 07700 900xxx and 01632 960xxx, Australian 0491 570 xxx); mail and web hosts are example.*; IP
 * addresses come from the documentation ranges.
 *
 * Span conventions are those of data/labelled/deid-holdout-2 to -21 cards; the decisions new in this
 * round are in data/labelled/deid-holdout-22.card.yaml.
 */
const zh: Array<[string, string]> = [
  [
    'admission',
    `神经内科入院记录\n患者姓名：[[PERSON|蔺书棠]]\n性别：男　年龄：61岁\n身份证：[[ID_CARD|320106196503146411]]\n入院日期：[[DATE|2026年11月22日]]\n主诉：突发右侧肢体无力伴言语含糊3小时。NIHSS 6分，发病至入院2.5 h，予阿替普酶0.9 mg/kg静脉溶栓。\n现住址：[[ADDRESS|南京市鼓楼区清凉门大街虹桥新村14幢2单元605室]]\n紧急联系人：妻子[[PERSON|逄素筠]]，[[PHONE|18072316076]]\n住院号：[[MRN|NK-2611-2207]]
经治医师：[[PERSON|那]]医生`,
  ],
  [
    'admission',
    `今晨6:40家属陪同步入急诊，老人[[PERSON|佘寿椿]]，男，[[AGE|92]]岁，身份证[[ID_CARD|110101340506963]]，3天来纳差、少尿，血肌酐268 μmol/L，血钾5.9 mmol/L，诊断急性肾损伤，收老年医学科[[MRN|21]]床；住[[ADDRESS|北京市东城区和平里东街11号院3号楼204]]；孙子[[PERSON|佘鹤龄]]陪护，电话[[PHONE|13970794202]]；青霉素过敏。入院时间[[DATE|11月23日]]。`,
  ],
  [
    'admission',
    `儿科入院 / 患儿[[PERSON|甄语汐]]（小名[[PERSON|饺子]]）/ 女 / 3岁2个月 / 就诊卡 [[MRN|ER0048812]] / [[DATE|2026-11-21]] 入院 / 高热5天伴皮疹、杨梅舌、手足硬肿，拟川崎病 / IVIG 2 g/kg + 阿司匹林 / 父亲 [[PERSON|甄屿川]] [[PHONE|19188678694]] / 管床 [[PERSON|雍]]医生`,
  ],
  [
    'progress-note',
    `[[DATE|2026.11.20]] 术后第2天 病程记录\n[[PERSON|郜]]教授查房：患者[[PERSON|冼菁菁]]，胰十二指肠切除术后，引流液淀粉酶3200 U/L，考虑B级胰瘘，继续生长抑素6 mg/24h，保持引流通畅。[[PERSON|郜]]教授嘱[[DATE|11月24日]]复查腹部增强CT。\n记录：规培医师[[PERSON|阎若朴]]`,
  ],
  [
    'progress-note',
    `ICU日志｜[[DATE|11/22]]｜[[MRN|5]]床｜[[PERSON|璩海燕]]｜住院号 [[MRN|ZY2611-17720]]｜女｜脓毒性休克第3天｜去甲肾上腺素0.12 μg/kg/min，乳酸2.1 mmol/L｜SOFA 8分｜女儿在家属等候区，6床空｜记录 [[PERSON|笪]]医生`,
  ],
  [
    'progress-note',
    `阶段小结\n患者[[PERSON|栾惠芝]]，女，79岁，旧身份证号：[[ID_CARD|440104470921368]]，住[[ADDRESS|广州市越秀区越华路28号502房]]。\n[[DATE|2026年11月9日]]因"重症肺炎"入院，予哌拉西林他唑巴坦、无创通气，现PSI评分由132分降至84分，已停无创。\n下一步：改口服抗生素，康复科评估吞咽功能。\n主管医师：[[PERSON|缪]]　[[DATE|2026年11月21日]]`,
  ],
  [
    'discharge',
    `出院记录\n姓名：[[PERSON|司徒敏仪]]　性别：女　年龄：45岁\n身份证号码：[[ID_CARD|510107198107228440]]\n入院日期：[[DATE|2026-11-16]]　出院日期：[[DATE|2026-11-22]]\n诊断：急性结石性胆囊炎，腹腔镜胆囊切除术后。\n出院医嘱：低脂饮食，2周后普外科门诊复查。\n地址：[[ADDRESS|成都市武侯区红牌楼路芳草小区7栋1单元401]]\n主治医师：[[PERSON|沙]]医生`,
  ],
  [
    'discharge',
    `甲状腺术后出院须知：颈部切口保持干燥，1周内避免剧烈转头；左甲状腺素钠片75 μg每日早餐前空腹服用，与钙片间隔4小时；如出现手足麻木、抽筋，请口服碳酸钙并及时就医；术后4～6周复查甲功。`,
  ],
  [
    'discharge',
    `出院证明\n兹有[[PERSON|乜秀兰]]，女，[[AGE|九十四]]岁，身份证号[[ID_CARD|510203320730266]]，因"股骨粗隆间骨折"于[[DATE|二〇二六年十一月三日]]入院，行闭合复位髓内钉内固定术，于[[DATE|二〇二六年十一月二十二日]]出院。建议休息三个月，助行器下地。\n医师：[[PERSON|仇德贵]]`,
  ],
  [
    'outpatient',
    `皮肤科门诊　[[DATE|2026/11/20]]\n[[PERSON|牧汀洲]]　女　33岁　身份证 [[ID_CARD|35020319931005206X]]\n门诊号：[[MRN|PF26-330917]]\n面部蝶形红斑反复半年，日晒后加重，ANA 1:320，抗dsDNA阴性，考虑皮肤型红斑狼疮。羟氯喹0.2 g bid，严格防晒，[[DATE|2026年12月18日]]复诊查眼底。\n医生：[[PERSON|宫]]`,
  ],
  [
    'outpatient',
    `消化内科门诊｜[[DATE|11月21日]]｜[[PERSON|庹建国]]｜男｜56岁｜医保号 [[INSURANCE_ID|41010500672815]]｜上腹隐痛2月，13C呼气试验DOB 18.6｜四联方案：艾司奥美拉唑20 mg、阿莫西林1 g、克拉霉素0.5 g、枸橼酸铋钾，bid×14天｜妻子[[PERSON|毋春燕]]代取药｜停药4周后复查呼气试验`,
  ],
  [
    'outpatient',
    `耳鼻喉科　[[DATE|11-18]]\n患者：[[PERSON|谈致远]]，男，7岁，就诊卡号 [[MRN|2611003458]]\n主诉：打鼾伴张口呼吸1年。腺样体/鼻咽比0.78，扁桃体III°。\n建议：择期行腺样体扁桃体切除术。\n陪诊：外婆[[PERSON|嵇玉梅]]（电话[[PHONE|15367810082]]）`,
  ],
  [
    'referral',
    `转诊单\n转出：社区卫生服务中心　转入：心血管内科\n患者：[[PERSON|党正廉]]，男，73岁，身份证：[[ID_CARD|530102195301092573]]\n住址：[[ADDRESS|昆明市五华区文林街52号3栋201]]\n转诊原因：活动后胸闷加重1月，BNP 1260 pg/mL，EF 38%。\n联系人：儿子[[PERSON|党毅]] [[PHONE|15992367453]]\n转诊医生：[[PERSON|母]]主任　[[DATE|2026年11月21日]]`,
  ],
  [
    'referral',
    `会诊记录｜被邀科室：临床营养科｜[[PERSON|上官宁]]｜[[MRN|33]]床｜住院号 [[MRN|ZY2611-19037]]｜食管癌术后第10天，NRS2002 5分，白蛋白28 g/L｜建议：肠内营养乳剂1500 ml/d经空肠营养管泵入｜会诊 [[PERSON|折]]营养师｜分机 3307｜[[DATE|2026-11-20]] 15:10`,
  ],
  [
    'referral',
    `转院申请：患者[[PERSON|马阿里]]，男，29岁，回族，身份证[[ID_CARD|62010219970918923X]]，因"重症急性胰腺炎合并感染性坏死"，CT评分9分，经家属同意申请转兰州大学第一医院行内镜下坏死组织清除。陪同：哥哥[[PERSON|马尔撒]] [[PHONE|19515830256]]。申请日期[[DATE|11月22日]]，申请医师[[PERSON|勾]]。`,
  ],
  [
    'handover',
    `骨科病房夜班交班　[[DATE|2026-11-21]]\n床号｜姓名｜情况\n[[MRN|1]]｜[[PERSON|幸禾穗]]｜TKA术后第1天，引流120 ml\n2｜空｜—\n[[MRN|4]]｜[[PERSON|乌云毕力格]]｜腰椎术后，双下肢感觉运动正常\n8｜新收 女 名字待补｜踝关节骨折，待消肿\n交：[[PERSON|司马婉菁]]　接：[[PERSON|衡]]护士`,
  ],
  [
    'handover',
    `（晨交班录音转写）嗯……[[MRN|十二]]床，[[PERSON|橙橙]]，全名[[PERSON|利桐溪]]，4岁，手足口，昨晚最高38.9，布洛芬用了一次。十四床今天出院，床位空着。[[MRN|十五]]床[[PERSON|檀]]奶奶夜里说胸口闷，心电图没变化，早上再抽个肌钙蛋白。她孙女想睡隔壁加床，我没同意。`,
  ],
  [
    'handover',
    `急诊留观交班 [[DATE|11/23]] 08:00：留观[[MRN|3]] [[PERSON|尤]]哥（[[PERSON|尤大勇]]），醉酒后头皮裂伤已缝合，头颅CT阴性，等清醒；留观4 无名氏女性，约70岁，路人送来，低血糖已纠正，派出所在查身份；留观[[MRN|6]] [[PERSON|伍向前]]，转移性右下腹痛，WBC 13.2，Alvarado 7分，已约外科。交班人：[[PERSON|闵]]主任`,
  ],
  [
    'nursing-note',
    `护理记录　[[DATE|2026年11月22日]] 21:00\n[[MRN|7]]床 [[PERSON|芦双喜]]，[[AGE|90]]岁，Morse跌倒评分65分，夜间躁动，予床栏保护、约束手套，家属[[PERSON|芦红梅]]陪护，已签约束知情同意书。签名：[[PERSON|茹]]`,
  ],
  [
    'nursing-note',
    `PICC维护宣教：每7天到医院冲管、更换贴膜和正压接头；洗澡时用保鲜膜包裹置管处，不可泡浴；置管侧手臂可做握拳、洗脸等日常动作，避免提重物超过5公斤；如贴膜卷边、穿刺点渗液或手臂肿胀，请及时联系护理门诊。`,
  ],
  [
    'nursing-note',
    `居家护理｜[[DATE|2026/11/25]]（周三）｜[[PERSON|菅丽娜]]，女，52岁｜身份证 [[ID_CARD|140105197408085707]]｜住址 [[ADDRESS|太原市小店区长治路嘉华苑8号楼3单元1201]]｜PEG管周换药，造口周围无红肿渗液｜下次上门 [[DATE|12月2日]]｜护士 [[PERSON|荆]]`,
  ],
  [
    'lab-report',
    `检验报告　标本号：[[MRN|L2611200513]]\n姓名：[[PERSON|全航宇]]　性别：男　年龄：38岁　科室：内分泌科　床号：[[MRN|19]]\n项目　　　结果　　　参考\nTSH　　　 <0.01　　0.27-4.2 mIU/L\nFT4　　　 64.3　　　12-22 pmol/L\nTRAb　　　18.6　　　<1.75 IU/L\n采样：[[DATE|2026-11-20]] 07:05　审核：[[PERSON|皇甫稼轩]]`,
  ],
  [
    'lab-report',
    `病理诊断报告　病理号 [[MRN|P26-041187]]\n[[PERSON|岑骁]]　男　38岁　身份证 [[ID_CARD|520102198805172851]]\n标本：胃窦活检×3。\n诊断：慢性萎缩性胃炎伴肠化（OLGA II期），Hp（+）。\n报告日期 [[DATE|2026年11月19日]]　医师 [[PERSON|养]]`,
  ],
  [
    'lab-report',
    `危急值报告｜[[DATE|2026-11-22]] 02:14｜患者[[PERSON|桂吉祥]]｜男｜[[MRN|26]]床｜标本号 [[MRN|H2611220061]]｜血钾6.8 mmol/L（溶血已排除）｜已通知值班医生[[PERSON|鲍]]｜护士[[PERSON|寒露]]复述确认`,
  ],
  [
    'imaging-report',
    `胸部CT平扫\n姓名 [[PERSON|赫连初阳]]　检查号 [[MRN|CT2611210348]]　日期 [[DATE|2026-11-21]]\n右肺上叶磨玻璃结节9 mm，较[[DATE|2026年2月]]片增大约2 mm，实性成分约3 mm（Lung-RADS 4A）。\n建议：3个月后复查或MDT讨论。\n报告：[[PERSON|暴]]　审核：[[PERSON|宇文璟瑜]]`,
  ],
  [
    'imaging-report',
    `甲状腺超声｜[[PERSON|班彩云]]｜女｜46岁｜门诊号 [[MRN|MZ2611-88017]]｜超声号 [[MRN|US2611-2270]]｜[[DATE|11月20日]]｜右叶中部低回声结节8×6 mm，纵横比>1，边缘不规则，微钙化（C-TIRADS 4C）｜建议细针穿刺｜医师 [[PERSON|戈]]`,
  ],
  [
    'prescription',
    `处　方　笺\n姓名：[[PERSON|闻人雪]]　性别：女　年龄：68岁\n医保卡号：[[INSURANCE_ID|37010200918563]]　门诊号：[[MRN|MZ26110419]]\nRp：\n苯磺酸氨氯地平片 5 mg×28片 qd\n瑞舒伐他汀钙片 10 mg×28片 qn\n医师：[[PERSON|詹]]　调配：[[PERSON|苗]]　日期：[[DATE|2026-11-20]]`,
  ],
  [
    'prescription',
    `麻醉药品专用处方\n患者：[[PERSON|厍振林]]，男，56岁，身份证号 [[ID_CARD|410105197006301871]]\n诊断：胰腺癌多发转移，癌痛NRS 7分\nRp：盐酸羟考酮缓释片 20 mg×20片 q12h\n代办人：女婿[[PERSON|韶永杰]]，身份证号 [[ID_CARD|460106198403296818]]\n处方医师：[[PERSON|覃]]　[[DATE|11/21]]`,
  ],
  [
    'prescription',
    `药品配送单｜订单号 DD2611200387｜收件人 [[PERSON|殳美玲]]｜实名身份证 [[ID_CARD|330106194504031408]]｜[[PHONE|17319132118]]｜[[ADDRESS|杭州市西湖区天目山路嘉绿苑12幢3单元502]]｜阿托伐他汀20 mg×3盒、硝苯地平控释片30 mg×2盒｜预计[[DATE|11月24日]]送达`,
  ],
  [
    'consent',
    `手术知情同意书\n拟行手术：腹腔镜下右半结肠切除术\n主要风险：出血、吻合口漏、肠梗阻、切口感染、深静脉血栓。\n患者签名：[[PERSON|农宝坤]]　身份证：[[ID_CARD|450103197912252033]]\n谈话医师：[[PERSON|蓝]]主任\n签署时间：[[DATE|2026年11月22日]] 16:30`,
  ],
  [
    'consent',
    `输血治疗同意书：患者[[PERSON|苑长河]]，男，86岁，身份证[[ID_CARD|210102400214213]]，Hb 58 g/L，拟输注悬浮红细胞2 U。患者听力差，由妻子[[PERSON|邝桂枝]]代签，关系：夫妻。[[DATE|2026-11-19]]。经治医师[[PERSON|盖]]。`,
  ],
  [
    'consent',
    `放弃心肺复苏知情书：患者[[PERSON|哈斯其木格]]，女，[[AGE|97]]岁，慢性心衰终末期。经与家属充分沟通，长子[[PERSON|哈斯巴根]]代表家属决定：心跳呼吸骤停时不行胸外按压及气管插管，保留吸氧、镇痛等舒适治疗。见证人：[[PERSON|佟立军]]（护士长）。[[DATE|11月20日]]`,
  ],
  [
    'billing',
    `住院费用结算单\n姓名：[[PERSON|庞梓萱]]　住院号：[[MRN|ZY26111205]]\n住院日期：[[DATE|2026-11-12]]至[[DATE|2026-11-21]]\n医保号：[[INSURANCE_ID|130102002200487]]\n结算单号 JS2611220913\n总费用 23,418.60元　统筹支付 16,902.14元　个人支付 6,516.46元\n退款账户：[[BANK_CARD|6217155313733004190]]（本人）\n结算日期：[[DATE|2026-11-22]]`,
  ],
  [
    'billing',
    `外籍患者缴费登记｜姓名 [[PERSON|佐藤柚希]]｜日本籍｜护照号 [[PASSPORT|TR4829016]]｜邮箱 [[EMAIL|yuzuki.s@example.jp]]｜门诊号 [[MRN|IN2611-0087]]｜费用 1,860.00元｜支付方式 境外信用卡（尾号4471）｜[[DATE|2026/11/21]]`,
  ],
  [
    'billing',
    `线上缴费记录｜用户名 [[ACCOUNT|xiaolu_mama88]]｜就诊人 [[PERSON|鹿可昕]]｜就诊卡号 [[MRN|JZ77120458]]｜支付卡号 [[BANK_CARD|6228 7567 7072 2767]]｜交易流水 T2611230008471｜金额 286.00元｜[[DATE|2026-11-23]] 10:12`,
  ],
  [
    'online-consult',
    `互联网医院复诊\n就诊人：[[PERSON|阳栖梧]]\n身份证：[[ID_CARD|13010220020228494X]]\n账号：[[ACCOUNT|yrx_0228]]\n登录IP：[[IP|203.0.113.245]]\n问诊编号：[[MRN|WZ2611230041]]\n主诉：痤疮口服异维A酸10 mg qd 3月，口干唇裂。\n医生回复：继续原剂量，严格避孕，[[DATE|12月20日]]复查肝功能和血脂。——[[PERSON|谭]]主任`,
  ],
  [
    'online-consult',
    `[[PERSON|花卷]]妈妈：医生您好，孩子昨天开始拉肚子，一天6次，蛋花样。\n[[PERSON|巩]]医生：体温多少？精神怎么样？尿量有没有减少？\n[[PERSON|花卷]]妈妈：37.8，精神还行，尿也有。\n[[PERSON|巩]]医生：口服补液盐III每次腹泻后喂50～100 ml，继续母乳；如果6小时没有尿、血便或精神差，马上到急诊。`,
  ],
  [
    'online-consult',
    `（电话随访录音转写）护士：您好，请问是[[PERSON|蒯建华]]吗？您预约的是[[DATE|十一月二十六号]]上午的无痛肠镜，前一天晚上开始喝泻药。家属：我是他女儿，他耳朵不好，您以后打我手机吧，[[PHONE|幺三九八九二四八五幺七]]。护士：好的，记下了。`,
  ],
  [
    'patient-message',
    `[[PERSON|雷]]医生您好，我是上周五找您看腰椎的[[PERSON|车晓雯]]，我手机号换了，新号码[[PHONE|15681729743]]，麻烦您帮我在系统里改一下。核磁报告单号[[MRN|MR2611170233]]我拍照发给您了，谢谢！`,
  ],
  [
    'patient-message',
    `表扬信\n尊敬的医院领导：\n我父亲[[PERSON|辛福全]]今年[[AGE|九十三]]岁，[[DATE|十一月十日]]因心衰住进老年病科。护士[[PERSON|小雁]]和[[PERSON|蘅芜]]每天帮他拍背、喂饭，半夜还来看他好几次。特此致谢！\n家属：[[PERSON|辛立民]]\n[[DATE|二〇二六年十一月二十一日]]`,
  ],
  [
    'patient-message',
    `病历复印申请：本人[[PERSON|索玉珍]]，身份证[[ID_CARD|230103196111022486]]，[[DATE|2026年10月]]在贵院乳腺外科住院，现需复印住院病历用于商业保险理赔，请邮寄至[[ADDRESS|哈尔滨市南岗区教化街学府小区3栋2单元602]]，有问题加微信[[ACCOUNT|suoyz_1961]]或发邮件至[[EMAIL|suoyuzhen61@example.cn]]。`,
  ],
  [
    'family-chat',
    `【相亲相爱一家人】\n[[PERSON|阿飞]]：姥姥在五病区17床，今天下午拔了胃管\n妈：我下班过去，车停哪？\n[[PERSON|阿飞]]：地下二层，记得登记车牌[[PLATE|黑A·7M52K]]\n小姨：[[PERSON|项]]主任说周一再复查一次胸片\n妈：好，[[PERSON|阿飞]]你把姥姥医保卡号发群里\n[[PERSON|阿飞]]：[[INSURANCE_ID|23010300713842]]`,
  ],
  [
    'family-chat',
    `【二舅住院陪护群】\n[[PERSON|阿沛]]：今晚我值班，明天谁来换？\n[[PERSON|小雪]]：我来，八点到。二舅那个护工老[[PERSON|蒋]]电话多少？\n[[PERSON|阿沛]]：[[PHONE|15232831663]]\n[[PERSON|小雪]]：停车场要登记车牌吗？\n[[PERSON|阿沛]]：要，报你那辆[[PLATE|苏E·D27519]]就行\n二舅妈：护工费我转了，别忘了问[[PERSON|邹]]医生出院的事`,
  ],
  [
    'sms-reminder',
    `【口腔医院】[[PERSON|原野]]您好，您预约的[[DATE|11月27日]]（周五）14:30种植二期手术，请提前30分钟到达，术前正常进食。改约请点击 [[URL|https://yy.example.cn/r/8KQ2Z]]`,
  ],
  [
    'sms-reminder',
    `【社区卫生服务中心】流感疫苗已到货，60岁以上老人及慢性病患者可免费接种。请于工作日8:00-11:30携带身份证和医保卡到二楼预防接种门诊登记。退订回T`,
  ],
  [
    'cardiac-rehab',
    `心脏康复初始评估\n姓名：[[PERSON|晏国栋]]　性别：男　年龄：70岁\n身份证：[[ID_CARD|120101195610105558]]\n康复编号：[[MRN|CR-26-0419]]\n诊断：前壁心梗PCI术后4周\nCPET：峰值VO2 16.2 ml/kg/min，AT 11.4 ml/kg/min，运动中无心律失常\n运动处方：靶心率102～112次/分，Borg 12～13，每周3次\n陪同：女儿[[PERSON|晏紫涵]] [[PHONE|15034494614]]\n评估日期：[[DATE|2026-11-20]]　治疗师：[[PERSON|隗]]`,
  ],
  [
    'cardiac-rehab',
    `居家步行运动处方：每次先慢走5分钟热身，再以"能说话、不能唱歌"的速度快走20～30分钟，最后慢走5分钟放松；每周至少5天。运动中如出现胸痛、明显气短、头晕，立即停止并含服硝酸甘油，5分钟不缓解拨打120。饭后1小时内、气温低于0℃时不在户外运动。`,
  ],
  [
    'podiatry',
    `足病门诊记录｜[[DATE|2026年11月18日]]｜[[PERSON|眭若葵]]｜女｜37岁｜身份证 [[ID_CARD|360102198906124007]]｜足病号 [[MRN|ZB0317]]｜1型糖尿病20年｜右足第一跖骨头胼胝下溃疡1.2×0.8 cm，Wagner 1级，ABI 1.02，10 g尼龙丝感觉减退｜锐器清创+减压鞋垫｜下次换药 [[DATE|11月25日]]｜足病师 [[PERSON|蔚]]`,
  ],
  [
    'podiatry',
    `糖尿病足日常自查：每晚用镜子看足底和趾缝，有无破皮、水疱、发红；洗脚水温低于37℃，先用手肘试温；趾甲平剪，不剪太深、不挖甲沟；不赤脚走路，穿鞋前先摸一摸鞋里有无异物。发现伤口2天不见好转，请到足病门诊就诊。`,
  ],
  [
    'urodynamics',
    `尿动力学检查报告\n姓名：[[PERSON|聂蕙芷]]　性别：女　年龄：68岁\n身份证：[[ID_CARD|370102195802111664]]\n检查号：[[MRN|UDS-2611-052]]　检查日期：[[DATE|2026.11.19]]\n最大尿流率9.8 ml/s，残余尿120 ml，初感180 ml，最大膀胱容量420 ml；储尿期见逼尿肌无抑制收缩，Pdet.max 38 cmH2O；腹压漏尿点压78 cmH2O。\n结论：混合性尿失禁，以急迫性为主。\n操作：[[PERSON|符]]护士　报告：[[PERSON|欧阳砚舟]]`,
  ],
  [
    'urodynamics',
    `【泌尿外科尿动力室】[[PERSON|司空晏]]先生，您的尿动力检查已约在[[DATE|12月1日]]（周二）9:00，检查号[[MRN|UDS-2612-003]]。请提前3天记录排尿日记，检查当天适度憋尿、无需空腹；服用坦索罗辛者请提前48小时停药。有疑问请联系[[PERSON|符]]护士手机[[PHONE|13337669317]]。`,
  ],
  [
    'breast-screening',
    `两癌筛查登记｜筛查编号 [[MRN|LA2611-0736]]｜[[PERSON|努尔比亚·阿卜杜热合曼]]｜女｜47岁｜身份证 [[ID_CARD|650104197904162402]]｜乳腺超声 BI-RADS 3类｜钼靶 BI-RADS 2类｜6个月后复查超声｜联系电话 [[PHONE|18197250724]]｜筛查日期 [[DATE|11-17]]`,
  ],
  [
    'breast-screening',
    `[[ACCOUNT|向日葵_0612]]：医生，筛查报告说左乳BI-RADS 4A，是不是癌？\n[[PERSON|钮]]主任：4A类恶性可能2%～10%，大多数最后是良性的，建议做穿刺活检明确。\n[[ACCOUNT|向日葵_0612]]：需要住院吗？\n[[PERSON|钮]]主任：空心针穿刺门诊就能做，带上[[DATE|11月16日]]的超声片子来挂乳腺外科。`,
  ],
  [
    'weight-management',
    `体重管理门诊｜[[PERSON|薄砺川]]｜男｜33岁｜档案号 [[MRN|TZ-0915]]｜BMI 34.6，腰围108 cm，ALT 86 U/L｜司美格鲁肽0.5 mg每周一次｜饮食记录APP账号 [[ACCOUNT|bym_run2026]]｜下次随访 [[DATE|2026/12/21]]｜营养师 [[PERSON|芒种]]`,
  ],
  [
    'weight-management',
    `【减重训练营3期】\n[[PERSON|胖丁]]：今天称重82.4，比上周少了1.1！\n[[PERSON|阿鹏]]：厉害，我还卡在95\n[[PERSON|柯]]教练：@[[PERSON|阿鹏]] 把三天饮食记录拍给我\n[[PERSON|胖丁]]：[[PERSON|柯]]教练，周六的线下课在哪？\n[[PERSON|柯]]教练：还是营养科示教室，[[DATE|11月28日]]上午9点`,
  ],
];

const en: Array<[string, string]> = [
  [
    'admission',
    `HISTORY & PHYSICAL — [[DATE|11/22/2026]]\nPatient: [[PERSON|Thaddeus Oyenuga-Lillywhite]]  DOB [[DATE|07/19/1958]]  MRN [[MRN|40718833]]\nAddress: [[ADDRESS|2217 Larkspur Trail, Boise, ID 83706]]\nCC: fever and right flank pain x 2 days. T 39.4, HR 118, lactate 3.1. UA nitrite +.\nA/P: urosepsis — ceftriaxone 2 g IV, 30 mL/kg crystalloid. Wife [[PERSON|Citlali]] at bedside, cell [[PHONE|(208) 555-0147]].\nAttending: Dr [[PERSON|Kininmonth]]`,
  ],
  [
    'admission',
    `Clerked 02:30 [[DATE|21/11/26]]: [[PERSON|Winifred Cadwallader-Pyke]], [[AGE|95]], NHS [[INSURANCE_ID|999 279 8327]], from [[ADDRESS|Flat 3, Bellfounders Court, Whitechapel Lane, Loughborough LE11 2QT]], fall at home, long lie ~6 h, CK 4800, AKI stage 2, 4AT 5. Lives alone, carers qds. NOK great-nephew [[PERSON|Rory Cadwallader]] [[PHONE|07700 900736]]. Plan IV fluids, falls bundle, bed [[MRN|17]] Ward Charnwood. FY1 [[PERSON|K. Adewumi]]`,
  ],
  [
    'admission',
    `ADMISSION | [[PERSON|Jarrah Wirrpanda]] | M | 34 | Medicare [[INSURANCE_ID|3665 62471 2]] | UR [[MRN|R7730145]] | adm [[DATE|22.11.2026]] | cellulitis L leg, IV flucloxacillin 2 g q6h, leg elevated | partner [[PERSON|Skye Mulhall]] [[PHONE|0491 570 153]] | Dr [[PERSON|Tangitau]]`,
  ],
  [
    'progress-note',
    `ICU DAY 4 — [[DATE|23 NOV 2026]]\nBED [[MRN|9]]: [[PERSON|ORCHARDSON-DZIDZORNU, Declan]]\nVENTILATED, FIO2 0.45, PEEP 10. NORAD 0.08. CRP 212 → 140. PLAN: SBT IF FIO2 <0.4. SISTER [[PERSON|BLATHNAID]] UPDATED BY PHONE.\nREG: [[PERSON|A. KIVELÄ]]`,
  ],
  [
    'progress-note',
    `SOAP — [[DATE|2026-11-20]]\nS: bed [[MRN|14]], [[PERSON|Nurul Syafiqah binti Zulkeflee]], 27F, day 5 dengue, abdominal pain better.\nO: HCT 44% (from 47), plt 38, BP 108/70.\nA: critical phase resolving.\nP: oral fluids 2.5 L, FBC bd. Husband [[PERSON|Faizal]] asked about discharge.\n— Dr [[PERSON|Teoh Wei Liang]]`,
  ],
  [
    'progress-note',
    `voice note. this is doctor [[PERSON|ingrid haapaniemi]] dictating on [[DATE|november twentieth twenty twenty six]] for patient [[PERSON|barnaby lumb]] hospital number [[MRN|seven seven three one zero four two]] day two post laparoscopic appendicectomy tolerating diet wound clean plan home tomorrow on oral co-amoxiclav end of note`,
  ],
  [
    'discharge',
    `Dear Dr [[PERSON|Pennycuick]],\nRe: [[PERSON|Morwenna Polkinghorne]], DOB [[DATE|11/03/1949]], NHS [[INSURANCE_ID|9991681361]]\nAddress: [[ADDRESS|Chy-an-Mor, Trewoon Road, Polgooth, St Austell PL26 7BX]]\nAdmitted [[DATE|14/11/2026]] with an exacerbation of COPD; discharged [[DATE|21/11/2026]] on a 5-day prednisolone course and a rescue pack. Please review in 2 weeks.\nYours sincerely,\nDr [[PERSON|Hamish Tresidder]], Respiratory ST5`,
  ],
  [
    'discharge',
    `From: Discharge Hub <discharge.hub@example.org>\nTo: [[EMAIL|keala.keawe@example.net]]\nSubject: Your mother's discharge on Wednesday [[DATE|25 November]]\nDear [[PERSON|Keala]],\nYour mother, [[PERSON|Makana Keawe]], is medically fit and hospital transport is booked for 11:00. Please bring day clothes and her house keys. Her medicines will be delivered to Kalihi Pharmacy. For queries ring ext. 4471.\n[[PERSON|Bronagh Quillinan]]\nDischarge Coordinator`,
  ],
  [
    'discharge',
    `After your knee arthroscopy: keep the dressing on for 5 days and dry; use crutches as needed for the first week; do the straight-leg raises on the sheet three times a day. Expect some swelling for 2–3 weeks. Seek help urgently if the calf becomes hot, painful or swollen, or if you feel short of breath.`,
  ],
  [
    'outpatient',
    `Rheumatology clinic — [[DATE|Nov 18, 2026]]\n[[PERSON|Aurélie Desrosiers-Brisebois]], 52, OHIP [[INSURANCE_ID|7300-763-823]] AB\nPsoriatic arthritis, DAPSA 18. Start adalimumab 40 mg q2w once TB screen back. Husband [[PERSON|Anatole]] present.\nF/u [[DATE|Feb 2027]].\nDr [[PERSON|Xenakis]]`,
  ],
  [
    'outpatient',
    `Well-child visit, age 4 — [[DATE|11/19/2026]]\nPt: [[PERSON|Sefo Havili]]  Member ID [[INSURANCE_ID|WSH88204317]] (Cascade Health Plan)\nGrowth 50th %ile, vision 20/30 OU, DTaP/IPV #5 given. Mom [[PERSON|Nevaeh]] asked about his speech — ASQ normal.\n— Dr [[PERSON|Mwangangi]]`,
  ],
  [
    'outpatient',
    `Re: [[PERSON|Doireann Harkness]], DOB [[DATE|12/07/2003]], [[ADDRESS|Gortnaclohy, Skibbereen, Co. Cork P81 KX47]], MRN [[MRN|H0827714]]\nSeen [[DATE|16th November 2026]] in the young adult diabetes clinic. HbA1c 71 mmol/mol. [[PERSON|Doireann]] has started the pump course and is keen on a hybrid closed loop; we will review her downloads in 6 weeks.\nDr [[PERSON|Fionnuala Hegarty]], Consultant Endocrinologist`,
  ],
  [
    'referral',
    `Dear Dr [[PERSON|Vakalahi]],\nThank you for seeing [[PERSON|Bronwyn Eckersall]] (DOB [[DATE|30/06/1962]]) of [[ADDRESS|Unit 4/18 Banksia Pde, Woy Woy NSW 2256]], Medicare [[INSURANCE_ID|5607 06776 2]], with iron-deficiency anaemia (Hb 96, ferritin 6). She has lost 5 kg since [[DATE|August]]. I would be grateful for a colonoscopy.\nRegards,\nDr [[PERSON|Imogen Stathopoulou]]`,
  ],
  [
    'referral',
    `FAX — Valley Oak Family Medicine\nTo: GI scheduling   Fax: (916) 555-0162   Pages: 4\nRe: [[PERSON|Guadalupe Oyarzábal-Reinholt]], DOB [[DATE|02/09/1971]], member # [[INSURANCE_ID|KPN5538201-01]]\nUrgent: dysphagia to solids, 8 lb weight loss. Please schedule EGD.\nCall back: [[PERSON|Makenna]], MA, ext 212`,
  ],
  [
    'referral',
    `2WW SKIN | [[PERSON|Alasdair Crombie]] | DOB [[DATE|05-Jan-1957]] | NHS [[INSURANCE_ID|9996606457]] | tel [[PHONE|01632 960271]] | 9 mm irregular pigmented lesion L shoulder, changed over 3 months | referring GP Dr [[PERSON|Sunita Jaswal]] | [[DATE|20 Nov 2026]]`,
  ],
  [
    'handover',
    `SBAR — bed [[MRN|12]], [[PERSON|Kristof Rautiainen]]\nS: new AF with RVR 148 at 03:00.\nB: day 2 post right hemicolectomy.\nA: BP 96/58, K 3.3.\nR: metoprolol 2.5 mg IV given per Dr [[PERSON|Hsieh Chien-hung]]; replace K; repeat ECG 06:00. Bed 14 empty — ED sending up a chest pain.`,
  ],
  [
    'handover',
    `WARD 7B BOARD [[DATE|22/11]]\n[[MRN|1]] [[PERSON|HOLLINRAKE, Ottoline]] — NBM for ERCP\n2 — closed (deep clean)\n[[MRN|3]] [[PERSON|RADEBE-HOLMQUIST, Thandiwe]] — [[AGE|91]], delirium, 1:1 sitter\n[[MRN|4]] [[PERSON|D'ARCY, Fintan]] — home today\nNIC: [[PERSON|Providence]]`,
  ],
  [
    'handover',
    `ATMIST 14:52. Age ~60, male, name unknown. T: found collapsed at bus stop 14:10. M: GCS 9, L pupil fixed and dilated. I: nil obvious trauma. S: BP 210/118, HR 52. T: intubated on scene, RSI by Dr [[PERSON|Yeung Sze-wing]]. Bystander [[PERSON|Yusuf Karaduman]] did CPR briefly, contact [[PHONE|07700 900861]].`,
  ],
  [
    'nursing-note',
    `District nursing visit Tues [[DATE|24/11]]. Pt [[PERSON|Gwendolen Threapleton]], [[ADDRESS|27 Ginnel Row, Hebden Bridge HX7 8AP]]. Leg ulcer R gaiter 4 × 3 cm, slough 20%, ABPI 0.9. Two-layer compression reapplied. Daughter-in-law [[PERSON|Shazia]] present. Next visit Fri [[DATE|27/11]]. [[PERSON|L. Nyambura]] RN`,
  ],
  [
    'nursing-note',
    `Home enteral feeding: flush the tube with 30 mL of cooled boiled water before and after each feed and each medicine; sit up at least 30 degrees during the feed and for an hour afterwards; turn the gastrostomy daily once the stoma has healed. Ring the nutrition nurses if the tube blocks, leaks or comes out.`,
  ],
  [
    'nursing-note',
    `Night of [[DATE|22/11/2026]]: [[PERSON|Ptolemy Scrivenor]] in side room [[MRN|2]] unsettled, pulled at NG twice. Haloperidol withheld (QTc 492). Son [[PERSON|Thorfinn]] stayed till 01:00 and asked to be rung if worse: [[PHONE|07700 900239]]. Sitter [[PERSON|Gift]] from 02:00.`,
  ],
  [
    'lab-report',
    `CBC W/ DIFF      Collected [[DATE|11/21/2026]] 05:40\nPatient: [[PERSON|Bartosz Grzybowski]]   MRN [[MRN|20399816]]   Acc# [[MRN|H26-0448172]]\nWBC    1.1    L   (4.0-11.0)\nANC    0.2    LL  (1.5-7.5)\nHgb    8.4    L   (13.5-17.5)\nPlt    22     LL  (150-400)\nCRITICAL ANC called to RN [[PERSON|Odalys]] 06:12, read back.`,
  ],
  [
    'lab-report',
    `Microbiology | [[PERSON|GUMMERSALL, Ebenezer]] | NHS [[INSURANCE_ID|9994116916]] | Lab no. [[MRN|M26.118204]] | CSU received [[DATE|19.11.2026]] | >10^5 cfu/mL E. coli (ESBL) | sensitive: nitrofurantoin, fosfomycin, meropenem | resistant: cefalexin, co-amoxiclav | Authorised: Dr [[PERSON|Kezia Dankwa-Banahene]]`,
  ],
  [
    'lab-report',
    `HISTOPATHOLOGY REPORT\nName: [[PERSON|Stavroula Karkalas-Moore]]   Age: [[AGE|93]]   UR: [[MRN|P4408291]]\nSpecimen: skin, left cheek, excision (received [[DATE|18 Nov 2026]])\nDiagnosis: nodular basal cell carcinoma, margins clear (closest 2 mm).\nPathologist: Dr [[PERSON|Rohan Weerasinghe]]`,
  ],
  [
    'imaging-report',
    `MRI LUMBAR SPINE WITHOUT CONTRAST\nPatient: [[PERSON|Desmond Anigbogu-Lyall]]   MRN [[MRN|33019284]]   Exam date: [[DATE|Nov 20, 2026]]   Accession: [[MRN|MR88120437]]\nComparison: [[DATE|March 2024]].\nFindings: L4-5 broad-based disc protrusion with moderate left foraminal stenosis, new since prior.\nRead by: [[PERSON|Priyanka Ranganathan]], MD`,
  ],
  [
    'imaging-report',
    `CXR PA [[DATE|23/11/2026]] — [[PERSON|Oluwaseun Mbugua-Clore]], hosp no [[MRN|RH7741906]]. Right lower zone consolidation with a small effusion; new compared with the film of [[DATE|2 Oct]]. Reported by Dr [[PERSON|G. Pembridge-Thorburn]]`,
  ],
  [
    'prescription',
    `eRx — sent [[DATE|11/20/26]]\nPatient: [[PERSON|Ignatius Rosewarne]]   DOB: [[DATE|04/23/1944]]\n[[ADDRESS|88 Quail Run Ct, Las Cruces, NM 88011]]   Ph [[PHONE|(575) 555-0121]]\nApixaban 5 mg tab, 1 BID, #60, RF 5\nRx # 7715024 | Prescriber: [[PERSON|Yesenia Caballero]], NP`,
  ],
  [
    'prescription',
    `TTO — [[PERSON|Rhiannon Trefor-Maddocks]] — NHS [[INSURANCE_ID|999 569 7874]] — Ward Teifi bed [[MRN|5]]\nCo-amoxiclav 625 mg tds 5 days\nPrednisolone 30 mg od 5 days\nChecked: [[PERSON|D. ap Hywel]] (pharmacist) [[DATE|20/11/26]]`,
  ],
  [
    'prescription',
    `TAKE ONE CAPSULE THREE TIMES A DAY UNTIL ALL TAKEN\nAMOXICILLIN 500MG CAP   QTY 15\nMR [[PERSON|TUAN VƯƠNG-BRACKENRIDGE]]   [[DATE|21/11/2026]]\nDR [[PERSON|S. KAPOOR]]   RX 118203\nBANKSIA CHEMIST, 12 GREY ST`,
  ],
  [
    'consent',
    `Consent form 1 — [[PERSON|Hawa Abdikarim Jama]]. Procedure: elective caesarean section. Risks explained via Somali interpreter (ID 88314). Passport seen: [[PASSPORT|P01277385]]. Patient signature: [[PERSON|H. A. Jama]]. Clinician: Dr [[PERSON|Eleanor Gyimah]]. Date: [[DATE|19/11/2026]].`,
  ],
  [
    'consent',
    `REFUSAL OF TREATMENT / AMA\nI, [[PERSON|Cornelius van der Westhuizen]] (DOB [[DATE|09/14/1958]], MRN [[MRN|5528417]]), decline admission against medical advice on [[DATE|November 21, 2026]]. The risks, including heart attack and death, have been explained to me.\nWitness: [[PERSON|Ayesha Mukhopadhyay]], RN\nPhysician: Dr [[PERSON|Kipchumba]]`,
  ],
  [
    'consent',
    `Parent/guardian consent — dental rehabilitation under general anaesthesia\nChild: [[PERSON|Mateo Iturbe]]   DOB [[DATE|05/30/2019]]\nParent: [[PERSON|Soledad Iturbe]]   Phone: [[PHONE|(505) 555-0139]]\nSigned [[DATE|11/23/2026]] 07:45   Dentist: Dr [[PERSON|Benedikt Auerbach]]`,
  ],
  [
    'billing',
    `STATEMENT   Date [[DATE|11/20/2026]]\nPatient: [[PERSON|Oksana Tkachenko]]   Acct [[MRN|A-55102938]]\nGuarantor: [[PERSON|Taras Tkachenko]]   SSN [[ID_CARD|987-65-4326]]\nBalance due $412.18   Invoice 2211-08843\nCard on file: VISA [[BANK_CARD|4239 2524 9918 8342]]`,
  ],
  [
    'billing',
    `INVOICE 22-1187\nBill to: [[PERSON|Sebastian Holtby-Sparrow]], [[ADDRESS|6 Tannery Yard, Kendal LA9 4QP]]\n[[EMAIL|sholtbysparrow@example.co.uk]]\nPhysiotherapy x 6 sessions   £390.00\nPaid by Mastercard [[BANK_CARD|5371950266162128]] on [[DATE|18/11/2026]]`,
  ],
  [
    'billing',
    `Statement for [[PERSON|Marama Ruatapu]], [[ADDRESS|PO Box 417, Alice Springs NT 0871]]. Medicare [[INSURANCE_ID|4856 59498 5]]. Out-of-pocket gap $240.00. Paid AMEX [[BANK_CARD|3745 781558 69665]] on [[DATE|19 Nov 2026]]. Receipt 90021.`,
  ],
  [
    'online-consult',
    `[[ACCOUNT|quillfeather_22]]: my 2yo has had a barking cough since last night, no fever\nNurse [[PERSON|Cathaoir]]: any noisy breathing when she's calm?\n[[ACCOUNT|quillfeather_22]]: only when crying\nNurse [[PERSON|Cathaoir]]: that sounds like mild croup. Cool air and fluids; call 999 if she struggles to breathe at rest.\n[session IP [[IP|198.51.100.251]]]`,
  ],
  [
    'online-consult',
    `Video visit [[DATE|2026-11-22]] 18:30 | Patient [[PERSON|Rong Xinyue]] (student) | Chinese ID no. [[ID_CARD|310104200001199825]] | login IP [[IP|203.0.113.29]] | email [[EMAIL|xinyue.rong@example.com]] | Visit # [[MRN|VV-882017]] | dysuria 2 days, afebrile — nitrofurantoin 100 mg bd 5 days to pharmacy | Clinician: Dr [[PERSON|Amadou Koné]]`,
  ],
  [
    'online-consult',
    `eConsult [[MRN|EC-61240]] submitted [[DATE|21 Nov]] by [[PERSON|Freya Torvund]] for her son [[PERSON|Oskar]], 6: itchy rash on both forearms since changing washing powder. Photo: [[URL|https://upload.example.co.uk/ec/61240/img1.jpg]]`,
  ],
  [
    'patient-message',
    `From: [[PERSON|Ngaio Kautai]] <[[EMAIL|ngaio.kautai@example.co.nz]]>\nSubject: Blood test results\nKia ora Dr [[PERSON|Vuletić]],\nI had my bloods done on [[DATE|17 November]] and the portal says "see doctor". Do I need to come in? My new mobile is [[PHONE|0491 570 309]]. I also need a fit-to-fly letter for my flight on [[DATE|2 December]], passport no. [[PASSPORT|LF482096]].\nNgā mihi,\n[[PERSON|Gigi]]`,
  ],
  [
    'patient-message',
    `To [[PERSON|Story]], [[PERSON|Ember]] and everyone on Ward 9 — thank you for looking after Dad ([[PERSON|Albert Bolitho]]) the week he turned [[AGE|100]]! The cake was a triumph. With love, the [[PERSON|Bolitho]] family`,
  ],
  [
    'patient-message',
    `[[ADDRESS|3 Tanyard Steps, Bishop's Castle SY9 5AX]]\n[[DATE|20 November 2026]]\nDear Patient Advice and Liaison Service,\nI am writing about my mother, [[PERSON|Edna Bagshaw]], aged [[AGE|96]], who waited nine hours on a trolley. I was also issued a parking charge although our car, [[PLATE|KX19 RWD]], was registered at reception.\nYours faithfully,\n[[PERSON|Graham Bagshaw]]`,
  ],
  [
    'family-chat',
    `[[PERSON|Duah]] Family 🏥\nAuntie [[PERSON|Afia]]: Grandpa is in bed 22 now, they moved him from AMU\n[[PERSON|Kwadwo]]: I'll bring his glasses and radio tonight\nMum: [[PERSON|Kwadwo]] ask Dr [[PERSON|Awuor]] about the scan result\nAuntie [[PERSON|Afia]]: 🙏🏾`,
  ],
  [
    'family-chat',
    `[[PERSON|Tayvion]]: in the garage level 3, silver Tahoe [[PLATE|LMK-4829]]\n[[PERSON|Kenyatta]]: ok Granny's in room 512, take the east elevators\n[[PERSON|Tayvion]]: is she still with Nurse [[PERSON|Consuela]]?\n[[PERSON|Kenyatta]]: yes till 7`,
  ],
  [
    'sms-reminder',
    `Reminder: [[PERSON|Sławomir]], your echocardiogram is on Thu [[DATE|26 Nov]] at 08:40, Level 2 Cardiology. Reply Y to confirm or change it at [[URL|https://appt.example.com.au/c/Z7Q4]]`,
  ],
  [
    'sms-reminder',
    `Mrs [[PERSON|Blackadder]], you are due your flu and COVID-19 vaccines. Please book at the surgery reception or call during opening hours. Reply STOP to opt out.`,
  ],
  [
    'cardiac-rehab',
    `Cardiac Rehab — Phase III assessment [[DATE|18/11/2026]]\n[[PERSON|Lancelot Dunsmuir-Pratt]], 64, NHS [[INSURANCE_ID|9993058734]], CR no. [[MRN|CR2611-087]]\nPost-CABG x3 (October). ISWT 370 m, resting HR 68, Borg 13 at level 6.\nGoal: walk the dog 30 min daily. Wife [[PERSON|Nnenna]] to join the education session.\nPhysio: [[PERSON|Torunn]]`,
  ],
  [
    'cardiac-rehab',
    `Cardiac rehab session 12/36 — [[DATE|Nov 21]]\n[[PERSON|Waylon Thackray]] | MRN [[MRN|61904477]] | treadmill 2.8 mph, 4% grade, 20 min, peak HR 118, rare PVCs on telemetry | BP pre 132/78, post 146/80 | next session Wed [[DATE|Nov 25]] | exercise physiologist [[PERSON|Tova Greenbaum]]`,
  ],
  [
    'podiatry',
    `PODIATRY | [[PERSON|Bevan Tjakamarra]] | UR [[MRN|T0931554]] | Medicare [[INSURANCE_ID|2471 29117 4]] | high-risk foot, T2DM, previous R hallux amputation | callus debrided L 1st MTPJ, no ulcer | monofilament 4/10 | footwear: refer to pedorthist | next [[DATE|15/12/2026]] | podiatrist [[PERSON|Jemima Nankivell]]`,
  ],
  [
    'podiatry',
    `Hi [[PERSON|Eusebio]], Dr [[PERSON|Hlaváček]]'s podiatry office here. Your ingrown-toenail procedure (L great toe, phenol) is booked for Fri [[DATE|Dec 4]] at 2:15 pm. Wear open-toed shoes. Questions? Text [[PERSON|Maricruz]] (nurse) on her cell [[PHONE|(303) 555-0176]].`,
  ],
  [
    'urodynamics',
    `URODYNAMICS | [[PERSON|Glenys Tullis]] | DOB [[DATE|03.08.1961]] | NHS [[INSURANCE_ID|9999989543]] | study [[DATE|17 Nov 2026]] | Qmax 11 mL/s, PVR 60 mL, first desire 160 mL, MCC 390 mL | urodynamic stress incontinence, no detrusor overactivity | ALPP 92 cmH2O | for MDT re mid-urethral options | [[PERSON|J. Anstruther]], clinical scientist`,
  ],
  [
    'urodynamics',
    `Before your urodynamic test: complete the 3-day bladder diary and bring it with you. Stop oxybutynin, solifenacin or mirabegron 5 days before unless told otherwise. Arrive with a comfortably full bladder. A thin catheter is placed in the bladder and another in the back passage; the test takes about 45 minutes.`,
  ],
  [
    'breast-screening',
    `[[PERSON|Persis Habberfield]]\n[[ADDRESS|9 Wheelwright Close, Melksham SN12 6FD]]\n[[DATE|23 November 2026]]\nDear Ms [[PERSON|Habberfield]],\nYour breast screening mammogram on [[DATE|10 November 2026]] needs further tests. This happens to about 4 in 100 women, and most are not cancer. We have booked you into the assessment clinic on [[DATE|1 December 2026]] at 10:20. Screening no. [[MRN|BS-447120]].\nBreast Screening Office`,
  ],
  [
    'breast-screening',
    `At your screening mammogram: wear a top and trousers or skirt rather than a dress, and do not use talc or spray deodorant on the day. Each breast is pressed between two plates for a few seconds; this can be uncomfortable. Results are posted to you within two weeks.`,
  ],
  [
    'weight-management',
    `Weight Management Clinic — [[DATE|11/17/2026]]\n[[PERSON|Lucinda Strandberg]], 41, MRN [[MRN|WM-204417]]. Wt 241 lb (−9 lb since [[DATE|Sept]]), BMI 39.8. Tirzepatide 7.5 mg weekly, mild nausea. Food-log app user [[ACCOUNT|lucy_walks_41]] shared with clinic. Prior auth ref PA-552019. Dietitian: [[PERSON|Zubair]]`,
  ],
  [
    'weight-management',
    `Weight management group, week 6: aim for half a plate of vegetables, a quarter protein and a quarter starchy food; swap sugary drinks for water; 150 minutes of brisk walking a week. Weigh yourself once a week at the same time. Bring your food diary to next week's session.`,
  ],
];

export function generateDeidHoldout22(): LabelledRecord[] {
  return holdoutRecords('h22', zh, en);
}

export const DEID_HOLDOUT_22_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/labelled/deid-holdout-22.jsonl',
);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const records = generateDeidHoldout22();
  writeFileSync(DEID_HOLDOUT_22_PATH, renderJsonl(records));
  console.log(`wrote ${records.length} records to ${DEID_HOLDOUT_22_PATH}`);
}
