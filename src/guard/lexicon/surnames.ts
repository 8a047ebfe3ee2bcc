/**
 * Chinese surnames for name recognition, checked against the Hundred Family Surnames (百家姓) and
 * the most common modern surnames. Two tiers:
 * - SINGLE: surnames that rarely start an ordinary word in a record; any name rule may use them.
 * - AMBIGUOUS: surnames that are far more often ordinary words at the start of a clinical phrase
 *   (时, 和, 平, 常, 全, 明, 水, 家…). They count only where a person is expected anyway — right after
 *   a role word ("侄女时雨"), before a title ("常主任") — or as a full name (surname + two common
 *   given-name characters) before a predicate ("时卫东精神好转"); see person-zh.ts.
 */
const SINGLE =
  '杞蒉麹綦郄庹蹇言斛甯侍靖旷眭冮仉郇禚缑亢郈佴笪谯檀钦琴汝傅洪赖萧阎贲钮荀邴糜宓郗钭蓟鄂逄郦璩濮郏庾暨殳夔厍訾乜蒯竺桓茅昝羿隗莘宦揭植王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝官封谈匡鞠惠荆冀郁胥储栗燕楚鄢劳谌奚皮粟冼蔺楼闻厉伊仝郜阚权帅屠豆朴盖练廉禹井祖漆巴丰卿狄晋芮扈晁阙浦鹿邸雍辜乌裘亓邰赫杭逯隆诸慕嵇湛宾戎尉冶智骞雒琚菅妫禤';

export const COMPOUND_SURNAMES = [
  '欧阳',
  '公良',
  '司马',
  '诸葛',
  '上官',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '令狐',
  '夏侯',
  '端木',
  '澹台',
  '轩辕',
  '独孤',
  '南宫',
  '西门',
  '呼延',
  '万俟',
  '闻人',
  '百里',
  '东郭',
  '申屠',
  '钟离',
  '公羊',
  '赫连',
  '太史',
  '拓跋',
  '濮阳',
  '淳于',
  '单于',
  '宗政',
  '仲孙',
  '司空',
  '谷梁',
  '乐正',
  '漆雕',
  '公冶',
  '羊舌',
  '微生',
  '梁丘',
  '左丘',
  '第五',
  '东门',
  '巫马',
  '段干',
  '司寇',
  '鲜于',
  '闾丘',
  '亓官',
  '颛孙',
  // Taishu, a compound surname of the Hundred Family Surnames (round 38).
  '太叔',
  // Jiagu, a compound surname of the Hundred Family Surnames (round 39).
  '夹谷',
  // Helan, a Xianbei compound surname; its 兰 otherwise stops a two-character given name short (round 40).
  '贺兰',
  // Zaifu, Ziju, Gongxi, Rangsi and Boshang, the compound surnames of the Hundred Family Surnames still missing
  // here (宰父 alone before 主任 read as 宰 and a word; round 46). 南门 (a gate) is left out.
  '宰父',
  '子车',
  '公西',
  '壤驷',
  '伯赏',
];

// 纳 too, a Hui surname, and a word in notes (纳差, 纳眠, 纳入); 丘 (丘疹, 丘脑) and 喇, a Dongxiang and Hui
// surname (喇叭, 喇嘛), likewise. 刀, a Dai surname (刀口, 刀片), and 银 (银屑病, 银杏) too (round 39).
// 玄 (玄参, 玄机) and 木, a Naxi surname (木香, 木僵, 木瓜), too (round 37).
// 沐 (沐浴, "bathing"), a surname of its own, read only where a person is expected (round 43).
const AMBIGUOUS =
  '沐刀银玄木丘喇纳展区况哈墨福昌勾督有归海法占但淡水云凤花常乐时元平和贝明计伏强危支经干宣滑羊於家汲松富弓牧山蓬全班仰秋暴束幸韶薄印宿怀从索咸籍阴能苍双贡扶堵宰却寿通别充茹习鱼容慎戈终居衡步都满弘国广禄东沃利蔚越融那空毋养须巢相后红益公铁' +
  // 盘, the commonest surname of the Yao (盘瑶); also a plate or a coil (盘子, 盘曲), so only where a name is looked for
  // (round 48).
  '盘' +
  // 朗, a surname (朗宁) and a word's first character (朗读, 朗诵), read only where a name is looked for, as a signature
  // field's (generalisation-52).
  '朗' +
  // 普, a Yi and Hani surname (普主任), and a word's first character (普通, 普外科), read only where a name is looked for
  // (generalisation-53).
  '普';

/**
 * Traditional forms of common surnames, as Hong Kong, Macau and Taiwan write them (張, 陳, 劉, 黃…).
 * Forms that are the same in both scripts are in SINGLE already.
 */
const TRADITIONAL =
  '張陳劉黃楊趙吳孫馬鄭謝許韓馮鄧蕭葉蘇魏呂盧鍾譚陸賈韋鄒龍賀顧龔萬錢嚴莊聶魯閻薛羅蔣蔡餘沈鄺區麥黎溫紀賴簡顏';

export const SINGLE_SURNAMES: ReadonlySet<string> = new Set(SINGLE + TRADITIONAL);
export const AMBIGUOUS_SURNAMES: ReadonlySet<string> = new Set(AMBIGUOUS);

/**
 * The tiers by UTF-16 code unit (1 = single, 2 = ambiguous, 4 = first character of a compound): the
 * name scans test every surname-like character of a text, and a table read allocates nothing.
 */
const TIER = (() => {
  const table = new Uint8Array(0x10000);
  for (const c of SINGLE + TRADITIONAL) table[c.charCodeAt(0)] = table[c.charCodeAt(0)]! | 1;
  for (const c of AMBIGUOUS) table[c.charCodeAt(0)] = table[c.charCodeAt(0)]! | 2;
  for (const s of COMPOUND_SURNAMES) table[s.charCodeAt(0)] = table[s.charCodeAt(0)]! | 4;
  return table;
})();
/** Second characters of the compound surnames, by the first one's code unit. */
const COMPOUND_SECOND: ReadonlyMap<number, string> = (() => {
  const map = new Map<number, string>();
  for (const s of COMPOUND_SURNAMES) map.set(s.charCodeAt(0), (map.get(s.charCodeAt(0)) ?? '') + s[1]!);
  return map;
})();
const compoundAt = (text: string, index: number, code: number) =>
  (TIER[code]! & 4) !== 0 && index + 1 < text.length && COMPOUND_SECOND.get(code)!.includes(text[index + 1]!);

/** Whether a surname of any tier (or a compound surname) can start with this code unit. */
export const surnameCanStart = (code: number): boolean => TIER[code] !== 0;

/**
 * Length of the surname at `index` (2 for a compound surname, 1 for a single one), or 0. With
 * `ambiguous`, the ambiguous tier counts too (only where a person is expected).
 */
export function surnameLengthAt(text: string, index: number, ambiguous = false): 0 | 1 | 2 {
  const code = text.charCodeAt(index);
  const tier = TIER[code] ?? 0;
  if (tier === 0) return 0;
  if (compoundAt(text, index, code)) return 2;
  return (tier & 1) !== 0 || (ambiguous && (tier & 2) !== 0) ? 1 : 0;
}

/** Whether the character at `index` is an ambiguous-tier surname (and not a compound one). */
export function ambiguousSurnameAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return ((TIER[code] ?? 0) & 2) !== 0 && !compoundAt(text, index, code);
}
