import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { holdoutRecords, type LabelledRecord, renderJsonl } from './generate-deid.ts';

/**
 * The ROUND-8 fresh held-out de-identification set (data/labelled/deid-holdout-8.jsonl): hand-written
 * snippets with hand-placed spans, marked inline as [[TYPE|text]] (parseMarked strips the marks and
 * records UTF-16 offsets). Written by a separate annotator who did not read the recognizer code and
 * never ran a recognizer on these snippets; it must not be used to tune the recognizers.
 *
 * A mix: about two thirds are the everyday documents of a general hospital and the messages of its
 * patients (admission, progress and discharge notes, outpatient notes in many specialties, referrals,
 * handovers, nursing notes, lab, pathology and imaging headers, prescriptions, consent, billing and
 * insurance forms, online consultations, patient messages and family chats); about a third come from
 * settings earlier rounds did not list: telephone triage and nurse advice lines, hospital volunteer
 * rosters, aviation medicine (in-flight events, MEDIF and fit-to-fly letters), poison centres, patient
 * transport and paid escorts (陪诊), home equipment and oxygen loans, dietetics and ward meal orders,
 * medical social work and safeguarding, aesthetic clinics, medical-records requests, sick notes and
 * fitness-for-work certificates, biobank accession, contact tracing and migrant / refugee health.
 *
 * Identifiers are synthetic: resident IDs carry a valid GB 11643 check character and a sex digit and
 * birth date consistent with the text (15-digit IDs likewise), bank cards a valid Luhn digit, NHS numbers
 * are in the 999 test range with their modulus-11 digit, Australian Medicare numbers pass their check
 * digit, the CHI number its modulus-11 digit and the NZ NHI its check character; the US SSN is in the
 * 987-65-432x advertising range. Phones are random mainland numbers or fictional ranges (North American
 * 555-01xx, UK 07700 900xxx, 0113 496 0xxx and 0161 496 0xxx, Australian 0491 570 xxx); mail and web
 * hosts are example.*; IP addresses come from the documentation ranges.
 *
 * Span conventions are those of data/labelled/deid-holdout-2/-3/-4/-5/-6/-7.card.yaml; the decisions new
 * in this round are in data/labelled/deid-holdout-8.card.yaml.
 */
const zh: Array<[string, string]> = [
  [
    'admission',
    '【入院病历首页摘录】\n姓名 [[PERSON|邸春和]]　性别 男　年龄 71岁　民族 汉\n出生 [[DATE|1955年6月3日]]　籍贯 [[ADDRESS|河北省保定市清苑区]]\n公民身份号码 [[ID_CARD|130608195506030756]]\n现住址 [[ADDRESS|保定市竞秀区东风西路218号院3号楼2单元602]]\n入院时间 [[DATE|2026-11-17]] 10:42　入院科室 心内科二病区 [[MRN|36]]床\n病案号 [[MRN|0742218]]\n联系人 儿子 [[PERSON|邸文博]] [[PHONE|15931276048]]',
  ],
  [
    'admission',
    '急诊科首诊记录 [[DATE|2026.11.20]] 23:15\n患者自诉名叫[[PERSON|庞晓雯]]，28岁，身份证[[ID_CARD|130104199808024664]]。骑电动车与一辆白色轿车（[[PLATE|冀A·7K2D9]]）相撞后右前臂肿痛、畸形1小时。同行同事[[PERSON|葛一凡]]代为挂号，手机[[PHONE|187 3302 6519]]。X线示右桡骨远端骨折，予石膏托外固定。急诊号[[MRN|JZ-20261120-0311]]。',
  ],
  [
    'admission',
    '儿科入院记录\n患儿：[[PERSON|闫子睿]]　男　3岁2月　出生日期：[[DATE|2023-09-14]]\n住院号：[[MRN|EK0058817]]　床位：[[MRN|12]]床\n代诉人：母亲[[PERSON|付晓蕾]]，身份证[[ID_CARD|410105199405170249]]，电话[[PHONE|13598061274]]\n现病史：发热伴咳嗽4天，最高体温39.6℃，气促1天。按时接种疫苗。体重14kg，SpO2 93%。',
  ],
  [
    'admission',
    '老年科入院　[[DATE|11月21日]]\n[[PERSON|濮阳淑贞]]，女，[[AGE|92]]岁，丧偶，独居于[[ADDRESS|苏州市姑苏区十全街锦绣坊11号]]，近一周进食差、反复跌倒。保姆[[PERSON|蒋桂兰]]（手机[[PHONE|13962187705]]）发现其卧地不起后拨打120。身份证[[ID_CARD|320508193402269325]]。MMSE 17分，Barthel 35分，CFS 6级。',
  ],
  [
    'progress-note',
    '[[DATE|2026-11-18]] 主任查房记录\n[[PERSON|郜]]主任查看患者[[PERSON|汲红梅]]后指出：患者术后第3天，引流量减少至20ml，体温36.8℃，切口无渗出。同意拔除引流管。嘱今日复查血常规、CRP。家属[[PERSON|汲勇]]已知情。\n记录者：[[PERSON|沃佳宁]]',
  ],
  [
    'progress-note',
    'ICU病程 [[DATE|11/19]]\n[[MRN|3]]床 [[PERSON|冷振川]] 男 66y，重症肺炎 HD#4\nS: 镇静中 RASS -2\nO: FiO2 45%，PEEP 8，P/F 186，NE 0.12μg/kg/min，乳酸1.9\nA/P: 痰培养示肺炎克雷伯菌（ESBL+），换美罗培南1g q8h；明日尝试SBT。\n值班：[[PERSON|杭诗雨]]',
  ],
  [
    'progress-note',
    '[[DATE|11月22日]] 病程记录：今日[[PERSON|谈立峰]]精神可，自诉切口轻度疼痛，NRS 3分。其妻[[PERSON|岑晓溪]]询问出院时间，已告知预计[[DATE|11月25日]]。肠鸣音恢复，已排气，今日开始流质饮食。继续目前治疗。[[PERSON|鄂文涛]]（住院医师）',
  ],
  [
    'progress-note',
    '肿瘤内科病程\n患者[[PERSON|和丽萍]]（纳西族），第4周期化疗第2天，恶心2级，予昂丹司琼8mg静推。血常规：WBC 3.1×10^9/L，PLT 112×10^9/L。患者丈夫[[PERSON|木春生]]提出化疗结束后回[[ADDRESS|丽江市古城区]]老家休养，已告知血常规复查要求。',
  ],
  [
    'discharge',
    '出院小结\n姓名：[[PERSON|扈家宝]]　住院号：[[MRN|ZY26-118304]]\n身份证号：[[ID_CARD|371002197309195811]]\n入院：[[DATE|2026年11月9日]]　出院：[[DATE|2026年11月20日]]\n诊断：1.急性胆囊炎 2.胆囊结石（K80.0）\n手术：[[DATE|11月11日]]行腹腔镜胆囊切除术\n出院医嘱：低脂饮食，[[DATE|12月2日]]肝胆外科门诊复查。\n主治医师：[[PERSON|籍永庆]]',
  ],
  [
    'discharge',
    '出院证明书\n兹证明[[PERSON|禹佳琪]]，女，38岁，身份证号[[ID_CARD|510107198809210245]]，于[[DATE|2026年11月3日]]至[[DATE|11月16日]]在我院妇科住院治疗，诊断：子宫肌瘤（D25.9），行宫腔镜下肌瘤切除术。出院后建议休息一个月。\n经治医师：[[PERSON|操红英]]　　[[DATE|2026年11月16日]]',
  ],
  [
    'discharge',
    '出院宣教单（交患者）\n[[PERSON|甯志远]]先生：您已于今日出院。华法林每日3mg，请于[[DATE|11月27日]]上午在社区医院查INR，目标2.0–3.0。如出现黑便、牙龈出血，请联系随访护士[[PERSON|温小棠]]（手机[[PHONE|17703185462]]）。病案号[[MRN|60091472]]。',
  ],
  [
    'discharge',
    '新生儿出院记录\n母亲姓名：[[PERSON|芦思彤]]　母住院号：[[MRN|CK2611-0472]]\n婴儿：[[PERSON|芦思彤]]之女　出生：[[DATE|2026-11-15]] 04:37　体重3150g　Apgar 9-10\n出院日期：[[DATE|2026-11-18]]　新生儿疾病筛查采血：已完成（[[DATE|11-17]]）\n卡介苗、乙肝疫苗第1针已接种。随访：[[DATE|11月25日]]儿保门诊。',
  ],
  [
    'outpatient',
    '内分泌科门诊　[[DATE|2026/11/19]]\n[[PERSON|斛亚男]]，女，54岁。2型糖尿病8年，HbA1c 8.9%，空腹血糖10.2mmol/L，eGFR 78。调整：二甲双胍0.5g tid，加用达格列净10mg qd。就诊卡号[[MRN|6200 1834 7751]]。3个月后复查糖化血红蛋白。',
  ],
  [
    'outpatient',
    '耳鼻咽喉科 门诊病历\nID：[[MRN|MZ00618827]]　姓名：[[PERSON|衣晓光]]　男　41岁\n主诉：右耳闷胀伴听力下降2周。\n查体：右鼓膜内陷，色淡黄。纯音测听：右耳传导性听力损失，平均气导35dB。\n诊断：分泌性中耳炎（H65.9）\n处理：糠酸莫米松鼻喷雾剂，两周后复诊。医师：[[PERSON|汤逸]]',
  ],
  [
    'outpatient',
    '骨科门诊\n[[PERSON|居海龙]]，男，45岁，快递员，家住[[ADDRESS|南京市栖霞区仙林街道学海路9号仙林新村19栋304室]]，搬货时扭伤腰部。直腿抬高试验左60°阳性。MRI示L4/5椎间盘突出。医保卡号[[INSURANCE_ID|K32011304958]]。建议卧床休息，塞来昔布200mg qd。',
  ],
  [
    'outpatient',
    '针灸科门诊记录 [[DATE|11-16]]\n患者[[PERSON|白芷]]，女，33岁。主诉：右侧口角歪斜3天，闭目露白。诊断：周围性面瘫（面神经炎）。处理：针刺地仓、颊车、合谷、太冲；另予白芷、川芎、防风煎汤熏洗。嘱避风寒，勿用冷水洗脸。下次就诊[[DATE|11-19]]。',
  ],
  [
    'outpatient',
    '泌尿外科门诊：[[PERSON|门国栋]]，男，67岁，PSA 12.4ng/ml，fPSA/tPSA 0.11，建议前列腺穿刺。患者称需与女儿商量，女儿[[PERSON|门佳]]在外地工作，留其号码[[PHONE|0571-8762 3094]]以便预约。门诊号[[MRN|20261118MZ0392]]。',
  ],
  [
    'outpatient',
    '神经内科门诊\n姓名：[[PERSON|公冶明远]]　性别：男　年龄：75\n身份证：[[ID_CARD|370102510814925]]\n主诉：右手静止性震颤2年，动作缓慢。\n查体：右上肢齿轮样强直，后拉试验阴性。Hoehn-Yahr 2期。\n诊断：帕金森病。予多巴丝肼62.5mg tid。',
  ],
  [
    'outpatient',
    '乳腺外科门诊 [[DATE|2026年11月20日]]\n[[PERSON|司寇雨桐]] 女 39岁　门诊ID [[MRN|1022647185]]\n左乳外上象限触及2cm肿块，质韧，活动度可。超声 BI-RADS 4A。建议空芯针穿刺活检，已预约[[DATE|11月24日]]。患者要求报告发送至邮箱[[EMAIL|sikou.yt@example.cn]]。',
  ],
  [
    'outpatient',
    '疼痛科复诊　[[DATE|11/21]]\n[[PERSON|太史玉兰]]（女，81岁）带状疱疹后神经痛3个月，NRS由7降至4，夜间可睡5小时。普瑞巴林75mg bid续用。陪诊：外孙女[[PERSON|陶可欣]]，[[PHONE|139-1704-2286]]，车停地库（[[PLATE|沪A·D39271]]），已开停车减免。',
  ],
  [
    'referral',
    '双向转诊（上转）单\n患者姓名：[[PERSON|汪德胜]]　性别：男　年龄：59岁\n身份证号：[[ID_CARD|340104196704125634]]\n家庭住址：[[ADDRESS|合肥市蜀山区南七街道望江西路66号金色池塘7幢1103]]\n转出单位：南七社区卫生服务中心　转入科室：心血管内科\n初步诊断：不稳定型心绞痛\n转诊医生：[[PERSON|崔敏]]　联系电话：[[PHONE|18955102736]]\n转诊日期：[[DATE|2026年11月18日]]',
  ],
  [
    'referral',
    '会诊申请单\n申请科室：呼吸内科　床号：[[MRN|27]]　患者：[[PERSON|海秀英]]\n会诊科室：风湿免疫科　会诊类型：普通\n病情摘要：女，52岁，间质性肺病，ANA 1:320，抗Jo-1阳性，技工手，考虑抗合成酶综合征可能，请协助诊治。\n申请医师：[[PERSON|买睿]]　[[DATE|2026-11-19]]',
  ],
  [
    'referral',
    '转院（异地就医）说明\n[[PERSON|宗政秀峰]]，男，60岁，医保编号[[INSURANCE_ID|1201 0356 8842]]，因食管鳞癌拟转上海继续同步放化疗，已办理异地就医备案。联系人：其子[[PERSON|宗政皓]]，电话[[PHONE|15222307184]]，住[[ADDRESS|天津市河西区友谊路31号]]。',
  ],
  [
    'handover',
    '夜班护理交班　[[DATE|11月20日]]\n床号 | 姓名 | 诊断 | 交班要点\n[[MRN|5]] | [[PERSON|覃秀娥]] | 脑梗死 | 右侧肢体肌力2级，q2h翻身\n[[MRN|9]] | [[PERSON|姬鸿飞]] | 消化道出血 | 大便隐血阳性，禁食\n11 | 空床 | — | —\n[[MRN|14]] | [[PERSON|戴安琪]] | 糖尿病足 | 创面渗液多，明晨换药\n交班人：[[PERSON|方圆]]　接班人：[[PERSON|贝琳]]',
  ],
  [
    'handover',
    '抢救室交班：抢[[MRN|1]] [[PERSON|车文斌]]，CO中毒，COHb 28%，高压氧已联系；抢3 无名氏男，醉酒，头颅CT未见异常，等待派出所核实身份；抢[[MRN|4]] [[PERSON|刁美凤]]，低血糖昏迷已纠正，血糖6.2，家属[[PERSON|刁强]]在门口。交：[[PERSON|鲁毅]]　接：[[PERSON|虞可]]',
  ],
  [
    'handover',
    '产房交班 [[DATE|2026-11-21]] 早班\n[[MRN|1]]室 [[PERSON|苏日娜]]，G1P0，宫口开4cm，胎心140次/分，硬膜外镇痛中；\n2室 空；\n[[MRN|3]]室 [[PERSON|崔英淑]]，G2P1，已娩一女，产后出血350ml，宫缩好。\n交班助产士：[[PERSON|阮秋]]',
  ],
  [
    'nursing-note',
    '护理记录单\n[[DATE|2026-11-17]] 14:00 患者[[PERSON|陆沐阳]]全麻下行右半结肠切除术后返回病房，神志清，腹部切口敷料干燥，留置导尿通畅，尿色清。Braden 14分，予气垫床，双下肢气压治疗。\n签名：[[PERSON|尹秋]]',
  ],
  [
    'nursing-note',
    '跌倒高危告知\n[[MRN|42]]床 [[PERSON|闾丘玉珍]]，[[AGE|90]]岁，Morse评分65分，已告知陪护[[PERSON|赖]]阿姨：夜间床栏拉起，呼叫铃置于手边，如厕需搀扶。\n[[DATE|11/22]] 护士 [[PERSON|郑可]]',
  ],
  [
    'lab-report',
    '滨江市第三人民医院检验报告单\n姓名：[[PERSON|解秀芝]]　性别：女　年龄：70岁\n病历号：[[MRN|00583126]]　标本号：[[MRN|2611210487]]　科室：肾内科　床号：[[MRN|18]]\n标本类型：血清　采集时间：[[DATE|2026-11-21]] 06:10\n项目　结果　参考范围\n肌酐　286 μmol/L ↑　41-73\n尿素　17.4 mmol/L ↑　2.6-7.5\n钾　5.6 mmol/L ↑　3.5-5.3\n检验者：[[PERSON|汝佳]]　审核者：[[PERSON|席文杰]]',
  ],
  [
    'lab-report',
    '危急值报告登记本\n[[DATE|11-20]] 02:35 检验科[[PERSON|韩笑]]电话报告：[[PERSON|包朝鲁]]血钾6.8mmol/L，住院号[[MRN|Z2611037]]。接听护士[[PERSON|章雅]]复述无误，02:38已报告值班医生[[PERSON|伍恒]]，予葡萄糖酸钙、胰岛素+葡萄糖处理。',
  ],
  [
    'lab-report',
    '病理检查报告\n病理号：[[MRN|P26-09318]]　姓名：[[PERSON|敬红霞]]　门诊/住院号：[[MRN|882173]]\n送检：胃窦黏膜活检　收到日期：[[DATE|2026-11-16]]\n病理诊断：（胃窦）慢性萎缩性胃炎伴肠化（中度），HP(+)。\n诊断医师：[[PERSON|殳立新]]',
  ],
  [
    'imaging-report',
    'CT检查报告\n检查号：[[MRN|CT2611190215]]　姓名：[[PERSON|萨仁高娃]]　性别：女　年龄：47岁\n检查部位：胸部平扫　检查日期：[[DATE|2026-11-19]]\n所见：右肺上叶尖段见一磨玻璃结节，直径约8mm（Im 52），边界清。\n诊断意见：右肺上叶磨玻璃结节，Lung-RADS 3类，建议6个月复查。\n报告医师：[[PERSON|茅远]]　审核：[[PERSON|郦文]]',
  ],
  [
    'imaging-report',
    '超声报告单　[[DATE|2026/11/22]]\n[[PERSON|伏晓燕]] 女 26岁　ID[[MRN|U00931876]]　孕13+2周\n宫内单活胎，CRL 71mm，NT 1.4mm，胎心率158次/分，胎盘附着于子宫后壁。\n检查医生：[[PERSON|檀悦]]',
  ],
  [
    'prescription',
    '处　方\n费别：医保　科室：呼吸科门诊　处方号：[[MRN|CF2611200573]]\n姓名：[[PERSON|左丘宁]]　性别：女　年龄：35岁\n临床诊断：支气管哮喘\nRp：布地奈德福莫特罗吸入粉雾剂 160/4.5μg 1吸 bid\n　　孟鲁司特钠片 10mg qn\n医师：[[PERSON|韦嘉禾]]　审核药师：[[PERSON|聂晴]]',
  ],
  [
    'prescription',
    '麻醉药品处方（红色）\n患者：[[PERSON|淳于德明]]　男　58岁　身份证：[[ID_CARD|420111196803057319]]\n诊断：肺癌骨转移　疼痛评分NRS 7\nRp：盐酸羟考酮缓释片 20mg q12h ×7日\n代办人：[[PERSON|淳于佳]]（女儿）身份证：[[ID_CARD|420111199307188364]]\n处方医师：[[PERSON|成旭]]',
  ],
  [
    'prescription',
    '中药处方笺　[[DATE|2026年11月18日]]\n[[PERSON|安然]]　女　44岁　门诊号[[MRN|T-0091537]]\n辨证：肝郁脾虚\n柴胡10g　白芍12g　当归10g　茯苓15g　白术12g　薄荷6g（后下）　炙甘草6g\n七剂，水煎服，日一剂。嘱睡前服第二煎，以助安然入睡。\n医师：[[PERSON|柏青]]',
  ],
  [
    'consent',
    '手术知情同意书（摘要）\n患者姓名：[[PERSON|纪梓涵]]　住院号：[[MRN|ZY2611-20048]]\n拟行手术：腹腔镜阑尾切除术\n……我已详细阅读以上内容，对医师的告知表示完全理解，同意手术。\n患者签名：[[PERSON|纪梓涵]]　签名日期：[[DATE|2026年11月20日]]\n谈话医师：[[PERSON|项立伟]]',
  ],
  [
    'consent',
    '麻醉知情同意书\n患儿：[[PERSON|米乐乐]]　5岁　床号：[[MRN|07]]\n监护人：[[PERSON|米东升]]（父）　身份证号：[[ID_CARD|610113198902239297]]　电话：[[PHONE|186 2905 7314]]\n麻醉方式：全身麻醉（喉罩）\n监护人签字：[[PERSON|米东升]]　[[DATE|2026.11.21]]',
  ],
  [
    'consent',
    '授权委托书\n委托人：[[PERSON|寇金花]]，身份证号[[ID_CARD|620102461009006]]\n受托人：[[PERSON|寇志军]]（儿子），身份证号[[ID_CARD|620102197405302310]]\n委托事项：代为签署本人住院期间的各项医疗知情同意书。\n委托人（手印）　[[DATE|2026年11月19日]]',
  ],
  [
    'billing',
    '住院费用结算单\n姓名：[[PERSON|尤振华]]　住院号：[[MRN|ZY0081253]]　医保类型：城镇职工\n社会保障号码：[[ID_CARD|310104196111115339]]\n入院日期：[[DATE|2026-11-02]]　出院日期：[[DATE|2026-11-13]]\n总费用：38,216.40元　统筹支付：27,113.08元　个人自付：11,103.32元\n结算操作员：0215',
  ],
  [
    'billing',
    '退费申请\n申请人：[[PERSON|柴雅婷]]　就诊卡号：[[MRN|3100 0729 6418]]\n退费原因：预约的无痛胃镜取消，已缴费480元。\n退款账户：中国银行 [[BANK_CARD|6217 9043 7344 7961 204]]　户名：[[PERSON|柴雅婷]]\n联系电话：[[PHONE|13818420976]]　申请日期：[[DATE|2026年11月17日]]',
  ],
  [
    'billing',
    '医疗救助申请表\n申请人：[[PERSON|阿苏拉则]]（彝族）　身份证：[[ID_CARD|513401197908083495]]\n户籍：[[ADDRESS|凉山州西昌市安宁镇马坪村4组]]\n患病家属：妻子[[PERSON|曲比阿果]]，尿毒症规律透析每周3次\n开户行：农村信用社　账号：[[BANK_CARD|6214492034793327656]]\n村委会意见：情况属实，同意上报。',
  ],
  [
    'billing',
    '理赔申请书\n被保险人：[[PERSON|谭欣悦]]　保单号：[[INSURANCE_ID|P2025-4407-31826]]\n出险日期：[[DATE|2026年10月30日]]　就诊医院：市儿童医院\n出险经过：孩子在学校体育课摔伤左腕，诊断左桡骨青枝骨折。\n领款人：[[PERSON|谭骁骐]]　银行卡号：[[BANK_CARD|6228 4833 2828 7413 126]]\n申请人电话：[[PHONE|15099327641]]',
  ],
  [
    'online-consult',
    '【图文问诊】问诊单号：[[MRN|WZ20261121004819]]\n患者：[[PERSON|黎晨曦]]，女，31岁\n[[PERSON|黎晨曦]]：医生您好，我孕28周，今天数胎动比平时少一半。\n[[PERSON|亢]]医生：建议立即到产科急诊行胎心监护，不要在家等待。\n[[PERSON|黎晨曦]]：好的，我住[[ADDRESS|佛山市顺德区大良街道新松路12号]]，去区医院可以吗？\n[[PERSON|亢]]医生：可以，请尽快前往。',
  ],
  [
    'online-consult',
    '视频复诊记录\n就诊人：[[PERSON|嵇文华]]，男，63岁，高血压复诊。\n平台账号：[[ACCOUNT|jiwenhua_1963]]　复诊编号：[[MRN|FZ-2611-77310]]　登录IP：[[IP|203.0.113.58]]\n家庭自测血压135/82mmHg，继续氨氯地平5mg qd。\n处方已流转，配送地址：[[ADDRESS|无锡市梁溪区中山路288号5栋1202]]\n接诊医生：[[PERSON|施宇]]',
  ],
  [
    'online-consult',
    '药师在线咨询\n用户[[ACCOUNT|小鹿妈妈0921]]：宝宝[[PERSON|栗子]]2岁，发烧38.7℃，能吃布洛芬吗？体重12公斤。\n药师[[PERSON|羿然]]：2岁可以用布洛芬混悬液，每次5-10mg/kg，间隔6-8小时，24小时不超过4次。\n用户[[ACCOUNT|小鹿妈妈0921]]：好的，[[PERSON|栗子]]今天还吃了点栗子泥，没关系吧？\n药师[[PERSON|羿然]]：没关系。若持续高热超过3天请就诊。',
  ],
  [
    'patient-message',
    '[[PERSON|娄]]医生您好，我是上周五做甲状腺手术的[[PERSON|兰舒]]，住院号[[MRN|0573319]]。今天伤口有点红，照片发到您邮箱[[EMAIL|lanshu0415@example.com.cn]]了，麻烦看看。我电话[[PHONE|１３６５１８７２０９３]]。',
  ],
  [
    'patient-message',
    '患者留言：你好，我妈[[PERSON|洪桂芳]]上个月在你们医院住院（住院号[[MRN|2610-55813]]），出院发票丢了，能补打吗？我们现在住[[ADDRESS|东莞市南城街道宏图路鸿福大厦B座1708]]，方便的话寄过来。收件人[[PERSON|洪晓北]]，[[PHONE|+86 135 3064 1872]]。',
  ],
  [
    'patient-message',
    '护士长您好，我是[[MRN|15]]床[[PERSON|巴雅尔图]]的儿子[[PERSON|巴图孟和]]。我爸出院后胰岛素怎么打还不太会，想以后有问题能问问您，能加您微信吗？我的微信号是[[ACCOUNT|batu_mh88]]。',
  ],
  [
    'patient-message',
    '您好，我是每周一三五来做血透的[[PERSON|邢宝山]]的家属，想申请医院地下车库的月卡，车牌[[PLATE|浙B·5Q73M]]，登记人写我：[[PERSON|邢丽]]，[[PHONE|13906742158]]。谢谢！',
  ],
  [
    'family-chat',
    '群聊「相亲相爱一家人」\n[[PERSON|嘉鸿]]：爸今天转到普通病房了，8病区[[MRN|23]]床\n大姐：我下午去换班，带点小米粥\n[[PERSON|嘉鸿]]：护工电话[[PHONE|15857320941]]，姓[[PERSON|铁]]\n小叔：医保卡在我这，卡号[[INSURANCE_ID|A330102658174]]，要用就说\n大姐：收到👌',
  ],
  [
    'family-chat',
    '[[PERSON|琦琦]]：奶奶的复查约在[[DATE|12月3日]]上午，要空腹\n[[PERSON|阿杰]]：我请不了假😭\n[[PERSON|琦琦]]：那我带她，早上七点去[[ADDRESS|长宁区天山路600弄3号1201]]接她\n[[PERSON|阿杰]]：好，身份证原件在抽屉里，号码先发你：[[ID_CARD|310105 19470611 0606]]',
  ],
  [
    'family-chat',
    '[[PERSON|钟予安]]：住院押金还差五千，我先转过去\n小[[PERSON|峰]]：用我这张卡吧，[[BANK_CARD|6214 8342 2596 9923]]，密码你知道的\n[[PERSON|钟予安]]：别在群里发卡号啊！快撤回\n小[[PERSON|峰]]：撤不回了😅',
  ],
  [
    'family-chat',
    '[[PERSON|若岚]]：太爷爷今天[[AGE|九十五]]岁生日，护士们给他唱了生日歌🎂\n[[PERSON|亦舟]]：视频里看他精神挺好\n[[PERSON|若岚]]：医生说肺部感染控制住了，下周可能出院\n妈妈：出院那天我去接，你们安心上班',
  ],
  [
    'telephone-triage',
    '护士健康热线通话记录\n来电号码：[[PHONE|13771905263]]　来电人：[[PERSON|倪晓冬]]（患者本人）\n主诉：胸闷、左肩痛40分钟，伴出汗。\n分诊问题：是否有冠心病史？——是，去年放过支架。\n分诊结论：立即拨打120，不要自行驾车；嘱嚼服阿司匹林300mg。线上等待至急救车到达。\n通话编号：[[MRN|RX-1121-0447]]　接线护士：[[PERSON|苟晓茜]]',
  ],
  [
    'telephone-triage',
    '儿科夜间电话分诊\n[[DATE|11月22日]] 01:20 家长[[PERSON|浦晨]]来电，孩子[[PERSON|浦一航]]，1岁4个月，发热39.2℃，精神可，吃奶好，无抽搐、无皮疹，尿量正常。\n按流程判定：居家观察，可给对乙酰氨基酚；若嗜睡、呼吸急促或发热超过72小时立即就诊。\n回拨号码：[[PHONE|0755-2683 4419]]\n分诊护士：[[PERSON|卓雅楠]]',
  ],
  [
    'volunteer-roster',
    '门诊志愿者排班表（第48周）\n日期 | 岗位 | 志愿者 | 手机\n[[DATE|11/23]] 周一 | 导诊台 | [[PERSON|屈梦婷]] | [[PHONE|13524781930]]\n[[DATE|11/24]] 周二 | 自助机协助 | [[PERSON|乐正思齐]] | [[PHONE|15026914387]]\n[[DATE|11/25]] 周三 | 轮椅借还 | [[PERSON|滑国平]] | [[PHONE|13601638275]]\n备注：志愿者编号（V-0318等）仅在志愿者系统内使用。',
  ],
  [
    'aviation-medicine',
    '机上医疗事件报告\n航班：MU5127　座位：32C　日期：[[DATE|2026-11-14]]\n旅客：[[PERSON|汤婉清]]　证件号：[[ID_CARD|350203198607043709]]\n事件：起飞后约50分钟旅客诉心悸、头晕，BP 88/54mmHg，HR 150次/分。机上志愿医生[[PERSON|韩梓萌]]（自述急诊科医师）协助处理，予平卧、吸氧，刺激迷走神经后心率降至96次/分。\n处置：落地后移交机场急救中心。乘务长：[[PERSON|费思雅]]',
  ],
  [
    'aviation-medicine',
    '旅客医疗信息表（MEDIF）\n旅客姓名：[[PERSON|应桂珍]]，女，[[AGE|91]]岁\n护照号：[[PASSPORT|EJ3261074]]\n诊断：慢性阻塞性肺疾病，静息SpO2 93%\n是否需要机上供氧：是，2L/min\n陪同人：[[PERSON|应立]]（孙），电话[[PHONE|13386027415]]\n拟乘航班日期：[[DATE|2026年12月6日]]',
  ],
  [
    'poison-centre',
    '中毒咨询热线记录\n咨询编号：[[MRN|ZD-26-03187]]\n来电：家长[[PERSON|侍冬梅]]，[[PHONE|18362219054]]\n中毒者：[[PERSON|侍晨阳]]，男，2岁，11kg\n暴露：约30分钟前误服外婆的氨氯地平片，最多3片（5mg/片）。\n建议：立即就近急诊，带药盒前往，心电监护至少24小时。\n应答药师：[[PERSON|池雨]]',
  ],
  [
    'poison-centre',
    '基层上报：农药中毒病例\n患者[[PERSON|潘阿妹]]，女，56岁，住[[ADDRESS|百色市田阳区那坡镇坛河村2组]]，[[DATE|11月21日]]上午喷洒有机磷农药后出现头晕、流涎、瞳孔缩小。胆碱酯酶活力32%。已予阿托品、氯解磷定，转县医院。\n报告人：乡卫生院[[PERSON|梁秋菊]]',
  ],
  [
    'patient-transport',
    '【陪诊服务订单】\n订单号：20261120-8837\n就诊人：[[PERSON|富淑云]]，女，78岁，身份证[[ID_CARD|110108194809056704]]\n接送地址：[[ADDRESS|北京市海淀区学院路30号院12号楼3门401]]\n就诊：市肿瘤医院　时间：[[DATE|11月26日]] 8:00\n陪诊师：[[PERSON|邱小芒]]　手机[[PHONE|17601236749]]　车辆：[[PLATE|京N·8H3T2]]\n下单人：女儿[[PERSON|富佳音]]',
  ],
  [
    'patient-transport',
    '非急救转运预约单\n预约号：[[MRN|ZY-T-2611-0093]]\n患者：[[PERSON|东郭长林]]　男　84岁　卧床，需担架，携带氧气\n起点：[[ADDRESS|青岛市崂山区沙子口街道东山路7号]]\n终点：市立医院东院区血透中心\n日期：[[DATE|2026年11月24日]]　联系人：[[PERSON|东郭芳]] [[PHONE|0532-8896 1274]]',
  ],
  [
    'equipment-loan',
    '家用呼吸机租赁协议\n承租人：[[PERSON|黄韵秋]]（使用人之女）　身份证：[[ID_CARD|440106198204165264]]\n使用人：[[PERSON|黄德顺]]\n设备：无创呼吸机 ST-30　序列号：SN2041187753\n押金：3000元　退押金账户：[[BANK_CARD|6222 0292 8309 6429 504]]\n送货地址：[[ADDRESS|广州市天河区龙口西路126号龙苑大厦1703]]\n租期：[[DATE|2026-11-20]]至[[DATE|2027-02-19]]',
  ],
  [
    'equipment-loan',
    '轮椅借用登记簿\n日期　借用人　病人/床号　押金　归还\n[[DATE|11.19]]　[[PERSON|邵红]]　[[PERSON|邵金生]]/[[MRN|31]]床　押身份证[[ID_CARD|110105650312224]]　已还\n[[DATE|11.20]]　[[PERSON|靖宇航]]　本人/门诊　200元　未还\n轮椅编号：LY-07、LY-12',
  ],
  [
    'dietetics',
    '临床营养会诊记录\n[[MRN|16]]床 [[PERSON|旷建平]]，男，69岁，食管癌术后第7天，近3个月体重下降8kg，NRS2002 5分。\n建议：经空肠营养管输注短肽型肠内营养液500ml/d起，逐日加量至1500ml/d；输注时间安排需考虑周全，下午检查时段可暂停。\n营养师：[[PERSON|周全]]　[[DATE|2026-11-18]]',
  ],
  [
    'dietetics',
    '病区订餐单　[[DATE|11月23日]] 午餐\n床号　姓名　膳食\n[[MRN|2]]　[[PERSON|沙玉梅]]（回族）　清真半流质\n[[MRN|6]]　[[PERSON|钱多多]]　糖尿病餐\n[[MRN|10]]　[[PERSON|吕冬青]]　低盐低脂\n13　—　禁食\n订餐员：[[PERSON|楚楚]]',
  ],
  [
    'social-work',
    '医务社工个案记录\n个案编号：[[MRN|SW2026-118]]\n服务对象：[[PERSON|麦果]]，12岁，急性淋巴细胞白血病化疗中。\n家庭情况：父亲[[PERSON|麦建斌]]在外务工，母亲[[PERSON|许雁]]全职陪护，家住[[ADDRESS|六安市金寨县梅山镇红石村]]，月收入约2800元。\n介入：链接慈善基金，筹款页[[URL|https://gongyi.example.cn/p/2611087]]，善款转入母亲卡[[BANK_CARD|6217008240534898752]]。\n社工：[[PERSON|阎丽娜]]　[[DATE|11/17]]',
  ],
  [
    'social-work',
    '社工跟进：急诊收治一名无身份证明的老年男性，自称姓[[PERSON|晋]]，约70岁，意识清楚，说不清住址。已联系救助管理站及派出所。[[DATE|11月20日]]其侄子[[PERSON|晋志兵]]经寻亲平台联系到我院，提供身份证号[[ID_CARD|430104550306715]]，确认患者为[[PERSON|晋德旺]]。',
  ],
  [
    'aesthetic-clinic',
    '医疗美容就诊记录\n会员卡号：[[MRN|VIP0087213]]\n求美者：[[PERSON|夏至]]，女，29岁\n项目：眼周注射A型肉毒毒素20U（批号BTX2610A，有效期至2028-05）\n既往：[[DATE|2025年4月]]行双眼皮手术\n分期付款卡：[[BANK_CARD|6258076004328031]]\n术后照片上传：[[URL|m.example.com.cn/u/xiazhi29]]\n备注：明年夏至前后紫外线强，注意防晒。医生：[[PERSON|苗嘉怡]]',
  ],
  [
    'aesthetic-clinic',
    '客服记录：顾客[[PERSON|薛曼青]]反映[[DATE|11月21日]]晚玻尿酸隆鼻后鼻背发白、疼痛。已电话指导立即返院。顾客微信：[[ACCOUNT|xmq_0301]]，手机：[[PHONE|19912054738]]。值班医生[[PERSON|邹立]]已在院等候，备透明质酸酶。',
  ],
  [
    'records-request',
    '病案复印申请表\n患者姓名：[[PERSON|钭永明]]　病案号：[[MRN|0651327]]\n出院日期：[[DATE|2025-07-14]]\n申请人：[[PERSON|钭佳慧]]（患者之女）\n申请人身份证：[[ID_CARD|331002199001274865]]\n用途：商业保险理赔　复印份数：2\n邮寄地址：[[ADDRESS|台州市椒江区白云山南路88弄7号]]\n电子版发送至：[[EMAIL|doujh1990@example.com]]',
  ],
  [
    'records-request',
    '关于调取病历的复函\n[[PERSON|于是]]律师：\n您所代理的[[PERSON|弓立新]]（住院号[[MRN|Z15338210]]）医疗纠纷一案，经核对患者本人签署的授权委托书，于是同意提供病历复印件一套。案号（2026）苏0102民初5123号请另附法院调查令。\n医务处',
  ],
  [
    'sick-note',
    '诊断证明书　编号：[[MRN|ZM2611-06634]]\n姓名：[[PERSON|翟星辰]]　性别：男　年龄：24岁\n身份证号：[[ID_CARD|32010620020415391x]]\n诊断：急性阑尾炎术后\n建议：全休两周（[[DATE|2026年11月20日]]至[[DATE|12月3日]]）\n医师：[[PERSON|景安]]　（本证明涂改无效）',
  ],
  [
    'sick-note',
    '复课证明\n学生：[[PERSON|管小禾]]，四年级3班\n因水痘于[[DATE|11月9日]]起居家隔离，现皮疹全部结痂，已无传染性，准予[[DATE|11月23日]]返校。\n开具医生：[[PERSON|桓宇]]　社区卫生服务中心（章）',
  ],
  [
    'biobank',
    '生物样本库入库登记\n样本编号：[[MRN|BB-26-004731]]\n捐献者：[[PERSON|晁慧敏]]，女，57岁，住院号[[MRN|ZY0097718]]\n样本类型：肝癌组织（冻存管×4，盒位B3-12）\n知情同意签署日期：[[DATE|2026-11-15]]\n采集人：[[PERSON|武思琪]]',
  ],
  [
    'contact-tracing',
    '麻疹病例密切接触者登记\n指示病例：[[PERSON|熊可馨]]（8月龄），出疹日期[[DATE|11月12日]]\n序号　姓名　关系　电话　末次接触\n1　[[PERSON|熊磊]]　父亲　[[PHONE|13873106245]]　[[DATE|11月17日]]\n2　[[PERSON|向琳]]　母亲　同上　[[DATE|11月17日]]\n3　[[PERSON|伍月娥]]　保姆　[[PHONE|17375120836]]　[[DATE|11月16日]]\n排查人：[[PERSON|瞿宁]]',
  ],
  [
    'migrant-health',
    '来华工作外籍人员体检表\n姓名：[[PERSON|NGUYEN VAN THANG]]（[[PERSON|阮文胜]]）\n国籍：越南　护照号：[[PASSPORT|C4918273]]\n出生日期：[[DATE|1991-03-28]]\n暂住地址：[[ADDRESS|崇左市凭祥市友谊镇卡凤村12号]]\n胸片：未见异常；HIV、梅毒筛查阴性。\n体检编号：[[MRN|TJ2611-4402]]',
  ],
  [
    'nursing-note',
    '病区夜间巡视小结：共收治42人，病危3人，一级护理9人。夜间无跌倒、无新发压力性损伤。23床、31床为空床。输液泵3台待维修（设备号IP-2207、IP-2213、IP-2219），已报设备科。',
  ],
  [
    'telephone-triage',
    '电话分诊脚本（胸痛）：1. 询问疼痛开始时间与性质；2. 有无出汗、呼吸困难、晕厥；3. 既往冠心病、糖尿病史；4. 任一项为“是”→建议立即拨打120。12320热线仅供健康咨询，不替代急救。',
  ],
  [
    'dietetics',
    '糖尿病饮食宣教：每日主食约250g，分三餐；优先选择全谷物和杂豆；水果放在两餐之间，每次约200g；HbA1c目标<7%。如血糖低于3.9mmol/L，立即进食15g葡萄糖，15分钟后复测。',
  ],
  [
    'lab-report',
    '检验科通知：自下周一起，凝血四项标本需在采集后2小时内送达；溶血标本（游离血红蛋白>0.5g/L）将拒收。急诊生化报告时限为60分钟。咨询请拨分机8216。',
  ],
  [
    'prescription',
    '用药指导：阿托伐他汀钙片20mg每晚一次；硫酸氢氯吡格雷片75mg每日一次，勿自行停药；如需拔牙或手术，请提前告知医生。处方有效期3天，过期需重新开具。',
  ],
  [
    'volunteer-roster',
    '志愿者岗前培训通知：本周六上午9点在门诊楼三楼会议室进行手卫生与轮椅使用培训，时长2小时。请各位志愿者准时签到，穿着红色马甲，佩戴志愿者证。',
  ],
];

const en: Array<[string, string]> = [
  [
    'admission',
    'ADMISSION H&P — Hospital Medicine\nPatient: [[PERSON|WHITFIELD, Darnell]]    DOB: [[DATE|03/14/1971]]    MRN: [[MRN|04418273]]\nAdmit date: [[DATE|11/18/2026]]   Attending: Dr. [[PERSON|Kayleigh Mercer]]\nCC: 3 days of productive cough, fever 102.4°F, rigors.\nSH: lives with wife [[PERSON|Latrice]] at [[ADDRESS|1187 Oakmont Dr, Apt 6B, Dayton, OH 45406]]. Ex-smoker, 30 pack-years.\nA/P: CAP, CURB-65 = 2 → ceftriaxone 1 g IV q24h + azithromycin 500 mg daily.',
  ],
  [
    'admission',
    'ED clerking [[DATE|19/11/2026]] 21:40\nName: [[PERSON|Ffion Pritchard]]   NHS no: [[INSURANCE_ID|999 321 7301]]   Hosp no: [[MRN|RT7 553109]]\n24F, thrown from a horse at a livery yard near Llandeilo, helmet on, GCS 15. Tender R clavicle, NV intact. XR: midshaft clavicle fracture, 1 cm displacement.\nNOK: mother, [[PERSON|Rhiannon Pritchard]], [[PHONE|07700 900417]].\nSeen by: Dr [[PERSON|O. Adeyemi-Banks]] (ST4)',
  ],
  [
    'admission',
    'Admission — General Medicine, Ward 5B\n[[PERSON|Lachlan Pettigrew]], 67M, UR [[MRN|7730152]], Medicare [[INSURANCE_ID|2345 39615 8]]\nAddress: [[ADDRESS|Unit 4/22 Banksia Cres, Toowoomba QLD 4350]]\nPC: confusion and urinary retention. Na 124, serum osmolality 258. Background T2DM, CKD 3a.\nWife [[PERSON|Noreen]] ([[PHONE|0491 570 338]]) says he has not been himself since the weekend.\nAdmitted [[DATE|20/11/2026]] by Dr [[PERSON|Le Thi Kim Ngan]]',
  ],
  [
    'admission',
    'Psychiatry admission (informal)\n[[PERSON|Aleksi Virtanen]], 34, Finnish national here on a work visa, passport no. [[PASSPORT|XP4187203]]. Brought by the crisis team on [[DATE|21 Nov 2026]] after two weeks of insomnia, pressured speech and overspending. No prior episodes. YMRS 28.\nLives with partner [[PERSON|Sigrid Haugland]] at [[ADDRESS|Flat 3, 41 Marchmont Road, Edinburgh EH9 1HX]]; she asked to be kept informed by e-mail ([[EMAIL|sigrid.h@example.no]]) and he agreed.',
  ],
  [
    'progress-note',
    'Progress note HD#3 — [[DATE|11/21/2026]]\nS: Mr [[PERSON|Ikechukwu Anyanwu]] reports less dyspnea, slept flat last night.\nO: T 98.9, BP 128/76, SpO2 95% RA, weight down 2.1 kg. BNP 890 (from 1,420).\nA/P: ADHF improving. Continue furosemide 40 mg IV BID; transition to PO tomorrow. Daughter [[PERSON|Obiageli]] asks for a family meeting on Friday.\n— [[PERSON|Rebecca Lindqvist]], MD',
  ],
  [
    'progress-note',
    'Ward round, Bay B bed [[MRN|4]] — Mrs [[PERSON|Winifred Aspinall]], [[AGE|96]]\nConsultant: Dr [[PERSON|Farquharson]]\nDay 5 post hemiarthroplasty. Mobilising with frame ×1. Hb 94. Delirium settling (4AT 2).\nPlan: OT home visit to [[ADDRESS|14 Chapel Fold, Ossett WF5 9BQ]] on [[DATE|26/11]]; TTOs for Thursday.',
  ],
  [
    'progress-note',
    'MICU progress — [[DATE|22 Nov 2026]]\nBed [[MRN|12]]: [[PERSON|Hamid Rezaei]], ARDS day 7, proned ×3 sessions. P/F 140 → 210. Weaning sedation, RASS −1. Plan SBT tomorrow if FiO2 ≤ 0.4.\nWife [[PERSON|Shirin Farahani]] visited; Farsi interpreter booked for 10:00 tomorrow.\nResident: [[PERSON|R. Ekwueme]]',
  ],
  [
    'progress-note',
    'Onc clinic progress: [[PERSON|Meenakshi Raghunathan]] tolerated cycle 3 of FOLFOX with grade 1 neuropathy. CEA falling 38 → 12. Her son [[PERSON|Karthik]] would prefer that we ring him rather than her on [[PHONE|(312) 555-0148]] with scan results. Next cycle [[DATE|Dec 1]].',
  ],
  [
    'discharge',
    'DISCHARGE SUMMARY\nName: [[PERSON|Valentina Restrepo]]   MRN: [[MRN|K-2288417]]\nAdmitted: [[DATE|11/12/2026]]   Discharged: [[DATE|11/16/2026]]\nDx: Acute pyelonephritis (N10) with E. coli bacteremia\nMeds: cephalexin 500 mg QID × 10 days\nF/U: PCP Dr [[PERSON|Ochoa]] within 1 week; ID clinic [[DATE|12/02/2026]].',
  ],
  [
    'discharge',
    'Dear Dr [[PERSON|Gwilliam]],\nRe: [[PERSON|Rhodri Llewellyn]], DOB [[DATE|07/08/1949]], NHS [[INSURANCE_ID|9992482389]]\n[[ADDRESS|Tŷ Gwyn, 3 Heol y Felin, Aberaeron SA46 0DP]]\nYour patient was discharged on [[DATE|20 November 2026]] after an NSTEMI treated with PCI to the proximal LAD (one drug-eluting stent). Please continue ticagrelor 90 mg BD with aspirin 75 mg for 12 months.\nYours sincerely,\n[[PERSON|Anwen Morgan-Jones]], Cardiology SpR',
  ],
  [
    'discharge',
    'Discharge instructions for [[PERSON|Genevieve Tremblay-Roy]]\nYou had your gallbladder removed on [[DATE|November 19]]. Keep the incisions dry for 48 hours. Go to the nearest emergency department if your temperature is above 38.5°C or your skin turns yellow.\nFollow-up: [[DATE|Dec 3, 2026]], 2:15 pm.\nOHIP: [[INSURANCE_ID|8210-825-363]] KT',
  ],
  [
    'discharge',
    'ED discharge: [[PERSON|Euan Drummond]], [[AGE|93]], mechanical fall at home, no head injury by the Canadian CT head rule. Lives alone in sheltered housing at [[ADDRESS|Flat 9, Kirkgate Court, Linlithgow EH49 7AL]]; warden informed. Discharged [[DATE|21/11/26]] with a community falls referral.',
  ],
  [
    'outpatient',
    'Allergy clinic — [[DATE|18 Nov 2026]]\n[[PERSON|Viliami Taufa]], 9, referred with suspected peanut allergy after lip swelling at a birthday party. SPT peanut 11 mm, Ara h 2 IgE 4.2 kU/L. Adrenaline auto-injector 0.3 mg ×2 prescribed; school action plan given to mum [[PERSON|Lesieli]].\nClinic no. [[MRN|AL-40917]]',
  ],
  [
    'outpatient',
    'Hepatology OPD\nPt: [[PERSON|Faisal Qureshi]] (DOB [[DATE|22-Feb-1980]])   Hospital ID [[MRN|HN 6619082]]\nHCV genotype 3a, SVR12 achieved. FibroScan 9.8 kPa. Plan: 6-monthly HCC surveillance ultrasound; next [[DATE|May 2027]].\nGP: Dr [[PERSON|Nusrat Chowdhury]], Whitechapel',
  ],
  [
    'outpatient',
    'Cardiology clinic letter (copy to patient)\n[[PERSON|Thiago Albuquerque]], 52, seen today for palpitations. Holter: 4% PVC burden, no NSVT. Echo: normal LV, EF 60%. Reassured; reduce caffeine. He asked for the report by e-mail: [[EMAIL|t.albuquerque@example.com.br]]. Review in 12 months.',
  ],
  [
    'outpatient',
    'Paediatric asthma review\nChild: [[PERSON|Amara Nwachukwu-Reid]], DOB [[DATE|2017-05-30]]\nParent: [[PERSON|Chidinma Nwachukwu]], [[PHONE|07700 900263]]\nACT 17. Poor MDI technique → spacer. Stepped up to ICS/formoterol MART.\nNext review [[DATE|Feb 2027]].',
  ],
  [
    'outpatient',
    'Hematology clinic intake\nPatient: [[PERSON|Guðrún Sigurðardóttir]]\nDOB: [[DATE|09/02/1958]]   Acct #: [[MRN|300871245]]\nReferred for ferritin 1,480 ng/mL, transferrin saturation 72%. HFE C282Y homozygous. Plan: weekly venesection 500 mL to ferritin < 50.\nPreferred phone: [[PHONE|(608) 555-0127]]',
  ],
  [
    'outpatient',
    'Urology OPD\n[[PERSON|Tama Ngata]], 61, NHI [[INSURANCE_ID|YVN6250]]. LUTS, IPSS 19, PSA 2.1. Qmax 9 mL/s. Start tamsulosin 400 mcg nocte. Lives in [[ADDRESS|Kaiapoi]]; whānau support from his daughter [[PERSON|Mereana]], who drives him in.',
  ],
  [
    'outpatient',
    'Eye clinic — [[PERSON|Bishnu Gurung]], 58, diabetic maculopathy R eye, VA 6/18. OCT CST 412 µm. Intravitreal aflibercept 2 mg given today, lot AF2611K (exp 08/2027). Next injection [[DATE|22/12/2026]]. Transport arranged by his son [[PERSON|Prakash]].',
  ],
  [
    'outpatient',
    'Podiatry — [[PERSON|Winona Begay]], 63, neuropathic ulcer R hallux, 1.2 × 0.8 cm, probe-to-bone negative. Offloading boot fitted. IHS chart # [[MRN|IHS-0718824]]. Next debridement [[DATE|Nov 30]]. Best number for her: [[PHONE|(505) 555-0161]].',
  ],
  [
    'referral',
    'Urgent suspected cancer referral\nPatient: [[PERSON|Ioana Dumitrescu]]  DOB: [[DATE|11/04/1966]]  NHS No. [[INSURANCE_ID|9998073316]]\nAddress: [[ADDRESS|27 Larkspur Way, Swindon SN25 4FR]]\nTel: [[PHONE|07700 900582]]   Email: [[EMAIL|ioana.dumitrescu66@example.co.uk]]\nReason: postmenopausal bleeding ×2 episodes; endometrial thickness 9 mm on TVUS.\nReferring GP: Dr [[PERSON|Harpreet Sandhu]], Priory Fields Surgery',
  ],
  [
    'referral',
    'Referral to physiotherapy\nRe: [[PERSON|Dilani Wickramasinghe]], 45F\nDx: adhesive capsulitis (L), 4 months. Hydrodilatation done [[DATE|10/11/2026]].\nPlease see for ROM and strengthening. Medicare [[INSURANCE_ID|4597 57737 8]]; mobile [[PHONE|0491 570 174]].\nDr [[PERSON|Callum Rutherford]]',
  ],
  [
    'referral',
    'Consult request: Nephrology\nPt [[PERSON|Marcia Campbell-Brown]], Rm [[MRN|527]]. AKI, Cr 1.1 → 3.4 mg/dL over 48 h after contrast CT; K 5.4, UOP 0.3 mL/kg/h. Please evaluate.\nRequesting: [[PERSON|J. Whitcombe]], PGY-2, pager 4471\n[[DATE|11/22/2026]]',
  ],
  [
    'handover',
    'SBAR handover 07:00 [[DATE|23/11]]\nS: Bed [[MRN|7]], [[PERSON|Katarzyna Wróblewska]], 71F, day 2 post right TKR.\nB: OSA on CPAP, own machine (serial 23J0447).\nA: Overnight SpO2 dipped to 86% when CPAP was off; pain 6/10.\nR: Make sure CPAP goes back on; review analgesia with the team. Husband [[PERSON|Tadeusz]] visiting from 10.',
  ],
  [
    'handover',
    'Night handover (FY1s)\n• Bay 3 bed [[MRN|2]] [[PERSON|Halyna Bondarchuk]] — K 6.1, repeat at 22:00, ECG done\n• Side room [[MRN|6]] [[PERSON|Abdirahman Warsame]] — C. diff, barrier nursing, strict fluid balance\n• Bay 1 bed 4 — empty (discharged)\n• Bed [[MRN|11]] [[PERSON|GREEN, Albert]], [[AGE|94]] — DNACPR in notes, family aware\nHanded over by [[PERSON|Ishita]] to [[PERSON|Torquil]]',
  ],
  [
    'handover',
    'PACU handover: [[PERSON|Youssef Benali]], 39, laparoscopic appendicectomy under GA. PONV ×1, ondansetron 4 mg given. Obs stable, pain 2/10. Going to ward 8B. Wife [[PERSON|Latifa]] waiting in the family lounge; her mobile [[PHONE|+44 7700 900734]].',
  ],
  [
    'nursing-note',
    '[[DATE|11/20/2026]] 0300 Nursing: Pt [[PERSON|Dmitri Volkov]] found trying to climb out of bed, disoriented to time. Bed alarm on, bed lowered. Sitter requested. Wife [[PERSON|Yelena]] phoned at his request on [[PHONE|(718) 555-0193]]; she will come in at 0700.\n— [[PERSON|K. Abernethy]], RN',
  ],
  [
    'nursing-note',
    'Nursing note: Pressure area check completed at 14:00. Sacrum intact, heels offloaded with pillows. Braden 15. Fluid balance +450 mL. Cannula day 3, VIP score 0. Patient agreed to a two-hourly turning schedule.',
  ],
  [
    'lab-report',
    '*** LABORATORY REPORT ***\nPatient: [[PERSON|ESPINOZA, Xóchitl]]   Sex: F   DOB: [[DATE|1984-12-05]]\nMRN: [[MRN|3309127]]   Accession: [[MRN|26-CH-0881452]]\nCollected: [[DATE|2026-11-21]] 07:45\nTSH 0.02 mIU/L (0.4–4.0) L\nFree T4 38 pmol/L (12–22) H\nTRAb 9.8 IU/L (<1.75) H\nOrdering: Dr. [[PERSON|Pieter de Graaf]]',
  ],
  [
    'lab-report',
    'Microbiology critical result call log\n[[DATE|22-Nov-2026]] 04:12 — Blood culture 2/2 bottles: Gram-positive cocci in clusters.\nPatient: [[PERSON|Emre Yıldırım]], Lab no. [[MRN|M26-447190]], Ward 12.\nCalled to: Dr [[PERSON|S. Haddad]] (read back ✔). Caller: [[PERSON|Lwazi Dube]], BMS.',
  ],
  [
    'lab-report',
    'SURGICAL PATHOLOGY\nCase: [[MRN|S26-18874]]   Pt: [[PERSON|Íñigo Etxeberria]]   Received: [[DATE|11/17/2026]]\nSpecimen: skin, left upper back, excision\nDiagnosis: Superficial spreading melanoma, Breslow 0.6 mm, Clark level III, margins clear (6 mm).\nPathologist: [[PERSON|Amélie Rousseau]], MD',
  ],
  [
    'imaging-report',
    'MRI BRAIN WITH AND WITHOUT CONTRAST\nPatient: [[PERSON|Haruto Nakagawa]]  MRN: [[MRN|88120734]]  Exam date: [[DATE|11/20/2026]]\nAccession: [[MRN|MR2026112000417]]\nHistory: 41M, new-onset seizure.\nFindings: 2.1 cm ring-enhancing lesion in the right frontal lobe with vasogenic oedema and 3 mm midline shift.\nRead by: [[PERSON|Zsófia Halmos]], MD',
  ],
  [
    'imaging-report',
    'US abdomen — [[PERSON|Nurul Aisyah binti Rosli]], 27F, RN [[MRN|0771629]]. RUQ pain. Gallbladder: multiple calculi, wall 4 mm, sonographic Murphy sign positive. CBD 5 mm. Impression: acute calculous cholecystitis. Reported [[DATE|21/11/2026]] by Dr [[PERSON|Wong Kar Hoe]].',
  ],
  [
    'imaging-report',
    'CXR PA: Lungs clear. No pneumothorax or effusion. Heart size normal (CTR 0.46). Old healed left 6th rib fracture. Impression: no acute cardiopulmonary process.',
  ],
  [
    'prescription',
    'e-Prescription\nPatient: [[PERSON|Kwame Ofori-Atta]]  DOB [[DATE|06/19/1962]]\nAddress: [[ADDRESS|742 Maple Ridge Ln, Columbus, OH 43215]]\nRx #[[MRN|6639104]]\nLisinopril 10 mg tab, 1 PO daily, #90, refills 3\nPrescriber: [[PERSON|Lauren Fitzsimmons]], NP   NPI 1942087713',
  ],
  [
    'prescription',
    'CD prescription (Schedule 2)\nMorphine sulfate MR 10 mg tablets, one twice daily. Supply 14 (fourteen) tablets.\nPatient: [[PERSON|Giuseppe Lombardi]], DOB [[DATE|04/03/1952]], [[ADDRESS|5 Cranmore Terrace, Leith, Edinburgh EH6 8QS]]\nCHI [[INSURANCE_ID|0403529514]]\nPrescriber: Dr [[PERSON|Moira Baillie]]   Date: [[DATE|20/11/2026]]',
  ],
  [
    'prescription',
    'PHARMACY LABEL\nAMOXICILLIN 500MG CAPS  #21\nTake 1 capsule three times daily for 7 days\nFor: [[PERSON|Siriporn Chaiyasit]]   Rx: [[MRN|RX-5519820]]\nFilled [[DATE|11/21/2026]]   Discard after: 11/2027\nDr [[PERSON|Andrzej Nowicki]]',
  ],
  [
    'consent',
    'CONSENT FORM 1 — Patient agreement to investigation or treatment\nPatient: [[PERSON|Cathal Mulqueen]]   Hospital no. [[MRN|M0448712]]\nProcedure: flexible cystoscopy ± biopsy\nRisks discussed: urinary infection (1 in 20), bleeding, discomfort passing urine.\nSigned: [[PERSON|C. Mulqueen]]   Date: [[DATE|19/11/2026]]\nHealth professional: [[PERSON|Aisling Breathnach]], Urology Registrar',
  ],
  [
    'consent',
    'Research consent — BIO-HEART registry\nParticipant ID: [[MRN|BH-0382]]\nI, [[PERSON|Jean-Baptiste Pierre-Louis]], agree to donate two extra tubes of blood for storage and future research.\nDate: [[DATE|11/20/2026]]   Witness: [[PERSON|Fabienne Joseph]]\nQuestions: study coordinator [[PERSON|Tendai Chikore]], [[EMAIL|tchikore@example.org]]',
  ],
  [
    'billing',
    'PATIENT STATEMENT\nGuarantor: [[PERSON|Bradley Oyelaran]]   Account #: [[MRN|A0091837745]]\nPatient: [[PERSON|Adebayo Oyelaran]] (son)   Service date: [[DATE|10/28/2026]]\nInsurance: Aetna member ID [[INSURANCE_ID|W238114907]]\nAmount due: $412.60\nPay by card: VISA [[BANK_CARD|4301 7667 0755 9575]]   Exp 09/29\nCardholder: [[PERSON|Bradley Oyelaran]]',
  ],
  [
    'billing',
    'Refund request — self-pay patient\nPatient: [[PERSON|Aoife Brannigan]]\nProcedure cancelled: MRI lumbar spine ([[DATE|14 Nov 2026]])\nAmount: €420.00\nRefund to the Mastercard used at booking: [[BANK_CARD|2221 6800 6217 4634]]\nApproved by: [[PERSON|Declan Moriarty]], Finance',
  ],
  [
    'billing',
    'Travel insurance claim — medical expenses\nInsured: [[PERSON|Jürgen Hoffmann]]\nPolicy no.: [[INSURANCE_ID|TRV-DE-55810274]]\nPassport: [[PASSPORT|CF7K2R9L4]]\nIncident: [[DATE|03/11/2026]], slipped on ice in Harbin, distal radius fracture, ORIF on [[DATE|04/11/2026]].\nReimburse to card: [[BANK_CARD|5299 2563 7686 7260]]',
  ],
  [
    'billing',
    'Explanation of Benefits\nMember: [[PERSON|Kayla Redcloud]]   Member ID: [[INSURANCE_ID|MCD-778201946]]\nClaim: emergency visit [[DATE|10/30/2026]], Riverbend Medical Center\nBilled $2,310.00   Allowed $684.12   You owe $0.00\nMailing address: [[ADDRESS|PO Box 318, Pine Ridge, SD 57770]]',
  ],
  [
    'online-consult',
    'Virtual visit chat — Visit ID [[MRN|VV-9021-3348]]\nDr. [[PERSON|Naledi Khumalo]]: Hi [[PERSON|Brent]], can you hold the camera closer to the rash?\n[[PERSON|Brent Kowalczyk]]: sure, it showed up a week after a hike\nDr. [[PERSON|Naledi Khumalo]]: Target-shaped, about 6 cm — this looks like erythema migrans. I will send doxycycline 100 mg twice daily for 10 days.\n[[PERSON|Brent Kowalczyk]]: thanks!',
  ],
  [
    'online-consult',
    'E-visit (portal)\nUser: [[ACCOUNT|mvaldez_77]]   Submitted [[DATE|11/21/2026]] 22:14 from [[IP|198.51.100.47]]\nPatient: [[PERSON|Marisol Valdez]], 49\nQuestion: "Home BP readings are 150s/95. I take amlodipine 5. Should I double it?"\nResponse ([[PERSON|Owain Treharne]], PA-C): Increase amlodipine to 10 mg daily and recheck in 2 weeks.',
  ],
  [
    'online-consult',
    'Online consultation form\nName: [[PERSON|Rania Haddad]]   DOB: [[DATE|1993-07-11]]\nPostcode: [[ADDRESS|M14 5TQ]]\nMobile: [[PHONE|07700 900648]]\nProblem: 3 weeks of heartburn, worse lying down. No weight loss, no difficulty swallowing.\nPreferred reply: text or e-mail [[EMAIL|rania.h@example.com]]',
  ],
  [
    'patient-message',
    "Hi Dr [[PERSON|Vandersloot]], this is [[PERSON|Paolo Ferri]]'s wife [[PERSON|Graziella]]. His INR is due on Tuesday ([[DATE|24 Nov]]). Could the nurse do it at home? We have moved to [[ADDRESS|19 Orchard Lane, Kendal LA9 4DJ]]. Thanks, [[PERSON|Graziella]] [[PHONE|07700 900811]]",
  ],
  [
    'patient-message',
    'Message via patient portal (user: [[ACCOUNT|j.okwuosa]])\nHi, I was charged twice for my copay on [[DATE|11/10]]. My card is [[BANK_CARD|6011-5648-6328-0417]] (Discover). Please refund one of the $40 charges.\n— [[PERSON|Jideofor Okwuosa]]',
  ],
  [
    'patient-message',
    "Text to outpatient reception: Hi it's [[PERSON|Fatima Zahra El Idrissi]], I have chemo on Thursday ([[DATE|26/11]]) and need a blue badge bay, my reg is [[PLATE|LK69 RWT]]. Thanks x",
  ],
  [
    'patient-message',
    'From: [[EMAIL|hwangbo.jiwoo@example.kr]]\nSubject: Appointment for my father\nDear clinic, my father [[PERSON|Hwangbo Deok-su]] ([[PERSON|황보덕수]]) was born on [[DATE|3 March 1935]], so he is [[AGE|91]]. He is visiting from [[ADDRESS|Busan]] until January and has had ankle swelling for a week. Passport [[PASSPORT|M48120937]]. He is staying with us at [[ADDRESS|Apt 1204, 88 Harbourfront Ave, Vancouver, BC V6C 3T4]].\nBest regards, [[PERSON|Jiwoo Hwangbo]]',
  ],
  [
    'family-chat',
    "[[PERSON|Efua]]: Grandpa's surgery is moved to [[DATE|Dec 2]] 🙏\n[[PERSON|Kojo]]: ok. which ward again?\n[[PERSON|Efua]]: Ward 9, bed [[MRN|14]]. visiting 2-8pm\n[[PERSON|Kojo]]: I'll bring his hearing aid, he left it at [[ADDRESS|23 Kwei Okyerema St, Dzorwulu, Accra]]\nAuntie: don't forget his NHIS card\n[[PERSON|Efua]]: number is [[INSURANCE_ID|41938270]], I sent a photo to the nurse",
  ],
  [
    'family-chat',
    "[[PERSON|Jarrod]]: Gran turns [[AGE|100]] on Sunday!! nursing home says we can have the lounge from 2\n[[PERSON|Tilly]]: I'll do the cake. Is she still on thickened fluids?\n[[PERSON|Jarrod]]: yes level 2 and soft diet, so sponge not fruitcake\nMum: I'll bring the photo albums",
  ],
  [
    'family-chat',
    "[[PERSON|Vikrant]]: Dad's discharge letter is on the portal [[URL|https://portal.example.org/letters/88231]]\n[[PERSON|Meghna]]: can't log in, what's his username?\n[[PERSON|Vikrant]]: [[ACCOUNT|rk.menon51]], password I'll text you\n[[PERSON|Meghna]]: got it. pharmacy says his meds are ready Monday",
  ],
  [
    'family-chat',
    "Mum's care rota\n[[PERSON|Kirsty]]: new agency carer is [[PERSON|Precious Moyo]], mobile [[PHONE|07700 900129]]\n[[PERSON|Struan]]: when does she start?\n[[PERSON|Kirsty]]: [[DATE|30 Nov]], 8–10am and 6–7pm\n[[PERSON|Struan]]: 👍",
  ],
  [
    'telephone-triage',
    'Nurse Advice Line — call record [[MRN|NAL-26-118204]]\nCaller: [[PERSON|Tamsin Hollis]] (mother) re [[PERSON|Ollie Hollis]], 4 y\nCallback: [[PHONE|(503) 555-0172]]\nProtocol: Fever (pediatric). Positives: fever 103.1°F for 2 days, drinking less. Negatives: no stiff neck, no rash, alert and playful.\nDisposition: see PCP within 24 h; care advice given, call back if worse.\nRN: [[PERSON|Marguerite Delacroix]]',
  ],
  [
    'telephone-triage',
    'Telephone triage (GP practice) [[DATE|23/11/2026]] 08:12\nCaller: [[PERSON|Bogdan Marinescu]], 58\nSymptoms: sudden facial droop and slurred speech since 07:50 (FAST positive).\nAction: 999 called by the triaging clinician; address confirmed as [[ADDRESS|Flat 12, Rowan House, 8 Mill Lane, Reading RG1 6PZ]]; wife [[PERSON|Mirela]] with him.\nClinician: [[PERSON|Nadia Shah]], ANP',
  ],
  [
    'telephone-triage',
    'Triage script — abdominal pain: ask onset, site and severity (0–10). Red flags: rigid abdomen, vomiting blood, black stools, pregnancy with pain or bleeding, pain through to the back in anyone over 50. Any red flag → emergency department now.',
  ],
  [
    'volunteer-roster',
    'Volunteer rota — w/c [[DATE|23 Nov]]\nMon  Main entrance greeter    [[PERSON|Beryl Ashworth]]    [[PHONE|0113 496 0528]]\nTue  Ward 14 befriending (Mr [[PERSON|Entwistle]], bed [[MRN|3]])    [[PERSON|Temitope Bankole]]    [[PHONE|07700 900355]]\nWed  Tea trolley    [[PERSON|Desmond Uzoma]]    [[PHONE|0113 496 0671]]\nThu  Discharge lounge    (vacant)\nVolunteer parking permit issued to [[PERSON|Desmond Uzoma]]: [[PLATE|YK21 HBN]]\nCoordinator: [[PERSON|Hilary Stanhope]]',
  ],
  [
    'volunteer-roster',
    'Pet therapy visit log, [[DATE|20 Nov]]: [[PERSON|Rosalind Teague]] and her spaniel Biscuit visited Ward 6 for 40 minutes. Mr [[PERSON|Enoch Mabaso]] (bed [[MRN|9]]) cried and laughed, and asked if Biscuit could come again next week. Two patients declined (allergy).',
  ],
  [
    'aviation-medicine',
    'In-flight medical event report\nFlight XY318, seat 41K, [[DATE|16 Nov 2026]]\nPassenger: [[PERSON|Oluwakemi Adesanya]], 36F, passport [[PASSPORT|125637489]]\nAbout 3 h into the flight: near-syncope, pale, HR 48. Known vasovagal episodes. Doctor on board, Dr [[PERSON|Kenji Morioka]], examined her: BP 92/60, glucose 5.8. Legs raised, oral fluids; recovered in 20 min. No diversion.\nCabin manager: [[PERSON|Ruairí Keane]]',
  ],
  [
    'aviation-medicine',
    'Fitness to fly\nThis is to confirm that [[PERSON|Bolormaa Tserendorj]] (DOB [[DATE|14/06/1990]], passport [[PASSPORT|E1923847]]) is 31 weeks pregnant with an uncomplicated singleton pregnancy (EDD [[DATE|20/01/2027]]) and is fit to fly on [[DATE|28 November 2026]] for a two-week family visit.\nDr [[PERSON|Caitríona Ní Mhaoláin]], GP',
  ],
  [
    'poison-centre',
    'Poisons Information Centre — case [[MRN|PIC-26-07731]]\nCaller: [[PERSON|Jarrah Simmonds]], father, [[PHONE|0491 570 226]]\nPatient: [[PERSON|Indi Simmonds]], 2 y, 12 kg\nExposure: possibly bit into one dishwasher pod at about 14:30; coughed twice, now settled.\nAdvice: wipe and rinse mouth, sips of water; go to ED if drooling, stridor, vomiting or ongoing cough.\nSpecialist: Dr. [[PERSON|Wei-Ling Tan]]',
  ],
  [
    'poison-centre',
    'Poison control follow-up call, [[DATE|11/22/2026]]: [[PERSON|Rosa Delgado-Ibarra]] (17) — intentional acetaminophen ingestion of about 8 g; 4-h level 210 mcg/mL, on NAC infusion, LFTs normal so far. Spoke with Dr [[PERSON|Quiñones]] at the treating hospital. Case # [[MRN|24-PC-53390]]. Mother’s cell [[PHONE|(210) 555-0134]].',
  ],
  [
    'patient-transport',
    'Non-emergency patient transport booking\nBooking ref: [[MRN|PTS-4418297]]\nPatient: [[PERSON|Enid Crabtree]], [[AGE|90]], wheelchair + 1 escort\nPick-up: [[ADDRESS|31 Gorse Bank Road, Hale, Altrincham WA15 8ND]] at 08:30\nAppointment: eye clinic, [[DATE|1 December 2026]] 10:00\nEscort: niece [[PERSON|Sharon Pickavance]], [[PHONE|0161 496 0283]]\nNotes: oxygen 2 L/min, own cylinder.',
  ],
  [
    'patient-transport',
    'Dialysis transport — MWF 06:15 pickups\n[[PERSON|Lionel Baptiste]] – [[ADDRESS|4402 Creekside Blvd, Unit 12, Baton Rouge, LA 70808]] – [[PHONE|(225) 555-0109]]\n[[PERSON|Dolores Fontenot]] – [[ADDRESS|118 Magnolia Pl, Baton Rouge, LA 70806]] – [[PHONE|(225) 555-0158]]\nDriver: [[PERSON|Marcus Thibodeaux]] (volunteer, own car, plate [[PLATE|582 BXT]])',
  ],
  [
    'equipment-loan',
    'Home oxygen order form\nPatient: [[PERSON|Norman Pilkington]]  NHS number [[INSURANCE_ID|999 400 0977]]\nDelivery address: [[ADDRESS|2 Bracken Close, Clitheroe BB7 1LN]]\nOrder: LTOT 2 L/min for 16 h/day via concentrator; ambulatory cylinders ×4.\nHome fire safety check done [[DATE|18/11/2026]]; no smokers in the household.\nRequested by: [[PERSON|Yasmin Choudhury]], Respiratory CNS',
  ],
  [
    'equipment-loan',
    'Equipment loan agreement — crutches and knee scooter\nBorrower: [[PERSON|Felipe Andrade]]   Phone: [[PHONE|(617) 555-0186]]\nDeposit $75 charged to [[BANK_CARD|3782 336767 06394]] (Amex)\nLoan date [[DATE|11/19/2026]]; return by [[DATE|01/19/2027]]\nItem tag KS-0213',
  ],
  [
    'dietetics',
    'Dietitian review: [[PERSON|Bartholomew Nkemelu]], 72, bed [[MRN|22]], MUST 3 (BMI 17.8, 11% weight loss in 3 months). Started oral nutritional supplements 2 × 200 mL daily; food chart for 3 days. Prefers Nigerian dishes, so his son [[PERSON|Chuka]] will bring meals from home; food safety advice given. Review [[DATE|27/11]].\n— [[PERSON|Lorna Mackintosh]], RD',
  ],
  [
    'dietetics',
    'Low-FODMAP diet sheet: avoid onion, garlic, wheat bread, apples and pears for 4–6 weeks, then reintroduce one food group every 3 days. Lactose-free milk is fine. Keep a symptom diary (bloating 0–10).',
  ],
  [
    'social-work',
    'Social work assessment\nClient: [[PERSON|Tyrell Manning]], 44, MRN [[MRN|201447718]]\nHomeless since September, sleeping in his car ([[PLATE|7TRK914]]) in a store parking lot.\nIncome: SSI application pending; SSN [[ID_CARD|987-65-4326]] on file.\nPlan: shelter referral, Medi-Cal application, bus pass. His sister [[PERSON|Keisha Manning]] in [[ADDRESS|Sacramento]] ([[PHONE|(916) 555-0142]]) may take him in.',
  ],
  [
    'social-work',
    'Adult safeguarding concern\nAdult at risk: [[PERSON|Maureen Tolley]], DOB [[DATE|02/09/1941]]\nAddress: [[ADDRESS|47 Alma Road, Bilston WV14 0PJ]]\nConcern: bruising to both forearms; she says her grandson [[PERSON|Kyle Tolley]] keeps her bank card (ending 8812).\nRaised by: [[PERSON|Jennifer Ashby-Onu]], ward sister, [[DATE|21/11/2026]]',
  ],
  [
    'aesthetic-clinic',
    'Cosmetic clinic consultation\nClient: [[PERSON|Chantelle Moreau]], 34\nTreatment: 1 mL hyaluronic acid filler to lips, batch HF22-1187\nDeposit taken on Visa [[BANK_CARD|4574818588560162]]\nVascular occlusion warning signs explained; out-of-hours mobile for Dr [[PERSON|Imogen Strachan]]: [[PHONE|07700 900946]]\nInstagram: [[ACCOUNT|@chantelle.m.glow]], consent for before/after photos declined.',
  ],
  [
    'records-request',
    'Subject access request\nRequester: [[PERSON|Darius Karimi]]\nDOB: [[DATE|30/01/1988]]   Hospital no: [[MRN|K3301874]]\nRecords requested: ED attendance on [[DATE|05/08/2026]] and fracture clinic notes\nID seen: passport [[PASSPORT|538201746]]\nSend to: [[EMAIL|dkarimi88@example.co.uk]]\nReceived: [[DATE|20/11/2026]]',
  ],
  [
    'records-request',
    'Authorization for release of health information\nPatient: [[PERSON|Leilani Kahananui]]   DOB [[DATE|12/08/1979]]\nRelease to: [[PERSON|Mark Ellison]], attorney\nInformation: imaging reports from [[DATE|01/2026]] to present\nDelivery: secure e-mail to [[EMAIL|leilani.k@example.net]] (patient copy)\nSigned [[DATE|11/18/2026]]',
  ],
  [
    'sick-note',
    'Statement of Fitness for Work\nPatient: [[PERSON|Connor McAllister]]\nI assessed your case on: [[DATE|20/11/2026]]\nCondition: lumbar disc prolapse with sciatica\nNot fit for work from [[DATE|20/11/2026]] to [[DATE|17/12/2026]]\nDoctor: Dr [[PERSON|Ewa Zielinska]]',
  ],
  [
    'sick-note',
    'Medical certificate\nThis certifies that I examined [[PERSON|Harper Nguyen-Walsh]] on [[DATE|23/11/2026]]. In my opinion she has gastroenteritis and will be unfit to attend school from [[DATE|23/11/2026]] to [[DATE|25/11/2026]] inclusive.\nDr [[PERSON|Rohan Mehta]], Provider No. 2471839A',
  ],
  [
    'biobank',
    'Biobank sample accession\nDonor code: [[MRN|BBK-26-10943]]   Linked MRN: [[MRN|00391827]]\nName (restricted field): [[PERSON|Maeve Ó Cathasaigh]]\nConsent form v4.1 (2025); signed [[DATE|11/11/2026]]\nAliquots: 6 × plasma, 2 × buffy coat; rack 14, position C7.',
  ],
  [
    'contact-tracing',
    'TB contact tracing — index case [[PERSON|Abdul Rahim Safi]] (smear positive), notified [[DATE|12 Nov 2026]]\nHousehold contacts:\n1. [[PERSON|Gul Bibi Safi]], wife, IGRA pending\n2. [[PERSON|Zarmina Safi]], 14, IGRA negative\nWorkplace: taxi firm, 6 drivers screened (list held by the health protection team)\nFamily phone (Pashto interpreter needed): [[PHONE|07700 900502]]',
  ],
  [
    'migrant-health',
    'New entrant health assessment\nName: [[PERSON|Tesfay Gebremariam]]   DOB: [[DATE|01/01/1998]] (estimated)\nCurrent address: [[ADDRESS|Room 214, Riverside Hotel, 9 Dock Street, Hull HU1 3AH]] (initial accommodation)\nScreening: IGRA negative, HBsAg negative, HIV negative. MMR dose 1 given [[DATE|19/11/2026]].\nInterpreter (Tigrinya): [[PERSON|Semhar Tekle]]',
  ],
  [
    'migrant-health',
    'Refugee health screening — [[PERSON|Hawa Conteh]], 29, arrived [[DATE|10/27/2026]]\nA-Number: [[ID_CARD|A201-448-917]]\nLanguages: Krio, English. Phone [[PHONE|(412) 555-0119]]\nAddress: [[ADDRESS|2207 Murray Ave, Apt 3, Pittsburgh, PA 15217]]\nLabs: Hb 10.9, Strongyloides serology positive → ivermectin 200 mcg/kg ×2 days.',
  ],
  [
    'billing',
    'Price list: outpatient physiotherapy initial assessment £85, follow-up £65. Cancellations with less than 24 hours notice are charged in full. We accept all major cards; receipts are e-mailed automatically.',
  ],
  [
    'discharge',
    'After your colonoscopy: do not drive, drink alcohol or sign legal documents for 24 hours if you had sedation. Some bloating is normal. Seek urgent help for heavy bleeding, severe pain or fever above 38°C.',
  ],
];

export function generateDeidHoldout8(): LabelledRecord[] {
  return holdoutRecords('h8', zh, en);
}

export const DEID_HOLDOUT_8_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/labelled/deid-holdout-8.jsonl',
);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const records = generateDeidHoldout8();
  writeFileSync(DEID_HOLDOUT_8_PATH, renderJsonl(records));
  console.log(`wrote ${records.length} records to ${DEID_HOLDOUT_8_PATH}`);
}
