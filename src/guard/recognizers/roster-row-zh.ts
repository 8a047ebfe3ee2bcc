/**
 * Names in rows written as text tables: headers, handover lists and report banners put a patient's
 * name between blanks, next to the sex and age ("曹永强 男 54岁", "喻海 M 31y") or right after a bed
 * ("3床 汪桂兰 82岁", "抢1：窦立军", "ICU-6 薛春梅 术后"). Only candidate positions are found here;
 * the caller decides whether the run reads as a name (surname first, given-name characters).
 */

/** A bed, room or bay ("12床", "1室", "抢1", "ICU-6") or a list number at a line start ("1. ", "2、"). */
const BED_OR_ITEM =
  '(?:\\d床|\\d室|\\d号房|抢\\d{1,2}|(?<![A-Za-z])[A-Z]{2,4}-?\\d{1,2}|^[ \\t]{0,3}\\d{1,3}[.、．])';
/** A Han run of two to four characters standing alone (before a blank, a colon, a comma or the line end). */
const RUN = '(?<run>[\\u3400-\\u9fff]{2,4})(?=[ \\t\\u3000\\r\\n:：，,]|$)';
/** A run right after a bed or a list number, separated by blanks or a colon ("3床 汪桂兰", "抢1：窦立军"). */
export const AFTER_BED = new RegExp(
  `${BED_OR_ITEM}(?:[ \\t\\u3000]{1,3}[:：]?|[ \\t\\u3000]{0,3}[:：])[ \\t\\u3000]{0,3}${RUN}`,
  'dgm',
);
/**
 * A run at a line start or after a blank or colon, then blanks and the sex or an age ("曹永强 男 54岁", "喻海 M 31y"),
 * an ethnic group's cell between them or not ("扎西卓玛 藏族 女 52岁"; round 38).
 * The run's first character is read before the lookbehind that checks what precedes it (the start of
 * the text, a line break, a blank or a colon): a regex that opens with a character class lets the
 * engine skip ahead to the next Han character, where one that opens with `^|(?<=…)` tries every position.
 */
export const BEFORE_SEX_OR_AGE =
  /(?<run>[\u3400-\u9fff](?<![^ \t\u3000:：\n\r\u2028\u2029][\u3400-\u9fff])[\u3400-\u9fff]{1,3})(?=[ \t\u3000]{1,4}(?:[\u4e00-\u9fff]{1,3}族[ \t\u3000]{1,4})?(?:[男女MF](?:[ \t\u3000,，\r\n]|$)|\d{1,3}(?:岁|[yY](?![a-zA-Z]))))/dgm;

/**
 * [start, end) of each Han run that a table row places where a name goes. Two anchored scans (after a
 * bed or list number, before a sex or age) instead of testing every Han run in the text.
 */
export function rosterNameRuns(text: string): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (const regex of [AFTER_BED, BEFORE_SEX_OR_AGE]) {
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m; m = regex.exec(text)) {
      const [start, end] = m.indices!.groups!.run!;
      if (!runs.some(([s]) => s === start)) runs.push([start, end]);
    }
  }
  return runs.sort((a, b) => a[0] - b[0]);
}
