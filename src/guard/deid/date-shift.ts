/**
 * Date shifting: every date of a conversation moves by the same number of days, so intervals
 * (admission to discharge, onset to visit) survive while the calendar dates do not. The shifted
 * date keeps the original's format. Returns undefined for a string it cannot read as a date.
 */
/** English month names, January first (also used by the labelled-set generator). */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MONTH_INDEX = new Map<string, number>(
  MONTHS.flatMap((m, i) => [
    [m.toLowerCase(), i + 1],
    [m.slice(0, 3).toLowerCase(), i + 1],
    ...(m === 'September' ? ([['sept', 9]] as Array<[string, number]>) : []),
  ]),
);
const pad = (n: number, width: number) => String(n).padStart(width, '0');

function shift(y: number, m: number, d: number, days: number): Date | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  date.setUTCDate(date.getUTCDate() + days);
  return date;
}

/** Same width as the original part (keeps "03" as two digits and "3" as one). */
const like = (original: string, value: number) => (original.length >= 2 ? pad(value, 2) : String(value));

export function shiftDate(text: string, days: number): string | undefined {
  let m = /^(\d{4})年(\d{1,2})月(\d{1,2})([日号])$/.exec(text);
  if (m) {
    const d = shift(+m[1]!, +m[2]!, +m[3]!, days);
    return d && `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}${m[4]}`;
  }
  m = /^(\d{4})年(\d{1,2})月$/.exec(text);
  if (m) {
    const d = shift(+m[1]!, +m[2]!, 15, days);
    return d && `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月`;
  }
  m = /^(\d{1,2})月(\d{1,2})([日号])$/.exec(text);
  if (m) {
    // No year: shift within a non-leap reference year.
    const d = shift(2001, +m[1]!, +m[2]!, days);
    return d && `${d.getUTCMonth() + 1}月${d.getUTCDate()}${m[3]}`;
  }
  m = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/.exec(text);
  if (m) {
    const d = shift(+m[1]!, +m[3]!, +m[4]!, days);
    return (
      d &&
      `${d.getUTCFullYear()}${m[2]}${like(m[3]!, d.getUTCMonth() + 1)}${m[2]}${like(m[4]!, d.getUTCDate())}`
    );
  }
  m = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(text);
  if (m) {
    // Ambiguous day/month order: read as month/day when that is a real date, else day/month.
    const [a, b] = [+m[1]!, +m[3]!];
    const monthFirst = a <= 12 && m[2] === '/';
    const [month, day] = monthFirst ? [a, b] : [b, a];
    const d = shift(+m[4]!, month, day, days);
    if (!d) return undefined;
    const mm = like(monthFirst ? m[1]! : m[3]!, d.getUTCMonth() + 1);
    const dd = like(monthFirst ? m[3]! : m[1]!, d.getUTCDate());
    return monthFirst
      ? `${mm}${m[2]}${dd}${m[2]}${d.getUTCFullYear()}`
      : `${dd}${m[2]}${mm}${m[2]}${d.getUTCFullYear()}`;
  }
  m = /^([A-Za-z]{3,9})\.? (\d{1,2})(st|nd|rd|th)?(,?) (\d{4})$/.exec(text);
  if (m && MONTH_INDEX.has(m[1]!.toLowerCase())) {
    const d = shift(+m[5]!, MONTH_INDEX.get(m[1]!.toLowerCase())!, +m[2]!, days);
    return d && `${monthName(m[1]!, d.getUTCMonth())} ${d.getUTCDate()}${m[4]} ${d.getUTCFullYear()}`;
  }
  m = /^(\d{1,2})(st|nd|rd|th)? ([A-Za-z]{3,9})\.?(,?) (\d{4})$/.exec(text);
  if (m && MONTH_INDEX.has(m[3]!.toLowerCase())) {
    const d = shift(+m[5]!, MONTH_INDEX.get(m[3]!.toLowerCase())!, +m[1]!, days);
    return d && `${d.getUTCDate()} ${monthName(m[3]!, d.getUTCMonth())}${m[4]} ${d.getUTCFullYear()}`;
  }
  m = /^([A-Za-z]{3,9})\.? (\d{4})$/.exec(text);
  if (m && MONTH_INDEX.has(m[1]!.toLowerCase())) {
    const d = shift(+m[2]!, MONTH_INDEX.get(m[1]!.toLowerCase())!, 15, days);
    return d && `${monthName(m[1]!, d.getUTCMonth())} ${d.getUTCFullYear()}`;
  }
  return undefined;
}

/** The month's name in the original's style (full or abbreviated). */
function monthName(original: string, monthIndex: number): string {
  const full = MONTHS[monthIndex]!;
  return original.length <= 4 && original.toLowerCase() !== 'june' && original.toLowerCase() !== 'july'
    ? full.slice(0, 3)
    : full;
}
