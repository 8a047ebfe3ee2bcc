import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chi, emirates, hkid, luhn, medicare, nhi, nhs, ohip, rid, spaced } from './check-digits.ts';
import { holdoutRecords, type LabelledRecord, renderJsonl } from './generate-deid.ts';

/**
 * The ROUND-44 fresh held-out de-identification set (data/labelled/deid-holdout-44.jsonl): 120
 * hand-written snippets (60 Chinese, 60 English) with hand-placed spans, marked inline as [[TYPE|text]]
 * (parseMarked strips the marks and records UTF-16 offsets). Written by a separate, blind annotator who
 * did not read the recognizer code, the lexicons, the name model, the registry, the regex gate, the
 * bench or the docs, read no earlier snippet beyond the first three of round 43, and never ran a
 * recognizer, the guard or the CLI on these snippets; it must not be used to adjust the recognizers.
 *
 * About four fifths are the everyday documents of a general hospital and the messages of its patients
 * (admission, progress and discharge notes, outpatient notes and dialogues, referrals, handovers,
 * nursing notes, lab and imaging reports, prescriptions and labels, consent, billing papers, online
 * consultations, patient messages, family chats and SMS reminders), in new wording; a fifth come from
 * four settings no earlier card names: hydrocephalus and shunt clinics, lysosomal storage disease
 * (Fabry and Gaucher) clinics, primary aldosteronism clinics and amyloidosis clinics.
 *
 * Identifiers are synthetic and computed below from hand-chosen parts: 18-digit resident IDs get their
 * GB 11643 check character from a region code, birth date and sequence chosen to agree with the text
 * (the last sequence digit odd for men, even for women); 15-digit IDs are typed from region code, birth
 * date and sex digit; bank cards and the Ontario health number get a Luhn digit; NHS numbers are in the
 * 999 test range with their modulus-11 digit; Scottish CHI numbers start with the birth date and carry
 * their modulus-11 digit; Australian Medicare numbers get their check digit and an issue digit; NZ
 * NHIs and the Hong Kong identity card get their check characters; the US MBI follows the published
 * character pattern. Phones are random mainland numbers or fictional ranges (North American 555-01xx,
 * UK 07700 900xxx and 01632 960xxx, Australian 0491 57x xxx); mail and web hosts are example.*; IP
 * addresses come from the documentation ranges.
 *
 * Span conventions are those of data/labelled/deid-holdout-43.card.yaml (and the earlier cards it
 * refers to); the decisions new in this round are stated in data/labelled/deid-holdout-44.card.yaml.
 */

const zh: Array<[string, string]> = [
  [
    'admission',
    `心内科入院记录
姓名：[[PERSON|上官秀英]]　性别：女　年龄：[[AGE|93]]岁
住院号：[[MRN|Z26-048153]]
身份证号：[[ID_CARD|${rid('120101', '19330419', '264')}]]
住址：[[ADDRESS|天津市和平区南京路219号锦园公寓3门701]]
入院时间：[[DATE|2026-11-22]] 09:10
主诉：活动后气促1周，双下肢水肿。NT-proBNP 2860pg/ml，血压152/84mmHg。
联系人：孙子[[PERSON|上官霁川]]　[[PHONE|13820476159]]`,
  ],
  [
    'admission',
    `入院记录（普外科）
患者[[PERSON|俄木拉且]]，男，彝族，46岁，西昌市人，因"转移性右下腹痛12小时"于[[DATE|2026年11月23日]]14时急诊入院，诊断急性阑尾炎，WBC 15.6×10⁹/L。
身份证 [[ID_CARD|${rid('513401', '19800305', '571')}]]；住院号 [[MRN|0735126]]；[[MRN|16]]床。
现住 [[ADDRESS|西昌市长安街道三岔口南路45号2栋3单元601]]
患者只讲彝语，陪护为堂弟[[PERSON|吉克拉哈]]，电话[[PHONE|183 8142 6075]]。
主治医师：[[PERSON|郝向阳]]`,
  ],
  [
    'admission',
    `老年科入院小结：[[PERSON|夏侯振邦]]，男，[[AGE|九十六]]岁，离休干部。因"纳差、乏力半月，意识淡漠1天"入院，血钠118mmol/L。出生于[[DATE|1930年5月2日]]，旧版身份证[[ID_CARD|210102300502213]]，住[[ADDRESS|沈阳市和平区南京南街126号3-2-1]]。住院号[[MRN|30094127]]，老年病房[[MRN|7]]床。代理人：长女[[PERSON|夏侯丽娟]]，电话[[PHONE|024-2381 6720]]。`,
  ],
  [
    'progress-note',
    `病程记录 [[DATE|2026-11-23]] 10:15 主任查房
[[MRN|21]]床[[PERSON|慕容晓光]]，男，58岁，社区获得性肺炎第5天。体温已降至36.8℃，CRP 48→12mg/L。[[PERSON|周]]主任查看患者后指示：头孢曲松2g qd继续至[[DATE|11月26日]]，届时复查胸片。妻子[[PERSON|兰秋菊]]询问出院时间，已告知。
住院号 [[MRN|60428813]]`,
  ],
  [
    'progress-note',
    `病程记录（[[DATE|11月22日]]）
[[MRN|9]]床[[PERSON|努尔比亚·买合木提]]，女，维吾尔族，39岁，孕32周，妊娠期糖尿病。空腹血糖6.8mmol/L，门冬胰岛素4U tid。丈夫[[PERSON|艾尔肯·热合曼]]汉语不熟练，由护士[[PERSON|米合热阿依]]翻译。10床今日空床。住院号[[MRN|B0218845]]。医师：[[PERSON|敖敦格日乐]]`,
  ],
  [
    'progress-note',
    `转科记录
患者[[PERSON|江鸥]]，女，71岁，病历号[[MRN|BL00781246]]，因"急性前壁心肌梗死"于[[DATE|2026年11月18日]]入住CCU，[[DATE|11月19日]]行PCI，前降支置入支架1枚。现胸痛消失，肌钙蛋白I 8.2→0.6ng/ml，于[[DATE|11月24日]]转入心内科普通病房[[MRN|35]]床。儿子[[PERSON|许晨阳]]，电话[[PHONE|13692051847]]。`,
  ],
  [
    'discharge',
    `出院记录
姓名：[[PERSON|覃玉凤]]　性别：女　民族：壮族　年龄：[[AGE|90]]岁
住院号：[[MRN|4510-22871]]
入院日期：[[DATE|2026-11-10]]　出院日期：[[DATE|2026-11-24]]
出院诊断：右股骨颈骨折，人工股骨头置换术后。
出院医嘱：助行器辅助行走；利伐沙班10mg qd至[[DATE|12月8日]]。
地址：[[ADDRESS|广西南宁市青秀区民族大道136号4栋2单元502]]
联系人：女儿[[PERSON|韦小红]] [[PHONE|177 7713 0642]]`,
  ],
  [
    'discharge',
    `诊断证明书
兹证明[[PERSON|常柏舟]]，男，43岁，身份证号[[ID_CARD|${rid('140105', '19830821', '157')}]]，于[[DATE|2026年11月17日]]至[[DATE|11月24日]]在我院骨科住院（住院号[[MRN|TY2611586]]），诊断：左胫骨平台骨折术后。建议全休壹个月，避免负重。
医师签名：[[PERSON|闫瑞峰]]
开具日期：[[DATE|2026年11月24日]]`,
  ],
  [
    'discharge',
    `出院小结（交社区）
[[PERSON|宇文丹]]，女，66岁，2型糖尿病足溃疡清创术后，门诊号[[MRN|MZ51033072]]。出院后由南岭街道社区卫生服务中心每周上门换药两次，家庭病床地址：[[ADDRESS|长春市南关区自由大路318号5栋103]]。女儿[[PERSON|宇文晓萱]]手机[[PHONE|15804316729]]，微信号[[ACCOUNT|xuan_ywx0612]]。下次内分泌门诊：[[DATE|2026年12月15日]]。`,
  ],
  [
    'outpatient',
    `门诊对话记录（老年科）
医生：老人家叫什么名字？
患者：[[PERSON|诸葛桂芝]]。
医生：今年多大岁数？
患者：[[AGE|九十四]]了，属猴的。
家属：我妈是[[DATE|1932年3月15日]]生的，身份证在这儿：[[ID_CARD|${rid('530102', '19320315', '048')}]]。
医生：好，门诊号[[MRN|K0379152]]。早上血压多少？
家属：一般150左右，吃着氨氯地平5mg。
医生：加一片，[[DATE|12月10日]]再来。`,
  ],
  [
    'outpatient',
    `儿科门诊病历
患儿：[[PERSON|卢子墨]]（小名"[[PERSON|栗宝]]"），男，4岁3月，出生日期[[DATE|2022-08-19]]
就诊卡号：[[MRN|ER0066281]]
主诉：发热2天，最高39.4℃，伴咳嗽。咽充血，双肺呼吸音粗，甲流抗原阳性。
处理：奥司他韦颗粒30mg bid×5天。
陪诊：母亲[[PERSON|林可欣]]，[[PHONE|18650372981]]
住址：[[ADDRESS|福州市鼓楼区温泉街道东大路67号1座903]]`,
  ],
  [
    'outpatient',
    `皮肤科门诊 [[DATE|2026年11月24日]]
[[PERSON|向砚]]，男，27岁，外卖骑手，门诊号[[MRN|PF26-11708]]。双手湿疹反复3月。处方：卤米松乳膏外用，西替利嗪10mg qn。嘱避免接触洗涤剂。单位要求病假条，。手机[[PHONE|199 2810 4637]]。复诊：[[DATE|12月8日]]上午。接诊：[[PERSON|司徒嘉慧]]`,
  ],
  [
    'referral',
    `双向转诊单（上转）
患者：[[PERSON|玉应叫]]　女　傣族　52岁
身份证号：[[ID_CARD|${rid('532801', '19740627', '186')}]]
城乡居民医保号：[[INSURANCE_ID|YN5328 0174 0627 18]]
家庭住址：[[ADDRESS|云南省景洪市嘎洒镇曼迈村28号]]
病情摘要：宫颈TCT示HSIL，HPV16阳性，需阴道镜下活检，本院无条件。
转诊日期：[[DATE|2026年11月23日]]
转出医生：[[PERSON|岩帕]]　联系电话：[[PHONE|0691-2138 4607]]
接诊医院：西双版纳州人民医院妇科`,
  ],
  [
    'referral',
    `下转社区康复：[[PERSON|百里青]]，男，74岁，脑梗死恢复期，住院号[[MRN|HZ0932571]]，[[DATE|11月24日]]出院。请区康复医院继续偏瘫肢体训练，阿司匹林100mg、阿托伐他汀20mg续服。现住[[ADDRESS|杭州市西湖区文三路477号2幢1单元402室]]，医保号[[INSURANCE_ID|330106A8812057]]。老伴[[PERSON|骆月娥]]，电话[[PHONE|0571-8869 3512]]。`,
  ],
  [
    'referral',
    `会诊转诊函
致上级医院风湿免疫科：
兹有我院患者[[PERSON|哈丽达·努尔兰]]，女，哈萨克族，31岁，门诊号[[MRN|MZ20263904]]，身份证[[ID_CARD|${rid('652301', '19950212', '064')}]]。反复口腔溃疡、多关节痛伴蛋白尿2年，抗dsDNA阳性，24h尿蛋白2.6g，疑诊狼疮肾炎，需肾穿刺，特此转诊。
住址：[[ADDRESS|新疆昌吉市北京南路66号康宁小区8栋2单元301]]
患者电话[[PHONE|18999421076]]。
转诊医师：[[PERSON|鲁建疆]]　[[DATE|2026年11月24日]]`,
  ],
  [
    'handover',
    `夜班交班（口述转写，[[DATE|11月24日]]晨）
[[MRN|三]]床[[PERSON|褚]]……[[PERSON|褚秋生]]，阑尾术后第一天，夜里体温37.9，物理降温后好了。[[MRN|七]]床[[PERSON|麦]]阿婆，[[AGE|九十二]]岁，凌晨三点想自己下床，差点摔，已上床栏，家属[[PERSON|麦志坚]]说早上来。八床昨天出院，空着。[[MRN|十一]]床[[PERSON|巫山]]，胆囊术后，引流量20ml，住院号尾号……哦，住院号[[MRN|55018736]]，早上要抽血。`,
  ],
  [
    'handover',
    `ICU交接班表 [[DATE|2026-11-23]] 白班→夜班
床号｜姓名｜住院号｜要点
[[MRN|ICU-02]]｜[[PERSON|阚德明]]｜[[MRN|71230954]]｜重症胰腺炎，CRRT中，去甲肾上腺素0.08μg/kg/min
ICU-03｜空床｜—｜—
[[MRN|ICU-04]]｜[[PERSON|仲孙婉清]]｜[[MRN|71231188]]｜术后呼吸机辅助，FiO2 40%，拟明日脱机
[[MRN|ICU-05]]｜[[PERSON|杭国庆]]｜[[MRN|71229860]]｜[[AGE|91]]岁，感染性休克，乳酸3.1mmol/L，家属[[PERSON|杭玉兰]] [[PHONE|13585207416]]`,
  ],
  [
    'handover',
    `SBAR交接（急诊→消化内科）
S：[[PERSON|荆楚雄]]，男，62岁，上消化道出血，急诊号[[MRN|JZ2611240037]]。
B：肝硬化病史，[[DATE|2025年4月]]曾行食管静脉曲张套扎。
A：Hb 72g/L，心率108次/分，已输悬浮红细胞2U，奥美拉唑8mg/h泵入。
R：入消化内科[[MRN|12]]床，明晨胃镜。妻子[[PERSON|潘秀云]]，[[PHONE|027-8761 3352]]。`,
  ],
  [
    'nursing-note',
    `护理记录单 [[DATE|2026-11-23]]
[[MRN|18]]床　[[PERSON|淳于兰芬]]　女　[[AGE|97]]岁　住院号[[MRN|20415569]]
08:00 神清，Braden评分12分，骶尾部压红约3×2cm，予泡沫敷料保护，每2小时翻身。
14:00 进食半流质约200ml。
20:00 孙子[[PERSON|淳于明]]探视（[[PHONE|15640218837]]），告知防坠床注意事项，已签字。`,
  ],
  [
    'nursing-note',
    `新生儿科护理记录 [[DATE|11月24日]]
患儿：[[PERSON|贝思琪]]之女，出生日期[[DATE|2026-11-21]]，胎龄35+2周，出生体重2180g，住院号[[MRN|XS2611947]]，暖箱[[MRN|3]]号。
06:00 经皮胆红素12.8mg/dl，遵医嘱蓝光治疗。
10:00 母亲[[PERSON|贝思琪]]送来母乳约40ml，已冷藏。父亲[[PERSON|彭宇航]]手机[[PHONE|13167208839]]。`,
  ],
  [
    'nursing-note',
    `居家护理上门记录
服务对象：[[PERSON|阎大有]]，男，[[AGE|99]]岁，长期卧床，留置导尿。
地址：[[ADDRESS|西安市雁塔区小寨东路12号院3号楼2单元6层东户]]
上门日期：[[DATE|2026年11月23日]]
更换16Fr导尿管，尿色清，约900ml/日。指导保姆小[[PERSON|潘]]每日会阴护理。
下次上门：[[DATE|12月21日]]。长护险号：[[INSURANCE_ID|CH6101 2026 0447]]`,
  ],
  [
    'lab-report',
    `检验报告单
姓名：[[PERSON|东方晓岚]]　性别：女　年龄：35岁　门诊号：[[MRN|M26119384]]
标本号：[[MRN|2611240158]]　标本：血清
ALT 86 U/L（7-40）　AST 62 U/L（13-35）
HBsAg 阳性　HBeAg 阴性　HBV-DNA 2.3×10⁵ IU/ml
采样时间：[[DATE|2026-11-24]] 07:42　报告时间：[[DATE|2026-11-24]] 15:10
审核者：[[PERSON|汤立新]]
电子报告已推送至[[EMAIL|dxl_1991@example.cn]]`,
  ],
  [
    'lab-report',
    `病理诊断报告
病理号：[[MRN|P2026-18437]]　住院号：[[MRN|41107723]]
姓名：[[PERSON|温良]]　男　69岁　送检科室：胃肠外科
送检日期：[[DATE|2026年11月19日]]
大体：远端胃切除标本，小弯侧见溃疡型肿物3.5×3cm。
诊断：胃窦中分化腺癌，浸润至浆膜下层，淋巴结转移（3/21），HER2（1+）。
报告日期：[[DATE|2026年11月24日]]　诊断医师：[[PERSON|阿拉坦仓]]`,
  ],
  [
    'lab-report',
    `检验科温馨提示
1. 抽血前一天晚餐宜清淡，晚上10点后禁食，可少量饮水。
2. 糖耐量试验需在2小时内抽血3次，期间请勿进食、吸烟或剧烈活动。
3. 请携带就诊卡，在自助机打印条码后排队。
4. 报告一般在采血后次日下午可在自助机或医院公众号查询。`,
  ],
  [
    'imaging-report',
    `CT检查报告
检查号：[[MRN|CT26112401583]]　影像号：[[MRN|Y0078214]]
姓名：[[PERSON|尉迟国梁]]　性别：男　年龄：[[AGE|90]]岁　科室：急诊内科
检查项目：头颅CT平扫
所见：右侧额颞部新月形高密度影，最厚处约11mm，中线左移约4mm。
诊断意见：右侧额颞部急性硬膜下血肿。
检查日期：[[DATE|2026-11-24]]　报告医师：[[PERSON|隋岸]]`,
  ],
  [
    'imaging-report',
    `超声检查报告单
姓名：[[PERSON|白鹭]]　女　29岁　门诊号：[[MRN|0019284637]]　超声号：[[MRN|US-26-52738]]
末次月经：[[DATE|2026-09-02]]
宫内单活胎，CRL 45mm，相当于11+6周，NT 1.6mm。
预产期：[[DATE|2027-06-09]]
检查日期：[[DATE|2026年11月24日]]　医师：[[PERSON|滕子乔]]`,
  ],
  [
    'imaging-report',
    `MRI检查预约单
姓名：[[PERSON|令狐春生]]　男　61岁　住院号：[[MRN|88017425]]　[[MRN|6]]床
检查项目：腰椎MRI平扫+增强　预约号：[[MRN|MR1128-0417]]
检查时间：[[DATE|2026年11月28日]] 14:30，请提前30分钟到放射科二楼登记
注意：体内有心脏起搏器或金属植入物请主动告知；增强检查需家属陪同签字。肌酐88μmol/L。
家属：[[PERSON|令狐晏]]　[[PHONE|15129476031]]`,
  ],
  [
    'prescription',
    `处方笺（普通）　[[DATE|2026-11-24]]
费别：医保　医保号：[[INSURANCE_ID|1101 0526 7712 03]]
姓名：[[PERSON|欧阳可]]　性别：男　年龄：[[AGE|95]]岁　门诊号：[[MRN|BJ0618274]]
诊断：前列腺增生；高血压病
Rp：非那雄胺片 5mg×30片　5mg qd
　　硝苯地平控释片 30mg×28片　30mg qd
医师：[[PERSON|甘澍]]　取药号：[[MRN|0173]]`,
  ],
  [
    'prescription',
    `中药代煎配送单
姓名：[[PERSON|郗慧敏]]　手机：[[PHONE|18911702364]]
处方号：[[MRN|ZY261124-0291]]　代煎7剂，每剂2袋，每日早晚各一袋温服
开方医师：[[PERSON|秦岭]]
配送地址：[[ADDRESS|北京市朝阳区望京西园三区312号楼1门1603]]
备注：[[PERSON|郗慧敏]]本人不在时可交门卫老[[PERSON|赵]]代收。`,
  ],
  [
    'prescription',
    `药袋标签　[[DATE|2026.11.24]]
[[PERSON|饶一诺]]（3岁）　就诊卡[[MRN|EK2611-8812]]　取药号[[MRN|A207]]
阿莫西林克拉维酸钾干混悬剂：每次3ml，每日2次，饭后
布洛芬混悬液：每次4ml，体温>38.5℃时服，间隔不少于6小时
调配：[[PERSON|车晓蕾]]　核对：[[PERSON|伍一帆]]`,
  ],
  [
    'consent',
    `手术知情同意书（节选）
患者姓名：[[PERSON|万俟明轩]]　性别：男　年龄：57岁　住院号：[[MRN|60193357]]
拟行手术：腹腔镜胆囊切除术　拟手术日期：[[DATE|2026年11月25日]]
术中如发现胆总管结石，可能中转开腹或行胆道探查。
患者签名：[[PERSON|万俟明轩]]　日期：[[DATE|2026-11-24]]
被授权人：妻子[[PERSON|霍佳]]　身份证号：[[ID_CARD|${rid('230102', '19720909', '428')}]]　电话：[[PHONE|0451-8632 7715]]`,
  ],
  [
    'consent',
    `输血治疗同意书
患者：[[PERSON|钮金花]]，女，[[AGE|九十]]岁，住院号[[MRN|T09815432]]，[[MRN|23]]床，身份证[[ID_CARD|320102360721224]]。诊断：消化道出血，重度贫血（Hb 58g/L）。
拟输注悬浮红细胞2U。输血可能出现发热、过敏、溶血等反应。
患者听力差，由儿子代签：[[PERSON|钮建国]]，身份证[[ID_CARD|${rid('320102', '19620314', '153')}]]，[[DATE|2026年11月23日]]。
医师：[[PERSON|蓝溪]]`,
  ],
  [
    'consent',
    `临床研究知情同意书签字页
研究：社区老年人衰弱干预随机对照研究
受试者编号：[[MRN|FR-0217]]
受试者：[[PERSON|龚自如]]　身份证号：[[ID_CARD|${rid('310104', '19480402', '065')}]]
联系电话：[[PHONE|021-6487 2039]]　签名日期：[[DATE|2026年11月24日]]
见证人：女儿[[PERSON|龚韵]]（持护照[[PASSPORT|E63018275]]回国探亲）`,
  ],
  [
    'billing',
    `住院费用结算单
姓名：[[PERSON|戈壁]]　住院号：[[MRN|62301849]]　医保类型：职工医保
医保个人编号：[[INSURANCE_ID|GS620102K0871344]]　身份证号：[[ID_CARD|${rid('620102', '19750811', '035')}]]
入院：[[DATE|2026-11-12]]　出院：[[DATE|2026-11-23]]
总费用：23,806.40元　统筹支付：16,912.15元　个人自付：6,894.25元
结算流水号：JS62261123-00418
预交金退款至：[[BANK_CARD|${spaced(luhn('621700283194057'))}]]`,
  ],
  [
    'billing',
    `门诊医保报销须知
1. 门诊费用在缴费窗口或自助机结算时，医保统筹部分直接扣减，个人只需支付自付部分。
2. 异地就医请先在参保地备案，未备案的费用需回参保地手工报销。
3. 电子票据可在缴费后通过自助机或医院公众号下载，遗失不补开纸质发票。
4. 门诊慢特病需先办理认定，认定后相关药品才能按慢病比例报销。`,
  ],
  [
    'billing',
    `困难患者费用减免申请表
申请人：[[PERSON|马存福]]（患儿之父）　身份证：[[ID_CARD|${rid('622901', '19780515', '217')}]]
患儿：[[PERSON|马思雨]]，女，9岁，急性淋巴细胞白血病，住院号[[MRN|LZ0881403]]
家庭住址：[[ADDRESS|甘肃省临夏市八坊街道王寺街37号]]
已发生费用187,430.00元，申请减免20%。
减免款退回账户（农业银行）：[[BANK_CARD|${spaced(luhn('622848049315276104'))}]]
联系电话：[[PHONE|139 1930 5476]]
审核：社工[[PERSON|尕藏才让]]　[[DATE|2026年11月24日]]`,
  ],
  [
    'online-consult',
    `互联网医院问诊记录　问诊单号：[[MRN|WZ202611240083]]
患者：[[PERSON|鲍清禾]]　女　33岁　账号：[[ACCOUNT|qinghe_bao88]]　IP：[[IP|203.0.113.77]]
[[DATE|2026-11-24]] 21:03 患者：医生您好，我在哺乳期，昨天开始右侧乳房红肿疼，体温38.2℃。
21:05 [[PERSON|喻]]医生：有没有硬块？宝宝吃奶后会不会缓解？
21:06 患者：有个鸡蛋大的硬块，吸完稍微好一点。
21:08 [[PERSON|喻]]医生：考虑急性乳腺炎，继续哺乳或吸空，可口服头孢氨苄；明天仍发热或硬块变软有波动感请线下就诊。`,
  ],
  [
    'online-consult',
    `在线问诊（图文）[[DATE|11月23日]]
[[ACCOUNT|蓝莓不酸2020]]：孩子[[PERSON|柿饼]]两岁半，出疹子三天了，手心脚心也有。
[[PERSON|莘]]医生：嘴里有没有溃疡？精神怎么样？
[[ACCOUNT|蓝莓不酸2020]]：嘴里有几个小白点，精神还行，吃得少。
[[PERSON|莘]]医生：考虑手足口病，居家隔离；若出现嗜睡、肢体抖动、呕吐，立即去医院。
问诊单号：[[MRN|TW26112300451]]　回放：[[URL|https://ih.example.cn/replay/TW26112300451]]`,
  ],
  [
    'online-consult',
    `视频复诊记录　[[DATE|2026-11-24]]
复诊编号：[[MRN|SP-2611-00917]]　患者：[[PERSON|储立秋]]　男　48岁
登录账号：[[ACCOUNT|chu_liqiu]]　登录IP：[[IP|2001:db8:41::a7]]
家庭自测血压近一周135-142/85-90mmHg，缬沙坦80mg qd，无不适。处理：加用氢氯噻嗪12.5mg qd。
处方药品快递至[[ADDRESS|合肥市蜀山区长江西路689号金座A座1208]]，收件电话[[PHONE|18956023174]]。`,
  ],
  [
    'patient-message',
    `[[PERSON|雷]]主任您好，我是上周找您做碎石的[[PERSON|郁青]]，住院号[[MRN|40277318]]。今天小便又有点红，腰不疼，需要回医院吗？[[DATE|12月2日]]复查的B超还做吗？我的新手机号是[[PHONE|17316048852]]，原来那个[[PHONE|13916207734]]停用了。——[[PERSON|郁青]]`,
  ],
  [
    'patient-message',
    `（微信留言）护士长好，我爸[[PERSON|甘长河]][[DATE|11月25日]]出院，社区要出院小结复印件，能不能发到我邮箱[[EMAIL|ganxiaoling@example.cn]]？他身份证[[ID_CARD|${rid('360102', '19510908', '013')}]]，住院号[[MRN|NC0427731]]。另外医保报销要本人去吗？我人在国外，护照号[[PASSPORT|EA6201937]]，能代办吗？我是他女儿[[PERSON|甘小玲]]，手机[[PHONE|13507913368]]。`,
  ],
  [
    'patient-message',
    `[[PERSON|梁]]医生您好！我是[[PERSON|玛依拉·吐尔洪]]的妈妈，孩子昨天在您那儿看的哮喘，门诊号[[MRN|ET0721983]]。回家后夜里咳醒两次，用沙丁胺醇两喷好些了。布地奈德是每天两次对吗？幼儿园要病假条，孩子出生日期[[DATE|2021年6月3日]]，能开吗？寄的话地址是[[ADDRESS|乌鲁木齐市天山区解放南路188号3号楼502]]，电话[[PHONE|13899820514]]。——[[PERSON|努尔尼萨]]`,
  ],
  [
    'family-chat',
    `【奶奶住院值班群👵】
大伯：今天白班我来。奶奶早上喝了半碗小米粥，血压140/80。
[[PERSON|阿蔓]]：晚班我来，不过[[DATE|26号]]我要出差，谁替一下？
[[PERSON|斯远]]：我替！[[PERSON|蔓]]姐放心🙏
大伯：护工费要先交，钱转我这张卡：[[BANK_CARD|${spaced(luhn('622202410957683'))}]]
[[PERSON|阿蔓]]：收到。奶奶住院号多少？订餐要填
大伯：[[MRN|30418825]]，[[MRN|17]]床，名字写[[PERSON|卓玉莲]]
[[PERSON|斯远]]：我开车去，车牌[[PLATE|粤B·7K29M]]，停车场要登记👌`,
  ],
  [
    'family-chat',
    `家族群（外公康复）
[[PERSON|粽粽]]：外公今天能扶着走廊走两圈了💪
舅妈：太好了！康复科[[PERSON|邬]]老师说下周可以出院
[[PERSON|阿瓜]]：出院带药清单发一下？外公[[AGE|93]]了，药太多
[[PERSON|粽粽]]：[图片] 办慢病要外公医保卡号：[[INSURANCE_ID|GZ44 0106 3309 1715]]
[[PERSON|阿瓜]]：外公老身份证我有照片：[[ID_CARD|440106330917151]]
舅妈：出院后送回[[ADDRESS|广州市天河区龙口西路58号3栋704房]]，我在家等`,
  ],
  [
    'family-chat',
    `群：额吉看病
[[PERSON|斯日古楞]]：额吉的胃镜约好了，[[DATE|11月27日]]上午8点，要空腹。
[[PERSON|宝音达来]]：我请假陪。预约号多少？
[[PERSON|斯日古楞]]：[[MRN|WJ1127-006]]，记得带额吉身份证：[[ID_CARD|${rid('150102', '19520703', '146')}]]
[[PERSON|宝音达来]]：我开车去，车牌[[PLATE|蒙A·5R7J2]]。医院地址发一下
[[PERSON|斯日古楞]]：[[ADDRESS|呼和浩特市新城区锡林郭勒北路1号]]内科楼三楼`,
  ],
  [
    'sms-reminder',
    `【城南医院】[[PERSON|蒲苇]]女士，您预约的[[DATE|11月26日]]（周四）09:30乳腺外科[[PERSON|殷]]医生门诊已成功，预约号[[MRN|YY2611260918]]。请携带身份证及医保卡提前30分钟取号。退订回复TD`,
  ],
  [
    'sms-reminder',
    `【健康体检中心】[[PERSON|钱有余]]先生：您单位的团检已预约在[[DATE|2026年12月3日]]上午，地点[[ADDRESS|南京市玄武区中山路321号门诊楼5楼]]，体检号[[MRN|TJ26120300147]]。检前3天清淡饮食，检前一晚10点后禁食。`,
  ],
  [
    'sms-reminder',
    `【疾控提醒】今冬流感活动增强，60岁以上老人、慢性病患者及6月龄以上儿童可到辖区社区卫生服务中心接种流感疫苗，请携带身份证及预防接种证。详询12320。`,
  ],
  [
    'hydrocephalus-clinic',
    `神经外科脑积水门诊
患儿：[[PERSON|尚思源]]，男，6岁，出生日期[[DATE|2020-03-14]]，身份证[[ID_CARD|${rid('410105', '20200314', '017')}]]，门诊号[[MRN|SJ0412786]]
病史：早产儿脑室内出血后脑积水，[[DATE|2020年5月]]行脑室-腹腔分流术（可调压阀门）。
近1周晨起头痛、呕吐2次。头颅CT：脑室较前稍增大。
处理：阀门压力由120mmH₂O调至100mmH₂O，3天后复查。
母亲：[[PERSON|姬月明]]，[[PHONE|135 2903 8164]]
住址：[[ADDRESS|郑州市金水区经三路15号院2号楼3单元9楼]]`,
  ],
  [
    'hydrocephalus-clinic',
    `正常压力脑积水评估记录
[[PERSON|公孙福海]]，男，[[AGE|91]]岁，住院号[[MRN|NS2611-0742]]。步态不稳、尿失禁、记忆减退2年。
[[DATE|11月20日]]腰穿放液试验：放出脑脊液35ml，初压110mmH₂O；放液前10米步行23秒，放液后16秒。
头颅MRI（[[DATE|11月18日]]）：脑室扩大，Evans指数0.36。
拟[[DATE|12月2日]]行腰大池-腹腔分流术。女儿[[PERSON|公孙莉]] [[PHONE|13331087264]]。`,
  ],
  [
    'hydrocephalus-clinic',
    `分流管术后家庭观察要点
· 头痛加重、反复呕吐、嗜睡或烦躁，可能提示分流管堵塞，请立即就医。
· 伤口或沿管走行处红肿、渗液，或不明原因发热，可能为感染。
· 装有可调压阀门者，做磁共振后需复查阀门压力；日常远离强磁铁。
· 婴儿请每周测量并记录头围。`,
  ],
  [
    'lysosomal-storage-clinic',
    `罕见病门诊（溶酶体贮积症）
[[PERSON|解文博]]，男，34岁，门诊号[[MRN|HJ260381]]。自幼四肢末端烧灼样疼痛，少汗，尿蛋白（+）。α-半乳糖苷酶A活性明显降低，GLA基因检测（检测编号[[MRN|GT-26-01573]]）示致病变异，诊断法布里病。
家系筛查：母亲[[PERSON|左丽萍]]（身份证[[ID_CARD|${rid('370102', '19660724', '086')}]]）、妹妹[[PERSON|解文静]]待查。
计划：[[DATE|12月1日]]起阿加糖酶β 1mg/kg，每2周静滴。
联系电话：[[PHONE|15069812437]]，报告发至邮箱[[EMAIL|xiewenbo@example.cn]]`,
  ],
  [
    'lysosomal-storage-clinic',
    `戈谢病酶替代治疗记录
患儿：[[PERSON|邰安安]]，女，8岁，身份证[[ID_CARD|${rid('430104', '20180509', '042')}]]，病历号[[MRN|XY0518624]]
[[DATE|2026-11-24]] 伊米苷酶60U/kg静滴，输注顺利，无过敏反应。
脾脏较前缩小（肋下3cm→1.5cm），Hb 112g/L，PLT 98×10⁹/L。
罕见病用药援助项目编号：[[MRN|RD-GD-0419]]
陪同：父亲[[PERSON|邰勇]]，[[PHONE|173 7310 2846]]`,
  ],
  [
    'lysosomal-storage-clinic',
    `法布里病患者须知
法布里病是X连锁遗传病，男性和女性都可能发病。酶替代治疗需要长期、规律输注，一般每两周一次，请不要自行中断。每年复查肾功能、尿蛋白、心脏超声和听力。家族成员可做酶活性或基因检测，具体请在门诊咨询。`,
  ],
  [
    'aldosteronism-clinic',
    `高血压专病门诊（原发性醛固酮增多症筛查）
[[PERSON|秦淮]]，男，45岁，门诊号[[MRN|GX2619075]]，医保号[[INSURANCE_ID|JS3201 0381 0592]]。三种降压药下血压170/105mmHg，血钾3.1mmol/L，醛固酮/肾素比值升高。
[[DATE|11月19日]]卡托普利试验：醛固酮未被抑制。肾上腺CT：左侧结节1.2cm。
计划：[[DATE|12月3日]]住院行双侧肾上腺静脉采血。
住址：[[ADDRESS|南京市秦淮区中华路402号6幢302室]]　电话：[[PHONE|18251903764]]`,
  ],
  [
    'aldosteronism-clinic',
    `肾上腺静脉采血（AVS）报告
姓名：[[PERSON|冯晚晴]]　女　52岁　住院号：[[MRN|70832156]]　DSA号：[[MRN|DSA-26-1183]]
采血日期：[[DATE|2026-11-23]]　ACTH持续泵入下采血
右肾上腺静脉：醛固酮 310pg/ml，皮质醇 24.5μg/dl
左肾上腺静脉：醛固酮 4120pg/ml，皮质醇 21.0μg/dl
下腔静脉：醛固酮 180pg/ml，皮质醇 2.1μg/dl
结论：双侧插管成功，左侧优势分泌（偏侧化指数约15.6）。
操作者：[[PERSON|左丘鸣]]　报告日期：[[DATE|2026-11-24]]`,
  ],
  [
    'aldosteronism-clinic',
    `（互联网医院留言）
[[ACCOUNT|helanxue_1984]]：[[PERSON|车]]医生您好，我是[[DATE|11月10日]]做左侧肾上腺切除的[[PERSON|贺兰雪]]，病历号[[MRN|NJ7704318]]。现在血压128/80，停了两种药，血钾4.3，螺内酯还要吃吗？
[[PERSON|车]]医生：螺内酯可以停，氨氯地平继续。[[DATE|12月15日]]上午来门诊复查血钾、醛固酮和肾素，预约链接：[[URL|https://yy.example.cn/r/NJ7704318]]`,
  ],
  [
    'amyloidosis-clinic',
    `淀粉样变性专病门诊
[[PERSON|南宫振华]]，男，68岁，门诊号[[MRN|AM0058293]]，医保号[[INSURANCE_ID|SD3701 0258 0417 3]]。心悸、双下肢水肿1年，双侧腕管综合征术后。
心脏超声：室间隔16mm，射血分数52%。焦磷酸锝心肌显像（检查号[[MRN|NM2611-0208]]，[[DATE|11月20日]]）：心肌摄取3级。血清游离轻链比值正常。
诊断：转甲状腺素蛋白心肌淀粉样变。计划基因检测，申请他法米地。
儿子[[PERSON|南宫宇]]，[[PHONE|15305318742]]`,
  ],
  [
    'amyloidosis-clinic',
    `血液科日间病房治疗记录 [[DATE|2026-11-24]]
[[PERSON|印秀兰]]，女，61岁，AL型淀粉样变性（肾脏受累），住院号[[MRN|RJ2611584]]，日间床位[[MRN|D07]]。
达雷妥尤单抗+硼替佐米+环磷酰胺+地塞米松，第3周期第1天。24h尿蛋白4.8g，dFLC 186mg/L。
腹壁脂肪活检病理号[[MRN|P26-07741]]，刚果红染色阳性。
丈夫[[PERSON|顾长林]]陪护，[[PHONE|021-5492 8061]]。`,
  ],
  [
    'amyloidosis-clinic',
    `【核医学科】[[PERSON|庞金海]]先生，您的焦磷酸锝心肌显像已预约在[[DATE|11月30日]]（周一）8:00，检查号[[MRN|NM2611-0317]]。检查无需空腹，注射显像剂后约3小时显像。地点：[[ADDRESS|济南市历下区文化西路107号医技楼B1]]。改约请在检查前一天办理。`,
  ],
];

const en: Array<[string, string]> = [
  [
    'admission',
    `Acute Medical Unit — clerking, [[DATE|23/11/2026]] 22:40
[[PERSON|Winifred Applegarth]], [[AGE|94]]F, DOB [[DATE|02/06/1932]], NHS no. [[INSURANCE_ID|${nhs('412086')}]], hospital no. [[MRN|RX4419270]]
PC: fall at home, long lie ~6 h, found by neighbour. CK 3,480 U/L, creatinine 141. No fracture on hip films.
Lives alone at [[ADDRESS|2 Sexton's Row, Ludlow SY8 1BN]]; carers twice daily.
NOK: nephew [[PERSON|Desmond Applegarth]] [[PHONE|07700 900374]]. GP: Castle Street Surgery.`,
  ],
  [
    'admission',
    `H&P — Internal Medicine, admitted [[DATE|11/23/2026]]
Patient: [[PERSON|Theodore Marchetti]] ("[[PERSON|Teddy]]"), 71M, MRN [[MRN|004817263]]
MBI [[INSURANCE_ID|5KW3-HN8-PR41]]
CC: fever, dysuria, confusion x2 days. T 102.4°F, BP 92/58, lactate 3.4. UA nitrite +. Started ceftriaxone 1 g, 30 mL/kg LR.
Home: [[ADDRESS|418 Linden Ave, Apt 3, Oak Park, IL 60302]]
Wife [[PERSON|Rosalind]] at bedside, cell [[PHONE|(708) 555-0143]]`,
  ],
  [
    'admission',
    `Admission note — General Internal Medicine, [[DATE|24 Nov 2026]]
[[PERSON|Étienne Bouchard-Lavoie]], 58, OHIP [[INSURANCE_ID|${ohip('573910284')}]]-KT, chart [[MRN|H0927156]]
Admitted from ED with new AF, rate 148, and decompensated heart failure; BNP 1,920. IV furosemide 40 mg bid, metoprolol, apixaban 5 mg bid.
Address: [[ADDRESS|77 Rue Principale, Embrun, ON K0A 1W0]]. French-speaking; daughter [[PERSON|Maude]] interprets, [[PHONE|(613) 555-0139]].`,
  ],
  [
    'progress-note',
    `SOAP — [[DATE|11/24/2026]], HD 3
[[PERSON|Lucinda Goodnight]], 36F, MRN [[MRN|017754209]], room [[MRN|512B]]
S: Nausea better, tolerating clears. Still RUQ ache.
O: T 99.1°F, HR 88. Lipase 410 → 96. MRCP ([[DATE|11/23/2026]]): no CBD stone.
A: Gallstone pancreatitis, resolving.
P: Advance diet; lap chole with Dr [[PERSON|Haruki Tsuchiya]] before discharge, tentatively [[DATE|11/26/2026]].
— [[PERSON|Ainsley Park]], PA-C`,
  ],
  [
    'progress-note',
    `Ward round, Ward 9, [[DATE|24/11/2026]] — Dr [[PERSON|Fairclough]] (consultant)
Bay 2 bed [[MRN|4]]: Mrs [[PERSON|Hollis]] — sorry, Mrs [[PERSON|Hollins]], [[PERSON|Beatrice Hollins]], [[AGE|92]], hospital no. [[MRN|K7946203]]. Aspiration pneumonia day 4, afebrile, CRP 87 → 34. Swallow: SALT to review, thickened fluids level 2. Bed 5 empty (discharged). Son [[PERSON|Clive]] asks for call back on [[PHONE|01632 960427]].
Plan: switch to oral co-amoxiclav.`,
  ],
  [
    'progress-note',
    `ICU daily review — [[DATE|24/11/2026]]
Bed [[MRN|11]] — [[PERSON|Tevita Maka-Fonua]], 49M, UR [[MRN|3309184]], Medicare [[INSURANCE_ID|${medicare('41827305', '2')}]]
Day 2 post emergency laparotomy (perforated DU). Noradrenaline weaned off 06:00. Lactate 1.4. Extubated 10:30, on 3 L NP.
Family meeting held with wife [[PERSON|Mele]] and brother [[PERSON|Sione Maka-Fonua]]; Tongan interpreter [[PERSON|Ana Vainikolo]] present.`,
  ],
  [
    'discharge',
    `Immediate Discharge Letter
Patient: [[PERSON|Hamish Dalgleish]]   CHI: [[INSURANCE_ID|${chi('140336', '485')}]]   Ward 27
Admitted [[DATE|16/11/2026]], discharged [[DATE|24/11/2026]]. Age [[AGE|90]].
Diagnosis: infective exacerbation of COPD; new type 2 respiratory failure, home NIV not indicated.
Medication changes: prednisolone 30 mg for 2 more days, then stop. Doxycycline completed.
Follow-up: respiratory nurse home visit [[DATE|01/12/2026]] at [[ADDRESS|14 Kirkgate, Cupar KY15 5AN]]. Signed: Dr [[PERSON|Iain McAuslan]]`,
  ],
  [
    'discharge',
    `Discharge summary — [[PERSON|Aroha Tamatea]], NHI [[INSURANCE_ID|${nhi('ZKT', '415')}]], DOB [[DATE|09/03/1979]]
Admitted [[DATE|20/11/2026]] with cellulitis of the left leg; IV flucloxacillin 48 h then oral. Discharged [[DATE|24/11/2026]].
Flucloxacillin 1 g qid to complete 7 days; elevate the leg.
Address: [[ADDRESS|16 Kowhai Street, Gisborne 4010]]. Mobile [[PHONE|021 483 6027]]. Discharging doctor: Dr [[PERSON|Sunita Raghavan]]`,
  ],
  [
    'discharge',
    `Discharge Instructions — [[DATE|11/24/2026]]
Name: [[PERSON|Mercy Okonkwo]]   MRN: [[MRN|220851736]]   DOB: [[DATE|07/19/1988]]
You were treated for pyelonephritis. Finish cephalexin 500 mg four times daily.
Return to the ED for fever over 101°F, vomiting or flank pain that worsens.
Follow up with Dr. [[PERSON|Halvorsen]] on [[DATE|12/02/2026]] at [[ADDRESS|2200 W Cermak Rd, Suite 310, Chicago, IL 60608]].
Questions: nurse line; your portal login is [[ACCOUNT|mokonkwo88]].`,
  ],
  [
    'outpatient',
    `Clinic transcript (audio), Elderly Care OPD, [[DATE|24/11/2026]]
Dr [[PERSON|Kaur]]: Can you tell me your full name and date of birth?
Pt: [[PERSON|Eunice May Trelawny]]. [[DATE|Fifth of January, nineteen thirty-one]].
Dr [[PERSON|Kaur]]: Thank you. And you're [[AGE|ninety-five]] now?
Pt: Ninety-five, yes, dear.
Granddaughter: I'm [[PERSON|Tamsin]], I do her tablets. Her hospital number's [[MRN|TR0084621]].`,
  ],
  [
    'outpatient',
    `Medical Out-patient Clinic — follow-up
Name: [[PERSON|Yeung Tsz-hin]] ([[PERSON|Kelvin]])   HKID: [[ID_CARD|${hkid('K', '483217')}]]   Sex/Age: M/63
Clinic no.: [[MRN|MOPC-26-59302]]   Visit: [[DATE|24/11/2026]]
Type 2 DM, HbA1c 7.9%, eGFR 52. Add empagliflozin 10 mg daily. Foot exam normal.
Tel: [[PHONE|9321 6078]]   Address: [[ADDRESS|Flat 12B, Block 3, Lok Fu Estate, Kowloon]]`,
  ],
  [
    'outpatient',
    `Family Medicine visit, [[DATE|11/24/2026]]
[[PERSON|Hunter Bishop]], 19M, MRN [[MRN|8840172]], presents for sports physical and a sprained R ankle (inversion, 4 days). Ottawa rules negative. RICE, ibuprofen 400 mg prn, ankle brace.
Mom [[PERSON|Dawn Bishop]] ([[PHONE|(402) 555-0159]], [[EMAIL|dawn.bishop@example.com]]) requests forms be mailed to [[ADDRESS|3017 N 48th St, Lincoln, NE 68504]].`,
  ],
  [
    'referral',
    `Dear Colleague,
Re: [[PERSON|Bronwen Pryce-Jenkins]], DOB [[DATE|11/02/1961]], NHS No [[INSURANCE_ID|${nhs('730519')}]]
[[ADDRESS|Ty Gwyn, 8 Heol y Felin, Llandeilo SA19 6BT]] — Tel [[PHONE|01632 960254]]
I would be grateful if you could see this 65-year-old lady with a 3-month history of post-menopausal bleeding; endometrial thickness 9 mm on TVUS (done [[DATE|18/11/2026]]). She takes tamoxifen. Two-week-wait referral.
Yours sincerely, Dr [[PERSON|Gethin Morgan]], Tywi Valley Practice`,
  ],
  [
    'referral',
    `Referral — Orthopaedics (Sports Knee)
From: Dr [[PERSON|Fiachra Mac Giolla Bhríde]], [[DATE|24/11/2026]]
Patient: [[PERSON|Caoimhe Rushe]], 24F, MRN [[MRN|GUH1172904]], PPSN-linked GMS card [[INSURANCE_ID|GM 4418 2073]]
Pivoting injury playing camogie on [[DATE|08/11/2026]]; MRI: complete ACL tear with bucket-handle medial meniscal tear. Locked knee — please see urgently.
Address: [[ADDRESS|Carrowmore, Knocknacarra, Galway H91 X2K7]]   Mobile: [[PHONE|087 418 2260]]`,
  ],
  [
    'referral',
    `e-Referral to Rheumatology — submitted [[DATE|11/24/2026]]
Patient: [[PERSON|Guadalupe Ochoa-Reyes]], DOB [[DATE|04/27/1990]], MRN [[MRN|MH-5520914]]
Insurance: Molina member ID [[INSURANCE_ID|MOL772310845]]
Reason: symmetric small-joint synovitis 10 weeks, RF 88, anti-CCP >250, CRP 31. Started prednisone 10 mg on [[DATE|11/20/2026]].
Preferred language Spanish; husband [[PERSON|Joaquín]].`,
  ],
  [
    'handover',
    `Night-to-day handover (dictated), Ward 12, [[DATE|24/11/2026]]
Bed [[MRN|three]], Mr [[PERSON|Abara]]— no, that's [[PERSON|Ebere Abara]], day two post hemicolectomy, drain two hundred mils overnight, Hb to recheck. Bed four's empty. Bed [[MRN|six]], [[PERSON|Gladys Pocock]], [[AGE|ninety-three]], delirious overnight, had half a milligram of haloperidol at two a.m., her niece [[PERSON|Wendy]] is coming in at ten. Bed [[MRN|nine]], [[PERSON|Ravi]] — [[PERSON|Ravi Chandrasekaran]] — NBM for ERCP, on the list for eleven.`,
  ],
  [
    'handover',
    `I-PASS — Peds Hospitalist, [[DATE|11/23/2026]] 19:00
Illness severity: watcher
Patient: [[PERSON|Juniper Castellano]], 4y F, room [[MRN|3 West-18]], MRN [[MRN|P0492731]]
Summary: bronchiolitis/RSV, HFNC 8 L 40%, feeding by NG.
Action: wean flow if RR < 50 and no retractions; blood gas at 02:00.
Situation awareness: mom [[PERSON|Skye]] anxious, prefers updates by text [[PHONE|(971) 555-0187]].`,
  ],
  [
    'handover',
    `Surgical HDU handover sheet — [[DATE|24/11/2026]] 08:00
Bed | Patient | Hosp no. | Issues
[[MRN|HDU-1]] | [[PERSON|Agnieszka Wróblewska]] | [[MRN|M8856402]] | D1 Whipple, epidural, lactate 2.1
HDU-2 | empty | — | —
[[MRN|HDU-3]] | [[PERSON|Barnaby Stone]] | [[MRN|M8857319]] | [[AGE|91]], post laparotomy, AKI (Cr 188), wife [[PERSON|Primrose]] [[PHONE|01632 960581]]`,
  ],
  [
    'nursing-note',
    `Nursing note — [[DATE|11/24/2026]] 03:15
Room [[MRN|718]], [[PERSON|Harold Sweet]], [[AGE|96]]M, MRN [[MRN|00983316]]. Found sitting on floor beside bed, bed alarm had been silenced. No head strike per pt, neuro checks WNL, no pain on ROM. Bed alarm re-armed, low bed, mats placed. Daughter [[PERSON|Carol Sweet-Adair]] informed at [[PHONE|(207) 555-0164]].
— [[PERSON|Jasmine Ortiz]], RN`,
  ],
  [
    'nursing-note',
    `District nursing visit — [[DATE|24/11/2026]]
Patient: [[PERSON|Reginald Bellweather]], [[AGE|90]], NHS [[INSURANCE_ID|${nhs('258314')}]]
Address: [[ADDRESS|Flat 4, Hawthorn Court, Mill Lane, Skipton BD23 1EX]] (key safe, code given verbally)
Venous leg ulcer left gaiter 4.1 × 3.0 cm, less slough. Cleansed, Inadine, 2-layer compression. Next visit [[DATE|27/11/2026]]. — [[PERSON|Kerry-Ann Threlfall]], DN`,
  ],
  [
    'nursing-note',
    `Maternity ward note, [[DATE|24/11/2026]] 14:30
Bed [[MRN|22]] — [[PERSON|Phan Thi Thu Thao]], para 1, Day 1 post LSCS. Baby [[PERSON|Phan-Barker]] girl, born [[DATE|23/11/2026]] 16:52, 3.21 kg, hospital no. [[MRN|B26-135906]]. Breastfeeding with support; latch improving. Mum's Vietnamese interpreter [[PERSON|Tran Minh Duc]] booked for discharge talk.`,
  ],
  [
    'lab-report',
    `CLINICAL CHEMISTRY REPORT
Patient: [[PERSON|FENWICK, Arabella]]   DOB: [[DATE|12/08/1972]]   MRN: [[MRN|Q4471893]]
Accession: [[MRN|CC26-3318042]]   Collected: [[DATE|11/24/2026]] 06:10   Ordering: [[PERSON|M. Okafor]], MD
Sodium 131 (L), Potassium 5.8 (H), Creatinine 2.1 (H), Glucose 214 (H), HbA1c 8.6%`,
  ],
  [
    'lab-report',
    `Histopathology report
Lab no.: [[MRN|H26/41872]]   Hospital no.: [[MRN|N6687405]]
Name: [[PERSON|Cormac Devereux]]   DOB: [[DATE|30/04/1955]]   NHS: [[INSURANCE_ID|${nhs('604127')}]]
Specimen: prostate core biopsies ×12
Diagnosis: acinar adenocarcinoma, Gleason 3+4=7 (Grade Group 2) in 4 of 12 cores, max core length 6 mm. No perineural invasion.
Reported by Dr [[PERSON|Ngozi Achebe-Whitfield]] on [[DATE|24/11/2026]]`,
  ],
  [
    'lab-report',
    `Blood Bank — crossmatch record
Patient: [[PERSON|Bartholomew Quaye]]   MRN: [[MRN|7129403]]   Band ID: [[MRN|BB-55190]]
Group O RhD negative, antibody screen positive (anti-K). 2 units K-negative RBC crossmatched [[DATE|11/24/2026]], expire [[DATE|11/27/2026]].`,
  ],
  [
    'imaging-report',
    `CHEST RADIOGRAPH (PA)
Patient: [[PERSON|Shirin Golshiri]]   DOB: [[DATE|03/03/1947]]   Accession: [[MRN|RAD26110984]]   MRN: [[MRN|G5584126]]
Clinical: cough 6 weeks, ex-smoker.
Findings: 2.4 cm spiculated opacity right upper zone. No effusion. Heart size normal.
Impression: suspicious for primary lung malignancy; CT chest recommended. Discussed with Dr [[PERSON|Whitlock]] at 11:20 [[DATE|24/11/2026]].`,
  ],
  [
    'imaging-report',
    `Breast screening recall
Dear Ms [[PERSON|Liberty Hale]],
Your mammogram on [[DATE|10/11/2026]] (screening ref [[MRN|BSU-448127]]) needs some extra pictures. Most women recalled do not have cancer. Your assessment appointment is on [[DATE|02/12/2026]] at 09:40 at [[ADDRESS|Unit 2, Riverside Business Park, Barnstaple EX31 1QN]].
NHS number: [[INSURANCE_ID|${nhs('381952')}]]. To rearrange call the unit; please bring a friend if you wish.`,
  ],
  [
    'imaging-report',
    `Having a CT scan with contrast — patient information
You may eat lightly up to two hours before your scan. Drink plenty of water the day before and after. If you take metformin, have kidney problems or have reacted to contrast before, tell the radiographer. The contrast may give a warm feeling and a sense of needing to pass urine; this passes within a minute. The scan itself takes about ten minutes.`,
  ],
  [
    'prescription',
    `Rx — Harborview Family Pharmacy
[[PERSON|DELACROIX, Honoré]]   DOB [[DATE|09/14/1952]]
Rx# [[MRN|6620417]]   Filled [[DATE|11/24/2026]]
Warfarin 5 mg tablets — take 1 tablet by mouth daily except 1/2 tablet Mon & Fri. Qty 30, refills 2.
Prescriber: [[PERSON|Keisha Montgomery]], MD
Deliver to: [[ADDRESS|1421 Bayview Dr, Apt 7, Bellingham, WA 98225]]`,
  ],
  [
    'prescription',
    `Controlled drug prescription (Schedule 2)
Patient: [[PERSON|Ptolemy Granger]]   Address: [[ADDRESS|9 Quarry Hill, Frome BA11 1DR]]   NHS: [[INSURANCE_ID|${nhs('517403')}]]
Date: [[DATE|24/11/2026]]
Oxycodone modified-release 10 mg tablets, one tablet twice daily. Supply: 14 (fourteen) tablets.
Collected by: son [[PERSON|Rufus Granger]], ID checked (driving licence).`,
  ],
  [
    'prescription',
    `Taking your antibiotics — a guide
Take each dose at evenly spaced times. Finish the course unless a doctor tells you to stop. Some antibiotics should be taken on an empty stomach; check the label. Do not save leftover tablets or share them. If you get a rash, swelling of the face or difficulty breathing, stop and seek help straight away.`,
  ],
  [
    'consent',
    `Consent Form 1 — patient agreement to investigation or treatment
Patient: [[PERSON|Gideon Ashworth-Pike]]   DOB: [[DATE|21/07/1949]]   Hospital no.: [[MRN|WX2047716]]
Procedure: flexible cystoscopy and removal of ureteric stent. Risks explained: infection (1 in 50), bleeding, need for a further procedure.
Patient signature: [[PERSON|G. Ashworth-Pike]]   Date: [[DATE|24/11/2026]]
Health professional: Mr [[PERSON|Olumide Fashola]], Consultant Urologist
Interpreter: not required. Copy given to patient.`,
  ],
  [
    'consent',
    `Authorization to Release Protected Health Information
Patient name: [[PERSON|Sterling Whitaker]]   DOB: [[DATE|02/11/1958]]   MRN: [[MRN|3390571]]
I authorize release of my cardiology records to: [[PERSON|Maribel Whitaker]] (spouse), [[ADDRESS|66 Cottonwood Ln, Amarillo, TX 79106]], fax not accepted; e-mail [[EMAIL|maribel.whitaker@example.net]].
This authorization expires [[DATE|11/24/2027]].
Signature: [[PERSON|Sterling Whitaker]]   Date: [[DATE|11/24/2026]]`,
  ],
  [
    'consent',
    `Consent Form 4 — adult unable to consent, [[DATE|24/11/2026]]
Patient: [[PERSON|Ignatius Rooke]], [[AGE|97]], DOB [[DATE|08/10/1929]], hospital no. [[MRN|EH5596170]], Ward 31 bed [[MRN|7]]
Proposed: cemented hemiarthroplasty, right hip, on [[DATE|25/11/2026]]. Moderate dementia; does not retain information (capacity assessment attached).
No LPA for health. Consulted: niece [[PERSON|Perpetua Rooke-Haines]], [[PHONE|01632 960913]], who agrees the operation is in his best interests.
Second clinician: Dr [[PERSON|Anwen Mostyn]]. Surgeon: Mr [[PERSON|Tobenna Ilori]].`,
  ],
  [
    'billing',
    `PATIENT STATEMENT — statement date [[DATE|11/24/2026]]
Guarantor: [[PERSON|Augustine Pemberton]]   Account no.: [[MRN|ACCT-30497215]]
Patient: [[PERSON|Clementine Pemberton]] (daughter), DOB [[DATE|06/30/2011]]
Service [[DATE|10/28/2026]] — ED visit, laceration repair: $1,842.00; insurance paid $1,310.40; balance $531.60
Guarantor SSN on file: [[ID_CARD|987-65-4327]]
Card on file (Visa): [[BANK_CARD|${spaced(luhn('453918270465231'))}]]
Mail to: [[ADDRESS|5512 Magnolia Blvd, Burbank, CA 91505]]   Invoice ref INV-77210`,
  ],
  [
    'billing',
    `Self-pay treatment estimate — Private Patients Unit
Patient: [[PERSON|Fatima Al-Suwaidi]]   Passport: [[PASSPORT|N48217305]]   DOB: [[DATE|14/02/1983]]
Emirates ID: [[ID_CARD|${emirates('1983', '4417265')}]]
Procedure: laparoscopic cholecystectomy, planned [[DATE|03/12/2026]], 1 night stay.
Estimate Q-26-2274: £7,950.00 (surgeon, anaesthetist, theatre, bed). Deposit taken £2,000.00 on Mastercard [[BANK_CARD|${spaced(luhn('522917406318825'))}]].
Contact in UK: brother [[PERSON|Khalid]], [[PHONE|07700 900528]]; [[EMAIL|f.alsuwaidi@example.ae]]`,
  ],
  [
    'billing',
    `Tax invoice — Day Surgery Centre
Invoice no. 0061183
Patient: [[PERSON|Lachlan Fitzgibbon]]   Medicare: [[INSURANCE_ID|${medicare('25690148', '1')}]]
Health fund: Bupa, membership [[INSURANCE_ID|BP 7730 4412]]
Date of service: [[DATE|20/11/2026]] — colonoscopy and polypectomy. Gap payable: $420.00
Address: [[ADDRESS|7/33 Bellevue Terrace, Clayfield QLD 4011]]   Mobile [[PHONE|0491 577 284]]
Account enquiries quote patient no. [[MRN|DSC-118504]].`,
  ],
  [
    'online-consult',
    `Telehealth visit — session [[MRN|TH-2611-50734]]
Date: [[DATE|11/24/2026]] 16:30 ET   Patient joined from [[IP|198.51.100.62]] (portal user [[ACCOUNT|ravenna.k]])
Patient: [[PERSON|Ravenna Kowalczyk]], 29F, MRN [[MRN|1183029]]
HPI: 3 days of dysuria and frequency, no fever or flank pain. Not pregnant (LMP [[DATE|11/08/2026]]).
Plan: nitrofurantoin 100 mg bid x 5 days sent to pharmacy on file. Recording: [[URL|https://telehealth.example.com/visits/TH-2611-50734]]`,
  ],
  [
    'online-consult',
    `Online consultation form (submitted [[DATE|23/11/2026]] 21:47 from [[IP|203.0.113.140]])
Name: [[PERSON|Cerys Whitmore]]   Date of birth: [[DATE|01/05/1996]]   NHS number: [[INSURANCE_ID|${nhs('140758')}]]
Username: [[ACCOUNT|cerys.whitmore96]]
What do you need help with? Itchy rash on both hands since switching washing-up gloves, cracking between the fingers.
Best contact: [[PHONE|07700 900247]], or e-mail [[EMAIL|cerys.w@example.co.uk]].
Reply ([[DATE|24/11/2026]]), Dr [[PERSON|Ng]]: likely irritant contact dermatitis. Use an emollient as soap substitute and hydrocortisone 1% for 7 days; book a review if no better in 2 weeks.`,
  ],
  [
    'online-consult',
    `Second-opinion portal — case [[MRN|SO-26-0915]]
[[DATE|24 Nov 2026]] 09:12 [[ACCOUNT|adaeze.nwosu]]: Good morning. I have uploaded my MRI and the biopsy report. I am travelling from Lagos for treatment; my passport number is [[PASSPORT|A09173648]] for the visa letter.
09:40 Dr [[PERSON|Penhallow]]: Thank you, Ms [[PERSON|Nwosu]]. The images show a 3 cm fibroadenoma; surgery is optional. I will write the letter to [[ADDRESS|14 Admiralty Way, Lekki Phase 1, Lagos]].
09:41 [[ACCOUNT|adaeze.nwosu]]: Thank you! Upload link for my husband [[PERSON|Chidi]]: [[URL|https://upload.example.org/c/SO-26-0915]]`,
  ],
  [
    'patient-message',
    `From: [[EMAIL|k.ferreira-lund@example.com]]
To: Rheumatology secretaries
Sent: [[DATE|24 November 2026]] 07:58
Hello, I'm [[PERSON|Kristiina Ferreira-Lund]], hospital no. [[MRN|RH0071544]], NHS [[INSURANCE_ID|${nhs('863205')}]]. My methotrexate blood test was due on [[DATE|20/11]] but the GP surgery had no slots. Is it safe to take tonight's dose? I've moved to [[ADDRESS|Apartment 5, 19 Quayside, Newcastle upon Tyne NE1 3DE]], please update.
Thanks, [[PERSON|Kristiina]]`,
  ],
  [
    'patient-message',
    `MyChart message — [[DATE|11/24/2026]] 12:31
From: [[PERSON|Bill Rich]] (MRN [[MRN|5520183]])
To: Dr [[PERSON|Antonopoulos]]
Hi Doc, my wife [[PERSON|Patience]] says my ankles are puffier since the amlodipine went up to 10. Weighed 212 lb this morning, same as last week. Should I go back to 5? Also the pharmacy needs a new script sent to Walgreens on 5th. You can call me at [[PHONE|(614) 555-0193]].
— [[PERSON|Bill]]`,
  ],
  [
    'patient-message',
    `Text to community midwife [[PERSON|Hinemoa]]: Kia ora, it's [[PERSON|Ataahua Rāwiri-Kemp]] (NHI [[INSURANCE_ID|${nhi('HRW', '627')}]]). Baby's due [[DATE|19 Dec]] and I've been getting tightenings every 20 min since 5am, no bleeding, baby moving lots. Should I come in? We're at [[ADDRESS|42 Tui Street, Otumoetai, Tauranga 3110]]. My partner [[PERSON|Nikau]] can drive, his number's [[PHONE|027 593 1846]].`,
  ],
  [
    'family-chat',
    `WhatsApp — "Dad's op 🏥"
[[PERSON|Maggie]]: Surgeon rang, Dad's bypass is Thursday [[DATE|26th]] first on the list 🙏
[[PERSON|Tom]]: Great. Ward 4B? I'll take him in Wednesday night.
[[PERSON|Maggie]]: Yes 4B. Bring his meds bag, pre-op letter says hospital no. [[MRN|LV4406128]]
[[PERSON|Rob]]: I'll park at the multi-storey, my reg's [[PLATE|YK19 HNP]] if they ask for the permit
[[PERSON|Tom]]: Mum wants him home to [[ADDRESS|31 Orchard Close, Wetherby LS22 6RT]] not respite after 👍
[[PERSON|Maggie]]: Dad says stop fussing he's only [[AGE|91]] 😂`,
  ],
  [
    'family-chat',
    `Group: Grandma's care fund 💰
[[PERSON|Dani]]: Nana's home aide invoice is $640 for 2 weeks. Splitting 4 ways = $160 each
[[PERSON|Marcus]]: sending now
[[PERSON|Dani]]: Venmo me @[[ACCOUNT|dani-okafor-22]]
[[PERSON|Keisha]]: done! Did the Medicare card come? Nana's MBI is [[INSURANCE_ID|7TM2-QX6-RE83]], I need it for the portal
[[PERSON|Dani]]: yep. And her new PCP appointment is [[DATE|Dec 4]] at 10:15 w/ Dr [[PERSON|Feldman]]
[[PERSON|Marcus]]: I'll drive, picking her up from [[ADDRESS|1908 Sycamore St, Dayton, OH 45406]] ❤️`,
  ],
  [
    'family-chat',
    `Messenger — Pop's hospital updates
[[PERSON|Shaz]]: Pop's moved to bed [[MRN|14]] on the cardiac ward, UR [[MRN|0827713]]
[[PERSON|Liam]]: Visiting hours?
[[PERSON|Shaz]]: 2 till 8. He keeps telling the nurses he's [[AGE|ninety-one]] lol
[[PERSON|Liam]]: His Medicare's [[INSURANCE_ID|${medicare('36014759', '3')}]] if admissions still need it
Aunty [[PERSON|Jo]]: I'll bring him pyjamas tomorrow 🙂
[[PERSON|Shaz]]: thanks [[PERSON|Jo]]! Discharge maybe [[DATE|28/11]]`,
  ],
  [
    'sms-reminder',
    `Reminder: [[PERSON|Ottilie Crane]], your appointment at Dermatology Outpatients is on Tue [[DATE|01 Dec 2026]] at 14:20, [[ADDRESS|Level 2, Alder Wing, 300 Prescot Road, Liverpool L14 3PE]]. Ref [[MRN|DERM-55821]]. Reply C to cancel.`,
  ],
  [
    'sms-reminder',
    `CVS: [[PERSON|RUBEN]], your prescription Rx [[MRN|3118402]] is ready for pickup at the store on [[ADDRESS|2100 E Colfax Ave, Denver, CO 80206]] until [[DATE|12/01]]. Reply STOP to opt out.`,
  ],
  [
    'sms-reminder',
    `Hospital notice: due to norovirus on several wards, visiting is limited to one named visitor per patient until further notice. Please do not visit if you have had vomiting or diarrhoea in the last 48 hours. Use the hand gel on entry.`,
  ],
  [
    'hydrocephalus-clinic',
    `Paediatric Neurosurgery — shunt clinic, [[DATE|24/11/2026]]
[[PERSON|Alfie Brackenridge]], DOB [[DATE|17/06/2019]], NHS [[INSURANCE_ID|${nhs('295716')}]], hospital no. [[MRN|PN3081175]]
Post-haemorrhagic hydrocephalus; right VP shunt with programmable valve (inserted [[DATE|08/2019]]). Two weeks of morning headaches and one vomit. Shunt series (acc. [[MRN|XR26-771804]]): no disconnection. Valve confirmed at setting 1.5 after his MRI.
Plan: CT today; if ventricles enlarged, admit for revision. Mum [[PERSON|Kirsty]] [[PHONE|07700 900653]].`,
  ],
  [
    'hydrocephalus-clinic',
    `Adult Spina Bifida & Hydrocephalus Transition Clinic — [[DATE|11/24/2026]]
[[PERSON|Destiny Calloway]], 21F, MRN [[MRN|SB-4493016]], Medicaid ID [[INSURANCE_ID|OH9927401183]]
Myelomeningocele repaired at birth; VP shunt since [[DATE|03/2005]], last revision in [[DATE|June 2014]]. Uses a wheelchair; family van plate [[PLATE|HJR 4127]] for the accessible bay; intermittent catheterisation 5×/day. No shunt symptoms. Latex allergy.
Lives with her grandmother [[PERSON|Loretta Calloway]] at [[ADDRESS|2217 Haverhill Rd, Toledo, OH 43607]]; [[PHONE|(419) 555-0177]].`,
  ],
  [
    'hydrocephalus-clinic',
    `Living with a shunt — family information
A shunt drains extra fluid from the brain to the tummy. Signs it may be blocked include headache that is worse on waking, vomiting, drowsiness, a bulging soft spot in babies, or a change in behaviour. Signs of infection include fever and redness along the tubing. If you notice these, go to your nearest emergency department and say your child has a shunt. Programmable valves should be checked after any MRI.`,
  ],
  [
    'lysosomal-storage-clinic',
    `Home infusion record — Fabry disease
Patient: [[PERSON|Crispin Havelock]]   NHS: [[INSURANCE_ID|${nhs('670348')}]]   Homecare ID: [[MRN|HC-FB-20931]]
Infusion address: [[ADDRESS|The Old Forge, Church Lane, Eyam, Hope Valley S32 5QH]]
[[DATE|24/11/2026]]: agalsidase beta 1 mg/kg (70 mg) over 2 h via right forearm cannula, batch 26K118. Pre-med paracetamol. No reaction.
Nurse: [[PERSON|Saoirse Keaveney]]; sister [[PERSON|Imogen]] present, also on treatment.`,
  ],
  [
    'lysosomal-storage-clinic',
    `Metabolic Clinic — Gaucher disease type 1
[[PERSON|Yael Rosenthal]], 42F, Medicare [[INSURANCE_ID|${medicare('56103827', '2')}]], MRN [[MRN|MX0492217]]
Imiglucerase 30 U/kg fortnightly since [[DATE|March 2019]]. Spleen 13 cm (was 17), platelets 141, chitotriosidase falling. DEXA T-score −1.6.
Life Saving Drugs Program approval no. [[MRN|LSDP-77104]] renewed to [[DATE|30/11/2027]].
Home: [[ADDRESS|8 Waratah Avenue, Randwick NSW 2031]]. Mobile [[PHONE|0491 572 630]].`,
  ],
  [
    'lysosomal-storage-clinic',
    `Letter to relatives — cascade testing for Fabry disease
Dear Mr. [[PERSON|Hollingsworth]],
Your cousin [[PERSON|Aurelia Vance]] has agreed that we may tell you that a Fabry disease variant (GLA) was found in her family. Family reference: [[MRN|FAM-GLA-0388]]. You may have a 50% chance of carrying it if your mother is related through the same line.
Testing is a single blood sample. Please contact our genetic counselor [[PERSON|Noor Sabbagh]] at [[EMAIL|noor.sabbagh@example.org]] or [[PHONE|(617) 555-0114]].
Clinic: [[ADDRESS|55 Fruit Street, Suite 940, Boston, MA 02114]]   Date: [[DATE|11/24/2026]]`,
  ],
  [
    'aldosteronism-clinic',
    `Adrenal vein sampling — appointment letter
Dear Mr [[PERSON|Ebenezer Thistlethwaite]],
Hospital no. [[MRN|AD5507381]]   NHS no. [[INSURANCE_ID|${nhs('438061')}]]   DOB [[DATE|22/03/1968]]
Your adrenal vein sampling is booked for [[DATE|07/12/2026]] at 08:00 in Interventional Radiology. Please stop spironolactone from [[DATE|09/11/2026]] (already advised) and continue doxazosin.
We have your address as [[ADDRESS|11 Tithe Barn Lane, Kendal LA9 6DN]]. Queries: Endocrine nurses.
Dr [[PERSON|Rosalind Achterberg]]`,
  ],
  [
    'aldosteronism-clinic',
    `Endocrine clinic — primary aldosteronism
[[PERSON|Manaia Tuiasosopo]], 51M, NHI [[INSURANCE_ID|${nhi('PUC', '541')}]]
BP 168/102 on four agents; K 3.2. Aldosterone 720 pmol/L, renin suppressed. Saline suppression test ([[DATE|17/11/2026]]): aldosterone 410 after 2 L — confirmed. CT: 1.4 cm left adrenal adenoma.
Plan: AVS then likely laparoscopic left adrenalectomy. Wife [[PERSON|Lagi]] ([[PHONE|022 418 5730]]).
Address: [[ADDRESS|7 Karaka Road, Māngere East, Auckland 2024]]`,
  ],
  [
    'aldosteronism-clinic',
    `The saline infusion test — what to expect
You will lie on a bed for four hours while two litres of salt water run into a vein. Blood is taken at the start and the end to see whether your aldosterone level falls. Keep taking your usual tablets unless the clinic has asked you to stop some of them. Eat breakfast as normal. Tell the nurse if you feel breathless or your chest feels tight.`,
  ],
  [
    'amyloidosis-clinic',
    `Amyloidosis Centre — clinic letter, [[DATE|24/11/2026]]
Re: [[PERSON|Wilfred Bannerman]], DOB [[DATE|19/01/1944]], NHS [[INSURANCE_ID|${nhs('517942')}]], hospital no. [[MRN|NAC-20873]]
Diagnosis: wild-type transthyretin cardiac amyloidosis (DPD scan Perugini grade 2, ref [[MRN|NM26-3471]], [[DATE|05/11/2026]]); no monoclonal protein.
He lives at [[ADDRESS|3 Wharf Cottages, Blakeney, Holt NR25 7ND]] with his wife [[PERSON|Dorothy]], who drives him.
Plan: start tafamidis 61 mg daily; review in 6 months.`,
  ],
  [
    'amyloidosis-clinic',
    `Cardiology — ATTR clinic note [[DATE|11/24/2026]]
[[PERSON|Jerome Batiste]], 74M, MRN [[MRN|C-3380192]]. Genetic testing: TTR V122I (pV142I) variant. NYHA II, NT-proBNP 2,410.
Tafamidis approved via specialty pharmacy; plan member ID [[INSURANCE_ID|HUM-8841027-01]]. First shipment to [[ADDRESS|416 Dauphine St, Apt 2, New Orleans, LA 70112]].
Cascade testing offered to his son [[PERSON|Andre]] and daughter [[PERSON|Simone Batiste-Roy]].
Patient phone [[PHONE|(504) 555-0182]].`,
  ],
  [
    'amyloidosis-clinic',
    `Hematology day unit — AL amyloidosis, cycle 2 day 1, [[DATE|24/11/2026]]
[[PERSON|Ghislaine Thibodeau]], 66F, OHIP [[INSURANCE_ID|${ohip('684201937')}]]-AB, chart [[MRN|OH2207413]]
CyBorD plus daratumumab. dFLC 412 → 96 mg/L after cycle 1. Fluid gain 2 kg; furosemide increased to 40 mg.
Husband [[PERSON|Réjean]] asks that results go to [[EMAIL|r.thibodeau@example.ca]]. Home: [[ADDRESS|1280 Innes Road, Unit 4, Ottawa, ON K1B 3V3]].
Next: [[DATE|01/12/2026]].`,
  ],
];

export function generateDeidHoldout44(): LabelledRecord[] {
  return holdoutRecords('h44', zh, en);
}

export const DEID_HOLDOUT_44_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/labelled/deid-holdout-44.jsonl',
);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const records = generateDeidHoldout44();
  writeFileSync(DEID_HOLDOUT_44_PATH, renderJsonl(records));
  console.log(`wrote ${records.length} records to ${DEID_HOLDOUT_44_PATH}`);
}
