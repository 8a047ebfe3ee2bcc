/**
 * Where a pseudonymised text differs from the original: the spans the guard replaced. The guard
 * hands the gateway only the rewritten messages (never the matched text), so the playground finds
 * the replaced spans by diffing the two versions of a message the user typed themselves.
 */

export interface ReplacedSpan {
  /** Offsets in the original text (UTF-16 code units, as JavaScript strings index). */
  start: number;
  end: number;
  /** What the model saw instead. */
  replacement: string;
}

interface Token {
  text: string;
  start: number;
}

/**
 * Words of letters and digits stay whole (an ID number is one token, so a surrogate ID that
 * happens to share digits with the original is still one replacement); every other character —
 * each Chinese character, each punctuation mark — is its own token.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const word = /[A-Za-z0-9_]+|[\s\S]/gu;
  for (const m of text.matchAll(word)) tokens.push({ text: m[0], start: m.index ?? 0 });
  return tokens;
}

type Op = { kind: 'equal' | 'delete' | 'insert'; token: Token };

/** Past this many edits the texts are not "nearly equal": one span covers the changed middle. */
const MAX_EDITS = 400;

/**
 * Myers' O(ND) shortest edit script over tokens; fast when the texts are nearly equal, as here.
 * Returns undefined past MAX_EDITS. Each step keeps only its window of the V array (k in −d…d),
 * so memory grows with the square of the edits, not with the length of the texts.
 */
function editScript(a: Token[], b: Token[]): Op[] | undefined {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, MAX_EDITS);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!)
          ? v[offset + k + 1]!
          : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x]!.text === b[y]!.text) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  if (!found) return undefined;
  // Walk the trace back from the end to recover the script.
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0 && (x > 0 || y > 0); d--) {
    const window = trace[d]!;
    const at = (k: number) => window[k + d + 1]!;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push({ kind: 'equal', token: a[--x]! });
      y--;
    }
    if (d === 0) break;
    if (down) ops.push({ kind: 'insert', token: b[--y]! });
    else ops.push({ kind: 'delete', token: a[--x]! });
  }
  return ops.reverse();
}

/** One span over everything between the common prefix and the common suffix. */
function middleSpan(original: string, rewritten: string): ReplacedSpan {
  let head = 0;
  while (head < original.length && head < rewritten.length && original[head] === rewritten[head]) head++;
  let tail = 0;
  while (
    tail < original.length - head &&
    tail < rewritten.length - head &&
    original[original.length - 1 - tail] === rewritten[rewritten.length - 1 - tail]
  )
    tail++;
  return {
    start: head,
    end: original.length - tail,
    replacement: rewritten.slice(head, rewritten.length - tail),
  };
}

/**
 * The replaced spans of `original` in `rewritten`. Two replacements separated by a single
 * unchanged character (the 市 shared by two addresses, the space in a two-word name) are shown as
 * one, because that is how a person reads them.
 */
export function replacedSpans(original: string, rewritten: string): ReplacedSpan[] {
  if (original === rewritten) return [];
  const ops = editScript(tokenize(original), tokenize(rewritten));
  if (!ops) return [middleSpan(original, rewritten)];
  const spans: ReplacedSpan[] = [];
  let cursor = 0; // offset in the original
  let current: ReplacedSpan | undefined;
  let pendingEqual: Token[] = [];
  const close = () => {
    if (current) spans.push(current);
    current = undefined;
  };
  for (const op of ops) {
    if (op.kind === 'equal') {
      if (current) pendingEqual.push(op.token);
      cursor = op.token.start + op.token.text.length;
      if (pendingEqual.length > 1 || (pendingEqual[0] && pendingEqual[0].text.length > 1)) {
        close();
        pendingEqual = [];
      }
      continue;
    }
    if (current && pendingEqual.length > 0) {
      // Bridge a one-character gap between two changes.
      for (const t of pendingEqual) current.replacement += t.text;
      current.end = cursor;
      pendingEqual = [];
    }
    if (!current) current = { start: cursor, end: cursor, replacement: '' };
    if (op.kind === 'delete') {
      cursor = op.token.start + op.token.text.length;
      current.end = cursor;
    } else {
      current.replacement += op.token.text;
    }
  }
  close();
  return spans;
}
