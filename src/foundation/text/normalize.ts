import * as OpenCC from 'opencc-js/t2cn';

/**
 * Text normalisation that keeps every character where it was: full-width forms become
 * half-width, traditional characters become simplified, ASCII letters become lower case and
 * odd spaces become plain ones — one UTF-16 unit in, one out. Because the length never changes,
 * a match found in normalised text has the same start and end in the caller's original text.
 *
 * Traditional → simplified is done character by character (OpenCC's table applied to single
 * characters), which is what matching needs: terms and text go through the same mapping.
 */

let table: Uint16Array | undefined;

function buildTable(): Uint16Array {
  const map = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) map[code] = code;
  for (let code = 0x41; code <= 0x5a; code++) map[code] = code + 0x20;
  // Full-width ASCII (！ to ～) and the ideographic space.
  for (let code = 0xff01; code <= 0xff5e; code++) {
    const half = code - 0xfee0;
    map[code] = half >= 0x41 && half <= 0x5a ? half + 0x20 : half;
  }
  map[0x3000] = 0x20;
  for (const space of [0x09, 0x0b, 0x0c, 0xa0, 0x1680, 0x202f, 0x205f, 0xfeff]) map[space] = 0x20;
  for (let code = 0x2000; code <= 0x200a; code++) map[code] = 0x20;
  map[0x0d] = 0x0a; // a lone CR ends a line like LF does
  map[0x2018] = 0x27; // ‘
  map[0x2019] = 0x27; // ’ so "don’t" matches "don't"
  map[0x201c] = 0x22;
  map[0x201d] = 0x22;
  for (const dash of [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212]) map[dash] = 0x2d;
  map[0xb5] = 0x3bc; // micro sign → Greek mu (μg)

  const convert = OpenCC.Converter({ from: 't', to: 'cn' });
  const ranges: Array<[number, number]> = [
    [0x3400, 0x4dbf],
    [0x4e00, 0x9fff],
    [0xf900, 0xfaff],
  ];
  for (const [from, to] of ranges) {
    const chars: string[] = [];
    for (let code = from; code <= to; code++) chars.push(String.fromCharCode(code));
    // One call per range; the newline keeps OpenCC from converting multi-character phrases.
    const converted = convert(chars.join('\n')).split('\n');
    if (converted.length !== chars.length) continue;
    for (let i = 0; i < chars.length; i++) {
      const out = converted[i]!;
      if (out.length === 1 && out !== chars[i]) map[from + i] = out.charCodeAt(0);
    }
  }
  return map;
}

function normalizationTable(): Uint16Array {
  table ??= buildTable();
  return table;
}

/** Normalises text for matching and indexing; the result has exactly the length of the input. */
export function normalizeText(text: string): string {
  return normalizeWith(normalizationTable(), text);
}

/**
 * A normaliser that also applies `folds` (one character for one, e.g. 疼 → 痛), in the same single
 * pass: callers that fold after normalising save a second walk over the text.
 */
export function createNormalizer(folds: Readonly<Record<string, string>>): (text: string) => string {
  let map: Uint16Array | undefined;
  return (text) => {
    if (!map) {
      map = normalizationTable().slice();
      for (let code = 0; code < 0x10000; code++) {
        const folded = folds[String.fromCharCode(map[code]!)];
        if (folded !== undefined && folded.length === 1) map[code] = folded.charCodeAt(0);
      }
    }
    return normalizeWith(map, text);
  };
}

function normalizeWith(map: Uint16Array, text: string): string {
  const length = text.length;
  // Text that is already normal (no capitals, full-width or traditional characters) is returned as is.
  let first = 0;
  for (; first < length; first++) {
    const code = text.charCodeAt(first);
    if (map[code] !== code) break;
  }
  if (first === length) return text;
  if (scratch.length < length) scratch = new Uint16Array(Math.max(length, scratch.length * 2));
  let surrogates = false;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) surrogates = true;
    scratch[i] = map[code]!;
  }
  // The decoder is native and fast, but would replace a lone surrogate: keep those exact the slow way.
  if (!surrogates) return UTF16.decode(scratch.subarray(0, length));
  let out = '';
  const chunk = 8192;
  for (let offset = 0; offset < length; offset += chunk) {
    const end = Math.min(length, offset + chunk);
    out += String.fromCharCode.apply(null, scratch.subarray(offset, end) as unknown as number[]);
  }
  return out;
}

/** Reused between calls (normalisation runs on every message); decoded, never handed out. */
let scratch = new Uint16Array(4096);
const UTF16 = new TextDecoder('utf-16le');

/** Warms the table up front (about 30 ms) so that the first real call is fast. */
export function prepareNormalization(): void {
  normalizationTable();
}
