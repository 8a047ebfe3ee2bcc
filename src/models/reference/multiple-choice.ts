/**
 * Multiple-choice questions in the formats exams and benchmarks use: options on their own lines
 * or inline, marked "A. ", "A．", "A、", "A)", "(A)", "（A）" or "A:". Letters must run A, B, C …
 * in order, so a stray capital letter in the stem is not taken for an option.
 */

export interface MultipleChoice {
  stem: string;
  options: Array<{ letter: string; text: string }>;
  /** The stem asks for the exception: "不正确的是", "除外", "NOT", "EXCEPT". */
  negative: boolean;
}

// No trailing whitespace in the match: it may be the separator the next marker needs
// ("A. Retinol (A)\nB. …").
const MARKER = /(^|[\s:：。？?)）；;，,])[(（]?([A-J])(?:[)）.．、:：]|\s*[)）])/g;
/**
 * Read on the sentence that asks (the stem's last), so a vignette's "was not taking medication"
 * or "无发热" does not turn the question around.
 */
// "不宜/不应/禁用" questions are not exceptions: the contraindicated option is the one the evidence names.
const NEGATIVE_ZH = /不正确|不恰当|不合理|错误的是|错误的|不属于|不是|不符合|不包括|除外|例外|无关/;
const NEGATIVE_EN =
  /\bNOT\b|\bEXCEPT\b|\bexcept\b|\bincorrect\b|\bfalse\b|\bleast (?:likely|appropriate|useful)\b|\b(?:is|are|would be|should be|does|do) not\b|\bwhich [^.?]*\bnot\b/;

function asksForException(stem: string): boolean {
  const sentences = stem
    .split(/(?<=[。！？!?])|(?<=\.)\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
  const asked = sentences[sentences.length - 1] ?? stem;
  return NEGATIVE_ZH.test(asked) || NEGATIVE_EN.test(asked);
}

export function parseMultipleChoice(text: string): MultipleChoice | undefined {
  const markers: Array<{ letter: string; start: number; end: number }> = [];
  for (const match of text.matchAll(MARKER)) {
    const start = match.index + match[1]!.length;
    let end = match.index + match[0].length;
    while (end < text.length && /[ \t]/.test(text[end]!)) end++;
    markers.push({ letter: match[2]!, start, end });
  }
  // The longest run A, B, C … in text order.
  let best: typeof markers = [];
  for (let i = 0; i < markers.length; i++) {
    if (markers[i]!.letter !== 'A') continue;
    const run = [markers[i]!];
    for (let j = i + 1; j < markers.length; j++) {
      const expected = String.fromCharCode(run[run.length - 1]!.letter.charCodeAt(0) + 1);
      if (markers[j]!.letter === expected) run.push(markers[j]!);
    }
    if (run.length > best.length) best = run;
  }
  if (best.length < 2) return undefined;
  const options = best.map((marker, i) => {
    const end = i + 1 < best.length ? best[i + 1]!.start : text.length;
    return { letter: marker.letter, text: cleanOption(text.slice(marker.end, end)) };
  });
  if (options.some((o) => o.text.length === 0)) return undefined;
  const stem = text.slice(0, best[0]!.start).trim();
  return { stem, options, negative: asksForException(stem) };
}

/** The last option often runs into an instruction ("请选择正确答案"); keep only its first line. */
function cleanOption(raw: string): string {
  const firstLine = raw.trim().split(/\n/)[0] ?? '';
  return firstLine.replace(/[;；,，]\s*$/, '').trim();
}
