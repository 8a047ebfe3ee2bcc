import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  aadhaar,
  beNN,
  chi,
  hc,
  hetu,
  hkid,
  iban,
  krrn,
  luhn,
  medicare,
  nhi,
  nhs,
  nric,
  ohip,
  pesel,
  ppsn,
  rid,
  rut,
  spaced,
  tckn,
} from './check-digits.ts';
import { holdoutRecords, type LabelledRecord, renderJsonl } from './generate-deid.ts';

/**
 * The ROUND-60 fresh held-out de-identification set (data/labelled/deid-holdout-60.jsonl): 120
 * hand-written snippets (60 Chinese, 60 English) with hand-placed spans, marked inline as [[TYPE|text]]
 * (parseMarked strips the marks and records UTF-16 offsets). Written by a separate, blind annotator who
 * did not read the recognizer code, the lexicons, the name model, the registry, the bench or the docs,
 * read no earlier snippet beyond the first three of round 59 (and the last snippets shown by a tail of
 * its script), and never ran a recognizer, the guard or the CLI on these snippets; it must not be used
 * to adjust the recognizers.
 *
 * About four fifths are the everyday documents of a general hospital and the messages of its patients
 * (admission, progress and discharge notes, outpatient notes and letters, referrals, handovers,
 * nursing notes, lab and imaging reports, prescriptions, consent, billing papers, online
 * consultations, patient messages, family chats and SMS reminders), in new wording; a fifth come from
 * four settings no earlier card names: plantar fibromatosis (Ledderhose disease) foot clinics,
 * involutional entropion and trichiasis eyelid clinics, patellar tendinopathy (jumper's knee) sports
 * clinics and rhinophyma clinics.
 *
 * Identifiers are synthetic and computed below from hand-chosen parts: 18-digit resident IDs get their
 * GB 11643 check character from a region code, birth date and sequence chosen to agree with the text;
 * bank cards, the Israeli ID and an Emirates ID get a Luhn digit; NHS numbers are in the 999 test range;
 * the CHI number, the Northern Ireland H&C number, Medicare, the NZ NHI, the Hong Kong ID, the Taiwan
 * ID, the Singapore NRIC, the Ontario number, the Aadhaar number and the Irish PPSN get their check
 * characters (all these from scripts/labelled/check-digits.ts); and so do the schemes this round added
 * to check-digits.ts (defined first in this script, moved there since): the Polish PESEL, the Finnish
 * henkilötunnus, the Belgian national register number, the Turkish TC Kimlik number, the Chilean RUT,
 * the Korean resident registration number and IBANs (ISO 7064 mod 97). Phones are random mainland
 * numbers or fictional ranges (North American 555-01xx, UK 07700 900xxx and the Ofcom drama ranges);
 * mail and web hosts are example.*; IP addresses come from the documentation ranges.
 *
 * Span conventions are those of data/labelled/deid-holdout-59.card.yaml (and the earlier cards it
 * refers to); the decisions new in this round are stated in data/labelled/deid-holdout-60.card.yaml.
 */

const zh: Array<[string, string]> = [
  [
    'admission',
    `消化内科入院记录
姓名：[[PERSON|农宝贵]]　男　52岁　壮族　货车司机
住院号：[[MRN|NN26113408]]　床位：[[MRN|17]]
身份证：[[ID_CARD|${rid('450103', '19740603', '153')}]]
入院：[[DATE|2026年11月22日]] 23:40（由急诊收入）
主诉：饱餐饮酒后上腹持续胀痛伴呕吐8小时。
既往：高甘油三酯血症，未规律服药。
查体：上腹压痛，无反跳痛，肠鸣音减弱。血淀粉酶1320 U/L，甘油三酯14.6 mmol/L；增强CT示胰腺弥漫肿胀、胰周渗出。
诊断：急性胰腺炎（高甘油三酯血症性，中度重症可能）。
处理：禁食，目标导向补液并监测尿量，胰岛素联合肝素降脂，镇痛，必要时血浆置换。
联系人：妻子[[PERSON|蓝秋棠]]　[[PHONE|177 7102 4365]]`,
  ],
  [
    'admission',
    `老年医学科入院记录
姓名：[[PERSON|宝音朝克图]]　男　[[AGE|九十三]]岁　蒙古族
身份证号：[[ID_CARD|150102331108051]]
住院号：[[MRN|H2611-0587]]
入院日期：[[DATE|2026年11月24日]]
代诉：黑便3天，今晨起身时头晕、出冷汗。长期服用阿司匹林。
查体：BP 96/58 mmHg，HR 108次/分，睑结膜苍白。Hb 71 g/L，尿素氮升高。
诊断：上消化道出血（消化性溃疡可能）；失血性贫血。
处理：停用阿司匹林，禁食，静脉大剂量质子泵抑制剂，备悬浮红细胞2 U，请消化内镜中心评估急诊胃镜。
病史由孙女[[PERSON|萨仁格日乐]]代述（蒙汉双语），电话[[PHONE|0471-6283950]]`,
  ],
  [
    'admission',
    `内分泌科入院记录（合肥）
姓名：[[PERSON|钟离婉清]]　女　34岁
身份证号：[[ID_CARD|${rid('340104', '19920819', '428')}]]
住院号：[[MRN|HF-E-2026-3319]]　床号：[[MRN|8]]
入院时间：[[DATE|2026-11-23]] 05:10
1型糖尿病12年，胰岛素泵管路打折未察觉，恶心呕吐伴腹痛1天。
血糖27.4 mmol/L，血酮5.8 mmol/L，pH 7.12，HCO₃⁻ 8 mmol/L，K⁺ 5.6 mmol/L。
诊断：糖尿病酮症酸中毒（重度）。
处理：补液，小剂量胰岛素持续静滴，血钾降至5.0 mmol/L以下开始补钾，每小时测指尖血糖，每2小时复查血气。
紧急联系人：丈夫[[PERSON|程嘉树]]　[[PHONE|13655129047]]
现住址：[[ADDRESS|安徽省合肥市蜀山区长江西路669号梧桐苑3栋1802室]]`,
  ],
  [
    'progress-note',
    `[[DATE|2026-11-25]] 08:30　胃肠外科病程记录
患者[[PERSON|龙务你]]，女，41岁，苗族，[[MRN|26]]床，腹腔镜阑尾切除术后第2天。
昨夜体温最高37.9℃，今晨37.2℃；切口无渗液，已排气，可进流质。WBC 11.2×10⁹/L，较术前下降。
主治医师[[PERSON|石光荣]]查房：腹腔引流管引出淡血性液15 mL，今日拔除；头孢呋辛联合甲硝唑用至术后72小时；鼓励早期下床。
患者普通话欠流利，由丈夫[[PERSON|潘老九]]翻译。
记录人：[[PERSON|麻晓丹]]`,
  ],
  [
    'progress-note',
    `肾内科病程记录　[[DATE|2026年11月24日]]
[[PERSON|玄太植]]，男，66岁，朝鲜族，住院号[[MRN|YJ0415527]]，身份证[[ID_CARD|${rid('222401', '19600914', '291')}]]。
冠脉造影后第3天，血肌酐由入院时88 μmol/L升至241 μmol/L，尿量约700 mL/24h，无水肿及气促。
考虑造影剂相关急性肾损伤（KDIGO 2期）。停用二甲双胍及螺内酯，静脉水化，避免肾毒性药物，每日复查肾功能和电解质。
已与其女[[PERSON|玄恩彩]]沟通（电话[[PHONE|139 4337 2806]]），如出现高钾或少尿将考虑临时血液透析。
医师：[[PERSON|朴东勋]]`,
  ],
  [
    'progress-note',
    `重症医学科日间病程（[[DATE|11月23日]]）
[[MRN|十二]]床　[[PERSON|阮桂芳]]　女　[[AGE|九十六]]岁
身份证号：[[ID_CARD|330106300214062]]
主要问题：①肺炎致感染性休克，去甲肾上腺素0.08 μg/(kg·min)维持平均动脉压≥65 mmHg；②高龄、长期卧床。
今日：乳酸2.1 mmol/L（昨日3.4）；痰培养肺炎克雷伯菌（ESBL阴性），依据药敏将美罗培南降阶梯为头孢曲松。
家属意愿：与长子[[PERSON|何振邦]]再次沟通后，不行气管插管及胸外按压，维持现有治疗。
值班医师：[[PERSON|欧阳砚秋]]`,
  ],
  [
    'discharge',
    `出院小结
姓名：[[PERSON|纳秀琴]]　女　61岁　回族
住院号：[[MRN|NX-YC-480935]]
医保个人编号：[[INSURANCE_ID|64010020190358712]]
入院 [[DATE|2026-11-14]]／出院 [[DATE|2026-11-24]]
出院诊断：右下肺社区获得性肺炎；2型糖尿病。
经过：入院后予头孢曲松联合阿奇霉素抗感染，第4天体温恢复正常；复查胸片右下肺阴影明显吸收。住院期间加用基础胰岛素，空腹血糖6–8 mmol/L。
出院带药：甘精胰岛素12 U睡前皮下注射；二甲双胍0.5 g每日两次。
6周后复查胸部CT；如再发热、咳嗽加重请及时就诊。
科室随访电话：[[PHONE|0951-5093184]]
主治医师：[[PERSON|撒立新]]`,
  ],
  [
    'discharge',
    `儿科出院记录
患儿：[[PERSON|阿依达娜·别克苏丹]]　女　3岁2个月　哈萨克族
就诊卡号：[[MRN|YN0098441265]]
监护人：父亲[[PERSON|别克苏丹·加纳提]]　身份证[[ID_CARD|${rid('654002', '19900517', '219')}]]
住院：[[DATE|2026年11月12日]]至[[DATE|11月22日]]
诊断：川崎病（完全型），冠状动脉未见扩张。
治疗：静注丙种球蛋白2 g/kg单次输注，阿司匹林中大剂量，热退后改为小剂量。
出院医嘱：阿司匹林3–5 mg/kg每日一次，至病后6–8周复查心脏超声；麻疹、水痘等减毒活疫苗推迟至丙种球蛋白后11个月接种。
复查：[[DATE|12月8日]]上午心血管专科门诊`,
  ],
  [
    'discharge',
    `出院记录（恩施）
[[PERSON|向德贵]]，男，58岁，土家族。
身份证号：[[ID_CARD|${rid('422801', '19680911', '375')}]]
住院：[[DATE|2026年11月17日]]–[[DATE|2026年11月25日]]
诊断：胆总管结石伴急性胆管炎（轻度）；胆囊结石。
经过：[[DATE|11月18日]]行ERCP取石并放置鼻胆管引流，术后无胰腺炎，胆红素恢复正常。
建议：4–6周后择期行腹腔镜胆囊切除；低脂饮食，出现寒战高热或皮肤发黄即来院。
联系地址：[[ADDRESS|湖北省恩施市舞阳坝街道金桂大道218号7栋2单元301]]
出院经办：[[PERSON|田小雨]]`,
  ],
  [
    'outpatient',
    `门诊病历　内分泌科　[[DATE|2026-11-24]]
姓名：[[PERSON|符亚英]]　女　68岁　黎族　门诊号[[MRN|HK2026-0783154]]
主诉：体检发现骨密度降低2周。
现病史：绝经18年，去年弯腰搬物后胸背痛，未诊治。无糖皮质激素使用史。
双能X线：腰椎T值-3.1，股骨颈T值-2.7；胸椎侧位片示T12轻度楔形变。
诊断：绝经后骨质疏松症伴椎体骨折。
处理：唑来膦酸5 mg静滴每年一次（用前查肾功能、补足维生素D）；碳酸钙D3每日600 mg；防跌倒宣教。
医师：[[PERSON|邢佩瑜]]`,
  ],
  [
    'outpatient',
    `国际医疗部门诊记录（深圳）
患者：[[PERSON|邝颖芝]]　女　45岁　香港居民
香港身份证：[[ID_CARD|${hkid('K', '385204')}]]
港澳居民来往内地通行证：[[PASSPORT|H58217094]]
就诊日期：[[DATE|2026年11月21日]]
碳13呼气试验阳性，上腹隐痛3个月，无消瘦、黑便。
诊断：幽门螺杆菌感染；功能性消化不良。
处理：铋剂四联14天（艾司奥美拉唑、阿莫西林、克拉霉素、枸橼酸铋钾），无青霉素过敏史。停药满4周后复查呼气试验。
联系电话：[[PHONE|+852 9437 2618]]
接诊：[[PERSON|卓嘉豪]]医生`,
  ],
  [
    'outpatient',
    `耳鼻咽喉科门诊　[[DATE|11月20日]]
[[PERSON|韦兴芬]]　女　29岁　布依族　医保卡号[[INSURANCE_ID|520102D15683720]]
身份证：[[ID_CARD|${rid('520102', '19970308', '526')}]]
鼻塞、清涕、阵发喷嚏2年，春秋加重；双下鼻甲苍白水肿。血清特异性IgE：屋尘螨3级。
诊断：持续性中-重度变应性鼻炎。
处理：糠酸莫米松鼻喷雾剂每侧2喷每日一次；必要时西替利嗪；尘螨回避指导；可考虑皮下免疫治疗，患者表示回家商量。
复诊：[[DATE|2027年1月15日]]
医师：[[PERSON|班玉华]]`,
  ],
  [
    'referral',
    `双向转诊单（上转）
转出：汶川县某乡镇卫生院　转入：成都某医院心内科
患者：[[PERSON|余国林]]　男　71岁　羌族
身份证号：[[ID_CARD|${rid('513221', '19550302', '117')}]]
转诊原因：两周内晕倒过2次；心电图：三度房室阻滞，室率38次/分。请评估是否植入永久起搏器。
目前处理：已停用美托洛尔，备异丙肾上腺素；转运途中持续心电监护，备经皮起搏。
转诊日期：[[DATE|2026年11月25日]]
联系人：儿子[[PERSON|余建川]]　[[PHONE|138 8267 0413]]
转诊医生：[[PERSON|何文秀]]　电话[[PHONE|0837-6223154]]`,
  ],
  [
    'referral',
    `会诊申请单
申请科室：骨科　[[MRN|39]]床　[[PERSON|诸葛明轩]]　男　57岁　住院号[[MRN|GK-B-730518]]
会诊科室：内分泌科
病情：右胫骨平台骨折，拟[[DATE|11月27日]]行切开复位内固定；入院随机血糖16.8 mmol/L，HbA1c 9.4%，平时未规律服药。
请协助围手术期血糖管理。
申请医师：[[PERSON|宇文婧]]　[[DATE|2026-11-24]] 15:20
会诊意见（[[DATE|11月24日]] 17:05，[[PERSON|冯其]]）：停口服降糖药，改三餐前门冬胰岛素加睡前甘精胰岛素，目标空腹<8 mmol/L、随机<10 mmol/L；手术当日晨甘精胰岛素减量20%。`,
  ],
  [
    'referral',
    `远程会诊申请
申请医院：沧源县某医院　受邀科室：昆明某医院皮肤科
患者：[[PERSON|叶苗]]　女　37岁　佤族　门诊号[[MRN|CY-26-K4183]]
病情：面部及双手背环状红斑伴麻木2个月，局部出汗减少，眉毛外侧稀疏。当地疑诊麻风（界线类），皮肤涂片结果待报。
申请目的：协助诊断并制定联合化疗方案。
会诊时间：[[DATE|2026年11月26日]] 15:00
皮损照片已上传，专家邮箱[[EMAIL|dermtele@kmyy.example.cn]]
申请医师：[[PERSON|赵卫红]]　电话[[PHONE|0883-7121946]]`,
  ],
  [
    'handover',
    `神经内科夜班交班（[[DATE|11月24日]]夜—[[DATE|25日]]晨）
[[MRN|3]]床　[[PERSON|白雪梅]]　女　77岁　脑梗死溶栓后第2天：NIHSS 4分，较前无加重；血压控制在180/105 mmHg以下；吞咽筛查未通过，已鼻饲。
5床　空床，等待急诊收入。
[[MRN|8]]床　[[PERSON|令狐国庆]]　男　[[AGE|九十四]]岁　癫痫持续状态控制后：夜间无抽搐；左乙拉西坦静脉维持；床栏已拉起，防坠床。
[[MRN|11]]床　[[PERSON|戴欣怡]]　女　26岁　吉兰-巴雷综合征：用力肺活量由2.4 L降至1.9 L，已报告值班[[PERSON|贺]]医生，每4小时复测。
交班：[[PERSON|林小满]]　接班：[[PERSON|郑雯]]`,
  ],
  [
    'handover',
    `产房交接班记录　[[DATE|2026/11/25]] 07:30
[[MRN|1]]号产房：[[PERSON|蔺嘉怡]]，G1P0，孕39+5周，宫口开6 cm，硬膜外镇痛中，胎心140次/分，已破膜，羊水清。
[[MRN|2]]号产房：[[PERSON|申屠晓雯]]，G2P1，孕40+1周，缩宫素引产，宫缩规律，宫口开3 cm；前次有产后出血史，已备血。
观察室：[[PERSON|褚丽娜]]，产后2小时，出血总量320 mL，宫底脐下一指，可送回病房。
夜班助产士[[PERSON|丁玲玲]]交白班[[PERSON|尚沅芷]]`,
  ],
  [
    'handover',
    `院前—急诊交接单
交接时间：[[DATE|2026-11-24]] 21:47
患者：男，约40岁，骑电动车与货车相撞。到场时GCS 12分，后经妻子确认为[[PERSON|蒲海龙]]，身份证[[ID_CARD|${rid('500103', '19860425', '433')}]]。
生命体征：BP 92/60 mmHg，HR 124次/分，面罩吸氧下SpO₂ 94%；左侧胸廓反常呼吸，骨盆挤压痛。
已处理：颈托、骨盆带，双通道补液500 mL。
交警登记货车号牌：[[PLATE|渝D·6K287]]
120医生：[[PERSON|温立峰]]　急诊接诊：[[PERSON|骆敏]]`,
  ],
  [
    'nursing-note',
    `护理记录单　[[DATE|2026-11-25]]
[[PERSON|呼延振东]]　男　[[AGE|九十八]]岁　[[MRN|21]]床　身份证号[[ID_CARD|610113281019071]]
06:00　夜间两次自行下床如厕，步态不稳，Morse跌倒评分65分（高危）。已放置床旁坐便器，呼叫器放在手边，床栏拉起，夜灯常开。
08:30　血压146/72 mmHg，指尖血糖7.8 mmol/L。
10:00　康复治疗师[[PERSON|孔令宸]]协助床边站立训练15分钟，无头晕。
女儿[[PERSON|呼延秀芝]]已签署防跌倒告知书。
护士：[[PERSON|鲁知意]]`,
  ],
  [
    'nursing-note',
    `上门护理记录（造口护理）
服务单号：[[MRN|HL2611240376]]
服务对象：[[PERSON|奚凤霞]]　女　74岁　身份证[[ID_CARD|${rid('320583', '19520721', '148')}]]
地址：[[ADDRESS|江苏省昆山市玉山镇前进西路1028号7幢1304室]]
到达：[[DATE|11月24日]] 14:10
乙状结肠造口术后3周，造口黏膜红润；周围皮肤3点至6点方向潮红伴渗液（刺激性皮炎）。
处置：生理盐水清洁，造口护肤粉加皮肤保护膜，重新裁剪底盘（孔径比造口大2 mm），教会老伴[[PERSON|沈福根]]更换方法。
下次上门：[[DATE|11月28日]]
护士：[[PERSON|邵婉婷]]　[[PHONE|181 1563 9027]]`,
  ],
  [
    'nursing-note',
    `血液透析护理记录
[[PERSON|余拉普]]　男　55岁　傈僳族　透析号[[MRN|TX-0318]]
日期：[[DATE|2026年11月23日]]（周一）
透前体重63.8 kg（干体重61.5 kg），BP 168/94 mmHg；左前臂动静脉内瘘震颤、杂音良好。
透析4小时，超滤2.2 L，低分子肝素抗凝；第3小时BP降至98/60 mmHg伴小腿抽筋，减慢超滤、补生理盐水100 mL后缓解。
宣教：两次透析间体重增长控制在干体重的3%–5%以内。
下次透析：[[DATE|11月25日]]
护士：[[PERSON|肖芸蔚]]`,
  ],
  [
    'lab-report',
    `微生物室危急值报告
标本号：[[MRN|BC26112300471]]
患者：[[PERSON|仉春燕]]　女　83岁　住院号[[MRN|ZY8830527]]　泌尿外科[[MRN|15]]床
采集：[[DATE|2026-11-23]] 02:30（双侧双瓶）
报告：[[DATE|2026-11-24]] 09:12　需氧瓶培养19小时报阳，革兰阴性杆菌；质谱鉴定为大肠埃希菌，药敏待报。
电话通知病房护士[[PERSON|甘雪]]，已复述确认。
报告人：[[PERSON|仝宏伟]]　审核：[[PERSON|梁丘明璇]]`,
  ],
  [
    'lab-report',
    `病理诊断报告书
病理号：[[MRN|P26-Q09172]]
姓名：[[PERSON|米尔扎·阿布都拉]]　男　63岁　塔吉克族
身份证号：[[ID_CARD|${rid('653131', '19630402', '057')}]]
送检：胃窦、胃角活检共4块（胃镜号[[MRN|WJ-B-6613]]）
收到日期：[[DATE|2026年11月20日]]　报告日期：[[DATE|2026年11月24日]]
镜下：胃角黏膜腺体排列拥挤，细胞核增大、复层，局灶结构异型明显；未见固有层浸润。
病理诊断：（胃角）高级别上皮内瘤变；（胃窦）慢性萎缩性胃炎伴肠上皮化生，Hp（+）。
建议：内镜黏膜下剥离术（ESD）评估。
诊断医师：[[PERSON|郦文韬]]`,
  ],
  [
    'lab-report',
    `OGTT（糖耐量）检查前请阅读
1. 检查前连续3天照常吃饭，不要刻意少吃主食（每日碳水化合物≥150 g）。
2. 检查前一晚22点后禁食（可少量饮水），次晨8点前到检验科抽空腹血。
3. 将75 g无水葡萄糖溶于300 mL水中，5分钟内喝完，从第一口开始计时；服糖后抽血的时点以检验申请单为准。
4. 试验期间请坐着休息，不吸烟、不进食、不剧烈活动。
5. 正在服用影响血糖的药物者，是否停药请先咨询开单医生，切勿自行停药。`,
  ],
  [
    'imaging-report',
    `超声检查报告
超声号：[[MRN|US26-1124-0692]]
姓名：[[PERSON|澹台静姝]]　女　39岁
检查日期：[[DATE|2026年11月24日]]
甲状腺右叶中部见一实性低回声结节，大小约11×9×12 mm，纵横比>1，边缘不规则，内见点状强回声（微钙化）。左叶未见明确结节。双侧颈部Ⅵ区未见明显肿大淋巴结。
与[[DATE|2025年6月]]外院报告（结节约6 mm）比较明显增大。
提示：甲状腺右叶实性结节，C-TIRADS 5类，建议细针穿刺活检。
报告医师：[[PERSON|鲍亦凡]]`,
  ],
  [
    'imaging-report',
    `CT检查报告
影像号：[[MRN|CT-E-274961]]
患者：[[PERSON|涂娜仁花]]　女　57岁　鄂温克族
检查：胸部低剂量CT平扫　日期：[[DATE|2026-11-23]]
对比：[[DATE|2025年11月]]本院CT
右肺上叶后段磨玻璃结节，大小约9 mm（前片7 mm），其内新出现约3 mm实性成分。余肺未见新发结节，纵隔淋巴结不大。
印象：右肺上叶部分实性结节较前增大，建议胸外科会诊；必要时3个月后复查薄层CT。
报告：[[PERSON|乌日娜苏]]　审核：[[PERSON|那仁满都拉]]`,
  ],
  [
    'imaging-report',
    `床旁超声报告（急诊）
[[PERSON|尤凤仙]]　女　[[AGE|九十一]]岁　留观[[MRN|7]]号床
身份证号：[[ID_CARD|320583350611024]]
检查时间：[[DATE|2026年11月25日]] 03:15
胆囊增大，约10.2×4.6 cm，壁增厚约5 mm呈"双边"征；颈部见一约2.1 cm强回声团伴声影，不随体位移动；超声墨菲征阳性。胆总管内径6 mm。
提示：急性结石性胆囊炎（结石嵌顿于胆囊颈部可能）。
检查医师：[[PERSON|闵昭]]`,
  ],
  [
    'prescription',
    `第二类精神药品处方
处方编号：[[MRN|JS-K-26-5081]]
患者：[[PERSON|骆冰清]]　女　52岁　身份证[[ID_CARD|${rid('440106', '19740228', '046')}]]
代办人：丈夫[[PERSON|鄢守拙]]　身份证[[ID_CARD|${rid('440106', '19711130', '215')}]]
诊断：广泛性焦虑障碍；失眠障碍
Rp：艾司唑仑片 1 mg×7片　每晚1片，睡前口服
　　舍曲林片 50 mg×14片　每日1次，早饭后
医师：[[PERSON|伍思源]]　调配：[[PERSON|甄珂]]　日期：[[DATE|2026-11-25]]`,
  ],
  [
    'prescription',
    `中医科处方笺
[[PERSON|太贞玉]]　女　61岁　门诊号[[MRN|ZY-2611-5521]]　医保号[[INSURANCE_ID|222401Y0038621]]
辨证：脾胃虚弱，痰湿中阻
处方：党参15 g　炒白术12 g　茯苓15 g　陈皮9 g　法半夏9 g　砂仁6 g（后下）　炙甘草6 g
7剂，每日1剂，水煎分早晚两次温服。
医师：[[PERSON|崔圣浩]]　[[DATE|2026年11月24日]]`,
  ],
  [
    'prescription',
    `电子处方（外配）
处方号：[[MRN|WP26X73952]]
患者：[[PERSON|皇甫立军]]　男　64岁　社保卡号[[INSURANCE_ID|K31608827]]
诊断：高血压3级（很高危）；慢性肾脏病3a期
药品：氨氯地平片5 mg×28片，每日1次；厄贝沙坦片150 mg×28片，每日1次
提示：加用厄贝沙坦后2周复查血钾和肌酐。
处方核验：[[URL|https://rx.yb.example.cn/v/WP26X73952]]
开具医师：[[PERSON|刁俊卿]]　开具日期：[[DATE|2026年11月24日]]，有效期3天`,
  ],
  [
    'consent',
    `无痛胃肠镜检查知情同意书
患者姓名：[[PERSON|司徒映雪]]　性别：女　年龄：47岁　门诊号：[[MRN|MZ26-338015]]
拟行：静脉麻醉下胃镜加结肠镜检查（必要时活检或息肉切除）
可能风险：麻醉药物引起呼吸抑制、低血压；出血、穿孔（息肉切除后风险增加）；误吸；小病变漏诊等。
本人已阅读并理解上述内容，同意检查。
患者签名：[[PERSON|司徒映雪]]　身份证号：[[ID_CARD|${rid('350203', '19790715', '262')}]]
谈话医师：[[PERSON|柯泓宇]]　时间：[[DATE|2026年11月24日]]`,
  ],
  [
    'consent',
    `手术知情同意书（代签）
患者：[[PERSON|房德昌]]　男　[[AGE|九十二]]岁　住院号[[MRN|WK0619283]]
手术名称：左股骨粗隆间骨折闭合复位髓内钉内固定术
患者目前谵妄，不能自主表达意愿，由其子代为签署。
代理人：[[PERSON|房卫东]]　关系：长子　身份证号[[ID_CARD|${rid('130102', '19620403', '133')}]]
联系电话：[[PHONE|153 3118 6042]]
签署日期：[[DATE|2026-11-23]]
手术医师：[[PERSON|裴昭远]]　见证护士：[[PERSON|车倩]]`,
  ],
  [
    'consent',
    `知情同意书签字页（研究编号：HT-2025-017）
受试者姓名缩写：[[PERSON|LWZ]]　受试者编号：[[MRN|S-0412]]
我已阅读本知情同意书，研究人员已回答我的问题；我自愿参加，并知道可以随时退出且不影响正常治疗。
受试者签名：[[PERSON|凌文哲]]　日期：[[DATE|2026年11月25日]]　联系电话：[[PHONE|13971502864]]
研究者签名：[[PERSON|佘立群]]　日期：[[DATE|2026年11月25日]]`,
  ],
  [
    'billing',
    `住院预交金收据
收据号：NO.0038471
患者：[[PERSON|仇雅琴]]　住院号[[MRN|SZ-ZY-716243]]
交款日期：[[DATE|2026-11-22]]
金额：人民币伍仟元整（¥5,000.00）
支付方式：银联卡 [[BANK_CARD|${spaced(luhn('622202410853762'))}]]
交款人：[[PERSON|仇建波]]（患者之子）
收款员工号：0417`,
  ],
  [
    'billing',
    `基本医疗保险住院费用结算单
结算日期：[[DATE|2026年11月24日]]
姓名：[[PERSON|谯凤琴]]　身份证号：[[ID_CARD|${rid('510107', '19560930', '362')}]]
医保编号：[[INSURANCE_ID|51010700000283641]]
住院时间：[[DATE|11月10日]]至[[DATE|11月21日]]（11天）
总费用：23,846.50元；统筹支付：15,902.18元；个人自付：7,944.32元
退款账户：社保卡金融账户[[BANK_CARD|${luhn('621700280039417265')}]]`,
  ],
  [
    'billing',
    `国际医疗部自费结算单（青岛）
患者：[[PERSON|李智雅]]（[[PERSON|LEE JIYA]]）　国籍：韩国
护照号：[[PASSPORT|M72408153]]
就诊日期：[[DATE|2026-11-21]]
项目：急诊诊查、踝关节X线、踝关节弹力护具
合计：1,380.00元　已付：维萨卡[[BANK_CARD|${spaced(luhn('449127730184065'))}]]
电子发票发送至：[[EMAIL|jiya.lee@mail.example.kr]]`,
  ],
  [
    'online-consult',
    `互联网医院图文问诊记录
问诊单号：[[MRN|WZ20261124113027]]
患者账号：[[ACCOUNT|lanlan_0823]]　实名：[[PERSON|兰晓晴]]　女　27岁
[[DATE|11月24日]] 21:03　患者：医生您好，嘴角反复起小水疱，又痛又痒，照片已上传：[[URL|https://img.hlwyy.example.cn/u/lanlan_0823/p3.jpg]]
21:10　[[PERSON|谷]]医生：从照片看像唇部单纯疱疹复发。发作早期口服抗病毒药效果最好，常用伐昔洛韦2 g每日两次、只服1天，需要线下开具。注意休息、防晒；若水疱蔓延到眼周，请立即到眼科就诊。
系统记录：患者端IP [[IP|198.51.100.246]]`,
  ],
  [
    'online-consult',
    `线上复诊（产科）　[[DATE|2026年11月23日]]　视频
患者：[[PERSON|宗政瑶]]　孕26周　建档号[[MRN|CJ-2026-08814]]
视频链接：[[URL|https://meet.fuyou.example.cn/r/83027415]]
[[PERSON|宗政瑶]]：医生，OGTT结果出来了，空腹5.3，1小时10.4，2小时8.7。
[[PERSON|宁]]医生：空腹和1小时两项都达到诊断标准，是妊娠期糖尿病。先饮食和运动管理，一周后复查空腹和三餐后2小时血糖，营养门诊已帮你预约。
[[PERSON|宗政瑶]]：好的，谢谢医生。
医生端IP：[[IP|2001:db8:4f2::b1]]`,
  ],
  [
    'online-consult',
    `在线问诊（儿科夜间）　[[DATE|11月24日]] 23:41
[[ACCOUNT|小葡萄的妈妈]]：孩子2岁，烧到39.2℃，刚吃了布洛芬，精神还可以，会玩。
[[PERSON|雷]]医生：退热后精神好、能喝水是好的表现。请注意：呼吸快或费力、抽搐、皮疹压之不褪色、持续嗜睡、超过6小时没有尿，出现任何一项都要立即去急诊。
[[ACCOUNT|小葡萄的妈妈]]：好的。她叫[[PERSON|程雨桐]]，去年在你们医院住过，就诊卡号[[MRN|ET00482715]]。
[[PERSON|雷]]医生：记录已调出，明早可挂普通儿科复诊。`,
  ],
  [
    'patient-message',
    `（发给主治医生的微信）
[[PERSON|仲]]主任您好，我是[[MRN|19]]床[[PERSON|鲜于淑珍]]的女儿，叫[[PERSON|贺蔓]]。妈妈化疗后第5天，嘴里好几处溃疡，吃不下饭，今天下午量体温37.8℃。需要现在回医院吗？我的电话[[PHONE|186 0217 3954]]，麻烦您了。`,
  ],
  [
    'patient-message',
    `医院APP留言
用户：[[ACCOUNT|wxid_k8u2m5qz]]　时间：[[DATE|2026-11-24]] 07:52
我爸[[PERSON|鞠长顺]]原定[[DATE|11月26日]]做的肠镜，预约号[[MRN|YY113098]]。他这两天感冒咳得厉害，能不能改到下个月？泻药已经领了，还没喝。联系电话[[PHONE|0431-85627031]]`,
  ],
  [
    'patient-message',
    `（通过医患沟通小程序发送）
医生您好！我奶奶[[PERSON|郜桂英]]今年[[AGE|九十五]]了，上周在您那里查出心房颤动，开了利伐沙班。她有时候记不住吃没吃药，漏服了怎么办？另外她体重只有41公斤，这个剂量合适吗？
——孙子[[PERSON|郜骁]]，手机[[PHONE|152-1087-4639]]`,
  ],
  [
    'family-chat',
    `【相亲相爱一家人】
大姐：明天爸透析，谁送？
[[PERSON|阿亮]]：我送，早上6点半到[[ADDRESS|天河区天润路87号]]楼下接爸，车牌[[PLATE|粤A·3QK85]]
二嫂[[PERSON|凤翘]]：透析中心搬到三楼了，别走错。
大姐：爸的医保卡在我这，明早给你。
[[PERSON|阿亮]]：OK`,
  ],
  [
    'family-chat',
    `微信群"老舅住院"
[[PERSON|茵茵]]：舅舅今天下午转到心外科了，[[MRN|1207-2]]床。
[[ACCOUNT|一叶知秋]]：手术定了吗？
[[PERSON|茵茵]]：暂定[[DATE|12月1日]]搭桥。主治[[PERSON|乔]]大夫说术前还要做颈动脉超声。舅妈让把舅舅的身份证号发群里，方便订陪护床：[[ID_CARD|${rid('110108', '19590127', '315')}]]
[[ACCOUNT|一叶知秋]]：收到。舅舅属猪，今年都六十七了，这回一定让他把烟戒了。`,
  ],
  [
    'family-chat',
    `【外公康复群】
[[PERSON|芷澜]]：外公出院后要用助行器，我在网上下单了，寄到[[ADDRESS|福建省厦门市思明区莲前西路277号莲华新村15号楼602]]，预计[[DATE|11月27日]]到。
妈：好。[[AGE|九十七]]岁了还非要自己走，别让他逞强。
[[PERSON|芷澜]]：护工[[PERSON|蔡]]阿姨的电话我存了，[[PHONE|137 9928 0516]]，有事直接找她。
小舅[[PERSON|建桥]]：下周我值夜班，周末我来换。`,
  ],
  [
    'sms-reminder',
    `【市人民医院】冬季呼吸道疾病高发，发热门诊24小时开放。儿童发热伴呼吸急促、精神差，或老人出现气促、意识改变，请立即就医；就诊时请佩戴口罩。`,
  ],
  [
    'sms-reminder',
    `【市第一医院】[[PERSON|巩丽娜]]您好，您已预约[[DATE|11月27日]]（周五）上午9:30神经内科[[PERSON|苗]]主任专家门诊，就诊序号[[MRN|14]]。请提前30分钟到2楼自助机签到。取消或改约：[[URL|https://yy.sjyy.example.cn/c/8J3KQ2]]`,
  ],
  [
    'sms-reminder',
    `【体检中心】尊敬的[[PERSON|卜望舒]]先生，您[[DATE|11月18日]]的体检报告已生成，可凭取报告码[[MRN|583027]]到一楼服务台领取，或登录小程序查看。甲状腺结节、血脂异常请按报告建议复诊。咨询电话[[PHONE|0411-84710623]]`,
  ],
  [
    'plantar-fibromatosis-clinic',
    `足踝外科门诊记录
姓名：[[PERSON|阚砺锋]]　男　54岁　门诊号[[MRN|ZW2611-40817]]　日期[[DATE|2026年11月24日]]
主诉：右足底内侧"硬疙瘩"1年，久站后胀痛。
既往：左手掌腱膜挛缩症（Dupuytren病）5年，未手术；饮酒史20年。
查体：右足底中内侧可触及2枚质硬结节，约1.5 cm和1 cm，与跖腱膜相连，不随皮肤移动，足趾活动正常。
超声：跖腱膜内侧束梭形低回声结节，边界清，内无明显血流。
诊断：右足跖腱膜纤维瘤病（Ledderhose病）。
处理：暂不手术（术后复发率高）；定制软质鞋垫，结节处挖空减压；疼痛明显时可考虑结节内注射糖皮质激素；半年后复查超声。
医师：[[PERSON|庞嘉禾]]`,
  ],
  [
    'plantar-fibromatosis-clinic',
    `超声报告　足底软组织
检查号：[[MRN|US-F-2611-0226]]　[[PERSON|俞曼]]　女　46岁
身份证号：[[ID_CARD|${rid('430102', '19800516', '084')}]]
日期：[[DATE|2026-11-23]]
左足跖腱膜中段内侧见2个梭形低回声结节，较大者约18×6 mm，沿跖腱膜长轴走行，未累及皮下脂肪，彩色多普勒未见明显血流信号。跖腱膜跟骨附着处厚度3.4 mm（正常范围）。
提示：左足跖腱膜多发结节，符合跖腱膜纤维瘤病表现，请结合临床。
报告医师：[[PERSON|沙静怡]]`,
  ],
  [
    'plantar-fibromatosis-clinic',
    `跖腱膜纤维瘤病（足底纤维瘤）患者须知
• 这是足底筋膜上的良性增生，不会转移，不是癌。
• 多数人只需换穿软底鞋，并在鞋垫上对着结节"挖个窝"减压。
• 手术切除后容易复发，一般只在结节很大、疼痛影响行走时才考虑。
• 若结节短期内明显增大、表面皮肤破溃或夜间持续疼痛，请尽早复诊。`,
  ],
  [
    'entropion-clinic',
    `眼科门诊病历　[[DATE|2026-11-20]]
[[PERSON|冼玉珍]]　女　[[AGE|九十]]岁　门诊号[[MRN|YK2611-7302]]
主诉：右眼磨、流泪、发红半年，家人常帮她拔"倒睫毛"。
查体：右眼下睑内翻，睫毛触及角膜，下方角膜点状着染；眼睑水平松弛，回弹试验阳性。
诊断：右眼下睑退行性睑内翻；倒睫。
处理：暂用医用胶布向下牵拉下睑皮肤，人工泪液加眼用凝胶；拟局麻下行外侧睑板条带术联合下睑缩肌复位。
陪诊：女儿[[PERSON|陆月娥]]　[[PHONE|134 1826 5097]]
医师：[[PERSON|鄂宁]]`,
  ],
  [
    'entropion-clinic',
    `睑内翻矫正术后复诊
[[PERSON|查海生]]　男　78岁　住院号[[MRN|EY-0931548]]
手术：[[DATE|2026年11月10日]]左下睑外侧睑板条带术加下睑缩肌复位
今日（[[DATE|11月24日]]）：睑缘位置良好，睫毛不再接触角膜，角膜荧光素染色阴性；外眦缝线已大部分吸收。
嘱：妥布霉素地塞米松眼膏睡前再用1周，避免揉眼；[[DATE|2027年2月]]复诊。
医师：[[PERSON|佟静]]`,
  ],
  [
    'entropion-clinic',
    `（微信咨询眼科护士）
您好，我外婆[[PERSON|梅秀兰]]今年[[AGE|九十四]]，下眼皮往里翻，睫毛扎眼睛，医生建议做睑内翻矫正手术。她心脏放过支架，一直吃氯吡格雷，手术前要停吗？门诊号[[MRN|YK2611-6094]]。——[[PERSON|石楚灵]]
回复：[[PERSON|石楚灵]]您好，抗血小板药是否停用，需要眼科和心内科医生一起评估，请不要自行停药。这类眼睑手术一般局麻，约半小时。护士[[PERSON|米禾]]`,
  ],
  [
    'patellar-tendinopathy-clinic',
    `运动医学科门诊
[[PERSON|白玛欧珠]]　男　19岁　门巴族　校排球队
就诊日期：[[DATE|2026年11月23日]]　门诊号：[[MRN|SM-26-Q8147]]
主诉：右膝前下方疼痛4个月，起跳和下蹲时加重。
查体：髌骨下极压痛明显；单腿下斜板深蹲诱发疼痛；VISA-P评分52分。
超声：髌腱近端增厚至7.8 mm，局部低回声伴新生血管信号。
诊断：右髌腱病（跳跃膝）。
处理：暂停跳跃训练；不建议腱内注射糖皮质激素；先做股四头肌等长收缩（每次45秒，5组）止痛，2周后开始重负荷慢速抗阻训练；6周后复诊。
队医：[[PERSON|格桑德吉]]　接诊医师：[[PERSON|戈鸣川]]`,
  ],
  [
    'patellar-tendinopathy-clinic',
    `康复治疗记录（髌腱病）
[[PERSON|邬晴岚]]　女　22岁　跳高运动员　治疗单号[[MRN|KF-W-3092]]
第3次治疗　[[DATE|2026-11-24]]
训练：下斜板单腿深蹲3组×15次（疼痛VAS 3/10，可接受）；腿举重负荷慢速3组×8次；次日晨起疼痛未加重，下次可增加负荷。
下次治疗：[[DATE|11月27日]]　治疗师：[[PERSON|聂天翔]]`,
  ],
  [
    'patellar-tendinopathy-clinic',
    `在线咨询（运动医学）
[[ACCOUNT|扣球少年77]]：医生，我打篮球膝盖下面那块疼了三个月，有人说打封闭最快？
[[PERSON|蒋]]医生：髌腱病不建议往肌腱里打激素，有削弱肌腱甚至断裂的风险。关键是循序渐进的负荷训练，训练时疼痛不超过3/10可以继续。建议线下来做个超声。
[[ACCOUNT|扣球少年77]]：好的，我叫[[PERSON|翟子墨]]，约[[DATE|12月2日]]的号可以吗？
[[PERSON|蒋]]医生：可以，预约成功后会有短信通知。`,
  ],
  [
    'rhinophyma-clinic',
    `皮肤科门诊记录
[[PERSON|岳守仁]]　男　71岁　门诊号[[MRN|PF-C-60817]]　[[DATE|2026年11月24日]]
主诉：鼻头逐渐增大、凹凸不平5年，近1年鼻翼毛孔粗大伴油腻。
既往：面部潮红、丘疹脓疱反复10余年，未规律治疗。
查体：鼻尖及鼻翼皮肤肥厚呈分叶状，毛囊口扩大，表面毛细血管扩张；面颊散在丘疹。
诊断：玫瑰痤疮（鼻赘期）。
处理：多西环素50 mg每日一次，共8周；外用甲硝唑凝胶；炎症控制后可行CO₂激光或电外科削切塑形，术中如见质地异常需送病理排除基底细胞癌；防晒，避免饮酒和辛辣食物。
医师：[[PERSON|华诗雨]]`,
  ],
  [
    'rhinophyma-clinic',
    `激光治疗记录
[[PERSON|邰建民]]　男　66岁　住院号[[MRN|PK0417392]]
治疗日期：[[DATE|2026-11-19]]
局部浸润麻醉下行鼻赘CO₂激光分层汽化加切削塑形，保留皮脂腺底部以利上皮化；切除组织送病理（病理号[[MRN|B26-09385]]），结果：鼻赘组织，皮脂腺增生，未见恶性。
术后：凡士林纱布覆盖，每日清洁换药；创面预计2–3周上皮化。[[DATE|12月3日]]复查。
术者：[[PERSON|易博文]]`,
  ],
  [
    'rhinophyma-clinic',
    `（发给皮肤科随访护士）
护士您好，我爸[[PERSON|廖镜生]]做完鼻赘激光第6天，创面结了黄痂，边上有点红，不发烧。照片在这：[[URL|https://pic.pfk.example.cn/s/4JQ7X2]]。需要涂抗生素药膏吗？——[[PERSON|廖海鹰]]　[[PHONE|159 2083 4716]]`,
  ],
];

const en: Array<[string, string]> = [
  [
    'admission',
    `AMU admission clerking, Belfast
Name: [[PERSON|Orlaith McCourt]]   DOB [[DATE|14/03/2002]]   H&C no. [[INSURANCE_ID|${hc('320571846')}]]
Hospital no. [[MRN|RVH-K730156]]   Admitted [[DATE|24/11/2026]] 19:20
PC: wheeze and breathlessness for 2 days after a head cold, not settling with her blue inhaler.
On arrival: RR 28, SpO₂ 93% on air, speaking in short phrases, PEF 180 L/min (best 430, about 42%), HR 118. Never needed ICU before.
Impression: acute severe asthma.
Plan: oxygen to 94–98%, back-to-back nebulised salbutamol with ipratropium, prednisolone 40 mg, IV magnesium sulfate 2 g if poor response; repeat PEF and blood gas in 1 hour.
Next of kin: mother [[PERSON|Bernadette McCourt]], [[PHONE|07700 900649]]`,
  ],
  [
    'admission',
    `Helsinki emergency admission, summarised in English for relatives
Name: [[PERSON|Juhani Tervonen]]   Henkilötunnus [[ID_CARD|${hetu('070859', '-', '273')}]]
Admitted [[DATE|23.11.2026]]
Palpitations and breathlessness for 6 hours. ECG: atrial fibrillation, ventricular rate 148/min. BP 128/84. Echo: LVEF 50%, no valve disease. TSH normal.
CHA₂DS₂-VASc 2 (age 67, hypertension).
Plan: rate control with bisoprolol, apixaban 5 mg twice daily; cardioversion to be considered after 3 weeks of anticoagulation or earlier with a transoesophageal echo.
Wife: [[PERSON|Sirpa Tervonen]], [[PHONE|+358 40 718 2946]]
Dr [[PERSON|Aino Salmivaara]]`,
  ],
  [
    'admission',
    `History & Physical — Columbus, OH
Patient: [[PERSON|Dorothea Kiefer]]   Age [[AGE|94]]   MRN [[MRN|OSH-20571938]]
DOB [[DATE|03/09/1932]]   Medicare MBI [[INSURANCE_ID|7KM2-HN4-PW58]]
Date of admission [[DATE|11/24/2026]]
CC: new confusion and eating little for 2 days (per daughter).
HPI: lives alone with a daily aide; at baseline oriented and walks with a rollator. Today T 38.6 °C, HR 104, BP 102/58. UA nitrite and leukocyte esterase positive; lactate 2.4.
A/P: sepsis, presumed urinary source, with hyperactive delirium. Blood and urine cultures, ceftriaxone, 500 mL crystalloid boluses with reassessment after each, delirium precautions, no benzodiazepines.
Code status: DNR/DNI confirmed with the patient and her health care proxy, daughter [[PERSON|Ruth Ann Kiefer-Bell]], [[PHONE|(614) 555-0172]].
Home: [[ADDRESS|2217 Northmoor Ave, Columbus, OH 43221]]`,
  ],
  [
    'progress-note',
    `Surgical progress note — Seoul, ward 8B
Patient: [[PERSON|Choi Dong-hyun]], 58 M   RRN [[ID_CARD|${krrn('680412', '104821')}]]   Hosp. ID [[MRN|SNU-58K-3062]]
Date [[DATE|2026-11-24]]
S: pain 3/10 with PCA, passing flatus, no nausea.
O: afebrile, HR 82; drain 40 mL serous, drain amylase 96 U/L; Hb 11.8.
A: day 3 after laparoscopic distal gastrectomy (Billroth I) for early gastric cancer, recovering as expected.
P: clear fluids today, remove drain tomorrow if output stays serous, stop PCA for oral paracetamol, walk four times a day.
[[PERSON|Yoon Seo-yeon]], MD (surgical resident)`,
  ],
  [
    'progress-note',
    `Ward round — Middlemore, Auckland   [[DATE|25/11/2026]]
[[PERSON|Tavita Faleolo]] (NHI [[INSURANCE_ID|${nhi('PKR', '417')}]]), 63, bed [[MRN|14]]
Third day in hospital; heart failure with fluid overload. Weight down 3.1 kg since admission; bibasal crackles persist, JVP 5 cm.
Na 134, K 3.6, creatinine 128 (from 112).
Plan: furosemide 80 mg IV bd, daily weights, fluid limit 1.5 L, start empagliflozin once creatinine settles. Samoan-speaking nurse [[PERSON|Lagi Tuimavave]] to go through the heart failure booklet with him and his wife [[PERSON|Seini]].
Dr [[PERSON|Hannah Wiremu-Scott]]`,
  ],
  [
    'progress-note',
    `Daily progress note — Kuala Lumpur
Patient: [[PERSON|Mohd Aiman Hakimi bin Jusoh]]   MyKad [[ID_CARD|720915-14-5837]]   RN [[MRN|HKL-26-0884157]]
[[DATE|24/11/2026]]: day 4 of dengue fever, critical phase.
Haematocrit 48% (baseline 41%), platelets 28 ×10⁹/L; mild abdominal pain, no bleeding; urine output 0.6 mL/kg/h.
Plan: IV crystalloid by the dengue chart with haematocrit every 4–6 hours, strict input/output, no NSAIDs or IM injections, watch for warning signs as the fever falls.
Wife [[PERSON|Siti Khadijah binti Mat Daud]] updated by phone, [[PHONE|+60 12-738 4195]].
Dr [[PERSON|Thilagavathy Subramaniam]]`,
  ],
  [
    'discharge',
    `Discharge summary — Dublin
Patient: [[PERSON|Caoimhe Uí Bhriain]]   PPSN [[ID_CARD|${ppsn('4081736')}]]   MRN [[MRN|SVUH-772041]]
In: [[DATE|19/11/2026]]; home: [[DATE|24/11/2026]]
Problem: left shin cellulitis, probably entering through athlete's foot.
Course: IV flucloxacillin for 72 hours, then oral; redness back inside the marked border by day 3; no abscess on ultrasound.
On discharge: flucloxacillin 1 g four times daily to finish 7 days in all; terbinafine 1% cream between the toes for 2 weeks.
GP: Dr [[PERSON|Fergal Ó Catháin]], please review the leg on [[DATE|01/12/2026]].
Patient mobile [[PHONE|087 314 6629]]`,
  ],
  [
    'discharge',
    `Discharge summary (translated) — Santiago de Chile
[[PERSON|María Ignacia Fuentealba Rojas]], 72 F
RUT [[ID_CARD|${rut('7384512')}]]   Ficha [[MRN|HCUCH-1046628]]
Stay: [[DATE|16/11/2026]] to [[DATE|23/11/2026]]
Operation: cemented right hip replacement for osteoarthritis on [[DATE|17/11/2026]].
Walking with a frame, wound clean; clips out on [[DATE|01/12/2026]] at her local CESFAM.
Enoxaparin 40 mg daily for 35 days in total. Hip precautions for 6 weeks: no low chairs, no crossing the legs.
Daughter: [[PERSON|Constanza Soto Fuentealba]], [[PHONE|+56 9 8274 1936]]`,
  ],
  [
    'discharge',
    `Discharge summary — Singapore
Name: [[PERSON|Kwek Boon Siang]]   NRIC [[ID_CARD|${nric('S', '5827403')}]]   MRN [[MRN|TTSH-26-0571284]]
In [[DATE|15/11/2026]], out [[DATE|25/11/2026]]
Diagnoses: left lacunar infarct (right face, arm and leg weakness, improving); hypertension; hyperlipidaemia.
Discharge medicines: aspirin 100 mg once a day (clopidogrel 75 mg daily to stop after 21 days), atorvastatin 40 mg nightly, amlodipine 5 mg daily.
Walks with a quad stick; day rehabilitation from [[DATE|30/11/2026]]; neurology clinic [[DATE|06/01/2027]].
Caregiver: son [[PERSON|Kwek Jun Hao]], [[PHONE|+65 8806 3715]]`,
  ],
  [
    'outpatient',
    `Diabetes clinic — Bengaluru
[[PERSON|Lakshmi Narayanaswamy]], 56 F   Aadhaar [[ID_CARD|${aadhaar('48217390562')}]]   OP no. [[MRN|BLR-OP-2611-5529]]
Visit [[DATE|22-11-2026]]
HbA1c 8.9% (was 9.6%). On metformin 1 g twice daily and glimepiride 2 mg; two sweaty spells before lunch.
eGFR 74, UACR 48 mg/g. Left foot: 10 g monofilament felt at only 6 of 10 sites.
Plan: stop glimepiride, add sitagliptin 100 mg daily; telmisartan 40 mg for albuminuria; podiatry and footwear advice; retinal photographs due.
Review [[DATE|21-02-2027]]. Phone [[PHONE|+91 98450 27316]]
Dr [[PERSON|Arvind Hegde]]`,
  ],
  [
    'outpatient',
    `IBD clinic — Brussels
Patient: [[PERSON|Thomas Vanderstraeten]], 34   National number [[ID_CARD|${beNN('920316', '147')}]]   Patient no. [[MRN|UZB-3380172]]
Date [[DATE|20/11/2026]]
Ileocolonic Crohn's disease on fortnightly adalimumab 40 mg. Two stools a day, no blood, but faecal calprotectin 640 µg/g (previously 95). Adalimumab trough low, no antibodies.
Plan: shorten to weekly dosing, repeat calprotectin in 8 weeks, ileocolonoscopy if still raised.
Phone [[PHONE|+32 478 26 19 53]]
Dr [[PERSON|Hélène Dujardin]]`,
  ],
  [
    'outpatient',
    `Obstetric medicine clinic — Boston
[[PERSON|Gabriela Moreira-Santos]], 31, 14 weeks pregnant   MRN [[MRN|BWH-55820174]]
MassHealth member ID [[INSURANCE_ID|100482937615]]
Visit [[DATE|11/23/2026]]
Hashimoto's hypothyroidism on levothyroxine 75 µg daily; TSH 4.1 mIU/L at booking.
Plan: increase to 100 µg daily, recheck TSH and free T4 in 4 weeks, take it 4 hours apart from the prenatal iron.
Portuguese interpreter [[PERSON|Joana Freitas]] (video).
[[PERSON|Melissa Okafor]], MD`,
  ],
  [
    'referral',
    `Referral to respiratory clinic — Edinburgh
Patient: [[PERSON|Małgorzata Pietrzykowska]]   CHI [[INSURANCE_ID|${chi('110789', '064')}]]   DOB [[DATE|11/07/1989]]
Polish records enclosed (PESEL [[ID_CARD|${pesel('8907110648')}]]).
Dear colleague,
This 37-year-old non-smoker has had a dry cough and breathlessness on hills for 9 months. A CT in Kraków last year reported mediastinal nodes. Here: bilateral hilar fullness on chest X-ray, ACE 98 U/L, adjusted calcium 2.71 mmol/L, and tender red lumps on both shins in the summer.
Could this be sarcoidosis? Please consider lung function tests and EBUS.
Mobile [[PHONE|07700 900718]]
Dr [[PERSON|Euan Macpherson]], Warrender Medical Group`,
  ],
  [
    'referral',
    `Cardiology referral — Melbourne
Re: [[PERSON|Giuseppe Romanello]], DOB [[DATE|02/05/1948]], Medicare [[INSURANCE_ID|${medicare('23817405', '2')}]]
Address: [[ADDRESS|41 Ormond Rd, Elwood VIC 3184]]
Dear Dr [[PERSON|Nguyen]],
Please see this 78-year-old with near-fainting on exertion. Harsh ejection systolic murmur to the carotids; echo on [[DATE|18/11/2026]]: aortic valve area 0.8 cm², mean gradient 46 mmHg, LVEF 60%.
Severe symptomatic aortic stenosis; please assess for TAVI or surgical valve replacement.
Home phone [[PHONE|(03) 5550 4827]]
Dr [[PERSON|Shalini Ravindran]], Elwood Family Clinic`,
  ],
  [
    'referral',
    `Gastroenterology referral — Toronto
Patient: [[PERSON|Rania Khoury-Salem]]   DOB [[DATE|1984-10-19]]   OHIP [[INSURANCE_ID|${ohip('472905183')}]] (version code CK)
Reason: positive coeliac serology — tTG-IgA 112 U/mL (more than 10 times the upper limit) with normal total IgA; bloating and loose stools for a year.
Request: upper endoscopy with biopsies from the duodenum. She has been told to keep eating gluten until the biopsy.
Please reply to [[EMAIL|referrals.dufferin@clinic.example.ca]] or fax [[PHONE|(416) 555-0187]].
Dr [[PERSON|Marc-André Gauthier]]`,
  ],
  [
    'handover',
    `SBAR handover, Ward 22, Derby (night to day), [[DATE|25/11/2026]]
S: bed [[MRN|17]], [[PERSON|Winifred Oakes]], [[AGE|92]], NHS [[INSURANCE_ID|${nhs('304716')}]]: new fast AF overnight, rate 130s.
B: admitted [[DATE|21/11/2026]] with a left basal chest infection; IV co-amoxiclav; CKD 3b.
A: BP 108/64, SpO₂ 95% on 2 L, warm peripheries; K 3.3, Mg pending. Digoxin loading dose given at 04:10 as advised by Dr [[PERSON|Adeyemi]].
R: repeat ECG at 08:00, replace potassium, discuss anticoagulation with her son [[PERSON|Graham]] at visiting.
Handed over by [[PERSON|Sophie Lennox]] RN to [[PERSON|Ikram Hussain]] RN`,
  ],
  [
    'handover',
    `L&D board sign-out — Chicago, 07:00 [[DATE|11/25/2026]]
LDR [[MRN|4]]: [[PERSON|Keisha Drummond]], 27, G1P0 at 40+3, induced with misoprostol then oxytocin; 5 cm, epidural working, Category I tracing.
LDR [[MRN|7]]: [[PERSON|Yesenia Barajas]], 34, G3P2 at 37+0, severe-range pressures this morning; on magnesium, labetalol twice; plan delivery today, platelets 142.
LDR 9: empty, cleaned.
OR: repeat caesarean for [[PERSON|Anh Thu Pham]] booked 09:30.
Outgoing Dr [[PERSON|Deborah Altschuler]], incoming Dr [[PERSON|Obinna Eze]]`,
  ],
  [
    'handover',
    `Ambulance ATMIST pre-alert — Cardiff, [[DATE|24/11/2026]] 17:52
A: male, 23, named at scene as [[PERSON|Rhodri Penhallow]] from his bank card
T: 17:20
M: motorcyclist against a car at about 40 mph; the car, [[PLATE|CY21 HBK]], stopped at the scene
I: open left tibia and fibula fracture, abrasions, helmet intact
S: GCS 15, HR 112, BP 118/70, RR 22, SpO₂ 97% on air, pain 9/10
T: splinted, saline-soaked dressing on the wound, IV morphine 5 mg, tranexamic acid 1 g
Paramedic [[PERSON|Ffion Tudur-Evans]]`,
  ],
  [
    'nursing-note',
    `Public health nurse visit — Cork
Client: [[PERSON|Nuala Fitzgibbon]], [[AGE|91]]
Address: [[ADDRESS|6 Lehenaghmore Lawn, Togher, Cork T12 K8W3]]
Visit [[DATE|24/11/2026]] 11:00
Venous leg ulcer, right gaiter area, 3.2 × 2.0 cm (last week 3.8 × 2.4), healthy granulation, exudate moderate, no odour. ABPI 0.92 on [[DATE|03/11/2026]].
Cleansed; non-stick dressing, then the two-layer wrap reapplied; skin moisturised.
Lives alone; neighbour [[PERSON|Declan]] calls in daily. Next visit [[DATE|27/11/2026]].
[[PERSON|Siobhán Kiely]], public health nurse`,
  ],
  [
    'nursing-note',
    `Hospice nursing visit — San Antonio, TX
Patient: [[PERSON|Ernesto Villarreal]], [[AGE|99]]   Hospice ID [[MRN|HSP-118204]]
Home: [[ADDRESS|438 W Mayfield Blvd, San Antonio, TX 78211]]
Visit [[DATE|11/24/2026]]
Comfortable on oral morphine concentrate 5 mg SL every 4 h as needed (3 doses in 24 h). Mild terminal secretions eased with glycopyrrolate. Mouth care done; sacral skin intact with 2-hourly turns.
Granddaughter [[PERSON|Marisol Villarreal]] ([[PHONE|(210) 555-0118]]) shown the breathing changes to expect; chaplain Father [[PERSON|Tomás Ibarra]] visiting tomorrow.
[[PERSON|Kendra Wolfe]], RN`,
  ],
  [
    'nursing-note',
    `Neonatal unit nursing note — cot [[MRN|12]]
[[PERSON|Ayaan Rahman]], born [[DATE|19/11/2026]] at 34+2 weeks, NHS [[INSURANCE_ID|${nhs('418527')}]]
Night of [[DATE|24/11/2026]]: tolerating 3-hourly NG feeds of 22 mL expressed breast milk, no aspirates; two cot-side breastfeeds tried. Temperature stable.
Bilirubin 212 µmol/L, below the treatment line; recheck at 06:00.
Mother [[PERSON|Fatema Rahman]] expressing 8 times a day; father [[PERSON|Sohel]] stayed overnight.
[[PERSON|Grace Ashby-Ward]], RN`,
  ],
  [
    'lab-report',
    `CLINICAL LABORATORY REPORT — Phoenix, AZ
Patient: [[PERSON|YAZZIE, LORETTA]]   DOB [[DATE|06/02/1967]]   MRN [[MRN|BMC-3920416]]
Accession [[MRN|C26-328-01174]]   Collected [[DATE|11/24/2026]] 07:45 (fasting)
Total cholesterol 262 mg/dL; LDL-C 181 mg/dL (H); HDL-C 44 mg/dL; triglycerides 186 mg/dL (H); non-HDL cholesterol 218 mg/dL.
HbA1c 6.1% (prediabetes range).
Ordering provider: [[PERSON|Daniel Begay]], FNP`,
  ],
  [
    'lab-report',
    `Laboratory report — Johannesburg
Patient: [[PERSON|Nokuthula Mabaso]]   ID no. [[ID_CARD|${luhn('850412027408')}]]   Lab no. [[MRN|JH26-4471920]]
Collected [[DATE|20/11/2026]]   Reported [[DATE|23/11/2026]]
HIV-1 viral load: below 50 copies/mL
CD4 count: 512 cells/µL
Creatinine 68 µmol/L, eGFR above 90.
Comment: suppressed on a dolutegravir-based regimen; continue, repeat viral load in 12 months.
Requesting clinician: Dr [[PERSON|Sipho Ndlovu]]`,
  ],
  [
    'lab-report',
    `Semen analysis: collecting your sample
Do not ejaculate for at least 2 and no more than 7 days before the test.
Collect the whole sample by masturbation straight into the sterile pot; do not use a condom or lubricant.
Write the time of collection on the pot and bring it to the laboratory within 50 minutes, kept close to body temperature (an inside pocket works).
If any of the sample is spilled, tell the laboratory staff when you hand it in.`,
  ],
  [
    'imaging-report',
    `CT HEAD WITHOUT CONTRAST — Lewisham
Patient [[PERSON|Wilfred Arkwright]]   Age [[AGE|93]]   NHS [[INSURANCE_ID|${nhs('583214')}]]   Acc. [[MRN|RJZ26C7Q0914]]
Date [[DATE|23/11/2026]] 22:14
Indication: unwitnessed fall on apixaban; bruise over the right forehead.
Findings: thin right frontoparietal subdural haematoma, maximum depth 6 mm, no midline shift. Generalised atrophy and chronic small vessel change. No skull fracture.
Conclusion: acute right subdural haematoma without mass effect. Discussed with Dr [[PERSON|Okonkwo]] (ED) at 22:31.
Reported by Dr [[PERSON|Esther Lindqvist-Shaw]]`,
  ],
  [
    'imaging-report',
    `Ultrasound abdomen — Hong Kong
Name: [[PERSON|CHAN Tsz Ying]]   HKID [[ID_CARD|${hkid('Y', '629184')}]]   Hospital no. [[MRN|HN-26-Q40918]]
Date [[DATE|21/11/2026]]
Liver of normal size with mildly increased echogenicity; no focal lesion. A 7 mm non-shadowing, non-mobile polyp on the gallbladder wall; no stones; duct not dilated. Pancreas, spleen and kidneys unremarkable.
Impression: mild fatty liver; small gallbladder polyp, repeat ultrasound in 6 months.
Dr [[PERSON|Wong Ka-lok]]`,
  ],
  [
    'imaging-report',
    `MRI brain with contrast — Tel Aviv
Patient: [[PERSON|Noa Ben-Ami]]   Teudat Zehut [[ID_CARD|${luhn('31827405')}]]   Date [[DATE|22/11/2026]]
Comparison: MRI [[DATE|May 2026]]
Indication: relapsing-remitting multiple sclerosis on ocrelizumab, routine follow-up.
Findings: periventricular and juxtacortical T2/FLAIR lesions unchanged in number and size; no new T2 lesions; no enhancing lesions.
Impression: stable, no radiological activity.
Dr [[PERSON|Eitan Shapira]]`,
  ],
  [
    'prescription',
    `Prescription — Aberdeen
Patient: [[PERSON|Morag Sutherland]]   CHI [[INSURANCE_ID|${chi('230451', '172')}]]
Address: [[ADDRESS|17 Ashgrove Road West, Aberdeen AB16 5DQ]]
Rx 1: alendronic acid 70 mg tab, one once a week on the same day, swallowed whole with a full glass of plain water at least 30 minutes before food, staying upright; supply 4 tablets.
Calcium carbonate 1.5 g / colecalciferol 10 micrograms chewable: one tablet twice daily; supply 56.
Prescriber: Dr [[PERSON|Fraser Guthrie]]   Date [[DATE|24/11/2026]]`,
  ],
  [
    'prescription',
    `e-Prescription — Portland, OR
Patient: [[PERSON|Kanoelani Akana]]   DOB [[DATE|08/14/1990]]   Rx # [[MRN|6038172]]
Address: [[ADDRESS|5124 NE Going St, Portland, OR 97218]]   Phone [[PHONE|(503) 555-0147]]
Nitrofurantoin (monohydrate/macrocrystals) 100 mg capsules: take one capsule twice a day with food for 5 days. Qty 10, no refills.
Dx: acute uncomplicated cystitis; urine hCG negative [[DATE|11/24/2026]].
Prescriber: [[PERSON|Tessa Lindqvist]], PA-C`,
  ],
  [
    'prescription',
    `E-prescription, English copy for travel — Istanbul
Patient: [[PERSON|Ayşe Nur Demirtaş]]   TC Kimlik No [[ID_CARD|${tckn('385027164')}]]
Prescription no. [[MRN|3F7K92A]]   Date [[DATE|23.11.2026]]
Diagnosis: migraine without aura, 6 to 8 attacks a month.
Propranolol 40 mg tablets, one twice daily (prevention); rizatriptan 10 mg orally disintegrating tablets, one at onset, may repeat after 2 hours, no more than 2 in 24 hours.
Phone [[PHONE|+90 532 418 27 63]]
Uzm. Dr. [[PERSON|Kerem Aydoğan]]`,
  ],
  [
    'consent',
    `Consent for procedure — San Jose, CA
Patient: [[PERSON|Nguyen Van Hung]]   DOB [[DATE|04/18/1953]]   MRN [[MRN|SCV-M-660481]]
Procedure: coronary angiography through the right radial artery, with stent placement if needed.
Risks discussed: bleeding or bruising at the wrist, kidney injury from contrast, allergic reaction, heart attack, stroke, emergency surgery, death (about 1 in 1,000).
Discussed in Vietnamese through interpreter [[PERSON|Tran Thi Mai]] (in person).
Patient signature: [[PERSON|Nguyen Van Hung]]   Date/time [[DATE|11/24/2026]] 14:05
Physician: [[PERSON|Vikram Chaturvedi]], MD   Witness: [[PERSON|Kelly Paredes]], RN`,
  ],
  [
    'consent',
    `Form 4, consent for an adult who lacks capacity (Nottingham)
Patient: [[PERSON|Derek Whitworth]], 68   NHS [[INSURANCE_ID|${nhs('651082')}]]
Procedure: dental extractions under general anaesthetic.
Assessment: Mr [[PERSON|Whitworth]] has a severe learning disability and cannot understand or weigh the information, even with pictures and his usual communication aids.
Best interests: long-standing dental pain and weight loss; his sister [[PERSON|Lorraine Whitworth]] and the independent mental capacity advocate, [[PERSON|Janet Pryce]], agree that treatment is the best option for him.
Responsible consultant: [[PERSON|Olusegun Bamidele]]   Date [[DATE|20/11/2026]]`,
  ],
  [
    'consent',
    `Study consent: signatures (Winnipeg)
Participant ID [[MRN|WPG-017]]
I have read (or had read to me) the information sheet. I agree to take part; I can stop whenever I choose and my care will not change.
Participant: [[PERSON|Cheyenne Spence]]   Date [[DATE|2026-11-23]]
Ojibwe interpreter: [[PERSON|Raymond Kakegamic]]
Person obtaining consent: Dr. [[PERSON|Priyanka Sandhu]]   Study phone [[PHONE|(204) 555-0163]]`,
  ],
  [
    'billing',
    `Patient statement — Tampa, FL
Statement issued [[DATE|11/20/2026]]
Billed to (guarantor): [[PERSON|Wallace Pruitt]]   Account no. [[MRN|40017736225]]
Mailing address: [[ADDRESS|9018 N Ola Ave, Tampa, FL 33604]]
Patient: self   Medicare MBI [[INSURANCE_ID|3TW9-QA2-RC74]]
Service [[DATE|10/14/2026]]: outpatient cataract surgery, right eye. Charges $4,812.00; Medicare paid $1,903.66; supplemental plan pending; balance due $0.00 at this time.
Card on file for autopay: [[BANK_CARD|${spaced(luhn('453271800326519'))}]]`,
  ],
  [
    'billing',
    `Invoice (GOÄ), private practice — Hamburg
Patient: [[PERSON|Friederike Albrecht-Nowak]]   Date of birth [[DATE|04.06.1971]]
Address: [[ADDRESS|Eppendorfer Landstraße 88, 20249 Hamburg]]
Private insurance policy no. [[INSURANCE_ID|PKV-48203719-02]]
Treatment [[DATE|12.11.2026]]: dermatology consultation, dermatoscopy, excision of a 6 mm naevus on the back with histology.
Invoice no. 2026-1187. Total € 214.37, please transfer by [[DATE|10.12.2026]] to IBAN [[ACCOUNT|${iban('DE', '213522400187346590')}]].`,
  ],
  [
    'billing',
    `Invoice — international patients, Antalya
Patient: [[PERSON|Gemma Hollingworth]]   Passport (UK) [[PASSPORT|538204716]]
Package: laparoscopic sleeve gastrectomy with 3 nights' stay, [[DATE|16/11/2026]] to [[DATE|19/11/2026]]; follow-up dietitian video calls included.
Total: GBP 4,950. Paid by Mastercard [[BANK_CARD|${spaced(luhn('542418003795261'))}]].
Receipt sent to [[EMAIL|gemma.hollingworth@mail.example.co.uk]]`,
  ],
  [
    'online-consult',
    `Telehealth consult — Perth (video)   [[DATE|24/11/2026]] 10:30 AWST
Patient: [[PERSON|Jedda Cooper]], 44, joined from the Kununurra clinic room; Medicare [[INSURANCE_ID|${medicare('51938274', '1')}]]
Clinician IP [[IP|203.0.113.119]]; patient-side IP [[IP|2001:db8:c41::9e]]
Rheumatoid arthritis, taking weekly methotrexate 20 mg with folic acid: morning stiffness 20 minutes; no synovitis on the exam assisted by nurse [[PERSON|Tahlia Brown]]. LFTs normal, Hb 128.
Plan: continue; 12-weekly bloods at the clinic; review in 4 months.
Dr [[PERSON|Conor Ashcroft]]`,
  ],
  [
    'online-consult',
    `In-app text consult — Galway   [[DATE|23/11/2026]] 20:14
User: [[ACCOUNT|ciara.walsh.gy]] ([[PERSON|Ciara Walsh]], 29)
Patient: I'm 9 weeks pregnant and have been vomiting since yesterday, can't keep water down.
Dr [[PERSON|Mahon]]: I'm sorry you're so unwell. Are you passing urine? Any pain or bleeding?
Patient: Hardly any pee today and I feel dizzy when I stand.
Dr [[PERSON|Mahon]]: That sounds like severe pregnancy sickness with dehydration. You need fluids and anti-sickness medicine tonight, so please head to the ED at the hospital now; I have sent them a note.`,
  ],
  [
    'online-consult',
    `Video consultation — Wrocław (summary in English for the patient's UK GP)
Patient: [[PERSON|Tomasz Zieliński]]   PESEL [[ID_CARD|${pesel('7311240571')}]]
Date [[DATE|24.11.2026]]   Link [[URL|https://wizyta.example.pl/j/5Q8M2R]]   Patient IP [[IP|198.51.100.209]]
Home blood pressure average 152/94 over 7 days (morning and evening), no symptoms; BMI 31; non-smoker.
Plan: start amlodipine 5 mg daily; creatinine, potassium, lipids and HbA1c this week; home readings again in 4 weeks.
Phone [[PHONE|+48 601 273 948]]
Dr [[PERSON|Agnieszka Wróbel]]`,
  ],
  [
    'patient-message',
    `Portal message from [[PERSON|Carlos Mendoza-Ruiz]] (MRN [[MRN|KP-60293381]]), sent [[DATE|11/24/2026]] 6:42 AM
Hi Dr. [[PERSON|Feldman]], since starting lisinopril three weeks ago I've had a dry tickly cough every night. No fever or shortness of breath. Could I switch to something else? Best number [[PHONE|(559) 555-0126]].
Reply ([[PERSON|Janelle]], RN): Thanks Carlos, a dry cough is a known side effect. I've sent this to Dr. [[PERSON|Feldman]] to consider switching you to losartan.`,
  ],
  [
    'patient-message',
    `From: [[EMAIL|pauline.ferrier@example.org.uk]]
To: reception, Hillcrest Surgery
Subject: repeat request and blood test
Hello, please could I order my usual levothyroxine 100 micrograms? The nurse also said my thyroid blood test is due. Is [[DATE|2 December]] possible?
[[PERSON|Pauline Ferrier]], DOB [[DATE|17/08/1963]], NHS number [[INSURANCE_ID|${nhs('720415')}]]
Thank you, [[PERSON|Pauline]]`,
  ],
  [
    'patient-message',
    `Message to the family health team, Ottawa — [[DATE|2026-11-23]]
Hello, this is [[PERSON|Wing-Sze Tsang]]. I moved last week; my new address is [[ADDRESS|302-1180 Bank Street, Ottawa ON K1S 3X6]]. My OHIP number is [[INSURANCE_ID|${ohip('618320475')}]]. Could Dr [[PERSON|Ahmadi]] renew my salbutamol inhaler and send it to the pharmacy near the new place? Cell [[PHONE|(613) 555-0155]].`,
  ],
  [
    'family-chat',
    `"Mum's care" group
[[PERSON|Jo]]: Home manager rang. Mum had a fall in the lounge; checked over, no injury, but they want the GP to see her.
[[PERSON|Mark]]: I'll go up after work. Is she still in room [[MRN|14]]?
[[PERSON|Jo]]: Yes. Park round the back, they've put your reg [[PLATE|WX68 PLV]] on the visitor list.
[[PERSON|Mark]]: [[AGE|96]] and still trying to walk without the frame.`,
  ],
  [
    'family-chat',
    `[[ACCOUNT|kiwi_dave82]]: anyone heard from the hospital about Nan?
[[ACCOUNT|rosie.t]]: yes, scan was clear, no stroke. They think it was a TIA and started her on clopidogrel
[[ACCOUNT|kiwi_dave82]]: phew. when's she home?
[[ACCOUNT|rosie.t]]: tomorrow if the physio is happy. Her NHI is on the letter if you need it for the pharmacy: [[INSURANCE_ID|${nhi('HRW', '508')}]]
[[ACCOUNT|kiwi_dave82]]: cheers, I'll pick up her meds on the way`,
  ],
  [
    'family-chat',
    `[[PERSON|Tolu]]: Dad's airline needs the fit-to-fly letter by Friday. Dr [[PERSON|Bakare]] at the Lagos hospital will email it.
[[PERSON|Femi]]: Send me his passport number for the medical clearance form
[[PERSON|Tolu]]: [[PASSPORT|B03918274]]. Travel insurance policy [[INSURANCE_ID|TRV-5520471-NG]]
[[PERSON|Femi]]: Booked wheelchair assistance for the [[DATE|3 December]] flight. Physio says his walking is much better since the stroke.`,
  ],
  [
    'sms-reminder',
    `Riverside Surgery: the shingles vaccine is offered to people aged 70 to 79, to most people when they turn 65 and to adults with a severely weakened immune system. Ask us whether you are eligible. Reply STOP to opt out of health reminders.`,
  ],
  [
    'sms-reminder',
    `Hi [[PERSON|Bethan]], physio at Llandough: Thu [[DATE|3 Dec]], 10:15. Ref [[MRN|PH7K29]]. To change or cancel: [[URL|https://appts.physio.example.org.uk/m/PH7K29]]`,
  ],
  [
    'sms-reminder',
    `Harbour Pharmacy: items for [[PERSON|R. Okoye]] are ready to collect. Collection code [[MRN|4819]]. Please bring photo ID; we hold items for 14 days.`,
  ],
  [
    'plantar-fibromatosis-clinic',
    `Foot and Ankle Clinic, Leeds — letter to GP, [[DATE|23/11/2026]]
Re: [[PERSON|Stuart Hanley]], DOB [[DATE|09/01/1966]], NHS [[INSURANCE_ID|${nhs('861204')}]]
Diagnosis: bilateral plantar fibromatosis (Ledderhose disease); Dupuytren's disease of the right ring finger.
Mr [[PERSON|Hanley]] has firm, slightly tender nodules in the medial band of both plantar fasciae, the largest 2 cm on the left. Ultrasound shows well-defined hypoechoic nodules within the fascia.
Plan: offloading insoles with cut-outs under the nodules. I have not offered excision, as recurrence after surgery is common; if the nodules grow or pain limits walking, I will refer him to clinical oncology to discuss low-dose radiotherapy.
[[PERSON|Hemali Bhattacharjee]], Consultant in Foot and Ankle Surgery`,
  ],
  [
    'plantar-fibromatosis-clinic',
    `Radiation oncology consultation — Leuven
Patient: [[PERSON|Marleen De Smedt]], 58   National number [[ID_CARD|${beNN('680207', '236')}]]   File [[MRN|UZL-RT-26-0419]]
Date [[DATE|24/11/2026]]
Painful plantar nodules of the left foot, growing over 18 months despite insoles; MRI in [[DATE|October 2026]] shows two nodules up to 21 mm without deep extension.
Plan: low-dose radiotherapy, 5 × 3 Gy, with a second course of 5 × 3 Gy after 12 weeks (30 Gy in total), toes and forefoot shielded. Dry skin, temporary soreness and the small long-term risk of a second cancer were explained; she gave written consent.
Dr [[PERSON|Pieter Claes]]`,
  ],
  [
    'plantar-fibromatosis-clinic',
    `MRI RIGHT FOOT WITHOUT AND WITH CONTRAST — Denver
Patient: [[PERSON|Brian Kowalczyk]]   DOB [[DATE|12/02/1975]]   MRN [[MRN|DH-5501387]]   Accession [[MRN|MR26-0911842]]
Date of exam: [[DATE|11/20/2026]]
Clinical history: palpable lumps in the arch for a year.
Findings: two fusiform nodules arising from the medial cord of the plantar fascia, 15 mm and 11 mm, low signal on T1 and T2 with mild heterogeneous enhancement. No extension into the flexor tendons or intrinsic muscles. Calcaneal origin of the fascia normal.
Impression: plantar fibromatosis.
[[PERSON|Rosalind Acheampong]], MD`,
  ],
  [
    'entropion-clinic',
    `Oculoplastic clinic — Glasgow, [[DATE|20/11/2026]]
Patient: [[PERSON|Agnes McGlashan]], [[AGE|93]]   CHI [[INSURANCE_ID|${chi('050733', '126')}]]
Diagnosis: left lower lid involutional entropion with lashes touching the cornea; inferior punctate keratopathy.
Given her frailty we placed two everting sutures under local anaesthetic today, which turned the lid out well. Ointment at night and drops four times daily.
Review in 6 weeks; a lateral tarsal strip may be needed if the lid turns in again.
Daughter [[PERSON|Elaine]] helps with the drops: [[PHONE|0141 496 0582]]
[[PERSON|Rory Baird]], Consultant Ophthalmologist`,
  ],
  [
    'entropion-clinic',
    `OPERATIVE NOTE — Halifax, NS
Patient: [[PERSON|Gerald Comeau]]   Health card [[INSURANCE_ID|0027 418 395]]   Date [[DATE|2026-11-18]]
Procedure: right lower lid lateral tarsal strip with lower lid retractor reinsertion, local anaesthesia.
Findings: 10 mm distraction laxity; disinserted retractors; lashes rubbing the inferior cornea.
Surgeon: Dr [[PERSON|Leah Morrissey]]; assistant: [[PERSON|Dev Malhotra]] (resident)
Post-op: erythromycin ointment three times daily for 1 week; cool compresses; follow-up [[DATE|2026-12-02]].`,
  ],
  [
    'entropion-clinic',
    `After your eyelid operation (entropion repair)
Keep the pad on until the next morning, then clean the lids gently with cooled boiled water.
Use the ointment as shown on your discharge sheet. Bruising and swelling are usual for about 2 weeks.
Avoid swimming, eye make-up and heavy lifting for 2 weeks.
Contact the eye unit straight away if vision drops, the eye is very painful, or there is bleeding that does not stop with firm pressure.`,
  ],
  [
    'patellar-tendinopathy-clinic',
    `Sports medicine consultation — Adelaide
Patient: [[PERSON|Kobe Anderson-Lui]], 20, basketballer   Medicare [[INSURANCE_ID|${medicare('60472913', '3')}]]
Date [[DATE|24/11/2026]]
Pain at the inferior pole of the left patella for 5 months, worse with jumping and on stairs. Tender inferior pole; single-leg decline squat reproduces pain. VISA-P 48/100. Ultrasound: proximal tendon thickening with neovessels.
Diagnosis: left patellar tendinopathy (jumper's knee).
Plan: isometric quadriceps holds for pain, then heavy slow resistance three times a week; reduce jump volume; no corticosteroid injection. Physio [[PERSON|Lachlan Reid]] to progress.
Phone [[PHONE|(08) 5550 7436]]
Dr [[PERSON|Imogen Tsakalos]]`,
  ],
  [
    'patellar-tendinopathy-clinic',
    `From: [[EMAIL|m.osei24@students.example.edu]]
To: athletic training room
Subject: knee after decline squats
Hi [[PERSON|Dana]], after Tuesday's session (3 × 15 decline squats with the 10 kg vest) my left knee was 5/10 the next morning and still sore at practice. Should I drop the weight or the reps? Volleyball scrimmage is [[DATE|December 5]].
Thanks, [[PERSON|Marcus Osei]]
Reply from [[PERSON|Dana Whitfield]], ATC: Go back to bodyweight for a week. Pain up to 3/10 that settles by the next morning is fine; 5/10 is too much.`,
  ],
  [
    'patellar-tendinopathy-clinic',
    `Ultrasound left knee — Limerick
Patient: [[PERSON|Eoin Gleeson]], 24, hurler   MRN [[MRN|UHL-N-624097]]   Date [[DATE|25/11/2026]]
Proximal patellar tendon thickened to 8.1 mm (right 4.6 mm) with a 6 mm hypoechoic area at the inferior pole and grade 2 neovascularity on power Doppler. No tear. Patella and Hoffa's fat pad normal.
Impression: left proximal patellar tendinopathy.
Dr [[PERSON|Niamh Costigan]]`,
  ],
  [
    'rhinophyma-clinic',
    `Dermatology — Christchurch, [[DATE|19/11/2026]]
Re: [[PERSON|Warwick Dunstall]], 69, NHI [[INSURANCE_ID|${nhi('ZLD', '285')}]]
Phymatous rosacea (rhinophyma) of the nasal tip and alae, slowly enlarging over 8 years, with background papulopustular rosacea on the cheeks.
Plan: low-dose isotretinoin 10 mg daily for 4 months to settle inflammation and oiliness, with monthly lipids and liver tests; then reshaping by electrosurgery or CO₂ laser under local anaesthetic. Any firm or ulcerated area will be sampled first to exclude basal cell carcinoma.
GP: Dr [[PERSON|Anahera Paewai]]
[[PERSON|Fiona Lattimore]], Dermatologist`,
  ],
  [
    'rhinophyma-clinic',
    `OPERATIVE REPORT — Nashville
Patient: [[PERSON|Clifford Brashear]]   MRN [[MRN|VU-80316624]]   Date of surgery [[DATE|11/19/2026]]
Pre-operative diagnosis: rhinophyma.
Procedure: tangential excision with an electrosurgical loop, then CO₂ laser resurfacing of the nasal tip and alae, under local anaesthesia with light sedation. Specimen to pathology ([[MRN|S26-Q7413]]).
Blood loss minimal. Petrolatum and non-adherent dressing applied.
Surgeon: [[PERSON|Hollis Tenpenny]], MD`,
  ],
  [
    'rhinophyma-clinic',
    `Portal message to dermatology, [[DATE|11/24/2026]]
Hi, this is [[PERSON|Doug Levesque]]. I'm 10 days out from my nose procedure. Most of the scabs are off but the tip is bright pink. Is that normal? Photo: [[URL|https://share.derm.example.com/p/9KD41X]]. Phone [[PHONE|(615) 555-0183]].
Reply ([[PERSON|Alicia Monroe]], RN): Yes, pinkness is expected for several weeks. Keep using petrolatum and strict sun protection.`,
  ],
];

export function generateDeidHoldout60(): LabelledRecord[] {
  return holdoutRecords('h60', zh, en);
}

export const DEID_HOLDOUT_60_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/labelled/deid-holdout-60.jsonl',
);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const records = generateDeidHoldout60();
  writeFileSync(DEID_HOLDOUT_60_PATH, renderJsonl(records));
  console.log(`wrote ${records.length} records to ${DEID_HOLDOUT_60_PATH}`);
}
