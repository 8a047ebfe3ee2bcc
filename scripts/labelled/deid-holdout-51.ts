import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chi, hkid, luhn, medicare, nhi, nhs, nric, ohip, rid, spaced } from './check-digits.ts';
import { holdoutRecords, type LabelledRecord, renderJsonl } from './generate-deid.ts';

/**
 * The ROUND-51 fresh held-out de-identification set (data/labelled/deid-holdout-51.jsonl): 120
 * hand-written snippets (60 Chinese, 60 English) with hand-placed spans, marked inline as [[TYPE|text]]
 * (parseMarked strips the marks and records UTF-16 offsets). Written by a separate, blind annotator who
 * did not read the recognizer code, the lexicons, the name model, the registry, the bench or the docs,
 * read no earlier snippet beyond the first three of round 50, and never ran a recognizer, the guard or
 * the CLI on these snippets; it must not be used to adjust the recognizers.
 *
 * About four fifths are the everyday documents of a general hospital and the messages of its patients
 * (admission, progress and discharge notes, outpatient notes and dictations, referrals, handovers,
 * nursing notes, lab and imaging reports, prescriptions, consent, billing papers, online
 * consultations, patient messages, family chats and SMS reminders), in new wording; a fifth come from
 * four settings no earlier card names: X-linked hypophosphataemia (XLH, hypophosphataemic rickets)
 * clinics, alpha-1 antitrypsin deficiency (AATD) clinics, trichotillomania (hair-pulling disorder,
 * body-focused repetitive behaviour) clinics and vulvodynia (vestibulodynia, vulval pain) clinics.
 *
 * Identifiers are synthetic and computed below from hand-chosen parts: 18-digit resident IDs get their
 * GB 11643 check character from a region code, birth date and sequence chosen to agree with the text
 * (the last sequence digit odd for men, even for women); 15-digit IDs are typed from region code, birth
 * date and sex digit; bank cards get a Luhn digit; NHS numbers are in the 999 test range with their
 * modulus-11 digit; the Scottish CHI numbers get their modulus-11 digit after a birth date and a sex
 * digit; Australian Medicare numbers get their check digit and an issue digit; NZ NHIs, the Hong Kong
 * identity card and the Singapore NRICs get their check characters; Ontario health numbers get a Luhn
 * digit; the US MBIs follow the published character pattern. Phones are random mainland numbers or
 * fictional ranges (North American 555-01xx, UK 07700 900xxx and Ofcom drama ranges, Australian (0x)
 * 5550 and 7010); mail and web hosts are example.*; IP addresses come from the documentation ranges.
 *
 * Span conventions are those of data/labelled/deid-holdout-50.card.yaml (and the earlier cards it
 * refers to); the decisions new in this round are stated in data/labelled/deid-holdout-51.card.yaml.
 */

const zh: Array<[string, string]> = [
  [
    'admission',
    `入院记录
姓名：[[PERSON|冼妙娴]]　性别：女　年龄：[[AGE|93]]岁　籍贯：广东顺德
住院号：[[MRN|GZ4718803]]　科室：老年医学科　床号：[[MRN|07]]
入院日期：[[DATE|2026年11月22日]] 10时15分
病史陈述者：患者女儿[[PERSON|何绮文]]（患者只讲粤语，由女儿转述），可靠程度：基本可靠
主诉：咳嗽、咳黄痰5天，伴胃纳差、精神萎靡2天。
既往史：高血压30余年，服氨氯地平5mg qd；多年前行右髋关节置换。
身份证号：[[ID_CARD|${rid('440606', '19330815', '124')}]]
联系电话：[[PHONE|137 2846 5093]]（女儿）
现住址：[[ADDRESS|广东省广州市天河区石牌街道龙口西路47号龙苑大厦B座1203]]`,
  ],
  [
    'admission',
    `产科入院登记（县人民医院）
孕妇：[[PERSON|罗应芬]]　27岁　孕2产0　孕39+2周　入院：[[DATE|2026-11-16]] 04:20
末次月经：[[DATE|2026年2月14日]]　预产期：[[DATE|2026年11月21日]]
住院号：[[MRN|LP26-30841]]　床号：产科[[MRN|5]]床
身份证：[[ID_CARD|${rid('530324', '19990418', '226')}]]
丈夫：[[PERSON|黄德才]]　电话：[[PHONE|18387264190]]
医保类型：城乡居民医保　医保号：[[INSURANCE_ID|53032499A0187264]]
住址：[[ADDRESS|云南省曲靖市罗平县九龙街道腊山路16号]]
入院原因：规律宫缩4小时，宫口开2cm，胎心142次/分，羊水清。`,
  ],
  [
    'admission',
    `急诊科转ICU交接单
患者：[[PERSON|邢玉堂]]　男　[[AGE|91]]岁　急诊号：[[MRN|JZ261123-047]]
由邻居[[PERSON|宫淑艳]]发现倒在家中，[[DATE|11月23日]]清晨6时拨打120送入。
到院时：GCS 7分，体温34.1℃，血糖2.1mmol/L，血钾6.3mmol/L，心电图高尖T波。
身份证：[[ID_CARD|230103351107153]]
住址：[[ADDRESS|黑龙江省哈尔滨市南岗区果戈里大街301号5单元602]]
家属：侄子[[PERSON|邢立军]]，[[PHONE|0451-86372914]]
转入ICU[[MRN|9]]床，住院号[[MRN|HRB7731406]]，复温毯已使用。`,
  ],
  [
    'progress-note',
    `[[DATE|2026-11-19]]　主任医师查房记录
今日[[PERSON|万]]主任查房，患者[[PERSON|聂春桃]]（住院号[[MRN|WH3308172]]，[[MRN|23]]床）诉腹胀较前减轻，已排气，未排便。
查体：腹软，右下腹压痛（±），肠鸣音3次/分。
复查：WBC 9.6×10^9/L，CRP 38mg/L，降钙素原0.21ng/ml。
[[PERSON|万]]主任指示：继续头孢他啶2g q12h联合甲硝唑，明日改流质饮食，[[DATE|11月21日]]复查腹部CT。`,
  ],
  [
    'progress-note',
    `术后第3天病程记录
[[DATE|2026年11月20日]] 08:30
[[PERSON|雷振邦]]，男，67岁，3天前在腰硬联合麻醉下行左侧全膝关节置换术。
今日切口干燥，无渗出；左膝屈曲80°，伸直0°，VAS 3分。引流管已于昨日拔除，引流量共120ml。
D-二聚体1.86mg/L，双下肢静脉超声未见血栓。
计划：继续利伐沙班10mg qd至术后35天，康复科[[PERSON|樊芮]]治疗师指导床旁行走。
住院号：[[MRN|XA0092657]]　床号：[[MRN|41]]`,
  ],
  [
    'progress-note',
    `阶段小结
患者[[PERSON|龙翠萍]]，女，45岁，住院号[[MRN|CS7403361]]，于[[DATE|2026-10-29]]入院，诊断：弥漫大B细胞淋巴瘤（IPI 3分）。
住院期间：入院第3天行骨髓穿刺（骨髓号[[MRN|GS26-1473]]），[[DATE|11月3日]]起R-CHOP方案第1周期，利妥昔单抗375mg/m²，过程顺利。
第1周期后第9天出现粒缺伴发热，ANC 0.3×10^9/L，经美罗培南抗感染后好转。
目前情况：ANC 2.8×10^9/L，拟[[DATE|11月24日]]开始第2周期。
病情已向患者丈夫[[PERSON|石建湘]]交代，同意继续化疗。`,
  ],
  [
    'discharge',
    `出院小结
姓名：[[PERSON|俞丽娟]]　性别：女　年龄：74岁　住院号：[[MRN|SH00631942]]
身份证号：[[ID_CARD|${rid('310104', '19520318', '046')}]]
住院时间：[[DATE|2026-11-10]]至[[DATE|2026-11-23]]（共13天）
出院诊断：1.急性非ST段抬高型心肌梗死 2.冠状动脉粥样硬化性心脏病 3.2型糖尿病
诊疗经过：入院次日行冠脉造影，前降支近段狭窄90%，植入药物支架1枚。
出院医嘱：阿司匹林肠溶片100mg每日1次，替格瑞洛90mg每日2次，瑞舒伐他汀10mg每晚1次。
随访：[[DATE|12月7日]]上午心内科门诊（[[PERSON|檀卫东]]主任），就诊卡号[[MRN|0021874630]]。
住址：[[ADDRESS|上海市徐汇区枫林街道东安路421弄6号302室]]`,
  ],
  [
    'discharge',
    `出院证明书
兹证明[[PERSON|蒲云阶]]，男，52岁，身份证号[[ID_CARD|${rid('510107', '19740305', '339')}]]，因"右侧输尿管结石伴肾积水"于[[DATE|2026年11月14日]]至[[DATE|2026年11月20日]]在我院泌尿外科住院治疗（住院号[[MRN|CD26-118542]]），行输尿管软镜碎石术。
建议出院后休息两周，[[DATE|12月4日]]返院拔除双J管。
此证明仅供请假使用。
医师：[[PERSON|尹晓川]]（盖章）`,
  ],
  [
    'discharge',
    `出院指导单（内分泌科）
患者：[[PERSON|符秀兰]]　床号：[[MRN|16]]　住院号：[[MRN|HK3320871]]
出院日期：[[DATE|11月21日]]
胰岛素：门冬胰岛素早8U、中6U、晚6U餐前皮下注射；甘精胰岛素14U睡前。
血糖目标：空腹4.4–7.0mmol/L，低于3.9要马上吃糖。
复诊：[[DATE|12月5日]]内分泌门诊，挂[[PERSON|王小琼]]医生号。
家属：儿子[[PERSON|陈明海]]　[[PHONE|13876059412]]
家庭住址：[[ADDRESS|海南省海口市龙华区金贸街道玉沙路9号丽海花园3栋702]]`,
  ],
  [
    'outpatient',
    `呼吸与危重症医学科门诊病历
就诊日期：[[DATE|2026-11-24]]　门诊号：[[MRN|MZ0047718236]]
姓名：[[PERSON|于德顺]]　男　63岁　职业：退休渔民
主诉：活动后气短2年，加重1月。
现病史：吸烟40包年，已戒5年。mMRC 2级，CAT评分19分。
肺通气功能：吸药后FEV1/FVC 0.58，FEV1 46%预计值。
诊断：COPD（GOLD 3级，E组）
处理：噻托溴铵/奥达特罗 2吸 qd；[[DATE|2027年1月]]复查肺功能。
医保卡号：[[INSURANCE_ID|370200D5518927]]
住址：[[ADDRESS|山东省青岛市市北区台东街道威海路188号3单元401]]　电话：[[PHONE|0532-83967014]]
医师：[[PERSON|隋海燕]]`,
  ],
  [
    'outpatient',
    `中医内科门诊记录
[[PERSON|胡静姝]]，女，38岁，初诊 [[DATE|2026年11月18日]]，门诊号[[MRN|ZY2611180236]]
失眠半年，入睡困难，多梦易醒，口干，舌红少苔，脉细数。
辨证：阴虚火旺　治法：滋阴降火，养心安神
方药：黄连阿胶汤加减　黄连6g 阿胶9g（烊化） 黄芩10g 白芍12g 酸枣仁30g 夜交藤30g　7剂
复诊：[[DATE|11月25日]]
代煎配送：[[ADDRESS|浙江省杭州市西湖区文新街道紫荆花路88号金都花园11幢2单元301]]　收件电话：[[PHONE|158 6712 9043]]
医师：[[PERSON|潘砚秋]]`,
  ],
  [
    'outpatient',
    `门诊语音转写（未校对）
医生：叫啥名？
患者：[[PERSON|佟桂芝]]，佟是单人旁一个冬天的冬。
医生：多大岁数了？
患者：[[AGE|九十一]]了，[[DATE|三五年]]生人，属猪的。
医生：哪儿不舒服？
患者：腿肿，晚上躺不下，得坐着喘。
医生：身份证带了吗？念一下号。
患者：[[ID_CARD|${rid('210102', '19350612', '142')}]]。
家属：我是她儿媳[[PERSON|关丽华]]，电话[[PHONE|139 4025 6817]]，住[[ADDRESS|和平区南京南街255号3门]]。
医生：先抽个血查BNP，做个心脏彩超，病历号[[MRN|SY0058241]]，拿着单子去一楼。`,
  ],
  [
    'referral',
    `双向转诊单（上转）
转出单位：南明区某社区卫生服务中心
患者姓名：[[PERSON|杨昌发]]　性别：男　年龄：58岁　布依族
身份证号：[[ID_CARD|${rid('520102', '19680927', '415')}]]
家庭医生签约编号：[[MRN|QY520102-06631]]
初步诊断：2型糖尿病伴足溃疡（Wagner 2级）
转诊原因：右足第一趾溃疡3周不愈，足背动脉搏动减弱，ABI 0.62。
转诊日期：[[DATE|2026年11月19日]]　接诊科室：血管外科
转诊医生：[[PERSON|谭蕾]]　联系电话：[[PHONE|0851-85627731]]
患者电话：[[PHONE|152 8503 6674]]
家庭住址：[[ADDRESS|贵州省贵阳市南明区花果园街道五里冲路33号]]`,
  ],
  [
    'referral',
    `院内会诊申请单
申请科室：心胸外科　会诊科室：精神心理科
患者：[[PERSON|戚文斌]]　住院号：[[MRN|NJ0730418]]　床号：[[MRN|37]]
病情摘要：[[DATE|11月16日]]行冠脉搭桥术，术后第4天起夜间躁动、定向力差，自行拔除胃管一次，CAM-ICU阳性。
会诊目的：协助诊治术后谵妄。
申请医师：[[PERSON|管一鸣]]　申请时间：[[DATE|2026-11-21]] 15:20
会诊意见：奥氮平2.5mg睡前，减少苯二氮䓬类，白天拉开窗帘，鼓励妻子[[PERSON|褚秀云]]陪护。
会诊医师：[[PERSON|鲍晨]]`,
  ],
  [
    'referral',
    `远程会诊申请（县人民医院 → 省人民医院）
患者：[[PERSON|才让措]]，女，34岁，藏族，只懂少量汉语，由丈夫[[PERSON|扎西东珠]]翻译。
住院号：[[MRN|XY-2611-0127]]　远程会诊编号：[[MRN|YC-TM-6620173]]
身份证号：[[ID_CARD|${rid('623021', '19920304', '248')}]]
病情：妊娠32周，血压168/112mmHg，尿蛋白3+，血小板86×10^9/L，已予硫酸镁解痉。
会诊时间：[[DATE|2026-11-22]] 14:00
申请医生：[[PERSON|马慧兰]]　邮箱：[[EMAIL|mahuilan_xian@example.cn]]`,
  ],
  [
    'handover',
    `护理交班报告　[[DATE|2026年11月23日]] 白班→夜班　心内科二病区
| 床号 | 姓名 | 病情 |
| [[MRN|3]] | [[PERSON|汪志刚]] | 今日行PCI，右桡动脉压迫器已松2次，穿刺点无渗血 |
| [[MRN|8]] | [[PERSON|程玉梅]] | 心衰，今日尿量1850ml，呋塞米20mg iv已执行 |
| 11 | — | 空床 |
| [[MRN|14]] | [[PERSON|操德胜]] | 新入，房颤心室率132次/分，胺碘酮泵入中 |
| [[MRN|加2]] | [[PERSON|吴桂香]] | 高钾，复查血钾5.1mmol/L |`,
  ],
  [
    'handover',
    `夜班交班录音整理
"好，我交一下。[[MRN|十二]]床[[PERSON|熊细妹]]，就是那个肝硬化的老太太，晚上又吐了一次咖啡样的，大概一百毫升，已经上了生长抑素，血色素七十八，备了两个单位红细胞。
[[MRN|十五]]床，那个姓[[PERSON|涂]]的，哦不对，是[[PERSON|余]]，[[PERSON|余长根]]，胰腺炎第三天，腹痛好点了，淀粉酶降到四百多。
[[MRN|二十]]床新来的[[PERSON|邬小英]]，胆管结石，明天早上八点做ERCP，十二点以后禁食。
就这些，有事打我电话[[PHONE|138 7003 4261]]。"
交班人：[[PERSON|罗]]医生`,
  ],
  [
    'handover',
    `抢救室交班（[[DATE|11/24]] 08:00）
[[MRN|抢1]]：[[PERSON|申国强]]，男，78岁，AECOPD，无创通气，FiO2 40%，pH 7.31
抢2：空
[[MRN|抢3]]：无名氏（男，约40岁，车祸），急诊号[[MRN|ZZ-EM-2611240013]]，已请神外会诊，身份待警方核实
[[MRN|抢4]]：[[PERSON|牛晓丽]]，女，[[AGE|90]]岁，低血糖昏迷，已纠正，血糖8.6mmol/L，等病房床位`,
  ],
  [
    'nursing-note',
    `护理记录单
[[DATE|2026-11-22]] 21:40　患者[[PERSON|孔繁义]]，男，[[AGE|96]]岁，[[MRN|26]]床，住院号[[MRN|JN6083415]]
身份证：[[ID_CARD|370102300514351]]
Morse跌倒评分65分（高危），Braden评分13分。夜间如厕欲自行下床，已予床栏保护，悬挂防跌倒标识，告知陪护孙子[[PERSON|孔令昊]]24小时陪护。
22:30 患者入睡，SpO2 95%。`,
  ],
  [
    'nursing-note',
    `压力性损伤护理记录
患者：[[PERSON|邸春花]]　床号：[[MRN|52]]　住院号：[[MRN|SJZ0117326]]
入院时间：[[DATE|2026年11月15日]]　入院时骶尾部已有2期压力性损伤，面积3cm×2.5cm
第一次换药：创面红润，少量渗出，更换泡沫敷料。
[[DATE|11月21日]]：创面缩小至2cm×1.8cm，继续每2小时翻身，气垫床压力已调整。`,
  ],
  [
    'nursing-note',
    `居家护理上门服务记录
服务对象：[[PERSON|隋凤琴]]　女　[[AGE|94]]岁
身份证：[[ID_CARD|220104320316284]]
地址：[[ADDRESS|吉林省长春市朝阳区红旗街道西安大路1117号2栋4门501]]
服务日期：[[DATE|2026-11-20]]　服务单号：[[MRN|JH-C-883104]]
项目：更换胃管（14Fr），留置尿管护理。胃管外露刻度55cm，回抽胃液确认在位。
联系人：女儿[[PERSON|宋雅丽]] [[PHONE|186 4308 2275]]
护士：[[PERSON|闵冬青]]`,
  ],
  [
    'lab-report',
    `检验报告单　血常规
姓名：[[PERSON|韦丽萍]]　性别：女　年龄：29岁　科别：产科　床号：[[MRN|18]]
住院号：[[MRN|NN4093752]]　标本号：[[MRN|20261123-0412]]
采集时间：[[DATE|2026-11-23]] 06:12　报告时间：07:05
WBC 12.4×10^9/L ↑　Hb 92g/L ↓　PLT 168×10^9/L　MCV 71.2fL ↓
备注：小细胞低色素，建议查地贫基因。`,
  ],
  [
    'lab-report',
    `病理诊断报告书
病理号：[[MRN|P2026-18837]]　姓名：[[PERSON|钟家豪]]　性别：男　年龄：46岁
送检科室：胃肠外科　住院号：[[MRN|SZ00481129]]
报告日期：[[DATE|2026-11-21]]
大体：（乙状结肠）肠段长18cm，距一侧切缘6cm见溃疡型肿物4.5cm×3.2cm。
诊断：中分化腺癌，浸润至浆膜下层，淋巴结2/17见转移（pT3N1b），MMR蛋白表达完整。`,
  ],
  [
    'lab-report',
    `尿液标本留取说明
1. 请留取晨起第一次中段尿约10ml，装入黄色盖无菌杯。
2. 女性月经期间不宜留取，可在经期结束3天后再来。
3. 标本留好后1小时内送到门诊一楼检验窗口，超过2小时请重新留取。
4. 尿培养需在使用抗生素前留取；已用药者请告知医生。
咨询时间：工作日8:00–17:00`,
  ],
  [
    'imaging-report',
    `磁共振检查报告
检查号：[[MRN|MR-0418736]]　姓名：[[PERSON|那顺乌日图]]　性别：男　年龄：71岁　蒙古族
住院号：[[MRN|BT1029364]]　检查日期：[[DATE|2026年11月22日]]
检查部位：头颅平扫+DWI+MRA
所见：左侧基底节区见片状DWI高信号，ADC值减低；左侧大脑中动脉M1段重度狭窄。
印象：左侧基底节区急性脑梗死；左MCA M1段重度狭窄。`,
  ],
  [
    'imaging-report',
    `冠状动脉CTA报告
影像号：[[MRN|CT00772145]]　姓名：[[PERSON|顾金宝]]　门诊号：[[MRN|SZ2611200381]]
检查日期：[[DATE|2026-11-20]]　心率58次/分，对比剂碘帕醇370 60ml
钙化积分（Agatston）：412
LAD近段混合斑块，管腔狭窄约70%；RCA中段钙化斑块，狭窄约40%。CAD-RADS 4A。
建议：冠脉造影。`,
  ],
  [
    'imaging-report',
    `超声心动图报告
姓名：[[PERSON|蓝秀凤]]　女　[[AGE|90]]岁　超声号：[[MRN|UCG-7704152]]　床号：[[MRN|9]]
检查日期：[[DATE|2026年11月23日]]
LVEF 38%，LVEDD 58mm，左房内径46mm，中度二尖瓣反流，估测肺动脉收缩压52mmHg。
印象：全心扩大，左室收缩功能减低，中度二尖瓣反流，肺动脉高压（中度）。`,
  ],
  [
    'prescription',
    `妇幼保健院　门诊处方笺（儿科）
费别：自费　处方号：[[MRN|CF-3086142]]
患儿：[[PERSON|郝语棠]]　女　3岁2月　体重14kg　门诊号：[[MRN|EK0093326]]
诊断：急性化脓性扁桃体炎
Rp：阿莫西林克拉维酸钾干混悬剂 228.5mg/袋 × 12袋　每次1袋 bid 口服
布洛芬混悬液 100ml:2g × 1瓶　每次5ml prn（体温≥38.5℃）
开方日期：[[DATE|2026-11-24]]
家长：[[PERSON|郝鹏飞]] [[PHONE|177 3508 9261]]`,
  ],
  [
    'prescription',
    `慢特病长期处方
参保人：[[PERSON|于淑珍]]　女　72岁　门诊号：[[MRN|TJ0388215]]
医保卡号：[[INSURANCE_ID|TJ1201048836427]]
病种：高血压、糖尿病　处方天数：12周
Rp：缬沙坦80mg qd；二甲双胍缓释片0.5g bid；阿卡波糖50mg tid
处方号：[[MRN|MT20261122-0077]]　开具日期：[[DATE|2026年11月22日]]`,
  ],
  [
    'prescription',
    `胰岛素笔注射小贴士
• 未开封的笔芯放冰箱冷藏（2–8℃），正在使用的放室温（不超过30℃）即可，可用4周。
• 每次注射前排气2单位，看到针尖有药液再调剂量。
• 注射部位在腹部、大腿外侧轮换，两次间隔至少1厘米。
• 针头一次一换，用过的针头放进硬壳瓶子里再扔。
• 血糖低于3.9mmol/L时先吃15克糖，15分钟后再测。`,
  ],
  [
    'consent',
    `手术知情同意书
患者姓名：[[PERSON|孟宪华]]　性别：男　年龄：[[AGE|92]]岁　住院号：[[MRN|LY0614782]]
拟行手术：经皮肾造瘘术　拟手术日期：[[DATE|2026年11月25日]]
麻醉方式：局部麻醉
主要风险：出血、感染、造瘘管脱出、邻近脏器损伤等。
患者因听力差，授权儿子签字。
被委托人：[[PERSON|孟庆伟]]　关系：父子　身份证号：[[ID_CARD|${rid('371311', '19620714', '353')}]]
联系电话：[[PHONE|150 6392 7148]]　住址：[[ADDRESS|山东省临沂市罗庄区盛庄街道沂河路76号]]
谈话医师：[[PERSON|颜廷光]]　日期：[[DATE|2026-11-24]]`,
  ],
  [
    'consent',
    `输血治疗知情同意书
患儿：[[PERSON|甘梓睿]]　男　8岁　住院号：[[MRN|GX-PD-4830276]]　血型：O型Rh(+)
诊断：重型β地中海贫血
输血前检查：HBsAg(-) 抗HCV(-) 抗HIV(-) 梅毒(-)
拟输注：去白悬浮红细胞2U
床号：[[MRN|6]]　联系电话：[[PHONE|0771-5836204]]
监护人：父亲[[PERSON|甘荣光]]　身份证：[[ID_CARD|${rid('450103', '19870221', '271')}]]
签字日期：[[DATE|2026年11月23日]]
医师：[[PERSON|莫婉彤]]`,
  ],
  [
    'consent',
    `授权委托书
委托人：[[PERSON|厉国栋]]　身份证号：[[ID_CARD|${rid('330402', '19470930', '213')}]]
受托人：[[PERSON|厉晓雯]]（女儿）　身份证号：[[ID_CARD|${rid('330402', '19760415', '022')}]]
委托事项：代为办理本人[[DATE|2026年10月8日]]至[[DATE|2026年10月26日]]住院期间的病历复印及医保报销手续。
住院号：[[MRN|JX8850264]]
委托人签字：[[PERSON|厉国栋]]
委托人住址：[[ADDRESS|浙江省嘉兴市南湖区建设街道勤俭路102号5幢201室]]`,
  ],
  [
    'billing',
    `住院预交金收据
收据号：YJ26112400573
患者：[[PERSON|莫家俊]]　住院号：[[MRN|DG0906341]]　科室：神经外科
交款金额：¥30,000.00（叁万元整）　交款方式：银行卡
卡号：[[BANK_CARD|${spaced(luhn('621483092217356'))}]]
交款人：[[PERSON|莫振华]]（父亲）　电话：[[PHONE|135 3827 6601]]
日期：[[DATE|2026-11-24]]`,
  ],
  [
    'billing',
    `出院结算退费申请表
患者姓名：[[PERSON|谷丽娜]]　住院号：[[MRN|HEB0062839]]
出院日期：[[DATE|2026-11-18]]　预交金余额：¥4,216.50
原预交金由丈夫支付，申请退至丈夫账户：
开户人：[[PERSON|任志斌]]　身份证号：[[ID_CARD|${rid('230102', '19810623', '595')}]]
开户行：中国建设银行哈尔滨分行　账号：[[BANK_CARD|${luhn('621700315801472')}]]
联系电话：[[PHONE|18946172350]]`,
  ],
  [
    'billing',
    `商业医疗保险理赔申请书
被保险人：[[PERSON|汤雨晴]]　证件号码：[[ID_CARD|${rid('320106', '19950812', '086')}]]
保单号：[[INSURANCE_ID|P2025320100488173]]
出险日期：[[DATE|2026年10月30日]]　住院号：[[MRN|NJ26103177]]
诊断：急性阑尾炎（腹腔镜阑尾切除术）
申请金额：¥18,642.30
收款账户：[[BANK_CARD|${spaced(luhn('622848012093417'))}]]（中国农业银行）
联系邮箱：[[EMAIL|tangyq95@example.com]]
联系地址：[[ADDRESS|江苏省南京市鼓楼区湖南路街道马台街65号]]`,
  ],
  [
    'online-consult',
    `互联网医院复诊记录（图文）
问诊单号：[[MRN|HLW202611230419]]　患者：[[PERSON|钱佩玲]]　就诊卡号：[[MRN|8800317642]]
[[DATE|2026-11-23]] 19:02 [[ACCOUNT|静水流深_88]]：医生您好，上次开的左甲状腺素吃完了，想续方。
19:05 [[PERSON|温]]医生：复查甲功了吗？
19:08 [[ACCOUNT|静水流深_88]]：[[DATE|11月20日]]查的，TSH 2.31，FT4 15.6。
19:10 [[PERSON|温]]医生：结果正常，继续左甲状腺素75μg qd，三个月后复查。
登录日志：IP [[IP|203.0.113.197]]，设备 iOS`,
  ],
  [
    'online-consult',
    `在线咨询（皮肤科）　咨询时间：[[DATE|2026-11-22]]
用户：[[ACCOUNT|lemon_tree2019]]　咨询编号：[[MRN|ZX-26-1122-3381]]
用户：孩子脸上和背上起了很多小水疱，有的结痂了，是不是水痘？化验单在这里 [[URL|https://report.example.cn/lab/view?rid=RP8836102]]
[[PERSON|包芷汀]]医生：看照片像水痘，孩子发烧吗？
用户：37.8度，孩子叫[[PERSON|小豆包]]，4岁。
[[PERSON|包芷汀]]医生：可口服阿昔洛韦，按体重20mg/kg，一天4次，连用5天，暂时别去幼儿园。`,
  ],
  [
    'online-consult',
    `视频复诊记录
就诊人：[[PERSON|宁志勇]]　就诊卡号：[[MRN|6102338841]]　复诊时间：[[DATE|2026年11月24日]] 10:30
医生：[[PERSON|柴永红]]（风湿免疫科）
患者诉双手小关节晨僵约30分钟，较前减轻。DAS28-CRP 3.1。
处理：甲氨蝶呤15mg qw，叶酸5mg qw（甲氨蝶呤次日），[[DATE|12月下旬]]复查肝功能和血常规。
网络日志：客户端IP [[IP|2001:db8:4e1:a07::2c]]，视频问诊号[[MRN|VS88120745]]`,
  ],
  [
    'patient-message',
    `[[PERSON|葛]]主任您好，我是[[PERSON|邵燕]]，您[[DATE|11月13日]]给我做的甲状腺穿刺，病理号[[MRN|P26-81354]]，报告出来了说是乳头状癌，我有点慌。想问能不能约您下周的手术？我的门诊号是[[MRN|0017365420]]，电话[[PHONE|13916082547]]。谢谢您！`,
  ],
  [
    'patient-message',
    `关于我母亲住院期间护理问题的意见
医院投诉办：
我是患者[[PERSON|罗淑贞]]（住院号[[MRN|CQ5518307]]，[[MRN|33]]床）的女儿[[PERSON|杜晓蕾]]。[[DATE|11月19日]]夜里我母亲按铃二十多分钟没人来，最后自己下床摔倒，左手腕骨折。希望医院调查当晚值班情况并给予答复。
我的邮箱：[[EMAIL|duxiaolei_cq@example.net]]，电话：[[PHONE|023-68214739]]
[[PERSON|杜晓蕾]]`,
  ],
  [
    'patient-message',
    `[[PERSON|田]]护士长，我是[[MRN|19]]床[[PERSON|包国华]]的老伴，明天出院要用社保卡结算，卡号是[[INSURANCE_ID|H51023988217]]，卡放在家里了，我让孙子[[PERSON|包子涵]]明早八点送过来，麻烦跟结算处说一声。——[[PERSON|刘桂英]]`,
  ],
  [
    'family-chat',
    `外公手术那些事（5人）
大舅：明天早上6点我开车去接外公，车牌[[PLATE|湘A·5D62K]]，停住院部北门
[[PERSON|小缇]]：好的大舅，手术是8点半第一台吧？
二姨：对，[[PERSON|谢]]医生说大概3个小时
大舅：外公的身份证和医保卡我拿了，住院号[[MRN|CS1028846]]
[[PERSON|小缇]]：我下班直接过去。外公家[[ADDRESS|开福区清水塘路22号4栋301]]的钥匙在我这儿，要带衣服吗？
二姨：带两套，他在心外[[MRN|21]]床`,
  ],
  [
    'family-chat',
    `奶奶住院费用群
爸爸：奶奶这次住院押金交了两万，我先垫的
[[PERSON|周子墨]]：爸，我转你一万，还是之前那张卡吗？
爸爸：是的，[[BANK_CARD|${spaced(luhn('621226100387452'))}]]，工行
小姑：奶奶都[[AGE|91]]了，这次肺炎好得慢，医生说还要住一周
[[PERSON|周子墨]]：我周末去陪，奶奶在[[MRN|8]]床对吧
小姑：对，呼吸科[[MRN|8]]床。我开车过去，车牌[[PLATE|鲁B·7H3N2]]，帮我问问能不能进院停
[[PERSON|周子墨]]：记得带她的老花镜`,
  ],
  [
    'family-chat',
    `陪爸爸去香港看病
[[PERSON|阿明]]：爸的港澳通行证号[[PASSPORT|C61847302]]，预约表上要填
妈妈：对，还有签注页，你直接看照片吧
[[PERSON|阿明]]：约了[[DATE|12月3日]]上午在九龙那边，医院给的病历号[[MRN|HN07382215]]
妈妈：开车到皇岗口岸，车牌[[PLATE|粤B·3K9X7]]，车停口岸停车场
[[PERSON|阿明]]：好，我来订酒店`,
  ],
  [
    'sms-reminder',
    `【医院预约】[[PERSON|蔡文龙]]您好，您已成功预约[[DATE|2026年11月27日]]（周五）上午消化内科[[PERSON|韦]]主任专家号，就诊序号[[MRN|15]]，就诊卡号[[MRN|3301887264]]。查看详情：[[URL|https://yy.example.cn/appt/q?no=3301887264]]。取消请回复TD。`,
  ],
  [
    'sms-reminder',
    `【体检中心】尊敬的[[PERSON|Olivia Grant]]女士，您的入职体检（外籍教师）已安排在[[DATE|11月28日]]7:30，地点：[[ADDRESS|杭州市上城区解放路258号3楼]]，请空腹并携带护照（护照号[[PASSPORT|543817296]]），体检编号[[MRN|TJ26112807713]]。`,
  ],
  [
    'sms-reminder',
    `【社区卫生服务中心】65岁及以上老年人免费健康体检开始啦！时间：每周二至周四上午，需空腹，请携带身份证和医保卡。项目含血常规、肝肾功能、心电图、腹部B超。退订回T。`,
  ],
  [
    'xlh-clinic',
    `X连锁低磷性佝偻病（XLH）专病门诊记录
患儿：[[PERSON|简沐阳]]　男　5岁　门诊号：[[MRN|EK26-07713]]　就诊日期：[[DATE|2026-11-20]]
病史：2岁时因"O型腿、走路摇摆"就诊，血磷0.72mmol/L，ALP 612U/L，TmP/GFR降低；PHEX基因c.1601C>T，3岁时确诊。
既往口服中性磷+骨化三醇，[[DATE|2025年8月]]起改用布罗索尤单抗0.8mg/kg q2w皮下注射。
今日：血磷1.02mmol/L，身高101.5cm（-2.1SD），膝间距4cm（较前8cm改善）。
母亲[[PERSON|钟岚溪]]亦为XLH患者，成年身高148cm。
下次注射：[[DATE|12月4日]]　注射登记号：[[MRN|BRS-0217]]
医师：[[PERSON|邓佳音]]`,
  ],
  [
    'xlh-clinic',
    `成人XLH随访登记
姓名：[[PERSON|宫雪琳]]　女　36岁　登记号：[[MRN|XLH-DL-0031]]
身份证：[[ID_CARD|${rid('210202', '19900509', '108')}]]
随访日期：[[DATE|2026年11月17日]]
主诉：双髋、双膝疼痛，行走500米需休息；牙周脓肿反复发作。
检查：血磷0.61mmol/L，PTH 98pg/ml（偏高），肾脏超声：双肾髓质钙质沉着（1级）。
女儿[[PERSON|乔语桐]]（7岁）同样确诊，在儿科随访。
计划：骨科评估双膝截骨；口腔科会诊。
联系电话：[[PHONE|155 4112 0683]]
住址：[[ADDRESS|辽宁省大连市中山区桃源街道鲁迅路27号2单元1101]]`,
  ],
  [
    'xlh-clinic',
    `低磷性佝偻病患儿服用磷制剂须知
• 中性磷溶液一天分4–5次服用，与牛奶、钙片间隔至少2小时。
• 出现腹泻时先减量，不要自行停药。
• 骨化三醇要按医生开的剂量，过量会引起高钙和肾结石。
• 每3个月查一次血钙、血磷、碱性磷酸酶和尿钙/肌酐比值。
• 每半年拍一次双下肢全长片，观察腿型变化。`,
  ],
  [
    'aatd-clinic',
    `呼吸科罕见病门诊　α1-抗胰蛋白酶缺乏症随访
患者：[[PERSON|欧阳立诚]]　男　49岁　门诊号：[[MRN|BJ-RD-0938251]]　就诊日期：[[DATE|2026-11-23]]
血清α1-AT 0.21g/L（参考0.9–2.0），SERPINA1基因型Pi*ZZ（外院检测，报告号[[MRN|GX24-11862]]）。
CT：双下肺全小叶型肺气肿；FEV1占预计值52%。肝脏弹性9.8kPa。
从不吸烟；弟弟[[PERSON|欧阳立信]]已安排检测。
处理：国内暂无增补治疗制剂，建议参加临床研究（研究编号[[MRN|AAT-3031-017]]），继续噻托溴铵。
医保卡：[[INSURANCE_ID|110108C0067324]]　电话：[[PHONE|010-69235817]]
医师：[[PERSON|冉文博]]`,
  ],
  [
    'aatd-clinic',
    `遗传咨询记录（α1-抗胰蛋白酶缺乏家系）
先证者：[[PERSON|宓国良]]，男，61岁，肝硬化Child-Pugh B级，Pi*ZZ。
咨询对象：女儿[[PERSON|宓佳琪]]，32岁，计划怀孕。身份证：[[ID_CARD|${rid('310104', '19940226', '206')}]]
检测：[[DATE|2026年11月6日]]采血，报告编号[[MRN|GC2611-0936]]，结果Pi*MZ（携带者）。
建议丈夫[[PERSON|储文韬]]检测，如亦为携带者，每胎患病风险25%。
咨询师：[[PERSON|邱雨菲]]
联系邮箱：[[EMAIL|mjq_1994@example.com.cn]]`,
  ],
  [
    'aatd-clinic',
    `α1病友互助群
[[ACCOUNT|肺在呼吸_1975]]：请问大家在哪里查的基因？我[[DATE|10月]]查了个α1-AT 0.3，医生让查基因
[[ACCOUNT|向日葵的种子]]：我是北京这边做的，Pi*SZ
[[ACCOUNT|肺在呼吸_1975]]：能进临床试验吗？
[[ACCOUNT|向日葵的种子]]：可以问呼吸科[[PERSON|冉]]医生，我[[DATE|11月12日]]刚入组
[[ACCOUNT|老李说健康]]（群主）：提醒大家群里不要发身份证和病历照片`,
  ],
  [
    'trichotillomania-clinic',
    `心理门诊首诊记录（拔毛癖）
姓名：[[PERSON|晏可馨]]　女　16岁　高一学生　门诊号：[[MRN|XL-MZ-730264]]
就诊日期：[[DATE|2026-11-21]]　陪同：母亲[[PERSON|卓慧]]
主诉：反复拔头发3年，头顶出现斑片状稀疏。
现病史：写作业、焦虑时不自觉拔发，拔后有放松感，偶尔咀嚼发根。否认强迫观念。MGH-HPS 19分。
查体：头顶约5cm×4cm区域毛发长短不一，无红斑鳞屑，毛发镜见断发、卷曲发。
诊断：拔毛癖（F63.3）
处理：习惯逆转训练（HRT），每周1次共8次；N-乙酰半胱氨酸600mg bid。
医保：城乡居民医保　编号[[INSURANCE_ID|5101070216483902]]
家庭住址：[[ADDRESS|四川省成都市武侯区玉林街道玉林北路3号附12号]]　母亲电话：[[PHONE|181 2846 3309]]
医师：[[PERSON|柏舒遥]]`,
  ],
  [
    'trichotillomania-clinic',
    `习惯逆转训练第4次记录
来访者：[[PERSON|聂珩]]　男　24岁　档案号：[[MRN|XL-HRT-2609]]
日期：[[DATE|2026年11月19日]]
本周自我监测：拔眉毛/睫毛共11次（上周23次），多发生在晚上刷手机时。
竞争反应：握拳30秒+把手压在大腿下；女友[[PERSON|范雨辰]]同意在发现时轻声提醒，不批评。
刺激控制：睡前戴薄手套，卧室不放镜子。
下次：[[DATE|11月26日]]　治疗师：[[PERSON|钮丹]]`,
  ],
  [
    'trichotillomania-clinic',
    `拔毛冲动来了怎么办（随身卡）
1. 先觉察：手在往头上走吗？说出来"我想拔了"。
2. 做竞争动作：双手握拳或捏减压球，坚持一分钟。
3. 换个地方：离开镜子和强光，去喝杯水。
4. 记下来：时间、地点、心情、拔了几根，下次带给治疗师看。
5. 拔了也别骂自己，明天接着练。`,
  ],
  [
    'vulvodynia-clinic',
    `外阴痛专病门诊记录
姓名：[[PERSON|解婉清]]　女　31岁　门诊号：[[MRN|FK0068831]]　就诊日期：[[DATE|2026-11-18]]
主诉：性交痛及外阴烧灼感1年余，卫生棉条放置困难。
既往：反复按"霉菌性阴道炎"治疗，真菌培养3次均阴性。
查体：外阴皮肤黏膜未见异常，棉签试验：前庭4点、8点位疼痛评分8/10。
诊断：激惹性前庭痛（外阴痛亚型）
处理：5%利多卡因软膏睡前外涂；转盆底康复（[[PERSON|綦]]治疗师）；阿米替林10mg qn起始。
医师：[[PERSON|甘沐霖]]　患者电话：[[PHONE|13651870426]]`,
  ],
  [
    'vulvodynia-clinic',
    `盆底物理治疗记录（外阴前庭痛）
患者：[[PERSON|相欣怡]]　治疗号：[[MRN|PD-7316]]　疗程：第3/10次　日期：[[DATE|11月22日]]
表面肌电：静息期平均值6.8μV（偏高），放松能力差。
治疗：手法松解肛提肌扳机点，生物反馈放松训练20分钟，居家扩张器1号每日10分钟。
丈夫[[PERSON|尉迟浩]]陪同，已讲解暂停同房及替代的亲密方式。
下次预约：[[DATE|11月29日]] 15:00　联系电话：[[PHONE|18630527714]]
治疗师：[[PERSON|綦悦]]`,
  ],
  [
    'vulvodynia-clinic',
    `患者留言（医院APP）
账号：[[ACCOUNT|xiaofei_lin93]]
[[PERSON|甘]]医生您好，我是[[PERSON|蔺晓菲]]，就诊卡号[[MRN|2700415836]]。用利多卡因软膏两周了，烧灼感轻了一点，但同房还是很痛。阿米替林吃了口干、早上起不来，可以减量吗？我[[DATE|12月1日]]要出差，能不能改到[[DATE|12月8日]]复诊？`,
  ],
];

const en: Array<[string, string]> = [
  [
    'admission',
    `AMU clerking (post-take)
Patient: [[PERSON|Isobel Ritchie-Mowat]]   CHI: [[INSURANCE_ID|${chi('140331', '214')}]]
Age: [[AGE|95]]   DOB: [[DATE|14/03/1931]]
Admitted: [[DATE|22/11/2026]] 23:10 via GP   Bed: Ward 102, bed [[MRN|6]]
PC: Found on floor by carer, long lie approx 10 hours. CK 4,820. AKI stage 2 (creat 188).
Lives alone at [[ADDRESS|14 Crown Terrace, Aberdeen AB11 6HE]]; carers four times daily.
NOK: nephew [[PERSON|Calum Ritchie]], [[PHONE|07700 900386]]
Clerked by: Dr [[PERSON|F. Nwachukwu]] (FY2)`,
  ],
  [
    'admission',
    `Admission note — Internal Medicine, Brampton
Patient: [[PERSON|Gurdev Singh Bains]]   MRN [[MRN|BC-8830517]]   OHIP [[INSURANCE_ID|${ohip('582739104')}]] HK
Admitted [[DATE|Nov 21, 2026]] to 5 North, room-bed [[MRN|512-2]]
Punjabi-speaking; daughter-in-law [[PERSON|Navjot Kaur Bains]] helps at the bedside, professional interpreter [[PERSON|Harpreet Dhillon]] booked for consent discussions.
HPI: 74M, 3 days of melena, Hgb 68, BUN 22. On apixaban 5 mg BID for AF.
Plan: PPI infusion, hold apixaban, scope [[DATE|Nov 22]].
Contact: [[PHONE|(905) 555-0147]]   Address: [[ADDRESS|38 Sandalwood Parkway E, Brampton, ON L6Z 1Y5]]`,
  ],
  [
    'admission',
    `H&P — ED to Medicine
[[PERSON|Delphine Okafor-Reyes]], 41F, MRN [[MRN|00917734]], FIN [[MRN|7720148836]]
Arrived [[DATE|11/23/2026]] 02:14 in DKA (pH 7.08, bicarb 6, AG 31, BHB 7.2). Insulin drip per protocol.
Insurance: Illinois Medicaid, recipient ID [[INSURANCE_ID|418823590]]
Emergency contact: sister [[PERSON|Yvette Okafor]] [[PHONE|(312) 555-0196]]
Home: [[ADDRESS|6120 S Kenwood Ave, Apt 3R, Chicago, IL 60637]]
Attending: [[PERSON|Samuel Brandt]], MD`,
  ],
  [
    'progress-note',
    `ICU daily review — [[DATE|23/11/2026]]
Bed [[MRN|4]]: [[PERSON|Pádraig Mac Giolla Rua]], 58, MRN [[MRN|B1130562]], day 6 after a Hartmann's procedure (faecal peritonitis from a sigmoid perforation).
Overnight: noradrenaline weaned 0.15 → 0.04 mcg/kg/min. Lactate 1.4. P/F 240 on FiO2 0.4, PEEP 8.
Plan: SBT this morning, continue pip-tazo day 6/7, TPN via PICC.
Home [[ADDRESS|11 Glasnevin Park, Dublin 11, D11 KX27]]. Wife [[PERSON|Gráinne]] updated by phone ([[PHONE|087 418 2296]]).
Consultant: Dr [[PERSON|Eimear Ní Dhonnchadha]]`,
  ],
  [
    'progress-note',
    `Hospitalist progress note   [[DATE|11/22/2026]]
Pt: [[PERSON|Raymond Kowalczyk]]   MRN [[MRN|62-118-0457]]   Rm [[MRN|714]]
S: Less dyspneic, slept flat. Asking about going home for Thanksgiving.
O: T 36.8, HR 84, BP 128/76, SpO2 95% RA. Weight 88.2 kg (admit 92.9). Cr 1.4.
A/P: ADHF, HFrEF (EF 30%), net -4.7 L. Switch IV furosemide to torsemide 40 mg daily. Start sacubitril/valsartan 24/26 mg BID. Dispo tomorrow if Cr stable.
Cardiology (Dr [[PERSON|Aisha Rahimi]]) following.`,
  ],
  [
    'progress-note',
    `Ward round — Ward 32   Tuesday [[DATE|24 November 2026]]
[[PERSON|Mere Tipene]]   NHI [[INSURANCE_ID|${nhi('ZKR', '583')}]]   bed [[MRN|11]]
Cellulitis R leg day 4, now on oral flucloxacillin 1 g QID. Margins receding, afebrile.
Whānau: son [[PERSON|Wiremu Tipene]] asked for a family meeting — arranged for tomorrow 2pm with kaumātua [[PERSON|Hemi Rangiwai]].
Discharge planning: district nurse to visit at [[ADDRESS|27 Pages Road, Aranui, Christchurch 8061]].
Seen by: Dr [[PERSON|O. Faleolo]], RMO; consultant [[PERSON|Hugh Penrose]]`,
  ],
  [
    'discharge',
    `DISCHARGE SUMMARY
Patient: [[PERSON|Kenneth Oduya]]   NHS No: [[INSURANCE_ID|${nhs('218436')}]]   Hospital No: [[MRN|RTG 3308112]]
Admitted: [[DATE|15/11/2026]]   Discharged: [[DATE|23/11/2026]]
Diagnosis: Right lower lobe pneumonia, with atrial fibrillation first noted this admission (CHA2DS2-VASc 3).
Medication changes: START edoxaban 60 mg OD; START bisoprolol 2.5 mg OD; STOP aspirin.
Requests to GP: kidney bloods again in a week; is the rate settled?
Address: [[ADDRESS|31 Burton Road, Littleover, Derby DE23 6EH]]
GP: Dr [[PERSON|Priya Venkatesh]], Littleover Medical Centre
Discharging doctor: [[PERSON|Tom Achterberg]] (FY1), bleep 4471`,
  ],
  [
    'discharge',
    `Discharge summary — Alice Springs Hospital
Patient: [[PERSON|Shirleen Perkins]]   Medicare [[INSURANCE_ID|${medicare('53319842', '2')}]]   MRN [[MRN|A0638129]]
Admission [[DATE|17/11/2026]] to [[DATE|23/11/2026]]: rheumatic heart disease, severe mitral stenosis, new AF. Next benzathine penicillin due in four weeks.
Aboriginal Liaison Officer [[PERSON|Trevor Japaljarri]] arranged her return on the community bus; clinic to follow up.
Address: [[ADDRESS|Lot 14, Ltyentye Apurte Community, via Alice Springs NT 0872]]
Contact: niece [[PERSON|Danika Perkins]] [[PHONE|(08) 5550 7132]]`,
  ],
  [
    'discharge',
    `Discharge memo
Name: [[PERSON|Ramasamy s/o Krishnan]]   NRIC: [[ID_CARD|${nric('S', '1826475')}]]   Ward 8, bed [[MRN|21]]
Case no: [[MRN|26A-118473]]   Admission [[DATE|19/11/2026]] – discharge [[DATE|24/11/2026]]
Diagnosis: Left MCA infarct, dysarthria, right hemiparesis (MRC 4/5).
Meds: clopidogrel 75 mg every morning, atorvastatin 40 mg at night.
Follow-up: Neurology clinic in 3 weeks; day rehabilitation twice weekly.
Home: [[ADDRESS|Blk 307 Clementi Avenue 4, #11-486, Singapore 120307]]
Caregiver: daughter [[PERSON|Kavitha d/o Ramasamy]] [[PHONE|+65 9147 3308]]`,
  ],
  [
    'outpatient',
    `Rheumatology Clinic, Ysbyty Gwynedd
Clinic date: [[DATE|18 November 2026]]
Re: [[PERSON|Dilys Pritchard]], Hosp no [[MRN|G449812]], NHS [[INSURANCE_ID|${nhs('553901')}]]
[[ADDRESS|Bryn Awel, Lôn Pont Hwfa, Caergybi LL65 2AB]]
Dear Dr [[PERSON|Owain Rees]],
I saw Mrs [[PERSON|Pritchard]] after her third gout flare this year; urate 0.52 mmol/L. I have started allopurinol 100 mg, titrating monthly to a target below 0.36, with colchicine 500 micrograms twice daily as flare prophylaxis for six months.
Yours sincerely,
Dr [[PERSON|Siân Llewellyn]], Consultant Rheumatologist`,
  ],
  [
    'outpatient',
    `[Dictation, transcribed, not yet reviewed]
This is Doctor [[PERSON|Marcus Feldstein]] dictating a clinic note on [[PERSON|Beverly Ann Stroud]], spelled [[PERSON|S-T-R-O-U-D]], date of birth [[DATE|June fourth nineteen fifty-nine]], medical record number [[MRN|5830964]].
She is seen today, [[DATE|November twenty-third]], for follow-up of paroxysmal AF after ablation last spring. Holter showed a burden of zero point eight percent. Continue metoprolol succinate twenty-five milligrams. CHA2DS2-VASc is two, so continue apixaban. Return in six months.
Copy to her primary care physician, Doctor [[PERSON|Lena Whitcombe]]. End of dictation.`,
  ],
  [
    'outpatient',
    `SOPC — Medicine   Date: [[DATE|20/11/2026]]
Name: [[PERSON|LEUNG Siu-fong]] [[PERSON|梁少芳]]   HKID: [[ID_CARD|${hkid('K', '418263')}]]   [[MRN|HN17720935]]
F/[[AGE|92]]
Hx: HT, DM, CKD 3b (eGFR 38). BP 152/70. HbA1c 7.4%.
Plan: linagliptin 5 mg daily; stop gliclazide (hypo x2). FU 16/52.
Daughter [[PERSON|CHAN Wai-ling]] [[PHONE|9412 6685]] to supervise medications.
Dr [[PERSON|Kelvin TSE]]`,
  ],
  [
    'referral',
    `Date: [[DATE|20 November 2026]]
Dr [[PERSON|Andrew Kostopoulos]], Orthopaedic Surgeon
Re: [[PERSON|Leanne Fitzgibbon]], Medicare [[INSURANCE_ID|${medicare('27658143', '1')}]]
[[ADDRESS|9 Wattle Grove, Sandringham VIC 3191]], ph [[PHONE|(03) 5550 2281]]
Thank you for seeing [[PERSON|Leanne]], 55, with eight months of right knee pain and locking. MRI (accession [[MRN|LKI-2263018]]) showed a complex medial meniscal tear with grade 3 chondral loss. She has failed 12 weeks of physiotherapy.
Kind regards,
Dr [[PERSON|Mei-Ling Ho]]`,
  ],
  [
    'referral',
    `REFERRAL — to Endocrinology
From: Dr [[PERSON|Gillian Matsuda]], Commercial Drive Family Clinic   Fax [[PHONE|(604) 555-0174]]
Patient: [[PERSON|Bartosz Wierzchowski]]   PHN [[INSURANCE_ID|9871246553]]   DOB [[DATE|1983-04-17]]
Reason: Hypercalcemia (Ca 2.84, PTH 11.2 pmol/L), kidney stones x2; ?primary hyperparathyroidism. Sestamibi requested.
Patient phone [[PHONE|(604) 555-0162]]; prefers email [[EMAIL|b.wierzchowski@example.ca]]`,
  ],
  [
    'referral',
    `The Medical Centre, Ballincollig
[[DATE|21 November 2026]]
Dear Colleague at the chest pain clinic (rapid access),
Re: [[PERSON|Declan Ó Súilleabháin]], [[ADDRESS|4 Innishmore Close, Ballincollig, P31 HT62]], mobile [[PHONE|086 317 4402]]
GMS card no. [[INSURANCE_ID|1047832T]]
Three weeks of tightness across the chest on exertion, settling with rest. ECG: no acute changes. Father died of an MI aged 54.
Thank you for seeing him. Our file ref [[MRN|BC-0412]].
Dr [[PERSON|Niamh Kavanagh]]`,
  ],
  [
    'handover',
    `Shift report 1900 — 6 West Med/Surg — [[DATE|11/23/2026]]
| Rm | Patient | Issues |
| [[MRN|601]] | [[PERSON|Harold Engqvist]], 81 | post-op TKA day 2, PCA d/c'd, pain 4/10 |
| 602 | — | empty, terminal clean |
| [[MRN|603]] | [[PERSON|Consuelo Barajas]] | urosepsis, vanc/cefepime, lactate 1.2 |
| [[MRN|604]] | [[PERSON|Dorothy Kemper]] ("[[PERSON|Dot]]"), [[AGE|93]] | fall risk, bed alarm on, daughter [[PERSON|Lisa]] staying overnight |
| [[MRN|605]] | [[PERSON|Jerome Whitfield]] | NPO after midnight for EGD |`,
  ],
  [
    'handover',
    `Night handover, Ward 12 (transcribed)
"OK, bay two. Bed [[MRN|seven]] is Mr [[PERSON|Jarvis]], [[PERSON|Alan Jarvis]], the upper GI bleed — scoped today, clip on a duodenal ulcer, Hb stable at 84, nil by mouth till the morning.
Bed [[MRN|eight]], Mrs [[PERSON|Hollings]]— sorry, Mrs [[PERSON|Hollingworth]], [[AGE|ninety-three]], delirious, pulled her cannula twice, son [[PERSON|Gareth]] says she's normally sharp as a tack.
Bed [[MRN|twelve]], [[PERSON|Femi Adeyemi]], young lad in sickle crisis, on the PCA, sats 96 on air.
Bay three's all settled. If you need me, ring my mobile, [[PHONE|07700 900693]]."`,
  ],
  [
    'handover',
    `ED handover (ISBAR) — [[DATE|24/11/2026]] 0700
I: [[MRN|Resus 2]], [[PERSON|Brendan Yeo]], 34, UR [[MRN|8823116]]
S: Motorbike versus car at 0240, GCS 14, closed fracture left femur, splinted.
B: No past history. Partner [[PERSON|Chloe Marchetti]] on her way, [[PHONE|(07) 7010 3946]].
A: Hb 118, lactate 2.6, FAST negative. Tetanus given.
R: Ortho (Dr [[PERSON|Kumar]]) aware, theatre 0900.
Handed over by [[PERSON|Sam Delaney]] (RMO) to [[PERSON|Ruth Abernethy]] (registrar)`,
  ],
  [
    'nursing-note',
    `Community nursing home visit, [[DATE|20/11/2026]] 10:40
Patient: [[PERSON|Winifred Baverstock]], [[AGE|97]], NHS [[INSURANCE_ID|${nhs('604215')}]]
Address: [[ADDRESS|Flat 3, Larkspur House, 19 Mill Lane, Frome BA11 1DY]] (key safe code given verbally, not recorded)
Leg ulcer L gaiter 4.2 x 3.1 cm, slough 20%, exudate moderate. ABPI 0.91. Two-layer compression applied.
Granddaughter [[PERSON|Keeley]] present. Next visit in 3 days. Caseload ref [[MRN|DN-51937]].
[[PERSON|Bethan Coles]], Community Staff Nurse`,
  ],
  [
    'nursing-note',
    `Nursing note — Maple Ridge Care Center, Unit B
[[DATE|11/21/2026]] 14:15. Resident [[PERSON|Vernon Tuttle]], room [[MRN|B-17]], [[AGE|99]].
Resident discovered on floor at bedside at 14:05; denies hitting head or blacking out; no injury seen. Neuro obs every 15 min x4 normal. Moves all limbs.
Notified: Dr [[PERSON|Esther Nakamura]] (orders: hip x-ray), POA/son [[PERSON|Clifford Tuttle]] at [[PHONE|(515) 555-0136]], left message.
Medicare MBI [[INSURANCE_ID|5QK7-WT2-HM41]]`,
  ],
  [
    'nursing-note',
    `Nursing progress — Ward 4
[[DATE|22/11/26]] 0300. [[PERSON|Tama Rāwiri]] (NHI [[INSURANCE_ID|${nhi('MJP', '207')}]]) bed [[MRN|14]], agitated, pulling at his catheter. CAM positive. Whānau member [[PERSON|Aroha]] came in at 0330 and settled him with waiata.
Obs stable, BSL 9.2. PRN haloperidol not required.`,
  ],
  [
    'lab-report',
    `Northside Regional Laboratory — Final Report
Patient: [[PERSON|GARRISON, Eleanor J]]   Acct: [[MRN|A90113427]]   Accession: [[MRN|NR26-3318805]]
Collected: [[DATE|11/20/2026]] 07:42   Reported 13:10
Ordering: [[PERSON|Paul Weatherby]], NP   Patient address: [[ADDRESS|12 Bramblewood Ct, Kettering, OH 45440]]
TSH 0.08 L (0.45–4.50 mIU/L)
Free T4 2.9 H (0.8–1.8 ng/dL)
TRAb 6.4 H (<1.75 IU/L)`,
  ],
  [
    'lab-report',
    `Microbiology report
Patient: [[PERSON|Aaliyah Bashir]]   MRN: [[MRN|L2291847]]   NHS: [[INSURANCE_ID|${nhs('730488')}]]
Specimen: MSU, lab no. [[MRN|M26.0448721]] | date received [[DATE|21/11/2026]]
Growth: >10^5 cfu/mL Klebsiella pneumoniae (ESBL producer).
Susceptible — meropenem, fosfomycin, nitrofurantoin
R: trimethoprim, cefalexin, co-amoxiclav
Comment: Phoned to Dr [[PERSON|Hollis]] at Chapeltown Health Centre.
Authorised: Dr [[PERSON|C. Ibekwe-Lund]]`,
  ],
  [
    'lab-report',
    `Collecting your 24-hour urine
Start on a morning when you can stay near a toilet all day. Pass the first urine of the morning into the toilet as normal and write down the time: this is your start.
From then on, every drop goes into the orange container, including the first urine the next morning at the same time.
Keep the container cool and out of reach of children. It contains a little acid, so do not pour it out.
Drop it at the pathology desk no later than a day after you finish.`,
  ],
  [
    'imaging-report',
    `CT Abdomen/Pelvis with contrast
Patient: [[PERSON|Nigel Oyelaran-Smith]]   RIS no: [[MRN|RXH26118834]]   Date: [[DATE|19/11/2026]]
Clinical: RIF pain, CRP 156.
The appendix measures 13 mm, with surrounding inflammatory change and an adjacent 2.1 cm fluid collection. No free gas.
Conclusion: Perforated appendicitis with small abscess.
Reported by Dr [[PERSON|Imogen Thackeray]], Consultant Radiologist; discussed with surgical registrar [[PERSON|Dan Okonjo]] at 16:45.`,
  ],
  [
    'imaging-report',
    `Screening mammogram
[[PERSON|Graciela Arvizu]]   Phone [[PHONE|(520) 555-0148]]   MRN [[MRN|TW-6183027]]   Exam date [[DATE|11/18/2026]]
Breast density: C (heterogeneously dense).
Findings: A new cluster of fine pleomorphic microcalcifications, 7 mm, in the upper outer left breast.
BI-RADS 4B. Recommend stereotactic core biopsy (to be scheduled).
Radiologist: [[PERSON|Howard Pelletier]], MD`,
  ],
  [
    'imaging-report',
    `Ultrasound — kidneys and bladder
Patient: [[PERSON|Jarrod Tindale]]   UR: [[MRN|TH0773418]]   Referrer: Dr [[PERSON|Kiri Sandford]]
Date: [[DATE|23 Nov 2026]]
Right kidney 11.2 cm, moderate hydronephrosis, 9 mm stone at the pelviureteric junction. The left kidney is unremarkable. Post-void residual 40 mL.
Patient address: [[ADDRESS|15 Herries Street, Toowoomba QLD 4350]]`,
  ],
  [
    'prescription',
    `ePrescription — sent [[DATE|11/24/2026]] 10:52 to Harmon Pharmacy #204
Patient: [[PERSON|Trevon Ellison]]   Ph [[PHONE|(404) 555-0171]]
Address: [[ADDRESS|2218 Glenwood Ave SE, Atlanta, GA 30316]]
Valacyclovir 1 g tab: take one by mouth twice daily for 10 days. Qty 20. No refills.
Rx #: [[MRN|7043318]]
Prescriber: [[PERSON|Linh Tran-Ward]], PA-C`,
  ],
  [
    'prescription',
    `[[PERSON|Sione Latu-Vaipulu]]   NHI [[INSURANCE_ID|${nhi('PXD', '416')}]]   Rx no. [[MRN|RX-662017]]
[[ADDRESS|16 Kohuhu Street, Māngere East, Auckland 2024]]
Rx: Allopurinol 100 mg daily, increase by 100 mg every 4 weeks to urate below 0.36. Mitte 3/12.
Colchicine 0.5 mg BD for 3 months.
Prescriber: Dr [[PERSON|Ana Lemalu]]   Date [[DATE|20/11/2026]]`,
  ],
  [
    'prescription',
    `Taking rivaroxaban safely
• Take it with your evening meal; it is absorbed better with food.
• If you forget a dose, take it the same day as soon as you remember, and never double up the next day.
• Tell your dentist before extractions, but do not stop it on your own.
• Get help straight away for black stools, coughing or vomiting blood, or a bad headache after a fall.
• Carry your anticoagulant alert card in your wallet.`,
  ],
  [
    'consent',
    `Consent Form 4 — adults unable to consent
Patient: [[PERSON|Raymond Pask]]   Hospital no: [[MRN|K5512309]]
Resides at Rosehill Nursing Home, [[ADDRESS|2 Church Walk, Kidderminster DY10 2AX]]
Proposed procedure: PEG tube insertion
Capacity assessed [[DATE|22/11/2026]] — advanced dementia; he could not hold on to or use what he was told.
No family; Independent Mental Capacity Advocate [[PERSON|Olwen Treharne]] consulted.
Decision made in his best interests by Dr [[PERSON|Jasper Holm]], gastroenterology consultant, on [[DATE|23/11/2026]].`,
  ],
  [
    'consent',
    `Informed consent for procedure
Patient: [[PERSON|Nguyễn Thị Hoa]]   MRN [[MRN|VG-00482917]]
Identity verified: Vietnamese passport [[PASSPORT|C5836172]]
Address: [[ADDRESS|1846 Story Rd, Apt 12, San Jose, CA 95122]]   Phone [[PHONE|(408) 555-0165]]
Procedure: Cardiac catheterization with possible PCI
Interpreter: [[PERSON|Tuan Pham]] (Vietnamese)
Patient signature: [[PERSON|Nguyễn Thị Hoa]]   Date/time: [[DATE|11/22/2026]] 07:45
Witness: [[PERSON|Carla Benedetti]], RN
Physician: [[PERSON|Omar Haddad]], MD`,
  ],
  [
    'consent',
    `Consent for anaesthesia and procedure — child
Child: [[PERSON|Mila Kovačević]], DOB [[DATE|04/02/2020]], UR [[MRN|RCH8830142]]
Operation: adenotonsillectomy, planned [[DATE|01/12/2026]].
Parent/guardian: [[PERSON|Dragana Kovačević]] (mother). ID sighted: Serbian passport [[PASSPORT|012874563]]
Contact: [[PHONE|(03) 7010 5528]]
Anaesthetist: Dr [[PERSON|Rohan Pillai]]`,
  ],
  [
    'billing',
    `Patient statement — Lakeshore Medical Group
Statement issued [[DATE|11/20/2026]] | Acct no. [[MRN|LMG-7402985]]
Guarantor: [[PERSON|Deborah Kessler]]   Patient: [[PERSON|Noah Kessler]] (son)
Service [[DATE|10/28/2026]]: urgent care visit, wrist x-ray
Charges $412.00; UnitedHealthcare paid $287.40; patient responsibility $124.60
Member ID: [[INSURANCE_ID|917422038]]
Paid by Mastercard [[BANK_CARD|${spaced(luhn('545762019843711'))}]] (payment posted)
Billing address: [[ADDRESS|880 Lakeview Rd, Unit 5, Madison, WI 53711]]`,
  ],
  [
    'billing',
    `Invoice — private hospital, Galway
Invoice no. BSG-26-11873
Patient: [[PERSON|Caoimhe Breathnach]]   Hospital no.: [[MRN|GAL447106]]
Insurer: Laya Healthcare   Membership no.: [[INSURANCE_ID|LY40729581]]
Admission: [[DATE|12/11/2026]]   Discharge: [[DATE|14/11/2026]]   Laparoscopic cholecystectomy
Excess payable by patient: €150.00
Address: [[ADDRESS|12 Seapoint Promenade, Salthill, Galway H91 T2C4]]`,
  ],
  [
    'billing',
    `Uninsured services — fees effective January 2027
Sick note for employer or school: $25
Insurance or disability forms: $40 to $120 depending on length
Transfer of records to another clinic: $30, plus $0.25 a page after 20 pages
Missed appointment without 24 hours' notice: $50
Travel vaccines: priced per dose, ask at the front desk
These services are not covered by the provincial health plan.`,
  ],
  [
    'online-consult',
    `Online consultation form, received [[DATE|22/11/2026]] at 21:47
Patient: [[PERSON|Harriet Blundell]]   NHS [[INSURANCE_ID|${nhs('382716')}]]
Email: [[EMAIL|hblundell94@example.co.uk]]   Mobile: [[PHONE|07700 900459]]
What would you like help with? "Painful red right eye since Friday, light hurts, I wear contact lenses."
Practice response (Dr [[PERSON|Ferris]]): please attend eye casualty today; reference [[MRN|EC-3317208]].`,
  ],
  [
    'online-consult',
    `Telehealth visit note — Dermatology
Visit ID [[MRN|TH-9307716]]   [[DATE|11/23/2026]] 16:00 CT
Patient [[PERSON|Caleb Lundgren]] joined from IP [[IP|198.51.100.206]] via [[URL|https://derm-video.example.com/r/TH-9307716]]
Photos show annular plaques with central clearing, left forearm; KOH positive. Dx tinea corporis. Terbinafine cream BID for 2 weeks.
Provider: [[PERSON|Renée Fontaine]], MD`,
  ],
  [
    'online-consult',
    `Telehealth chat transcript
[[DATE|21/11/2026]] 09:12 [[ACCOUNT|jess_m_1988]]: hi, my levothyroxine script ran out, can I get a repeat?
09:14 Dr [[PERSON|Aroha Bennett]]: Hi [[PERSON|Jessica]], can you confirm your DOB and Medicare number?
09:15 [[ACCOUNT|jess_m_1988]]: [[DATE|03/05/1988]], [[INSURANCE_ID|${medicare('41902736', '3')}]]
09:17 Dr [[PERSON|Aroha Bennett]]: Thanks. Your last TSH was fine in [[DATE|August]]. eScript sent to your mobile: [[URL|https://escript.example.com.au/t/8QJ4XW2]]
Session log: login from [[IP|203.0.113.172]]`,
  ],
  [
    'patient-message',
    `Portal message — [[DATE|Nov 22, 2026]]
From: [[PERSON|Patricia Dunleavy]] (user [[ACCOUNT|pdunleavy58]])
To: Dr [[PERSON|Sandeep Arora]]
Subject: BP readings
Hi Dr [[PERSON|Arora]], home BP this week averaged 148/92 after the lisinopril went up to 20 mg. My ankles are puffy too. Should I come in before my appointment on [[DATE|December 9]]? My cell is [[PHONE|(614) 555-0112]] if easier.
Thanks, [[PERSON|Pat]]
Sent from [[IP|198.51.100.151]]`,
  ],
  [
    'patient-message',
    `From: [[EMAIL|g.abernethy@example.org.uk]]
Sent: [[DATE|23 November 2026]] 08:03
Subject: Fit note and repeat prescription
Hello, I'm [[PERSON|Gordon Abernethy]], date of birth [[DATE|2 April 1961]]. Could Dr [[PERSON|Lyle]] please extend my fit note? I'm still off work after the shoulder operation last month; my hospital number is [[MRN|K7702416]]. I also need a repeat of co-codamol 30/500.
Address [[ADDRESS|7 Thornhill Crescent, Sunderland SR2 7LF]]. Phone [[PHONE|0191 498 0533]].`,
  ],
  [
    'patient-message',
    `WhatsApp — clinic line
[[DATE|20/11]] 18:22 [[PHONE|+65 8832 5107]]: Hi, this is [[PERSON|Nurul Aini binte Jamal]]. My son [[PERSON|Irfan]] has had fever 39.2 since yesterday, can I bring him tomorrow morning? His birth cert no. [[ID_CARD|${nric('T', '1639274')}]]
18:30 Clinic: Hi [[PERSON|Nurul]], there is a slot at 9.15am on [[DATE|21/11]], queue no. [[MRN|A017]]. Please bring his health booklet.`,
  ],
  [
    'family-chat',
    `Grandad's hospital run
[[PERSON|Ellie]]: who's taking Grandad to the eye clinic on Thursday [[DATE|26th]]?
[[PERSON|Rob]]: me, I'll take the Skoda, [[PLATE|YR19 KZV]]
Mum: he's [[AGE|92]] Rob, help him in properly this time
[[PERSON|Rob]]: 😂 yes Mum
[[PERSON|Ellie]]: appointment letter says hospital number [[MRN|RWJ 0443819]], clinic 3
Mum: his blue badge is in the glovebox`,
  ],
  [
    'family-chat',
    `Mom's surgery
[[PERSON|Danielle]]: hospital wants a deposit for the private room, $600
[[PERSON|Marcus]]: use my card [[BANK_CARD|${spaced(luhn('414720836172559'))}]], exp 07/29
[[PERSON|Danielle]]: ok. Mom is in room [[MRN|418]], surgery moved to [[DATE|Dec 2]]
Aunt [[PERSON|Lorraine]]: I'll drive her home after. Her address is [[ADDRESS|1407 Birchmount Rd, Scarborough, ON M1P 2E3]] right?
[[PERSON|Marcus]]: yep`,
  ],
  [
    'family-chat',
    `Nanna's respite
[[PERSON|Kylie]]: Nanna's respite at Banksia Lodge starts Monday [[DATE|30 Nov]]
[[PERSON|Shane]]: I'll bring her chair in the ute, [[PLATE|CX 58 QH]]
[[PERSON|Kylie]]: her My Aged Care ID is [[MRN|AC61047582]], they keep asking for it
[[PERSON|Shane]]: and her Medicare card [[INSURANCE_ID|${medicare('61830495', '4')}]], it's in the kitchen drawer`,
  ],
  [
    'sms-reminder',
    `Mr [[PERSON|D Okonkwo]]: eye screening for diabetes booked for [[DATE|08/12/2026]], 10:20, Kingsway Health Centre. Ref [[MRN|DES-5583107]]. Dilating drops can make your sight blurry, so please don't drive there. Reply CANCEL to cancel.`,
  ],
  [
    'sms-reminder',
    `Hollis Pharmacy: [[PERSON|MARGARET]], Rx [[MRN|6120984]] (atorvastatin 40mg) is ready for pickup at [[ADDRESS|410 Main St, Bozeman, MT 59715]] until [[DATE|12/01]]. Text STOP to opt out.`,
  ],
  [
    'sms-reminder',
    `Riverside Surgery: autumn Covid-19 boosters for over-75s and care-home residents are now available. Book online or call after 11am. No walk-ins at weekends. Text STOP to opt out of these messages.`,
  ],
  [
    'xlh-clinic',
    `Metabolic Bone Clinic
Clinic date: [[DATE|17/11/2026]]   Home: [[ADDRESS|58 Yew Tree Lane, Solihull B91 2NH]]
Re: [[PERSON|Freddie Ashworth]], DOB [[DATE|22/06/2017]], Hosp no [[MRN|BCH0667213]], NHS [[INSURANCE_ID|${nhs('811452')}]]
Diagnosis: X-linked hypophosphataemia (PHEX c.1968+1G>A), inherited from his mother, [[PERSON|Laura Ashworth]].
Burosumab 0.8 mg/kg every 2 weeks for the past two years: fasting phosphate 0.98 mmol/L, ALP 318 U/L. Intercondylar distance 2 cm. RSS 1.0.
Dental: two abscesses this year; referred to paediatric dentistry.
Next review [[DATE|February 2027]].
Dr [[PERSON|Miriam Haldane]], Consultant in Paediatric Endocrinology
cc: GP, Dr [[PERSON|Sunil Mehra]]`,
  ],
  [
    'xlh-clinic',
    `Adult XLH clinic — follow-up   [[DATE|11/19/2026]]
[[PERSON|Corinne Vasquez-Hale]], 44F, MRN [[MRN|UM-7730416]]
Enthesopathy: bilateral Achilles and plantar fascia; hearing loss L (audiology last month).
Labs: serum phosphate 2.1 mg/dL, 1,25-(OH)2D 38 pg/mL, PTH 71.
On burosumab 1 mg/kg q4w since [[DATE|09/2025]]; pseudofracture L femur healing on x-ray.
Coverage: BCBS ID [[INSURANCE_ID|XEV884102716]], prior auth renewed. Phone [[PHONE|(734) 555-0107]]
Daughter [[PERSON|Ava]], 12, also affected, seen in the pediatric clinic.
[[PERSON|Marguerite Adesanya-Cole]], MD, Endocrinology`,
  ],
  [
    'xlh-clinic',
    `Endocrine outpatients — [[DATE|24 November 2026]]
Patient [[PERSON|Kieran Lowry]], 29, UR [[MRN|RA3918460]], Medicare [[INSURANCE_ID|${medicare('21376054', '2')}]]
Known XLH (father [[PERSON|Desmond Lowry]] also affected). Took calcitriol and phosphate as a child, stopped in [[DATE|2019]].
Now: knee pain, waddling gait, bilateral genu varum. Phosphate 0.55. Discussed burosumab PBS criteria.
Address: [[ADDRESS|3/41 Fourth Avenue, Glynde SA 5070]]   Mob [[PHONE|(08) 5550 4917]]
Dr [[PERSON|Devika Raghunathan]]`,
  ],
  [
    'aatd-clinic',
    `Alpha-1 Antitrypsin Deficiency Clinic — review [[DATE|20/11/2026]]
[[PERSON|Séamus Ó Conchubhair]], MRN [[MRN|BMT2209841]], PPSN [[ID_CARD|3948217QA]]
Genotype PiZZ (AAT 0.18 g/L), found through the national targeted detection programme in [[DATE|2019]].
FEV1 61% predicted, DLCO 48%. CT densitometry shows basal panlobular emphysema.
Ex-smoker, 20 pack-years, quit twelve years ago. Sister [[PERSON|Bríd]] is PiMZ.
Plan: pulmonary rehabilitation; liver elastography; augmentation therapy is not reimbursed, trial discussed.
Address: [[ADDRESS|Apt 6, Ardilaun Court, Clontarf, Dublin 3, D03 R2X4]]
Medical card: [[INSURANCE_ID|7741028B]]   Mobile: [[PHONE|087 552 1906]]`,
  ],
  [
    'aatd-clinic',
    `Home infusion record — alpha-1 augmentation
Patient: [[PERSON|Wendell Rasmussen]]   Pt ID [[MRN|HIS-208847]]
Visit [[DATE|11/20/2026]]: alpha-1 proteinase inhibitor 60 mg/kg (5,040 mg) IV over 32 min via R hand PIV. Pre-vitals BP 134/80, SpO2 93%. No reaction.
Next infusion [[DATE|11/27/2026]] at [[ADDRESS|5530 Larkin Hollow Rd, Boone, NC 28607]]
Medicare MBI [[INSURANCE_ID|8DJ4-RN6-TA52]]
Nurse: [[PERSON|Shauna Blevins]], RN   Lot 27HB4471`,
  ],
  [
    'aatd-clinic',
    `Hepatology clinic letter
[[DATE|16 November 2026]]
Re: [[PERSON|Ailsa Drummond]], CHI [[INSURANCE_ID|${chi('240483', '372')}]], [[ADDRESS|7/3 Lauderdale Street, Edinburgh EH9 1DE]], Hospital no [[MRN|EDN3317405]]
Dear Dr [[PERSON|Baird]],
Thank you for referring Ms [[PERSON|Drummond]] (PiZZ, AAT 0.22 g/L) with an ALT of 84 and a liver stiffness of 11.4 kPa. We will repeat elastography in 12 months and start six-monthly ultrasound surveillance. Her children, [[PERSON|Finlay]] and [[PERSON|Isla]], should be offered testing.
Dr [[PERSON|Euan Carmichael]], Consultant Hepatologist`,
  ],
  [
    'trichotillomania-clinic',
    `BFRB clinic intake — [[DATE|11/18/2026]]
Client: [[PERSON|Sophia Lindahl-Brooks]], 19, MRN [[MRN|BH-440219]]
Hair-pulling from scalp and eyebrows since age 11; bald patch at crown about 4 cm. MGH-HPS 21. Also picks cuticles. Pulls while studying and scrolling in bed.
No trichophagy. History of depression, on sertraline 100 mg.
Plan: ComB model, 10 weekly sessions; fidget tools; mother [[PERSON|Karen Brooks]] to stop commenting on her hair.
Aetna member ID [[INSURANCE_ID|W288170433]]   Phone [[PHONE|(617) 555-0154]]
Clinician: Dr [[PERSON|Elliot Ma]]`,
  ],
  [
    'trichotillomania-clinic',
    `Session 5 — habit reversal training
Client: [[PERSON|Anjali Varghese]]   OHIP [[INSURANCE_ID|${ohip('603928174')}]]   Clinic file [[MRN|TAC-2260]]   Date: [[DATE|2026-11-20]]
Address: [[ADDRESS|220 Dufferin Street, Unit 1408, Toronto, ON M6K 1Y9]], phone [[PHONE|(416) 555-0191]]
Self-monitoring: 9 pulling episodes (last week 17), mostly in the car at red lights. Competing response: both hands on the steering wheel, three slow breaths.
Partner [[PERSON|Kevin]] reminds her with an agreed code word.
Next: [[DATE|2026-11-27]]   Therapist: [[PERSON|Marie-Ève Gagnon]], Ph.D.`,
  ],
  [
    'trichotillomania-clinic',
    `When the urge to pull shows up
1. Notice it: where are your hands going? Name it out loud.
2. Keep your hands busy for one minute: squeeze a stress ball or press your palms together.
3. Change the setting: step away from mirrors and bright bathroom lights.
4. Jot down the time, place, mood and how many hairs, and bring the log to your next session.
5. A slip is information, not failure. Start again tomorrow.`,
  ],
  [
    'vulvodynia-clinic',
    `Vulval Pain Clinic
Clinic date: [[DATE|19/11/2026]]
Patient: [[PERSON|Rhiannon Castell]], Hosp no [[MRN|SMH2280614]]
Address: [[ADDRESS|9 Ladybarn Lane, Manchester M14 6WQ]]   Mobile: [[PHONE|07700 900826]]
Provoked vestibulodynia for two years; superficial dyspareunia; unable to use tampons. Recurrent thrush treated empirically, three negative swabs.
Cotton-swab test: pain 7/10 at 5 and 7 o'clock of the vestibule.
Plan: stop all topical antifungals; lidocaine 5% ointment; pelvic health physiotherapy referral; amitriptyline 10 mg at night.
Letter to GP, Dr [[PERSON|Hassan Qureshi]]. Seen by Dr [[PERSON|Abigail Fennimore]].`,
  ],
  [
    'vulvodynia-clinic',
    `Women's pelvic physio — session record
[[PERSON|Bianca Ferraro]], client no. [[MRN|WHP-33018]], session 4 of 8, [[DATE|23/11/2026]]
sEMG resting tone 5.9 µV (elevated). Internal manual therapy to levator ani, down-training with biofeedback. Dilator size 2 for 5 min daily.
Husband [[PERSON|Luca]] joined for the last 10 minutes; discussed non-penetrative intimacy.
Next: [[DATE|7 December]]. Physio: [[PERSON|Naomi Fitzpatrick]]. Client email [[EMAIL|bianca.ferraro@example.com.au]]`,
  ],
  [
    'vulvodynia-clinic',
    `Caring for sore vulval skin
• Wash with plain water or an emollient, not soap, bubble bath or wipes.
• Wear loose cotton underwear and avoid tight leggings for long periods.
• Pat dry; do not rub. A cool gel pack wrapped in a cloth can ease burning.
• Use a water-based lubricant for sex and stop if it hurts.
• Avoid over-the-counter thrush creams unless a swab has confirmed thrush.`,
  ],
];

export function generateDeidHoldout51(): LabelledRecord[] {
  return holdoutRecords('h51', zh, en);
}

export const DEID_HOLDOUT_51_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/labelled/deid-holdout-51.jsonl',
);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const records = generateDeidHoldout51();
  writeFileSync(DEID_HOLDOUT_51_PATH, renderJsonl(records));
  console.log(`wrote ${records.length} records to ${DEID_HOLDOUT_51_PATH}`);
}
