import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { holdoutRecords, type LabelledRecord, renderJsonl } from './generate-deid.ts';

/**
 * The ROUND-39 fresh held-out de-identification set (data/labelled/deid-holdout-39.jsonl): hand-written
 * snippets with hand-placed spans, marked inline as [[TYPE|text]] (parseMarked strips the marks and
 * records UTF-16 offsets). Written by a separate annotator who did not read the recognizer code and
 * never ran a recognizer on these snippets; it must not be used to adjust the recognizers.
 *
 * About four fifths are the everyday documents of a general hospital and the messages of its patients
 * (admission, progress and discharge notes, outpatient notes and dialogues, referrals, handovers,
 * nursing notes, lab and imaging reports, prescriptions and labels, consent, billing papers, online
 * consultations, patient messages, family chats and SMS reminders), in new wording; a fifth come from
 * settings no earlier round listed as a genre: tongue-tie (frenotomy) clinics, pleural clinics,
 * enuresis (bedwetting) clinics and keloid clinics.
 *
 * Identifiers are synthetic: resident IDs (and the Taiwan resident's residence permit) carry a valid
 * GB 11643 check character and a region code, sex digit and birth date consistent with the text (15-digit
 * IDs likewise), the Polish PESEL its check digit, the Singapore NRICs and the Irish PPSN their check
 * letter, bank cards a valid Luhn digit, NHS numbers are in the 999 test range with their modulus-11
 * digit, the Scottish CHI number starts with the birth date and passes its modulus-11 digit, the
 * Australian Medicare numbers pass their check digit, the Ontario health numbers their Luhn digit, the
 * NZ NHIs their check digit, the US MBI follows the published character pattern. Phones are random
 * mainland (and NZ, Irish and Singapore) numbers or fictional ranges (North American 555-01xx, UK 07700
 * 900xxx and 01632 960xxx, Australian 0491 57x xxx and (08) 5550 xxxx); mail and web hosts are
 * example.*; IP addresses come from the documentation ranges.
 *
 * Span conventions are those stated in data/labelled/deid-holdout-38.card.yaml; the decisions new in
 * this round are stated in data/labelled/deid-holdout-39.card.yaml.
 */
const zh: Array<[string, string]> = [
  [
    'admission',
    `呼吸与危重症医学科（RICU）入院病历\n姓名：[[PERSON|上官玉琴]]　性别：女　年龄：[[AGE|92]]岁　职业：退休纺织工人\n住院号：[[MRN|90315571]]　床号：RICU [[MRN|3]]床\n身份证号：[[ID_CARD|360102193403079563]]\n家庭住址：[[ADDRESS|江西省南昌市东湖区豫章街道贤士二路46号3栋1单元502室]]\n于[[DATE|2026年11月20日]]晨9点40分收入本科\n代诉人：孙子[[PERSON|徐子航]]（电话[[PHONE|18595850413]]），所述可靠。\n主诉：反复咳嗽、咳痰20余年，气促加重5天。\n现病史：5天前受凉后咳黄脓痰，稍活动即气促，夜间需垫高枕头。在社区静滴头孢呋辛3天无好转。来院时未吸氧指脉氧86%，血气分析：pH 7.31，PaCO2 64mmHg。\n初步诊断：1.慢阻肺急性加重期 2.Ⅱ型呼衰\n记录医师：[[PERSON|晏春晖]]`,
  ],
  [
    'admission',
    `住院证\n科室：神经内科　　入院方式：平车\n患者姓名：[[PERSON|额尔敦毕力格]]　男　蒙古族　[[AGE|90]]岁\n出生年月：[[DATE|1936年8月]]\n身份证：[[ID_CARD|152502360812303]]\n门诊号：[[MRN|MZ4118776]]　收治日期：[[DATE|2026.11.21]]\n住址：[[ADDRESS|锡林浩特市希日塔拉街道锡林大街南段88号院4号楼2单元301]]\n联系人：妻子[[PERSON|乌云娜]]，[[PHONE|0479-7152131]]\n入院诊断：急性脑梗死（左侧基底节区），发病约5小时，已过静脉溶栓时间窗。\n经治医师：[[PERSON|那顺乌力吉]]　开证医师：[[PERSON|闫立新]]`,
  ],
  [
    'admission',
    `产科入院记录：[[PERSON|沙马阿果]]，女，彝族，27岁，G3P1，孕38+5周，末次月经[[DATE|2026年2月21日]]，预产期[[DATE|2026年11月28日]]，因“规律下腹痛4小时”于[[DATE|11月19日]]23时由丈夫[[PERSON|吉伍木呷]]陪同入院，身份证号[[ID_CARD|513431199904151689]]，住院号[[MRN|8419893]]，待产室[[MRN|2]]床，现住[[ADDRESS|凉山州昭觉县四开乡好谷村3组17号]]，联系电话[[PHONE|15730361846]]（丈夫）。入院查体：血压118/76mmHg，宫口开2cm，胎心142次/分，胎膜未破，骨盆外测量正常。前两胎均为顺产，本次孕期产检5次。医师：[[PERSON|阿苏日呷]]`,
  ],
  [
    'progress-note',
    `[[DATE|11月23日]]周一 晨8:30　主任医师查房记录\n[[PERSON|夹谷卫东]]主任查房：患者[[PERSON|令狐德明]]，[[AGE|94]]岁，左股骨粗隆间骨折PFNA术后第3天。昨夜出现谵妄一次，家属安抚后入睡。查体：T 37.6℃，切口干燥，左下肢末梢血运好。复查Hb 86g/L（术前104g/L）。\n[[PERSON|夹谷]]主任指示：①继续依诺肝素钠4000AxaIU皮下注射qd；②Hb低于80g/L时输注悬浮红细胞；③明日起由康复科[[PERSON|葛]]治疗师指导床边坐起。\n已向患者女儿[[PERSON|令狐晓燕]]交代病情及谵妄的处理。\n记录者：[[PERSON|麻思远]]`,
  ],
  [
    'progress-note',
    `[[DATE|11月23日]]　病程记录\nEICU [[MRN|7]]床　[[PERSON|方正]]　男　61岁　住院号[[MRN|787040]]\n今日CRRT第3天，模式CVVHDF，置换液2000ml/h，超滤100ml/h，枸橼酸局部抗凝，滤器未凝。去甲肾上腺素已减至0.05μg/kg/min，乳酸1.8mmol/L。24小时尿量约620ml，较前增多。\n与患者妻子[[PERSON|鲍彩云]]电话沟通，告知病情趋稳，暂不能探视。\n值班医师：[[PERSON|禤]]医生　上级医师：[[PERSON|淳于海鹏]]`,
  ],
  [
    'progress-note',
    `阶段小结（[[DATE|2026年11月21日]]）\n患者[[PERSON|帕提古丽·买合木提]]，女，[[AGE|96]]岁，住院号[[MRN|89738977]]，于[[DATE|2026年10月30日]]因“社区获得性肺炎、心房颤动”入院。先后予哌拉西林钠他唑巴坦钠4.5g每8小时一次静滴共10天，复查CT示右下肺渗出明显吸收；地高辛0.125mg qd控制心室率，静息心率78次/分。目前存在吞咽障碍（洼田饮水试验4级），已留置胃管。\n下一步：营养科会诊，拟[[DATE|11月25日]]复查胸片。儿子[[PERSON|库尔班江]]要求转回喀什当地医院继续治疗，已与对方联系。\n医师：[[PERSON|古丽巴哈尔·热合曼]]／[[PERSON|宇文晋]]`,
  ],
  [
    'discharge',
    `出院记录\n姓名：[[PERSON|常青松]]　性别：男　年龄：[[AGE|90]]岁　住院号：[[MRN|2298016]]\n医保卡号：[[INSURANCE_ID|3241767172380579]]\n本次住院自[[DATE|2026年11月6日]]起，至[[DATE|11月20日]]止\n住址：[[ADDRESS|湖南省长沙市岳麓区望月湖街道桐梓坡路218号望月公寓9栋606房]]\n出院诊断：1.良性前列腺增生伴急性尿潴留；2.2型糖尿病\n诊疗经过：入院后留置导尿，予坦索罗辛0.2mg qn、非那雄胺5mg qd，[[DATE|11月13日]]行经尿道前列腺等离子电切术，术后第3天拔除尿管，排尿通畅，残余尿32ml。\n出院医嘱：1.多饮水，避免久坐；2.术后一个月内不骑自行车；3.[[DATE|12月4日]]上午泌尿外科专家门诊[[PERSON|冉]]主任处复诊。\n经治医师：[[PERSON|敬小川]]`,
  ],
  [
    'discharge',
    `出院小结：[[PERSON|玉罕叫]]，女，傣族，[[AGE|91]]岁，身份证[[ID_CARD|532801350506112]]，住[[ADDRESS|西双版纳州景洪市勐罕镇曼听村委会曼嘎村17号]]，[[DATE|11月9日]]因“右足背红肿疼痛1周”入院，诊断右足蜂窝织炎、2型糖尿病，予头孢曲松2g qd静滴7天后改口服头孢呋辛酯0.25g bid，空腹血糖由14.2降至7.6mmol/L，[[DATE|11月19日]]出院。嘱女儿[[PERSON|玉温]]每天帮她检查双脚，穿宽松布鞋，不要光脚下田；一周后到勐罕镇卫生院找[[PERSON|刀]]医生换药、复查血糖。联系电话[[PHONE|18873942859]]。`,
  ],
  [
    'discharge',
    `出院证明书\n兹有患者[[PERSON|简志豪]]，男，42岁，台湾居民居住证号码[[ID_CARD|830000198406199277]]（台胞证号[[PASSPORT|66220148]]），因急性阑尾炎于[[DATE|2026年11月15日]]入住我院普外科，[[DATE|11月16日]]行腹腔镜阑尾切除术，术后恢复顺利，[[DATE|11月20日]]痊愈出院。\n建议：全休两周，一个月内避免重体力劳动及剧烈运动。\n住院号：[[MRN|7893954]]\n医师签名：[[PERSON|蔺晓燕]]　医务科（盖章）\n[[DATE|2026年11月20日]]`,
  ],
  [
    'outpatient',
    `内分泌科初诊记录（[[DATE|2026-11-18]]）\n门诊号：[[MRN|1314719432]]　姓名：[[PERSON|朴顺玉]]　女　63岁　朝鲜族\n现住：[[ADDRESS|吉林省延边州延吉市进学街道天池路16号6单元302室]]\n主诉：颈前肿物2月。\n现病史：2月前自觉颈部增粗，无声音嘶哑、吞咽困难。在延吉当地查FT4 15.2pmol/L、TSH 2.1mIU/L，均正常。\n查体：甲状腺右叶可触及约2cm结节，质中，随吞咽上下活动。\n辅助检查：超声示右叶实性低回声结节1.9×1.6cm，TI-RADS 4a类。\n处理：1.超声引导下细针穿刺，已预约[[DATE|11月21日]]；2.穿刺结果约5个工作日出，届时带结果复诊。\n联系电话：[[PHONE|155 7219 1398]]\n医师：[[PERSON|琚文博]]`,
  ],
  [
    'outpatient',
    `医生：大爷您好，叫什么名字？\n家属：他耳朵背，我替他说。我爸叫[[PERSON|逯福来]]，今年[[AGE|95]]了，腊月生的。\n医生：身份证带了吗？\n家属：带了，[[ID_CARD|130102193101187013]]。我是他儿子，叫[[PERSON|逯建军]]。\n医生：哪儿不舒服？\n家属：这半个月老是夜里起来五六趟，腿也肿，[[DATE|11月10号]]在社区量血压一百八十多。\n医生：平常吃什么药？\n家属：就吃硝苯地平控释片，一天一片。\n医生：先抽血查肾功能和BNP，再做个心脏彩超。住得远吗？\n家属：[[ADDRESS|长安区建北街道青园小区12-3-201]]，打车二十分钟。\n医生：行，结果出来挂我的号，我姓[[PERSON|伏]]。`,
  ],
  [
    'outpatient',
    `中医内科门诊　[[DATE|2026年11月17日]]\n[[PERSON|慕容秋菊]]　女　78岁　门诊号[[MRN|764150382]]　电话[[PHONE|133-8096-6759]]\n主诉：失眠多梦3月余，伴心悸、乏力。\n舌淡红，苔薄白，脉细弱。\n辨证：心脾两虚。\n处方：归脾汤加减——党参15g、炒白术12g、茯神15g、炙远志6g、酸枣仁20g、龙眼肉10g、当归10g、炙甘草6g，7剂，每日1剂，水煎取汁400ml，分两次温服。\n嘱睡前不喝浓茶，[[DATE|11月24日]]复诊。\n医师：[[PERSON|亓官守义]]`,
  ],
  [
    'referral',
    `双向转诊（转出）单\n患者[[PERSON|麻阿银]]，女，苗族，[[AGE|92]]岁，身份证号[[ID_CARD|43312419340611188X]]\n住址：[[ADDRESS|湖南省湘西州花垣县团结镇岩锣村4组22号]]\n初步诊断：慢性心力衰竭急性加重？肺部感染？\n主要病史：反复双下肢水肿2年，近3天气促不能平卧，血压92/58mmHg，心率112次/分，双肺湿啰音。本院无心脏彩超及BNP检测条件，已予呋塞米20mg静推一次。\n转往：州人民医院心内科\n陪同人：孙子[[PERSON|石顺昌]]，电话[[PHONE|18387223859]]\n转诊医生：[[PERSON|向德华]]　联系电话：[[PHONE|0743-5164655]]\n转诊于[[DATE|2026年11月22日]]`,
  ],
  [
    'referral',
    `转诊至社区卫生服务中心（下转）\n患者：[[PERSON|宋朝阳]]，男，88岁，身份证号[[ID_CARD|110101193805029953]]，住院号[[MRN|4042653]]，医保编号[[INSURANCE_ID|132738352064]]\n诊断：脑梗死恢复期（右侧肢体偏瘫）；高血压3级（很高危）。\n住院经过：[[DATE|10月28日]]入院，予阿司匹林100mg、阿托伐他汀20mg，康复训练3周，出院时改良Rankin量表3分，可扶助行器行走10米。[[DATE|11月21日]]出院。\n下转需求：居家康复训练，监测血压（目标＜140/90mmHg），一个月后复查血脂。\n家庭住址：[[ADDRESS|东城区和平里街道和平里七区5号楼3门401]]\n照护人：妻子[[PERSON|夏玉梅]]，[[PHONE|19126794674]]\n接收机构：和平里社区卫生服务中心　家庭医生[[PERSON|百里晴]]\n转诊医师：[[PERSON|邬明轩]]`,
  ],
  [
    'referral',
    `[[PERSON|佘]]主任：您好！\n现转诊一位体检客户[[PERSON|格桑梅朵]]（女，45岁，藏族，体检编号[[MRN|TJ79668853]]）。[[DATE|11月12日]]胸部低剂量CT示右上肺尖段混杂磨玻璃结节，约11×9mm，实性成分约4mm，Lung-RADS 4A类。客户不吸烟，母亲有肺癌病史。烦请门诊评估是否需要增强CT或手术。\n客户手机：[[PHONE|13127095511]]\n如需原始影像，请发邮件至[[EMAIL|jiankang.lvpin@example.cn]]与我联系。\n此致\n[[PERSON|吕品]]　健康管理中心\n[[DATE|2026年11月19日]]`,
  ],
  [
    'handover',
    `心内科夜班交班（11-22→11-23）\n原有42人，入院2人，出院0人，现有44人。\n[[MRN|3]]床　[[PERSON|卞秀兰]]　[[AGE|93]]岁　心衰：夜间端坐呼吸，呋塞米40mg静推后尿量850ml，今晨SpO2 95%。\n[[MRN|11]]床　[[PERSON|竺家栋]]　新入　急性下壁心梗PCI术后：右桡动脉压迫器已松解2次，无渗血，监护示偶发室早。\n17床　空床，备急诊。\n[[MRN|加2]]床　[[PERSON|覃秋燕]]　阵发性房颤，胺碘酮泵入中，已转复窦律，心率76次/分。\n交班者：[[PERSON|谷梁晓]]　接班者：[[PERSON|闻人晓雨]]`,
  ],
  [
    'handover',
    `（口头交班录音整理）那我从[[MRN|二十一]]床说起哈。[[MRN|二十一]]床[[PERSON|厍]]爷爷，[[AGE|九十二]]岁，脓毒症休克第二天，去甲现在零点一五，乳酸从四点几降到二点三了。家属是他外孙女，叫[[PERSON|岑思雨]]，今天下午三点来签字。[[MRN|二十二]]床那个小伙子[[PERSON|包]]……[[PERSON|包天宇]]，车祸多发伤，下午复查头颅CT没有进展，GCS还是十一分。二十三床昨天转普通病房了，空着。最后[[MRN|二十四]]床[[PERSON|阚桂英]]阿姨，气管插管第五天，准备明天试脱机。就这些。`,
  ],
  [
    'handover',
    `产房—母婴同室交接记录\n产妇：[[PERSON|燕子衿]]，31岁，住院号[[MRN|6859445]]，[[DATE|2026年11月22日]]14:26经阴道分娩一活女婴，体重3350g，Apgar评分9-10分。\n产后出血约280ml，宫底脐下1指，质硬；会阴Ⅰ度裂伤已缝合。\n新生儿：已接种乙肝疫苗（10μg）及卡介苗，腕带号[[MRN|14794198]]，已早接触、早吸吮。\n转入：母婴同室[[MRN|16]]床\n交班护士：[[PERSON|练秀英]]　接班护士：[[PERSON|苟晓丽]]　交接时间：16:10`,
  ],
  [
    'nursing-note',
    `护理记录单\n[[PERSON|赫连淑珍]]　女　[[AGE|97]]岁　老年科[[MRN|5]]床　住院号[[MRN|619711]]\n日期：[[DATE|11月21日]]\n08:00 T 36.5℃ P 88次/分 R 20次/分 BP 138/72mmHg SpO2 96%（鼻导管2L/min）。神清，精神差。\n10:30 协助翻身叩背，骶尾部1期压疮，贴泡沫敷料减压，Braden评分11分。\n12:00 鼻饲营养液200ml，回抽无潴留。\n15:40 诉腹胀，汇报[[PERSON|濮阳青]]医生，遵医嘱予开塞露20ml纳肛，解黄色软便一次。\n18:00 护工[[PERSON|郝]]阿姨陪护，已交代防坠床措施。\n签名：[[PERSON|单于玲]]／[[PERSON|汤小圆]]`,
  ],
  [
    'nursing-note',
    `居家上门护理服务单\n服务对象：[[PERSON|申屠秀凤]]，女，[[AGE|93]]岁，身份证[[ID_CARD|330302330224450]]\n服务地址：[[ADDRESS|浙江省温州市鹿城区藤桥镇岙底村上垟路9号]]\n预约人：儿子[[PERSON|申屠国平]]　[[PHONE|18853026019]]\n上门：[[DATE|11月20日]]下午\n服务内容：更换鼻胃管（上次更换[[DATE|10月23日]]）。评估：神志清，能点头示意，口腔清洁。拔除旧管后置入新管（14Fr，深度55cm），回抽见胃液，pH试纸4，确认在胃内后固定。指导家属每次鼻饲前回抽，鼻饲后用温开水30ml冲管。\n护士：[[PERSON|卢蔓]]`,
  ],
  [
    'nursing-note',
    `血液透析护理记录　[[DATE|2026.11.19]]（周四）\n患者：[[PERSON|东方红梅]]　透析号：[[MRN|HD-4623]]　机号：07\n透前体重62.4kg，干体重60.5kg，设定超滤2.2L。左前臂动静脉内瘘震颤好，穿刺顺利。血流量250ml/min，肝素首剂2000IU。\n11:20 诉小腿抽筋，BP 96/54mmHg，暂停超滤，予生理盐水100ml快速输注后缓解。\n透后体重60.6kg。下次透析：[[DATE|11月21日]]（周六）上午。\n责任护士：小[[PERSON|符]]　质控：[[PERSON|司马琳琳]]`,
  ],
  [
    'lab-report',
    `检验报告单（生化）\n姓名：[[PERSON|太史兰芬]]　性别：女　年龄：[[AGE|98]]岁　科别：老年医学科　床号：[[MRN|19]]\n住院号：[[MRN|6128980]]　标本号：[[MRN|65377233119]]　标本类型：血清\n项目　结果　参考区间\n钾　5.9↑　3.50–5.30 mmol/L\n钠　131↓　137-147 mmol/L\n肌酐　214↑　41-81 μmol/L\n尿素　18.6↑　2.6-7.5 mmol/L\n白蛋白　29.4↓　40-55 g/L\n采样：[[DATE|11月23日]]6时15分　审核发布：[[DATE|11月23日]]8时02分\n申请医生：[[PERSON|帅]]　检验者：[[PERSON|逄玉洁]]　审核者：[[PERSON|荀一鸣]]`,
  ],
  [
    'lab-report',
    `24小时尿液标本留取须知\n1. 留取当天早上7点先排空膀胱，这次的尿倒掉不要，从这一刻开始计时。\n2. 之后每次排的尿都收进医院给的大容器里，一直到第二天早上7点，最后这一次也要收集。\n3. 容器内已加防腐剂，请勿倒掉，也不要直接对着容器小便，以免溅到皮肤。\n4. 留尿期间把容器放在阴凉处，正常吃饭喝水，不必刻意多喝。\n5. 结束后记下总尿量（毫升），摇匀后倒约10毫升到小管里，连同申请单在上午10点前送到检验科窗口。\n中途漏收一次的，需要从头重新留取。`,
  ],
  [
    'lab-report',
    `危急值报告记录（微生物室）\n[[DATE|2026年11月22日]]凌晨3:40，血培养（需氧瓶）报阳，涂片见革兰阴性杆菌。\n患者：[[PERSON|夏侯建英]]　住院号：[[MRN|34662660]]　床号：肝胆外科[[MRN|31]]床\n标本条码：[[MRN|687318263917]]　送检时间：[[DATE|11月21日]] 20:05\n电话通知：病区护士[[PERSON|祁欢]]，复述无误。\n报告人：[[PERSON|羊舌文静]]\n备注：鉴定及药敏结果预计[[DATE|11月24日]]发出。`,
  ],
  [
    'imaging-report',
    `[[PERSON|呼延凤琴]]　女　[[AGE|91]]岁　影像号：[[MRN|CT5945550]]　住院号：[[MRN|4922224]]\n检查：颅脑CT平扫　扫描于[[DATE|2026年11月20日]]下午\n影像所见：左侧额颞顶部颅骨内板下见新月形高密度影，最厚处约14mm，中线结构右移约6mm。双侧基底节区多发腔隙灶。脑室系统扩大，脑沟增宽。\n影像诊断：1.左侧额颞顶部急性硬膜下血肿，伴中线移位；2.多发腔隙性脑梗死；3.老年性脑改变。已电话通知临床。\n报告医师：[[PERSON|郜远]]　审核医师：[[PERSON|司空敏]]`,
  ],
  [
    'imaging-report',
    `床旁超声检查报告\n姓名：[[PERSON|马有福]]　男　[[AGE|90]]岁　回族　病区：骨科[[MRN|8]]床　超声号：[[MRN|US83229946]]\n检查部位：双下肢深静脉\n所见：左侧股浅静脉中下段及腘静脉腔内充满低回声，加压后管腔不能闭合，CDFI未见血流信号。右下肢深静脉未见明显异常。\n提示：左下肢深静脉血栓形成（股浅静脉—腘静脉段）。\n检查医师：[[PERSON|勾晓冬]]　记录：[[PERSON|木]]　检查时间：[[DATE|11月23日]]`,
  ],
  [
    'imaging-report',
    `乳腺X线摄影报告\n受检者：[[PERSON|巫马晓琳]]　女　54岁\n证件号码：[[ID_CARD|350102197209036080]]\n检查号：[[MRN|MG651691]]　摄片：[[DATE|2026/11/18]]\n腺体类型：c型（不均匀致密）。\n所见：左乳外上方可见成簇分布的细小多形性钙化灶，分布范围约12mm，未见明确肿块。右乳未见异常。双侧腋下见小淋巴结，形态正常。\n诊断：左侧乳腺BI-RADS 4B，建议穿刺活检；右侧乳腺BI-RADS 1。\n对比片：[[DATE|2024年10月]]片。\n诊断医师：[[PERSON|仝心]]`,
  ],
  [
    'prescription',
    `××医院门诊处方笺（医保）\n处方编号：[[MRN|6674290585]]　费别：职工医保\n姓名：[[PERSON|谯福顺]]　性别：男　年龄：[[AGE|93]]岁\n门诊号：[[MRN|587525542]]　医保卡号：[[INSURANCE_ID|579352770]]\n诊断：1.帕金森病 2.功能性便秘\nRp：\n多巴丝肼片（0.25g）40片　用法：半片 每日三次 餐前1小时\n普拉克索片 0.25mg×30片　用法：1片 每日三次\n乳果糖口服液 100ml/瓶×1　用法：15ml 每晚一次\n医师：[[PERSON|庹强]]　审核：[[PERSON|易小满]]　调配：[[PERSON|易小满]]　核对发药：[[PERSON|扈佳宁]]\n开具于[[DATE|2026.11.18]]`,
  ],
  [
    'prescription',
    `胰岛素笔使用小贴士\n·没拆封的笔芯放冰箱冷藏室（2～8℃），千万别冷冻；正在用的那支放室温，28天内用完。\n·每次注射前换新针头，先排气2单位，看到针尖有药液流出再打。\n·打在肚子上要避开肚脐周围5厘米，每次换个位置，跟上一针隔开至少1厘米。\n·推完药后针头在皮下停10秒以上再拔。\n·出现心慌、出汗、手抖，先测血糖；低于3.9mmol/L马上吃15克糖（约3块方糖），15分钟后再测。\n·用过的针头装进硬塑料瓶，不要直接扔进生活垃圾。`,
  ],
  [
    'prescription',
    `互联网医院电子处方（复诊续方）\n电子处方号：[[MRN|RX206645105588]]\n患者：[[PERSON|温如玉]]　女　69岁　病历号：[[MRN|73093488]]\n诊断：原发性高血压；高脂血症\n药品：苯磺酸氨氯地平片 5mg×28片，每日一次；瑞舒伐他汀钙片（10mg）28片，每晚一次\n开方医师：[[PERSON|习文杰]]　审方药师：[[PERSON|齐心]]\n开方：[[DATE|11月21日]]晚20:47\n配送：[[PERSON|温如玉]]　[[PHONE|17710841297]]　[[ADDRESS|广州市天河区天河南街道体育东路142号天誉花园2座1805房]]`,
  ],
  [
    'consent',
    `椎体成形术知情同意书（摘录）\n姓名：[[PERSON|谷秀芝]]　年龄：[[AGE|96]]岁　住院号：[[MRN|4385544]]\n手术名称：L1椎体经皮球囊扩张后凸成形术\n麻醉方式：局部麻醉＋静脉镇静\n主要风险：骨水泥渗漏、肺栓塞、神经损伤、邻近椎体再骨折等，已逐条告知。\n患者本人听力差、理解困难，委托女儿签字。\n被委托人：[[PERSON|冯丽娟]]　与患者关系：女儿\n身份证号：[[ID_CARD|140105196207228105]]　联系电话：[[PHONE|157 6967 2498]]\n家属签字于[[DATE|2026年11月23日]]上午\n谈话医师：[[PERSON|鄂志远]]`,
  ],
  [
    'consent',
    `输血治疗知情同意书\n患者：[[PERSON|卜凤英]]，女，[[AGE|90]]岁，科室：消化内科，床号：[[MRN|26]]\n输血原因：上消化道出血，Hb 62g/L。\n拟输注：悬浮红细胞2U。\n输血前检查：ALT 18U/L，HBsAg阴性，抗-HCV阴性，抗-HIV阴性，梅毒抗体阴性。\n风险告知：发热反应、过敏反应、溶血反应、输血相关急性肺损伤、经血液传播疾病等。\n患者本人意识清楚，同意输血并签名：[[PERSON|卜凤英]]\n配偶签名：[[PERSON|钮学文]]　身份证：[[ID_CARD|320583340130321]]\n日期：[[DATE|2026.11.20]] 21:35\n医师签名：[[PERSON|蒯]]`,
  ],
  [
    'consent',
    `临床研究知情同意书　签字页\n研究名称：老年社区获得性肺炎短疗程抗菌治疗的多中心随机对照研究\n受试者姓名：[[PERSON|水秀华]]　受试者编号：[[MRN|S43-626]]\n本人已阅读本知情同意书，有机会提问并得到满意答复，自愿参加本研究，并知道可以随时退出而不受歧视。\n受试者签名：[[PERSON|水秀华]]　签署日：[[DATE|2026.11.19]]　联系电话：[[PHONE|17358593691]]\n研究者签名：[[PERSON|闵行知]]\n研究者电话：[[PHONE|021-65603805]]`,
  ],
  [
    'billing',
    `出院结算单\n住院号：[[MRN|58545994]]　姓名：[[PERSON|殳文涛]]　医保类型：城乡居民\n身份证号：[[ID_CARD|330106195609286313]]　医保编号：[[INSURANCE_ID|22110283213324]]\n住院期间：[[DATE|2026年11月8日]]—[[DATE|11月22日]]，共14天\n总费用：36,482.17元　统筹支付：24,105.60元　个人自付：12,376.57元\n结算流水号：20261122-00831\n缴费方式：银联卡[[BANK_CARD|6228488319684533066]]（持卡人：[[PERSON|殳宁]]）\n收款员：[[PERSON|桂]]`,
  ],
  [
    'billing',
    `商业保险理赔申请表\n被保险人：[[PERSON|茅雪晴]]　身份证号：[[ID_CARD|310115198805141249]]\n保单号：[[INSURANCE_ID|P968572577214080]]\n事故发生：[[DATE|2026年10月31日]]晚　就诊医院：区中心医院（急诊）\n经过：下班途中电动自行车侧翻，右手撑地致右桡骨远端骨折，急诊手法复位石膏固定。\n申请金额：4,186.30元（门急诊发票3张）\n收款账户：[[BANK_CARD|6217006644204291143]]　户名：[[PERSON|茅雪晴]]\n联系电话：[[PHONE|18894219311]]　电子邮箱：[[EMAIL|xueqing.mao@example.cn]]\n填表日期：[[DATE|2026/11/20]]`,
  ],
  [
    'billing',
    `困难群众医疗救助申请（村委会证明）\n申请人：[[PERSON|危桂花]]，女，74岁，身份证号[[ID_CARD|360731195203091588]]\n家庭住址：[[ADDRESS|江西省赣州市于都县禾丰镇坳脑村下屋组]]\n患病情况：[[DATE|2026年8月]]确诊乳腺癌，已完成4个周期化疗，自付医疗费约3.1万元。\n家庭情况：丈夫已故，儿子[[PERSON|曾水根]]在外务工，家庭年收入约1.2万元。\n经村委会核实，情况属实。\n村委会经办人：[[PERSON|肖德胜]]　电话：[[PHONE|18328417689]]\n[[DATE|2026年11月17日]]（盖章）`,
  ],
  [
    'online-consult',
    `【图文问诊】单号：[[MRN|WZ645413776995]]\n咨询人账号：[[ACCOUNT|kuaileyuzhou_77]]（来源[[IP|198.51.100.52]]）\n患者信息：[[PERSON|童守仁]]，男，[[AGE|91]]岁，身份证号[[ID_CARD|420102193501174296]]\n问题描述：我爷爷最近一周吃饭老呛，昨天开始发烧38.5℃，咳黄痰，精神差。他得过脑梗，一直吃氯吡格雷75mg。需要去医院吗？\n医生回复（[[PERSON|苏]]医生　老年科）：高龄老人呛咳后发热、咳痰，要警惕吸入性肺炎，建议今天就去医院急诊拍胸片、查血常规，不要在家观察。路上注意保暖，呕吐时让他侧躺。\n咨询人：好的，谢谢[[PERSON|苏]]医生，马上去。`,
  ],
  [
    'online-consult',
    `【视频随访录音转文字】\n医生：您好，请先说一下姓名和身份证号，做个实名核验。\n患者：我叫[[PERSON|阿依古丽·努尔兰]]，身份证[[ID_CARD|654002197909255005]]。\n医生：核验通过。您[[DATE|11月10号]]在我们这儿查的甲功，FT3、FT4都正常了，TSH 0.42。甲巯咪唑现在一天吃几片？\n患者：一天一片，5毫克。\n医生：先继续吃，[[DATE|12月中旬]]再抽血。如果出皮疹、嗓子痛、发烧，要马上停药查血常规。\n患者：好的。回头让我女儿[[PERSON|娜孜拉]]帮我挂号。\n医生：您的复诊编号是[[MRN|FZ867133]]，挂号时报这个就行。`,
  ],
  [
    'online-consult',
    `用户[[ACCOUNT|meimei_1990]]：药师您好，我妈妈[[PERSON|龚玉兰]]（[[AGE|90]]岁）在吃华法林，上周INR 3.6，刷牙牙龈出血，能不能自己减半片？\n药师[[PERSON|尚]]：您好，INR 3.6偏高，又有出血，不建议自行调整剂量，请尽快联系开药医生或到抗凝门诊复查INR。若出现黑便、血尿、剧烈头痛，请立即就医。\n用户[[ACCOUNT|meimei_1990]]：抗凝门诊怎么预约？\n药师[[PERSON|尚]]：点击[[URL|https://kn.example.cn/appt/8813]]即可预约，或拨打[[PHONE|020-63753934]]。`,
  ],
  [
    'patient-message',
    `[[PERSON|盖]]医生您好，打扰了！我是上周四找您看胃病的[[PERSON|郗明月]]，门诊号[[MRN|4137850750]]。您说病理出来后再约胃镜复查，我今天在手机上查到结果是“慢性萎缩性胃炎伴轻度肠化”，需要担心吗？我[[DATE|12月2号]]到[[DATE|12月6号]]出差，能不能约在[[DATE|12月8号]]以后？我电话[[PHONE|18374092378]]，您方便时回个电话就行，谢谢！`,
  ],
  [
    'patient-message',
    `致肾内科全体医护人员的感谢信\n我父亲[[PERSON|钭永昌]]今年[[AGE|92]]岁，[[DATE|11月3日]]因急性肾损伤住进贵科[[MRN|12]]床，到[[DATE|11月19日]]出院，肌酐从480多降到了136。住院期间[[PERSON|姬红霞]]主任每天查房都耐心给我们讲病情，护士[[PERSON|洪小溪]]、[[PERSON|柏晓彤]]半夜还来帮父亲翻身擦背。特此致谢！\n家属：[[PERSON|钭伟民]]\n[[DATE|2026年11月21日]]`,
  ],
  [
    'patient-message',
    `【意见反馈】提交人：[[ACCOUNT|云朵里的鱼]]　提交IP：[[IP|203.0.113.85]]\n内容：我替母亲[[PERSON|禹淑贞]]（[[AGE|95]]岁，就诊卡号[[MRN|277329642089]]）反馈：[[DATE|11月20日]]在贵院做的骨密度检查，报告一直显示“审核中”，已经三天了。母亲髋部疼得厉害，骨科[[PERSON|包]]医生说要看报告才能决定用不用唑来膦酸。请尽快处理，结果可发到我的邮箱[[EMAIL|yunduo_yu@example.com]]，谢谢。`,
  ],
  [
    'family-chat',
    `【相亲相爱一家人】\n大姐：@[[PERSON|米糕]] 爸明天上午9点的号，[[PERSON|谢]]主任，门诊楼三楼。\n[[PERSON|米糕]]：收到！我开车去接，车牌[[PLATE|鲁B·7K3Q2]]，到时候在住院部后门等。\n三叔：爸今年[[AGE|94]]了，轮椅别忘带🙏\n[[PERSON|米糕]]：带着呢\n[[PERSON|阿晴]]：我周日下午去换班，[[DATE|28号]]复查CT那天我请了假。\n大姐：好，辛苦大家`,
  ],
  [
    'family-chat',
    `【外婆住院陪护群】\n[[PERSON|麻团]]：护工[[PERSON|芦]]阿姨说这周的钱打到她卡上，卡号[[BANK_CARD|6212268450115627035]]，户名[[PERSON|芦春梅]]\n[[PERSON|汤包]]：我来转。阿姨电话多少？\n[[PERSON|麻团]]：[[PHONE|18724894916]]\n大表哥：外婆今天吃了半碗粥，[[PERSON|樊]]医生说下周可能出院。我车牌[[PLATE|川A·3FL62]]已经在医院停车场登记了\n[[PERSON|汤包]]：外婆身份证号发一下，要办出院结算\n大表哥：[[ID_CARD|510107192908168145]]\n[[PERSON|麻团]]：[[AGE|97]]岁了还这么能吃，厉害😂\n[[PERSON|汤包]]：出院先接到我家住，[[ADDRESS|玉林北路12号附3号]]，离医院近`,
  ],
  [
    'family-chat',
    `【神经外科6病区[[MRN|23]]床家属群】\n护士长[[PERSON|晏]]：各位家属好，[[PERSON|屈志刚]]明天上午复查头颅CT，请家属8点前到床旁。\n[[ACCOUNT|wxid_qzg1966]]：收到，谢谢[[PERSON|晏]]护士长\n[[PERSON|岁月静好]]：请问探视时间改了吗？\n护士长[[PERSON|晏]]：每天下午3点到4点，每次限1人。\n[[ACCOUNT|wxid_qzg1966]]：好的👌`,
  ],
  [
    'sms-reminder',
    `【市一医院】[[PERSON|南宫婉清]]女士，您预约的无痛肠镜检查时间为[[DATE|2026年12月1日]]（周二）08:30，检查号[[MRN|809527315]]。请于检查前一天晚8点开始口服聚乙二醇电解质散进行肠道准备，检查当日禁食禁水。如需改约请致电[[PHONE|0571-46687163]]。`,
  ],
  [
    'sms-reminder',
    `【社区卫生服务中心】自12月1日起执行冬季作息：上午8:00—11:30，下午13:30—17:00；周六上午开放慢病配药窗口。流感疫苗仍可预约接种，请携带身份证和医保卡。`,
  ],
  [
    'sms-reminder',
    `【口腔医院】[[PERSON|戚]]先生您好！您在[[PERSON|郎晓峰]]医生处的种植二期复诊安排在[[DATE|11月27日]]14:00，就诊卡号[[MRN|6895605416]]。取消或改期请点击[[URL|https://kq.example.cn/gq/7Hk29]]，勿直接回复本短信。`,
  ],
  [
    'tongue-tie-clinic',
    `儿童口腔科·舌系带门诊　[[DATE|2026年11月18日]]\n患儿：[[PERSON|闫小禾]]　女　出生日期：[[DATE|2026-10-02]]（生后47天）　门诊号：[[MRN|7904925364]]\n母亲：[[PERSON|赖思琪]]　电话：[[PHONE|17360813934]]\n主诉：吃奶费力、母亲乳头皲裂2周。\n检查：伸舌时舌尖呈心形，舌系带附着于舌尖下约2mm，舌尖上抬受限，BTAT评分3分（满分8分）。\n处理：征得母亲同意，局部表面麻醉下行舌系带剪开术，出血约1ml，即刻哺乳压迫止血，术后含接改善。\n医嘱：每日抬舌训练3次，连续2周；[[DATE|12月2日]]复诊评估哺乳情况。\n医师：[[PERSON|于洋洋]]`,
  ],
  [
    'tongue-tie-clinic',
    `会诊记录（新生儿舌系带）\n会诊时间：[[DATE|11月20日]] 10:20　申请科室：产科母婴同室[[MRN|9]]床\n新生儿：[[PERSON|容佩琳]]之子，生后第2天，母亲住院号[[MRN|8417079]]\n情况：吃奶时频繁脱落，咂嘴声明显，产妇乳头疼痛评分6分。查体见舌系带短厚，舌尖不能越过下牙龈，Hazelbaker功能评分9分（满分14分）。\n意见：1.先由泌乳顾问[[PERSON|佟]]老师调整含接姿势，观察48小时；2.仍无改善可门诊行系带剪开；3.出院后可到儿童口腔科舌系带门诊（每周二上午）就诊。\n会诊医师：[[PERSON|于洋洋]]`,
  ],
  [
    'tongue-tie-clinic',
    `舌系带剪开术后家长须知\n·术后马上就可以喂奶，宝宝吸吮本身有助于止血。\n·伤口会长出白色或淡黄色的菱形创面，一周左右愈合，这是正常现象，不是感染。\n·每天3～4次，洗净手后用手指轻轻抬起宝宝舌头，沿伤口横向推按几秒，防止重新粘连。\n·出血超过10分钟不止、宝宝拒奶或发烧超过38℃，请及时回院。\n·剪开系带不能解决所有喂奶问题，请继续到母乳喂养门诊随访。`,
  ],
  [
    'pleural-clinic',
    `胸膜疾病专病门诊（[[DATE|11月19日]]）\n[[PERSON|鲜于志诚]]　男　76岁　门诊号[[MRN|824986625]]　身份证号[[ID_CARD|510107195003102751]]\n诊断：右肺腺癌（EGFR 19del）伴恶性胸腔积液，[[DATE|10月15日]]置入右侧隧道式胸腔引流管（IPC）。\n目前：社区护士[[PERSON|穆春燕]]每周二、五上门引流，每次400～600ml，近两周降至150ml以下，气促明显减轻。\n胸水细胞学标本号：[[MRN|XB7114866]]，见腺癌细胞。\n计划：继续奥希替尼80mg qd；若连续3次引流量＜50ml，考虑拔管。引流瓶由医院配送至[[ADDRESS|成都市武侯区簇桥街道七里村二组36号]]，联系人儿子[[PERSON|鲜于伟]]，[[PHONE|13586734739]]。\n医师：[[PERSON|蒲天明]]`,
  ],
  [
    'pleural-clinic',
    `胸腔穿刺术记录\n患者：[[PERSON|蹇桂珍]]　女　[[AGE|91]]岁　呼吸科[[MRN|14]]床　住院号：[[MRN|24152422]]\n操作时间：[[DATE|2026年11月21日]]10:05—10:40\n超声定位左侧肩胛线第8肋间，2%利多卡因5ml局麻后进针，抽出淡黄色微浊液体，共引流650ml（首次不超过1000ml），过程中无胸闷、剧咳。\n送检：常规、生化、LDH、ADA、细胞学、结核分枝杆菌核酸。胸水/血清蛋白比0.62，胸水LDH 412U/L，符合渗出液。\n术者：[[PERSON|卓凌云]]　助手：[[PERSON|琴雪]]`,
  ],
  [
    'pleural-clinic',
    `胸膜固定术后电话随访记录\n电话随访于[[DATE|2026年11月22日]]上午\n患者：[[PERSON|伍天佑]]，男，[[AGE|93]]岁，住院号[[MRN|2198778]]，[[DATE|11月8日]]行胸腔镜下滑石粉胸膜固定术，[[DATE|11月14日]]出院。\n接听人：女儿[[PERSON|伍佳音]]，[[PHONE|187-0562-2801]]\n情况：术后无发热，右胸隐痛，口服对乙酰氨基酚0.5g每日2次可缓解；活动后气促较术前好转，能在小区散步15分钟。\n处理：告知如出现高热、呼吸困难加重立即来院；[[DATE|12月上旬]]门诊复查胸片。\n随访护士：[[PERSON|郇静]]`,
  ],
  [
    'enuresis-clinic',
    `儿童遗尿症门诊　初诊　[[DATE|2026年11月17日]]\n患儿：[[PERSON|靳嘉树]]　男　7岁3个月　门诊号：[[MRN|9232225256]]　身份证号：[[ID_CARD|370102201908061851]]\n住址：[[ADDRESS|济南市历下区文化东路街道山大南路27号2号楼3单元401]]\n父亲：[[PERSON|靳远航]]　电话：[[PHONE|17310140596]]\n病史：自幼夜间尿床，每周5～6晚，白天无尿急、尿失禁，无便秘。\n排尿日记（7天）：最大排尿量180ml（预期膀胱容量（年龄+1）×30=240ml），夜间尿量平均360ml，提示夜间多尿。尿常规比重1.010，尿糖阴性。\n诊断：单症状性夜遗尿（原发性）。\n处理：醋酸去氨加压素口崩片120μg，睡前1小时舌下含服，服药前1小时至次晨限制饮水；记录干湿夜日历。[[DATE|12月15日]]复诊。\n医师：[[PERSON|邹米粒]]`,
  ],
  [
    'enuresis-clinic',
    `遗尿报警器借用登记\n登记于[[DATE|11月20日]]\n患儿：[[PERSON|杭一诺]]，女，8岁，病历号[[MRN|95279480]]\n设备编号：BJQ-0347（押金200元，归还时退还）\n监护人：母亲[[PERSON|蓝心怡]]，手机[[PHONE|13385261032]]\n邮寄地址：[[ADDRESS|杭州市西湖区文新街道丰潭路430号丰元苑6幢2单元1102室]]\n使用指导：传感器夹在内裤外侧，报警后家长叫醒孩子自己去厕所排尿，再换干内裤重新戴上；坚持用到连续14个干夜。\n预计归还：[[DATE|2027年2月]]\n经办：[[PERSON|季]]护士`,
  ],
  [
    'enuresis-clinic',
    `遗尿门诊复诊记录\n[[PERSON|孔令哲]]，男，10岁，门诊号[[MRN|5564905924]]，少儿医保号[[INSURANCE_ID|7414566272]]\n[[DATE|2026年9月]]起服去氨加压素片0.2mg睡前1片，3个月来干夜由每周1晚增至每周7晚，无头痛、水肿，血钠139mmol/L。\n计划：开始结构化减量，改为隔晚服药2周，再每3晚服药1次2周；若复发则恢复原剂量并加用报警器。下学期住校，已开具病情说明交给班主任[[PERSON|程欢]]。\n复诊：[[DATE|2027年1月5日]]\n医师：[[PERSON|邹米粒]]`,
  ],
  [
    'keloid-clinic',
    `瘢痕疙瘩专病门诊　[[DATE|2026/11/18]]\n[[PERSON|苑诗涵]]　女　23岁　门诊号[[MRN|500786896]]　电话[[PHONE|15889575846]]\n部位：左耳垂，打耳洞后1年逐渐增大，现约1.5×1.2cm，质硬、瘙痒。温哥华瘢痕量表（VSS）9分。\n处理：曲安奈德注射液40mg/ml与2%利多卡因1:1混合，皮损内注射0.6ml，过程顺利。\n临床照片编号：[[MRN|ZP834680]]\n医嘱：4周后第2次注射（[[DATE|12月16日]]）；注射后佩戴压力耳夹每日12小时以上；如计划手术切除，术后24小时内需联合浅层放疗。\n医师：[[PERSON|冀南星]]`,
  ],
  [
    'keloid-clinic',
    `瘢痕疙瘩术后浅层X线放疗单\n姓名：[[PERSON|羿航]]　男　35岁　公民身份号码：[[ID_CARD|450103199102275531]]　放疗号：[[MRN|RT112903]]\n部位：前胸正中瘢痕疙瘩切除术后（手术日期[[DATE|2026年11月20日]]）\n处方：总剂量18Gy，分3次，每次6Gy，术后24小时内开始首次照射（[[DATE|11月21日]]），隔日一次。\n照射野：沿切口外放1cm，铅挡保护周围正常皮肤。\n物理师：[[PERSON|阮湘宁]]　主诊医师：[[PERSON|冀南星]]　技师：[[PERSON|银]]`,
  ],
  [
    'keloid-clinic',
    `瘢痕疙瘩患者日常护理提示\n1.硅酮凝胶每天薄涂2次，或硅酮贴片每天贴12小时以上，坚持3～6个月。\n2.不要抓挠、挤压，避免紧身衣物反复摩擦皮损。\n3.瘢痕体质的人尽量不穿耳洞、不文身，长痘要及早治疗。\n4.局部注射激素后少数人会出现皮肤变薄、毛细血管扩张或月经紊乱，多能自行恢复，有不适请复诊时告诉医生。\n5.出门注意防晒，减少色素沉着。`,
  ],
];
const en: Array<[string, string]> = [
  [
    'admission',
    `ADMISSION H&P (hospitalist service)\nPt: [[PERSON|Tou Fue Khang]], [[AGE|92]] y/o M   MRN [[MRN|74609039]]   DOB [[DATE|03/14/1934]]\nAdmitted [[DATE|11/21/2026]] to 5 West, room [[MRN|5112]]\nAddress: [[ADDRESS|1186 Arcade St, Saint Paul, MN 55106]]\nMedicare MBI: [[INSURANCE_ID|2X73-Y61-RD85]]\nHistory from his daughter [[PERSON|Mai Khang-Lor]] (family declined the Hmong interpreter line), [[PHONE|(651) 555-0172]]\nCC: fever and new confusion for 2 days.\nExam/data: Temp 101.8, HR 108, BP 98/60, lactate 2.9. UA positive for leukocyte esterase and nitrite; CT A/P without hydronephrosis or stone.\nA/P: Sepsis, likely urinary source. Ceftriaxone 1 g IV daily; 30 mL/kg LR given in the ED; blood cultures x2 pending. Hold home lisinopril 10 mg.\nAttending: [[PERSON|Ingeborg Engebretsen]], MD`,
  ],
  [
    'admission',
    `Acute Medical Unit — Clerking   [[DATE|22/11/2026]] 19:40\nName: [[PERSON|Winifred Higginbottom]]   Age: [[AGE|94]]   DOB: [[DATE|05/06/1932]]\nHosp no: [[MRN|K228509]]   NHS: [[INSURANCE_ID|999 030 1344]]\nAddress: [[ADDRESS|14 Tannery Row, Ilkley LS29 8QF]]\nNOK: son [[PERSON|Graham Higginbottom]], [[PHONE|07700 900134]]\nGP: Dr [[PERSON|Scudamore]]\nPC: carer arrived at 08:00 and found her lying beside the bed, unable to rise; last seen well at 18:00 the day before.\nO/E: GCS 15, bruising over L hip; XR pelvis no fracture. CK 2,140, creatinine 168, Na 131.\nImpression: prolonged time on the floor → rhabdo; AKI stage 1.\nPlan: IV 0.9% saline 1 L over 6 h, recheck CK/U&E at 06:00, PT/OT, falls bundle.\nClerked by [[PERSON|TJM]] (FY1); SpR review pending`,
  ],
  [
    'admission',
    `General Medicine admission — [[DATE|20 Nov 2026]]\n[[PERSON|Fa'asoa Aiono]], [[AGE|90]] F, NHI [[INSURANCE_ID|HGD6699]]\nLives with her son's family at [[ADDRESS|27 Bairds Road, Ōtara, Auckland 2023]]\nPresenting: 3 days of worsening breathlessness and leg swelling; sleeps on 3 pillows.\nBackground: HFrEF (EF 30% in 2025), T2DM, CKD 3b.\nObs: RR 26, SpO2 89% on air, BP 152/88, JVP +5 cm, bibasal crackles.\nBloods: NT-proBNP 9,850, eGFR 34, K 5.1.\nPlan: furosemide 80 mg IV BD, daily weights, fluid restriction 1.5 L; reduce metformin to 500 mg BD given eGFR.\nSon [[PERSON|Tavita Aiono]] is the main contact, [[PHONE|021 290 5298]]; a Samoan interpreter is arranged for Thursday's family meeting.\nRegistrar: Dr [[PERSON|Ngaio Manihera]]`,
  ],
  [
    'progress-note',
    `Hospital Medicine Progress Note — HD#4, [[DATE|11/22/2026]]\nPt: [[PERSON|Dolores Covarrubias]], [[AGE|95]] F, rm [[MRN|714B]]\nS: Slept poorly; husband [[PERSON|Anacleto]] stayed overnight. Less confused today per RN [[PERSON|Jessamine]]. Tolerating pureed diet.\nO: T 98.4, HR 82, BP 128/70. Na 129 (from 121 on admission). CAM negative.\nA/P: 1. Hyponatremia, SIADH likely from sertraline — sertraline stopped; restrict fluids to 1.2 L/day, Na q12h, limit rise to 8 mEq/L per 24 h. 2. Deconditioning — PT ([[PERSON|Björn Åkesson]]) recommends SNF. Family meeting with the daughter on Tuesday at 2 pm.\n— [[PERSON|K.R.]], MD`,
  ],
  [
    'progress-note',
    `Ward round — Care of the Elderly — Mon [[DATE|23/11/26]]\nBed [[MRN|14]]: [[PERSON|Perpetua Twohig]], [[AGE|96]]. Day 6 of admission with delirium secondary to UTI; completed 5 days of co-amoxiclav (sensitive on MSU).\nEating better; 4AT 2 today (was 8). Mobilising with frame and one.\nDaughter [[PERSON|Mairéad]] asks about going home — lives alone in a bungalow with a pendant alarm.\nPlan: OT home visit Thursday [[DATE|26th]]; continue bowel chart; stop the night-time zopiclone.\nConsultant: Dr [[PERSON|Fenella Rossiter-Bamigboye]]; entry by [[PERSON|CW]] (FY2)`,
  ],
  [
    'progress-note',
    `Progress note — Internal Medicine, [[DATE|Nov 21, 2026]]\n[[PERSON|Ruth Kakegamic]], [[AGE|91]], OHIP [[INSURANCE_ID|1277-434-476]] KC, room [[MRN|3W-27]]\nOji-Cree speaker from a fly-in community, medevaced on [[DATE|Nov 17]]; granddaughter [[PERSON|Shaylene]] interprets by phone.\nCellulitis L leg improving: erythema well inside the marked line, afebrile 48 h. Cefazolin 2 g IV q8h day 5 — change to oral cephalexin 500 mg four times daily, total course 10 days. Creatinine 96.\nPlan: discharge when a flight home is available; community nurse to check the leg twice weekly.\n— [[PERSON|D. Scarpelli]], NP`,
  ],
  [
    'discharge',
    `DISCHARGE SUMMARY — General Medicine\nName: [[PERSON|Harold Loudermilk]]   DOB: [[DATE|09/02/1934]]   Age: [[AGE|92]]\nMRN: [[MRN|698319471]]   Stay: [[DATE|11/14/2026]] – [[DATE|11/20/2026]]\nDischarge diagnoses: type 2 NSTEMI in the setting of upper GI bleed; acute blood-loss anemia.\nHospital course: Hgb 6.9 on arrival; transfused 2 units PRBC. EGD [[DATE|11/15/2026]] showed a 1 cm clean-based gastric ulcer. Started pantoprazole 40 mg BID for 8 weeks. Aspirin held; restart only if cardiology advises.\nFollow-up: PCP Dr. [[PERSON|Ifeoma Nwokedi-Dabney]] in 1 week; GI clinic [[DATE|12/18/2026]].\nDischarged home to [[ADDRESS|88 Larkspur Lane, Burlington, VT 05401]] with his wife [[PERSON|Albertine]]; phone [[PHONE|(802) 555-0106]].\nDictated by [[PERSON|Siddharth Bandyopadhyay]], MD`,
  ],
  [
    'discharge',
    `Discharge letter to GP — [[DATE|21/11/2026]]\nDr [[PERSON|Goodspeed]], Marsh Lane Surgery\nRe: Mr [[PERSON|Tadeusz Chmielewski]], DOB [[DATE|30/01/1933]] ([[AGE|93]]), NHS [[INSURANCE_ID|999 381 7961]], PESEL [[ID_CARD|33013088534]]\nAddress: [[ADDRESS|Flat 3, 61 Cowley Road, Oxford OX4 1HR]]\nAdmitted [[DATE|12/11/2026]] with pneumonia of the left lower lobe, CURB-65 score 3; IV co-amoxiclav plus clarithromycin, stepped down to oral on day 4. Discharged [[DATE|20/11/2026]].\nActions for GP: repeat chest X-ray in 6 weeks; U&E in 1 week (creatinine 131 at discharge). He needs a Polish interpreter; his niece [[PERSON|Jadwiga Sroka]] usually comes with him.\nYours sincerely,\nDr [[PERSON|Eilidh Gilzean]], ST4 Respiratory Medicine`,
  ],
  [
    'discharge',
    `Discharge Summary\nName: [[PERSON|Saraswathy d/o Ponnusamy]]   NRIC: [[ID_CARD|S0206647E]]   Age: [[AGE|90]]\nCase no.: [[MRN|914757847]]\nAdmitted: [[DATE|15 Nov 2026]]   Discharged: [[DATE|22 Nov 2026]]\nAddress: [[ADDRESS|Blk 412 Ang Mo Kio Avenue 10, #08-1137, Singapore 560412]]\nDiagnosis: displaced intracapsular fracture of the left neck of femur; left hip hemiarthroplasty on [[DATE|16 Nov 2026]].\nMedications: paracetamol 1 g TDS, enoxaparin 40 mg SC daily until [[DATE|14 Dec 2026]], calcium with vitamin D.\nFollow-up: Orthopaedic SOC in 2 weeks with Dr [[PERSON|Toh Siew Hwee]].\nNOK: son [[PERSON|Ganesan s/o Velu]], [[PHONE|+65 9323 2886]]`,
  ],
  [
    'outpatient',
    `Rheumatology Clinic — [[DATE|18 November 2026]]\nDr [[PERSON|Padmini Thurairajah]], Consultant Rheumatologist\nRe: Mrs [[PERSON|Gwenllian Trahearne]], DOB [[DATE|11/04/1958]], Hosp no [[MRN|W7110164]], NHS [[INSURANCE_ID|999 140 7871]]\n[[ADDRESS|Tŷ Newydd, Heol y Bryn, Llanybydder SA40 9UE]]\nProblem: PMR, ESR 58 when first seen.\nShe has done well on prednisolone, now 7.5 mg daily after tapering from 15 mg. Bone protection: alendronic acid 70 mg weekly and calcium/vitamin D. DEXA [[DATE|October 2026]]: T-score −2.1 at the hip.\nPlan: reduce by 1 mg every 4–6 weeks; review in [[DATE|March 2027]].\ncc GP: Dr [[PERSON|Aneurin Bevis]]`,
  ],
  [
    'outpatient',
    `Transcript — geriatrics clinic visit\nDr: Good morning. Could I have your name and birthday, please?\nPt: [[PERSON|Octavia Wellbeloved]], born [[DATE|July 4th, 1931]]. I'm [[AGE|95]] and I'll tell anyone who asks.\nDr: And who's with you today?\nPt: My great-nephew, [[PERSON|Zebulon]]. He drives me since I gave up my license.\nDr: Any falls since we saw you in [[DATE|August]]?\nPt: One, getting out of the tub. [[PERSON|Zebulon]] put in a grab bar.\nDr: Good. Your blood pressure is 148 over 72 sitting and 124 over 66 standing, so I'd like to cut the amlodipine from 10 to 5.\nPt: Fine by me.\nDr: I'll send it to your pharmacy and see you back on [[DATE|February 10th]].`,
  ],
  [
    'outpatient',
    `Diabetes Day Centre — [[DATE|20/11/2026]]\n[[PERSON|Pádraig Ó Flaithbheartaigh]], [[AGE|91]], MRN [[MRN|5395016]], PPSN [[ID_CARD|8473256W]], GMS medical card [[INSURANCE_ID|61042456]]\nAddress: [[ADDRESS|Bóthar an Chaisleáin, Gort an Choirce, Co. Dhún na nGall F92 W5C8]]\nHbA1c 58 mmol/mol (71 in May). Two hypoglycaemic episodes at night on gliclazide 80 mg BD, one with a fall.\nPlan: stop gliclazide; start linagliptin 5 mg daily; target HbA1c up to 64 at his age; feet — monofilament intact.\nHis daughter [[PERSON|Éabha]] manages his tablets, [[PHONE|087 818 3940]].\nReview [[DATE|May 2027]].\nDr [[PERSON|Ciara Nic an tSaoir]]`,
  ],
  [
    'referral',
    `Referral — Cardiology e-consult\nDate: [[DATE|11/19/2026]]\nPatient: [[PERSON|Lorenzo Bocanegra-Irigoyen]]   DOB [[DATE|01/23/1936]] ([[AGE|90]])\nMRN [[MRN|91164633]]   Medicare Advantage member ID [[INSURANCE_ID|W551059926]]\nReason: new 3/6 systolic murmur at the right upper sternal border with one exertional syncope on [[DATE|11/8]]; no echo yet. ECG: sinus 68, LVH by voltage. Please assess for aortic stenosis; TTE ordered.\nAddress: [[ADDRESS|2217 Saddleback Dr, Las Cruces, NM 88011]]\nContact: daughter [[PERSON|Amparo]], [[PHONE|575-555-0127]]\nReferring: [[PERSON|Thandiwe Mahlaba]], FNP`,
  ],
  [
    'referral',
    `Suspected cancer (2WW) referral — Dermatology\nUBRN [[MRN|2864 7916 9129]]\nPatient: [[PERSON|Eustace Hocking]], DOB [[DATE|12/12/1930]] ([[AGE|95]]), NHS [[INSURANCE_ID|999 594 0736]]\nAddress: [[ADDRESS|Chapel Cottage, Trewidden Lane, St Buryan, Penzance TR19 6DP]]\nTel: [[PHONE|01632 960121]]\nLesion: 18 mm nodular, ulcerated lesion on the left temple, growing over 3 months and bleeding on touch; tender. ?SCC.\nAnticoagulated (apixaban 2.5 mg BD); hard of hearing — please write to him as well as phoning.\nReferred by Dr [[PERSON|Morwenna Carveth]], [[DATE|20/11/2026]]`,
  ],
  [
    'referral',
    `Referral — Geriatric Evaluation and Management\n[[DATE|23 November 2026]]\nDear Dr [[PERSON|Theodorakis]],\nRe: Mrs [[PERSON|Eleni Stavropoulou]], [[AGE|93]], Medicare [[INSURANCE_ID|2866 76575 3]], [[ADDRESS|Unit 4, 27 Albion Street, Brunswick VIC 3056]]\nHer family describe 18 months of worsening forgetfulness (MMSE 19/30) and two episodes of wandering at night. She lives with her son [[PERSON|Charalambos]], who works nights. Greek-speaking; please book an interpreter.\nSon's mobile: [[PHONE|0491 579 872]]\nKind regards,\nDr [[PERSON|Rocío Sequeira]], Brunswick Family Practice`,
  ],
  [
    'handover',
    `Night float sign-out — 6 North\nRm [[MRN|602]] [[PERSON|Gertrude Hasegawa]], [[AGE|97]] — Watcher. Aspiration PNA on amp-sulbactam; 3 L NC — if >5 L call RRT and me. DNR/DNI confirmed with the son.\nRm [[MRN|605]] [[PERSON|Alonzo Pennypacker]] — Stable. DKA resolved, glargine 18 u; BG AC/HS; if BG >300 use the correction scale.\nRm 609 — discharged this afternoon.\nRm [[MRN|611]] Mr. [[PERSON|Karapetyan]] — Armenian-speaking (use the video interpreter). AKI on CKD; repeat BMP at 0400; hold losartan.\nFrom [[PERSON|Rivka Lichtenberg]] (PGY-2) to [[PERSON|Tomás Iturralde]] (PGY-1)`,
  ],
  [
    'handover',
    `Bay C handover — early to late\nBed [[MRN|1]] [[PERSON|Mavis Gaukroger]], [[AGE|98]] — nil by mouth until SALT review at 3pm; IV fluids at 83 ml/h; pressure areas intact.\nBed 2 — empty, awaiting a patient from ED.\nBed [[MRN|3]] [[PERSON|Chukwudi Nnamani]] — day 1 after TURP — three-way catheter with bladder washout running, urine rosé, no clots.\nBed [[MRN|4]] [[PERSON|Lettice Heptonstall]] — 2-hourly turns, Waterlow 22; husband [[PERSON|Wilbur]] visiting at 4.\nHanded over by [[PERSON|Gwenno]] to [[PERSON|Jojo]]`,
  ],
  [
    'handover',
    `ISBAR — ED to ICU\nI: [[PERSON|Jedda Nampijinpa]], [[AGE|90]], URN [[MRN|5300803]], going to ICU bed [[MRN|6]].\nS: Septic shock, likely cholangitis.\nB: Flown in by RFDS from a remote community today; T2DM, CKD 4. Her daughter [[PERSON|Rosalind Nakamarra]] travelled with her, contactable via the clinic on [[PHONE|(08) 5550 4493]].\nA: MAP 58 on noradrenaline 0.12 mcg/kg/min, lactate 4.1, bilirubin 68; piperacillin-tazobactam given at 19:20.\nR: ERCP discussed with gastro for [[DATE|23/11]] morning; Aboriginal Liaison Officer [[PERSON|Cedric Japaljarri]] aware.\nHanded over by Dr [[PERSON|S. Wijesinghe]] to RN [[PERSON|Bec Cheesewright]]`,
  ],
  [
    'nursing-note',
    `Nursing note [[DATE|11/21/2026]] 0310 — Rm [[MRN|418]]\n[[PERSON|Imogene Ledbetter]], [[AGE|99]], was on the floor at the bedside, sitting upright; states she "wanted the commode". No head strike per patient; neuro checks q1h x4 within normal limits; no pain on range of motion. Bed-exit alarm found turned off — re-educated. Dr. [[PERSON|Basu]] notified at 0320: X-ray only if hip pain. Daughter [[PERSON|Wynona]] called at 0700. Morse 75.\n— [[PERSON|T. Vanderhoof]], RN`,
  ],
  [
    'nursing-note',
    `District nursing visit — Tue [[DATE|24 Nov]]\nPatient: [[PERSON|Archibald Lumsdaine]], [[AGE|92]], CHI [[INSURANCE_ID|1508349932]]\n[[ADDRESS|Ivy House, 3 Mill Wynd, Haddington EH41 4DB]]\nVenous leg ulcer L gaiter 4.2 × 3.1 cm (was 5.0 × 3.6), slough 10%. Cleansed; Inadine applied and two-layer compression back on; ABPI 0.92 documented. Key-safe code is in the care plan, not recorded here.\nHis carer [[PERSON|Senga]] reports good appetite and he is sleeping in the recliner.\nNext visit Fri [[DATE|27 Nov]].\nDN [[PERSON|Kirsteen Halcrow]]`,
  ],
  [
    'nursing-note',
    `Progress note — Room [[MRN|12]], [[PERSON|Clarice Wunderlich]], [[AGE|101]]\n[[DATE|19/11/2026]] 14:00 — Weight 44.1 kg (down 1.8 kg in a month); dietitian referral sent and oral supplement 200 ml BD commenced. Skin tear R forearm (STAR 2a) cleaned and dressed with silicone foam.\nSon [[PERSON|Dieter]] informed by phone; he will bring in her favourite biscuits.\nGP Dr [[PERSON|Anjali Jayasuriya]] to review at her next weekly round.\nRN [[PERSON|Maeve Hollerbach]]`,
  ],
  [
    'lab-report',
    `How to collect a stool (poo) sample\n- Pass urine first so it does not mix with the sample.\n- Catch the stool on clean paper or a disposable container laid over the toilet bowl — not from the water.\n- Use the scoop in the lid to collect a piece about the size of a walnut (or two or three scoops if it is runny) and screw the lid on tightly.\n- Write on the pot the details the form asks for, and the date and time you collected it.\n- Hand it in within 24 hours; until then keep it in a sealed bag in the fridge, not the freezer.\n- Wash your hands well afterwards.`,
  ],
  [
    'lab-report',
    `CLINICAL LABORATORY — HEMATOLOGY\nPATIENT: [[PERSON|ZABROWSKI, THEODORA M]]   DOB: [[DATE|04/19/1935]]   AGE: [[AGE|91]]   SEX: F\nMRN: [[MRN|57028698]]   ACC#: [[MRN|H41-189845]]   LOC: 4E BED [[MRN|22]]\nCOLLECTED: [[DATE|11/23/2026]] 05:12   RECEIVED IN LAB: 05:40\nWBC 23.8 H (4.0-11.0 K/uL)\nHGB 9.1 L (12.0-16.0 g/dL)\nPLT 41 L CRIT (150-400 K/uL) — called to [[PERSON|M. BONAVITA]], RN at 06:02 by [[PERSON|JPH]]\nSMEAR: schistocytes 2+; pathologist review requested.\nVERIFIED BY: [[PERSON|BOLANLE EICHHORN]], MLS(ASCP)`,
  ],
  [
    'lab-report',
    `Urine culture result\nLab no: [[MRN|M26.9382905]]   Hosp no: [[MRN|8784102]]   NHS: [[INSURANCE_ID|999 597 8148]]\nName: [[PERSON|Cedric Roebuck]]   DOB: [[DATE|02/02/1941]]\nSpecimen: MSU, collected [[DATE|20/11/2026]]\nCulture: E. coli >100,000 CFU/mL, ESBL-positive.\nSusceptible to: fosfomycin, nitrofurantoin, ertapenem. Not susceptible: trimethoprim, ciprofloxacin, cephalexin, amoxicillin and co-amoxiclav.\nComment: contact precautions advised. Discussed with Dr [[PERSON|Kabir Senanayake]] (FY2) by phone.\nAuthorised: [[PERSON|R. Pfannkuch]], Clinical Scientist`,
  ],
  [
    'imaging-report',
    `RADIOLOGY REPORT\nExam: CT abdomen/pelvis with IV contrast\nPatient: [[PERSON|Wilhelmina Zeitler]]   MRN [[MRN|24888110]]   DOB [[DATE|06/30/1933]]\nAccession: [[MRN|CT22265052]]   Exam date: [[DATE|11/20/2026]] 22:48\nComparison: none available.\nClinical history: left lower quadrant pain and fever for 3 days.\nFindings: diverticula throughout the sigmoid, with focal wall thickening and pericolic fat stranding; 2.8 cm rim-enhancing collection next to the sigmoid colon. No free air.\nImpression: sigmoid diverticulitis complicated by a 2.8 cm pericolic abscess (Hinchey Ib). Discussed with Dr. [[PERSON|Baptiste Ferrand]] at 23:15.\nRadiologist: [[PERSON|Yusra Moghaddam]], MD`,
  ],
  [
    'imaging-report',
    `Before your MRI scan\nThe scanner uses a strong magnet, so please tell us before your appointment if you have a pacemaker or defibrillator, a cochlear implant, metal fragments in your eyes, a programmable shunt or any other implant.\nRemove jewellery, hearing aids, watches and bank cards; we will give you a locker.\nThe scan is noisy — you will be given ear plugs or headphones — and usually takes 20 to 45 minutes. Try to lie still; you can talk to the radiographer through an intercom.\nIf you need an injection of contrast, we will check your kidney function first.\nYou can eat, drink and take your usual medicines unless your appointment letter tells you not to.`,
  ],
  [
    'imaging-report',
    `Ultrasound report — Abdomen\nRIS: [[MRN|RIS26103963]]   Hosp no: [[MRN|3669324]]\n[[PERSON|Ebenezer Brissett]], [[AGE|90]]\nScan date: [[DATE|19/11/2026]]\nFindings: gallbladder distended with multiple calculi up to 14 mm and wall thickening of 5 mm; maximal tenderness under the probe over the gallbladder. CBD 6 mm. Liver unremarkable.\nOpinion: appearances of acute cholecystitis with gallstones.\nReported by [[PERSON|Priyanka Gunawardena]], Consultant Sonographer; result phoned to the surgical team.`,
  ],
  [
    'prescription',
    `BAYSIDE COMMUNITY PHARMACY\nRX# [[MRN|4576790]]   FILLED [[DATE|11/20/26]]\n[[PERSON|HUNNICUTT, ARLISS J]]\n[[ADDRESS|517 OLD MILL RD, CHESTERTOWN, MD 21620]]\nAPIXABAN 2.5 MG TAB   QTY 60\nTAKE ONE TABLET BY MOUTH EVERY 12 HOURS\nREFILLS: 5\nPRESCRIBER: DR. [[PERSON|L. SHACKELFORD]]\nCAUTION: MAY CAUSE BLEEDING. DO NOT STOP TAKING WITHOUT TALKING TO YOUR PRESCRIBER.`,
  ],
  [
    'prescription',
    `Taking alendronic acid (once weekly)\nTake it on the same day each week, as soon as you get up, at least half an hour before any food, drink or other medicines.\nSwallow the tablet whole with a full glass (about 200 ml) of plain tap water — not mineral water, tea, coffee or juice.\nStay upright, sitting or standing, and do not eat or drink anything else for at least 30 minutes.\nStop and contact your doctor if you get pain or difficulty swallowing, chest pain or new heartburn.\nTell your dentist you take it and keep up good dental care; very rarely it can affect the jawbone.`,
  ],
  [
    'prescription',
    `Prescription\nPatient: [[PERSON|Hemi Kereopa]]   NHI [[INSURANCE_ID|XLH4239]]   DOB [[DATE|11/03/1946]]\nAddress: [[ADDRESS|14B Kowhai Street, Whanganui East, Whanganui 4500]]\nRx: Allopurinol 100 mg tablets — take ONE daily for 4 weeks, then TWO daily. Supply 3 months.\nColchicine 500 mcg tablets — take ONE twice daily during a gout flare, for up to 3 days. Supply 12.\nPrescriber: Dr [[PERSON|Ngaire Takerei]], MCNZ 39217\nDate: [[DATE|23/11/2026]]`,
  ],
  [
    'consent',
    `Informed Consent — Right eye cataract extraction with intraocular lens\nPatient: [[PERSON|Remedios Panganiban]]   MRN [[MRN|29083447]]   DOB [[DATE|08/15/1933]] ([[AGE|93]])\nRisks discussed: infection (endophthalmitis), bleeding, retinal detachment, posterior capsule rupture, need for further surgery, and that vision may not improve because of her macular degeneration.\nInterpreter: [[PERSON|Rowena Catacutan]] (Tagalog), interpreter ID 4471\nPatient signature: [[PERSON|R. Panganiban]]   Date: [[DATE|11/19/2026]]\nWitness: [[PERSON|Kadian Dacres]], RN\nPhysician: [[PERSON|Anusha Dissanayake]], MD`,
  ],
  [
    'consent',
    `Consent Form 4 (adults unable to consent) — best interests decision\nPatient: [[PERSON|Horace Reckord]], [[AGE|94]], Hospital no [[MRN|2969578]], NHS [[INSURANCE_ID|999 629 6199]]\nProposed procedure: left hip hemiarthroplasty for an intracapsular fracture.\nCapacity assessed [[DATE|22/11/2026]]: unable to retain or weigh the information (advanced vascular dementia). No LPA for health and welfare.\nConsulted: daughter [[PERSON|Marcia Reckord-Grizzle]] ([[PHONE|07700 900940]]), who agrees surgery is in his best interests given his pain.\nSecond opinion: Dr [[PERSON|Ngozi Ekeh]], Orthogeriatrics.\nSigned: Mr [[PERSON|Cormac Brogan]], Consultant in Trauma & Orthopaedics, [[DATE|22/11/2026]]`,
  ],
  [
    'consent',
    `Patient consent — Colonoscopy and possible polypectomy\nName: [[PERSON|Desmond Quinlivan]]   DOB: [[DATE|05/05/1955]]   MRN: [[MRN|5509747]]\nI have been told about the risks: bleeding, mainly after a polyp is taken off (roughly one patient in a hundred); a tear in the bowel wall (roughly one in a thousand); a reaction to the sedative; and that a cancer or polyp can occasionally be missed.\nSigned: [[PERSON|D. Quinlivan]]   Date: [[DATE|20/11/2026]]\nInterpreter: not required\nProceduralist: Dr [[PERSON|Mehwish Shirazi]]\nEscort home after sedation: partner [[PERSON|Violeta]], mobile [[PHONE|0491 571 307]]`,
  ],
  [
    'billing',
    `PATIENT STATEMENT\nStatement date: [[DATE|11/20/2026]]   Account #: [[MRN|464186186]]\nGuarantor: [[PERSON|Lucille Stovall]]\n[[ADDRESS|3308 Peachtree Industrial Blvd, Apt 12C, Duluth, GA 30097]]\nPatient: [[PERSON|Edgar Stovall]]   DOB [[DATE|10/10/1932]]\nDate of service: [[DATE|10/29/2026]] — Emergency department visit, level 4: $1,284.00\nInsurance payments (Medicare and supplement, member [[INSURANCE_ID|620558940-83]]): −$1,150.40\nPatient responsibility: $133.60 — paid by card [[BANK_CARD|5425465797973915]] (expiry 07/29)\nQuestions? Call [[PHONE|770-555-0125]] or pay at [[URL|https://statements.example.com/s/TQ82]]`,
  ],
  [
    'billing',
    `Overseas Visitors Office — Invoice for NHS treatment\nInvoice no. OVM-26-04417\nPatient: [[PERSON|Chester Hoogeveen]]   DOB: [[DATE|14/07/1950]]   Hospital no: [[MRN|9647345]]\nPassport (USA): [[PASSPORT|275616500]]\nHome address: [[ADDRESS|1209 Lakeview Terrace, Holland, MI 49423]], USA\nTreatment: emergency admission [[DATE|02/11/2026]] to [[DATE|07/11/2026]], cellulitis with sepsis.\nCharge (150% of tariff): £6,842.50\nCard payment authorisation: [[BANK_CARD|4539346627715096]], expiry 09/29, cardholder [[PERSON|Chester Hoogeveen]]\nCorrespondence: [[EMAIL|choogeveen@example.com]]`,
  ],
  [
    'billing',
    `ACC injury claim — summary\nClaim no: [[INSURANCE_ID|59217704838]]\nClient: [[PERSON|Losa Afamasaga-Reweti]]   NHI [[INSURANCE_ID|LYZ0383]]   DOB [[DATE|29/02/1988]]\nAccident date: [[DATE|16/11/2026]] — slipped on a wet floor at work; sprained right ankle (S93.4), X-ray normal.\nAddress: [[ADDRESS|9 Tui Glen Road, Birkenhead, Auckland 0626]]\nPhone: [[PHONE|022 256 4781]]\nTreatment provider: physiotherapist [[PERSON|Jacinta Turei]]; 6 sessions approved.\nEmployer notified; no time off work requested.`,
  ],
  [
    'online-consult',
    `Virtual Urgent Care — chat log\nEncounter: [[MRN|VV-5570182]]   Session IP: [[IP|203.0.113.235]]\n[[ACCOUNT|bluegrass_grandma]]: Hi, I'm on here for my mother, [[PERSON|Opal Buckminster]], she's [[AGE|96]].\nNP [[PERSON|Santacruz]]: Hi! What's going on with her today?\n[[ACCOUNT|bluegrass_grandma]]: Her right eye has been red and crusty since yesterday, she says it feels gritty. No pain, vision the same.\nNP [[PERSON|Santacruz]]: This sounds like bacterial conjunctivitis. I'm sending polymyxin B/trimethoprim drops, 1 drop every 4 hours while awake for 7 days. If she gets eye pain, blurred vision or a headache, she should have an in-person exam today.\n[[ACCOUNT|bluegrass_grandma]]: Thank you!`,
  ],
  [
    'online-consult',
    `eConsult form received [[DATE|21/11/2026]] at 22:14\nFrom IP [[IP|2001:db8:6de5:e59c::8a8]]\nNew registration; identity checked with passport [[PASSPORT|265238123]]\nPatient: [[PERSON|Ludovica Ferraresi]], DOB [[DATE|03/03/1990]], NHS [[INSURANCE_ID|999 531 2344]]\nEmail: [[EMAIL|l.ferraresi@example.co.uk]]\nRequest: Burning when I pass urine for 2 days and I need to go more often. No fever or back pain, not pregnant. I fly to Milan on [[DATE|25 November]] for my sister's wedding.\nResponse (pharmacist prescriber [[PERSON|Olumide Ajayi]], [[DATE|22/11/2026]]): This fits an uncomplicated lower urinary tract infection. Nitrofurantoin 100 mg modified-release twice daily for 3 days has been sent to your nominated pharmacy. Get urgent help if you develop fever, loin pain or vomiting.\nView the reply: [[URL|https://econsult.example.nhs.uk/r/7QX4M2]]`,
  ],
  [
    'online-consult',
    `Teleconsult note — [[DATE|20 Nov 2026]]\nPatient: [[PERSON|Nurul Huda binte Sulaiman]], [[AGE|92]], NRIC [[ID_CARD|S1877228J]]\nCaller: granddaughter [[PERSON|Aqilah]], [[PHONE|+65 8146 4212]]\nVideo link: [[URL|https://teleconsult.example.sg/j/58210]]\nIssue: 3 days of loose stools, about 5 a day, no blood, drinking well, no fever. On metformin 500 mg BD.\nAdvice: oral rehydration salts; withhold metformin until stools are normal; watch urine output. In-person review at the polyclinic if it lasts 3 more days or she becomes dizzy or drowsy.\nDoctor: Dr [[PERSON|Goh Pei Xuan]]`,
  ],
  [
    'patient-message',
    `Portal message — [[DATE|11/22/2026]] 8:41 PM\nFrom: [[ACCOUNT|rtuggle58]]\nSubject: Dad's new water pill\nHi Dr. [[PERSON|Lovelady]], this is [[PERSON|Rosaria Tuggle]] writing for my father [[PERSON|Amos Puckett]] (MRN [[MRN|87559672]]), who is [[AGE|93]]. Since he started the torsemide 20 mg on [[DATE|11/16]] he gets dizzy when he stands up, though his ankles are much less puffy. His blood pressure at home this morning was 98/56. Should he skip tomorrow's dose? You can call me at [[PHONE|(319) 555-0131]].\nThanks, [[PERSON|Rosaria]]`,
  ],
  [
    'patient-message',
    `From: [[EMAIL|wendy.satterlee@example.co.uk]]\nTo: Secretary to Mr [[PERSON|Keita]]\nSubject: Hospital no [[MRN|6477065]] — appointment clash\nDear [[PERSON|Elen]],\nMy husband [[PERSON|Cuthbert Satterlee]] (DOB [[DATE|19/09/1942]]) has his urology follow-up on [[DATE|3 December]], but that is the day of his cataract operation. Could it be moved to the following week? I can be reached on [[PHONE|07700 900255]].\nKind regards,\n[[PERSON|Wendy Satterlee]]`,
  ],
  [
    'patient-message',
    `Practice app message\nFrom: [[PERSON|Teagan Coutts-Yarran]]   Medicare [[INSURANCE_ID|5372 68436 7]]\nHi Dr [[PERSON|Sivakumaran]], my baby [[PERSON|Allira]] had her 6-month needles on [[DATE|18/11]] and has had a red lump on her thigh since, about 2 cm, not hot. She's feeding fine and has no fever. Is that normal? Also we've moved to [[ADDRESS|16 Ironbark Crescent, Dubbo NSW 2830]], so please update her file. My mobile is [[PHONE|0491 576 214]].\nThanks, [[PERSON|Teagan]]`,
  ],
  [
    'family-chat',
    `🇯🇲 Grandma [[PERSON|Pearline]] 💐\n[[PERSON|Shantol]]: Update — Grandma's on Ward 10, bed [[MRN|7]]. Dr [[PERSON|Sison]] says the infection markers are coming down 🙏\n[[PERSON|Odane]]: Thank God. Can she have visitors tonight?\n[[PERSON|Shantol]]: Yes 2–8pm, two at a time. Her hospital number is [[MRN|RJ232133]] if you ring the ward\nAuntie [[PERSON|Andrene]]: I'll bring her bonnet and some soup\n[[PERSON|Odane]]: She turns [[AGE|91]] on the [[DATE|30th]], we need to plan something 🎂\n[[PERSON|Shantol]]: Let's see if she's home by then`,
  ],
  [
    'family-chat',
    `Nani's care team 👵\n[[PERSON|Ishaan]]: Nani's discharge is tomorrow, [[DATE|Nov 25]]. The social worker Ms. [[PERSON|Papineau]] says pickup is at 11\n[[PERSON|Anika]]: I'll take my car, the plate is [[PLATE|9MFK208]] — they need it for the pickup lane pass\n[[PERSON|Meher]] Masi: She is [[AGE|90]] now, please ask for the wheelchair. I'll call Dr. [[PERSON|Sargsyan]] about her insulin doses\n[[PERSON|Ishaan]]: 👍 I'll pay for the home nurse, [[PERSON|Anika]] send me your half on Venmo\n[[PERSON|Anika]]: Done, it's from @[[ACCOUNT|anika-sood-7]]`,
  ],
  [
    'family-chat',
    `Mam's hospital 🏥\n[[PERSON|Cliodhna]]: Mam's moved to the medical ward, bed [[MRN|22]]. Consultant is Dr [[PERSON|Ó Murchú]].\n[[PERSON|Naoise]]: How is she?\n[[PERSON|Cliodhna]]: Better, the antibiotics are working. She'll be [[AGE|92]] on the [[DATE|6th]].\n[[PERSON|Líadan]]: I'll drive down Saturday. The parking form wants the reg, it's [[PLATE|231-G-1457]]\n[[PERSON|Cliodhna]]: Grand. Bring her medical card too, the number's [[INSURANCE_ID|2540485N]]. Her address for the form is [[ADDRESS|12 Ard na Gréine, Tuam, Co. Galway H54 Y6K2]]`,
  ],
  [
    'sms-reminder',
    `NHS reminder: Hi [[PERSON|Eustacia]], your Falls Clinic appointment is on Wed [[DATE|02 Dec]] at 10:40 at the Day Hospital. Please bring your walking aid and a list of your medicines. To cancel reply CANCEL or call [[PHONE|01632 960919]]. Ref [[MRN|FC321178]]`,
  ],
  [
    'sms-reminder',
    `From your GP surgery: our flu and COVID-19 jab sessions are on Saturday mornings until 19 December. If you are 65 or older just walk in; everyone else, please book through the app. Bring reading glasses if you need them for the form.`,
  ],
  [
    'sms-reminder',
    `Reminder: [[PERSON|Mateo Ruvalcaba]] has a well-child visit with Dr. [[PERSON|Dąbrowski]] on Mon [[DATE|11/30]] at 3:15 PM. Please bring his vaccine record. Reply C to confirm. Questions: [[PHONE|208-555-0117]]`,
  ],
  [
    'tongue-tie-clinic',
    `Infant feeding / tongue-tie clinic — [[DATE|19/11/2026]]\nBaby [[PERSON|Wren Ezeokafor]], DOB [[DATE|28/10/2026]], NHS [[INSURANCE_ID|999 101 9278]]\nMother: [[PERSON|Adaora Ezeokafor]], [[PHONE|07700 900815]]\nReferred by community midwife [[PERSON|Hattie Honeybone]] for a shallow latch, clicking and nipple trauma. Weight 3.28 kg (birth 3.41 kg).\nAssessment: anterior tongue-tie, TABBY score 4/8, restricted lift and extension.\nFrenulotomy performed with verbal consent, sterile scissors, no anaesthetic; minimal bleeding settled with a feed. Latch improved at once.\nPlan: tongue exercises for 2 weeks; review with infant-feeding lead [[PERSON|Sunniva Tveit]] on [[DATE|26/11/2026]].\nPractitioner: [[PERSON|Jemima Gladwell]], ANNP`,
  ],
  [
    'tongue-tie-clinic',
    `Lactation consult note — [[DATE|11/21/2026]]\nInfant: Baby [[PERSON|Ezra Kjelstrup]], MRN [[MRN|33416121]], DOB [[DATE|11/19/2026]], room [[MRN|324]] with mother [[PERSON|Kirsten Kjelstrup]]\nFeeding: painful latch (8/10), creased nipple after feeds, infant tires quickly. Hazelbaker appearance 7/10, function 9/14.\nPeds ENT (Dr. [[PERSON|Coulibaly]]) consulted; frenotomy done at the bedside at 14:10.\nAfter: LATCH score 8; maternal pain 3/10.\nPlan: outpatient lactation follow-up [[DATE|11/24]]; call [[PHONE|(503) 555-0166]] with concerns.\nIBCLC: [[PERSON|Marisela Montealegre]]`,
  ],
  [
    'tongue-tie-clinic',
    `[[DATE|20 November 2026]]\nDear Dr [[PERSON|Gentry]],\nRe: [[PERSON|Nikora Sutherland]], DOB [[DATE|02/09/2026]], Medicare [[INSURANCE_ID|3268 91689 3]], [[ADDRESS|5/22 Banksia Parade, Maroochydore QLD 4558]]\nThank you for referring [[PERSON|Nikora]], now 11 weeks old, with his mother [[PERSON|Rawinia]]. He has a posterior tongue-tie, but his weight gain is steady along the 25th centile, and his mother's nipple pain settled once we adjusted positioning. I have not recommended division. Please re-refer if feeding problems return after 4 months.\nYours sincerely,\nDr [[PERSON|Harriet Lowenthal]]`,
  ],
  [
    'pleural-clinic',
    `Pleural clinic — [[DATE|18/11/2026]]\n[[PERSON|Sidney Crumpler]], [[AGE|90]], Hosp no [[MRN|2265831]], NHS [[INSURANCE_ID|999 165 8378]]\nEpithelioid mesothelioma (biopsy [[DATE|July 2026]]); right indwelling pleural catheter inserted [[DATE|05/08/2026]]. Drained three times a week by the district nurses; volumes now 100–200 ml, no spontaneous pleurodesis yet.\nBest supportive care, in line with his wishes. Shipyard asbestos exposure — industrial injuries claim supported; letter given.\nPlan: continue drainage; review in 6 weeks. DN team lead [[PERSON|Bernadette Mearns]] updated; his son is aware.\nDr [[PERSON|Anwen Vychan]], Respiratory Consultant`,
  ],
  [
    'pleural-clinic',
    `Procedure note: ultrasound-guided thoracentesis, left\nPatient: [[PERSON|Mildred Okoli]], MRN [[MRN|87404742]], [[AGE|94]]\nDate: [[DATE|11/22/2026]]\nIndication: symptomatic left effusion, suspected parapneumonic.\nProcedure: time-out done; 1% lidocaine 10 mL; 8 Fr catheter; 1,100 mL straw-colored fluid removed, stopped for chest tightness.\nFluid: pH 7.18, glucose 38 mg/dL, LDH 1,120 U/L — complicated parapneumonic effusion; chest tube recommended.\nPost-procedure CXR: no pneumothorax.\nOperator: [[PERSON|Lakshmi Muthukrishnan]], MD`,
  ],
  [
    'pleural-clinic',
    `Community IPC drainage referral — [[DATE|24/11/2026]]\nClient: [[PERSON|Giuseppina Calabrò]], [[AGE|93]], URN [[MRN|858062]], Medicare [[INSURANCE_ID|5714 45831 8]]\nAddress: [[ADDRESS|41 Scarborough Beach Road, Mount Hawthorn WA 6016]]\nLeft indwelling pleural catheter placed [[DATE|20/11/2026]] for recurrent malignant effusion (breast primary).\nDrain up to 1,000 ml three times a week; stop if chest pain or coughing. Vacuum bottles x 12 delivered to the home.\nDaughter [[PERSON|Annunziata]], [[PHONE|0491 577 479]]; Italian interpreter preferred.\nReferrer: [[PERSON|Aditi Bhide]], Pleural CNC`,
  ],
  [
    'enuresis-clinic',
    `Children's Continence (Enuresis) Clinic — [[DATE|17/11/2026]]\n[[PERSON|Kofi Amanfo]], age 8, DOB [[DATE|04/06/2018]], NHS [[INSURANCE_ID|999 471 0656]]\nSeen with his dad, [[PERSON|Kwaku Amanfo]].\nWet 6 nights out of 7, dry by day; no constipation on the Bristol chart. Bladder diary: largest daytime void 210 ml; high night-time urine output on wet nights.\nPlan: desmopressin 120 mcg melt at bedtime; no drinks from 1 hour before until 8 hours after. Reward chart for taking the medicine, not for dry nights. School nurse [[PERSON|Hazel Truelove]] to review on [[DATE|15/12/2026]].\nNurse specialist: [[PERSON|Calum Ferrie]]`,
  ],
  [
    'enuresis-clinic',
    `Pediatric Urology — enuresis follow-up, [[DATE|11/18/2026]]\n[[PERSON|Brantley Pettiford-Sims]], 9 y/o, MRN [[MRN|30179330]], DOB [[DATE|02/14/2017]]\nMother: [[PERSON|Shawna Sims]], [[PHONE|(615) 555-0144]]\nUsing a bedwetting alarm since [[DATE|September]]; now dry 4 of 7 nights. KUB on [[DATE|10/02/2026]] showed a large stool burden; on PEG 3350 17 g daily, now a soft stool daily.\nPlan: continue the alarm until 14 dry nights in a row; insurance (member ID [[INSURANCE_ID|XQH134370190]]) approved a replacement sensor. Return in [[DATE|January 2027]].\n— Dr. [[PERSON|Mirela Kovačević]]`,
  ],
  [
    'enuresis-clinic',
    `Bedwetting: tips for families\nBedwetting is common — about 1 in 7 five-year-olds still wet the bed — and it is nobody's fault.\nSpread drinks through the day (6 to 8 water-based drinks), with the last one an hour before bed; avoid fizzy and caffeinated drinks.\nEncourage a wee just before bed and again at lights out.\nUse washable mattress protectors rather than nappies or pull-ups once you start treatment.\nPraise agreed behaviours, such as drinking well and using the toilet before bed — not dry nights, which your child cannot control.\nAsk your GP or school nurse about an alarm or medicine if your child is 5 or older and it is troubling them.`,
  ],
  [
    'keloid-clinic',
    `Dermatology — Keloid clinic, [[DATE|11/23/2026]]\n[[PERSON|DeShawn Lauder]], 27 M, MRN [[MRN|22612396]], DOB [[DATE|05/21/1999]]\nKeloids: both earlobes after piercing, largest left 2.1 x 1.6 cm; 4 cm chest keloid after acne. Itchy. POSAS patient score 38.\nToday: intralesional triamcinolone 40 mg/mL, 0.5 mL left earlobe and 0.3 mL right earlobe; 10 mg/mL, 1 mL to the chest. Photos taken (ID [[MRN|PH-961779]]).\nDiscussed excision of the left earlobe keloid followed by radiation or post-op injections, plus pressure earrings.\nNext injection [[DATE|12/21/2026]].\nProvider: [[PERSON|Oluwakemi Adisa]], MD`,
  ],
  [
    'keloid-clinic',
    `Plastic Surgery Clinic letter — [[DATE|20 November 2026]]\nRe: Ms [[PERSON|Chiamaka Obidike]], DOB [[DATE|22/03/1996]], Hosp no [[MRN|5676997]]\nAddress: [[ADDRESS|22 Wellesley Road, Croydon CR0 2AG]]   Mobile: [[PHONE|07700 900433]]\nThe keloid on her right earlobe has recurred after a previous excision elsewhere. We plan re-excision on [[DATE|3 December 2026]] with superficial radiotherapy within 48 hours; I have written to Dr [[PERSON|Tobias Grennell]], Clinical Oncology. She will wear a pressure earring for 6 months afterwards.\nYours sincerely,\nMr [[PERSON|Hamish Spottiswoode]], Consultant Plastic Surgeon`,
  ],
  [
    'keloid-clinic',
    `Scar & Keloid Clinic — [[DATE|Nov 19, 2026]]\n[[PERSON|Marjorie Tshibangu]], 34 F, OHIP [[INSURANCE_ID|2791-408-335]] VQ, chart [[MRN|9533637]]\nKeloid L shoulder from a childhood burn, 6 x 3 cm, painful under bra strap. Cryotherapy then triamcinolone 40 mg/mL 1 mL today; silicone sheeting nightly. 5-FU to be considered if poor response after 3 sessions.\nAddress: [[ADDRESS|88 Jameson Ave, Apt 1504, Toronto ON M6K 2X8]]\nPhone: [[PHONE|(416) 555-0132]]\nNext visit: [[DATE|Dec 17, 2026]]\nDr [[PERSON|Benoît Archambault]]`,
  ],
];
export function generateDeidHoldout39(): LabelledRecord[] {
  return holdoutRecords('h39', zh, en);
}

export const DEID_HOLDOUT_39_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/labelled/deid-holdout-39.jsonl',
);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const records = generateDeidHoldout39();
  writeFileSync(DEID_HOLDOUT_39_PATH, renderJsonl(records));
  console.log(`wrote ${records.length} records to ${DEID_HOLDOUT_39_PATH}`);
}
