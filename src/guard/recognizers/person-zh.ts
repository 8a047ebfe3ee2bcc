import type { Finding } from '../finding.ts';
import {
  GIVEN_NAME_CHARS,
  HERB_WORDS,
  NAME_STOP_CHARS,
  NOT_NAME_END_CHARS,
  NOT_NAME_WORDS,
} from '../lexicon/given-names.ts';
import { MINORITY_NAME_PARTS, YI_CLAN_NAMES } from '../lexicon/minority-names.ts';
import { CITIES, PROVINCES } from '../lexicon/places.ts';
import { ambiguousSurnameAt, surnameCanStart, surnameLengthAt } from '../lexicon/surnames.ts';
import { charTable } from './char-table.ts';
import { afterKinWord, COUSINS_AND_AUNTS, GRANDPARENTS } from './kin-prefix.ts';
import { matchAll, type Recognizer } from './recognizer.ts';
import { AFTER_BED, BEFORE_SEX_OR_AGE, rosterNameRuns } from './roster-row-zh.ts';
import { colonPositions, WordIndex } from './word-index.ts';

/**
 * Chinese personal names, found from cues rather than from a dictionary of names:
 * - a form label with a colon ("姓名：", "联系人：", "医师签名：") — strong: any 2–4 Han characters
 *   (and minority names with "·") are taken, trimmed at the next field label;
 * - a role word right before the name ("患者王芳", "家属李建国", "之子张伟", "我叫…") — the name must
 *   start with a surname (single or compound) and continue with one or two characters that are not
 *   name-ending words (因, 于, 主诉, 男…);
 * - a short run between punctuation that starts with a surname ("复诊：白彧，上次…", "好的，韩红霞，");
 * - a title right after it ("王主任", "李建国医师", "张先生") — the longest surname + given-name
 *   candidate wins, down to the surname alone.
 * Clinical words that start with a surname character (高热, 平素, 马方综合征…) are excluded.
 */

/**
 * Roles on forms and in records that a name follows, both as a labelled field ("领药人：王芳") and as
 * a cue word ("领药人王芳"): insured and applicants, carers, follow-up targets, signatures ("——"),
 * and bank-account holders on refund and payment forms.
 */
const FORM_ROLES = [
  '参保人',
  '被保险人',
  '投保人',
  '被保人',
  '领药人',
  '取药人',
  '送诊人',
  // An online clinic's patient field ("就诊人 某某｜藏族").
  '就诊人',
  '陪诊人',
  '陪护人',
  '代诉人',
  '经办人',
  '申请人',
  '收件人',
  '签字人',
  '受检者',
  '受种者',
  '网格员',
  '村医',
  '独居老人',
  '老人',
  '学生',
  '电话随访',
  '随访对象',
  '——',
  '户名',
  '开户名',
  '账户名',
  '开户人',
  '持卡人',
  '收款人',
  // Transfusion records and follow-up staff ("受血者韦金花", "随访员付晨曦").
  '受血者',
  '献血者',
  '随访员',
  '协调员',
  '护理员',
  '陪护员',
  '督导员',
  '交班人',
  '接班人',
  // Prison health records ("在押人员：…", "服刑人员…").
  '在押人员',
  '服刑人员',
  // Who sent feedback or a complaint through a hospital's app or desk ("反馈人：时某", "投诉人：…"; round 38).
  '反馈人',
  '投诉人',
];

const STRONG_LABELS = [
  // Who signed a prescription or held the consent talk ("开方医生：伏医生", "谈话医师：钱牧之").
  '开方医生',
  '开方医师',
  '谈话医师',
  '谈话医生',
  // An account's registered owner ("账号hfh_7731（实名：骆青禾）").
  '真实姓名',
  '实名',
  // Who handled a payment or form ("经办：次旺"), and a school's nurse signing ("校医：金").
  '经办',
  '校医',
  '患者姓名',
  '病人姓名',
  '家属姓名',
  '姓名',
  // A genetic record's family fields ("配偶：…⏎子女：某某，6岁"; round 50).
  '子女',
  '紧急联系人',
  '联系人',
  '监护人',
  '医师签名',
  '医生签名',
  '护士签名',
  '患者签名',
  '家属签名',
  '签名',
  '签字',
  '记录者',
  '记录人',
  // The surgeon of an operation note, without a colon ("术者某某。"; round 46).
  '术者',
  '审核者',
  '审核人',
  '检验者',
  '报告者',
  '报告人',
  '陪同人',
  '委托人',
  '主治医师',
  '经治医师',
  '住院医师',
  '主管医师',
  '上级医师',
  '主任医师',
  '副主任医师',
  '责任护士',
  '主诊医师',
  '接诊医师',
  '转诊医师',
  '转诊医生',
  '申请医师',
  '申请医生',
  '送检医生',
  '报告医师',
  '审核医师',
  '检验医师',
  '操作者',
  '病史陈述者',
  '陈述者',
  // Shift handovers and case files ("交班人：方圆　接班人：贝琳", "服务对象：麦果", "指示病例：熊可馨").
  '交班人',
  '接班人',
  '主检医师',
  '主检医生',
  '体检医生',
  '体检医师',
  '报告医生',
  '诊断医师',
  '交班护士',
  '接班护士',
  '服务对象',
  '指示病例',
  '首发病例',
  '委托代理人',
  ...FORM_ROLES,
  '汇款人',
];

/**
 * Form labels followed by a space instead of a colon ("姓名 胡春燕  性别 女"): the name after them must
 * start with a surname, as after a role word.
 */
const SPACED_LABEL =
  /(?:患者姓名|病人姓名|家属姓名|姓名|紧急联系人|联系人|监护人)[ \t\u3000]{1,3}(?=[\u4e00-\u9fff])/g;
/**
 * A role label and one blank opening a field ("｜患者 阿依夏木｜", "/医师 赛乃姆", "检验者 阿拉坦"; a delivery's
 * recipient, "｜收件人 某某（妻）｜", round 38): the field's
 * value is the person's name when it reads as one, a surname alone ending the field too ("诊断医师 郗").
 */
// A consultation's turn may name its clinician by department and a blank, after the role in brackets ("【医生】内分泌科
// 某某：…"; round 48): the run before the colon opening the line.
const SPACED_ROLE =
  /(?<=^|[｜|/／ \t\u3000])[\u4e00-\u9fff]{0,3}?(?:患者|病人|医师|医生|护士|检验者|审核者|审核|复核|报告人|报告|记录人|记录者|操作者|评估者|治疗师|经办|收件人|收货人)[ \t\u3000](?=[\u4e00-\u9fff])|(?<=^(?:【[\u4e00-\u9fff]{1,4}】)?)[\u4e00-\u9fff]{1,6}?科[ \t\u3000](?=[\u4e00-\u9fff]{2,4}：)/gm;
/** The signing roles of a report among SPACED_ROLE's labels ("报告 蒯　审核 …", "审核 蒲"). */
// A bill's or form's handler signs the same way ("经办 禚").
const SIGNING_ROLE = /(?:报告人?|审核者?|复核|记录人|记录者|检验者|操作者|经办)[ \t\u3000]$/;
/**
 * Any form label that names a person by its last character (申诉人, 受助人, 签约居民, 母亲, 产妇, 丈夫,
 * 陪同就诊者, 交班助产士…): with a colon, what follows is that person's name when it reads as one.
 */
const PERSON_LABEL_LAST = new Set('人者员民属妇儿童亲师生长友夫妻士');
const personLabelEndingAt = (text: string, end: number) =>
  end >= 2 && PERSON_LABEL_LAST.has(text[end - 1]!) && hanAt(text, end - 2);
/** Speaker and role labels with a colon ("医生：", "家属：") — the name after them must start with a surname. */
const ROLE_LABELS = [
  '医师',
  '医生',
  '护士',
  '患者',
  '病人',
  '家属',
  '主任',
  '大夫',
  '接班',
  '交班',
  // A note's signing line for who is on duty ("值班：欧阳"), as 交班 and 接班 are.
  '值班',
  '记录',
  '助诊',
  // Who reported, checked or verified a result ("报告：柏　审核：蒲建林", "复核：东方").
  '报告',
  '复核',
  '审核',
  '核对',
  // A lab report's signatures ("检验：习某某　审核：…").
  '检验',
  // A prescription's dispensing signatures ("调配：陶　核对：荆", "发药：鲁").
  '调配',
  '发药',
];

/**
 * Departments a staff member's name may follow directly ("检验科尹卓电话报告", "信息科卓一帆"). These are
 * strict cues: the name must stand alone or be followed by what the person did.
 */
const DEPARTMENTS = [
  '检验科',
  '信息科',
  '保卫科',
  '医务科',
  '医务处',
  '护理部',
  '财务科',
  '药剂科',
  '药学部',
  '病理科',
  '放射科',
  '超声科',
  '输血科',
  '社工部',
  '透析室',
  '收费处',
  '病案室',
  '社区',
  '急诊科',
  '心内科',
  '神经内科',
  '呼吸科',
  '消化科',
  '儿科',
  '妇产科',
  '骨科',
  '麻醉科',
  '手术室',
  '导管室',
  // "微生物室寇雅静电话通知": a laboratory room reporting a result, as 检验科 does.
  '微生物室',
  '检验室',
  '心电图室',
  '内镜室',
  // A multidisciplinary clinic's dietitian speaking for her department ("营养科邹某：建议…"; round 37).
  '营养科',
  '康复科',
  // MDT participants named by their department ("放疗科某某、影像科某某"; round 46).
  '放疗科',
  '影像科',
];

const BEFORE_CUES = [
  // The person a home-care or community service visits ("服务对象雷某某，畲族"; round 38).
  '服务对象',
  '患者家属',
  '患者',
  '病人',
  '患儿',
  // A parent naming the child in a message ("孩子某屹川，就诊卡…"; round 47); strict, so "孩子高烧" is no name.
  '孩子',
  '产妇',
  '孕妇',
  '家属',
  '联系人',
  '监护人',
  '其父',
  '其母',
  '其子',
  '其女',
  '其妻',
  '其夫',
  '丈夫',
  '妻子',
  '儿子',
  '女儿',
  // "我是他闺女车晓燕": the colloquial word for a daughter, before her name as 女儿 is.
  '闺女',
  // "我是他幺儿某某": the south-western word for the youngest child, before the name as 闺女 is (round 50).
  '幺儿',
  '幺女',
  // "名字叫某某": the name told in a chat, as 名叫 (round 50).
  '名字叫',
  // "登记报妈的名字苗某某就行": the name someone is registered under, told straight after 的名字 (round 37).
  '的名字',
  // Traditional script, as Hong Kong and Taiwan records write kin ("（兒子伍某某）"; round 37).
  '兒子',
  '女兒',
  '孫子',
  '孫女',
  '母親',
  '父親',
  '媽媽',
  '父亲',
  '母亲',
  '爱人',
  '老伴',
  // The same with 儿 ("我老伴儿某某"; round 46), and an old man pointed at on the ward ("那个老爷子某某").
  '老伴儿',
  '老爷子',
  '孙子',
  '孙女',
  '外孙',
  '哥哥',
  '姐姐',
  '弟弟',
  '妹妹',
  // Full siblings as a transplant work-up names them ("胞弟某某（52岁）：HLA…"; round 52), as 弟弟 is.
  '胞兄',
  '胞姐',
  '胞弟',
  '胞妹',
  '之子',
  '之女',
  '之妻',
  '之夫',
  '之父',
  '之母',
  '主任医师',
  '副主任医师',
  '主治医师',
  '住院医师',
  '主管医师',
  '责任护士',
  '护士长',
  '医师',
  '医生',
  '主任',
  '护士',
  '教授',
  '大夫',
  '我叫',
  '名叫',
  '叫做',
  // "登记的名字是某某", "患者姓名是某某" (round 41).
  '名字是',
  '姓名是',
  // "更正：患者姓名为某某" (round 43), as 姓名是 is.
  '名字为',
  '姓名为',
  // "订餐要填…名字写某某", "姓名填某某": the name a form is filled in with (round 44).
  '名字写',
  '名字填',
  '姓名写',
  '姓名填',
  '我是',
  '本人',
  '陪同',
  '委托',
  // A ward taking in a patient, named straight after ("今晨收治某某，96岁").
  '收治',
  '同事',
  '朋友',
  '邻居',
  '转给',
  '我妈妈',
  '我爸爸',
  '我妈',
  '我爸',
  // "她妈苗红一直在": a child's parent named after a pronoun, as after 我妈.
  '她妈',
  '他妈',
  '她爸',
  '他爸',
  '妈妈',
  '爸爸',
  '老公',
  '老婆',
  '女婿',
  '儿媳',
  '媳妇',
  '侄子',
  '侄女',
  '侄孙',
  '侄孙女',
  // A great-grandchild, and a sibling in the third person ("曾孙某某陪诊", "已告知其妹某某").
  // Both members of a couple, named together ("夫妻双方某甲、某乙均为携带者").
  '夫妻双方',
  '夫妇双方',
  // "夫妇某甲、某乙": a couple named straight after 夫妇 or 夫妻 (strict: the name must end there).
  '夫妇',
  '夫妻',
  '曾孙',
  '曾孙女',
  '曾外孙',
  '曾外孙女',
  '其兄',
  '其姐',
  '其弟',
  '其妹',
  // A grandchild in the third person ("已电话告知其孙某某（…）"; round 49), as 其子 and 其女.
  '其孙',
  '其孙子',
  '其孙女',
  '其外孙',
  '其外孙女',
  '外甥',
  '外甥女',
  '孙媳',
  ...COUSINS_AND_AUNTS,
  '继父',
  '继母',
  '养父',
  '养母',
  '公公',
  '婆婆',
  '岳父',
  '岳母',
  '男朋友',
  '女友',
  // Eldest and younger children ("长子哈斯巴根").
  '长子',
  '长女',
  '次子',
  '次女',
  '男友',
  '女朋友',
  '未婚夫',
  '未婚妻',
  '室友',
  '同学',
  '保姆',
  '护工',
  '代理人',
  '居民',
  '用户',
  '儿童',
  '家长',
  '姓名',
  '咨询师',
  '治疗师',
  '康复师',
  '营养师',
  '药师',
  '社工',
  '助产士',
  '心理师',
  // A diabetic-foot clinic's podiatrist ("足病师冉", "足病师 仇｜").
  '足病师',
  ...FORM_ROLES,
  // Companions and certificates ("驴友倪思远", "同伴潘婧", "兹证明阎海涛", "关注人袁静", "宝宝时小满").
  '驴友',
  '同伴',
  '顾客',
  '客户',
  '养女',
  '养子',
  '专干',
  '大名',
  '小名',
  '乳名',
  '来访者',
  '当事人',
  '患者为',
  '确认为',
  '队友',
  '兹证明',
  '兹有',
  '关注人',
  '宝宝',
  '转告',
  '告知',
  '告诉',
  '通知',
  '联系',
  '提醒',
  '床',
  '交给',
  '致电',
  // A letter naming the writer's parent ("家父喻长庚今年九十岁").
  '家父',
  ...GRANDPARENTS,
  '祖母',
  '祖父',
  // Who wrote, checked or reported a record, without a colon ("记录者芮晓").
  '记录者',
  '记录人',
  // The surgeon of an operation note, without a colon ("术者某某。"; round 46).
  '术者',
  '审核者',
  '检验者',
  '报告人',
  '家母',
  // A salutation, and roles and departments that put the name right after them ("尊敬的伍思琪，",
  // "MDT秘书左佳", "陪诊员言小溪", "检验科尹卓电话报告", "透析室翁美芳家属").
  '尊敬的',
  '号产房',
  '秘书',
  '陪诊员',
  // An escort booked for a clinic visit ("陪诊师程某周五陪她").
  '陪诊师',
  '志愿者',
  // Who leads the patient's team, troupe or workplace, named straight after ("乐团负责人某某某要求…", "领队某某陪同";
  // generalisation-52), as a colleague (同事) or a teammate (队友) is.
  '负责人',
  '领队',
  '教练',
  // A driver named straight after, as an accident's other party or the family's ("货车司机某某在外等候"; round 58).
  '司机',
  ...DEPARTMENTS,
];

const AFTER_TITLES = [
  // Traditional script ("陳某某醫生　2026年…"; round 37).
  '副主任醫師',
  '主任醫師',
  '醫生',
  '醫師',
  '護士長',
  '護士',
  '副主任医师',
  '主任医师',
  '主治医师',
  '住院医师',
  // "卜永昌主治查看患者": the attending's grade without 医师.
  '主治',
  '副主任',
  '主任',
  '医生',
  '医师',
  '大夫',
  '护士长',
  '护士',
  '教授',
  '院长',
  '科长',
  '老师',
  '先生',
  '女士',
  '小姐',
  '阿姨',
  // A carer or a cleaner called by surname and 大姐 or 大哥 ("护理员某大姐发现后…"; round 52), as 阿姨 is: the
  // surname is the name.
  '大姐',
  '大哥',
  '叔叔',
  '大爷',
  '大妈',
  '奶奶',
  '爷爷',
  '师傅',
  '同志',
  '同学',
  '老人',
  '老太太',
  '老先生',
  '会计',
  '律师',
  '经理',
  '书记',
  '工程师',
  // Coaches in weight-management and rehabilitation groups ("柯教练").
  '教练',
  // Other job titles that follow a surname the same way ("滕药师", "裴警官").
  '药师',
  '护师',
  '技师',
  '治疗师',
  '营养师',
  '警官',
  '法官',
  '社工',
  '组长',
  '队长',
  '所长',
  '处长',
  '干事',
  '之子',
  '之女',
  '之妻',
  '之夫',
  '家属',
  // A child's name before its parent ("柏雨桐妈妈来电").
  '妈妈',
  '爸爸',
  '家长',
  // A child called or written to by name ("请钟乐言小朋友到2诊室", "某某小朋友家长您好"; round 45).
  '小朋友',
];

/** Blanks, then the sex or an age, after a name in a table row ("丘某某 男 90岁"). */
const SEX_OR_AGE_FIELD = /^[ \t\u3000]{1,4}(?:[男女](?:[ \t\u3000,，]|$)|\d{1,3}岁)/;
/** Sex, age or a record number in brackets right after a name: （男, （女, （95岁, （8月龄, （住院号…. */
const SEX_OR_AGE = /^(?:[男女]|\d{1,3}(?:岁|月龄|个月)|住院号|病案号|病历号|门诊号|身份证)/;
/** Words of 小 or 老 and a surname character that are not a short form of a name (老师, 小于3个月). */
const SHORT_FORM_WORDS = new Set(
  '老师 老总 老乡 老板 老公 老婆 老伴 老家 老年 老化 老汉 老太 老伯 老兄 老弟 老花 老毛 老是 老路 小于 小时 小孩 小便 小儿 小姐 小学 小组 小区 小心 小麦 小米 小康 小吃 小说 小肠 小腿 小叶 小包 小车 小贝'.split(
    ' ',
  ),
);
/** Words for a child that may stand before its pet name and the full name after it ("小朋友乐崽，大名…"). */
const CHILD_BEFORE_PET = ['小朋友', '小男孩', '小女孩', '小姑娘', '小伙子', '患儿', '小孩'];
/** Han characters after which 小卢 or 老陈 may stand ("12床老陈", "找小王"). */
const SHORT_FORM_AFTER = new Set('床号找叫问给和跟让请对是');
/** What may follow a short form of address such as 小卢 or 老陈. */
const AFTER_SHORT_FORM = new Set('，,。、；;！!？?的家呢吗啊呀和跟说来去在也\n ');
/** Field labels that may directly follow a name in a form ("姓名：张三性别：男"). */
const FIELD_STOPS = [
  '性别',
  '年龄',
  '民族',
  '职业',
  '科室',
  '床号',
  '住院号',
  '门诊号',
  '病历号',
  '日期',
  '出生',
  '婚姻',
  '籍贯',
  '工作',
  '电话',
  '联系',
  '地址',
  '住址',
  '签名',
  '身份',
  '关系',
  '医师',
  '医生',
  '护士',
  '之女',
  '之子',
  '之妻',
  '之夫',
  '之父',
  '之母',
  '会计',
  '师傅',
  '老太太',
  '主任',
  '老师',
  '男',
  '女',
];

/**
 * Labels are found from their colon: a text has few colons, and looking back from each one for a label
 * that ends there (after at most two blanks) is far cheaper than scanning every character for the
 * start of one of seventy labels.
 */
const STRONG_INDEX = new WordIndex(STRONG_LABELS, 'last');
const DEPARTMENT_INDEX = new WordIndex(DEPARTMENTS, 'first');
const DEPARTMENT_SET: ReadonlySet<string> = new Set(DEPARTMENTS);
const ROLE_INDEX = new WordIndex(ROLE_LABELS, 'last');
const isBlank = (code: number) => code === 0x20 || code === 0x09;
/** Where a run of up to three blanks (ideographic ones too) at `at` ends. */
const blanksEnd = (text: string, at: number) => {
  let end = at;
  while (end - at < 3 && (isBlank(text.charCodeAt(end)) || text.charCodeAt(end) === 0x3000)) end++;
  return end;
};
/** Where a label would end before the colon at `colon` (up to two blanks between them). */
function labelEndBefore(text: string, colon: number): number {
  let end = colon;
  while (end > 0 && colon - end < 2 && isBlank(text.charCodeAt(end - 1))) end--;
  return end;
}
/** Where the value after the colon at `colon` starts (up to two blanks skipped). */
function valueStartAfter(text: string, colon: number): number {
  let at = colon + 1;
  while (at < text.length && at - colon - 1 < 2 && isBlank(text.charCodeAt(at))) at++;
  return at;
}
/** A run of two to four Han characters standing alone between punctuation (or line ends). */
/** Before (1) and after (2) a run of two to four Han characters standing alone between punctuation. */
const RUN_EDGE = (() => {
  const table = new Uint8Array(0x10000);
  // Slashes and pipes separate fields too ("科室 / 龚秀荣 / 女", "（进修医师）/司马瑾").
  for (const c of '，,：:\n、；;。 \u3000\t/／|｜') table[c.charCodeAt(0)] = 1;
  for (const c of '，,、；;。\n\r\u3000\t/／|｜') table[c.charCodeAt(0)] = table[c.charCodeAt(0)]! | 2;
  return table;
})();
/** Words after which a dotted name may start inside a sentence, besides DOTTED_CUES. */
const BEFORE_CUES_FOR_DOTS = [
  '本人',
  '委托',
  '儿子',
  '女儿',
  '之子',
  '之女',
  '孙子',
  '孙女',
  '爱人',
  '丈夫',
  '妻子',
  '陪同',
  '联系人',
  '监护人',
  '患者',
  '家属',
  '同事',
  '朋友',
];
const DOTTED_CUES = [
  '患者家属',
  '患者',
  '病人',
  '患儿',
  '家属',
  '姓名',
  '其妻',
  '其夫',
  '其子',
  '其女',
  '丈夫',
  '妻子',
  '母亲',
  '父亲',
  '女儿',
  '儿子',
  '户名',
  '本人',
  '委托',
  // "我叫阿依古丽·某某": a patient giving her own name (round 39), or a parent naming the child ("我是某某·某某的妈妈";
  // round 44).
  '我叫',
  '我是',
];
/** A dotted heading of a department and its clinic or unit ("口腔科·舌系带门诊"). */
const DOTTED_UNIT = /[科院室部]·|·.*(?:门诊|病区|中心|科)$/;
const isHanCode = (code: number) => code >= 0x3400 && code <= 0x9fff;
const PLACES = new Set([...PROVINCES, ...CITIES]);
/**
 * A speaker at the start of a line ("曹立群：明天谁去？"), as in chats and transcripts: up to four
 * blanks, two to four Han characters, up to two blanks, a colon. Read back from each colon, whose
 * positions the label rules have found already, instead of scanning the text for line starts.
 */
function speakerBefore(text: string, colon: number): number {
  const end = labelEndBefore(text, colon);
  let start = end;
  while (start > 0 && end - start < 5) {
    const code = text.charCodeAt(start - 1);
    if (code < 0x4e00 || code > 0x9fff) break;
    start--;
  }
  if (end - start < 2 || end - start > 4) return -1;
  let line = start;
  while (line > 0 && start - line < 4 && isBlank(text.charCodeAt(line - 1))) line--;
  return line === 0 || isLineTerminator(text.charCodeAt(line - 1)) ? start : -1;
}
/** Characters that stop a name's run in running text yet are given names of their own (邹可, 沈从, 向同). */
const SPEAKER_GIVEN_STOPS = new Set('可同向从经');
/**
 * End of a surname, one of SPEAKER_GIVEN_STOPS and a common given character at `at`, before a predicate that is
 * not a particle ("沈从某今年…"), or -1.
 */
function stopGivenNameEnd(text: string, at: number): number {
  if (
    surnameLengthAt(text, at) !== 1 ||
    ambiguousSurnameAt(text, at) ||
    !SPEAKER_GIVEN_STOPS.has(text[at + 1] ?? '') ||
    startsTitle(text, at + 1) ||
    !hanAt(text, at + 2) ||
    startsNotName(text, at + 2)
  )
    return -1;
  return hanAt(text, at + 3) && !TIME_OR_CLAUSE_AFTER.test(text.slice(at + 3, at + 5)) ? -1 : at + 3;
}
const TIME_OR_CLAUSE_AFTER = /^(?:今年|今天|今日|昨天|现在|目前|于|因|已)/;
/** Service roles that name their staff in a chat ("客服阿橙：", "前台小林："). */
const SERVICE_ROLES = new Set(['客服', '前台', '导诊', '助理', '司机', '保安', '护工', '保姆']);
/**
 * A speaker named by a role word and a name at the start of a line ("配送员牛帅：", "护士长莫清："):
 * where the name starts, or -1.
 */
function roleSpeakerBefore(text: string, colon: number): number {
  const end = labelEndBefore(text, colon);
  let start = end;
  while (start > 0 && end - start < 9 && isHanCode(text.charCodeAt(start - 1))) start--;
  if (end - start < 3 || (start > 0 && !isLineTerminator(text.charCodeAt(start - 1)))) return -1;
  const cue = CUES.longestAt(text, start);
  // "医生蔺：": a clinician answering in a consultation, named by her surname alone after her role ("护士长蒲："
  // too; round 38).
  if (
    cue !== undefined &&
    end - start === cue.length + 1 &&
    CLINICIAN_CUES.has(cue) &&
    surnameLengthAt(text, end - 1, true) === 1 &&
    // A surname that is also a word only where the same speaker opens another line ("药师沐：…⏎…⏎药师沐："; round 43).
    (!ambiguousSurnameAt(text, end - 1) || speakerRepeats(text, start, colon))
  )
    return end - 1;
  if (end - start < 4) return -1;
  // A role cue word, or any role that ends like one (配送员, 营养师, 护工长).
  const roles = cue !== undefined && BEFORE_SET.has(cue) ? [cue.length] : [3, 2];
  for (const role of roles) {
    const at = start + role;
    const named =
      role === cue?.length || personLabelEndingAt(text, at) || SERVICE_ROLES.has(text.slice(start, at));
    if (end - at < 2 || end - at > 3 || !named) continue;
    if (weakNameEnd(text, at) === end) return at;
    // "营养科邹可：": after a department, a surname and one given character that elsewhere ends a name's run
    // (可, 同, 向…) filling the speaker's place up to the colon (round 37).
    if (
      end - at === 2 &&
      cue !== undefined &&
      DEPARTMENT_SET.has(cue) &&
      surnameLengthAt(text, at) === 1 &&
      !ambiguousSurnameAt(text, at) &&
      SPEAKER_GIVEN_STOPS.has(text[at + 1]!)
    )
      return at;
    // "客服阿橙：": a role and a nickname of 阿 and one character.
    if (end - at === 2 && text[at] === '阿' && !KIN_CHARACTERS.has(text[at + 1]!)) return at;
  }
  return -1;
}
/** Whether the speaker's tag opening its line at `start` up to `colon` opens another line too. */
function speakerRepeats(text: string, start: number, colon: number): boolean {
  const tag = `\n${text.slice(start, colon + 1)}`;
  const first = text.startsWith(tag.slice(1)) ? 0 : text.indexOf(tag);
  return first >= 0 && text.indexOf(tag, first + 1) >= 0;
}
/** What ends a line for a multiline regex `^`. */
const isLineTerminator = (code: number) =>
  code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
/**
 * The answer to a name question in a dialogue ("医生：叫什么名字？⏎患者：迪丽娜尔。"): the next speaker's
 * reply, when it is a short run of Han characters on its own, is a name even without a surname
 * (minority names, names with a rare surname). A relative may answer for the patient ("家属：我爸叫X，…"):
 * the name is what follows 叫.
 */
const NAME_QUESTION =
  /(?:叫什么名字|叫什么|叫啥名字?|叫啥|贵姓|怎么称呼|如何称呼|姓名是什么|名字是什么|您的名字|你的名字)[？?。]?[ \t]{0,2}\n[ \t]{0,4}[\u4e00-\u9fff]{1,4}[ \t]{0,2}[:：][ \t]{0,2}(?:(?:小名|乳名|大名|全名)(?:叫|是)?|我叫|(?:我|他|她)(?:爸|妈|父亲|母亲|爷爷|奶奶|老伴|丈夫|妻子|老公|老婆)?叫|叫|我是|免贵姓|我姓|姓)?/g;
const DOTTED_NAME =
  /(?<![\u4e00-\u9fff·])[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8})?(?![\u4e00-\u9fff·])(?<![病症征氏])/g;
/** Cue words a dotted name may follow inside running text ("委托我的儿子艾克拜尔·艾力"). */
const DOTTED_CUE_INDEX = new WordIndex([...new Set([...DOTTED_CUES, ...BEFORE_CUES_FOR_DOTS])], 'last');
/**
 * [start, end) of a dotted name inside running text, where DOTTED_NAME (which needs the name to stand
 * between non-Han characters) cannot see it: it starts after the nearest cue word before the dot,
 * leaving one to six characters, and ends where a predicate follows its second part; or [-1, -1].
 */
function dottedNameInRunningText(text: string, dot: number): [number, number] {
  if (!hanAt(text, dot - 1) || !hanAt(text, dot + 1)) return [-1, -1];
  let start = -1;
  for (let e = dot - 1; e >= dot - 6 && e > 0 && hanAt(text, e - 1); e--)
    if (
      DOTTED_CUE_INDEX.longestEndingAt(text, e) !== undefined ||
      // "我是36床阿依古丽·某某的丈夫": right after a bed's number, the patient lying in it (round 42).
      (text[e - 1] === '床' && /[0-9十]/.test(text[e - 2] ?? ''))
    ) {
      start = e;
      break;
    }
  if (start < 0) return [-1, -1];
  for (let end = dot + 3; end <= dot + 9 && end <= text.length; end++) {
    if (end === text.length || !hanAt(text, end)) return [start, end];
    if (followedByPredicate(text, end)) return [start, end];
  }
  return [-1, -1];
}
/** "那个", "这个" or a bed right before `at`, as a transcribed speaker points at a patient ("十五床那个邓……"). */
const afterPointingWord = (text: string, at: number) =>
  text.endsWith('那个', at) || text.endsWith('这个', at) || text[at - 1] === '床';
/** "那个小伙子包……": a pointing word and a word for the person (up to four characters) right before `at`. */
const POINTED_PERSON = /(?:那个|这个)[\u4e00-\u9fff]{1,4}$/;
const afterPointedPerson = (text: string, at: number) =>
  POINTED_PERSON.test(text.slice(Math.max(0, at - 6), at));
/**
 * "二十六床那个小伙子某某某，": a transcribed handover points at the patient with a word for the person, then names
 * them (round 49); the name must end where a name ends. A patient just admitted is pointed at so too ("二十一床新收的
 * 小伙子某某某，"; round 52).
 */
const POINTED_PERSON_THEN_NAME =
  /(?:那个|这个|那位|这位|新收的|新来的|刚收的|刚来的)(?:小伙子|小伙|小姑娘|姑娘|老太太|老太|老爷子|老先生|老人家|老人|大爷|大妈|阿姨|小孩|孩子|男孩|女孩|小朋友|年轻人|病人|患者|病号)(?=[\u4e00-\u9fff])/g;
/** What ends a clause, so that a broken-off surname's correction is looked for within it only. */
const CLAUSE_END = /[。；;\n]/;
/** Those an SMS greets that are no one named ("【某医院】家长您好"). */
const GREETED_NO_ONE = new Set(
  '家长 患者 病友 客户 用户 会员 朋友 宝妈 宝爸 各位 大家 亲们 亲爱 市民 居民 同学 老师 师傅 女士 先生'.split(
    ' ',
  ),
);
/** A child's parent an SMS greets after the child's given name ("芊语家长您好"). */
const KIN_TITLES_BEFORE_GREETING = ['家长', '妈妈', '爸爸'];
// "【妇幼保健院】语菲您好": an SMS greets its reader by given name alone, right after the sender's tag.
function givenNameAfterSenderTag(pass: Pass): void {
  const { text } = pass;
  for (let close = text.indexOf('】'); close >= 0; close = text.indexOf('】', close + 1)) {
    const at = close + 1;
    // "【社区卫生服务中心】芊语家长您好": a child's given name, then the parent the SMS greets.
    const parent = KIN_TITLES_BEFORE_GREETING.find((w) => text.startsWith(w, at + 2));
    const greeting = at + 2 + (parent?.length ?? 0);
    if (!text.startsWith('您好', greeting) && !text.startsWith('你好', greeting)) continue;
    const run = text.slice(at, at + 2);
    if (
      givenAt(text, at) &&
      givenAt(text, at + 1) &&
      (commonGivenAt(text, at) || commonGivenAt(text, at + 1)) &&
      !GREETED_NO_ONE.has(run) &&
      !GENERIC_CHILD_WORDS.has(run) &&
      !startsNotName(text, at)
    )
      push(pass, at, at + 2, 0.75);
  }
}
/** "我姓郝", "免贵姓欧阳", "电话是…，姓柴": a surname given on its own. */
// A dictated handover points at the patient by surname ("九床，那个姓柯的，"; round 51).
const SURNAME_GIVEN =
  /(?:我|本人|免贵|您|他|她|患者|病人|家属|自称|称|那个|这个|(?<=^|[，,。；;：:\n]))姓(?=[\u4e00-\u9fff])/g;
/**
 * A surname said alone after the speaker corrects herself, then the full name opening with it ("哦不对，是余，余某某";
 * round 51): the surname said is a name said, as the cards mark each.
 */
// The correction may say 姓 ("不对，是姓某，某某某"; round 53).
const CORRECTED_SURNAME =
  /(?:哦不对|噢不对|不对|哦不|说错了|口误)[，, ]?是姓?(?<surname>[\u4e00-\u9fff])(?=[，,、…]{1,2}\k<surname>)/g;
/**
 * The surname a dictated handover says after the bed and then takes back ("十五床某……不对，是…", "十二床某……哦不对，…";
 * rounds 52 and 53): a name said, as the cards mark it, though the wrong one.
 */
// 是 may stand between the bed and the surname ("九床是某……不对，"; round 54).
const RETRACTED_SURNAME = /床是?(?<surname>[\u4e00-\u9fff])(?=…{1,2}[，, ]?(?:哦|噢)?不对)/g;
/**
 * The surname a speaker corrects to after breaking off ("某……不对，"), said with a term of address and then with the full name ("……不对，是某师傅，某某某，";
 * round 54): both are names said, even when the surname is a rare one no list holds, since the correction and the repeat
 * say it is a surname.
 */
const CORRECTED_ADDRESSED =
  /(?<=[\u4e00-\u9fff]…{1,2}[，, ]?)(?:哦|噢)?不对[，, ]?是(?<surname>[\u4e00-\u9fff])(?:师傅|阿姨|大爷|大妈|奶奶|爷爷|先生|女士|老师)[，,、](?<full>\k<surname>[\u4e00-\u9fff]{1,2})(?=[，,。；;…]|$)/dg;
/**
 * A clause that starts with what may be a name, read together with what follows it: a name with no
 * cue before it ("今日查房，时卫东精神好转", "汪海燕今天又烧起来了") is recognised when it is made of a
 * surname and common given-name characters and is followed by a word that tells what a person did or
 * how they are. The predicates are words a record says about a person, not about a thing.
 */
/**
 * Where a clause starts (after these characters or at the start of the text), and the prepositions
 * and verbs that take a person ("跟覃佳慧说", "给汪海燕打电话"): 1 = clause start, 2 = preposition.
 */
const BEFORE_NAME = (() => {
  const table = new Uint8Array(0x10000);
  // 】 closes an SMS sender's tag ("【某医院】钱雅琴您好").
  // … ends a dictated pause ("二十床阿婆……某某某，九十五岁"; round 53), after which the name is said.
  for (const c of '\n，,。；;！!？?：:、 ）)】\u3000\t…') table[c.charCodeAt(0)] = 1;
  // 的 ends a description of who someone is ("我是上周做穿刺的付晓燕，").
  for (const c of '跟和与给帮替让叫请找问由被对向陪等是的') table[c.charCodeAt(0)] = 2;
  return table;
})();
const TIME_WORDS = [
  '上午',
  '下午',
  '中午',
  '晚上',
  '夜间',
  '凌晨',
  '傍晚',
  '今晨',
  '今早',
  '今日',
  '今天',
  '昨日',
  '昨天',
  '昨晚',
  '昨夜',
  '当晚',
  '当日',
  '次日',
  '术后',
  '入院后',
  '出院前',
  // "住院期间某某主任每天查房" (round 39).
  '期间',
];
const TIME_LAST = (() => {
  const table = new Uint8Array(0x10000);
  for (const w of TIME_WORDS) table[w.charCodeAt(w.length - 1)] = 1;
  return table;
})();
const PREDICATES = [
  // "请问是庞某某本人吗": asking whether the person named is the one speaking.
  '本人',
  // "由妻子邝桂枝代签", "长子…代表家属": signing or speaking for someone.
  '代签',
  '代表',
  // "孙子邵骁陪诊": a relative coming with the patient to a visit.
  '陪诊',
  // "儿子米尔扎提陪同", "丈夫洛桑询问能否停药": a relative coming along, or asking the clinician.
  '陪同',
  '询问',
  // A parent weighing the treatment offered ("父亲包某某某考虑寒假手术"; generalisation-52), as one asking about it is.
  '考虑',
  // Staff reading back a critical value and helping with care ("护士X复述确认", "护工X协助翻身").
  '复述',
  '协助',
  // A relative looking after the patient or interpreting ("由儿子某某照顾", "由孙女某某翻译"; round 37).
  '照顾',
  '翻译',
  // "出院后由孙子某某照护" (round 41); a parent or relative staying with the patient ("家长某某陪护"; round 49).
  '照护',
  '陪护',
  '陪床',
  '诉',
  '自诉',
  '主诉',
  '自述',
  '述',
  '今日',
  '今天',
  '今晨',
  '今早',
  '今晚',
  '昨日',
  '昨天',
  '昨晚',
  '昨夜',
  '这几天',
  '这两天',
  '最近',
  '近日',
  '近来',
  '术后',
  '入院',
  '出院',
  '精神',
  '神志',
  '体温',
  '血压',
  '血糖',
  '病情',
  '目前',
  '现在',
  '仍',
  '又',
  '再次',
  '已',
  '出现',
  '感觉',
  '觉得',
  '说',
  '表示',
  '要求',
  '拒绝',
  '同意',
  '签字',
  '的',
  '在',
  '复查',
  '复诊',
  '夜间',
  '上午',
  '下午',
  '晚上',
  '一直',
  '还',
  '没',
  '不',
  '也',
  '都',
  '会',
  '能',
  '想',
  '刚',
  '正在',
  '第',
  '是',
  '和',
  '家属',
  '及其',
  '吃',
  '喝',
  '睡',
  '咳',
  '发烧',
  '发热',
  '哭',
  '奶量',
  '饮食',
  '睡眠',
  '情况',
  '说',
  '打电话',
  '联系',
  '商量',
  '沟通',
  '一起',
  // Greetings put the name first ("敖丽你好"); 代诉 introduces what a relative reports.
  '你好',
  '您好',
  '怎么',
  '吗',
  '及',
  '（',
  '(',
  // Function words a record puts after a person: 王芳于3月5日入院, 王芳因胸痛…, 王芳来复诊.
  '于',
  '因',
  '来',
  '去',
  '到',
  '要',
  '将',
  '被',
  '把',
  '自',
  '从',
  '对',
  '向',
  '今年',
  '挂号',
  '挂个号',
  '开药',
  '办理',
  '预约',
  '（男',
  '（女',
  '(男',
  '(女',
  '代诉',
  // A name then what the person did on the phone or in writing ("检验科尹卓电话报告", "家长宋颖反馈").
  '反馈',
  '报告',
  '电话',
  '知情',
  '代为',
  '交给',
  '致电',
  '代办',
  '敬上',
  '手机',
  '，',
  ',',
  '。',
  '！',
  '？',
  '、',
];
/** Predicates by first character: a position is tested only against the words that can start there. */
const PREDICATE_INDEX = new WordIndex(PREDICATES, 'first');
/**
 * Cue words by first character, longest first: the scan tries the cues at each position where one
 * can start and takes the longest that fits (what one alternation regex did, restarted at every
 * position so that overlapping cues are all seen, but without a regex call per cue).
 */
const CUES = new WordIndex([...BEFORE_CUES, ...AFTER_TITLES], 'first');
const CUE_FIRST = charTable([...BEFORE_CUES, ...AFTER_TITLES].map((w) => w[0]!));
const BEFORE_SET = new Set(BEFORE_CUES);
/** What ends a bed's number right before 床 ("12床", "十二床", "3号床", "加床"). */
const BED_NUMBER_END = new Set('0123456789０１２３４５６７８９一二三四五六七八九十百两号加AaBbCc');
/**
 * Cue words that also begin ordinary compounds (儿童白血病, 用户协议, 居民医保): after them a name must end
 * where a name ends — punctuation, or a word that follows a person (来电, 代诉, 于…).
 */
const STRICT_CUES = new Set([
  // A driver's name must close or meet what the driver does ("司机某某在外等候"), not a road ("司机高速上追尾"; round 58).
  '司机',
  '孩子',
  '夫妇',
  '夫妻',
  '居民',
  '用户',
  '儿童',
  '家长',
  '姓名',
  '社工',
  '尊敬的',
  '志愿者',
  '协调员',
  ...DEPARTMENTS,
]);
const MINORITY_INDEX = new WordIndex(MINORITY_NAME_PARTS, 'first');
const AFTER_SET = new Set(AFTER_TITLES);
/**
 * Words opening with a surname character that the shared lexicon (given-names.ts) lacks, kept here because that
 * file's bytes feed the trained name model: a nursing note's skin temperature ("，皮温低，"), a clinician's reading of
 * a report ("预约医生解读"; round 52).
 */
const MORE_NOT_NAME_WORDS = [
  '皮温',
  '解读',
  // A puerperal note's uterine fundus ("宫底脐下两指", "宫底平脐"; round 59), beside 宫缩 and 宫颈 there.
  '宫底',
  // An occupation filling a header row's last field after the ethnicity ("某某　男　67岁　彝族　农民"; round 59).
  '农民',
  '牧民',
  // A childhood infection beside 水痘 in vaccine advice ("麻疹、水痘等减毒活疫苗"), and a fasting glucose value
  // named bare ("空腹和1小时两项"; round 60): 麻 and 空 open no name here.
  '麻疹',
  '空腹',
];
const NOT_NAME = new Set([...NOT_NAME_WORDS, ...MORE_NOT_NAME_WORDS]);
const HAN = /[\u3400-\u9fff]/;

const isHan = (c: string | undefined) => {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  return code >= 0x3400 && code <= 0x9fff;
};
const hanAt = (text: string, i: number) => isHanCode(text.charCodeAt(i));
const COMMON_GIVEN = charTable(GIVEN_NAME_CHARS);
const STOP = charTable(NAME_STOP_CHARS);
const NOT_END = charTable(NOT_NAME_END_CHARS);
/**
 * A common given-name character at `i` (false past the end), or one of a doubled given name ("圆圆",
 * "乐乐"), which is common in names whatever the character.
 */
const commonGivenAt = (text: string, i: number) => {
  const code = text.charCodeAt(i);
  if (COMMON_GIVEN[code] === 1) return true;
  const doubledWithNext = code === text.charCodeAt(i + 1);
  if (!doubledWithNext && code !== text.charCodeAt(i - 1)) return false;
  return isHanCode(code) && STOP[code] === 0 && surnameLengthAt(text, i - (doubledWithNext ? 1 : 2)) > 0;
};
/** A character at `i` that may be part of a given name: any Han character that does not end a name. */
const givenAt = (text: string, i: number) => {
  const code = text.charCodeAt(i);
  return isHanCode(code) && STOP[code] === 0;
};
const endsLikeWord = (text: string, end: number) => NOT_END[text.charCodeAt(end - 1)] === 1;
/** Excluded words of two or three characters by first character (longer ones are never tested). */
const NOT_NAME_INDEX = new WordIndex(
  [...NOT_NAME].filter((w) => w.length >= 2 && w.length <= 3),
  'first',
);
// Most characters start no excluded word: one map lookup by code unit answers, without slicing.
const startsNotName = (text: string, at: number) => NOT_NAME_INDEX.longestAt(text, at) !== undefined;
const HERBS = new Set(HERB_WORDS);
/** A side of a telehealth system (医生端, 患者端) and the bracket opening its user's name. */
const SIDE_USER = /(?:医生|医师|护士|药师|患者|病人|家属)端[（(]/g;
/**
 * End of an unambiguous single surname and an herb's name as given name ("某桂枝", "某连翘") at `at`, closed
 * where a name can end; or -1. The herb alone ("加桂枝", "黄芪") is no name: the surname must come first.
 */
function herbGivenNameEnd(text: string, at: number): number {
  if (surnameLengthAt(text, at) !== 1 || ambiguousSurnameAt(text, at) || startsNotName(text, at)) return -1;
  const herb = NOT_NAME_INDEX.longestAt(text, at + 1);
  if (herb === undefined || !HERBS.has(herb)) return -1;
  const end = at + 1 + herb.length;
  return !hanAt(text, end) || STOP[text.charCodeAt(end)] === 1 || followedByPredicate(text, end) ? end : -1;
}
/**
 * A field's value that is a kinship word, one blank and a name ("联系人：外孙 某予安"): the end of the name after
 * the blank, or -1 (also when no kinship word opens the value, or no name reads after it).
 */
// The blank no longer ties the name to the label, so the name must be a surname and given characters closing
// the field, not a word said of the relative ("外孙 电话…", "女儿 陪同" name no one).
function kinThenBlankNameEnd(text: string, value: number, afterKin: number): number {
  if (afterKin === value || (text[afterKin] !== ' ' && text[afterKin] !== '\u3000')) return -1;
  const at = afterKin + 1;
  if (followedByPredicate(text, at) || VERB_AFTER_NAME.has(text.slice(at, at + 2))) return -1;
  // A Yi name of clan and given name ("联系人：弟弟 某某木呷"; round 49) stands there as a Han name does.
  const end = Math.max(surnameNameEnd(text, at), yiNameEnd(text, at));
  return end < 0 || hanAt(text, end) ? -1 : end;
}
/** After a name label an herb's name is a person's ("医师：连翘"); other excluded words still are not. */
const startsNotNameAfterLabel = (text: string, at: number) => {
  const word = NOT_NAME_INDEX.longestAt(text, at);
  return word !== undefined && !HERBS.has(word);
};

export class ChinesePersonRecognizer implements Recognizer {
  readonly name = 'pii.person_zh';
  readonly types = ['PERSON'] as const;
  readonly languages = ['any'] as const;
  readonly regexes = [
    SIDE_USER,
    NICKNAME_NOTE,
    NICKNAME_INSIDE,
    ONE_CHARACTER_KIN_SPEAKER,
    FAMILY_GROUP_TITLE,
    SURNAME_GIVEN,
    RETRACTED_SURNAME,
    CORRECTED_ADDRESSED,
    NAME_QUESTION,
    DOTTED_NAME,
    SPACED_LABEL,
    SPACED_ROLE,
    SIGNING_ROLE,
    ETHNIC_NOTE,
    ETHNIC_CELL,
    SIGNING_DATE_AFTER,
    AGE_OR_SEX_AFTER_COMMA,
    STUDENT_WORD_END,
    TIME_OR_CLAUSE_AFTER,
    SELF_INTRODUCTION,
    ROMANISED_IN_BRACKETS,
    AFTER_BED,
    BEFORE_SEX_OR_AGE,
    PARENT_OF_QUESTION,
    LATIN_NAME_AFTER_BED,
    LATIN_NAME_AFTER_CUE,
    LATIN_NAME_AFTER_HAN,
    NATIONAL_BEFORE_LATIN,
    SIGNED_AFTER_UNIT,
    PET_NAME_AFTER_BED,
    BED_PET_NAME,
    CLINICIAN_LABEL_END,
    NAME_RECALLED,
    PET_NAME_AFTER_CHILD,
    XIAO_NAME_AFTER_CHILD,
    QUOTED_PET_NAME,
    CORRECTED_SURNAME,
    PARTY_WORD,
    CLINICIAN_TITLE_AT,
    BED_BEFORE_BRACKETED_NAME,
    ETHNIC_BEFORE_AGE,
    SEX_OR_AGE_FIELD,
    SEX_OR_AGE,
    DOTTED_UNIT,
    POINTED_PERSON,
    POINTED_PERSON_THEN_NAME,
    SELF_CORRECTION,
    CLAUSE_END,
    HAN,
    AFTER_DAI_NAME,
    KANA_READING,
    ORIGIN_NOTE,
    BRACKET_PERSON_NOTE,
    FORMAL_NAME_NOTE,
    SIGNING_VERB,
    TIME_AFTER_NAME,
    PLACE_LABEL_BEFORE,
    WARD_FAMILY_GROUP,
    FAMILY_TURN,
    ADDRESSED_AS,
    LEAVES_CONTACT,
    SEX_AFTER_NAME_FIELD,
    RELATION_QUALIFIER,
    LANGUAGE_INTERPRETS,
  ];

  analyze(text: string): Finding[] {
    const findings: Finding[] = [];
    const pass: Pass = { text, findings, detector: this.name };
    // Cheap exit: no Han character, no Chinese name.
    if (!HAN.test(text)) return findings;

    const colons = withBracketedLabels(text, colonPositions(text));
    for (const colon of colons) {
      const labelEnd = labelEndBefore(text, colon);
      // "用户名：青柠不酸" ends in 户名 (an account holder's label) but names an app account.
      const label = STRONG_INDEX.longestEndingAt(text, labelEnd);
      if (label === undefined || text.endsWith('用户名', labelEnd)) continue;
      const value = valueStartAfter(text, colon);
      // "报告人：检验科邸老师": a department first; its cue and the title rule read the name after it.
      if (DEPARTMENT_INDEX.longestAt(text, value) !== undefined) continue;
      let afterKin = afterKinWord(text, value);
      // "报告医师：母某某": a clinician's field names the clinician, never a relative, so 母 or 父 before a two-character
      // given name closing the field is the surname (母, a Sichuan surname; generalisation-53).
      if (afterKin === value + 1 && clinicianSignature(text, label, afterKin)) afterKin = value;
      // "紧急联系人：外孙 某予安": a blank between the kinship word and the name (round 47).
      const spaced = kinThenBlankNameEnd(text, value, afterKin);
      if (spaced > 0) {
        push(pass, afterKin + 1, spaced, 0.85);
        continue;
      }
      // "联系人：母亲" names no one; nor does "转诊医生：母主任", where 母 is a surname before a title.
      if (afterKin > value && (!hanAt(text, afterKin) || startsTitle(text, afterKin))) continue;
      const at = afterKin > value && strongNameEnd(text, afterKin) > 0 ? afterKin : value;
      const end = Math.max(strongNameEnd(text, at), labelledRunEnd(text, at, true));
      // "责任护士：小符　": 小 or 老 before a surname alone is a way of addressing, outside the name (round 39).
      const prefix =
        end === at + 2 && (text[at] === '小' || text[at] === '老') && surnameLengthAt(text, at + 1) === 1
          ? 1
          : 0;
      if (end > 0) push(pass, at + prefix, end, 0.9);
    }
    for (const colon of colons) {
      const labelEnd = labelEndBefore(text, colon);
      if (
        ROLE_INDEX.longestEndingAt(text, labelEnd) === undefined &&
        !personLabelEndingAt(text, labelEnd) &&
        !personLabelEndingAt(text, qualifiedLabelEnd(text, labelEnd))
      )
        continue;
      const value = valueStartAfter(text, colon);
      // "联系人：母亲葛红": the name after a kinship word, when one reads there.
      const afterKin = afterKinWord(text, value);
      const spaced = kinThenBlankNameEnd(text, value, afterKin);
      if (spaced > 0) {
        push(pass, afterKin + 1, spaced, 0.8);
        continue;
      }
      // "联系人：母亲": a kinship word alone names no one.
      if (afterKin > value && !hanAt(text, afterKin)) continue;
      const at = afterKin > value && weakNameEnd(text, afterKin) > 0 ? afterKin : value;
      const end = Math.max(weakNameEnd(text, at), labelledRunEnd(text, at, false));
      // "护士：伊力夏提", "患者：帕丽达": a Uyghur or Kazakh name standing alone as the field's value (伊 reads
      // as a surname, but 伊力 does not end the run).
      if (end < 0 || hanAt(text, end)) {
        const turkic = transliteratedNameEnd(text, at);
        if (turkic > end) {
          push(pass, at, turkic, 0.8);
          continue;
        }
      }
      if (end < 0) {
        // "医师：连翘": an herb's name standing alone after a role label is the person's.
        const herb = NOT_NAME_INDEX.longestAt(text, at);
        if (herb !== undefined && HERBS.has(herb) && !hanAt(text, at + herb.length))
          push(pass, at, at + herb.length, 0.85);
        // "复查血脂。医师：訾。": a clinician's surname alone closing the sentence after her role label, the
        // label not opening a line (there it is a chat's speaker answering: "医生：高。").
        // "配偶电话：…　医师：况　2026/11/22": so is one before a blank and the date signed (round 37).
        else if (
          (text[at + 1] === '。' ||
            text[at + 1] === '；' ||
            SIGNING_DATE_AFTER.test(text.slice(at + 1, at + 8))) &&
          CLINICIAN_CUES.has(ROLE_INDEX.longestEndingAt(text, labelEnd) ?? '') &&
          labelEnd > 2 &&
          text[labelEnd - 3] !== '\n' &&
          surnameLengthAt(text, at, true) === 1 &&
          loneSurnameReads(text, at)
        )
          push(pass, at, at + 1, 0.75);
        // "护士：小霞": a nickname standing alone as the field's value.
        else if (
          (at + 2 === text.length || FIELD_ENDS.has(text[at + 2]!)) &&
          NICKNAME_FORM(text.slice(at, at + 2)) &&
          !startsNotName(text, at)
        )
          push(pass, at, at + 2, 0.8);
        else if (handoverPartnerName(text, labelEnd, at)) push(pass, at, at + 2, 0.8);
        // Below 0.7: a word read as a name here is not then read as one wherever else it stands (考虑周全).
        else if (staffFieldWordName(text, labelEnd, at)) push(pass, at, at + 2, 0.65);
        // "工作人员：春分": a solar term given as a name, standing alone as the field's value.
        else if (solarTermNameEnd(text, at) > 0 && (at + 2 === text.length || FIELD_ENDS.has(text[at + 2]!)))
          push(pass, at, at + 2, 0.8);
        continue;
      }
      if (!hanAt(text, end) || followedByPredicate(text, end)) push(pass, at, end, 0.85);
      // "家属：钟良怎么样了": the shorter reading when a predicate follows it.
      else if (end - at === 3 && surnameLengthAt(text, at) === 1 && followedByPredicate(text, end - 1))
        push(pass, at, end - 1, 0.85);
    }
    // "交款人｜费晓东（儿子）", "收款员｜巩": a label naming a person by its last character, then a bar, then
    // the person's name filling the cell (a surname alone too), as after a colon.
    for (let bar = text.indexOf('｜'); bar >= 0; bar = text.indexOf('｜', bar + 1)) {
      // "姓名｜贝秀兰｜住院号": 姓名 before a bar names its cell's person too (a full name only, not a surname).
      const nameLabel = text.endsWith('姓名', bar);
      // "医生签字｜全", "患者签名｜伏春燕": a signature's cell holds the signer's name, a surname alone too.
      const signLabel = text.endsWith('签字', bar) || text.endsWith('签名', bar);
      if (
        (!personLabelEndingAt(text, bar) && !nameLabel && !signLabel) ||
        ROLE_INDEX.longestEndingAt(text, bar) !== undefined
      )
        continue;
      const at = bar + 1;
      // "患者｜伏春燕｜": a three-character run with an ambiguous surname fills the cell as after a colon.
      let end = Math.max(weakNameEnd(text, at), nameLabel ? -1 : labelledRunEnd(text, at, false));
      if (
        end < 0 &&
        !nameLabel &&
        surnameLengthAt(text, at, true) === 1 &&
        (loneSurnameReads(text, at) || signLabel)
      )
        end = at + 1;
      const after = text[end];
      if (end > 0 && (after === undefined || FIELD_ENDS.has(after) || after === '（' || after === '('))
        push(pass, at, end, 0.8);
    }
    if (text.includes('姓名') || text.includes('联系人') || text.includes('监护人'))
      for (const m of matchAll(SPACED_LABEL, text)) {
        // "联系人 儿子 邸文博": a kinship word (and a blank) before the name.
        let at = m.index + m[0].length;
        const afterKin = afterKinWord(text, at);
        if (afterKin > at) at = afterKin + (isBlank(text.charCodeAt(afterKin)) ? 1 : 0);
        // After 姓名 the field's whole value is the name, as after 姓名：, even a Japanese one ("姓名 佐藤柚希｜").
        // (Only in a barred field: "姓名　膳食" is a table's header row.)
        let whole = m[0].includes('姓名') ? strongNameEnd(text, at) : -1;
        if (whole > 0 && !FIELD_BARS.has(text[whole]!)) whole = -1;
        const end = Math.max(weakNameEnd(text, at), whole);
        if (end > 0 && (!hanAt(text, end) || followedByPredicate(text, end))) push(pass, at, end, 0.85);
      }
    if (text.includes(' ') || text.includes('\t') || text.includes('\u3000'))
      for (const m of matchAll(SPACED_ROLE, text)) {
        const at = m.index + m[0].length;
        const end = Math.max(weakNameEnd(text, at), labelledRunEnd(text, at, false));
        if (end > 0 && !hanAt(text, end)) push(pass, at, end, 0.8);
        // "报告 蒯　审核 …": who reported or checked, by surname alone filling the field up to the next blank.
        else if (
          end < 0 &&
          SIGNING_ROLE.test(m[0]) &&
          surnameLengthAt(text, at, true) === 1 &&
          loneSurnameReads(text, at) &&
          (at + 1 === text.length || FIELD_ENDS.has(text[at + 1]!))
        )
          push(pass, at, at + 1, 0.75);
      }
    // "我是上周做胃镜的屈筱芃，": a writer naming themself after what they had done.
    if (text.includes('我是'))
      for (const m of matchAll(SELF_INTRODUCTION, text)) {
        const at = m.index + m[0].length;
        let end = at;
        while (end - at < 5 && hanAt(text, end)) end++;
        if (
          end - at >= 2 &&
          end - at <= 4 &&
          RUN_CLOSERS.has(text[end] ?? '，') &&
          (standaloneName(text.slice(at, end)) ||
            // "我是…做胃镜的宁可馨，": a full name whose surname and first given character make a word (宁可,
            // "would rather"), filling the run after the self-introduction's 的 (round 43).
            (end - at === 3 &&
              surnameLengthAt(text, at) === 1 &&
              commonGivenAt(text, at + 1) &&
              commonGivenAt(text, at + 2) &&
              !endsLikeWord(text, end)))
        )
          push(pass, at, end, 0.75);
      }
    // Transliterated minority and foreign names are written with a middle dot: 买买提·艾力.
    if (text.includes('·')) {
      const named = new Set<number>();
      for (const m of matchAll(DOTTED_NAME, text)) {
        // "【互联网医院·图文问诊】": a heading's parts, not a name.
        if (text[m.index - 1] === '【') continue;
        // "儿童口腔科·舌系带门诊": a department and its clinic, not a name (round 39).
        if (DOTTED_UNIT.test(m[0])) continue;
        // "患者阿依古丽·买买提": a role word glued to the front is not part of the name.
        // "12床热依拉·某某": the bed's 床 glued to the front is not part of the name either (round 42).
        const cue =
          DOTTED_CUES.find((c) => m[0].startsWith(c) && m[0].indexOf('·') > c.length) ??
          (m[0][0] === '床' && /[0-9]/.test(text[m.index - 1] ?? '') && m[0].indexOf('·') > 1
            ? '床'
            : undefined);
        // "买买提·艾山电话189…": a field word glued after the name is not part of it.
        const dot = m.index + m[0].indexOf('·');
        let end = m.index + m[0].length;
        for (let k = dot + 3; k < end; k++)
          if (DOTTED_TAILS.some((w) => text.startsWith(w, k))) {
            end = k;
            break;
          }
        push(pass, m.index + (cue?.length ?? 0), end, 0.75);
        named.add(m.index + m[0].indexOf('·'));
      }
      for (let dot = text.indexOf('·'); dot >= 0; dot = text.indexOf('·', dot + 1))
        if (!named.has(dot)) {
          const [start, end] = dottedNameInRunningText(text, dot);
          if (end > 0) push(pass, start, end, 0.75);
        }
    }
    if (
      text.includes('\n') &&
      (text.includes('叫') || text.includes('姓') || text.includes('称呼') || text.includes('名字'))
    )
      for (const m of matchAll(NAME_QUESTION, text)) {
        const at = m.index + m[0].length;
        let end = at;
        while (
          end < text.length &&
          end - at < 12 &&
          (isHan(text[end]) || (text[end] === '·' && isHan(text[end + 1])))
        )
          end++;
        const next = text[end];
        if (
          end - at >= 2 &&
          end - at <= 8 &&
          (next === undefined || '。，,.！!？?\n '.includes(next)) &&
          !startsNotName(text, at) &&
          // "妈妈：还没取好。", "女儿：她听不清，…": an answer that gives no name (a pronoun opens what is said).
          !'还没不未她他我你您它这'.includes(text[at]!)
        )
          push(pass, at, end, 0.85);
      }
    // Chat speakers: a name opening lines before a colon. With common given characters it is a name
    // at once; a name that is also a word (田野, 夏天) counts when speakers take turns — the same
    // run opens two or more lines among three or more speaker lines.
    const speakers = new Map<string, number[]>();
    const givenSpeakers = new Map<string, number[]>();
    const looseSpeakers = new Map<string, number[]>();
    const nicknames: Array<[number, number]> = [];
    // Speakers' runs no reading above takes (a pet name ending in 儿, a screen name of four characters).
    const otherSpeakers = new Map<string, number[]>();
    let turns = 0;
    // Turns of speakers named by a full name of common given characters ("王某睿：").
    let nameTurns = 0;
    // How often each of those full-name speakers takes a turn.
    const namedRuns = new Map<string, number>();
    // Relatives named by kinship alone ("大姐：", "小叔：") take turns with the named speakers.
    let kinTurns = 0;
    // Staff named by role and name ("客服阿橙：") talk with people named by nickname ("阿凯：").
    let roleTurns = 0;
    for (const colon of colons) {
      // "配送员牛帅：", "客服阿橙：": a speaker named by role and name takes a turn too.
      const named = roleSpeakerBefore(text, colon);
      if (named >= 0) {
        turns++;
        roleTurns++;
        push(pass, named, labelEndBefore(text, colon), 0.8);
        continue;
      }
      const at = speakerBefore(text, colon);
      if (at < 0) continue;
      const run = text.slice(at, labelEndBefore(text, colon));
      // "群聊：外婆出院准备": a chat's title line, no one speaking (round 37).
      if (CHAT_TITLE_LABELS.has(run)) continue;
      turns++;
      // "陶护士：": a clinician speaking by surname and title is staff talking with the family too (the
      // title rule marks the surname).
      const surname = surnameLengthAt(run, 0);
      if (surname > 0 && surname < run.length && startsTitle(run, surname)) {
        roleTurns++;
        continue;
      }
      // "二姐秀云：", "表姐丹丹：": a family chat names a speaker by relation and given name.
      const kin = afterKinWord(text, at) - at;
      if (kin > 0 && kin < run.length) {
        const name = run.slice(kin);
        // "二嫂桂枝：": an herb's name is a given name there too, as after a name label (round 41).
        if (givenOnlySpeaker(name) || standaloneName(name) || HERBS.has(name))
          push(pass, at + kin, at + run.length, 0.8);
        continue;
      }
      if (kin === run.length) {
        kinTurns++;
        continue;
      }
      // "豆豆妈：": a parent called by the child's doubled pet name and 妈 or 爸 is one nickname, the whole of it
      // (round 37), unlike a kinship word before a name.
      if (
        run.length === 3 &&
        run[0] === run[1] &&
        (run[2] === '妈' || run[2] === '爸') &&
        givenAt(run, 0) &&
        !KIN_CHARACTERS.has(run[0]!) &&
        !GENERIC_CHILD_WORDS.has(run.slice(0, 2))
      ) {
        push(pass, at, at + 3, 0.75);
        continue;
      }
      // "花卷妈妈：": a parent speaking as their child's (pet) name and 妈妈 or 爸爸 names the child.
      if (run.length === 4 && (run.endsWith('妈妈') || run.endsWith('爸爸'))) {
        if (
          !GENERIC_CHILD_WORDS.has(run.slice(0, 2)) &&
          givenAt(run, 0) &&
          givenAt(run, 1) &&
          !KIN_CHARACTERS.has(run[1]!) &&
          !startsNotName(run, 0)
        )
          push(pass, at, at + 2, 0.75);
        continue;
      }
      if (standaloneName(run) && commonGiven(run, surnameLengthAt(run, 0))) {
        push(pass, at, at + run.length, 0.8);
        nameTurns++;
        namedRuns.set(run, (namedRuns.get(run) ?? 0) + 1);
      }
      // A run that reads less clearly as a name (田野, 夏天; 熊向阳, whose 向 is usually "towards") counts
      // when speakers take turns, as long as it starts with an unambiguous surname.
      // A Mongolian or Tibetan name of three or four characters ("宝音达来：", "次仁卓玛："; round 44) takes turns so too.
      else if (
        standaloneName(run) ||
        speakerName(run) ||
        (run.length >= 3 && minorityNameEnd(run, 0) === run.length)
      )
        speakers.set(run, [...(speakers.get(run) ?? []), at]);
      else if (givenOnlySpeaker(run)) givenSpeakers.set(run, [...(givenSpeakers.get(run) ?? []), at]);
      else if (looseGivenSpeaker(run)) looseSpeakers.set(run, [...(looseSpeakers.get(run) ?? []), at]);
      else if (otherSpeakerRun(run)) otherSpeakers.set(run, [...(otherSpeakers.get(run) ?? []), at]);
      // "阿桂：": a speaker called by 阿 and a common given character that is a surname too is a nickname as well.
      const aNickname =
        run.length === 2 && run[0] === '阿' && commonGivenAt(run, 1) && !KIN_CHARACTERS.has(run[1]!);
      if (
        run.length === 2 &&
        (NICKNAME_FORM(run) || aNickname) &&
        !LABEL_LIKE_SPEAKERS.has(run) &&
        !startsNotName(run, 0)
      )
        nicknames.push([at, at + 2]);
    }
    // A family chat: a relative speaks by kinship word. (The regex scan of the whole text is skipped when
    // there is no nickname or loose speaker for it to confirm.)
    // A chat whose title line calls it the family's group ("家庭群「…」", "【家人群】"; generalisation-52) is one too, even
    // when every member speaks by given name or nickname.
    const familyTitled = (nicknames.length > 0 || looseSpeakers.size > 0) && FAMILY_GROUP_TITLE.test(text);
    const familyChat =
      (nicknames.length > 0 || looseSpeakers.size > 0) &&
      (kinTurns > 0 || ONE_CHARACTER_KIN_SPEAKER.test(text) || familyTitled);
    // "阿峰：", "小葭：", "蕊蕊：": in a family chat a speaker called by a nickname form is a person even
    // when they speak only once.
    // "阿彬：…⏎禾禾：…⏎阿彬：…": two members called by 阿 or a doubled character (not 小, which opens
    // labels: 小结, 小计), one of them speaking twice, take turns as a chat of their own.
    const nicknameTurns = new Map<string, number>();
    for (const [start, end] of nicknames) {
      const run = text.slice(start, end);
      if (run[0] === '小' || (run[0] === run[1] && DOUBLED_ADVERBS.has(run[0]!))) continue;
      nicknameTurns.set(run, (nicknameTurns.get(run) ?? 0) + 1);
    }
    const nicknameTakesTurns = turns >= 3 && [...nicknameTurns.values()].some((n) => n >= 2);
    // "阿樑：…⏎秀婵：…⏎阿樑：…": one called by 阿 speaking twice, with a member named by two common given
    // characters answering, is a chat of its own too; the given-name speaker counts even speaking once.
    const nicknameWithGiven =
      nicknameTakesTurns && nicknameTurns.size === 1 && givenSpeakers.size > 0 && speakers.size === 0;
    const nicknamesAlternate = nicknameTakesTurns && (nicknameTurns.size >= 2 || nicknameWithGiven);
    if (familyChat || roleTurns > 0 || nicknamesAlternate)
      for (const [start, end] of nicknames) push(pass, start, end, 0.7);
    if (nicknameWithGiven)
      for (const [run, starts] of givenSpeakers)
        if (run[0] !== '阿' && commonGivenAt(run, 0) && commonGivenAt(run, 1))
          for (const at of starts) push(pass, at, at + run.length, 0.7);
    // A family chat ("砚峰：", "砚云：", "大姐：") may name its members by rarer given characters. Such runs
    // count only when two of them each take two turns, or one does and a relative answers by kinship word
    // ("大鹏：…⏎大姐：…⏎大鹏：…").
    // Loose speakers confirmed that way (each taking two turns), for the given-name speakers below.
    let looseTaking = 0;
    if (familyChat && looseSpeakers.size > 0) {
      // "二姑：", "三婶：": a relative by kinship word the kinship characters above leave out, no member's name.
      const taking = [...looseSpeakers, ...givenSpeakers].filter(
        ([run, starts]) => starts.length >= 2 && !'姑婶'.includes(run[1]!),
      );
      if (
        taking.length >= 2 ||
        (taking.length === 1 && (kinTurns > 0 || ONE_CHARACTER_KIN_SPEAKER.test(text) || familyTitled))
      ) {
        for (const [run, starts] of taking) for (const at of starts) push(pass, at, at + run.length, 0.7);
        looseTaking = taking.filter(([run]) => looseSpeakers.has(run)).length;
        // "宥辰：…⏎大舅：…⏎芷若：…⏎宥辰：…": once a loose speaker takes turns with a relative speaking by
        // kinship word, another speaker of two given-name characters, one of them common, counts even
        // speaking once.
        if (looseTaking > 0 && kinTurns > 0)
          for (const [run, starts] of looseSpeakers)
            if (starts.length === 1 && (commonGivenAt(run, 0) || commonGivenAt(run, 1)))
              push(pass, starts[0]!, starts[0]! + run.length, 0.7);
      }
    }
    if (speakers.size > 0) {
      if (turns >= 3 && [...speakers.values()].some((a) => a.length >= 2))
        for (const [run, starts] of speakers) for (const at of starts) push(pass, at, at + run.length, 0.75);
    }
    // Family chats name speakers by given name or nickname alone (海燕, 建国, 阿强). Such a run is a name
    // only when the chat really alternates: it opens two or more lines, and some other speaker also
    // opens two or more — a label that repeats ("记录：") does not take turns with another.
    // A relative's turn or a second given-name speaker counts as the other side of the chat too.
    if (givenSpeakers.size > 0 && turns >= 3) {
      const repeated =
        [...speakers.values(), ...givenSpeakers.values()].filter((a) => a.length >= 2).length + looseTaking;
      const otherSide = repeated >= 2 || (repeated >= 1 && (kinTurns > 0 || givenSpeakers.size >= 2));
      if (otherSide)
        for (const [run, starts] of givenSpeakers) {
          // "宏业：…⏎大姐：…⏎丽蓉：…⏎宏业：…": in a family chat where a relative speaks by kinship word and a
          // named member takes turns, a speaker by two common given characters counts even speaking once.
          if (starts.length < 2 && givenSpeakers.size < 2 && !(kinTurns > 0 && looseTaking > 0)) continue;
          // "小峰：": 小 or 老 before a given name is a way of addressing, not part of the name.
          // "小王：" with a surname: the surname alone; "小雯：" with a given character: a nickname, kept whole.
          const prefix =
            run.length === 2 && (run[0] === '小' || run[0] === '老') && surnameLengthAt(run, 1) === 1 ? 1 : 0;
          for (const at of starts) push(pass, at + prefix, at + run.length, 0.75);
        }
    }
    // "二叔：…⏎思琦：…⏎二叔：…⏎阿峰：…": in a family chat where a relative speaks by kinship word twice or more
    // and a member by nickname, a speaker of two common given characters counts even speaking once.
    if (familyChat && kinTurns >= 2 && nicknames.length > 0)
      for (const [run, starts] of givenSpeakers)
        if (run[0] !== '阿' && commonGivenAt(run, 0) && commonGivenAt(run, 1))
          for (const at of starts) push(pass, at, at + run.length, 0.7);
    // "皓轩：我来⏎景行：@皓轩 停车场在东门": a speaker another speaker @-mentions is a member of the chat, even
    // speaking once; the mention marks the name too.
    if (turns >= 3 && text.includes('@'))
      for (const map of [speakers, givenSpeakers, looseSpeakers])
        for (const [run, starts] of map) {
          // "@三姑": a relative by kinship word, not a member's name.
          if (KIN_CHARACTERS.has(run[1]!) || '姑婶'.includes(run[1]!)) continue;
          let mention = text.indexOf(`@${run}`);
          if (mention < 0 || hanAt(text, mention + 1 + run.length)) continue;
          for (const at of starts) push(pass, at, at + run.length, 0.75);
          for (; mention >= 0; mention = text.indexOf(`@${run}`, mention + 1))
            if (!hanAt(text, mention + 1 + run.length))
              push(pass, mention + 1, mention + 1 + run.length, 0.75);
        }
    // "翰林：…⏎杉杉：…⏎翰林：…⏎淮宁：…": where a given-name speaker takes turns with another named member, one
    // more speaker of two given characters, one of them common, counts even speaking once.
    if (
      turns >= 4 &&
      [...speakers.values(), ...givenSpeakers.values()].some((a) => a.length >= 2) &&
      speakers.size + givenSpeakers.size + nicknames.length >= 2
    )
      for (const [run, starts] of looseSpeakers)
        if (starts.length === 1 && (commonGivenAt(run, 0) || commonGivenAt(run, 1)))
          push(pass, starts[0]!, starts[0]! + run.length, 0.7);
    // "朵儿：…⏎王某睿：…⏎小鱼儿：…⏎朵儿：…", "平安是福：…⏎护士长蒲：…⏎平安是福：…": in a chat where a member speaks by
    // name (or a relative by kinship word), a run no other reading takes is a member's nickname or screen name when
    // it takes two turns or more; speaking once, when another speaker has just called on it at a line's end
    // ("…，喊上大头⏎大头：收到"), the call naming the member too (round 38).
    if (otherSpeakers.size + looseSpeakers.size + givenSpeakers.size > 0 && turns >= 3) {
      const named =
        roleTurns > 0 ||
        nameTurns > 0 ||
        familyChat ||
        kinTurns > 0 ||
        [...speakers.values()].some((a) => a.length >= 2);
      if (named)
        for (const [run, starts] of [...otherSpeakers, ...looseSpeakers, ...givenSpeakers]) {
          if (starts.length >= 2) {
            if (otherSpeakers.has(run)) for (const at of starts) push(pass, at, at + run.length, 0.7);
            continue;
          }
          const call = starts[0]! - 1 - run.length;
          if (
            call > 0 &&
            text.startsWith(run, call) &&
            isLineTerminator(text.charCodeAt(starts[0]! - 1)) &&
            CALLING_LAST.has(text[call - 1]!)
          ) {
            push(pass, call, call + run.length, 0.7);
            push(pass, starts[0]!, starts[0]! + run.length, 0.7);
          }
        }
    }
    // "秀英：…⏎建岷：…⏎卫岚：…⏎秀英：…⏎卫岚：…": siblings speaking by given name with one named by surname and given
    // name who takes two turns or more (round 42): a loose given-name speaker is a member when one of them takes two
    // turns; one speaking once, when a character of it is a common given one. The full-name speaker is named again
    // where another member calls on it after a comma or a line's start ("…，卫岚你陪一下？").
    if (
      turns >= 4 &&
      [...namedRuns.values()].some((n) => n >= 2) &&
      [...looseSpeakers.values(), ...givenSpeakers.values()].some((a) => a.length >= 2)
    ) {
      for (const [run, starts] of [...looseSpeakers, ...givenSpeakers])
        if (starts.length >= 2 || commonGivenAt(run, 0) || commonGivenAt(run, 1))
          for (const at of starts) push(pass, at, at + run.length, 0.7);
      for (const [run, n] of namedRuns)
        if (n >= 2)
          for (let at = text.indexOf(run); at >= 0; at = text.indexOf(run, at + 1))
            if ('，,。！!？?\n'.includes(text[at - 1] ?? '\n') && text[at + run.length] !== '：')
              push(pass, at, at + run.length, 0.7);
    }
    // "【6病区家属群】护士长晏：…⏎岁月静好：请问…": in a ward's family group, where staff speak by role and
    // surname twice or more, a screen name no other reading takes is a relative's, even speaking once, asking or
    // thanking (round 39).
    if (roleTurns >= 2 && otherSpeakers.size > 0 && WARD_FAMILY_GROUP.test(text))
      for (const [run, starts] of otherSpeakers)
        if (
          starts.length === 1 &&
          FAMILY_TURN.test(text.slice(starts[0]! + run.length, starts[0]! + run.length + 40))
        )
          push(pass, starts[0]!, starts[0]! + run.length, 0.7);
    // Text-table rows: a run where a row puts the name, when the whole run reads as one.
    for (const [start, end] of rosterNameRuns(text))
      if (standaloneName(text.slice(start, end)) || minorityNameEnd(text, start) === end)
        push(pass, start, end, 0.8);
      // "9床 丘某某 男 90岁": a surname that is usually a word, with two common given characters, before the
      // row's sex or age.
      else if (
        surnameLengthAt(text, start, true) === 1 &&
        fullCommonName(text, start, end) &&
        !startsNotName(text, start) &&
        SEX_OR_AGE_FIELD.test(text.slice(end, end + 8))
      )
        push(pass, start, end, 0.75);
    if (text.includes('】')) givenNameAfterSenderTag(pass);
    if (text.includes('傣')) daiNames(pass);
    if (text.includes('→')) handoverArrowPair(pass);
    if (text.includes('岁')) headerLineName(pass);
    if (text.includes('姓'))
      for (const m of matchAll(SURNAME_GIVEN, text)) {
        const at = m.index + m[0].length;
        const surname = surnameLengthAt(text, at);
        const after = text[at + surname];
        if (surname > 0 && (after === undefined || !isHan(after) || '叫名是的'.includes(after)))
          push(pass, at, at + surname, 0.75);
        // "我姓伏。": an ambiguous surname too, when it stands alone (round 39).
        else if (surname === 0 && surnameLengthAt(text, at, true) === 1 && !isHan(text[at + 1]))
          push(pass, at, at + 1, 0.75);
      }
    if (text.includes('不对')) {
      for (const m of matchAll(RETRACTED_SURNAME, text)) {
        const at = m.index + m[0].length - 1;
        if (surnameLengthAt(text, at, true) === 1) push(pass, at, at + 1, 0.75);
      }
      for (const m of matchAll(CORRECTED_ADDRESSED, text)) {
        const [sAt] = m.indices!.groups!.surname!;
        const [fAt, fEnd] = m.indices!.groups!.full!;
        push(pass, sAt, sAt + 1, 0.75);
        push(pass, fAt, fEnd, 0.75);
      }
    }
    if (text.includes('是'))
      for (const m of matchAll(CORRECTED_SURNAME, text)) {
        const at = m.index + m[0].length - 1;
        // The full name starts after the one or two marks the look-ahead allowed.
        const named = text.indexOf(text[at]!, at + 1);
        if (surnameLengthAt(text, at, true) === 1 && weakNameEnd(text, named) > named + 1)
          push(pass, at, at + 1, 0.75);
      }
    // One pass over the text for cue words (above), and for names with no cue word: at a clause start, or
    // after a preposition. Also here: a short run standing alone between punctuation ("复诊：白彧，上次…",
    // "好的，韩红霞，").
    for (let at = 0; at < text.length; at++) {
      const code = text.charCodeAt(at);
      if (CUE_FIRST[code] !== 0) cueAt(pass, at);
      if (code === 0x5c0f || code === 0x8001) shortForm(pass, at);
      else if (code === 0xff08 || code === 0x28) bracketName(pass, at);
      else if (code === 0xff3b) signedNameInSquareBrackets(pass, at);
      // (男 0x7537, 女 0x5973: a code test, as reading text[at + 1] would make a string at every comma.)
      else if (code === 0xff0c) {
        const next = text.charCodeAt(at + 1);
        if (next === 0x7537 || next === 0x5973) nameBeforeSexComma(pass, at);
        else if ((next >= 0x30 && next <= 0x39) || isHanCode(next)) minorityNameBeforeAgeComma(pass, at);
      }
      if (!surnameCanStart(code)) {
        // "对象｜宝音图雅｜女｜90岁": a Mongolian or Tibetan name with no Han surname, filling its field before a
        // barred sex field.
        if (MINORITY_INDEX.longestAt(text, at) !== undefined && (at === 0 || FIELD_BARS.has(text[at - 1]!))) {
          const end = minorityNameEnd(text, at);
          if (end - at >= 3 && beforeBarredSex(text, end)) push(pass, at, end, 0.75);
        }
        continue;
      }
      if (at === 0 || (RUN_EDGE[text.charCodeAt(at - 1)]! & 1) !== 0) {
        let end = at;
        while (end < text.length && end - at < 5 && isHanCode(text.charCodeAt(end))) end++;
        const length = end - at;
        if (
          length >= 2 &&
          length <= 4 &&
          (end === text.length ||
            (RUN_EDGE[text.charCodeAt(end)]! & 2) !== 0 ||
            (text.charCodeAt(end) === 0x20 && FIELD_BARS.has(text[end + 1]!)) ||
            // "评估：覃阿婆……更正：…": an elder's address broken off before a correction (round 43).
            (text[end] === '…' && length === 3 && ELDER_ADDRESSES.includes(text.slice(at + 1, end))))
        )
          if (
            standaloneName(text.slice(at, end)) &&
            !PLACE_LABEL_BEFORE.test(text.slice(Math.max(0, at - 6), at))
          )
            // "参保地：伊犁州", "籍贯：甘南州": the value of a place's label is a place, not a name (round 46).
            push(pass, at, end, 0.7);
          // "9床　韦阿公　流质", "，郑奶奶，": a surname and an elder's address standing alone; the surname is the name.
          else if (
            length === 3 &&
            surnameLengthAt(text, at) === 1 &&
            ELDER_ADDRESSES.includes(text.slice(at + 1, end)) &&
            !startsNotName(text, at)
          )
            push(pass, at, at + 1, 0.7);
          // "门诊｜常德贵｜男｜95岁": a full name of common given characters before a barred sex field, even
          // with a surname that is usually a word.
          else if (
            length === 3 &&
            (beforeBarredSex(text, end) || beforeSpacedSex(text, end)) &&
            surnameLengthAt(text, at, true) === 1 &&
            // "｜甘福来｜男｜": the last given character may be one older names end with (福来, 德根, 进财).
            (fullCommonName(text, at, end) ||
              (commonGivenAt(text, at + 1) && OLD_NAME_LAST.has(text[at + 2]!))) &&
            !startsNotName(text, at)
          )
            push(pass, at, end, 0.7);
          // "随访｜包其其格｜女｜93岁": a Mongolian or Tibetan name, after a Han surname or alone, filling its
          // field before a barred sex field.
          else if (
            length >= 3 &&
            beforeBarredSex(text, end) &&
            (minorityNameEnd(text, at) === end ||
              minorityNameEnd(text, at + surnameLengthAt(text, at)) === end)
          )
            push(pass, at, end, 0.75);
          // "36床　某某某某　女　54岁": a Yi name (a clan name and two given characters) filling its field before a
          // spaced or barred sex field (generalisation-51), as a Mongolian or Tibetan name does.
          else if (
            length === 4 &&
            yiNameEnd(text, at) === end &&
            (beforeBarredSex(text, end) || beforeSpacedSex(text, end))
          )
            push(pass, at, end, 0.75);
        // "｜斯琴巴特尔｜男｜": a Mongolian or Tibetan name of five characters (two or three elements) filling its
        // field before a barred sex field.
        if (
          length === 5 &&
          !hanAt(text, end) &&
          beforeBarredSex(text, end) &&
          minorityNameEnd(text, at) === end
        )
          push(pass, at, end, 0.75);
      }
      let before = at === 0 ? 1 : BEFORE_NAME[text.charCodeAt(at - 1)]!;
      // A time word opens a clause as well ("下午常伟明血压波动", "今晨廖春生诉…").
      if (
        before === 0 &&
        TIME_LAST[text.charCodeAt(at - 1)] === 1 &&
        TIME_WORDS.some((w) => text.endsWith(w, at))
      )
        before = 2;
      if (before === 0) continue;
      const end = nameBeforePredicate(text, at);
      // "。孙子电话…": a kinship word whose first character is a surname (孙子, 孙女) names no one (round 46).
      if (end > 0 && afterKinWord(text, at) !== end) push(pass, at, end, before === 1 ? 0.7 : 0.65);
    }
    // "老太太，邓……邓淑珍，", "就是那个……仇、仇万里，": a transcribed speaker breaks off after the surname (an
    // ellipsis or a pause mark) and says the name again in full; the broken-off surname and the full name
    // are both the person's (two spans, as the cards mark it).
    if (text.includes('、')) pushBrokenOffNames(pass, '、');
    if (text.includes('…')) pushBrokenOffNames(pass, '…');
    // "患者：Olga Petrenko（奥尔加），女", "那个法国人，Sebastien Lathbury，", "那个瑞典来的Lars Ekdahl，": a
    // foreigner's name in Latin letters after a patient's label or a nationality (or 英文名, "，英文名Ina Hale"); a transliteration in brackets straight after it is her name too.
    for (const m of matchAll(LATIN_NAME_AFTER_CUE, text)) {
      const end = m.index + m[0].length;
      push(pass, m.index, end, 0.75);
      if (text[end] === '（' || text[end] === '(') {
        const after = transliteratedRunEnd(text, end + 1);
        if (after > 0 && (text[after] === '）' || text[after] === ')')) push(pass, end + 1, after, 0.75);
      }
    }
    // "丈夫Jonas Hollstein陪同", "十六床法国老太Margaux Duchemin，": a foreigner's name in Latin letters right after
    // a kinship word, or after a nationality and a word for the person, with no punctuation between.
    for (const m of matchAll(LATIN_NAME_AFTER_HAN, text)) {
      const at = m.index;
      const end = at + m[0].length;
      // "儿子Apple Watch提示心率快": a device, not a person; a name is followed by punctuation or what she does.
      if (hanAt(text, end) && !followedByPredicate(text, end)) continue;
      const kin = [1, 2, 3].some((k) => at - k >= 0 && afterKinWord(text, at - k) === at);
      if (kin || NATIONAL_BEFORE_LATIN.test(text.slice(Math.max(0, at - 8), at))) push(pass, at, end, 0.75);
    }
    // "十二床豆包，小男孩，肺炎": a handover calls a child or an elder by pet name after the bed, then says who
    // the person is (a little girl, an old lady).
    // (The scan stops on 床 and looks back for the bed's number.)
    if (text.includes('床'))
      for (const m of matchAll(PET_NAME_AFTER_BED, text)) {
        const run = m.groups!.pet!;
        if (givenAt(run, 0) && givenAt(run, 1) && !startsNotName(run, 0) && !ROLE_LABELS.includes(run))
          push(pass, m.index + 1, m.index + 3, 0.75);
      }
    if (text.includes('床'))
      for (const m of matchAll(BED_PET_NAME, text)) {
        const pet = m.groups!.pet!;
        if (
          !(pet[0] === pet[1] && NOT_PET_DOUBLES.has(pet[0]!)) &&
          !startsNotName(text, m.index) &&
          !ROLE_LABELS.includes(pet)
        )
          push(pass, m.index, m.index + 2, 0.75);
      }
    // "护士舒畅、玲玲悉心救治": a doubled given name (a short form) listed after a name just read.
    for (let i = text.indexOf('、'); i > 0; i = text.indexOf('、', i + 1)) {
      const at = i + 1;
      if (
        text[at] === text[at + 1] &&
        commonGivenAt(text, at) &&
        !KIN_CHARACTERS.has(text[at]!) &&
        !startsNotName(text, at) &&
        // A doubled adverb ("常常", "慢慢", "天天") only standing alone, not before what is done.
        (!hanAt(text, at + 2) || !DOUBLED_ADVERBS.has(text[at]!)) &&
        findings.some((f) => f.end === i && f.end - f.start >= 2)
      )
        push(pass, at, at + 2, 0.7);
    }
    // "天山区社区医院　古丽米拉　2026年11月19日": a letter's signature, the unit, the signer and the date set off
    // by spaces; the signer is a name standing alone or a Uyghur, Tibetan or Mongolian name.
    // (The scan starts on the unit's word, not at every position; only where a blank sets fields off.)
    if (text.includes(' ') || text.includes('\u3000'))
      for (const m of matchAll(SIGNED_AFTER_UNIT, text)) {
        const name = m.groups!.name!;
        const end = m.index + m[0].length;
        const at = end - name.length;
        if (standaloneName(name) || minorityNameEnd(text, at) === end) push(pass, at, end, 0.8);
      }
    if (text.includes('那') || text.includes('这') || text.includes('的'))
      for (const m of matchAll(POINTED_PERSON_THEN_NAME, text)) {
        const at = m.index + m[0].length;
        const end = weakNameEnd(text, at);
        if (end > at + 1 && (!hanAt(text, end) || followedByPredicate(text, end))) push(pass, at, end, 0.8);
      }
    for (const m of matchAll(PET_NAME_AFTER_CHILD, text)) {
      const name = m.groups!.name!;
      const at = m.index + m[0].length - name.length;
      const second = text[at + 1]!;
      if (
        name[0] === '阿'
          ? !KIN_CHARACTERS.has(second) && COMMON_GIVEN[text.charCodeAt(at + 1)] === 1
          : STOP[text.charCodeAt(at)] === 0 &&
            !KIN_CHARACTERS.has(second) &&
            !DOUBLED_ADVERBS.has(second) &&
            !NOT_PET_DOUBLES.has(second)
      )
        push(pass, at, at + 2, 0.75);
    }
    if (text.includes('叫小'))
      for (const m of matchAll(XIAO_NAME_AFTER_CHILD, text)) {
        const name = m.groups!.name!;
        const at = m.index + m[0].length - name.length;
        push(pass, at, at + name.length, 0.75);
      }
    if (text.includes('名'))
      for (const m of matchAll(QUOTED_PET_NAME, text)) {
        const name = m.groups!.name!;
        const at = m.index + m[0].length - 1 - name.length;
        push(pass, at, at + name.length, 0.75);
      }
    if (text.includes('叫'))
      for (const m of matchAll(NAME_RECALLED, text)) {
        const at = m.index + m[0].length - 2;
        if (
          COMMON_GIVEN[text.charCodeAt(at)] === 1 &&
          !KIN_CHARACTERS.has(text[at]!) &&
          !startsNotName(text, at)
        )
          push(pass, at, at + 2, 0.75);
      }
    if (text.includes('床'))
      for (const m of matchAll(LATIN_NAME_AFTER_BED, text)) push(pass, m.index, m.index + m[0].length, 0.75);
    // "十二床的甘、甘立新": a name broken off at its surname and said again in full, as a dictation does; the
    // surname alone is a span of its own.
    for (let i = text.indexOf('、'); i > 0; i = text.indexOf('、', i + 1))
      if (
        text[i - 1] === text[i + 1] &&
        surnameLengthAt(text, i - 1) === 1 &&
        (!hanAt(text, i - 2) || text[i - 2] === '的') &&
        weakNameEnd(text, i + 1) >= i + 3
      )
        push(pass, i - 1, i, 0.7);
    // "经翻译娜塔莎沟通": an interpreter named by a transliterated name right after the role, before what she did.
    if (text.includes('翻译'))
      for (let i = text.indexOf('翻译'); i >= 0; i = text.indexOf('翻译', i + 2)) {
        let at = text.startsWith('员', i + 2) ? i + 3 : i + 2;
        // "翻译：伊斯梅尔。": the role as a field's label; the value, a transliterated name of any origin (Arabic,
        // Western) filling the field.
        const labelled = text[at] === '：' || text[at] === ':';
        if (labelled) at = blanksEnd(text, at + 1);
        let end = transliteratedRunEnd(text, at);
        if (end < 0 && labelled) end = foreignNameEnd(text, at);
        // "随行翻译萨沙（139…）", "翻译安娜，": a two-character transliterated name closed by a bracket or a
        // comma right after the role.
        if (
          end < 0 &&
          (transliteratedThrough(text, at, at + 2) ||
            (WESTERN_TRANSLIT[text.charCodeAt(at)] === 1 &&
              WESTERN_TRANSLIT[text.charCodeAt(at + 1)] === 1)) &&
          '（(，,。、'.includes(text[at + 2] ?? 'x')
        )
          end = at + 2;
        if (end > 0 && (!hanAt(text, end) || followedByPredicate(text, end))) push(pass, at, end, 0.75);
      }
    // "你好，是土豆的家长吧？": a clinician asking for a child's parent names the child, often by pet name.
    if (text.includes('家长') || text.includes('妈妈') || text.includes('爸爸'))
      for (const m of matchAll(PARENT_OF_QUESTION, text)) {
        const at = m.index + 1;
        if (
          !GENERIC_CHILD_WORDS.has(m[1]!) &&
          !startsNotName(text, at) &&
          givenAt(text, at) &&
          givenAt(text, at + 1)
        )
          push(pass, at, at + 2, 0.75);
      }
    // "小胖，大名叫胡宇轩", "十八床糖豆，全名邵一骁": a pet name before the full name that follows it.
    for (const word of [...FULL_NAME_WORDS, '就是'])
      for (let i = text.indexOf(word); i >= 2; i = text.indexOf(word, i + 2)) {
        const end = text[i - 1] === '，' || text[i - 1] === ',' ? i - 1 : i;
        // "二十五床小朋友乐崽，大名…": a word for the child between the bed and the pet name.
        const bedBefore = (at: number) =>
          text[at - 1] === '床' ||
          CHILD_BEFORE_PET.some((w) => text.endsWith(w, at) && text[at - 1 - w.length] === '床');
        // "十一床小孩汤圆儿，大名…": after a bed, a pet name may end in the diminutive 儿 (three characters).
        const length = text[end - 1] === '儿' && hanAt(text, end - 3) && bedBefore(end - 3) ? 3 : 2;
        const pet = text.slice(end - length, end);
        const afterBed = bedBefore(end - length);
        // (Not a word for a child itself: "三床小孩，大名…".)
        const petRead =
          (!hanAt(text, end - length - 1) || afterBed) &&
          !startsNotName(text, end - length) &&
          (NICKNAME_FORM(pet) || afterBed);
        if (word === '就是') {
          // "十八床小朋友糖宝，就是明天乐，": 就是 gives the full name after a bed's pet name; the run up to
          // the comma is the name even where it reads as a word (明天).
          const runEnd = i + 2 + (RUN_CLOSERS.has(text[i + 4] ?? '，') ? 2 : 3);
          if (
            !petRead ||
            !afterBed ||
            !RUN_CLOSERS.has(text[runEnd] ?? '，') ||
            surnameLengthAt(text, i + 2, true) === 0 ||
            !givenAt(text, runEnd - 1)
          )
            continue;
          push(pass, end - length, end, 0.75);
          push(pass, i + 2, runEnd, 0.75);
          continue;
        }
        if (petRead) push(pass, end - length, end, 0.75);
        const name = weakNameEnd(text, i + 2) > 0 ? i + 2 : text[i + 2] === '叫' ? i + 3 : -1;
        if (name > 0) {
          const nameEnd = weakNameEnd(text, name);
          if (nameEnd > 0 && !hanAt(text, nameEnd)) push(pass, name, nameEnd, 0.8);
        }
      }
    // "金敏智（KIM MIN JI）": the same person's name in Latin letters, in brackets after the Chinese one.
    for (let i = 0, n = findings.length; i < n; i++) {
      const open = findings[i]!.end;
      if (text[open] !== '（' && text[open] !== '(') continue;
      const m = ROMANISED_IN_BRACKETS.exec(text.slice(open + 1, open + 48));
      if (m) push(pass, open + m[0].length - m[1]!.length, open + m[0].length, 0.75);
    }
    // "医生端（某慕言）登录": a telehealth log names the user of each side in brackets (round 47).
    if (text.includes('端'))
      for (const m of matchAll(SIDE_USER, text)) {
        const at = m.index + m[0].length;
        const end = weakNameEnd(text, at);
        if (end > 0 && (text[end] === '）' || text[end] === ')')) push(pass, at, end, 0.8);
      }
    // Names in a list: "龚建平、龚丽娟两位家属", "张伟和李娜": the next one after a joiner.
    for (let i = 0; i < findings.length; i++) {
      const f = findings[i]!;
      if (f.score < 0.7 || f.end - f.start < 2 || !'、和及与'.includes(text[f.end] ?? 'x')) continue;
      const next = f.end + 1;
      if (findings.some((g) => g.start === next)) continue;
      const end = weakNameEnd(text, next);
      if (end > f.end + 2) push(pass, next, end, 0.7);
      // "护士阿萍、阿雯精心照顾": a nickname of 阿 and a given-name character after another one.
      else if (
        text[next] === '阿' &&
        text[f.start] === '阿' &&
        givenAt(text, next + 1) &&
        !KIN_CHARACTERS.has(text[next + 1]!)
      )
        push(pass, next, next + 2, 0.7);
    }
    if (findings.length > 0 && colons.length >= 3) sameSurnameSpeakers(pass, colons);
    if (findings.length > 0 && text.includes('是')) correctedNames(pass);
    // A name found once is a name wherever else it appears in the same text ("姓名：张伟 … 张伟今天好些了").
    if (findings.length > 0) {
      const starts = new Set(findings.map((f) => f.start));
      const names = new Set<string>();
      for (const f of findings) if (f.score >= 0.7 && f.end - f.start >= 2) names.add(f.text);
      for (const name of names) {
        for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
          if (starts.has(at)) continue;
          if (commonGivenAt(text, at + name.length) && STOP[text.charCodeAt(at + name.length)] === 0)
            continue;
          // "吃了一个豆包": after a measure word a pet name that is also a thing is that thing (round 42); not after
          // a pointing word ("那个豆包").
          if (
            name.length === 2 &&
            MEASURE_WORDS.has(text[at - 1] ?? '') &&
            !(text[at - 1] === '个' && '那这'.includes(text[at - 2] ?? ''))
          )
            continue;
          // A two-character name is often a word too (高原反应, 余生可期, 马兰头): elsewhere it must be
          // followed by what follows a person. A doubled pet name already read (a chat's speaker "栋栋：") is no
          // word, so it is the person wherever it recurs ("密码给栋栋了"; round 49), unless a doubled adverb ("常常").
          if (
            name.length === 2 &&
            hanAt(text, at + name.length) &&
            !followedByPredicate(text, at + name.length) &&
            (name[0] !== name[1] || DOUBLED_ADVERBS.has(name[0]!) || STOP[text.charCodeAt(at + 2)] === 0)
          )
            continue;
          if (!findings.some((f) => f.start <= at && f.end >= at + name.length))
            push(pass, at, at + name.length, 0.7);
        }
      }
    }
    return findings;
  }
}

/**
 * "外公说他叫谢某东？⏎某某：是谢某栋，官网写的": a full name just read, then corrected by 是 and the same name with one
 * given character changed, standing alone, within the next line or two (round 49): the corrected name is a person
 * too, whatever the changed character (a homophone is often no name character).
 */
function correctedNames(pass: Pass): void {
  const { text, findings } = pass;
  for (let i = 0, n = findings.length; i < n; i++) {
    const f = findings[i]!;
    const length = f.end - f.start;
    if (f.score < 0.6 || length !== 3 || surnameLengthAt(text, f.start) !== 1) continue;
    for (let at = text.indexOf('是', f.end); at >= 0 && at < f.end + 40; at = text.indexOf('是', at + 1)) {
      const start = at + 1;
      const end = start + length;
      if (!'，,。！!？?'.includes(text[end] ?? 'x') || !hanAt(text, end - 1) || !hanAt(text, end - 2))
        continue;
      let changed = 0;
      for (let k = 0; k < length; k++) if (text[start + k] !== f.text[k]) changed++;
      if (changed === 1 && text[start] === f.text[0] && !findings.some((g) => g.start === start))
        push(pass, start, end, 0.7);
    }
  }
}

/**
 * "田某某：…⏎妈妈：…⏎田有余：…": in a chat of three turns or more where a speaker of three characters is read as a
 * name, another speaker of three characters with the same surname is a relative by name, even where a given
 * character reads as a word elsewhere (有) (round 41).
 */
function sameSurnameSpeakers(pass: Pass, colons: readonly number[]): void {
  const { text, findings } = pass;
  const speakers: [number, number][] = [];
  for (const colon of colons) {
    if (text[colon] !== '：') continue;
    const at = speakerBefore(text, colon);
    if (at >= 0) speakers.push([at, labelEndBefore(text, colon)]);
  }
  if (speakers.length < 3) return;
  const named = new Set<string>();
  for (const [at, end] of speakers)
    if (
      end - at === 3 &&
      surnameLengthAt(text, at) === 1 &&
      findings.some((f) => f.start === at && f.end === end)
    )
      named.add(text[at]!);
  if (named.size === 0) return;
  for (const [at, end] of speakers)
    if (
      end - at === 3 &&
      named.has(text[at]!) &&
      !findings.some((f) => f.start < end && f.end > at) &&
      !startsTitle(text, at + 1) &&
      !startsNotName(text, at) &&
      afterKinWord(text, at) === at &&
      hanAt(text, at + 1) &&
      hanAt(text, at + 2)
    )
      push(pass, at, end, 0.75);
}

/** Dai names open with 岩 (men) or 玉 (women) before one or two given characters; they are not surnames. */
const DAI_NAME_PREFIXES = new Set('岩玉');
/** What a Dai name is followed by when it opens a record's patient line: the sex, the ethnic group or an age. */
// A header row sets the sex off with blanks ("岩某某　男　45岁"), and a bracket may say the person speaks Dai (round 58).
const AFTER_DAI_NAME =
  /^[，,](?:[男女][，,]|傣族|\d{1,3}岁)|^（(?:傣族|傣语|[男女])|^[ \t\u3000]{1,2}[男女](?:[ \t\u3000，,]|$)/;
/**
 * "岩某某，男，45岁，傣族", "女儿玉罕在旁翻译", "接诊：玉某医生": in a text that says the person is Dai (傣族, 傣语),
 * 岩 or 玉 and one or two given characters is a name after a kinship or role word, before a title, or opening its
 * clause before the sex, the ethnic group or an age.
 */
function daiNames(pass: Pass): void {
  const { text } = pass;
  for (let at = 0; at < text.length; at++) {
    if (!DAI_NAME_PREFIXES.has(text[at]!)) continue;
    // "患儿：玉某某", "父亲：岩某某": a person field's label and its colon (round 58), as a kinship word glued on.
    let kin =
      personLabelEndingAt(text, at) ||
      ((text[at - 1] === '：' || text[at - 1] === ':') && personLabelEndingAt(text, at - 1));
    for (let k = 1; !kin && k <= 3 && k <= at; k++) kin = afterKinWord(text, at - k) === at;
    const opens = !hanAt(text, at - 1);
    if (!kin && !opens) continue;
    for (const end of [at + 3, at + 2]) {
      let given = true;
      // "玉罕叫，女，傣族": 叫 closes many Dai names, where the sex or ethnic group follows (round 39).
      for (let i = at + 1; given && i < end; i++)
        given =
          (givenAt(text, i) || (text[i] === '叫' && i === end - 1 && !kin)) &&
          !startsNotName(text, i) &&
          !startsTitle(text, i);
      if (!given || endsLikeWord(text, end)) continue;
      const title = startsTitle(text, end);
      // "嘱女儿玉温每天帮她…": how often the relative does what she is asked (round 39).
      const closes = kin
        ? !hanAt(text, end) ||
          followedByPredicate(text, end) ||
          title ||
          STAFF_VERBS.longestAt(text, end) !== undefined
        : title || AFTER_DAI_NAME.test(text.slice(end, end + 5));
      if (!closes) continue;
      push(pass, at, end, 0.75);
      at = end - 1;
      break;
    }
  }
}

/**
 * What the rules of one analyze() call share. The rules below are module-level functions taking it,
 * not closures rebuilt on every call: under tsx (esbuild keepNames) each named closure also costs a
 * `__name` call per analyze(), which was about a fifth of this recognizer's time.
 */
interface Pass {
  readonly text: string;
  readonly findings: Finding[];
  readonly detector: string;
}

/**
 * A speaker correcting herself after a surname broken off ("二十一床申……哦不，二十一床是申某某"; round 49): the
 * correction, after which the full name follows within a few characters.
 */
const SELF_CORRECTION = /^(?:哦不|噢不|喔不|不对|不是|说错了|口误)[，, ]?/;
/**
 * A surname broken off before `mark` and the full name said right after it ("邓……邓淑珍", "仇、仇万里"), or after the
 * speaker corrects herself ("申……哦不，…是申某某"): both spans. An ellipsis may be written as any run of '…'; a
 * pause mark is one character.
 */
function pushBrokenOffNames(pass: Pass, mark: '…' | '、'): void {
  const { text } = pass;
  for (let i = text.indexOf(mark); i > 0; i = text.indexOf(mark, i + 1)) {
    if (mark === '…' && text[i - 1] === '…') continue;
    let after = i + 1;
    if (mark === '…') while (text[after] === '…') after++;
    // "南宫……南宫某某": a compound surname broken off as a single one is (round 41).
    const compound =
      i >= 2 && surnameLengthAt(text, i - 2) === 2 && text.startsWith(text.slice(i - 2, i), after);
    const start = compound ? i - 2 : i - 1;
    const corrected = mark === '…' && !compound ? SELF_CORRECTION.exec(text.slice(after, after + 5)) : null;
    if (corrected) {
      const from = after + corrected[0].length;
      const again = text.indexOf(text[start]!, from);
      if (again > 0 && again - from <= 8 && !CLAUSE_END.test(text.slice(from, again))) after = again;
    }
    // Right after a bed ("三床幸……幸某某"; round 43) even a surname that is also a word is the patient's.
    const afterBed = text[start - 1] === '床';
    if (
      (hanAt(text, start - 1) &&
        !afterBed &&
        !afterPointingWord(text, start) &&
        !afterPointedPerson(text, start)) ||
      (!compound &&
        (surnameLengthAt(text, start, afterBed) !== 1 || (ambiguousSurnameAt(text, start) && !afterBed))) ||
      text[after] !== text[start]
    )
      continue;
    const end = weakNameEnd(text, after);
    if (end > after + 1 && (!hanAt(text, end) || followedByPredicate(text, end))) {
      push(pass, start, i, 0.75);
      push(pass, after, end, 0.8);
    }
  }
}

function push(pass: Pass, start: number, end: number, score: number): void {
  if (end > start)
    pass.findings.push({
      type: 'PERSON',
      start,
      end,
      text: pass.text.slice(start, end),
      score,
      detector: pass.detector,
    });
}

// A cue word at `at`: the name after it, or the name before a title. Cues may overlap ("其女儿王芳":
// 其女 and 女儿), so every start position is tried (in the one pass over the text below).
function cueAt(pass: Pass, at: number): void {
  const { text } = pass;
  const cue = CUES.longestAt(text, at);
  if (cue === undefined) return;
  const cueEnd = at + cue.length;
  // "床单保持平整", "下床边站立": 床 names a bed before a patient only after the bed's number ("12床", "加床").
  if (cue === '床' && !BED_NUMBER_END.has(text[at - 1] ?? '')) return;
  // "多亏了某某护士和某某医生": 和 (与, 及) after a title that closes a name joins the next person; it is no
  // surname (round 41).
  const joined = AFTER_SET.has(cue) && '和与及'.includes(text[cueEnd] ?? '。') && hanAt(text, at - 1);
  if (BEFORE_SET.has(cue) && !joined) {
    // "委托孙子申屠凯", "委托孙子办理": a kinship word after the cue is its own cue; the name, if any, follows it.
    const kinAfter = afterKinWord(text, cueEnd);
    if (kinAfter > cueEnd && (weakNameEnd(text, kinAfter) > 0 || weakNameEnd(text, cueEnd) === kinAfter))
      return;
    // After a kinship word or a person's role ("家属：儿子汲泊舟，", "来访者鲍望之，") a name standing
    // alone may use an ambiguous surname or a character that is usually a word.
    const personCue = afterKinWord(text, at) === cueEnd || personLabelEndingAt(text, cueEnd);
    let kinRun = personCue ? labelledRunEnd(text, cueEnd, false) : -1;
    // "到外婆家楼下": 家 after a kinship word is the relative's home, not the surname (round 38).
    // "家属冷静怡，邮箱…": a full name of an unambiguous surname and two common given characters may open with a word
    // (冷静) where the run closes at once (generalisation-52).
    if (
      kinRun > 0 &&
      (!RUN_CLOSERS.has(text[kinRun] ?? '，') ||
        (startsNotName(text, cueEnd) &&
          !(surnameLengthAt(text, cueEnd) === 1 && fullCommonName(text, cueEnd, kinRun))) ||
        (text[cueEnd] === '家' && afterKinWord(text, at) === cueEnd))
    )
      kinRun = -1;
    // "女儿祖丽皮耶在旁翻译": after a kinship word, a transliterated Turkic name of four or five characters,
    // longer than the Han reading of its first characters (祖 read as a surname).
    let turkic = personCue ? transliteratedRunEnd(text, cueEnd) : -1;
    // "女儿娜孜拉帮我挂号": three characters will do when two of them are markers (round 39).
    const short = turkic - cueEnd === 3 && markedTranslit(text, cueEnd, turkic) >= 2;
    if (
      (turkic - cueEnd < 4 && !short) ||
      (hanAt(text, turkic) &&
        !followedByPredicate(text, turkic) &&
        !text.startsWith('帮', turkic) &&
        !languageInterpretsAt(text, turkic))
    )
      turkic = -1;
    let end = Math.max(weakNameEnd(text, cueEnd), kinRun, turkic);
    // "家父沈从某今年九十四岁": after a kinship word, a full name whose middle character elsewhere ends a name's run
    // (从, 同, 向…), before what is said of the person (round 37).
    if (end < 0 && (personCue || cue === '家父' || cue === '家母')) end = stopGivenNameEnd(text, cueEnd);
    // "由儿子扎西某某翻译": after a kinship word, a Tibetan or Mongolian name whose first element is known and whose
    // second is not, before what the relative does (round 51).
    if (end < 0 && afterKinWord(text, at) === cueEnd) {
      const minority = minorityHeadNameEnd(text, cueEnd, 2);
      if (minority > 0 && hanAt(text, minority) && followedByPredicate(text, minority)) end = minority;
    }
    // "值班医生桓。", "主管医师尉迟。": a clinician's surname alone, ending the sentence.
    // "经办人｜收费处解": a department's staff member by surname alone, ending the field or the text.
    const lone = CLINICIAN_CUES.has(cue)
      ? loneSurnameEnd(text, cueEnd)
      : DEPARTMENT_SET.has(cue) &&
          surnameLengthAt(text, cueEnd, true) === 1 &&
          loneSurnameReads(text, cueEnd) &&
          (cueEnd + 1 === text.length || FIELD_ENDS.has(text[cueEnd + 1]!))
        ? cueEnd + 1
        : -1;
    // "教育护士芮做饮食指导", "护士蒋协助翻身": a staff member's surname alone before what she does.
    const beforeVerb = STAFF_CUES.has(cue) ? surnameBeforeVerbEnd(text, cueEnd) : -1;
    if (beforeVerb > 0) push(pass, cueEnd, beforeVerb, 0.75);
    // "护士全雪、侯思远照顾": a two-character name with an ambiguous surname, listed before a full name.
    else if (
      STAFF_CUES.has(cue) &&
      end < 0 &&
      text[cueEnd + 2] === '、' &&
      surnameLengthAt(text, cueEnd, true) === 1 &&
      commonGivenAt(text, cueEnd + 1) &&
      weakNameEnd(text, cueEnd + 3) > 0
    )
      push(pass, cueEnd, cueEnd + 2, 0.75);
    // "护士柴姐说…": a surname and 姐 or 哥 is how the ward calls a colleague, "7床韦伯（…）" a surname and 伯, 叔,
    // 婆 or 公 how it calls an elder, and "二十床蓝阿婆，", "3床韦大爷" a surname and an elder's two-character
    // address (round 37); the surname alone is the name.
    else if (
      end > cueEnd &&
      surnameLengthAt(text, cueEnd) === 1 &&
      SURNAME_ADDRESSES.has(text.slice(cueEnd + 1, end))
    )
      push(pass, cueEnd, cueEnd + 1, 0.8);
    // "司机师傅送来": how a driver is addressed, no name (round 58).
    else if (cue === '司机' && text.startsWith('师傅', cueEnd)) return;
    // "我爸周五出院后": a weekday after a kinship word says when, not who (round 45); "我爸周五洲" is a name.
    else if (end === cueEnd + 2 && isWeekday(text.slice(cueEnd, end))) return;
    // "尊敬的某某某患者：": a reminder's salutation names the person before what the sender calls them (患者, 家长,
    // 用户) and the colon (round 48), as before 女士.
    else if (
      end > 0 &&
      (!STRICT_CUES.has(cue) ||
        !hanAt(text, end) ||
        followedByPredicate(text, end) ||
        (cue === '尊敬的' && ADDRESSED_AS.test(text.slice(end, end + 4))))
    )
      push(pass, cueEnd, end, 0.85);
    // "孙女甘露露｜", "女儿白雪雪，": after a kinship word or a person's role, a surname and a doubled common
    // given character standing alone is a name even where the surname and the first make a word (甘露, 白雪).
    else if (personCue && doubledNameEnd(text, cueEnd) > 0) push(pass, cueEnd, cueEnd + 3, 0.8);
    // "其儿子阿力木在乌鲁木齐工作": after a kinship word, a transliterated Turkic name opening with 阿; after a
    // staff role too ("护工阿娜尔每日记录").
    else if ((personCue || STAFF_CUES.has(cue)) && kinTurkicNameEnd(text, cueEnd) > 0)
      push(pass, cueEnd, kinTurkicNameEnd(text, cueEnd), 0.75);
    // "照护者｜儿子青格乐｜1566…": a kinship word opening a barred cell, then a three-character run filling the
    // rest of it: the relative's name even when it has no surname (a Mongolian or Tibetan name).
    else if (
      afterKinWord(text, at) === cueEnd &&
      FIELD_BARS.has(text[at - 1] ?? '') &&
      kinCellNameEnd(text, cueEnd) > 0
    )
      push(pass, cueEnd, cueEnd + 3, 0.7);
    // "43床某桂枝今晨诉腹胀": right after a bed's number, a surname and an herb's name as the given name (round 47);
    // after a kinship word or a person's role too ("我母亲某桂枝（住院号…）"; round 48).
    else if ((cue === '床' || personCue) && herbGivenNameEnd(text, cueEnd) > 0)
      push(pass, cueEnd, herbGivenNameEnd(text, cueEnd), 0.75);
    else if (lone > 0) push(pass, cueEnd, lone, 0.75);
    // "护士寒露复述确认", "护工小暑协助翻身": a solar term given as a name, after a staff role.
    else if (STAFF_CUES.has(cue) && solarTermNameEnd(text, cueEnd) > 0) push(pass, cueEnd, cueEnd + 2, 0.8);
    // "保姆阿芊。", "邻居阿梅，": a nickname of 阿 and one character after a role or kinship word.
    else if (
      text[cueEnd] === '阿' &&
      hanAt(text, cueEnd + 1) &&
      !KIN_CHARACTERS.has(text[cueEnd + 1]!) &&
      RUN_CLOSERS.has(text[cueEnd + 2] ?? '，')
    )
      push(pass, cueEnd, cueEnd + 2, 0.8);
    // "尊敬的嘉木先生": a given name alone before 先生, 女士 or 小姐.
    else if (
      cue === '尊敬的' &&
      hanAt(text, cueEnd + 1) &&
      PERSONAL_TITLES.some((t) => text.startsWith(t, cueEnd + 2))
    )
      push(pass, cueEnd, cueEnd + 2, 0.8);
    // "尊敬的安德森医生": a Western surname in transliteration before a clinician's or personal title.
    else if (cue === '尊敬的' && westernSurnameEnd(text, cueEnd) > 0)
      push(pass, cueEnd, westernSurnameEnd(text, cueEnd), 0.8);
    // "丈夫 宦志鹏 电话…", "护士 郑可": a role word and one blank, then a name standing alone; after a
    // clinician's role, a surname alone closing its field ("审方药师 卫｜"), even one that is also a word.
    // A bar opening the value's cell ("护士｜濮", "交款人｜费晓东（儿子）") reads as the blank does.
    else if (
      isBlank(text.charCodeAt(cueEnd)) ||
      text.charCodeAt(cueEnd) === 0x3000 ||
      text[cueEnd] === '｜'
    ) {
      const nameEnd = weakNameEnd(text, cueEnd + 1);
      if (nameEnd > 0 && !hanAt(text, nameEnd) && standaloneName(text.slice(cueEnd + 1, nameEnd)))
        push(pass, cueEnd + 1, nameEnd, 0.8);
      // "护士｜乌云其木格": a Mongolian or Tibetan name (no surname) filling the cell after the role.
      else if (nameEnd > 0 && !hanAt(text, nameEnd) && minorityNameEnd(text, cueEnd + 1) === nameEnd)
        push(pass, cueEnd + 1, nameEnd, 0.8);
      // "9床  艾尼瓦尔   67岁": a transliterated Turkic name filling the field after a bed or a role and blanks.
      else if (transliteratedNameEnd(text, blanksEnd(text, cueEnd)) - blanksEnd(text, cueEnd) >= 4)
        push(pass, blanksEnd(text, cueEnd), transliteratedNameEnd(text, blanksEnd(text, cueEnd)), 0.75);
      // "母亲 容淑敏　", "女儿 铁婧　": after a kinship word and a blank, a name whose surname is also a word;
      // "｜患者｜伏春燕｜": the same after a person's label and a bar.
      else if (
        (afterKinWord(text, at) === cueEnd || (text[cueEnd] === '｜' && personLabelEndingAt(text, cueEnd))) &&
        kinBlankAmbiguousNameEnd(text, cueEnd + 1) > 0
      )
        push(pass, cueEnd + 1, kinBlankAmbiguousNameEnd(text, cueEnd + 1), 0.75);
      // "营养师 芒种": a solar term given as a name, after a staff role and a blank.
      else if (STAFF_CUES.has(cue) && solarTermNameEnd(text, cueEnd + 1) > 0 && !hanAt(text, cueEnd + 3))
        push(pass, cueEnd + 1, cueEnd + 3, 0.8);
      // "报告人｜检验科 冷｜": a department, a blank, then its staff member's surname alone filling the field.
      else if (
        DEPARTMENT_SET.has(cue) &&
        surnameLengthAt(text, cueEnd + 1) === 1 &&
        !ambiguousSurnameAt(text, cueEnd + 1) &&
        (cueEnd + 2 === text.length || FIELD_ENDS.has(text[cueEnd + 2]!))
      )
        push(pass, cueEnd + 1, cueEnd + 2, 0.75);
      // "护士长 时审核": a staff member's surname alone, then her signature's verb closing the field.
      else if (
        STAFF_CUES.has(cue) &&
        surnameLengthAt(text, cueEnd + 1, true) === 1 &&
        !startsNotName(text, cueEnd + 1) &&
        SIGNING_VERB.test(text.slice(cueEnd + 2, cueEnd + 5))
      )
        push(pass, cueEnd + 1, cueEnd + 2, 0.75);
      else if (
        CLINICIAN_CUES.has(cue) &&
        surnameLengthAt(text, cueEnd + 1, true) === 1 &&
        loneSurnameReads(text, cueEnd + 1)
      ) {
        const after = text[cueEnd + 2];
        if (after === undefined || FIELD_BARS.has(after) || after === '\n')
          push(pass, cueEnd + 1, cueEnd + 2, 0.75);
      }
    }
    // "是我爸，车永年，我是他闺女…": a kinship word, a comma, then the relative's full name standing alone
    // between commas.
    if (
      text[cueEnd] === '，' &&
      (KIN_CHARACTERS.has(cue[cue.length - 1]!) || afterKinWord(text, at) === cueEnd)
    ) {
      let nameEnd = weakNameEnd(text, cueEnd + 1);
      // "车永年": an older name's last character (永年, 福来) that reads as a word elsewhere.
      if (nameEnd === cueEnd + 3 && OLD_NAME_LAST.has(text[nameEnd]!)) nameEnd++;
      if (nameEnd > 0 && '，。；'.includes(text[nameEnd] ?? 'x') && surnameLengthAt(text, cueEnd + 1) > 0)
        push(pass, cueEnd + 1, nameEnd, 0.75);
    }
  }
  if (AFTER_SET.has(cue)) {
    const start = nameStartBefore(text, at, !KIN_TITLES.has(cue));
    if (start >= 0) push(pass, start, at, at - start === 1 ? 0.7 : 0.85);
    // "吾买尔医师　2026年…": a transliterated Turkic name opening a line before a clinician's title (a signature).
    else if (CLINICIAN_CUES.has(cue) && transliteratedNameBefore(text, at) >= 0)
      push(pass, transliteratedNameBefore(text, at), at, 0.8);
    // "【司空晏】先生，您的检查已约": an SMS puts the name in brackets before the title.
    else if (text[at - 1] === '】' && PERSONAL_TITLES.includes(cue)) {
      const open = text.lastIndexOf('【', at - 2);
      const length = at - 1 - (open + 1);
      if (open >= 0 && length >= 2 && length <= 4 && weakNameEnd(text, open + 1) === at - 1)
        push(pass, open + 1, at - 1, 0.8);
    }
    // "桃桃妈妈", "果果爸爸": a child's doubled pet name before its parent.
    else if (
      KIN_TITLES.has(cue) &&
      at >= 2 &&
      text[at - 1] === text[at - 2] &&
      givenAt(text, at - 1) &&
      !hanAt(text, at - 3) &&
      // "@糖糖妈妈": a user handle, not a child named.
      text[at - 3] !== '@' &&
      !KIN_CHARACTERS.has(text[at - 1]!) &&
      // "宝宝妈妈": any baby's mother, not a child named.
      !GENERIC_CHILD_WORDS.has(text.slice(at - 2, at))
    )
      push(pass, at - 2, at, 0.75);
  }
}
// A full name right before its sex or age in brackets ("签约居民包国强（男，67岁", "随访官德明（95岁）"),
// whatever comes before it: the bracket says a person was just named.
function bracketName(pass: Pass, open: number): void {
  const { text } = pass;
  const start = open - 3;
  // Opening its line or field ("病危通知书⏎鲍庚年（男，88岁"), the name may have rarer given characters.
  const opens = start === 0 || text[start - 1] === '\n' || FIELD_BARS.has(text[start - 1] ?? '');
  const given = (i: number) => (opens ? givenAt(text, i) && !startsNotName(text, i) : commonGivenAt(text, i));
  if (
    start >= 0 &&
    SEX_OR_AGE.test(text.slice(open + 1, open + 6)) &&
    surnameLengthAt(text, start) === 1 &&
    given(start + 1) &&
    (given(start + 2) || (opens && OLD_NAME_LAST.has(text[start + 2]!))) &&
    !startsNotName(text, start) &&
    !endsLikeWord(text, open)
  )
    push(pass, start, open, 0.8);
  sameSurnameInBrackets(pass, open);
  roleThenNameInBrackets(pass, open);
  nicknameBeforeBracket(pass, open);
  nicknameThenFormalName(pass, open);
  nicknameInBracket(pass, open);
  petNameAfterBed(pass, open);
  nameAfterBedInBrackets(pass, open);
  nameBeforeOriginNote(pass, open);
  nameBeforeKanaReading(pass, open);
}
/** A Japanese name's reading in katakana, surname and given name apart, closing its bracket ("（タカハシ アオイ）"). */
const KANA_READING = /^[\u30a1-\u30fa\u30fc]{1,12}[ \u3000・][\u30a1-\u30fa\u30fc]{1,12}[）)]/;
// "｜高桥某（タカハシ アオイ）｜女": a Japanese name standing alone, its reading in katakana in brackets after it.
function nameBeforeKanaReading(pass: Pass, open: number): void {
  const { text } = pass;
  if (!KANA_READING.test(text.slice(open + 1, open + 28))) return;
  let start = open;
  while (start > 0 && open - start < 6 && hanAt(text, start - 1)) start--;
  if (open - start >= 2 && open - start <= 5 && !hanAt(text, start - 1) && !endsLikeWord(text, open))
    push(pass, start, open, 0.8);
}
/**
 * A person field's label qualified in brackets by how the person stands to the patient or the insured ("申请人（被保险人之
 * 夫）：", "监护人（母亲）："; round 58): where the label ends before the bracket, or -1. Only a relation closes the
 * bracket, not a name or a department ("医生（某某）：" opens a speaker's turn).
 */
const RELATION_QUALIFIER =
  /[（(][\u4e00-\u9fff、]{0,8}?(?:之[夫妻父母子女兄弟姐妹]|配偶|丈夫|妻子|父亲|母亲|儿子|女儿|儿媳|女婿|本人|患者|家属|亲属)[）)]$/;
function qualifiedLabelEnd(text: string, labelEnd: number): number {
  if (text[labelEnd - 1] !== '）' && text[labelEnd - 1] !== ')') return -1;
  const m = RELATION_QUALIFIER.exec(text.slice(Math.max(0, labelEnd - 16), labelEnd));
  return m === null ? -1 : labelEnd - m[0].length;
}
/** A bracket that gives a person's ethnic group or origin ("（藏族）", "（蒙古族，…", "（父亲为英国人，英文名…"). */
const ORIGIN_NOTE = /^(?:[\u4e00-\u9fff]{1,4}族[）),，]|[父母]亲(?:为|是)[\u4e00-\u9fff]{1,4}人|英文名)/;
/** A bracket that gives the ethnic group alone ("（蒙古族）", "（回族，"). */
const ETHNIC_NOTE = /^[\u4e00-\u9fff]{1,3}族[）),，]/;
// "白玛（藏族）｜", "｜张伊娜（父亲为英国人）": a name opening its field, the bracket saying who the person is.
/**
 * A form's labels in square brackets ("【姓名】濮阳某某　【性别】女", "【联系人】侄子某某"; round 37): the closing
 * bracket of a bracketed run of two to eight Han characters stands where a colon would, so the label rules read
 * the value after it. Merged into the colons' positions, in order.
 */
function withBracketedLabels(text: string, colons: number[]): number[] {
  if (!text.includes('【')) return colons;
  const closes: number[] = [];
  for (let open = text.indexOf('【'); open >= 0; open = text.indexOf('【', open + 1)) {
    let close = open + 1;
    while (close - open <= 9 && hanAt(text, close)) close++;
    if (text[close] === '】' && close - open - 1 >= 2 && close - open - 1 <= 8) closes.push(close);
  }
  if (closes.length === 0) return colons;
  return [...colons, ...closes].sort((a, b) => a - b);
}
/** Blanks, then a date opening with its year or month, after a signature ("　2026/11/22", " 11-20"). */
const SIGNING_DATE_AFTER = /^[ \t\u3000]{1,3}\d{1,4}[-/.年月]\d/;
/** Last characters of a visit's verb before the person visited (访视, 探视, 随访, 看望). */
const VISIT_VERB_ENDS = new Set('视访望');
function nameBeforeOriginNote(pass: Pass, open: number): void {
  const { text } = pass;
  if (!ORIGIN_NOTE.test(text.slice(open + 1, open + 9))) return;
  const minority = minorityStartBefore(text, open);
  if (minority >= 0) {
    push(pass, minority, open, 0.8);
    return;
  }
  // "上门为喇某某（东乡族，92岁": a verb or preposition may stand right before the name; so may a visit's verb
  // ("402访视向某某（土家族，…"; round 37).
  for (let start = open - 2; start >= Math.max(0, open - 4); start--)
    if (
      (!hanAt(text, start - 1) ||
        LEFT_BOUNDARY.has(text[start - 1]!) ||
        VISIT_VERB_ENDS.has(text[start - 1]!)) &&
      weakNameEnd(text, start) === open &&
      !startsNotName(text, start)
    ) {
      push(pass, start, open, 0.8);
      return;
    }
  // "3床 乌日罕（蒙古族）｜", "｜乌日罕（蒙古族）｜": a run of three to five Han characters filling its field (after
  // a bar, a line start, or a bed and a blank), the bracket giving the person's ethnic group, is the name even
  // with no surname or known name element. Two Mongolian elements make five ("萨如拉图雅"; round 47).
  let start = open;
  while (start > 0 && open - start < 5 && hanAt(text, start - 1)) start--;
  const before = text[start - 1];
  let blanks = start;
  while (blanks > 0 && (text[blanks - 1] === ' ' || text[blanks - 1] === '\u3000')) blanks--;
  const fieldOpens =
    before === undefined ||
    before === '\n' ||
    FIELD_BARS.has(before) ||
    (blanks < start && (text[blanks - 1] === '床' || /\d/.test(text[blanks - 1] ?? '')));
  if (
    fieldOpens &&
    open - start >= 3 &&
    open - start <= 5 &&
    ETHNIC_NOTE.test(text.slice(open + 1, open + 7)) &&
    // "观7 马尕布（撒拉族）": a Salar or Dongxiang name, a Han surname before a transliterated given name.
    (transliteratedThrough(text, start, open) ||
      (surnameLengthAt(text, start) === 1 &&
        open - start === 4 &&
        transliteratedThrough(text, start + 1, open))) &&
    !startsNotName(text, start)
  )
    push(pass, start, open, 0.75);
}
/**
 * Characters Mongolian and Tibetan names are written with besides the Turkic ones (乌日罕, 格日勒图, 斯琴巴特尔,
 * 扎西旺姆).
 */
// 尕 ("little") opens and fills names in Qinghai (尕藏, 尕布); 如 is the ru of Sarula (萨如拉; round 47).
const STEPPE_TRANSLIT = charTable(
  '其格日乐勒图雅敖登巴特尔苏和孟德嘎额斯琴塔娜哈达布赫仁乌兰玛诺敏朝鲁那萨拉扎西旺姆卓央宗次顿珠尕如',
);
/** Whether every character from `start` to `end` is one that transliterated minority names are written with. */
function transliteratedThrough(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if ((TRANSLIT[code]! & 1) === 0 && STEPPE_TRANSLIT[code] !== 1) return false;
  }
  return true;
}
// "签字人｜本人［隋晨阳］；父亲［隋海峰］": a consent's signatures put each signer's name in square brackets after
// 本人 or the signer's kinship word; the bracket closing right after the run says the run is the whole name.
function signedNameInSquareBrackets(pass: Pass, open: number): void {
  const { text } = pass;
  let signer = text.endsWith('本人', open) || personLabelEndingAt(text, open);
  for (let k = 1; !signer && k <= 3 && k <= open; k++) signer = afterKinWord(text, open - k) === open;
  if (!signer) return;
  const at = open + 1;
  const end = Math.max(weakNameEnd(text, at), labelledRunEnd(text, at, false));
  if (end > at + 1 && text[end] === '］') push(pass, at, end, 0.8);
}
/** A bar, then the sex alone in its field ("｜男｜", "| 女 "), right after `end`. */
// "庄福来　男　90岁": a sex field set off by an ideographic space, as a bar sets it off in a table row.
function beforeSpacedSex(text: string, end: number): boolean {
  if (text[end] !== '\u3000' || (text[end + 1] !== '男' && text[end + 1] !== '女')) return false;
  return text[end + 2] === '\u3000' || text[end + 2] === '\n' || text[end + 2] === undefined;
}
/** An ethnic group's cell after a name, before its sex ("｜纳西族｜女｜"; round 37). */
const ETHNIC_CELL = /^[\u4e00-\u9fff]{1,3}族[｜|/／]/;
function beforeBarredSex(text: string, end: number): boolean {
  if (!FIELD_BARS.has(text[end] ?? '')) return false;
  const ethnic = ETHNIC_CELL.exec(text.slice(end + 1, end + 6));
  if (ethnic) end += ethnic[0].length;
  const sex = text[end + 1] === ' ' ? end + 2 : end + 1;
  const after = text[sex + 1];
  return (text[sex] === '男' || text[sex] === '女') && (after === undefined || FIELD_ENDS.has(after));
}
/** Last given characters of older names that are not common given characters elsewhere (福来, 德根, 进财, 永年). */
const OLD_NAME_LAST = new Set('来根发财年');
/** Chinese numerals an age may be written in ("九十二岁"). */
const AGE_NUMERALS = new Set('一二三四五六七八九十百零两');
/**
 * "今日收治柏玉兰，女，92岁", "次旦卓玛，男，46岁": a name right before its sex and age between commas, as a
 * record opens on a patient, whatever comes before it — a surname and two common given characters, or a
 * Tibetan or Mongolian name from a non-Han character.
 */
/** An ethnic group and a comma ("藏族，"), between the sex and the age after a name. */
const ETHNIC_BEFORE_AGE = /^[\u4e00-\u9fff]{1,3}族[，,]/;
function nameBeforeSexComma(pass: Pass, comma: number): void {
  const { text } = pass;
  if (text[comma + 2] !== '，' && text[comma + 2] !== ',') return;
  // The age in digits or Chinese numerals ("92岁", "九十二岁"), the ethnic group before it or not ("，男，藏族，49岁";
  // round 38).
  const ethnic = ETHNIC_BEFORE_AGE.exec(text.slice(comma + 3, comma + 9));
  const age = comma + 3 + (ethnic ? ethnic[0].length : 0);
  let digits = age;
  while (
    digits < age + 4 &&
    ((text.charCodeAt(digits) >= 0x30 && text.charCodeAt(digits) <= 0x39) ||
      AGE_NUMERALS.has(text[digits] ?? 'x'))
  )
    digits++;
  if (digits === age || !'岁月个天'.includes(text[digits] ?? 'x')) return;
  const minority = minorityStartBefore(text, comma);
  if (minority >= 0) {
    push(pass, minority, comma, 0.8);
    return;
  }
  for (const surname of [2, 1]) {
    const start = comma - surname - 2;
    if (
      start >= 0 &&
      surnameLengthAt(text, start) === surname &&
      (surname === 2 || !ambiguousSurnameAt(text, start)) &&
      commonGivenAt(text, start + surname) &&
      // "庄福来，男，90岁": the last given character may be one older names end with (福来, 德根, 进财).
      (commonGivenAt(text, start + surname + 1) || OLD_NAME_LAST.has(text[start + surname + 1]!)) &&
      !startsNotName(text, start) &&
      !endsLikeWord(text, comma)
    ) {
      push(pass, start, comma, 0.8);
      return;
    }
  }
}
/**
 * A record's header line opening with the patient's name, then the sex and the age as fields ("某某某　女　61岁　门诊号…",
 * "某某某，男，66岁，朝鲜族"; round 60): the opening is the name whatever its surname, as a Korean-Chinese (玄, 太) or a
 * Tibetan name (白玛欧珠) may lack one the lexicon knows. Not a role word filling the place ("患者，男，52岁", "患儿　女
 * 3岁", "产妇，女，31岁"), nor a surname with an elder's address, whose surname alone is the name ("某阿婆，女，九十岁").
 */
const HEADER_LINE_NAME =
  /(?<=^|\n)(?!患|病[人员]|伤员|产妇|孕妇|老人|本人|家属|其|该|男|女|新生|婴|无名|姓名|某)(?<name>[\u4e00-\u9fff]{2,4})(?<![者儿妇婴人]|老太|太太|阿婆|阿公|老伯|大爷|大妈|大娘|奶奶|爷爷|阿姨|婆婆|公公|老汉|师傅|先生|女士|小姐|老师)(?:\u3000(?=[男女]\u3000)|[，,](?=[男女][，,]))[男女][\u3000，,](?:\d{1,3}|[一二三四五六七八九十百零]{2,4})岁/g;
function headerLineName(pass: Pass): void {
  const { text } = pass;
  for (const m of matchAll(HEADER_LINE_NAME, text)) {
    const end = m.index + m.groups!.name!.length;
    if (startsNotName(text, m.index) || NOT_NAME.has(text.slice(m.index, end))) continue;
    if (!pass.findings.some((f) => f.start < end && m.index < f.end)) push(pass, m.index, end, 0.75);
  }
}
/** What may close an ethnic group after a name ("，藏族，", "，蒙古族。"). */
const AFTER_ETHNIC_GROUP = new Set('，,。；;）)｜|\n');
/** Whether an age ("90岁") or an ethnic group ("藏族", "蒙古族") follows the comma at `comma`. */
function ageOrEthnicGroupAfter(text: string, comma: number): boolean {
  let i = comma + 1;
  while (i < comma + 4 && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) i++;
  if (i > comma + 1) return text[i] === '岁';
  for (i = comma + 2; i <= comma + 4 && hanAt(text, i); i++)
    if (text[i] === '族') return AFTER_ETHNIC_GROUP.has(text[i + 1] ?? '。');
  return false;
}
/**
 * "｜央金拉姆，90岁，藏族｜", "复诊：仁增旺姆，藏族，41岁": a Tibetan or Mongolian name (whole name elements from a
 * non-Han character) right before a comma and the person's age or ethnic group.
 */
function minorityNameBeforeAgeComma(pass: Pass, comma: number): void {
  const { text } = pass;
  if (!ageOrEthnicGroupAfter(text, comma)) return;
  const start = minorityStartBefore(text, comma);
  if (start >= 0) push(pass, start, comma, 0.75);
}
// "二十床果冻（冯贝怡）": a handover calls a child by pet name after the bed, the full name in brackets.
function petNameAfterBed(pass: Pass, open: number): void {
  const { text } = pass;
  if (text[open - 3] !== '床' || !hanAt(text, open - 2) || !hanAt(text, open - 1)) return;
  // "7床韦伯（韦某某）": a surname and an elder's address, read by sameSurnameInBrackets.
  if (ONE_CHARACTER_ADDRESSES.has(text[open - 1]!) && text[open - 2] === text[open + 1]) return;
  const end = weakNameEnd(text, open + 1);
  if (end < 0 || (text[end] !== '）' && text[end] !== ')') || startsNotName(text, open - 2)) return;
  push(pass, open - 2, open, 0.75);
  push(pass, open + 1, end, 0.8);
}
/** A bed opening a bracket, before a run of two to four Han characters that closes it ("（38床…）"). */
const BED_BEFORE_BRACKETED_NAME = /^(?:\d{1,3}|[一二三四五六七八九十]{1,3})床(?=[\u4e00-\u9fff]{2,4}[）)])/;
/**
 * "我爸（38床甘某旺）": a bed and the patient's name filling a bracket together (round 38). The name starts
 * with an unambiguous surname and its one or two given characters may be any (来, 旺 of older names), as
 * nothing else follows in the bracket; not a title ("（38床王护士）") or a word ("（8床高热）").
 */
function nameAfterBedInBrackets(pass: Pass, open: number): void {
  const { text } = pass;
  const m = BED_BEFORE_BRACKETED_NAME.exec(text.slice(open + 1, open + 12));
  if (!m) return;
  const at = open + 1 + m[0].length;
  const surname = surnameLengthAt(text, at);
  if (surname === 0 || startsNotName(text, at)) return;
  let end = at + surname;
  while (hanAt(text, end)) end++;
  if (end - at - surname > 2) return;
  // "（十二床郭伯）", "（3床冼阿婆）": a surname and how the ward addresses an elder, read by the address rules.
  if ('阿老小'.includes(text[at + surname]!)) return;
  for (let i = at + surname; i < end; i++)
    if (
      startsTitle(text, i) ||
      startsNotName(text, i) ||
      KIN_CHARACTERS.has(text[i]!) ||
      ONE_CHARACTER_ADDRESSES.has(text[i]!)
    )
      return;
  push(pass, at, end, 0.8);
}
// "医生（裴煦，内分泌科）": a role word, then the person's name opening the brackets.
// "另外我妈妈（黎某某，93岁）": a kinship word, then the relative's name opening the brackets before her age or
// sex (round 37).
function roleThenNameInBrackets(pass: Pass, open: number): void {
  const { text } = pass;
  if (!BRACKET_ROLES.some((role) => text.startsWith(role, open - role.length))) {
    if (!KIN_BEFORE_BRACKET.some((kin) => text.startsWith(kin, open - kin.length))) return;
    const end = weakNameEnd(text, open + 1);
    if (
      end > 0 &&
      AGE_OR_SEX_AFTER_COMMA.test(text.slice(end, end + 6)) &&
      standaloneName(text.slice(open + 1, end)) &&
      fullCommonName(text, open + 1, end) &&
      // "儿子（高中生，男）": a pupil or student, not a name.
      !STUDENT_WORD_END.test(text.slice(open + 1, end))
    )
      push(pass, open + 1, end, 0.8);
    return;
  }
  const end = weakNameEnd(text, open + 1);
  if (end > 0 && '，,、）) '.includes(text[end] ?? '')) push(pass, open + 1, end, 0.8);
}
const KIN_BEFORE_BRACKET = [
  '妈妈',
  '爸爸',
  '母亲',
  '父亲',
  '女儿',
  '儿子',
  '丈夫',
  '妻子',
  '老伴',
  '爱人',
  '爷爷',
  '奶奶',
  '外婆',
  '外公',
  '我妈',
  '我爸',
];
const STUDENT_WORD_END = /(?:中生|学生|新生|考生)$/;
const AGE_OR_SEX_AFTER_COMMA = /^[，,][ \t]{0,2}(?:\d{1,3}[岁歲]|[男女][，,）)])/;
// "宝宝 小核桃（乳名）": a child's pet name, said to be one.
function nicknameInBracket(pass: Pass, open: number): void {
  const { text } = pass;
  const m = NICKNAME_INSIDE.exec(text.slice(open + 1, open + 22));
  // After a note on the person the pet name must stand in quotation marks: "（汉族，家里人叫她帮忙）" names no one.
  if (!m || (m.groups?.note !== undefined && !/["“「『]/.test(m[0]))) return;
  // The name ends before the closing bracket, or before a closing quotation mark there.
  const end = open + m[0].length - ('"”」』'.includes(m[0][m[0].length - 2]!) ? 1 : 0);
  push(pass, end - m.groups!.name!.length, end, 0.75);
  // "｜雷晓东（小名东东）｜男": the full name standing alone in its field before the bracket is the person's.
  for (const start of [open - 3, open - 2])
    if (start >= 0 && !hanAt(text, start - 1) && weakNameEnd(text, start) === open) {
      push(pass, start, open, 0.75);
      break;
    }
}
/** What is said of a child after the formal name in brackets: the ethnic group, the sex or the age. */
const BRACKET_PERSON_NOTE = /^(?:[\u4e00-\u9fff]{1,3}族[，,）)]|[男女][，,）)]|\d{1,2}(?:岁|个月))/;
/** What opens a bracket giving a child's formal name after the nickname ("诺诺（大名端木诺一）"). */
const FORMAL_NAME_NOTE = /^(?:大名|学名|全名|本名)(?:叫|是)?[:：]?/;
/**
 * "患儿诺诺（大名某某某）", "患儿：团团（某某某），男": a nickname and the formal name in brackets after it are two
 * names. The nickname is a doubled character (团团) or the bracket says the formal name follows (大名…); it opens
 * its clause or follows a child word (患儿, 宝宝…), and the bracketed name closes at the bracket or a comma
 * (round 41).
 */
function nicknameThenFormalName(pass: Pass, open: number): void {
  const { text } = pass;
  const note = FORMAL_NAME_NOTE.exec(text.slice(open + 1, open + 6));
  let start = open;
  while (start > 0 && open - start < 3 && hanAt(text, start - 1)) start--;
  if (open - start < 2) return;
  const doubled = text[open - 1] === text[open - 2];
  const child = (at: number) =>
    CHILD_BEFORE_PET.some(
      (w) => text.endsWith(w, at) || ('：:'.includes(text[at - 1] ?? '') && text.endsWith(w, at - 1)),
    );
  const inner = open + 1 + (note ? note[0].length : 0);
  const end = weakNameEnd(text, inner);
  // "患儿栗子（某某某，苗族，2岁）": after a child word, any two-character nickname when the bracket goes on with
  // the child's ethnic group, sex or age after the formal name.
  const described = text[end] === '，' && BRACKET_PERSON_NOTE.test(text.slice(end + 1, end + 6));
  // "患儿诺诺", "患儿：团团": a doubled nickname after a child word; with 大名 in the bracket, a nickname opening
  // its clause will do.
  if ((doubled || described) && child(open - 2)) start = open - 2;
  else if (!note || hanAt(text, start - 1)) return;
  if (end - inner < 2 || end - inner > 4 || !'）),，'.includes(text[end] ?? '')) return;
  for (let i = inner + 1; i < end; i++) if (startsTitle(text, i)) return;
  push(pass, start, open, 0.75);
  push(pass, inner, end, 0.8);
}
function nicknameBeforeBracket(pass: Pass, open: number): void {
  const { text } = pass;
  if (!NICKNAME_NOTE.test(text.slice(open + 1, open + 5))) return;
  let start = open;
  while (start > 0 && open - start < 4 && hanAt(text, start - 1)) start--;
  if (open - start >= 2 && (start === 0 || !hanAt(text, start - 1))) push(pass, start, open, 0.75);
}
// "陪莫大爷（莫桂生）", "郄秀云（郄阿姨）": the full name and the same surname with a title, one of
// them in brackets, name one person twice.
function sameSurnameInBrackets(pass: Pass, open: number): void {
  const { text } = pass;
  const close = text.indexOf(text[open] === '（' ? '）' : ')', open + 2);
  if (close < 0 || close > open + 6) return;
  const inside = text.slice(open + 1, close);
  if (surnameLengthAt(inside, 0) !== 1 || !/^[\u4e00-\u9fff]{2,4}$/.test(inside)) return;
  const surname = inside[0]!;
  const insideTitle = AFTER_TITLES.find((t) => inside.length === 1 + t.length && inside.endsWith(t));
  if (insideTitle) {
    const start = text[open - 3] === surname && hanAt(text, open - 2) ? open - 3 : open - 2;
    if (text[start] === surname && hanAt(text, open - 1)) {
      push(pass, start, open, 0.8);
      push(pass, open + 1, open + 2, 0.8);
    }
    return;
  }
  const title = AFTER_TITLES.find((t) => text.startsWith(t, open - t.length));
  if (title && text[open - title.length - 1] === surname && inside.length <= 3)
    push(pass, open + 1, close, 0.8);
  // "秦姐（秦雪梅）": how the ward calls someone, a surname and 姐 or 哥, then the full name; so too an elder
  // called by surname and 伯, 叔, 婆 or 公, also right after the bed ("7床韦伯（韦某某）").
  else if (
    ONE_CHARACTER_ADDRESSES.has(text[open - 1]!) &&
    text[open - 2] === surname &&
    (!hanAt(text, open - 3) || text[open - 3] === '床') &&
    inside.length <= 3
  ) {
    push(pass, open - 2, open - 1, 0.8);
    push(pass, open + 1, close, 0.8);
  }
  // "凌阿婆（凌翠英）", "韦大爷（韦国栋）": an older patient called by surname and a kinship address, then the
  // full name with that surname.
  else if (inside.length <= 3) {
    const kin = ELDER_ADDRESSES.find((k) => text.startsWith(k, open - k.length));
    const at = kin === undefined ? -1 : open - kin.length - 1;
    if (at >= 0 && text[at] === surname && !hanAt(text, at - 1)) {
      push(pass, at, at + 1, 0.8);
      push(pass, open + 1, close, 0.8);
    }
  }
}
/** One-character addresses after a surname: a colleague (柴姐, 秦哥) or an elder (韦伯, 韦叔, 凌婆). */
const ONE_CHARACTER_ADDRESSES = new Set('姐哥伯叔婆公');
/** How a ward addresses an older patient after the surname ("凌阿婆", "韦大爷"). */
export const ELDER_ADDRESSES = [
  '阿婆',
  '阿公',
  '阿伯',
  '阿姨',
  '婆婆',
  '奶奶',
  '爷爷',
  '大爷',
  '大妈',
  '大娘',
  '老伯',
  '老太',
];
/** Either kind of address after a surname (one character or an elder's two). */
const SURNAME_ADDRESSES = new Set<string>([...ONE_CHARACTER_ADDRESSES, ...ELDER_ADDRESSES]);
// "小卢", "老陈的家属": a surname after 小 or 老 is how colleagues and neighbours name someone.
function shortForm(pass: Pass, at: number): void {
  const { text } = pass;
  if (
    surnameLengthAt(text, at + 1) !== 1 ||
    ambiguousSurnameAt(text, at + 1) ||
    SHORT_FORM_WORDS.has(text.slice(at, at + 2))
  )
    return;
  // "巡回护士小蔡交给…": right after a staff role the short form is the person, whatever follows it.
  const afterRole =
    at > 1 && (ROLE_INDEX.longestEndingAt(text, at) !== undefined || personLabelEndingAt(text, at));
  if (
    afterRole ||
    ((at + 2 >= text.length || AFTER_SHORT_FORM.has(text[at + 2]!)) &&
      !(
        at > 0 &&
        hanAt(text, at - 1) &&
        !RUN_EDGE[text.charCodeAt(at - 1)] &&
        !SHORT_FORM_AFTER.has(text[at - 1]!)
      ))
  )
    push(pass, at + 1, at + 2, 0.7);
}

/**
 * Characters Uyghur and Kazakh names are written with (伊力夏提, 帕丽达, 阿卜杜拉), bit 1; bit 2 marks those
 * that ordinary words and drug names seldom use, one of which such a name must hold.
 */
const TRANSLIT = charTable(
  '提丽娜尔依帕逊孜甫罕汗姆妮莎吾买艾古热迪拜努库吐',
  2,
  charTable(
    // 皮耶 and 瓦 too: Zulpiye (祖丽皮耶), Anwar (艾尼瓦尔); 万: Rizwan (热孜万古丽), Kurban (库尔万).
    '阿艾买麦提古丽娜尔热依夏帕达吐逊库班努迪拜克木哈斯曼扎伊力亚甫江汗托合再乃玛米孜巴图沙布都拉卜杜穆罕默德萨尼莎茹别胡加西吾玉素肉赛排祖则姆妮比吉然苏卡塔特衣喀凯佐皮耶瓦万',
  ),
);
/** How many characters in [at, end) are transliteration markers (bit 2 of TRANSLIT). */
function markedTranslit(text: string, at: number, end: number): number {
  let marks = 0;
  for (let i = at; i < end; i++) if ((TRANSLIT[text.charCodeAt(i)]! & 2) !== 0) marks++;
  return marks;
}
/**
 * End of a transliterated Turkic name of three to five characters at `at` that ends the run of Han
 * characters, or -1: every character one such names use, one of them a marker.
 */
function transliteratedNameEnd(text: string, at: number): number {
  const end = transliteratedRunEnd(text, at);
  return end > 0 && !hanAt(text, end) ? end : -1;
}
/** Whether a table cell is a transliterated Turkic name of three to five characters ("扎依达", "帕丽达"). */
export const transliteratedTurkicName = (cell: string): boolean =>
  transliteratedRunEnd(cell, 0) === cell.length;
/** End of three to five characters of a transliterated name at `at`, one of them a marker, or -1. */
function transliteratedRunEnd(text: string, at: number): number {
  let end = at;
  // 祖力 (Zul-) opens many Uyghur names (祖力皮亚, 祖力胡玛尔; round 37) and no ordinary word: a marker too.
  let marks = text.startsWith('祖力', at) ? 1 : 0;
  while (end - at < 6 && (TRANSLIT[text.charCodeAt(end)]! & 1) !== 0) {
    if ((TRANSLIT[text.charCodeAt(end)]! & 2) !== 0) marks++;
    end++;
  }
  const length = end - at;
  return length >= 3 && length <= 5 && marks > 0 && !startsNotName(text, at) ? end : -1;
}
/**
 * End of a transliterated Turkic name of three to five characters opening with 阿 (阿力木, 阿不都, 阿依江) at
 * `at`, before punctuation or what a person does, or -1. 阿 opens many such names, so it counts as a marker.
 */
function kinTurkicNameEnd(text: string, at: number): number {
  if (text[at] !== '阿' || KIN_CHARACTERS.has(text[at + 1] ?? '')) return -1;
  let end = at + 1;
  while (end - at < 5 && (TRANSLIT[text.charCodeAt(end)]! & 1) !== 0) end++;
  const length = end - at;
  if (length < 3 || startsNotName(text, at)) return -1;
  return !hanAt(text, end) || followedByPredicate(text, end) || STAFF_VERBS.longestAt(text, end) !== undefined
    ? end
    : -1;
}
/** End of three name characters at `at` filling a barred cell (no stop character, word or place), or -1. */
function kinCellNameEnd(text: string, at: number): number {
  const after = text[at + 3];
  if (after !== undefined && !FIELD_BARS.has(after) && after !== '\n') return -1;
  for (let i = at; i < at + 3; i++)
    if (!hanAt(text, i) || STOP[text.charCodeAt(i)] === 1 || !givenAt(text, i) || startsNotName(text, i))
      return -1;
  return PLACES.has(text.slice(at, at + 3)) || endsLikeWord(text, at + 3) ? -1 : at + 3;
}
/** End of a surname and a doubled common given character at `at` (甘露露), standing alone; or -1. */
function doubledNameEnd(text: string, at: number): number {
  if (surnameLengthAt(text, at, true) !== 1 || text[at + 1] !== text[at + 2]) return -1;
  if (COMMON_GIVEN[text.charCodeAt(at + 1)] !== 1) return -1;
  const after = text[at + 3] ?? '，';
  return RUN_CLOSERS.has(after) || FIELD_BARS.has(after) ? at + 3 : -1;
}
/** Start of a transliterated Turkic name opening its line and ending at `end` (before a title), or -1. */
function transliteratedNameBefore(text: string, end: number): number {
  const start = text.lastIndexOf('\n', end - 1) + 1;
  const length = end - start;
  if (length < 3 || length > 5 || startsNotName(text, start)) return -1;
  let marks = 0;
  for (let i = start; i < end; i++) {
    const flags = TRANSLIT[text.charCodeAt(i)]!;
    if ((flags & 1) === 0) return -1;
    if ((flags & 2) !== 0) marks++;
  }
  return marks > 0 ? start : -1;
}
/**
 * "交班：立夏　接班：祁丽娜": the two fields of a handover line each name a nurse, so a given name standing
 * alone in one of them is the person's even when it is also a word (立夏, 春雨); two characters that may
 * be in a name, the first not a surname (those are read as surname and given name), ending the field,
 * with the partner label on the same line.
 */
function handoverPartnerName(text: string, labelEnd: number, at: number): boolean {
  const partner = text.endsWith('交班', labelEnd) ? '接班' : text.endsWith('接班', labelEnd) ? '交班' : '';
  if (
    partner === '' ||
    surnameLengthAt(text, at, true) > 0 ||
    !commonGivenAt(text, at) ||
    !commonGivenAt(text, at + 1) ||
    endsLikeWord(text, at + 2) ||
    (at + 2 < text.length && !FIELD_ENDS.has(text[at + 2]!)) ||
    startsNotName(text, at)
  )
    return false;
  const lineStart = text.lastIndexOf('\n', labelEnd) + 1;
  const lineEnd = text.indexOf('\n', at);
  const other = text.indexOf(partner, lineStart);
  return other >= 0 && (lineEnd < 0 || other < lineEnd);
}
/** Two-character values of a staff field that fill it without naming anyone. */
const FIELD_FILLERS = new Set([
  '同上',
  '本人',
  '不详',
  '未知',
  '待定',
  '暂无',
  '见上',
  '空白',
  '其他',
  '自己',
  '无名',
]);
/**
 * "谈话医师：甘露　日期：…", "收款员：伏静": a surname (an ambiguous one too) and a given character standing alone
 * as the whole value of a staff member's field (a clinician's role or a label ending in 员 or 师) are the person's
 * name even where the two make a word (甘露, 乐天) (round 41).
 */
function staffFieldWordName(text: string, labelEnd: number, at: number): boolean {
  return (
    (at + 2 === text.length || FIELD_ENDS.has(text[at + 2]!)) &&
    (CLINICIAN_CUES.has(ROLE_INDEX.longestEndingAt(text, labelEnd) ?? '') ||
      '员师'.includes(text[labelEnd - 1]!)) &&
    surnameLengthAt(text, at, true) === 1 &&
    givenAt(text, at + 1) &&
    !FIELD_FILLERS.has(text.slice(at, at + 2))
  );
}
/**
 * "交：某某某→接：某某某": a handover's two nurses, the one handing over and the one taking over, each the whole
 * value after 交 or 接 (交班, 接班) on either side of the arrow (round 41).
 */
function handoverArrowPair(pass: Pass): void {
  const { text } = pass;
  for (let arrow = text.indexOf('→'); arrow >= 0; arrow = text.indexOf('→', arrow + 1)) {
    const after = /^[ \t]{0,2}接(?:班|班人)?[:：][ \t]{0,2}/.exec(text.slice(arrow + 1, arrow + 9));
    if (!after) continue;
    let start = arrow;
    while (start > 0 && arrow - start < 5 && hanAt(text, start - 1)) start--;
    if (
      !/(?:^|[^\u4e00-\u9fff])交(?:班|班人)?[:：][ \t]{0,2}$/.test(text.slice(Math.max(0, start - 8), start))
    )
      continue;
    const at = arrow + 1 + after[0].length;
    let end = at;
    while (end < text.length && end - at < 5 && hanAt(text, end)) end++;
    if (hanAt(text, end)) continue;
    for (const [s, e] of [
      [start, arrow],
      [at, end],
    ] as const)
      if (e - s >= 2 && e - s <= 4 && !startsNotName(text, s) && filledByName(text, s, e))
        push(pass, s, e, 0.8);
  }
}
/** A surname and one or two given characters fill `start`…`end` exactly ("闻人清远", "晏知行"). */
function filledByName(text: string, start: number, end: number): boolean {
  if (weakNameEnd(text, start) === end) return true;
  const surname = surnameLengthAt(text, start, true);
  if (surname === 0 || end - start - surname < 1 || end - start - surname > 2) return false;
  for (let i = start + surname; i < end; i++) if (!givenAt(text, i) || startsNotName(text, i)) return false;
  return true;
}
/** What may close a name standing alone after a kinship word (not a quotation: 邻居家柯基"可乐"). */
const RUN_CLOSERS = new Set('，,。；;、 \u3000\n');
/** Clinicians' role words after which a surname alone can close a sentence. */
const CLINICIAN_CUES = new Set([
  '医生',
  '医师',
  '护士',
  '主任',
  '大夫',
  '药师',
  '治疗师',
  '主管医师',
  '主治医师',
  '住院医师',
  '足病师',
  // The head nurse answering a ward's family chat ("护士长蒲："; round 38).
  '护士长',
]);
/** Staff roles after which a solar term given as a name is the person ("护工小暑", "营养师 芒种"). */
const STAFF_CUES = new Set([
  ...CLINICIAN_CUES,
  '护士长',
  '护工',
  '营养师',
  '康复师',
  '治疗师',
  '社工',
  '助产士',
  '护理员',
  '陪护员',
  '保姆',
  '志愿者',
  '秘书',
  '陪诊员',
  '陪诊师',
  '咨询师',
  '心理师',
]);
/**
 * Solar terms that are given as names (谷雨, 芒种, 霜降); those that are everyday weather or festival
 * words (雨水, 清明, 大暑, 小雪, 大雪, 小寒, 大寒) are left out.
 */
const SOLAR_TERM_NAMES = new Set(
  '立春 惊蛰 春分 谷雨 立夏 小满 芒种 夏至 小暑 立秋 处暑 白露 秋分 寒露 霜降 立冬 冬至'.split(' '),
);
/** End of a solar term read as a name at `at` (standing alone or before a predicate), or -1. */
function solarTermNameEnd(text: string, at: number): number {
  if (!hanAt(text, at) || !hanAt(text, at + 1) || !SOLAR_TERM_NAMES.has(text.slice(at, at + 2))) return -1;
  return !hanAt(text, at + 2) || followedByPredicate(text, at + 2) ? at + 2 : -1;
}
// A comma too: "麻醉医生骆，巡回护士…" lists staff by role and surname.
const SENTENCE_CLOSERS = new Set('。；;\n｜|，,、');
/** End of an unambiguous surname alone at `at`, closing a sentence or field ("值班医生桓。"), or -1. */
function loneSurnameEnd(text: string, at: number): number {
  // "申请医师伏。": an ambiguous surname that standing alone is the surname (LONE_SURNAMES) too.
  const surname = surnameLengthAt(text, at, true);
  return surname > 0 && loneSurnameReads(text, at) && SENTENCE_CLOSERS.has(text[at + surname] ?? '。')
    ? at + surname
    : -1;
}
/** A signature's verb closing its field after a surname alone ("护士长 时审核", "医师 某签字｜"). */
const SIGNING_VERB = /^(?:审核|签字|签名|复核|核对)(?:$|[\n｜|。；;，, \u3000])/;
/** What a staff member does, after her surname alone ("护士芮做饮食指导", "康复师鄢协助站立"). */
const STAFF_VERBS = new WordIndex(
  [
    '做',
    '进行',
    '协助',
    '指导',
    '给予',
    '予以',
    '负责',
    '讲解',
    '示范',
    '宣教',
    '陪同',
    '完成',
    '评估',
    // "主任殷每天查房都耐心讲解": how often or how she did it, then what.
    '每天',
    '每日',
    '亲自',
    '耐心',
    '查房',
  ],
  'first',
);
/** End of an unambiguous surname alone at `at` before a staff member's verb, or -1. */
function surnameBeforeVerbEnd(text: string, at: number): number {
  const surname = surnameLengthAt(text, at);
  if (surname !== 1 || ambiguousSurnameAt(text, at)) return -1;
  return STAFF_VERBS.longestAt(text, at + 1) !== undefined ? at + 1 : -1;
}
/**
 * Kinship characters: after 阿 a kinship word (阿姨, 阿婆, 阿舅), not a nickname; doubled before 妈妈 a relative
 * (姐姐妈妈), not a child's pet name.
 */
const KIN_CHARACTERS = new Set('姨婆公伯叔嫂妈爸爷奶哥姐弟妹舅');
/**
 * Ambiguous surnames that, standing alone as a field's value, are the surname and not a word ("医师 养",
 * "签名：茹", "审核：和": a joiner with nothing after it joins nothing); 有, 时 and the like stay words
 * ("医生：有").
 */
const LONE_SURNAMES = new Set(
  // 滑 too ("医师：滑　调配：陶"): a prescription's signatures.
  // 乐 and 纳 too ("报告人：输血科乐", "审核医师 纳｜"); 况 ("医师：况　2026/11/22"; round 37).
  // 弓 ("｜医师 弓"; round 38). 木, 银 and 刀 ("记录：木　", "技师：银"; round 39).
  '养戈茹勾伏满凤班薄宣汲寿束宿幸韶暴仰蓬牧苍贡扶堵宰鱼慎衡弘禄蔚巢金费卫贝花甘巫和滑乐纳况弓木银刀',
);
/** Whether a surname at `at` standing alone can be the name: unambiguous, or one of LONE_SURNAMES. */
const loneSurnameReads = (text: string, at: number) =>
  !ambiguousSurnameAt(text, at) || LONE_SURNAMES.has(text[at]!);
/** What ends a field after its value: a line end, a column bar or a blank. */
const FIELD_ENDS = new Set('\n\r｜| \u3000\t');
/** Separators of fields written on one line ("科室 / 龚秀荣 / 女"). */
const FIELD_BARS = new Set('/／|｜');
/**
 * What ends a three-character reply or report, not a name: a particle ("查过了") or what the person said
 * or asked ("王芳说").
 */
// "护士通知你": what the person did to the reader (a pronoun last), not a name.
const NOT_NAME_LAST = new Set('的了吗呢吧啊呀哦说讲问答称诉你您');
/**
 * End of a name that is a labelled field's whole value ("患儿：陶予安 / 男", "医师：廉问渠　", "交班人：尚可心"),
 * or -1: a surname and one or two characters ending where the run of Han characters ends. Standing
 * alone after a person's label, such a run is the name even when a character is usually a word (问, 予)
 * or the first two read as one (尚可); an ambiguous surname needs a three-character run, and a run that
 * is a word or a place is not a name. A surname alone counts after a strong label ("检验者：岳") or
 * ending its field ("评估者：冀").
 */
function labelledRunEnd(text: string, at: number, strong: boolean): number {
  let end = at;
  while (end - at < 4 && hanAt(text, end)) end++;
  const length = end - at;
  if (length === 4 && !hanAt(text, end) && doubleSurnameName(text, at)) return end;
  if (length === 0 || length > 3 || hanAt(text, end) || text[end] === '·') return -1;
  const surname = surnameLengthAt(text, at, true);
  if (surname === 0) return -1;
  const ambiguous = ambiguousSurnameAt(text, at);
  if (length === surname) {
    // "见证人：瞿（护士）": the surname alone, the person's role in brackets after it.
    const fieldEnd =
      end === text.length ||
      FIELD_ENDS.has(text[end]!) ||
      ((text[end] === '（' || text[end] === '(') && startsTitle(text, end + 1));
    return (fieldEnd || strong) && loneSurnameReads(text, at) ? end : -1;
  }
  if (length - surname > 2 || (ambiguous && length < 3)) return -1;
  // "查的", "查了", "王芳说": a reply or a report, not a name.
  const last = text.charCodeAt(end - 1);
  if (length === 2 ? STOP[last] === 1 || NOT_END[last] === 1 : NOT_NAME_LAST.has(text[end - 1]!)) return -1;
  // "康医生", "李女士": a surname and a title; the title rule marks the surname alone.
  for (let i = at + surname; i < end; i++) if (startsTitle(text, i)) return -1;
  const run = text.slice(at, end);
  const word = NOT_NAME_INDEX.longestAt(text, at);
  if (PLACES.has(run) || word === run || (word !== undefined && ambiguous)) return -1;
  return end;
}

/**
 * A married woman's name with her husband's surname before her own and two common given characters
 * ("柯陈玉燕", as Taiwan and southern Fujian write it; round 38): two unambiguous single surnames, neither
 * starting a compound one or a word.
 */
function doubleSurnameName(text: string, at: number): boolean {
  for (const i of [at, at + 1])
    if (surnameLengthAt(text, i) !== 1 || ambiguousSurnameAt(text, i) || startsNotName(text, i)) return false;
  return commonGivenAt(text, at + 2) && commonGivenAt(text, at + 3) && !endsLikeWord(text, at + 4);
}

/**
 * End of an ambiguous-tier surname and one or two given-name characters at `at` ("容淑敏", "铁婧"),
 * closed by a blank, punctuation, a line end or a predicate; or -1. Only after a kinship word.
 */
function kinBlankAmbiguousNameEnd(text: string, at: number): number {
  if (surnameLengthAt(text, at, true) !== 1 || !ambiguousSurnameAt(text, at) || startsNotName(text, at))
    return -1;
  for (let end = at + 3; end > at + 1; end--) {
    let given = true;
    for (let i = at + 1; i < end; i++)
      if (!givenAt(text, i) || startsNotName(text, i) || startsTitle(text, i) || afterKinWord(text, i) > i)
        given = false;
    if (!given || endsLikeWord(text, end)) continue;
    const after = text[end] ?? '，';
    if (
      !hanAt(text, end)
        ? RUN_CLOSERS.has(after) || FIELD_ENDS.has(after) || after === '（' || /\d/.test(after)
        : followedByPredicate(text, end)
    )
      return end;
  }
  return -1;
}

/** 姓名 and its colon, a run of five to seven Han characters, a blank and the sex (a form's name field; round 54); not a
 * note standing for the name ("无法核实身份", "不详请补填"). */
const SEX_AFTER_NAME_FIELD =
  /姓名[ \t\u3000]{0,2}[:：][ \t\u3000]{0,2}(?![\u4e00-\u9fff]{0,6}(?:无|未|请|待|不详|匿名|保密|签|填|核|身份|本人|患者|家属|同上|见))[\u4e00-\u9fff]{5,7}[ \t\u3000]{1,3}(?:[男女](?![\u4e00-\u9fff])|性别)/;

/** End of a name right after a strong form label, or -1. */
function strongNameEnd(text: string, at: number): number {
  let end = at;
  while (
    end < text.length &&
    end - at < 16 &&
    (isHan(text[end]) || (text[end] === '·' && isHan(text[end + 1])))
  )
    end++;
  if (end === at) return -1;
  let run = text.slice(at, end);
  // Cut at the next field label glued to the name.
  let cut = run.length;
  for (const stop of FIELD_STOPS) {
    const i = run.indexOf(stop, 1);
    if (i > 0 && i < cut) cut = i;
  }
  run = run.slice(0, cut);
  // "记录者：住院医师孙一川": a role word before the title, not a name; the title rule reads the name after it.
  // "经办：收款员": a job, not a name.
  if (ROLE_BEFORE_TITLE.has(run) || run.endsWith('员')) return -1;
  // "病史陈述者：患者女儿某某", "陈述者：患者本人": the patient as the one meant, not a name; a relative named after
  // 患者 is read by the kinship cue (round 51).
  if (PARTY_WORD.test(run)) return -1;
  // "接诊医师：覃主治": a surname and a title; the title rule marks the surname alone.
  for (let i = 1; i < run.length; i++) if (startsTitle(text, at + i)) return -1;
  const hasDot = run.includes('·');
  // "姓名：那顺孟和图　性别：男": a Mongolian or Tibetan name of five or six characters filling the field, its first
  // element known (round 51).
  if (
    !hasDot &&
    (run.length === 5 || run.length === 6) &&
    !hanAt(text, at + run.length) &&
    (MINORITY_INDEX.longestAt(text, at)?.length ?? 0) >= 2
  )
    return at + run.length;
  // "姓名：某某某某某某　男　63岁": a transliterated (Uyghur, Kazakh…) name of five to seven characters filling the 姓名
  // field, a blank and the sex after it (round 54): the form's layout, not a known element, says it is the name.
  if (
    !hasDot &&
    run.length >= 5 &&
    run.length <= 7 &&
    SEX_AFTER_NAME_FIELD.test(text.slice(Math.max(0, at - 8), at + run.length + 6))
  )
    return at + run.length;
  if (run.length < 2 || (!hasDot && run.length > 4)) return weakNameEnd(text, at);
  if (startsNotNameAfterLabel(text, at)) return -1;
  return at + run.length;
}

/**
 * 可 is usually a modal verb after a name ("患者贾洋可登录…"), but begins common given names (可欣,
 * 可馨, 可心…): it is a given-name character only as the first one, before one of these.
 */
// 可乐 too, a child's given name as common as 可欣 (round 58).
const KE_NAME_SECOND = new Set('欣馨心儿怡人嘉佳颖萱晴昕盈妍涵悦依意乐');
const keGiven = (text: string, i: number, first: boolean) =>
  (text[i] === '可' && first && KE_NAME_SECOND.has(text[i + 1] ?? '')) || yuGiven(text, i, first);
/**
 * 予 is usually "give" in notes ("予吸氧", "予以"), but is a given-name character too (予安, 馨予): as
 * the first before one of these, or as the last where the run ends.
 */
const YU_NAME_SECOND = new Set('安涵诺希彤宁乐晴萱墨琪心欣菲曦初');
const yuGiven = (text: string, i: number, first: boolean) =>
  text[i] === '予' && (first ? YU_NAME_SECOND.has(text[i + 1] ?? '') : !hanAt(text, i + 1));

/**
 * End of a name starting exactly at `at`, or -1: a surname and given name, or a Tibetan or Mongolian
 * name (which has no surname), whichever reads longer ("桑吉才让", not the surname reading "桑吉").
 */
function weakNameEnd(text: string, at: number): number {
  const end = Math.max(surnameNameEnd(text, at), minorityNameEnd(text, at), yiNameEnd(text, at));
  // "包额尔敦", "白巴特尔": a Mongolian name after a Han surname, as many families in Inner Mongolia write it.
  const surname = surnameLengthAt(text, at);
  return surname > 0 ? Math.max(end, minorityNameEnd(text, at + surname)) : end;
}

const YI_CLANS: ReadonlySet<string> = new Set(YI_CLAN_NAMES);
/**
 * End of a Yi name at `at` ("吉觉阿芝", "沙马拉且"): a clan name and two given characters, neither of them
 * starting what is said of the person, ending where a name can end; or -1.
 */
function yiNameEnd(text: string, at: number): number {
  if (!YI_CLANS.has(text.slice(at, at + 2))) return -1;
  // 日 opens many Yi given names ("阿苏日呷", "吉克日火"), though elsewhere it ends a name's run (round 39).
  for (let i = at + 2; i < at + 4; i++)
    if (
      !hanAt(text, i) ||
      (!givenAt(text, i) && !(i === at + 2 && text[i] === '日')) ||
      followedByPredicate(text, i) ||
      startsTitle(text, i)
    )
      return -1;
  const end = at + 4;
  // What alone a relative or interpreter can do or speaks in may follow it, as after a Tibetan or Mongolian name
  // ("由女儿某某某某用彝语翻译"; generalisation-51): a clan name and two given characters make no Han word.
  return !hanAt(text, end) ||
    STOP[text.charCodeAt(end)] === 1 ||
    followedByPredicate(text, end) ||
    AFTER_MINORITY_NAME.has(text[end]!)
    ? end
    : -1;
}
/**
 * What may follow two or more Tibetan or Mongolian name elements though it is no predicate after a Han name: the
 * language a relative or interpreter uses and what alone they can do ("其夫某某只会藏语", "由治疗师某某用藏语讲解";
 * round 43). Two elements make a name no Han word reads as, so these are safe there.
 */
const AFTER_MINORITY_NAME = new Set('用只');
/**
 * A Tibetan or Mongolian name whose first element is known and whose last is not ("扎西朗杰"; round 51):
 * the end of the first element and two to `maxTail` more common given-name characters ("很快" is none), none a stop
 * character nor opening what is said of the person; or -1.
 */
function minorityHeadNameEnd(text: string, at: number, maxTail: number): number {
  const head = MINORITY_INDEX.longestAt(text, at);
  if (head === undefined || head.length < 2) return -1;
  const from = at + head.length;
  let end = from;
  while (
    end - from < maxTail &&
    commonGivenAt(text, end) &&
    STOP[text.charCodeAt(end)] !== 1 &&
    !followedByPredicate(text, end)
  )
    end++;
  return end - from >= 2 ? end : -1;
}
/** End of one to three Tibetan or Mongolian name elements at `at`, ending where a name can end; or -1. */
function minorityNameEnd(text: string, at: number): number {
  let end = at;
  let parts = 0;
  for (; parts < 3; parts++) {
    const part = MINORITY_INDEX.longestAt(text, end);
    if (part === undefined || (parts === 0 && part.length < 2)) break;
    end += part.length;
  }
  if (end === at) return -1;
  // Gyal (加) closes many Amdo Tibetan men's names after a known element (才让加, 更登加; round 58); only where the
  // name then ends, for 加 opens what is done after a name ("扎西加用…").
  if (parts < 3 && text[end] === '加' && !hanAt(text, end + 1)) end++;
  return !hanAt(text, end) ||
    STOP[text.charCodeAt(end)] === 1 ||
    followedByPredicate(text, end) ||
    (parts >= 2 && end - at >= 4 && (AFTER_MINORITY_NAME.has(text[end]!) || languageInterpretsAt(text, end)))
    ? end
    : -1;
}

/**
 * 和, 与 and 及 join names ("张伟和李娜"), so they end one; but a joiner that ends the run joins
 * nothing, and there it is the last character of a given name ("姓名 邸春和　性别", "审核：车永和").
 */
const joinerEndsRun = (text: string, i: number, given: number) =>
  (given === 1 && (text[i] === '和' || text[i] === '与' || text[i] === '及') && !hanAt(text, i + 1)) ||
  zhiEndsName(text, i, given);
/** What 之 opens after a name, where it is no given character ("之子", "之后", "之间", "之一"). */
const AFTER_ZHI = new Set('子女妻夫父母孙兄弟姐妹后前间内外中上下一类际');
/**
 * 之 ends older given names (敬之, 远之, 若之): the second given character where the run ends or what is said
 * of the person follows ("外公骆某之今年93岁"), not where it opens 之子, 之后, 之间….
 */
const zhiEndsName = (text: string, i: number, given: number) =>
  given === 1 &&
  text[i] === '之' &&
  !AFTER_ZHI.has(text[i + 1] ?? '') &&
  (!hanAt(text, i + 1) || followedByPredicate(text, i + 1));

/** End of a surname + given-name candidate starting exactly at `at`, or -1. */
function surnameNameEnd(text: string, at: number): number {
  const surname = surnameLengthAt(text, at, true);
  if (surname === 0 || startsNotName(text, at)) return -1;
  let end = at + surname;
  let given = 0;
  while (
    given < 2 &&
    (givenAt(text, end) || keGiven(text, end, given === 0) || joinerEndsRun(text, end, given)) &&
    !startsNotName(text, end) &&
    !startsTitle(text, end)
  ) {
    end++;
    given++;
  }
  // "荆楚交代", "侯磊输液", "梁娜关系": the last character read starts a verb or noun that follows the name.
  if (
    given === 2 &&
    (VERB_AFTER_NAME.has(text.slice(end - 1, end + 1)) ||
      (text[end - 1] === '留' && LEAVES_CONTACT.test(text.slice(end, end + 4))))
  ) {
    end--;
    given--;
  }
  if (given === 0) return -1;
  // "我爸叫逯福来，今年95了", "屈志刚明天复查": an older name's last character (来, 刚…) that is a word elsewhere,
  // before a time word that says when (round 39).
  if (
    given === 1 &&
    LAST_BEFORE_TIME.has(text[end] ?? '') &&
    TIME_AFTER_NAME.test(text.slice(end + 1, end + 4))
  ) {
    end++;
    given++;
  }
  // An ambiguous surname (常, 平, 和…) after a role word: only a full name of common given characters.
  if (surname === 1 && ambiguousSurnameAt(text, at) && !fullCommonName(text, at, end)) return -1;
  return end;
}

const LAST_BEFORE_TIME = new Set('来刚根发财年');
const TIME_AFTER_NAME = /^(?:[，,]?今年|明天|明早|明日|今天|昨天|后天)/;
/** Surname + exactly two common given-name characters, not ending like a clinical word. */
function fullCommonName(text: string, at: number, end: number): boolean {
  if (end - at !== 3) return false;
  for (let i = at + 1; i < end; i++) if (!commonGivenAt(text, i)) return false;
  return !endsLikeWord(text, end);
}

/**
 * Acupuncture points whose names open with a surname character ("取地仓、颊车、阳白、合谷"): in an acupuncture
 * record's list of points they stand alone between commas as a name would, but name no one.
 */
const ACUPOINTS = new Set(
  '阳白 阳池 阳溪 阳谷 阳纲 阳交 阳辅 阳陵泉 曲池 曲泽 曲垣 曲差 曲鬓 曲泉 曲骨 关元 关冲 关门 丰隆 章门 廉泉 梁丘 梁门 申脉 商阳 商丘 商曲 孔最 温溜 华盖 郄门 金门 京门 京骨 殷门 伏兔 解溪 归来 滑肉门 扶突 居髎 侠溪 安眠 鱼际 鱼腰 冲阳 冲门 承山 承浆 承泣 承扶 印堂 百会 百劳 列缺 偏历 支沟 支正 神门 神阙 神庭 天枢 天突 天宗 天柱 天井 太冲 太溪 太渊 太白 太阳 内关 外关 合谷 迎香 地仓 颊车 风池 风府 风市 血海 照海 后溪 公孙 期门 日月 气海 中脘 中极 命门 大椎 委中 环跳 昆仑 涌泉 劳宫 少商 尺泽 光明 悬钟 丘墟 四白 睛明 攒竹 听宫 翳风 牵正 人中 水沟 膻中 至阳 秩边 带脉 行间 内庭 足三里 三阴交 手三里 阴陵泉'.split(
    ' ',
  ),
);

/** A weekday written with 周 ("周五", "周末"), whose first character is also a surname. */
const isWeekday = (run: string) =>
  run.length === 2 && run[0] === '周' && '一二三四五六日天末'.includes(run[1]!);

/** A place's label and its colon right before a value ("参保地：", "就医地：", "籍贯："). */
const PLACE_LABEL_BEFORE =
  /(?:参保|就医|出生|居住|户籍|所在|现住)地[：:][ \t\u3000]*$|籍贯[：:][ \t\u3000]*$/;

/** A whole run (between punctuation) that reads as a name: surname, then one or two given characters. */
function standaloneName(run: string): boolean {
  const surname = surnameLengthAt(run, 0);
  if (surname === 0 || run.length - surname < 1 || run.length - surname > 2) return false;
  if (PLACES.has(run) || ACUPOINTS.has(run) || endsLikeWord(run, run.length) || startsNotName(run, 0))
    return false;
  // "11/23 周一 | 导诊台": a weekday standing alone in a schedule.
  if (isWeekday(run)) return false;
  // "兰州人", "温州人": a city and 人 says where someone is from; it is not a name.
  if (run.endsWith('人') && PLACES.has(run.slice(0, -1))) return false;
  // "邝婆婆", "韦大爷": a surname and how the ward addresses an elder; the surname alone is the name (read
  // where the full name follows in brackets).
  if (run.length === surname + 2 && ELDER_ADDRESSES.includes(run.slice(surname))) return false;
  for (let i = surname; i < run.length; i++)
    if (!givenAt(run, i) || startsNotName(run, i) || startsTitle(run, i)) return false;
  return true;
}

/** A chat speaker's run: an unambiguous surname and one or two more Han characters. */
function speakerName(run: string): boolean {
  const surname = surnameLengthAt(run, 0);
  // "邝医生：": a surname and a title; the title rule marks the surname alone.
  if (startsTitle(run, surname)) return false;
  return surname > 0 && !ambiguousSurnameAt(run, 0) && run.length - surname >= 1 && run.length - surname <= 2;
}

/**
 * A chat speaker named without a surname: two common given-name characters ("海燕", "志刚") or a
 * nickname of 阿 and one ("阿强"), not an excluded word and not ending like a clinical word.
 */
function givenOnlySpeaker(run: string): boolean {
  if (run.length !== 2 || startsNotName(run, 0) || endsLikeWord(run, 2) || PLACES.has(run)) return false;
  return (run[0] === '阿' || commonGivenAt(run, 0)) && commonGivenAt(run, 1);
}

/**
 * A chat speaker's run that may be a given name of rarer characters (砚峰, 耀庭): two Han characters
 * that may be in a name, not an excluded word, a role or label word (医生, 家属, 客服), or a place.
 */
function looseGivenSpeaker(run: string): boolean {
  if (run.length !== 2 || !givenAt(run, 0) || !givenAt(run, 1)) return false;
  // "二弟：", "小舅：": a relative by kinship word.
  if (
    startsNotName(run, 0) ||
    endsLikeWord(run, 2) ||
    PLACES.has(run) ||
    PERSON_LABEL_LAST.has(run[1]!) ||
    KIN_CHARACTERS.has(run[1]!)
  )
    return false;
  return !ROLE_LABELS.includes(run) && !LABEL_LIKE_SPEAKERS.has(run);
}
/** Two to four words of a romanised name, closing its bracket ("KIM MIN JI）", "Wang Xiuying)"). */
const LATIN_NAME_AFTER_CUE =
  /[A-Z](?<=(?:(?:患者|病人|姓名|家属|联系人)[：:｜][ \u3000]?|(?:国人|籍)[，,]|国来的[ \u3000]?|(?:[，,（(：:｜\n]|[其她他]的?)英文名(?:字)?[为是：:]?[ \u3000]?)[A-Z])[a-z]{1,15}(?: [A-Z][a-z]{1,15}){1,2}(?=[（(）)，,｜|。\u3000\n]|$)/g;
/** Two or three capitalised words of a Latin name glued after a Han character (the scan stops on capitals only). */
const LATIN_NAME_AFTER_HAN =
  /[A-Z](?<=[\u4e00-\u9fff][A-Z])[a-z]{1,15}(?: [A-Z][a-z]{1,15}){1,2}(?![A-Za-z])/g;
/** A nationality and a word for the person, right before a Latin name ("法国老太", "德国籍男孩"). */
// A word for the person alone will do when the nationality has no 国 ("加纳小伙子Yoofi Tsiboe").
const NATIONAL_BEFORE_LATIN =
  /(?:国籍?(?:老太太?|老人|老先生|老爷子|老奶奶|老爷爷|小伙子?|男孩|女孩|小朋友|女士|男士|患者|病人|游客|留学生)|(?:老太太|老先生|老爷子|小伙子|留学生))$/;
/** Characters that, doubled, make an adverb rather than a short name ("常常", "慢慢", "天天", "明明"). */
const DOUBLED_ADVERBS = new Set('常刚慢渐天明偏仅稍往时处早好快久轻悄静每');
/**
 * A child or grandchild named by a doubled pet name or 阿 and one character right after the word for the child
 * ("宝宝叫棉棉，", "女儿朵朵发烧", "孙子阿晟陪您去"; round 43), before punctuation or what is said of the child.
 */
// A parent says 我家 before the child's pet name, and the child's record may follow it ("我家某某的病历号"; round 53).
const PET_NAME_AFTER_CHILD =
  /(?:宝宝|孩子|女儿|儿子|孙子|孙女|外孙|外孙女|闺女|小孩|我家)(?:叫|名叫|小名叫)?(?<name>([\u4e00-\u9fff])\2|阿[\u4e00-\u9fff])(?=[，,。！!？?、]|陪|在|发|今|昨|说|也|还|已|又|吃|睡|哭|咳|黄疸|的(?:病历|病案|门诊号|住院号|就诊|检查|报告|医保|身份证))/g;
/**
 * A child's pet name with 小 told after 叫 ("孩子叫小米粒，3岁"; round 51), closed by punctuation; not what the child
 * is told or does ("孩子叫小心", "叫小声点").
 */
/**
 * A pet name told in quotation marks after 小名 or 乳名 in running text ("新生儿小名"某某"，母婴同室"; generalisation-51), as
 * a bracket gives it ("（小名"某某"）"): the quoted run, the marks outside; not a word quoted after 名 otherwise ("名称").
 */
const QUOTED_PET_NAME = /(?:小名|乳名)(?:叫|是)?[:：]?["“「『](?<name>[\u4e00-\u9fff]{1,4})["”」』]/g;
const XIAO_NAME_AFTER_CHILD =
  /(?:宝宝|孩子|女儿|儿子|孙子|孙女|外孙|闺女|小孩)(?:叫|名叫|小名叫)(?<name>小(?![心声时便事点些])[\u4e00-\u9fff]{1,2})(?=[，,。！!？?、])/g;
/**
 * Doubled characters after a word for a child that say how it is or the sound it makes, not what it is called
 * ("宝宝乖乖", "孩子嗷嗷哭").
 */
// 宝, 狗 and 猫 doubled are the child or a pet in general ("我家宝宝", "我家狗狗").
const NOT_PET_DOUBLES = new Set('乖白胖瘦小大高多少嗷哈呵嘻哇呜咳嘿哼嗯啊哦呀嘤咯呼哗宝狗猫');
const PET_NAME_AFTER_BED =
  /床(?<=(?:\d|[一二三四五六七八九十])床)(?<pet>[\u4e00-\u9fff]{2})(?=[，,](?:小姑娘|小伙子|小朋友|小男孩|小女孩|男孩|女孩|老太太|老爷子|老奶奶|老爷爷|阿婆|阿公|大爷|大妈))/g;
/**
 * A pet name said right after a dictated handover's bed (小某, 某宝, 阿某 or a doubled character), then taken back
 * ("五床小某……不对，") or followed by the child's full name and age ("七床是某宝，某某某，3岁，"; generalisation-53): a
 * name said, as the cards mark it; not 小便, 小心 or a word for the child in general (宝宝).
 */
const BED_PET_NAME =
  /(?<=(?:\d|[一二三四五六七八九十])床是?)(?<pet>小(?![便心时事点些量儿孩朋])[\u4e00-\u9fff]|(?![宝小])[\u4e00-\u9fff]宝|阿[\u4e00-\u9fff]|(?<d>[\u4e00-\u9fff])\k<d>)(?=…{1,2}[，, ]?(?:哦|噢)?不对|[，,][\u4e00-\u9fff]{2,3}[，,]\d{1,2}(?:岁|个月))/g;
const SIGNED_AFTER_UNIT =
  /(?:医院|卫生院|卫生室|服务中心|诊所)[ \u3000]{1,2}(?<name>[\u4e00-\u9fff]{2,6})(?=[ \u3000]{1,2}(?:19|20)\d{2}年)/g;
// A label may open the brackets before it ("（护照姓名KIM SOOYEON）", "（英文名：…）"; round 38).
const ROMANISED_IN_BRACKETS =
  /^(?:(?:护照|英文|拼音)(?:姓名|名字|名)?[:：]?[ \u3000]?)?([A-Z](?:[a-z]{1,12}|[A-Z]{1,7})(?:[ -][A-Z](?:[a-z]{1,12}|[A-Z]{1,7})){1,3})[）)]/;
/**
 * "8床｜Kim Minji｜韩国留学生": a foreign patient's name in Latin letters filling the cell after the bed in a
 * Chinese barred handover row (two or three capitalised words), the row then saying who the person is: the
 * sex, the age, the nationality or the passport (not "9床｜Bed Rest｜…", an order).
 */
const LATIN_NAME_AFTER_BED =
  /[A-Z](?<=\d床[ \u3000]?[｜|][ \u3000]?[A-Z])[a-z]{1,15}(?: [A-Z][a-z]{1,15}){1,2}(?=[ \u3000]?[｜|][^\n]{0,40}?(?:[男女岁籍国]|护照|留学))/g;
/**
 * "她女儿说晚上来，叫什么，蕙蕙吧": a speaker recalling someone's name ("叫什么", "叫啥来着") and giving a
 * doubled given character (a pet name) as the answer.
 */
const NAME_RECALLED = /叫(?:什么|啥)(?:来着)?[，,]?([\u4e00-\u9fff])\1(?=[吧呢啊，,。！!？?]|$)/g;
/** Words that give a child's full name after its pet name ("糖豆，全名邵一骁"). */
const FULL_NAME_WORDS = ['大名', '全名', '学名'];
/** "是土豆的家长吧？", "是乐乐妈妈吗": asking whether one speaks to a child's parent. */
const PARENT_OF_QUESTION = /是([\u4e00-\u9fff]{2})的?(?:家长|妈妈|爸爸)(?=[吗吧呢？?])/g;
/** Words for a child in general, not one child's name ("是孩子的家长吗"). */
const GENERIC_CHILD_WORDS = new Set(
  '孩子 宝宝 患儿 小孩 病人 学生 新生 同学 孩儿 儿子 女儿 男孩 女孩 大宝 二宝 老大 老二 哪位 这位 那位 本班 全班 哪个 这个 那个'.split(
    ' ',
  ),
);
/** "我是…的" in one clause, before a name standing alone ("我是上周做胃镜的屈筱芃，"). */
const SELF_INTRODUCTION = /我是[^，,。！!？?\n]{1,30}的(?=[\u4e00-\u9fff]{2,4}[，,。])/g;
/** Roles that may be followed by the person's name in brackets ("药师（阚立新，药剂科）"). */
const BRACKET_ROLES = [...ROLE_LABELS, '药师', '治疗师', '营养师', '技师', '护士长'];
/** A bracketed note that the name before it is a pet name ("小核桃（乳名）"). */
const NICKNAME_NOTE = /^(?:乳名|小名|昵称)[）)]/;
/** A bracket that gives the pet name itself ("武思苗（小名嘟嘟）", "钱可澄（同学叫她澄澄）"). */
// The pet name may stand in quotation marks ("（小名"豆包"）", "（小名「豆包」）"; round 42), which stay outside.
// Fellow patients, roommates or workmates may be the ones who call the person so, with 都 or 也 ("（病友都叫他"某某"）";
// generalisation-51).
// The bracket may first say the person's ethnic group, sex or age ("（壮族，家里人叫她"某某"）"; generalisation-52), as
// a bracket after a name does.
const NICKNAME_INSIDE =
  /^(?<note>(?:[\u4e00-\u9fff]{1,3}族|[男女]|\d{1,3}岁)[，,][ \t]{0,2})?(?:乳名|小名|小名叫|(?:家里|家里人|家人|同学|同学们|朋友|大家|平时|外公|外婆|爷爷|奶奶|爸爸|妈妈|爸妈|病友|病友们|室友|同事|邻居|工友|队友|战友)(?:都|也|一般|平时)?叫[他她])[:：]?["“「『]?(?<name>[\u4e00-\u9fff]{1,4})["”」』]?[）)]/;
/** Field words that may be glued after a dotted name ("买买提·艾山电话189…"). */
// A clinician's title glued after the name ("艾尔肯·吐尔逊副主任医师"; round 37) is not part of it either.
const DOTTED_TAILS = [
  '电话',
  '手机',
  '身份证',
  '住院号',
  '联系',
  '家属',
  '微信',
  '副主任医师',
  '主任医师',
  '主治医师',
  '住院医师',
  '医师',
  '医生',
  '副主任',
  '主任',
  '副教授',
  '教授',
  '护士',
  '护师',
  '药师',
  '技师',
  '大夫',
  // A courtesy title glued after the name ("穆萨·艾力先生：您于…"; round 42), or 的 and what the person is to
  // the writer ("我是21床某某·某某的女儿").
  '先生',
  '女士',
  '的',
  // What the person speaks, said of a relative needing an interpreter ("丈夫某某·某某汉语不熟练"; round 44).
  '汉语',
  '普通话',
];
/** A nickname form: 阿 or 小 and a given character, or a doubled character (蕊蕊). */
const NICKNAME_FORM = (run: string) =>
  ((run[0] === '阿' || run[0] === '小') && surnameLengthAt(run, 1) === 0 && givenAt(run, 1)) ||
  (run[0] === run[1] && givenAt(run, 0));
/** The title of a ward's or clinic's group chat with patients' families ("【神经外科6病区家属群】"). */
const WARD_FAMILY_GROUP = /家属群|家属交流群|病友群/;
/** A relative's turn: a question, thanks or an acknowledgement, not a notice's label ("温馨提示：请勿…"). */
const FAMILY_TURN = /^[:：](?:收到|谢谢|好的|请问|[^\n]{0,36}[？?])/;
/** A group chat's title line naming it the family's ("家庭群「带外婆复查」", "【家人群】", "【家族群·…】"). */
const FAMILY_GROUP_TITLE = /^[ \t]{0,2}[^\n]{0,8}(?:家庭群|家人群|家族群)[^\n]{0,30}\n/;
/** A relative speaking by a one-character kinship word ("妈：我明早过去"). */
const ONE_CHARACTER_KIN_SPEAKER = /(?:^|\n)[妈爸姐哥弟妹奶爷婆][:：]/;
/** Two-character speakers of service chats that are roles, not names. */
/** Labels heading a chat's title line rather than a speaker's turn ("群聊：…"). */
const CHAT_TITLE_LABELS = new Set(['群聊', '群名', '群名称', '群组', '聊天记录', '会话']);
const LABEL_LIKE_SPEAKERS = new Set(
  '用户 客服 医助 助理 前台 导诊 小编 主持 群主 管理 系统 通知 回复 提问 回答 答复 留言 备注 咨询 医院 药房 药店 机器 助手 专家 老师 班长 组长'.split(
    ' ',
  ),
);

/** Last characters of a call on someone to come or help ("喊上", "叫上", "找", "问问"), before the one called. */
const CALLING_LAST = new Set('上喊叫找问让');
/** Labels ending in 儿 that are a relative or a patient, not a pet name (女儿, 患儿, 婴儿, 胎儿). */
const CHILD_WORD_BEFORE_ER = new Set('女患孙侄婴幼男胎');
/** Last characters of a form's or note's labels of four characters (注意事项, 用法用量, 处理意见, 联系电话). */
const LABEL_LAST = new Set('项量见果断议况容间期点法史诉查因名号址话码证型级别率值式类表单据');
/**
 * A chat speaker's run no other reading takes that may be a member's nickname or screen name: a pet name
 * ending in 儿 (朵儿, 小鱼儿), one of three characters opening with 小 or 阿 (小石头), or a screen name of four
 * characters (平安是福) not ending like a label; never a role, label or kinship word, a department or a place,
 * nor a run with a title in it.
 */
function otherSpeakerRun(run: string): boolean {
  const last = run[run.length - 1]!;
  if (
    ROLE_LABELS.includes(run) ||
    LABEL_LIKE_SPEAKERS.has(run) ||
    DEPARTMENT_SET.has(run) ||
    PLACES.has(run) ||
    KIN_CHARACTERS.has(last) ||
    (PERSON_LABEL_LAST.has(last) && last !== '儿')
  )
    return false;
  for (let i = 1; i < run.length; i++) if (startsTitle(run, i)) return false;
  if (last === '儿') return run.length <= 3 && !CHILD_WORD_BEFORE_ER.has(run[run.length - 2]!);
  if (run.length === 3) return (run[0] === '小' || run[0] === '阿') && !startsNotName(run, 0);
  return run.length === 4 && !LABEL_LAST.has(last);
}

/** Whether every given-name character is a common one (not just any character that may be in a name). */
function commonGiven(run: string, surname: number): boolean {
  for (let i = surname; i < run.length; i++) if (!commonGivenAt(run, i)) return false;
  return run.length > surname;
}

/**
 * End of a name starting at `at` (surname + one or two common given-name characters) that a
 * predicate follows, or -1. The longer reading wins when both are followed by a predicate.
 */
function nameBeforePredicate(text: string, at: number): number {
  const surname = surnameLengthAt(text, at, true);
  if (surname === 0) return -1;
  const ambiguous = surname === 1 && ambiguousSurnameAt(text, at);
  // Cheap test first: the character after the surname must be a common given-name character.
  if (!commonGivenAt(text, at + surname) || STOP[text.charCodeAt(at + surname)] === 1) return -1;
  if (startsNotName(text, at)) return -1;
  // "屈志刚明天复查": an older name's last character before a time word (see surnameNameEnd; round 39).
  const third = at + surname + 1;
  if (
    !ambiguous &&
    LAST_BEFORE_TIME.has(text[third] ?? '') &&
    TIME_AFTER_NAME.test(text.slice(third + 1, third + 4)) &&
    !startsNotName(text, at + surname)
  )
    return third + 1;
  for (let given = 2; given >= (ambiguous ? 2 : 1); given--) {
    const end = at + surname + given;
    if (end > text.length) continue;
    let ok = true;
    for (let i = at + surname; ok && i < end; i++)
      ok = givenAt(text, i) && commonGivenAt(text, i) && !startsNotName(text, i) && !startsTitle(text, i);
    if (!ok) continue;
    if (endsLikeWord(text, end) || PLACES.has(text.slice(at, end)) || ACUPOINTS.has(text.slice(at, end)))
      continue;
    // "医生让查基因": the last character and 因 after it make a word (基因, 病因, 诱因, 死因), no name and "because"
    // (round 51).
    if (text[end] === '因' && WORD_BEFORE_YIN.has(text[end - 1]!)) continue;
    // "拟请华西第二医院会诊": a hospital's brand or city before its ordinal (第二医院, 第三人民医院), no name (round 53).
    if (text[end] === '第' && numberedHospitalAt(text, end + 1)) continue;
    // "邝婆婆（…）": a surname and an elder's address, not a given name.
    if (given === 2 && ELDER_ADDRESSES.includes(text.slice(at + surname, end))) continue;
    if (end === text.length || followedByPredicate(text, end)) return end;
  }
  return -1;
}

function followedByPredicate(text: string, at: number): boolean {
  if (at >= text.length || text.charCodeAt(at) === 0x0a) return true;
  return PREDICATE_INDEX.longestAt(text, at) !== undefined;
}
/**
 * A language and what the person does in it, right after a Turkic, Tibetan or Mongolian name ("侄女某某维吾尔语翻译",
 * "由儿子某某藏语解释"; round 58): the relative interprets, as before "翻译" alone. Not after a Han reading, whose
 * greedy given name would swallow a verb before the language ("女儿某丽用英语翻译").
 */
const LANGUAGE_INTERPRETS = /[\u4e00-\u9fff]{1,4}?语(?:翻译|解释|讲解|转述|沟通)/y;
function languageInterpretsAt(text: string, at: number): boolean {
  LANGUAGE_INTERPRETS.lastIndex = at;
  return text.includes('语', at) && LANGUAGE_INTERPRETS.test(text);
}

/** Whether a hospital's ordinal follows 第 at `at`: Chinese numerals, perhaps 人民, 中心 or 附属, then 医院 (no regex). */
function numberedHospitalAt(text: string, at: number): boolean {
  let i = at;
  while (i < at + 3 && '一二三四五六七八九十'.includes(text[i] ?? '_')) i++;
  if (i === at) return false;
  const rest = text.slice(i, i + 4);
  return (
    rest.startsWith('医院') || (['人民', '中心', '附属'].includes(rest.slice(0, 2)) && rest.endsWith('医院'))
  );
}

/** Characters that make a word with 因 after them (基因, 病因, 诱因, 死因). */
const WORD_BEFORE_YIN = new Set('基病诱死');
/** Measure words that count things, before a noun ("一个", "半碗", "两块"). */
const MEASURE_WORDS = new Set('个只块碗份杯袋颗盒瓶根片');

/** Two-character words that follow a name and whose first character could be read as a given name. */
const VERB_AFTER_NAME = new Set(
  // "由邻居单伟送来": who brought the patient in (送来, 送到, 送至, 带来), after the name; who sent the
  // records ("由主治医师某悦发送"; round 38); who helps ("让我女儿某芳帮我挂号"; round 39); who follows the
  // patient up ("社区医生某慧随访"; round 40); who visits the patient ("孙子某明探视", "女儿某丽探望"; round 44);
  // who answers a patient's message ("随访护士某悦回复（时间）"; round 46).
  '回复 答复 探视 探望 看望 随访 发送 本次 交代 交待 输液 输血 关系 接回 接走 接受 办理 签字 签名 陪同 陪护 表示 同意 拒绝 要求 反映 复诊 复查 出院 入院 来院 离院 住院 体温 血压 心率 家属 本人 于20 领取 取药 缴费 照顾 来电 负责 告知 确认 全职 全程 电话 反馈 沟通 报告 核查 查看 知情 代办 代为 代签 敬上 手机 送来 送到 送至 带来 协助 帮我 帮忙 刚才'.split(
    ' ',
  ),
);

/** What a salutation calls the person after the name ("尊敬的某某某患者：您的…"; round 48). */
const ADDRESSED_AS = /^(?:患者|家长|用户|病友|会员)[：:，,]/;

/** What a person leaves after 留 ("母亲某蔓留邮箱…", "某芳留的电话"; round 47): 留 is the verb, not a given character. */
const LEAVES_CONTACT = /^(?:下|了|的)?(?:邮箱|电话|手机|联系|微信|地址)/;

/** Characters after which a name may start (a verb or particle that ends the previous word). */
// 线, 科 and 员 end a role or department right before a name and title ("二线骆征医生", "口腔科蒉溪医生",
// "随访员付晨曦").
const LEFT_BOUNDARY = new Set(
  '是找叫请问给和与及的了让被向对跟位名说你我他她谢由经在到把将同陪见称为等系线科员班岁',
);

/** A clinician's title right after a name ("…医生号", "…主任的号"). */
const CLINICIAN_TITLE_AT = /^(?:医生|医师|主任|大夫|教授)$/;
/** Verbs a nurse uses before the clinician she reports to or calls ("汇报某医生", "通知某医生"). */
const REPORTING_VERBS = ['汇报', '报告', '通知', '请示'];
/** Role words that precede a title and are not names ("责任护士", "值班医生", "主治医师"). */
/** The patient or the writer as a field's value, opening it ("患者女儿…", "本人"): no one's name. */
const PARTY_WORD = /^(?:患者|病人|患儿|本人)/;
const ROLE_BEFORE_TITLE = new Set(
  '研究 责任 主治 住院 主管 值班 护理 专科 社区 家庭 门诊 急诊 接诊 经治 上级 实习 进修 规培 管床 床位 科室 主任 负责 当班 夜班 白班 随访 助产 麻醉 手术 管理 首席 执业 乡村 全科 随车 出诊 驻站 急救'.split(
    ' ',
  ),
);
const TITLE_INDEX = new WordIndex(AFTER_TITLES, 'first');
/** A clinician's or checker's field label ("报告医师", "复核") before a one-character kin word and a two-character run. */
const CLINICIAN_LABEL_END = /(?:医师|医生|药师|技师|护士|复核|审核)$/;
function clinicianSignature(text: string, label: string, given: number): boolean {
  return (
    (text[given - 1] === '母' || text[given - 1] === '父') &&
    CLINICIAN_LABEL_END.test(label) &&
    hanAt(text, given + 1) &&
    !hanAt(text, given + 2) &&
    !startsTitle(text, given)
  );
}
const startsTitle = (text: string, at: number) => TITLE_INDEX.longestAt(text, at) !== undefined;

const PERSONAL_TITLES = ['女士', '先生', '小姐'];
const PERSONAL_TITLE_INDEX = new WordIndex([...PERSONAL_TITLES, '老先生', '老太太'], 'first');
/** Characters Western surnames are transliterated with (安德森, 布朗, 史密斯, 麦肯齐, 奥康纳). */
const WESTERN_TRANSLIT = charTable(
  '亨德森斯顿克里布朗史密特威尔逊约翰汉姆普拉瓦卡罗伯杰奥利维亚米勒菲茨詹金费南多戴汤格林霍华哈莫雷诺沃蒂贝安托马丁麦肯齐纳康梅',
);
const WESTERN_TITLES = ['医生', '医师', '教授', '博士', '先生', '女士'];
/**
 * End of a transliterated foreign name of three to five characters at `at` filling its field (every
 * character one that Turkic, Arabic or Western names are written with), or -1.
 */
function foreignNameEnd(text: string, at: number): number {
  let end = at;
  while (
    end - at < 6 &&
    ((TRANSLIT[text.charCodeAt(end)]! & 1) !== 0 || WESTERN_TRANSLIT[text.charCodeAt(end)] === 1)
  )
    end++;
  const length = end - at;
  return length >= 3 && length <= 5 && RUN_CLOSERS.has(text[end] ?? '，') && !startsNotName(text, at)
    ? end
    : -1;
}
/** End of two to five transliteration characters at `at` right before a title, or -1. */
function westernSurnameEnd(text: string, at: number): number {
  let end = at;
  while (end - at < 6 && WESTERN_TRANSLIT[text.charCodeAt(end)] === 1) end++;
  const length = end - at;
  return length >= 2 &&
    length <= 5 &&
    WESTERN_TITLES.some((t) => text.startsWith(t, end)) &&
    !startsNotName(text, at)
    ? end
    : -1;
}
/** Kinship words after a child's name: a surname alone before them is not a name ("平安妈妈"). */
const KIN_TITLES = new Set(['妈妈', '爸爸', '家长']);
/**
 * Start of a Uyghur, Tibetan or Mongolian name standing alone before a title ("——努尔古丽医生"), or -1:
 * whole name elements from a non-Han character up to the title.
 */
function minorityStartBefore(text: string, titleAt: number): number {
  for (let start = titleAt - 2; start >= Math.max(0, titleAt - 8); start--) {
    if (hanAt(text, start - 1)) continue;
    let end = start;
    for (let parts = 0; parts < 3 && end < titleAt; parts++) {
      const part = MINORITY_INDEX.longestAt(text, end);
      if (part === undefined) break;
      end += part.length;
    }
    if (end === titleAt) return start;
  }
  return -1;
}
/** Start of a name that ends right before a title at `titleAt`, or -1; `alone`: a surname alone may be it. */
/** Words before a title whose last character is a surname too ("检查医生", "处方医师", "值班护士"). */
const WORDS_BEFORE_TITLE = new Set([
  '检查',
  '复查',
  '处方',
  '主管',
  '分管',
  '经管',
  '值班',
  '当班',
  '夜班',
  '接班',
  '交班',
  '开方',
  '审方',
  '谈话',
  '会诊',
  // "筛查医生", "调查医生": 查 ends the word before it, it is not the surname 查.
  '筛查',
  '调查',
  '排查',
  '普查',
  '巡查',
  '核查',
  // "照顾奶奶", "回顾": 顾 ends the verb before it.
  '照顾',
  '回顾',
  '兼顾',
  '看顾',
  // "病房护士", "产房护士": 房 ends the place before the title, it is not the surname 房.
  '病房',
  '产房',
  '药房',
  '库房',
]);

/** Compound surnames that are everyday words too (东方医院, 百里挑一, 西门口, 第五天). */
const WORD_COMPOUND_SURNAMES: ReadonlySet<string> = new Set([
  '东方',
  '百里',
  '西门',
  '南宫',
  '第五',
  '单于',
  '司空',
  '太史',
]);
/** Professional titles after which a labelled field may name its person by an ambiguous surname alone. */
const LABEL_VALUE_TITLES = ['医生', '医师', '大夫', '护士', '药师', '主任', '老师'];
/** What may open a title ("副主任医师", "代主任"): never the last character of the name before it. */
const TITLE_PREFIXES = new Set('副正总代');
function nameStartBefore(text: string, titleAt: number, alone = true): number {
  if (ROLE_BEFORE_TITLE.has(text.slice(titleAt - 2, titleAt))) return -1;
  // "鲁某老先生": 老 opens the longer title (老先生, 老太太); read from there, 老 is no given character (round 40).
  if (text[titleAt - 1] === '老' && startsTitle(text, titleAt - 1)) return -1;
  const minority = minorityStartBefore(text, titleAt);
  if (minority >= 0) return minority;
  for (const length of [4, 3, 2]) {
    const start = titleAt - length;
    if (start < 0) continue;
    const surname = surnameLengthAt(text, start, length === 3);
    if (surname === 0 || surname >= length || length - surname > 2) continue;
    // "周四阮主任有号": a weekday says when the clinician, named by a surname alone, sees patients (round 50).
    if (length === 3 && isWeekday(text.slice(start, start + 2)) && surnameLengthAt(text, start + 2) === 1)
      continue;
    const before = text[start - 1];
    // "今晨欧阳某某主任医师查房": a time word opens the clause as well.
    if (
      isHan(before) &&
      !LEFT_BOUNDARY.has(before!) &&
      !(TIME_LAST[text.charCodeAt(start - 1)] === 1 && TIME_WORDS.some((w) => text.endsWith(w, start))) &&
      // "汇报濮阳某医生": a nurse reporting to, or calling, the clinician named (round 39).
      !REPORTING_VERBS.some((w) => text.endsWith(w, start)) &&
      // "挂某某某医生号": registering to see the clinician named (round 51).
      !(
        before === '挂' &&
        length - surname === 2 &&
        CLINICIAN_TITLE_AT.test(text.slice(titleAt, titleAt + 2))
      ) &&
      // "今日随某某某主任医师查房", "随欧阳某主任": a ward round taken with the clinician named (round 53).
      !(before === '随' && CLINICIAN_TITLE_AT.test(text.slice(titleAt, titleAt + 2)))
    )
      continue;
    // "谢谢陶主任": thanks, not a surname 谢.
    let ok =
      !startsNotName(text, start) && !text.startsWith('谢谢', start - 1) && !text.startsWith('谢谢', start);
    // After punctuation or a line start ("参加人员：纪承泽主任、"), an unambiguous surname may take two rarer
    // given characters; inside running text, or a single one, they must be common ones.
    // "心内科欧阳若岚医师": a compound surname (not one that is also a word) and two given characters fill
    // the whole run from a department's or verb's last character to the title, rarer ones too.
    // "：鲁某老先生，91岁": so may a single rarer one before a personal title (先生, 女士, 老先生…) opening the
    // clause (round 40).
    const clear =
      ((length - surname === 2 ||
        surname === 2 ||
        PERSONAL_TITLE_INDEX.longestAt(text, titleAt) !== undefined) &&
        !isHan(before) &&
        !ambiguousSurnameAt(text, start)) ||
      (surname === 2 && length === 4 && !WORD_COMPOUND_SURNAMES.has(text.slice(start, start + 2))) ||
      // "尊敬的某某某女士": a letter's or message's salutation names the person addressed (round 41).
      (text.endsWith('尊敬的', start) &&
        length - surname === 2 &&
        PERSONAL_TITLE_INDEX.longestAt(text, titleAt) !== undefined &&
        !ambiguousSurnameAt(text, start));
    // A compound surname's name may end in 和 or 之 before the title ("欧阳立和主任医师").
    // "】钱有余先生：": so may 有 open an older given name (有福, 有才, 有余) before a personal title (round 44).
    for (let i = start + surname; ok && i < titleAt; i++)
      ok =
        (givenAt(text, i) && (clear ? !TITLE_PREFIXES.has(text[i]!) : commonGivenAt(text, i))) ||
        (clear && surname === 2 && i === titleAt - 1 && (text[i] === '和' || text[i] === '之')) ||
        (clear &&
          surname === 1 &&
          length === 3 &&
          i === start + 1 &&
          text[i] === '有' &&
          givenAt(text, i + 1) &&
          PERSONAL_TITLE_INDEX.longestAt(text, titleAt) !== undefined);
    if (ok) return start;
  }
  if (!alone) return -1;
  // A compound surname alone before a title ("诸葛主任", "长孙老师") before its last character alone.
  const compound = titleAt - 2;
  if (compound >= 0 && surnameLengthAt(text, compound) === 2) return compound;
  const single = titleAt - 1;
  if (
    single >= 0 &&
    surnameLengthAt(text, single) === 1 &&
    !startsNotName(text, single) &&
    // "谢谢护士", "感谢护士", "多谢医生": thanks, not the surname 谢.
    !(text[single] === '谢' && '谢感多致'.includes(text[single - 1] ?? '')) &&
    // "今晨6时许家属发现", "8点许": 许 after a clock time is "about", not the surname (round 38).
    !(text[single] === '许' && '时点分'.includes(text[single - 1] ?? '')) &&
    // "检查医生", "处方医师", "值班医生": the character ends a word with the one before it.
    !WORDS_BEFORE_TITLE.has(text.slice(single - 1, titleAt))
  )
    return single;
  // "开方医生：伏医生": an ambiguous surname alone before a title, as a labelled field's whole value; so too
  // after a clinician introducing herself or a patient asking for one ("我是滑医生", "问问贝医生").
  if (
    single >= 1 &&
    (text[single - 1] === '：' ||
      text[single - 1] === ':' ||
      // "接收人｜毋护士", "术者蔚主任": after a bar opening the cell, or a word naming a person's role
      // (never a conjunction: "患者和医生").
      text[single - 1] === '｜' ||
      (personLabelEndingAt(text, single) && !'和同跟与及'.includes(text[single]!)) ||
      text.endsWith('我是', single) ||
      text.endsWith('问问', single) ||
      // "到卫生院找刀医生换药": a patient told to see the clinician named (round 39).
      text[single - 1] === '找' ||
      // "主刀是伏主任", "把伏主任的门诊时间发我": the clinician said to be, or handed over as, the one named (round 53);
      // never a conjunction after 是 ("是和医生商量的").
      ((text[single - 1] === '是' || text[single - 1] === '把') && !'和同跟与及'.includes(text[single]!)) ||
      REPORTING_VERBS.some((w) => text.endsWith(w, single))) &&
    surnameLengthAt(text, single, true) === 1 &&
    LABEL_VALUE_TITLES.some((t) => text.startsWith(t, titleAt))
  )
    return single;
  // "茹医生：请按时服药": an ambiguous surname alone before a clinician's title, as a chat's or consultation's
  // speaker opening its line (round 43).
  if (
    single >= 0 &&
    (single === 0 || text[single - 1] === '\n') &&
    surnameLengthAt(text, single, true) === 1 &&
    !'有但从都和后相通能却别空'.includes(text[single]!) &&
    // "班主任：": a school's class teacher, a word of its own.
    !text.startsWith('班主任', single) &&
    LABEL_VALUE_TITLES.some(
      (t) =>
        text.startsWith(t, titleAt) &&
        (text[titleAt + t.length] === '：' || text[titleAt + t.length] === ':'),
    )
  )
    return single;
  // "贝女士您好": an ambiguous surname alone before 女士, 先生 or 小姐, at the start of a clause.
  if (
    single >= 0 &&
    surnameLengthAt(text, single, true) === 1 &&
    PERSONAL_TITLES.some((t) => text.startsWith(t, titleAt)) &&
    (single === 0 || !hanAt(text, single - 1))
  )
    return single;
  return -1;
}

export const chinesePersonRecognizer = new ChinesePersonRecognizer();
