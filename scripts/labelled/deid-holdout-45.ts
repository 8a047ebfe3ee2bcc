import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chi, emirates, hkid, luhn, medicare, nhi, nhs, ohip, rid, spaced } from './check-digits.ts';
import { holdoutRecords, type LabelledRecord, renderJsonl } from './generate-deid.ts';

/**
 * The ROUND-45 fresh held-out de-identification set (data/labelled/deid-holdout-45.jsonl): 120
 * hand-written snippets (60 Chinese, 60 English) with hand-placed spans, marked inline as [[TYPE|text]]
 * (parseMarked strips the marks and records UTF-16 offsets). Written by a separate, blind annotator who
 * did not read the recognizer code, the lexicons, the name model, the registry, the regex gate, the
 * bench or the docs, read no earlier snippet beyond the first three of round 44, and never ran a
 * recognizer, the guard or the CLI on these snippets; it must not be used to adjust the recognizers.
 *
 * About four fifths are the everyday documents of a general hospital and the messages of its patients
 * (admission, progress and discharge notes, outpatient notes and dialogues, referrals, handovers,
 * nursing notes, lab and imaging reports, prescriptions, consent, billing papers, online
 * consultations, patient messages, family chats and SMS reminders), in new wording; a fifth come from
 * four settings no earlier card names: tuberous sclerosis clinics, hip dysplasia (DDH) clinics,
 * leprosy (Hansen's disease) clinics and intestinal failure / home parenteral nutrition clinics.
 *
 * Identifiers are synthetic and computed below from hand-chosen parts: 18-digit resident IDs get their
 * GB 11643 check character from a region code, birth date and sequence chosen to agree with the text
 * (the last sequence digit odd for men, even for women); 15-digit IDs are typed from region code, birth
 * date and sex digit; bank cards and Ontario health numbers get a Luhn digit; NHS numbers are in the
 * 999 test range with their modulus-11 digit; the Scottish CHI number starts with the birth date and
 * carries its modulus-11 digit; Australian Medicare numbers get their check digit and an issue digit;
 * NZ NHIs and the Hong Kong identity card get their check characters; the Emirates ID gets its Luhn
 * digit; the US MBI follows the published character pattern. Phones are random mainland numbers or
 * fictional ranges (North American 555-01xx, UK 07700 900xxx and 01632 960xxx, Australian 0491 57x
 * xxx); mail and web hosts are example.*; IP addresses come from the documentation ranges.
 *
 * Span conventions are those of data/labelled/deid-holdout-44.card.yaml (and the earlier cards it
 * refers to); the decisions new in this round are stated in data/labelled/deid-holdout-45.card.yaml.
 */

const zh: Array<[string, string]> = [
  [
    'admission',
    `神经内科入院记录
姓名：[[PERSON|司马兰芝]]　性别：女　年龄：[[AGE|91]]岁　民族：汉
住院号：[[MRN|N2611-0372]]　床号：[[MRN|12]]
身份证号：[[ID_CARD|${rid('330106', '19350817', '142')}]]
医保卡号：[[INSURANCE_ID|33010026H0418827]]
现住址：[[ADDRESS|杭州市西湖区文三路388号钱江苑5幢1单元402室]]
入院日期：[[DATE|2026年11月23日]]
主诉：突发右侧肢体无力3小时。NIHSS 6分，血压168/92mmHg，发病时间明确，已行静脉溶栓。
联系人：女儿[[PERSON|郑慧敏]]　[[PHONE|159 6813 2047]]`,
  ],
  [
    'admission',
    `产科入院记录
患者[[PERSON|杨阿略]]，女，苗族，27岁，G2P1，孕39+4周，因"规律宫缩4小时"于[[DATE|11月24日]]凌晨2时由丈夫[[PERSON|潘志勇]]送入院。末次月经[[DATE|2026年2月20日]]，预产期[[DATE|2026年11月27日]]。
身份证 [[ID_CARD|${rid('522601', '19990614', '268')}]]　住院号 [[MRN|CK0419263]]
家住[[ADDRESS|凯里市三棵树镇南门村4组17号]]，患者汉语一般，由丈夫翻译。丈夫电话 [[PHONE|18785031964]]。
宫口开3cm，胎心142次/分，头位。`,
  ],
  [
    'admission',
    `急诊留观转入院：[[PERSON|皇甫德昌]]，男，[[AGE|九十五]]岁，[[DATE|11月23日]]夜间如厕时跌倒致左髋疼痛、不能站立，X线示左股骨颈骨折（Garden Ⅲ型）。既往房颤，口服华法林3mg qd，INR 2.4。旧身份证号[[ID_CARD|110102311009041]]，医保个人编号[[INSURANCE_ID|110000106473229]]。住[[ADDRESS|北京市西城区白纸坊东街23号院6号楼3门201]]。住院号[[MRN|0629813]]，骨科[[MRN|22]]床。联系人：孙女[[PERSON|皇甫若溪]]，[[PHONE|010-6618 3052]]。`,
  ],
  [
    'progress-note',
    `日常病程记录　[[DATE|2026-11-24]] 08:40
患者[[PERSON|独孤明远]]，男，64岁，住院号[[MRN|71830546]]，[[MRN|18]]床，2型糖尿病足（Wagner 3级）清创术后第4天。创面肉芽新鲜，渗液减少，血糖波动于7.2–11.4mmol/L。今日[[PERSON|钟]]主任查房：继续负压引流，[[DATE|11月27日]]拟行植皮术。已与其妻[[PERSON|岑雪梅]]（[[PHONE|13605772918]]）沟通并签字。
记录医师：[[PERSON|陶砚秋]]`,
  ],
  [
    'progress-note',
    `病程记录（[[DATE|11月23日]]下午）
[[MRN|6]]床[[PERSON|次仁央宗]]，女，藏族，52岁，身份证号[[ID_CARD|${rid('540102', '19740303', '226')}]]，高原红细胞增多症合并肺部感染。Hb 212g/L，SpO2 86%（鼻导管吸氧2L/min）。患者只会藏语，由侄子[[PERSON|格桑曲扎]]翻译病情。今日静脉放血300ml，过程顺利，无头晕。7床空床备用。病案号[[MRN|XZ-2026-10338]]。`,
  ],
  [
    'progress-note',
    `阶段小结
患者[[PERSON|玄顺玉]]，女，朝鲜族，79岁，因"重症肺炎、Ⅱ型呼吸衰竭"于[[DATE|2026年11月10日]]入住RICU，[[DATE|11月12日]]气管插管，[[DATE|11月19日]]拔管改无创通气，现转入呼吸科[[MRN|27]]床继续治疗。PaCO2由78降至52mmHg，痰培养肺炎克雷伯菌。
住院号：[[MRN|R0088152]]；医保号：[[INSURANCE_ID|22240108317702]]；主管医师：[[PERSON|南宫言]]；家属：儿子[[PERSON|崔哲洙]]，[[PHONE|13904337815]]
现住址：[[ADDRESS|延吉市河南街道光明街169号2单元301]]`,
  ],
  [
    'discharge',
    `出院小结
姓名：[[PERSON|海玉琴]]　性别：女　年龄：68岁　民族：回族
住院号：[[MRN|20261108-447]]　入院：[[DATE|2026-11-08]]　出院：[[DATE|2026-11-24]]
出院诊断：1. 胆总管结石伴急性胆管炎 2. 2型糖尿病
诊疗经过：[[DATE|11月10日]]行ERCP取石术，术后CRP由96降至14mg/L，胆红素恢复正常。
出院医嘱：熊去氧胆酸250mg tid；[[DATE|12月8日]]来院复查肝功能。
随访电话：[[PHONE|0951-5087326]]（儿子[[PERSON|海东]]）`,
  ],
  [
    'discharge',
    `儿科出院记录
患儿[[PERSON|澹台一诺]]（小名"[[PERSON|糯团]]"），男，3岁2个月，住院号[[MRN|P26-507391]]，因"热性惊厥、急性扁桃体炎"于[[DATE|11月19日]]入院，[[DATE|11月23日]]出院。体温最高39.6℃，惊厥持续约2分钟，脑电图未见异常。
出院带药：布洛芬混悬液5ml prn（体温>38.5℃）。
父亲[[PERSON|澹台锐]]　[[PHONE|186-2173-0598]]　邮箱[[EMAIL|dantai.rui@example.cn]]`,
  ],
  [
    'discharge',
    `出院证明书
兹证明[[PERSON|公冶恒]]，男，45岁，身份证号[[ID_CARD|${rid('440305', '19810203', '351')}]]，深圳社保电脑号[[INSURANCE_ID|613288407]]，于[[DATE|2026年11月16日]]至[[DATE|2026年11月24日]]在我院骨科住院9天，住院号[[MRN|G-716058]]。
诊断：右胫骨平台骨折（已行切开复位内固定术）。
建议：患肢不负重6周，全休8周，术后[[DATE|2027年1月]]复查X线。
经治医师：[[PERSON|闻人砚]]　开具日期：[[DATE|2026-11-24]]`,
  ],
  [
    'outpatient',
    `（泌尿外科门诊对话录音整理）
医生：老人家叫什么名字？
患者：[[PERSON|钟离守仁]]。
医生：今年多大年纪了？
患者：[[AGE|九十四]]了，[[DATE|民国二十年腊月初八]]生的。
家属（儿媳）：他耳朵背，我来说吧。门诊号是[[MRN|MZ00391527]]，我手机[[PHONE|13587204196]]。
医生：哪里不舒服？
家属：这两周晚上起夜五六次，尿不干净，有时候尿裤子。
医生：先查个泌尿系B超和PSA，残余尿也测一下，单子给您。`,
  ],
  [
    'outpatient',
    `皮肤科门诊病历
[[PERSON|古丽娜尔·艾买提]]　女　16岁　门诊号[[MRN|0017729405]]　就诊日期[[DATE|2026-11-24]]
主诉：面部丘疹、脓疱反复2年。
查体：额部及双颊炎性丘疹、脓疱，无结节囊肿。
诊断：寻常痤疮（中度）。
处理：阿达帕林凝胶外用qn，多西环素100mg qd×6周，避光。
监护人：母亲[[PERSON|阿依努尔·卡德尔]]　[[PHONE|138 9912 4067]]
地址：[[ADDRESS|乌鲁木齐市天山区解放南路277号金桥小区9栋2单元502]]`,
  ],
  [
    'outpatient',
    `高血压门诊复诊　[[DATE|11月24日]]
[[PERSON|余晖]]，男，57岁，出租车司机，就诊卡号[[MRN|KH3372180]]。高血压3年，氨氯地平5mg qd，今测血压138/86mmHg，心率72次/分。自述夜班多、作息不规律。车牌[[PLATE|浙A·D82715]]（来院停车登记），手机[[PHONE|13757120683]]。
医嘱：继续原方案，低盐饮食，[[DATE|12月22日]]复诊时带家庭血压记录。`,
  ],
  [
    'referral',
    `双向转诊单（上转）
患者：[[PERSON|呼延春燕]]，女，48岁，身份证号[[ID_CARD|${rid('141002', '19780322', '406')}]]
城乡居民医保号：[[INSURANCE_ID|141002A2026077315]]
转出单位：尧都区西关社区卫生服务中心
转入单位：市第一人民医院乳腺外科
病情摘要：自检发现左乳肿块1月，B超示左乳外上象限低回声结节22×16mm，BI-RADS 4B。
家属：丈夫[[PERSON|贺建军]]，[[PHONE|15935716028]]
转诊医生：[[PERSON|卜玉洁]]　[[DATE|2026年11月24日]]`,
  ],
  [
    'referral',
    `儿童保健科转诊介绍信
[[PERSON|赫连小暖]]，女，出生日期[[DATE|2026年3月15日]]，出生医学证明编号[[ID_CARD|Q650217843]]。8月龄体检时闻及胸骨左缘2/6级收缩期杂音，生长发育正常，未做心超。
现介绍至贵院小儿心脏科进一步检查。
母亲：[[PERSON|再努尔古丽·吐拉洪]]　电话[[PHONE|18699170352]]
家庭住址：[[ADDRESS|昌吉市北京南路65号天润小区3-1-801]]
介绍医生：[[PERSON|祁连]]　[[DATE|11月24日]]`,
  ],
  [
    'referral',
    `院内会诊申请单
申请科室：眼科　患者：[[PERSON|梁丘芷汀]]，女，31岁，住院号[[MRN|Y0054128]]，[[MRN|5]]床
病情摘要：头痛2月，双眼视乳头水肿，视野生理盲点扩大，BMI 33，头颅MRI未见占位。患者电话[[PHONE|19941286057]]。
会诊目的：请神经内科协助排除特发性颅内高压，评估是否需腰穿测压。
申请医师：[[PERSON|麦冬青]]　申请时间：[[DATE|2026-11-24]] 10:20`,
  ],
  [
    'handover',
    `（夜班口头交班录音转写）
[[MRN|三]]床[[PERSON|司徒蕙]]……[[PERSON|司徒蕙蓉]]，胆囊切除术后第一天，引流三十毫升，淡血性，夜里睡得还行。[[MRN|五]]床[[PERSON|喻家豪]]，糖尿病酮症，胰岛素泵每小时四个单位，凌晨血糖十四点二，六点复测九点八。六床今天出院了，空着。[[MRN|八]]床[[PERSON|冷月]]，[[AGE|九十一]]岁，凌晨三点有点烦躁，给了奥氮平二点五毫克，后来睡着了，她儿子[[PERSON|冷建华]]上午会来。`,
  ],
  [
    'handover',
    `SBAR交接（急诊→CCU）
S：[[PERSON|亓官振华]]，男，66岁，急诊号[[MRN|JZ0386127455]]，住院号[[MRN|C7752904]]，急性下壁心梗，[[DATE|11月24日]]05:12到院，06:05完成急诊PCI（右冠支架1枚）。
B：高血压、吸烟40年。妻子[[PERSON|龚桂芝]]陪同，电话[[PHONE|13307416592]]。
A：HR 58次/分，BP 104/66mmHg，右桡动脉穿刺处无渗血。
R：CCU [[MRN|4]]床已备，请监测心律，术后6小时复查肌钙蛋白。
交班：[[PERSON|尤栖梧]]　接班：[[PERSON|戚晓冬]]`,
  ],
  [
    'handover',
    `骨科病区护理交接班本　[[DATE|2026-11-24]]　白班→小夜班
床号｜姓名｜交接要点
[[MRN|31]]｜[[PERSON|端木清扬]]｜右全膝置换术后第2天，CPM 0–70°，镇痛泵余量30ml
[[MRN|32]]｜[[PERSON|汤蔓蔓]]｜左桡骨远端骨折石膏固定，手指血运好
33｜—｜空床
[[MRN|35]]｜[[PERSON|覃]]阿婆｜髋部骨折保守治疗，骶尾部Ⅰ期压红，2小时翻身
交班护士：[[PERSON|岳晚晴]]　接班护士：[[PERSON|米穗]]`,
  ],
  [
    'nursing-note',
    `护理记录单
姓名：[[PERSON|屈秋生]]　床号：[[MRN|42]]　住院号：[[MRN|H3870451]]　年龄：[[AGE|97]]岁
[[DATE|11-23]] 22:00 患者夜间躁动，试图拔除尿管，遵医嘱予约束带保护性约束，已电话告知女儿[[PERSON|屈红]]（[[PHONE|0731-8452 9016]]）并取得同意。
[[DATE|11-24]] 02:00 约束部位皮肤完好，末梢循环好。Braden评分11分，每2小时翻身。
护士：[[PERSON|边琳]]`,
  ],
  [
    'nursing-note',
    `新生儿科护理记录
[[PERSON|芮静雯]]之子，男，日龄4天，住院号[[MRN|XS26-2088]]，蓝光箱[[MRN|2]]号。经皮胆红素15.2mg/dl，继续光疗，双眼及会阴遮盖好。母乳喂养，母亲在产科[[MRN|17]]床，每3小时送奶一次。父亲[[PERSON|邝立]]电话[[PHONE|137-9821-4065]]。
[[DATE|2026年11月24日]]　护士[[PERSON|祖青]]`,
  ],
  [
    'nursing-note',
    `居家护理上门记录
服务对象：[[PERSON|钱稻香]]，女，[[AGE|90]]岁，长护险号[[INSURANCE_ID|CH3201020188476]]
上门地址：[[ADDRESS|南京市秦淮区中华路178号院内2号楼501]]
日期：[[DATE|2026-11-24]] 14:30–15:20
骶尾部Ⅲ期压疮3.0×2.5cm，予清创、藻酸盐敷料覆盖，教会照护者翻身垫枕。照护者：保姆[[PERSON|苗桂英]]，[[PHONE|18951603742]]。
下次上门：[[DATE|11月27日]]　护士：[[PERSON|吕晓禾]]`,
  ],
  [
    'lab-report',
    `检验报告单
姓名：[[PERSON|拓跋云舒]]　性别：女　年龄：34岁　科别：内分泌科门诊
标本号：[[MRN|2611240318]]　门诊号：[[MRN|M7720416]]　采样时间：[[DATE|2026-11-24]] 08:12
项目　结果　参考区间
FT3　9.8 pmol/L ↑　3.1–6.8
FT4　28.4 pmol/L ↑　12–22
TSH　<0.005 mIU/L ↓　0.27–4.2
TRAb　12.6 IU/L ↑　<1.75
检验者：[[PERSON|巩立新]]　审核者：[[PERSON|郦红]]`,
  ],
  [
    'lab-report',
    `病理诊断报告书
病理号：[[MRN|P2026-18357]]　住院号：[[MRN|Z4407621]]　床号：[[MRN|9]]
姓名：[[PERSON|漆雕远山]]　男　61岁
送检日期：[[DATE|2026-11-19]]　报告日期：[[DATE|2026-11-24]]
标本：（胃窦）内镜黏膜下剥离标本，4.2×3.1cm
诊断：高级别上皮内瘤变，局灶癌变（黏膜内癌），水平及垂直切缘阴性，脉管未见侵犯。
报告医师：[[PERSON|凤兰心]]`,
  ],
  [
    'lab-report',
    `24小时尿标本留取须知
1. 早上7点排尿后弃去，此后24小时内的尿液全部留入容器，次日早上7点最后一次排尿也要留入。
2. 容器内已加防腐剂，请勿倒掉，避免接触皮肤。
3. 留尿期间正常饮水，不要刻意多喝。
4. 留完后混匀，量出总尿量写在化验单上，取约10ml送检验科。
如有疑问请咨询病区护士站。`,
  ],
  [
    'imaging-report',
    `CT检查报告
检查号：[[MRN|CT73018846]]　姓名：[[PERSON|申屠秋白]]　性别：男　年龄：72岁
住院号：[[MRN|0391864]]　医保卡号：[[INSURANCE_ID|37010083225671X]]　检查日期：[[DATE|2026-11-24]]
检查项目：胸部低剂量CT
影像所见：右肺上叶尖段见一混合磨玻璃结节，大小约14×11mm，实性成分约6mm，边缘见分叶及毛刺。与[[DATE|2025年10月]]片比较，实性成分增大。
诊断意见：右肺上叶混合磨玻璃结节，较前进展，建议MDT讨论。
报告医师：[[PERSON|靳曦]]　审核医师：[[PERSON|阎宝山]]`,
  ],
  [
    'imaging-report',
    `MRI检查报告（左膝关节）
姓名：[[PERSON|措姆吉]]　女　23岁　检查号：[[MRN|MR0087315]]　影像号：[[MRN|IMG-4491027]]
就诊卡号：[[MRN|9012003847562]]　检查时间：[[DATE|2026年11月23日]]
所见：前交叉韧带连续性中断，断端呈波浪状；内侧半月板后角见达关节面的线样高信号；股骨外侧髁骨挫伤。
印象：左膝前交叉韧带完全撕裂；内侧半月板后角Ⅲ度损伤。`,
  ],
  [
    'imaging-report',
    `超声心动图报告
[[PERSON|司马长风]]　男　[[AGE|93]]岁　超声号：[[MRN|UCG-5530-874]]　住院号：[[MRN|LN6209174]]　病区：老年科[[MRN|16]]床
检查日期：[[DATE|2026.11.24]]
LVEF 38%，左室舒张末内径62mm，二尖瓣中度反流，肺动脉收缩压48mmHg。
结论：全心扩大，左室收缩功能减低，二尖瓣中度关闭不全。
检查者：[[PERSON|潘晓]]`,
  ],
  [
    'prescription',
    `处方笺（普通）
费别：职工医保　医保号：[[INSURANCE_ID|4201002613688597]]
姓名：[[PERSON|柯晓鸥]]　性别：女　年龄：39岁　门诊号：[[MRN|MZ26-0558102]]
临床诊断：缺铁性贫血；月经过多
Rp：
多糖铁复合物胶囊 150mg×30粒　sig：150mg qd
维生素C片 0.1g×100片　sig：0.1g tid
医师：[[PERSON|聂远澜]]　日期：[[DATE|2026-11-24]]　处方编号：[[MRN|CF8830174526]]`,
  ],
  [
    'prescription',
    `麻醉药品、第一类精神药品处方
患者：[[PERSON|庞秀娥]]　女　72岁　病历号[[MRN|MZ88213506]]
身份证号：[[ID_CARD|${rid('420106', '19540926', '182')}]]
诊断：胰腺癌晚期（癌痛）
Rp：硫酸吗啡缓释片 30mg×14片　sig：30mg q12h
代办人：儿子[[PERSON|庞卫东]]　身份证号[[ID_CARD|${rid('420106', '19790513', '217')}]]
医师：[[PERSON|桑晚舟]]　[[DATE|2026年11月24日]]`,
  ],
  [
    'prescription',
    `用药小贴士：服用华法林的注意事项
· 每天固定时间服药，漏服不超过4小时可补服，超过则跳过，不要加倍。
· 定期查INR，一般目标2.0–3.0。
· 绿叶蔬菜可以吃，但每天的量尽量稳定。
· 出现黑便、牙龈出血不止、皮肤大片淤青请及时就医。
· 拔牙、做手术前告诉医生您在服用华法林。`,
  ],
  [
    'consent',
    `手术知情同意书
患者姓名：[[PERSON|岳知秋]]　性别：男　年龄：55岁　住院号：[[MRN|W26-40173]]
拟行手术：腹腔镜下右半结肠切除术　拟定手术日期：[[DATE|2026年11月26日]]
手术风险：出血、吻合口瘘、切口感染、中转开腹等，已逐项告知。
患者签名：[[PERSON|岳知秋]]　签名日期：[[DATE|2026-11-24]]
被授权人：妻子[[PERSON|俞巧玲]]　身份证号[[ID_CARD|${rid('510107', '19730408', '526')}]]　电话[[PHONE|13880275419]]
谈话医师：[[PERSON|包青]]`,
  ],
  [
    'consent',
    `输血治疗知情同意书
姓名：[[PERSON|长孙慧芳]]　性别：女　年龄：[[AGE|92]]岁　身份证号：[[ID_CARD|440103340721042]]
住址：[[ADDRESS|广州市荔湾区多宝路85号之二302房]]
住院号：[[MRN|LW0773125]]　血型：B型 RhD阳性
输血原因：消化道出血，Hb 58g/L，拟输注悬浮红细胞2U。
患者意识清楚但视力差，由女婿代签。
代理人：[[PERSON|程立本]]　身份证号：[[ID_CARD|${rid('440103', '19620311', '059')}]]　与患者关系：女婿
签字日期：[[DATE|2026年11月24日]]`,
  ],
  [
    'consent',
    `临床研究知情同意书（签字页）
研究名称：社区老年人肌少症抗阻训练干预研究
受试者编号：[[MRN|SAR-0217]]
受试者：[[PERSON|阿尔卡季·热列布佐夫]]（[[PERSON|Arkady Zherebtsov]]），护照号[[PASSPORT|754318260]]
联系电话：[[PHONE|13524876031]]
受试者签名日期：[[DATE|2026-11-24]]
见证人（翻译）：[[PERSON|葛明珠]]
研究者：[[PERSON|官若澄]]`,
  ],
  [
    'billing',
    `住院收费结算清单
姓名：[[PERSON|鲍春生]]　住院号：[[MRN|0517729]]　医保类型：职工医保　医保个人编号：[[INSURANCE_ID|32050000083316]]
入院日期：[[DATE|2026-11-11]]　出院日期：[[DATE|2026-11-24]]
总费用：41,286.50元　统筹支付：29,140.22元　个人自付：12,146.28元
结算单号：JS2611241087
预交金余额3,853.72元原路退回，退款卡号：[[BANK_CARD|${spaced(luhn('621483207516930'))}]]（户名：[[PERSON|鲍春生]]）`,
  ],
  [
    'billing',
    `大病救助申请表
申请人：[[PERSON|宝力格]]　民族：蒙古族　性别：男　年龄：[[AGE|90]]岁
旧身份证号：[[ID_CARD|150102360215051]]
家庭住址：[[ADDRESS|呼和浩特市新城区海拉尔东路39号草原小区7栋302]]
住院号：[[MRN|NM-7403521]]　住院时间：[[DATE|2026年10月29日]]至[[DATE|2026年11月20日]]
诊断：慢性阻塞性肺疾病急性加重；Ⅱ型呼吸衰竭
自付费用：18,602.40元
救助金发放账户：[[BANK_CARD|${spaced(luhn('621790318806524417'))}]]（户名：女儿[[PERSON|萨仁其其格]]）
联系电话：[[PHONE|0471-6293 518]]`,
  ],
  [
    'billing',
    `医疗门诊收费电子票据
票据代码：13060126　票据号码：0071825346　开票日期：[[DATE|2026-11-24]]
交款人：[[PERSON|宣可欣]]　身份证号：[[ID_CARD|${rid('130602', '19940118', '624')}]]
医保电子凭证号：[[INSURANCE_ID|E13060200884571]]　门诊号：[[MRN|1306-558204]]
项目：甲状腺彩超 180.00　甲功三项 96.00　合计 276.00元
医保统筹支付 0.00　个人账户支付 276.00
收款单位：保定市第二中心医院（章）`,
  ],
  [
    'online-consult',
    `互联网医院图文问诊记录
问诊单号：[[MRN|WZ20261124-00583]]　日期：[[DATE|2026-11-24]]
患者：[[PERSON|沈若渔]]，女，29岁　账号：[[ACCOUNT|ruoyu_0317]]　登录IP：[[IP|203.0.113.52]]
21:03 [[ACCOUNT|ruoyu_0317]]：医生您好，我哺乳期第5个月，右侧乳房有个硬块，有点红，体温37.9℃。
21:07 [[PERSON|瞿]]医生：可能是乳汁淤积或早期乳腺炎，继续哺乳排空，可以冷敷，布洛芬可以用。如果发热超过38.5℃或者硬块变大，请线下就诊。
21:09 [[ACCOUNT|ruoyu_0317]]：好的，谢谢！`,
  ],
  [
    'online-consult',
    `视频复诊记录（互联网医院风湿免疫科）
就诊人：[[PERSON|井上和子]]，女，51岁，日本籍，护照号[[PASSPORT|TR6093514]]
复诊号：[[MRN|SP-261124-0076]]　终端IP：[[IP|2001:db8:7c2::19]]
类风湿关节炎，甲氨蝶呤15mg每周一次+叶酸，DAS28 2.9，晨僵20分钟。血常规、肝功能（[[DATE|11月20日]]外院）正常。
处理：原方案续开4周，药品快递到家。
视频回放：[[URL|https://ih.example.cn/replay/v/88310526]]
联系电话：[[PHONE|18616720934]]　邮箱：[[EMAIL|kazuko.inoue@example.jp]]`,
  ],
  [
    'online-consult',
    `在线药师咨询　咨询单号[[MRN|YS26112400142]]
用户[[ACCOUNT|晴天小猪2019]]（为父亲咨询）：我爸[[PERSON|左怀瑾]]，78岁，在吃阿托伐他汀20mg和氯吡格雷75mg，最近牙疼，想吃点布洛芬行不行？
药师[[PERSON|武欣然]]：氯吡格雷和布洛芬一起吃会增加胃出血风险，短期止痛建议用对乙酰氨基酚，每次0.5g，一天不超过2g，牙的问题还是要去口腔科处理。
用户[[ACCOUNT|晴天小猪2019]]：明白了，谢谢药师。`,
  ],
  [
    'patient-message',
    `[[PERSON|温]]医生您好，我是[[MRN|23]]床[[PERSON|宁远舟]]的女儿[[PERSON|宁小溪]]。我爸周五出院后，我们想复印病历去外地复查，护士说需要患者身份证号，我的电话是[[PHONE|18653207716]]。他的是[[ID_CARD|${rid('370202', '19520704', '413')}]]。复印好的电子版能不能发到我邮箱[[EMAIL|xiaoxi.ning@example.com]]？麻烦您了。`,
  ],
  [
    'patient-message',
    `[[PERSON|桂]]老师好，我是在咱们院建档的[[PERSON|闵书瑶]]，孕28周，围产保健手册号[[MRN|WC-8491-36]]。昨天OGTT结果：空腹5.3、1小时10.4、2小时8.7，是不是算妊娠糖尿病了？下周三[[DATE|12月2日]]的产检能改到[[DATE|12月4日]]吗？我电话[[PHONE|15021896437]]。`,
  ],
  [
    'patient-message',
    `院长信箱来信
发件人：[[EMAIL|lanchuan.wei@example.net]]
主题：急诊等候时间过长
您好，我叫[[PERSON|魏澜川]]，[[DATE|11月20日]]晚上带母亲[[PERSON|庄碧云]]到贵院急诊，因高热等了将近三个小时才输上液，期间无人复测体温。希望医院能改进分诊流程。母亲的急诊号是[[MRN|JZ9930572146]]。如需核实请打我电话[[PHONE|17764092385]]，书面回复请寄[[ADDRESS|武汉市洪山区珞喻路717号华中小区12栋1单元603]]。`,
  ],
  [
    'family-chat',
    `群聊「姥姥住院排班🏥」
大舅：今晚谁陪床？我明天早班。
[[PERSON|曹可可]]：我今晚去，下班直接到[[MRN|15]]床😊
二姨：医生说姥姥的血钾还是低，3.2，要继续补。
[[PERSON|曹可可]]：[[PERSON|谷]]医生跟我说了，周五可能拔胃管🙏
二姨：护士站要姥姥身份证号，[[ID_CARD|210202400318026]]，谁在医院报一下
大舅：押金不够就转我这张卡[[BANK_CARD|${luhn('622588013274906')}]]，我来交`,
  ],
  [
    'family-chat',
    `「老爸手术加油💪」
[[PERSON|阿豪]]：明早7点前要到住院部，地址[[ADDRESS|成都市武侯区锦绣路118号]]，住院部4楼。
[[PERSON|婷仔]]：我开车去，车牌[[PLATE|川A·7QK35]]，停地下B2。
妈妈：你们爸的医保卡和身份证都在我包里。
[[PERSON|阿豪]]：护士说签字的人带自己身份证就行。
[[PERSON|婷仔]]：[[PERSON|卢]]主任说手术大概3小时👍`,
  ],
  [
    'family-chat',
    `「奶奶康复群」
[[PERSON|峰仔]]：护工阿姨叫[[PERSON|蓝翠凤]]，微信号[[ACCOUNT|lanfy_1968]]，有事直接找她。
[[PERSON|葵葵]]：康复科说奶奶下周一[[DATE|11月30日]]出院，出院后每周三次门诊康复。奶奶[[AGE|九十三]]了，恢复得比医生想的还快。
[[PERSON|峰仔]]：门诊康复要预约，预约号[[MRN|KF5529-314]]，我已经约好了。
爷爷：辛苦你们了🌹`,
  ],
  [
    'sms-reminder',
    `【市一医院】[[PERSON|冉思远]]您好，您预约的[[DATE|11月26日]]09:30胃镜检查（预约号[[MRN|WJ1126-042]]），请于检查前一晚22点后禁食禁水，当日携带身份证及医保卡到门诊楼3楼内镜中心报到。如需改约请致电内镜中心。`,
  ],
  [
    'sms-reminder',
    `【南湖社区卫生服务中心】[[PERSON|蒙嘉禾]]小朋友家长您好，宝宝应于[[DATE|2026年12月1日]]接种麻腮风疫苗第2剂，接种证号[[MRN|450103260211]]，请携带接种证按时前来。地址：[[ADDRESS|南宁市青秀区民族大道136号]]二楼预防接种门诊。`,
  ],
  [
    'sms-reminder',
    `【市人民医院】温馨提示：自12月1日起，门诊楼东侧停车场施工封闭，请就诊市民优先乘坐地铁2号线至人民医院站。寒潮来袭，老年人及慢病患者注意保暖，按时服药。退订回T`,
  ],
  [
    'tuberous-sclerosis-clinic',
    `结节性硬化症多学科门诊记录
患儿[[PERSON|黎小满]]，男，6岁，身份证号[[ID_CARD|${rid('450103', '20200516', '037')}]]，门诊号[[MRN|TSC0087326]]，基因检测编号[[MRN|GX-26-0419]]（TSC2致病变异）。
婴儿期痉挛发作，氨己烯酸治疗后控制，[[DATE|2023年9月]]停药，至今无发作。面部血管纤维瘤，外用西罗莫司凝胶。头颅MRI示多发皮质结节及室管膜下结节，最大8mm；肾脏超声示双肾血管平滑肌脂肪瘤，左侧最大18mm。
计划：[[DATE|2027年5月]]复查头颅及腹部MRI。
母亲[[PERSON|黎秋萍]]　[[PHONE|13978014265]]
住址：[[ADDRESS|南宁市青秀区金湖路56号金源小区6栋1单元1203]]`,
  ],
  [
    'tuberous-sclerosis-clinic',
    `呼吸科随访：结节性硬化症相关淋巴管肌瘤病（LAM）
[[PERSON|柏若兰]]，女，36岁，病历号[[MRN|HX-3307714]]，身份证号[[ID_CARD|${rid('360102', '19900911', '328')}]]
[[DATE|2025年3月]]确诊，VEGF-D 1280pg/ml，开始西罗莫司1mg qd。今日FEV1占预计值71%（上次68%），西罗莫司谷浓度7.4ng/ml。
慈善援助项目编号：[[MRN|YZ-LAM-2611]]
下次随访：[[DATE|2027-02-23]]　医师：[[PERSON|鲁冰花]]`,
  ],
  [
    'tuberous-sclerosis-clinic',
    `结节性硬化症家长须知
· 结节性硬化症可累及脑、皮肤、肾脏、心脏、肺和眼，需要多个科室长期随访。
· 孩子出现点头、身体突然前屈等成串动作时，请录视频并尽快就诊，可能是婴儿痉挛。
· 服用依维莫司期间避免接种活疫苗，出现口腔溃疡、发热请告诉医生。
· 肾脏超声或MRI一般每1–3年复查一次。
· 同胞及父母可以考虑做基因检测。`,
  ],
  [
    'hip-dysplasia-clinic',
    `小儿骨科门诊（发育性髋关节发育不良）
患儿[[PERSON|桓一一]]，女，出生日期[[DATE|2026年9月20日]]，臀位剖宫产，门诊号[[MRN|MZ4186309]]，超声号[[MRN|US26-118042]]。
髋关节超声（Graf法）：左侧Ⅱc型，α角52°；右侧Ⅰa型，α角64°。
处理：今日佩戴Pavlik吊带，24小时持续佩戴，教会母亲检查腘窝及腹股沟皮肤。
[[DATE|12月8日]]复查超声。
母亲：[[PERSON|檀香]]　电话：[[PHONE|15207318469]]`,
  ],
  [
    'hip-dysplasia-clinic',
    `关节外科入院记录（成人髋关节发育不良）
姓名：[[PERSON|聂朝阳]]　女　28岁　住院号：[[MRN|GJ8804-7713]]
身份证号：[[ID_CARD|${rid('610113', '19980207', '160')}]]　医保号：[[INSURANCE_ID|610100198802117]]
主诉：右髋疼痛3年，加重半年。CE角12°，Tönnis 1级，股骨头覆盖不良。
拟于[[DATE|11月26日]]行伯尔尼髋臼周围截骨术。
紧急联系人：丈夫[[PERSON|骆北辰]]　[[PHONE|18192047356]]`,
  ],
  [
    'hip-dysplasia-clinic',
    `Pavlik吊带护理要点
1. 除非医生允许，吊带需24小时佩戴，洗澡时也不要自行取下。
2. 每天检查肩部、腘窝、腹股沟皮肤有无压红，可在带子下垫棉质衣物。
3. 换尿布时托起臀部，不要拉起双腿。
4. 孩子双腿不能主动蹬踢时请立即就诊。
5. 不要擅自调节带子长度，按时门诊复查。`,
  ],
  [
    'leprosy-clinic',
    `皮肤病防治站麻风门诊随访记录
[[PERSON|岩温罕]]，男，傣族，58岁，身份证号[[ID_CARD|${rid('532822', '19680115', '235')}]]，麻风登记号[[MRN|YN-MF-2019-0347]]。
[[DATE|2019年7月]]确诊多菌型麻风，联合化疗（利福平、氨苯砜、氯法齐明）12个月，[[DATE|2020年7月]]完成治疗。
今日检查：右尺神经增粗，右手爪形手，右足底溃疡1.5cm，已教会自我护理。
住址：[[ADDRESS|勐海县勐遮镇曼洪村委会曼洪三组28号]]
村医：[[PERSON|刀国华]]　[[PHONE|13908817452]]`,
  ],
  [
    'leprosy-clinic',
    `入院记录（麻风反应）
患者[[PERSON|吉木拉格]]，男，彝族，41岁，身份证号[[ID_CARD|${rid('513433', '19850302', '411')}]]，住院号[[MRN|MF26-0093]]，住[[ADDRESS|冕宁县泸沽镇铁厂村3组16号]]。
[[DATE|2026年4月]]确诊界线类麻风，正在联合化疗。近1周原有皮损红肿、左腓总神经疼痛，足背屈无力，诊断Ⅰ型麻风反应伴神经炎。
予泼尼松40mg qd，神经功能评估每周一次。
患者汉语不流利，由妻子[[PERSON|吉伍阿芝]]翻译，电话[[PHONE|18281460937]]。`,
  ],
  [
    'leprosy-clinic',
    `麻风密切接触者检查登记
指示病例：[[PERSON|龙金培]]（登记号[[MRN|GZ-QDN-26-4471]]）
家庭住址：[[ADDRESS|黔东南州榕江县栽麻镇宰荡村二组45号]]
1. [[PERSON|吴银花]]（妻）　检查日期[[DATE|2026-11-20]]　未见皮损及神经增粗
2. [[PERSON|龙小松]]（子）　检查日期[[DATE|2026-11-20]]　未见异常
3. [[PERSON|龙芊芊]]（孙女）　检查日期[[DATE|2026-11-21]]　未见异常
以上接触者均已给予利福平单剂预防，嘱每年复查一次，满5年。
检查医生：[[PERSON|杨胜天]]`,
  ],
  [
    'intestinal-failure-clinic',
    `肠衰竭与家庭肠外营养门诊
[[PERSON|简秋实]]，女，44岁，门诊号[[MRN|CS0440219]]。
[[DATE|2025年6月]]因肠系膜上动脉栓塞行广泛小肠切除，剩余小肠约80cm，空肠结肠吻合，短肠综合征。家庭肠外营养每周5晚，PICC[[DATE|2026年8月]]更换。
今日体重52kg，白蛋白36g/L，肝功能正常。
营养液配送客户号：[[MRN|PN-HZ-00318]]　配送地址：[[ADDRESS|杭州市拱墅区湖墅南路203号和睦苑4幢602]]
丈夫：[[PERSON|许望舒]]　[[PHONE|13867125084]]
下次门诊：[[DATE|12月22日]]`,
  ],
  [
    'intestinal-failure-clinic',
    `入院记录（导管相关血流感染）
[[PERSON|游子涵]]，男，19岁，住院号[[MRN|YY-2611-3309]]，身份证号[[ID_CARD|${rid('350203', '20070419', '051')}]]。
先天性肠旋转不良术后短肠，家庭肠外营养8年，城乡居民医保号[[INSURANCE_ID|350203C0071846]]。[[DATE|11月23日]]晚输注营养液后寒战、发热39.2℃。
外周及导管血培养已送，标本号[[MRN|BC2611240016]]、[[MRN|BC2611240017]]，暂予万古霉素经验治疗，导管予乙醇封管。
母亲[[PERSON|施晓岚]]　[[PHONE|15980231746]]　住址：[[ADDRESS|厦门市思明区莲前西路412号莲花新城8栋704]]`,
  ],
  [
    'intestinal-failure-clinic',
    `（患者在营养支持小组服务号留言）
用户[[ACCOUNT|shortgut_qiu]]：[[PERSON|蔚]]老师您好，我是[[PERSON|简秋实]]。这两天造口排出量每天2.3升左右，比平时多，口渴，尿少。PICC敷料昨天换的，照片上传在这里：[[URL|https://pn.example.cn/upload/u/40219/line-photo-1124]]。需要今天来医院吗？
[[PERSON|蔚]]老师：排出量偏多，可能有脱水，请今天下午来门诊查电解质和肾功能，口服补液盐先喝起来。`,
  ],
];

const en: Array<[string, string]> = [
  [
    'admission',
    `Acute Medical Unit — admission clerking, [[DATE|23/11/2026]] 21:40
Patient: [[PERSON|Winifred Lavenham]], [[AGE|93]]F, DOB [[DATE|02/06/1933]], NHS No. [[INSURANCE_ID|${nhs('403718')}]], hospital no. [[MRN|RX4-0082715]]
Lives alone at [[ADDRESS|Flat 6, Cranmer Court, 41 Sidney Road, Bedford MK40 2LP]]; carers twice daily.
PC: two days of confusion and reduced oral intake. T 38.1, urine dip nitrite positive, Na 131.
Imp: delirium secondary to probable UTI. Plan: IV fluids, co-amoxiclav, delirium screen, falls bundle.
NOK: daughter [[PERSON|Philippa]], [[PHONE|07700 900627]]. Bed [[MRN|14]], Ward 22.`,
  ],
  [
    'admission',
    `History & Physical — [[DATE|11/23/2026]]
[[PERSON|Raymond Quintero]] ("[[PERSON|Chepe]]"), 71M, MRN [[MRN|5183620]], Medicare MBI [[INSURANCE_ID|7FQ4-KW2-MN63]]
CC: melena x 2 days, lightheaded on standing. Hgb 7.1 (baseline 12), BUN 48. On naproxen for knee pain.
Plan: 2 large-bore IVs, PPI drip, transfuse 1 unit, GI for EGD in AM.
Home: [[ADDRESS|2207 West Alameda Ave, Santa Fe, NM 87507]]. Wife [[PERSON|Lourdes]] at bedside, cell [[PHONE|(505) 555-0196]].
Admitted to Room [[MRN|612]].`,
  ],
  [
    'admission',
    `Admission note — General Medicine, [[DATE|24/11/2026]]
[[PERSON|Nguyễn Văn Lộc]], 66M, URN [[MRN|F3308124]], Medicare [[INSURANCE_ID|${medicare('29714856', '3')}]]
Presented with 3 days of productive cough and fever. CXR: right lower lobe consolidation. CURB-65 score 2.
Speaks Vietnamese; interpreter [[PERSON|Trinh Bao Chau]] (phone interpreting service) present for history.
Son [[PERSON|Kevin Nguyen]] [[PHONE|0491 570 842]]. Address: [[ADDRESS|14 Mercy Street, Cabramatta NSW 2166]]`,
  ],
  [
    'progress-note',
    `ICU progress note — HD 3, [[DATE|11/24/2026]]
S: Intubated, sedated (RASS −2). Family meeting held with daughter [[PERSON|Marisol Ocampo-Reyes]].
O: Pt [[PERSON|Teodoro Ocampo]], MRN [[MRN|88-203-514]], Bed [[MRN|ICU-7]]. Tmax 101.3°F, MAP 68 on norepi 0.06, lactate 2.2 → 1.4, P/F 180.
A: Septic shock from biliary source, s/p ERCP [[DATE|11/22]].
P: Wean pressors, SBT tomorrow, continue pip-tazo day 3/7.
— [[PERSON|A. Fairweather]], MD`,
  ],
  [
    'progress-note',
    `Ward round — Ward 8, [[DATE|24/11/2026]], consultant Dr [[PERSON|Hollis]]… sorry, Dr [[PERSON|Hollins]]
Bed [[MRN|3]]: [[PERSON|Gareth Pennock]] ([[MRN|W0882613]]), day 5 post laparotomy for small bowel obstruction. Passing flatus, NG out, start free fluids. CRP 142 → 61.
Bed 4: empty, cleaned for admission.
Bed [[MRN|5]]: [[PERSON|Iolanthe Marsh]], [[AGE|90]], cellulitis left leg, improving margins. Plan home Thursday [[DATE|26/11]] if oral antibiotics tolerated.`,
  ],
  [
    'progress-note',
    `Progress note, Medical Ward 4 — [[DATE|24/11/2026]]
[[PERSON|Aroha Te Rangimaria]], 58F, NHI [[INSURANCE_ID|${nhi('ZQT', '418')}]]
Day 2 of admission for heart failure exacerbation. Weight 94.2 kg (−1.8 kg). Furosemide 80 mg IV bd continued, K 3.6.
Home: [[ADDRESS|27 Kowhai Street, Otara, Auckland 2023]]. Whānau present: husband [[PERSON|Rāwiri]] and niece [[PERSON|Mereana Tūhoe-Waaka]], mobile [[PHONE|021 448 3096]].
Dr [[PERSON|Sefo Leiataua]], house officer`,
  ],
  [
    'discharge',
    `Immediate Discharge Letter
Patient: [[PERSON|Morag Lindsay McCrone]]   CHI: [[INSURANCE_ID|${chi('070541', '218')}]]   Unit no: [[MRN|GG-8871304]]
Address: [[ADDRESS|2/1, 17 Dumbarton Road, Glasgow G11 6AB]]   Tel: [[PHONE|0141 496 0823]]
Admitted [[DATE|17/11/2026]], discharged [[DATE|24/11/2026]].
Diagnosis: exacerbation of COPD. Discharge meds: prednisolone 30 mg for 2 more days, doxycycline completed.
GP: Partick Health Centre. Follow-up: respiratory nurse [[PERSON|Eilidh Grierson-Bain]] will phone within 72 hours.`,
  ],
  [
    'discharge',
    `Discharge Instructions — Pediatric Unit
Patient: [[PERSON|Jaylen Okoro-Briggs]], age 7, DOB [[DATE|03/09/2019]], MRN [[MRN|P-2271864]]
Admitted [[DATE|11/21/2026]] for asthma exacerbation; discharged [[DATE|11/24/2026]].
Home medicines: albuterol 4 puffs every 4 hours for 2 days, then as needed; fluticasone 110 mcg 2 puffs twice daily.
Follow up with pediatrician on [[DATE|11/30/2026]].
Your patient portal username is [[ACCOUNT|okorobriggs.family]]. Questions: call [[PHONE|(216) 555-0163]].`,
  ],
  [
    'discharge',
    `Discharge Summary — Medical Department
Name: [[PERSON|Cheung Hoi-ying]] ([[PERSON|Vivian]])   HKID: [[ID_CARD|${hkid('K', '318462')}]]   Hospital No.: [[MRN|HN26041873]]
Admission: [[DATE|18/11/2026]]   Discharge: [[DATE|24/11/2026]]
Diagnosis: acute pyelonephritis, E. coli (ESBL negative).
Treatment: IV ceftriaxone then oral cefuroxime 500 mg bd to complete 14 days.
Follow-up: SOPD [[DATE|05/01/2027]]. Contact: [[PHONE|9168 3274]]`,
  ],
  [
    'outpatient',
    `Outpatient transcript — Falls clinic
Dr: Can you tell me your name and date of birth?
Pt: [[PERSON|Clement Frost]], [[DATE|the second of February, nineteen thirty-five]].
Dr: So you're [[AGE|ninety-one]] now.
Pt: That's right. My wife [[PERSON|Honor]] usually comes but she's got her eyes done today.
Dr: And you're still at [[ADDRESS|Rose Cottage, 4 Mill Lane, Eynsham, OX29 4HG]]?
Pt: Yes. Forty years.
Dr: Three falls since August, all at night. Let's look at your tablets — the doxazosin may be part of it.`,
  ],
  [
    'outpatient',
    `Rheumatology clinic note — [[DATE|24/11/2026]]
[[PERSON|Oksana Kovalchuk-Dubois]], 47F, OHIP [[INSURANCE_ID|${ohip('573190264')}]]-KP, chart [[MRN|RH-0448217]]
Seropositive RA, on methotrexate 20 mg weekly + folic acid. DAS28-CRP 3.4. Two swollen MCPs right hand.
Plan: add hydroxychloroquine 200 mg bid; baseline eye exam; bloods in 4 weeks.
She asks that letters go to [[EMAIL|oksana.kd@example.ca]] rather than the home address.
Next visit [[DATE|16/02/2027]].`,
  ],
  [
    'outpatient',
    `Travel Health Clinic — [[DATE|11/24/2026]]
[[PERSON|Sunny Delacroix-Hart]], 29F, passport [[PASSPORT|A71926438]], MRN [[MRN|TH-55190]]
Trip: rural Ghana and Togo, departs [[DATE|12/14/2026]] for 5 weeks.
Given: yellow fever vaccine (certificate issued), typhoid Vi, rabies pre-exposure dose 1 (dose 2 on [[DATE|12/01/2026]]).
Malaria: atovaquone-proguanil, 1 tab daily from 1 day before to 7 days after.
Phone [[PHONE|(720) 555-0129]]`,
  ],
  [
    'referral',
    `Urgent suspected cancer referral — skin
To: Dermatology, [[DATE|24/11/2026]]
Patient: [[PERSON|Leighton Caddick]], DOB [[DATE|30/06/1958]], NHS number [[INSURANCE_ID|${nhs('682054')}]]
Address: [[ADDRESS|9 Chapel Row, Redruth TR15 2BY]]   Tel: [[PHONE|01632 960471]]
Pigmented lesion on left shoulder, 9 mm, irregular border and two colours, enlarged over 3 months (partner noticed). 7-point checklist score 5. Photo attached.
Referring GP: Dr [[PERSON|Morwenna Tregear]], Trevithick Surgery`,
  ],
  [
    'referral',
    `Referral letter — Cardiology outpatient, [[DATE|24/11/2026]]
Patient: [[PERSON|Hessa Saif Al Mansoori]], female, DOB [[DATE|12/04/1981]], Emirates ID [[ID_CARD|${emirates('1981', '5306142')}]], file no. [[MRN|DXB-0927730]]
Palpitations for 6 weeks; Holter shows frequent PVCs (burden 14%). Echo normal.
Please assess for ablation.
Mobile [[PHONE|050 418 7293]]. Insurer member no. [[INSURANCE_ID|DAM-4471902-01]]
Dr [[PERSON|Rafiq Talukdar]], Internal Medicine`,
  ],
  [
    'referral',
    `E-referral to Physical Therapy — sent [[DATE|11/24/2026]]
Patient: [[PERSON|Dakota Runningwater]], 34M, MRN [[MRN|22741806]]
Insurance: BlueCross member ID [[INSURANCE_ID|XZP884120375]]
Dx: right ankle lateral ligament reconstruction [[DATE|10/29/2026]]; now weight bearing in boot.
Request: post-op rehab 2x/week x 8 weeks.
Contact: [[EMAIL|d.runningwater@example.com]], [[PHONE|(605) 555-0188]]
Ordering: [[PERSON|Priya Sundararajan-Kell]], PA-C`,
  ],
  [
    'handover',
    `(Dictated night handover, surgical ward)
Bed [[MRN|two]], Mr [[PERSON|Oduya]]… sorry, [[PERSON|Olumide Oduya]], appendicectomy this afternoon, obs fine, needs a wee before morning. Bed [[MRN|six]], [[PERSON|Florence Pike]], [[AGE|ninety-two]], fractured neck of femur awaiting theatre tomorrow, nil by mouth from midnight, she's on the list for Wednesday [[DATE|the twenty-fifth]]. Bed seven's empty. Bed [[MRN|nine]], [[PERSON|Rhys]], the lad with the pancreatitis, pain better, lipase came down.`,
  ],
  [
    'handover',
    `I-PASS handoff — Medicine team B, [[DATE|11/24/2026]]
Illness severity: watcher
Patient: [[PERSON|Delphine Castellanos]], 63F, Rm [[MRN|5-North 522]], MRN [[MRN|3019482]]
Summary: DKA resolved, transitioned to glargine 22 units + lispro sliding scale. K 3.4, repleting.
Action list: recheck BMP at 0200; diabetes education consult.
Situation awareness: husband [[PERSON|Arturo]] wants a call if anything changes — [[PHONE|(915) 555-0112]].
Synthesis by receiver: [[PERSON|K. Abernethy-Lowe]]`,
  ],
  [
    'handover',
    `Respiratory ward — nursing handover sheet, early → late, [[DATE|24/11/2026]]
Bed | Name | Key points
[[MRN|R1]] | [[PERSON|Bernadette Quill]] | NIV overnight, pH 7.33 this am, on 2 L O2 now
[[MRN|R2]] | [[PERSON|Samuel Ekow Mensah]] | TB rule-out, side room, sputum x3 (2 sent)
R3 | — | empty
[[MRN|R4]] | [[PERSON|Jan Kowalczyk]] | pleural drain day 2, 400 ml today, swinging
Nurse in charge: [[PERSON|Tasha Billingham]]`,
  ],
  [
    'nursing-note',
    `Nursing note — [[DATE|11/24/2026]] 03:15
Pt [[PERSON|Harlan Goodenough]], [[AGE|94]], Rm [[MRN|418]], found sitting on floor beside bed; states he slid while reaching for urinal. No head strike, no LOC. Vitals stable, neuro checks intact. Bed alarm re-activated, urinal within reach.
Charge nurse and on-call MD Dr. [[PERSON|Baptiste]] notified 03:25. Son [[PERSON|Wade Goodenough]] notified by phone [[PHONE|(802) 555-0136]] at 07:00.
— [[PERSON|J. Tillotson]], RN`,
  ],
  [
    'nursing-note',
    `District nursing visit — [[DATE|24/11/2026]]
Patient: [[PERSON|Glenys Prosser]], [[AGE|96]], NHS [[INSURANCE_ID|${nhs('230957')}]]
Visit address: [[ADDRESS|Pen-y-Bryn, 3 Heol Glyndwr, Llandeilo SA19 6BN]]
Leg ulcer left gaiter 3.2 × 2.1 cm, slough reduced. Cleansed, Inadine and 2-layer compression reapplied.
Neighbour [[PERSON|Dilys]] has a key. Next visit [[DATE|27/11/2026]].
Nurse: [[PERSON|Ffion Parry-Jones]]`,
  ],
  [
    'nursing-note',
    `NICU nursing note — [[DATE|24/11/2026]] 14:00
Baby [[PERSON|Okonjo]] boy, twin 1, 34+1 weeks, cot [[MRN|N12]], hospital no. [[MRN|NN26-4408]]. Twin 2 in cot [[MRN|N13]].
Tolerating 24 ml EBM 3-hourly via NGT, no aspirates. Phototherapy stopped 10:00, SBR 182.
Mum [[PERSON|Chiamaka Okonjo]] did skin-to-skin this morning; Dad [[PERSON|Ifeanyi]] calling tonight on [[PHONE|07700 900883]].`,
  ],
  [
    'lab-report',
    `LABORATORY REPORT
Patient: [[PERSON|PEMBERTON, Rosalind]]   DOB: [[DATE|08/14/1952]]   MRN: [[MRN|60012947]]
Accession: [[MRN|CH26-328-0417]]   Collected: [[DATE|11/24/2026]] 06:45
Sodium 128 L (135–145)   Potassium 4.1   Creatinine 0.9   Glucose 104
Serum osmolality 262 L   Urine osmolality 488   Urine sodium 54
Comment: consistent with SIADH pattern; clinical correlation advised.
Verified by [[PERSON|M. Castellano]], MLS`,
  ],
  [
    'lab-report',
    `Cellular Pathology Report
Name: [[PERSON|Darius Khorramshahi]]   DOB: [[DATE|21/08/1964]]   NHS: [[INSURANCE_ID|${nhs('751364')}]]   Specimen no.: [[MRN|H26-19034]]
Received: [[DATE|19/11/2026]]   Reported: [[DATE|24/11/2026]]
Specimen: colon polyp, sigmoid, 14 mm
Microscopy: tubulovillous adenoma with low-grade dysplasia; completely excised, margin 2 mm.
Reporting pathologist: Dr [[PERSON|Imogen Westlake-Hyde]]`,
  ],
  [
    'lab-report',
    `MICROBIOLOGY — FINAL REPORT
Patient: [[PERSON|Litia Rokovunisei]]   URN: [[MRN|A8832015]]   Medicare: [[INSURANCE_ID|${medicare('41862093', '1')}]]
Lab no.: [[MRN|26-M-771542]]   Collected: [[DATE|22/11/2026]]   Specimen: midstream urine
Culture: >10^8 CFU/L Klebsiella pneumoniae
Sensitive: nitrofurantoin, trimethoprim, cefalexin. Resistant: ampicillin.
Requesting doctor: Dr [[PERSON|Callum Strachan]]`,
  ],
  [
    'imaging-report',
    `CT ABDOMEN AND PELVIS WITH CONTRAST
Patient: [[PERSON|Ambrose Pettifer-Lane]]   Age: [[AGE|91]]   Hospital no: [[MRN|K0559842]]   Accession: [[MRN|RAD26-1124-0081]]
Date of exam: [[DATE|24/11/2026]]
Clinical: LIF pain, raised inflammatory markers.
Findings: sigmoid diverticulitis with a 3.1 cm pericolic collection; no free gas. Liver, pancreas and kidneys unremarkable.
Conclusion: complicated diverticulitis (Hinchey Ib).
Reported by Dr [[PERSON|Nadia Khoury-Salem]], Consultant Radiologist`,
  ],
  [
    'imaging-report',
    `SCREENING MAMMOGRAM REPORT
[[PERSON|Marigold Whitcombe-Sato]]   DOB [[DATE|05/27/1969]]   MRN [[MRN|MW7106352]]   Exam date [[DATE|11/20/2026]]
Comparison: [[DATE|11/2025]].
Findings: scattered fibroglandular density. New 6 mm group of fine pleomorphic calcifications, left breast upper outer quadrant.
Impression: BI-RADS 4 — suspicious. Stereotactic biopsy recommended.
Patient notified by phone [[DATE|11/24/2026]]; callback [[PHONE|(503) 555-0174]].`,
  ],
  [
    'imaging-report',
    `Having an MRI scan — information for patients
Please tell us before your appointment if you have a pacemaker, a cochlear implant, metal fragments in your eyes or any implanted pump.
Remove jewellery, hair clips, watches and bank cards before entering the scanner room.
The scan is noisy; you will be given ear protection and a call button.
Most scans take 20 to 45 minutes. You can drive home afterwards unless you were given a sedative.`,
  ],
  [
    'prescription',
    `Rx #[[MRN|7061249]]   Harbourside Community Pharmacy
[[PERSON|FAIRCLOUGH, ODETTE]]
[[ADDRESS|88 Wharf Road, Apt 3C, Portland, ME 04101]]
Sertraline 50 mg tablet — take 1 tablet by mouth once daily in the morning. Qty 30. Refills: 5.
Prescriber: [[PERSON|Ezra Lindqvist]], MD
Filled [[DATE|11/24/2026]]   Discard after [[DATE|11/24/2027]]`,
  ],
  [
    'prescription',
    `FP10 — NHS prescription
Patient: [[PERSON|Bartholomew Okpara-Sims]]   Age: 58   DOB: [[DATE|11/02/1968]]
NHS number: [[INSURANCE_ID|${nhs('540128')}]]
Address: [[ADDRESS|27 Larkspur Close, Harlow CM20 3QT]]
Ramipril 2.5 mg capsules, one daily, 28 capsules
Atorvastatin 20 mg tablets, one at night, 28 tablets
Prescriber: Dr [[PERSON|Saoirse Blennerhassett]]   Date: [[DATE|24/11/2026]]`,
  ],
  [
    'prescription',
    `PBS prescription — [[DATE|24/11/2026]]
Patient: [[PERSON|Bronte Eggleston]]   Medicare No: [[INSURANCE_ID|${medicare('53290718', '2')}]]
Address: [[ADDRESS|5/112 Esplanade, Cairns North QLD 4870]]
Amoxicillin 500 mg capsules — 1 capsule three times daily for 5 days. Qty 15. No repeats.
Concession card: no. Brand substitution permitted.
Prescriber: Dr [[PERSON|Tomasz Grabowiecki]], Esplanade Medical`,
  ],
  [
    'consent',
    `Consent Form 1 — Patient agreement to investigation or treatment
Patient: [[PERSON|Perpetua Onyekachi]]   Hospital no.: [[MRN|NG77-85316]]   NHS: [[INSURANCE_ID|${nhs('817346')}]]
Procedure: laparoscopic cholecystectomy, possible open.
Risks discussed: bleeding, infection, bile leak (1 in 200), bile duct injury (1 in 500), conversion to open.
Patient signature: [[PERSON|P. Onyekachi]]   Date: [[DATE|24/11/2026]]
Interpreter: not required.
Health professional: Mr [[PERSON|Idris Lockhart]], consultant surgeon`,
  ],
  [
    'consent',
    `Authorization for Photography and Video (Minor)
Patient: [[PERSON|Mateo Villalobos]]   DOB: [[DATE|07/19/2014]]   MRN: [[MRN|C5538120]]
Purpose: clinical photographs of the left forearm scar for the plastic surgery record and teaching (face not shown).
Parent/guardian: [[PERSON|Yesenia Villalobos]]   Relationship: mother
Guardian ID: Texas driver license [[ID_CARD|41873926]]
Signature date: [[DATE|11/24/2026]]   Witness: [[PERSON|Corey Blessington]]`,
  ],
  [
    'consent',
    `Before your procedure: what consent means
You will be asked to sign a form saying you agree to the procedure. Before you sign, the team should explain what will happen, the benefits, the risks and any alternatives, including doing nothing.
You can ask questions, take time to think, and bring someone with you. You can change your mind at any time, even after signing.
If you lack capacity to decide, the team will act in your best interests and talk to the people close to you.`,
  ],
  [
    'billing',
    `PATIENT STATEMENT   Statement date [[DATE|11/24/2026]]
Guarantor: [[PERSON|Lorraine Babineaux]]   Account #: [[MRN|GA-00417736]]
SSN (last used for billing): [[ID_CARD|987-65-4326]]
Service [[DATE|10/30/2026]]: ED visit level 4 ....... $2,316.00
Insurance paid ...................................... −$1,704.55
Amount due .......................................... $611.45
Paid by card [[BANK_CARD|${spaced(luhn('400000291736458'))}]] on [[DATE|11/24/2026]]. Thank you.
Mail: [[ADDRESS|1410 Rue Bayou Lane, Lafayette, LA 70506]]`,
  ],
  [
    'billing',
    `Self-pay estimate — Private Patients Unit   Quote Q-2611-0482
Patient: [[PERSON|Yerlan Tokhtarbek]]   Passport: [[PASSPORT|N17204935]]
Procedure: right total hip replacement, 4-night stay
Package price: £14,850.00 (includes implant, anaesthetist and physiotherapy)
Deposit of £3,000.00 taken from card [[BANK_CARD|${spaced(luhn('522481075316902'))}]] on [[DATE|24/11/2026]].
Home address: [[ADDRESS|48 Kabanbay Batyr Avenue, Apt 112, Astana 010000]]
Contact: [[EMAIL|y.abenov@example.kz]], [[PHONE|07700 900844]]`,
  ],
  [
    'billing',
    `TAX INVOICE   Invoice no. 0077514   Date [[DATE|24/11/2026]]
Patient: [[PERSON|Huxley Pardoe]]   NHI [[INSURANCE_ID|${nhi('JKX', '275')}]]
Address: [[ADDRESS|22 Moana Avenue, Nelson 7011]]
Consultation with Dr [[PERSON|Anahera Walker]] (skin check, 2 lesions excised) .... $385.00
Histology ...................................................................... $140.00
Southern Cross member no. [[INSURANCE_ID|SCH-70318824]]; claim lodged electronically.`,
  ],
  [
    'online-consult',
    `Telehealth visit — Urgent Care Online, [[DATE|11/24/2026]] 19:42 CT
Patient: [[PERSON|Wren Halvorsen]], 24F, account [[ACCOUNT|wren.halvorsen94]], visit ID [[MRN|TV-88214037]]
Connected from [[IP|198.51.100.203]]
HPI: dysuria and frequency x 2 days, no fever, no flank pain, LMP [[DATE|11/09/2026]].
Plan: nitrofurantoin 100 mg bid x 5 days, sent to pharmacy on file.
Visit summary: [[URL|https://care.example.com/visits/TV-88214037/summary]]
Callback number [[PHONE|(312) 555-0143]]
Clinician: [[PERSON|Obi Nwachukwu]], FNP`,
  ],
  [
    'online-consult',
    `eConsult — submitted [[DATE|24/11/2026]] 08:17
User: [[ACCOUNT|gcarrow_1961]]
Name: [[PERSON|Gwendolyn Carrow]]   Date of birth: [[DATE|02/10/1961]]   NHS: [[INSURANCE_ID|${nhs('914072')}]]
"I have had a cough for five weeks, worse at night, and I've lost about half a stone without trying. I stopped smoking two years ago."
Practice response (Dr [[PERSON|Hughes]]): please book a face-to-face appointment this week; we will arrange a chest X-ray. Reply sent [[DATE|24/11/2026]] by text to [[PHONE|07700 900139]].`,
  ],
  [
    'online-consult',
    `Virtual visit (secure video) — Family Medicine, [[DATE|24/11/2026]]
[[PERSON|Tavita Leota]], 52M, chart [[MRN|FM-3390417]], OHIP [[INSURANCE_ID|${ohip('804617352')}]]-TM
Joined via [[URL|https://vv.example.ca/room/4417-tleota]] from IP [[IP|2001:db8:ca::5e]]
BP log averaging 148/92 at home over 2 weeks. Started amlodipine 5 mg daily. Labs ordered for next week.
Phone backup: [[PHONE|(416) 555-0152]]`,
  ],
  [
    'patient-message',
    `From: [[EMAIL|hodan.warsame@example.org]]
To: reception, Brookfield Surgery
Subject: repeat prescription

Hello, this is [[PERSON|Hodan Warsame]], date of birth [[DATE|19/03/1987]]. Could I please have my salbutamol and beclometasone inhalers re-issued? I've moved to [[ADDRESS|Flat 12, Kestrel House, 60 Abbey Road, Leicester LE4 5AE]], so please update my address. My new mobile is [[PHONE|07700 900276]].
Thanks, [[PERSON|Hodan]]`,
  ],
  [
    'patient-message',
    `Patient portal message — received [[DATE|11/24/2026]] 22:10
From: [[PERSON|Ignatius Pellegrino]] (username [[ACCOUNT|ipellegrino52]], MRN [[MRN|5108823]])
Dr. [[PERSON|Abara]], since the new dose of metoprolol on [[DATE|11/18]] I feel dizzy when I stand up and my home BP was 98/60 this evening. Pulse 54. Should I take tomorrow's dose? My wife [[PERSON|Concetta]] can drive me in if needed.`,
  ],
  [
    'patient-message',
    `Text to community midwife:
Hi [[PERSON|Bryony]], it's [[PERSON|Kezia Lightfoot]] (due [[DATE|4th Jan]]). Baby's been quieter today, fewer kicks than usual since lunch. I've had cold water and lay on my side but still not much. Should I come in? My hospital number is [[MRN|MT-660281]]. Partner [[PERSON|Dom]] can bring me. Thanks x`,
  ],
  [
    'family-chat',
    `"Nana's hip 🦴💙"
Aunt [[PERSON|Sue]]: Op went fine!! Surgeon said she was a trooper 🙌
[[PERSON|Tyrese]]: Which ward is she on now?
Aunt [[PERSON|Sue]]: Ward 11, bed [[MRN|19]], visiting 2 til 8
[[PERSON|Keeley]]: Going in tomorrow with [[PERSON|Freddie]]. Does she need her glasses?
[[PERSON|Tyrese]]: I'll bring them. Hospital parking is £4 an hour 😩 park at Sainsbury's, [[ADDRESS|101 London Road, Reading RG1 5AQ]] and walk`,
  ],
  [
    'family-chat',
    `Grandpa [[PERSON|Joe]]'s rehab 👴
[[PERSON|Marcy]]: PT says he walked 40 feet today with the walker!
[[PERSON|Deshawn]]: 🔥🔥
[[PERSON|Marcy]]: Rehab bill came, I paid my half. [[PERSON|Deshawn]] you can send yours to my Cash App $[[ACCOUNT|MarcyBellweather]]
[[PERSON|Deshawn]]: done. Also I'm driving him home [[DATE|Dec 3]], bringing the van (plate [[PLATE|KJT 5521]])
[[PERSON|Marcy]]: His Medicare card is [[INSURANCE_ID|3XW8-TA9-HK12]] if the front desk asks`,
  ],
  [
    'family-chat',
    `Mum hospital 🙏
[[PERSON|Jodie]]: Just left, she's comfy. Nurse said the scan is Thursday [[DATE|26th]] 10am
[[PERSON|Liam]]: I'll take her in the ute (rego [[PLATE|CW62LK]]). What's her Medicare number again?
[[PERSON|Jodie]]: [[INSURANCE_ID|${medicare('23816704', '4')}]], card's in the blue purse
[[PERSON|Liam]]: 👍 and it's Ward 5B right
[[PERSON|Jodie]]: yep bed [[MRN|12]]. My number if you get lost [[PHONE|0491 571 206]] 😂`,
  ],
  [
    'sms-reminder',
    `Reminder: [[PERSON|Alistair]], your appointment at the Diabetes Eye Screening clinic is on Mon [[DATE|30 Nov]] at 09:40, [[ADDRESS|Unit 4, Kingsway Health Park, Gateshead NE11 0BE]]. Drops will blur your vision: do not drive. To change call 0191 496 0325. Ref [[MRN|DES-418207]].`,
  ],
  [
    'sms-reminder',
    `Hi [[PERSON|Maribel]], this is Lakeside Pediatrics. [[PERSON|Santiago]] is due for his 4-year vaccines. We have an opening on [[DATE|12/02]] at 3:15 PM. Reply Y to book or call [[PHONE|(612) 555-0194]]. Appt ref [[MRN|LP-93172]].`,
  ],
  [
    'sms-reminder',
    `St Aldhelm's Hospital: flu vaccination clinics for patients aged 65 and over run every Saturday in December, 9am–1pm, no appointment needed. Please bring a list of your medicines. Reply STOP to opt out.`,
  ],
  [
    'tuberous-sclerosis-clinic',
    `Tuberous Sclerosis Complex Clinic — [[DATE|24/11/2026]]
[[PERSON|Isla Fenwick-Rudd]], age 9, NHS [[INSURANCE_ID|${nhs('306148')}]], hospital no. [[MRN|TSC-50382]]
Genetics: TSC2 pathogenic variant (lab ref [[MRN|GEN-26-40952]]).
Seizures: focal seizures controlled on everolimus (trough 7.1) and levetiracetam. EEG [[DATE|10/2026]] unchanged.
Renal MRI: bilateral AMLs, largest 22 mm. Facial angiofibromas, topical sirolimus.
Mum [[PERSON|Rachael]], [[PHONE|07700 900954]], [[ADDRESS|5 Tamar View, Saltash PL12 4DF]]. Review [[DATE|May 2027]].`,
  ],
  [
    'tuberous-sclerosis-clinic',
    `TSC transition clinic note — [[DATE|11/24/2026]]
[[PERSON|Conor Whitlock]], 19M, MRN [[MRN|7745018]], Medicaid ID [[INSURANCE_ID|MA401887263]]
Subependymal giant cell astrocytoma stable on everolimus 7.5 mg (level 6.4). Mild ID; lives with his grandmother [[PERSON|Bernice Whitlock]], legal guardian, at [[ADDRESS|63 Juniper Hollow Rd, Bristol, VT 05443]].
Dental and skin check [[DATE|12/15/2026]]. Guardian email [[EMAIL|bernice.whitlock@example.net]].`,
  ],
  [
    'tuberous-sclerosis-clinic',
    `Neurology clinic — TSC, [[DATE|24/11/2026]]
[[PERSON|Saanvi Iyengar-Moss]], 3F, Medicare [[INSURANCE_ID|${medicare('62047381', '2')}]], URN [[MRN|RCH-229871]]
Infantile spasms at 5 months, vigabatrin, spasm-free since [[DATE|March 2024]]. Cardiac rhabdomyomas regressing on echo.
Development: speech delay, starting early intervention.
Father [[PERSON|Karthik]] [[PHONE|0491 573 019]]; family lives at [[ADDRESS|8 Wattle Grove, Box Hill North VIC 3129]].`,
  ],
  [
    'hip-dysplasia-clinic',
    `Baby hip clinic — [[DATE|24/11/2026]]
Baby [[PERSON|Marlowe]] girl, DOB [[DATE|14/10/2026]], NHS [[INSURANCE_ID|${nhs('627315')}]], hospital no. [[MRN|BH-43019]]
Risk factors: breech, first-born, mother [[PERSON|Juno Everdell]] had DDH.
Ultrasound (Graf): left IIa, right Ib; alpha 57° and 62°.
Plan: repeat scan in 6 weeks, [[DATE|05/01/2027]]; no harness.
Contact: [[PHONE|01632 960258]], [[ADDRESS|Meadow End, 11 Church Street, Bampton OX18 2NA]]`,
  ],
  [
    'hip-dysplasia-clinic',
    `Orthopaedic pre-op note — periacetabular osteotomy
[[PERSON|Sierra Blankenship]], 24F, MRN [[MRN|HP-6620954]], DOB [[DATE|06/03/2002]]
Symptomatic left hip dysplasia: LCEA 14°, Tönnis grade 0, Tönnis angle 18°.
Surgery scheduled [[DATE|12/08/2026]]; crutches and raised toilet seat arranged.
Home: [[ADDRESS|1184 E Bryan Ave, Salt Lake City, UT 84105]]
Insurance: Aetna member ID [[INSURANCE_ID|W418290375]]
Mother [[PERSON|Colleen]] will stay with her, [[PHONE|(801) 555-0137]].`,
  ],
  [
    'hip-dysplasia-clinic',
    `Hip clinic (paediatric orthopaedics) — [[DATE|24/11/2026]]
[[PERSON|Manaia Tuhiwai]], 5 months, NHI [[INSURANCE_ID|${nhi('PLR', '603')}]]
Late-diagnosed left DDH. Closed reduction and hip spica under GA planned for [[DATE|09/12/2026]].
Whānau: mother [[PERSON|Kiri]], grandmother [[PERSON|Huia Tuhiwai]]. Mobile [[PHONE|027 583 1160]].
Car seat for spica organised via hospital loan scheme.`,
  ],
  [
    'leprosy-clinic',
    `Hospital for Tropical Diseases — leprosy clinic, [[DATE|24/11/2026]]
[[PERSON|Thiago Albuquerque Ramos]], 38M, born in Brazil, passport [[PASSPORT|FN482917]], hospital no. [[MRN|HTD-91764]]
Borderline tuberculoid leprosy diagnosed [[DATE|08/2026]] (skin biopsy [[MRN|S26-44017]]). On rifampicin and dapsone, month 4 of 6. G6PD normal.
Hypopigmented patch right thigh, reduced sensation; no new nerve damage. Voluntary muscle testing unchanged.
Address: [[ADDRESS|Flat 3, 18 Stamford Hill, London N16 6XS]]   Mobile [[PHONE|07700 900506]]`,
  ],
  [
    'leprosy-clinic',
    `Hansen's disease clinic — progress note [[DATE|11/24/2026]]
[[PERSON|Ricardo Baltazar]], 61M, MRN [[MRN|HD-0372]], member ID [[INSURANCE_ID|UHC-93048215]]
Multibacillary leprosy (LL), MDT month 14 of 24: rifampin, clofazimine, dapsone. Skin darkening from clofazimine discussed.
Type 2 reaction (ENL) flares x2 this year; prednisone tapering, 15 mg now.
Lives with daughter [[PERSON|Elena Baltazar]] at [[ADDRESS|905 Calle Ocho, Apt 12, Miami, FL 33135]]; contacts screened [[DATE|10/2026]].`,
  ],
  [
    'leprosy-clinic',
    `Leprosy: caring for your hands and feet
Leprosy can damage nerves, so you may not feel cuts, burns or blisters. Check your hands and feet every day, using a mirror for the soles.
Soak dry skin in water for 20 minutes, then rub with oil. Wear shoes that fit, and check inside them for stones.
Use a cloth or gloves when handling hot pots. Tell the clinic about any new numbness, weakness or painful swelling of a nerve straight away.
Leprosy is curable, and after a few doses of treatment it is not passed on to others.`,
  ],
  [
    'intestinal-failure-clinic',
    `Intestinal Failure Unit — home parenteral nutrition review, [[DATE|24/11/2026]]
[[PERSON|Rosalind Ferrabee]], 51F, NHS [[INSURANCE_ID|${nhs('470283')}]], hospital no. [[MRN|IFU-11042]], homecare patient ID [[MRN|HC-5583901]]
Short bowel after Crohn's resections; ~110 cm small bowel, end jejunostomy. HPN 6 nights/week via tunnelled line (inserted [[DATE|03/2024]]).
No line infections this year. Weight stable 58 kg, LFTs normal.
Deliveries to [[ADDRESS|The Granary, 2 Church Lane, Saxilby, Lincoln LN1 2PE]]. Next review [[DATE|23/02/2027]].`,
  ],
  [
    'intestinal-failure-clinic',
    `Intestinal rehabilitation clinic — [[DATE|11/24/2026]]
[[PERSON|Benedict Amankwah]], 8M, MRN [[MRN|IR-2208815]], DOB [[DATE|02/17/2018]]
Gastroschisis with short bowel; PN weaned to 4 nights/week. Teduglutide started [[DATE|08/2026]]. Stool output 28 ml/kg/day.
Central line: Broviac, last CLABSI [[DATE|01/2026]].
Parents [[PERSON|Kwabena]] and [[PERSON|Efua Amankwah]]; mother's email [[EMAIL|efua.amankwah@example.com]], cell [[PHONE|(617) 555-0178]].`,
  ],
  [
    'intestinal-failure-clinic',
    `Home parenteral nutrition: keeping your line safe
Wash your hands and clean the work surface before every connection.
Never let the line touch anything that is not sterile. Keep the dressing clean and dry; cover it for showers.
Call the unit at once if you have a temperature, shivers during or after your feed, redness or pus at the exit site, or a swollen arm.
Keep a daily record of weight, drink, urine and stoma output, and bring it to clinic.`,
  ],
];

export function generateDeidHoldout45(): LabelledRecord[] {
  return holdoutRecords('h45', zh, en);
}

export const DEID_HOLDOUT_45_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/labelled/deid-holdout-45.jsonl',
);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const records = generateDeidHoldout45();
  writeFileSync(DEID_HOLDOUT_45_PATH, renderJsonl(records));
  console.log(`wrote ${records.length} records to ${DEID_HOLDOUT_45_PATH}`);
}
