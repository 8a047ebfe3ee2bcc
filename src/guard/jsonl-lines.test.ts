import { describe, expect, it } from 'vitest';
import { readJsonlLines } from './jsonl-lines.ts';

async function collect(chunks: Array<Buffer | string>, max = 64) {
  const out = [];
  async function* source() {
    for (const c of chunks) yield c;
  }
  for await (const e of readJsonlLines(source(), max)) out.push(e);
  return out;
}

describe('readJsonlLines', () => {
  it('splits lines across chunk boundaries and skips blank lines', async () => {
    expect(await collect(['{"a"', ':1}\n\n{"b":2}\r\n', '{"c":3}'])).toEqual([
      { line: 1, text: '{"a":1}' },
      { line: 3, text: '{"b":2}' },
      { line: 4, text: '{"c":3}' },
    ]);
  });

  it('reports a line over the limit without holding it, and goes on', async () => {
    const events = await collect(['x'.repeat(50), 'y'.repeat(50), '\nok\n'], 64);
    expect(events).toEqual([
      { line: 1, error: expect.stringMatching(/line is 100 bytes, over the limit of 64 bytes/) },
      { line: 2, text: 'ok' },
    ]);
  });

  it('reports invalid UTF-8 instead of replacing it', async () => {
    const events = await collect([Buffer.from([0x7b, 0xff, 0xfe, 0x7d, 0x0a]), 'fine\n']);
    expect(events).toEqual([
      { line: 1, error: 'line is not valid UTF-8 text' },
      { line: 2, text: 'fine' },
    ]);
  });

  it('keeps a multi-byte character split across chunks intact', async () => {
    const bytes = Buffer.from('患者\n', 'utf8');
    expect(await collect([bytes.subarray(0, 2), bytes.subarray(2)])).toEqual([{ line: 1, text: '患者' }]);
  });
});
