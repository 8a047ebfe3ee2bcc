import { normalizeText } from './normalize.ts';
import { segmentForSearch } from './segment.ts';
import { stem } from './stem.ts';

/**
 * Tokens for search, from mixed Chinese and English text: normalised (half-width, simplified,
 * lower case), Chinese segmented by jieba in search mode, English split on non-letters and
 * stemmed, function words dropped. Indexing and querying use this same function, so both sides
 * agree.
 */

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const LATIN_WORDS = /[a-z0-9\u00c0-\u024f\u03b1-\u03c9]+/g;

export const CHINESE_STOPWORDS = new Set(
  (
    '的 了 是 在 和 与 及 或 有 我 你 您 他 她 它 们 我们 你们 他们 这 那 这个 那个 这些 那些 吗 呢 啊 吧 呀 哦 ' +
    '也 都 就 而 被 把 对 从 等 为 以 之 其 中 可 会 能 要 该 请 个 一 一个 什么 怎么 怎样 如何 哪些 哪个 是否 ' +
    '可以 应该 需要 还是 还 又 很 太 比较 一些 一下 时候 情况 问题 已经 因为 所以 但是 如果 并且 以及 或者 ' +
    '下列 以下 哪项 哪一项 正确 错误 最 选项'
  ).split(' '),
);

export const ENGLISH_STOPWORDS = new Set(
  (
    'a an the and or but if of to in on at by for with from as is are was were be been being am do does did ' +
    'i me my we our you your he him his she her it its they them their this that these those there here ' +
    'what which who whom whose when where why how can could should would will shall may might must ' +
    'have has had not no so than then too very just about into over under again also any some such ' +
    'following true false best most likely'
  ).split(' '),
);

/** Search tokens of raw text. */
export function tokenize(text: string): string[] {
  return tokenizeNormalized(normalizeText(text));
}

/** Search tokens of text already passed through normalizeText. */
export function tokenizeNormalized(normalized: string): string[] {
  const tokens: string[] = [];
  if (!HAN.test(normalized)) {
    pushLatin(normalized, tokens);
    return tokens;
  }
  for (const word of segmentForSearch(normalized)) {
    if (HAN.test(word)) {
      const trimmed = word.trim();
      if (trimmed && !CHINESE_STOPWORDS.has(trimmed)) tokens.push(trimmed);
    } else {
      pushLatin(word, tokens);
    }
  }
  return tokens;
}

function pushLatin(text: string, tokens: string[]): void {
  for (const match of text.matchAll(LATIN_WORDS)) {
    const word = match[0];
    if (ENGLISH_STOPWORDS.has(word)) continue;
    tokens.push(stem(word));
  }
}
