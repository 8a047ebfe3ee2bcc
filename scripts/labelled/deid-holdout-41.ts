import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hkid, luhn, medicare, mod11, nhi, nhs, rid, spaced } from './check-digits.ts';
import { holdoutRecords, type LabelledRecord, renderJsonl } from './generate-deid.ts';

/**
 * The ROUND-41 fresh held-out de-identification set (data/labelled/deid-holdout-41.jsonl): hand-written
 * snippets with hand-placed spans, marked inline as [[TYPE|text]] (parseMarked strips the marks and
 * records UTF-16 offsets). Written by a separate annotator who did not read the recognizer code, the
 * lexicons, the name model or the bench, read no earlier snippet beyond the first three of round 40, and
 * never ran a recognizer on these snippets; it must not be used to adjust the recognizers.
 *
 * About four fifths are the everyday documents of a general hospital and the messages of its patients
 * (admission, progress and discharge notes, outpatient notes and dialogues, referrals, handovers,
 * nursing notes, lab and imaging reports, prescriptions and labels, consent, billing papers, online
 * consultations, patient messages, family chats and SMS reminders), in new wording; a fifth come from
 * settings no earlier card names: keratoconus (corneal cross-linking) clinics, sarcoidosis clinics,
 * narcolepsy clinics and hypospadias (paediatric urology) clinics.
 *
 * Identifiers are synthetic and computed below from hand-chosen parts: resident IDs get their GB 11643
 * check character from a region code, birth date and sequence chosen to agree with the text (the last
 * sequence digit odd for men, even for women); 15-digit IDs are typed from the region code, birth date
 * and sex digit; bank cards, the Ontario health number and the South African ID get a Luhn digit; NHS
 * numbers are in the 999 test range with their modulus-11 digit; the Scottish CHI number starts with
 * the birth date and carries its modulus-11 digit; Australian Medicare numbers get their check digit
 * and an issue digit; NZ NHIs and the Hong Kong identity card get their check characters; US MBIs
 * follow the published character pattern. Phones are random mainland numbers or fictional ranges
 * (North American 555-01xx, UK 07700 900xxx and 01632 960xxx, Australian 0491 57x xxx); mail and web
 * hosts are example.*; IP addresses come from the documentation ranges.
 *
 * Span conventions are those of data/labelled/deid-holdout-40.card.yaml; the decisions new in this
 * round are stated in data/labelled/deid-holdout-41.card.yaml.
 */

const zh: Array<[string, string]> = [
  [
    'admission',
    `呼吸内科入院记录\n姓名：[[PERSON|皇甫桂兰]]　性别：女　年龄：[[AGE|93]]岁\n住院号：[[MRN|60318257]]　床号：[[MRN|26]]床\n身份证号：[[ID_CARD|${rid('370102', '19330417', '068')}]]\n住址：[[ADDRESS|山东省济南市历下区文化东路58号院4号楼1单元502室]]\n入院时间：[[DATE|2026年11月23日]]10:05\n主诉：咳嗽咳痰1周，发热伴气促2天。\n既往：高血压20年，口服缬沙坦80mg qd。\n联系人：外孙女[[PERSON|庄一诺]]　手机：[[PHONE|15953107426]]\n接诊医师：[[PERSON|阚文博]]`,
  ],
  [
    'admission',
    `入院病历首页（摘要）\n患者[[PERSON|娜仁托娅]]，女，蒙古族，49岁，于[[DATE|2026-11-22]]由门诊收入消化内科。\n身份证号：[[ID_CARD|${rid('150102', '19770309', '124')}]]　医保号：[[INSURANCE_ID|1501 0233 8716]]\n住院号：[[MRN|ZY20261122-1938]]　床位：[[MRN|12]]\n现住址：[[ADDRESS|内蒙古呼和浩特市新城区海拉尔东路31号锡林小区6-2-301]]\n入院诊断：上消化道出血（十二指肠球部溃疡可能）。Hb 78g/L。\n丈夫[[PERSON|孟和吉日嘎拉]]，电话[[PHONE|139 4718 2605]]。`,
  ],
  [
    'admission',
    `急诊转入记录：[[PERSON|公孙宝山]]，男，[[AGE|九十六]]岁，[[DATE|11月24日]]清晨由儿子[[PERSON|公孙立新]]发现呼之不应，120送入。头颅CT示右侧基底节区出血约18ml。既往房颤，服华法林，INR 3.4。15位身份证号[[ID_CARD|410105301122031]]。家住[[ADDRESS|郑州市金水区纬五路12号院3号楼]]。收入神经外科ICU [[MRN|5]]床，住院号[[MRN|70462118]]。儿子电话[[PHONE|13703711958]]，儿媳[[PERSON|鄢红梅]]。`,
  ],
  [
    'progress-note',
    `病程记录　[[DATE|2026-11-23]] 08:30\n[[MRN|19]]床[[PERSON|尉迟秋实]]，腰椎术后第2天。诉切口疼痛VAS 3分，双下肢感觉运动正常。引流30ml，色淡红。\n今日下地活动，佩戴腰围。复查血常规：WBC 9.1×10^9/L。\n家属[[PERSON|尉迟晓雯]]询问出院，告知如无特殊[[DATE|11月27日]]出院。\n医师：[[PERSON|蒯明哲]]`,
  ],
  [
    'progress-note',
    `上级医师查房：[[PERSON|郗振宇]]副主任医师查看患者[[PERSON|次仁曲珍]]（[[MRN|33]]床，藏族，住院号[[MRN|81520634]]），患者自[[DATE|11月19日]]起口服利福平+异烟肼+吡嗪酰胺+乙胺丁醇，今日肝功能：ALT 62U/L。指示：继续原方案，[[DATE|11月26日]]复查肝功能。患者由其女儿[[PERSON|德吉卓嘎]]陪护，联系电话[[PHONE|18908915374]]。`,
  ],
  [
    'progress-note',
    `交班病程\n姓名：[[PERSON|晏砚秋]]　[[MRN|加1]]床　住院号：[[MRN|45907381]]\n[[DATE|11-22]] 夜间突发胸闷，心电图示V1-V4 ST段压低0.1mV，肌钙蛋白I 0.08ng/ml。予硝酸甘油舌下含服后缓解。\n已通知家属[[PERSON|晏国庆]]（[[PHONE|0531-86417723]]），明日行冠脉造影。\n值班医师：[[PERSON|亓雪松]]`,
  ],
  [
    'discharge',
    `出院小结\n姓名：[[PERSON|东方慧敏]]　女　61岁\n住院号：[[MRN|52184906]]　床号：[[MRN|7]]\n入院：[[DATE|2026年11月10日]]　出院：[[DATE|2026年11月24日]]\n诊断：右乳浸润性导管癌（pT1cN0M0）术后。[[DATE|11月12日]]行右乳保乳术+前哨淋巴结活检。\n出院带药：来曲唑2.5mg qd。\n复诊：[[DATE|12月8日]]乳腺外科门诊，放疗科预约号[[MRN|FL-308815]]。\n身份证号：[[ID_CARD|${rid('330106', '19650823', '046')}]]\n住址：[[ADDRESS|杭州市西湖区文一西路522号西溪花园竹苑5幢301室]]\n主治医师：[[PERSON|笪若兰]]　电话随访：[[PHONE|0571-87053166]]`,
  ],
  [
    'discharge',
    `出院记录：患者[[PERSON|刀玉香]]，女，傣族，[[AGE|90]]岁，住院号[[MRN|64430921]]，因"社区获得性肺炎"于[[DATE|11月13日]]入院，[[DATE|11月23日]]好转出院。住址[[ADDRESS|云南省西双版纳傣族自治州景洪市嘎兰南路6号]]。身份证[[ID_CARD|${rid('532801', '19360502', '082')}]]。出院后由孙子[[PERSON|岩罕]]照护，电话[[PHONE|187 8812 6430]]。嘱[[DATE|12月1日]]当地社区复查血常规。`,
  ],
  [
    'discharge',
    `出院证明书\n兹证明[[PERSON|夏侯振东]]（男，52岁，身份证号[[ID_CARD|${rid('500103', '19740612', '113')}]]）于[[DATE|2026年11月16日]]至[[DATE|2026年11月23日]]在我院心内科住院治疗，诊断：急性下壁心肌梗死，已行PCI术。建议休息一个月。\n住院号：[[MRN|33607152]]\n经治医生：[[PERSON|濮静怡]]\n住址：[[ADDRESS|重庆市渝中区中山三路131号]]\n单位联系人：[[PERSON|郦向阳]]　[[PHONE|023-63815904]]`,
  ],
  [
    'outpatient',
    `门诊对话记录\n医生：[[PERSON|逯]]阿姨是吧？您叫什么名字？\n患者：[[PERSON|逯凤英]]，今年[[AGE|九十二]]了。\n医生：哪里不舒服？\n患者：膝盖疼，上下楼梯疼得厉害，有小半年了。\n医生：片子显示双膝骨关节炎，关节间隙变窄。先用塞来昔布，外用双氯芬酸。\n陪同的儿子[[PERSON|逯铁锁]]：大夫，我妈胃不好。\n医生：那加个护胃药。下次[[DATE|12月15日]]来复诊。门诊号[[MRN|MZ5509314]]。`,
  ],
  [
    'outpatient',
    `儿科门诊病历\n患儿：[[PERSON|团团]]（[[PERSON|申屠博文]]），男，4岁3月\n就诊日期：[[DATE|2026-11-21]]\n主诉：发热2天，咳嗽。T 38.6℃，咽充血，双肺呼吸音粗。\n处理：布洛芬混悬液5ml prn，多饮水；三天不退热复诊。\n监护人：母亲[[PERSON|褚若曦]]，[[PHONE|156-2031-7748]]\n就诊卡号：[[MRN|0020493175]]　医生：[[PERSON|宋一帆]]`,
  ],
  [
    'outpatient',
    `内分泌科门诊：[[PERSON|古再丽努尔·吐尔逊江]]，女，维吾尔族，37岁，[[DATE|11月24日]]初诊。心悸、怕热、消瘦3月。FT3 12.4pmol/L，TSH<0.01。诊断Graves病，予甲巯咪唑10mg tid。嘱2周复查血常规和肝功能。门诊号[[MRN|2611240087]]，医保卡[[INSURANCE_ID|6501 0947 2283]]，电话[[PHONE|13999127035]]。医师[[PERSON|隗海燕]]。`,
  ],
  [
    'referral',
    `双向转诊单（上转）\n患者：[[PERSON|宇文德福]]　男　68岁　身份证：[[ID_CARD|${rid('620102', '19580201', '037')}]]\n转出单位：东岗西路街道社区卫生服务中心（[[ADDRESS|兰州市城关区东岗西路463号]]）\n转入单位：省人民医院心内科\n转诊原因：近1周活动后胸痛加重，心电图ST-T改变，建议冠脉评估。\n转诊日期：[[DATE|2026年11月22日]]\n联系人：[[PERSON|宇文丽娜]]（女儿）[[PHONE|13893160527]]\n转诊医生：[[PERSON|厍建平]]\n患者住址：[[ADDRESS|兰州市城关区平凉路社区15号楼3单元401]]　医保卡号：[[INSURANCE_ID|6201 0397 5518 42]]`,
  ],
  [
    'referral',
    `会诊申请单\n申请科室：肾内科　床号：[[MRN|21]]　住院号：[[MRN|58830714]]\n患者：[[PERSON|慕容雨萱]]，女，34岁\n会诊事由：妊娠22周合并狼疮性肾炎，尿蛋白3.2g/24h，请产科协助评估胎儿情况及分娩时机。\n申请医师：[[PERSON|帅嘉懿]]　申请时间：[[DATE|2026-11-23]] 15:40\n被邀科室：产科　会诊医师：[[PERSON|仉海宁]]\n身份证号：[[ID_CARD|${rid('610113', '19920408', '044')}]]　丈夫：[[PERSON|范承宇]] [[PHONE|13991286507]]`,
  ],
  [
    'referral',
    `转院介绍信\n[[ADDRESS|贵州省黔东南州雷山县丹江镇卫生院]]：\n兹有我院患者[[PERSON|杨阿妹]]，女，苗族，[[AGE|91]]岁，因"慢性阻塞性肺疾病急性加重"于[[DATE|11月15日]]入院，现病情稳定，转回贵院继续治疗。住院号[[MRN|39174250]]。身份证号[[ID_CARD|522634350718022]]。家属[[PERSON|杨老九]]，[[PHONE|18385517304]]。\n黔东南州人民医院呼吸科　[[DATE|2026年11月23日]]`,
  ],
  [
    'handover',
    `护士交接班（口头转写）\n好，先说[[MRN|二十二]]床，[[PERSON|南宫]]……[[PERSON|南宫淑芬]]，[[AGE|九十四]]岁，髋部骨折术后第一天，尿管在，夜里有点谵妄，家属[[PERSON|南宫晨]]在陪。二十三床空的。[[MRN|二十四]]床[[PERSON|樊思远]]，糖尿病足换药，血糖早上十一点二。`,
  ],
  [
    'handover',
    `ICU交班\n[[MRN|3]]床 [[PERSON|百里昊天]] 男 45岁 重症胰腺炎 第5天\n- 去甲肾上腺素已停，CRRT进行中，乳酸1.6\n- 家属：妻子[[PERSON|叶知夏]] [[PHONE|13601358826]]\n[[MRN|4]]床 [[PERSON|贾德旺]] 男 [[AGE|98]]岁 肺部感染，气管插管\n- 痰培养：肺炎克雷伯菌，美罗培南1g q8h\n- 住院号[[MRN|62209473]]\n交班人：[[PERSON|卢晓棠]]　接班人：[[PERSON|马骁腾]]`,
  ],
  [
    'handover',
    `医生交班本　[[DATE|11月23日]]夜班\n[[MRN|15]]床[[PERSON|呼延凯]]：消化道出血，今日输红细胞2U，Hb 68→81，注意黑便。\n[[MRN|16]]床[[PERSON|龚美琪]]：DKA，胰岛素泵入4U/h，血糖每小时测。\n[[MRN|18]]床[[PERSON|单于铁柱]]：酒精戒断，CIWA评分12，地西泮。\n交班：[[PERSON|冉星河]]`,
  ],
  [
    'nursing-note',
    `护理记录单\n姓名：[[PERSON|长孙玉珍]]　床号：[[MRN|9]]　住院号：[[MRN|47730182]]　年龄：[[AGE|95]]岁\n身份证号：[[ID_CARD|230103310630024]]\n[[DATE|2026-11-23]] 14:00 患者午睡后诉右足跟疼痛，查见右足跟1.5×1cm压红，指压不褪色，Braden评分11分。已予泡沫敷料保护，每2小时翻身。告知女儿[[PERSON|长孙晓燕]]（[[PHONE|13518629043]]）。\n护士：[[PERSON|鲍佳琪]]`,
  ],
  [
    'nursing-note',
    `夜班护理记录：[[MRN|37]]床患儿[[PERSON|诺诺]]（大名[[PERSON|端木诺一]]），1岁8月，支气管肺炎。22:00体温39.1℃，予对乙酰氨基酚口服，23:00降至38.0℃。雾化布地奈德1mg。奶量可。母亲[[PERSON|端木晴]]陪护。值班护士[[PERSON|郑小凡]]。`,
  ],
  [
    'nursing-note',
    `跌倒/坠床风险评估及告知\n患者：[[PERSON|阿苏日火]]，男，彝族，76岁，住院号[[MRN|50028163]]\nMorse评分：55分（高危）\n措施：床栏、防滑鞋、夜间留灯、如厕有人陪同。\n已向患者及其儿子[[PERSON|阿苏木呷]]告知，签字日期：[[DATE|2026年11月24日]]\n责任护士：[[PERSON|吉克木果]]`,
  ],
  [
    'lab-report',
    `检验报告单\n姓名：[[PERSON|鞠芳华]]　性别：女　年龄：56岁　病历号：[[MRN|20839156]]　就诊卡号：[[MRN|3300172846]]\n标本号：[[MRN|S2611230218]]　采样时间：[[DATE|2026-11-23]] 07:12\n项目：糖化血红蛋白 8.9%（4.0-6.0）↑；空腹血糖 10.3mmol/L ↑；甘油三酯 2.6mmol/L ↑\n送检医师：[[PERSON|温子轩]]　检验者：[[PERSON|苗慧]]　审核者：[[PERSON|柏杨]]`,
  ],
  [
    'lab-report',
    `检验科温馨提示\n1. 空腹采血请于前一晚10点后禁食，可少量饮水。\n2. 取报告时请携带就诊卡，或在自助机扫码打印。\n3. 危急值由检验科电话通知临床科室。\n4. 周末及节假日上午8:00-11:30正常采血。`,
  ],
  [
    'lab-report',
    `微生物培养报告\n患者：[[PERSON|闻人若曦]]　科室：泌尿外科　床号：[[MRN|11]]\n标本：中段尿　标本编号：[[MRN|M26-118423]]　送检日期：[[DATE|2026年11月21日]]\n结果：大肠埃希菌 >10^5 CFU/ml，ESBL阳性。\n药敏：亚胺培南S，哌拉西林他唑巴坦S，头孢曲松R，左氧氟沙星R。\n报告日期：[[DATE|2026年11月23日]]　报告人：[[PERSON|井永强]]`,
  ],
  [
    'imaging-report',
    `CT检查报告\n姓名：[[PERSON|汝梦洁]]　性别：女　年龄：43岁　检查号：[[MRN|CT2611220376]]\n检查日期：[[DATE|2026-11-22]]\n检查部位：胸部平扫\n所见：右肺上叶尖段见一磨玻璃结节，大小约8×7mm，边界清。\n印象：右肺上叶磨玻璃结节，建议[[DATE|2027年2月]]复查薄层CT。\n报告医师：[[PERSON|戈天宇]]　审核：[[PERSON|查海峰]]\n患者电话：[[PHONE|13520487716]]`,
  ],
  [
    'imaging-report',
    `超声报告：患者[[PERSON|包·乌日娜]]（蒙古族，女，28岁），门诊号[[MRN|MZ6027714]]，[[DATE|11月23日]]行产科超声：宫内单活胎，BPD 76mm，FL 58mm，估计孕周29+3周，胎盘位于后壁，羊水指数14cm。报告：[[PERSON|蓝晓梅]]。预约下次产检[[DATE|12月21日]]。`,
  ],
  [
    'imaging-report',
    `MRI报告\n检查号：[[MRN|MR20261124-0091]]　患者：[[PERSON|麦穗儿]]　女　[[AGE|90]]岁\n检查时间：[[DATE|2026年11月24日]]\n头颅MRI+DWI：左侧额顶叶急性脑梗死；脑白质变性（Fazekas 2级）；脑萎缩。\n报告医师：[[PERSON|覃海波]]\n送检：神经内科[[MRN|28]]床`,
  ],
  [
    'prescription',
    `处方笺\n姓名：[[PERSON|尚可欣]]　性别：女　年龄：35岁　门诊号：[[MRN|MZ7718052]]\n日期：[[DATE|2026-11-24]]\n诊断：缺铁性贫血\nRp：琥珀酸亚铁片 0.1g×60片　用法：0.1g tid 饭后\n　　维生素C片 0.1g×100片　用法：0.1g tid\n医师：[[PERSON|房子墨]]　药师：[[PERSON|桑晓丽]]\n处方号：[[MRN|CF26112400318]]\n医保卡号：[[INSURANCE_ID|3301 0655 2190 48]]　住址：[[ADDRESS|杭州市拱墅区湖墅南路101号3幢2单元602室]]`,
  ],
  [
    'prescription',
    `药袋标签\n[[PERSON|牛德顺]]　[[MRN|14]]床　[[AGE|90]]岁　住院号[[MRN|50419386]]\n华法林钠片 3mg　每日一次　晚饭后\n请按时监测INR，目标2.0-3.0\n发药日期：[[DATE|2026/11/23]]`,
  ],
  [
    'prescription',
    `用药须知：二甲双胍缓释片\n· 随晚餐整片吞服，不可掰开或嚼碎。\n· 常见胃肠道不适多在数周内缓解。\n· 做增强CT前后请咨询医生是否暂停。\n· 如出现乏力、肌肉痛、呼吸急促，请及时就医。`,
  ],
  [
    'consent',
    `手术知情同意书\n患者姓名：[[PERSON|訾晓光]]　性别：男　年龄：63岁　住院号：[[MRN|71256048]]\n拟行手术：腹腔镜下右半结肠切除术\n拟手术日期：[[DATE|2026年11月26日]]\n……（风险告知略）\n患者签名：[[PERSON|訾晓光]]\n授权委托人：[[PERSON|訾晓彤]]（女儿）　身份证号：[[ID_CARD|${rid('120101', '19920115', '128')}]]\n谈话医师：[[PERSON|凤立伟]]　日期：[[DATE|2026年11月24日]]`,
  ],
  [
    'consent',
    `输血治疗同意书\n患者[[PERSON|瞿桂香]]，女，[[AGE|九十七]]岁，住院号[[MRN|48307216]]，血型B型Rh(+)，Hb 62g/L，拟输注悬浮红细胞2U。患者本人听力差，由儿子[[PERSON|瞿建明]]（身份证[[ID_CARD|${rid('360102', '19580926', '151')}]]，电话[[PHONE|13970813264]]）代为签字。签署日期[[DATE|2026-11-23]]。医师[[PERSON|卜凡]]。`,
  ],
  [
    'consent',
    `无痛胃肠镜检查及麻醉同意书\n姓名：[[PERSON|阎星辰]]　门诊号：[[MRN|MZ8205573]]\n检查日期：[[DATE|2026年11月27日]]\n本人已了解麻醉可能出现呼吸抑制、误吸、心律失常等风险，同意检查。\n签名：[[PERSON|阎星辰]]　联系电话：[[PHONE|152 1035 7786]]\n紧急联系人：[[PERSON|柯晴]]（妻子）`,
  ],
  [
    'billing',
    `住院费用结算单\n姓名：[[PERSON|岳长林]]　住院号：[[MRN|56012873]]　医保号：[[INSURANCE_ID|3201 0288 4417 06]]\n住院日期：[[DATE|2026-11-09]]至[[DATE|2026-11-21]]（12天）\n总费用：38,427.60元　统筹支付：27,155.30元　个人自付：11,272.30元\n退款账户：[[BANK_CARD|${spaced(luhn('622848031562077'))}]]（持卡人[[PERSON|岳长林]]）\n结算单号：JS20261121-0883`,
  ],
  [
    'billing',
    `门诊缴费凭证\n患者：[[PERSON|滕家豪]]　就诊卡号：[[MRN|8801263519]]\n缴费时间：[[DATE|2026-11-24]] 09:47\n项目：甲状腺彩超 180.00；甲功五项 210.00\n支付方式：微信支付（账户[[ACCOUNT|wxid_tjh0815]]）\n发票号：00928173\n身份证号：[[ID_CARD|${rid('440304', '19790923', '153')}]]\n退费银行卡：[[BANK_CARD|${luhn('621700286004519283')}]]`,
  ],
  [
    'billing',
    `费用咨询登记：[[DATE|11月22日]]，[[PERSON|宁可]]女士来电询问其父[[PERSON|宁德福]]（住院号[[MRN|39518820]]，[[AGE|92]]岁）的费用清单，反映一次性耗材收费偏高。已调出明细，耗材均有使用记录。回电号码[[PHONE|13605819326]]。登记人：[[PERSON|房雅]]。`,
  ],
  [
    'online-consult',
    `互联网医院图文问诊\n问诊单号：[[MRN|WZ2611231145]]\n用户：[[ACCOUNT|chenxi_1990]]（就诊人：[[PERSON|谌熙]]，女，36岁）\n提问：医生您好，我孕11周，这两天早上刷牙牙龈出血，需要担心吗？\n医生[[PERSON|樊晓雨]]：孕期激素变化容易牙龈充血出血，多数无需特殊处理。用软毛牙刷，注意口腔清洁；如果出血量大或伴随皮肤瘀斑，需要查血常规和凝血。\n就诊人手机：[[PHONE|18217093562]]\n药品收货地址：[[ADDRESS|上海市徐汇区漕溪北路398号12楼1203室]]`,
  ],
  [
    'online-consult',
    `视频复诊记录\n患者：[[PERSON|赫连正阳]]　男　71岁　身份证：[[ID_CARD|${rid('640104', '19550304', '017')}]]\n复诊时间：[[DATE|2026-11-23]] 16:20　登录IP：[[IP|198.51.100.77]]\n病情：高血压，近两周家庭血压135/82mmHg，无不适。\n处理：继续苯磺酸氨氯地平5mg qd，电子处方已开具，配送至[[ADDRESS|银川市兴庆区解放东街210号]]。\n医生：[[PERSON|杭思远]]`,
  ],
  [
    'online-consult',
    `在线咨询\n[[ACCOUNT|小鱼儿妈妈]]：医生，宝宝8个月，今天拉了五次稀水样便，没有发烧。\n医生：精神怎么样？尿多不多？\n[[ACCOUNT|小鱼儿妈妈]]：精神还行，尿布湿的次数少了点。\n医生：注意脱水，按说明补口服补液盐Ⅲ，少量多次。如果6小时没尿、精神差、呕吐不止，马上去急诊。\n（就诊人：[[PERSON|俞小鱼]]，监护人[[PERSON|俞佳]]，手机[[PHONE|17721046638]]）`,
  ],
  [
    'patient-message',
    `患者留言：您好，我是[[MRN|42]]床[[PERSON|葛玉霞]]的女儿[[PERSON|葛琳]]，我妈妈今年[[AGE|九十三]]岁了，明天做胃镜能不能陪同？我的电话是[[PHONE|13761402975]]，邮箱[[EMAIL|gelin_care@example.cn]]。谢谢！`,
  ],
  [
    'patient-message',
    `致护士站的感谢信\n我是[[DATE|11月10日]]至[[DATE|11月20日]]住在骨科[[MRN|6]]床的[[PERSON|穆建国]]，这次手术多亏了[[PERSON|祝晓雯]]护士和[[PERSON|陶立]]医生，每天换药都很耐心。出院后我会按时做康复训练。\n[[PERSON|穆建国]]敬上\n住址：[[ADDRESS|河北省石家庄市长安区建设北大街88号]]　电话：[[PHONE|0311-85276140]]`,
  ],
  [
    'patient-message',
    `【医院公众号留言】预约了[[DATE|11月28日]]的胃肠镜，但那天单位临时出差，能改到下周吗？登记的名字是[[PERSON|邵砚舟]]，身份证[[ID_CARD|${rid('340104', '19860227', '215')}]]，预约号[[MRN|YY83316402]]。我人在外地，也可以用护照[[PASSPORT|E71930284]]核对。`,
  ],
  [
    'family-chat',
    `【相亲相爱一家人】\n[[PERSON|阿芸]]：爸今天复查结果出来了，肌酐降到130了👍\n大哥：太好了！医生怎么说？\n[[PERSON|阿芸]]：[[PERSON|骆]]医生说继续低蛋白饮食，[[DATE|下个月15号]]再来\n二嫂[[PERSON|桂枝]]：爸爸[[AGE|91]]了还这么配合，真不容易\n大哥：我周六开车带他去，车牌[[PLATE|苏A·8K2M7]]停地下二层`,
  ],
  [
    'family-chat',
    `群聊：奶奶住院陪护排班\n[[PERSON|阿娟]]：这周我陪白天，晚上谁来？\n[[PERSON|周浩]]：我周三周四晚上\n[[PERSON|阿娟]]：奶奶在[[ADDRESS|杭州市西湖区文三路189号]]浙医那个分院，住院部7楼[[MRN|716]]室\n[[PERSON|周浩]]：收到，奶奶身份证原件在我这，[[ID_CARD|${rid('330106', '19330908', '022')}]]，明天带过去\n[[PERSON|周婷婷]]：奶奶都[[AGE|93]]岁了，晚上得有人`,
  ],
  [
    'family-chat',
    `微信聊天\n妈妈：[[PERSON|蛋蛋]]今天打完疫苗有点发烧😟\n[[PERSON|李想]]：多少度？\n妈妈：38度，精神还好\n[[PERSON|李想]]：先物理降温，超过38.5吃美林，明天还烧就去医院。接种证号[[MRN|JZ3301082215]]我发你了\n妈妈：好，社区医院电话多少？\n[[PERSON|李想]]：[[PHONE|0571-86729041]]`,
  ],
  [
    'sms-reminder',
    `【市第二人民医院】[[PERSON|芮思琪]]您好，您已预约[[DATE|11月26日]]上午9:30妇科门诊（[[PERSON|黎静]]医生），就诊序号18，就诊卡号[[MRN|5520731864]]。请携带身份证或医保卡提前20分钟到达。取消预约请回复TD或拨打[[PHONE|020-62174403]]。`,
  ],
  [
    'sms-reminder',
    `【体检中心】尊敬的[[PERSON|甄屹川]]先生，您的体检报告已生成，体检编号[[MRN|TJ2611180537]]，可登录[[URL|https://tijian.example.cn/report]]查看，或[[DATE|11月30日]]前到三楼服务台领取纸质版。咨询电话[[PHONE|0755-83620417]]。`,
  ],
  [
    'sms-reminder',
    `【门诊通知】因电力检修，本周六上午门诊楼电梯暂停使用，请行动不便的患者提前联系导诊台安排轮椅，给您带来不便敬请谅解。`,
  ],
  [
    'keratoconus-clinic',
    `圆锥角膜专科门诊\n患者：[[PERSON|祁一航]]　男　19岁　门诊号：[[MRN|YK2611240056]]\n就诊日期：[[DATE|2026-11-24]]\n主诉：双眼视力下降、频繁换镜2年，有揉眼习惯。\n角膜地形图：右眼Kmax 54.2D，最薄点厚度452μm；左眼Kmax 48.6D，最薄点486μm。\n诊断：双眼圆锥角膜（右眼进展期）\n计划：右眼角膜交联术（快速交联），拟[[DATE|12月3日]]手术；左眼RGP验配。\n母亲[[PERSON|葛晓燕]]电话：[[PHONE|13862147305]]\n身份证号：[[ID_CARD|${rid('320102', '20070315', '031')}]]`,
  ],
  [
    'keratoconus-clinic',
    `角膜交联术后复查\n[[PERSON|殷梦瑶]]，女，24岁，[[DATE|2026年10月20日]]行左眼角膜交联术。今日（[[DATE|11月23日]]）复查：角膜上皮愈合，基质轻度雾状混浊（haze 1级），Kmax 51.3D较术前稳定。\n嘱：氟米龙滴眼液tid，逐周减量；避免揉眼。[[DATE|2027年2月]]复查地形图。\n巩膜镜定制单号：[[MRN|GMJ-20261123-17]]　医生：[[PERSON|谭霁]]\n患者电话：[[PHONE|13601726893]]　地址：[[ADDRESS|上海市长宁区虹桥路1438号5号楼902室]]`,
  ],
  [
    'keratoconus-clinic',
    `患者须知：角膜交联术\n1. 术前3天停戴隐形眼镜（硬镜停2周）。\n2. 术后佩戴绷带镜，1周内可能有畏光、流泪、异物感。\n3. 术后一个月内不要揉眼、游泳、化眼妆。\n4. 交联的目的是延缓圆锥进展，通常不能让视力明显提高，术后仍需配镜。`,
  ],
  [
    'sarcoidosis-clinic',
    `结节病专病门诊\n姓名：[[PERSON|司马晓蕾]]　女　42岁　病历号：[[MRN|JB20418836]]\n初诊：[[DATE|2026-11-20]]\n病史：体检胸片发现双肺门淋巴结肿大，伴双小腿结节性红斑。\n[[DATE|11月14日]]行EBUS-TBNA，病理号[[MRN|P26-40517]]：非干酪性肉芽肿。血ACE 86U/L，血钙2.71mmol/L。\n处理：暂不用激素，[[DATE|2027年1月]]复查肺功能和胸部CT；查眼科除外葡萄膜炎。\n医保卡号：[[INSURANCE_ID|1101 1856 0392 37]]　医生：[[PERSON|左秋池]]`,
  ],
  [
    'sarcoidosis-clinic',
    `随访电话记录：[[DATE|11月22日]]致电结节病患者[[PERSON|木合塔尔·肉孜]]（住院号[[MRN|63071285]]），泼尼松已减至15mg qd，无明显气短，血糖正常。诉近一周视物模糊，已预约[[DATE|11月25日]]眼科门诊。联系电话[[PHONE|13579824016]]，住址[[ADDRESS|新疆喀什市克孜都维路东湖小区12栋2单元]]。随访人：[[PERSON|于蓝]]。`,
  ],
  [
    'sarcoidosis-clinic',
    `心脏结节病会诊意见\n患者[[PERSON|司空玉珊]]，女，55岁，[[MRN|31]]床，身份证[[ID_CARD|${rid('210102', '19710809', '168')}]]，住址[[ADDRESS|沈阳市和平区三好街56号]]。\n因二度Ⅱ型房室传导阻滞入院，心脏MRI示室间隔基底段延迟强化，18F-FDG PET提示心肌局灶性摄取增高。\n意见：符合心脏结节病，建议植入ICD后开始泼尼松+甲氨蝶呤；[[DATE|12月10日]]复查PET。\n会诊医师：[[PERSON|仲思源]]　[[DATE|2026-11-24]]`,
  ],
  [
    'narcolepsy-clinic',
    `睡眠医学中心·发作性睡病门诊\n患者：[[PERSON|黄甫]]，男，17岁，高二学生\n就诊：[[DATE|2026年11月23日]]\n主诉：白天过度嗜睡2年，上课时反复睡着；大笑时双腿发软、跪倒。\nESS评分18分。[[DATE|11月18日]]PSG+MSLT（检查号[[MRN|PSG-26-0731]]）：平均睡眠潜伏期3.2分钟，4次SOREMP。\n诊断：发作性睡病1型。处理：莫达非尼100mg晨服；规律小睡。\n父亲[[PERSON|黄建勋]]：[[PHONE|15001276483]]\n患者身份证：[[ID_CARD|${rid('110108', '20090611', '017')}]]　住址：[[ADDRESS|北京市海淀区学院路29号院7号楼1单元301]]`,
  ],
  [
    'narcolepsy-clinic',
    `复诊记录：[[PERSON|芦晓晴]]（女，26岁，门诊号[[MRN|SM1100742]]），发作性睡病2型，服莫达非尼已3个月，白天嗜睡明显减轻，ESS由16降至9。诉偶有头痛。[[DATE|11月21日]]复诊，续方莫达非尼200mg qd，[[DATE|2027年2月20日]]再诊。嘱避免驾车长途，不宜夜班。身份证[[ID_CARD|${rid('110105', '20000514', '046')}]]。医生[[PERSON|景怀远]]。`,
  ],
  [
    'narcolepsy-clinic',
    `发作性睡病患者生活指导\n· 每天固定时间上床和起床，午间安排15-20分钟小睡。\n· 避免饮酒和熬夜；情绪激动时注意安全，防止猝倒摔伤。\n· 嗜睡未控制前不要驾驶或操作机器。\n· 按时服药，不要自行停药或加量。`,
  ],
  [
    'hypospadias-clinic',
    `小儿泌尿外科·尿道下裂门诊\n患儿：[[PERSON|欧晨阳]]　男　1岁6月　门诊号：[[MRN|XE2609814]]　医保卡号：[[INSURANCE_ID|4301 0925 6633 18]]\n就诊日期：[[DATE|2026-11-22]]\n查体：冠状沟型尿道下裂，轻度阴茎下弯，双侧睾丸可及。\n计划：[[DATE|2026年12月15日]]行一期尿道成形术（TIP）。\n监护人：父亲[[PERSON|欧建锋]]，身份证[[ID_CARD|${rid('430104', '19910620', '075')}]]，电话[[PHONE|18874305219]]\n医生：[[PERSON|岑文涛]]`,
  ],
  [
    'hypospadias-clinic',
    `术后护理记录：[[MRN|12]]床患儿[[PERSON|栗子]]（[[PERSON|龙梓轩]]，苗族，2岁），[[DATE|11月20日]]行尿道下裂修复术，留置尿管及敷料包扎。今日术后第4天，敷料干燥，尿管通畅，尿色清。奶奶[[PERSON|龙金花]]陪护，已教会尿管护理。预计[[DATE|11月27日]]拔管。护士[[PERSON|石丹]]。`,
  ],
  [
    'hypospadias-clinic',
    `尿道下裂术后随访（电话）\n随访日期：[[DATE|2026-11-24]]\n患儿：[[PERSON|尹小川]]，术后3个月，排尿线粗、无分叉，无尿瘘。\n家长：母亲[[PERSON|尹璐]]，[[PHONE|13908182347]]，住址[[ADDRESS|四川省成都市武侯区科华北路65号2栋1单元1703]]\n建议：[[DATE|2027年3月]]门诊复查尿流率。医保卡[[INSURANCE_ID|5101 0782 2641 09]]。随访护士：[[PERSON|梅映雪]]`,
  ],
];
const en: Array<[string, string]> = [
  [
    'admission',
    `ACUTE MEDICAL UNIT — CLERKING\nName: [[PERSON|Winifred Ashcombe]]   Age: [[AGE|95]]   Hosp no: [[MRN|K4417302]]   NHS: [[INSURANCE_ID|${nhs('284106')}]]\nAdmitted: [[DATE|23/11/2026]] 21:40 via ED, Bay 3 bed [[MRN|4]]\nPC: increasing confusion and reduced oral intake over 3 days; found on floor by carer [[PERSON|Joy Mbeki-Latham]].\nPMH: AF on apixaban, CKD 3b, hypothyroidism.\nO/E: T 38.1, HR 104 irreg, BP 98/60. Dipstick nitrites +.\nImp: urosepsis with delirium. Plan: cultures, IV fluids, cefuroxime per guideline.\nNOK: nephew [[PERSON|Rupert Ashcombe]] [[PHONE|07700 900318]]\nHome: [[ADDRESS|Flat 2, 17 Priory Walk, Malvern WR14 3DQ]]\nClerked by Dr [[PERSON|Oluwatobiloba Fashola]] (FY2)`,
  ],
  [
    'admission',
    `H&P — Internal Medicine\nPatient: [[PERSON|Esperanza Zárate Lugo]], 67F   MRN: [[MRN|00817394]]   DOB: [[DATE|03/14/1959]]\nAdmit date: [[DATE|11/22/2026]]\nCC: chest pressure x 2 hrs, diaphoresis.\nHPI: HTN, T2DM on metformin. Troponin 0.9 → 2.4 ng/mL; ECG with inferior ST elevation; cath lab activated.\nSocial: lives with daughter [[PERSON|Marisol Zárate-Cruz]] at [[ADDRESS|2218 W Cermak Rd, Apt 3B, Chicago, IL 60608]]; daughter's cell [[PHONE|(312) 555-0163]].\nInsurance: Medicare MBI [[INSURANCE_ID|3TW8-JD5-RK62]]\nAttending: [[PERSON|Harold Feinstein]], MD`,
  ],
  [
    'admission',
    `Admission note (Ward 6, Dunedin Hospital): [[PERSON|Wiremu Tautahi]], 58M, NHI [[INSURANCE_ID|${nhi('ZKP', '418')}]], admitted [[DATE|22 November 2026]] with cellulitis of the left lower leg, failed oral flucloxacillin. IV flucloxacillin 2 g q6h; leg elevated; margins marked. Partner [[PERSON|Aroha Tipene]] on [[PHONE|021 748 3902]]. Address [[ADDRESS|41 Kaikorai Valley Road, Dunedin 9011]]. Bed [[MRN|14]]. Admitting: Dr [[PERSON|Priya Ramaswamy]].`,
  ],
  [
    'progress-note',
    `Progress note [[DATE|11/23/2026]] 07:15\nS: [[PERSON|Tomasz Wróblewski]] slept poorly, pain 4/10 at incision. Tolerating clears.\nO: POD2 lap sigmoidectomy. Afebrile, HR 82. Abdomen soft, appropriately tender. Hgb 11.2.\nA/P: advance diet; ambulate TID; remove Foley today; anticipate discharge [[DATE|11/25]].\nWife [[PERSON|Halina]] updated at bedside. Emergency contact: [[PERSON|Halina Wróblewska]] [[PHONE|(847) 555-0171]].\n— [[PERSON|Kendra Oyelaran]], PA-C   (Rm [[MRN|5114]], MRN [[MRN|55730918]])`,
  ],
  [
    'progress-note',
    `Ward round — Thu [[DATE|19th]]\nBed [[MRN|22]], Mr [[PERSON|Okafor]]... sorry, [[PERSON|Chinedu Okafor]], day 5 of treatment for pneumonia. CRP 210 → 48. Weaned to room air. Plan: switch to oral amoxicillin, physio, home Saturday [[DATE|21st]] if stable.\nBed [[MRN|23]] empty. Bed [[MRN|24]], [[PERSON|Gwladys Pritchard]] ([[AGE|91]]), awaiting care package; social worker [[PERSON|Dafydd]] chasing.\nConsultant: Dr [[PERSON|Nuala Tierney]]`,
  ],
  [
    'progress-note',
    `ICU daily review — [[DATE|24 Nov 2026]]\n[[PERSON|Lachlan Pemberton-Hayes]], 39M, MRN [[MRN|RBH-2284617]], day 3 post-MVA (polytrauma).\nNeuro: propofol weaning, RASS −1. Resp: SIMV, FiO2 0.35, PEEP 8. CVS: off noradrenaline since 02:00. Renal: UO 0.8 mL/kg/h.\nPlan: SBT today; CT head repeat if GCS not improving.\nFamily: mother [[PERSON|Fiona Pemberton]], [[PHONE|0491 570 156]]\nIntensivist: [[PERSON|Ravindra Naidoo]]`,
  ],
  [
    'discharge',
    `DISCHARGE SUMMARY\nPatient: [[PERSON|Ileana Constantinescu]]   DOB: [[DATE|02/05/1948]]   Hospital No: [[MRN|M90142276]]   NHS No: [[INSURANCE_ID|${nhs('615374')}]]\nAdmitted [[DATE|14/11/2026]]  Discharged [[DATE|23/11/2026]]\nDiagnosis: decompensated heart failure (EF 30%).\nMedication changes: furosemide 40 mg BD → 40 mg OD; started dapagliflozin 10 mg.\nFollow-up: HF nurse [[PERSON|Bronwen Lyle]] will phone within 72 h; clinic [[DATE|7 December 2026]].\nGP: Dr [[PERSON|Anand Sivakumar]], Brook Lane Surgery, [[ADDRESS|9 Brook Lane, Reading RG1 4PX]]\nDischarging doctor: [[PERSON|Eleanor Vasquez-Whyte]]`,
  ],
  [
    'discharge',
    `Discharge instructions for [[PERSON|Darnell Whitfield]] (MRN [[MRN|44810397]]), discharged [[DATE|11/23/2026]] after appendectomy on [[DATE|11/21]]. Keep incisions dry for 48 hours. No lifting over 10 lb for 2 weeks. Follow up with Dr [[PERSON|Simone Achterberg]] on [[DATE|December 4]] at [[ADDRESS|4501 Sand Creek Dr, Suite 210, Antioch, CA 94531]]. Questions: surgery clinic [[PHONE|(925) 555-0128]]. Patient portal: [[URL|https://mychart.example.org/antioch]]. Pharmacy on file: [[ADDRESS|2920 Delta Fair Blvd, Antioch, CA 94509]].`,
  ],
  [
    'discharge',
    `Discharge letter — Royal Infirmary of Edinburgh\nRe: [[PERSON|Morag Lindsay Cathcart]], DOB [[DATE|11/06/1937]], CHI [[INSURANCE_ID|${mod11('110637048')}]]\n[[ADDRESS|7/3 Comely Bank Grove, Edinburgh EH4 1AN]]\nAdmitted [[DATE|15/11/2026]] with a fall and a right distal radius fracture (MUA, cast). Discharged [[DATE|22/11/2026]] home with a twice-daily package of care.\nFracture clinic [[DATE|29/11/2026]]. Started alendronic acid 70 mg weekly after calcium check.\nDr [[PERSON|Hamish Strachan]], Orthogeriatrics`,
  ],
  [
    'outpatient',
    `Clinic transcript — rheumatology\nDr [[PERSON|Leclerc]]: Good morning, can you confirm your name and date of birth?\nPt: [[PERSON|Rosalind Fairweather]], [[DATE|ninth of March, nineteen thirty-five]].\nDr [[PERSON|Leclerc]]: Thank you. So you're [[AGE|91]] — and the hands are worse?\nPt: Mornings especially. My son [[PERSON|Gideon]] has to open jars for me.\nDr [[PERSON|Leclerc]]: Your CRP is up a little. We'll try a short course of prednisolone and see you [[DATE|January 12th]].\n(Clinic no. [[MRN|RH-770415]])`,
  ],
  [
    'outpatient',
    `Pediatric visit [[DATE|11/21/2026]]\n[[PERSON|Xiomara "Mimi" Delgado]], 6 y/o, with mom [[PERSON|Yesenia Delgado]].\nEar pain and fever x 2 days; R TM bulging. Dx: acute otitis media.\nRx: amoxicillin 90 mg/kg/day divided BID x 10 days.\nReturn if no better in 48–72 h. Mom's number [[PHONE|(505) 555-0179]]. MRN [[MRN|7208815]]. Medicaid ID [[INSURANCE_ID|NM48260193]].\nSeen by: [[PERSON|Keoni Akana]], NP`,
  ],
  [
    'outpatient',
    `Outpatient letter, [[DATE|20 November 2026]]\nDear Dr [[PERSON|Mulcahy]],\nI reviewed [[PERSON|Siobhán Ní Fhlatharta]] (DOB [[DATE|17/08/1972]], MRN [[MRN|0819274]]) in the thyroid clinic. Her TSH is 0.02 with a raised free T4; uptake scan shows a toxic multinodular goitre. I have started carbimazole 20 mg and will see her again on [[DATE|8 January]].\nYours sincerely,\n[[PERSON|Conall Ó Riordáin]], Consultant Endocrinologist\nPatient address: [[ADDRESS|22 Ard na Gréine, Ennis, Co. Clare V95 K2T8]]`,
  ],
  [
    'referral',
    `e-Referral — Urgent suspected cancer (lower GI)\nPatient: [[PERSON|Bartholomew Keane]]  DOB [[DATE|30/01/1954]]  NHS [[INSURANCE_ID|${nhs('740519')}]]\nAddress: [[ADDRESS|Hawthorn Cottage, Mill Road, Little Snoring, Norfolk NR21 0HR]]\nTel: [[PHONE|01632 960418]]\nFIT 184 µg/g, iron-deficiency anaemia (Hb 96), 4 kg weight loss.\nReferred [[DATE|21/11/2026]] by Dr [[PERSON|Yasmin Kasuri]], Fakenham Medical Practice, [[ADDRESS|Greenway Lane, Fakenham NR21 8ET]]`,
  ],
  [
    'referral',
    `Referral to cardiology\nRe: [[PERSON|Nguyễn Thị Hạnh]], 74F, Medicare [[INSURANCE_ID|${medicare('56104372', '2')}]]\n[[ADDRESS|8/112 Hume Highway, Cabramatta NSW 2166]]\nThank you for seeing Mrs [[PERSON|Nguyễn]], who has exertional breathlessness and a new ejection systolic murmur. Echo [[DATE|18/11/2026]]: AV peak gradient 62 mmHg. Her son [[PERSON|Minh Trần]] interprets ([[PHONE|0491 571 266]]).\nKind regards, Dr [[PERSON|Sarah Goldfarb]]`,
  ],
  [
    'referral',
    `Consult request — Nephrology\nInpatient: [[PERSON|Kwabena Nkansah-Boadu]], 61M, rm [[MRN|812A]], MRN [[MRN|31175460]]\nReason: AKI (Cr 1.1 → 3.4) after CT contrast on [[DATE|11/19]]; UO 20 mL/h.\nRequested by [[PERSON|Lindsey Haugen]], MD  pager [[PHONE|(608) 555-0142]]   [[DATE|11/22/2026]] 14:05\nWife [[PERSON|Abena]] at bedside, [[PHONE|(608) 555-0107]]`,
  ],
  [
    'handover',
    `SBAR handover, night to day, [[DATE|24/11]]\nS: [[PERSON|Percival Haddon]], [[AGE|99]], side room [[MRN|2]], end-of-life care.\nB: metastatic prostate cancer; DNACPR in place.\nA: syringe driver running (morphine, midazolam); comfortable; mouth care 2-hourly.\nR: granddaughter [[PERSON|Tamsin]] staying overnight; call her on [[PHONE|07700 900572]] if any change.\nHanded over by [[PERSON|Femi Adebayo]] RN to [[PERSON|Kirsty Dunbar]] RN`,
  ],
  [
    'handover',
    `I-PASS — Team B\n1. [[PERSON|Ahmad Rahimi]] (rm [[MRN|7E-14]]), 52M, DKA resolving. Watcher. Gap closed; transition to SQ insulin at breakfast.\n2. [[PERSON|Beatrice Oyelowo]] (rm [[MRN|7E-16]]), [[AGE|93]]F, hip fracture, delirium. Stable. Avoid benzos; daughter [[PERSON|Funmi]] at bedside.\n3. [[PERSON|Grzegorz Nowicki]] (rm [[MRN|7E-19]]), 44M, alcohol withdrawal, CIWA 9. If >15 call senior.\nFrom [[PERSON|Mei-Ling Tsai]], MD to [[PERSON|Jonah Abernathy]], MD`,
  ],
  [
    'handover',
    `Spoken handover (transcribed): "OK so bed [[MRN|nine]] is Mrs— sorry, [[PERSON|Edna Thackeray]], she's [[AGE|ninety-two]], came in with a chest infection, on IV co-amox, sats fine on 2 litres. Bed [[MRN|ten]], [[PERSON|Ravi]]— [[PERSON|Ravi Pillai]], post-op hernia, going home tomorrow if he passes urine."`,
  ],
  [
    'nursing-note',
    `Nursing note [[DATE|23/11/2026]] 03:20\n[[PERSON|Agnes Ploughright]] ([[AGE|97]]) found trying to climb over bed rails, disorientated to time and place. No injury. Bed lowered, falls mat placed, bay nurse to stay within sight. Daughter [[PERSON|Hilary]] informed by phone [[PHONE|01632 960273]]. Datix submitted.\n— [[PERSON|Marisa Quintero]], RN, Ward 12 bed [[MRN|18]], hosp no [[MRN|W5512083]]`,
  ],
  [
    'nursing-note',
    `Wound care: [[PERSON|Desmond Okwuosa]] (MRN [[MRN|66802159]]), sacral grade 3 pressure injury 4 × 3 cm, 25% slough. Cleansed with saline, hydrofiber + foam dressing applied. Repositioning q2h, air mattress in place. Next dressing [[DATE|11/25]]. Wife [[PERSON|Ngozi Okwuosa]] taught offloading. — [[PERSON|Brandi Kowalczyk]], RN, CWOCN`,
  ],
  [
    'nursing-note',
    `Falls prevention — information for patients and visitors\nPlease use the call bell if you need help getting up. Wear well-fitting slippers, keep your glasses and walking aid within reach, and tell the nurse if you feel dizzy. Visitors: please return bedside tables and chairs to where you found them.`,
  ],
  [
    'lab-report',
    `CHEMISTRY REPORT\nPatient: [[PERSON|Magnus Thorvaldsen]]   DOB: [[DATE|04/22/1961]]   MRN: [[MRN|91528804]]\nAccession: [[MRN|CH26-3381092]]   Collected: [[DATE|11/23/2026]] 06:30\nNa 131 (L)  K 5.8 (H)  Cr 2.1 (H)  eGFR 34\nCritical K called to [[PERSON|Latoya Grimes]], RN at 07:02 by [[PERSON|V. Castellanos]], MLS\nOrdering: [[PERSON|Yusuf Karabulut]], MD   Location: 6W rm [[MRN|6112]]`,
  ],
  [
    'lab-report',
    `Histopathology report\nName: [[PERSON|Fenella Rigby-Marsh]]  Hosp no: [[MRN|H2203918]]  Specimen no: [[MRN|HS26-22419]]  NHS [[INSURANCE_ID|${nhs('390264')}]]\nReceived: [[DATE|20/11/2026]]\nSpecimen: skin ellipse, left shoulder. Diagnosis: superficial spreading malignant melanoma, Breslow 0.6 mm, no ulceration, margins clear (peripheral 3 mm).\nRequesting clinician: [[PERSON|Arjun Bhattacharya]]\nReported [[DATE|23/11/2026]] by Dr [[PERSON|Ikechukwu Nwosu]]`,
  ],
  [
    'lab-report',
    `Your blood test — what happens next\nResults usually reach your GP within 3 working days. You will only be contacted if any action is needed. Please don't call the laboratory for results; ask your practice or check the NHS App.`,
  ],
  [
    'imaging-report',
    `CT ABDOMEN/PELVIS WITH CONTRAST\nPatient: [[PERSON|Rahul Deshpande]]   MRN: [[MRN|50287316]]   DOB: [[DATE|08/16/1979]]   Exam date: [[DATE|11/22/2026]]\nAccession: [[MRN|RAD9918273]]\nFindings: 4 mm obstructing calculus at the right UVJ with mild hydroureteronephrosis. No abscess.\nImpression: obstructing right distal ureteral stone.\nResults communicated to Dr [[PERSON|Alexandra Petrakis]] at 15:40.\nRadiologist: [[PERSON|Oren Blumenthal]], MD`,
  ],
  [
    'imaging-report',
    `Mammography screening recall letter\n[[DATE|21 November 2026]]\nMs [[PERSON|Dorcas Fennimore]]\n[[ADDRESS|14 Tannery Row, Kendal LA9 4BH]]\nScreening ref: [[MRN|BSU-5518302]]\nDear Ms [[PERSON|Fennimore]],\nYour recent mammogram needs some further pictures. This does not mean you have cancer. Your appointment is on Tuesday [[DATE|2 December]] at 10:20.\nBreast Screening Office, [[PHONE|01632 960851]]`,
  ],
  [
    'imaging-report',
    `Ultrasound report: [[PERSON|Yuki Hasegawa]], 31F, MRN [[MRN|62714408]], LMP [[DATE|09/28/2026]]. Transvaginal scan [[DATE|11/23/2026]]: single intrauterine pregnancy, CRL 21 mm = 8w5d, FHR 168, EDD [[DATE|06/04/2027]]. Sonographer [[PERSON|Amaru Quispe]]; reading physician [[PERSON|Deborah Lindqvist]], MD.`,
  ],
  [
    'prescription',
    `Rx\nPatient: [[PERSON|Hortense Baptiste]]   DOB: [[DATE|07/19/1930]] ([[AGE|96]] y)\nAddress: [[ADDRESS|87 Rue Marcel Ave, Apt 4, Opelousas, LA 70570]]\nDonepezil 5 mg tab — 1 tab PO at bedtime, #30, refills 2\nRx #: [[MRN|RX6620419]]   Date: [[DATE|11/24/2026]]\nPrescriber: [[PERSON|Jean-Baptiste Thibodeaux]], MD  NPI on file`,
  ],
  [
    'prescription',
    `Pharmacy label\n[[PERSON|MCALLISTER, Ruaridh]]  NHS [[INSURANCE_ID|${nhs('462190')}]]\nAmoxicillin 500 mg capsules x 21\nTake ONE capsule THREE times a day. Finish the course.\nDispensed [[DATE|22/11/26]]  Ref [[MRN|PL-40771]]\nCrossgates Pharmacy, [[ADDRESS|3 Station Road, Crossgates, Leeds LS15 8EU]]`,
  ],
  [
    'prescription',
    `Medicine information: apixaban\nTake twice a day, about 12 hours apart, with or without food. Do not stop suddenly. Tell any dentist or surgeon that you take it. Seek help at once for black stools, blood in urine, or a severe headache.`,
  ],
  [
    'consent',
    `CONSENT FOR PROCEDURE (Form 4 — adult lacking capacity)\nPatient: [[PERSON|Cuthbert Larkspur]], [[AGE|94]], Hosp no [[MRN|B7730214]], NHS [[INSURANCE_ID|${nhs('118305')}]]\nAddress: [[ADDRESS|The Granary, Church Lane, Upper Slaughter GL54 2JB]]\nProcedure: PEG tube insertion, planned [[DATE|27/11/2026]]\nBest-interests meeting [[DATE|21/11/2026]] attended by daughter [[PERSON|Imogen Larkspur]] (LPA health and welfare), IMCA not required.\nSigned: Dr [[PERSON|Abimbola Ogunleye]], Consultant Gastroenterologist`,
  ],
  [
    'consent',
    `Informed consent — research blood sample\nParticipant: [[PERSON|Liang Wenjie]]   Study ID: [[MRN|BIO-41-0338]]\nDOB: [[DATE|05 Feb 1983]]   Chinese resident ID: [[ID_CARD|${rid('350203', '19830205', '071')}]]\nI agree that a 10 mL blood sample may be stored for future ethically approved research.\nSignature: [[PERSON|Liang Wenjie]]   Date: [[DATE|23 Nov 2026]]\nWitness: [[PERSON|Charlotte Eyre]]   Email for results: [[EMAIL|wj.liang83@example.com]]`,
  ],
  [
    'consent',
    `Procedure consent (interpreter used)\nPatient: [[PERSON|Fadumo Abdi Warsame]], 46F, MRN [[MRN|38550217]]\nProcedure: colonoscopy with possible biopsy, [[DATE|11/26/2026]]\nSomali interpreter: [[PERSON|Abdirahman Yusuf]], ID badge shown\nEmergency contact: husband [[PERSON|Hassan Ali Farah]], [[PHONE|(612) 555-0119]]\nPatient passport (ID for registration): [[PASSPORT|P04827315]]`,
  ],
  [
    'billing',
    `STATEMENT\nGuarantor: [[PERSON|Benedict Osei-Mensah]]   Account #: [[MRN|PA-20983317]]\nPatient: [[PERSON|Akua Osei-Mensah]] (daughter)   Guarantor address: [[ADDRESS|615 Ponce de Leon Ave NE, Atlanta, GA 30308]]\nDate of service: [[DATE|10/30/2026]]\nER visit level 4 .......... $1,842.00\nInsurance paid .......... -$1,310.00\nYou owe .......... $532.00\nPay online at [[URL|billing.example.com/pay]] or call [[PHONE|(404) 555-0133]]. Card on file ending 4471.`,
  ],
  [
    'billing',
    `Self-pay invoice — Harbour Private Clinic\nPatient: [[PERSON|Anastasia Volkova]]  Passport: [[PASSPORT|751938462]]\nAddress: [[ADDRESS|Flat 9, 40 Church Street, Whitby YO22 4AE]]\nConsultation [[DATE|22 Nov 2026]] £180; ultrasound £240; total £420.\nPaid by card [[BANK_CARD|${spaced(luhn('453958102266714'))}]] (cardholder [[PERSON|Anastasia Volkova]])\nInvoice no. INV-77210\nBilling queries: [[EMAIL|accounts@harbourclinic.example.co.uk]]`,
  ],
  [
    'billing',
    `Insurance pre-authorisation request\nMember: [[PERSON|Tevita Havili]]   Member ID: [[INSURANCE_ID|HBF-8822-1047]]   DOB: [[DATE|14/07/1979]]\nProcedure: knee arthroscopy, planned [[DATE|09/12/2026]]\nSurgeon: Dr [[PERSON|Catriona Blaikie]]\nContact: [[PHONE|0491 572 549]]   Postal: [[ADDRESS|PO Box 318, Logan Central QLD 4114]]\nRefund to card [[BANK_CARD|${spaced(luhn('516320074418923'))}]]`,
  ],
  [
    'online-consult',
    `Patient portal message thread\nFrom: [[ACCOUNT|gloria.ramirez62]] ([[PERSON|Gloria Ramírez]], MRN [[MRN|40093715]], DOB [[DATE|02/11/1962]])\nSubject: rash after new BP pill\nSince starting lisinopril on [[DATE|Nov 18]] my lips feel a bit puffy in the mornings. Is that normal?\n\nReply from [[PERSON|Tobias Brandt]], MD: Please stop the lisinopril today. Lip swelling can be angioedema. If your tongue or throat swells or you have trouble breathing, call 911. I've sent amlodipine to your pharmacy instead.\nSession IP: [[IP|203.0.113.58]]`,
  ],
  [
    'online-consult',
    `Video consultation note — [[DATE|24/11/2026]] 11:10\nPatient: [[PERSON|Eilidh MacAskill]], DOB [[DATE|12/12/1999]], NHS [[INSURANCE_ID|${nhs('103857')}]]\nLocation confirmed: [[ADDRESS|Croft 6, Balallan, Isle of Lewis HS2 9PN]]\nSymptoms: dysuria and frequency 2 days, no fever or loin pain, not pregnant.\nPlan: nitrofurantoin 100 mg MR BD 3 days. Safety-netting given.\nClinician: [[PERSON|Jasper Okonkwo-Reid]], ANP`,
  ],
  [
    'online-consult',
    `Chat with on-call nurse\n[[ACCOUNT|sunny_side_88]]: hi my dad is [[AGE|90]] and he's had diarrhoea since yesterday, is it ok to give him imodium?\nNurse [[PERSON|Pippa]]: Thanks for getting in touch. Is he drinking, and has he passed urine today?\n[[ACCOUNT|sunny_side_88]]: yes he's drinking tea, peed this morning\nNurse [[PERSON|Pippa]]: Does he take any water tablets or blood pressure tablets? At his age it's best his GP reviews him today. Can I take his name?\n[[ACCOUNT|sunny_side_88]]: [[PERSON|Walter Quigley]], DOB [[DATE|3 May 1936]], he lives at [[ADDRESS|9 Larch Close, Tamworth B77 2QS]]`,
  ],
  [
    'patient-message',
    `Hi Dr [[PERSON|Hennessy]], it's [[PERSON|Orla Gallagher]] (DOB [[DATE|21/04/1988]]). My inhaler prescription ran out on Friday [[DATE|20th]] and the pharmacy says it needs a new script. Could you send it to the pharmacy at [[ADDRESS|5 Main Street, Ballina, Co. Mayo F26 W9X2]]? My mobile is [[PHONE|087 314 8826]]. Thanks a million.`,
  ],
  [
    'patient-message',
    `Dear team, I'm writing on behalf of my grandmother [[PERSON|Zofia Kamińska]], who is [[AGE|98]]. She was discharged from Ward 9 on [[DATE|18 November]] and we still haven't received her discharge letter. Her hospital number is [[MRN|RX7720351]]. Please email me at [[EMAIL|kasia.kaminska@example.co.uk]] or call [[PHONE|07700 900661]]. Many thanks, [[PERSON|Katarzyna Kamińska]]`,
  ],
  [
    'patient-message',
    `Message via front desk: Mr [[PERSON|Emeka Nwachukwu]] called to say his wife [[PERSON|Chiamaka]] can't make her [[DATE|Nov 26]] diabetic eye screening because she's been admitted elsewhere. Please rebook. His Hong Kong identity card (on file): [[ID_CARD|${hkid('K', '482615')}]]. Call back [[PHONE|(214) 555-0155]].`,
  ],
  [
    'family-chat',
    `Family group 💬 "Nana's care"\n[[PERSON|Shaniqua]]: Nana's home health nurse is coming Wednesday [[DATE|26th]] at 10\n[[PERSON|Marcus]]: I can be there. Is her Medicaid card still in the blue folder?\n[[PERSON|Shaniqua]]: yes. The number's [[INSURANCE_ID|GA7731904221]] if they ask\nUncle [[PERSON|Dre]]: she turns [[AGE|95]] next month y'all 🎂\n[[PERSON|Marcus]]: I'll drive, my plate's [[PLATE|TLM 4827]] for the visitor lot`,
  ],
  [
    'family-chat',
    `WhatsApp — "Dad hospital"\n[[PERSON|Priyanka]]: Dad's moved to Bed [[MRN|31]] on Ward 4, St Peter's Hospital, [[ADDRESS|Guildford Road, Chertsey KT16 0PZ]]\n[[PERSON|Vikram]]: Visiting is 2-8?\n[[PERSON|Priyanka]]: Yes. Parking is mad, I'm in the multi-storey\nMum: Tell the nurse he is allergic to penicillin 🙏\n[[PERSON|Vikram]]: Will do. I'll bring his glasses. What's the ward number again?\n[[PERSON|Priyanka]]: [[PHONE|01632 960547]]`,
  ],
  [
    'family-chat',
    `Messenger — cousins\n[[PERSON|Jolene]]: Grandpa [[PERSON|Abe]] fell again last night 😞\n[[PERSON|Travis]]: is he ok??\n[[PERSON|Jolene]]: bruised, they kept him in at Mercy. he's [[AGE|101]] lol he told the doc he's "only [[AGE|99]]"\n[[PERSON|Travis]]: haha classic. I'll venmo you for the cab, @[[ACCOUNT|travis-mccoy-7]]\n[[PERSON|Jolene]]: thx. his room is [[MRN|418]]`,
  ],
  [
    'sms-reminder',
    `Reminder: [[PERSON|Harriet]], you have an appointment with Dr [[PERSON|Obi]] at Riverside Health Centre on Thu [[DATE|27 Nov]] at 09:15. Reply C to cancel. To rebook call [[PHONE|01632 960934]]. Ref [[MRN|RHC-602217]]`,
  ],
  [
    'sms-reminder',
    `Kaiser Clinic: Hi [[PERSON|Dominic]], your flu shot is due. Book online at [[URL|https://book.example.org/flu]] or call [[PHONE|(971) 555-0108]]. Reply STOP to opt out. MRN [[MRN|22871406]]`,
  ],
  [
    'sms-reminder',
    `Winter flu clinics: walk-in vaccinations every Saturday 9am–12pm in the outpatients hall. No appointment needed. Please bring a list of your medicines.`,
  ],
  [
    'keratoconus-clinic',
    `Cornea clinic — keratoconus review [[DATE|21/11/2026]]\n[[PERSON|Haris Qureshi]], 22, Hosp no [[MRN|E0417729]], NHS [[INSURANCE_ID|${nhs('527031')}]]\nPentacam: R Kmax 57.1 D (was 55.4 D in [[DATE|May]]), thinnest pachymetry 438 µm. L stable.\nProgression confirmed OD. Plan: epi-off corneal cross-linking R eye, listed for [[DATE|15/12/2026]]. Continue scleral lens OS.\nAdvised to stop eye rubbing; atopy managed with olopatadine.\nMum [[PERSON|Shabana]] contact [[PHONE|07700 900415]]\nConsultant: Miss [[PERSON|Ottoline Renshaw]]`,
  ],
  [
    'keratoconus-clinic',
    `Scleral lens fitting note\nPatient: [[PERSON|Brayden Kowalski]], 17M, MRN [[MRN|30027781]], DOB [[DATE|06/02/2009]]\nFitting [[DATE|11/20/2026]]: 16.5 mm diameter, sag 4400 µm, good limbal clearance. VA 20/25 OD with lens (20/200 without).\nLens order #[[MRN|SL-88412]]. Dispense [[DATE|12/3]].\nParent: [[PERSON|Renata Kowalski]], [[EMAIL|renata.k@example.net]]\nOptometrist: [[PERSON|Farid Zoghbi]], OD`,
  ],
  [
    'keratoconus-clinic',
    `Cross-linking aftercare\nFor the first few days your eye may be sore, watery and sensitive to light. Keep the bandage contact lens in until we remove it. Use the drops as prescribed and do not rub your eye. Avoid swimming for two weeks. Your vision may be blurred for a month or more.`,
  ],
  [
    'sarcoidosis-clinic',
    `ILD/Sarcoidosis clinic [[DATE|20 Nov 2026]]\n[[PERSON|Nomvula Mthembu-Sibiya]], 38F, hosp no [[MRN|S6610274]], NHS [[INSURANCE_ID|${nhs('702846')}]]\nStage II pulmonary sarcoid, biopsy-proven (EBUS [[DATE|04/09/2026]]). FVC 74% predicted, DLCO 61%. Erythema nodosum settled. Serum calcium normal.\nPlan: prednisolone 20 mg daily, taper over 6 months; DEXA and bone protection; ophthalmology screen booked [[DATE|3 December]].\nNext clinic [[DATE|January 2027]].\nDr [[PERSON|Ingrid Aasgaard]]`,
  ],
  [
    'sarcoidosis-clinic',
    `Pulmonary sarcoidosis follow-up — [[DATE|11/23/2026]]\n[[PERSON|Marcus Trevino Jr.]], 49M, MRN [[MRN|71850426]]\nOn methotrexate 15 mg weekly with folic acid since [[DATE|July 2026]]; LFTs normal. HRCT improved perihilar nodularity.\nContinue MTX; labs q8 weeks. Return [[DATE|02/2027]].\nPharmacy: [[ADDRESS|1300 S Congress Ave, Austin, TX 78704]]\n[[PERSON|Naomi Westergaard]], MD\nWife [[PERSON|Gabriela Trevino]] asked for a copy: [[PHONE|(512) 555-0124]]`,
  ],
  [
    'sarcoidosis-clinic',
    `Cardiac sarcoid MDT — outcome\nPatient: [[PERSON|Hemi Kereama]], 52M, NHI [[INSURANCE_ID|${nhi('GBT', '705')}]]\nPresented [[DATE|October 2026]] with complete heart block; FDG-PET [[DATE|12 Nov 2026]] shows patchy septal uptake. ICD implanted [[DATE|15 Nov 2026]].\nOutcome: prednisone 30 mg + methotrexate; repeat PET in 3 months.\nCoordinator: [[PERSON|Leilani Fonoti]], [[PHONE|021 406 7719]]`,
  ],
  [
    'narcolepsy-clinic',
    `Sleep clinic — narcolepsy\n[[PERSON|Caoimhe Dunleavy]], 23F, MRN [[MRN|SLP-4403318]], NHS [[INSURANCE_ID|${nhs('551937')}]]\nSeen [[DATE|22/11/2026]]. Excessive daytime sleepiness since age 19, cataplexy with laughter (jaw and knees). ESS 19.\nPSG/MSLT [[DATE|14/11/2026]] (study no. [[MRN|MS-26-1187]]): mean sleep latency 2.8 min, 3 SOREMPs.\nDx: narcolepsy type 1. Plan: pitolisant titration; scheduled naps; DVLA advice given — not to drive until controlled.\nGP: Dr [[PERSON|Faisal Rana]]\nConsultant: Dr [[PERSON|Hugo Everleigh]]`,
  ],
  [
    'narcolepsy-clinic',
    `Narcolepsy follow-up ([[DATE|11/24/2026]]): [[PERSON|Trinh Bao Long]], 34M, MRN [[MRN|60418873]], DOB [[DATE|03/30/1992]]. On sodium oxybate 4.5 g nightly in two doses; cataplexy down from daily to weekly; ESS 11. Occasional nausea. Employer letter provided for shift adjustments. REMS enrollment confirmed. Next visit [[DATE|February 2027]]. Contact [[PHONE|(503) 555-0186]]. Provider: [[PERSON|Celeste Marchetti]], NP.`,
  ],
  [
    'narcolepsy-clinic',
    `Living with narcolepsy — tips\nKeep regular sleep and wake times, plan short naps, and tell your employer or college what adjustments help. Avoid alcohol. Do not drive if you feel sleepy, and let us know if cataplexy attacks become more frequent.`,
  ],
  [
    'hypospadias-clinic',
    `Paediatric urology clinic — [[DATE|21/11/2026]]\n[[PERSON|Oisín Carmody]], 14 months, DOB [[DATE|03/09/2025]], MRN [[MRN|P3308162]]\nDistal (coronal) hypospadias, mild ventral curvature, both testes descended.\nPlan: single-stage TIP repair, listed [[DATE|19 January 2027]]; pre-op testosterone not needed.\nParents: [[PERSON|Aoife]] and [[PERSON|Declan Carmody]], [[PHONE|087 625 1940]], [[ADDRESS|Ballyvolane Road, Cork T23 X4N7]]\nSurgeon: Mr [[PERSON|Tadhg Moynihan]]`,
  ],
  [
    'hypospadias-clinic',
    `Post-op check, hypospadias repair\nPatient: [[PERSON|Ezekiel Mahlangu]], 2y, DOB [[DATE|10/02/2024]], op [[DATE|11/10/2026]]; stent removed [[DATE|11/17]].\nToday [[DATE|11/24/2026]]: meatus patent, good stream per mom, no fistula.\nMom: [[PERSON|Thandi Mahlangu]], [[PHONE|(713) 555-0194]], MRN [[MRN|82460319]]\nReturn in 6 months. — [[PERSON|Lucía Barragán]], MD, Pediatric Urology`,
  ],
  [
    'hypospadias-clinic',
    `Hypospadias surgery — telephone follow-up\nChild: [[PERSON|Jayden Phan]], 18 months, Medicare [[INSURANCE_ID|${medicare('43817260', '3')}]]\nCalled mother [[PERSON|Linh Phan]] on [[PHONE|0491 578 148]] on [[DATE|24/11/2026]]: dressing off, passing urine in a single stream, a little swelling only.\nReview in outpatient clinic [[DATE|8 December]].\nNurse: [[PERSON|Bridget Culhane]]`,
  ],
];
export function generateDeidHoldout41(): LabelledRecord[] {
  return holdoutRecords('h41', zh, en);
}

export const DEID_HOLDOUT_41_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/labelled/deid-holdout-41.jsonl',
);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const records = generateDeidHoldout41();
  writeFileSync(DEID_HOLDOUT_41_PATH, renderJsonl(records));
  console.log(`wrote ${records.length} records to ${DEID_HOLDOUT_41_PATH}`);
}
