/**
 * Names in rows written as text tables: headers, handover lists and report banners put a patient's
 * name between blanks, next to the sex and age ("曹永强 男 54岁", "喻海 M 31y") or right after a bed
 * ("3床 汪桂兰 82岁", "抢1：窦立军", "ICU-6 薛春梅 术后"). Only candidate positions are found here;
 * the caller decides whether the run reads as a name (surname first, given-name characters).
 */

/**
 * A short Han run standing alone: after the text start, a line break, a blank or a colon, and before a
 * blank or a line end. One scan finds these; the row cues around each are tested on slices.
 */
export const ROW_CELL = /(?:^|[\n\r \t\u3000:：])(?<run>[\u3400-\u9fff]{2,4})(?=[ \t\u3000\r\n:：，,]|$)/dg;
/** After the run: blanks, then the sex (男, 女, M, F) or an age ("54岁", "31y"). */
export const SEX_OR_AGE_AFTER =
  /^[ \t\u3000]{1,4}(?:[男女MF](?:[ \t\u3000,，]|$)|\d{1,3}(?:岁|[yY](?![a-zA-Z])))/;
/** Before the run: a bed, room or bay ("12床", "1室", "抢1", "ICU-6"), then blanks or a colon. */
export const BED_BEFORE =
  /(?:\d床|\d室|\d号房|抢\d{1,2}|[A-Z]{2,4}-?\d{1,2})[ \t\u3000]{0,3}[:：]?[ \t\u3000]{0,3}$/;
/** The whole line before the run is an item number in a list of people ("1. 龙大勇 呕吐", "2、杭小军"). */
export const LIST_ITEM_BEFORE = /^[ \t]{0,3}\d{1,3}[.、．][ \t\u3000]{0,3}$/;

/** Last characters of a bed, bay or list number: digits, 床, capital letters and list marks. */
const BED_OR_ITEM_END: Record<number, boolean> = Object.fromEntries(
  [...'0123456789床室房.、．ABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c) => [c.charCodeAt(0), true]),
);
/** The character before `at`, skipping blanks and one colon. */
function charBefore(text: string, at: number): number {
  let i = at - 1;
  while (i >= 0 && ' \t\u3000'.includes(text[i]!)) i--;
  if (text[i] === ':' || text[i] === '：') i--;
  while (i >= 0 && ' \t\u3000'.includes(text[i]!)) i--;
  return text.charCodeAt(i);
}

/** [start, end) of each Han run that a table row places where a name goes. */
export function rosterNameRuns(text: string): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  ROW_CELL.lastIndex = 0;
  for (let m = ROW_CELL.exec(text); m; m = ROW_CELL.exec(text)) {
    const [start, end] = m.indices!.groups!.run!;
    // The run's last character may open the next cell: step back so the scan can start there.
    ROW_CELL.lastIndex = end;
    // Cheap first: the sex or age follows a blank; a bed or a list number ends in a digit, 床, a letter
    // or a list mark before the run (after blanks or a colon).
    const after = text.charCodeAt(end);
    if (!(after === 0x20 || after === 0x09 || after === 0x3000) && !BED_OR_ITEM_END[charBefore(text, start)])
      continue;
    if (
      SEX_OR_AGE_AFTER.test(text.slice(end, end + 8)) ||
      BED_BEFORE.test(text.slice(Math.max(0, start - 12), start)) ||
      LIST_ITEM_BEFORE.test(text.slice(text.lastIndexOf('\n', start - 1) + 1, start))
    )
      runs.push([start, end]);
  }
  return runs;
}
