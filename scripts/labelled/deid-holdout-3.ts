import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { holdoutRecords, type LabelledRecord, renderJsonl } from './generate-deid.ts';

/**
 * The ROUND-3 fresh held-out de-identification set (data/labelled/deid-holdout-3.jsonl): hand-written
 * snippets with hand-placed spans, marked inline as [[TYPE|text]] (parseMarked strips the marks and
 * records UTF-16 offsets). Written by a separate annotator who did not read the recognizer code and
 * never ran a recognizer on these snippets; it must not be used to tune the recognizers.
 *
 * New settings compared with rounds 1 and 2: rural and village clinics, community health centres and
 * family-doctor contracts, maternal and child health handbooks, vaccination records, occupational health,
 * medical-insurance appeals and claims, telemedicine chats and video visits, family group chats, incident
 * reports, research consent, radiology requests; English notes from Australia, New Zealand, Canada,
 * Malaysia, Singapore, Hong Kong, Ireland and the UK.
 *
 * Identifiers are synthetic: resident IDs carry a valid GB 11643 check character, bank cards a valid
 * Luhn digit, HKIDs and the Singapore NRIC a valid check character, the NHS number its modulus-11 digit
 * and the Australian Medicare number its check digit. Phones use random mainland numbers or fictional
 * ranges (Australian 0491 570/572 xxx and (08) 5550 xxxx, North American 555-01xx, UK 07700 900xxx and
 * 0161 496 0xxx); mail and web hosts are example.*; IP addresses come from the documentation ranges.
 *
 * Span conventions are those of data/labelled/deid-holdout-2.card.yaml; the few extra decisions are in
 * data/labelled/deid-holdout-3.card.yaml.
 */
const zh: Array<[string, string]> = [
  [
    'community',
    '家庭医生签约服务记录\n签约居民：[[PERSON|覃秋菊]]　性别：女　出生日期：[[DATE|1945年6月19日]]\n身份证号：[[ID_CARD|370202194506197206]]\n健康档案编号：[[MRN|3702020180400127]]\n家庭住址：[[ADDRESS|山东省青岛市市南区东海西路39号2单元501户]]\n签约医生：[[PERSON|岑志远]]　手机：[[PHONE|159 6392 0471]]',
  ],
  [
    'community',
    '村卫生室门诊日志\n[[DATE|3月8日]]　[[PERSON|韦春燕]]　女　34岁　[[ADDRESS|百色市那坡县城厢镇弄文村弄平屯]]\n主诉：咳嗽3天，无发热。处理：复方甘草片2片 tid，嘱多饮水。\n乡村医生：[[PERSON|农振华]]',
  ],
  [
    'maternal',
    '孕产妇保健手册\n孕妇姓名：[[PERSON|邝思琪]]　年龄：29岁　手册编号：[[MRN|YC440305-2026-01876]]\n末次月经：[[DATE|2026年2月11日]]　预产期：[[DATE|2026年11月18日]]\n丈夫姓名：[[PERSON|梁家豪]]　电话：[[PHONE|138 2651 0479]]\n孕12周NT 1.2mm，唐氏筛查低风险。',
  ],
  [
    'maternal',
    '新生儿出生记录\n母亲：[[PERSON|伍欣然]]　住院号：[[MRN|0261183]]\n出生时间：[[DATE|2026年11月16日]] 03:42　性别：男　体重3280g\nApgar评分：1分钟9分，5分钟10分。\n接生者：[[PERSON|蒙丽萍]]、[[PERSON|姚春晓]]',
  ],
  [
    'vaccination',
    '预防接种证\n儿童姓名：[[PERSON|班若曦]]　出生日期：[[DATE|2021-06-11]]\n身份证号：[[ID_CARD|450103202106113745]]\n监护人：[[PERSON|班海涛]]　联系电话：[[PHONE|177-7712-9036]]\n[[DATE|2024-06-20]] A群C群流脑多糖疫苗 第1剂，批号202405A031，接种单位：仙葫社区卫生服务中心，接种者：[[PERSON|黎小凤]]',
  ],
  [
    'occupational',
    '职业健康检查表（在岗期间）\n体检编号：[[MRN|ZJ2026-07-0412]]\n姓名：[[PERSON|雷铁柱]]　工种：电焊工　接害工龄：14年\n身份证号：[[ID_CARD|530102196807228452]]\n用人单位：昆明某机械制造有限公司\n纯音测听：双耳高频听阈40dB HL；胸片：未见尘肺样改变（GBZ 70-2015）。',
  ],
  [
    'insurance',
    '城乡居民医保报销申诉书\n申诉人：[[PERSON|郗大山]]　身份证号：[[ID_CARD|360102195409086050]]\n医保卡号：[[INSURANCE_ID|36010000738291]]\n本人于[[DATE|2026年5月4日]]至[[DATE|5月19日]]在省城住院，因转诊备案未及时办理，报销比例被下调至40%，特此申诉。\n联系地址：[[ADDRESS|江西省南昌市东湖区八一大道357号财富广场B座1106室]]　电话：[[PHONE|0791-8677 3015]]',
  ],
  [
    'telemedicine',
    '【互联网医院图文问诊】问诊单号：[[MRN|WZ202611080093]]\n患者：[[PERSON|欧丽娜]]（女，37岁）\n[[PERSON|欧丽娜]]：医生好，我吃二甲双胍0.5g一天两次，最近拉肚子，需要换药吗？\n[[PERSON|钟]]医生：可以改成餐中服用，或换缓释片。糖化血红蛋白上次多少？\n[[PERSON|欧丽娜]]：7.9%。',
  ],
  [
    'chat',
    '相亲相爱一家人(6)\n[[PERSON|向阳]]：妈的CT结果出来了，医生说肺上有个8mm的结节\n[[PERSON|向晴]]：要紧吗？要不要去省肿瘤医院再看看\n[[PERSON|向阳]]：我约了周四[[PERSON|谭]]教授的号，就诊卡号[[MRN|0012 7735 406]]，你们谁有空陪一下\n大姑：我有空，把医院地址发我',
  ],
  [
    'chat',
    '[[PERSON|罗红梅]]：奶奶出院了，接回[[ADDRESS|贵阳市南明区花果园R1区14栋2单元2307]]住\n[[PERSON|罗军]]：好的，我周末带药过去。奶奶的医保卡密码是多少来着？\n[[PERSON|罗红梅]]：别在群里发密码！',
  ],
  [
    'admission',
    '入院记录\n姓名：[[PERSON|甄桂兰]]　性别：女　年龄：[[AGE|96]]岁\n身份证号：[[ID_CARD|210102193002249848]]\n入院时间：[[DATE|2026-10-30]] 14:20\n主诉：跌倒后右髋部疼痛、活动受限6小时。\n既往史：阿尔茨海默病8年，服多奈哌齐5mg qn。',
  ],
  [
    'discharge',
    '致社区家庭医生的出院交接单\n[[PERSON|宁]]医生：您好！贵中心签约居民[[PERSON|包国强]]（男，67岁，住院号[[MRN|Z0893317]]）于[[DATE|11月2日]]因"慢阻肺急性加重"入我科，[[DATE|11月12日]]出院。出院用药：噻托溴铵吸入剂18μg qd。请于两周内上门随访。\n呼吸与危重症医学科 [[PERSON|尤佳慧]]　电话：[[PHONE|0471-6980 2231]]',
  ],
  [
    'incident',
    '不良事件报告表\n事件编号：AE-2026-0317\n发生日期：[[DATE|2026年9月21日]]\n患者：[[PERSON|滕玉珍]]，住院号[[MRN|ZY00417725]]，[[MRN|23]]床\n事件经过：夜班护士[[PERSON|符晓雯]]巡视时发现患者坠床，左额部皮肤擦伤约2cm，无意识障碍。\n报告人：[[PERSON|符晓雯]]　护士长：[[PERSON|闫丽]]',
  ],
  [
    'consent',
    '临床研究知情同意书签字页\n研究名称：社区2型糖尿病患者强化随访的多中心随机对照研究（方案版本号V2.1，2025年3月1日）\n受试者编号：[[MRN|S-017]]\n受试者签名：[[PERSON|裴秀云]]　日期：[[DATE|2026年4月12日]]\n研究者签名：[[PERSON|路明轩]]　日期：[[DATE|2026年4月12日]]\n伦理审查批件号：2025-伦审-031',
  ],
  [
    'radiology',
    '放射检查申请单\n申请科室：骨科门诊　申请医生：[[PERSON|杭一鸣]]\n患者：[[PERSON|戈晓东]]　男　41岁　门诊号：[[MRN|MZ0055829]]\n检查部位：右膝关节MRI平扫\n临床诊断：右膝半月板损伤？麦氏征（+），Lachman试验（-）。\n体内有无金属植入物：无',
  ],
  [
    'outpatient',
    '门诊处方\n氨氯地平片5mg×28片 用法：5mg qd\n阿托伐他汀钙片20mg×14片 用法：20mg qn\n诊断：I10.x00 原发性高血压；E78.5 高脂血症\n本处方2日内有效。',
  ],
  [
    'progress',
    '病例讨论：患儿发热5天，双眼结膜充血、杨梅舌、指端硬性水肿，考虑川崎病（M30.3），需与猩红热、EB病毒感染鉴别；予丙种球蛋白2g/kg静滴，阿司匹林30mg/kg/d。',
  ],
  [
    'nursing',
    '护理交班：[[MRN|12]]床[[PERSON|田七]]，男，58岁，今日三七粉3g冲服，精神尚可；[[MRN|14]]床[[PERSON|高原]]，高原反应后第3天，血氧96%，安静休息。',
  ],
  [
    'maternal',
    '[[PERSON|平安]]妈妈您好，宝宝这次体检身长98cm、体重15kg，发育正常。下次体检时间：[[DATE|2027年1月10日]]。祝宝宝平安健康！',
  ],
  [
    'admission',
    '住院登记：患者[[PERSON|那日苏]]，蒙古族，身份证号[[ID_CARD|150102 19611130 871X]]，户籍地址[[ADDRESS|内蒙古自治区呼和浩特市新城区成吉思汗大街27号]]。',
  ],
  [
    'community',
    '老年人健康体检表\n姓名：[[PERSON|鄢德顺]]　身份证号：[[ID_CARD|420106571204223]]\n体检日期：[[DATE|2026-05-14]]　血压148/86mmHg　空腹血糖6.4mmol/L\n老年人生活自理能力评估：0分\n责任医生：[[PERSON|喻芳]]',
  ],
  [
    'billing',
    '退费申请：患者[[PERSON|奚文博]]门诊预交金余额1,200元申请退回，户名[[PERSON|奚文博]]，开户行：建设银行合肥蜀山支行，卡号[[BANK_CARD|6217 0038 1023 4568 908]]，手机[[PHONE|13505 513 872]]。',
  ],
  [
    'insurance',
    '大病补助发放确认\n受助人：[[PERSON|冉小娟]]　身份证：[[ID_CARD|500103199512219369]]\n补助金额8,600元，已打入本人一卡通账户[[BANK_CARD|6230580000815215350]]（农村商业银行），发放日期：[[DATE|2026年7月15日]]。\n经办人：[[PERSON|邬敏]]',
  ],
  [
    'nursing',
    '患者家属要求加主治医生微信，已婉拒。家属留下微信号：[[ACCOUNT|lanlan_0817]]，QQ：[[ACCOUNT|2874016395]]。患者[[PERSON|莫兰兰]]，[[MRN|8]]床。',
  ],
  [
    'billing',
    '门诊停车减免登记：[[DATE|10月9日]]，透析患者[[PERSON|景长林]]家属车辆[[PLATE|黔A·3K76T]]，免费停车4小时。',
  ],
  [
    'occupational',
    '国际旅行卫生保健中心 出境体检\n姓名：[[PERSON|段嘉禾]]　护照号：[[PASSPORT|EK4819273]]\n出生日期：[[DATE|1990年3月17日]]　身份证号：[[ID_CARD|340104199003170604]]\n前往国家：坦桑尼亚　接种黄热病疫苗1剂，批号Y20260315。',
  ],
  [
    'telemedicine',
    '互联网医院登录异常：账号[[ACCOUNT|hzh_1984]]于[[DATE|2026-08-02]] 23:14从IP [[IP|203.0.113.58]]连续输错密码5次，已锁定。用户[[PERSON|胡泽华]]来电解锁，电话[[PHONE|+86 186 5732 0941]]。',
  ],
  [
    'message',
    '随访短信：[[PERSON|贝]]女士您好，您的产后42天复查报告已出，请点击 [[URL|https://fy.example.com/r?rid=88203145]] 查看，或登录[[URL|www.example.com/mch]]。如有疑问请致电科室。',
  ],
  [
    'message',
    '来信人：[[PERSON|贺晓宁]]，邮箱[[EMAIL|hexiaoning1987@example.com]]，反映其母[[PERSON|邵秋月]]（住院号[[MRN|2026110231]]）术后伤口渗液，要求复印病历。',
  ],
  [
    'dialogue',
    '医生：您家老人多大岁数了？\n家属：[[AGE|九十二]]了，属狗的。\n医生：叫什么？\n家属：[[PERSON|龙凤英]]，龙是龙虎的龙。\n医生：有没有吃抗凝药？\n家属：吃利伐沙班，每天10毫克。',
  ],
  [
    'dialogue',
    '医生：叫什么名字？\n患者：[[PERSON|蔺建伟]]。\n医生：在哪上班？\n患者：电池厂，配料工，干了六年。\n医生：留个手机号。\n患者：[[PHONE|一五八 三三一二 七零四九]]。',
  ],
  [
    'admission',
    '港澳台居民就诊登记\n姓名：[[PERSON|何嘉乐]]（[[PERSON|HO Ka-lok]]）\n香港身份证：[[ID_CARD|K382916(2)]]\n回乡证：[[PASSPORT|H03918462]]\n联系电话：[[PHONE|+852 6197 3042]]',
  ],
  [
    'admission',
    '患者住址：[[ADDRESS|长沙市岳麓区桃子湖路附8号湖大二村9栋305]]，独居，女儿[[PERSON|邵文静]]在深圳工作。患者性格文静，少言。',
  ],
  [
    'community',
    '慢病随访：[[PERSON|牛存福]]，男，71岁，家住[[ADDRESS|甘肃省定西市安定区巉口镇石峡湾村三社]]，高血压，服硝苯地平缓释片20mg bid，今日血压152/90mmHg，嘱低盐饮食。随访人：[[PERSON|权海燕]]',
  ],
  [
    'admission',
    '藏族患者[[PERSON|次仁卓玛]]，由其子[[PERSON|扎西顿珠]]陪同，现住[[ADDRESS|拉萨市城关区娘热路仙足岛小区12栋]]，高原红细胞增多症，血红蛋白218g/L。',
  ],
  [
    'outpatient',
    '门诊病历：[[PERSON|热娜古丽·阿不都热依木]]，女，39岁，乌鲁木齐人，门诊号[[MRN|0087 2315]]，主诉多饮多尿1月，随机血糖16.2mmol/L。',
  ],
  [
    'lab',
    '检验报告\n标本条码：[[MRN|2611270045318]]\n姓名：[[PERSON|龚晓燕]]　科别：产科门诊　年龄：32岁\n项目：OGTT 75g：空腹5.3、1h 10.4、2h 8.7 mmol/L\n诊断：妊娠期糖尿病（O24.4）',
  ],
  [
    'progress',
    '[[DATE|11-20]] 病程记录：[[PERSON|汤圆圆]]今日进食半流质，无腹胀。[[PERSON|卞]]主任查房，建议明日拔除胃管。',
  ],
  [
    'pharmacy',
    '用药咨询记录：[[PERSON|柏雨桐]]妈妈来电，孩子3岁、14kg，发热38.9℃，询问布洛芬混悬液剂量，告知5ml（100mg）q6-8h，24小时不超过4次。药师：[[PERSON|简宁]]',
  ],
  [
    'outpatient',
    '心理门诊：[[PERSON|骆一帆]]，门诊号[[MRN|XL26110037]]，复诊时间[[DATE|11月28日]]下午2:30，咨询师[[PERSON|钱沐阳]]。PHQ-9 14分，GAD-7 11分。',
  ],
  [
    'insurance',
    '商业保险理赔申请：被保险人[[PERSON|晏子墨]]，保单号[[INSURANCE_ID|P8620260031742]]，出险日期[[DATE|2026年6月2日]]，理赔金额4,380元。收款账户：[[BANK_CARD|6222 6008 1027 8248]]，户名[[PERSON|晏子墨]]。',
  ],
  [
    'occupational',
    '外籍员工入职体检：[[PERSON|Nguyen Thi Hoa]]（越南籍），护照号[[PASSPORT|C4827193]]，宿舍地址[[ADDRESS|东莞市长安镇振安中路89号宿舍3栋412]]，胸片未见异常。',
  ],
  [
    'community',
    '残疾人证评定：患者[[PERSON|米秀英]]，身份证号[[ID_CARD|370103560708124]]（一代证，未换领），地址[[ADDRESS|济南市市中区马鞍山路21号院3号楼1单元202]]，脑梗死后遗症，右侧肢体肌力3级。',
  ],
  [
    'maternal',
    '儿童保健门诊：儿童[[PERSON|巩子轩]]，男，身份证[[ID_CARD|610113-20150903-7079]]，入学体检视力右眼4.9、左眼4.8，丹佛发育筛查正常。',
  ],
  [
    'message',
    '[[PERSON|焦]]护士您好，我是[[PERSON|季]]阿姨的儿子[[PERSON|季鹏飞]]，我妈明天做透析能不能改到下午？我的电话[[PHONE|(0851)8571 2230]]。',
  ],
  [
    'incident',
    '职业暴露报告：护士[[PERSON|邓可欣]]于[[DATE|2026年3月3日]]为[[MRN|6]]床患者[[PERSON|古永福]]拔针时被针头刺伤左手示指，已冲洗消毒，查乙肝两对半。',
  ],
  [
    'admission',
    '交通伤入院：患者[[PERSON|骆志强]]，男，44岁，驾驶电动车与小型轿车（车牌[[PLATE|桂B 8Q217]]）相撞，左胫腓骨开放性骨折（S82.2），GCS 15分。',
  ],
  [
    'community',
    '长寿老人健康档案：[[PERSON|孟玉凤]]，女，[[AGE|102]]岁，住[[ADDRESS|巴马瑶族自治县甲篆乡坡月村百马屯]]，生活基本自理，血压136/78mmHg。',
  ],
  [
    'vaccination',
    '狂犬病暴露处置登记\n姓名：[[PERSON|寇小满]]　电话：[[PHONE|133 8712 6604]]\n暴露日期：[[DATE|2026年8月30日]]　部位：右小腿，III级暴露\n处置：伤口冲洗15分钟，狂犬病免疫球蛋白20IU/kg，人用狂犬病疫苗（Vero细胞）第1剂，批号20260412。',
  ],
  [
    'vaccination',
    '成人接种记录：[[PERSON|戚晓梅]]，孕28周，[[DATE|11月3日]]接种百白破疫苗（Tdap）1剂，左上臂三角肌。接种门诊：社区卫生服务中心预防接种门诊。',
  ],
  [
    'telemedicine',
    '视频问诊记录\n患者：[[PERSON|屠少华]]　问诊ID：[[MRN|VC-20261114-2207]]\n患者诉服用阿卡波糖50mg tid后腹胀，已2周。建议继续服用，逐步加量。\n接诊医生：[[PERSON|项云舒]]（内分泌科）',
  ],
  [
    'telemedicine',
    '在线复诊续方：[[PERSON|符海生]]，医保卡号[[INSURANCE_ID|1100 2037 6419 08]]，续开恩替卡韦0.5mg qd×90天，配送地址：[[ADDRESS|海口市美兰区白龙南路丽晶花园2栋1103]]，收件电话[[PHONE|0898-6531 7718]]。',
  ],
  [
    'chat',
    '家族群\n[[PERSON|杜小北]]：@所有人 爷爷[[AGE|九十一]]岁生日，下周六在老家摆酒\n[[PERSON|杜远航]]：爷爷上次查的血肌酐多少？能不能喝酒\n[[PERSON|杜小北]]：肌酐132，医生说少喝',
  ],
  [
    'chat',
    '[[PERSON|聂雨涵]]：妈，你的体检报告我下载了，账号[[ACCOUNT|nie_guirong55]]，密码我改了\n[[PERSON|聂桂荣]]：好，结果咋样\n[[PERSON|聂雨涵]]：甲状腺结节3类，半年复查',
  ],
  [
    'discharge',
    '出院证明\n姓名：[[PERSON|宫淑琴]]　性别：女　年龄：[[AGE|93]]岁\n入院日期：[[DATE|2026年10月8日]]　出院日期：[[DATE|2026年10月21日]]\n出院诊断：社区获得性肺炎；2型糖尿病。\n经治医师：[[PERSON|封子健]]',
  ],
  [
    'discharge',
    '出院带药：呋塞米片20mg qd，螺内酯片20mg qd，地高辛片0.125mg qd。复查电解质及地高辛血药浓度（目标0.5–0.9ng/ml）。心内科门诊复诊时间：每周二、周四上午。',
  ],
  [
    'referral',
    '转诊单\n转出单位：镇卫生院　转入单位：县人民医院\n患者：[[PERSON|时秋生]]　男　55岁　身份证：[[ID_CARD|640104197908067611]]\n现住址：[[ADDRESS|宁夏银川市兴庆区掌政镇春林村五队]]\n转诊原因：上消化道出血，Hb 78g/L。',
  ],
  [
    'referral',
    '[[PERSON|詹]]主任：现转来患儿[[PERSON|幸佳怡]]（女，5岁），身份证[[ID_CARD|450105202103050120]]，反复发热伴颈部淋巴结肿大，请协助排查川崎病及EB病毒感染。联系人：其父[[PERSON|幸志刚]]，[[PHONE|189 7710 2365]]。',
  ],
  [
    'radiology',
    '超声检查申请\n姓名：[[PERSON|羊丽华]]　住院号：[[MRN|ZY2611-0783]]　床号：[[MRN|37]]\n检查项目：产科超声（孕晚期）\n孕周：34+2周，G2P1，既往剖宫产史。',
  ],
  [
    'radiology',
    '影像报告：检查号[[MRN|CT261103-0558]]，[[PERSON|边振宇]]，男，头颅CT平扫：左侧基底节区腔隙性梗死；Fazekas 1级。报告医师：[[PERSON|阙静]]　审核医师：[[PERSON|麻永康]]',
  ],
  [
    'nursing',
    '[[DATE|11月19日]] 08:00 护理记录：[[PERSON|荣小雨]]，胰岛素泵基础率0.8U/h，早餐前血糖7.1mmol/L，泵序列号PX-7731-209，管路通畅。记录人：[[PERSON|车蕾]]',
  ],
  [
    'nursing',
    '夜班记录：[[MRN|31]]床[[PERSON|余生]]，余生可期——患者自述今晚睡得好，疼痛评分2分。[[MRN|32]]床家属[[PERSON|江河]]陪护。',
  ],
  [
    'message',
    '医生，我是孕妇[[PERSON|冯小曼]]，预产期[[DATE|12月24日]]，建档号[[MRN|CJ-0056419]]，我能把产检资料发到您邮箱[[EMAIL|fxm_doc@example.org]]吗？',
  ],
  [
    'message',
    '您好，我爸[[PERSON|侯德旺]]在你们医院住院，住[[MRN|15]]床，身份证号[[ID_CARD|410105194704113137]]，我想问下异地医保怎么备案？我的手机[[PHONE|+86-135-0371-8829]]。',
  ],
  [
    'outpatient',
    '门诊病历：[[PERSON|阎立本]]，男，62岁，就诊日期[[DATE|2026-11-17]]。帕金森病5年，服多巴丝肼0.25g tid，近来剂末现象明显。Hoehn-Yahr 2.5级。',
  ],
  [
    'outpatient',
    '门诊记录：患者[[PERSON|马兰]]，女，48岁，自服马兰头汤及板蓝根颗粒1周，仍咽痛。查体：咽部充血，扁桃体I度肿大。',
  ],
  [
    'billing',
    '缴费凭证\n患者：[[PERSON|闵书豪]]　就诊流水号：[[MRN|JZ2611180412]]\n项目：胃镜检查 380.00元，病理检查 260.00元\n支付方式：银行卡 [[BANK_CARD|6214830210260241684]]\n收费员：0127',
  ],
  [
    'billing',
    '对公转账说明：本次费用由单位代付，收款账户为医院基本账户，开户行工商银行，账号为医院财务科提供，不涉及患者个人信息。发票号码00823176。',
  ],
  [
    'insurance',
    '异地就医备案表\n参保人：[[PERSON|涂美玲]]　社会保障号码：[[ID_CARD|430104197601285025]]\n参保地：长沙市　就医地：广州市\n常住地址：[[ADDRESS|广州市天河区天河北路233号中信广场附近嘉和苑6栋2104]]\n联系电话：[[PHONE|020-3829 6175]]',
  ],
  [
    'lab',
    '病理申请单\n病理号：[[MRN|P2611-03362]]　姓名：[[PERSON|褚晓光]]\n送检标本：胃窦黏膜活检2块\n临床诊断：慢性萎缩性胃炎？幽门螺杆菌感染（C13呼气试验DOB 18.6）',
  ],
  [
    'lab',
    '[[PERSON|鞠]]老师，[[PERSON|仲立新]]的HbA1c是6.8%，尿微量白蛋白/肌酐比32mg/g，标本号[[MRN|U26-118774]]，请审核。',
  ],
  [
    'followup',
    '产后访视记录\n产妇：[[PERSON|卓雅琪]]　访视日期：[[DATE|2026年11月10日]]\n地址：[[ADDRESS|厦门市思明区莲前街道前埔二里15号302室]]\n子宫复旧好，恶露少量，母乳喂养。新生儿体重3.9kg，脐带已脱落。\n访视人：[[PERSON|鲍晓梅]]',
  ],
  [
    'followup',
    '电话随访：[[DATE|11月11日]]随访[[PERSON|官德明]]（[[AGE|95]]岁），由其孙女[[PERSON|官思远]]接听，电话[[PHONE|0591 8733 2406]]，老人近一周食欲可，无跌倒。',
  ],
  [
    'consent',
    '输血治疗同意书：患者[[PERSON|阮春生]]，住院号[[MRN|Z26-114093]]。患者本人签字：[[PERSON|阮春生]]，见证人：[[PERSON|麦嘉欣]]（护士），签署日期：[[DATE|2026年11月6日]]。',
  ],
  [
    'transfer',
    '转科交接：[[PERSON|盛凯文]]，男，[[AGE|90]]岁，由急诊科转入老年医学科[[MRN|7]]床，急诊号[[MRN|JZ0009127]]，交接护士：[[PERSON|霍青]]、[[PERSON|童欣怡]]。',
  ],
  [
    'occupational',
    '尘肺病随访：[[PERSON|温铁军]]，原煤矿掘进工，壹期尘肺（J60），家住[[ADDRESS|山西省大同市云冈区口泉乡杨家窑村168号]]，身份证[[ID_CARD|140105198409257560]]为其妻[[PERSON|葛秀芝]]的证件号（代办）。',
  ],
  [
    'admission',
    '现病史：患者[[DATE|2026年11月13日]]晨起出现言语不清，由邻居[[PERSON|石磊]]骑三轮车送至乡卫生院，查NIHSS 6分，转入我院。既往房颤，未规律服用华法林。',
  ],
  [
    'admission',
    '患者信息\n姓名：[[PERSON|诸葛明亮]]　民族：汉\n出生地：[[ADDRESS|浙江省兰溪市诸葛镇]]\n联系电话：[[PHONE|0579 8821 6637]]\n邮箱：[[EMAIL|zgml_lanxi@example.net]]',
  ],
  [
    'transfer',
    '院间转运记录：患者[[PERSON|桑吉才让]]，由玉树州医院转运，身份证[[ID_CARD|630102200301179449]]，救护车牌[[PLATE|青K·0U391]]，随车医生[[PERSON|更藏]]。',
  ],
  [
    'telemedicine',
    '远程会诊申请：[[PERSON|汪]]院长，县医院[[PERSON|赖春华]]（女，56岁），ID号[[MRN|0311457]]，系统性红斑狼疮合并肾损害，会诊链接 [[URL|https://meet.example.org/j/73019256]]，会诊时间[[DATE|11月21日]] 15:00。',
  ],
  [
    'insurance',
    '医疗救助金申请表\n申请人：[[PERSON|储有田]]　身份证号：[[ID_CARD|110105490921153]]\n家庭住址：[[ADDRESS|河北省保定市阜平县龙泉关镇骆驼湾村]]\n救助金额：5,000元\n收款银行卡：[[BANK_CARD|6228 4804 0256 7340 672]]　开户人：[[PERSON|储有田]]\n村委会证明人：[[PERSON|齐长顺]]',
  ],
  [
    'billing',
    '慈善援助项目登记：患儿[[PERSON|柯梓涵]]，急性淋巴细胞白血病（C91.0），监护人[[PERSON|殷小芳]]（母），援助款打入[[BANK_CARD|9559980210352448562]]，材料请发送至[[EMAIL|yinxf_2026@example.com]]。',
  ],
  [
    'billing',
    '住院押金退款：[[PERSON|鲁春妮]]，住院号[[MRN|ZY2610-22871]]，退款至原支付卡[[BANK_CARD|6212-2602-0065-4944-053]]，预计3–5个工作日到账。',
  ],
  [
    'consent',
    '基因检测知情同意：受检者[[PERSON|姬婉婷]]，身份证[[ID_CARD|320106680423048]]，检测项目BRCA1/2胚系突变，报告将以加密邮件发送至[[EMAIL|jiwanting68@example.net]]，受检者签字日期[[DATE|2026年10月27日]]。',
  ],
];

const en: Array<[string, string]> = [
  [
    'discharge',
    'DISCHARGE SUMMARY TO GP\nDear Dr [[PERSON|Kowalczyk]],\nRe: [[PERSON|Bronwyn TUCKETT]]   DOB [[DATE|04/03/1951]]   UR [[MRN|00739152]]\nMedicare: [[INSURANCE_ID|2951 77302 1]]\nAdmitted [[DATE|12/10/2026]] with community-acquired pneumonia (CURB-65 score 2); discharged [[DATE|18/10/2026]] on amoxicillin 1 g TDS to complete 7 days.\nKind regards,\nDr [[PERSON|Lachlan Mabbott]], Advanced Trainee, General Medicine',
  ],
  [
    'referral',
    'To: Sleep Clinic, Westmead\nPatient: [[PERSON|Jarrah Wilkes]], 52M\nAddress: [[ADDRESS|Unit 4, 17 Kurrajong Avenue, Penrith NSW 2750]]\nMobile: [[PHONE|0491 570 156]]\nSnoring, witnessed apnoeas, Epworth 15, BMI 36. Please assess for OSA.\nReferring GP: Dr [[PERSON|Aroha Ngata]]',
  ],
  [
    'community',
    'Community nursing visit, [[DATE|3 Nov 2026]]. Client [[PERSON|Merv Dempsey]] ([[AGE|91]]) lives alone at [[ADDRESS|22 Banksia Street, Mount Gambier SA 5290]]. Leg ulcer dressing changed (Kerlix, compression 2 layer). Daughter [[PERSON|Kirra]] visits Thursdays; her number is [[PHONE|(08) 5550 4127]].',
  ],
  [
    'incident',
    "RiskMan incident report\nDate of incident: [[DATE|21 September 2026]]\nPerson affected: [[PERSON|Desmond O'Shaughnessy]], URN [[MRN|MR4410772]]\nDescription: patient received second dose of enoxaparin 40 mg in error; no bleeding. Reported by RN [[PERSON|Tayla Brooks]].\nIncident ID: 2026-IR-04417",
  ],
  [
    'outpatient',
    'Clinic letter: thank you for seeing [[PERSON|Hunter]] today. He is a 7-year-old with Osgood–Schlatter disease; no red flags. Parents [[PERSON|Sage]] and [[PERSON|Heath Callaghan]] were reassured. Review in 3 months.',
  ],
  [
    'outpatient',
    'Frank haematuria x2 days, no clots. Urine dip: blood 3+, nitrite negative. Prostate smooth, 30 g. Plan: CT urogram and flexible cystoscopy. Differential includes renal cell carcinoma and BPH. ICD-10 R31.0.',
  ],
  [
    'progress',
    'Ward round: [[PERSON|Frank]] says the pain is better today. Black stools yesterday noted by nurse; Hb 92 g/L (from 104). Discussed with Dr [[PERSON|Black]] (gastro) — OGD tomorrow. Pantoprazole 40 mg IV BD.',
  ],
  [
    'admission',
    'ADMISSION NOTE — Toronto\nName: [[PERSON|Geneviève Thibodeau]]\nOHIP: [[INSURANCE_ID|4827 361 905]]\nMRN: [[MRN|T0092817]]\nDOB: [[DATE|1962-08-14]]\nAddress: [[ADDRESS|1187 Rue Saint-Denis, app. 4, Montréal, QC H2X 3J8]]\nPhone: [[PHONE|(514) 555-0127]]\nVisiting her sister in Toronto; presented with cellulitis of the left leg.',
  ],
  [
    'telemedicine',
    'Virtual visit (Zoom for Healthcare) — [[DATE|Nov 14, 2026]]\nPatient: [[PERSON|Priyanka Dhaliwal]], 34F, Surrey BC\nEncounter #: [[MRN|VV-558201]]\nReports 2 weeks of low mood after returning to work postpartum; EPDS 13. No thoughts of self-harm. Plan: CBT referral, review in 2 weeks.\nClinician: [[PERSON|Tomasz Wiśniewski]], NP',
  ],
  [
    'vaccination',
    'Immunization record\nChild: [[PERSON|Mathieu Lavoie-Pelletier]]   DOB: [[DATE|2025-01-22]]\nHealth card: [[INSURANCE_ID|2736 449 180]]\nGiven [[DATE|2026-01-23]]: MMR (lot X7Q42), Varicella (lot V1188), Men-C-C. Next due at 18 months.\nAdministered by [[PERSON|Lucie Gagnon]], RN',
  ],
  [
    'radiology',
    "REQUEST FOR IMAGING\nPatient: [[PERSON|Nurul Izzati binti Kamarudin]]\nMyKad: [[ID_CARD|880412-14-5736]]\nRN: [[MRN|HKL-26-118843]]\nExamination: ultrasound abdomen — RUQ pain, Murphy's sign positive, ALP 210 U/L.\nRequesting doctor: Dr [[PERSON|Kavitha d/o Subramaniam]]",
  ],
  [
    'admission',
    'Patient [[PERSON|Muthu a/l Ramasamy]], 66, rubber tapper from [[ADDRESS|Kampung Sungai Buloh, 47000 Selangor]], admitted with leptospirosis suspected; creatinine 310 µmol/L. Son [[PERSON|Ganesan]] contact [[PHONE|+60 12-738 4501]].',
  ],
  [
    'billing',
    'Deposit refund — Klinik Pakar\nPatient: [[PERSON|Tan Boon Keat]]\nRefund RM 450.00 to account holder [[PERSON|Lim Siew Ling]] (spouse), Maybank account [[BANK_CARD|4532015112699811]].\nContact: [[PHONE|03-7956 2280]]',
  ],
  [
    'admission',
    'A&E record — Queen Elizabeth Hospital\nName: [[PERSON|CHEUNG Wing-yan]] [[PERSON|張詠欣]]\nHKID: [[ID_CARD|Y610725(5)]]\nSex/Age: F/[[AGE|94]]\nAdmission No.: [[MRN|HN26110384(7)]]\nTel: [[PHONE|9347 6120]]\nFall at home, R NOF fracture, Garden III.',
  ],
  [
    'message',
    "Hi Dr [[PERSON|Ho]], this is [[PERSON|Wong Siu-fung]]'s daughter. Mum's follow-up for her warfarin is due but she can't make [[DATE|28 Nov]]. Can we move it? My email is [[EMAIL|wsf.family@example.com]]. Thanks, [[PERSON|Janice]]",
  ],
  [
    'chat',
    "Family group chat\n[[PERSON|Rose]]: Dad's at the Royal again, bed [[MRN|14]] on 7B\n[[PERSON|Will]]: is it the heart again?\n[[PERSON|Rose]]: AF, they're starting apixaban 5mg BD\n[[PERSON|Grace]]: I'll bring his glasses tonight",
  ],
  [
    'chat',
    '[[PERSON|Ivy]]: can someone call the clinic, Nan needs her script for metformin 1000mg\n[[PERSON|Dawn]]: done, they said pick up after 3\n[[PERSON|Ivy]]: legend. her medicare card is in the blue folder',
  ],
  [
    'discharge',
    'Discharge letter\nDear Dr [[PERSON|Pickles]],\nYour patient [[PERSON|Earnest Banks]] (NHS No. [[INSURANCE_ID|485 201 9371]]) was discharged on [[DATE|9 November 2026]] after a TURP. Catheter removed day 2; voiding well. PSA 6.2 — histology pending.\nYours sincerely,\n[[PERSON|Miles Wade]], Urology Registrar',
  ],
  [
    'consent',
    'RESEARCH CONSENT FORM — PREVENT-AF sub-study (protocol v3.0, 1 March 2025)\nParticipant ID: [[MRN|PAF-0219]]\nParticipant name: [[PERSON|Hazel Trevithick]]   Signature: ______   Date: [[DATE|17/06/2026]]\nPerson obtaining consent: [[PERSON|Oluchi Adeyemi-Park]]   Date: [[DATE|17/06/2026]]',
  ],
  [
    'radiology',
    'CT HEAD REQUEST\nName: [[PERSON|PATEL, Rohan]]   MRN: [[MRN|00481277]]   DOB: [[DATE|02 Feb 1939]]\nClinical: fall on apixaban, headache, GCS 15. NICE head-injury criteria met.\nRequester: [[PERSON|Chase]] (FY2), ED',
  ],
  [
    'lab',
    'Specimen No.: [[MRN|SP26-339017]]   Collected: [[DATE|2026-11-19]] 07:40\nPatient: [[PERSON|Aleksander Nowak]]   Ward: Renal\nK+ 6.1 mmol/L (H), Na 134, Creat 412 µmol/L, eGFR 11. Called to Dr [[PERSON|Olusegun]] at 08:05.',
  ],
  [
    'pharmacy',
    'Pharmacy note: [[PERSON|Cash Delaney]] collecting methadone 60 mg daily dose; ID checked (driver licence). Next pick-up [[DATE|Nov 25]]. Batch 4417A, exp 03/2028. Pharmacist: [[PERSON|Sunita Rao]]',
  ],
  [
    'pharmacy',
    'Rx no. [[MRN|R2611-70413]] — amoxicillin/clavulanate 875/125 mg BD x 5 days for [[PERSON|Page Holloway]]. Counselled re: diarrhoea, complete the course. Allergy check: nil known.',
  ],
  [
    'occupational',
    'Occupational health assessment\nEmployee: [[PERSON|Callum McIver]]   Employee no. 004127\nRole: underground miner, Kalgoorlie\nAudiogram: 35 dB notch at 4 kHz bilaterally. Spirometry FEV1/FVC 0.74. Fit for duties with hearing protection.',
  ],
  [
    'occupational',
    'Needlestick follow-up: HCW [[PERSON|Aiyana Whitehorse]] exposed [[DATE|Oct 2]]; source patient HBV/HCV/HIV negative. 6-week bloods due [[DATE|Nov 13]]. Contact via work email [[EMAIL|a.whitehorse@health.example.ca]].',
  ],
  [
    'insurance',
    'Appeal to insurer — Member ID [[INSURANCE_ID|XKQ884710263]]\nMember: [[PERSON|Darnell Okafor]]\nDate of service: [[DATE|08/04/2026]]\nWe request reconsideration of the denial for continuous glucose monitoring (CPT 95250). HbA1c 9.4%, 4 hypoglycaemic episodes documented.\nSubmitted by: [[PERSON|Renee Castillo]], billing, [[PHONE|312-555-0162]]',
  ],
  [
    'insurance',
    'Travel insurance claim: policyholder [[PERSON|Fiona Galbraith]], policy [[INSURANCE_ID|TRV-2026-0093317]], passport [[PASSPORT|LM382917]]. Treated in Chiang Mai for dengue from [[DATE|3 July 2026]] to [[DATE|8 July 2026]]. Home address: [[ADDRESS|14 Thistle Crescent, Dunedin 9010]].',
  ],
  [
    'telemedicine',
    "Telehealth chat transcript\n[[PERSON|Mia Rangi]]: hi is this Dr [[PERSON|Saunders]]?\nDr [[PERSON|Saunders]]: Yes, hi Mia. How is the rash?\n[[PERSON|Mia Rangi]]: spreading a bit, it's itchy not painful\nDr [[PERSON|Saunders]]: Send a photo through the portal and I'll look. Any fever?\n[[PERSON|Mia Rangi]]: no",
  ],
  [
    'telemedicine',
    'Portal audit: user [[ACCOUNT|k.mcleod77]] logged in from [[IP|198.51.100.204]] on [[DATE|2026-11-02]] and downloaded results for [[PERSON|Kenneth McLeod]]. Second login from [[IP|2001:db8:4a1::17]].',
  ],
  [
    'message',
    "Message via portal: hello, I'm [[PERSON|Bilal Chaudhry]], my son [[PERSON|Zayan]] (DOB [[DATE|11/09/2019]]) needs a letter for school about his asthma. You can reach me at [[PHONE|07700 900417]] or [[EMAIL|bilal.c@example.co.uk]].",
  ],
  [
    'outpatient',
    "Rheumatology clinic: 48F with Sjögren's syndrome and Raynaud's. Schirmer 3 mm. Continue hydroxychloroquine 200 mg BD; annual OCT for retinal toxicity. No change.",
  ],
  [
    'progress',
    'Neuro obs: GCS 14 (E3V5M6). Kernig and Brudzinski negative. Romberg not tested. Plan per Dr [[PERSON|Alzahrani]]: LP if CT clear.',
  ],
  [
    'admission',
    'CLERKING\nName: [[PERSON|Adaeze Nwachukwu-Reid]]\nHosp No.: [[MRN|K2209931]]   Bed: [[MRN|11]]\nNOK: [[PERSON|Tobias Reid]] (husband), [[PHONE|+44 7700 900 283]]\nAddress: [[ADDRESS|Flat 2, 48 Albion Road, Leeds LS6 1AE]]\nPC: 36/40, headache and visual disturbance, BP 162/108.',
  ],
  [
    'maternal',
    'Antenatal booking\nName: [[PERSON|Aoife Brennan]]   G2P1\nLMP: [[DATE|14/04/2026]]   EDD: [[DATE|19/01/2027]]\nBooking bloods: Hb 118, blood group O Rh D negative — anti-D at 28/40.\nMidwife: [[PERSON|Niamh Coyle]]   Contact: [[PHONE|087 555 0193]]',
  ],
  [
    'maternal',
    'Postnatal check, day 5: baby [[PERSON|Juniper Okoro]] feeding well, weight 3.21 kg (birth 3.34 kg, -3.9%). Jaundice to chest, SBR 210 µmol/L — below phototherapy line. Mum [[PERSON|Chiamaka]] reassured.',
  ],
  [
    'vaccination',
    'Travel clinic: [[PERSON|Declan Shaughnessy]], passport [[PASSPORT|PX4819265]], travelling to Ghana [[DATE|5 Dec]]. Given yellow fever (batch YF0926), typhoid Vi. Malaria prophylaxis: atovaquone-proguanil.',
  ],
  [
    'vaccination',
    'Flu clinic list, Ward 5: 14 staff vaccinated today; vaccine QIV, lot 2611-QF-08, expiry 06/2027. Adverse events: nil.',
  ],
  [
    'admission',
    'Hong Kong — Prince of Wales Hospital\nPatient: [[PERSON|LEUNG Chun-hei]]\nHKID: [[ID_CARD|R402173(7)]]\nAddress: [[ADDRESS|Flat C, 12/F, Block 3, Sun Chui Estate, Tai Wai]]\nContact: son [[PERSON|LEUNG Ho-yin]] [[PHONE|+852 6482 0915]]',
  ],
  [
    'followup',
    'Post-discharge phone call [[DATE|16/11/2026]]: spoke to [[PERSON|Veronica Pinto]] re: her father [[PERSON|Agostinho Pinto]] ([[AGE|97]]). Eating better, no further falls. Physio booked. Called [[PHONE|(416) 555-0143]].',
  ],
  [
    'followup',
    'Heart failure nurse follow-up: [[PERSON|Gwen Ellery]] weight 71.4 kg (dry weight 70). Furosemide 40 mg mane. NYHA II. Next call in 1 week.',
  ],
  [
    'referral',
    "Dear Colleague,\nRe: [[PERSON|Liam Fitzgerald]] (DOB [[DATE|30.05.1987]]), [[ADDRESS|9 Harbour View Lane, Cobh, Co. Cork P24 K2X3]]\nI would be grateful if you could see this man with suspected Ménière's disease. Epley manoeuvre unhelpful.\nDr [[PERSON|Eimear Lynch]]",
  ],
  [
    'referral',
    'Referral — Paediatrics, KK Hospital\nChild: [[PERSON|Aisyah Rahman]]   NRIC: [[ID_CARD|T1938472H]]\nParent: [[PERSON|Rahman bin Yusof]]   HP: [[PHONE|+65 9123 0487]]\nReason: faltering growth, weight < 3rd centile.',
  ],
  [
    'nursing',
    'Handover 0700: bed [[MRN|3]] Mr [[PERSON|Reg Summers]], summer-camp cook, NBM for lap chole since midnight; bed [[MRN|4]] [[PERSON|Delphine Marchetti]] on Tenckhoff PD, exchanges 4x/day.',
  ],
  [
    'nursing',
    'Falls risk reassessment: Morse score 55 (high). Bed rails up, low bed, call bell within reach. Hourly rounding. Family informed.',
  ],
  [
    'lab',
    "HISTOPATHOLOGY\nLab No.: [[MRN|H26-08812]]   Received: [[DATE|10 Nov 2026]]\nPatient: [[PERSON|O'HALLORAN, Bridget]]\nSpecimen: sigmoid colon. Diagnosis: adenocarcinoma, pT3 N1a; 1/18 nodes. MMR proteins retained.",
  ],
  ['billing', 'Payment received: £35.00 for medical report, card ending 4471, ref 00982. Thank you.'],
  [
    'billing',
    'Patient account statement\nAccount holder: [[PERSON|Wilhelmina de Vries]]\nPatient account #: [[MRN|PA-7730194]]\nBalance due: CAD 120.00 (ambulance fee)\nPay online at [[URL|https://pay.example.ca/acct/7730194]] or by card [[BANK_CARD|5425 2334 3016 6390]] on file.',
  ],
  [
    'message',
    "Hey it's [[PERSON|Brooke]] from the diabetes group — my CGM readings are on [[URL|share.example.com/u/brooke_h]]. Can you look before my appointment on [[DATE|Dec 3]]? Insta is [[ACCOUNT|@brooke.bakes.bread]] if that's easier lol",
  ],
  [
    'dialogue',
    'Nurse: Full name please?\nPatient: [[PERSON|Ngaire Pōmare]].\nNurse: Date of birth?\nPatient: [[DATE|twelfth of March 1958]].\nNurse: Any allergies?\nPatient: Penicillin — hives.',
  ],
  [
    'dialogue',
    'Doctor: How old is your grandmother?\nGrandson: She turned [[AGE|ninety-eight]] in August.\nDoctor: And her name?\nGrandson: [[PERSON|Lakshmi Venkataraman]]. We call her Paati.\nDoctor: Is she on any blood thinners?\nGrandson: Just aspirin 75.',
  ],
  [
    'admission',
    "ED triage: [[PERSON|Tyson Blackwood]], 19M, brought by friend [[PERSON|Kobe Nguyen]] after a fall from skateboard. Car rego [[PLATE|1XY 9ZT]] parked in ambulance bay — security notified. Wrist deformity, Colles' type.",
  ],
  [
    'incident',
    'Security incident log: visitor vehicle [[PLATE|WXY 4821]] belonging to [[PERSON|Hafiz bin Osman]] blocked the helipad access road on [[DATE|14 Oct 2026]]. Driver moved the car when asked.',
  ],
  [
    'outpatient',
    "Memory clinic: [[PERSON|Cornelius Abernathy]], [[AGE|90]], MoCA 18/30. Likely Alzheimer's disease (ICD-10 G30.1). Lives with wife [[PERSON|Dorothy]] at [[ADDRESS|318 Glenferrie Road, Malvern VIC 3144]]. Started donepezil 5 mg nocte.",
  ],
  [
    'outpatient',
    'Skin clinic: 3 mm pigmented lesion L shoulder, dermoscopy benign pattern. Patient reassured. Photograph stored. No follow-up needed.',
  ],
  [
    'followup',
    'Missed appointment letter: Dear Mr [[PERSON|Xu Haoran]], you missed your diabetic eye screening on [[DATE|22 October 2026]]. Please call [[PHONE|0161 496 0732]] to rebook.',
  ],
  [
    'transfer',
    'Inter-hospital transfer: [[PERSON|Ramón de la Peña]], IHT ref [[MRN|IHT-26-4471]], from Rural Health Centre Cobar to Dubbo Base ICU. DKA, pH 7.02. Retrieval team: Dr [[PERSON|Imogen Fairclough]].',
  ],
  [
    'transfer',
    'Transfer summary — patient [[PERSON|Yerlan Abenov]], Kazakh national, passport [[PASSPORT|N18274093]], flown from Almaty; stayed at [[ADDRESS|Room 1207, Harbour Plaza Hotel, 20 Tak Fung Street, Hung Hom]]. STEMI, PCI to LAD.',
  ],
  [
    'community',
    'Remote area nurse note, [[DATE|6/11/2026]]: [[PERSON|Jedda Tjampitjinpa]] reviewed at the clinic; RHD, on benzathine penicillin 1.2 MU IM every 28 days — dose given. Next due [[DATE|4/12/2026]].',
  ],
  [
    'community',
    'Home visit: [[PERSON|Ingrid Solberg]] (88) and husband [[PERSON|Arne]] ([[AGE|92]]), [[ADDRESS|RR 2, Site 7, Box 14, Gimli, MB R0C 1B0]]. Both independent with ADLs. Smoke alarm checked.',
  ],
  [
    'progress',
    "Day 3 post-op: [[PERSON|Bill]] mobilising with frame. The bill for the TKR implants went to finance. Wound clean, staples intact, Homans' sign negative.",
  ],
  [
    'admission',
    'Patient details (Kuala Lumpur)\nName: [[PERSON|Lee Mei Xin]]\nMyKad: [[ID_CARD|920615-10-5482]]\nAddress: [[ADDRESS|No. 12, Jalan SS 2/24, 47300 Petaling Jaya, Selangor]]\nEmail: [[EMAIL|leemx92@example.com.my]]\nPhone: [[PHONE|+60 16-224 8890]]',
  ],
  [
    'admission',
    'Patient registration — Chinese national visiting family in Vancouver\nName: [[PERSON|Zhou Guilan]] 周桂兰\nResident ID (PRC): [[ID_CARD|510104195803149794]]\nPassport: [[PASSPORT|EJ7739102]]\nStaying at: [[ADDRESS|5521 Fraser Street, Vancouver, BC V5W 2Z2]]',
  ],
  [
    'radiology',
    "MRI lumbar spine request\nPatient: [[PERSON|Siddharth Menon]]   Accession: [[MRN|ACC2611-90417]]\nSciatica L5, no saddle anaesthesia, bladder normal. Implant check: no pacemaker; MR-conditional.\nRequested by Dr [[PERSON|Menon]] (the patient's cousin, [[PERSON|Anjali Menon]], GP).",
  ],
  [
    'radiology',
    'Echo report header\nStudy ID: [[MRN|E26-03318]]   Date: [[DATE|2026-11-08]]\nName: [[PERSON|Hollis Pemberton]]   Age: [[AGE|99]]\nAortic stenosis severe (AVA 0.7 cm²), LVEF 55%.',
  ],
  [
    'message',
    "From: [[EMAIL|sophie.arsenault@example.org]]\nTo: clinic\nHi, I need to reschedule my daughter [[PERSON|Camille]]'s allergy test. She is available after [[DATE|January 8]]. Her health card is [[INSURANCE_ID|1190 582 337]]. — [[PERSON|Sophie Arsenault]]",
  ],
  [
    'message',
    'Text from patient: hi its [[PERSON|Jaxon]] again, the cut on my hand looks ok now, do i still need the stitches out on friday? my new number is [[PHONE|0491 572 665]]',
  ],
  [
    'consent',
    'Consent for procedure: colonoscopy ± polypectomy. Risks explained: perforation 1:1000, bleeding 1:100. Patient [[PERSON|Rupert Aldridge-Finch]] consents. Interpreter not required. Clinician: [[PERSON|Yusra Haddad]]. [[DATE|19 Nov 2026]]',
  ],
  [
    'pharmacy',
    'Webster-pak request for [[PERSON|Noela Finnegan]], [[ADDRESS|Room 14, Banksia Lodge, 3 Wattle Close, Ballarat VIC 3350]]: atorvastatin 40 mg, metoprolol 47.5 mg, apixaban 2.5 mg BD. Doctor: [[PERSON|Harjit Sandhu]]. Bank transfer to pharmacy by card [[BANK_CARD|4916 3385 0692 2946]].',
  ],
  [
    'billing',
    'Direct debit form\nAccount name: [[PERSON|Rangi Parata]]\nCard: [[BANK_CARD|3566 0020 2040 4683]]\nReason: NZ$ 65 GP consultation fees, monthly.',
  ],
  [
    'lab',
    'Newborn screening card\nBaby of [[PERSON|Ashleigh Kealy]]   Card no. [[MRN|NBS-26-771402]]\nDOB: [[DATE|15/11/2026]]   Collected: [[DATE|17/11/2026]] 10:20\nResult: TSH, PKU, CF, galactosaemia — all screen negative.',
  ],
  [
    'chat',
    "WhatsApp — Tan family\n[[PERSON|Tan Wei Jie]]: Ah Ma's bp 168/92 this morning\n[[PERSON|Tan Hui Min]]: still taking the amlodipine 10?\n[[PERSON|Tan Wei Jie]]: ya. clinic appt [[DATE|2 Dec]] at Bukit Batok polyclinic\n[[PERSON|Tan Hui Min]]: ok I bring her",
  ],
  [
    'dialogue',
    "Receptionist: Can I confirm your phone number?\nPatient: It's [[PHONE|oh-four-nine-one, five-seven-nine, two-one-two]].\nReceptionist: And email?\nPatient: [[EMAIL|rhys.whitlam@example.net]]",
  ],
  [
    'discharge',
    'Discharge summary\nPatient: [[PERSON|Hemi Walker]]   NHI: [[INSURANCE_ID|ZAC4471]]\nAdmitted [[DATE|1 November 2026]], discharged [[DATE|4 November 2026]].\nDiagnosis: cellulitis R leg. Flucloxacillin 500 mg QID x 5 days.\nGP: Dr [[PERSON|Ruth Tamihana]]',
  ],
  [
    'occupational',
    'Pre-employment health screen (Sarawak)\nName: [[PERSON|Jong Ah Kow]]   IC: [[ID_CARD|790228-13-5119]]\nPosition: palm oil mill boiler operator\nBP 138/86, BMI 27.4, urine drug screen negative. Fit.\nExaminer: Dr [[PERSON|Sabariah binti Hassan]]',
  ],
  [
    'incident',
    'Medication incident: [[PERSON|Clementine Ashby]] ([[AGE|93]]) received insulin glargine 20 units instead of 12 on [[DATE|7 Nov 2026]]; BSL 3.1 at 0600, treated. Nurse [[PERSON|Mercy Otieno]] reported; NUM [[PERSON|Gareth Pryce]] informed. Pump model and lot numbers not applicable.',
  ],
  [
    'discharge',
    "GP letter (Hong Kong)\nDear Dr [[PERSON|Lau]],\nMs [[PERSON|Chan Mei-ling]], HKID [[ID_CARD|P915038(6)]], was discharged on [[DATE|12 Nov 2026]] after an episode of Bell's palsy treated with prednisolone. Please arrange a home visit to [[ADDRESS|Flat 8, 23/F, Tower 2, Lohas Park, Tseung Kwan O]] if she cannot attend clinic.\nDr [[PERSON|Kwok Tsz-ching]]",
  ],
  [
    'admission',
    'Rural clinic, Alberta\nName: [[PERSON|Wapun Cardinal]]   AHCIP: [[INSURANCE_ID|51873-2049]]\nDOB [[DATE|1977-03-09]]. Lives at [[ADDRESS|Box 288, Wabasca, AB T0G 2K0]]. Phone [[PHONE|780-555-0118]].\nPresents with productive cough x 3 wk, TB screen requested.',
  ],
  [
    'progress',
    'Renal ward round: K 5.8 mmol/L, urea 24, bicarbonate 17. Continue sodium bicarbonate 1 g TDS, low-potassium diet. Fistula thrill present. Plan dialysis Monday.',
  ],
  [
    'billing',
    'Student health clinic, Melbourne: [[PERSON|Shen Yutong]] (international student, OSHC policy [[INSURANCE_ID|OS-55120937]]) paid the gap fee by UnionPay card [[BANK_CARD|6225 8801 3743 6912]]. Receipt emailed to [[EMAIL|shenyt.melb@example.edu]].',
  ],
  [
    'insurance',
    'Claim form — Employer: n/a\nInsured: [[PERSON|Marguerite Ouellet]]\nReimburse to: RBC account, card [[BANK_CARD|5438 7120 0941 7529]]\nContact: [[EMAIL|m.ouellet@example.ca]], [[PHONE|+1 418 555 0171]]',
  ],
];

export function generateDeidHoldout3(): LabelledRecord[] {
  return holdoutRecords('h3', zh, en);
}

export const DEID_HOLDOUT_3_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/labelled/deid-holdout-3.jsonl',
);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const records = generateDeidHoldout3();
  writeFileSync(DEID_HOLDOUT_3_PATH, renderJsonl(records));
  console.log(`wrote ${records.length} records to ${DEID_HOLDOUT_3_PATH}`);
}
