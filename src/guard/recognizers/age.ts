import type { Finding } from '../finding.ts';
import type { Recognizer } from './recognizer.ts';

/**
 * Ages over 89 (HIPAA Safe Harbor aggregates them; in small populations they identify). The finding is
 * the number only, so "92岁" redacts to "[年龄]岁".
 *
 * One scan finds every standalone 90–119; each candidate is then read in its few characters of
 * context (岁/周岁/高龄 after it, 年龄： or "aged" before it, "years old", "yo", "he is …"), instead of
 * running one whole-text regex per wording.
 */
const CANDIDATE = /(?<![0-9])(?:9\d|1[01]\d)(?![0-9])/g;

/** Context after the number, anchored at its end. */
const AFTER: Array<{ regex: RegExp; score: number }> = [
  // Traditional script writes 歲 ("93歲"), as Hong Kong and Taiwan records do (round 37).
  { regex: /^ ?(?:多|余|來|来)?(?:周[岁歲]|[岁歲]|高[龄齡])/, score: 0.85 },
  { regex: /^[- ]?(?:years?|yrs?)[- ]old|^[- ]?(?:yo|y\/o|y\.o\.)(?![A-Za-z])/i, score: 0.85 },
  { regex: /^ (?:years|yrs)(?=[,;)]| of age)/i, score: 0.75 },
  // "92y," "92 yrs." "93yr": a bare year unit after a number over 89 is an age.
  { regex: /^ ?(?:y|yr|yrs)(?![A-Za-z/.])|^ ?yrs?\./, score: 0.75 },
  // "her 100th birthday", "his 95th birthday": an ordinal birthday over 89 is an age.
  { regex: /^th birthday\b/i, score: 0.85 },
  // "92/F", "93 M,", "92岁/男": age with sex, as case headers write it.
  {
    regex: /^ ?\/ ?(?:M|F|male|female|男|女)(?![A-Za-z])|^(?:M|F)(?=[,;:)]| with| presenting| admitted)/,
    score: 0.75,
  },
];
/** An elder named by kinship, then in the same sentence 满 ("reaches"), right before the age. */
const ELDER_REACHES =
  /(?:爷爷|奶奶|外公|外婆|姥姥|姥爷|老爷子|老太太|老人家|母亲|父亲|爸|妈)[^。；;！!？?\n]{0,12}满$/;
/** A first and last name, or a relation and a first name, right before an age. */
// A particle may stand before the family name ("Gerdina van Dijk, 94"; round 35).
// Māori, Polish and Czech names carry letters past ÿ ("Ngaire Pōhatu (101)"; round 55).
const NAME_BEFORE =
  "(?:[A-Z][a-zà-ÿ\\u0100-\\u017f'’-]+ (?:(?:de|van|von|van der|van den|de la|da|di|du|le|bin|binti|binte|Ó|Ní|Nic|Uí) )?[A-Z][a-zA-Zà-ÿ\\u0100-\\u017f'’-]+|\\b(?:husband|wife|father|mother|dad|mum|mom|son|daughter|brother|sister|partner|grandmother|grandfather|grandma|grandpa|gran|granny|nan|nana|aunt|auntie|uncle|client|resident|patient|neighbour|neighbor) [A-Z][a-zà-ÿ'’-]+)";
/** Context before the number, anchored at its start. */
// `far`: the rule reads back FAR_REACH characters, not 24, as a name and a record number may fill more
// ("Evangeline Xanthopoulos, 96", "Mackinnon, CHI 1203341695, 92"; round 36).
const FAR_REACH = 40;
const BEFORE: Array<{ regex: RegExp; score: number; after?: RegExp; far?: boolean }> = [
  { regex: /年龄[ \t]{0,2}[:：]?[ \t]{0,2}$/, score: 0.85, after: /^(?![0-9.])/ },
  // 享年92 (age at death), 今年92了 / 今年92，… (a person's age this year).
  { regex: /享年[ \t]{0,2}$/, score: 0.85, after: /^(?![0-9.])/ },
  { regex: /今年[ \t]{0,2}$/, score: 0.75, after: /^(?:了|，|,|。| ?岁)/ },
  // "外公都92了", "奶奶已经95了": an elder named by kinship and how old he has become (not "外公血氧92了",
  // whose number has its measure before it).
  {
    regex:
      /(?:爷爷|奶奶|外公|外婆|姥姥|姥爷|太爷爷|太奶奶|太姥姥|老爷子|老太太|老人家|老父亲|老母亲)(?:都|已经|都已经|也)[ \t]{0,2}$/,
    score: 0.75,
    after: /^(?:多)?了/,
  },
  // "颂安：爷爷98了，别让他…": the elder's kinship word straight before the number and 了, opening a clause.
  {
    // A parent too, as a grown child writes in a family chat ("爸爸93了还这么配合"; round 41).
    regex:
      /(?:^|[：:，,。\n])(?:爷爷|奶奶|外公|外婆|姥姥|姥爷|太爷爷|太奶奶|太姥姥|老爷子|老太太|老人家|爸爸|妈妈|我爸|我妈|老爸|老妈)$/,
    score: 0.75,
    // "爷爷95了还能自己走": what is said of him may follow 了 at once.
    after: /^了(?:[，,。！!\n]|还|也|都)/,
  },
  // "外婆12月3日满92，…": the age an elder named by kinship reaches (满) on a day told (round 58); not a score or a count
  // ("外婆满分", "满90天": a unit follows).
  {
    regex: ELDER_REACHES,
    score: 0.75,
    after: /^(?:周?岁|了|[，,。！!])/,
  },
  // "1床｜闻人某｜女｜93｜感染性休克": a handover row's cells — bed, name, sex — then the age in its own cell
  // (round 37); not a weight or score with its unit in the cell.
  {
    regex:
      /床[ \t]{0,2}[｜|][ \t]{0,2}[\u3400-\u9fff·]{2,10}[ \t]{0,2}[｜|][ \t]{0,2}[男女][ \t]{0,2}[｜|][ \t]{0,2}$/,
    score: 0.75,
    after: /^[ \t]{0,2}[｜|]/,
  },
  // "我妈叫段玉琴，93了，…": a person's name told after 叫, a comma, then how old she has become.
  {
    regex: /叫[\u4e00-\u9fff]{2,4}[，,][ \t]{0,2}$/,
    score: 0.75,
    after: /^了[，,。！!\n]/,
  },
  // "医生：大爷多大岁数了？⏎家属：92了": a dialogue's answer opening with the number after an age question, the
  // number alone before a comma or stop too ("医：今年多大了？⏎家属：95，明年…"; round 38).
  {
    regex: /(?:岁数|多大|高寿|年纪)[^\n]{0,8}[？?]\n[^\n：:]{1,4}[：:][ \t]{0,2}$/,
    score: 0.75,
    after: /^(?:了|岁|[，,。](?![0-9]))/,
  },
  // "明年四月就96了", "下个月就100了": the age a person is about to reach, said with when (round 38).
  {
    regex: /(?:明年|今年|下个?月|年底|过完年|过了年|生日)[^\n，,。；;？?]{0,6}就[ \t]{0,2}$/,
    score: 0.75,
    after: /^(?:周?岁)?了/,
  },
  {
    regex: /\b(?:aged?|age:|age\/sex:?|turned|turns|turning|age of|at the age of)[ \t]{0,2}$/i,
    score: 0.85,
    // A full stop may close the sentence ("Age 91. Admitted …"; round 38), not a decimal ("aged 91.5").
    after: /^(?![0-9]|\.\d)/,
  },
  // "given her age (94)": the age in brackets right after the word (round 37), not a unit ("Age (yrs)").
  { regex: /\bage[ \t]?\($/i, score: 0.85, after: /^\)/ },
  // "Nani is 91 now", "Grandma's 96 this year": an elder called by a family word and how old she is, said in a
  // family chat (round 55); not a weight or a reading ("Dad is 90 kg", "Mum's 94% on air").
  {
    regex:
      /(?:^|[\s:,.!])(?:[Nn]ani|[Nn]ana|[Nn]an|[Gg]ran|[Gg]ranny|[Gg]randma|[Gg]randpa|[Gg]randad|[Nn]onna|[Nn]onno|[Pp]op|[Dd]adi|[Dd]ada|[Mm]um|[Mm]om|[Dd]ad|[Aa]buela|[Aa]buelo|[Ll]ola|[Ll]olo|[Oo]ma|[Oo]pa|[Bb]abcia|[Yy]iayia)(?: is|['’]s)[ \t]$/,
    score: 0.75,
    // A clause about her may follow a comma ("Abuela is 91, she's staying home"; round 56).
    after: /^(?: now\b| already\b| this year\b|[.!](?!\d)|, (?:she|he)(?:['’]s| is| was| has| still)\b)/,
  },
  // "F/94", "M/92": sex then age, as case headers write it.
  { regex: /(?<![A-Za-z])[MF] ?\/ ?$/, score: 0.75, after: /^(?![0-9.])/ },
  // "DOB 05/01/1934 (92)": the age in brackets after a birth date, also an ISO one or one with its month
  // in letters ("DOB 1931-02-17 (95)", "DOB 3 Mar 1930 (96)"; round 37).
  {
    regex:
      /\b(?:DOB|D\.O\.B\.?|[Bb]orn):?[ \t]{0,2}(?:\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2}|\d{1,2}[ -][A-Z][a-z]{2,8}\.?[ -](?:19|20)\d{2}|[A-Z][a-z]{2,8}\.? \d{1,2},? (?:19|20)\d{2}) \($/,
    score: 0.75,
    after: /^\)/,
  },
  // "Merv Dempsey (91)", "husband Arne (92)", "Cornelius Abernathy, 90,": the age right after a name.
  // The bracket may go on with the record number or the sex ("my mother Zdenka Horvat (93, MRN …)";
  // round 36).
  {
    regex: new RegExp(`${NAME_BEFORE} \\($`),
    score: 0.75,
    after: /^(?:\)|, ?(?:MRN|NHS|NHI|URN?|CHI|DOB|ID|Hosp|OHIP|Medicare|HKID|[MF])\b)/,
    far: true,
  },
  // "Tse Siu-fong (謝小芳), F, 93, HKID …": the sex as a field of its own, then the age (round 36).
  { regex: /,[ \t]{0,2}[MF], $/, score: 0.75, after: /^(?:,|\.[ \t]|\)|[ \t]*(?:\r?\n|$))/ },
  // "his 97th is Saturday", "Nan's 100th party": an ordinal over 89 said of a person is the birthday to come
  // (round 36), as "his 95th birthday" is; not "her 90th percentile".
  {
    regex: /\b(?:[Hh]is|[Hh]er|[Mm]y|[Yy]our|[Oo]ur|[A-Z][a-z]{1,10}['’]s)[ \t]$/,
    score: 0.75,
    after:
      /^(?:st|nd|rd|th)(?: (?:is|was|on|this|next|tomorrow|today|party|celebration|bash|do)\b|[!.]?[ \t]*(?:\r?\n|$))/,
  },
  // A double-barrelled surname after a first name may alone fill the look-back ("Gertrude Sundqvist-Ames,
  // 97, Sunrise Manor…"), and says a person as a full name does.
  // …and before the end of a header line or a dash ("Mrs Winifred Aspinall, 96⏎", "GREEN, Albert, 94 —",
  // "Rm 2 Elda Ferreira — 95, comfort care").
  {
    regex: new RegExp(
      `(?:${NAME_BEFORE}|\\b[A-Z]{2,}, [A-Z][a-z]+| [A-Z][a-zà-ÿ'’]+-[A-Z][a-zà-ÿ'’]+|\\b[A-Z]{2,} [A-Z][a-z]{1,6}-[a-z]{1,6})(?: \\(["“][A-Z][a-z'’-]{1,20}["”]\\))?(?:, | [—–] )$`,
    ),
    score: 0.75,
    // Or before the record number in brackets ("TTO for Ida Marsh, 91 (Hosp K22…)"), or a column gap and
    // the next field ("Client: Enid Mawhinney, 92   OT ref …"; round 36). A Hong Kong name with the family
    // name in capitals ("CHAN Tai-man, 92, HKID …"), and the sex glued to the age before a column gap
    // ("Arthur Penrose, 91M   Hospital no …"; round 38), or after a space ("Ana Lui, 90 F, NHI …"; round 39)
    // count too. So does a table's cell closing after the age ("| Hilda Brannock, 93 | falls risk |"; round 50). A
    // quoted nickname may stand between the name and the comma ("| Dorothy Kemper ("Dot"), 93 | …"; round 51).
    // The age with "years" after it may close the field ("Re: Ada Roe, 93 years   URN …"; round 53).
    // A handover table may split its cells by slashes instead ("2 / Ida Roe, 94 / falls risk"; round 58), not a
    // reading over another ("92/60").
    after:
      /^(?:,|\)|[ \t]*(?:\r?\n|[—–]|- |\|(?!\|)|$)| \/ (?![0-9])| \((?:Hosp|MRN|NHS|NHI|URN?|CHI|DOB|ID)\b|(?: {2,}|\t)(?=[A-Z])| ?[MF](?:,|[ \t]{2,}|\t|[ \t]*(?:\r?\n|$))| (?:years|yrs)(?:(?: {2,}|\t)(?=[A-Z])|[ \t]*(?:\r?\n|$)))/,
    far: true,
  },
  // "Rm 318, Lucinda Vreeland, 94. Call bell pressed…", "Bed 3 — PIKE, Doreen, 92. Settled": the age
  // after a name's comma, ending the sentence.
  {
    regex: new RegExp(`(?:${NAME_BEFORE}|\\b[A-Z]{2,}, [A-Z][a-z]+), $`),
    score: 0.75,
    after: /^\.(?:[ \t]{1,2}[A-Z]|[ \t]*(?:\r?\n|$))/,
  },
  // "Bed 2 AH SAM, Mele 93 — turns 2-hourly": a ward list's surname-first name, the age and a dash.
  { regex: /\b[A-Z]{2,}(?: [A-Z]{2,})?, [A-Z][a-z]+ $/, score: 0.75, after: /^[ \t]{1,2}[—–] / },
  // "Ivor Keane, bed 7, 93, NEWS2 5", "Pruitt, room 212, 95, DOB …": the age after a name's bed or room.
  // A side room too ("Winifred Scatcherd, side room 3, 97, Hosp No …"; round 34).
  {
    regex:
      /[A-Z][a-zà-ÿ'’-]+, (?:[Ss]ide room|[Bb]ed|[Rr]oom|[Rr]m|[Bb]ay|[Cc]ubicle) (?:[A-Z]-)?[0-9]{1,4}[A-Z]?, $/,
    score: 0.75,
    // A care home's room may carry its wing's letter, and the age may end the sentence ("Resident Ida Roe, room B-17,
    // 99."; round 51).
    after: /^(?:,|\.(?:[ \t]{1,2}[A-Z]|[ \t]*(?:\r?\n|$)))/,
  },
  // "Re: Hemi Walker, NHI ABC1234, 91.": the age after a name and its record number, ending the sentence
  // or before the next comma. An identity card in its place ("Lim Ah Kow, NRIC S…, 93."; round 58) too.
  {
    regex:
      /[A-Z][a-zà-ÿ'’-]+, (?:NHI|NHS|MRN|URN?|CHI|OHIP|NRIC|HKID|IC|Hosp(?:ital)? [Nn]o\.?)[ \t:]{1,2}[A-Z0-9][A-Z0-9 -]{2,15}, $/,
    score: 0.75,
    // Or ending the header line ("Patient: Iris Lowe, MRN 5521903, 93⏎Date: …"; round 39).
    after: /^(?:,|\.(?:[ \t]{1,2}[A-Z]|[ \t]*(?:\r?\n|$))|[ \t]*(?:\r?\n|$))/,
    far: true,
  },
  // "Edwin Marsh | 94 | NHS …": an age in its own cell after a name's cell. A handover's notes cell may open with
  // it before a comma and the notes ("| Ida Roe | 96, confused, falls risk"; round 49).
  { regex: new RegExp(`${NAME_BEFORE} \\| $`), score: 0.75, after: /^(?: \||, [a-z])/ },
  // "HDU-3 | Ana Roe | M8857319 | 91, post laparotomy": the age opening its cell after the name's and the record
  // number's cells, before a comma (round 44).
  {
    regex: new RegExp(`${NAME_BEFORE} \\| [A-Z]{0,3}\\d{5,10} \\| $`),
    score: 0.75,
    after: /^(?: \||,)/,
    far: true,
  },
  // "1. WHITTINGTON, Mavis  90  L phaco": an age in its own column after a surname-first name.
  // "Vokins, Bernice  94  hip fx": the same column after a surname-first name in title case, as US boards write it.
  // Not a lab row in the same layout ("Glucose, Fasting  96  mg/dL").
  {
    regex: /\b[A-Z][A-Za-zà-ÿ'’-]+, [A-Z][a-z]+(?: {2,}|\t)$/,
    score: 0.75,
    after: /^(?: {2,}|\t)(?!mg|mmol|mL|ml|%|bpm|mmHg|kg|cm|U\/|IU|[uµnp]mol|x ?10)/,
  },
  // "501  DUBOSE-BYTHESEA, Lorraine  97F  WATCHER": the same column with the sex glued to the age, the
  // surname in capitals as a ward list writes it (round 36; not a vital sign in Fahrenheit, "Temp, Oral  97F").
  {
    regex: /\b[A-Z][A-Z'’-]+, [A-Z][a-z]+(?: {2,}|\t)$/,
    score: 0.75,
    after: /^[MF](?: {2,}|\t|[ \t]*(?:\r?\n|$))/,
  },
  // SBAR's background ("S — …. B — 91, day 2 post…"): the age opens it, before a comma.
  { regex: /(?:^|[.;\n][ \t]{0,2})B[ \t]{0,2}[—–:-][ \t]{0,2}$/, score: 0.75, after: /^,/ },
  // "My dad Leila Liu is 92 and…": a full name, then "is".
  // "Orla Brennan 92F agitated": an age glued to the sex right after a name.
  { regex: new RegExp(`${NAME_BEFORE} $`), score: 0.75, after: /^[MF](?![A-Za-z0-9])/ },
  // "Clinical details: 93M on apixaban, fall": an age glued to the sex opening a request's clinical field (round 48),
  // where no temperature stands.
  {
    regex:
      /\b(?:[Cc]linical (?:details|information|info)|CLINICAL DETAILS|[Ii]ndication|HPI|[Bb]ackground|[Rr]eason for (?:referral|request))[ \t]{0,2}:[ \t]{1,3}$/,
    score: 0.75,
    after: /^[MF](?![A-Za-z0-9])/,
  },
  // "My mum Esther is 93 and…": a relation and a given name, then "is", as NAME_BEFORE reads them.
  {
    regex: new RegExp(`${NAME_BEFORE} (?:is|was|turned) $`),
    score: 0.75,
    after: /^(?![0-9.%]| ?(?:mg|kg|cm|mmhg|bpm|%|mmol))/i,
  },
  // "my mother Ada Quell-Marsh is 98 and…": a double-barrelled surname alone fills the look-back, and
  // says a person as a full name does.
  {
    regex: /\b[A-Z][a-zà-ÿ'’]+-[A-Z][a-zà-ÿ'’]+ (?:is|was|turned) $/,
    score: 0.75,
    after:
      /^(?![0-9.%]| ?(?:mg|kg|cm|mmhg|bpm|%|mmol|kilos|pounds|lbs|min|mins|minutes|secs?|seconds|hours?|hrs?|days?|weeks?|months?|miles?|km|metres|meters|percent)\b)/i,
  },
  // "I'm 90 not deaf": a speaker's own age, then a word or a clause's end (not "I'm 95% sure", "I'm 92 kg").
  // A doctor checking it back says it too ("So you're 92 now, Mr …"; round 34).
  {
    regex: /\b(?:I['’]m|I am|you['’]re|you are) $/,
    score: 0.75,
    // Or a dash going on to the next question ("So you're 93 — and the knee?"; round 41).
    after: /^(?:[.,!;?]| (?:not|and|but|now|next|this|today|years?|yrs?|in|on)\b| [—–] (?!%|percent\b))/,
  },
  // "she'll be 100 in March", "he will be 95 on Sunday": the age a person is about to reach; not a
  // time or a quantity ("she'll be 90 minutes", "he'll be 95% sure").
  // "Mummy Adunni will be 90 on the 3rd": a relative named by kinship and given name, and the age she is
  // about to reach (round 38).
  {
    regex:
      /\b(?:[Mm]ummy|[Mm]ommy|[Mm]um|[Mm]om|[Dd]ad|[Dd]addy|[Gg]ran|[Gg]randma|[Gg]randpa|[Nn]an|[Nn]ana|[Nn]anna|[Ll]ola|[Ll]olo|[Aa]unt(?:ie|y)?|[Uu]ncle) [A-Z][a-z'’-]{1,20}(?:['’]ll| will) be $/,
    score: 0.75,
    after:
      /^(?![0-9]|\.\d|%| ?(?:mg|kg|cm|mmhg|bpm|%|mmol|kilos|pounds|lbs|min|mins|minutes|secs?|seconds|hours?|hrs?|days?|weeks?|miles?|km|metres|meters|percent)\b)/i,
  },
  // "Koro's 93 next week, cake at ours?": a relative or a person named by one capitalised word, "'s" for "is",
  // and when the birthday comes (round 42); not a count or a measure ("Bed's 93 degrees", "Ward's 95%").
  {
    regex:
      /(?:^|[\s(:,])(?!(?:Temp|Temperature|Sats?|Pulse|Weight|Score|Sugar|Glucose|Ward|Room|Bed|Bay|Level|Reading|Rate|Result|Number|Count|Total|Bill|Price|Cost|Speed|Flight|Bus|Train|Order|Page|Test)['’])[A-Z][a-zà-ÿā-ž'’-]{1,20}['’]s $/,
    score: 0.75,
    after:
      /^ (?:next (?:week|month|year|weekend)|tomorrow|today|tonight|this (?:week|weekend|month|year)|on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|on the \d|in (?:January|February|March|April|May|June|July|August|September|October|November|December))\b/,
  },
  {
    regex: /\b(?:he|she|mum|mom|dad|gran|grandma|grandpa|nan|nana)(?:['’]ll| will) be $/i,
    score: 0.75,
    after:
      /^(?![0-9]|\.\d|%| ?(?:mg|kg|cm|mmhg|bpm|%|mmol|kilos|pounds|lbs|min|mins|minutes|secs?|seconds|hours?|hrs?|days?|weeks?|miles?|km|metres|meters|percent)\b)/i,
  },
  {
    // "she 97 already still so fierce", "Ah Gong 93 already": Singapore and Malaysian English tells an elder's age
    // without "is", closed by "already" (round 57); not a reading ("she 97% already").
    regex:
      /\b(?:[Hh]e|[Ss]he|[Aa]h (?:Ma|Mah|Gong|Kong|Po|Kung)|[Gg]randma|[Gg]randpa|[Nn]ana|[Nn]ani|[Pp]aati|[Tt]hatha)(?: (?:also|oredi))? $/,
    score: 0.75,
    after: /^ (?:already|oredi|liao)\b/,
  },
  {
    // "My aunt, Ida Roe (NHS 943 476 5919), is 94 and…": how old a person is, said after their record number in
    // brackets and a comma (round 58); not a measure ("…), is 96 kg").
    regex: /\((?:NHS|CHI|NHI|MRN|URN?|NRIC|HKID|OHIP|Medicare|DOB)\b[^()\n]{1,24}\),? (?:is|was|turned) $/,
    score: 0.75,
    after: /^(?![0-9.%]| ?(?:mg|kg|cm|mmhg|bpm|%|mmol|kilos|pounds|lbs|percent)\b)/i,
  },
  {
    // "tired but 97 and still bossing everyone": an elder's age said in a chat with "and still" or "and already" after
    // it (round 58), after "but"; not a reading ("sats low but 94 and rising").
    regex: /\b(?:[Bb]ut|[Yy]et)[ \t]$/,
    score: 0.75,
    after: /^ and (?:still|already)\b/,
  },
  {
    // "is he even allowed to fly at 93?", "is it safe to operate at 95": whether something is allowed or safe at a
    // person's age (round 58); not a rate or a dose ("safe to run at 90 mL/h", "allowed at 95%").
    regex: /\b(?:allowed|safe|fit|able|too old)\b[^.\n?!;,]{0,30}[ \t]at $/,
    score: 0.75,
    after:
      /^(?![0-9]|\.\d|%| ?(?:mg|mcg|kg|cm|mmhg|bpm|%|mmol|ml|mls|min|mins|minutes|secs?|seconds|hours?|hrs?|days?|weeks?|months?|degrees?|percent|units?|kph|mph|km|miles?)\b|\/)/i,
    far: true,
  },
  {
    // "he's only 91", "she's nearly 100": a word of degree may stand between (round 44).
    regex:
      /\b(?:he|she|who|patient|pt|mother|father|mum|mom|dad|grandmother|grandfather)(?: is|'s|’s| was)(?: (?:only|just|nearly|almost))? $/i,
    score: 0.75,
    after: /^(?![0-9]|\.\d|%| ?(?:mg|kg|cm|mmhg|bpm|%|mmol|kilos|pounds|lbs))/i,
  },
];

/**
 * Ages in Chinese numerals: 九十二岁, 一百零三岁 (90–119); also before 了 ("九十二了") when the text
 * asks or tells an age (岁数, 多大, 高寿, 今年…), as a relative answers in a dialogue ("奶奶今年都九十六了").
 */
const HAN_AGE =
  /(?<![一二三四五六七八九十百零])(?:九十[一二三四五六七八九]?|一百(?:零[一二三四五六七八九]|一十[一二三四五六七八九]?|十[一二三四五六七八九]?)?)(?=多?周?[岁歲]|了|[，,。！!])/g;
/**
 * A transcribed handover's bed, the patient's name and a comma before the numeral ("十七床梁…梁某某，九十一，"; round
 * 38): the numeral closed by a comma is the patient's age.
 */
const BED_NAME_BEFORE_HAN_AGE = /床[\u4e00-\u9fff…·]{2,10}[，,]$/;
const AGE_QUESTION = /岁|歲|多大|年纪|高寿|年龄|今年/;
/**
 * The numeral right after 今年 (an adverb may stand between) tells the person's age this year, closed by a comma or a
 * stop as well as by 了 ("我外婆今年九十四，眼睛…"; round 60), as 今年92， is read for digits.
 */
const THIS_YEAR_BEFORE_HAN_AGE = /今年(?:都|已经?|才|刚|满|有)?$/;
/**
 * An elder named as such ("那个老太太，孟……孟某某，九十三了"): the numeral before 了 opening its clause near it tells
 * the elder's age (not "老爷子心率九十了", whose measure stands before it).
 */
// An elder called by surname and 爷爷, 奶奶 or 阿婆 on a ward ("那个某爷爷，九十六了"; round 47) is named so too.
const ELDER_WORD = /老爷子|老太太|老人家|老太|老爷爷|老奶奶|[\u4e00-\u9fff](?:爷爷|奶奶|阿婆|阿公)[，,]$/;
/**
 * A relative named by kinship right before the numeral and 了 ("外婆九十七了", "二姐：医生说妈九十五了", "你爷爷九十三了";
 * round 37): how old the elder has become (not "妈心率九十了", whose measure stands between).
 */
// An adverb may stand between ("爷爷都九十了", "外婆已经九十一了"; round 52): still how old the elder has become.
const KIN_BEFORE_HAN_AGE =
  /(?:爷爷|奶奶|外公|外婆|姥姥|姥爷|老爷子|老太太|老人家|妈|爸|母亲|父亲|婆婆|公公)(?:都快?|也|已经?|快)?$/;
const KIN_WORD = /爷爷|奶奶|外公|外婆|姥姥|姥爷|妈|爸|母亲|父亲|婆婆|公公/;
/**
 * The sentence so far names the elder by kinship, and no measure ("姥爷转到康复科了，二十三床，九十九了还…";
 * generalisation-52): a numeral before 了 opening a later clause of it tells how old the elder has become; not after a
 * reading ("外婆心率快，九十了").
 */
const KIN_EARLIER_IN_SENTENCE =
  /(?:爷爷|奶奶|外公|外婆|姥姥|姥爷|老爷子|老太太|老人家|母亲|父亲)(?:(?![心血脉氧体分次])[^。；;！!？?\n]){1,24}[，,]$/;
/** Ages in English number words: "ninety-eight", "a hundred and one", after an age word or before "years old". */
const WORD_AGE =
  /\b(?:ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|(?:a|one) hundred(?: and (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))?)\b/gi;
// The age a person is about to reach ("she'll be ninety at Christmas"; round 37), as for digits. A doctor checking
// it back in words says it too ("And you're ninety-five now?"; round 44).
const WORD_AGE_BEFORE =
  /\b(?:turned|turns|aged?|is|was|she's|he's|i'm|am|you['’]re|you are|(?:he|she|mum|mom|dad|gran|grandma|grandpa|nan|nana)(?:['’]ll| will) be)[ \t]{1,2}$/i;
/** What makes a number word a quantity rather than an age ("ninety minutes", "ninety per cent"). */
const WORD_AGE_UNIT_AFTER =
  /^[ -](?:minutes?|mins?|seconds?|secs?|hours?|hrs?|days?|percent|per cent|mg|mcg|kg|ml|mmhg|metres|meters|miles?|pounds|lbs|beats|breaths)\b|^ ?%/i;
/** "Mrs Ida Penhaligon, ninety-four, chest infection": the age in words after a name's comma, closed by a comma. */
// A title with its full stop may stand before the surname ("Mr. Okafor, ninety-one, …"; round 54).
const WORD_AGE_NAME_BEFORE = new RegExp(
  `(?:${NAME_BEFORE}|\\b[A-Z]{2,}, [A-Z][a-z]+|\\b(?:Mr|Mrs|Ms|Miss|Mx)\\. [A-Z][a-zà-ÿ'’-]+), $`,
);
const WORD_AGE_NAME_AFTER = /^(?:[,;)]|\.(?:[ \t]|$)|[ \t]*(?:\r?\n|$))/;
const WORD_AGE_AFTER = /^[- ](?:years?[- ]old|year-old|yo\b)/i;

export class AgeRecognizer implements Recognizer {
  readonly name = 'pii.age';
  readonly types = ['AGE'] as const;
  readonly languages = ['any'] as const;
  readonly regexes = [
    CANDIDATE,
    HAN_AGE,
    AGE_QUESTION,
    ELDER_WORD,
    KIN_BEFORE_HAN_AGE,
    KIN_WORD,
    KIN_EARLIER_IN_SENTENCE,
    BED_NAME_BEFORE_HAN_AGE,
    THIS_YEAR_BEFORE_HAN_AGE,
    ELDER_REACHES,
    WORD_AGE,
    WORD_AGE_BEFORE,
    WORD_AGE_AFTER,
    WORD_AGE_UNIT_AFTER,
    WORD_AGE_NAME_BEFORE,
    WORD_AGE_NAME_AFTER,
    ...AFTER.map((a) => a.regex),
    ...BEFORE.flatMap((b) => (b.after ? [b.regex, b.after] : [b.regex])),
  ];

  analyze(text: string): Finding[] {
    const findings: Finding[] = [];
    CANDIDATE.lastIndex = 0;
    for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      // "98.6", "1.95": part of a decimal, not an age.
      if (text[start - 1] === '.') continue;
      const after = text.slice(end, end + 12);
      let score = 0;
      for (const a of AFTER) if (a.regex.test(after)) score = Math.max(score, a.score);
      if (score === 0) {
        const before = text.slice(Math.max(0, start - 24), start);
        const far = text.slice(Math.max(0, start - FAR_REACH), start);
        for (const b of BEFORE)
          if (b.regex.test(b.far ? far : before) && (!b.after || b.after.test(after)))
            score = Math.max(score, b.score);
      }
      if (score > 0) findings.push({ type: 'AGE', start, end, text: m[0], score, detector: this.name });
    }
    if (
      (text.includes('九十') || text.includes('一百')) &&
      (AGE_QUESTION.test(text) || ELDER_WORD.test(text) || KIN_WORD.test(text) || text.includes('床'))
    )
      for (const m of text.matchAll(HAN_AGE)) {
        // Before 了, only when an age is asked or told in the 30 characters before, or an elder is named there
        // and the numeral opens its clause.
        const before = text.slice(Math.max(0, m.index - 30), m.index);
        const next = text[m.index + m[0].length];
        // "外婆12月3日满九十一，…": the age an elder named by kinship reaches (满) closes its clause too (round 58).
        const reaches = ELDER_REACHES.test(before) || THIS_YEAR_BEFORE_HAN_AGE.test(before);
        if ((next === '，' || next === ',') && !BED_NAME_BEFORE_HAN_AGE.test(before) && !reaches) continue;
        if ((next === '。' || next === '！' || next === '!') && !reaches) continue;
        if (
          next === '了' &&
          !reaches &&
          !AGE_QUESTION.test(before) &&
          !(ELDER_WORD.test(before) && '，,。：:\n'.includes(text[m.index - 1] ?? 'x')) &&
          !KIN_BEFORE_HAN_AGE.test(before) &&
          !KIN_EARLIER_IN_SENTENCE.test(before)
        )
          continue;
        findings.push({
          type: 'AGE',
          start: m.index,
          end: m.index + m[0].length,
          text: m[0],
          score: 0.85,
          detector: this.name,
        });
      }
    if (/ninety|hundred/i.test(text))
      for (const m of text.matchAll(WORD_AGE)) {
        const before = text.slice(Math.max(0, m.index - 20), m.index);
        const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
        if (
          !(WORD_AGE_BEFORE.test(before) && !WORD_AGE_UNIT_AFTER.test(after)) &&
          !WORD_AGE_AFTER.test(after) &&
          !(
            WORD_AGE_NAME_AFTER.test(after) &&
            WORD_AGE_NAME_BEFORE.test(text.slice(Math.max(0, m.index - FAR_REACH), m.index))
          )
        )
          continue;
        // "a hundred" is a quantity ("a hundred metres") unless a year word follows it.
        if (/^(?:a|one) hundred$/i.test(m[0]) && !WORD_AGE_AFTER.test(after)) continue;
        findings.push({
          type: 'AGE',
          start: m.index,
          end: m.index + m[0].length,
          text: m[0],
          score: 0.75,
          detector: this.name,
        });
      }
    return findings;
  }
}

export const ageRecognizer = new AgeRecognizer();
