/** ASCII-path trie nodes up to this depth get a complete transition row. */
const DENSE_DEPTH = 4;

/**
 * Aho–Corasick over typed arrays: the same search as text/aho-corasick.ts (the same occurrences, in the
 * same order), but a few flat arrays instead of one Map per trie node. The red-flag automaton has tens of
 * thousands of nodes; as Maps they take ~14 MB that the scan touches at random, and the guard runs it
 * between the personal-data regexes, so a compact, cache-friendly layout is what keeps the pii + redflag
 * pipeline fast. The drug names, which the emergency model masks in every message, are searched with it
 * too. The root, where most characters of a message land, has a direct table (256 KB: for automata
 * built once, not per call).
 */
export class CompactAutomaton {
  private readonly root = new Int32Array(0x10000).fill(-1);
  /** Children of node n: labels/targets in [edgeStart[n], edgeStart[n + 1]), labels ascending. */
  private readonly edgeStart: Int32Array;
  private readonly edgeLabel: Uint16Array;
  private readonly edgeTarget: Int32Array;
  private readonly fail: Int32Array;
  /** Patterns ending at node n: outputs[outStart[n] .. outStart[n + 1]). */
  private readonly outStart: Int32Array;
  private readonly outputs: Int32Array;
  /** Nearest node on the fail chain (itself excluded) with outputs, or -1. */
  private readonly outLink: Int32Array;
  private readonly lengths: Int32Array;
  /**
   * Complete transitions (the fail chain already followed) on ASCII for the shallow nodes reached by
   * ASCII: English text walks these constantly, and one table look-up replaces a chain of failed
   * edge searches. Row of node n: denseRow[n] * 128, or -1 for nodes without a row.
   */
  private readonly denseRow: Int32Array;
  private readonly dense: Int32Array;
  /** 1 when a node or a node on its fail chain ends a pattern (most nodes reached by text do not). */
  private readonly emits: Uint8Array;

  constructor(patterns: readonly string[]) {
    const next: Array<Map<number, number>> = [new Map()];
    const ends: number[][] = [[]];
    patterns.forEach((pattern, index) => {
      if (pattern.length === 0) return;
      let node = 0;
      for (let i = 0; i < pattern.length; i++) {
        const code = pattern.charCodeAt(i);
        let child = next[node]!.get(code);
        if (child === undefined) {
          child = next.length;
          next.push(new Map());
          ends.push([]);
          next[node]!.set(code, child);
        }
        node = child;
      }
      ends[node]!.push(index);
    });
    const count = next.length;
    this.lengths = Int32Array.from(patterns, (p) => p.length);
    this.edgeStart = new Int32Array(count + 1);
    let edges = 0;
    for (let n = 0; n < count; n++) {
      this.edgeStart[n] = edges;
      edges += next[n]!.size;
    }
    this.edgeStart[count] = edges;
    this.edgeLabel = new Uint16Array(edges);
    this.edgeTarget = new Int32Array(edges);
    for (let n = 0; n < count; n++) {
      const sorted = [...next[n]!].sort((a, b) => a[0] - b[0]);
      sorted.forEach(([label, target], i) => {
        this.edgeLabel[this.edgeStart[n]! + i] = label;
        this.edgeTarget[this.edgeStart[n]! + i] = target;
      });
    }
    for (const [label, target] of next[0]!) this.root[label] = target;
    this.outStart = new Int32Array(count + 1);
    let outs = 0;
    for (let n = 0; n < count; n++) {
      this.outStart[n] = outs;
      outs += ends[n]!.length;
    }
    this.outStart[count] = outs;
    this.outputs = Int32Array.from(ends.flat());
    this.fail = new Int32Array(count);
    this.outLink = new Int32Array(count).fill(-1);
    // Breadth-first, so a node's fail target is final before its children need it.
    const queue: number[] = [...next[0]!.values()];
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head]!;
      for (const [code, child] of next[node]!) {
        let f = this.fail[node]!;
        let target = this.step(f, code);
        while (target < 0 && f !== 0) {
          f = this.fail[f]!;
          target = this.step(f, code);
        }
        this.fail[child] = target >= 0 && target !== child ? target : 0;
        const failNode = this.fail[child]!;
        this.outLink[child] = this.hasOutput(failNode) ? failNode : this.outLink[failNode]!;
        queue.push(child);
      }
    }
    this.emits = new Uint8Array(count);
    for (let n = 1; n < count; n++) this.emits[n] = this.hasOutput(n) || this.outLink[n] !== -1 ? 1 : 0;
    // Dense rows, breadth-first (a node's fail target is shallower, so its row is already complete).
    const depth = new Int32Array(count);
    const asciiPath = new Uint8Array(count);
    asciiPath[0] = 1;
    const rows: number[] = [0];
    for (let head = -1; head < queue.length; head++) {
      const node = head < 0 ? 0 : queue[head]!;
      for (const [code, child] of next[node]!) {
        depth[child] = depth[node]! + 1;
        asciiPath[child] = asciiPath[node]! && code < 128 ? 1 : 0;
        if (asciiPath[child] && depth[child]! <= DENSE_DEPTH) rows.push(child);
      }
    }
    this.denseRow = new Int32Array(count).fill(-1);
    rows.forEach((node, row) => {
      this.denseRow[node] = row;
    });
    this.dense = new Int32Array(rows.length * 128);
    rows.forEach((node, row) => {
      const base = row * 128;
      const failRow = node === 0 ? -1 : this.denseRow[this.fail[node]!]!;
      for (let code = 0; code < 128; code++) {
        const child = this.step(node, code);
        this.dense[base + code] =
          child >= 0
            ? child
            : node === 0
              ? 0
              : failRow >= 0
                ? this.dense[failRow * 128 + code]!
                : this.resolve(node, code);
      }
    });
  }

  /** The node reached from `node` on `code`, following the fail chain (the root when nothing fits). */
  private resolve(node: number, code: number): number {
    let child = this.step(node, code);
    while (child < 0 && node !== 0) {
      node = this.fail[node]!;
      child = this.step(node, code);
    }
    return Math.max(child, 0);
  }

  private hasOutput(node: number): boolean {
    return this.outStart[node + 1]! > this.outStart[node]!;
  }

  /** The child of `node` along `code`, or -1. */
  private step(node: number, code: number): number {
    if (node === 0) return this.root[code]!;
    let lo = this.edgeStart[node]!;
    let hi = this.edgeStart[node + 1]!;
    const labels = this.edgeLabel;
    if (hi - lo <= 8) {
      for (; lo < hi; lo++) if (labels[lo] === code) return this.edgeTarget[lo]!;
      return -1;
    }
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const label = labels[mid]!;
      if (label === code) return this.edgeTarget[mid]!;
      if (label < code) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  }

  /** Calls `onMatch(patternIndex, start, end)` for every occurrence, in order of end. */
  search(text: string, onMatch: (pattern: number, start: number, end: number) => void): void {
    let node = 0;
    const denseRow = this.denseRow;
    const dense = this.dense;
    const emits = this.emits;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const row = code < 128 ? denseRow[node]! : -1;
      if (row >= 0) node = dense[row * 128 + code]!;
      else {
        let child = this.step(node, code);
        while (child < 0 && node !== 0) {
          node = this.fail[node]!;
          const r = code < 128 ? denseRow[node]! : -1;
          if (r >= 0) {
            child = dense[r * 128 + code]!;
            break;
          }
          child = this.step(node, code);
        }
        node = Math.max(child, 0);
      }
      if (emits[node] === 0) continue;
      for (
        let out = this.hasOutput(node) ? node : this.outLink[node]!;
        out !== -1;
        out = this.outLink[out]!
      ) {
        for (let k = this.outStart[out]!; k < this.outStart[out + 1]!; k++) {
          const pattern = this.outputs[k]!;
          onMatch(pattern, i + 1 - this.lengths[pattern]!, i + 1);
        }
      }
    }
  }
}
