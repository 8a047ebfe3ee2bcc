import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chi, emirates, hkid, luhn, medicare, nhi, nhs, nric, ohip, rid, spaced } from './check-digits.ts';
import { holdoutRecords, type LabelledRecord, renderJsonl } from './generate-deid.ts';

/**
 * The ROUND-54 fresh held-out de-identification set (data/labelled/deid-holdout-54.jsonl): 120
 * hand-written snippets (60 Chinese, 60 English) with hand-placed spans, marked inline as [[TYPE|text]]
 * (parseMarked strips the marks and records UTF-16 offsets). Written by a separate, blind annotator who
 * did not read the recognizer code, the lexicons, the name model, the registry, the bench or the docs,
 * read no earlier snippet beyond the first three of round 53, and never ran a recognizer, the guard or
 * the CLI on these snippets; it must not be used to adjust the recognizers.
 *
 * About four fifths are the everyday documents of a general hospital and the messages of its patients
 * (admission, progress and discharge notes, outpatient notes and letters, referrals, handovers,
 * nursing notes, lab and imaging reports, prescriptions, consent, billing papers, online
 * consultations, patient messages, family chats and SMS reminders), in new wording; a fifth come from
 * four settings no earlier card names: cyclic vomiting syndrome clinics, pudendal neuralgia (pelvic
 * pain) clinics, urethral stricture (urethroplasty) clinics and Gitelman syndrome (renal tubular) clinics.
 *
 * Identifiers are synthetic and computed below from hand-chosen parts: 18-digit resident IDs get their
 * GB 11643 check character from a region code, birth date and sequence chosen to agree with the text
 * (the last sequence digit odd for men, even for women); 15-digit IDs are typed from region code, birth
 * date and sex digit; bank cards get a Luhn digit; NHS numbers are in the 999 test range with their
 * modulus-11 digit; a Scottish CHI number gets its modulus-11 digit after a birth date and a sex digit;
 * Australian Medicare numbers get their check digit and an issue digit; NZ NHIs, the Hong Kong identity
 * card and the Singapore NRICs get their check characters; Ontario health numbers get a Luhn digit; an
 * Emirates ID gets its Luhn digit. The US MBI follows the published character pattern and the SSN is in
 * the 987-65-432x advertising range. Phones are random mainland numbers or fictional ranges (North
 * American 555-01xx, UK 07700 900xxx and Ofcom drama ranges, Australian 5550 landlines and 0491 570
 * mobiles); mail and web hosts are example.*; IP addresses come from the documentation ranges.
 *
 * Span conventions are those of data/labelled/deid-holdout-53.card.yaml (and the earlier cards it
 * refers to); the decisions new in this round are stated in data/labelled/deid-holdout-54.card.yaml.
 */

const zh: Array<[string, string]> = [
  [
    'admission',
    `心内科入院记录
住院号：[[MRN|CD2611-30475]]　床号：[[MRN|14]]　入院时间：[[DATE|2026-11-23]] 21:40（急诊转入）
患者：[[PERSON|卿国富]]　男　68岁　身份证号：[[ID_CARD|${rid('510107', '19580317', '419')}]]
主诉：反复气促3年，加重伴双下肢水肿5天，夜间不能平卧。
查体：BNP 3260pg/mL，双肺底湿啰音，予呋塞米20mg静推后尿量增加。
陪护：老伴[[PERSON|罗素芬]] [[PHONE|139 8172 0465]]
住址：[[ADDRESS|四川省成都市武侯区玉林北路19号附1号2单元7楼]]`,
  ],
  [
    'admission',
    `呼吸科入院记录（老年病房）
姓名：[[PERSON|金福顺]]　女　[[AGE|93]]岁　朝鲜族
身份证：[[ID_CARD|222401330805162]]
住院号：[[MRN|YJ-0196348]]　床号：呼吸二科[[MRN|加1]]
入院日期：[[DATE|2026年11月24日]]
三天前受凉后咳嗽、咳黄痰，今晨体温38.6℃，SpO2 89%，CURB-65 3分。
患者只说朝鲜语，由外孙女[[PERSON|朴智慧]]翻译，电话[[PHONE|0433-2758164]]；儿子[[PERSON|崔永哲]]在韩国务工，电话[[PHONE|+82 10-4173-2958]]。`,
  ],
  [
    'admission',
    `儿科入院记录
患儿：[[PERSON|戴沐阳]]（小名"[[PERSON|糖葫芦]]"）　男　4岁2月　出生日期：[[DATE|2022年9月18日]]
住院号：[[MRN|EK26-07315]]　床位：[[MRN|9]]
医保卡号：[[INSURANCE_ID|1101052022091806]]
主诉：发热4天，双眼结膜充血，口唇皲裂，颈部淋巴结肿大。
父亲：[[PERSON|戴磊]]　[[PHONE|186-1047-3325]]
母亲：[[PERSON|尚婧]]　身份证：[[ID_CARD|${rid('110105', '19920611', '284')}]]
家住：[[ADDRESS|北京市朝阳区望京西园三区312楼1单元1104]]`,
  ],
  [
    'progress-note',
    `首次病程记录
[[DATE|2026-11-22]] 16:20　住院号[[MRN|0031957428]]　床号[[MRN|31]]　[[PERSON|栾宝华]]，男，57岁
病例特点：呕血2次，约600mL，既往乙肝肝硬化。Hb 76g/L，PLT 58×10^9/L。
初步诊断：食管胃底静脉曲张破裂出血。
诊疗计划：禁食、生长抑素、PPI，联系内镜中心急诊胃镜。
经治医师：[[PERSON|邬晓晨]]
上级医师审阅：[[PERSON|栾志刚]]主任（与患者无亲属关系）`,
  ],
  [
    'progress-note',
    `术后第1天查房记录　[[DATE|11月24日]]
[[PERSON|上官凌云]]副主任医师查房：患者[[PERSON|闻人秀梅]]，腹腔镜胆囊切除术后第1天，T 37.4℃，引流液淡血性30mL。
指示：今日拔除引流管，流质饮食。
住院号：[[MRN|0032871640]]　床号：[[MRN|12]]
记录：[[PERSON|司马骁]]（规培医师）`,
  ],
  [
    'progress-note',
    `日常病程记录　[[DATE|2026年11月23日]]
患者[[PERSON|古丽娜尔·买买提]]，女，46岁，维吾尔族，来自阿克苏，床号[[MRN|19]]，身份证[[ID_CARD|${rid('652901', '19800305', '284')}]]。
今日血糖波动5.8–13.2mmol/L，调整门冬胰岛素为早8U、中6U、晚8U。
患者汉语有限，由其侄子[[PERSON|吾斯曼江]]及护士[[PERSON|阿丽米热]]协助沟通，已理解低血糖处理。
住院号：[[MRN|AKS-264019]]
医师签名：[[PERSON|乔文斌]]`,
  ],
  [
    'discharge',
    `出院小结
姓名：[[PERSON|马桂兰]]　女　71岁　回族　住院号：[[MRN|QH26-305871]]
住院时间：[[DATE|2026年11月12日]]至[[DATE|2026年11月24日]]
出院诊断：2型糖尿病足（Wagner 2级），右足清创术后。
出院医嘱：伤口每2日换药，门诊复查时间[[DATE|12月1日]]。
身份证号：[[ID_CARD|${rid('630102', '19550429', '326')}]]
随访中心电话：[[PHONE|0971-8163045]]
主治医师：[[PERSON|韩德明]]`,
  ],
  [
    'discharge',
    `诊断证明书
兹证明[[PERSON|谭思远]]，男，34岁，身份证号[[ID_CARD|${rid('430104', '19920708', '153')}]]，于[[DATE|2026年11月17日]]在我院行左踝关节骨折切开复位内固定术，
[[DATE|11月24日]]出院，建议休息三个月，避免负重。
医保个人编号：[[INSURANCE_ID|430100D156002847]]
医师：[[PERSON|龙海鹰]]　　[[DATE|2026年11月24日]]`,
  ],
  [
    'discharge',
    `出院记录（老年科）
患者[[PERSON|蒲秀珍]]，[[AGE|96]]岁，因跌倒致左股骨颈骨折，家属拒绝手术，行保守治疗后出院。
住院号：[[MRN|LS0419637]]
出院带药：骨化三醇0.25μg qd，碳酸钙D3片600mg qd。
家属签字：孙子[[PERSON|蒲俊杰]]　电话：[[PHONE|158 2831 9047]]
回访地址：[[ADDRESS|四川省乐山市市中区嘉定北路88号2栋3单元502]]
出院日期：[[DATE|2026.11.24]]`,
  ],
  [
    'outpatient',
    `口腔科门诊病历
就诊卡号：[[MRN|810426537]]　姓名：[[PERSON|钟晓蕾]]　女　27岁
就诊日期：[[DATE|2026-11-24]]
主诉：右下后牙反复肿痛1周。
检查：48近中阻生，冠周龈瓣红肿，探及溢脓。
处理：冠周冲洗上药，甲硝唑0.2g tid×3天，消炎后预约拔除，预约日期[[DATE|12月8日]]。
患者手机：[[PHONE|15208461937]]
医师：[[PERSON|段其琛]]`,
  ],
  [
    'outpatient',
    `眼科门诊记录
患者：[[PERSON|杨丽娟]]　女　62岁　白族　门诊号：[[MRN|DL202611-8730]]
身份证：[[ID_CARD|${rid('532901', '19640223', '162')}]]
双眼视物模糊2年，右眼加重半年。视力右0.12、左0.4，晶状体混浊C3N2。
建议右眼白内障超声乳化联合人工晶体植入，入院预约电话[[PHONE|0872-2194630]]。
陪同：女婿[[PERSON|赵建成]]
医师：[[PERSON|李慧珊]]`,
  ],
  [
    'outpatient',
    `中医科门诊
[[PERSON|庞]]老先生，[[AGE|九十二]]岁，由保姆陪同。
夜寐不安，口干，大便三日一行，舌红少苔，脉细数。
辨证：阴虚火旺。处方：天王补心丹加减，7剂。
保姆[[PERSON|吴春梅]]手机：[[PHONE|13603172849]]
病历号：[[MRN|ZY0458213]]　复诊：[[DATE|12月1日]]
医师：[[PERSON|黎永康]]`,
  ],
  [
    'referral',
    `双向转诊单（上转）
转出单位：岳麓区望月湖街道社区卫生服务中心
患者：[[PERSON|邓小红]]　女　53岁　身份证：[[ID_CARD|${rid('430104', '19730916', '208')}]]
转诊编号：[[MRN|ZZ-YL-8830-0217]]
转诊原因：体检发现甲状腺结节TI-RADS 4b类，需进一步评估。
签约家庭医生：[[PERSON|肖映雪]]　联系电话：[[PHONE|0731-88215704]]
转出日期：[[DATE|2026年11月24日]]`,
  ],
  [
    'referral',
    `远程会诊申请单
申请单位：黔东南州某县人民医院
会诊单号：[[MRN|YC-KL-48360]]
患者：[[PERSON|潘老四]]　男　59岁　苗族　联系电话：[[PHONE|182 8553 6104]]
身份证：[[ID_CARD|${rid('522601', '19670502', '375')}]]
病情摘要：肝右叶占位8.2cm，AFP 1260ng/mL，乙肝病史20年。
申请医师：[[PERSON|杨胜军]]　邮箱：[[EMAIL|ysj_kl@mail.example.cn]]`,
  ],
  [
    'referral',
    `院内会诊单
申请科室：骨科　住院号：[[MRN|GK-0741836]]　床号：[[MRN|22]]　患者：[[PERSON|芦海川]]
会诊科室：临床营养科
会诊目的：老年髋部骨折术前营养评估，白蛋白29g/L，近3个月体重下降6kg。
申请医师：[[PERSON|贝佳琪]]　申请时间：[[DATE|2026-11-24]] 08:30
会诊医师：[[PERSON|冉小雅]]`,
  ],
  [
    'handover',
    `普外科护理交班表　[[DATE|11月24日]]夜班→白班
床号｜姓名｜要点
[[MRN|3]]｜[[PERSON|房德胜]]｜胃癌术后第2天，胃管引流暗红色80mL
[[MRN|5]]｜[[PERSON|苗丽萍]]｜疝修补术后，已下地
6｜—｜空床
[[MRN|加2]]｜[[PERSON|景文涛]]｜急性阑尾炎待手术，禁食
交班护士：[[PERSON|邢若楠]]　接班护士：[[PERSON|甘晓蕾]]`,
  ],
  [
    'handover',
    `ICU口头交班（录音整理）
[[MRN|七]]床[[PERSON|鲁秋菊]]阿姨，[[AGE|九十四]]岁，重症肺炎，高流量氧疗，FiO2 50%，今晨痰培养送了。
[[MRN|九]]床是[[PERSON|岑]]……不对，是[[PERSON|芩]]师傅，[[PERSON|芩大勇]]，心肺复苏后第3天，体温控制在36度。
十一床空着，等急诊的病人。
交班：[[PERSON|柏映秋]]；接班：[[PERSON|顾承泽]]`,
  ],
  [
    'handover',
    `急诊留观交班
留观号：[[MRN|LG-2611-1042]]　[[PERSON|焦振东]]　男　45岁　醉酒后头部外伤，头颅CT阴性，GCS 14分，需每小时评估瞳孔。
留观号：[[MRN|LG-2611-1058]]　[[PERSON|裴欣然]]　女　19岁　过敏性皮疹，已予地塞米松，观察至[[DATE|11月24日]]12:00。
陪护电话：[[PHONE|17761258093]]
交班医生：[[PERSON|车仁杰]]`,
  ],
  [
    'nursing-note',
    `跌倒/坠床风险护理记录
患者：[[PERSON|祝玉兰]]　[[AGE|94]]岁　住院号：[[MRN|NK-1147293]]　床号：[[MRN|17]]
[[DATE|2026-11-24]] 02:10 患者自行如厕时感头晕，护士及时扶回床，未跌倒。
Morse评分65分，高危。已加床栏，夜间留灯，呼叫器置手边。
已告知陪护（女儿[[PERSON|祝红]]）夜间不得离开。
护士：[[PERSON|牛秀娥]]`,
  ],
  [
    'nursing-note',
    `造口护理记录
[[PERSON|申宝山]]，男，66岁，直肠癌Miles术后第9天，住院号[[MRN|0028419633]]。
造口黏膜红润，周围皮肤轻度刺激性皮炎，予造口粉+皮肤保护膜。
已教会老伴[[PERSON|刘桂香]]更换造口袋，出院后可加入造口联谊会，联系人[[PERSON|童]]护士电话[[PHONE|0311-86190352]]。
记录：[[PERSON|严思琪]]　[[DATE|2026年11月24日]]`,
  ],
  [
    'nursing-note',
    `家庭病床巡诊护理记录
病人：[[PERSON|钱永福]]　男　[[AGE|90]]岁　身份证：[[ID_CARD|320102360129173]]
家庭病床号：[[MRN|JB-XW-0318]]
地址：[[ADDRESS|江苏省南京市玄武区锁金村街道锁金新村5栋402室]]
留置导尿管第21天，今日更换，尿色清。骶尾部皮肤完好。
儿媳[[PERSON|周慧]]手机[[PHONE|13951763408]]
下次巡诊：[[DATE|12月1日]]
护士：[[PERSON|冯婉清]]`,
  ],
  [
    'lab-report',
    `检验报告单（血常规）
姓名：[[PERSON|解春生]]　性别：男　年龄：38岁　标本号：[[MRN|5307241869]]
门诊号：[[MRN|0136207584]]　科室：发热门诊　送检医生：[[PERSON|井海涛]]
WBC 12.8×10^9/L↑　NEUT% 84.1%↑　Hb 142g/L　PLT 215×10^9/L　CRP 56.3mg/L↑
采样时间：[[DATE|2026-11-24]] 09:02　报告时间：[[DATE|2026-11-24]] 09:47
检验者：[[PERSON|韦晓庆]]　审核者：[[PERSON|莫少华]]`,
  ],
  [
    'lab-report',
    `病理诊断报告
病理号：[[MRN|P2026-14873]]　姓名：[[PERSON|左丽华]]　女　51岁　住院号：[[MRN|HZ-0592816]]
送检标本：左乳肿物空芯针穿刺。
病理诊断：浸润性导管癌，组织学II级。
免疫组化：ER（+，约80%），PR（+，约30%），HER2（1+），Ki-67（约25%）。
报告医师：[[PERSON|尉迟明远]]　复核：[[PERSON|殷淑琴]]
报告日期：[[DATE|2026年11月24日]]`,
  ],
  [
    'lab-report',
    `尿液标本留取须知
1. 留取晨起第一次中段尿约10mL，装入无菌尿杯后拧紧盖子。
2. 女性患者应避开月经期；留尿前清洗外阴。
3. 留取后1小时内送至门诊一楼检验科窗口，超时标本可能影响结果。
4. 尿培养请在使用抗生素前留取。
如有疑问请咨询检验科护士站。`,
  ],
  [
    'imaging-report',
    `CT检查报告
检查号：[[MRN|CT2611240092]]　姓名：[[PERSON|托合提尼亚孜]]　男　63岁　门诊号：[[MRN|0094316]]
检查项目：胸部CT平扫及增强扫描
所见：右上肺尖段可见分叶状结节影，约2.3cm×1.9cm，可见毛刺及胸膜牵拉，纵隔4R区淋巴结短径1.2cm。
印象：右肺上叶占位，考虑周围型肺癌可能，建议穿刺活检。
报告医师：[[PERSON|麦尔丹]]　审核医师：[[PERSON|施文华]]　[[DATE|2026-11-24]]`,
  ],
  [
    'imaging-report',
    `乳腺X线摄影报告
姓名：[[PERSON|凌晓霜]]　女　49岁　影像号：[[MRN|MG-0478253]]　门诊号：[[MRN|0098136472]]
检查日期：[[DATE|2026年11月23日]]
所见：双乳不均匀致密型（c型）。左乳外上象限见簇状细小多形性钙化，范围约1.1cm。
BI-RADS 4B类，建议超声引导下或立体定位活检。
对比：[[DATE|2025年11月]]片未见此钙化。
诊断医师：[[PERSON|华子轩]]`,
  ],
  [
    'imaging-report',
    `超声检查报告（甲状腺）
姓名：[[PERSON|覃秋凤]]　女　36岁　超声号：[[MRN|US20261124-0415]]
甲状腺右叶中部见低回声结节，大小约0.8cm×0.6cm，纵横比>1，边缘不规则，内见点状强回声。
左叶未见明显结节。颈部淋巴结未见异常。
检查日期：[[DATE|2026年11月24日]]
提示：甲状腺右叶结节，C-TIRADS 4C类。
检查医师：[[PERSON|梁振宇]]　记录：[[PERSON|邝绮文]]`,
  ],
  [
    'prescription',
    `门诊处方笺（普通）
姓名：[[PERSON|仇国栋]]　男　55岁　科别：内分泌科
门诊号：[[MRN|0107426558]]　医保卡号：[[INSURANCE_ID|H45010300287]]
临床诊断：2型糖尿病，高脂血症
Rp：二甲双胍片0.5g tid；阿托伐他汀钙片20mg qn；达格列净片10mg qd
医师：[[PERSON|陆雅婷]]　审核药师：[[PERSON|覃少杰]]　[[DATE|2026-11-24]]`,
  ],
  [
    'prescription',
    `麻醉药品、第一类精神药品处方
患者：[[PERSON|曲文秀]]　女　64岁　身份证：[[ID_CARD|${rid('370102', '19620814', '246')}]]
诊断：胰腺癌晚期（癌痛）
Rp：硫酸吗啡缓释片30mg q12h，共14片
代办人：儿子[[PERSON|曲海涛]]　身份证：[[ID_CARD|${rid('370102', '19880125', '317')}]]
处方编号：[[MRN|MZ-7315-00462]]
医师：[[PERSON|孔令波]]　调配：[[PERSON|项玉]]`,
  ],
  [
    'prescription',
    `中药处方
姓名：[[PERSON|欧阳晴]]　女　31岁　门诊号：[[MRN|TCM-583107]]
诊断：月经后期（血虚证）
处方：当归12g　熟地黄15g　白芍10g　川芎6g　黄芪20g　炙甘草6g
共7剂，每日1剂，水煎分两次温服。代煎，快递至：[[ADDRESS|浙江省温州市鹿城区五马街道解放北路41号601室]]
收件电话：[[PHONE|15867324019]]
医师：[[PERSON|沈仲和]]　[[DATE|2026年11月24日]]`,
  ],
  [
    'consent',
    `手术知情同意书
患者：[[PERSON|厉春华]]　男　[[AGE|91]]岁　住院号：[[MRN|SX-0539-2287]]
拟行手术：经尿道前列腺电切术
患者本人因听力下降、理解困难，授权委托女儿[[PERSON|厉晓梅]]代为签字。
委托人身份证号：[[ID_CARD|${rid('330302', '19680930', '148')}]]
谈话医师：[[PERSON|鲍启明]]　签字日期：[[DATE|2026年11月24日]]`,
  ],
  [
    'consent',
    `输血治疗知情同意书
患者：[[PERSON|宁雪梅]]　女　42岁　住院号：[[MRN|XY-0583166]]　床号：[[MRN|8]]
血型：B型Rh(+)　拟输注：悬浮红细胞2U
输血前检查：HBsAg、抗-HCV、抗-HIV、梅毒抗体均已完成。
我已了解输血可能出现的发热、过敏、溶血等风险，同意输血。
患者签名：[[PERSON|宁雪梅]]　[[DATE|2026-11-24]]
医师签名：[[PERSON|骆亦凡]]`,
  ],
  [
    'consent',
    `临床研究知情同意书（签字页）
研究名称：某口服降压复方制剂多中心随机对照研究
受试者姓名缩写：[[PERSON|WJH]]　受试者编号：[[MRN|S-031-0187]]
我已阅读本知情同意书，有足够时间考虑，自愿参加本研究。
受试者签名：[[PERSON|王建华]]　日期：[[DATE|2026年11月24日]]
研究者签名：[[PERSON|章立群]]　研究护士：[[PERSON|俞倩]] 联系电话[[PHONE|021-64370521]]`,
  ],
  [
    'billing',
    `住院费用结算单
姓名：[[PERSON|桂德民]]　住院号：[[MRN|ZH-0264810]]　医保编号：[[INSURANCE_ID|360100A0218873]]
住院期间：[[DATE|2026-11-10]]至[[DATE|2026-11-24]]
费用合计：¥28,416.35　统筹支付：¥19,870.12　个人自付：¥8,546.23（已由银行卡[[BANK_CARD|${spaced(luhn('622588019276431'))}]]支付）
结算号：JS2611248830　收费员：0417
身份证：[[ID_CARD|${rid('360102', '19560421', '275')}]]`,
  ],
  [
    'billing',
    `退费申请表
患者姓名：[[PERSON|郝梦瑶]]　门诊号：[[MRN|0128703554]]
退费项目：上腹部增强MRI（未检查）　金额：¥920.00
退款方式：原路退回至银行卡 [[BANK_CARD|${spaced(luhn('621483002715480'))}]]
持卡人：[[PERSON|郝梦瑶]]　手机：[[PHONE|133-6087-2915]]
申请日期：[[DATE|2026年11月24日]]　受理号：TF-2611-0338`,
  ],
  [
    'billing',
    `商业医疗保险理赔申请书
被保险人：[[PERSON|苏文杰]]　身份证：[[ID_CARD|${rid('350203', '19850603', '295')}]]
保单号：[[INSURANCE_ID|P880126450319]]
出险日期：[[DATE|2026年10月30日]]　就诊医院：厦门某三甲医院
申请人（配偶）：[[PERSON|林雅琪]]　身份证：[[ID_CARD|${rid('350203', '19870219', '042')}]]
收款账户：[[BANK_CARD|${luhn('622202410003715629')}]]
联系地址：[[ADDRESS|福建省厦门市思明区莲前西路218号莲花五村22号楼703室]]`,
  ],
  [
    'online-consult',
    `互联网医院复诊记录
问诊单号：[[MRN|WZ202611240051]]
[[ACCOUNT|星河与你]]：医生您好，我妈妈高血压复诊，想续开氨氯地平。
[[PERSON|黄雅文]]医生：请上传最近一周血压记录。
[[ACCOUNT|星河与你]]：已上传，早上130多/80多。
[[PERSON|黄雅文]]医生：可以续开，5mg每日一次，30天。
患者：[[PERSON|侯淑芬]]　登录IP：[[IP|198.51.100.213]]`,
  ],
  [
    'online-consult',
    `图文问诊
用户[[ACCOUNT|夏天的小熊猫]]（就诊人：[[PERSON|严小乐]]，男，6岁，问诊单号[[MRN|TW-6650813]]）：孩子咳嗽一周，夜里咳得厉害，没有发烧。
[[PERSON|颜]]医生：有没有喘、呼吸时有没有"嘶嘶"声？
用户[[ACCOUNT|夏天的小熊猫]]：没有喘。
[[PERSON|颜]]医生：考虑感染后咳嗽，建议线下听诊。预约链接：[[URL|https://hlw.example.cn/book?pid=PX2611-70358]]`,
  ],
  [
    'online-consult',
    `视频问诊记录
就诊人：[[PERSON|晏明杰]]　男　41岁　问诊号：[[MRN|SP-8426-0917]]
主诉：痛风急性发作第2天，右第一跖趾关节红肿。
建议：秋水仙碱0.5mg bid，多饮水，急性期不调整降尿酸药。
患者要求添加医生助理微信：[[ACCOUNT|yyzl_xu2026]]
医生：[[PERSON|何志平]]　时间：[[DATE|2026-11-24]] 19:30　医生端IP：[[IP|2001:db8:3c4d::1a7]]`,
  ],
  [
    'patient-message',
    `[[PERSON|孟]]主任您好，我是上周四（[[DATE|11月19日]]）您门诊的[[PERSON|汤建新]]，病理号是[[MRN|B26-08915]]。
报告出来了说是"管状腺瘤伴低级别上皮内瘤变"，需要再做肠镜吗？
我的电话[[PHONE|13576240918]]，麻烦您有空回复，谢谢！`,
  ],
  [
    'patient-message',
    `投诉信
尊敬的医务处领导：
我父亲[[PERSON|谷春和]]，[[AGE|95]]岁，[[DATE|11月20日]]在贵院急诊候诊近三小时无人评估，期间老人曾出现胸闷。
希望医院重视老年患者的优先就诊。
联系人：[[PERSON|谷红梅]]　邮箱：[[EMAIL|guhm1973@example.com.cn]]　电话：[[PHONE|0851-85732046]]`,
  ],
  [
    'patient-message',
    `公众号留言
用户[[ACCOUNT|青柠不酸]]：我是[[PERSON|范晓晴]]，就诊卡号[[MRN|8800315742]]，昨天做的胃镜活检，想问报告什么时候能在手机上查？
我的医保卡号是[[INSURANCE_ID|G33010687423]]，结算时提示卡状态异常，麻烦帮忙看看。
回复请发邮箱[[EMAIL|fanxq_hz@example.cn]]`,
  ],
  [
    'family-chat',
    `【相亲相爱一家人】
[[ACCOUNT|海风吹吹]]：明天我开车送爸去复查，车牌[[PLATE|鲁B·8M37Q]]，停在门诊东门。
[[ACCOUNT|小雨点儿]]：好的，我把爸的医保卡放在他外套兜里了。
[[ACCOUNT|海风吹吹]]：地址发我一下，我先去接爸：
[[ACCOUNT|小雨点儿]]：[[ADDRESS|青岛市市北区延吉路76号3号楼2单元401]]
二姐：我下午去医院替你。`,
  ],
  [
    'family-chat',
    `【奶奶住院群】
[[ACCOUNT|一颗橙子]]：奶奶今天精神不错，还问[[PERSON|小石头]]什么时候回来。
[[ACCOUNT|阿峰在深圳]]：奶奶[[AGE|九十七]]了还这么清醒，真好。
[[ACCOUNT|一颗橙子]]：护士说明天转到[[MRN|二十三]]床，靠窗。
[[ACCOUNT|阿峰在深圳]]：我周六开车回来，车牌[[PLATE|粤B·D27Q81]]，住院押金我转你了，卡号尾号8837。
[[ACCOUNT|一颗橙子]]：收到。`,
  ],
  [
    'family-chat',
    `【出国看病小组】
爸爸：签证材料都准备好了吗？
[[ACCOUNT|晴天娃娃]]：我的护照号[[PASSPORT|EJ6702581]]，妈妈的是[[PASSPORT|E49315068]]，都发给旅行社了。
[[ACCOUNT|志在四方]]：我的在这：[[PASSPORT|EB3860174]]
妈妈：[[DATE|12月15日]]去日本做质子治疗，别忘了带病历。
[[ACCOUNT|晴天娃娃]]：病历复印件在[[PERSON|李]]医生那里拿了。`,
  ],
  [
    'sms-reminder',
    `【市卫健委】冬季是呼吸道传染病高发季节，请65岁以上老人及慢性病患者尽快到就近社区卫生服务中心接种流感疫苗和肺炎球菌疫苗，接种时请携带身份证和医保卡。`,
  ],
  [
    'sms-reminder',
    `【某市第一人民医院】[[PERSON|胡丽萍]]您好，您预约的[[DATE|11月26日]]上午9:30心内科[[PERSON|程子墨]]医生门诊已成功，就诊序号[[MRN|18]]，就诊卡号[[MRN|6604218357]]。
取消或改约请点击 [[URL|https://yy.example.cn/c/RX7Q2M]] 。`,
  ],
  [
    'sms-reminder',
    `【药房】[[PERSON|邱先生]]，您的处方（编号[[MRN|RX2611240358]]）药品已备好，请于[[DATE|11月27日]]前到门诊二楼药房取药。
如需快递到家请回复地址。咨询：[[PHONE|0571-87316204]]`,
  ],
  [
    'cyclic-vomiting-clinic',
    `小儿消化专科门诊（周期性呕吐综合征）
患儿：[[PERSON|柯俊熙]]　男　8岁　出生日期：[[DATE|2018年3月2日]]　门诊号：[[MRN|XE-0741265]]
近一年发作7次，每次呕吐持续2–3天，发作间期完全正常，发作前有面色苍白、嗜睡。
家族史：母亲[[PERSON|蔡嘉敏]]（电话[[PHONE|135 3908 6217]]）有偏头痛。
胃镜、头颅MRI、血氨、乳酸均正常。诊断：周期性呕吐综合征（符合罗马IV标准）。
预防：赛庚啶2mg qn。发作日记每月带来，复诊[[DATE|2027年1月5日]]。
父亲电话：[[PHONE|138 2651 0794]]　医师：[[PERSON|施佩瑶]]`,
  ],
  [
    'cyclic-vomiting-clinic',
    `急诊留观记录
[[DATE|2026-11-24]] 03:15　患者[[PERSON|郜立伟]]，男，27岁，周期性呕吐综合征既往确诊，本次呕吐20余次，自诉与往常发作相同，发作前一晚熬夜。
否认大麻使用。血钾3.2mmol/L，尿酮2+。
处理：暗室安静环境，静脉补液，昂丹司琼8mg，咪达唑仑小剂量镇静。
留观号：[[MRN|LG-2611-1061]]　既往门诊医生：[[PERSON|楚文静]]（消化科）
医师：[[PERSON|荆一帆]]`,
  ],
  [
    'cyclic-vomiting-clinic',
    `周期性呕吐综合征 家长须知
· 发作常有诱因：感染、睡眠不足、兴奋、长途旅行、空腹过久，请记录发作日记。
· 一旦出现前驱症状（面色苍白、恶心、出汗），按医生方案尽早用药并让孩子在暗室平卧。
· 呕吐不止、尿量明显减少、精神很差或呕吐物带血，请立即到急诊。
· 发作间期饮食、上学照常，不需要长期禁食。`,
  ],
  [
    'pudendal-neuralgia-clinic',
    `疼痛科门诊（阴部神经痛）
患者：[[PERSON|甄晓敏]]　女　39岁　门诊号：[[MRN|TT-2611-0397]]　手机：[[PHONE|18734026159]]
会阴部烧灼样疼痛1年半，坐位加重、站立或平卧缓解，坐马桶圈可减轻，夜间不痛。
符合Nantes标准4项。盆底肌触诊右侧坐骨棘附近压痛明显。
计划：超声引导下右侧阴部神经阻滞（诊断性），预约[[DATE|12月2日]]。
转诊自：妇科[[PERSON|钮春燕]]医生
医师：[[PERSON|翟伟]]`,
  ],
  [
    'pudendal-neuralgia-clinic',
    `神经阻滞治疗记录
患者：[[PERSON|乔金凤]]　女　52岁　住院号：[[MRN|0037260418]]　身份证：[[ID_CARD|${rid('140105', '19740311', '428')}]]
操作日期：[[DATE|2026年11月24日]]
超声引导下左侧阴部神经阻滞，0.25%罗哌卡因8mL+地塞米松5mg。
术后30分钟坐位疼痛NRS由7分降至2分，无下肢无力。
术者：[[PERSON|翟伟]]　助手：[[PERSON|宓佳宁]]
盆底康复治疗师：[[PERSON|吕春雨]]，电话[[PHONE|0351-7024186]]`,
  ],
  [
    'pudendal-neuralgia-clinic',
    `（微信留言）
[[PERSON|翟]]医生，我是[[PERSON|甄晓敏]]，打完阻滞针这三天坐着只剩一点点胀，比以前好太多了！
单位领导问能不能开个证明，让我先站着办公一个月？我的就诊卡号[[MRN|TT-2611-0397]]。
另外我爱人[[PERSON|武少杰]]也想问下，康复训练他能在家帮我做吗？`,
  ],
  [
    'urethral-stricture-clinic',
    `泌尿外科入院记录（尿道狭窄）
患者：[[PERSON|龚宏伟]]　男　46岁　住院号：[[MRN|MW-26-09361]]
身份证：[[ID_CARD|${rid('610113', '19800726', '531')}]]
5年前骑跨伤后排尿变细，多次尿道扩张，近半年每月需扩张。尿流率Qmax 4.6mL/s，残余尿120mL。
尿道造影：球部尿道狭窄长约2.5cm。
拟行：颊黏膜移植尿道成形术，手术日期[[DATE|2026年11月26日]]。
紧急联系人：妻子[[PERSON|冯晓溪]] [[PHONE|186 9125 4037]]
住址：[[ADDRESS|陕西省西安市雁塔区小寨东路126号6号楼1单元1502室]]`,
  ],
  [
    'urethral-stricture-clinic',
    `尿道成形术后门诊复查
患者：[[PERSON|覃大海]]　男　[[AGE|90]]岁　身份证：[[ID_CARD|450103360918271]]　门诊号：[[MRN|0115840362]]
术后第6个月，尿流率Qmax 17.2mL/s，残余尿20mL，排尿通畅。
患者独居，由侄子[[PERSON|覃志强]]陪同，联系电话[[PHONE|0771-5236091]]。
住址：[[ADDRESS|广西南宁市青秀区竹溪大道39号金湖小区8栋1单元203]]
下次复查：[[DATE|2027年5月]]
医师：[[PERSON|邵永刚]]`,
  ],
  [
    'urethral-stricture-clinic',
    `尿道狭窄术后居家须知
1. 导尿管保留约3周，请保持尿袋低于膀胱，每天清洁尿道口两次。
2. 口腔取黏膜处疼痛一般1周内缓解，进食后用淡盐水漱口。
3. 拔管后如排尿再次变细、排尿费力或尿线分叉，请尽早复查尿流率。
4. 出现发热、尿管不通或尿液呈鲜红色，请及时就医。`,
  ],
  [
    'gitelman-clinic',
    `肾内科门诊（Gitelman综合征）
患者：[[PERSON|柏晓琳]]　女　24岁　门诊号：[[MRN|SN-0683241]]
反复乏力、手足抽搐3年。血钾2.9mmol/L，血镁0.52mmol/L，尿钙低，肾素、醛固酮升高，血压正常。
基因检测：SLC12A3复合杂合变异。基因样本号：[[MRN|GT26-01583]]
治疗：氯化钾缓释片1.0g tid，门冬氨酸钾镁片2片 tid。
身份证：[[ID_CARD|${rid('620102', '20020513', '426')}]]　联系电话：[[PHONE|13919327460]]
住址：[[ADDRESS|甘肃省兰州市城关区张掖路街道永昌北路27号3单元402]]
确诊日期：[[DATE|2026年10月8日]]
医师：[[PERSON|禤静怡]]`,
  ],
  [
    'gitelman-clinic',
    `【补钾打卡群】
[[ACCOUNT|琳琳不抽筋]]：今天查血钾3.3！第一次过3.2！
[[ACCOUNT|琳妈]]：太好了，[[PERSON|禤]]主任说的加镁有用。
[[ACCOUNT|琳琳不抽筋]]：下次复查是[[DATE|12月22日]]，我已经挂好号了。
[[ACCOUNT|琳妈]]：你弟弟[[PERSON|柏晓宇]]的基因检测结果也该出来了吧？
[[ACCOUNT|琳琳不抽筋]]：说是下周出。`,
  ],
  [
    'gitelman-clinic',
    `肾内科处方
姓名：[[PERSON|冼伟豪]]　男　33岁　门诊号：[[MRN|GZ-0457902]]　医保卡号：[[INSURANCE_ID|S44010688172]]
诊断：Gitelman综合征，低钾血症，低镁血症
Rp：氯化钾缓释片1.0g tid×30天；氧化镁片0.5g bid×30天；螺内酯片20mg qd×30天
注意：服药期间每月复查血钾、血镁、肌酐。
医师：[[PERSON|区蔚然]]　药师：[[PERSON|卢俊]]　[[DATE|2026-11-24]]`,
  ],
];

const en: Array<[string, string]> = [
  [
    'admission',
    `AMU clerking sheet (night team)
Patient: [[PERSON|Edna Whitworth]]   Age: [[AGE|92]]   NHS No: [[INSURANCE_ID|${nhs('418206')}]]   Hosp no: [[MRN|S2231874]]
Admitted [[DATE|24/11/2026]] 03:40 via ED with a fall at home and new confusion; lay on the floor about six hours.
CK 2,140, Na 131, 4AT 5. Plan: IV fluids, falls bundle, delirium screen.
Lives alone at [[ADDRESS|14 Barnsley Road, Sheffield S4 7AF]]; package of care twice daily.
NOK: daughter [[PERSON|Carol Haigh]] [[PHONE|0114 496 0372]]
Clerked by Dr [[PERSON|Tomasz Wójcik]], FY2`,
  ],
  [
    'admission',
    `H&P, hospitalist service
Name: [[PERSON|Darnell K. Whitfield]]   DOB: [[DATE|03/14/1971]]   MRN: [[MRN|60418273]]   CSN: [[MRN|3301947528]]
Ohio DL: [[ID_CARD|TR718204]]   Insurance: BlueCross PPO, member ID [[INSURANCE_ID|XEH418302957]]
CC: chest pressure x 2 days, troponin 0.41, new inferior T-wave inversions. Admit to telemetry, heparin drip, cardiology consult.
Emergency contact: wife [[PERSON|Renée Whitfield]] [[PHONE|(614) 555-0187]]
Home: [[ADDRESS|2207 Briggs Road, Columbus, OH 43223]]
Attending: [[PERSON|Priya Sundaresan]], MD`,
  ],
  [
    'admission',
    `Admission record — Medical Ward 5
Patient: [[PERSON|Lim Chee Keong]]   MyKad: [[ID_CARD|680923-10-5379]]   RN: [[MRN|PJ2026-118406]]
Admitted [[DATE|23-11-2026]] with dengue fever day 5, platelets 28, haematocrit rising.
Address: [[ADDRESS|Lot 23, Jalan Kenari 5, Bandar Puchong Jaya, 47100 Puchong, Selangor]]
Contact: son [[PERSON|Lim Wei Jie]] [[PHONE|+60 12-418 7352]]
Admitting doctor: Dr [[PERSON|Nur Aisyah binti Kamarudin]]`,
  ],
  [
    'progress-note',
    `Ward 12 — consultant ward round [[DATE|24/11/2026]]
[[PERSON|Morag Sinclair]], 78, CHI [[INSURANCE_ID|${chi('160348', '214')}]], now on the fourth day of intravenous co-amoxiclav for left lower lobe pneumonia.
Afebrile for 36 h, CRP 88 → 31. Step down to oral today; physio and OT review for discharge home.
Husband [[PERSON|Alasdair]] asks for a phone call after 5 pm: [[PHONE|0131 496 0218]].
Seen with Dr [[PERSON|Eilidh MacRae]] (consultant). Entry by [[PERSON|Callum Drysdale]], FY1`,
  ],
  [
    'progress-note',
    `SICU Progress Note — HD 3
Pt: [[PERSON|Guadalupe Ortiz-Navarro]]   MRN [[MRN|81573026]]   DOB [[DATE|02/09/1961]]   Room [[MRN|3-214B]]
S: Pain controlled on PCA. Tolerating sips.
O: T 37.9, HR 96, BP 118/70. JP drain 140 mL serosanguinous. Lactate 1.1.
A/P: s/p Whipple [[DATE|11/21/2026]]. Advance to clears, wean PCA, continue octreotide.
Daughter [[PERSON|Marisol]] interpreting at family request; hospital interpreter offered.
[[PERSON|Kevin Tran]], MD (PGY-3) / [[PERSON|Ruth Abernathy]], MD (attending)`,
  ],
  [
    'progress-note',
    `Medical ward round — [[DATE|24 November 2026]]
[[PERSON|Jacinta Tipungwuti]], 54, URN [[MRN|RDH0471289]], Medicare [[INSURANCE_ID|${medicare('27416093', '2')}]]
Cellulitis left leg improving, now on oral cephalexin. Wants to go home to community before the wet season road closures.
Liaison officer (Aboriginal health) [[PERSON|Shane Bonson]] is arranging flight on [[DATE|27 November]].
Clinic nurse at community: [[PERSON|Bree Kantilla]], [[PHONE|(08) 5550 4163]].
Dr [[PERSON|Harriet Kinsella]]`,
  ],
  [
    'discharge',
    `Discharge summary, Medical ward 3
Patient: [[PERSON|Wiremu Paewai]]   NHI: [[INSURANCE_ID|${nhi('ZKT', '482')}]]   DOB: [[DATE|19/06/1958]]
In hospital [[DATE|17/11/2026]] – [[DATE|24/11/2026]]
Diagnoses: right middle lobe pneumonia (CAP); poorly controlled type 2 diabetes, HbA1c 88.
GP: Dr [[PERSON|Aroha Te Maro]], Ōtaki Medical Centre
Whānau contact: [[PERSON|Hine Paewai]] (wife) [[PHONE|027 481 6230]]
Follow-up: diabetes nurse specialist [[PERSON|Fiona Kerr]] in two weeks.`,
  ],
  [
    'discharge',
    `Discharge Summary
Name: [[PERSON|Dorothy Pelletier]]   DOB: [[DATE|1936-04-02]]   Age: [[AGE|90]]
OHIP: [[INSURANCE_ID|${ohip('617204385')}]] RK   Chart: [[MRN|K-0451762]]
Admitted [[DATE|2026-11-15]] with fluid overload from heart failure (HFrEF); 6 kg off with IV furosemide.
Discharged [[DATE|2026-11-24]] to daughter's home: [[ADDRESS|58 Lakeshore Drive, Unit 3, Barrie, ON L4N 6H2]]
Home care referral sent. Daughter [[PERSON|Suzanne Lacroix]] [[PHONE|705-555-0124]].
Family physician: Dr. [[PERSON|Omar Al-Khatib]]`,
  ],
  [
    'discharge',
    `Discharge letter — University Hospital Galway
Patient: [[PERSON|Bridget Ní Fhlatharta]]   MRN: [[MRN|G00586204]]   DOB: [[DATE|08/03/1949]]
Medical card: [[INSURANCE_ID|1872043J]]
Address: [[ADDRESS|Cnoc na Rós, Spiddal, Co. Galway H91 K2W7]]
Admitted [[DATE|19/11/2026]], COPD flare; home on a reducing course of prednisolone.
Public health nurse [[PERSON|Úna Mac Donncha]] informed, [[PHONE|091 553 417]].
Registrar: Dr [[PERSON|Fergal Hession]]`,
  ],
  [
    'outpatient',
    `Rheumatology Clinic — letter to GP
Re: [[PERSON|Olumide Adekunle-Bello]], DOB [[DATE|12/10/1980]], NHS [[INSURANCE_ID|${nhs('530419')}]], hospital no. [[MRN|M4472083]]
Seen [[DATE|24/11/2026]]. Psoriatic arthritis with active dactylitis of the right 2nd toe and 3 swollen joints; DAS28 not applicable, PsAID 6.2.
Methotrexate 20 mg weekly inadequate; we will apply for adalimumab biosimilar.
Next appointment [[DATE|January 2027]].
Dr [[PERSON|Helen Crossley]], Consultant Rheumatologist
cc: patient, [[ADDRESS|Flat 6, 41 Moss Lane East, Manchester M15 5DD]]`,
  ],
  [
    'outpatient',
    `Orthopaedic SOPC — follow-up
Name: [[PERSON|WONG Ka Yan]] [[PERSON|黃嘉欣]]   HKID: [[ID_CARD|${hkid('Y', '481362')}]]   HN[[MRN|26031847(2)]]
Right distal radius fracture, 6 weeks after ORIF on [[DATE|13-10-2026]]. Wound healed; wrist extension 45°.
Physiotherapy referral to OT hand clinic. Return to office work.
Address: [[ADDRESS|Room 1507, 15/F, Hong Yat House, Tak Tin Estate, Lam Tin]]
Mobile: [[PHONE|9372 6048]]
MO: Dr [[PERSON|Chan Tsz Hin]]`,
  ],
  [
    'outpatient',
    `Family Medicine visit   [[DATE|11/24/2026]]
Patient: [[PERSON|Keisha Mbatha-Jones]]   DOB: [[DATE|07/30/1995]]   MRN: [[MRN|E5830914]]
Medicaid ID: [[INSURANCE_ID|MD0472815936]]
Postpartum visit 6 weeks after vaginal delivery. EPDS 14 — discussed; starting sertraline 50 mg; warm handoff to behavioral health ([[PERSON|Jordan Trask]], LCSW).
Baby [[PERSON|Amara]] doing well with pediatrician.
Phone: [[PHONE|(410) 555-0139]]
[[PERSON|Samuel Oduya]], DO`,
  ],
  [
    'referral',
    `2WW referral (colorectal)
Patient: [[PERSON|Graham Pickersgill]]   DOB: [[DATE|22/01/1957]]   NHS number: [[INSURANCE_ID|${nhs('261853')}]]
Address: [[ADDRESS|9 Kirkstall Hill, Leeds LS5 3BN]]   Tel: [[PHONE|07700 900631]]   Email: [[EMAIL|gpickersgill@example.com]]
FIT 186 µg Hb/g. Anaemic (Hb 98, ferritin 6). Lost 5 kg.
Patient aware of referral and available at short notice except [[DATE|1–3 December]].
Referring GP: Dr [[PERSON|Anjali Mistry]], Abbey Grange Surgery`,
  ],
  [
    'referral',
    `Dear Dr [[PERSON|Kowalczyk]],
Thank you for seeing Mr [[PERSON|Trung Nguyen]], DOB [[DATE|04/11/1962]], Medicare [[INSURANCE_ID|${medicare('32864017', '1')}]], of [[ADDRESS|7/18 Hopkins Street, Footscray VIC 3011]].
He gets tight in the chest walking uphill and his stress ECG was abnormal. I'd be grateful if you would consider angiography.
He prefers Vietnamese; his son [[PERSON|Minh]] ([[PHONE|(03) 5550 6147]]) usually attends.
Regards,
Dr [[PERSON|Louise Fairbairn]]
Footscray Family Practice`,
  ],
  [
    'referral',
    `Polyclinic referral memo — Endocrinology
Patient: [[PERSON|Siti Rahmah binte Osman]]   NRIC: [[ID_CARD|${nric('S', '7346109')}]]
Address: [[ADDRESS|Blk 218 Jurong East Street 21 #11-405 Singapore 600218]]
Reason: thyroid eye signs and TSH < 0.01, FT4 48. Started carbimazole 20 mg on [[DATE|20/11/2026]].
Contact: [[PHONE|+65 9184 2603]]   Email: [[EMAIL|siti.rahmah.o@example.sg]]
Referring doctor: Dr [[PERSON|Goh Wei Ling]]`,
  ],
  [
    'handover',
    `Ward 9 nursing handover — nights to days, [[DATE|24/11]]
Bed | Name | Issues
[[MRN|2]] | [[PERSON|Ivy Cartwright]] ([[AGE|97]]) | Hip # day 2, DNACPR in notes, eating poorly
[[MRN|4]] | [[PERSON|Kofi Boakye-Ansah]] | Sickle crisis, PCA, pain 5/10
5 | — | empty, deep clean pending
[[MRN|7]] | [[PERSON|Patrick "Paddy" Rooney]] | Alcohol withdrawal, CIWA 12, Pabrinex due 10:00
Handed over by [[PERSON|Nkechi Umeh]] RN to [[PERSON|Holly Baines]] RN`,
  ],
  [
    'handover',
    `ED handoff, recorded for the chart
"Room [[MRN|nine]] is Mrs. [[PERSON|Vasquez]], [[AGE|ninety-three]], came from her nursing home with a UTI and she's more confused than baseline, cultures are out, ceftriaxone is in.
Room [[MRN|fourteen]] — [[PERSON|Dale]], I mean [[PERSON|Dwayne]], [[PERSON|Dwayne Pettigrew]], the motorcycle crash, CT head and C-spine negative, waiting on ortho for the tib-fib.
Sixteen is empty."
Reported by [[PERSON|Alyssa Brandt]], RN, to [[PERSON|Marcus Feld]], RN`,
  ],
  [
    'handover',
    `Ward 7 handover — PM shift
[[PERSON|Tama Whaanga]], bed [[MRN|11]], NHI [[INSURANCE_ID|${nhi('PLM', '306')}]]: day 2 after lap appendix, eating and mobilising, home tomorrow if obs settled.
[[PERSON|Grace Liufau]], bed [[MRN|12]]: gestational diabetes, insulin titration, interpreter (Samoan) [[PERSON|Losa Tuilagi]] booked for 10 am.
Bed 13 empty.
From [[PERSON|Mere Rangi]] RN`,
  ],
  [
    'nursing-note',
    `Home visit by public health nurse, [[DATE|24/11/2026]]
Client: [[PERSON|Margaret (Peggy) Culhane]], aged [[AGE|97]]
Address: [[ADDRESS|Ballyvourney Cross, Macroom, Co. Cork P12 X5T8]]
Venous leg ulcer right gaiter, 3.1 × 2.4 cm, less slough. Four-layer bandage reapplied.
Niece [[PERSON|Siobhán Culhane]] calls daily, [[PHONE|086 274 1958]].
Will call again Thursday [[DATE|26 November]].
Public health nurse: [[PERSON|Aoife Lehane]]`,
  ],
  [
    'nursing-note',
    `Hospice home visit note
Patient: [[PERSON|Harold Gustafson]]   Age: [[AGE|95]]   MBI: [[INSURANCE_ID|5KT2-W47-PA63]]
Visit [[DATE|11/24/2026]], 10:15. Comfortable on morphine 5 mg SL q2h PRN, used twice overnight. Mottling of knees. Wife [[PERSON|Ingrid]] at bedside, son [[PERSON|Erik Gustafson]] flying in from Denver.
Address: [[ADDRESS|4410 County Road 7, Two Harbors, MN 55616]]
On-call line for family: [[PHONE|(218) 555-0176]]
[[PERSON|Natalie Hsu]], RN`,
  ],
  [
    'nursing-note',
    `Residential aged care progress note
Resident: [[PERSON|Constance Beaumont]]   Room [[MRN|21]]   Age [[AGE|100]]   Medicare [[INSURANCE_ID|${medicare('21064837', '1')}]]   DOB [[DATE|22/11/1926]]
Birthday party with family on Sunday, the day itself. Mild fatigue afterwards.
Weight 47.2 kg (down 0.8). Dietitian referral made.
Enduring guardian: [[PERSON|Philippa Beaumont]], [[PHONE|(02) 5550 7381]]
Entered by [[PERSON|Sunita Karki]], EN`,
  ],
  [
    'lab-report',
    `Clinical Biochemistry Report
Patient: [[PERSON|Rhys Bevan-Jenkins]]   NHS No: [[INSURANCE_ID|${nhs('604172')}]]   DOB: [[DATE|14/07/1952]]   Specimen: [[MRN|26B4418307]]
Collected [[DATE|24/11/2026]] 07:55   Requested by: Dr [[PERSON|Gwen Lloyd]]
Sodium 138, Potassium 6.4 (H), Urea 18.2, Creatinine 287 (H), eGFR 19.
Potassium above 6.0 telephoned to [[PERSON|Nia]] (ward nurse) at 09:12.
Authorised: Dr [[PERSON|Owain Beddoe]]`,
  ],
  [
    'lab-report',
    `Dermatopathology report
Accession: [[MRN|SP26-058342]]   Patient: [[PERSON|Tamsin O'Rourke]]   DOB: [[DATE|02/17/1984]]   MRN: [[MRN|71094628]]
Site: left upper back skin ellipse.
Final dx — melanoma (superficial spreading subtype); Breslow thickness 0.6 mm; ulceration absent; excision margins free, nearest 4 mm.
Pathologist: [[PERSON|Gabriel Amsalem]], MD   Signed [[DATE|11/24/2026]]`,
  ],
  [
    'lab-report',
    `Fasting blood test — patient information
Stop eating at 10 pm on the evening before — plain water is allowed.
Your normal medicines can be taken as usual unless you were told not to; if you take insulin or gliclazide, ask for advice first.
Bring your blood test form and arrive ten minutes early. Your GP normally gets the result in about three working days.`,
  ],
  [
    'imaging-report',
    `MRI LUMBAR SPINE
Patient: [[PERSON|Cathal Brennock]]   Accession: [[MRN|RXH2611240067]]   DOB: [[DATE|05/05/1979]]
Indication: left L5 radiculopathy for 8 weeks.
Findings: Left paracentral L4/5 disc extrusion which displaces and compresses the left L5 root in the lateral recess. Mild facet arthropathy L5/S1.
Scan date: [[DATE|23/11/2026]]
Conclusion: L4/5 disc extrusion, consistent with symptoms.
Reported [[DATE|24/11/2026]] by Dr [[PERSON|Yusuf Ashraf]] (Consultant Radiologist)`,
  ],
  [
    'imaging-report',
    `ULTRASOUND ABDOMEN
Patient: [[PERSON|Raymond Okafor]]   Chart: [[MRN|WH-0418275]]   DOB: [[DATE|1963-08-19]]
Exam date: [[DATE|2026-11-24]]
Liver is bright and coarse, with an irregular nodular surface. The spleen measures 14.2 cm. No ascites. Portal vein hepatopetal.
Impression: cirrhotic-looking liver; splenomegaly.
Referring: Dr. [[PERSON|Lise Bergeron]]   Radiologist: Dr. [[PERSON|Anil Chaudhary]]`,
  ],
  [
    'imaging-report',
    `CT Pulmonary Angiogram
Patient: [[PERSON|Teresa Mancuso]]   Medicare: [[INSURANCE_ID|${medicare('51736820', '3')}]]   Exam no: [[MRN|QXR-7734102]]
Referrer: Dr [[PERSON|Callum Fenwick]], Toowong
Filling defects within segmental branches supplying the right lower lobe. RV:LV ratio 0.9. No infarct.
Conclusion: acute right lower lobe pulmonary emboli without right heart strain.
Findings telephoned to the referrer at 15:40 on [[DATE|24/11/2026]].
Dr [[PERSON|Serena Vidal]], Radiologist`,
  ],
  [
    'prescription',
    `NHS PRESCRIPTION
Patient: [[PERSON|Leonard Ashby]]   DOB [[DATE|30/05/1955]]   NHS [[INSURANCE_ID|${nhs('372916')}]]
Address: [[ADDRESS|Rose Cottage, 3 Mill Lane, Hartpury, Gloucester GL19 3BS]]
Apixaban 5mg tabs, 1 bd, supply 56
Bisoprolol 2.5mg tabs, 1 od, supply 28
Prescriber: Dr [[PERSON|Ruth Kendrick]]   Date: [[DATE|24/11/2026]]`,
  ],
  [
    'prescription',
    `PBS prescription
Patient: [[PERSON|Kiri Hohaia]]   Medicare: [[INSURANCE_ID|${medicare('41928357', '4')}]]
Address: [[ADDRESS|16 Wattle Grove, Mount Druitt NSW 2770]]   Ph: [[PHONE|(02) 5550 4829]]
Rx: Salbutamol 100 mcg inhaler, 2 puffs as needed, 1 inhaler, repeats 2
Rx: Budesonide/formoterol 200/6, 2 puffs twice daily, 1 inhaler, repeats 5
Dr [[PERSON|Adaeze Nwosu]]   [[DATE|24/11/2026]]`,
  ],
  [
    'prescription',
    `e-Prescription
Patient: [[PERSON|Beverly Strand]]   DOB: [[DATE|09/12/1948]]   Rx#: [[MRN|7731842]]
Phone: [[PHONE|(503) 555-0121]]
Levothyroxine 88 mcg — take one every morning, qty 90, RF x3
Atorvastatin 40 mg tab, 1 at bedtime, #90, refills 3
Send to: Hawthorne Pharmacy
Prescriber: [[PERSON|Luis Carranza]], NP   Date [[DATE|11/24/2026]]`,
  ],
  [
    'consent',
    `Consent (form 1): agreement to a procedure
Patient: [[PERSON|Fatima Zahra Benali]]   Hospital no: [[MRN|B6617290]]   DOB: [[DATE|21/02/1988]]   NHS: [[INSURANCE_ID|${nhs('714530')}]]
Procedure: keyhole removal of the gallbladder (lap chole); may need an open operation.
Risks we talked about: a bleed, wound or chest infection, leakage of bile, damage to the bile duct (about 1 in 500), clots in the legs.
Signed by patient: [[PERSON|F. Z. Benali]] on [[DATE|24/11/2026]]
Clinician: Mr [[PERSON|Nikhil Deshpande]], Consultant Surgeon`,
  ],
  [
    'consent',
    `Informed Consent — Cardiac Catheterization
Patient: [[PERSON|Thi Hoa Pham]]   MRN: [[MRN|52083417]]   DOB: [[DATE|06/02/1955]]
Risks, benefits and alternatives explained with the help of interpreter [[PERSON|Quang Le]] (Vietnamese, ID on file).
All her questions were answered; she agrees to possible PCI.
Signed: [[PERSON|Pham Thi Hoa]]   Witness: [[PERSON|Brianna Colt]], RN
Physician: [[PERSON|Jerome Whitaker]], MD   [[DATE|11/24/2026]] 14:05`,
  ],
  [
    'consent',
    `Trial consent, last page
Study: Early mobilisation after hip fracture surgery (multicentre)
Participant ID: [[MRN|EMH-017-0294]]   Initials: [[PERSON|R.T.M.]]
I agree to take part and for my GP to be informed.
Participant: [[PERSON|Rosalind Mayhew]], aged [[AGE|91]], signed [[DATE|24/11/2026]]
Consent taken by: [[PERSON|Imogen Farrar]], Research Nurse, [[PHONE|0117 496 0843]]`,
  ],
  [
    'billing',
    `Billing statement — issued [[DATE|11/24/2026]]
Responsible party: [[PERSON|Lorraine Beckett]]   Patient: [[PERSON|Tyler Beckett]]   Account no: [[MRN|A00741862]]
Service date [[DATE|10/30/2026]]: ED visit, X-ray forearm, splint   Charges $1,842.00   Insurance paid $1,311.40   Balance $530.60
Insurance member ID: [[INSURANCE_ID|UHC908274451]]
Paid by card [[BANK_CARD|${spaced(luhn('451201873406152'))}]] on [[DATE|11/20/2026]]
Mail to: [[ADDRESS|915 Sycamore Court, Lexington, KY 40503]]`,
  ],
  [
    'billing',
    `TAX INVOICE — Harbourside Podiatry
Patient: [[PERSON|Noeline Frampton]]   Medicare: [[INSURANCE_ID|${medicare('62047193', '1')}]]
Date: [[DATE|24/11/2026]]   Item 10962 (CDM podiatry)   $75.00   Medicare rebate $58.30
Paid by Visa [[BANK_CARD|${spaced(luhn('403612759012846'))}]]
Invoice INV-26-3318 (not a receipt)
Phone: [[PHONE|(02) 5550 3094]]
Address for correspondence: [[ADDRESS|3/27 Pacific Parade, Dee Why NSW 2099]]`,
  ],
  [
    'billing',
    `Estimate of charges (self-funding patient)
Patient: [[PERSON|Oluwaseun Fashola]]   Hospital no: [[MRN|PP-0046193]]
Procedure: Right knee arthroscopy, planned [[DATE|8 January 2027]]
Insurer: none (self-funding)   Deposit £1,500.00 due by [[DATE|18 December 2026]]
Email: [[EMAIL|seun.fashola@example.co.uk]], mob [[PHONE|07700 900389]]
Car park permit for vehicle [[PLATE|LK71 VHP]] on the day of surgery.
Prepared by [[PERSON|Harriet Coombes]]`,
  ],
  [
    'online-consult',
    `eConsult form — sent from the practice website
Name: [[PERSON|Jodie Marsh-Kettle]]   DOB: [[DATE|15/09/1990]]   NHS: [[INSURANCE_ID|${nhs('825064')}]]
Email: [[EMAIL|jodie.mk@example.org.uk]]
Q: What is the problem? — Burning when passing urine since Saturday, no temperature, not pregnant.
Q: Preferred contact? — text to [[PHONE|07700 900468]] after 12:00.
Triage outcome: pharmacy first pathway, reviewed by Dr [[PERSON|Nadia Hussein]].`,
  ],
  [
    'online-consult',
    `Video visit (behavioral health)
Name: [[PERSON|Cody Ravensworth]]   MRN [[MRN|E9028417]]   Visit [[DATE|11/24/2026]]
Join URL: [[URL|https://vv.example.com/room/7Hq2LxV9]]   Patient IP: [[IP|2001:db8:51a0::2c]]
Portal username: [[ACCOUNT|cody.rw94]]. Located at home in Colorado (confirmed). Follow-up of ADHD on lisdexamfetamine 40 mg; appetite down, sleep fine. BP from home cuff 122/78.
Plan: continue; PDMP checked.
[[PERSON|Megan Oyelowo]], PMHNP`,
  ],
  [
    'online-consult',
    `Teleconsultation — video
Patient: [[PERSON|Rajesh s/o Muthusamy]]   NRIC: [[ID_CARD|${nric('S', '6204518')}]]
Session URL: [[URL|https://vc.example.sg/s/KX40217]]   Client IP: [[IP|198.51.100.94]]
Review of home BP readings and diabetes; metformin continued; HbA1c due.
Medication to be delivered to [[ADDRESS|Blk 6 Tanjong Pagar Plaza #14-22 Singapore 081006]]
Doctor: Dr [[PERSON|Tan Shu Ting]]`,
  ],
  [
    'patient-message',
    `From: [[ACCOUNT|brendan.okoye77]] (patient portal)
To: Dr. [[PERSON|Hollister]]
Subject: Lab results
Hi Dr. [[PERSON|Hollister]], I saw my A1c came back at 7.9. Should I increase the Ozempic to 1 mg like we talked about? I'm on vacation until [[DATE|December 2]] so a message is easier than a visit. My MRN is [[MRN|40718352]].
Thanks,
[[PERSON|Brendan Okoye]]`,
  ],
  [
    'patient-message',
    `From: [[EMAIL|g.thorburn@example.co.uk]]
To: PALS office
Subject: My father, [[PERSON|Alec Thorburn]]
My father is [[AGE|91]] and was discharged from Ward 22 on [[DATE|20 November]] without his hearing aids, which are still on the ward. His hospital number is [[MRN|RH7204185]]. Could someone post them to [[ADDRESS|12 Glebe Street, Falkirk FK1 1HX]]?
[[PERSON|Gillian Thorburn]], [[PHONE|01632 960 735]]`,
  ],
  [
    'patient-message',
    `WhatsApp — clinic enquiries line
[[PHONE|+60 17-305 8241]]: Hi doc, this is [[PERSON|Faridah]], mother of [[PERSON|Muhammad Irfan bin Zulkifli]]. His fever is gone but rash on the body started today. Still need to come back?
Clinic: Hello Puan [[PERSON|Faridah]], a rash after fever settles is common in roseola. If he is playful and drinking, no need. Please send a photo.
[[PHONE|+60 17-305 8241]]: Ok thank you!`,
  ],
  [
    'family-chat',
    `Family — Nana's birthday
[[PERSON|Ciara]]: Nana is [[AGE|ninety-two]] on Friday and still ordering the nurses about in St. Finbarr's
[[PERSON|Donal]]: ha. I'll collect her Saturday, I'm in the van, reg [[PLATE|192-C-30748]]
[[PERSON|Ciara]]: She says bring the good cardigan. Room [[MRN|14]]
Aunty [[PERSON|Mairéad]]: Ring me after, [[PHONE|087 613 2049]]`,
  ],
  [
    'family-chat',
    `Mum hospital group
[[PERSON|Tash]]: Mum's been moved to ward 4B, bed [[MRN|18]]
[[PERSON|Jono]]: I'll bring the car around 6, silver Corolla [[PLATE|DT63KW]], park on Level 2
[[PERSON|Tash]]: Dr [[PERSON|Perera]] said her sodium's better, maybe home by Friday the [[DATE|27th]]
[[PERSON|Jono]]: legend, thanks`,
  ],
  [
    'family-chat',
    `Travel for Dad's surgery
[[PERSON|Priya M]]: Flights to Vancouver are booked. Passport numbers for the insurer please
[[PERSON|Dev Mehta]]: Mine is [[PASSPORT|HK473910]]
[[PERSON|Priya M]]: Dad's is [[PASSPORT|GA286154]], mine [[PASSPORT|AN902731]]
[[PERSON|Dev Mehta]]: Surgery is [[DATE|Jan 12]] with Dr [[PERSON|Sandhu]]
[[PERSON|Priya M]]: I'll send Dadaji's health card to the clinic too. Clinic line is [[PHONE|604-555-0172]]`,
  ],
  [
    'sms-reminder',
    `NHS: Flu and COVID jabs can be booked now at your GP or a local pharmacy if you are 65+, pregnant or have a long-term illness. Please don't reply to this text.`,
  ],
  [
    'sms-reminder',
    `Kia ora [[PERSON|Rāwiri]], you're booked with Dr [[PERSON|Simone Patel]] on [[DATE|Wed 25 Nov]] at 9:40am at [[ADDRESS|221 Great South Road, Manurewa]]. To change: [[URL|https://book.example.co.nz/a/RW8841]] or call [[PHONE|09 269 4418]].`,
  ],
  [
    'sms-reminder',
    `Oakridge Pharmacy: Hi [[PERSON|ANGELA]], Rx [[MRN|6640172]] is ready for pickup at [[ADDRESS|3120 Oak Ridge Blvd, Tulsa, OK 74133]]. Questions? [[PHONE|(918) 555-0113]]. Reply STOP to opt out.`,
  ],
  [
    'cyclic-vomiting-clinic',
    `Paediatric Gastroenterology — clinic letter
Re: [[PERSON|Isla Donnachie]], DOB [[DATE|11/06/2017]], NHS [[INSURANCE_ID|${nhs('147382')}]]
Seen with mum [[PERSON|Kirsty]] on [[DATE|24/11/2026]]. Stereotyped episodes of vomiting every 4–6 weeks since age 6, each lasting 36–48 h with pallor and lethargy, well between episodes. Normal growth; MRI brain and upper GI contrast normal.
Home: [[ADDRESS|27 Craigton Crescent, Peterhead AB42 2QR]].
Diagnosis: cyclic vomiting syndrome. Family history of migraine (dad, [[PERSON|Euan]]).
Plan: pizotifen 0.5 mg at night; abortive plan with ondansetron; emergency letter for school and ED.
Dr [[PERSON|Marianne Hulme]], Consultant`,
  ],
  [
    'cyclic-vomiting-clinic',
    `ED Provider Note — [[DATE|11/24/2026]] 04:20
[[PERSON|Jasmine Okonkwo-Reyes]], 24F, MRN [[MRN|66120493]], known cyclic vomiting syndrome (GI: Dr. [[PERSON|Feinberg]]), presents with her typical episode: 30+ emeses since midnight, abdominal pain, hot-shower seeking absent. Denies cannabis; UDS negative.
Na 134, K 3.3, bicarb 19, lipase normal.
Treated per her care plan: dark quiet room, IV fluids with dextrose, ondansetron 8 mg, lorazepam 1 mg, sumatriptan 6 mg SC.
Boyfriend [[PERSON|Trey]] at bedside, [[PHONE|(267) 555-0191]].
[[PERSON|Aaron Leibowitz]], MD`,
  ],
  [
    'cyclic-vomiting-clinic',
    `Cyclic vomiting syndrome — plan for school
During an episode your child may look pale, feel very sick and want to lie still in a dim room.
If the early signs start at school, call the parent or carer on the number in the school file and give the rescue medicine in the plan, if one has been agreed.
Do not send the child home alone. Call an ambulance if they cannot stay awake, vomit blood or have not passed urine for 12 hours.`,
  ],
  [
    'pudendal-neuralgia-clinic',
    `Pelvic Pain Clinic — letter
Re: [[PERSON|Sophie Brightwell]], hospital no. [[MRN|RLH5207719]], DOB [[DATE|27/03/1986]], NHS [[INSURANCE_ID|${nhs('690531')}]]
Burning perineal pain for 2 years, worse with sitting and better lying down, not waking her at night; four of five Nantes criteria. Previous cycling ~150 km/week.
Plan: CT-guided left pudendal nerve block on [[DATE|15 December]]; physio for the pelvic floor with [[PERSON|Ruth Ogundipe]]; pregabalin to 150 mg bd.
Husband [[PERSON|Tom]] asked about driving after the block: advised not that day.
Dr [[PERSON|Farhan Qureshi]], Consultant in Pain Medicine`,
  ],
  [
    'pudendal-neuralgia-clinic',
    `Physiotherapy — pelvic health, session 3
Client: [[PERSON|Bronwyn Tait]]   Medicare: [[INSURANCE_ID|${medicare('23591864', '2')}]]   Date: [[DATE|24/11/2026]]
Pudendal neuralgia (left), post block [[DATE|10/11/2026]]. Sitting tolerance up from 10 to 25 min with a cut-out cushion.
Internal assessment: left obturator internus tender, levator ani overactive. Downtraining and relaxation, home program updated.
Next session: [[DATE|8/12/2026]]
Physio: [[PERSON|Leah Marchetti]]   Ph [[PHONE|(03) 5550 8126]]`,
  ],
  [
    'pudendal-neuralgia-clinic',
    `Living with pudendal neuralgia — sitting tips
Use a cushion with a cut-out or two rolled towels under the thighs so nothing presses between the sit bones.
Stand up every 20 minutes; a standing desk or kneeling chair can help at work.
Avoid cycling and long car journeys while pain is flaring. Constipation makes the pain worse, so aim for a soft stool every day.
Your team can advise on physiotherapy, medicines and nerve blocks.`,
  ],
  [
    'urethral-stricture-clinic',
    `Urology Clinic — Reconstructive
Patient: [[PERSON|Terrence Boudreaux]]   MRN: [[MRN|30917462]]   DOB: [[DATE|04/27/1969]]
Bulbar urethral stricture after straddle injury at age 19; 4 prior dilations, last [[DATE|August 2026]]. Qmax 5 mL/s, PVR 180 mL.
RUG/VCUG: 2.8 cm bulbar stricture. Plan: buccal mucosal graft urethroplasty on [[DATE|12/9/2026]].
Medicaid member ID [[INSURANCE_ID|LA7720419863]]
Partner [[PERSON|Denise Batiste]] [[PHONE|(504) 555-0117]]
[[PERSON|Claire Thibodeaux]], MD`,
  ],
  [
    'urethral-stricture-clinic',
    `Discharge — Urology Ward
Patient: [[PERSON|Gethin Llewellyn-Rees]]   NHS No: [[INSURANCE_ID|${nhs('258417')}]]   Hosp no: [[MRN|CV1184302]]
Buccal graft urethroplasty [[DATE|20/11/2026]]. Home [[DATE|24/11/2026]] with urethral catheter.
Pericatheter urethrogram and trial without catheter booked [[DATE|15/12/2026]], Urology Day Unit.
District nurses asked to check catheter and mouth graft site. Contact Urology nurse specialist [[PERSON|Catrin Pugh]] on [[PHONE|029 2018 0934]].
Consultant: Mr [[PERSON|Iwan Prosser]]`,
  ],
  [
    'urethral-stricture-clinic',
    `Uroflow clinic — follow-up
Name: [[PERSON|Zeeshan Qadri]]   OHIP: [[INSURANCE_ID|${ohip('482091736')}]] TC   DOB: [[DATE|1958-12-03]]
One year after urethroplasty. Qmax 19 mL/s, voided 310 mL, PVR 25 mL. Flow curve bell-shaped. IPSS 5.
No further imaging needed; repeat flow in 12 months. Phone: [[PHONE|416-555-0108]]
Address: [[ADDRESS|402-77 Wellesley Street East, Toronto, ON M4Y 1H7]]
Dr. [[PERSON|Marta Kovač]], Urology`,
  ],
  [
    'gitelman-clinic',
    `Renal Genetics Clinic — letter to GP
Re: [[PERSON|Niamh Ó Cearbhaill]], DOB [[DATE|30/08/1998]], NHS [[INSURANCE_ID|${nhs('037264')}]]
Gitelman syndrome confirmed: two SLC12A3 variants (sample [[MRN|GEN26-07952]]). K 2.8, Mg 0.51, urinary calcium low, normotensive.
Plan: Sando-K 2 tablets tds, magnesium glycerophosphate 8 mmol bd; avoid QT-prolonging drugs.
Her brother [[PERSON|Cian Ó Cearbhaill]] has been offered a genetic test.
She is planning a pregnancy; preconception review with obstetric medicine (Dr [[PERSON|Ama Boateng]]).
Dr [[PERSON|Hugh Tregarthen]], Consultant Nephrologist`,
  ],
  [
    'gitelman-clinic',
    `Nephrology Outpatient Report
Patient: [[PERSON|Mariam Al Suwaidi]]   Emirates ID: [[ID_CARD|${emirates('1997', '4062815')}]]   File no: [[MRN|DXB-2611-0732]]
Visit date: [[DATE|24/11/2026]]
Salt craving, fatigue and muscle cramps since adolescence; K 3.0, Mg 0.58, renin high, aldosterone high. Genetic result pending.
Potassium chloride SR 1200 mg twice daily; magnesium oxide 400 mg twice daily.
Contact: [[PHONE|+971 50 418 2675]], [[EMAIL|m.alsuwaidi@example.ae]]
Consultant: Dr [[PERSON|Khalid Mansour]]`,
  ],
  [
    'gitelman-clinic',
    `Portal message
From: [[ACCOUNT|kwamena.mensah]]
Hi Dr. [[PERSON|Reyes]], the lab called about my potassium (2.6). I have Gitelman and I've been sick with diarrhea since Saturday so I couldn't keep the K-Dur down. Do I need to go to the ER? My cardiologist Dr. [[PERSON|Lindqvist]] said to watch for palpitations and I have a few.
[[PERSON|Kwamena Mensah]], DOB [[DATE|01/19/1990]], MRN [[MRN|90263147]]`,
  ],
];

export function generateDeidHoldout54(): LabelledRecord[] {
  return holdoutRecords('h54', zh, en);
}

export const DEID_HOLDOUT_54_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/labelled/deid-holdout-54.jsonl',
);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const records = generateDeidHoldout54();
  writeFileSync(DEID_HOLDOUT_54_PATH, renderJsonl(records));
  console.log(`wrote ${records.length} records to ${DEID_HOLDOUT_54_PATH}`);
}
