import type { FindingType } from '../finding.ts';

/**
 * Harmful-content rules, zh and en, our own patterns. Each rule looks for an intent or a claim, not a
 * topic: "how do I talk to my teen about suicide", "what is the maximum dose of paracetamol" or
 * "do vaccines cause autism?" do not match; "我不想活了", "how many pills would kill me" or
 * "ignore previous instructions" do. Every pattern is bounded (no nested repetition) so scanning
 * stays linear; `.{0,n}` gaps are short and never cross a line.
 */
export interface HarmRule {
  id: string;
  type: FindingType;
  regex: RegExp;
  score: number;
  /** When one of these words ends within a few characters before the match, the rule does not fire. */
  negatedBy?: readonly string[];
  /** How many characters before the match are searched for `negatedBy` words. */
  negationWindow?: number;
}

const CONTROLLED_ZH =
  '(?:安眠药|安定|地西泮|艾司唑仑|阿普唑仑|氯硝西泮|唑吡坦|曲马多|芬太尼|羟考酮|吗啡|可待因|杜冷丁|哌替啶|右美沙芬|氯胺酮|麻黄碱|止咳水|处方药|精神类药|管制药|抗生素|减肥药|西布曲明)';
const CONTROLLED_EN =
  '(?:oxycodone|oxycontin|xanax|alprazolam|fentanyl|tramadol|adderall|codeine|morphine|diazepam|valium|clonazepam|ketamine|opioids?|benzos?|benzodiazepines?|sleeping pills|antibiotics|prescription (?:drugs|medicines?|pills|meds))';

const rule = (
  id: string,
  type: FindingType,
  source: string,
  score: number,
  flags = 'gi',
  negatedBy?: string[],
  negationWindow = 4,
): HarmRule => ({
  id,
  type,
  regex: new RegExp(source, flags),
  score,
  ...(negatedBy ? { negatedBy, negationWindow } : {}),
});

export const HARM_RULES: HarmRule[] = [
  // Self-harm and suicide: first-person (or a named person's) intent, plans and methods.
  rule(
    'self-harm.zh.intent',
    'SELF_HARM',
    // A time word may stand between the intent and the act ("想今晚自杀", "准备明天去跳楼").
    '(?:想|要|打算|准备|计划|决定)(?:今晚|今天|明天|马上|现在|这就|晚上|等会儿?)?(?:去)?(?:自杀|轻生|寻死|了结自己|结束(?:自己的)?生命|跳楼|割腕|上吊|自尽)',
    0.95,
    'g',
    ['不', '没有', '没', '否认', '从未'],
  ),
  rule(
    'self-harm.zh.not-live',
    'SELF_HARM',
    '不想活(?:了|下去)?|活不下去了?|活着(?:没|没有)(?:意思|意义)|(?<![不没到得])(?:想|真想)死(?:了|掉)?|死了(?:算了|也好)|一了百了|不如死了',
    0.9,
    'g',
    // "没有不想活的念头" denies the thought; a window of 3 keeps "活着没有意思，不想活了" a match. "不想死"
    // says the opposite of 想死, and "累得想死", "加班加到想死" are hyperbole; "没说想死" reports that
    // someone did not say it.
    ['不是', '没有', '否认', '并没', '没说', '没提'],
    3,
  ),
  // "我没打算伤害自己" and "不想伤害自己" deny the act.
  rule('self-harm.zh.acts', 'SELF_HARM', '(?:自残|自伤|割腕|伤害自己|写好了遗书|写遗书)', 0.85, 'g', [
    '否认',
    '没有',
    '无',
    '不要',
    '不会',
    '没想过',
    '没打算',
    '不打算',
    '不想',
  ]),
  rule(
    'self-harm.zh.method',
    'SELF_HARM',
    '(?:怎么|如何|怎样)(?:才能)?(?:自杀|死得?(?:快|不痛|没有痛苦)|无痛(?:地)?死)',
    0.95,
    'g',
  ),
  rule(
    'self-harm.en.intent',
    'SELF_HARM',
    "\\b(?:i(?:'m| am)? ?(?:want|wanna|going|gonna|plan(?:ning)?|thinking about|thought about|ready|about) (?:to )?)(?:kill(?:ing)? myself|end(?:ing)? (?:my life|it all|it tonight|it today|it now)|tak(?:e|ing) my (?:own )?life|commit(?:ting)? suicide|hurt(?:ing)? myself|harm(?:ing)? myself|cut(?:ting)? myself)\\b|\\bi(?:'m| am)? ?(?:want|wanna|plan(?:ning)?|thinking about|thought about|ready) (?:to )?(?:die|dying)\\b",
    0.95,
  ),
  // "I'm going to die" is intent only when not a fear: "I feel like I'm going to die" is the impending
  // doom of a panic attack or a heart attack (a red flag's business), not a wish to die.
  rule(
    'self-harm.en.intent-die',
    'SELF_HARM',
    "\\bi(?:'m| am)? ?(?:going|gonna|about) (?:to )?(?:die|dying)\\b",
    0.9,
    'gi',
    [
      'feel like',
      'feels like',
      'felt like',
      'feeling like',
      'as if',
      'thought',
      'think',
      'scared',
      'afraid',
      'worried',
      'fear',
    ],
    16,
  ),
  rule(
    'self-harm.en.state',
    'SELF_HARM',
    "\\b(?:i(?:'m| am) (?:feeling )?suicidal|i (?:don't|do not) want to (?:live|be alive|wake up)|no reason to live|better off dead|wish i (?:was|were) dead|can't go on living|cannot go on living)\\b",
    0.9,
  ),
  rule(
    'self-harm.en.method',
    'SELF_HARM',
    '\\b(?:best|easiest|quickest|painless|fastest) (?:way|method)s? (?:to|of) (?:kill myself|die|commit suicide|end my life|suicide)\\b',
    0.95,
  ),
  // Lethal-dose requests.
  rule(
    'lethal-dose.zh',
    'LETHAL_DOSE',
    '致死(?:剂)?量|(?:吃|服|喝|注射|打)(?:多少|几)(?:片|粒|颗|盒|瓶|毫克|克|支)?.{0,12}(?:会|能|就|可以|才能|才会)(?:死|致死|没命|毒死)|(?:毒死|药死)(?:人|自己|他|她)',
    0.9,
    'g',
  ),
  rule(
    'lethal-dose.en',
    'LETHAL_DOSE',
    '\\b(?:lethal|fatal|deadly|killing) (?:dose|amount|quantity)\\b|\\b(?:how (?:many|much)|what (?:number|amount|quantity) of) .{0,40}?(?:to|would|will|can|could) (?:kill|be fatal|be lethal|die)\\b|\\b(?:how (?:many|much)|what (?:number|amount|quantity) of) .{0,50}?(?:would it take|does it take|would i need|do i need) (?:to |so (?:i|you|he|she) (?:just )?)(?:die|not wake up|never wake up|don.?t wake up)\\b|\\boverdose on purpose\\b|\\benough .{0,30}?to (?:kill|die)\\b',
    0.9,
  ),
  // Getting prescription or controlled drugs illegally.
  rule(
    'illegal.zh.no-rx',
    'ILLEGAL_DRUG_ACCESS',
    `(?:不要|不用|没有|无需|免|不需要)处方.{0,10}(?:买|购买|弄到|搞到|拿到|开到)${CONTROLLED_ZH}|(?:买|购买|弄到|搞到|拿到)${CONTROLLED_ZH}.{0,10}(?:不要|不用|没有|无需|免|不需要)处方|(?:哪里|怎么|如何|去哪)(?:能|可以)?(?:买到|弄到|搞到)${CONTROLLED_ZH}`,
    0.85,
    'g',
  ),
  rule(
    'illegal.zh.fake-rx',
    'ILLEGAL_DRUG_ACCESS',
    '(?:代开|假|伪造|买|卖)(?:的)?处方(?:单)?|(?:暗网|黑市)(?:买|购买|卖)',
    0.85,
    'g',
  ),
  rule(
    'illegal.en.no-rx',
    'ILLEGAL_DRUG_ACCESS',
    `\\b(?:buy|get|obtain|order|score|purchase)(?:ing)? .{0,30}?${CONTROLLED_EN}.{0,30}?(?:without (?:a |any )?(?:prescription|script|doctor)|no prescription|online without)|\\b(?:where|how) (?:can i|do i|to|could i) (?:buy|get|obtain|score|order) ${CONTROLLED_EN}(?: online| without| illegally| on the street)`,
    0.85,
  ),
  rule(
    'illegal.en.fake-rx',
    'ILLEGAL_DRUG_ACCESS',
    '\\b(?:fake|forged?|counterfeit) (?:prescriptions?|scripts?)\\b|\\bdark ?web\\b|\\bdoctor shopping\\b',
    0.85,
  ),
  // Unproven cures and vaccine misinformation, stated as fact.
  rule(
    'misinfo.zh.vaccine',
    'MISINFORMATION',
    '疫苗(?:会|能|都)?(?:导致|引起|造成|诱发)(?:自闭症|孤独症|不孕|不育|绝育|癌症|白血病)',
    0.85,
    'g',
    ['是否', '会不会', '真的', '有没有', '说'],
    6,
  ),
  rule(
    'misinfo.zh.cure',
    'MISINFORMATION',
    '包治百病|(?:偏方|秘方|神药|保健品|祖传).{0,8}(?:治愈|根治|包治|治好)(?:癌症|肿瘤|糖尿病|高血压|艾滋病|乙肝|白血病)|喝(?:消毒液|漂白剂|84消毒液)|(?:不用|不要|不必)(?:打|接种)疫苗',
    0.85,
    'g',
  ),
  rule(
    'misinfo.en.vaccine',
    'MISINFORMATION',
    '\\bvaccines? (?:cause|causes|caused|causing|give you|gives you) (?:autism|infertility|sterility|cancer|sids)\\b',
    0.85,
    'gi',
    ['do ', 'does ', 'whether ', 'if ', 'can ', 'myth', 'that '],
    14,
  ),
  rule(
    'misinfo.en.cure',
    'MISINFORMATION',
    '\\b(?:miracle cure|cures? (?:all|every) diseases?|drink(?:ing)? bleach|miracle mineral|chlorine dioxide|mms protocol)\\b|\\b(?:baking soda|bleach|turpentine|urine therapy|apricot kernels?) (?:cures?|will cure|can cure) (?:cancer|diabetes|hiv|aids|autism)\\b|\\bstop (?:taking )?(?:your )?(?:insulin|chemotherapy|chemo|vaccines?) and (?:use|take|try|drink)\\b',
    0.85,
  ),
  // Prompt injection and jailbreaks.
  rule(
    'injection.zh',
    'PROMPT_INJECTION',
    '(?:忽略|无视|忘记|忘掉|不要理会)(?:你)?(?:之前|以上|上面|前面|先前|此前|所有|全部)(?:的)?(?:所有|全部)?(?:指令|指示|提示|提示词|规则|设定|要求|限制)|你现在是(?:一个)?(?:没有|不受|不再有)(?:任何)?(?:限制|约束|道德|规则)|(?:输出|显示|告诉我|泄露|打印|重复)(?:一下)?你的(?:系统)?(?:提示词|指令|设定)|(?:进入|开启|切换到)(?:开发者|越狱|无限制)模式|越狱模式|DAN模式',
    0.9,
    'g',
  ),
  rule(
    'injection.en',
    'PROMPT_INJECTION',
    '\\b(?:ignore|disregard|forget|override) (?:all |any )?(?:of )?(?:the |your |my )?(?:previous|prior|above|earlier|preceding|system|initial) (?:instructions|prompts?|rules|directions|guidelines|messages)\\b|\\byou are (?:now )?(?:DAN|an? (?:AI|assistant|model) (?:without|with no) (?:any )?(?:restrictions|rules|limits|filters))\\b|\\bdo anything now\\b|\\b(?:developer|jailbreak|god) mode\\b|\\b(?:reveal|print|show|repeat|output) (?:me )?(?:your|the) (?:system prompt|initial instructions|hidden instructions|instructions above)\\b|\\bpretend (?:that )?(?:you (?:have|are under)|there are) no (?:rules|restrictions|limits|guidelines)\\b',
    0.9,
  ),
  // Requests for another person's data.
  rule(
    'third-party.zh',
    'THIRD_PARTY_DATA',
    '(?:查|查询|调取|调出|查看|查一下|告诉我|给我看|透露)(?:一下)?(?:我的?)?(?:他|她|别人|其他(?:病人|患者)|邻居|前妻|前夫|同事|老板|领导|明星|某个人)(?:的)?(?:病历|病案|诊断|检查结果|化验结果|住址|身份证|身份证号|电话|手机号|病情|住院记录|就诊记录|开药记录)',
    0.8,
    'g',
  ),
  rule(
    'third-party.en',
    'THIRD_PARTY_DATA',
    "\\b(?:look up|pull up|show me|give me|tell me|access|find|get me|check) (?:the )?(?:someone else's|another patient's|other patients'|my (?:ex|ex-wife|ex-husband|neighbou?r|boss|colleague|coworker|co-worker)'s|(?:his|her) (?:medical )?(?:records?|chart))(?: (?:medical )?(?:records?|diagnosis|results|address|phone number|chart|history|prescriptions?))?",
    0.8,
  ),
];
