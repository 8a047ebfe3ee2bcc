/**
 * A set of characters as a table indexed by UTF-16 code unit. Hot loops test `table[text.charCodeAt(i)]`
 * instead of `set.has(text[i])`: reading `text[i]` for a Han character allocates a one-character
 * string and hashes it, which made those lookups the largest cost of the name scans.
 */
export function charTable(
  chars: Iterable<string>,
  bit = 1,
  into: Uint8Array = new Uint8Array(0x10000),
): Uint8Array {
  for (const c of chars) {
    const code = c.charCodeAt(0);
    into[code] = into[code]! | bit;
  }
  return into;
}
