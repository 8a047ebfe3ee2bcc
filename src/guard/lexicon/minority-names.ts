/**
 * Name elements of Tibetan and Mongolian names written in Chinese characters. These names have no
 * surname: a name is one to three of these elements ("更藏", "次仁卓玛", "扎西顿珠", "那日苏"), so the
 * surname-first reading of Han names misses them or cuts them short ("桑吉" of "桑吉才让").
 */
export const MINORITY_NAME_PARTS = [
  // Tibetan
  '扎西',
  '次仁',
  '卓玛',
  '顿珠',
  '才让',
  '桑吉',
  '格桑',
  '德吉',
  '央金',
  // Metok ("flower"), a common Tibetan woman's name element (格桑梅朵; round 39).
  '梅朵',
  '拉姆',
  '多吉',
  '尼玛',
  '达瓦',
  '旺堆',
  '平措',
  '洛桑',
  '曲珍',
  '白玛',
  '益西',
  '措姆',
  '更藏',
  '仁增',
  '索朗',
  '加措',
  '贡布',
  '丹增',
  '旦增',
  '群培',
  '边巴',
  '巴桑',
  '普布',
  '拉巴',
  '次旦',
  '次旺',
  '旺姆',
  '仁青',
  '罗布',
  '次珠',
  '强巴',
  '泽仁',
  '卓嘎',
  '拉珍',
  '美朵',
  '其美',
  '尕藏',
  '才旦',
  '久美',
  '吉美',
  '措',
  '德央',
  '央宗',
  '德庆',
  '米玛',
  '达娃',
  '普琼',
  '琼达',
  '嘎玛',
  // Lhamo as Amdo names write it (拉毛措, 拉毛吉), beside 拉姆.
  '拉毛',
  // Ngawang, opening many Tibetan men's names (阿旺次仁, 阿旺扎西).
  '阿旺',
  // Dondrub as Amdo names write it (才让东智, 东智加), beside 顿珠 (round 38).
  '东智',
  // Gyaltsen, ending many Tibetan men's names (洛桑坚参, 次仁坚参; round 40).
  '坚参',
  // Konchog ("jewel"), a common Tibetan name element (贡觉次仁, 次仁贡觉), and Wangmo as 翁姆 beside 旺姆 (round 43).
  '贡觉',
  '翁姆',
  // Chödrak ("dharma renown"), ending or opening many Tibetan men's names (洛桑曲扎, 曲扎多吉; round 45).
  '曲扎',
  // Tsering and Tsewang as western Sichuan (Aba, Ganzi) write them (泽郎卓玛, 泽旺多吉; round 53), beside 泽仁 and 次仁.
  '泽郎',
  '泽旺',
  // Gendun ("community"), opening many Tibetan men's names in Amdo and Kham (更登加, 更登扎西; round 58).
  '更登',
  // Uyghur and Kazakh given names written alone, without the father's name after a dot
  '阿依夏木',
  '赛乃姆',
  '阿斯娅',
  '阿依古丽',
  '阿依努尔',
  '帕提曼',
  '热依拉',
  '迪丽拜尔',
  '玛依拉',
  '祖丽菲亚',
  '买买提',
  '艾合买提',
  '艾合买提江',
  '买买提江',
  // Nurjan, a common Uyghur and Kazakh name (-jan, written 江, as in 买买提江).
  '努尔江',
  '吐尔逊',
  '努尔兰',
  '努尔古丽',
  '米热古丽',
  '古丽娜',
  '古丽米拉',
  // Abdu- names (Abdullah, Abdurahman…), written 阿卜杜, 阿不都 or 阿布都 before the rest of the name.
  '阿卜杜拉',
  '阿不都拉',
  '阿卜杜',
  '阿不都',
  '阿布都',
  '热合曼',
  // Rizwangul, Gulnar…: 古丽 (gul, "flower") ends or opens many Uyghur women's names; Rizwan (热孜万).
  '古丽',
  '热孜万',
  // Mehri- and Ay ("moon"): Mehriay and Aygul-type Uyghur women's names (米合日阿依, 阿依米拉; round 40).
  '米合日',
  '阿依',
  // Mongolian
  '巴特尔',
  // Nasun ("life"), opening many Mongolian names (那顺巴雅尔, 那顺乌力吉; round 39).
  '那顺',
  '敖登',
  '格日乐',
  '萨日娜',
  '那日苏',
  '其其格',
  '斯琴',
  '额尔敦',
  '阿拉坦',
  '苏和',
  '宝音',
  '图雅',
  '敖登',
  '朝鲁',
  '孟和',
  '乌云',
  '巴雅尔',
  '格日勒',
  '萨仁',
  '高娃',
  '娜仁',
  '布和',
  '毕力格',
  '其木格',
  '巴根',
  '哈斯',
  '呼和',
  '图门',
  '塔娜',
  '阿木尔',
  // Ochir (vajra), a common Mongolian man's name; its 其 otherwise stops a Han-name reading after the 敖.
  '敖其尔',
  // Batu, Möngke, Ünen and Sarangua (萨日朗, also a flower), common Mongolian names and elements; Naranhua.
  '巴图',
  '孟克',
  '乌恩',
  '萨日朗',
  '娜仁花',
  // Urin ("skilled"), opening many Mongolian women's names (乌仁其其格, 乌仁图雅, 乌仁高娃).
  '乌仁',
  // Nabchi ("leaf"), closing Mongolian women's names (萨仁娜布其, 其其格那布其; round 42), in either spelling.
  '娜布其',
  '那布其',
  // Erdeni ("jewel") and Jiya ("fate"), common Mongolian name elements (额尔德尼其其格, 图门吉雅; round 40).
  '额尔德尼',
  // Erdem ("virtue"), opening many Mongolian men's names (额尔德木巴雅尔, 额尔德木图; round 46).
  '额尔德木',
  '吉雅',
  // Nomin ("emerald"), a common Mongolian woman's name alone or as the first element (诺敏高娃).
  '诺敏',
  // -ma closing a Mongolian woman's name after another element (斯琴玛, 乌云玛); never a name's first element.
  '玛',
  // Ölzii ("blessing"), a common Mongolian name, and -tu ("having") closing a man's name after another
  // element (乌力吉图, 巴雅尔图), like 玛 never a first element (round 38).
  '乌力吉',
  '图',
  // Toya ("ray of light"), closing many Mongolian women's names (娜仁托娅, 萨仁托娅), and Jirgal ("happiness"),
  // a common Mongolian man's name alone or after another element (round 41).
  '托娅',
  '吉日嘎拉',
  // Odon ("star") as also written beside 敖登 (敖敦格日乐, 敖敦高娃), Dalai ("ocean") closing men's names (宝音达来,
  // 巴特达来), and Sirgüleng ("bright"), a common woman's name (round 44).
  '敖敦',
  '达来',
  '斯日古楞',
  // Erkhem ("precious") and Erdene ("jewel") as also written with 日 or 尔 for the r (额日和木, 额尔和木巴特尔, 额日登;
  // generalisation-53).
  '额日和木',
  '额尔和木',
  '额日登',
  '额尔登',
];

/**
 * Clan names that open Yi names in Liangshan and Chuxiong (吉克, 沙马, 曲比…), written before a two-character
 * given name ("吉觉阿芝", "沙马拉且"): the Han surname-first reading takes three characters and cuts the name.
 * Clans whose characters read as a Han surname and a common given character, or that open common words or
 * places (马海, 罗洪, 海来 of 上海来, 阿克 of 阿克苏, 木乃 of 木乃伊, 阿尔 of 阿尔茨海默), are left out.
 */
export const YI_CLAN_NAMES = [
  '吉克',
  '吉木',
  '吉史',
  '吉伍',
  '吉觉',
  '吉则',
  '沙马',
  '曲比',
  '俄木',
  '俄底',
  '阿苏',
  '阿西',
  '阿约',
  '阿侯',
  '阿什',
  '阿说',
  '勒格',
  '瓦其',
  '依火',
  '苏呷',
  '日火',
  '拉马',
  '马黑',
];
