import { isValidKvnr, isValidNhi, isValidNir, isValidResidentId } from './checksums.ts';
import { isChinesePassportShape } from './passport.ts';
import { PatternRecognizer } from './pattern-recognizer.ts';

/**
 * Medical-insurance and social-security numbers. Formats differ by region and insurer, so only a
 * labelled value counts. A valid resident ID under a 社保 label is the person's ID_CARD (forms use
 * the resident number as the social-security number), so it is left to the identity recognizer; the
 * US SSN and UK NI number are national identity numbers too (id-card.ts).
 */
/**
 * Ends in 险编号/险号… too: every kind of insurance (长护险, 意外险, 重疾险) numbers its members; Taiwan's
 * national health insurance card is 健保卡 (健保卡號). A long-term care insurance's benefit number names its
 * member too ("长期护理保险待遇编号：…"; round 52).
 */
const LABELS =
  '医保卡号|医保号|医保账号|医保编号|医保电子凭证号?|社保卡号|社保号|社保账号|社会保障卡号|医疗保险号|医疗保险卡号|参保号|个人编号|新农合号|新农合证号|合作医疗证号|保单号|保险单号|商业保险号|医保卡|社保卡|医保账户|医保ID|医保个人编号|居民医保号|职工医保号|农合号|保险号|保险卡号|医疗保险卡|险编号|险号|险卡号|险单号|险待遇编号|险待遇号|健保卡號|健保卡号|健保號|健保号';
/**
 * Health insurers named before a member number ("Aetna member W…", "Bupa membership BUP…", "BCBS ID XKB…"),
 * also by a short name ("UHC ID 90412277-01").
 */
const INSURERS =
  'Aetna|Cigna|Humana|UnitedHealthcare|United Healthcare|UHC|Highmark|Wellmark|Premera|Regence|Kaiser(?: Permanente)?|Anthem|BCBS|Blue Cross(?: Blue Shield)?|Blue Shield|Tricare|Molina|Ambetter|Bupa|AXA(?: PPP| Health)?|Aviva|Vitality|WPA|Simplyhealth|Medibank|HCF|NIB|Southern Cross|Sun Life|Manulife|Canada Life|Great-West Life|Allianz|VHI|Laya';
// Manitoba's health number is the PHIN ("PHIN 118204417"; round 38), as British Columbia's is the PHN. An
// insurer's card is named as such ("Insurance card no.: GHI-2207-5531-01"; round 46). The GMS card may be glossed in
// brackets ("GMS (medical card) no.: 7730412K"), and a workers' compensation claim number is the injured worker's
// cover, as ACC's is ("Workers' comp claim # WC-26-0041"; round 48).
// Northern Ireland's health number is the H&C number ("H&C no. 3310458812"), and a private insurer's member
// number may stand under its own label after the insurer's line ("Insurer: Bupa   Membership no: 55120348-01"; round 50).
// A provincial health card may name its plan in brackets before the colon ("NS Health Card (MSI): 0024 613 987"; round 53).
// A membership may name its insurer in brackets after the word ("Membership (Bupa) 66120943-01"; round 56).
// An insurer's card may be named with no "no." after it ("Insurance card: AB-1234-56789-01"), and national schemes by their
// short names: Nigeria's NHIA and Ghana's NHIS, PhilHealth, Taiwan's NHI card (twelve digits), Arizona's AHCCCS (round 59).
const EN_LABELS = `Insurance (?:[Cc]ard(?: (?:ID|No\\.?|Number|#))?|ID|No\\.?|Number|#)|Member (?:ID|No\\.?)|Policy (?:No\\.?|Number|#)|Medicare (?:No\\.?|Number|ID)|Medicaid (?:No\\.?|Number|ID)|NHS (?:No\\.?|Number)|Subscriber (?:ID|No\\.?|Number)|Health Plan,? (?:ID|No\\.?|Number|#)|Health Insurance (?:ID|No\\.?|Number)|Ins\\.? (?:ID|No\\.?)|Member (?:Number|#)|Policy ID|Medicare Card(?: (?:No\\.?|Number))?|Group (?:No\\.?|Number)|GMS(?: [Cc]ard| \\([Mm]edical [Cc]ard\\))?(?: (?:No\\.?|Number|#))?|(?:Workers['’]? [Cc]omp(?:ensation)?|WC) [Cc]laim (?:No\\.?|Number|#)|Medical Card(?: (?:No\\.?|Number|#))?|H&C(?: (?:No\\.?|Number|#))?|Health (?:and|&) Care (?:No\\.?|Number)|Membership (?:ID|No\\.?|Number|#)|(?:Pensioner )?Concession Card(?: (?:No\\.?|Number|#))?|Health Care Card(?: (?:No\\.?|Number|#))?|(?:Medicare|Medicaid|OHIP|RAMQ|MSP|AHCIP|MHSC|PHIN|PHN|NHI|NHS|CHI|IHI|HCN|MBI|Health Card|Health Insurance|NHIA|NHIS|NHI [Cc]ard|PhilHealth|AHCCCS)(?: (?:No\\.?|Number|#|ID))?|Health Card \\([A-Z]{2,5}\\)|(?:${INSURERS}),? \\(?(?:(?:member(?:ship)?|subscriber|policy)(?: (?:ID|No\\.?|Number|#))?|ID|No\\.?|#)|(?:Membership|Member(?: ID)?|Policy) \\((?:${INSURERS})\\)`;

/**
 * Whether any insurance word is in the text: one test shared by the English and near-label patterns,
 * and by the SSN / NI-number pattern of id-card.ts (the registry caches it per text, so it runs once).
 */
export const INSURANCE_WORDS = new RegExp(
  `insurance|nhia|nhis|philhealth|ahcccs|kvnr|versichertennummer|\\bnir\\b|\\bcin\\b|client id|\\bgms\\b|\\bh&c\\b|health and care|workers['’]? comp|\\bwc claim|medical card|concession card|health care card|\\bni\\b|nino|\\bins\\b|member|policy|medicare|medicaid|nhs|ssn|social security|subscriber|health plan|group (?:no|num)|ohip|ramq|\\bmsp\\b|ahcip|mhsc|\\bphi?n\\b|\\bnhi\\b|\\bchi\\b|\\bihi\\b|\\bhcn\\b|\\bmbi\\b|health card|医保|社保|保险|参保|健保|\\b(?:${INSURERS})\\b`,
  'i',
);

/** A GMS number's label after a doctor's name on the same line. */
const GMS_AFTER_PRESCRIBER =
  /(?:^|\n)[ \t]{0,3}(?:Dr\.?|Doctor|Prescriber:?|Prescribed by:?|GP:?) [A-Z][^\n]{0,60}\bGMS (?:[Nn]o\.?|[Nn]umber|#)[ \t]{0,3}[:#]?[ \t]{0,3}$/;

export const insuranceRecognizer = new PatternRecognizer({
  name: 'pii.insurance_id',
  type: 'INSURANCE_ID',
  patterns: [
    {
      name: 'zh-labelled',
      // The scan stops only at a label's last character (号, 证, 卡, 户, the D of ID) and looks back
      // for the rest, as for record numbers (see mrn.ts). The first printed group may be a six-digit area
      // code ("社保卡号：3702 …" or "社保卡号：370203 5518 0746"; round 43), or carry a two-letter province prefix before
      // the printed groups ("医保号：HN4301 0556 2210", "长护险号：ZJ33 0102 7781"; round 44).
      regex: new RegExp(
        `[号號证卡户D](?<=(?:${LABELS}))(?:码)?[ \\t]{0,3}(?:[:：#]|为|是)?[ \\t]{0,3}(?<value>(?:\\d{3,4}|\\d{6}|[A-Za-z]{2}\\d{2,6})(?: \\d{2,4}){1,5}(?: \\d)?(?![ ]?[0-9A-Za-z])|[A-Za-z]{0,4}\\d[0-9A-Za-z-]{3,24}[0-9A-Za-z])(?![0-9A-Za-z])`,
        'gd',
      ),
      score: 0.9,
    },
    {
      // An insurance field naming the scheme, then the member's number after a bare 编号 or 号码 on the same line
      // ("医保：城乡居民医保　编号5101…"; round 51): the scheme's number, not a record's (zh-any-number in mrn.ts reads a
      // bare 编号 lower).
      name: 'zh-scheme-then-number',
      regex:
        /(?<=(?:医保|社保|新农合|合作医疗)(?:类型|类别)?[ \t\u3000]{0,2}[:：][^\n：:，,。；;]{0,12}?(?:医保|医疗保险|新农合|合作医疗)[ \t\u3000]{0,3}[，,]?[ \t\u3000]{0,2})(?:编号|号码)[ \t]{0,2}[:：]?[ \t]{0,2}(?<value>[A-Za-z]{0,4}\d[0-9A-Za-z-]{5,24}[0-9A-Za-z])(?![0-9A-Za-z])/dg,
      score: 0.85,
      prefilter: /(?:医保|医疗保险|新农合|合作医疗)[ \t\u3000，,]{0,4}(?:编号|号码)/,
    },
    {
      // A 医保 or 社保 card named first, its number given after 卡号 or 号码 later in the sentence or in the
      // next turn of a dialogue or chat ("社保卡在抽屉里，卡号4201 7736 0915 2", "医生：社保卡带了吗？⏎患者：带
      // 了，号码是…"; round 42), the digits grouped by blanks as printed on the card, the last group as short as
      // one digit; not a phone's or another card's number (电话号码, 银行卡号), so 卡号 or 号码 opens its clause.
      name: 'zh-card-then-number',
      regex:
        /(?:卡号|号码)(?<=(?:医保|社保|社会保障)卡[^\n]{0,24}\n?[^\n]{0,14}(?:卡号|号码))(?<=(?:[^\u4e00-\u9fff]|[的了是])..)[ \t]{0,2}(?:[:：]|为|是)?[ \t]{0,2}(?<value>\d{3,6}(?: \d{1,6}){1,5})(?![ ]?[0-9A-Za-z])/dg,
      score: 0.85,
      prefilter: /(?:医保|社保|社会保障)卡/,
    },
    {
      // Digit groups end where a word follows after a blank ("Medicare number 5320 24899 4 for the …").
      // "'s" may stand for "is" after the label ("His Medicare's 3601 47591 3"; round 44).
      // A letter prefix hyphened to the digits is one member number ("AXA membership: AX-77120964").
      // A dependant's two-digit suffix after a blank, closing the field, belongs to the member ID ("Cigna ID
      // U84471902 03"; round 34), as it does after a hyphen ("U48810372-01"), also after a letter prefix
      // hyphened to the digits ("member no. GX-5520917-02"; round 45).
      // A Scottish CHI number is the birth date and four digits, often written with a blank between
      // ("CHI 140352 7718"; round 35): both parts are the number. A Quebec RAMQ number is four letters (surname
      // and given name) and eight digits, blanks between its blocks ("RAMQ TREM 4207 1534"; round 37).
      name: 'en-labelled',
      regex: new RegExp(
        `\\b(?:${EN_LABELS})[ \\t]{0,3}(?:[:#]|is|['’]s)?[ \\t]{0,3}(?<value>[A-Z]{2,3} \\d{3,5} \\d{3,5}(?: \\d{1,5})?(?![ ]?[0-9A-Za-z])|(?<=\\bRAMQ(?: (?:No\\.?|Number|#))?[ \\t]{0,3}(?:[:#]|is)?[ \\t]{0,3})[A-Z]{4} ?\\d{4} ?\\d{4}(?![0-9A-Za-z])|(?<=(?:OHIP|Health Card)(?: (?:No\\.?|Number|#))?[ \\t]{0,3}(?:[:#]|is)?[ \\t]{0,3})\\d{4}[ -]?\\d{3}[ -]?\\d{3}(?=[ -]?[A-Z]{2}(?![0-9A-Za-z]))|(?<=\\bCHI(?: (?:No\\.?|Number|#))?[ \\t]{0,3}(?:[:#]|is)?[ \\t]{0,3})(?:0[1-9]|[12]\\d|3[01])(?:0[1-9]|1[0-2])\\d{2} \\d{4}(?![ ]?[0-9])|\\d{3} \\d{3} \\d{4}|\\d{3} \\d{3} \\d{3}[A-Za-z](?![0-9A-Za-z])|\\d{3}-\\d{2}-\\d{4}|\\d{2,5}(?: \\d{1,6}){1,3}(?![ ]?[0-9]|[A-Za-z])|[A-Za-z]{1,4}-\\d{2,6}-\\d{2,8}(?:-\\d{2})?(?!-)|[A-Z]{2,5}-[A-Z]{2,3}-\\d{5,10}|[A-Za-z]{1,4}\\d{6,12} \\d{2}(?=[ \\t]*(?:$|\\r?\\n|[.,;|)]|[ \\t]{2}))|[A-Za-z]{0,4}\\d[0-9A-Za-z-]{2,24}[0-9A-Za-z]|[A-Za-z]{1,4}-\\d{6,14}(?:-\\d{2})?(?!-))(?![0-9A-Za-z])`,
        'gdi',
      ),
      score: 0.9,
      // A card's letters before its digit groups ("GMS card GM 4418 2073", "Bupa, membership BP 7730 4412";
      // round 44) are capitals: the pattern ignores case, so a word ("is 4418 2073") is dropped here.
      scoreOf: (value) => (/^[A-Za-z]{2,3} \d/.test(value) && !/^[A-Z]{2,3} /.test(value) ? -1 : 0.9),
      prefilter: INSURANCE_WORDS,
    },
    {
      // The French social security number (NIR, the carte Vitale's number) after its label, an aside in brackets
      // allowed before the colon ("Social security no. (NIR): 2 84 12 75 108 231 47"; round 59): thirteen characters
      // (2A or 2B for a Corsican department) and the two-digit key, kept only when the key is 97 minus the number
      // modulo 97, so the US SSN reading of "Social security no." (id-card.ts) and other numbers are left alone.
      name: 'fr-nir',
      regex:
        /\b(?:NIR|INSEE(?: (?:[Nn]o\.?|[Nn]umber))?|[Ss]ocial [Ss]ecurity (?:[Nn]o\.?|[Nn]umber)|[Nn]uméro de sécurité sociale|[Cc]arte [Vv]itale(?: (?:[Nn]o\.?|[Nn]umber))?)(?: \([A-Za-z ]{2,24}\))?[ \t]{0,3}[:#]?[ \t]{0,3}(?<value>[12](?<gap> ?)\d{2}\k<gap>\d{2}\k<gap>(?:\d{2}|2[AB])\k<gap>\d{3}\k<gap>\d{3}\k<gap>\d{2})(?![0-9A-Za-z])/dg,
      score: 0.95,
      scoreOf: (value) => (isValidNir(value) ? 0.95 : -1),
      prefilter: /NIR|INSEE|[Ss]ocial [Ss]ecurity|sécurité sociale|[Vv]itale/,
    },
    {
      // The German health insurance number (KVNR) after its label, an insurance label with "(KVNR)" too ("KVNR
      // T123456789"; round 59): a letter and nine digits, kept only when the check digit holds.
      name: 'de-kvnr',
      regex:
        /\b(?:KVNR|Krankenversichertennummer|Versichertennummer)\)?[ \t]{0,3}[:#]?[ \t]{0,3}(?<value>[A-Z]\d{9})(?![0-9A-Za-z])/dg,
      score: 0.95,
      scoreOf: (value) => (isValidKvnr(value) ? 0.95 : -1),
      prefilter: /KVNR|ersichertennummer/,
    },
    {
      // A New York Medicaid client identification number (CIN: two letters, five digits, a letter) after "Client ID"
      // or "CIN" where Medicaid was named earlier in the message ("my Medicaid plan changed … my Client ID is
      // AB12345C"; round 59): the shape and the scheme together, so another service's client number is not read.
      name: 'medicaid-cin',
      regex:
        /\b(?:Client ID|CIN)(?<=\bMedicaid\b[\s\S]{0,300}?(?:Client ID|CIN))(?: (?:[Nn]o\.?|[Nn]umber|#))?[ \t]{0,3}(?:[:#]|is)?[ \t]{0,3}(?<value>[A-Z]{2}\d{5}[A-Z])(?![0-9A-Za-z])/dg,
      score: 0.95,
      prefilter: /\bMedicaid\b/,
    },
    {
      // New Zealand NHIs listed after one "NHI" label for several people ("NHI mum KLP2375, baby WQT4157";
      // round 35): an NHI-shaped code (three letters without I or O, four digits) later in the same
      // sentence, kept only when its check digit is right (scoreOf), so a ward code or a batch number is not. A chat's
      // sentence may say where the number is before giving it ("Her NHI is on the letter if you need it for the
      // pharmacy: KLP2375"; round 60), so the label may stand up to 80 characters before.
      name: 'nhi-listed',
      regex: /(?<![0-9A-Za-z])(?<value>[A-HJ-NP-Z]{3}\d{4})(?![0-9A-Za-z])(?<=\bNHIs?\b[^\n.;]{1,80})/dg,
      score: 0.85,
      scoreOf: (value) => (isValidNhi(value) ? 0.85 : -1),
      prefilter: /\bNHIs?\b/,
    },
    {
      // A labelled number in brackets after its card or scheme ("bring your Medicare card (2953 41870 1)", "NHS
      // (999 204 1187)"; round 42): the closing bracket right after the number, so "Medicare (2024)" or an
      // aside in brackets is not read.
      name: 'en-labelled-bracket',
      regex:
        /\b(?:Medicare|MEDICARE|Medicaid|MEDICAID|NHS|NHI|CHI|OHIP|MBI|IHI|PHN|[Hh]ealth [Cc]ard|[Ii]nsurance|[Mm]ember(?:ship)?)(?: [Cc]ard)?(?: (?:[Nn]o\.?|[Nn]umber|ID|#))?[ \t]{0,2}\([ \t]{0,2}(?:(?:[Nn]o\.?|[Nn]umber|#)[ \t]{0,2}:?[ \t]{0,2})?(?<value>\d{3,5}(?: \d{1,6}){1,3}|\d{8,12}|[A-Z]{1,4}\d{5,12}|[A-HJ-NP-Z]{3}\d{4})[ \t]{0,2}\)/dg,
      score: 0.9,
      scoreOf: (value) => (/^[A-Z]{3}\d{4}$/.test(value) && !isValidNhi(value) ? -1 : 0.9),
      prefilter: INSURANCE_WORDS,
    },
    {
      // A health card's number given later in the same clause after "number", as a family chat writes it ("her
      // health card is in the kitchen drawer, number 1234 567 890"; round 53): a provincial card's ten digits in
      // their 4-3-3 blocks, not a count or a phone.
      name: 'en-health-card-then-number',
      regex:
        /\b[Hh]ealth card\b[^\n.;:]{0,50}?\b(?:number|no\.?|#)[ \t]{0,2}(?:is[ \t]{1,2}|:[ \t]{0,2})?(?<value>\d{4} \d{3} \d{3})(?![ ]?[0-9A-Za-z])/dg,
      score: 0.85,
      prefilter: /[Hh]ealth card\b/,
    },
    {
      // A chat's or dialogue's answer on the next line to a question naming the number ("what's his NHI for the
      // chemist?⏎Kahu: ZAC5361"; round 42): the answer alone after the speaker, ending its line or clause. An
      // NHI-shaped answer must pass its check digit. A chat's turn may open with its time, and a question asking for
      // the birth date too is answered with the date first ("confirm your DOB and Medicare number?⏎09:15 jess_m_1988:
      // 03/05/1988, 4190 27368 3"; round 51).
      name: 'answer-after-question',
      regex:
        /\?(?<=\b(?:NHI|nhi|NHS (?:[Nn]umber|[Nn]o\.?)|[Mm]edicare(?: card)?(?: number| no\.?)?|[Mm]edicaid(?: number| ID)?|CHI(?: number)?|OHIP(?: number)?|[Hh]ealth card number|[Ii]nsurance (?:number|ID)|[Mm]ember (?:number|ID)|[Pp]olicy number)\b[^\n?]{0,40}\?)[ \t]*\r?\n(?:\[?\d{1,2}:\d{2}\]?[ \t]{1,2})?[^\n:]{1,24}:[ \t]{0,3}(?:(?<=\b(?:DOB|[Dd]ate of birth|[Bb]irth ?date)\b[^\n?]{0,40}\?[^?]{1,60})\d{1,2}\/\d{1,2}\/(?:19|20)?\d{2},?[ \t]{1,2})?(?<value>[A-HJ-NP-Z]{3}\d{4}|\d{3} ?\d{3} ?\d{4}|\d{4} ?\d{5} ?\d(?: ?\d)?|[A-Z]{1,4}\d{6,12})(?=[ \t]*(?:$|\r?\n|[,.;!]))/dg,
      score: 0.85,
      scoreOf: (value) => (/^[A-Z]{3}\d{4}$/.test(value) && !isValidNhi(value) ? -1 : 0.85),
      prefilter: /\?[ \t]*\r?\n/,
    },
    {
      // A member ID right after the insurer's name with no label between ("Cigna U62940185", "Aetna
      // W2210448391"), as a record line lists it: a letter prefix and six or more digits, so a year or a
      // plan's number after the name is not read.
      name: 'insurer-then-id',
      // A dependant's two-digit suffix after a hyphen is part of it ("Cigna U62940185-02"; round 49), as after a label.
      regex: new RegExp(
        `\\b(?:${INSURERS})[ \\t]{1,2}(?<value>[A-Z]{1,4}\\d{6,14}(?:-\\d{2}(?![0-9A-Za-z-]))?)(?![0-9A-Za-z])`,
        'dg',
      ),
      score: 0.85,
      prefilter: INSURANCE_WORDS,
    },
    {
      // A New Zealand ACC claim's number on a form about that claim ("ACC claim — summary⏎Claim no: 10442718305";
      // round 39): ACC is the country's injury insurer, so the claim number is the client's cover. Not another
      // insurer's claim on a bill, which names no ACC. The field may write "claim" in lower case after ACC ("ACC
      // claim no.: CB4410027"; round 52), or name the number right after "ACC claim" ("ACC claim CF82047119"; round 57).
      name: 'acc-claim',
      regex:
        /\b(?:[Cc]laim|CLAIM)(?<=\bACC\b[^\n]{0,40}\n?[^\n]{0,40}(?:[Cc]laim|CLAIM))(?: (?:[Nn]o\.?|[Nn]umber|#|NO\.?|NUMBER)|(?<=\bACC (?:[Cc]laim|CLAIM))(?=[ \t:]))[ \t]{0,3}:?[ \t]{0,3}(?<value>[A-Z]{0,2}\d{6,12})(?![0-9A-Za-z])/dg,
      score: 0.9,
      prefilter: /\bACC\b/,
    },
    {
      // An Irish medical card's number told in the same sentence ("bring her medical card, the number's
      // 1234567T", "his medical card number is 7731902K"; round 39), or its GMS card's, the number the practice
      // holds said so ("the GMS card number we have is 4410273K"; round 40).
      name: 'medical-card-said',
      regex:
        /\b(?:[Mm]edical|GMS) card\b[^\n.?!]{0,40}\bnumber(?: (?:we|I) (?:have|had|hold)(?: on file)?)?(?:['’]s| is)[ \t]{1,2}(?<value>\d{6,10}[A-Z]{0,2}|[A-Z]{1,3}\d{5,10})(?![0-9A-Za-z])/dg,
      score: 0.85,
      prefilter: /(?:[Mm]edical|GMS) card\b/,
    },
    {
      // An id-shaped token (letters and at least five digits) near an insurance word, e.g. in a
      // dialogue: "your insurance member ID?" … "It is XK153781306".
      name: 'near-label',
      // Not a number another label names ("Student ID 90231788" beside a student health-plan member ID),
      // nor a claim's, invoice's or receipt's own number on a bill ("Claim 99120457"), nor an order's or
      // a payment's or a settlement's ("订单号：ZY2611…", "交易流水号 2026…", "结算单号：JS2611…"), nor an ISO date ("结算期间：2026-11-01至…"),
      // nor a North American phone number written 3-3-4 ("Dad 505-555-0188" after a member ID; round 40), nor an
      // electronic bill's code or number on a clinic's receipt ("票据代码：…　票据号码：…"; round 49).
      regex:
        /(?=[A-Z0-9-])(?<![0-9A-Za-z-])(?<!\b(?:Student|Staff|Employee|Badge|Library|Matric(?:ulation)?) (?:ID|No\.?|Number|#)[ \t]{0,2}:?[ \t]{0,3})(?<!\b(?:[Gg]roup|GROUP)(?: (?:ID|No\.?|Number|#))?[ \t]{0,2}[:#]?[ \t]{0,3})(?<!\b(?:[Cc]laim|CLAIM|[Ii]nvoice|INVOICE|[Rr]eceipt|RECEIPT)(?: (?:ID|[Nn]o\.?|[Nn]umber|#))?[ \t]{0,2}[:#]?[ \t]{0,3})(?<!(?:订单|交易|流水|发票|收据|退款|支付|结算)(?:编?号|单号)[ \t]{0,2}[:：]?[ \t]{0,3})(?<!票据(?:代码|号码|号)[ \t]{0,2}[:：]?[ \t]{0,3})(?=[A-Z0-9-]{6,24}(?![0-9A-Za-z]))(?!(?:19|20)\d{2}-[01]?\d-[0-3]?\d(?![0-9A-Za-z]))(?!\d{3}-\d{3}-\d{4}(?![0-9A-Za-z]))(?:[A-Z]{0,4}-?\d{5,}|[A-Z0-9]{2,5}-[A-Z0-9]{2,6}-[A-Z0-9]{2,8})(?:-?[0-9A-Z]){0,16}(?![0-9A-Za-z])/g,
      score: 0.2,
      prefilter: INSURANCE_WORDS,
    },
  ],
  // A Chinese passport's shape (E or G and eight digits, E, a letter and seven) answering a request for passports a few
  // lines before ("大家护照号发我一下…⏎某某：E…"; round 53) is the passport, even where a travel insurance is named.
  // A GMS number on the prescriber's own line, after the doctor's name ("Dr Aine Walsh   GMS no. 40217"; round 58), is
  // the prescriber's panel number, which the cards leave unmarked, not a patient's medical card.
  validate: (value, text, start) =>
    !(/^\d{17}[\dXx]$/.test(value) && isValidResidentId(value)) &&
    !(isChinesePassportShape(value) && text.slice(Math.max(0, start - 120), start).includes('护照')) &&
    !GMS_AFTER_PRESCRIBER.test(text.slice(Math.max(0, start - 90), start)),
  context: ['insurance', 'member id', 'policy', 'medicare', 'medicaid', '医保', '社保', '保险', '参保'],
  contextWindow: 48,
  contextBoost: 0.5,
  // An insurer's guarantee of payment is numbered for the bill, not for the insured person
  // ("担保函号 GOP-2611-0318").
  negativeContext: ['担保函', '收据号', 'guarantee'],
});
