import { MINORITY_NAME_PARTS, YI_CLAN_NAMES } from '../lexicon/minority-names.ts';
import { COMPOUND_SURNAMES, surnameCanStart, surnameLengthAt } from '../lexicon/surnames.ts';
import { afterKinWord } from './kin-prefix.ts';
import { PatternRecognizer } from './pattern-recognizer.ts';
import { transliteratedTurkicName } from './person-zh.ts';

/** How Mongolian, Tibetan, Uyghur and Yi names open: such a name may be five characters or more, and is no screen name. */
const MINORITY_STARTS = [...MINORITY_NAME_PARTS, ...YI_CLAN_NAMES].filter((p) => p.length >= 2);

/**
 * Social and messaging account ids (WeChat, QQ, Weibo, Alipay, Douyin…) and user names, by their
 * label. A value that is a phone number or an email is reported as that type instead (higher score).
 */
/** Whether any account label is in the text at all (one test shared by the labelled and "user" patterns). */
const LABEL_WORDS =
  /微信|wechat|qq|微博|支付宝|抖音|小红书|钉钉|telegram|skype|line id|twitter|insta|\big\b|tiktok|snapchat|facebook|用户名|登录名|user|handle|账号|账户/i;

/** A payment app named earlier in the line ("venmo me … @kofi_a"). */
const PAYMENT_APP_BEFORE = /\b(?:venmo|paypal|cash ?app|zelle)\b/i;
const lineBefore = (text: string, start: number) => text.slice(text.lastIndexOf('\n', start - 1) + 1, start);

/**
 * Words that make a chat speaker's label a role, a service or a place (医生, 护士长, 客服, 某某社区…), never a user's screen
 * name; each screen-name pattern below adds its own few.
 */
const ROLE_WORDS_ZH =
  '医|护|老师|主任|院长|大夫|科|室|站|组|部|中心|客服|助手|系统|平台|群|家属|患者|病人|用户|管理|机构|社区|门诊|医院';
/** Kinship and party words a family chat's speaker holds ("二姐", "孩子他爸", "本人"), never a screen name. */
const KIN_WORDS_ZH =
  '爸|妈|爷|奶|姐|哥|弟|妹|舅|姨|姑|叔|伯|婆|外公|姥|老公|老伴|孙|媳|婿|丈夫|妻|女儿|儿子|家长|孩子|宝宝|本人|自己';
/** Words holding 不 or 与 that open a form's field ("如有不适：", "是否参与："), not a four-character screen name. */
const WORDS_WITH_BU_YU =
  '不适|不良|不详|不能|不要|不可|不宜|不得|不用|不明|不全|不足|不清|不同|不需|不必|不会|与否|参与';
/** What a speaker holding 的 opens with when it is a salutation, a relative or a role described, not a screen name. */
const NOT_DE_NAME_START = '尊敬|我的|您的|你的|他的|她的|致|给|可能|陪同|患者|病人|家属|孩子|宝宝|用户';
/** What such a speaker ends with when it is a relative, a role or a form's field ("患者的女儿", "可能的风险"). */
const NOT_DE_NAME_END =
  '妈妈|爸爸|妈|爸|女儿|儿子|家属|老公|老婆|丈夫|妻子|孩子|宝宝|领导|医生|教授|老师|护士|家长|同事|朋友|邻居|爷爷|奶奶|外婆|外公|姥姥|姥爷|哥|姐|弟|妹|孙子|孙女|风险|电话|微信|地址|留言|回复|意见|建议|问题|情况|结果|诊断|病人|患者|信|话|人';

export const accountRecognizer = new PatternRecognizer({
  name: 'pii.account',
  type: 'ACCOUNT',
  // "@Sorcha bring the cards" where "Sorcha:" speaks in the chat: the person @-mentioned (read by the name
  // recognizer), not an account. A payment app's handle is read without its @ (payment-handle).
  validate: (value, text, start) =>
    value[0] !== '@' ||
    (!text.includes(`\n${value.slice(1)}: `) && !PAYMENT_APP_BEFORE.test(lineBefore(text, start))),
  patterns: [
    {
      // "handle" alone names a login only after a blank (not "bucket-handle") and before a colon, an @ or a
      // value with a digit, an underscore or a dot ("bucket handle medial meniscal tear"; round 42).
      name: 'labelled',
      regex:
        /(?:微信号|微信ID|微信|WeChat(?: ID)?|QQ号码|QQ号|QQ|微博(?:账号|ID|号)?|支付宝(?:账号|账户)?|抖音号|抖音|小红书号|钉钉号|Telegram|Skype|Line ID|Twitter|Instagram|\bInsta\b|\bIG\b|TikTok|Snapchat|Facebook|用户名|登录名|username|user name|user ID|handle(?<![A-Za-z-]handle)(?=[ \t]{0,3}(?:[:：]|is\b)|[ \t]{1,3}@|[ \t]{1,3}[A-Za-z0-9_.-]{0,29}[0-9_.][A-Za-z0-9])|账号|账户)(?: (?:handle|username|account|ID))?[ \t]{0,3}(?:[:：｜]|是|为|is)?[ \t]{0,3}(?<value>(?!\d+\.\d{1,2}(?![A-Za-z0-9_]))@?[A-Za-z0-9][A-Za-z0-9_.-]{3,29}[A-Za-z0-9_])(?![A-Za-z0-9_@])/dgi,
      score: 0.75,
      prefilter: LABEL_WORDS,
    },
    {
      // "user k.mcleod77 logged in": after a bare "user", only a value that looks like a login (a digit,
      // a dot or an underscore in it), not a word ("user experience"); a full stop may end the sentence
      // after it ("MyChart user jdoe42."). An aside in brackets may stand before the colon ("Portal user (carer):
      // k.mole77"; round 46).
      name: 'user',
      regex:
        /\buser(?:[ \t]{0,2}\([a-z ]{2,20}\))?(?:[ \t]{0,2}[:：]|[ \t]{1,2}(?:is)?)[ \t]{0,2}(?<value>(?=[A-Za-z0-9_.-]{0,29}(?:[0-9_]|\.[A-Za-z0-9]))[A-Za-z][A-Za-z0-9_.-]{2,28}[A-Za-z0-9])(?![A-Za-z0-9_@]|\.[A-Za-z0-9])/dgi,
      score: 0.7,
      prefilter: LABEL_WORDS,
    },
    {
      // "account dfinch_1946", "App account: kbergstrom.follow": after the word "account", only a value
      // that looks like a login (an underscore or a dot between letters), not an account number.
      name: 'account-login',
      regex:
        /\b(?:account|log-?in|sign-?in)(?:[ \t]for[ \t](?:[a-z]{1,15}[ \t]){0,2}[a-z]{1,15})?[ \t]{0,2}(?:[:：]|is)?[ \t]{0,2}(?<value>(?=[A-Za-z0-9.]{0,29}_|[A-Za-z0-9_]{0,29}\.[A-Za-z])[A-Za-z][A-Za-z0-9_.-]{2,28}[A-Za-z0-9])(?![A-Za-z0-9_@.])/dgi,
      score: 0.7,
      prefilter: /account|log-?in|sign-?in/i,
    },
    {
      // A login given after a few words saying where it went, then a colon ("App login shared with the
      // nurse: kofi_m.adjei", "Portal username sent to carer: tam.b_55"; round 43): a value with an underscore
      // or a dot between letters, as account-login reads it.
      name: 'login-words-colon',
      regex:
        /\b(?:log-?in|sign-?in|username|user name)(?:[ \t][a-z]{1,15}){1,4}[ \t]{0,2}:[ \t]{0,2}(?<value>(?=[A-Za-z0-9.]{0,29}_|[A-Za-z0-9_]{0,29}\.[A-Za-z])[A-Za-z][A-Za-z0-9_.-]{2,28}[A-Za-z0-9])(?![A-Za-z0-9_@.])/dgi,
      score: 0.7,
      prefilter: /log-?in|sign-?in|user ?name/i,
    },
    {
      // An online consultation's transcript with a time before each turn names the patient by a login of one
      // plain lower-case word ("14:02 quietfern: hi, it's my ankle"; round 43), while staff speak by name: the
      // word must speak on two or more timed lines and be no role or kinship word ("10:01 nurse: …").
      // Two lower-case words joined by a dot are such a login too, and the first turn may carry the date with its
      // month in letters ("24 Nov 2026 09:12 ada.obi: …⏎09:41 ada.obi: …"; round 44). A login with an underscore and
      // closing digits speaks so too ("19:02 hill_walker77: …"; round 46) A chat export may bracket the time ("[09:02] ada_obi: …";
      // round 48). A login may hold two or three underscores, an initial or a birth year between them ("09:12 jess_m_1988:
      // …"; round 51).
      name: 'timed-word-speaker',
      regex:
        /(?<=(?:^|\n)[ \t]{0,3}(?:(?:\d{1,2}\/\d{1,2}\/\d{2,4}|\d{1,2} [A-Z][a-z]{2} \d{4})[ \t])?\[?\d{1,2}:\d{2}\]?[ \t])(?!(?:patient|doctor|nurse|pharmacist|reception|receptionist|admin|system|parent|mother|father|carer|caregiver|client|staff|triage|agent|support|clinician|operator|caller|user|guest|mum|dad|husband|wife|daughter|son|sister|brother|family|midwife|therapist|dietitian|interpreter|student)\b)(?<value>[a-z]{5,24}|[a-z]{2,20}\.[a-z]{2,20}|[a-z]{2,20}_[a-z]{2,20}\d{0,4}|[a-z]{2,20}(?:_[a-z0-9]{1,12}){2,3})(?=: )(?:(?=[\s\S]{1,2000}?\n[ \t]{0,3}(?:(?:\d{1,2}\/\d{1,2}\/\d{2,4}|\d{1,2} [A-Z][a-z]{2} \d{4})[ \t])?\[?\d{1,2}:\d{2}\]?[ \t]\k<value>: )|(?<=(?:^|\n)[ \t]{0,3}(?:(?:\d{1,2}\/\d{1,2}\/\d{2,4}|\d{1,2} [A-Z][a-z]{2} \d{4})[ \t])?\[?\d{1,2}:\d{2}\]?[ \t]\k<value>: [\s\S]{1,2000}?\n[ \t]{0,3}(?:(?:\d{1,2}\/\d{1,2}\/\d{2,4}|\d{1,2} [A-Z][a-z]{2} \d{4})[ \t])?\[?\d{1,2}:\d{2}\]?[ \t]\k<value>))/dg,
      score: 0.7,
      prefilter:
        /\d:\d\d\]? (?:[a-z]{5,24}|[a-z]{2,20}\.[a-z]{2,20}|[a-z]{2,20}_[a-z]{2,20}\d{0,4}|[a-z]{2,20}(?:_[a-z0-9]{1,12}){2,3}): /,
    },
    {
      // "sign in as fmcgillivray.", "logged in as rkapoor,": the login a person signs in with, a plain
      // lower-case word ending the phrase; not an ordinary word ("sign in as usual", "log in as a guest").
      // A login with a dot, a digit or an underscore may go on to say where ("sign in as ada.r88 at the portal";
      // round 53), and a dot inside it does not end it.
      name: 'sign-in-as',
      regex:
        /\b(?:[Ss]ign(?:ed|ing)?[ \t]in|[Ll]og(?:ged|ging)?[ \t]?in)[ \t]as[ \t](?<value>(?!(?:guest|admin|administrator|usual|normal|before|yourself|myself|himself|herself|themselves|well|needed|required|instructed|directed|shown|below|above|follows|soon|such|patient|staff|user|proxy|carer|parent)\b)[a-z][a-z0-9._]{3,28}[a-z0-9])(?=[ \t]{0,2}(?:[,;)]|\.(?![a-z0-9])|\r?\n|$)|[ \t](?:at|on|in)[ \t](?<=[0-9._][a-z0-9]{0,28}[ \t][a-z]{2}[ \t]))/dg,
      score: 0.7,
      prefilter: /in as [a-z]/,
    },
    {
      // "portal login tmarchetti, deliver to…": after a login named as such, a plain lower-case login word
      // that ends the phrase (a comma, a full stop, a bracket or the line), not an ordinary word.
      name: 'login-word',
      regex:
        /\b(?:(?:account|portal|app|online|website|patient|pharmacy)[ \t]log-?in(?:[ \t](?:name|id))?|log-?in[ \t](?:name|id)|log-?in[ \t]{0,2}[:：])[ \t]{0,2}(?:[:：]|is)?[ \t]{0,2}(?<value>(?!(?:details|page|screen|issues?|problems?|link|button|help|code|credentials|name|here|again|today|now|failed|attempts?|working|password|email|required|pending|blocked|locked|reset|sorted|fixed|expired|disabled|active|unknown|none)\b)[a-z][a-z0-9]{3,19})(?=[ \t]{0,2}(?:[,;.)]|\r?\n|$))/dg,
      score: 0.7,
      prefilter: /log-?in/i,
    },
    {
      // A portal or app message header's sender ("From: h.vandersloot72  (IP …)"): a login with a dot or an
      // underscore and a digit, lower case first, ending the field; not an e-mail (no @ after it). Five or
      // more letters and two to four digits are a login too ("From: mwhitcombe58 (MyChart)"; round 37).
      // A login in mixed case with an underscore and two to four closing digits, before the sender's name in
      // brackets, is one too ("From: KTRoe_61 (Kate Roe, …)"; round 53). So is a given name and a family name
      // joined by a dot, alone on the line ("From: tamsin.oduya"; round 54), with a short place or word after a second
      // dot ("From: ana.ruiz.nm"; round 55), not a web host's ending (.com, .org).
      // A portal's header may put the recipient after a column gap ("From: gwenh_1947   To: Dr. Feldman"), and an app's
      // message may write the sender with a colon after it instead ("From wingyan.lau: …"; round 56).
      name: 'from-login',
      regex:
        /\bFrom(?::[ \t]{1,2}|[ \t])(?<value>(?=[a-z0-9._]{0,29}[0-9])(?=[a-z0-9]{1,29}[._][a-z0-9]|[a-z]{5,24}\d{2,4}(?![0-9A-Za-z_.]))[a-z][a-z0-9_.]{2,28}[a-z0-9]|(?=[A-Za-z0-9]{1,29}_\d{2,4}[ \t]{0,2}\()[A-Z][A-Za-z0-9]{2,24}_\d{2,4}|(?!www\.)[a-z]{3,20}\.[a-z]{2,20}(?:\.(?!(?:com|org|net|gov|edu|uk|au|nz|ca|io)\b)[a-z]{2,6})?)(?=(?<=From:[ \t]{1,2}[^ \t]{3,30})(?:[ \t]*(?:\(|\r?\n|$)|[ \t]{2,}To:)|(?<=From[ \t][^ \t]{3,30}):[ \t])/dg,
      score: 0.7,
      prefilter: /From:?[ \t]{1,2}(?:[a-z]|[A-Z][A-Za-z0-9]{1,24}_\d)/,
    },
    {
      // "Portal message from wren_in_may (…)", "message from harbourlight7 (IP …)": a message's sender
      // that is a login (lower case, with an underscore, a dot or a digit), before a bracket, comma or colon.
      // Or before "to" and the reader ("Portal message from ada_obi_61 to Dr. Roe, …"; round 48).
      name: 'message-from-login',
      regex:
        /\b(?:[Mm]essage|[Mm]sg|[Cc]hat|[Pp]ost|[Rr]eply|[Rr]equest) from[ \t]{1,2}(?<value>(?=[a-z0-9._]{0,29}[0-9_.])[a-z][a-z0-9_.]{2,28}[a-z0-9])(?=[ \t]{0,2}(?:[(,:]|\r?\n|$)|[ \t]to[ \t](?:Dr\b|[A-Z][a-z]))/dg,
      score: 0.7,
      // A dot alone marks a login too ("Portal message from c.alcott:"), so the prefilter lets it through.
      prefilter: / from[ \t]{1,2}[a-z][a-z0-9_]{0,28}[0-9_.]/,
    },
    {
      // A form or e-consult names who submitted or posted it by login ("Submitted by k.ramos from 203.0.113.9",
      // "Posted by tide_runner,"; round 46): lower case with a dot, an underscore or a digit, before " from", a
      // bracket, a comma, " on" or the line's end; not a person ("Submitted by Dr Lowe") nor a word ("sent by post").
      name: 'submitted-by-login',
      regex:
        /\b(?:[Ss]ubmitted|[Pp]osted|[Ss]ent|[Uu]ploaded) by[ \t]{1,2}(?<value>(?=[a-z0-9._]{0,29}[0-9_.])[a-z][a-z0-9_.]{2,28}[a-z0-9])(?=[ \t]{0,2}(?:[(,:]|from\b|on\b|\r?\n|$))/dg,
      score: 0.7,
      prefilter: / by[ \t]{1,2}[a-z][a-z0-9_]{0,28}[0-9_.]/,
    },
    {
      // A portal's or app's message header may name a plain lower-case login ("Portal message from
      // jmarwood: Hi…", "App message from kdelacroix (…)"): only there, before a colon or a bracket, and not
      // a word naming who wrote it ("Portal message from pharmacy:").
      name: 'portal-message-from-word',
      regex:
        /\b(?:[Pp]ortal|PORTAL|[Aa]pp|MyChart|[Pp]atient portal) (?:[Mm]essage|[Mm]sg) from[ \t]{1,2}(?!(?:pharmacy|reception|clinic|admin|nurse|nurses|doctor|team|patient|family|home|mum|mom|dad|son|daughter|wife|husband|carer|caregiver|office|staff|support|billing|records|radiology|lab|labs)\b)(?<value>[a-z]{5,24})(?=[ \t]{0,2}(?:[(:]|\r?\n))/dg,
      score: 0.7,
      prefilter: /(?:ortal|ORTAL|pp|MyChart) (?:[Mm]essage|[Mm]sg) from[ \t]{1,2}[a-z]/,
    },
    {
      // A chat speaker that is a login ("sleepless_kai: can't sleep"): lower case with an underscore, or a
      // dot between letters and a digit ("moth.lamp42"), or four or more letters and two to four digits
      // ("kpatel84"), at a line start before a colon, speaking on two or more lines (a form field such as
      // "bp_sys: 120" once). A login with an underscore may hold capitals after its first letter ("mamaK_ellis").
      // Two lower-case words of two or more letters joined by a dot are a login too ("tamsin.rowe: hi";
      // round 37), and so is a given name and the surname's initial after the dot ("meiling.k: on my way"; round 57).
      name: 'login-speaker',
      regex:
        /(?<=^|\n)(?<value>(?=[A-Za-z0-9.]{0,29}_|[a-z0-9_]{0,28}\.[a-z][a-z0-9_.]{0,28}\d|[a-z]{4,24}\d{2,4}: |[a-z]{2,20}\.[a-z]{1,20}: )[a-z](?:[a-z0-9_.]{2,28}|(?=[A-Za-z0-9.]{0,29}_)[A-Za-z0-9_.]{2,28})[A-Za-z0-9])(?=: )(?:(?=[\s\S]{1,2000}?\n\k<value>: )|(?<=(?:^|\n)\k<value>: [\s\S]{1,2000}?\n\k<value>))/dg,
      score: 0.7,
      prefilter: /\n[a-z][A-Za-z0-9.]{0,28}[_.][A-Za-z0-9_.]{0,28}: |\n[a-z]{4,24}\d{2,4}: /,
    },
    {
      // A portal's or app's login in brackets after the person's name, plain lower-case letters allowed ("Ana Roe
      // (portal user aroe)", "(MyChart user: kmorgan)"; round 49): the bracket holds nothing but the login.
      name: 'bracketed-portal-user',
      regex:
        /\((?:[Pp]atient )?(?:[Pp]ortal|[Aa]pp|MyChart|[Oo]nline|[Ww]eb) user(?:name)?[ \t]{0,2}:?[ \t]{1,2}(?!(?:guide|manual|handbook|instructions|account|agreement|access|support|help|name|id|group|forum|settings|profile|survey|feedback|interface|experience|login|only)\))(?<value>[a-z][a-z0-9._-]{2,28}[a-z0-9])\)/dg,
      score: 0.75,
      prefilter: /(?:ortal|pp|MyChart|nline|eb) user/,
    },
    {
      // The same bracket with only a colon after the portal or app ("From: Ana Roe (portal: aroe_tx)"; round 58): a login
      // with a dot, a digit or an underscore, as a word there ("(portal: closed)") is none.
      name: 'bracketed-portal-colon',
      regex:
        /\((?:[Pp]atient )?(?:[Pp]ortal|[Aa]pp|MyChart)[ \t]{0,2}:[ \t]{0,2}(?<value>(?=[a-z0-9._-]{0,29}[0-9._])[a-z][a-z0-9._-]{2,28}[a-z0-9])\)/dg,
      score: 0.75,
      prefilter: /(?:ortal|pp|MyChart)[ \t]{0,2}:/,
    },
    {
      // A login with an underscore between lower-case words speaking once in a chat whose earlier turns are
      // spoken by names ("Mele: on my way⏎kai_fonua: thinking of u"; round 49): the chat's own speaker, not a form's
      // field ("bp_sys: 120", a number after it).
      name: 'login-speaker-once',
      regex:
        /(?<=\n)(?<value>[a-z][a-z0-9]{1,20}_[a-z][a-z0-9_]{0,20}[a-z0-9])(?=: [A-Za-z])(?<=(?:^|\n)[A-Z][a-zà-öø-ÿ]{1,15}: [^\n]{1,300}\n[\s\S]{0,2000}?[a-z0-9_]{3,43})/dg,
      score: 0.7,
      prefilter: /\n[a-z][a-z0-9]{1,20}_[a-z][a-z0-9_]{0,20}: [A-Za-z]/,
    },
    {
      // "Orla Quinn (oquinn_58): Hi Dr…": a chat speaker's login in brackets before the colon, with an
      // underscore or a dot between letters.
      name: 'speaker-login',
      regex:
        /(?<=[A-Za-z] \()(?<value>(?=[A-Za-z0-9.]{0,29}_|[A-Za-z0-9_]{0,29}\.[A-Za-z])[A-Za-z][A-Za-z0-9_.-]{2,28}[A-Za-z0-9])(?=\):)/dg,
      score: 0.7,
      prefilter: /\):/,
    },
    {
      // The same in a Chinese chat, before a full-width colon ("sunny_lan77：请问23床家属在吗？"; round 37): a login
      // with an underscore, or letters and closing digits, opening two or more lines. An online consultation's
      // record may put the time before each turn ("20:41 lanlan_0906：…"; round 45), as English transcripts do.
      // The first turn may carry the date before the time ("2026-03-02 20:41 lanlan_0906：…"; round 46).
      name: 'zh-login-speaker',
      regex:
        /(?<=(?:^|\n)(?:(?:\d{4}-\d{1,2}-\d{1,2}[ \t])?\d{1,2}:\d{2}[ \t\u3000])?)(?<value>(?=[A-Za-z0-9.]{0,29}_|[a-z]{3,24}\d{2,4}：)[a-z][A-Za-z0-9_.]{2,28}[A-Za-z0-9])(?=：)(?:(?=[\s\S]{1,2000}?\n(?:(?:\d{4}-\d{1,2}-\d{1,2}[ \t])?\d{1,2}:\d{2}[ \t\u3000])?\k<value>：)|(?<=(?:^|\n)(?:(?:\d{4}-\d{1,2}-\d{1,2}[ \t])?\d{1,2}:\d{2}[ \t\u3000])?\k<value>：[\s\S]{1,2000}?\n(?:(?:\d{4}-\d{1,2}-\d{1,2}[ \t])?\d{1,2}:\d{2}[ \t\u3000])?\k<value>))/dg,
      score: 0.7,
      prefilter: /[A-Za-z0-9]：/,
    },
    {
      // A screen name of Chinese characters and closing digits as a chat's or consultation's speaker ("白云飘飘88：…",
      // twice or more; round 43), as 账号：小鹿88 is read below: no name has digits; not a numbered item or figure
      // ("附件12：", "图12：") nor a patient or specimen numbered in a list.
      // A note in brackets may stand before the colon ("豆豆妈2019（IP …）：…"; round 46), as after 用户.
      // An underscore may join the digits on ("晚风吹麦田_52：…"; round 47), or a few Latin letters, initials and
      // perhaps digits ("山间清风_QF：…"; round 49): no name holds either.
      name: 'zh-mixed-speaker',
      regex:
        /(?<=^|\n)(?!第|附件|附|图|表|步骤|方案|病例|样本|标本|患者|病人|床|组|编号|序号|用户)(?<value>[\u4e00-\u9fff]{2,10}(?:_?\d{2,4}|_[A-Za-z]{1,4}\d{0,4}))(?=(?:[（(][^）)\n]{1,40}[）)])?：[^\d\n])(?:(?=[\s\S]{1,2000}?\n\k<value>(?:[（(][^）)\n]{1,40}[）)])?：)|(?<=(?:^|\n)\k<value>(?:[（(][^）)\n]{1,40}[）)])?：[\s\S]{1,2000}?\n\k<value>))/dg,
      score: 0.7,
      prefilter: /[\u4e00-\u9fff](?:_?\d{2,4}|_[A-Za-z]{1,4}\d{0,4})：/,
    },
    {
      // A screen name of Chinese characters joined by an underscore to closing digits ("某某某某_1990"): no name or word
      // holds an underscore, so it is an account wherever it stands, after a role in brackets ("【患者】…_1990：") or a
      // blank after 账号 or 患者 ("账号 …_0815（实名：…）"; round 48), not only after a colon or opening a line. A run
      // glued to the Han word before it ("用户…_1990") is left to the labelled patterns, and one opening a line before a
      // colon to the speaker patterns, which want two turns (a form's field "体温_36：" speaks once). Initials may
      // stand for the digits ("某某某某_QF"; round 49).
      name: 'zh-underscore-screen-name',
      regex:
        /(?<![\u4e00-\u9fffA-Za-z0-9_])(?!用户|账号|昵称|网名)(?<value>[\u4e00-\u9fff]{3,10}_(?:\d{2,4}|[A-Za-z]{1,4}\d{0,4}))(?![0-9A-Za-z_])(?![:：](?<=(?:^|\n)[\u4e00-\u9fff]{3,10}_(?:\d{2,4}|[A-Za-z]{1,4}\d{0,4})[:：]))/dg,
      score: 0.7,
      prefilter: /[\u4e00-\u9fff]_[0-9A-Za-z]/,
    },
    {
      // A chat speaker of five to ten Chinese characters, longer than a Han name, taking two turns or more
      // ("某某某爱吃糖：…⏎护士 某某：…⏎某某某爱吃糖：…"; round 48): a screen name, not a person, unless it holds a role
      // or title (医生, 药师, 护士长…), a department or a place, or opens with 用户 (read above).
      // An online consultation's record may put the time, and on its first turn the date, before each turn
      // ("2026-03-02 20:14 某某某某某：…⏎20:16 某某某某某：…"; round 52), as zh-login-speaker allows. A speaker of four
      // characters holding 不 or 与 is a screen name too ("花开不败：", "云与山川："; round 52): no Han name holds either;
      // not a form's field opening with a word that does ("如有不适：", "是否参与：").
      name: 'zh-long-screen-name-speaker',
      regex: new RegExp(
        String.raw`(?<=(?:^|\n)(?:【[\u4e00-\u9fff]{1,6}】|(?:\d{4}-\d{1,2}-\d{1,2}[ \t])?\d{1,2}:\d{2}[ \t\u3000])?)(?![\u4e00-\u9fff]{0,9}(?:${ROLE_WORDS_ZH}|药师|小组|药房))(?<value>[\u4e00-\u9fff]{5,10}|(?=[\u4e00-\u9fff]{1,2}[不与])(?![\u4e00-\u9fff]{0,2}(?:${WORDS_WITH_BU_YU}))[\u4e00-\u9fff]{4})(?=：)(?:(?=[\s\S]{1,2000}?\n(?:【[\u4e00-\u9fff]{1,6}】|(?:\d{4}-\d{1,2}-\d{1,2}[ \t])?\d{1,2}:\d{2}[ \t\u3000])?\k<value>：)|(?<=(?:^|\n)(?:【[\u4e00-\u9fff]{1,6}】|(?:\d{4}-\d{1,2}-\d{1,2}[ \t])?\d{1,2}:\d{2}[ \t\u3000])?\k<value>：[\s\S]{1,2000}?\n(?:【[\u4e00-\u9fff]{1,6}】|(?:\d{4}-\d{1,2}-\d{1,2}[ \t])?\d{1,2}:\d{2}[ \t\u3000])?\k<value>))`,
        'dg',
      ),
      score: 0.7,
      prefilter:
        /(?:^|\n|\d:\d\d[ \t\u3000])(?:【[\u4e00-\u9fff]{1,6}】)?(?:[\u4e00-\u9fff]{5,10}|[\u4e00-\u9fff]{1,2}[不与][\u4e00-\u9fff]{1,2})：/,
    },
    {
      // A group chat's speaker of four Chinese characters shaped as a pet phrase, taking two turns or more in a chat opened
      // by its group's title in brackets ("【某某群】⏎某某吹吹：…⏎二姐：…⏎某某吹吹：…"; round 54): a doubled closing character
      // (ABCC), a closing diminutive 儿 or a numeral and measure word opening it ("一朵白云"). No Han name has these shapes;
      // a four-character phrase without them ("平安是福") is left to the name rules, as earlier rounds marked it PERSON.
      // Not a compound-surname or minority name (scoreOf), nor a kinship, role or party word ("孩子他爸：").
      name: 'zh-four-char-screen-name-speaker',
      regex: new RegExp(
        String.raw`(?<=^[ \t]{0,2}[【「][^\n】」]{1,20}[】」][ \t]{0,2}\n(?:[^\n]{0,300}\n){0,12})(?![\u4e00-\u9fff]{0,3}(?:${ROLE_WORDS_ZH}|药|${KIN_WORDS_ZH}))(?<value>[\u4e00-\u9fff]{2}([\u4e00-\u9fff])\2|[\u4e00-\u9fff]{3}儿|[一两半][个颗只朵片粒块根条棵杯碗][\u4e00-\u9fff]{2})(?=：[^\n：]{1,300})(?:(?=[\s\S]{1,2000}?\n\k<value>：)|(?<=(?:^|\n)\k<value>：[\s\S]{1,2000}?\n\k<value>))`,
        'dg',
      ),
      score: 0.7,
      scoreOf: (value) =>
        COMPOUND_SURNAMES.some((c) => value.startsWith(c)) || MINORITY_STARTS.some((p) => value.startsWith(p))
          ? -1
          : 0.7,
      prefilter: /^[ \t]{0,2}[【「][^\n】」]{1,20}[】」][ \t]{0,2}\n/,
    },
    {
      // A family group chat's speaker of four Chinese characters that opens with no common surname ("岁月某某：…" in
      // "【某某一家人】"; generalisation-53): a set phrase as a screen name, even speaking once, as the cards since round 54
      // mark it, when a relative speaks in the chat too; not in a ward's family group (家属群, 病区, 床), where earlier cards
      // marked such a speaker PERSON, nor a compound-surname, minority or transliterated name, nor one opening with 小, 阿
      // or 老, a kinship or role word, nor a form's field ("空腹要求：").
      name: 'zh-four-char-phrase-speaker',
      regex: new RegExp(
        String.raw`(?<=^[ \t]{0,2}[【「](?![^\n】」]{0,20}(?:家属|病友|病区|床|科|医))[^\n】」]{1,20}[】」][ \t]{0,2}\n(?:[^\n]{0,300}\n){0,12})(?![\u4e00-\u9fff]{0,3}(?:${ROLE_WORDS_ZH}|药|${KIN_WORDS_ZH}))(?![小阿老])(?<value>[\u4e00-\u9fff]{4})(?<![项量果断议况容间期点法史诉查因名号址话码证型级别率值式类表单据求])(?=：[^\n：]{2,300})`,
        'dg',
      ),
      score: 0.7,
      scoreOf: (value) =>
        surnameLengthAt(value, 0) !== 0 ||
        afterKinWord(value, 0) > 0 ||
        MINORITY_STARTS.some((p) => value.startsWith(p)) ||
        transliteratedTurkicName(value)
          ? -1
          : 0.7,
      // The chat is a family's: a relative speaks in it ("小姑：…", "妈妈：…").
      prefilter: new RegExp(
        String.raw`^[ \t]{0,2}[【「][^\n】」]{1,20}[】」][ \t]{0,2}\n(?=(?:[\s\S]*\n)?[\u4e00-\u9fff]{0,2}(?:${KIN_WORDS_ZH})[\u4e00-\u9fff]?：)`,
      ),
    },
    {
      // A group chat's speaker whose name holds 的 ("晚风里的小猫：…"; round 50), speaking once after another member's turn:
      // no Chinese name holds 的, so it is a screen name; not a letter's salutation ("尊敬的…：", "我的电话：") nor a
      // relative or a role described ("患者的女儿：", "陪同的儿子某某："), nor a form's field ("可能的风险：").
      name: 'zh-de-screen-name-speaker',
      regex: new RegExp(
        String.raw`(?<=(?:^|\n)[^\n：:]{2,12}：[^\n]{1,300}\n(?:[^\n]{0,300}\n){0,6})(?!${NOT_DE_NAME_START})(?<value>[\u4e00-\u9fff]{2,5}的[\u4e00-\u9fff]{2,5})(?<!(?:${NOT_DE_NAME_END}))(?=：[^\n：]{2,300})`,
        'dg',
      ),
      score: 0.7,
      prefilter: /的[\u4e00-\u9fff]{1,5}：/,
    },
    {
      // The same screen name with 的 opening two or more of a group chat's turns, its first turn too, right after the
      // group's title ("「某某群」⏎秋天的某：…⏎大哥：…⏎秋天的某：…"; round 53), and one character after 的 is enough when it
      // speaks again; the exclusions are those of zh-de-screen-name-speaker.
      name: 'zh-de-screen-name-repeated',
      regex: new RegExp(
        String.raw`(?<=^|\n)(?!${NOT_DE_NAME_START})(?<value>[\u4e00-\u9fff]{2,5}的[\u4e00-\u9fff]{1,5})(?<!(?:${NOT_DE_NAME_END}))(?=：[^\n：]{2,300})(?:(?=[\s\S]{1,2000}?\n\k<value>：)|(?<=(?:^|\n)\k<value>：[\s\S]{1,2000}?\n\k<value>))`,
        'dg',
      ),
      score: 0.7,
      prefilter: /的[\u4e00-\u9fff]{1,5}：/,
    },
    {
      // A chat speaker whose screen name is a doubled character or 小 and a character or two before the Japanese-style 酱
      // ("糖糖酱：…", "小鱼酱：…"; round 53): no Han name ends in 酱, and no sauce doubles its character (a diet sheet's
      // "豆瓣酱：少放" stays unread).
      name: 'zh-jiang-screen-name-speaker',
      regex: /(?<=^|\n)(?<value>([\u4e00-\u9fff])\2酱|小[\u4e00-\u9fff]{1,2}酱)(?=：[^\n：]{1,300})/dg,
      score: 0.7,
      prefilter: /酱：/,
    },
    {
      // A group chat's owner or admin speaking under a screen name of five to ten Chinese characters, the role in
      // brackets before the colon ("每天走一万步（群主）：提醒大家…"; round 51): longer than a Han name, so a screen name even
      // speaking once; not one holding a role, title or department (as zh-long-screen-name-speaker).
      name: 'zh-group-owner-speaker',
      regex: new RegExp(
        String.raw`(?<=(?:^|\n))(?![\u4e00-\u9fff]{0,9}(?:${ROLE_WORDS_ZH}|药师|小组|药房))(?<value>[\u4e00-\u9fff]{5,10})(?=[（(](?:群主|管理员|群管|群管理)[）)][:：])`,
        'dg',
      ),
      score: 0.7,
      prefilter: /[（(](?:群主|管理员|群管|群管理)[）)][:：]/,
    },
    {
      // A login with an underscore speaking once in a Chinese chat between members who speak by name
      // ("宋某某：…⏎abc_xyz：收到⏎宋某某：…"; round 41): it and the Han speakers opening the lines before and after it
      // say words, not a form's values ("体温：36.5⏎bp_sys：120").
      name: 'zh-login-speaker-once',
      regex:
        /(?<=(?:^|\n)[\u4e00-\u9fff]{2,4}：[\u4e00-\u9fff][^\n]{0,300}\n)(?<value>(?=[A-Za-z0-9.]{0,29}_)[a-z][A-Za-z0-9_.]{2,28}[A-Za-z0-9])(?=：[\u4e00-\u9fff][^\n]{0,300}\n[\u4e00-\u9fff]{2,4}：[\u4e00-\u9fff])/dg,
      score: 0.7,
      prefilter: /_[A-Za-z0-9.]{0,28}：/,
    },
    {
      // A consultation transcript naming a speaker by 用户 glued to the login ("用户mei_88：药师您好"; round 39):
      // Latin letters with an underscore or a digit, opening a line before the colon.
      // A session export's timestamp may open the line, and a note in brackets may stand before the colon ("11-22 14:11
      // 用户ab_123：…", "14:26 用户ab_123（IP …）：…"; round 50).
      name: 'zh-user-prefixed-speaker',
      regex:
        /(?<=(?:^|\n)[ \t]{0,3}(?:(?:\d{1,2}-\d{1,2}[ \t\u3000])?\d{1,2}:\d{2}[ \t\u3000])?用户)(?<value>(?=[A-Za-z0-9.]{0,29}[_0-9])[A-Za-z][A-Za-z0-9_.-]{2,28}[A-Za-z0-9])(?=(?:[（(][^）)\n]{1,40}[）)])?[:：])/dg,
      score: 0.8,
      prefilter: /用户[A-Za-z]/,
    },
    {
      // A staff role glued to the login it speaks under in a consultation's record ("医生助理ab_zl02：已为您预约…",
      // "客服kf_0931：您好"; generalisation-51), as 用户 is glued to a user's login: Latin letters with an underscore or a
      // digit, opening a line before the colon; the role stays outside.
      name: 'zh-role-prefixed-login-speaker',
      regex:
        /(?<=(?:^|\n)[ \t]{0,3}(?:\d{1,2}:\d{2}[ \t\u3000])?(?:医生助理|医师助理|医助|助理|客服|药师|护士|健康管理师|管理员))(?<value>(?=[A-Za-z0-9.]{0,29}[_0-9])[A-Za-z][A-Za-z0-9_.-]{2,28}[A-Za-z0-9])(?=(?:[（(][^）)\n]{1,40}[）)])?[:：])/dg,
      score: 0.8,
      prefilter: /(?:助理|医助|客服|药师|护士|管理师|管理员)[A-Za-z]/,
    },
    {
      // A group chat opened by its title ("群聊"某某某某"", "【某某家属群】"; generalisation-51): a speaker of five to ten
      // Chinese characters, longer than a Han name, or one holding 的, is a member's screen name even speaking once, as
      // zh-long-screen-name-speaker and zh-de-screen-name-speaker read them; not one holding a role, title, department,
      // place or kinship word, nor a form's label, nor a Mongolian, Tibetan, Uyghur or Yi name (scoreOf). A plain
      // four-character speaker is left to the name rules, as earlier rounds marked it PERSON.
      name: 'zh-group-titled-screen-name-speaker',
      regex: new RegExp(
        String.raw`(?<=^[ \t]{0,2}(?:群聊|群名|群名称)?[:：]?[ \t]{0,2}(?:["“「『][^\n"”」』]{1,20}["”」』]|【[^\n】]{0,18}群[^\n】]{0,18}】)[ \t]{0,2}\n(?:[^\n]{0,300}\n){0,12})(?![\u4e00-\u9fff]{0,9}(?:${ROLE_WORDS_ZH}|药师|药房|${KIN_WORDS_ZH}|尊敬|您|你|我|他|她|可能|注意|提示|通知|说明|事项|方式|时间|地点|电话|地址))(?<value>[\u4e00-\u9fff]{5,10}|[\u4e00-\u9fff]{2,5}的[\u4e00-\u9fff]{1,5})(?=：[^\n：]{1,300})`,
        'dg',
      ),
      score: 0.7,
      scoreOf: (value) => (MINORITY_STARTS.some((p) => value.startsWith(p)) ? -1 : 0.7),
      prefilter:
        /^[ \t]{0,2}(?:群聊|群名|群名称)?[:：]?[ \t]{0,2}(?:["“「『][^\n"”」』]{1,20}["”」』]|【[^\n】]{0,18}群[^\n】]{0,18}】)[ \t]{0,2}\n/,
    },
    {
      // An online consultation's record naming each turn's speaker before the time, the patient by a screen name of four
      // to ten Chinese characters that speaks again ("某某某某（患者）2026-11-24 21:03：…⏎某某医生 21:06：…⏎某某某某 21:08：…";
      // generalisation-51): four characters opening with no surname are no Han name; five or more are longer than one.
      // Not a role, title or department ("某某某医生 21:06："), nor a compound-surname, Mongolian, Tibetan, Uyghur or Yi
      // name (scoreOf).
      name: 'zh-timed-consult-screen-name',
      regex: new RegExp(
        String.raw`(?<=^|\n)(?![\u4e00-\u9fff]{0,9}(?:${ROLE_WORDS_ZH}|药师|药房|助理))(?<value>[\u4e00-\u9fff]{4,10})(?=(?:[（(](?:患者|用户|咨询人|提问人)[）)])?[ \t\u3000]{0,2}(?:\d{4}-\d{1,2}-\d{1,2}[ \t])?\d{1,2}:\d{2}[ \t]{0,2}[:：])(?:(?=[\s\S]{1,2000}?\n\k<value>(?:[（(][^）)\n]{1,10}[）)])?[ \t\u3000]{0,2}(?:\d{4}-\d{1,2}-\d{1,2}[ \t])?\d{1,2}:\d{2}[ \t]{0,2}[:：])|(?<=(?:^|\n)\k<value>[^\n]{0,40}[:：][\s\S]{1,2000}?\n\k<value>))`,
        'dg',
      ),
      score: 0.7,
      scoreOf: (value) =>
        MINORITY_STARTS.some((p) => value.startsWith(p)) ||
        COMPOUND_SURNAMES.some((c) => value.startsWith(c)) ||
        (value.length === 4 && surnameCanStart(value.charCodeAt(0)))
          ? -1
          : 0.7,
      prefilter:
        /\n[\u4e00-\u9fff]{4,10}(?:[（(][\u4e00-\u9fff]{2,3}[）)])?[ \t\u3000]{0,2}(?:\d{4}-\d{1,2}-\d{1,2}[ \t])?\d{1,2}:\d{2}[ \t]{0,2}[:：]/,
    },
    {
      // A feedback or message form's sender given as a screen name with 的 in it ("提交人：爱吃鱼的猫"; round 39): no
      // Chinese name holds 的; not a relative described ("反馈人：患者的女儿"). A run of five to ten characters filling
      // the field is a screen name too ("留言人：月亮不睡我不睡"; round 49), longer than a Han name; a consultation's or forum
      // post's asker is named so too ("咨询人：…的…", "求助人：", "发帖人："; generalisation-51); not a Mongolian,
      // Tibetan, Uyghur or Yi name (scoreOf), nor a person with a title ("…先生").
      name: 'zh-submitter-screen-name',
      regex:
        /(?:提交人|反馈人|留言人|投诉人|提问人|咨询人|求助人|发帖人)[ \t]{0,2}[:：][ \t]{0,2}(?![^\s，,。]{0,8}(?:患者|病人|家属|本人|女儿|儿子|妻子|丈夫|母亲|父亲|爸|妈|孙|朋友|邻居|先生|女士|小姐|医生|老师))(?<value>[\u4e00-\u9fff]{1,7}的[\u4e00-\u9fff]{1,6}(?![\u4e00-\u9fff])|[\u4e00-\u9fff]{5,10}(?=[ \t\u3000]|\r?\n|$))/dg,
      score: 0.75,
      scoreOf: (value) =>
        value.includes('的') || !MINORITY_STARTS.some((p) => value.startsWith(p)) ? 0.75 : -1,
      prefilter: /(?:提交|反馈|留言|投诉|提问|咨询|求助|发帖)人/,
    },
    {
      // A Chinese user or nickname in quotes (用户“小桔子妈妈”, 昵称「光光同学」): an app's display name.
      name: 'zh-quoted-nickname',
      regex:
        /(?:昵称|网名|微信名|用户名|用户)[ \t]{0,2}[:：]?[ \t]{0,2}[“"「『](?<value>[^”"」』\n]{1,16})[”"」』]/dg,
      score: 0.7,
      prefilter: /昵称|网名|微信名|用户/,
    },
    {
      // A user name or account in Chinese characters with an underscore or closing digits (用户：晴川_2003,
      // 账号：小鹿88): a screen name, not a person's name, which has neither. Digits with a unit after
      // them (用户：孕22周) are not a name at all.
      name: 'zh-user-mixed',
      regex:
        /(?:用户名|用户|账号|昵称)[ \t]{0,2}[:：][ \t]{0,2}(?<value>[\u4e00-\u9fff]{1,12}_[\u4e00-\u9fffA-Za-z0-9_]{1,16}|[\u4e00-\u9fff]{2,12}[0-9]{2,8})(?![\u4e00-\u9fffA-Za-z0-9_])/dg,
      score: 0.75,
      prefilter: /用户|账号|昵称/,
    },
    {
      // An online consultation's user field filled by a screen name of Chinese characters only, closing the field before a
      // blank, a bar or the line's end ("用户：晚霞满天　微信号：…", "用户：山风吹过｜问：…"; generalisation-52): four
      // characters opening with no surname are no Han name, and five to ten are longer than one; not what the user asks
      // or says ("用户：孩子发烧三天"), a relative described, nor a Mongolian, Tibetan, Uyghur or Yi name (scoreOf).
      name: 'zh-user-field-screen-name',
      regex:
        /用户[ \t]{0,2}[:：][ \t]{0,2}(?![\u4e00-\u9fff]{0,9}(?:患者|病人|家属|本人|女儿|儿子|妻子|丈夫|母亲|父亲|爸|妈|孙|孩子|宝宝|孕|医|护|药|我|你|您|他|她|发烧|咳|疼|痛))(?<value>[\u4e00-\u9fff]{4,10})(?=[ \t\u3000｜|]|\r?\n|$)/dg,
      score: 0.75,
      scoreOf: (value) =>
        MINORITY_STARTS.some((p) => value.startsWith(p)) ||
        (value.length === 4 &&
          (surnameCanStart(value.charCodeAt(0)) || COMPOUND_SURNAMES.some((c) => value.startsWith(c))))
          ? -1
          : 0.75,
      prefilter: /用户[ \t]{0,2}[:：]/,
    },
    {
      // A consultation's turn opened by 用户 glued to the user's screen name, with a note in brackets before the
      // colon or none ("用户阿狸爱吃鱼88（替母亲问）：…⏎用户阿狸爱吃鱼88：好的"; round 45): a screen name of Chinese
      // characters with closing digits or an underscore, as zh-user-mixed reads it after a colon; not a person's
      // name, which has neither ("用户王芳：").
      name: 'zh-user-speaker',
      regex:
        /(?<=(?:^|\n)[ \t]{0,3}(?:\d{1,2}:\d{2}[ \t\u3000])?用户[ \t]{0,2})(?<value>[\u4e00-\u9fff]{1,12}_[\u4e00-\u9fffA-Za-z0-9_]{1,16}|[\u4e00-\u9fff]{2,12}[0-9]{2,8})(?=(?:[（(][^）)\n]{1,20}[）)])?[:：])/dg,
      score: 0.75,
      prefilter: /用户/,
    },
    {
      // A consultation's or official account's turn opened by 用户 glued to a screen name of Chinese characters only
      // ("用户某某的某某（就诊人：…）：…", "用户某某不某：…"; round 54): one holding 的, four characters holding 不 or 与, or five
      // to ten characters, the shapes zh-de-screen-name-speaker and zh-long-screen-name-speaker read as screen names; not
      // a person's name of two or three characters ("用户王芳："), a relative described ("用户患者的女儿：") nor a
      // minority name (scoreOf).
      name: 'zh-user-han-screen-name',
      regex: new RegExp(
        String.raw`(?<=(?:^|\n)[ \t]{0,3}(?:\d{1,2}:\d{2}[ \t\u3000])?用户)(?![\u4e00-\u9fff]{0,9}(?:患者|病人|家属|本人|女儿|儿子|妻子|丈夫|母亲|父亲|爸|妈|孙|医|护|药师|客服|助手|系统))(?<value>[\u4e00-\u9fff]{1,5}的[\u4e00-\u9fff]{1,5}|(?=[\u4e00-\u9fff]{1,2}[不与])(?![\u4e00-\u9fff]{0,2}(?:${WORDS_WITH_BU_YU}))[\u4e00-\u9fff]{4}|[\u4e00-\u9fff]{5,10})(?=(?:[（(][^）)\n]{1,40}[）)])?[:：])`,
        'dg',
      ),
      score: 0.75,
      scoreOf: (value) =>
        value.includes('的') || !MINORITY_STARTS.some((p) => value.startsWith(p)) ? 0.75 : -1,
      prefilter: /用户[\u4e00-\u9fff]/,
    },
    {
      // An app's user field holding a login ("用户：jiahe_bp2026" on a mini-program export): Latin letters with
      // an underscore, a dot or a digit in them, not a plain word ("用户：admin") nor a person's name. A blank may
      // stand for the colon in running text ("用户 lanlan_1990 为家人申请…"; round 49).
      name: 'zh-user-login',
      regex:
        /用户(?:[ \t]{0,2}[:：｜][ \t]{0,2}|[ \t\u3000]{1,2})(?<value>(?=[A-Za-z0-9.]{0,29}[_.0-9])[A-Za-z][A-Za-z0-9_.-]{2,28}[A-Za-z0-9])(?![A-Za-z0-9_@.])/dg,
      score: 0.7,
      prefilter: /用户/,
    },
    {
      // A nickname without quotes, up to the next punctuation (微信支付（昵称光光同学）).
      name: 'zh-nickname',
      regex:
        /(?:昵称|网名|微信名|用户名)[ \t]{0,2}[:：]?[ \t]{0,2}(?<value>[\u4e00-\u9fffA-Za-z0-9_]{2,12})(?=[）)，,。；;、\s]|$)/dg,
      score: 0.7,
      prefilter: /昵称|网名|微信名|用户名/,
    },
    {
      // A bank account for a refund named by its IBAN label ("IBAN: GB29 NWBK 6016 1331 9268 19"; round 53): the
      // country letters, check digits and the blocks after them, blanks allowed between blocks of four.
      name: 'iban',
      regex:
        /\bIBAN(?:[ \t](?:[Nn]o\.?|[Nn]umber))?[ \t]{0,2}:?[ \t]{0,2}(?<value>[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)(?![A-Za-z0-9])/dg,
      score: 0.75,
      prefilter: /IBAN/,
    },
    {
      // An Australian bank account after its branch's BSB ("BSB 062-000, account 1234 5678"; round 53): the
      // account number, not the BSB (a branch's code, no one's own).
      name: 'bsb-account',
      regex:
        /\bBSB[ \t]{0,2}:?[ \t]{0,2}\d{3}[ -]?\d{3}[,;]?[ \t]{1,3}(?:[Aa]ccount|[Aa]cct|[Aa]\/[Cc])(?:[ \t](?:[Nn]o\.?|[Nn]umber))?[ \t]{0,2}:?[ \t]{0,2}(?<value>\d{3,4}[ -]?\d{3,5}(?:[ -]?\d{1,3})?)(?![0-9A-Za-z])/dg,
      score: 0.75,
      prefilter: /BSB/,
    },
    {
      // A payment app's handle after @ in the same line ("venmo me … @june-b-71", "Venmo @kofi_a"): the handle
      // without its @, as the cards mark it (round 37); hyphens are allowed, as Venmo's handles have them.
      // A chat's next line may answer with the handle ("…send me your half on Venmo⏎Jo: sent, it's from @jo-k-4";
      // round 39), one with a hyphen, underscore or digit there, not an @-mention of a speaker ("@Ishaan thanks").
      name: 'payment-handle',
      regex:
        /\b(?:[Vv]enmo|VENMO|[Pp]ay[Pp]al|[Cc]ash ?[Aa]pp|[Zz]elle)\b[^\n@]{0,60}(?:\n[^\n@]{0,40}@(?=[A-Za-z0-9_-]{0,28}[-_0-9])|@)(?<value>[A-Za-z0-9][A-Za-z0-9_-]{1,28}[A-Za-z0-9])(?![A-Za-z0-9_@.-])/dg,
      score: 0.75,
      prefilter: /venmo|paypal|cash ?app|zelle/i,
    },
    {
      // A Cash App $cashtag after the app's name in the same line ("send it to my cashapp $TitoRomy"; round 38):
      // the tag without its $, as the card marks it (like the @ of a Venmo handle); a price is no tag ("$25").
      name: 'cashtag',
      regex:
        /\b(?:[Cc]ash ?[Aa]pp|CASH ?APP)\b[^\n$]{0,60}\$(?<value>[A-Za-z][A-Za-z0-9_-]{0,19})(?![A-Za-z0-9_-])/dg,
      score: 0.75,
      prefilter: /cash ?app/i,
    },
    {
      // A social-media handle written with @ ("Insta is @brooke.bakes.bread"), not part of an email.
      name: 'at-handle',
      regex:
        /(?<![A-Za-z0-9._%+-])(?<value>@[A-Za-z0-9_](?:[A-Za-z0-9_.]{1,28}[A-Za-z0-9_]))(?![A-Za-z0-9_@.-])/dg,
      score: 0.7,
      prefilter: /@/,
    },
  ],
});
