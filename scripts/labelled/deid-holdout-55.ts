import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chi, hkid, luhn, medicare, nhi, nhs, nric, ohip, rid, spaced } from './check-digits.ts';
import { holdoutRecords, type LabelledRecord, renderJsonl } from './generate-deid.ts';

/**
 * The ROUND-55 fresh held-out de-identification set (data/labelled/deid-holdout-55.jsonl): 120
 * hand-written snippets (60 Chinese, 60 English) with hand-placed spans, marked inline as [[TYPE|text]]
 * (parseMarked strips the marks and records UTF-16 offsets). Written by a separate, blind annotator who
 * did not read the recognizer code, the lexicons, the name model, the registry, the bench or the docs,
 * read no earlier snippet beyond the first three of round 54, and never ran a recognizer, the guard or
 * the CLI on these snippets; it must not be used to adjust the recognizers.
 *
 * About four fifths are the everyday documents of a general hospital and the messages of its patients
 * (admission, progress and discharge notes, outpatient notes and letters, referrals, handovers,
 * nursing notes, lab and imaging reports, prescriptions, consent, billing papers, online
 * consultations, patient messages, family chats and SMS reminders), in new wording; a fifth come from
 * four settings no earlier card names: spasmodic dysphonia (laryngeal dystonia) voice clinics,
 * rumination syndrome clinics, Tarlov (perineural) cyst clinics and osteopetrosis clinics.
 *
 * Identifiers are synthetic and computed below from hand-chosen parts: 18-digit resident IDs get their
 * GB 11643 check character from a region code, birth date and sequence chosen to agree with the text
 * (the last sequence digit odd for men, even for women); 15-digit IDs are typed from region code, birth
 * date and sex digit; bank cards get a Luhn digit; NHS numbers are in the 999 test range with their
 * modulus-11 digit; a Scottish CHI number gets its modulus-11 digit after a birth date and a sex digit;
 * Australian Medicare numbers get their check digit and an issue digit; NZ NHIs, the Hong Kong identity
 * card and the Singapore NRICs get their check characters; Ontario health numbers get a Luhn digit. The
 * US MBI follows the published character pattern. Phones are random mainland numbers or fictional
 * ranges (North American 555-01xx, UK 07700 900xxx and Ofcom drama ranges, Australian 5550 landlines);
 * mail and web hosts are example.*; IP addresses come from the documentation ranges.
 *
 * Span conventions are those of data/labelled/deid-holdout-54.card.yaml (and the earlier cards it
 * refers to); the decisions new in this round are stated in data/labelled/deid-holdout-55.card.yaml.
 */

const zh: Array<[string, string]> = [
  [
    'admission',
    `消化内科入院记录
住院号：[[MRN|ZZ26113847]]　床号：[[MRN|22]]　入院日期：[[DATE|2026年11月23日]]
姓名：[[PERSON|郜振江]]　男　63岁　身份证号：[[ID_CARD|${rid('410105', '19630214', '537')}]]
主诉：上腹隐痛2月，黑便3天。Hb 92g/L，大便隐血（+）。
既往：2型糖尿病10年，口服二甲双胍0.5g tid。
联系人：妻子[[PERSON|岳桂琴]]　[[PHONE|137 3816 0592]]
现住址：[[ADDRESS|河南省郑州市金水区纬五路21号院4号楼3单元602]]`,
  ],
  [
    'admission',
    `神经内科入院记录
患者：[[PERSON|达娃普赤]]　女　[[AGE|91]]岁　藏族
身份证：[[ID_CARD|540102350611024]]
住院号：[[MRN|LS-5830-9147]]　床号：神内[[MRN|加3]]
入院时间：[[DATE|2026-11-24]] 09:15
突发右侧肢体无力4小时，NIHSS 9分，头颅CT未见出血，已过静脉溶栓时间窗。
患者只讲藏语，由孙子[[PERSON|边巴次旺]]翻译，电话[[PHONE|0891-6327415]]。`,
  ],
  [
    'admission',
    `产科入院记录
姓名：[[PERSON|芮晓彤]]　女　31岁　G2P0　孕38+4周
预产期：[[DATE|2026年12月4日]]（末次月经[[DATE|2026年2月27日]]）
住院号：[[MRN|CK0027615]]　床号：[[MRN|7]]
身份证：[[ID_CARD|${rid('320583', '19950427', '186')}]]
医保卡号：[[INSURANCE_ID|JS32058306217485]]
今晨起不规律下腹紧缩感，胎心142次/分，宫口未开。
丈夫：[[PERSON|詹书航]]　[[PHONE|152-6093-8174]]`,
  ],
  [
    'progress-note',
    `日常病程记录
[[DATE|2026-11-24]] 08:30　[[PERSON|葛秋菊]]　女　76岁　住院号[[MRN|1058836142]]　床[[MRN|19]]
社区获得性肺炎入院第3天，体温37.4℃，咳嗽减轻，痰培养示肺炎克雷伯菌。
哌拉西林他唑巴坦4.5g q8h续用，复查CRP 41mg/L（入院时128mg/L）。
[[PERSON|訾]]主任查房：继续当前抗感染方案，[[DATE|11月27日]]复查胸部CT。
记录者：[[PERSON|邢一鸣]]`,
  ],
  [
    'progress-note',
    `术后首次病程记录
手术日期：[[DATE|2026年11月23日]]
患者[[PERSON|闫浩宇]]（病友都叫他"[[PERSON|大宇]]"），男，19岁，住院号[[MRN|GK-0736125]]，[[MRN|12]]床。
在腰硬联合麻醉下行右膝前交叉韧带重建术，术中出血约30mL，安返病房。
术后冰敷、抬高患肢，低分子肝素4000IU qd皮下注射，足背动脉搏动良好。
术者：[[PERSON|欧阳泓毅]]　一助：[[PERSON|端木雪]]　记录：[[PERSON|皇甫文博]]`,
  ],
  [
    'progress-note',
    `主任医师查房记录
[[DATE|2026-11-22]]　[[MRN|36]]床　[[PERSON|吉克莫色]]　女　54岁　彝族　住院号[[MRN|XC8427-3096]]
身份证：[[ID_CARD|${rid('513401', '19720815', '428')}]]
患者汉语表达有限，由女儿[[PERSON|曲比阿支]]用彝语翻译。
右足背溃疡清创术后第5天，创面肉芽新鲜，渗出减少，空腹血糖7.8mmol/L。
[[PERSON|赫]]主任指示：加强血糖监测，请营养科会诊，必要时植皮。
记录：住院医师[[PERSON|马海英]]`,
  ],
  [
    'discharge',
    `出院小结
姓名：[[PERSON|褚雅雯]]　女　45岁　住院号：[[MRN|HZ00791536]]
入院：[[DATE|2026-11-16]]；出院：[[DATE|2026-11-24]]
诊断：甲状腺乳头状癌（右叶），已行右叶及峡部切除+中央区淋巴结清扫。
出院带药：左甲状腺素钠片75μg qd。
复查：[[DATE|12月8日]]甲状腺外科门诊查看切口并复查甲功，科室随访电话[[PHONE|0571-86092743]]。
主治医师：[[PERSON|骆振宇]]`,
  ],
  [
    'discharge',
    `疾病诊断证明书
兹证明[[PERSON|庹明亮]]，男，38岁，身份证号[[ID_CARD|${rid('500103', '19880709', '315')}]]，医保个人编号[[INSURANCE_ID|50010358837214]]，
于[[DATE|2026年11月12日]]至[[DATE|2026年11月24日]]在我院骨科住院，诊断：左跟骨粉碎性骨折（切开复位内固定术后）。
建议全休三个月，患肢避免负重，定期门诊复查。
医师：[[PERSON|冉晓燕]]　　开具日期：[[DATE|2026-11-24]]`,
  ],
  [
    'discharge',
    `出院记录（老年医学科）
患者[[PERSON|鲍德厚]]，男，[[AGE|95]]岁，身份证[[ID_CARD|150102311108153]]，住院号[[MRN|NM-4082613]]。
[[DATE|11月10日]]因心衰再次加重住院，予利尿及扩血管等处理后，BNP由5120降至1380pg/mL，于[[DATE|11月24日]]出院。
出院后由孙媳[[PERSON|娜仁高娃]]照护，联系电话[[PHONE|15947160328]]；
住址：[[ADDRESS|内蒙古呼和浩特市新城区海拉尔东路37号2号楼4单元301]]`,
  ],
  [
    'outpatient',
    `皮肤科门诊病历
就诊日期：[[DATE|2026-11-24]]　门诊号：[[MRN|MZ-PF-083715]]
[[PERSON|卜佳琪]]　女　27岁
主诉：面部反复红斑、油腻鳞屑伴瘙痒半年，熬夜后加重。
诊断：脂溢性皮炎。处理：酮康唑洗剂外用，每周2次；避免热水洗脸。
复诊预约：[[DATE|12月22日]]上午
医生：[[PERSON|芦海燕]]`,
  ],
  [
    'outpatient',
    `儿童保健门诊记录
儿童：[[PERSON|蔺若溪]]（小名"[[PERSON|溪溪]]"）　女　出生日期：[[DATE|2025年5月30日]]
儿保卡号：[[MRN|EB-250530-0291]]
母亲：[[PERSON|隗佳音]]　[[PHONE|135-2917-6048]]
18月龄体检：身长80.5cm，体重10.2kg，会说10个左右的词，能独走，已完成麻腮风第2剂。
下次随访：[[DATE|2027年5月]]（2岁体检）。医生：[[PERSON|贲雨晴]]`,
  ],
  [
    'outpatient',
    `中医科门诊
[[PERSON|邝]]阿婆，女，[[AGE|九十三]]岁，门诊号[[MRN|ZY-0458217]]，由女儿陪诊。
主诉：失眠多梦2月，口干，大便干结。舌红少苔，脉细数。
辨证：阴虚火旺。方：天王补心丹加减，7剂，水煎服，日一剂。
[[DATE|2026年11月24日]]　医师：[[PERSON|区伟明]]`,
  ],
  [
    'referral',
    `双向转诊单（上转）
转出单位：某县人民医院内科　转诊编号：[[MRN|ZZ-HN-2611-0963]]
患者：[[PERSON|覃凤娇]]　女　58岁　身份证：[[ID_CARD|${rid('450102', '19680913', '264')}]]
初步诊断：慢性肾脏病5期，血肌酐786μmol/L，需评估透析通路。
转往：市人民医院肾内科
联系人：儿子[[PERSON|韦启航]]　[[PHONE|18977305162]]
转诊医师：[[PERSON|黄秋萍]]　日期：[[DATE|2026.11.23]]`,
  ],
  [
    'referral',
    `会诊申请单
申请科室：心内科　会诊单号：[[MRN|HZ2611-1429]]
患者：[[PERSON|寇长林]]，男，80岁，[[MRN|5]]床，住院号[[MRN|0064379215]]
会诊目的：PCI术后第2天右侧腹股沟出现搏动性包块，请血管外科评估是否为假性动脉瘤。
申请医师：[[PERSON|岑婉清]]　[[DATE|2026-11-24]] 10:42
会诊医师：[[PERSON|靳朝阳]]（血管外科）`,
  ],
  [
    'referral',
    `医联体远程会诊申请
申请单位：某镇卫生院　远程会诊号：[[MRN|YCHZ-073815]]
患者[[PERSON|努尔兰·赛力克]]，男，66岁，哈萨克族，身份证[[ID_CARD|${rid('654002', '19600305', '551')}]]
主诉：活动后胸闷1月，心电图示V1–V4 ST段压低0.1mV。
资料已上传，请上级医院心内科[[PERSON|蒋慧敏]]医生审阅，邮箱[[EMAIL|jianghm@heart.example.cn]]。
申请医生：[[PERSON|加娜尔·吐尔洪]]　电话[[PHONE|0999-8156372]]`,
  ],
  [
    'handover',
    `内科护理交班（[[DATE|2026-11-24]] 夜班→白班）
床号｜姓名｜要点
[[MRN|3]]｜[[PERSON|牟志华]]｜房颤，华法林，INR 2.4，无出血
[[MRN|4]]｜[[PERSON|谭秀英]]｜[[AGE|90]]岁，夜间躁动一次，已加床栏
5｜—｜空床
[[MRN|6]]｜[[PERSON|聂长庚]]｜糖尿病酮症，胰岛素泵2U/h，晨血糖11.2mmol/L
[[MRN|加2]]｜[[PERSON|付晓梅]]｜急诊转入，禁食待胃镜
交班：[[PERSON|喻婷]]　接班：[[PERSON|封小燕]]`,
  ],
  [
    'handover',
    `ICU交接班录音整理
"[[MRN|十二]]床，[[PERSON|蒲建勋]]，哦不对，是[[PERSON|濮建勋]]，七十八岁，重症胰腺炎第四天，腹内压十六，CRRT还在跑。
[[MRN|十四]]床[[PERSON|季]]老太，[[AGE|九十一]]岁，肺部感染，今早痰培养回来是鲍曼，家属[[PERSON|季红霞]]说下午来签字。
十五床空着。"
交班人：[[PERSON|沈钰涵]]　接班人：[[PERSON|米雨桐]]`,
  ],
  [
    'handover',
    `产房交班记录　[[DATE|11月24日]]
待产1：[[PERSON|尤佳欣]]，27岁，G1P0，宫口开3cm，胎心140次/分，住院号[[MRN|CF-9162743]]
待产2：[[PERSON|鞠曼琳]]，34岁，瘢痕子宫，拟上午10点剖宫产，住院号[[MRN|CF-9162750]]
产后观察：[[PERSON|符小雨]]，顺产后2小时，出血约280mL，宫缩好，新生儿小名"[[PERSON|小米粒]]"，母婴同室。
交班助产士：[[PERSON|郁晓岚]]　接班：[[PERSON|栾芳]]`,
  ],
  [
    'nursing-note',
    `压力性损伤护理记录
[[DATE|2026-11-24]]　[[MRN|8]]床　[[PERSON|滕桂兰]]　女　[[AGE|96]]岁　住院号[[MRN|LN0319285]]
骶尾部2期压力性损伤约3×2cm，基底红润，少量渗液，予泡沫敷料覆盖，每2小时翻身。
Braden评分11分。家属（女儿[[PERSON|滕淑华]]）已学会协助翻身。
护士：[[PERSON|仝菁菁]]`,
  ],
  [
    'nursing-note',
    `PICC维护记录单
患者：[[PERSON|阚卫东]]　男　61岁　ID号：[[MRN|P00862471]]
置管日期：[[DATE|2026-10-20]]　维护日期：[[DATE|2026-11-24]]
右上臂贵要静脉，外露5cm，臂围27cm，穿刺点无红肿渗液，更换敷贴及接头。
下次维护：[[DATE|12月1日]]　维护护士：[[PERSON|桑晓雯]]　预约电话[[PHONE|0532-82917406]]`,
  ],
  [
    'nursing-note',
    `"互联网+护理服务"上门记录
服务对象：[[PERSON|晏福田]]　男　[[AGE|92]]岁　身份证：[[ID_CARD|430102340217071]]
地址：[[ADDRESS|湖南省长沙市芙蓉区韭菜园路58号院7栋201]]
服务项目：留置导尿管更换（16F），尿色清，无发热，指导家属每日清洁尿道口。
联系人：女儿[[PERSON|晏春兰]]　[[PHONE|173 0731 5298]]
上门护士：[[PERSON|幸娟]]　[[DATE|2026年11月24日]]15:00`,
  ],
  [
    'lab-report',
    `检验报告单（血常规）
姓名：[[PERSON|骞俊]]　性别：男　年龄：42岁　标本号：[[MRN|XG-A38175]]
门诊号：[[MRN|M7403192]]　采样时间：[[DATE|2026-11-24]] 07:52
WBC 3.1×10^9/L↓　NEUT 1.2×10^9/L↓　Hb 128g/L　PLT 96×10^9/L↓
检验者：[[PERSON|鲜红梅]]　审核者：[[PERSON|代春晖]]`,
  ],
  [
    'lab-report',
    `病理诊断报告
病理号：[[MRN|BL26-S8342]]　送检日期：[[DATE|2026年11月19日]]　报告日期：[[DATE|2026年11月24日]]
姓名：[[PERSON|井慧]]　女　52岁　住院号：[[MRN|0081524736]]
送检：胃窦、胃角活检组织各2块。
诊断：（胃窦）中度慢性萎缩性胃炎伴肠上皮化生，HP（+）；（胃角）低级别上皮内瘤变。
诊断医师：[[PERSON|汲振华]]　复核：[[PERSON|智晓宁]]`,
  ],
  [
    'lab-report',
    `检验科温馨提示：24小时尿蛋白定量留取方法
1. 第一天早上7点排空膀胱，这次尿液弃去不要。
2. 此后每次小便都收集到检验科发放的大桶中，桶内已加防腐剂，请勿倒掉。
3. 第二天早上7点最后一次排尿也收集进桶。
4. 记录总尿量，摇匀后取约10mL装入小试管送检。
留尿期间正常饮食饮水，大桶放阴凉处。`,
  ],
  [
    'imaging-report',
    `磁共振检查报告
影像号：[[MRN|MR0917365]]　检查日期：[[DATE|2026-11-24]]
姓名：[[PERSON|蒯立新]]　男　69岁　科室：神经内科　床号：[[MRN|17]]
检查部位：头颅MRI平扫+DWI
所见：左侧基底节区见斑片状DWI高信号，ADC值减低；双侧脑室旁多发点状长T2信号。
印象：左侧基底节区急性脑梗死；脑白质病变（Fazekas 2级）。
报告医师：[[PERSON|乔思远]]　审核医师：[[PERSON|钮可欣]]`,
  ],
  [
    'imaging-report',
    `超声检查报告单
超声号：[[MRN|US26-083641]]　[[PERSON|银晓雪]]　女　36岁　门诊
检查日期：[[DATE|2026年11月24日]]
胆囊大小约7.8×3.2cm，壁毛糙，腔内见多个强回声团，最大约1.4cm，后伴声影，随体位移动。
提示：胆囊多发结石；慢性胆囊炎。
医师：[[PERSON|佟建军]]`,
  ],
  [
    'imaging-report',
    `骨密度检测报告（DXA）
检查号：[[MRN|GM-0051938]]　姓名：[[PERSON|潘玉珍]]　女　74岁　出生日期：[[DATE|1952-08-03]]
腰椎L1–L4 T值 -3.1，股骨颈 T值 -2.7。结论：骨质疏松症。
上次检查：[[DATE|2024年11月]]，腰椎T值 -2.6。
报告医生：[[PERSON|包其木格]]`,
  ],
  [
    'prescription',
    `普通处方
处方编号：[[MRN|RX-B703428]]　日期：[[DATE|2026-11-24]]
姓名：[[PERSON|危志刚]]　男　57岁　门诊号：[[MRN|M6029517]]
医保卡号：[[INSURANCE_ID|H36010200493718]]
诊断：高血压病2级；高脂血症
Rp：苯磺酸氨氯地平片5mg qd ×28片；阿托伐他汀钙片20mg qn ×28片
医师：[[PERSON|熊晓辉]]　审核药师：[[PERSON|詹若兰]]`,
  ],
  [
    'prescription',
    `麻醉药品处方（专用）
患者：[[PERSON|阎淑芬]]　女　67岁　身份证号：[[ID_CARD|${rid('210102', '19590130', '426')}]]
诊断：胰腺癌肝转移，重度癌痛
代办人：女婿[[PERSON|毕晓峰]]　身份证号：[[ID_CARD|${rid('210103', '19840822', '317')}]]
Rp：盐酸羟考酮缓释片10mg q12h ×14片
医师：[[PERSON|何婉婷]]　调配：[[PERSON|房晓东]]　[[DATE|2026年11月24日]]`,
  ],
  [
    'prescription',
    `中药代煎配送单
处方号：[[MRN|ZYD-2611-5830]]　患者：[[PERSON|诸葛晓蕾]]　女　39岁
代煎：14剂，每剂2袋，每袋200mL，早晚饭后温服
收件人：[[PERSON|诸葛晓蕾]]　[[PHONE|139-5712-0846]]
配送地址：[[ADDRESS|浙江省宁波市海曙区孝闻街112弄5号502室]]
预计送达：[[DATE|11月26日]]`,
  ],
  [
    'consent',
    `手术知情同意书
患者姓名：[[PERSON|芦德胜]]　性别：男　年龄：[[AGE|90]]岁　住院号：[[MRN|WK-6493-2781]]
拟行手术：腹腔镜下胆囊切除术　拟手术日期：[[DATE|2026-11-25]]
可能风险：出血、胆漏、胆管损伤、中转开腹、心肺并发症等。
患者因听力差，授权女儿[[PERSON|芦秀英]]代为签字，身份证号[[ID_CARD|${rid('130102', '19630512', '248')}]]，电话[[PHONE|13931108652]]。
谈话医师：[[PERSON|祁海波]]　[[DATE|2026-11-24]]`,
  ],
  [
    'consent',
    `麻醉知情同意书
患者：[[PERSON|万佳怡]]　女　24岁　科室：耳鼻喉科　床号：[[MRN|26]]
拟行手术：鼻内镜下鼻中隔矫正术　麻醉方式：全身麻醉
本人已了解麻醉风险（插管损伤、术后恶心呕吐、过敏等），同意实施。
患者签名：[[PERSON|万佳怡]]　麻醉医师：[[PERSON|褚文韬]]　日期：[[DATE|2026年11月24日]]`,
  ],
  [
    'consent',
    `临床研究知情同意书（签字页）
研究名称：某PD-1抑制剂联合化疗一线治疗晚期胃癌的III期研究
受试者姓名缩写：[[PERSON|LJH]]　受试者编号：[[MRN|S037-0214]]
受试者签名：[[PERSON|连嘉豪]]　日期：[[DATE|2026-11-24]]　联系电话：[[PHONE|158 0592 7463]]
研究者签名：[[PERSON|宁静远]]　研究协调员：[[PERSON|邰璐]]`,
  ],
  [
    'billing',
    `住院费用结算单
姓名：[[PERSON|逯建平]]　住院号：[[MRN|JN2611-08473]]　医保编号：[[INSURANCE_ID|370102D71904286]]
身份证：[[ID_CARD|${rid('370102', '19610722', '351')}]]
入院：[[DATE|2026-11-09]]　出院：[[DATE|2026-11-23]]
总费用：¥36,218.40　统筹支付：¥24,513.27　个人自付：¥11,705.13
个人部分已由银行卡[[BANK_CARD|${spaced(luhn('621700283104692'))}]]支付。结算号：JS-370-26-55810　收费员：1126`,
  ],
  [
    'billing',
    `退费申请单
患者：[[PERSON|敖雪]]　就诊卡号：[[MRN|JZK20319586]]
退费项目：增强CT（未检查）　金额：¥486.00
原支付方式：银行卡　退回卡号：[[BANK_CARD|${spaced(luhn('622848061937152'))}]]
申请日期：[[DATE|2026-11-24]]　受理号：TK-8350-4716
联系电话：[[PHONE|182 0851 3764]]`,
  ],
  [
    'billing',
    `商业医疗保险理赔申请书
保单号：[[INSURANCE_ID|P2026330100478153]]
被保险人：[[PERSON|骆欣怡]]　身份证：[[ID_CARD|${rid('330106', '20180914', '022')}]]（8岁）
投保人：母亲[[PERSON|项丽君]]　身份证：[[ID_CARD|${rid('330106', '19880406', '142')}]]
出险日期：[[DATE|2026年11月3日]]　就诊医院：某儿童医院（支原体肺炎住院7天）
理赔款收款账户：[[BANK_CARD|${luhn('622202120305819364')}]]
联系地址：[[ADDRESS|浙江省杭州市西湖区文三路259号6幢1单元802室]]　电话：[[PHONE|13858036274]]`,
  ],
  [
    'online-consult',
    `图文问诊记录　问诊单号：[[MRN|WZ2611-73058]]
[[ACCOUNT|栀子花开]]（患者）[[DATE|2026-11-24]] 21:03：医生您好，我吃头孢第三天，身上起了好多红疹子，痒得厉害。
[[PERSON|丁思远]]医生 21:06：有没有喘憋、嘴唇肿？先停用头孢，把皮疹照片发来看看。
[[ACCOUNT|栀子花开]] 21:08：[图片] 不喘，嘴唇没肿。
[[PERSON|丁思远]]医生 21:11：考虑药疹，可口服氯雷他定10mg每日一次，如出现呼吸困难立即急诊。
系统日志：患者端登录IP [[IP|2001:db8:4e7::b3]]`,
  ],
  [
    'online-consult',
    `视频复诊预约确认
患儿：[[PERSON|柏子涵]]（监护人：[[PERSON|柏文斌]]）　复诊号：[[MRN|SP-6938150]]
时间：[[DATE|2026年11月26日]] 15:30　医生：儿童内分泌科[[PERSON|庞露]]
请提前5分钟点击链接进入诊室：[[URL|https://video.example.cn/room/SP6938150?k=9fa2]]
视频前请在家测量身高、体重并上传生长曲线。
医生端接入地址：[[IP|2001:db8:c52::19]]`,
  ],
  [
    'online-consult',
    `药学门诊线上咨询（微信）
咨询人：[[ACCOUNT|慢慢走的蜗牛]]　微信号：[[ACCOUNT|wh_lin1968]]
内容：我母亲[[PERSON|林凤珍]]在吃华法林，最近牙疼想吃布洛芬可以吗？
回复（药师[[PERSON|单晓晴]]）：不建议，布洛芬会增加出血风险，可短期用对乙酰氨基酚，并尽快复查INR。
咨询日期：[[DATE|2026-11-24]]　记录编号：[[MRN|YSZX-0315]]`,
  ],
  [
    'patient-message',
    `[[PERSON|殷]]主任您好，我是上周五在您门诊看甲状腺结节的[[PERSON|包晓燕]]，门诊号[[MRN|M2096354]]。穿刺结果出来了，病理号[[MRN|XB26-4417]]，写的是Bethesda IV类，我很担心，请问下一步是直接手术吗？我电话是[[PHONE|150 4718 2635]]，谢谢您！`,
  ],
  [
    'patient-message',
    `投诉信（发往医院患者服务中心邮箱）
我父亲[[PERSON|郑德旺]]，[[AGE|94]]岁，[[DATE|11月20日]]在急诊留观，等待床位超过14小时，期间无人协助如厕。
留观号：[[MRN|JZ-LG-30715]]。希望医院给出说明并改进。
投诉人：[[PERSON|郑晓霁]]　电话：[[PHONE|0595-22681437]]　邮箱：[[EMAIL|zhengxl1972@mail.example.cn]]`,
  ],
  [
    'patient-message',
    `公众号后台留言
用户[[ACCOUNT|一只爱吃鱼的猫]]：你们好，我想查一下我爸的体检报告，他叫[[PERSON|房国胜]]，体检号[[MRN|TJ-K48302]]，[[DATE|11月18日]]做的，手机号[[PHONE|186 6435 0219]]一直收不到短信。
客服回复：已为您重新推送，请在"报告查询"栏目查看，PDF也已发送至[[EMAIL|fgs_family@example.com.cn]]。`,
  ],
  [
    'family-chat',
    `群聊"外婆回家"
[[ACCOUNT|向日葵的夏天]]：明天外婆出院，谁去接？
二舅：我开车去，车牌[[PLATE|川A·7K29M]]，停住院部北门。
[[ACCOUNT|小鱼不吐泡泡]]：外婆的出院带药我已经在药房取了，放在护士站。
二舅：好，直接送回[[ADDRESS|成都市青羊区西御街16号3栋2单元1102]]。`,
  ],
  [
    'family-chat',
    `群聊"带妈妈去新加坡复查"
[[PERSON|虞静]]：机票订好了，核对一下护照号：妈妈[[PASSPORT|EK2739148]]，我[[PASSPORT|E60482153]]，[[PERSON|沁妍]]你的是[[PASSPORT|EH1825704]]吧？
[[PERSON|虞沁妍]]：对。妈妈在那边的复诊是[[DATE|12月3日]]上午。
[[PERSON|虞静]]：妈妈的病历号[[MRN|SGH-4730251]]记得带上，还有上次的出院小结。`,
  ],
  [
    'family-chat',
    `群聊"爷爷住院值班表"
[[ACCOUNT|阳光总在风雨后]]：爷爷今天精神好多了，[[AGE|九十六]]岁的人还吵着要回家。
[[ACCOUNT|大头儿子]]：在[[MRN|二十八]]床对吧？我下班过去换[[PERSON|振宁]]。
[[ACCOUNT|风吹麦浪]]：护士说[[DATE|11月25日]]做胃镜，今晚十点以后禁食。我开[[PLATE|鲁F·3H865]]过去，车停地下二层。
爸爸：我今晚值班。`,
  ],
  [
    'sms-reminder',
    `【某市人民医院】温馨提示：即日起门诊楼2号电梯检修，预计持续一周，请使用1号、3号电梯或步行楼梯，行动不便者可在大厅服务台借用轮椅。给您带来不便，敬请谅解。`,
  ],
  [
    'sms-reminder',
    `【某医院】[[PERSON|翟逸凡]]您好，您预约的[[DATE|11月27日]]上午9:30消化内科[[PERSON|冷]]医生门诊，就诊序号[[MRN|58]]，请携带身份证与医保卡。取消或改约请点击[[URL|https://yy.example.com.cn/c/Z8w2qL]]`,
  ],
  [
    'sms-reminder',
    `【某医院药房】[[PERSON|钟]]女士，您的处方（处方号[[MRN|YF3079521]]）药品已备好，请于[[DATE|11月28日]]前到门诊一楼西药房3号窗口凭就诊卡取药。如有疑问请致电[[PHONE|0371-66183920]]。`,
  ],
  [
    'spasmodic-dysphonia-clinic',
    `嗓音门诊初诊记录
就诊日期：[[DATE|2026-11-24]]　门诊号：[[MRN|SY-00731694]]
姓名：[[PERSON|葛丽娜]]　女　41岁　职业：小学教师
主诉：说话声音发紧、断断续续2年，唱歌和耳语时反而好转。
喉镜：声带结构正常，发元音时可见内收肌阵发性痉挛。嗓音障碍指数VHI 68分。
诊断：内收型痉挛性发音障碍（喉肌张力障碍）
处理：拟行双侧甲杓肌A型肉毒毒素注射，首次各1.25U，预约[[DATE|12月1日]]。
医师：[[PERSON|钱嘉诚]]　患者电话：[[PHONE|181 1637 2095]]`,
  ],
  [
    'spasmodic-dysphonia-clinic',
    `喉肌电引导下肉毒毒素注射记录
患者：[[PERSON|孟庆山]]　男　58岁　门诊号：[[MRN|ENT2611-2784]]　身份证：[[ID_CARD|${rid('220102', '19680325', '395')}]]
注射日期：[[DATE|2026年11月24日]]　末次注射：[[DATE|2026年8月18日]]
左、右甲杓肌各2.5U，EMG引导下定位，过程顺利。
已告知注射后约2周可能出现气息声及饮水呛咳。
家属：妻子[[PERSON|吕淑贞]]　[[PHONE|135 0441 6287]]
术者：[[PERSON|穆晓光]]　助手：[[PERSON|滑雪松]]`,
  ],
  [
    'spasmodic-dysphonia-clinic',
    `痉挛性发音障碍患者注射后须知
1. 注射后1～2周内声音可能变弱、带气息声，多为暂时现象。
2. 喝水呛咳时请小口慢饮，稍稠的食物更容易吞咽。
3. 疗效一般维持3～4个月，症状回升时请提前预约复诊。
4. 可配合嗓音治疗师进行放松发声训练，避免长时间大声讲话。`,
  ],
  [
    'rumination-clinic',
    `消化心身联合门诊记录
患者：[[PERSON|桂沐禾]]　女　15岁　初三　门诊号：[[MRN|XS-2611-0396]]
陪诊：母亲[[PERSON|邬丽华]]　[[PHONE|139 1786 2045]]
主诉：餐后10～15分钟食物不费力地返回口中1年，多数再咀嚼咽下，无恶心，体重下降4kg。
胃镜（[[DATE|2026年9月]]，外院）未见异常。高分辨率测压+阻抗：餐后可见胃内压力骤升。
诊断：反刍综合征（罗马IV）
处理：每餐后膈式呼吸训练15分钟；心理科[[PERSON|申敏]]老师协助行为治疗。
医生：[[PERSON|游振华]]　[[DATE|2026-11-24]]`,
  ],
  [
    'rumination-clinic',
    `[[ACCOUNT|沐禾妈妈]]：[[PERSON|游]]医生您好，[[PERSON|沐禾]]这周练了膈式呼吸，反刍从每天七八次减少到两三次，但学校午饭后还会有，班主任[[PERSON|岑]]老师同意她饭后去医务室做呼吸练习。下次复诊约在[[DATE|12月15日]]可以吗？
医生助理[[ACCOUNT|xhxs_zhuli01]]：已为您预约[[DATE|12月15日]]下午，就诊卡号[[MRN|90427316]]。`,
  ],
  [
    'rumination-clinic',
    `膈式呼吸训练单（反刍综合征）
• 进餐后立即开始，坐直，一手放胸口，一手放腹部。
• 用鼻吸气时让腹部鼓起，胸口的手尽量不动；缓慢呼气时腹部回落。
• 每次练习10～15分钟，感觉食物要返上来时加深呼吸。
• 记录每天的反刍次数，复诊时带给医生。`,
  ],
  [
    'tarlov-cyst-clinic',
    `神经外科门诊病历
[[DATE|2026-11-24]]　门诊号[[MRN|SW-01947286]]　[[PERSON|商雅琴]]　女　46岁
主诉：骶尾部酸痛伴久坐后会阴麻木1年余，咳嗽时加重。
腰骶MRI（[[DATE|2026-10-30]]）：S2水平多发神经束膜囊肿（Tarlov囊肿），最大约2.8×2.2cm，骶管扩大。
建议：住院行显微囊肿开窗+神经根袖套重建术，或先行CT引导下囊肿抽吸+纤维蛋白胶注射。
医师：[[PERSON|阙文涛]]　患者电话：[[PHONE|177 5029 3146]]`,
  ],
  [
    'tarlov-cyst-clinic',
    `神经外科入院记录（骶管囊肿）
住院号：[[MRN|NS-2611-7052]]　床号：[[MRN|33]]　入院日期：[[DATE|2026年11月23日]]
患者：[[PERSON|甘秀梅]]　女　52岁　身份证：[[ID_CARD|${rid('520102', '19740618', '362')}]]
Tarlov囊肿（S1–S3）致双下肢放射痛及尿频，保守治疗半年无效。
拟于[[DATE|11月26日]]行骶管囊肿显微手术。
家属：丈夫[[PERSON|蹇国强]]　[[PHONE|0851-85926713]]
住址：[[ADDRESS|贵州省贵阳市南明区花果园大街6号R3栋1803]]`,
  ],
  [
    'tarlov-cyst-clinic',
    `[[PERSON|阙]]主任您好，我是做过骶管囊肿手术的[[PERSON|仇慧敏]]，术后三个月了，现在能比以前多坐半小时，但小便还是有点解不干净。我在老家县医院复查了MRI，片号[[MRN|CT-MR-58203]]，光盘已经寄到科室。请问[[DATE|12月10日]]您出门诊吗？我电话[[PHONE|15234718690]]。`,
  ],
  [
    'osteopetrosis-clinic',
    `儿童血液/造血干细胞移植门诊
患儿：[[PERSON|伍子墨]]　男　7月龄　出生日期：[[DATE|2026-04-12]]　病案号：[[MRN|EX0274815]]
诊断：婴儿恶性石骨症（TCIRG1复合杂合变异）
全身骨密度弥漫增高，肝脾大，Hb 78g/L，PLT 42×10^9/L，视觉诱发电位提示视神经受压。
计划：尽快行造血干细胞移植，已启动HLA配型；父亲[[PERSON|伍锦峰]]（身份证[[ID_CARD|${rid('440106', '19910203', '155')}]]）与母亲[[PERSON|麦婉仪]]同时配型。
医生：[[PERSON|冼靖雯]]　随访电话：[[PHONE|020-38716452]]`,
  ],
  [
    'osteopetrosis-clinic',
    `口腔颌面外科门诊
[[PERSON|闵建军]]　男　44岁　门诊号[[MRN|KQ-26-40913]]　就诊日期[[DATE|2026年11月24日]]
身份证：[[ID_CARD|${rid('340104', '19820917', '273')}]]
既往：常染色体显性石骨症II型（CLCN7变异），26岁起先后骨折4次。
现：左下颌拔牙后创口不愈3月，颌下瘘管流脓。CT：左下颌骨体骨髓炎，骨质硬化。
处理：清创+长期抗生素，避免再次拔牙；请血液科评估。其兄[[PERSON|闵建国]]同病，建议一并随访。
医师：[[PERSON|蔚海鹰]]`,
  ],
  [
    'osteopetrosis-clinic',
    `遗传检测报告
样本编号：[[MRN|GT-47318295]]
受检者：[[PERSON|蓝思琪]]　女　3岁　出生日期：[[DATE|2023-06-21]]　身份证：[[ID_CARD|${rid('350102', '20230621', '048')}]]
临床诊断：石骨症待排（多发骨折、颅底骨硬化）
检测结果：CLCN7基因检出一个致病性杂合变异。
家系验证：父亲[[PERSON|蓝志勇]]携带同一变异，母亲[[PERSON|雷美华]]未携带。
送检医生：[[PERSON|翁晓峰]]　报告日期：[[DATE|2026-11-24]]`,
  ],
];

const en: Array<[string, string]> = [
  [
    'admission',
    `Acute Frailty Unit – admission clerking
Name: [[PERSON|Winifred Tolhurst]]   Age: [[AGE|94]]   NHS No: [[INSURANCE_ID|${nhs('412907')}]]
Hospital no: [[MRN|K7204931]]   Bed: AFU [[MRN|6]]   Admitted: [[DATE|24/11/2026]] 02:10
PC: her carer came in at 23:40 and she was lying by the bed, probably there three hours. No head strike. CK 1,860.
Lives alone at [[ADDRESS|14 Cromwell Terrace, Leicester LE2 1PX]]; daughter [[PERSON|Gillian Marsh]] (NOK) [[PHONE|0116 496 0372]].
Clerked by Dr [[PERSON|Tobenna Eze]], FY2`,
  ],
  [
    'admission',
    `History and Physical – Hospital Medicine
Patient: [[PERSON|Darnell Pettaway]]   DOB: [[DATE|06/22/1958]]   MRN: [[MRN|40618257]]   Room [[MRN|512]]
Admit date: [[DATE|11/23/2026]]   Aetna member ID: [[INSURANCE_ID|W284716093]]
CC: fever, right flank pain and dysuria for three days. T 39.2, lactate 2.8, urine dip nitrite +.
Assessment: septic pyelonephritis. Plan: ceftriaxone 2 g daily, IV fluids, two sets of blood cultures.
Contact: wife [[PERSON|Loretta Pettaway]] [[PHONE|(602) 555-0163]]
Attending: Dr. [[PERSON|Sunil Raghavan]]`,
  ],
  [
    'admission',
    `Admission – General Medicine
[[PERSON|Hemi Tautahi]], 67 M, NHI [[INSURANCE_ID|${nhi('ZKW', '418')}]], admitted [[DATE|23 November 2026]]
Presenting: COPD exacerbation, SpO2 84% on air, pH 7.31, started on BiPAP in ED.
Whānau: partner [[PERSON|Mereana]] on [[PHONE|027 481 9306]]; son [[PERSON|Rawiri Tautahi]] visiting this evening.
Address: [[ADDRESS|58 Wallace Road, Māngere Bridge 2022]]
Admitting doctor: Dr [[PERSON|Fiona McLachlan]]`,
  ],
  [
    'progress-note',
    `Ward round – Ward 3B   [[DATE|24/11/2026]]
[[PERSON|Isobel Cargill]], CHI [[INSURANCE_ID|${chi('020346', '174')}]], day 4 after right hemicolectomy.
Obs stable, eating small amounts, bowels opened. Hb 98. Walking the corridor with physio ([[PERSON|Kirsty]]).
Plan: remove drain today; aim home Thursday [[DATE|26/11]].
Consultant Mr [[PERSON|Alasdair Rennie]]; entry by Dr [[PERSON|Chidinma Okafor]]`,
  ],
  [
    'progress-note',
    `Progress note – Cardiology, [[DATE|24/11/2026]] 11:00
Pt: [[PERSON|Dimitra Papadakis]]  URN [[MRN|2870463]]  Bed [[MRN|14]]
Day 2 after NSTEMI; angiogram this morning showed a 90% LAD stenosis, stented. Radial site clean.
Greek interpreter [[PERSON|Stavros Kallis]] present; daughter [[PERSON|Eleni]] updated by phone on [[PHONE|(03) 5550 2741]].
Medicare [[INSURANCE_ID|${medicare('31874052', '2')}]]
Dr [[PERSON|Mitchell Kwan]], cardiology registrar`,
  ],
  [
    'progress-note',
    `Progress Note – Hospital Day 3
[[PERSON|Marisol Vega-Ortiz]] | MRN [[MRN|72950318]] | Rm [[MRN|4-310A]] | [[DATE|11/24/2026]]
S: Pain controlled, walking in the hall. Spanish-speaking; son [[PERSON|Andrés]] at the bedside; a trained interpreter, [[PERSON|Lucía Ferrer]], joined for the plan.
O: Afebrile, WBC 9.1, lipase down to 140.
A/P: Gallstone pancreatitis resolving; surgery consulted for lap chole this admission, tentatively [[DATE|11/26/2026]].
— [[PERSON|K. Oyelaran]], MD`,
  ],
  [
    'discharge',
    `Discharge Summary – Medical 2
Patient: [[PERSON|Seosamh Mac Giolla Phádraig]]   DOB: [[DATE|19/05/1941]]   MRN: [[MRN|UHL-0592734]]
Medical card: [[INSURANCE_ID|2847193K]]
Admitted [[DATE|15/11/2026]]; discharged [[DATE|24/11/2026]]
Dx: left lower-limb cellulitis, IV flucloxacillin then oral for five more days.
Address: [[ADDRESS|Cnoc na Gréine, Ballyvourney, Co. Cork P12 X9K4]]
GP: Dr [[PERSON|Orla Twomey]]; public health nurse to check the leg on Monday.
Signed: Dr [[PERSON|Rónán Ó Duinnín]]`,
  ],
  [
    'discharge',
    `Discharge Summary
Name: [[PERSON|Gurpreet Kaur Dhaliwal]]   Chart #: [[MRN|B-4402917]]   OHIP: [[INSURANCE_ID|${ohip('583019264')}]] FK
Admission: [[DATE|2026-11-19]]   Discharge: [[DATE|2026-11-24]]
Diagnosis: diabetic ketoacidosis after missed insulin doses; new glucose sensor fitted.
Follow-up: diabetes education centre [[DATE|2026-12-02]]; family physician Dr [[PERSON|Chiamaka Ezeudu]], [[PHONE|905-555-0138]].
Husband [[PERSON|Harjinder Dhaliwal]] will help with meals and injections.`,
  ],
  [
    'discharge',
    `Discharge Summary – Medicine & Geriatrics
Patient: [[PERSON|LAU Siu Fong]] [[PERSON|劉少芳]]   HKID: [[ID_CARD|${hkid('E', '384052')}]]   HN: [[MRN|HN26047183]]   Sex/Age: F/[[AGE|92]]
Admitted [[DATE|17-11-2026]], discharged [[DATE|24-11-2026]].
Dx: urosepsis (E. coli), delirium resolved.
Discharged to: [[ADDRESS|Flat 1208, Wah Lok House, Wah Fu Estate, Pok Fu Lam]]
Son [[PERSON|Lau Chi Ho]] [[PHONE|9461 2738]]; GOPC follow-up [[DATE|08-12-2026]].
Dr [[PERSON|Ng Hoi Yan]]`,
  ],
  [
    'outpatient',
    `Dermatology Outpatients – clinic letter
Dear Dr [[PERSON|Farooqui]],
Re: [[PERSON|Bethany Okonjo]], DOB [[DATE|11/02/1993]], NHS [[INSURANCE_ID|${nhs('620481')}]], Hosp no [[MRN|N0382715]]
I saw [[PERSON|Bethany]] on [[DATE|24/11/2026]] with nodular prurigo on both forearms for 18 months, worse at night. We will start dupilumab 600 mg loading then 300 mg fortnightly, subject to funding.
Copy to patient: [[ADDRESS|Flat 3, 71 Kingsley Road, Portsmouth PO4 8HJ]]
Yours sincerely, Dr [[PERSON|Verity Holbrook]], Consultant Dermatologist`,
  ],
  [
    'outpatient',
    `Specialist Medical Clinic – follow-up
Name: [[PERSON|Nur Aina binti Roslan]]   MyKad: [[ID_CARD|870314-10-5286]]   RN: [[MRN|PK2611-04739]]
Visit: [[DATE|24/11/2026]]
SLE, on HCQ 200 mg daily with prednisolone 5 mg; urine protein 0.3 g/day, C3 normal.
Eye screening due [[DATE|January 2027]].
Tel: [[PHONE|+60 13-842 7165]]
Dr [[PERSON|Thivya Ramasamy]]`,
  ],
  [
    'outpatient',
    `Primary Care Visit
[[PERSON|Tyrone McAllister]], 52M, DOB [[DATE|04/30/1974]], MRN [[MRN|66107294]], visit [[DATE|11/24/2026]]
Medicaid member ID: [[INSURANCE_ID|418827305A]]
BP 162/98 on amlodipine 10 mg; add chlorthalidone 12.5 mg. A1c 6.1.
Referred to podiatry; recheck BMP in two weeks.
Prefers texts to [[PHONE|(470) 555-0138]].
PCP: [[PERSON|Rachel Levinson]], MD`,
  ],
  [
    'referral',
    `GP referral – suspected lower GI cancer
From: Dr [[PERSON|Anjali Wagle]], Millbrook Surgery
Patient: [[PERSON|Kenneth Arbuthnot]]  DOB [[DATE|27/07/1955]]  NHS [[INSURANCE_ID|${nhs('835216')}]]
Address: [[ADDRESS|9 Orchard Close, Taunton TA1 4QS]]  Tel [[PHONE|0117 496 0539]]
FIT 214 µg Hb/g with Hb 101 and low ferritin. Lost 5 kg since summer.
Suitable for direct-to-test colonoscopy; his wife [[PERSON|Maureen]] will drive him.`,
  ],
  [
    'referral',
    `Referral – Endocrinology
Dear Dr [[PERSON|Nguyen]],
Re: [[PERSON|Losaline Faleolo]], DOB [[DATE|03/09/1979]], Medicare [[INSURANCE_ID|${medicare('42715093', '1')}]]
[[ADDRESS|5/38 Kingsford Smith Drive, Hamilton QLD 4007]]
Newly found right thyroid nodule, 2.6 cm, TI-RADS 4, TSH normal. Please assess for FNA.
She would like her niece [[PERSON|Mele Tupou]] to come and interpret (Tongan); contact [[PHONE|(07) 5550 3168]].
Kind regards, Dr [[PERSON|Hamish Dunleavy]], Rosalie Family Practice`,
  ],
  [
    'referral',
    `Polyclinic referral memo
To: Orthopaedic Specialist Outpatient Clinic
Patient: [[PERSON|Rajendran s/o Palaniappan]]   NRIC: [[ID_CARD|${nric('S', '5283047')}]]
DOB [[DATE|12/08/1952]]  Tel [[PHONE|+65 9718 4026]]
Address: [[ADDRESS|Blk 538 Bedok North Street 3 #05-229 Singapore 460538]]
Right knee OA, KL grade 3, failed physiotherapy and analgesia. For TKR evaluation.
Dr [[PERSON|Chua Wen Jie]]   Date [[DATE|24/11/2026]]`,
  ],
  [
    'handover',
    `Ward 11 nursing handover – nights to days, [[DATE|24/11/2026]]
Bed | Patient | Notes
[[MRN|1]] | [[PERSON|Doreen Pilkington]] ([[AGE|95]]) | NBM for hip fixation, on this morning's list
[[MRN|2]] | [[PERSON|Stanley Okoro]] | DKA protocol, K 4.1, switch to subcut insulin at breakfast
3 | — | empty, deep cleaned
[[MRN|4]] | [[PERSON|Aileen Fraser]] ("[[PERSON|Lena]]") | confused overnight, 1:1 from 04:00
[[MRN|5]] | [[PERSON|Terrence Baptiste]] | chest drain swinging, 300 mL
Handover given by [[PERSON|Thandeka Moyo]] RN to [[PERSON|Mark Tolley]] RN`,
  ],
  [
    'handover',
    `ED sign-out, transcribed
"Room [[MRN|nine]], [[PERSON|Walter Haskins]] — sorry, [[PERSON|Wendell]] — [[AGE|ninety-one]], fell at home, CT head negative, waiting on PT. Room [[MRN|twelve]], [[PERSON|Priya Chandrasekar]], thirty-four, renal colic, six-millimetre stone, urology aware. Fourteen's empty now. Mr. [[PERSON|Haskins]]'s daughter [[PERSON|Janice]] is on [[PHONE|(919) 555-0142]]. That's it from me — [[PERSON|Derek]]."`,
  ],
  [
    'handover',
    `ISBAR handover – Ward 6 West, 19:00
I: [[PERSON|Jayden Tuckwell]], 23, bed [[MRN|18]], URN [[MRN|M3071956]]
S: day 1 post lap appendix, nauseated overnight.
B: perforated appendix, drain in situ.
A: T 37.8, drain 60 mL serous, pain 4/10.
R: continue IV piperacillin-tazobactam, get him up; mum [[PERSON|Kerri]] staying overnight ([[PHONE|(08) 5550 7314]]).
From [[PERSON|Ngaio Whitcombe]] RN to [[PERSON|Saoirse Delaney]] RN`,
  ],
  [
    'nursing-note',
    `District Nursing – home visit
[[DATE|24/11/2026]] 10:20   [[PERSON|Edna Pennycuick]], [[AGE|98]], NHS [[INSURANCE_ID|${nhs('174385')}]]
[[ADDRESS|Rose Cottage, 3 Mill Lane, Hebden Bridge HX7 8AA]]
Left shin skin tear 4 × 2 cm, steri-strips intact, redressed with silicone mesh. Key safe details in care plan.
Next visit [[DATE|27/11/2026]]. Niece [[PERSON|Hazel Cropper]] aware, [[PHONE|0113 496 0728]].
[[PERSON|Mags Ferriday]], community staff nurse`,
  ],
  [
    'nursing-note',
    `Home Health – RN Visit Note
Patient: [[PERSON|Ruth Ellen Sabatino]]   DOB: [[DATE|09/03/1936]]   MBI: [[INSURANCE_ID|7QK2-HW8-RN36]]
Address: [[ADDRESS|4417 Maple Ridge Dr, Toledo, OH 43615]]
Visit [[DATE|11/24/2026]]. CHF: weight up 2.1 lb since Friday, mild ankle edema; furosemide increased per Dr. [[PERSON|Obuya]] by phone.
Caregiver: grandson [[PERSON|Nico]] [[PHONE|(419) 555-0129]]
RN: [[PERSON|Danielle Forsythe]]`,
  ],
  [
    'nursing-note',
    `Rest home nursing note – hospital-level care
[[DATE|24/11/2026]]  Resident: [[PERSON|Ngaire Pōhatu]] ([[AGE|101]])  NHI [[INSURANCE_ID|${nhi('JQT', '562')}]]  Room [[MRN|7]]
Eating half of meals; weight 41.8 kg. Sacral skin intact. Waterlow 22.
Moko [[PERSON|Tama]] visited; family meeting booked for [[DATE|1 December]] with GP Dr [[PERSON|Kieran Haddon]].
RN [[PERSON|Losa Pauga]]`,
  ],
  [
    'lab-report',
    `Histopathology Report
Specimen no: [[MRN|H26-31872]]   Received [[DATE|19/11/2026]]   Reported [[DATE|24/11/2026]]
Patient: [[PERSON|Neville Trebilcock]]   DOB [[DATE|15/01/1949]]   Hosp no [[MRN|T5029837]]
Specimen: skin, right temple, excision.
Conclusion: nodular BCC, 9 mm; peripheral margins clear (closest 2 mm), deep margin 1.5 mm.
Reported by Dr [[PERSON|Aoife Scallan]], Consultant Histopathologist`,
  ],
  [
    'lab-report',
    `LABORATORY REPORT
Patient: [[PERSON|Zofia Kowalczyk]]   DOB [[DATE|02/14/1961]]   MRN [[MRN|83017462]]   Acc# [[MRN|C-48290617]]
Collected [[DATE|11/24/2026]] 06:15   Ordering: [[PERSON|M. Abernathy]], DO
Sodium 128 L, Potassium 3.3 L, Creatinine 0.9, TSH 2.1, Cortisol (AM) 16.
Sodium result phoned to [[PERSON|Tasha Greenlee]], RN, at 07:02.`,
  ],
  [
    'lab-report',
    `Your 24-hour blood pressure monitor
Wear the cuff on your non-dominant arm and keep it on overnight. When it inflates, stop, keep your arm still and relaxed at heart level. Carry on with your usual day, but do not shower or swim. Write down when you take your tablets, go to bed and wake up. Bring the monitor back to the clinic the next morning at the time on your booking letter.`,
  ],
  [
    'imaging-report',
    `CT abdomen/pelvis, portal venous phase
Name: [[PERSON|Ijeoma Chukwuemeka]]  DOB [[DATE|08/06/1984]]  RIS no: [[MRN|RXH4071853]]
Exam date: [[DATE|23/11/2026]]
Clinical: RIF pain, raised CRP, ? appendicitis.
Findings: dilated, thick-walled appendix (11 mm) with surrounding fat stranding; no collection, no free gas.
Opinion: appendicitis, not perforated.
Reported by Dr [[PERSON|Rupert Heseltine]]`,
  ],
  [
    'imaging-report',
    `MRI Lumbar Spine without contrast
Name: [[PERSON|Javier Montalvo]]   MRN: [[MRN|50913826]]   Acc: [[MRN|MR-26-884120]]   Date: [[DATE|11/24/2026]]
Indication: low back pain radiating to the left leg for six weeks.
Findings: at L4-5 a left subarticular disc extrusion abuts the descending left L5 nerve root. Mild canal stenosis.
Impression: L4-5 disc extrusion; correlate for left L5 radiculopathy.
Electronically signed: [[PERSON|Hyun-woo Baek]], MD`,
  ],
  [
    'imaging-report',
    `X-ray Left Wrist – Emergency
Patient: [[PERSON|Maisie Gallagher-Tran]]  DOB [[DATE|17/02/2017]]  URN [[MRN|0739216]]
Medicare [[INSURANCE_ID|${medicare('51930487', '4')}]]
Date: [[DATE|24/11/2026]]
Findings: torus fracture of the distal radius metaphysis; growth plate spared.
Radiologist: Dr [[PERSON|Priyanka Venkatesh]]
Referrer: Dr [[PERSON|Oliver Strang]] (ED)`,
  ],
  [
    'prescription',
    `NHS Prescription
Patient: [[PERSON|Margaret Ellacott]]  Age: [[AGE|93]]  DOB: [[DATE|30/04/1933]]
NHS No: [[INSURANCE_ID|${nhs('508314')}]]
Address: [[ADDRESS|Hollybank, 12 Station Road, Grange-over-Sands LA11 6DN]]
Rx: Edoxaban 30 mg tablets, one daily, 28
Prescriber: Dr [[PERSON|Tobias Ludgate]], Fell View Practice   Date: [[DATE|24/11/2026]]`,
  ],
  [
    'prescription',
    `e-Prescription
Patient: [[PERSON|Keisha Montgomery-Byrd]]  DOB [[DATE|10/05/1988]]  Phone [[PHONE|(773) 555-0162]]
Rx #: [[MRN|RX7740926]]
Sertraline 50 mg tablet, 1 tab by mouth daily, #30, refills 2
Insurance: BCBS IL member [[INSURANCE_ID|XOF928471035]]
Prescriber: [[PERSON|Amara Nwosu]], NP`,
  ],
  [
    'prescription',
    `Prescription
[[PERSON|Sione Lātū]]  DOB [[DATE|21/12/1966]]  NHI [[INSURANCE_ID|${nhi('PXR', '730')}]]
[[ADDRESS|17 Alexander Crescent, Ōtara 2023]]
Allopurinol 100 mg once a day, titrate up by 100 mg every 4 weeks until urate is under 0.36; colchicine 0.5 mg twice daily for three months.
Prescriber: Dr [[PERSON|Anahera Rāwiri]]  Date [[DATE|24/11/2026]]`,
  ],
  [
    'consent',
    `Consent form – adult with capacity
Name: [[PERSON|Declan Hurrell]]  NHS [[INSURANCE_ID|${nhs('261738')}]]  Hospital no [[MRN|W6182043]]
Operation: open mesh repair of right groin hernia, day case, booked for [[DATE|02/12/2026]]
Serious or frequent risks: bleeding, wound infection, long-term groin pain (around 1 in 10), the hernia coming back.
Patient signature: [[PERSON|Declan Hurrell]]   Date [[DATE|24/11/2026]]
Signed by consultant: Mr [[PERSON|Ikenna Obiora]]`,
  ],
  [
    'consent',
    `Informed Consent – Upper Endoscopy with Possible Biopsy
Patient: [[PERSON|Mirlande Joseph]]   MRN: [[MRN|31846072]]   DOB: [[DATE|07/19/1971]]
Planned: upper endoscopy, biopsy and dilation if needed
Explained in Haitian Creole through an in-person interpreter, [[PERSON|Jean-Robert Delva]].
Patient signature: [[PERSON|Mirlande Joseph]]   Date/time: [[DATE|11/24/2026]] 08:40
Witness: [[PERSON|Becca Lindholm]], RN
Physician: [[PERSON|Omar Qureshi]], MD`,
  ],
  [
    'consent',
    `Research consent – signatures
Trial: walking on day one after hip fracture repair (WALK1-HF)
Participant initials: [[PERSON|R.B.]]   Participant ID: [[MRN|EM2-0417]]
Participant: [[PERSON|Réjeanne Beaulieu]], age [[AGE|93]]
Substitute decision-maker: [[PERSON|Luc Beaulieu]] (son), tel [[PHONE|514-555-0193]]
Signed [[DATE|2026-11-24]]
Person obtaining consent: [[PERSON|Amélie Gagnon-Roy]], research coordinator`,
  ],
  [
    'billing',
    `Statement of account ([[DATE|11/24/2026]])
Guarantor: [[PERSON|Harold Van Brunt]]   Account #: [[MRN|A-0094718366]]
Patient: [[PERSON|Greta Van Brunt]]   Service date: [[DATE|10/30/2026]]
Humana (member [[INSURANCE_ID|H71820493]]) paid $2,318.40
Payment received by Mastercard [[BANK_CARD|${spaced(luhn('537604811920638'))}]]; balance due $412.75
Mail to: [[ADDRESS|3129 Hollyhock Ct, Evansville, IN 47715]]`,
  ],
  [
    'billing',
    `Tax invoice — Northside Psychology
Client: [[PERSON|Brodie Carmichael]]  DOB [[DATE|05/04/2001]]  Medicare [[INSURANCE_ID|${medicare('26483915', '3')}]]
Session: [[DATE|24/11/2026]], 50 min, Better Access item 80110, fee $220.00, rebate $98.95
Paid by Visa [[BANK_CARD|${spaced(luhn('453290118847352'))}]]
Address: [[ADDRESS|Unit 4, 19 Grey Street, St Kilda VIC 3182]]
Psychologist: [[PERSON|Yasmin Haddad-Kerr]]`,
  ],
  [
    'billing',
    `Invoice – private ophthalmology
Name: [[PERSON|Marcus Featherstonehaugh]]  Hospital no [[MRN|PP-204718]]
Insurer: Bupa, membership [[INSURANCE_ID|84412073-06]]
Procedure: right phacoemulsification and lens implant, [[DATE|17/11/2026]]
Shortfall due from patient: £385.00
Sent to [[EMAIL|m.featherstonehaugh@example.co.uk]] and [[ADDRESS|The Old Forge, 2 Church Walk, Marlow SL7 2DT]]
Car park permit used on the day: [[PLATE|KN19 WXA]]`,
  ],
  [
    'online-consult',
    `Online consultation – practice triage record
Submitted [[DATE|24/11/2026]] 07:48 via the online form; submitting IP [[IP|198.51.100.83]]
Patient: [[PERSON|Ayesha Siddiqui]]  DOB [[DATE|29/10/1990]]  NHS [[INSURANCE_ID|${nhs('947025')}]]
Request: stinging and frequency since Sunday; no temperature; pregnancy test negative.
Outcome: Pharmacy First referral; [[PERSON|Ayesha]] told by text to [[PHONE|0113 496 0162]].
Triaged by [[PERSON|Lorna Pickersgill]], ANP`,
  ],
  [
    'online-consult',
    `Telehealth Visit – Behavioral Health
Patient: [[PERSON|Dakota Redcloud]]  MRN [[MRN|58203917]]  Portal user: [[ACCOUNT|dredcloud_22]]
Session [[DATE|11/24/2026]] 16:00; link [[URL|https://vv.example.org/room/58203917-ab]]
Location confirmed: patient at home, [[ADDRESS|1720 Elm Creek Rd, Rapid City, SD 57701]]
Patient IP logged: [[IP|2001:db8:7a1e::45]]
Anxiety improving on buspirone 10 mg twice daily; PHQ-9 8.
Clinician: [[PERSON|Noreen Halvorsen]], LCSW`,
  ],
  [
    'online-consult',
    `Teleconsultation record
Patient: [[PERSON|Quek Hui Min]]   NRIC: [[ID_CARD|${nric('S', '8637201')}]]
Video consult [[DATE|24/11/2026]] 20:15; link [[URL|https://tc.example.sg/j/QHM-6042]]
Complaint: sore throat and fever 38.4 since yesterday; ART negative.
Medical certificate 2 days; medicines delivered to [[ADDRESS|Blk 226C Compassvale Walk #11-482 Singapore 543226]]
Contact [[PHONE|+65 8274 1930]]
Seen by Dr [[PERSON|Kavitha d/o Ramanathan]]`,
  ],
  [
    'patient-message',
    `Portal message
From: [[ACCOUNT|pattyb_1954]]
Subject: refill question
Hi Dr. [[PERSON|Whitcombe]], my husband [[PERSON|Gerald]] picked up my metformin and the pharmacy gave me 1000 mg tablets instead of 500 mg. Should I cut them in half? My sugar this morning was 142. Thanks, [[PERSON|Patricia Bellweather]] (DOB [[DATE|03/08/1954]])`,
  ],
  [
    'patient-message',
    `From: [[EMAIL|sandra.kilbride@example.co.uk]]
To: PALS team
Subject: My mother's discharge
My mother, [[PERSON|Evelyn Kilbride]] ([[AGE|90]]), was sent home from Ward 14 on [[DATE|21 November]] at 10pm without her walking frame and with no transport booked. Her hospital number is [[MRN|RTH0628145]].
Please ring me on [[PHONE|0161 496 0583]].
[[PERSON|Sandra Kilbride]]`,
  ],
  [
    'patient-message',
    `SMS to the practice (from [[PHONE|087 614 2093]])
Hi [[PERSON|Róisín]], this is [[PERSON|Mairéad Quinlivan]]. I'm booked for the INR clinic on [[DATE|2 December]] but I'm in Galway that week minding my daughter's kids. Could I come Monday [[DATE|30 November]] instead? Last reading was 2.6. My medical card no is [[INSURANCE_ID|6038411T]]. Thanks a million.`,
  ],
  [
    'family-chat',
    `WhatsApp – "Granny's hip"
[[PERSON|Aoibheann]]: Granny's out of theatre, all went grand. She's in bed [[MRN|22]] on St Brigid's ward.
[[PERSON|Cathal]]: Thank God. She's [[AGE|ninety-four]], the anaesthetic had me worried sick.
[[PERSON|Aoibheann]]: Heading up in the morning, car is [[PLATE|231-LH-4087]], have to register it for the car park.
Mam: Bring her glasses and the pink cardigan.`,
  ],
  [
    'family-chat',
    `Family chat – "Pop"
[[PERSON|Shaz]]: Pop's been moved to rehab, room [[MRN|9]]. Visiting 10 till 8.
[[PERSON|Brent]]: Good stuff. I'll take the ute, it's [[PLATE|1TZ 4QJ]] if anyone needs to book visitor parking.
[[PERSON|Kylie M]]: His Medicare card's in the bedside locker, ends in 47.
Nan: Tell him I'll bring the crossword.`,
  ],
  [
    'family-chat',
    `Group: "Nani visit"
[[PERSON|Ritu]]: Nani's cardiology appointment in Pune is on [[DATE|Dec 14]]. Passport numbers for the visa form — mine [[PASSPORT|A04938172]], [[PERSON|Arjun]]'s [[PASSPORT|567284039]].
[[PERSON|Arjun Kulkarni]]: Nani is [[AGE|91]] now, airline wheelchair booked both ways.
[[PERSON|Ritu]]: Her hospital file there is [[MRN|RBH/26/30914]], Dr [[PERSON|Sathe]] wants the echo CD.
Papa: I'll call the hospital.`,
  ],
  [
    'sms-reminder',
    `City Health: drop in for your flu jab and COVID-19 booster on any December Saturday between 9am and 1pm at your nearest community health centre, no booking required. Please have your insurance card with you if you hold one. Text STOP to unsubscribe.`,
  ],
  [
    'sms-reminder',
    `Hi [[PERSON|Callum]], reminder of your MRI scan on Tue [[DATE|1 Dec]] at 14:20 at Riverside Imaging, [[ADDRESS|Unit 6, 40 Quay Street, Bristol BS1 4DX]]. Please leave jewellery at home. Change or cancel: [[URL|https://scan.example.co.uk/r/CM88Q2]] or call [[PHONE|0117 496 0815]].`,
  ],
  [
    'sms-reminder',
    `Oak Park Pharmacy: the prescription for [[PERSON|F. ADEYEMI]] (Rx [[MRN|4472018]]) is ready for pickup. Held until [[DATE|11/30]]. Questions: reply here or call [[PHONE|(708) 555-0151]].`,
  ],
  [
    'spasmodic-dysphonia-clinic',
    `Voice Clinic – letter to GP
Re: [[PERSON|Philippa Arkwright]], DOB [[DATE|14/09/1979]], NHS [[INSURANCE_ID|${nhs('388261')}]]
Seen in the joint ENT and speech therapy voice clinic on [[DATE|24/11/2026]].
Strained, strangled voice with breaks on voiced sentences, normal laughter and whisper; nasendoscopy shows normal folds with adductor spasms. Diagnosis: adductor spasmodic dysphonia (laryngeal dystonia).
Plan: EMG-guided botulinum toxin to both thyroarytenoids, 1.5 units each, on [[DATE|8 December]]. Our therapist [[PERSON|Hannah Ogundipe]] will see her afterwards.
Mr [[PERSON|Julian Pettifer-Ross]], Consultant Laryngologist`,
  ],
  [
    'spasmodic-dysphonia-clinic',
    `Procedure Note – Laryngeal Botulinum Toxin Injection
Patient: [[PERSON|Gregory Sandoval]]  MRN: [[MRN|90517342]]  DOB: [[DATE|11/02/1969]]  Date: [[DATE|11/24/2026]]
Dx: adductor spasmodic dysphonia; ninth injection, last on [[DATE|08/11/2026]] with good response for 11 weeks.
Under EMG guidance, onabotulinumtoxinA 1.0 U into the left TA only (too breathy last time). Tolerated well.
Wife [[PERSON|Carmen]] drove; next injection window early [[DATE|February]].
[[PERSON|Lisa Yamamoto-Kerr]], MD, Laryngology`,
  ],
  [
    'spasmodic-dysphonia-clinic',
    `After your voice injection
Your voice may be weak or breathy for one to two weeks; this usually settles. Sip drinks slowly and tuck your chin down when swallowing if thin drinks make you cough. Avoid shouting or long phone calls in the first week. The benefit usually lasts three to four months, so book your next injection when you first notice the strain coming back.`,
  ],
  [
    'rumination-clinic',
    `Pediatric GI Clinic – New Patient
Patient: [[PERSON|Hailey Brandt]]  DOB [[DATE|05/17/2012]]  MRN [[MRN|47290135]]  Visit [[DATE|11/24/2026]]
Accompanied by father [[PERSON|Travis Brandt]] ([[PHONE|(763) 555-0109]]).
Effortless regurgitation of partly digested food within minutes of every meal for 8 months, re-chewed or spat out, no retching, nothing at night. Weight down 3 kg. EGD and gastric emptying normal.
Impression: rumination syndrome (Rome IV).
Plan: diaphragmatic breathing after meals with GI psychologist Dr [[PERSON|Naomi Sapolsky]]; school nurse letter given.
[[PERSON|Samuel Achterberg]], MD`,
  ],
  [
    'rumination-clinic',
    `Neurogastroenterology Clinic
Dear Dr [[PERSON|Okwuosa]],
Re: [[PERSON|Tomasz Pietrzykowski]], DOB [[DATE|02/03/1998]], Hospital no [[MRN|B7402619]]
High-resolution manometry with impedance on [[DATE|12/11/2026]] showed gastric pressure rises above 30 mmHg followed by retrograde flow, consistent with rumination syndrome; no supragastric belching.
He has started diaphragmatic breathing with our dietitian [[PERSON|Ffion Llewelyn]] and is already down from ten episodes a day to four. He asked us to use his mobile, [[PHONE|07700 900748]].
Yours sincerely, Dr [[PERSON|Imogen Haverstock]]`,
  ],
  [
    'rumination-clinic',
    `Diaphragmatic breathing after meals
Sit upright with one hand on your chest and one on your tummy. Breathe in slowly through your nose so the hand on your tummy rises while the chest hand stays still, then breathe out gently. Start as soon as you finish eating and keep going for 10 to 15 minutes. If you feel food starting to come up, slow down and deepen the breath. Keep a simple diary of episodes to bring to clinic.`,
  ],
  [
    'tarlov-cyst-clinic',
    `Spinal Neurosurgery Clinic
Re: [[PERSON|Yvonne Catterall]], DOB [[DATE|06/10/1971]], NHS [[INSURANCE_ID|${nhs('691524')}]]
Seen [[DATE|24/11/2026]]. Sacral pain worse on sitting and standing, eased lying flat, with intermittent perineal numbness and urinary frequency.
MRI ([[DATE|30/10/2026]]): multiple Tarlov (perineural) cysts at S2 and S3, the largest 3.1 cm, with scalloping of the sacrum.
We discussed CT-guided aspiration with fibrin glue against microsurgical fenestration and imbrication; she would like to try the former first.
She came with her partner, [[PERSON|Deborah Quayle]].
Mr [[PERSON|Kwabena Owusu-Ansah]], Consultant Neurosurgeon`,
  ],
  [
    'tarlov-cyst-clinic',
    `Patient message
From: [[ACCOUNT|meg.harlan.tx]]
Dr. [[PERSON|Prakash]], it's been two weeks since the aspiration and the sitting pain is back almost exactly as before. The nurse, [[PERSON|Tiffany]], said to let you know. Is surgery the next step? I can do a video visit any day but Wednesday.
[[PERSON|Megan Harlan]] | DOB [[DATE|08/25/1983]] | MRN [[MRN|70416283]]`,
  ],
  [
    'tarlov-cyst-clinic',
    `MRI Lumbosacral Spine
Patient: [[PERSON|Ngozi Adebanjo-Reid]]  DOB [[DATE|22/07/1976]]  Patient ID [[MRN|QR-5837204]]
Exam date [[DATE|24/11/2026]]  Medicare [[INSURANCE_ID|${medicare('39016274', '1')}]]
Findings: lobulated perineural (Tarlov) cysts arising from the right S2 and left S3 root sleeves, 24 mm and 15 mm, with smooth expansion of the sacral canal. Lumbar discs unremarkable.
Comment: Tarlov cysts; please correlate with symptoms.
Radiologist: Dr [[PERSON|Callum Ferrier]]; referrer Dr [[PERSON|Tania Lowitja Brown]]`,
  ],
  [
    'osteopetrosis-clinic',
    `Paediatric Bone Marrow Transplant Unit
Re: baby [[PERSON|Zayn Chaudhry]], DOB [[DATE|03/06/2026]], NHS [[INSURANCE_ID|${nhs('730418')}]], Hospital no [[MRN|G8046125]]
Infantile malignant osteopetrosis (TCIRG1), diagnosed in [[DATE|August 2026]] after hypocalcaemic seizures. Optic nerves now compressed; VEPs reduced.
HLA typing: his sister [[PERSON|Inaya]] is not a match; an 8/8 unrelated donor has been found and admission for conditioning is planned for [[DATE|7 December]].
Parents [[PERSON|Bilal]] and [[PERSON|Saima Chaudhry]] have consented; contact [[PHONE|0121 496 0274]].
Dr [[PERSON|Eleanor Whitlock]], Consultant`,
  ],
  [
    'osteopetrosis-clinic',
    `Medical Genetics Consultation
Patient: [[PERSON|Austin Pelletier]]  DOB [[DATE|01/30/1987]]  MRN [[MRN|26091847]]  Date [[DATE|11/24/2026]]
Referred after a third femoral fracture and diffuse sclerosis on X-ray ("bone-in-bone" vertebrae). Exome: heterozygous pathogenic CLCN7 variant, autosomal dominant osteopetrosis type II.
Family: mother [[PERSON|Denise]] has had hip fractures and dental abscesses; testing offered. Sister [[PERSON|Brooke Pelletier]] has no symptoms and wishes to be tested.
Lab sample ID [[MRN|GX-26-117843]]; results to be e-mailed to [[EMAIL|a.pelletier87@example.com]].
Counselor: [[PERSON|Rosa Delgado-Finch]], MS, CGC`,
  ],
  [
    'osteopetrosis-clinic',
    `Oral & Maxillofacial Surgery – consultation
Patient: [[PERSON|Marie-Claude Thibodeau]]   OHIP: [[INSURANCE_ID|${ohip('741830295')}]] TR   Chart [[MRN|OMF-55217]]
DOB [[DATE|1968-03-11]]   Seen [[DATE|2026-11-24]]
Known autosomal dominant osteopetrosis. Non-healing socket at 46 after an extraction in [[DATE|July]]; exposed sclerotic bone and a submandibular sinus. CT: osteomyelitis of the right mandibular body.
Plan: debridement under GA, six weeks of antibiotics, hyperbaric oxygen referral.
Contact: [[PHONE|343-555-0119]]; address on file [[ADDRESS|88 Rue Notre-Dame, Embrun, ON K0A 1W1]]
Surgeon: Dr [[PERSON|Farid Benhamou]]`,
  ],
];

export function generateDeidHoldout55(): LabelledRecord[] {
  return holdoutRecords('h55', zh, en);
}

export const DEID_HOLDOUT_55_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/labelled/deid-holdout-55.jsonl',
);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const records = generateDeidHoldout55();
  writeFileSync(DEID_HOLDOUT_55_PATH, renderJsonl(records));
  console.log(`wrote ${records.length} records to ${DEID_HOLDOUT_55_PATH}`);
}
