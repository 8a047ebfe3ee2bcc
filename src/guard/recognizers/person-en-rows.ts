/**
 * Where a patient list or a note's header line names a person before their age: "Keisha Romero, 27y",
 * "Mateo Ruiz Calderón, 41, burns", "Clinic – Rodolfo Bautista, 66", "Jonalyn Pascual, 28/F". The name
 * opens a line or follows a dash; the age (a number with y, yo, M/F, or a comma after it) closes it.
 * The age is found first (", 27y" is rare), and the name start is looked for on its line.
 */

/** A comma and an age ("27y", "34/M", "41M", "94,"). */
export const AGE_MARK = /, \d{1,3}(?:[ /]?[MF]\b|[ -]?(?:y|yo|yrs?|years?)\b|,)/g;
/** The same, right after a name (what `take` checks follows the name it read). */
export const AGE_AFTER_NAME = /^, \d{1,3}(?:[ /]?[MF]\b|[ -]?(?:y|yo|yrs?|years?)\b|,)/;
/** A title or "Pt" before the name, not part of it. */
const TITLE = /^(?:(?:Pt|Patient|Mr|Mrs|Ms|Miss|Mx)\.? )?(?=[A-ZÀ-ÖØ-Þ])/;

/** Positions where a name may start on each line that has an age mark: the line start or after a dash. */
export function nameBeforeAgeStarts(text: string): number[] {
  const starts: number[] = [];
  AGE_MARK.lastIndex = 0;
  for (let m = AGE_MARK.exec(text); m; m = AGE_MARK.exec(text)) {
    let line = text.lastIndexOf('\n', m.index) + 1;
    while (line < m.index && (text[line] === ' ' || text[line] === '\t')) line++;
    const dash = Math.max(text.lastIndexOf('– ', m.index), text.lastIndexOf('— ', m.index));
    for (const at of dash >= line ? [line, dash + 2] : [line]) {
      const title = TITLE.exec(text.slice(at, m.index));
      if (title) starts.push(at + title[0].length);
    }
  }
  return starts;
}
