import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chi, hkid, luhn, medicare, mod11, nhi, nhs, nric, ohip, rid, spaced } from './check-digits.ts';
import { holdoutRecords, type LabelledRecord, renderJsonl } from './generate-deid.ts';

/**
 * The ROUND-52 fresh held-out de-identification set (data/labelled/deid-holdout-52.jsonl): 120
 * hand-written snippets (60 Chinese, 60 English) with hand-placed spans, marked inline as [[TYPE|text]]
 * (parseMarked strips the marks and records UTF-16 offsets). Written by a separate, blind annotator who
 * did not read the recognizer code, the lexicons, the name model, the registry, the bench or the docs,
 * read no earlier snippet beyond the first three of round 51, and never ran a recognizer, the guard or
 * the CLI on these snippets; it must not be used to adjust the recognizers.
 *
 * About four fifths are the everyday documents of a general hospital and the messages of its patients
 * (admission, progress and discharge notes, outpatient notes and dictations, referrals, handovers,
 * nursing notes, lab and imaging reports, prescriptions, consent, billing papers, online
 * consultations, patient messages, family chats and SMS reminders), in new wording; a fifth come from
 * four settings no earlier card names: myelofibrosis (myeloproliferative neoplasm) clinics,
 * IgG4-related disease clinics, osteonecrosis of the femoral head (avascular necrosis) clinics and
 * Kallmann syndrome / congenital hypogonadotropic hypogonadism clinics.
 *
 * Identifiers are synthetic and computed below from hand-chosen parts: 18-digit resident IDs get their
 * GB 11643 check character from a region code, birth date and sequence chosen to agree with the text
 * (the last sequence digit odd for men, even for women); 15-digit IDs are typed from region code, birth
 * date and sex digit; bank cards get a Luhn digit (the American Express card is spaced 4-6-5); NHS
 * numbers are in the 999 test range with their modulus-11 digit, and the Northern Ireland H&C number
 * gets its modulus-11 digit too; the Scottish CHI number gets its modulus-11 digit after a birth date and
 * a sex digit; Australian Medicare numbers get their check digit and an issue digit, the Australian IHI
 * (8003 60…) a Luhn digit; NZ NHIs, the Hong Kong identity card and the Singapore NRICs get their check
 * characters; Ontario health numbers get a Luhn digit; the US MBI follows the published character
 * pattern and the SSN is in the 987-65-432x advertising range. Phones are random mainland numbers or
 * fictional ranges (North American 555-01xx, UK 07700 900xxx and Ofcom drama ranges, Australian 0491 57x
 * and (03) 5550); mail and web hosts are example.*; IP addresses come from the documentation ranges.
 *
 * Span conventions are those of data/labelled/deid-holdout-51.card.yaml (and the earlier cards it
 * refers to); the decisions new in this round are stated in data/labelled/deid-holdout-52.card.yaml.
 */

/** An American Express number: fourteen digits and a Luhn digit, spaced 4-6-5. */
const amex = (body: string): string => {
  const n = luhn(body);
  return `${n.slice(0, 4)} ${n.slice(4, 10)} ${n.slice(10)}`;
};

const zh: Array<[string, string]> = [
  [
    'admission',
    `入院记录（呼吸与危重症医学科）
姓名：[[PERSON|阿卜杜热依木·买买提]]　性别：男　民族：维吾尔族　年龄：67岁
病案号：[[MRN|0031827746]]　床位：[[MRN|19]]床　入院时间：[[DATE|2026年11月21日]] 16:40
身份证号：[[ID_CARD|${rid('650102', '19590306', '371')}]]
病史陈述者：儿子[[PERSON|艾力·阿卜杜热依木]]（患者汉语表达有限，由儿子及护士[[PERSON|米娜瓦尔]]翻译）
主诉：反复咳嗽、咳痰十余年，气喘加重伴双下肢水肿4天。
查体：未吸氧时SpO2 86%，桶状胸，双肺呼气相延长，可闻及散在湿啰音，双踝凹陷性水肿。
联系人电话：[[PHONE|+86 133 9902 4618]]　医保个人编号：[[INSURANCE_ID|65010220197436]]
户籍地址：[[ADDRESS|新疆乌鲁木齐市天山区解放南路88号3栋2单元401]]`,
  ],
  [
    'admission',
    `急诊入院通知单（骨科）
患者[[PERSON|樊桂荣]]，女，[[AGE|96]]岁，今晨在家如厕时跌倒，右髋疼痛不能站立，由120送入。
X线：右股骨转子间骨折（AO 31-A2）。
身份证：[[ID_CARD|140105300411002]]
住院号：[[MRN|ZY2611240219]]　病区：骨科三病区[[MRN|加1]]床
既往：房颤，长期口服华法林3mg qd，今日INR 2.6，已予维生素K1 10mg静滴。
家属：孙女[[PERSON|樊晓雯]]，电话[[PHONE|139 3461 0827]]；外孙[[PERSON|郜志鹏]]，电话[[PHONE|0351-7218460]]
居住地：[[ADDRESS|山西省太原市小店区坞城路街道南内环东街17号院2号楼3单元102]]`,
  ],
  [
    'admission',
    `儿科住院登记
入院日期：[[DATE|2026-11-23]]　住院号：[[MRN|NN-P-2611-3535]]　床号：儿科二病区[[MRN|14]]床
患儿：[[PERSON|覃沐阳]]　男　6岁　体重21kg
入院诊断：社区获得性肺炎（右下肺，伴少量胸腔积液）
监护人：母亲[[PERSON|韦秀鸾]]（壮族）　身份证：[[ID_CARD|${rid('450103', '19930722', '284')}]]
母亲手机：[[PHONE|18077143962]]　父亲[[PERSON|覃海峰]]：[[PHONE|17707716258]]
城乡居民医保个人编号：[[INSURANCE_ID|4501000386275103]]
住址：[[ADDRESS|广西南宁市青秀区仙葫大道中段166号仙葫苑7栋1802]]
过敏史：头孢克洛后出现荨麻疹。`,
  ],
  [
    'progress-note',
    `术后首日病程记录　[[DATE|2026年11月20日]] 08:10
患者[[PERSON|诸葛文涛]]，住院号[[MRN|0927364]]，[[MRN|31]]床，昨日在全麻下行腹腔镜胆囊切除术，术程顺利。
今晨T 37.6℃，诉切口轻度疼痛，VAS 2分，未诉恶心。腹腔引流管引出淡血性液约20ml。
血常规：WBC 11.2×10^9/L，N 82%；肝功能：ALT 64U/L，TBil 23.5μmol/L。
处理：头孢呋辛1.5g q12h再用一天，今日拔除尿管，鼓励下床；明日视引流量拔管。
记录人：住院医师[[PERSON|甘一苇]]`,
  ],
  [
    'progress-note',
    `阶段小结
患者[[PERSON|皇甫秀琴]]，女，72岁，因"发热伴咳嗽1周"于[[DATE|2026-11-10]]入院，ID号[[MRN|P00561938]]。
入院后痰培养：肺炎克雷伯菌（ESBL+），予美罗培南1g q8h，[[DATE|11月17日]]起降阶梯为哌拉西林他唑巴坦4.5g q8h。
[[DATE|11月15日]]请感染科[[PERSON|揭]]主任会诊，同意目前方案。
目前：体温正常5天，CRP由186降至14mg/L，PCT 0.08ng/ml，复查胸部CT示右下肺实变明显吸收。
下一步：完成疗程后出院，[[DATE|12月初]]门诊复查CT。
上级医师：[[PERSON|蒲]]副主任医师`,
  ],
  [
    'progress-note',
    `抢救记录
[[DATE|2026年11月22日]] 02:47，CCU [[MRN|6]]床患者[[PERSON|卜德胜]]（住院号[[MRN|3370815]]）突发意识丧失，监护示室颤。
立即胸外按压，02:48予200J双相非同步电除颤1次，恢复窦性心律；肾上腺素1mg静推，胺碘酮300mg静推后以1mg/min维持。
02:59患者意识恢复，BP 96/58mmHg，HR 102次/分，复查血钾3.1mmol/L，予补钾。
已告知妻子[[PERSON|麻玉凤]]病情危重，其表示理解，签字同意急诊冠脉造影。
参加抢救人员：[[PERSON|车子健]]、[[PERSON|龙梓萱]]、护士[[PERSON|肖雨]]`,
  ],
  [
    'discharge',
    `出院记录
姓名：[[PERSON|宁念秋]]　性别：女　年龄：58岁　病案号：[[MRN|B2026-118374]]
住院时间：[[DATE|2026-11-12]]至[[DATE|2026-11-24]]（共12天）
出院诊断：1.急性脑梗死（左侧基底节区，TOAST分型：小动脉闭塞型）2.2型糖尿病 3.高脂血症
出院时情况：右上肢肌力4级，NIHSS 2分，可独立行走。
出院医嘱：阿司匹林100mg qd，阿托伐他汀20mg qn，二甲双胍0.5g tid；低盐低脂糖尿病饮食。
[[DATE|12月8日]]上午神经内科专病门诊复诊（复诊预约号[[MRN|YY0087215]]），如出现说话含糊、肢体无力加重请立即就近就诊。
主治医师：[[PERSON|夏侯明远]]`,
  ],
  [
    'discharge',
    `诊断证明书
兹证明[[PERSON|郁晨阳]]，男，34岁，身份证号[[ID_CARD|${rid('320583', '19920207', '015')}]]，
因右胫腓骨骨折于[[DATE|2026年11月3日]]入住我院骨科（住院号[[MRN|KS-0551962]]），[[DATE|11月5日]]行切开复位内固定术，[[DATE|11月14日]]出院。
建议：自出院之日起休息三个月，患肢避免负重，术后6周复查X线。
特此证明。
医师：[[PERSON|殷志刚]]　科室：创伤骨科`,
  ],
  [
    'discharge',
    `出院随访卡（胃肠外科）
[[PERSON|加娜尔·努尔兰]]，女，45岁，哈萨克族，乙状结肠癌根治术后（pT3N0M0），[[DATE|11月21日]]出院。
病历号：[[MRN|1965822]]　随访登记号：[[MRN|SF-CRC-2611-9376]]
PICC维护：每周一次，下次[[DATE|11月28日]]，可在当地社区医院完成（导管外露4cm，臂围26cm）。
辅助化疗（CAPOX）首次入院：[[DATE|12月10日]]前后，床位由[[PERSON|罗]]护士电话通知。
患者电话：[[PHONE|199 9021 3375]]　家属（丈夫[[PERSON|叶尔兰·别克]]）：[[PHONE|136 3996 8102]]`,
  ],
  [
    'outpatient',
    `内分泌科门诊病历　[[DATE|2026-11-23]]
患者：[[PERSON|阮星澜]]　女　29岁　门诊号：[[MRN|MZ88126043]]　就诊卡：[[MRN|6100 3382 7719]]
现住址：[[ADDRESS|上海市闵行区七宝镇漕宝路3366弄12号402室]]
主诉：心悸、手抖、体重下降5kg，2个月。
查体：P 118次/分，甲状腺II度肿大，可闻及血管杂音，突眼（-）。
辅助检查：FT3 18.6pmol/L，FT4 52.3pmol/L，TSH 0.003mIU/L↓，TRAb 12.4IU/L。
初步诊断：毒性弥漫性甲状腺肿（Graves病，E05.0）
处理：甲巯咪唑10mg tid，普萘洛尔10mg tid；两周后复查血常规、肝功能；忌海带紫菜等高碘食物。
医师：[[PERSON|上官慕瑶]]`,
  ],
  [
    'outpatient',
    `门诊录音转写（老年科，四川话）
医生：嬢嬢，您叫啥子名字嘛？
患者：[[PERSON|莫淑华]]，莫是莫得的莫。
医生：今年好大岁数了？
患者：[[AGE|九十二]]了，属狗的。
医生：哪里不舒服？
患者：脚杆肿，晚上睡不平，要垫两个枕头。
医生：屋头电话留一个嘛，有事好联系。
患者：我记不住，你问我幺儿……哦，[[PHONE|幺三八，零八二六，七四一五]]。
医生：好，您儿子叫啥子？
患者：[[PERSON|邱建国]]，在[[ADDRESS|武侯区玉林北路十二号]]开茶铺。`,
  ],
  [
    'outpatient',
    `口腔种植科门诊记录
就诊日期：[[DATE|2026年11月19日]]　患者：[[PERSON|邬晓光]]　男　51岁
就诊卡号：[[MRN|KQ0339271]]　社保卡号：[[INSURANCE_ID|B36187240]]
主诉：左下后牙缺失1年，要求种植修复。
检查：36缺失，近远中间隙9mm，牙槽嵴宽度6.5mm；CBCT示可用骨高度11.2mm。
处理：拟行36种植体植入（4.1×10mm），术前全口洁治；已告知费用约¥9,800及风险，患者同意。
预约：[[DATE|12月3日]]下午种植手术（四诊室）。
医师：[[PERSON|尚书瑶]]　护士：[[PERSON|林间]]`,
  ],
  [
    'referral',
    `双向转诊（转出）单
转出机构：竹核乡卫生院　转入机构：凉山州第一人民医院感染科
患者：[[PERSON|阿约木呷]]　男　53岁　彝族　身份证号：[[ID_CARD|${rid('513431', '19730509', '073')}]]
家庭住址：[[ADDRESS|四川省凉山彝族自治州昭觉县竹核乡竹核村3组27号]]
初步诊断：肺结核？咯血待查
病情摘要：咳嗽2月，近3天痰中带血，午后低热，体重下降约6kg；乡卫生院胸片示右上肺空洞影。
转诊目的：明确诊断，规范抗结核治疗。
联系人：妻子[[PERSON|俄地阿果]]（只会彝语），村医[[PERSON|沙马阿木]]　[[PHONE|151 8347 2609]]
转诊医生：[[PERSON|曲比石日]]　转出日期：[[DATE|2026年11月18日]]`,
  ],
  [
    'referral',
    `会诊申请单
申请科室：产科　被邀科室：精神心理科　紧急程度：普通
患者：[[PERSON|钟离晚晴]]　31岁　住院号：[[MRN|CK26-15269]]　床号：[[MRN|26]]
病情：剖宫产术后第5天，近3天失眠、哭泣，拒绝哺乳，反复说"孩子不是我的"，EPDS 19分。
既往：无精神科就诊史；其母[[PERSON|苗桂珍]]诉患者中学时曾有抑郁发作。
会诊目的：评估产后抑郁或产后精神病，是否需转科，哺乳期用药建议。
申请医师：[[PERSON|樊]]医生（呼机6273）　申请时间：[[DATE|2026-11-24]] 09:20`,
  ],
  [
    'referral',
    `远程会诊申请
申请单位：龙井市人民医院肾内科　会诊单位：省级医院肾病科（视频）
患者：[[PERSON|崔顺玉]]　女　朝鲜族　64岁　身份证：[[ID_CARD|${rid('222405', '19620314', '046')}]]
本院病历号：[[MRN|LJ00473185]]
会诊问题：肾活检示膜性肾病（PLA2R阳性），他克莫司治疗3个月尿蛋白仍6.2g/24h，白蛋白24g/L，是否换用利妥昔单抗？
会诊时间：[[DATE|11月26日]] 14:00
联系医生：[[PERSON|朴昌洙]]　邮箱：[[EMAIL|pcheongho@ljrmyy.example.cn]]　手机：[[PHONE|135 0433 7268]]
患者女儿[[PERSON|金美兰]]陪同，负责朝鲜语翻译。`,
  ],
  [
    'handover',
    `护理交接班记录　[[DATE|11月23日]]夜班→白班　心内科
床号 | 姓名 | 年龄 | 诊断 | 交班要点
[[MRN|3]] | [[PERSON|凤兰英]] | [[AGE|91]] | 心衰 | 夜间端坐呼吸，呋塞米20mg静推后尿量850ml
[[MRN|5]] | [[PERSON|景行止]] | 63 | 冠心病PCI术后 | 右桡动脉压迫器02:00已松解，无渗血
7 | — | — | 空床 | —
[[MRN|8]] | [[PERSON|展翼]] | 47 | 心律失常 | 动态心电图佩戴中，勿沐浴
[[MRN|加2]] | [[PERSON|禹春花]] | 78 | 高血压急症 | 乌拉地尔泵入4ml/h，BP 156/92mmHg
交班：[[PERSON|贺佳]]　接班：[[PERSON|钱来顺]]`,
  ],
  [
    'handover',
    `夜班口头交班（录音转写）
"[[MRN|十二]]床[[PERSON|饶]]……哦不对，[[PERSON|尧]]奶奶，[[PERSON|尧金凤]]，慢阻肺加重，凌晨三点氧饱和度掉到85，鼻导管调到3升，现在92到94，早上复查血气。
[[MRN|十五]]床[[PERSON|瞿]]老师，胰岛素泵，睡前血糖4.1，吃了半个馒头，两点测是6.8。
[[MRN|二十一]]床新收的小伙子[[PERSON|邝家豪]]，喝酒后呕血，胃镜约了早上八点，禁食，备了两个单位红细胞。
二十二床空着，等手术室回来的。"`,
  ],
  [
    'handover',
    `急诊抢救室医生交班　[[DATE|2026-11-24]] 08:00
[[MRN|抢1]]：[[PERSON|焦守义]]，男，[[AGE|93]]岁，重症肺炎、感染性休克，去甲肾上腺素0.3μg/kg/min，乳酸4.8mmol/L，ICU已联系，等床。
抢2：空，已终末消毒。
[[MRN|抢3]]：[[PERSON|洪小满]]，女，26岁，口服敌草快约20ml，已洗胃并血液灌流一次，肌酐148μmol/L，今日继续灌流。其父[[PERSON|洪德厚]]在门口，[[PHONE|153-1842-9067]]。
留观[[MRN|7]]床：[[PERSON|狄青云]]，头晕待查，头颅CT阴性，神经科看过，可离院。`,
  ],
  [
    'nursing-note',
    `护理记录（静脉输液外渗）
[[DATE|2026-11-21]] 15:30　[[MRN|9]]床 [[PERSON|庞雅琴]]　住院号 [[MRN|HZ5018824]]
巡视发现左手背留置针处肿胀约4×5cm，皮温低，患者诉胀痛，NRS 3分；当时输注10%氯化钾10ml+5%葡萄糖500ml，已输入约120ml。
立即停止输液，回抽残余液后拔针，抬高患肢，50%硫酸镁湿敷，标记肿胀范围。
16:30复查肿胀范围3×4cm，无水疱。已报告护士长[[PERSON|冷]]，上报不良事件。
记录者：[[PERSON|骆玲玲]]`,
  ],
  [
    'nursing-note',
    `"互联网+护理服务"上门记录
订单号：[[MRN|HL202611229238]]　服务项目：PICC维护+居家采血
服务对象：[[PERSON|莘宝林]]　男　[[AGE|95]]岁　身份证：[[ID_CARD|320102310817153]]
服务地址：[[ADDRESS|江苏省南京市玄武区孝陵卫街道童卫路2号9栋301室]]
长期护理保险待遇编号：[[INSURANCE_ID|CH32010226003917]]
联系人：女儿[[PERSON|莘丽]]　[[PHONE|025-8439 6215]]
到达时间：[[DATE|11月22日]] 09:05
评估：神清，卧床，Braden 12分；PICC置管第63天，外露5cm，穿刺点无红肿，冲管通畅。
处理：更换敷贴及输液接头，采血送检（血常规、肾功能），结果可在[[URL|https://hl.njyy.example.cn/report?o=HL202611229238]]查询。
护士：[[PERSON|魏巧]]、[[PERSON|宗晓燕]]（双人上门）`,
  ],
  [
    'nursing-note',
    `跌倒事件护理记录（医养结合病区）
患者：[[PERSON|阚玉珍]]　女　[[AGE|九十四]]岁　床号：[[MRN|东-17]]
身份证：[[ID_CARD|220102320605246]]
事件时间：[[DATE|2026年11月20日]] 05:40
经过：患者夜间自行下床如厕，未按呼叫铃，跌坐于床旁，护理员[[PERSON|佟]]大姐发现后立即报告值班护士[[PERSON|蓝芷若]]。
评估：神志清，左髋无畸形，活动可，左前臂皮肤擦伤2×1cm；Morse评分70分（高危）。
处理：擦伤处碘伏消毒，通知值班医生[[PERSON|阎]]，左髋X线未见骨折；加床栏，夜间每小时巡视，换防滑鞋。
已电话告知侄女[[PERSON|阚慧敏]]（[[PHONE|0431-85927346]]）。`,
  ],
  [
    'lab-report',
    `检验报告单（急诊）
姓名：[[PERSON|詹子轩]]　性别：男　年龄：8岁　科别：儿科急诊　床号：[[MRN|观3]]
门诊号：[[MRN|E26038772]]　条码：[[MRN|1126031877]]　标本：静脉血
采样时间：[[DATE|2026-11-24]] 01:12
项目　结果　参考范围
白细胞 WBC　17.8 ↑　4.3–11.3 ×10^9/L
中性粒细胞%　86.2 ↑　31–70 %
血红蛋白 HGB　121　118–156 g/L
血小板 PLT　386　167–453 ×10^9/L
C反应蛋白 CRP　96.4 ↑　0–10 mg/L
降钙素原 PCT　2.31 ↑　<0.5 ng/ml
检验者：[[PERSON|陶一然]]　审核者：[[PERSON|特日格乐]]`,
  ],
  [
    'lab-report',
    `病理诊断报告书
病理号：[[MRN|S2026-31857]]　冰冻号：[[MRN|F26-0922]]
姓名：[[PERSON|冉小凤]]　性别：女　年龄：47岁　住院号：[[MRN|0673392]]　送检科室：乳腺外科　送检医生：[[PERSON|侯卫东]]
收到日期：[[DATE|2026-11-17]]
大体：（左乳肿物）灰白组织一块，大小2.3×1.8×1.5cm，切面灰白、质硬。
镜下及免疫组化：浸润性导管癌，组织学II级；ER（90%强+），PR（60%中等+），HER2（1+），Ki-67约25%。
病理诊断：（左乳）浸润性乳腺癌，非特殊类型，II级，HER2低表达。
诊断医师：[[PERSON|仝欣]]　复核：[[PERSON|祁向阳]]`,
  ],
  [
    'lab-report',
    `口服葡萄糖耐量试验（OGTT）注意事项
1. 试验前3天正常饮食，每日碳水化合物不少于150g；试验前一晚22点后禁食，可少量饮水。
2. 试验当天早晨空腹抽血后，5分钟内喝完含75g无水葡萄糖的糖水（约300ml）。
3. 从喝第一口开始计时，分别在30分钟、1小时、2小时、3小时抽血。
4. 试验期间请坐在候诊区，不要吸烟、进食或剧烈走动。
5. 如出现心慌、出冷汗、头晕，请立即告知采血窗口护士。`,
  ],
  [
    'imaging-report',
    `CT检查报告
影像号：[[MRN|CT0612873]]　检查号：[[MRN|2611230094]]
姓名：[[PERSON|岩温香]]　性别：男　年龄：59岁　科室：消化内科　床号：[[MRN|33]]
检查项目：上腹部CT平扫+增强　检查日期：[[DATE|2026年11月23日]]
影像所见：肝脏体积缩小，表面呈波浪状，肝裂增宽；肝右叶S8见约3.2×2.9cm肿块，动脉期明显强化，门脉期廓清，可见包膜；门静脉右支充盈缺损。脾大（约6个肋单元），少量腹水。
影像诊断：1.肝硬化，脾大，少量腹水；2.肝S8占位，符合HCC（LI-RADS 5），门静脉右支癌栓可能。
报告医师：[[PERSON|玉南坎]]　审核医师：[[PERSON|刀建华]]`,
  ],
  [
    'imaging-report',
    `超声检查报告单
超声号：[[MRN|US-88017362]]　门诊号：[[MRN|2026117703]]
姓名：[[PERSON|成果]]　性别：男　年龄：38岁　部位：甲状腺+颈部淋巴结
所见：右叶中部低回声结节一枚，约0.8×0.6×0.7cm，纵横比>1，边缘微分叶，内见点状强回声；CDFI：内部少许血流信号。左叶未见明显结节。双侧颈部未见异常肿大淋巴结。
超声提示：甲状腺右叶实性结节（C-TIRADS 4C类），建议超声引导下细针穿刺。
检查医师：[[PERSON|全晓蕾]]　记录：[[PERSON|于小溪]]　检查日期：[[DATE|2026-11-20]]`,
  ],
  [
    'imaging-report',
    `磁共振检查报告
MR号：[[MRN|MR2611-6028]]　住院号：[[MRN|0395518]]　床号：脊柱外科[[MRN|11]]床
姓名：[[PERSON|隋家栋]]　男　66岁　检查日期：[[DATE|2026.11.22]]
所见：腰椎生理曲度变直，L4/5椎间盘向后方偏左突出，压迫左侧L5神经根；L5/S1椎间盘膨出；L4椎体I度前滑脱；椎管有效矢状径约8mm。
诊断：L4/5椎间盘突出（左后型），L4/5椎管狭窄，L4椎体I度滑脱。
报告医师：[[PERSON|南宫瑜]]`,
  ],
  [
    'prescription',
    `门诊处方笺（普通）
处方号：[[MRN|0021873651]]　科别：消化内科　日期：[[DATE|2026年11月24日]]
姓名：[[PERSON|应萌]]　性别：女　年龄：41岁　门诊号：[[MRN|330900127765]]
费别：职工医保　社保卡号：[[INSURANCE_ID|A12907365]]
临床诊断：反流性食管炎（LA-B级）K21.0
Rp.
雷贝拉唑钠肠溶片 20mg×14片　用法：20mg 每日2次 早晚餐前
铝碳酸镁咀嚼片 0.5g×36片　用法：1g 每日3次 餐后嚼服
莫沙必利片 5mg×36片　用法：5mg 每日3次 餐前
医师：[[PERSON|司马远]]　审核药师：[[PERSON|褚晶晶]]　调配：[[PERSON|翁淼]]　金额：¥156.40`,
  ],
  [
    'prescription',
    `麻醉药品处方（红色）
处方编号：[[MRN|MZ-2611-00419]]
患者：[[PERSON|鲍文秀]]　女　69岁　病历号：[[MRN|ZL-3307461]]　诊断：胰腺癌肝转移，重度癌痛（NRS 7分）
身份证号：[[ID_CARD|${rid('330102', '19570926', '162')}]]
住址：[[ADDRESS|浙江省杭州市上城区望江街道秋涛路258号望江家园东区4幢1单元602]]
代办人：儿子[[PERSON|郦俊]]　身份证号：[[ID_CARD|${rid('330102', '19840213', '297')}]]
Rp. 盐酸羟考酮缓释片 20mg×14片　用法：20mg q12h 口服
　　 吗啡片 10mg×10片　用法：疼痛爆发时10mg口服，每日不超过4次
医师：[[PERSON|聂怀瑾]]　调配/核对：[[PERSON|芮青]]　发药：[[PERSON|桑梓然]]`,
  ],
  [
    'prescription',
    `中药代煎配送单
处方号：[[MRN|ZY26112373052]]　剂数：14剂　每剂煎2袋，每袋200ml
患者：[[PERSON|阳白露]]　女　55岁　电话：[[PHONE|0731-8826 4197]] / [[PHONE|158 7314 2603]]
配送地址：[[ADDRESS|湖南省长沙市岳麓区麓山南路麓山门小区11栋2单元803]]
收件人：丈夫[[PERSON|喻国平]]
方药：柴胡12g、白芍15g、当归10g、茯苓15g、白术12g、薄荷6g（后下）、甘草6g
预计送达：[[DATE|11月25日]]下午
温馨提示：收到后冷藏保存，服用前隔水加热。`,
  ],
  [
    'consent',
    `手术知情同意书（节选）
患者姓名：[[PERSON|权志英]]　性别：女　年龄：[[AGE|90]]岁　住院号：[[MRN|SZ5402641]]
拟行手术：经皮椎体后凸成形术（PKP），T12　拟手术日期：[[DATE|2026年11月25日]]
手术风险：骨水泥渗漏、肺栓塞、神经损伤等（详见附页）。
患者因听力下降、理解困难，授权其女婿签署。
授权委托人：[[PERSON|奚振华]]　与患者关系：女婿　身份证号：[[ID_CARD|${rid('440305', '19680411', '355')}]]
联系电话：[[PHONE|+86 186 6524 0913]]`,
  ],
  [
    'consent',
    `输血治疗知情同意书
患者：[[PERSON|阙晓东]]　男　44岁　病案号：[[MRN|0558173]]　血型：O型RhD阳性
身份证号：[[ID_CARD|${rid('360102', '19820530', '317')}]]
输血指征：上消化道出血，Hb 62g/L，心率126次/分。
拟输注：悬浮红细胞4U，必要时血浆400ml。
既往输血史：[[DATE|2019年]]车祸后曾输血，无不良反应。
我已了解输血可能发生的过敏、发热、感染等风险，同意输血。
患者签字：[[PERSON|阙晓东]]`,
  ],
  [
    'consent',
    `病历复印委托书
本人[[PERSON|屠美华]]（身份证号[[ID_CARD|${rid('340104', '19710118', '242')}]]），系患者[[PERSON|屠建业]]（已故，身份证号[[ID_CARD|${rid('340104', '19430722', '213')}]]，住院号[[MRN|HF-0961823]]）之女，现委托[[PERSON|臧丽萍]]（身份证号[[ID_CARD|${rid('340111', '19760903', '028')}]]）代为复印患者[[DATE|2026年9月3日]]至[[DATE|9月27日]]住院期间的病历资料，用于保险理赔。
委托人联系电话：[[PHONE|0551-6283 7140]]`,
  ],
  [
    'billing',
    `住院预交金收据（第二联 交患者）
住院号：[[MRN|3308816]]　姓名：[[PERSON|桂雪芹]]　科室：肿瘤科
交款方式：银行卡　卡号：[[BANK_CARD|${spaced(luhn('622202100318276'))}]]
金额：¥20,000.00（贰万元整）
交款人：[[PERSON|邓子健]]（配偶）
交款时间：[[DATE|2026-11-23]] 10:42　收款员工号：0417
收据号：YJ26112300418`,
  ],
  [
    'billing',
    `出院结算退款申请表
患者：[[PERSON|黎映雪]]　住院号：[[MRN|GZ-ZY-0093438]]　出院日期：[[DATE|2026年11月20日]]
预交金：¥15,000.00　结算金额：¥11,847.36　应退：¥3,152.64
原预交卡已注销，申请退至以下账户：
户名：[[PERSON|黎伟强]]（患者父亲）　开户行：中国银行广州天河支行
卡号：[[BANK_CARD|${luhn('621785000372946')}]]
户主身份证号：[[ID_CARD|${rid('440106', '19610829', '335')}]]
联系电话：[[PHONE|020-3876 1452]]`,
  ],
  [
    'billing',
    `商业医疗保险理赔申请书
保单号：[[INSURANCE_ID|P330620251104877]]
被保险人：[[PERSON|柯语桐]]　身份证：[[ID_CARD|${rid('350203', '20110604', '228')}]]（未成年）
申请人：[[PERSON|柯启航]]（父亲）　身份证：[[ID_CARD|${rid('350203', '19800117', '311')}]]
出险日期：[[DATE|2026-10-29]]　就诊医院：厦门市儿童医院　住院号：[[MRN|XM-E-0618204]]
出险经过：打篮球时摔伤致左桡骨远端骨折，住院行手法复位+石膏外固定。
申请金额：¥8,962.50
收款账户：[[BANK_CARD|${spaced(luhn('622588012847301'))}]]（招商银行，户名[[PERSON|柯启航]]）
联系地址：[[ADDRESS|福建省厦门市思明区莲前街道莲花北路86号之3 1204室]]
联系邮箱：[[EMAIL|keqihang80@example.com.cn]]`,
  ],
  [
    'online-consult',
    `互联网医院图文问诊记录
问诊单号：[[MRN|WZ20261122031547]]　科室：皮肤科
[[DATE|2026-11-22]] 20:14 [[ACCOUNT|晚风吹过山岗]]：医生您好，孩子脸上起了好多小水泡，有点痒，附图三张。
20:16 [[ACCOUNT|晚风吹过山岗]]：孩子叫[[PERSON|芒芒]]，4岁，上周幼儿园有小朋友长了一样的。
20:21 皮肤科[[PERSON|栾]]医生：从图片看像脓疱疮，水泡破了以后结蜜黄色痂吗？
20:23 [[ACCOUNT|晚风吹过山岗]]：对对，嘴角那里就是黄痂。
20:27 皮肤科[[PERSON|栾]]医生：建议外用莫匹罗星软膏，每日3次，连用5–7天；剪短指甲，毛巾单独使用，暂停去幼儿园。如发热或皮损扩散请线下就诊。
系统日志：登录IP [[IP|203.0.113.231]]　设备：Android`,
  ],
  [
    'online-consult',
    `线上复诊续方（互联网医院）
患者：[[PERSON|滕云飞]]　男　62岁　就诊人ID：[[MRN|P-77305186]]
复诊依据：[[DATE|2026-10-28]]线下门诊诊断"高血压3级、2型糖尿病"
本次：家庭自测血压132–145/78–86mmHg，空腹血糖6.4–7.9mmol/L，无不适。
续方：培哚普利4mg qd，达格列净10mg qd，二甲双胍缓释片1g qn，共28天。
处方经药师审核，药品快递至登记地址；电子处方：[[URL|https://ih.example.cn/rx/view?id=RX2611244904]]
操作记录：医生端IP [[IP|198.51.100.91]]
下次线下复诊：[[DATE|2027年2月]]前（复查糖化血红蛋白、尿微量白蛋白）。
接诊医生：[[PERSON|郗瑞]]`,
  ],
  [
    'online-consult',
    `视频问诊小结（小程序）
就诊人：[[PERSON|易小川]]（小名"[[PERSON|川川]]"），男，11个月，体重9.6kg
监护人：妈妈[[PERSON|甄妮]]　微信号：[[ACCOUNT|zhenni_0317]]　手机：[[PHONE|18620937415]]
主诉：发热1天，最高39.2℃，吃奶稍减少，精神好，无皮疹，无抽搐。
视频所见：反应好，咽部充血，前囟平，呼吸平稳。
建议：对乙酰氨基酚混悬滴剂（100mg/ml）每次1.4ml，间隔不少于4小时；多喂奶。若高热超过3天、精神差、出现皮疹或抽搐，立即线下就诊。
接诊医生：[[PERSON|屈]]医生`,
  ],
  [
    'patient-message',
    `（患者微信留言）
[[PERSON|程]]主任您好，我是上周在您这做胃镜的[[PERSON|宓秀梅]]，病理号[[MRN|BL26-68824]]。今天手机上看到结果写"低级别上皮内瘤变"，是不是癌啊？我一晚上没睡着。另外我[[DATE|12月4日]]约的复查还要不要来？麻烦您有空回一下，谢谢！我的电话[[PHONE|131 6208 4597]]。`,
  ],
  [
    'patient-message',
    `投诉信
医院医务处：
我母亲[[PERSON|焦桂兰]]（住院号[[MRN|2205937]]）[[DATE|11月16日]]在贵院泌尿外科住院期间，夜里多次按呼叫铃超过20分钟无人应答，她只好自己下床，结果在卫生间门口摔倒，额头缝了3针。当晚值班护士还说"老年人就是事多"。
我们要求：一、调取[[DATE|11月16日]]夜间监控及呼叫记录；二、书面答复处理结果。
联系人：[[PERSON|谷清嘉]]（患者女儿）
邮箱：[[EMAIL|guqingjia_1990@example.net]]　电话：[[PHONE|186 0531 2674]]`,
  ],
  [
    'patient-message',
    `12345市民服务热线工单（转区卫健局）
来电人：[[PERSON|闫秋生]]　来电号码：[[PHONE|15530417862]]
来电时间：[[DATE|2026年11月19日]] 14:26
反映内容：其父[[PERSON|闫守田]]（[[AGE|92]]岁，身份证[[ID_CARD|${rid('130102', '19340219', '057')}]]）长期卧床留置导尿，社区卫生服务中心承诺的家庭医生上门服务两个月未兑现，签约编号[[MRN|JT130102-00973]]。
住址：[[ADDRESS|石家庄市长安区建设北大街育才小区6-3-502]]
诉求：尽快安排上门更换导尿管。`,
  ],
  [
    'family-chat',
    `大姨：明天姥爷去省医复查，谁开车？
[[PERSON|小楷]]：我开，[[PLATE|冀A·6M2Q9]]，早上七点到楼下
大姨：姥爷现在住[[ADDRESS|裕华区槐安东路136号金域华府3号楼1单元1201]]，别去老房子了
[[PERSON|小楷]]：知道了大姨
[[ACCOUNT|燕赵一棵松]]：号我已经挂好了，心内科[[PERSON|温]]主任，就诊序号[[MRN|A023]]
大姨：姥爷的医保卡在我这儿，号码[[INSURANCE_ID|130108D15600734]]，挂号要用的话找我`,
  ],
  [
    'family-chat',
    `二叔：爷爷今天从ICU转到普通病房了
[[PERSON|圆宝]]：太好了！爷爷都[[AGE|九十]]了还这么硬朗
二叔：住院押金还差一万，我先垫了，爷爷住院号[[MRN|0618275]]，你们转到我这张卡[[BANK_CARD|${spaced(luhn('621661280005473'))}]]，中国银行，户名[[PERSON|俞长林]]
三姑：收到，晚上转。护工[[PERSON|刘]]阿姨电话多少？
二叔：[[PHONE|158-5167-2093]]，一天280
[[PERSON|圆宝]]：周六我开车过去换班，车牌[[PLATE|苏E·D35817]]，停车场要登记吗？
二叔：要，门口登记就行`,
  ],
  [
    'family-chat',
    `（微信群：带妈妈去新加坡复查）
[[PERSON|文峤]]：妈的护照号发一下，订机票用：[[PASSPORT|EJ4730186]]，有效期到2031年
大姐：我的是[[PASSPORT|E61927305]]
[[PERSON|文峤]]：护照上妈的拼音是[[PERSON|LIN SHUYI]]，航司那边名字要一致
大姐：医院预约好了吗？
[[PERSON|文峤]]：好了，[[DATE|12月15日]]上午十点，那边的预约号[[MRN|NCC-26-118094]]
[[PERSON|文峤]]：住的地方定了，我同学家，[[ADDRESS|Blk 218 Bishan Street 23, #11-205]]，离医院地铁四站
大姐：把妈的病理切片和[[DATE|2025年]]的PET-CT光盘都带上`,
  ],
  [
    'sms-reminder',
    `【市一医院】[[PERSON|甘雨桐]]您好，您已预约[[DATE|11月27日]]（周五）08:30-09:00乳腺外科[[PERSON|龚]]医生门诊，就诊序号[[MRN|16]]。请携带身份证或医保电子凭证，提前15分钟到门诊3楼签到。取消或改约：[[URL|https://yy.example.cn/a/8KQ2X7]]`,
  ],
  [
    'sms-reminder',
    `【社区卫生服务中心】2026-2027年度流感疫苗已到苗，年满60周岁的本区户籍居民可免费接种，工作日上午8点到11点半来中心，带上身份证和社保卡即可。发热或急性病发作期间暂缓接种。退订回T`,
  ],
  [
    'sms-reminder',
    `【康宁体检】[[PERSON|邰文静]]女士，您[[DATE|11月18日]]的体检报告（体检号[[MRN|TJ2611180362]]）已出，其中一项需复查，请于工作日到[[ADDRESS|鼓楼区中山北路281号康宁大厦5楼]]领取纸质报告，或致电[[PHONE|025-5887 3310]]预约主检医生解读。`,
  ],
  [
    'myelofibrosis-clinic',
    `血液科MPN专病门诊记录
姓名：[[PERSON|符国栋]]　男　68岁　门诊号：[[MRN|HY00718263]]　身份证：[[ID_CARD|${rid('460108', '19580412', '231')}]]
就诊日期：[[DATE|2026-11-23]]　医保号：[[INSURANCE_ID|H46010800483716]]
诊断：原发性骨髓纤维化（纤维化期，MF-2级），JAK2 V617F阳性（等位基因负荷62%），CALR、MPL阴性；DIPSS-plus中危-2。
既往骨穿（骨髓号[[MRN|GS-2025-0417]]，[[DATE|2025年6月]]）：干抽，网状纤维染色3+。
现况：芦可替尼15mg bid第9个月，脾脏肋下由14cm缩至8cm；乏力、盗汗明显改善，MPN-SAF TSS由38分降至17分。
血常规：Hb 92g/L，PLT 118×10^9/L，WBC 6.7×10^9/L。
计划：维持原剂量；[[DATE|12月下旬]]复查血常规；同胞配型资料已寄移植中心。
医师：[[PERSON|区志坚]]`,
  ],
  [
    'myelofibrosis-clinic',
    `异基因造血干细胞移植评估记录（骨髓纤维化）
患者：[[PERSON|贝丽娟]]　女　57岁　移植登记号：[[MRN|BMT-Q-2611-07]]
诊断：原发性骨髓纤维化，DIPSS高危，ASXL1突变阳性；芦可替尼治疗后脾缩小不明显。
HLA配型：
　胞弟[[PERSON|贝立伟]]（52岁）：HLA 10/10全相合，ABO血型A→O（主要不合）
　胞姐[[PERSON|贝丽芬]]（61岁）：5/10半相合
　女儿[[PERSON|卢思贝]]（29岁）：5/10半相合
首选胞弟为供者，已约[[DATE|12月2日]]供者体检（供者编号[[MRN|D-2611-0319]]）。
供者联系电话：[[PHONE|0898-6652 3087]]
移植协调员：[[PERSON|单晓琳]]`,
  ],
  [
    'myelofibrosis-clinic',
    `骨髓纤维化症状自评表（MPN-SAF TSS，每周填写一次）
请按过去7天最严重的程度打分，0分=无，10分=能想象到的最严重：
1.疲乏 ___　2.早饱感 ___　3.腹部不适 ___　4.活动减少 ___　5.注意力不集中 ___
6.夜间盗汗 ___　7.皮肤瘙痒 ___　8.骨痛 ___　9.发热（>37.8℃）___　10.非刻意体重下降 ___
总分（0–100）：___
提示：服用芦可替尼期间如出现鼻出血、黑便、牙龈出血或带状疱疹样皮疹，请及时联系血液科。`,
  ],
  [
    'igg4-rd-clinic',
    `风湿免疫科IgG4相关性疾病专病门诊
[[DATE|2026年11月20日]]　患者：[[PERSON|路远舟]]　男　61岁　门诊号：[[MRN|FS2026-21873]]
主诉：双侧颌下肿物1年，眼睑肿胀半年，口干。
既往：[[DATE|2024年]]因"自身免疫性胰腺炎"在外院行ERCP并置入胆道支架。
查体：双侧颌下腺肿大约3×2cm，质韧，无压痛；双侧泪腺区饱满。
检查：血清IgG4 12.7g/L（参考0.03–2.01），IgE 486IU/ml，嗜酸性粒细胞8.2%，补体C3 0.62g/L；颌下腺活检（病理号[[MRN|P26-09914]]）：淋巴浆细胞浸润，IgG4+浆细胞>100/HPF，IgG4+/IgG+约60%，席纹状纤维化。
诊断：IgG4相关性疾病（米库利兹病+自身免疫性胰腺炎），IgG4-RD RI 12分。
处理：泼尼松40mg qd（约0.6mg/kg），4周后每2周减5mg；补钙、维生素D、PPI护胃。
身份证号：[[ID_CARD|${rid('610113', '19650807', '113')}]]　联系电话：[[PHONE|029-8836 5120]]
医师：[[PERSON|贾书雅]]`,
  ],
  [
    'igg4-rd-clinic',
    `消化内镜中心ERCP记录（随访）
ERCP号：[[MRN|E2611-6903]]　住院号：[[MRN|1028836]]　床号：[[MRN|42]]
患者：[[PERSON|端木兰芝]]　女　66岁　检查日期：[[DATE|2026-11-21]]
适应证：IgG4相关硬化性胆管炎（肝门部狭窄），激素治疗3个月后复查，拟拔除支架。
所见：十二指肠乳头无肿大，原8.5Fr×9cm塑料支架位置良好，予圈套器拔除；胆道造影示肝门部狭窄较前明显改善，肝内胆管无扩张。
结论：拔除胆道支架，不再置入。
术后：禁食6小时，查血淀粉酶；泼尼松已减至10mg qd，以5mg qd维持至少1年。
家属：丈夫[[PERSON|鞠永福]]已知情。
操作医师：[[PERSON|巫晓辉]]　助手：[[PERSON|冼家乐]]`,
  ],
  [
    'igg4-rd-clinic',
    `（IgG4病友交流群）
[[ACCOUNT|胰腺不发炎2023]]：今天复查IgG4降到1.8了，激素减到7.5mg，开心
[[ACCOUNT|山茶与海]]：恭喜！我上个月复发了，颌下腺又肿起来，[[PERSON|贾]]主任给我加了吗替麦考酚酯
[[ACCOUNT|胰腺不发炎2023]]：你也在西安看的吗？
[[ACCOUNT|山茶与海]]：对，专病门诊周四下午，要提前一周挂号
[[ACCOUNT|老周IgG4]]：利妥昔单抗有人用过吗？我下周去打第一针
[[ACCOUNT|山茶与海]]：群里[[ACCOUNT|阿敏不敏]]用过，可以问问她
[[ACCOUNT|阿敏不敏]]：我用了两针，间隔两周，第一针有点发冷，别的还好`,
  ],
  [
    'osteonecrosis-clinic',
    `关节外科股骨头坏死专病门诊
[[DATE|2026-11-19]]　[[PERSON|邹凯文]]　男　39岁　门诊号：[[MRN|0104-778362]]　影像号：[[MRN|DR26-661029]]
主诉：右髋痛1年，加重伴跛行3月，左髋近来也有酸痛。
个人史：饮酒15年，白酒约半斤/日；否认激素使用史。
查体：右髋屈曲90°，内旋10°（对侧30°），"4"字试验（+），Harris评分62分。
MRI：双侧股骨头坏死，右ARCO IIIA期（塌陷<2mm），坏死范围约占负重区2/3；左ARCO II期。
诊断：双侧股骨头坏死（酒精性）M87.3
建议：戒酒；右侧可考虑髓芯减压+打压植骨或关节置换，左侧保髋治疗；拄双拐减少负重。
身份证：[[ID_CARD|${rid('130602', '19870315', '097')}]]　电话：[[PHONE|+86 151 3124 0786]]
医师：[[PERSON|戚少杰]]`,
  ],
  [
    'osteonecrosis-clinic',
    `术后随访记录（髓芯减压+自体骨髓浓缩液注射）
患者：[[PERSON|娜仁图雅]]（蒙古族）　女　28岁　住院号：[[MRN|NM-0247028]]　手术日期：[[DATE|2026年8月26日]]
病因：系统性红斑狼疮，泼尼松累计量约12g。
本次：术后13周，左髋VAS 2分，可弃拐行走500m；复查MRI：左股骨头坏死区无扩大，未见塌陷（ARCO II期）。
用药：羟氯喹0.2g bid，泼尼松7.5mg qd，阿仑膦酸钠70mg每周一次。
随访：[[DATE|2027年2月]]复查MRI；风湿科[[PERSON|朝格图]]医生同步随访。
联系人：母亲[[PERSON|乌兰托雅]]　[[PHONE|0471-6938 2054]]`,
  ],
  [
    'osteonecrosis-clinic',
    `股骨头坏死保髋患者居家须知
一、减少负重：用双拐或助行器行走，患肢着地不超过体重的1/4，避免爬山、爬楼和久站。
二、功能锻炼：仰卧直腿抬高、髋外展、踝泵，每组10–15次，每日3组；可选游泳、固定自行车。
三、生活方式：严格戒酒、戒烟；因其他疾病需要用激素时请与专科医生商量，不可自行停药。
四、复查：术后3个月、6个月、12个月复查髋关节MRI或X线。
五、如髋痛突然加重、行走困难，提示可能塌陷，请尽快就诊。`,
  ],
  [
    'kallmann-clinic',
    `内分泌科性腺门诊（初诊）
日期：[[DATE|2026年11月16日]]　患者：[[PERSON|仲浩然]]　男　18岁　门诊号：[[MRN|NF-18730452]]
陪诊：母亲[[PERSON|殷素琴]]　患者身份证：[[ID_CARD|${rid('320104', '20080621', '273')}]]
家庭住址：[[ADDRESS|南京市秦淮区中华路街道长乐路125号2幢501室]]
主诉：至今无青春期发育，从小闻不到气味。
查体：身高178cm，臂展184cm，双侧睾丸容积2ml，阴毛Tanner 1期，无胡须、喉结。
化验：LH 0.12IU/L，FSH 0.35IU/L，睾酮0.4nmol/L；戈那瑞林兴奋试验LH峰值1.9IU/L；嗅觉测试：失嗅。
鞍区MRI：垂体未见异常，双侧嗅球、嗅沟发育不良。
诊断：卡尔曼综合征（先天性低促性腺激素性性腺功能减退症伴嗅觉缺失）
处理：沟通后选择戈那瑞林脉冲泵（10μg/90min皮下）以促生精；建议基因检测（ANOS1、FGFR1、PROKR2、CHD7等）。
医师：[[PERSON|茅以宁]]`,
  ],
  [
    'kallmann-clinic',
    `脉冲泵治疗随访
患者：[[PERSON|仇家明]]　男　31岁　特发性低促性腺激素性性腺功能减退症（嗅觉正常）　门诊号：[[MRN|NF-16208813]]
已婚，妻子[[PERSON|冯一诺]]，29岁，备孕中。
[[DATE|2026年5月]]起戈那瑞林泵治疗，穿刺部位腹部，每3天更换针头。
今日（治疗第26周）：睾丸容积左10ml、右12ml；LH 4.6IU/L，FSH 5.8IU/L，睾酮14.2nmol/L。
精液分析（[[DATE|11月20日]]）：精子浓度2.1×10^6/ml，前向运动38%。
计划：继续泵治疗；妻子同步至生殖中心评估（生殖中心档案号[[MRN|SZ-RC-26-4417]]）。
联系电话：[[PHONE|137-1846-2935]]　邮箱：[[EMAIL|qiujiaming@mail.example.cn]]`,
  ],
  [
    'kallmann-clinic',
    `基因检测报告（先天性低促性腺激素性性腺功能减退症相关基因panel）
样本编号：[[MRN|GX2611-02736]]　送检日期：[[DATE|2026-11-02]]　报告日期：[[DATE|2026-11-22]]
受检者：[[PERSON|仲浩然]]　男　18岁　送检医生：[[PERSON|茅以宁]]
检测结果：ANOS1（KAL1）基因c.1267C>T（p.Arg423Ter），半合子，致病（ACMG：PVS1+PM2+PP4）。
家系验证：母亲[[PERSON|殷素琴]]该位点杂合。
FGFR1、PROKR2、PROK2、CHD7、SOX10、GNRHR、KISS1R等基因未检出致病或可能致病变异。
结论：符合X连锁遗传的卡尔曼综合征。`,
  ],
];

const en: Array<[string, string]> = [
  [
    'admission',
    `AMU CLERKING NOTE
Name: [[PERSON|Doreen Ackroyd]]   DOB: [[DATE|03/02/1931]]   Age: [[AGE|95]]
NHS No: [[INSURANCE_ID|${nhs('402871')}]]   Hosp No: [[MRN|J6831209]]   Bed: AMU [[MRN|14]]
Address: [[ADDRESS|27 Cardigan Road, Headingley, Leeds LS6 3AG]]
NOK: grandson [[PERSON|Kieran Ackroyd]] [[PHONE|0113 496 0017]] (lives with her)
PC: carer let herself in at 07:30 and found her on the bedroom floor; probably down about nine hours.
HPC: usually mobile with a frame, four care calls a day. Muddled since yesterday according to carer [[PERSON|Beverley]].
Obs: T 35.2, HR 108, BP 94/60, RR 22, SpO2 95% on air, NEWS2 7. CK 3,910, creatinine 214 (baseline 88), K 5.6.
Imp: AKI (stage 2) with rhabdomyolysis after a long lie; ?urinary source; delirium.
Plan: IV fluids with strict input/output, repeat U&E and CK at 18:00, CXR, urine culture, 4AT, falls bundle.
Clerked by Dr [[PERSON|Imogen Sutcliffe]] (FY2) at 02:15 on [[DATE|24/11/2026]]`,
  ],
  [
    'admission',
    `GENERAL MEDICINE ADMISSION
Patient: [[PERSON|Konstantinos Papadakis]] (goes by "[[PERSON|Con]]")   UR: [[MRN|0749312]]
Medicare: [[INSURANCE_ID|${medicare('42817365', '2')}]]   DVA Gold Card: [[INSURANCE_ID|VX204518]]
DOB [[DATE|11/09/1932]] — [[AGE|94]] yo Greek-speaking man; history via TIS interpreter [[PERSON|Eleni Georgiou]].
Lives with wife [[PERSON|Sofia]] at [[ADDRESS|Unit 3/41 Droop Street, Footscray VIC 3011]]. Son [[PERSON|Nick Papadakis]] mob [[PHONE|0491 576 801]].
PC: breathless for three days and getting worse, two-pillow orthopnoea, ankle swelling up to the knees.
O/E: JVP +5 cm, bibasal crackles, pitting oedema to mid-shin. BNP 2,840. Echo [[DATE|2025]]: EF 35%.
Dx: decompensated HFrEF. Plan: IV frusemide 80 mg BD, daily weights, 1.5 L fluid restriction, K and Mg daily.`,
  ],
  [
    'admission',
    `EMERGENCY DEPARTMENT H&P
Pt: [[PERSON|LaTonya Whitfield]]   MRN: [[MRN|10-44-72-918]]   CSN: [[MRN|8800213476]]   Arrival: [[DATE|11/23/2026]] 22:48
Age/sex: 48 F   Payer: Humana Gold Plus (Medicare Advantage) — member [[INSURANCE_ID|H51873402]]
CC: "worst headache of my life", sudden onset at 19:30 while carrying groceries upstairs.
HPI: occipital thunderclap headache, vomited twice, neck stiffness. No trauma. Takes lisinopril 20 mg; smokes half a pack a day.
Exam: GCS 15, BP 192/104, meningism, no focal deficit. Hunt-Hess 2.
CT head: diffuse SAH in the basal cisterns, modified Fisher 3. CTA: 6 mm ACOM aneurysm.
Plan: nicardipine infusion to SBP < 140, nimodipine 60 mg q4h, neurosurgery (Dr [[PERSON|Anand Subramaniam]]) aware, neuro ICU bed [[MRN|7]].
Contact: sister [[PERSON|Denise Whitfield-Moore]] [[PHONE|(312) 555-0118]]
Home: [[ADDRESS|6120 S Dorchester Ave, Apt 2R, Chicago, IL 60637]]`,
  ],
  [
    'progress-note',
    `SURGICAL PROGRESS NOTE — [[DATE|22/11/2026]] 08:00, ward round with Mr [[PERSON|Ó Cinnéide]]
[[PERSON|Siobhán Ní Mhurchú]], 58F, MRN [[MRN|0761096]], bed [[MRN|6]]
Day 2 after laparoscopic anterior resection (ERAS pathway).
S: pain controlled on PCA, passed flatus overnight, sat out in the chair.
O: T 37.4, HR 88, BP 126/78. Abdomen soft, port sites clean. Drain 40 mL serous. UO 0.6 mL/kg/h. CRP 142 (POD1 98). Hb 112.
A: progressing; CRP rising but below the day-2 threshold of 150.
P: stop PCA, oral analgesia; diet as tolerated; remove catheter; CRP in the morning, CT abdomen/pelvis if above 150 on POD3.
Husband [[PERSON|Donncha]] updated by phone on [[PHONE|087 319 4462]].
Dr [[PERSON|Aoife Tiernan-Walsh]], SHO`,
  ],
  [
    'progress-note',
    `HOSPITALIST PROGRESS NOTE — Winnipeg
Patient: [[PERSON|Ernest Flett]]   Chart #: [[MRN|HSC-3318904]]   Room [[MRN|GD4-12B]]   MB PHIN: [[INSURANCE_ID|128 447 903]]
Date: [[DATE|2026-11-23]]
#1 Cellulitis, right leg; necrotising infection felt unlikely (LRINEC 3). Day 4 of cefazolin 2 g IV q8h. Erythema has pulled back well within the pen line; no fever for 36 h. Step down to cephalexin 500 mg po q6h, finishing a 10-day course.
#2 Type 2 diabetes, A1c 9.8%: basal-bolus insulin, glucose 6–11 mmol/L.
#3 Disposition: home to Norway House; flight booked through medical transportation for [[DATE|Nov 26]]; escort is his daughter [[PERSON|Tanis Flett]].
Family contact: [[PHONE|(204) 555-0139]]`,
  ],
  [
    'progress-note',
    `WARD ROUND — Ward 56, bed [[MRN|12]], [[DATE|23 Nov 2026]]
Pt: [[PERSON|Muhammad Hafiz bin Rosli]], 44M, NRIC [[ID_CARD|${nric('S', '8217364')}]], Case No. [[MRN|26-0831547H]]
Dengue day 6 with warning signs: abdominal pain, haematocrit 49% (from 42%), platelets 18.
Plan: IV crystalloid 5 mL/kg/h and titrate, FBC every 6 h, strict input/output, no IM injections, no NSAIDs.
Wife [[PERSON|Nur Syafiqah]] updated; contact [[PHONE|+65 9183 6270]].
Consultant: Dr [[PERSON|Quek Boon Huat]]; MO: Dr [[PERSON|Priya Ramachandran]]`,
  ],
  [
    'discharge',
    `DISCHARGE SUMMARY — General Surgery, Christchurch
Patient: [[PERSON|Hemi Pōtae]]   NHI: [[INSURANCE_ID|${nhi('ZKM', '418')}]]   DOB: [[DATE|17/06/1971]]
Address: [[ADDRESS|1184 Ellesmere Road, RD 2, Christchurch 7672]]
Dates: [[DATE|18/11/2026]] (in) – [[DATE|23/11/2026]] (out).
Diagnosis: mild gallstone pancreatitis (Glasgow-Imrie 2); lap chole done during the same stay, [[DATE|21/11/2026]].
GP actions: please repeat LFTs in six weeks; no routine surgical follow-up.
GP: Dr [[PERSON|Rachel Ngata]]
Whānau contact: partner [[PERSON|Ana]] [[PHONE|027 318 5546]]`,
  ],
  [
    'discharge',
    `DISCHARGE SUMMARY — Department of Medicine & Geriatrics
Name: [[PERSON|CHEUNG Tsz-yan]] [[PERSON|張紫欣]]   HKID: [[ID_CARD|${hkid('Y', '603218')}]]   HN: [[MRN|HN26048817(3)]]
Sex/Age: F/[[AGE|91]]   Ward 7A bed [[MRN|22]]
Admission: [[DATE|15-Nov-2026]]   Discharge: [[DATE|22-Nov-2026]]
Principal diagnosis: urosepsis (ESBL E. coli) with hypoactive delirium.
Treatment: IV ertapenem 1 g daily for 7 days. Delirium settled by day 4; walks with a quadripod.
Discharged home to: [[ADDRESS|Room 1708, 17/F, Tsui Lok House, Tsui Ping Estate, Kwun Tong, Kowloon]]
Follow-up: Geriatric SOPC [[DATE|05-Jan-2027]]; community geriatric team to visit.
Contact: son [[PERSON|Cheung Chun-hei]] [[PHONE|9361 2047]]`,
  ],
  [
    'discharge',
    `AFTER-VISIT SUMMARY — going home
Name: [[PERSON|Guadalupe Treviño]] ("[[PERSON|Lupita]]")   MRN: [[MRN|M002718463]]   Discharge date: [[DATE|11/22/2026]]
You were treated for: new atrial fibrillation with a fast heart rate.
New medicines: apixaban 5 mg twice a day; metoprolol succinate 50 mg once a day.
Stop taking: aspirin 81 mg.
Follow-up: cardiology with Dr [[PERSON|Oyelaran]] on [[DATE|12/3/2026]] at 9:40 AM, [[ADDRESS|6400 Fannin St, Suite 2350, Houston, TX 77030]]. Call [[PHONE|(713) 555-0164]] to change the time.
A home health nurse will phone you at [[PHONE|(832) 555-0121]] within two days.
Call 911 for chest pain, fainting, or weakness on one side of the body.`,
  ],
  [
    'outpatient',
    `Interstitial Lung Disease Clinic
Dear Dr [[PERSON|MacInnes]],
Re: [[PERSON|Mòrag NicLeòid]] (Mrs [[PERSON|Morag MacLeod]])   CHI: [[INSURANCE_ID|${chi('120458', '174')}]]
Address: [[ADDRESS|Flat 2/1, 45 Hyndland Road, Glasgow G12 9UX]]
I reviewed Mrs [[PERSON|MacLeod]] on [[DATE|20/11/2026]]. Her breathlessness is slowly worse (MRC 3). FVC 2.14 L (71% predicted), TLCO 48%. HRCT shows a probable UIP pattern with basal honeycombing.
After MDT discussion we have started nintedanib 150 mg twice daily; LFTs fortnightly for the first three months.
She is a native Gaelic speaker from Lewis and has asked for letters in both English and Gaelic.
Yours sincerely, Dr [[PERSON|Fionnlagh Moireasdan]]`,
  ],
  [
    'outpatient',
    `[Dictation transcript — orthopedics clinic]
This is Doctor [[PERSON|Halvorsen]] dictating a clinic note for [[PERSON|Rosalind Quimby]], last name spelled [[PERSON|Q-U-I-M-B-Y]], date of birth [[DATE|March fourth, nineteen sixty-two]], her chart number is [[MRN|four four seven two zero nine one one]]. Date of service [[DATE|November twentieth]].
Patient returns six weeks status post right total knee arthroplasty. Range of motion zero to one hundred fifteen degrees. Incision well healed. Walking with a cane.
Plan: physical therapy twice weekly, follow up in six weeks with standing films.
Her daughter [[PERSON|Carla]] asks that we call her at [[PHONE|six oh two, five five five, oh one three three]] with the x-ray results. End of dictation.`,
  ],
  [
    'outpatient',
    `Cardiology Outpatients — Belfast
Re: [[PERSON|Róisín McAlinden]]   H&C No: [[INSURANCE_ID|${mod11('341852907')}]]   Hosp No: [[MRN|BCH0273364]]
Address: [[ADDRESS|14 Glenmachan Park, Belfast BT4 2PJ]]   Tel: [[PHONE|028 9649 6713]]
Dear Dr [[PERSON|Quinn]],
I saw Ms [[PERSON|McAlinden]], a 36-year-old teacher, with recurrent palpitations. A 14-day patch monitor captured 41 runs of a narrow-complex tachycardia, the longest 6 minutes at 210 bpm, matching her symptom diary. Echocardiogram normal.
I have listed her for an electrophysiology study and ablation; the current wait is about 30 weeks. Meanwhile bisoprolol 2.5 mg at night as needed.
Yours sincerely, Dr [[PERSON|Eamonn Devlin]]`,
  ],
  [
    'referral',
    `Referral — Endocrinology
To: Dr [[PERSON|Wei Ling Chua]], Endocrinologist
Re: [[PERSON|Tavita Faleafa]], DOB [[DATE|02/10/1990]]
Medicare: [[INSURANCE_ID|${medicare('51730946', '1')}]]   IHI: [[INSURANCE_ID|${spaced(luhn('800360815273946'))}]]
Address: [[ADDRESS|12 Tasman Crescent, Mount Druitt NSW 2770]]   Mobile: [[PHONE|0491 579 455]]
Dear Dr [[PERSON|Chua]],
Thank you for seeing [[PERSON|Tavita]], a 36-year-old Samoan man with newly diagnosed type 2 diabetes (HbA1c 11.2%), BMI 41, eGFR 72, urine ACR 18 mg/mmol. Started metformin XR 1 g; he works night shifts at a warehouse and would value advice on GLP-1 therapy and timing of doses.
Regards, Dr [[PERSON|Mele Taufa]]`,
  ],
  [
    'referral',
    `REFERRAL — Rheumatology
From: Dr [[PERSON|Geneviève Tremblay-Roy]], family medicine, fax [[PHONE|514-555-0148]]
Patient: [[PERSON|Yves Larochelle]]   RAMQ: [[INSURANCE_ID|LARY 6803 1412]]   DOB: [[DATE|1968-03-14]]
Address: [[ADDRESS|4870, rue Fabre, app. 3, Montréal QC H2J 3W2]]   Tel: [[PHONE|514-555-0106]]
Reason: eight weeks of bilateral shoulder and hip-girdle pain stiff for more than an hour each morning; ESR 64, CRP 41; RF and anti-CCP negative. Polymyalgia rheumatica versus late-onset RA. No headache or jaw claudication.
I have not started prednisone, to allow your assessment. Please see within four weeks if possible.`,
  ],
  [
    'referral',
    `URGENT SUSPECTED CANCER REFERRAL — Lower GI
Patient: [[PERSON|Gwilym Ffransis]]   NHS number: [[INSURANCE_ID|${nhs('716350')}]]
Address: [[ADDRESS|Tŷ Gwyn, Heol y Felin, Llanybydder SA40 9UQ]]
Telephone: [[PHONE|01632 960731]]   Email (consents to contact): [[EMAIL|g.ffransis@example.co.uk]]
Reason: FIT 186 µg Hb/g; Hb 98 g/L with ferritin 9 (iron deficient) and 8 kg unintended weight loss over three months. Change to looser stool since [[DATE|August]].
Fit for colonoscopy; lives alone; prefers Welsh-language appointments where possible.
Referrer: Dr [[PERSON|Carys Bevan]]`,
  ],
  [
    'handover',
    `4 WEST MED-SURG — NIGHT TO DAY HANDOFF [[DATE|11/24/2026]]
Rm | Patient | Age | Dx | Notes
[[MRN|401-A]] | [[PERSON|Harold Beaumont]] | [[AGE|90]] | CAP | 2 L NC, sats 93; ceftriaxone due 10:00
[[MRN|401-B]] | [[PERSON|Mateo Zubiría]] | 34 | SBO | NG to low suction, 450 mL overnight, NPO
402 | — | — | vacant, deep clean done | —
[[MRN|403]] | [[PERSON|Ida Mae Coleman]] (likes "Miss [[PERSON|Ida]]") | 82 | hip fx POD1 | Hgb 7.9, 1 unit PRBC running
[[MRN|405]] | [[PERSON|Vu Thi Lan]] | 67 | DKA resolving | insulin drip off 04:00, basal given; Vietnamese interpreter by phone
Off-going: [[PERSON|Shauna]] RN   On-coming: [[PERSON|Marcus]] RN`,
  ],
  [
    'handover',
    `[Night-to-day handover, Ward 21 — transcribed]
"Bed [[MRN|nine]], Mr [[PERSON|Okafor]] — [[PERSON|Chuk]]... sorry, [[PERSON|Chukwuemeka]], he prefers [[PERSON|Emeka]] — day one after TURP, irrigation on, draining pale rosé, clot-free since midnight.
Bed eleven is empty, we're waiting for the hernia from theatre.
Bed [[MRN|twelve]], Mrs [[PERSON|Pennington]], [[AGE|ninety-seven]], in with a fall, delirious overnight, pulled her cannula out twice, one-to-one from six.
Side room [[MRN|three]], [[PERSON|Rūta Kazlauskienė]], C. diff, on oral vancomycin, stool chart is in the room, her son [[PERSON|Tomas]] is coming at ten."`,
  ],
  [
    'handover',
    `ICU HANDOVER — bed space [[MRN|4]]
I: [[PERSON|Losaline Vaipulu]], 52F, NHI [[INSURANCE_ID|${nhi('PQR', '275')}]]
S: day 3 ventilated, severe CAP with septic shock.
B: type 2 diabetes, BMI 44; lives with husband [[PERSON|Sione]] and five children.
A: FiO2 0.45, PEEP 10, P/F 180; noradrenaline 0.08 µg/kg/min and weaning; lactate 1.6; CRRT running, net −100 mL/h.
R: SBT if FiO2 ≤ 0.4; family meeting 14:00 with daughter [[PERSON|Mele]] and the Pacific navigator [[PERSON|Tevita Mahe]].
Bed space [[MRN|5]]: [[PERSON|Gordon Kerr]], 71M, day 1 after open AAA repair, extubated 06:10, epidural at 8 mL/h.`,
  ],
  [
    'nursing-note',
    `PUBLIC HEALTH NURSING — HOME VISIT RECORD
Client: [[PERSON|Bridget Cronin]] ("[[PERSON|Bridie]]")   Age: [[AGE|95]]
Address: [[ADDRESS|Carrigeen, Ballinascarthy, Clonakilty, Co. Cork P85 HX27]]
Medical card no.: [[INSURANCE_ID|6022625T]]   Visit: [[DATE|19/11/2026]]
Right gaiter venous ulcer 4 × 3 cm, smaller than last week, less slough; re-bandaged with two-layer compression.
Lives alone; nephew [[PERSON|Diarmuid]] calls in every evening, home help one hour each morning. Smoke alarm tested and working.
Next visit [[DATE|26/11]]. Nephew's mobile [[PHONE|086 207 3318]].
PHN: [[PERSON|Niamh Twomey]]`,
  ],
  [
    'nursing-note',
    `HOME HEALTH — SN VISIT (SOC)
Patient: [[PERSON|Walter Kowalczyk]]   MBI: [[INSURANCE_ID|5KX2-TW8-RC41]]   Agency ID: [[MRN|HH-0028397]]
SOC date: [[DATE|11/20/2026]]   Address: [[ADDRESS|2217 N 56th St, Milwaukee, WI 53208]]
Primary caregiver: wife [[PERSON|Dolores]], [[PHONE|(414) 555-0192]]
Dx: heart failure exacerbation (I50.23), COPD (J44.1). Weight 211 lb (208 lb at discharge). Oxygen 2 L continuous.
Teaching: daily weights; call if up more than 3 lb in a day or 5 lb in a week. Med reconciliation: 14 meds, furosemide changed to 40 mg BID.
Next skilled visit [[DATE|11/23]]; PT evaluation booked.
Clinician: [[PERSON|Reyna Castillo]], RN`,
  ],
  [
    'nursing-note',
    `CARE HOME — DAILY EVALUATION
Resident: [[PERSON|Gwenllian Morgan-Jones]]   Room [[MRN|14]]   Age [[AGE|98]]   NHS No: [[INSURANCE_ID|${nhs('531907')}]]
Date: [[DATE|21/11/2026]]
Ate half her breakfast and all of her pudding at lunch; fluid intake 1,150 mL. Skin intact; repositioned 4-hourly, sacrum blanching.
Seemed low in mood after her daughter [[PERSON|Eirlys]] left; played hymns in Welsh and she joined in.
GP Dr [[PERSON|Harries]] to review the sore left ear on Monday.
Signed: [[PERSON|Ffion Rees]], senior carer`,
  ],
  [
    'lab-report',
    `MICROBIOLOGY REPORT
Patient: [[PERSON|BOATENG, Kwabena]]   NHS: [[INSURANCE_ID|${nhs('580319')}]]   Hosp No: [[MRN|RF2207486]]
Lab No: [[MRN|M26.1138407]]   Specimen: blood cultures, two sets   Collected: [[DATE|21/11/2026]] 23:40
Requesting clinician: Dr [[PERSON|Sabeen Qadri]]
Both sets flagged positive at 14 h: Gram-negative bacilli. Identification: Klebsiella pneumoniae.
Resistant to amoxicillin and co-amoxiclav; sensitive to ceftriaxone, gentamicin, meropenem and ciprofloxacin.
Comment: telephoned to Dr [[PERSON|Qadri]] at 11:05 on [[DATE|22/11/2026]]; please look for a biliary or urinary source.
Authorised by: [[PERSON|L. Achterberg]], consultant microbiologist`,
  ],
  [
    'lab-report',
    `PATHOLOGY — SURGICAL
Case accession: [[MRN|S26-48217]]   MRN: [[MRN|000391827]]
Patient: [[PERSON|NAKAMURA-HILL, Reiko]]   DOB: [[DATE|07/30/1979]]   Sex: F
Collected: [[DATE|11/18/2026]]   Submitting physician: [[PERSON|Jorge Amador]], MD
Clinical history: 2.1 cm left thyroid nodule, Bethesda V.
FINAL DIAGNOSIS: thyroid, left lobe, lobectomy — papillary thyroid carcinoma, classic subtype, 1.9 cm, confined to the thyroid; margins negative; lymph nodes 0/2. pT1b pN0a. BRAF V600E positive by IHC.
Pathologist: [[PERSON|Temperance Obi]], MD   Signed out [[DATE|11/21/2026]]`,
  ],
  [
    'lab-report',
    `Preparing for your fasting blood test
• Have nothing to eat for 10 to 12 hours beforehand. Plain water is fine and helps the nurse find a vein.
• Take your usual tablets with water unless your doctor has told you otherwise. If you use insulin or take gliclazide, ask your GP what to do that morning.
• Black tea and coffee count as food for this test; chewing gum and smoking can also change the results.
• Bring a snack for afterwards and your request form.
• Results usually reach the doctor who asked for the test within 3–5 working days.`,
  ],
  [
    'imaging-report',
    `CT CAP (contrast-enhanced)
Name: [[PERSON|Jarrah Wilkinson]]   UR: [[MRN|2208193]]   Accession: [[MRN|RAD26-0773914]]
DOB: [[DATE|14/01/1966]]   Referrer: Dr [[PERSON|Siobhan Hartigan]]   Exam date: [[DATE|20/11/2026]]
Clinical: weight loss and haemoptysis; ex-smoker, 40 pack-years.
Findings: 4.2 cm spiculated right upper lobe mass abutting the mediastinal pleura. Right paratracheal node 18 mm short axis. 1.5 cm left adrenal nodule, indeterminate (28 HU). Liver clear. No destructive bone lesion.
Impression: RUL mass suspicious for primary lung cancer with at least N2 nodal disease. Suggest PET-CT and lung MDT.
Reported by Dr [[PERSON|Anh Nguyen]]`,
  ],
  [
    'imaging-report',
    `DIAGNOSTIC IMAGING — ULTRASOUND ABDOMEN
Patient: [[PERSON|Priyanka Sharma-Bedi]]   MRN: [[MRN|00K-477-2901]]   OHIP: [[INSURANCE_ID|${ohip('538204917')}]] GB
Exam date: [[DATE|2026-11-19]]   Requisition: [[MRN|RQ-55083126]]
Referring: Dr [[PERSON|Olumide Bankole]]
Findings: several mobile gallstones up to 14 mm; gallbladder wall 2 mm; no pericholecystic fluid; sonographic Murphy sign negative. CBD 4 mm. Liver diffusely echogenic. Spleen 11 cm. Both kidneys normal.
Conclusion: gallstones, no sonographic cholecystitis. Fatty liver.
Radiologist: Dr [[PERSON|Mei-Xin Lau]]`,
  ],
  [
    'imaging-report',
    `MRI BRAIN WITH CONTRAST
Name: [[PERSON|Lim Siew Hoon]]   NRIC: [[ID_CARD|${nric('S', '5928143')}]]   Case: [[MRN|R2611-30048]]
Age/Sex: 67/F   Exam date: [[DATE|18 Nov 2026]]
Indication: new right-sided weakness, known breast carcinoma.
Findings: three enhancing lesions — left precentral gyrus 14 mm with surrounding oedema, right cerebellar hemisphere 9 mm, left occipital 6 mm. No hydrocephalus. No leptomeningeal enhancement.
Impression: multiple cerebral metastases. Suitable for stereotactic radiosurgery discussion.
Radiologist: Dr [[PERSON|Kavya Menon]]`,
  ],
  [
    'prescription',
    `DISCHARGE PRESCRIPTION (TTO) — Ward C7
Patient: [[PERSON|Ayesha Begum]]   NHS No.: [[INSURANCE_ID|${nhs('603174')}]]   Hosp No.: [[MRN|K0938142]]
DOB: [[DATE|05/05/1954]]   Weight 58 kg   Allergy: penicillin (rash)
Address: [[ADDRESS|Flat 6, Bilton House, 24 Whitechapel Road, London E1 1EW]]
1. Clarithromycin 500 mg BD, 4 more days (7 in total)
2. Prednisolone 30 mg OD, 2 more days, then stop
3. Tiotropium 2.5 micrograms, 2 puffs OD (Respimat) — NEW
4. Carbocisteine 750 mg TDS
Screened by pharmacist [[PERSON|Ravi Chaudhary]]; prescriber Dr [[PERSON|Ellie Foxton]], bleep 2215.
Inhaler counselling in Sylheti through interpreter [[PERSON|Shamima Akhter]].`,
  ],
  [
    'prescription',
    `E-PRESCRIPTION
Patient: [[PERSON|Darnell Jefferson]]   DOB: [[DATE|02/14/1987]]   Phone: [[PHONE|(470) 555-0172]]
Address: [[ADDRESS|388 Auburn Ave NE, Unit 12, Atlanta, GA 30312]]
Georgia Medicaid ID: [[INSURANCE_ID|GA2847319065]]
Rx: buprenorphine/naloxone 8 mg/2 mg sublingual film, 1 film daily, #14, no refills.
Rx: naloxone 4 mg nasal spray, #2.
Written [[DATE|11/21/2026]]; next visit in 2 weeks with urine drug screen.
Prescriber: [[PERSON|Naomi Birnbaum-Ortiz]], NP`,
  ],
  [
    'prescription',
    `Nitrofurantoin for a bladder infection
• Swallow each capsule with food or milk; this settles the stomach and helps the medicine work.
• Your urine may turn dark yellow or brownish. This is harmless and fades after the course.
• Keep going for the full 3 days (women) or 7 days (men) even once the stinging eases.
• Stop and ring the surgery if you get a new cough, chest tightness, tingling in the hands or feet, or a yellowing of the eyes.
• Indigestion remedies containing magnesium trisilicate can block it, so leave a gap of two hours.`,
  ],
  [
    'consent',
    `CONSENT (FORM 1) — adult with capacity
Patient: [[PERSON|Ionuț Stănescu]]   Hospital number: [[MRN|RX1-0446128]]   NHS: [[INSURANCE_ID|${nhs('825436')}]]
Proposed procedure: removal of left ureteric stent by flexible cystoscopy.
Benefits: removes the stent and its discomfort; confirms the bladder is healthy.
Risks (serious or common): urinary infection (about 1 in 20), blood in the urine for 48 hours, stinging on passing urine.
Interpreter (Romanian): [[PERSON|Daniela Popescu]]
Signed by patient: [[PERSON|I. Stănescu]] on [[DATE|24/11/2026]]
Consultant: Mr [[PERSON|Obafemi]], consultant urologist`,
  ],
  [
    'consent',
    `INFORMED CONSENT FOR SURGERY — International Patient Services
Patient: [[PERSON|María Fernanda Ochoa Villarreal]]   Passport (Mexico): [[PASSPORT|G37195028]]
Home address: [[ADDRESS|Calle Río Nazas 214, Col. del Valle, San Pedro Garza García, N.L. 66220, México]]   Phone: [[PHONE|+52 81 8372 5019]]
Procedure: total thyroidectomy with nerve monitoring, scheduled [[DATE|11/25/2026]].
Risks discussed: bleeding, temporary or permanent hoarseness, low calcium needing supplements, lifelong levothyroxine.
Explained in Spanish by certified interpreter [[PERSON|Rubén Esquivel]].
Witness: [[PERSON|Kendra Boyd]], RN
Surgeon: Dr [[PERSON|Philippa Crane]]`,
  ],
  [
    'consent',
    `PARENT/GUARDIAN CONSENT — procedural sedation, Children's Emergency
Child: [[PERSON|Gabriel Santos Dela Cruz]], 7 y   Medicare: [[INSURANCE_ID|${medicare('23948571', '3')}]]   MRN: [[MRN|QCH-4321401]]
Procedure: ketamine sedation for reduction of a forearm fracture.
Parent: [[PERSON|Maria Theresa Dela Cruz]] (mother)   ID sighted: Philippine passport [[PASSPORT|P4827316B]]
Contact: [[PHONE|(07) 5550 3182]]   Address: [[ADDRESS|8/22 Sherwood Road, Toowong QLD 4066]]
Risks explained: vomiting, brief noisy breathing, agitation on waking.
Consent given verbally and in writing, [[DATE|23/11/2026]] 19:10. Doctor: [[PERSON|Liam Garvey]]`,
  ],
  [
    'billing',
    `BILLING STATEMENT
Responsible party: [[PERSON|Colleen Brannigan]]   Account #: [[MRN|40017728316]]   SSN: [[ID_CARD|987-65-4327]]
Address: [[ADDRESS|77 Orchard Hill Rd, Glastonbury, CT 06033]]
Patient: [[PERSON|Liam Brannigan]] (son)   Date of service: [[DATE|09/14/2026]]
ED visit, level 4 $1,240.00; CT head without contrast $860.00; insurance paid $1,512.00; adjustments $0.00.
Patient balance: $588.00
Payment received: American Express [[BANK_CARD|${amex('37491572830164')}]], $588.00. Thank you.`,
  ],
  [
    'billing',
    `INVOICE — Private Hospital, Dundalk
Patient: [[PERSON|Cathal Mac Aodha]]   MRN: [[MRN|AP-0081726]]   Irish Life Health member no.: [[INSURANCE_ID|ILH31227347]]
Address: [[ADDRESS|Apartment 12, The Maltings, Bridge Street, Dundalk, Co. Louth A91 K2W6]]
Admitted [[DATE|10/11/2026]], discharged [[DATE|12/11/2026]].
Procedure: arthroscopic ACL reconstruction, right knee (hamstring graft).
Hospital charges €9,870.00; consultant fees billed separately; insurer pays €9,520.00.
Amount due from patient: €350.00 (policy excess). Invoice no. DPH-26-40217.`,
  ],
  [
    'billing',
    `ACC TREATMENT INVOICE — physiotherapy
Client: [[PERSON|Tui Hēnare-Walker]]   ACC claim no.: [[INSURANCE_ID|CA7008670]]   NHI: [[INSURANCE_ID|${nhi('JXT', '602')}]]
Address: [[ADDRESS|3/17 Moxham Avenue, Hataitai, Wellington 6021]]
Date of injury: [[DATE|02/10/2026]]   Injury: right ankle sprain (netball).
Treatments on [[DATE|06/10/2026]], [[DATE|13/10/2026]], [[DATE|27/10/2026]] and [[DATE|10/11/2026]]: 4 × $58.00 co-funded.
Client surcharge: 4 × $20.00 = $80.00.
Treating physiotherapist: [[PERSON|Ruby Thackeray]]`,
  ],
  [
    'online-consult',
    `ONLINE CONSULTATION (practice website form) — received [[DATE|23/11/2026]] 21:47
Name: [[PERSON|Jordan Ellery-Shaw]]   Date of birth: [[DATE|30/09/2001]]   Pronouns: they/them
Email: [[EMAIL|jordan.es@example.org.uk]]   Mobile: [[PHONE|+44 7700 900318]]
What can we help with? The pharmacy won't dispense my testosterone gel repeat, they say the shared-care agreement from the specialist clinic has lapsed. I have three days left.
How long? Since last Thursday.
Preferred contact: text first, then call [[PHONE|07700 900462]] (partner's phone, [[PERSON|Sam]]).`,
  ],
  [
    'online-consult',
    `TELEHEALTH VISIT NOTE (video)
Patient: [[PERSON|Brandon Tsosie]]   MRN: [[MRN|NM-5540198]]   Visit date: [[DATE|11/20/2026]]
Patient location: home, [[ADDRESS|HC 63 Box 2214, Window Rock, AZ 86515]]
Video room: [[URL|https://care.example.org/v/8f3k2q]]   Client IP: [[IP|198.51.100.244]]
S: asthma follow-up; night waking twice a week; using albuterol about 4 times a week. ACT 17.
A/P: not well controlled — start budesonide-formoterol 160/4.5 two puffs twice daily, plus extra puffs as reliever; spacer technique reviewed on camera.
His sister [[PERSON|Shandiin]] joined the call to help with the inhaler.`,
  ],
  [
    'online-consult',
    `TELECONSULTATION RECORD
Patient: [[PERSON|Goh Pei Shan]]   NRIC: [[ID_CARD|${nric('T', '0040875')}]]   Session ID: [[MRN|TC-2611-77812]]
Connected from [[IP|2001:db8:3c4d:15::1a2f]]
Complaint: sore throat, fever 38.6 °C for one day, no cough. Centor 3.
Plan: rapid antigen test at a partner clinic; paracetamol 1 g QDS; return if unable to swallow.
Medical certificate: [[DATE|24/11/2026]] to [[DATE|25/11/2026]], sent to [[EMAIL|peishan.goh@example.com.sg]]
Doctor: Dr [[PERSON|Farhan Iskandar]]`,
  ],
  [
    'patient-message',
    `Patient portal message
From: [[ACCOUNT|ggrabowski_52]] ([[PERSON|Gail Grabowski]])
Subject: potassium result
Hi Dr [[PERSON|Abernathy]], my potassium came back 5.9 on the results page. Should I stop the spironolactone? I also take lisinopril 10 mg. My next appointment is [[DATE|Dec 9]] and that seems a long way off.
Sent [[DATE|11/23/2026]] 7:12 PM from [[IP|203.0.113.133]]`,
  ],
  [
    'patient-message',
    `From: [[EMAIL|martin.oyelowo@example.co.uk]]
Subject: My father's appointment — [[PERSON|Ezekiel Oyelowo]], hospital number [[MRN|D2271840]]
Dear secretaries,
My father was told in the clinic letter of [[DATE|4 November]] that he would have a heart scan within six weeks, but nothing has arrived. He is deaf in one ear and misses phone calls, so please ring me instead on [[PHONE|07700 900735]] or write to him at [[ADDRESS|41 Peckham Rye, London SE15 3NX]].
Kind regards,
[[PERSON|Martin Oyelowo]]`,
  ],
  [
    'patient-message',
    `[WhatsApp — clinic nurse line]
[[PHONE|+852 6291 4083]]: Hello nurse, my mum [[PERSON|LAU Siu-kuen]] has a follow-up at the diabetes clinic on [[DATE|2 Dec]]. She has flu now, can I come and collect her insulin instead?
Nurse [[PERSON|Kwok]]: Yes, bring her HKID copy, the appointment slip and her glucose diary.
[[PHONE|+852 6291 4083]]: Thank you! Her sugar was 14 this morning, is that ok?
Nurse [[PERSON|Kwok]]: Please check again before lunch. If above 20 or she is vomiting, take her to A&E.`,
  ],
  [
    'family-chat',
    `[[PERSON|Bethan]]: Grandad's on the stroke ward now, speech a bit clearer today
[[PERSON|Rhys]]: I'll take Nan in after work, I've got the van ([[PLATE|CU21 WKX]])
Mum: Visiting is 2 till 8, only two at the bed
~ [[ACCOUNT|taff_in_tenby]]: Is he still on the thickened drinks?
[[PERSON|Bethan]]: Yes, speech therapist said stage 1 for now
Mum: The nurse asked his age for the form, I told her [[AGE|ninety-one]]`,
  ],
  [
    'family-chat',
    `[[PERSON|Jas]]: Dad gets discharged tomorrow 11am, I'll drive him home to [[ADDRESS|5127 148 St NW, Edmonton AB T6H 5H7]]
[[PERSON|Harpreet]]: I'll get his pills delivered, the pharmacy wants his health card number
[[PERSON|Jas]]: AHCIP [[INSURANCE_ID|45118-3290]], it's on the fridge too
[[PERSON|Harpreet]]: and a card for the dispensing fee?
[[PERSON|Jas]]: use mine, [[BANK_CARD|${spaced(luhn('452038716604219'))}]], exp 03/28
[[PERSON|Harpreet]]: done. I'll bring the blue car, [[PLATE|CKR-4471]], his walker fits in the back`,
  ],
  [
    'family-chat',
    `[[PERSON|Shaz]]: Mum's home from Fiona Stanley, she's ok but tired
[[PERSON|Dazza]]: Good news. I'll mow the lawn at [[ADDRESS|23 Kooyong Road, Rivervale WA 6103]] Saturday
[[PERSON|Shaz]]: Ta. Her new address for the physio letters is the unit though: [[ADDRESS|Unit 5/9 Hardey Road, Belmont WA 6104]]
[[ACCOUNT|kezza.w]]: I can drive her to physio Tuesdays, rego [[PLATE|1GKW 482]]
[[PERSON|Shaz]]: legend, appointment is [[DATE|2 December]] at 10`,
  ],
  [
    'sms-reminder',
    `Your GP practice is now offering autumn COVID-19 and flu vaccinations if you are 65+, care home residents and those at higher risk. Book online or call the surgery. Walk-in Saturday clinics run until 12 December. Reply STOP to opt out.`,
  ],
  [
    'sms-reminder',
    `Hi [[PERSON|Brodie]], your appointment with Dr [[PERSON|Kaur]] is on Fri [[DATE|27 Nov]] at 3:40pm. Reply Y to confirm or N to cancel, or manage it online: [[URL|https://appts.example.com.au/m/Q7ZP4M]]. Please arrive 5 minutes early.`,
  ],
  [
    'sms-reminder',
    `Mrs [[PERSON|Okonjo]], your prescription Rx [[MRN|7731922]] is ready for pick-up at Westdale Pharmacy, [[ADDRESS|1018 King St W, Hamilton ON L8S 1L6]], Mon–Sat 9–6. Questions: [[PHONE|(905) 555-0153]].`,
  ],
  [
    'myelofibrosis-clinic',
    `MPN CLINIC — Haematology
Re: [[PERSON|Clifford Ashworth]], DOB [[DATE|22/07/1953]], NHS No. [[INSURANCE_ID|${nhs('248761')}]], Hosp No. [[MRN|MF0627351]]
Dear Dr [[PERSON|Patel]],
Diagnosis: post-essential thrombocythaemia myelofibrosis, CALR type 1; DIPSS intermediate-1, MIPSS70 intermediate.
I saw Mr [[PERSON|Ashworth]] on [[DATE|18/11/2026]]. His spleen is 12 cm below the costal margin, down from 17 cm in [[DATE|May]]. Fatigue and night sweats are much better; weight steady at 71 kg.
FBC: Hb 98 g/L, WCC 9.4, platelets 211; LDH 512.
Plan: continue ruxolitinib 20 mg twice daily; recombinant shingles vaccine before winter; review in 8 weeks with FBC.
He came with his wife, [[PERSON|Pauline]].`,
  ],
  [
    'myelofibrosis-clinic',
    `HEMATOLOGY/ONCOLOGY CLINIC — progress note
Patient: [[PERSON|Rosario Delgado-Peña]]   MRN: [[MRN|E7719420]]   DOB: [[DATE|01/09/1960]]
Insurance: Blue Shield of California, member ID [[INSURANCE_ID|XEB904418273]]
Dx: primary myelofibrosis, JAK2 V617F (VAF 48%), DIPSS-plus high risk; transfusion-dependent anemia.
Ruxolitinib stopped in [[DATE|September]] for thrombocytopenia (plt 38). Momelotinib 200 mg daily since [[DATE|10/02/2026]]; Hb 9.1 today, last transfusion [[DATE|10/28/2026]].
Transplant: BMT referral sent; her brother [[PERSON|Ernesto Delgado]] is being HLA-typed.
Contact: [[PHONE|(619) 555-0118]]; daughter [[PERSON|Marisol Peña]], [[EMAIL|marisol.pena@example.net]]`,
  ],
  [
    'myelofibrosis-clinic',
    `CLINICAL TRIAL VISIT — myelofibrosis combination study
Participant: [[PERSON|KDM]] (initials)   Subject no.: [[MRN|0417-008]]
Visit: cycle 4 day 1, [[DATE|17/11/2026]]
Spleen volume by MRI (central read): −28% from baseline. Total symptom score −52%.
AEs: grade 2 anaemia (Hb 84), grade 1 diarrhoea, resolved.
Investigational product dispensed: kits 55108 and 55109.
Next visit C5D1 [[DATE|15/12/2026]].
Research nurse: [[PERSON|Tamsin O'Loughlin]], ph [[PHONE|(03) 5550 9974]]`,
  ],
  [
    'igg4-rd-clinic',
    `RHEUMATOLOGY CLINIC — IgG4-related disease
Re: [[PERSON|Ferdinand Osei-Bonsu]]   MRN: [[MRN|0733910]]   DOB: [[DATE|09/12/1962]]
Address: [[ADDRESS|22 Rathgar Avenue, Rathgar, Dublin 6, D06 X5P3]]   PPSN: [[ID_CARD|7294381WA]]
Dear Dr [[PERSON|Whelan]],
I reviewed Mr [[PERSON|Osei-Bonsu]] on [[DATE|17/11/2026]]. He has IgG4-related disease with bilateral dacryoadenitis, submandibular gland enlargement and retroperitoneal fibrosis encasing the infrarenal aorta (CT [[DATE|August 2026]]). Serum IgG4 9.2 g/L (ref < 1.35). Creatinine steady at 104 µmol/L with a left ureteric stent in place.
Plan: rituximab 1 g, two doses a fortnight apart, the first on [[DATE|01/12/2026]]; reduce prednisolone from 20 mg by 5 mg every two weeks; repeat CT in three months.`,
  ],
  [
    'igg4-rd-clinic',
    `GI CLINIC — autoimmune pancreatitis, type 1 (IgG4-related), follow-up
Patient: [[PERSON|Abdiqani Hersi]]   OHIP: [[INSURANCE_ID|${ohip('718305264')}]] EK   MRN: [[MRN|TGH-2290416]]
Visit: [[DATE|2026-11-18]]
Presented in [[DATE|March]] with painless jaundice and a sausage-shaped pancreas; IgG4 4.1 g/L; EUS biopsy without malignancy. Prednisone 40 mg tapered over 12 weeks.
Today: no pain, bilirubin normal, HbA1c 6.9% (new steroid-related diabetes, on metformin). MRCP: pancreas normal in size, no biliary stricture.
Plan: azathioprine 100 mg maintenance; CBC and LFTs every month for three months.
Phone: [[PHONE|(416) 555-0129]]   Interpreter (Somali) [[PERSON|Hodan Farah]] present.`,
  ],
  [
    'igg4-rd-clinic',
    `Understanding IgG4-related disease
• IgG4-related disease is an immune condition that can cause swelling of organs such as the pancreas, the salivary and tear glands, the kidneys or the tissue around the aorta.
• It is not cancer and not infectious, but a biopsy is often needed to rule out other conditions.
• Most people respond well to steroid tablets; the dose is reduced slowly over several months.
• The condition can come back, so regular blood tests, including IgG4 levels, and scans continue after treatment.
• Tell your team about a new dry mouth, puffy eyelids, yellow skin or weight loss.`,
  ],
  [
    'osteonecrosis-clinic',
    `ORTHOPAEDIC CLINIC — hip
Patient: [[PERSON|Pita Rangihuna]]   NHI: [[INSURANCE_ID|${nhi('HYQ', '531')}]]   DOB: [[DATE|08/03/2004]]
Address: [[ADDRESS|56 Tōtara Crescent, Dinsdale, Hamilton 3206]]
Bilateral femoral head osteonecrosis after high-dose steroids for ALL at 16 (in remission). Right hip ARCO IV with collapse and early arthritis; left ARCO II, no collapse.
Oxford Hip Score 19 right. Walks 200 m with one crutch.
Plan: right total hip replacement — added to the waiting list today, [[DATE|20/11/2026]]; left hip under observation with MRI in 6 months.
Mother [[PERSON|Hinemoa Rangihuna]] attended. Mobile [[PHONE|021 448 3072]]`,
  ],
  [
    'osteonecrosis-clinic',
    `ORTHOPEDIC SURGERY CONSULT — avascular necrosis, femoral head
Patient: [[PERSON|Aaliyah Brooks-Mensah]]   MRN: [[MRN|3380-1174]]   Maryland Medicaid ID: [[INSURANCE_ID|71934460218]]
Date: [[DATE|11/19/2026]]
19F with sickle cell disease (HbSS) on hydroxyurea 1,000 mg daily; left groin pain for 8 months, worse on stairs.
MRI: left femoral head osteonecrosis, Steinberg IIIB, no collapse; right hip normal.
Plan: core decompression with bone marrow aspirate, coordinated with hematology for pre-op transfusion to HbS < 30%. Surgery penciled for [[DATE|12/14/2026]].
Mom [[PERSON|Adwoa Mensah]] at bedside; best number [[PHONE|(410) 555-0146]].`,
  ],
  [
    'osteonecrosis-clinic',
    `PRE-OPERATIVE ASSESSMENT — total hip replacement
Name: [[PERSON|Bambang Sutrisno]]   Passport (Indonesia): [[PASSPORT|C4456870]]   Case no.: [[MRN|26-1193042K]]
Diagnosis: right femoral head osteonecrosis, Ficat stage IV, after long-term steroid use for asthma.
Surgery date: [[DATE|27 Nov 2026]]
ECG sinus rhythm, Hb 131, creatinine 82, HbA1c 6.1%. ASA 2.
Anaesthetic plan: spinal with sedation; tranexamic acid 1 g.
Next of kin: wife [[PERSON|Endang Lestari]], [[PHONE|+62 812 5530 7146]]; staying at [[ADDRESS|Blk 12 Jalan Bukit Merah, #05-118, Singapore 150012]] during treatment.`,
  ],
  [
    'kallmann-clinic',
    `REPRODUCTIVE ENDOCRINOLOGY CLINIC
Re: [[PERSON|Oliver Penhaligon]], DOB [[DATE|14/05/2008]], NHS [[INSURANCE_ID|${nhs('362815')}]]
Dear Dr [[PERSON|Trewin]],
[[PERSON|Oliver]], now 18, came with his mother [[PERSON|Kerensa]]. He has Kallmann syndrome: no spontaneous puberty, smell identification score 14/40 (anosmia), LH < 0.2 IU/L, FSH 0.4 IU/L, testosterone 0.6 nmol/L; MRI shows absent olfactory bulbs. Genetic testing found a pathogenic ANOS1 variant.
We have started testosterone enanthate 50 mg IM monthly, increasing every six months towards adult doses, with bone age and DEXA today.
Later, when he wishes to father children, hCG with FSH can be used to induce spermatogenesis.`,
  ],
  [
    'kallmann-clinic',
    `FERTILITY CLINIC — male partner review
Couple: [[PERSON|Lachlan Fraser]] (32, congenital hypogonadotropic hypogonadism) and [[PERSON|Mei Fraser]] (30)
Clinic ID: [[MRN|FC-88214]]   Medicare: [[INSURANCE_ID|${medicare('31846205', '1')}]]
Review date: [[DATE|21/11/2026]]
On hCG 1,500 IU twice weekly plus FSH 150 IU three times weekly for 7 months. Testes 8 mL bilaterally. Semen: 0.8 million/mL, 22% progressive.
Plan: continue; freeze any sperm from the next two samples; consider ICSI if still below 1 million/mL in [[DATE|February]].
Contact: [[EMAIL|lachie.fraser@example.com.au]], [[PHONE|(02) 5550 4627]]`,
  ],
  [
    'kallmann-clinic',
    `Using testosterone gel safely
• Apply the gel once a day to clean, dry skin on the shoulders or upper arms, not the genitals.
• Wash your hands with soap straight after applying it and let the area dry before dressing.
• Cover the area with clothing; children and partners can absorb the hormone through skin contact.
• Do not shower or swim for at least two hours after applying.
• You will need blood tests for testosterone and haematocrit after 3 months, then yearly.`,
  ],
];

export function generateDeidHoldout52(): LabelledRecord[] {
  return holdoutRecords('h52', zh, en);
}

export const DEID_HOLDOUT_52_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/labelled/deid-holdout-52.jsonl',
);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const records = generateDeidHoldout52();
  writeFileSync(DEID_HOLDOUT_52_PATH, renderJsonl(records));
  console.log(`wrote ${records.length} records to ${DEID_HOLDOUT_52_PATH}`);
}
