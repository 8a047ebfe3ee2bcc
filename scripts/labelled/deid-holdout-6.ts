import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { holdoutRecords, type LabelledRecord, renderJsonl } from './generate-deid.ts';

/**
 * The ROUND-6 fresh held-out de-identification set (data/labelled/deid-holdout-6.jsonl): hand-written
 * snippets with hand-placed spans, marked inline as [[TYPE|text]] (parseMarked strips the marks and
 * records UTF-16 offsets). Written by a separate annotator who did not read the recognizer code and
 * never ran a recognizer on these snippets; it must not be used to tune the recognizers.
 *
 * Unlike rounds 2-5, which chased unusual settings, this round measures the COMMON case: the everyday
 * documents of a general hospital and the messages of its patients — admission notes, progress notes,
 * discharge summaries, outpatient notes, referral letters, nursing notes and handovers, lab, pathology
 * and imaging report headers, prescriptions and pharmacy labels, consent forms, billing, insurance and
 * reimbursement forms, online consultations and portal messages, patient messages and family chats —
 * written the way busy clinicians and patients write (abbreviations, run-on sentences, tables as text,
 * chat speakers, some typos). About a quarter of the snippets carry harder cases (a resident ID given as
 * a social-security number, a date-like admission number, surname-only mentions after titles, an ID that
 * belongs to a relative, an employer name, institutional numbers, device serials and lot numbers).
 *
 * Identifiers are synthetic: resident IDs carry a valid GB 11643 check character and a sex digit and
 * birth date consistent with the text (15-digit IDs likewise), bank cards a valid Luhn digit, NHS numbers
 * are in the 999 test range with their modulus-11 digit, Australian Medicare numbers pass their check
 * digit, the US Social Security number is in the 987-65-432x advertising range and the UK National
 * Insurance number uses the never-issued QQ prefix. Phones are random mainland numbers or fictional
 * ranges (North American 555-01xx, UK 07700 900xxx and 0113 496 0xxx, Australian 0491 570 xxx); mail and
 * web hosts are example.*; IP addresses come from the documentation ranges.
 *
 * Span conventions are those of data/labelled/deid-holdout-2/-3/-4/-5.card.yaml; the decisions new in this
 * round are in data/labelled/deid-holdout-6.card.yaml.
 */
const zh: Array<[string, string]> = [
  [
    'admission',
    '入院记录\n姓名：[[PERSON|何建平]]　性别：男　年龄：68岁　民族：汉　婚姻：已婚\n身份证号：[[ID_CARD|310104195803121751]]\n住院号：[[MRN|ZY26113842]]　床号：[[MRN|17]]床\n入院时间：[[DATE|2026-11-18]] 09:40\n现住址：[[ADDRESS|上海市徐汇区龙华西路318弄6号602室]]\n联系人：[[PERSON|何晓燕]]（女儿）[[PHONE|13916284075]]\n主诉：反复胸闷气短3年，加重伴双下肢水肿1周。\n既往史：高血压20年，口服氨氯地平5mg qd；2型糖尿病，二甲双胍0.5g tid。',
  ],
  [
    'progress-note',
    '[[DATE|11月19日]] 主任查房记录\n[[PERSON|郑国栋]]主任查房：患者今日胸闷较前缓解，夜间可平卧，尿量1850ml/24h。查体BP 132/78mmHg，双肺底少许湿啰音，双下肢水肿（+）。NT-proBNP 3260pg/ml（入院5480）。指示：呋塞米改20mg po bid，继续监测电解质，K+ 3.6mmol/L，明日复查心超。\n记录：[[PERSON|孙雅]]',
  ],
  [
    'discharge',
    '出院小结\n患者：[[PERSON|林美华]]　女　36岁　住院号：[[MRN|2026087713]]\n身份证：[[ID_CARD|440106199007259565]]\n入院：[[DATE|2026年11月9日]]　出院：[[DATE|2026年11月15日]]\n诊断：急性化脓性阑尾炎（K35.8），腹腔镜阑尾切除术后\n出院带药：头孢克肟0.1g bid×3天\n医嘱：术后7-10天门诊拆线，伤口红肿渗液及时复诊。\n主治医师：[[PERSON|蔡文博]]　患者电话：[[PHONE|158 2036 7741]]',
  ],
  [
    'outpatient',
    '门诊病历 [[DATE|2026-11-20]] 消化内科\n[[PERSON|曹永强]] 男 54岁 就诊卡号[[MRN|0031875264]]\n主诉：上腹隐痛2月，饭后明显，无黑便无消瘦。\nHp呼气试验阳性（DOB 18.6）。\n处理：四联疗法14天（艾司奥美拉唑20mg bid，阿莫西林1g bid，克拉霉素0.5g bid，枸橼酸铋钾220mg bid），停药1月后复查C13。\n医师：[[PERSON|白露]]',
  ],
  [
    'referral',
    '转诊单\n[[PERSON|邓秀英]]，女，77岁，身份证[[ID_CARD|37020219490508302X]]，住[[ADDRESS|青岛市市南区福州南路77号3单元401]]。\n因"左侧肢体无力4小时"转上级医院卒中中心，NIHSS 8分，末次正常时间[[DATE|11月21日]] 06:30，未溶栓。\n转出医生：[[PERSON|于海涛]]　手机：[[PHONE|18562417790]]\n家属：[[PERSON|邓磊]]（儿子）[[PHONE|13780926613]]',
  ],
  [
    'handover',
    '护理交班 [[DATE|11/20]] 夜班\n[[MRN|3]]床 [[PERSON|汪桂兰]] 82岁 髋关节置换术后第2天，疼痛评分3分，引流50ml，尿管在位。\n[[MRN|5]]床 [[PERSON|许志明]] 慢阻肺急性加重，鼻导管2L/min，SpO2 93%，凌晨咳痰多，已吸痰。\n[[MRN|8]]床 [[PERSON|龚小雨]] 新入，明早空腹抽血，禁食水。\n交班：[[PERSON|刘婷]]　接班：[[PERSON|陈佳慧]]',
  ],
  [
    'lab-report',
    '检验报告单\n姓名：[[PERSON|谭伟]]　性别：男　年龄：46岁　科室：肾内科　床号：[[MRN|21]]\n病历号：[[MRN|M00862419]]　条码号：[[MRN|1126051987]]　标本：血清\n采集时间：[[DATE|2026-11-19]] 06:12　报告时间：[[DATE|2026-11-19]] 10:45\n肌酐 186μmol/L↑（57-111）尿素 12.4mmol/L↑ 钾 5.3mmol/L eGFR 38ml/min/1.73m²\n检验者：[[PERSON|黄丽]]　审核者：[[PERSON|邱建军]]',
  ],
  [
    'imaging-report',
    'CT检查报告\n检查号：[[MRN|CT2611200457]]　姓名：[[PERSON|韩梦洁]]　性别：女　年龄：41岁\n申请科室：急诊内科　检查日期：[[DATE|2026年11月20日]]\n检查部位：头颅平扫\n所见：脑实质未见明确密度异常，中线结构居中，脑室系统不大。\n印象：头颅CT平扫未见明显异常。\n报告医师：[[PERSON|方立新]]　审核医师：[[PERSON|戴敏]]',
  ],
  [
    'prescription',
    '处方笺　普通\n费别：医保　医保卡号：[[INSURANCE_ID|3201A0098741265]]\n姓名：[[PERSON|潘春燕]]　性别：女　年龄：41岁　门诊号：[[MRN|MZ0920716]]\n身份证号：[[ID_CARD|320102198501192768]]\n临床诊断：甲状腺功能减退症\nRp: 左甲状腺素钠片 50μg×100片 Sig: 50μg qd 空腹\n医师：[[PERSON|罗志刚]]　审核：[[PERSON|葛欣]]　调配：[[PERSON|朱小红]]　日期：[[DATE|2026.11.20]]',
  ],
  [
    'consent',
    '手术知情同意书\n患者姓名：[[PERSON|钱建华]]　性别：男　年龄：63岁　住院号：[[MRN|ZY20261104]]\n拟行手术：腹腔镜胆囊切除术\n……我已详细了解上述风险（出血、胆漏、中转开腹等），同意手术。\n患者签名：[[PERSON|钱建华]]　身份证号：[[ID_CARD|420106196309307078]]\n授权委托人：[[PERSON|钱思雨]]　与患者关系：女儿　电话：[[PHONE|15827460391]]\n谈话医师：[[PERSON|欧阳震]]　日期：[[DATE|2026年11月21日]]',
  ],
  [
    'billing',
    '住院费用结算单\n姓名：[[PERSON|黎少华]]　身份证号：[[ID_CARD|510107197211029455]]　住院号：[[MRN|0026314]]\n医保类型：城镇职工　社保卡号：[[INSURANCE_ID|H51010700328]]\n入院日期：[[DATE|2026-11-02]]　出院日期：[[DATE|2026-11-12]]\n总费用：23,486.50元　统筹支付：16,204.30元　个人自付：7,282.20元\n退费账户：[[BANK_CARD|6222435537351797808]]（工商银行）　户名：[[PERSON|黎少华]]',
  ],
  [
    'online-consult',
    '患者：医生您好，我叫[[PERSON|吴桐]]，上周在你们医院查的甲功，TSH 6.8，需要吃药吗？\n[[PERSON|宋佳宁]]医生：您好，TSH轻度升高，FT4正常吗？近期有怀孕计划吗？\n患者：FT4 14.2正常，明年想要孩子\n[[PERSON|宋佳宁]]医生：备孕的话建议TSH控制在2.5以下，可以来门诊开小剂量优甲乐。留个手机号，助理帮您约号。\n患者：[[PHONE|17708253164]]，谢谢医生',
  ],
  [
    'patient-message',
    '[[PERSON|王]]医生，我妈[[PERSON|柳淑珍]]的复查片子出来了，住院号[[MRN|1605882]]，您有空帮看下吗？她这两天咳嗽好多了，就是晚上还有点喘。我微信[[ACCOUNT|liu_xiaomei88]]，手机[[PHONE|139 2714 6608]]。——女儿[[PERSON|柳晓梅]]',
  ],
  [
    'family-chat',
    '【相亲相爱一家人】\n[[PERSON|大军]]：爸今天第三次化疗，白细胞2.1，医生说要打升白针\n[[PERSON|海燕]]：我明天请假过去，爸在几床？\n[[PERSON|大军]]：肿瘤科[[MRN|32]]床，住院号[[MRN|Z0987123]]，陪护证在我这\n[[PERSON|海燕]]：好，我开车过去，车牌[[PLATE|浙A·3K7Q2]]，地下车库能停吗\n[[PERSON|大军]]：能，别忘了带爸的医保卡',
  ],
  [
    'admission',
    '入院记录（简）\n患儿[[PERSON|孟子涵]]，女，11岁，身份证号[[ID_CARD|120104201503097406]]，学生。\n因"发热咳嗽5天，气促1天"于[[DATE|2026-11-19]]入院。\n家住[[ADDRESS|天津市南开区鞍山西道万德庄大街21号楼2门303]]。\n父亲[[PERSON|孟凡宇]] [[PHONE|13802156794]]，母亲[[PERSON|乔丽]] [[PHONE|13920486517]]\n查体：T 38.9℃，R 32次/分，右下肺可闻及湿啰音。MP-IgM阳性。',
  ],
  [
    'outpatient',
    '门诊记录\n姓名：[[PERSON|钟伟]]　男　47岁　门诊号：[[MRN|20261120-0873]]\n主诉：右膝痛半年，上下楼加重。\n查体：右膝内侧关节间隙压痛，麦氏征（-），浮髌试验（-）。\nX线：右膝关节退行性变，K-L 2级。\n诊断：右膝骨关节炎（M17.1）\n处理：塞来昔布200mg qd×2周，股四头肌锻炼，控制体重（BMI 28.4）。\n医生：[[PERSON|骆晨]]',
  ],
  [
    'discharge',
    '出院记录\n[[PERSON|唐德福]]，男，79岁，身份证号[[ID_CARD|500103194701287333]]，住院号[[MRN|0413376]]\n住址：[[ADDRESS|重庆市渝中区解放碑街道民族路168号附4号]]\n于[[DATE|2026年11月6日]]因"社区获得性肺炎"入院，予哌拉西林他唑巴坦4.5g q8h抗感染，[[DATE|11月16日]]复查CT炎症吸收，今日出院。\n出院医嘱：1周后呼吸科门诊复查血常规；戒烟。\n医师：[[PERSON|冉晓东]]',
  ],
  [
    'handover',
    'ICU交接班 [[DATE|2026-11-21]] 白班→夜班\nICU-[[MRN|2]] [[PERSON|程海波]] 重症胰腺炎第4天，去甲肾上腺素0.08μg/kg/min，CRRT运行中，乳酸2.4。\nICU-[[MRN|6]] [[PERSON|薛春梅]] 术后呼吸衰竭，SBT通过，计划明晨拔管。\n注意：[[PERSON|程海波]]家属（爱人[[PERSON|庞静]] [[PHONE|15000938421]]）下午4点探视。\n交：[[PERSON|马骏]]　接：[[PERSON|闫芳芳]]',
  ],
  [
    'lab-report',
    '血常规报告\n姓名：[[PERSON|符海鹰]]　性别：女　年龄：33岁　送检科室：产科门诊\nID号：[[MRN|P7720981]]\n采样：[[DATE|2026-11-20]]\nWBC 9.8×10^9/L　Hb 102g/L↓　PLT 186×10^9/L\n备注：孕28+3周，轻度贫血。\n检验：[[PERSON|简宁]]',
  ],
  [
    'prescription',
    '麻醉药品处方（红）\n患者：[[PERSON|聂玉芬]]　女　58岁　身份证号：[[ID_CARD|430104196802142261]]\n代办人：[[PERSON|聂强]]　身份证号：[[ID_CARD|210102198010052175]]\n诊断：胰腺癌晚期 癌痛\nRp：硫酸吗啡缓释片 30mg×14片 Sig 30mg q12h\n医师：[[PERSON|屈志伟]]　[[DATE|2026-11-21]]',
  ],
  [
    'billing',
    '门诊缴费通知（短信）\n【某某医院】[[PERSON|储立新]]您好，您于[[DATE|11月20日]]开具的检查项目（胃镜+病理）共计1268.00元待缴费，可在线支付：[[URL|https://pay.hospital.example.cn/m/order?no=8812730]] ，就诊卡[[MRN|9920318847]]。',
  ],
  [
    'imaging-report',
    '超声检查报告单\n超声号：[[MRN|US20261120188]]\n姓名：[[PERSON|袁小蕾]]　性别：女　年龄：25岁\n检查项目：甲状腺及颈部淋巴结\n超声所见：甲状腺右叶中部见一低回声结节，大小约6×5mm，边界清，纵横比<1，未见钙化。C-TIRADS 3类。\n检查医生：[[PERSON|施佩佩]]　日期：[[DATE|2026/11/20]]',
  ],
  [
    'online-consult',
    '【互联网医院 问诊单号 [[MRN|20261121-55673]]】\n患者：[[PERSON|阎梓轩]]（男，3岁）　家长：[[PERSON|阎凯]]\n家长：孩子昨晚开始拉肚子，一天5次水样便，精神还行，尿量正常，吃了蒙脱石散\n[[PERSON|雷晓琳]]医生：有发烧吗？嘴唇干不干，哭的时候有眼泪吗？\n家长：不烧，有眼泪\n[[PERSON|雷晓琳]]医生：先口服补液盐Ⅲ，少量多次，如出现尿少、精神差、便血及时来院。',
  ],
  [
    'patient-message',
    '李主任好，我是上个月在您那做冠脉支架的[[PERSON|姜德明]]，出院单上写的是替格瑞洛90mg一天两次，我现在牙龈有点出血，能不能自己改成一天一次？我身份证号是[[ID_CARD|610113195508216253]]，71岁，方便的话回个电话[[PHONE|029-8836 2140]]',
  ],
  [
    'family-chat',
    '兄妹群\n[[PERSON|建国]]：妈的结果出来了，医生说是早期乳腺癌，下周二手术\n[[PERSON|建英]]：手术费先从我卡里出，工行[[BANK_CARD|6217000720908450163]]，密码妈知道\n[[PERSON|建国]]：不用，妈有医保，先交押金2万\n[[PERSON|建英]]：那我订票回来，[[DATE|11月24日]]到',
  ],
  [
    'consent',
    '输血治疗同意书\n患者：[[PERSON|尹桂珍]]　性别：女　住院号：[[MRN|1122930]]　科室：骨科\n输血前检查：HBsAg(-) HCV-Ab(-) HIV(-) TP(-)\n拟输注：悬浮红细胞2U\n患者/家属签字：[[PERSON|尹志华]]（儿子）\n医师签字：[[PERSON|项东]]　[[DATE|2026年11月20日]]',
  ],
  [
    'outpatient',
    '中医门诊\n[[PERSON|司马琳]]　女　43岁\n主诉：失眠多梦2月，口干，心烦。舌红少苔，脉细数。\n辨证：阴虚火旺\n处方：天王补心丹加减 酸枣仁15g 柏子仁10g 当归10g 生地15g 麦冬12g 五味子6g 远志6g ×7剂\n医师：[[PERSON|夏侯文]]',
  ],
  [
    'referral',
    '双向转诊（上转）单\n签约机构：玉林街道社区卫生服务中心\n患者：[[PERSON|赖长贵]]　男　65岁　身份证：[[ID_CARD|530102196104222679]]\n现居：[[ADDRESS|成都市武侯区玉林北路2号附12号2-3-6]]\n转诊原因：血压控制不佳，170/100mmHg，调整三联降压药后仍高，请心内科会诊。\n签约医生：[[PERSON|罗敏]]　电话：[[PHONE|13550138826]]',
  ],
  [
    'admission',
    '急诊留观记录\n[[PERSON|樊宇航]]，男，27岁，外卖骑手，[[DATE|11月21日]] 22:15 由120送入。\n电瓶车与小轿车相撞，对方车牌[[PLATE|苏E·8M26L]]，交警已到场。\n伤情：左前臂畸形，头皮裂伤4cm，GCS 15。\n联系人：同事[[PERSON|佘伟]] [[PHONE|18251637904]]\n暂住：[[ADDRESS|苏州市姑苏区平江路白塔东路49号302]]',
  ],
  [
    'progress-note',
    '术后第1天病程记录 [[DATE|2026-11-20]]\n患者[[PERSON|戚国梁]]神志清，诉切口疼痛NRS 4分，已予帕瑞昔布40mg iv。T 37.6℃，腹软，切口敷料干燥，引流管引出淡血性液约80ml。血常规：WBC 11.2，Hb 118。继续头孢呋辛1.5g q12h预防感染，鼓励早期下床。\n医师：[[PERSON|翁小川]]',
  ],
  [
    'discharge',
    '出院小结（产科）\n产妇：[[PERSON|苗雨欣]]　27岁　住院号：[[MRN|CK2611058]]　身份证：[[ID_CARD|340104199909099146]]\n于[[DATE|2026-11-17]]顺产一活女婴，体重3250g，Apgar 9-10分。\n新生儿：[[PERSON|苗雨欣]]之女，住院号[[MRN|CK2611058-1]]\n产后42天门诊复查，母乳喂养。\n丈夫：[[PERSON|汤俊杰]] [[PHONE|17355120468]]',
  ],
  [
    'outpatient',
    '[[DATE|11.21]] 皮肤科门诊 [[PERSON|喻海]] M 31y\n双手湿疹反复1年，冬季加重，洗碗后明显。\nRx：卤米松乳膏 外用bid×1周后改每周2次；尿素软膏保湿。嘱戴手套做家务。\n随访2周。 Dr [[PERSON|贺敏]]',
  ],
  [
    'nursing-note',
    '护理记录 [[DATE|2026-11-21]]\n08:00 [[PERSON|申秀云]]，血糖（空腹）11.4mmol/L，遵医嘱门冬胰岛素6U皮下注射。\n11:00 患者诉头晕出汗，测血糖3.6mmol/L，予50%葡萄糖20ml口服，15分钟后复测6.8mmol/L，症状缓解，已报告[[PERSON|佟]]医生。\n护士：[[PERSON|温晴]]',
  ],
  [
    'lab-report',
    '病理报告\n病理号：[[MRN|B2026-18843]]\n姓名：[[PERSON|鲍文清]]　性别：男　年龄：56岁　住院号：[[MRN|0527789]]\n送检：胃窦活检3块\n诊断：（胃窦）慢性萎缩性胃炎伴肠上皮化生（轻度），Hp（+）。\n诊断医师：[[PERSON|乐云飞]]　报告日期：[[DATE|2026年11月19日]]',
  ],
  [
    'imaging-report',
    'MRI报告\n影像号：[[MRN|MR0098137]]　[[PERSON|柴志远]] 男 56岁 腰椎MRI平扫 [[DATE|2026-11-18]]\nL4/5椎间盘向左后突出，压迫左侧神经根；L5/S1椎间盘膨出。\n诊断意见：L4/5椎间盘突出（左后型）。\n医师：[[PERSON|景涛]]',
  ],
  [
    'prescription',
    '门诊处方\n姓名：[[PERSON|米晓彤]] 性别：女 年龄：4岁 体重：16kg\n门诊号：[[MRN|E0023184]]\n诊断：急性化脓性扁桃体炎\n阿莫西林克拉维酸钾干混悬剂 每次0.228g bid×7天\n布洛芬混悬液 5ml prn（体温≥38.5℃）\n医师：[[PERSON|卫红]]',
  ],
  [
    'consent',
    '胃镜检查知情同意书\n姓名：[[PERSON|苏振华]]　性别：男　年龄：71岁\n无痛胃镜需静脉麻醉（丙泊酚），可能出现呼吸抑制、误吸、低血压……\n本人已知晓，同意检查。\n签字：[[PERSON|苏振华]]　电话：[[PHONE|13609175528]]　日期：[[DATE|2026.11.20]]',
  ],
  [
    'billing',
    '商业保险理赔申请书\n被保险人：[[PERSON|祁佳]]　身份证号：[[ID_CARD|13010419881130286X]]\n保单号：[[INSURANCE_ID|P2026110045780213]]\n出险日期：[[DATE|2026-10-30]]　就诊医院：河北医科大学第二医院\n诊断：乳腺纤维腺瘤，行微创旋切术\n收款账户：[[BANK_CARD|6228802537204957684]]（农业银行石家庄裕华支行）\n联系电话：[[PHONE|15232076148]]　邮箱：[[EMAIL|qijia1130@example.com.cn]]',
  ],
  [
    'online-consult',
    '[[PERSON|盛丽娜]]：大夫您好，我孕11周，昨天NT没做成，胎位不好，说让下周再去，会不会超时间？\n[[PERSON|邝]]医生：NT在11-13+6周都可以，您下周去没问题。末次月经哪天？\n[[PERSON|盛丽娜]]：[[DATE|9月2号]]\n[[PERSON|邝]]医生：那下周是12+周，正好。',
  ],
  [
    'patient-message',
    '医生你好 我是[[PERSON|沈浩然]]爸爸 孩子11月17号打了流感疫苗 今天胳膊有点肿 不发烧 需要去医院吗 我电话[[PHONE|18006729143]]',
  ],
  [
    'family-chat',
    '[[PERSON|红梅]]：姥姥今天在养老院摔了一跤，片子出来了，没骨折\n[[PERSON|立伟]]：万幸！哪家养老院来着？\n[[PERSON|红梅]]：[[ADDRESS|沈阳市和平区南京南街98号]]那个，姥姥都[[AGE|93]]了，以后得有人陪着下楼\n[[PERSON|立伟]]：周末我带孩子去看她',
  ],
  [
    'admission',
    '入院病历\n姓名：[[PERSON|蓝凤英]]　性别：女　出生日期：[[DATE|1932年4月15日]]　年龄：[[AGE|94]]岁\n籍贯：[[ADDRESS|广西桂林市阳朔县]]\n住院号：[[MRN|0698843]]\n主诉：纳差乏力伴意识淡漠3天。\n血钠118mmol/L。\n陪护：孙女[[PERSON|蓝倩]] [[PHONE|13877304926]]',
  ],
  [
    'discharge',
    '出院小结\n[[PERSON|赵德胜]] 男 73岁 住院号[[MRN|2025119906]] 社保号[[ID_CARD|230103195212016494]]\n诊断：1.急性非ST段抬高型心肌梗死 2.PCI术后（LAD置入支架1枚）\n出院带药：阿司匹林100mg qd，替格瑞洛90mg bid，阿托伐他汀20mg qn，美托洛尔缓释片47.5mg qd\n心内科门诊随访：[[DATE|2026-12-01]]\n地址：[[ADDRESS|哈尔滨市道里区经纬街117号5单元801]]',
  ],
  [
    'outpatient',
    '儿保门诊\n[[PERSON|贝贝]]（[[PERSON|丁一诺]]），男，8月龄，出生日期[[DATE|2026-03-14]]\n体重8.6kg，身长70cm，头围44cm，发育正常。\n今日接种：乙脑减毒活疫苗（批号202605A113）\n下次接种：[[DATE|2026-12-20]] 麻腮风\n妈妈：[[PERSON|胡敏]]',
  ],
  [
    'handover',
    '急诊抢救室交班\n抢[[MRN|1]]：[[PERSON|窦立军]] 男 52岁 急性下壁心梗，已开通绿色通道送导管室\n抢[[MRN|3]]：无名氏（男，约40岁）醉酒头外伤，CT未见出血，待家属\n抢[[MRN|4]]：[[PERSON|阮梅]] 女 有机磷中毒，阿托品化，胆碱酯酶1200\n交班医生：[[PERSON|伍振宇]]',
  ],
  [
    'lab-report',
    '核酸及抗体检测报告\n姓名：[[PERSON|肖可欣]]　护照号：[[PASSPORT|E93810472]]\n性别：女　出生日期：[[DATE|1995-05-05]]\n采样时间：[[DATE|2026-11-19]]\n检测项目：乙肝五项、梅毒、HIV抗体\n结果：乙肝表面抗体阳性，余均阴性。\n用途：出国留学体检',
  ],
  [
    'consent',
    '互联网医院用户服务协议确认\n用户名：[[ACCOUNT|zhangxq_1986]]\n姓名：[[PERSON|张晓晴]]　手机号：[[PHONE|136 6102 7895]]\n已阅读并同意《隐私政策》，同意平台收集问诊记录用于诊疗。\n确认时间：[[DATE|2026-11-20]] 21:03　登录IP：[[IP|203.0.113.58]]',
  ],
  [
    'patient-message',
    '您好，我想预约下周三（[[DATE|11月25日]]）的乳腺外科[[PERSON|欧阳]]主任号。病人[[PERSON|冯慧]]，女，41岁，就诊卡号[[MRN|6002198734]]，电话[[PHONE|15911230587]]',
  ],
  [
    'outpatient',
    '发热门诊\n[[PERSON|陶一鸣]] 男 19岁 学生 [[DATE|2026-11-21]]\n发热2天，Tmax 39.4℃，咽痛、肌肉酸痛。甲流抗原（+）。\n处理：奥司他韦75mg bid×5天，多饮水，居家休息。\n住址：[[ADDRESS|武汉市洪山区珞喻路1037号韵苑12栋410]]',
  ],
  [
    'admission',
    '入院记录\n姓名：[[PERSON|严振东]]　性别：男　出生日期：[[DATE|1978-12-24]]　年龄：47岁\n身份证号：[[ID_CARD|11010519781224935X]]\n职业：出租车司机　住址：[[ADDRESS|北京市朝阳区劲松南路4号院2号楼1单元1102]]\n主诉：突发剧烈头痛伴呕吐6小时。\n头颅CT：蛛网膜下腔出血，Hunt-Hess Ⅱ级。\n联系人：妻子[[PERSON|宁慧]]，[[PHONE|010-6773 5029]]',
  ],
  [
    'progress-note',
    '日常病程 [[DATE|11-20]]\n[[PERSON|左秀兰]]（[[MRN|12]]床）今日诉腹胀好转，已排气。血钾3.2，予氯化钾缓释片1g tid口服补钾。\n[[PERSON|尚]]主任指示：明日复查电解质，若可进流质则停补液。\n医师：[[PERSON|鞠晓峰]]',
  ],
  [
    'discharge',
    '出院证明书\n兹证明[[PERSON|万雪莲]]，女，33岁，身份证号[[ID_CARD|350203199306117801]]，于[[DATE|2026年11月12日]]至[[DATE|2026年11月20日]]在我院妇科住院，诊断：卵巢囊肿蒂扭转，行腹腔镜下卵巢囊肿剥除术。建议休息两周。\n经治医师：[[PERSON|池海燕]]',
  ],
  [
    'outpatient',
    '内分泌科门诊 复诊\n[[PERSON|古建新]] 男 50岁 身份证[[ID_CARD|410105197607078134]] 门诊号[[MRN|20180733245]]\nHbA1c 8.9%，空腹血糖9.6。目前二甲双胍1g bid，格列美脲2mg qd。\n调整：加用达格列净10mg qd，嘱多饮水、注意会阴清洁。3个月后复查HbA1c、尿微量白蛋白。\n医生：[[PERSON|缪晶]]',
  ],
  [
    'referral',
    '会诊申请单\n申请科室：骨科　床号：[[MRN|46]]　患者：[[PERSON|陆华强]]　住院号：[[MRN|1087356]]\n会诊科室：内分泌科\n会诊目的：患者术前随机血糖16.8mmol/L，请协助控制血糖。\n申请医师：[[PERSON|常宇]]　[[DATE|2026-11-21]] 10:20',
  ],
  [
    'billing',
    '医疗救助申请表\n申请人：[[PERSON|覃秀芬]]　性别：女　年龄：43岁\n身份证号：[[ID_CARD|450103198308178302]]\n户籍地址：[[ADDRESS|南宁市青秀区中山街道桃源路9号]]\n开户行：中国银行　银行卡号：[[BANK_CARD|6214763618926861]]\n申请事由：女儿白血病化疗，自付费用已超8万元。\n村（居）委会意见：情况属实。经办人：[[PERSON|梁振]]',
  ],
  [
    'online-consult',
    '视频问诊记录（问诊编号[[MRN|VC26112100981]]）\n患者[[PERSON|成雅婷]]，女，31岁，身份证[[ID_CARD|360102199505057864]]\n主诉：产后6周，情绪低落、失眠、爱哭2周，无自伤想法。EPDS 14分。\n建议：心理门诊面诊，家属陪伴；如出现伤害自己或孩子的念头立即就医。\n医生：[[PERSON|邵明轩]]',
  ],
  [
    'patient-message',
    '你好，我是[[PERSON|洪金凤]]，之前在你们那里登记的手机号[[PHONE|13751082264]]不用了，换成[[PHONE|19925837106]]，邮箱也换了[[EMAIL|hongjf_2020@example.cn]]，麻烦帮我改一下，体检报告发新邮箱就行。',
  ],
  [
    'family-chat',
    '[[PERSON|阿强]]：哥，你啥时候到？爸刚转到普通病房了\n[[PERSON|阿伟]]：高速上，9点前到\n[[PERSON|阿强]]：医院住院部在[[ADDRESS|番禺区市桥街清河东路8号]]那边，不是老院区\n[[PERSON|阿伟]]：收到，我车[[PLATE|粤A·D38621]]，给我登记一下门禁',
  ],
  [
    'nursing-note',
    '压疮风险评估\n床号：[[MRN|27]]　姓名：[[PERSON|焦福生]]　年龄：[[AGE|九十一]]岁\nBraden评分：11分（高危）\n骶尾部皮肤发红，指压不褪色，约3×2cm。\n措施：每2小时翻身，气垫床，泡沫敷料保护。\n评估护士：[[PERSON|吕佳怡]]　[[DATE|2026/11/21]]',
  ],
  [
    'lab-report',
    '血气分析报告\n[[PERSON|仲维国]] 男 56岁 ICU [[MRN|9]]床 标本：动脉血 [[DATE|2026-11-21]] 03:40\npH 7.28↓ PaCO2 62mmHg↑ PaO2 58mmHg↓ HCO3- 28.6 BE 1.2 Lac 1.8\nFiO2 40%\n操作：[[PERSON|幸丽]]',
  ],
  [
    'prescription',
    '中药处方\n[[PERSON|顾兰芳]] 女 62岁 门诊号[[MRN|ZYMZ661207]]\n诊断：咳嗽（风寒袭肺）\n麻黄6g 杏仁10g 甘草6g 桔梗10g 紫菀10g 百部10g 荆芥10g 陈皮6g ×5剂 水煎服 日一剂\n代煎，快递至：[[ADDRESS|杭州市拱墅区湖墅南路286号2幢1503室]] 收件人[[PERSON|顾兰芳]] [[PHONE|13858061942]]\n医师：[[PERSON|俞正]]',
  ],
  [
    'consent',
    '麻醉知情同意书\n姓名：[[PERSON|计晓东]] 男 56岁 住院号[[MRN|ZY2611077]]\n拟施麻醉：全身麻醉\nASA分级：Ⅱ级\n既往：高血压（硝苯地平控释片30mg qd），睡眠呼吸暂停。\n患者签字：[[PERSON|计晓东]]\n麻醉医师：[[PERSON|岳芳]]　[[DATE|2026-11-20]]',
  ],
  [
    'admission',
    '入院记录（日间手术）\n[[PERSON|祖明辉]]，男，56岁，身份证号[[ID_CARD|620102197002281930]]，[[ADDRESS|兰州]]人，现住[[ADDRESS|兰州市城关区东岗西路638号]]。\n拟行：左侧腹股沟疝无张力修补术。\n医保卡：[[INSURANCE_ID|62010000339914]]\n电话：[[PHONE|0931-8862 4357]]',
  ],
  [
    'discharge',
    '出院随访登记\n[[PERSON|包淑琴]]　女　80岁　身份证（旧）：[[ID_CARD|370102451212510]]\n出院日期：[[DATE|2026-11-18]]　诊断：脑梗死恢复期\n随访电话：[[PHONE|0531-8690 2217]]（家）\n随访日期：[[DATE|2026-11-25]]　随访人：[[PERSON|房丽]]',
  ],
  [
    'outpatient',
    '老年科门诊 [[DATE|2026-11-19]]\n[[PERSON|谷长林]] 男 84岁 身份证号[[ID_CARD|320106420615561]]\n记忆力下降2年，近半年常找不到东西、迷路一次。MMSE 21分，MoCA 16分。\n诊断：轻度认知障碍？阿尔茨海默病待排。\n建议：头颅MRI，甲功、叶酸、B12。女儿[[PERSON|谷小燕]]陪诊。',
  ],
  [
    'billing',
    '异地就医备案\n参保人：[[PERSON|麦桂香]]　身份证号：[[ID_CARD|440104500303204]]\n参保地：广州市　就医地：[[ADDRESS|海南省三亚市吉阳区]]\n备案类型：异地长期居住\n备案开始日期：[[DATE|2026-11-01]]\n联系电话：[[PHONE|13631487750]]',
  ],
  [
    'referral',
    '康复转介\n[[PERSON|蒲建军]] 男 88岁 身份证[[ID_CARD|510104381010195]]\n脑出血后右侧偏瘫2月，Brunnstrom Ⅲ期，Barthel 35分。\n转入锦江区某康复医院继续康复。\n家属：[[PERSON|蒲红]] [[PHONE|18980620734]]',
  ],
  [
    'online-consult',
    '药师咨询\n用户[[ACCOUNT|xiaoyu_0612]]：布洛芬和对乙酰氨基酚可以一起吃吗？孩子5岁，体重18公斤，烧到39度\n药师[[PERSON|卓雅]]：不建议同时服用或交替服用，单用布洛芬每次5-10mg/kg，间隔6-8小时。精神差或抽搐立即就医。',
  ],
  [
    'patient-message',
    '医生 我爸[[PERSON|臧永福]]今年[[AGE|92]]了 住院号[[MRN|0775104]] 出院带的药 华法林一天吃几片？单子上写的2.5mg，一片是3mg的，我看不懂了',
  ],
  [
    'family-chat',
    '[[PERSON|晓丽]]：妈，我把体检报告链接发你了 [[URL|https://report.tijian.example.com/r/7QKX29]]\n[[PERSON|晓丽]]：你看一下尿酸那一项，520，有点高\n妈：看不懂，你周末回来给我讲\n[[PERSON|晓丽]]：好，我约了周日[[PERSON|伍]]医生的号',
  ],
  [
    'progress-note',
    '病程记录\n患者今日体温正常，咳嗽减轻，痰培养回报肺炎克雷伯菌（ESBL阴性），对头孢曲松敏感，继续头孢曲松2g qd。复查CRP 18mg/L（前次96）。出入量平衡，继续目前治疗，拟3天后出院。',
  ],
  [
    'outpatient',
    '门诊病历\n主诉：咽痛、流涕3天，无发热。\n查体：咽部充血，扁桃体Ⅰ度肿大，无脓点，双肺呼吸音清。\n诊断：急性上呼吸道感染（J06.9）\n处理：多饮水，对症治疗，症状加重或发热超过3天复诊。',
  ],
  [
    'lab-report',
    '检验危急值报告登记\n日期时间：06:35　科室：心内科CCU\n项目：血钾 6.8mmol/L（危急值）\n报告人：检验科　接收人：当班护士\n处理：已通知值班医生，复查血钾，予葡萄糖酸钙、胰岛素+葡萄糖处理。',
  ],
  [
    'handover',
    '交班要点：今日新入3人，手术2台，危重2人（心衰1、消化道出血1）。夜间注意12床输血反应观察，15床血糖q2h。氧气瓶已更换，除颤仪自检正常（序列号DF-20-8837）。',
  ],
  [
    'prescription',
    '用药指导单\n阿托伐他汀钙片 20mg 每晚1次\n注意：服药期间如出现不明原因肌肉疼痛、乏力，请及时就诊。每3-6个月复查肝功能和血脂。\n批号：C2607115　有效期至2028-06',
  ],
  [
    'consent',
    '健康宣教：高血压患者居家血压监测\n每天早晚各测一次，测前静坐5分钟，连续测两次取平均。家庭血压≥135/85mmHg即为升高。请记录在血压本上，复诊时带来。',
  ],
  [
    'billing',
    '电子发票\n交款人：[[PERSON|尤思远]]\n医保编号：[[INSURANCE_ID|1101050048127736]]\n金额：386.00元　医保统筹：217.40元　个人账户：168.60元\n支付方式：银联卡 [[BANK_CARD|6225591358625501]]\n开票日期：[[DATE|2026-11-20]]',
  ],
  [
    'online-consult',
    '【在线复诊】\n患者：[[PERSON|柯梦瑶]]　港澳通行证：[[PASSPORT|C68102934]]\n常住：[[ADDRESS|深圳市福田区福华三路168号国际商会中心B座2306]]\n问题：在香港做的乳腺超声BI-RADS 3类，想在内地复查，需要带什么？\n医生[[PERSON|曾立]]：带上原报告和影像光盘，6个月后复查超声即可。',
  ],
  [
    'patient-message',
    '医生您好，我叫[[PERSON|黄子琪]]，18号在你们医院做的无痛胃镜，病理结果还没出来吗？病理号我只记得是[[MRN|B2026-18977]]，能不能发到我邮箱[[EMAIL|ziqi.huang@example.com]]，我在外地上班回不去。',
  ],
  [
    'family-chat',
    '[[PERSON|秀兰]]：你爸今天血压160，头晕，吃了药\n[[PERSON|志刚]]：测了几次？有没有手脚麻？\n[[PERSON|秀兰]]：两次都160，没麻\n[[PERSON|志刚]]：那先躺着，明天我挂[[PERSON|庄]]大夫的号，他还是心内科周四门诊',
  ],
  [
    'admission',
    '入院登记单\n姓名：[[PERSON|Kim Min-jun]]（[[PERSON|金敏俊]]）　国籍：韩国\n护照号：[[PASSPORT|M47210583]]\n住址：[[ADDRESS|青岛市城阳区春阳路88号韩国城公寓3-1602]]\n联系人：[[PERSON|朴秀珍]] [[PHONE|+82 10-4719-2263]]\n入院诊断：急性胆囊炎',
  ],
  [
    'discharge',
    '出院小结（眼科）\n[[PERSON|邢雅丽]] 女 63岁 住院号[[MRN|YK20261144]]\n[[DATE|11月19日]]行右眼白内障超声乳化+人工晶体植入术（IOL型号SN60WF +21.5D），术后视力0.8。\n带药：左氧氟沙星滴眼液 qid，妥布霉素地塞米松滴眼液 qid，逐周减量。\n复查：[[DATE|11月27日]]',
  ],
  [
    'billing',
    '住院预交金收据\n姓名：[[PERSON|阚大伟]]　住院号：[[MRN|0739215]]\n预交金额：5000.00元\n支付方式：建设银行储蓄卡[[BANK_CARD|6230811986018704953]]\n收费员：[[PERSON|李芳菲]]　[[DATE|2026-11-21]]',
  ],
  [
    'referral',
    '转院证明\n[[PERSON|闻国平]]，男，66岁，住院号[[MRN|B0992834]]，因急性主动脉夹层（Stanford A型）需急诊手术，本院无条件，转往省人民医院心外科。\n转运车辆：医院救护车\n陪同：儿子[[PERSON|闻涛]]（[[PHONE|18693104527]]），自驾[[PLATE|甘A·7F3G9]]跟随\n经治医师：[[PERSON|申屠明]]　[[DATE|2026年11月21日]]',
  ],
  [
    'outpatient',
    '口腔科门诊\n[[PERSON|车晓敏]] 女 29岁\n右下8阻生，反复冠周炎3次。全景片示右下8近中低位阻生。\n处理：冲洗上药，甲硝唑0.4g tid×3天，炎症消退后拔除。\n预约：[[DATE|12月3日]]上午\n医生：[[PERSON|楚涵]]',
  ],
  [
    'patient-message',
    '护士你好，我是21床[[PERSON|路文杰]]的家属，今天的检查单我们已经缴费了，缴费用的是我的卡[[BANK_CARD|9558003089919370732]]，但是系统显示没到账，微信上也问了，我微信号[[ACCOUNT|lu_wenjie_jia]]',
  ],
  [
    'online-consult',
    '[[PERSON|聂晶]]：医生，宝宝42天体检说黄疸值13，要不要紧？是母乳性黄疸吗？\n[[PERSON|莫]]医生：42天还有黄疸要查一下直接胆红素，大便颜色是什么样的？\n[[PERSON|聂晶]]：黄色的，不白\n[[PERSON|莫]]医生：明天带孩子来门诊抽血查肝功，挂新生儿科。',
  ],
  [
    'nursing-note',
    '出院宣教记录\n[[PERSON|桑国栋]]，[[DATE|11/21]]出院。已教会家属胰岛素笔使用方法及低血糖处理。家属[[PERSON|桑晓月]]复述正确。出院后随访邮箱：[[EMAIL|sangxy@example.org.cn]]\n宣教护士：[[PERSON|关颖]]',
  ],
];

const en: Array<[string, string]> = [
  [
    'admission',
    'ADMISSION H&P 11/20/2026\nPt: [[PERSON|Gloria Mendez]]  DOB: [[DATE|04/17/1961]]  MRN: [[MRN|004418265]]\nAddress: [[ADDRESS|2214 W Palmer St, Chicago, IL 60647]]  Ph: [[PHONE|(773) 555-0148]]\nCC: SOB x3d, worse lying flat\nHPI: 65yo F w/ HFrEF (EF 30%), CKD3, presents w/ 4kg wt gain, orthopnea, LE edema. Ran out of furosemide 1wk ago. BNP 2140. Cr 1.8 (baseline 1.5).\nA/P: ADHF - IV furosemide 40mg BID, strict I/Os, daily wts, fluid restrict 1.5L.\nAttending: Dr [[PERSON|Paul Lindqvist]]',
  ],
  [
    'progress-note',
    'PROGRESS NOTE – HD#3\nS: Pt ([[PERSON|Mendez, Gloria]]) slept flat last night, breathing much better. Denies CP.\nO: T 36.8, HR 78, BP 118/70, SpO2 96% RA. Net -3.2L since admit. Wt 81.4kg. Trace LE edema.\nLabs: K 3.4, Cr 1.6.\nA/P: diuresing well, switch to PO torsemide 20 daily tmrw, replete K, PT/OT eval. Dispo home w/ HH in 1-2d.\n— [[PERSON|J. Okafor]], PGY-2',
  ],
  [
    'discharge',
    'DISCHARGE SUMMARY\nName: [[PERSON|Harold Becker]]   MRN: [[MRN|77213904]]   Admit: [[DATE|11/14/2026]]   Discharge: [[DATE|11/19/2026]]\nDx: Community-acquired pneumonia, RLL; COPD exacerbation\nHospital course: Treated w/ ceftriaxone + azithro, transitioned to PO amox-clav. Prednisone 40mg x5d. Weaned to RA.\nDischarge meds: amox-clav 875/125 BID x2 more days, tiotropium 18mcg daily, albuterol PRN\nFollow-up: PCP Dr [[PERSON|Nadia Farouk]] in 1 week. Pt phone [[PHONE|(412) 555-0173]]',
  ],
  [
    'outpatient',
    'CLINIC NOTE – Family Medicine  [[DATE|20 Nov 2026]]\n[[PERSON|Aisha Bello]], 34F, NHS no. [[INSURANCE_ID|999 146 3747]]\nPC: tired all the time x2 months, heavy periods.\nFBC: Hb 94 g/L, MCV 72, ferritin 6.\nImp: iron deficiency anaemia secondary to menorrhagia.\nPlan: ferrous fumarate 210mg OD, TVUS, recheck FBC 4 wks. Safety-netted re: dizziness/SOB.\nDr [[PERSON|Rhys Pritchard]]',
  ],
  [
    'referral',
    'Dear Dr [[PERSON|Chaudhry]],\nRe: Mr [[PERSON|Thomas Whitfield]], DOB [[DATE|02/09/1958]], NHS [[INSURANCE_ID|999 481 7272]]\n[[ADDRESS|14 Larkspur Close, Harrogate HG2 7QR]]\nThank you for seeing this 68-year-old retired plumber with a 3-month history of PSA rising from 4.1 to 7.8 ng/mL. DRE: smooth, mildly enlarged. No LUTS of note. He is on amlodipine 5mg and atorvastatin 20mg.\nI would be grateful for your assessment under the 2WW pathway.\nYours sincerely,\nDr [[PERSON|Imogen Hale]], Abbeyfield Surgery',
  ],
  [
    'handover',
    'NIGHT HANDOVER 11/21 – 6 West\nBed [[MRN|4]] – [[PERSON|Doris Kemp]], 84F, #NOF day 1 post DHS, Hb 92, needs 2nd unit if <80. Confused overnight, 4AT 5.\nBed [[MRN|7]] – [[PERSON|Ahmed Siddiqui]], 52M, DKA resolving, on VRIII, ketones 0.8, start SC basal at 22:00.\nBed [[MRN|11]] – [[PERSON|Lily Tran]], 29F, pyelo, spiked 38.9 at 18:00, cultures sent, on gent.\nHandover by [[PERSON|Sam Adeyemi]] (FY1) to [[PERSON|Kate Morrow]] (SHO)',
  ],
  [
    'lab-report',
    'LABORATORY REPORT\nPatient: [[PERSON|RAMIREZ, Luis]]   MRN: [[MRN|A2287731]]   Sex: M   DOB: [[DATE|1979-08-03]]\nCollected: [[DATE|2026-11-20]] 07:15   Accession: [[MRN|L26-4491820]]\nHbA1c 9.2 % (H) [4.0-5.6]\nGlucose fasting 188 mg/dL (H)\nLDL-C 142 mg/dL (H)\neGFR 84\nOrdering: [[PERSON|Sarah Kim]], MD',
  ],
  [
    'imaging-report',
    'RADIOLOGY REPORT\nExam: CT ABD/PELVIS W CONTRAST   Date: [[DATE|11/21/2026]]\nPatient: [[PERSON|Brianna Lowe]]   MRN: [[MRN|90031726]]   Acc#: [[MRN|CT-8841027]]\nIndication: RLQ pain, fever, WBC 15.2\nFindings: Dilated appendix 11mm with periappendiceal fat stranding. No abscess or free air.\nImpression: Acute uncomplicated appendicitis.\nRead by: [[PERSON|Marcus Yeo]], MD',
  ],
  [
    'prescription',
    'Rx\n[[PERSON|Evelyn Park]]   DOB [[DATE|07/30/1948]]\n[[ADDRESS|88 Linden Ave, Apt 3B, Yonkers, NY 10705]]\nApixaban 5 mg tab — 1 tab PO BID — #60 — RF x5\nDx: I48.91 paroxysmal AFib\nPrescriber: [[PERSON|Victor Osei]], MD   DEA on file   [[DATE|11/20/2026]]',
  ],
  [
    'consent',
    'CONSENT FOR PROCEDURE\nI, [[PERSON|Rebecca Lyons]], consent to: colonoscopy with possible polypectomy and biopsy, under moderate sedation.\nRisks explained incl. bleeding (1 in 1000), perforation (1 in 3000), missed lesion.\nPatient signature: [[PERSON|R. Lyons]]   Date: [[DATE|11/20/26]]\nWitness: [[PERSON|Tameka Jones]], RN\nPhysician: [[PERSON|Anil Mehta]], MD',
  ],
  [
    'billing',
    "PATIENT STATEMENT\nAccount #: [[MRN|PA-00918273]]\nGuarantor: [[PERSON|Kevin O'Brien]]   [[ADDRESS|519 Maple Ridge Rd, Columbus, OH 43215]]\nService date: [[DATE|10/28/2026]]  ER visit Level 4, CT head, lab\nInsurance: BlueCross member ID [[INSURANCE_ID|XQB442870913]] paid $1,842.10\nPatient balance: $350.00\nPay by card: Visa ending 9349 on file; Card no. [[BANK_CARD|4867639863229349]]",
  ],
  [
    'online-consult',
    "Patient portal message\nFrom: [[PERSON|Dana Whitaker]] ([[EMAIL|dana.whitaker@example.com]])\nTo: Dr [[PERSON|Gupta]]\nHi Dr [[PERSON|Gupta]], I started the sertraline 50mg 10 days ago and I'm getting a lot of nausea and some headaches. Is that normal? Should I take it with food? Thanks, Dana\n--\nReply from Dr [[PERSON|Gupta]]: Hi [[PERSON|Dana]], yes, common in the first 2 wks. Take it with breakfast. If it isn't settling by week 3, book a visit.",
  ],
  [
    'patient-message',
    'hey its [[PERSON|marcus reid]] from tuesday, u said to text if the rash spread. its on both arms now and itchy af but no swelling in my face or anything. still taking the amoxicillin? my # is [[PHONE|(503) 555-0192]]',
  ],
  [
    'family-chat',
    "Family group 👨‍👩‍👧\n[[PERSON|Mel]]: Dad's out of surgery, knee went fine, surgeon said 2 nights\n[[PERSON|Jonno]]: legend. which ward?\n[[PERSON|Mel]]: Ward 5B bed [[MRN|14]], visiting till 8\n[[PERSON|Jonno]]: I'll pick up Nan on the way, she's at [[ADDRESS|27 Bellbird Cres, Frankston VIC 3199]]\n[[PERSON|Mel]]: call me on [[PHONE|0491 570 156]] when you're outside",
  ],
  [
    'admission',
    'ED NOTE 11/21/26 0245\n[[PERSON|Jordan Pike]], 23M, BIBA after MVC — driver, restrained, airbag deployed. Other vehicle plate [[PLATE|7RKM428]] per police.\nGCS 15, c/o neck pain, seatbelt sign across chest. C-collar in situ.\nCT C-spine/chest ordered. Mom [[PERSON|Lisa Pike]] en route, [[PHONE|(916) 555-0117]].\nAddress: [[ADDRESS|3608 Alder Creek Way, Sacramento, CA 95826]]',
  ],
  [
    'progress-note',
    'Day 2 post op lap chole. Mrs [[PERSON|Hughes]] comfortable, pain 2/10 on paracetamol. Tolerating diet, mobilising independently. Port sites clean and dry. Bloods: WCC 8.1, bili 14. Plan: home today, clips out at GP day 10. — [[PERSON|T. Nwosu]] CT1',
  ],
  [
    'discharge',
    'Discharge letter – Paediatrics\nChild: [[PERSON|Oliver Grant]]   DOB: [[DATE|15/06/2022]]   Hosp no: [[MRN|K4417820]]\nParent: [[PERSON|Hannah Grant]]   Tel: [[PHONE|07700 900418]]\nAdmitted [[DATE|18/11/2026]] with viral wheeze, required salbutamol burst therapy and 1 night of O2. Discharged [[DATE|20/11/2026]] on salbutamol 4 puffs QDS via spacer, weaning over 3 days; prednisolone 20mg OD total 3 days.\nGP: Dr [[PERSON|Farrah Siddiq]]',
  ],
  [
    'outpatient',
    'Dermatology clinic — [[DATE|21 Nov]]\n[[PERSON|Connor Walsh]], 17M, acne vulgaris, scarring on cheeks. Failed lymecycline 3 months + adapalene/BPO.\nPlan: isotretinoin 20mg OD, monthly LFTs/lipids, mood monitoring discussed with pt and mum ([[PERSON|Siobhan Walsh]]).\nNext appt: [[DATE|19 Dec 2026]]',
  ],
  [
    'referral',
    'REFERRAL – Physiotherapy\nPatient: [[PERSON|Priya Natarajan]]   DOB: [[DATE|03/03/1990]]   Medicare: [[INSURANCE_ID|2953 71843 1]]\nHome: [[ADDRESS|Unit 6, 41 Grey St, St Kilda VIC 3182]]   Mob: [[PHONE|0491 570 903]]\nReason: R lateral ankle sprain (Grade II) 3/52 ago, ongoing instability. Ottawa rules negative.\nReferring GP: Dr [[PERSON|Ben Lau]]',
  ],
  [
    'handover',
    'ICU sign-out 11/20\n- Mr [[PERSON|Delgado]] (bed [[MRN|2]]): septic shock 2/2 cholangitis, s/p ERCP, norepi 0.12, lactate trending down 4.1 → 2.3. Wife [[PERSON|Marisol]] at bedside.\n- Ms [[PERSON|Ferguson]] (bed [[MRN|5]]): post-arrest, TTM day 2, sedation hold in AM.\n- bed 9 empty, expecting OR case.\nBy: Dr [[PERSON|Halvorsen]]',
  ],
  [
    'lab-report',
    'MICROBIOLOGY\nPatient: [[PERSON|Fatima Hussain]]   Hosp No: [[MRN|RX0093374]]   DOB: [[DATE|22/01/1987]]\nSpecimen: MSU, received [[DATE|19/11/2026]]\nCulture: >10^5 CFU/mL E. coli\nSensitive: nitrofurantoin, fosfomycin, cefalexin. Resistant: trimethoprim, amoxicillin.\nAuthorised: [[PERSON|G. Whitlock]], BMS',
  ],
  [
    'imaging-report',
    'ULTRASOUND REPORT\n[[PERSON|Chloe Martin]], 31y, LMP [[DATE|08/12/2026]]\nGA by CRL: 14w2d. Single live IUP, FHR 156. NT 1.4mm.\nEDD: [[DATE|05/19/2027]]\nSonographer: [[PERSON|Aaron Fisk]]  Reporting: Dr [[PERSON|Leah Stein]]',
  ],
  [
    'prescription',
    'HOSPITAL TTO\nName: [[PERSON|Bernard Okoye]]  Ward: 9   Hosp no: [[MRN|H1884630]]\nNKDA\n1. Clopidogrel 75mg OD (lifelong unless told)\n2. Atorvastatin 80mg ON\n3. Ramipril 2.5mg OD – titrate at GP\n4. Bisoprolol 2.5mg OD\nPharmacist check: [[PERSON|Ngozi Eze]]   Date: [[DATE|21/11/2026]]',
  ],
  [
    'consent',
    'Consent Form 1 – Patient agreement to investigation or treatment\nPatient: [[PERSON|Stephen McAllister]]   NHS: [[INSURANCE_ID|999 821 5269]]\nProcedure: Right total hip replacement\nIntended benefits: pain relief, improved mobility\nSerious risks: DVT/PE, infection (1%), dislocation, leg length discrepancy, nerve injury\nSigned: [[PERSON|S McAllister]]   [[DATE|20/11/2026]]\nHealth professional: Mr [[PERSON|Ravi Desai]], Consultant Orthopaedic Surgeon',
  ],
  [
    'billing',
    'CLAIM FORM – Health insurance\nMember: [[PERSON|Wei Chen]]   UHC member ID: [[INSURANCE_ID|918224471]]\nSSN: [[ID_CARD|987-65-4327]]\nPatient address: [[ADDRESS|402 Orchard Ln, Edison, NJ 08817]]\nDate of service: [[DATE|11/03/2026]]  CPT 99214, 85025\nProvider: Riverbend Family Practice, NPI 1548209376\nReimburse to: Mastercard [[BANK_CARD|5157549683150714]]',
  ],
  [
    'online-consult',
    "Telehealth visit – [[DATE|11/21/2026]]\nPatient: [[PERSON|Tyler Brooks]], 8yo, w/ mom [[PERSON|Jasmine Brooks]]\nVisit ID: [[MRN|TV-20261121-0447]]\nSx: sore throat, fever 101.8 x1d, no cough. Tonsils swollen w/ exudate on camera. Centor 4.\nPlan: strep test at urgent care; if +, amox 50mg/kg/d x10d. Call if can't swallow or drooling.\nClinician: [[PERSON|Rachel Nguyen]], NP",
  ],
  [
    'patient-message',
    "Hi, I'm writing about my husband [[PERSON|George Ellison]] (DOB [[DATE|12/04/1952]]). He's got an appointment on [[DATE|Dec 2]] with cardiology but his new pacemaker site is a bit red. No fever. Should we come in earlier? Best number is [[PHONE|(617) 555-0136]]. Thanks, [[PERSON|Ruth Ellison]]",
  ],
  [
    'family-chat',
    "[[PERSON|Sinead]]: Mam's bloods came back, her sodium's low again\n[[PERSON|Ciaran]]: how low\n[[PERSON|Sinead]]: 126. they're keeping her in\n[[PERSON|Ciaran]]: I'll drive up tonight, text me the ward\n[[PERSON|Sinead]]: St Brigid's ward, bed [[MRN|3]]. shes asking for her glasses",
  ],
  [
    'admission',
    'ADMISSION NOTE\nName: [[PERSON|Marjorie Adeyinka-Cole]]  Age: [[AGE|91]]  DOB: [[DATE|09/02/1935]]\nFrom: [[ADDRESS|Willow Court Care Home, 12 Station Rd, Bicester OX26 6HE]]\nPC: off legs, reduced oral intake 3/7, new confusion\nObs: T 38.1, HR 104, BP 102/58, RR 22. Urine dip: nitrites +, leuks +++.\nImp: urosepsis ?delirium. Sepsis 6 started 14:20.\nNOK: son [[PERSON|Femi]] [[PHONE|07700 900227]]',
  ],
  [
    'progress-note',
    'ONC progress 11/20\n[[PERSON|Linda Sorensen]], C3D1 FOLFOX for stage III colon ca. Mild neuropathy fingertips gr 1, no functional impairment. ANC 1.9, plt 142. OK to treat. Reviewed cold sensitivity precautions. RTC 2 weeks.\n[[PERSON|M. Castillo]], PA-C',
  ],
  [
    'discharge',
    "DISCHARGE INSTRUCTIONS\nYou were seen for: kidney stone (4mm, left)\nTake tamsulosin 0.4mg once daily until you pass the stone (max 4 weeks). Ibuprofen 600mg every 6-8 hours with food for pain.\nStrain your urine. Return if fever over 100.4, vomiting that won't stop, or pain not controlled.\nFollow up with urology in 2 weeks.",
  ],
  [
    'outpatient',
    'Antenatal booking\n[[PERSON|Emma Lawson]], G2P1, 8+4 wks by LMP ([[DATE|21/09/2026]])\nHosp no: [[MRN|MAT-6620491]]\nBMI 24, BP 112/68, urine NAD. Previous SVD 2023, no complications.\nFolic acid 400mcg. Bloods: FBC, group & save, infection screen. Dating scan booked.\nMidwife: [[PERSON|Bethan Rowlands]]',
  ],
  [
    'referral',
    'URGENT REFERRAL – Suspected cancer (breast)\nPatient: Ms [[PERSON|Joanne Tilley]], 56y\nNHS number: [[INSURANCE_ID|999 780 8169]]\nContact: [[PHONE|0113 496 0582]]; mobile [[PHONE|07700 900863]]\nEmail: [[EMAIL|jo.tilley@example.co.uk]]\nHx: 2cm hard irregular lump L breast UOQ, noticed 3 weeks ago. Mother had breast ca at 70.\nGP: Dr [[PERSON|Owen Marsh]]',
  ],
  [
    'handover',
    'Nursing handover – Surgical ward, AM\nBed [[MRN|1]] – Mr [[PERSON|Patel]] – post TURP, 3-way catheter on irrigation, rosé, no clots\nBed [[MRN|2]] – Mrs [[PERSON|Clarke]] – day 3 hemicolectomy, NG out, sips & soups\nBed [[MRN|3]] – Mr [[PERSON|Douglas]] – pre-op AAA tomorrow, NBM from midnight, consent signed\nCharge nurse: [[PERSON|Femi Ogunleye]]',
  ],
  [
    'lab-report',
    'POINT-OF-CARE TEST LOG — ED\nTroponin I (hs) — 14 ng/L (ref <34) — 09:12\nRepeat at 3h — 15 ng/L\nD-dimer 0.31 mg/L FEU\nLot 4481K2, analyser SN ICP-77320, QC passed\nOperator initials on file.',
  ],
  [
    'imaging-report',
    'CXR PA — [[DATE|11/20/2026]]\nPatient: [[PERSON|Isaac Mwangi]]   MRN: [[MRN|55180347]]\nComparison: none.\nLungs clear. No effusion or pneumothorax. Heart size normal. Healed L 6th rib fracture.\nImpression: No acute cardiopulmonary process.\nDr [[PERSON|H. Barrington]]',
  ],
  [
    'prescription',
    'Pharmacy label\n[[PERSON|MOLLY FITZGERALD]]  Rx# [[MRN|6618204]]\nAMOXICILLIN 500MG CAP  #21\nTake 1 capsule by mouth three times daily for 7 days\nDr [[PERSON|K. Osei-Bonsu]]  Filled [[DATE|11/21/26]]  Refills: 0\n[[ADDRESS|71 Harbor View Dr, Portland, ME 04101]]',
  ],
  [
    'consent',
    'Consent for release of medical information\nI, [[PERSON|Daniel Kowalczyk]], DOB [[DATE|05/14/1984]], authorize Lakeside Medical Group to release my records (office notes, labs 2024–2026) to Dr [[PERSON|Helen Strauss]], Northside Orthopedics, fax (555) 123-4567 — for continuity of care.\nSigned [[PERSON|Daniel Kowalczyk]]  [[DATE|11/20/2026]]\nEmail copy to [[EMAIL|dkowalczyk84@example.net]]',
  ],
  [
    'billing',
    'Itemised bill – Private patient\nMr [[PERSON|Alistair Doyle]], policy no. [[INSURANCE_ID|BUPA-77310294]]\nInpatient stay [[DATE|3 Nov 2026]] – [[DATE|6 Nov 2026]], laparoscopic inguinal hernia repair\nTheatre £2,450; Bed 3 nights £1,890; Drugs £214.60\nExcess payable: £250 — paid by Amex [[BANK_CARD|373418706596312]]',
  ],
  [
    'online-consult',
    'Chat transcript – online GP\n[[PERSON|Leanne]] (patient): hi my little boy has chickenpox spots since yesterday, hes eating and drinking fine, temp 37.9. can he have ibuprofen?\nDr [[PERSON|Aziz]]: Hi [[PERSON|Leanne]], best to avoid ibuprofen with chickenpox — use paracetamol instead. Keep him off nursery until all spots crust over.\n[[PERSON|Leanne]]: ok thanks x',
  ],
  [
    'patient-message',
    "Good morning, my name is [[PERSON|Ngozi Adebayo]], patient number [[MRN|RH-3340871]]. I had my smear on the [[DATE|4th of November]] and haven't heard back. Can you email the result to [[EMAIL|ngozi.adebayo@example.co.uk]]? Thank you.",
  ],
  [
    'family-chat',
    "[[PERSON|Tom]]: grandpa's home from hospital, he's fine, just needs his inhaler more\n[[PERSON|Abby]]: yay!! what was it\n[[PERSON|Tom]]: chest infection. doc said antibiotics 5 days\n[[PERSON|Abby]]: tell him love from me, visiting sunday",
  ],
  [
    'admission',
    'Psych admission\n[[PERSON|Kieran Doyle-Murphy]], 29M, voluntary. Brought by sister [[PERSON|Aoife]] after stopping lithium 3 weeks ago; 4 nights little sleep, pressured speech, spent €4,000 online. No SI/HI. Li level <0.1.\nLives: [[ADDRESS|Apt 12, 3 Grand Canal Quay, Dublin 2]]\nSister mob: [[PHONE|+353 87 416 2290]]',
  ],
  [
    'progress-note',
    'SOAP – wound clinic\nS: [[PERSON|Gerald Fincher]] says the leg ulcer is "less smelly".\nO: L medial gaiter ulcer 4.1 x 3.0 cm (last wk 4.6 x 3.3), granulating, moderate exudate. ABPI 0.92.\nA: venous leg ulcer, improving.\nP: continue 4-layer compression, review [[DATE|Dec 1]].\n[[PERSON|Helen Yates]], TVN',
  ],
  [
    'discharge',
    'ED discharge — [[PERSON|Nia Thompson]], 19F, MRN [[MRN|3004519]]\nDx: L wrist sprain, X-ray negative for fracture (scaphoid views incl.)\nPlan: wrist splint, ice, ibuprofen; repeat X-ray in 10-14 days if still snuffbox tender.\nFollow-up: Fracture clinic will call [[PHONE|(206) 555-0151]].',
  ],
  [
    'outpatient',
    'Diabetes review\nMr [[PERSON|Rajesh Iyer]] – T2DM 12 yrs, HbA1c 58 (prev 71). On metformin 1g BD + sitagliptin 100mg OD. BP 128/76. ACR 2.1. Feet: monofilament intact, pulses present. Retinal screen due [[DATE|Jan 2027]].\nSeen by [[PERSON|Carol Dunne]], DSN',
  ],
  [
    'referral',
    "Dear Colleague,\nI'd appreciate a neurology opinion on Ms [[PERSON|Yuki Tanaka]], 38, passport [[PASSPORT|TZ1048825]] (Japanese national, working here on a 2-year contract), with 6 months of episodic visual aura followed by headache. Neuro exam normal. No red flags. Currently on propranolol 40mg BD with partial effect.\nAddress: [[ADDRESS|Flat 4, 22 Cathcart Rd, London SW10 9NN]]\nRegards, Dr [[PERSON|Elena Rossi]]",
  ],
  [
    'handover',
    'Paeds ward handover 11/20 PM\nBed [[MRN|1]] [[PERSON|Ava Sinclair]] 9mo bronchiolitis, HFNC 2L/kg, feeds NG, sats 94-96\nBed [[MRN|3]] [[PERSON|Leo Marsh]] 6y post appendix, eating, home tmrw\nBed [[MRN|6]] [[PERSON|Maya Patel]] 14y DKA, off insulin infusion, diabetes team to see\nNext of kin for Ava: mum [[PERSON|Kayla]], [[PHONE|07700 900591]]',
  ],
  [
    'lab-report',
    'Blood bank\nPatient: [[PERSON|HENDERSON, Carl J]]   MRN: [[MRN|00472281]]   DOB: [[DATE|1966-02-11]]\nABO/Rh: O POS   Antibody screen: NEG\nCrossmatch 2 units PRBC — compatible — unit nos. on bag labels\nCollected [[DATE|11/21/2026]] 05:40 by [[PERSON|T. Boyd]]',
  ],
  [
    'imaging-report',
    'MRI KNEE LEFT\nPt: [[PERSON|Sofia Russo]] | DOB [[DATE|12/01/1995]] | Acc [[MRN|MR26-338114]]\nClinical: twisting injury playing netball, effusion\nFindings: complete ACL tear. Bone bruising lateral femoral condyle and posterolateral tibial plateau. Medial meniscus intact. MCL grade 1 sprain.\nReported by Dr [[PERSON|Nkemdirim Obi]]',
  ],
  [
    'prescription',
    'e-Prescription\nPatient: [[PERSON|Hamid Rahimi]]  DOB [[DATE|1990-09-17]]\nMedicare no. [[INSURANCE_ID|4172 59839 2]]\nSalbutamol 100mcg MDI, 2 puffs PRN; Budesonide/formoterol 200/6 1 puff BD\nToken sent to mobile [[PHONE|0491 570 118]] and [[EMAIL|h.rahimi@example.com.au]]\nPrescriber: Dr [[PERSON|Grace Tupou]]',
  ],
  [
    'consent',
    'Vaccination consent – school program\nChild: [[PERSON|Lucas Hernández]]   Grade 7   DOB [[DATE|02/26/2014]]\nVaccines: Tdap, HPV (dose 1), MenACWY\nAllergies: none known\nParent/guardian: [[PERSON|Marisela Hernández]]   Phone [[PHONE|(210) 555-0109]]\nSignature on file [[DATE|11/10/2026]]',
  ],
  [
    'billing',
    'Insurance verification\nSubscriber: [[PERSON|Andre Jackson]]  Member ID: [[INSURANCE_ID|W284710936]]  Group: 0049871\nPatient: [[PERSON|Kennedy Jackson]] (dependent, 6y)\nCopay $30 collected — Discover [[BANK_CARD|6011855770517689]]\nVerified by [[PERSON|Lori]] at front desk',
  ],
  [
    'online-consult',
    'Async e-visit: UTI\nPatient [[PERSON|Courtney Blake]], 26F, not pregnant, burning + frequency x2d, no fever/flank pain/discharge.\nDx: uncomplicated cystitis.\nRx: nitrofurantoin 100mg BID x5d sent to pharmacy.\nLogin from [[IP|198.51.100.44]] [[DATE|11/21/2026]] 07:58',
  ],
  [
    'patient-message',
    "Dear nurse, I am [[PERSON|Olumide Akinwale]]'s wife. He was discharged last week after his bypass and the chest wound is healing well. Please can you change our home phone on his file to [[PHONE|0113 496 0214]]? We have moved to [[ADDRESS|9 Ashgrove Terrace, Leeds LS6 3EH]]. Kind regards, [[PERSON|Funmi]]",
  ],
  [
    'family-chat',
    "[[PERSON|Rosa]]: mom's biopsy is friday at 8, need someone to drive her\n[[PERSON|Luis]]: i can, my truck's fixed\n[[PERSON|Rosa]]: ok thx. parking garage needs the plate, what is it again\n[[PERSON|Luis]]: [[PLATE|8XZK219]]\n[[PERSON|Rosa]]: registered it",
  ],
  [
    'admission',
    'Admission – Medicine\n[[PERSON|Zhang Hao]] ([[PERSON|张浩]]), 25M, international student. Passport [[PASSPORT|EJ4471203]]; Chinese ID [[ID_CARD|330106200104161244]] on insurance card? — checked: belongs to his sister [[PERSON|Zhang Yu]], 25F, not the patient.\nPC: fever, headache, neck stiffness 1 day. LP pending.\nTerm address: [[ADDRESS|Room 317, Cartwright Hall, 40 University Ave, Sheffield S3 7RA]]\nStudent email [[EMAIL|hzhang21@example.ac.uk]]',
  ],
  [
    'progress-note',
    'Hospitalist progress note\nPt is a [[AGE|96]] y/o F (Ms [[PERSON|Pearl Whitcombe]]) w/ aspiration PNA, DNR/DNI per MOLST. Afebrile 24h. On 2L NC. SLP: mechanical soft w/ thin liquids, chin tuck. Daughter [[PERSON|June]] updated by phone. Anticipate SNF placement Mon.\n— Dr [[PERSON|Kofi Mensah]]',
  ],
  [
    'discharge',
    "Day surgery discharge\nPatient: [[PERSON|Grace O'Connell]]  Hosp ID: [[MRN|DS-0661284]]\nProcedure: L carpal tunnel release under LA, [[DATE|20 Nov 2026]]\nKeep dressing dry 48h, elevate hand, paracetamol/ibuprofen. Sutures out at practice nurse day 10-14.\nProblems: call Day Unit or out-of-hours 111.",
  ],
  [
    'outpatient',
    'Geriatrics clinic\n[[PERSON|Albert Nakamura]], age [[AGE|92]], w/ son [[PERSON|Ken]]\nFalls x2 in Oct, no injuries. Orthostatic drop 28 mmHg systolic. Stop doxazosin. Timed Up and Go 19s. Referral to falls programme. Vit D 38.\nLives alone, [[ADDRESS|1120 Kapiolani Blvd #1504, Honolulu, HI 96814]]',
  ],
  [
    'referral',
    'Referral to memory clinic\nName: [[PERSON|Edna Marlow]]   Age: [[AGE|90]]\nAddress: [[ADDRESS|5 Church Lane, Little Witham, Norfolk NR17 2BD]]\nConcerns: 18 months of word-finding difficulty, repeating questions, got lost driving to the shop. ACE-III 71/100. Bloods normal. CT head: small vessel disease.\nCarer: niece [[PERSON|Julie Marlow]], [[EMAIL|julie.marlow@example.co.uk]]',
  ],
  [
    'handover',
    'Maternity handover – labour ward 07:30\nRm [[MRN|2]]: [[PERSON|Hollie Grant]], P0, 6cm, epidural, CTG normal\nRm [[MRN|4]]: [[PERSON|Fatou Camara]], P2, IOL for PET, BP 150/95 on labetalol, MgSO4 running\nRm 5: empty\nTheatre: cat 2 CS listed for Rm [[MRN|4]] if no progress by 10:00\nCoordinator: [[PERSON|Nicola Burns]]',
  ],
  [
    'lab-report',
    'Pathology – histology\nSpecimen: skin ellipse, L upper back\nPatient: [[PERSON|WOJCIK, Anna]]   DOB: [[DATE|30/10/1972]]   Lab no: [[MRN|H26-118472]]\nDiagnosis: superficial spreading melanoma, Breslow 0.6mm, Clark II, no ulceration, margins clear (closest 3mm).\nReported [[DATE|19/11/2026]] by Dr [[PERSON|Farid Haddad]]',
  ],
  [
    'patient-message',
    'Hi, I booked online with username [[ACCOUNT|kellyann_r88]] but the confirmation went to my old email. The appointment is for my son [[PERSON|Brody Ryan]] on [[DATE|Nov 27]] at 3:40. Can you move it to the new address [[EMAIL|kellyann.ryan@example.com]]? Thanks, [[PERSON|Kelly-Ann Ryan]]',
  ],
  [
    'online-consult',
    'Video consult summary\nPatient: [[PERSON|Mohammed Al-Rashid]]  Portal user: [[ACCOUNT|m.alrashid]]\nConnected from [[IP|2001:db8:4a2::17]] on [[DATE|21 Nov 2026]]\nReason: repeat prescription – omeprazole 20mg. Reflux controlled, no dysphagia, weight stable, no GI bleeding.\nPlan: continue, trial step-down to PRN in 3 months.\nDr [[PERSON|Lucy Abara]]',
  ],
  [
    'family-chat',
    "[[PERSON|Dee]]: anyone know grandma's insurance number? the pharmacy's asking\n[[PERSON|Marcus]]: it's on the card in her purse\n[[PERSON|Dee]]: found it [[INSURANCE_ID|1EG4-TE5-MK72]]\n[[PERSON|Marcus]]: don't put that in the group chat lol\n[[PERSON|Dee]]: oops",
  ],
  [
    'billing',
    'Payment plan agreement\nResponsible party: [[PERSON|Tanisha Wright]]\nAccount: [[MRN|88014532]]\nBalance: $2,140.00 — 10 monthly payments of $214.00\nAutopay card: [[BANK_CARD|4086497010946793]] (Visa)\nBilling address: [[ADDRESS|740 Peachtree Pl NE, Atlanta, GA 30308]]\nQuestions: billing office, extension 4410',
  ],
  [
    'consent',
    'Research consent – Cardiac rehab registry\nParticipant: [[PERSON|Dennis Moloney]]   Participant ID: [[MRN|CRR-0419]]\nI agree my data (exercise tests, questionnaires) may be stored for 10 years. I can withdraw at any time.\nSignature: [[PERSON|D. Moloney]]   Date: [[DATE|18 Nov 2026]]\nResearcher: [[PERSON|Aoife Keane]]',
  ],
  [
    'prescription',
    'CONTROLLED DRUG PRESCRIPTION\nPatient: [[PERSON|Colin Burrows]]  [[ADDRESS|33 Mill Street, Kendal LA9 6LU]]\nNHS no: [[INSURANCE_ID|999 526 0182]]\nMorphine sulfate MR 10mg tablets, one tablet twice daily, supply 28 (twenty-eight) tablets\nPrescriber: Dr [[PERSON|Anjali Bose]]  [[DATE|21/11/2026]]',
  ],
  [
    'outpatient',
    'Sexual health clinic\nClinic no: [[MRN|SH-26-07731]] (no name recorded, per patient request)\nPresents for PrEP start. HIV 4th gen neg, Cr 78, HBsAg neg. Started TDF/FTC daily. Advised 7 days before protection for receptive anal sex. Review 3 months.\nContact by text only: [[PHONE|07700 900312]]',
  ],
  [
    'admission',
    'Obstetric triage\n[[PERSON|Keisha Romero]], 27y G1, 34+2 wks, c/o headache and blurred vision since AM. BP 162/104, urine prot 2+. Reflexes brisk.\nImp: pre-eclampsia with severe features. Admit, MgSO4, labetalol, steroids.\nPartner [[PERSON|Devon Romero]] [[PHONE|(404) 555-0188]]\nAddress: [[ADDRESS|1876 Sycamore Dr, Decatur, GA 30030]]',
  ],
  [
    'discharge',
    'Discharge summary – Cardiology\n[[PERSON|Patrick Nolan]], 61M, MRN [[MRN|CA-2281047]]\nAdmitted [[DATE|16/11/2026]] with inferior STEMI, primary PCI to RCA (DES x1). EF 50%.\nMeds: aspirin 75mg, ticagrelor 90mg BD (12 months), atorvastatin 80mg, ramipril 2.5mg, bisoprolol 1.25mg.\nCardiac rehab referral made. DVLA: no driving 1 week.\nGP: Dr [[PERSON|Meera Shah]]',
  ],
  [
    'patient-message',
    "To the surgery — this is [[PERSON|Phyllis Ward]] (DOB [[DATE|3/3/1944]]). My repeat for levothyroxine says 75 but the chemist gave me 100s. Which should I take? I have about a week left. Ring me on [[PHONE|0113 496 0760]], I don't do email. Thank you.",
  ],
  [
    'family-chat',
    "[[PERSON|Nat]]: baby's temp is 37.6, is that a fever\n[[PERSON|Jamie]]: i think fever is 38\n[[PERSON|Nat]]: ok she's feeding fine. gonna keep an eye\n[[PERSON|Jamie]]: health visitor number is on the red book if worried",
  ],
  [
    'progress-note',
    'Neuro progress — Day 4\nL MCA stroke, s/p thrombectomy. Power R arm 3/5 (improved from 1/5), R leg 4/5. Speech: mild expressive aphasia. Swallow passed, soft diet. Aspirin 300 for 14d then clopidogrel. Echo: no thrombus. Holter pending. Discussed at MDT.',
  ],
  [
    'referral',
    'Community nursing referral\nNo identifiers in this template — fill from PAS.\nReason: daily wound dressing, sacral pressure ulcer category 2, 3 x 2 cm. Diabetic. Lives alone, key safe on request. Start date: ASAP.\nEquipment: pressure-relieving mattress in place.',
  ],
  [
    'handover',
    'Theatre list – Wed\n1. Lap chole – ASA 2 – 45 min\n2. Inguinal hernia repair (L) – ASA 1 – 40 min\n3. Excision lipoma back – LA – 20 min\n4. EUA + I&D perianal abscess – ASA 2 – 30 min\nSurgeon: on-call consultant. Anaesthetist: rota.',
  ],
  [
    'online-consult',
    "Nurse advice line — scripted reply\nIf your child's temperature is 38°C or above and they are under 3 months old, call 911. For older children who are drinking and alert, give acetaminophen 15 mg/kg every 4-6 hours (max 5 doses in 24 hours) and call back if fever lasts more than 3 days.",
  ],
  [
    'billing',
    'Reimbursement request\nClaimant: [[PERSON|Sanjay Kulkarni]]  Passport: [[PASSPORT|Z4471920]]  Travel policy: [[INSURANCE_ID|TRV-2026-0088431]]\nTreatment abroad: fractured L radius, Chiang Mai, [[DATE|2 Nov 2026]]\nAmount: THB 48,200\nPay to: Mastercard [[BANK_CARD|5570311275868826]], name on card [[PERSON|S KULKARNI]]',
  ],
  [
    'consent',
    'Photography consent\nI consent to clinical photographs of my burn (R forearm) being taken for my medical record and teaching. Photos will not show my face.\nName: [[PERSON|Josefina Rivera]]   Signature on file   Date: [[DATE|11/21/2026]]',
  ],
  [
    'patient-message',
    'hello doctor, i am [[PERSON|Rajan Pillai]]. my mother [[PERSON|Kamala]] aged [[AGE|94]] is in your ward 8, bed [[MRN|22]]. i am in Dubai, flying back tomorrow on passport [[PASSPORT|U8830412]]. please can the doctor update me on whatsapp [[PHONE|+971 50 318 4406]]. thank you',
  ],
  [
    'online-consult',
    'Portal: new patient registration\nUser: [[ACCOUNT|j.ofori1990]]  Name: [[PERSON|Jerome Ofori]]  DOB [[DATE|22 Jul 1990]]\nNI number: [[ID_CARD|QQ 12 34 56 C]]\nHome: [[ADDRESS|48 Brookfield Rd, Manchester M19 3FT]]\nPreferred pharmacy: Levenshulme Pharmacy\nRegistered from [[IP|203.0.113.201]]',
  ],
  [
    'family-chat',
    "[[PERSON|Kaz]]: link to nana's hospital discharge letter, it expires in 7 days [[URL|https://share.nhsmail.example.org/d/9f3KQ2]]\n[[PERSON|Tash]]: can't open it on my phone\n[[PERSON|Kaz]]: try [[URL|docs.example.co.uk/nana-discharge]]\n[[PERSON|Tash]]: got it ty",
  ],
  [
    'patient-message',
    "Dear Dr [[PERSON|Moreau]], I can't make my appointment on [[DATE|Dec 4]] (ref [[MRN|OP-2026-55721]]). Could I have something the week after? My son drives me and his car is [[PLATE|KY19 WHD]] if you need it for the car park pass. — [[PERSON|Irene Castellanos]]",
  ],
  [
    'outpatient',
    "Urgent care visit — [[DATE|11/20/2026]]\n[[PERSON|Derek Sullivan]] 44M, dog bite R hand from neighbor's vaccinated dog. 2 puncture wounds dorsum, no tendon involvement. Irrigated. Tdap updated. Amox-clav 875 BID x5d. Wound check 48h.\nEmployer: Tri-County Landscaping",
  ],
];

export function generateDeidHoldout6(): LabelledRecord[] {
  return holdoutRecords('h6', zh, en);
}

export const DEID_HOLDOUT_6_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/labelled/deid-holdout-6.jsonl',
);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const records = generateDeidHoldout6();
  writeFileSync(DEID_HOLDOUT_6_PATH, renderJsonl(records));
  console.log(`wrote ${records.length} records to ${DEID_HOLDOUT_6_PATH}`);
}
