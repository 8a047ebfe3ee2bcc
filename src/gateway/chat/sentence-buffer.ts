/**
 * Collects streamed text and releases it a sentence at a time, so the output checks see whole
 * sentences (a dose and its unit, a phone number) instead of arbitrary chunk fragments.
 *
 * A sentence ends at 。！？；!?; or a newline, or at "." followed by whitespace (so "2.5 mg" and
 * "e.g." before more text stay whole only when no space follows). Closing quotes and brackets stay
 * with their sentence. A run without any boundary is cut at the last space or comma once it passes
 * `maxChars`, so a stream that never ends a sentence is still checked and delivered.
 */
const BOUNDARY = /(?:[。！？；!?;\n]+|\.(?=\s))["'”’」』）)\]]*\s*/g;
const SOFT_BREAK = /[\s，,、：:]/g;

export class SentenceBuffer {
  private pending = '';

  constructor(private readonly maxChars = 400) {}

  push(delta: string): string[] {
    this.pending += delta;
    const out: string[] = [];
    let start = 0;
    BOUNDARY.lastIndex = 0;
    for (let match = BOUNDARY.exec(this.pending); match; match = BOUNDARY.exec(this.pending)) {
      const end = match.index + match[0].length;
      // A boundary at the very end may grow (more punctuation or a closing quote may follow).
      if (end === this.pending.length && !/\s$/.test(match[0])) break;
      out.push(this.pending.slice(start, end));
      start = end;
      if (match[0].length === 0) BOUNDARY.lastIndex++;
    }
    this.pending = this.pending.slice(start);
    while (this.pending.length > this.maxChars) {
      let cut = 0;
      SOFT_BREAK.lastIndex = 0;
      for (
        let m = SOFT_BREAK.exec(this.pending);
        m && m.index < this.maxChars;
        m = SOFT_BREAK.exec(this.pending)
      ) {
        cut = m.index + 1;
      }
      if (cut === 0) cut = this.maxChars;
      out.push(this.pending.slice(0, cut));
      this.pending = this.pending.slice(cut);
    }
    return out;
  }

  /** Whatever is left when the stream ends. */
  flush(): string {
    const rest = this.pending;
    this.pending = '';
    return rest;
  }
}
