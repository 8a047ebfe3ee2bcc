import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chi, hkid, luhn, medicare, nhi, nhs, nric, ohip, rid, spaced } from './check-digits.ts';
import { holdoutRecords, type LabelledRecord, renderJsonl } from './generate-deid.ts';

/**
 * The ROUND-56 fresh held-out de-identification set (data/labelled/deid-holdout-56.jsonl): 120
 * hand-written snippets (60 Chinese, 60 English) with hand-placed spans, marked inline as [[TYPE|text]]
 * (parseMarked strips the marks and records UTF-16 offsets). Written by a separate, blind annotator who
 * did not read the recognizer code, the lexicons, the name model, the registry, the bench or the docs,
 * read no earlier snippet beyond the first three of round 55 (and the last snippets shown by a tail of
 * its script), and never ran a recognizer, the guard or the CLI on these snippets; it must not be used
 * to adjust the recognizers.
 *
 * About four fifths are the everyday documents of a general hospital and the messages of its patients
 * (admission, progress and discharge notes, outpatient notes and letters, referrals, handovers,
 * nursing notes, lab and imaging reports, prescriptions, consent, billing papers, online
 * consultations, patient messages, family chats and SMS reminders), in new wording; a fifth come from
 * four settings no earlier card names: thoracic outlet syndrome clinics, Kikuchi disease (histiocytic
 * necrotising lymphadenitis) clinics, Eagle syndrome (elongated styloid) clinics and tarsal coalition
 * clinics.
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
 * Span conventions are those of data/labelled/deid-holdout-55.card.yaml (and the earlier cards it
 * refers to); the decisions new in this round are stated in data/labelled/deid-holdout-56.card.yaml.
 */

const zh: Array<[string, string]> = [
  [
    'admission',
    `心血管内科入院记录
住院号：[[MRN|XA2611-40273]]　床号：[[MRN|14]]　入院：[[DATE|2026年11月22日]] 21:40
姓名：[[PERSON|俞鹤年]]　男　58岁　身份证号：[[ID_CARD|${rid('610113', '19680309', '271')}]]
主诉：胸骨后压榨样疼痛3小时。急诊心电图V1–V4导联ST段抬高0.3mV，肌钙蛋白I 12.6ng/mL。
急诊PCI：前降支近段植入支架1枚，术后转CCU。
联系人：女儿[[PERSON|俞可欣]]　[[PHONE|18691427305]]
住址：[[ADDRESS|陕西省西安市雁塔区小寨东路37号2单元1104室]]`,
  ],
  [
    'admission',
    `老年医学科入院记录
患者：[[PERSON|马梅芝]]　女　[[AGE|92]]岁　回族
身份证：[[ID_CARD|640104340517026]]
住院号：[[MRN|YC0093158]]　床号：老年科[[MRN|加5]]
入院日期：[[DATE|2026-11-23]]
跌倒后左髋疼痛、不能站立半天，X线示左股骨颈骨折（Garden III型）。
既往高血压、阿尔茨海默病，平时由儿媳[[PERSON|杨淑芳]]照顾，电话[[PHONE|0951-5832406]]。
医保编号：[[INSURANCE_ID|NX64010457820391]]`,
  ],
  [
    'admission',
    `儿科入院记录
患儿：[[PERSON|司马语桐]]　女　4岁　住院号：[[MRN|WH-ER-770315]]　床号：[[MRN|6]]
入院日期：[[DATE|2026年11月24日]]
咳嗽5天、喘息2天，SpO2 91%，双肺可闻及哮鸣音，予雾化布地奈德+特布他林。
过敏史：头孢类药物后出皮疹。
监护人：母亲[[PERSON|何静怡]]　身份证[[ID_CARD|${rid('420106', '19920814', '364')}]]
家长手机：[[PHONE|139-8642-0517]]`,
  ],
  [
    'progress-note',
    `日常病程记录
[[DATE|2026-11-23]] 09:10　[[PERSON|蔡国栋]]　男　67岁　住院号[[MRN|2046173859]]　床[[MRN|31]]
慢阻肺急性加重第5天，已停无创通气，改鼻导管2L/min，SpO2 93%。
血气：pH 7.38，PaCO2 52mmHg。
[[PERSON|卓]]主任查房：改口服左氧氟沙星，拟[[DATE|11月26日]]出院。
记录者：[[PERSON|梁思远]]`,
  ],
  [
    'progress-note',
    `术后第2天病程记录
患者[[PERSON|韦美玲]]（壮族，家里人叫她"[[PERSON|玲子]]"），床号[[MRN|12]]，住院号[[MRN|NN26-38104]]
腹腔镜胆囊切除术后第2天，切口干燥，已进半流质，无发热。
[[PERSON|上官明哲]]副主任医师查看：今日拔除腹腔引流管，明日可出院。
家属：丈夫[[PERSON|覃志刚]]　[[PHONE|177 7145 2093]]
记录：[[PERSON|诸葛晓雯]]`,
  ],
  [
    'progress-note',
    `病程记录　[[DATE|2026年11月22日]]
患者[[PERSON|米热古丽·吐尔洪]]，女，49岁，维吾尔族，身份证[[ID_CARD|${rid('650102', '19770603', '128')}]]，住院号[[MRN|WLMQ-615082]]
糖尿病酮症酸中毒纠正后，胰岛素改为皮下注射，空腹血糖7.2mmol/L。
患者汉语有限，由儿子[[PERSON|买合木提江]]翻译，已讲解胰岛素笔的使用方法。
医师：[[PERSON|张振宇]]`,
  ],
  [
    'discharge',
    `出院小结
姓名：[[PERSON|汤文博]]　男　44岁　住院号：[[MRN|NJ-00582714]]
入院日期：[[DATE|2026-11-15]]　出院日期：[[DATE|2026-11-24]]
诊断：急性重症胰腺炎（高脂血症性）
出院带药：非诺贝特0.2g qd，戒酒，低脂饮食。
随访：消化内科门诊，[[DATE|12月8日]]复查甘油三酯及腹部CT；科室电话[[PHONE|025-83106472]]。
主治医师：[[PERSON|费雅琴]]`,
  ],
  [
    'discharge',
    `出院记录
患者[[PERSON|葛长顺]]，男，[[AGE|九十六]]岁，身份证号[[ID_CARD|230103300212051]]，住院号[[MRN|HEB7738152]]。
[[DATE|11月10日]]入院，[[DATE|11月24日]]出院。
诊断：吸入性肺炎；脑梗死后遗症；吞咽障碍（已留置胃管）。
出院后由外孙[[PERSON|邵宇航]]接回家中，住[[ADDRESS|哈尔滨市南岗区学府路112号5栋3单元201]]。
联系电话：[[PHONE|0451-86273915]]`,
  ],
  [
    'discharge',
    `诊断证明书
姓名：[[PERSON|冉博闻]]　性别：男　年龄：35岁
身份证号：[[ID_CARD|${rid('430103', '19910726', '153')}]]
门诊号：[[MRN|CS-MZ-5719-0843]]
诊断：右踝关节外侧副韧带损伤（II度）
建议：支具固定3周，休息21天（[[DATE|2026年11月24日]]至[[DATE|2026年12月14日]]）。
医保个人编号：[[INSURANCE_ID|43010300827451]]
医师：[[PERSON|龙慧敏]]`,
  ],
  [
    'outpatient',
    `眼科门诊病历
[[DATE|2026-11-24]]　[[PERSON|宁佳琪]]　女　27岁　门诊号[[MRN|0035816274]]
右眼红、异物感2天，长期佩戴隐形眼镜。裂隙灯：角膜下方点状着染，荧光素染色（+）。
处理：停戴隐形眼镜，左氧氟沙星滴眼液qid，[[DATE|12月1日]]复诊。
预约手机：[[PHONE|158 2193 0467]]
医师：[[PERSON|钱铮]]`,
  ],
  [
    'outpatient',
    `中医门诊记录
[[PERSON|龚]]奶奶，[[AGE|94]]岁，门诊号[[MRN|ZY-418275]]，[[DATE|11月24日]]由孙女[[PERSON|龚雨桐]]陪诊，联系电话[[PHONE|139 0578 2641]]。
失眠多梦一月余，口干，舌红少苔，脉细数。
辨证：心肾不交。处方：天王补心丹加减，7剂，水煎服。
医师：[[PERSON|闻人清越]]`,
  ],
  [
    'outpatient',
    `儿童保健门诊
儿童：[[PERSON|沈一诺]]（小名"[[PERSON|小葡萄]]"）　女　18月龄　儿保卡号[[MRN|EB0917352]]
出生日期：[[DATE|2025年5月17日]]
体重10.6kg，身长80cm，会叫"爸爸妈妈"，能独走。
今日接种：麻腮风疫苗第2剂，留观30分钟无异常。
母亲：[[PERSON|吴梦洁]]　[[PHONE|136-2709-8415]]`,
  ],
  [
    'referral',
    `双向转诊单（上转）
转出单位：某县人民医院　转入单位：市中心医院神经外科
患者：[[PERSON|牛德胜]]　男　71岁　身份证号[[ID_CARD|${rid('410305', '19550118', '497')}]]
住院号：[[MRN|LYX-26-5107]]
病情：[[DATE|11月23日]]晚突发剧烈头痛伴呕吐，CT示蛛网膜下腔出血（Fisher 3级）。
转诊医师：[[PERSON|闫振华]]　电话[[PHONE|0379-64820153]]
转诊日期：[[DATE|2026年11月24日]]`,
  ],
  [
    'referral',
    `会诊申请单
申请科室：骨科　床号[[MRN|27]]　患者[[PERSON|庞丽华]]　女　62岁　住院号[[MRN|SZ26018843]]
会诊科室：内分泌科
原因：择期全膝置换术前，糖化血红蛋白9.1%，空腹血糖11.4mmol/L，请协助控制血糖。
申请医师：[[PERSON|童嘉豪]]　[[DATE|2026-11-24]] 10:20
会诊意见：改门冬胰岛素+甘精胰岛素方案，血糖达标后再安排手术。会诊医师：[[PERSON|苗婉清]]`,
  ],
  [
    'referral',
    `远程会诊申请
会诊编号：[[MRN|TC-5827-0361]]
患者：[[PERSON|杨务香]]　女　38岁　苗族　身份证[[ID_CARD|${rid('522601', '19880412', '226')}]]
现病史：产后6周，反复心悸、手抖，TSH 0.01mIU/L，FT4升高，TRAb阳性。
申请医院：某县医院　申请医师：[[PERSON|吴光荣]]　邮箱[[EMAIL|wugr_nk@mail.example.cn]]
会诊时间：[[DATE|2026年11月25日]] 15:00`,
  ],
  [
    'handover',
    `护理交班表（内分泌科　夜班）
床号｜姓名｜年龄｜要点
[[MRN|3]]｜[[PERSON|邓秋月]]｜[[AGE|91]]｜夜间低血糖1次，已口服葡萄糖，凌晨复测5.6
4｜—｜—｜空床
[[MRN|9]]｜[[PERSON|侯建新]]｜66｜胰岛素泵，明早空腹抽血
[[MRN|加1]]｜[[PERSON|石玉凤]]｜73｜新入，糖尿病足，左足换药
交班：[[PERSON|苏婷]]　接班：[[PERSON|许梦瑶]]`,
  ],
  [
    'handover',
    `ICU口头交班（录音整理）
"[[MRN|七]]床[[PERSON|贺家栋]]，哦不对，是[[PERSON|贺家梁]]，重症胰腺炎第四天，腹内压十八，已上CRRT，明早复查血钙。[[MRN|八]]床[[PERSON|阮]]老先生，[[AGE|九十]]岁，心衰，今晚多巴胺减到3。十二床空着，急诊可能还要收一个。"
交班人：[[PERSON|白露晞]]　接班人：[[PERSON|任博涛]]`,
  ],
  [
    'handover',
    `麻醉复苏室交接单
患者：[[PERSON|陶志远]]　男　52岁　住院号[[MRN|MZ0583964]]　手术间[[MRN|5]]
术式：腹腔镜下右半结肠切除（[[DATE|2026-11-24]]）
全身麻醉，术中失血约150mL，补液1800mL。
复苏室Steward评分6分，疼痛NRS 3分，PCIA已接好。
送回：普外科[[MRN|16]]床
交出：麻醉护士[[PERSON|卢佳]]　接收：病房护士[[PERSON|范晓蕾]]`,
  ],
  [
    'nursing-note',
    `造口护理记录
[[DATE|2026年11月23日]]　[[PERSON|华素琴]]　女　[[AGE|93]]岁　床号[[MRN|22]]　住院号[[MRN|HZ-6185307]]
乙状结肠造口术后第6天，造口黏膜红润，周围皮肤轻度发红，更换两件式造口袋。
指导女儿[[PERSON|华丽萍]]更换底盘，已能正确回示。
护士：[[PERSON|乔雅楠]]`,
  ],
  [
    'nursing-note',
    `居家护理上门记录
服务对象：[[PERSON|孔繁礼]]　男　[[AGE|90]]岁　身份证[[ID_CARD|370202360908073]]
地址：[[ADDRESS|青岛市市南区江西路56号3单元401户]]
上门时间：[[DATE|2026-11-24]] 14:00
留置导尿管更换（16F），尿色清亮，无发热，会阴部皮肤完好。
家属：老伴[[PERSON|于桂芝]]　[[PHONE|0532-82716409]]
护士：[[PERSON|曲晓丽]]`,
  ],
  [
    'nursing-note',
    `血液透析护理记录
[[PERSON|裴海涛]]　男　56岁　透析号[[MRN|HD-0427]]
日期：[[DATE|2026/11/24]]　上机08:05　下机12:05
透前体重68.4kg，超滤2.6L，内瘘震颤良好，透析中血压最低98/60mmHg，未诉不适。
下次透析：[[DATE|11月26日]]（周四）　家属电话：[[PHONE|0731-85904267]]
护士签名：[[PERSON|滕晓燕]]`,
  ],
  [
    'lab-report',
    `检验报告单
姓名：[[PERSON|闵志强]]　性别：男　年龄：48岁　标本号：[[MRN|5803174926]]
科室：肾内科　床号：[[MRN|8]]　住院号：[[MRN|0790264]]
采集时间：[[DATE|2026-11-24]] 06:30
肌酐 312μmol/L↑　尿素 18.6mmol/L↑　钾 5.8mmol/L↑　eGFR 18
送检医师：[[PERSON|欧阳瑾]]
检验者：[[PERSON|符丽娟]]　审核者：[[PERSON|桂晓峰]]`,
  ],
  [
    'lab-report',
    `病理诊断报告
病理号：[[MRN|B26-18473]]　姓名：[[PERSON|鲁雅婷]]　女　41岁　住院号：[[MRN|FZ0582163]]
送检：左乳肿物穿刺组织
诊断：（左乳）浸润性导管癌，组织学2级；免疫组化：ER强阳约90%，PR约60%，HER2 1+，Ki-67约25%。
报告日期：[[DATE|2026年11月24日]]
诊断医师：[[PERSON|夏文涛]]　复核：[[PERSON|夏侯婧雯]]`,
  ],
  [
    'lab-report',
    `口服葡萄糖耐量试验（OGTT）检查须知
1. 检查前3天正常饮食，每天碳水化合物不少于150g。
2. 检查前一晚10点后禁食，可少量饮水。
3. 抽完空腹血后，5分钟内喝完75g葡萄糖水，从喝第一口开始计时。
4. 分别于30分钟、1小时、2小时抽血，期间静坐，不吸烟、不进食。
如有心慌、出冷汗等不适，请立即告知护士站。`,
  ],
  [
    'imaging-report',
    `CT检查报告
检查号：[[MRN|CT2611-75903]]　姓名：[[PERSON|聂承恺]]　男　59岁　门诊号：[[MRN|MZ38602715]]
检查日期：[[DATE|2026-11-23]]
所见：右肺上叶尖段见一混合磨玻璃结节，大小约9mm×7mm，边缘可见分叶，实性成分约3mm。
印象：右肺上叶混合磨玻璃结节，已预约[[DATE|2027年2月24日]]复查，必要时MDT讨论。
报告医师：[[PERSON|尹露]]　审核医师：[[PERSON|祁振东]]`,
  ],
  [
    'imaging-report',
    `超声检查报告
姓名：[[PERSON|施语嫣]]　女　29岁　超声号：[[MRN|US-4092815]]
末次月经：[[DATE|2026-08-30]]　检查日期：[[DATE|2026-11-24]]
所见：宫内单活胎，CRL 5.9cm，NT 1.4mm，胎心规律。
印象：宫内早孕，相当于孕12周+3天，NT未见增厚。
孕妇手机：[[PHONE|159 3672 0418]]
医师：[[PERSON|岑丽芳]]`,
  ],
  [
    'imaging-report',
    `X线检查报告
[[PERSON|庄德福]]　男　[[AGE|95]]岁　影像号[[MRN|DR00917364]]　留观床[[MRN|6]]
检查：[[DATE|2026年11月24日]] 02:15　胸部床旁片
所见：双下肺斑片影，右侧少量胸腔积液，心影增大。
印象：双下肺炎症可能，建议治疗后复查。
医师：[[PERSON|欧伟杰]]`,
  ],
  [
    'prescription',
    `门诊处方笺（普通）
姓名：[[PERSON|邹桂香]]　女　66岁　门诊号：[[MRN|0064138257]]
医保卡号：[[INSURANCE_ID|CN310104A07726315]]
诊断：高血压病3级；2型糖尿病
Rp：氨氯地平片 5mg×28片 qd；二甲双胍缓释片 0.5g×60片 bid
医师：[[PERSON|戴晓明]]　审核药师：[[PERSON|冯晨]]　日期：[[DATE|2026-11-24]]`,
  ],
  [
    'prescription',
    `麻醉药品处方
患者：[[PERSON|贾永福]]　男　74岁　身份证[[ID_CARD|${rid('140105', '19520403', '317')}]]
病历号：[[MRN|TY-0652871]]
诊断：癌性疼痛（肺癌骨转移）
Rp：吗啡缓释片 30mg×14片　q12h
代办人：女儿[[PERSON|贾素琼]]　身份证[[ID_CARD|${rid('140105', '19790915', '526')}]]
医师：[[PERSON|晋立新]]　[[DATE|2026年11月24日]]`,
  ],
  [
    'prescription',
    `互联网医院续方配送单
处方编号：[[MRN|RX5932-08716]]
患者：[[PERSON|甘俊杰]]　男　39岁
药品：恩替卡韦片 0.5mg×28片
收货人：[[PERSON|甘俊杰]]　[[PHONE|188 2175 3649]]
收货地址：[[ADDRESS|福建省厦门市思明区莲前西路208号之三1502室]]
开方医师：[[PERSON|陈志鹏]]　开方时间：[[DATE|2026-11-24]]`,
  ],
  [
    'consent',
    `手术知情同意书
患者：[[PERSON|骆玉兰]]　女　[[AGE|90]]岁　住院号：[[MRN|0283615]]
拟行手术：右股骨转子间骨折闭合复位髓内钉内固定术
患者本人因听力差，委托儿子[[PERSON|骆国强]]签字，身份证号[[ID_CARD|${rid('320102', '19620721', '415')}]]
谈话医师：[[PERSON|项天宇]]　签字日期：[[DATE|2026年11月24日]]`,
  ],
  [
    'consent',
    `输血治疗知情同意书
姓名：[[PERSON|计晓菲]]　女　33岁　科室：妇产科　床号：[[MRN|15]]　住院号：[[MRN|GY3815602]]
血型：O型RhD阳性　输血前检查：HBsAg（-），抗HCV（-），梅毒（-），HIV（-）
拟输：去白悬浮红细胞2U
患者签名：[[PERSON|计晓菲]]　[[DATE|2026-11-24]]
医师签名：[[PERSON|巫俊]]`,
  ],
  [
    'consent',
    `临床试验知情同意书·签署页
试验题目：某免疫检查点抑制剂联合化疗用于晚期胃腺癌一线治疗的随机对照研究
受试者姓名首字母：[[PERSON|ZHW]]　受试者编号：[[MRN|S-0318-027]]
受试者签名：[[PERSON|赵宏伟]]　日期：[[DATE|2026年11月23日]]
研究者签名：[[PERSON|麦颖彤]]　日期：[[DATE|2026年11月23日]]
研究护士电话：[[PHONE|020-87341926]]`,
  ],
  [
    'billing',
    `住院费用结算单
姓名：[[PERSON|景春燕]]　住院号：[[MRN|DL-3907145]]
住院时间：[[DATE|2026-11-12]]～[[DATE|2026-11-23]]
费用合计：¥28,706.35　医保统筹支付：¥19,114.20　个人自付：¥9,592.15
支付方式：银行卡 [[BANK_CARD|${spaced(luhn('621226080014372'))}]]
结算号：JS-5806-71429　收费员：0417`,
  ],
  [
    'billing',
    `退费申请单
患者：[[PERSON|毛振宇]]　门诊号：[[MRN|0817365942]]
退费原因：检查取消（增强MRI），金额¥620.00
退款账户：中国建设银行　户名：[[PERSON|毛振宇]]　卡号：[[BANK_CARD|${spaced(luhn('622700183746250'))}]]
申请日期：[[DATE|2026年11月24日]]　联系电话：[[PHONE|135 0917 2846]]`,
  ],
  [
    'billing',
    `商业医疗保险理赔申请书
被保险人：[[PERSON|黎梓涵]]（8岁）　身份证号：[[ID_CARD|${rid('440106', '20180305', '142')}]]
投保人：父亲[[PERSON|黎振邦]]　身份证号：[[ID_CARD|${rid('440106', '19850927', '371')}]]
保单号：[[INSURANCE_ID|P44202612038759]]
就诊情况：[[DATE|2026年11月2日]]至[[DATE|11月9日]]住院（支原体肺炎）
收款账户：[[BANK_CARD|${luhn('621483020017463582')}]]
通讯地址：[[ADDRESS|广州市天河区天河北路318号12楼1206]]`,
  ],
  [
    'online-consult',
    `在线问诊记录　问诊单号：[[MRN|WZ2611247305]]
[[ACCOUNT|爱吃橘子的兔]]：医生您好，我妈妈今年七十，早上血压170/95，一直吃缬沙坦。
[[PERSON|钟砚秋]]医生：测之前有没有服药？最近头晕头痛吗？
[[ACCOUNT|爱吃橘子的兔]]：没吃药测的，有点头晕。
[[PERSON|钟砚秋]]医生：建议加用氨氯地平5mg，一周后复测，带上记录来门诊。
患者登录IP：[[IP|203.0.113.74]]　时间：[[DATE|2026-11-24]] 20:31`,
  ],
  [
    'online-consult',
    `视频复诊记录
复诊号：[[MRN|FZ-2611-4706]]　患者：[[PERSON|金晨曦]]　男　12岁（家长[[PERSON|金海波]]陪同）
视频链接：[[URL|https://meet.example.cn/r/fz26114706]]
医生端IP：[[IP|2001:db8:3f0::6a]]
主诉：癫痫复诊，左乙拉西坦已服半年，近3个月无发作。
医嘱：继续原剂量，[[DATE|2027年2月]]复查脑电图。
医师：[[PERSON|裘思琪]]`,
  ],
  [
    'online-consult',
    `药师在线咨询
咨询记录号：[[MRN|YS-58203]]
用户：[[ACCOUNT|晚风轻拂]]　微信号：[[ACCOUNT|lzy_hz1990]]
问：孕28周，感冒鼻塞，能用什么药？
答：建议生理盐水洗鼻，避免含伪麻黄碱的复方感冒药；如发热超过38.5℃请及时就诊。——药师[[PERSON|潘静]]
咨询时间：[[DATE|2026年11月23日]]`,
  ],
  [
    'patient-message',
    `（微信）[[PERSON|孟]]主任您好，我是您[[DATE|11月19日]]做手术的患者[[PERSON|吕晓梅]]，住院号[[MRN|QD5830917]]，病理号[[MRN|P5091-47263]]的结果出来了吗？伤口这两天有点渗液，需要回去换药吗？我电话[[PHONE|153 6408 2917]]。`,
  ],
  [
    'patient-message',
    `投诉邮件
主题：关于[[DATE|11月22日]]急诊候诊时间过长
我爷爷[[PERSON|冷宝山]]今年[[AGE|97]]岁，当晚在急诊等了四个多小时才看上病，期间一直没有人给他测血压。病历号[[MRN|JZ-88316052]]。
希望医院给个说法。——家属[[PERSON|冷静怡]]，邮箱[[EMAIL|lengjy@example.com.cn]]，手机[[PHONE|13981246075]]`,
  ],
  [
    'patient-message',
    `公众号留言
用户[[ACCOUNT|云朵上的猫]]：我[[DATE|11月18日]]做的入职体检，体检号[[MRN|TJ261118052]]，报告里写"窦性心动过缓"，需要复查吗？报告能发到我邮箱[[EMAIL|cloudcat88@example.cn]]吗？
客服回复：您好，心率55次/分左右且无症状一般无需处理，报告已发送，请查收。`,
  ],
  [
    'family-chat',
    `家庭群「奶奶住院」
大姑：明天谁去医院？奶奶在[[MRN|十六]]床，住院部七楼。
[[PERSON|小崧]]：我上午去，开我的车，[[PLATE|苏E·6M28L]]，停地下车库B2。
二叔：下午我去。奶奶的医保卡在我这，老家地址是[[ADDRESS|苏州市吴中区木渎镇金山路27号]]，护士问的话就这么填。
[[PERSON|小崧]]：奶奶今年[[AGE|九十二]]了，医生说肺炎要住一周。`,
  ],
  [
    'family-chat',
    `家庭群「带爸爸去日本看病」
[[PERSON|沛琳]]：三个人的护照号我发一下：爸[[PASSPORT|EJ5093817]]，妈[[PASSPORT|E61730824]]，我[[PASSPORT|EH9035218]]。
[[PERSON|阿澍]]：医院那边给的病例编号是[[MRN|KPT-26-0419]]，签证材料要写。
[[PERSON|沛琳]]：出发日期定了，[[DATE|12月15日]]。`,
  ],
  [
    'family-chat',
    `家庭群「姥爷」
[[ACCOUNT|平安是福]]：姥爷转到康复科了，[[MRN|二十三]]床，[[AGE|九十九]]了还这么坚强。
妈妈：探视时间下午3点到5点。
[[ACCOUNT|山间清泉]]：我开车去，车牌[[PLATE|辽B·K7352]]，到了在门口等你们。
[[ACCOUNT|平安是福]]：记得带姥爷的身份证复印件和上次的出院小结。`,
  ],
  [
    'sms-reminder',
    `【某市第一人民医院】温馨提示：11月28日（周六）门诊楼自助机系统升级，8:00–10:00暂停自助缴费，请到人工窗口办理。给您带来不便，敬请谅解。`,
  ],
  [
    'sms-reminder',
    `【市妇幼保健院】[[PERSON|柏晓雅]]您好，您已预约[[DATE|11月26日]]上午产科门诊（[[PERSON|邝]]主任），就诊序号[[MRN|18]]。请携带身份证及产检手册，提前30分钟到二楼签到。取消预约请点击[[URL|https://yy.example.org/c/8K2f7Q]]。`,
  ],
  [
    'sms-reminder',
    `【社区卫生服务中心】[[PERSON|向明华]]先生，您的长期处方药（阿托伐他汀钙片）已备好，取药码[[MRN|Q3947]]，请于[[DATE|11月30日]]前到一楼药房领取。咨询电话[[PHONE|0731-84519263]]。`,
  ],
  [
    'thoracic-outlet-clinic',
    `胸廓出口综合征专病门诊
[[DATE|2026-11-24]]　[[PERSON|柳思雨]]　女　24岁　门诊号[[MRN|MZ70528341]]
职业：小提琴手。右上肢麻木、无力，举手时手指发白半年。
查体：Adson试验（+），Roos试验2分钟出现症状。
CT血管造影：右锁骨下动脉于第一肋与锁骨之间受压，上举位狭窄约70%。
诊断：右侧胸廓出口综合征（神经型合并动脉型）
建议：物理治疗3个月，效果不佳考虑经腋路第一肋切除+前斜角肌切断。
乐团负责人[[PERSON|周亦笙]]要求开具休息证明，已开14天。
医师：[[PERSON|薛振宁]]`,
  ],
  [
    'thoracic-outlet-clinic',
    `胸外科入院记录（胸廓出口综合征）
姓名：[[PERSON|喻嘉伟]]　男　31岁　身份证：[[ID_CARD|${rid('510107', '19950219', '253')}]]
住院号：[[MRN|CD-TX-260947]]　入院日期：[[DATE|2026年11月24日]]
右上肢间断肿胀、青紫2月，[[DATE|10月3日]]外院诊断右锁骨下静脉血栓（Paget-Schroetter综合征），已抗凝治疗。
拟[[DATE|11月26日]]行右侧第一肋切除术。
联系人：妻子[[PERSON|蒲晓燕]]　[[PHONE|182-8107-6439]]
住址：[[ADDRESS|四川省成都市武侯区玉林南路19号3栋2单元502]]`,
  ],
  [
    'thoracic-outlet-clinic',
    `胸廓出口综合征康复锻炼指导
1. 坐直，下巴内收，肩胛骨向后下方收紧，保持5秒，重复10次。
2. 颈部向对侧侧屈，牵拉斜角肌，每侧20秒，每日3组。
3. 避免长时间双手举过头顶工作，背包改用双肩包，减轻单侧肩部负重。
4. 如出现手指发白发凉、手臂突然肿胀发紫，请立即就医。`,
  ],
  [
    'kikuchi-clinic',
    `风湿免疫科门诊
[[PERSON|贝雨萱]]　女　22岁　门诊号[[MRN|0973051842]]　[[DATE|2026-11-24]]
发热2周，最高39.2℃，左颈部多发淋巴结肿大伴压痛；WBC 2.9×10^9/L，ESR 58mm/h，抗核抗体阴性。
[[DATE|11月18日]]左颈部淋巴结切除活检（病理号[[MRN|L58-93061]]）：组织细胞性坏死性淋巴结炎（菊池病）。
处理：泼尼松20mg qd，[[DATE|12月8日]]复诊；日后需随访，排除系统性红斑狼疮。
室友[[PERSON|卞欣然]]陪同就诊。
医师：[[PERSON|罗青]]`,
  ],
  [
    'kikuchi-clinic',
    `血液科会诊记录
患者：[[PERSON|朴英爱]]　女　19岁　朝鲜族　身份证[[ID_CARD|${rid('222401', '20070516', '248')}]]
住院号：[[MRN|YJ-261183]]　床号：[[MRN|37]]
会诊原因：持续发热、颈部淋巴结肿大，疑淋巴瘤。
意见：淋巴结活检示凝固性坏死伴大量组织细胞，未见中性粒细胞浸润，CD68（+），MPO（+），符合菊池病，目前不支持淋巴瘤，暂不需骨髓穿刺。
已向患者母亲[[PERSON|崔顺姬]]解释病情。
会诊医师：[[PERSON|玄明浩]]　[[DATE|2026年11月24日]]`,
  ],
  [
    'kikuchi-clinic',
    `（患者微信留言）[[PERSON|罗]]医生您好，我是[[PERSON|戚梦琪]]，[[DATE|11月10日]]在您这儿做的颈部淋巴结活检，病理号[[MRN|L26-39261]]，说是菊池病。这两天又烧到38.8℃，激素需要加量吗？另外下个月要考研，能开个证明吗？我的门诊号是[[MRN|0981247305]]。`,
  ],
  [
    'eagle-syndrome-clinic',
    `耳鼻喉科门诊（茎突综合征）
[[DATE|2026-11-24]]　[[PERSON|詹立群]]　男　46岁　门诊号[[MRN|ENT-5092718]]
右侧咽部异物感、吞咽时刺痛并放射至右耳1年，曾在外院按慢性咽炎治疗。
扁桃体窝触诊可及硬性条索，按压诱发疼痛；CT三维重建：右侧茎突长约4.6cm，左侧3.1cm。
诊断：右侧茎突过长综合征
计划：经口入路茎突截短术，预约[[DATE|12月3日]]入院，联系电话[[PHONE|186 0731 5924]]。
医师：[[PERSON|樊至诚]]`,
  ],
  [
    'eagle-syndrome-clinic',
    `出院小结（茎突截短术后）
姓名：[[PERSON|殷美华]]　女　53岁　身份证[[ID_CARD|${rid('360102', '19730811', '382')}]]
住院号：[[MRN|NC-ENT-46102]]　入院[[DATE|2026-11-19]]　出院[[DATE|2026-11-24]]
手术：[[DATE|11月20日]]全麻下经口左侧茎突截短术，截除茎突约2.2cm。
术后咽痛减轻，转头时颈部放射痛消失。
出院后软食2周，[[DATE|12月8日]]门诊复查。
科室电话：[[PHONE|0791-86359027]]`,
  ],
  [
    'eagle-syndrome-clinic',
    `茎突截短术后注意事项
· 术后一周内进温凉流质或半流质饮食，避免过烫、辛辣及坚硬食物。
· 饭后用温盐水漱口，保持口腔清洁；咽部轻度疼痛属正常现象。
· 两周内避免剧烈转头和大声说话。
· 如出现口腔出血不止、发热超过38.5℃或颈部明显肿胀，请及时返院。`,
  ],
  [
    'tarsal-coalition-clinic',
    `小儿骨科门诊
患儿：[[PERSON|包子轩]]　男　13岁　门诊号[[MRN|0740528613]]　[[DATE|2026年11月24日]]
跑步后右足外侧疼痛、反复"崴脚"半年，足球队训练时加重。
查体：右足僵硬性扁平足，距下关节活动明显受限。
CT：右侧跟舟骨桥（骨性联合）。
诊断：右侧跟舟联合
建议：先石膏固定4周，无效则行骨桥切除+趾短伸肌填塞。
父亲[[PERSON|包乌力吉]]考虑寒假手术，电话[[PHONE|150 4718 2936]]。
医师：[[PERSON|朗宁]]`,
  ],
  [
    'tarsal-coalition-clinic',
    `骨科入院记录
姓名：[[PERSON|谷若溪]]　女　15岁　身份证：[[ID_CARD|${rid('130104', '20110329', '166')}]]
住院号：[[MRN|SJZ-GK-7160492]]　床号：[[MRN|11]]　入院：[[DATE|2026-11-24]]
左距跟联合（中关节面），[[DATE|2026年6月]]起保守治疗，至今无效。
拟行：左距跟骨桥切除+脂肪填塞术。
监护人：母亲[[PERSON|阎沐晴]]　身份证[[ID_CARD|${rid('130104', '19850602', '448')}]]　[[PHONE|131 3302 8574]]
现住址：[[ADDRESS|河北省石家庄市桥西区裕华西路65号院8号楼1单元301]]`,
  ],
  [
    'tarsal-coalition-clinic',
    `术后随访电话记录
[[DATE|2026-11-24]]　随访对象：[[PERSON|谭子涵]]（男，11岁，跟舟联合切除术后3周）　住院号[[MRN|GZ0613827]]
接听人：母亲[[PERSON|田晓禾]]
患儿已拆除石膏，步态略跛，切口无渗液。告知[[DATE|12月1日]]开始理疗，[[DATE|12月15日]]门诊复查CT。
随访护士：[[PERSON|汪珊]]`,
  ],
];

const en: Array<[string, string]> = [
  [
    'admission',
    `Acute Medical Unit – Clerking
Name: [[PERSON|Gwendolyn Farrow]]   DOB [[DATE|14/03/1932]]   Age [[AGE|94]]
NHS No: [[INSURANCE_ID|${nhs('586314')}]]   Hosp No: [[MRN|RBH6071843]]
Admitted [[DATE|23/11/2026]] 22:15 via ED from home.
Presenting with three days of muddled speech and barely drinking. Dipstick: nitrite +; sodium 129.
Lives alone; NOK daughter [[PERSON|Carol Pinnock]], [[PHONE|0118 496 0372]].
Address: [[ADDRESS|4 Cotswold Close, Reading RG30 2PL]]`,
  ],
  [
    'admission',
    `History & Physical
Patient: [[PERSON|Darnell Whitaker]]   MRN [[MRN|50318827]]   DOB [[DATE|07/22/1961]]
Admitted [[DATE|11/23/2026]] to room [[MRN|612-B]]
CC: short of breath for 4 days. EF 25% on echo, BNP 2,140, weight up 9 lb since his last clinic visit.
Payer: UnitedHealthcare, member no. [[INSURANCE_ID|928417365]]
Emergency contact: wife [[PERSON|Lorraine]] [[PHONE|(404) 555-0191]]
Attending: Dr. [[PERSON|Meenakshi Thyagarajan]]`,
  ],
  [
    'admission',
    `Admission note – Hamilton
Patient: [[PERSON|Wiremu Tautari]]   NHI [[INSURANCE_ID|${nhi('ZKB', '318')}]]   DOB [[DATE|02/09/1958]]
Date: [[DATE|24/11/2026]]
Left shin cellulitis spreading above the ankle, with rigors; CRP 212. IV flucloxacillin started.
Whānau present: wife [[PERSON|Aroha]] and son [[PERSON|Nikau Tautari]]; they ask for a karakia before procedures.
Address: [[ADDRESS|14 Wairere Drive, Huntington, Hamilton 3210]]
Phone: [[PHONE|027 583 1946]]`,
  ],
  [
    'progress-note',
    `Ward round – Ward 9
[[DATE|24/11/2026]]  [[PERSON|Isobel McCallum]]  CHI [[INSURANCE_ID|${chi('170448', '238')}]]  Hosp no. [[MRN|ARI5027318]]
Day 3 of IV co-amoxiclav for pyelonephritis; afebrile for 24 h, lactate 1.1. Plan: step down to oral tablets; discharge [[DATE|26/11]] if eating.
Seen with Dr [[PERSON|Euan Drysdale]] (consultant).
Entry by [[PERSON|F. Oyelaran]], FY1`,
  ],
  [
    'progress-note',
    `Progress Note – Hospital Day 2
Patient: [[PERSON|Phan Thi Lien]]   Room [[MRN|5-214A]]   Date [[DATE|11/24/2026]]
S: Vietnamese-speaking; interview via phone interpreter [[PERSON|Minh]] (interpreter ID 40217).
O: Tmax 38.1, WBC 14.2, lipase 980.
A/P: biliary pancreatitis, settling; ERCP today with Dr. [[PERSON|Samuel Okafor]]; son [[PERSON|Tuan]] updated at the bedside.
— [[PERSON|J. Castellanos]], PA-C`,
  ],
  [
    'progress-note',
    `Cardiology progress note – Fremantle
Patient: [[PERSON|Giuseppina Russo]]  UR [[MRN|F0927316]]  Medicare [[INSURANCE_ID|${medicare('42381657', '2')}]]
[[DATE|24/11/2026]]: day 2 after TAVI. Small right groin haematoma, stable. Walked the corridor with physio.
Italian interpreter [[PERSON|Vittorio Zanetti]] present to discuss discharge plans.
Daughter [[PERSON|Teresa]] will collect her tomorrow.
Dr [[PERSON|Hamish Lockyer]], Cardiology Registrar`,
  ],
  [
    'discharge',
    `Discharge Summary – Galway
Patient: [[PERSON|Pádraig Ó Flatharta]]  MRN [[MRN|G5108273]]  DOB [[DATE|19/10/1947]]
In [[DATE|16/11/2026]], home [[DATE|24/11/2026]]
Dx: non-ST-elevation MI, stent to the right coronary artery.
Medications: aspirin 75 mg, ticagrelor 90 mg morning and evening for a year.
Medical card: [[INSURANCE_ID|1847293K]]
Address: [[ADDRESS|An Cnocán Glas, Indreabhán, Co. na Gaillimhe, H91 X7C2]]
GP: Dr [[PERSON|Clodagh Nevin]]`,
  ],
  [
    'discharge',
    `Discharge summary (Medicine)
Name: [[PERSON|CHAN Siu Ming]] [[PERSON|陳兆明]]   HKID [[ID_CARD|${hkid('K', '482173')}]]   HN [[MRN|HN26039517]]
In: [[DATE|18/11/2026]]   Out: [[DATE|24/11/2026]]
Problems: right lower lobe pneumonia; COPD, home oxygen assessment pending.
Follow-up: medical SOPC on [[DATE|05/01/2027]]
Address: [[ADDRESS|Flat 1207, 12/F, Hing Fu House, Tin Ping Estate, Sheung Shui]]
Contact: son [[PERSON|Kelvin Chan]] [[PHONE|9627 3185]]`,
  ],
  [
    'discharge',
    `Discharge Summary – Obstetrics
Patient: [[PERSON|Samira Haddad]]  OHIP [[INSURANCE_ID|${ohip('638204175')}]] KN  MRN [[MRN|K00483921]]
Admission [[DATE|2026-11-20]]  Discharge [[DATE|2026-11-24]]
Diagnosis: severe postpartum hypertension (preeclampsia); IV magnesium for a day. Labetalol 200 mg three times daily.
BP check with her family physician, Dr. [[PERSON|Marc-André Fortin]], by [[DATE|2026-11-27]].
Contact: [[PHONE|613-555-0193]]`,
  ],
  [
    'outpatient',
    `Dermatology Outpatients
Dear Dr [[PERSON|Ahmed]],
Re: [[PERSON|Tobias Merriman]], DOB [[DATE|30/06/1979]], NHS [[INSURANCE_ID|${nhs('530861')}]]
Clinic date: [[DATE|20/11/2026]]
Address: [[ADDRESS|27 Fore Street, Topsham, Exeter EX3 0HF]]   Tel [[PHONE|01632 960718]]
Many thanks for sending this 47-year-old man, whose mole on the upper back has changed. Dermoscopy: irregular network, so I have listed him for excision on [[DATE|8 December]].
Best wishes, Dr [[PERSON|Harriet Moss]], Consultant Dermatologist`,
  ],
  [
    'outpatient',
    `Rheumatology follow-up – Kuala Lumpur
Patient: [[PERSON|Nurul Aisyah binti Kamarudin]]  MyKad [[ID_CARD|870314-14-5526]]  RN [[MRN|KL-0581732]]
Date: [[DATE|24-11-2026]]
Rheumatoid arthritis, methotrexate 15 mg once a week, DAS28 3.1. Add sulfasalazine 500 mg twice daily.
Phone: [[PHONE|+60 12-738 4102]]
Next review [[DATE|23-02-2027]] with Dr [[PERSON|Ooi Chee Keong]].`,
  ],
  [
    'outpatient',
    `Primary Care Visit – Albuquerque
[[PERSON|Rosalinda Baca]]  DOB [[DATE|03/05/1966]]  MRN [[MRN|7741852]]  Medicaid ID [[INSURANCE_ID|NM40318275]]
Visit [[DATE|11/24/2026]]
A1c 8.9, up from 7.6; semaglutide begun at 0.25 mg once a week. Monofilament foot exam normal.
Grandson [[PERSON|Mateo]] helps with her phone app; her number is [[PHONE|(505) 555-0127]].
Clinician: [[PERSON|Dana Whitehorse]], NP`,
  ],
  [
    'referral',
    `Two-week-wait referral – colorectal
Name: [[PERSON|Alan Cheshire]]  DOB [[DATE|02/11/1956]]  NHS [[INSURANCE_ID|${nhs('264019')}]]
Address: [[ADDRESS|11 Quarry Lane, Kendal LA9 4BD]]   Tel: [[PHONE|01632 960451]]
Referred [[DATE|24/11/2026]] by Dr [[PERSON|Nisha Patel]], Fellside Medical Practice.
Change in bowel habit for 8 weeks, Hb 101, ferritin 9, FIT 188.`,
  ],
  [
    'referral',
    `Polyclinic referral memo
Patient: [[PERSON|Thirumalai s/o Karuppiah]]  NRIC [[ID_CARD|${nric('S', '5318264')}]]  Case no. [[MRN|PC57-208394]]
Address: [[ADDRESS|Blk 512 Jurong West Street 52, #09-318, Singapore 640512]]
To: Ophthalmology, for proliferative diabetic retinopathy on the retinal photographs of [[DATE|19/11/2026]].
Contact: [[PHONE|+65 9347 2816]]
Dr [[PERSON|Tan Hui Ling]]`,
  ],
  [
    'referral',
    `Referral – Endocrinology, Adelaide
Dear Dr [[PERSON|Kowalczyk]],
Re: [[PERSON|Achol Deng]]  DOB [[DATE|12/04/1990]]  Medicare [[INSURANCE_ID|${medicare('55190328', '1')}]]
Address: [[ADDRESS|6/21 Henley Beach Road, Mile End SA 5031]]
Gestational diabetes in 2024; fasting glucose now 7.4. I would be grateful for your review.
She prefers appointments with a Dinka interpreter; her brother [[PERSON|Garang]] can help with transport, [[PHONE|(08) 5550 4172]].
Kind regards, Dr [[PERSON|Fiona Tran]], Salisbury Family Clinic`,
  ],
  [
    'handover',
    `Night handover – Ward 7 (Care of the Elderly)
Bed | Patient | Age | Notes
[[MRN|1]] | [[PERSON|Winifred Ashby]] | [[AGE|96]] | Delirium, 1:1 overnight; likes to be called "[[PERSON|Winnie]]"
[[MRN|2]] | [[PERSON|Reginald Tovey]] | 88 | Nil by mouth from midnight for OGD
3 | — | — | empty
[[MRN|4]] | [[PERSON|Oluwaseyi Akintola]] | 71 | Falls risk, bed alarm on
Handed over by [[PERSON|Becky Thornton]] RN to [[PERSON|Joseph Mensah]] RN`,
  ],
  [
    'handover',
    `ED sign-out (dictated)
"Room [[MRN|nine]], [[PERSON|Harold Kessler]], [[AGE|ninety-two]], GI bleed, got two units, repeat H and H at four. Room [[MRN|twelve]], [[PERSON|Keisha Monroe]], thirty-one, kidney stone, waiting on urology. Fifteen is empty. Room [[MRN|eighteen]], [[PERSON|Bobby]] — sorry, [[PERSON|Robert Lindqvist]] — chest pain, second troponin pending."
Signed out by Dr. [[PERSON|Amira Saleh]] to Dr. [[PERSON|Tom Greaves]], [[DATE|11/24/2026]] 23:00.`,
  ],
  [
    'handover',
    `Theatre to recovery handover – Christchurch
Patient: [[PERSON|Mere Parata]]  NHI [[INSURANCE_ID|${nhi('PQT', '742')}]]  Theatre [[MRN|4]]
Procedure: ORIF left ankle under GA; blood loss minimal.
Anaesthetist: Dr [[PERSON|Rangi Whaanga]]; surgeon Mr [[PERSON|Oliver Tremaine]]
History of PONV — ondansetron given. Her mum [[PERSON|Huia]] is in the whānau room.
Handed to [[PERSON|Kiri]] (PACU RN), [[DATE|24/11/2026]] 14:40.`,
  ],
  [
    'nursing-note',
    `District nursing visit
[[DATE|24/11/2026]] 10:20 — [[PERSON|Edna Shillitoe]], [[AGE|97]], NHS [[INSURANCE_ID|${nhs('742195')}]], at [[ADDRESS|Rose Cottage, 3 Mill Lane, Settle BD24 9EJ]].
Left leg ulcer dressing changed; slough reduced. ABPI 0.92.
Neighbour [[PERSON|Jean Crossley]] holds the key safe code (not recorded here).
Next visit [[DATE|27/11/2026]]. [[PERSON|L. Ambrose]], DN`,
  ],
  [
    'nursing-note',
    `Home health – skilled nursing visit note
Client: [[PERSON|Clarence Upshaw]]  MBI [[INSURANCE_ID|5TR2-Y84-KM17]]
Visit [[DATE|11/24/2026]]  Address [[ADDRESS|2208 Birchwood Drive, Knoxville, TN 37917]]
Negative-pressure wound dressing changed; wound bed granulating. Wife [[PERSON|Bernice]] trained on the alarms.
Patient phone [[PHONE|(865) 555-0139]]
RN: [[PERSON|Tasha Whitmire]]`,
  ],
  [
    'nursing-note',
    `Public Health Nurse visit – Co. Clare
[[DATE|24/11/2026]]. Visited [[PERSON|Bridie Considine]] ([[AGE|91]]) at home, [[ADDRESS|Knockanira, Inagh, Co. Clare, V95 K2P8]].
Medical card [[INSURANCE_ID|2603418T]].
Pressure areas checked: sacrum intact; heels offloaded. Carer [[PERSON|Agnieszka]] attends mornings.
Tel [[PHONE|087 641 2905]]
[[PERSON|Nuala Hehir]], PHN`,
  ],
  [
    'lab-report',
    `Histopathology Report
Lab No: [[MRN|H26-51207]]  Patient: [[PERSON|Kenneth Ashdown]]  DOB [[DATE|08/05/1951]]  NHS [[INSURANCE_ID|${nhs('718240')}]]
Received [[DATE|20/11/2026]]; requested by Dr [[PERSON|Colm Brereton]]
Specimen: prostate, 12 cores
Conclusion: adenocarcinoma of prostate, Gleason score 7 (3+4), ISUP grade group 2, present in four of twelve cores.
Reported by Dr [[PERSON|Yasmin Qureshi]], [[DATE|24/11/2026]]`,
  ],
  [
    'lab-report',
    `Laboratory – Critical Result Notification
Patient: [[PERSON|Lakshmi Raghunathan]]  MRN [[MRN|30927715]]  DOB [[DATE|02/27/1958]]  Acc# [[MRN|C26-328114]]
Collected [[DATE|11/24/2026]] 05:12
Potassium 6.9 mmol/L (critical high). Hemolysis index: none.
Called to RN [[PERSON|Jordan Fennimore]] at 05:48; read-back confirmed.
Tech: [[PERSON|M. Oduya]]`,
  ],
  [
    'lab-report',
    `Your fasting blood sample: a short guide
- Have nothing but water from 8pm the evening before your morning appointment.
- Keep taking regular tablets with a sip of water unless a clinician has said to stop them.
- Insulin users: please phone the clinic beforehand, as your dose may need changing.
- Remember the blood form. Results go back to whoever requested them, normally within five working days.`,
  ],
  [
    'imaging-report',
    `CT of abdomen and pelvis (IV contrast)
Name: [[PERSON|Wyatt Brennan]]  MRN [[MRN|80463172]]  DOB [[DATE|12/19/1988]]  Acc [[MRN|CT26117340]]
Study date: [[DATE|11/24/2026]]
The appendix is distended to 11 mm with inflamed surrounding fat; no collection.
Conclusion: acute appendicitis; no perforation, no pus. Discussed with Dr. [[PERSON|Hollis Grant]] at 14:05.
Radiologist: [[PERSON|Solveig Brekke]], MD`,
  ],
  [
    'imaging-report',
    `Mammogram – Dunedin
[[PERSON|Ngaio Featherstone]]  NHI [[INSURANCE_ID|${nhi('HRW', '260')}]]  DOB [[DATE|27/01/1964]]
Screening bilateral mammogram, [[DATE|21/11/2026]]. Comparison: [[DATE|November 2024]].
New 8 mm spiculated density in the right upper outer quadrant. BI-RADS 4. Recall for ultrasound and biopsy.
Recall letter to [[ADDRESS|31 Highgate, Roslyn, Dunedin 9010]]
Reported by Dr [[PERSON|Lupe Fuimaono]]`,
  ],
  [
    'imaging-report',
    `Ultrasound – renal tract, Hobart
Patient: [[PERSON|Bartholomew Kerr]] ("[[PERSON|Barty]]")  Medicare [[INSURANCE_ID|${medicare('30472918', '3')}]]
Referrer: Dr [[PERSON|Annika Sorensen]]   Date: [[DATE|23/11/2026]]
Findings: moderate right hydronephrosis; 7 mm calculus at the right vesicoureteric junction.
Reported: Dr [[PERSON|Irfan Qadri]]`,
  ],
  [
    'prescription',
    `FP10 – NHS Prescription
Patient: [[PERSON|Dorothy Lumb]]  Age [[AGE|93]]  DOB [[DATE|11/07/1933]]  NHS [[INSURANCE_ID|${nhs('380526')}]]
Address: [[ADDRESS|The Laurels, 22 Beck Side, Ulverston LA12 0DH]]
Rx: Apixaban 2.5 mg tabs — take 1 morning and night — supply 56.
Prescriber: Dr [[PERSON|Graham Yelland]]   Date [[DATE|24/11/2026]]`,
  ],
  [
    'prescription',
    `e-Prescription
Patient: [[PERSON|Yolanda Pierce]]  DOB [[DATE|09/14/1972]]  Rx# [[MRN|7302594]]
Cigna member ID [[INSURANCE_ID|U84720193]]
Levothyroxine 88 mcg, one tablet daily, #90, 3 refills.
Pharmacy: Maple Street Pharmacy. Prescriber: [[PERSON|Kevin O'Rourke]], MD  Date [[DATE|11/24/2026]]
Patient phone [[PHONE|(312) 555-0186]]; address [[ADDRESS|4417 N Kedzie Ave, Apt 2R, Chicago, IL 60625]]`,
  ],
  [
    'prescription',
    `Prescription – general practice, Singapore
Patient: [[PERSON|Goh Mei Xin]]  NRIC [[ID_CARD|${nric('T', '0362817')}]]
Date: [[DATE|24/11/2026]]
Rx: amoxicillin 500 mg three times daily for 5 days; paracetamol 1 g four times daily as needed.
Address: [[ADDRESS|Blk 208 Tampines Street 21, #04-1172, Singapore 520208]]
Dr [[PERSON|Vijay Nair]]`,
  ],
  [
    'consent',
    `Consent form: total knee replacement (right)
Patient: [[PERSON|Gerald Pemberton]]   Hospital no. [[MRN|QEH4807216]]   NHS [[INSURANCE_ID|${nhs('603157')}]]
Risks discussed: infection about 1%, DVT, stiffness, ongoing pain, need for revision.
Signed by the patient, [[PERSON|G. Pemberton]], on [[DATE|24/11/2026]]
Surgeon obtaining consent: Mr [[PERSON|Adeyinka Bello]], orthopaedics`,
  ],
  [
    'consent',
    `Cardiac cath lab – procedure consent
Name: [[PERSON|Consuelo Arriaga]]  MRN [[MRN|91038254]]  DOB [[DATE|06/30/1949]]
Spanish interpreter: [[PERSON|Luis Ferreira]] (in person)
Witness: [[PERSON|Dawn Kettering]], RN; daughter [[PERSON|Leticia]] also present
Physician: Dr. [[PERSON|Nathaniel Osei]]   Date/time: [[DATE|11/24/2026]] 07:45`,
  ],
  [
    'consent',
    `Research Consent – Substitute Decision-Maker
Participant: [[PERSON|Margarethe Vogel]], [[AGE|95]], DOB [[DATE|1931-05-19]]   Study ID [[MRN|DEL-0418]]
SDM: son [[PERSON|Friedrich Vogel]]   Phone [[PHONE|780-555-0172]]
Signed [[DATE|2026-11-24]]; person obtaining consent: [[PERSON|Chloé Gagnon]]`,
  ],
  [
    'billing',
    `Billing statement (issued [[DATE|11/24/2026]])
Responsible party: [[PERSON|Raymond Tolliver]]   Account # [[MRN|4093172806]]
Patient: [[PERSON|Kayla Tolliver]] (dependent)   Service [[DATE|10/17/2026]], ED visit
Plan: Anthem, ID [[INSURANCE_ID|YRP847201936]]
Balance due: $612.40. Paid by Visa [[BANK_CARD|${spaced(luhn('453961072834915'))}]]
Mail: [[ADDRESS|715 Cedar Ridge Road, Lexington, KY 40517]]`,
  ],
  [
    'billing',
    `Tax invoice – Physiotherapy, Geelong
Client: [[PERSON|Lachlan Murray]]   Medicare [[INSURANCE_ID|${medicare('21839465', '4')}]]
Service date [[DATE|20/11/2026]]; item 10960 (allied health) $95.00; rebate $60.35.
Paid: Mastercard [[BANK_CARD|${spaced(luhn('522419300861743'))}]]
Client address: [[ADDRESS|12 Pakington Street, Geelong West VIC 3218]]
Physiotherapist: [[PERSON|Sinéad Walsh]]`,
  ],
  [
    'billing',
    `Invoice — private dental implant
Patient: [[PERSON|Jaspreet Bhullar]]   Membership (AXA Health) [[INSURANCE_ID|AX7204815-02]]
Date of treatment [[DATE|18/11/2026]]; invoice date [[DATE|24/11/2026]]
Email receipt to [[EMAIL|j.bhullar@example.co.uk]]
Parking permit: [[PLATE|LK21 OVH]]
Address: [[ADDRESS|9 Harrow View, Pinner HA5 3QR]]`,
  ],
  [
    'online-consult',
    `Practice web form, received [[DATE|24/11/2026]] 07:52
Name: [[PERSON|Megan Lloyd-Evans]]  DOB [[DATE|13/02/1995]]  NHS [[INSURANCE_ID|${nhs('145096')}]]
Sender IP [[IP|2001:db8:5d2::41]]
"Stinging wee since Sunday, I keep needing to go. Temperature normal, definitely not pregnant."
Answered by [[PERSON|Sarah Whitfield]] (clinical pharmacist): a three-day course of nitrofurantoin is waiting at the chemist you chose.
Tel [[PHONE|0114 496 0583]]`,
  ],
  [
    'online-consult',
    `Telehealth Visit — Video
Patient: [[PERSON|Brianna Castillo]]  DOB [[DATE|04/02/2001]]  MRN [[MRN|62280491]]
Portal username [[ACCOUNT|bri.castillo01]]; visit link [[URL|https://visit.example.com/room/62280491-bc]]
Location confirmed at start: [[ADDRESS|3310 Elm Street Apt 4, Boise, ID 83702]]
Client IP [[IP|2001:db8:91c::2e]]
Acne follow-up: doxycycline 100 mg daily; consider isotretinoin referral.
Provider: [[PERSON|Elaine Matsuda]], PA-C   [[DATE|11/24/2026]]`,
  ],
  [
    'online-consult',
    `Teleconsult – Penang
Patient: [[PERSON|Khoo Boon Hock]]  IC [[ID_CARD|580912-07-5133]]  Chat handle: [[ACCOUNT|boonhock_58]]
Consult ID [[MRN|TC-PG-77203]], [[DATE|24/11/2026]]
Gout flare of the right big toe; colchicine 500 micrograms bd x3 days, couriered to [[ADDRESS|42 Lorong Batu Lanchang 3, 11600 Jelutong, Pulau Pinang]].
Doctor: Dr [[PERSON|Kavitha Sellathurai]]`,
  ],
  [
    'patient-message',
    `Portal message — From: [[ACCOUNT|gwenh_1947]]   To: Dr. [[PERSON|Feldman]]
Sent [[DATE|11/23/2026]] 9:14 PM
"Hi Dr. [[PERSON|Feldman]], this is [[PERSON|Gwen Hartley]]. Since the new metoprolol dose I feel dizzy when I stand up. BP this morning 98/60. Should I cut back? My husband [[PERSON|Walt]] can drive me in if needed. Call me at [[PHONE|(651) 555-0194]]."`,
  ],
  [
    'patient-message',
    `From: [[EMAIL|tunde.bakare@example.com]]
To: Outpatient bookings
Subject: Appointment letter for my mother
Hello, my mother [[PERSON|Folasade Bakare]] (hospital number [[MRN|RJZ5503817]]) has a letter for [[DATE|2 December]] at the eye clinic, but she is in Lagos until [[DATE|15 December]]. Could it be moved to January? She is [[AGE|90]] and needs step-free access.
Thanks, [[PERSON|Tunde Bakare]], [[PHONE|020 7946 0538]]`,
  ],
  [
    'patient-message',
    `WhatsApp to clinic — [[DATE|24/11/2026]] 08:03
"Good morning, this is [[PERSON|Jasmine Ong]], mother of [[PERSON|Ethan Ong]] (NRIC [[ID_CARD|${nric('T', '1548273')}]]). His fever has been 39.4 since last night, can we come at 10? If the house-call option is easier, our address is [[ADDRESS|Blk 88 Telok Blangah Heights, #11-204, Singapore 100088]]."`,
  ],
  [
    'family-chat',
    `Family chat "Nana in hospital"
[[PERSON|Tama]]: Nana's moved to ward 22, bed [[MRN|14]]. She's [[AGE|ninety-three]] and still telling the nurses off lol
Aunty [[PERSON|Rawinia]]: I'll take the ute, rego [[PLATE|KTR482]], pick me up at the gate
Mum: Her NHI is on the fridge if they ask.
[[PERSON|Tama]]: kk`,
  ],
  [
    'family-chat',
    `Group chat "Mom's dental trip"
[[PERSON|Carlos]]: The clinic in Tijuana needs passport numbers. Mom's is [[PASSPORT|583092716]], mine is [[PASSPORT|C47281930]].
[[PERSON|Marisol]]: Appointment confirmation [[MRN|TJ-DEN-30418]] for [[DATE|Dec 9]].
[[PERSON|Carlos]]: Driving down in my truck, plate [[PLATE|8XKM294]].
[[PERSON|Marisol]]: Abuela is [[AGE|91]], she's staying home with Tía [[PERSON|Rosa]].`,
  ],
  [
    'family-chat',
    `Family chat "Nani"
[[PERSON|Rohan]]: Nani's in bay 3, bed [[MRN|22]] at the Royal, they said discharge maybe Friday
[[PERSON|Anjali]]: I'll bring her tiffin. What's her hospital number again?
[[PERSON|Rohan]]: [[MRN|LRI3318472]]
Papa: Tell them she only speaks Gujarati
[[PERSON|Anjali]]: Booked parking for [[PLATE|LF68 KXE]]`,
  ],
  [
    'sms-reminder',
    `Northfield Health Centre: walk in for your winter jabs on December Saturday mornings (9 to 1). Over-65s need not book. Text STOP to stop these messages.`,
  ],
  [
    'sms-reminder',
    `Hi [[PERSON|Callum]], reminder: physiotherapy with [[PERSON|Ruth]] on Thu [[DATE|26 Nov]] at 3:30pm, [[ADDRESS|Unit 4, 18 Harbour Road, Bangor BT20 4RD]]. Need another time? [[URL|https://rebook.example.co.uk/p/QX72P]] or call [[PHONE|028 9649 6072]].`,
  ],
  [
    'sms-reminder',
    `Lakeside Pharmacy: Mr [[PERSON|Desai]], your prescription (ref [[MRN|RX-50913]]) is ready to collect until [[DATE|1 December]]. Questions: [[PHONE|0161 496 0827]].`,
  ],
  [
    'thoracic-outlet-clinic',
    `Vascular Surgery Clinic – thoracic outlet
Re: [[PERSON|Poppy Cartwright]], DOB [[DATE|22/08/2003]], NHS [[INSURANCE_ID|${nhs('821457')}]]
Seen [[DATE|24/11/2026]]. A competitive swimmer with right arm heaviness and hand pallor on elevation; EAST positive at 40 seconds. Duplex: subclavian artery velocity rises from 1.2 to 3.6 m/s with abduction.
Plan: CT angiogram arms up and down; physiotherapy with [[PERSON|Declan Fairweather]] meanwhile. Her coach, [[PERSON|Mandy Oakes]], has been asked to pause overhead training.
Mr [[PERSON|Anand Krishnamoorthy]], Consultant Vascular Surgeon`,
  ],
  [
    'thoracic-outlet-clinic',
    `Operative Note — Right first rib resection
Patient: [[PERSON|Tyler Jankowski]]  MRN [[MRN|44781920]]  DOB [[DATE|05/11/1997]]  Date [[DATE|11/24/2026]]
Indication: venous thoracic outlet syndrome (Paget-Schroetter), right subclavian vein thrombosis on [[DATE|09/28/2026]], on apixaban.
Procedure: transaxillary first rib resection with anterior scalenectomy; completion venogram clear.
Surgeon: Dr. [[PERSON|Helen Ashworth]]   Assistant: Dr. [[PERSON|Omar Haddadin]]
Girlfriend [[PERSON|Skylar]] updated in the waiting area, [[PHONE|(720) 555-0151]].`,
  ],
  [
    'thoracic-outlet-clinic',
    `Thoracic outlet syndrome: exercises at home
• Shoulder blade squeezes: draw your shoulders back and down, hold 5 seconds, 10 times.
• Gentle neck side-bends to stretch the scalene muscles, 20 seconds each side.
• Sleep on your back or the other side, with a pillow under the affected arm.
• Avoid carrying heavy bags on the affected shoulder.
Seek help urgently if your arm becomes suddenly swollen, blue or cold.`,
  ],
  [
    'kikuchi-clinic',
    `Haematology Clinic
Re: [[PERSON|Mai Nakamura]]  DOB [[DATE|17/06/1999]]  Medicare [[INSURANCE_ID|${medicare('26710584', '1')}]]
Seen [[DATE|24/11/2026]]. Excision biopsy of a left cervical node ([[MRN|AP26-81093]]) showed histiocytic necrotising lymphadenitis (Kikuchi–Fujimoto disease); no lymphoma.
Fevers settled with NSAIDs. ANA and dsDNA negative; we will repeat them in [[DATE|May 2027]] because of the association with SLE.
Her partner [[PERSON|Liam Fraser]] attended.
Dr [[PERSON|Beatrice Onyango]], Haematologist`,
  ],
  [
    'kikuchi-clinic',
    `ENT Clinic — neck mass follow-up
Patient: [[PERSON|Hannah Sato-Reyes]]  MRN [[MRN|57029184]]  DOB [[DATE|10/03/2004]]
Core biopsy [[DATE|11/12/2026]], accession [[MRN|SP48-90263]]: necrotizing lymphadenitis consistent with Kikuchi disease.
Plan: supportive care with ibuprofen, recheck in 6 weeks; rheumatology referral to Dr. [[PERSON|Owen Fairbairn]].
The college health center asked for a note; sent to [[EMAIL|hsato-reyes@example.edu]].`,
  ],
  [
    'kikuchi-clinic',
    `Message via clinic app — [[DATE|23/11/2026]] 22:17
From [[ACCOUNT|wingyan.lau]]: "Dr [[PERSON|Cheung]], this is [[PERSON|LAU Wing Yan]]. The lymph nodes in my neck are sore again and I had 38.6 tonight. You said Kikuchi can come back. Should I restart the prednisolone? My HN is [[MRN|HN26071152]]."`,
  ],
  [
    'eagle-syndrome-clinic',
    `ENT Clinic — Eagle syndrome
Re: [[PERSON|Shirley Abbott]], DOB [[DATE|04/01/1968]], Hosp No [[MRN|WGH8830164]]
Clinic [[DATE|24/11/2026]]. Two years of left throat pain on swallowing and on turning the head; a palpable styloid tip in the tonsil fossa reproduces the pain. CT: elongated left styloid process (4.8 cm) with a calcified stylohyoid ligament.
Plan: transcervical styloidectomy; she is on the list for [[DATE|January]].
Mobile [[PHONE|07700 900916]]
cc: Dr [[PERSON|Morag Kinnear]], GP
Mr [[PERSON|Fergus Adair]], Consultant ENT Surgeon`,
  ],
  [
    'eagle-syndrome-clinic',
    `Neurology Consultation
Patient: [[PERSON|Tariq Al-Hamdani]]  MRN [[MRN|73601845]]  Date [[DATE|11/24/2026]]
Reason: brief right-sided weakness when turning the head to the left. CTA: elongated right styloid (5.2 cm) compressing the internal carotid artery on rotation — vascular Eagle syndrome.
Arabic interpreter [[PERSON|Rania Khoury]] present; brother [[PERSON|Yusuf]] gave the history.
Plan: vascular surgery referral to Dr. [[PERSON|Grace Liang]]; aspirin 81 mg daily.
Contact: [[PHONE|(313) 555-0168]]`,
  ],
  [
    'eagle-syndrome-clinic',
    `After styloid surgery: what to expect
- Throat or neck pain for 1–2 weeks; take your pain relief regularly.
- Soft, cool foods for the first week; avoid very hot drinks.
- If you had a neck incision, keep it dry for 5 days.
- Call us if you have bleeding from the mouth, a temperature above 38.5°C, or new trouble swallowing or speaking.`,
  ],
  [
    'tarsal-coalition-clinic',
    `Paediatric Orthopaedics — consultation
Patient: [[PERSON|Owen MacIsaac]]  OHIP [[INSURANCE_ID|${ohip('419375620')}]] AB  Chart [[MRN|PO-62915]]
DOB [[DATE|2012-08-14]]  Seen [[DATE|2026-11-24]]
Recurrent ankle sprains and a rigid left flatfoot. CT: fibrous calcaneonavicular coalition.
Plan: walking cast for 4 weeks; if symptoms persist, resection with interposition. His hockey coach, [[PERSON|Denis Lavoie]], was informed by his mother [[PERSON|Kathleen]].
Home phone [[PHONE|613-555-0162]]
Dr [[PERSON|Ananya Rao]]`,
  ],
  [
    'tarsal-coalition-clinic',
    `Sports Medicine Visit
Patient: [[PERSON|Jaylen Brooks]]  DOB [[DATE|01/22/2010]]  MRN [[MRN|15508937]]
Aetna member ID [[INSURANCE_ID|W283047196]]
Home: [[ADDRESS|1810 Ridgeway Ave, Columbus, OH 43212]]
Date: [[DATE|11/24/2026]]
Basketball player with medial hindfoot pain; MRI shows a talocalcaneal coalition of the middle facet, about 40% involvement.
Father [[PERSON|Marcus Brooks]] asked about this season: no high-impact play for 6 weeks.
Provider: [[PERSON|Kristen Albrecht]], DPM`,
  ],
  [
    'tarsal-coalition-clinic',
    `Post-op phone call — Cork
[[DATE|24/11/2026]]: spoke with [[PERSON|Gráinne Ní Shúilleabháin]], mother of [[PERSON|Cian]] ([[MRN|CUH-3618402]]), two weeks after resection of a left calcaneonavicular bar.
Pain controlled with paracetamol; cast intact, toes pink and warm. Review in fracture clinic on [[DATE|8 December]].
Mobile [[PHONE|086 214 7395]]
[[PERSON|Eimear Collins]], CNS`,
  ],
];

export function generateDeidHoldout56(): LabelledRecord[] {
  return holdoutRecords('h56', zh, en);
}

export const DEID_HOLDOUT_56_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/labelled/deid-holdout-56.jsonl',
);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const records = generateDeidHoldout56();
  writeFileSync(DEID_HOLDOUT_56_PATH, renderJsonl(records));
  console.log(`wrote ${records.length} records to ${DEID_HOLDOUT_56_PATH}`);
}
