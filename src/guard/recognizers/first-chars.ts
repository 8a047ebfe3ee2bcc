/**
 * A lookahead that admits only the first characters of a word list, placed in front of a large
 * alternation: irregexp then skips most positions with one class test instead of trying every
 * alternative, which makes gazetteer and cue scans several times faster on Chinese text.
 */
export function firstCharLookahead(words: readonly string[]): string {
  const chars = [...new Set(words.map((w) => w[0]!))].map((c) => c.replace(/[\]\\^-]/g, '\\$&')).join('');
  return `(?=[${chars}])`;
}
