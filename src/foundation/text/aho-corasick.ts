/**
 * Aho–Corasick multi-pattern search over UTF-16 code units: every occurrence of every pattern
 * in one left-to-right pass, in time linear in the text plus the matches. Used wherever many
 * literal terms are looked for at once (red flags, negation cues, drug names, synonyms), because
 * a regular expression with thousands of alternatives is slow and one with nested groups can
 * backtrack without end.
 */
export class AhoCorasick {
  private readonly next: Array<Map<number, number>> = [new Map()];
  private readonly fail: number[] = [0];
  /** Patterns ending exactly at a node. */
  private readonly outputs: number[][] = [[]];
  /** Nearest node on the fail chain that has outputs (-1 for none). */
  private readonly outputLink: number[] = [-1];
  readonly patterns: readonly string[];

  constructor(patterns: readonly string[]) {
    this.patterns = patterns;
    patterns.forEach((pattern, index) => {
      if (pattern.length === 0) return;
      let node = 0;
      for (let i = 0; i < pattern.length; i++) {
        const code = pattern.charCodeAt(i);
        let child = this.next[node]!.get(code);
        if (child === undefined) {
          child = this.next.length;
          this.next.push(new Map());
          this.fail.push(0);
          this.outputs.push([]);
          this.outputLink.push(-1);
          this.next[node]!.set(code, child);
        }
        node = child;
      }
      this.outputs[node]!.push(index);
    });
    this.link();
  }

  private link(): void {
    const queue: number[] = [];
    for (const child of this.next[0]!.values()) queue.push(child);
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head]!;
      for (const [code, child] of this.next[node]!) {
        let f = this.fail[node]!;
        while (f !== 0 && !this.next[f]!.has(code)) f = this.fail[f]!;
        const target = this.next[f]!.get(code);
        this.fail[child] = target !== undefined && target !== child ? target : 0;
        const failNode = this.fail[child]!;
        this.outputLink[child] = this.outputs[failNode]!.length > 0 ? failNode : this.outputLink[failNode]!;
        queue.push(child);
      }
    }
  }

  /** Calls `onMatch(patternIndex, start, end)` for every occurrence; `end` is exclusive. */
  search(text: string, onMatch: (pattern: number, start: number, end: number) => void): void {
    let node = 0;
    const next = this.next;
    const fail = this.fail;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let child = next[node]!.get(code);
      while (child === undefined && node !== 0) {
        node = fail[node]!;
        child = next[node]!.get(code);
      }
      node = child ?? 0;
      if (node === 0) continue;
      for (let out = this.outputs[node]!.length > 0 ? node : this.outputLink[node]!; out !== -1; ) {
        for (const pattern of this.outputs[out]!)
          onMatch(pattern, i + 1 - this.patterns[pattern]!.length, i + 1);
        out = this.outputLink[out]!;
      }
    }
  }
}

/** True when the code unit is an ASCII letter or digit: the edge of an English word. */
export function isWordChar(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);
}

/**
 * Whether an occurrence of a term stands on word boundaries where the term itself begins or ends
 * with a Latin letter or digit (Chinese edges match anywhere, as substrings do).
 */
export function onWordBoundaries(text: string, term: string, start: number, end: number): boolean {
  if (isWordChar(term.charCodeAt(0)) && start > 0 && isWordChar(text.charCodeAt(start - 1))) return false;
  if (isWordChar(term.charCodeAt(term.length - 1)) && end < text.length && isWordChar(text.charCodeAt(end)))
    return false;
  return true;
}
