import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { emirates, hkid, luhn, medicare, nhi, nhs, nric, ohip, rid, spaced } from './check-digits.ts';
import { holdoutRecords, type LabelledRecord, renderJsonl } from './generate-deid.ts';

/**
 * The ROUND-48 fresh held-out de-identification set (data/labelled/deid-holdout-48.jsonl): 120
 * hand-written snippets (60 Chinese, 60 English) with hand-placed spans, marked inline as [[TYPE|text]]
 * (parseMarked strips the marks and records UTF-16 offsets). Written by a separate, blind annotator who
 * did not read the recognizer code, the lexicons, the name model, the registry, the regex gate, the
 * bench or the docs, read no earlier snippet beyond the first three of round 47, and never ran a
 * recognizer, the guard or the CLI on these snippets; it must not be used to adjust the recognizers.
 *
 * About four fifths are the everyday documents of a general hospital and the messages of its patients
 * (admission, progress and discharge notes, outpatient notes and dialogues, referrals, handovers,
 * nursing notes, lab and imaging reports, prescriptions, consent, billing papers, online
 * consultations, patient messages, family chats and SMS reminders), in new wording; a fifth come from
 * four settings no earlier card names: complex regional pain syndrome (CRPS) clinics, nasopharyngeal
 * carcinoma clinics, brachial plexus injury clinics (obstetric and adult) and hemifacial spasm clinics.
 *
 * Identifiers are synthetic and computed below from hand-chosen parts: 18-digit resident IDs get their
 * GB 11643 check character from a region code, birth date and sequence chosen to agree with the text
 * (the last sequence digit odd for men, even for women); 15-digit IDs are typed from region code, birth
 * date and sex digit; bank cards and the Ontario health number get a Luhn digit; NHS numbers are in the
 * 999 test range with their modulus-11 digit; Australian Medicare numbers get their check digit and an
 * issue digit; NZ NHIs, the Hong Kong identity cards and the Emirates ID get their check characters;
 * the Singapore NRICs get theirs from the small builder below (check-digits.ts has none for them); the
 * US MBIs follow the published character pattern. Phones are random mainland numbers or fictional
 * ranges (North American 555-01xx, UK 07700 900xxx and 01632 960xxx, Australian (0x) 5550 xxxx); mail
 * and web hosts are example.*; IP addresses come from the documentation ranges.
 *
 * Span conventions are those of data/labelled/deid-holdout-47.card.yaml (and the earlier cards it
 * refers to); the decisions new in this round are stated in data/labelled/deid-holdout-48.card.yaml.
 */

const zh: Array<[string, string]> = [
  [
    'admission',
    `入院通知单（老年医学科）
姓名 [[PERSON|邵桂兰]] / 女 / [[AGE|94]]岁 / 汉族
身份证号 [[ID_CARD|${rid('370102', '19320506', '128')}]]
医保卡号 [[INSURANCE_ID|37010032B5581046]]
住院号 [[MRN|LN2611250417]]　床号 [[MRN|21]]
入院日期 [[DATE|2026年11月25日]]
现住址 [[ADDRESS|山东省济南市历下区文化东路58号3号楼2单元501]]
联系人 儿子 [[PERSON|杜明远]] 手机 [[PHONE|158 6403 2917]]
入院情况：跌倒后右髋疼痛6小时，X线示右股骨颈骨折（Garden Ⅲ型）。MMSE 19分，既往阿尔茨海默病。`,
  ],
  [
    'admission',
    `急诊留观转入院记录
患者[[PERSON|马有林]]，男，回族，80岁。[[DATE|2026-11-24]] 22:40因"突发言语不清伴右侧肢体无力4小时"由急诊收入神经内科，住院号[[MRN|00638215]]，床号[[MRN|36]]。
证件：第一代身份证 [[ID_CARD|640104461103157]]（已过期，家属称新证在老家）。
NIHSS 9分，发病4.5小时内，予阿替普酶0.9mg/kg静脉溶栓。
家庭住址：[[ADDRESS|宁夏银川市兴庆区解放东街清和巷17号院2排4号]]
联系人：女儿[[PERSON|马欣蕊]] [[PHONE|13995107362]]`,
  ],
  [
    'admission',
    `产科入院记录（简）
孕妇：[[PERSON|褚雨萱]]　28岁　G2P1　孕39+1周　LMP [[DATE|2026-02-21]]
围产保健手册号：[[MRN|BJ-CY-2026-08817]]　住院号：[[MRN|CK2611260031]]　床：[[MRN|产8]]
主诉：规律下腹痛3小时。宫口开2cm，胎心142次/分，估计胎儿体重3400g。
丈夫：[[PERSON|甘子墨]]，[[PHONE|187 1043 6652]]；身份证 [[ID_CARD|${rid('110105', '19940817', '031')}]]
现住：[[ADDRESS|北京市朝阳区望京街道利泽西园一区106号楼1203]]`,
  ],
  [
    'progress-note',
    `日常病程记录
[[DATE|2026-11-23]] 08:30　[[PERSON|邝]]主任查房
患者[[PERSON|黎秀琼]]，女，67岁，因"慢性阻塞性肺疾病急性加重"住院第5天。住院号 [[MRN|HX2611180266]]，呼吸二病区 [[MRN|14]] 床。
今晨体温36.8℃，咳痰量减少，SpO2 94%（鼻导管2L/min）。血气：pH 7.38，PaCO2 52mmHg。
[[PERSON|邝]]主任指示：甲泼尼龙40mg qd续用2天后停，布地奈德雾化继续；明日复查血常规、CRP。
患者女儿[[PERSON|黎嘉欣]]询问出院时间，已告知预计[[DATE|11月27日]]。`,
  ],
  [
    'progress-note',
    `术后首次病程记录
患者：[[PERSON|温振国]]　男　58岁　住院号 [[MRN|0710423]]　床号 [[MRN|加17]]
于[[DATE|2026年11月24日]]在全麻下行腹腔镜下根治性右半结肠切除术，术者：[[PERSON|卓建华]]。
术中出血约100ml，标本送病理（病理号 [[MRN|P2026-31847]]）。
术后返回病房，Caprini评分5分，予低分子肝素4000IU皮下注射 qd。
注意观察引流液性状；如有异常请联系值班医生（科室分机8891）。`,
  ],
  [
    'progress-note',
    `阶段小结（住院第30天）
患者[[PERSON|宓佩珍]]，女，[[AGE|九十一]]岁，住院号：[[MRN|GY20261026017]]，老年病房 [[MRN|五]] 床。
入院诊断：重症肺炎、II型呼吸衰竭、慢性心力衰竭（NYHA Ⅲ级）。
经治疗后感染控制，PCT由4.6ng/ml降至0.12ng/ml，现改口服莫西沙星0.4g qd。
目前Barthel指数35分，长期卧床，已与长护险评估员约定[[DATE|2026-11-27]]上门评估，长护险号 [[INSURANCE_ID|CHX3101150081264]]。
主要照护者：孙媳 [[PERSON|阮晓棠]]（电话 [[PHONE|021-5067 3128]]），住[[ADDRESS|上海市徐汇区天平路332弄6号302室]]。`,
  ],
  [
    'discharge',
    `出院记录
姓名：[[PERSON|甄立伟]]　性别：男　年龄：46岁　科室：心血管内科　住院号：[[MRN|XZ-0093827]]
入院日期：[[DATE|2026/11/16]]　出院日期：[[DATE|2026/11/24]]
出院诊断：急性下壁心肌梗死（Killip Ⅰ级），PCI术后。
出院带药：阿司匹林肠溶片100mg qd；替格瑞洛90mg bid；阿托伐他汀钙20mg qn；美托洛尔缓释片23.75mg qd。
随访：[[DATE|2026/12/08]]上午心内科专家门诊（复诊号 [[MRN|FZ8830516]]），术后1个月复查心超、血脂（LDL-C目标<1.4mmol/L）。
主管医生：[[PERSON|段博文]]`,
  ],
  [
    'discharge',
    `出院证明书　No. 0016629（存根联）
兹证明 [[PERSON|于凤翎]]（身份证号：[[ID_CARD|${rid('230102', '19770214', '260')}]]）因"子宫多发肌瘤"于[[DATE|2026年11月18日]]入住我院妇科，[[DATE|2026年11月24日]]出院，住院7天。住院号：[[MRN|FK26-04482]]。
出院医嘱：休息两周，禁性生活及盆浴1个月，[[DATE|2026年12月22日]]复查妇科超声。
医保个人编号：[[INSURANCE_ID|23010019F0274411]]
家属：丈夫 [[PERSON|郝建军]]
经治医师：[[PERSON|阎书敏]]`,
  ],
  [
    'discharge',
    `出院小结（港澳台患者）
患者：[[PERSON|关咏欣]]（[[PERSON|KWAN Wing-yan]]）　女　52岁　香港居民
港澳居民来往内地通行证：[[PASSPORT|H61835027]]　香港身份证：[[ID_CARD|${hkid('K', '483926')}]]
住院号：[[MRN|SZ2611210058]]　入院 [[DATE|2026-11-21]]　出院 [[DATE|2026-11-25]]
诊断：急性胆囊炎，腹腔镜胆囊切除术后。
出院后返港随诊，已复印病历及影像光盘（影像号 [[MRN|CT-26-771904]]）。
香港住址：[[ADDRESS|九龙深水埗元州街312号嘉兴楼9楼B室]]　联系电话：[[PHONE|+852 9371 4528]]`,
  ],
  [
    'outpatient',
    `门诊录音转写（老年科，[[DATE|2026-11-24]]）
医生：老人家叫什么名字？
患者：我叫[[PERSON|岑德厚]]，今年[[AGE|九十二]]了。
医生：[[AGE|九十二]]，身体还挺硬朗。哪里不舒服？
患者：就是晚上起夜多，四五趟，腿没劲。
家属：我是他孙子[[PERSON|岑浩]]，爷爷上个月在社区测空腹血糖8.9。
医生：好，先查个糖化血红蛋白和前列腺超声。家里电话留一个。
家属：[[PHONE|一三九，二七零一，四八五三]]。
医生：住址还是原来那个吗？
家属：对，[[ADDRESS|梧州市万秀区大学路东二巷9号]]。`,
  ],
  [
    'outpatient',
    `儿科门诊病历
就诊卡号：[[MRN|5201020038861]]　门诊号：[[MRN|MZ26112407719]]
患儿：[[PERSON|谭予舟]]　男　4岁3个月　体重17.5kg
身份证：[[ID_CARD|${rid('520102', '20220817', '013')}]]
主诉：反复咳嗽2周，夜间为主。
查体：咽充血，双肺呼吸音粗，未闻及哮鸣音。
诊断：咳嗽变异性哮喘？建议肺功能+支气管舒张试验。处方：孟鲁司特钠颗粒4mg qn。
监护人：母亲 [[PERSON|罗诗涵]]　[[PHONE|158-8502-3361]]
复诊：[[DATE|2026年12月8日]]`,
  ],
  [
    'outpatient',
    `皮肤科门诊　[[DATE|2026年11月24日]]　上午
患者：[[PERSON|帕提古丽·艾买提江]]　女　34岁　门诊号：[[MRN|0412876693]]
主诉：面部红斑伴瘙痒1月，日晒后加重。
既往：自行外用含激素面霜半年。ANA 1:80（颗粒型）。
诊断：面部皮炎（激素依赖性？）。
处理：停用含激素面霜，他克莫司软膏0.03% bid；2周后复诊。
联系电话：[[PHONE|13609917254]]
住址：[[ADDRESS|乌鲁木齐市天山区大湾北路西一巷12号]]
医师：[[PERSON|艾孜买提]]`,
  ],
  [
    'referral',
    `双向转诊单（上转）
转出单位：恭城瑶族自治县莲花镇卫生院　转入单位：桂林市第二人民医院
患者：[[PERSON|盘金凤]]　女　瑶族　63岁
身份证号：[[ID_CARD|${rid('450332', '19630409', '242')}]]
城乡居民医保号：[[INSURANCE_ID|45033200071528]]
联系电话：[[PHONE|17777320965]]
现住址：[[ADDRESS|广西桂林市恭城县莲花镇势江村委门楼村18号]]
初步诊断：2型糖尿病，血糖控制不佳（随机血糖21.3mmol/L）；糖尿病足（Wagner 2级）。
转诊原因：足部溃疡需清创及血管评估。
转诊医生：[[PERSON|莫世昌]]　日期：[[DATE|2026-11-24]]`,
  ],
  [
    'referral',
    `院内会诊申请单　会诊单号：[[MRN|HZ-2611-05273]]
申请科室：骨科　床号：[[MRN|22]]　住院号：[[MRN|0648119]]
患者：[[PERSON|荣海波]]　男　41岁
病情摘要：左胫腓骨开放性骨折术后第3天，今晨血糖16.8mmol/L，HbA1c 9.7%。
会诊目的：请内分泌科协助控制血糖。
申请医生：[[PERSON|鲍琳]]　09:20
会诊意见：停二甲双胍，予甘精胰岛素12U睡前，门冬胰岛素6U三餐前；监测七段血糖。
会诊医生：[[PERSON|宁一凡]]　15:05`,
  ],
  [
    'referral',
    `远程会诊申请（林芝市人民医院 → 自治区人民医院）
申请编号：[[MRN|YC20261124-0381]]
患者：[[PERSON|白玛拉珍]]　女　藏族　39岁　住院号：[[MRN|LZ0027518]]
影像资料：CT号 [[MRN|CT20261122-0917]] 已上传至影像云平台
病情：产后3月，反复头痛，血压168/104mmHg，尿蛋白2+。
申请会诊：心内科或产科专家
联系医生：[[PERSON|索朗旺杰]]　邮箱 [[EMAIL|suolang.wj@example.cn]]　电话 [[PHONE|0894-5821736]]`,
  ],
  [
    'handover',
    `夜班交班本（心内科 [[DATE|2026-11-24]] 夜）
| 床号 | 姓名 | 交班内容 |
| [[MRN|3]] | [[PERSON|曾祥瑞]] | PCI术后第1天，右桡动脉压迫器已放气，无渗血 |
| [[MRN|7]] | [[PERSON|向秀英]] | [[AGE|九十三]]岁，心衰，夜间端坐呼吸，呋塞米20mg iv后尿量600ml |
| 11 | （空床） | 明日收新病人 |
| [[MRN|15]] | [[PERSON|丁卫东]] | 房颤，华法林，INR 3.6，暂停一次，明晨复查 |
交班：夜班`,
  ],
  [
    'handover',
    `交班录音整理（普外科）
"好，我交一下。[[MRN|十二]]床，[[PERSON|柯]]……[[PERSON|柯明辉]]，胆囊切除术后，引流管今天出了三十毫升，淡血性。
十五床空着。[[MRN|十八]]床[[PERSON|卞红梅]]，胰腺炎第四天，还在禁食，淀粉酶降到二百一了。
[[MRN|二十]]床那个老爷子，[[AGE|九十四]]岁的[[PERSON|曲长顺]]，夜里有点谵妄，家属电话[[PHONE|一五九零三二一七七四六]]，有事找他儿子[[PERSON|曲卫星]]。
[[MRN|二十一]]床新收的，叫[[PERSON|石乘风]]，急性阑尾炎，准备明天手术。"`,
  ],
  [
    'handover',
    `手术患者交接记录单（手术室→SICU）
日期：[[DATE|2026-11-24]]　手术间：OR-7
患者：[[PERSON|聂东升]]　男　72岁　住院号：[[MRN|ZY0084612]]　ICU床位：[[MRN|S-4]]
手术名称：胸腹主动脉瘤腔内修复术（TEVAR）
麻醉方式：全麻；术中出血约400ml，输悬浮红细胞2U、血浆400ml
管路：右颈内静脉CVC（外露12cm）、左桡动脉测压、尿管、腰大池引流
特殊交代：维持MAP≥80mmHg，脑脊液引流≤10ml/h
麻醉医生：[[PERSON|蒲文涛]]`,
  ],
  [
    'nursing-note',
    `一般护理记录单
姓名：[[PERSON|仇玉珍]]　性别：女　年龄：[[AGE|93]]岁　床号：[[MRN|6]]　住院号：[[MRN|0729964]]
身份证（旧）：[[ID_CARD|330106330215062]]
[[DATE|2026-11-24]] 14:00　患者午睡后自行下床如厕，于床旁滑倒，臀部着地，无头部撞击。测BP 146/82mmHg，P 88次/分，右髋无畸形，活动可。
Morse跌倒评分65分（高危），已上报不良事件，双侧床栏拉起，悬挂防跌倒标识。
16:30　通知女婿 [[PERSON|翁建平]]（[[PHONE|13857162208]]），其表示晚饭后来院陪护。`,
  ],
  [
    'nursing-note',
    `PICC维护记录
患者：[[PERSON|包淑娴]]　住址：[[ADDRESS|长沙市岳麓区桐梓坡西路229号麓谷小镇C区8栋1单元1701]]
PICC维护手册编号：[[MRN|PICC-2025-1187]]　化疗登记号：[[MRN|HL-26-2209]]
导管：三向瓣膜式4Fr，置入右贵要静脉，体内长度42cm，外露3cm。臂围26cm（置管时25.5cm）。
[[DATE|2026年11月24日]]：穿刺点无红肿渗液，更换敷贴及输液接头，脉冲式冲管20ml。
下次维护：[[DATE|2026年12月1日]]（乳腺外科化疗日间病房）。
维护护士：[[PERSON|冉小雨]]`,
  ],
  [
    'nursing-note',
    `"互联网+护理服务"上门记录
订单号：[[MRN|HLFW202611240093]]
服务对象：[[PERSON|邬振鹏]]　男　87岁　长期留置导尿
服务地址：[[ADDRESS|杭州市拱墅区大关苑东一区7幢2单元301室]]
联系人：老伴 [[PERSON|沈月娥]]　手机 [[PHONE|13588420731]]
服务内容：更换导尿管（16Fr硅胶），膀胱冲洗。尿液清，留取尿培养标本（标本号 [[MRN|NP26112417]]）。
到达时间：[[DATE|2026-11-24]] 09:40　离开时间：10:35`,
  ],
  [
    'lab-report',
    `检验报告单（血常规+CRP）
姓名：[[PERSON|滕若曦]]　性别：女　年龄：31岁　科别：急诊内科　床号：[[MRN|12]]
门诊/住院号：[[MRN|JZ26112400581]]　标本号：[[MRN|0388]]　条码号：[[MRN|1124066203]]
标本类型：EDTA抗凝全血　采集时间：[[DATE|2026-11-24]] 02:16　接收时间：02:31
WBC 15.8×10^9/L↑　NEUT% 88.2%↑　Hb 118g/L　PLT 254×10^9/L　CRP 96.4mg/L↑
送检医生：[[PERSON|应志诚]]　检验者：[[PERSON|班梓萱]]`,
  ],
  [
    'lab-report',
    `病理诊断报告书
病理号：[[MRN|S2026-22817]]　冰冻号：[[MRN|F26-1390]]
姓名：[[PERSON|俞婉清]]　性别：女　年龄：45岁　住院号：[[MRN|0517326]]　送检科室：甲乳外科
送检日期：[[DATE|2026年11月20日]]
大体所见：（左乳肿物）灰白组织一块，2.6×2.1×1.8cm，切面灰白质硬。
病理诊断：（左乳）浸润性导管癌，II级；ER(90%+)、PR(60%+)、HER-2(1+)、Ki-67(约25%+)。
报告医师：[[PERSON|阚泽宇]]`,
  ],
  [
    'lab-report',
    `空腹抽血小贴士
1. 抽血前一天晚上8点后不要再吃东西，可以少量喝白开水。
2. 早上7:30—9:30之间抽血最好；降压药可以照常用一小口水送服，降糖药和胰岛素请等抽完血、吃早饭时再用。
3. 抽血后用棉签按压针眼3—5分钟，不要揉。
4. 有晕血、晕针史的朋友请提前告诉护士，可以躺着抽。`,
  ],
  [
    'imaging-report',
    `CT检查报告
检查号：[[MRN|CT2611240427]]　影像号：[[MRN|0097241]]
姓名：[[PERSON|巩宏达]]　性别：男　年龄：63岁　科室：胸外科门诊
检查项目：胸部低剂量螺旋CT平扫　检查日期：[[DATE|2026-11-24]]
影像所见：右肺上叶尖段见一部分实性结节，大小约14×11mm，实性成分约6mm，边缘见分叶及毛刺。纵隔未见肿大淋巴结。
印象：右肺上叶部分实性结节（Lung-RADS 4A类），建议3个月复查或MDT讨论。
对比：与[[DATE|2025-10-18]]本院CT比较，结节增大约3mm。
报告医师：[[PERSON|鞠岚峰]]`,
  ],
  [
    'imaging-report',
    `产科超声检查报告
超声号：[[MRN|US-20261124-133]]　门诊号：[[MRN|FY4409217]]
姓名：[[PERSON|司马晴]]　年龄：32岁　末次月经：[[DATE|2026-07-02]]　孕周（按LMP）：20+4周
所见：单胎，头位。BPD 4.8cm，HC 17.6cm，AC 15.2cm，FL 3.3cm，估计胎儿体重约355g。胎心率148次/分。胎盘位于后壁，Ⅰ级，下缘距宫颈内口>2cm。羊水最大深度5.1cm。
超声提示：宫内妊娠，单活胎，大小符合孕周；系统筛查未见明显结构异常。
检查医生：[[PERSON|左艺涵]]　检查日期：[[DATE|2026年11月23日]]`,
  ],
  [
    'imaging-report',
    `磁共振检查报告单
登记号：[[MRN|MR0418396]]
患者：[[PERSON|欧阳霁川]]　男　35岁　篮球运动损伤　住址：[[ADDRESS|北京市东城区东四十二条胡同甲9号院3号]]
申请科室：运动医学科　申请医生：[[PERSON|郑一帆]]
部位：右膝关节MRI平扫（3.0T）
所见：前交叉韧带连续性中断，胫骨平台后外侧骨挫伤；内侧半月板后角Ⅲ度信号。
结论：右膝前交叉韧带完全撕裂；内侧半月板后角撕裂。
检查时间：[[DATE|2026-11-24]] 18:42　报告医生：[[PERSON|蔺思源]]`,
  ],
  [
    'prescription',
    `普通处方　处方编号：[[MRN|CF2611240772]]
费别：医保　医保卡号：[[INSURANCE_ID|44030019C8820735]]
姓名：[[PERSON|鄢丽华]]　性别：女　年龄：59岁　门诊号：[[MRN|SZ00917463]]
临床诊断：原发性高血压2级；2型糖尿病
Rp：苯磺酸氨氯地平片 5mg×28片　5mg qd po
　　二甲双胍缓释片 0.5g×60片　1.0g qd 晚餐时
　　达格列净片 10mg×28片　10mg qd
医师：[[PERSON|冼嘉明]]　开具日期：[[DATE|2026-11-24]]
配送至：[[ADDRESS|深圳市福田区景田北路85号绿景苑6栋1402]]　收件电话：[[PHONE|135 1073 8826]]`,
  ],
  [
    'prescription',
    `麻醉药品、第一类精神药品处方　处方号：[[MRN|MZ-0048117]]
患者：[[PERSON|冯秀梅]]　女　68岁　身份证号：[[ID_CARD|${rid('420106', '19580722', '048')}]]
诊断：胰腺癌肝转移，重度癌痛（NRS 7分）
Rp：盐酸羟考酮缓释片 20mg×14片　20mg q12h po
代办人：[[PERSON|冯志伟]]（子）　身份证号：[[ID_CARD|${rid('420106', '19830511', '073')}]]
门诊病历号：[[MRN|WH2025330871]]
医师：[[PERSON|甘宇]]
日期：[[DATE|2026年11月24日]]`,
  ],
  [
    'prescription',
    `儿童雾化吸入注意事项
· 雾化前30分钟内尽量不要喂奶，以免呛咳呕吐。
· 面罩要扣紧口鼻，宝宝哭闹时效果会变差，可以趁睡着时做。
· 布地奈德混悬液和特布他林可以一起雾化，一次约10—15分钟。
· 雾化后洗脸、漱口（小宝宝可以喂几口温水），面罩用清水冲洗晾干。`,
  ],
  [
    'consent',
    `手术知情同意书（签署页）
患者姓名：[[PERSON|贝国强]]　性别：男　年龄：77岁　住院号：[[MRN|0802296]]　床号：[[MRN|31]]
拟行手术：经尿道前列腺等离子剜除术
……（风险告知见前页）……
患者因听力差，授权其侄子签署。
授权委托人：[[PERSON|贝海鹏]]　与患者关系：侄子　身份证号：[[ID_CARD|${rid('310104', '19850906', '251')}]]　联系电话：[[PHONE|18616307542]]
患者（按手印）：已按
谈话医师：[[PERSON|温一鸣]]　日期：[[DATE|2026年11月24日]] 16:10`,
  ],
  [
    'consent',
    `输血治疗知情同意书
患者：[[PERSON|葛翠兰]]　女　[[AGE|九十六]]岁　住院号：[[MRN|XY-2611-3047]]
旧身份证：[[ID_CARD|610103300817044]]　住址：[[ADDRESS|西安市碑林区东关南街索罗巷41号]]
诊断：消化道出血，失血性贫血（Hb 58g/L）
拟输注：悬浮红细胞2U
ABO血型：B型 Rh(D)阳性　输血前检查：HBsAg（－）、抗-HCV（－）、抗-HIV（－）、梅毒（－）
患者本人不能签名，由女儿代签：[[PERSON|林慧娟]]　身份证号：[[ID_CARD|${rid('610103', '19600311', '164')}]]
医师：[[PERSON|诸葛航]]　日期：[[DATE|2026-11-24]]`,
  ],
  [
    'consent',
    `临床研究知情同意书（签字页）
研究名称：比较两种镇痛方案用于膝关节置换术后的随机对照研究　方案编号：KJY-2026-017　伦理批件号：2026伦审第112号
受试者编号：[[MRN|TKA-045]]
受试者签名：[[PERSON|饶秀梨]]　日期：[[DATE|2026年11月24日]]　联系电话：[[PHONE|13807091836]]
研究者签名：[[PERSON|肖云帆]]
见证人（受试者不识字时）：[[PERSON|熊桂英]]`,
  ],
  [
    'billing',
    `住院费用结算清单
结算单号：JS2611240318　医保类型：职工医保
姓名：[[PERSON|洪文杰]]　住院号：[[MRN|NC0033921]]　入院：[[DATE|2026-11-10]]　出院：[[DATE|2026-11-24]]
总费用：38,462.17元　统筹支付：26,105.40元　个人自付：12,356.77元　预交金：15,000.00元　应退：2,643.23元
退款方式：原路退回，银行卡 [[BANK_CARD|${spaced(luhn('621700123458127'))}]]（建设银行）
医保个人编号：[[INSURANCE_ID|36010020D3318807]]
经办人：[[PERSON|万宁]]`,
  ],
  [
    'billing',
    `医疗收费电子票据
票据代码：44060126　票据号码：0281746635
交款人：[[PERSON|廖晨曦]]　身份证号：[[ID_CARD|${rid('440106', '19990621', '347')}]]
门诊号：[[MRN|GZ008711264]]　就诊日期：[[DATE|2026-11-24]]
项目：挂号费 25.00　检查费 320.00　化验费 186.50　西药费 64.20
合计（大写）伍佰玖拾伍元柒角整　（小写）595.70
医保统筹 0.00　个人账户 0.00　自费 595.70`,
  ],
  [
    'billing',
    `商业医疗保险理赔申请书
保单号：[[INSURANCE_ID|P440300202600718462]]　被保险人：[[PERSON|贺嘉怡]]　证件号：[[ID_CARD|${rid('440304', '19910103', '128')}]]
出险日期：[[DATE|2026年10月29日]]　就诊医院：深圳市人民医院
诊断：急性阑尾炎（腹腔镜下阑尾切除术）　住院号：[[MRN|0591374]]
申请金额：14,820.50元
收款账户：户名 [[PERSON|贺嘉怡]]　开户行 招商银行深圳车公庙支行　账号 [[BANK_CARD|${luhn('622588013467219')}]]
联系电话：[[PHONE|138 2651 0947]]　电子邮箱：[[EMAIL|hejiayi1991@example.cn]]
通讯地址：[[ADDRESS|深圳市南山区粤海街道科苑南路3099号海岸城西座2108]]`,
  ],
  [
    'online-consult',
    `互联网医院图文问诊记录　问诊单号：[[MRN|WZ20261124108853]]
【患者】[[ACCOUNT|柚子不酸_1993]]：医生好，我孕前查了TSH 4.8，需要吃药吗？
【医生】内分泌科 [[PERSON|闵海燕]]：您好，备孕期TSH建议控制在2.5以下，需要加用左甲状腺素。请问现在在备孕吗？
【患者】[[ACCOUNT|柚子不酸_1993]]：对，准备明年春天要。我叫[[PERSON|凌晓柔]]，29岁。
【医生】内分泌科 [[PERSON|闵海燕]]：好，建议先从25μg每日晨起空腹开始，4—6周后复查TSH、FT4、TPOAb。
【系统】患者 [[ACCOUNT|柚子不酸_1993]] 已支付问诊费30.00元；登录IP [[IP|203.0.113.251]]；会话结束 [[DATE|2026-11-24]] 21:47`,
  ],
  [
    'online-consult',
    `【视频复诊通知】
尊敬的[[PERSON|尚文博]]先生：您预约的心内科视频复诊（复诊单号 [[MRN|SP2611250044]]）将于[[DATE|2026年11月25日]] 14:30开始。
请提前10分钟点击链接进入候诊：[[URL|https://zhenshi.example.cn/v/SP2611250044?u=shangwb]]
接诊医生：[[PERSON|芮立群]]主任
【视频记录】[[DATE|2026-11-25]] 14:31 患者端接入，IP [[IP|198.51.100.174]]；14:49 结束。医嘱：继续沙库巴曲缬沙坦100mg bid，1月后复查NT-proBNP。
如需改约请回复"改约"，或用登记手机 [[PHONE|186 2175 0433]] 验证。`,
  ],
  [
    'online-consult',
    `在线咨询（儿科）　咨询单号：[[MRN|ZX-1124-60217]]
提问人：账号 [[ACCOUNT|豆豆妈咪_0815]]（实名：[[PERSON|靳雅婷]]）
宝宝：[[PERSON|靳子航]]，男，1岁2个月，体重10.4kg
问题：昨晚开始发烧，最高39.2℃，吃了布洛芬混悬液4ml，现在37.8℃，精神还行，有必要去医院吗？
医生（儿科）：……如出现精神差、抽搐、皮疹或发热超过72小时，请及时就诊。
设备信息：iOS；IP [[IP|2001:db8:7c2::15]]；提交时间 [[DATE|2026-11-24]] 07:12`,
  ],
  [
    'patient-message',
    `（微信私信）
[[PERSON|陶]]医生您好，我是上周三在您门诊看甲状腺结节的[[PERSON|汪佳琪]]，身份证号 [[ID_CARD|${rid('350203', '19880412', '026')}]]。
我下月要去德国工作，单位要一份英文版的病历摘要和超声报告，护照号码是 [[PASSPORT|EK4718302]]，报告上的名字写 [[PERSON|WANG JIAQI]] 就行。
另外我的门诊号是 [[MRN|XM-0427561]]，超声号 [[MRN|U2611180072]]。
能不能麻烦您在[[DATE|12月5日]]前帮我开好？我[[DATE|11月30日]]可以过来拿。谢谢！`,
  ],
  [
    'patient-message',
    `短信（发送至 [[PHONE|186 0591 4473]]）
[[PERSON|邱]]护士长好，我是[[MRN|7]]床[[PERSON|苏德全]]的儿子[[PERSON|苏晨]]，我爸明天上午的胃镜能不能改到下午？他降压药早上吃了没事吧？我电话[[PHONE|13950207864]]，晚上都能接。`,
  ],
  [
    'patient-message',
    `【医院公众号留言】
留言人：[[PERSON|祁永红]]（就诊卡号 [[MRN|3201040021587]]）
内容：我母亲[[PERSON|吕桂枝]]（住院号 [[MRN|0739150]]，[[DATE|2026年11月19日]]出院）的出院小结到现在还没有上传，医保报销要用，麻烦尽快处理。能否把电子版发到我邮箱 [[EMAIL|qiyonghong_nj@example.com]]，或加我微信 [[ACCOUNT|qiyh_nj1979]]？另外她的医保卡号是 [[INSURANCE_ID|32010076K4408812]]，报销窗口说要核对。
回复（病案室）：您好，已核实，将于两个工作日内上传，届时短信通知。`,
  ],
  [
    'family-chat',
    `【群聊：幺爸住院陪护群🏥】
二姐：今天谁去换大姐？我下午要开会😩
[[PERSON|阿勇]]：我去！四点到，开我那台车，[[PLATE|粤B·7K3Q9]]，车位还是地下二层？
大姐：对，B2层。幺爸在住院部7楼[[MRN|27]]床，今天精神好多了，吃了半碗粥👍 地址再发一遍：[[ADDRESS|深圳市罗湖区爱国路2086号]]
二姐：@[[PERSON|阿勇]] 顺便把爸的医保卡带过去，在我家鞋柜上
[[PERSON|阿勇]]：收到。护士说明天要做肠镜，[[PERSON|林]]医生讲先喝那个泻药`,
  ],
  [
    'family-chat',
    `【群聊：外婆治疗费】
表哥 [[PERSON|邓文斌]]：医院要外婆的老身份证复印件，号码是 [[ID_CARD|450102350628022]]，我先报给住院处了。
舅妈：水滴筹那边也要，还要收款卡号。
表哥 [[PERSON|邓文斌]]：收款用舅舅的卡 [[BANK_CARD|${luhn('621661280417395')}]]，户名[[PERSON|邓国桢]]。
[[PERSON|阿莺]]：我转了2000，备注外婆。外婆今天在ICU [[MRN|9]]床，探视时间下午3点到3点半。
舅妈：谢谢[[PERSON|莺莺]]❤️`,
  ],
  [
    'family-chat',
    `【三兄妹】
哥：妈明天8点做支架，术前谈话要家属签字，我赶不回来，小妹你去？
小妹：行。在哪栋？
哥：市三院东院区，[[ADDRESS|郑州市金水区纬五路26号]]，住院楼18楼心内三病区[[MRN|42]]床。主治是[[PERSON|宗]]医生，我让他直接打你 [[PHONE|13838215470]]。
老二：我明早送早饭？我车 [[PLATE|豫A·3D8F1]] 停医院地库就行。
哥：术前要禁食4小时，别送了。签字带上妈的身份证和医保卡，医保号 [[INSURANCE_ID|41010017M5509631]]。妈的名字是[[PERSON|毛玉珍]]，床头卡写错成[[PERSON|毛玉贞]]了，记得让护士改。`,
  ],
  [
    'sms-reminder',
    `【市妇幼保健院】[[PERSON|阮思琪]]女士，您已成功预约[[DATE|2026年11月27日]]（周五）上午9:00产科高危门诊，预约号[[MRN|A0317]]，就诊卡号[[MRN|3301060074418]]。地点：[[ADDRESS|杭州市上城区解放路210号门诊楼3楼]]。请携带围产保健手册及既往检查单。退订回T`,
  ],
  [
    'sms-reminder',
    `【胸科医院】尊敬的[[PERSON|景立明]]患者：您的增强CT（检查号[[MRN|CT26-119583]]）已排期于[[DATE|12月2日]] 07:40（地点：[[ADDRESS|上海市长宁区仙霞路599号]]影像楼1楼），请于检查前4小时禁食，携带近期肾功能报告（肌酐>133μmol/L请先告知）。查看须知或改约：[[URL|https://yy.example.cn/ct?no=CT26-119583]] 。如有疑问请致电放射科前台。`,
  ],
  [
    'sms-reminder',
    `【社区卫生服务中心】流感疫苗已到货，60岁以上户籍居民免费接种，周一至周五8:00—11:30，请携带身份证和医保卡到预防接种门诊。接种后需留观30分钟。回复TD退订`,
  ],
  [
    'crps-clinic',
    `疼痛科门诊病历（复杂性区域疼痛综合征）
就诊日期：[[DATE|2026-11-24]]　门诊号：[[MRN|TT2611240718]]
患者：[[PERSON|霍雨婷]]　女　52岁　会计　联系电话：[[PHONE|15000829134]]
现病史：[[DATE|2026年8月12日]]跌倒致左桡骨远端骨折，石膏固定6周。拆石膏后左手持续烧灼样痛、肿胀，皮温较右侧高1.8℃，皮肤发红发亮，指甲生长加快，碰触衣袖即痛（痛觉超敏）。
查体：符合布达佩斯标准（症状4类中4类，体征3类）。NRS 8分。左腕关节活动度明显受限。
辅助检查：三相骨扫描（核医学号 [[MRN|NM-26-05937]]）提示左腕及掌指关节延迟相摄取增高。
家住[[ADDRESS|成都市武侯区玉林街道芳草东街76号附2号]]。
处理：普瑞巴林75mg bid；泼尼松30mg qd短程递减；转康复科镜像疗法；预约左星状神经节阻滞 [[DATE|2026年12月1日]]。
医师：[[PERSON|盛嘉言]]`,
  ],
  [
    'crps-clinic',
    `腰交感神经节阻滞治疗记录（CT引导）
日期：[[DATE|2026年11月24日]]　第2次
患者：[[PERSON|侯振江]]　男　44岁　住院号：[[MRN|0884732]]　床号：[[MRN|5]]
诊断：右足复杂性区域疼痛综合征Ⅰ型（踝关节扭伤后5个月）
治疗前：右足皮温29.6℃（对侧32.4℃），NRS 7分
操作：L3椎体水平右侧穿刺，注入0.25%罗哌卡因10ml。5分钟后右足皮温升至33.1℃，NRS降至3分。无并发症。
术者：[[PERSON|隋立言]]
下次治疗：[[DATE|2026年12月8日]]`,
  ],
  [
    'crps-clinic',
    `复杂性区域疼痛综合征（CRPS）居家锻炼小贴士
· 疼痛的手或脚越不用越容易僵硬，请在能忍受的范围内每天多次轻柔活动。
· 脱敏训练：用丝巾、毛巾、软刷依次轻擦患处，每种1—2分钟，从最能接受的材料开始。
· 镜像训练：把镜子放在两手之间，看着镜中健侧手的动作，想象是患侧在动，每次5分钟、每天数次。
· 避免冷水和冷风直接刺激；皮肤颜色明显变化或破溃时请及时复诊。`,
  ],
  [
    'nasopharyngeal-carcinoma-clinic',
    `放疗科首诊记录（鼻咽癌）
[[DATE|2026-11-24]]　门诊号：[[MRN|FL0371548]]
患者：[[PERSON|翁锦辉]]　男　48岁　身份证：[[ID_CARD|${rid('445102', '19780315', '291')}]]
住址：[[ADDRESS|潮州市湘桥区新桥路47号2座602]]
主诉：右颈部无痛性肿物3月，伴回吸涕中带血。
鼻咽镜活检（病理号 [[MRN|B26-12844]]）：非角化性未分化型癌。EBV-DNA 4.6×10^3 copies/ml。
MRI（检查号 [[MRN|MR26-30917]]）：鼻咽右侧壁肿物侵犯咽旁间隙，右颈Ⅱ区淋巴结转移。分期T2N2M0，Ⅲ期（AJCC第8版）。
计划：诱导化疗（GP方案）2周期后同步放化疗（IMRT 70Gy/33f + 顺铂100mg/m²）。父亲曾患鼻咽癌，建议一级亲属EB病毒抗体筛查。
联系人：妻子 [[PERSON|蔡曼玲]] [[PHONE|13829077451]]`,
  ],
  [
    'nasopharyngeal-carcinoma-clinic',
    `放疗科病程记录　[[DATE|2026-11-24]]
患者[[PERSON|麦兆坚]]，男，55岁，住院号[[MRN|ZL2611030214]]，放疗号[[MRN|RT-26-1186]]，床号[[MRN|19]]。
IMRT第18次（累计39.6Gy/18f），同步顺铂第2周期已完成。
今日诉口干、咽痛，进食困难，体重较放疗前下降3.5kg（68.0→64.5kg）。查：口腔黏膜炎RTOG 2级，颈部放射性皮炎1级。
处理：康复新液含漱，营养科会诊，必要时鼻饲。
主治医师：[[PERSON|阳卓然]]
已向女儿[[PERSON|麦嘉敏]]（[[PHONE|159 1806 4427]]）交代营养风险。家住[[ADDRESS|台山市台城街道环北大道西侧石化新村7巷3号]]。`,
  ],
  [
    'nasopharyngeal-carcinoma-clinic',
    `【鼻咽癌早筛项目】尊敬的[[PERSON|冼伟雄]]先生：您参加的社区鼻咽癌筛查（筛查编号[[MRN|ZS-NPC-2026-05931]]）EB病毒VCA-IgA抗体阳性（1:80），建议2周内行鼻咽镜检查。已为您预约[[DATE|12月3日]]上午，地点：[[ADDRESS|中山市东区起湾道38号门诊楼5楼]]耳鼻喉科。咨询请于工作日回复本短信。`,
  ],
  [
    'brachial-plexus-clinic',
    `臂丛神经门诊（分娩性臂丛神经损伤）
初诊　门诊号：[[MRN|SW2611240061]]
患儿：[[PERSON|邰禾禾]]　女　3月龄　出生日期：[[DATE|2026年8月20日]]　出生体重4350g，肩难产，左上肢出生后即不能活动。
母亲：[[PERSON|苗佳蕊]]，34岁，妊娠糖尿病史。身份证：[[ID_CARD|${rid('130602', '19920709', '086')}]]
查体：左肩外展0°，屈肘不能，腕指可动，无Horner征。
肌电图（EMG号 [[MRN|E26-2210]]）：C5、C6支配肌失神经电位，未见运动单位。
诊断：左侧分娩性臂丛神经损伤（上干型，Narakas Ⅰ组）
计划：家庭被动活动训练；如屈肘仍无恢复，拟于[[DATE|2027年1月]]行神经探查修复术。
联系电话：[[PHONE|187 3121 6509]]　住址：[[ADDRESS|河北省保定市竞秀区朝阳北大街966号3单元201]]`,
  ],
  [
    'brachial-plexus-clinic',
    `手外科入院记录（臂丛神经损伤）
患者：[[PERSON|卢国栋]]　男　26岁　外卖骑手　住院号：[[MRN|0917045]]　床号：[[MRN|33]]
身份证：[[ID_CARD|${rid('410105', '20000213', '137')}]]
现病史：[[DATE|2026年9月6日]]晚驾驶摩托车（号牌[[PLATE|豫A·3J729]]）与货车相撞，致右上肢完全不能活动。
查体：右上肢肌力0级，右侧Horner征阳性。
CT脊髓造影（影像号 [[MRN|CTM-26-0318]]）：右C5—T1神经根撕脱，见假性脊膜膨出。
诊断：右侧全臂丛神经根性撕脱伤
拟行：健侧颈7神经移位术，手术日期[[DATE|2026年11月26日]]。
联系人：母亲 [[PERSON|兰玉梅]] [[PHONE|13703819526]]`,
  ],
  [
    'brachial-plexus-clinic',
    `产瘫宝宝家庭康复指导
1. 每天给宝宝做患侧肩、肘、腕、手指的被动活动，每个动作缓慢做10次，每天3—4轮，动作要轻柔，不要用力牵拉。
2. 穿衣服先穿患侧，脱衣服先脱健侧。
3. 抱宝宝时托住患侧手臂，不要提着胳膊抱起。
4. 3个月时如果宝宝还不能抬手摸嘴，请按时到门诊复查肌电图。`,
  ],
  [
    'hemifacial-spasm-clinic',
    `神经外科入院记录（面肌痉挛）
患者：[[PERSON|喻春华]]　女　57岁　住院号：[[MRN|SJ2611230047]]　床号：[[MRN|12]]
身份证号：[[ID_CARD|${rid('360102', '19690924', '040')}]]
主诉：左侧眼睑不自主抽动5年，逐渐累及左侧口角。
现病史：曾在外院行肉毒毒素注射4次，每次效果维持约3个月。Cohen分级3级。
辅助检查：MRI 3D-TOF（影像号 [[MRN|MR2611180662]]）示左侧面神经根出脑干区与小脑前下动脉关系密切。
拟行：左侧乙状窦后入路微血管减压术，手术日期[[DATE|2026年11月25日]]，术中异常肌反应（AMR）监测。
既往：高血压，缬沙坦80mg qd。
家属：丈夫 [[PERSON|舒国平]]　手机 [[PHONE|13979143208]]
住址：[[ADDRESS|南昌市东湖区墩子塘小区14栋3单元402]]`,
  ],
  [
    'hemifacial-spasm-clinic',
    `肉毒毒素注射记录（面肌痉挛）
[[DATE|2026-11-24]]　门诊号：[[MRN|MZ0716384]]　第6次注射
患者：[[PERSON|上官明月]]　女　62岁　右侧面肌痉挛，病程9年，不愿手术
药品：注射用A型肉毒毒素100U/瓶，生理盐水2.5ml稀释
注射点：右眼轮匝肌上、下睑各2点，颧大肌1点，口角1点，每点2.5U，共15U。
上次注射：[[DATE|2026年7月21日]]，效果维持约14周。
观察30分钟，无不适离院。嘱2周内勿按摩注射部位，如出现眼睑下垂、口角歪斜请随诊。
下次预约：约[[DATE|2027年3月]]（预约号[[MRN|BT-0392]]）
注射医师：[[PERSON|柏睿]]
患者住址：[[ADDRESS|上海市黄浦区顺昌路612弄17号后门2楼]]`,
  ],
  [
    'hemifacial-spasm-clinic',
    `【神经外科MVD术后随访群】
[[ACCOUNT|小蜜蜂爱吃糖]]：医生，我是上个月做微血管减压的[[PERSON|伍桂芳]]，出院记录上住院号[[MRN|SJ2610140023]]。术后左边脸还会偶尔跳一下，正常吗？
随访护士 [[PERSON|钱蕾]]：[[PERSON|伍]]阿姨您好，术后延迟治愈很常见，约三分之一的人要几周到几个月才完全不跳。有没有耳鸣、听力下降？
[[ACCOUNT|小蜜蜂爱吃糖]]：左耳有点闷，听力好像还行。
随访护士 [[PERSON|钱蕾]]：建议[[DATE|12月9日]]回来做纯音测听，我帮您挂上了，复诊号[[MRN|FZ-26-5517]]。
[[ACCOUNT|小蜜蜂爱吃糖]]：好的谢谢！我手机号换了，新号[[PHONE|17370925816]]。`,
  ],
];

const en: Array<[string, string]> = [
  [
    'admission',
    `AMU clerking — [[DATE|24/11/2026]] 19:05
Pt: [[PERSON|Ethel Marchbanks]], [[AGE|92]], DOB [[DATE|03/02/1934]]. NHS No. [[INSURANCE_ID|${nhs('613274')}]]. Hosp no. [[MRN|RX4419026]].
PC: found on floor by carer this morning, ?long lie (~10 h). CK 3,920. Na 131. CFS 6.
Lives alone at [[ADDRESS|14 Tanner's Row, Settle, BD24 9HQ]]; twice-daily carers.
NOK: nephew [[PERSON|Douglas Marchbanks]] [[PHONE|07700 900618]].
Plan: IV fluids, repeat CK mane, falls bundle, PT/OT. To Ward 22.`,
  ],
  [
    'admission',
    `ADMISSION H&P — Hospital Medicine
Patient: [[PERSON|Ruben Castellanos-Whitt]] | MRN [[MRN|40752916]] | CSN [[MRN|9021146673]] | Rm [[MRN|512]]
Admit date: [[DATE|11/24/2026]]
Medicare MBI: [[INSURANCE_ID|7EK3-WT5-HN82]]
CC: fever and dysuria x3 days. 81M with BPH, T2DM (A1c 8.1%), CKD 3a. Tmax 39.2 °C, lactate 2.9, WBC 17.4. UA nitrite+. qSOFA 2.
A/P: Sepsis 2/2 pyelonephritis. Ceftriaxone 2 g q24h, 30 mL/kg LR bolus, blood cx x2.
HCP: wife, [[PERSON|Marisol Castellanos]], [[PHONE|(915) 555-0163]]. Home: [[ADDRESS|2207 Paisano Dr, El Paso, TX 79905]]`,
  ],
  [
    'admission',
    `Admission note — General Internal Medicine, [[DATE|24 Nov 2026]]
Name: [[PERSON|Genevieve Thibodeaux-Lalonde]]   Chart #: [[MRN|TG-0381175]]
OHIP: [[INSURANCE_ID|${ohip('671203458')}]]-KT   Age 78
Reason: new AF with RVR (HR 148), CHA2DS2-VASc 4, HAS-BLED 2.
Lives with her husband at [[ADDRESS|88 Rideau Terrace, Apt 1204, Ottawa ON K1M 0Z9]]. Contact: daughter [[PERSON|Amélie]], [[PHONE|(613) 555-0148]].
Plan: rate control (diltiazem), apixaban 5 mg BID, TTE.`,
  ],
  [
    'progress-note',
    `Progress Note — HD#3 — [[DATE|11/24/2026]]
S: Mr. [[PERSON|Okonkwo-Reyes]] reports less dyspnea; slept flat last night.
O: T 36.9, HR 82, BP 118/70, SpO2 95% RA. Net -2.1 L. Wt 88.4 kg (admit 91.9). Cr 1.4 (baseline 1.2). K 3.6.
A/P: [[PERSON|Adolphus Okonkwo-Reyes]], 67M, HFrEF (EF 30%) exacerbation, improving.
 - Furosemide 40 mg IV BID → PO torsemide 20 mg tomorrow
 - Start spironolactone 12.5 mg; BMP in AM
 - Cardiology to see re: ICD
Dispo: home with HF clinic f/u [[DATE|12/02/2026]]. MRN [[MRN|55091847]], room [[MRN|714]].`,
  ],
  [
    'progress-note',
    `WR — Consultant: Dr [[PERSON|Achterberg]] — [[DATE|24/11/26]]
Bay B, bed [[MRN|3]]: Mrs [[PERSON|Noreen Gallacher]], [[AGE|90]], day 6 of CAP. Off O2. CRP 212→64. Oral co-amoxiclav; OT home visit Wed.
Bay B, bed 4: empty (deep clean).
Side room [[MRN|2]]: Mr [[PERSON|Wilfred Ampofo]], C. diff +ve, stools type 6 x2. Oral vancomycin 125 mg QDS, day 4/10.
Bay C, bed [[MRN|1]]: Mr [[PERSON|Christopher Rowntree]] (known as [[PERSON|Kit]]), post-fall, MRI head NAD. Physio ++.`,
  ],
  [
    'progress-note',
    `Medical progress note, [[DATE|24/11/2026]]
Patient: [[PERSON|Hemi Tawhiri-Parata]] (NHI [[INSURANCE_ID|${nhi('ZKT', '318')}]]), 58M, hospital no. [[MRN|WKH-2291406]]
Day 2 of DKA protocol. pH 7.29 → 7.36, bicarb 18, ketones 0.8. Transitioned to SC glargine 22 units + aspart with meals.
Diabetes nurse specialist to review; whānau present — partner [[PERSON|Aroha]].
Lives [[ADDRESS|312 Kahikatea Drive, Frankton, Hamilton 3204]]. Contact [[PHONE|021 438 2716]].`,
  ],
  [
    'discharge',
    `DISCHARGE SUMMARY
Patient: [[PERSON|Delphine Arceneaux]]   MRN: [[MRN|62830915]]   Acct: [[MRN|7704419235]]
Admitted: [[DATE|11/19/2026]]   Discharged: [[DATE|11/24/2026]]
Principal dx: acute cholecystitis s/p laparoscopic cholecystectomy (hospital day 2).
Course uncomplicated; T bili 2.8 → 0.9. Tolerating regular diet.
Meds: acetaminophen 1,000 mg q8h PRN; oxycodone 5 mg q6h PRN x 3 days (#8); docusate 100 mg BID.
Follow-up: General Surgery clinic [[DATE|12/08/2026]].
Discharged home to [[ADDRESS|4419 Magazine St, Apt B, New Orleans, LA 70115]]; phone [[PHONE|(504) 555-0127]].`,
  ],
  [
    'discharge',
    `Dear Dr [[PERSON|Hargreaves]],
Re: Mr [[PERSON|Idris Pengelly]], DOB [[DATE|17/06/1951]], NHS [[INSURANCE_ID|${nhs('420861')}]], Hosp. No. [[MRN|K0938416]]
[[ADDRESS|Bryn Teg, 6 Heol y Nant, Llandeilo, SA19 6BN]]
Admitted [[DATE|18/11/2026]] with an inferior STEMI; primary PCI to RCA (one drug-eluting stent). Discharged [[DATE|24/11/2026]]. Echo: LVEF 48%. Peak troponin 18,400 ng/L.
New medicines: aspirin 75 mg OD (lifelong), ticagrelor 90 mg BD (12 months), atorvastatin 80 mg ON, bisoprolol 2.5 mg OD, ramipril 1.25 mg OD.
Please check U&Es in 1–2 weeks. Cardiac rehab referral made. DVLA: no driving for 1 week.
Yours sincerely, Cardiology StR (for Dr [[PERSON|Benedek]])`,
  ],
  [
    'discharge',
    `Discharge Summary
Patient: [[PERSON|Bronwyn Featherstonhaugh]]   UR: [[MRN|00486307]]   Medicare: [[INSURANCE_ID|${medicare('58271034', '2')}]]
DOB [[DATE|04/09/1939]]. Discharged [[DATE|24/11/2026]] home to [[ADDRESS|21 Banksia Crescent, Noosaville QLD 4566]].
Diagnosis: right NOF fracture, hemiarthroplasty — uncomplicated.
Medications: denosumab 60 mg given (next due [[DATE|May 2027]]); paracetamol 1 g QID; enoxaparin 40 mg daily for 5 weeks.
Follow-up: GP (Dr [[PERSON|Vo Thi Ngoc Diep]], Tewantin Family Practice) within 1 week.
Next of kin: son [[PERSON|Clive]], [[PHONE|(07) 5550 1843]]`,
  ],
  [
    'outpatient',
    `Clinic transcript (geriatric medicine), [[DATE|24 November 2026]]
Dr: Can you tell me your full name?
Pt: [[PERSON|Cornelius Fotheringham]]. Everyone calls me [[PERSON|Neil]].
Dr: And how old are you now, Mr [[PERSON|Fotheringham]]?
Pt: [[AGE|Ninety-one]] in [[DATE|March]] — so [[AGE|ninety]], still.
Dr: And your date of birth?
Pt: [[DATE|The twelfth of March, nineteen thirty-six]].
Dr: Where are you living these days?
Pt: Same place. [[ADDRESS|Number nine, Cobbler's Lane, Much Wenlock]].
Daughter: It's [[ADDRESS|TF13 6AB]], Dad. I'm [[PERSON|Philippa]] — my number's [[PHONE|oh-seven-seven-hundred, nine-hundred, two-six-one]].
Dr: Thanks. Any falls since we last saw you?`,
  ],
  [
    'outpatient',
    `GI Clinic — [[DATE|11/24/2026]]
Pt: [[PERSON|Soren Halvorsen-Diaz]], 44M, MRN [[MRN|30927516]]. BCBS member ID [[INSURANCE_ID|XJH884102739]] (group 04419).
Referred for ALT 118, AST 74 x6 mo. BMI 33.8. FibroScan: CAP 326 dB/m, LSM 9.8 kPa (F2–F3).
Hep B/C negative; ferritin 412; A1AT MM; ceruloplasmin normal.
A/P: MASLD with significant fibrosis. Dietitian; consider resmetirom per AASLD 2025 guidance. Repeat elastography [[DATE|05/2027]].
Email on file: [[EMAIL|soren.hd@example.net]]; cell [[PHONE|(503) 555-0119]].`,
  ],
  [
    'outpatient',
    `Polyclinic consultation — [[DATE|24/11/2026]]
Name: [[PERSON|Tan Kah Seng]]   NRIC: [[ID_CARD|${nric('S', '1573428')}]]   Age 69
Address: [[ADDRESS|Blk 217 Bedok North Street 1, #08-143, Singapore 460217]]   Tel: [[PHONE|9176 2058]]
Chronic disease review: HbA1c 7.4% (prev 8.0%), BP 132/78, LDL 2.3 mmol/L. Diabetic foot screen: low risk.
Meds: metformin 850 mg BD, linagliptin 5 mg OM, amlodipine 10 mg OM, atorvastatin 20 mg ON.
Next review: [[DATE|23/02/2027]] (appt no. [[MRN|PQ-1124-0875]]). Wife [[PERSON|Lim Siew Hwa]] accompanies; speaks Hokkien.`,
  ],
  [
    'referral',
    `e-Referral — Routine — ENT
From: Dr [[PERSON|Saoirse Whelan]], Fernhill Medical Centre
Patient: Master [[PERSON|Alfie Drinkwater]], DOB [[DATE|22/04/2019]], NHS [[INSURANCE_ID|${nhs('731540')}]]
Address: [[ADDRESS|Flat 3, 41 Cranbrook Road, Bristol BS6 7BS]]
Parent: Mrs [[PERSON|Jodie Drinkwater]], [[PHONE|07700 900741]]
UBRN: [[MRN|0417 2295 3306]]
Reason: recurrent tonsillitis — 8 documented episodes in 12 months (Paradise criteria met), 19 school days missed. Snoring with witnessed pauses.
Many thanks.`,
  ],
  [
    'referral',
    `REFERRAL — Cardiology (urgent)
From: Maple Hollow Family Medicine, Dr. [[PERSON|Everett Quintanilla]]; fax [[PHONE|(802) 555-0172]]
Patient: [[PERSON|Wilhelmina Strand]] ("[[PERSON|Billie]]"), DOB [[DATE|08/30/1958]], MRN [[MRN|MH-0093172]]
UnitedHealthcare member ID [[INSURANCE_ID|938204116-01]]
Exertional chest pressure x3 wk, ECG with new LBBB. Troponin negative x2. Please evaluate for stress testing/cath.
Pt phone [[PHONE|(802) 555-0135]]; home [[ADDRESS|76 Old County Rd, Montpelier, VT 05602]]`,
  ],
  [
    'referral',
    `Referral to Dermatology — suspected melanoma (urgent)
GP: Dr [[PERSON|Fiachra Ó Briain]]
Patient: [[PERSON|Nuala Kavanagh-Doyle]], DOB [[DATE|02/11/1963]], hospital MRN [[MRN|CUH0418227]]
Address: [[ADDRESS|12 Orchard Lawn, Ballincollig, Co. Cork, P31 X2F6]]
GMS (medical card) no.: [[INSURANCE_ID|1183562T]]
9 mm irregular pigmented lesion left calf, enlarging over 3 months; 7-point checklist score 5. Dermoscopy images uploaded.
Mobile: [[PHONE|087 194 6620]]`,
  ],
  [
    'handover',
    `SBAR — call to on-call surgical registrar, [[DATE|24/11/2026]] 02:10
S: Mr [[PERSON|Leopold Fairbanks-Aziz]], bed [[MRN|17]], ward 12, hosp. no. [[MRN|T2270593]], day 1 post laparotomy. NEWS2 now 7 (was 2 at 22:00).
B: 74M, emergency laparotomy for perforated sigmoid diverticulitis (Hartmann's). Penicillin allergy (rash).
A: HR 126, BP 94/58, RR 26, T 38.6, urine 15 ml/h for 3 h, lactate 4.1.
R: Please review within 30 min. Sepsis six started. Dr [[PERSON|Oyelaran]] (reg) bleeped on 4417.
Nurse: [[PERSON|Tamsin Greenhalgh]], RN`,
  ],
  [
    'handover',
    `Night handover, dictated (medical ward), [[DATE|24 Nov 2026]]
"Okay, bed [[MRN|two]] is Mrs [[PERSON|Marguerite Fenwick]], [[AGE|ninety-four]], UTI, on IV gent — level due at six. Bed three's empty. Bed [[MRN|five]], Mr [[PERSON|Dhillon]] — sorry, Mr [[PERSON|Harjit Dhillon-Sandhu]] — chest pain rule-out, second troponin fourteen, flat. Bed [[MRN|eight]], [[PERSON|Bernadette]], [[PERSON|Bernadette Quaile]], alcohol withdrawal, CIWA twelve, she's had two doses. Bed [[MRN|nine]]'s the young lad, [[PERSON|Callum Ruddock]], paracetamol OD, NAC bag two running."`,
  ],
  [
    'handover',
    `ICU board — [[DATE|24/11/2026]] 07:00
| Bed | Patient | MRN | Support |
| [[MRN|ICU-1]] | [[PERSON|HOLLOWAY, Temperance]] | (new, not yet issued) | ARDS (influenza A), prone, FiO2 0.6, PEEP 14 |
| ICU-2 | — | — | — |
| [[MRN|ICU-3]] | [[PERSON|ABERNETHY-OSEI, Kwabena]] | [[MRN|M4483015]] | post-arrest, TTM 36, norad 0.12 |
| [[MRN|ICU-4]] | [[PERSON|McTAVISH, Rhona]] | [[MRN|M4479266]] | DKA + AKI, CRRT |
Consultant: Dr [[PERSON|Sigrún Eyjólfsdóttir]]`,
  ],
  [
    'nursing-note',
    `Nursing note — [[DATE|24/11/2026]] 15:40 — Ward 5 (Elderly Care)
Mrs [[PERSON|Doreen Ashworth-Pye]] ([[AGE|92]]), bed [[MRN|11]], hosp no. [[MRN|N3381952]], found sitting on floor beside bed at 15:20, unwitnessed. No head injury reported, not anticoagulated. BP 138/76, HR 84, GCS 15, BM 6.2. No shortening or rotation.
Reviewed by FY1 15:35, no injury found. Low bed + sensor mat. Son ([[PERSON|Graham]]) informed, [[PHONE|0117 496 0738]]. Datix 114827.`,
  ],
  [
    'nursing-note',
    `District nursing visit — [[DATE|24/11/26]]
Mr [[PERSON|Alwyn Treharne]], 88, [[ADDRESS|7 Chapel Terrace, Treorchy CF42 6NB]] (key safe; code on EMIS). NHS [[INSURANCE_ID|${nhs('580374')}]]
Leg ulcer L gaiter: 4.2 × 3.1 cm, slough 30%, moderate exudate. ABPI 0.86 ([[DATE|03/11/26]]). Cleansed, Inadine + 2-layer compression.
Wife present; daughter-in-law [[PERSON|Sian]] to collect prescription — [[PHONE|07700 900367]].
Next visit Thursday [[DATE|26/11/26]].`,
  ],
  [
    'nursing-note',
    `Inpatient mental health — nursing entry, [[DATE|24 Nov 2026]], 21:00
Service user: [[PERSON|Jaxon Pemberton-Lowe]] (prefers "[[PERSON|Jax]]"), 19, room [[MRN|6]], Cedar Ward, MHA s2 day 9. ID [[MRN|MH-0029417]].
Settled evening; attended art group. Ate 75% of meal. Denies SI. Level 2 obs (15 min) continued per RC.
Mother [[PERSON|Kerry-Ann Pemberton]] visited 18:00–19:30 — no concerns.
MDT tomorrow re: leave.`,
  ],
  [
    'lab-report',
    `HISTOPATHOLOGY REPORT
Lab no.: [[MRN|H26-49607]]
Patient: [[PERSON|Margery Quennell]]   DOB: [[DATE|19/01/1957]]   Hosp no: [[MRN|E2096473]]   NHS: [[INSURANCE_ID|${nhs('264819')}]]
Requesting: Mr [[PERSON|A. Ravindran]] (Colorectal)
Specimen: sigmoid colon polyp (polypectomy), 24 mm.
Microscopy: tubulovillous adenoma with focal high-grade dysplasia; margins clear (>1 mm). No invasive carcinoma.`,
  ],
  [
    'lab-report',
    `MICROBIOLOGY — FINAL REPORT
Accession: [[MRN|MB26-1124-0571]]   Collected: [[DATE|11/22/2026]] 06:10   Status: final
Patient: [[PERSON|Octavia Brightwater-Lee]]   MRN: [[MRN|81127430]]   Loc: 6E, Rm [[MRN|622]]
Home: [[ADDRESS|PO Box 318, Moab, UT 84532]]
Source: blood, peripheral (set 1 of 2)
Organism: Staphylococcus aureus (MSSA). Oxacillin S, cefazolin S, vancomycin MIC 1 S, clindamycin R (D-test +).
Critical value called to RN [[PERSON|Haruki Sonoda]] [[DATE|11/23]] 14:02, read back.`,
  ],
  [
    'lab-report',
    `Preparing for your glucose tolerance test
Please do not eat anything for 8 hours before your appointment; you may drink plain water.
The test takes about two and a half hours: a blood test, then a sugary drink, and a second blood test two hours later.
Please stay in the waiting area during the test and avoid smoking or walking about, as these can change the result.
Bring something to read, and a snack for afterwards.`,
  ],
  [
    'imaging-report',
    `CT HEAD (non-contrast) — Acc. [[MRN|RAD2611247733]]
Patient: [[PERSON|Barnaby Ellingworth]]   DOB [[DATE|14/07/1933]] ([[AGE|93]])   Hosp no. [[MRN|L5573019]]
Clinical details: [[AGE|93]]M on apixaban, fall at care home, GCS 14, new confusion.
Findings: 9 mm left acute-on-chronic subdural haematoma with 3 mm midline shift. No skull fracture. Background small-vessel change.
Conclusion: left acute-on-chronic SDH. Discussed with Mr [[PERSON|Okoro]] (neurosurgery) [[DATE|24/11/2026]] 16:55 — conservative management, reverse anticoagulation.`,
  ],
  [
    'imaging-report',
    `SCREENING MAMMOGRAM
Pt: [[PERSON|Rosalind Nakamura-Pryce]]   DOB [[DATE|05/17/1971]]   MRN [[MRN|20394881]]   Exam [[DATE|11/24/2026]]   Accession [[MRN|5519027763]]
History: annual screen; mother breast ca at 52.
Findings: heterogeneously dense (C). New 6 mm group of fine pleomorphic calcifications, right breast upper outer quadrant, posterior depth.
Impression: BI-RADS 4B — stereotactic biopsy recommended.
Result given to pt by phone, [[PHONE|(360) 555-0184]], by RN navigator.`,
  ],
  [
    'imaging-report',
    `X-RAY: RIGHT WRIST (3 views)
Patient: [[PERSON|Indigo Marrawah-Jones]], 11 y   UR [[MRN|00733815]]   Req. no. [[MRN|XR-26-118440]]
Referrer: Dr [[PERSON|Hamish Tulloch]], Kiama Medical Centre — fell off scooter [[DATE|23/11/2026]].
Findings: buckle (torus) fracture of the distal radial metaphysis. No physeal involvement. Ulna intact.
Comment: removable splint 3 weeks; no routine follow-up imaging.
Reported by Dr [[PERSON|Wen-Hsuan Liao]]
Parent: [[PERSON|Skye Marrawah]], [[PHONE|(02) 5550 3917]], [[ADDRESS|1420 Jamberoo Mountain Road, Jamberoo NSW 2533]]`,
  ],
  [
    'prescription',
    `Rx# [[MRN|6627305]]    Filled [[DATE|11/24/2026]]
[[PERSON|BRAXTON, Cordelia J]]   DOB [[DATE|03/09/1946]]   Pt ID [[MRN|CRP-558104]]
[[ADDRESS|18 Juniper Ct, Hood River, OR 97031]]   Ph [[PHONE|(541) 555-0108]]
APIXABAN 2.5 MG TABLET — take 1 tablet by mouth twice daily. Qty 60. Refills 5.
Prescriber: Dr. [[PERSON|Yusuf Al-Khatib]]
Do not stop taking unless told by your doctor. May cause bleeding.`,
  ],
  [
    'prescription',
    `Prescription (FP10SS) — controlled drug
Patient: Mr [[PERSON|Lachlan Boyd-Henshaw]], [[AGE|92]], DOB [[DATE|09/12/1933]]
Address: [[ADDRESS|3 Ivy Cottages, Mill Lane, Wymondham NR18 0LP]]
NHS no.: [[INSURANCE_ID|${nhs('847102')}]]
Morphine sulfate 10 mg/5 ml oral solution — 2.5 ml (5 mg) up to 4-hourly PRN for breakthrough pain. Supply: 100 (one hundred) millilitres.
Signed: Dr [[PERSON|Rowena Castellane]], Abbey Surgery   Date [[DATE|24/11/2026]]`,
  ],
  [
    'prescription',
    `PBS prescription — Dr [[PERSON|Aditi Chandrasekhar]]
Patient: Mrs [[PERSON|Yolanda Papadakis]], [[ADDRESS|5/27 Marine Parade, Coogee NSW 2034]]
Medicare: [[INSURANCE_ID|${medicare('36190547', '1')}]]   Date: [[DATE|24/11/2026]]
Rivaroxaban 20 mg tablets — 1 daily with the evening meal. Qty 28, repeats 5.
eRx script ID: [[MRN|2KJ7QX4M8T]]`,
  ],
  [
    'consent',
    `CONSENT FORM 1 — Patient agreement to investigation or treatment
Patient: [[PERSON|Harriet Winstanley-Obi]]   Hosp no. [[MRN|P7720513]]   DOB [[DATE|28/02/1988]]
Procedure: laparoscopic right salpingo-oophorectomy (8 cm ovarian cyst, dermoid on MRI).
Risks: bleeding, infection, damage to bowel, bladder or ureter (<1 in 100), conversion to open, VTE.
Health professional: Miss [[PERSON|Odette Verhoeven]], Consultant Gynaecologist — [[DATE|24/11/2026]]
Patient: signed [[PERSON|Harriet Winstanley-Obi]]. Copy to be e-mailed to [[EMAIL|hwobi88@example.co.uk]]`,
  ],
  [
    'consent',
    `INFORMED CONSENT — Colonoscopy with possible polypectomy
Patient: [[PERSON|Fernando Quispe Mamani]]   MRN [[MRN|71093852]]   DOB [[DATE|04/22/1960]]
Primary language: Spanish. Interpreter: [[PERSON|Graciela Ybarra-Funes]] (ID #4471, in person)
Physician: Dr. [[PERSON|Leontyne Abara]]
Risks discussed: perforation (~1 in 1,000), bleeding, missed lesions, sedation reactions.
Patient signature: [[PERSON|Fernando Quispe M.]]   [[DATE|11/24/2026]] 08:20
Emergency contact: son, [[PHONE|(512) 555-0156]]`,
  ],
  [
    'consent',
    `Before you sign a consent form
You can ask the doctor to explain the procedure again in plain words, or to draw it.
You can bring a relative or friend, and you can ask for an interpreter free of charge.
Signing does not mean you must go ahead: you can change your mind at any time before the procedure.
If you are not sure, ask what would happen if you waited or did nothing.`,
  ],
  [
    'billing',
    `PATIENT STATEMENT
Guarantor: [[PERSON|Marlowe Eskridge]]   Account no. [[MRN|40017-22893]]
Patient: [[PERSON|Tallulah Eskridge]], DOB [[DATE|02/14/2014]]
[[DATE|10/30/2026]] ED visit — $2,318.00; insurance paid $1,604.50; adjustments $312.00; balance $401.50.
Mailing address: [[ADDRESS|905 Cottonwood Ln, Norman, OK 73071]]
Card-on-file authorization: Visa [[BANK_CARD|${spaced(luhn('412603580917432'))}]], exp 08/29.`,
  ],
  [
    'billing',
    `Self-pay invoice — Private Patients Unit   Invoice no. PPU-26-3318
Patient: Mr [[PERSON|Thiago Albuquerque Nunes]]   Passport (Brazil): [[PASSPORT|FT482917]]   Hospital no. [[MRN|PP0046175]]
UK address: [[ADDRESS|22B Lansdowne Crescent, Leamington Spa CV32 4PR]]
MRI lumbar spine £465.00; consultation [[DATE|24/11/2026]] £220.00. Total £685.00.
Paid by Mastercard [[BANK_CARD|${spaced(luhn('524163098217450'))}]], auth code 07731B.
Receipt sent to [[EMAIL|thiago.nunes@example.com.br]]`,
  ],
  [
    'billing',
    `TAX INVOICE — Specialist consultation   Invoice 00-88213
Date of service: [[DATE|24/11/2026]]
Patient: Ms [[PERSON|Saffron Dellacroix]]
Medicare: [[INSURANCE_ID|${medicare('49023761', '3')}]]   HCF member no. [[INSURANCE_ID|61920874]]
Address: [[ADDRESS|14 Kookaburra Close, Bowral NSW 2576]]
Item 104 (initial specialist consultation): fee $320.00; Medicare rebate $96.80; gap $223.20.`,
  ],
  [
    'online-consult',
    `Telehealth chat log — session [[MRN|TH-26-1124-3091]]
[09:02] [[ACCOUNT|nightowl_bea]]: hi, is this the after-hours GP?
[09:03] Dr [[PERSON|Imran Baig-Hussain]]: Yes, good morning. Can you confirm your full name and date of birth?
[09:03] [[ACCOUNT|nightowl_bea]]: [[PERSON|Beatrix Holmqvist]], [[DATE|17/08/1996]]
[09:06] Dr [[PERSON|Imran Baig-Hussain]]: Sounds like an uncomplicated UTI. I'll send nitrofurantoin 100 mg MR twice daily for 3 days to your nominated pharmacy.
[system] patient IP [[IP|203.0.113.248]]; session closed 09:09`,
  ],
  [
    'online-consult',
    `Virtual visit — confirmation & log
Patient: [[PERSON|Ignatius Obuya]]   MRN [[MRN|59213378]]   Visit ID: [[MRN|VV-88153094]]
Join link: [[URL|https://visit.example.org/join/VV-88153094?pin=2291]]
Scheduled: [[DATE|11/24/2026]] 3:40 PM with Dr. [[PERSON|Celestine Marchetti]] (Endocrinology)
Log: 15:38 patient joined from [[IP|198.51.100.202]] (Chrome/Android); 15:41 provider joined; 16:02 ended.
Levothyroxine increased to 112 mcg; TSH in 6 weeks.`,
  ],
  [
    'online-consult',
    `E-visit (asynchronous) — Dermatology
Submitted by portal user [[ACCOUNT|rtremayne82]] for [[PERSON|Rosalie Tremayne]], 37
Question: rash on both shins for 3 weeks, tender red lumps, started after a sore throat. Photos attached.
Reply (Dr. [[PERSON|Augustin Mbeki-Laurent]]): likely erythema nodosum; please get a throat swab, ASO titre and chest X-ray. Order #[[MRN|LX-26-771201]].
Audit: submitted [[DATE|11/23/2026]] 22:14 from [[IP|2001:db8:c41::2e]]; replied next morning.`,
  ],
  [
    'patient-message',
    `From: [[EMAIL|khalid.almansoori@example.ae]]
Subject: Records request — [[PERSON|Khalid Al Mansoori]]
Dear International Patient Office,
I was treated at your hospital from [[DATE|02/11/2026]] to [[DATE|09/11/2026]] (MRN [[MRN|IP-0338214]]) after a cycling accident. My insurer in Dubai needs the discharge summary, the operation note and the invoices, stamped.
My passport number is [[PASSPORT|N04718263]] and my Emirates ID is [[ID_CARD|${emirates('1981', '4415027')}]].
Please post them to [[ADDRESS|Villa 17, Street 4B, Al Barsha 2, Dubai]] or reply by email.
Kind regards,
[[PERSON|Khalid]]
[[PHONE|+971 50 318 4427]]`,
  ],
  [
    'patient-message',
    `Portal message from [[ACCOUNT|kfinnegan_1957]] to Dr. [[PERSON|Perpetua Nwankwo-Hale]], [[DATE|11/24/2026]] 7:12 AM
"Hi Dr. [[PERSON|Nwankwo-Hale]], this is [[PERSON|Kathleen Finnegan]] (DOB [[DATE|06/03/1957]]). My home BP readings this week are 152/94, 148/90, 156/96 even on the 10 mg lisinopril. Should I increase it? My pharmacy changed to Ridgeline Pharmacy. New cell [[PHONE|(207) 555-0131]], email [[EMAIL|kath.finnegan@example.net]]. Thanks"`,
  ],
  [
    'patient-message',
    `Texts to the diabetes nurse mobile ([[PHONE|07700 900185]])
Tue [[DATE|24/11]] 08:14 — Hi [[PERSON|Bethan]], it's [[PERSON|Osian Pritchard]]'s mum. His Libre read 2.9 this morning, he's had jelly babies and it's 5.1 now. Should we cut his Levemir tonight?
Tue 08:31 — DSN [[PERSON|Bethan]]: Hi Mrs [[PERSON|Pritchard]], yes, reduce tonight's Levemir by 10% (12 to 11 units) and send me his readings on Thursday.
Tue 08:33 — Thanks! My number's changed btw, it's now [[PHONE|07700 900839]]. [[PERSON|Rhiannon]]`,
  ],
  [
    'family-chat',
    `[WhatsApp] Nana's hip 🦴
[[DATE|24/11/2026]]
[18:02] [[PERSON|Sophie]]: Nana's out of theatre!! Surgeon (Mr [[PERSON|Adeyemi]]) said it went really well 🙏
[18:04] Uncle [[PERSON|Rob]]: Thank god. Which ward?
[18:05] [[PERSON|Sophie]]: Ward 14, bay 3, bed [[MRN|2]]. Visiting 2-8.
[18:09] [[PERSON|Marcus]]: I'll take her nightie and glasses tomorrow. Her hospital number's [[MRN|B6609184]] if anyone rings`,
  ],
  [
    'family-chat',
    `Messages — Dad's chemo rides 🚗
[[PERSON|Tessa]]: Who's driving Dad Thursday? Infusion is 9:30 at the cancer center
[[PERSON|Owen]]: me. someone venmo me for gas lol @[[ACCOUNT|owen-brightman-7]]
Grandma [[PERSON|Lou]]: What room is he in
[[PERSON|Tessa]]: he's not admitted Gran, it's outpatient 😂
[[PERSON|Owen]]: his MRN for the front desk is [[MRN|70224915]], they always ask
[[PERSON|Tessa]]: also his Medicare card is in my car, MBI [[INSURANCE_ID|1EG4-TE5-MK73]]`,
  ],
  [
    'family-chat',
    `Messenger — cousins
[[PERSON|Declan]]: Auntie [[PERSON|Moira]] got moved to the stroke unit, room [[MRN|408]]. They're saying a clot, she had the clot-buster
[[PERSON|Aisling]]: oh no. I'll drive up after work. Still the silver Corolla, reg [[PLATE|231-D-48817]], if security asks
[[PERSON|Declan]]: grand. Her address for the carer forms is [[ADDRESS|27 Abbeyfield Park, Navan, Co. Meath C15 T2K8]]`,
  ],
  [
    'sms-reminder',
    `Hi [[PERSON|Priscilla Aldous-Njoroge]], reminder of your colposcopy appointment on Tue [[DATE|01/12/2026]] at 10:20, Outpatients B, [[ADDRESS|48 Wellington Road, Chelmsford CM1 2RT]]. Ref [[MRN|APT-77305182]]. Your car [[PLATE|KM21 XTB]] is registered for free parking. Reply 1 to confirm or 2 to cancel.`,
  ],
  [
    'sms-reminder',
    `Reminder: [[PERSON|Mateo Villanueva-Ortiz]] — your home sleep study kit pick-up is [[DATE|11/27/2026]] at 4:00 PM. Conf # [[MRN|SL-4402197]]. Watch the set-up video and complete the questionnaire first: [[URL|https://sleep.example.com/prep?c=SL-4402197]] . Reply C to confirm, R to reschedule.`,
  ],
  [
    'sms-reminder',
    `Westbrook Health Centre: flu and COVID-19 boosters are now available for everyone aged 65+ and others who are eligible. Walk-in clinics run Saturdays 9am–1pm until the end of December. No need to book. Reply STOP to opt out.`,
  ],
  [
    'crps-clinic',
    `Pain Management Clinic — [[DATE|24/11/2026]]
Ms [[PERSON|Clementine Ashdown-Varga]], 38, hosp. no. [[MRN|PM0719934]], NHS [[INSURANCE_ID|${nhs('391028')}]]
Referred by Mr [[PERSON|Iolo Prydderch]] (orthopaedics) after right ankle ORIF on [[DATE|04/06/2026]].
Budapest criteria: symptoms in all 4 categories; signs in 3 (allodynia, temperature asymmetry 2.3 °C, oedema, trophic nail changes). No better explanation → CRPS type I, right foot.
Current: amitriptyline 20 mg ON, gabapentin 600 mg TDS (drowsy).
Plan: switch to pregabalin; graded motor imagery with physio; consider lumbar sympathetic block if no progress by [[DATE|March 2027]].
cc GP`,
  ],
  [
    'crps-clinic',
    `Ketamine infusion — Interventional Pain, [[DATE|11/24/2026]]
[[PERSON|Dominic Ferrante-Haas]], 29M, MRN [[MRN|47720916]], infusion bay [[MRN|3]], day 3 of 5
Dx: CRPS type II, left upper extremity (median nerve injury, work laceration [[DATE|03/2026]]). Workers' comp claim # [[INSURANCE_ID|WC-26-004817]].
Ketamine 0.35 mg/kg/h x 4 h; midazolam 1 mg PRN. Peak BP 138/84. Mild dissociation, resolved. Pain NRS 8 → 5.
Driver: fiancée [[PERSON|Brielle Okafor-Sands]], [[PHONE|(330) 555-0123]] — present at discharge.`,
  ],
  [
    'crps-clinic',
    `Living with CRPS: pacing your day
Break tasks into smaller chunks and rest before the pain flares, not after.
Try to use your affected hand or foot a little every day; gentle movement helps the brain "re-map" it.
Desensitise the skin by stroking it with different fabrics, starting with the one you can tolerate best.
Keep a diary of activities and pain levels to spot patterns, and bring it to your next appointment.`,
  ],
  [
    'nasopharyngeal-carcinoma-clinic',
    `Clinical Oncology Clinic — Nasopharyngeal Carcinoma
Date: [[DATE|24/11/2026]]   Ref. no.: [[MRN|CO-26-08831]]
Patient: [[PERSON|LEUNG Kwok-tung]] ([[PERSON|Keith]])   M/51   HKID: [[ID_CARD|${hkid('D', '527316')}]]
Address: [[ADDRESS|Flat 12C, Block 3, Ka Lok Court, 19 Tsing Lun Road, Tuen Mun, NT]]   Tel: [[PHONE|6182 4593]]
NPC, undifferentiated (WHO type III), cT3N1M0, stage III (AJCC 8th). Pre-treatment plasma EBV DNA 2,140 copies/mL.
IMRT 70 Gy/35 fractions with concurrent cisplatin x3, completed 7 weeks ago. Post-RT EBV DNA undetectable.
G2 xerostomia, G1 dysgeusia; trismus (inter-incisor 32 mm) — referred to speech therapy.
Next: MRI nasopharynx [[DATE|Feb 2027]].`,
  ],
  [
    'nasopharyngeal-carcinoma-clinic',
    `Radiation Oncology — on-treatment review (week 5), [[DATE|24/11/2026]]
Pt: [[PERSON|Lee Boon Huat]] | NRIC [[ID_CARD|${nric('S', '6804517')}]] | Case no. [[MRN|RO-SG-46112]]
NPC cT2N2M0. Fraction 24/33 (52.8 Gy). Weight 61.2 kg (baseline 67.0 kg, −8.7%). Mucositis G3 — NG tube discussed; patient agreeable.
Wife [[PERSON|Ng Poh Choo]] to attend dietitian session [[DATE|26/11/2026]].
Contact [[PHONE|8427 3916]]; home [[ADDRESS|Blk 58 Lorong 5 Toa Payoh, #11-204, Singapore 310058]]`,
  ],
  [
    'nasopharyngeal-carcinoma-clinic',
    `Head & Neck Oncology — new patient, [[DATE|11/24/2026]]
[[PERSON|Vincent Kwok-Chen]], 46M, MRN [[MRN|88310542]], Cigna ID [[INSURANCE_ID|U73069147]]
Cantonese-speaking. Painless left neck mass 2 months; epistaxis x2. Nasopharyngoscopy: left fossa of Rosenmüller mass; biopsy (path [[MRN|S26-40518]]) — NPC, non-keratinizing. PET-CT: T1N2M0.
Plan: induction gemcitabine/cisplatin then chemoradiation; dental clearance before RT; baseline audiology.
Family: brother [[PERSON|Raymond Kwok]] (52) to be offered EBV serology screening.
Cantonese interpreter booked. Contact [[PHONE|(415) 555-0177]]; [[ADDRESS|1840 Noriega St, San Francisco, CA 94122]]`,
  ],
  [
    'brachial-plexus-clinic',
    `Brachial Plexus Clinic — [[DATE|24/11/2026]]
Baby: [[PERSON|Isla-Rose Penberthy]]   DOB [[DATE|11/08/2026]]   NHS [[INSURANCE_ID|${nhs('652093')}]]   Hosp no. [[MRN|BP-2261047]]
Mother: [[PERSON|Kerenza Penberthy]], [[PHONE|07700 900853]], [[ADDRESS|Chy an Mor, 4 Trelawney Road, Falmouth TR11 3NB]]
Birth: 4.6 kg, shoulder dystocia, left Erb's palsy (C5–C6).
At 15 weeks: shoulder abduction 0/7, elbow flexion 3/7 (Active Movement Scale); hand full.
Plan: continue physio; nerve exploration and grafting provisionally listed for [[DATE|19/01/2027]] if no improvement.`,
  ],
  [
    'brachial-plexus-clinic',
    `Operative note — Peripheral Nerve Surgery
Date of surgery: [[DATE|11/24/2026]]   Patient: [[PERSON|Garrett Ouellette-Brandt]]   MRN [[MRN|66051289]]
Surgeon: Dr. [[PERSON|Solveig Amundsen]]; assistant: fellow
Indication: 23M, motorcycle crash [[DATE|07/2026]], left C5–C6 avulsion with C7 stretch; no elbow flexion at 4 months (EMG: no MUPs in biceps).
Procedure: Oberlin transfer (ulnar fascicle to biceps branch); spinal accessory to suprascapular nerve transfer. EBL 40 mL. No complications.
Disposition: home tomorrow to [[ADDRESS|RR 2 Box 41, Lubec, ME 04652]]; sling 3 weeks; OT at 2 weeks.`,
  ],
  [
    'brachial-plexus-clinic',
    `Your baby's brachial plexus exercises
Do the exercises at nappy changes, about five times a day, while your baby is calm.
Support the upper arm and gently move the shoulder up beside the ear, then out to the side, ten times each.
Bend and straighten the elbow slowly, and turn the palm up and down.
Never pull on the arm to lift your baby, and lay them on their back to sleep.`,
  ],
  [
    'hemifacial-spasm-clinic',
    `Botulinum toxin clinic — hemifacial spasm, [[DATE|24/11/2026]]
Mrs [[PERSON|Annunziata Pellegrini-Shaw]], 71, hosp no. [[MRN|N2218457]]
Left HFS for 12 years; MVD declined. Last injection [[DATE|25/08/2026]] — benefit ~11 weeks, mild ptosis for a week.
Today: Botox 2.5 units to each of 4 orbicularis oculi sites, 2.5 units zygomaticus major, 1.25 units risorius; total 13.75 units. Pre-tarsal dose reduced.
Next: [[DATE|16 February 2027]]; patient transport ref. [[MRN|PT-993120]].
Daughter [[PERSON|Francesca]] on [[PHONE|01632 960774]].`,
  ],
  [
    'hemifacial-spasm-clinic',
    `Neurosurgery admission — elective MVD
Admit [[DATE|11/24/2026]]; surgery [[DATE|11/25/2026]]
[[PERSON|Esperanza Villalobos-Tran]], 49F, MRN [[MRN|30482177]], Aetna member [[INSURANCE_ID|W884310275]]
Right hemifacial spasm x6 yrs; botulinum injections q12wk with waning effect. MRI CISS: AICA loop at the right facial nerve REZ.
Plan: right retrosigmoid craniotomy for MVD with BAER and lateral spread response monitoring. Baseline audiogram normal.
Emergency contact: husband [[PERSON|Quang Tran]], [[PHONE|(602) 555-0181]]. Home: [[ADDRESS|7715 W Roanoke Ave, Phoenix, AZ 85035]]`,
  ],
  [
    'hemifacial-spasm-clinic',
    `Neurosurgery follow-up — hemifacial spasm after MVD
Date: [[DATE|24/11/2026]]   Patient: [[PERSON|Tāne Rangihuna-Walker]], NHI [[INSURANCE_ID|${nhi('HPL', '275')}]]
Right MVD on [[DATE|09/09/2026]]. Spasm fully resolved by week 6. Mild right high-frequency hearing loss (25 dB at 4 kHz).
Wound healed. Back at work (forestry).
Plan: discharge from clinic; GP to re-refer if recurrence.
Contact: [[PHONE|022 615 3847]]; [[ADDRESS|46 Rimu Street, Whakatāne 3120]]`,
  ],
];

export function generateDeidHoldout48(): LabelledRecord[] {
  return holdoutRecords('h48', zh, en);
}

export const DEID_HOLDOUT_48_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/labelled/deid-holdout-48.jsonl',
);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const records = generateDeidHoldout48();
  writeFileSync(DEID_HOLDOUT_48_PATH, renderJsonl(records));
  console.log(`wrote ${records.length} records to ${DEID_HOLDOUT_48_PATH}`);
}
