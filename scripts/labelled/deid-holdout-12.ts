import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { holdoutRecords, type LabelledRecord, renderJsonl } from './generate-deid.ts';

/**
 * The ROUND-12 fresh held-out de-identification set (data/labelled/deid-holdout-12.jsonl): hand-written
 * snippets with hand-placed spans, marked inline as [[TYPE|text]] (parseMarked strips the marks and
 * records UTF-16 offsets). Written by a separate annotator who did not read the recognizer code and
 * never ran a recognizer on these snippets; it must not be used to tune the recognizers.
 *
 * About four fifths are the everyday documents of a general hospital and the messages of its patients
 * (admission, progress and discharge notes, outpatient notes, referrals, handovers, nursing notes,
 * lab, pathology and imaging reports, prescriptions, consent, billing and insurance forms, online
 * consultations, patient messages, family chats and SMS reminders); about a fifth come from settings
 * earlier rounds did not list: hospital parking permits, escort (陪诊) services, animal-assisted
 * therapy visits, hardship and charity-care funds, and tumour boards (MDT).
 *
 * Identifiers are synthetic: resident IDs carry a valid GB 11643 check character and a sex digit and
 * birth date consistent with the text (15-digit IDs likewise), bank cards a valid Luhn digit, NHS
 * numbers are in the 999 test range with their modulus-11 digit, the Australian Medicare number passes
 * its check digit and the OHIP number its Luhn digit; the US SSN is in the 987-65-432x advertising
 * range. Phones are random mainland numbers or fictional ranges (North American 555-01xx, UK 07700
 * 900xxx and 01632 960xxx, Australian 0491 570 xxx); mail and web hosts are example.*; IP addresses
 * come from the documentation ranges.
 *
 * Span conventions are those of data/labelled/deid-holdout-2 to -11 cards; the decisions new in this
 * round are in data/labelled/deid-holdout-12.card.yaml.
 */
const zh: Array<[string, string]> = [
  [
    'admission',
    `心内科入院记录\n患者[[PERSON|覃立峰]]，男，64岁，于[[DATE|2026年11月20日]]09:40经急诊收入CCU [[MRN|4]]床。\n身份证号 [[ID_CARD|330106196204174852]]，住院号 [[MRN|XN2611-0735]]。\n主诉：胸骨后压榨样疼痛2小时，伴大汗。心电图V1-V4 ST段抬高0.3mV，肌钙蛋白I 4.82ng/mL，急诊PCI后入科。\n家住[[ADDRESS|杭州市西湖区文三路478号华星公寓2单元602]]；女儿[[PERSON|覃思语]]，手机[[PHONE|13705716284]]。`,
  ],
  [
    'admission',
    `呼吸科入院\n[[PERSON|隗德敏]]　女　[[AGE|92]]岁\n出生日期 [[DATE|1934-01-19]]　证件号 [[ID_CARD|230103193401199788]]\n病历号 [[MRN|HR3309815]]\n因“咳嗽咳痰5天，气促加重1天”入院，CURB-65 3分，SpO2 86%（未吸氧）。\n户籍：[[ADDRESS|黑龙江省哈尔滨市南岗区]]。陪护：孙女[[PERSON|隗一诺]]（[[PHONE|18645207731]]）。`,
  ],
  [
    'progress-note',
    `[[DATE|11月21日]]　主治医师查房记录\n[[PERSON|卜永昌]]主治查看患者[[PERSON|郁晚晴]]：术后第3天，切口干燥，引流液约20mL淡血性，已拔除尿管。血常规WBC 9.6×10^9/L。\n计划：明日拔除引流管，继续头孢呋辛1.5g q12h至[[DATE|11月23日]]。\n记录：住院医师[[PERSON|蒲星河]]`,
  ],
  [
    'progress-note',
    `病程记录　[[DATE|2026-11-22]] 02:15\n夜间护士报告[[MRN|31]]床[[PERSON|寇建华]]（住院号[[MRN|0027719346]]）血压78/46mmHg，心率128次/分，神志淡漠。立即予平衡液500mL快速输注，复查乳酸4.1mmol/L，考虑感染性休克，已通知ICU[[PERSON|钦]]医生会诊，家属[[PERSON|寇小梅]]电话告知病情（[[PHONE|15927046613]]）。`,
  ],
  [
    'discharge',
    `出院记录\n姓名：[[PERSON|郑语桐]]　科室：妇科　床号：[[MRN|22]]\n入院日期：[[DATE|2026年11月14日]]　出院日期：[[DATE|2026年11月22日]]\n住院号：[[MRN|FK-2026-06118]]\n出院诊断：子宫多发肌瘤；继发性贫血（轻度）。\n手术：[[DATE|11月16日]]行腹腔镜下子宫肌瘤剔除术。\n出院医嘱：禁性生活及盆浴1个月，口服多糖铁复合物150mg qd，[[DATE|12月20日]]妇科门诊复查B超。\n主管医生：[[PERSON|苟佳宁]]`,
  ],
  [
    'discharge',
    `出院带药及随访单\n[[PERSON|竺德厚]]老人，[[AGE|95]]岁（[[DATE|1931年6月6日]]生），身份证[[ID_CARD|12010119310606257X]]，本次因心衰加重住院10天，今日好转出院。\n带药：呋塞米20mg qd，螺内酯20mg qd，沙库巴曲缬沙坦50mg bid。\n请家属每日称体重，3天内增加超过2公斤请回院。随访护士[[PERSON|樊琳]]会在[[DATE|11月29日]]电话回访，家属[[PERSON|竺海]]的手机为[[PHONE|13920458871]]。`,
  ],
  [
    'outpatient',
    `耳鼻喉科门诊\n就诊卡号：[[MRN|2611087420]]\n[[PERSON|贺兰珮]]，女，35岁。右耳闷胀伴耳鸣2周，感冒后出现。耳镜：右鼓膜内陷，光锥消失。声导抗B型。\n诊断：右分泌性中耳炎。处理：糠酸莫米松鼻喷剂每日1次，2周后复诊。\n医师：[[PERSON|司徒曜]]　[[DATE|2026.11.21]]`,
  ],
  [
    'outpatient',
    `内分泌科门诊病历\n患者：[[PERSON|蓝茂生]]（男，58岁）　医保卡号：[[INSURANCE_ID|4501039681010875]]\nHbA1c 8.9%，空腹血糖10.2mmol/L，BMI 29.4。目前二甲双胍0.5g tid。\n加用达格列净10mg qd，嘱低盐低脂饮食，每日步行30分钟。\n下次复诊：[[DATE|2027年2月下旬]]。\n（患者诉住[[ADDRESS|南宁市青秀区竹溪大道57号]]，取药不便，建议就近社区续方。）`,
  ],
  [
    'outpatient',
    `儿童保健科\n儿童：[[PERSON|罗小禾]]　性别：男　出生：[[DATE|2016-05-12]]\n身份证：[[ID_CARD|530102201605121554]]\n身高128.5cm（P25），体重24kg，骨龄约9岁。视力右0.8左0.6，建议眼科进一步检查。\n家长：母亲[[PERSON|杜若兰]]，联系电话[[PHONE|0871-65318209]]`,
  ],
  [
    'referral',
    `转诊单（上转）\n转出单位：溪口镇卫生院　转入单位：县人民医院骨科\n患者：[[PERSON|钭云海]]　男　53岁\n身份证号：[[ID_CARD|510107197302085276]]\n现住址：[[ADDRESS|四川省成都市武侯区簇锦街道双凤社区8组23号]]\n病情：[[DATE|11月20日]]从屋顶跌落，右足跟肿痛不能负重，X线疑跟骨骨折，建议CT及专科处理。\n转诊医生：[[PERSON|林秀]]　电话：[[PHONE|13881926470]]`,
  ],
  [
    'referral',
    `院内会诊申请\n申请科室：肾内科　被邀科室：眼科\n患者[[PERSON|韦如意]]，住院号[[MRN|SN0093412]]，[[MRN|15]]床，糖尿病肾病CKD4期，近来视物模糊，请协助评估眼底。\n申请医师：[[PERSON|钱昭]]　[[DATE|2026-11-21]]`,
  ],
  [
    'handover',
    `交班本（[[DATE|11月22日]]白班→夜班）\n[[MRN|3]]床 [[PERSON|沈济川]]：胆囊切除术后第1天，生命体征平稳，已下床。\n5床 空床\n[[MRN|6]]床 [[PERSON|巫凤仙]]：[[AGE|91]]岁，跌倒高风险，床栏已拉起，夜间每2小时巡视。\n[[MRN|9]]床 [[PERSON|阚志鹏]]：发热38.6℃，已抽血培养两套，待结果。\n交班人：[[PERSON|侯静]]　接班人：[[PERSON|包雅琪]]`,
  ],
  [
    'nursing-note',
    `护理记录单\n姓名：[[PERSON|艾克拜尔·努尔麦麦提]]　床号：[[MRN|12]]　住院号：[[MRN|ZY00418836]]\n[[DATE|2026-11-21]] 20:00 患者诉切口疼痛，NRS 5分，遵医嘱予氟比洛芬酯50mg静推，30分钟后复评NRS 2分。\n21:30 协助翻身，骶尾部皮肤完好，Braden 15分。\n护士：[[PERSON|晏宁]]`,
  ],
  [
    'nursing-note',
    `PICC维护记录\n患者[[PERSON|苏婉清]]，右上臂PICC置管第38天，臂围27cm（置管时26.5cm），穿刺点无红肿渗液，冲封管顺利。\n下次维护日期：[[DATE|2026年11月28日]]\n维护护士：[[PERSON|刘一帆]]；患者家属电话[[PHONE|17750236915]]。`,
  ],
  [
    'lab-report',
    `检验报告单\n姓名：[[PERSON|冼春燕]]　性别：女　年龄：47岁\n标本号：[[MRN|2611210573]]　送检科室：内分泌科\n采样时间：[[DATE|2026-11-21]] 07:32\nTSH 0.02mIU/L（0.27–4.2）↓　FT4 38.6pmol/L（12–22）↑　TRAb 12.4IU/L↑\n检验者：[[PERSON|龙霄]]　审核者：[[PERSON|付彦]]`,
  ],
  [
    'lab-report',
    `危急值报告登记\n[[DATE|11月22日]] 04:10 检验科[[PERSON|尹卓]]电话报告：急诊留观[[MRN|7]]床[[PERSON|潘长青]]，血钾6.9mmol/L。\n接电话：护士[[PERSON|胡晓蔓]]，已复述确认，04:12报告值班医生[[PERSON|凌越]]。`,
  ],
  [
    'imaging-report',
    `CT检查报告\n检查号：[[MRN|CT26112104471]]　姓名：[[PERSON|黎水生]]　男　71岁\n检查项目：胸部CT平扫\n所见：右肺上叶尖段见一不规则结节，约2.3×1.9cm，边缘分叶并见毛刺，邻近胸膜牵拉。纵隔未见肿大淋巴结。\n印象：右肺上叶占位，恶性可能大，建议增强CT或穿刺活检。\n报告医师：[[PERSON|欧阳澈]]　[[DATE|2026-11-21]]`,
  ],
  [
    'prescription',
    `处方笺（普通）\n科别：全科　费别：医保\n姓名：[[PERSON|丁秋实]]　性别：男　年龄：66岁　门诊号：[[MRN|MZ26114857]]\nRp：\n氨氯地平片 5mg×28片　用法：5mg 口服 qd\n阿托伐他汀钙片 20mg×28片　用法：20mg 口服 qn\n医师：[[PERSON|鲁慧]]　药师：[[PERSON|石砚秋]]　日期：[[DATE|2026年11月21日]]`,
  ],
  [
    'consent',
    `胸腔穿刺术知情同意书\n患者姓名：[[PERSON|聂文彬]]　住院号：[[MRN|NK26-03381]]\n拟行操作：右侧胸腔穿刺抽液及置管引流\n可能风险：气胸、出血、胸膜反应、感染、复张性肺水肿等。\n患者签名：[[PERSON|聂文彬]]　委托人：儿子[[PERSON|聂卓然]]　身份证号：[[ID_CARD|340104196009301595]]\n谈话医师：[[PERSON|温绍斌]]　日期：[[DATE|2026年11月22日]]`,
  ],
  [
    'billing',
    `住院费用结算单\n结算单号：JS20261122-00419\n姓名：[[PERSON|黄丽珍]]　住院号：[[MRN|ZY26103357]]\n住院时间：[[DATE|2026-11-12]]至[[DATE|2026-11-22]]，共10天\n总费用：23,418.60元　统筹支付：15,902.33元　个人自付：7,516.27元\n医保个人编号：[[INSURANCE_ID|H35020300128770]]\n退款账户：[[BANK_CARD|6228488980096689]]（中国农业银行）`,
  ],
  [
    'online-consult',
    `【互联网医院·图文问诊】\n问诊单号：[[MRN|WZ2611220651]]\n患者：[[PERSON|廖可欣]]，女，28岁\n患者：医生您好，我孕12周，昨天开始下腹有点隐痛，没有出血，要紧吗？\n[[PERSON|揭]]医生：如果疼痛不重、没有阴道出血，可以先休息观察；若出现出血、疼痛加重或发热，请立即到急诊。建议本周内做一次B超。\n患者：好的，谢谢[[PERSON|揭]]医生。`,
  ],
  [
    'patient-message',
    `[[PERSON|麹]]护士长您好，我是[[MRN|18]]床[[PERSON|童国庆]]的老伴[[PERSON|施秀兰]]。他这几天在病房受你们照顾了，出院后我们在家按时吃药。想问一下下次复查要带哪些资料？我的电话是[[PHONE|13588120947]]，麻烦抽空回个电话。`,
  ],
  [
    'family-chat',
    `【家庭群·照顾妈妈】\n[[PERSON|砚峰]]：妈今天做完胃镜了，说是慢性胃炎，没什么大问题\n[[PERSON|砚云]]：太好了！医生开了什么药？\n[[PERSON|砚峰]]：雷贝拉唑，吃四周。复查约在[[DATE|12月18日]]\n大姐：那天我请假陪她去\n[[PERSON|砚云]]：@大姐 记得带上医保卡和上次的报告`,
  ],
  [
    'sms-reminder',
    `【市第二人民医院】[[PERSON|钟秋菊]]女士，您预约的[[DATE|11月25日]]上午9:30乳腺外科复诊已确认，就诊序号17。请携带身份证按时就诊，如需取消请提前一天回复“TD”。`,
  ],
  [
    'outpatient',
    `口腔科门诊记录\n[[PERSON|柯静怡]]，女，25岁，学生。左下后牙反复肿痛3个月。38近中阻生，冠周龈瓣红肿。\n处理：冲洗上药，待炎症消退后择期拔除。预约[[DATE|12月3日]]下午。\n身份证[[ID_CARD|320583200111154600]]（学校医保报销用）`,
  ],
  [
    'outpatient',
    `心理门诊记录（初诊）\n来访者[[PERSON|商语默]]，27岁，程序员。近两个月入睡困难、早醒，工作效率下降，PHQ-9 14分，GAD-7 11分，否认自伤念头。\n建议规律作息、CBT-I，每两周随访。紧急联系人：室友[[PERSON|封屹川]]，[[PHONE|15210873364]]。`,
  ],
  [
    'lab-report',
    `病理诊断报告\n病理号：[[MRN|P2026-18834]]\n姓名：[[PERSON|麦宝珠]]　女　住院号：[[MRN|ZY26109021]]\n送检：左乳肿物穿刺组织\n诊断：浸润性导管癌，组织学Ⅱ级；ER(90%+)，PR(60%+)，HER-2(1+)，Ki-67约25%。\n报告日期：[[DATE|2026年11月20日]]　诊断医师：[[PERSON|桂文澜]]`,
  ],
  [
    'imaging-report',
    `超声检查报告\n超声号 [[MRN|US2611220157]]，患儿[[PERSON|毛豆豆]]，男，4岁。\n腹部超声：右下腹可见一管状低回声结构，直径约8mm，加压不可压缩，周围脂肪回声增高。\n提示：急性阑尾炎可能。\n检查医生：[[PERSON|甘棠溪]]　[[DATE|11月22日]]`,
  ],
  [
    'prescription',
    `麻醉药品处方（红处方）\n患者：[[PERSON|边春生]]　男　58岁\n身份证号：[[ID_CARD|450103196810108757]]\n代办人：[[PERSON|边晓军]]　身份证号：[[ID_CARD|440103520914371]]\n诊断：肺癌骨转移，癌痛\nRp：硫酸吗啡缓释片 30mg×14片　30mg q12h 口服\n医师：[[PERSON|田慕白]]　[[DATE|2026-11-22]]`,
  ],
  [
    'consent',
    `无创产前基因检测知情同意书\n孕妇：[[PERSON|祁晓棠]]　出生日期：[[DATE|1991年9月3日]]\n身份证号：[[ID_CARD|440304199109038569]]　孕周：13+4\n联系电话：[[PHONE|13612904578]]　电子邮箱：[[EMAIL|qixiaotang@example.com.cn]]\n本人已知晓本检测为筛查而非诊断……\n孕妇签字：[[PERSON|祁晓棠]]　医师：[[PERSON|骆蔓]]`,
  ],
  [
    'billing',
    `商业保险理赔申请\n被保险人：[[PERSON|谭楚航]]　保单号：[[INSURANCE_ID|PA2026873315204]]\n身份证号：[[ID_CARD|610113199903275892]]\n出险日期：[[DATE|2026年11月8日]]，因急性胰腺炎住院8天。\n收款账户：招商银行 [[BANK_CARD|6225885694563917]]\n联系地址：[[ADDRESS|陕西省西安市雁塔区科技二路72号6号楼1803]]`,
  ],
  [
    'online-consult',
    `视频复诊记录\n复诊编号：[[MRN|SP-26112203]]\n患者[[PERSON|焦玉梅]]，65岁，类风湿关节炎。视频中见双手近端指间关节轻度肿胀。\n继续甲氨蝶呤10mg qw，叶酸5mg qw。\n处方配送至：[[ADDRESS|河北省石家庄市长安区育才街219号2-3-501]]，收件电话[[PHONE|18331027745]]。\n医生：[[PERSON|上官静]]`,
  ],
  [
    'patient-message',
    `感谢信\n尊敬的肝胆外科全体医护：\n我父亲[[PERSON|邓国梁]]于[[DATE|十一月九日]]在贵科接受肝部分切除术，[[PERSON|綦]]主任和[[PERSON|欧晓晨]]医生术前反复讲解，护士[[PERSON|小玥]]夜里一遍遍查看引流。父亲已康复回家。谨此致谢！\n家属 [[PERSON|邓丽]]　敬上`,
  ],
  [
    'sms-reminder',
    `【妇幼保健院】尊敬的[[PERSON|伍思琪]]，您的宝宝[[PERSON|伍小米]]应于[[DATE|2026年12月1日]]接种百白破疫苗第3剂，请携带预防接种证前往社区卫生服务中心。退订回T`,
  ],
  [
    'family-chat',
    `[[PERSON|阿娟]]：爸的住院押金交了没有？\n[[PERSON|耀庭]]：交了五千，用的我的卡 [[BANK_CARD|6217001240695241567]]\n[[PERSON|阿娟]]：我转你一半\n[[PERSON|耀庭]]：不用啦，出院结账再说。爸住26床，明早8点手术\n妈：我明早六点就过去`,
  ],
  [
    'handover',
    `产房口头交班（录音整理）\n“[[MRN|2]]号产房[[PERSON|孔令仪]]，G1P0，宫口开全40分钟，胎心基线140，有早期减速；[[MRN|4]]号产房[[PERSON|贝蕾]]，已分娩，产后出血约350毫升，宫缩好。[[PERSON|蒯]]老师在[[MRN|3]]号看[[PERSON|喻雪]]的引产。”\n交班：助产士[[PERSON|霍盈]]　[[DATE|11月22日]]早8点`,
  ],
  [
    'admission',
    `急诊留观记录\n姓名不详，男，约40岁，路人送入，醉酒状态，GCS 13分。头颅CT未见异常。\n已通知派出所协助查找身份。留观1床。`,
  ],
  [
    'nursing-note',
    `健康宣教记录\n糖尿病足护理宣教：每日检查双足，温水洗脚（水温低于37℃），修剪趾甲平直，避免赤足行走；鞋袜宽松透气。患者及家属能复述要点。`,
  ],
  [
    'online-consult',
    `【在线药师咨询】\n用户“[[ACCOUNT|小桔子妈妈]]”：宝宝2岁，体重12公斤，发烧39度，布洛芬混悬液给多少？\n药师[[PERSON|冉冉]]：布洛芬混悬液（100mg/5mL）按5–10mg/kg，一次约3–6mL，两次间隔不少于6小时，24小时不超过4次。若持续高热超过3天或精神差请就医。`,
  ],
  [
    'patient-message',
    `致病案室：本人[[PERSON|雷振宇]]，身份证[[ID_CARD|410105198812025319]]，申请复印[[DATE|2026年10月]]在贵院骨科住院的全部病历（住院号[[MRN|GK20261007-112]]），用于工伤认定。请邮寄至[[ADDRESS|郑州市金水区农业路41号院3号楼2单元12层东户]]，收件电话[[PHONE|13783015529]]。`,
  ],
  [
    'parking-permit',
    `住院患者家属临时停车证申请\n患者：[[PERSON|裘宏远]]　病区：血液科　床号：[[MRN|33]]\n申请人：[[PERSON|裘安琪]]（女儿）　手机：[[PHONE|15068831720]]\n车牌号：[[PLATE|浙A·7K29D]]\n有效期：[[DATE|2026-11-22]]至[[DATE|2026-12-05]]\n停车证编号：TC-1122-0087（保卫科填写）`,
  ],
  [
    'parking-permit',
    `保卫科群聊\n[[PERSON|段]]师傅：地下二层有辆车堵了消防通道，车牌[[PLATE|鄂A3F8M6]]，挪车电话打不通\n[[PERSON|贾]]科长：查了，是透析室[[PERSON|翁美芳]]家属的车，她老公[[PERSON|翁建设]]，号码[[PHONE|18971530826]]，我再打一下\n[[PERSON|段]]师傅：好，我先贴个提示条`,
  ],
  [
    'escort-service',
    `陪诊服务预约单\n服务对象：[[PERSON|计淑贞]]，女，[[AGE|九十一]]岁，独居\n预约日期：[[DATE|2026年11月27日]] 8:00\n就诊科室：眼科（白内障术后复查）\n接送地址：[[ADDRESS|重庆市渝中区两路口街道中山三路131号附5号]]\n陪诊员：[[PERSON|郝晴]]（[[PHONE|19923087615]]）\n下单人：外甥女[[PERSON|季砚云]]，App账号[[ACCOUNT|jiyanyun_cq]]\n订单号：PZ202611220093`,
  ],
  [
    'escort-service',
    `陪诊员服务日志\n今日陪[[PERSON|莫]]大爷（[[PERSON|莫桂生]]）看心内科，挂号、缴费、取药都已完成。医生把地高辛改成隔天一片，已写在药盒上。大爷的儿子[[PERSON|莫凡]]在外地，已微信告知，他的微信号[[ACCOUNT|mofan-1987]]。下次复诊[[DATE|12月10日]]。——陪诊员[[PERSON|言小溪]]`,
  ],
  [
    'pet-therapy',
    `动物辅助治疗探视记录\n日期：[[DATE|2026年11月21日]] 15:00–15:40\n病区：儿童肿瘤科\n治疗犬：“豆包”（金毛，已免疫）　训导员：[[PERSON|葛映雪]]\n参与患儿：[[MRN|8]]床[[PERSON|宋子墨]]，[[MRN|11]]床[[PERSON|卢嘉禾]]，12床患儿因中性粒细胞低未参加。\n家长[[PERSON|宋颖]]反馈孩子当天情绪明显好转。`,
  ],
  [
    'pet-therapy',
    `宠物陪伴项目志愿者报名\n姓名：[[PERSON|岳澄]]　身份证：[[ID_CARD|500103199307078704]]\n犬只：柯基“年糕”，芯片号 900 164 001 233 587（不需填写个人信息）\n可服务时间：每周六下午\n联系电话：[[PHONE|17725049316]]\n邮箱：[[EMAIL|yuecheng.dog@example.cn]]`,
  ],
  [
    'hardship-fund',
    `大病医疗救助申请表\n申请编号：[[MRN|JZ-2026-1147]]\n申请人：[[PERSON|戚满仓]]　身份证号：[[ID_CARD|620102194502113171]]\n家庭住址：[[ADDRESS|甘肃省兰州市城关区伏龙坪街道南坡巷17号]]\n患者：本人，肝硬化失代偿期，今年自付医疗费用约6.3万元。\n家庭成员：妻[[PERSON|党桂芝]]（身份证[[ID_CARD|320106470328262]]）\n救助款发放账户：[[BANK_CARD|6230586617028651198]]`,
  ],
  [
    'hardship-fund',
    `医务社工随访记录\n[[DATE|11月20日]]电话随访救助对象[[PERSON|郄秀云]]（[[PERSON|郄]]阿姨），慈善基金第一笔1.5万元已到账。她提到女儿[[PERSON|郄晨曦]]的学费仍有困难，已转介教育救助。社工：[[PERSON|鞠若水]]`,
  ],
  [
    'tumour-board',
    `消化道肿瘤MDT讨论记录\n时间：[[DATE|2026年11月19日]]　地点：门诊6楼会议室\n主持：[[PERSON|钟离远]]（胃肠外科）\n病例1：[[PERSON|景万福]]，男，69岁，住院号[[MRN|WK2611-0452]]，胃窦低分化腺癌cT3N1M0。讨论意见：先行SOX方案新辅助化疗3周期后再评估手术。\n病例2：[[PERSON|凤美玲]]，女，55岁，病理号[[MRN|P2026-17702]]，直肠癌肝转移，建议转化治疗。\n记录：[[PERSON|褚天翊]]`,
  ],
  [
    'tumour-board',
    `MDT会诊通知\n各位专家：本周四（[[DATE|11月26日]]）12:30肺癌MDT，病例：[[PERSON|龚德海]]（[[MRN|43]]床）、[[PERSON|覃薇]]（门诊），影像科请[[PERSON|柏宇航]]医生准备PET-CT图片。会诊链接：[[URL|https://mdt.example.cn/room/2611]]\n联系人：MDT秘书[[PERSON|左佳]]`,
  ],
  [
    'tumour-board',
    `MDT会议注意事项：讨论结论需由主持人确认后录入系统；无病理证据者不作最终诊断；外院影像需提前三个工作日上传。`,
  ],
  ['sms-reminder', `【体检中心】您的体检报告已生成，请登录公众号查询。如有异常项目，请按报告建议就医。`],
  [
    'progress-note',
    `术前讨论记录\n参加人员：[[PERSON|邵继光]]主任、[[PERSON|迟雨]]副主任、住院医师[[PERSON|鄢朗]]\n患者[[PERSON|路明珠]]，女，[[AGE|93]]岁，股骨颈骨折（Garden Ⅳ型），既往高血压、房颤。\n讨论意见：评估后可耐受手术，拟[[DATE|11月24日]]在腰硬联合麻醉下行右侧人工股骨头置换术。\n已与患者之子[[PERSON|路向东]]沟通，电话[[PHONE|02887452016]]。`,
  ],
  [
    'discharge',
    `出院告知\n您好！出院后请注意：伤口每三天换药一次，两周拆线；一个月内避免提重物；若出现发热、伤口红肿流脓，请及时就诊。复诊请提前在医院公众号预约。`,
  ],
  [
    'billing',
    `门诊退费申请\n患者：[[PERSON|毕晓光]]　就诊卡号：[[MRN|0018826493]]\n退费原因：重复缴纳CT检查费420元\n原支付方式：微信支付（昵称[[ACCOUNT|光光同学]]）\n经办人：收费员07号　日期：[[DATE|2026.11.21]]`,
  ],
  [
    'referral',
    `下转康复申请\n患者[[PERSON|司马秋云]]，女，75岁，脑梗死后遗症，左侧肢体肌力3级。\n身份证号：[[ID_CARD|210102195103146820]]\n拟转入：沈阳市和平区南湖社区卫生服务中心康复科\n交接日期：[[DATE|2026年11月25日]]\n家属：儿子[[PERSON|司马浩]]（旅居海外，护照号[[PASSPORT|EB7430182]]）　[[PHONE|024-23851907]]\n现住：[[ADDRESS|沈阳市和平区南京南街211号3-2-1]]`,
  ],
  [
    'online-consult',
    `互联网医院异常登录核查\n账号[[ACCOUNT|hfh_7731]]（实名：[[PERSON|骆青禾]]）于[[DATE|11月21日]]23:47自[[IP|203.0.113.164]]登录并查看检验报告，患者本人确认为出差期间用手机登录，无异常。\n核查人：信息科[[PERSON|卓一帆]]`,
  ],
  [
    'consent',
    `门诊小手术须知：术前请勿空腹；服用抗凝药者须提前告知医生；术后24小时内伤口勿沾水；如有发热或伤口渗液增多请回院。`,
  ],
];

const en: Array<[string, string]> = [
  [
    'admission',
    `ADMISSION NOTE — Medicine B\nPatient: [[PERSON|GJERSTAD, Ingrid T]]\nDOB: [[DATE|03/14/1933]] (age [[AGE|93]])  MRN: [[MRN|40-771-2398]]\nAdmitted: [[DATE|11/21/2026]] 22:10 to Room [[MRN|517]]\nHPI: Found on the floor by her neighbor, unable to recall how long. CK 4,200 U/L, creatinine 1.9 mg/dL. No head strike reported.\nLives alone at [[ADDRESS|88 Larchmont Ave, Duluth, MN 55803]]. HCP: son [[PERSON|Erik Gjerstad]], [[PHONE|(218) 555-0143]].\nAttending: Dr. [[PERSON|Yusuf Olaniyan]]`,
  ],
  [
    'admission',
    `Acute Surgical Clerking\nName: [[PERSON|Ruairi Mac Conmara]]  Hosp No: [[MRN|RX4419027]]  NHS No: [[INSURANCE_ID|999 018 8998]]\nSeen in SAU [[DATE|22/11/2026]] 03:40. 3/7 RIF pain, anorexia, T 38.1. Rovsing's positive. WCC 15.2, CRP 96.\nPlan: NBM, IV fluids, CT abdo/pelvis, consent for lap appendicectomy.\nNOK: partner [[PERSON|Saoirse Ní Bhraonáin]] [[PHONE|07700 900391]]\nClerked by [[PERSON|F. Mbanefo]] (FY2)`,
  ],
  [
    'progress-note',
    `Progress Note — HD#4\nS: Mr. [[PERSON|Guidry-Pellerin]] slept better; pain 3/10. Tolerating clears.\nO: T 37.2, HR 84, BP 132/78. Abd soft, mild incisional tenderness. Drain 40 mL serous.\nA/P: POD3 s/p sigmoid colectomy. Advance to soft diet; remove drain if < 30 mL tomorrow; PT to ambulate TID. Anticipate d/c [[DATE|11/24]].\n— [[PERSON|Priyanka Raghavan-Stanwick]], PGY-2, [[DATE|11/22/2026]]`,
  ],
  [
    'progress-note',
    `Ward round Sun [[DATE|22 Nov]]\nBed [[MRN|14]] — [[PERSON|Agnieszka Przybylska]], 78. Day 5 IV co-amoxiclav for CAP. Afebrile 48h, CRP 212→64. NEWS2 1.\nSwitch to oral, aim home Tue if mobility OK (PT review). Daughter [[PERSON|Kasia]] to be updated — [[PHONE|01632 960552]].\nConsultant: Dr [[PERSON|Moreland]] / reg [[PERSON|T. Ssempijja]]`,
  ],
  [
    'discharge',
    `DISCHARGE SUMMARY\nPatient: [[PERSON|Tobias Renwick-Hale]]  MRN: [[MRN|0082219744]]\nAdmit [[DATE|11/17/2026]]  Discharge [[DATE|11/22/2026]]\nDx: Diabetic ketoacidosis, resolved; T1DM.\nCourse: insulin infusion per protocol, gap closed in 14 h; transitioned to glargine 22 units + lispro sliding scale.\nFollow-up: Endocrine clinic [[DATE|12/02/2026]] 10:15 with Dr. [[PERSON|Lucía Barrientos]].\nPharmacy: CVS #4471 (no change).`,
  ],
  [
    'discharge',
    `Dear Dr [[PERSON|Vanderkolk]],\nRe: [[PERSON|Lorcan Lockerbie]], DOB [[DATE|02/05/1958]], NHS [[INSURANCE_ID|9994003585]]\n[[PERSON|Lorcan]] was admitted on [[DATE|16 November 2026]] with a lower GI bleed from diverticular disease, treated conservatively, and discharged on [[DATE|21 November]]. Hb at discharge 104 g/L. Please repeat FBC in two weeks and review his aspirin.\nYours sincerely,\nDr [[PERSON|Helena Rattray-Ajibade]], Gastroenterology`,
  ],
  [
    'outpatient',
    `Dermatology clinic — [[DATE|20 Nov 2026]]\n[[PERSON|Mateus Figueiredo]], 34, plaque psoriasis, PASI 14, DLQI 12. Failed topical therapy and NB-UVB.\nPlan: screen (QuantiFERON, hep B/C, HIV) then start adalimumab. Nurse [[PERSON|Ysolde]] to teach injections.\nContact for results: [[EMAIL|m.figueiredo@example.net]]`,
  ],
  [
    'outpatient',
    `Cardiology Follow-up\nPt: [[PERSON|Delphine Ezeudu-Marsh]]  Acct #: [[MRN|A7730196]]\nVisit: [[DATE|11/20/26]]\nHFrEF, EF 30% → 40% on GDMT. NYHA II. K 4.6, Cr 1.1.\nContinue sacubitril/valsartan 97/103 bid, metoprolol succinate 100 mg, spironolactone 25 mg, dapagliflozin 10 mg.\nRTC 3 months. Insurance: Aetna member [[INSURANCE_ID|W284730915]].`,
  ],
  [
    'outpatient',
    `Memory clinic letter\nWe saw Mrs [[PERSON|Winifred Pocklington]] (aged [[AGE|90]]) with her niece [[PERSON|Marigold]] on [[DATE|18 November]]. ACE-III 71/100 with marked recall loss. CT shows generalised atrophy. We discussed a diagnosis of Alzheimer's dementia and she agreed to try donepezil 5 mg. She lives at [[ADDRESS|14 Thornfield Close, Harrogate HG2 7QJ]].`,
  ],
  [
    'referral',
    `REFERRAL — Orthopaedics (hand)\nTo: Dr. [[PERSON|Kenji Moynihan]]\nRe: [[PERSON|Beatriz Solórzano]], DOB [[DATE|07/30/1987]], chart [[MRN|CH-558104]]\nFOOSH [[DATE|11/15/2026]]; snuffbox tenderness; initial XR negative, repeat XR [[DATE|11/21]] shows scaphoid waist fracture. In thumb spica. Please see within 1 week.\nPt phone [[PHONE|(505) 555-0188]].\n— [[PERSON|Corinne Vasquez-Lyle]], PA-C`,
  ],
  [
    'handover',
    `ED handover 19:00 [[DATE|22/11]]\nResus [[MRN|1]] — [[PERSON|Brodie Mackintyre]], 45, STEMI, cath lab called.\nResus 2 — empty\nMaj [[MRN|6]] — [[PERSON|Fenella Cruickshank]], 29, ?ectopic, gynae reviewing, bHCG 2,400.\nMaj 7 — unknown female, ?OD, police aware.\nPaeds [[MRN|2]] — baby [[PERSON|Zayn Haider]], bronchiolitis, HFNC.\nOutgoing: Dr [[PERSON|Neve]] → Dr [[PERSON|Obuya]]`,
  ],
  [
    'nursing-note',
    `Nursing note [[DATE|11/22/2026]] 0300\nPt [[PERSON|Gerald Ruckelshaus]] restless, pulling at IV. CAM positive. Reoriented; daughter [[PERSON|Marlene]] called at pt's request ([[PHONE|(414) 555-0126]]). Bed alarm on, low bed, 1:1 sitter requested. No PRN given. — [[PERSON|K. Adjei]], RN`,
  ],
  [
    'lab-report',
    `LAB RESULTS\nName: [[PERSON|VANTERPOOL, Cyril A]]  MRN: [[MRN|55019283]]  Acc#: [[MRN|L26-11-40912]]\nCollected [[DATE|11/21/2026]] 06:12\nSodium 128 L (135-145)\nPotassium 3.2 L\nGlucose 96\nTSH 2.1\nSerum osm 262 L; urine osm 510; urine Na 48\nComment: consistent with SIADH pattern; clinical correlation.\nVerified by [[PERSON|J. Tsuchiya]], MLS`,
  ],
  [
    'imaging-report',
    `MRI LUMBAR SPINE W/O CONTRAST\nPatient: [[PERSON|Osvaldo Brandão-Quill]]   DOB: [[DATE|09/02/1969]]   Exam date: [[DATE|11/20/2026]]   Accession: [[MRN|MR2611200477]]\nFINDINGS: L4-5 broad-based disc protrusion with right paracentral extrusion contacting the traversing right L5 root. Mild canal stenosis.\nIMPRESSION: Right L4-5 extrusion, correlate with right L5 radiculopathy.\nRead by [[PERSON|Anneliese Vogt]], MD`,
  ],
  [
    'prescription',
    `Rx — e-prescribed [[DATE|11/22/2026]]\nPatient: [[PERSON|Jolene Birdsong]]  DOB [[DATE|04/11/1996]]\nAddress: [[ADDRESS|2207 Piñon Ridge Rd, Gallup, NM 87301]]\nNitrofurantoin monohydrate/macrocrystals 100 mg PO BID x 5 days, #10, RF 0\nPrescriber: [[PERSON|Samuel Tsosie-Hart]], NP  NPI 1093817720`,
  ],
  [
    'consent',
    `CONSENT FOR BLOOD TRANSFUSION\nI, [[PERSON|Maribel Echeverría]], understand the benefits, risks (fever, allergic reaction, infection — rare) and alternatives explained to me by Dr. [[PERSON|Penhallow]].\nPatient ID: [[MRN|PT-3390415]]\nSignature: [[PERSON|M. Echeverría]]   Date: [[DATE|11/21/2026]]\nInterpreter (Spanish): [[PERSON|Héctor Arrieta]], ID badge 2231`,
  ],
  [
    'billing',
    `STATEMENT — Lakeview Medical Group\nGuarantor: [[PERSON|Dwayne Bertolini]]\nPatient: [[PERSON|Mia Bertolini]]  Account: [[MRN|LVG-00482771]]\nDate of service: [[DATE|10/29/2026]]  Urgent care visit, X-ray wrist\nCharges $412.00  Insurance paid $298.40  You owe $113.60\nPay online at [[URL|https://pay.example.com/lvg]] or mail to PO Box 1180, Racine WI.\nCard on file ending 4417.`,
  ],
  [
    'online-consult',
    `Telehealth visit log\nVisit ID: [[MRN|TV-26112219]]  Connected from IP [[IP|198.51.100.177]]\nPatient [[PERSON|Rhiannon Penberthy-Cole]] reports 2 days dysuria and frequency, no fever or flank pain, not pregnant.\nDx uncomplicated cystitis. Rx sent. Advised to seek care if fever develops.\nClinician: [[PERSON|Ayodele Akinsanya]], MD  [[DATE|11/22/2026]]`,
  ],
  [
    'patient-message',
    `Portal message\nFrom: [[PERSON|Ambrose Tuckerman]] (MyChart user [[ACCOUNT|atuckerman61]])\nSubject: refill\nHi Dr. [[PERSON|Petrakis]], I'm down to 3 days of my lisinopril. The pharmacy says they need a new script. My new number is [[PHONE|(603) 555-0171]]. Thank you!`,
  ],
  [
    'family-chat',
    `Siblings 💬\n[[PERSON|Saffron]]: Dad's op went fine, he's back on Ward 9\n[[PERSON|Dougie]]: Thank god. Visiting times?\n[[PERSON|Saffron]]: 2–8pm. He's in bay 3, bed 4\n[[PERSON|Dougie]]: I'll go after work. Parking is a nightmare, I'll take the bus\nMum: bring his reading glasses please`,
  ],
  [
    'sms-reminder',
    `Riverside Surgery: Hi [[PERSON|Rufus]], your flu vaccine is booked for Sat [[DATE|28 Nov]] at 10:40 with Nurse [[PERSON|Ziggy]]. Reply C to cancel. Do not reply with personal information.`,
  ],
  [
    'sms-reminder',
    `Reminder: your colonoscopy prep starts the day before your procedure. Clear fluids only from noon. Call the endoscopy unit if you take blood thinners.`,
  ],
  [
    'nursing-note',
    `Handwashing audit, Ward 7: 18/20 opportunities compliant. Alcohol gel dispensers at bays 2 and 5 empty — reported to facilities. Re-audit next month.`,
  ],
  [
    'parking-permit',
    `PATIENT & FAMILY PARKING PERMIT — Oncology Day Unit\nPatient: [[PERSON|Marguerite Odenkirk]]  MRN [[MRN|3305-8812]]\nDriver: [[PERSON|Lionel Odenkirk]] (husband)\nVehicle reg: [[PLATE|WR19 KXE]]\nValid [[DATE|23 Nov 2026]] – [[DATE|18 Dec 2026]], weekdays\nPermit no. P-06221 (security office use)\nContact: [[PHONE|01632 960784]]`,
  ],
  [
    'parking-permit',
    `Security log 11/22 14:05 — vehicle in ambulance bay, TX plate [[PLATE|MKD-4417]]. Owner located: [[PERSON|Travis Beaumont]], visiting his mother in ICU bed 12. Vehicle moved, warning issued. Officer [[PERSON|R. Galarza]] #118.`,
  ],
  [
    'escort-service',
    `Companion Escort Booking\nClient: [[PERSON|Florence Mardle-Kaye]] (age [[AGE|94]])\nAppointment: Audiology, Thursday [[DATE|3 December]] 11:20\nPick-up: [[ADDRESS|Flat 6, Marlow Court, 21 Station Road, Beeston NG9 2AB]]\nEscort: [[PERSON|Oladipo Kessington]], mobile [[PHONE|07700 900268]]\nBooked by: granddaughter [[PERSON|Tilly Kaye]], [[EMAIL|tilly.kaye@example.co.uk]]\nBooking ref EB-77302`,
  ],
  [
    'escort-service',
    `Escort visit notes: Took Mr [[PERSON|Petrosyan]] ([[PERSON|Aram Petrosyan]]) to his eye clinic. Drops changed to twice daily — wrote it on his calendar. His son [[PERSON|Davit]] lives in [[ADDRESS|Glendale]]; I texted him an update at [[PHONE|(818) 555-0139]]. Next appt [[DATE|Jan 7]]. — [[PERSON|Naomi Birtwhistle]]`,
  ],
  [
    'pet-therapy',
    `Animal-Assisted Therapy Visit Record\nDate: [[DATE|11/21/2026]]  Unit: Rehab 4 West\nHandler: [[PERSON|Gwendolyn Ishikawa-Dunne]]  Dog: "Biscuit" (Labrador, registered therapy dog, tag TD-0914)\nPatients visited: Rm [[MRN|410]] [[PERSON|Earl Mattingly]] (stroke rehab — brushed dog, worked on grip); Rm [[MRN|414]] [[PERSON|Consuelo Ibáñez]]; Rm 416 declined.\nNo incidents.`,
  ],
  [
    'pet-therapy',
    `Hi, I'm [[PERSON|Priya Randhawa-Fahy]], volunteer handler with Pawsitive Visits. Could the ward confirm whether Biscuit and I can visit on Saturday? Please reply to [[EMAIL|priya.gf@example.org]] or call [[PHONE|0491 570 963]].`,
  ],
  [
    'hardship-fund',
    `HARDSHIP FUND APPLICATION\nCase no: [[MRN|HF-2026-0391]]\nApplicant: [[PERSON|Kwabena Amponsah-Finch]]\nAddress: [[ADDRESS|47 Wellesley Terrace, Leicester LE2 1FT]]\nNHS no: [[INSURANCE_ID|9997205405]]\nReason: travel costs for daily radiotherapy over 5 weeks; on Universal Credit.\nPay to: sort code 20-00-00, card [[BANK_CARD|4539505035987072]]\nSocial worker: [[PERSON|Imelda Scallon]]`,
  ],
  [
    'hardship-fund',
    `Charity care determination\nPatient: [[PERSON|Yesenia Oropeza]]  Acct [[MRN|HA-20917743]]\nHousehold of 4, income 140% FPL → 100% discount for services [[DATE|09/01/2026]]–[[DATE|11/30/2026]].\nSSN on application: [[ID_CARD|987-65-4323]]\nReviewed by [[PERSON|L. Funderburk]], Financial Counselor, [[DATE|11/20/2026]]`,
  ],
  [
    'tumour-board',
    `Breast Tumour Board — Minutes [[DATE|19/11/2026]]\nChair: Mr [[PERSON|Idris Vaughan-Gwilt]]\n1. [[PERSON|Shona McAlister]], 47, MRN [[MRN|BR661092]], L breast 24 mm IDC, ER+ HER2−, node negative on US. Outcome: WLE + SLNB; Oncotype if pN0.\n2. [[PERSON|Eleni Theodorou-Vlahos]], 61, MRN [[MRN|BR661140]], recurrent disease — for oncology review, CT CAP.\nMinutes: [[PERSON|Hollie Ackroyd]] (MDT coordinator)`,
  ],
  [
    'tumour-board',
    `Thoracic tumor board virtual link for Thursday: [[URL|https://tb.example.org/thoracic/1126]] — cases due by Tuesday noon. Please include staging, PD-L1 and PFTs. No patient identifiers in the calendar invite.`,
  ],
  [
    'online-consult',
    `Online consultation form\nName: [[PERSON|Zofia Ekdahl-Njoroge]]\nDate of birth: [[DATE|19/06/1990]]\nMedicare: [[INSURANCE_ID|2582494191]] (ref 2)\nWhat's the problem? Itchy rash on both forearms after gardening last weekend, blistering in lines.\nPhone: [[PHONE|0491 570 741]]\nSubmitted [[DATE|22/11/2026]] 21:47 from [[IP|198.51.100.86]]`,
  ],
  [
    'patient-message',
    `To the Maternity Ward,\nMy name is [[PERSON|Chinonso Ihejirika-Pennington]]. I gave birth to my daughter [[PERSON|Zuriel]] on your ward on [[DATE|12 November]]. The midwife [[PERSON|Órlaith]] was incredible. Could you pass on my thanks? If you'd like to reply, my email is [[EMAIL|chinonso.ap@example.co.uk]].\nWarmly,\n[[PERSON|Chinonso]]`,
  ],
  [
    'consent',
    `Consent Form 1 — Patient agreement to investigation or treatment\nPatient: [[PERSON|Alasdair Inglis-Wedderburn]]  Hospital no: [[MRN|K4471920]]\nProcedure: flexible cystoscopy ± biopsy\nRisks discussed: bleeding, infection, discomfort.\nSigned [[PERSON|A Inglis-Wedderburn]]  [[DATE|21/11/26]]\nHealth professional: [[PERSON|Suresh Anantharaman]], Specialty Registrar`,
  ],
  [
    'billing',
    `Travel insurance claim — emergency treatment abroad\nInsured: [[PERSON|Henrik Aasgaard]]  Passport: [[PASSPORT|FJ4290173]]\nPolicy no: [[INSURANCE_ID|TRV-88-2073419]]\nIncident [[DATE|14 Nov 2026]], Lisbon: fractured wrist in a fall on tram steps; ORIF [[DATE|15 Nov]].\nReimburse to card [[BANK_CARD|5425990281024917]]\nHome address: [[ADDRESS|Thereses gate 19B, 0358 Oslo]]`,
  ],
  [
    'lab-report',
    `Microbiology — FINAL\nPatient: [[PERSON|Thandiwe Ntuli]]  Specimen: [[MRN|M26-331874]] (blood culture x2)\nCollected [[DATE|19 Nov 2026]]\nGrowth: Staphylococcus aureus (MSSA) in both sets at 14 h.\nSusceptible: flucloxacillin, clindamycin. Resistant: penicillin.\nPhoned to Dr [[PERSON|Groenewald]] [[DATE|20 Nov]] 08:30 by [[PERSON|N. Pillay]]`,
  ],
  [
    'imaging-report',
    `US ABDOMEN\n[[PERSON|Reinhold Brückner-Lutz]], DOB [[DATE|1951-08-23]], requested by GP for deranged LFTs.\nLiver coarse echotexture, nodular margin. Spleen 14.2 cm. Small volume ascites. Patent portal vein with hepatopetal flow.\nConclusion: features of cirrhosis with portal hypertension.\nReported [[DATE|21/11/2026]] by Dr [[PERSON|M. Olatunde-Webb]]`,
  ],
  [
    'prescription',
    `Pharmacy label\nMRS [[PERSON|JOAN TREMLETT]]\nAMOXICILLIN 500MG CAPSULES x21\nTake ONE capsule THREE times a day for 7 days\nDispensed [[DATE|22/11/26]]  Keep out of reach of children\nHigh Street Pharmacy, Totnes`,
  ],
  [
    'referral',
    `Dear Dr [[PERSON|Ikpeazu-Lorne]],\nThank you for seeing [[PERSON|Lennox Gaitskell]] (DOB [[DATE|11/03/2011]], OHIP [[INSURANCE_ID|6692285676]] XT), a 15-year-old with recurrent syncope on exertion. ECG shows a QTc of 489 ms. Mother ([[PERSON|Noelle]]) is at [[PHONE|(416) 555-0192]]; they live at [[ADDRESS|312 Carlaw Ave, Toronto, ON M4M 2S1]].\nBest,\n[[PERSON|Gita Ramanathan]], MD`,
  ],

  [
    'admission',
    `International Patient Admission\nName: [[PERSON|QIAO Yuxin]] / [[PERSON|乔雨欣]]\nPassport: [[PASSPORT|EC4871906]]  PRC resident ID: [[ID_CARD|420106198506217927]]\nDOB [[DATE|21 Jun 1985]], visiting for a conference; presented with acute asthma.\nHotel: Room 1208, Harbourfront Hotel (temporary).\nHome: [[ADDRESS|Wuchang District, Wuhan, Hubei]] ; emergency contact husband [[PERSON|Fang Zhiyuan]] [[PHONE|+86 139 7124 6630]]`,
  ],
  [
    'outpatient',
    `[[PERSON|Mei-Ling Hsu-Gardiner]], 41. Asthma well controlled on Clenil 200 bd, ACT 23. Peak flow 430 (best 450). Inhaler technique fine. Flu jab given today [[DATE|20/11]].\nRecall 12 months.`,
  ],
  [
    'patient-message',
    `Email to Ward 22 (from [[EMAIL|huang.lijuan76@example.com]])\nHello, I am [[PERSON|Huang Lijuan]], daughter of [[PERSON|Huang Deming]] in bed [[MRN|7]]. I live in [[ADDRESS|Nanchang]] and cannot visit until Friday. My ID for the visitor pass is [[ID_CARD|360102197604257467]]. Could a nurse call me on [[PHONE|+86 15870943318]]? Thank you.`,
  ],
  [
    'billing',
    `Self-pay invoice — Kensington Fertility\nPatient: [[PERSON|Anouk Verbruggen]]  Patient ID: [[MRN|KF-004417]]\nCycle start [[DATE|02/11/2026]]; egg collection [[DATE|16/11/2026]]\nTotal £5,480.00 — paid by card [[BANK_CARD|6222020326499834]] (UnionPay, partner [[PERSON|Chen Haoran]])\nInvoice INV-20971`,
  ],
  [
    'online-consult',
    `App chat (DocNow)\nUser [[ACCOUNT|fliss_marchbank88]]: my 3yo has had diarrhoea for 2 days, still drinking, 4 wet nappies today\nDr [[PERSON|Farooqui]]: Thanks [[PERSON|Fliss]]. Any blood in stool or high fever? \nUser [[ACCOUNT|fliss_marchbank88]]: no, just tired\nDr [[PERSON|Farooqui]]: Keep offering fluids (ORS). Seek urgent care if fewer than 3 wet nappies a day, blood, or she becomes drowsy.`,
  ],
  [
    'handover',
    `Night shift report — 6 South\nRm [[MRN|601]] [[PERSON|Harold Wexley]] — AFib RVR, on diltiazem drip 10 mg/h, HR 90s.\nRm 602 — empty, terminal clean done.\nRm [[MRN|603]] [[PERSON|Bernadette Szczepanik]] — POD1 TKA, PCA, pain controlled.\nRm [[MRN|605]] [[PERSON|Luis Alberto Marroquín]] — [[AGE|97]], comfort care, family at bedside.\nGiving: [[PERSON|Elspeth]] RN  Receiving: [[PERSON|Radek]] RN  [[DATE|11/22]]`,
  ],
  [
    'consent',
    `Phone consent record: Spoke with Mr [[PERSON|Obafemi]] by telephone to obtain consent for his father [[PERSON|Olusegun Obafemi]]'s PEG insertion ([[DATE|24/11/2026]]), as patient lacks capacity and son holds health and welfare LPA. Witnessed by [[PERSON|S. Hirabayashi]] (staff nurse).`,
  ],
  [
    'prescription',
    `PBS Prescription\nPatient: [[PERSON|Kirra Nulla-Henderson]]\nAddress: [[ADDRESS|9 Banksia St, Dubbo NSW 2830]]\nDate: [[DATE|21/11/2026]]\nCephalexin 500 mg caps, 1 cap QID x 7 days, qty 28, no repeats\nPrescriber: Dr [[PERSON|Ngaire Huata]], prescriber no. 2318840`,
  ],
  [
    'lab-report',
    `Cervical screening result\nDear Ms [[PERSON|Leontyne Ifill]],\nYour cervical screening test on [[DATE|2 November 2026]] found no HPV. You'll be invited again in 5 years.\nIf you have questions call the practice.`,
  ],
  [
    'family-chat',
    `Aunty [[PERSON|Dorcas]]: how is [[PERSON|Nhyira]] after the surgery?\n[[PERSON|Ekua]]: awake and asking for jollof 😂 he's at Mercy General, bed [[MRN|22]]\nAunty [[PERSON|Dorcas]]: praise God. I'll drive down Sat, same car, plate [[PLATE|7TRK392]] if the security asks\n[[PERSON|Ekua]]: ok I'll put you on the visitor list`,
  ],
  [
    'referral',
    `Community referral (legacy ID on file): [[PERSON|Zhao Weiguo]], born [[DATE|22 July 1961]], old-style ID [[ID_CARD|110105610722185]], moved from [[ADDRESS|Beijing]] to live with daughter; needs diabetic eye screening and podiatry. Daughter [[PERSON|Zhao Xin]], [[PHONE|07700 900533]].`,
  ],
];

export function generateDeidHoldout12(): LabelledRecord[] {
  return holdoutRecords('h12', zh, en);
}

export const DEID_HOLDOUT_12_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/labelled/deid-holdout-12.jsonl',
);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const records = generateDeidHoldout12();
  writeFileSync(DEID_HOLDOUT_12_PATH, renderJsonl(records));
  console.log(`wrote ${records.length} records to ${DEID_HOLDOUT_12_PATH}`);
}
