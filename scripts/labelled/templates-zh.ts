/**
 * Chinese clinical templates, our own wording. Slots in braces are filled by the generator:
 * {NAME} {NAME2} {DOC} {SUR} (PERSON), {ID} {ID15} (ID_CARD), {MOBILE} {LANDLINE} (PHONE), {EMAIL},
 * {ADDR} {REGION} (ADDRESS), {MRN} {BED} (MRN), {INS}, {BANK}, {PASSPORT}, {DATE} {DOB} (DATE),
 * {AGE90} (AGE), {PLATE}, {IP}, {URL}, {WECHAT} {QQ} (ACCOUNT). Slots with a tilde are hard
 * negatives that must not be found: {~DRUG} {~LAB} {~ICD} {~HOSP} {~DEPT} {~EPONYM} {~GUIDE} {~AGE}.
 */
export interface Template {
  genre: string;
  text: string;
}

const admission = [
  '入院记录\n姓名：{NAME}  性别：男  年龄：{~AGE}岁\n住院号：{MRN}  床号：{BED}\n入院日期：{DATE}\n主诉：反复胸闷气短2年，加重3天。',
  '患者{NAME}，女，{~AGE}岁，因"发热伴咳嗽5天"于{DATE}入院。既往有高血压病史10年，规律服用{~DRUG}。',
  '姓名：{NAME}\n身份证号：{ID}\n联系电话：{MOBILE}\n家庭住址：{ADDR}\n入院诊断：社区获得性肺炎（{~ICD}）',
  '患者{NAME}，男，{AGE90}岁，因"摔倒后左髋部疼痛2小时"由家属送入急诊，于{DATE}收入{~DEPT}。',
  '入院记录：{NAME}，住院号{MRN}。现病史：患者3天前无明显诱因出现上腹痛，查{~LAB}。初步诊断：急性胰腺炎。',
  '一般情况：患者{NAME}，出生日期{DOB}，籍贯{REGION}，已婚，职业教师。入院时间{DATE}。',
  '病史陈述者：患者本人及其女儿{NAME2}。患者{NAME}，既往{~EPONYM}病史5年，口服多巴丝肼治疗。',
  '入院记录\n患者姓名：{NAME}  病历号：{MRN}\n医保卡号：{INS}\n联系人：{NAME2}（女儿） 电话：{MOBILE}',
  '患者{NAME}于{DATE}因"突发言语不清3小时"急诊入院，头颅CT未见出血，NIHSS评分6分，诊断急性脑梗死（{~ICD}）。',
  '现住址：{ADDR}。患者{NAME}，{~AGE}岁，主因"多饮多尿半年"入院，{~LAB}。',
  '入院查体：T 38.6℃，{~LAB}。患者{NAME}神志清楚，查体合作。主治医师{DOC}查看患者后指示完善检查。',
  '姓名：{NAME}  性别：女  年龄：{AGE90}岁  民族：汉\n入院日期：{DATE}\n既往史：{~EPONYM}病史。',
  '入院记录（{~DEPT}）\n患者{NAME}，住院号：{MRN}，因"胸痛6小时"入院，心电图提示ST段抬高，{~LAB}。',
  '患者{NAME}系外院转入，身份证号码{ID}，入院后予{~DRUG}、{~DRUG}治疗。',
  '紧急联系人：{NAME2}  关系：儿子  联系电话：{MOBILE}\n患者{NAME}，入院日期{DATE}。',
  '患者{NAME}，因"反复腹泻3个月"入院，既往诊断{~EPONYM}，参照{~GUIDE}调整治疗方案。',
];

const discharge = [
  '出院小结\n姓名：{NAME}  住院号：{MRN}\n入院日期：{DATE}  出院日期：{DATE}\n出院诊断：2型糖尿病（{~ICD}）\n出院带药：{~DRUG}',
  '患者{NAME}住院期间予{~DRUG}治疗，症状好转，于{DATE}出院。嘱出院后1周至{~DEPT}门诊复诊，复诊时间{DATE}。',
  '出院医嘱：继续口服{~DRUG}、{~DRUG}；监测血糖。如有不适请拨打科室电话{LANDLINE}或联系{DOC}医生。',
  '出院小结：患者{NAME}，{AGE90}岁，因肺部感染住院14天，出院时{~LAB}，由其子{NAME2}陪同出院。',
  '出院记录\n患者：{NAME}  病案号：{MRN}\n住院经过：入院后完善检查，{~LAB}，予抗感染治疗。\n主治医师：{DOC}',
  '患者{NAME}，于{DATE}在全麻下行腹腔镜胆囊切除术，术后恢复顺利，于{DATE}出院。',
  '出院小结（{~DEPT}）\n姓名：{NAME}\n出院诊断：1.急性前壁心肌梗死（{~ICD}）；2.高血压病3级\n出院带药：{~DRUG}',
  '随访安排：请于{DATE}到{~HOSP}{~DEPT}复查。随访护士{DOC}，电话{MOBILE}。',
  '出院时情况：患者{NAME}一般情况可，{~LAB}。家属{NAME2}已知晓出院注意事项并签字。',
  '出院小结：{NAME}，身份证号{ID}，住院号{MRN}。出院诊断：{~EPONYM}。建议神经内科门诊随诊。',
  '出院后居家地址：{ADDR}，社区医生将于{DATE}上门随访。',
  '患者{NAME}本次住院费用已结清，医保卡号{INS}，退款将转入银行卡{BANK}。',
  '出院小结\n患者：{NAME}  床号：{BED}\n出院日期：{DATE}\n医师签名：{DOC}',
  '出院诊断：慢性阻塞性肺疾病急性加重（{~ICD}）。出院带药：{~DRUG}。患者{NAME}由老伴{NAME2}接回家中。',
];

const outpatient = [
  '门诊病历\n姓名：{NAME}  门诊号：{MRN}\n就诊日期：{DATE}\n主诉：头晕1周。\n处理：{~DRUG}。',
  '{DATE}门诊：患者{NAME}，复查{~LAB}，较前好转，继续{~DRUG}。',
  '门诊记录（{~DEPT}）：{NAME}，{~AGE}岁，诊断{~EPONYM}，参照{~GUIDE}，予{~DRUG}。',
  '患者{NAME}今日来诊，诉咳嗽加重，{~LAB}。接诊医师：{DOC}。',
  '初诊。姓名：{NAME}，手机号：{MOBILE}，就诊卡号{MRN}。过敏史：青霉素过敏。',
  '复诊：{NAME}，上次就诊{DATE}，血压控制不佳，{~LAB}，调整为{~DRUG}。',
  '门诊病历：患者{NAME}，{AGE90}岁高龄，由女儿{NAME2}陪同就诊，主诉记忆力下降，考虑{~EPONYM}可能。',
  '发热门诊登记：姓名{NAME}，身份证{ID}，现住址{ADDR}，体温38.5℃。',
  '门诊号：{MRN}\n患者：{NAME}\n诊断：高血压（{~ICD}）\n医嘱：{~DRUG}，1个月后复诊。',
  '儿科门诊：患儿{NAME}，{~AGE}岁，家长{NAME2}代诉发热2天，{~LAB}。',
  '患者{NAME}为外籍华人，护照号{PASSPORT}，因腹痛就诊，{~LAB}。',
  '门诊病历：{NAME}，诊断：2型糖尿病（{~ICD}），糖化血红蛋白控制不佳，按{~GUIDE}加用{~DRUG}。',
  '预约信息：患者{NAME}，预约{DATE}上午{~DEPT}专家门诊，预约手机{MOBILE}。',
  '门诊记录：患者{NAME}因腰痛就诊，查体无明显异常，予{~DRUG}。{SUR}医生建议理疗。',
];

const dialogue = [
  '医生：您好，请问您叫什么名字？\n患者：我叫{NAME}。\n医生：哪里不舒服？\n患者：最近老是头晕。',
  '患者：{SUR}医生，我这个药{~DRUG}要吃多久？\n医生：先吃一个月，{DATE}再来复查。',
  '医生：留一个联系电话吧。\n家属：打我手机{MOBILE}，我是他女儿{NAME2}。',
  '患者：我住在{ADDR}，离医院有点远，能不能线上复诊？\n医生：可以，加我们科室的微信号{WECHAT}。',
  '护士：请出示一下身份证。\n患者：好的，号码是{ID}。\n护士：好的，{NAME}，请到三号诊室候诊。',
  '医生：{NAME}，您的检查结果出来了，{~LAB}，比上次好一些。\n患者：谢谢{SUR}主任！',
  '患者家属：我父亲{NAME}今年{AGE90}岁了，最近吃饭老呛咳，要紧吗？\n医生：建议做个吞咽功能评估。',
  '医生：您之前在哪家医院看过？\n患者：在{~HOSP}看过，当时诊断{~EPONYM}，开了{~DRUG}。',
  '患者：您好，我是{NAME}，上周{DATE}做的胃镜，报告能发我邮箱吗？{EMAIL}\n医生：可以的。',
  '医生：医保卡带了吗？\n患者：带了，卡号{INS}。',
  '家属：{SUR}大夫，我妈{NAME}昨晚又发烧了，体温39度。\n医生：先吃{~DRUG}，明天来复查血常规。',
  '患者：我QQ是{QQ}，检查报告可以发给我吗？\n医生：报告请在医院公众号查询。',
  '医生：开车来的吗？车牌号多少？停车场需要登记。\n患者：{PLATE}。',
  '患者：医生，我在{~DEPT}看的，那边{SUR}医生让我来找您。\n医生：好的，把病历给我看看。',
  '医生：您好，我是{~DEPT}的{DOC}医生。请问是{NAME}的家属吗？\n家属：是的，我是她儿子{NAME2}。',
  '患者：我血压{~LAB}，在吃{~DRUG}，这样正常吗？\n医生：还需要再调整一下。',
  '护士：{NAME}，{BED}床，该做雾化了。\n患者：好的谢谢护士。',
  '患者：我叫{NAME}，出生于{DOB}，这是我第一次来{~HOSP}。\n医生：好的，先挂号建档。',
];

const referral = [
  '转诊单\n患者姓名：{NAME}  性别：男  年龄：{~AGE}岁\n身份证号：{ID}\n转出科室：{~DEPT}\n转诊原因：{~EPONYM}，需进一步诊治。',
  '致{~HOSP}{~DEPT}：兹有患者{NAME}，住院号{MRN}，因急性心肌梗死（{~ICD}）转贵院行介入治疗，转出日期{DATE}。',
  '转诊记录：患者{NAME}，联系电话{MOBILE}，家庭住址{ADDR}，诊断{~EPONYM}，转上级医院。转诊医师：{DOC}',
  '双向转诊单：{NAME}，{AGE90}岁，因肺部感染下转社区卫生服务中心继续治疗。联系人：{NAME2} {MOBILE}',
  '转院证明：患者{NAME}，病历号{MRN}，于{DATE}在我院住院治疗，现因病情需要转往{~HOSP}。',
  '会诊申请：请{~DEPT}{SUR}主任会诊。患者{NAME}，{~LAB}，考虑{~EPONYM}。',
  '转诊信：{DOC}医生您好，现转诊患者{NAME}，身份证{ID}，近期{~LAB}，请协助诊治。',
  '转出记录：患者{NAME}于{DATE}转入{~DEPT}，转科时{~LAB}，继续{~DRUG}。',
  '上转申请：患者{NAME}，医保号{INS}，居住地{REGION}，需转上级医院进一步检查。',
  '转诊单：患者{NAME}，港澳通行证{PASSPORT}，因妊娠期糖尿病（{~ICD}）转产科专科门诊。',
];

const lab = [
  '检验报告单\n姓名：{NAME}  性别：女  年龄：{~AGE}岁\n病历号：{MRN}  床号：{BED}\n送检医生：{DOC}\n采样时间：{DATE}\n项目：{~LAB}',
  '{~HOSP}检验科 报告单\n患者：{NAME}  条码号：{MRN}\n申请科室：{~DEPT}\n报告日期：{DATE}\n检验者：{DOC}',
  '影像检查报告\n姓名：{NAME}  检查号：{MRN}\n检查日期：{DATE}\n检查所见：双肺纹理增粗。\n报告医师：{DOC}',
  '病理报告：患者{NAME}，标本号{MRN}，送检日期{DATE}。诊断：{~EPONYM}。审核医师：{DOC}',
  '检验报告\n姓名：{NAME}\n门诊号：{MRN}\n结果：{~LAB}；{~LAB}\n参考范围见备注。',
  '心电图报告：患者{NAME}，{AGE90}岁，窦性心律，心率72次/分。报告医师：{DOC}',
  '报告查询：患者{NAME}可登录{URL}查看本次检验结果，或致电{LANDLINE}咨询。',
  '检验申请单\n姓名：{NAME}  身份证号：{ID}\n临床诊断：{~ICD}\n检验项目：血常规、肝肾功能',
  '超声报告：{NAME}，住院号{MRN}，{DATE}检查，肝脏大小形态正常。记录者：{DOC}',
  '微生物报告：患者{NAME}，标本号{MRN}，血培养阴性。参照{~GUIDE}判读。',
];

const nursing = [
  '护理记录\n{DATE} 08:30 患者{NAME}神志清，{~LAB}，遵医嘱予{~DRUG}。责任护士：{DOC}',
  '{BED}床{NAME}，今晨{~LAB}，已报告值班医生，予对症处理。',
  '护理交班：{BED}床患者{NAME}，{AGE90}岁，跌倒高风险，已告知家属{NAME2}陪护。',
  '护理记录：患者{NAME}输液过程顺利，无不良反应。护士签名：{DOC}',
  '入院宣教：已向患者{NAME}及其丈夫{NAME2}介绍病区环境，联系电话{MOBILE}已登记。',
  '护理记录：{DATE}患者{NAME}诉切口疼痛，疼痛评分4分，遵医嘱予{~DRUG}。',
  '交班记录：{NAME}，住院号{MRN}，血糖{~LAB}，胰岛素已按时注射。',
  '护理评估：患者{NAME}，自理能力评分60分，压疮风险评分14分。记录人：{DOC}',
  '出院宣教：告知患者{NAME}出院后按时服用{~DRUG}，如有不适拨打{LANDLINE}。',
  '夜班记录：{BED}床{NAME}夜间睡眠差，{~LAB}，已通知{SUR}医生。',
  '护理记录：患者{NAME}由{~DEPT}转入，转入时间{DATE}，{~LAB}。',
  '陪护登记：陪护人{NAME2}，身份证号{ID}，手机{MOBILE}，与患者{NAME}关系为母女。',
];

const message = [
  '医生您好，我是{NAME}，上个月在{~DEPT}住院，住院号{MRN}，想咨询一下出院后{~DRUG}怎么吃。',
  '你好，我妈妈{NAME}{AGE90}岁了，最近总是忘事，是不是{~EPONYM}？我的电话是{MOBILE}。',
  '请问{~GUIDE}里，糖尿病患者的血压目标是多少？',
  '我在{~HOSP}查了{~LAB}，是不是很严重？我叫{NAME}，身份证{ID}。',
  '您好，体检报告已发送到您的邮箱{EMAIL}，如有疑问请联系健康管理中心。',
  '我家住{ADDR}，附近有没有可以打疫苗的社区医院？',
  '医生，我老公{NAME2}在吃{~DRUG}和{~DRUG}，可以一起吃吗？',
  '请把检查报告发到我微信{WECHAT}，谢谢！我是{NAME}。',
  '我的医保卡号是{INS}，这次门诊能报销吗？',
  '我的车{PLATE}停在医院门口被贴条了，可以帮忙联系保卫科吗？',
  '住院押金退款申请：患者{NAME}，退款账户为本人银行卡{BANK}，开户行工商银行。',
  '老身份证号是{ID15}，新办的身份证号是{ID}，医保系统里要改吗？',
  '互联网医院登录异常：账号{WECHAT}于{DATE}从IP地址{IP}登录。',
  '请加我QQ号{QQ}或者微信{WECHAT}，方便把化验单拍给您看。',
];

export const ZH_TEMPLATES: Template[] = [
  ...admission.map((text) => ({ genre: 'admission', text })),
  ...discharge.map((text) => ({ genre: 'discharge', text })),
  ...outpatient.map((text) => ({ genre: 'outpatient', text })),
  ...dialogue.map((text) => ({ genre: 'dialogue', text })),
  ...referral.map((text) => ({ genre: 'referral', text })),
  ...lab.map((text) => ({ genre: 'lab', text })),
  ...nursing.map((text) => ({ genre: 'nursing', text })),
  ...message.map((text) => ({ genre: 'message', text })),
];
