import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { holdoutRecords, type LabelledRecord, renderJsonl } from './generate-deid.ts';

/**
 * The ROUND-7 fresh held-out de-identification set (data/labelled/deid-holdout-7.jsonl): hand-written
 * snippets with hand-placed spans, marked inline as [[TYPE|text]] (parseMarked strips the marks and
 * records UTF-16 offsets). Written by a separate annotator who did not read the recognizer code and
 * never ran a recognizer on these snippets; it must not be used to tune the recognizers.
 *
 * A mix: about two thirds are the everyday documents of a general hospital and the messages of its
 * patients (admission, progress and discharge notes, outpatient notes, referrals, handovers, lab and
 * imaging headers, prescriptions, consent, billing and insurance forms, online consultations, patient
 * messages and family chats); about a third come from settings earlier rounds did not list: medical
 * crowdfunding appeals, mass-casualty triage logs, event medical tents (marathon, music festival),
 * wearable fall alerts, interpreter bookings, hospital lost-and-found, chaplaincy visits, specimen
 * courier manifests, ship-to-shore radio medical advice, mountain rescue, a donor-milk bank, hospital
 * Wi-Fi help-desk tickets and a livestreamed health talk with viewer comments.
 *
 * Identifiers are synthetic: resident IDs carry a valid GB 11643 check character and a sex digit and
 * birth date consistent with the text (15-digit IDs likewise), bank cards a valid Luhn digit, NHS numbers
 * are in the 999 test range with their modulus-11 digit. Phones are random mainland numbers or fictional
 * ranges (North American 555-01xx, UK 07700 900xxx and 0113 496 0xxx, Australian 0491 570 xxx); mail and
 * web hosts are example.*; IP addresses come from the documentation ranges.
 *
 * Span conventions are those of data/labelled/deid-holdout-2/-3/-4/-5/-6.card.yaml; the decisions new in
 * this round are in data/labelled/deid-holdout-7.card.yaml.
 */
const zh: Array<[string, string]> = [
  [
    'admission',
    '入院记录\n患者：[[PERSON|蒋立群]]　男　62岁　职业：退休教师\n身份证：[[ID_CARD|330106196408234159]]\n住院号：[[MRN|H0093147]]　[[MRN|23]]床\n入院日期：[[DATE|2026年11月16日]]\n家庭住址：[[ADDRESS|杭州市西湖区文三路77号2幢501]]\n紧急联系人：[[PERSON|蒋婷]]（女）[[PHONE|13758203164]]\n主诉：活动后气促半年，咳嗽咳痰加重5天。吸烟40包年。',
  ],
  [
    'admission',
    '急诊留观记录　[[DATE|11月19日]]晚\n[[PERSON|罗秀珍]]，女，[[AGE|九十四]]岁，由孙子[[PERSON|罗毅]]陪同，跌倒致左髋痛2小时，左下肢短缩外旋。既往房颤，口服华法林。INR 2.8。\n证件号：[[ID_CARD|110108193209156686]]　联系电话：[[PHONE|010-68327741]]\n留观号：[[MRN|LG2611190062]]',
  ],
  [
    'admission',
    '产科入院\n孕妇姓名：[[PERSON|韦丽娟]]　33岁　G2P1　孕38+2周\n身份证号码：[[ID_CARD|37020219930611582X]]\n末次月经：[[DATE|2026-02-21]]　预产期：[[DATE|2026-11-28]]\n丈夫：[[PERSON|杜明轩]]　电话：[[PHONE|18653920417]]\n住址：[[ADDRESS|青岛市市南区香港中路36号凯悦花园5栋1单元1202]]\n住院号：[[MRN|CK-557031]]',
  ],
  [
    'admission',
    '儿科入院记录\n患儿[[PERSON|柏一然]]，女，12岁，因“发热伴咳嗽4天”入院。\n身份证：[[ID_CARD|220102201405207182]]\n父亲[[PERSON|柏志刚]] [[PHONE|15904318826]]，母亲[[PERSON|葛慧]]\n现住：[[ADDRESS|长春市南关区人民大街2288号]]\n胸片示右下肺实变，肺炎支原体IgM阳性，予阿奇霉素10mg/kg qd。',
  ],
  [
    'progress-note',
    '[[DATE|2026-11-20]] 术后第2天\n[[PERSON|黎国华]]副主任查房：患者[[PERSON|孟德胜]]切口干燥，引流管引出淡血性液30ml，肛门已排气。Hb 108g/L，WBC 9.6×10^9/L。嘱今日拔除引流管，进流质。\n记录人：住院医师[[PERSON|苏晗]]',
  ],
  [
    'progress-note',
    '病程记录\n[[MRN|31]]床 [[PERSON|温淑芬]]，昨夜血糖波动 3.9–16.2mmol/L，凌晨出冷汗。与内分泌科[[PERSON|鲁]]医生电话沟通后，甘精胰岛素减至14U qn，加测凌晨3点血糖。患者女儿[[PERSON|温晴]]要求每日电话告知，号码[[PHONE|17702156683]]。',
  ],
  [
    'progress-note',
    'ICU病程 [[DATE|11/21]]\n[[MRN|ICU-6]] [[PERSON|晏红兵]]，感染性休克第3天，去甲肾上腺素0.12μg/kg/min，乳酸2.1mmol/L，PCT 18ng/ml。痰培养：肺炎克雷伯菌（ESBL+）。改美罗培南1g q8h。家属（妻子[[PERSON|韩凤]]）已知情。',
  ],
  [
    'discharge',
    '出院小结\n姓名：[[PERSON|钱永康]]　性别：男　年龄：74岁\n身份证：[[ID_CARD|510107195203172631]]\n住院号：[[MRN|20441876]]\n入院：[[DATE|2026.11.05]]　出院：[[DATE|2026.11.18]]\n诊断：急性前壁心肌梗死 PCI术后\n出院带药：阿司匹林100mg qd，替格瑞洛90mg bid，阿托伐他汀20mg qn。\n随访：[[DATE|12月2日]]心内科门诊，主治医师[[PERSON|包文静]]。',
  ],
  [
    'discharge',
    '出院证明书\n兹证明[[PERSON|阎海涛]]（身份证[[ID_CARD|420111197901293379]]）于[[DATE|2026年11月9日]]至[[DATE|11月20日]]在我院骨科住院治疗，诊断：L4/5椎间盘突出症，行椎间孔镜术。建议休息一个月。\n经治医师：[[PERSON|谭]]医生',
  ],
  [
    'discharge',
    '出院小结（摘要）\n患者[[PERSON|胡美凤]]，女，81岁，身份证[[ID_CARD|210102194509051288]]，住院号[[MRN|SY0387715]]，因“社区获得性肺炎、心衰”住院10天。出院后由儿媳[[PERSON|屈丽]]照顾，住[[ADDRESS|沈阳市和平区三好街56-3号4-2]]。社区随访电话[[PHONE|024-23896150]]（患者家中座机）。',
  ],
  [
    'outpatient',
    '门诊病历　消化内科　[[DATE|2026-11-17]]\n[[PERSON|冯子健]]　男　25岁　门诊号：[[MRN|MZ7731920]]\n身份证：[[ID_CARD|610113200102148573]]\n反复上腹痛2月，夜间痛明显，C13呼气试验阳性。\n处理：四联根除治疗14天，4周后复查。',
  ],
  [
    'outpatient',
    '中医门诊\n[[PERSON|上官雪]]，女，57岁，[[DATE|11月18日]]初诊。失眠多梦半年，潮热汗出，舌红少苔，脉细数。\n辨证：阴虚火旺。\n方药：知柏地黄丸加减，7剂。\n医师：[[PERSON|盛元明]]　手机（患者）：[[PHONE|13905927318]]',
  ],
  [
    'outpatient',
    '口腔科门诊\n患者：[[PERSON|简思琪]]　就诊卡号：[[MRN|0012846731]]\n[[DATE|2026/11/19]] 左下6根管治疗第二次，根充完成，建议冠修复。\n下次预约：[[DATE|12月3日]] 下午。\n医生：[[PERSON|戴明]]',
  ],
  [
    'outpatient',
    '皮肤科门诊记录\n[[PERSON|郝甜]]，女，27岁，身份证[[ID_CARD|430104199904182743]]。\n双颊红斑丘疹3月，使用某网红面霜后加重。诊断：激素依赖性皮炎。\n停用外用激素，他克莫司软膏0.03% bid，1月后复诊。',
  ],
  [
    'outpatient',
    '老年科门诊\n[[PERSON|牛守义]]，男，70岁（身份证[[ID_CARD|120104195607046277]]），家属[[PERSON|牛小雨]]陪诊。\n近半年记忆下降，找不到回家的路两次。MMSE 21分，MoCA 16分。\n安排头颅MRI、甲功、B12。家住[[ADDRESS|天津市南开区鞍山西道482号]]。',
  ],
  [
    'referral',
    '转诊单\n转出：[[ADDRESS|苏州市吴江区]]盛泽镇卫生院　转入：市立医院肾内科\n患者：[[PERSON|沈国祥]]　53岁　身份证[[ID_CARD|320583197309259075]]\n肌酐由156升至289μmol/L，尿蛋白3+，请进一步诊治。\n转诊医生：[[PERSON|陆振宇]] [[PHONE|13862571904]]\n日期：[[DATE|2026年11月14日]]',
  ],
  [
    'referral',
    '会诊申请单\n申请科室：呼吸科　被会诊科室：心理科\n患者[[PERSON|鄢晓梅]]，[[MRN|8]]床，住院号[[MRN|R260445]]，慢阻肺住院期间情绪低落、拒食两天，称“活着没意思”。请会诊。\n申请医师：[[PERSON|卓然]]　[[DATE|11/22]] 10:15',
  ],
  [
    'handover',
    '护理交班　[[DATE|11月20日]]夜班\n[[MRN|3]]床 [[PERSON|龚桂兰]]：术后第1天，镇痛泵在用，NRS 3分，尿管通畅。\n[[MRN|5]]床 [[PERSON|付建军]]：血糖22.4，已按医嘱追加胰岛素，2小时后复测。\n[[MRN|9]]床 空床。\n[[MRN|12]]床 [[PERSON|芦海]]：夜间烦躁，家属[[PERSON|芦小燕]]陪护。\n交班人：[[PERSON|梁小洁]]　接班人：[[PERSON|詹婉]]',
  ],
  [
    'handover',
    '急诊抢救室交班\n抢[[MRN|2]]：[[PERSON|邵建民]]，STEMI，已启动导管室，[[PERSON|祁]]主任在路上。\n抢[[MRN|4]]：无名氏男，约40岁，车祸，GCS 8，CT待做。\n抢[[MRN|5]]：[[PERSON|景兰芳]]，DKA，胰岛素泵入中，血钾3.3，补钾。',
  ],
  [
    'nursing-note',
    '护理记录\n[[DATE|2026-11-21]] 14:30 患者[[PERSON|聂秀英]]诉伤口疼痛，NRS 5分，遵医嘱予氨酚羟考酮1片口服，30分钟后复评NRS 2分。Braden 13分，已翻身q2h。\n护士签名：[[PERSON|宁佳慧]]',
  ],
  [
    'lab-report',
    '检验报告单\n姓名：[[PERSON|卢文博]]　性别：男　年龄：41岁\n病历号：[[MRN|P3307719]]　条码：[[MRN|2611210381]]\n采样时间：[[DATE|2026-11-21]] 07:12\n项目：糖化血红蛋白 8.9%（4.0–6.0）↑　空腹血糖 10.3mmol/L ↑\n检验者：[[PERSON|褚方]]　审核者：[[PERSON|石光明]]',
  ],
  [
    'lab-report',
    '危急值登记\n[[DATE|11月22日]] 03:40 检验科[[PERSON|金亮]]来电报告：[[MRN|18]]床 [[PERSON|唐雪梅]] 血钾6.9mmol/L。接听护士：[[PERSON|俞琳]]，已通知值班医生[[PERSON|丁海洋]]。\n处理：葡萄糖酸钙、胰岛素+葡萄糖，急查心电图。',
  ],
  [
    'imaging-report',
    'CT检查报告\n姓名：[[PERSON|岑晓东]]　检查号：[[MRN|CT20261118-0417]]\n检查部位：胸部平扫\n所见：右肺上叶尖段见一磨玻璃结节，约8mm×6mm，边界清。\n印象：右肺上叶磨玻璃结节，建议6个月后复查。\n报告医师：[[PERSON|鲍宁]]　审核：[[PERSON|车永和]]',
  ],
  [
    'imaging-report',
    '超声报告\n[[PERSON|房嘉怡]] 女 36岁 超声号[[MRN|US558204]]\n甲状腺右叶低回声结节 1.2cm×0.9cm，纵横比>1，边缘不规则，C-TIRADS 4C。\n建议细针穿刺。检查日期：[[DATE|2026年11月19日]]',
  ],
  [
    'prescription',
    '处方笺\n费别：医保　科别：内分泌科\n姓名：[[PERSON|伍家豪]]　男　38岁\n医保卡号：[[INSURANCE_ID|3401048803271106]]\n处方号：[[MRN|CF26112200317]]\nRp：二甲双胍缓释片 0.5g×60片 1g qd\n　　达格列净 10mg×28片 10mg qd\n医师：[[PERSON|葛]]　药师：[[PERSON|陶敏]]',
  ],
  [
    'prescription',
    '麻醉药品处方（红）\n患者：[[PERSON|甘秋菊]]　身份证：[[ID_CARD|350203196812301907]]\n代办人：[[PERSON|甘志远]]　身份证：[[ID_CARD|350203199311254210]]\n诊断：胰腺癌晚期 癌痛\n吗啡缓释片 30mg×14片 30mg q12h\n开具日期：[[DATE|2026-11-20]]',
  ],
  [
    'consent',
    '手术知情同意书\n患者姓名：[[PERSON|乐志成]]　住院号：[[MRN|ZS0761254]]\n拟行手术：腹腔镜胆囊切除术\n……上述风险医生已向我详细说明。\n患者签名：[[PERSON|乐志成]]　\n委托代理人：[[PERSON|乐佳]]（儿子）　电话：[[PHONE|18167420935]]\n谈话医生：[[PERSON|宗明远]]　日期：[[DATE|2026年11月17日]]',
  ],
  [
    'consent',
    '输血治疗同意书\n[[PERSON|符晓燕]]，女，36岁，身份证[[ID_CARD|450103199002275526]]，血型B型Rh(+)。\n拟输注悬浮红细胞2U。\n签字：[[PERSON|符晓燕]]　医生：[[PERSON|农家宝]]\n[[DATE|2026.11.21]]',
  ],
  [
    'billing',
    '住院费用结算单\n姓名：[[PERSON|艾力·吐尔逊]]　身份证号：[[ID_CARD|650102197706012312]]\n住院号：[[MRN|WLMQ26-08813]]\n入院：[[DATE|2026-11-02]]　出院：[[DATE|2026-11-15]]\n总费用：38,652.40元　统筹支付：27,104.12元　个人自付：11,548.28元\n退款账户：[[BANK_CARD|6222600206662660845]]（户名：[[PERSON|艾力·吐尔逊]]）',
  ],
  [
    'billing',
    '大病医疗救助申请表\n申请人：[[PERSON|蔺春花]]　与患者关系：本人\n身份证号：[[ID_CARD|13010219350116040X]]　年龄：[[AGE|91]]\n户籍地址：[[ADDRESS|石家庄市长安区建设北大街128号3-2-401]]\n救助金发放银行卡：[[BANK_CARD|6217006024084268083]]\n联系人：孙女[[PERSON|蔺悦]] [[PHONE|13832106574]]',
  ],
  [
    'billing',
    '商业保险理赔申请\n被保险人：[[PERSON|谢宇航]]　保单号：[[INSURANCE_ID|PA2026113800174]]\n身份证：[[ID_CARD|500103198508083652]]\n出险日期：[[DATE|2026年10月30日]]\n就诊医院：重庆医科大学附属第一医院\n收款账户：[[BANK_CARD|6228404248420242883]]\n邮箱：[[EMAIL|xieyuhang85@example.cn]]',
  ],
  [
    'billing',
    '异地就医备案回执\n参保人：[[PERSON|熊建华]]　社会保障号：[[ID_CARD|410105196103124833]]\n参保地：郑州市　就医地：[[ADDRESS|海南省三亚市吉阳区]]\n备案类型：异地长期居住\n备案日期：[[DATE|2026-11-01]]　有效期至：2027-10-31',
  ],
  [
    'online-consult',
    '互联网医院问诊　问诊单号：[[MRN|WZ2611220198]]\n患者：[[PERSON|童晓]]，女，30岁\n主诉：孕7周，昨晚少量褐色分泌物，无腹痛。\n[[PERSON|窦]]医生：目前不用太紧张，建议明天来做B超和孕酮。\n患者：好的，我预约了[[DATE|11月24日]]上午。',
  ],
  [
    'online-consult',
    '图文问诊记录\n医生：[[PERSON|柯]]医生（儿科）\n家长：宝宝[[PERSON|朵朵]]1岁3个月，昨天开始拉稀，一天6次，精神还行，吃奶可以\n医生：尿量正常吗？有没有呕吐？\n家长：尿不湿换了5次，没吐\n医生：先口服补液盐，观察。如有血便、精神差随时来院。',
  ],
  [
    'online-consult',
    '复诊续方申请\n申请人：[[PERSON|单国平]]（患者本人）\n就诊卡：[[MRN|0038571204]]\n药品：硝苯地平控释片30mg，厄贝沙坦150mg\n收货地址：[[ADDRESS|合肥市蜀山区长江西路669号金域华府9-1803]]\n收件电话：[[PHONE|13956027481]]',
  ],
  [
    'patient-message',
    '[[PERSON|管]]医生您好，我是您上周看的那个甲减的病人[[PERSON|司徒静怡]]，复查TSH 0.08，是不是优甲乐吃多了？现在每天75μg。我的手机[[PHONE|13600183527]]，方便的话回个电话。',
  ],
  [
    'patient-message',
    '护士长好，我是[[MRN|15]]床[[PERSON|郑]]大爷的儿子[[PERSON|郑洪]]，明天单位走不开，我老婆[[PERSON|吕萍]]来办出院，她电话[[PHONE|15217694302]]。结账的卡用她的：[[BANK_CARD|6259624036468846288]]。',
  ],
  [
    'patient-message',
    '你好，我想问一下病历复印需要带什么？我是[[DATE|上个月12号]]出院的，叫[[PERSON|毕文斌]]，住院号好像是[[MRN|ZY2610336]]。要邮寄到[[ADDRESS|昆明市五华区青年路112号]]。',
  ],
  [
    'family-chat',
    '【相亲相爱一家人】\n大哥[[PERSON|建新]]：妈今天化疗第三次，白细胞2.1\n小妹：医生说要打升白针吗\n大哥[[PERSON|建新]]：打了，明天复查\n二姐[[PERSON|秀云]]：我周六去换班，[[PERSON|建新]]你回去歇歇\n小妹：妈的医保卡在我这，号码[[INSURANCE_ID|4401030529761184]]，住院处要的话我发给你',
  ],
  [
    'family-chat',
    '[[PERSON|阿强]]：爸今天转普通病房了，[[MRN|27]]床\n[[PERSON|阿梅]]：太好了！主治是谁？\n[[PERSON|阿强]]：[[PERSON|邝]]医生，挺耐心的\n[[PERSON|阿梅]]：我下班过去，停车场车位紧，我的车[[PLATE|粤B·7Q26K]]你帮我看看能不能办临时停车证\n[[PERSON|阿强]]：我问问保安',
  ],
  [
    'family-chat',
    '家族群\n舅舅：外婆的白内障手术定在[[DATE|下周二]]（[[DATE|12月1日]]）了\n表姐[[PERSON|丹丹]]：要空腹吗\n舅舅：局麻，不用\n表姐[[PERSON|丹丹]]：好，我那天请假陪她',
  ],
  [
    'outpatient',
    '发热门诊\n[[PERSON|隋文强]]　男　47岁　[[DATE|2026-11-22]]\n发热2天，Tmax 39.1℃，咽痛，甲流抗原阳性。\n处理：奥司他韦75mg bid×5天，居家隔离。\n电话随访：[[PHONE|13604117856]]',
  ],
  [
    'outpatient',
    '儿保门诊\n[[PERSON|米乐]]，男，8月龄，出生日期[[DATE|2026-03-14]]\n体重8.6kg，身长70cm，会独坐，可辅助站立。\n母亲[[PERSON|田园]]诉夜醒频繁。\n指导：维生素D 400IU/日，添加辅食。',
  ],
  [
    'referral',
    '双向转诊（下转）\n患者[[PERSON|项秋云]]，女，65岁，脑梗死恢复期，转回社区康复。\n社区：[[ADDRESS|成都市武侯区玉林南路]]社区卫生服务中心\n家属：[[PERSON|项伟]]　[[PHONE|028-85562193]]（家）\n转出医师：[[PERSON|母]]医生',
  ],
  [
    'lab-report',
    '病理报告\n病理号：[[MRN|B2026-18452]]\n姓名：[[PERSON|关雅琴]]　科室：乳腺外科　床号：[[MRN|11]]\n大体：左乳肿物 2.3cm×1.8cm\n诊断：浸润性导管癌，II级，ER(+90%) PR(+60%) HER2(1+) Ki-67 20%\n诊断医师：[[PERSON|雷少杰]]',
  ],
  [
    'discharge',
    '出院宣教单\n[[PERSON|时丽]]女士：您于[[DATE|11月15日]]行剖宫产术，今日出院。伤口7天拆线（[[DATE|11月22日]]）。宝宝[[PERSON|时小满]]黄疸值12.1mg/dl，请[[DATE|11月24日]]回院复测。产后42天复查。',
  ],
  [
    'prescription',
    '中药处方\n姓名：[[PERSON|阮红梅]]　女　49岁　门诊号：[[MRN|ZY-M0452871]]\n黄芪30g 党参15g 白术12g 当归10g 茯苓15g 炙甘草6g\n7剂，水煎服，日一剂。代煎，快递至[[ADDRESS|福州市鼓楼区五四路158号环球广场2305]]，收件人[[PERSON|阮红梅]] [[PHONE|18950163428]]',
  ],
  // ---- no identifier
  [
    'progress-note',
    '查房意见：患者神志清，精神可，体温正常三天，咳嗽减轻。复查血常规WBC 7.2×10^9/L，CRP 12mg/L。头孢曲松已用7天，今日停用，明日可出院。',
  ],
  [
    'nursing-note',
    '健康宣教：糖尿病足护理要点——每天温水洗脚（水温不超过37℃），检查有无破损；穿宽松棉袜；趾甲平剪；发现红肿破溃及时就医。',
  ],
  [
    'lab-report',
    '参考区间说明：肌酐 男 57–111μmol/L，女 41–81μmol/L；eGFR<60 ml/min/1.73m² 持续3个月以上提示慢性肾脏病。本报告仅对所检样本负责。',
  ],
  [
    'outpatient',
    '门诊诊断：1. 2型糖尿病（E11.9）2. 高血压2级（I10）\n处理：继续二甲双胍0.5g tid，氨氯地平5mg qd。3个月后复查糖化血红蛋白。',
  ],
  [
    'handover',
    '手术室今日安排：第一台 腹腔镜阑尾切除；第二台 甲状腺右叶切除；第三台 膝关节镜。麻醉科已确认，器械护士两名。无名氏外伤病人待定。',
  ],
  // ---- harder / unusual settings
  [
    'crowdfunding',
    '【众筹求助】我爸[[PERSON|谷长生]]（65岁，身份证尾号2716）确诊急性髓系白血病，已在血液科住院，骨髓移植费用约50万。感谢每一位好心人！\n发起人：女儿[[PERSON|谷雨晴]]\n收款人：[[PERSON|谷长生]]　收款卡：[[BANK_CARD|6212648226460246485]]\n诊断证明已上传，住院号[[MRN|XY2609817]]。',
  ],
  [
    'crowdfunding',
    '筹款动态更新 [[DATE|11月18日]]\n感谢大家！[[PERSON|小宇]]今天第一次化疗顺利结束。有爱心人士问能不能直接寄东西，请寄到[[ADDRESS|南宁市青秀区民族大道136号]]肿瘤医院住院部，电话[[PHONE|17707714529]]（妈妈[[PERSON|韦春燕]]）。\n我的微信：[[ACCOUNT|weichunyan_1988]]',
  ],
  [
    'mass-casualty',
    '批量伤员登记（高速连环追尾）[[DATE|2026-11-21]]\n伤票[[MRN|MCI-07]] 红 [[PERSON|卞志强]] 男 约50岁 血气胸\n伤票[[MRN|MCI-08]] 黄 未知女 约30岁 右股骨骨折\n伤票[[MRN|MCI-11]] 绿 [[PERSON|殷悦]] 女 擦伤\n肇事车辆：[[PLATE|皖A·3K591]]（伤员[[PERSON|卞志强]]驾驶）\n登记：[[PERSON|计凯]]',
  ],
  [
    'event-medical',
    '马拉松医疗点记录　[[DATE|11月22日]]\n参赛号[[MRN|A3716]]，[[PERSON|缪子轩]]，男，25km处晕倒，肛温40.6℃，意识模糊。冰水浸泡降温，转运至市一院。\n紧急联系人（报名信息）：[[PERSON|缪芳]] [[PHONE|13591846207]]\n医疗志愿者：[[PERSON|边晓宇]]',
  ],
  [
    'wearable-alert',
    '【智能手表跌倒提醒】\n用户[[PERSON|焦凤英]]的手表于[[DATE|2026-11-20]] 06:42检测到疑似跌倒，60秒内未响应。\n定位：[[ADDRESS|大连市沙河口区西安路88号12-3-2]]\n已通知紧急联系人：[[PERSON|焦阳]]（[[PHONE|13998620473]]）\n设备序列号：WT9K-22H8-0071（不对外）',
  ],
  [
    'interpreter',
    '手语翻译预约单\n预约号：[[MRN|FY-20261125-03]]\n患者：[[PERSON|毛佳琪]]（听障）　就诊：[[DATE|11月25日]] 9:00 妇产科\n联系方式：仅短信 [[PHONE|18611205963]]\n翻译员：[[PERSON|赖冬梅]]',
  ],
  [
    'lost-property',
    '住院部失物招领登记\n[[DATE|11/19]] 在7楼电梯口拾得钱包一个，内有身份证（[[PERSON|姚春生]]，[[ID_CARD|510104491227375]]）、银行卡一张、现金若干。\n失主已于当日认领，联系电话[[PHONE|13882047615]]。\n经手保安：[[PERSON|侯建]]',
  ],
  [
    'chaplaincy',
    '安宁疗护人文关怀记录\n[[PERSON|沙玉兰]]老人（[[AGE|九十一]]岁）希望临终前见到在国外的孙子[[PERSON|沙文博]]，已协助其办理签证加急，护照号[[PASSPORT|EK8130264]]。社工：[[PERSON|单丽]]',
  ],
  [
    'specimen-courier',
    '标本转运交接单（外送至第三方检验所）\n箱号：BX-0093　温度：2–8℃\n1. [[PERSON|邱宏]] 条码[[MRN|7721830045]] 基因检测\n2. [[PERSON|蓝秋萍]] 条码[[MRN|7721830046]] 血药浓度\n3. [[PERSON|雍建新]] 条码[[MRN|7721830047]] 病理会诊\n交接人：[[PERSON|范雪]]　接收人：[[PERSON|曲峰]]',
  ],
  [
    'maritime',
    '远洋渔船医疗咨询（海事卫星电话）\n船名：浙岱渔03117　船长：[[PERSON|林阿福]]\n伤员：[[PERSON|黄永春]]，男，41岁，身份证[[ID_CARD|330902198506114211]]，右手被绞盘压伤，两指开放性骨折。\n岸上医生：[[PERSON|柴]]医生建议清创包扎、口服抗生素，尽快返港。',
  ],
  [
    'mountain-rescue',
    '山地救援记录\n[[DATE|2026年11月15日]] 14:20 接报：驴友[[PERSON|倪思远]]在四姑娘山大峰下撤途中头痛呕吐、步态不稳，疑高原脑水肿。报警人：同伴[[PERSON|潘婧]] [[PHONE|15828460397]]。\n伤员车辆停在日隆镇停车场：[[PLATE|川A·8M27D]]。',
  ],
  [
    'milk-bank',
    '母乳库捐赠登记\n捐赠者：[[PERSON|邢婉清]]　身份证：[[ID_CARD|440305198711020769]]\n宝宝：[[PERSON|邢安安]]，出生[[DATE|2026-09-30]]\n捐赠编号：[[MRN|MRB-1107]]\n筛查：HIV、乙肝、丙肝、梅毒均阴性。\n取奶地址：[[ADDRESS|深圳市南山区科苑路15号科兴科学园B栋2101]]',
  ],
  [
    'it-helpdesk',
    '信息科工单\n报修人：[[PERSON|易冬]]（门诊护士站）\n问题：患者[[PERSON|曹]]某反映手机连不上“患者WiFi”，分配地址[[IP|198.51.100.47]]，无法打开缴费页面[[URL|https://pay.hospital.example.cn/h5]]。\n处理：重启AP-3F-02，已恢复。',
  ],
  [
    'livestream',
    '直播间健康讲座（弹幕摘录）\n[[ACCOUNT|快乐的小鱼2013]]：医生，我妈血压160/100要紧吗\n[[ACCOUNT|老周在杭州]]：降压药能停吗\n主播[[PERSON|姜]]医生：不要自行停药哦\n[[ACCOUNT|快乐的小鱼2013]]：我私信您了，我电话[[PHONE|13706518829]]',
  ],
  [
    'crowdfunding',
    '病情证明（供众筹平台审核）\n兹有患者[[PERSON|廖心怡]]，女，8岁，身份证[[ID_CARD|530102201807031442]]，于[[DATE|2026年10月8日]]在我院确诊神经母细胞瘤（IV期），预计治疗费用40–60万元。\n主治医师：[[PERSON|樊志宏]]',
  ],
  [
    'mass-casualty',
    '食物中毒批量就诊名单（某工地食堂）\n1. [[PERSON|龙大勇]] 身份证[[ID_CARD|230103197011113916]] 呕吐腹泻\n2. [[PERSON|杭小军]] 呕吐\n3. [[PERSON|欧振华]] 腹痛\n工地负责人：[[PERSON|庞]]经理 [[PHONE|13945172608]]\n已上报疾控。',
  ],
  [
    'wearable-alert',
    '动态血糖远程共享提醒\n关注人[[PERSON|袁静]]：您关注的[[PERSON|袁子墨]]（12岁）血糖2.8mmol/L，低于阈值。[[DATE|11月21日]] 23:05\n账号：[[ACCOUNT|yuanzimo_cgm]]',
  ],
  [
    'event-medical',
    '音乐节医疗帐篷记录\n[[PERSON|侯嘉文]]，女，腕带号[[MRN|W08832]]，疑饮酒后摔倒，右前额裂伤2cm，清创缝合。同行朋友[[PERSON|白一诺]]（[[PHONE|18810375962]]）陪同离开。',
  ],
  [
    'outpatient',
    '眼科门诊\n[[PERSON|贺振东]]，56岁，[[DATE|11/20]]。右眼视物模糊1月，眼压 右26 左18 mmHg。\n诊断：开角型青光眼？\n安排OCT、视野。\n电话：[[PHONE|0571-86023195]]（家）',
  ],
  [
    'patient-message',
    '医生，我是[[PERSON|佟明]]，上次您说让我把外院的片子发给您，我传到网盘了，链接[[URL|https://pan.example.com/s/9aKx2Qm]]，提取码 7q3f。我的邮箱[[EMAIL|tongming_1979@example.com.cn]]',
  ],
  [
    'imaging-report',
    'MRI报告\n姓名：[[PERSON|汪海燕]]　年龄：39岁　影像号：[[MRN|MR0417726]]\n检查日期：[[DATE|2026-11-18]]\n腰椎MRI：L5/S1椎间盘向左后突出，压迫左侧S1神经根。\n报告医生：[[PERSON|滕飞]]',
  ],
  [
    'billing',
    '门诊收费票据\n交款人：[[PERSON|任红梅]]　医保类型：职工医保\n医保编号：[[INSURANCE_ID|HN2104880312]]\n金额：486.50元（统筹 289.00 个人账户 197.50）\n收费员：[[PERSON|曾丽]]　[[DATE|2026.11.22]]',
  ],
  [
    'consent',
    '胃肠镜检查知情同意书\n受检者：[[PERSON|苗建国]]　身份证：[[ID_CARD|310110580406213]]\n麻醉方式：静脉麻醉\n陪同人：[[PERSON|苗丽丽]]（女儿）[[PHONE|13524086917]]\n签署日期：[[DATE|2026年11月19日]]',
  ],
  [
    'outpatient',
    '妇科门诊\n[[PERSON|巩秀兰]]，64岁，身份证[[ID_CARD|440103620918548]]。绝经14年，阴道少量出血1周。\nB超：内膜厚7mm。\n处理：安排宫腔镜+诊刮。',
  ],
  [
    'discharge',
    '出院记录\n[[PERSON|邬静]]，55岁，身份证[[ID_CARD|320102710530086]]，甲状腺乳头状癌术后，出院带药左甲状腺素100μg qd。出院日期[[DATE|2026-11-21]]。门诊随访预约号[[MRN|YY1130-027]]。',
  ],
  [
    'family-chat',
    '妈：@[[PERSON|晓晓]] 你爸体检报告出来了吗\n[[PERSON|晓晓]]：出来了，我发到你邮箱了 [[EMAIL|liu_family_2020@example.net]]\n妈：PSA高是啥意思\n[[PERSON|晓晓]]：要复查，我约了泌尿科[[DATE|周五]]',
  ],
  [
    'admission',
    '入院记录（简）\n[[PERSON|卫建军]]，男，38岁，身份证[[ID_CARD|340104198810198078]]，护照[[PASSPORT|EJ5502718]]（外派员工），回国后发热5天，疟原虫涂片阳性。\n单位车辆送诊，自驾车[[PLATE|皖A·D2719F]]停于急诊。',
  ],
  [
    'billing',
    '长护险评估申请\n申请人：[[PERSON|柯桂芝]]，[[AGE|九十二]]岁，女\n代理人：外孙女[[PERSON|万思琪]]，身份证[[ID_CARD|360102199601302882]]，30岁\n居住地：[[ADDRESS|南昌市东湖区八一大道357号]]',
  ],
];

const en: Array<[string, string]> = [
  [
    'admission',
    'ADMISSION H&P — [[DATE|11/19/2026]]\nPt: [[PERSON|Marcus Whitfield]], 58M, MRN [[MRN|40071238]]\nDOB [[DATE|03/02/1968]]\nCC: SOB x3 days, orthopnea, 8 lb weight gain.\nPMH: HFrEF (EF 30%), T2DM, CKD3a.\nLives at [[ADDRESS|1418 Alder Creek Dr, Boise, ID 83704]] with wife [[PERSON|Janine]] ([[PHONE|(208) 555-0143]]).\nAdmitting: Dr [[PERSON|Priya Venkataraman]]',
  ],
  [
    'admission',
    'ED triage note 21/11/2026 23:10\n[[PERSON|Siobhan Keane]], 34F, NHS no. [[INSURANCE_ID|999 481 2572]]\nPresents with RIF pain x12h, vomiting x2, T 38.2. Pregnancy test neg.\nNOK: partner [[PERSON|Callum Reid]] [[PHONE|07700 900418]]\nHosp no. [[MRN|K5530921]]',
  ],
  [
    'admission',
    'Psych admission — voluntary\nName: [[PERSON|Tobias Lindqvist]]  Age 29  Unit: Cedar Ward, bed [[MRN|6]]\nAdmitted [[DATE|20 Nov 2026]] after 3 weeks of low mood, poor sleep, passive SI, no plan.\nSister [[PERSON|Astrid Lindqvist]] to be contacted only with consent: [[EMAIL|astrid.l@example.se]]',
  ],
  [
    'admission',
    'PEDS ADMIT\n[[PERSON|Mateo Alvarez-Ruiz]], 4yo M, wt 17 kg\nMRN [[MRN|P-0884152]]\nDx: croup, moderate, stridor at rest improved after dex + neb epi.\nParents: [[PERSON|Lucia Ruiz]] (mom, [[PHONE|(512) 555-0177]]), [[PERSON|Diego Alvarez]] (dad)\nHome: [[ADDRESS|902 Pecan Hollow Ln, Austin, TX 78745]]',
  ],
  [
    'progress-note',
    'HD#4 progress note — [[PERSON|Eleanor Ashby]]\nS: Slept ok, pain 3/10.\nO: Afebrile, HR 84, BP 128/76. Cr 1.4 (from 2.1).\nA/P: AKI resolving on fluids. Restart lisinopril at d/c. PT eval today.\n— [[PERSON|J. Moreno]], PGY-2',
  ],
  [
    'progress-note',
    'Oncology day-unit note [[DATE|22/11/2026]]\n[[PERSON|Rahul Deshmukh]] C3D1 FOLFOX. Neuropathy grade 1. ANC 1.9. Proceed.\nWife [[PERSON|Meera]] asked for letter for employer.\nConsultant: Dr [[PERSON|Hargreaves]]',
  ],
  [
    'progress-note',
    'MICU sign-out [[DATE|11/21]]\nBed [[MRN|3]] [[PERSON|Gregory Novak]] — septic shock, on norepi 0.08, lactate trending down.\nBed [[MRN|7]] [[PERSON|Fatima Al-Sayed]] — DKA, gap closed, transition to SQ insulin.\nBed [[MRN|9]] — empty.\nBed [[MRN|10]] [[PERSON|Harold Beecham]] — CMO, family at bedside.',
  ],
  [
    'discharge',
    'DISCHARGE SUMMARY\nPatient: [[PERSON|Wendy Okonjo]]  DOB: [[DATE|14/07/1961]]  Hospital No: [[MRN|RX2245107]]\nAdmitted: [[DATE|12/11/2026]]  Discharged: [[DATE|19/11/2026]]\nDx: Community-acquired pneumonia, CURB-65 2.\nTTO: amoxicillin 500 mg TDS x 2 days.\nGP: Dr [[PERSON|Imran Qureshi]], Fairbourne Medical Practice',
  ],
  [
    'discharge',
    'Discharge instructions for [[PERSON|Benjamin Carter]]\nYou had a laparoscopic appendectomy on [[DATE|November 18, 2026]]. Remove the dressing in 48 hours. No lifting over 10 lb for 2 weeks. Follow-up with Dr [[PERSON|Esther Kim]] on [[DATE|December 2]]. Questions: call your nurse navigator [[PERSON|Dana]] at [[PHONE|(617) 555-0129]].',
  ],
  [
    'discharge',
    'Discharge letter\nRe: Mrs [[PERSON|Margaret Dolan]], [[AGE|93]], NHS [[INSURANCE_ID|999 036 9186]]\nAddress: [[ADDRESS|Flat 3, 27 Heaton Grove, Newcastle upon Tyne NE6 5RX]]\nFall with no fracture; home with reablement package. Daughter [[PERSON|Theresa]] aware.',
  ],
  [
    'outpatient',
    'Clinic letter — Rheumatology, [[DATE|20 November 2026]]\nDear Dr [[PERSON|Fenwick]],\nI reviewed [[PERSON|Oluwaseun Bakare]] (DOB [[DATE|09/05/1984]], hospital no. [[MRN|B0917734]]) with a 3-month history of symmetrical small-joint synovitis. Anti-CCP strongly positive. Starting methotrexate 15 mg weekly with folic acid.\nYours sincerely,\nDr [[PERSON|Helen Strachan]]',
  ],
  [
    'outpatient',
    'Urgent care — [[DATE|11/22/2026]]\n[[PERSON|Kayla Brooks]] 19F, R ankle inversion injury playing volleyball. Ottawa rules neg. RICE, ASO brace. Work note given.\nPhone on file [[PHONE|(919) 555-0163]]',
  ],
  [
    'outpatient',
    'GP consultation\n[[PERSON|Jack Pemberton]], 71, BP 168/94 on amlodipine 10. Adding indapamide 2.5. HbA1c 52. Recheck U&E in 2/52.\nAddress updated: [[ADDRESS|14 Mill Lane, Ludlow SY8 1BE]]\nMob [[PHONE|07700 900752]]',
  ],
  [
    'outpatient',
    'Sexual health clinic\nClinic no. [[MRN|GUM-44187]] (first name only: [[PERSON|Liam]])\nAsymptomatic screen. Declined HIV test today, will return. Prefers contact by text [[PHONE|07700 900236]].',
  ],
  [
    'outpatient',
    'Peds well visit — 2 mo\n[[PERSON|Ava Thompson-Nguyen]], DOB [[DATE|9/21/2026]]\nVaccines given: DTaP-IPV-Hib-HepB, PCV20, rotavirus. Lot numbers in MAR.\nMom [[PERSON|Linh Nguyen]] asked about tummy time. Next visit 4 mo.',
  ],
  [
    'referral',
    'Referral — Cardiology\nFrom: Dr [[PERSON|Nadia Rahman]]\nRe: [[PERSON|Colin Mackenzie]], 66, [[ADDRESS|8 Burnside Terrace, Perth PH1 5AQ]]\nExertional chest tightness x 6 wks, resolves with rest. ECG: LBBB (old). Please assess for stable angina.\nContact: [[PHONE|07700 900589]] / [[EMAIL|colin.mackenzie66@example.co.uk]]',
  ],
  [
    'referral',
    'Physio referral\nName: [[PERSON|Priyanka Shah]]  DOB [[DATE|02/02/1990]]\nDx: R frozen shoulder, stage 2.\nPreferred contact: [[EMAIL|pshah.physio@example.com]]\nReferring GP: Dr [[PERSON|O. Adeyemi]]',
  ],
  [
    'handover',
    'Nursing handover 7A, night\nRm [[MRN|12]] [[PERSON|Dorothy Pike]] — post-op NOF day 1, PCA, confused overnight (4AT 5), son [[PERSON|Graham]] visiting 10am.\nRm [[MRN|14]] [[PERSON|Ahmed Hassan]] — NBM for OGD, IV fluids.\nRm 15 — empty, cleaned.\nRm [[MRN|16]] [[PERSON|Bill Tanner]] — falls risk, bed alarm on.',
  ],
  [
    'handover',
    'ED handover 0700\nResus [[MRN|1]]: [[PERSON|Rowan Fitzgerald]], 23M, MVC, intubated, awaiting CT.\nMajors [[MRN|6]]: [[PERSON|Gloria Estrada]], 78F, UTI + delirium, daughter [[PERSON|Carmen]] on [[PHONE|(305) 555-0191]].\nMajors 8: unknown male, found down, tox pending.',
  ],
  [
    'lab-report',
    'MICROBIOLOGY REPORT\nPatient: [[PERSON|CHEN, Wei-Lun]]  MRN [[MRN|M2218804]]\nSpecimen: urine MSU  Lab no. [[MRN|26U-118042]]  Collected [[DATE|20/11/2026]]\nE. coli >10^5 CFU/mL, resistant to trimethoprim, sensitive to nitrofurantoin.\nAuthorised: [[PERSON|K. Fairclough]], BMS',
  ],
  [
    'lab-report',
    'CRITICAL VALUE CALL\n[[DATE|11/21/2026]] 02:14 — K+ 6.8 on [[PERSON|Dwayne Harper]], MRN [[MRN|00661942]]. Called by [[PERSON|Tasha]] (lab) to RN [[PERSON|Paul Ortiz]]; read back confirmed. MD [[PERSON|Singh]] notified.',
  ],
  [
    'imaging-report',
    'CT HEAD WITHOUT CONTRAST\nPatient: [[PERSON|Irene Castellano]]  Acc# [[MRN|CT-7719043]]  Exam date [[DATE|11/20/2026]]\nHistory: fall on apixaban.\nFindings: No acute intracranial hemorrhage. Mild chronic small-vessel change.\nRead by: [[PERSON|Samuel Okoro]], MD',
  ],
  [
    'imaging-report',
    'US ABDOMEN\n[[PERSON|Harriet Lowe]], 45F  RIS no. [[MRN|US2611-0552]]\nGallbladder contains multiple mobile calculi, wall 2 mm, no pericholecystic fluid. CBD 5 mm.\nImpression: cholelithiasis without cholecystitis.',
  ],
  [
    'prescription',
    'Rx — e-prescribe\nPatient: [[PERSON|Tyrone Ellis]]  DOB [[DATE|06/30/1977]]\nRx# [[MRN|4478213]]\nAtorvastatin 40 mg tab, 1 PO nightly, #90, RF x3\nPrescriber: [[PERSON|Angela Ruiz]], NP\nPharmacy: Main St Pharmacy',
  ],
  [
    'prescription',
    'Controlled drug prescription\nMr [[PERSON|Kenneth Bryce]], [[ADDRESS|22 Rowan Close, Swindon SN2 7HT]]\nOxycodone MR 10 mg bd — 14 (fourteen) tablets\nSigned Dr [[PERSON|Farah Iqbal]]  Date [[DATE|21/11/2026]]',
  ],
  [
    'consent',
    'Consent to procedure\nPatient: [[PERSON|Naomi Feld]]  MRN [[MRN|60284417]]\nProcedure: colonoscopy with possible polypectomy\nRisks discussed: bleeding, perforation, sedation.\nSignature: [[PERSON|Naomi Feld]]  Date [[DATE|11/20/2026]]\nWitness: [[PERSON|Brianna Cole]], RN',
  ],
  [
    'consent',
    'Authorization to release health information\nI, [[PERSON|Victor Mendes]], DOB [[DATE|12/15/1959]], authorize release of my records to [[PERSON|Lisa Mendes]] (daughter), [[ADDRESS|3310 Briar Way, Columbus, OH 43221]], e-mail [[EMAIL|lisa.mendes@example.org]].\nSSN (last 4): 4321',
  ],
  [
    'billing',
    'PATIENT STATEMENT\nGuarantor: [[PERSON|Robert Haines]]\nPatient: [[PERSON|Emily Haines]]  Acct # [[MRN|A-5509217]]\nService date [[DATE|10/28/2026]]  ED visit level 4  $1,842.00\nInsurance: Aetna member ID [[INSURANCE_ID|W229018437]]\nPay online at [[URL|https://billing.example.com/pay]]',
  ],
  [
    'billing',
    'Card payment form\nName on card: [[PERSON|S. Nakamura]]\nCard number: [[BANK_CARD|4716042020002225]]  Exp 08/29\nBilling address: [[ADDRESS|57 Kingfisher Rd, Wollongong NSW 2500]]\nPhone: [[PHONE|0491 570 318]]',
  ],
  [
    'billing',
    'Travel insurance claim\nClaimant: [[PERSON|Hannah Sorensen]]  Passport: [[PASSPORT|P7741902]]\nPolicy no. [[INSURANCE_ID|TRV-26-0088431]]\nTreated at a clinic in Bali for a scooter injury on [[DATE|3 November 2026]].\nReimburse to card [[BANK_CARD|5412682642606004]]',
  ],
  [
    'online-consult',
    'Video visit transcript (excerpt) — visit ID [[MRN|VV-882041]]\nDr [[PERSON|Rosenthal]]: Hi [[PERSON|Claire]], can you hear me?\n[[PERSON|Claire Dubois]]: Yes. The rash started after the new antibiotic.\nDr [[PERSON|Rosenthal]]: Any lip swelling or trouble breathing?\n[[PERSON|Claire Dubois]]: No, just itchy.',
  ],
  [
    'online-consult',
    'Portal message\nFrom: [[PERSON|Derrick Owusu]]\nSubject: BP readings\nHi Dr [[PERSON|Lam]], my home BP has been 150s/90s all week even on losartan 50. Should I increase it? My cell is [[PHONE|(414) 555-0108]].',
  ],
  [
    'patient-message',
    'hi its [[PERSON|becca]] from the 2pm diabetes group, can i move my appt to thursday? my number changed its now [[PHONE|07700 900674]] thx',
  ],
  [
    'patient-message',
    "Good morning, I'm writing on behalf of my mother [[PERSON|Agnes Whitlow]] (age [[AGE|96]]). She was seen by Dr [[PERSON|Patel]] last week and we never got the blood results. Her date of birth is [[DATE|4 April 1930]]. I'm [[PERSON|Ruth]], her daughter, [[EMAIL|ruth.whitlow@example.co.uk]].",
  ],
  [
    'patient-message',
    "Hey, it's [[PERSON|Marcus]] — I left my CPAP charger in room [[MRN|418]] when I was discharged. Can someone mail it to [[ADDRESS|77 Orchard St Apt 5B, Hartford, CT 06106]]?",
  ],
  [
    'family-chat',
    'Family group 💬\n[[PERSON|Kezia]]: Dad just got out of theatre, surgeon said it went well\n[[PERSON|Joel]]: thank god 🙏 which ward\n[[PERSON|Kezia]]: Ward 22, bed [[MRN|4]]\nAuntie [[PERSON|Pat]]: I can drive up tmrw\n[[PERSON|Joel]]: parking is a nightmare, register your reg at reception, mine is [[PLATE|LK19 XPW]]',
  ],
  [
    'family-chat',
    "Mom: the pharmacy needs Grandpa's Medicare Advantage ID again ugh\n[[PERSON|Tariq]]: it's [[INSURANCE_ID|XG8403117205]]\nMom: thx. also his new address for the records is [[ADDRESS|41 Sunset Ridge Ct, Mesa, AZ 85205]]\n[[PERSON|Tariq]]: 👍",
  ],
  [
    'family-chat',
    "[[PERSON|Bronwyn]]: Nan's hearing aid appointment is [[DATE|Monday 30/11]]\n[[PERSON|Lachie]]: I'll take her, what time\n[[PERSON|Bronwyn]]: 10:15, at the audiology place near the library\n[[PERSON|Lachie]]: sweet",
  ],
  [
    'admission',
    'ED note [[DATE|11/22/2026]]\n[[PERSON|Bernard Kowalczyk]], 82M, from [[ADDRESS|Maplewood Assisted Living, 600 Cedar Ave, Room 214, Duluth, MN 55811]].\nSudden L arm weakness at 0630, LKW 0600. NIHSS 7. Code stroke called.\nPOA: son [[PERSON|Piotr Kowalczyk]] [[PHONE|(218) 555-0134]]',
  ],
  [
    'outpatient',
    'Antenatal clinic\n[[PERSON|Abena Mensah]], 28, G1 28/40. BP 124/78, urine NAD. GTT booked.\nEDD [[DATE|14/02/2027]]\nHusband [[PERSON|Kwame]] attending.\nMidwife: [[PERSON|Jo Barker]]',
  ],
  [
    'referral',
    'Memory clinic referral\n[[PERSON|Alistair Gow]], 79, lives alone at [[ADDRESS|Rose Cottage, 3 Kirk Brae, Crieff PH7 3LZ]]. ACE-III 72/100. Neighbour Mrs [[PERSON|Eilidh Munro]] has noticed him wandering at night.',
  ],
  [
    'nursing-note',
    'Wound care note [[DATE|11/20]]\nPt [[PERSON|Lorraine Tucker]] — sacral pressure injury stage 3, 3.5 x 2.1 cm, granulating. Foam dressing changed. Braden 12. Reposition q2h.\nRN [[PERSON|Mia Castillo]]',
  ],
  // ---- no identifier
  [
    'progress-note',
    'Assessment: Improving cellulitis of the left lower leg. Erythema receding from the marked border. Afebrile for 48 hours. Plan: switch IV cefazolin to oral cephalexin 500 mg QID to complete 7 days.',
  ],
  [
    'discharge',
    'When to return: come back to the emergency department if you have a fever over 101°F, increasing redness around the incision, vomiting that will not stop, or pain not controlled by your medicine.',
  ],
  [
    'lab-report',
    'Reference ranges: Hemoglobin 13.5–17.5 g/dL (male), 12.0–15.5 g/dL (female). Results outside range are flagged H or L. Specimen hemolyzed — potassium may be falsely elevated.',
  ],
  [
    'prescription',
    'Counselling points: take alendronate 70 mg once weekly on an empty stomach with a full glass of water; stay upright for 30 minutes; separate from calcium by at least 30 minutes.',
  ],
  [
    'handover',
    'Theatre list, Tuesday: 1) lap chole 2) inguinal hernia repair 3) carpal tunnel release 4) excision of lipoma. Anaesthetist confirmed. Two ODPs. Patient 3 needs an interpreter booked.',
  ],
  [
    'outpatient',
    'Impression: benign paroxysmal positional vertigo, right posterior canal (Dix-Hallpike positive). Epley manoeuvre performed in clinic with relief. Advised Brandt-Daroff exercises.',
  ],
  // ---- harder / unusual settings
  [
    'crowdfunding',
    "GoFundMe-style update\nThank you all! [[PERSON|Danny]]'s transplant is scheduled for [[DATE|December 9]] at Children's. We've raised $41,300. Donations by Zelle to [[EMAIL|help4danny@example.com]] or send cards to [[ADDRESS|218 Linden Ave, Rochester, NY 14610]].\n— [[PERSON|Courtney]] & [[PERSON|Mike Ferraro]]",
  ],
  [
    'mass-casualty',
    'MCI log — bus rollover, [[DATE|11/21/2026]]\nTag [[MRN|T-031]] RED — [[PERSON|Hector Villanueva]], 52M, flail chest\nTag [[MRN|T-032]] YELLOW — unknown F ~20s, open tib/fib\nTag [[MRN|T-035]] GREEN — [[PERSON|Grace Liu]], 31F, lacerations\nBus operator: Coastline Charters (company, not a person)\nScribe: [[PERSON|Owen Patrick]]',
  ],
  [
    'event-medical',
    'Festival medical tent log — Sat [[DATE|22 Nov]]\nWristband [[MRN|FW-20931]]: [[PERSON|Chloe Barrington]], 20F, suspected MDMA, T 38.9, agitated. Transferred by ambulance.\nFriend [[PERSON|Isla Kerr]] ([[PHONE|0491 570 662]]) travelled with her.',
  ],
  [
    'event-medical',
    'Marathon medical — Mile 24 aid station\nBib [[MRN|11482]] [[PERSON|Andrew Sato]], 44M, collapsed, confused, Na 124 on i-STAT. Emergency contact from registration: [[PERSON|Yuki Sato]] [[PHONE|(503) 555-0152]].',
  ],
  [
    'wearable-alert',
    'FALL DETECTED — Apple-style watch alert\nUser: [[PERSON|Dolores Finch]] (account [[ACCOUNT|dfinch_1946]])\nTime: [[DATE|11/20/2026]] 05:58\nLocation: [[ADDRESS|12 Magnolia Ct, Savannah, GA 31405]]\nEmergency contact notified: [[PERSON|Raymond Finch]] [[PHONE|(912) 555-0187]]',
  ],
  [
    'interpreter',
    'Interpreter booking\nRef [[MRN|INT-261124-019]] — Dari\nPatient: [[PERSON|Zarghona Ahmadi]]  Appt: [[DATE|24/11/2026]] 14:00, Maternity\nInterpreter: [[PERSON|Farid Noori]] (agency)\nPatient contact via husband [[PERSON|Habib]]: [[PHONE|07700 900915]]',
  ],
  [
    'lost-property',
    'Security — lost property log\n[[DATE|19/11]] Found in A&E waiting room: UK passport, name [[PERSON|Daniel Okafor-Hughes]], no. [[PASSPORT|563918274]]. Handed to main reception. Owner collected 21/11, ID checked by Sgt. [[PERSON|Lewis]] (security).',
  ],
  [
    'chaplaincy',
    'Chaplaincy visit note\nVisited patient [[PERSON|Bridget Corrigan]], [[AGE|92]], ward 9, at request of her niece [[PERSON|Aoife]]. Prayed the rosary. She asked that her brother [[PERSON|Seamus Corrigan]] in Boston be told; niece will call him.',
  ],
  [
    'specimen-courier',
    'Specimen courier manifest — to reference lab\nBox 7 (ambient)\n[[PERSON|MORRIS, Keith]]  barcode [[MRN|8830127745]]  — cortisol\n[[PERSON|PATEL, Anjali]]  barcode [[MRN|8830127751]]  — ACE level\nDriver: [[PERSON|Stuart Nash]]  van YR71 KDE (hospital fleet)',
  ],
  [
    'maritime',
    'Radio medical advice log (ship-to-shore)\nVessel: MV Northern Tern, call sign withheld\nCasualty: [[PERSON|Rafael Dimaculangan]], 37, AB seaman, passport [[PASSPORT|P4402817A]]\nComplaint: RLQ pain 18h, fever 38.5. Advice: NBM, IV access if trained, divert to nearest port.\nTMAS doctor: Dr [[PERSON|Ines Carvalho]]',
  ],
  [
    'mountain-rescue',
    'Mountain rescue callout [[DATE|15/11/2026]]\nCasualty [[PERSON|Thomas Lyle]], 61, slipped on scree, suspected ankle fracture, mild hypothermia. Informant: walking partner [[PERSON|Gwen Probert]] [[PHONE|07700 900347]]. Car left at Pen-y-Pass: [[PLATE|CU68 WNB]].',
  ],
  [
    'milk-bank',
    'Donor milk bank — donor record\nDonor: [[PERSON|Rachel Adebayo]]  Donor no. [[MRN|DMB-0573]]\nBaby DOB [[DATE|02/09/2026]]\nSerology clear. Collection from [[ADDRESS|9 Willow Walk, Reading RG1 6PQ]].\nContact [[EMAIL|rachel.adebayo@example.co.uk]]',
  ],
  [
    'it-helpdesk',
    'IT ticket #55120\nReporter: Nurse [[PERSON|Tamsin Gray]]\nIssue: patient Mr [[PERSON|Yusuf]] cannot reach the patient portal from guest Wi-Fi (lease [[IP|203.0.113.88]]); portal [[URL|https://myhealth.example.org/login]] times out. His portal username: [[ACCOUNT|yusuf.k1970]].\nResolved: captive portal cache cleared.',
  ],
  [
    'livestream',
    'Live Q&A chat log — "Ask a pharmacist"\n[[ACCOUNT|@sunnyday_mama]]: can I take ibuprofen while breastfeeding?\nHost [[PERSON|Leila Haddad]], PharmD: Generally yes at usual doses.\n[[ACCOUNT|@grumpygrandpa62]]: my cardiologist Dr [[PERSON|Fogarty]] said no NSAIDs for me\nHost: Follow his advice.',
  ],
  [
    'crowdfunding',
    'Fundraiser for [[PERSON|Ngozi Eze]]\n[[PERSON|Ngozi]] (34) was diagnosed with triple-negative breast cancer in [[DATE|August 2026]]. Her brother [[PERSON|Chidi]] is organising. Bank transfer: account name [[PERSON|Ngozi Eze]], card [[BANK_CARD|4539226600868841]]. WhatsApp [[PHONE|+234 803 555 0147]].',
  ],
  [
    'mass-casualty',
    "Reunification centre list (school evacuation, smoke exposure)\n[[PERSON|Jayden Price]], 9 — released to mother [[PERSON|Keisha Price]], ID checked (driver licence), car [[PLATE|8KRT552]]\n[[PERSON|Emma Sullivan]], 10 — transported, wheeze, to Children's ED\nStaff lead: Ms [[PERSON|Ortega]]",
  ],
  [
    'wearable-alert',
    'CGM follower alert\n[[PERSON|Noah Bergstrom]] is LOW: 52 mg/dL ↓ at 02:31 on [[DATE|11/21]].\nFollower: [[PERSON|Karin Bergstrom]]\nApp account: [[ACCOUNT|kbergstrom.follow]]',
  ],
  [
    'outpatient',
    'Occupational health pre-placement\n[[PERSON|Siddharth Iyer]], 27, staff no. not recorded. Hep B surface Ab 8 mIU/mL (non-responder after 3 doses). Booster given today [[DATE|20/11/2026]]. Recheck 1-2 months.',
  ],
  [
    'billing',
    'Direct debit instruction — outpatient physiotherapy\nAccount holder: [[PERSON|Gemma Holloway]]\nCard ending 0091 (not stored)\nAlternative card: [[BANK_CARD|2221021646062260]]\nNHS no. for reference: [[INSURANCE_ID|999 572 6041]]',
  ],
  [
    'referral',
    '2WW referral — suspected lower GI cancer\n[[PERSON|Peter Alcock]], DOB [[DATE|11/03/1955]], NHS no. [[INSURANCE_ID|999 765 4323]]\nIDA, Hb 94, FIT 212. Weight loss 5 kg.\nTel [[PHONE|0113 496 0732]]\nGP: Dr [[PERSON|A. Whitmore]]',
  ],
  [
    'online-consult',
    'Telehealth consult\nPatient: [[PERSON|Mei-Ling Tan]]  Passport [[PASSPORT|K73920481]] (international student)\nCo-pay charged to [[BANK_CARD|6011464442020469]]\nComplaint: UTI symptoms 2 days. Nitrofurantoin 100 mg BD x5d sent to pharmacy.',
  ],
  [
    'billing',
    'Amex payment authorization\nCardholder: [[PERSON|Jonathan Reyes]]\nCard [[BANK_CARD|371426200280848]]\nFor: dental implant deposit, [[DATE|11/18/2026]]\nClinic reference [[MRN|DN-20418]]',
  ],
  [
    'discharge',
    'Discharge — Emergency Dept\n[[PERSON|Hiroshi Tanaka]], 68M, visiting from Osaka, passport [[PASSPORT|TK4028815]]. Diagnosed with renal colic (4 mm L UVJ stone). Discharged with tamsulosin. Hotel: [[ADDRESS|455 Powell St, Room 1206, San Francisco, CA 94102]].\nContact [[EMAIL|h.tanaka@example.jp]]',
  ],
  [
    'patient-message',
    'Hi, this is [[PERSON|Aleksandra Nowak]]. My husband [[PERSON|Tomasz]] needs his repeat for levothyroxine. His hospital number is [[MRN|T4410287]]. We moved — new address [[ADDRESS|6 Heron Court, Leeds LS12 3DN]]. Thanks!',
  ],
  [
    'billing',
    'Refund request\nPatient: [[PERSON|Olivia Brennan]]  Acct [[MRN|PA-7720931]]\nOverpayment $85.00. Refund to Mastercard [[BANK_CARD|5264262642882886]].\nContact: [[EMAIL|obrennan@example.net]]',
  ],
  [
    'family-chat',
    "[[PERSON|Priya]]: Grandma turned [[AGE|101]] today in hospital 🎂 nurses sang!\n[[PERSON|Arjun]]: amazing, I'll bring cake, parking reg [[PLATE|BD51 SMR]]\n[[PERSON|Priya]]: ward 11, bay 2, bed [[MRN|5]]",
  ],
];

export function generateDeidHoldout7(): LabelledRecord[] {
  return holdoutRecords('h7', zh, en);
}

export const DEID_HOLDOUT_7_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/labelled/deid-holdout-7.jsonl',
);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const records = generateDeidHoldout7();
  writeFileSync(DEID_HOLDOUT_7_PATH, renderJsonl(records));
  console.log(`wrote ${records.length} records to ${DEID_HOLDOUT_7_PATH}`);
}
