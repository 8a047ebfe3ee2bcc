/**
 * Synthetic identifiers with valid check digits for the hand-written held-out sets (from round 41 on):
 * each builder takes the parts an annotator chose and appends the check digit or character. Written
 * apart from the recognizers' checksums (src/guard/recognizers/checksums.ts) on purpose, so that the
 * gold data is not made by the code it scores; src/guard/testing/labelled-checks.ts checks it again.
 */

const GB_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/** 18-digit resident ID: region code, birth date (YYYYMMDD), sequence (odd last digit for men), check. */
export function rid(region: string, birth: string, seq: string): string {
  const body = region + birth + seq;
  if (body.length !== 17) throw new Error(`bad resident ID body ${body}`);
  const sum = GB_WEIGHTS.reduce((acc, w, i) => acc + w * Number(body[i]), 0);
  return body + '10X98765432'[sum % 11];
}
/** The body followed by its Luhn check digit. */
export function luhn(body: string): string {
  const sum = [...body].reverse().reduce((acc, c, i) => {
    const d = Number(c) * (i % 2 === 0 ? 2 : 1);
    return acc + (d > 9 ? d - 9 : d);
  }, 0);
  return body + String((10 - (sum % 10)) % 10);
}
/** A card number spaced in fours. */
export function spaced(digits: string): string {
  return digits.replace(/(\d{4})(?=\d)/g, '$1 ');
}
/** Nine digits followed by their modulus-11 check digit (weights 10 to 2), as NHS and CHI numbers. */
export function mod11(body: string): string {
  const sum = [...body].reduce((acc, c, i) => acc + Number(c) * (10 - i), 0);
  const check = 11 - (sum % 11);
  if (check === 10) throw new Error(`no modulus-11 digit for ${body}`);
  return body + (check === 11 ? '0' : String(check));
}
/** NHS number in the 999 test range, spaced 3-3-4. */
export function nhs(six: string): string {
  const n = mod11(`999${six}`);
  return `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`;
}
/** Scottish CHI number: birth date (DDMMYY), two digits, a sex digit (even for women), check digit. */
export function chi(ddmmyy: string, three: string): string {
  return mod11(ddmmyy + three);
}
/** Australian Medicare number: eight digits, check digit, issue digit (spaced 4-5-1). */
export function medicare(eight: string, issue: string): string {
  const c = [1, 3, 7, 9, 1, 3, 7, 9].reduce((acc, w, i) => acc + w * Number(eight[i]), 0) % 10;
  return `${eight.slice(0, 4)} ${eight.slice(4)}${c} ${issue}`;
}
/** NZ NHI (AAANNNN): three letters, three digits and the check digit. */
export function nhi(letters: string, three: string): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
  const values = [...letters].map((c) => alphabet.indexOf(c) + 1).concat([...three].map(Number));
  const r = values.reduce((acc, v, i) => acc + v * (7 - i), 0) % 11;
  if (r === 0) throw new Error(`no NHI check digit for ${letters}${three}`);
  return `${letters}${three}${(11 - r) % 10}`;
}
/** Hong Kong identity card: a letter, six digits and the check character in brackets. */
export function hkid(letter: string, six: string): string {
  const values = [36, letter.charCodeAt(0) - 55, ...[...six].map(Number)];
  const c = 11 - (values.reduce((acc, v, i) => acc + v * (9 - i), 0) % 11);
  return `${letter}${six}(${c === 11 ? '0' : c === 10 ? 'A' : String(c)})`;
}
/** Ontario health number: nine digits and a Luhn digit, spaced 4-3-3 (the version code stays outside). */
export function ohip(nine: string): string {
  const n = luhn(nine);
  return `${n.slice(0, 4)} ${n.slice(4, 7)} ${n.slice(7)}`;
}
/** Emirates ID: 784, birth year, seven digits, Luhn digit (784-YYYY-NNNNNNN-C). */
export function emirates(year: string, seven: string): string {
  const n = luhn(`784${year}${seven}`);
  return `${n.slice(0, 3)}-${n.slice(3, 7)}-${n.slice(7, 14)}-${n.slice(14)}`;
}
/** Taiwan national ID: a letter, eight digits (the first the sex digit) and the check digit. */
export function twid(letter: string, eight: string): string {
  const n = 'ABCDEFGHJKLMNPQRSTUVXYWZIO'.indexOf(letter) + 10;
  const sum =
    Math.floor(n / 10) + (n % 10) * 9 + [...eight].reduce((acc, d, i) => acc + Number(d) * (8 - i), 0);
  return `${letter}${eight}${(10 - (sum % 10)) % 10}`;
}
/** Singapore NRIC (S or T prefix): a letter, seven digits and the check letter. */
export function nric(prefix: 'S' | 'T', seven: string): string {
  const sum =
    [2, 7, 6, 5, 4, 3, 2].reduce((acc, w, i) => acc + w * Number(seven[i]), 0) + (prefix === 'T' ? 4 : 0);
  return `${prefix}${seven}${'JZIHGFEDCBA'[sum % 11]}`;
}

const VERHOEFF_D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];
const VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];

/** An Aadhaar number: eleven digits (the first 2–9) and the Verhoeff check digit, spaced 4-4-4. */
export const aadhaar = (eleven: string): string => {
  const c = [...eleven]
    .reverse()
    .reduce((acc, d, i) => VERHOEFF_D[acc]![VERHOEFF_P[(i + 1) % 8]![Number(d)]!]!, 0);
  const n = eleven + String(VERHOEFF_INV[c]);
  return `${n.slice(0, 4)} ${n.slice(4, 8)} ${n.slice(8)}`;
};

/** An Irish PPSN: seven digits and the check letter (weights 8 to 2, modulus 23, W for 0). */
export const ppsn = (seven: string): string => {
  const sum = [...seven].reduce((acc, d, i) => acc + Number(d) * (8 - i), 0);
  return seven + 'WABCDEFGHIJKLMNOPQRSTUV'[sum % 23];
};

/** A Northern Ireland H&C number: nine digits and a modulus-11 check digit, spaced 3-3-4. */
export const hc = (nine: string): string => {
  const n = mod11(nine);
  return `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`;
};
