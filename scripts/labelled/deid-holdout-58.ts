import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  aadhaar,
  chi,
  hc,
  hkid,
  luhn,
  medicare,
  nhi,
  nhs,
  nric,
  ohip,
  ppsn,
  rid,
  spaced,
} from './check-digits.ts';
import { holdoutRecords, type LabelledRecord, renderJsonl } from './generate-deid.ts';

/**
 * The ROUND-58 fresh held-out de-identification set (data/labelled/deid-holdout-58.jsonl): 120
 * hand-written snippets (60 Chinese, 60 English) with hand-placed spans, marked inline as [[TYPE|text]]
 * (parseMarked strips the marks and records UTF-16 offsets). Written by a separate, blind annotator who
 * did not read the recognizer code, the lexicons, the name model, the registry, the bench or the docs,
 * read no earlier snippet beyond the first three of round 57 (and the last snippets shown by a tail of
 * its script), and never ran a recognizer, the guard or the CLI on these snippets; it must not be used
 * to adjust the recognizers.
 *
 * About four fifths are the everyday documents of a general hospital and the messages of its patients
 * (admission, progress and discharge notes, outpatient notes and letters, referrals, handovers,
 * nursing notes, lab and imaging reports, prescriptions, consent, billing papers, online
 * consultations, patient messages, family chats and SMS reminders), in new wording; a fifth come from
 * four settings no earlier card names: cubital tunnel syndrome clinics, thyroglossal duct cyst clinics,
 * central serous chorioretinopathy clinics and Scheuermann kyphosis clinics.
 *
 * Identifiers are synthetic and computed below from hand-chosen parts: 18-digit resident IDs get their
 * GB 11643 check character from a region code, birth date and sequence chosen to agree with the text
 * (the last sequence digit odd for men, even for women); 15-digit IDs are typed from region code, birth
 * date and sex digit; bank cards get a Luhn digit; NHS numbers are in the 999 test range with their
 * modulus-11 digit and the Northern Ireland H&C number gets a modulus-11 digit (hc in check-digits.ts); Scottish CHI
 * numbers get their modulus-11 digit after a birth date and a sex digit; Australian Medicare numbers get
 * their check digit and an issue digit; NZ NHIs, the Hong Kong identity card and the Singapore NRICs get
 * their check characters; Ontario health numbers and the South African ID number get a Luhn digit; the
 * Aadhaar number gets its Verhoeff digit (aadhaar in check-digits.ts) and the Irish PPSN its modulus-23 letter (ppsn
 * in check-digits.ts). The US MBI follows the published character pattern. Phones are random mainland numbers or
 * fictional ranges (North American 555-01xx, UK 07700 900xxx and Ofcom drama ranges, Australian
 * (0x) 5550 and 7010 landlines); mail and web hosts are example.*; IP addresses come from the
 * documentation ranges.
 *
 * Span conventions are those of data/labelled/deid-holdout-57.card.yaml (and the earlier cards it
 * refers to); the decisions new in this round are stated in data/labelled/deid-holdout-58.card.yaml.
 */

const zh: Array<[string, string]> = [
  [
    'admission',
    `心血管内科入院记录（黔东南州人民医院）
住院号：[[MRN|KL7308294]]　床号：[[MRN|15]]
姓名：[[PERSON|龙榕妹]]　女　58岁　苗族
身份证号：[[ID_CARD|${rid('522601', '19680412', '246')}]]
入院时间：[[DATE|2026年11月24日]] 02:40
主诉：阵发性胸闷3天，加重伴大汗1小时。心电图V1–V4导联ST段压低，高敏肌钙蛋白T 0.42 ng/mL，GRACE评分142分。
处理：阿司匹林300mg、替格瑞洛180mg嚼服，低分子肝素皮下注射，拟行冠脉造影。
联系人：儿子[[PERSON|龙启明]]　[[PHONE|182 8561 4937]]
现住址：[[ADDRESS|贵州省黔东南苗族侗族自治州凯里市北京东路56号金泉湖小区8栋1单元302]]`,
  ],
  [
    'admission',
    `老年医学科入院记录
姓名：[[PERSON|丛培德]]　男　[[AGE|九十四]]岁　退休渔民
身份证：[[ID_CARD|371002320519113]]
住院号：[[MRN|0200738154]]　床位：[[MRN|加7]]
入院日期：[[DATE|2026-11-23]]
近一周进食减少、嗜睡，血钠118 mmol/L，血渗透压246 mOsm/L，考虑抗利尿激素分泌不当，予限水、3%氯化钠缓慢纠正，每日血钠升幅不超过8 mmol/L。
陪护：女儿[[PERSON|丛丽君]]，电话[[PHONE|0631-5286403]]
住址：[[ADDRESS|山东省威海市环翠区统一路120号3单元201]]`,
  ],
  [
    'admission',
    `儿科入院记录（西双版纳）
患儿：[[PERSON|玉香恩]]　女　6岁　傣族
身份证号：[[ID_CARD|${rid('532801', '20200307', '042')}]]
住院号：[[MRN|BN26043911]]　床号：[[MRN|4]]
入院：[[DATE|2026-11-22]] 21:15
高热4天，最高40.1℃，双眼结膜充血、口唇皲裂、手足硬肿，CRP 96 mg/L，考虑川崎病，今日予丙种球蛋白2 g/kg。
父亲：[[PERSON|岩罕龙]]（傣语为主，由村医[[PERSON|刀建新]]电话翻译）
父亲电话：[[PHONE|139 8815 2706]]
家庭住址：[[ADDRESS|云南省西双版纳傣族自治州景洪市嘎洒镇曼占宰村7组23号]]`,
  ],
  [
    'progress-note',
    `[[DATE|2026-11-23]] 09:10　[[PERSON|钟离若冰]]主任医师查房记录
[[MRN|三十一]]床，[[PERSON|澹台文斌]]，男，71岁，住院号[[MRN|NJ00582613]]。
慢阻肺急性加重第3天，昨夜间断无创通气（IPAP 16 cmH₂O，EPAP 5 cmH₂O），复查血气pH 7.36、PaCO₂ 52 mmHg，较入院好转。
主任意见：甲泼尼龙减至40mg qd，继续雾化，明日试停无创；病情已向其子[[PERSON|澹台明远]]交代。
记录：[[PERSON|乔以宁]]`,
  ],
  [
    'progress-note',
    `肾内科病程记录　[[DATE|11月24日]]
患者[[PERSON|艾克拜尔·吐尔洪]]，男，56岁，[[MRN|12]]床，住院号[[MRN|XJ7019423]]。
今晨血钾6.1 mmol/L，心电图T波高尖，予葡萄糖酸钙10ml静推、胰岛素加葡萄糖静滴，已联系血透室行临时血液透析。
患者汉语表达有限，由侄女[[PERSON|佐拉古丽]]维吾尔语翻译，已理解透析必要性并同意。
医师：[[PERSON|买买提江·沙吾提]]／[[PERSON|石婉清]]`,
  ],
  [
    'progress-note',
    `重症医学科病程记录（延边）
ICU [[MRN|6]]床　[[PERSON|朴承焕]]　男　63岁　朝鲜族　住院号[[MRN|YJ5830916]]
记录时间：[[DATE|2026.11.24]] 16:30
重症胰腺炎第5天，腹内压18 mmHg，去甲肾上腺素0.12 μg/kg/min维持，乳酸2.4 mmol/L；今日床旁CRRT继续，鼻空肠管肠内营养20 ml/h起。
下午与妻子[[PERSON|金玉善]]沟通病情，其电话[[PHONE|0433-2519683]]，要求每日下午通报一次。
记录医师：[[PERSON|玄美兰]]`,
  ],
  [
    'discharge',
    `骨科出院记录（呼和浩特）
姓名：[[PERSON|额尔德尼其木格]]　女　[[AGE|九十]]岁　蒙古族
住院号：[[MRN|NM0301826]]　医保号：[[INSURANCE_ID|15010226004938]]
入出院日期：[[DATE|2026年11月12日]]至[[DATE|2026年11月24日]]（共12天）
诊断（出院时）：左股骨颈骨折（Garden Ⅳ型）人工股骨头置换术后；骨质疏松症。
出院医嘱：助行器下部分负重，利伐沙班10mg qd共35天，阿仑膦酸钠70mg每周一次，术后6周复查X线。
科室随访电话：[[PHONE|0471-6952318]]
陪护家属：孙女[[PERSON|阿拉坦萨日娜]]`,
  ],
  [
    'discharge',
    `出院小结（海南）
姓名：[[PERSON|符玉梅]]　女　45岁　黎族
身份证号：[[ID_CARD|${rid('469002', '19811030', '128')}]]
住院号：[[MRN|HN2610355]]　门诊卡号：[[MRN|QH0088217]]
出院日期：[[DATE|2026/11/23]]
诊断：急性肾盂肾炎，2型糖尿病。尿培养大肠埃希菌（ESBL阴性），头孢曲松2g qd 5天后改口服头孢克肟，共疗程14天。
复诊：[[DATE|12月7日]]上午肾内科门诊，带尿常规结果。
联系人：丈夫[[PERSON|吉亚保]]　[[PHONE|13876029451]]`,
  ],
  [
    'discharge',
    `神经外科出院记录
姓名：[[PERSON|欧阳卓]]　男　34岁　身份证[[ID_CARD|${rid('510107', '19920216', '351')}]]
住院号：[[MRN|SC-0088471]]
手术日期：[[DATE|2026年11月14日]]　出院日期：[[DATE|2026年11月25日]]
手术：右额叶胶质瘤显微切除术（术中唤醒），病理待免疫组化补充报告。
出院带药：左乙拉西坦0.5g bid，地塞米松逐日减量至停。
切口第12天拆线。头痛加重、抽搐或切口渗液即来院。
随访电话：[[PHONE|028-85421376]]
住址：[[ADDRESS|四川省成都市武侯区玉林北路9号附12号2单元601]]`,
  ],
  [
    'outpatient',
    `消化内科门诊病历（西安）
就诊卡号：[[MRN|MZ610045872]]　医保卡号：[[INSURANCE_ID|61011300827364]]
姓名：[[PERSON|薛红霞]]　女　52岁　就诊日期：[[DATE|2026-11-24]]
主诉：反复上腹胀痛半年，饭后明显。
检查：¹⁴C尿素呼气试验DPM 862（阳性）；胃镜示慢性非萎缩性胃炎伴糜烂。
处理：艾司奥美拉唑20mg bid、阿莫西林1g bid、呋喃唑酮0.1g bid、枸橼酸铋钾0.22g bid，疗程两周；停药满4周后复查呼气试验。
医师：[[PERSON|贺志鹏]]`,
  ],
  [
    'outpatient',
    `皮肤科门诊记录　广州
门诊号：[[MRN|GZ2611-04786]]
[[PERSON|麦绮琳]]，女，23岁，身份证[[ID_CARD|${rid('440106', '20030922', '264')}]]，手机[[PHONE|135-6093-2817]]
面部炎性丘疹、结节伴囊肿3年，外用维A酸类及口服多西环素效果欠佳。
拟口服异维A酸20mg/d，治疗前查血脂、肝功能及妊娠试验，签署避孕告知书，服药期间及停药后1个月内严格避孕。
下次复诊：[[DATE|12月22日]]
医师：[[PERSON|冼伟文]]`,
  ],
  [
    'outpatient',
    `中医内科门诊（银川）
[[PERSON|纳海英]]　女　61岁　回族　医保个人编号：[[INSURANCE_ID|6401040011827355]]
就诊日期：[[DATE|2026年11月23日]]
失眠、心烦、口干2月，舌红少苔，脉细数。辨证：阴虚火旺。
处方：天王补心丹加减，酸枣仁30g、柏子仁15g、麦冬12g、生地15g、五味子6g，7剂，水煎服，日一剂。
住址：[[ADDRESS|宁夏银川市兴庆区解放东街43号2-1-502]]
医师：[[PERSON|海东升]]`,
  ],
  [
    'referral',
    `双向转诊单（上转）
转出单位：九江市柴桑区港口街镇卫生院　　转入单位：九江市第一人民医院心内科
患者：[[PERSON|涂春生]]　男　66岁　身份证号：[[ID_CARD|${rid('360402', '19600505', '173')}]]
转诊日期：[[DATE|2026年11月24日]]
转诊原因：反复晕厥2次，心电图示三度房室传导阻滞，心室率38次/分，需评估起搏器植入。
途中已给予吸氧，开放静脉通路；阿托品备用。
转出医生：[[PERSON|熊茂林]]　联系电话：[[PHONE|13970283564]]
家属：儿子[[PERSON|涂晓峰]]随车`,
  ],
  [
    'referral',
    `会诊申请单
申请科室：内分泌科　　受邀科室：眼科
[[MRN|26]]床　[[PERSON|司马婧]]　女　47岁　住院号[[MRN|0031948275]]
2型糖尿病12年，HbA1c 9.8%，近一月视物模糊，请协助眼底检查并评估糖尿病视网膜病变分期，是否需要激光或玻璃体腔注药。
申请医师：[[PERSON|甘沁]]　申请时间：[[DATE|2026-11-24]] 14:20`,
  ],
  [
    'referral',
    `远程会诊申请（格尔木市人民医院→青海大学附属医院）
患者：[[PERSON|更登加]]　男　47岁　藏族　身份证号：[[ID_CARD|${rid('632801', '19791108', '375')}]]
门诊号：[[MRN|GEM-81925]]
主诉：活动后气促半年，下肢水肿1月；超声心动图示肺动脉收缩压72 mmHg，右心扩大，血红蛋白218 g/L。
考虑高原性心脏病合并高原红细胞增多症，请上级医院指导治疗及是否需静脉放血。
申请医师：[[PERSON|祁海燕]]　邮箱：[[EMAIL|qihaiyan.gem@mail.example.cn]]　电话：[[PHONE|0979-8427165]]`,
  ],
  [
    'handover',
    `护理交接班记录　[[DATE|2026-11-24]] 夜班→白班
床号｜姓名｜要点
5床｜——｜空床，已终末消毒
[[MRN|8]]床｜[[PERSON|柏秀珍]]（[[AGE|九十二]]岁）｜夜间躁动两次，约束带已解除；尿量1100ml；晨血糖7.4
[[MRN|加3]]床｜[[PERSON|闻人浩]]｜阑尾切除术后第1天，已排气，切口干燥；今日开始流质
[[MRN|11]]床｜[[PERSON|邬美凤]]｜输注第2袋红细胞中，滴速20滴/分，无反应
交班：[[PERSON|苗晓丽]]　接班：[[PERSON|戚颖]]`,
  ],
  [
    'handover',
    `（医生口头交班录音整理）
“[[MRN|十五]]床老[[PERSON|杜]]，[[PERSON|杜德胜]]，消化道出血那位，昨晚又黑便一次，血红蛋白从82掉到71，已经输了两个单位，泮托拉唑泵着，胃镜约了今天上午第一台。
[[MRN|十七]]床那个小姑娘，[[PERSON|葛欣然]]，不对，是[[PERSON|葛欣悦]]，哮喘的，夜里没再喘，可以考虑停雾化了。
还有急诊刚收的[[MRN|二十二]]床，家属是他儿子[[PERSON|丁凯]]，电话写在病历首页，有事直接找他。”`,
  ],
  [
    'handover',
    `急诊抢救室交班（[[DATE|11月23日]] 20:00）
抢救[[MRN|3]]床：[[PERSON|桑建业]]，男，38岁，电动车与货车相撞，骨盆骨折，FAST阳性，已输血4U，介入科准备栓塞。交警登记肇事货车[[PLATE|苏E·8M2Q7]]，司机[[PERSON|秦宝山]]在外等候。
抢救[[MRN|5]]床：[[PERSON|覃月娥]]，女，81岁，COPD伴Ⅱ型呼衰，无创通气中，PaCO₂ 78 mmHg，家属拒绝插管已签字。
抢救7床：空。`,
  ],
  [
    'nursing-note',
    `护理记录单
[[MRN|九]]床　[[PERSON|庞桂香]]　女　[[AGE|九十六]]岁　住院号[[MRN|JX0458102]]
身份证：[[ID_CARD|360103300214022]]
[[DATE|2026-11-24]] 07:00　Morse跌倒评分55分（高危），Braden评分13分。床栏双侧拉起，呼叫器置于手边，夜间留夜灯。
骶尾部皮肤发红3×2cm，指压不褪色，予泡沫敷料保护，每2小时翻身一次。
陪护：女儿[[PERSON|姚小燕]]，已宣教防跌倒要点。
护士：[[PERSON|钱婉婷]]`,
  ],
  [
    'nursing-note',
    `“互联网+护理服务”上门记录
订单号：[[MRN|HLFW20261124-0371]]
服务对象：[[PERSON|诸葛兰芝]]　女　85岁　身份证[[ID_CARD|${rid('330106', '19410301', '046')}]]
服务地址：[[ADDRESS|浙江省杭州市西湖区保俶北路32号6幢2单元404室]]
服务内容：更换胃管（14Fr），回抽胃液确认位置，pH 4；口腔护理；压力性损伤风险评估。
家属联系电话：[[PHONE|17758302914]]（儿媳[[PERSON|林一舟]]）
上门护士：[[PERSON|章倩]]　服务时间：[[DATE|2026年11月24日]] 15:00–15:50`,
  ],
  [
    'nursing-note',
    `产后访视记录（福安市穆阳镇卫生院）
产妇：[[PERSON|蓝水娇]]　28岁　畲族　访视日期：[[DATE|11月23日]]
分娩日期：[[DATE|2026年11月17日]]（顺产，G2P2）
子宫底脐下三指，恶露量少色暗红，会阴切口愈合好；母乳喂养，乳汁充足。
新生儿：体重3.45kg，脐带未脱，皮肤轻度黄染，经皮胆红素9.6 mg/dL。
住址：[[ADDRESS|福建省宁德市福安市穆阳镇苏堤村苏堤路18号]]
电话：[[PHONE|15959327046]]
访视人：[[PERSON|雷春燕]]`,
  ],
  [
    'lab-report',
    `检验报告单（血常规＋CRP）
标本号：[[MRN|8417302596]]　门诊号：[[MRN|MZ0973124]]
姓名：[[PERSON|钱雨桐]]　女　29岁
采样时间：[[DATE|2026-11-24]] 07:52　报告时间：[[DATE|2026-11-24]] 08:31
白细胞 13.6×10⁹/L ↑　中性粒细胞百分比 84.2% ↑　血红蛋白 121 g/L　血小板 265×10⁹/L　C反应蛋白 48.5 mg/L ↑
检验者：[[PERSON|陆敏]]　审核者：[[PERSON|汤国平]]`,
  ],
  [
    'lab-report',
    `病理诊断报告
病理号：[[MRN|P2611-05392]]　住院号：[[MRN|ZZ0671824]]
姓名：[[PERSON|盖立新]]　男　59岁　送检日期：[[DATE|2026年11月19日]]
送检：乙状结肠肿物活检组织4块。
镜下：腺体排列紊乱，细胞核复层、异型明显，浸润黏膜下层。
诊断：（乙状结肠）中分化腺癌。建议行MMR蛋白（MLH1、PMS2、MSH2、MSH6）免疫组化检测。
诊断医师：[[PERSON|岳晓晨]]　报告日期：[[DATE|2026年11月23日]]`,
  ],
  [
    'lab-report',
    `口服葡萄糖耐量试验（OGTT）检查须知
1. 试验前3天正常饮食，每日碳水化合物不少于150克，不要刻意节食。
2. 试验前一晚10点后禁食，可少量饮水；次日早上8点前到检验科抽空腹血。
3. 抽血后5分钟内喝完75克无水葡萄糖溶于300毫升温水的糖水，从喝第一口开始计时。
4. 分别于服糖后1小时、2小时再次抽血。期间请静坐，不要吸烟、进食或剧烈走动。
5. 如正在服用激素、利尿剂等药物，请提前告知医生。`,
  ],
  [
    'imaging-report',
    `CT检查报告（头颅平扫）
影像号：[[MRN|CT58391726]]　
姓名：[[PERSON|覃海燕]]　女　55岁　住院号：[[MRN|GX7264105]]
检查日期：[[DATE|2026-11-24]]
所见：左侧基底节区见片状低密度影，边界模糊，CT值约22 HU，邻近侧脑室稍受压；中线结构居中。与[[DATE|2026年5月]]片比较为新发。
印象：左侧基底节区急性脑梗死可能，建议MRI+DWI。
报告医师：[[PERSON|韦振邦]]　审核医师：[[PERSON|农丽]]`,
  ],
  [
    'imaging-report',
    `超声检查报告（甲状腺及颈部淋巴结）
超声号：[[MRN|US93047185]]　门诊号：[[MRN|MZ1188230]]
姓名：[[PERSON|皇甫思琪]]　女　38岁　检查日期：[[DATE|2026年11月23日]]
甲状腺右叶中份探及低回声结节一枚，约9mm×7mm×8mm，形态不规则，纵横比大于1，内部可见微钙化；左叶回声均匀。双侧颈部Ⅱ–Ⅵ区未探及可疑淋巴结。
超声提示：甲状腺右叶实性低回声结节（C-TIRADS 4C），建议超声引导下细针穿刺活检。
检查医师：[[PERSON|黎雅琴]]`,
  ],
  [
    'imaging-report',
    `床旁X线检查报告（胸部正位）
[[MRN|17]]床　[[PERSON|蔡德贵]]　男　[[AGE|91]]岁　住院号[[MRN|0100493875]]
身份证：[[ID_CARD|420106350708153]]
检查时间：[[DATE|2026-11-25]] 06:40
右下肺野斑片状模糊影，右侧肋膈角变钝；胃管尖端位于膈下；心影增大，主动脉结钙化。与[[DATE|11月22日]]床旁片比较右下肺病变增多。
印象：右下肺炎进展伴少量胸腔积液。
报告医师：[[PERSON|戴思远]]`,
  ],
  [
    'prescription',
    `湘西州人民医院门诊处方
处方编号：[[MRN|CF202611240563]]　费别：职工医保　医保卡号：[[INSURANCE_ID|43310115006284]]
姓名：[[PERSON|向翠莲]]　女　72岁　土家族　开具日期：[[DATE|2026-11-24]]
诊断：2型糖尿病；高血压病2级
① 盐酸二甲双胍缓释片　0.5g/片　共60片　每次2片，每晚随餐
② 达格列净片　10mg/片　共28片　每次1片，每日早晨
③ 苯磺酸氨氯地平片　5mg/片　共28片　每次1片，每日一次
医师：[[PERSON|彭志刚]]　审核药师：[[PERSON|田小芳]]　调配：[[PERSON|向东旭]]`,
  ],
  [
    'prescription',
    `儿科门诊处方
处方号：[[MRN|EK2611-20458]]
患儿：[[PERSON|赫连一诺]]　男　5岁　体重18kg　就诊日期：[[DATE|2026年11月24日]]
诊断：右耳急性化脓性中耳炎
① 阿莫西林克拉维酸钾颗粒（7:1）　每次按阿莫西林22.5mg/kg，每日两次，连服10天
② 布洛芬混悬液　每次5ml，体温超过38.5℃时服，两次间隔6小时以上
家长：[[PERSON|赫连峥]]　电话：[[PHONE|186-0271-5396]]
医师：[[PERSON|颜书瑶]]`,
  ],
  [
    'prescription',
    `互联网医院续方及配送单
续方单号：[[MRN|YW20261124088173]]
患者：[[PERSON|骆振华]]　男　64岁　平台账号：[[ACCOUNT|luozh_1962]]
药品：瑞舒伐他汀钙片10mg×28片；厄贝沙坦氢氯噻嗪片150mg/12.5mg×28片
开方医师：[[PERSON|卜文静]]（线上复诊，审方药师已审核）
收货人：[[PERSON|骆振华]]　电话：[[PHONE|13316870425]]
收货地址：[[ADDRESS|广东省深圳市福田区莲花街道景田北路28号景蜜村二期C座1806]]`,
  ],
  [
    'consent',
    `腹腔镜胆囊切除术知情同意书
患者：[[PERSON|孔令娟]]　女　44岁　住院号：[[MRN|QF00276418]]
术前诊断：胆囊结石伴慢性胆囊炎
拟行手术：腹腔镜胆囊切除术，必要时中转开腹。
可能风险：出血、胆漏、胆管损伤、腹腔感染、戳孔疝、术后腹泻，及麻醉相关风险。
患者意见：我已了解上述风险，同意手术。
患者签名：[[PERSON|孔令娟]]　身份证号：[[ID_CARD|${rid('370881', '19820909', '428')}]]
谈话医师：[[PERSON|颜廷亮]]　日期：[[DATE|2026年11月24日]]`,
  ],
  [
    'consent',
    `麻醉知情同意书
患者：[[PERSON|尚振邦]]　男　[[AGE|九十二]]岁　身份证：[[ID_CARD|130102340611137]]
拟行手术：经皮椎体后凸成形术（L1）　麻醉方式：局部麻醉＋监护麻醉
患者高龄、合并心衰（EF 38%），麻醉风险评估ASA Ⅲ级，可能出现低血压、呼吸抑制、心律失常甚至心跳骤停。
患者本人听力差，委托其子签字。
委托代理人：[[PERSON|尚卫国]]（儿子）　身份证：[[ID_CARD|${rid('130102', '19620315', '251')}]]
联系电话：[[PHONE|15131196582]]
麻醉医师：[[PERSON|霍思彤]]　日期：[[DATE|2026-11-23]]`,
  ],
  [
    'consent',
    `临床研究受试者知情同意书（签字页）
研究名称：某口服GLP-1受体激动剂在超重人群中的多中心随机双盲安慰剂对照研究
受试者编号：[[MRN|S03-0147]]　受试者姓名缩写：[[PERSON|TSHL]]
我已阅读本知情同意书，有足够时间考虑，所提问题均已得到解答，自愿参加本研究，并知道可随时退出。
受试者签名：[[PERSON|太史红莲]]　日期：[[DATE|2026年11月22日]]
研究者签名：[[PERSON|柯明哲]]　研究者电话：[[PHONE|0571-87236914]]
伦理委员会联系电话：0571-87230000`,
  ],
  [
    'billing',
    `住院费用结算单
结算单号：JS2026112400871
姓名：[[PERSON|阎国庆]]　住院号：[[MRN|TY0492638]]　医保号：[[INSURANCE_ID|14010500938271]]
住院期间：[[DATE|2026-11-10]]至[[DATE|2026-11-24]]（14天）
总费用：38,642.17元　统筹支付：25,318.40元　个人自付：13,323.77元
支付方式：银行卡　卡号：[[BANK_CARD|${spaced(luhn('621700214008537'))}]]
经办：[[PERSON|苏晴]]`,
  ],
  [
    'billing',
    `重大疾病保险理赔申请书
保单号：[[INSURANCE_ID|P2024330100468217]]
被保险人：[[PERSON|公冶晴川]]　身份证号：[[ID_CARD|${rid('330102', '19860725', '248')}]]
出险原因：乳腺浸润性导管癌（确诊日期[[DATE|2026年10月28日]]）
申请人（被保险人之夫）：[[PERSON|何景行]]　身份证号：[[ID_CARD|${rid('330102', '19840113', '197')}]]
理赔款收款账户：中国工商银行　[[BANK_CARD|${luhn('621226120200837461')}]]
联系电话：[[PHONE|139-5718-2640]]`,
  ],
  [
    'billing',
    `门诊退费申请表
门诊号：[[MRN|MZ2611207413]]　姓名：[[PERSON|雍晓梅]]
退费项目：腹部增强CT（已预约未检查）　金额：686.00元
退费原因：检查前发现碘造影剂过敏史，医生取消该检查。
原支付方式：银行卡，退回原卡：[[BANK_CARD|${spaced(luhn('622700185104297'))}]]
申请人电话：[[PHONE|18708125539]]　申请日期：[[DATE|2026-11-24]]
收费处经办：0418号`,
  ],
  [
    'online-consult',
    `图文问诊记录　问诊单号：[[MRN|WZ20261124003815]]
[[ACCOUNT|一棵小白杨]]：医生您好，我妈妈[[PERSON|陶淑芬]]，68岁，做完膝关节置换第10天，今天小腿有点肿，按下去有坑。
[[PERSON|郝]]医生：小腿有没有疼痛、发红？有没有胸闷气短？
[[ACCOUNT|一棵小白杨]]：有点胀痛，没有胸闷。
[[PERSON|郝]]医生：需要排除下肢深静脉血栓，建议今天到医院做下肢静脉超声，利伐沙班不要自行停。
[系统记录] 患者端IP：[[IP|203.0.113.182]]　问诊时间：[[DATE|2026-11-24]] 19:42`,
  ],
  [
    'online-consult',
    `视频问诊记录（儿童发育行为科）
患儿：[[PERSON|仲孙可乐]]　3岁2月　复诊号：[[MRN|FZ8462053]]
问诊房间：[[URL|https://kanzhen.example.cn/consult/8462053]]
医生端IP：[[IP|2001:db8:4c2::8]]
家长[[PERSON|仲孙婷]]诉：孩子叫名字反应少，目前只能说单字，喜欢排列玩具车。
医生观察：视频中目光对视少，无指物，M-CHAT-R评分9分（高风险）。
建议：线下就诊行ADOS-2评估及听力检查，尽早开始早期干预。
医生：[[PERSON|蒲晓君]]　时间：[[DATE|2026年11月23日]]`,
  ],
  [
    'online-consult',
    `药师在线咨询（微信）
用户：[[ACCOUNT|lanxin_1987]]
问：我爸爸[[PERSON|宁福海]]在吃华法林，最近感冒想吃点头孢和感冒药，可以吗？上周INR是2.6。
药师[[PERSON|倪晨露]]答：部分抗生素会增强华法林作用，建议就诊时告知医生在服华法林；复方感冒药中的对乙酰氨基酚大量长期服用也可能升高INR，短期常规剂量一般可以。用药3–5天后复查INR。
如有牙龈出血、黑便请及时就医。药师微信：[[ACCOUNT|yaoshi_nichenlu]]`,
  ],
  [
    'patient-message',
    `（微信留言）
[[PERSON|武]]主任您好，我是[[MRN|12]]床[[PERSON|谷长河]]的女儿[[PERSON|谷晓岚]]。我爸今天下午化疗后一直吐，吃了昂丹司琼还是吐了三次，能不能再加点别的止吐药？另外他想问下周一（[[DATE|11月30日]]）能不能先出院回家，过几天再回来做第二天的。我电话[[PHONE|153 9204 6718]]，麻烦您有空回一下，谢谢！`,
  ],
  [
    'patient-message',
    `发件人：[[EMAIL|shenyuwei_77@example.com.cn]]
主题：关于我外婆住院期间摔倒的情况反映
医院投诉办：
我外婆[[PERSON|邵玉珍]]，[[AGE|九十三]]岁，[[DATE|11月20日]]夜里在神经内科[[MRN|23]]床下床上厕所时摔倒，当时床栏没有拉起，家属按铃后约15分钟才有护士过来。之后拍片是左腕骨折。希望院方调查当晚护理情况并给予答复。
联系人：[[PERSON|沈雨薇]]　[[PHONE|13601752864]]`,
  ],
  [
    'patient-message',
    `（医院公众号后台留言）
你好，我是[[DATE|11月18日]]来做入职体检的，体检号[[MRN|TJ26111800462]]，姓名[[PERSON|房若溪]]，报告上说尿潜血2+，让我复查。我月经刚结束三天，这个会不会有影响？要不要挂号？我周末才有空。
我的手机[[PHONE|19912604378]]，邮箱[[EMAIL|fangruoxi@example.cn]]，可以把复查报告发我邮箱吗？`,
  ],
  [
    'family-chat',
    `【相亲相爱一家人】
[[PERSON|何小蔓]]：奶奶今天查了血，医生说白蛋白有点低，[[AGE|九十四]]岁了吃得太少
大伯：我明天开车过去，[[PLATE|渝A·3F6Q8]]停医院负一楼
[[PERSON|何小蔓]]：好，奶奶现在在住院部7楼[[MRN|21]]床
三婶：要不要请个护工？我问问上次那个[[PERSON|刘]]阿姨
大伯：行，阿姨电话你发我
三婶：[[PHONE|177 2341 0968]]`,
  ],
  [
    'family-chat',
    `【赴新加坡看病小群】
[[PERSON|裴远]]：新加坡那边医院回邮件了，复诊号[[MRN|SGH-7720519]]，[[DATE|12月8日]]上午看诊
[[PERSON|裴远]]：机票我订了，需要护照号：爸爸的是多少？
妈妈：爸爸[[PASSPORT|EJ6071938]]，我的是[[PASSPORT|E47028156]]
[[PERSON|裴远]]：好。爸爸签证材料里要写住院史，[[DATE|8月]]份那次出院小结带上
妈妈：嗯，我都放在一个文件袋里了`,
  ],
  [
    'family-chat',
    `【外婆生日筹备群】
[[PERSON|佟佳]]：外婆[[DATE|12月3日]]满[[AGE|九十一]]，在她家里简单吃个饭吧，她腿脚不方便出门
[[PERSON|佟佳]]：外婆家地址：[[ADDRESS|辽宁省鞍山市铁东区胜利南路37号楼2单元402]]
舅舅：蛋糕我订，无糖的，她血糖高
[[PERSON|黎彦]]：外婆家座机还是[[PHONE|0412-5536127]]吗？我先打电话问问她想吃啥
[[PERSON|佟佳]]：是的，下午她睡午觉，晚点打`,
  ],
  [
    'sms-reminder',
    `【市卫健委】冬季是心脑血管疾病高发季节，请注意保暖，规律服药，血压不稳及时就医。本周六上午9点社区卫生服务中心举办“高血压自我管理”免费讲座，欢迎居民参加。回复TD退订。`,
  ],
  [
    'sms-reminder',
    `【省人民医院】[[PERSON|匡月]]您好，您已预约[[DATE|11月27日]]上午9:30乳腺外科专家门诊，就诊号[[MRN|26]]，请提前30分钟到门诊3楼自助机签到。改约或取消请点击[[URL|https://yuyue.example.com.cn/c/9Q4TZ7]]。`,
  ],
  [
    'sms-reminder',
    `【第二人民医院药房】[[PERSON|寇文斌]]先生，您在线上复诊开具的药品已备好，取药码[[MRN|738205]]，请于[[DATE|11月28日]]前凭取药码到门诊一楼西药房5号窗口领取，逾期将退回药库。`,
  ],
  [
    'cubital-tunnel-clinic',
    `手外科门诊病历（洛阳）
门诊号：[[MRN|LY26110937]]　就诊日期：[[DATE|2026-11-24]]
姓名：[[PERSON|晏宏伟]]　男　47岁　厨师　身份证[[ID_CARD|${rid('410305', '19790828', '335')}]]
主诉：右手小指、环指尺侧麻木5月，夜间屈肘睡觉后加重，近1月拿炒勺无力。
查体：右肘管Tinel征阳性，屈肘试验30秒阳性，Froment征阳性，第一骨间背侧肌轻度萎缩，两点辨别觉小指8mm。
肌电图（检查号[[MRN|EMG-739184]]）：右尺神经肘段运动传导速度36 m/s，较前臂段减慢。
诊断：右侧肘管综合征（McGowan Ⅱ级）。建议尺神经前置术，先夜间肘伸直位支具。
电话：[[PHONE|13783951206]]　住址：[[ADDRESS|河南省洛阳市涧西区中州西路28号院5号楼3单元301]]`,
  ],
  [
    'cubital-tunnel-clinic',
    `手术记录
住院号：[[MRN|NC8163049]]　[[MRN|33]]床　姓名：[[PERSON|敖小平]]　男　52岁
手术日期：[[DATE|2026年11月23日]]
手术名称：左尺神经皮下前置术
术中见：尺神经于Osborne韧带处明显受压，局部变细、充血，松解后神经外膜完整。切开Osborne韧带及尺侧腕屈肌两头间腱膜，游离尺神经约10cm前置于皮下，筋膜瓣悬吊防止滑脱。
出血约20ml，术后左肘屈曲90°石膏托固定。
术后告知家属妻子[[PERSON|邓春兰]]手术顺利。
主刀：[[PERSON|喻子墨]]　助手：[[PERSON|简子涵]]`,
  ],
  [
    'cubital-tunnel-clinic',
    `肘管综合征术后康复须知
1. 术后2周内肘部石膏或支具固定，手指可以主动屈伸，每天多次握拳、伸指。
2. 拆除固定后开始肘关节屈伸练习，动作缓慢，以不引起明显疼痛为度。
3. 6周内避免提重物、避免肘部长时间屈曲，睡觉时不要把手臂压在枕头下。
4. 手指麻木的恢复往往需要数月，肌肉力量的恢复更慢，请耐心坚持锻炼。
5. 切口红肿、渗液或手部麻木明显加重，请及时复诊。`,
  ],
  [
    'thyroglossal-cyst-clinic',
    `小儿耳鼻咽喉科门诊记录（长沙）
门诊号：[[MRN|XY26-11-06431]]　就诊日期：[[DATE|2026年11月24日]]
患儿：[[PERSON|袁梓航]]　男　6岁
颈前正中舌骨下方无痛性包块1年，近1周感冒后红肿，伸舌时包块随之上下移动。
超声（超声号[[MRN|US70598314]]）：舌骨前下方囊性包块约2.1×1.6cm，与舌骨关系密切，甲状腺位置、形态正常。
诊断：甲状舌管囊肿合并感染。先口服头孢克洛抗感染2周，炎症消退后择期行Sistrunk手术。
母亲：[[PERSON|周蔓蔓]]　电话：[[PHONE|173 7316 8402]]
医师：[[PERSON|廖思源]]`,
  ],
  [
    'thyroglossal-cyst-clinic',
    `手术知情同意书（Sistrunk术）
患儿：[[PERSON|阿依江·努尔兰]]　女　9岁　住院号：[[MRN|WL0312895]]
术前诊断：甲状舌管囊肿
拟行手术：甲状舌管囊肿切除术（Sistrunk术，切除舌骨中段及瘘管至舌盲孔）
可能风险：出血、感染、复发（约3%–5%）、咽瘘、颈部瘢痕等。
监护人：父亲[[PERSON|努尔兰·哈力克]]　身份证号：[[ID_CARD|${rid('650102', '19880614', '079')}]]
监护人意见：已充分了解，同意手术。
签字日期：[[DATE|2026-11-24]]　谈话医师：[[PERSON|古丽娜尔·沙肯]]`,
  ],
  [
    'thyroglossal-cyst-clinic',
    `术后电话随访记录
随访日期：[[DATE|2026-11-24]]　随访护士：[[PERSON|万佳琪]]
患者：[[PERSON|蒯晓东]]　男　27岁　[[DATE|11月10日]]行甲状舌管囊肿Sistrunk术
病理号：[[MRN|B26-18337]]，病理回报：甲状舌管囊肿，囊壁内衬纤毛柱状上皮，未见甲状腺乳头状癌成分。
患者述颈部切口愈合好，吞咽无异常，无发热。嘱术后1月耳鼻喉科门诊复查超声。
回拨号码：[[PHONE|18652079314]]（本人）`,
  ],
  [
    'csc-clinic',
    `眼科门诊病历（武汉）
门诊号：[[MRN|YK2611-33270]]　日期：[[DATE|2026-11-24]]
姓名：[[PERSON|柯俊逸]]　男　41岁　程序员　身份证[[ID_CARD|${rid('420106', '19850419', '193')}]]
主诉：右眼视物变暗、变形2周。近期连续加班，睡眠差；否认激素使用史。
检查：右眼BCVA 0.6，Amsler表中心变形；OCT（检查号[[MRN|OCT849305]]）示黄斑区神经上皮层浆液性脱离，脉络膜厚度482μm。
诊断：右眼中心性浆液性脉络膜视网膜病变（急性）。
处理：观察3月，调整作息，避免使用含糖皮质激素药物；不缓解考虑半剂量光动力治疗。
电话：[[PHONE|150 7133 6628]]　医师：[[PERSON|鲁文韬]]`,
  ],
  [
    'csc-clinic',
    `半剂量光动力治疗（PDT）记录
治疗编号：[[MRN|PDT-5819]]　患者：[[PERSON|申屠嘉禾]]　男　46岁　门诊号：[[MRN|YK0824716]]
诊断：左眼慢性中心性浆液性脉络膜视网膜病变，病程9月，ICGA示脉络膜高通透性。
治疗日期：[[DATE|2026年11月23日]]
维替泊芬3 mg/m²（半剂量）静脉输注10分钟，输注开始后15分钟行689nm激光照射，能量50 J/cm²，时间83秒，光斑直径3800μm。
术后48小时内避免强光照射，外出戴墨镜、长袖。
复查：[[DATE|12月21日]] OCT。
操作医师：[[PERSON|麻晓芸]]`,
  ],
  [
    'csc-clinic',
    `（医院App消息）
用户[[ACCOUNT|jiahe_st0903]]：医生，这是我今天在社区医院复查的OCT截图 [[URL|https://img.example.cn/u/5829173/oct_1124.jpg]]，积液好像还有一点，我是[[PERSON|申屠嘉禾]]，光动力做完4周，门诊号[[MRN|YK0824716]]。还需要继续吃依普利酮吗？
[[PERSON|麻]]医生回复：截图看视网膜下液较前明显吸收，依普利酮暂不需要。按原计划[[DATE|12月21日]]来院复查。`,
  ],
  [
    'scheuermann-clinic',
    `脊柱外科门诊病历（石家庄）
门诊号：[[MRN|SJZ2611-2894]]　日期：[[DATE|2026-11-24]]
患儿：[[PERSON|路一鸣]]　男　14岁　身份证[[ID_CARD|${rid('130102', '20120707', '031')}]]
主诉：家长发现驼背2年，久坐后背痛。
查体：胸段后凸明显，前屈时呈角状，俯卧伸展不能完全矫正，腘绳肌紧张。
站立全脊柱侧位片：T6–T11胸椎后凸Cobb角68°，T8–T10连续3个椎体楔形变>5°，伴Schmorl结节。
诊断：休门病（Scheuermann病）。建议佩戴胸腰骶支具（每日≥18小时）并行Schroth体操，3月复查。
母亲：[[PERSON|宫丽娜]]　电话：[[PHONE|15831145078]]
住址：[[ADDRESS|河北省石家庄市长安区建设北大街156号4号楼1单元702]]`,
  ],
  [
    'scheuermann-clinic',
    `支具复查记录
支具编号：[[MRN|ZJ-26-0583]]　患者：[[PERSON|尉缭然]]　女　15岁
支具适配日期：[[DATE|2026年8月19日]]　本次复查：[[DATE|2026年11月24日]]
佩戴情况：自述每日约16小时，夏季皮肤出汗较多，腋下偶有压红，已调整衬垫。
戴支具侧位片后凸Cobb角由62°减至41°，骨盆倾斜无加重。
下次复查：3个月后。家属：父亲[[PERSON|尉斌]]
支具师：[[PERSON|侯志勇]]`,
  ],
  [
    'scheuermann-clinic',
    `青少年胸椎后凸（休门病）家庭锻炼单
1. 胸椎伸展：仰卧，泡沫轴横放于背部，双手抱头，缓慢向后伸展，每次10个，每天2组。
2. 腘绳肌牵伸：坐位单腿伸直，身体前倾至大腿后侧有牵拉感，保持30秒，每侧3次。
3. 靠墙天使：背贴墙站立，双臂贴墙上下滑动，保持腰部贴墙，每组10次。
4. 俯卧抬胸：俯卧，双臂置于身体两侧，轻抬胸部，保持5秒，每组10次。
5. 学习、玩手机时注意坐姿，每30分钟起身活动一次；戴支具期间可照常锻炼。`,
  ],
];

const en: Array<[string, string]> = [
  [
    'admission',
    `AMU clerking (Cork)
MRN: [[MRN|CUH0847219]]   PPSN: [[ID_CARD|${ppsn('6381257')}]]
Name: [[PERSON|Pádraig Ó Súilleabháin]]   DOB: [[DATE|14/03/1949]]
Admitted: [[DATE|24/11/2026]] 03:20 from ED
PC: two days of rigors and left loin pain. BP 92/54, HR 118, lactate 3.1 mmol/L, WCC 18.4; dipstick leucocytes 3+ and nitrite positive.
Plan: blood and urine cultures before IV piperacillin-tazobactam 4.5 g TDS; 30 mL/kg crystalloid; CT KUB today to rule out an obstructing calculus.
NOK: daughter [[PERSON|Gráinne]], [[PHONE|087 314 6829]]
Home: [[ADDRESS|12 Ballinlough Road, Ballintemple, Cork T12 X8P4]]`,
  ],
  [
    'admission',
    `HISTORY & PHYSICAL — Desert Vista Medical Center, Phoenix AZ
Patient: [[PERSON|Verna Whitacre]]   Age: [[AGE|91]]   DOB: [[DATE|02/17/1935]]
MRN: [[MRN|DV-4420718]]   Room: [[MRN|512-A]]   Medicare MBI: [[INSURANCE_ID|4TW7-QC2-MK58]]
Admit date: [[DATE|11/23/2026]]
CC: "My legs just go." Three falls this week and new muddled spells per her caregiver. Orthostatic drop of 28 mmHg systolic on standing; Na 128; TSH normal; UA unremarkable. Doxazosin 4 mg was added last month for blood pressure.
A/P: orthostatic hypotension, probably drug-related; mild hyponatremia. Stop doxazosin and HCTZ, PT/OT, fall precautions, recheck sodium in AM.
Caregiver: [[PERSON|Marisela Ybarra-Cruz]], [[PHONE|(602) 555-0176]]`,
  ],
  [
    'admission',
    `General Medicine admission — South Auckland
Name: [[PERSON|Tavita Fa'alogo]]   NHI: [[INSURANCE_ID|${nhi('ZKP', '418')}]]   DOB: [[DATE|09/06/1972]]
Admitted [[DATE|23/11/2026]] 19:40
Right lower-leg cellulitis spreading past the marked border despite 48 h of oral flucloxacillin; T 38.9, CRP 211, glucose 17.2 (HbA1c 82 mmol/mol). No crepitus, no pain out of proportion.
Plan: cefazolin 2 g IV every 8 hours, keep the leg raised, diabetes team to see, redraw the margins twice a day.
Whānau contact: wife [[PERSON|Losa Fa'alogo]], [[PHONE|021 448 3196]]
Address: [[ADDRESS|27 Kāpuka Lane, Ōtāhuhu 1062]]`,
  ],
  [
    'progress-note',
    `Ward 208 — surgical ward round, [[DATE|24/11/2026]]
[[PERSON|Hamish Drummond]] (CHI [[INSURANCE_ID|${chi('070351', '235')}]]), bed [[MRN|14]]
Day 4 post lap. right hemicolectomy. Ileus resolving: passing wind, NG output 150 mL over 24 h, abdomen soft. CRP 142 → 96.
Plan: remove NG tube, free fluids then light diet, mobilise with physio, U&E in the morning.
Wife [[PERSON|Elspeth]] rang the ward and was updated.
Dr [[PERSON|Niamh Kerrigan]], FY1`,
  ],
  [
    'progress-note',
    `Progress note (Internal Medicine), Winnipeg   [[DATE|2026-11-24]]
Pt: [[PERSON|Wayne Bighetty]]   MRN [[MRN|HSC-3317042]]   Manitoba PHIN [[INSURANCE_ID|207 614 538]]   Rm [[MRN|4B-17]]
S: Cree interpreter [[PERSON|Marlene Spence]] present. Breathing easier, slept with two pillows instead of the chair.
O: net negative 2.1 L since admission, weight 96.4 kg, creatinine 142 µmol/L, K 4.6.
A/P: HFrEF decompensation, getting better. Furosemide 80 mg IV BID one more day, add spironolactone 12.5 mg, repeat echo before discharge.
[[PERSON|A. Kowalchuk]], MD`,
  ],
  [
    'progress-note',
    `Medical Ward 21 — progress note, Johannesburg
Patient: [[PERSON|Sipho Mthembu]]   SA ID [[ID_CARD|${luhn('840417518308')}]]   Hosp. no. [[MRN|HJ 0923417]]
[[DATE|24/11/2026]]: day 9 of TB treatment (RHZE, 4 tablets daily). Cough easing, afebrile for 48 h. CD4 86, viral load pending.
Plan: start a dolutegravir-based ART regimen at two weeks of TB therapy; adherence counselling done today.
Treatment supporter: sister [[PERSON|Zanele Mthembu]], [[PHONE|082 617 4390]]
Dr [[PERSON|Thandeka Ngcobo]]`,
  ],
  [
    'discharge',
    `Stroke Unit discharge summary — Cardiff
Patient: [[PERSON|Gwenllian Pritchard]]   NHS No: [[INSURANCE_ID|${nhs('418263')}]]   Hosp No: [[MRN|C2294816]]
In hospital [[DATE|16/11/2026]]–[[DATE|24/11/2026]] (8 nights)
Main problem: left partial anterior circulation infarct; atrial fibrillation found on telemetry.
Medicines: apixaban 5 mg BD (started day 6), atorvastatin 80 mg at night; aspirin stopped.
Driving: not for one month. Follow-up in TIA/stroke clinic at 6 weeks; Welsh-speaking OT [[PERSON|Eirlys Bevan]] will visit at home.
Address: [[ADDRESS|Flat 3, 41 Heol y Waun, Llandaff, Cardiff CF5 2EQ]]
GP: Dr [[PERSON|Rhodri Lewis]]`,
  ],
  [
    'discharge',
    `Discharge summary — Adelaide
[[PERSON|Kerry-Anne Mulholland]]   UR [[MRN|RAH 7130562]]   Medicare [[INSURANCE_ID|${medicare('56183290', '2')}]]
DOB [[DATE|22/08/1958]]   Stay: [[DATE|19/11/2026]] to [[DATE|23/11/2026]]
Main diagnosis: community pneumonia — RML consolidation; CURB-65 of 1.
Treatment: IV benzylpenicillin, switched to oral amoxicillin (1 g three times daily) for 5 days in total; 3 days of doxycycline.
Follow-up: GP Dr [[PERSON|Anand Rao]] within a week; chest film in 6 weeks as she smokes 20 a day.
Address: [[ADDRESS|4/18 Churchill Road, Kilburn SA 5084]]   Phone [[PHONE|(08) 5550 3172]]`,
  ],
  [
    'discharge',
    `DISCHARGE INSTRUCTIONS — Lakeshore Medical Center, Chicago IL
Patient: [[PERSON|DeShawn Merriweather]]   MRN [[MRN|0048721936]]   Date: [[DATE|11/24/2026]]
Why you were here: diabetic ketoacidosis (DKA) — your insulin pump tubing had come loose.
Insulin: glargine 22 units at bedtime; lispro with meals using your correction card. Check sugars before meals and at bedtime.
Return to the ER if you keep throwing up, your breath smells fruity or you are short of breath.
Appointment: Endocrinology, Dr [[PERSON|Harini Venkatachalam]], [[DATE|12/03/2026]] at 10:40.
Questions: diabetes educator [[PERSON|Colleen Fitzgerald]], [[PHONE|(312) 555-0193]]`,
  ],
  [
    'outpatient',
    `Nephrology clinic, Kuala Lumpur — review
Name: [[PERSON|Nur Amalina binti Kamarudin]]   IC: [[ID_CARD|890312-14-5682]]   RN: [[MRN|HKL-26-118307]]
Date: [[DATE|24/11/2026]]
SLE for 6 years, taking HCQ 200 mg a day. Ankle swelling for a month; urine PCR 0.9 g/g, C3 low, anti-dsDNA 180. BP 138/86.
Plan: renal biopsy next week, start losartan 50 mg, bloods in 2 weeks.
Husband: [[PERSON|Mohd Faizal bin Hashim]], [[PHONE|+60 13-482 7915]]
Dr [[PERSON|Lim Hui Qing]]`,
  ],
  [
    'outpatient',
    `Diabetology OPD — Bengaluru
Patient: [[PERSON|Ramesh Gowda]]   58 M   UHID [[MRN|BLR2611-048372]]
Aadhaar: [[ID_CARD|${aadhaar('58316240917')}]]
Visit: [[DATE|24-11-2026]]
Type 2 diabetes for 11 years. HbA1c 8.9% on metformin 1 g BD and glimepiride 2 mg; fasting sugars 160–190 mg/dL; eGFR 74. Foot exam: monofilament sensation reduced at two sites.
Plan: add sitagliptin 100 mg OD, podiatry, retina screening, review in 3 months.
Mobile: [[PHONE|+91 98451 27603]]
Dr [[PERSON|Kavitha Nagaraj]]`,
  ],
  [
    'outpatient',
    `Medical SOPC, Kowloon — endocrine follow-up
Name: [[PERSON|CHEUNG Wing Yan]] [[PERSON|張詠欣]]   HKID: [[ID_CARD|${hkid('K', '384216')}]]   HN: [[MRN|HN26071843]]
[[DATE|24/11/2026]]: Graves disease on carbimazole 10 mg daily for 14 months. Euthyroid (free T4 14 pmol/L), TRAb now 1.2 IU/L. Mild lid retraction, no diplopia, CAS 1/7.
Plan: reduce to 5 mg and consider stopping in 6 months; stop smoking advice given.
Contact: [[PHONE|9273 6184]]   e-mail: [[EMAIL|wycheung88@example.com.hk]]
MO: Dr [[PERSON|Tse Ka Lok]]`,
  ],
  [
    'referral',
    `GP referral to Rheumatology — Belfast
Patient: [[PERSON|Orla McAuley]]   H&C no. [[INSURANCE_ID|${hc('320581748')}]]   DOB [[DATE|05/10/1987]]
Address: [[ADDRESS|22 Cavehill Road, Belfast BT15 5BL]]   Mobile: [[PHONE|07700 900914]]
Dear colleague,
Three months of symmetrical swelling of the MCP and PIP joints with 90 minutes of morning stiffness. Anti-CCP 340 U/mL, RF positive, CRP 22. She is a hairdresser and is struggling with scissors.
I have started prednisolone 10 mg daily as a bridge. Grateful for early assessment.
Dr [[PERSON|Ciarán Hegarty]], Antrim Road Surgery   [[DATE|23/11/2026]]`,
  ],
  [
    'referral',
    `Referral — Family Medicine to Gastroenterology, Halifax NS
Patient: [[PERSON|Aubrey LeBlanc]]   NS Health Card [[INSURANCE_ID|0024 917 603]]   DOB [[DATE|1969-03-28]]
Phone: [[PHONE|902-555-0162]]
Concern: Hb 94 g/L with ferritin 6 µg/L, a positive FIT, and she has lost 4 kg since August. No NSAID use. Requesting urgent colonoscopy and gastroscopy.
Referring physician: Dr [[PERSON|Marguerite Doucet]]   Date: [[DATE|2026-11-23]]`,
  ],
  [
    'referral',
    `Dear Dr [[PERSON|Okonkwo]],
Thank you for seeing [[PERSON|Lachlan Brereton]] (DOB [[DATE|11/01/1963]], Medicare [[INSURANCE_ID|${medicare('38502917', '1')}]]), a 63-year-old boat builder with six weeks of chest tightness walking up Hampden Road that settles with rest. ECG: old inferior Q waves. Lipids: LDL 4.2. Father had a bypass at 58.
I have commenced aspirin (100 mg daily) and rosuvastatin 20 mg, and given him a GTN spray.
Address: [[ADDRESS|16 Hampden Road, Battery Point TAS 7004]]   Phone: [[PHONE|(03) 7010 2846]]
Dr [[PERSON|Felicity Crane]], Sandy Bay Family Practice, [[DATE|24/11/2026]]`,
  ],
  [
    'handover',
    `Ward 5 West handover — PM to night, [[DATE|24/11/2026]]
Bed / Name / To watch
[[MRN|1]] / [[PERSON|Dorothy Pappas]], [[AGE|93]] / delirium; 1:1 special overnight; no haloperidol (Parkinson's)
2 / — / empty, cleaned
[[MRN|3]] / [[PERSON|Stavros Kyriakou]] / day 1 after TURP, bladder irrigation running, urine rosé
[[MRN|4]] / [[PERSON|Khoo Siew Lan]] / BGL 3.2 at 17:00, treated with juice; recheck at 22:00
Handed over by [[PERSON|Bridget Kelleher]] RN to [[PERSON|Joel Amituanai]] RN`,
  ],
  [
    'handover',
    `Night handover, 6 North (I-PASS)
Room [[MRN|611]]: Mr. [[PERSON|Arne Halvorsen]], 78, upper GI bleed, stable; Hgb 7.9 → 8.4 after one unit. If below 7, transfuse and page Dr. [[PERSON|Oyelaran]] (GI fellow).
Room [[MRN|614]]: [[PERSON|Bethany Crouse]], 34, alcohol withdrawal, CIWA 12 at 19:00, lorazepam per protocol; seizure precautions.
Room [[MRN|617]]: Mrs. [[PERSON|Imelda Soto]], [[AGE|ninety-two]], comfort care; daughter [[PERSON|Lupe]] is staying overnight.
Room 620: empty, awaiting admit from ED.
From [[PERSON|Kendra Bishop]], RN`,
  ],
  [
    'handover',
    `ED handover 08:00, Dublin — [[DATE|24/11/2026]]
Resus [[MRN|2]]: [[PERSON|Declan Fitzpatrick]], 61, inferior STEMI — RCA stented overnight, awaiting CCU bed.
Majors cubicle [[MRN|9]]: [[PERSON|Caoimhe Brannigan]], 27, DKA on fixed-rate insulin, K 4.1, pH 7.24 at 07:00.
Trolley [[MRN|T14]]: [[PERSON|Michael Dunne]] ("[[PERSON|Mossie]]"), 84, fall at home, displaced intracapsular NOF; fascia iliaca block at 06:10; ortho aware.
Chair 3: empty.
Dr [[PERSON|Saoirse Nolan]] → Dr [[PERSON|Emeka Obi]]`,
  ],
  [
    'nursing-note',
    `Home and Community Care — nursing visit, Toronto
Client: [[PERSON|Giuseppina Rinaldi]]   OHIP [[INSURANCE_ID|${ohip('531827946')}]] KP   DOB [[DATE|1936-05-02]]
Address: [[ADDRESS|88 Lawrence Avenue West, Apt 1207, Toronto ON M5M 1A6]]
Visit [[DATE|2026-11-24]] 10:15: sacral pressure injury (stage 3) measuring 3.0 × 2.2 × 0.4 cm, 80% granulation, no odour. NPWT dressing and canister changed at 125 mmHg. Braden 14.
Son [[PERSON|Fabio]] present and translating into Italian.
Next visit [[DATE|2026-11-26]].   RN [[PERSON|Hyun-woo Park]]`,
  ],
  [
    'nursing-note',
    `District nursing visit — Manchester
Patient: [[PERSON|Cyril Ashbrook]]   NHS [[INSURANCE_ID|${nhs('275630')}]]
Address: [[ADDRESS|7 Rowan Close, Levenshulme, Manchester M19 2RT]]   Key safe: 4417
[[DATE|24/11/2026]]: venous ulcer left gaiter area 4.1 × 3.0 cm, slough about 20%, moderate exudate; ABPI 0.92. Cleansed; Acticoat under a two-layer compression system, reapplied.
Wife [[PERSON|Maureen]] says he has been sleeping in the recliner because of his breathing — GP informed.
Contact: [[PHONE|0161 496 0731]]
DN [[PERSON|Yetunde Afolabi]]`,
  ],
  [
    'nursing-note',
    `Ward 76 nursing report, Singapore — night shift [[DATE|24/11/2026]]
Bed [[MRN|76-12]]: [[PERSON|Tan Ah Huat]], NRIC [[ID_CARD|${nric('S', '1827364')}]], [[AGE|90]]. Hokkien-speaking only; grandson [[PERSON|Marcus Tan]] interprets by phone ([[PHONE|+65 9127 4083]]).
Pulled out his IV cannula at 02:00; re-sited by the night doctor. Fluid balance +450 mL. Sacrum intact, 2-hourly turns done. Hypoglycaemia 3.6 mmol/L at 05:00 — given dextrose gel, recheck 6.8.
Staff nurse [[PERSON|Nur Hidayah]]`,
  ],
  [
    'lab-report',
    `CLINICAL LABORATORY REPORT — Sound View Regional Laboratory, Tacoma WA
Patient: [[PERSON|Caldwell, Judith A.]]   DOB: [[DATE|07/30/1961]]   MRN: [[MRN|SV5017329]]
Accession: [[MRN|26-328-00419]]
Collected: [[DATE|11/23/2026]] 07:45   Reported: [[DATE|11/23/2026]] 12:10
Ordering provider: [[PERSON|Martin Oduya]], MD
Free T4 3.1 ng/dL (H) | TSH <0.02 mIU/L (L) | total T3 248 ng/dL (H) | TSH-receptor Ab 6.4 IU/L (H)
Comment: pattern consistent with primary hyperthyroidism.`,
  ],
  [
    'lab-report',
    `Cellular Pathology Report — Nottingham
Lab no: [[MRN|H26-90518]]   NHS No: [[INSURANCE_ID|${nhs('601839')}]]
Name: [[PERSON|Terence Openshaw]]   DOB: [[DATE|03/02/1955]]
Specimen: transperineal prostate biopsies, 12 cores, received [[DATE|20/11/2026]].
Microscopy: adenocarcinoma (acinar type) present in five of twelve cores; Gleason score 3 + 4 = 7, Grade Group 2; up to 40% of a core involved; perineural invasion not seen.
Reporting pathologist: Dr [[PERSON|Hester Vane]] on [[DATE|24/11/2026]].`,
  ],
  [
    'lab-report',
    `Getting ready for a fasting blood test
- Do not eat, and drink only plain water, for 10–12 hours before the test.
- Keep taking your regular medicines with a glass of water unless a doctor or nurse has said to hold them.
- If you use insulin or a sulfonylurea, ask your diabetes nurse how to adjust the dose that morning.
- Do not smoke, chew gum or exercise hard before the test.
- Bring a snack to eat once the sample has been taken.`,
  ],
  [
    'imaging-report',
    `Radiology report — Christchurch
Patient: [[PERSON|Hineawe Tipoki]]   NHI: [[INSURANCE_ID|${nhi('JMT', '205')}]]   Accession: [[MRN|CH26-772918]]
Examination: CT pulmonary angiogram, [[DATE|24/11/2026]]
Findings: intraluminal clot in two RLL segmental arteries; RV:LV 0.8. Lungs clear of infarction; pleural spaces dry.
Comparison: CT chest [[DATE|March 2025]].
Impression: segmental PE, right lower lobe; no CT sign of RV strain.
Reported by Dr [[PERSON|Hamish Bain]]; result phoned to Dr [[PERSON|Ana Tuilagi]] at 14:05.`,
  ],
  [
    'imaging-report',
    `RADIOLOGY — portable chest, Boston
Patient: [[PERSON|Francis X. Mahoney]]   Age: [[AGE|99]]   MRN: [[MRN|BMC-00617253]]   Acc #: [[MRN|XR7735196]]
Date: [[DATE|11/24/2026]] 05:12
Indication: increasing oxygen requirement.
Findings: interval increase in bilateral perihilar opacities with Kerley B lines and small bilateral effusions. Dual-chamber pacemaker leads unchanged.
Impression: pulmonary edema, worse than [[DATE|11/21/2026]].
Dictated by [[PERSON|Rivka Feldstein]], MD`,
  ],
  [
    'imaging-report',
    `MRI right knee — Perth
Patient: [[PERSON|Jarrah Whitehurst]]   UR: [[MRN|FS0419273]]   DOB: [[DATE|30/06/1994]]
Exam date: [[DATE|23/11/2026]]
Findings: ACL fibres discontinuous throughout — full-thickness rupture. Medial meniscal bucket-handle fragment flipped into the notch (double PCL sign). Marrow oedema in the lateral femoral condyle and the back of the lateral tibial plateau (pivot-shift pattern).
Referrer: Dr [[PERSON|Eugene Makris]], sports physician
Reported: Dr [[PERSON|Nandini Bhattacharjee]]`,
  ],
  [
    'prescription',
    `NHS PRESCRIPTION (FP10) — Liverpool
Patient: Mrs [[PERSON|Edna Cropper]]   Age: 89   DOB: [[DATE|19/12/1936]]
NHS No: [[INSURANCE_ID|${nhs('738215')}]]
Address: [[ADDRESS|14 Queens Drive, Walton, Liverpool L4 6SH]]
Alendronic acid 70mg tabs: 1 weekly on an empty stomach, stay upright 30 min. Supply 4
Calcium carbonate/colecalciferol chewable tabs: 1 bd. Supply 56
Prescriber: Dr [[PERSON|Gareth Hume]]   Date: [[DATE|24/11/2026]]`,
  ],
  [
    'prescription',
    `ePrescription — Seattle WA
Patient: [[PERSON|Kai Nakamura-Ellis]]   DOB: [[DATE|04/11/1990]]   Phone: [[PHONE|(206) 555-0121]]
Address: [[ADDRESS|2217 NW 58th Street, Apt 3, Seattle WA 98107]]
Rx #[[MRN|5071846]]
Valacyclovir 1 g tabs. Sig: one tab PO TID x 7 days. Disp: 21. RF: 0.
Prescriber: [[PERSON|Hollis Bergstrom]], ARNP   NPI 1730692841   Date: [[DATE|11/24/2026]]
Send to: Ballard Community Pharmacy`,
  ],
  [
    'prescription',
    `GMS prescription — Dublin
Patient: [[PERSON|Bernadette Kinsella]]   Medical card no.: [[INSURANCE_ID|0931475K]]   DOB: [[DATE|25/04/1951]]
Address: [[ADDRESS|6 Iona Crescent, Glasnevin, Dublin 9, D09 R6F3]]
Ramipril 5 mg once daily × 28
Bisoprolol 2.5 mg once daily × 28
Atorvastatin 40 mg at night × 28
Dr [[PERSON|Fionnuala Ryan]]   GMS no. 61842   Date: [[DATE|24/11/2026]]`,
  ],
  [
    'consent',
    `CONSENT FOR OPERATION — Atlanta GA
Patient: [[PERSON|Pham Thi Lan]]   MRN: [[MRN|AT-5128804]]   DOB: [[DATE|08/14/1966]]
Operation: lap. anterior resection of the rectum, may be converted to open.
We talked about: bleeding, an infected wound or chest, anastomotic leak, damage to the ureter, blood clots, and a temporary ileostomy.
Vietnamese interpreter [[PERSON|Do Minh Khoa]] (badge 4471) present throughout.
Signed by patient: [[PERSON|Pham Thi Lan]]   Date/time: [[DATE|11/24/2026]] 07:05
Witness: [[PERSON|Shaquana Pettaway]], RN
Surgeon: [[PERSON|Richard Ambrose]], MD`,
  ],
  [
    'consent',
    `Participant Consent Form — Sydney
Study: getting up within 12 hours of a hip fracture operation — a randomised trial (HREC 2026/ETH00417)
Participant ID: [[MRN|HIPMOB-031]]
Participant name: [[PERSON|Graham Tuckwell]]   Date: [[DATE|24/11/2026]]
I understand that I can withdraw at any time without affecting my care.
Person obtaining consent: [[PERSON|Zofia Nowicka]], research physiotherapist
Any questions — contact the trial coordinator, [[PERSON|Priyanka Deshmukh]], [[PHONE|(02) 5550 8841]]`,
  ],
  [
    'consent',
    `Form 4 — Leicester (no capacity to decide on this procedure)
Patient: [[PERSON|Harold Pickering]]   Age: [[AGE|95]]   NHS No.: [[INSURANCE_ID|${nhs('903418')}]]
Proposed procedure: insertion of a suprapubic catheter under local anaesthetic.
Capacity assessed by Dr [[PERSON|Amara Eze]] on [[DATE|23/11/2026]]: could not keep hold of or balance the information.
Health and welfare LPA: daughter [[PERSON|Janet Pickering-Moss]], consulted; agrees this is in his best interests.
Consultant: Mr [[PERSON|Oliver Sandhu]], urologist`,
  ],
  [
    'billing',
    `PATIENT STATEMENT — Riverbend Health, Omaha NE
Statement date: [[DATE|11/20/2026]]
Responsible party (guarantor): [[PERSON|Curtis Lindqvist]]
Patient: [[PERSON|Ella Lindqvist]]   Account #: [[MRN|RB-40917326]]
Mail to: [[ADDRESS|4412 Hickory Street, Omaha NE 68105]]
[[DATE|10/29/2026]] Emergency visit, forearm laceration repair   $1,284.00
Insurance paid   −$962.10
Balance   $321.90 — paid by Visa [[BANK_CARD|${spaced(luhn('453920761844103'))}]] on [[DATE|11/24/2026]]. Thank you.`,
  ],
  [
    'billing',
    `Tax invoice — Remuera Surgical Centre, Auckland
Patient: [[PERSON|Hemi Wikiriwhi]]   Southern Cross member no.: [[INSURANCE_ID|08417363]]
Operation: TEP repair of a right groin hernia on [[DATE|18/11/2026]]
Total NZ$6,420.00; Southern Cross contribution NZ$5,100.00; patient portion NZ$1,320.00 charged to Mastercard [[BANK_CARD|${spaced(luhn('545301887263051'))}]]
Address: [[ADDRESS|12 Ranfurly Road, Epsom, Auckland 1023]]
Email: [[EMAIL|hemi.wikiriwhi@example.co.nz]]`,
  ],
  [
    'billing',
    `Tax invoice — specialist clinic, Singapore
Patient: [[PERSON|Selvaraj s/o Arumugam]]   NRIC: [[ID_CARD|${nric('S', '6219043')}]]
Home: [[ADDRESS|Blk 618 Woodlands Drive 52, #11-306, Singapore 730618]]
[[DATE|21/11/2026]] Consultation and colonoscopy with polypectomy   S$2,846.30
MediSave deduction   S$1,250.00
Balance S$1,596.30 paid by Visa [[BANK_CARD|${spaced(luhn('491672305518427'))}]]`,
  ],
  [
    'online-consult',
    `Telehealth visit note — Sacramento
Patient: [[PERSON|Marisol Quintana]]   MRN: [[MRN|SAC-2094417]]   Portal user: [[ACCOUNT|mquintana.84]]
Session URL: [[URL|https://tele.example.org/j/7KQ2-M9XD]]
Patient IP [[IP|198.51.100.84]]; clinician IP [[IP|203.0.113.217]]
Patient confirmed her location: [[ADDRESS|3318 Folsom Boulevard, Sacramento CA 95816]]
[[DATE|11/24/2026]]: week 6 on escitalopram 10 mg. PHQ-9 down from 17 to 12, sleeping better, mild nausea settled. No thoughts of self-harm.
Plan: increase to 15 mg, therapy referral sent, video follow-up in 4 weeks.
[[PERSON|Deborah Kline]], PMHNP`,
  ],
  [
    'online-consult',
    `eConsult — York
Submitted [[DATE|23/11/2026]] 22:41 from IP [[IP|203.0.113.129]]
Patient: [[PERSON|Imogen Stackhouse]], DOB [[DATE|12/07/1998]]
Mobile: [[PHONE|07700 900452]]   Email: [[EMAIL|imogen.stackhouse@example.co.uk]]
"Stinging when I pass urine for three days and needing to go every hour. No temperature or loin pain; period was last week."
Reply from Dr [[PERSON|Okafor]] on [[DATE|24/11/2026]]: we have sent nitrofurantoin MR 100 mg (one twice a day, 3 days) to your pharmacy; contact us if symptoms last beyond 48 hours of treatment.`,
  ],
  [
    'online-consult',
    `Teleconsultation — Nairobi
Patient: [[PERSON|Wambui Kariuki]]   National ID: [[ID_CARD|28417359]]   File no.: [[MRN|NRB-26-85703]]
Joined by WhatsApp video from [[PHONE|+254 712 480 396]]
[[DATE|24/11/2026]]: 24 weeks pregnant, headache for two days and swollen feet; home BP 152/101 twice.
Advice: come to the maternity unit today for BP, urine protein and bloods — possible pre-eclampsia. Do not drive herself.
Husband [[PERSON|Kiprono Chebet]] will bring her in their car, [[PLATE|KDA 417X]].
Clinical officer [[PERSON|Achieng Odhiambo]]`,
  ],
  [
    'patient-message',
    `Patient portal message — Houston
To: Dr [[PERSON|Raymond Okeke]]
From: [[PERSON|Tanya Broussard]] (portal: [[ACCOUNT|tbroussard_tx]])
Hi Dr [[PERSON|Okeke]], my insurance changed on the 1st. New Aetna member ID [[INSURANCE_ID|W284617390]], group 0827419. Could your office resend the prior authorization for my semaglutide? Also, is the A1c of 7.1 from [[DATE|11/18]] okay or should we change anything?
Thanks, [[PERSON|Tanya]]`,
  ],
  [
    'patient-message',
    `From: [[EMAIL|g.mcgillivray@example.org.uk]]
Subject: my father's audiology appointment
Dear Sir or Madam,
My father, [[PERSON|Alasdair McGillivray]] (CHI [[INSURANCE_ID|${chi('030830', '217')}]]), is [[AGE|96]] and lives on his own at [[ADDRESS|Tigh na Mara, 9 Garve Road, Ullapool IV26 2SX]]. His hearing-aid review on [[DATE|2 December]] falls on the day the community bus does not run. Could it be moved? I can bring him on any Tuesday.
Yours faithfully,
[[PERSON|Gillian McGillivray]]
[[PHONE|01632 960281]]`,
  ],
  [
    'patient-message',
    `SMS thread — GP surgery, Newcastle upon Tyne
Surgery: Hi [[PERSON|Lee]], Dr [[PERSON|Morrow]] has looked at your bloods and wants a quick chat by phone. When suits you?
[[PHONE|07700 900795]]: can u ring after 4 im on shift till then. its [[PERSON|Lee Charlton]] dob [[DATE|14/09/1983]]
Surgery: Thanks [[PERSON|Lee]], Dr [[PERSON|Morrow]] will ring after 4 today. [[PERSON|Jade]] (reception)`,
  ],
  [
    'family-chat',
    `[Family chat — Nonna updates]
[[PERSON|Lucia]]: Nonna moved to 7 East, room [[MRN|712]], bed by the window
[[PERSON|Marco]]: how is she
[[PERSON|Lucia]]: tired but [[AGE|96]] and already telling the nurses how to do it lol
[[PERSON|Marco]]: I'll come after work, I'm in the grey Civic [[PLATE|CDXT 417]] if anyone wants a lift
Auntie [[PERSON|Rosa]]: bring her reading glasses pls
[[PERSON|Lucia]]: parking is P2 level 3, the machine only takes cards`,
  ],
  [
    'family-chat',
    `[Messenger — Whitfield family]
[[PERSON|Brooke]]: Nan's passport ran out, she needs a new one for the cruise in March. Old number was [[PASSPORT|N4827136]]
[[PERSON|Jason]]: is she even allowed on a ship at [[AGE|90]] after the pacemaker
[[PERSON|Brooke]]: Dr [[PERSON|Iyer]] said fine, pacing check on [[DATE|9 December]]
[[PERSON|Jason]]: I'll take her. Still [[ADDRESS|3/27 Beach Street, Coogee NSW 2034]]?
[[PERSON|Brooke]]: yep. And bring yours for the photo ID bit, I've got yours as [[PASSPORT|PB8306145]]`,
  ],
  [
    'family-chat',
    `[WhatsApp — Keluarga Penang]
[[ACCOUNT|kokleong_88]]: Ah Ma discharged already, doctor say next review [[DATE|8/12]]
[[ACCOUNT|mei.yee]]: ok I take leave that day. Her IC [[ID_CARD|360518-07-5124]] for the registration right?
[[ACCOUNT|kokleong_88]]: yes. She [[AGE|90]] already, ask for wheelchair at the counter
[[ACCOUNT|mei.yee]]: I fetch her from [[ADDRESS|22 Lorong Kulit 3, 10460 George Town, Pulau Pinang]] at 8`,
  ],
  [
    'sms-reminder',
    `NHS Bowel Screening: if you are aged 50 to 74 you will be sent a home test kit every two years. It is quick to do and could save your life. Reply STOP to opt out of reminders.`,
  ],
  [
    'sms-reminder',
    `Hi [[PERSON|Nikhil]] — physio with us on Thu [[DATE|26 Nov]] at 15:20, [[ADDRESS|Level 2, 140 Queen Street, Brisbane City QLD 4000]]. Manage your booking: [[URL|https://book.example.com.au/a/ZP8K41]]. To cancel call [[PHONE|(07) 5550 2609]]. — Riverside Physio`,
  ],
  [
    'sms-reminder',
    `Your prescription is ready to collect, Mrs [[PERSON|Kaur]]. Show collection code [[MRN|4KD7]] at the counter by [[DATE|1 December]]. Hounslow High Street Pharmacy.`,
  ],
  [
    'cubital-tunnel-clinic',
    `Hand Clinic, Leeds — clinic letter
Re: [[PERSON|Callum Briggs]]   DOB [[DATE|21/04/1985]]   NHS [[INSURANCE_ID|${nhs('520174')}]]   Hosp no. [[MRN|L4820193]]
Seen [[DATE|24/11/2026]]. Right-handed plasterer with six months of numbness in the ring and little fingers, worse after a day on the trowel and at night with the elbow bent. Positive Tinel over the cubital tunnel, elbow flexion test positive at 40 s, Froment sign weakly positive, no wasting.
Nerve conduction study (ref. [[MRN|NCS-26-1147]]): ulnar motor velocity slowed across the elbow to 38 m/s with a 30% amplitude drop.
Diagnosis: right cubital tunnel syndrome, McGowan grade II.
Plan: night extension splint for 8 weeks; provisionally listed for in-situ ulnar nerve decompression on [[DATE|19/02/2027]].
Mr [[PERSON|Tobias Quarrie]], Consultant Hand Surgeon   cc GP Dr [[PERSON|Meera Chauhan]]`,
  ],
  [
    'cubital-tunnel-clinic',
    `Operation report — Brisbane
Patient: [[PERSON|Shane Kilgour]]   UR [[MRN|PAH 6193750]]   Medicare [[INSURANCE_ID|${medicare('41572308', '3')}]]
Date: [[DATE|23/11/2026]]
Procedure: left anterior subcutaneous ulnar nerve transposition under GA; tourniquet 250 mmHg, 52 min.
Findings: ulnar nerve subluxing over the medial epicondyle in flexion; hourglass narrowing under Osborne's ligament. Branches of the medial antebrachial cutaneous nerve identified and protected. Fascial sling fashioned.
Post-op: above-elbow backslab at 90°, sling, wound review in 10 days.
Partner [[PERSON|Renée Gauthier]] driving him home; contact [[PHONE|(07) 5550 9314]].
Surgeon: Dr [[PERSON|Revathi Menon-Pillai]]`,
  ],
  [
    'cubital-tunnel-clinic',
    `Cubital tunnel syndrome — looking after your elbow
- Avoid leaning on the inside of your elbow, for example on a car door or desk edge.
- Try not to keep the elbow bent for long spells; use a headset rather than holding the phone to your ear.
- At night, wrap a towel loosely around the straightened arm or wear the splint you were given.
- Tingling often eases within weeks once pressure is reduced; weakness takes longer.
- Tell the hand team if your grip gets weaker or the hand muscles look thinner.`,
  ],
  [
    'thyroglossal-cyst-clinic',
    `Paediatric Otolaryngology — Ottawa, clinic note [[DATE|2026-11-24]]
Patient: [[PERSON|Noah Desrosiers]], 7 y   OHIP [[INSURANCE_ID|${ohip('408317265')}]] TR   Chart [[MRN|CH-5281936]]
Midline neck lump for a year that rises when he sticks out his tongue; infected once in September and treated with cephalexin. Ultrasound: 1.8 cm cyst at the hyoid, thyroid normal in size and position.
Impression: thyroglossal duct cyst.
Plan: Sistrunk procedure booked for [[DATE|2027-01-14]].
Parents: [[PERSON|Julie Desrosiers]] and [[PERSON|Patrick Desrosiers]], [[PHONE|613-555-0128]]
Dr [[PERSON|Ingrid Lunde]]`,
  ],
  [
    'thyroglossal-cyst-clinic',
    `INFORMED CONSENT — Pediatric Surgery, Albuquerque NM
Patient: [[PERSON|Mateo Yazzie-Chavez]], age 4   MRN: [[MRN|AB-6681024]]
Procedure: excision of thyroglossal duct cyst with the central part of the hyoid bone (Sistrunk procedure).
Possible complications: the cyst coming back, wound infection or bleeding, airway injury, a neck scar.
Parent/guardian: [[PERSON|Darlene Yazzie]] (mother)   Date: [[DATE|11/24/2026]]   Mother's phone: [[PHONE|(505) 555-0153]]
Navajo interpreter: [[PERSON|Harrison Begay]]
Surgeon: [[PERSON|Elena Marquardt]], MD`,
  ],
  [
    'thyroglossal-cyst-clinic',
    `Anatomical Pathology — Dunedin
Patient: [[PERSON|Ruby Hohaia]]   NHI: [[INSURANCE_ID|${nhi('LRS', '631')}]]   Lab no.: [[MRN|D26-70315]]
Date received: [[DATE|20/11/2026]]
Specimen description: thyroglossal duct cyst with central hyoid (Sistrunk).
Microscopy: cyst lined by respiratory-type and squamous epithelium; ectopic thyroid follicles in the wall; tract abutting the hyoid. No papillary carcinoma.
Diagnosis: thyroglossal duct cyst; margins clear.
Reported by Dr [[PERSON|Lachlan Frew]]   [[DATE|24/11/2026]]`,
  ],
  [
    'csc-clinic',
    `Retina clinic, Singapore
[[PERSON|Goh Jun Kai]], 38 M, NRIC [[ID_CARD|${nric('S', '8816452')}]], ref [[MRN|EYE-26-440917]]
[[DATE|24/11/2026]]: blurred and dim central vision left eye for 3 weeks; banker, long hours; uses a fluticasone nasal spray.
VA 6/12 left, Amsler distortion. OCT: serous detachment at the macula, subfoveal choroid 510 µm. FFA: smokestack leak.
Dx: acute central serous chorioretinopathy, left eye.
Plan: stop the steroid spray, observe 3 months, half-dose PDT if fluid persists.
Contact: [[PHONE|+65 8394 2176]]   Dr [[PERSON|Wong Mei Xin]]`,
  ],
  [
    'csc-clinic',
    `Eye Hospital, Bristol — half-dose PDT record
[[PERSON|Dominic Farrant]]   NHS [[INSURANCE_ID|${nhs('184627')}]]   MRN [[MRN|BEH-3170692]]
Chronic central serous chorioretinopathy, right eye, 11 months; ICGA shows choroidal hyperpermeability.
Treatment [[DATE|23/11/2026]]: verteporfin 3 mg/m² over 10 min; 689 nm laser at 15 min, 50 J/cm², 83 s, spot 4200 µm.
Earlier subthreshold micropulse laser in [[DATE|June 2026]] without benefit.
Review with OCT on [[DATE|18/01/2027]]. Avoid direct sunlight for 48 hours.
Ophthalmologist: Miss [[PERSON|Chiara Benedetti]]`,
  ],
  [
    'csc-clinic',
    `Patient portal — Retina clinic, Vancouver
From [[ACCOUNT|r.baptiste77]]: Hi Dr [[PERSON|Haddad]], here's the Amsler grid I drew this morning: [[URL|https://files.example.ca/u/38274/amsler-nov24.png]]. The wavy patch looks smaller. I'm [[PERSON|Rohan Baptiste]], chart [[MRN|VGH-6205817]]. Should I keep taking the eplerenone 25 mg?
Reply from clinic nurse [[PERSON|Sophie Tremblay]]: Thanks [[PERSON|Rohan]], Dr [[PERSON|Haddad]] says carry on until your OCT on [[DATE|December 15]].`,
  ],
  [
    'scheuermann-clinic',
    `Pediatric Spine Clinic — Aurora, CO
Patient: [[PERSON|Tyler Kowalczyk]], 15 y   DOB [[DATE|03/09/2011]]   MRN [[MRN|CHC-2048177]]
Insurance: Anthem BCBS member ID [[INSURANCE_ID|XQK918374502]]
Visit [[DATE|11/24/2026]]: swim coach noticed a rounded back; aches after long study sessions. Thoracic kyphosis 71° (T4–T12) with ≥5° wedging at T7, T8 and T9 and endplate irregularity; popliteal angle 50°.
Dx: Scheuermann kyphosis.
Plan: thoracolumbosacral kyphosis brace 18 h/day; Schroth-based PT with [[PERSON|Kelsey Whitford]], DPT; standing films in 4 months.
Mother: [[PERSON|Dana Kowalczyk]], [[PHONE|(720) 555-0187]]
[[PERSON|Babatunde Oyelowo]], MD`,
  ],
  [
    'scheuermann-clinic',
    `Orthotics — brace review, Wellington
Client: [[PERSON|Kahurangi Paewai]], 14   NHI [[INSURANCE_ID|${nhi('MQW', '582')}]]
Brace no. [[MRN|WO-26-0391]]   Fitted [[DATE|02/09/2026]]   Review [[DATE|24/11/2026]]
Wearing 15–17 h a day by the temperature logger; redness over the sternal pad, trimmed today. In-brace kyphosis 44° (66° out of brace).
Mum [[PERSON|Hinemoa]] attended. Physio referral to [[PERSON|Sam Lealaiauloto]].
Orthotist: [[PERSON|Grant McKenzie]]`,
  ],
  [
    'scheuermann-clinic',
    `Scheuermann kyphosis — home exercises
1. Foam-roller extension: lie with the roller across your upper back, hands behind your head, and ease back 10 times.
2. Hamstring stretch: sit with one leg straight and lean forward until you feel the stretch; hold 30 seconds, 3 times each side.
3. Wall angels: back and arms against the wall, slide the arms up and down 10 times.
4. Prone chest lift: lying on your front, lift the chest a little and hold 5 seconds, 10 times.
5. Take a break from sitting every 30 minutes. You can exercise as usual while wearing the brace.`,
  ],
];

export function generateDeidHoldout58(): LabelledRecord[] {
  return holdoutRecords('h58', zh, en);
}

export const DEID_HOLDOUT_58_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/labelled/deid-holdout-58.jsonl',
);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const records = generateDeidHoldout58();
  writeFileSync(DEID_HOLDOUT_58_PATH, renderJsonl(records));
  console.log(`wrote ${records.length} records to ${DEID_HOLDOUT_58_PATH}`);
}
