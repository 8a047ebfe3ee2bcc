/**
 * The features the emergency model reads from a message: character 1–3-grams of each run of Chinese
 * characters, and for Latin-script text lower-cased words, word bigrams and character 4–5-grams (which
 * survive typos and inflections: "breathin", "vomited"). Each feature is hashed into a fixed number
 * of buckets, so the model is a plain array of weights and needs no vocabulary file.
 */
export const FEATURE_BITS = 18;
const BUCKETS = 1 << FEATURE_BITS;

/** One feature occurrence: its bucket, the n-gram it came from, and where (for explanations). */
export interface FeatureOccurrence {
  bucket: number;
  gram: string;
  start: number;
  end: number;
}

/** FNV-1a over UTF-16 code units: stable across runs and platforms, so trained weights stay valid. */
export function featureBucket(gram: string): number {
  let h = 2166136261;
  for (let i = 0; i < gram.length; i++) {
    h ^= gram.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0) % BUCKETS;
}

const CJK_RUN = /[\u4e00-\u9fff]+/g;
const WORD = /[a-z0-9']+/g;

/**
 * Every feature occurrence in the text, in order. A prefix marks the family ("c" Chinese n-gram, "w"
 * word, "b" word bigram, "l" Latin character n-gram) so that the same string in two families is two
 * features.
 */
export function featureOccurrences(text: string): FeatureOccurrence[] {
  const lower = text.toLowerCase();
  const out: FeatureOccurrence[] = [];
  const push = (gram: string, start: number, end: number) =>
    out.push({ bucket: featureBucket(gram), gram, start, end });
  for (const run of lower.matchAll(CJK_RUN)) {
    const s = run[0];
    for (let n = 1; n <= 3; n++)
      for (let i = 0; i + n <= s.length; i++) push(`c${s.slice(i, i + n)}`, run.index + i, run.index + i + n);
  }
  const words = [...lower.matchAll(WORD)];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    push(`w${w[0]}`, w.index, w.index + w[0].length);
    const next = words[i + 1];
    if (next) push(`b${w[0]} ${next[0]}`, w.index, next.index + next[0].length);
  }
  // Character n-grams over the words joined by single blanks, with a blank at each end so that word
  // starts and ends are features too; positions map back to the word each n-gram starts in.
  let joined = ' ';
  const origin: number[] = [-1];
  for (const w of words) {
    for (let k = 0; k < w[0].length; k++) origin.push(w.index + k);
    joined += `${w[0]} `;
    origin.push(w.index + w[0].length);
  }
  for (let n = 4; n <= 5; n++)
    for (let i = 0; i + n <= joined.length; i++) {
      const start = Math.max(0, origin[i] ?? 0);
      const end = Math.max(start, origin[i + n - 1] ?? start) + 1;
      push(`l${joined.slice(i, i + n)}`, start, Math.min(end, text.length));
    }
  return out;
}

const FNV_OFFSET = 2166136261;
/** The low FEATURE_BITS bits: for a power of two, the same bucket as featureBucket's unsigned modulo. */
const BUCKET_MASK = BUCKETS - 1;
const isCjk = (code: number) => code >= 0x4e00 && code <= 0x9fff;
const fnv = (h: number, code: number) => Math.imul(h ^ code, 16777619);
const FAMILY = { c: 99, w: 119, b: 98, l: 108 } as const;

/** Reused between calls (scoring runs on every message): n-gram hashes, word bounds, joined words. */
let hashes = new Int32Array(4096);
let bounds = new Int32Array(4096);
let joined = new Uint16Array(4096);
/** The end of the run of characters passing `test` that starts at `start`. */
function endOfRun(text: string, start: number, test: (code: number) => boolean): number {
  let end = start + 1;
  while (end < text.length && test(text.charCodeAt(end))) end++;
  return end;
}
const isWordCode = (code: number) => (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 39; // [a-z0-9'] (WORD)

/**
 * Calls `visit` with the bucket of every feature occurrence, the same buckets as featureOccurrences
 * in the same order, without building any string, regex match or array per call: each n-gram's hash is
 * extended one character at a time from the shorter one's (FNV-1a is sequential), and the scratch
 * arrays are reused. This is the scoring path; featureOccurrences is kept for explanations, and a test
 * checks the two agree.
 */
export function visitFeatureBuckets(text: string, visit: (bucket: number) => void): void {
  const lower = text.toLowerCase();
  const length = lower.length;
  if (hashes.length < length + 2) {
    hashes = new Int32Array(length * 2 + 2);
    bounds = new Int32Array(length * 2 + 2);
    joined = new Uint16Array(length * 2 + 2);
  }
  // Chinese runs, scanned by character code; hashes[k] holds the hash of the n-gram starting at k of
  // the current run, extended from n-1 to n in each pass.
  const cjkStart = fnv(FNV_OFFSET, FAMILY.c);
  for (let i = 0; i < length; ) {
    if (!isCjk(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    const runEnd = endOfRun(lower, i, isCjk);
    for (let n = 1; n <= 3; n++)
      for (let k = i; k + n <= runEnd; k++) {
        const h = fnv(n === 1 ? cjkStart : hashes[k]!, lower.charCodeAt(k + n - 1));
        hashes[k] = h;
        visit(h & BUCKET_MASK);
      }
    i = runEnd;
  }
  // Words ([a-z0-9']+ in the lower-cased text) as start/end pairs in `bounds`.
  let words = 0;
  for (let i = 0; i < length; ) {
    if (!isWordCode(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    const end = endOfRun(lower, i, isWordCode);
    bounds[2 * words] = i;
    bounds[2 * words + 1] = end;
    words++;
    i = end;
  }
  const hashRange = (h: number, from: number, to: number) => {
    for (let k = from; k < to; k++) h = fnv(h, lower.charCodeAt(k));
    return h;
  };
  for (let w = 0; w < words; w++) {
    const start = bounds[2 * w]!;
    const end = bounds[2 * w + 1]!;
    visit(hashRange(fnv(FNV_OFFSET, FAMILY.w), start, end) & BUCKET_MASK);
    if (w + 1 < words) {
      const bigram = fnv(hashRange(fnv(FNV_OFFSET, FAMILY.b), start, end), 32);
      visit(hashRange(bigram, bounds[2 * w + 2]!, bounds[2 * w + 3]!) & BUCKET_MASK);
    }
  }
  // The words joined by single blanks, with a blank at each end: 4-grams first, then each 5-gram
  // extended from the 4-gram at the same start.
  let size = 0;
  joined[size++] = 32;
  for (let w = 0; w < words; w++) {
    for (let k = bounds[2 * w]!; k < bounds[2 * w + 1]!; k++) joined[size++] = lower.charCodeAt(k);
    joined[size++] = 32;
  }
  for (let i = 0; i + 4 <= size; i++) {
    let h = fnv(FNV_OFFSET, FAMILY.l);
    for (let k = i; k < i + 4; k++) h = fnv(h, joined[k]!);
    hashes[i] = h;
    visit(h & BUCKET_MASK);
  }
  for (let i = 0; i + 5 <= size; i++) visit(fnv(hashes[i]!, joined[i + 4]!) & BUCKET_MASK);
}

/** The distinct buckets of a text (what the model sums over: presence, not counts). */
export function featureBuckets(text: string): number[] {
  const seen = new Set<number>();
  visitFeatureBuckets(text, (b) => seen.add(b));
  return [...seen];
}
