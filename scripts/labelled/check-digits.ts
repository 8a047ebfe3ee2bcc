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

/** A Singapore FIN (F or G series): seven digits and the check letter (weights 2765432, G adds 4). */
export function fin(prefix: 'F' | 'G', seven: string): string {
  const sum =
    [2, 7, 6, 5, 4, 3, 2].reduce((acc, w, i) => acc + w * Number(seven[i]), 0) + (prefix === 'G' ? 4 : 0);
  return `${prefix}${seven}${'XWUTRQPNMLK'[sum % 11]}`;
}

/**
 * A Spanish DNI (eight digits) or NIE (X, Y or Z, read as 0, 1, 2, and seven digits) and the
 * modulus-23 check letter.
 */
export function dni(body: string): string {
  const n = Number(body.replace(/^X/, '0').replace(/^Y/, '1').replace(/^Z/, '2'));
  return `${body}${'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}`;
}

/**
 * A Brazilian CPF: nine digits and two modulus-11 check digits (weights n + 1 down to 2; a remainder
 * below 2 gives 0), written 000.000.000-00.
 */
export function cpf(nine: string): string {
  const dv = (s: string): number => {
    const r = [...s].reduce((acc, d, i) => acc + Number(d) * (s.length + 1 - i), 0) % 11;
    return r < 2 ? 0 : 11 - r;
  };
  const d1 = dv(nine);
  const n = `${nine}${d1}${dv(`${nine}${d1}`)}`;
  return `${n.slice(0, 3)}.${n.slice(3, 6)}.${n.slice(6, 9)}-${n.slice(9)}`;
}

/**
 * A Brazilian Cartão Nacional de Saúde (provisional, starting 7–9): fourteen digits and the last, so
 * that Σ dᵢ × (15 − i) ≡ 0 (mod 11); spaced 3-4-4-4.
 */
export function cns(fourteen: string): string {
  const sum = [...fourteen].reduce((acc, c, i) => acc + Number(c) * (15 - i), 0);
  const last = (11 - (sum % 11)) % 11;
  if (last === 10) throw new Error(`no CNS digit for ${fourteen}`);
  const n = fourteen + String(last);
  return `${n.slice(0, 3)} ${n.slice(3, 7)} ${n.slice(7, 11)} ${n.slice(11)}`;
}

/** A Dutch BSN: eight digits and the ninth that passes the eleven test (weights 9 to 2, then −1). */
export function bsn(eight: string): string {
  const r = [...eight].reduce((acc, d, i) => acc + Number(d) * (9 - i), 0) % 11;
  if (r === 10) throw new Error(`no BSN digit for ${eight}`);
  return `${eight}${r}`;
}

/**
 * A Swedish personnummer: birth date (YYMMDD), a hyphen (a plus from age 100), three digits (the
 * last odd for men) and the Luhn digit of the ten digits.
 */
export function pnr(yymmdd: string, sep: '-' | '+', three: string): string {
  const n = luhn(yymmdd + three);
  return `${yymmdd}${sep}${n.slice(6)}`;
}

/**
 * A Norwegian fødselsnummer: birth date (DDMMYY), three individual digits (the third odd for men)
 * and two modulus-11 check digits (weights 3,7,6,1,8,9,4,5,2, then 5,4,3,2,7,6,5,4,3,2 over
 * the ten digits so far).
 */
export function fnr(ddmmyy: string, three: string): string {
  const d = [...(ddmmyy + three)].map(Number);
  const k = (ws: number[], ds: number[]): number => {
    const r = 11 - (ws.reduce((acc, w, i) => acc + w * ds[i]!, 0) % 11);
    if (r === 10) throw new Error(`no fødselsnummer check for ${ddmmyy}${three}`);
    return r === 11 ? 0 : r;
  };
  const k1 = k([3, 7, 6, 1, 8, 9, 4, 5, 2], d);
  const k2 = k([5, 4, 3, 2, 7, 6, 5, 4, 3, 2], [...d, k1]);
  return `${ddmmyy}${three}${k1}${k2}`;
}

/** A Finnish henkilötunnus: DDMMYY, century sign, three digits (odd for men), modulus-31 character. */
export function hetu(ddmmyy: string, century: '-' | 'A', three: string): string {
  return `${ddmmyy}${century}${three}${'0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(ddmmyy + three) % 31]}`;
}

/** A Polish PESEL: YYMMDD (month + 20 from 2000), four digits (the last odd for men), check digit. */
export function pesel(ten: string): string {
  const sum = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3].reduce((acc, w, i) => acc + w * Number(ten[i]), 0);
  return `${ten}${(10 - (sum % 10)) % 10}`;
}

/**
 * A Belgian national register number (born before 2000): YY.MM.DD-NNN.CC, where
 * CC = 97 − (YYMMDDNNN mod 97).
 */
export function beNN(yymmdd: string, three: string): string {
  const cc = String(97 - (Number(yymmdd + three) % 97)).padStart(2, '0');
  return `${yymmdd.slice(0, 2)}.${yymmdd.slice(2, 4)}.${yymmdd.slice(4)}-${three}.${cc}`;
}

/**
 * A German KVNR: a letter (read as 01–26), eight digits and the check digit (weights 1-2, digit
 * sums of the products, modulus 10).
 */
export function kvnr(letter: string, eight: string): string {
  const digits = String(letter.charCodeAt(0) - 64).padStart(2, '0') + eight;
  const sum = [...digits].reduce((acc, d, i) => {
    const p = Number(d) * (i % 2 === 0 ? 1 : 2);
    return acc + Math.floor(p / 10) + (p % 10);
  }, 0);
  return `${letter}${eight}${sum % 10}`;
}

/**
 * A French NIR (numéro de sécurité sociale): thirteen digits (sex, YY, MM, department, commune,
 * order) and the key 97 − (number mod 97), spaced 1-2-2-2-3-3-2.
 */
export function nir(thirteen: string): string {
  const t = thirteen;
  const key = String(97 - Number(BigInt(t) % 97n)).padStart(2, '0');
  return `${t[0]} ${t.slice(1, 3)} ${t.slice(3, 5)} ${t.slice(5, 7)} ${t.slice(7, 10)} ${t.slice(10, 13)} ${key}`;
}

/** An IBAN: country code, ISO 7064 mod-97 check digits and the BBAN, spaced in fours. */
export function iban(country: string, bban: string): string {
  const moved = `${bban}${country}00`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  const check = String(98 - Number(BigInt(moved) % 97n)).padStart(2, '0');
  return `${country}${check}${bban}`.replace(/(.{4})(?=.)/g, '$1 ');
}

/** A Turkish TC Kimlik number: nine digits (the first not 0) and the two check digits. */
export function tckn(nine: string): string {
  const d = [...nine].map(Number);
  const odd = d[0]! + d[2]! + d[4]! + d[6]! + d[8]!;
  const even = d[1]! + d[3]! + d[5]! + d[7]!;
  const d10 = (((odd * 7 - even) % 10) + 10) % 10;
  const d11 = (d.reduce((a, b) => a + b, 0) + d10) % 10;
  return `${nine}${d10}${d11}`;
}

/** A Chilean RUT: the body and its modulus-11 verifier (weights 2–7 from the right; 10 is K), dotted. */
export function rut(body: string): string {
  const sum = [...body].reverse().reduce((acc, d, i) => acc + Number(d) * (2 + (i % 6)), 0);
  const r = 11 - (sum % 11);
  const dv = r === 11 ? '0' : r === 10 ? 'K' : String(r);
  return `${body.replace(/\B(?=(\d{3})+$)/g, '.')}-${dv}`;
}

/**
 * A Korean resident registration number: YYMMDD, a sex/century digit and five digits, then the
 * check digit (weights 2–9, 2–5, modulus 11), written YYMMDD-NNNNNNN.
 */
export function krrn(yymmdd: string, six: string): string {
  const digits = yymmdd + six;
  const sum = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5].reduce((acc, w, i) => acc + w * Number(digits[i]), 0);
  return `${yymmdd}-${six}${(11 - (sum % 11)) % 10}`;
}

/** A Japanese My Number: eleven digits and the check digit (weights 2–7 then 2–6 from the right), 4-4-4. */
export function myNumber(eleven: string): string {
  const sum = [...eleven].reverse().reduce((acc, c, i) => acc + Number(c) * (i + 1 <= 6 ? i + 2 : i - 4), 0);
  const r = sum % 11;
  const n = eleven + String(r <= 1 ? 0 : 11 - r);
  return `${n.slice(0, 4)} ${n.slice(4, 8)} ${n.slice(8)}`;
}

/** A Thai national ID: twelve digits and the check digit (weights 13 to 2, modulus 11), 1-2345-67890-12-3. */
export function thaiId(twelve: string): string {
  const sum = [...twelve].reduce((acc, c, i) => acc + Number(c) * (13 - i), 0);
  const n = twelve + String((11 - (sum % 11)) % 10);
  return `${n[0]}-${n.slice(1, 5)}-${n.slice(5, 10)}-${n.slice(10, 12)}-${n[12]}`;
}

/**
 * A British Columbia PHN: 9, eight digits and a modulus-11 check digit (weights 2,4,8,5,10,9,7,3),
 * spaced 4-3-3.
 */
export function bcphn(eight: string): string {
  const r = [2, 4, 8, 5, 10, 9, 7, 3].reduce((acc, w, i) => acc + w * Number(eight[i]), 0) % 11;
  const c = 11 - r;
  if (c > 9) throw new Error(`no PHN digit for ${eight}`);
  return `9${eight.slice(0, 3)} ${eight.slice(3, 6)} ${eight.slice(6)}${c}`;
}
