/**
 * Chinese surnames for name recognition. Single-character surnames that are far more often ordinary
 * words at the start of a clinical phrase (时, 和, 平, 常, 全, 明…) are left out on purpose: a name
 * with one of them is still found after a strong label such as "姓名：".
 */
const SINGLE =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝官封谈匡鞠惠荆冀郁胥储栗燕楚鄢劳谌奚皮粟冼蔺楼闻厉伊仝郜阚权帅屠豆朴盖练廉禹井祖漆巴丰卿狄晋芮扈晁阙浦鹿邸雍辜乌裘亓邰赫杭逯隆诸慕嵇湛宾戎尉冶智';

export const COMPOUND_SURNAMES = [
  '欧阳',
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
];

export const SINGLE_SURNAMES: ReadonlySet<string> = new Set(SINGLE);
const COMPOUND_SET: ReadonlySet<string> = new Set(COMPOUND_SURNAMES);

/** Length of the surname at `index` (2 for a compound surname, 1 for a single one), or 0. */
export function surnameLengthAt(text: string, index: number): 0 | 1 | 2 {
  if (COMPOUND_SET.has(text.slice(index, index + 2))) return 2;
  return SINGLE_SURNAMES.has(text[index] ?? '') ? 1 : 0;
}
