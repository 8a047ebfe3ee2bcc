import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { holdoutRecords, type LabelledRecord, renderJsonl } from './generate-deid.ts';

/**
 * The ROUND-20 fresh held-out de-identification set (data/labelled/deid-holdout-20.jsonl): hand-written
 * snippets with hand-placed spans, marked inline as [[TYPE|text]] (parseMarked strips the marks and
 * records UTF-16 offsets). Written by a separate annotator who did not read the recognizer code and
 * never ran a recognizer on these snippets; it must not be used to tune the recognizers.
 *
 * About four fifths are the everyday documents of a general hospital and the messages of its patients
 * (admission, progress and discharge notes, outpatient notes and letters, referrals, handovers, nursing
 * notes, lab, genetics and imaging reports, prescriptions and labels, consent, billing and insurance
 * papers, online consultations, patient messages and e-mails, family chats and SMS reminders), in new
 * wording and specialties; about a fifth come from settings earlier rounds did not list: stroke units,
 * oral and maxillofacial surgery, sperm banks, laser tattoo removal and gender identity clinics.
 *
 * Identifiers are synthetic: resident IDs carry a valid GB 11643 check character and a region code, sex
 * digit and birth date consistent with the text (15-digit IDs likewise), bank cards a valid Luhn digit,
 * NHS numbers are in the 999 test range with their modulus-11 digit, the Australian Medicare numbers
 * pass their check digit and the OHIP number its Luhn digit; the US SSN is in the 987-65-432x
 * advertising range. Phones are random mainland numbers or fictional ranges (North American 555-01xx,
 * UK 07700 900xxx and 01632 960xxx, Australian 0491 570 xxx); mail and web hosts are example.*; IP
 * addresses come from the documentation ranges.
 *
 * Span conventions are those of data/labelled/deid-holdout-2 to -19 cards; the decisions new in this
 * round are in data/labelled/deid-holdout-20.card.yaml.
 */
const zh: Array<[string, string]> = [
  [
    'admission',
    `消化内科入院记录\n姓名：[[PERSON|邝伟宸]]　性别：男　年龄：65岁\n身份证号：[[ID_CARD|330106196103140151]]\n住院号：[[MRN|XH26112301]]　床号：[[MRN|21]]\n入院日期：[[DATE|2026年11月23日]]（周一）\n主诉：黑便3天，呕血1次。Hb 78 g/L，BUN 14.2 mmol/L，Glasgow-Blatchford 12分，拟急诊胃镜。\n现住址：[[ADDRESS|杭州市西湖区翠柏巷17号2单元503室]]\n联系人：妻子[[PERSON|屠慧珍]]　[[PHONE|15207049797]]\n接诊医师：[[PERSON|覃]]主治`,
  ],
  [
    'admission',
    `[[DATE|11月22日]]夜里11点多，2岁7个月的[[PERSON|闻楚樾]]（家里叫他[[PERSON|铁蛋]]）高热39.6℃后四肢抽搐约2分钟，由妈妈[[PERSON|甄蕴秋]]抱来急诊，到院时已止抽，精神可，咽充血。收入儿科[[MRN|7]]床，住院号[[MRN|EK2611220093]]。妈妈手机[[PHONE|13588756930]]，家住[[ADDRESS|深圳市南山区海鸥湾花园12栋8B]]。接诊：[[PERSON|骆]]医生`,
  ],
  [
    'admission',
    `老年医学科入院｜[[PERSON|陈阿凤]]｜女｜[[AGE|91]]岁｜身份证 [[ID_CARD|350102193509090144]]｜[[DATE|2026.11.21]]入院｜反复跌倒、纳差1月，血钠 121 mmol/L｜既往高血压、骨质疏松｜陪护：孙子[[PERSON|陈屹]] [[PHONE|15142946466]]｜住址 [[ADDRESS|福州市鼓楼区三坊路45号2座101]]｜主管医生 [[PERSON|上官絮]]`,
  ],
  [
    'progress-note',
    `[[DATE|2026-11-22]] 术后第2日病程记录\n[[PERSON|苗]]主任查看患者[[PERSON|庹小兵]]：腹腔镜右半结肠切除术后，体温37.6℃，腹腔引流 60 ml 淡血性，已肛门排气。[[PERSON|苗]]主任意见：拔除胃管，开放流质，继续头孢呋辛 1.5 g q12h，明日复查血常规及CRP。\n记录人：[[PERSON|覃沅芷]]　[[MRN|38]]床`,
  ],
  [
    'progress-note',
    `病程记录/[[DATE|11月21日]] 星期六/[[MRN|4]]床/[[PERSON|帕尔哈提·托合提]]/男/52岁/糖尿病酮症酸中毒第3天/血糖 8.6–12.3 mmol/L，尿酮阴性/胰岛素静脉泵改为皮下基础+餐时方案/住院号 [[MRN|NF26111950]]/医师 [[PERSON|赛乃姆]]`,
  ],
  [
    'progress-note',
    `转科记录\n患者[[PERSON|汤守拙]]，男，78岁，身份证[[ID_CARD|310105480721401]]，因"慢阻肺急性加重、Ⅱ型呼吸衰竭"于[[DATE|2026年11月16日]]入住RICU，无创通气5天后PaCO2由78降至52 mmHg，今日（[[DATE|11月23日]]）转入呼吸科普通病房[[MRN|15]]床继续治疗。\n转出医师：[[PERSON|隗]]医生　转入医师：[[PERSON|官晓彤]]`,
  ],
  [
    'discharge',
    `出院小结\n姓名：[[PERSON|佘雅楠]]　性别：女　年龄：48岁\n身份证号：[[ID_CARD|12010419780630010X]]　病案号：[[MRN|BA2611172]]\n住院日期：[[DATE|2026-11-12]] 至 [[DATE|2026-11-20]]\n出院诊断：子宫多发肌瘤，腹腔镜全子宫切除术后\n出院医嘱：3个月内禁盆浴及性生活；术后1月妇科门诊复查。\n家庭住址：[[ADDRESS|天津市南开区榕苑道惠丰里8号楼3门202]]\n医师：[[PERSON|冼]]医生`,
  ],
  [
    'discharge',
    `心衰出院后注意事项：每天早晨排尿后、早餐前称体重并记录，3天内增加超过2公斤请及时就诊；每日饮水不超过1500毫升；低盐饮食，每天食盐不超过5克；按时服用利尿剂，不要自行停药；夜间不能平卧或脚踝明显肿胀请来院复查。`,
  ],
  [
    'discharge',
    `出院通知：[[MRN|12]]床[[PERSON|郁金生]]，男，[[AGE|九十二]]岁，身份证号[[ID_CARD|530102193406010133]]，肺部感染好转，定于[[DATE|二〇二六年十一月二十四日]]上午出院，请家属于今日下午办理结账手续。出院后在社区医院继续输液3天，由家庭医生[[PERSON|栗晓东]]随访（[[PHONE|18063866275]]）。`,
  ],
  [
    'outpatient',
    `皮肤科门诊　[[DATE|2026/11/23]] 上午\n[[PERSON|麦棠音]]，女，36岁，身份证[[ID_CARD|440305199008270189]]，门诊号[[MRN|PF-2611-0735]]\n面部红斑、毛细血管扩张2年，遇热加重。诊断：玫瑰痤疮（红斑毛细血管扩张型）。处理：甲硝唑凝胶外用 bid，多西环素 50 mg qd ×8周，严格防晒。\n医生：[[PERSON|皇甫珏]]`,
  ],
  [
    'outpatient',
    `耳鼻喉科门诊　[[DATE|11月20日]]　就诊卡：[[MRN|ER00481275]]\n患者：[[PERSON|梁桂好]]　75岁　身份证号 [[ID_CARD|440104501130520]]\n双耳听力下降3年，纯音测听双侧感音神经性聋（右 58 dB，左 62 dB），鼓室图A型。建议验配助听器，半年后复查。陪同：儿子[[PERSON|梁启邦]]。\n医师：[[PERSON|阚知白]]`,
  ],
  [
    'outpatient',
    `中医内科　[[DATE|2026年11月22日]]（周日）\n[[PERSON|林杉]]，女，29岁，月经后期半年，量少色暗，舌淡苔薄白，脉细弦。证属血虚肝郁。方用逍遥散加减，7剂，水煎服，日一剂。医保卡号[[INSURANCE_ID|44030083920571]]。\n医师：[[PERSON|第五]]主任（助诊：[[PERSON|田穗]]）`,
  ],
  [
    'referral',
    `转院申请单\n患者：[[PERSON|雒宏伟]]　男　43岁　身份证号：[[ID_CARD|61010319831102059X]]\n住院号：[[MRN|SG26112006]]\n病情：主动脉夹层（Stanford A型），我院无急诊体外循环条件，经与上级医院心外科[[PERSON|厍]]主任电话沟通同意接收。\n转出时间：[[DATE|2026-11-23]] 04:20　护送医生：[[PERSON|鄢]]医生\n家属：哥哥[[PERSON|雒宏谟]]（[[PHONE|18706328379]]）`,
  ],
  [
    'referral',
    `院内会诊单｜申请科室：骨科｜[[MRN|26]]床｜[[PERSON|赖秋芜]]｜女｜34岁｜住院号 [[MRN|GK26111834]]｜会诊目的：胫骨平台骨折术后第4天，情绪低落、拒食，请精神科评估｜申请医师：[[PERSON|禹]]医生，分机 6203，呼机 412｜[[DATE|2026-11-21]] 10:05`,
  ],
  [
    'referral',
    `社区糖尿病视网膜病变筛查转诊单\n姓名：[[PERSON|郎淑华]]　女　69岁　身份证：[[ID_CARD|410105195702280120]]\n眼底照相：双眼重度非增殖期病变，右眼黄斑水肿。\n转往：市第二人民医院眼科　转诊日期：[[DATE|2026年11月19日]]\n住址：[[ADDRESS|郑州市金水区丰产路街道农科巷6号院3号楼1单元4层]]\n签名：社区医生[[PERSON|耿彦]]`,
  ],
  [
    'handover',
    `产房交班　[[DATE|11/23]] 夜→白\n床｜产妇｜情况\n[[MRN|1]]｜[[PERSON|尤珈瑜]]｜G1P0 39+5周，宫口开6 cm，胎心正常\n2｜空｜—\n[[MRN|3]]｜[[PERSON|帖木儿·娜仁]]｜产后2小时，出血 350 ml，宫缩好\n[[MRN|4]]｜[[PERSON|缪春燕]]｜瘢痕子宫，等待二次评估\n交班助产士：[[PERSON|阿斯娅]]　接班：[[PERSON|聂]]老师`,
  ],
  [
    'handover',
    `儿科夜班口头交班：[[MRN|6]]床[[PERSON|小苇]]（[[PERSON|柏苇]]）今晚热退了，雾化照常；8床肺炎的小男孩还没登记名字，家长去办手续了；[[MRN|11]]床[[PERSON|鹿听澜]]腹泻好转，明天出院。他妈妈问能不能把奶奶也收在9床——不行，9床留给急诊。——[[PERSON|殷]]护士交[[PERSON|乔欢]]，[[DATE|2026年11月23日]]早8点`,
  ],
  [
    'handover',
    `急诊留观交班 [[DATE|11月22日]]\n留观[[MRN|3]]：[[PERSON|蒋德水]]，男，67岁，上消化道出血，Hb 72→69，已配血。\n留观4：无名氏，女，约50岁，路人送来，低血糖昏迷，推糖后清醒但拒说姓名。\n留观[[MRN|5]]：[[PERSON|柯]]姐（[[PERSON|柯曼玲]]），哮喘发作，雾化后好转。其女儿在留观6陪另一位亲属，不在我科登记。\n交：[[PERSON|单]]医生　接：[[PERSON|游子衡]]`,
  ],
  [
    'nursing-note',
    `护理评估记录　[[DATE|2026年11月20日]] 10:30\n[[MRN|17]]床　[[PERSON|蔺凤英]]　女　[[AGE|94]]岁\nMorse跌倒评分 65分（高危），Braden 13分，骶尾部皮肤完整。已上双侧床栏，床头挂防跌倒标识，告知保姆[[PERSON|小方]]夜间如厕必须陪同。\n责任护士：[[PERSON|斯琴]]`,
  ],
  [
    'nursing-note',
    `造口护理宣教：更换造口袋时先用温水清洁周围皮肤，不要用酒精；底盘开口比造口大1–2毫米；袋内排泄物达到三分之一时应排放；如造口颜色发黑、回缩或周围皮肤破溃，请及时到造口门诊就诊。`,
  ],
  [
    'nursing-note',
    `PICC维护记录\n姓名：[[PERSON|喻小梅]]　身份证号：[[ID_CARD|520102196904220266]]　导管置入日期：[[DATE|2026-10-30]]\n维护日期：[[DATE|2026-11-20]]　臂围 26 cm（置管时 25.5 cm），外露 2 cm，穿刺点无红肿，冲封管通畅，更换透明敷料及接头。\n下次维护：[[DATE|11月27日]]（周五）\n患者手机：[[PHONE|19947515804]]　维护护士：[[PERSON|桑吉卓玛]]`,
  ],
  [
    'lab-report',
    `血气分析报告\n姓名 [[PERSON|蓬文远]]　[[AGE|九十一]]岁　床号 [[MRN|2]]　标本号 [[MRN|XQ26112302]]　采样 [[DATE|2026-11-23]] 05:40\n项目　　结果　　参考\npH　　　7.21　　7.35–7.45\nPaCO2　 68　　　35–45 mmHg\nPaO2　　58　　　80–100 mmHg\nHCO3-　 26.4　　22–27 mmol/L\nLac　　 1.9　　 0.5–1.6 mmol/L\n检验：[[PERSON|麻]]老师　审核：[[PERSON|令狐]]主任`,
  ],
  [
    'lab-report',
    `基因检测报告　报告编号：[[MRN|GT2611-00358]]\n受检者：[[PERSON|费晓岚]]　女　53岁　身份证号 [[ID_CARD|50010619730506048X]]\n样本：外周血　收样日期：[[DATE|2026年11月9日]]　报告日期：[[DATE|2026年11月21日]]\n结果：BRCA2 c.5164_5165del 杂合，致病性变异。建议遗传咨询，一级亲属检测。\n审核：[[PERSON|巩昕]]`,
  ],
  [
    'lab-report',
    `微生物检验｜标本号 [[MRN|WS2611-44102]]｜患者 [[PERSON|阿依夏木]]｜[[MRN|23]]床｜送检 [[DATE|11月18日]]｜中段尿培养：大肠埃希菌 >10^5 CFU/ml，ESBL阳性，对美罗培南、阿米卡星敏感，对头孢曲松耐药｜报告 [[DATE|11月21日]]｜检验者 [[PERSON|阿拉坦]]`,
  ],
  [
    'imaging-report',
    `胸部CT平扫　影像号：[[MRN|CT00927716]]\n患者：[[PERSON|符继业]]　男　62岁　检查日期：[[DATE|2026-11-19]]\n右肺上叶尖段见一实性结节，大小约 1.4×1.1 cm，分叶，边缘毛刺，与[[DATE|2025年3月]]片比较增大（原 0.8 cm）。纵隔未见肿大淋巴结。Lung-RADS 4B。\n报告医师：[[PERSON|郜]]医生　审核：[[PERSON|淳于蘅]]`,
  ],
  [
    'imaging-report',
    `超声心动图报告\n姓名：[[PERSON|简永康]]　男　[[AGE|90]]岁　检查号：[[MRN|UCG-2611-0218]]　日期：[[DATE|11月22日]]\n左房增大（45 mm），左室舒张末径 58 mm，LVEF 38%（Simpson法），二尖瓣中度反流，肺动脉收缩压 46 mmHg。\n诊断医师：[[PERSON|蓝]]医生`,
  ],
  [
    'prescription',
    `门诊处方　普通\n姓名：[[PERSON|符秀娥]]　女　57岁　医保卡号：[[INSURANCE_ID|460100B88214067]]\n开具日期：[[DATE|2026.11.23]]\nRp：苯磺酸氨氯地平片 5 mg×28片　sig 5 mg qd\n　　阿托伐他汀钙片 20 mg×28片　sig 20 mg qn\n医师：[[PERSON|隋]]医生　审核药师：[[PERSON|党小琴]]　发药：窗口3`,
  ],
  [
    'prescription',
    `中药代煎配送单\n患者：[[PERSON|龚镜湖]]　处方日期：[[DATE|2026年11月21日]]\n处方：黄芪30 g、党参15 g、白术12 g、茯苓15 g、炙甘草6 g……共7剂，代煎，每剂2袋\n配送地址：[[ADDRESS|沈阳市和平区南五马路98号1-3-2]]\n收件人：[[PERSON|龚镜湖]]　[[PHONE|18156292459]]\n医师：[[PERSON|司马晨]]`,
  ],
  [
    'prescription',
    `第二类精神药品处方\n患者：[[PERSON|卢德馨]]　男　81岁　身份证号 [[ID_CARD|210102194412050115]]\n诊断：顽固性失眠　Rp：唑吡坦片 10 mg×7片 sig 5 mg qn\n日期：[[DATE|2026-11-22]]　医师：[[PERSON|邬]]医生　调配：[[PERSON|贝小羽]]`,
  ],
  [
    'consent',
    `麻醉知情同意书\n患儿姓名：[[PERSON|牟一棹]]　年龄：5岁　住院号：[[MRN|EW26112115]]\n拟行手术：双侧腺样体+扁桃体切除术（全身麻醉）\n麻醉风险：呼吸道梗阻、喉痉挛、术后恶心呕吐等，已详细告知。\n监护人签字：[[PERSON|牟海峤]]（父亲）　电话：[[PHONE|15954197962]]\n麻醉医师：[[PERSON|仲]]医生　[[DATE|2026年11月22日]]`,
  ],
  [
    'consent',
    `病危通知书\n[[PERSON|卫庚年]]（男，74岁，身份证号[[ID_CARD|230103195208180232]]，[[MRN|9]]床）因重症肺炎、感染性休克，病情危重，随时可能危及生命。\n家属已知晓并签字。签字人：[[PERSON|卫屹]]（儿子）　电话[[PHONE|17735300217]]\n日期：[[DATE|二〇二六年十一月二十一日]]　医师：[[PERSON|逄]]医生`,
  ],
  [
    'consent',
    `自动出院告知书：患者[[PERSON|龙桂兰]]，身份证号码[[ID_CARD|420102460902514]]，经充分告知停止治疗可能导致病情加重甚至死亡的风险后，本人及丈夫[[PERSON|骆德发]]坚持要求自动出院，后果自负。患者签名：[[PERSON|龙桂兰]]　[[DATE|11月23日]]`,
  ],
  [
    'billing',
    `住院费用结算单\n姓名：[[PERSON|闫秀芝]]　住院号：[[MRN|JS26110879]]　医保号：[[INSURANCE_ID|SD3702E0884152]]\n住院日期：[[DATE|2026.11.03]]–[[DATE|2026.11.19]]\n总费用 48,216.70　统筹支付 31,004.20　个人支付 17,212.50　预交金 20,000.00\n退款 2,787.50 元退至 [[BANK_CARD|6217006787611354127]]\n结算员：0517　结算单号 JS0051728`,
  ],
  [
    'billing',
    `发票重开申请\n您好，我是患者[[PERSON|羿帆]]，[[DATE|11月2日]]门诊缴费发票抬头开错了，需改为单位抬头（统一社会信用代码另附）。就诊卡号 [[MRN|MZ2207341]]。开票证件为护照[[PASSPORT|E71928364]]。新发票请发到邮箱 [[EMAIL|yifan.work@example.cn]]，谢谢。`,
  ],
  [
    'billing',
    `网上缴费记录｜用户：[[ACCOUNT|橘子汽水1995]]｜患者：[[PERSON|侯晓帆]]｜[[DATE|2026-11-22]] 21:14｜检验费 365.00｜支付卡 [[BANK_CARD|6222 0283 1089 5503]]｜流水号 WX202611222114067`,
  ],
  [
    'online-consult',
    `互联网医院复诊记录\n患者：[[PERSON|裘朗]]　男　31岁　身份证号：[[ID_CARD|370202199507150170]]\n账号：[[ACCOUNT|qiulang_sea]]　IP：[[IP|203.0.113.162]]\n时间：[[DATE|2026/11/22]] 20:40　哮喘随访，ACT 22分，继续布地格福吸入。\n接诊：[[PERSON|苑]]医生`,
  ],
  [
    'online-consult',
    `【图文问诊】\n家长（[[PERSON|桃桃]]妈妈）：医生，孩子昨天开始拉肚子，一天6次，水样，没有血\n[[PERSON|逯]]医生：孩子多大？精神怎么样？尿量有没有减少？\n家长（[[PERSON|桃桃]]妈妈）：1岁3个月，精神还行，尿比平时少一点\n[[PERSON|逯]]医生：先按说明喝口服补液盐Ⅲ，少量多次；如果6小时没尿、精神差或便血，马上去急诊。\n问诊编号 [[MRN|TW26112208817]]　[[DATE|11月22日]]`,
  ],
  [
    'online-consult',
    `电话问诊录音转写（[[DATE|2026年11月21日]]）\n医生：您好，请说一下患者姓名和回拨号码。\n患者：我叫[[PERSON|何四海]]，四海的四，四海的海，电话是[[PHONE|幺八九三八零幺七六二零]]。\n医生：好的何先生，您说的头晕是什么时候开始的？\n患者：前天早上起床，一转头就晕，一分钟左右就好了。\n医生：听起来像耳石症，建议到耳鼻喉科或神经内科做复位。`,
  ],
  [
    'patient-message',
    `[[PERSON|酆]]医生您好！我是[[DATE|11月10日]]在您那儿做甲状腺穿刺的[[PERSON|阮湘君]]，当时留的电话[[PHONE|18722232239]]换号了，新号码是[[PHONE|18092402914]]，结果出来麻烦打新号，谢谢！`,
  ],
  [
    'patient-message',
    `致院长信箱：\n本人[[PERSON|狄振国]]，[[DATE|11月17日]]陪母亲[[PERSON|宋玉珍]]（[[AGE|九十]]岁）在门诊抽血，排队近两小时，无老人优先窗口。建议增设老年人绿色通道。\n联系方式：[[EMAIL|dizhenguo@example.com.cn]]\n[[PERSON|狄振国]]　[[DATE|二〇二六年十一月十九日]]`,
  ],
  [
    'patient-message',
    `护士长您好，我妈[[PERSON|晏秀珍]]周五出院，我在外地（[[ADDRESS|南宁市兴宁区朝阳路双拥里88号7栋1603]]），能不能把出院小结和发票快递到这个地址？我是她女儿[[PERSON|仇敏]]，身份证[[ID_CARD|450102199912240203]]，微信[[ACCOUNT|chouchou_nn99]]。`,
  ],
  [
    'family-chat',
    `【外婆住院群】\n[[PERSON|小栩]]：外婆转到康复科了，还是靠窗那床\n舅舅：我下午去，开[[PLATE|苏A·3F7D2]]，停医院东门\n[[PERSON|小栩]]：舅舅别忘了带外婆的假牙\n妈妈：[[PERSON|小栩]]你问问[[PERSON|阎]]护士周末能不能探视\n[[PERSON|小栩]]：好的👌`,
  ],
  [
    'family-chat',
    `[[PERSON|有粮]]：爸的医保卡号发我一下，我在手机上挂号\n[[PERSON|荞麦]]：[[INSURANCE_ID|310000C58104429]]\n[[PERSON|有粮]]：收到，挂的[[DATE|11月26日]]上午心内科\n[[PERSON|荞麦]]：我那天请假陪，车牌[[PLATE|沪AF02917]]的那辆新能源我开走了哈`,
  ],
  [
    'sms-reminder',
    `【某区中心医院】[[PERSON|房]]女士您好，您预约的[[DATE|11月25日]]（周三）14:30骨密度检查，请携带身份证按时到门诊三楼。取消或改约：[[URL|https://yy.example.cn/c/Wq7Lp3]]。回复TD退订`,
  ],
  [
    'sms-reminder',
    `【疾控中心】温馨提示：本周六起社区卫生服务中心提供流感疫苗接种，60岁以上老人可免费接种，请携带身份证和医保卡，接种后需留观30分钟。`,
  ],
  [
    'stroke-unit',
    `卒中单元静脉溶栓记录\n患者：[[PERSON|盖建中]]　男　71岁　身份证（旧）：[[ID_CARD|510104550317847]]\n卒中登记号：[[MRN|CZ-2026-11-0418]]\n最后正常时间：[[DATE|2026-11-23]] 06:10（妻子[[PERSON|岳淑芬]]目睹发病）\n到院 07:02，NIHSS 11分，CT未见出血；07:31 静推替奈普酶 16 mg（DNT 29分钟）。\n24小时NIHSS 4分。\n溶栓医生：[[PERSON|钮]]医生　卒中护士：[[PERSON|伊帆]]`,
  ],
  [
    'stroke-unit',
    `卒中后吞咽安全提示：进食时坐直，头稍前倾；食物做成糊状，每口一小勺，确认咽下后再喂下一口；饭后保持坐位30分钟；出现呛咳、声音湿润或发热时暂停经口进食并告知护士。`,
  ],
  [
    'maxillofacial',
    `口腔颌面外科入院记录\n姓名：[[PERSON|敖国栋]]　男　25岁　身份证：[[ID_CARD|430104200101190155]]\n住院号：[[MRN|HM26112207]]　入院：[[DATE|2026年11月22日]]\n骑电动车摔伤致下颌骨颏部及左侧髁突骨折，咬合紊乱，张口一指半。拟行切开复位钛板内固定+颌间牵引。交警事故编号 2026110043。\n紧急联系人：女友[[PERSON|邵可人]]　[[PHONE|15823524746]]\n主刀：[[PERSON|欧阳]]教授`,
  ],
  [
    'maxillofacial',
    `颌面外科门诊复诊｜[[DATE|11-20]]｜[[PERSON|叶思彤]]（小名[[PERSON|豆沙]]）｜女｜9岁｜唇腭裂术后语音评估，腭咽闭合不全，建议语音训练3个月｜门诊号 [[MRN|KM-0731558]]｜家长：妈妈[[PERSON|叶蕾]] [[PHONE|19865349051]]｜医生 [[PERSON|支]]医生`,
  ],
  [
    'sperm-bank',
    `人类精子库供精者登记\n供精者编号：[[MRN|JZK-2611-0097]]\n姓名：[[PERSON|晁启泓]]　40岁　身份证号：[[ID_CARD|340104198603030133]]\n初筛日期：[[DATE|2026-11-18]]　精液常规：浓度 86×10^6/ml，前向运动 52%，冷冻复苏率合格，冻存12管（批号 DJ2611-07）。\n传染病及染色体检查待回报，预约复查：[[DATE|12月16日]]。\n联系：[[PHONE|16666723030]]　工作人员：[[PERSON|春分]]`,
  ],
  [
    'sperm-bank',
    `捐精须知：年龄22–45周岁、身体健康的男性公民可申请；须完成传染病和遗传病筛查；每位供精者的精液最多只能使5名妇女受孕；捐精前禁欲2–7天；所有个人信息严格保密，受者与供者互盲。`,
  ],
  [
    'tattoo-removal',
    `激光祛文身治疗记录\n姓名：[[PERSON|荆皓]]　男　31岁　就诊卡号：[[MRN|PK0034418]]\n部位：左前臂，文字文身"[[PERSON|林小语]]"（前女友姓名），黑色，约 8×3 cm。\n第3次治疗：[[DATE|2026年11月21日]]，皮秒1064 nm，能量 2.8 J/cm²，光斑 4 mm；术前照片编号 [[MRN|ZP-2611-2281]]。\n已付：银行卡[[BANK_CARD|6230587533030613531]]\n下次治疗：[[DATE|2027年1月]]　操作医生：[[PERSON|弓]]医生`,
  ],
  [
    'tattoo-removal',
    `[[PERSON|阿凯]]：你好，我想洗掉脖子后面的文身，大概硬币大小，要几次？\n客服[[PERSON|阿橙]]：您好，一般4–8次，每次间隔6–8周，需要医生面诊评估。\n[[PERSON|阿凯]]：那约[[DATE|12月2日]]周三下午\n客服[[PERSON|阿橙]]：已为您登记，请加医生助理微信 [[ACCOUNT|pifuke_zhuli08]] 确认。`,
  ],
  [
    'gender-clinic',
    `性别认同门诊记录\n就诊者：[[PERSON|沈亦湄]]（身份证登记姓名[[PERSON|沈建伟]]），出生登记性别男，自我认同女性，26岁。\n门诊号：[[MRN|XB-2611-0042]]　就诊日期：[[DATE|2026-11-20]]\n既往两家医院诊断性别焦虑；本次评估无精神病性症状，家庭支持可（母亲[[PERSON|冯秀兰]]陪同）。\n下次复诊：[[DATE|2027年2月]]　医师：[[PERSON|汝]]医生`,
  ],
  [
    'gender-clinic',
    `诊断证明书（用于户籍性别变更材料）\n兹有[[PERSON|葛晴遥]]，身份证号[[ID_CARD|320102199209300244]]，于[[DATE|2025年6月]]在我院行性别重置手术，术后恢复良好，现社会性别为女。\n原用名：[[PERSON|葛振宇]]\n特此证明。医师：[[PERSON|展]]医生　[[DATE|2026年11月23日]]`,
  ],
];

const en: Array<[string, string]> = [
  [
    'admission',
    `ADMIT NOTE | [[DATE|11/22/2026]] 19:05 | Pt: [[PERSON|Marisol Yupanqui-Ccorimanya]] | 44F | MRN [[MRN|51730946]] | CC epigastric pain radiating to back x1 day | lipase 2,840, TG 1,950 | Dx hypertriglyceridemia-induced pancreatitis, BISAP 1 | insulin gtt started | Lives at [[ADDRESS|602 Piñon Mesa Dr, Santa Fe, NM 87505]] | Sister [[PERSON|Xochitl]] [[PHONE|(505) 555-0128]] | Admitting hospitalist Dr [[PERSON|Ikejiani-Lestrade]]`,
  ],
  [
    'admission',
    `Surgical clerking [[DATE|21/11/2026]], 02:30\nPC: [[AGE|92]] y/o man, abdominal distension, not opened bowels 4 days.\nName: [[PERSON|Pieter van den Heuvel]]   NHS No: [[INSURANCE_ID|999 356 3897]]\nAXR: coffee-bean sign — sigmoid volvulus. Plan: flexible sigmoidoscopy decompression, flatus tube.\nLives with wife [[PERSON|Griet]] at [[ADDRESS|3 Tithe Barn Close, Saffron Walden CB11 4PD]]. Tel [[PHONE|01632 960583]].\nClerked: [[PERSON|M. Gorrie-Amissah]], CT1`,
  ],
  [
    'admission',
    `MENTAL HEALTH ADMISSION — involuntary, [[DATE|22/11/2026]]\nConsumer: [[PERSON|Kalinda Yarrabee]]   DOB [[DATE|17/05/1998]]   UR [[MRN|3318264]]\nMedicare [[INSURANCE_ID|3352 60719 3]]\nBrought by police after two days without sleep, pressured speech, believes she is being "recorded by the TV". No substance use reported. Bed [[MRN|12]], Banksia Unit.\nSupport person: brother [[PERSON|Corey]] [[PHONE|0491 570 927]]`,
  ],
  [
    'progress-note',
    `ICU DAILY REVIEW — DAY 6 — [[DATE|23 NOV 2026]]\nBED [[MRN|8]]  [[PERSON|MACRITCHIE, Ishbel]]\nNEURO: RASS -1, off propofol.  RESP: PSV 10/5, FiO2 0.35, P/F 240 — SBT today.\nCVS: off noradrenaline since 0400.  RENAL: UO 0.8 ml/kg/h, Cr 142.\nID: day 5 pip-taz for VAP.  PLAN: extubate if SBT passes; update husband [[PERSON|Calum]] by phone.\nCONS: Dr [[PERSON|Quaresma-Bjørnstad]]`,
  ],
  [
    'progress-note',
    `Ward round, Tuesday [[DATE|24 Nov]]\nRm [[MRN|5]] Mrs [[PERSON|Bernadette Culligan]] — cellulitis L leg improving, switch to oral fluclox, home tomorrow.\nRm 6 — side room, empty (awaiting clean).\nRm [[MRN|7]] Mr [[PERSON|TSANG Wing Kei]] — CAP, interpreter (Cantonese) booked for family meeting 3pm; son [[PERSON|Tsang Ho Yin]] attending.\nSpR [[PERSON|Adegoroye]]`,
  ],
  [
    'progress-note',
    `dictation begins. this is doctor [[PERSON|Halvorsrud]] dictating a progress note for [[PERSON|Rose Ann Tiernan]], medical record number [[MRN|four four one nine zero six two]], date of service [[DATE|november twenty second twenty twenty six]]. patient is day two after right total knee replacement, pain controlled, walked twenty metres with physio, wound dry. plan continue aspirin one hundred fifty milligrams daily for thirty five days. end of dictation.`,
  ],
  [
    'discharge',
    `After your tonsillectomy: eat normal food as soon as you can, as this helps healing; take regular paracetamol and ibuprofen for the first week; some ear pain is normal; small specks of blood can be normal, but if you spit out more than a teaspoon of blood go straight to the nearest emergency department.`,
  ],
  [
    'discharge',
    `[[DATE|23rd November 2026]]\n\nDear Dr [[PERSON|Ó Cearbhaill]],\n\nRe: [[PERSON|Séamus Ó Conghaile]], DOB [[DATE|09/01/1957]], MRN [[MRN|0884317]]\n[[ADDRESS|Cnoc na Gaoithe, Spiddal, Co. Galway H91 X2T6]]\n\n[[PERSON|Séamus]] was admitted on [[DATE|16th November]] with a non-ST-elevation MI and had a drug-eluting stent to the circumflex on [[DATE|18th November]]. He is discharged on ticagrelor 90 mg bd for 12 months, aspirin 75 mg, atorvastatin 80 mg and bisoprolol 2.5 mg. Cardiac rehabilitation referral made.\n\nIs mise le meas,\nDr [[PERSON|Caoimhe Ní Ghallchóir]], Cardiology Registrar`,
  ],
  [
    'discharge',
    `From: Discharge Coordinator <dc-4north@example.org>\nSubject: Discharge summary — [[PERSON|Harlan Peabody-Rusk]]\nPatient [[PERSON|Harlan Peabody-Rusk]] (MRN [[MRN|72260418]]) was discharged [[DATE|Nov 21, 2026]] after a COPD exacerbation. Home O2 2 L via NC arranged; PCP follow-up on [[DATE|Dec 1]]. His daughter [[PERSON|Kelsey]] will manage meds; reach her at [[PHONE|(717) 555-0134]] or [[EMAIL|kelsey.rusk@example.com]].\n—\n[[PERSON|Yvonne Zandbergen]], RN BSN | Discharge Coordinator, 4 North | ext. 3392`,
  ],
  [
    'outpatient',
    `Dermatology Clinic — [[DATE|2026-11-19]]\nPatient: [[PERSON|Anh Thư Lê]]   OHIP: [[INSURANCE_ID|6854 137 038]] AB\nHx: 3-month itchy rash on both hands, works as a hairdresser. Patch testing positive to PPD and nickel. Dx: allergic contact dermatitis. Plan: nitrile gloves, clobetasol 0.05% bid x2 weeks then taper.\nFollow-up [[DATE|January 2027]]. — Dr [[PERSON|Gaurav Thirunavukkarasu]]`,
  ],
  [
    'outpatient',
    `ENDOCRINOLOGY NEW PATIENT VISIT  [[DATE|11/20/26]]\nName: [[PERSON|DeShawn Merriwether-Coles]]   DOB: [[DATE|04/11/1986]]   Member ID: [[INSURANCE_ID|XQH829047716]]\nReferred by Dr. [[PERSON|Goodeve]] for TSH <0.01, FT4 3.9; TRAb positive. Dx Graves disease. Start methimazole 20 mg daily, propranolol 20 mg tid. Labs in 4 weeks.\nSeen by: [[PERSON|Oluwaseun Adesokan-Yoon]], MD`,
  ],
  [
    'outpatient',
    `Neurology Outpatients\n[[ADDRESS|Flat 2, 17 Mowbray Road, Penarth CF64 2HX]]\n[[DATE|20 November 2026]]\n\nDear Mrs [[PERSON|O'Flaherty]],\n\nI saw you in clinic today with your husband [[PERSON|Fearghal]]. Your headaches sound like chronic migraine with medication overuse. Please stop co-codamol completely and start amitriptyline 10 mg at night, increasing by 10 mg every two weeks to 30 mg. I will see you again in [[DATE|March]].\n\nYours sincerely,\nDr [[PERSON|Rhiannon Gwenlan]], Consultant Neurologist\ncc GP: Dr [[PERSON|Bethan Penrhys-Jenkins]]`,
  ],
  [
    'referral',
    `Dear Orthopaedic Registrar,\nRe: [[PERSON|Huw Tjandra]], DOB [[DATE|22/02/2004]], Medicare [[INSURANCE_ID|4012 22317 3]]\n[[ADDRESS|Unit 4/19 Spinifex Pde, Mawson Lakes SA 5095]]\n[[PERSON|Huw]] injured his R knee playing Aussie rules on [[DATE|14/11/2026]]; positive Lachman, MRI shows complete ACL tear. Please assess for reconstruction.\nCheers,\nDr [[PERSON|Felicity Cheong-Desrochers]], GP`,
  ],
  [
    'referral',
    `FAX COVER — URGENT REFERRAL   To: Pulmonology, fax (919) 555-0199\nPatient: [[PERSON|Augustina Mkhabela-Ralston]]   DOB [[DATE|10/02/1949]]   Phone [[PHONE|(919) 555-0172]]\nInsurance: Piedmont Senior Advantage, member [[INSURANCE_ID|PSA-30927716-01]]\nReason: 2.3 cm spiculated RUL nodule on CT [[DATE|11/16/2026]]; 40 pack-years. Please see within 2 weeks.\nReferring provider: [[PERSON|Trent Galloway-Steeves]], PA-C   [[DATE|11/18/2026]]`,
  ],
  [
    'referral',
    `Suspected cancer referral (lower GI)|Name: [[PERSON|Wilhelmina Threlkeld]]|NHS no. [[INSURANCE_ID|9992260173]]|DOB [[DATE|30-Jan-1955]]|FIT 186 µg/g, IDA (Hb 96, ferritin 8), 6 kg weight loss|Mobile [[PHONE|07700 900219]]|Happy to attend at short notice: yes|Referrer Dr [[PERSON|Kwabena Gyamfi-Darkwa]]|Sent [[DATE|23/11/2026]]`,
  ],
  [
    'handover',
    `LABOUR WARD BOARD — [[DATE|23/11/26]] 08:00\nRm [[MRN|1]]  [[PERSON|SEKHON-CRAIGIE, Simran]]  P0 T+10, IOL, 4 cm, CTG normal\nRm 2  —  empty\nRm [[MRN|3]]  [[PERSON|DANTATA, Hauwa]]  P2, PPH 1.4 L, on syntocinon, Hb 84\nRm 4  —  labouring woman, name not yet confirmed (self-referred, no notes)\nMW in charge: [[PERSON|Loveday]]   Obs reg: Dr [[PERSON|Shabalala]]`,
  ],
  [
    'handover',
    `Oncology night handover [[DATE|22/11]]\nBed [[MRN|11]]: [[PERSON|Ottoline Gathercole]], [[AGE|96]], neutropenic sepsis day 2, temp settled, on meropenem. Granddaughter [[PERSON|Fern]] staying overnight in the chair.\nBed 12: her husband was in this bed last week — now discharged, bed empty.\nBed [[MRN|14]]: [[PERSON|Ignatius Chirwa]], 58, hypercalcaemia, Ca 2.91 after zoledronate.`,
  ],
  [
    'handover',
    `Ambulance handover (ATMIST), Sun [[DATE|22 Nov]] 23:48: male, ~20s, identity unknown — friend at scene says his name is [[PERSON|Dario]]. Time of injury 23:05. Mechanism: fall ~3 m from balcony. Injuries: L wrist deformity, scalp laceration, GCS 14. Signs: HR 104, BP 128/76, RR 18. Treatment: methoxyflurane, splint. Crew 4471.`,
  ],
  [
    'nursing-note',
    `Community nursing visit [[DATE|Nov 19, 2026]] — Client: [[PERSON|Gérard Thériault]], [[ADDRESS|1190 rue Saint-Olivier, Apt 3, Québec QC G1R 1E9]]\nDiabetic foot ulcer R hallux 1.2 × 0.9 cm, no probe to bone; silver alginate + foam. Wife [[PERSON|Lucienne]] manages offloading boot. Next visit Monday. — RN [[PERSON|Marie-Josée Desautels]]`,
  ],
  [
    'nursing-note',
    `Falls incident note [[DATE|21/11/2026]] 03:10 — found Mr [[PERSON|Clement Heseltine]] (bed [[MRN|19]]) sitting on floor beside bed, states he slipped reaching for urinal. No head strike, neuro obs normal x4, no pain on hip movement. Datix submitted. Son [[PERSON|Nigel]] informed 07:00. RN [[PERSON|Blessing Ikwuemesi]]`,
  ],
  [
    'nursing-note',
    `Paeds nursing 14:00 [[DATE|23/11]]: [[PERSON|Matilda Svensson]] ("[[PERSON|Mattie]]"), 4 y, post-op day 1 appendicectomy — eating ice-block, voiding, pain 2/10 (FACES). [[PERSON|Mattie]]'s dad [[PERSON|Sverre]] staying on ward. — [[PERSON|Opal]] RN`,
  ],
  [
    'lab-report',
    `HAEMATOLOGY — FULL BLOOD COUNT\nPatient  [[PERSON|Ffion Iorwerth]]      Hosp No  [[MRN|W9082134]]      Ward  Cardigan\nCollected  [[DATE|22/11/2026]] 07:50\nHb          71    (115–165 g/L)   L\nWCC         38.4  (4.0–11.0)      H\nPlt         19    (150–400)       L\nBlasts present on film — referred to haematologist Dr [[PERSON|Seldon]].`,
  ],
  [
    'lab-report',
    `GENETIC TEST REPORT   Accession [[MRN|GX-26-118402]]\nPatient: [[PERSON|Rebekah Stoltzfus]]   DOB [[DATE|03/27/1991]]   Sex F\nIndication: family history (sister [[PERSON|Tirzah]], hypertrophic cardiomyopathy)\nResult: MYBPC3 c.1504C>T (p.Arg502Trp), heterozygous — Pathogenic.\nReceived [[DATE|11/04/2026]]; reported [[DATE|11/20/2026]]. Signed: [[PERSON|Horace Bramley-Oyedepo]], PhD, FACMG`,
  ],
  [
    'lab-report',
    `Urine culture — Name: [[PERSON|O'KEEFFE, Brendan]]  Hosp no [[MRN|D7734115]]  Age [[AGE|97]]  Sample [[DATE|20/11/2026]]\n>10^5 CFU/ml Klebsiella pneumoniae; ESBL detected. Sensitive: nitrofurantoin, fosfomycin, meropenem. Resistant: co-amoxiclav, ceftriaxone, trimethoprim.\nAuthorised by [[PERSON|E. Hanratty]], Clinical Scientist`,
  ],
  [
    'imaging-report',
    `MRI LUMBAR SPINE WITHOUT CONTRAST\nPt: [[PERSON|Thaddeus Grabowiecki]]   Acc: [[MRN|MR26-557103]]   Exam: [[DATE|11/21/2026]]\nL4-5: broad-based disc protrusion with right paracentral extrusion compressing the traversing right L5 root. L5-S1: mild facet arthropathy. Compared to [[DATE|June 2023]]: new extrusion.\nInterpreting radiologist: [[PERSON|Priscilla Urquidi]], MD`,
  ],
  [
    'imaging-report',
    `Obstetric ultrasound (dating) — [[DATE|18.11.2026]]\n[[PERSON|Leilani Kamakau]], UR [[MRN|7720155]], LMP [[DATE|4 Sept 2026]]\nSingle live intrauterine pregnancy, CRL 38 mm = 10w5d; EDD by scan [[DATE|11/06/2027]]. Sonographer: [[PERSON|Tamika]]`,
  ],
  [
    'prescription',
    `PBS PRESCRIPTION\nPatient: [[PERSON|Archibald Mundine]]\n[[ADDRESS|27 Spinifex St, Dubbo NSW 2830]]\nMedicare No: [[INSURANCE_ID|2199 80919 4]]\nDate: [[DATE|23/11/2026]]\nApixaban 5 mg tablets, 60, 1 twice daily, repeats 5\nPrescriber: Dr [[PERSON|Yusuf Karadağ]]`,
  ],
  [
    'prescription',
    `RX# 6620917   CORNERSTONE PHARMACY\n[[PERSON|PETRA NOVOTNÁ-WEISS]]\nMETFORMIN ER 500 MG TAB\nTAKE 2 TABLETS BY MOUTH WITH EVENING MEAL\nQTY 60   REFILLS 3   FILLED [[DATE|11/23/2026]]\nDR. [[PERSON|L. ACHEAMPONG]]`,
  ],
  [
    'prescription',
    `TTO — discharge prescription   Ward 22   [[DATE|21/11/26]]\n[[PERSON|Ezra Montefiore]]   NHS [[INSURANCE_ID|9990920761]]   Allergies: penicillin (anaphylaxis)\nDoxycycline 100 mg od, 5 more days\nPrednisolone 30 mg od, 2 more days\nTiotropium 18 mcg inh od (own supply)\nClinically screened: pharmacist [[PERSON|Nnamdi Nduka]]`,
  ],
  [
    'consent',
    `CONSENT TO STORE TISSUE FOR RESEARCH\nI, [[PERSON|Hyacinth Lafontaine-Quartey]] (hospital no. [[MRN|RX4410739]]), agree that tissue left over from my surgery on [[DATE|25/11/2026]] may be stored and used for ethically approved research. I understand I can withdraw at any time.\nSigned: [[PERSON|H. Lafontaine-Quartey]]   Witness: [[PERSON|Obinna Ezeigbo]]   Date: [[DATE|23/11/2026]]\nPerson taking consent: Dr [[PERSON|Lorcan Whelehan]]`,
  ],
  [
    'consent',
    `Contraception consultation — Fraser guidelines documented.\n[[PERSON|Skye Tremayne]], 15, attended alone Thu [[DATE|19 Nov]]. Understands advice; encouraged to tell her mum but declines; will have sex regardless; physical/mental health likely to suffer without contraception; in her best interests. Implant inserted L arm. Safeguarding screen negative.\nClinician: [[PERSON|Nkechi Tunstall]], nurse prescriber`,
  ],
  [
    'consent',
    `Informed consent via interpreter — [[DATE|22 November 2026]]\nPatient: Mr [[PERSON|Yousef bin Khalid Al-Harthi]]   Passport: [[PASSPORT|P8820471]] (Oman)\nProcedure: elective laparoscopic inguinal hernia repair. Risks (bleeding, infection, recurrence, chronic pain) explained in Arabic by interpreter [[PERSON|Rania Saade]]; patient's questions answered.\nSurgeon: Mr [[PERSON|Alasdair Mac an t-Saoir]]`,
  ],
  [
    'billing',
    `EXPLANATION OF BENEFITS — THIS IS NOT A BILL\nMember: [[PERSON|Consuelo Arredondo]]   Subscriber SSN [[ID_CARD|987-65-4321]]   Member ID: [[INSURANCE_ID|UHX-774019283]]   Group 88120\nPatient: [[PERSON|Benicio Arredondo]] (son)   Claim # 2026-1121-55870\nService date: [[DATE|10/30/2026]]   Provider: Lakeshore Pediatrics\nBilled $285.00  Allowed $162.40  Plan paid $129.92  You owe $32.48`,
  ],
  [
    'billing',
    `Receipt — Harbourside Physiotherapy\nClient: [[PERSON|Jago Trewhella]]\nSessions: [[DATE|2 Nov]], [[DATE|9 Nov]], [[DATE|16 Nov]] 2026 @ £55 = £165\nPaid: debit card [[BANK_CARD|4539470030890625]]\nReceipt sent to [[EMAIL|jago.trewhella@example.co.uk]]`,
  ],
  [
    'billing',
    `HOSPITAL ACCOUNT STATEMENT\nPatient: Mrs [[PERSON|Precious Sibanda-Thorley]]   Account no. [[MRN|AC-0933172]]\nMedicare: [[INSURANCE_ID|2505 75110 3]]   Admission [[DATE|03/11/2026]] (private patient election)\nExcess $500.00 paid by Mastercard [[BANK_CARD|5425 7609 6626 6228]]\nPostal address: [[ADDRESS|PO Box 412, Alice Springs NT 0871]]`,
  ],
  [
    'online-consult',
    `SYMPTOM CHECKER → NURSE CHAT   session 88f2c1\nUser [[ACCOUNT|birdie.wren77]] (IP [[IP|198.51.100.57]]) [[DATE|2026-11-23]] 07:12\n[[ACCOUNT|birdie.wren77]]: my 3 month old has a temp of 38.3 and won't feed\nNurse [[PERSON|Trixie]]: Under 3 months any fever needs a doctor today. Please take baby to the ED now.\n[[ACCOUNT|birdie.wren77]]: she's 3 months and a week\nNurse [[PERSON|Trixie]]: Still please go now, and bring her red book.`,
  ],
  [
    'online-consult',
    `Video consultation [[DATE|21/11/2026]] 16:30 — consent to video obtained; patient at home (IP [[IP|203.0.113.208]]).\n[[PERSON|Yevgenia Parfenova]], 38, second-trimester, reports headaches; home BP 148/96. Advised attend maternity triage today for PET bloods; summary sent to [[EMAIL|yevgenia.p@example.com]].\nClinician: Dr [[PERSON|Ingrid Fossum-Takeda]]`,
  ],
  [
    'online-consult',
    `Async e-consult [[MRN|EC-2611-0441]] — photo uploaded to [[URL|https://upload.example.com/p/ec2611-0441]]\nPatient [[PERSON|Lorenzo Zanardelli]] asks: "mole on my back changed shape since summer, is it ok?"\nDermatologist reply ([[DATE|Nov 22]]): asymmetry and two colours in the photo — booked for dermoscopy [[DATE|Nov 30]].`,
  ],
  [
    'patient-message',
    `From: [[PERSON|Winifred Lugsdin]] <[[EMAIL|winnie.lugsdin@example.net]]>\nSent: Monday, [[DATE|23 November 2026]] 09:41\nTo: Fracture Clinic\nSubject: Cast too tight?\n\nHello, my fingers have gone a bit purple since last night (cast put on Friday [[DATE|20 Nov]]). Should I come in? My number is [[PHONE|07700 900874]].\n[[PERSON|Winnie]]\n—\n[[PERSON|Winifred Lugsdin]]`,
  ],
  [
    'patient-message',
    `To Nurse [[PERSON|Winsome]] and everyone on the night shift — thank you for holding my hand when I was scared before theatre on the [[DATE|14th of November]]. You're angels. From [[PERSON|Concepta]] in bed [[MRN|3]] (the one who kept asking for toast!) xx`,
  ],
  [
    'patient-message',
    `[[ADDRESS|58 Whinchat Rise, Helensburgh G84 7QN]]\n[[DATE|19 November 2026]]\n\nPatient Experience Team,\n\nI wish to complain about the care of my father, Mr [[PERSON|Angus Balfour-Gunn]] (CHI withheld; hospital no. [[MRN|G3308471]]), who waited nine hours on a trolley on [[DATE|7 November]]. He is [[AGE|90]] and was not offered a drink for five of those hours, and I received a parking charge for my car, [[PLATE|SV71 KXE]], while I waited with him.\n\nYours faithfully,\n[[PERSON|Morag Crerar]]\n[[PHONE|01632 960741]]`,
  ],
  [
    'family-chat',
    `[[[PERSON|Bhatnagar]] family 🙏]\nNani: beta is Papa still in ward 5?\n[[PERSON|Vihaan]]: yes Nani, bed by the window. Dr [[PERSON|Tuohig]] says angiogram tomorrow\n[[PERSON|Meenal]] didi: I'll bring his dabba at 1\n[[PERSON|Vihaan]]: visiting is 2-8 only didi\n[[PERSON|Meenal]] didi: ok ok, then 2 😅`,
  ],
  [
    'family-chat',
    `[[PERSON|Ioane]]: Mom's discharge got pushed to Wed [[DATE|11/25]]\n[[PERSON|Sina]]: ugh ok. I'll pick her up, I'm in the silver Tacoma plate [[PLATE|WA CFR4417]]\ncousin [[PERSON|Losaline]]: I can stay with her thurs and fri\n[[PERSON|Ioane]]: thx cuz 🙏 her address for the home nurse is [[ADDRESS|3308 S Alaska St, Tacoma, WA 98418]]`,
  ],
  [
    'sms-reminder',
    `[[PERSON|Damaris]], your colonoscopy is on Mon [[DATE|30/11]] at 8:15am, Endoscopy Unit Level 2. Start the bowel prep at 4pm the day before. Questions? [[URL|https://endo.example.com.au/prep]] Reply Y to confirm.`,
  ],
  [
    'sms-reminder',
    `Reminder from your GP surgery: our phone lines are busiest 8–9am. For repeat prescriptions please use the online form; allow 3 working days. Reply STOP to unsubscribe.`,
  ],
  [
    'stroke-unit',
    `HYPERACUTE STROKE UNIT — thrombectomy pathway\nPatient [[PERSON|Jerzy Zabłocki]]   DOB [[DATE|12/08/1951]]   SSNAP ID [[MRN|SN-448127]]   Hosp no [[MRN|S5570392]]\nLast known well [[DATE|22/11/2026]] 21:40 (seen by neighbour [[PERSON|Elspeth Tolmie]])\nNIHSS 18, L MCA M1 occlusion on CTA; alteplase 0.9 mg/kg at 23:12; to angio suite 23:30, TICI 2b.\nStroke consultant Dr [[PERSON|Wekesa]]; stroke nurse [[PERSON|Kirsty Devlin]]`,
  ],
  [
    'stroke-unit',
    `Stroke unit family update (text): Hi [[PERSON|Ingvild]], it's [[PERSON|Przemek]] from the stroke unit. Your dad ([[PERSON|Henrik Aaberg]], [[AGE|91]], bed [[MRN|6]]) passed his swallow screen this morning and has had porridge. Physio stood him with two today. Family meeting Fri [[DATE|27 Nov]] 2pm if you can make it.`,
  ],
  [
    'maxillofacial',
    `OMFS ADMISSION [[DATE|23/11/2026]] 01:15\n[[PERSON|Kyle Mulgrew]], 23M — assaulted outside a bar (police ref CAD 0417-231126). Bilateral mandible fracture (R angle, L parasymphysis), deranged occlusion, lower lip numbness. Teeth 38 and 48 in fracture line. For ORIF with 2.0 mm miniplates tomorrow.\nNOK: mum [[PERSON|Roisin Mulgrew]] [[PHONE|07700 900356]]. Hosp no [[MRN|F6649201]].\nClerked by [[PERSON|Aditi Chaturvedi]], DCT`,
  ],
  [
    'maxillofacial',
    `After your jaw wiring: keep the wire cutters with you at all times — if you vomit or cannot breathe, cut the wires shown to you by the nurse. Use a liquidiser for all meals, rinse with chlorhexidine after eating, and do not smoke. You will be reviewed in the maxillofacial clinic in one week.`,
  ],
  [
    'sperm-bank',
    `DONOR SCREENING RECORD — confidential\nDonor code: [[MRN|DNR-7718]]   Legal name (sealed): [[PERSON|Caspian Thornbury-Adebisi]]   DOB [[DATE|06/19/1997]]   SSN [[ID_CARD|987-65-4327]]\nScreening visit [[DATE|11/17/2026]]: semen analysis 64 M/mL, progressive motility 58%, post-thaw recovery adequate; 24 vials frozen (lot 2611-CT).\nInfectious-disease panel repeat due after 180-day quarantine, [[DATE|May 2027]].\nCoordinator: [[PERSON|Harriet Onyekachi]] [[PHONE|(617) 555-0157]]`,
  ],
  [
    'sperm-bank',
    `Donor sperm release form\nRecipient: [[PERSON|Noor Vandermeer]]   Partner: [[PERSON|Sade Ilori-Vandermeer]]\nClinic patient no. [[MRN|FC-20931]]   Donor code requested: [[MRN|DNR-5562]]\nRelease of 2 vials authorised for IUI cycle starting [[DATE|2 December 2026]].\nSigned [[PERSON|N. Vandermeer]], [[PERSON|S. Ilori-Vandermeer]]   [[DATE|20/11/2026]]`,
  ],
  [
    'tattoo-removal',
    `Laser tattoo removal — session 4 — [[DATE|11/18/2026]]\nClient: [[PERSON|Brayden Sobczak-Nunez]]   Chart [[MRN|TR-00871]]   Email [[EMAIL|b.sobczaknunez@example.net]]\nSite: R forearm, black script "[[PERSON|TAYLAH]]" (ex-partner's name) plus red rose. Q-switched Nd:YAG 1064 nm, 3.5 J/cm², 4 mm spot; red areas 532 nm. Pre-treatment photo [[MRN|IMG-26-3381]].\nPaid: Amex [[BANK_CARD|3714 078710 37659]]. Next session [[DATE|January 2027]].  Provider: [[PERSON|Annika Tørresdal]], NP`,
  ],
  [
    'tattoo-removal',
    `Aftercare for laser tattoo removal: keep the area clean and covered for 3 days, apply a thin layer of petroleum jelly, do not pick blisters or scabs, avoid swimming and sun on the area for two weeks, and wait at least six weeks before your next session.`,
  ],
  [
    'gender-clinic',
    `Gender Identity Clinic — first assessment [[DATE|20 November 2026]]\nName used: [[PERSON|Rowan Nwoye-Sandström]] (they/them); name on GP record: [[PERSON|Rebecca Nwoye-Sandström]] — deed poll [[DATE|March 2026]], GP asked to update.\nNHS no: [[INSURANCE_ID|9992384107]]   GIC ref [[MRN|GIC-26-04418]]\nPassport [[PASSPORT|561284937]] still in the old name; letter of support for renewal given.\nSocial transition 3 years; requests referral for hormone therapy. Seen with partner [[PERSON|Bettany]].\nClinician: Dr [[PERSON|Siobhan Maguire-Boadu]]`,
  ],
  [
    'gender-clinic',
    `Hi [[PERSON|Jem]], it's [[PERSON|Margot]] from the clinic 🌈 Your endocrinology appointment is confirmed for Tue [[DATE|8 Dec]] at 11:00. We've updated your name from [[PERSON|Jemima Carraway]] to [[PERSON|Jem Carraway]] on the booking system. Any issues, call me on [[PHONE|(503) 555-0193]].`,
  ],
];

export function generateDeidHoldout20(): LabelledRecord[] {
  return holdoutRecords('h20', zh, en);
}

export const DEID_HOLDOUT_20_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/labelled/deid-holdout-20.jsonl',
);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const records = generateDeidHoldout20();
  writeFileSync(DEID_HOLDOUT_20_PATH, renderJsonl(records));
  console.log(`wrote ${records.length} records to ${DEID_HOLDOUT_20_PATH}`);
}
