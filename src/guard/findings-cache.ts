import { createHash } from 'node:crypto';
import type { Finding } from './finding.ts';

/** What an entry costs besides its findings' texts (key, map slot, array), in characters. */
const ENTRY_CHARS = 64;

/**
 * The personal-data findings of texts the guard has read recently, so that a conversation's earlier
 * messages, which a chat client sends again with every turn, are not scanned again: the n-th turn of a
 * conversation would otherwise cost n scans. Least recently used entries go first once the cache holds
 * `maxChars` characters (each entry counts its findings' texts and a fixed overhead). Findings are never
 * changed after they are made, so the cached ones are shared; each caller gets its own array.
 *
 * Texts are remembered by their SHA-256, not kept: the cache holds no message text beyond its
 * findings, and a busy gateway does not move megabytes of texts it will mostly never see again into
 * the old generation of its heap (bench:gateway at 500 requests/s, every prompt new: with the cache
 * switched off the event loop's old generation grew 12 MB between major collections instead of 20).
 * Hashing a 2 KB text costs a few microseconds; scanning it, hundreds.
 */
export class FindingsCache {
  private readonly entries = new Map<string, { findings: Finding[]; chars: number }>();
  private chars = 0;

  constructor(private readonly maxChars = 4_000_000) {}

  /** The findings for `text` under `scope` (the policy and language that decide them), computed once. */
  get(scope: string, text: string, compute: () => Finding[]): Finding[] {
    const key = `${scope}\u0000${createHash('sha256').update(text).digest('base64')}`;
    const cached = this.entries.get(key);
    if (cached) {
      // Re-inserted to mark it the most recently used.
      this.entries.delete(key);
      this.entries.set(key, cached);
      return [...cached.findings];
    }
    const findings = compute();
    const chars = findings.reduce((n, f) => n + f.text.length, ENTRY_CHARS);
    // Findings heavier than a tenth of the cache would push out many conversations' worth of messages.
    if (chars * 10 > this.maxChars) return findings;
    this.entries.set(key, { findings, chars });
    this.chars += chars;
    for (const [oldest, entry] of this.entries) {
      if (this.chars <= this.maxChars) break;
      this.entries.delete(oldest);
      this.chars -= entry.chars;
    }
    return [...findings];
  }

  get size(): number {
    return this.entries.size;
  }
}
