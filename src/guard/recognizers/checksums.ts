/** Check-digit algorithms for identifier families; each returns false on malformed input. */

const GB11643_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const GB11643_CHECK = '10X98765432';

/** The check character of the first 17 digits of a resident ID (GB 11643-1999, ISO 7064 MOD 11-2). */
export function gb11643CheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * GB11643_WEIGHTS[i]!;
  return GB11643_CHECK[sum % 11]!;
}

/** An 18-character mainland resident ID whose last character matches GB 11643 and whose birth date exists. */
export function isValidResidentId(id: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(id)) return false;
  if (gb11643CheckChar(id.slice(0, 17)) !== id[17]!.toUpperCase()) return false;
  return isRealDate(Number(id.slice(6, 10)), Number(id.slice(10, 12)), Number(id.slice(12, 14)));
}

/** A 15-digit legacy ID (before 1999): no check digit, but the two-digit-year birth date must exist. */
export function isPlausibleLegacyId(id: string): boolean {
  if (!/^\d{15}$/.test(id)) return false;
  return isRealDate(1900 + Number(id.slice(6, 8)), Number(id.slice(8, 10)), Number(id.slice(10, 12)));
}

export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Luhn (ISO/IEC 7812) over a string of digits. */
export function luhnValid(digits: string): boolean {
  if (!/^\d{12,19}$/.test(digits)) return false;
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** The digit that makes `partial + digit` Luhn-valid. */
export function luhnCheckDigit(partial: string): string {
  for (let d = 0; d <= 9; d++) if (luhnValid(partial + d)) return String(d);
  throw new Error('unreachable: one digit always completes a Luhn number');
}

/**
 * South African identity number (YYMMDDSSSSCAZ): a real birth date, a citizenship digit of 0 or 1 and
 * a Luhn check digit over all thirteen.
 */
export function isValidSaId(digits: string): boolean {
  const m = /^\d{2}(\d{2})(\d{2})\d{4}[01]\d\d$/.exec(digits);
  if (!m) return false;
  const month = Number(m[1]);
  const day = Number(m[2]);
  return isRealDate(2000, month, day) && luhnValid(digits);
}

/** Hong Kong identity card, e.g. A123456(3): weighted sum modulo 11, check 'A' stands for 10. */
export function isValidHkid(raw: string): boolean {
  const m = /^([A-Z]{1,2})(\d{6})\(?([0-9A])\)?$/.exec(raw);
  if (!m) return false;
  const letters = m[1]!.length === 1 ? ` ${m[1]}` : m[1]!;
  const chars = letters + m[2]!;
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = chars[i]!;
    const value = c === ' ' ? 36 : c >= 'A' ? c.charCodeAt(0) - 55 : c.charCodeAt(0) - 48;
    sum += value * (9 - i);
  }
  const check = (11 - (sum % 11)) % 11;
  return (check === 10 ? 'A' : String(check)) === m[3];
}

const TAIWAN_LETTERS = 'ABCDEFGHJKLMNPQRSTUVXYWZIO';

/** Taiwan national identification number, e.g. A123456789. */
export function isValidTaiwanId(raw: string): boolean {
  if (!/^[A-Z][12]\d{8}$/.test(raw)) return false;
  const code = TAIWAN_LETTERS.indexOf(raw[0]!) + 10;
  let sum = Math.floor(code / 10) + (code % 10) * 9;
  const weights = [8, 7, 6, 5, 4, 3, 2, 1, 1];
  for (let i = 1; i < 10; i++) sum += (raw.charCodeAt(i) - 48) * weights[i - 1]!;
  return sum % 10 === 0;
}

/**
 * Singapore NRIC / FIN, e.g. S1234567D: weights 2 7 6 5 4 3 2 over the digits, +4 for the T and G
 * series, modulo 11, then the series' check-letter table. (The 2022 M series is not covered.)
 */
export function isValidNric(raw: string): boolean {
  const m = /^([STFG])(\d{7})([A-Z])$/.exec(raw.toUpperCase());
  if (!m) return false;
  const weights = [2, 7, 6, 5, 4, 3, 2];
  let sum = m[1] === 'T' || m[1] === 'G' ? 4 : 0;
  for (let i = 0; i < 7; i++) sum += (m[2]!.charCodeAt(i) - 48) * weights[i]!;
  const table = m[1] === 'S' || m[1] === 'T' ? 'JZIHGFEDCBA' : 'XWUTRQPNMLK';
  return table[sum % 11] === m[3];
}

/**
 * The Irish PPSN check letter: the seven digits weighted 8 to 2, the second letter (A = 1 … I = 9, W = 0)
 * weighted 9, the sum modulo 23 as a letter (0 = W, 1 = A …).
 */
export function isValidPpsn(ppsn: string): boolean {
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += (ppsn.charCodeAt(i) - 48) * (8 - i);
  const second = ppsn[8];
  if (second !== undefined && second !== 'W') sum += (second.charCodeAt(0) - 64) * 9;
  const rest = sum % 23;
  return ppsn[7] === (rest === 0 ? 'W' : String.fromCharCode(64 + rest));
}

/**
 * The Polish PESEL: eleven digits, the birth date as YYMMDD with the century in the month (+80 for the
 * 1800s, +0, +20, +40, +60 for the 1900s to the 2100s), and a check digit: the first ten weighted
 * 1, 3, 7, 9 in turn, ten minus the sum's last digit (0 for 10).
 */
export function isValidPesel(pesel: string): boolean {
  if (!/^\d{11}$/.test(pesel)) return false;
  const weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += (pesel.charCodeAt(i) - 48) * weights[i]!;
  if ((10 - (sum % 10)) % 10 !== pesel.charCodeAt(10) - 48) return false;
  const coded = Number(pesel.slice(2, 4));
  const century = [1900, 2000, 2100, 2200, 1800][Math.floor(coded / 20)];
  return (
    century !== undefined &&
    isRealDate(century + Number(pesel.slice(0, 2)), coded % 20, Number(pesel.slice(4, 6)))
  );
}

/** The Verhoeff scheme's multiplication table (the dihedral group D5) and its position permutation. */
const VERHOEFF_D = [
  '0123456789',
  '1234067895',
  '2340178956',
  '3401289567',
  '4012395678',
  '5987604321',
  '6598710432',
  '7659821043',
  '8765932104',
  '9876543210',
];
const VERHOEFF_P = [
  '0123456789',
  '1576283094',
  '5803796142',
  '8916043527',
  '9453126870',
  '4286573901',
  '2793806415',
  '7046913258',
];

/** Whether a digit string ends in its Verhoeff check digit (the classic example: 2363). */
export function verhoeffValid(digits: string): boolean {
  let c = 0;
  for (let i = 0; i < digits.length; i++) {
    const d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (d < 0 || d > 9) return false;
    c = VERHOEFF_D[c]!.charCodeAt(VERHOEFF_P[i % 8]!.charCodeAt(d) - 48) - 48;
  }
  return digits.length > 0 && c === 0;
}

/** An Indian Aadhaar number: twelve digits, the first 2–9, the last a Verhoeff check digit (blanks or hyphens allowed). */
export function isValidAadhaar(raw: string): boolean {
  const digits = raw.replace(/[ -]/g, '');
  return /^[2-9]\d{11}$/.test(digits) && verhoeffValid(digits);
}

/** NHI letters as numbers: A = 1 … Z = 24, without I and O. */
const NHI_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

/** The modulus-11 check digit of an old-format New Zealand NHI (AAANNNN). */
export function isValidNhi(nhi: string): boolean {
  if (!/^[A-HJ-NP-Z]{3}\d{4}$/.test(nhi)) return false;
  let sum = 0;
  for (let i = 0; i < 6; i++) {
    const c = nhi[i]!;
    const value = i < 3 ? NHI_LETTERS.indexOf(c) + 1 : c.charCodeAt(0) - 48;
    sum += value * (7 - i);
  }
  const rest = sum % 11;
  if (rest === 0) return false;
  return (11 - rest) % 10 === nhi.charCodeAt(6) - 48;
}

/** IPv4 dotted quad with each octet 0–255 and no leading zeros beyond a single 0. */
export function isValidIpv4(raw: string): boolean {
  const parts = raw.split('.');
  return (
    parts.length === 4 &&
    parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255 && (p.length === 1 || p[0] !== '0'))
  );
}

/** MyKad place-of-birth codes that the registry does not issue. */
const UNUSED_MYKAD_PLACES: ReadonlySet<number> = new Set([
  17, 18, 19, 20, 69, 70, 73, 80, 81, 94, 95, 96, 97,
]);

/**
 * A Malaysian MyKad number (YYMMDD-PB-NNNN): a real calendar month and day, and a place-of-birth code
 * the registry issues (states 01–16, 21–59, births abroad 60–99 less a few unused codes). There is no
 * check digit.
 */
export function isPlausibleMyKad(value: string): boolean {
  const m = /^\d{2}(\d{2})(\d{2})-(\d{2})-\d{4}$/.exec(value);
  if (!m) return false;
  const month = Number(m[1]);
  const day = Number(m[2]);
  const place = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && place >= 1 && !UNUSED_MYKAD_PLACES.has(place);
}

/** The Luhn sum of a digit string of any length (luhnValid keeps to card lengths), the last digit undoubled. */
function luhnSum(digits: string): number {
  let sum = 0;
  for (let i = digits.length - 1, double = false; i >= 0; i--, double = !double) {
    const d = (digits.charCodeAt(i) - 48) * (double ? 2 : 1);
    sum += d > 9 ? d - 9 : d;
  }
  return sum;
}

/**
 * The Dutch citizen service number (BSN): nine digits whose "eleven test" holds, the first eight weighted 9 down
 * to 2 and the last weighted −1, the sum a non-zero multiple of 11. Dots or blanks between blocks are ignored.
 */
export function isValidBsn(raw: string): boolean {
  const digits = raw.replace(/[ .]/g, '');
  if (!/^\d{9}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (digits.charCodeAt(i) - 48) * (9 - i);
  sum -= digits.charCodeAt(8) - 48;
  return sum !== 0 && sum % 11 === 0;
}

/**
 * The Swedish personal identity number (personnummer): YYMMDD (or YYYYMMDD), a "-" or "+" (over 100), three serial
 * digits and a Luhn digit over the ten digits YYMMDDNNN. A coordination number (samordningsnummer) adds 60 to the
 * day. The month and day must exist.
 */
export function isValidPersonnummer(raw: string): boolean {
  const m = /^(?:\d{2})?(\d{2})(\d{2})(\d{2})[-+]?(\d{4})$/.exec(raw);
  if (!m) return false;
  const month = Number(m[2]);
  const day = Number(m[3]) > 60 ? Number(m[3]) - 60 : Number(m[3]);
  // 2000 is a leap year, so 29 February of any two-digit year is allowed.
  if (!isRealDate(2000, month, day)) return false;
  return luhnSum(m[1]! + m[2]! + m[3]! + m[4]!) % 10 === 0;
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/**
 * The Spanish DNI (eight digits and a letter) and NIE (X, Y or Z, seven digits and a letter): the letter is the
 * number modulo 23 in the table TRWAGMYFPDXBNJZSQVHLCKE, with the NIE's X, Y and Z read as 0, 1 and 2.
 * A hyphen or blank before the letter or after the NIE's first letter is ignored.
 */
export function isValidDniNie(raw: string): boolean {
  const compact = raw.replace(/[ -]/g, '').toUpperCase();
  const m = /^([XYZ]\d{7}|\d{8})([A-Z])$/.exec(compact);
  if (!m) return false;
  const number = Number(m[1]!.replace(/^[XYZ]/, (c) => String('XYZ'.indexOf(c))));
  return DNI_LETTERS[number % 23] === m[2];
}

/**
 * The Brazilian CPF: nine digits and two modulus-11 check digits, the first over the nine weighted 10 down to 2, the
 * second over the ten weighted 11 down to 2; each is the sum × 10 modulo 11 (10 counting as 0). A number of one
 * repeated digit passes the arithmetic but is not issued. Written 000.000.000-00 or as eleven digits.
 */
export function isValidCpf(raw: string): boolean {
  const digits = raw.replace(/[.\- ]/g, '');
  if (!/^\d{11}$/.test(digits) || /^(\d)\1{10}$/.test(digits)) return false;
  const check = (length: number) => {
    let sum = 0;
    for (let i = 0; i < length; i++) sum += (digits.charCodeAt(i) - 48) * (length + 1 - i);
    return ((sum * 10) % 11) % 10;
  };
  return check(9) === digits.charCodeAt(9) - 48 && check(10) === digits.charCodeAt(10) - 48;
}

/**
 * The French social security number (NIR): sex (1 or 2), year, month, department (two digits, or 2A / 2B for
 * Corsica, read as 19 and 18), commune or country, order number (thirteen characters), then a two-digit key equal to
 * 97 minus the number modulo 97. Blanks between the blocks are ignored.
 */
export function isValidNir(raw: string): boolean {
  const compact = raw.replace(/ /g, '').toUpperCase();
  const m = /^([12]\d{4})(\d{2}|2[AB])(\d{6})(\d{2})$/.exec(compact);
  if (!m) return false;
  const month = Number(compact.slice(3, 5));
  // Months 20 and above (and 99) stand for an unknown month on some numbers; 00 and 13–19 do not occur.
  if (month === 0 || (month > 12 && month < 20)) return false;
  const department = m[2] === '2A' ? '19' : m[2] === '2B' ? '18' : m[2]!;
  const number = BigInt(m[1]! + department + m[3]!);
  return 97n - (number % 97n) === BigInt(m[4]!);
}

/**
 * The German health insurance number (KVNR, Krankenversichertennummer): a letter and nine digits, the last a check
 * digit. The letter as two digits (A = 01 … Z = 26) and the next eight digits are weighted 1, 2, 1, 2 … in turn,
 * each product's digits are added, and the sum modulo 10 is the check digit.
 */
export function isValidKvnr(raw: string): boolean {
  const m = /^([A-Z])(\d{9})$/.exec(raw);
  if (!m) return false;
  const digits = String(m[1]!.charCodeAt(0) - 64).padStart(2, '0') + m[2]!.slice(0, 8);
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const product = (digits.charCodeAt(i) - 48) * (i % 2 === 0 ? 1 : 2);
    sum += product > 9 ? product - 9 : product;
  }
  return sum % 10 === m[2]!.charCodeAt(8) - 48;
}

const HETU_CHECK = '0123456789ABCDEFHJKLMNPRSTUVWXY';

/**
 * The Finnish personal identity code (henkilötunnus): DDMMYY, a century sign (+ for the 1800s; - or U–Y for the
 * 1900s; A–F for the 2000s), a three-digit individual number (002–899) and a check character: the nine digits
 * DDMMYYNNN modulo 31 in the table 0123456789ABCDEFHJKLMNPRSTUVWXY. The birth date must exist.
 */
export function isValidHetu(raw: string): boolean {
  const m = /^(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])$/.exec(raw);
  if (!m) return false;
  const sign = m[4]!;
  const century = sign === '+' ? 1800 : /[A-F]/.test(sign) ? 2000 : 1900;
  if (!isRealDate(century + Number(m[3]), Number(m[2]), Number(m[1]))) return false;
  const individual = Number(m[5]);
  if (individual < 2 || individual > 899) return false;
  return HETU_CHECK[Number(m[1]! + m[2]! + m[3]! + m[5]!) % 31] === m[6];
}

/**
 * The Korean resident registration number: YYMMDD, a hyphen (optional), a sex-and-century digit (1–4 for citizens
 * born 1900–2099, 5–8 for registered foreigners, 9 and 0 for the 1800s), five digits and a check digit: the first
 * twelve weighted 2–9 then 2–5, (11 − sum mod 11) mod 10. The birth date must exist.
 */
export function isValidKoreanRrn(raw: string): boolean {
  const m = /^(\d{2})(\d{2})(\d{2})-?(\d)(\d{6})$/.exec(raw);
  if (!m) return false;
  const sex = Number(m[4]);
  const century =
    sex === 9 || sex === 0 ? 1800 : sex === 1 || sex === 2 || sex === 5 || sex === 6 ? 1900 : 2000;
  if (!isRealDate(century + Number(m[1]), Number(m[2]), Number(m[3]))) return false;
  const digits = m[1]! + m[2]! + m[3]! + m[4]! + m[5]!;
  const weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (digits.charCodeAt(i) - 48) * weights[i]!;
  return (11 - (sum % 11)) % 10 === digits.charCodeAt(12) - 48;
}

/**
 * The Chilean RUT/RUN: a body of up to eight digits (dots between thousands optional), a hyphen and a verifier: the
 * body's digits weighted 2, 3, 4, 5, 6, 7 repeating from the right, 11 minus the sum modulo 11, with 11 written 0
 * and 10 written K.
 */
export function isValidRut(raw: string): boolean {
  const m = /^(\d{1,2}(?:\.\d{3}){2}|\d{7,8})-?([0-9Kk])$/.exec(raw);
  if (!m) return false;
  const body = m[1]!.replace(/\./g, '');
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += (body.charCodeAt(body.length - 1 - i) - 48) * (2 + (i % 6));
  const check = 11 - (sum % 11);
  const expected = check === 11 ? '0' : check === 10 ? 'K' : String(check);
  return expected === m[2]!.toUpperCase();
}

/**
 * The Belgian national register number (rijksregisternummer / numéro national): YYMMDD, a three-digit serial and a
 * two-digit check, 97 minus the nine digits modulo 97, or, for births from 2000, 97 minus (2 followed by the nine
 * digits) modulo 97. Written 85.07.30-033.28 or as eleven digits. The month may be 00 (unknown birth date) or carry
 * +20 or +40 (bis numbers); day 00 is allowed with it.
 */
export function isValidBelgianNn(raw: string): boolean {
  const digits = raw.replace(/[ .-]/g, '');
  if (!/^\d{11}$/.test(digits)) return false;
  const month = Number(digits.slice(2, 4)) % 20;
  const day = Number(digits.slice(4, 6));
  if (month > 12 || day > 31) return false;
  const check = Number(digits.slice(9));
  const first9 = digits.slice(0, 9);
  return 97 - (Number(first9) % 97) === check || 97 - (Number(`2${first9}`) % 97) === check;
}

/**
 * The Turkish identity number (TC Kimlik No): eleven digits not starting with 0; the tenth digit is
 * (7 × (d1 + d3 + d5 + d7 + d9) − (d2 + d4 + d6 + d8)) mod 10 and the eleventh the sum of the first ten mod 10.
 */
export function isValidTcKimlik(raw: string): boolean {
  if (!/^[1-9]\d{10}$/.test(raw)) return false;
  const d = Array.from(raw, (c) => c.charCodeAt(0) - 48);
  const odd = d[0]! + d[2]! + d[4]! + d[6]! + d[8]!;
  const even = d[1]! + d[3]! + d[5]! + d[7]!;
  if ((((odd * 7 - even) % 10) + 10) % 10 !== d[9]) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += d[i]!;
  return sum % 10 === d[10];
}

/**
 * The Israeli identity number (Teudat Zehut): nine digits (shorter numbers padded with leading zeros), the digits
 * weighted 1 and 2 alternately from the left with the digits of each product summed, the total a multiple of ten —
 * for nine digits the same as the Luhn rule. A hyphen before the check digit is ignored; all zeros is no number.
 */
export function isValidTeudatZehut(raw: string): boolean {
  const digits = raw.replace(/-/g, '');
  if (!/^\d{5,9}$/.test(digits) || /^0+$/.test(digits)) return false;
  return luhnSum(digits.padStart(9, '0')) % 10 === 0;
}
