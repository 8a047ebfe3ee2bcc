import { PatternRecognizer } from './pattern-recognizer.ts';

/**
 * Record numbers: medical record, admission, outpatient, emergency, registration, specimen and bed
 * numbers. Only labelled values count — a bare number is not an MRN — so the label is part of the
 * pattern and the finding is the `value` group.
 */
/** What a record number is of (住院, 门诊, 病理…) and what it is called (号, 编号, ID…): every pairing. */
const ZH_HEADS =
  '程控|ERCP|住院|门诊|急诊|病案|病历|病例|就诊|诊疗|登记|检验|化验|标本|样本|影像|检查|放射|超声|心电图|内镜|病理|会诊|档案|健康档案|随访|体检|透析|患者|病人|入院|挂号|采样|报告|申请|住院登记|门诊登记|就诊卡|诊疗卡|处方|手术|输血|配血|产检|产前诊断|遗传咨询|遗传|基因检测|建档|预约|治疗|麻醉|问诊|复诊|转诊|转运|筛查|手册|受试者|研究对象|ID|献血|献血证|捐献|供者|供精者|腹透|康复|鉴定|尸检|咨询|随机|周期|监测|接种证|全景片|图像|(?<!芯)片|胶片|留观|腕带|手环|参赛|会员|证明书|血袋|放疗|日间|脑电图|肌电图|肺功能|骨密度|骨髓库|资料库|库|光疗|ICU|CCU|移植|阴道镜|皮肤镜图|皮肤镜|病歷|門診|住院|處方|病案|DSA|调剂|配药|发药|测压|取药|显像|客户|MR|筛选|会话|CT|EMG|核医学|儿保|电测听|测听|造影|视野|骨髓|活检';
// A case number written 病例 for 病历 ("病例编号是KPT-…"; generalisation-52), as the record's number is.
// An ERCP's own number (ERCP号; round 52), as an endoscopy's (内镜号) is.
// A gastroscopy's and a colonoscopy's own numbers ("胃镜号WJ-…"; round 60), as an endoscopy's (内镜号) is; with 号
// only, as 胃镜编号 may name the scope's model ("胃镜编号：GIF-Q260").
// A bone-marrow aspirate's and a biopsy's own numbers (骨髓号, 活检号; round 51), as a specimen's number is.
// A contrast study's and a visual field test's own numbers (造影号, 视野号; round 50), as 检查号 numbers a study.
// A child-health clinic's card number for the child (儿保卡号) and an audiometry unit's own number (电测听号; round 49).
// A CT scan's, an electromyogram's and a nuclear-medicine unit's own numbers ("CT号 CT…", "EMG号 E…", "核医学号 NM-…";
// round 48), as MR号 and 肌电图号 are.
// A digital-subtraction angiography's own number ("DSA号DSA…") and Taiwan's 號碼 ("病歷號碼："; round 38).
// A pharmacy's dispensing number (调剂号, 配药号, 发药号) and an oesophageal manometry study's (测压号; round 42).
// A pharmacy's collection number (取药号) and a nuclear-medicine scan's (显像号; round 43).
// A home-care or home-nutrition service's customer number for the patient ("配送客户号：PN-…"; round 45).
// A magnetic-resonance unit's own number for the patient ("MR号：MR…"; round 46).
// A trial subject's screening number ("筛选号：S-…") and a video visit's session number ("会话号：VC…"; round 47).
const ZH_TAILS = '流水号|登记号|号码|编号|卡号|单号|ID|号|號|編號|號碼|码';
const ZH_LABELS = `(?:${ZH_HEADS})(?:${ZH_TAILS})|胃镜号|肠镜号|伤票|检验条码|标本条码|样本条码|条码号|条形码|条码|切片号|冰冻号|床号|床位号`;
/** Heads of numbers that are not a patient's (versions, orders, staff, products), before 编号/单号/ID. */
const ZH_NOT_PERSONAL =
  '方案|试验|理赔|结算|停车证|退费|缴费|押金|收据|版本|批准|订单|快递|物流|发票|合同|设备|产品|注册|许可|证书|营业|员工|职工|工作|型|批|序列|文件|项目(?<!援助项目|赠药项目)|招标|事件|事故|投诉|工单|会议|课程|培训|险|交易|支付|退款|付款';
/** English labels that name a record number on their own, and those that need "No."/"Number"/"ID" after them. */
// The look-behinds stand after the words they guard ("Barcode(?<!…)", "ID(?<=…)"), not before: a
// look-behind opening an alternative makes the scan try it at every position, several times slower.
// An e-visit or a visit is named bare before a code with a letter prefix ("e-Visit EV-0093318").
// "Hosp" alone names a hospital number only before a letter-prefixed code ("Hosp K0012345"), and so do
// "Chart" and a radiology system's "RXR" ("Chart W4410027", "RXR RXR5510027"), and an imaging system's
// "RIS" or "PACS" ("RIS CT2611-0417"); "ACCN" is a lab's accession, as "Accession" is.
// An e-consult's own code ("e-consult EC-2611-0441"), like an e-visit's. A pharmacy's text names its
// prescription number in brackets by "Rx" alone ("your refill of X (Rx 7730514) is ready"; round 37); a bare
// "Rx 5520981" opening a label's line is left alone, as rounds 20–27 leave prescription numbers unmarked; one
// after the reader's name and a comma is the text's ("Elm Pharmacy: DORIAN, Rx 4081733 (…)"; round 38). A
// Malaysian hospital's registration number "RN:" and an imaging system's number after "RIS:" are all digits
// ("RN: 5517204", "RIS: 33820417"; round 38), or carry the system's letters ("RIS: RIS33820417"; round 39). A
// chart number of digits alone is read as a field ("Chart: 4410027") or after a header's comma ("…, chart
// 4410027"; round 39), not "fluid chart 1500". A Hong Kong hospital's number is "HN" before its own letters
// repeated and six or more digits, or after a colon ("HN HN26004417", "HN: 26004417"; round 46).
// A Thai hospital's HN may carry its site letters, the year and a serial, hyphened ("HN CM-25-0041772"; round 59).
// An ICU's "bed space" is its bed ("bed space 7"), and a home-health agency's ID field numbers the patient with
// that agency ("Agency ID: HH-0041177"; round 52).
// An Australian hospital's record number is also "HRN" as it is "UR" or "URN" ("HRN D4401872"; round 57).
// A tele-consult's ID and a booking's confirmation may be coded in letter groups and a serial without "No" ("Consult ID
// VC-KL-40917", "Appointment confirmation BK-ORT-2210"; round 56).
const EN_BARE =
  'e-?[Cc]onsult(?=[ \\t]{1,3}[A-Z]{1,4}-\\d{2,6}(?:-\\d{2,6}){0,2}(?![0-9A-Za-z]))|Consult ID(?=[ \\t]{0,2}:?[ \\t]{0,3}[A-Z]{1,4}(?:-[A-Z]{1,4}){0,2}-\\d{3,8}(?![0-9A-Za-z]))|Confirmation(?=[ \\t]{1,3}[A-Z]{1,4}(?:-[A-Z]{1,4}){1,2}-\\d{3,8}(?![0-9A-Za-z]))|(?:e-?)?Visit(?=[ \\t]{1,3}[A-Z]{1,4}-?\\d{5,12}(?![0-9A-Za-z]))|MRN|URN|UR(?![a-z])|HRN|UBRN|MR#|Rx#|Rx(?<=\\(Rx)(?=[ \\t]{1,2}\\d{6,12}\\))|Rx(?<=, Rx)(?=[ \\t]{1,2}\\d{6,12}(?![0-9A-Za-z]))|Rx(?<=\\b[Pp]rescription Rx)(?=[ \\t]{1,2}\\d{6,12}(?![0-9A-Za-z]))|RN(?=[ \\t]{0,2}:[ \\t]{0,3}\\d{6,10}(?![0-9A-Za-z]))|RT#|Acc\\b(?:\\.(?=[ \\t]{1,2}(?:[A-Z]{1,4}-?\\d{2}|No\\b)))?|Acct|Accession|ACCN|(?:RIS|PACS)(?=[ \\t]{1,3}[A-Z]{1,4}-?\\d{4,12}(?:-\\d{2,8})?(?![0-9A-Za-z])|[ \\t]{0,2}:[ \\t]{0,3}(?:[A-Z]{1,4}-?)?\\d{6,12}(?![0-9A-Za-z]))|Wristband|Bib|Barcode(?<!\\bkit Barcode)|Specimen|Sample|(?:Hosp|Chart|RXR)(?=[ \\t]{1,3}[A-Z]{1,3}\\d{5,12}(?![0-9A-Za-z]))|Chart(?=[ \\t]{0,2}:[ \\t]{0,3}\\d{6,10}(?![0-9A-Za-z]))|Chart(?<=, Chart)(?=[ \\t]\\d{6,10}(?![0-9A-Za-z]))|HN(?=[ \\t]{1,3}HN\\d{6,14}(?![0-9A-Za-z])|[ \\t]{1,3}[A-Z]{1,3}-\\d{2}-\\d{5,10}(?![0-9A-Za-z-])|[ \\t]{0,2}:[ \\t]{0,3}(?:HN)?\\d{6,14}(?![0-9A-Za-z]))|Bed[ \\t-]?space|Bed|Cot|Agency ID(?=[ \\t]{0,2}:)|Session(?=[ \\t]{1,3}[A-Z]{1,4}-\\d{2,6}(?:-\\d{2,6}){0,3}(?![0-9A-Za-z]))|Order(?=[ \\t]{0,2}#[ \\t]{0,2}[A-Z]{1,4}-\\d{2,10}(?:-\\d{2,6}){0,3}(?![0-9A-Za-z]))|Encounter|Episode|Requisition|FIN|CSN|UHID|Exam(?=[ \\t]{1,3}[A-Z]{2,5}\\d{6,16}(?![0-9A-Za-z]))|Patient Account|Hospital Account|Account(?=[ \\t]\\d{6,12}(?![0-9A-Za-z]))|ID(?=:)(?<=\\b(?:DOB|D\\.O\\.B\\.?|Date of birth)\\b[^\\n]{1,30}?[ \\t]{2}ID)';
// UK radiology systems number a patient's imaging as "RXR no"; renal units keep their own number ("renal no.").
// Prisons number their inmates as hospitals do ("Inmate #", "prison no."); "PR no" is a pulmonary
// rehabilitation programme's number. All need No./#/ID after them. A CAR-T or cell therapy unit numbers
// its patients ("cell therapy ID CT-0417-B"). South African hospitals file a patient's record by folder
// number ("Folder no: KH-0093318"; round 43).
// A blood bank's wristband ID ("Band ID: BB-…") and a homecare service's patient ID ("Homecare ID: HC-…"; round 44).
// An appointment's number ("Appt # A-440917") and a drug maker's copay or patient assistance programme ID, as
// drug-aid programme numbers are (round 46). A maternity or antenatal record's number ("maternity no. MW-…"), and a
// booking's confirmation number ("Confirmation # QX4410"), as the cards mark them (round 47); an "Acc." with its
// full stop names an accession before "No" as before a code ("Acc. no: RD2611…").
// A treatment unit's own number for its patient's course ("Phototherapy no. PT-5183", "Dialysis no: DU-0417",
// "Infusion #"; round 57), as a radiotherapy number is.
// A spinal or limb brace's own number for the patient who wears it ("Brace no. BR-26-0417"; round 58), as the cards mark it.
// An Australian aged-care client's ID ("her My Aged Care ID is AC61047582"; round 51), as the card marks it.
const EN_HEADS =
  'My Aged Care|Aged Care|NICU|SCBU|NNU|PICU|Urodynamics?|UDS|Audiology|Audiometry|Audiogram|Sleep Study|(?:Lab |Pathology )?Request|Maternity|Antenatal|Confirmation|Conf\\.?|Appt|Appointment|(?:Copay|Co-pay|Patient) Assistance(?: Program(?:me)?)?|Homecare|Home Care|Band(?= ID)|Folder|Cell(?:ular)? Therapy|CAR-?T|SSNAP|RIS|PACS|RXR|Renal|RT|Radiotherapy|Phototherapy|Dialysis|Infusion|Treatment Sheet|Brace|Orthosis|Registry|Donor Registry|Job|Local|Unit Record|Donor|Donation|Clinic|Student Health|Pt|Autopsy|PM|Post-?mortem|MLC|Nikshay|RiO|Participant|Subject|Screening|Newborn Screening|Transfer|Retrieval|Booking|Consultation|Telehealth|Patient Account|Billing Account|Hospital Account|Account|Unit|Hosp\\.?|Hospital|Chart|Lab|Pathology|Medical Record|Med(?:ical)? Rec|Admission|Patient|Record|Case|Encounter|Visit|Episode|Inpatient|Outpatient|Registration|Reg\\.?|Client|Requisition|Req\\.?|Study|Rx|Prescription|(?:e-?Rx )?Script|Lab Order|Test Order|Imaging Order|Radiology Order|Path|Referral|Exam|Imaging|Radiology|Endo(?:scopy)?|OGD|EGD|Colonoscopy|Bronchoscopy|IP|OP|MR|CR|Inmate|Prisoner|Prison|Detainee|Offender|PR';
const EN_SUFFIX = '(?:No\\.?(?![a-z])|Number|Num\\.?|ID|#)';
const EN_LABELS = `(?:${EN_BARE})(?: ${EN_SUFFIX})?|(?:${EN_HEADS}) ${EN_SUFFIX}`;

/** Whether any English record label is in the text (one test shared by the English patterns). */
const EN_WORDS =
  /mrn|hrn|ficha|hospice|brace|orthosis|dialysis|infusion|treatment sheet|aged care|nicu|scbu|\bnnu\b|urodynamic|\buds\b|audiolog|audiometr|audiogram|sleep study|request|maternity|antenatal|confirmation|\bappt\b|appointment|assistance|\bhn\b|folder|homecare|home care|\bband\b|ssnap|rxr|renal|histo|biops|\bfile\b|cytology|consult|photo|ubrn|\bjob\b|\blocal\b|\bacc\b|accn|\brx\b|acct|wristband|\bbib\b|barcode|\btag\b|\bris\b|pacs|rx#|urn|ur |unit|chart|lab|pathology|rec|hosp|admission|patient|accession|requisition|specimen|sample|case|encounter|visit|episode|bed|session|therapy|car-?t|ip |op |mr|cr |inpatient|outpatient|registration|reg|client|participant|subject|screening|transfer|retrieval|booking|consultation|telehealth|account|\bstudy\b|\bdob\b|(?:study|rx|prescription|order|referral|exam|imaging|radiology) ?(?:no|number|num|id|#)|exam[ \t]{1,3}[a-z]{2,5}\d|\bendo|\begd\b|\bogd\b|scopy ?(?:no|number|#)|\bfin\b|csn|ref|card|scopy im|\brn\b|donor|donation|clinic|student|agency id|\bpt\b|\bpath\b|autopsy|\bpm\b|mortem|mlc|nikshay|uhid|rio|cot|inmate|prison|detainee|offender|\bpr\b|\breq\b|\bconf\b|script|order/i;

/**
 * The shapes of a labelled record number: digit groups ("0031 8856"); a letter prefix and digit groups
 * ("CH 2261 407", "W0369 26 118204"); or one token whose letter prefix may itself have parts joined by
 * "-", "." or "/" ("DR-SZ-26-04417", "MAA.0004417392", "LGH/NB/26/3307"); or a lone bed digit.
 */
const VALUE =
  '\\d{3,4}(?: \\d{3,4}){1,4}(?: \\d{1,2})?(?![0-9A-Za-z])|[A-Za-z]{1,4}\\d{0,4}(?: \\d{2,6}){1,4}(?![0-9A-Za-z])|[A-Za-z]{0,5}(?:[-./][A-Za-z]{1,5}){0,2}[-./]?\\d[0-9A-Za-z/.-]{0,19}[0-9A-Za-z](?:\\([0-9A-Z]\\))?|\\d';

/**
 * After a bed or room number, words that show it names no patient: an empty bed, or a count of nights
 * on a bill ("bed 9 empty", "Pod 5 is empty", "Bed 3 nights"); before it, a relative named only by kinship moved to or
 * lying in it, as family chats write it ("Nan's been moved to bed 9", "Grandpa is in room 214", "Gran
 * moved to room 30"), or speaking of it as a chat's speaker ("Dad: bed 14 ward 6").
 */
// The same line may describe the place first ("Rm 6 — side room, empty"), say the bed is empty later
// ("Bed 12: her husband was here last week — bed empty") or that the patient has no name yet. A room
// said to be discharged right after its number ("Rm 602  discharged today") holds no patient any more; a form's
// next field after a column gap ("MRN: 4410273   Discharged: 3 May") says nothing of the number (round 47).
const NOT_A_PATIENT =
  "(?![^\\n]{0,80}\\b(?:(?:bed|room)(?: is| now)? (?:empty|vacant)|name not (?:yet )?(?:confirmed|known))\\b)(?![ \\t]{0,2}[:：—–-]?[ \\t]{0,2}(?:is (?:now )?|now )?(?:(?:side|single|isolation) room,? )?\\(?(?:empty|vacant|unoccupied|declined|closed|unknown|unnamed|unidentified|discharged|nights?|days?)\\b(?![ \\t]{0,2}:))(?<!\\b(?:[Nn]an|[Nn]ana|[Nn]anna|[Nn]onna|[Nn]onno|[Gg]ran|[Gg]ranny|[Gg]randma|[Gg]randpa|[Gg]randad|[Gg]randdad|[Mm]um|[Mm]om|[Dd]ad|[Pp]apa|[Aa]unty|[Aa]untie|[Uu]ncle|[Aa]buela|[Aa]buelo|[Zz]ia|[Zz]io)(?:(?:['’]s| is| has)(?: been| now)? (?:moved|transferred|taken|in|on)\\b| (?:moved|was moved|got moved)\\b|(?<=(?:^|\\n)[A-Za-z]{2,8}):)[^.\\n]{0,30})";

/**
 * A bed written after its unit's code ("bed 4W-17") is read by en-bed-unit-code as the number only, so
 * the bed label does not take the whole code.
 */
// A critical-care unit's bed label is the whole label, as the cards mark it ("Bed ICU-7"; round 45).
// A bed after its unit's name and a blank ("Bed: SAU 12") is read by en-bed-unit-name as the number only (round 49).
/** Units whose code a bed is written after with a blank ("Bed HDU 4", "Bed: AFU 4"): en-bed-unit-name reads the number. */
const NAMED_BED_UNITS =
  '[A-Z]{0,2}ICU|CCU|HDU|ITU|SCBU|CDU|AMU|MAU|SAU|EAU|AFU|ASU|HASU|AAU|ACU|AMAU|CAU|SSU';
const NOT_BED_UNIT_CODE = `(?!(?<=\\bbed[ \\t:#]{1,4})(?:\\d{0,2}(?!(?:[A-Z]{0,2}ICU|CCU|HDU|ITU)-)[A-Z]{1,3}-\\d{1,3}[A-Z]?(?![0-9A-Z-])|(?:${NAMED_BED_UNITS})[ \\t]{1,2}\\d{1,2}[A-Z]?(?![0-9A-Z-])))`;

/** A date after a record label ("Sample 20/11/2026") is the sample's date, not its number. */
// A day or a month is no more than 31: "MRN: 41-88-2093" is a number in digit groups, not a date (round 50).
const DATE_SHAPE = '(?:[0-2]?\\d|3[01])[/.-](?:[0-2]?\\d|3[01])[/.-](?:19|20)?\\d{2}(?![0-9A-Za-z])';

/**
 * A trust's letters, a blank and a serial of seven or eight digits ("Hospital No: RTG 3308112", "hospital number RWJ
 * 0443819"; round 51), which VALUE's letter-and-digit-groups shape (groups of up to six) does not take.
 */
const EN_LETTERS_SPACED_SERIAL = '[A-Z]{2,4} \\d{7,8}(?![0-9A-Za-z]| \\d)';

/** A record number said in words in a dictation ("medical record number four four one nine …"). */
const SPOKEN_DIGIT = '(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)';

export const mrnRecognizer = new PatternRecognizer({
  name: 'pii.mrn',
  type: 'MRN',
  patterns: [
    {
      name: 'zh-labelled',
      // The scan stops only at the last character of a label (号, 码, the D of ID) and looks back for the
      // rest: those three characters are far rarer in Chinese text than the first characters of the
      // labels (住, 门, 病, 患…), at which a forward scan had to try every label. Cantonese says 系 for 是
      // ("住院号系5084…"; round 42), right before the number.
      // A mother's or baby's number is told apart by a bracketed 母, 父, 婴 or 儿 after the label ("住院号（母）：…";
      // round 46).
      regex: new RegExp(
        `[号號码碼D票](?<=(?:${ZH_LABELS}))(?:码)?(?:[（(][母父婴儿][）)])?[ \\t]{0,3}(?:[:：#｜】]|分别[为是]|为|[系係](?=[A-Za-z]{0,4}\\d)|(?:好像|应该|大概|可能)?是)?[ \\t]{0,3}(?<value>${VALUE})(?![0-9A-Za-z])`,
        'gd',
      ),
      score: 0.9,
    },
    {
      // More numbers of the same label listed after the first with 、 or 和 ("标本号BC26-0417、BC26-0418", "血培养
      // 标本号：2611-03、2611-04和2611-05"; round 45): each is a record number as the first is. Each listed value is a
      // code holding a digit, so a list of words ("标本号已贴、已送") is not read. The scan stops only at 、 and 和.
      name: 'zh-labelled-list',
      regex: new RegExp(
        `[、和](?<=(?:${ZH_LABELS})[ \\t]{0,3}(?:[:：]|分别[为是])?[ \\t]{0,3}(?:[A-Za-z]{0,4}-?\\d[0-9A-Za-z-]{2,20}[0-9A-Za-z][、和]){1,4})(?<value>[A-Za-z]{0,4}-?\\d[0-9A-Za-z-]{2,20}[0-9A-Za-z])(?![0-9A-Za-z])`,
        'gd',
      ),
      score: 0.85,
      prefilter: /\d[、和][A-Za-z]{0,4}-?\d/,
    },
    {
      // A specimen's number told where it was sent ("Specimen to pathology, H27-05531.", "specimens sent to histology:
      // HX-26-0417"; round 59): the laboratory's number for the patient's tissue, as after "Specimen no.". A code with a
      // letter prefix and digits, so "sent to pathology, 2 pots" is not read. The number may sit in brackets and its
      // serial may open with a letter of the laboratory's bench ("Specimen to pathology (H26-B1187)"; round 60).
      name: 'en-specimen-sent',
      regex:
        /\b[Ss]pecimens? (?:(?:was |were )?sent )?to (?:pathology|histology|histopathology|cytology|the lab(?:oratory)?)(?:[,:]?[ \t]{1,2}|[ \t]\()(?:(?:[Nn]o\.?|#)[ \t]{0,2})?(?<value>[A-Z]{1,4}-?\d{2,4}-[A-Z]?\d{3,8}|[A-Z]{1,4}\d{5,10})(?![0-9A-Za-z]|[-/]\d)/dg,
      score: 0.9,
      prefilter: /[Ss]pecimens? (?:(?:was |were )?sent )?to /,
    },
    {
      // Who the number is for may stand between the label and "is" ("her MRN for the front desk is 4410273"; round 48).
      // A preposition and a time after "bed" are no code ("found beside bed at 15:20"; round 48), nor is the ward a bed
      // field names first ("Bed: Ward 102, bed 6"; round 51), whose bed follows. A number with a plus after it is a
      // count ("typical episode: 20+ vomits"; round 54), no code.
      name: 'en-labelled',
      regex: new RegExp(
        `\\b(?:${EN_LABELS})(?:[ \\t]only(?=[ \\t]{0,2}:)|(?<=MRN|[Nn]umber)[ \\t]for (?:the |a )?[a-z]{2,15}(?: [a-z]{2,15}){0,2}(?=[ \\t]is[ \\t]))?[ \\t]{0,3}(?:#[ \\t]{0,2})?(?:[:：#]|is|(?<=[Nn]umber)['’]s)?[ \\t]{0,3}(?!${DATE_SHAPE})(?!(?:at|on|in|by|to|of|for)[ \\t]\\d)(?!ward[ \\t]\\d)${NOT_BED_UNIT_CODE}(?<value>${VALUE}|${EN_LETTERS_SPACED_SERIAL})(?![0-9A-Za-z+])${NOT_A_PATIENT}`,
        'gdi',
      ),
      score: 0.9,
      // The letters of a spaced code are capitals ("RTG 3308112"): the pattern ignores case, so a word ("was 3308112")
      // is dropped here.
      scoreOf: (value) => (/^[A-Za-z]{2,4} \d{7,8}$/.test(value) && !/^[A-Z]{2,4} /.test(value) ? -1 : 0.9),
      prefilter: EN_WORDS,
    },
    {
      // Any record label ending in 编号, 单号, 流水号 or ID with a colon ("问诊单号：", "手册编号："), or
      // 编号 / 编码 / 记录号 glued to its value ("平台编号HW-0412"), or a form's own "编号：" opening a line: a
      // record names its own numbers in many ways; numbers that are not a patient's (版本号, 快递单号, 事件编号,
      // 员工编号…) are excluded by the word before the tail. A 单号 right after a consultation's heading
      // ("【图文问诊】单号：…"; round 39) is the consultation's number. A bare 编号 after a comma or an opening
      // bracket, in a note's aside ("（犬咬伤，Ⅲ级暴露，编号…）"; round 40), numbers the person's record.
      // A project's number is no patient's, but an aid programme's is the patient's enrolment ("援助项目编号：…"),
      // and its code may carry the programme's letters in groups before its digits ("…：ZY-PAH-0417"; round 45), not
      // a device's model ("镜身编号：GIF-H290").
      // A drug-donation programme's number is the patient's enrolment as an aid programme's is ("赠药项目编号：…"; round 46).
      name: 'zh-any-number',
      regex: new RegExp(
        `(?:(?<=[\\u4e00-\\u9fff]{2}[ \\t\\u3000]{0,2})(?<!${ZH_NOT_PERSONAL})(?:(?:编号|编码|记录号)[ \\t]{0,2}[:：]?|(?:单号|流水号|登记号|ID)[ \\t]{0,2}[:：])|(?<=^[ \\t]{0,3})(?:编号|编码)[ \\t]{0,2}[:：]|(?<=[，,（(][ \\t]{0,2})编号[ \\t]{0,2}[:：]?|(?<=(?:问诊|咨询|会诊|复诊|就诊)】[ \\t]{0,2})单号[ \\t]{0,2}[:：])[ \\t]{0,2}(?<value>[A-Za-z]{0,4}(?:(?:-[A-Za-z]{1,5}){1,2}-|-)?\\d[0-9A-Za-z/-]{1,24}[0-9A-Za-z])(?![0-9A-Za-z])`,
        'gdm',
      ),
      score: 0.8,
      prefilter: /编号|编码|单号|流水号|登记号|记录号|ID/,
    },
    {
      // References and cards whose number mixes letters and digits ("IHT ref IHT-26-4471", "Card no.
      // NBS-26-771402", "RN: HKL-26-118843"): a bare number after these words may be a bank card or a
      // count, so the value must hold a letter and a digit. The look-behind stands after "tag" (see EN_BARE).
      // A prior-authorisation, claim, invoice, receipt, order or quote reference is no record number ("Quote ref
      // Q-26-0441"; round 43). A hair or
      // skin clinic's image series is named by its scope ("Trichoscopy images TRI-…"; round 36). A biopsy's
      // histology or pathology code is named by that word alone ("histology HS26-4410", "path DX26-117"; round 37), or by
      // "biopsy" ("skin biopsy S26-44017"; round 45). A file number of letters and digits is a hospital's record of
      // the patient ("file no. DXB-0927730"; round 45), and so is a referring doctor's own file ("our file KP-3310";
      // round 50) and a clinic's or a practice's ("Clinic file TAC-2260"; round 51); a hospital's, quoted in a family chat
      // ("her hospital file there is KEM/26/20417"; round 55). A header's "File" field opening its line or after a column
      // gap, a Chilean hospital's "Ficha" (clinical file) and a hospice's patient ID name the same record (round 60).
      name: 'en-reference',
      regex:
        /(?<!\b(?:prior auth(?:ori[sz]ation)?|claim|invoice|receipt|order|quote|quotation|estimate)[ \t])\b(?:ref\.?|reference|card|RN|donor|donor code(?: requested| selected)?|(?:clinical |pre-treatment )?photos?|(?:dermoscopy|dermatoscopy|trichoscopy|clinical|wound) (?:images?|photos?)|histology|histopathology|cytology|path|biopsy|file(?= (?:no\.?|number|#))|(?<=(?:^|\n|[ \t]{2}))file|ficha(?: cl[ií]nica)?|hospice id|(?<=\b(?:our|my|clinic|practice|surgery|service|hospital) )file(?: there| here)?|tag(?<!\b(?:item|asset|equipment|device|property|dog|pet|animal|collar)[ ,]{1,2}tag)|case|call record|rx|account|chart|study)(?: (?:no\.?|number|#))?[ \t]{0,2}(?:[:#]|is)?[ \t]{0,3}(?<value>(?=[A-Z0-9/-]{4,30}(?![0-9A-Za-z]))(?=[0-9/-]{0,29}[A-Z])(?=[A-Z/-]{0,29}\d)[A-Z0-9]{1,8}(?:[-/][A-Z0-9]{1,12}){1,4})(?![0-9A-Za-z])/dgi,
      score: 0.85,
      prefilter: EN_WORDS,
    },
    {
      // A clinic's queue number for the patient's visit, a letter and digits ("queue no. A017"; round 51), as the
      // card marks it; a bare count ("queue number 3") is a place in line.
      name: 'en-queue-number',
      regex:
        /\b[Qq]ueue (?:[Nn]o\.?|[Nn]umber|#)[ \t]{0,2}:?[ \t]{0,2}(?<value>[A-Z]{1,2}-?\d{2,4})(?![0-9A-Za-z])/dg,
      score: 0.85,
      prefilter: /[Qq]ueue (?:[Nn]o|[Nn]umber|#)/,
    },
    {
      // A pharmacy's collection or pick-up code for a patient's prescription ("show collection code 7QX2 at the
      // counter", "Pick-up code: 5KM81"; round 58), as the cards mark pickup codes: letters and digits with a digit.
      name: 'en-collection-code',
      regex:
        /\b(?:[Cc]ollection|[Pp]ick-?up) (?:[Cc]ode|[Nn]o\.?|[Nn]umber|[Rr]ef)[ \t]{0,2}:?[ \t]{0,2}(?<value>(?=[A-Z]{0,9}\d)[A-Z0-9]{4,10})(?![0-9A-Za-z])/dg,
      score: 0.85,
      prefilter: /[Cc]ollection |[Pp]ick-?up /,
    },
    {
      // A trial participant's or subject's ID of a study's letters and a serial ("Participant ID: KNEEX-017", "Subject
      // no. CARDIO-2-114"; round 58): the study's word may run past the five letters a record label's code takes.
      name: 'en-trial-participant',
      regex:
        /\b(?:Participant|Subject) (?:ID|[Nn]o\.?|[Nn]umber|#)[ \t]{0,2}:?[ \t]{0,3}(?<value>[A-Z]{6,10}(?:-(?=[A-Z0-9]{0,7}\d)[A-Z0-9]{1,8}){1,3})(?![0-9A-Za-z-])/dg,
      score: 0.85,
      prefilter: /(?:Participant|Subject) (?:ID|[Nn]o|[Nn]umber|#)/,
    },
    {
      // A Hong Kong hospital number standing bare in a record's header after the HKID ("HKID: K418263(4)   HN17720935";
      // round 51): "HN" run into eight or more digits, as the labelled ones are ("HN HN26004417").
      name: 'en-hk-hospital-number',
      regex: /(?<![0-9A-Za-z])(?<value>HN\d{8,11})(?![0-9A-Za-z])/dg,
      score: 0.85,
      prefilter: /HN\d{8}/,
    },
    {
      // A message's subject naming the patient and then, after a slash, their record number ("Subject: Clinic
      // letter? Noor Hale / M4410273"; round 50).
      name: 'en-subject-name-slash-number',
      regex:
        /(?<=\b(?:Subject|Subj|Re|RE):[^\n]{0,80}[A-Z][a-z'’-]{1,20} (?:Mc|Mac|O['’])?[A-Z][a-z'’-]{1,20} \/ )(?<value>[A-Z]{1,2}\d{6,9})(?![0-9A-Za-z])/dg,
      score: 0.85,
      prefilter: /[a-z] \/ [A-Z]{1,2}\d{6}/,
    },
    {
      // A reference of capitals run into six or more digits, after a bare "Ref", as a reminder's or a letter's
      // closing line gives the booking or record ("To cancel reply CANCEL. Ref QH770214"; round 50); not an
      // authorisation's, a claim's, an invoice's, an order's or a quote's reference. A booking system's short code of
      // capitals and digits mixed, six to eight long ("Ref QK4T81"; round 60), is the same booking.
      name: 'en-ref-compact',
      regex:
        /(?<!\b(?:[Aa]uth(?:ori[sz]ation)?|[Cc]laim|[Ii]nvoice|[Rr]eceipt|[Oo]rder|[Qq]uot(?:e|ation)|[Ee]stimate|[Pp]ayment|[Tt]ransaction)[ \t])\b(?:Ref|REF)\.?[ \t]{0,2}:?[ \t]{1,2}(?<value>[A-Z]{1,4}\d{6,10}|(?=[A-Z\d]{6,8}(?![0-9A-Za-z]))(?=[A-Z]{1,3}\d{1,3}[A-Z])[A-Z]{1,3}\d[A-Z\d]{2,6})(?![0-9A-Za-z])/dg,
      score: 0.85,
      prefilter: /\b(?:Ref|REF)\.?[ \t]{0,2}:?[ \t]{1,2}[A-Z]{1,4}\d(?:\d{5}|\d{0,2}[A-Z])/,
    },
    {
      // Clinical photographs numbered in brackets after they are taken ("Photos taken (ID PX-442190)"; round 39).
      name: 'en-photo-id',
      regex:
        /\b(?:[Pp]hotos?|[Pp]hotographs?|[Ii]mages?) (?:taken|saved|uploaded|stored|filed)[ \t]{0,2}\((?:ID|[Rr]ef|[Nn]o\.?)[ \t]{0,2}:?[ \t]{0,2}(?<value>[A-Z]{1,4}-?\d{4,12})(?![0-9A-Za-z])/dg,
      score: 0.85,
      prefilter: /(?:hotos?|hotographs?|mages?) (?:taken|saved|uploaded|stored|filed)/,
    },
    {
      // A neonatal unit's pod is a cot ("pod 4 is Baby Girl …", "Pod 6: twin B"), the number only; "POD 2"
      // in capitals, or a pod number before "after"/"post", is a post-operative day. An isolette or incubator
      // is a cot too ("Isolette 14"), and a day unit's chair after a comma or bar, or an infusion or dialysis
      // chair, is a bed ("MRN …, chair 6"), not a time sat out ("chair 2 hours").
      name: 'en-pod',
      regex: new RegExp(
        `\\b(?:[Pp]od|[Ii]solette|[Ii]ncubator|[Cc]hair(?<=(?:^|[,;|]|\\b[Ii]nfusion|\\b[Dd]ialysis)[ \\t]{1,2}[Cc]hair))[ \\t](?<value>\\d{1,2}[A-Za-z]?)(?![0-9A-Za-z]|[.,]\\d|,?[ \\t](?:after|post|s\\/p|following|since)\\b|[ \\t]{0,2}(?:h|hrs?|hours?|mins?|minutes?)\\b)${NOT_A_PATIENT}`,
        'dgm',
      ),
      score: 0.8,
      prefilter: /\b(?:[Pp]od|[Ii]solette|[Ii]ncubator|[Cc]hair) \d/,
    },
    {
      // A telehealth, video or chat session's own code ("session TH-26112207", "Video session ID
      // VS-0044192"): like an online consultation's number, a record of that patient's care. A letter
      // prefix and five or more digits, so that "session 3" or "session 2B" is not read; the digits may come
      // after a year ("session TH-26-0083317"), or a second group may follow them ("session TH-26114-0317"; round
      // 46), which is part of the code, not cut off at its hyphen.
      name: 'en-session',
      regex:
        /\b(?:[Tt]elehealth |[Vv]ideo |[Cc]hat |[Vv]irtual )?[Ss]ession(?: (?:ID|[Nn]o\.?|[Nn]umber|#))?[ \t]{0,2}[:#]?[ \t]{0,2}(?<value>[A-Z]{1,4}-?\d{5,12}(?:-\d{3,6})?|[A-Z]{1,4}-\d{2,4}-\d{5,10})(?![0-9A-Za-z]|-\d)/dg,
      score: 0.85,
      prefilter: /[Ss]ession/,
    },
    {
      // A specimen field that names the specimen's kind first, then its number after a comma ("Specimen: wound
      // swab, WS-26-40917"; round 42): a code with a letter prefix and five or more digits, or digit groups.
      name: 'en-specimen-kind-then-code',
      regex:
        /\b(?:Specimen|SPECIMEN|Sample|SAMPLE)[ \t]{0,2}:[ \t]{0,3}[a-z][a-z ()/-]{2,30}, (?<value>[A-Z]{1,4}-?\d{2,4}(?:-\d{2,8}){1,2}|[A-Z]{1,4}-?\d{5,12})(?![0-9A-Za-z-])/dg,
      score: 0.85,
      prefilter: /(?:Specimen|SPECIMEN|Sample|SAMPLE)[ \t]{0,2}:/,
    },
    {
      // A scan's or a specimen's report numbered in brackets after its date ("Sestamibi (02/11/2026, report
      // NM-26-1184)"), or a pathology, histology or cytology number in brackets right after the word
      // ("Histology (HS26-40417) awaited"; round 43): a code with a letter prefix and five or more digits, or
      // a year and a serial, so "report COVID-19" is not read.
      // A biopsy's or an excision's specimen may be numbered in brackets after the tissue taken ("core biopsy of the
      // right breast mass (BX26-40711)"; round 56): a year and serial only, within the clause.
      name: 'en-report-code',
      regex:
        /\b(?:[Rr]eport(?: (?:[Nn]o\.?|[Nn]umber|#|ID))?[ \t]{0,2}:?[ \t]{0,2}|(?:[Pp]athology|[Hh]istology|[Hh]istopathology|[Cc]ytology)[ \t]{0,2}\((?=[A-Z]{1,4}-?\d{2,4}-\d{4,8}\)|[A-Z]{1,4}-?\d{5,12}\))|(?<=\b(?:[Bb]iopsy|[Ee]xcision|[Rr]esection|FNA|[Aa]spirate)\b[^.;\n()]{0,50}\()(?=[A-Z]{1,4}\d{2}-\d{4,8}\)))(?<value>[A-Z]{1,4}-?\d{2,4}-\d{4,8}|[A-Z]{1,4}-?\d{5,12})(?![0-9A-Za-z-])/dg,
      score: 0.85,
      prefilter:
        /[Rr]eport|[Pp]athology \(|[Hh]isto(?:patho)?logy \(|[Cc]ytology \(|\([A-Z]{1,4}\d{2}-\d{4,8}\)/,
    },
    {
      // A pathology or biopsy number in brackets right after the word ("穿刺病理（P26-…）：…", "活检（B26-…）"; round
      // 46), as en-report-code reads "Histology (HS26-40417)": a letter prefix and a year and serial, or five or more
      // digits, so "病理（待回报）" or "病理（2份）" is not read.
      // A scan's own number in brackets right after its modality ("腰骶MRI（MR-E-…）", "胸部CT（CT26-…）"; round 49) is
      // the study's, as 影像号 labels it; the code may carry a second group of letters ("MR-E-…"). Not a level or a
      // sequence ("CT（C5-C6）", "MRI（T2WI）"), which has no run of five digits or year and serial.
      name: 'zh-pathology-bracket',
      regex:
        /(?:病理|活检|MRI|MR|CT|PET-CT|DR|X线|超声|彩超|B超)[（(](?<value>[A-Z]{1,4}(?:-[A-Z]{1,3})?-?\d{2,4}-\d{4,8}|[A-Z]{1,4}(?:-[A-Z]{1,3})?-?\d{5,12})[）)]/dg,
      score: 0.85,
      prefilter: /(?:病理|活检|MRI?|CT|DR|X线|超声|B超)[（(][A-Z]/,
    },
    {
      // A bed named by a bay's letter and its number, glued ("bed C4", "Bed AB12"; round 43): the whole code.
      name: 'en-bed-letter-number',
      regex: new RegExp(
        `\\b[Bb]ed[ \\t]{1,2}(?<value>[A-Z]{1,2}\\d{1,2})(?![0-9A-Za-z-]|[.,]\\d)${NOT_A_PATIENT}`,
        'dg',
      ),
      score: 0.85,
      prefilter: /\b[Bb]ed[ \t]{1,2}[A-Z]{1,2}\d/,
    },
    {
      // A chat's or dialogue's answer on the next line to a question naming the record number ("What's her
      // MRN again?⏎Lucha: 50817264, and …"; round 42): the number opening the answer after its speaker.
      name: 'en-answer-after-question',
      regex:
        /\?(?<=\b(?:MRN|[Hh]ospital (?:number|no\.?)|[Mm]edical record number|[Rr]ecord number|[Cc]hart number|URN|[Pp]atient (?:number|ID))\b[^\n?]{0,40}\?)[ \t]*\r?\n[^\n:]{1,24}:[ \t]{0,3}(?<value>[A-Z]{0,3}\d{6,10})(?=[ \t]*(?:$|\r?\n|[,.;!]))/dg,
      score: 0.85,
      prefilter: /\?[ \t]*\r?\n/,
    },
    {
      name: 'en-spoken',
      regex: new RegExp(
        `\\b(?:medical record|record|hospital|chart|MRN)(?: number| no\\.?)?,?[ \\t](?:is[ \\t])?(?<value>(?:${SPOKEN_DIGIT}[ ,-]{1,2}){4,11}${SPOKEN_DIGIT})\\b`,
        'dgi',
      ),
      score: 0.85,
      prefilter:
        /(?:record|hospital|chart|mrn)(?: number| no)?,? (?:is )?(?:zero|oh|one|two|three|four|five|six|seven|eight|nine) /i,
    },
    {
      // A chat's answer opening the next turn to a question asking for a record number ("奶奶住院号多少？订餐要填⏎
      // 大伯：30418825，…", "预约号是多少？⏎某某：WJ1127-006"; round 44), as en-answer-after-question reads it.
      // A clinician asking for it to be read out ("就诊卡号报一下。⏎儿子：0032 7716 …"; round 47) asks the same, and the
      // answer may be read in digit groups.
      name: 'zh-answer-after-question',
      regex: new RegExp(
        `(?:多少(?<=(?:${ZH_HEADS})(?:号|号码|编号)(?:是)?多少)|下(?<=(?:${ZH_HEADS})(?:号|号码|编号)[报说念读]一?下))[^\\n]{0,16}\\n[^\\n：:]{1,8}[：:][ \\t]{0,3}(?<value>\\d{3,4}(?: \\d{3,4}){1,4}|[A-Za-z]{0,4}\\d[0-9A-Za-z-]{3,16}[0-9A-Za-z])(?=[ \\t]*(?:$|\\r?\\n|[，,。；;！!]))`,
        'dg',
      ),
      score: 0.85,
      prefilter: /号(?:码)?(?:是)?多少|号(?:码)?[报说念读]一?下/,
    },
    {
      // A clinic's queue number for the patient's visit after 排队号 or 候诊号, a letter and digits ("排队号B024"; round
      // 59), as en-queue-number reads "queue no. A017"; a bare count ("就诊序号18", "排队号3") is a place in line.
      name: 'zh-queue-number',
      regex: /(?<=(?:排队|候诊|叫号)号[：: \t]{0,2})(?<value>[A-Z]{1,2}-?\d{2,4})(?![0-9A-Za-z])/dg,
      score: 0.85,
      prefilter: /(?:排队|候诊|叫号)号/,
    },
    {
      // A registration's queue number told in a chat's answer to which number was drawn ("外公挂的几号？⏎妈妈：A047号，…";
      // round 49), as an appointment number is: a letter and digits before 号; a day of the month ("5号") has no letter.
      name: 'zh-queue-number-answer',
      regex:
        /(?<=(?:挂|排|取)[的了到]?几号[^\n]{0,10}\n[^\n：:]{1,8}[：:][ \t]{0,3})(?<value>[A-Z]{1,2}\d{2,4})(?=号)/dg,
      score: 0.8,
      prefilter: /[挂排取][的了到]?几号/,
    },
    {
      // A header row's bed field shortened to 床 glued before its number, after the patient's record number or age in
      // blank-separated fields ("某某　女　76岁　住院号1058…　床19"; generalisation-51): the number, as a bed field's; not a
      // count (床位48张) nor a bed in running text (no field gap before it). An observation bed or an operating room
      // closes such a row so too, after an imaging or outpatient number ("影像号DR…　留观床3", "住院号…　手术间7";
      // generalisation-52): the card marks a named patient's theatre as a room.
      name: 'zh-row-bed-short-label',
      regex:
        /(?<=(?:(?:住院|病案|病历|门诊|急诊|影像|检查)号[ \t]{0,2}[:：]?[ \t]{0,2}[A-Za-z]{0,4}-?\d[0-9A-Za-z-]{3,20}|\d{1,3}岁)[ \t\u3000]{1,3})(?:床|留观床|观察床|手术间|术间)(?<value>\d{1,3}(?:-\d{1,2})?[A-Za-z]?)(?=[ \t\u3000｜|]|\r?\n|$)/dg,
      score: 0.85,
      prefilter: /[\d岁][ \t\u3000]{1,3}(?:留观|观察|手?术间)?床?\d/,
    },
    {
      // "床位5-18", "床位号：12": the label before the number rather than 床 after it. A unit's bed lettered by its
      // bay after a colon is one label ("ICU床位：S-4"; round 48), as a bay-bed label is.
      name: 'zh-bed-label',
      regex:
        /床位号?[ \t]{0,2}[:：]?[ \t]{0,2}(?<value>\d{1,3}(?:-\d{1,2})?[A-Za-z]?|(?<=[:：][ \t]{0,2})[A-Z]-\d{1,2})(?![0-9A-Za-z]|[ \t]{0,2}[张个间])/dg,
      score: 0.85,
      prefilter: /床位/,
    },
    {
      // A bed field given in Chinese numerals ("床号十二，", "床号：二十三"; round 49), as a dictated handover says the bed
      // ("十二床"): the numerals, ending the field; not a check that the bed matches ("床号一致").
      name: 'zh-bed-label-numeral',
      regex:
        /床位?号[ \t\u3000]{0,2}[:：]?[ \t\u3000]{0,2}(?<value>[二三四五六七八九]?十?[一二三四五六七八九十])(?=[，,。；;）)｜|\s]|$)/dg,
      score: 0.8,
      prefilter: /床位?号[ \t\u3000:：]{0,4}[一二三四五六七八九十]/,
    },
    {
      // An extra bed in a bed field, 加 and its number ("床号：加1"; round 38), as "加3床" keeps its 加.
      // A delivery-room bed is written so too ("床：产8"), and 床号 may stand before it with a blank only ("床号 加17";
      // round 48). An emergency observation bed (观3) and a wing's bed by its side of the building ("床号：东-17",
      // "床号：西12") are one label each too (round 52), as an ED bed label and a bay-bed label are. The field may name the
      // ward or department before an extra bed ("床位：老年科加2", "床号：产一区加3"; round 53): 加 and its number only. A department's short name ending in 内 or
      // 外 stands so too ("床号：心内加5", "床号：普外加2"; generalisation-51). A bed put up in the corridor is named by
      // where it stands ("床位：走廊加2", "床号：过道加1"; round 59): one label with its corridor, as 东-17 keeps its wing.
      name: 'zh-bed-label-extra',
      regex:
        /床位?号?(?:[ \t\u3000]{0,2}[:：][ \t\u3000]{0,2}|(?<=床号)[ \t\u3000]{1,2})(?:(?:[\u4e00-\u9fff]{1,6}[科区]|[\u4e00-\u9fff]{1,2}[内外])(?=加\d))?(?<value>(?:走廊|过道)?加\d{1,2}|[产观]\d{1,2}|[东西南北]-?\d{1,3})(?![0-9A-Za-z床])/dg,
      score: 0.85,
      prefilter:
        /床位?号?[ \t\u3000:：]{1,4}(?:[\u4e00-\u9fff]{1,6}[科区内外](?=加)|走廊|过道)?(?:[加产观]|[东西南北]-?)\d/,
    },
    {
      // An extra bed glued to the ward it is in ("病区：骨科三病区加1床"; round 52): 加 and its number, as a bed field's
      // "加1" and a spaced "创伤病区 加5 床" keep it; not a bed being added ("病区加床2张": no number before 床), nor an
      // empty one ("病区加2床空着").
      name: 'zh-ward-extra-bed',
      regex:
        /(?<=(?:病区|病房|[一二三四五六七八九十]区))(?<value>加\d{1,2})(?=床(?![位号])(?![^。；;，,\n]{0,8}(?:空|没人)))/dg,
      score: 0.85,
      prefilter: /(?:病区|病房|区)加\d{1,2}床/,
    },
    {
      // An extra bed heading a handover's or roster's row before its patient's field ("加2床　某某　房颤",
      // "神经外科 加3床｜某某"): 加 and its number, as the cards since round 37 mark it (round 39). In running
      // text ("加3床患者夜间…") the number alone, as the older cards mark it, by zh-bed below.
      name: 'zh-bed-extra-row',
      regex:
        /(?<=(?:^|[\n \t\u3000｜|])[ \t\u3000]{0,2})(?<value>加\d{1,2})床(?=[ \t\u3000]{0,3}[｜|]|[ \t\u3000]{1,3}[\u4e00-\u9fff])(?![ \t\u3000｜|]{1,4}(?:空|无名|身份不明))/dg,
      score: 0.9,
      prefilter: /加\d{1,2}床[ \t\u3000｜|]/,
    },
    {
      // A ward round's list in running text names each bed's patient right after it ("6床某某某，…。加2床某某，明日
      // 出院"; round 42): an extra bed opening its clause before a name of two to four characters and a comma is
      // that patient's, 加 and its number as in a row; not "加3床患者…", "加1床今晨…" (no name after it). A numbered
      // list item may open with it, the name then followed by a colon ("2. 加3床某某：…"; round 43).
      name: 'zh-bed-extra-named',
      regex:
        /(?<value>加(?:\d{1,2}|十?[一二三四五六七八九十]))(?<=(?:^|[。；;，,\n]|(?:^|\n)\d{1,2}[.、．])[ \t\u3000]{0,2}(?:另外|还有|然后)?加(?:\d{1,2}|十?[一二三四五六七八九十]))床(?=[\u4e00-\u9fff]{2,4}[，,：:])(?!患者|病人|患儿|家属|陪护|今|昨|明|夜|晨|早|已|刚|空|新|无名|身份|转|出院|入院|术|被|棉|褥|毯|单|罩)/dg,
      score: 0.9,
      prefilter: /加(?:\d{1,2}|十?[一二三四五六七八九十])床[\u4e00-\u9fff]/,
    },
    {
      // An extra bed closing a clause right after the patient's record number ("住院号…，加3床。"; round 50) is that
      // patient's bed, 加 and its number as in a row; not "加3床患者…" in running text (the number alone, by zh-bed).
      name: 'zh-bed-extra-after-number',
      regex:
        /(?<value>加\d{1,2})(?<=号[ \t]{0,2}[:：]?[ \t]{0,2}[A-Za-z]{0,4}\d[0-9A-Za-z-]{2,20}[，,、][ \t]{0,2}加\d{1,2})床(?=[。；;，,）)\n]|$)/dg,
      score: 0.9,
      prefilter: /\d[，,、][ \t]{0,2}加\d{1,2}床/,
    },
    {
      // A critical-care handover's row headed by the unit's bed label and 床 before the patient's name ("ICU-03床　某某　…";
      // round 50): the whole label, as en-unit-bed-cell reads an English row's; in running text ("，ICU-5床某某") the
      // number alone, by zh-bed; not an empty bed's row ("ICU-07床　空").
      name: 'zh-unit-bed-row',
      regex:
        /^[ \t\u3000]{0,3}(?<value>(?:[A-Z]{0,2}ICU|CCU|HDU)-\d{1,2})床(?=[ \t\u3000｜|]{1,3}[\u4e00-\u9fff])(?![ \t\u3000｜|]{1,4}(?:空|无名|身份不明|姓名不详))/dgm,
      score: 0.9,
      prefilter: /(?:CU|HDU)-\d{1,2}床/,
    },
    {
      // A bed label whose value names the unit before the number ("床号：CCU 3", "床位：ICU-12"): the number.
      name: 'zh-bed-label-unit',
      regex:
        /床位?号?[ \t\u3000]{0,2}[:：][ \t\u3000]{0,2}(?:[A-Z]{0,2}ICU|CCU|HDU|抢救室?|监护室?)[ \t\u3000-]{0,2}(?<value>\d{1,3}[A-Za-z]?)(?![0-9A-Za-z])(?![ \t\u3000]{0,2}(?:床?[（(]?空|无名))/dg,
      score: 0.85,
      prefilter: /床位?号?[ \t\u3000]{0,2}[:：][ \t\u3000]{0,2}(?:[A-Z]{0,2}ICU|CCU|HDU|抢救|监护)/,
    },
    {
      // A ward named before a bed set off by blanks ("呼吸二病区 14 床", "老年病房 五 床"; round 48): the number, in
      // digits or Chinese numerals, is the patient's bed as "14床" is; not a count of beds ("病区 40 张床") nor
      // an empty one ("病房 5 床空着").
      // A ward named by its number alone ("心内三区 23 床") or a department ("肾内科 7 床") stands there too, and an extra
      // bed keeps its 加 ("创伤病区 加5 床"; round 49), as "加5床" does in a row; not the whole hospital's or our own
      // department's beds ("本科 40 床").
      name: 'zh-ward-spaced-bed',
      regex:
        /(?<=(?:病区|病房|[一二三四五六七八九十]区|(?<![本我全该])科)[ \t\u3000]{1,2})(?<value>加?\d{1,3}|[二三四五六七八九]?十?[一二三四五六七八九十])(?=[ \t\u3000]{1,2}床(?![位号])(?![^。；;，,\n]{0,8}(?:空|没人)))/dg,
      score: 0.8,
      prefilter:
        /(?:病区|病房|[一二三四五六七八九十]区|科)[ \t\u3000]{1,2}加?[0-9一二三四五六七八九十]{1,3}[ \t\u3000]{1,2}床/,
    },
    {
      // An "互联网+护理服务" or other home nursing visit's order number is the record of that patient's visit
      // ("护理服务…订单号：HL…"; round 48), as a consultation's is; a shop's or a delivery's order stays unmarked.
      name: 'zh-nursing-visit-order',
      regex:
        /(?<=(?:护理服务|上门护理)[^\n]{0,40}\n?[^\n]{0,20}订单号[ \t]{0,2}[:：]?[ \t]{0,2})(?<value>[A-Za-z]{0,5}\d[0-9A-Za-z-]{4,24}[0-9A-Za-z])(?![0-9A-Za-z])/dg,
      score: 0.8,
      prefilter: /护理服务|上门护理/,
    },
    {
      // A newborn's incubator is her bed ("暖箱7号", "三号暖箱是周海燕的宝宝"), the number only; not an
      // incubator said to be empty ("五号暖箱早上出院了，空着"). A phototherapy unit a jaundiced baby lies in is
      // its bed as well ("蓝光箱3号", "光疗箱1号"; round 45).
      name: 'zh-incubator',
      regex:
        /(?<![0-9一二三四五六七八九十第])(?<value>\d{1,2}|十?[一二三四五六七八九十])号(?:(?<=(?:暖箱|温箱|蓝光箱|光疗箱)[ \t]{0,2}[0-9一二三四五六七八九十]{1,2}号)(?![0-9A-Za-z])|(?:暖箱|温箱|蓝光箱|光疗箱))(?![^。；;\n]{0,14}(?:空着|空床|空出来|没人))/dg,
      score: 0.8,
      prefilter: /暖箱|温箱|蓝光箱|光疗箱/,
    },
    {
      // An incubator named before its number opening a table cell or field ("暖箱1｜冷某之子", "温箱3：詹某之女"):
      // the newborn's bed, the number only; not one said to be empty ("暖箱2｜空").
      name: 'zh-incubator-named-first',
      regex:
        /(?<=(?:暖箱|温箱)[ \t]{0,2})(?<value>\d{1,2})(?=[ \t\u3000]{0,2}[｜|:：][ \t\u3000]{0,2}[\u4e00-\u9fff])(?![ \t\u3000]{0,2}[｜|:：][ \t\u3000]{0,2}(?:空|无|停用|备用|消毒))/dg,
      score: 0.8,
      prefilter: /(?:暖箱|温箱)[ \t]{0,2}\d/,
    },
    {
      // Dictated rounds say the bed in Chinese numerals ("十二床"); only numbers with 十 count, since
      // "一床被子", "两床棉被" count quilts. Not a bed said to be empty ("二十四床下午转出去了，没人").
      // Nor one whose patient has left ("二十六床出院了；"), nor one the speaker corrects at once ("二十一床……
      // 不对，二十二床"): only the corrected bed is the patient's. A time word may come first when 了 says the
      // patient has gone ("十八床今天出院了"; not "二十三床今日出院", still there), and "nothing to do" after it
      // ("…出院了不用管").
      name: 'zh-bed-numeral',
      regex:
        /(?<![一二三四五六七八九十百])(?<value>[二三四五六七八九]?十[一二三四五六七八九]?)床(?!被|棉|褥|毯|单|罩|[^。；;\n]{0,14}(?:没人|空着|空床|空出来)|[ \t]{0,2}(?:是|还是)?空的|(?:(?:今天|今日|今早|今晨|上午|下午|昨天)(?:已经?|刚)?(?:转出|转科|出院)(?:去)?了|(?:已经?|刚)?(?:转出|转科|出院)(?:去)?了?)(?=[。；;，,\n]|$|不用管)|[…．.，,、 \t]{0,4}(?:不对|说错|口误))/dg,
      score: 0.8,
      prefilter: /十床|十[一二三四五六七八九]床/,
    },
    {
      // A dictated handover says a bed under ten in one Chinese numeral too, opening its clause and followed
      // at once by its patient's name and a comma or a broken-off pause ("五床邝某某，…", "八床柴……柴某某"; round
      // 43). The name is what tells it from a count of quilts ("一床被子") or a slogan ("一床一码"). A term of address may
      // follow the name before the comma ("七床某某某阿姨，", "三床某师傅，"; round 54). A transcript may open the
      // dictation with a quotation mark before the bed ("“四床某某某，…", "「六床某某某，…"; generalisation-52).
      // A nursing sheet's header row opens so too, the bed then the patient's name and sex in blank-separated fields
      // ("七床　某某某　男　…"; round 58).
      name: 'zh-bed-numeral-single',
      regex:
        /(?<=(?:^|[。；;，,\n])[ \t\u3000]{0,2}["“「]?)(?<value>[一二三四五六七八九])床(?![一二三四五六七八九十两被棉褥毯单罩空位号边旁头尾上下]|患者|病人|患儿|家属|陪护|今|昨|明|夜|晨|早|已|刚|新|无名|身份|转|出院|入院|术)(?=[\u4e00-\u9fff]{1,4}(?:阿姨|大爷|大妈|大娘|师傅|奶奶|爷爷|阿婆|阿公|老人|叔叔|婆婆)?(?:[，,]|…|……)|[ \t\u3000]{1,3}[\u4e00-\u9fff]{2,4}[ \t\u3000]{1,3}[男女](?:[ \t\u3000，,]|$))/dgm,
      score: 0.8,
      prefilter: /[一二三四五六七八九]床/,
    },
    {
      // Handover lists open a line with the bay or unit bed ("抢1：", "抢救4 何国强", "ICU-6 薛春梅", "CCU2 "):
      // the number is the bed, as with 床; not when the patient is unnamed ("抢3 无名氏男", "抢救2 男性约40岁"),
      // nor when the bay's patient has left ("抢2｜已转ICU"), also after the row's empty cells ("ICU-5 | — | — | 空床";
      // round 47).
      name: 'bay-line-start',
      regex:
        /(?:^[ \t]{0,3}|(?<=[：；，｜|]))(?:抢救?|ICU-?|CCU-?|HDU-?|EICU-?|NICU-?|PICU-?)(?<value>\d{1,2})(?=[ \t\u3000]{0,2}[:：｜|]|[ \t\u3000])(?![ \t\u3000]{0,2}[:：｜|]?[ \t\u3000]{0,2}(?:[—–-]{1,2}[ \t\u3000]{0,2}[｜|][ \t\u3000]{0,2}){0,3}(?:无名|男性|女性|空|身份不明|姓名不详|已转|已出院|已离|empty\b|vacant\b))/dgm,
      score: 0.85,
      prefilter: /抢救?\d|CU-?\d|HDU-?\d/,
    },
    {
      // An English critical-care table opens a named patient's row with the unit's bed label ("HDU-1 | Ana
      // Roe | …", "ICU-02 | PIKE, Doreen | …"; round 44): the whole label, as the cards mark it; an empty
      // bed's row names no one ("HDU-2 | empty").
      name: 'en-unit-bed-cell',
      regex:
        /(?<=^[ \t]{0,3})(?<value>(?:[A-Z]{0,2}ICU|HDU|CCU|ITU)-\d{1,2}[A-Z]?)(?=[ \t]{0,2}\|[ \t]{0,2}[A-Z][A-Za-zà-ÿ'’-]+,? [A-Z])/dgm,
      score: 0.85,
      prefilter: /(?:CU|HDU|ITU)-\d{1,2}[A-Z]?[ \t]{0,2}\|[ \t]{0,2}[A-Z]/,
    },
    {
      // A ward's bay-bed label of a capital and a digit opening a named patient's row in a table whose first
      // column is the bed ("Bed | Name | …⏎R1 | Ana Roe | …"; round 45): the whole label, as the cards mark it;
      // an empty bed's row names no one ("R3 | — | empty"). A handover headed by its bay ("Bay D handover⏎D1 | Ana
      // Roe | …"; round 46) numbers the rows by that bay's beds too.
      name: 'en-bay-label-cell',
      regex:
        /^[ \t]{0,3}(?<value>[A-Z]{1,2}\d{1,2}[A-Z]?)(?=[ \t]{0,2}\|[ \t]{0,2}[A-Z][A-Za-zà-ÿ'’-]+,? [A-Z])/dgm,
      score: 0.8,
      prefilter: /(?:^|\n)[ \t]{0,3}(?:(?:Bed|Bay|BED|BAY)[ \t]{0,2}\||(?:Bay|BAY) [A-Z](?![A-Za-z0-9]))/,
    },
    {
      // A hospital number in brackets right after a patient's first and last name ("Bed 3: Ana Roe (K0412233),
      // day 2 …", "XR CHEST — Ana Roe (W4418830)"; rounds 14, 45): a letter prefix and six or more digits, as a
      // trust's number is written; not a bare number ("(2019)") or a drug's code. A hospital's letters and a hyphen may
      // open the number, and then a given name alone holds it ("mother of Tadhg (KUH-4471029)"; round 56).
      name: 'en-name-then-bracketed-number',
      regex:
        /\((?<value>(?<=\b[A-Z][a-z'’-]{1,20} (?:Mc|Mac|O['’])?[A-Z][a-z'’-]{1,20} \()[A-Z]{1,3}\d{6,10}|(?<=(?:^|[\s,;:])[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]{1,20} \()[A-Z]{2,4}-\d{6,9})(?=\))/dg,
      score: 0.8,
      prefilter: /[a-z] \([A-Z]{1,4}-?\d{6,10}\)/,
    },
    {
      // A prescription's heading, then its number after "No." ("门诊处方⏎No. RX-5813-2760"): the number, as
      // 处方号 would label it. (The scan stops on "No" and looks back for the heading.)
      name: 'zh-prescription-no',
      regex:
        /No\.?(?<=处方[笺单]?[ \t\u3000]{0,4}\n?[ \t\u3000]{0,3}No\.?)[ \t\u3000:：]{0,2}(?<value>[A-Za-z]{0,4}-?\d[0-9-]{3,18}\d)(?![0-9A-Za-z])/dg,
      score: 0.8,
      prefilter: /处方/,
    },
    {
      // A delivery suite's handover opens a line with the room ("1室 苏日娜，G1P0"): the room is the bed.
      name: 'zh-room-line-start',
      regex:
        /^[ \t]{0,3}(?:产|分娩|待产)?(?<value>\d{1,2})室(?=[ \t\u3000：:](?!空)[ \t\u3000]{0,2}[\u4e00-\u9fff])/dgm,
      score: 0.8,
      prefilter: /\d室/,
    },
    {
      // A patient's ward room after the inpatient building's floor ("住院部5楼512室", "住院部3层308病房"; round 41):
      // the room number only, the floor is no identifier; not a room said to be empty.
      name: 'zh-inpatient-floor-room',
      regex:
        /(?<=住院部[ \t]{0,2}\d{1,2}[楼层][ \t]{0,2})(?<value>\d{3,4})(?=室|房|病房)(?![^，,。；;\n]{0,6}空)/dg,
      score: 0.75,
      prefilter: /住院部/,
    },
    {
      // A delivery suite names the labouring woman's room ("2号产房孔令仪", "一号产房是…"): the room is her
      // bed; not a room said to be empty ("二号产房刚空出来"). A colon may stand before her name, as a handover's
      // line opens with the room ("1号产房：某某，G1P0"; round 60).
      name: 'zh-delivery-room',
      regex:
        /(?<![0-9一二三四五六七八九十第])(?<value>\d{1,2}|十?[一二三四五六七八九十])号(?:产房|分娩室|待产室)(?=[ \t\u3000]{0,2}[：:]?[ \t\u3000]{0,2}[\u4e00-\u9fff])(?![^，,。；;\n]{0,6}空)/dg,
      score: 0.8,
      prefilter: /号(?:产房|分娩室|待产室)/,
    },
    {
      // The room named before its number in a delivery suite's record ("待产室3号", "产房 2号"), as above.
      name: 'zh-delivery-room-named-first',
      regex: /(?<=(?:产房|分娩室|待产室)[ \t]{0,2})(?<value>\d{1,2})号(?![0-9])(?![^，,。；;\n]{0,6}空)/dg,
      score: 0.8,
      prefilter: /(?:产房|分娩室|待产室)[ \t]{0,2}\d/,
    },
    {
      // Emergency departments name the place a patient lies at a line start ("Resus 1: Rowan…", "Majors
      // 6: Gloria…", "Cubicle 4 —"): the number is that patient's bed. In a | table the name fills the next
      // cell ("Resus 1 | Rowan…"); an empty or dashed cell names no one. The area may name its cubicle or bay after it
      // ("Majors cubicle 7: Aoife…"), and a trolley, cubicle, bay or chair may be numbered with a letter first ("Trolley
      // T9: Padraig…"; round 58).
      name: 'ed-area-line-start',
      regex: new RegExp(
        `(?:^[ \\t]{0,3}|(?<=\\b(?:Infusion|Dialysis|Chemo|Chemotherapy|Oncology|Day|Treatment)[ \\t](?:Cent(?:er|re)|Unit|Suite|Lounge|Ward)[ \\t]{0,2}[—–-][ \\t]{0,2}))(?:(?:Majors|Minors|Resus|Paeds|Peds)[ \\t](?:cubicle|bay|trolley|chair)[ \\t]|(?:Resus|Majors|Maj|Minors|Min|Paeds|Peds|Cubicle|Cube|Cub|Bay|Pod|Trolley|Chair|Side room|Obs|CDU)[ \\t]?)(?<value>\\d{1,2}[A-Za-z]?|(?<=(?:Trolley|Cubicle|Bay|Chair)[ \\t])[A-Z]\\d{1,2})(?=[ \\t]{0,2}(?:[:：—–-]|$)|[ \\t]{1,2}[A-Z][A-Za-z'’]{1,24}(?:,|[ \\t]{1,2}[A-Z])|[ \\t]{1,2}\\|[ \\t]{1,2}[A-Z][a-z])${NOT_A_PATIENT}`,
        'dgm',
      ),
      score: 0.8,
      prefilter: /Resus|Maj|Min|Paeds|Peds|Cub|Bay|Pod|Trolley|Chair|Side room|Obs|CDU/,
    },
    {
      // A ward sheet may number its rows by bed alone, the surname in capitals after the number at the
      // line start ("\n7 OKORO, Blessing — …"), as the person recognizer reads them (BED_AT).
      name: 'en-bed-row-start',
      // A night list may number them by a three-digit room, in a column of its own ("\n401  OKORO, Blessing").
      regex:
        /^[ \t]{0,3}(?<value>\d{1,2}(?=[ \t](?![ \t]))|\d{3}(?=[ \t]{2}))[ \t]{1,3}(?=[A-Z][A-Z'’-]{1,30}, [A-Z][a-z])/dgm,
      score: 0.8,
      // From the comma back to the row's start: the scan stops at a literal.
      prefilter: /, [A-Z](?<=(?:^|\n)[ \t]{0,3}\d{1,3}[ \t]{1,3}[A-Z][A-Z'’-]{1,30}, [A-Z])/,
    },
    {
      // A list row ending in the patient's bay or bed after a dash ("1. SMITH, Ann  90  L phaco — Bay 1"):
      // the number is that patient's bed. So is a bay in the last column of a record line ("NHS 999 …   Bay 2").
      name: 'en-bay-line-end',
      regex:
        /(?:[—–] | {2}|\t)(?:Bay|Bed|Cubicle|Cub|Chair|Pod|Trolley) (?<value>\d{1,2}[A-Za-z]?)(?=[ \t]*(?:\r?\n|$))/dg,
      score: 0.8,
      prefilter: /(?:[—–] | {2}|\t)(?:Bay|Bed|Cubicle|Cub|Chair|Pod|Trolley) \d/,
    },
    {
      // A | table row opening with a bare bed number before a cell holding a name and an age glued to
      // the sex ("| 4 | Ifan Maddox 71F | …"): the number is that patient's bed (the age and sex is what
      // the table-columns reader's name test does not take), or the age alone after a comma closing the cell
      // ("| 3 | Hilda Brannock, 93 | …"; round 50). A US shift table's room has three digits, and a quoted nickname may
      // follow the name ("| 604 | Dorothy Kemper ("Dot"), 93 | …"; round 51).
      name: 'en-bed-cell-before-name-age',
      regex:
        /^[ \t]{0,3}\|?[ \t]{0,2}(?<value>\d{1,2}[A-Za-z]?|\d{3}(?=[ \t]{0,2}\|[ \t]{1,2}[A-Z][^\n|]{2,60}, \d))[ \t]{0,2}\|[ \t]{1,2}(?=[A-Z][a-z'’-]{1,20}(?: [A-Z][a-z'’-]{1,20}){1,2}(?: \d{1,3}[MF](?![A-Za-z0-9])|(?: \(["“][A-Z][a-z'’-]{1,20}["”]\))?, \d{1,3}[ \t]{0,2}\|))/dgm,
      score: 0.8,
      prefilter: / \d{1,3}(?:[MF](?![A-Za-z0-9])|[ \t]{0,2}\|)/,
    },
    {
      // A | table whose header's first column is "Bed" ("Bed | Name | Issues"): each row's first cell is that row's
      // patient's bed (round 54), where a capitalised name opens the next cell; not a row left empty ("5 | — | empty",
      // "2 | (empty) |") or an unnamed patient's ("4 | unknown male | …").
      name: 'en-bed-column-row',
      regex:
        /^[ \t]{0,3}\|?[ \t]{0,2}(?<value>\d{1,3}[A-Z]?)[ \t]{0,2}\|(?=[ \t]{0,2}(?!(?:Empty|Vacant|Closed|Unknown|Unnamed|None)\b)[A-Z])(?<=(?:^|\n)[ \t]{0,3}\|?[ \t]{0,2}Bed[ \t]{0,2}\|[^\n]{0,100}\n(?:[^\n]{0,200}\n){0,30}[^\n]{0,12})/dgm,
      score: 0.8,
      // From "Bed", a literal, back to the line's start.
      prefilter: /Bed[ \t]{0,2}\|(?<=(?:^|\n)[ \t]{0,3}\|?[ \t]{0,2}Bed[ \t]{0,2}\|)/,
    },
    {
      // The same table with its cells split by slashes ("Bed / Name / Plan⏎3 / Ida Roe / …"; round 58): each row's first
      // cell is that row's patient's bed where a capitalised name opens the next; not a row left empty ("2 / — / empty").
      name: 'en-bed-column-slash-row',
      regex:
        /^[ \t]{0,3}(?<value>\d{1,3}[A-Z]?)[ \t]{1,2}\/[ \t]{1,2}(?=(?!(?:Empty|Vacant|Closed|Unknown|Unnamed|None)\b)[A-Z][a-z])(?<=(?:^|\n)[ \t]{0,3}Bed[ \t]{1,2}\/[^\n]{0,100}\n(?:[^\n]{0,200}\n){0,30}[^\n]{0,12})/dgm,
      score: 0.8,
      // From "Bed", a literal, back to the line's start.
      prefilter: /Bed[ \t]{1,2}\/(?<=(?:^|\n)[ \t]{0,3}Bed[ \t]{1,2}\/)/,
    },
    {
      // A unit's own number named by its abbreviation and repeating it as the prefix ("SIU no SIU-2611-017",
      // "DRC No. DRC/26/0418"): whatever the unit, a code that carries its label is that unit's record.
      name: 'en-self-prefixed',
      regex:
        /\b(?<label>[A-Z]{2,5})(?<!\b(?:PO|INV|ORD|CLM|TXN|RX|RCPT|VAT|GST|ABN)) (?:[Nn]o\.?|[Nn]umber|#)[ \t]{0,2}:?[ \t]{0,2}(?<value>\k<label>[-/]?\d[0-9A-Z/-]{2,18}[0-9A-Z])(?![0-9A-Za-z])/dg,
      score: 0.85,
      prefilter: / (?:[Nn]o\.?|[Nn]umber|#) ?:? ?[A-Z]{2,5}[-/]?\d/,
    },
    {
      // "就诊卡9920318847", "就诊卡：ET0552893": the card named without 号. Clinic cards carry printed
      // digits, after at most three capital letters; a table cell may follow a bar, and the printed digits
      // may stand in spaced groups, with or without the letters, the last group shorter ("就诊卡｜JZ 0027 4416",
      // "就诊卡 6102 3348 1195", "就诊卡（卡号0107 3358 92）").
      name: 'zh-clinic-card',
      // The scan stops only at 卡 (rare) and looks back for the rest, so no prefilter scan is needed.
      regex:
        /卡(?<=(?:就诊|诊疗|门诊)卡)[ \t]{0,2}(?:[（(]卡号)?[:：｜]?[ \t]{0,2}(?<value>[A-Z]{0,3}\d{6,20}|(?:[A-Z]{1,3} )?\d{4}(?: \d{4}){0,2} \d{2,4})(?![0-9A-Za-z]| \d)/dg,
      score: 0.85,
    },
    {
      // A labour ward's board opens a named woman's line with her labour-delivery-recovery room ("LDR 3: Ana Roe, 29,
      // G2P1"; round 60): the room is her bed, number only. An empty room's line names no one ("LDR 5: empty").
      name: 'en-ldr-line-start',
      regex:
        /(?<=(?:^|\n)[ \t]{0,3})(?:LDRP?|L&D [Rr]oom|LD [Rr]oom)[ \t]?(?<value>\d{1,3}[A-Z]?)(?=[ \t]{0,2}[:|-][ \t]{0,2}[A-Z][a-z'’-]{1,20}[ ,])/dg,
      score: 0.85,
      prefilter: /LDR|L&D [Rr]oom|LD [Rr]oom/,
    },
    {
      // Rooms in a labour ward or ward list ("Rm 2: Hollie Grant", "listed for Rm 4"): a capitalised
      // abbreviation and a short number (case-sensitive, so the ringgit "RM 450" is not one; "rm 412" in lower case is).
      // A side room is a single patient's room in any case ("found in side room 2"). A chart's "Rm" may
      // have four digits ("Rm 4726" of a tower block); "Room 1208" is as often a hotel's, in an address.
      // A one-digit "room" in lower case is read when a spoken handover names its patient ("room 2 is Hollie Hirst").
      // A form's field may put a colon after "Room" or "Rm" ("Patient: … Room: 412"). A four-digit room with
      // its floor after it is a hospital tower's ("room 1127, 11th floor"; round 36), and so is one in a chart's
      // header fields, opening its line or column and followed by a column gap ("Room 5208   Admitted …"; round 38).
      // A one-digit room after its ward's number is a patient's too ("Ward 9, room 3"; round 43). A care home's room
      // may be a wing letter and digits, before a comma ("Resident Ida Roe (90), room C12, …"; round 47).
      // The same four digits after a unit's name and a comma close an admission line ("to 6 East, room 6120⏎"; round 39).
      // A lab report in capitals writes "RM" in a column of its own ("MRN: 40218833   RM 318"), not
      // a price in ringgit ("Paid RM 212").
      name: 'en-room',
      regex: new RegExp(
        `\\b(?:Rm|rm|Room|(?<=(?:^|\\n|[ \\t]{2}|\\t))(?:RM|ROOM)|[Ss]ide room|room(?= \\d{2}| \\d,? [A-Z][a-z'’-]{1,20} [Ww]ard\\b| \\d is [A-Z][a-z'’-]{1,20} [A-Z][a-z]| [A-Z]\\d{1,3}[,;])|room(?<=\\b[Ww]ard [0-9]{1,3}[A-Z]?,? room))(?:\\.|(?<=\\b(?:Rm|Room|RM|ROOM))[ \\t]{0,2}:)?[ \\t]?(?<value>\\d{1,3}[A-Za-z]?|(?<=\\b(?:[Rr]oom|Rm) )[A-Z]\\d{1,3}(?=[,;])|(?<=[Rr]m\\.?[ \\t]?)\\d{4}|\\d{4}(?=,? (?:on (?:the )?)?\\d{1,2}(?:st|nd|rd|th) [Ff]loor\\b)|(?<=(?:^|\\n|[ \\t]{2})Room[ \\t])\\d{4}(?=[ \\t]{2}|\\t|[ \\t]*(?:\\r?\\n|$))|(?<=, room[ \\t])\\d{4}(?=[ \\t]*(?:\\r?\\n|$)))(?![0-9A-Za-z]|[.,]\\d|-[0-9A-Z])${NOT_A_PATIENT}`,
        'dg',
      ),
      score: 0.8,
      prefilter: /\b(?:[Rr](?:m|oom)|RM|ROOM)\b/,
    },
    {
      // A lab report in capitals gives the room in a column of its own with its unit's code ("MRN: 40218833
      // ROOM: 4W-22", "RM: 5N-227"; rounds 31 and 34): the whole code is the room, as the cards mark it there
      // (a bed or room in running text gives the number only, en-bed-unit-code below). A room whose code opens
      // with its floor's digit is the whole code in running text too ("MRN …, Rm 7W-22", "(rm 5E-14)"; rounds 39
      // to 41); a bed's ("bed 4W-17") and a room's code of letters alone ("Room LD-6") give the number. A care home's
      // room named by its wing's one letter and a hyphen is the whole label ("Resident Ada Roe, room B-17, 99."; round
      // 51), as a wing letter glued to the digits is ("room C12"; round 47). A floor and a room number joined by a
      // hyphen after a capitalised label in a header's field run is the whole label too ("NRIC: … Room 3-12"; round 53),
      // with its bed's letter after it ("DOB …   Room 2-118C"; round 54).
      // A header's fields may be split by pipes instead ("MRN … | Rm 4-310A | 11/24/2026"; round 55).
      name: 'en-room-caps-unit-code',
      regex:
        /\b(?:(?:RM|ROOM)(?<=(?:^|\n|[ \t]{2}|\t)(?:RM|ROOM))|Rm|rm|Room|room)[ \t]{0,2}:?[ \t]{1,2}(?<value>\d{1,2}[A-Z]{1,2}-\d{1,4}[A-Z]?|[A-Z]-\d{1,3}[A-Z]?|(?<=(?:[ \t]{2}|\t|\| )(?:Rm|Room|RM|ROOM)[ \t]{0,2}:?[ \t]{1,2})\d{1,2}-\d{2,3}[A-F]?(?=[ \t]*(?:\r?\n|$)|[ \t]{2}| \|))(?![0-9A-Za-z-]|[.,]\d)/dg,
      score: 0.85,
      // The same test as en-room's, so the registry's cache answers it.
      prefilter: /\b(?:[Rr](?:m|oom)|RM|ROOM)\b/,
    },
    {
      // An imaging department's own number named by the modality's letters ("US no AU7731096", "CT No.
      // CT-5520417"; round 34), in capitals (the labels above match any case, and "us no" is English): a
      // code of five or more digits, as RIS and PACS numbers are.
      name: 'en-modality-number',
      regex:
        /\b(?:US|CT|MRI|XR)[ \t](?:[Nn]o\.?|[Nn]umber|#)[ \t]{0,2}:?[ \t]{0,2}(?<value>[A-Z]{0,4}-?\d{5,12})(?![0-9A-Za-z])/dg,
      score: 0.85,
      // The label's last letter, not its alternatives, starts the scan.
      prefilter: /[STIR] (?:[Nn]o|[Nn]umber|#)/,
    },
    {
      // A scan's own code right after the modality's name, without "no." ("on MRI MQ25-770412", "CT CT25-004417"; round
      // 49): a code of capitals, a two-digit year, a hyphen and a serial, which no finding or dose is written as.
      name: 'en-modality-code',
      regex:
        /\b(?:MRI|MR|CT|PET(?:-CT)?|US|XR|X-ray|DEXA|EMG|NCS|EEG)[ \t](?<value>[A-Z]{2,4}\d{2}-\d{4,8})(?![0-9A-Za-z-])/dg,
      score: 0.85,
      prefilter: /[A-Z]{2} [A-Z]{2,4}\d{2}-\d{4}/,
    },
    {
      // A room with its bed's letter after a hyphen ("Room 4117-C", "Rm 612-A"; round 49): one label, as a room-bed
      // label is marked; a four-digit room alone may be a hotel's and is left to en-room. The bed may be a digit
      // ("Room 508-2"; round 50).
      name: 'en-room-bed-letter',
      regex:
        /\b(?:Rm|rm|Room|room|RM|ROOM)\.?[ \t]{0,2}:?[ \t]{1,2}(?<value>\d{3,4}-(?:[A-F]|[1-6](?![.,]\d)))(?![0-9A-Za-z-])/dg,
      score: 0.85,
      prefilter: /\d{3}-[A-F1-6]/,
    },
    {
      // A trust's letter-numbered record names its letter before "number" and again as the code's prefix
      // ("K-number K3306618", "(M number: M0041273)"; round 34).
      name: 'en-letter-number',
      regex:
        /\b(?<letter>[A-Z])-?[Nn]umber[ \t]{0,2}:?[ \t]{0,2}(?<value>\k<letter>\d{5,10})(?![0-9A-Za-z])/dg,
      score: 0.85,
      prefilter: /\b[A-Z]-?[Nn]umber[ \t]{0,2}:?[ \t]{0,2}[A-Z]\d/,
    },
    {
      // A bed, room or location written after its unit's code ("bed 4W-17", "Room LD-6", "LOC: 3N-314"):
      // the number is the patient's bed, the unit code is the ward's, as with "床位：ICU-12". "LOC" alone is
      // also a level of consciousness, so there the code must open with the floor's digit. A stepdown or
      // telemetry unit names its rooms the same way ("admit stepdown 4N-112"), and so does a plan that admits
      // the patient straight to a room ("admit 4W-412"). A lab report in capitals may write the room after the
      // unit's code ("LOC: 5E RM 212"), or after a slash ("LOC: 7W/14"; round 37). An intensive-care unit's code
      // may stand for the floor ("LOC: SICU-12"; round 35).
      name: 'en-bed-unit-code',
      regex: new RegExp(
        `(?:\\b(?:[Bb]ed|[Ss]tep-?down|[Tt]elemetry|[Aa]dmit(?:ted)?(?: to)?)[ \\t]{0,2}:?[ \\t]{1,2}\\d{0,2}(?!(?:[A-Z]{0,2}ICU|CCU|HDU|ITU)-)[A-Z]{1,3}|\\b(?:Room|room|Rm|rm)[ \\t]{0,2}:?[ \\t]{1,2}[A-Z]{2,3}|\\b(?:LOC|Loc|Location)[ \\t]{0,2}:[ \\t]{1,2}(?:\\d{1,2}[A-Z]{1,2}|[A-Z]{0,2}ICU|CCU|HDU))(?:-|(?<=\\b(?:LOC|Loc|Location)[ \\t]{0,2}:[ \\t]{1,2}\\d{1,2}[A-Z]{1,2})(?:[ \\t]{1,2}(?:RM|ROOM|BED|Rm|Room|Bed)[ \\t]{1,2}|\\/))(?<value>\\d{1,3}[A-Za-z]?)(?![0-9A-Za-z-]|[.,]\\d)${NOT_A_PATIENT}`,
        'dg',
      ),
      score: 0.85,
      prefilter: /\b(?:[Bb]ed|[Rr]oom|[Rr]m|LOC|Loc|[Ss]tep-?down|[Tt]elemetry|[Aa]dmit(?:ted)?)\b/,
    },
    {
      // A bed named by its critical-care unit and a blank before the number ("Bed HDU 4", "bed CCU 12"; round
      // 40): the number is the patient's bed, as with "床号：CCU 3". An acute unit's code the same ("Bed: AFU 4" of a
      // frailty unit, "bed HASU 2" of a stroke unit; round 55).
      name: 'en-bed-unit-name',
      regex: new RegExp(
        `\\b[Bb]ed[ \\t]{0,2}:?[ \\t]{1,2}(?:${NAMED_BED_UNITS})[ \\t]{1,2}(?<value>\\d{1,2}[A-Za-z]?)(?![0-9A-Za-z-]|[.,]\\d)${NOT_A_PATIENT}`,
        'dg',
      ),
      score: 0.85,
      prefilter: new RegExp(`\\b[Bb]ed[ \\t]{0,2}:?[ \\t]{1,2}(?:${NAMED_BED_UNITS})[ \\t]{1,2}\\d`),
    },
    {
      // A bed named by its critical-care unit with a hyphen ("Bed ICU-7", "bed HDU-3"; round 45): the whole
      // label, as the cards mark it in a table ("ICU-04 | …"; round 44) and after "bed" ("bed PICU-11"; round 43);
      // a ward's code keeps the number only ("bed 4W-17", en-bed-unit-code).
      name: 'en-bed-unit-label',
      regex: new RegExp(
        `\\b[Bb]ed[ \\t]{0,2}:?[ \\t]{1,2}(?<value>(?:[A-Z]{0,2}ICU|CCU|HDU|ITU)-\\d{1,2}[A-Za-z]?)(?![0-9A-Za-z-]|[.,]\\d)${NOT_A_PATIENT}`,
        'dg',
      ),
      score: 0.85,
      prefilter: /\b[Bb]ed[ \t]{0,2}:?[ \t]{1,2}(?:[A-Z]{0,2}ICU|CCU|HDU|ITU)-\d/,
    },
    {
      // A case number without "no" in a record line's fields, after a comma or a column gap or opening the
      // line ("Ines Roa, 71, case 40418822"; round 40): six or more digits; not "in case 2 …".
      name: 'en-case-field',
      regex:
        /\b[Cc]ase(?<=(?:^|\n|[,;|][ \t]?|\t| {2})[Cc]ase)[ \t]{1,2}(?<value>\d{6,12})(?![0-9A-Za-z]|[.,]\d)/dg,
      score: 0.85,
      prefilter: /[Cc]ase[ \t]{1,2}\d{6}/,
    },
    {
      // A spoken or transcribed handover says who lies in an ED cubicle or on a trolley ("cubicle 3 is
      // Mrs Oduya", "Cubicle 5 is a young lad, Tobias"): the number is that patient's bed. The name may
      // follow after a comma, in its own clause ("Cubicle 11, Petronella, the little one"), and so may an ED
      // area's bay say its child ("Paeds bay 3, little Ada Brook, …").
      name: 'en-cubicle-is',
      regex: new RegExp(
        `\\b(?:[Cc]ubicle|[Tt]rolley|(?<=\\b(?:[Pp]aeds|[Pp]eds|[Rr]esus|[Mm]ajors|[Mm]inors) )[Bb]ay)[ \\t](?<value>\\d{1,2}[A-Za-z]?)(?= is (?:Mr|Mrs|Ms|Miss|[A-Z][a-z'’-]{1,20}|an? (?:(?:little|young|old|elderly|frail) )?(?:girl|boy|lad|lass|man|woman|lady|gent|gentleman|baby|child|toddler|teenager|kid))\\b|, (?:(?:Mr|Mrs|Ms|Miss)\\.? )?[A-Z][a-z'’-]{1,20},|, (?:little|young) [A-Z][a-z'’-]{1,20}(?: [A-Z][a-z'’-]{1,20})?,)${NOT_A_PATIENT}`,
        'dg',
      ),
      score: 0.8,
      prefilter:
        /(?: is |, [A-Za-z])(?<=(?:[Cc]ubicle|[Tt]rolley|[Bb]ay) \d{1,2}[A-Za-z]?(?: is |, [A-Za-z]))/,
    },
    {
      // A theatre's number as a field of a patient's header line, after the name and a column gap ("Patient: Ana Roe
      // NHI ABC1234  Theatre 4"; round 56): the room of a named patient, as the cards mark a theatre.
      name: 'en-theatre-in-header',
      regex:
        /(?<=(?:^|\n)[ \t]{0,3}(?:Patient|PATIENT|Pt|Name)[ \t]{0,2}:[^\n]{2,100}(?:[ \t]{2}|\t|\| ))(?:Theatre|THEATRE|Theater|OR)[ \t]{0,2}:?[ \t]{1,2}(?<value>\d{1,2}[A-Z]?)(?![0-9A-Za-z]|[.,]\d)/dg,
      score: 0.8,
      prefilter: /(?:[ \t]{2}|\t|\| )(?:Theatre|THEATRE|Theater|OR)[ \t]{0,2}:?[ \t]{1,2}\d/,
    },
    {
      // A recovery bay is the bed a patient lies in after a procedure ("Recovery bay 3."), as in the
      // labelled rounds; a bay said to be empty is not.
      name: 'en-recovery-bay',
      regex: new RegExp(
        `\\b(?:[Rr]ecovery|[Ii]nfusion)[ \\t](?:bay|Bay|bed|Bed|room|Room)[ \\t](?<value>\\d{1,2}[A-Za-z]?)(?![0-9A-Za-z]|[.,]\\d)${NOT_A_PATIENT}`,
        'dg',
      ),
      score: 0.8,
      prefilter: /(?:[Rr]ecovery|[Ii]nfusion) (?:bay|Bay|bed|Bed|room|Room) \d/,
    },
    {
      // A transcribed handover says the bed in words ("bed six is Mrs Hale", "Bed twelve, little Tom"):
      // the bed of the patient named next. Not a bed that went home or is empty ("Bed four went home").
      // A side room is one patient's bed too ("side room two, Mr Dumbuya"), and the patient may be described
      // before the name ("Bed five, young lad, Ruairidh…"; round 35), or described only ("Side room two is the
      // C. diff lady"; round 36). Beds past twenty are hyphened words ("Bed thirty-two is Mrs …"; round 37). A
      // dictated handover may run the bed straight into the patient's first and last name and a comma ("bed nine Amos
      // Reilly, …"; round 47), not a ward's wing ("bed two North Wing"). A spoken ED handoff numbers rooms the same
      // way, and may put a dash before the patient ("Room six is Mr Obi", "Room twelve — Lorna, …"; round 54); a room
      // "is" a patient only by a title ("Room five is Radiology" names a place).
      name: 'en-bed-number-word',
      regex:
        /\b(?:[Bb]ed|[Ss]ide room|[Rr]oom) (?<value>(?:twenty|thirty|forty)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?= is (?:Mr|Mrs|Ms|Miss|Mx|Dr|little|baby|[A-Z][a-z'’-]{1,20}\b)|(?: is|['’]s) (?:the|a|an|our) (?:[A-Za-z.'’-]{1,12} ){0,3}(?:lady|man|woman|gent|gentleman|lad|lass|boy|girl|baby|chap|fella|patient)\b|, (?:(?:little|baby|young|old) |(?:Mr|Mrs|Ms|Miss|Mx)\.? |(?:young|little|old|elderly) (?:lad|lass|boy|girl|man|woman|lady|gent|gentleman|chap|fella), )?[A-Z][a-z'’-]{1,20}\b| (?:(?:Mr|Mrs|Ms|Miss|Mx)\.? )?(?![A-Za-z'’-]{1,20} (?:Wing|Ward|Bay|Unit|Block|Room|Side)\b)[A-Z][a-z'’-]{1,20} [A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž'’-]{1,20}(?=,)| [—–] (?:(?:Mr|Mrs|Ms|Miss|Mx)\.? )?(?!(?:Empty|Vacant|Free|Closed|Nobody|None)\b)[A-Z][a-z'’-]{1,20}\b)(?! is (?:empty|vacant|free|closed)\b)(?!(?<=(?<![Ss]ide )[Rr]oom [a-z-]{3,12}) is (?!(?:Mr|Mrs|Ms|Miss|Mx|Dr)\b))/dg,
      score: 0.8,
      prefilter:
        /(?:[Bb]ed|[Ss]ide room|[Rr]oom) (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty)\b/,
    },
    {
      // A prison cell is read like a bed, the number only, where a housing unit or wing names it first
      // ("Wing B, cell 112") or a label does ("Cell: 09"); a blood or white cell count has neither.
      name: 'en-cell',
      regex: new RegExp(
        `(?:\\b(?:Unit|Wing|Block|Landing|Pod|House)[ \\t][A-Z0-9]{1,3},?[ \\t]{1,2}[Cc]ell|\\bCell[ \\t]{0,2}:)[ \\t]{0,2}(?<value>\\d{1,4}[A-Z]?)(?![0-9A-Za-z]|[.,]\\d)${NOT_A_PATIENT}`,
        'dg',
      ),
      score: 0.8,
      prefilter: /[Cc]ell[ \t:]/,
    },
    {
      // An emergency observation bay heading a handover line ("留观3：蒋某，男，67岁", "留5｜滕某｜", "｜观3 滕某"), as a
      // bed is; not one whose patient is unnamed ("留6｜（姓名不详）", "观5 无名氏").
      name: 'zh-observation-bay',
      regex:
        /(?<=留观|(?:^|\n)留|(?:^|\n|[｜|])观)(?<value>\d{1,3})(?=[ \t]{0,2}[:：｜|]|[ \t\u3000]{1,2}[\u4e00-\u9fff])(?![ \t\u3000]{0,2}[:：｜|]?[ \t\u3000]{0,2}[（(]?(?:无名|空|姓名不详|身份不明))/dg,
      score: 0.85,
      prefilter: /留观|(?:^|\n)留\d|观\d/,
    },
    {
      name: 'zh-bed',
      // Not an empty bed or an unnamed patient ("5床 空床", "3床：空", "3床｜空", "9床为空床", "10床今日空床" (round 44), "3床是个无名氏",
      // "4床是120送来的无名氏", "8床那个孩子还没登记名字", "6床｜身份不明男性", "23床、31床为空床", "6床昨晚转出去了，
      // 现在空着", as the numeral beds above); nor a bed whose patient has just left, said right after it ("4床昨晚已
      // 转出。", "7床已出院，"), which names no one now; nor, as family
      // chats write it, the bed of a relative named only by kinship earlier in the sentence ("妈今天在31床挂水",
      // "爸今天转到普通病房了，18床"; not "我爸侯德旺…住15床", named), or given in a chat's answer to a question
      // with no one named in it ("二姐：几床？⏎小雯：普外科6楼，19床"; not "王建国在几床？"), as the cards since round
      // 13 mark it; nor a row whose name cell is a dash before the empty note ("5床｜——｜空床"; round 58); but a
      // relative the line goes on to name ("妈转到普通病房了，16床，…登记报妈的名字某某就行"; round 37) is named, and
      // her bed is read. A unit's letters and a hyphen may come before the number ("ICU-5床"), as the cards mark it
      // (ICU-[5]床), or glued to it ("ICU6床"; round 46); a bar may stand between the bed and its patient's leaving ("10床｜今晨出院"); a patient
      // who has been moved on leaves the bed unnamed ("7号床病人已转入病房"; not "已转入我科", who arrived).
      // Getting out of bed is no place under it ("在骨科12床下床时摔倒"; round 58): 床下 excludes, 床下床 does not.
      // A room of four digits and its bed after a hyphen ("1207-2床"; round 60) is one bed label, as "12-1床" is; four
      // digits alone before 床 are not read (a count, a year).
      regex:
        /(?<![0-9A-Za-z](?<!(?:^|[^A-Za-z])(?:ICU|CCU|EICU|NICU|PICU|RICU|SICU|MICU|CICU))|(?<!(?:^|[^A-Za-z])(?:ICU|CCU|EICU|NICU|PICU|RICU|SICU|MICU|CICU))-|借住?|借个)(?<!(?:^|[\n：:，,。！!？?\s]|我|咱)(?:爸爸?|妈妈?|老爸|老妈|爷爷|奶奶|姥姥|姥爷|外婆|外公|公公|婆婆)[今在已从转住又还刚昨前明被做的了是，,][^。；;\n]{0,20}(?![^\n]{0,40}的名字))(?<!(?:^|\n)[^\n：:]{1,6}[：:](?:[^\n]{0,20}[，,。？?！!])?(?:住院部|住)?(?:几床|几楼|床号多少|哪个床)[^\n]{0,20}\n[^\n：:]{1,6}[：:][^\n]{0,20})(?<value>(?:\d{1,3}|\d{4}(?=-\d))(?:-\d{1,2})?[A-Za-z]?)(?:床|号(?:留观|观察)?床)(?!位|旁|边|头|尾|上(?!官)|下(?!床)|[ \t\u3000｜|—–\-－/／]{1,12}空|[ \t\u3000]{0,2}[:：｜|]?[ \t\u3000]{0,2}(?:(?:现|目前)?[为是]?空|(?:今日|今天|当前)[为是]?空(?:床|着)|是个?无名|无名)|(?:[、和及]\d{1,3}(?:号床|床)){1,4}(?:现|目前)?[为是]?空|[^，,。；;\n]{0,12}(?:无名氏|没登记名|未登记姓名|拒说姓名|身份不明|不明身份|姓名不详|未带证件)|[^。；;\n]{0,14}(?:空着|空出来|没人了?[。；;\n])|[ \t\u3000]{0,2}[:：｜|]?[ \t\u3000]{0,2}(?:昨晚|昨夜|昨天|昨日|今晨|今早|今天|今日|上午|下午|夜间|凌晨)?(?:已经?|刚)?(?:转出|转科|出院)(?:去)?了?(?=[。；;，,\n]|$)|(?:病人|患者)?(?:已经?|刚)转(?:入|到|至|去)(?!我|本)[\u4e00-\u9fffA-Z]{0,6}(?:病房|病区|科|ICU|CCU|监护室)(?=[。；;，,\n]|$))/dg,
      score: 0.85,
      prefilter: /床/,
    },
  ],
});
