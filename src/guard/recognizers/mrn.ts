import { firstCharLookahead } from './first-chars.ts';
import { PatternRecognizer } from './pattern-recognizer.ts';

/**
 * Record numbers: medical record, admission, outpatient, emergency, registration, specimen and bed
 * numbers. Only labelled values count — a bare number is not an MRN — so the label is part of the
 * pattern and the finding is the `value` group.
 */
const ZH_LABELS =
  '病历号|病案号|住院号|住院编号|病案编号|病历编号|门诊编号|门诊号|急诊号|登记号|就诊号|就诊卡号|诊疗卡号|病人ID|患者ID|就诊ID|患者编号|病人编号|住院流水号|门诊流水号|急诊流水号|流水号|检验号|标本号|样本号|条码号|条形码|影像号|检查号|放射号|超声号|心电图号|内镜号|病理号|切片号|冰冻号|会诊号|申请单号|报告单号|档案号|健康档案号|随访号|床号|床位号';
const EN_LABELS =
  'MRN|URN|Hosp(?:ital)? (?:No\\.?|Number|ID|#)|UR No\\.?|Unit (?:No\\.?|Number)|Chart (?:No\\.?|Number|#)|Lab (?:No\\.?|Number|ID)|Pathology (?:No\\.?|Number)|Medical Record (?:No\\.?|Number|#)|Hospital (?:No\\.?|Number)|Admission (?:No\\.?|Number)|Patient (?:ID|No\\.?|Number)|Record (?:No\\.?|Number)|Accession (?:No\\.?|Number)|(?:Specimen|Sample)(?: (?:ID|No\\.?|Number))?|Case (?:No\\.?|Number)|Encounter (?:ID|No\\.?)|Visit (?:ID|No\\.?)|Bed(?: No\\.?)?';

export const mrnRecognizer = new PatternRecognizer({
  name: 'pii.mrn',
  type: 'MRN',
  patterns: [
    {
      name: 'zh-labelled',
      regex: new RegExp(
        `${firstCharLookahead(ZH_LABELS.split('|'))}(?:${ZH_LABELS})(?:码)?[ \\t]{0,3}(?:[:：#]|为|是)?[ \\t]{0,3}(?<value>\\d{3,4}(?: \\d{3,4}){1,4}(?![0-9A-Za-z])|[A-Za-z]{0,4}-?\\d[0-9A-Za-z/-]{0,19}[0-9A-Za-z]|\\d)(?![0-9A-Za-z])`,
        'gd',
      ),
      score: 0.9,
      prefilter: /号|ID|床|卡|码/,
    },
    {
      name: 'en-labelled',
      regex: new RegExp(
        `\\b(?:${EN_LABELS})[ \\t]{0,3}[:#]?[ \\t]{0,3}(?<value>\\d{3,4}(?: \\d{3,4}){1,4}(?![0-9A-Za-z])|[A-Za-z]{0,4}-?\\d[0-9A-Za-z/-]{0,19}[0-9A-Za-z]|\\d)(?![0-9A-Za-z])`,
        'gdi',
      ),
      score: 0.9,
      prefilter:
        /mrn|urn|ur no|unit|chart|lab|pathology|record|hosp|admission|patient|accession|specimen|sample|case|encounter|visit|bed/i,
    },
    {
      name: 'zh-bed',
      regex: /(?<![0-9A-Za-z-])(?<value>\d{1,3}(?:-\d{1,2})?[A-Za-z]?)(?:床|号床)(?!位|旁|边|头|尾|上|下)/dg,
      score: 0.85,
      prefilter: /床/,
    },
  ],
});
