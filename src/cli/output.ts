/** Prints rows as an aligned plain-text table (CJK characters count as two columns). */
export function printTable(
  rows: Array<Record<string, string>>,
  out: (line: string) => void = console.log,
): void {
  if (rows.length === 0) return;
  const headers = Object.keys(rows[0]!);
  const widths = headers.map((h) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[h] ?? ''))));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => cell + ' '.repeat(widths[i]! - displayWidth(cell)))
      .join('  ')
      .trimEnd();
  out(line(headers));
  for (const row of rows) out(line(headers.map((h) => row[h] ?? '')));
}

export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text)
    width +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
        char,
      )
        ? 2
        : 1;
  return width;
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
