import { surnameLengthAt } from '../lexicon/surnames.ts';

/**
 * Candidates and features of the Chinese person-name model. A candidate is a surname from the
 * project's lexicon (single, ambiguous-tier or compound) followed by 0–2 Han characters, or a whole run
 * of 2–4 Han characters between non-Han characters (names with no lexicon surname); its features
 * are presence features (the surname, the given-name characters, the characters and character classes
 * on either side), each hashed with FNV-1a into 2^NAME_FEATURE_BITS buckets, so the model is one array
 * of weights and needs no vocabulary. Everything is computed from character codes: no string is built
 * per candidate.
 */
export const NAME_FEATURE_BITS = 18;
const MASK = (1 << NAME_FEATURE_BITS) - 1;
const FNV_OFFSET = 2166136261;
const fnv = (h: number, code: number) => Math.imul(h ^ code, 16777619);

/** The longest given name a candidate may have (after a single or a compound surname). */
export const MAX_GIVEN = 2;

/** The lengths of whole Han runs that are candidates by themselves. */
const MIN_RUN = 2;
const MAX_RUN = 4;

export const isHan = (code: number): boolean => code >= 0x4e00 && code <= 0x9fff;

/** A character class code for the context features: Han, punctuation, digit, Latin, blank, line break, edge, other. */
function charClass(code: number): number {
  if (code < 0) return 69; // E: before the start / after the end of the text
  if (isHan(code)) return 72; // H
  if (code === 10 || code === 13) return 78; // N
  if (code === 32 || code === 9 || code === 0x3000) return 83; // S
  if (code >= 48 && code <= 57) return 68; // D
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return 65; // A
  if (
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0xff00 && code <= 0xffef) ||
    (code >= 33 && code <= 47) ||
    (code >= 58 && code <= 64) ||
    (code >= 91 && code <= 96) ||
    (code >= 123 && code <= 126) ||
    (code >= 0x2000 && code <= 0x206f)
  )
    return 80; // P
  return 79; // O
}

/** One candidate: [start, end) in UTF-16 units and the surname's length (1 or 2; 0 for a whole run). */
export interface NameCandidate {
  start: number;
  end: number;
  surname: number;
}

/**
 * Calls `visit(start, end, surnameLength)` for every candidate in the text, in order of start then
 * end: each position where a surname of any tier starts, the surname alone and with 1–2 following Han
 * characters of the same run; and each whole Han run of 2–4 characters not already visited so. The
 * surname tiers come from a table look-up (surnameLengthAt): nothing is allocated.
 */
export function visitCandidates(
  text: string,
  visit: (start: number, end: number, surname: number) => void,
): void {
  const length = text.length;
  let runEnd = -1;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (!isHan(code)) continue;
    const runStart = i === 0 || !isHan(text.charCodeAt(i - 1));
    if (runStart) {
      runEnd = i + 1;
      while (runEnd < length && isHan(text.charCodeAt(runEnd))) runEnd++;
    }
    const sl = surnameLengthAt(text, i, true);
    let end = i + sl;
    if (sl > 0) {
      visit(i, end, sl);
      for (let g = 1; g <= MAX_GIVEN && end < runEnd; g++) visit(i, ++end, sl);
    }
    // A whole Han run of 2–4 characters between non-Han characters (a chat speaker "皓轩：", a table
    // cell "｜包其其格｜", "@丽蓉 "): a name without a lexicon surname, or with a longer given name.
    if (runStart && runEnd - i >= MIN_RUN && runEnd - i <= MAX_RUN && (sl === 0 || runEnd > end))
      visit(i, runEnd, 0);
  }
}

/** Every candidate as an object (for training and tests; the model's scoring path uses visitCandidates). */
export function candidates(text: string): NameCandidate[] {
  const out: NameCandidate[] = [];
  visitCandidates(text, (start, end, surname) => out.push({ start, end, surname }));
  return out;
}

const at = (text: string, i: number) => (i >= 0 && i < text.length ? text.charCodeAt(i) : -1);
/** The hash of a tag followed by the code units of text[from, to) (out-of-range positions as 1). */
function hashSpan(tag: number, text: string, from: number, to: number): number {
  let h = fnv(FNV_OFFSET, tag);
  for (let k = from; k < to; k++) {
    const c = at(text, k);
    h = fnv(h, c < 0 ? 1 : c);
  }
  return h;
}

/**
 * Writes the buckets of the features that depend only on where a candidate starts (the surname, the
 * left context, the classes to the left) into `out` from index `n`; returns the new count. Every
 * candidate starting at `start` shares them, so the scorer sums them once per start.
 */
export function startFeatures(
  text: string,
  start: number,
  surname: number,
  out: Int32Array,
  n: number,
): number {
  out[n++] = hashSpan(115 /* s */, text, start, start + surname) & MASK; // surname
  // Left context 1–3, each extended from the shorter one.
  let hl = fnv(FNV_OFFSET, 76 /* L */);
  for (let k = 1; k <= 3; k++) {
    const c = at(text, start - k);
    hl = fnv(hl, c < 0 ? 1 : c);
    out[n++] = hl & MASK;
    if (c < 0) break;
  }
  const l1 = at(text, start - 1);
  const lc = charClass(l1);
  out[n++] = fnv(fnv(FNV_OFFSET, 108 /* l */), lc) & MASK;
  out[n++] = fnv(fnv(fnv(FNV_OFFSET, 99 /* c */), charClass(at(text, start - 2))), lc) & MASK; // two classes left
  // The left character with the surname's first character (患者 + 王…, 儿子 + 邰…).
  out[n++] = fnv(fnv(fnv(FNV_OFFSET, 75 /* K */), l1 < 0 ? 1 : l1), at(text, start)) & MASK;
  return n;
}

/**
 * Writes the buckets of the features that depend on the candidate's end too (the given name, the shape,
 * the right context, the pairs across the candidate) into `out` from index `n`; returns the new count.
 */
export function endFeatures(
  text: string,
  start: number,
  end: number,
  surname: number,
  out: Int32Array,
  n: number,
): number {
  const given = end - start - surname;
  const gStart = start + surname;
  out[n++] = fnv(hashSpan(103 /* g */, text, gStart, end), given) & MASK; // given name as a whole (with its length)
  out[n++] = fnv(fnv(fnv(FNV_OFFSET, 110 /* n */), given), surname) & MASK; // shape
  if (given >= 1) out[n++] = hashSpan(97 /* a */, text, gStart, gStart + 1) & MASK; // first given character
  if (given >= 2) out[n++] = hashSpan(98 /* b */, text, gStart + 1, gStart + 2) & MASK; // second
  if (given >= 1) out[n++] = hashSpan(122 /* z */, text, end - 1, end) & MASK; // last given character
  let hr = fnv(FNV_OFFSET, 82 /* R */);
  for (let k = 0; k < 3; k++) {
    const c = at(text, end + k);
    hr = fnv(hr, c < 0 ? 1 : c);
    out[n++] = hr & MASK;
    if (c < 0) break;
  }
  const l1 = at(text, start - 1);
  const r1 = at(text, end);
  out[n++] = fnv(fnv(fnv(FNV_OFFSET, 80 /* P */), l1 < 0 ? 1 : l1), r1 < 0 ? 1 : r1) & MASK; // left + right character
  const rc = charClass(r1);
  out[n++] = fnv(fnv(FNV_OFFSET, 114 /* r */), rc) & MASK;
  out[n++] = fnv(fnv(fnv(FNV_OFFSET, 67 /* C */), charClass(l1)), rc) & MASK;
  // The surname with what follows it when it stands alone (王 + 医), else a marker.
  out[n++] = fnv(hashSpan(83 /* S */, text, start, gStart), given === 0 ? (r1 < 0 ? 1 : r1) : 2) & MASK;
  return n;
}

/**
 * Writes the buckets of a candidate's features into `out` (from index 0) and returns how many: its
 * start features, then its end features. The same buckets in the same order for the same text and
 * span on every platform. A bucket may repeat (hash collision); the scorer counts each as written, and
 * training does the same.
 */
export function candidateFeatures(
  text: string,
  start: number,
  end: number,
  surname: number,
  out: Int32Array,
): number {
  return endFeatures(text, start, end, surname, out, startFeatures(text, start, surname, out, 0));
}

/** The buckets of a candidate as a fresh array (training, tests). */
export function candidateBuckets(text: string, start: number, end: number, surname: number): number[] {
  const scratch = new Int32Array(32);
  const n = candidateFeatures(text, start, end, surname, scratch);
  return Array.from(scratch.subarray(0, n));
}
