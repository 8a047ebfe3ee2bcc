import { AhoCorasick, onWordBoundaries } from './aho-corasick.ts';

/**
 * Is a mention about the person, now? Given the positions of terms found in normalised text,
 * tells for each whether it is asserted ("胸痛"), negated ("没有胸痛", "denies chest pain",
 * "胸痛(-)") or historical — someone's past, or family history ("父亲有心梗史", "我妈去年中风",
 * "family history of stroke", "had chest pain last year"). A relative having it *now* stays
 * asserted ("我爸现在胸口疼得厉害"), because that is a call for help.
 *
 * Rules in the spirit of NegEx/ConText, scoped to the clause: a clause ends at , . ; ! ? 。 ；
 * ！ ？ a line break, or a contrast word (但是, but, however). Cue words that are part of a
 * matched term are not cues: 无 in "无法呼吸", 不 in "不能说话".
 */

/**
 * 'hypothetical': a conditional or generic mention, not a report about someone now ("如果喝了农药",
 * "喝了农药的人都要洗胃吗", "if someone drank pesticide", "what are the signs of a stroke").
 */
export type Assertion = 'present' | 'negated' | 'historical' | 'hypothetical';

export type CueKind =
  | 'neg' // negates what follows in the clause
  | 'negWeak' // 不: negates only the word right after it
  | 'negPost' // negates what precedes it closely: 胸痛(-), chest pain: denied
  | 'pseudo' // looks like a negation but is not: 无明显诱因, not sure
  | 'past'
  | 'relative'
  | 'relativePast' // past only when a relative is the subject: "my father had a stroke"
  | 'present'
  | 'resolved'
  | 'hypothetical' // conditional or generic: 如果, 假如, 的人都, if someone, signs of
  | 'future' // a condition set in the future (如果以后, 万一将来, "if ever"): the whole sentence after it
  | 'break';

/**
 * "back in 2019", "in 2015": a year before this one puts its clause in the past ("I overdosed back in
 * 2019. Tonight I swallowed 30 tablets" is tonight's overdose, not 2019's). Built for the years since
 * 1950, up to last year.
 */
function pastYearCues(): string[] {
  const cues: string[] = [];
  for (let year = 1950; year < new Date().getFullYear(); year++) cues.push(`back in ${year}`, `in ${year}`);
  return cues;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const CUES: Record<CueKind, string[]> = {
  neg: [
    // 冇 is the Cantonese 没 ("冇发烧，冇呕"); 莫得 and 莫有 the Southwestern Mandarin 没有 ("莫得胸闷气短").
    ...'没有 没 无 否认 未 未见 未曾 并无 并未 并没有 从未 从没 从来没有 排除 不伴 不伴有 未诉 未有 无明显 不存在 冇 冇有 莫得 莫有'.split(
      ' ',
    ),
    ...[
      'no',
      // Scots "nae" ("nae temperature, nae wheeze").
      'nae',
      'not',
      'denies',
      'denied',
      'deny',
      'denying',
      'without',
      'never',
      'negative for',
      'free of',
      'absence of',
      'ruled out',
      "don't",
      "doesn't",
      "didn't",
      "haven't",
      "hasn't",
      "hadn't",
      "isn't",
      "aren't",
      // Dialect "ain't" ("ain't thrown up", "she ain't breathing right") negates like isn't / hasn't.
      "ain't",
      "wasn't",
      'do not',
      'does not',
      'did not',
      'has not',
      'have not',
      'had not',
      'nor',
      // "nobody's had headaches or felt sick": no one in the household has it.
      "nobody's had",
      'nobody has had',
      'nobody had',
      "nobody's felt",
      'nobody felt',
      "no one's had",
      'no one has had',
      'no one had',
      "no one's felt",
      'no one felt',
      'none of us have',
      'none of us has',
      'none of us had',
    ],
  ],
  // Jamaican "nuh" negates the word after it ("mi nuh confused"), not the rest of the clause ("she nuh pass
  // nothing from yesterday and she a vomit green").
  // Wu 弗 and Hokkien 伓 are dialect 不 ("弗气急，胸口弗痛", "肚伓痛"): each negates the word right after it.
  // So does the southern Wu 否 ("否吐否困"); 是否, 能否, 可否, 与否 and 否则 are pseudo-negations below.
  negWeak: ['不', '别', 'nuh', '弗', '伓', '否'],
  negPost: [
    ...['(-)', '阴性', '已排除', 'denied', 'absent', 'none', 'negative', 'ruled out'],
    // Said straight after a body part or a thought, these deny it: "his face wasn't touched", "hurting myself
    // isn't on my mind". Only right after the term (nothing but spaces or punctuation between).
    ...["wasn't touched", "weren't touched", 'was not touched', 'were not touched', 'untouched'],
    ...["isn't on my mind", 'is not on my mind', "isn't on his mind", "isn't on her mind"],
    // "Harming myself isn't something I'm considering": the thought named, then denied.
    ...[
      "isn't something i'm considering",
      "isn't something i am considering",
      "is not something i'm considering",
    ],
    ...["isn't something i'd do", "isn't something i would do", "isn't something i'm planning"],
  ],
  pseudo: [
    ...(
      '无明显诱因 无诱因 无明显原因 不明原因 原因不明 不仅 不只 不但 是不是 是否 能否 可否 与否 否则 会不会 要不要 能不能 有没有 ' +
      // Voices heard (有人说话, 有人说我坏话) are a symptom, not a report of what someone said (有人说).
      '有人说话 有人说我 ' +
      '不知道 不确定 不清楚 没想到 没有想到 没料到 没注意 没办法 没法 莫得办法 莫得法 无法 不能 没反应 没有反应 无反应 没呼吸 ' +
      '没有呼吸 无呼吸 没意识 没有意识 无意识 没知觉 没有知觉 没心跳 没有心跳 无心跳 无脉搏 没脉搏 没力气 ' +
      '没有力气 莫得力气 莫得劲 无力 没气 不停 不断 不止 止不住 停不下来 不省人事 不醒 叫不醒 不清 不适 不舒服 不了 不行 不对劲 ' +
      '好了一点 好了点 好了些 好一点 好点了 好些了 没好 没有好 不好了 还没好 没缓解 不缓解 没用 不管用 ' +
      '一直不好 不见好 不下来 不退 没退 不动了 不会动 不能动 动不了 不听使唤 没劲 不利索 不出声 不出来 不上气 ' +
      '不过气 不过来 不上来 不进去 不下去 喘不 咳不 哭不 说不 叫不 吞不 咽不 站不 走不 抬不 拿不 睁不 看不 止不 醒不 ' +
      // Relief by rest describes a recurring pattern (exertional angina), not a resolution.
      '歇一会就好 歇一会儿就好 歇几分钟就好 歇歇就好 歇一下就好 休息一下就好 休息一会就好 休息几分钟就好 停下来就好 坐下来就好 ' +
      '歇一歇能好 歇一歇就好 歇歇能好 ' +
      // "Only a few steps / not long": 没 counts the distance or time, it negates nothing ("上楼没几步就胸口发闷").
      '没几步 没走几步 没两步 没走两步 没多远 没多久 没几分钟 没一会 没过多久 ' +
      // Someone's reassurance that it will pass is not a resolution ("睡一觉就好了").
      '睡一觉就好 困一觉就好 瞓一觉就好 躺一会就好 躺躺就好 忍忍就好 忍一忍就好 过一会就好 过会儿就好 明天就好 ' +
      // 过去 ("in the past") inside "losing consciousness" verbs is not a past-time cue.
      '睡过去 晕过去 昏过去 抽过去 厥过去 ' +
      // "An animal never seen before" describes the animal; it denies nothing ("让一条没见过的狗咬了").
      '没见过的 从没见过的 从来没见过的 不认识的 ' +
      // "A dog that was not tied up" describes the dog, too ("让一条没拴的狗咬了").
      '没拴 没栓 没拴绳 没栓绳 没牵绳 没牵着 没套绳 ' +
      // Sitting still describes rest; it denies nothing ("坐着没动也胸口疼了半个钟头" is pain at rest).
      '坐着没动 躺着没动 坐着没有动 躺着没有动 歇着没动 没动弹也'
    ).split(' '),
    // "my boyfriend and I had a row": a joint subject with the writer, so "had" is not a relative's past
    // (relativePast); the overdose told beside it is the writer's, now.
    ...['and i had', 'and me had', 'and myself had'],
    ...[
      'no obvious cause',
      'no apparent cause',
      'not only',
      'not just',
      'not sure',
      'not certain',
      'no idea',
      'no matter',
      'no doubt',
      "doesn't stop",
      'does not stop',
      "won't stop",
      'not stopping',
      "can't stop",
      'cannot stop',
      'not breathing',
      'not responding',
      'not responsive',
      'not waking',
      'not conscious',
      'not able to',
      'no pulse',
      'no longer able',
      'not making sense',
      'not feeding',
      'not eating',
      'not drinking',
      'not peeing',
      'not passing',
      'not moving',
      'not working',
      'not helping',
      'not going away',
      // "Nothing came on suddenly": the sudden onset is denied (so a term inside is, see NEGATED_PSEUDO),
      // not the complaint it dates ("clumsy over two weeks").
      'nothing came on suddenly',
      'nothing came on all of a sudden',
      'nothing was sudden',
      'nothing sudden',
      'none of it came on suddenly',
      'none of this came on suddenly',
      "isn't moving",
      "isn't waking",
      "isn't breathing",
      "isn't helping",
      "isn't working",
      "doesn't help",
      "didn't help",
      'no relief',
      'no wet',
      'no urine',
      'no tears',
      'settles with rest',
      'goes away with rest',
      'goes away when i rest',
      'eases with rest',
      // A simile ("as if someone swung a bat at me", "as if my chest is in a vice") is a description, not
      // a conditional: it hides the hypothetical cue inside it.
      'as if someone',
      'as if somebody',
      'as if my',
      'as if you',
    ],
  ],
  past: [
    ...(
      '史 既往 以前 之前 以往 早前 曾经 曾 去年 前年 年前 个月前 上个月 上周 上星期 上个星期 上礼拜 上个礼拜 个礼拜前 个星期前 周前 小时候 细汉时 细汉的时候 细个时 细个嗰阵 大学时 大学时候 读书时 上学时 年轻时 过去 当年 那年 那时 那会儿 那阵子 上次 ' +
      '得过 患过 有过 发生过 做过 家族史 家族 死于 去世 过世'
    ).split(' '),
    ...[
      'history',
      'hx',
      'h/o',
      'pmh',
      'previously',
      'previous',
      'prior',
      'years ago',
      'year ago',
      'months ago',
      'month ago',
      'last year',
      'last month',
      'last monday',
      'last tuesday',
      'last wednesday',
      'last thursday',
      'last friday',
      'last saturday',
      'last sunday',
      'last weekend',
      'last summer',
      'last winter',
      'last spring',
      'last autumn',
      'last christmas',
      // A named month after "last" or "back in" dates an event: "I passed out at a concert back in July, nothing
      // since" (a present cue in the same clause still wins). Not "in July" alone: that is as often a date to
      // come ("34 weeks pregnant, due in July, with a terrible headache and flashing spots" is an emergency now).
      ...MONTHS.flatMap((m) => [`last ${m}`, `back in ${m}`]),
      'in the past',
      'used to',
      'childhood',
      'as a child',
      'as a kid',
      'as a toddler',
      'as a baby',
      'as a teenager',
      'when i was',
      // A school or college past: "back in high school I took a bunch of pills" (not "I'm in high school").
      'back in high school',
      'back in middle school',
      'back in junior high',
      'back in school',
      'back in college',
      'back in uni',
      'back in university',
      'back in the day',
      'years back',
      'once had',
      // A single faint or fit told as a past event ("I passed out once at a gig, the ECG was normal"); a
      // present cue in the same clause still wins ("fainted once this morning and again just now").
      'passed out once',
      'fainted once',
      'blacked out once',
      'collapsed once',
      'family history',
      ...pastYearCues(),
    ],
  ],
  relative: [
    ...(
      '父亲 爸爸 我爸 老爸 母亲 妈妈 我妈 老妈 爷爷 奶奶 外公 外婆 姥姥 姥爷 祖父 祖母 哥哥 姐姐 弟弟 妹妹 ' +
      '儿子 女儿 丈夫 老公 妻子 老婆 家人 家里人 亲戚 朋友 同事 邻居 叔叔 阿姨 舅舅 姑姑 伯伯 父母 兄弟 姐妹'
    ).split(' '),
    ...'father mother dad mom mum brother sister son daughter husband wife grandfather grandmother grandpa grandma uncle aunt cousin friend parent parents sibling siblings relative family neighbour neighbor colleague coworker classmate roommate flatmate'.split(
      ' ',
    ),
  ],
  relativePast: [
    'had',
    'suffered',
    'died',
    'passed away',
    'was diagnosed',
    'diagnosed with',
    'was taken to hospital',
    'is in hospital',
    'was admitted',
    // Someone else already taken into care: their emergency is being handled.
    ...'被送 送医 送到医院 送去医院 送进医院 住院了 住进医院 住进了医院 抢救过来'.split(' '),
  ],
  present: [
    ...(
      '现在 目前 正在 刚才 刚刚 此刻 今天 今早 今晨 今晚 今日 昨晚 突然 突发 又 再次 仍然 还在 一直 持续 ' +
      '现病史 主诉 这几天 最近 近日 小时前 分钟前 小时之前 分钟之前 马上 ' +
      // A duration running up to now ("疼了半小时了").
      '分钟了 半小时了 一小时了 一个小时了 个多小时了 几个小时了'
    ).split(' '),
    ...[
      'now',
      'right now',
      'currently',
      'suddenly',
      'sudden',
      'just',
      'today',
      'tonight',
      'this morning',
      'this evening',
      'again',
      'ongoing',
      'still',
      'at the moment',
      'present illness',
      'hpi',
      'minutes ago',
      'hours ago',
      'an hour ago',
      // A duration running up to now: "has had crushing pain for about half an hour".
      'half an hour',
      'for about',
      'for the last',
      'for the past',
      'mins',
      'minutes',
      'for an hour',
      'for two hours',
      'for 2 hours',
      'since lunch',
      'since breakfast',
      // "have had headaches since we got back last night": "have had" is not a relative's past.
      'since last night',
      'since yesterday',
      'since we got',
      'since we came',
      'since we arrived',
    ],
  ],
  resolved: [
    ...'好了 已经好了 已好 已愈 痊愈 治愈 已缓解 缓解了 已消失 消失了 没事了 没什么事了 一点事没有 咳出来了 现在没事 康复了 在康复'.split(
      ' ',
    ),
    ...[
      'fine now',
      'resolved',
      'recovered',
      'went away',
      'gone now',
      'no longer',
      'all better',
      'fine since',
      'been fine',
      'none since',
      'nothing since',
      'back to myself',
      'back to himself',
      'back to herself',
      'came round',
      'came around',
      'came to straight away',
      'in recovery',
      'now ok',
      'ok now',
      'okay now',
      'doing well now',
      'doing fine now',
      // "overdosed years ago and is doing really well now": the now is how they are since, not the event.
      'doing really well',
      'doing so well',
      'doing great now',
      // Ulster "doin' rightly" is doing well ("took an overdose three year ago an she's doin' rightly now").
      'doing rightly',
      "doin' rightly",
      'doin rightly',
      'been well for years',
      'well for years now',
      'in therapy and doing well',
    ],
  ],
  hypothetical: [
    ...(
      '如果 假如 假设 万一 要是 倘若 的人都 的人会 的人要 的人一般 有什么表现 有什么症状 有哪些症状 有哪些表现 ' +
      '什么症状 什么表现 怎么判断 如何判断 怎么识别 如何识别 怎么急救 如何急救 ' +
      // Something read or heard, asked about: not a report about someone.
      '梦到 梦见 听说 看到说 网上说 有人说 据说 是真的吗 是不是真的 纪录片说 纪录片里 新闻说 新闻里说 电视上说 视频里说 视频说 刷到 说明书上 说明书写 ' +
      // Asking how to protect oneself is about next time ("平时打药怎么防护").
      '怎么防护 如何防护 怎样防护 ' +
      // A student's or trainee's question about a condition, not a report about a patient now.
      '急救方法 急救措施 搞个培训 搞培训 做培训 办培训 培训用 写科普 做科普 ' +
      '专业学生 医学生 护理专业 护理学生 急救课 急救培训 考试要背 考试要考 考试会考 备考 考试题 题目里 题目中 题干里 试题里 考题里 课上讲 课上学 课上说 课上老师 教材上 带教 教学用 讲课用 怎么计算 怎么算 有什么区别 的区别'
    ).split(' '),
    ...[
      'if someone',
      'if somebody',
      'if a person',
      'if a child',
      'if a kid',
      'if a toddler',
      'if a baby',
      'what happens if',
      // Reading about a condition, or asking which signs to teach ("中风的早期信号").
      'i read about',
      'read about',
      'reading about',
      'documentary about',
      'documentary said',
      'an article about',
      // Asking how to protect oneself is about next time ("how should we protect ourselves when spraying").
      'how to protect',
      'how do i protect',
      'how do we protect',
      'how should i protect',
      'how should we protect',
      'how can i protect',
      'how can we protect',
      '早期信号',
      '预警信号',
      'if he ever',
      'if she ever',
      'if they ever',
      'asking so i know',
      'what would happen if',
      'childproof',
      'childproofing',
      'if my',
      'if you',
      'what if',
      'in case',
      // A trip planned for a group ("if one of us gets bitten"). "hypothetically" alone is not a cue: it is
      // the usual cover for asking about one's own lethal dose, and a real conditional says "if" as well.
      'if one of us',
      'if any of us',
      'people who',
      'someone who',
      'anyone who',
      'signs of',
      'symptoms of',
      'how do you',
      'first aid course',
      'first-aid course',
      'what do they teach',
      'what would they teach',
      'nursing student',
      'medical student',
      'for my exam',
      'for an exam',
      'in class',
      'for teaching',
      'teaching session',
      'difference between',
      'how do you calculate',
      'how do i recognise',
      'how do i recognize',
      'how to recognise',
      'how to recognize',
      // Comparing two conditions is a question about words, not a report: "are heart attacks and cardiac
      // arrests the same thing?".
      'are the same thing',
      'how do they differ',
      'how are they different',
      // A scenario posed about a child in advance ("purely hypothetical: say my toddler got hold of a coin
      // battery"). "hypothetically", "purely hypothetical" and "let's say I…" stay no cues: they are the usual
      // cover for asking about one's own overdose (see 'if one of us' above).
      'suppose my',
      'supposing my',
      // "Supposing a passenger / a stranger / someone …" is no cue: "supposing someone at the bus stop has just
      // collapsed and isn't breathing — help" is a report of now, and "supposing a bee stung him — his throat
      // is closing" too (tried in session 16 and dropped for that reason).
      'say my toddler got',
      'say my child got',
      'say my kid got',
      'say my baby got',
      'say my son got',
      'say my daughter got',
    ],
  ],
  // A condition set in the future opens a sentence that is not about now: "如果以后孩子吃花生过敏，嗓子肿、喘不上气，
  // 我该怎么办" asks ahead of time for each of its clauses, not only the first (see assertionOf).
  future: [
    ...'如果以后 要是以后 万一以后 假如以后 以后如果 以后要是 以后万一 如果将来 要是将来 万一将来 将来如果 将来万一'.split(
      ' ',
    ),
    ...['if ever', 'if in future', 'if in the future', 'should it ever'],
  ],
  break: [
    ...'但 但是 可是 不过 然而 却 只是 就是 而是'.split(' '),
    ...['but', 'however', 'although', 'though', 'except', 'yet', 'whereas'],
    // "I overdosed two years ago and I'm in a better place now": a new subject starts a new clause.
    ...["and i'm", 'and i am', "and he's", "and she's", 'and now i', 'and now he', 'and now she'],
  ],
};

const LIST_JOINERS = '、和或及也与 ';
const WEAK_LIST_REACH = 16;
const WEAK_FILLERS = ['', '要', '太', '怎么', '再', '大', '是', '会', '算', '很', '觉得', '感到', '感觉'];
const CLAUSE_END_CHARS = ',;!?\n。；！？…|';
/** Sentence ends: a resolution stated later in the same sentence ("fainted, fine since") applies. */
const SENTENCE_END_CHARS = ';!?\n。；！？|';
/**
 * A past-time cue before a term does not date the term when it dates someone instead. In English the
 * term's own verb is then in the present: "the boy we adopted two years ago is fitting", "my son born in
 * 2020 has gone blue". In Chinese the cue sits in a clause ending in 的 before a person: "去年做过搭桥的
 * 老爸胸口压着疼", "前年生的二胎不喘气了" (去年的心梗, with no person after 的, stays in the past).
 */
const PRESENT_VERB_BETWEEN = /\b(?:is|are|am|has|have)\b/;
const PERSON_AFTER_DE =
  /的(?:那个|这个)?(?:孩子|小孩|宝宝|娃|二胎|老大|老二|老人家?|病人|患者|儿子|女儿|闺女|老爸|老妈|爸爸?|妈妈?|父亲|母亲|爷爷|奶奶|外公|外婆|姥姥|姥爷|老公|老婆|丈夫|妻子|爱人|哥哥?|姐姐?|弟弟?|妹妹?|邻居|同事|朋友)/;

/** A pseudo-negation that begins with a negation word: the words after it are denied ("not eating"). */
const NEGATED_PSEUDO = /^(?:not|no|isn't|nothing|none of (?:it|this)) /;
const ZH_NEG_WINDOW = 20; // characters between a Chinese negation and the term
const EN_NEG_WINDOW = 8; // words between an English negation and the term
const POST_WINDOW = 8; // characters between a term and a trailing negation
const MAX_REACH = 160; // characters either side of a term in which cues are looked for

/** One code unit → 1 when it ends a clause, 2 when it also ends a sentence. */
const ENDS = (() => {
  const table = new Uint8Array(0x10000);
  for (const c of CLAUSE_END_CHARS) table[c.charCodeAt(0)] = 1;
  for (const c of SENTENCE_END_CHARS) table[c.charCodeAt(0)] = 2;
  return table;
})();

/** A cue word found in the text (see cueLexicon). */
export interface Cue {
  kind: CueKind;
  start: number;
  end: number;
  latin: boolean;
}

interface Lexicon {
  words: string[];
  kinds: CueKind[];
  latin: boolean[];
}

let lexicon: Lexicon | undefined;
let compiled: AhoCorasick | undefined;

/**
 * Every cue word with its kind, for callers that fold cue finding into their own single pass over
 * the text (the red-flag matcher does) and hand the hits to analyzeContext.
 */
export function cueLexicon(): Readonly<Lexicon> {
  if (lexicon) return lexicon;
  const words: string[] = [];
  const kinds: CueKind[] = [];
  const latin: boolean[] = [];
  for (const [kind, list] of Object.entries(CUES) as Array<[CueKind, string[]]>) {
    for (const word of list) {
      words.push(word);
      kinds.push(kind);
      latin.push(/^[a-z]/.test(word));
    }
  }
  lexicon = { words, kinds, latin };
  return lexicon;
}

function findCues(normalized: string): Cue[] {
  const { words, kinds, latin } = cueLexicon();
  compiled ??= new AhoCorasick(words);
  const found: Cue[] = [];
  compiled.search(normalized, (index, start, end) => {
    if (onWordBoundaries(normalized, words[index]!, start, end))
      found.push({ kind: kinds[index]!, start, end, latin: latin[index]! });
  });
  return found;
}

export interface ContextAnalysis {
  /** The assertion status of the text between start and end (a term occurrence). */
  assertionOf(start: number, end: number): Assertion;
  /**
   * Whether the clause around start..end begins at or after `after` and holds a time-now cue (刚才, 又,
   * today, again): a report of something happening now, made after what was said up to `after`.
   */
  reportedNow(start: number, end: number, after: number): boolean;
}

/**
 * Analyses normalised text (see normalizeText). `terms` are the occurrences being judged: a cue
 * inside one of them is part of a symptom, not a cue. `cues`, when given, are the cue words already
 * found in the text (on word boundaries) by the caller's own pass; otherwise they are looked up here.
 */
export function analyzeContext(
  normalized: string,
  terms: ReadonlyArray<{ start: number; end: number }>,
  cues?: readonly Cue[],
): ContextAnalysis {
  const raw = cues ?? findCues(normalized);
  const length = normalized.length;

  // A cue inside a matched term or inside a pseudo-negation is not a cue of negation or resolution.
  const covered = new Uint8Array(length + 1);
  for (const term of terms) covered.fill(1, term.start, term.end);
  // A pseudo-negation that runs into a longer term is a negation of that term after all: 无呼吸 is
  // "not breathing", but in 无呼吸困难 the term 呼吸困难 goes on past it, and 无 negates it.
  const straddles = (cue: Cue) =>
    terms.some((t) => t.start > cue.start && t.start < cue.end && t.end > cue.end);
  // In a run of denials, 不喘不胸痛, the 不 that ends the pseudo-negation 喘不 (as in 喘不上气) begins the
  // next denial: a term starts right after it, so it negates that term (胸痛 is denied, not present).
  const termStarts = new Set(terms.map((t) => t.start));
  const opensNextDenial = (cue: Cue) =>
    cue.start > 0 &&
    normalized[cue.start - 1] === '不' &&
    normalized[cue.end - 1] === '不' &&
    covered[cue.end - 1] !== 1 &&
    termStarts.has(cue.end);
  for (const cue of raw)
    if (cue.kind === 'pseudo' && !straddles(cue) && !opensNextDenial(cue))
      covered.fill(2, cue.start, cue.end);
  // reach[i]: the furthest end of a term starting at or before i (linear look-ups below, whatever the text).
  const reach = new Int32Array(length + 1);
  const termKeys = new Set<number>();
  for (const term of terms) {
    if (term.end > reach[term.start]!) reach[term.start] = term.end;
    termKeys.add(term.start * 65536 + (term.end - term.start));
  }
  for (let i = 1; i <= length; i++) if (reach[i - 1]! > reach[i]!) reach[i] = reach[i - 1]!;
  // A negation that holds a shorter term is still a negation: "nobody had" around the term "had". True
  // when every term touching the cue lies inside it and none is the cue itself.
  const holdsTermsOnly = (cue: Cue) => {
    for (let i = cue.start; i < cue.end; i++) if (covered[i] === 2) return false;
    if (cue.start > 0 && reach[cue.start - 1]! > cue.start) return false;
    if (reach[cue.end - 1]! > cue.end) return false;
    return !termKeys.has(cue.start * 65536 + (cue.end - cue.start));
  };
  const wholeInsideTerm = (cue: Cue) => {
    for (let i = cue.start; i < cue.end; i++) if (covered[i] !== 1) return false;
    return true;
  };
  const kept: Cue[] = [];
  for (const cue of raw) {
    if (cue.kind === 'pseudo') continue;
    // A hypothetical cue inside a pseudo-cue is part of it ("if someone" in "as if someone"), and so is one
    // lying wholly inside a term: a passive wish is said as a conditional ("要是我消失了家里人会轻松点").
    if (cue.kind === 'hypothetical' && covered[cue.start] === 2) continue;
    if (cue.kind === 'hypothetical' && wholeInsideTerm(cue)) continue;
    // "my boyfriend and I had a row": the writer is in the subject, so it is no relative's past.
    if (cue.kind === 'relativePast' && covered[cue.start] === 2) continue;
    // (过去 in 睡过去 / 晕过去 is part of the complaint, not "in the past", so past cues count too.)
    if (
      cue.kind === 'neg' ||
      cue.kind === 'negWeak' ||
      cue.kind === 'negPost' ||
      cue.kind === 'resolved' ||
      cue.kind === 'past'
    ) {
      // A past cue is part of a term only when it lies wholly inside it ("years back" stays a cue beside
      // the term "back"); other cues, when a term covers any of them ("已经好了" over the term "好了").
      let overlap = false;
      let whole = true;
      for (let i = cue.start; i < cue.end; i++)
        if (covered[i] !== 0) overlap = true;
        else whole = false;
      if (cue.kind === 'past' ? whole : overlap && !(cue.kind === 'neg' && holdsTermsOnly(cue))) continue;
    }
    kept.push(cue);
  }
  kept.sort((a, b) => a.start - b.start);
  // A negation that is part of a longer term still negates a term nested right after it: 出汗 inside
  // 不出汗 (a term of its own, "no sweating" in heat stroke) is not sweating.
  // Keyed by where the cue ends, so each look-up is constant time.
  const innerNegations = new Map<number, number>();
  for (const cue of raw)
    if (
      (cue.kind === 'neg' || cue.kind === 'negWeak') &&
      covered[cue.start] === 1 &&
      covered[cue.end - 1] === 1
    )
      innerNegations.set(cue.end, Math.max(cue.start, innerNegations.get(cue.end) ?? cue.start));
  /** Whether a negation ends right before start (a space between for English) and a term runs over both. */
  const negatedInside = (start: number, end: number) => {
    for (const at of [start, start - 1]) {
      const cueStart = innerNegations.get(at);
      if (cueStart === undefined || (at < start && normalized[at] !== ' ')) continue;
      if (reach[cueStart]! >= end) return true;
    }
    return false;
  };
  // An English pseudo-negation that names a complaint by denying something ("not eating", "not moving") is
  // a complaint of its own, but a shorter term inside it after the negation is denied: "eating" in "not
  // eating much" is not eating, and must not pair with "dizzy" as an allergic reaction to food.
  const deniedInsidePseudo = raw.filter(
    (cue) => cue.kind === 'pseudo' && cue.latin && NEGATED_PSEUDO.test(normalized.slice(cue.start, cue.end)),
  );
  const insideDeniedPseudo = (start: number, end: number) =>
    deniedInsidePseudo.some((cue) => cue.start < start && end <= cue.end);
  const breaks = kept.filter((cue) => cue.kind === 'break').map((cue) => cue.start);
  /** Index of the first break at or after `position`. */
  const firstBreakFrom = (position: number) => {
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breaks[mid]! < position) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  const isEnd = (i: number, level: 1 | 2): boolean => {
    const code = normalized.charCodeAt(i);
    const kind = ENDS[code]!;
    if (kind >= level) return true;
    // A full stop ends a sentence unless it is a decimal point.
    return code === 0x2e && !(isDigit(normalized, i - 1) && isDigit(normalized, i + 1));
  };
  /** The clause (level 1) or sentence (level 2) around a position, looked for within `reach`. */
  const spanOf = (start: number, end: number, level: 1 | 2, reach: number): [number, number] => {
    let from = start;
    const lowest = Math.max(0, start - reach);
    while (from > lowest && !isEnd(from - 1, level)) from--;
    let to = start;
    const highest = Math.min(length, end + reach);
    while (to < highest && !isEnd(to, level)) to++;
    if (level === 1 && breaks.length > 0) {
      const next = firstBreakFrom(start);
      if (next > 0 && breaks[next - 1]! >= from) from = breaks[next - 1]!;
      if (next < breaks.length && breaks[next]! < to) to = breaks[next]!;
    }
    return [from, Math.max(to, Math.min(end, length))];
  };

  /** Whether from..to holds only other terms and list joiners (、 和 或 及 也). */
  const listAfter = (from: number, to: number): boolean => {
    if (to <= from || covered[from] !== 1) return false;
    for (let i = from; i < to; i++)
      if (covered[i] !== 1 && !LIST_JOINERS.includes(normalized[i]!)) return false;
    return true;
  };

  const cuesIn = (from: number, to: number): Cue[] => {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid]!.start < from) lo = mid + 1;
      else hi = mid;
    }
    const found: Cue[] = [];
    for (let i = lo; i < kept.length && kept[i]!.start < to; i++)
      if (kept[i]!.end <= to) found.push(kept[i]!);
    return found;
  };

  return {
    assertionOf(start: number, end: number): Assertion {
      if (innerNegations.size > 0 && negatedInside(start, end)) return 'negated';
      if (deniedInsidePseudo.length > 0 && insideDeniedPseudo(start, end)) return 'negated';
      const [from, to] = spanOf(start, end, 1, MAX_REACH);
      const inClause = cuesIn(from, to);
      let lastNeg: Cue | undefined;
      let lastWeak: Cue | undefined;
      let firstPost: Cue | undefined;
      let present = false;
      let past = false;
      let relative = false;
      let relativePast = false;
      let resolved = false;
      let hypothetical = false;
      for (const cue of inClause) {
        if (cue.kind === 'neg' && cue.end <= start) lastNeg = cue;
        else if (cue.kind === 'negWeak' && cue.end <= start) lastWeak = cue;
        else if (cue.kind === 'negPost' && cue.start >= end) firstPost ??= cue;
        else if (cue.kind === 'resolved') resolved = true;
        else if (cue.kind === 'present') present = true;
        else if (cue.kind === 'past') {
          const gap = cue.end <= start ? normalized.slice(cue.end, start) : undefined;
          const datesSomethingElse =
            gap !== undefined && (cue.latin ? PRESENT_VERB_BETWEEN : PERSON_AFTER_DE).test(gap);
          if (!datesSomethingElse) past = true;
        } else if (cue.kind === 'relative') relative = true;
        else if (cue.kind === 'relativePast') relativePast = true;
        else if (cue.kind === 'hypothetical') hypothetical = true;
      }
      if (lastNeg) {
        const gap = normalized.slice(lastNeg.end, start);
        if (lastNeg.latin ? wordCount(gap) <= EN_NEG_WINDOW : gap.length <= ZH_NEG_WINDOW) return 'negated';
      }
      if (lastWeak && start - lastWeak.end <= 4) {
        if (WEAK_FILLERS.includes(normalized.slice(lastWeak.end, start).trim())) return 'negated';
      }
      // 不 before a list of terms negates each of them: 也不胸闷胸痛, 不头晕、心慌.
      if (lastWeak && start - lastWeak.end <= WEAK_LIST_REACH && listAfter(lastWeak.end, start))
        return 'negated';
      if (firstPost && firstPost.start - end <= POST_WINDOW) {
        if (/^[\s:：,()（）\-是为呈]*$/.test(normalized.slice(end, firstPost.start))) return 'negated';
      }
      if (resolved) return 'historical';
      if (hypothetical) return 'hypothetical';
      // A future condition earlier in the sentence ("如果以后…，嗓子肿、喘不上气，…") covers its later clauses,
      // unless the clause itself says now.
      if (!present) {
        const [sentenceStart] = spanOf(start, end, 2, MAX_REACH);
        if (cuesIn(sentenceStart, start).some((cue) => cue.kind === 'future')) return 'hypothetical';
      }
      if ((past || (relative && relativePast)) && !present) return 'historical';
      // "fainted at the sight of blood, came round straight away and has been fine since": a
      // resolution later in the same sentence, with nothing after it saying it is back.
      const [, sentenceEnd] = spanOf(start, end, 2, MAX_REACH);
      let resolvedAfter = -1;
      for (const cue of cuesIn(end, sentenceEnd)) {
        if (cue.kind === 'resolved') resolvedAfter = cue.end;
        else if (cue.kind === 'present' && resolvedAfter >= 0) resolvedAfter = -1;
      }
      if (resolvedAfter >= 0) return 'historical';
      return 'present';
    },
    reportedNow(start: number, end: number, after: number): boolean {
      const [from, to] = spanOf(start, end, 1, MAX_REACH);
      return from >= after && cuesIn(from, to).some((cue) => cue.kind === 'present');
    },
  };
}

function isDigit(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code >= 0x30 && code <= 0x39;
}

function wordCount(text: string): number {
  return text.match(/[a-z0-9']+/g)?.length ?? 0;
}
