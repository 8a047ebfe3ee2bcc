import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  bcphn,
  bsn,
  chi,
  cpf,
  dni,
  emirates,
  fin,
  iban,
  kvnr,
  luhn,
  medicare,
  nhi,
  nhs,
  nir,
  nric,
  ohip,
  pnr,
  rid,
  spaced,
  twid,
} from './check-digits.ts';
import { holdoutRecords, type LabelledRecord, renderJsonl } from './generate-deid.ts';

/**
 * The ROUND-59 fresh held-out de-identification set (data/labelled/deid-holdout-59.jsonl): 120
 * hand-written snippets (60 Chinese, 60 English) with hand-placed spans, marked inline as [[TYPE|text]]
 * (parseMarked strips the marks and records UTF-16 offsets). Written by a separate, blind annotator who
 * did not read the recognizer code, the lexicons, the name model, the registry, the bench or the docs,
 * read no earlier snippet beyond the first three of round 58 (and the last snippets shown by a tail of
 * its script), and never ran a recognizer, the guard or the CLI on these snippets; it must not be used
 * to adjust the recognizers.
 *
 * About four fifths are the everyday documents of a general hospital and the messages of its patients
 * (admission, progress and discharge notes, outpatient notes and letters, referrals, handovers,
 * nursing notes, lab and imaging reports, prescriptions, consent, billing papers, online
 * consultations, patient messages, family chats and SMS reminders), in new wording; a fifth come from
 * four settings no earlier card names: glomus tumour hand clinics, pectus carinatum bracing clinics,
 * otomycosis (fungal ear infection) clinics and os trigonum (posterior ankle impingement) clinics.
 *
 * Identifiers are synthetic and computed below from hand-chosen parts: 18-digit resident IDs (and a Hong
 * Kong resident's residence permit) get their GB 11643 check character from a region code, birth date and
 * sequence chosen to agree with the text (the last sequence digit odd for men, even for women); 15-digit
 * IDs are typed from region code, birth date and sex digit; bank cards get a Luhn digit; NHS numbers are
 * in the 999 test range with their modulus-11 digit; the Scottish CHI number gets its modulus-11 digit;
 * Australian Medicare numbers get their check digit and an issue digit; NZ NHIs, the Singapore NRIC and
 * the Taiwan IDs get their check characters; the Ontario health number gets a Luhn digit; the Emirates
 * ID gets its Luhn digit; and so do the schemes this round added to check-digits.ts (defined first
 * in this script, moved there since): the Singapore FIN
 * (F/G series), the Spanish NIE, the Brazilian CPF, the Dutch BSN (eleven test), the Swedish
 * personnummer (Luhn), the German KVNR, the French NIR key, a UK IBAN (ISO 7064 mod 97) and the British
 * Columbia PHN (modulus 11). The US SSN is in the 987-65-432x advertising range. Phones are random
 * mainland numbers or fictional ranges (North American 555-01xx, UK 07700 900xxx and the Ofcom drama
 * ranges, Australian (0x) 5550 and 0491 570 numbers); mail and web hosts are example.*; IP addresses
 * come from the documentation ranges.
 *
 * Span conventions are those of data/labelled/deid-holdout-58.card.yaml (and the earlier cards it
 * refers to); the decisions new in this round are stated in data/labelled/deid-holdout-59.card.yaml.
 */

const zh: Array<[string, string]> = [
  [
    'admission',
    `呼吸与危重症医学科入院记录（凉山州）
住院号：[[MRN|LS2607395]]　床号：[[MRN|23]]
姓名：[[PERSON|吉克木呷]]　男　67岁　彝族　农民
身份证号：[[ID_CARD|${rid('513401', '19590716', '031')}]]
入院时间：[[DATE|2026年11月24日]] 09:15
主诉：反复咳嗽咳痰20余年，气促加重5天。吸烟约40包年，家中长期烧柴取暖。
查体：桶状胸，双肺呼气相延长，散在哮鸣音。血气（未吸氧）：pH 7.33，PaCO₂ 58 mmHg，PaO₂ 54 mmHg。
初步诊断：慢性阻塞性肺疾病急性加重；Ⅱ型呼吸衰竭。
处理：控制性低流量吸氧，沙丁胺醇/异丙托溴铵雾化，甲泼尼龙40 mg静滴，必要时无创通气。
病史由侄子[[PERSON|吉克伍沙]]用彝语翻译。
妻子：[[PERSON|阿于阿芝]]　[[PHONE|158 8340 2716]]
住址：[[ADDRESS|四川省凉山彝族自治州西昌市安宁镇海滨村4组17号]]`,
  ],
  [
    'admission',
    `心内科入院记录
姓名：[[PERSON|那淑贤]]　女　[[AGE|九十一]]岁　满族　退休中学教师
身份证号：[[ID_CARD|210102351003246]]
住院号：[[MRN|SY0093517]]　床位：[[MRN|走廊加2]]
入院日期：[[DATE|2026年11月23日]]
双下肢水肿2周，夜间不能平卧3天。NT-proBNP 8640 pg/mL；超声心动图LVEF 35%，中度二尖瓣反流。
诊断：慢性心力衰竭急性失代偿（NYHA Ⅳ级）；持续性心房颤动。
处理：呋塞米20 mg静推，每日晨起称体重，记24小时出入量；华法林暂停一次，明晨复查INR。
陪护：外孙女[[PERSON|关雪婷]]，电话[[PHONE|186-4023-7719]]`,
  ],
  [
    'admission',
    `产科入院记录
姓名：[[PERSON|司马嘉禾]]　女　33岁　G2P1　孕38+2周
身份证号：[[ID_CARD|${rid('320106', '19930304', '128')}]]
住院号：[[MRN|2026-OB-04471]]　床号：[[MRN|9]]
入院时间：[[DATE|2026-11-24]] 16:40
末次月经：[[DATE|2026-03-01]]　预产期：[[DATE|2026-12-06]]
产检时发现血压波动3天，今日150/98 mmHg，尿蛋白（++）；无头痛、视物模糊及上腹痛；胎心监护反应型。
诊断：子痫前期（无严重表现）；瘢痕子宫。
计划：硫酸镁预防抽搐，拉贝洛尔口服控制血压，完善评估后择期剖宫产。
丈夫：[[PERSON|东方睿]]　[[PHONE|139 5186 0427]]
住址：[[ADDRESS|江苏省南京市鼓楼区汉中门大街301号南艺新村12幢2单元502室]]`,
  ],
  [
    'progress-note',
    `主任查房记录
[[DATE|2026-11-25]] 08:30　[[PERSON|壤驷崇岳]]主任医师查房
患者[[PERSON|盘秀英]]，女，72岁，瑶族，[[MRN|十二]]床，重症肺炎入院第4天。
今日体温37.6℃，氧合指数由186升至248；痰培养回报肺炎克雷伯菌（产ESBL阴性）。
[[PERSON|壤驷]]主任指示：抗感染有效，哌拉西林他唑巴坦用满7天后评估降阶梯；鼓励床边坐起，进食时抬高床头，防误吸。
患者只讲瑶话，沟通由其女儿[[PERSON|赵金凤]]转述。
记录：住院医师[[PERSON|宇文婕]]`,
  ],
  [
    'progress-note',
    `病程记录　[[DATE|2026年11月22日]]
患者[[PERSON|车者然]]，男，58岁，哈尼族，住院号[[MRN|YY26-1190]]，乙肝肝硬化失代偿期合并大量腹水。
昨日腹腔穿刺放液2000 mL，同时补充白蛋白20 g；今晨腹围较前缩小4 cm，无发热、腹痛，神志清楚，扑翼样震颤阴性。
腹水常规：白细胞180×10⁶/L，以单个核细胞为主，暂不支持自发性细菌性腹膜炎。
计划：螺内酯联合呋塞米利尿，限钠饮食，监测电解质和肾功能；请营养科会诊。
其子[[PERSON|然波]]已知晓病情，联系电话[[PHONE|0873-5624188]]。
医师：[[PERSON|闻人凯]]`,
  ],
  [
    'progress-note',
    `重症医学科病程记录
[[DATE|2026-11-24]] 22:10
[[PERSON|佟海山]]，男，[[AGE|九十二]]岁，锡伯族，ICU [[MRN|3]]床，身份证[[ID_CARD|654022341108157]]。
感染性休克第2天：去甲肾上腺素由0.3降至0.12 μg/(kg·min)，乳酸2.1 mmol/L，每小时尿量35–50 mL。
经口气管插管机械通气，PEEP 8 cmH₂O，FiO₂ 0.40，明日拟行自主呼吸试验。
家属意愿：不做气管切开；如心搏骤停不行胸外按压，已签字。签字人：女儿[[PERSON|佟月]]（从察布查尔赶来），电话[[PHONE|139 9915 6082]]。
值班医师：[[PERSON|夏侯斌]]`,
  ],
  [
    'discharge',
    `出院小结（丽江，肝胆外科）
姓名：[[PERSON|和丽芬]]　女　46岁　纳西族
医保个人编号：[[INSURANCE_ID|53070226004419]]
入院日期：[[DATE|2026-11-17]]　出院日期：[[DATE|2026-11-24]]
诊断：急性结石性胆囊炎。
经过：入院后抗感染治疗，[[DATE|11月19日]]全麻下行腹腔镜胆囊切除术，术中见胆囊壁水肿增厚；术后恢复顺利，切口甲级愈合。
出院医嘱：低脂饮食1个月；2周内避免提重物；如出现发热、皮肤巩膜发黄或腹痛加重，及时就诊。
复查：[[DATE|12月8日]]上午肝胆外科门诊，咨询电话[[PHONE|0888-5123406]]。
主治医师：[[PERSON|木春林]]`,
  ],
  [
    'discharge',
    `神经内科出院记录
患者：[[PERSON|段志强]]，男，71岁，白族
身份证号：[[ID_CARD|${rid('532901', '19550820', '073')}]]
住院号：[[MRN|DL0582219]]
住院时间：[[DATE|2026年11月12日]]至[[DATE|11月25日]]
出院诊断：左侧大脑中动脉供血区脑梗死（心源性栓塞）；阵发性心房颤动。
出院情况：右上肢肌力4级，言语稍含糊，可扶拐行走；洼田饮水试验1级。
带药：利伐沙班20 mg每日一次（随晚餐服用），阿托伐他汀20 mg每晚一次。
康复：每周3次门诊康复训练。
家庭住址：[[ADDRESS|云南省大理白族自治州大理市下关镇泰安路42号]]`,
  ],
  [
    'discharge',
    `儿科出院小结
患儿：[[PERSON|上官禾苗]]　男　5岁　就诊卡号：[[MRN|0005829173]]
住院：[[DATE|2026-11-18]]至[[DATE|2026-11-24]]
诊断：肺炎支原体肺炎（右下肺）；少量胸腔积液。
治疗：阿奇霉素先静脉后口服，共5天；[[DATE|11月21日]]起体温正常，复查胸片渗出明显吸收。
出院带药：布地奈德混悬液雾化，每日两次，共1周。
注意：咳嗽加重、气促或再次发热，请及时返院。
复诊：[[DATE|12月1日]]儿童呼吸专科门诊（[[PERSON|公西]]医生）
母亲：[[PERSON|令狐静]]　[[PHONE|131 2804 5597]]`,
  ],
  [
    'outpatient',
    `门诊病历（黎平，心血管内科）
[[DATE|2026-11-25]]
姓名：[[PERSON|石美兰]]　女　65岁　侗族　门诊号：[[MRN|MZ26-883410]]
身份证号：[[ID_CARD|${rid('522631', '19610305', '204')}]]
主诉：头晕、血压控制不佳1个月。
现病史：服氨氯地平5 mg每日一次，家中自测血压155–170/90–100 mmHg；平时爱吃腌酸鱼、酸肉。
查体：BP 168/96 mmHg，心率78次/分，律齐。血钾3.9 mmol/L，肌酐68 μmol/L。
处理：加用缬沙坦80 mg每日一次；少吃腌制食品；2周后复诊带家庭血压记录。
医师：[[PERSON|吴芳莹]]`,
  ],
  [
    'outpatient',
    `皮肤科门诊记录（上海）
患者：[[PERSON|皇甫俊杰]]　男　38岁
身份证号：[[ID_CARD|${rid('310115', '19880226', '357')}]]
医保卡号：[[INSURANCE_ID|1034286077159]]
就诊日期：[[DATE|2026年11月25日]]
斑块状银屑病10年，PASI 14.2，伴甲受累；外用卡泊三醇倍他米松凝胶效果不佳。
筛查：T-SPOT阴性，乙肝表面抗原阴性，胸部CT未见活动性病灶。
处理：开始司库奇尤单抗300 mg皮下注射，第0、1、2、3、4周各一次，以后每4周一次；首针在门诊注射室完成并观察30分钟。
随访电话：[[PHONE|177 2109 6548]]
医师：[[PERSON|端木砚秋]]`,
  ],
  [
    'outpatient',
    `内分泌科门诊（厦门）
姓名：[[PERSON|林佩蓁]]　女　54岁　台湾居民
台湾居民来往大陆通行证：[[PASSPORT|05218734]]
台湾身份证：[[ID_CARD|${twid('E', '22719408')}]]
就诊日期：[[DATE|2026-11-24]]
2型糖尿病8年，在台湾时服二甲双胍及西格列汀，迁居厦门后停药半年。今日HbA1c 8.9%，尿白蛋白/肌酐比 46 mg/g。
处理：二甲双胍缓释片1 g每日两次；加用恩格列净10 mg每日一次；眼底检查约在[[DATE|12月2日]]。
手机：[[PHONE|152 6003 8841]]
住址：[[ADDRESS|福建省厦门市思明区湖滨北路68号22楼2205室]]
医师：[[PERSON|公孙翊]]`,
  ],
  [
    'referral',
    `双向转诊单（上转）
转出：循化撒拉族自治县人民医院　转入：省级医院消化内科
患者：[[PERSON|韩阿依舍]]　女　48岁　撒拉族
身份证号：[[ID_CARD|${rid('630225', '19780923', '046')}]]
转诊日期：[[DATE|2026年11月24日]]
病情摘要：上腹隐痛伴消瘦3个月，体重下降6 kg；胃镜见胃窦溃疡型病变，活检病理为中分化腺癌。
转诊目的：进一步分期评估及手术治疗。
转出医师：[[PERSON|马晓军]]　联系电话[[PHONE|0972-8812457]]
家属：丈夫[[PERSON|韩尕布]]　[[PHONE|181 9722 0364]]`,
  ],
  [
    'referral',
    `会诊申请单
申请科室：心血管内科　被邀科室：肾内科
患者：[[PERSON|诸葛宁]]　男　63岁　床号：[[MRN|36]]　住院号：[[MRN|0601448259]]
会诊原因：冠脉造影术后第2天，血肌酐由98升至176 μmol/L，尿量减少，考虑造影剂相关急性肾损伤，请协助诊治。
申请医师：[[PERSON|南宫浩]]　[[DATE|2026-11-24]] 15:20
会诊意见：暂停二甲双胍，避免非甾体抗炎药等肾毒性药物；等渗晶体液适度水化，注意心功能；每日复查肌酐、电解质，记尿量；目前无急诊透析指征。
会诊医师：[[PERSON|呼延婧]]　[[DATE|2026-11-24]] 17:05`,
  ],
  [
    'referral',
    `远程会诊记录
会诊编号：[[MRN|YC-2026-11-0387]]
申请单位：莫力达瓦达斡尔族自治旗人民医院
患者：[[PERSON|敖丽娜]]，女，39岁，达斡尔族
会诊时间：[[DATE|2026年11月23日]] 14:00
病情：产后3个月，心悸、手抖、体重下降；FT4 38 pmol/L，TSH <0.01 mIU/L，TRAb阴性，甲状腺摄碘率降低。
会诊意见：考虑产后甲状腺炎甲亢期，不需抗甲状腺药物；普萘洛尔10 mg每日三次对症，可继续哺乳；6周后复查甲功，注意随后可能出现甲减。
会诊专家：[[PERSON|申屠磊]]（上级医院内分泌科）
补充资料请发至[[EMAIL|shentu.lei@nmgfy.example.cn]]`,
  ],
  [
    'handover',
    `护理交接班记录　心胸外科　[[DATE|2026-11-24]]夜班→[[DATE|11-25]]白班
床号｜姓名｜要点
[[MRN|2]]｜[[PERSON|欧阳秋月]]｜二尖瓣置换术后第1天，胸管累计引流120 mL，淡血性
[[MRN|5]]｜[[PERSON|泽仁卓嘎]]｜右肺上叶切除术后，镇痛泵在用，疼痛评分3分
7｜空床｜终末消毒已完成
[[MRN|9]]｜[[PERSON|廖桂英]]（[[AGE|九十五]]岁）｜食管支架置入术后，流质饮食；夜间坠床高风险，床栏已拉起
交班：[[PERSON|邢晓雯]]　接班：[[PERSON|庞玉洁]]`,
  ],
  [
    'handover',
    `（普外科晨间交班，口述整理）
“昨晚收了三个：[[MRN|十四]]床[[PERSON|巫马志刚]]，急性阑尾炎，腹腔镜已经做完，回来生命体征平稳；[[MRN|十八]]床老[[PERSON|马]]，[[PERSON|马福禄]]，粘连性肠梗阻，胃管引出墨绿色液体约600毫升，今天继续保守；还有[[MRN|二十]]床小[[PERSON|阿依加玛丽]]，十九岁，急性胰腺炎，脂肪酶三千多，要查甘油三酯。”
交班医师：[[PERSON|蔺鹏]]　[[DATE|2026年11月25日]]`,
  ],
  [
    'handover',
    `急诊抢救室交接　[[DATE|2026年11月24日]] 23:40
[[MRN|抢3]]：[[PERSON|邝启澜]]，男，34岁，骑电动自行车与小汽车相撞，GCS 14分，右股骨干闭合骨折已夹板固定，血红蛋白112 g/L，骨科已会诊，等待手术。
交警记录对方车辆[[PLATE|粤B·D28471]]，司机[[PERSON|晏子豪]]在门口等候做笔录。
[[MRN|抢5]]：[[PERSON|郦美娟]]，女，57岁，糖尿病酮症酸中毒，胰岛素0.1 U/(kg·h)泵入，每小时测指尖血糖，血钾4.1 mmol/L。
交班：[[PERSON|靳涛]]　接班：[[PERSON|仉雪]]`,
  ],
  [
    'nursing-note',
    `压力性损伤护理记录
[[DATE|2026-11-25]]
姓名：[[PERSON|钱阿珍]]　女　[[AGE|九十七]]岁　床号：[[MRN|31]]
身份证号：[[ID_CARD|330102290214322]]
骶尾部2期压力性损伤，面积2.5 cm×2.0 cm，基底红润，少量渗液，无异味。
处理：生理盐水清洗，泡沫敷料覆盖；每2小时翻身，30°侧卧，使用交替充气床垫；营养科会诊后加口服营养补充。
Braden评分11分。
记录护士：[[PERSON|隗小芳]]`,
  ],
  [
    'nursing-note',
    `“互联网+护理服务”上门记录
订单号：[[MRN|HL202611241187]]
服务对象：[[PERSON|鲍秀梅]]　女　61岁　乳腺癌化疗间歇期
身份证号：[[ID_CARD|${rid('420111', '19650618', '228')}]]
上门地址：[[ADDRESS|湖北省武汉市洪山区珞喻路152号教工宿舍9栋402]]
服务时间：[[DATE|2026-11-24]] 14:00–14:45
内容：PICC维护（右上臂，外露长度3 cm，臂围26 cm，与置管时相同），更换透明敷料和输液接头，穿刺点无红肿渗液。
下次维护：[[DATE|12月1日]]
护士：[[PERSON|申婷]]　[[PHONE|135 5427 8810]]`,
  ],
  [
    'nursing-note',
    `产后访视记录（东兴市江平镇卫生院）
产妇：[[PERSON|苏月娥]]　29岁　京族　产后第7天
身份证号：[[ID_CARD|${rid('450681', '19970512', '064')}]]
新生儿：[[PERSON|阮思安]]，女，出生日期[[DATE|2026-11-17]]，出生体重3150 g，今日3080 g。
产妇宫底脐下三指，恶露暗红、量少，会阴伤口愈合良好；纯母乳喂养，每日8–10次。
新生儿皮肤黄染至胸部，经皮胆红素10.8 mg/dL，吃奶好，嘱3天后复测。
住址：[[ADDRESS|广西防城港市东兴市江平镇巫头村6组32号]]
联系电话：[[PHONE|199 7702 4613]]
访视人：[[PERSON|武玉兰]]`,
  ],
  [
    'lab-report',
    `检验报告单　凝血功能
姓名：[[PERSON|贝文昭]]　男　76岁　科室：心内科　床号：[[MRN|8]]
标本号：[[MRN|2611250963]]　标本类型：枸橼酸钠抗凝血
采集时间：[[DATE|2026-11-25]] 06:10　报告时间：[[DATE|2026-11-25]] 07:42
PT 28.6 s ↑　INR 2.61 ↑　APTT 41.2 s　FIB 3.1 g/L　D-二聚体 0.42 mg/L FEU
备注：口服华法林中，INR在目标范围（2.0–3.0）内。
检验者：[[PERSON|栾书韵]]　审核者：[[PERSON|逯国平]]`,
  ],
  [
    'lab-report',
    `病理诊断报告
病理号：[[MRN|P26-14392]]
姓名：[[PERSON|阿依别克·托合托逊]]　男　52岁　柯尔克孜族
送检科室：消化内科　住院号：[[MRN|AT1928406]]
送检日期：[[DATE|2026年11月20日]]
标本：胃镜活检（胃体小弯）4块。
镜下：黏膜固有层淋巴细胞弥漫浸润，可见淋巴上皮病变。
免疫组化：CD20（+），CD3（-），CD10（-），Ki-67约15%；幽门螺杆菌（+）。
病理诊断：（胃体）黏膜相关淋巴组织结外边缘区淋巴瘤（MALT淋巴瘤）。
报告医师：[[PERSON|麦麦提明]]　复核：[[PERSON|澹台雅琴]]
报告日期：[[DATE|2026-11-24]]`,
  ],
  [
    'lab-report',
    `24小时尿液留取须知
1. 留尿当天早晨7点排尿，这一次的尿液弃去，从此时开始计时。
2. 之后每次排尿都倒入医院发放的大容器中，直到第二天早晨7点最后一次排尿也要收集进去。
3. 容器放在阴凉处；已加入防腐剂的，不要倒掉。
4. 留完后记录总尿量，充分摇匀，取约10毫升装入小管，连同申请单送检验科。
5. 留尿期间照常饮食饮水，不要刻意多喝或少喝。`,
  ],
  [
    'imaging-report',
    `磁共振检查报告
姓名：[[PERSON|郎美琪]]　女　44岁　影像号：[[MRN|MR2611240682]]
检查日期：[[DATE|2026-11-24]]
检查项目：头颅MRI平扫+增强
对比：与[[DATE|2025年8月]]旧片比较。
所见：左侧桥小脑角区见类圆形肿物，约1.6 cm×1.3 cm，T2呈稍高信号，增强后明显强化，向内听道内延伸，内听道口扩大；较前增大约0.3 cm。脑干轻度受压。
印象：左侧听神经瘤，较前增大，建议神经外科就诊。
报告医师：[[PERSON|郜建军]]　审核：[[PERSON|公冶慧]]`,
  ],
  [
    'imaging-report',
    `乳腺X线摄影报告
姓名：[[PERSON|东方婉清]]　女　51岁
检查号：[[MRN|MG-20261125-031]]
检查日期：[[DATE|2026-11-25]]
腺体类型：不均匀致密型（c型）。
左乳外上象限见一簇细小多形性钙化，范围约8 mm，呈段样分布；未见明确肿块及结构扭曲。右乳未见异常。双侧腋窝淋巴结形态正常。
BI-RADS：左乳4B类，右乳1类。
建议：左乳钙化区立体定向真空辅助活检。
报告医师：[[PERSON|乐正宇]]`,
  ],
  [
    'imaging-report',
    `床旁超声检查报告（老年病房）
姓名：[[PERSON|鞠振邦]]　男　[[AGE|九十]]岁　床号：[[MRN|19]]
身份证号：[[ID_CARD|370102360427115]]
检查时间：[[DATE|2026年11月24日]]
检查部位：双下肢深静脉
所见：左侧股总静脉、股浅静脉及腘静脉管腔内低回声充填，探头加压不能压瘪，彩色血流信号缺失；右下肢深静脉通畅。
提示：左下肢深静脉血栓形成（股总静脉至腘静脉）。
已电话通知病房医师[[PERSON|谭楚阳]]。
检查医师：[[PERSON|单于露]]`,
  ],
  [
    'prescription',
    `门诊处方（医保）
东乡族自治县人民医院
姓名：[[PERSON|马法图麦]]　女　57岁　东乡族
医保卡号：[[INSURANCE_ID|62292610038827]]
处方号：[[MRN|CF2611250086]]　日期：[[DATE|2026-11-25]]
诊断：2型糖尿病；高脂血症
Rp：
盐酸二甲双胍片　0.5 g×60片　每次0.5 g　每日两次　随餐
格列美脲片　2 mg×30片　每次2 mg　每日一次　早餐前
阿托伐他汀钙片　20 mg×28片　每次20 mg　每晚一次
医师：[[PERSON|马建福]]　审核药师：[[PERSON|妥晓燕]]`,
  ],
  [
    'prescription',
    `儿科处方
姓名：[[PERSON|慕容一诺]]　女　3岁2个月　体重14 kg
就诊卡号：[[MRN|8800462193]]
日期：[[DATE|2026年11月25日]]
诊断：急性中耳炎（左）
Rp：阿莫西林干混悬剂　每次630 mg，每日两次，疗程10天
对乙酰氨基酚混悬滴剂（100 mg/mL）　体温>38.5℃时每次2 mL，间隔不少于4小时，每日不超过4次
监护人：[[PERSON|慕容晨]]
医师：[[PERSON|司徒晴]]`,
  ],
  [
    'prescription',
    `互联网医院复诊续方
平台账号：[[ACCOUNT|qiuruoxi_hz0719]]
患者：[[PERSON|邱若溪]]　女　36岁
续方单号：[[MRN|XF-26112500317]]
诊断：甲状腺功能减退症（桥本甲状腺炎）
上次检查（[[DATE|2026-11-10]]）：TSH 3.2 mIU/L，FT4正常。
续方：左甲状腺素钠片75 μg，每日一次，晨起空腹，90天量。
配送地址：[[ADDRESS|浙江省杭州市西湖区文三路259号1号楼1106室]]
收件电话：[[PHONE|187 5810 3362]]
医师：[[PERSON|邵哲]]　审方药师：[[PERSON|羊舌蕾]]`,
  ],
  [
    'consent',
    `手术知情同意书（节选）
患者：[[PERSON|淳于海燕]]　女　42岁　住院号：[[MRN|ZY26-208841]]
拟行手术：腹腔镜下子宫肌瘤剔除术
主要风险：出血，必要时输血；膀胱、输尿管、肠管等周围脏器损伤；术中可能中转开腹；肌瘤复发；日后妊娠子宫破裂风险增加。
替代方案：药物治疗、高强度聚焦超声消融、定期随访观察。
本人已理解上述内容，同意手术。
患者签名：[[PERSON|淳于海燕]]　身份证号：[[ID_CARD|${rid('370702', '19840417', '322')}]]
签署日期：[[DATE|2026年11月24日]]
谈话医师：[[PERSON|闫晋生]]`,
  ],
  [
    'consent',
    `输血治疗同意书
患者：[[PERSON|仲孙德厚]]　男　78岁　床号：[[MRN|6]]　住院号：[[MRN|0701385527]]
诊断：上消化道大出血；失血性休克
拟输注：悬浮红细胞4 U，新鲜冰冻血浆400 mL
输血风险：过敏反应、发热反应、溶血反应、经血传播疾病（虽经检测仍不能完全排除）、输血相关急性肺损伤等。
患者意识模糊，由委托代理人签署。
代理人：[[PERSON|仲孙梅]]（女儿）　身份证号：[[ID_CARD|${rid('140105', '19760211', '062')}]]
联系电话：[[PHONE|139 3451 7026]]
日期：[[DATE|2026-11-25]] 03:25
医师：[[PERSON|景北辰]]`,
  ],
  [
    'consent',
    `临床研究知情同意书　签字页
研究名称：早期肺腺癌术后辅助靶向治疗的多中心随机对照研究
受试者姓名缩写：[[PERSON|ZQSH]]　受试者编号：[[MRN|LA-07-0142]]
受试者签名：[[PERSON|左丘思慧]]　签字日期：[[DATE|2026年11月23日]]
研究者声明：已向受试者说明研究目的、流程、可能的获益与风险（如皮疹、腹泻、间质性肺病），以及可随时退出且不影响常规治疗。
研究者签名：[[PERSON|第五川]]　联系电话：[[PHONE|021-64172958]]
伦理批件号：2026-伦审-118`,
  ],
  [
    'billing',
    `住院费用结算单（职工医保）
姓名：[[PERSON|贺兰芸]]　女　68岁　住院号：[[MRN|HY2609354]]
医保号：[[INSURANCE_ID|1402009377641]]
住院日期：[[DATE|2026-11-10]]至[[DATE|2026-11-24]]
费用合计：41,286.50元；统筹基金支付：29,106.22元；大额补充支付：3,200.00元；个人自付：8,980.28元
支付方式：银行卡　卡号：[[BANK_CARD|${spaced(luhn('622848001572309'))}]]
结算单号：JS2611240556　收费员工号：9021`,
  ],
  [
    'billing',
    `重大疾病保险理赔申请书
保单号：[[INSURANCE_ID|P880026415732]]
被保险人：[[PERSON|百里晗]]　身份证号：[[ID_CARD|${rid('350102', '19870512', '417')}]]
申请人：[[PERSON|林淑婷]]（配偶）　身份证号：[[ID_CARD|${rid('350102', '19880930', '186')}]]
出险经过：[[DATE|2026年10月29日]]确诊甲状腺乳头状癌，[[DATE|11月6日]]行甲状腺全切术。
理赔款转入：[[BANK_CARD|${luhn('621483059127764301')}]]（户名[[PERSON|林淑婷]]）
申请人电话：[[PHONE|138-0591-7743]]`,
  ],
  [
    'billing',
    `自费患者门诊结算单（深圳）
姓名：[[PERSON|岑嘉穎]]　女　36岁　香港居民
港澳居民来往内地通行证：[[PASSPORT|H71420583]]
港澳居民居住证：[[ID_CARD|${rid('810000', '19900214', '048')}]]
就诊日期：[[DATE|2026-11-24]]　门诊号：[[MRN|SZ-OP-5528106]]
项目：无痛胃镜检查、病理检查、诊查费
合计：2,860.00元
支付：境外信用卡[[BANK_CARD|${spaced(luhn('453279001846215'))}]]
联系电话：[[PHONE|+852 6127 4038]]`,
  ],
  [
    'online-consult',
    `图文问诊记录
问诊单号：[[MRN|WZ2611250772]]
[[ACCOUNT|橘子海的猫]]：医生您好，我妈妈[[PERSON|叶翠萍]]，67岁，这两天左小腿又红又肿，摸着发烫，还有点发烧37.9度，她有糖尿病。
[[PERSON|褚]]医生：您好，描述像下肢蜂窝织炎，合并糖尿病和发热，建议今天到医院面诊，查血常规并做下肢静脉超声排除血栓，不建议线上直接开药。
[[ACCOUNT|橘子海的猫]]：好的，今天下午就去。
系统记录：用户登录IP [[IP|203.0.113.157]]`,
  ],
  [
    'online-consult',
    `视频复诊记录
患儿：[[PERSON|付小川]]　男　8岁　支气管哮喘复诊
预约时间：[[DATE|2026-11-26]] 19:30
入会地址：[[URL|https://tele.yiyuan.example.cn/join/fu8k2026x]]
接诊医生：[[PERSON|邓雨桐]]（儿童呼吸科）　家长：[[PERSON|付永刚]]
内容：近1个月夜间咳醒2次，运动后胸闷；视频中演示吸入装置使用，方法正确。儿童哮喘控制测试20分。
处理：继续布地奈德吸入，按需沙丁胺醇；3个月后复评。
医生端IP：[[IP|2001:db8:17::2a]]`,
  ],
  [
    'online-consult',
    `药师在线咨询
咨询人：[[PERSON|谷秀琴]]　QQ：[[ACCOUNT|2873306415]]
问：我在吃华法林，牙龈肿痛想吃布洛芬，可以吗？
答（药师[[PERSON|梁丘晓]]）：不建议。布洛芬会增加出血风险，也可能影响INR。止痛可短期用对乙酰氨基酚，每日不超过2 g，并尽快看口腔科；注意牙龈出血和黑便，一周内复查INR。
咨询时间：[[DATE|2026-11-24]] 21:08`,
  ],
  [
    'patient-message',
    `（微信留言）
[[PERSON|甄]]主任您好，我是上周五（[[DATE|11月20日]]）做胆管支架的[[PERSON|冯宝庆]]的儿子[[PERSON|冯磊]]。我爸今天下午又开始发冷发抖，量了38.8度，皮肤比前两天更黄。我们正在去急诊的路上，他之前住肝胆外科[[MRN|21]]床，住院号[[MRN|GD2609415]]，麻烦您跟急诊打个招呼，谢谢！`,
  ],
  [
    'patient-message',
    `发件人：[[EMAIL|wanghuiqing1979@mail.example.cn]]
主题：关于我外婆住院期间夜间护理的意见
你好，我外婆[[PERSON|覃桂兰]]，[[AGE|九十三]]岁，[[DATE|11月15日]]至[[DATE|11月22日]]住在老年科[[MRN|16]]床。住院期间有两个晚上呼叫铃响了二十多分钟才有人来，老人自己下床差点摔倒。希望医院重视夜间护理人手。我的电话[[PHONE|136 6221 0948]]。
[[PERSON|王慧清]]`,
  ],
  [
    'patient-message',
    `（短信）
[[PERSON|胡]]护士您好，我是乳腺外科术后随访的[[PERSON|聂书瑶]]，手术日期[[DATE|10月30日]]。右侧腋下引流管拔了以后，这几天腋窝鼓起一个包，按着软软的像有水，不红不疼，需要抽吗？另外我的体检号是[[MRN|TJ26117038]]，想问体检报告什么时候能取。回电请打[[PHONE|150-2189-6637]]。`,
  ],
  [
    'family-chat',
    `（微信群“相亲相爱一家人”）
大姑：奶奶今天从骨科转到康复科[[MRN|12]]床了，明天开始练站立。
[[PERSON|杨宇航]]：太好了！奶奶[[AGE|九十二]]了还这么要强，哈哈
二叔：周六我去陪，[[PERSON|杨建华]]你周日能换我吗？
[[PERSON|杨建华]]：可以，我下午两点到。
大姑：护工[[PERSON|蒋]]阿姨电话[[PHONE|133 8745 0126]]，有事直接找她。`,
  ],
  [
    'family-chat',
    `（家庭群“老屋”）
[[PERSON|蓝海峰]]：爸明天出院，异地就医备案还没办，谁把他身份证号发一下？
[[PERSON|蓝海棠]]：[[ID_CARD|${rid('350921', '19540308', '117')}]]
[[PERSON|蓝海峰]]：收到，我在国家医保服务平台上给他办，参保地霞浦。
[[PERSON|蓝海棠]]：出院药里有阿哌沙班，护士说一天两次不能漏，我给爸手机设了闹钟。
[[PERSON|蓝海峰]]：复查是[[DATE|12月10日]]，我那天请假陪他去。`,
  ],
  [
    'family-chat',
    `（微信群）
妈妈：明天上午十点爷爷从透析中心回来，谁去接？
[[PERSON|黎子航]]：我去，开[[PLATE|桂A·7K3N9]]那辆，后座放得下轮椅。
妈妈：透析中心在[[ADDRESS|南宁市青秀区民族大道136-5号]]，到了打爷爷手机[[PHONE|177 7715 0289]]。
[[PERSON|黎子航]]：好。爷爷[[AGE|九十四]]了还坚持自己接电话，厉害
妈妈：他透析完容易低血压，路上别让他自己下车。`,
  ],
  [
    'sms-reminder',
    `【社区卫生服务中心】流感高发季提醒：65岁以上老人、慢性病患者、孕妇及6月龄以上儿童建议尽早接种流感疫苗。本中心工作日8:00–11:30、14:00–16:30可接种，请携带身份证或社保卡；发热期间请暂缓接种。`,
  ],
  [
    'sms-reminder',
    `【市第二人民医院】[[PERSON|简丽华]]您好，您预约的[[DATE|11月27日]]（周五）上午9:30消化内科[[PERSON|卓]]医生门诊，排队号[[MRN|A017]]。请提前30分钟签到；胃镜检查注意事项请点击[[URL|https://yy.example.cn/q/A017-1127]]查看。`,
  ],
  [
    'sms-reminder',
    `【康宁大药房】[[PERSON|侯翠屏]]女士，您在线购买的处方药（甲钴胺片、普瑞巴林胶囊）已到店，取药码[[MRN|736205]]，请于[[DATE|11月28日]]前凭本短信及身份证到店领取。咨询电话[[PHONE|0351-7236618]]。`,
  ],
  [
    'glomus-tumour-clinic',
    `手外科门诊病历
[[DATE|2026-11-24]]
姓名：[[PERSON|宗晓蕾]]　女　41岁　钢琴教师　门诊号：[[MRN|SW26-017752]]
身份证号：[[ID_CARD|${rid('430104', '19850721', '186')}]]
主诉：右手环指甲下阵发性剧痛3年，遇冷加重。
查体：右环指甲板下见约3 mm淡紫蓝色斑点；Love针刺试验阳性，Hildreth试验阳性（上臂加压后压痛消失），冷水激发试验阳性。
MRI（[[DATE|11月18日]]）：右环指甲床下约4 mm结节，T2高信号，增强明显强化。
诊断：右环指甲下血管球瘤。
计划：经甲床入路肿物切除术，已预约[[DATE|12月3日]]日间手术。
电话：[[PHONE|186 7310 4429]]
医师：[[PERSON|漆雕恒]]`,
  ],
  [
    'glomus-tumour-clinic',
    `手术记录（日间手术中心）
患者：[[PERSON|邬春生]]　男　57岁　住院号：[[MRN|RJ2611263]]
手术日期：[[DATE|2026年11月20日]]
术前诊断：左拇指甲下血管球瘤
麻醉：指根神经阻滞，指根止血带
手术经过：拔除甲板，纵行切开甲床，显露约5 mm紫红色、包膜完整的肿物，完整剥除；6-0可吸收线修复甲床，原甲板回植作为夹板。
标本送病理，病理号[[MRN|BL26-20873]]。
术者：[[PERSON|拓跋林]]　助手：[[PERSON|蒯青]]`,
  ],
  [
    'glomus-tumour-clinic',
    `术后电话随访记录
随访日期：[[DATE|2026-11-25]]
患者[[PERSON|帅敏]]，女，35岁，右示指甲下血管球瘤切除术后2周（手术日期[[DATE|11月11日]]）。
自述术前的针刺样痛和怕冷已消失，甲床伤口无渗液，新指甲正从甲根长出，指尖轻度麻木。
病理结果（病理号[[MRN|P26-11752]]）：血管球瘤，切缘未见肿瘤。
告知：新甲完全长好约需4–6个月；原处疼痛若再出现，可能为残留或复发，需复诊。
回拨号码：[[PHONE|0731-84529906]]
随访护士：[[PERSON|彭琳]]`,
  ],
  [
    'pectus-carinatum-clinic',
    `小儿胸外科门诊（鸡胸专病门诊）
患儿：[[PERSON|祁嘉佑]]　男　13岁　土族
身份证号：[[ID_CARD|${rid('630223', '20130609', '035')}]]
就诊日期：[[DATE|2026年11月24日]]　门诊号：[[MRN|XN-PS-26-0415]]
主诉：发现前胸凸起2年，近1年随身高增长而明显。
查体：胸骨下段及两侧肋软骨对称性前凸，手压可部分复平；心脏未闻及杂音。
胸部CT：胸骨体下段前凸，心肺未见异常。
诊断：鸡胸（对称型，柔软）。
处理：定制动态加压支具，测得初始矫正压力4.8 PSI，每日佩戴目标16–20小时；配合扩胸及核心肌群训练。
母亲：[[PERSON|李玉梅]]　[[PHONE|138 9720 5516]]
医师：[[PERSON|鄂鸿]]`,
  ],
  [
    'pectus-carinatum-clinic',
    `鸡胸支具复查记录
患儿：[[PERSON|万俟晨阳]]　男　15岁
支具编号：[[MRN|ZJ-2605-376]]
首次佩戴：[[DATE|2026-05-20]]　本次复查：[[DATE|2026-11-23]]
佩戴记录：平均每日17小时；胸前加压区皮肤轻度色素沉着，无破溃。
胸骨凸起明显减轻，矫正压力降至2.1 PSI。
方案：继续全天佩戴至[[DATE|2027年2月]]，之后改为夜间维持佩戴；3个月后复查。
矫形师：[[PERSON|钮海波]]　医师：[[PERSON|鄂鸿]]`,
  ],
  [
    'pectus-carinatum-clinic',
    `鸡胸加压支具佩戴须知
1. 支具压在胸骨最凸起处，松紧以能伸进一根手指为宜，不要自行加压。
2. 贴身穿一件纯棉T恤，减少摩擦和出汗带来的皮肤问题。
3. 每天检查胸前皮肤，出现破皮或水疱时暂停佩戴，并联系门诊。
4. 游泳、洗澡和剧烈对抗运动时可以取下。
5. 生长高峰期矫正效果最好；坚持每天戴够时间，比一次压得很紧更重要。`,
  ],
  [
    'otomycosis-clinic',
    `耳鼻喉科门诊（国际医疗部，哈尔滨）
患者：[[PERSON|叶卡捷琳娜·沃尔科娃]]　女　44岁　俄罗斯籍
护照号：[[PASSPORT|75 3184026]]
就诊日期：[[DATE|2026-11-24]]
主诉：左耳闷胀、瘙痒2周，在海南游泳后出现，自用抗生素滴耳液无效。
耳内镜：左外耳道见灰黑色点状物及白色絮状物，鼓膜完整。
真菌镜检：见分隔菌丝，倾向曲霉。
诊断：左外耳道真菌病。
处理：耳内镜下清理外耳道，局部涂克霉唑乳膏；保持耳道干燥，禁止挖耳；1周后复诊再次清理。
翻译：[[PERSON|于淼]]　医师：[[PERSON|国立伟]]`,
  ],
  [
    'otomycosis-clinic',
    `外耳道真菌病复诊记录
患者：[[PERSON|尹长江]]　男　63岁　门诊号：[[MRN|ENT-2611-04518]]
医保卡号：[[INSURANCE_ID|1430081726339]]
复诊日期：[[DATE|2026年11月25日]]（首诊[[DATE|11月18日]]）
右耳痒痛明显减轻；耳内镜见外耳道少量白色残留物，皮肤轻度充血，鼓膜完整，无穿孔。
既往糖尿病，今日空腹血糖8.9 mmol/L。
处理：再次吸引清理，克霉唑局部继续用1周；控制血糖；不要用棉签掏耳。
医师：[[PERSON|房晓菲]]`,
  ],
  [
    'otomycosis-clinic',
    `线上复诊（耳鼻喉科）
[[ACCOUNT|海边的阿木]]：医生，我是上周您看的外耳道真菌病那个，病历号[[MRN|ENT-2611-03350]]，名字叫[[PERSON|沐溪]]。药涂了一周，现在不痒了，但耳朵还是有点闷，下周的潜水课能下水吗？
[[PERSON|房]]医生：建议暂缓下水，等复诊确认耳道干净、皮肤恢复后再说。耳闷可能还有残留的真菌团块，需要在耳内镜下清理。请这周内来复诊。
[[ACCOUNT|海边的阿木]]：好，我约[[DATE|11月27日]]。`,
  ],
  [
    'os-trigonum-clinic',
    `运动医学科门诊（足踝专病）
姓名：[[PERSON|格桑旺姆]]　女　22岁　舞蹈学院学生
身份证号：[[ID_CARD|${rid('540102', '20040117', '026')}]]
就诊日期：[[DATE|2026-11-25]]　门诊号：[[MRN|YD26-44180]]
主诉：右踝后方疼痛8个月，立半脚尖、全脚尖及跳跃落地时加重。
查体：右踝后外侧压痛，被动跖屈挤压试验阳性；抗阻屈踇时轻度疼痛。
影像：X线示右距骨后方三角骨，约9 mm×7 mm；MRI示三角骨周围骨髓水肿，踇长屈肌腱腱鞘少量积液。
诊断：右踝三角骨综合征（后踝撞击）。
处理：保守治疗4个月无效，建议关节镜下三角骨切除，拟于[[DATE|12月9日]]手术；术前暂停足尖训练。
医师：[[PERSON|雍振宇]]`,
  ],
  [
    'os-trigonum-clinic',
    `磁共振检查报告（右踝关节）
姓名：[[PERSON|尚一鸣]]　男　19岁　足球运动员
影像号：[[MRN|MR26-0918457]]　检查日期：[[DATE|2026-11-21]]
所见：距骨后突后方见一游离小骨，约11 mm×8 mm，与距骨之间为软骨连接，周围骨髓水肿；后关节囊增厚，踇长屈肌腱腱鞘积液；跟腱、距腓前韧带未见异常。
印象：右踝三角骨伴骨髓水肿，符合后踝撞击综合征。
报告医师：[[PERSON|颛孙怡]]`,
  ],
  [
    'os-trigonum-clinic',
    `三角骨切除术后康复要点
1. 术后2周内以消肿为主：抬高患肢，每次冰敷15分钟，在支具保护下部分负重。
2. 拆线后开始踝泵、毛巾牵拉小腿，逐步恢复踝关节背伸和跖屈活动度。
3. 术后4–6周：弹力带抗阻、单腿平衡训练，逐步完全负重行走。
4. 术后6–8周：经康复师评估后开始提踵和半脚尖练习。
5. 恢复足尖和跳跃训练一般在术后8–12周，以疼痛不加重为准。`,
  ],
];

const en: Array<[string, string]> = [
  [
    'admission',
    `Medicine admission H&P — Dallas
Patient: [[PERSON|Refugio Castañeda]]   Age [[AGE|93]]   DOB [[DATE|02/11/1933]]
MRN [[MRN|D6284190]]   Room [[MRN|7W-14]]
Texas DL [[ID_CARD|41873025]]   Texas Medicaid ID [[INSURANCE_ID|518342906]]
Admitted [[DATE|11/24/2026]] 19:50
CC: fall at home, unable to bear weight on the left leg.
HPI: tripped over a rug on the way to the bathroom at night; no loss of consciousness, no chest pain. The left leg lies short and turned outwards; X-ray shows a displaced left femoral neck fracture.
PMH: CKD 3b, atrial fibrillation on apixaban (last dose 08:00 today), glaucoma.
Plan: orthopedics for hemiarthroplasty; hold apixaban; fascia iliaca block by anesthesia; delirium precautions.
Daughter [[PERSON|Ofelia Castañeda-Ruiz]] (health care POA), [[PHONE|(214) 555-0163]]
[[PERSON|Chinyere Obiakor]], MD`,
  ],
  [
    'admission',
    `Internal Medicine admission (Dubai)
Name: [[PERSON|Muhammad Saqib Qureshi]]   M, 46   Nationality: Pakistan
Emirates ID: [[ID_CARD|${emirates('1980', '4417263')}]]
Insurance card: [[INSURANCE_ID|DH-7730-55128-01]]   MRN: [[MRN|DXB-00918264]]
Admitted [[DATE|25/11/2026]] 03:15 via ED
Two days of fever, rigors and right flank pain; works outdoors as a site engineer.
T 39.4 °C, HR 118, BP 96/58; right renal angle tenderness. Urine nitrite-positive; creatinine 162 µmol/L. CT KUB: 6 mm obstructing right proximal ureteric stone with hydronephrosis.
Impression: obstructed, infected right kidney — urology for urgent decompression (stent or nephrostomy); piperacillin-tazobactam after blood and urine cultures.
Mobile: [[PHONE|+971 50 318 4726]]   Brother: [[PERSON|Kamran Qureshi]]
Admitting doctor: [[PERSON|Reem Al Hashimi]]`,
  ],
  [
    'admission',
    `Clerking on the acute receiving unit — Glasgow
Patient: [[PERSON|Seonag NicAmhlaigh]]   F   DOB [[DATE|19/04/1958]]
CHI [[INSURANCE_ID|${chi('190458', '282')}]]
Seen [[DATE|24/11/2026]] 21:30
Brought in by her partner [[PERSON|Eilidh Rankin]] with two days of confusion, vomiting and passing a lot of urine. On lithium for bipolar disorder for 15 years; bendroflumethiazide started by the GP three weeks ago.
O/E: GCS 13, coarse tremor, myoclonic jerks, dry mucous membranes.
Lithium 2.6 mmol/L; eGFR 38 (baseline 64).
Plan: stop lithium and the thiazide, IV 0.9% saline, renal team aware re haemodialysis, cardiac monitoring.
Address: [[ADDRESS|Flat 2/1, 48 Clarence Drive, Glasgow G12 9QN]]
Clerked by Dr [[PERSON|Fraser Muirhead]]`,
  ],
  [
    'progress-note',
    `Ward round — Internal Medicine, Rotterdam (English summary for the family)
Patient: [[PERSON|Anneke de Vries-Okonkwo]]   F 59
BSN [[ID_CARD|${bsn('21738459')}]]   Bed [[MRN|4B-07]]
[[DATE|25-11-2026]], day 3
Right lower lobe pneumonia acquired in the community. No fever since yesterday; CRP 212 → 96 mg/L; SpO₂ 95% on room air.
Plan: switch IV amoxicillin to oral to complete 5 days; mobilise with physiotherapy; probable discharge tomorrow if stable.
Husband [[PERSON|Emeka Okonkwo]] updated by phone, [[PHONE|+31 6 4127 9035]].
[[PERSON|Sanne Bakker]], resident; supervisor Dr. [[PERSON|Pieter van Leeuwen]]`,
  ],
  [
    'progress-note',
    `ICU progress note — Parramatta
Patient [[PERSON|Georges Haddad]]   M 64   Bed [[MRN|11]]
Medicare [[INSURANCE_ID|${medicare('52847163', '2')}]]   MRN [[MRN|PA4072918]]
[[DATE|25/11/2026]] 07:00
Second day since an emergency Hartmann's procedure for a sigmoid diverticular perforation. Off noradrenaline since 02:00, lactate now 1.4. Extubated yesterday at 16:00, now on 2 L nasal prongs. Stoma pink, no output yet. Urine 0.6 mL/kg/h.
Plan: continue piperacillin-tazobactam for 4 days after source control; start clear fluids; chest physio; step down to the ward this afternoon if stable.
Wife [[PERSON|Rania]] visiting at 10.
Dr [[PERSON|Anjali Raghavan]]`,
  ],
  [
    'progress-note',
    `Progress note — Medical Ward 3, Lagos
[[DATE|24/11/2026]] 14:00
[[PERSON|Adebayo Ogunleye]], 38 M, bed [[MRN|17]], hospital no. [[MRN|IK/26/085513]]
NIN [[ID_CARD|42719063851]]   NHIA no. [[INSURANCE_ID|NHIA-LA-0815394]]
Severe falciparum malaria, day 2: parasitaemia 6% → 0.8% after three doses of IV artesunate; GCS 15, no further seizures; Hb 8.9 g/dL; urine output adequate.
Plan: IV artesunate for at least 24 h, then a full course of artemether-lumefantrine once eating; daily FBC; repeat film tomorrow.
Wife [[PERSON|Funmilayo]] at the bedside, [[PHONE|+234 803 418 2276]].
Dr [[PERSON|Ifeoma Chukwuemeka]]`,
  ],
  [
    'discharge',
    `Discharge summary — Cardiology, Stockholm (English copy for the patient)
Patient: [[PERSON|Oliver Lindqvist]]   Personnummer [[ID_CARD|${pnr('610823', '-', '481')}]]
Admitted [[DATE|2026-11-19]], discharged [[DATE|2026-11-24]]
Diagnosis: NSTEMI; a single drug-eluting stent placed in the proximal left anterior descending artery on [[DATE|2026-11-20]].
Medication: ticagrelor 90 mg (one tablet morning, one evening) for 12 months; aspirin 75 mg daily; atorvastatin 80 mg daily; metoprolol 50 mg daily; ramipril 2.5 mg daily.
Follow-up: cardiac rehabilitation nurse [[PERSON|Elin Sjöberg]] will phone you; cardiology clinic [[DATE|2027-01-12]].
Address: [[ADDRESS|Hornsgatan 112, 118 60 Stockholm]]
Physician: [[PERSON|Karin Åström]]`,
  ],
  [
    'discharge',
    `Discharge summary — Quezon City
Name: [[PERSON|Ma. Lourdes Dimaculangan]]   F 71
PhilHealth no. [[INSURANCE_ID|19-025837146-3]]   Hospital no. [[MRN|QC-2611-8062]]
Admission [[DATE|11/18/2026]] — Discharge [[DATE|11/24/2026]]
Final diagnosis: dengue fever with warning signs, recovery phase.
Course: platelet nadir 22,000/µL on [[DATE|11/21/2026]]; careful IV fluids; no bleeding, no transfusion. Platelets 118,000/µL at discharge.
Advice: oral fluids; paracetamol only (no aspirin or ibuprofen); come back for bleeding, abdominal pain or drowsiness. CBC at the health center on [[DATE|11/27/2026]].
Contact: son [[PERSON|Rommel Dimaculangan]], [[PHONE|+63 917 482 6610]]
Attending: Dr. [[PERSON|Jocelyn Tabuena-Reyes]]`,
  ],
  [
    'discharge',
    `General medicine discharge letter — Hamilton
Patient: [[PERSON|Sione Tupou Fifita]]   M 55   NHI [[INSURANCE_ID|${nhi('ZKR', '415')}]]
In hospital from [[DATE|17/11/2026]] to [[DATE|24/11/2026]]
Problem: acute gout of both knees with acute kidney injury (creatinine 214 → 131 µmol/L).
Treatment: prednisone 30 mg daily, tapering over 10 days; colchicine avoided because of the AKI; furosemide stopped.
Plan for GP: start allopurinol 50 mg daily two weeks after the flare settles and titrate to a urate below 0.36 mmol/L.
GP: Dr [[PERSON|Leilani Faleolo]]   Patient phone [[PHONE|021 847 3152]]
Discharging doctor: [[PERSON|Hamish Tait]]`,
  ],
  [
    'outpatient',
    `Outpatient note — International Patient Unit, Madrid
Patient: [[PERSON|Olena Kravchenko]]   F 37   NIE [[ID_CARD|${dni('Y4173820')}]]
Health card (CIP): [[INSURANCE_ID|M0047291856]]
Visit [[DATE|25/11/2026]]
Referred with iron-deficiency anaemia: Hb 9.8 g/dL, ferritin 6 µg/L; heavy periods; vegetarian; coeliac serology negative.
Plan: ferric carboxymaltose 1 g IV in the day hospital on [[DATE|02/12/2026]]; gynaecology referral for heavy menstrual bleeding; repeat Hb and ferritin in 8 weeks.
Phone [[PHONE|+34 612 480 337]]
Dra. [[PERSON|Lucía Etxeberria]]`,
  ],
  [
    'outpatient',
    `Rheumatology clinic letter — São Paulo (English copy requested by the patient)
[[DATE|24/11/2026]]
Re: [[PERSON|Thiago Albuquerque Nogueira]], born [[DATE|07/05/1983]], CPF [[ID_CARD|${cpf('418036952')}]]
Dear colleague,
I reviewed Mr [[PERSON|Nogueira]] today. He has inflammatory back pain with morning stiffness of over an hour, HLA-B27 positive, and active sacroiliitis on MRI. BASDAI is 6.1 despite full doses of two NSAIDs over three months.
IGRA and hepatitis B serology are negative, so I have started adalimumab 40 mg every two weeks. Review in 12 weeks.
Mobile [[PHONE|+55 11 98417-2603]]
Dr. [[PERSON|Beatriz Moura]]`,
  ],
  [
    'outpatient',
    `Outpatient record — Nephrology, Taipei
Patient: [[PERSON|Huang Yu-ting]]   F 47
National ID [[ID_CARD|${twid('A', '28340615')}]]   NHI card no. [[INSURANCE_ID|000018427365]]
Chart no. [[MRN|TP0739251]]   Visit [[DATE|2026/11/25]]
IgA nephropathy: proteinuria 1.4 g/day on losartan 100 mg; eGFR 58; BP 128/80.
Plan: add dapagliflozin 10 mg daily; repeat UPCR and eGFR in 4 weeks; discuss corticosteroids if proteinuria stays above 1 g/day.
Mobile [[PHONE|0912 385 604]]
Dr. [[PERSON|Lin Chien-hung]]`,
  ],
  [
    'referral',
    `Referral letter (translated for the patient) — Munich
To: Department of Gastroenterology
Patient: [[PERSON|Jonas Reinhardt]], born [[DATE|14.02.1979]]
Health insurance no. (KVNR): [[INSURANCE_ID|${kvnr('R', '28461937')}]]
Address: [[ADDRESS|Belgradstraße 27, 80796 München]]
Question: why is he iron deficient? Hb 10.6 g/dL, ferritin 8 µg/L, no visible blood loss, FIT positive. Please arrange upper and lower endoscopy.
Medication: none; no anticoagulants.
Date: [[DATE|24.11.2026]]
Dr. med. [[PERSON|Katrin Hoffmeister]], general practitioner`,
  ],
  [
    'referral',
    `Referral to nephrology — Paris
Patient: [[PERSON|Ibrahima Kanouté]], born [[DATE|03/09/1968]] in Bamako
Social security no. (NIR): [[INSURANCE_ID|${nir('1680999335108')}]]
Type 2 diabetes for 14 years; eGFR 34 mL/min/1.73 m² (41 a year ago); urine albumin/creatinine 48 mg/mmol; BP 146/88 on perindopril 10 mg.
Question: optimisation of nephroprotection (SGLT2 inhibitor, finerenone?) and preparation for later stages.
Phone [[PHONE|+33 6 42 18 77 05]]
Dr [[PERSON|Claire Fontaine-Morel]], GP, [[DATE|23/11/2026]]`,
  ],
  [
    'referral',
    `Referral — Rheumatology, Calgary
Patient [[PERSON|Sowmya Ramanathan]], DOB [[DATE|1992-06-30]], AHCIP [[INSURANCE_ID|48217-3096]]
For six weeks both hands have been swollen across the knuckles and finger joints (MCPs, PIPs), stiff for two hours each morning. RF positive, anti-CCP >340 U/mL, CRP 38 mg/L. X-rays of the hands: no erosions.
I have started naproxen 500 mg twice daily with a PPI and have not given steroids. Please see urgently.
Patient phone [[PHONE|(403) 555-0148]]
Dr. [[PERSON|Mathieu Tremblay-Gauthier]], family physician, [[DATE|2026-11-24]]`,
  ],
  [
    'handover',
    `Ward 22 night-to-day handover — Sheffield, [[DATE|25/11/2026]] 07:30
Bed | Patient | Key points
[[MRN|3]] | [[PERSON|Winifred Oduya]], [[AGE|94]] | hospital-acquired pneumonia, IV co-amoxiclav day 2; pressure areas intact; NBM pending the speech and language assessment
[[MRN|6]] | [[PERSON|Dilwyn Pryce]], 68 | after TURP, three-way catheter on irrigation, haematuria clearing
9 | empty | deep clean after C. difficile
[[MRN|14]] | [[PERSON|Jasminder Kaur Sandhu]], 45 | DKA resolved overnight, now on basal-bolus insulin; diabetes nurse today
Handed over by [[PERSON|Chloe Ashworth]] RN to [[PERSON|Bongani Dlamini]] RN`,
  ],
  [
    'handover',
    `SICU sign-out — [[DATE|11/24/2026]] 19:00
Rm [[MRN|412]] — [[PERSON|Eugene Whitlock]], [[AGE|97]]M, POD1 ex-lap for incarcerated ventral hernia with small bowel resection. Watch urine output (25–30 mL/h) and lactate 2.4, recheck at 22:00; if still up, 500 mL LR bolus and call.
Rm [[MRN|415]] — [[PERSON|Marisol Quiñones]], 52F, DKA on insulin drip, anion gap closed at 17:00; glargine given with dinner, stop the drip 2 h later.
Rm [[MRN|418]] — [[PERSON|Henry Dubois]] "[[PERSON|Hank]]", 74M, POD3 Whipple; JP amylase pending; ambulating.
From [[PERSON|Kavitha Natarajan]], MD to [[PERSON|Oluwatobi Adewale]], MD`,
  ],
  [
    'handover',
    `ED handover — Brisbane, [[DATE|25/11/2026]] 15:00
Cubicle [[MRN|4]]: [[PERSON|Kirra Walker]], 29F, pillion passenger, motorbike vs car. Left distal radius fracture reduced under Bier block, check films satisfactory, awaiting plaster. Police have the car's plate, [[PLATE|742 ZKP]], and the driver, [[PERSON|Trent Hollis]], is giving a statement.
Cubicle [[MRN|9]]: [[PERSON|Desmond Yarran]], 61M, chest pain, HEART score 3, first troponin normal, second due 16:10.
Resus [[MRN|2]]: [[PERSON|Beatrix Holm]], 47F, anaphylaxis to cashew, two doses of IM adrenaline, now stable, observe 6 h.
From Dr [[PERSON|Saoirse Keane]] to Dr [[PERSON|Kwame Mensah]]`,
  ],
  [
    'nursing-note',
    `Home health nursing visit — Vancouver
Client: [[PERSON|Harjit Singh Grewal]]   M 78   PHN [[INSURANCE_ID|${bcphn('08734125')}]]
Visit [[DATE|2026-11-24]]
Venous leg ulcer, left medial gaiter: 4.1 × 3.0 cm (last week 4.6 × 3.2), granulating, moderate serous exudate. ABPI 0.92 on [[DATE|2026-10-27]]. Reapplied two-layer bandaging.
Capillary glucose 9.4 mmol/L before lunch.
Daughter-in-law [[PERSON|Manpreet]] present and interpreting in Punjabi.
Address: [[ADDRESS|6182 Knight Street, Vancouver, BC V5P 2V9]]
Next visit [[DATE|2026-11-27]]
[[PERSON|Teresa Villanueva]], RN`,
  ],
  [
    'nursing-note',
    `Care home nursing record — Penarth
Resident: [[PERSON|Gwenllian Prosser]], [[AGE|101]]   NHS [[INSURANCE_ID|${nhs('417302')}]]   Room [[MRN|14]]
Night of [[DATE|24/11/2026]]
Restless from 23:00, pulling at her pad; temperature 37.9, new cough; drank only about 600 mL yesterday.
Out-of-hours GP Dr [[PERSON|Rhodri Beynon]] visited at 02:15: likely chest infection, doxycycline started. ReSPECT form in place — ward-based care if admitted, not for CPR.
Rang granddaughter [[PERSON|Ffion]] at 07:00, [[PHONE|07700 900813]].
[[PERSON|Blessing Mutasa]], RN`,
  ],
  [
    'nursing-note',
    `Nursing note — Orthopaedic ward, Singapore
Patient: [[PERSON|Md Rashedul Islam]]   M 31   FIN [[ID_CARD|${fin('G', '5281947')}]]   Bed [[MRN|12]]
[[DATE|25/11/2026]] 06:00
Day 1 after ORIF of a right tibial plateau fracture (fall at a construction site). Pain 4/10 on morphine PCA. Hourly neurovascular checks of the right foot normal; compartments soft. Drain 80 mL.
Speaks Bengali; telephone interpreter used for the morning assessment. Employer's safety officer [[PERSON|Lim Boon Keat]] called, [[PHONE|+65 9731 5026]].
[[PERSON|Nurul Syazwani]], RN`,
  ],
  [
    'lab-report',
    `CHEMISTRY REPORT
Patient: [[PERSON|Nakamura-Ellis, Hiroko]]   DOB: [[DATE|09/14/1951]]   MRN: [[MRN|88237105]]
Accession: [[MRN|C26-329-0418]]   Drawn: [[DATE|11/24/2026]] 06:52   Reported: [[DATE|11/24/2026]] 08:10
Location: Rm [[MRN|6N-22]]
Sodium 129 L | Potassium 6.4 HH | Chloride 98 | CO2 19 L | BUN 41 H | Creatinine 2.3 H (baseline 1.1) | Glucose 132 | Calcium 8.7
CRITICAL: potassium 6.4 mmol/L called to and read back by [[PERSON|K. Drummond-Hale]], RN at 08:14.
Verified by [[PERSON|Anders Holmqvist]], MLS(ASCP)`,
  ],
  [
    'lab-report',
    `Microbiology report — Dublin
Patient: [[PERSON|Caoimhe Ní Fhlannagáin]]   DOB [[DATE|22/01/1990]]   MRN [[MRN|1739582]]
Lab no. [[MRN|M26-204519]]   Specimen: midstream urine, received [[DATE|23/11/2026]]
Growth: Escherichia coli, more than 10^8 CFU/L; extended-spectrum beta-lactamase positive.
Susceptible — fosfomycin, gentamicin, nitrofurantoin. Not susceptible — co-amoxiclav, amoxicillin, cefalexin, trimethoprim.
Note: patient 31 weeks pregnant — nitrofurantoin is suitable at this gestation for cystitis; discuss with microbiology if pyelonephritis is suspected.
Phoned to Dr [[PERSON|Cathal Moran]] (obstetrics).
Consultant microbiologist: Dr [[PERSON|Aisling Fennelly]]`,
  ],
  [
    'lab-report',
    `Collecting your FIT sample at home
- Write the date you took the sample on the tube label.
- Lay toilet paper or the collection sheet in the bowl so the stool does not touch the water.
- Open the tube and scrape the tip of the stick along the stool until the grooves are covered; do not overfill.
- Push the stick back in and click the cap shut. Do not open it again.
- Return the tube within 48 hours and keep it somewhere cool, not in the freezer.
- If you have your period or bleeding piles, wait until the bleeding has stopped.`,
  ],
  [
    'imaging-report',
    `MRI lumbar spine — Toronto
Patient: [[PERSON|Fatemeh Rostami]]   DOB [[DATE|1976-12-03]]   OHIP [[INSURANCE_ID|${ohip('583104927')}]] ZX
Accession [[MRN|TO-MR-26-559301]]   Exam date [[DATE|2026-11-23]]
Comparison: MRI of [[DATE|March 2024]].
Findings: at L4–5 a broad-based disc bulge with a right paracentral extruded fragment that has travelled caudally and pushes on the right L5 root within a moderately narrowed lateral recess. The cauda equina is not compressed. Conus ends normally at L1.
Impression: right L4–5 disc extrusion with L5 root compression, new since [[DATE|March 2024]].
Radiologist: Dr. [[PERSON|Aleksandar Petrović]]`,
  ],
  [
    'imaging-report',
    `Breast screening assessment — Swansea
Client: [[PERSON|Carys Llywelyn-Jones]]   DOB [[DATE|08/08/1969]]   NHS [[INSURANCE_ID|${nhs('561028')}]]
Assessment [[DATE|24/11/2026]]; screening mammograms [[DATE|3 November 2026]]
Ultrasound, left breast at 2 o'clock, 6 cm from the nipple: 11 mm irregular hypoechoic mass with angular margins. Left axilla normal.
U5. Three 14G core biopsies under ultrasound guidance; marker clip placed.
Results clinic [[DATE|1 December 2026]] with [[PERSON|Nia Bevan]], breast care nurse.
Radiologist: Dr [[PERSON|Owain Griffiths]]`,
  ],
  [
    'imaging-report',
    `Portable renal ultrasound — Houston
Pt: [[PERSON|Odessa Thibodeaux]], [[AGE|96]] F   MRN [[MRN|HM02193847]]   Rm [[MRN|1128]]
Date: [[DATE|11/25/2026]]
Indication: acute kidney injury, falling urine output.
Findings: right kidney 9.1 cm, left 8.8 cm, both with increased cortical echogenicity. The left collecting system is moderately dilated and the proximal ureter too; the right is not dilated. Bladder decompressed by a Foley catheter.
Impression: moderate left hydronephrosis on a background of medical renal disease; non-contrast CT could look for a left ureteric obstruction.
Read by Dr. [[PERSON|Vikram Saxena]]`,
  ],
  [
    'prescription',
    `FP10 prescription — Norwich
Mr [[PERSON|Ebenezer Asante]]   Age 72   DOB [[DATE|17/10/1954]]
NHS number [[INSURANCE_ID|${nhs('284615')}]]
Address: [[ADDRESS|19 Bluebell Road, Norwich NR4 7LF]]
Edoxaban 30 mg tablets — one daily — 28 tablets
Bisoprolol 2.5 mg tablets — one each morning — 28 tablets
Signed Dr [[PERSON|Harriet Colquhoun]]   Date [[DATE|25/11/2026]]`,
  ],
  [
    'prescription',
    `Ordonnance / Prescription — Montréal
Patient: [[PERSON|Maëlle Bouchard-Nadeau]]   DOB [[DATE|1991-03-07]]
RAMQ [[INSURANCE_ID|BOUM 9153 0718]]
Sertraline 50 mg — ½ tablet daily for 7 days, then 1 tablet daily. Dispense 30 days. Renewals: 2.
Dx: generalized anxiety disorder; review in 4 weeks.
Dre [[PERSON|Sophie Lévesque]]   Date [[DATE|2026-11-25]]`,
  ],
  [
    'prescription',
    `PBS prescription — Darwin
Patient: [[PERSON|Jimmy Wunungmurra]]   M 66
Medicare [[INSURANCE_ID|${medicare('27491638', '1')}]]
Address: [[ADDRESS|14 Casuarina Drive, Nightcliff NT 0810]]
Empagliflozin 10 mg — 1 daily — qty 30 — 5 repeats
Insulin glargine 100 units/mL pens — 24 units at night — qty 5 — 2 repeats
CTG annotated.
Prescriber: Dr [[PERSON|Mei-Lin Tsang]]   Date [[DATE|25/11/2026]]`,
  ],
  [
    'consent',
    `Consent for procedure — Minneapolis
Patient: [[PERSON|Hodan Abdirahman Warsame]]   MRN [[MRN|MN-5517302]]
Planned: EGD, with balloon dilation of the esophageal stricture if needed.
Risks we talked about: a tear in the esophagus (uncommon; may need surgery), bleeding, breathing in stomach contents, a bad reaction to the sedative, and lesions being missed.
Interpreter: [[PERSON|Abdiwali Nur]] (Somali, in person)
Patient signature: [[PERSON|Hodan Abdirahman Warsame]]   Date [[DATE|11/25/2026]] 08:40
Physician: Dr. [[PERSON|Rebecca Sandoval]]   Witness: [[PERSON|Tyler Haugen]], RN`,
  ],
  [
    'consent',
    `Consent Form 2 (parental agreement) — Bristol
Child: [[PERSON|Zainab Mahmoud]]   DOB [[DATE|14/06/2019]]   NHS [[INSURANCE_ID|${nhs('730591')}]]
Operation: removal of tonsils and adenoids for obstructive sleep apnoea.
Risks: bleeding (about 1 in 30 children are readmitted, fewer need a return to theatre), infection, damage to teeth, a change in voice, anaesthetic risks.
Parent: [[PERSON|Amira Mahmoud]] (mother, parental responsibility)   Signed [[DATE|24/11/2026]]
Arabic interpreter: [[PERSON|Samir Khoury]]
Health professional: Mr [[PERSON|Alastair Pennington]], ENT consultant`,
  ],
  [
    'consent',
    `Signature page — heart-failure telemonitoring study, Saskatoon
Participant ID [[MRN|SK-HF-0217]]
Participant: [[PERSON|Leonard Sewap]]   DOB [[DATE|1958-10-02]]
Signature: [[PERSON|Leonard Sewap]]   Date [[DATE|2026-11-24]]
Cree interpreter: [[PERSON|Mavis Ahenakew]]
Person obtaining consent: [[PERSON|Lerato Mahlangu]], research coordinator, [[PHONE|(306) 555-0139]]`,
  ],
  [
    'billing',
    `Patient statement — Tucson
Statement date [[DATE|11/22/2026]]
Guarantor: [[PERSON|Rosalind Begay]]   Account # [[MRN|TU-00481276]]
Patient: [[PERSON|Nizhoni Begay]] (daughter)   AHCCCS ID [[INSURANCE_ID|A82194736]]
Date of service [[DATE|10/30/2026]]
ED visit, level 4: $1,842.00 | Forearm X-ray: $286.00 | Splint application: $214.00
Plan payments: −$1,902.40 | Balance due: $439.60
Paid by card [[BANK_CARD|${spaced(luhn('491627038815402'))}]]`,
  ],
  [
    'billing',
    `Invoice — private orthopaedic clinic, Edinburgh
Patient: [[PERSON|Ruaridh Mackintosh]]   Bupa membership no. [[INSURANCE_ID|H7842913605]]
Invoice date [[DATE|20/11/2026]]   Invoice no. INV-26-30418
Consultation [[DATE|06/11/2026]] £250.00; MRI right knee £420.00; paid by Bupa £520.00; excess £150.00 paid by the patient twice.
Refund of £150.00 to the account holder [[PERSON|Ruaridh Mackintosh]], IBAN [[ACCOUNT|${iban('GB', 'MIDL40051572364908')}]]
Receipts sent to [[EMAIL|r.mackintosh@example.co.uk]]`,
  ],
  [
    'billing',
    `International patient invoice — Bangkok
Patient: [[PERSON|Dwayne Fitzgerald-Okoro]]   US passport [[PASSPORT|A04739281]]
HN [[MRN|BK-77-418290]]
Admission [[DATE|18 Nov 2026]] – [[DATE|22 Nov 2026]]: motorcycle accident, ORIF of the left clavicle.
Total THB 318,450.00; travel-insurance guarantee, policy [[INSURANCE_ID|TRV-8820147713]]: THB 300,000.00; balance THB 18,450.00 paid by Mastercard [[BANK_CARD|${spaced(luhn('545762180093316'))}]].
Contact in Thailand: [[PHONE|+66 81 724 5093]]`,
  ],
  [
    'online-consult',
    `Telehealth visit — Albany, NY
Patient: [[PERSON|Bartłomiej Zieliński]]   DOB [[DATE|04/02/1984]]   MRN [[MRN|AL7730164]]
Visit [[DATE|11/24/2026]] 16:00, video
Location confirmed: [[ADDRESS|37 Quail Street, Apt 2R, Albany, NY 12206]]
Patient IP [[IP|198.51.100.141]]; clinician IP [[IP|203.0.113.184]]
S: stinging when he passes urine and frequent trips to the toilet for three days; afebrile; no flank or perineal pain; no discharge.
A/P: probable cystitis in a man — urine culture at the lab today; nitrofurantoin 100 mg BID × 7 days; in person if fever, flank pain or no better in 48 h.
[[PERSON|Adaeze Okwuosa]], NP`,
  ],
  [
    'online-consult',
    `eConsult form — GP surgery, Bath
Submitted [[DATE|24/11/2026]] 22:41 from IP [[IP|2001:db8:a0c3::17]]
Name: [[PERSON|Harriet Penhaligon]]   DOB [[DATE|30/07/1987]]
Email: [[EMAIL|hpenhaligon@example.org.uk]]   Mobile [[PHONE|07700 900761]]
Request: "My son [[PERSON|Wilf]] (6) has had a barking cough at night for two nights. No trouble breathing in the day, eating fine."
Reply, Dr [[PERSON|Imogen Radley]], [[DATE|25/11/2026]]: this sounds like croup. Booked face to face at 10:20 today for assessment and a single dose of dexamethasone. Call 999 for noisy breathing at rest, drooling or blue lips.`,
  ],
  [
    'online-consult',
    `Teleconsultation log — Kumasi
Client: [[PERSON|Akosua Serwaa Boateng]]   Ghana Card [[ID_CARD|GHA-718204539-6]]   NHIS no. [[INSURANCE_ID|62194803]]
Joined by WhatsApp from [[PHONE|+233 24 471 8390]], [[DATE|25/11/2026]] 11:10
34 weeks pregnant; headache since morning and a swollen face. BP at the chemist 162/108.
Advice: needs urgent in-person assessment for pre-eclampsia — sent to the maternity unit now; husband [[PERSON|Kwabena]] is driving her.
Midwife: [[PERSON|Abena Ofori-Atta]]`,
  ],
  [
    'patient-message',
    `Portal message
From: [[ACCOUNT|dray.holloway]]
Hi Dr. [[PERSON|Okeke]], this is [[PERSON|Deshawn Holloway]]. The pharmacy says my new Medicaid plan needs a prior authorization for semaglutide. My new Client ID is [[INSURANCE_ID|KT58214P]]. Can your office send it before my appointment on [[DATE|12/3]]? I have two pens left.`,
  ],
  [
    'patient-message',
    `From: [[EMAIL|lena.marchetti@example.it]]
To: Physiotherapy reception
Subject: Cancelling my mother's appointment
Hello, my mother [[PERSON|Giuseppina Marchetti]] ([[AGE|92]]) is booked for physiotherapy on Thursday [[DATE|26 November]]. She fell last night and has been admitted, so she cannot come. Her NHS number is [[INSURANCE_ID|${nhs('830746')}]]. You can reach me on [[PHONE|07700 900574]] to rebook once she is home.
Many thanks,
[[PERSON|Lena Marchetti]]`,
  ],
  [
    'patient-message',
    `SMS thread — community midwives, Leeds
[[PHONE|07700 900338]]: Hi, [[PERSON|Tayla Henwood]] here, 36+4 weeks. My waters broke about 20 minutes ago, clear fluid, baby moving. No contractions yet.
Midwife [[PERSON|Roz]]: Thanks [[PERSON|Tayla]], please come in to birth suite for a check and bring your pregnancy record. Wear a pad and note the time and colour. If the fluid turns green or brown, or you bleed, call 999.
[[PHONE|07700 900338]]: OK, [[PERSON|Jayden]] is driving me now.`,
  ],
  [
    'family-chat',
    `Family chat
[[PERSON|Keisha]]: Grandpa [[PERSON|Clive]] is being discharged tomorrow at 11, the ward says he'll go home with a walker.
[[PERSON|Marcus]]: I'll bring the van, [[PLATE|LK19 RXW]], so the walker fits.
Auntie [[PERSON|Pat]]: He's [[AGE|95]] and he still won't use a walker at home, good luck haha
[[PERSON|Keisha]]: The OT is doing a home visit on [[DATE|1 December]] to fit rails.
[[PERSON|Marcus]]: I'll be there.`,
  ],
  [
    'family-chat',
    `Family chat (Leicester)
[[PERSON|Ravi]]: Booked Amma's flights to Chennai for [[DATE|8 Dec]]. Passport no. [[PASSPORT|T4187206]], right?
[[PERSON|Deepa]]: Yes, it's valid till 2031.
[[PERSON|Ravi]]: The hospital wants her GP letter and knee X-rays. Surgery is provisionally [[DATE|14 December]].
[[PERSON|Deepa]]: Her BP was 168/94 at the GP on Friday, they may postpone if it's high. I'll ask Dr [[PERSON|Mistry]].
[[PERSON|Ravi]]: And Appa's passport is [[PASSPORT|N9023571]], he's going with her.`,
  ],
  [
    'family-chat',
    `Group chat — Gran's care
[[ACCOUNT|bex_otter]]: Gran ([[PERSON|Edna Hollingworth]]) has moved to room [[MRN|27]], ground floor.
[[ACCOUNT|tomtom1989]]: I'll take her radio on Saturday. Is she settling?
[[ACCOUNT|bex_otter]]: Staff say she ate well. The manager is [[PERSON|Lorraine Okafor]] if you need to ring, [[PHONE|0161 496 0738]].
[[ACCOUNT|tomtom1989]]: Address for cards: [[ADDRESS|Room 27, Elmfield House, 12 Moss Lane, Sale M33 6GD]]. She turns [[AGE|100]] next month!`,
  ],
  [
    'sms-reminder',
    `City Health Clinic: RSV vaccine is now available for adults aged 75 and over and for pregnant women from 28 weeks. Book online or ask at the front desk. Text NO to unsubscribe.`,
  ],
  [
    'sms-reminder',
    `Hi [[PERSON|Mateus]] — reminder of your colonoscopy, Mon [[DATE|30 Nov]], 08:15, level 2 endoscopy suite. Booking ref [[MRN|EN-30-4471]]. Bowel prep instructions: [[URL|https://prep.example.org/p/EN-30-4471]]. To rebook call [[PHONE|(617) 555-0191]].`,
  ],
  [
    'sms-reminder',
    `Kia ora [[PERSON|Aroha]], your medicines are waiting at the pharmacy counter. Pickup code [[MRN|5821]]. We'll hold it until [[DATE|2 December]].`,
  ],
  [
    'glomus-tumour-clinic',
    `Hand clinic letter — Oxford
[[DATE|24/11/2026]]
Re: [[PERSON|Priscilla Adeyemi-Hart]], DOB [[DATE|02/03/1979]], NHS [[INSURANCE_ID|${nhs('602849')}]]
Dear Dr [[PERSON|Lowther]],
I saw Mrs [[PERSON|Adeyemi-Hart]], who has had four years of exquisite pain under the left middle fingernail, worse in cold water. There is a 3 mm bluish spot beneath the nail plate; Love's pin test and Hildreth's test are positive. MRI on [[DATE|10 November 2026]] shows a 4 mm enhancing subungual nodule consistent with a glomus tumour.
I have listed her for excision through a nail-bed approach under digital block, provisionally on [[DATE|18 December 2026]].
Yours sincerely,
[[PERSON|Rajan Chaudhary]], Consultant Hand Surgeon`,
  ],
  [
    'glomus-tumour-clinic',
    `Operative note — Charlotte, NC
Patient: [[PERSON|Lakshmi Subramanian]]   MRN [[MRN|CH-6620175]]   DOS [[DATE|11/23/2026]]
Preoperative diagnosis: subungual glomus tumor, right thumb.
Anesthesia: digital block; finger tourniquet 25 min.
Procedure: nail plate elevated; longitudinal nail-bed incision; a 5 × 4 mm encapsulated purple lesion excised whole; nail bed repaired with 6-0 chromic; nail plate replaced as a splint.
Specimen to pathology, [[MRN|S26-40817]].
Surgeon: Dr. [[PERSON|Malcolm Whitaker]]   Assistant: [[PERSON|Jenna Kowalski]], PA-C`,
  ],
  [
    'glomus-tumour-clinic',
    `Patient portal — Hand Surgery, Adelaide
From: [[PERSON|Declan Fitzsimmons]]   Sent [[DATE|25/11/2026]] 08:12
Hi, I had the glomus tumour taken out of my left ring finger on [[DATE|13 November]] with Dr [[PERSON|Papadakis]]. The cold pain has gone — first time in years I can hold a cold drink! The nail is lifting a bit at the edge though; photo here: [[URL|https://portal.example.com.au/img/DF-2611-nail]]. My UR number is [[MRN|AD0398215]].
Reply from hand therapist [[PERSON|Jess Nguyen]]: that is expected — the old nail lifts as the new one grows. Keep it taped; if the tip becomes red, hot or swollen, ring the clinic on [[PHONE|(08) 5550 8391]].`,
  ],
  [
    'pectus-carinatum-clinic',
    `Pediatric General Surgery Clinic — Edmonton
Patient: [[PERSON|Noah Kaminski]], 14 M   AHCIP [[INSURANCE_ID|71904-2236]]
Visit [[DATE|2026-11-24]]
Pectus carinatum, chondrogladiolar, symmetrical and flexible. Pressure of initial correction 5.2 PSI on the brace device. No murmur; no features of Marfan syndrome.
Plan: fit a dynamic compression brace, worn 18 h a day to start; photographs and pressure check in 6 weeks.
Mother: [[PERSON|Agnieszka Kaminska]]
Surgeon: Dr. [[PERSON|Hannah Okonjo]]`,
  ],
  [
    'pectus-carinatum-clinic',
    `Orthotics review — Newcastle, NSW
Patient: [[PERSON|Archie Tamihana-Scott]], 15   MRN [[MRN|JH2790134]]
Brace fitted [[DATE|12/05/2026]]; reviewed [[DATE|23/11/2026]]
Wear log averages 14 h a day; mild redness under the front pad. Correction pressure now 1.9 PSI (6.4 at fitting). Chest contour close to flat when standing.
Plan: night-time maintenance wear for 6 months; next review [[DATE|May 2027]].
Mum [[PERSON|Shannon]] present. Orthotist: [[PERSON|Callum Threlfall]]`,
  ],
  [
    'pectus-carinatum-clinic',
    `Pectus carinatum brace: tips for families
- Wear the brace over a thin cotton T-shirt, never on bare skin.
- Tighten it only to the mark your orthotist made; more pressure does not work faster and can damage the skin.
- Check the skin every evening. If there is a blister or broken skin, leave the brace off and call the clinic.
- Take the brace off for swimming, contact sport and showers.
- Breathing exercises and posture work help the brace do its job.`,
  ],
  [
    'otomycosis-clinic',
    `ENT clinic — Singapore
Patient: [[PERSON|Priya d/o Kumaravel]]   F 26   NRIC [[ID_CARD|${nric('T', '0058213')}]]
Visit [[DATE|24/11/2026]]
Right ear itch and blockage for 10 days after a diving trip; ciprofloxacin drops for a week without benefit.
Otoendoscopy: right canal filled with white mycelium speckled with black; tympanic membrane intact.
Impression: right otomycosis, probably Aspergillus niger.
Management: microsuction; clotrimazole 1% solution, 4 drops twice daily for 14 days; keep the ear dry; no cotton buds.
Review [[DATE|08/12/2026]]. Contact [[PHONE|+65 8824 1379]]
Dr [[PERSON|Koh Jun Hao]]`,
  ],
  [
    'otomycosis-clinic',
    `Ear care clinic — microsuction record, Exeter
Patient: [[PERSON|Tobias Venn-Harcourt]]   DOB [[DATE|11/09/1962]]   NHS [[INSURANCE_ID|${nhs('948305')}]]
Date [[DATE|25/11/2026]]
Left canal: creamy debris with fine grey filaments, fungal in appearance; cleared by microsuction; drum intact, no perforation. Right canal clear.
Wears a hearing aid on the left; advised to leave it out as much as he can for two weeks.
Plan: clotrimazole 1% solution to the left ear three times daily, continued for 14 days after the itch settles; recheck [[DATE|09/12/2026]].
[[PERSON|Gemma Treloar]], ENT nurse practitioner`,
  ],
  [
    'otomycosis-clinic',
    `Fungal ear infection (otomycosis): caring for your ear
- Keep water out: put a cotton-wool ball coated in petroleum jelly in the ear when you shower, and do not swim until the clinic says the canal is clear.
- Use the antifungal drops exactly as prescribed, lying with the ear facing up for 5 minutes after each dose.
- Do not use cotton buds or scratch inside the ear.
- The ear may feel blocked until the debris is cleaned out at your follow-up visit.
- Come back sooner if the pain gets worse, the discharge increases or your hearing drops.`,
  ],
  [
    'os-trigonum-clinic',
    `Sports Medicine — dance clinic, New York
Patient: [[PERSON|Soledad Ferreira]], 20 F, ballet company apprentice
MRN [[MRN|NY-DM-441927]]   DOB [[DATE|06/17/2006]]   Visit [[DATE|11/24/2026]]
Posterolateral right ankle pain for 6 months, worst in relevé and on pointe and when landing jumps. Posterior impingement test (forced passive plantarflexion) positive; mild pain on resisted great-toe flexion (FHL).
Imaging: lateral X-ray shows a 10 mm os trigonum; MRI shows marrow oedema in the ossicle and FHL tenosynovitis.
Plan: ultrasound-guided steroid injection into the posterior recess, then 3 weeks off pointe work; arthroscopic excision if symptoms return. Company physical therapist [[PERSON|Mireille Laroche]] to modify class.
Mobile [[PHONE|(212) 555-0134]]
Dr. [[PERSON|Benjamin Achterberg]]`,
  ],
  [
    'os-trigonum-clinic',
    `MRI left ankle — Birmingham
Patient: [[PERSON|Kai Osei-Mensah]]   Hospital no. [[MRN|RQ3981702]]   NHS [[INSURANCE_ID|${nhs('125734')}]]
Date [[DATE|21/11/2026]]
Clinical: academy footballer, 18, posterior ankle pain when shooting.
Findings: os trigonum 9 × 7 mm joined to the lateral talar process by a synchondrosis, with oedema on both sides of the synchondrosis and in the posterior soft tissues. FHL tendon intact with a small sheath effusion. Achilles tendon and ligaments normal.
Conclusion: symptomatic os trigonum (posterior ankle impingement).
Reported by Dr [[PERSON|Femi Adesanya]]`,
  ],
  [
    'os-trigonum-clinic',
    `Physiotherapy referral — Dunedin
Patient: [[PERSON|Mereana Rāwiri]]   NHI [[INSURANCE_ID|${nhi('JXT', '368')}]]
Date [[DATE|25/11/2026]]
Arthroscopic excision of a right os trigonum on [[DATE|12/11/2026]] (contemporary dancer). Portals healed; sutures removed [[DATE|24/11/2026]].
Please progress range of motion, calf and FHL strengthening and balance work; no pointe or jumping before 8 weeks. Surgeon review [[DATE|07/01/2027]].
Patient phone [[PHONE|027 518 4436]]
Referrer: Mr [[PERSON|Ioane Leota]]`,
  ],
];

export function generateDeidHoldout59(): LabelledRecord[] {
  return holdoutRecords('h59', zh, en);
}

export const DEID_HOLDOUT_59_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/labelled/deid-holdout-59.jsonl',
);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const records = generateDeidHoldout59();
  writeFileSync(DEID_HOLDOUT_59_PATH, renderJsonl(records));
  console.log(`wrote ${records.length} records to ${DEID_HOLDOUT_59_PATH}`);
}
