import { createReadStream } from 'node:fs';

/**
 * Streams an RFC 4180 CSV file (quoted fields, doubled quotes, newlines inside quotes, CRLF)
 * as records keyed by the header row, each with the line it starts on.
 */
export async function* readCsv(
  file: string,
): AsyncGenerator<{ record: Record<string, string>; line: number }> {
  let header: string[] | undefined;
  let field = '';
  let row: string[] = [];
  let quoted = false;
  let afterQuote = false;
  let line = 1;
  let rowLine = 1;
  let first = true;

  const endRow = function* (): Generator<{ record: Record<string, string>; line: number }> {
    row.push(field);
    field = '';
    const cells = row;
    row = [];
    if (cells.length === 1 && cells[0] === '') return; // blank line
    if (!header) {
      header = cells.map((h) => h.trim());
      return;
    }
    yield { record: Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])), line: rowLine };
  };

  for await (const chunk of createReadStream(file, { encoding: 'utf8' })) {
    let text = chunk as string;
    if (first) {
      text = text.replace(/^\uFEFF/, '');
      first = false;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (quoted) {
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i++;
          } else {
            quoted = false;
            afterQuote = true;
          }
        } else {
          if (c === '\n') line++;
          field += c;
        }
        continue;
      }
      if (c === '"' && field === '' && !afterQuote) {
        quoted = true;
      } else if (c === ',') {
        row.push(field);
        field = '';
        afterQuote = false;
      } else if (c === '\n') {
        yield* endRow();
        afterQuote = false;
        line++;
        rowLine = line;
      } else if (c !== '\r') {
        field += c;
      }
    }
  }
  if (field !== '' || row.length) yield* endRow();
}
