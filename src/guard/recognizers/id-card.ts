import {
  isPlausibleLegacyId,
  isPlausibleMyKad,
  isValidAadhaar,
  isValidBelgianNn,
  isValidBsn,
  isValidCpf,
  isValidDniNie,
  isValidHetu,
  isValidHkid,
  isValidKoreanRrn,
  isValidNric,
  isValidPersonnummer,
  isValidPesel,
  isValidPpsn,
  isValidResidentId,
  isValidRut,
  isValidSaId,
  isValidTaiwanId,
  isValidTcKimlik,
  isValidTeudatZehut,
  luhnValid,
} from './checksums.ts';
import { INSURANCE_WORDS } from './insurance.ts';
import { PatternRecognizer } from './pattern-recognizer.ts';

const CONTEXT = [
  '身份证',
  '身份号码',
  '证件号',
  '证件号码',
  '公民身份',
  '社会保障号码',
  'id card',
  'identity card',
  'id no',
  'id number',
  'national id',
  'hkid',
  '香港身份证',
  '澳门身份证',
  '台湾身份证',
  '证号',
  '旧证',
  // A family calls the legacy 15-digit card the old card ("阿爸的是 …，老证"; round 49).
  '老证',
  '一代证',
  '身份号',
  'nric',
  'fin no',
  'mykad',
  'ic no',
  'ic:',
  'i/c',
];

const ID_LABEL_BEFORE = /(?:身份证|证件|公民身份)(?:号码|号)?[ \t]{0,2}[:：]?[ \t]{0,2}$/;

/**
 * The check of a labelled national number, chosen by its shape (round 59): nine digits are a Dutch BSN, ten or twelve
 * digits (or a birth date and four digits split by - or +) a Swedish personnummer, eleven digits or 000.000.000-00 a
 * Brazilian CPF, digits or X/Y/Z with a closing letter a Spanish DNI or NIE, a series letter with seven digits and a
 * letter a Singapore NRIC or FIN.
 */
function nationalCheckOf(value: string): boolean {
  if (/^[STFG]\d{7}[A-Z]$/.test(value)) return isValidNric(value);
  if (/[A-Z]$/.test(value)) return isValidDniNie(value);
  const digits = value.replace(/[ .+-]/g, '');
  if (digits.length === 9) return isValidBsn(digits);
  if (digits.length === 11) return isValidCpf(digits);
  return isValidPersonnummer(value);
}

/** The check of a round-60 national number, chosen by its label (the shapes of these schemes overlap). */
function nationalCheck2Of(label: string, value: string): boolean {
  if (/enkil|HETU|identity code/.test(label)) return isValidHetu(value);
  if (/RRN|egistration/.test(label)) return isValidKoreanRrn(value);
  if (/RUT|RUN/.test(label)) return isValidRut(value);
  if (/imlik|TCKN/.test(label)) return isValidTcKimlik(value);
  if (/ehut|Israeli/i.test(label)) return isValidTeudatZehut(value);
  return isValidBelgianNn(value);
}

/**
 * Mainland resident identity numbers (18 digits with the GB 11643 check character; 15-digit legacy
 * numbers), plus the Hong Kong, Macau and Taiwan identity cards. A failed checksum is kept only
 * next to an identity label, with a score that loses to any validated type.
 */
export const idCardRecognizer = new PatternRecognizer({
  name: 'pii.id_card',
  type: 'ID_CARD',
  // Formats that share a shape are one regex each (alternatives that cannot match at the same place),
  // so the text is scanned three times instead of seven; `scoreOf` and the validator tell them apart.
  patterns: [
    {
      // Resident numbers: 18 digits with the check character, also split 6-8-4 or 6-4-4-4 by spaces or
      // dashes as some forms print them ("110108 19580314 0520"), and the 15-digit legacy numbers; and
      // the Malaysian MyKad, date of birth, place-of-birth code and serial ("880412-14-5736").
      name: 'resident',
      regex:
        /(?<![0-9A-Za-z])(?:[1-9]\d{5}(?:(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[0-9Xx]|([ -])(?:18|19|20)\d{2}(?:\d{4}\1|\1\d{4}\1)\d{3}[0-9Xx]|\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3})|(?<!-)\d{6}-\d{2}-\d{4}(?!-))(?![0-9A-Za-z])/g,
      score: 0.95,
      scoreOf: (value) => (value.length === 15 ? 0.45 : value.length === 14 ? 0.75 : 0.95),
      prefilter: /\d{6}/,
    },
    {
      // A mainland resident ID named so in English, with a note on the card before the colon ("Chinese resident
      // ID (old card): 110105…", "PRC ID card: …"; round 43): a 15-digit legacy number there is the ID (the
      // bare shape gets a weak score, which a bank card's Luhn reading beats); the validator checks its date.
      name: 'resident-legacy-labelled',
      regex:
        /\b(?:[Rr]esident|Chinese|PRC|[Mm]ainland)(?: resident)? (?:ID|[Ii]dentity)(?: (?:[Cc]ard|[Nn]o\.?|[Nn]umber))?(?: \([^)\n]{1,30}\))?[ \t]{0,2}:?[ \t]{0,3}(?<value>\d{15})(?![0-9A-Za-z])/dg,
      score: 0.95,
      prefilter: /(?:esident|Chinese|PRC|ainland) (?:ID|[Ii]dentity)/,
    },
    {
      // Hong Kong (letters, six digits, check digit in brackets) and Macau (digits, check digit in brackets).
      name: 'hkid-macau',
      regex: /(?<![0-9A-Za-z])(?:[A-Z]{1,2}\d{6}[(（][0-9A]|[1578]\d{6}[(（]\d)[)）]/g,
      score: 0.9,
      scoreOf: (value) => (/^[1578]/.test(value) ? 0.4 : 0.9),
      // The check character may be the letter A ("D123456(A)"; round 50).
      prefilter: /[\dA][)）]/,
    },
    {
      // Taiwan (letter, 1 or 2, eight digits) and Singapore NRIC / FIN with its check letter.
      name: 'taiwan-nric',
      regex: /(?<![0-9A-Za-z])(?:[A-Z][12]\d{8}|[STFG]\d{7}[A-Z])(?![0-9A-Za-z])/g,
      score: 0.85,
      prefilter: /[A-Z]\d{7}/,
    },
    {
      // National numbers that only a label tells apart from other digits: the US Social Security number
      // (3-2-4 digits) and the UK National Insurance number (two letters, three pairs of digits, a letter).
      // A few words may name where the number was given before the colon ("SSN on file: …").
      // An aside in brackets may stand there too ("SSN (used for billing): …"; round 45).
      name: 'ssn-nino',
      regex:
        /\b(?:SSN|Social Security (?:No\.?|Number)|NI (?:number|No\.?)|NINO|National Insurance (?:No\.?|Number))(?: (?:on|per|from) (?:the )?[a-z]{2,12}(?=[ \t]{0,3}:)| \([a-z][a-z ]{2,30}\)(?=[ \t]{0,3}:))?[ \t]{0,3}[:#]?[ \t]{0,3}(?<value>\d{3}(?<dash>[ -]?)\d{2}\k<dash>\d{4}|[A-Z]{2}(?<gap> ?)\d{2}\k<gap>\d{2}\k<gap>\d{2}\k<gap>[A-D])(?![0-9A-Za-z])/dgi,
      score: 0.9,
      // The insurance recognizer's test, which the registry has cached for this text: no extra scan.
      prefilter: INSURANCE_WORDS,
    },
    {
      // A disability certificate number (残疾人证号): the holder's resident ID and two digits for the kind and
      // grade of disability, one number; the ID inside must be valid.
      name: 'disability-certificate',
      regex: /残疾人?证(?:号码?|编号)?[ \t]{0,2}[:：]?[ \t]{0,2}(?<value>\d{17}[\dXx]\d{2})(?![0-9A-Za-z])/dg,
      score: 0.95,
      scoreOf: (value) => (isValidResidentId(value.slice(0, 18)) ? 0.95 : -1),
      prefilter: /残疾/,
    },
    {
      // The South African identity number after its label ("SA ID 8001015009087", "RSA ID no: …"):
      // thirteen digits, also split 6-4-3 by spaces; the birth date and Luhn digit are checked below.
      name: 'za-id',
      regex:
        /\b(?:(?:SA|RSA|South African) ID|South African identity)(?: (?:No\.?|Number))?[ \t]{0,3}[:#]?[ \t]{0,3}(?<value>\d{6}(?<gap> ?)\d{4}\k<gap>\d{3})(?![0-9A-Za-z])/dgi,
      score: 0.9,
      prefilter: /\b(?:SA|RSA|South African) ID/i,
    },
    {
      // The South African identity number after a bare "ID" label ("Thandi Zulu, ID 7105120384086", "ID no.:
      // …"; round 36): thirteen digits whose birth date and Luhn digit are checked below, so a record's own
      // thirteen-digit ID rarely passes. Case-sensitive, so the label is the capitals "ID".
      name: 'za-id-bare',
      regex:
        /\bID(?: [Nn]o\.?| [Nn]umber)?[ \t]{0,3}[:#]?[ \t]{0,3}(?<value>\d{6}(?<gap> ?)\d{4}\k<gap>\d{3})(?![0-9A-Za-z])/dg,
      score: 0.85,
    },
    {
      // The UAE Emirates ID: 784 (the country), the holder's birth year, seven digits and a Luhn digit, written
      // 784-YYYY-NNNNNNN-C, also with blanks (round 42). The shape and the check digit say what it is without a
      // label; the scan stops only at "784" and a separator.
      name: 'emirates-id',
      regex:
        /(?<![0-9A-Za-z-])(?<value>784(?<sep>[- ])(?:19|20)\d{2}\k<sep>\d{7}\k<sep>\d)(?![0-9A-Za-z]|-\d)/dg,
      score: 0.9,
      scoreOf: (value) => (luhnValid(value.replace(/[- ]/g, '')) ? 0.9 : -1),
      prefilter: /784[- ](?:19|20)\d{2}[- ]\d{7}/,
    },
    {
      // An Indian Aadhaar number after its label ("Aadhaar: 7391 5508 2648", "UID no. …"; round 37): twelve
      // digits, also in blocks of four, kept only when the Verhoeff check digit holds (a record's own twelve
      // digits after a mislabelled field rarely pass).
      name: 'aadhaar',
      regex:
        /\b(?:Aadhaa?r|UIDAI|UID)(?: (?:[Nn]o\.?|[Nn]umber|[Cc]ard|#))?[ \t]{0,3}[:#]?[ \t]{0,3}(?<value>[2-9]\d{3}(?<gap>[ -]?)\d{4}\k<gap>\d{4})(?![0-9A-Za-z])/dg,
      score: 0.9,
      scoreOf: (value) => (isValidAadhaar(value) ? 0.9 : -1),
      prefilter: /Aadhaa?r|UID/,
    },
    {
      // A national identity card's number of digits alone after "National ID" ("National ID: 31590274"; round 58), as a
      // Kenyan card prints seven or eight digits and other countries' cards up to eleven: the label says what the
      // number is (no check digit exists to test). Case-sensitive capitals, so "national id checked" is not read.
      name: 'national-id-digits',
      regex:
        /\bNational ID(?: (?:[Cc]ard|[Nn]o\.?|[Nn]umber))?[ \t]{0,3}[:#]?[ \t]{0,3}(?<value>\d{7,11})(?![0-9A-Za-z]|[.,]\d|[/-]\d)/dg,
      score: 0.85,
      prefilter: /National ID/,
    },
    {
      // The Irish Personal Public Service Number after its label ("PPSN 1234567TA", "PPS No. 1234567T"):
      // seven digits and the modulus-23 check letter, with a second letter in the newer numbers (round 36).
      name: 'ppsn',
      regex:
        /\b(?:PPSN|PPS (?:No\.?|Number)|Personal Public Service (?:No\.?|Number))[ \t]{0,3}[:#]?[ \t]{0,3}(?<value>\d{7}[A-W][A-IW]?)(?![0-9A-Za-z])/dgi,
      score: 0.9,
      prefilter: /\bPPS/i,
    },
    {
      // The Polish PESEL after its label ("PESEL 02270803628"; round 39): eleven digits with the birth date and
      // a check digit, so a mistyped number or another eleven-digit run after the word is not read.
      name: 'pesel',
      regex: /\bPESEL(?: (?:[Nn]o\.?|[Nn]umber))?[ \t]{0,3}[:#]?[ \t]{0,3}(?<value>\d{11})(?![0-9A-Za-z])/dg,
      score: 0.9,
      scoreOf: (value) => (isValidPesel(value) ? 0.9 : -1),
      prefilter: /PESEL/,
    },
    {
      // National numbers with a published check digit, after their label (round 59): the Dutch BSN (nine digits,
      // eleven test; "BSN 1112.22.333"), the Swedish personnummer (birth date, serial and Luhn digit; "Personnummer
      // 811218-9876"), the Spanish DNI or NIE (digits and a modulus-23 letter; "NIE X1234567L"), the Brazilian CPF
      // (two modulus-11 digits; "CPF 111.444.777-35") and a Singapore FIN or NRIC named so (check letter), each kept
      // only when its check holds (scoreOf), so a mistyped number or another number after the word is not read.
      // Above a record number's reading of the same token (mrn.ts reads a US hospital's "FIN" as its encounter number).
      name: 'national-checked',
      regex:
        /\b(?:BSN|[Bb]urgerservicenummer|[Cc]itizen [Ss]ervice [Nn]umber|[Pp]ersonnummer|[Ss]amordningsnummer|NIE|DNI|NIF|CPF|FIN|NRIC)(?: (?:[Nn]o\.?|[Nn]umber|#))?[ \t]{0,3}[:#]?[ \t]{0,3}(?<value>\d{4}(?<dot>[. ]?)\d{2}\k<dot>\d{3}|(?:19|20)?\d{6}[-+]?\d{4}|[XYZ]-?\d{7}-?[A-Z]|\d{8}-?[A-Z]|\d{3}\.\d{3}\.\d{3}-\d{2}|\d{11}|[STFG]\d{7}[A-Z])(?![0-9A-Za-z]|[.,]\d)/dg,
      score: 0.95,
      // The shapes do not overlap, so the value's shape names the scheme whose check is tested.
      scoreOf: (value) => (nationalCheckOf(value) ? 0.95 : -1),
      prefilter: /BSN|ervice [Nn]umber|nummer|NIE|DNI|NIF|CPF|FIN|NRIC/,
    },
    {
      // A Brazilian CPF in its printed shape (000.000.000-00) without a label: the dots, the hyphen and both
      // modulus-11 digits together say what it is (a random number passes the two digits once in a hundred).
      name: 'cpf-shape',
      regex: /(?<![0-9A-Za-z.-])(?<value>\d{3}\.\d{3}\.\d{3}-\d{2})(?![0-9A-Za-z]|[.-]\d)/dg,
      score: 0.85,
      scoreOf: (value) => (isValidCpf(value) ? 0.85 : -1),
      prefilter: /\d{3}\.\d{3}\.\d{3}-\d{2}/,
    },
    {
      // National numbers with no published check digit, by their label (round 59): the Nigerian NIN (eleven digits;
      // "NIN 12345678901") and the Ghana Card's personal ID number (GHA, nine digits, one; "Ghana Card GHA-123456789-0").
      // Case-sensitive capitals for NIN, so the word "nin" inside other text is not read.
      name: 'national-labelled',
      regex:
        /\b(?:NIN|National Identification (?:No\.?|Number)|Ghana ?[Cc]ard(?: (?:PIN|[Nn]o\.?|[Nn]umber|#))?)[ \t]{0,3}[:#]?[ \t]{0,3}(?<value>\d{11}|GHA-?\d{9}-?\d)(?![0-9A-Za-z]|[.,/-]\d)/dg,
      score: 0.95,
      prefilter: /NIN|National Identification|Ghana ?[Cc]ard/,
    },
    {
      // More national numbers with a published check, after their label (round 60), each kept only when its check
      // holds: the Finnish henkilötunnus (birth date, century sign, individual number, modulo-31 character;
      // "HETU 131052-308T"), the Korean resident registration number (modulo-11 digit; "RRN 900101-1234568"), the
      // Chilean RUT/RUN (verifier 0-9 or K; "RUT 12.345.678-5"), the Belgian national register number (modulo-97
      // pair; "National number 85.07.30-033.28"), the Turkish TC Kimlik number (two check digits) and the Israeli
      // Teudat Zehut (Luhn). The label picks the scheme, so eleven Turkish digits are never tested as Belgian.
      name: 'national-checked-2',
      regex:
        /\b(?<label>[Hh]enkil[öo]tunnus|HETU|[Pp]ersonal identity code|RRN|[Rr]esident [Rr]egistration (?:[Nn]o\.?|[Nn]umber)|RUT|RUN|[Nn]ational (?:[Rr]egister )?[Nn]umber|[Rr]ijksregisternummer|[Nn]um[ée]ro national|INSZ|NISS|T\.? ?C\.? [Kk]imlik(?: (?:[Nn]o\.?|[Nn]umaras[ıi]))?|TCKN|[Kk]imlik [Nn]o\.?|Teudat Zehut|[Tt]eudat [Zz]ehut|Israeli ID(?: (?:[Nn]o\.?|[Nn]umber))?)(?: (?:[Nn]o\.?|[Nn]umber|#))?[ \t]{0,3}[:#]?[ \t]{0,3}(?<value>\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]|\d{6}-?\d{7}|\d{1,2}\.\d{3}\.\d{3}-[\dkK]|\d{7,8}-[\dkK]|\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}|\d{11}|\d{8}-?\d)(?![0-9A-Za-z]|[.,]\d)/dg,
      score: 0.95,
      scoreOf: (value, match) => (nationalCheck2Of(match.groups?.label ?? '', value) ? 0.95 : -1),
      prefilter:
        /enkil|HETU|identity code|RRN|egistration|RUT|RUN|umber|nummer|national|INSZ|NISS|imlik|TCKN|ehut|Israeli ID/,
    },
    {
      // A driving licence's number after its label ("NC driver's license 144958562727", "AZ DL D08412736",
      // "Driver number: MCILW710220S99KT"; rounds 9, 11, 36): letters (a UK number opens with five of the
      // surname) then digits and letters, five or more characters after the first digit, so "driver's
      // licence checked" or "expired 2025" is not read. "DL" only in capitals (not "mg/dL").
      name: 'driver-licence',
      regex:
        /\b(?:[Dd]river['’]?s?[ -][Ll]icen[cs]e|[Dd]riving [Ll]icen[cs]e|[Dd]river (?:[Nn]umber|[Nn]o\.?|ID)|DL)(?: (?:[Nn]o\.?|[Nn]umber|#))?[ \t]{0,3}[:#]?[ \t]{0,3}(?<value>[A-Z]{0,5}\d[0-9A-Z]{4,17})(?![0-9A-Za-z])/dg,
      score: 0.85,
      prefilter: /[Ll]icen[cs]e|[Dd]river |\bDL\b/,
    },
    {
      // Immigration numbers, by their label: the US Alien Registration Number ("A-Number: A213-884-571",
      // eight or nine digits after an A), the UK Home Office reference ("Home Office ref: T1182047") and
      // the UNHCR registration or case number ("UNHCR case no. 372-14C08211") as English labels write them.
      name: 'immigration',
      regex:
        /\b(?:A-?Number|Alien (?:Registration )?(?:No\.?|Number)|Home Office (?:ref(?:erence)?|reference number)(?: (?:No\.?|Number))?|UNHCR (?:registration|case|individual|reference|ID)(?: (?:No\.?|Number|#))?)[ \t]{0,3}[:#]?[ \t]{0,3}(?<value>A-?\d{3}-?\d{3}-?\d{2,3}|[A-Z]{1,2}\d{6,9}(?:\/\d{1,6})?|\d{3}-\d{2}[A-Z]\d{5}|\d{7,10})(?![0-9A-Za-z])/dgi,
      // Above a record number's reading of "case no." (mrn.ts).
      score: 0.95,
      prefilter: /Number|Alien|Home Office|UNHCR/i,
    },
  ],
  validate: (value, text, start) => {
    if (/^[STFG]\d{7}[A-Z]$/.test(value)) return isValidNric(value);
    if (/^\d{7}[A-Wa-w][A-IWa-iw]?$/.test(value)) return isValidPpsn(value.toUpperCase());
    if (/^\d{6}-\d{2}-\d{4}$/.test(value)) return isPlausibleMyKad(value);
    // An Emirates ID's check digit is tested by its pattern (its 18 characters are no resident ID's).
    if (/^784([- ])\d{4}\1\d{7}\1\d$/.test(value)) return true;
    // A Korean resident registration number in its printed shape (birth date, hyphen, seven digits) is thirteen digits
    // like a South African ID; its own modulo-11 digit is tested first (round 60).
    if (/^\d{6}-\d{7}$/.test(value) && isValidKoreanRrn(value)) return true;
    const compact = (/^\d{6}[ -]/.test(value) ? value.replace(/[ -]/g, '') : value.replace(/ /g, ''))
      .replace('（', '(')
      .replace('）', ')');
    // A failed checksum is kept weakly; right after an identity label, a little less weakly (a typo
    // in a labelled number is still that number, and must beat an unlabelled reading).
    if (compact.length === 18)
      return isValidResidentId(compact)
        ? true
        : ID_LABEL_BEFORE.test(text.slice(Math.max(0, start - 10), start))
          ? 0.45
          : 0.3;
    if (/^\d{15}$/.test(compact)) return isPlausibleLegacyId(compact);
    if (/^\d{13}$/.test(compact)) return isValidSaId(compact);
    if (compact.includes('(')) return /^[1578]/.test(compact) ? true : isValidHkid(compact);
    // Only the Taiwan shape is checked so: an immigration number may open the same way ("A213-884-571").
    if (/^[A-Z][12]\d{8}$/.test(compact)) return isValidTaiwanId(compact);
    return true;
  },
  context: CONTEXT,
  contextWindow: 16,
  contextBoost: 0.35,
});
