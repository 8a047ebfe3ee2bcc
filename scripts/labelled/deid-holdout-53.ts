import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hkid, luhn, medicare, nhi, nhs, nric, ohip, rid, spaced } from './check-digits.ts';
import { holdoutRecords, type LabelledRecord, renderJsonl } from './generate-deid.ts';

/**
 * The ROUND-53 fresh held-out de-identification set (data/labelled/deid-holdout-53.jsonl): 120
 * hand-written snippets (60 Chinese, 60 English) with hand-placed spans, marked inline as [[TYPE|text]]
 * (parseMarked strips the marks and records UTF-16 offsets). Written by a separate, blind annotator who
 * did not read the recognizer code, the lexicons, the name model, the registry, the bench or the docs,
 * read no earlier snippet beyond the first three of round 52, and never ran a recognizer, the guard or
 * the CLI on these snippets; it must not be used to adjust the recognizers.
 *
 * About four fifths are the everyday documents of a general hospital and the messages of its patients
 * (admission, progress and discharge notes, outpatient notes and letters, referrals, handovers,
 * nursing notes, lab and imaging reports, prescriptions, consent, billing papers, online
 * consultations, patient messages, family chats and SMS reminders), in new wording; a fifth come from
 * four settings no earlier card names: sarcopenia clinics, otosclerosis (stapes surgery) clinics,
 * primary ciliary dyskinesia clinics and thromboangiitis obliterans (Buerger disease) clinics.
 *
 * Identifiers are synthetic and computed below from hand-chosen parts: 18-digit resident IDs get their
 * GB 11643 check character from a region code, birth date and sequence chosen to agree with the text
 * (the last sequence digit odd for men, even for women); 15-digit IDs are typed from region code, birth
 * date and sex digit; bank cards get a Luhn digit; NHS numbers are in the 999 test range with their
 * modulus-11 digit; Australian Medicare numbers get their check digit and an issue digit; NZ NHIs, the
 * Hong Kong identity cards and the Singapore NRICs get their check characters; Ontario health numbers
 * get a Luhn digit; three local helpers below give a British Columbia PHN its modulus-11 digit, an
 * Irish PPSN its modulus-23 letter and an Irish IBAN its ISO 7064 check digits. The US MBI follows the
 * published character pattern. Phones are random mainland numbers or fictional ranges (North American
 * 555-01xx, UK 07700 900xxx and Ofcom drama ranges, Australian 5550 landlines); mail and web hosts are
 * example.*; IP addresses come from the documentation ranges.
 *
 * Span conventions are those of data/labelled/deid-holdout-52.card.yaml (and the earlier cards it
 * refers to); the decisions new in this round are stated in data/labelled/deid-holdout-53.card.yaml.
 */

/** British Columbia PHN: 9, eight digits, a modulus-11 check digit (weights 2,4,8,5,10,9,7,3); spaced 4-3-3. */
const phn = (eight: string): string => {
  const sum = [2, 4, 8, 5, 10, 9, 7, 3].reduce((acc, w, i) => acc + w * Number(eight[i]), 0);
  const check = 11 - (sum % 11);
  if (check > 9) throw new Error(`no PHN check digit for ${eight}`);
  const n = `9${eight}${check}`;
  return `${n.slice(0, 4)} ${n.slice(4, 7)} ${n.slice(7)}`;
};

/** Irish PPSN: seven digits (weights 8 to 2), an optional second letter (weight 9), a modulus-23 check letter. */
const ppsn = (seven: string, suffix: string): string => {
  const letters = 'WABCDEFGHIJKLMNOPQRSTUV';
  const sum =
    [...seven].reduce((acc, c, i) => acc + Number(c) * (8 - i), 0) +
    (suffix ? 9 * letters.indexOf(suffix) : 0);
  return `${seven}${letters[sum % 23]}${suffix}`;
};

/** Irish IBAN: bank code, sort code and account number with ISO 7064 mod-97 check digits, spaced in fours. */
const iban = (bank: string, sort: string, account: string): string => {
  const bban = `${bank}${sort}${account}`;
  const numeric = `${bban}IE00`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  const check = String(98 - Number(BigInt(numeric) % 97n)).padStart(2, '0');
  return `IE${check}${bban}`.replace(/(.{4})(?=.)/g, '$1 ');
};

const zh: Array<[string, string]> = [
  [
    'admission',
    `入院记录（神经内科二病区）
ID号：[[MRN|0002814937]]　住院号：[[MRN|KM26-118052]]　床号：[[MRN|27]]
姓名：[[PERSON|和秀英]]　性别：女　年龄：58岁　民族：纳西族
入院日期：[[DATE|2026年11月22日]] 09:15（门诊收入）
主诉：突发左侧肢体无力伴言语含糊6小时。
查体：NIHSS 6分，左侧肌力3级，头颅CT未见出血，已超过静脉溶栓时间窗，予阿司匹林100mg联合氯吡格雷75mg。
身份证号：[[ID_CARD|${rid('530702', '19680415', '226')}]]
联系人：丈夫[[PERSON|木建国]] [[PHONE|13887312046]]；女儿[[PERSON|和蕾]]（在昆明上班）[[PHONE|0871-65193382]]
现住址：[[ADDRESS|云南省丽江市古城区祥和路17号玉缘小区3幢1单元502室]]`,
  ],
  [
    'admission',
    `老年医学科入院评估单
患者：[[PERSON|齐振邦]]　男　[[AGE|91]]岁　身份证：[[ID_CARD|230103351007157]]
腕带条码：[[MRN|ZY0087412563]]　床位：老年科[[MRN|加2]]
入院原因：近一周进食减少、嗜睡，血钠128mmol/L，Barthel指数35分，MNA-SF 6分。
主要照护者：住家保姆[[PERSON|房玉珍]]，手机[[PHONE|152 4518 3097]]
儿子[[PERSON|齐立新]]常驻外地，电话[[PHONE|+86 186 4501 7723]]
家庭住址：[[ADDRESS|黑龙江省哈尔滨市南岗区西大直街312号院4栋2单元601]]
过敏：磺胺类。`,
  ],
  [
    'admission',
    `产科入院记录
姓名：[[PERSON|尹若溪]]　29岁　G2P1　孕38+2周，规律宫缩2小时入院
末次月经：[[DATE|2026年3月1日]]　预产期：[[DATE|2026年12月6日]]
住院号：[[MRN|SZFY-2611-09184]]　床号：产一区[[MRN|加3]]　孕期建档号：[[MRN|FT-CJ-260417]]
身份证：[[ID_CARD|${rid('440304', '19970812', '348')}]]
宫高33cm，胎心142次/分，GBS阴性，血红蛋白108g/L，宫口开2cm。
丈夫：[[PERSON|邝嘉豪]]　身份证：[[ID_CARD|${rid('440106', '19950203', '571')}]]　电话：[[PHONE|13543276190]]
住址：[[ADDRESS|广东省深圳市福田区景田北路62号景田花园B座19F]]`,
  ],
  [
    'progress-note',
    `病程记录　[[DATE|2026-11-23]] 08:30
今日随[[PERSON|欧阳湛]]主任医师查房。患者[[PERSON|钟文斌]]，[[MRN|12]]床，2型糖尿病酮症酸中毒入院第二天。
昨夜指尖血糖波动于11.6～14.2mmol/L，今晨血气pH 7.31，HCO3- 17mmol/L，尿酮体由3+转为1+。
主任指示：胰岛素静脉泵入由0.1U/kg/h减至0.05U/kg/h，阴离子间隙正常后过渡为皮下基础-餐时方案；补钾后复查血钾4.1mmol/L。
住院号：[[MRN|0630918]]　记录：[[PERSON|颜梓萌]]（住院医师）`,
  ],
  [
    'progress-note',
    `术前讨论记录
时间：[[DATE|2026年11月20日]]下午　地点：胸外科示教室
主持：[[PERSON|黎述仁]]主任　参加：[[PERSON|夏侯霁]]副主任医师、[[PERSON|龚一帆]]主治医师、麻醉科[[PERSON|彭佳音]]、护士长[[PERSON|蓝玉凤]]
患者[[PERSON|苗德胜]]，男，66岁，病案号[[MRN|B2611-40388]]，右肺上叶混合磨玻璃结节2.3cm，穿刺提示腺癌，分期cT1cN0M0。
FEV1 1.92L（预计值71%），DLCO 68%，心超EF 62%。
讨论意见：拟于[[DATE|11月25日]]行胸腔镜右肺上叶切除+纵隔淋巴结清扫，术前戒烟已满4周。`,
  ],
  [
    'progress-note',
    `首次病程记录
患者[[PERSON|尼玛普赤]]，女，47岁，藏族，牧民，因"反复上腹痛3年，黑便2天"于[[DATE|2026年11月21日]]入院，病案号[[MRN|LS-0091742]]。
患者只会藏语，病史由其侄子[[PERSON|洛桑平措]]及护士[[PERSON|拉巴卓玛]]翻译。
入院时Hb 71g/L，BUN 11.8mmol/L，Glasgow-Blatchford评分12分。
身份证号：[[ID_CARD|${rid('540102', '19790316', '428')}]]
诊疗计划：禁食、奥美拉唑80mg静推后8mg/h维持，备悬浮红细胞2U，24小时内胃镜。`,
  ],
  [
    'discharge',
    `出院小结
姓名：[[PERSON|郝文静]]　性别：女　年龄：41岁　住院号：[[MRN|0527316]]
入院：[[DATE|2026-11-16]]　出院：[[DATE|2026-11-24]]
诊断：1.急性化脓性阑尾炎（K35.8，腹腔镜阑尾切除术后）2.缺铁性贫血（D50.9）
出院带药：琥珀酸亚铁0.1g tid，口服10日。
注意事项：术后第7～9天门诊拆线；如发热超过38.5℃或切口渗液，请及时就诊。
复诊：[[DATE|12月1日]]上午普外科门诊　随访中心：[[PHONE|0531-82169054]]
主治医师：[[PERSON|杜砚秋]]`,
  ],
  [
    'discharge',
    `出院证明书（供医保报销及单位请假用）
兹证明[[PERSON|范晓光]]，男，身份证号[[ID_CARD|${rid('370202', '19810927', '195')}]]，
于[[DATE|2026年11月10日]]至[[DATE|2026年11月19日]]在我院心血管内科住院治疗，住院号[[MRN|QD2611-5532]]。
出院诊断：急性下壁心肌梗死，已行PCI，植入支架1枚。
建议全休一个月，双联抗血小板治疗12个月。
医保个人编号：[[INSURANCE_ID|37020000412683]]
经治医师：[[PERSON|牟思源]]　　青岛市市立医院医务科（盖章）`,
  ],
  [
    'discharge',
    `自动出院（放弃治疗）告知书
患者[[PERSON|韦世昌]]，男，[[AGE|94]]岁，重症肺炎合并呼吸衰竭，已告知继续治疗的必要性及出院后可能出现的危险。
家属坚持要求办理自动出院，回老家休养。
签字人：长女[[PERSON|韦桂香]]　身份证号：[[ID_CARD|${rid('450102', '19580611', '264')}]]　手机：[[PHONE|19907713546]]
患者身份证号：[[ID_CARD|450102321005031]]
回乡地址：[[ADDRESS|广西南宁市邕宁区蒲庙镇那蒙村六组28号]]
签字日期：[[DATE|2026年11月23日]]　住院号：[[MRN|NN0462917]]`,
  ],
  [
    'outpatient',
    `皮肤科门诊病历
就诊卡号：[[MRN|6100035827431]]　门诊号：[[MRN|MZ20261124-0187]]
患者：[[PERSON|段沛然]]　男　23岁
主诉：面部及背部反复丘疹、脓疱3年。
查体：面颊及背部炎性丘疹、囊肿，部分遗留萎缩性瘢痕，GAGS评分32分。
诊断：寻常痤疮（重度）。
处理：多西环素100mg qd，阿达帕林凝胶外用；复查肝功能、血脂后考虑口服异维A酸10mg。
医师：[[PERSON|莫小棠]]`,
  ],
  [
    'outpatient',
    `中医内科门诊
[[PERSON|祁]]老太，女，[[AGE|九十三]]岁，由孙子[[PERSON|祁晨阳]]陪诊。
诉夜寐不安、口干、大便三四日一行。舌红少苔，脉细数。
辨证：阴虚火旺、肠燥津亏。
处方：生地黄15g，麦冬12g，玄参12g，火麻仁15g，酸枣仁20g，炙甘草6g，七剂，水煎服，每日一剂。
门诊号：[[MRN|TCM-2611-33806]]　孙子电话：[[PHONE|138-0591-2264]]
复诊：一周后。`,
  ],
  [
    'outpatient',
    `儿童保健门诊记录
儿童：[[PERSON|粟一诺]]　女　出生日期：[[DATE|2025年5月18日]]　儿童保健手册编号：[[MRN|HN-ER-250518-062]]
母亲：[[PERSON|向晓燕]]（苗族）　电话：[[PHONE|173 6745 2081]]
身长76.5cm，体重9.4kg，头围45.8cm；能扶站，会叫"妈妈"，ASQ-3各能区均在界值以上。
血红蛋白112g/L，25羟维生素D 28ng/ml。
建议：继续维生素D 400IU/日，添加富铁辅食；[[DATE|2026年12月]]接种麻腮风疫苗。
家庭住址：[[ADDRESS|湖南省湘西州吉首市乾州街道世纪大道西段88号8栋304]]`,
  ],
  [
    'referral',
    `双向转诊单（上转）
转出单位：襄阳市樊城区米公社区卫生服务中心　转诊编号：[[MRN|FC-ZZ-73805]]
患者：[[PERSON|卢春芳]]　女　62岁　身份证：[[ID_CARD|${rid('420606', '19640320', '042')}]]
家庭医生签约号：[[MRN|QY4206060217]]
初步诊断：高血压3级（很高危）；近两周血压波动于178～196/98～110mmHg，已联用氨氯地平5mg、缬沙坦80mg。
转诊目的：排查继发性高血压（肾动脉狭窄？原醛？）
转诊医生：[[PERSON|闻雅琴]]　电话：[[PHONE|0710-3265819]]　日期：[[DATE|2026年11月24日]]`,
  ],
  [
    'referral',
    `远程会诊申请单
申请医院：阿坝州马尔康市人民医院　会诊单号：[[MRN|YCHZ-58203]]
患者[[PERSON|泽郎卓玛]]，女，35岁，孕27周，血小板进行性下降至41×10^9/L，伴蛋白尿。
申请医师：[[PERSON|何沛霖]]，邮箱[[EMAIL|hepeilin@mek-yy.example.cn]]，手机[[PHONE|15983724609]]
拟请华西第二医院产科会诊，希望[[DATE|11月25日]]上午完成视频会诊。
患者身份证：[[ID_CARD|${rid('513201', '19910827', '168')}]]`,
  ],
  [
    'referral',
    `院内会诊单（心理卫生科）
申请科室：血液科　床号：[[MRN|31]]
患者[[PERSON|汤宇轩]]，男，19岁，大学生，急性髓系白血病化疗第二疗程，近一周拒绝进食、夜间哭泣，PHQ-9 21分，曾说"不想治了"。
家属：母亲[[PERSON|卓蔓青]]全程陪护，手机[[PHONE|139-1876-4025]]。
请贵科协助评估自杀风险及用药建议（注意：血小板18×10^9/L，避免肌注）。
申请医师：[[PERSON|钱沐辰]]　[[DATE|2026-11-24]]`,
  ],
  [
    'handover',
    `外科护理交班本（[[DATE|11月23日]]夜班→白班）
床号｜姓名｜交班要点
[[MRN|3]]｜[[PERSON|焦德明]]｜胃癌根治术后第1天，腹腔引流淡血性120ml，镇痛泵在用
[[MRN|5]]｜[[PERSON|桂小青]]｜甲状腺术后，声音无嘶哑，手足无麻木
7｜空床｜已终末消毒
[[MRN|9]]｜[[PERSON|丛立伟]]｜禁食，今晨8点胃镜
[[MRN|加1]]｜[[PERSON|阮小禾]]｜急诊入院肠梗阻，胃肠减压通畅
交班人：[[PERSON|俞沁禾]]　接班人：[[PERSON|蒲思琪]]`,
  ],
  [
    'handover',
    `（ICU早交班录音整理）
"[[MRN|十五]]床[[PERSON|陶]]……不对，是姓[[PERSON|姚]]，[[PERSON|姚国华]]，感染性休克第三天，去甲肾上腺素已经减到0.08了，乳酸1.9。
[[MRN|十六]]床那个小伙子[[PERSON|鲍威]]，车祸多发伤，昨晚拔了管，氧合还可以。
[[MRN|十八]]床还空着，急诊说上午会收一个脑出血。
还有就是[[MRN|二十]]床阿婆……[[PERSON|甘翠莲]]，[[AGE|九十五]]岁，家属今天下午来谈要不要气切。"
交班医生：[[PERSON|申屠亮]]　[[DATE|2026年11月24日]] 07:50`,
  ],
  [
    'handover',
    `产房交接班
待产室[[MRN|1]]床　[[PERSON|聂素笛]]，G1P0，孕40+1周，宫口4cm，胎心正常，硬膜外镇痛中。
待产室2床　空。
产后观察[[MRN|3]]床　[[PERSON|覃棉英]]，顺产后1小时，出血累计280ml，宫底脐下一指。
新生儿：[[PERSON|覃棉英]]之子，体重3350g，Apgar 9-10分，腕带号[[MRN|NB-4186290]]。
交班：助产士[[PERSON|鞠春燕]]　接班：助产士[[PERSON|危芳]]
时间：[[DATE|2026-11-24]] 08:00`,
  ],
  [
    'nursing-note',
    `压力性损伤护理记录
患者[[PERSON|项淑兰]]，女，[[AGE|90]]岁，住院号[[MRN|2026110738]]，[[MRN|22]]床。
骶尾部2期压力性损伤，面积3.0cm×2.5cm，基底红润，少量渗液；Braden评分11分。
处理：生理盐水清洗后予泡沫敷料覆盖，每2小时翻身，气垫床在用。
已电话告知其女儿[[PERSON|项敏]]（[[PHONE|18604712395]]）。
记录人：[[PERSON|庹美玲]]　[[DATE|2026年11月24日]] 10:20`,
  ],
  [
    'nursing-note',
    `输血护理记录单
受血者：[[PERSON|廖正刚]]　病案号：[[MRN|0913377]]　床号：[[MRN|8]]　血型：B型RhD阳性
输注：去白悬浮红细胞2U，血袋号（发血单）已双人核对。
开始时间：[[DATE|2026-11-24]] 09:05，前15分钟滴速20滴/分，无不适后调至50滴/分。
输血前T 36.8℃，P 88次/分，BP 118/72mmHg；输血后1小时复测无异常，无输血反应。
核对护士：[[PERSON|訾雪]]、[[PERSON|尤湘绮]]`,
  ],
  [
    'nursing-note',
    `家庭病床护理记录
家庭病床号：[[MRN|JTBC-2026-0319]]　患者：[[PERSON|柏文华]]　男　[[AGE|92]]岁
身份证：[[ID_CARD|320106340212153]]
上门地址：[[ADDRESS|南京市鼓楼区虎踞北路47号2幢303室]]
今日更换导尿管（硅胶16Fr），尿色清，尿量约1500ml/24h；骶部皮肤完整。
照护人：儿媳[[PERSON|管晓玲]]，手机[[PHONE|13913758402]]
下次上门：[[DATE|12月8日]]
护士：[[PERSON|蔺芳]]`,
  ],
  [
    'lab-report',
    `检验报告单（血常规+CRP）
姓名：[[PERSON|匡子墨]]　性别：男　年龄：7岁　科别：儿科门诊
门诊号：[[MRN|MZ0398142]]　条码号：[[MRN|1126180443]]
采样时间：[[DATE|2026-11-24]] 09:12　报告时间：[[DATE|2026-11-24]] 09:58
WBC 15.6×10^9/L↑　NEU% 82.1%↑　LYM% 12.3%↓　Hb 128g/L　PLT 286×10^9/L　CRP 46.2mg/L↑
送检医生：[[PERSON|邵柯]]　检验者：[[PERSON|伍晓晨]]　审核者：[[PERSON|祝鸿]]`,
  ],
  [
    'lab-report',
    `病理诊断报告书
病理号：[[MRN|P2026-21847]]　住院号：[[MRN|0716024]]
姓名：[[PERSON|宁若岚]]　女　51岁　送检科室：乳腺外科
标本：左乳肿物空心针穿刺组织4条
病理诊断：（左乳）浸润性导管癌，组织学II级。
免疫组化：ER强阳性约90%，PR中等阳性约60%，HER2 1+，Ki-67指数约30%。
报告日期：[[DATE|2026年11月23日]]　诊断医师：[[PERSON|涂逸凡]]　复核：[[PERSON|冉静宜]]`,
  ],
  [
    'lab-report',
    `粪便隐血检查标本留取说明
1. 检查前3天尽量避免进食动物血、大量红肉及富含铁剂的食物。
2. 用采便棒在大便表面不同部位刮取少量，插回采样管并拧紧。
3. 请勿混入尿液或厕所冲水；女性月经期间暂不留取。
4. 标本请在2小时内送到门诊一楼检验窗口。
5. 结果一般次日可在自助机打印。`,
  ],
  [
    'imaging-report',
    `CT检查报告
检查号：[[MRN|CT2611240073]]　影像号：[[MRN|0004592317]]
姓名：[[PERSON|包呼和]]　性别：男　年龄：57岁　（蒙古族）
检查项目：胸部CT平扫
所见：右肺下叶背段见一空洞性病灶，大小约3.4cm×2.8cm，壁厚不均，内见液平；纵隔内未见肿大淋巴结。
印象：右肺下叶肺脓肿可能，请结合临床。
报告医师：[[PERSON|宝音德力格尔]]　审核医师：[[PERSON|图雅格日乐]]　日期：[[DATE|2026-11-23]]`,
  ],
  [
    'imaging-report',
    `磁共振检查报告（膝关节）
患者：[[PERSON|葛天宇]]　男　28岁　门诊号：[[MRN|MR-2611-6625]]
临床：打篮球扭伤右膝2周，关节肿胀。
所见：前交叉韧带连续性中断，信号增高；内侧半月板后角见Ⅲ度撕裂信号；关节腔少量积液；股骨外侧髁骨挫伤。
诊断：1.右膝前交叉韧带完全撕裂 2.内侧半月板后角撕裂
检查日期：[[DATE|2026年11月22日]]　报告：[[PERSON|戚珮]]`,
  ],
  [
    'imaging-report',
    `超声检查报告（颈部血管）
姓名：[[PERSON|单永福]]　男　71岁　ID：[[MRN|US-00318746]]　床号：[[MRN|15]]
双侧颈总动脉内中膜增厚，右侧颈内动脉起始处见混合回声斑块，大小约14mm×3.2mm，狭窄率约50%～69%。
左侧椎动脉血流速度减低。
提示：双侧颈动脉粥样硬化并斑块形成（右侧中度狭窄）。
检查医师：[[PERSON|巫拾遗]]　[[DATE|2026.11.24]]`,
  ],
  [
    'prescription',
    `处方笺（普通）
费别：职工医保　医保卡号：[[INSURANCE_ID|D31041562]]
姓名：[[PERSON|应淑芬]]　女　67岁　门诊号：[[MRN|0388214]]　开具日期：[[DATE|2026-11-24]]
临床诊断：2型糖尿病；高脂血症
Rp：
二甲双胍缓释片 0.5g×60片　1g bid
阿托伐他汀钙片 20mg×28片　20mg qn
达格列净片 10mg×28片　10mg qd
医师：[[PERSON|滕向阳]]　审核药师：[[PERSON|全雯]]　调配：[[PERSON|邢浩]]`,
  ],
  [
    'prescription',
    `儿科处方
姓名：[[PERSON|田果果]]（小名"[[PERSON|蹦蹦]]"）　男　3岁2月　体重14kg
就诊卡号：[[MRN|ZJ-E-5524068]]　日期：[[DATE|2026年11月24日]]
诊断：急性中耳炎（右）
Rp：阿莫西林克拉维酸钾干混悬剂（7:1）按阿莫西林45mg/kg/日，分2次口服，疗程10日
布洛芬混悬液 5ml prn（体温≥38.5℃）
监护人：[[PERSON|田志强]]　联系电话：[[PHONE|15157328460]]
医师：[[PERSON|屈晓萌]]`,
  ],
  [
    'prescription',
    `门诊慢特病长期处方（12周）
参保人：[[PERSON|谷丰年]]　社会保障卡号：[[INSURANCE_ID|41A260038217]]
门特登记号：[[MRN|MT4101-883067]]　病种：慢性心力衰竭
处方：沙库巴曲缬沙坦50mg bid，比索洛尔2.5mg qd，螺内酯20mg qd，达格列净10mg qd，共84天量。
下次取药：[[DATE|2027年2月16日]]
地址：[[ADDRESS|河南省郑州市金水区纬五路21号院6号楼1单元12号]]
医师：[[PERSON|甄博文]]`,
  ],
  [
    'consent',
    `手术知情同意书
患者：[[PERSON|苏宝珠]]　女　[[AGE|97]]岁　住院号：[[MRN|HZ0629714]]
拟行手术：左股骨颈骨折人工股骨头置换术
主要风险：麻醉意外、术中大出血、肺栓塞、术后谵妄、假体脱位、感染等，已逐条告知。
患者本人意见：同意手术。由于患者视力差，签字由其授权委托人代签。
委托人：外孙[[PERSON|陆一鸣]]　身份证：[[ID_CARD|${rid('330106', '19900406', '313')}]]　电话：[[PHONE|17858906124]]
谈话医师：[[PERSON|戴昱]]　日期：[[DATE|2026年11月24日]]`,
  ],
  [
    'consent',
    `麻醉知情同意书
患者姓名：[[PERSON|程嘉怡]]　性别：女　年龄：34岁　科室：妇科　床号：[[MRN|6]]
拟行手术：宫腔镜下子宫内膜息肉电切术　麻醉方式：静脉全身麻醉
ASA分级：I级；既往无麻醉史，无药物过敏史，禁食8小时。
患者签名：[[PERSON|程嘉怡]]　日期：[[DATE|2026-11-24]]
麻醉医师：[[PERSON|瞿文轩]]`,
  ],
  [
    'consent',
    `药物临床试验知情同意书（签字页）
试验编号：XY-2026-017（方案版本2.0）
受试者编号：[[MRN|S-031]]　受试者姓名缩写：[[PERSON|LYH]]
受试者签名：[[PERSON|刘雨涵]]　日期：[[DATE|2026年11月24日]]
研究者签名：[[PERSON|桑伟]]　日期：[[DATE|2026年11月24日]]
如有疑问请联系研究护士[[PERSON|宓婷]]：[[PHONE|0571-87216093]]，或伦理委员会办公室。`,
  ],
  [
    'billing',
    `住院费用结算单（医保）
结算单号：JS202611240318（不作报销凭证）
姓名：[[PERSON|江德福]]　住院号：[[MRN|0820547]]　医保编号：[[INSURANCE_ID|HB420106A03718]]
住院日期：[[DATE|2026-11-12]]至[[DATE|2026-11-23]]
总费用：¥31,486.20　统筹支付：¥22,917.35　个人自付：¥6,240.85　自费：¥2,328.00
身份证号：[[ID_CARD|${rid('420106', '19520118', '351')}]]
收费员：0923`,
  ],
  [
    'billing',
    `退费申请表
患者：[[PERSON|邹海棠]]　门诊号：[[MRN|MZ-0921755]]
退费项目：腹部增强CT（未检查）¥856.00
退款方式：原路退回至银行卡
持卡人：[[PERSON|邹海棠]]　卡号：[[BANK_CARD|${spaced(luhn('621700280034176'))}]]
申请人电话：[[PHONE|18298167340]]　申请日期：[[DATE|2026年11月24日]]
财务审核：[[PERSON|仇映雪]]　（受理号T-2611-0087）`,
  ],
  [
    'billing',
    `重大疾病保险理赔申请书
被保险人：[[PERSON|柯建峰]]　身份证号：[[ID_CARD|${rid('350102', '19770705', '031')}]]
保单号：[[INSURANCE_ID|P350012026004731]]
出险原因：[[DATE|2026年10月]]确诊甲状腺乳头状癌（pT1aN0）
申请人（投保人、配偶）：[[PERSON|叶蓉]]　身份证号：[[ID_CARD|${rid('350103', '19790914', '062')}]]
收款账户：[[BANK_CARD|${luhn('622848013027745912')}]]（开户行：农业银行福州分行）
联系地址：[[ADDRESS|福建省福州市鼓楼区五四路158号环球广场A座2305]]　手机：[[PHONE|13705917428]]`,
  ],
  [
    'online-consult',
    `【互联网医院·图文问诊】会话号：[[MRN|WZ202611240552]]
[[ACCOUNT|橘子汽水不加冰]]：医生您好，我孩子[[PERSON|嘟比]]4岁，昨天开始发烧39度，今天手心脚心出了小红疹。
[[PERSON|钟]]医生：嘴里有疱疹吗？精神怎么样？
[[ACCOUNT|橘子汽水不加冰]]：嘴里有几个小白点，不太肯吃饭，精神还行。
[[PERSON|钟]]医生：考虑手足口病，多数可居家护理；如出现抽搐、肢体抖动、嗜睡或呕吐，请立即到医院。
系统日志：用户IP [[IP|198.51.100.247]]，[[DATE|2026-11-24]] 21:06`,
  ],
  [
    'online-consult',
    `复诊续方记录
患者：[[PERSON|雷昭衍]]　在线复诊单号：[[MRN|FZ-2611-18406]]
诊断：癫痫（局灶性发作）；左乙拉西坦500mg bid，近6个月无发作。
续方：左乙拉西坦片0.5g×60片。
处方已流转至药房配送，物流查询：[[URL|https://yf.example.cn/track?rx=CF26112400418]]
开方医生IP：[[IP|198.51.100.172]]　时间：[[DATE|2026年11月24日]] 15:40`,
  ],
  [
    'online-consult',
    `视频问诊小结
就诊人：[[PERSON|龙梓涵]]　女　16岁　（家长：[[PERSON|龙建军]]）
家长微信号：[[ACCOUNT|lzj_guiyang1980]]
主诉：经期腹痛2年，加重3个月，VAS 7分，布洛芬效果差。
建议：线下妇科门诊行盆腔超声；可试用短效口服避孕药，请家长陪同复诊。
下次视频问诊：[[DATE|12月9日]]　医生：[[PERSON|阙芸]]`,
  ],
  [
    'patient-message',
    `[[PERSON|鲁]]医生您好，我是上周四在您那里做肠镜的[[PERSON|俞海波]]，病理号是[[MRN|B26-33017]]。
今天在手机上看到报告写"管状腺瘤伴低级别上皮内瘤变"，这个严重吗？需不需要再做手术？
我手机[[PHONE|13357164820]]，方便的时候回个电话，谢谢！`,
  ],
  [
    'patient-message',
    `致医院患者服务中心的一封信
我父亲[[PERSON|甘长林]]（[[AGE|90]]岁）[[DATE|11月19日]]在贵院急诊留观，夜间呼叫铃坏了，老人起身时摔倒，额头缝了三针。
希望医院核查设备巡检记录，并给家属一个书面答复。
留观号：[[MRN|JZ-LG-2611-0233]]
联系人：[[PERSON|甘以宁]]　电子邮箱：[[EMAIL|ganyining86@mail.example.cn]]　电话：[[PHONE|0851-85417729]]`,
  ],
  [
    'patient-message',
    `（医院公众号留言）
我叫[[PERSON|侯美娟]]，就诊卡[[MRN|3300817264]]，想问一下，我[[DATE|11月30日]]约的甲状腺B超能不能改到下周？我在外地出差。
另外我的医保卡显示异常，卡号[[INSURANCE_ID|R30285147]]，是不是要去窗口重新激活？
回复请打[[PHONE|186 5803 1942]]，或者发邮件[[EMAIL|hmj_work@example.com.cn]]。`,
  ],
  [
    'family-chat',
    `「相亲相爱一家人」
[[ACCOUNT|秋天的菊]]：明天我开车送爸去省人民医院复查，车牌[[PLATE|豫A·5K2M8]]，停在东门地下车库
大哥：我上午要开会，下午过去
[[ACCOUNT|秋天的菊]]：爸的预约号是[[MRN|HY0318]]，心内科[[PERSON|孔]]主任
二嫂：爸的医保卡在我这，明早放你家门口
[[ACCOUNT|秋天的菊]]：好，我家地址你知道的，[[ADDRESS|金水区花园路街道农业路东23号院3号楼501]]`,
  ],
  [
    'family-chat',
    `「奶奶住院群」
小姑：奶奶今天怎么样？
[[ACCOUNT|阿杰在成都]]：早上吃了小半碗粥，护士说[[MRN|三十二]]床今天可以下床走走
小姑：奶奶都[[AGE|九十六]]了，千万别摔了
[[ACCOUNT|阿杰在成都]]：知道，护工[[PERSON|罗]]姐一直扶着
[[ACCOUNT|喵喵酱]]：医药费我转了，用的是我那张卡[[BANK_CARD|${spaced(luhn('622908323017524'))}]]
小姑：辛苦你们了，周末我开车回来，车牌[[PLATE|川A·7Q3M5]]，医院停车场能停吗`,
  ],
  [
    'family-chat',
    `「去日本看樱花」
[[ACCOUNT|Cici妈妈]]：大家护照号发我一下，我统一填签证表和旅行保险
爸爸：[[PASSPORT|EH8174629]]
[[ACCOUNT|Cici妈妈]]：我的是[[PASSPORT|E37025184]]，[[PERSON|Cici]]的是[[PASSPORT|EK2930517]]
爸爸：我有糖尿病，要带胰岛素笔上飞机，要医院开证明吗
[[ACCOUNT|Cici妈妈]]：要的，找[[PERSON|吕]]医生开个英文诊断证明，写上门冬胰岛素每天三次`,
  ],
  [
    'sms-reminder',
    `【市疾控中心】今冬流感高发，60岁以上老人、慢性病患者和6月龄以上儿童可到就近社区卫生服务中心免费接种流感疫苗，接种时间为2026年11月1日至2027年3月31日，接种前请携带身份证或户口本。退订回T`,
  ],
  [
    'sms-reminder',
    `【省妇幼保健院】[[PERSON|黎晓雯]]女士，您已预约[[DATE|11月27日]]14:00产科门诊（[[PERSON|彭]]医生），就诊序号[[MRN|23]]。请提前30分钟到二楼自助机签到。取消或改约：[[URL|https://yy.sfy.example.cn/c/Q7M3KX]]`,
  ],
  [
    'sms-reminder',
    `【人民医院检验科】[[PERSON|潘立新]]您好，您[[DATE|11月24日]]的检验报告已出，门诊号[[MRN|MZ2611-04862]]，可凭就诊卡在门诊大厅自助机打印或登录App查看。如需咨询请致电[[PHONE|0311-86092157]]。`,
  ],
  [
    'sarcopenia-clinic',
    `肌少症门诊初诊记录
患者：[[PERSON|钮振华]]　男　[[AGE|91]]岁　门诊号：[[MRN|LN-0071624]]
身份证：[[ID_CARD|${rid('120101', '19350418', '097')}]]
主诉：近一年走路越来越慢，起身需扶手，半年内跌倒两次，体重下降4kg。
评估：握力左18.2kg、右19.6kg；6米步速0.62m/s；5次起坐试验17.8秒；SPPB 5分；SARC-F 6分；
DXA四肢骨骼肌指数（ASMI）5.41kg/m²；血白蛋白34g/L，25(OH)D 14ng/ml。
诊断：严重肌少症（AWGS 2019标准；ICD-10-CM M62.84）
处理：乳清蛋白每日20g，维生素D3 800IU/日，转康复科进行抗阻训练。
陪同：女儿[[PERSON|钮雅芝]]，电话[[PHONE|13602279315]]`,
  ],
  [
    'sarcopenia-clinic',
    `营养门诊随访（肌少症）
[[PERSON|翟桂芬]]，女，83岁，随访编号[[MRN|JSZ-B60932]]，[[DATE|2026年8月]]首次就诊时ASMI 4.92kg/m²、握力14.6kg。
本次（[[DATE|2026-11-24]]）握力16.1kg，步速由0.71m/s升至0.83m/s，体重增加1.3kg。
每日蛋白质摄入估计1.2g/kg，HMB 3g/日耐受良好。
居家训练由社区康复师[[PERSON|冼靖川]]指导，每周三次弹力带训练。
下次随访：[[DATE|2027年2月]]　营养师：[[PERSON|阳小满]]`,
  ],
  [
    'sarcopenia-clinic',
    `老年人居家抗阻训练小贴士
一、每周练3次，每次20～30分钟，两次之间至少隔一天。
二、从扶椅子坐站、靠墙静蹲、弹力带划船开始，每组8～12次，做2～3组。
三、动作慢一点，用力时呼气，放松时吸气，不要憋气。
四、每餐都要有鸡蛋、牛奶、豆制品或瘦肉，必要时在医生指导下加蛋白粉。
五、如出现胸闷、头晕或关节明显疼痛，立即停止并就医。`,
  ],
  [
    'otosclerosis-clinic',
    `耳鼻喉科门诊（耳硬化症专病）
患者：[[PERSON|龚若楠]]　女　36岁　门诊号：[[MRN|ENT-B-473905]]
主诉：双耳渐进性听力下降5年，产后明显加重，伴低调耳鸣。
纯音测听：右耳气导平均58dB HL，骨导22dB，气骨导差36dB；2kHz处Carhart切迹；鼓室图A型，双侧镫骨肌反射消失。
颞骨高分辨CT：右侧窗前裂区低密度灶。
诊断：双耳耳硬化症（右重）。
计划：[[DATE|2026年12月]]在局麻下行右耳镫骨底板开窗人工镫骨植入术，住院预约号[[MRN|YY-ENT-0953]]。
母亲[[PERSON|韩淑萍]]年轻时也有类似耳聋。联系电话：[[PHONE|15618832074]]`,
  ],
  [
    'otosclerosis-clinic',
    `镫骨手术出院小结
患者：[[PERSON|佟岳霖]]　男　44岁　住院号：[[MRN|0741169]]　床号：[[MRN|23]]
身份证：[[ID_CARD|${rid('210102', '19820509', '215')}]]
手术日期：[[DATE|2026-11-20]]，行左耳激光镫骨底板开窗+活塞植入术（0.6mm×4.5mm）。
术后眩晕1天后缓解，无面瘫；出院时音叉Weber偏向左侧。
出院医嘱：3周内避免擤鼻、游泳、乘飞机；[[DATE|12月18日]]复查纯音测听。
主刀：[[PERSON|邰振宇]]　随访电话：[[PHONE|024-23867105]]`,
  ],
  [
    'otosclerosis-clinic',
    `（听力中心微信咨询）
[[ACCOUNT|听见花开的声音]]：[[PERSON|沈]]老师，我妈妈[[PERSON|喻秀云]]是耳硬化，医生说可以手术也可以戴助听器，她[[AGE|90]]岁了还能做吗？
听力师[[PERSON|沈晓楠]]：年龄本身不是绝对禁忌，但要先评估心肺和骨导情况，高龄一般建议先试配助听器。
[[ACCOUNT|听见花开的声音]]：好的，她的听力档案号[[MRN|TL-50218]]，想约[[DATE|下月3日]]验配，可以吗？`,
  ],
  [
    'pcd-clinic',
    `儿童呼吸专科门诊（原发性纤毛运动障碍）
患儿：[[PERSON|冯可欣]]　女　8岁　门诊号：[[MRN|ER-HX-0725361]]
病史：出生后即有湿咳、反复中耳炎；胸部CT示右肺中叶支气管扩张；腹部超声示内脏反位。
鼻呼出气一氧化氮（nNO）46nL/min（明显降低）；鼻黏膜纤毛高速视频显微分析示纤毛不摆动；透射电镜示外动力臂缺失。
基因检测：DNAH5复合杂合变异，样本编号[[MRN|GX-A5528174]]。
诊断：原发性纤毛运动障碍（Kartagener综合征）
父亲[[PERSON|冯志远]]、母亲[[PERSON|詹露]]均为杂合携带者。
家长电话：[[PHONE|189 2057 6314]]`,
  ],
  [
    'pcd-clinic',
    `PCD患儿随访记录
[[PERSON|罗小川]]（小名"[[PERSON|洲洲]]"），男，12岁，随访号[[MRN|PCD-024]]。
近3个月痰培养铜绿假单胞菌阳性一次，已予妥布霉素雾化300mg bid×28天。
FEV1 78%预计值，较[[DATE|2026年5月]]下降6%。
每日两次气道廓清（PEP面罩+体位引流），由母亲[[PERSON|白洁]]协助。
身份证：[[ID_CARD|${rid('500103', '20140612', '119')}]]
下次随访：[[DATE|2027年1月12日]]`,
  ],
  [
    'pcd-clinic',
    `「纤毛宝贝家长互助群」
[[ACCOUNT|一一妈]]：今天去复查，医生说鼻窦炎又加重了，要不要做鼻窦手术还在商量
[[ACCOUNT|追风的小纤毛]]：我家做了功能性鼻窦内镜手术，术后半年好了很多，主刀是[[PERSON|伏]]主任
[[ACCOUNT|一一妈]]：可以把[[PERSON|伏]]主任的门诊时间发我吗
[[ACCOUNT|追风的小纤毛]]：周二上午，专家号在医院小程序上挂，我家[[PERSON|卷卷]]的病历号[[MRN|0066217]]你可以参考一下复诊流程`,
  ],
  [
    'buerger-clinic',
    `血管外科门诊（血栓闭塞性脉管炎）
患者：[[PERSON|图门巴雅尔]]　男　34岁　蒙古族　门诊号：[[MRN|XG-0052981]]
吸烟史18年，每日约30支。右足第一、二趾端溃疡2个月，夜间静息痛。
查体：右足背及胫后动脉搏动未触及，ABI右0.41、左0.78；Allen试验右手阳性。
CTA：右胫前、胫后动脉远段节段性闭塞，呈螺旋状侧支。
诊断：血栓闭塞性脉管炎（I73.1，符合Shionoya标准）
处理：严格戒烟，西洛他唑50mg bid，伊洛前列素；转戒烟门诊。
身份证：[[ID_CARD|${rid('152502', '19920225', '353')}]]　电话：[[PHONE|15248961037]]
住址：[[ADDRESS|内蒙古锡林浩特市希日塔拉街道额尔敦路36号2-1-402]]`,
  ],
  [
    'buerger-clinic',
    `脉管炎病房交接记录
[[MRN|7]]床[[PERSON|宗磊]]，血栓闭塞性脉管炎，昨天行右足第二趾截趾术，创面渗血少，VAS 3分。
已第3次提醒不能在厕所吸烟，家属（妻子[[PERSON|乔曼]]）已签戒烟承诺书。
[[MRN|8]]床[[PERSON|付永强]]，腰交感神经阻滞术后，足温较前升高1.5℃。
住院号分别为[[MRN|0827743]]、[[MRN|0827801]]。
交班护士：[[PERSON|闫晓霞]]　[[DATE|2026-11-24]]`,
  ],
  [
    'buerger-clinic',
    `脉管炎患者足部护理须知
1. 彻底戒烟，包括电子烟和二手烟，这是控制病情最关键的一步。
2. 每天用温水（不超过37℃）洗脚，擦干趾缝，不要用热水袋或电热毯直接加热。
3. 穿宽松棉袜和软底鞋，不要赤脚走路，剪趾甲要平剪。
4. 每天检查足部有无发黑、破溃、感染，有变化尽快复诊。
5. 适当行走锻炼，出现疼痛时休息片刻再走。`,
  ],
];

const en: Array<[string, string]> = [
  [
    'admission',
    `AMU clerking proforma
Patient name: [[PERSON|Brenda Ashworth-Kerr]]   DOB: [[DATE|14/02/1933]]   Age: [[AGE|93]]
Hosp No: [[MRN|K4471809]]   NHS No: [[INSURANCE_ID|${nhs('417263')}]]   Ward 31, bed [[MRN|4]]
PC: per carer, 3 days of muddled speech and hardly any fluids taken; carer found her on the bathroom floor at 07:00 (down < 1 h).
Obs: NEWS2 5, T 38.1, HR 104, BP 108/62. Urine dip nitrite +, leucocytes ++. Na 131, creatinine 142 (baseline 96). 4AT 6.
Imp: probable urosepsis with hyperactive delirium; AKI stage 1.
NOK: son [[PERSON|Gareth]] — [[PHONE|07700 900642]]
Home: [[ADDRESS|Flat 6, Collingwood Court, 22 Osborne Road, Jesmond, Newcastle upon Tyne NE2 2AH]]
Clerked by Dr [[PERSON|Chidinma Okparaeke]] (FY2), bleep 3316`,
  ],
  [
    'admission',
    `GENERAL INTERNAL MEDICINE — ADMISSION H&P
Patient: [[PERSON|Harjit Kaur Sandhu]]   MRN: [[MRN|VG00731842]]   Visit #: [[MRN|V2611-554307]]
BC PHN: [[INSURANCE_ID|${phn('58631047')}]]   DOB: [[DATE|1957-09-30]]
History from the patient and her daughter [[PERSON|Navneet]], with a Punjabi interpreter ([[PERSON|Gurpreet Dhillon]]) on the phone line.
69F with T2DM and CKD 3b; productive cough with rigors for five days. CXR: RLL consolidation. CURB-65 2, eGFR 34, lactate 2.4.
Plan: ceftriaxone 2 g IV q24h plus azithromycin 500 mg; hold metformin and empagliflozin; sliding-scale insulin.
Address: [[ADDRESS|7321 128 Street, Surrey, BC V3W 4E6]]   Home phone: [[PHONE|604-555-0147]]`,
  ],
  [
    'admission',
    `ED ADMISSION NOTE — Geriatric Medicine
UR No: [[MRN|2046613]]   Medicare: [[INSURANCE_ID|${medicare('24918730', '2')}]]
[[PERSON|Dulcie Hargreaves]], [[AGE|99]] y.o., lives alone with daily home-care visits. Fell in the kitchen, struck her forehead; on apixaban 2.5 mg bd for AF.
CT brain: 6 mm right frontal subdural haematoma, no midline shift. GCS 15. Hb 118, platelets 201.
Plan: admit under geriatrics, neuro obs 2-hourly, withhold apixaban, repeat CT in 24 h.
NOK: niece [[PERSON|Robyn Tully]], [[PHONE|(07) 5550 3862]]
Home address: [[ADDRESS|4/17 Kedron Park Road, Wooloowin QLD 4030]]`,
  ],
  [
    'progress-note',
    `MICU Progress Note — hospital day 4 — [[DATE|11/23/2026]]
Pt: [[PERSON|Raymond Delacroix]] (goes by "[[PERSON|Ray]]")   MRN [[MRN|40918273]]   FIN [[MRN|8801274635]]   Rm [[MRN|6214-B]]
S: Off BiPAP overnight, says breathing "a lot easier."
O: T 37.4, HR 92, BP 124/70 off norepinephrine since 0200. Lactate 1.6, WBC 13.1 (from 21.4), procalcitonin 0.9.
A/P: LLL pneumonia with septic shock — improving. Narrow to ceftriaxone 2 g daily, day 4/7. PT/OT eval. Transfer to step-down if stable.
Wife [[PERSON|Claudette]] updated at bedside.
[[PERSON|Lavanya Sitharam]], MD (resident) / attending Dr. [[PERSON|Okafor]]`,
  ],
  [
    'progress-note',
    `[[DATE|24/11/26]] — Surgical ward round (Prof [[PERSON|Ní Mhaoldomhnaigh]])
[[PERSON|Seán Ó Murchú]], MRN [[MRN|0912774]], St Brigid's Ward bed [[MRN|12]]
POD3, lap R hemi (caecal Ca).
Passing flatus, tolerating light diet; drain 40 mL serous; CRP 88 (from 164). Wound clean.
Plan: remove drain, mobilise, stop PCA, regular paracetamol 1 g QDS; discuss histology at MDT on [[DATE|2 December]].
Daughter [[PERSON|Aoife]] asked to be phoned on [[PHONE|087 415 2907]].
— [[PERSON|Darragh Coakley]], SHO`,
  ],
  [
    'progress-note',
    `Ward 7 medical progress note   [[DATE|23/11/2026]]
[[PERSON|Tamati Te Rangi]], 58, NHI [[INSURANCE_ID|${nhi('ZKT', '382')}]]
In with a fluid-overloaded HFrEF decompensation. Weight down 3.6 kg since admission; still bibasal crackles.
K 3.4 — replace; furosemide 80 mg IV bd to continue; BNP 1,920.
Whānau hui held with wife [[PERSON|Mereana]] and son [[PERSON|Wiremu Te Rangi]]; kaumātua [[PERSON|Hohepa Walker]] present.
Plan: echo today, cardiology review, aim discharge when euvolaemic.
Dr [[PERSON|Ritika Dandekar]], house officer`,
  ],
  [
    'discharge',
    `General Medicine — Inpatient Discharge Summary
Patient: [[PERSON|Rosnah binti Yusof]]   NRIC: [[ID_CARD|${nric('S', '5408213')}]]   Case No: [[MRN|26-118734-K]]
Admitted [[DATE|17-Nov-2026]], discharged [[DATE|23-Nov-2026]].
Diagnosis: Diabetic foot infection, right hallux, with osteomyelitis; s/p ray amputation on [[DATE|19-Nov-2026]].
Discharge medications: amoxicillin-clavulanate 625 mg tds x 4 weeks; insulin glargine 18 units ON.
Follow-up: Vascular clinic [[DATE|7-Dec-2026]]; podiatry wound check at polyclinic in 3 days.
Address: [[ADDRESS|Blk 512 Bedok North Avenue 2 #08-1146 Singapore 460512]]   Mobile: [[PHONE|+65 9174 3026]]`,
  ],
  [
    'discharge',
    `DISCHARGE SUMMARY to GP
To: Dr [[PERSON|Fergus Lim]], Carlton North Medical, fax [[PHONE|(03) 5550 7714]]
Re: [[PERSON|Vasiliki Papadakis]], [[AGE|90]] years   URN [[MRN|M0812463]]   Medicare [[INSURANCE_ID|${medicare('51927406', '3')}]]
Admitted [[DATE|15/11/2026]] with acute on chronic kidney injury from dehydration (creatinine 212, baseline 120).
Ramipril and hydrochlorothiazide ceased; creatinine 131 on discharge [[DATE|22/11/2026]].
Please repeat UEC in one week and review BP (today 138/76 off antihypertensives).
Lives with her son [[PERSON|Nikos]] at [[ADDRESS|88 Amess Street, Carlton North VIC 3054]].`,
  ],
  [
    'discharge',
    `AFTER VISIT SUMMARY
[[PERSON|Latoya Jenkins-Boateng]]   DOB: [[DATE|06/19/1989]]   MRN: [[MRN|E55130927]]
You were seen in the Emergency Department on [[DATE|11/22/2026]] for a migraine with vomiting.
You received: metoclopramide 10 mg IV, ketorolac 15 mg IV, 1 L normal saline.
Follow up with your primary care provider, [[PERSON|Dana Whitcombe]], NP, within 1 week — call [[PHONE|(410) 555-0162]].
View your results online: sign in as [[ACCOUNT|latoya.jb89]] at the patient portal.
Return right away for the worst headache of your life, weakness, numbness or fever.`,
  ],
  [
    'outpatient',
    `Diabetes & Endocrinology Clinic
Dear Dr Whitfield,
Re: [[PERSON|Kwabena Osei-Tutu]]   DOB [[DATE|03/07/1968]]   NHS No [[INSURANCE_ID|${nhs('508124')}]]   Hosp No [[MRN|RXH8812041]]
[[ADDRESS|41 Tennyson Avenue, Bristol BS7 8QR]]
I saw Mr [[PERSON|Osei-Tutu]] on [[DATE|20 November 2026]]. HbA1c has improved from 86 to 62 mmol/mol since semaglutide 1 mg weekly was added; weight 104.3 kg (from 111). eGFR 71, ACR 4.2.
Retinal screening shows background retinopathy only.
Plan: continue; increase atorvastatin to 40 mg; review in 6 months.
Yours sincerely, Dr [[PERSON|Helena Markides]], Consultant Diabetologist
cc: patient`,
  ],
  [
    'outpatient',
    `SPECIALIST OUTPATIENT CLINIC (Medicine) — Follow-up
Name: [[PERSON|LEUNG Wing-sze]] [[PERSON|梁詠詩]]   HKID: [[ID_CARD|${hkid('Y', '481203')}]]   HN[[MRN|17042285(3)]]
Address on file: [[ADDRESS|九龍秀茂坪寶達邨達欣樓1203室]]   Tel: [[PHONE|9318 2746]]
Seen [[DATE|21/11/2026]]. SLE with class IV lupus nephritis, on mycophenolate 1 g bd and prednisolone 7.5 mg.
Urine PCR 0.42 g/g (from 3.1), C3 0.84, anti-dsDNA 38 IU/mL.
Plan: taper prednisolone to 5 mg; hydroxychloroquine 200 mg daily; FU 12 weeks with bloods.
Dr [[PERSON|TSANG Ka-fai]]`,
  ],
  [
    'outpatient',
    `Family Practice Visit — Bayview Health Centre
Patient: [[PERSON|Colin MacIsaac]]   Chart #: [[MRN|BH-20417]]   NS Health Card (MSI): [[INSURANCE_ID|0024 613 987]]
Address: [[ADDRESS|2318 Highway 19, RR 3, Inverness, NS B0E 1N0]]   Tel: [[PHONE|(902) 555-0133]]
DOB: [[DATE|1951-12-08]]. Seen [[DATE|2026-11-24]] for COPD review.
mMRC 2, CAT 18; one exacerbation since [[DATE|June]]. Spirometry FEV1 1.48 L (52%).
Plan: step up to tiotropium/olodaterol; pneumococcal vaccine today; pulmonary rehab referral.
Wife [[PERSON|Margaret]] asked about home oxygen — not indicated (SpO2 94% at rest).
Dr. [[PERSON|R. Chisholm]]`,
  ],
  [
    'referral',
    `GP REFERRAL — Gastroenterology OPD
Patient: [[PERSON|Máiréad Fitzgerald]]   DOB: [[DATE|11/04/1974]]   PPSN: [[ID_CARD|${ppsn('6193025', 'A')}]]
GMS medical card: [[INSURANCE_ID|3095518K]]
Address: [[ADDRESS|Knockanree, Kilmacow, Co. Kilkenny X91 T2KV]]   Mobile: [[PHONE|086 237 9140]]
Why referred: Hb 94 g/L and ferritin 6 (iron deficiency), six weeks of looser, more frequent stools; FIT 142 µg Hb/g.
Please see under the urgent pathway. Coeliac serology negative.
Referring GP: Dr [[PERSON|Colm Brennock]]   Tel [[PHONE|(056) 776 4120]]   Date: [[DATE|24/11/2026]]`,
  ],
  [
    'referral',
    `eReferral — General Surgery (Te Toka Tumai)
Patient: [[PERSON|Losa Faleolo]]   NHI: [[INSURANCE_ID|${nhi('PQW', '518')}]]   DOB: [[DATE|02/09/1983]]
Address: [[ADDRESS|2/15 Kowhai Street, Mount Eden, Auckland 1024]]
Mobile: [[PHONE|021 347 8815]]   Email: [[EMAIL|losa.faleolo@example.co.nz]]
Symptomatic gallstones: three episodes of biliary colic since [[DATE|August]]; USS 8 mm calculi, CBD 5 mm, LFTs normal. BMI 36.
Please consider her for a lap chole on the elective list. Samoan interpreter not needed.
Referrer: Dr [[PERSON|Hana Ruatapu]], Kingsland Family Doctors`,
  ],
  [
    'referral',
    `Referral to Rheumatology
Patient: [[PERSON|Olumide Adeyinka-Hart]]   DOB: [[DATE|1979-05-22]]   OHIP #: [[INSURANCE_ID|${ohip('604118273')}]] VC: JD
Address: [[ADDRESS|1507-35 Bales Avenue, North York, ON M2N 7L7]]   Cell: [[PHONE|416-555-0119]]
Reason: synovitis of MCPs and PIPs on both sides for 4 months, morning stiffness 90 min, RF 64, anti-CCP > 300, CRP 22.
Started naproxen 500 mg bid; please advise on DMARD.
Referring physician: Dr [[PERSON|S. Boateng]]   Fax: [[PHONE|(416) 555-0186]]   [[DATE|2026-11-23]]`,
  ],
  [
    'handover',
    `Ward 24 — SBAR handover sheet — night to early — [[DATE|24/11/2026]]
Bed | Name | Issues / plan
[[MRN|1]] | [[PERSON|Archie Pendleton]] | NEWS2 1, day 2 post TURP, catheter draining clear, TWOC tomorrow
[[MRN|2]] | [[PERSON|Eunice Baptiste]] | HAP, on IV co-amoxiclav, sats 93% on 2 L
3 | — | empty, deep clean done
[[MRN|4]] | [[PERSON|Zbigniew Kowal]] | Polish-speaking, interpreter booked 10:00 (Ms [[PERSON|Jankowska]])
[[MRN|5]] | [[PERSON|Rita O'Driscoll]] | [[AGE|94]], falls risk, bed rails declined, low bed in place
Handed over by [[PERSON|Chloe Barraclough]] RN to [[PERSON|Tendai Mukarati]] RN`,
  ],
  [
    'handover',
    `(verbal shift report, transcribed)
"Okay, room [[MRN|four-twelve A]], that's Mr. [[PERSON|Kowalczyk]]— sorry, [[PERSON|Kowalski]], [[PERSON|Henry Kowalski]], he's the CABG from Friday, chest tubes out, pacing wires still in.
Four-twelve B is empty, they're sending someone up from the cath lab around nine.
Room [[MRN|four-fifteen]] is Miss [[PERSON|Alma]], [[PERSON|Alma Ruiz]], she's [[AGE|ninety-one]], pulled her IV twice, daughter [[PERSON|Inés]] is staying tonight.
Heparin drip on [[MRN|four-fifteen]] is at 1,200 units an hour, next PTT at 0400."`,
  ],
  [
    'handover',
    `ED handover — 07:30 — [[DATE|24/11/2026]]
Cubicle [[MRN|7]]: [[PERSON|Jarrah Simpson]], 27, #R distal radius, reduced under Bier's block, for fracture clinic.
Cubicle [[MRN|9]]: [[PERSON|Noelene Fairweather]], [[AGE|95]], lower GI bleed, Hb 76, 2 units running, awaiting gen surg.
Resus [[MRN|2]]: unknown male ("[[PERSON|Jase]]" per ambos), GCS 9 after suspected GHB, airway maintained.
Cubicle 11 empty.
Handed over by Dr [[PERSON|Maddie Kwan]] to Dr [[PERSON|Baz Hollis]]`,
  ],
  [
    'nursing-note',
    `District Nursing — home visit record
Patient: [[PERSON|Doreen Blakemore]]   NHS No: [[INSURANCE_ID|${nhs('362907')}]]
Address: [[ADDRESS|27 Vicarage Lane, Horsforth, Leeds LS18 5BT]]   Key safe: code held on SystmOne
Visit [[DATE|24/11/2026]]: left lower leg venous ulcer 4.1 x 2.8 cm, moderate exudate, slough 20%. Washed with tap water, Inadine under a two-layer kit; last ABPI 0.92 ([[DATE|October]]).
Pain 3/10. Daughter-in-law [[PERSON|Shirin]] present; contact [[PHONE|0113 496 0782]].
Next visit Thursday.
[[PERSON|Kerry-Ann Wolstenholme]], Community Staff Nurse`,
  ],
  [
    'nursing-note',
    `Home Health — Skilled Nursing Visit
Patient: [[PERSON|Elmer Gustafson]]   Age: [[AGE|102]]   MBI: [[INSURANCE_ID|7HC2-RT4-MY83]]
Visit date: [[DATE|11/24/2026]]   Address: [[ADDRESS|4410 N Lakeview Rd, Apt 3C, Duluth, MN 55804]]
VS: BP 146/78, HR 68 irregular, SpO2 95% RA, weight 139 lb (+2 lb/week). 1+ pedal edema.
Reinforced fluid restriction 1.5 L and daily weights. Med rec: metoprolol XL 25 mg and furosemide 20 mg daily.
Granddaughter [[PERSON|Kirsten Lund]] is primary caregiver, [[PHONE|(218) 555-0109]].
SN: [[PERSON|Marisol Vega]], RN`,
  ],
  [
    'nursing-note',
    `Nursing home — shift progress note
Resident: [[PERSON|Abdul Rahim bin Osman]]   NRIC: [[ID_CARD|${nric('S', '3612947')}]]   Room [[MRN|3-12]]
[[DATE|23 Nov 2026]], PM shift. Refused dinner, coughing after sips; speech therapist to review swallow. Temp 37.9, SpO2 94%.
Informed Dr [[PERSON|Sim]] (visiting GP) — advised chest x-ray tomorrow, encourage upright feeding.
Son [[PERSON|Faizal]] informed via phone [[PHONE|+65 8236 1497]].
— SN [[PERSON|Ma Thida]]`,
  ],
  [
    'lab-report',
    `CELLULAR PATHOLOGY REPORT
Lab No: [[MRN|H26-041872]]   NHS No: [[INSURANCE_ID|${nhs('730415')}]]
Patient: [[PERSON|Imogen Saltmarsh]]   DOB: [[DATE|30/10/1961]]   Requested by: Mr [[PERSON|Quayle]], Colorectal
Specimen: sigmoid polyp, 22 mm, snare.
Micro: a tubulovillous adenoma showing high-grade dysplasia; no invasive carcinoma; lateral and deep margins clear.
Conclusion: completely excised TVA with HGD.
Reported by Dr [[PERSON|Rania Touma]], [[DATE|21/11/2026]]`,
  ],
  [
    'lab-report',
    `LABORATORY REPORT
Patient: [[PERSON|Dwayne Kittredge]]   DOB: [[DATE|02/14/1976]]   MRN: [[MRN|31877450]]   Accession #: [[MRN|C26-328-01473]]
Collected: [[DATE|11/23/2026]] 06:15   Ordering: [[PERSON|Ellen Vasquez]], DO
Sodium 127 L   Potassium 5.6 H   Chloride 94   CO2 19 L   BUN 48 H   Creatinine 2.9 H   Glucose 512 H
Serum osmolality 318   Beta-hydroxybutyrate 1.1
Critical result (glucose) called to [[PERSON|J. Morrow]], RN at 06:52.
CLIA 05D2093174`,
  ],
  [
    'lab-report',
    `How to collect a 24-hour urine sample
1. On the first morning, pass urine into the toilet as usual and write down the time — this is the start.
2. From then on, every drop you pass, day and night, goes into the bottle.
3. Finish by emptying your bladder into the bottle at that same clock time a day later.
4. Store the bottle somewhere cool and shaded; it holds a little acid, so keep it off your skin.
5. Bring it to the laboratory reception on the day you finish.`,
  ],
  [
    'imaging-report',
    `XR CHEST PA
Name: [[PERSON|Gwilym Rhydderch]]   Accession No: [[MRN|RAD26-0931745]]   NHS No: [[INSURANCE_ID|${nhs('184526')}]]
Clinical details: 74M, ex-smoker, haemoptysis x2.
Findings: 3.2 cm spiculated mass in the right upper zone. Right hilum bulky. Costophrenic angles clear; cardiac silhouette not enlarged.
Comparison: CXR [[DATE|09/03/2024]] — mass not seen.
Conclusion: appearances worrying for a bronchial carcinoma — CT chest/abdomen urgently recommended; referred via lung cancer pathway.
Reported by Dr [[PERSON|Bethan Morgan-Price]], Consultant Radiologist, [[DATE|24/11/2026]]`,
  ],
  [
    'imaging-report',
    `ULTRASOUND — PELVIS (transabdominal and transvaginal)
Patient: [[PERSON|Mia Thorogood]]   Medicare: [[INSURANCE_ID|${medicare('36140285', '1')}]]   Ref: Dr [[PERSON|Ramesh]], Fremantle
Clinical: LMP [[DATE|26/10/2026]], pelvic pain.
Findings: anteverted uterus 78 x 41 x 49 mm, endometrium 9 mm. Left ovary: 42 mm unilocular simple cyst. Right ovary normal. No free fluid.
Conclusion: simple left ovarian cyst, likely functional. Repeat in 6–8 weeks.
Sonographer: [[PERSON|Tegan Blythe]]   Reporting radiologist: Dr [[PERSON|C. Abernethy]]   Exam #: [[MRN|PX-778104]]`,
  ],
  [
    'imaging-report',
    `CT abdo-pelvis, contrast-enhanced
Patient: [[PERSON|Hector Arrieta-Salas]]   MRN: [[MRN|20338916]]   Acc: [[MRN|CT7724810]]   DOB: [[DATE|08/01/1969]]
Clinical question: right iliac fossa pain, leucocytosis 16.2 — appendicitis?
Comparison: CT [[DATE|03/14/2025]].
Findings: the appendix measures 13 mm across, with hazy fat around it and an obstructing 9 mm appendicolith at its base; no drainable collection, no extraluminal gas. Incidental 1.2 cm left renal cyst (Bosniak I).
Impression: appendicitis without perforation.
Discussed with Dr. [[PERSON|Nakamura]] (surgery) at 22:41 on [[DATE|11/23/2026]].`,
  ],
  [
    'prescription',
    `NHS PRESCRIPTION
Patient: [[PERSON|Eleanor Fairbrother]]   DOB [[DATE|19/05/1946]]   NHS No [[INSURANCE_ID|${nhs('625381')}]]
Address: [[ADDRESS|Cherry Tree Cottage, 3 Mill Lane, Upper Slaughter, Cheltenham GL54 2JE]]
Rx: Edoxaban 60 mg tablets, one daily — 28
Bisoprolol 2.5 mg tablets, one daily — 28
Prescriber: Dr [[PERSON|Ruairi Lennox]], GMC 7041853, Cotswold Vale Surgery
Date: [[DATE|24/11/2026]]`,
  ],
  [
    'prescription',
    `PRESCRIPTION — Riverbend Medical Centre, Hamilton
Patient: [[PERSON|Aroha Ngata-Pōtae]]   NHI [[INSURANCE_ID|${nhi('HMB', '046')}]]   DOB [[DATE|17/12/1990]]
Address: [[ADDRESS|9 Tui Crescent, Fairfield, Hamilton 3214]]
1. Flucloxacillin caps 500 mg: take ONE four times daily on an empty stomach for 7 days (28)
2. Paracetamol 500 mg — 2 tabs QID PRN, max 8 in 24 h (40)
Prescriber: Nurse Practitioner [[PERSON|Jade Kereama]]   [[DATE|24/11/2026]]`,
  ],
  [
    'prescription',
    `ELECTRONIC PRESCRIPTION — Schedule II
Patient: [[PERSON|Tyrell Washington]]   DOB: [[DATE|04/02/1998]]   Phone: [[PHONE|(313) 555-0178]]
Address: [[ADDRESS|16710 Greenlawn St, Detroit, MI 48221]]
Oxycodone IR 5 mg tab — 1 tab PO q6h PRN severe pain, #12 (twelve), no refills; post-op day 2 ORIF left ankle.
Naloxone 4 mg nasal spray #1 co-prescribed.
PDMP checked [[DATE|11/24/2026]].
Prescriber: [[PERSON|Gabriel Sarkisian]], MD   DEA on file`,
  ],
  [
    'consent',
    `CONSENT FORM 4 — Patient lacking capacity to consent
Patient: [[PERSON|Percival Oduya]]   Hosp No: [[MRN|RBK3397251]]   NHS No [[INSURANCE_ID|${nhs('941072')}]]
Procedure proposed: gastrostomy (PEG) for long-term feeding.
Capacity was assessed by Dr [[PERSON|Lucinda Fagbemi]] on [[DATE|20/11/2026]]: he could not hold on to or balance the information, owing to advanced vascular dementia.
Best-interests meeting: wife [[PERSON|Grace Oduya]], daughter [[PERSON|Adaeze]], SALT [[PERSON|Megan Pugh]], IMCA not required.
Outcome: proceed; risks (bleeding, perforation, infection, 30-day mortality) discussed with family.
Consultant: Mr [[PERSON|T. Rahman]]   Date: [[DATE|24/11/2026]]`,
  ],
  [
    'consent',
    `SDM consent record (Health Care Consent Act)
Patient: [[PERSON|Evangelos Stathopoulos]]   MRN: [[MRN|H0021775304]]
Treatment: transcatheter aortic valve implantation (TAVI), transfemoral.
The patient is unable to consent (post-operative delirium). Consent given by his SDM, daughter [[PERSON|Despina Stathopoulos]], in person with Greek interpretation by [[PERSON|Kostas Manolis]].
SDM phone: [[PHONE|905-555-0124]]   Relationship: daughter (highest-ranking SDM available)
Signed: [[PERSON|Despina Stathopoulos]]   Witness: [[PERSON|Alannah Byrne]], RN   Date: [[DATE|2026-11-24]]`,
  ],
  [
    'consent',
    `CONSENT FOR UPPER GI ENDOSCOPY
Name: [[PERSON|CHOW Siu-ming]]   HKID: [[ID_CARD|${hkid('R', '730916')}]]   Sex/Age: M/61
I agree to oesophagogastroduodenoscopy ± biopsy ± haemostasis under IV sedation (midazolam).
Risks explained in Cantonese: bleeding (<1%), perforation (1 in 2,000), aspiration, sedation-related hypoxia.
Patient signature: [[PERSON|周少明]]   Date: [[DATE|24-11-2026]]
Doctor: Dr [[PERSON|YIP Hoi-lam]]   Witness: APN [[PERSON|LAM Mei-ling]]`,
  ],
  [
    'billing',
    `Patient billing statement
Responsible party: [[PERSON|Russell Beaumont]]   Patient: [[PERSON|Kaylee Beaumont]] (dependent)
Patient account #: [[MRN|PA-60218847]]  |  Issued on [[DATE|11/20/2026]]
Service [[DATE|10/04/2026]] — ED visit level 4, X-ray wrist 2 views, splint: $2,386.00
Insurance paid: $1,544.12   Adjustments: $402.88   Balance due: $439.00
Member ID: [[INSURANCE_ID|XJP884137290]]
Please return the remittance slip with your payment. Questions: [[PHONE|(614) 555-0195]]
Guarantor address: [[ADDRESS|2207 Brookhaven Dr, Westerville, OH 43081]]`,
  ],
  [
    'billing',
    `REFUND REQUEST — Patient Accounts
Patient: [[PERSON|Niamh Ryan-Gallagher]]   MRN: [[MRN|H0631924]]
Reason: duplicate payment of inpatient charge (Invoice no. SVUH-44180) €80.00, paid twice by card [[BANK_CARD|${spaced(luhn('454617302291846'))}]]
Refund to: [[PERSON|Niamh Ryan-Gallagher]]   IBAN: [[ACCOUNT|${iban('BOFI', '901283', '47261059')}]]
Address: [[ADDRESS|14 Seafield Crescent, Booterstown, Co. Dublin A94 K6W2]]
Contact: [[EMAIL|niamh.rg@example.ie]]   [[PHONE|085 732 0418]]
Approved by: [[PERSON|D. Carolan]], Patient Accounts Manager   [[DATE|24/11/2026]]`,
  ],
  [
    'billing',
    `TAX INVOICE — Eastside Physiotherapy
Patient: [[PERSON|Callum Whitby]]   Medicare No: [[INSURANCE_ID|${medicare('43075192', '4')}]]
Date of service: [[DATE|18/11/2026]]   Item: Initial consultation (ankle sprain) $110.00
Paid by card: [[BANK_CARD|${spaced(luhn('524703112058936'))}]] (card exp 09/29)
Overpayment $45.00 to be refunded by EFT — BSB 063-417, account [[ACCOUNT|1048 2267]]
Address: [[ADDRESS|Unit 3, 41 Grosvenor Street, Bondi Junction NSW 2022]]
Invoice INV-2611-0452; provider number 2461937K`,
  ],
  [
    'online-consult',
    `ONLINE CONSULTATION REQUEST
Name: [[PERSON|Theodora Quist]]   Date of birth: [[DATE|28/08/1995]]
NHS number: [[INSURANCE_ID|${nhs('273658')}]]
Mobile: [[PHONE|+44 7700 900561]]   Email: [[EMAIL|t.quist95@example.co.uk]]
Tell us what's wrong: Rash on both shins for 10 days — red, tender lumps, and achy ankles. I had a sore throat about three weeks ago.
Have you tried anything? Ibuprofen 400 mg, helps a bit.
Submitted [[DATE|24/11/2026]] 07:42 — ref [[MRN|EC-8430961]]`,
  ],
  [
    'online-consult',
    `Telehealth visit note
Patient: [[PERSON|Bogdan Lazarescu]]   MRN: [[MRN|88410236]]   Visit type: video
Patient location: home, [[ADDRESS|611 W Belden Ave, Apt 2R, Chicago, IL 60614]]   Connection IP: [[IP|2001:db8:7a1e::4c]]
Romanian interpreter [[PERSON|Ioana Petrescu]] joined at 14:05.
CC: ankle swelling since starting amlodipine 10 mg. BP log 128–134/80.
Plan: reduce amlodipine to 5 mg, add losartan 25 mg; BMP in 1 week.
Join URL: [[URL|https://video.example.org/r/BL88410236]]
[[PERSON|Rachel Adebayo-Cole]], PA-C   [[DATE|11/24/2026]]`,
  ],
  [
    'online-consult',
    `Telehealth consult — Rural GP service
[[PERSON|Bronwyn Nakagawa]], 44, Medicare [[INSURANCE_ID|${medicare('27431806', '1')}]]
Joined via [[URL|https://gp-video.example.com.au/waiting/dr-pillai]] (client IP [[IP|198.51.100.183]])
Presenting: burning on passing urine and going often for 2 days; afebrile, no loin pain; not pregnant.
Plan: trimethoprim 300 mg nocte x 3 days; eScript token sent to mobile [[PHONE|(08) 5550 9231]].
Dr [[PERSON|Sunil Pillai]]   [[DATE|24/11/2026]]`,
  ],
  [
    'patient-message',
    `Patient portal message
From: [[ACCOUNT|MJHollister_52]] ([[PERSON|Marjorie Hollister]], MRN [[MRN|60094182]])
To: Cardiology — Dr. [[PERSON|Feldman]]'s team
Subject: Holter results?
Hi, I wore the heart monitor from [[DATE|11/14]] to [[DATE|11/16]]. Has anyone looked at it yet? I'm still getting the fluttery feeling at night, about 3–4 times a week.
Also, can I keep taking magnesium 400 mg? Thank you — [[PERSON|Marjorie]]`,
  ],
  [
    'patient-message',
    `From: [[EMAIL|rhys.tranter@example.org.uk]]
To: PALS
Subject: Complaint — my mother's discharge
Dear PALS team,
My mother, [[PERSON|Glenys Tranter]] ([[AGE|92]]), was discharged from Ward 9 at 23:30 on [[DATE|19 November]] by taxi, alone, to [[ADDRESS|5 Heol y Cwm, Tonypandy CF40 1JQ]].
Nobody phoned me even though my number ([[PHONE|029 2018 0463]]) is on her record. She was found by a neighbour at 1am.
Please investigate. Hospital number [[MRN|T0483317]].
[[PERSON|Rhys Tranter]]`,
  ],
  [
    'patient-message',
    `WhatsApp — Clinic enquiry line
[[PHONE|+65 9826 4170]]: Hi, this is [[PERSON|Kumaran s/o Rajendran]], I have appt on [[DATE|28 Nov]] for colonoscopy
[[PHONE|+65 9826 4170]]: Can I still take my metformin the day before the bowel prep?
Clinic: Hi Mr [[PERSON|Kumaran]], please stop metformin on the morning of the procedure only. Kindly share your NRIC for verification.
[[PHONE|+65 9826 4170]]: [[ID_CARD|${nric('S', '7709354')}]]`,
  ],
  [
    'family-chat',
    `Pendragon family
[[PERSON|Ceri]]: Dad's cataract op moved to Thursday [[DATE|3rd]], arrive 7:30 at Day Surgery
[[PERSON|Owain]]: I'll take him, the Qashqai — [[PLATE|WN19 XKT]] — is it free parking for patients?
[[PERSON|Ceri]]: Only with the blue permit, ask at main reception
Mam: Don't forget his drops and the letter
[[PERSON|Owain]]: Got it. Nan turns [[AGE|ninety-three]] that weekend btw, party still on?`,
  ],
  [
    'family-chat',
    `Group: Mom's recovery
[[PERSON|Jen]]: PT says Mom can come home Friday if the stairs go ok
[[PERSON|Marcus]]: I can pick her up — I'll bring the van, plate [[PLATE|CKTR 418]]
[[PERSON|Jen]]: Her health card is in the top drawer, number [[INSURANCE_ID|${ohip('738215604')}]]
Aunt [[PERSON|Lou]]: I'll stock the fridge at [[ADDRESS|58 Rosedale Heights Drive, Toronto, ON M4T 1C5]]
[[PERSON|Marcus]]: Dr [[PERSON|Anand]] wants her on the enoxaparin 40 mg for 10 more days, who's doing the shots?`,
  ],
  [
    'family-chat',
    `Whānau chat
[[PERSON|Kiri]]: Koro's hearing aids are at the audiologist, ready Monday [[DATE|30th]]
[[PERSON|Rangi]]: I'll drive him, ute rego [[PLATE|NKP512]]
[[PERSON|Kiri]]: He's [[AGE|ninety-four]] now, make sure he wears his hat lol
@[[ACCOUNT|hemi.the.builder]]: Tell him the koha for the hospital kai went through
[[PERSON|Rangi]]: Where is it again, Ormond Road? Text me on [[PHONE|027 486 1937]]`,
  ],
  [
    'sms-reminder',
    `This winter, anyone 65+, anyone pregnant and people living with chronic illness can get free flu and COVID-19 jabs at a local pharmacy, just walk in. Txt STOP to unsubscribe.`,
  ],
  [
    'sms-reminder',
    `Hi [[PERSON|Declan]], your physio session is booked for Tue [[DATE|1 Dec]], 10:15, with [[PERSON|Siobhán]]. Confirm or rebook: [[URL|https://book.example.ie/a/K4P9TQ]] Ref [[MRN|PT-336712]]. Text C to confirm.`,
  ],
  [
    'sms-reminder',
    `Mr [[PERSON|O'Keeffe]] — your medicines are packed and waiting at Quayside Pharmacy, [[ADDRESS|12 Merchant's Quay, Cork T12 XH96]]. Open until 7pm. Any questions call [[PHONE|021 427 6618]]. Rx [[MRN|88231]]`,
  ],
  [
    'sarcopenia-clinic',
    `Falls & Frailty Clinic — letter to GP
Re: [[PERSON|Winifred Cattermole]], [[AGE|92]]   DOB [[DATE|05/01/1934]]   NHS No [[INSURANCE_ID|${nhs('856210')}]]
Thank you for referring Mrs [[PERSON|Cattermole]]. SARC-F 7. Grip strength 11 kg (dominant), gait speed 0.48 m/s, chair-stand test unable without arms. SPPB 3/12. DXA appendicular lean mass index 4.6 kg/m².
Diagnosis: severe sarcopenia (EWGSOP2) with frailty (CFS 6).
Plan: protein target 1.2 g/kg/day, oral nutritional supplement 2 bottles daily, vitamin D 800 IU; community strength and balance programme; review [[DATE|March]].
Dr [[PERSON|Aaron Kestenbaum]], Consultant Geriatrician`,
  ],
  [
    'sarcopenia-clinic',
    `Dietitian review — Sarcopenia clinic
[[PERSON|Ngaire Pohatu]]   UR [[MRN|0893316]]   Medicare [[INSURANCE_ID|${medicare('31590428', '2')}]]
Age 81. Weight 52.4 kg (from 57 kg in [[DATE|May 2026]]); MNA-SF 8; intake ~0.7 g protein/kg.
Advice: leucine-rich whey 20 g after her resistance session, 2 extra dairy serves, HMB trial.
Exercise physiologist [[PERSON|Lachie Dunstan]] running 2x weekly sessions at [[ADDRESS|Level 1, 150 Hay Street, Subiaco WA 6008]].
Contact for reschedule: [[PHONE|(08) 5550 4198]]`,
  ],
  [
    'sarcopenia-clinic',
    `Keeping your muscles strong as you age
• Muscle strength drops faster after 70, but it can be rebuilt at any age.
• Aim for strength exercises on two or three days a week: sit-to-stand from a chair, wall push-ups, heel raises, and lifting light weights or water bottles.
• Spread protein across the day: eggs, milk, yoghurt, fish, beans or meat at each meal.
• If you have lost weight without trying, or feel weaker, speak to your GP.`,
  ],
  [
    'otosclerosis-clinic',
    `ENT Outpatients — Otology
Re: [[PERSON|Philippa Garside]]   DOB [[DATE|22/06/1987]]   Hosp No [[MRN|D7721064]]   NHS No [[INSURANCE_ID|${nhs('318794')}]]
Progressive left conductive hearing loss since the birth of her daughter in [[DATE|2023]]; her mother [[PERSON|Janice]] had a stapedectomy in her forties.
PTA: left air-conduction average 52 dB, bone 15 dB, Carhart notch at 2 kHz; tympanometry type As; stapedial reflexes absent. Rinne negative left.
Diagnosis: left otosclerosis (H80.0).
Options discussed: hearing aid vs laser stapedotomy (risk of dead ear ~1%). She wishes surgery; listed for [[DATE|February]].
Mr [[PERSON|Alistair Frome]], Consultant Otologist`,
  ],
  [
    'otosclerosis-clinic',
    `Audiology progress note
Patient: [[PERSON|Rosalind Vandermolen]]   MRN: [[MRN|71503288]]   DOB: [[DATE|10/02/1936]]
Plan: Medicare Advantage HMO (Aetna), member # [[INSURANCE_ID|W298314076]]
Bilateral otosclerosis, [[AGE|ninety]], declined surgery. Refit with RIC aids, serial nos. on file.
Word recognition in quiet 84% R / 76% L at 75 dB HL.
Real-ear verification done; programmed a tinnitus-masker program.
Next check [[DATE|02/2027]]. Daughter [[PERSON|Frances]] to help with charging. Contact [[PHONE|(520) 555-0187]].
[[PERSON|Toby Wrenfield]], AuD`,
  ],
  [
    'otosclerosis-clinic',
    `PRE-OPERATIVE ASSESSMENT — Day Surgery
Patient: [[PERSON|Nurul Aisyah binte Kamarudin]]   NRIC: [[ID_CARD|${nric('T', '0186452')}]]
Procedure: right stapedotomy under GA, [[DATE|3 Dec 2026]]
Audiogram: right ABG 34 dB at 0.5–2 kHz. CT temporal bone: fenestral otosclerosis, no cochlear involvement.
Hb 124, ECG normal, ASA 1. Not on sodium fluoride.
Husband [[PERSON|Hafiz]] to accompany; contact [[PHONE|+65 8473 2916]]
Address: [[ADDRESS|Blk 221 Jurong East Street 21 #11-205 Singapore 600221]]
Assessed by SN [[PERSON|Priscilla Goh]]`,
  ],
  [
    'pcd-clinic',
    `PCD Diagnostic & Management Service — Clinic Letter
Re: [[PERSON|Zayn Bhatti]], age 6   DOB [[DATE|14/04/2020]]   NHS No [[INSURANCE_ID|${nhs('049637')}]]
Parents: [[PERSON|Imran Bhatti]] and [[PERSON|Sana Bhatti]], [[ADDRESS|78 Oakwood Road, Rotherham S60 3AD]]
Neonatal respiratory distress at term, daily wet cough since infancy, recurrent otitis media with grommets ×2. Situs solitus.
Nasal NO 18 nL/min; high-speed video microscopy: static cilia; TEM: outer and inner dynein arm defects. Genetics: biallelic CCDC39 variants.
Diagnosis: primary ciliary dyskinesia confirmed.
Plan: airway clearance twice daily with the physiotherapist [[PERSON|Holly Brannigan]]; 3-monthly cultures; azithromycin prophylaxis. Younger sister [[PERSON|Aleena]] to be screened.
Dr [[PERSON|Miriam Oyelaran]], Consultant in Paediatric Respiratory Medicine`,
  ],
  [
    'pcd-clinic',
    `Respiratory Clinic — Primary Ciliary Dyskinesia
Patient: [[PERSON|Liam Tremblay-Nguyen]]   Chart: [[MRN|2219635]]   OHIP: [[INSURANCE_ID|${ohip('819304556')}]]
15 y/o with PCD (DNAH11, normal ultrastructure), chronic rhinosinusitis and bronchiectasis in both lower lobes.
Sputum: Haemophilus influenzae; FEV1 81% predicted. Hypertonic saline 7% nebulised BID.
Transition discussed — adult clinic at age 18. Mom [[PERSON|Hương]] asked about ENT and hearing follow-up.
Next visit: [[DATE|2027-02-18]]   Clinic phone: [[PHONE|(613) 555-0140]]`,
  ],
  [
    'pcd-clinic',
    `Airway clearance at home — a guide for families
Daily clearance keeps mucus moving when cilia do not work properly.
• Keep to two sessions every day, including the days your child seems fine.
• Start with nebulised saline if prescribed, then use the PEP mask or bubble PEP, then huff and cough.
• Exercise counts — running, swimming and trampolining all help.
• Clean and dry the nebuliser after every use.
• Call the team if there is more coughing, a change in sputum colour, fever or breathlessness.
Leaflet reviewed March 2026; next review due March 2028.`,
  ],
  [
    'buerger-clinic',
    `VASCULAR SURGERY CONSULT
Patient: [[PERSON|Dustin Harlow]]   MRN: [[MRN|55012967]]   Medicaid ID: [[INSURANCE_ID|KY92107744]]
Age 38, 1.5 packs/day since age 15, occasional cannabis. Painful ulcer tip of left 3rd toe x 6 wk; rest pain; Raynaud-type color change in both hands.
ABI left 0.52, right 0.86. Angio: segmental occlusion of left anterior tibial and peroneal arteries with corkscrew collaterals; proximal arteries normal. Hypercoagulable workup and ANA negative.
Impression: thromboangiitis obliterans (Buerger disease), ICD-10 I73.1.
Plan: complete tobacco cessation (referred to Kentucky tobacco quitline), cilostazol 100 mg BID, wound care.
Girlfriend [[PERSON|Shayla Pruitt]] at bedside, phone [[PHONE|(859) 555-0152]].
[[PERSON|Martin Ekwueme]], MD`,
  ],
  [
    'buerger-clinic',
    `Vascular outpatients — Buerger disease review
[[PERSON|Mohammad Reza Karimi]], 41, PhD student   URN [[MRN|4418302]]
Iranian passport [[PASSPORT|K38610472]]   OSHC member no. [[INSURANCE_ID|OS8062951]]
Quit smoking [[DATE|August 2026]]; exhaled CO today 3 ppm. Right index finger ulcer has healed; left foot claudication at 200 m.
Iloprost infusion course completed in [[DATE|September]].
Interpreter (Farsi): [[PERSON|Shirin Rahmani]].
Address: [[ADDRESS|12 Gaffney Street, Coburg VIC 3058]]   Mobile: [[PHONE|(03) 5550 2679]]`,
  ],
  [
    'buerger-clinic',
    `Stop Smoking Service — referral from Vascular
Client: [[PERSON|Lee Hartnoll]]   DOB: [[DATE|09/09/1989]]   NHS No: [[INSURANCE_ID|${nhs('712385')}]]
Buerger's disease diagnosed [[DATE|October 2026]]; told that any tobacco, including rolling tobacco and vapes with nicotine, risks amputation.
Currently 20 roll-ups/day. Fagerström 8.
Preference: varenicline 1 mg bd plus weekly behavioural support; first session booked [[DATE|1 December]].
Contact: [[PHONE|07700 900951]], [[EMAIL|lee.hartnoll@example.net]]
Advisor: [[PERSON|Sinead Gallacher]]`,
  ],
];

export function generateDeidHoldout53(): LabelledRecord[] {
  return holdoutRecords('h53', zh, en);
}

export const DEID_HOLDOUT_53_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/labelled/deid-holdout-53.jsonl',
);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const records = generateDeidHoldout53();
  writeFileSync(DEID_HOLDOUT_53_PATH, renderJsonl(records));
  console.log(`wrote ${records.length} records to ${DEID_HOLDOUT_53_PATH}`);
}
