import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { holdoutRecords, type LabelledRecord, renderJsonl } from './generate-deid.ts';

/**
 * The ROUND-27 fresh held-out de-identification set (data/labelled/deid-holdout-27.jsonl): hand-written
 * snippets with hand-placed spans, marked inline as [[TYPE|text]] (parseMarked strips the marks and
 * records UTF-16 offsets). Written by a separate annotator who did not read the recognizer code and
 * never ran a recognizer on these snippets; it must not be used to adjust the recognizers.
 *
 * About four fifths are the everyday documents of a general hospital and the messages of its patients
 * (admission, progress and discharge notes, outpatient notes and letters, referrals, handovers, nursing
 * notes, lab, pathology and imaging reports, prescriptions and labels, consent, billing papers, online
 * consultations, patient messages and e-mails, family chats and SMS reminders), in new wording; about a
 * fifth come from settings earlier rounds did not list as genres: botulinum toxin (spasticity and
 * chronic migraine) clinics, patch-test (contact dermatitis) clinics, scoliosis clinics, fetal medicine
 * units and insulin pump (diabetes technology) clinics.
 *
 * Identifiers are synthetic: resident IDs carry a valid GB 11643 check character and a region code, sex
 * digit and birth date consistent with the text (15-digit IDs likewise), bank cards a valid Luhn digit,
 * NHS numbers are in the 999 test range with their modulus-11 digit, the Australian Medicare numbers
 * pass their check digit, the OHIP numbers their Luhn digit, the NZ NHI its check character and the Hong
 * Kong identity card its bracketed check character; the US SSN is in the 987-65-432x advertising range.
 * Phones are random mainland numbers or fictional ranges (North American 555-01xx, UK 07700 900xxx and
 * 01632 960xxx, the Australian 0491 57x xxx numbers set aside for drama); mail and web hosts are
 * example.*; IP addresses come from the documentation ranges.
 *
 * Span conventions are those of the data/labelled/deid-holdout-2 to -26 cards; the decisions new in
 * this round are in data/labelled/deid-holdout-27.card.yaml.
 */
const zh: Array<[string, string]> = [
  [
    'admission',
    `心血管内科入院记录\n姓名：[[PERSON|唐建军]]　性别：男　年龄：61岁　婚姻：已婚\n身份证号：[[ID_CARD|320102196507143810]]\n住址：[[ADDRESS|南京市玄武区太平北路688号丹凤新寓5幢2单元503室]]\n入院时间：[[DATE|2026年11月22日]] 07:45（急诊收入）\n主诉：胸骨后压榨样疼痛反复发作2天，加重3小时。\n辅助检查：hs-cTnT 1,240 ng/L，心电图V1–V4导联ST段压低0.2 mV。GRACE评分142分。\n初步诊断：急性非ST段抬高型心肌梗死（I21.4）\n住院号：[[MRN|XN2611-20573]]　床号：CCU [[MRN|3]]\n联系人：女儿 [[PERSON|唐雪莹]]　[[PHONE|13851946207]]\n接诊医师：[[PERSON|蔡]]`,
  ],
  [
    'admission',
    `老年医学科今日收治[[PERSON|韦秀珍]]，女，[[AGE|93]]岁，壮族，身份证[[ID_CARD|450103330512274]]，家住[[ADDRESS|南宁市青秀区古城路118号金湖花园6栋2单元1702]]，近1月食欲差、体重下降约4 kg，1周内在家中跌倒2次，无骨折。查Alb 29 g/L、Na 128 mmol/L，MMSE 17分，考虑衰弱综合征、低钠血症、营养不良，予营养科会诊、缓慢补钠。安排[[MRN|15]]床（16床空床待消毒），住院号[[MRN|LN2611-0932]]，由外孙女[[PERSON|陆思雨]]陪护，手机[[PHONE|19977046318]]，入院时间[[DATE|2026年11月21日]]10时。`,
  ],
  [
    'admission',
    `新生儿科入院｜[[PERSON|胡晓燕]]之子｜男｜日龄1天｜出生[[DATE|2026-11-21]] 03:42\n胎龄35+2周｜出生体重2280 g｜Apgar评分1分钟8分、5分钟9分\n入院原因｜早产儿；新生儿低血糖（末梢血糖1.9 mmol/L）\n住院号[[MRN|XSE2611417]]｜暖箱[[MRN|7]]号\n父亲[[PERSON|郑宏亮]]，电话[[PHONE|15262318094]]｜经治：[[PERSON|戚]]医生`,
  ],
  [
    'progress-note',
    `[[DATE|2026年11月20日]]（周五）冠心病监护室病程记录\n患者[[PERSON|马国强]]，男，55岁，[[MRN|2]]床，急性下壁ST段抬高型心肌梗死，[[DATE|11月18日]]急诊行右冠状动脉支架植入术，今为术后第2天。无胸痛，HR 58次/分，偶发室早，BNP 420 pg/ml，LVEF 48%。继续阿司匹林100 mg qd联合替格瑞洛90 mg bid，瑞舒伐他汀10 mg qn。明日转普通病房。\n记录：[[PERSON|甘]]医师　审核：[[PERSON|欧阳]]副主任`,
  ],
  [
    'progress-note',
    `术后首次病程记录\n[[DATE|2026-11-19]] 16:30\n患者[[PERSON|宋丽娟]]，女，49岁，住院号[[MRN|SW2611186]]，今日在全麻下行右额叶凸面脑膜瘤切除术（Simpson II级）。术者：[[PERSON|姚建新]]；助手：[[PERSON|程]]医师、[[PERSON|侯佳宁]]；麻醉：[[PERSON|武]]医师。术中出血约300 ml，未输血。术后返ICU，GCS 15分，四肢活动好。注意观察意识、瞳孔及引流量，[[DATE|11月20日]]晨复查头颅CT。`,
  ],
  [
    'progress-note',
    `血液科查房记录　[[DATE|2026-11-17]]\n[[MRN|28]]床[[PERSON|覃丽萍]]，女，36岁，急性髓系白血病（FLT3-ITD阳性）诱导化疗后第14天。骨髓抑制期，ANC 0.1×10^9/L，PLT 12×10^9/L，昨夜T 38.6℃，已送血培养。予美罗培南1 g q8h，输注单采血小板1治疗量。\n[[PERSON|韩]]主任查房：继续保护性隔离，[[DATE|11月24日]]复查骨髓穿刺。\n护士长：[[PERSON|农秋菊]]`,
  ],
  [
    'discharge',
    `出院小结\n姓名：[[PERSON|陈静]]　性别：女　年龄：45岁　住院号：[[MRN|ZJ2611-3354]]\n身份证号：[[ID_CARD|33010619810309676X]]\n家庭住址：[[ADDRESS|杭州市西湖区古墩路478号枫华苑12幢3单元401室]]\n入院日期：[[DATE|2026年11月10日]]　出院日期：[[DATE|2026年11月17日]]\n诊断：胆囊结石伴慢性胆囊炎\n诊疗经过：[[DATE|11月12日]]行腹腔镜胆囊切除术，术后恢复顺利，切口甲级愈合。\n出院带药：熊去氧胆酸胶囊250 mg tid\n随访：[[DATE|2026年12月1日]]肝胆外科门诊复查。\n主治医师：[[PERSON|俞]]`,
  ],
  [
    'discharge',
    `腰椎融合术后出院指导：出院后下床活动请佩戴腰围3个月，卧床时可以取下；3个月内避免弯腰搬重物，久坐不要超过40分钟；伤口拆线后一周可以淋浴。如出现伤口红肿渗液、发热，或双下肢麻木无力加重、大小便异常，请立即来院就诊。术后1个月、3个月各复查一次腰椎正侧位片。`,
  ],
  [
    'discharge',
    `诊断证明书\n兹有患者[[PERSON|李德明]]，男，84岁，身份证号[[ID_CARD|140106420125817]]，因“慢性阻塞性肺疾病急性加重、II型呼吸衰竭”于[[DATE|2026年11月3日]]至[[DATE|2026年11月16日]]在我院呼吸与危重症医学科住院治疗，出院后需长期家庭氧疗（每日15小时以上），建议全休一个月。\n医师：[[PERSON|闫]]　（科室盖章）　[[DATE|2026年11月16日]]\n家属领取：[[PERSON|李晓峰]]（儿子）`,
  ],
  [
    'outpatient',
    `内分泌科门诊　[[DATE|2026-11-18]]\n姓名：[[PERSON|周红梅]]　女　57岁　门诊号：[[MRN|NF2611-07731]]　医保卡号：[[INSURANCE_ID|3201006629413]]\n主诉：口干多饮半年，体重下降5 kg。\n检查：空腹血糖11.8 mmol/L，HbA1c 9.6%，尿酮体阴性，eGFR 88 ml/min。\n诊断：2型糖尿病\n处理：二甲双胍0.5 g bid（一周后加至tid），达格列净10 mg qd；糖尿病教育护士[[PERSON|芮]]做饮食指导；[[DATE|12月16日]]复诊。\n医师：[[PERSON|秦]]`,
  ],
  [
    'outpatient',
    `消化内科门诊：[[PERSON|王子豪]]，男，23岁，在校大学生，身份证[[ID_CARD|610113200308306274]]，由母亲[[PERSON|冯丽华]]陪同，诉反复腹痛、腹泻伴黏液血便4月，每日6–8次，体重下降6 kg。粪钙卫蛋白>1800 μg/g，CRP 36 mg/L，Hb 104 g/L。初步考虑溃疡性结肠炎可能，已开结肠镜检查，预约[[DATE|11月25日]]，检查前一日按要求口服聚乙二醇电解质散。联系电话[[PHONE|18729460513]]。医师：[[PERSON|房]]`,
  ],
  [
    'outpatient',
    `骨科门诊｜[[PERSON|张桂英]]｜女｜[[AGE|96]]岁｜门诊号[[MRN|GK26-118064]]\n主诉：[[DATE|11月19日]]在家滑倒，右髋疼痛、不能站立。\n查体：右下肢短缩外旋畸形，右髋叩痛（+）。\nX线：右股骨颈骨折（Garden IV型）。\n处理：建议行人工股骨头置换，家属要求商量后决定；暂予皮牵引、镇痛。\n陪同：孙女[[PERSON|张悦]]（手机[[PHONE|13770528816]]）｜医师：[[PERSON|凌]]`,
  ],
  [
    'referral',
    `双向转诊单（上转）\n患者：[[PERSON|赵淑华]]　女　[[AGE|91]]岁　身份证：[[ID_CARD|120103350218750]]\n住址：[[ADDRESS|天津市河西区围堤道21号友谊新村7号楼4门302]]\n初步诊断：社区获得性肺炎？心力衰竭待排\n转诊原因：社区输液治疗3天仍发热，SpO2 91%，需进一步检查。\n转出单位：河西区某社区卫生服务中心\n转诊日期：[[DATE|2026年11月20日]]\n转诊医生：[[PERSON|吴海燕]]　电话：[[PHONE|13602190478]]`,
  ],
  [
    'referral',
    `会诊申请｜普外科[[MRN|41]]床｜[[PERSON|何志刚]]｜男｜62岁｜住院号[[MRN|PW2611093]]\n病情：直肠癌根治术后第5天，今晨突发胸闷、气促，SpO2 88%，D-二聚体5.6 mg/L。\n目的：请呼吸科会诊，协助诊治（肺栓塞？）\n申请医师：[[PERSON|祝晓东]]（手机[[PHONE|18602715439]]）｜[[DATE|2026-11-21]] 08:20`,
  ],
  [
    'referral',
    `转诊信\n[[PERSON|杨丽华]]，女，白族，38岁，家住[[ADDRESS|大理市下关镇泰安路56号苍山小区3幢2单元501室]]，孕2产1，现孕29周。今日产检OGTT异常（空腹5.8、1小时11.2、2小时9.6 mmol/L），血压142/92 mmHg，尿蛋白1+。考虑妊娠期糖尿病、妊娠期高血压，特转上级医院产科高危门诊进一步管理。\n联系人：丈夫[[PERSON|段建华]] [[PHONE|13888062741]]\n[[DATE|2026年11月19日]]　经治医生：[[PERSON|尹]]`,
  ],
  [
    'handover',
    `普外科夜班交班 [[DATE|11/20]]\n床号  姓名      诊断               交班要点\n[[MRN|31]]    [[PERSON|邓国平]]    胃癌术后第1天      胃管引流200 ml，颜色转淡\n32    空床\n[[MRN|33]]    [[PERSON|陶小军]]    急性阑尾炎         明早第一台手术，已禁食\n[[MRN|35]]    [[PERSON|薛凤英]]    粘连性肠梗阻       腹胀减轻，已排气\n加床  无名氏（男，约50岁）  腹部刀刺伤观察    警方已联系\n交班：[[PERSON|曹敏]]　接班：[[PERSON|施雨晴]]`,
  ],
  [
    'handover',
    `（ICU晨交班，录音整理）[[MRN|5]]床[[PERSON|孙建平]]，重症肺炎，插管第6天，今天准备做自主呼吸试验，痰培养是鲍曼不动杆菌，已经换成替加环素。6床昨晚转出去了，现在空着。[[MRN|7]]床是车祸多发伤的[[PERSON|潘宇航]]，骨科说等血红蛋白稳定了再做骨盆外固定，他爸爸在外面等，电话[[PHONE|15937406182]]。有事找[[PERSON|司马]]护士长。我是[[PERSON|董佳慧]]，交完了。`,
  ],
  [
    'handover',
    `急诊抢救室交班｜[[DATE|2026-11-22]] 08:00\n抢救[[MRN|1]]床｜[[PERSON|钱素芬]]｜女｜[[AGE|九十二]]岁｜重症肺炎、感染性休克，去甲肾上腺素维持，儿子[[PERSON|钱志华]]已签不插管\n抢救2床｜空\n抢救[[MRN|3]]床｜[[PERSON|江海波]]｜男｜41岁｜上消化道出血，已输红细胞2 U，胃镜室9点来接\n抢救4床｜无名氏（女，约60岁），路边晕倒送入，头颅CT未见出血，派出所在查身份\n交：[[PERSON|柏]]医生　接：[[PERSON|诸葛]]医生`,
  ],
  [
    'nursing-note',
    `骨科护理记录单\n姓名：[[PERSON|高玉珍]]　女　77岁　床号：[[MRN|12]]　住院号：[[MRN|GK2611-4470]]\n[[DATE|11-19]] 14:00　右全膝关节置换术后返回病房，患肢抬高，引流管通畅，引流液80 ml。\n[[DATE|11-19]] 20:00　NRS 5分，遵医嘱予帕瑞昔布40 mg静推，半小时后降至3分。\n[[DATE|11-20]] 06:00　足背动脉搏动好，踝泵运动指导完成。女儿[[PERSON|付丽娟]]陪护。\n护士：[[PERSON|蒙]]`,
  ],
  [
    'nursing-note',
    `住院期间防跌倒温馨提示：起床做到“三个30秒”——醒后躺30秒、坐起30秒、站立30秒再行走；夜间下床请先开灯，必要时按呼叫铃请护士协助；请穿防滑鞋，不要穿拖鞋；地面潮湿时不要走动；服用降压药、安眠药后动作要慢。家属离开病房时请告知护士。`,
  ],
  [
    'nursing-note',
    `居家护理服务记录｜[[PERSON|罗德贵]]｜男｜76岁｜身份证[[ID_CARD|510104195010036976]]\n服务地址｜[[ADDRESS|成都市锦江区书院西街18号书院苑4栋1单元702]]\n[[DATE|11月18日]]（周三）上门：更换留置导尿管（16Fr），尿液淡黄清亮；骶尾部2期压力性损伤，创面1.5 cm×1 cm，予泡沫敷料。\n照护者：老伴[[PERSON|吕素琴]]｜下次上门：[[DATE|11月25日]]｜护士[[PERSON|阳]]`,
  ],
  [
    'lab-report',
    `检验报告单（血常规）\n姓名：[[PERSON|许志华]]  性别：男  年龄：66岁  住院号：[[MRN|XY2611-5207]]  床号：[[MRN|8]]\n标本号：[[MRN|B2611200934]]  采样时间：[[DATE|2026-11-20]] 05:50\n项目     结果     参考范围\nWBC      2.1 ↓    3.5–9.5 ×10^9/L\nNEUT#    0.8 ↓    1.8–6.3 ×10^9/L\nHGB      86 ↓     130–175 g/L\nPLT      48 ↓     125–350 ×10^9/L\n检验者：[[PERSON|莫]]  审核者：[[PERSON|应]]`,
  ],
  [
    'lab-report',
    `病理诊断报告\n病理号：[[MRN|P2611-08736]]　姓名：[[PERSON|林秀珠]]　性别：女　年龄：55岁\n身份证号：[[ID_CARD|350102197106213363]]\n送检科室：乳腺外科　住院号：[[MRN|FZ2611372]]\n送检日期：[[DATE|2026年11月13日]]\n大体：右乳肿物切除标本，大小2.3 cm×1.8 cm×1.5 cm。\n病理诊断：（右乳）浸润性导管癌，II级；ER 90%+，PR 60%+，HER2（1+），Ki-67约20%。\n报告日期：[[DATE|2026年11月18日]]　诊断医师：[[PERSON|卓]]　复核：[[PERSON|郑海鹰]]`,
  ],
  [
    'lab-report',
    `遗传性肿瘤基因检测报告｜样本编号 [[MRN|GT26-11-02913]]｜门诊号 [[MRN|SH2611-7752]]\n受检者：[[PERSON|沈怡]]｜女｜37岁｜身份证 [[ID_CARD|310104198812023081]]\n结果：检出BRCA2基因c.5645C>A（p.Ser1882*）杂合致病变异\n建议：遗传咨询；一级亲属（母亲[[PERSON|顾美琴]]、妹妹[[PERSON|沈悦]]）做位点验证\n采样日期 [[DATE|2026-10-30]]｜报告日期 [[DATE|2026-11-16]]｜审核 [[PERSON|冀]]`,
  ],
  [
    'imaging-report',
    `头颅MRI平扫+增强\n姓名：[[PERSON|彭晓明]]　性别：男　年龄：44岁　影像号：[[MRN|MR2611-30417]]\n检查日期：[[DATE|2026年11月17日]]\n所见：左侧桥小脑角区见一类圆形占位，大小约1.8 cm×1.5 cm，增强后明显不均匀强化，左侧内听道扩大。与[[DATE|2025年12月]]片比较增大约0.4 cm。\n印象：左侧听神经瘤可能性大。\n报告医师：[[PERSON|邝]]　审核医师：[[PERSON|戴]]医师`,
  ],
  [
    'imaging-report',
    `甲状腺超声｜检查号[[MRN|US2611-44180]]｜[[PERSON|叶丹]]｜女｜29岁\n所见：右叶中部见一低回声结节，大小0.9 cm×0.7 cm，纵横比>1，边缘模糊，内见点状强回声；左叶未见明显结节。\n提示：右叶结节C-TIRADS 4C类，建议细针穿刺活检。\n检查时间：[[DATE|2026.11.16]]｜报告：[[PERSON|万]]医师`,
  ],
  [
    'prescription',
    `门诊处方笺（普通）\n处方编号：2611180572\n姓名：[[PERSON|徐志远]]　男　35岁　门诊号：[[MRN|MZ2611-90315]]\n临床诊断：急性痛风性关节炎\nRp：秋水仙碱片0.5 mg×20片，首剂1 mg，1小时后0.5 mg，之后0.5 mg bid\n　　依托考昔片120 mg×5片，每日1次\n医师：[[PERSON|舒]]　审核/调配：[[PERSON|林晓婷]]　日期：[[DATE|2026-11-18]]`,
  ],
  [
    'prescription',
    `第一类精神药品处方\n患儿：[[PERSON|方浩宇]]　男　10岁　身份证号：[[ID_CARD|340104201604172971]]\n代办人：父亲[[PERSON|方军]]　身份证号：[[ID_CARD|340104198409080110]]\n诊断：注意缺陷多动障碍（混合型）\nRp：盐酸哌甲酯缓释片18 mg×30片，每日早晨1片\n处方号：J2611-0215　医师：[[PERSON|童]]　日期：[[DATE|2026年11月19日]]`,
  ],
  [
    'prescription',
    `处方药品配送单\n收件人：[[PERSON|刘建华]]　电话：[[PHONE|13521087469]]\n收件地址：[[ADDRESS|北京市朝阳区安立路60号润枫水尚5号楼3单元1102]]\n药品：恩替卡韦分散片0.5 mg×28片，每日1次空腹服用\n医保卡号：[[INSURANCE_ID|1101086320547]]　电子发票邮箱：[[EMAIL|liujh_1102@example.com]]\n订单号：YP2611190083　配送员：[[PERSON|吕]]师傅`,
  ],
  [
    'consent',
    `麻醉知情同意书\n患者：[[PERSON|黄伟]]　男　47岁　住院号：[[MRN|CS2611-2088]]\n身份证号：[[ID_CARD|430103197911116853]]\n拟行手术：腹腔镜下右肾部分切除术　拟施麻醉：全身麻醉\nASA分级II级，Mallampati III级。告知风险：困难气道、反流误吸、术后恶心呕吐、术中知晓等。\n患者签名：[[PERSON|黄伟]]　日期：[[DATE|2026-11-20]]　麻醉医师：[[PERSON|栾]]`,
  ],
  [
    'consent',
    `无痛胃肠镜检查知情同意书\n姓名：[[PERSON|孙秀梅]]，女，64岁，身份证号[[ID_CARD|230102196210304503]]，门诊号[[MRN|MZ26-3318402]]\n检查项目：无痛胃镜+结肠镜（静脉麻醉，丙泊酚）\n预约日期：[[DATE|2026年11月26日]]\n风险：出血、穿孔、麻醉药物过敏、呼吸抑制等。\n患者签字：[[PERSON|孙秀梅]]　家属签字：[[PERSON|于建国]]（丈夫）　医师：[[PERSON|隋]]`,
  ],
  [
    'consent',
    `拒绝或放弃医学治疗告知书\n患者[[PERSON|马德福]]，男，88岁，身份证号[[ID_CARD|620102380912253]]，现住[[MRN|6]]床，诊断：胃癌晚期伴多发转移、恶病质。医师已告知鼻饲营养和有创操作的获益与风险，患者及家属商量后决定放弃有创抢救，只接受姑息对症治疗。\n患者授权代理人：儿子[[PERSON|马建军]]，身份证号[[ID_CARD|620102197405067939]]，电话[[PHONE|13919647052]]\n代理人签字：[[PERSON|马建军]]　见证人：[[PERSON|井]]（护士）　[[DATE|2026年11月21日]]`,
  ],
  [
    'billing',
    `住院预交金收据｜患者[[PERSON|谢丽君]]｜住院号[[MRN|ZY2611-6604]]\n缴款金额：¥10,000.00｜缴款方式：银联刷卡\n卡号：[[BANK_CARD|6240229418535718238]]\n收据号：YJ20261120-0217｜日期：[[DATE|2026-11-20]]｜收款员：[[PERSON|季]]`,
  ],
  [
    'billing',
    `百万医疗险理赔申请书\n被保险人：[[PERSON|郭佳琪]]　身份证号：[[ID_CARD|350203199307279722]]\n保单号：[[INSURANCE_ID|PA2026350200871436]]\n住院时间：[[DATE|2026年10月29日]]–[[DATE|2026年11月8日]]\n诊断：急性胰腺炎（高甘油三酯血症性）\n申请理赔金额：¥38,740.00　收款账户：[[BANK_CARD|6222 3775 5375 1190]]\n电子邮箱：[[EMAIL|guojiaqi93@example.cn]]\n通讯地址：[[ADDRESS|厦门市思明区文屏路357号滨南小区12号楼1205室]]\n理赔报案号：BA26110940318`,
  ],
  [
    'billing',
    `门诊慢特病费用结算单\n参保人：[[PERSON|潘建华]]　医保号：[[INSURANCE_ID|4403002715830946]]　病种：慢性肾脏病（血液透析）\n结算期间：[[DATE|2026-11-01]]至[[DATE|2026-11-15]]（血液透析6次）\n总费用：¥2,812.00　统筹支付：¥2,530.80　个人自付：¥281.20\n结算单号：MT2611150274　经办：[[PERSON|施]]`,
  ],
  [
    'online-consult',
    `【互联网医院图文问诊】问诊单号 [[MRN|WZ2611190863]]\n患者：[[PERSON|许晴]]　女　28岁｜就诊卡号 [[MRN|JZ4418206]]\n问：医生好，我怀孕8周，这两天吐得很厉害，一天吐七八次，喝水都吐，尿很少、颜色深，需要去医院吗？\n答（产科[[PERSON|詹]]医生）：考虑妊娠剧吐，可能已经有脱水和酮症，建议今天就到产科急诊查尿酮体和电解质，需要时补液。\n登录账号：[[ACCOUNT|xuqing_0508]]　登录IP：[[IP|198.51.100.233]]`,
  ],
  [
    'online-consult',
    `（视频问诊录音转写）医生：您好，是[[PERSON|壮壮]]的妈妈吗？妈妈：对，孩子大名叫[[PERSON|韩子墨]]，四岁半，昨天晚上开始发烧，今天早上39度2，嗓子疼不肯吃饭。医生：身上有没有皮疹？妈妈：手心有几个小红点，嘴里也有。医生：像是手足口病，在家隔离，多喝水；如果精神差、手脚抖或者呕吐，要马上去急诊。我是[[PERSON|甄]]医生。`,
  ],
  [
    'online-consult',
    `互联网医院复诊续方｜[[PERSON|杨国庆]]｜男｜68岁｜身份证[[ID_CARD|530102195802147392]]\n诊断：冠心病PCI术后；高脂血症\n续方：阿司匹林肠溶片100 mg qd；阿托伐他汀钙片20 mg qn；共30天\n配送地址｜[[ADDRESS|昆明市五华区红锦路396号华山小区8栋2单元301]]\n收件电话｜[[PHONE|18087325914]]｜下单账号[[ACCOUNT|ygq_km1958]]｜下单IP [[IP|203.0.113.92]]\n审方药师：[[PERSON|巫]]`,
  ],
  [
    'patient-message',
    `[[PERSON|温]]医生您好，我是上周一在您门诊看甲亢的病人，门诊号[[MRN|NF2611-05823]]。吃甲巯咪唑一周了，今天起来全身起红疹子，很痒，要不要停药？我的微信号[[ACCOUNT|zhangmeng_1990]]，可以加一下，我发照片给您。——[[PERSON|张萌]]`,
  ],
  [
    'patient-message',
    `表扬信\n尊敬的心内科领导：\n我父亲[[PERSON|蒋德胜]]，[[AGE|90]]岁，[[DATE|11月8日]]至[[DATE|11月17日]]在贵科住院。夜班护士[[PERSON|欧阳婷]]、[[PERSON|黎佳]]每晚帮他翻身拍背，主治[[PERSON|葛]]医生耐心解答我们的每个问题。特此致谢！\n家属：[[PERSON|蒋丽娜]]　电话[[PHONE|13770915248]]\n[[DATE|2026年11月20日]]`,
  ],
  [
    'patient-message',
    `发件人：[[EMAIL|linyue.qd@example.cn]]\n主题：申请复印病历\n病案室您好，我是[[PERSON|林悦]]，身份证号[[ID_CARD|370202200004092146]]，[[DATE|2026年8月]]在贵院骨科做了左膝前交叉韧带重建（住院号[[MRN|GK2608-2117]]）。下个月要去新加坡工作，需要英文版出院小结用于当地保险理赔，护照号[[PASSPORT|EJ6093284]]。可以邮寄到家里，也可以发到这个邮箱。我的电话[[PHONE|15153209718]]。谢谢！`,
  ],
  [
    'family-chat',
    `【家庭群：妈的手术】\n[[PERSON|建勇]]：妈明天早上第二台做胆囊手术，医生说大概两个小时\n[[PERSON|凤霞]]：我请好假了，早上七点到\n[[PERSON|建勇]]：停车位紧张，你开我那辆[[PLATE|浙A5D72K]]吧，医院给家属登记过了\n姑姑：手术前要家属签字吗？\n[[PERSON|凤霞]]：@[[PERSON|建勇]] 签字你去，我陪着妈\n[[PERSON|建勇]]：好，出院初步定[[DATE|11月27日]]`,
  ],
  [
    'family-chat',
    `【外公陪护群】\n[[PERSON|梓琪]]：外公今天吃了小半碗粥，护工[[PERSON|苗]]阿姨说下午睡了三个钟头\n舅舅：晚上我来，八点到\n[[PERSON|浩楠]]：周六白天我来，开车过来，车牌[[PLATE|鲁B8H36M]]，记得帮我跟门卫说一声\n[[PERSON|梓琪]]：好的🙏 外公都[[AGE|92]]了，别忘了带他的老花镜`,
  ],
  [
    'sms-reminder',
    `【某医院】[[PERSON|梁]]先生您好，您预约的[[DATE|11月28日]]下午14:00胃肠镜检查，请于前一天晚上8点开始服用泻药，检查当天禁食禁水。改约或取消请点击 [[URL|https://hos.example.cn/y/K8R2D]] ，回复TD退订。`,
  ],
  [
    'sms-reminder',
    `【某医院】温馨提示：元旦假期（1月1日至1月3日）门诊仅开放急诊及发热门诊，普通门诊1月4日起恢复正常。血液透析患者请按原排班时间治疗，如有变动科室将另行通知。`,
  ],
  [
    'botulinum-toxin-clinic',
    `肉毒毒素注射记录（康复医学科）\n患者：[[PERSON|白志新]]　男　59岁　身份证号：[[ID_CARD|130102196708194272]]　门诊号：[[MRN|KF2611-0427]]\n诊断：脑梗死后遗症，右上肢痉挛（改良Ashworth 3级）\n本次注射：[[DATE|2026-11-18]]，A型肉毒毒素共300 U：肱二头肌100 U，桡侧腕屈肌50 U，指浅屈肌80 U，指深屈肌70 U（超声引导）\n药品批号：BT2609-1173\n上次注射：[[DATE|2026-08-12]]，疗效维持约10周\n后续：每周3次作业治疗，[[DATE|12月16日]]评估疗效。\n医师：[[PERSON|侯]]　治疗师：[[PERSON|冉思琪]]`,
  ],
  [
    'botulinum-toxin-clinic',
    `肉毒毒素注射后注意事项：注射部位当天不要按揉、热敷；24小时内避免剧烈运动和饮酒。药效一般在注射后3–7天开始出现，2–4周达到高峰，请按计划坚持康复训练、佩戴支具。如出现吞咽困难、说话含糊、呼吸费力或全身无力，请立即就医。`,
  ],
  [
    'patch-test-clinic',
    `斑贴试验记录（皮肤科）\n姓名：[[PERSON|甘雨婷]]　女　32岁　职业：美发师　门诊号：[[MRN|PF2611-1836]]\n贴敷日期：[[DATE|2026-11-16]]（周一）　48小时判读：[[DATE|2026-11-18]]　96小时判读：[[DATE|2026-11-20]]\n结果：对苯二胺（1%）++，硫酸镍（5%）+，秘鲁香脂（25%）阴性，甲醛（2%）阴性\n诊断：职业性变应性接触性皮炎（染发剂相关）\n建议：工作时戴丁腈手套，避免接触含对苯二胺的染发剂。\n患者电话：[[PHONE|13659027483]]　医师：[[PERSON|邹]]`,
  ],
  [
    'patch-test-clinic',
    `斑贴试验须知：贴敷后48小时内背部不要沾水，避免剧烈运动出汗、抓挠和日晒；如果局部奇痒难忍或起水疱，可以提前回院。试验前1周停用口服激素，前3天停用抗组胺药。判读当天背部请不要涂抹任何药膏。`,
  ],
  [
    'scoliosis-clinic',
    `脊柱侧弯门诊记录\n患者：[[PERSON|曹欣妍]]　女　13岁　身份证号：[[ID_CARD|330203201305280523]]　门诊号：[[MRN|JZ2611-3307]]\n就诊日期：[[DATE|2026-11-17]]\n站立位全脊柱X线：胸弯（T6–T12）Cobb角32°，腰弯18°，Risser 1级；月经初潮[[DATE|2026年6月]]。\n诊断：青少年特发性脊柱侧弯\n处理：定制Boston支具，每日佩戴20–22小时；[[DATE|2027年5月]]复查X线。\n家长：母亲[[PERSON|王晓红]]　电话[[PHONE|18857410392]]　医师：[[PERSON|鲁]]`,
  ],
  [
    'scoliosis-clinic',
    `中小学生脊柱侧弯筛查复查通知单\n学生：[[PERSON|刘奕辰]]　性别：男　班级：初一（3）班\n筛查日期：[[DATE|2026年10月22日]]　结果：前屈试验阳性，躯干旋转角7°\n建议：请于[[DATE|12月31日]]前到医院脊柱外科拍站立位全脊柱X线片。\n班主任：[[PERSON|贾]]老师　家长签收：[[PERSON|刘宏伟]]　家长电话：[[PHONE|15505329174]]`,
  ],
  [
    'fetal-medicine-unit',
    `胎儿医学科会诊记录\n孕妇：[[PERSON|吴倩]]　31岁　G2P0　身份证号：[[ID_CARD|520102199503163604]]　门诊号：[[MRN|TE2611-0519]]\n末次月经：[[DATE|2026-06-18]]　预产期：[[DATE|2027-03-25]]\n超声（[[DATE|11月20日]]，孕22+1周）：胎儿室间隔缺损（膜周部，约4 mm），余结构未见明显异常；早孕期NT 1.8 mm。\n建议：胎儿超声心动图复查；可行羊水穿刺染色体微阵列分析。\n丈夫：[[PERSON|陈志伟]]　[[PHONE|18685214709]]\n会诊医师：[[PERSON|骆]]`,
  ],
  [
    'fetal-medicine-unit',
    `羊膜腔穿刺术记录｜胎儿医学中心\n孕妇：[[PERSON|符晓玲]]｜36岁｜孕19+3周｜身份证[[ID_CARD|460106199009227421]]\n穿刺日期：[[DATE|2026-11-19]]｜标本编号：[[MRN|AF26-1119-07]]\n指征：高龄；无创DNA提示18三体高风险\n过程：超声引导下22G穿刺针一次成功，抽取羊水25 ml，色清；术后胎心148次/分。\n丈夫[[PERSON|王海]]签字｜术者：[[PERSON|冯]]医师`,
  ],
  [
    'insulin-pump-clinic',
    `胰岛素泵门诊随访\n患儿：[[PERSON|孟雨萱]]　女　11岁　身份证号：[[ID_CARD|220102201501070120]]　门诊号：[[MRN|EN2611-0288]]\n1型糖尿病，[[DATE|2026-09-03]]起使用胰岛素泵（泵序列号PM7K30418）+动态血糖监测\n近14天：TIR 68%，TBR 5%，平均血糖9.2 mmol/L；HbA1c 7.4%\n调整：凌晨2–5点基础率由0.35 U/h降至0.30 U/h；早餐碳水系数1:10\n动态血糖共享账号：[[ACCOUNT|meng_yuxuan2015]]（母亲[[PERSON|杜娟]]关注）　医保卡号：[[INSURANCE_ID|2201004517283]]\n医师：[[PERSON|谭]]　下次随访：[[DATE|2027年2月]]`,
  ],
  [
    'insulin-pump-clinic',
    `胰岛素泵上泵宣教记录｜[[PERSON|邱晓东]]｜男｜26岁｜住院号[[MRN|NF2611-1170]]\n[[DATE|11-18]]　讲解储药器安装、管路排气、输注部位选择（腹部，避开脐周5 cm）\n[[DATE|11-19]]　患者独立完成更换管路和大剂量输注，回示正确\n[[DATE|11-20]]　讲解低血糖处理及泵报警（堵管、电量低）\n宣教护士：[[PERSON|龚]]　家属：妻子[[PERSON|田晓岚]]`,
  ],
];

const en: Array<[string, string]> = [
  [
    'admission',
    `HISTORY & PHYSICAL — Hospital Medicine\nPatient: [[PERSON|Gloria Krawczyk]]   DOB [[DATE|08/22/1956]]   MRN [[MRN|51384027]]\nAdmitted [[DATE|11/21/2026]] 23:10 from ED\nAddress: [[ADDRESS|1627 Quaking Aspen Ln, Dayton, OH 45419]]\nInsurance: member ID [[INSURANCE_ID|MHO330571924]]\nCC: right flank pain, rigors.\nHPI: 70F with recurrent UTIs and kidney stones. Husband [[PERSON|Stan]] says she was shaking under two blankets. T 39.6, BP 94/58, lactate 2.6. CT: 6 mm right UVJ stone with hydronephrosis.\nA/P: obstructed pyelonephritis — urology for stent tonight; cefepime; fluids.\nAttending: [[PERSON|Omar Najjar]], MD   Intern: [[PERSON|Brianna Pawlak]], MD`,
  ],
  [
    'admission',
    `Medical admission — [[DATE|22/11/2026]] 21:40\n[[PERSON|Ivy Gledhill]], [[AGE|97]], NHS [[INSURANCE_ID|999 166 2103]], hosp no [[MRN|MK5520184]]\nFrom residential home (Oakfield House). PC: more confused, barely drinking for 3 days.\nNa 158, urea 24, creat 141, CRP 96. Urine dip nitrite +.\nImp: hypernatraemic dehydration, delirium, ?UTI.\nPlan: cautious IV 5% dextrose, Na 6-hourly, ReSPECT form reviewed (ward-based care).\nBed [[MRN|11]], Ward 7.\nNOK: niece [[PERSON|Carol Moorhouse]] [[PHONE|07700 900843]]\nDr [[PERSON|Adewuyi]] (SHO)`,
  ],
  [
    'admission',
    `Admission note — General Internal Medicine, [[DATE|2026-11-20]]\n[[PERSON|Raymond Savoie]], 74M, OHIP [[INSURANCE_ID|8946 202 499]] VC AB, chart [[MRN|H-2291547]]\nHome: [[ADDRESS|61 Dundurn St N, Hamilton, ON L8R 3E2]]\nPresenting: 3 days of black stools and near-fainting on apixaban for AF. Hb 68 (baseline 131), urea up.\nPlan: 2 units RBC, hold apixaban, IV pantoprazole, GI to scope in the morning.\nWife [[PERSON|Maryse]] at [[PHONE|(905) 555-0182]]\nAdmitting: Dr [[PERSON|Priya Khanna]]`,
  ],
  [
    'progress-note',
    `MICU Progress Note — [[DATE|11/20/2026]] (Friday)\n[[PERSON|Dwayne Medrano]], 59M, Bed [[MRN|12]], MRN [[MRN|60482913]]\nInfluenza A with ARDS, intubated day 4.\nO: P/F 142 on PEEP 12, FiO2 0.6. Proned 16 h yesterday. Cr 1.1.\nA/P: continue prone sessions, oseltamivir day 5, conservative fluids. Family meeting with sister [[PERSON|Marquita]] ([[PHONE|(312) 555-0129]]) set for Monday [[DATE|11/23]].\n— [[PERSON|M. Ncube]], MD (fellow)`,
  ],
  [
    'progress-note',
    `Post-take ward round — [[DATE|21/11/26]] — AMU bay C\nConsultant: Dr [[PERSON|Normington]]   SpR: Dr [[PERSON|Aisha Javed]]\n[[PERSON|HEWITT, Graham]] (bed [[MRN|3]]) — 67, first seizure at work. CT head normal; Na 131. Told not to drive; DVLA advice documented. Outpatient MRI + EEG, first fit clinic. Home today.\nBed 4 empty, awaiting clean.\n[[PERSON|TRIVEDI, Meena]] (bed [[MRN|5]]) — COPD exacerbation, improving. Prednisolone to day 5.`,
  ],
  [
    'progress-note',
    `Progress note — Ward 5B — [[DATE|19/11/2026]]\n[[PERSON|Spiro Manolas]], 81, UR [[MRN|3318406]], Medicare [[INSURANCE_ID|4887 87626 1]]\nDay 3 IV antibiotics for aspiration pneumonia; speech pathology: mildly thick fluids. Afebrile 24 h.\nPlan: oral amoxicillin-clavulanate, home with supports Monday [[DATE|23 November]].\nDaughter [[PERSON|Effie]] on [[PHONE|0491 570 313]] updated.\nIntern: Dr [[PERSON|Tahlia Kitson]]`,
  ],
  [
    'discharge',
    `DISCHARGE SUMMARY\nPatient: [[PERSON|Terrence Gaines]]   MRN [[MRN|70315582]]   DOB [[DATE|05/19/1972]]\nAdmitted [[DATE|11/14/2026]]   Discharged [[DATE|11/19/2026]]\nDx: acute alcohol-associated pancreatitis, resolved; alcohol use disorder.\nHome address: [[ADDRESS|915 Cypress Glen Dr, Shreveport, LA 71105]]\nMeds: thiamine 100 mg daily, folic acid 1 mg daily, pantoprazole 40 mg daily.\nFollow-up: PCP [[DATE|11/30/2026]]; outpatient alcohol program intake [[DATE|12/02/2026]].\nAttending: [[PERSON|Lucinda Bianchi]], MD`,
  ],
  [
    'discharge',
    `Dear Dr [[PERSON|Womersley]],\nRe: [[PERSON|Lynette Appleyard]], DOB [[DATE|03/08/1960]], NHS [[INSURANCE_ID|999 977 9379]]\n[[PERSON|Lynette]] was admitted on [[DATE|15/11/2026]] with breathlessness and was found to have bilateral pulmonary emboli. Her echo showed no right heart strain. She has started apixaban 10 mg twice daily for seven days, then 5 mg twice daily, for at least three months. Please check her full blood count and renal function in a month. We have booked her into the anticoagulation clinic on [[DATE|17/12/2026]].\nYours sincerely,\nDr [[PERSON|Kwame Ampofo]], Respiratory Registrar`,
  ],
  [
    'discharge',
    `Caring for your plaster cast: keep the cast dry — cover it with a plastic bag when you wash — and never push anything down it to scratch. Keep the limb raised on pillows for the first two days. Come back to the fracture clinic straight away if your fingers or toes go numb, blue or very swollen, if the pain keeps getting worse, or if the cast cracks or feels loose.`,
  ],
  [
    'outpatient',
    `Rheumatology Clinic — [[DATE|11/17/2026]]\n[[PERSON|Rosa Navarrete-Cardenas]], 52F, MRN [[MRN|84420736]]\nSeropositive RA on methotrexate 20 mg weekly. DAS28-CRP 4.6, synovitis of both wrists and MCPs 2–3.\nPlan: add adalimumab 40 mg every 2 weeks once QuantiFERON (drawn today) and hepatitis B serologies are back.\nSpanish interpreter #51873 used.\nRTC [[DATE|February 2027]].\n— Dr [[PERSON|Nathan Feldstein]]`,
  ],
  [
    'outpatient',
    `Cardiology Outpatients — [[DATE|18 November 2026]]\nDear Dr [[PERSON|Geraghty]],\nRe: [[PERSON|Finbar Kiely]], [[ADDRESS|12 Ardmore Park, Ballina, Co. Mayo F26 X2K7]]\nI reviewed [[PERSON|Finbar]] today with his wife [[PERSON|Bridie]]. His palpitations are due to paroxysmal atrial fibrillation (CHA2DS2-VASc 3). I have started apixaban 5 mg twice daily and bisoprolol 2.5 mg daily. An echo is booked for [[DATE|9 December]].\nYours sincerely,\n[[PERSON|Orla Shanahan]], Consultant Cardiologist`,
  ],
  [
    'outpatient',
    `Diabetes Clinic — [[DATE|16 November 2026]]\nDear Dr [[PERSON|Waaka]],\nRe: [[PERSON|Salote Vea]], NHI [[INSURANCE_ID|NBW4023]], [[ADDRESS|27 Karaka Street, Ōtāhuhu, Auckland 1062]]\n[[PERSON|Salote]] came with her daughter [[PERSON|Siueni]]. Her HbA1c has come down from 92 to 71 mmol/mol on empagliflozin. I have added weekly dulaglutide 1.5 mg. Foot check normal.\nNgā mihi,\n[[PERSON|Rebecca Langford]], Diabetes Nurse Specialist`,
  ],
  [
    'referral',
    `Suspected cancer referral — upper GI\nPatient: [[PERSON|Keith Learoyd]]   DOB [[DATE|14/06/1955]]   NHS [[INSURANCE_ID|999 554 4601]]\nAddress: [[ADDRESS|23 Crowlees Road, Heckmondwike WF16 0AB]]\nMobile: [[PHONE|07700 900261]] (hard of hearing — please text first)\nDysphagia to solids for 6 weeks, 4 kg weight loss, Hb 108.\nReferrer: Dr [[PERSON|Fiona McLaren]]   Date: [[DATE|20/11/2026]]`,
  ],
  [
    'referral',
    `REFERRAL — Gastroenterology\nTo: Dr. [[PERSON|Ellen Shapiro]]\nPatient: [[PERSON|Jamal Wadsworth]], DOB [[DATE|01/27/1984]], cell [[PHONE|(214) 555-0139]]\nInsurance ID [[INSURANCE_ID|UHC-918304772]]\nReason: iron-deficiency anemia (ferritin 6) with intermittent dark stools since [[DATE|October 2026]]. Please evaluate for EGD and colonoscopy.\nFax records to (214) 555-0190.\nReferring: [[PERSON|Melissa Padilla]], PA-C`,
  ],
  [
    'referral',
    `Dear Dr [[PERSON|Georgiou]],\nThank you for seeing [[PERSON|Jessica Dang]], 27, of [[ADDRESS|5/18 Tarwin St, Footscray VIC 3011]] (mob [[PHONE|0491 571 804]]), Medicare [[INSURANCE_ID|3570 84584 3]], with recurrent severe pelvic pain and heavy periods; ultrasound suggests a 4 cm left endometrioma. CA-125 is 58.\nKind regards,\nDr [[PERSON|Andrew Economou]]\n[[DATE|19 November 2026]]`,
  ],
  [
    'handover',
    `ED tracking board 1900 [[DATE|11/21]]\nRm | Pt | Age | CC | Plan\n[[MRN|8]] | [[PERSON|Landry, June]] | [[AGE|91]] | syncope, trop neg x1 | obs\n9 | (empty) | | |\n[[MRN|10]] | [[PERSON|Carlos Trujillo]] | 33 | R hand lac, tendon intact | d/c after repair\n11 | Doe, John | ~40 | found down, EtOH | CT head pending\nOff: Dr [[PERSON|Olszewski]] → On: Dr [[PERSON|Hennessy]]`,
  ],
  [
    'handover',
    `SBAR — phone call to medical registrar, [[DATE|20/11/2026]] 01:15\nS: [[PERSON|Harold Dyson]], bed [[MRN|17]], Ward 9, BM 2.4 and drowsy.\nB: [[AGE|93]], type 2 diabetes on gliclazide 160 mg bd, admitted after a fall with poor intake.\nA: 150 ml 10% glucose IV given per protocol; BM now 5.1, more alert. I'm worried he'll drop again overnight.\nR: please review and consider stopping gliclazide. Called by [[PERSON|Grace Bangura]], staff nurse, bleep 3307.`,
  ],
  [
    'handover',
    `(Labour ward handover, transcribed) Right, room [[MRN|2]] is [[PERSON|Hollie Hirst]], first baby, seven centimetres, epidural working, CTG fine. Room 3 is empty and made up. Room [[MRN|4]] is [[PERSON|Amira Nasser]], third baby, had her induction gel at six, contracting mildly. Her husband's number is [[PHONE|07700 900584]] if anything changes. Dr [[PERSON|Lowther]] is the reg tonight. That's me done, I'm [[PERSON|Kacey]].`,
  ],
  [
    'nursing-note',
    `Nursing note — 5 West, Rm [[MRN|527]] — [[DATE|11/21/2026]] 0400\nPt [[PERSON|Mildred Prejean]], [[AGE|92]], admitted with CHF. Slept in recliner, orthopneic. Bed alarm on; high fall risk (Morse 65). Voided 300 mL after IV furosemide. Granddaughter [[PERSON|Jaylene]] called at 0230, updated.\n— [[PERSON|Jasmine Leyva]], RN`,
  ],
  [
    'nursing-note',
    `Using your walking frame at home: stand up from the chair first and then take hold of the frame — do not pull on it to get up. Move the frame forward, step into it with your weaker leg, then bring the other leg through. Keep all four feet of the frame on the floor and do not carry hot drinks while using it. Take up loose rugs and leave a light on at night.`,
  ],
  [
    'nursing-note',
    `District nursing visit — Tuesday [[DATE|17 November 2026]]\n[[PERSON|Dilwyn Tudor]], [[AGE|91]], [[ADDRESS|Flat 6, Glan Hafren Court, Newtown SY16 2AX]], NHS [[INSURANCE_ID|999 584 3137]]\nVenous leg ulcer, left gaiter, 4 × 3 cm, sloughy base, moderate exudate. Cleansed, silver hydrofibre dressing, two-layer compression. Pain 2/10.\nNext visit Friday [[DATE|20 November]]. Wife [[PERSON|Myfanwy]] does his evening tablets; her number [[PHONE|01632 960155]].\nDN: [[PERSON|Catrin Holdsworth]]`,
  ],
  [
    'lab-report',
    `CHEMISTRY — [[PERSON|MELANCON, DENISE]]   MRN [[MRN|38820164]]   Acc# [[MRN|C26-1120-4471]]\nCollected [[DATE|11/20/2026]] 06:12\nNa 126 L | K 5.9 H | Cl 94 | CO2 18 L | BUN 42 H | Cr 2.3 H | Glu 61 L\nCritical K called to [[PERSON|R. Quiroga]], RN at 07:02, read back.\nVerified: [[PERSON|Tiffany Nieves]], MLS`,
  ],
  [
    'lab-report',
    `Microbiology report\nPatient: [[PERSON|Leanne Fairhurst]]   NHS [[INSURANCE_ID|999 456 9007]]   Hosp no [[MRN|LT7730521]]\nLab no [[MRN|M26.1118.0442]]   Specimen: blood cultures ×2   Received [[DATE|18/11/2026]]\nResult: Staphylococcus aureus (MSSA) in both sets at 14 h. Flucloxacillin S, clindamycin S, penicillin R.\nPhoned to Dr [[PERSON|Hussaini]] (FY2) [[DATE|19/11/2026]] 10:20; echo and repeat cultures advised.\nAuthorised: Dr [[PERSON|Helen Exley]], Consultant Microbiologist`,
  ],
  [
    'lab-report',
    `FULL BLOOD COUNT\nPatient: [[PERSON|Joyce Whelan]], [[AGE|90]], Medicare [[INSURANCE_ID|6305 47120 5]]\nLab episode [[MRN|26-3381947]]   Collected [[DATE|18/11/2026]]\nHb 96 L, MCV 104 H, WCC 3.2 L, Plt 118 L. Film: oval macrocytes, hypersegmented neutrophils.\nComment: suggest B12 and folate. Results phoned to Dr [[PERSON|Rossetti]].\nPathologist: Dr [[PERSON|Vikram Sethi]]`,
  ],
  [
    'imaging-report',
    `MRI LUMBAR SPINE W/O — [[DATE|11/19/2026]]\nPatient: [[PERSON|Bradley Koenig]]   MRN [[MRN|27640391]]   Acc [[MRN|MR-8830417]]\nComparison: [[DATE|March 2025]]\nFindings: large left paracentral L4-5 extrusion migrating inferiorly, severe left lateral recess stenosis contacting the descending L5 root; new since prior.\nImpression: new L4-5 disc extrusion. Discussed with Dr. [[PERSON|Alana Vega]] by phone at 14:05.\nRead by: [[PERSON|Stephen Jung]], MD`,
  ],
  [
    'imaging-report',
    `Ultrasound abdomen — [[DATE|17/11/2026]]\n[[PERSON|Christine Stansfield]], hosp no [[MRN|DH4418207]], NHS [[INSURANCE_ID|999 028 4024]]\nIndication: deranged LFTs (ALP 412).\nFindings: CBD 11 mm with a 9 mm calculus distally; multiple gallstones; liver of normal echotexture.\nConclusion: choledocholithiasis — suggest MRCP/ERCP.\nReported by [[PERSON|J. Harrop]], Consultant Sonographer`,
  ],
  [
    'prescription',
    `VALLEY PHARMACY #2214   (702) 555-0100\nRX# 4471093   [[PERSON|LEONARD FISCHER]]\n[[ADDRESS|3305 DESERT WILLOW CT, HENDERSON NV 89074]]\nPREDNISONE 10 MG TABLET — TAKE 4 TABLETS BY MOUTH DAILY FOR 3 DAYS, THEN 2 TABLETS DAILY FOR 3 DAYS, THEN STOP. TAKE WITH FOOD.\nQTY 18   REFILLS 0   DR. [[PERSON|A. CHOPRA]]\nFILLED [[DATE|11/20/2026]]`,
  ],
  [
    'prescription',
    `TTO — discharge prescription   [[DATE|21/11/2026]]\n[[PERSON|Norman Huxley]]   NHS [[INSURANCE_ID|999 121 7738]]   Hosp no [[MRN|RW3302675]]   Ward 22\nAllergies: penicillin (rash)\n1. Doxycycline 100 mg OD — 5 days remaining\n2. Prednisolone 30 mg OM — 2 days remaining\n3. Salbutamol inhaler 100 mcg 2 puffs PRN — own supply\nPrescriber: Dr [[PERSON|Oates]] (FY1), bleep 5527   Pharmacist screen: [[PERSON|Naomi Fenton]]`,
  ],
  [
    'prescription',
    `Rx — [[DATE|2026-11-18]]\nPatient: [[PERSON|Gurpreet Aulakh]]   DOB [[DATE|1979-05-02]]   OHIP [[INSURANCE_ID|7270 100 170]] VC MN\nAddress: [[ADDRESS|42 Springbrook Cres, Brampton ON L6Y 3K8]]\nNitrofurantoin MR 100 mg PO BID × 5 days. Mitte: 10. Repeats: 0.\nDr [[PERSON|Alison Vogel]], CPSO 88317`,
  ],
  [
    'consent',
    `CONSENT FOR PROCEDURE\nPatient: [[PERSON|Daniel Cho]]   MRN [[MRN|91027564]]\nProcedure: upper endoscopy with possible biopsy and dilation, under moderate sedation.\nRisks including bleeding, perforation, aspiration and reaction to sedation were explained through a Korean interpreter (ID 22815).\nPatient signature: [[PERSON|Daniel Cho]]   Date: [[DATE|11/19/2026]]\nWitness: [[PERSON|Latoya Garvey]], RN   Physician: [[PERSON|Ian Keller]], MD`,
  ],
  [
    'consent',
    `Consent Form 1 — patient agreement to investigation or treatment\nPatient: [[PERSON|Sandra Wormald]]   DOB [[DATE|29/01/1968]]   Hosp no [[MRN|BN6630192]]\nProcedure: left total hip replacement. Intended benefits: pain relief, better mobility.\nSerious or frequent risks: infection, dislocation, DVT/PE, leg-length difference, nerve injury.\nDate of surgery: [[DATE|7 December 2026]]\nHealth professional: Mr [[PERSON|Jonathan Kirkby]], Consultant Orthopaedic Surgeon\nPatient signature: [[PERSON|S. Wormald]]   Date: [[DATE|20/11/2026]]`,
  ],
  [
    'consent',
    `Consent — general anaesthetic for grommets (child)\nChild: [[PERSON|Lachlan Cusack]], DOB [[DATE|02/08/2022]], UR [[MRN|M448201]]\nProcedure: bilateral myringotomy and ventilation tubes, booked [[DATE|26/11/2026]].\nParent/guardian: [[PERSON|Kelly Cusack]] (mother), mob [[PHONE|0491 572 983]]\nSurgeon: Dr [[PERSON|Ravindra Joshi]]   Anaesthetist: Dr [[PERSON|Claire Bucknell]]`,
  ],
  [
    'billing',
    `PATIENT STATEMENT — account [[MRN|4400719283]]\nGuarantor: [[PERSON|Kevin Nyberg]]   SSN [[ID_CARD|987-65-4323]]\nBilling address: [[ADDRESS|PO Box 2716, Tacoma, WA 98401]]\nPatient: [[PERSON|Ava Nyberg]] (daughter)\nService dates: [[DATE|10/28/2026]]–[[DATE|10/29/2026]] (ED visit, observation)\nPayment received: $150.00, Visa [[BANK_CARD|4176 6996 8910 1235]] on [[DATE|11/18/2026]]\nBalance due: $412.60`,
  ],
  [
    'billing',
    `INVOICE INV-26-0917\nClient: [[PERSON|Rhiannon Foulds]]   e-mail [[EMAIL|rhiannon.foulds@example.co.uk]]\nConsultation [[DATE|10/11/2026]] — £220.00\nCryotherapy, 3 lesions [[DATE|17/11/2026]] — £180.00\nTotal £400.00 — paid by Mastercard [[BANK_CARD|5348 8642 3723 0635]]\nConsultant Dermatologist: Dr [[PERSON|Hamid Ansari]]`,
  ],
  [
    'billing',
    `TAX INVOICE / RECEIPT\nPatient: [[PERSON|Brett Pogson]]   Medicare [[INSURANCE_ID|2018 00728 5]]\nSpecialist consultation (item 104), [[DATE|18/11/2026]] — $310.00\nPaid: Amex [[BANK_CARD|3720 067828 94452]]\nProvider: Dr [[PERSON|Meredith Lucey]], provider no. 2471839A   ABN 51 824 753 556`,
  ],
  [
    'online-consult',
    `[Telehealth chat — session [[MRN|TH-55203817]]]\n[[ACCOUNT|runner_kat88]]: hi, I've had a UTI feeling since yesterday, burning and going every 20 mins. No fever. Not pregnant.\nNP [[PERSON|Danielle Quinlan]]: Sorry to hear that, [[PERSON|Kat]]. Any back pain or blood in the urine?\n[[ACCOUNT|runner_kat88]]: a little pink, no back pain\nNP [[PERSON|Danielle Quinlan]]: That sounds like an uncomplicated bladder infection. I'm sending nitrofurantoin to your pharmacy; if you get a fever or back pain, go to urgent care.\nConnected from [[IP|203.0.113.205]]`,
  ],
  [
    'online-consult',
    `Your video visit is confirmed\nHi [[PERSON|Royce]], your appointment with Dr [[PERSON|Samira Abboud]] (Family Medicine) is on Thursday [[DATE|December 3, 2026]] at 10:40 am Pacific.\nJoin: [[URL|https://visit.example.com/j/8KQ27DW]]\nA copy was sent to [[EMAIL|royce.mcgrath@example.com]].`,
  ],
  [
    'online-consult',
    `eConsult — new patient registration and repeat medication\nName: [[PERSON|Yip Ka-wai]]   DOB [[DATE|12/04/1987]]\nHong Kong identity card: [[ID_CARD|Y382614(5)]]   Passport: [[PASSPORT|K50721933]]\nAddress: [[ADDRESS|14 Carrington Road, Reading RG1 5NP]]\nMobile: [[PHONE|07700 900357]]   Email: [[EMAIL|kawai.yip@example.co.uk]]\nArrived in the UK [[DATE|August 2026]]. Takes amlodipine 5 mg daily, 10 tablets left — please can I have a repeat? My wife [[PERSON|Poon Mei-ling]] is registering separately.\nSubmitted from [[IP|203.0.113.41]]`,
  ],
  [
    'patient-message',
    `From: [[PERSON|Paulette Carver]] (proxy for [[PERSON|Frank Carver]])\nSubject: Dad's swelling\nHi, my dad is [[AGE|95]] and his ankles have been much more swollen since the amlodipine was increased on [[DATE|11/9]]. He also gets more short of breath on the stairs. Should we bring him in? He's staying with me this week at [[ADDRESS|702 Hickory Ridge Rd, Asheville, NC 28805]]. Best number is [[PHONE|(828) 555-0147]].\nThanks, [[PERSON|Paulette]]`,
  ],
  [
    'patient-message',
    `From: [[EMAIL|r.rawson@example.co.uk]]\nTo: Outpatient appointments\nDate: [[DATE|19 November 2026]]\nSubject: Rearranging my colonoscopy\nHello, I'm [[PERSON|Reece Rawson]], hospital number [[MRN|SH2290418]]. My colonoscopy is on [[DATE|2 December]] but I'm having my knee replaced that week at another hospital. Could you move it to January? My mobile is [[PHONE|07700 900692]].\nMany thanks,\n[[PERSON|Reece]]`,
  ],
  [
    'patient-message',
    `To Patient Relations,\nI'm writing about my grandmother, [[PERSON|Yvonne Dugas]], who is [[AGE|98]]. On [[DATE|November 12]] she waited nine hours on a stretcher in the hallway of your emergency department and was never offered anything to eat. I was also given a parking ticket that day although I had paid; my plate is [[PLATE|CKRT 482]] (Ontario). Please look into both.\n[[PERSON|Sophie Dugas]], [[ADDRESS|215 Brock St, Apt 3, Kingston ON K7L 1S4]]\n[[PHONE|(613) 555-0176]]`,
  ],
  [
    'family-chat',
    `Nan's hospital rota 🏥\n[[PERSON|Shelby]]: Nan's on ward 14 now, bed by the window. Visiting 2–8.\n[[PERSON|Kian]]: I'll go after work, what's parking like?\nMum: Use the multi-storey, level 3 is usually free\n[[PERSON|Shelby]]: @[[PERSON|Kian]] take her reading glasses and the puzzle book\n[[PERSON|Kian]]: will do. If they clamp me it's [[PLATE|LK19 HVW]] 😂`,
  ],
  [
    'family-chat',
    `Family group — "Pops 🏥"\n[[PERSON|Brielle]]: Dad's cath got moved to [[DATE|11/24]], 7am\nUncle [[PERSON|Clint]]: I can drive him, I'll be in the black Tahoe, [[PLATE|8RKM214]]\n[[PERSON|Duane]]: fyi Dad's in room 611 now, they moved him this morning\n[[PERSON|Brielle]]: @[[PERSON|Duane]] can you bring his CPAP from the house\n[[PERSON|Duane]]: yep. discharge probably [[DATE|11/26]] if the stent goes ok 🤞`,
  ],
  [
    'sms-reminder',
    `Hi [[PERSON|Charmaine]], reminder from Northgate Family Practice: your cervical screening is on Wednesday [[DATE|2 December]] at 9:20. To cancel or rebook: [[URL|https://ngfp.example.co.uk/r/6TQ4]] Reply STOP to opt out.`,
  ],
  [
    'sms-reminder',
    `Central Pharmacy: from Monday 30 November the hospital pharmacy counter moves from the main foyer to Level 1, next to the outpatient lifts. Opening hours stay the same (8:30 am – 6 pm weekdays). Prescriptions already handed in will be ready at the new counter.`,
  ],
  [
    'botulinum-toxin-clinic',
    `Spasticity Clinic — botulinum toxin injection record\n[[PERSON|Kieran Phelan]], 24, NHS [[INSURANCE_ID|999 966 6922]], hosp no [[MRN|WN8804153]]\nDx: spastic diplegia (cerebral palsy), GMFCS II. Goal: less toe-walking, better heel strike.\nInjected [[DATE|18/11/2026]]: abobotulinumtoxinA 500 units to each gastrocnemius (medial and lateral heads), ultrasound-guided. Lot X08417.\nPrevious injection [[DATE|13/05/2026]]. Serial casting for 3 weeks from [[DATE|25/11/2026]].\nPhysio: [[PERSON|Lauren Firth]]   Consultant: Dr [[PERSON|Suresh Verma]]`,
  ],
  [
    'botulinum-toxin-clinic',
    `Headache Clinic — onabotulinumtoxinA for chronic migraine — [[DATE|11/16/2026]]\n[[PERSON|Courtney Mayfield]], 38F, MRN [[MRN|66203418]]\nCycle 4, PREEMPT protocol: 155 units across 31 sites (frontalis, corrugator, procerus, occipitalis, temporalis, trapezius, cervical paraspinals). Headache days down from 22 to 9 a month; MIDAS 34 (was 71).\nTolerated well; mild neck ache after cycle 3.\nNext cycle booked [[DATE|02/08/2027]] (12 weeks). Prior auth ref PA-7716039.\nInjector: [[PERSON|Gregory Katz]], MD`,
  ],
  [
    'patch-test-clinic',
    `Contact Dermatitis Clinic — patch test record\n[[PERSON|Natalie Jowett]], 29, hosp no [[MRN|CD5517208]], NHS [[INSURANCE_ID|999 909 7162]]\nOccupation: theatre nurse (hand dermatitis for 8 months)\nApplied Monday [[DATE|16 November]]; read Wednesday [[DATE|18 November]] (D2) and Friday [[DATE|20 November]] (D4).\nBaseline series + rubber additives. D4: thiuram mix ++, carba mix +, fragrance mix I negative.\nConclusion: allergic contact dermatitis to rubber accelerators (gloves). Letter to occupational health; accelerator-free nitrile gloves advised.\nDr [[PERSON|Imogen Priestley]]`,
  ],
  [
    'patch-test-clinic',
    `Before your patch tests: do not put creams or ointments on your back for a week, and keep your back out of the sun for four weeks. Tell us if you take steroid tablets or other medicines that damp down the immune system. The patches stay on for two days, so keep your back dry — no showers, swimming or hard exercise — until your last reading.`,
  ],
  [
    'scoliosis-clinic',
    `Pediatric Orthopedics — Scoliosis Clinic — [[DATE|11/17/2026]]\n[[PERSON|Madison Kaplan]], 12F, MRN [[MRN|80547213]], DOB [[DATE|06/30/2014]]\nStanding PA spine: right thoracic curve T5–T11 28° (22° in [[DATE|May 2026]]), Risser 0, premenarchal.\nPlan: Rigo-Chêneau brace 18 h/day; orthotist [[PERSON|Derek Paulsen]] fitting [[DATE|12/01/2026]]. Schroth PT referral. Repeat X-ray in 4–6 months.\nMom [[PERSON|Erin]] at [[PHONE|(617) 555-0158]]\nDr [[PERSON|Victor Carrasco]]`,
  ],
  [
    'scoliosis-clinic',
    `Scoliosis brace check — [[DATE|2026-11-19]]\n[[PERSON|Milo Theriot]], 14, OHIP [[INSURANCE_ID|4461 655 138]] VC RT\nBrace sensor log: average 17.2 h/day over 6 weeks (prescribed 20). In-brace X-ray: 34° → 21°.\nSkin: redness over the right iliac crest, no breakdown — pad trimmed.\n[[PERSON|Milo]] says the brace is hot at school; strategies discussed.\nNext review [[DATE|March 2027]]. Orthotist: [[PERSON|Mélanie Richard]]`,
  ],
  [
    'fetal-medicine-unit',
    `Fetal Medicine Unit — [[DATE|20 November 2026]]\nDear Dr [[PERSON|Hollingsworth]],\nRe: [[PERSON|Samina Farooq]], DOB [[DATE|04/02/1994]], NHS [[INSURANCE_ID|999 833 6570]], EDD [[DATE|14/03/2027]]\nThank you for referring [[PERSON|Samina]] at 23+5 weeks with echogenic bowel on the anomaly scan. Today the bowel is mildly echogenic, growth is on the 20th centile and the Dopplers are normal. We have offered CMV and toxoplasma serology and cystic fibrosis carrier testing; she and her husband [[PERSON|Adnan]] will think about amniocentesis. Review scan [[DATE|4 December]].\nYours sincerely,\n[[PERSON|Eleanor Hurley]], Consultant in Fetal Medicine`,
  ],
  [
    'fetal-medicine-unit',
    `Maternal-Fetal Medicine consult — [[DATE|11/18/2026]]\n[[PERSON|Destiny Coleman]], 26, G3P1, MRN [[MRN|45509318]], Medicaid ID [[INSURANCE_ID|TX8830271645]]\nLMP [[DATE|06/10/2026]], EDD [[DATE|03/17/2027]]; 23w0d today.\nMonochorionic-diamniotic twins, 21% weight discordance on today's scan; MCA PSV normal, no signs of TTTS.\nPlan: scans every 2 weeks; steroids if delivery is anticipated. Partner [[PERSON|Andre Coleman]] present; contact [[EMAIL|destiny.coleman@example.com]].\nMFM: [[PERSON|Hannah Lieberman]], MD`,
  ],
  [
    'insulin-pump-clinic',
    `Diabetes Technology Clinic — [[DATE|17/11/2026]]\n[[PERSON|Ruby Madigan]], 16, UR [[MRN|P2274019]], Medicare [[INSURANCE_ID|3849 04716 3]]\nT1D since age 7; hybrid closed-loop pump since [[DATE|July 2026]] (pump SN 1184-2270-93). Time in range 72%, below 3.9 3%. HbA1c 6.9%.\nIssue: missed boluses at school lunch — reminder alert set for 12:30.\nCGM follower account [[ACCOUNT|madigan.fam]] (Mum [[PERSON|Raylene]]).\nEducator: [[PERSON|Tegan Harvey]]   Endocrinologist: Dr [[PERSON|Michael Kang]]`,
  ],
  [
    'insulin-pump-clinic',
    `If your insulin pump alarms "occlusion", or your glucose stays above 14 for more than two hours: give a correction dose by pen, not through the pump, change the whole infusion set and site, and check for ketones. If blood ketones are 1.5 or higher, or you are vomiting, go to the emergency department. Always carry insulin pens and a spare set.`,
  ],
];

export function generateDeidHoldout27(): LabelledRecord[] {
  return holdoutRecords('h27', zh, en);
}

export const DEID_HOLDOUT_27_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/labelled/deid-holdout-27.jsonl',
);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const records = generateDeidHoldout27();
  writeFileSync(DEID_HOLDOUT_27_PATH, renderJsonl(records));
  console.log(`wrote ${records.length} records to ${DEID_HOLDOUT_27_PATH}`);
}
