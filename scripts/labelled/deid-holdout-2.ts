import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { holdoutRecords, type LabelledRecord, renderJsonl } from './generate-deid.ts';

/**
 * The ROUND-2 fresh held-out de-identification set (data/labelled/deid-holdout-2.jsonl): hand-written
 * snippets with hand-placed spans, marked inline as [[TYPE|text]] (parseMarked strips the marks and
 * records UTF-16 offsets). Written by a separate annotator who did not read the recognizer code and
 * never ran a recognizer on these snippets; it must not be used to tune the recognizers.
 *
 * Identifiers are synthetic: resident IDs carry a valid GB 11643 check character, bank cards a valid
 * Luhn digit, HKIDs and Singapore NRICs a valid check character; UK phones use the 07700 900xxx and
 * 01632 960xxx drama ranges, US phones 555-01xx, mail domains are example.*, IP addresses come from
 * the documentation ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32).
 *
 * Span conventions (see data/labelled/deid-holdout-2.card.yaml): the identifier only, never its label,
 * title, kinship word or the 老/小 prefix; ADDRESS from the first place part to the last number or room;
 * DATE for dates in the person's care or life (not years alone, not expiry, batch or policy dates);
 * phone numbers with their country code and extension; identifiers inside a URL or an e-mail address
 * are not marked again. Unmarked on purpose: drug doses, lab values, ICD-10 codes, guideline years,
 * device serial and batch numbers, drug approval numbers, bed counts, ward and hospital names,
 * eponymous diseases and signs, herbs named after people (何首乌, 徐长卿, 刘寄奴), service numbers
 * (120, 12320, 999, NHS 111) and card fragments ("ending 3027").
 */
const zh: Array<[string, string]> = [
  [
    'admission',
    '入院记录\n姓名：[[PERSON|欧阳明远]]　　性别：男　　年龄：41岁\n住院号：[[MRN|0024-8817]]　　床号：[[MRN|31]]\n身份证号：[[ID_CARD|420102198211097459]]\n现住址：[[ADDRESS|湖北省武汉市江岸区解放大道1868号丹水池小区7栋2单元803室]]',
  ],
  [
    'admission',
    '患者[[PERSON|万俟雪松]]，男，[[AGE|91]]岁，身份证[[ID_CARD|230103193308032297]]，因"反复胸闷气短5年，加重2天"入院。既往高血压30年，服氨氯地平5mg qd。',
  ],
  [
    'discharge',
    '出院小结\n患者：[[PERSON|上官婉清]]　住院号：[[MRN|ZY2024-0317726]]\n入院日期：[[DATE|2024年10月3日]]　出院日期：[[DATE|2024年10月15日]]\n出院诊断：1.桥本甲状腺炎 2.甲状腺功能减退症（E03.9）\n出院带药：左甲状腺素钠片50μg qd',
  ],
  [
    'progress',
    '[[DATE|11月14日]]查房记录：[[PERSON|司马青]]今日精神可，诉夜间可平卧，双下肢水肿较前减轻；NT-proBNP 1260pg/ml，较前下降。[[PERSON|诸葛]]主任查房后指示：继续呋塞米20mg静推qd。',
  ],
  [
    'nursing',
    '[[MRN|42]]床[[PERSON|冼佩仪]]，术后第1天，引流管通畅，引流液约40ml，淡血性。本病区今日开放床位48张，加床2张。交班护士：[[PERSON|佘晓岚]]',
  ],
  [
    'message',
    '[[PERSON|亓]]医生您好，我是昨天看甲状腺的[[PERSON|郇丽华]]，您让我两周后复查，请问要空腹吗？我电话[[PHONE|+86 139 1073 6652]]',
  ],
  [
    'chat',
    '[[PERSON|田野]]：爸今天输完液了吗\n[[PERSON|田园]]：输完了，医生说明天做胃镜\n[[PERSON|田野]]：那我明天请假过去，车停哪？\n[[PERSON|田园]]：地下二层，你的车牌[[PLATE|鄂A·7Q2M8]]我已经在护士站登记了',
  ],
  [
    'referral',
    '双向转诊单（上转）\n患者姓名：[[PERSON|禚春生]]　性别：男　出生日期：[[DATE|1951年4月21日]]\n身份证号：[[ID_CARD|460106195104217119]]\n家庭住址：[[ADDRESS|海南省海口市龙华区金贸街道国贸路56号]]\n转诊原因：血糖控制不佳，HbA1c 10.2%，空腹血糖13.6mmol/L',
  ],
  [
    'lab',
    '检验报告单\n姓名：[[PERSON|皇甫文静]]　性别：女　年龄：36岁\n门诊号：[[MRN|MZ 2024 1102 0387]]　条码号：[[MRN|8800 2931 4475]]\n采样时间：[[DATE|2024-11-02]] 08:12　送检科室：内分泌科\nTSH 6.8 mIU/L↑　FT4 11.2 pmol/L',
  ],
  [
    'report',
    '影像号：[[MRN|DR-20241105-0211]]　检查号：[[MRN|E24110500117]]\n患者：[[PERSON|呼延卓]]　男　[[AGE|96]]岁\n检查项目：胸部正位片\n所见：双肺纹理增多，心影增大，主动脉弓钙化。',
  ],
  [
    'report',
    '病理诊断报告\n病理号：[[MRN|Z24-13592]]　住院号：[[MRN|731204]]\n姓名：[[PERSON|尉迟芳菲]]　送检日期：[[DATE|2024/09/27]]\n病理诊断：（左乳）浸润性导管癌，II级；ER(+,90%)，PR(+,60%)，HER2(1+)，Ki-67约20%。',
  ],
  [
    'consent',
    '手术知情同意书\n患者姓名：[[PERSON|公孙玉莲]]　住院号：[[MRN|ZY24-05531]]\n拟行手术：腹腔镜下胆囊切除术\n患者签名：[[PERSON|公孙玉莲]]　委托人签名：[[PERSON|沈向东]]（与患者关系：丈夫）\n日期：[[DATE|2024年8月19日]]',
  ],
  [
    'billing',
    '住院费用退款申请表\n患者姓名：[[PERSON|逄金花]]　住院号：[[MRN|20240815-112]]\n退款金额：3,250.00元\n收款人：[[PERSON|逄建国]]（之子）\n开户行：中国农业银行青岛市南支行\n卡号：[[BANK_CARD|6228 4803 0308 4802 816]]\n联系电话：[[PHONE|0532-8296 4417]]',
  ],
  [
    'billing',
    '医保结算单：参保人[[PERSON|眭志诚]]，医保卡号[[INSURANCE_ID|Q37021100472913]]，险种：城镇职工基本医疗保险，统筹支付2,184.60元，个人自付316.20元。',
  ],
  [
    'dialogue',
    '医生：叫什么名字？\n患者：[[PERSON|靳高峰]]，高低的高，山峰的峰。\n医生：身份证带了吗？\n患者：带了，[[ID_CARD|14010519861005567X]]。',
  ],
  [
    'pharmacy',
    '药学门诊记录\n患者[[PERSON|蒯秀梅]]，门诊号[[MRN|0071 4426 93]]，服华法林3mg qd，今日INR 3.6，较上次（2.4）升高；近一周自行加服何首乌粉。建议停用何首乌，华法林减量至2.25mg，3天后复查INR。\n药师：[[PERSON|隗晨]]',
  ],
  [
    'followup',
    '出院随访电话记录\n随访对象：[[PERSON|昝卫红]]（患者之女）　联系电话：[[PHONE|152-3817-0946]]\n患者[[PERSON|昝德福]]出院后第7天，血压135/80mmHg，无头痛，遵医嘱服药。\n随访护士：[[PERSON|乜小玲]]　随访日期：[[DATE|2024-12-02]]',
  ],
  [
    'transfer',
    '转科记录\n患者[[PERSON|澹台明月]]，因"急性前壁心肌梗死"于[[DATE|2024年7月6日]]收入CCU，行PCI术后病情平稳，今日转入心内二病区[[MRN|17]]床继续治疗。登记号：[[MRN|0003829941]]',
  ],
  [
    'outpatient',
    '门诊病历\n[[PERSON|白雪]]，女，28岁，ID号：[[MRN|B1043928]]\n主诉：反复腹泻伴腹痛半年。\n初步诊断：克罗恩病？（K50.9）\n处理：预约结肠镜，美沙拉嗪1g tid。',
  ],
  [
    'message',
    '你好，我是[[MRN|9]]床[[PERSON|甘甜]]的老公，她明天出院，出院证明能不能寄到[[ADDRESS|江西省赣州市章贡区红旗大道22号阳光花园4栋1单元602室]]？收件人写我[[PERSON|付出]]就行，电话[[PHONE|18970 552 184]]',
  ],
  [
    'nursing',
    '护理记录：[[DATE|11-21]] 22:00 [[MRN|5]]床[[PERSON|夏天]]体温39.2℃，予物理降温，报告值班医生[[PERSON|林立]]，遵医嘱予布洛芬混悬液10ml口服。',
  ],
  [
    'admission',
    '现住址：[[ADDRESS|四川省凉山彝族自治州昭觉县四开乡洒拉地坡村二组]]\n联系人：[[PERSON|吉克阿依]]（妻）　电话：[[PHONE|13881 706 245]]',
  ],
  [
    'admission',
    '患者[[PERSON|阿依古丽·买买提]]，女，45岁，维吾尔族，户籍地：[[ADDRESS|新疆维吾尔自治区喀什地区疏附县托克扎克镇]]，因"间断上腹痛3月"入院。',
  ],
  [
    'admission',
    '家属联系地址：[[ADDRESS|上海市黄浦区瑞金二路272弄14号2楼]]，联系人[[PERSON|厍家栋]]（侄子）。',
  ],
  [
    'nursing',
    '老人[[PERSON|璩玉珍]]独居于[[ADDRESS|北京市东城区南板桥胡同甲9号]]，社区网格员[[PERSON|常青]]每周上门一次，协助分药。',
  ],
  [
    'outpatient',
    '《中国高血压防治指南（2024年修订版）》推荐：合并糖尿病者血压目标<130/80mmHg；常用缬沙坦80mg qd、氨氯地平5mg qd。本科室共设床位56张，周一至周五开设高血压专病门诊。',
  ],
  [
    'pharmacy',
    '患者：[[PERSON|宋半夏]]　门诊号：[[MRN|M0558107]]\n处方：法半夏9g，何首乌15g，王不留行10g，刘寄奴10g，徐长卿12g，陈皮6g，甘草6g，水煎服，日一剂，共7剂。',
  ],
  [
    'admission',
    '鉴别诊断：1.帕金森病；2.肝豆状核变性（威尔逊病）；3.亨廷顿病。查体：巴宾斯基征阴性，布鲁津斯基征阴性，格拉斯哥评分15分。',
  ],
  [
    'outpatient',
    '起搏器：双腔，序列号PJN7716042，低限频率60次/分，电池电压2.78V。患者[[PERSON|宇文海涛]]诉近来活动后乏力，ECG示起搏心律。',
  ],
  [
    'pharmacy',
    '冷链药品核对：阿达木单抗注射液40mg/0.8ml，批号2310577，有效期至2026-03-31，国药准字S20190035。领药人：[[PERSON|鲁向前]]（患者丈夫）',
  ],
  [
    'admission',
    '患者为香港居民，港澳居民居住证号码[[ID_CARD|810000195804279144]]，港澳居民来往内地通行证[[PASSPORT|H60318472]]，香港身份证[[ID_CARD|E768027(2)]]。',
  ],
  [
    'admission',
    '姓名：[[PERSON|彭志豪]]；台湾居民来往大陆通行证：[[PASSPORT|07215563]]；台湾居民居住证：[[ID_CARD|830000196705018617]]',
  ],
  [
    'outpatient',
    '澳门居民[[PERSON|区嘉欣]]，澳门身份证[[ID_CARD|5215738(2)]]，来内地复诊，联系电话[[PHONE|+853 6628 1407]]。',
  ],
  [
    'admission',
    '外籍患者：[[PERSON|朴敏静]]（韩国籍），护照号[[PASSPORT|M48302917]]，单位电话[[PHONE|010-8457 3302 转 106]]。',
  ],
  [
    'message',
    '医生，我下个月要出国，想开个诊断证明，护照号码是[[PASSPORT|EJ4927163]]，[[DATE|2025年1月12日]]的飞机。',
  ],
  ['admission', '往来港澳通行证：[[PASSPORT|C58024731]]，[[PERSON|岑楚瑜]]办理赴港就医备案。'],
  [
    'message',
    '检查报告电子版请发到[[EMAIL|li.muqing_0412@example.com]]，或者发我女儿邮箱[[EMAIL|zhuge.xin@example.cn]]，谢谢。',
  ],
  [
    'message',
    '医生好，加不上您科室的号，我的微信是[[ACCOUNT|qiuyue_0917]]，QQ [[ACCOUNT|2836617049]]，我是[[PERSON|邱悦]]，做过腰椎手术的那个。',
  ],
  [
    'message',
    '请登录[[URL|https://wx.example-hospital.cn/report?visit=MZ24110388&sign=8f2c]]查询报告，或访问[[URL|www.example.org.cn/yy/guahao]]预约复诊。',
  ],
  [
    'outpatient',
    '互联网医院日志：账号[[ACCOUNT|hz_wangjf]]于[[DATE|2024-10-09]] 21:14从IP [[IP|203.0.113.47]]登录，发起视频问诊，接诊医生：[[PERSON|钮]]医师。',
  ],
  [
    'admission',
    '急诊登记：患者由家属自驾送入，车牌号[[PLATE|苏E·D38215]]（新能源），送诊人[[PERSON|訾红梅]]，电话[[PHONE|13913-725-608]]。',
  ],
  [
    'dialogue',
    '家属：押金退到这张卡吧，[[BANK_CARD|6217 0097 0048 1715 928]]，建行的。\n收费员：户名是？\n家属：[[PERSON|暴雨生]]，暴风雨的暴。',
  ],
  [
    'billing',
    '商业保险理赔：理赔款打入[[BANK_CARD|6214-8340-8614-1638]]（招商银行），保单号[[INSURANCE_ID|P2024310588671]]，被保险人[[PERSON|温暖]]。',
  ],
  [
    'billing',
    '医保卡号：[[INSURANCE_ID|H44030800316]]　社保卡号（即身份证号）：[[ID_CARD|440103194012146555]]　参保类型：退休职工',
  ],
  ['admission', '老病历首页登记的身份证为15位：[[ID_CARD|110105480312041]]，系统要求升级为18位后再结算。'],
  [
    'nursing',
    '[[PERSON|冮]]老太太的旧身份证号[[ID_CARD|370102551014086]]与医保系统不符，已请家属[[PERSON|冮丽]]明天带新证来。',
  ],
  ['admission', '患者[[PERSON|饶秋菊]]，身份证：[[ID_CARD|362502 19610510 1301]]，参加城乡居民医保。'],
  [
    'admission',
    '身份证号[[ID_CARD|35020319850627564x]]（末位录入为小写x，已核对原件），联系电话：[[PHONE|１３６　２２７１　０８４９]]',
  ],
  [
    'message',
    '医生你好，我爸[[PERSON|慕容振华]]上周在你们心内科住院，出院时说一个月后复查。我们住在[[ADDRESS|浙江省湖州市长兴县雉城街道金陵北路88弄3号]]，离医院比较远，能不能在当地复查？他现在吃阿托伐他汀20mg、氯吡格雷75mg，胸口没再疼。我电话[[PHONE|157 5723 0918]]。',
  ],
  [
    'chat',
    '[[PERSON|令狐小芸]]：妈的病理号是多少？\n[[PERSON|令狐晨]]：[[MRN|B2024-18807]]，报告说下周三出\n[[PERSON|令狐小芸]]：好，我周三下午去拿',
  ],
  [
    'message',
    '[[PERSON|长孙]]老师您好！我是您上学期的学生[[PERSON|邬静宜]]。我外婆[[AGE|93]]岁了，住在[[ADDRESS|绍兴市越城区]]，最近在当地医院住院，想请教您一个用药问题。',
  ],
  ['nursing', '请[[PERSON|詹]]护士长安排[[MRN|23]]床家属[[PERSON|鞠文龙]]签署输血治疗同意书。'],
  ['outpatient', '代诉人：[[PERSON|甄秀英]]之女[[PERSON|甄梦瑶]]，称患者近3天进食差，尿量减少。'],
  [
    'outpatient',
    '建议至上级医院行冠脉造影进一步明确。\n\n　　　　　　　　医师签名：[[PERSON|蔺文博]]\n　　　　　　　　[[DATE|2024年6月3日]]',
  ],
  [
    'outpatient',
    '诊断：2型糖尿病（E11.9）；糖尿病周围神经病变（E11.42）。处理：二甲双胍0.5g tid，甲钴胺0.5mg tid，3个月后复诊。已向患者[[PERSON|荆楚]]交代低血糖的识别与处理。',
  ],
  [
    'outpatient',
    '患者：[[PERSON|尚可]]　就诊卡号：[[MRN|3100 0048 2271 6]]　登记号：[[MRN|0009177352]]\n主诉：咳嗽1周。精神尚可，食欲尚可，无发热。',
  ],
  ['lab', '检验号：[[MRN|L240318-0456]]　标本：静脉血（EDTA抗凝）　采集者：[[PERSON|汤]]护士'],
  [
    'report',
    '病案号：[[MRN|０２３８８１７]]　姓名：[[PERSON|佟小满]]　检查：腹部彩超\n提示：肝内多发囊肿，最大约2.1×1.8cm。',
  ],
  [
    'admission',
    '患者于[[DATE|2023年12月]]行冠脉支架植入术，[[DATE|2024.3.15]]复查冠脉CTA示支架通畅；2015年诊断2型糖尿病。',
  ],
  [
    'admission',
    '出生日期：[[DATE|一九三四年十一月七日]]，现年[[AGE|九十]]岁，旧身份证号[[ID_CARD|230103341107529]]，由孙子[[PERSON|单于飞]]陪同入院。',
  ],
  [
    'progress',
    '死亡记录：患者[[PERSON|薄少卿]]于[[DATE|2024年12月1日]]凌晨3:20经抢救无效临床死亡，死亡原因：急性心肌梗死（I21.9）。',
  ],
  ['outpatient', '末次月经：[[DATE|10月28日]]，停经5周，尿hCG阳性。丈夫[[PERSON|秦朗]]陪同就诊。'],
  [
    'message',
    '【温馨提示】本院自2025年1月1日起执行新版收费标准；门诊时间周一至周五8:00-17:00，卫生热线12320，急救请拨120。',
  ],
  [
    'followup',
    '电话随访：拨打患者预留号码[[PHONE|0755-2661 0382]]无人接听，改拨其子[[PERSON|危建平]]手机[[PHONE|+86-186-8805-2317]]，告知复查时间为[[DATE|12月20日]]上午。',
  ],
  [
    'transfer',
    '今日由呼吸与危重症医学科二病区转入神经内科卒中单元，床位待定；转科前NIHSS 4分，血压152/88mmHg。',
  ],
  ['nursing', '小[[PERSON|卢]]，[[MRN|12]]床老[[PERSON|陈]]的家属来了没有？让他去一楼收费处交一下押金。'],
  [
    'admission',
    '籍贯：[[ADDRESS|福建省漳州市诏安县]]；现住：[[ADDRESS|广东省东莞市长安镇霄边社区东门三巷7号301房]]',
  ],
  [
    'admission',
    '患者来自[[ADDRESS|云南省昭通市镇雄县以勒镇松林村上寨组]]，讲彝语，由村医[[PERSON|安福林]]陪同转诊。',
  ],
  [
    'dialogue',
    '护士：您现在住哪？\n家属：[[ADDRESS|长沙市岳麓区桐梓坡西路369号12栋602]]，离这不远。\n护士：好，我记一下。',
  ],
  [
    'message',
    '我打了120，救护车把我妈拉到你们医院急诊了，她叫[[PERSON|仲秋月]]，[[AGE|97]]岁，请问她的登记号是多少？',
  ],
  ['billing', '报销款请打到[[BANK_CARD|6236320346541458588]]，户名[[PERSON|巫马立新]]，开户行中国建设银行。'],
  ['billing', '银行卡号：[[BANK_CARD|6226 0941 0719 5990]]　持卡人：[[PERSON|东方晓曦]]　与患者关系：本人'],
  ['message', '农行卡[[BANK_CARD|9559 2688 6840 3078 838]]，之前交押金用的就是这张，麻烦原路退回。'],
  ['billing', '退费账户：工商银行 [[BANK_CARD|6212 2604 2016 3092 505]]　经办人：[[PERSON|揭]]会计'],
  [
    'nursing',
    '陪护证办理：陪护人[[PERSON|邴晓光]]，身份证[[ID_CARD|510104197011135078]]，与患者关系：兄弟，有效期至出院。',
  ],
  [
    'admission',
    '患儿[[PERSON|郜子墨]]，男，10岁，身份证[[ID_CARD|610113201401103513]]，监护人[[PERSON|郜磊]]，电话[[PHONE|18629 471 055]]。',
  ],
  [
    'admission',
    '姓名：[[PERSON|次仁卓玛]]　民族：藏族　身份证号码：[[ID_CARD|540102198509236965]]\n户籍地址：[[ADDRESS|西藏自治区拉萨市城关区八廓街道冲赛康社区]]',
  ],
  ['outpatient', '身份证 [[ID_CARD|210102-20141001-4148]]，患儿[[PERSON|闵朵朵]]，咳嗽5天，今晨体温38.6℃。'],
  [
    'referral',
    '转诊联系单\n患者：[[PERSON|褚文斌]]　出生日期：[[DATE|1976-10-19]]　身份证：[[ID_CARD|340104197610195791]]\n现住址：[[ADDRESS|安徽省合肥市蜀山区长江西路与科学大道交口东南角翡翠苑11幢1单元1504]]\n转诊原因：肾功能进行性下降，eGFR 28mL/min/1.73m²。',
  ],
  [
    'discharge',
    '出院医嘱：继续服用替格瑞洛90mg bid至少12个月；心脏康复门诊随诊。患者[[PERSON|闻人子衿]]，住院号[[MRN|1102 3376]]，出院日期[[DATE|2024年11月8日]]。',
  ],
  [
    'consent',
    '输血治疗同意书\n患者：[[PERSON|解明]]（ABO血型：A型，Rh阳性）　病案号：[[MRN|BA-774120]]\n患者或委托人签名：[[PERSON|解晓晴]]　关系：女儿　签名时间：[[DATE|2024年9月30日]] 16:40',
  ],
  [
    'report',
    'MRI检查报告\n影像号：[[MRN|MR0089173]]　住院号：[[MRN|ZY-0619-2024]]　床号：[[MRN|8]]\n姓名：[[PERSON|阚一鸣]]　年龄：[[AGE|95]]岁\n印象：双侧基底节区多发腔隙性梗死；脑白质脱髓鞘改变（Fazekas 2级）。',
  ],
  [
    'chat',
    '[[PERSON|熊向阳]]：妈的床号是多少？\n[[PERSON|熊向晖]]：[[MRN|35]]床，心内科7楼，探视到晚上八点\n[[PERSON|熊向阳]]：好，我下班带点小米粥过去',
  ],
  [
    'message',
    '[[PERSON|蒲]]主任您好！附件是我父亲[[PERSON|蒲定邦]]的CT片子，麻烦您有空看看。我的邮箱[[EMAIL|pu_xiaoling@example.net]]，电话[[PHONE|139-8140-2257]]。\n——[[PERSON|蒲晓玲]]',
  ],
  [
    'admission',
    '家庭电话：[[PHONE|(0371) 6593 8820]]　手机：[[PHONE|0086 135 2718 4409]]　联系人：[[PERSON|邰秋生]]（配偶）',
  ],
  [
    'admission',
    '患者[[PERSON|尹栋梁]]，现住址：[[ADDRESS|北京市丰台区方庄芳古园一区14号楼3单元1102室]]，职业：退休教师。',
  ],
  ['admission', '现住址：[[ADDRESS|福州市鼓楼区杨桥中路附12号之3]]，紧急联系人[[PERSON|林依依]]（女儿）。'],
  [
    'lab',
    '就诊流水号：[[MRN|2024112100384]]　挂号科室：消化内科　患者：[[PERSON|芮小溪]]\n幽门螺杆菌13C呼气试验：DOB值 18.6（阳性）',
  ],
  [
    'outpatient',
    '线上复诊异常：患者账号[[ACCOUNT|mu_lan1988]]于[[DATE|2024-11-11]]先后从[[IP|198.51.100.162]]和[[IP|2001:db8:85a3::8a2e:370:7334]]登录，已临时锁定，待本人核验。',
  ],
  ['message', '检查结果已上传，链接：[[URL|http://report.example.cn/s/Xk29Qa]]，提取码7q3z，七天内有效。'],
  [
    'admission',
    '患者自述驾车（车牌[[PLATE|川A 5F2T8]]）时与电动车相撞，右前臂疼痛、畸形，急诊X线示桡骨远端骨折（Colles骨折）。',
  ],
  [
    'nursing',
    '疫苗接种记录：[[PERSON|庞乐乐]]于[[DATE|2024年5月9日]]接种13价肺炎球菌多糖结合疫苗第3剂，疫苗批号J202311087，有效期至2025年10月。',
  ],
  ['admission', '患者[[PERSON|寇德明]]，男，89岁；其妻[[PERSON|寇李氏]]，[[AGE|92]]岁，二人同住养老院。'],
  [
    'progress',
    '[[PERSON|练]]师傅住院号[[MRN|680991]]，今日血常规：WBC 12.6×10^9/L，Hb 98g/L，PLT 156×10^9/L，CRP 64mg/L。',
  ],
  ['message', '我是[[ADDRESS|河南省周口市沈丘县]]的，想去北京协和医院看病，需要先在当地开转诊单吗？'],
  [
    'admission',
    '核对身份：患者[[PERSON|仉淑贞]]，旧证号[[ID_CARD|320106571120382]]，新证号[[ID_CARD|320106195711203826]]，两证信息一致。',
  ],
  [
    'outpatient',
    '患儿[[PERSON|梁芷晴]]（澳门居民），居住证号[[ID_CARD|820000201107137423]]，母亲[[PERSON|何嘉怡]]代诉：皮疹2天，伴瘙痒。',
  ],
  ['outpatient', '患者[[PERSON|金银花]]，女，63岁，自述平时常泡金银花茶、菊花茶饮用，近1月口干多饮。'],
  [
    'referral',
    '[[PERSON|阎]]老师：\n　　现有我院患者[[PERSON|祝福]]，男，56岁，胸痛反复发作，冠脉CTA提示前降支重度狭窄，特转请贵院进一步诊治。\n此致\n敬礼！\n[[PERSON|俞立平]]\n[[DATE|2024年11月20日]]',
  ],
  [
    'nursing',
    '夜班交班：[[MRN|03]]床[[PERSON|侯]]大爷今晨空腹血糖3.6mmol/L，已予口服葡萄糖15g，15分钟后复测5.8mmol/L。',
  ],
  [
    'admission',
    '患者[[PERSON|司空昱]]，男，[[AGE|94]]岁，旧身份证[[ID_CARD|510104300728263]]，因跌倒致左髋部疼痛2小时入院。',
  ],
  [
    'followup',
    '随访记录：[[DATE|2024-11-25]] 电话随访[[PERSON|芦海]]（[[PHONE|133 0918 6624]]），术后第30天，切口愈合良好，已恢复工作；下次随访[[DATE|2025-02-25]]。',
  ],
  [
    'transfer',
    '转院交接单\n患者：[[PERSON|戚美凤]]　住院号：[[MRN|Z0047719]]　ICU床号：[[MRN|6]]\n转入医院：上级医院神经外科\n随行家属：[[PERSON|戚国梁]]　[[PHONE|186 7701 3342]]',
  ],
  [
    'billing',
    '退款账户：[[BANK_CARD|6216 6176 7431 8115 741]]（中国银行）　户名：[[PERSON|郗文娟]]　电子邮箱：[[EMAIL|xwj_refund@example.com]]',
  ],
  [
    'message',
    '请把体检报告寄到[[ADDRESS|南京市鼓楼区湖南路街道狮子桥小区2幢601室]]，同时发邮件到[[EMAIL|shizi_602@example.com]]，联系人[[PERSON|缪佳]]，[[PHONE|025-8330 1176]]。',
  ],
  [
    'admission',
    '家住[[ADDRESS|山东省菏泽市曹县青菏街道刘庄村3组56号]]，由邻居[[PERSON|刘满囤]]骑三轮车送来，途中呕吐2次。',
  ],
];

const en: Array<[string, string]> = [
  [
    'admission',
    "ADMISSION CLERKING\nName: [[PERSON|Eoin O'Connor]]  DOB: [[DATE|03/07/1958]]  Hospital No.: [[MRN|RJ1 448 203]]\nNHS No.: [[INSURANCE_ID|186 091 3903]]\nAddress: [[ADDRESS|Flat 12, Brunswick Court, 44 Abbey Road, Bangor LL57 2EB]]\nPC: central chest pain radiating to the left arm for 2 hours.",
  ],
  [
    'progress',
    'Ward round (Dr [[PERSON|Pieter van der Merwe]]): [[PERSON|Hope Mensah]] is afebrile, CRP down to 48 from 210. Continue co-amoxiclav 1.2 g IV TDS; step down to oral tomorrow if she remains well.',
  ],
  [
    'nursing',
    'Bay 3, bed [[MRN|22]]: Mrs [[PERSON|Siobhán Ní Bhriain]]. Waterlow 18, repositioned 2-hourly. Son [[PERSON|Cathal]] visited 15:00–17:00 and will bring her hearing aids.',
  ],
  [
    'referral',
    "Dear Dr [[PERSON|Okonkwo-Bailey]],\nRe: [[PERSON|Jean-Luc Moreau]], DOB [[DATE|21 Sept 1949]], Case No. [[MRN|KH2024-118306]]\nI would be grateful if you could review this gentleman, whom I suspect has Parkinson's disease (asymmetric rest tremor, bradykinesia, no falls).",
  ],
  [
    'admission',
    'Patient: [[PERSON|CHAN Tai-man]]  HKID: [[ID_CARD|A473550(4)]]  Sex/Age: M/[[AGE|92]]\nAdmitted via A&E on [[DATE|02-Nov-2024]] after a fall at home ([[ADDRESS|Flat D, 18/F, Block 3, Kwai Chung Estate, Kwai Chung, N.T.]]).',
  ],
  [
    'admission',
    'Name: [[PERSON|Tan Boon Huat]]  NRIC: [[ID_CARD|S7241583C]]\nAddress: [[ADDRESS|Blk 612 Ang Mo Kio Ave 4, #08-1127, Singapore 560612]]\nContact: [[PHONE|+65 9123 4708]]',
  ],
  [
    'admission',
    'NOK: [[PERSON|Rajendran s/o Muthusamy]] (son-in-law), [[PHONE|8734 2291]]. Patient [[PERSON|Nur Aisyah binte Ismail]] is his mother-in-law; she speaks Malay only.',
  ],
  [
    'lab',
    'Patient: [[PERSON|DELA CRUZ, Ana María]]  MRN: [[MRN|7742190]]  Encounter: [[MRN|E00918273]]  DOB: [[DATE|11/30/1972]]\nSpecimen: serum. Na 131 mmol/L (L), K 4.2 mmol/L, glucose 14.8 mmol/L (H).',
  ],
  [
    'admission',
    'Lives with partner at [[ADDRESS|4417 N. Sheridan Rd, Apt 2F, Chicago, IL 60640]]; cell [[PHONE|(312) 555-0147]]. Independent with ADLs.',
  ],
  [
    'message',
    "Hi [[PERSON|Priyanka]], it's [[PERSON|Will]] from the surgery. Your bloods are back and all fine. Any questions ring me on [[PHONE|01632 960 418]].",
  ],
  [
    'progress',
    '[[PERSON|June Abernethy]] called again about her repeat prescription; medication review is due in June, no change to amlodipine 5 mg OD until then.',
  ],
  [
    'nursing',
    'Please mark the chart clearly: [[PERSON|Mark Delaney]] has a penicillin allergy (urticarial rash, 2009).',
  ],
  [
    'admission',
    "Background: Crohn's disease (ileocaecal resection), Hashimoto's thyroiditis, Raynaud's phenomenon. O/E: Murphy's sign negative, Romberg negative, plantars downgoing. GCS 15/15.",
  ],
  [
    'nursing',
    'Foley catheter inserted (14 Fr, lot 4471920, exp 2026-09). Previous Whipple procedure in 2019. Wells score 1; Ward 7B has 28 beds, 3 side rooms.',
  ],
  [
    'consent',
    'I, [[PERSON|Oluwadamilare Adebayo-Smith]], confirm that the risks of the procedure have been explained to me.\nWitness: [[PERSON|Grace Liu]] (Staff Nurse)   Date: [[DATE|14/10/2024]]',
  ],
  [
    'billing',
    'Guarantor: [[PERSON|Dolores Whitcombe]]  Member ID: [[INSURANCE_ID|XHP881204736]]\nCard on file: [[BANK_CARD|4367 9892 5235 3027]] (exp 08/27)\nBalance due: $142.50 after plan payment.',
  ],
  [
    'message',
    'Please send the discharge summary to [[EMAIL|ngozi.okafor-reid@example.co.uk]] and copy in her GP practice.',
  ],
  [
    'outpatient',
    'Patient portal username: [[ACCOUNT|mdelaney77]]; last login from [[IP|198.51.100.23]] on [[DATE|2024-11-18]]. Password reset link sent.',
  ],
  [
    'outpatient',
    'Video consult connected from [[IP|2001:db8:4f1a::27]]; the audio dropped twice, so we finished by phone.',
  ],
  [
    'message',
    'Your results are ready: [[URL|https://myrecord.example.org/results/7f3a9c?pt=883104]] (the link expires in 7 days).',
  ],
  [
    'outpatient',
    'Blue Badge letter written for vehicle [[PLATE|KX19 ZPD]]; he uses a wheelchair outdoors since the amputation.',
  ],
  [
    'outpatient',
    'Cantonese interpreter booked for Mr [[PERSON|Leung Chi-keung]]. [[PERSON|Zhou Xiaomei]] (his wife) and her brother [[PERSON|Ouyang Jun]] also attended.',
  ],
  [
    'admission',
    'Overseas visitor: PRC passport [[PASSPORT|E38291746]], Home Return Permit [[PASSPORT|H61029384]]. Charging status to be confirmed by the overseas visitors team.',
  ],
  [
    'admission',
    'ID (Taiwan): [[ID_CARD|F299598971]]   Name: [[PERSON|Lin Yu-ting]]   Tel: [[PHONE|+886 912 345 078]]',
  ],
  [
    'followup',
    'Telephone follow-up [[DATE|19/11/2024]]: spoke to daughter [[PERSON|Aoibheann]] as patient was asleep. No further chest pain; taking ticagrelor and bisoprolol. Cardiac rehab starts [[DATE|2 December]].',
  ],
  [
    'transfer',
    'Transfer to Ward 7B (Respiratory), bed [[MRN|14]]. Accepting consultant: Dr [[PERSON|Ng]]. Handover given to Charge Nurse [[PERSON|Oduya]] at 21:40.',
  ],
  [
    'pharmacy',
    'Pharmacy note: [[PERSON|Hamid Karimi]] (Hosp No [[MRN|M0449217]]) on warfarin 5 mg, INR 4.1 today. Advised omit tonight, recheck Thursday. Interaction: clarithromycin started by GP.\n— [[PERSON|L. Fairweather]], clinical pharmacist',
  ],
  [
    'lab',
    "Accession: [[MRN|24-CH-0033817]]  Patient: [[PERSON|NAKAMURA, Kenji]]  Collected: [[DATE|2024-11-19]] 07:45\nOrdering clinician: Dr [[PERSON|Hashimoto]]\nClinical details: ?Hashimoto's thyroiditis. TPO antibodies 412 IU/mL (H).",
  ],
  [
    'outpatient',
    "Seen by Dr [[PERSON|Addison]] in endocrine clinic: Addison's disease excluded (short Synacthen test normal, 30-min cortisol 612 nmol/L).",
  ],
  [
    'chat',
    "[[PERSON|Faith]]: Dad's out of theatre!!\n[[PERSON|Sunny]]: thank god. which ward?\n[[PERSON|Faith]]: Ward 9, bed [[MRN|6]]. visiting til 8",
  ],
  [
    'referral',
    'Kind regards,\n\n[[PERSON|Aisha Rahman]]\nSpecialist Nurse, Heart Failure Service\n[[EMAIL|aisha.rahman@example.nhs.uk]]',
  ],
  [
    'admission',
    'Lives with his wife at [[ADDRESS|2 Mill Cottages, Lower Slaughter, Gloucestershire GL54 2HX]]; drives, still plays golf twice a week.',
  ],
  [
    'admission',
    'Home: [[ADDRESS|Unit 5/27 Beach Road, Bondi NSW 2026]]. Next of kin: [[PERSON|Mere Tawhiri]] (niece), [[PHONE|0491 570 156]].',
  ],
  [
    'admission',
    'Mailing address: [[ADDRESS|RR 2 Box 118, Millersburg, OH 44654]] (no street delivery). Amish; declines photographs.',
  ],
  [
    'discharge',
    'DISCHARGE SUMMARY\nPatient: [[PERSON|Bartholomew Achterberg]]  Unit No.: [[MRN|U0381274]]\nAdmitted: [[DATE|07/11/2024]]  Discharged: [[DATE|15/11/2024]]\nDiagnosis: community-acquired pneumonia (J18.9), CURB-65 score 2.',
  ],
  [
    'admission',
    'Mrs [[PERSON|Winifred Ashdown]], born [[DATE|March 4, 1931]], is a [[AGE|93]]-year-old retired teacher admitted with delirium; her neighbour, an 84-year-old, found her confused.',
  ],
  [
    'progress',
    'Day 3. [[PERSON|Rosa]] ate half her lunch and walked to the bathroom with a frame. Still on 2 L O2 via nasal cannula; SpO2 94%.',
  ],
  [
    'nursing',
    'Chart #[[MRN|00552819]]: pt states her name is [[PERSON|Kateryna Bondarenko]]; uses [[PERSON|Katya]]. Ukrainian interpreter via phone line.',
  ],
  [
    'outpatient',
    "Dx: Graves' disease. Carbimazole 20 mg OD. Plan: TFTs in 6 weeks (see 2023 ATA guidance). Next appt booked for [[DATE|Jan 8, 2025]] with Dr [[PERSON|Ferreira-Lopes]].",
  ],
  [
    'message',
    'Hi Dr [[PERSON|McAllister]], sorry to bother you on the weekend. Mum (Bed [[MRN|31]]) keeps asking for you. - [[PERSON|Niamh]]',
  ],
  [
    'billing',
    'Refund to card [[BANK_CARD|5187 1231 0002 4037]] approved by [[PERSON|Desmond Kyei]] (Finance). Reference: overpayment on inpatient account.',
  ],
  ['billing', 'Patient paid by card ending 3027; no refund due. Invoice total £0.00 after NHS exemption.'],
  [
    'message',
    "My debit card is [[BANK_CARD|4514-8224-6731-4223]], please take the prescription charge from that. It's [[PERSON|Tomás]] btw.",
  ],
  [
    'billing',
    'Direct debit card: [[BANK_CARD|5520886168864702]]  Cardholder: [[PERSON|Ifeoma Nwachukwu-Hart]]',
  ],
  [
    'billing',
    'Payment card: [[BANK_CARD|3568 9326 9147 4300]] (JCB)   Name on card: [[PERSON|Haruto Inoue]]',
  ],
  [
    'billing',
    'UnionPay card [[BANK_CARD|6259 6330 4842 4918]] used for the deposit at admission; holder [[PERSON|Xu Jiaqi]].',
  ],
  [
    'admission',
    'PRC ID: [[ID_CARD|522601193909283871]]  Name: [[PERSON|Yang Laoshan]]  Age: 85\nSon [[PERSON|Yang Wei]] translates; [[EMAIL|yangwei.family@example.com]].',
  ],
  [
    'admission',
    'HKID [[ID_CARD|K251752(3)]]; Chinese name [[PERSON|陳美玲]], English name [[PERSON|Mei-ling Chan]].',
  ],
  [
    'outpatient',
    'Pt [[PERSON|Lim Wei Ling]] (NRIC [[ID_CARD|T0318842B]]), 21F, polytechnic student, presents with a 3-day sore throat. Centor 2.',
  ],
  [
    'progress',
    'Discussed with Prof [[PERSON|de la Fuente]] (hepatology): start terlipressin; MELD 24. Wife [[PERSON|Consuelo]] updated at the bedside.',
  ],
  [
    'nursing',
    'Night shift: Mr [[PERSON|Patel]] in bed [[MRN|9]] pulled out his cannula at 02:10; re-sited by Dr [[PERSON|Okafor]]. NEWS2 3.',
  ],
  [
    'report',
    'CT HEAD WITHOUT CONTRAST\nAccession #: [[MRN|CTH-7781024]]   MRN: [[MRN|300418822]]\nPatient: [[PERSON|Horvath, Zsófia]]   Exam date: [[DATE|11/21/2024]]\nImpression: no acute intracranial abnormality.',
  ],
  [
    'report',
    "Pathology Lab, Specimen No. [[MRN|SP24-40127]]\nName: [[PERSON|Rhys ap Gwilym]]  DOB: [[DATE|1967-02-14]]\nMicroscopy: tubular adenoma with low-grade dysplasia. Barrett's oesophagus not seen in this sample.",
  ],
  [
    'message',
    'hey its [[PERSON|Destiny]] from room 4 in clinic last week, can u email me the letter at [[EMAIL|destiny.r.okoye@example.org]] thx',
  ],
  [
    'followup',
    'Phone call attempted to [[PHONE|+44 20 7946 0815]] (home) and [[PHONE|07700 900 274]] (mobile); no answer. Letter sent to [[ADDRESS|31 Larkspur Drive, Telford TF3 1QX]].',
  ],
  [
    'transfer',
    'Inter-hospital transfer: [[PERSON|Kofi Boateng-Asare]], FIN [[MRN|2400918772]], ventilated, FiO2 0.45. Retrieval team lead: Dr [[PERSON|Sharma]]. Family contact: [[PERSON|Abena]], [[PHONE|555-0163]].',
  ],
  [
    'pharmacy',
    'Dispensed: methotrexate 15 mg once WEEKLY (Fridays) + folic acid 5 mg weekly (Mondays). Counselled [[PERSON|Beatrix Oyelaran]] and her carer [[PERSON|Hollie]]. Rx no. [[MRN|RX-5521034]].',
  ],
  [
    'pharmacy',
    'Controlled drug register: oxycodone 5 mg caps, batch 22K119, expiry 03/2026; stock balance 56. Witness checks complete.',
  ],
  [
    'outpatient',
    "Impression: Bell's palsy (House–Brackmann grade III). Guillain–Barré and Lyme disease considered unlikely. Prednisolone 60 mg OD for 5 days.",
  ],
  [
    'outpatient',
    'Device: ICD serial no. RXM 448102 H, implanted 2021. Interrogation: 2 episodes of VT terminated by ATP.',
  ],
  [
    'message',
    "Hello Nurse [[PERSON|Joy]], my grandfather [[PERSON|Ebenezer Quaye]] is [[AGE|101]] and he's been coughing since Sunday. We live at [[ADDRESS|14 Osu Badu Street, Dzorwulu, Accra]]. Can the home visit team come?",
  ],
  [
    'admission',
    'Social: lives alone in a council flat ([[ADDRESS|Flat 33, Tennyson House, Peckham Road, London SE5 8UH]]); daughter [[PERSON|Bernadette]] visits Sundays. Ex-smoker, 40 pack-years.',
  ],
  [
    'outpatient',
    "Referred by Dr [[PERSON|Van Rensburg]] (GP). Patient [[PERSON|Delphine Mbeki-Duval]], 38, with a 4-month history of Raynaud's and puffy fingers. Anti-centromere pending.",
  ],
  [
    'lab',
    'Requisition: [[MRN|REQ0094-3381]]  Pt: [[PERSON|Alfie Whitlock-Byrne]]  DOB: [[DATE|22.06.2019]]\nSweat chloride 68 mmol/L. Parents informed by Dr [[PERSON|Ostrowski]].',
  ],
  [
    'dialogue',
    'Nurse: Can I take your date of birth?\nPatient: [[DATE|Fourth of July, 1946]].\nNurse: And your first line of address?\nPatient: [[ADDRESS|12 Glebe Terrace]], same as before.',
  ],
  [
    'dialogue',
    'Doctor: Who is your GP?\nPatient: Dr [[PERSON|Braithwaite]] at the Riverside practice.\nDoctor: And who should we call in an emergency?\nPatient: My husband, [[PERSON|Olu]], on [[PHONE|07700 900 613]].',
  ],
  [
    'progress',
    'MDT: [[PERSON|Saoirse]] is keen to go home; OT to assess stairs. Husband [[PERSON|Dara Ó Súilleabháin]] can take 2 weeks off work from [[DATE|25 Nov 2024]].',
  ],
  [
    'outpatient',
    'Seen in clinic with her mother. [[PERSON|Summer]] (7) has had nocturnal enuresis since the summer holidays; urinalysis clear, no glycosuria.',
  ],
  [
    'admission',
    'Insurance: Medicare No. [[INSURANCE_ID|2953 41804 1]]   Ref 2   Expiry 04/2027\nPatient: [[PERSON|Marguerite Fitzgibbon]]  Phone: [[PHONE|(02) 9555 0184]]',
  ],
  [
    'billing',
    'Policy number [[INSURANCE_ID|AXP-7703-118245]]; pre-authorisation for MRI lumbar spine approved. Claimant: [[PERSON|Reuben Castellanos]].',
  ],
  [
    'admission',
    'Passport: [[PASSPORT|584217736]] (British). Tourist from [[ADDRESS|Cardiff]], staying at a hotel; travel insurance policy [[INSURANCE_ID|TRV-44190827]].',
  ],
  [
    'message',
    'Add me on WeChat pls, my ID is [[ACCOUNT|lily_sg_0321]] - easier than email for sending the scans. [[PERSON|Lily]]',
  ],
  [
    'outpatient',
    "Teleclinic log: joined via [[URL|https://meet.example.com/clinic/room-8841?pid=55302]] from [[IP|192.0.2.144]]; patient's Instagram handle [[ACCOUNT|@runwithrhiannon]] shared by mistake in chat, removed.",
  ],
  [
    'outpatient',
    'HbA1c 58 mmol/mol (7.5%), eGFR 62 mL/min/1.73m2, BP 138/84. ICD-10 E11.65. Per NICE NG28 (2015, updated 2022) add an SGLT2 inhibitor.',
  ],
  [
    'nursing',
    "Bed [[MRN|4]] (Ms [[PERSON|Cheung]]) and bed [[MRN|5]] (Mrs [[PERSON|O'Sullivan-Reyes]]): both NBM from midnight for theatre.",
  ],
  [
    'discharge',
    "Discharged [[DATE|Nov 23rd]] to her daughter's home, [[ADDRESS|7 Orchard Lane, Harrogate HG2 9JD]]. Follow-up with Dr [[PERSON|Chaudhry]] in 6 weeks.",
  ],
  [
    'admission',
    'Brought in by police (vehicle [[PLATE|WV71 HTR]] involved in RTC). Patient identified as [[PERSON|Callum McBride]] from a bank card in his wallet.',
  ],
  [
    'admission',
    'Visitor from [[ADDRESS|Guangzhou]]. Passport [[PASSPORT|EK5530917]]; mainland resident ID [[ID_CARD|650102196009114132]] on his phone; hotel: [[ADDRESS|Room 1208, 88 Nathan Road, Tsim Sha Tsui, Kowloon]].',
  ],
  [
    'message',
    "This is [[PERSON|Zhang Guilan]]'s granddaughter. Grandma's hospital number is [[MRN|0072-4819]]. She has been moved to the stroke unit, is that right?",
  ],
  [
    'progress',
    'Family meeting with [[PERSON|Marek]] and [[PERSON|Agnieszka Wiśniewska]] (children): agreed DNACPR; ceiling of care ward-based. Documented on ReSPECT form.',
  ],
  [
    'consent',
    'Consent form 4 (adult lacking capacity). Patient: [[PERSON|Reginald Featherstonehaugh]]  Hosp No: [[MRN|K0771923]]\nBest-interests decision by Dr [[PERSON|Adeleke]] after discussion with sister [[PERSON|Prudence]], [[DATE|20/11/2024]].',
  ],
  [
    'report',
    'Echo report. Name: [[PERSON|Tuğba Yıldırım]]  Study ID: [[MRN|ECH-24-5519]]  Height 162 cm, weight 71 kg.\nLVEF 35% (Simpson biplane). Moderate MR.',
  ],
  [
    'referral',
    'Dear Dr [[PERSON|Sivakumar]],\nKindly see [[PERSON|Goh Siew Lan]] (NRIC [[ID_CARD|S4419027C]]), residing at [[ADDRESS|Blk 45 Jalan Bukit Merah, #12-308, Singapore 160045]], for evaluation of iron-deficiency anaemia (Hb 8.9 g/dL, ferritin 6 ug/L).\nEmail: [[EMAIL|goh.siewlan@example.com.sg]]',
  ],
  [
    'message',
    'Thanks Dr [[PERSON|Abiodun]] - I have changed my email to [[EMAIL|r.kowalski.1984@example.net]], the old one ([[EMAIL|rkowal@example.org]]) no longer works.\n[[PERSON|Roman Kowalski]]',
  ],
  [
    'billing',
    'Card: [[BANK_CARD|4000 3349 2299 4509]]  exp 11/26  Cardholder: [[PERSON|Ingrid Solberg]]\nBilling address: [[ADDRESS|Storgata 14B, 0184 Oslo]]',
  ],
  [
    'billing',
    'Refund requested to [[BANK_CARD|4761-0220-1373-7304]]; receipt to [[EMAIL|h.oyelaran@example.co.uk]].',
  ],
  [
    'dialogue',
    'Clerk: Contact number?\nRelative: [[PHONE|9438 2176]], or my office, [[PHONE|2555 0192 ext 33]].\nClerk: And your name?\nRelative: [[PERSON|Kwok Wing-sze]], I am her niece.',
  ],
  [
    'discharge',
    'Discharge address differs from registration: now staying at [[ADDRESS|Flat 7C, Tower 2, 8 Laguna Verde Avenue, Hung Hom, Kowloon]] with daughter [[PERSON|Wong Ka-yan]] ([[EMAIL|kayan.wong@example.com.hk]]).',
  ],
  [
    'message',
    "hi this is [[PERSON|Tyrone]]'s mom, he's the 15yo with the broken wrist. new number is [[PHONE|617-555-0129]] and email [[EMAIL|shawna.b.m@example.com]]",
  ],
  [
    'outpatient',
    'Parking permit for [[PLATE|LD68 XKF]] issued for the dialysis schedule (Mon/Wed/Fri); renew at [[URL|https://parking.example.nhs.uk/permit/LD68XKF]].',
  ],
  [
    'outpatient',
    'Audit: record opened from [[IP|192.0.2.77]] by an unrecognised device; patient [[PERSON|Ophelia Grant]] informed by email ([[EMAIL|ophelia.grant@example.org]]).',
  ],
  [
    'admission',
    'Address: [[ADDRESS|Apt 1203, 250 East 87th Street, New York, NY 10128]]   Phone: [[PHONE|+1 212 555 0176]]   Preferred language: Haitian Creole',
  ],
];

export function generateDeidHoldout2(): LabelledRecord[] {
  return holdoutRecords('h2', zh, en);
}

export const DEID_HOLDOUT_2_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/labelled/deid-holdout-2.jsonl',
);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const records = generateDeidHoldout2();
  writeFileSync(DEID_HOLDOUT_2_PATH, renderJsonl(records));
  console.log(`wrote ${records.length} records to ${DEID_HOLDOUT_2_PATH}`);
}
