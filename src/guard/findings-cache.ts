import type { Finding } from './finding.ts';

/**
 * The personal-data findings of texts the guard has read recently, so that a conversation's earlier
 * messages, which a chat client sends again with every turn, are not scanned again: the n-th turn of a
 * conversation would otherwise cost n scans. Least recently used entries go first once the cache holds
 * `maxChars` characters of text. Findings are never changed after they are made, so the cached ones are
 * shared; each caller gets its own array.
 */
export class FindingsCache {
  private readonly entries = new Map<string, Finding[]>();
  private chars = 0;

  constructor(private readonly maxChars = 4_000_000) {}

  /** The findings for `text` under `scope` (the policy and language that decide them), computed once. */
  get(scope: string, text: string, compute: () => Finding[]): Finding[] {
    // Texts larger than a tenth of the cache would push out many conversations' worth of messages.
    if (text.length * 10 > this.maxChars) return compute();
    const key = `${scope}\u0000${text}`;
    const cached = this.entries.get(key);
    if (cached) {
      // Re-inserted to mark it the most recently used.
      this.entries.delete(key);
      this.entries.set(key, cached);
      return [...cached];
    }
    const findings = compute();
    this.entries.set(key, findings);
    this.chars += key.length;
    for (const [oldest] of this.entries) {
      if (this.chars <= this.maxChars) break;
      this.entries.delete(oldest);
      this.chars -= oldest.length;
    }
    return [...findings];
  }

  get size(): number {
    return this.entries.size;
  }
}
