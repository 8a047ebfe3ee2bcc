import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { holdoutRecords, type LabelledRecord, renderJsonl } from './generate-deid.ts';

/**
 * The ROUND-5 fresh held-out de-identification set (data/labelled/deid-holdout-5.jsonl): hand-written
 * snippets with hand-placed spans, marked inline as [[TYPE|text]] (parseMarked strips the marks and
 * records UTF-16 offsets). Written by a separate annotator who did not read the recognizer code and
 * never ran a recognizer on these snippets; it must not be used to tune the recognizers.
 *
 * New settings compared with rounds 1-4: zoonoses (brucellosis, psittacosis, avian influenza contacts,
 * hantavirus, Streptococcus suis, echinococcosis, rabies exposure, Rift Valley fever, leptospirosis), travel
 * clinics, sports medicine, fertility clinics and sperm banks, sleep laboratories, audiology and hearing-aid
 * fittings, wound and stoma care, medical-device recall letters, pharmacy delivery slips, hospital parking
 * and complaints offices, patient advocates, court-ordered assessments, disability-benefit forms, death
 * certificates and funeral homes, autopsy requests, genetic counselling and consumer ancestry tests,
 * clinical-trial screening logs, EHR audit logs, SMS reminders, voice-to-text transcripts without
 * punctuation, bilingual discharge letters, WeChat mini-program screens transcribed, student health
 * insurance; Traditional Chinese from Taiwan, Hong Kong and Macau, written Cantonese, typos, mixed
 * half-width and full-width characters; English notes from South Africa, India, Nigeria, the Philippines,
 * the US, the UK, Ireland and Australia.
 *
 * Identifiers are synthetic: resident IDs carry a valid GB 11643 check character and a sex digit and
 * birth date consistent with the text (15-digit IDs likewise), bank cards a valid Luhn digit, HKIDs and
 * Taiwan IDs a valid check character, the South African ID numbers their Luhn digit, the Aadhaar numbers
 * their Verhoeff digit, NHS numbers (999 test range) their modulus-11 digit and the Medicare numbers their
 * check digit. Phones use random mainland, Hong Kong, Macau, Taiwan, South African, Indian, Nigerian and
 * Philippine numbers or fictional ranges (North American 555-01xx, UK 07700 900xxx and 0113 496 0xxx,
 * Australian 0491 570 xxx); mail and web hosts are example.*; IP addresses come from the documentation
 * ranges.
 *
 * Span conventions are those of data/labelled/deid-holdout-2/-3/-4.card.yaml; the decisions new in this
 * round are in data/labelled/deid-holdout-5.card.yaml.
 */
const zh: Array<[string, string]> = [
  [
    'zoonosis',
    '传染病报告卡（布鲁氏菌病）\n患者姓名：[[PERSON|乌日根]]　性别：男　年龄：46岁　职业：牧民\n身份证号：[[ID_CARD|150602198003149092]]\n现住址：[[ADDRESS|内蒙古自治区鄂尔多斯市东胜区罕台镇布日都嘎查二社]]\n联系电话：[[PHONE|152 1828 1021]]\n发病日期：[[DATE|2026-10-27]]　诊断日期：[[DATE|2026-11-16]]\n流行病学史：自家羊群今年春季流产羊羔3只，接羔时未戴手套。虎红平板凝集试验阳性，SAT 1:200(++)。\n报告医生：[[PERSON|塔娜]]　报告单位：东胜区人民医院感染科',
  ],
  [
    'zoonosis',
    '[[PERSON|佘晓梅]]，女，[[DATE|11月3日]]起发热39.6℃伴干咳、头痛，家中饲养的两只虎皮鹦鹉（"豆豆""小灰"）于10月下旬先后死亡。痰mNGS检出鹦鹉热衣原体序列数1,204。住院号[[MRN|0098 4471 26]]。已通知[[ADDRESS|浦东新区三林镇永泰路88弄7号402室]]所在街道疾控开展溯源，家属[[PERSON|佘建军]]（[[PHONE|189-0613-8187]]）负责联系出售鹦鹉的花鸟市场商户。',
  ],
  [
    'zoonosis',
    '密切接触者登记表（人感染H9N2禽流感病例[[PERSON|糜国栋]]）\n序号｜姓名｜关系｜电话｜末次接触\n1｜[[PERSON|糜秀英]]｜配偶｜[[PHONE|13716181619]]｜[[DATE|11/12]]\n2｜[[PERSON|糜嘉豪]]｜儿子｜[[PHONE|18604659361]]｜[[DATE|11/12]]\n3｜[[PERSON|覃永福]]｜活禽摊位邻摊｜[[PHONE|199 1377 0514]]｜[[DATE|11/10]]\n以上人员医学观察10天，每日两次测体温；病例所在农贸市场已休市消毒。',
  ],
  [
    'zoonosis',
    '出院小结（摘要）｜[[PERSON|隋德财]]｜男｜63岁｜住院号[[MRN|ZY26-118302]]\n入院[[DATE|2026年11月2日]]，出院[[DATE|2026年11月19日]]。诊断：肾综合征出血热（少尿期→多尿期）。汉坦病毒IgM阳性，最高肌酐 612 μmol/L，血小板最低 18×10^9/L。家住[[ADDRESS|黑龙江省绥化市北林区津河镇东兴村四组]]，秋收后粮仓内鼠迹多。出院后由村医[[PERSON|栾桂芝]]随访，两周后复查肾功能及尿常规。',
  ],
  [
    'zoonosis',
    '犬伤处置门诊登记\n伤者：[[PERSON|臧一凡]]，男，9岁；监护人：父[[PERSON|臧海]]\n[[DATE|11月21日]]傍晚在小区被邻居家柯基"可乐"咬伤右小腿，皮肤破损有渗血，Ⅲ级暴露。\n犬主：[[PERSON|鲍丽娜]]，电话[[PHONE|18894746095]]，出示犬只免疫证，芯片号900182001234567。\n处置：肥皂水冲洗15分钟，狂犬病人免疫球蛋白伤口浸润，疫苗按0-3-7-14-28程序；嘱观察犬只10天。',
  ],
  [
    'zoonosis',
    '[[PERSON|黎德旺]]，男，57岁，个体屠宰户，住[[ADDRESS|广西壮族自治区玉林市兴业县石南镇大平山村十一队]]。[[DATE|11月15日]]宰杀病死猪时左手被刀划伤，[[DATE|11月17日]]起高热、意识模糊、双耳听力下降。血培养：猪链球菌2型。现ICU [[MRN|5]]床，头孢曲松2g q12h。妻[[PERSON|庞月娥]]称同村还有两户近期死猪。',
  ],
  [
    'zoonosis',
    '肝包虫病术前谈话记录\n患者[[PERSON|马秀兰]]，女，42岁，身份证号[[ID_CARD|620102198406182546]]，幼年随父母在[[ADDRESS|青海省果洛州玛沁县大武镇]]放牧，家中养过多条牧犬。CT：肝右叶囊性占位 9.6×8.2cm，"囊中囊"征，CE2型。拟行肝包虫囊肿内囊摘除术，术前阿苯达唑400mg bid已服2周。谈话医生：[[PERSON|韩冬梅]]　家属：夫[[PERSON|丁永福]]',
  ],
  [
    'zoonosis',
    '布病防治小贴士：接羔、处理流产胎羔和胎衣时要戴手套、口罩；流产物深埋或焚烧；不喝生羊奶。成人急性期常用多西环素100mg bid联合利福平600mg qd，疗程6周，必要时加链霉素。症状出现后尽早到县疾控或定点医院就诊。',
  ],
  [
    'travel-clinic',
    '国际旅行卫生保健中心　预防接种咨询单\n姓名：[[PERSON|钟离雪]]　出生日期：[[DATE|1992-07-09]]　护照号：[[PASSPORT|EH4730261]]\n身份证：[[ID_CARD|320106199207094745]]\n目的地：安哥拉（罗安达）→刚果（金）　出发日期：[[DATE|2026年12月6日]]\n已接种：黄热病疫苗（批号2026Y0917-3）、伤寒Vi多糖。建议甲肝加强一剂。疟疾预防：阿托伐醌/氯胍250/100mg qd，出发前1天开始，回国后7天停。\n咨询医师：[[PERSON|段干琦]]',
  ],
  [
    'travel-clinic',
    '[[PERSON|甄浩然]]，男，[[DATE|11月14日]]自尼日利亚拉各斯回国（经亚的斯亚贝巴转机），[[DATE|11月18日]]起寒战高热。疟原虫镜检：恶性疟，原虫密度2.1%。护照[[PASSPORT|EC8612094]]信息已报海关检疫备案。既往在当地未规律服用预防药。紧急联系人：妻[[PERSON|聂小燕]]　[[PHONE|+86 139 2100 5785]]。',
  ],
  [
    'travel-clinic',
    '自驾进藏行前评估\n[[PERSON|荀立新]]（男，58岁）与妻子[[PERSON|祁红]]计划[[DATE|12月1日]]从成都出发走318国道，车辆[[PLATE|川A·7K2M9]]（本人车辆）。既往高血压，氨氯地平5mg qd，今日血压128/80。建议：乙酰唑胺125mg bid，出发前1天起服；海拔3000米以上每日睡眠海拔升高不超过500米。如头痛加重、走路不稳、静息也喘须立即下撤。',
  ],
  [
    'travel-clinic',
    '旅遊醫學門診紀錄\n病人：[[PERSON|簡志豪]]　身分證字號：[[ID_CARD|T185809746]]　健保卡號：[[INSURANCE_ID|0000 3517 6284]]\n預計[[DATE|115年12月20日]]赴印尼巴布亞從事志工服務三個月。建議接種A型肝炎、傷寒疫苗，攜帶Malarone預防瘧疾，並備妥蚊帳與DEET 30%防蚊液。\n聯絡電話：[[PHONE|0912-448-367]]',
  ],
  [
    'travel-clinic',
    '黄热病疫苗接种后第10天起国际预防接种证书生效，有效期为终身。孕妇、6月龄以下婴儿及对鸡蛋严重过敏者原则上不接种；60岁以上首次接种者需评估嗜内脏性不良反应风险。',
  ],
  [
    'sports-medicine',
    '运动医学科门诊　[[DATE|2026-11-21]]\n[[PERSON|巩一鸣]]，男，22岁，省队篮球运动员，门诊号[[MRN|MZ26110473]]。[[DATE|10月30日]]比赛中起跳落地扭伤左膝，当即肿胀。查体：Lachman试验(+)，轴移试验(+)。MRI：左膝ACL完全断裂，内侧半月板后角Ⅲ度信号。计划关节镜下ACL重建（自体腘绳肌腱）。队医[[PERSON|伍思远]]陪同，电话[[PHONE|18906138187]]。',
  ],
  [
    'sports-medicine',
    '脑震荡复赛评估表\n学生：[[PERSON|阮梓涵]]（高二，校足球队）　监护人：[[PERSON|阮东升]]\n受伤：[[DATE|11月8日]]训练时头球争顶相撞，短暂意识模糊约10秒。SCAT6症状严重度评分 14→2。\n分级复赛第3阶段（专项训练）已完成，无头痛反复，可进入第4阶段非对抗训练。\n签字：校医[[PERSON|黎敏]]　[[DATE|2026年11月20日]]',
  ],
  [
    'sports-medicine',
    '马拉松第7医疗点记录｜[[DATE|2026-11-15]] 10:42\n跑者：[[PERSON|滕俊峰]]，参赛号码M08311，35公里处倒地，肛温40.8℃，GCS 13分。冰水浸泡降温12分钟后体温39.0℃，转运至市第一医院急诊。\n紧急联系人（跑团）：[[PERSON|彭诗琪]]　[[PHONE|159 2777 3048]]',
  ],
  [
    'sports-medicine',
    '治疗用药豁免（TUE）申请表\n运动员：[[PERSON|拉巴次仁]]（田径·马拉松）　护照号：[[PASSPORT|EK2301846]]\n诊断：运动诱发性支气管收缩，FEV1运动后下降18%。申请药物：沙美特罗/氟替卡松50/250μg bid；沙丁胺醇按需，24小时不超过1600μg。\n主治医师：[[PERSON|卓玛拉姆]]　申请日期：[[DATE|2026年11月10日]]',
  ],
  [
    'fertility',
    '生殖医学中心　IVF周期记录\n女方：[[PERSON|长孙婉]]　36岁　身份证[[ID_CARD|340104199011023540]]\n男方：[[PERSON|宓海涛]]　39岁　身份证[[ID_CARD|340104198705213811]]\n周期号：[[MRN|IVF-2026-0733]]　病历号：[[MRN|RM0041862]]\n[[DATE|11月11日]]取卵14枚，ICSI受精10枚，D5囊胚4枚（4AA×1，4AB×2，3BB×1），因E2 5120 pg/mL、OHSS风险全胚冷冻。\n冷冻费缴费卡：[[BANK_CARD|6225 8848 2950 0944]]（户名[[PERSON|长孙婉]]）',
  ],
  [
    'fertility',
    '人类精子库　供精者复检通知\n[[PERSON|邝]]先生您好！您的供精者编号为[[MRN|SD-0417]]。您[[DATE|2026年5月12日]]冻存的标本已满6个月检疫期，请于[[DATE|11月28日]]前到中心复查HIV抗体及梅毒血清学，复检合格后标本方可对外提供。有疑问可联系[[PERSON|邵]]护士。',
  ],
  [
    'fertility',
    '輔助生育中心覆診預約\n病人：[[PERSON|溫家欣]]（香港身份證：[[ID_CARD|Y482017(5)]]）\n丈夫：[[PERSON|麥志強]]\n胚胎移植日期：[[DATE|2026年12月3日]]上午9時\n請於移植前兩小時飲水500毫升並保持膀胱充盈。查詢請致電本中心熱線 2855 4170，如需改期請WhatsApp [[PHONE|6139 2847]]。',
  ],
  [
    'fertility',
    '[[PERSON|笪雨桐]]：护士你好，我今天移植后第12天，血HCG 487.3 mIU/mL，孕酮28.6 ng/mL，这个正常吗？\n随访护士[[PERSON|蒲文]]：数值很好，请[[DATE|11月26日]]复查看翻倍情况，继续黄体酮阴道缓释凝胶90mg qd。\n[[PERSON|笪雨桐]]：好的，谢谢[[PERSON|蒲]]老师🙏',
  ],
  [
    'fertility',
    '台湾同胞[[PERSON|廖婉婷]]（台胞证[[PASSPORT|08427751]]）来院咨询冻卵，38岁，AMH 1.2 ng/mL，AFC 7。告知获卵数预期及冷冻卵子复苏后活产率。她希望用LINE联系：[[ACCOUNT|wanting_liao83]]，或电话[[PHONE|+886 928 306 415]]。',
  ],
  [
    'sleep-lab',
    '多导睡眠监测（PSG）报告\n姓名：[[PERSON|桑德全]]　性别：男　年龄：52岁　监测号：[[MRN|PSG2611-087]]\n身份证号：[[ID_CARD|22010419740130611X]]\n监测日期：[[DATE|2026年11月17日]]　BMI 31.4　颈围44cm\nAHI 47.2次/h，最低SpO2 71%，ODI 45.8，REM期AHI 63.5。Epworth 16分。\n结论：重度阻塞性睡眠呼吸暂停低通气综合征。建议CPAP压力滴定（已登记设备序列号RS2-4417085）。\n判读医师：[[PERSON|亓官明远]]',
  ],
  [
    'sleep-lab',
    '[[PERSON|厉俊杰]]，男，27岁，网约车司机。近半年白天反复不可抗拒地入睡，大笑时双腿发软。[[DATE|11月9日]]驾驶本人车辆（[[PLATE|浙A·D52917]]）等红灯时睡着追尾。MSLT平均入睡潜伏期3.2min，SOREMP 4次。诊断：发作性睡病1型。已告知暂停驾驶营运车辆，开具医学证明。',
  ],
  [
    'sleep-lab',
    'CPAP压力滴定：起始压力5 cmH2O，REM期升至11 cmH2O后AHI降至3.1次/h，最低SpO2 92%。推荐固定压力10 cmH2O，鼻枕面罩M号，加温湿化2档。4周后下载依从性数据（目标每晚≥4小时、≥70%夜晚）。',
  ],
  [
    'audiology',
    '新生儿听力筛查复筛通知单\n母亲姓名：[[PERSON|闫佳慧]]　身份证号：[[ID_CARD|430104199508174821]]\n婴儿：[[PERSON|谭一诺]]　出生日期：[[DATE|2026-10-26]]　住院号：[[MRN|NB2610-3316]]\n初筛结果：左耳OAE通过，右耳OAE未通过。\n请于[[DATE|11月25日]]（42天内）携带本通知到耳鼻喉科复筛，未通过者3月龄内行诊断性ABR。',
  ],
  [
    'audiology',
    '助听器验配记录\n顾客：[[PERSON|寿丽华]]　女　[[AGE|92]]岁（陪同：女儿[[PERSON|蒋秋月]]）\n纯音测听：右耳PTA 62dB HL，左耳58dB HL，言语识别率68%。\n验配：耳背式×2，序列号R: 2614A0375 / L: 2614A0376，按NAL-NL2处方设定增益。\n付款：银联卡[[BANK_CARD|6214 8361 1435 9447]]，分12期。\n下次调试：[[DATE|2026年12月18日]]',
  ],
  [
    'audiology',
    '人工耳蝸開機記錄\n病人：[[PERSON|區嘉朗]]，4歲，澳門居民身份證[[ID_CARD|1286409(3)]]\n手術日期：[[DATE|2026年10月20日]]；開機日期：[[DATE|2026年11月17日]]\n植入體CI632，序號38117605；言語處理器設定MAP 1–3。\n家長：[[PERSON|區志明]]　電話：[[PHONE|+853 6628 1940]]',
  ],
  [
    'audiology',
    '纯音测听：右耳250Hz 20dB，500Hz 25dB，1000Hz 40dB，2000Hz 55dB，4000Hz 70dB；左耳各频率较右耳低5–10dB。鼓室图双侧A型，镫骨肌反射引出。结论：双侧感音神经性听力损失（高频下降型）。',
  ],
  [
    'wound-care',
    '伤口护理门诊记录　[[DATE|2026/11/19]]\n[[PERSON|葛长贵]]　男　67岁　门诊ID [[MRN|W-002619]]　身份证[[ID_CARD|360102195906055239]]\n右足第1跖骨头下溃疡2.4×1.8×0.6cm，Wagner 2级，基底70%肉芽，渗液中量，无异味。清创后藻酸盐银敷料＋减压鞋垫。ABI 0.82。\n下次换药：[[DATE|11月22日]]（周六）　居家联系人：老伴[[PERSON|邢素兰]]　[[PHONE|138 8421 8342]]',
  ],
  [
    'wound-care',
    '造口护理电话随访\n[[DATE|11-18]] 14:20致电[[PERSON|黄芪]]（回肠造口术后第21天），本人接听。诉造口周围皮肤发红、瘙痒，底盘每天渗漏1次。指导：改用凸面底盘＋防漏膏。另诉中医科开了黄芪建中汤，嘱与主管医生确认后再服。下次门诊[[DATE|11月25日]]。随访护士：[[PERSON|卞晓]]',
  ],
  [
    'wound-care',
    '下肢静脉溃疡加压治疗知情同意书（节选）\n患者：[[PERSON|茹德顺]]　身份证号（旧）：[[ID_CARD|410105560818373]]\n住址：[[ADDRESS|郑州市金水区文化路街道黄河路11号院4号楼东单元12号]]\n拟行：四层绷带加压包扎，每周更换2次。ABI 0.9，无加压禁忌。风险：皮肤压伤、疼痛、足趾缺血等。\n患者签字：[[PERSON|茹德顺]]　谈话医师：[[PERSON|柏松]]　日期：[[DATE|2026年11月13日]]',
  ],
  [
    'wound-care',
    '负压伤口治疗：-125mmHg持续吸引，每72小时更换敷料；渗液罐满3/4时更换。创面床评估按TIME原则，感染征象（红肿热痛扩大、脓性渗液、发热）出现时停用并通知医生。',
  ],
  [
    'device-recall',
    '[[PERSON|宗国庆]]先生：\n您好！您于[[DATE|2019年3月14日]]在我院植入的双腔起搏器（型号ADDR01，序列号PJN601284S）属于厂家主动召回范围（电池可能提前耗竭）。国庆假期后我们曾两次来电未能联系上您，请于[[DATE|12月10日]]前到心内科起搏器门诊程控检查。您的起搏器登记号：[[MRN|PM-2019-0211]]。心内科门诊电话：024-2389 6630（[[PERSON|寇]]护士，工作日）。\n回执：身份证号[[ID_CARD|210102194707075950]]　本人/家属签字＿＿＿',
  ],
  [
    'device-recall',
    '【召回通知】尊敬的[[PERSON|柯美玲]]女士，您使用的胰岛素泵（序列号NG1788203H）所属批次存在按键失灵风险，厂家将免费更换。请回复本短信确认邮寄地址：[[ADDRESS|福建省厦门市思明区莲前西路868号莲前大厦18楼C]]，或登录[[URL|recall.example.com.cn/pump?c=8817]]自助登记。更换前请备好注射笔作为应急。',
  ],
  [
    'device-recall',
    '金属对金属髋关节假体召回随访名单（骨科内部）\n姓名｜病案号｜手术日期｜电话｜状态\n[[PERSON|蓝秀珍]]｜[[MRN|0455127]]｜[[DATE|2011-05-09]]｜[[PHONE|13506577770]]｜已复查，血钴3.1 μg/L\n[[PERSON|毕建华]]｜[[MRN|0462093]]｜[[DATE|2011-08-22]]｜[[PHONE|15843058976]]｜未接通×2\n[[PERSON|冀红霞]]｜[[MRN|0470318]]｜[[DATE|2012-01-30]]｜—｜已故（家属告知）',
  ],
  [
    'device-recall',
    '召回范围：批号21A0417至21A0592的血糖试纸，生产日期2025年3月1日至2025年6月30日。受影响试纸在血糖高于16.7mmol/L时读数可能偏低约20%。请停止使用并联系购买药店更换，未开封试纸可直接退换。',
  ],
  [
    'device-recall',
    '植入式心律转复除颤器（ICD）召回复查记录\n患者：[[PERSON|蔡明宏]]，男，64岁，台湾居民居住证[[ID_CARD|830000196204223735]]\n常住地：[[ADDRESS|厦门市湖里区枋湖北二路1288号国际商务中心B栋2103]]\n程控结果：电池电压2.98V（ERI 2.73V），高压导线阻抗52Ω，无异常放电。建议每3个月远程监测。\n联系人：太太[[PERSON|林怡君]]　[[PHONE|0933-216-870]]',
  ],
  [
    'pharmacy-delivery',
    '互联网医院处方药配送单\n运单号：SF1408826359013\n收件人：[[PERSON|韦淑贞]]　[[PHONE|183 8518 7376]]\n地址：[[ADDRESS|上海市浦东新区高行镇东靖路1399弄32号601室]]\n处方号：[[MRN|RX20261121-00873]]\n实名认证：[[ID_CARD|310115195502286586]]\n药品：恩替卡韦片0.5mg×28片。\n备注：老人71岁腿脚不便，请送上楼，勿放快递柜。',
  ],
  [
    'pharmacy-delivery',
    '冷链药品配送异常记录\n单号CL-1121-0457　药品：阿达木单抗注射液40mg×2（2–8℃）\n收件人[[PERSON|权美兰]]电话[[PHONE|186 9066 9707]]无人接听，按备用号[[PHONE|0371-6598 2207]]联系到其子[[PERSON|权宏宇]]，改送至[[ADDRESS|郑州市二七区大学路80号院9号楼2单元301]]，丰巢柜取件码558213。签收时温度记录4.6℃。骑手：[[PERSON|覃]]师傅',
  ],
  [
    'pharmacy-delivery',
    '藥房送貨單\n客戶：[[PERSON|莫潔瑩]]小姐　電話：[[PHONE|9123 4780]]\n地址：[[ADDRESS|九龍觀塘協和街101號協和大廈11樓C室]]\n處方編號：[[MRN|HKP-558102]]\n藥物：Levothyroxine 50mcg 90粒；Calcium carbonate 600mg 60粒\n付款：信用卡[[BANK_CARD|4533 4232 5062 9724]]（已授權，授權碼071284）',
  ],
  [
    'pharmacy-delivery',
    '慢病长处方代配送登记\n参保人：[[PERSON|佟桂香]]　身分证：[[ID_CARD|640104480301104]]（旧证）　医保卡号：[[INSURANCE_ID|1205 3308 7714]]\n住趾：[[ADDRESS|天津市河西区友谊路街道解放南路316号增3门201]]\n电活：[[PHONE|022-2831 5706]]\n药品：氨氯地平5mg、二甲双胍0.5g、阿托伐他汀20mg，各12周量。代领人：女婿[[PERSON|单立军]]。',
  ],
  [
    'complaints',
    '医院停车场投诉登记\n投诉人：[[PERSON|殷海峰]]　身份证：[[ID_CARD|44010619821010541X]]　电话：[[PHONE|13921005785]]\n车牌：[[PLATE|粤A·3QF86]]\n事由：[[DATE|11月20日]]陪父亲（住院号[[MRN|2026118437]]）做透析，16:05出场被按临时车计费68元，称已办理家属月卡。\n处理：核实月卡有效，退费；当班岗亭工号0317。受理人：[[PERSON|焦]]科长',
  ],
  [
    'complaints',
    '关于我母亲[[PERSON|柏玉珍]]住院期间护理问题的投诉\n医务科：\n我母亲于[[DATE|2026年10月29日]]因股骨颈骨折入住骨科（住院号[[MRN|B0337715]]，[[MRN|23]]床）。[[DATE|10月31日]]夜间呼叫铃四十分钟无人应答，老人自行下床时坠床。值班护士[[PERSON|詹]]某称"人手不够"，主管医生[[PERSON|郝立群]]次日查房也未告知家属。请贵院调查并书面答复。\n投诉人：[[PERSON|柏文涛]]（患者之子）\n电话：[[PHONE|181-4998-4639]]　邮箱：[[EMAIL|baiwentao_1980@example.cn]]\n住址：[[ADDRESS|南京市鼓楼区湖南路街道马台街56号2幢503室]]\n[[DATE|2026年11月4日]]',
  ],
  [
    'complaints',
    '12345热线转办工单　工单号2611210388\n来电人：[[PERSON|竺文彬]]　来电号码：[[PHONE|15027721936]]\n反映：[[DATE|11月19日]]晚其父在[[ADDRESS|杭州市西湖区转塘街道狮子山路77号]]家中胸痛，拨打120后等候28分钟救护车才到，要求说明原因。\n承办：市急救中心调度科。答复时限：5个工作日。',
  ],
  [
    'complaints',
    '致：病人關係主任\n本人[[PERSON|岑慧敏]]（港澳居民居住證號碼[[ID_CARD|810000197912010301]]）想投訴[[DATE|11月16號]]喺貴院急診嘅經歷。我阿爸[[PERSON|岑國樑]]跌親個頭，等咗成五個鐘先有醫生睇，中間冇人同我哋講過嘢。停車場又話我架車（[[PLATE|粵B·D37K29]]）超時要罰款，我覺得好唔合理。請盡快回覆：[[PHONE|+852 5318 2749]]／[[EMAIL|wmsham@example.com.hk]]',
  ],
  [
    'patient-advocate',
    '发件人：病友互助会　[[PERSON|柯志远]] <[[EMAIL|kezhiyuan@example.org.cn]]>\n主题：协助申请大病救助——[[PERSON|图尔荪·艾买提]]（住院号[[MRN|2026-ZY-55830]]）\n社工部老师您好：\n[[PERSON|图尔荪]]大叔因扩张型心肌病等待心脏移植，已欠费4.2万元。家属希望申请医院慈善基金，善款请汇入其女儿账户：[[BANK_CARD|6230 6155 8364 8017 142]]，户名[[PERSON|阿依努尔·图尔荪]]。随信附低保证明扫描件。',
  ],
  [
    'patient-advocate',
    '【SMA病友互助群公告】\n新入群家长请私信群主[[PERSON|查婉清]]（QQ：[[ACCOUNT|2873041596]]）登记孩子信息，格式如下：\n孩子：[[PERSON|汪小禾]]　分型：Ⅱ型　出生：[[DATE|2021年4月8日]]　用药：利司扑兰5mg qd\n家长：[[PERSON|汪]]爸爸　[[PHONE|137 1522 5730]]\n⚠️请勿在群里直接发身份证照片和银行卡号！',
  ],
  [
    'court-assessment',
    '司法鉴定意见书（摘要）\n委托单位：某区人民法院　案号：（2026）川0107刑初412号\n鉴定编号：[[MRN|川精鉴〔2026〕第0183号]]\n被鉴定人：[[PERSON|贡嘉伟]]，男，29岁，身份证号[[ID_CARD|510107199704030699]]\n户籍地：[[ADDRESS|四川省成都市武侯区簇桥街道七里村5组]]\n案发时间：[[DATE|2026年8月19日]]　鉴定日期：[[DATE|2026年11月6日]]\n鉴定意见：被鉴定人案发时患精神分裂症，处于发病期，评定为限定刑事责任能力。\n鉴定人：[[PERSON|屠文静]]、[[PERSON|秦嵩]]',
  ],
  [
    'court-assessment',
    '民事行为能力鉴定委托材料\n被鉴定人：[[PERSON|褚淑贞]]　女　[[AGE|91]]岁　身份证号（旧）：[[ID_CARD|330106350625110]]\n户籍地：[[ADDRESS|杭州市西湖区北山街道曙光路155号3幢2单元501]]\n申请人：长女[[PERSON|褚丽萍]]　被申请人：次子[[PERSON|褚国平]]\n病史：阿尔茨海默病8年，MMSE 9分，CDR 3。\n申请事项：宣告被鉴定人为无民事行为能力人并指定监护人。',
  ],
  [
    'court-assessment',
    '关于调取病历资料的复函\n贵院来函收悉。经查，[[PERSON|蒙秀兰]]（病案号[[MRN|0662841]]）于[[DATE|2026年6月3日]]至[[DATE|6月9日]]在我院普外科住院，诊断为脾破裂（外伤性），行腹腔镜脾切除术。病历复印件共46页已加盖病案专用章，随函寄送。经办人：[[PERSON|韦]]老师',
  ],
  [
    'disability-benefit',
    '残疾评定表（肢体）\n申请人：[[PERSON|尚秀芬]]　女　58岁　身份证号：[[ID_CARD|420106196809193409]]\n住址：[[ADDRESS|湖北省武汉市武昌区中南路街道宝通寺路21号5栋3单元802]]\n致残原因：[[DATE|2024年3月]]脑梗死后左侧偏瘫。Brunnstrom Ⅲ期，Barthel指数45分。\n评定等级：肢体二级。评定医师：[[PERSON|鲁国强]]　评定日期：[[DATE|2026-11-12]]\n补贴发放银行卡：[[BANK_CARD|6217 0009 8210 9684 814]]（户名：[[PERSON|尚秀芬]]）',
  ],
  [
    'disability-benefit',
    '身心障礙鑑定報告（摘要）\n申請人：[[PERSON|游雅雯]]　身分證：[[ID_CARD|F226767213]]\n鑑定日期：[[DATE|115年11月5日]]　障礙類別：第二類（眼、耳及相關構造）\n純音聽閾：右耳78分貝，左耳72分貝。ICF b230.3。\n地址：[[ADDRESS|新北市板橋區文化路一段188巷22號5樓]]　電話：[[PHONE|02-2968-5531]]\n鑑定醫師：[[PERSON|高振宇]]',
  ],
  [
    'disability-benefit',
    '长期护理保险失能评估表\n参保人：[[PERSON|戈玉兰]]　女　[[AGE|96]]岁　长护险编号：[[INSURANCE_ID|CHI6401260048815]]\n住址：[[ADDRESS|银川市兴庆区凤凰北街丽景湖小区3-2-101]]\n日常生活活动能力15分，认知能力2分，感知觉与沟通1级。评估结论：重度失能（3级）。\n评估员：[[PERSON|马晓燕]]、[[PERSON|锁文斌]]　评估日期：[[DATE|2026年11月18日]]\n家属：孙子[[PERSON|戈鹏]]　[[PHONE|19137432862]]',
  ],
  [
    'death-certificate',
    '居民死亡医学证明（推断）书\n编号：[[MRN|3702020261100347]]\n死者姓名：[[PERSON|温德厚]]　性别：男　民族：汉　年龄：[[AGE|93]]岁\n身份证件号码：[[ID_CARD|370202193301082136]]\n常住地址：[[ADDRESS|山东省青岛市市南区江苏路街道大学路15号2单元201户]]\n死亡日期：[[DATE|2026年11月14日]]03时20分　死亡地点：家中\n（a）直接死因：吸入性肺炎（约5天）（b）根本死因：阿尔茨海默病（约8年）\n家属：[[PERSON|温晓东]]（子）　联系电话：[[PHONE|13664535139]]　医师签名：[[PERSON|甘慧]]',
  ],
  [
    'death-certificate',
    '殡仪馆遗体接运登记\n逝者：[[PERSON|龚桂英]]，女，[[AGE|九十七]]岁\n接运地址：[[ADDRESS|重庆市渝中区解放碑街道八一路177号6-3]]\n联系人：外孙[[PERSON|杜一帆]]　[[PHONE|18378351706]]\n死亡证明编号：[[MRN|5001030261110092]]\n接运车辆：渝A·F7321（馆内车辆）　告别厅：福寿厅　火化时间：[[DATE|11月23日]]上午',
  ],
  [
    'death-certificate',
    '死亡證明書\n死者姓名：[[PERSON|彭阿嬌]]　性別：女　年齡：[[AGE|101]]歲\n國民身分證統一編號：[[ID_CARD|B299340819]]\n戶籍地址：[[ADDRESS|臺中市南屯區大墩十一街95號]]\n死亡日期：[[DATE|民國115年11月2日]]　死亡地點：住所\n死亡原因：甲、心肺衰竭；乙、慢性腎臟病第五期。\n醫師：[[PERSON|吳承翰]]',
  ],
  [
    'autopsy',
    '尸体解剖同意书\n死者：[[PERSON|阳春来]]　男　37岁　身份证号：[[ID_CARD|450103198812122535]]　住院号：[[MRN|ZY0552371]]\n死亡时间：[[DATE|2026-11-15]] 22:47\n临床诊断：暴发性心肌炎？恶性心律失常。为明确死因，家属同意行病理解剖（含心脏及脑组织取材）。\n尸检号：[[MRN|A2026-031]]\n家属签字：[[PERSON|梁晓琳]]（妻）　病理医师：[[PERSON|莘子谦]]',
  ],
  [
    'autopsy',
    '尸体检验记录（法医）\n死者身源：初为无名氏（男，约70岁），[[DATE|11月12日]]于河道内发现。经指纹比对确认为[[PERSON|石永刚]]，身份证号[[ID_CARD|230103520917237]]，生前住[[ADDRESS|哈尔滨市南岗区大成街道宣礼街48号1单元602]]。\n尸表：无明显暴力损伤；肺水肿，气管内见泥沙。结论：符合溺水死亡。\n检验人：[[PERSON|佘东]]、[[PERSON|薄一鸣]]',
  ],
  [
    'genetic-counselling',
    '遗传咨询记录　咨询号[[MRN|GC-26-0419]]\n先证者：[[PERSON|皮诗雨]]，女，27岁，身份证[[ID_CARD|530102199905053602]]\n家系：父[[PERSON|皮永昌]]（58岁，肥厚型心肌病，已植入ICD）；祖父[[PERSON|皮顺安]]（1947–2009，睡眠中猝死）；姑姑[[PERSON|皮秀芳]]检出MYH7 c.1208G>A（p.Arg403Gln）杂合。\n建议：先证者行同一位点验证，阳性则每1–2年心脏超声及动态心电图。',
  ],
  [
    'genetic-counselling',
    '【基因检测报告·祖源分析】\n用户名：[[ACCOUNT|xiaoyu_genome88]]　样本编号：[[MRN|GX2611004172]]\n您的祖源构成：华南汉族71.3%，侗台族群18.9%，其他9.8%。\n亲缘匹配：您与用户"[[ACCOUNT|chen_family_1962]]"共享812 cM（31个片段），推测关系为半同胞、祖孙或叔侄。是否向对方发送联系请求？',
  ],
  [
    'genetic-counselling',
    'GJB2 c.235delC纯合变异，常染色体隐性遗传。夫妻双方均为携带者时，每次妊娠子代患病风险25%，携带者风险50%。可选择产前诊断（孕11–13周绒毛取材或16–22周羊水穿刺）或胚胎植入前遗传学检测。',
  ],
  [
    'clinical-trial',
    '受试者筛选登记表（方案号HR-2025-ONC-07，伦理批件2025-伦审-091）\n筛选号｜姓名缩写｜性别｜年龄｜筛选日期｜结果\n[[MRN|S012]]｜[[PERSON|ZYL]]｜女｜61｜[[DATE|2026-11-03]]｜入选，随机号[[MRN|R0087]]\n[[MRN|S013]]｜[[PERSON|HJ]]｜男｜74｜[[DATE|2026-11-05]]｜筛败（eGFR 38）\n[[MRN|S014]]｜[[PERSON|OYM]]｜女｜55｜[[DATE|2026-11-10]]｜筛败（撤回知情同意）\n研究者签名：[[PERSON|第五明轩]]',
  ],
  [
    'clinical-trial',
    '受试者交通补助发放表\n受试者编号：[[MRN|03-017]]　姓名：[[PERSON|桂淑芬]]　身份证：[[ID_CARD|130102196503032261]]\n访视：V3（[[DATE|2026年11月19日]]）　补助金额：200元\n收款卡号：[[BANK_CARD|6225 9455 2081 0948]]（建设银行）\n经办：研究护士[[PERSON|祁婧]]',
  ],
  [
    'clinical-trial',
    '严重不良事件（SAE）报告表（首次报告）\n受试者编号：[[MRN|1002-0031]]　姓名缩写：[[PERSON|LYF]]\n事件：4级中性粒细胞减少伴发热（T 39.2℃），起始日期[[DATE|2026年11月18日]]，已住院。与试验药物关系：很可能有关。\n试验药物批号：TB2506A；已暂停给药。报告者：[[PERSON|芮佳]]（CRC）',
  ],
  [
    'audit-log',
    '电子病历访问审计日志（导出）\n日期｜时间｜账号｜终端IP｜操作｜患者\n[[DATE|2026-11-20]]｜02:13:44｜[[ACCOUNT|wangjh_icu]]｜[[IP|198.51.100.37]]｜查看病程记录｜[[PERSON|喻晓婷]]（[[MRN|0031 8856]]）\n[[DATE|2026-11-20]]｜02:14:09｜[[ACCOUNT|wangjh_icu]]｜[[IP|198.51.100.37]]｜导出PDF｜[[PERSON|喻晓婷]]（[[MRN|0031 8856]]）\n[[DATE|2026-11-20]]｜09:31:55｜[[ACCOUNT|liuyan02]]｜[[IP|203.0.113.84]]｜查看检验报告｜[[PERSON|喻晓婷]]（[[MRN|0031 8856]]）\n备注：[[PERSON|喻晓婷]]为本院职工家属，凌晨访问者非其诊疗组成员，已转信息安全科核查。',
  ],
  [
    'audit-log',
    '【安全告警】患者端账号[[ACCOUNT|hlj_zhaomin]]于[[DATE|11月21日]]03:02从[[IP|2001:db8:4a1::1f]]登录，与常用登录地不一致，随后连续下载3份影像报告。已临时冻结账号并短信通知绑定手机[[PHONE|182 1066 0320]]。',
  ],
  [
    'audit-log',
    '病案复印申请登记\n申请人：[[PERSON|卜晓峰]]（患者之子）　身份证：[[ID_CARD|500103197609094356]]\n患者：[[PERSON|卜德明]]（已故）　病案号：[[MRN|0715524]]　出院日期：[[DATE|2026-09-30]]\n复印范围：入院记录、手术记录、医嘱单、护理记录，共32页。核验：死亡证明、亲属关系证明原件已查验。\n经办：[[PERSON|范]]老师',
  ],
  [
    'sms-reminder',
    '【市第三人民医院】[[PERSON|薛佳怡]]您好，您已预约[[DATE|11月27日]]（周五）上午9:30口腔科[[PERSON|罗]]医生号，就诊序号12。请携带身份证/医保卡提前15分钟到达。取消预约请回复QX或访问[[URL|t.example.cn/a8Kd2]]',
  ],
  [
    'sms-reminder',
    '【鼓楼区社区卫生服务中心】宝宝[[PERSON|邵沐阳]]（接种证号[[MRN|3201060260113]]）应于[[DATE|2026年12月5日]]前接种百白破第3剂、脊灰第3剂，请家长携带接种证按时前来。门诊时间：周二、周四上午。咨询电话025-8656 1234。',
  ],
  [
    'sms-reminder',
    '【康宁体检中心】尊敬的[[PERSON|樊]]女士，您[[DATE|11/18]]的体检报告已生成，体检编号[[MRN|TJ2611180466]]。查看：[[URL|https://report.example.com/q?id=TJ2611180466]] 验证码483920（5分钟内有效）',
  ],
  [
    'sms-reminder',
    '【手术通知】[[PERSON|杭佳琪]]家属您好：患者定于[[DATE|11月24日]]第2台手术（约10:00），请家属7:30前到7楼手术等候区签字。已为车辆[[PLATE|苏E·8N5T2]]开通临时停车权限至当日20:00。',
  ],
  [
    'sms-reminder',
    '【市儿童医院睡眠中心】[[PERSON|鄢子轩]]小朋友家长您好：儿童睡眠监测定于[[DATE|12月2日]]晚20:30，请携带就诊卡（卡号[[MRN|0107 3358 92]]），当天洗澡、勿用护发素，白天不要午睡。改约请点[[URL|https://sleep.example.cn/r/7KQ2]]。退订回T',
  ],
  [
    'voice-transcript',
    '喂你好我是[[PERSON|岳建军]]岳飞的岳建设的建军队的军今年五十五我想挂下周二的专家号我身份证号[[ID_CARD|140105 19711111 815X]]电话[[PHONE|一三九零八一六四六一一]]住[[ADDRESS|小店区亲贤北街九十九号院三号楼]]嗯那个我血压高吃的那个苯磺酸氨氯地平五毫克一天一片',
  ],
  [
    'voice-transcript',
    '查房录音转写[[MRN|十二]]床[[PERSON|计春生]]术后第三天引流量昨天八十毫升今天三十可以拔管了[[MRN|十五]]床那个[[PERSON|全]]阿姨空腹血糖九点二餐后十四点几胰岛素晚上加两个单位[[MRN|十七]]床[[PERSON|明德]]今天出院带药开好了告诉他下周三复查',
  ],
  [
    'voice-transcript',
    '喂120吗我爸倒了叫不醒在[[ADDRESS|沈阳市和平区南京南街二段十一号楼三单元五零二]]我是他儿子[[PERSON|苑立伟]]电话就是这个号[[PHONE|一五一一六九四九七三零]]他七十多了有房颤吃华法林的你们快点',
  ],
  [
    'voice-transcript',
    '[語音轉文字] 喂姑娘我係[[PERSON|馮]]伯嘅老婆佢聽日十點覆診但係我哋搵唔到張覆診卡張卡號碼好似係[[MRN|HN04417829]]你幫我睇下係唔係內科定係骨科佢把聲好沙我驚佢又肺炎我電話[[PHONE|9387 2160]]唔該晒',
  ],
  [
    'bilingual-discharge',
    '出院小结 Discharge Summary\n姓名 Name：[[PERSON|Mateus Oliveira]]（中文名[[PERSON|马修]]）　护照 Passport：[[PASSPORT|FZ183027]]\n住院号 Inpatient No.：[[MRN|IP26-40917]]\n入院 Admission：[[DATE|2026-11-09]]　出院 Discharge：[[DATE|2026-11-16]]\n诊断 Diagnosis：急性阑尾炎（穿孔）perforated appendicitis，已行腹腔镜阑尾切除术 laparoscopic appendicectomy。\n出院带药 Medication：阿莫西林克拉维酸钾875/125mg bid×5天\n随访 Follow-up：[[DATE|11月23日]]普外科门诊拆线 / removal of sutures at the general surgery clinic',
  ],
  [
    'bilingual-discharge',
    '出院记录（中英文对照，供境外就医使用）\n患者：[[PERSON|骆诗琪]]（[[PERSON|LUO Shiqi]]）　女　38岁\n身份证：[[ID_CARD|440304198802296481]]　护照：[[PASSPORT|EJ7719304]]\n诊断：妊娠期糖尿病史；2型糖尿病 Type 2 diabetes mellitus。HbA1c 6.8%。\n当前用药：二甲双胍缓释片1000mg qn；达格列净10mg qd。\n本人即将赴澳留学，地址：[[ADDRESS|Unit 5, 27 Swanston Street, Carlton VIC 3053]]',
  ],
  [
    'bilingual-discharge',
    '退院サマリー／出院小结\n患者：[[PERSON|佐藤美咲]]（[[PERSON|さとう みさき]]）　女性　29岁　旅券：[[PASSPORT|TK5520981]]\n滞在先：[[ADDRESS|上海市静安区南京西路1376号波特曼酒店2217室]]\n诊断：急性胃肠炎伴中度脱水，补液后好转。\n入院[[DATE|2026年11月13日]]，出院[[DATE|11月15日]]。旅行保险：[[INSURANCE_ID|TJ-8830471265]]；押金信用卡JCB [[BANK_CARD|3513 3753 7930 9701]]（已退）',
  ],
  [
    'mini-program',
    '[截图转文字] 14:07　4G　78%\n< 就诊人信息\n姓名：[[PERSON|韶韵华]]\n证件号码：[[ID_CARD|350203199602149605]]\n出生日期：[[DATE|1996-02-14]]\n手机号：[[PHONE|181 5318 2709]]\n就诊卡号：[[MRN|2100388417]]\n默认地址：[[ADDRESS|厦门市思明区嘉禾路396号1704]]\n[编辑]　[解除绑定]',
  ],
  [
    'mini-program',
    '缴费成功 ✔\n就诊人：[[PERSON|哈斯朝鲁]]（门诊号[[MRN|M02611203]]）\n项目：头颅MRI平扫＋DWI　金额：¥486.00\n支付方式：工商银行储蓄卡（尾号3518）\n订单号：420000261121083317\n检查时间：[[DATE|2026-11-24]] 08:40　地点：门诊楼B1影像科',
  ],
  [
    'mini-program',
    '图文问诊｜问诊单号[[MRN|WZ2611190027]]\n患者：[[PERSON|闵倩]]　女　30岁\n主诉：右下腹隐痛2天，无发热。\n医生：[[PERSON|郁志宏]]　主治医师\n回复：建议线下就诊查血常规和腹部超声，如疼痛加重、发热或呕吐，请立即到急诊。\n（[[DATE|11-19]] 21:36）',
  ],
  [
    'mini-program',
    '陪诊服务订单\n服务对象：[[PERSON|党桂荣]]　[[AGE|90]]岁　行动需轮椅\n接送地址：[[ADDRESS|西安市莲湖区北院门街道西羊市127号3楼]]\n预约：[[DATE|11月26日]]上午　心内科复诊＋取药\n陪诊师：[[PERSON|卢晓雪]]（自驾[[PLATE|陕A·M3K71]]接送）　微信：[[ACCOUNT|peizhen_lxx]]　ＴＥＬ：[[PHONE|１８２０８６２８６４０]]\n下单人：孙女[[PERSON|党悦]]',
  ],
  [
    'student-insurance',
    '大学生医疗保险报销单\n学生：[[PERSON|季鸿博]]　学号2025013047　学院：机械工程学院\n身份证号：[[ID_CARD|61010420070830401X]]　学生医保号：[[INSURANCE_ID|SX6101260043117]]\n就诊：[[DATE|2026年10月28日]]校医院转诊，右踝关节扭伤，DR未见骨折，支具固定。\n合规费用：612.40元　报销比例：85%\n收款卡号：[[BANK_CARD|6228 4818 9052 3995 697]]',
  ],
  [
    'student-insurance',
    '来华留学生综合保险理赔申请\n被保险人：[[PERSON|Kwabena Asante]]（中文名：[[PERSON|安山]]）\n护照号：[[PASSPORT|G2871904]]　保单号：[[INSURANCE_ID|PA2026LX0083317]]\n出险日期：[[DATE|2026-11-02]]　诊断：登革热（NS1阳性），住院4天。\n宿舍：[[ADDRESS|广州市番禺区大学城外环西路100号留学生公寓6栋412]]\n邮箱：[[EMAIL|k.asante@example.edu.cn]]',
  ],
  [
    'student-insurance',
    '学生意外伤害险报案\n学生：[[PERSON|祝欣妍]]，七年级（4）班，[[DATE|11月17日]]体育课跳山羊时左腕着地，校医怀疑桡骨远端骨折，已送医。\n报案人：母亲[[PERSON|黄丽娟]]　[[PHONE|18149984639]]\n理赔款收款账户：[[BANK_CARD|9558 8023 8627 6875 425]]（工商银行，户名[[PERSON|黄丽娟]]）',
  ],
];

const en: Array<[string, string]> = [
  [
    'zoonosis',
    'NOTIFIABLE MEDICAL CONDITION – CATEGORY 1\nPatient: [[PERSON|Thabo Mokoena]]   SA ID no.: [[ID_CARD|6408157437087]]   Age: 62   Sex: M\nResidential address: [[ADDRESS|Plot 14, Rietfontein, Modimolle, 0510]]\nOccupation: cattle farmer; several cows aborted on the farm in October.\nDate of onset: [[DATE|12 November 2026]]   Rift Valley fever IgM positive.\nCell: [[PHONE|+27 82 417 3308]]\nNotifying clinician: Dr [[PERSON|Annelie Pretorius]]',
  ],
  [
    'zoonosis',
    "Animal Bite / Exposure Report – County Health Department\nExposed person: [[PERSON|Kaylee Brooks]]   DOB: [[DATE|04/22/2015]]\nParent/guardian: [[PERSON|Wyatt Brooks]]   Phone: [[PHONE|(541) 555-0137]]\nAddress: [[ADDRESS|2214 NE Alder Creek Rd, Bend, OR 97701]]\nExposure: bat found flying in the child's bedroom on waking, [[DATE|11/19/2026]]; bat escaped, not available for testing. Child was asleep – a bite cannot be ruled out.\nRecommendation: HRIG 20 IU/kg + rabies vaccine on days 0, 3, 7 and 14.",
  ],
  [
    'zoonosis',
    'Hi Dr [[PERSON|Fairbairn]],\nCould you squeeze in [[PERSON|Morag Lindqvist]] (NHS no. [[INSURANCE_ID|999 407 4288]]) today? She lives in [[ADDRESS|Whitby]], runs a small parrot rescue, and her African grey, Captain, died last week. She now has fever, a dry cough and a thumping headache. Her mobile is [[PHONE|07700 900417]].\nThanks, [[PERSON|Eilidh]] (practice nurse)',
  ],
  [
    'zoonosis',
    "Adm note [[DATE|11/20/26]] – [[PERSON|Jericho Dela Paz]], 34/M, jeepney driver from [[ADDRESS|Brgy. Tumana, Marikina City]]. Waded through floodwater after the typhoon around [[DATE|Nov 8]]. Febrile x5 days, bilateral calf pain, conjunctival suffusion; creatinine 4.1 mg/dL, plt 62. Imp: severe leptospirosis (Weil's disease). Start Pen G 1.5 MU q6h. PhilHealth no. [[INSURANCE_ID|12-025884317-6]]. Wife [[PERSON|Rowena]] – [[PHONE|0917 624 3308]].",
  ],
  [
    'zoonosis',
    '[[PERSON|Manjunath Gowda]], 41, areca plantation worker from [[ADDRESS|Tirthahalli taluk, Shivamogga district]], admitted [[DATE|18/11/2026]] with high fever, myalgia and gum bleeding; villagers reported dead langurs in the forest last month. KFD RT-PCR sent to the state lab. IP No. [[MRN|2026/IP/18473]]. Attender: brother [[PERSON|Ravi]] ([[PHONE|+91 94481 20376]]).',
  ],
  [
    'zoonosis',
    'Zoonoses Reference Laboratory – Final Report\nSpecimen: [[MRN|ZL-26-07719]]   Patient: [[PERSON|Ezekiel Hostetler]]   DOB: [[DATE|1/4/1979]]\nCoxiella burnetii phase II IgG 1:1024, IgM 1:256 – consistent with acute Q fever. Epi: goat kidding season on his farm in [[ADDRESS|Lancaster County, PA]].\nReported to the state health department on [[DATE|11/19/2026]].',
  ],
  [
    'zoonosis',
    'Brucella serology: SAT 1:320, Coombs antiglobulin titre 1:640. Blood cultures to be incubated for 21 days; warn the laboratory (hazard group 3). Doxycycline 100 mg bd plus rifampicin 600 mg od for 6 weeks if confirmed.',
  ],
  [
    'travel-clinic',
    'Travel Vaccination Certificate Request\nName: [[PERSON|Mohammed Irfan Shaikh]]   Passport No.: [[PASSPORT|Z4417093]]\nAadhaar: [[ID_CARD|3360 6826 2592]]\nTravel: Hajj, departing Mumbai [[DATE|15-12-2026]]\nGiven: MenACWY conjugate (lot MN4471B) and seasonal influenza on [[DATE|20-11-2026]].\nMobile: [[PHONE|+91 98201 44716]]',
  ],
  [
    'travel-clinic',
    'Travel Health Consult – [[DATE|11/18/2026]]\nPt: [[PERSON|Naomi Whitfield-Osei]], 24F, leaving for Peace Corps service in Ghana on [[DATE|01/09/2027]].\nYF vaccine given, ICVP signed. Typhoid Vi, Hep A #1. Malaria: atovaquone-proguanil vs doxycycline discussed; she prefers doxy (acne bonus).\nPaid: Visa [[BANK_CARD|4052 1617 5808 9477]]. Portal message sent to [[EMAIL|naomi.wo@example.edu]].\nMRN [[MRN|E4471902]]',
  ],
  [
    'travel-clinic',
    'Dear [[PERSON|Callum Rennie-Shaw]],\nFollowing your travel clinic appointment on Thursday [[DATE|19 November]], here is the plan for Kilimanjaro (Lemosho route, departing [[DATE|2 January]]): acetazolamide 125 mg twice daily from the day before ascent; descend if headache worsens despite rest, or with unsteadiness or breathlessness at rest. Your hepatitis A and typhoid vaccines are up to date.\nBest wishes,\n[[PERSON|Harriet Okonjo]], Travel Health Nurse',
  ],
  [
    'travel-clinic',
    'UKVI-approved TB screening clinic, Lagos\nApplicant: [[PERSON|Oluwadamilare Adeyemi-Bakare]]   Passport: [[PASSPORT|A09813527]]   NIN: [[ID_CARD|48213906571]]\nDOB: [[DATE|03/07/1998]]   Chest X-ray: no features of active TB. Certificate valid for 6 months.\nPhone: [[PHONE|+234 803 441 7260]]',
  ],
  [
    'travel-clinic',
    'PRE-EMPLOYMENT MEDICAL EXAMINATION (OFW)\n[[PERSON|Jonalyn Pascual]], 28/F, destination Riyadh, passport [[PASSPORT|P7319402B]], examined [[DATE|Nov 14, 2026]]. CXR normal; HBsAg non-reactive; urine pregnancy test negative; VDRL non-reactive. FIT TO WORK. Clinic ref. 26-11-0934.',
  ],
  [
    'travel-clinic',
    'Yellow fever vaccine is contraindicated in people with thymus disorders or severe immunosuppression and in infants under 6 months; a medical exemption letter can be issued instead, and travellers should be told that the exemption may not be accepted at every border.',
  ],
  [
    'sports-medicine',
    'Athletic Training – Concussion Log\nAthlete: [[PERSON|Jaylen Okafor-Reyes]] (LB, #44)   DOB: [[DATE|02/11/2005]]   Student ID 900417725\nDOI: [[DATE|10/31/2026]] – helmet-to-helmet hit, no LOC, amnesia for the 2nd quarter.\nSCAT6 symptom severity 38 (day 0) → 4 ([[DATE|11/20]]). Return-to-learn complete; cleared for stage 3 by Dr [[PERSON|Halvorsen]].\nParent: [[PERSON|Marisol Reyes]]   [[PHONE|(915) 555-0162]]',
  ],
  [
    'sports-medicine',
    '[[PERSON|Achilles Papadopoulos]], 52, social tennis, felt a "kick" to his left calf on [[DATE|14/11]]. Simmonds–Thompson test positive, palpable gap 4 cm above the insertion. Dx: acute Achilles tendon rupture. Plan: functional bracing with heel wedges, physio with [[PERSON|Tahlia Munro]] from week 2. Medicare [[INSURANCE_ID|2326 70796 1]]. Mobile [[PHONE|0491 570 318]].',
  ],
  [
    'sports-medicine',
    "Mrs [[PERSON|Lindiwe Baker]] (47), a parkrun regular, reports a tight swelling behind the right knee after Saturday's run. Ultrasound: 5.2 cm Baker's cyst, no DVT. Plan: quads strengthening, reduce hill sessions. Medical aid no. [[INSURANCE_ID|DH 771 040 395]]. Paid gap: Mastercard [[BANK_CARD|2221 4850 8513 3157]]. Address: [[ADDRESS|17 Jacaranda Crescent, Durbanville, Cape Town, 7550]]. Cell [[PHONE|+27 72 660 1843]].",
  ],
  [
    'sports-medicine',
    'Seen with Dr [[PERSON|Jones]] today: [[PERSON|Tyrese Whitaker]], 20, point guard, lateral foot pain after a cutting move on [[DATE|11/17]]. XR: zone 2 (Jones) fracture of the 5th metatarsal. Plan: NWB boot, discuss early IM screw fixation as he is in season. MRN [[MRN|88310472]].',
  ],
  [
    'sports-medicine',
    'Team doctor note – [[PERSON|Ifeanyi Okeke]] (22), striker. Grade 2 right hamstring strain (biceps femoris long head) sustained in training on [[DATE|8 Nov]]; MRI shows 4 cm oedema, no tendon involvement. Expected return 3–4 weeks. Copy to his agent [[PERSON|Kelechi Obi]], [[EMAIL|kobi.sports@example.com.ng]].',
  ],
  [
    'sports-medicine',
    '[[PERSON|Arjun Reddy Kothapalli]], 19, fast bowler from [[ADDRESS|Kukatpally, Hyderabad]], low back pain for 6 weeks. MRI [[DATE|11 Nov 2026]]: left L4 pars stress reaction, no fracture line. Off bowling 12 weeks, core programme. Coach Mr. [[PERSON|Desai]] informed with consent.',
  ],
  [
    'fertility',
    'Reproductive Endocrinology – Cycle Summary\nPatient: [[PERSON|Priya Raghunathan]]   DOB: [[DATE|1989-03-17]]   MRN: [[MRN|RE-220918]]\nPartner: [[PERSON|Daniel Kowalczyk]]\nRetrieval [[DATE|11/06/2026]]: 11 oocytes, 8 MII, 6 2PN; PGT-A: 2 euploid blastocysts.\nFET planned [[DATE|12/14/2026]].\nInsurance member ID: [[INSURANCE_ID|XJH884201736]]',
  ],
  [
    'fertility',
    "Dear Ms [[PERSON|Ellery]],\nThank you for choosing donor [[MRN|HX-1183]] for your treatment. The donor's non-identifying profile (height 182 cm, blood group O positive, occupation: structural engineer) is enclosed; any child born may ask for the donor's identity from age 18. Your patient number is [[MRN|FC26-0317]] and your next scan is on Tuesday [[DATE|1 December]].\nKind regards,\nDr [[PERSON|Imogen Tate]]",
  ],
  [
    'fertility',
    'OB-Gyn clinic, [[DATE|Nov 19, 2026]] – [[PERSON|Ma. Cristina Villanueva-Sy]], 33, G0, TTC x 3 yrs. HSG: bilateral tubal patency. Husband [[PERSON|Anton Sy]] – semen analysis 8 M/mL, motility 31%. Plan IUI this cycle, letrozole 5 mg CD3–7. PhilHealth [[INSURANCE_ID|19-200417563-2]]. Contact [[PHONE|0998 415 2073]] / Messenger [[ACCOUNT|tinavsy.ph]].',
  ],
  [
    'sleep-lab',
    'POLYSOMNOGRAPHY REPORT\nPatient: [[PERSON|KOWALSKI, Bernadette]]   DOB: [[DATE|07/30/1961]]   Study ID: [[MRN|SL-26-4471]]\nStudy date: [[DATE|11/16/2026]]\nAHI 8.1/h (supine 14.6), nadir SpO2 86%, PLMI 42/h. Epworth 11.\nImpression: mild OSA; periodic limb movements – check ferritin.\nReferring: [[PERSON|Ravi Subramaniam]], MD   Interpreting: [[PERSON|Gretchen Holloway]], DO',
  ],
  [
    'sleep-lab',
    'Sleep Study (Level III HSAT)\nName: [[PERSON|Sunita Deshpande]]   Age/Sex: 49/F   UHID: [[MRN|PUN2611-04417]]\nABHA No.: [[INSURANCE_ID|91-4417-2603-8815]]\nStudy night: [[DATE|17-11-2026]]. REI 22.4/h, nadir SpO2 79%. Moderate OSA. Advised APAP 6–14 cmH2O and weight reduction.',
  ],
  [
    'sleep-lab',
    "CPAP compliance download [[DATE|20/11/2026]] – [[PERSON|Kevin O'Dwyer]], machine s/n 23191750334. Average use 6 h 12 min, 93% of nights ≥4 h, residual AHI 2.4, 95th centile leak 18 L/min. Patient app username [[ACCOUNT|kev.sleeps]] linked. Next review with Dr [[PERSON|Anjali Moorthy]] in 6 months.",
  ],
  [
    'sleep-lab',
    'Scoring per AASM v3: hypopnoeas scored with ≥3% desaturation or arousal. Total sleep time 352 min, sleep efficiency 81%, N3 12%, REM 18%, REM latency 96 min. No cardiac arrhythmia during the study.',
  ],
  [
    'audiology',
    'Audiology Department – Hearing Aid Fitting\nPatient: Mr [[PERSON|Percival Ashdown]]   DOB: [[DATE|03/05/1932]]   Age: [[AGE|94]]\nNHS No.: [[INSURANCE_ID|999 043 7122]]   Hosp No.: [[MRN|K4471026]]\nAddress: [[ADDRESS|Flat 3, Ashgrove Court, 22 Kings Road, Harrogate HG1 5JW]]\nFitted: bilateral RITE aids (L s/n 2247A118, R s/n 2247A119), NAL-NL2, real-ear verified. Rechargeable.\nAudiologist: [[PERSON|Bethan Pryce]]',
  ],
  [
    'audiology',
    '[[PERSON|Dolores Quintanilla]], 71, AzBio sentences in quiet 28% best-aided; meets cochlear implant candidacy. Medicare MBI [[INSURANCE_ID|5EG4-TE1-MK72]]. Daughter [[PERSON|Yesenia]] interprets (Spanish). Surgery tentatively [[DATE|Jan 12, 2027]] with Dr [[PERSON|Castellanos]].',
  ],
  [
    'audiology',
    'Newborn Hearing Screening\nBaby of [[PERSON|Chiamaka Eze-Nwosu]]   DOB: [[DATE|21/10/2026]]   Hosp no.: [[MRN|LGH/NB/26/3307]]\nAABR: refer right ear, pass left. Risk factors: NICU 6 days, phototherapy for bilirubin 19 mg/dL.\nRescreen booked for [[DATE|25/11/2026]]. Mum: [[PHONE|0806 129 5574]]',
  ],
  [
    'audiology',
    'Tympanometry type B bilaterally with normal ear-canal volumes, consistent with middle-ear effusion. Pure-tone average 28 dB HL right, 30 dB HL left. Recheck in 3 months; refer for grommets if persistent.',
  ],
  [
    'wound-care',
    "Home Health Skilled Nursing Visit [[DATE|11/21/2026]]\nPt: [[PERSON|Earl Mayweather-Dunn]], 84   Address: [[ADDRESS|118 Cottonwood Ln, Apt 2B, Tulsa, OK 74104]]\nStage 4 sacral pressure injury 6.0 × 4.5 × 2.1 cm, tunneling 2 cm at 12 o'clock; NPWT 125 mmHg continuous. Braden 12.\nCaregiver: granddaughter [[PERSON|Shaniqua]]   [[PHONE|(918) 555-0148]]",
  ],
  [
    'wound-care',
    'Burns dressing clinic – [[PERSON|Lerato Khumalo]] (ID [[ID_CARD|9102273198080]]), 35 y, 12% TBSA partial-thickness scald from a paraffin stove on [[DATE|2 Nov 2026]]. Silver foam dressings changed; graft donor site healed. Lives at [[ADDRESS|2289 Vilakazi Street, Orlando West, Soweto, 1804]]. Next visit [[DATE|27 Nov]].',
  ],
  [
    'wound-care',
    'Wound clinic – [[PERSON|Rodolfo Bautista]], 66, called Mang [[PERSON|Dodong]] by everyone on the ward. L heel ulcer 3 × 2.5 cm, probe-to-bone positive; X-ray: calcaneal osteomyelitis. HbA1c 10.2%. From [[ADDRESS|Purok 3, Brgy. San Isidro, Tanauan City, Batangas]]. Son [[PERSON|Rodel]] ([[PHONE|0927 833 1406]]) consents to debridement.',
  ],
  [
    'wound-care',
    'Apply silver alginate rope to the cavity and cover with a bordered silicone foam; change every 3 days or at strike-through. Offload the heel with a pressure-relief boot. Swab only if clinical signs of infection.',
  ],
  [
    'device-recall',
    'URGENT: MEDICAL DEVICE RECALL\nDear Mr. [[PERSON|Delgado]],\nOur records show that you use a sleep therapy device affected by this recall (serial number shown on the enclosed form). Your device registration number is [[MRN|REG-7731-0846]]. Please register for a replacement at [[URL|https://recall.example.com/register]] using confirmation code XK4-771, and keep using your device unless your doctor advises otherwise.\nMailed to: [[ADDRESS|4471 W Sunnyslope Dr, Phoenix, AZ 85021]]',
  ],
  [
    'device-recall',
    'Dear Mrs [[PERSON|Gwendolyn Harcourt-Pike]],\nRe: DOB [[DATE|14.09.1949]]; Hosp No. [[MRN|RX0883417]]\nYou had a metal-on-metal hip resurfacing at this hospital on [[DATE|22 March 2010]]. In line with national guidance we are inviting all such patients for a blood test (cobalt and chromium) and an MRI scan. Please ring the orthopaedic secretaries on 0113 496 0725 to book.\nYours sincerely,\nMr [[PERSON|Aled Vaughan]], Consultant Orthopaedic Surgeon',
  ],
  [
    'device-recall',
    'Breast Device Registry follow-up – [[PERSON|Kirrily Nguyen]], DOB [[DATE|11/06/1984]], Medicare [[INSURANCE_ID|5706 77345 1]]. Macrotextured implants inserted [[DATE|03/2014]]. Asymptomatic; BIA-ALCL information sheet given; explantation not recommended. Copy emailed to [[EMAIL|kirrily.n@example.com.au]].',
  ],
  [
    'device-recall',
    'Affected lots: 24K117 to 24K139, manufactured between 01 March and 30 June 2025. Stop using affected infusion sets and return them to your supplier; unaffected lots can be identified by the green band on the box.',
  ],
  [
    'pharmacy-delivery',
    'DELIVERY MANIFEST – Route 7 – [[DATE|11/21]]\nStop 4: [[PERSON|Hollis Abernathy]]   [[ADDRESS|902 Magnolia St, Unit C, Savannah, GA 31401]]   [[PHONE|(912) 555-0119]]\nRx [[MRN|6032281]] apixaban 5 mg #60; Rx [[MRN|6032282]] furosemide 40 mg #30\nCard on file: Discover [[BANK_CARD|6011 6142 3078 4516]]\nSignature required. Gate code 4471#.\nDriver: [[PERSON|Marco]]',
  ],
  [
    'pharmacy-delivery',
    'Order MED8814730 | Patient: [[PERSON|Kamala Subramanian]] | Deliver to: [[ADDRESS|Flat 12B, Prestige Shantiniketan, Whitefield, Bengaluru 560048]] | Mob: [[PHONE|+91 99001 35582]] | Items: insulin glargine 100 IU/mL pen ×3 (cold chain), metformin 500 mg SR ×60 | Paid via UPI [[ACCOUNT|kamala.s@okexample]] | Prescriber: Dr [[PERSON|Harish Nair]], Reg. No. KMC 48213',
  ],
  [
    'pharmacy-delivery',
    'Controlled Drug Home Delivery Record\nPatient: [[PERSON|Declan Fitzmaurice]]   [[ADDRESS|41 Albion Terrace, Leeds LS6 2HR]]\nItem: oxycodone MR 10 mg tablets ×56 (Schedule 2)\nReceived by: [[PERSON|Róisín Fitzmaurice]] (wife); ID checked: driving licence\nDelivered [[DATE|20/11/2026]] 14:35 by [[PERSON|Gary Tuck]]',
  ],
  [
    'pharmacy-delivery',
    'Dispatch note: deliver to Mrs [[PERSON|Folake Adewale]], [[ADDRESS|14B Adeola Odeku Street, Victoria Island, Lagos]], [[PHONE|+234 809 114 6630]]. Items: artemether-lumefantrine 80/480 ×1 pack; ORS sachets ×10. Paid by card [[BANK_CARD|5719 8095 7775 3549]]. Rider: [[PERSON|Sunday Eze]] – customer asked for delivery before church on Sunday.',
  ],
  [
    'complaints',
    "Dear Patient Experience Team,\nI wish to appeal parking charge notice PCN 40017733 issued to my car [[PLATE|YK19 FWD]] on [[DATE|12 November]]. I was in the Day Surgery Unit with my husband [[PERSON|Derek Lomax]] (hospital number [[MRN|S884127]]), whose operation overran by three hours, and the pay machine wasn't taking cards.\nYours faithfully,\n[[PERSON|Pauline Lomax]]\n[[ADDRESS|6 Wharfedale View, Otley LS21 3JP]]\n[[EMAIL|pauline.lomax@example.co.uk]]",
  ],
  [
    'complaints',
    'Patient Relations – Grievance Intake G-26-1183\nComplainant: [[PERSON|Tanisha Greenleaf]] (mother of patient [[PERSON|DeShawn Greenleaf]], 7)\nPatient account no.: [[MRN|PA-000918834]]\nIssue: billed twice for the ED visit of [[DATE|10/03/2026]]; requests refund to card [[BANK_CARD|3751 893892 93927]]. Also states the security officer at the ED entrance was rude to her.\nCallback: [[PHONE|(404) 555-0176]]',
  ],
  [
    'complaints',
    'Complaint form – Casualty\nName: [[PERSON|Pieter van Wyk]]   Cell: [[PHONE|+27 83 902 4416]]\nMy vehicle [[PLATE|CA 417-382]] was clamped at the Casualty entrance on [[DATE|15/11/2026]] while I carried my father in after his stroke. I paid R650 to have it released. I want the money back and an apology from the parking contractor.',
  ],
  [
    'complaints',
    'Parking validation dispute – visitor [[PERSON|Guadalupe Ortiz]], vehicle [[PLATE|8KPL294]] (CA), visiting her son [[PERSON|Mateo Ortiz]] from [[DATE|11/14]] to [[DATE|11/18]]. Garage charged daily rate instead of the NICU/ICU family rate. Refund approved by [[PERSON|Tom Bradshaw]], Guest Services.',
  ],
  [
    'complaints',
    'Security incident: at 21:40 the ambulance bay was blocked for 12 minutes by a private car [[PLATE|MH 12 KT 4471]]. The driver, [[PERSON|Sanjay Patil]], said he was bringing his mother [[PERSON|Vimal Patil]] for dialysis. Vehicle moved after request; no delay to incoming cases.',
  ],
  [
    'patient-advocate',
    'From: [[PERSON|Rebecca Solberg]] <[[EMAIL|rsolberg@advocates.example.org]]>\nTo: Patient Relations\nSubject: Escalation – Mr. [[PERSON|Amos Littlejohn]], MRN [[MRN|77104382]]\nI am the patient advocate for Mr. [[PERSON|Littlejohn]], a 68-year-old Navajo veteran admitted since [[DATE|11/10]]. He has asked three times for a Navajo interpreter for consent discussions and has not been given one. Please confirm by tomorrow how this will be addressed.',
  ],
  [
    'patient-advocate',
    "Dear [[PERSON|Gráinne]],\nI'm writing on behalf of [[PERSON|Pádraig Ó Catháin]] (MRN [[MRN|0419937]]), who has been on a trolley in the ED since [[DATE|16 November]]. He is 82, has dementia and hasn't had a wash in three days. His daughter [[PERSON|Aoife]] has given me consent to raise this.\nRegards,\n[[PERSON|Tadhg Mac Cárthaigh]], Patient Advocacy Service\n[[PHONE|087 418 2265]] | [[EMAIL|tadhg.mc@example.ie]]",
  ],
  [
    'patient-advocate',
    'Dear Sir/Ma,\nI am writing as patient advocate for Alhaji [[PERSON|Musa Danjuma]] (hospital no. [[MRN|KTH/26/0913]]), who was asked to pay a deposit of ₦350,000 before his dialysis could continue. He is enrolled with the state health insurance scheme, member no. [[INSURANCE_ID|KSCHMA/0447/18821]]. Kindly contact his son [[PERSON|Abubakar Musa]] on [[PHONE|+234 806 773 2190]].',
  ],
  [
    'court-assessment',
    'FORENSIC EVALUATION – Competency to Stand Trial\nDefendant: [[PERSON|Roderick Vance]]   Case No. 26-CR-04471   DOB: [[DATE|08/14/1990]]\nInterviewed [[DATE|11/12/2026]] at the County Detention Center (2.5 h). Collateral: mother [[PERSON|Loretta Vance]].\nOpinion: not presently competent (disorganised thought, unable to describe the role of his attorney); restoration likely with treatment.\nEvaluator: [[PERSON|Lorraine Whitcombe]], PsyD',
  ],
  [
    'court-assessment',
    'Report for the Court – R v [[PERSON|Kieran Malloy]]\nDOB: [[DATE|2 April 2001]]. I assessed Mr [[PERSON|Malloy]] at HMP Leeds on [[DATE|9 November 2026]] at the request of his solicitor, Ms [[PERSON|Joanne Pritchard]]. In my opinion he is fit to plead and to stand trial, provided he is given breaks and an intermediary.\nDr [[PERSON|Olamide Fashola]], Consultant Forensic Psychiatrist',
  ],
  [
    'court-assessment',
    'MEDICO-LEGAL CERTIFICATE (Injury)\nMLC No.: [[MRN|MLC/2026/1147]]\nName: [[PERSON|Ramesh Yadav s/o Shivnath Yadav]], age 34, R/o [[ADDRESS|H.No. 117, Gali No. 4, Sangam Vihar, New Delhi 110080]]\nBrought by: Constable [[PERSON|Vikas Kumar]] (Belt No. 2291)\nIdentification mark: mole on left cheek.\nInjuries: lacerated wound 4 × 1 cm over the occipital scalp; nature simple; caused by blunt object.\nExamined on [[DATE|19/11/2026]] at 23:40.',
  ],
  [
    'disability-benefit',
    'PIP supporting evidence – GP letter\nRe: [[PERSON|Shauna Kilbride]], DOB [[DATE|19/01/1987]], NI number [[ID_CARD|QQ 48 21 07 B]]\nAddress: [[ADDRESS|27 Crossley Street, Halifax HX1 5QN]]\nDiagnoses: fibromyalgia, ME/CFS, PTSD. She needs prompting to eat and cannot plan a journey alone.\nDr [[PERSON|Mohammed Iqbal]]',
  ],
  [
    'disability-benefit',
    'SASSA Disability Grant – Medical Assessment Report\nApplicant: [[PERSON|Nomvula Dlamini]]   ID no.: [[ID_CARD|0203113957088]]\nAddress: [[ADDRESS|Stand 4471, Extension 9, Tembisa, 1632]]\nDiagnosis: HIV-associated neurocognitive disorder; bilateral optic atrophy (VA 6/60 R, 3/60 L).\nRecommendation: permanent disability grant.\nAssessing doctor: Dr [[PERSON|Farouk Essop]]   Date: [[DATE|18 November 2026]]',
  ],
  [
    'disability-benefit',
    'Medical Source Statement – SSDI claim\nClaimant: [[PERSON|Bobby Ray Tuttle]]   SSN: [[ID_CARD|987-65-4323]]   DOB: [[DATE|09/03/1971]]\nDx: failed back surgery syndrome after L4–S1 fusion (ICD-10 M96.1, M54.16). Can sit < 2 h and stand < 1 h in an 8-hour day; will miss > 4 days/month.\nTreating physician: [[PERSON|Anita Kowalczyk-Boone]], MD',
  ],
  [
    'death-certificate',
    'Death Certificate Worksheet – Medical Certifier\nDecedent: [[PERSON|Mildred Josephine Haskins]]   Age: [[AGE|94]]   DOB: [[DATE|02/17/1932]]\nSSN: [[ID_CARD|987-65-4327]]\nResidence: [[ADDRESS|77 Birch Hollow Rd, Montpelier, VT 05602]]\nDate of death: [[DATE|11/19/2026]]   Place: home (hospice)\nPart I: (a) aspiration pneumonia – days; (b) vascular dementia – years.\nInformant: [[PERSON|Gordon Haskins]] (son)\nCertifier: [[PERSON|Priscilla Oyelaran]], MD',
  ],
  [
    'death-certificate',
    'CERTIFICATE OF DEATH (Municipal Form No. 103)\nName: [[PERSON|Evangeline Soriano Macaraeg]]   Sex: F   Age: [[AGE|98]]\nResidence: [[ADDRESS|Brgy. Poblacion East, Calasiao, Pangasinan]]\nDate of death: [[DATE|November 10, 2026]]\nImmediate cause: pneumonia; antecedent: cerebrovascular disease.\nInformant: [[PERSON|Rodrigo Macaraeg]] (son)   Attending: Dr. [[PERSON|Ma. Luisa Tan]]',
  ],
  [
    'death-certificate',
    'MCCD notes – deceased [[PERSON|Harold Bramwell]], aged [[AGE|91]], last seen alive by me on [[DATE|17 November 2026]], died [[DATE|18 November 2026]] at home, [[ADDRESS|Beechwood, 4 Mill Lane, Skipton BD23 1AA]]. 1a metastatic prostate cancer. Scrutinised by medical examiner Dr [[PERSON|Yasmin Chaudhry]]. Next of kin: [[PERSON|Janet Bramwell]], [[PHONE|07700 900562]].',
  ],
  [
    'death-certificate',
    'Notification of death: Gogo [[PERSON|Nomsa Mahlangu]], aged [[AGE|96]], died peacefully at home in [[ADDRESS|KwaMhlanga]] on [[DATE|13 November 2026]]. Natural causes; under treatment for hypertension and heart failure for 20 years. Reported by her grandson [[PERSON|Sipho]].',
  ],
  [
    'autopsy',
    'Request for Autopsy – Authorization\nDecedent: [[PERSON|Travis Lee Holcomb]], 44 M, MRN [[MRN|60017734]], expired [[DATE|11/20/2026]] 04:15 in MICU.\nNext of kin: [[PERSON|Crystal Holcomb]] (wife)   Phone: [[PHONE|(270) 555-0153]]\nLimitations: no face or neck dissection.\nClinical question: cause of refractory VF arrest 36 h after admission for chest pain.\nRequesting physician: Dr [[PERSON|Nakamura]]   Autopsy no.: [[MRN|A26-0118]]',
  ],
  [
    'autopsy',
    'Police request for post-mortem examination. Deceased: [[PERSON|Emeka Obiora-Nwankwo]], male, about 30, brought in dead on [[DATE|17/11/2026]] after a road traffic crash on the Lagos–Ibadan expressway; vehicle involved [[PLATE|KJA 417 XE]]. Identified by his brother [[PERSON|Chukwudi Obiora]]. PM no. [[MRN|PM/26/1147]]. Pathologist: Dr [[PERSON|Funmilayo Adebanjo]].',
  ],
  [
    'genetic-counselling',
    'Genetic Counseling Note – [[PERSON|Rachel Abramowitz]] (DOB [[DATE|05/30/1985]], MRN [[MRN|30184477]])\nFamily history: mother [[PERSON|Judith]] – breast cancer at 42, ovarian cancer at 58; maternal aunt [[PERSON|Miriam Gold]] – breast cancer at 39; maternal grandfather – pancreatic cancer. Ashkenazi Jewish ancestry on both sides.\nPlan: multigene panel including BRCA1/2 founder variants.\nCounselor: [[PERSON|Leah Whitman]], MS, CGC',
  ],
  [
    'genetic-counselling',
    '[[PERSON|Fionnuala Breathnach]] brought her family tree back to 1847: her great-great-grandfather [[PERSON|Seán Breathnach]] left [[ADDRESS|Carna, Co. Galway]] for Boston and came home. She is C282Y homozygous; ferritin 1,140 µg/L, transferrin saturation 78%. Venesection weekly. Brother [[PERSON|Cathal]] to be offered testing.',
  ],
  [
    'genetic-counselling',
    'FH cascade screening – index case [[PERSON|Hendrik Pienaar]] carries an LDLR Afrikaner founder variant. Relatives tested so far: sister [[PERSON|Marietjie Botha]] (positive, LDL-C 5.8 mmol/L), son [[PERSON|Ruan Pienaar]], 14 (positive, LDL-C 6.9 mmol/L, statin started). Results letter to [[EMAIL|pienaar.hendrik@example.co.za]].',
  ],
  [
    'genetic-counselling',
    'Thalassaemia carrier counselling – couple [[PERSON|Imran Qureshi]] (HbA2 5.8%) and [[PERSON|Sana Qureshi]] (HbA2 5.4%), first cousins, 11 weeks pregnant (LMP [[DATE|01/09/2026]]). 25% risk of thalassaemia major explained; CVS offered and accepted. Contact [[PHONE|+91 98111 72046]].',
  ],
  [
    'clinical-trial',
    "Screening Log – Protocol XR-3317 (v4.0, 06 Jun 2026)\nScr # | Initials | Age | Date | Outcome\n[[MRN|101-007]] | [[PERSON|T.M.K.]] | 58 | [[DATE|11/02/2026]] | SF – HbA1c 11.4%\n[[MRN|101-008]] | [[PERSON|A.R.]] | 63 | [[DATE|11/09/2026]] | Randomized [[MRN|R-0442]]\n[[MRN|101-009]] | [[PERSON|J.O'B.]] | 47 | [[DATE|11/16/2026]] | Pending labs\nPI: [[PERSON|Margaret Ekwueme]], MD",
  ],
  [
    'clinical-trial',
    'Participant: [[PERSON|Lakshmi Narayanan]]   Participant ID: [[MRN|CHN-02-0117]]   Aadhaar: [[ID_CARD|5462 0134 8154]]\nAudio-visual consent recorded on [[DATE|12-11-2026]]; LAR: husband [[PERSON|S. Narayanan]].\nImpartial witness: [[PERSON|Fathima Beevi]]',
  ],
  [
    'clinical-trial',
    'Dear [[PERSON|Oluwaseyi]],\nThank you for completing visit 6 of the HEARTFELT study on [[DATE|18 November]]. Your £40 travel reimbursement has been paid to the card ending 2206. Your participant number is [[MRN|HF-0339]]; please quote it if you call.\n[[PERSON|Hannah Ruddock]], Research Nurse',
  ],
  [
    'audit-log',
    'Break-the-Glass Access Report – Privacy Office\nUser [[ACCOUNT|jmcallister2]] (Radiology Tech) opened the restricted record of [[PERSON|Lavinia Okereke-Shaw]], MRN [[MRN|91822047]], on [[DATE|11/18/2026]] 23:51 from workstation RAD-WS-14 ([[IP|203.0.113.19]]), reason entered "pt care", and again on [[DATE|11/19/2026]] 00:06. User is not on the care team. Assigned to [[PERSON|Carla Benitez]].',
  ],
  [
    'audit-log',
    'SCR access audit\nUser: [[PERSON|Nadia Kaur]] (Receptionist), smartcard 5550 4471 2930\nViewed: Summary Care Record of [[PERSON|Thomas Eadie]], NHS [[INSURANCE_ID|999 751 9361]], on [[DATE|14/11/2026]] 16:02, reason "direct care".\nLegitimate relationship: none found. Caldicott Guardian notified.',
  ],
  [
    'audit-log',
    'Portal sign-in history for [[ACCOUNT|bindi.w]]\n[[DATE|19/11/2026]] 07:12 AEDT   [[IP|198.51.100.142]]   Sydney    Success\n[[DATE|19/11/2026]] 07:13 AEDT   [[IP|198.51.100.142]]   Sydney    Viewed pathology: HbA1c\n[[DATE|20/11/2026]] 02:48 AEDT   [[IP|2001:db8:bd::7a]]   Unknown   Failed (2FA)',
  ],
  [
    'sms-reminder',
    'Riverbend Clinic: Hi [[PERSON|Jasmine]], reminder of your appt w/ Dr. [[PERSON|Okoro]] on Tue [[DATE|11/24]] at 2:15 PM. Reply C to confirm, R to reschedule. Check in online: [[URL|https://rb.example.com/ci/9KX31]] Msg&data rates may apply.',
  ],
  [
    'sms-reminder',
    'Dear [[PERSON|Gareth Pugh]], your hearing aid repair is ready for collection from Audiology, Level 2, from Mon [[DATE|23 Nov]]. Please bring your brown book. Blue Badge parking is registered for [[PLATE|CU68 WZT]]. Do not reply to this message.',
  ],
  [
    'sms-reminder',
    'Good day po! Reminder: si baby [[PERSON|Althea Mae Ramos]] ay naka-schedule for PCV booster sa [[DATE|Nov 28]] (Sat) 8AM, Brgy. Health Center. Pakidala po ang baby book. Questions? Text Nurse [[PERSON|Liza]] [[PHONE|0917 802 4461]].',
  ],
  [
    'sms-reminder',
    'Dear [[PERSON|Farida Begum]], your TB medicines for this week are ready at the PHC. Nikshay ID [[MRN|NK-41177203]]. Please come before Saturday. Missed doses? Call ASHA didi [[PERSON|Sunita]] on [[PHONE|+91 70421 58836]].',
  ],
  [
    'voice-transcript',
    'this is doctor [[PERSON|hargrove]] dictating a clinic note on [[PERSON|benjamin tso]] date of birth [[DATE|march third nineteen fifty two]] medical record number [[MRN|four four one seven seven two six]] he is a seventy four year old gentleman here for follow up of his heart failure period his weight is up two kilos period new paragraph plan increase furosemide to forty milligrams twice daily',
  ],
  [
    'voice-transcript',
    'hello doctor madam this is [[PERSON|Venkatesh]] calling from [[ADDRESS|Ambattur]] my mother [[PERSON|Saraswathi]] her UHID is [[MRN|CH 2261 407]] she is having sugar four hundred since morning itself and vomiting two times what to do kindly call back on [[PHONE|nine eight four one zero two two six seven three]]',
  ],
  [
    'voice-transcript',
    '[voice note, auto-transcribed] good evening doctor na me [[PERSON|Blessing Nwachukwu]] wey you see for clinic last week my hospital number na [[MRN|GH 26 0417]] abeg the drug wey you give me dey make my body scratch me small small i fit stop am my number na [[PHONE|zero eight one three five five eight two nine zero four]]',
  ],
  [
    'bilingual-discharge',
    'DISCHARGE SUMMARY 出院摘要\nName 姓名: [[PERSON|CHEUNG Wai Kuen]] [[PERSON|張偉權]]   HKID: [[ID_CARD|K730591(5)]]\nHospital No.: [[MRN|HN26037784]]   Adm: [[DATE|09/11/2026]]   D/C: [[DATE|16/11/2026]]\nDx: community-acquired pneumonia, RLL; type 2 DM.\nFU: MOPD [[DATE|30/11/2026]]. Please bring this letter 請帶備此信.',
  ],
  [
    'bilingual-discharge',
    'Discharge Instructions / Instrucciones de alta\nPatient/Paciente: [[PERSON|Ana Lucía Pérez Galindo]]   DOB/Fecha de nacimiento: [[DATE|06/02/1979]]\nDiagnosis/Diagnóstico: cellulitis of left leg / celulitis de la pierna izquierda\nMedications/Medicamentos: cephalexin 500 mg four times a day for 7 days / cefalexina 500 mg cuatro veces al día por 7 días\nFollow-up/Seguimiento: Dr. [[PERSON|Ruiz-Ortega]], [[DATE|11/27]] – clinic/clínica (505) 555-0100',
  ],
  [
    'mini-program',
    '[screenshot text] 9:41   ◀ My profile\nName: [[PERSON|Aaliyah Rahman-Cole]]\nDate of birth: [[DATE|12 Aug 1993]]\nMobile: [[PHONE|0491 570 662]]\nEmail: [[EMAIL|aaliyah.rc@example.com.au]]\nIHI: [[INSURANCE_ID|8003 6084 1772 0430]]\n[Edit]   [Save]',
  ],
  [
    'student-insurance',
    'Student Health Insurance Plan – Claim Appeal\nStudent: [[PERSON|Mei-Ling Chao]]   Student ID 1048837\nMember ID: [[INSURANCE_ID|SHP26-0477153]]   Group: UC-2026\nDate of service: [[DATE|10/14/2026]] – ER visit for ankle fracture, denied as "out of network" although it was an emergency.\nEmail: [[EMAIL|mchao3@example.edu]]',
  ],
  [
    'student-insurance',
    'UHIP claim – [[PERSON|Obinna Chukwuemeka]], international student, UHIP certificate no. [[INSURANCE_ID|5071-2238-64]], passport [[PASSPORT|A11873024]], address [[ADDRESS|Apt 1407, 85 Bloor St E, Toronto, ON M4W 3Y1]]. Walk-in clinic [[DATE|Nov 3, 2026]]: streptococcal pharyngitis, penicillin V 10 days.',
  ],
];

export function generateDeidHoldout5(): LabelledRecord[] {
  return holdoutRecords('h5', zh, en);
}

export const DEID_HOLDOUT_5_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/labelled/deid-holdout-5.jsonl',
);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const records = generateDeidHoldout5();
  writeFileSync(DEID_HOLDOUT_5_PATH, renderJsonl(records));
  console.log(`wrote ${records.length} records to ${DEID_HOLDOUT_5_PATH}`);
}
