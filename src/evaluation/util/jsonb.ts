/**
 * JSON text that PostgreSQL's jsonb accepts. JSON.stringify escapes a NUL character as \u0000 and
 * a lone surrogate (e.g. an emoji cut in half by a shortened preview) as \udXXX; jsonb rejects
 * both, and one such string would fail a whole batch of rows. They become U+FFFD instead.
 * Well-formed text is returned as JSON.stringify wrote it (the check is one `includes`).
 */
export function jsonbText(value: unknown): string {
  const text = JSON.stringify(value);
  return text.includes('\\u') ? text.replace(UNSUPPORTED_ESCAPE, '$1\uFFFD') : text;
}

// An escape not preceded by an escaped backslash: \\u0000 is a backslash and the text "u0000".
const UNSUPPORTED_ESCAPE = /(?<!\\)((?:\\\\)*)\\u(?:0000|d[89a-f][0-9a-f]{2})/g;
