import { WordIndex } from './word-index.ts';

/** Cousins, uncles and aunts: kinship words both before a name ("表姐丹丹") and as a cue word. */
/** Grandparents, who are named in letters, records and family chats ("我的外婆翁杏娥"). */
export const GRANDPARENTS = ['外婆', '外公', '奶奶', '爷爷', '姥姥', '姥爷'];

export const COUSINS_AND_AUNTS = [
  '表哥',
  '表姐',
  '表弟',
  '表妹',
  '堂哥',
  '堂姐',
  '堂弟',
  '堂妹',
  '舅舅',
  '姑姑',
  '姨妈',
];

/**
 * Kinship and relation words written straight before a name after a form label ("紧急联系人：母亲葛红",
 * "监护人：父臧海", "签字：校医黎敏") or as a chat speaker ("二姐秀云："). The word says who the person is; it is not part of the name,
 * which starts after it.
 */
const KIN_WORDS = new WordIndex(
  [
    '母亲',
    '父亲',
    '妈妈',
    '爸爸',
    '女儿',
    '儿子',
    '孙子',
    '孙女',
    '外孙',
    '外孙女',
    '丈夫',
    '妻子',
    '老伴',
    '家长',
    '儿媳',
    '女婿',
    '哥哥',
    '姐姐',
    '弟弟',
    '妹妹',
    // Full siblings ("供者：胞弟某某"; round 52).
    '胞兄',
    '胞姐',
    '胞弟',
    '胞妹',
    '侄子',
    '侄女',
    // A grand-nephew or grand-niece ("侄孙禹浩然").
    '侄孙',
    '侄孙女',
    // A grandson's wife and a granddaughter's husband ("主要照护者：孙媳 某某"; round 48): 孙 opens the word, not a name.
    '孙媳',
    '孙媳妇',
    '孙女婿',
    ...GRANDPARENTS,
    // Ranked siblings and cousins, as family chats name speakers ("二姐秀云：", "表姐丹丹：").
    '大哥',
    '二哥',
    '三哥',
    '大姐',
    '二姐',
    '三姐',
    '小妹',
    '小弟',
    '大嫂',
    // Ranked sisters-in-law as chat speakers ("二嫂某某："; round 41).
    '二嫂',
    '三嫂',
    '嫂子',
    '姐夫',
    ...COUSINS_AND_AUNTS,
    '小叔',
    '小姨',
    '大姨',
    '二姨',
    '小舅',
    '大舅',
    '二舅',
    '小姑',
    // Ranked aunts by marriage and by blood as chat speakers ("三婶：…", "二姑玉兰："; round 58), as 二叔 and 大伯 are.
    '大姑',
    '二姑',
    '三姑',
    '大婶',
    '二婶',
    '三婶',
    '婶婶',
    '二叔',
    '三叔',
    '大伯',
    '舅妈',
    '姑父',
    '姨父',
    '其父',
    '其母',
    '其妻',
    '其夫',
    '校医',
    '户名',
    // Other relations a contact is given by ("联系人：同事佘伟").
    '同事',
    '朋友',
    '邻居',
    '同学',
    '室友',
    '领导',
    // One-character forms in terse forms ("监护人：父臧海"); none of them is a surname.
    '父',
    '母',
    '妻',
    '夫',
  ],
  'first',
);

/** The position after a kinship word at `at`, or `at` when there is none. */
export function afterKinWord(text: string, at: number): number {
  const word = KIN_WORDS.longestAt(text, at);
  return word === undefined ? at : at + word.length;
}
