/**
 * Splits a byte stream into lines without ever holding more than one line (up to `maxBytes`) in
 * memory: a longer line is skipped to its end and reported as too long, so a 10 MB line or a
 * binary blob cannot exhaust memory. Lines are decoded strictly: invalid UTF-8 is reported, not
 * replaced with U+FFFD.
 */
export type LineEvent = { line: number; text: string } | { line: number; error: string };

const decoder = new TextDecoder('utf-8', { fatal: true });

export async function* readJsonlLines(
  source: AsyncIterable<Buffer | string>,
  maxBytes: number,
): AsyncGenerator<LineEvent> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let overflow = 0;
  let line = 0;

  const finish = (): LineEvent | undefined => {
    line++;
    if (overflow > 0) {
      const size = overflow;
      overflow = 0;
      pending = [];
      pendingBytes = 0;
      return {
        line,
        error: `line is ${size} bytes, over the limit of ${maxBytes} bytes (raise it with --max-line-bytes)`,
      };
    }
    let bytes = Buffer.concat(pending, pendingBytes);
    pending = [];
    pendingBytes = 0;
    if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    if (bytes.length === 0) return undefined;
    try {
      return { line, text: decoder.decode(bytes) };
    } catch {
      return { line, error: 'line is not valid UTF-8 text' };
    }
  };

  for await (const chunk of source) {
    let buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    for (;;) {
      const newline = buffer.indexOf(0x0a);
      const part = newline === -1 ? buffer : buffer.subarray(0, newline);
      if (overflow > 0 || pendingBytes + part.length > maxBytes) {
        overflow = (overflow || pendingBytes) + part.length;
        pending = [];
        pendingBytes = 0;
      } else if (part.length > 0) {
        // Copy: the source may reuse its chunk buffers.
        pending.push(Buffer.from(part));
        pendingBytes += part.length;
      }
      if (newline === -1) break;
      const event = finish();
      if (event) yield event;
      buffer = buffer.subarray(newline + 1);
    }
  }
  if (pendingBytes > 0 || overflow > 0) {
    const event = finish();
    if (event) yield event;
  }
}
