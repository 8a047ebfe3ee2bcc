import { firstCharLookahead } from './first-chars.ts';
import { PatternRecognizer } from './pattern-recognizer.ts';

/**
 * Record numbers: medical record, admission, outpatient, emergency, registration, specimen and bed
 * numbers. Only labelled values count — a bare number is not an MRN — so the label is part of the
 * pattern and the finding is the `value` group.
 */
/** What a record number is of (住院, 门诊, 病理…) and what it is called (号, 编号, ID…): every pairing. */
const ZH_HEADS =
  '住院|门诊|急诊|病案|病历|就诊|诊疗|登记|检验|化验|标本|样本|影像|检查|放射|超声|心电图|内镜|病理|会诊|档案|健康档案|随访|体检|透析|患者|病人|入院|挂号|采样|报告|申请|住院登记|门诊登记|就诊卡|诊疗卡|处方|手术|输血|配血|产检|建档|预约|治疗|麻醉|ID';
const ZH_TAILS = '流水号|登记号|号码|编号|卡号|单号|ID|号';
const ZH_LABELS = `(?:${ZH_HEADS})(?:${ZH_TAILS})|检验条码|标本条码|样本条码|条码号|条形码|条码|切片号|冰冻号|床号|床位号`;
/** English labels that name a record number on their own, and those that need "No."/"Number"/"ID" after them. */
const EN_BARE = 'MRN|URN|MR#|Accession|Specimen|Sample|Bed|Encounter|Requisition|FIN|CSN';
const EN_HEADS =
  'UR|Unit Record|Unit|Hosp|Hospital|Chart|Lab|Pathology|Medical Record|Med(?:ical)? Rec|Admission|Patient|Record|Case|Encounter|Visit|Episode|Inpatient|Outpatient|Registration|Reg\\.?|Client|Requisition|Study|Rx|Prescription|Order|Referral|Exam|Imaging|Radiology|IP|OP|MR|CR';
const EN_SUFFIX = '(?:No\\.?|Number|Num\\.?|ID|#)';
const EN_LABELS = `(?:${EN_BARE})(?: ${EN_SUFFIX})?|(?:${EN_HEADS}) ${EN_SUFFIX}`;

export const mrnRecognizer = new PatternRecognizer({
  name: 'pii.mrn',
  type: 'MRN',
  patterns: [
    {
      name: 'zh-labelled',
      regex: new RegExp(
        `${firstCharLookahead([...ZH_HEADS.split('|'), '条', '切', '冰', '床'])}(?:${ZH_LABELS})(?:码)?[ \\t]{0,3}(?:[:：#]|为|是)?[ \\t]{0,3}(?<value>\\d{3,4}(?: \\d{3,4}){1,4}(?: \\d{1,2})?(?![0-9A-Za-z])|[A-Za-z]{1,4}\\d{0,3}(?: \\d{3,4}){2,4}(?![0-9A-Za-z])|[A-Za-z]{0,4}-?\\d[0-9A-Za-z/-]{0,19}[0-9A-Za-z]|\\d)(?![0-9A-Za-z])`,
        'gd',
      ),
      score: 0.9,
      prefilter: /号|ID|床|卡|码/,
    },
    {
      name: 'en-labelled',
      regex: new RegExp(
        `\\b(?:${EN_LABELS})[ \\t]{0,3}(?:#[ \\t]{0,2})?(?:[:#]|is)?[ \\t]{0,3}(?<value>\\d{3,4}(?: \\d{3,4}){1,4}(?: \\d{1,2})?(?![0-9A-Za-z])|[A-Za-z]{1,4}\\d{0,3}(?: \\d{3,4}){2,4}(?![0-9A-Za-z])|[A-Za-z]{0,4}-?\\d[0-9A-Za-z/-]{0,19}[0-9A-Za-z]|\\d)(?![0-9A-Za-z])`,
        'gdi',
      ),
      score: 0.9,
      prefilter:
        /mrn|urn|ur |unit|chart|lab|pathology|rec|hosp|admission|patient|accession|requisition|specimen|sample|case|encounter|visit|episode|bed|ip |op |mr|cr |inpatient|outpatient|registration|reg|client|(?:study|rx|prescription|order|referral|exam|imaging|radiology) ?(?:no|number|num|id|#)|\bfin\b|csn/i,
    },
    {
      name: 'zh-bed',
      regex: /(?<![0-9A-Za-z-])(?<value>\d{1,3}(?:-\d{1,2})?[A-Za-z]?)(?:床|号床)(?!位|旁|边|头|尾|上|下)/dg,
      score: 0.85,
      prefilter: /床/,
    },
  ],
});
