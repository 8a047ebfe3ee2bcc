import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { holdoutRecords, type LabelledRecord, renderJsonl } from './generate-deid.ts';

/**
 * The ROUND-4 fresh held-out de-identification set (data/labelled/deid-holdout-4.jsonl): hand-written
 * snippets with hand-placed spans, marked inline as [[TYPE|text]] (parseMarked strips the marks and
 * records UTF-16 offsets). Written by a separate annotator who did not read the recognizer code and
 * never ran a recognizer on these snippets; it must not be used to tune the recognizers.
 *
 * New settings compared with rounds 1-3: hospice and palliative care, haemodialysis and peritoneal
 * dialysis units, psychiatric wards and crisis lines, dental and orthodontic clinics, optometry and
 * low-vision clinics, rehabilitation, ICU handovers, blood donation, organ and tissue donation, home
 * nursing and home health, prison and custody health, school and university health, military and veteran
 * care, cross-border patients from Macau, Taiwan and Hong Kong, care homes, pharmacy refill chats, medical
 * tourism (Japan, Thailand, India, Turkey, Malaysia, Mexico), ambulance run sheets, forensic, injury and
 * insurance examinations; tables written as text, OCR-like spacing and character confusions, full-width
 * digits, Traditional Chinese, mixed Chinese-English notes and long copied-forward notes.
 *
 * Identifiers are synthetic: resident IDs carry a valid GB 11643 check character and a sex digit
 * consistent with the stated sex (15-digit IDs likewise), bank cards a valid Luhn digit, HKIDs, the
 * Singapore NRIC and the Taiwan IDs a valid check character, NHS numbers their modulus-11 digit, Medicare
 * numbers their check digit, the NZ NHIs and the BC PHN their check digit. Phones use random mainland,
 * Macau, Taiwan, Hong Kong and other numbers or fictional ranges (North American 555-01xx, UK 07700 900xxx,
 * 01632 960xxx, 0113/0117/0161 496 0xxx and 020 7946 0xxx, Australian 0491 570/572 xxx and (03) 5550 xxxx);
 * mail and web hosts are example.*; IP addresses come from the documentation ranges.
 *
 * Span conventions are those of data/labelled/deid-holdout-2.card.yaml and deid-holdout-3.card.yaml; the
 * decisions new in this round are in data/labelled/deid-holdout-4.card.yaml.
 */
const zh: Array<[string, string]> = [
  [
    'hospice',
    '安宁疗护病房入院评估\n患者：[[PERSON|欧阳秀兰]]　女　[[AGE|93]]岁　住院号：[[MRN|AN2026-00417]]　[[MRN|6]]床\n身份证号：[[ID_CARD|610113193302217745]]\n家庭住址：[[ADDRESS|陕西省西安市雁塔区小寨东路126号3号楼2单元601室]]\n诊断：胰腺癌晚期（C25.0）伴多发肝转移。PPS 30%，NRS疼痛评分6分，吗啡缓释片30mg q12h。\n主要照护者：长子[[PERSON|欧阳建国]]，电话[[PHONE|139 9180 2764]]。患者本人意愿：不行气管插管及心肺复苏，已签署预立医疗照护计划。',
  ],
  [
    'hospice',
    '家庭会议记录　[[DATE|2026年11月9日]] 15:00\n参会：患者[[PERSON|司马德厚]]之女[[PERSON|司马婉清]]、女婿[[PERSON|林涛]]、社工[[PERSON|甘露]]、主管医生[[PERSON|卓]]医生\n共识：停用甘露醇及静脉营养，以舒适照护为主；如出现呼吸困难予吗啡2.5mg皮下注射，喉间痰鸣予东莨菪碱贴。家属希望老人在家中离世，已联系社区居家安宁团队。',
  ],
  [
    'hospice',
    '死亡记录\n姓名：[[PERSON|诸葛春生]]　性别：男　年龄：[[AGE|96]]岁\n住院号：[[MRN|0070553]]　入院日期：[[DATE|2026-10-28]]\n死亡时间：[[DATE|2026-11-20]] 04:15\n死亡原因：多器官功能衰竭；直接死因：肺部感染（J18.9）。\n孙女[[PERSON|诸葛慧]]在场，遗体由殡仪馆接走。\n记录医生：[[PERSON|阚立新]]',
  ],
  [
    'hospice',
    '居家安宁访视（第4次）\n地址：[[ADDRESS|佛山市顺德区大良街道云路社区新桂路13号之2]]\n[[PERSON|冼]]伯今日嗜睡，呼之能应，进食几口米糊。芬太尼透皮贴25μg/h，第3天更换。骶尾部皮肤发红未破。\n老伴[[PERSON|岑玉好]]讲夜里佢成日喊口干，已教佢用棉签湿润口腔。\n护士：[[PERSON|谭晓彤]]　下次访视：[[DATE|11月25日]]',
  ],
  [
    'hospice',
    '哀伤随访电话记录\n逝者：[[PERSON|章淑琴]]（住院号[[MRN|2025-118376]]，[[DATE|2026年8月3日]]病逝）\n来电对象：丈夫[[PERSON|戴永年]]，[[AGE|90]]岁，独居。\n老人诉睡眠差、食欲下降，能规律服用氨氯地平5mg qd，无消极言语，PHQ-9 8分。已转介社区心理志愿者[[PERSON|尤佳琪]]每周上门一次。',
  ],
  [
    'hospice',
    '安宁病房家属陪护车辆登记\n患者：[[PERSON|龚秋月]]　[[MRN|17]]床\n陪护人：[[PERSON|龚立平]]（儿子）　车牌号：[[PLATE|湘A 3M7R2]]\n陪护人：[[PERSON|龚立红]]（女儿）　车牌号：[[PLATE|湘A·F09168]]\n临终期家属可24小时进出，凭此登记免收停车费。',
  ],
  [
    'dialysis',
    '血液透析排班表（一三五上午）\n机号  姓名          透析号      通路            干体重\n03    [[PERSON|鞠桂芝]]        [[MRN|HD-0215]]     左前臂AVF       52.5kg\n07    [[PERSON|帅永福]]        [[MRN|HD-0388]]     右颈内长期导管  68.0kg\n11    [[PERSON|仝玉梅]]        [[MRN|HD-0142]]     左前臂AVF       47.0kg\n14    [[PERSON|阿布都·热合曼]]  [[MRN|HD-0503]]     右前臂AVG       61.5kg\n责任护士：[[PERSON|庹小燕]]',
  ],
  [
    'dialysis',
    '血透患者停车优惠登记\n患者：[[PERSON|逯长海]]　透析号：[[MRN|HD-0467]]\n车牌：[[PLATE|鲁B·7Q3K5]]　接送家属：女儿[[PERSON|逯冬梅]]　[[PHONE|15864023719]]\n停车证有效期至2027年3月31日，遗失请到血透室前台补办。',
  ],
  [
    'dialysis',
    '腹膜透析居家随访\n[[DATE|11月14日]] 电话随访[[PERSON|缪春兰]]（腹透号[[MRN|PD-2019-031]]）\n本周超滤量平均650ml/日，1.5%葡萄糖腹透液2L×4袋。出口处无红肿渗液。Kt/V 1.8，血钾4.1mmol/L。\n患者诉昨日透出液稍浑浊，已嘱留取标本送检，并通知腹透护士[[PERSON|易安]]明早家访。',
  ],
  [
    'dialysis',
    '透析中并发症记录\n[[DATE|2026-11-17]]　[[MRN|9]]床　[[PERSON|欧水生]]\n上机2小时后诉头晕、出冷汗，BP 78/45mmHg，暂停超滤，生理盐水200ml快速静滴，头低足高位，15分钟后BP 104/62mmHg，指尖血糖5.6mmol/L。\n本次超滤目标由3.2kg下调至2.5kg，下次透析前复评干体重。\n处理医生：[[PERSON|柴]]医生　护士：[[PERSON|饶美玉]]',
  ],
  [
    'dialysis',
    '大病医疗救助申请（尿毒症维持性透析）\n申请人：[[PERSON|秦大江]]　身份证号：[[ID_CARD|360102197906140256]]\n户籍地址：[[ADDRESS|江西省南昌市东湖区墩子塘街道八一大道357号7栋2单元401室]]\n医保卡号：[[INSURANCE_ID|36010294873]]\n救助金发放账户：[[BANK_CARD|6228 4836 4638 4674 112]]（中国农业银行）\n本年度自付透析费用合计41,386.50元。',
  ],
  [
    'psychiatry',
    '精神科住院知情同意（非自愿住院）\n患者：[[PERSON|上官逸飞]]　男　27岁　住院号：[[MRN|JS26-1187]]\n监护人：父亲[[PERSON|上官宏]]　身份证号：[[ID_CARD|510107197211303151]]\n住址：[[ADDRESS|四川省成都市武侯区玉林北路18号附3号2栋1单元402]]\n送诊原因：近两周言语凌乱，称被"天网"监视，持刀威胁邻居。BPRS 58分。',
  ],
  [
    'psychiatry',
    '保护性约束观察记录\n[[DATE|11月18日]] 22:10　[[MRN|13]]床[[PERSON|乌兰其其格]]（女）情绪激越，拒服奥氮平，反复撞门。遵医嘱予氟哌啶醇5mg im，四肢保护性约束。\n22:40 约束部位皮肤完好，末梢循环好。\n23:30 入睡，解除约束。值班护士：[[PERSON|郏文娟]]、[[PERSON|沙莉]]',
  ],
  [
    'psychiatry',
    '心理咨询预约单\n来访者[[PERSON|闵悦]]，女，19岁，大二学生，焦虑、失眠半年，GAD-7 15分。\n希望周六上午面询，微信号[[ACCOUNT|minyue_0307]]。\n紧急联系人：母亲[[PERSON|葛红]]（[[PHONE|186-0571-2398]]）。',
  ],
  [
    'psychiatry',
    '精神科门诊复诊\nID号：[[MRN|0009128834]]　姓名：[[PERSON|元朗]]　男　35岁\n双相情感障碍Ⅰ型，目前缓解期。碳酸锂0.25g tid，血锂0.82mmol/L，TSH 5.6mIU/L。情绪平稳，每晚睡6小时。\n下次复诊前查肾功能、甲功。医生：[[PERSON|钟情]]',
  ],
  [
    'psychiatry',
    '封闭病区探视登记\n日期    患者      探视人    关系  证件号\n[[DATE|11-22]]   [[PERSON|伍一鸣]]    [[PERSON|伍建设]]    父子  [[ID_CARD|430104196808122114]]\n[[DATE|11-22]]   [[PERSON|蒲公英]]    [[PERSON|陶金凤]]    母女  [[ID_CARD|430104197403059385]]\n探视须知：不得携带打火机、绳带、玻璃制品。',
  ],
  [
    'psychiatry',
    '心理测评结果解读：SCL-90总分186，阳性项目数52，躯体化因子2.8，强迫因子3.1；SDS标准分62，提示中度抑郁；HAMA 21分。建议结合临床访谈，两周后复测。本报告仅供临床参考，不作为诊断依据。',
  ],
  [
    'dental',
    '口腔科门诊病历\n姓名：[[PERSON|谯明轩]]　门诊号：[[MRN|KQ20261105033]]\n主诉：右下后牙冷热刺激痛2周。\n检查：46远中深龋，叩（±），冷测敏感，探诊疼痛。全景片号：[[MRN|PX-889012]]\n处置：46间接盖髓+树脂充填，1周后复查。\n医师：[[PERSON|钮佳]]',
  ],
  [
    'dental',
    '隐形矫治分期付款协议\n甲方（患者）：[[PERSON|宇文静怡]]　身份证号：[[ID_CARD|420106200305196605]]\n扣款银行卡：[[BANK_CARD|6217 0017 7838 9547 047]]（中国建设银行武汉洪山支行）\n疗程费用32,800元，分12期，每期2,733.33元。\n签约日期：[[DATE|2026年11月21日]]',
  ],
  [
    'dental',
    '儿童口腔预约确认\n小朋友：[[PERSON|司徒乐乐]]（4岁）　家长：[[PERSON|司徒嘉俊]]\n就诊时间：[[DATE|2026年11月28日]] 14:30　项目：窝沟封闭（55、65、75、85）\n请提前在线填写健康问卷：[[URL|https://kids-dental.example.cn/q?c=STLL1128]]\n家长微信：[[ACCOUNT|stjj_1988]]',
  ],
  [
    'dental',
    '拔牙知情同意书\n患者：[[PERSON|鲜于文博]]　病历号：[[MRN|KQ-0287713]]\n拟拔除38（近中低位阻生）。术前INR 1.1，已停阿司匹林7天（心内科会诊同意）。\n可能风险：下牙槽神经损伤致下唇麻木、干槽症、邻牙损伤等，已向患者说明。\n患者签名：[[PERSON|鲜于文博]]　日期：[[DATE|2026.11.21]]\n医师：[[PERSON|蓝天]]',
  ],
  [
    'optometry',
    '验光配镜处方\n姓名：[[PERSON|石磊]]　年龄：12岁　档案号：[[MRN|YG-07732]]\n       球镜    柱镜    轴位   矫正视力\nOD    -3.25   -0.75   175    1.0\nOS    -2.75   -0.50   5      1.0\n瞳距62mm，角膜曲率K1 43.25D，眼轴OD 24.86mm。\n验光师：[[PERSON|赫连芳]]　复查时间：[[DATE|2027年5月]]',
  ],
  [
    'optometry',
    '角膜塑形镜复查提醒：[[PERSON|路遥]]家长您好，孩子本次眼轴24.31mm，较半年前增长0.08mm，镜片配适良好，角膜无着色。下次复查[[DATE|12月20日]]上午，请带好镜盒和护理液。如需改约请回复本短信。家长登记电话：[[PHONE|137 5718 2604]]',
  ],
  [
    'optometry',
    '糖尿病视网膜病变筛查报告\n姓名：[[PERSON|车晓峰]]　筛查编号：[[MRN|DR-SZ-26-04417]]\n右眼：中度非增殖期（R2），可见微血管瘤及点片状出血；左眼：轻度（R1）。黄斑未见水肿。\n建议3个月内转眼科行OCT及荧光素眼底血管造影。\n阅片：[[PERSON|景]]医师（远程）',
  ],
  [
    'rehab',
    '康复科评定记录\n[[PERSON|东方晓]]，男，58岁，脑梗死后右侧偏瘫2月。住院号：[[MRN|KF0031456]]\nFugl-Meyer上肢32分，Brunnstrom上肢Ⅲ期、手Ⅱ期、下肢Ⅳ期，Barthel指数45分，MMSE 26分，洼田饮水试验2级。\n治疗师：PT [[PERSON|韩冬]]，OT [[PERSON|龙井]]',
  ],
  [
    'rehab',
    '辅助器具适配申请表\n申请人：[[PERSON|佟玉琴]]　身份证号：[[ID_CARD|210102380919342]]\n户籍地址：[[ADDRESS|沈阳市和平区南京南街7段3里11号]]\n残疾类别：肢体二级　申请器具：轮椅（18寸）、坐便椅\n代办人：[[PERSON|佟]]先生（侄子），[[PHONE|024-2386 7710]]',
  ],
  [
    'rehab',
    '心脏康复运动处方\n[[PERSON|莫怀远]]，男，61岁，前降支支架植入术后4周，康复编号[[MRN|CR-0093]]。\n6MWT 432m，峰值摄氧量18.6ml/kg/min，靶心率108次/分，Borg 12–13。\n每周3次功率车30分钟，运动前后测血压。运动治疗师：[[PERSON|苗苗]]',
  ],
  [
    'rehab',
    '残疾人专用停车位申请\n申请人：[[PERSON|骆一帆]]（脊髓损伤T10，轮椅使用者）\n身份证号：[[ID_CARD|350203199411264811]]\n车牌号：[[PLATE|闽D·K5268]]（手动挡改装）\n联系电话：[[PHONE|136 9591 4073]]',
  ],
  [
    'icu',
    'ICU交班 [[DATE|11/19]] 夜班→白班\n[[MRN|5]]床 [[PERSON|皇甫志强]] M 64 重症胰腺炎D3，去甲0.2μg/kg/min，CRRT中，乳酸3.1↓，腹内压18mmHg，夜间尿量5ml/h。\n[[MRN|8]]床 [[PERSON|马阿依莎]] F 45 ARDS俯卧位第2天，P/F 112，PEEP 14，RASS -4。\n[[MRN|12]]床 [[PERSON|杨柳]] F 71 CABG术后POD1，已拔管，鼻导管3L，纵隔引流50ml/h血性，需警惕。\n交班：[[PERSON|封磊]]　接班：[[PERSON|田馨]]',
  ],
  [
    'icu',
    'ICU家属沟通记录\n[[DATE|11月21日]] 16:00，与[[MRN|3]]床患者[[PERSON|令狐慧敏]]之丈夫[[PERSON|乔振宇]]沟通：患者感染性休克第4天，去甲肾上腺素已减量，乳酸2.0mmol/L，仍需有创通气，预计本周内尝试自主呼吸试验。家属表示理解，同意继续目前治疗。\n沟通医生：[[PERSON|申屠斌]]　家属签字：[[PERSON|乔振宇]]',
  ],
  [
    'icu',
    '转科交接单\n患者：[[PERSON|努尔兰·哈布都拉]]　男　52岁　住院号：[[MRN|1187220]]\n由ICU [[MRN|7]]床转入心内科CCU [[MRN|21]]床。诊断：急性前壁心肌梗死PCI术后，心源性休克已纠正，IABP已撤除，多巴胺已停。\n交接护士：[[PERSON|芦苇]]→[[PERSON|邴佳宁]]',
  ],
  [
    'blood-donation',
    '无偿献血登记表\n献血者：[[PERSON|仇海燕]]　性别：女　出生日期：[[DATE|1989-02-14]]\n证件号码：[[ID_CARD|440106198902147389]]\n献血码：[[MRN|0326110700214]]　ABO：O型　RhD：阳性\n献血前血红蛋白128g/L，本次全血400ml。采血护士：[[PERSON|贝]]护士',
  ],
  [
    'blood-donation',
    '【市中心血站】[[PERSON|敖]]先生，感谢您于[[DATE|10月26日]]捐献单采血小板2个治疗量。机采血小板最短间隔为2周。您的献血证号[[MRN|粤440100-2026-0835127]]，可在"广东献血"小程序查询检测结果。',
  ],
  [
    'blood-donation',
    '献血后回告记录\n献血者：[[PERSON|桑海波]]　献血码：[[MRN|3200126110503877]]\n[[DATE|11月8日]]献血后第3天来电：献血前一周曾服用非那雄胺1mg，请求不使用本次血液。已通知成分科隔离该次采集的全部成分，并告知下次献血需停药满1个月。\n回告人电话：[[PHONE|177 2651 3098]]　接听：[[PERSON|温柔]]',
  ],
  [
    'organ-donation',
    '人体器官捐献协调记录\n潜在捐献者：[[PERSON|滕子豪]]，男，19岁，车祸致重型颅脑损伤，住院号[[MRN|2611074]]，ICU [[MRN|3]]床。\n脑死亡判定：首次[[DATE|11月16日]] 10:30，复判[[DATE|11月17日]] 10:40，均符合标准。\n家属：父亲[[PERSON|滕国栋]]、母亲[[PERSON|柏雪梅]]，同意捐献肝脏、双肾及眼角膜。\n签署人：[[PERSON|滕国栋]]　见证人：协调员[[PERSON|吉克阿依]]（工号OPO-0417）',
  ],
  [
    'organ-donation',
    '亲属活体肾移植术前评估\n受者：[[PERSON|鄂婷]]，女，32岁，尿毒症维持血透2年，住院号[[MRN|Y2605329]]\n供者：母亲[[PERSON|蓝凤英]]，56岁，身份证号[[ID_CARD|450102197003101020]]\nHLA配型3/6错配，群体反应性抗体0%，供者eGFR 96ml/min/1.73m²，双肾CTA未见异常。\n伦理委员会审批号LL-2026-118，拟[[DATE|12月2日]]手术。',
  ],
  [
    'organ-donation',
    '器官捐献者家庭人道救助发放表\n捐献者：[[PERSON|湛小川]]（[[DATE|2026年10月30日]]完成捐献）\n领取人：母亲[[PERSON|符秀芬]]　身份证号：[[ID_CARD|460106197102086505]]\n收款银行卡：[[BANK_CARD|6236681734471794648]]\n救助金额：人民币贰万元整。经办人：[[PERSON|卜]]',
  ],
  [
    'home-nursing',
    '"互联网+护理服务"上门工单\n服务对象：[[PERSON|仲秋菊]]　[[AGE|90]]岁\n地址：[[ADDRESS|浙江省杭州市西湖区古荡新村西区14幢2单元303室]]（门禁密码#4518，钥匙在门口鞋柜第二层）\n服务项目：PICC维护、骶尾部压疮换药（Ⅲ期，3×4cm）\n联系人：女儿[[PERSON|花蕾]]　[[PHONE|135-8521-0946]]\n上门护士：[[PERSON|岳晴]]　到达09:40　离开10:35',
  ],
  [
    'home-nursing',
    '家庭病床建床记录\n患者：[[PERSON|酆德明]]　身份证号：[[ID_CARD|320102420605377]]\n家庭病床号：[[MRN|JT-2026-0093]]\n住址：[[ADDRESS|南京市玄武区珠江路88号3栋1102室]]\n建床日期：[[DATE|2026年10月30日]]　诊断：脑梗死后遗症，2型糖尿病（E11.9）\n责任医生：[[PERSON|全]]医生，每周查床2次；门冬胰岛素早8U、晚6U。',
  ],
  [
    'school',
    '校医室就诊登记（[[DATE|11月12日]]）\n三年级（2）班[[PERSON|雷雨]]，男，9岁，体育课跌倒致右腕肿痛，局部冰敷、夹板临时固定，已通知家长[[PERSON|宁]]女士（[[PHONE|158 0731 6624]]）来校接回拍片。\n校医：[[PERSON|柯]]老师',
  ],
  [
    'school',
    '学生体检异常汇总（节选）\n姓名        性别  年龄  项目    结果\n[[PERSON|宋雨桐]]      女    10    视力    左0.6 右0.8\n[[PERSON|包容]]        男    11    BMI     24.3（肥胖）\n[[PERSON|尼玛次仁]]    男    10    血压    118/76mmHg\n[[PERSON|覃可欣]]      女    10    脊柱    前屈试验阳性\n体检医生：[[PERSON|苟晓霞]]',
  ],
  [
    'custody',
    '监狱医院门诊记录\n姓名：[[PERSON|危建华]]　男　46岁　病历号：[[MRN|JY-3310-0421]]\n主诉：反复上腹痛3月，黑便2次。查体：剑突下压痛，Hb 96g/L，粪隐血（+）。\n初步诊断：十二指肠溃疡出血？拟外送地方医院行胃镜检查。\n医生：[[PERSON|邰]]',
  ],
  [
    'custody',
    '看守所入所健康检查\n姓名：[[PERSON|鹿鸣]]　男　38岁\n身份证号：[[ID_CARD|220102198806074638]]\n体检：左前臂陈旧性刀疤，尿吗啡检测阴性，血压150/96mmHg。\n既往：癫痫，丙戊酸钠0.5g bid，已通知监区医生保证用药。\n家属：妻子[[PERSON|骆佳]]，[[PHONE|131 0431 8852]]',
  ],
  [
    'military',
    '优抚对象健康体检报告\n姓名：[[PERSON|公孙振武]]　[[AGE|95]]岁　体检编号：[[MRN|YF2026-1108]]\n身份证号：[[ID_CARD|340104193104041716]]\n既往：1951年入伍，1953年胸部枪伤，慢性阻塞性肺疾病。\n血压146/82mmHg，SpO2 93%，FEV1 48%预计值。\n联系人：儿媳[[PERSON|鲁秀珍]]　[[PHONE|0551-6288 4417]]',
  ],
  [
    'military',
    '征兵体检表（节选）\n应征青年：[[PERSON|班超然]]　身份证号：[[ID_CARD|450102200604177690]]\n身高176cm，体重68kg，裸眼视力右4.9、左4.8，色觉正常，乙肝表面抗原阴性。\n结论：合格。\n主检医师：[[PERSON|庞]]',
  ],
  [
    'cross-border',
    '澳門居民跨境轉診單\n病人：[[PERSON|梁詠恩]]　澳門居民身份證：[[ID_CARD|1523674(9)]]\n回鄉證：[[PASSPORT|H60418827]]\n聯絡電話：[[PHONE|+853 6628 1974]]\n住址：[[ADDRESS|澳門氹仔排角路88號海洋花園金松閣12樓C]]\n自駕車輛：[[PLATE|粵Z·E627澳]]\n轉往：珠海市人民醫院心內科　診斷：陣發性心房顫動',
  ],
  [
    'cross-border',
    '台胞就診登記\n姓名：[[PERSON|許家瑋]]　臺灣身分證：[[ID_CARD|E134023905]]\n台胞證號：[[PASSPORT|07315582]]\n居住證號碼：[[ID_CARD|830000198601251077]]\n大陸手機：[[PHONE|189 5012 7736]]　LINE：[[ACCOUNT|jiawei.hsu86]]\n現住：[[ADDRESS|廈門市思明區環島南路3088號11棟602]]\n健保卡號：[[INSURANCE_ID|0000 4372 9915]]',
  ],
  [
    'cross-border',
    '門診病歷（台北）\n病患：[[PERSON|鄭雅婷]]　病歷號：[[MRN|0831277]]\n身分證字號：[[ID_CARD|A279279050]]\n健保卡號：[[INSURANCE_ID|0000 1862 4470]]\n主訴：月經不規則半年，體重增加5公斤。超音波：雙側卵巢多囊樣變化。\n處方：Metformin 500mg bid。\n醫師：[[PERSON|蔡宗翰]]　回診：[[DATE|115年12月4日]]',
  ],
  [
    'cross-border',
    '港人内地就医登记（深圳）\n姓名：[[PERSON|冯卓贤]]（[[PERSON|FUNG Cheuk-yin]]）\n香港身份证：[[ID_CARD|Y369894(5)]]　回乡证：[[PASSPORT|H22761035]]\n港澳居民居住证：[[ID_CARD|810000197809042831]]\n深圳社保电脑号：[[INSURANCE_ID|617203348]]\n香港住址：[[ADDRESS|新界沙田禾輋邨豐和樓1504室]]\n手提电话：[[PHONE|+852 6183 2709]]',
  ],
  [
    'cross-border',
    '私家診所病歷\n病人：[[PERSON|區美華]]（[[PERSON|AU Mei-wah]]）　身份證：[[ID_CARD|R842573(5)]]\n出生日期：[[DATE|1951年12月3日]]\n地址：[[ADDRESS|九龍深水埗元州街233號華昌大廈8樓B室]]\n診斷：雙膝退化性關節炎，處方塞來昔布200mg每日一次，共兩星期。\n醫生：[[PERSON|關德輝]]',
  ],
  [
    'medical-tourism',
    '赴日质子治疗行程单\n患者：[[PERSON|慕容雪]]　护照号：[[PASSPORT|EJ4718305]]\n陪同：丈夫[[PERSON|韦德]]　护照号：[[PASSPORT|EK2093664]]\n出发：[[DATE|2026年12月3日]] 上海浦东—大阪关西\n住宿：[[ADDRESS|大阪市北区梅田1丁目3-1 梅田リバーサイドホテル1208室]]\n日方病历号：[[MRN|PT-26-00871]]\n日方协调员：[[PERSON|佐藤美咲]]　[[EMAIL|m.sato@example.jp]]',
  ],
  [
    'medical-tourism',
    '国际医疗部接诊单\n患者：[[PERSON|Ирина Соколова]]（[[PERSON|伊琳娜·索科洛娃]]），女，63岁\n护照：[[PASSPORT|75 4418203]]\n联系电话：[[PHONE|+7 914 207 3318]]\n住宿：[[ADDRESS|三亚市吉阳区榆亚路海韵度假酒店A座1506]]\n疗养项目：针灸、推拿各10次。血压142/90mmHg，空腹血糖6.4mmol/L。\n翻译：[[PERSON|米拉]]',
  ],
  [
    'ambulance',
    '院前急救病历\n呼救07:42　到达07:53　离开08:05\n接诊地点：患者家中，[[ADDRESS|广州市天河区龙口西路龙口西小区9栋703]]\n患者：[[PERSON|麦锦棠]]　男　约70岁\n家属代诉突发言语不清、右侧肢体无力40分钟。FAST阳性，GCS 13（E3V4M6），BP 186/98mmHg，血糖7.8mmol/L。\n处置：吸氧、建立静脉通路，预通知卒中中心。\n随车医生：[[PERSON|欧]]　司机：[[PERSON|何畅]]　联系人：女儿[[PERSON|麦嘉欣]] [[PHONE|13660218473]]',
  ],
  [
    'ambulance',
    '120出车记录（交通事故）\n伤者：[[PERSON|查文斌]]，男，34岁，骑电动车与小轿车相撞，肇事车辆[[PLATE|苏E·8R27M]]。\n伤情：左小腿开放性骨折，现场出血约300ml，BP 102/64mmHg，HR 112次/分。加压包扎、夹板固定，开放静脉通路。\n现场交警：[[PERSON|裴]]警官　伤者妻子电话：[[PHONE|18912637750]]',
  ],
  [
    'forensic',
    '司法鉴定意见书（节选）\n鉴定编号：[[MRN|JD-2026-LC-1187]]\n被鉴定人：[[PERSON|华小梅]]，女，[[DATE|1976年3月]]生\n案情摘要：[[DATE|2026年8月22日]]被他人推倒致左桡骨远端骨折（Colles骨折），于当地医院行切开复位内固定术。\n鉴定意见：被鉴定人之损伤程度评定为轻伤一级。\n鉴定人：[[PERSON|南宫远]]、[[PERSON|寇晓东]]',
  ],
  [
    'forensic',
    '道路交通事故伤残评定\n被鉴定人：[[PERSON|贺兰山]]，男，44岁，住[[ADDRESS|宁夏银川市兴庆区丽景街道湖畔嘉苑7号楼1单元502]]\n事故经过：[[DATE|2026年5月9日]]驾驶电动车被小型客车（[[PLATE|宁A·3B718]]）撞倒，致右胫腓骨骨折、脾破裂行脾切除术。\n评定：脾切除构成八级伤残；右下肢功能障碍构成十级伤残。',
  ],
  [
    'forensic',
    '核保体检报告\n被保险人：[[PERSON|端木子涵]]　女　35岁\n保单号：[[INSURANCE_ID|P4403260017792]]\n身高162cm，体重58kg，血压112/70mmHg；尿常规：隐血（+），红细胞8/μl，建议泌尿科复查。\n体检医生：[[PERSON|冀]]医生\n代理人：[[PERSON|甄美玲]]（工号A00317）',
  ],
  [
    'care-home',
    '颐养院三楼护理分级表\n床位  姓名      年龄  护理级别  备注\n[[MRN|3-03]]  [[PERSON|庞淑贞]]    [[AGE|94]]    一级      阿尔茨海默病，夜间游走，防跌倒\n[[MRN|3-05]]  [[PERSON|衡秀英]]    88    二级      糖尿病，门冬胰岛素早8U晚6U\n[[MRN|3-07]]  [[PERSON|靳福田]]    [[AGE|101]]   特级      鼻饲，Braden 11分，2小时翻身\n[[MRN|3-09]]  [[PERSON|常青]]      79    三级      高血压，自理\n制表：护理主管[[PERSON|梅]]',
  ],
  [
    'care-home',
    '"幸福里养老院3楼家属群"\n[[PERSON|戚美华]]：各位家属晚上好，[[PERSON|俞]]奶奶今天午饭吃了半碗粥，下午体温37.9℃，已报告[[PERSON|芮]]医生，先物理降温。\n[[PERSON|俞晓光]]：谢谢[[PERSON|戚]]姐，我妈以前发烧多半是尿路感染，麻烦留个尿\n[[PERSON|戚美华]]：好的，已经留了，明早送检。\n[[PERSON|俞晓光]]：我周六上午过来，车牌[[PLATE|浙A·D82F31]]麻烦门卫登记一下',
  ],
  [
    'care-home',
    '养老机构入住评估\n老人：[[PERSON|谷满仓]]，男，[[AGE|九十一]]岁（[[DATE|1935年2月]]生），床位[[MRN|5-18]]\n身份证号：[[ID_CARD|410105350216227]]\n能力评估：日常生活活动40分，精神状态轻度受损，感知觉与沟通良好。谷雨前后曾在家中跌倒一次，无骨折。\n紧急联系人：孙子[[PERSON|谷雨]]　[[PHONE|186 1127 9054]]\n费用代扣账户：[[BANK_CARD|6222 0245 0395 8000 571]]（户名：[[PERSON|谷雨]]）',
  ],
  [
    'pharmacy',
    '[互联网医院·复诊续方]\n患者[[PERSON|兰芷]]：医生好，我的左甲状腺素钠片50μg快吃完了，上周查TSH 2.1，想续三盒。\n药师[[PERSON|鲍文]]：您好，已看到您[[DATE|11月13日]]的化验结果，处方已开具，处方号[[MRN|RX202611210457]]。配送地址还是[[ADDRESS|天津市南开区鞍山西道世纪花园5号楼2门301]]吗？\n患者[[PERSON|兰芷]]：是的，谢谢。',
  ],
  [
    'pharmacy',
    '第一类精神药品专用处方登记\n患者：[[PERSON|夏侯明月]]　身份证号：[[ID_CARD|500103197509293235]]\n诊断：肺癌骨转移，癌痛\n代办人：[[PERSON|夏侯峻]]（兄）　身份证号：[[ID_CARD|500103197101184297]]\n药品：盐酸羟考酮缓释片10mg×20片，q12h，批号240915，有效期至2027-08。\n处方编号：[[MRN|MZ-0033817]]　调配：[[PERSON|滕]]药师',
  ],
  [
    'pharmacy',
    '零售药店医保购药小票\n购药人：[[PERSON|聂蓉]]　社保卡号：[[INSURANCE_ID|A03317862]]\n布洛芬缓释胶囊0.3g×24粒　1盒　批号2409118\n蒙脱石散3g×10袋　1盒\n统筹支付0.00　个人账户支付38.60\n执业药师：[[PERSON|阳光]]',
  ],
  [
    'progress',
    'Progress note（双语）\n[[DATE|11/20]] POD2 s/p 腹腔镜胆囊切除，pt [[PERSON|詹若男]]诉切口痛NRS 3/10，tolerating半流质，无发热。\nDrain 20ml serous，拟明日拔管。WBC 9.8，T-bil 18μmol/L。\nPlan：tmr出院，2 weeks后普外科门诊随访。——Dr [[PERSON|翟]]',
  ],
  [
    'discharge',
    '出 院 记 录\n姓 名 ： [[PERSON|巫 桂 香]]   性 别 ： 女   年 龄 ： 6 7 岁\n住 院 号 ： [[MRN|0 0 4 1 8 2 7 3]]\n入 院 日 期 ： [[DATE|2 0 2 6 年 1 0 月 2 9 日]]\n出 院 诊 断 ： 1 . 社 区 获 得 性 肺 炎   2 . 2 型 糖 尿 病\n主 治 医 师 ： [[PERSON|蒲 俊 杰]]',
  ],
  [
    'outpatient',
    '门诊挂号单\n姓名：[[PERSON|项秀云]]　就诊卡号：[[MRN|２１００３８７４６１]]\n手机号：[[PHONE|１３９０５７８２２４６]]\n身份证：[[ID_CARD|１３０１０２４７０１１１７１６]]\n科室：老年医学科　号序：０１７',
  ],
  [
    'admission',
    '入院记录（急诊收入）\n姓名：[[PERSON|鲍尔吉·巴特尔]]　性别：男　年龄：57岁　民族：蒙古族　职业：牧民\n籍贯：[[ADDRESS|内蒙古通辽市科尔沁左翼中旗]]\n身份证号：[[ID_CARD|15010219690811121X]]\n联系人：[[PERSON|其木格]]（妻）　电话：[[PHONE|0471-6624118]]\n主诉：饮酒后上腹剧痛伴呕吐1天。\n现病史：患者于[[DATE|11月19日]]晚饮白酒约半斤后突发上腹持续性剧痛，向腰背部放射，呕吐胃内容物4次。急诊查淀粉酶1860U/L，脂肪酶2412U/L，CT示胰腺周围渗出（Balthazar E级）。APACHE Ⅱ 12分。\n既往史：2018年发现胆囊结石，未治疗。否认肝炎、结核病史。\n个人史：饮酒30年。\n家族史：父已故，死因不详；母亲[[AGE|92]]岁，健在。\n记录者：[[PERSON|高娃]]　审核：[[PERSON|乌日娜]]主任',
  ],
  [
    'outpatient',
    '内分泌科门诊（延边）\n[[PERSON|朴美花]]（[[PERSON|박미화]]），女，69岁，朝鲜族。身份证号[[ID_CARD|222401195701267845]]\n住址：[[ADDRESS|延吉市河南街道民安社区光明街520号4-1-602]]\n2型糖尿病10年，二甲双胍0.5g tid，HbA1c 8.4%。今日加用达格列净10mg qd。\n女儿电话：[[PHONE|138 4433 0715]]\n医生：[[PERSON|金哲洙]]',
  ],
  [
    'maternal',
    '孕产妇高危筛查登记\n孕妇：[[PERSON|俄底阿呷]]，彝族，30岁，G4P2，孕26周\n身份证号：[[ID_CARD|513401199604224884]]\n住址：[[ADDRESS|凉山州西昌市川兴镇民和村4组]]\n高危因素：重度贫血（Hb 68g/L）、瘢痕子宫。评分：黄色。\n丈夫：[[PERSON|吉克曲布]]　[[PHONE|152 8340 6617]]\n乡镇妇幼专干：[[PERSON|沙马阿依]]',
  ],
  [
    'outpatient',
    '发热门诊记录\n[[PERSON|岩香龙]]，男，45岁，傣族，从老挝务工返回第9天，寒战、高热3天。\n身份证号：[[ID_CARD|532801198109089777]]\n住址：[[ADDRESS|西双版纳州景洪市嘎洒镇曼景罕村委会曼迈村38号]]\n血涂片：间日疟原虫（+），血小板86×10⁹/L。已按流程网络直报，予磷酸氯喹+伯氨喹治疗。\n接诊：[[PERSON|玉香]]医生',
  ],
  [
    'outpatient',
    '高原病门诊\n姓名：[[PERSON|德吉央宗]]　女　35岁\n身份证号：[[ID_CARD|540102199103025388]]\n主诉：头痛、乏力、口唇发绀2年，加重1月。血红蛋白212g/L，红细胞压积66%，SpO2 82%。\n诊断：慢性高原病（高原红细胞增多症），建议低流量夜间吸氧，必要时放血治疗。\n联系电话：[[PHONE|0891-6335287]]',
  ],
  [
    'outpatient',
    '中医门诊处方\n患者：[[PERSON|白术]]　女　43岁　门诊号：[[MRN|ZY26110588]]\n辨证：脾虚湿困。\n处方：党参15g　炒白术12g　茯苓15g　陈皮6g　法半夏9g　砂仁6g（后下）　炙甘草6g\n7剂，水煎服，日一剂，早晚分服。\n医师：[[PERSON|连翘]]　调剂：[[PERSON|尚]]药师',
  ],
  [
    'outpatient',
    '骨科门诊病历\n[[PERSON|严重]]，男，45岁，门诊号[[MRN|GK-2611-2093]]。\n左膝扭伤后肿痛3天，病情不严重，可负重行走，浮髌试验阴性，Lachman试验阴性，麦氏征可疑阳性。\n建议膝关节MRI，暂予冰敷、弹力绷带、双氯芬酸钠缓释片75mg qd。\n医生：[[PERSON|迟立]]',
  ],
  [
    'lab',
    '常规心电图报告\n姓名：[[PERSON|安静]]　性别：女　年龄：52岁　检查号：[[MRN|ECG2611210316]]\n安静状态下描记：窦性心律，心率58次/分，PR 0.18s，QTc 426ms，Ⅱ、Ⅲ、aVF导联T波低平。\n报告医生：[[PERSON|祁明远]]　报告时间：[[DATE|2026-11-21]] 09:12',
  ],
  [
    'incident',
    '互联网医院访问日志审计（节选）\n[[DATE|2026-11-02]] 23:17　账号[[ACCOUNT|hd_lxm2019]]　登录IP [[IP|203.0.113.87]]　下载透析患者[[PERSON|黎雪梅]]（透析号[[MRN|HD-0521]]）检验报告3份\n[[DATE|2026-11-03]] 00:05　账号[[ACCOUNT|hd_lxm2019]]　登录IP [[IP|198.51.100.23]]　导出排班表\n结论：该账号属已离职人员，未及时注销，现已冻结。信息科：[[PERSON|游]]工',
  ],
  [
    'incident',
    '舆情处置记录\n[[DATE|11月20日]]，网友[[ACCOUNT|@糖糖妈妈在路上]]在微博发文，称其女儿[[PERSON|唐果]]在我院儿科输液时护士穿刺三次未成功，并附就诊卡照片（卡号[[MRN|1100 8823 4410]]清晰可见）。\n已电话联系家长[[PERSON|许]]女士致歉，并请其删除含卡号的图片。',
  ],
  [
    'followup',
    '先心病术后随访登记\n[[PERSON|卫小宝]]，男，6岁，室间隔缺损修补术后3个月。\n家长QQ：[[ACCOUNT|2876411093]]（已拉入心外术后随访群）\n复查心脏超声：未见残余分流，左室射血分数65%。\n下次随访：[[DATE|2027年2月]]',
  ],
  [
    'discharge',
    '出院小结\n姓名：[[PERSON|司马光明]]　男　66岁　住院号：[[MRN|SHZ-2026-07731]]\n住址：[[ADDRESS|新疆石河子市143团14连3号]]\n入院日期：[[DATE|2026-11-06]]　出院日期：[[DATE|2026-11-18]]\n诊断：慢性阻塞性肺疾病急性加重；Ⅱ型呼吸衰竭\n出院带药：噻托溴铵18μg吸入qd，沙美特罗替卡松50/500μg bid。\n随访电话：[[PHONE|0993-2871604]]',
  ],
  [
    'referral',
    '双向转诊单（上转）\n转出单位：东城区交道口社区卫生服务中心\n患者：[[PERSON|那志刚]]，男，71岁，满族\n住址：[[ADDRESS|北京市东城区雨儿胡同12号院3号]]\n转诊原因：帕金森病（Hoehn-Yahr 2.5期），服多巴丝肼后剂末现象明显，需调整方案。\n转诊医生：[[PERSON|巴图]]　联系电话：[[PHONE|010-6403 2871]]',
  ],
  [
    'lab',
    '病理检查报告\n病理号：[[MRN|B2026-18834]]　标本条码：[[MRN|7700218846213]]\n姓名：[[PERSON|阎秋实]]　性别：男\n送检：胃窦黏膜活检3块。\n病理诊断：（胃窦）慢性萎缩性胃炎伴中度肠上皮化生，Hp（+）。\n报告医师：[[PERSON|冷静]]　复核：[[PERSON|闫海]]　报告日期：[[DATE|2026年11月19日]]',
  ],
  [
    'radiology',
    '核医学科PET/CT检查报告\n检查号：[[MRN|PET26-0452]]　姓名：[[PERSON|甘霖]]\n18F-FDG注射剂量6.2mCi，注射前血糖5.1mmol/L。\n右肺上叶结节SUVmax 8.7，纵隔4R区淋巴结SUVmax 5.2。\n印象：右肺上叶恶性病变可能大，伴纵隔淋巴结转移（cT1cN2M0）。\n检查日期：[[DATE|2026.11.20]]　报告：[[PERSON|窦]]医师',
  ],
  [
    'telemedicine',
    '互联网医院问诊单\n问诊编号：[[MRN|WZ20261121000873]]\n患者：[[PERSON|丁香]]　女　28岁\n主诉：产后6周，右乳红肿疼痛2天，体温38.4℃。\n医生意见：建议当天到乳腺外科线下就诊，排除乳腺脓肿；可继续哺乳。\n报告发送至邮箱：[[EMAIL|dingxiang_0609@example.com.cn]]',
  ],
  [
    'insurance',
    '商业医疗险理赔申请\n被保险人：[[PERSON|霍思远]]　保单号：[[INSURANCE_ID|HX2025-0098-336421]]\n出险经过：[[DATE|2026年10月12日]]因急性阑尾炎住院手术，[[DATE|10月15日]]出院，总费用18,432元。\n收款账户：[[BANK_CARD|6214 8393 3631 0347]]（招商银行）\n联系邮箱：[[EMAIL|huosy@example.net]]　手机：[[PHONE|150 1378 2249]]',
  ],
  [
    'pharmacy',
    '【注意事项】本品（华法林钠片）治疗窗窄，应定期监测INR，目标值通常为2.0～3.0。与阿司匹林、胺碘酮合用可增加出血风险。孕妇禁用。详见《中国血栓性疾病防治指南（2018）》。\n核准日期：2007年03月15日　修改日期：2025年06月30日',
  ],
  [
    'nursing',
    '护理质控月报（10月）：全院压力性损伤发生率0.12‰，跌倒发生率0.05‰，非计划拔管2例（ICU 1例、神经外科1例），均已完成根因分析。手卫生依从率92.6%。下月重点：保护性约束规范化、高警示药品双人核对。',
  ],
  [
    'education',
    '健康科普｜帕金森病和阿尔茨海默病有什么区别？帕金森病以静止性震颤、肌强直、运动迟缓为主要表现，多在60岁以后起病；阿尔茨海默病则以近记忆减退起病。两者都可能合并抑郁和睡眠障碍。出现症状请到神经内科就诊，已用药者不要自行停药。',
  ],
  [
    'nursing',
    '护理记录：患者夜间烦躁，反复要求"回家找老伴"，陪护的小儿子诉其在家也常这样。予床栏保护，通知值班医生，遵医嘱予喹硫平12.5mg口服，02:30入睡。晨起血压132/78mmHg，无跌倒。',
  ],
  [
    'dialogue',
    '门诊录音转写（已获患者同意）\n医生：您叫什么名字？\n患者：[[PERSON|胥丽娜]]，胥，上面一个疋下面一个月。\n医生：出生日期？\n患者：[[DATE|1988年7月4日]]。\n医生：哪里不舒服？\n患者：最近老心慌，晚上睡不着。我妈说可能是甲亢，她自己甲亢好多年了。\n医生：先查甲功和心电图。电话还是[[PHONE|135 1226 0874]]吗？\n患者：对。',
  ],
  [
    'maternal',
    '月子会所入住登记\n产妇：[[PERSON|孔雀]]（剖宫产术后第5天）\n新生儿：男，出生日期[[DATE|2026-11-16]]，出生体重3.42kg，经皮胆红素11.2mg/dl。\n丈夫：[[PERSON|秦朗]]　[[PHONE|159 2163 7480]]　车牌：[[PLATE|沪AD67319]]\n入住时间：[[DATE|2026-11-21]]至[[DATE|2026-12-19]]',
  ],
  [
    'outpatient',
    '健康体检报告领取方式确认\n体检号：[[MRN|TJ2611200187]]　姓名：[[PERSON|计晓敏]]\n电子报告将于[[DATE|11月27日]]发送至：[[EMAIL|jixiaomin@example.org]]\n纸质报告邮寄地址：[[ADDRESS|深圳市南山区南头街道红花园小区12栋602]]',
  ],
  [
    'outpatient',
    '自愿咨询检测（VCT）登记\n匿名编号：[[MRN|VCT-0755-26-1183]]\n求询者自述[[DATE|10月31日]]有高危性行为，未使用安全套。今日距暴露21天，第四代HIV抗原抗体联合检测阴性，建议暴露后6周复查。\n求询者留的联系电话：[[PHONE|199 2578 0366]]\n咨询员：[[PERSON|何]]老师',
  ],
  [
    'occupational',
    '船员健康证明体检\n姓名：[[PERSON|邢海洋]]　男　38岁\n身份证号：[[ID_CARD|371002198809157250]]\n海员证号：[[PASSPORT|S4026718]]\n视力：双眼5.0，色觉正常，纯音测听正常，胸片未见异常。\n结论：合格，可从事远洋船舶甲板部工作。\n体检日期：[[DATE|2026年11月18日]]',
  ],
  [
    'chat',
    '"爷爷住院群"\n[[PERSON|宁静]]：CT结果出来了，医院给了云影像链接 [[URL|https://pacs.example.cn/share/7Kq2LmZ9]] 提取码4412\n[[PERSON|宁海涛]]：看了，医生说是右侧基底节腔隙性脑梗，不用手术\n[[PERSON|宁静]]：那爷爷啥时候能出院？\n[[PERSON|宁海涛]]：[[PERSON|郝]]主任说下周一再看',
  ],
  [
    'billing',
    '住院预交金退费申请\n患者：[[PERSON|庄晓蝶]]　住院号：[[MRN|ZY0398126]]　出院日期：[[DATE|2026-11-19]]\n预交金10,000.00元，结算后应退3,217.40元，原路退回支付卡：[[BANK_CARD|6225 8847 2479 2232]]\n开户名：[[PERSON|庄建平]]（患者父亲）　联系电话：[[PHONE|133 7409 2816]]\n经办：住院结算处[[PERSON|喻]]',
  ],
  [
    'chat',
    '爱心筹款说明：我女儿[[PERSON|晏可心]]，6岁，[[DATE|2026年9月]]确诊急性淋巴细胞白血病（中危），目前在做第二阶段化疗，前期已花费二十余万元，医保报销后仍有很大缺口。\n筹款页面：[[URL|https://chou.example.com/p/8842617]]\n收款卡：[[BANK_CARD|9559 6541 3447 4023 605]]（户名：[[PERSON|晏国强]]）\n谢谢大家转发！',
  ],
];

const en: Array<[string, string]> = [
  [
    'hospice',
    'HOSPICE ELECTION STATEMENT\nPatient: [[PERSON|Margarethe Oyelaran-Webb]]  DOB: [[DATE|03/14/1931]]  Age: [[AGE|95]]\nMedicare Beneficiary Identifier: [[INSURANCE_ID|4TE9-KP3-WM72]]\nAddress: [[ADDRESS|1187 Larkspur Lane, Apt 2B, Dayton, OH 45419]]\nTerminal diagnosis: end-stage heart failure (I50.84), NYHA IV, EF 15%.\nHealth care proxy: [[PERSON|Tobias Webb]] (son), [[PHONE|(937) 555-0163]]\nAttending physician: Dr [[PERSON|Leah Brightwater]]',
  ],
  [
    'hospice',
    'Anticipatory medicines authorisation (community)\nName: [[PERSON|Winifred Nurse]]  NHS No: [[INSURANCE_ID|488 651 2143]]\nAddress: [[ADDRESS|14 Coldharbour Row, Bideford EX39 4QT]]\nMidazolam 2.5-5 mg SC PRN agitation; morphine sulfate 2.5 mg SC PRN pain or breathlessness; glycopyrronium 200 micrograms SC PRN secretions.\nPrescriber: Dr [[PERSON|Anwen ap Rhys]]  Date: [[DATE|21/11/2026]]\nDistrict nurse: [[PERSON|Comfort Mensah]], [[PHONE|07700 900417]]',
  ],
  [
    'hospice',
    'Verification of expected death\nResident: [[PERSON|Doreen Ashcombe]], [[AGE|98]] yrs, URN [[MRN|0744126]]\nVerified by RN [[PERSON|Jasmine Tuiasosopo]] at 03:40 on [[DATE|19 November 2026]]: no carotid pulse, no heart sounds for one minute, no breath sounds for one minute, pupils fixed and dilated.\nNext of kin [[PERSON|Graeme Ashcombe]] informed by phone on [[PHONE|0491 570 318]].\nGP Dr [[PERSON|Priyanka Venkataraman]] to complete the medical certificate of cause of death.',
  ],
  [
    'hospice',
    'Hospice on-call line, 02:12\nCaller: [[PERSON|Rich Delgado]] (husband)\nPt [[PERSON|Lupe Delgado]] - rattly breathing, mouth open, not responding to voice. Last morphine 5 mg SL at 23:30.\nAdvised: turn onto her side, give glycopyrrolate from the comfort kit, nurse on the way.\nRN dispatched: [[PERSON|Blessing Okafor]]. Callback [[PHONE|505-555-0118]].',
  ],
  [
    'dialysis',
    "Renal unit - Tuesday twilight shift\nStation | Patient                | Hosp No      | Access               | Target UF\n4       | [[PERSON|Kwame Asante-Boateng]]   | [[MRN|RJ1 402 771]]  | L radiocephalic AVF  | 2.8 L\n6       | [[PERSON|Gene Pitcairn]]          | [[MRN|RJ1 388 046]]  | R IJ tunnelled line  | 1.5 L\n9       | [[PERSON|Haleema Qureshi]]        | [[MRN|RJ1 415 903]]  | L brachiocephalic AVF| 3.0 L\nNote: [[PERSON|Gene]]'s PKD1 gene result is back - discuss with him at his next session.\nNurse in charge: [[PERSON|Bronagh McIlroy]]",
  ],
  [
    'dialysis',
    'Home haemodialysis - plumbing and water sign-off\nPatient: [[PERSON|Tane Rangihuna]]  NHI: [[INSURANCE_ID|ZKT4473]]\nAddress: [[ADDRESS|32 Kowhai Crescent, Ōtara, Auckland 2023]]\nRO unit serial NX-5520-118 installed; total chlorine <0.1 mg/L, conductivity 4 µS/cm.\nHome training nurse: [[PERSON|Mere Walker]], [[EMAIL|mere.walker@example.org.nz]]',
  ],
  [
    'dialysis',
    'Outpatient dialysis facility - insurance verification\nPatient: [[PERSON|Dragan Petrović]]  DOB: [[DATE|July 9, 1958]]\nPrimary: Medicare\nSecondary: Medicaid ID [[INSURANCE_ID|MA44019827]]\nCommercial: member ID [[INSURANCE_ID|XJH804417263]], group 0087713\nPhone: [[PHONE|(412) 555-0139]]\nChair 12, Mon/Wed/Fri 06:00.',
  ],
  [
    'dialysis',
    'Holiday dialysis request\nPatient: [[PERSON|Maureen Szymańska-Hale]]  Hosp No [[MRN|K4418720]]\nTravelling to Alicante, sessions needed [[DATE|2 April 2027]], [[DATE|4 April 2027]] and [[DATE|6 April 2027]].\nHep B sAg neg, Hep C Ab neg, HIV neg ([[DATE|10/11/2026]]); MRSA screen neg.\nEHIC/GHIC to be presented on arrival. Contact: [[EMAIL|mszhale@example.co.uk]]',
  ],
  [
    'psychiatry',
    'Mental Health Act assessment\nPatient: [[PERSON|Cliff Haverstock]]  DOB [[DATE|02/06/1979]]  RiO ID [[MRN|7718402]]\nAddress: [[ADDRESS|Flat 3, 27 Wellington Street, Grimsby DN32 7JX]]\nFound by police near the cliff path at 01:00 saying he would jump; 136 suite.\nNearest relative: [[PERSON|Ruth Haverstock]] (mother), [[PHONE|01632 960 584]]\nAMHP: [[PERSON|Oluwadamilare Ilesanmi]]; s12 doctors Dr [[PERSON|Pat Quigley]] and Dr [[PERSON|Hana Kowalczyk]]\nOutcome: detained under section 2.',
  ],
  [
    'psychiatry',
    'Leave of absence - inpatient unit\nPatient: [[PERSON|Ali Reza Hosseini]]  UR [[MRN|2291807]]\nLeave: escorted, 2 hours, with brother [[PERSON|Mehdi Hosseini]] ([[PHONE|0491 570 244]]).\nConditions: no alcohol or cannabis; return by 16:00; staff to check mental state on return.\nApproved by Dr [[PERSON|Sophie Tran]]',
  ],
  [
    'psychiatry',
    'Crisis text summary\nTexter ([[PERSON|Marisol]], 16) reports cutting last night, denies a current plan. Safety plan made; she agreed to tell her aunt tonight. Follow-up via school counselor Mr [[PERSON|Lance Whitfield]].\nContact on file: [[PHONE|(702) 555-0172]], Instagram [[ACCOUNT|@mari.sol.pinta]]',
  ],
  [
    'psychiatry',
    'Clozapine monitoring - week 18\nName                  | Monitoring No | WBC | ANC | Status\n[[PERSON|Jade Thistlewood]]      | [[MRN|4417-8820]]     | 6.2 | 3.9 | Green\n[[PERSON|Yusuf Abdi Warsame]]    | [[MRN|4421-0093]]     | 3.4 | 1.6 | Amber\nAmber result: repeat FBC twice weekly, check for sore throat or fever.\nPharmacist: [[PERSON|Amber Ogunleye]]',
  ],
  [
    'psychiatry',
    'Formulation: 34-year-old with recurrent depressive disorder, PHQ-9 19, GAD-7 14, AUDIT-C 9. Risk: passive thoughts of death, no plan or intent; protective factors are her children and her faith. Plan: sertraline 50 mg OD, increase to 100 mg after 2 weeks if tolerated; talking therapies referral; review in 2 weeks or sooner if worse.',
  ],
  [
    'dental',
    'Chart note - Riccarton Dental\nPt: [[PERSON|Aroha Te Whare]] (Pt No. [[MRN|D-55018]])\nLA: 2.2 ml articaine 4% with adrenaline 1:100,000, batch B3318, IANB.\n36 MO composite, shade A2. BPE 2 2 1 / 2 2 2. Pt reports no pain since last visit.\nNext appt [[DATE|4 Dec 2026]] for scale and polish.\nDr [[PERSON|Baxter Payne]] / DA [[PERSON|Lani Faleolo]]',
  ],
  [
    'dental',
    'Payment receipt - Bright Smiles Family Dentistry\nPatient: [[PERSON|Oleksandr Kovalenko]]  Account [[MRN|BS-20917]]\nD2740 crown, porcelain/ceramic, tooth #19 - $1,185.00\nPaid by Visa [[BANK_CARD|4617 4969 3082 5218]], exp 09/29, auth 00471B\nReceipt emailed to [[EMAIL|okovalenko@example.com]]',
  ],
  [
    'dental',
    'Referral to orthodontics\nRe: [[PERSON|Thiago Oliveira dos Santos]], age 12, DOB [[DATE|2014-05-30]]\nParent: [[PERSON|Camila dos Santos]], [[PHONE|514-555-0126]], [[EMAIL|camila.ds@example.ca]]\nClass II division 1, overjet 9 mm, upper arch crowding. Please assess for a functional appliance.\nDr [[PERSON|Marie-Ève Tremblay]], DMD',
  ],
  [
    'optometry',
    'Eye examination record\nPatient: [[PERSON|Drew Castellanos]]  OHIP [[INSURANCE_ID|4528-719-307]] KP\nVA OD 20/20, OS 20/25; IOP 17/23 mmHg (rebound); C/D 0.4 OD, 0.65 OS.\nOCT: inferior RNFL thinning OS. Impression: glaucoma suspect OS.\nReferred to ophthalmology. Optometrist: Dr [[PERSON|Harjit Grewal]]',
  ],
  [
    'optometry',
    'Diabetic eye screening - appointment letter\n[[PERSON|Mohammed Rafiq Chowdhury]]\n[[ADDRESS|22 Bramall Lane Court, Sheffield S2 4RE]]\nNHS number: [[INSURANCE_ID|432 811 0306]]\nYour appointment: Thursday [[DATE|10 December 2026]], 10:20, mobile screening unit.\nThe eye drops may blur your vision for up to 6 hours, so please do not drive to the appointment.',
  ],
  [
    'optometry',
    'Low vision clinic\n[[PERSON|Imogen Ashdown-Blake]], [[AGE|94]], wet AMD both eyes, last aflibercept 2 mg [[DATE|28 October 2026]].\nNear vision N24 with +4.00 add; trialled 6x illuminated stand magnifier - can read her post.\nLives with daughter [[PERSON|Rosemary]]; contact [[PHONE|0117 496 0382]].\nRehabilitation officer: [[PERSON|Tariq Mahmood]]',
  ],
  [
    'rehab',
    'Discharge summary - spinal rehabilitation\nPatient: [[PERSON|Ciarán Mac Giolla Phádraig]]  MRN [[MRN|NRH0026153]]\nAddress: [[ADDRESS|Apt 12, Hazelbury Park, Clonee, Co. Meath D15 K2X7]]\nDx: incomplete SCI C5 (AIS C) after a diving injury on [[DATE|14 June 2026]]. SCIM III 38/100.\nFollow-up: spinal OPD in 6 weeks. Consultant: Dr [[PERSON|Nkechi Obi-Dunne]]',
  ],
  [
    'rehab',
    'Adaptive driving evaluation\nClient: [[PERSON|José Luis Quispe Mamani]], left transtibial amputee, K3 ambulator.\nVehicle: 2019 Toyota Sienna, plate [[PLATE|8RPK417]] (CA); left-foot accelerator fitted, spinner knob trialled.\nOn-road: 45 min, safe merging, one late brake. Recommend 2 more lessons.\nOT evaluator: [[PERSON|Wren Abernathy]], OTR/L',
  ],
  [
    'rehab',
    'Cardiac rehab - phase III attendance\nName               | Session | METs | Peak HR | RPE\n[[PERSON|Hamza Benali]]        | 9/12    | 6.1  | 118     | 13\n[[PERSON|Precious Nyathi]]     | 4/12    | 4.3  | 104     | 12\n[[PERSON|Stanisław Wróbel]]    | 12/12   | 7.0  | 126     | 14\nExercise physiologist: [[PERSON|Heath Kennard]]',
  ],
  [
    'icu',
    'MICU sign-out [[DATE|11/22]] (night)\nBed [[MRN|8]] | [[PERSON|Abdulrahman Al-Harbi]] | 67M | septic shock, E. coli bacteremia | NE 0.08, vaso 0.03 | if MAP <65 add epi, call fellow\nBed [[MRN|11]] | [[PERSON|Ruth-Ann Bellweather]] | 54F | DKA, gap closed 0300 | glargine 18 u SC given | K 3.6, recheck 0600\nBed [[MRN|14]] | [[PERSON|Wojciech Zieliński]] | 78M | post-arrest, TTM 36 °C | EEG pending | family meeting 10:00 with daughter [[PERSON|Agnieszka]]',
  ],
  [
    'icu',
    'ICU family meeting\nPatient [[PERSON|Ngaio Fitzherbert]], [[AGE|91]], bed [[MRN|4]], MRN [[MRN|5529104]]\nPresent: daughters [[PERSON|Rosalind]] and [[PERSON|Kit]], intensivist Dr [[PERSON|Ogechi Amadi]], social worker [[PERSON|Dale Huang]]\nDiscussed: failed extubation twice, frailty (CFS 7). Agreed comfort-focused care; no reintubation, no CPR.',
  ],
  [
    'icu',
    'ICU nursing handover - bed [[MRN|7]]\n[[PERSON|Mateo Ruiz Calderón]], 41, burns 32% TBSA (flame), day 3. Parkland fluids finished; now albumin 5% 100 ml/h. UO 0.6 ml/kg/h.\nDressings: Acticoat to arms, due [[DATE|24/11]]. Pain: fentanyl 50 µg/h + ketamine 5 mg/h.\nWife [[PERSON|Lucía]] visiting 14:00, interpreter booked ([[PERSON|Esperanza Villalobos]]).',
  ],
  [
    'blood-donation',
    'Donor session record\nDonor: [[PERSON|Temperance Achebe]]  Donor No. [[MRN|D418 3027 6651]]\nDOB [[DATE|25.08.1992]]  Blood group B RhD negative\nHb screen passed (capillary 138 g/L). 470 ml whole blood, venepuncture L arm, no reaction.\nContact preference: email [[EMAIL|t.achebe@example.co.uk]]\nSession nurse: [[PERSON|Gwyneth Pryce]]',
  ],
  [
    'blood-donation',
    'Dear Mr. [[PERSON|Bogdan Ionescu]],\nThank you for your donation on [[DATE|October 30, 2026]] (donation ID [[MRN|W0369 26 118204]]). Routine testing showed a reactive result for hepatitis B core antibody. This does not mean you are ill, but you are deferred from donating while we confirm it. Please call our donor counselor, [[PERSON|Maribel Ortega]], at [[PHONE|(614) 555-0109]].',
  ],
  [
    'organ-donation',
    'OPO referral log\nReferring unit: Neuro ICU, bed [[MRN|12]]\nPotential donor: [[PERSON|Tyrese Holloway]], 23M, GSW head, GCS 3T, ventilated, cough and gag absent.\nHospital MRN [[MRN|SB-1128846]]  UNOS donor ID [[MRN|KGF7731]]\nFamily: mother [[PERSON|Denise Holloway]], [[PHONE|(318) 555-0144]]; registered donor on the state registry.\nCoordinator on call: [[PERSON|Marcus Bell]]',
  ],
  [
    'organ-donation',
    'Tissue donation consent (recorded telephone call)\nDeceased: [[PERSON|Evelyn Marchbank]], [[AGE|92]], died [[DATE|20/11/2026]] 06:15 on ward 4\nConsent given by: [[PERSON|Graham Marchbank]] (son)\nTissues: corneas and sclera. Exclusions checked: no CJD risk, no IV drug use, no sepsis.\nSpecialist nurse: [[PERSON|Oksana Melnyk]]',
  ],
  [
    'home-nursing',
    'Home health visit - skilled nursing\nPt: [[PERSON|Lorraine Bigsby-Ward]]  Episode [[MRN|HH26-00913]]\n[[ADDRESS|2241 N Kedvale Ave, Chicago, IL 60639]] - lockbox code 1947; dog in back yard.\nWound vac changed, L heel 3.1 x 2.4 x 0.6 cm, granulating. INR 2.6 on warfarin 5 mg.\nCaregiver: grandson [[PERSON|Dante]], [[PHONE|(773) 555-0187]]\nRN [[PERSON|Felicity Amankwah]]',
  ],
  [
    'home-nursing',
    'Community nursing referral\nClient: [[PERSON|Stavros Papadakis]]  DOB [[DATE|11/05/1941]]\nMedicare: [[INSURANCE_ID|4614 70923 1]]  IRN 2\nAddress: [[ADDRESS|Unit 4/18 Lygon Street, Brunswick East VIC 3057]]\nReason: daily insulin (Protaphane 22 units mane), lives alone, vision impaired.\nReferrer: GP Dr [[PERSON|Yasmin El-Sayed]], [[PHONE|(03) 5550 2716]]',
  ],
  [
    'custody',
    'Prison healthcare - reception screen\nName: [[PERSON|Callum Yates-Oduya]]  NHS No. [[INSURANCE_ID|446 471 6814]]\nOpiate substitution: methadone 60 mg daily, confirmed with his community pharmacist [[PERSON|Asif]].\nSelf-harm: last episode [[DATE|March 2025]]; denies current thoughts.\nBlood-borne virus screen offered and accepted.\nNurse: [[PERSON|Kerry-Ann Blackwood]]',
  ],
  [
    'school',
    'School nurse log - Lincoln Elementary\n[[DATE|11/18]] 10:42 [[PERSON|Ava-Grace Tillman]], Gr 3, wheeze after recess; albuterol 2 puffs via spacer per action plan, peak flow 180 to 240. Mom ([[PERSON|Kendra Tillman]], [[PHONE|(405) 555-0131]]) notified, picking up.\n[[DATE|11/18]] 13:15 [[PERSON|Eli Novak]], Gr 5, nosebleed, stopped with pressure. Back to class.\nRN [[PERSON|Clementine Abara]]',
  ],
  [
    'school',
    'University health service - student record\nName: [[PERSON|Kofi Mensah-Larbi]]  Student health no. [[MRN|UHS-26-3318]]\nUniversity email: [[EMAIL|k.mensahlarbi@student.example.edu]]\nPresenting: 3 days fever, neck stiffness denied, meningococcal ACWY given [[DATE|Sept 2024]].\nPlan: throat swab, paracetamol, return if rash or headache worsens.',
  ],
  [
    'military',
    'VA primary care - new patient\nVeteran: [[PERSON|Earl Fitzgerald Boone]], [[AGE|93]]-year-old Korean War veteran (Army, 1951-1953)\nVA ICN [[MRN|1013882047V446120]]\nLives at [[ADDRESS|3150 Magnolia Terrace, Pensacola, FL 32503]] with his wife [[PERSON|Bernice]].\nPC-PTSD-5: 3/5. Hearing aids; service-connected tinnitus 10%.\nNext visit [[DATE|January 12, 2027]]. PCP: Dr [[PERSON|Nikhil Srinivasan]]',
  ],
  [
    'military',
    "Veterans mental health referral\nName: [[PERSON|Kieran O'Donoghue-Sesay]]  DOB [[DATE|9 Sept 1987]]\nService: infantry, two tours in Afghanistan (2009, 2011)\nReason: nightmares, alcohol about 40 units/week, AUDIT 22.\nContact: [[PHONE|07700 900582]]; [[EMAIL|kieran.ods@example.co.uk]]\nGP: Dr [[PERSON|Marsh]], Riverside Surgery",
  ],
  [
    'cross-border',
    'A&E record - Hong Kong\nName: [[PERSON|LEI, Ka Man]]  Macau ID: [[ID_CARD|5209374(2)]]\nTravel document: [[PASSPORT|MA0418872]]\nStaying at: [[ADDRESS|Room 2107, Harbour Crest Hotel, 88 Canton Road, Tsim Sha Tsui]]\nMacau mobile: [[PHONE|+853 6391 0245]]\nDx: right ankle Weber B fracture, backslab applied; advised follow-up in Macau.\nMO: Dr [[PERSON|Siu Wing-hong]]',
  ],
  [
    'cross-border',
    'Travel clinic (Singapore)\nPatient: [[PERSON|Tsai Pei-shan]] ([[PERSON|蔡佩珊]])\nTaiwan ID: [[ID_CARD|B227624517]]  Passport: [[PASSPORT|358420917]]\nLocal mobile: [[PHONE|+65 9127 4403]]\nGoing to Kenya [[DATE|15 Jan 2027]]; yellow fever vaccine given today, certificate valid for life. Malarone prescribed.',
  ],
  [
    'cross-border',
    'Private hospital admission - Hong Kong\nPatient: [[PERSON|ZHUGE Lanxin]]  Mainland resident ID: [[ID_CARD|330106198507239923]]\nExit-entry permit: [[PASSPORT|CF2097731]]\nMainland mobile: [[PHONE|+86 138 5716 2094]]\nDeposit HK$50,000 paid by UnionPay [[BANK_CARD|6259 1265 6497 9068]]\nElective laparoscopic myomectomy; Hb 112 g/L.',
  ],
  [
    'cross-border',
    'Singapore polyclinic - chronic care review\nName: [[PERSON|Rajeswari d/o Krishnan]]  NRIC: [[ID_CARD|S1849757C]]\nAddress: [[ADDRESS|Blk 318 Clementi Avenue 5, #09-214, Singapore 120318]]\nHbA1c 7.9%, LDL 2.8 mmol/L, eGFR 58. Start empagliflozin 10 mg OM.\nDaughter [[PERSON|Kavitha]] on [[PHONE|+65 8274 1190]]',
  ],
  [
    'cross-border',
    'Outpatient note - Kuala Lumpur\nPatient: [[PERSON|Nur Aisyah binti Kamarulzaman]]  MyKad: [[ID_CARD|880412-14-5526]]\nMobile: [[PHONE|+60 12-407 8831]]\nThyroid nodule 1.8 cm TI-RADS 4, FNA Bethesda III. Repeat FNA in 3 months.\nMO: Dr [[PERSON|Loh Wei Jie]]',
  ],
  [
    'care-home',
    'Care home resident profile\n[[PERSON|Dorothy Pennyfeather]], [[AGE|97]]. Likes Radio 4, custard creams and being called [[PERSON|Dot]] rather than [[PERSON|Dorothy]].\nNOK: niece [[PERSON|Imelda Fairclough]], [[PHONE|0161 496 0735]]\nDNACPR in place; ReSPECT form signed [[DATE|03/10/2026]].\nGP: Dr [[PERSON|Okoro]]',
  ],
  [
    'care-home',
    'Residential aged care - medication round 08:00\nResident                | Age | Medication                      | Given\n[[PERSON|Gwendolyn Price-Jones]]   | [[AGE|102]] | paracetamol 1 g, apixaban 2.5 mg | yes\n[[PERSON|Walter Kingi]]            | 86  | levodopa/carbidopa 100/25       | yes\n[[PERSON|Heather Bloom]]           | [[AGE|90]]  | furosemide 40 mg                | withheld (SBP 92)\nRN: [[PERSON|Mariam Al-Sayegh]]',
  ],
  [
    'care-home',
    'Falls incident follow-up\n[[PERSON|Arthur Penhaligon]], 89, found on the floor of his room at 05:30 on [[DATE|17 November]]. Denies hitting head; on apixaban, so neuro obs 4-hourly for 24 hours. Right hip pain, able to weight bear; X-ray requested.\nSon [[PERSON|Neville]] informed, [[PHONE|020 7946 0371]].',
  ],
  [
    'pharmacy',
    'Patient portal message\nFrom: [[PERSON|Cole Ferreira]] (portal user [[ACCOUNT|coleferreira88]])\nHi, can I get my lisinopril 20 mg refilled? The pharmacy on Elm closed so please send it to the one on 5th. BP has been around 128/80 at home.\nReply - [[PERSON|Nadia Haddad]], PharmD: Sent a 90-day supply, Rx #[[MRN|4418827]]. Please get a BMP before [[DATE|Dec 15]].',
  ],
  [
    'pharmacy',
    'New Medicine Service - interview 1\nPatient: [[PERSON|Sandeep Kaur Dhillon]]  DOB [[DATE|17/03/1966]]\nNew medicine: apixaban 5 mg BD for AF (CHA2DS2-VASc 3). One missed dose; no bleeding.\nAdvice: take a missed dose only if it is within 6 hours; some patience needed with the mild bruising on her shins.\nPharmacist: [[PERSON|Patience Adeyemi]]',
  ],
  [
    'pharmacy',
    'Refill chat (pharmacy app)\n[[PERSON|Dusty Whitlock]]: hey is my levothyroxine 88 mcg ready\nPharmacy: Hi [[PERSON|Dusty]], yes, ready at the drive-thru. Copay $4.00.\n[[PERSON|Dusty Whitlock]]: my wife [[PERSON|Crystal]] will grab it, she has my DOB\nPharmacy: No problem - she will need to give your date of birth, [[DATE|06/21/1977]], at pickup.',
  ],
  [
    'medical-tourism',
    'International patient coordination - Bangkok\nPatient: [[PERSON|Callum Fraser-Whyte]] (UK)  Passport: [[PASSPORT|552818304]]\nProcedure: bilateral total knee replacement on [[DATE|8 December 2026]].\nHotel: [[ADDRESS|Room 1419, Riverside Serenity Hotel, 257 Charoen Nakhon Road, Khlong San, Bangkok 10600]]\nThai SIM: [[PHONE|+66 81 447 2093]]\nDeposit: Mastercard [[BANK_CARD|5385 9575 2349 3141]]\nCoordinator: [[PERSON|Kanokwan Srisuk]]',
  ],
  [
    'medical-tourism',
    'Medical visa invitation - Chennai\nPatient: [[PERSON|Chukwuemeka Eze]], Nigerian passport [[PASSPORT|A09921847]]\nAttendant: [[PERSON|Ngozi Eze]] (wife), passport [[PASSPORT|A10374458]]\nCondition: severe rheumatic mitral stenosis, MVA 0.8 cm²; mitral valve replacement planned.\nHospital UHID: [[MRN|MAA.0004417392]]\nPatient email: [[EMAIL|emeka.eze@example.com.ng]]',
  ],
  [
    'medical-tourism',
    'Dental tourism package - Antalya\nGuest: [[PERSON|Katarzyna Wiśniewska]]  Passport: [[PASSPORT|EW4409182]]\nPlan: 20 zirconia crowns, 4 implants (lot 8821X).\nAirport pick-up 14:30, driver [[PERSON|Mehmet]], [[PHONE|+90 532 418 2290]]\nGuest WhatsApp: [[PHONE|+48 601 227 418]]',
  ],
  [
    'medical-tourism',
    'Health screening package - Penang\n[[PERSON|Dewi Anggraini Siregar]], Indonesian passport [[PASSPORT|C3318204]]\nScreening no. [[MRN|HS-PG-26-08842]]\nFindings: fatty liver grade 2, LDL 4.6 mmol/L, HbA1c 6.1%.\nReport emailed to [[EMAIL|dewi.siregar@example.co.id]]',
  ],
  [
    'medical-tourism',
    'Pre-op clearance - Tijuana\nPatient: [[PERSON|Brandy-Lynn Hutchins]], US passport [[PASSPORT|A04417826]]\nBMI 44.7, OSA on CPAP. Gastric sleeve planned for [[DATE|January 7, 2027]].\nDeposit $1,500 paid by Visa [[BANK_CARD|4560-2881-2339-7510]].\nCrossing at San Ysidro by car, plate [[PLATE|9KVR382]] (California).\nEmergency contact: [[PERSON|Wade Hutchins]], [[PHONE|(619) 555-0158]]',
  ],
  [
    'ambulance',
    'PCR - Medic 14\nDispatched 02:17 to residence: [[ADDRESS|48 Ridgecrest Drive, Asheville, NC 28806]]\nPt [[PERSON|Virgil Applewhite]], 71M, found by wife [[PERSON|June]] on the bathroom floor, A&O x2.\nBGL 38 mg/dL; D10 250 mL IV, repeat BGL 142. Refused transport after 30 min; capacity assessed, AMA signed.\nCrew: [[PERSON|R. Castillo]], [[PERSON|T. Mbeki-Harris]]',
  ],
  [
    'ambulance',
    'ePCR - chest pain\nPatient: [[PERSON|Hamish Tuilagi]], 58\nPickup: [[ADDRESS|17 Banksia Court, Frankston VIC 3199]]\nInferior STEMI on 12-lead; aspirin 300 mg, GTN x1 (BP 118/72), fentanyl 50 mcg IN.\nPre-alert to cath lab, ETA 14 min.\nWife [[PERSON|Leilani Tuilagi]] following in car [[PLATE|1HQ 7TZ]].',
  ],
  [
    'ambulance',
    'Patient report form - RTC\nPatient: [[PERSON|Oksana Hrytsenko]], 29F, restrained driver of [[PLATE|YK21 OFX]], head-on with a lorry.\nCanadian C-spine rule applied, GCS 15, seatbelt sign, LUQ tenderness, HR 118, BP 104/66.\nConveyed to major trauma centre. Husband [[PERSON|Taras]] informed on [[PHONE|07700 900231]].',
  ],
  [
    'forensic',
    'Independent medical examination\nExaminee: [[PERSON|Roberto Guzmán-Reyes]]\nDate of injury [[DATE|04/02/2026]]: fell from a ladder, L1 compression fracture 30%.\nCurrent: Oswestry 42%, lumbar ROM reduced. Maximum medical improvement reached; 8% whole person impairment (AMA Guides, 6th ed.).\nExaminer: [[PERSON|Sheldon Marx]], MD\ncc: attorney [[PERSON|Valerie Quon]], [[EMAIL|vquon@law.example.com]]',
  ],
  [
    'forensic',
    'Forensic physician - custody suite\nDetained person: [[PERSON|Liam Kowalski-Reid]]  DOB [[DATE|30/01/2001]]\nInjuries: 2 cm laceration left eyebrow (glued), abrasions right knuckles. Breath alcohol 62 µg/100 ml.\nFit to detain; fit for interview once sober, with an appropriate adult.\nFP: Dr [[PERSON|Folasade Williams]]',
  ],
  [
    'forensic',
    'Paramedical exam - life insurance application\nApplicant: [[PERSON|Nuala Brennan-Osei]]\nPolicy no.: [[INSURANCE_ID|LF-7740182-NY]]\nHeight 5 ft 6 in, weight 171 lb; BP 138/88 and 136/86; urine cotinine negative.\nExaminer: [[PERSON|Tomasz Grabowski]]',
  ],
  [
    'admission',
    'H&P - hospitalist admission (copied forward, please update)\nPt: [[PERSON|Bartholomew Achterberg]]  MRN [[MRN|00-7731-452]]  DOB [[DATE|12/02/1949]]  76M\nAddr: [[ADDRESS|906 W Cornelia Ave Apt 3R, Chicago, IL 60657]]  Ph [[PHONE|(312) 555-0194]]\nCC: SOB x 3d\nHPI: 76M w/ HFrEF (EF 25%, ICD in situ, device serial PJN448812H), CKD 3b, AF on apixaban, p/w worsening DOE, orthopnea 3 pillows, +10 lb since [[DATE|11/10]]. Ran out of furosemide 4 d ago (pharmacy closed for Thanksgiving?). Denies CP, syncope, ICD shocks.\nPMH: as above; R TKA 2015; gout.\nSH: lives w/ partner [[PERSON|Everett Simms]] (HCPOA, [[PHONE|(312) 555-0107]]); ex-smoker 40 pk-yr, quit 2009.\nLabs: BNP 2,140, Cr 2.1 (baseline 1.7), K 5.3, Na 131, trop 0.04 flat.\nA/P: ADHF - IV furosemide 80 mg BID, strict I/O, daily wt, cardiology consult (Dr [[PERSON|Marguerite Olabode]]).\n-- [[PERSON|S. Venkatesh]], MD (pager 4471)',
  ],
  [
    'discharge',
    'D1SCHARGE SUMMARY\nPat1ent: [[PERSON|Rosalind Hart]]   MRN: [[MRN|0O41 7782]]\nD0B: [[DATE|O3/O7/1950]]   Ward: 6B\nDiagnos1s: non-ST elevation MI; heart failure with preserved EF\nDischarge meds: asp1rin 75 mg OD, ticagrelor 90 mg BD, atorvastatin 80 mg ON\nFollow-up: cardiology clinic in 6 weeks (Dr [[PERSON|Hartley]])',
  ],
  [
    'lab',
    'Renal profile (reference ranges in brackets)\nSodium       136 mmol/L   (133-146)\nPotassium    5.9 mmol/L   (3.5-5.3)  H  - phoned to ward\nUrea         14.2 mmol/L  (2.5-7.8)  H\nCreatinine   214 umol/L   (59-104)   H\neGFR         27 mL/min/1.73m2\nComment: haemolysed? Suggest repeat on a fresh sample. Analyser AU5800, lot 2611-A.',
  ],
  [
    'education',
    "Teaching note: Bell's palsy vs stroke. In Bell's palsy the forehead is involved (lower motor neurone); in stroke the forehead is usually spared. Ramsay Hunt syndrome adds vesicles in the ear. Prednisolone 50 mg daily for 10 days if seen within 72 hours (NICE CKS, revised 2024). House-Brackmann grade documents severity.",
  ],
  [
    'nursing',
    'Device check: dual-chamber pacemaker, serial RXN204418, battery 8.5 years, atrial pacing 12%, ventricular pacing 3%, no mode switches, lead impedances normal. Underlying rhythm sinus 58 bpm. Next remote check in 3 months; next clinic in 12 months.',
  ],
  [
    'telemedicine',
    'Video visit technical log\nPatient [[PERSON|Yaw Darko-Mensah]] joined from [[IP|2001:db8:4a1f::7c2]] at 14:02, dropped 14:09, rejoined from [[IP|203.0.113.141]] (mobile data).\nClinician Dr [[PERSON|Ines Carvalho]] completed the visit by phone: [[PHONE|(202) 555-0148]].\nVisit ID [[MRN|TV-26-118840]]',
  ],
  [
    'incident',
    'Privacy incident report\nOn [[DATE|11/14/2026]] a password reset for portal account [[ACCOUNT|mgarciaflores]] was requested from [[IP|198.51.100.212]], and the recovery email was changed to [[EMAIL|mgf.recovery@example.net]].\nThe account belongs to patient [[PERSON|Milagros García Flores]]; her lab results were viewed twice before the account was locked.\nReported by: [[PERSON|Devon Achebe-Lutz]], privacy officer',
  ],
  [
    'consent',
    'Research consent - biobank\nParticipant: [[PERSON|Farida Yusupova]]  Participant ID [[MRN|BB-04417]]\nI agree that my samples may be used for future research, including whole-genome sequencing.\nWithdraw at any time: [[URL|https://biobank.example.org/withdraw]]\nSigned: [[PERSON|Farida Yusupova]]  [[DATE|20/11/2026]]\nWitness: [[PERSON|Ewa Nowicka]]',
  ],
  [
    'outpatient',
    'Urology clinic letter\nRe: [[PERSON|Ignatius Ferrante]], Hosp No [[MRN|U2093874]]\nThank you for referring this man with a 7 mm left distal ureteric stone. He has passed the stone at home and CT KUB shows no residual calculi. Stone analysis: calcium oxalate. Advice: 2.5-3 L fluid daily.\nDr [[PERSON|Harriet Stone]], Consultant Urologist',
  ],
  [
    'progress',
    'Ward round, Ward 9: Mr [[PERSON|Ward]] (bed [[MRN|22]]) slept well, pain controlled on paracetamol only. Wound clean. Eating and drinking. For discharge home today if physio happy with stairs. Daughter [[PERSON|Esme]] collecting at 15:00.',
  ],
  [
    'outpatient',
    "Neurology clinic\n[[PERSON|Tobiah Bell]], 38, right Bell's palsy since [[DATE|2 November]], House-Brackmann III, improving. Completed prednisolone. Eye taping at night, lubricant drops.\nReview in 6 weeks. Dr [[PERSON|Anjali Raman]]",
  ],
  [
    'outpatient',
    "GP letter to neurology\nDear Dr [[PERSON|Parkinson]],\nRe: [[PERSON|Ambrose Kettleborough]], DOB [[DATE|14/09/1955]], [[ADDRESS|7 Tinker's Lane, Ilkley LS29 8QR]]\nI would be grateful if you could see this 71-year-old man with a 6-month history of a resting tremor in the right hand and micrographia. I wondered about Parkinson's disease; there is no family history. He also takes prochlorperazine intermittently.\nYours sincerely, Dr [[PERSON|Folake Adeyinka]]",
  ],
  [
    'admission',
    'ED triage - Cork\nName: [[PERSON|Niamh Ó Laoghaire]]  MRN [[MRN|CUH0044172]]\nAddress: [[ADDRESS|4 Glen Ryan Road, Blackpool, Cork T23 X8V2]]\nPresenting: fall from bike, wrist deformity. Manchester triage: orange (severe pain 8/10).\nNOK: partner [[PERSON|Aoife Desmond]], [[PHONE|+353 87 415 2290]]',
  ],
  [
    'outpatient',
    'Sexual health clinic - attendance\nClinic number: [[MRN|GU-26-8841]]  Name given: [[PERSON|Jonah]]\nPreferred contact: text only to [[PHONE|07700 900663]]; no letters home.\nPrEP review: creatinine 88 umol/L, HIV neg, syphilis neg. 3-month supply issued.',
  ],
  [
    'maternal',
    'Antenatal booking - community midwife\nWoman: [[PERSON|Losa Fifita]]  NHI: [[INSURANCE_ID|PLM3022]]\nEDD [[DATE|14/06/2027]] by dating scan. G3P2, BMI 36, previous GDM - early glucose tolerance test.\nPartner: [[PERSON|Sione Fifita]], [[EMAIL|sione.fifita@example.co.nz]]\nLMC midwife: [[PERSON|Kahurangi Rewi]]',
  ],
  [
    'maternal',
    'NICU handover\nCot [[MRN|3]]: Baby Girl [[PERSON|Okonkwo]], 29+4 weeks, day 6, CPAP 6 cmH2O FiO2 0.25, caffeine, TPN + EBM 2 ml 2-hourly. Mum [[PERSON|Adaeze]] expressing well.\nCot [[MRN|5]]: Baby Boy [[PERSON|Hernández]], term, HIE grade 2, cooling day 2 of 3. Dad [[PERSON|Rodrigo]] asking for a family meeting.',
  ],
  [
    'dialogue',
    'Interpreter-mediated consultation (Arabic)\nDr: Can you tell me your full name?\nInterpreter ([[PERSON|Hiba Mansour]]): She says [[PERSON|Umm Khaled]], but her name on the ID is [[PERSON|Samira Abdelaziz Haddad]].\nDr: And your date of birth?\nPatient, via interpreter: [[DATE|1 January 1962]].\nDr: Any allergies? - Penicillin, rash.',
  ],
  [
    'telemedicine',
    'Teledermatology referral\nPatient: [[PERSON|Milica Janković]], 46\nImages: [[URL|derm-images.example.net/case/2611/MJ-0417]]\nLesion: 7 mm asymmetric pigmented lesion L shoulder, changed colour over 3 months. Dermoscopy: atypical network, blue-white veil.\nTriage: 2-week-wait. Referring GP: Dr [[PERSON|Oyinda Balogun]]',
  ],
  [
    'outpatient',
    'Audiology - hearing aid fitting\nClient: [[PERSON|Horace Whittingham-Lyle]], [[AGE|90]]\nAids: RIC, serial L 2611-0445 / R 2611-0446, programmed to NAL-NL2.\nReal-ear measures done; speech in noise improved.\nWife [[PERSON|Mavis]] taught battery changes. Review in 4 weeks.',
  ],
  [
    'outpatient',
    'Sports physio - initial assessment\nAthlete: [[PERSON|Jaylen Oduya-Marsh]], 22, winger\nSocial media (club asked us not to post): [[ACCOUNT|@jaylen_om7]]\nGrade 2 hamstring strain (biceps femoris), felt pop at 60 min on [[DATE|15 Nov]]. Askling H-test positive.\nReturn-to-play estimate 3-4 weeks.',
  ],
  [
    'outpatient',
    'Sleep clinic - CPAP follow-up\nPatient: [[PERSON|Rusty Calloway]]  Sleep study no. [[MRN|PSG-2610-77]]\nMachine serial 23171458092. App account: [[ACCOUNT|rcalloway_cpap]]\n30-day usage 6 h 12 min/night, AHI 3.1, leak 95th centile 18 L/min. Epworth 14 to 6.',
  ],
  [
    'billing',
    'Fertility clinic - treatment invoice\nPatients: [[PERSON|Leocadia Brightman]] and [[PERSON|Hiroshi Tanabe]]\nCycle: IVF with ICSI, 9 oocytes, 6 fertilised, 2 blastocysts frozen. AMH 1.4 ng/mL.\nTotal $14,860.00 charged to Amex [[BANK_CARD|3713 627396 97501]]\nStatements to [[EMAIL|leo.brightman@example.com]]',
  ],
  [
    'occupational',
    'Pre-departure medical exam (overseas worker)\nName: [[PERSON|Maria Cristina Bautista]]  Passport: [[PASSPORT|P4417802B]]\nPhilHealth No.: [[INSURANCE_ID|12-050418822-7]]\nChest X-ray: normal. Hep B sAg negative. Pregnancy test negative.\nFit to work abroad. Examining physician: Dr [[PERSON|Rolando Macaraeg]]',
  ],
  [
    'outpatient',
    'First Nations health clinic (BC) - diabetes visit\nName: [[PERSON|Skye Thunderchild]]  PHN: [[INSURANCE_ID|9770 318 423]]\nHbA1c 9.2%. Started semaglutide 0.25 mg weekly. Foot exam: monofilament intact.\nElder support from her grandmother [[PERSON|Agnes]] at home.',
  ],
  [
    'billing',
    'Non-emergency medical transport booking\nMember: [[PERSON|Clarence Odom]]  Medicaid ID [[INSURANCE_ID|TX7731904416]]\nPickup: [[ADDRESS|5120 Pecan Hollow Dr, Houston, TX 77048]], wheelchair van\nAppointment: dialysis, [[DATE|11/24/2026]] 05:30, return 10:00\nCallback: [[PHONE|(713) 555-0136]]',
  ],
  [
    'discharge',
    'Oncology clinic letter\nRe: [[PERSON|Bronwen Pugh-Adebayo]], DOB [[DATE|22/07/1968]], NHS No [[INSURANCE_ID|487 229 0097]]\nDiagnosis: right breast cancer, T2N1, ER+ HER2-; completed adjuvant chemotherapy on [[DATE|5 November 2026]].\nPlan: letrozole 2.5 mg daily, abemaciclib to start after radiotherapy.\ncc: [[PERSON|Bronwen Pugh-Adebayo]], [[ADDRESS|11 Heol y Nant, Whitchurch, Cardiff CF14 1JW]]\nDr [[PERSON|Rhiannon Evans-Lloyd]], Consultant Oncologist',
  ],
  [
    'chat',
    "WhatsApp - Adebayo family\n[[PERSON|Tunde]]: Mummy is in A&E at the General, they said her sugar was 2.1\n[[PERSON|Funmi]]: Jesus. Is she talking?\n[[PERSON|Tunde]]: Yes now, they gave her glucose. Dr [[PERSON|Whitaker]] wants to keep her\n[[PERSON|Funmi]]: I'm coming. Tell them she stopped eating on Friday but still took the gliclazide\n[[PERSON|Tunde]]: will do. Bring her reading glasses",
  ],
  [
    'outpatient',
    'Paediatric growth clinic\n[[PERSON|Ruby Castellano-Price]], 9 years 4 months (DOB [[DATE|18/07/2017]]). Height 119.2 cm (0.4th centile), weight 21.0 kg. Bone age 7 years. IGF-1 low-normal.\nMid-parental height 163 cm. Plan: growth hormone stimulation test.\nMum [[PERSON|Francesca]] on [[PHONE|0113 496 0721]].',
  ],
  [
    'outpatient',
    'Respiratory clinic (with interpreter)\nPatient: [[PERSON|Liang Shufen]] ([[PERSON|梁淑芬]]), 74, Mandarin-speaking\nMedicare [[INSURANCE_ID|6883 32109 1]]\nCOPD GOLD 3, mMRC 3. 两次急性加重 this year. Start Trelegy 1 puff daily; pulmonary rehab referral.\nSon [[PERSON|Liang Wei]] on [[PHONE|0491 572 661]]',
  ],
  [
    'medical-tourism',
    'Japan travel clinic visit\nPatient: [[PERSON|Takahashi Haruto]] ([[PERSON|高橋陽翔]]), 31, tourist\nPassport: [[PASSPORT|TZ1186042]]\nCough and fever 38.6 °C, influenza A positive. Oseltamivir 75 mg BD x 5 days.\nPaid by JCB [[BANK_CARD|3569 3481 4153 0477]]\nHotel: [[ADDRESS|Room 503, Harbourlight Inn, 212 Queen Street, Auckland 1010]]',
  ],
  [
    'outpatient',
    'Refugee health assessment\n[[PERSON|Zarghuna Ahmadzai]], 34, arrived [[DATE|3 October 2026]] with her children [[PERSON|Mursal]] (9) and [[PERSON|Ahmad Shah]] (6).\nQuantiFERON negative; vitamin D 21 nmol/L; Hb 104 g/L. Catch-up vaccines started.\nPashto interpreter: [[PERSON|Wahid Noorzai]]. Contact: [[EMAIL|zarghuna.a@example.org.au]]',
  ],
  [
    'nursing',
    'Night shift note: patient settled after 02:00, pain score 3/10 after oxycodone 5 mg. Obs stable: HR 84, BP 128/76, RR 16, SpO2 96% on room air, temp 37.2. Catheter draining clear urine, 60-80 ml/h. Daughter phoned at 22:00 and was updated. Plan: mobilise with physio in the morning.',
  ],
  [
    'billing',
    'Emergency department statement\nGuarantor: [[PERSON|Cheyenne Redbird-Larsen]]  Patient account [[MRN|ED-4409172]]\nDate of service [[DATE|10/03/2026]]: ED visit level 4, CT head without contrast, laceration repair 2.5 cm.\nBalance after insurance: $612.40. Paid in full by Discover [[BANK_CARD|6011 5733 7417 5255]].\nQuestions: [[EMAIL|cheyenne.rl@example.com]]',
  ],
];

export function generateDeidHoldout4(): LabelledRecord[] {
  return holdoutRecords('h4', zh, en);
}

export const DEID_HOLDOUT_4_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/labelled/deid-holdout-4.jsonl',
);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const records = generateDeidHoldout4();
  writeFileSync(DEID_HOLDOUT_4_PATH, renderJsonl(records));
  console.log(`wrote ${records.length} records to ${DEID_HOLDOUT_4_PATH}`);
}
