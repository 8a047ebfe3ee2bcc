/**
 * A static check against catastrophic backtracking: no quantified group may contain a quantifier
 * that lets the same characters be split in many ways. Specifically it rejects
 * - a group repeated without bound (`*`, `+`, `{n,}`) that contains any quantifier or an alternation;
 * - a group repeated a bounded number of times (`{n,m}`) that contains an unbounded quantifier.
 * Bounded-in-bounded repetition (`(?:\.[a-z]{1,63}){0,5}`) is allowed; its cost is a constant.
 * The runtime test in regex-safety.test.ts attacks every regex with adversarial input as well.
 */

interface Frame {
  anyQuantifier: boolean;
  unbounded: boolean;
  alternation: boolean;
}

type Quantifier = 'optional' | 'bounded' | 'unbounded';

/** Reads a quantifier at `i`; returns its kind and length, or undefined. */
function readQuantifier(source: string, i: number): { kind: Quantifier; length: number } | undefined {
  const c = source[i];
  let kind: Quantifier | undefined;
  let length = 1;
  if (c === '*' || c === '+') kind = 'unbounded';
  else if (c === '?') kind = 'optional';
  else if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i, i + 24));
    if (!m) return undefined;
    length = m[0].length;
    const min = Number(m[1]);
    if (m[2] === undefined) kind = min <= 1 ? 'optional' : 'bounded';
    else if (m[3] === '') kind = 'unbounded';
    else kind = Number(m[3]) <= 1 ? 'optional' : 'bounded';
  }
  if (!kind) return undefined;
  if (source[i + length] === '?' || source[i + length] === '+') length++;
  return { kind, length };
}

/** Returns a description of the first dangerous construct in a regex source, or undefined. */
export function findNestedQuantifier(source: string): string | undefined {
  const stack: Frame[] = [{ anyQuantifier: false, unbounded: false, alternation: false }];
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === '\\') {
      i += 2;
      i = afterAtom(source, i, stack);
      continue;
    }
    if (c === '[') {
      // Skip a character class, including v-mode nested classes.
      let depth = 0;
      while (i < source.length) {
        const d = source[i]!;
        if (d === '\\') {
          i += 2;
          continue;
        }
        if (d === '[') depth++;
        else if (d === ']') {
          depth--;
          if (depth === 0) {
            i++;
            break;
          }
        }
        i++;
      }
      i = afterAtom(source, i, stack);
      continue;
    }
    if (c === '(') {
      stack.push({ anyQuantifier: false, unbounded: false, alternation: false });
      i++;
      if (source[i] === '?') {
        // (?: (?= (?! (?<= (?<! (?<name>
        i++;
        if (source[i] === '<' && source[i + 1] !== '=' && source[i + 1] !== '!') {
          const close = source.indexOf('>', i);
          i = close + 1;
        } else if (source[i] === '<') i += 2;
        else i++;
      }
      continue;
    }
    if (c === ')') {
      const inner = stack.pop()!;
      i++;
      const q = readQuantifier(source, i);
      const parent = stack[stack.length - 1]!;
      if (q) {
        if (q.kind === 'unbounded' && (inner.anyQuantifier || inner.alternation))
          return `unbounded repetition of a group that contains ${inner.alternation ? 'an alternation' : 'a quantifier'} (near offset ${i})`;
        if (q.kind === 'bounded' && inner.unbounded)
          return `bounded repetition of a group that contains an unbounded quantifier (near offset ${i})`;
        parent.anyQuantifier = true;
        if (q.kind === 'unbounded') parent.unbounded = true;
        i += q.length;
      }
      parent.anyQuantifier ||= inner.anyQuantifier;
      parent.unbounded ||= inner.unbounded;
      continue;
    }
    if (c === '|') {
      stack[stack.length - 1]!.alternation = true;
      i++;
      continue;
    }
    i = afterAtom(source, i + 1, stack);
  }
  return undefined;
}

/** After a single atom ending at `i`, consumes its quantifier (if any) and records it in the frame. */
function afterAtom(source: string, i: number, stack: Frame[]): number {
  const q = readQuantifier(source, i);
  if (!q) return i;
  const frame = stack[stack.length - 1]!;
  frame.anyQuantifier = true;
  if (q.kind === 'unbounded') frame.unbounded = true;
  return i + q.length;
}

/** Throws when a regex fails the static check; used for patterns that come from configuration. */
export function assertSafeRegex(source: string, where: string): void {
  const problem = findNestedQuantifier(source);
  if (problem) throw new Error(`${where}: ${problem}`);
}
