/**
 * Where a sentence of an answer ends: Chinese and ASCII stops, semicolons, ! and ?, a line end, or a full
 * stop before a space or the end of the text (so a decimal point such as 0.5 g ends nothing). The output
 * checks read a drug and its dose or its warning within one sentence.
 */
export const SENTENCE_END = /[。；;！？!?\n]|\.(?=\s|$)/g;

/** Offsets just after each sentence end, then the text's end: every sentence is [previous end, end). */
export function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) ends.push(m.index + m[0].length);
  ends.push(text.length);
  return ends;
}

/** The sentence holding offset `at`, as [start, end), given `sentenceEnds(text)`. */
export function sentenceAround(ends: readonly number[], at: number): [number, number] {
  let start = 0;
  for (const end of ends) {
    if (end > at) return [start, end];
    start = end;
  }
  return [start, start];
}
