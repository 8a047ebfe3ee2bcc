import type { Finding } from '../finding.ts';
import {
  ENGLISH_FIRST_NAMES,
  ENGLISH_NOT_NAMES,
  ENGLISH_SURNAMES,
  PINYIN_GIVEN,
  PINYIN_SURNAMES,
} from '../lexicon/english-names.ts';
import { ROMANISED_PLACES } from '../lexicon/places.ts';
import { CAPS_ADDRESS } from './address-en.ts';
import {
  findNameCues,
  isLowerAscii,
  isNameCapital,
  NAME_CUE_REGEXES,
  RELATION_WORDS,
  ROLE_ABBREVIATIONS,
} from './person-en-cues.ts';
import {
  AGE_AFTER_NAME,
  AGE_MARK,
  DATE_OPENING_LINE,
  MARK_AFTER_NAME,
  NAME_MARKS,
  nameBeforeAgeStarts,
  nameBeforeMarkStarts,
  TWO_WORDS_BEFORE,
} from './person-en-rows.ts';
import type { Recognizer } from './recognizer.ts';

/**
 * English (and romanised Chinese) personal names, by cue: a title (Mr, Dr, Prof…), a name label
 * (Name:, Signed by…, Clinician:), a relation (his wife, her son…), a role abbreviation (RN, HCA), a
 * letter's closing, a common first name or a common family name in a pair of capitalised words, or a
 * pair of capitalised words after a weaker cue (Patient:, Re:, from, for), standing alone between
 * commas, or before an age in brackets; Hong Kong and Vietnamese name forms. The cues are found in one
 * pass over the text (person-en-cues.ts). The name is read token by token and stops at the first word
 * that is not a name; a name followed by "disease" or "syndrome" is an eponym, one followed by
 * "Hospital" or "Centre" a place.
 */
/** Two capitalised words, tried where a capital follows ", ", ": " or "; " (see findNameCues). */
// The second word is not a state or grade abbreviation ("Surrey BC", "Garden III"); a name may have a
// particle ("Ramón de la Peña") and end a form field (two spaces or a tab after it) or the text.
const BETWEEN_COMMAS =
  /[A-ZÀ-ÖØ-Þ][a-zA-Zà-öø-ÿā-ž'’-]{1,24} (?:(?:de la|de|van der|van|von|bin|binti|anak|da|del|di|le) )?(?![A-Z]{1,3}\b|[IVX]+\b)[A-ZÀ-ÖØ-ÞĀ-ž][a-zA-Zà-öø-ÿā-ž'’-]{1,24}(?=[,.;\n]| {2}|\t| \(|$)/y;
/**
 * A pair between commas ending in a word of geography or of a hospital's name is a place ("…, Gold
 * Coast.", "ICU day 4, Wellington Regional."; round 34), not a person; so is a hospital's wing or pavilion
 * ("Room 9, Tōtara Wing"; round 37).
 */
/** A royal title and a name, as hospitals are named ("Queen Elizabeth", "Princess Royal", "King George"). */
const ROYAL_FIRST = /^(?:Queen|King|Prince|Princess|Duke|Duchess) /;
/**
 * A word that opens a city's or town's name and no person's ("…dance clinic, New York", "…, San Diego", "…, Port
 * Moresby", "…, Fort Worth"; round 59): a header's place after a comma, not a pair of names.
 */
const PLACE_FIRST = /^(?:New|San|Santa|Los|Las|Fort|Port|Mount|Palm|Kuala|Buenos|Abu|Tel) /;
/** A given name and a place word after it, as towns are named ("Alice Springs", "Hot Springs", "Twin Falls"). */
/** A place after a Spanish or Portuguese particle closing a "name" ("Santiago de Chile", "Santiago de Compostela"). */
const PARTICLE_THEN_PLACE =
  / (?:de|del|do|da) (?:Chile|Cuba|Compostela|Querétaro|Queretaro|Guatemala|Costa Rica|Colombia|México|Mexico|Bolivia|Venezuela|Janeiro|Portugal|España)$/;
const TOWN_WORD_AFTER_GIVEN = /^[A-Z][a-z]{1,20} (?:Springs|Falls)\b/;
const PLACE_LAST =
  / (?:Regional|Coast|Valley|Heights|Beach|Island|Islands|Harbour|Harbor|Springs|Falls|Creek|Village|City|County|District|Memorial|Central|Base|Wing|Pavilion)$/;
// Diagnostic criteria name their verdict right after them ("Simon Broome probable FH").
const EPONYM_AFTER =
  /^(?:'s|’s)? ?(?:disease|syndrome|sign|lymphoma|phenomenon|thyroiditis|palsy|test|score|scale|classification|criteria|(?:definite|probable|possible|unlikely) (?:FH|familial))\b/i;
/** "Mum (Jenny)", "his wife (Linda)": a relation with the name in brackets after it. */
const RELATION_THEN_BRACKET =
  /(?<=\b(?:son|daughter|wife|husband|mother|father|brother|sister|partner|mum|mom|dad|carer|friend|neighbour|neighbor|niece|nephew|grandson|granddaughter|aunt|uncle)\b) \((?=[A-Z][a-z])/iy;
/** "SMITH, John", "Garcia, Maria": a record's surname-first form, read after a label. */
// A middle initial closing the field belongs to it, with its full stop as a laboratory writes it ("Patient: Prowse,
// Elsa M.   DOB …"; round 58).
// Not before a possessive: "this is Aroha, Tama Whitu's wife" is two people, not one surname-first name.
/** A decimal value right after a word ("Hgb 7.1"): a test's result, not an age. */
const DECIMAL_AFTER = /^[ \t]{1,2}\d{1,3}\.\d/;
const SURNAME_COMMA_GIVEN =
  /[A-ZÀ-ÖØ-ÞĀ-ž][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’-]{1,24}(?: [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]{1,24})?, [A-ZÀ-ÖØ-ÞĀ-ž][a-zà-öø-ÿā-ž]{1,24}(?:-[A-Z]?[a-zà-öø-ÿā-ž]{1,24})?(?: [A-ZÀ-ÖØ-ÞĀ-ž][a-zà-öø-ÿā-ž]{1,24}| [A-Z]\.?(?= {2}|\t|\r?\n|$))?(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ž]|['’]s\b| [A-Z][a-z]{1,24}['’]s\b)/y;
/** A "SURNAME, Given" field between bars, the surname's first letter and rest and the given name captured. */
const PIPE_SURNAME_FIELD =
  /\| [A-Z]([A-Z'’-]{1,30}), ([A-Z][a-z]{1,24})(?:-[A-Z]?[a-z]{1,24})?(?= \||[ \t]*(?:\r?\n|$))/y;
/**
 * "MORRIS, Keith  barcode …": a line that opens with a surname in capitals, a comma and a given name,
 * as specimen and casualty lists write them without a label.
 */
/**
 * A list row opening with a name (after an optional item or bed number), then a column gap, a dash, a
 * plus, a bar, or a comma before a lower-case word or a number.
 */
const ROSTER_ROW =
  /[ \t]{0,3}(?:\d{1,3}[.)]?[ \t]{1,3})?([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿā-ž'’]{1,20}(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿā-ž'’]{1,20})?(?: [A-ZÀ-ÖØ-ÞĀ-ž][a-zà-öø-ÿā-ž'’]{1,20}(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿā-ž'’]{1,20})?){1,2})(?= {2,}[^ ]|\t| [—–+|] |\||, (?:[a-z0-9]|NBM))/y;

/** The rows of a list of people: where each name starts, its words, and whether a word is a known name. */
function rosterRows(text: string): Array<{ at: number; words: string[]; known: boolean }> {
  const rows: Array<{ at: number; words: string[]; known: boolean }> = [];
  for (let line = 0; line >= 0; line = text.indexOf('\n', line) + 1 || -1) {
    ROSTER_ROW.lastIndex = line;
    const m = ROSTER_ROW.exec(text);
    if (!m) continue;
    const words = m[1]!.split(' ');
    const known =
      ENGLISH_FIRST_NAMES.has(words[0]!) || ENGLISH_SURNAMES.has(words[words.length - 1]!.split('-')[0]!);
    rows.push({ at: m.index + m[0].length - m[1]!.length, words, known });
  }
  return rows;
}

/** A heading line with a name after a dash, ending the line or followed by a comma. */
const HEADING_NAME =
  /^[A-Z][A-Za-z0-9 /&'’-]{1,40} [—–] ([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿā-ž'’]{1,20}(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿā-ž'’]{1,20})?(?: [A-ZÀ-ÖØ-ÞĀ-ž][a-zà-öø-ÿā-ž'’]{1,20}(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿā-ž'’]{1,20})?){1,2})(?=,|[ \t]*$| \([A-Z]{0,3}\d{4,10}\))/;
const HEADING_NAME_END = /^(?:,|[ \t]*(?:\r?\n|$)| \([A-Z]{0,3}\d{4,10}\))/;
/** The patient's details after a heading's name: a ward, bed, age or months, or a DOB / record line. */
// Not a full date: "Admission note — Gen Surg, 20/11/2026" dates the note, after its specialty (an age
// in months, ", 5/12 old", stays a detail).
const DETAILS_AFTER_HEADING_NAME =
  /^(?:, (?:ward|bed|age|aged|\d(?!\d?[/.-]\d{1,2}[/.-]\d))|[ \t]*\r?\n(?:DOB|D\.O\.B|MRN|NHS|Hosp|URN|Age)\b| \([A-Z]{0,3}\d{4,10}\))/i;
// A numbered list may put the item number first ("1. WHITTINGTON, Mavis  90").
const CAPS_SURNAME_LINE = /[ \t]{0,3}(?:\d{1,3}[.)][ \t]{1,2})?(?=[A-Z]{2,}(?:[-'’][A-Z]{2,})?, [A-Z][a-z])/y;
/**
 * "…bed 9. RAWCLIFFE, Edwin, 67, NHS …": a surname in capitals, a comma, a given name and an age after a
 * sentence's or a field's end: the age says the pair is a person, mid-line as at a line start.
 */
const CAPS_SURNAME_GIVEN_AGE =
  /(?<=[.;:] )(?=[A-Z]{2,}(?:[-'’][A-Z]{2,})?, [A-Z][a-z]{1,24}(?:-[A-Z]?[a-z]{1,24})?, (?:1[01]\d|[1-9]?\d)(?:,|[ \t]{0,2}(?:y|yo|yrs?|years?|[MF])\b))/g;
/**
 * "Cosmo Plumridge, 2 Orchard Mews, Harrogate …": a first and last name opening a line or a sentence,
 * then a comma and a house number, a street's capitalised words, a comma and a town: an invoice's or a
 * letter's sender or addressee written before their address.
 */
const NAME_BEFORE_HOUSE_NUMBER =
  /(?:^|\n|[.!?] )([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]{1,20}(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]{1,20})? (?:Mc|Mac|O['’])?[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]{1,20}(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]{1,20})?), (?=[0-9]{1,5}[A-Za-z]? (?:(?:Rue|Chemin|Avenue|Boulevard) (?:(?:de|du|des|la|le) )?)?[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]{1,20}(?:-[A-ZÀ-ÖØ-Þ]?[a-zà-öø-ÿ'’]{1,20})?(?: [A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]{1,20}(?:-[A-ZÀ-ÖØ-Þ]?[a-zà-öø-ÿ'’]{1,20})?){0,3}, [A-Z])/g;
/**
 * "S: Maud Tregear-Lowe says the pain is less": a SOAP note's subjective line opening with the patient's
 * first and last name and a reporting verb.
 */
/** A SOAP note's objective, assessment or plan heading opening the line ("A: "). */
const SOAP_HEADING_BEFORE = /(?:^|\n)[AOP]: $/;
const SOAP_SUBJECTIVE_NAME =
  /(?:^|\n)(?:S|Subjective)[ \t]?:[ \t]{1,2}([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]{1,20}(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]{1,20})? (?:Mc|Mac|O['’])?[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]{1,20}(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]{1,20})?) (?=(?:says|said|reports|reported|states|stated|feels|felt|describes|denies|complains|notes|thinks)\b)/g;
/**
 * "cubicle 2 is Mr Trevorrow, Jory, sixty-one, …": a handover names the patient by title and surname,
 * then the given name and the age; the given name is read as its own name (the title's name is read by
 * the title cue).
 */
const TITLE_SURNAME_GIVEN_AGE =
  /\b(?:Mr|Mrs|Ms|Miss|Mx)\.? [A-Z][a-z'’]{1,24}(?:-[A-Z][a-z'’]{1,24})?, ([A-Z][a-z'’]{1,20}), (?=\d|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b)/g;
/**
 * "Chan Wing-yee, F, 52": a Hong Kong name in surname-first order (the given name's syllables joined by
 * a hyphen, the second in lower case) opening a line before a comma, as a clinic's record line writes it.
 */
// The name in Chinese characters may stand in brackets before the comma ("Tse Siu-fong (謝小芳), F, 93"; round 36).
const HK_NAME_LINE =
  /(?:^|\n)[ \t]{0,3}([A-Z][a-z]{1,6} [A-Z][a-z]{1,6}-[a-z]{2,6})(?=, | ?[(（][\u3400-\u9fff]{2,4}[)）],)/g;
/** A record number's last digit and a column gap before a surname in capitals, a comma and a given name. */
const CAPS_SURNAME_AFTER_NUMBER = /\d(?: {2,4}|\t)(?=[A-Z]{2,}(?:[-'’][A-Z]{2,})?, [A-Z][a-z])/g;
// Accented letters too ("DUNLEA, Clíona"): else the column test reads from inside the given name.
const GIVEN_AFTER_COMMA = /[A-Z][a-zà-öø-ÿā-ž]+(?:-[A-Z]?[a-zà-öø-ÿā-ž]+)?/y;
/** What may follow "SURNAME, Given": a column gap, a bracket, a bed, a dash, or the line's end. */
const COLUMN_AFTER_GIVEN = /^(?: {2}|\t| \(| bed\b| [—–-] |[ \t]*(?:\r?\n|$))/;
/**
 * Whether the "SURNAME, Given" at `at` has a known surname or given name, or fills a column (the line
 * ends or a gap follows): capitals and a comma also write headings ("NOTE, Please").
 */
function capsSurnameKnownOrColumn(text: string, at: number): boolean {
  const comma = text.indexOf(', ', at);
  const surname = text.slice(at, comma);
  GIVEN_AFTER_COMMA.lastIndex = comma + 2;
  const given = GIVEN_AFTER_COMMA.exec(text)?.[0] ?? '';
  return (
    ENGLISH_SURNAMES.has(surname[0] + surname.slice(1).toLowerCase()) ||
    ENGLISH_FIRST_NAMES.has(given) ||
    COLUMN_AFTER_GIVEN.test(text.slice(comma + 2 + given.length, comma + 10 + given.length))
  );
}
/** Reads the "SURNAME, GIVEN" CAPS_SURNAME_CAPS_GIVEN just matched when either part is a known name and neither a word. */
function capsSurnameCapsGiven(found: NameFindings, text: string, line: number): void {
  CAPS_SURNAME_CAPS_GIVEN.lastIndex = line;
  const m = CAPS_SURNAME_CAPS_GIVEN.exec(text);
  if (!m) return;
  const title = (w: string) => w[0] + w.slice(1).toLowerCase();
  const surname = title(m[1]!);
  const given = title(m[2]!);
  if (notName(surname) || notName(given)) return;
  // After a patient or name label in capitals ("PATIENT: VOSBURGH, EARL") the field says it is a name,
  // so an unlisted surname and given name count too, unless either is an ordinary word.
  const labelled = m[0].includes(':');
  if (labelled && (ENGLISH_NOT_NAMES.has(m[1]!.toLowerCase()) || ENGLISH_NOT_NAMES.has(m[2]!.toLowerCase())))
    return;
  if (!labelled && !ENGLISH_FIRST_NAMES.has(given.split('-')[0]!) && !ENGLISH_SURNAMES.has(surname)) return;
  const end = m.index + m[0].length;
  found.push(end - m[1]!.length - 2 - m[2]!.length - m[3]!.length, end, 0.8);
}
/** What must follow a self-introduction or greeting: the name, then punctuation or a few words. */
// An aside in lower case in brackets may follow the name ("Hi, it's Ada Quinn (due 3rd May)…"; round 45); a
// field in brackets ("this is Ada Ward (DOB …)") is left to the rules that read a name before a birth date. A
// greeting's name may run straight into the writer's own introduction ("Hi Wren it's Jo, …"; round 47).
// A self-introduction may give the birth date in brackets after the name ("Hi it's Noor Hale (02/03/1988), …"; round 50).
const INTRO_TAIL =
  /^[A-ZÀ-ÖØ-ÞĀ-ž][a-zà-öø-ÿā-ž]+(?:-[A-Z][a-z]+)?(?: (?:Mc|Mac|O['’])?[A-ZÀ-ÖØ-ÞĀ-ž][a-zà-öø-ÿā-ž]+)?(?:[,.!;]| \((?=[a-z]|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\))| [—–-] | [Dd][Oo][Bb]\b| here\b| again\b| from\b| btw\b| by the way\b|['’]s | it['’]s\b| this is\b|$)/;
/** A booking's time before "with" and the person it is with ("at 14:40 with Mungo", "@ 9.30am with Tess"). */
const WITH_AFTER_TIME = /\b(?:at|@) \d{1,2}[:.]\d{2}(?: ?[AaPp]\.?[Mm]\.?)? with (?=[A-Z][a-z])/g;
/** What ends the name after WITH_AFTER_TIME: a clause's end or a preposition. */
const WITH_NAME_END = /^(?:[.,;!)]|[ \t]*(?:\r?\n|$)| (?:at|in|on|for|and|to)\b)/;
/** What ends a clause right after a given name: a stop, a comma, a question or the line's end. */
const CLAUSE_END_AFTER_GIVEN = /^(?:[.,;!?]|[ \t]*(?:\r?\n|$))/;
/** A service or place rather than a person after "with" ("with Audiology", "with Outpatients"). */
const SERVICE_LIKE = /(?:ology|ics|ery|apy|etry|ation|ients?|ing|Team|Clinic)$/;
/** A staff member's role right before a bracket holding the given name ("physio (Kirsty)"). */
const STAFF_ROLE_BEFORE_BRACKET =
  /\b(?:[Pp]hysio|[Pp]hysiotherapist|OT|SLT|SALT|[Dd]ietitian|[Dd]ietician|[Pp]harmacist|[Ss]ocial worker|[Tt]herapist|[Pp]sychologist|[Cc]haplain|[Mm]idwife|HCA|[Pp]orter|[Pp]hlebotomist|[Ss]upport worker|[Hh]ealth visitor)$/;
/** A given name alone in brackets ("(Kirsty)"). */
const GIVEN_IN_BRACKETS = /^\(([A-Z][a-z]{2,15})\)/;
/** "Oksana (daughter)": a name with the relation in brackets (tried right after a capitalised word). */
const RELATION_BRACKET =
  / \((?:wife|husband|son|daughter|mother|father|mum|mom|dad|partner|sister|brother|carer|caregiver|friend|neighbour|neighbor|niece|nephew|grandson|granddaughter|grandmother|grandfather|aunt|uncle|cousin|fiancée?|guardian|next of kin|nok)\b/y;
/**
 * What follows a first and last name that opens a sentence ("Declan Moyo was much brighter", "Kwame
 * Asante missed his session"): a verb that says what a person does or how they are.
 */
const PERSON_VERB =
  / (?:was|is|has|had|remains|remained|slept|reports|reported|denies|denied|complains|complained|says|said|feels|felt|ate|went|came|attended|missed|declined|agreed|asked|presented|underwent|will|would|can|could|did|does|looks|looked|seems|seemed|became|continues|continued|tolerated|tolerating|refused|requested|wants|wanted|needs|needed|mobilised|mobilized|walked|got|takes|took|lives|lived|works|worked|tells|told|called|rang|phoned|appears|appeared|spent|returned|arrived|left|vomited|fell|collapsed|reviewed|seen|collecting|collected|received|feeding|mobilising|mobilizing|transferred|discharged|admitted|attending|presenting|reporting|awaiting|exposed|keen|happy|unhappy|anxious|settled|stable|spiking|desaturating|deteriorating|complaining|refusing|agitated|confused|drowsy|febrile)\b/y;
const SENTENCE_BEFORE = /(?:^|[.!?;:]\s{1,3}|\n\s{0,3})$/;
/** The end of a form field: the line, a comma or semicolon, a bracket, two blanks or a tab. */
// A phone number may follow the name on a contact line ("DOT worker: Ama Boateng 07700 900123").
const FIELD_END = /^(?:$|\r?\n|[,;|]| ?\(| {2}|\t| (?:\+\d|0\d)[0-9 ()-]{5,16}\d(?![0-9]))/;
/** A full stop closing a line or the text, after a field's single known first name. */
const GIVEN_STOP_END = /^\.[ \t]*(?:\r?\n|$)/;
const GIVEN_THEN_STOP = /[A-Z][a-z'’-]{1,20}(?=\.[ \t]*(?:\r?\n|$))/y;
function givenThenStop(text: string, at: number): boolean {
  GIVEN_THEN_STOP.lastIndex = at;
  const m = GIVEN_THEN_STOP.exec(text);
  return m !== null && ENGLISH_FIRST_NAMES.has(m[0]);
}
/** " (93)", " (7)": an age in brackets right after a name. */
const AGE_IN_BRACKETS = / \(\d{1,3}\)/y;
/** A role abbreviation at the start of a name ("RN Tayla Brooks"). */
const ROLE_BEFORE_NAME = /^([A-Z]{2,4}[12]?) (?=[A-ZÀ-ÖØ-ÞĀ-ž])/;
/**
 * Roles left out of a name read from another cue ("with PT Ines Marr", "and IMCA Ola Brandt"), but no
 * cue of their own: PT is also the prothrombin time ("PT Prolonged at 19 s").
 */
const ROLES_BEFORE_NAME_ONLY: ReadonlySet<string> = new Set(['PT', 'IMCA', 'IMHA', 'IDVA']);
/**
 * Words after which a capitalised pair is a place or an organisation, not a person: "Rural Health
 * Centre", "Springfield Community Hospital", "Happy Tails Visits", "Fernlea Court care home".
 */
// A practice named by its place and its specialty ("this is Lakeside Pediatrics", "Harbour Dermatology"; round 45).
const INSTITUTION_AFTER =
  /^ (?:Pediatrics|Paediatrics|Orthopedics|Orthopaedics|Obstetrics|Geriatrics|[A-Z][a-z]{2,12}ology|Centre|Center|Hospital|Clinic|Practice|Surgery|Health|Service|Services|Unit|Trust|University|School|College|Institute|Foundation|Pharmacy|Medical|Community|Hotel|Visits|Charity|Society|Association|Network|Club|Group|Volunteers|Agency|Ltd|Inc|LLC|Team|Department|Dept|Office|Desk|Committee|team|teams|department|dept|office|desk|committee|(?:[Cc]are|[Nn]ursing|[Rr]est|[Rr]esidential|[Rr]etirement) [Hh]ome)\b/;
/**
 * An institution named for what it serves ("Hospital for Tropical Diseases", "Centre for Sight"; round 45): the
 * capitalised words after its "for" are its name, not a person's.
 */
const INSTITUTION_FOR_BEFORE =
  /\b(?:Hospital|Centre|Center|Institute|School|Society|Foundation|Trust|Fund|Association|Council|Clinic|Service|Unit|College|Academy|Ministry|Office|Department|Agency|Commission|Home) for $/;
/** A team or office read as the name's last word ("Dear Booking Office", "Dear Records Team"). */
// An organisation's last word ends a candidate as no person ("To: GI Associates", "Harbour Partners"),
// and so does a shop's ("Pharmacy: Larkspur Vale Drug").
/** A role noun after a capitalised word ("Dear Orthopaedic Registrar"): the word is a specialty, not a name. */
const ROLE_NOUN_AFTER =
  /^ (?:Registrar|Registrars|Colleague|Colleagues|Consultant|Consultants|Physician|Surgeon|Specialist|Doctor|Doctors|Sir|Madam)\b/;
/** A given name before a doctor's or nurse's grade in brackets ("Ollie (FY1)"). */
// Or before a nursing, allied or lab role in brackets ("key given to Tamsin (DN)", "by Ewan (BMS)"; round 40).
// The grade may follow its unit's letters or area ("Kiri (PACU RN)", "Moana (recovery nurse)"; round 56).
const GIVEN_BEFORE_GRADE =
  /\b([A-Z][a-z'’-]{1,20}) \((?:(?:PACU|ICU|ITU|HDU|CCU|NICU|PICU|ED|AE|A&E|OR|theatre|recovery|scrub|anaesthetic|anesthesia) )?(?:nurse|(?:ward|charge|staff|night|duty) nurse|nurse in charge|ward sister|FY[12]|SHO|SpR|StR|CT[12]|ST[1-8]|RN|NP|reg|Reg|registrar|intern|DN|DSN|HV|HCA|RGN|ANP|CNS|BMS|ODP|OT|PT|SLT|SW)\)/g;
// A clinic for a group of people ends in the group before its possessive ("Lakeview Women's Health"; round 36).
// A procedure's name ends in its kind, as a consent form's heading writes it ("CONSENT FOR UPPER GI ENDOSCOPY"; round 53).
const TEAM_LAST =
  / (?:Women|Men|Children|Ladies|Team|Department|Dept|Office|Desk|Committee|Associates|Partners|Partnership|Group|Consultants|Healthcare|Clinic|Practice|Drug|Drugs|Pharmacy|Chemist|Chemists|Dental|Dentistry|Optical|Opticians|Optometry|Physiotherapy|Podiatry|Orthodontics|Audiology|Imaging|Radiology|Pathology|Laboratories|[A-Z][A-Za-z]{1,20}(?:scopy|SCOPY|ectomy|ECTOMY|otomy|OTOMY|ostomy|OSTOMY|plasty|PLASTY|graphy|GRAPHY))$/;
const VIETNAMESE_SURNAMES: ReadonlySet<string> = new Set(
  'Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Truong Dinh Lam Mai Trinh Luong Cao Ha'.split(
    ' ',
  ),
);
/** The middle and given names after a Vietnamese surname ("Thi Hoa", "Van Minh"). */
const VIETNAMESE_REST =
  / (?:Thi|Thị|Van|Văn|Duc|Đức|Ngoc|Ngọc|Minh|Huu|Hữu|Quang|Thanh|Xuan|Xuân|Kim|Dinh|Đình|Cong|Công|Hong|Hồng|Gia|Bao|Bảo|Tuan|Tuấn) [A-ZÀ-ÖØ-ÞĀ-žĐ][a-zà-öø-ÿā-ž\u1E00-\u1EFF]{1,12}(?: [A-ZĐ][a-zà-öø-ÿā-ž\u1E00-\u1EFF]{1,12})?(?![A-Za-z])/y;
// An initial ("A. Patel") is tried first, so that "A" is not read as a word of its own.
// Letters include Latin-1, Latin Extended-A and Vietnamese (José, Zoë, Łukasz, Nguyễn), with the horned
// o and u of Vietnamese, which lie outside both blocks (Thư, Lường), and the comma-below s and t of Romanian
// (Ionuț, Știrbu; round 52), which lie outside them too.
// An initial may also stand before a particle ("S. de Vere", "J. van Dam"). Two or three initials may be
// glued, with a hyphen for a French double given name ("J.R. Tolkien", "J.-P. Ouellet"; round 37). An apostrophe inside a
// Polynesian or Hawaiian name may come before a small letter ("Fa'afetai", "Kealoha-Ka'ana"), not a
// possessive or a contraction ("Mark's", "Sam'll").
// Filipino names shorten María to "Ma." before the next given name ("Ma. Teresa Lacson"; round 59): a token like an initial.
const TOKEN =
  /Ma\.(?= [A-ZÀ-ÖØ-ÞĀ-ž][a-zà-öø-ÿā-ž])|[A-Z]\.(?:-?[A-Z]\.){0,2}(?= [A-ZÀ-ÖØ-ÞĀ-ž]| (?:de|van|von|da|di|du|le|la|ap) [A-ZÀ-ÖØ-ÞĀ-ž])|[A-ZÀ-ÖØ-ÞĀ-ž\u0218\u021A][a-zA-ZÀ-ÖØ-öø-ÿĀ-ž\u01A0-\u01B0\u0218-\u021B\u1E00-\u1EFF]{0,24}(?:-[A-Za-zÀ-ÖØ-öø-ÿĀ-ž][a-zA-ZÀ-ÖØ-öø-ÿĀ-ž\u01A0-\u01B0\u0218-\u021B\u1E00-\u1EFF]{0,24}|['’][A-ZÀ-ÖØ-ÞĀ-ž][a-zA-ZÀ-ÖØ-öø-ÿĀ-ž\u01A0-\u01B0\u0218-\u021B\u1E00-\u1EFF]{0,24}|['’](?!(?:ll|re|ve|am|all)(?![a-z]))[a-zà-öø-ÿā-ž]{2}[a-zA-Zà-öø-ÿā-ž]{0,22}){0,2}/y;
/** Name particles between the parts of a name: "Pieter van der Berg", "Maria de la Cruz", "Ahmad bin Ismail". */
// Scottish Gaelic "Mac an t-" and "Nic an t-" glue the article to the next part ("Mac an t-Saoir").
// Irish "Mac", "Nic", "Ní" and "Ó" stand as words of their own before the next part ("Seán Mac Giolla
// Phádraig"), so they join parts like "van" instead of using up one of the three tokens; so do a married
// woman's "Uí" and "Mhic" ("Nóirín Uí Bhriain", "Síle Mhic Aodha"; round 38).
// Irish glues a t before S after "an" and an h before a vowel after "Ó", "Ní", "Uí" ("Nic an tSaoir",
// "Ó hAodha"; round 39): the small letter goes with the particle.
// Filipino names write the Spanish particle glued and capitalised ("Dela Cruz", "Delos Reyes"; round 52).
// An Iban name joins the father's name by "anak" (child of) as a Malay one does by "bin" ("Jugah anak Barieng"; round 57).
const PARTICLE =
  /(?:(?:Mac|Nic) an t-|(?:Mac|Nic) an t(?=S[a-z])|(?:Ó|Ní|Uí) h(?=[AEIOUÁÉÍÓÚ][a-z])|(?:Mac|Nic|Mhic|Ní|Uí|Ó|Dela|Delos|van der|van den|van de|von der|de la|de los|de las|van|von|de|del|della|da|di|du|dos|das|le|la|bin|binti|binte|bte|bint|ibn|anak|al|el|ter|ten|ap|ab|s\/o|d\/o|a\/l|a\/p) )(?=[A-ZÀ-ÖØ-ÞĀ-ž])/y;
/**
 * The Arabic article written capitalised and apart inside a Gulf name ("Hessa Saif Al Mansoori"; round 45):
 * a particle only after the name's first word, since "Al" alone is also a given name ("Al Jones").
 */
const ARABIC_ARTICLE = /(?:Al|El) (?=[A-Z][a-z])/y;
const CAPITAL_NEXT = /[A-ZÀ-ÖØ-ÞĀ-ž]/;
/** The dashes that open a signature line, longest first. */
const SIGNATURE_DASHES = ['——', '—', '–', '--', '-'];
const isBlankCode = (code: number) => code === 0x20 || code === 0x09;
/**
 * Where the name starts on a line opened by a dash ("— L. Fairweather", "——Niamh", "- Niamh"): up to
 * four blanks, a dash, at most one blank, a capital; or -1. Lines are few, so each is read from its start.
 */
function signatureAt(text: string, lineStart: number): number {
  let at = lineStart;
  while (at < text.length && at - lineStart < 4 && isBlankCode(text.charCodeAt(at))) at++;
  for (const dash of SIGNATURE_DASHES) {
    if (!text.startsWith(dash, at)) continue;
    const after = at + dash.length;
    if (isBlankCode(text.charCodeAt(after)) && isNameCapital(text.charCodeAt(after + 1))) return after + 1;
    if (isNameCapital(text.charCodeAt(after))) return after;
  }
  return -1;
}
/**
 * A dashed line that reads as a list item, not a signature: one capitalised word, then a lower-case
 * word or a number ("- Take paracetamol", "- Use crutches", "- Keep 2 days").
 */
// An adjective and a comma may open it before lower-case words ("- Soft, cool foods for the first week"; round 56).
const BULLET_ITEM = /[A-Z][a-z]{1,14}(?: (?:[a-z]{1,20}|\d)|, [a-z]{2,20} [a-z]{2,20} [a-z])/y;
/** An allied or nursing role before a bracket that holds a first and last name ("OT (Ines Kowal)"). */
const ROLE_BEFORE_BRACKETED_NAME =
  /\b(?:PT|OT|SLT|SALT|SLP|RN|NP|CNS|DN|HCA|SW|[Pp]hysio|[Dd]ietitian|[Pp]harmacist|[Ss]ocial worker|[Ii]nterpreter|[Cc]haplain) \((?=[A-ZÀ-ÖØ-ÞĀ-ž])/g;
const CLOSING_BRACKET = /^\)/;
/** A place and a compass word closing a bracket: a service's area ("(Leeds North)", "(Perth Central)"). */
const AREA_IN_BRACKET =
  /^[A-Z][a-z'’-]{1,20}(?: [A-Z][a-z'’-]{1,20})? (?:North|South|East|West|Central|Metro)\)/;
/** Dotted initials alone signing after a dash, before a credential or the line's end ("— J.M., MD"; round 39). */
const DOTTED_INITIALS_SIGNATURE =
  /[A-Z]\.[A-Z]\.(?:[A-Z]\.)?(?=,? (?:MD|DO|PA|NP|RN|MBBS|FNP|DNP|PharmD)(?![A-Za-z0-9])|[ \t]*(?:\r?\n|$))/y;
/** The last words of the text after a line break or a sentence end: "…the scans. Lily", "\nRoman Kowalski". */
// A spoken handover closes "That's it from me, Priya." or "That's all, Priya.": the name after the comma.
// Or after a dash, the transcript closing its quote ("That's it from me — Omar.\""; round 55).
const SIGN_OFF =
  /(?:^|\n|[.!?] |\b(?:from me|[Tt]hat's (?:it|all)|[Tt]hat’s (?:it|all))(?:, | (?=[-—–])))[ \t]{0,4}(?:[-—–]{1,2} ?)?([A-ZÀ-ÖØ-ÞĀ-ž][a-zà-öø-ÿā-ž'’-]{1,20}(?: [A-ZÀ-ÖØ-ÞĀ-ž][a-zà-öø-ÿā-ž'’-]{1,20}){0,2})[ \t]*\.?["”]?[ \t]*$/g;
/**
 * A dash-signed first name and the signer's profession closing the text ("… Bring your shoes. — Tomas,
 * Orthotist"; round 49).
 */
const DASH_SIGN_OFF_WITH_ROLE =
  /(?:^|\n|[.!?] )[ \t]{0,4}[—–] ?([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]{1,20}), (?:[A-Z][a-z]{2,20} )?[A-Z][a-z]{2,20}(?:ist|ian|ife|urse)\.?[ \t]*$/;
/**
 * A care-team contact line: a role in lower case, the worker's first name and a colon before their number
 * ("Heart failure nurse Odile: 01632 960 114", "Diabetes educator Ana: (505) …"; round 49).
 */
const ROLE_NAME_COLON_PHONE =
  /\b(?:educator|coordinator|co-ordinator|navigator|dietitian|dietician|physio|physiotherapist|therapist|nurse|midwife|worker|counsel{1,2}or|pharmacist|practitioner|specialist)[ \t]([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]{1,20}):[ \t]{0,2}(?=\+?\(?\d)/dg;
/** A number's last digit and a column gap before a capitalised word. */
const NAME_AFTER_NUMBER = /\d(?: {2,4}|\t)(?=[A-ZÀ-ÖØ-Þ][a-z])/g;
/** A column gap and a health-card, insurance or record label after a name opening a line. */
const ID_LABEL_AFTER_NAME =
  /^(?: {2,4}|\t)(?:OHIP|NHS|NHI|CHI|MRN|URN|DOB|D\.O\.B|Medicare|Medicaid|MSP|PHN|HCN|RAMQ|IHI|PPSN|SSN|Hosp(?:ital)? No|Health Card|Member ID|Policy)\b/;
/** What follows a chat speaker addressed by name: a request or a promise to them ("I'll", "can you"). */
const ADDRESSED_AFTER =
  /^(?:I['’]ll|I will|I['’]m|I can|I['’]ve|can you|could you|will you|are you|did you|do you|you|pls|please|r u)\b/;
/** Two to four capitalised words opening a line before a Singapore NRIC or a Hong Kong ID in brackets. */
// The bracket may name the card before the number, and hold a Malaysian IC ("Tan Boon Hock (NRIC S…)", "(IC 670314-…)";
// round 57).
const NAME_BEFORE_BRACKETED_ID =
  /(?<=^|\n)[ \t]{0,3}(?:(?:Pt|Patient|Mr|Mrs|Ms|Miss|Mdm|Madam|Dr|Name|Client|Resident) )?(?!(?:Pt|Patient|Mr|Mrs|Ms|Miss|Mdm|Madam|Dr|Name|Client|Resident) )([A-Z][a-z'’-]{1,20}(?: [A-Z][a-z'’-]{1,20}){1,3}) \((?=(?:(?:NRIC|FIN|HKID|IC|MyKad)(?: [Nn]o\.?)?:? ?)?(?:[STFGM]\d{7}[A-Z]\)|[A-Z]{1,2}\d{6}\([0-9A]\)\)|\d{6}-\d{2}-\d{4}\)))/dg;
/** Capital letters joined by hyphens, as a surname is spelt out in a dictation ("B-O-U-D-R-E-A-U"). */
const SPELLED_CAPITALS = /(?<![A-Za-z0-9-])(?:[A-Z]-){2,24}[A-Z](?![A-Za-z0-9-])/g;
/** A capitalised word opening the text before a dash and a capital or digit. */
const ADDRESSEE_DASH_OPENING = /^[ \t]{0,3}([A-Z][a-z'’-]{1,20}) [—–] (?=[A-Z0-9])/d;
/** An exclamation or a comma right after a speaker's name called at the start of a turn. */
const CALLED_AFTER = /^(?:!|, ?[a-z])/;
/** Whether the colon at `colon` ends a speaker's label opening its line (a turn, not a field's value). */
const atLineTurn = (text: string, colon: number): boolean => {
  const line = text.lastIndexOf('\n', colon) + 1;
  return colon - line <= 30 && !text.slice(line, colon).includes(':');
};
/** A loving closing after a sentence and the writer's first name ending the text ("…nights. Love, Posy"). */
// "Best," closes a patient's portal message the same way ("…on December 8? Best, Chuk").
const LOVE_TAIL =
  /(?:^|[.!?\n][ \t]{0,3})(?:(?:[Ll]ove|[Mm]uch love|[Ll]ots of love|[Ww]ith love|[Aa]ll my love|[Ll]ove from|[Hh]ugs),?[ \t]{1,2}|[Bb]est(?: wishes)?,[ \t]{1,2})([A-Z][a-z'’-]{1,20}(?: [A-Z][a-z'’-]{1,20})?)(?: and [A-Z][a-z'’-]{1,20})?[ \t]*[.!]?[ \t]*$/d;
const HAS_CAPITAL = /[A-Z]/;
/** Two lower-case words after "patient" before the birth date, or after the dictating doctor before the end. */
const LOWER_CASE_DICTATED_NAME =
  /\b(?:patient ([a-z]{2,20} [a-z][a-z'-]{1,24})(?= (?:date of birth|dob|born|aged?)\b)|(?:dictated by(?: doctor| dr)?|this is doctor) ([a-z]{2,20} [a-z][a-z'-]{1,24})(?= (?:end|full stop|dictating)\b|[ \t]*[.,]?[ \t]*$))/g;
/** " and " or " & " after one name of a list. */
const LIST_AND = /^(?:,? (?:and|&) |, [A-Z][a-z])/;
/** A sign-off is at most this long before its trailing blanks and full stop: only the tail is searched. */
const SIGN_OFF_REACH = 90;
/** Where the sign-off search starts: the tail of the text, past trailing blanks and one full stop. */
function signOffFrom(text: string): number {
  let end = text.length;
  while (end > 0 && isBlankCode(text.charCodeAt(end - 1))) end--;
  if (end > 0 && text.charCodeAt(end - 1) === 0x2e) end--;
  while (end > 0 && isBlankCode(text.charCodeAt(end - 1))) end--;
  return Math.max(0, end - SIGN_OFF_REACH);
}
/**
 * A speaker at the start of a line before a colon ("Faith: Dad's out", "Claire Dubois: Yes"): up to four
 * blanks, one or two capitalised words of 2–16 letters, at most one blank, a colon and a blank. Read
 * back from each colon.
 */
function speakerBefore(text: string, colon: number): { start: number; end: number } | undefined {
  if (!isBlankCode(text.charCodeAt(colon + 1))) return undefined;
  let end = isBlankCode(text.charCodeAt(colon - 1)) ? colon - 1 : colon;
  // "Fiona Larkin-Doyle, NP:": a credential after the speaker's name is not part of it.
  const credential = CREDENTIAL_BEFORE_COLON.exec(text.slice(Math.max(0, end - 8), end));
  if (credential) end -= credential[0].length;
  // "Meenal didi:": a kinship word after the speaker's name (Hindi-English chats) is not part of it.
  const kin = KIN_AFTER_SPEAKER.exec(text.slice(Math.max(0, end - 8), end));
  if (kin) end -= kin[0].length;
  let start = capitalisedWordBefore(text, end);
  // "A-M: I'll bring it": two initials joined by a hyphen, as a chat writes a double given name (round 35).
  if (start < 0)
    return end >= 3 && INITIALS_SPEAKER.test(text.slice(end - 3, end)) && atLineStart(text, end - 3)
      ? { start: end - 3, end }
      : undefined;
  // A first name before it makes a two-word speaker.
  const first = text.charCodeAt(start - 1) === 0x20 ? capitalisedWordBefore(text, start - 1) : -1;
  if (first >= 0 && atLineStart(text, first)) start = first;
  if (atLineStart(text, start) || afterTurnTime(text, start)) return { start, end };
  // "Triage RN Mireille:": a nurse's role abbreviation, perhaps after a word saying which nurse, opens the line.
  const role = ROLE_BEFORE_SPEAKER_NAME.exec(text.slice(Math.max(0, start - 24), start));
  return role &&
    ROLE_ABBREVIATIONS.has(role[1]!) &&
    (atLineStart(text, start - role[0].length) || afterTurnTime(text, start - role[0].length))
    ? { start, end }
    : undefined;
}
/**
 * A chat export's time opening each turn before the speaker ("[18:02] Ava: …", "Tue 08:31 — Ava: …"; round 48):
 * the speaker opens the turn as at a line's start. The time in brackets, or after a weekday and before a dash.
 */
const TURN_TIME_BEFORE =
  /(?:^|\n)[ \t]{0,3}(?:\[\d{1,2}:\d{2}(?::\d{2})?\]|(?:[A-Z][a-z]{2} )?\d{1,2}:\d{2}[ \t]{1,2}[—–-])[ \t]{1,2}$/;
function afterTurnTime(text: string, start: number): boolean {
  return TURN_TIME_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}
const CREDENTIAL_BEFORE_COLON = /, [A-Z]{2,5}$/;
/** Two initials joined by a hyphen ("A-M", "J-P"), a chat speaker's double given name. */
const INITIALS_SPEAKER = /^[A-Z]-[A-Z]$/;
const ROLE_BEFORE_SPEAKER_NAME = /(?:[A-Z][a-z]{1,12} )?([A-Z]{2,4}[12]?) $/;
/** Kinship words written after a name in Hindi-English chats ("Meenal didi", "Raj bhaiya", "Asha ji"). */
// Capitalised too, as a chat writes the aunt's title ("Meera Masi:", "Ravi Mamu:"; round 39), and the
// English titles Indian English puts after the name ("Kavita Aunty:", "Suresh Uncle:"; round 40).
const KIN_AFTER_SPEAKER =
  / (?:didi|di|bhaiya|bhai|ji|bhabhi|mausi|chachi|chacha|[Mm]asi|[Mm]aasi|[Mm]ami|[Mm]amu|Mausi|Didi|Bhaiya|Chachi|Chacha|[Aa]unty|[Aa]untie|[Uu]ncle)$/;
/** A chat's title line opening the text ("Family chat – \"Pop\"", "Group: \"Nani visit\"", "WhatsApp group: …"). */
const CHAT_TITLE_LINE =
  /^[^\n\w]{0,4}(?:(?:[Ff]amily|WhatsApp|[Ss]iblings?|[Cc]ousins?) (?:[Gg]roup )?[Cc]hat|(?:WhatsApp |[Ff]amily )?[Gg]roup(?: [Cc]hat)?)[ \t]{0,2}(?:[:–—-][^\n]{0,40})?\r?\n(?=[A-Z][A-Za-z'’-]{1,20}(?: [A-Z][A-Za-z'’.-]{0,20})?: )/;
/** A family chat's title naming the family ("[Okonkwo family 💬]", "[Tuilagi fam]"): the family name. */
// Without brackets the title is a line of its own (an emoji may close it) and a speaker's turn follows
// ("Brannock Family 💬\nOrla: …", "Brannock family chat\nMum: …"), so a letterhead ("Ashgrove Family
// Practice") is not read. The family may be named in the plural ("💬 The Brannocks\nOrla: …"): the name
// without its s. An emoji may open the title. A bracketed title may name the family in the plural too,
// after a group label ("[Group: the Brannocks — Gran]"), when a speaker's turn follows.
const CHAT_FAMILY_TITLE =
  /^[^\n\w[]{0,4}(?:\[([A-Z][a-z'’-]{1,20}) (?:[Ff]amily|[Ff]am|whānau|[Oo]hana)\b|(?:([A-Z][a-z'’-]{1,20}) (?:[Ff]amily|FAMILY|[Ff]am|whānau|[Oo]hana)(?: (?:chat|group))?|The ([A-Z][a-z'’-]{1,20})s)[^\n\w]{0,8}\r?\n([A-Z][A-Za-z'’-]{1,20})(?: [A-Z][A-Za-z'’-]{1,20})?: |\[(?:[Gg]roup(?: chat)?: ?)?[Tt]he ([A-Z](?:['’][A-Z])?[a-z'’-]{1,20})s(?![\w'’-])[^\]\n]{0,40}\]\r?\n[A-Z][A-Za-z'’-]{1,20}(?: [A-Z][A-Za-z'’-]{1,20})?: )/;
/** A message opening with the reader's name before "your"/"you" ("Ottilie, your scan is on…"). */
// Or before the sender introducing itself ("Delphine, this is Lakeview Clinic: …"; round 36). A pharmacy's or
// clinic's text may name itself first and the reader in capitals ("Hillcrest Pharmacy: MARGIT, your refill…";
// round 37): then the sender's name ends in its kind of place, and a name in capitals needs it. After a
// sender, the reader's name may come before the prescription's number ("Elm Pharmacy: DORIAN, Rx 40817 …";
// round 38). The reader's name may come before the word "reminder" and a colon ("Tomasz, reminder: your scan…";
// round 46).
const TEXT_OPENING_NAME =
  /^[ \t]{0,3}(?:(?<sender>[A-Z][A-Za-z&'’-]{1,20}(?: [A-Z][A-Za-z&'’-]{1,20}){0,2} (?:Pharmacy|Chemist|Clinic|Surgery|Dental|Medical|Health|Hospital|Practice|Centre|Center|Optometry|Optometrists|Imaging|Labs?):) )?([A-Z][a-z'’-]{1,20}|[A-Z]{3,20}), (?:your|you|this is|(?:a )?reminder(?=[:,] )|(?<rx>R[Xx](?= #?\d)))\b/;
/** Words that open a reminder or notice before "your" ("Reminder, your scan…"), not a reader's name. */
const MESSAGE_OPENINGS: ReadonlySet<string> = new Set(
  'Reminder Notice Update Alert Attention Confirmation Welcome Hello Hi Hey Hiya Morning Yes Okay Sure Thanks Please Important Urgent Sorry Congratulations Apologies Refill Prescription Order Collection Ready Delivery'.split(
    ' ',
  ),
);
/** A staff role, where they work, then one name between commas before a verb of saying or doing. */
const ROLE_THEN_NAME_BETWEEN_COMMAS =
  /\b(?:therapist|physio|physiotherapist|nurse|social worker|dietitian|dietician|pharmacist|carer|caregiver|aide|midwife|counsell?or|coordinator|case manager|doctor)(?: (?:at|from|in|on) (?:the )?[a-z]{2,15}(?: [a-z]{2,15})?)?, ([A-Z][A-Za-z'’-]{1,20}), (?=(?:said|says|told|tells|asked|asks|wants|suggested|recommended|thinks|explained|mentioned|rang|called)\b)/g;
/**
 * A chat turn answering "who…?" or "what's her name?" with a given name and "something", the family name
 * forgotten ("Kai: who's the OT?\nMel: Siwan something."); not a drug ("what did they give?\nCodeine something").
 */
const NAME_THEN_SOMETHING =
  /(?<=(?:\b[Ww]ho\b|\bname\b)[^\n]{0,60}\?[ \t]*\r?\n)[^\n:]{1,30}: ([A-Z][a-z'’-]{1,20}) something(?=[.,!?]|[ \t]*(?:\r?\n|$))/g;
/**
 * A booking's clinician named by the given name alone after "with", closing the clause ("your physio session is
 * booked for Tue 1 Dec, 10:15, with Ffion."; round 53); not a title, a service or an ordinary word ("booked with
 * Radiology.").
 */
const BOOKED_WITH_GIVEN =
  /\b(?:[Bb]ooked|[Ss]cheduled)\b[^\n.!?]{0,60}? with (?!(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Nurse|Sister|the|The|us|Us)\b)([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]{1,20})(?=[.,;!]|[ \t]*(?:\r?\n|$))/g;
/** A name in brackets before an age ("your mum (Ottilie Brack, 93, bed 4)"): two or three words. */
const NAME_AGE_IN_BRACKETS =
  /\(([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿā-ž'’-]{1,20}(?: [A-ZÀ-ÖØ-Þ][a-zà-öø-ÿā-ž'’-]{1,20}){1,2}), \d{1,3}[,)]/y;
/** A change of name ("updated your name from Jemima Carraway to …"): the new name after " to " is a person too. */
const NAME_CHANGED_FROM = /\bnames?(?: [a-z]{1,12})? from $/i;
/** Start of a capitalised word of 2–16 letters (ASCII capital, Latin-1 small letters) ending at `end` ("Larkin-Doyle" counts as one), or -1. */
function capitalisedWordBefore(text: string, end: number): number {
  const start = capitalisedPartBefore(text, end);
  // A hyphenated surname: another capitalised part before the hyphen.
  if (start > 1 && text.charCodeAt(start - 1) === 0x2d) {
    const before = capitalisedPartBefore(text, start - 1);
    if (before >= 0) return before;
  }
  return start;
}
function capitalisedPartBefore(text: string, end: number): number {
  let start = end;
  while (start > 0 && end - start <= 15) {
    const code = text.charCodeAt(start - 1);
    // Accented small letters count too ("Joaquín", "Tío").
    if ((code < 0x61 || code > 0x7a) && (code < 0xdf || code > 0xff || code === 0xf7)) break;
    start--;
  }
  const capital = text.charCodeAt(start - 1);
  // A Latin-1 capital opens a name too ("Éloïse", "Örjan"; round 35).
  return start === end ||
    end - start > 15 ||
    !((capital >= 0x41 && capital <= 0x5a) || (capital >= 0xc0 && capital <= 0xde && capital !== 0xd7))
    ? -1
    : start - 1;
}
/** Whether a hyphen stands among the `reach` characters before `end`. */
function hyphenBefore(text: string, end: number, reach: number): boolean {
  for (let i = end - 1; i >= 0 && i >= end - reach; i--) if (text.charCodeAt(i) === 0x2d) return true;
  return false;
}
/** Whether only up to four blanks stand between `start` and the start of its line. */
function atLineStart(text: string, start: number): boolean {
  let line = start;
  while (line > 0 && start - line < 4 && isBlankCode(text.charCodeAt(line - 1))) line--;
  const before = text.charCodeAt(line - 1);
  return line === 0 || before === 0x0a || before === 0x0d || before === 0x2028 || before === 0x2029;
}
/**
 * An initial, with or without its full stop, and a capitalised surname (hyphens allowed): "F. Okafor",
 * "B Hartley-Noone". A name only after a cue (see INITIAL_CUE_BEFORE) or before a credential.
 */
const INITIAL_SURNAME =
  /[A-Z](?<![A-Za-zÀ-ÖØ-öø-ÿĀ-ž0-9.'’-][A-Z])\.? [A-ZÀ-ÖØ-ÞĀ-ž][a-zà-öø-ÿā-ž'’]{1,24}(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿā-ž'’]{1,24})?(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ž0-9])/g;
/** "J. PARIKH RN": an initial and a surname in capitals before a credential, as a report in capitals writes them. */
// A comma may stand before the credential ("CALLED TO R. OYELARAN, RN AT 05:10"; round 37).
const INITIAL_CAPS_SURNAME_CREDENTIAL =
  /(?<![A-Za-z0-9.'’-])[A-Z]\. ([A-Z]{2,24}(?:-[A-Z]{2,24})?),? (?=(?:RN|RGN|RM|NP|MD|DO|PA|CNS|HCA|FY[12]|SHO)(?![A-Za-z0-9]))/g;
/** The text before an initial and surname that makes them a name: "by", "Signed", "reg", a slash, a dash sign-off. */
// A nurse's or therapist's role abbreviation too ("DN B. Okafor", "CNS T. Mwale"; round 38).
// An ambulance crew lists its members by initial, the next words often another member ("Crew: R. Ince and
// a student"), so the name is not a whole field there.
const INITIAL_CUE_BEFORE =
  /(?:\b(?:by(?: [A-Z]{2,5})?|[Cc]rew:?|CREW:?|[Ss]igned|SIGNED|[Rr]eg|[Rr]egistrar|SHO|FY[12]|[Nn]urse|[Cc]lerk(?:ed)?|[Pp]er|[Pp]harmacist|[Pp]hysio(?:therapist)?|[Dd]ietitian|[Mm]idwife|[Cc]onsultant|[Tt]herapist|[Rr]adiographer|[Ss]onographer|[Pp]aramedic|[Tt]echnician|RN|RGN|RM|EN|NP|ANP|CNS|CNC|DN|DSN|TVN|HCA|OT|SLT|SLP|NUM)|\/|[.!?)] ?[—–-]|^[ \t]{0,3}[—–-])[ \t]{1,2}$/;
/**
 * A resident's or trainee's grade before an initial and surname that close the line, as a note is signed
 * ("R2 Y. Åkerlund", "ST4 K. Pryce"; round 36); mid-line the same letters may be a rhythm ("R3 V. Tach noted").
 */
const GRADE_BEFORE_SIGNATURE = /(?:^|[\s.;])(?:R[1-7]|PGY-?[1-7]|CT[1-3]|ST[1-8]|SpR|StR)[ \t]{1,2}$/;
const SIGNATURE_LINE_END = /^[ \t]*(?:\r?\n|$)/;
/** A label's last word in lower case and its colon right before a name ("receiver: ", "Resident: "). */
const LABEL_COLON_BEFORE = /[a-z]{3}:[ \t]{1,2}$/;
/** A credential or grade after a name: ", RN", " RGN", " (FY2)", ", NP", ", PGY-2" (as US residents write it; round 35). */
// A district, community or specialist nurse and a health visitor sign so too ("B. Fishwick, DN"; round 36).
const CREDENTIAL_AFTER =
  /^(?:,? (?:RN|RGN|RMN|RNLD|RM|EN|NP|ANP|APN|CNS|DN|DSN|CPN|HV|CNM|HCA|MBBS|MD|PharmD|BMS|FY[12]|SHO|CT[1-3]|ST[1-8]|PGY-?[1-5])(?![A-Za-z0-9])|,? \((?:FY[12]|SHO|RN|RGN|NP|ANP|HCA|CT[1-3]|ST[1-8]|PGY-?[1-5]|[Rr]eg|[Rr]egistrar|[Ii]ntern|[Rr]esident|[Mm]idwife)\))/;
/**
 * A given name (or two names) before a nursing credential, as handover sign-offs write it: "Giving:
 * Marit RN", "Receiving: Tobiah RGN". Read where the name opens a field (a line start, a colon, a
 * slash, "by" or a dash before it).
 */
// After "to" or "with" the nurse was called or spoken to ("result phoned to Kerensa RN"); after a
// sentence's end only a single name signs with a comma ("…in place. Ottoline, RN").
// A given name may have a capital inside ("LaToya", "DeShawn"). A shift handover names the nurses
// going off and coming on ("Off-going Roz RN -> on-coming Dev Gangopadhyay RN").
const NAME_BEFORE_NURSE =
  /(?:^|: {0,2}|\/ |\b(?:by|to|with|[Oo]ff-?going|[Oo]n-?coming|[Oo]ut-?going|[Ii]n-?coming) |[—–] |[.!?] (?=[^ ,]{2,21},$))[ \t]{0,2}([A-ZÀ-ÖØ-Þ](?:[a-z]{1,2}[A-Z])?[a-zà-öø-ÿā-ž'’]{1,20}(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿā-ž'’]{1,20})?(?: [A-ZÀ-ÖØ-Þ][a-zà-öø-ÿā-ž'’]{1,20}(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿā-ž'’]{1,20})?)?),?$/;
/** Which way a nurse is handing over ("Off-going", "Oncoming"), before the name: no part of it. */
const HANDOVER_DIRECTION = /^(?:[Oo]ff-?going|[Oo]n-?coming|[Oo]ut-?going|[Ii]n-?coming)$/;
/** The nursing credentials NAME_BEFORE_NURSE reads back from. */
const NURSE_CREDENTIAL = / (?:RN|RGN|RMN|NP|ANP|HCA)(?![A-Za-z0-9])(?!:)/g;
/** Capitalised words that say which nurse, not who: "Agency RN", "Night RN", "Bank RGN". */
const NURSE_QUALIFIERS: ReadonlySet<string> = new Set(
  'agency bank night day late early float relief named primary charge senior bedside covering receiving giving handing community practice district triage admitting discharging duty student registered qualified infusion dialysis theatre recovery oncology chemo ward clinic endoscopy'.split(
    ' ',
  ),
);
/** A sign-off in the middle of a line after a sentence: "…seen Friday. — Halima Osei". */
// An e-mail or a phone number may follow the name after a comma ("— Maeve Lund, maeve.l@…"), or the phone
// in brackets ending the line ("— Tess (07700 900111)"; round 40). A practice's front desk signs a texted reply so, inside
// its quotes ("…ready Friday. — Kerry, reception\""; round 57).
const DASH_SIGN_OFF_END =
  /^(?:["”]?[ \t]*(?:\r?\n|$)|, (?:[a-z]{2,15} ){0,2}(?:coordinator|nurse|educator|manager|specialist|officer|worker|navigator|midwife|therapist|dietitian|physiotherapist|pharmacist|consultant|registrar|secretary|administrator|reception|receptionist|front desk|front office|bookings)\b|,? (?:[A-Z]{2,5}|FY[12]|PGY-?[1-5])\b|, [A-Za-z0-9._%+-]{1,40}@[A-Za-z0-9-]|, \+?[0-9(][0-9 ()-]{6,20}[0-9][ \t]*(?:\r?\n|$)| \(\+?[0-9][0-9 -]{6,20}[0-9]\)[ \t]*(?:\r?\n|$))/;
/** A closing word before a dash sign-off: "Thanks — Idris", "Cheers – Bea". */
const CLOSING_BEFORE_DASH =
  /\b(?:[Tt]hanks|[Tt]hank you|[Cc]heers|[Rr]egards|[Bb]est wishes|[Mm]any thanks|[Tt]a)[,!]?$/;
/** A grade or credential in brackets ending its line (see CREDENTIAL_AFTER). */
// A district nurse signs a home visit the same way ("Senara (DN)").
const GRADE_ENDING_LINE =
  / \((?:FY[12]|SHO|CT[1-3]|ST[1-8]|PGY-?[1-5]|RN|RGN|NP|ANP|HCA|DN|[Rr]eg|[Rr]egistrar|[Ii]ntern|[Rr]esident|[Mm]idwife)\)[ \t]*(?:\r?\n|$)/y;
/** A grade in brackets after a name anywhere in a line ("notes by Tressa (SHO)."). */
const GRADE_IN_BRACKETS =
  / \((?:FY[12]|SHO|CT[1-3]|ST[1-8]|PGY-?[1-5]|RN|RGN|NP|ANP|HCA|DN|[Rr]eg|[Rr]egistrar|[Ii]ntern|[Rr]esident|[Mm]idwife)\)/y;
/** Two or three initials after a label's colon, before a bracketed grade ("Scribe: KT (FY1)"). */
// Or after "by", whoever clerked or wrote the entry ("Clerked by RMB (FY1)", "entry by JT (FY2)"; round 39).
const INITIALS_BEFORE_GRADE = /(?:[A-Za-z]:|\bby) ([A-Z]{2,3})$/;
/** "by" before one or two name words that a bracketed grade follows: whoever wrote or did something. */
const BY_BEFORE_GRADED_NAME =
  /\bby ([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿā-ž'’-]{1,20}(?: [A-ZÀ-ÖØ-Þ][a-zà-öø-ÿā-ž'’-]{1,20})?)$/;
/** Initials as a signature before a nursing credential, after a dash: "-HJV RN", "— TK, RGN". */
const INITIALS_BEFORE_NURSE = /(?:^|[\s.!?;])[—–-] ?([A-Z]{2,3}),?$/;
/** Unit and ward abbreviations that stand before "RN" as which nurse, not who ("- ED RN"). */
const UNIT_ABBREVIATIONS: ReadonlySet<string> = new Set(
  'ED ER AE OR ICU ITU HDU CCU MAU AMU SAU NICU PICU OPD ENT GP DN CN'.split(' '),
);
/** A lone abbreviation in capitals after a label ("Consultant ENT", "Name: ICU"): not a name. */
const ABBREVIATION_ALONE = /[A-Z]{2,5}(?![A-Za-z0-9'’-])(?! [A-Z])/y;
/** A second test's abbreviation after a comma ("CBC, BMP", "TSH, LFTs"). */
const ANOTHER_ABBREVIATION = /^, ?[A-Z][A-Z0-9&]{1,5}s?\b/;
/** A label saying what was requested or ordered ("Requesting:", "Ordering:"), which names a test as often as a clinician. */
const ORDER_LABEL_BEFORE = /\b(?:Request(?:ing|ed)|Order(?:ing|ed))[ \t]{0,2}:[ \t]{0,3}$/i;
/**
 * A test's abbreviation after a colon label ("Requesting: CBC, BMP", "Ordering: TSH"; rounds 40 and 41): a
 * lone word in capitals that a second abbreviation follows, or that a requesting or ordering label names.
 */
function testAbbreviationsAfterLabel(text: string, at: number): boolean {
  if (!stickyAt(ABBREVIATION_ALONE, text, at)) return false;
  const end = ABBREVIATION_ALONE.lastIndex;
  return (
    ANOTHER_ABBREVIATION.test(text.slice(end, end + 10)) ||
    ORDER_LABEL_BEFORE.test(text.slice(Math.max(0, at - 20), at))
  );
}
/** A title in capitals and a name in capitals: "MRS EDNA FAIRCLOUGH", "MR TOMASZ NOWAK" (labels, forms). */
const CAPS_TITLE_NAME =
  /(?<![A-Za-z])(MRS|MR|MS|MISS|MX|DR)\.? ([A-Z]\. [A-Z][A-Z'’-]{2,24}|[A-Z][A-Z'’-]{1,24}(?: [A-Z][A-Z'’-]{1,24}){0,2})(?=[ \t]*(?:\r?\n|$|,|\(| {2}|\t))/g;
// The names above an address in capitals may keep their accented capitals ("ŁUKASZEWICZ, DANUTA"; round 35).
/** A line holding only a name in capitals, two or three words, an initial allowed ("DELORES A. MCKINNEY"). */
const CAPS_NAME_LINE =
  /^[ \t]{0,3}([A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž'’-]{1,20}(?: [A-Z]\.?)?(?: [A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž'’-]{1,20}){1,2})[ \t]*$/;
/** The same name as the last cell of its line, after a number and a column gap ("RX# 4471093   LEONARD FISCHER"). */
const CAPS_NAME_CELL_AFTER_NUMBER =
  /\d(?: {2,}|\t)([A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž'’-]{1,20}(?: [A-Z]\.?)?(?: [A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž'’-]{1,20}){1,2})[ \t]*$/;
/** …or written surname first with a comma ("RX# 6683917  GUNDERSON, LEIF"), as pharmacy labels print it. */
const CAPS_SURNAME_GIVEN_CELL_AFTER_NUMBER =
  /\d(?: {2,}|\t)([A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž'’-]{1,20}, [A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž'’-]{1,20})[ \t]*$/;
/** …or alone on its line, surname first ("LAMPARD, EUDORA" above "7031 E SAGUARO VISTA DR, …"). */
// A middle initial may close it ("LAMPARD, EUDORA K"; round 39).
const CAPS_SURNAME_GIVEN_LINE =
  /^[ \t]{0,3}([A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž'’-]{1,20}, [A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž'’-]{1,20}(?: [A-Z]\.?)?)[ \t]*$/;
/**
 * "CHEMISTRY — MELANCON, DENISE   MRN …": a surname and a given name both in capitals, opening a line or
 * after a heading's dash or a patient label in capitals ("PATIENT: GROGAN, BEATRICE"), before a column gap,
 * a bar or the line's end (the caller checks a known name). A middle initial may follow the given name
 * ("PATIENT: GROGAN, BEATRICE M") and is inside the span, as lab reports print it.
 */
const CAPS_SURNAME_CAPS_GIVEN =
  /[ \t]{0,3}(?:[A-Z][A-Za-z&/ ]{1,30} [—–] |(?:PATIENT|PATIENT NAME|PT|PT NAME|NAME|Patient|Patient [Nn]ame|Pt|Name)[ \t]?:[ \t]{1,3})?([A-Z]{2,}(?:[-'’][A-Z]{2,})?), ([A-Z]{2,}(?:-[A-Z]{2,})?)((?: [A-Z]\.?)?)(?= {2,}|\t| \| |[ \t]*(?:\r?\n|$))/y;
/** A relation in capitals before a name in capitals (the caller checks the name is a known one). */
const CAPS_RELATION_NAME =
  /\b(?:HUSBAND|WIFE|PARTNER|SON|DAUGHTER|MOTHER|FATHER|MUM|MOM|DAD|BROTHER|SISTER|NIECE|NEPHEW|GRANDSON|GRANDDAUGHTER) ([A-Z][A-Z'’-]{1,24})(?: ([A-Z][A-Z'’-]{1,24}))?(?![A-Za-z'’-])/g;
/** Kinship words before a chat speaker's name ("Aunty Esi:", "Tía Rosa:"): the name is the word after them. */
// Filipino families write the same way ("Tita Luz:", "Kuya Jun:", "Lolo Ben:"), and Italian ones ("Zia Pina:").
const KIN_BEFORE_SPEAKER: ReadonlySet<string> = new Set(
  'aunty auntie aunt uncle nana nanna nan gran granny grandma grandpa grandad granddad cousin tío tio tía tia abuela abuelo tita tito lola lolo kuya ate manang manong zia zio nonna nonno'.split(
    ' ',
  ),
);
/** Relatives speaking in a family chat by kinship alone ("Mum:", "Dad:"). */
const KIN_SPEAKERS: ReadonlySet<string> = new Set(
  'mum mom mam ma dad da pa nan nana gran granny grandma grandpa nonna nonno'.split(' '),
);
/** Roles before a chat speaker's name ("Counselor Malin:", "Dr Osei:"): the name is the word after them. */
const ROLE_BEFORE_SPEAKER: ReadonlySet<string> = new Set(
  'dr doctor nurse counselor counsellor therapist pharmacist midwife coach sister'.split(' '),
);
/** A chat speaker that is a login ("nightowl_22: can't sleep"): not a name, but a turn of the chat. */
const LOGIN_SPEAKER = /^[ \t]{0,4}(?=[a-z0-9._]{0,29}[0-9_])[a-z][a-z0-9._]{1,28}[a-z0-9]$/;
/** A login before a bracket, after "from": the bracket may hold the person's name ("from jdoe_7 (Ana Ruiz)"). */
const LOGIN_BEFORE_BRACKET = /\bfrom (?=[a-z0-9._]{0,29}[0-9_])[a-z][a-z0-9._]{1,28}[a-z0-9]$/;
/** A nickname in quotes before a bracket that holds the full name ('"Bubba" (Ezekiel …'). */
// Only where a row or a field opens (a line start, a dash, a colon or a bar): mid-sentence quotes hold any word.
/**
 * "LEUNG Ka Wai (Vivian), F, 45": a Hong Kong name with the family name in capitals and the given name's two
 * syllables apart, opening a line before the sex or age (an English name in brackets may come first; round 46).
 */
const HK_CAPS_NAME_LINE =
  /(?:^|\n)[ \t]{0,3}([A-Z]{2,8} [A-Z][a-z]{1,6} [A-Z][a-z]{1,6})(?=(?: \([A-Z][a-z'’-]{1,20}\))?, (?:[MF]|\d{1,3})(?![0-9A-Za-z]))/g;
const NICKNAME_BEFORE_BRACKET = /(?:^|\n|[—–:|-] )["“]([A-Z][a-z'’-]{1,20})["”] \($/;
/** A nickname in quotes in brackets after a name ("Lachlan Reid ("Lochie")"). */
// Initials in capitals are a nickname too ('("KD")'; round 34).
const QUOTED_NICKNAME = /^ \(["“](?:[A-Z][a-z'’-]{1,20}|[A-Z]{2,3})["”]\)/;
/** The same with the words that say so opening the bracket ('Ida Marsh (goes by "Dee"), 38F'; round 49). */
const CUED_QUOTED_NICKNAME =
  /^ \((?:goes by|aka|a\.k\.a\.|known as|prefers|called) ["“][A-Z][a-z'’-]{1,20}["”]\)/;
/**
 * A nickname in brackets after a name with the words that say so ('Zhou Ruiqi (goes by "Rae")', "(aka
 * Bex)"), or bare ("Chan Ho-yin (Kelvin)"): the caller takes a bare one only if it is a known given name or
 * follows a Hong Kong name, whose English name is customarily bracketed after it.
 */
const BRACKET_NICKNAME =
  /^ \((?<cue>(?:goes by|aka|a\.k\.a\.?|known as|prefers|called) )?(?:["“](?<quoted>[A-Z][a-z'’-]{1,20})["”]|(?<bare>[A-Z][a-z'’-]{1,20}))\)/d;
/**
 * A nickname in quotes or brackets between a given name and a family name ('Ottilie "Tilly" Braithwaite', "Frances
 * (Fran) Ogilvy"; rounds 41 and 54): the whole is one name, as the cards mark it. Tried at the word before ' "', ' “'
 * or ' (' only.
 */
const INNER_NICKNAME_OPENERS = [' "', ' “', ' ('];
/** A letter, apostrophe or hyphen of a name's word, walked back over from a nickname's opener. */
const isAsciiNameCode = (code: number) =>
  (code >= 0x61 && code <= 0x7a) ||
  (code >= 0x41 && code <= 0x5a) ||
  code === 0x27 ||
  code === 0x2019 ||
  code === 0x2d;
const INNER_NICKNAME =
  /([A-Z][a-z'’-]{1,20}) (?:["“](?<quoted>[A-Z][a-z'’-]{1,15})["”]|\((?<bare>[A-Z][a-z'’-]{1,15})\)) ([A-Z][a-z'’-]{1,24})(?![A-Za-z0-9'’-])/y;
/**
 * Initials given in a form's "Initials:" field ("Patient initials: K.L.B.", "Initials: DWR   Age"; round 54), as
 * trial and safety reports write a person; not a placeholder ("Initials: NA").
 */
const INITIALS_FIELD =
  /\b[Ii]nitials[ \t]{0,2}:[ \t]{0,3}(?!(?:NA|NK|UNK|TBC|TBA)(?![A-Za-z]))([A-Z]\.(?: ?[A-Z]\.){1,3}|[A-Z]{2,4}(?=[ \t]*(?:\r?\n|$)|[ \t]{2}|\t|[,;]))/dg;
/**
 * A given name in capitals after a greeting, as a mail-merged text message writes it ("Hi DOREEN, your
 * prescription…"; round 54): read where the word in title case is a known given name.
 */
const GREETING_CAPS_NAME =
  /\b(?:Hi|Hello|Dear|Hey|HI|HELLO|DEAR)[ \t]{1,2}([A-Z][A-Z'’-]{1,19})(?=[ \t]{0,2}[,!:]|[ \t]*\r?\n)/dg;
/**
 * A name said wrongly and put right in a spoken handover ("Bed six — Gail, I mean Gwen, Gwen Ashby"; round 54): the
 * word corrected is a name too where the correction is a known given name.
 */
const CORRECTED_NAME =
  /\b([A-Z][a-z'’-]{1,20}),? (?:I mean|sorry,? I mean|no,? I mean) ([A-Z][a-z'’-]{1,20})\b/dg;
/**
 * A name put right between dashes in a spoken handover ("Walter Haskins — sorry, Wendell — ninety-one"; round 55):
 * the given name said instead is a name too, where both given names are known ones.
 */
const CORRECTED_AFTER_DASH =
  /\b([A-Z][a-z'’-]{1,20})(?: [A-Z][a-z'’-]{1,20})? [—–] (?:sorry|I mean|no|sorry,? I mean),? ([A-Z][a-z'’-]{1,20})(?= [—–]|[,.;])/dg;
/**
 * A given name said alone and put right with the full name between dashes ("Room four, Jonny — sorry, Jonathan Pryce —";
 * round 56): the name said first is a name too, where both given names are known ones.
 */
const CORRECTED_BEFORE_DASH =
  /(?<=(?:^|[,:;.] |["“]))([A-Z][a-z'’-]{1,20}) [—–] (?:sorry|I mean|no|sorry,? I mean),? ([A-Z][a-z'’-]{1,20}) [A-Z][a-z'’-]{1,20}(?= [—–]|[,.;])/dg;
/**
 * A given name alone the person is booked with, before the day or the time ("your physio with Ruth on Thu 26 Nov",
 * "review with Ana at 10:15"; round 56): where it is a known given name.
 */
const SESSION_WITH_GIVEN =
  /\b(?:[Aa]ppointment|[Aa]ppt|[Ss]ession|[Pp]hysio|[Pp]hysiotherapy|[Tt]herapy|[Rr]eview|[Vv]isit|[Cc]onsultation|[Cc]heck-up|[Cc]heckup|[Cc]linic|[Cc]lass|[Cc]ounselling|[Cc]ounseling|[Mm]assage|[Cc]all|[Ff]ollow-up|[Dd]ressing|[Ii]njection|[Ff]itting)s? with ([A-Z][a-z'’-]{1,20})(?= (?:on|at|tomorrow|today|this|next)\b)/dg;
/**
 * Who signed a consent, said with the article and a comma or a colon before the name ("Signed by the patient, R.
 * Asante, on …"; round 56): an initial or a given name and a surname, closed by punctuation, "on" or the line's end.
 */
const SIGNED_BY_THE_SIGNER =
  /\b[Ss]igned by the (?:patient|parent|guardian|mother|father|next of kin)[,:][ \t]{1,2}([A-Z]\.(?: ?[A-Z]\.)? ?[A-Z][a-z'’-]{1,20}(?:-[A-Z][a-z'’-]{1,20})?|[A-Z][a-z'’-]{1,20} [A-Z][a-z'’-]{1,20}(?:-[A-Z][a-z'’-]{1,20})?)(?=[,.;]|[ \t]+on\b|[ \t]*(?:\r?\n|$))/dg;
/**
 * A signature line: a full name opening its line, a comma and the signer's role in lower case closing it ("Mags
 * Ferriday, community staff nurse"; round 55). A doctor's grade signs so too, the supervisor after a semicolon ("Joost
 * Visser, resident; supervisor Dr …"; round 59).
 */
const NAME_THEN_LOWER_ROLE_LINE =
  /[ \t]{0,4}([A-Z][a-z'’-]{1,20}(?: [A-Z][a-z'’-]{1,20}){1,2}), (?:[a-z]{2,15} ){0,3}(?:nurse|midwife|sister|therapist|physiotherapist|physio|pharmacist|dietitian|dietician|social worker|health visitor|practitioner|paramedic|psychologist|counsellor|counselor|coordinator|radiographer|sonographer|phlebotomist|support worker|care assistant|resident|registrar|intern|house officer|fellow|consultant|junior doctor|attending|physician|surgeon)(?:[ \t]*(?=\r?\n|$)|(?=; ))/dy;
/**
 * An initial and a surname after what a pharmacy or a service holds for the person ("the prescription for F.
 * ADEYEMI (Rx …) is ready", "repeat for J. Okoro"; round 55), the surname in capitals (no capitals word after it:
 * "for R. TAKE ONE" is a label) or a known one in title case.
 */
const INITIAL_SURNAME_AFTER_FOR =
  /\b(?:[Pp]rescriptions?|[Mm]edications?|[Mm]edicines|[Rr]epeat|[Rr]efill|[Ss]cript|[Pp]arcel|[Dd]elivery) for ((?:[A-Z]\. ?){1,2}(?:[A-Z][a-z'’-]{1,20}|[A-Z][A-Z'’-]{1,20}))(?![A-Za-z'’-]| [A-Z]{2})/dg;
/**
 * A nickname quoted in brackets after a full name ('Aileen Fraser ("Lena")'; round 55): a second name, where it is a
 * known given name (not 'Easi Breathe ("Easy")').
 */
/**
 * A nickname in quotes right after a full name, without brackets ('Rm 9 — Walter Pask "Wally", 81M'; round 59): a second
 * name, where it is a known given name or a patient list's age and sex follow it (group 4), as they do a name.
 */
const QUOTED_NICKNAME_AFTER_NAME =
  /\b([A-Z][a-z'’-]{1,20}) ([A-Z][a-z'’-]{1,20}) ["“]([A-Z][a-z'’-]{1,15})["”](?=(,[ \t]{0,2}\d{1,3}[ /]?(?:[MF]|y|yo)\b)?)/dg;
const QUOTED_NICKNAME_IN_BRACKETS_AFTER =
  /\b([A-Z][a-z'’-]{1,20}) ([A-Z][a-z'’-]{1,20}) \(["“]([A-Z][a-z'’-]{1,15})["”]\)/dg;
/**
 * A nickname in quotes after the words that say so ('goes by "Dutch"', 'known as "Tiny" to all'; round 46), also after
 * what the person likes to be called ('likes to be called "Winnie"', 'prefers "Bert"'; round 56).
 */
const QUOTED_NICKNAME_AFTER_CUE =
  /\b(?:goes by|went by|known as|aka|nicknamed|answers to|(?:likes|like|prefers|prefer|wants|asks|asked) to be called|prefers) ["“]([A-Z][a-z'’-]{1,20})["”]/dg;
/**
 * A replying clinician's given name in brackets before the credential ("Reply (Janelle, RN): …", "(Omar, NP)"; round 60):
 * a portal's reply names its nurse so.
 */
const GIVEN_CREDENTIAL_BRACKET =
  /\(([A-Z][a-z'’-]{1,20}), (?:RN|NP|LPN|CNA|CMA|MA|PA|PA-C|MD|DO|PharmD|APRN|FNP|CNM|LVN)\)/dg;
/**
 * Whose order is ready, by an initial and a family name, as a pharmacy's or a clinic's collection message writes it
 * ("items for J. Roe are ready to collect", "Prescription for A. B. Roe is ready"; round 60).
 */
const INITIAL_SURNAME_READY =
  /\b(?:[Ii]tems?|[Pp]rescriptions?|[Mm]edicines?|[Mm]edications?|[Oo]rders?|[Rr]esults?|[Pp]arcels?|[Gg]lasses|[Hh]earing aids?) for ([A-Z]\.(?: ?[A-Z]\.)? ?[A-Z][a-zà-öø-ÿ'’-]{1,20}) (?:is|are) (?:now )?ready\b/dg;
/** A name said to be what the person likes to be called ("Nella she likes to be called", "Bex, as he prefers to be called"). */
const LIKES_TO_BE_CALLED =
  /\b([A-Z][a-z'’-]{1,20}),? (?:as )?(?:she|he|they) (?:likes|like|prefers|prefer|wants|want|asks|asked) to be called\b/dg;
/**
 * A single given name between a doctor's grade and what the doctor did ("Surgical reg Anvi reviewed",
 * "SHO Tomas aware"): the verb after it makes the word a person, whether or not the name is known.
 */
const GRADE_NAME_VERB =
  /\b(?:reg|registrar|SHO|resident|fellow|intern|consultant) ([A-Z][a-z'’-]{2,20}) (?:reviewed|saw|examined|assessed|aware|informed|happy|agrees|agreed|attended|came|to review|to see)\b/dg;
/**
 * A titled surname said again in full after a dash ("Mr Adeyemi — Tunde Adeyemi —"): the full name is a
 * person too; a Hong Kong name says the surname first ("Mrs Mok — Mok Mei-ling, 88"; round 35).
 */
const FULL_NAME_AFTER_TITLED =
  /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.? ([A-Z][a-z'’-]{1,20}) [—–-] (?<full>[A-Z][a-z'’-]{1,20} \1|\1 [A-Z][a-z]{1,6}-[a-z]{1,6})(?![A-Za-z'’-])/dg;
/** A column gap and a date after a name opening a label's line ("…   24/11/26"). */
const GAP_THEN_DATE = /^(?: {2,}|\t)[ \t]*\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})(?![0-9])/;
/**
 * A capitalised word broken off and said again before the next name word ("Ruairidh… Ruairidh Tighe"), or
 * cut off by a dash and said in full ("Bed four, Tobi— Tobiloba Adeyemi"; round 42): the second word opens
 * with the first.
 */
const BROKEN_OFF_NAME =
  /(?<![A-Za-z'’-])([A-Z][a-z'’-]{1,20})(?:(?:…|\.\.\.) ?(\1)| ?[—–] ?(\1[a-z'’]{0,20})) (?=[A-Z][a-z])/g;
const BROKEN_OFF_NAME_END = /^(?:,|[ \t]+[—–(]|[ \t]*(?:\r?\n|$))/;
/** What a spoken handover says people call someone ("they call her Pops,", "we call him Bear."). */
const CALL_THEM_NAME =
  /\b(?:call|calls|called) (?:her|him|them) ([A-Z][a-z'’-]{1,20})(?=[,.;!]| for short\b)/g;
/** A relative named after a possessive kinship word ("mum's Kerry,", "wife's Ngaio."), a known first name only. */
const KIN_POSSESSIVE_NAME =
  /\b(?:mum|mom|dad|mother|father|wife|husband|partner|gran|nan)['’]s ([A-Z][a-z'’-]{1,20})(?=[,.;!])/g;
/** A Hong Kong name's hyphened given name ("Ho-yin"), after which an English name is bracketed. */
const HK_GIVEN_NAME = / [A-Z][a-z]{1,6}-[a-z]{1,6}$/;
/** A Hong Kong name ending before a bracket, its family name captured ("Tsang Lok-yin"). */
const HK_NAME_BEFORE_BRACKET = /(?<![A-Za-z'’-])([A-Z][a-z]{1,6}) [A-Z][a-z]{1,6}-[a-z]{1,6}$/;
/** One capitalised word alone in brackets (" (Kelvin)"). */
const BRACKETED_WORD = /^ \([A-Z][a-z'’-]{1,20}\)/;
/** A child's age after a nickname's bracket ('("KD"), 6.', '("Bee"), 4 y'), not a dose ('("EB"), 2 puffs'). */
const AGE_AFTER_NICKNAME = /^, \d{1,2}(?:[,.;]| ?(?:y|yo|yrs?|years?|mo|months?|[MF])\b)/;
/** Two or three capitalised words ending before a nickname's bracket. */
const NAME_BEFORE_QUOTED_NICKNAME =
  /(?<![A-Za-zÀ-ÖØ-öø-ÿ'’-])((?:[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]{1,20} ){1,2}[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]{1,20})$/;
/** After a single name that follows a role abbreviation ("called to RN Daoud at 06:48"): a lower-case word or a clause's end. */
// Or a colon, the nurse speaking in a text thread ("08:31 — DSN Ffion: reduce it"; round 48).
const ROLE_SINGLE_NAME_END =
  /^(?: (?:at|on|to|in|for|and|said|says|was|is|has|will|re|aware|informed|starting|started|from)\b|[,.;:)]|[ \t]*(?:\r?\n|$))/;
/** A relation after a possessive name ("Tama Whitu's wife"): the two words before it are a person. */
const RELATION_AFTER_POSSESSIVE =
  /['’]s (?:wife|husband|partner|son|daughter|mother|father|mum|mom|dad|sister|brother|carer|widow|widower|fiancée?|niece|nephew|grandson|granddaughter)\b/y;
const SPEAKER_ROLES: ReadonlySet<string> = new Set(
  (
    'nurse patient doctor dr relative clerk caller receptionist pharmacist parent mother father son daughter wife ' +
    'husband family me you operator agent staff user bot assistant ai system q a interpreter carer gp consultant ' +
    // Hindi and Urdu kinship words used as speakers ("Nani:", "Dadi:") are not names either.
    'nani naniji nanaji dadi dadiji dadaji dada didi bhaiya mausi ' +
    // Nor Italian grandparents ("Nonna:").
    'nonna nonno ' +
    // Nor a parent or grandparent called by a family word ("Papa:", "Pop:"; round 55).
    'papa mama pop pops granny grandad ' +
    'registrar mum mom dad nan nana gran grandma grandpa grandson granddaughter niece nephew brother sister partner friend neighbour neighbor sis bro auntie aunt uncle client midwife paramedic physio tel phone email address note plan impression assessment ' +
    'history exam result results diagnosis advice action outcome subject re from to cc date time ward bed name ' +
    // A chat log's record fields above the turns ("Encounter: VV-…", "Session: …"; round 39).
    'encounter session episode visit ' +
    // "Pt:" is the patient's turn in a transcribed consultation ("Dr: … / Pt: …").
    'pt'
  ).split(' '),
);

/** An unidentified patient's placeholder written surname first ("Doe, John", "DOE, Jane"). */
const DOE_SURNAME_FIRST = /^(?:Doe|DOE), (?:John|Jane|JOHN|JANE)$/;
/** "Baby " before "Girl " or "Boy " (a newborn's placeholder): see NameFindings.push. */
const BABY_BEFORE = /(?:[Bb]aby|BABY) $/;
const SEX_WORD = /(?:Girl|Boy|GIRL|BOY) /y;
/** "Baby " before an infant's given name ("Baby Nils Andersen"); not before "Girl" or "Boy" (SEX_WORD). */
const BABY_BEFORE_NAME = /(?:Baby|BABY) (?!Girl|Boy|GIRL|BOY)(?=[A-Z])/y;
/** A kinship word of a family's chat before a given name ("Lola Pacita", "Tito Jun", "Mummy Adunni"). */
// An aunt or uncle in Spanish (with its accent: Tia is a given name) or English stays outside the same way ("staying
// with Tía Rosa"; round 56).
const KIN_BEFORE_NAME =
  /(?:Lola|Lolo|Tita|Tito|Kuya|Manang|Manong|Mummy|Mommy|Nonna|Nonno|Tía|Tío|Aunty|Auntie|Aunt|Uncle|Zia|Zio) (?=[A-Z])/y;
/** A newborn's placeholder before a capitalised family name ("Baby Girl Kaya", "Baby Boy Okafor"). */
const BABY_SEX_NAME = /\b(?:Baby|BABY) (?:Girl|Boy|GIRL|BOY) (?=[A-Z][a-z])/g;
/**
 * The findings of one call and the two ways of reading a name into them. Methods of a class, not
 * closures made afresh for each text: tsx names every such closure as it is made, which cost about a
 * tenth of the recognizer's time.
 */
/** A courtesy title opening a name read from a label, with a name after it. */
// "Master" is a boy's title on British forms ("Patient: Master Theo Hale"; round 48).
// Malaysia's "Puan" and "Encik" are Mrs and Mr ("Hello Puan Aminah").
const LEADING_TITLE = /^(?:Mr|Mrs|Ms|Miss|Mx|Master|Puan|Encik)\.? (?=[A-Z])/;
/** A generational suffix closing a name ("… Jr", "… Sr"). */
const SUFFIX_LAST = /^ (?:Jr|Sr)$/;
/** An initial closing a name ("… Quispe M"), and a column gap or the line's end after its full stop. */
const INITIAL_LAST = /^[a-z] [A-Z]$/;
const GAP_OR_LINE_END = /^(?:[ \t]{2}|\t|[ \t]*(?:\r?\n|$))/;
/** A word and a capital letter before "lines" ("Kerley B lines"). */
const EPONYM_LETTER_LINES = /^[A-Z][a-z]{2,15} [A-Z] lines?\b/;
/** The first word of a name, its letters only ("Anne" of "Anne Mulholland"). */
const FIRST_WORD_OF = /^[A-Z][a-z]{1,20}(?![A-Za-z'’-])/;
/** The words after a ward's or service's name ("Cedar Ward", "Elm Tree Family Medicine", "International Patient Office"). */
const PLACE_WORD_AFTER = /^ (Ward|Family Medicine|Family Practice|Patient Office)\b/;

/** Capitals alone right before a staff role in lower case. */
const ACRONYM_BEFORE_ROLE =
  /^[A-Z]{2,5} (?:therapist|nurse|practitioner|worker|specialist|clinician|counsell?or|coordinator|co-ordinator|psychologist|educator|dietitian|pharmacist|physio|team|lead)\b/;
class NameFindings {
  readonly list: Finding[] = [];

  constructor(
    private readonly text: string,
    private readonly detector: string,
  ) {}

  push(start: number, end: number, score: number): void {
    // "CBT therapist Laura Finch", "IBD nurse Ana Roe": a therapy's or a service's letters before the role, no name
    // (round 50).
    if (end - start <= 5 && ACRONYM_BEFORE_ROLE.test(this.text.slice(start, end + 16))) return;
    // "Doe, John": an unidentified patient's placeholder written surname first stands for no one.
    if (this.text.charCodeAt(start) === 0x44 && DOE_SURNAME_FIRST.test(this.text.slice(start, end))) return;
    // "Kerley B lines", "Kerley A lines": an eponym and a letter naming lines on a film (round 58), no name and initial.
    if (EPONYM_LETTER_LINES.test(this.text.slice(start, end + 7))) return;
    // "Alice Springs Hospital", "via Alice Springs NT 0872": a town named by a given name and a place word (round 51).
    if (TOWN_WORD_AFTER_GIVEN.test(this.text.slice(start, end + 9))) return;
    // "— Santiago de Chile", "Santiago de Cuba": a city named by a saint's given name, "de" and its country or region
    // (round 60), not a given name and a family name with a particle.
    if (PARTICLE_THEN_PLACE.test(this.text.slice(start, end))) return;
    // "Baby Girl Kaya", "Baby Boy Okafor": a newborn's placeholder before the family name; the name is
    // the surname only.
    if (
      BABY_BEFORE.test(this.text.slice(Math.max(0, start - 5), start)) &&
      stickyAt(SEX_WORD, this.text, start)
    ) {
      start = SEX_WORD.lastIndex;
      // "Baby Boy Apgars 9 and 10": an eponym, not the family name.
      if (end <= start || NAME_LIKE_WORDS.has(this.text.slice(start, end).replace(/s$/, ''))) return;
    }
    // "Infant: Baby Nils Andersen": "Baby" before an infant's own name stays outside it, as the cards mark it
    // (round 39); not the placeholder "Baby Doe".
    if (
      stickyAt(BABY_BEFORE_NAME, this.text, start) &&
      BABY_BEFORE_NAME.lastIndex < end &&
      !this.text.startsWith('Doe', BABY_BEFORE_NAME.lastIndex)
    )
      start = BABY_BEFORE_NAME.lastIndex;
    // "Lola Pacita is in room 5", "Mummy Adunni will be 90": a family's kinship word before the given name
    // stays outside the name, as the cards label it (round 38); not before a known family name ("Lola Smith").
    if (stickyAt(KIN_BEFORE_NAME, this.text, start) && KIN_BEFORE_NAME.lastIndex < end) {
      const rest = this.text.slice(KIN_BEFORE_NAME.lastIndex, end);
      if (!ENGLISH_SURNAMES.has(rest.split(/[ -]/)[0]!)) start = KIN_BEFORE_NAME.lastIndex;
    }
    // "Consultant: Miss Ottoline Renshaw": a title read with the name stays outside it, as the cards mark it
    // (round 41).
    const opening = this.text.charCodeAt(start);
    if (opening === 0x4d || opening === 0x50 || opening === 0x45) {
      const title = LEADING_TITLE.exec(this.text.slice(start, end));
      if (title) start += title[0].length;
    }
    // "Marcus Trevino Jr., 49M": the suffix's full stop belongs to the name (round 41).
    if (this.text.charCodeAt(end) === 0x2e && SUFFIX_LAST.test(this.text.slice(end - 3, end))) end++;
    // "Signature: Rosa Mamani Q.   24/11/2026": a closing initial's full stop before a column gap or the line's end
    // belongs to the name (a second surname's initial; round 48), not a sentence's full stop.
    else if (
      this.text.charCodeAt(end) === 0x2e &&
      INITIAL_LAST.test(this.text.slice(end - 3, end)) &&
      GAP_OR_LINE_END.test(this.text.slice(end + 1, end + 4))
    )
      end++;
    // "Cedar Ward", "Elm Tree Family Medicine": a name-like word before a ward's or a service's word names the place.
    // A ward's name is read so only after a field's comma ("room 6, Cedar Ward"), not a person called Ward ("by Jo Ward").
    const place = PLACE_WORD_AFTER.exec(this.text.slice(end, end + 20));
    if (place && (place[1] !== 'Ward' || this.text.slice(start - 2, start) === ', ')) return;
    // "Lou-Anne Drysdale", "Jo-Ellen Marsh": a double given name whose second part is a known first name, read from that
    // part, takes the capitalised part before its hyphen too (round 58), when that part opens a word.
    if (start > 2 && this.text.charCodeAt(start - 1) === 0x2d) {
      const first = FIRST_WORD_OF.exec(this.text.slice(start, end));
      const part = capitalisedPartBefore(this.text, start - 1);
      if (
        first &&
        ENGLISH_FIRST_NAMES.has(first[0]) &&
        part >= 0 &&
        start - 1 - part >= 2 &&
        !isNameLetter(this.text.charCodeAt(part - 1)) &&
        this.text.charCodeAt(part - 1) !== 0x2d &&
        !notName(this.text.slice(part, start - 1))
      )
        start = part;
    }
    // "ʻAna", "ʻOkusitino": a Tongan or Hawaiian name opening with an ʻokina (U+02BB) after a blank or a line's
    // start; the mark is a letter of the name (round 47), not punctuation.
    if (
      start > 0 &&
      this.text.charCodeAt(start - 1) === 0x2bb &&
      (start === 1 || /\s/.test(this.text[start - 2]!))
    )
      start--;
    this.list.push({
      type: 'PERSON',
      start,
      end,
      text: this.text.slice(start, end),
      score,
      detector: this.detector,
    });
  }

  /** "Patient: SMITH, John" — the surname-first form right after a label. */
  surnameFirst(at: number, score: number): boolean {
    SURNAME_COMMA_GIVEN.lastIndex = at;
    const m = SURNAME_COMMA_GIVEN.exec(this.text);
    if (!m) return false;
    const [surname, given] = m[0].split(', ') as [string, string];
    if (notName(surname.split(' ')[0]!) || notName(given.split(' ')[0]!)) return false;
    // "Bed eight, Bernadette, Bernadette Quaile": a name said again in full after it was broken off is two names
    // (round 48), not a surname first.
    if (given === surname || given.startsWith(`${surname} `)) return false;
    // "UGIB, Hgb 7.1 → 8.4": a summary's diagnosis in capitals and a test with its decimal value, no surname and
    // given name (round 50).
    if (
      /^[A-Z]{2,6}$/.test(surname) &&
      DECIMAL_AFTER.test(this.text.slice(at + m[0].length, at + m[0].length + 8))
    )
      return false;
    // "Dear Anneliese, Truly and all the nurses", "Love from Ezra, Tove and the family": a greeting's or
    // closing's list of given names, not a surname first.
    if (
      LIST_AND.test(this.text.slice(at + m[0].length, at + m[0].length + 6)) &&
      (GREETING_BEFORE.test(this.text.slice(Math.max(0, at - 12), at)) ||
        CLOSING_BEFORE_LIST.test(this.text.slice(Math.max(0, at - 16), at)))
    )
      return false;
    this.push(at, at + m[0].length, score);
    return true;
  }

  /** `until`: what must follow the name (a field's end, for labels that also open a speaker's line). */
  take(at: number, score: number, minTokens: number, strong = false, until?: RegExp): void {
    const text = this.text;
    // "Reported by RN Tayla Brooks": the role abbreviation is not part of the name.
    const role = ROLE_BEFORE_NAME.exec(text.slice(at, at + 8));
    if (role && (ROLE_ABBREVIATIONS.has(role[1]!) || ROLES_BEFORE_NAME_ONLY.has(role[1]!)))
      at += role[0].length;
    const end = readName(text, at, minTokens, strong);
    if (end <= at) return;
    const after = text.slice(end, end + 16);
    if (
      !EPONYM_AFTER.test(after) &&
      !INSTITUTION_AFTER.test(after) &&
      !ROLE_NOUN_AFTER.test(after) &&
      !TEAM_LAST.test(text.slice(at, end)) &&
      // What must follow may be longer than the 16 characters read above (an e-mail after a sign-off).
      (!until || until.test(text.slice(end, end + 64))) &&
      !notNamePair(text, at, end)
    )
      this.push(at, end, score);
  }
}

export class EnglishPersonRecognizer implements Recognizer {
  readonly name = 'pii.person_en';
  readonly types = ['PERSON'] as const;
  readonly languages = ['any'] as const;
  readonly regexes = [
    ...NAME_CUE_REGEXES,
    SPELLED_CAPITALS,
    ADDRESSEE_DASH_OPENING,
    NAME_BEFORE_BRACKETED_ID,
    CALLED_AFTER,
    DECIMAL_AFTER,
    ROYAL_FIRST,
    PLACE_FIRST,
    ACRONYM_BEFORE_ROLE,
    BETWEEN_COMMAS,
    PLACE_LAST,
    TOWN_WORD_AFTER_GIVEN,
    TOKEN,
    FIELD_END_AFTER_FOURTH,
    TITLE_FIRST,
    EPONYM_AFTER,
    INTRO_TAIL,
    SIGN_OFF,
    DASH_SIGN_OFF_WITH_ROLE,
    ROLE_NAME_COLON_PHONE,
    RELATION_BRACKET,
    STAFF_ROLE_BEFORE_BRACKET,
    CORRECTED_AFTER_DASH,
    CORRECTED_BEFORE_DASH,
    SIGNED_BY_THE_SIGNER,
    SESSION_WITH_GIVEN,
    INITIAL_SURNAME_AFTER_FOR,
    NAME_THEN_LOWER_ROLE_LINE,
    QUOTED_NICKNAME_IN_BRACKETS_AFTER,
    GIVEN_IN_BRACKETS,
    PERSON_VERB,
    SENTENCE_BEFORE,
    AGE_IN_BRACKETS,
    ROLE_BEFORE_NAME,
    INSTITUTION_AFTER,
    INSTITUTION_FOR_BEFORE,
    TEAM_LAST,
    GIVEN_BEFORE_GRADE,
    INITIAL_CAPS_SURNAME_CREDENTIAL,
    ROLE_NOUN_AFTER,
    KIN_AFTER_SPEAKER,
    CHAT_TITLE_LINE,
    DAY_AFTER,
    CHAT_FAMILY_TITLE,
    TEXT_OPENING_NAME,
    NAME_AGE_IN_BRACKETS,
    NAME_CHANGED_FROM,
    FIELD_END,
    GIVEN_STOP_END,
    GIVEN_THEN_STOP,
    VIETNAMESE_REST,
    NEXT_WORD,
    PINYIN_GIVEN,
    RELATION_THEN_BRACKET,
    SURNAME_COMMA_GIVEN,
    PIPE_SURNAME_FIELD,
    SAINT_BEFORE,
    PLACE_AFTER,
    PARTICLE,
    ARABIC_ARTICLE,
    CAPITAL_NEXT,
    AGE_MARK,
    AGE_AFTER_NAME,
    DATE_OPENING_LINE,
    ...NAME_MARKS.map(([, mark]) => mark),
    TWO_WORDS_BEFORE,
    MARK_AFTER_NAME,
    CAPS_SURNAME_LINE,
    CAPS_SURNAME_AFTER_NUMBER,
    CAPS_SURNAME_GIVEN_AGE,
    NAME_BEFORE_HOUSE_NUMBER,
    SOAP_SUBJECTIVE_NAME,
    HK_NAME_LINE,
    HK_CAPS_NAME_LINE,
    FAMILY_WORD,
    TITLE_SURNAME_GIVEN_AGE,
    NAME_AFTER_NUMBER,
    GIVEN_AFTER_COMMA,
    COLUMN_AFTER_GIVEN,
    CREDENTIAL_BEFORE_COLON,
    INITIALS_SPEAKER,
    ROLE_BEFORE_SPEAKER_NAME,
    HEADING_NAME,
    HEADING_NAME_END,
    DETAILS_AFTER_HEADING_NAME,
    ROSTER_ROW,
    INITIAL_SURNAME,
    INITIAL_CUE_BEFORE,
    LABEL_COLON_BEFORE,
    GRADE_BEFORE_SIGNATURE,
    SIGNATURE_LINE_END,
    CREDENTIAL_AFTER,
    GRADE_ENDING_LINE,
    GRADE_IN_BRACKETS,
    BY_BEFORE_GRADED_NAME,
    NAME_BEFORE_NURSE,
    HANDOVER_DIRECTION,
    NURSE_CREDENTIAL,
    DASH_SIGN_OFF_END,
    CLOSING_BEFORE_DASH,
    INITIALS_BEFORE_NURSE,
    INITIALS_BEFORE_GRADE,
    KIN_BEFORE_NAME,
    ROLE_THEN_NAME_BETWEEN_COMMAS,
    NAME_THEN_SOMETHING,
    BOOKED_WITH_GIVEN,
    ABBREVIATION_ALONE,
    CAPS_TITLE_NAME,
    CAPS_RELATION_NAME,
    CLOCK_BEFORE_BY,
    INITIALS_CLOSING_LINE,
    HANDOVER_BEFORE,
    HANDOVER_NAME_END,
    AGE_SEX_GLUED,
    LINE_NAME_AGE_SEX,
    AGE_SEX_AFTER_NAME,
    AGE_SEX_BED_AFTER_NAME,
    GREETING_BEFORE,
    DEPENDANT_AFTER,
    FAMILY_AFTER_CLOSING,
    CLOSING_BEFORE_LIST,
    LOG_ROW_INITIALS,
    NAME_AND_FAMILY,
    AND_FAMILY_AFTER,
    STAFF_PLACE_AFTER,
    THANKED_NAME_END,
    DOSING_LINE_AFTER,
    PHONE_AFTER_NAME,
    DISPENSED_DATE_AFTER,
    PHARMACY_LABEL_WORDS,
    AT_ADDRESS_AFTER,
    HOUSE_NAME_START,
    NAME_PART_LABEL_BEFORE,
    BULLET_ITEM,
    LOVE_TAIL,
    ORGANISATION_LABEL_BEFORE,
    CREDENTIAL_BEFORE_PAIR,
    ADDRESSED_AFTER,
    ID_LABEL_AFTER_NAME,
    LOGIN_SPEAKER,
    LOGIN_BEFORE_BRACKET,
    QUOTED_NICKNAME,
    CUED_QUOTED_NICKNAME,
    BRACKET_NICKNAME,
    HK_GIVEN_NAME,
    HK_NAME_BEFORE_BRACKET,
    BRACKETED_WORD,
    NAME_BEFORE_QUOTED_NICKNAME,
    AGE_AFTER_NICKNAME,
    LIKES_TO_BE_CALLED,
    GIVEN_CREDENTIAL_BRACKET,
    INITIAL_SURNAME_READY,
    QUOTED_NICKNAME_AFTER_CUE,
    QUOTED_NICKNAME_AFTER_NAME,
    GRADE_NAME_VERB,
    CALL_THEM_NAME,
    FULL_NAME_AFTER_TITLED,
    BROKEN_OFF_NAME,
    BROKEN_OFF_NAME_END,
    KIN_POSSESSIVE_NAME,
    NICKNAME_BEFORE_BRACKET,
    ROLE_SINGLE_NAME_END,
    RELATION_AFTER_POSSESSIVE,
    AND_FAMILY_AT,
    ADDRESS_START,
    LIST_AND,
    HAS_CAPITAL,
    LOWER_CASE_DICTATED_NAME,
    BABY_BEFORE,
    SEX_WORD,
    BABY_SEX_NAME,
    CAPS_NAME_LINE,
    CAPS_SURNAME_GIVEN_CELL_AFTER_NUMBER,
    CAPS_SURNAME_GIVEN_LINE,
    LABEL_DOSING_WORD,
    WITH_AFTER_TIME,
    CLAUSE_END_AFTER_GIVEN,
    WITH_NAME_END,
    SERVICE_LIKE,
    SOAP_HEADING_BEFORE,
    ROLE_BEFORE_BRACKETED_NAME,
    CLOSING_BRACKET,
    AREA_IN_BRACKET,
    DOTTED_INITIALS_SIGNATURE,
    TURN_TIME_BEFORE,
    ANOTHER_ABBREVIATION,
    ORDER_LABEL_BEFORE,
    CAPS_NAME_CELL_AFTER_NUMBER,
    CAPS_SURNAME_CAPS_GIVEN,
    GAP_THEN_DATE,
    DOE_SURNAME_FIRST,
    BABY_BEFORE_NAME,
    LEADING_TITLE,
    SUFFIX_LAST,
    INITIAL_LAST,
    GAP_OR_LINE_END,
    PLACE_WORD_AFTER,
    RELATIVE_BEFORE_GIVEN,
    FIRST_WORD,
  ];

  analyze(text: string): Finding[] {
    const found = new NameFindings(text, this.name);
    const findings = found.list;
    const cues = findNameCues(text);
    for (const at of cues.titles) found.take(at, 0.85, 1, true);
    for (const at of cues.label)
      if (
        !found.surnameFirst(at, 0.85) &&
        (!stickyAt(ABBREVIATION_ALONE, text, at) || capitalsNamePart(text, at, ABBREVIATION_ALONE.lastIndex))
      )
        found.take(at, 0.85, 1, true);
    for (const at of cues.weak)
      if (!INSTITUTION_FOR_BEFORE.test(text.slice(Math.max(0, at - 24), at)) && !found.surnameFirst(at, 0.7))
        found.take(at, 0.7, 2);
    for (const at of cues.afterComma)
      if (
        stickyAt(BETWEEN_COMMAS, text, at) &&
        !PLACE_LAST.test(text.slice(at, BETWEEN_COMMAS.lastIndex)) &&
        // "…tomorrow 8:40, Queen Elizabeth, radiology level 2": a hospital named after a royal (round 50).
        !ROYAL_FIRST.test(text.slice(at, BETWEEN_COMMAS.lastIndex)) &&
        !PLACE_FIRST.test(text.slice(at, BETWEEN_COMMAS.lastIndex)) &&
        // "Tristan Okerlund, Colorectal SpR": a specialty and a grade after a signer's name (round 35).
        !ROLE_ABBREVIATIONS.has(
          text.slice(text.lastIndexOf(' ', BETWEEN_COMMAS.lastIndex - 1) + 1, BETWEEN_COMMAS.lastIndex),
        ) &&
        !ORGANISATION_LABEL_BEFORE.test(text.slice(Math.max(0, at - 24), at)) &&
        !CREDENTIAL_BEFORE_PAIR.test(text.slice(Math.max(0, at - 8), at)) &&
        // "A: Decompensated HFrEF, responding…": a SOAP note's objective, assessment or plan line opens with a
        // finding, not a name between commas (round 43).
        !SOAP_HEADING_BEFORE.test(text.slice(Math.max(0, at - 4), at))
      )
        found.take(at, 0.65, 2);
    for (const at of cues.relation) found.take(at, 0.75, 1, true);
    for (const at of cues.colonLabel)
      if (!found.surnameFirst(at, 0.85) && !testAbbreviationsAfterLabel(text, at))
        // "Physio: Aoife.": a known first name alone may close the sentence and the line.
        found.take(at, 0.85, 1, true, givenThenStop(text, at) ? GIVEN_STOP_END : FIELD_END);
    for (const at of cues.closing)
      if (!found.surnameFirst(at, 0.85))
        // "bed 12 is Tammy Lebeau": after "is" a first and last name, not a place ("bed 4 is Side Room.").
        found.take(at, 0.85, text.startsWith(' is ', at - 4) ? 2 : 1, true);
    for (const at of cues.role) {
      found.take(at, 0.8, 2);
      // "called to RN Daoud at 06:48": one name after a nurse's role, before a lower-case word or a
      // clause's end (not an acronym: "RN ICU").
      const end = readName(text, at, 1);
      // Before a colon only on the role's own line: a field label opening the next line is no name ("…, NP⏎Dx: …").
      if (
        end > at &&
        !text.slice(at, end).includes(' ') &&
        isLowerAscii(text.charCodeAt(at + 1)) &&
        (text.charCodeAt(end) !== 0x3a || text.charCodeAt(at - 1) === 0x20) &&
        // A credential closing a signer's line is no role before the next line's first word ("…, NP⏎Joined from …"; round 49).
        text.charCodeAt(at - 1) !== 0x0a
      )
        found.take(at, 0.8, 1, false, ROLE_SINGLE_NAME_END);
    }
    // "PT (Ines Kowal) recommends…": a therapist's or nurse's name in brackets after the role (round 39).
    if (text.includes(' (')) {
      ROLE_BEFORE_BRACKETED_NAME.lastIndex = 0;
      for (let m = ROLE_BEFORE_BRACKETED_NAME.exec(text); m; m = ROLE_BEFORE_BRACKETED_NAME.exec(text))
        // A service's area in the bracket is no name ("Community Dietitian (Leeds North)"; round 49).
        if (!AREA_IN_BRACKET.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40)))
          found.take(m.index + m[0].length, 0.75, 2, false, CLOSING_BRACKET);
    }
    // "Jobs for Ollie (FY1)", "handed to Priya (SHO)": a known first name before a grade in brackets.
    if (text.includes(' (')) {
      GIVEN_BEFORE_GRADE.lastIndex = 0;
      for (let m = GIVEN_BEFORE_GRADE.exec(text); m; m = GIVEN_BEFORE_GRADE.exec(text))
        if (ENGLISH_FIRST_NAMES.has(m[1]!) && !notName(m[1]!))
          found.push(m.index, m.index + m[1]!.length, 0.75);
    }
    if (text.includes('aby ') || text.includes('ABY ')) {
      BABY_SEX_NAME.lastIndex = 0;
      // Read from the sex word, which NameFindings.push drops (and with it an eponym: "Baby Boy Apgars").
      for (let m = BABY_SEX_NAME.exec(text); m; m = BABY_SEX_NAME.exec(text)) found.take(m.index + 5, 0.8, 2);
    }
    for (const { at, end } of cues.romanised)
      findings.push({
        type: 'PERSON',
        start: at,
        end,
        text: text.slice(at, end),
        score: 0.8,
        detector: this.name,
      });
    // A list row or header naming a person before their age ("Keisha Romero, 27y"): two or more name
    // words, so a single capitalised word before a number ("Ward, 12 beds") is not read.
    for (const at of nameBeforeAgeStarts(text)) found.take(at, 0.8, 2, false, AGE_AFTER_NAME);
    // "Tan Mei Hua (S1234567D), 78F": a name opening its line before an identity number in brackets (round 50).
    if (text.includes(' (')) {
      pushMatchedGroup(
        found,
        text,
        NAME_BEFORE_BRACKETED_ID,
        1,
        0.8,
        (m) => !m[1]!.split(' ').some((w) => notName(w) && !NAME_LIKE_WORDS.has(w)),
      );
    }
    // A name right before a record label or a credential ("on Dwayne Harper, MRN 006…", "Leila Haddad,
    // PharmD"): two or more name words.
    for (const at of nameBeforeMarkStarts(text)) found.take(at, 0.8, 2, false, MARK_AFTER_NAME);
    // A list of people, one a line ("Beryl Ashworth    0113 496 0521", "Lionel Baptiste – 4402 Creekside",
    // "3  Sunil Wickramasinghe, NBM"): rows that open with a name and a separator. Two rows whose name
    // has a known first name or family name establish the list; then every row of that shape counts.
    const rows = rosterRows(text);
    if (rows.filter((r) => r.known).length >= 2)
      for (const row of rows) if (!row.words.some((w) => notName(w))) found.take(row.at, 0.75, 2);
    // "Tobias Merriweather   21/11/26⏎Amoxicillin …": a dispensing or specimen label's line opening with a name, a
    // column gap and the date (round 42), a row of its own.
    for (const row of rows) {
      const end = row.at + row.words.join(' ').length;
      if (GAP_THEN_DATE.test(text.slice(end, end + 16)) && !row.words.some((w) => notName(w)))
        found.take(row.at, 0.75, 2);
    }
    // "MORRIS, Keith  barcode …": a list line opening with a surname in capitals, when the surname or the
    // given name is a known one, or the name fills a column (two blanks or a tab after it).
    if (text.includes(':')) {
      pushGroupNames(found, text, SOAP_SUBJECTIVE_NAME, 1, 0.8, hasOrdinaryWord);
    }
    if (text.includes(', ')) {
      // Tried at each line start (a text has few lines), not by a multiline scan of every position.
      for (let line = 0; line >= 0; line = text.indexOf('\n', line) + 1 || -1)
        if (
          stickyAt(CAPS_SURNAME_LINE, text, line) &&
          capsSurnameKnownOrColumn(text, CAPS_SURNAME_LINE.lastIndex)
        )
          found.surnameFirst(CAPS_SURNAME_LINE.lastIndex, 0.8);
        else capsSurnameCapsGiven(found, text, line);
      pushGroupNames(found, text, TITLE_SURNAME_GIVEN_AGE, 2, 0.75, notName);
      HK_NAME_LINE.lastIndex = 0;
      for (let m = HK_NAME_LINE.exec(text); m; m = HK_NAME_LINE.exec(text)) {
        const name = m[1]!;
        const first = name.slice(0, name.indexOf(' '));
        const end = m.index + m[0].length;
        // Before the bracketed Chinese form, a known family name is needed: a district is written the same
        // way ("Sham Shui-po (深水埗), …").
        if (notName(first) || (text[end] !== ',' && !ENGLISH_SURNAMES.has(first))) continue;
        found.push(end - name.length, end, 0.75);
      }
      // The same with the family name in capitals, a known one ("LEUNG Ka Wai, F, 45").
      HK_CAPS_NAME_LINE.lastIndex = 0;
      for (let m = HK_CAPS_NAME_LINE.exec(text); m; m = HK_CAPS_NAME_LINE.exec(text)) {
        const name = m[1]!;
        const family = name.slice(0, name.indexOf(' '));
        if (!ENGLISH_SURNAMES.has(family[0] + family.slice(1).toLowerCase()) || hasOrdinaryWord(name))
          continue;
        const end = m.index + m[0].length;
        found.push(end - name.length, end, 0.75);
      }
      pushGroupNames(found, text, NAME_BEFORE_HOUSE_NUMBER, 2, 0.75, hasOrdinaryWord);
      CAPS_SURNAME_GIVEN_AGE.lastIndex = 0;
      for (let m = CAPS_SURNAME_GIVEN_AGE.exec(text); m; m = CAPS_SURNAME_GIVEN_AGE.exec(text)) {
        const comma = text.indexOf(', ', m.index);
        const given = /^[A-Za-z-]+/.exec(text.slice(comma + 2))?.[0] ?? '';
        if (!notName(given)) found.surnameFirst(m.index, 0.8);
        CAPS_SURNAME_GIVEN_AGE.lastIndex = m.index + 1;
      }
      // "UR M5520381  TAYLOR, Brooke  F 34": the same name in the column after a record number.
      if (text.includes('  ') || text.includes('\t')) {
        CAPS_SURNAME_AFTER_NUMBER.lastIndex = 0;
        for (let m = CAPS_SURNAME_AFTER_NUMBER.exec(text); m; m = CAPS_SURNAME_AFTER_NUMBER.exec(text)) {
          const at = m.index + m[0].length;
          if (capsSurnameKnownOrColumn(text, at)) found.surnameFirst(at, 0.8);
        }
      }
    }
    // A report in | fields gives the patient a field of their own ("Cytology | PEMBERTON, Ngozi | NHS …"):
    // a surname in capitals, a comma and a given name filling the field.
    if (text.includes(' | '))
      for (let bar = text.indexOf('| '); bar >= 0; bar = text.indexOf('| ', bar + 1)) {
        PIPE_SURNAME_FIELD.lastIndex = bar;
        const m = PIPE_SURNAME_FIELD.exec(text);
        if (!m) continue;
        // Words in capitals fill such fields too ("| NEGATIVE, Repeat |"): a known surname or given name is needed.
        const surname = text[bar + 2] + m[1]!.toLowerCase();
        if ((ENGLISH_SURNAMES.has(surname) || ENGLISH_FIRST_NAMES.has(m[2]!)) && !notName(m[2]!))
          found.surnameFirst(bar + 2, 0.8);
      }
    // A signature: a line opened by a dash ("— L. Fairweather", "——Niamh", "- Niamh"); and a heading
    // that names its patient after a dash ("Skin check — Lachlan Ferrier", "Microbiology — Wendell
    // Ikpeme, ward 9"): two or three name words ending the line or before a comma.
    if (text.includes('-') || text.includes('—') || text.includes('–'))
      for (let line = 0; line >= 0; line = text.indexOf('\n', line) + 1 || -1) {
        const at = signatureAt(text, line);
        // "- Keep the dressing dry": a list item opening with a capitalised verb, not a signature.
        if (at >= 0 && stickyAt(DOTTED_INITIALS_SIGNATURE, text, at))
          found.push(at, DOTTED_INITIALS_SIGNATURE.lastIndex, 0.8);
        else if (at >= 0 && !stickyAt(BULLET_ITEM, text, at)) found.take(at, 0.8, 1, true);
        const lineEnd = text.indexOf('\n', line);
        const heading = HEADING_NAME.exec(text.slice(line, lineEnd < 0 ? text.length : lineEnd));
        if (heading) {
          const start = line + heading.index + heading[0].length - heading[1]!.length;
          // A heading's words ("Privacy Office", "Claim Appeal") are capitalised too: a known first name
          // or family name is needed, or the patient's details right after ("…, ward 9", a DOB line).
          const words = heading[1]!.split(' ');
          const nameEnd = start + heading[1]!.length;
          const known =
            ENGLISH_FIRST_NAMES.has(words[0]!) ||
            ENGLISH_SURNAMES.has(words[words.length - 1]!.split('-')[0]!) ||
            DETAILS_AFTER_HEADING_NAME.test(text.slice(nameEnd, nameEnd + 16));
          if (known && !words.some((w) => notName(w))) found.take(start, 0.75, 2, false, HEADING_NAME_END);
        }
      }
    // "Fenella Drouin-Sauvé  OHIP 2204-…": a line opening with a name, a column gap and a health-card or record label.
    if (text.includes('  ') || text.includes('\t')) {
      for (let line = 0; line >= 0; line = text.indexOf('\n', line) + 1 || -1) {
        let at = line;
        while (at - line < 3 && isBlankCode(text.charCodeAt(at))) at++;
        if (isNameCapital(text.charCodeAt(at))) found.take(at, 0.75, 2, false, ID_LABEL_AFTER_NAME);
      }
      // "UR P2207451   Imogen Tarrant   Medicare …": or the column after a record number.
      NAME_AFTER_NUMBER.lastIndex = 0;
      for (let m = NAME_AFTER_NUMBER.exec(text); m; m = NAME_AFTER_NUMBER.exec(text))
        found.take(m.index + m[0].length, 0.75, 2, false, ID_LABEL_AFTER_NAME);
    }
    // A sign-off closing the text: a name alone on the last line, or a first name after the last sentence.
    SIGN_OFF.lastIndex = signOffFrom(text);
    const tail = SIGN_OFF.exec(text);
    if (tail) {
      // The name's own offset: a full stop may follow it ("…from me, Roxanne.").
      const at = tail.index + tail[0].lastIndexOf(tail[1]!);
      const end = readName(text, at, 1, true);
      const first = tail[1]!.split(' ')[0]!;
      if (
        end === at + tail[1]!.length &&
        (tail[1]!.includes(' ')
          ? text.lastIndexOf('\n', at) >= 0 && /\n[ \t]*$/.test(text.slice(0, at))
          : true) &&
        (ENGLISH_FIRST_NAMES.has(first) ||
          NAME_LIKE_WORDS.has(first) ||
          tail[1]!.includes(' ') ||
          /[-—–]/.test(tail[0]!.slice(0, tail[0]!.length - tail[1]!.length)))
      )
        found.take(at, 0.75, 1, true);
    }
    // "Diabetes educator Ana: (505) …": a care-team worker's first name before their number.
    if (text.includes(':')) {
      pushMatchedGroup(
        found,
        text,
        ROLE_NAME_COLON_PHONE,
        1,
        0.75,
        (m) => !notName(m[1]!) && !ENGLISH_NOT_NAMES.has(m[1]!.toLowerCase()),
      );
    }
    // "— Tomas, Orthotist": a dash-signed first name before the signer's profession, closing the text.
    const signed = DASH_SIGN_OFF_WITH_ROLE.exec(text.slice(Math.max(0, text.length - 80)));
    if (signed && !notName(signed[1]!)) {
      const at =
        Math.max(0, text.length - 80) +
        signed.index +
        signed[0].indexOf(signed[1]!, signed[0].search(/[—–]/));
      found.take(at, 0.75, 1, true);
    }
    // "Reply (Janelle, RN):": a replying nurse's given name in brackets before the credential.
    if (text.includes(', '))
      pushMatchedGroup(found, text, GIVEN_CREDENTIAL_BRACKET, 1, 0.75, (m) => !notName(m[1]!));
    if (text.includes(' ready'))
      pushMatchedGroup(
        found,
        text,
        INITIAL_SURNAME_READY,
        1,
        0.8,
        (m) => !notName(m[1]!.split(/[. ]+/).pop()!),
      );
    // "Nella she likes to be called": the name a person asks to be called by.
    if (text.includes(' to be called')) {
      pushMatchedGroup(found, text, LIKES_TO_BE_CALLED, 1, 0.75, (m) => !notName(m[1]!));
    }
    // 'goes by "Dutch"': a nickname in quotes after the words that say so; the quotes make even an ordinary
    // word a name, as they do in brackets after a name.
    if (text.includes('"') || text.includes('“')) {
      pushMatchedGroup(found, text, QUOTED_NICKNAME_AFTER_CUE, 1, 0.75);
    }
    // "Hi DOREEN,": a merged message's given name in capitals.
    if (
      text.includes('Hi ') ||
      text.includes('Hello ') ||
      text.includes('Dear ') ||
      text.includes('Hey ') ||
      text.includes('HI ') ||
      text.includes('DEAR ') ||
      text.includes('HELLO ')
    ) {
      pushMatchedGroup(found, text, GREETING_CAPS_NAME, 1, 0.75, (m) => {
        const titled = m[1]![0] + m[1]!.slice(1).toLowerCase();
        return ENGLISH_FIRST_NAMES.has(titled) && !notName(titled);
      });
    }
    // "Gail, I mean Gwen": a name put right.
    if (text.includes(' I mean ')) {
      pushMatchedGroup(
        found,
        text,
        CORRECTED_NAME,
        1,
        0.75,
        (m) => ENGLISH_FIRST_NAMES.has(m[2]!) && !notName(m[1]!) && !notName(m[2]!),
      );
    }
    // "Mags Ferriday, community staff nurse": a signature line with the role in lower case.
    // Tried at each line's start only (sticky), after a line break.
    if (text.includes(', ') && text.includes('\n')) {
      for (let line = text.indexOf('\n'); line >= 0; line = text.indexOf('\n', line + 1)) {
        NAME_THEN_LOWER_ROLE_LINE.lastIndex = line + 1;
        const m = NAME_THEN_LOWER_ROLE_LINE.exec(text);
        if (m?.indices?.[1] && !m[1]!.split(' ').some((w) => notName(w)))
          found.push(m.indices[1][0], m.indices[1][1], 0.75);
      }
    }
    // "the prescription for F. ADEYEMI": an initial and a surname the item is held for.
    if (text.includes(' for ') && text.includes('. ')) {
      pushMatchedGroup(found, text, INITIAL_SURNAME_AFTER_FOR, 1, 0.75, (m) => {
        const surname = m[1]!.slice(m[1]!.lastIndexOf('.') + 1).trim();
        // A surname in title case must be a known one ("for T. Take one" is a dose).
        return (/^[A-Z'’-]+$/.test(surname) || ENGLISH_SURNAMES.has(surname)) && !notName(surname);
      });
    }
    // 'Aileen Fraser ("Lena")': the nickname after the name.
    if (text.includes('("') || text.includes('(“')) {
      pushMatchedGroup(
        found,
        text,
        QUOTED_NICKNAME_IN_BRACKETS_AFTER,
        3,
        0.75,
        (m) => ENGLISH_FIRST_NAMES.has(m[3]!) && !notName(m[1]!) && !notName(m[2]!),
      );
    }
    // 'Walter Pask "Wally", 81M': the nickname after the name, in quotes alone.
    if (text.includes('" ') || text.includes('",') || text.includes('”')) {
      pushMatchedGroup(
        found,
        text,
        QUOTED_NICKNAME_AFTER_NAME,
        3,
        0.75,
        (m) =>
          (m[4] !== undefined || ENGLISH_FIRST_NAMES.has(m[3]!)) &&
          !notName(m[1]!) &&
          !notName(m[2]!) &&
          !notName(m[3]!),
      );
    }
    // "Walter Haskins — sorry, Wendell —": the given name said instead.
    if (text.includes('— ') || text.includes('– ')) {
      pushMatchedGroup(
        found,
        text,
        CORRECTED_AFTER_DASH,
        2,
        0.75,
        (m) => ENGLISH_FIRST_NAMES.has(m[1]!) && ENGLISH_FIRST_NAMES.has(m[2]!) && !notName(m[2]!),
      );
      // "Jonny — sorry, Jonathan Pryce —": the given name said first.
      pushMatchedGroup(
        found,
        text,
        CORRECTED_BEFORE_DASH,
        1,
        0.75,
        (m) => ENGLISH_FIRST_NAMES.has(m[1]!) && ENGLISH_FIRST_NAMES.has(m[2]!) && !notName(m[1]!),
      );
    }
    // "physio with Ruth on Thu": a known given name the person is booked with.
    if (text.includes(' with '))
      pushMatchedGroup(
        found,
        text,
        SESSION_WITH_GIVEN,
        1,
        0.75,
        (m) => ENGLISH_FIRST_NAMES.has(m[1]!) && !notName(m[1]!),
      );
    // "Signed by the patient, R. Asante,": the signer after the article and a comma.
    if (text.includes('igned by the ')) pushMatchedGroup(found, text, SIGNED_BY_THE_SIGNER, 1, 0.75);
    // "Initials: K.L.B.": a form's initials field.
    if (text.includes('nitials')) {
      pushMatchedGroup(found, text, INITIALS_FIELD, 1, 0.8);
    }
    // 'Ottilie "Tilly" Braithwaite', "Frances (Fran) Ogilvy": a nickname inside the name.
    for (const opener of INNER_NICKNAME_OPENERS) {
      if (!text.includes(opener)) continue;
      for (let i = text.indexOf(opener); i !== -1; i = text.indexOf(opener, i + 2))
        this.addInnerNickname(text, i, found);
    }
    // "Mr Adeyemi — Tunde Adeyemi —": the full name said after the titled surname.
    if (text.includes(' — ') || text.includes(' – ') || text.includes(' - ')) {
      FULL_NAME_AFTER_TITLED.lastIndex = 0;
      for (let m = FULL_NAME_AFTER_TITLED.exec(text); m; m = FULL_NAME_AFTER_TITLED.exec(text)) {
        const full = m.indices?.groups?.full;
        if (full && !hasOrdinaryWord(m.groups!.full!)) found.push(full[0], full[1], 0.8);
      }
    }
    // "Ruairidh… Ruairidh Tighe": a transcribed handover breaks off a name and says it again in full
    // (round 35): both are the person, as the cards mark them.
    if (text.includes('…') || text.includes('...') || text.includes('—') || text.includes('–')) {
      BROKEN_OFF_NAME.lastIndex = 0;
      for (let m = BROKEN_OFF_NAME.exec(text); m; m = BROKEN_OFF_NAME.exec(text)) {
        const word = m[1]!;
        const full = m[2] ?? m[3]!;
        if (notName(word) || NAME_LIKE_WORDS.has(word) || notName(full)) continue;
        const before = found.list.length;
        // The full name closes its clause, as a handover names the patient before the story ("…, overdose").
        found.take(m.index + m[0].length - full.length - 1, 0.75, 2, false, BROKEN_OFF_NAME_END);
        if (found.list.length > before) found.push(m.index, m.index + word.length, 0.75);
      }
    }
    // "little Poppy, they call her Pops, mum's Kerry": a nickname people use, and a relative by a known first name.
    if (text.includes('call')) pushGroupNames(found, text, CALL_THEM_NAME, 0, 0.75, hasOrdinaryWord);
    if (text.includes('s ') && /['’]s [A-Z]/.test(text))
      pushGroupNames(
        found,
        text,
        KIN_POSSESSIVE_NAME,
        0,
        0.75,
        (n) => !ENGLISH_FIRST_NAMES.has(n) || notName(n),
      );
    // "Surgical reg Anvi reviewed": a grade, one given name and what the doctor did.
    if (/\b(?:reg|registrar|SHO|resident|fellow|intern|consultant) [A-Z]/.test(text)) {
      pushMatchedGroup(found, text, GRADE_NAME_VERB, 1, 0.75, (m) => !notName(m[1]!));
    }
    // "…on nights. Love, Posy": a loving closing after the last sentence, then the writer's name ending the text.
    // Only the tail is read, so only the tail is searched for the closings' letters.
    const loveFrom = Math.max(0, text.length - 60);
    const loveTail = text.slice(loveFrom);
    if (loveTail.includes('ove') || loveTail.includes('ugs') || loveTail.includes('est,')) {
      const love = LOVE_TAIL.exec(loveTail);
      if (love?.indices?.[1] && !love[1]!.split(' ').some((w) => notName(w)))
        found.take(loveFrom + love.indices[1][0], 0.75, 1, true);
    }
    // Chat speakers: "Faith: Dad's out", "Sunny: thank god" — a capitalised word opening two or more
    // lines with a colon, when it is not a role ("Nurse:", "Patient:").
    if (text.includes(':') && text.includes('\n')) {
      const speakers = new Map<string, number[]>();
      // Roles ("Nurse:", "Caller:") are not names but take turns with the named speakers.
      const roles = new Map<string, number>();
      for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
        const speaker = speakerBefore(text, colon);
        if (speaker === undefined) {
          // A login speaking ("nightowl_22: …") takes a turn, as a role does.
          const line = text.lastIndexOf('\n', colon) + 1;
          if (colon - line <= 34 && LOGIN_SPEAKER.test(text.slice(line, colon)))
            roles.set(text.slice(line, colon), (roles.get(text.slice(line, colon)) ?? 0) + 1);
          continue;
        }
        // "Aunty Esi: …": the kinship word is not part of the name.
        const space = text.indexOf(' ', speaker.start);
        // "Counselor Malin: …": nor is the role.
        if (space > 0 && space < speaker.end) {
          const before = text.slice(speaker.start, space).toLowerCase();
          if (KIN_BEFORE_SPEAKER.has(before) || ROLE_BEFORE_SPEAKER.has(before)) speaker.start = space + 1;
        }
        const name = text.slice(speaker.start, speaker.end);
        const first = name.split(' ')[0]!;
        if (SPEAKER_ROLES.has(first.toLowerCase())) {
          roles.set(name, (roles.get(name) ?? 0) + 1);
          continue;
        }
        if (notName(first) && !NAME_LIKE_WORDS.has(first)) continue;
        speakers.set(name, [...(speakers.get(name) ?? []), speaker.start]);
      }
      const roleLines = [...roles.values()].reduce((n, c) => n + c, 0);
      const lines = [...speakers.values()].reduce((n, a) => n + a.length, roleLines);
      // Turns: three or more speaker lines, two or more speakers, and one named speaker who speaks again
      // (a form's field labels, "Role:", "Employee:", each appear once).
      // A speaker @-mentioned in another's turn takes part as surely as one who speaks twice (round 34:
      // "Niamh: …\nCian: @Niamh I'll …\nUncle Declan: …").
      if (
        lines >= 3 &&
        speakers.size + roles.size >= 2 &&
        ([...speakers].some(([name, a]) => a.length >= 2 || text.includes(`@${name}`)) ||
          // A chat's own title line opening the text ("Family chat – …", "Group: …"; round 55): every turn
          // below it is a speaker's, though each speaks once.
          CHAT_TITLE_LINE.test(text))
      )
        for (const [name, starts] of speakers) {
          for (const at of starts)
            findings.push({
              type: 'PERSON',
              start: at,
              end: at + name.length,
              text: name,
              score: 0.8,
              detector: this.name,
            });
          // "@Sorcha bring the cards": a speaker @-mentioned in another's turn, the name only.
          for (let at = text.indexOf(`@${name}`); at >= 0; at = text.indexOf(`@${name}`, at + 1))
            if (!isNameLetter(text.charCodeAt(at + 1 + name.length)))
              findings.push({
                type: 'PERSON',
                start: at + 1,
                end: at + 1 + name.length,
                text: name,
                score: 0.8,
                detector: this.name,
              });
          // "Josh: Sorcha I'll pick you up": a speaker addressed by name at the start of another's turn.
          // "Jan: will do. Gosia can you bring…": or at the start of a later sentence of the turn.
          if (name.includes(' ') || NAME_LIKE_WORDS.has(name)) continue;
          for (const opener of [': ', '. '])
            for (
              let at = text.indexOf(`${opener}${name} `);
              at >= 0;
              at = text.indexOf(`${opener}${name} `, at + 1)
            )
              if (ADDRESSED_AFTER.test(text.slice(at + name.length + 3, at + name.length + 20)))
                findings.push({
                  type: 'PERSON',
                  start: at + 2,
                  end: at + 2 + name.length,
                  text: name,
                  score: 0.75,
                  detector: this.name,
                });
          // "Eleni: Nick!! don't post that": a speaker called by name, an exclamation or a comma after it, opening
          // another's turn (round 50).
          for (let at = text.indexOf(`: ${name}`); at >= 0; at = text.indexOf(`: ${name}`, at + 1))
            if (
              CALLED_AFTER.test(text.slice(at + 2 + name.length, at + 4 + name.length)) &&
              atLineTurn(text, at)
            )
              findings.push({
                type: 'PERSON',
                start: at + 2,
                end: at + 2 + name.length,
                text: name,
                score: 0.75,
                detector: this.name,
              });
        }
    }
    // From each " (" back to a relation word before it: brackets are few, relation words many.
    for (let open = text.indexOf(' ('); open >= 0; open = text.indexOf(' (', open + 1)) {
      // 'Kaiden Hollowood ("KD"), 6': two or three capitalised words before a nickname in quotes in
      // brackets are the full name (round 34; the nickname is read below, after the name).
      const quote = text.charCodeAt(open + 2);
      if (
        ((quote === 0x22 || quote === 0x201c) && QUOTED_NICKNAME.test(text.slice(open, open + 28))) ||
        (isLowerAscii(quote) && CUED_QUOTED_NICKNAME.test(text.slice(open, open + 44)))
      ) {
        const m = NAME_BEFORE_QUOTED_NICKNAME.exec(text.slice(Math.max(0, open - 66), open));
        if (m) {
          // The longest run of name words before the bracket ("Clinic Kaiden Hollowood" reads from Kaiden).
          const words = m[1]!.split(' ');
          while (words.length > 2 && notName(words[0]!)) words.shift();
          // A child's age after the bracket, or a known first name, says a person: a product or a unit
          // may be named with its abbreviation in quotes too ('Easi Breathe ("EB")').
          const close = text.indexOf(')', open);
          if (
            !words.some((w) => notName(w)) &&
            (ENGLISH_FIRST_NAMES.has(words[0]!) || AGE_AFTER_NICKNAME.test(text.slice(close + 1, close + 12)))
          )
            found.take(open - words.join(' ').length, 0.75, 2);
        }
      }
      // "Tsang Lok-yin (Kelvin)": a Hong Kong name (a known family name and a hyphened given name) before
      // an English name in brackets, wherever it stands (HK_NAME_LINE reads one opening a line; the English
      // name is read below, after the Hong Kong one).
      // Tried only where a capital opens the bracket and a hyphen stands in the word before it.
      else if (
        isUpperAscii(quote) &&
        isLowerAscii(text.charCodeAt(open - 1)) &&
        hyphenBefore(text, open, 8)
      ) {
        const m = HK_NAME_BEFORE_BRACKET.exec(text.slice(Math.max(0, open - 20), open));
        if (m && ENGLISH_SURNAMES.has(m[1]!) && BRACKETED_WORD.test(text.slice(open, open + 24)))
          found.push(open - m[0].length, open, 0.75);
      }
      if (!stickyAt(RELATION_THEN_BRACKET, text, open)) {
        // "message from lark_77 (Saffron Ingleby)": a login's owner, two name words in the bracket.
        if (LOGIN_BEFORE_BRACKET.test(text.slice(Math.max(0, open - 40), open))) {
          const end = readName(text, open + 2, 2);
          if (end > open && text[end] === ')') found.take(open + 2, 0.75, 2);
        }
        continue;
      }
      const at = open + 2;
      const end = readName(text, at, 1);
      if (end > at && text[end] === ')') found.take(at, 0.75, 1);
    }
    // The rules below need a capital letter that starts a word: most Chinese text has none worth a scan.
    if (/[A-Z][a-z]/.test(text)) {
      for (const { at, group } of cues.cue) {
        if (group === 'verb') {
          // A title after the role ("chaplain Father Anselm Roe"; round 60): the title's own rule reads the name after it.
          if (TITLE_FIRST.test(text.slice(at, at + 12))) continue;
          // "We reviewed Grace in clinic", "Physio Hannah saw him": after a clinical verb or a staff
          // role, only a known first name (a capitalised word there is as often a place, a test or a
          // heading: "saw Cardiology", "reviewed ECG", "Physio Assessment").
          // A first and last name there is a person as well ("I saw Mateo Alvarez in clinic").
          NEXT_WORD.lastIndex = at;
          const word = NEXT_WORD.exec(text)?.[0];
          if (word !== undefined && ENGLISH_FIRST_NAMES.has(word)) found.take(at, 0.7, 1);
          // "reoriented by nurse Tansy": after "nurse" in lower case, a capitalised word is the nurse's name.
          else if (word !== undefined && !notName(word) && text.startsWith('nurse ', at - 6))
            found.take(at, 0.7, 1);
          // "The physio Ines was lovely": one word before a person's verb is a name too.
          else if (word !== undefined && !notName(word) && stickyAt(PERSON_VERB, text, at + word.length))
            found.take(at, 0.7, 1);
          else found.take(at, 0.7, 2);
        } else if (group === 'contact' || INTRO_TAIL.test(text.slice(at, at + 50)))
          found.take(at, 0.7, 1, group === 'intro');
      }
      // "your appointment is Thursday at 14:40 with Mungo.": whom a booking is with, after its time.
      if (text.includes(' with ')) {
        WITH_AFTER_TIME.lastIndex = 0;
        for (let m = WITH_AFTER_TIME.exec(text); m; m = WITH_AFTER_TIME.exec(text)) {
          const at = m.index + m[0].length;
          NEXT_WORD.lastIndex = at;
          const word = NEXT_WORD.exec(text)?.[0];
          if (word === undefined || SERVICE_LIKE.test(word)) continue;
          found.take(at, 0.7, 1, false, WITH_NAME_END);
        }
        // "Going in tomorrow with Freddie.": a known first name alone after "with", closing its clause, is
        // whom the writer goes or stays with (round 45); not a word that is also a name ("with Grace").
        for (let at = text.indexOf(' with '); at >= 0; at = text.indexOf(' with ', at + 1)) {
          NEXT_WORD.lastIndex = at + 6;
          const word = NEXT_WORD.exec(text)?.[0];
          if (word !== undefined && ENGLISH_FIRST_NAMES.has(word) && !NAME_LIKE_WORDS.has(word))
            found.take(at + 6, 0.7, 1, false, CLAUSE_END_AFTER_GIVEN);
        }
      }
    }
    // "walking with physio (Kirsty)", "seen by the dietitian (Anwen)": a staff member's role, then a known given name
    // alone in brackets (round 55); not a role's kind ("physio (Outpatients)") or a word that is also a name.
    if (text.includes(' (')) {
      for (let at = text.indexOf(' ('); at >= 0; at = text.indexOf(' (', at + 2)) {
        if (!STAFF_ROLE_BEFORE_BRACKET.test(text.slice(Math.max(0, at - 22), at))) continue;
        const m = GIVEN_IN_BRACKETS.exec(text.slice(at + 1, at + 20));
        if (m && ENGLISH_FIRST_NAMES.has(m[1]!) && !NAME_LIKE_WORDS.has(m[1]!))
          found.take(at + 2, 0.75, 1, true);
      }
    }
    // A known first name, or any capitalised word before a known family name.
    let previous: { index: number; word: string } | undefined;
    for (const m of cues.words) {
      const end = m.index + m.word.length;
      const adjacent =
        previous !== undefined &&
        previous.index + previous.word.length + 1 === m.index &&
        text[m.index - 1] === ' ';
      const space = text.charCodeAt(end) === 0x20;
      if (space && stickyAt(RELATION_BRACKET, text, end))
        found.take(adjacent ? previous!.index : m.index, 0.8, 1);
      // Not a relation opening the sentence before a given name ("Mother Colleen will stay"; round 45): the
      // relation cue reads the name alone.
      if (
        adjacent &&
        space &&
        stickyAt(PERSON_VERB, text, end) &&
        SENTENCE_BEFORE.test(text.slice(Math.max(0, previous!.index - 4), previous!.index)) &&
        !RELATION_WORDS.has(previous!.word.toLowerCase())
      )
        found.take(previous!.index, 0.7, 2, true);
      // "…, Tama Whitu's wife": a first and last name in the possessive before a relation.
      if (adjacent && stickyAt(RELATION_AFTER_POSSESSIVE, text, end)) found.take(previous!.index, 0.7, 2);
      // "Clementine Ashby (93) received…": a first and last name with an age in brackets.
      if (adjacent && space && stickyAt(AGE_IN_BRACKETS, text, end)) found.take(previous!.index, 0.7, 2);
      // "Nguyen Thi Hoa", "Tran Van Minh": a Vietnamese surname, a middle name, a given name.
      if (VIETNAMESE_SURNAMES.has(m.word) && space && stickyAt(VIETNAMESE_REST, text, end))
        findings.push({
          type: 'PERSON',
          start: m.index,
          end: VIETNAMESE_REST.lastIndex,
          text: text.slice(m.index, VIETNAMESE_REST.lastIndex),
          score: 0.8,
          detector: this.name,
        });
      if (ENGLISH_FIRST_NAMES.has(m.word)) {
        found.take(m.index, 0.75, 2);
        // "Rosa ate half her lunch": a known first name opening a sentence, before a person's verb.
        if (
          space &&
          stickyAt(PERSON_VERB, text, end) &&
          SENTENCE_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index))
        )
          found.take(m.index, 0.7, 1);
        // "Liam's temperature settled": a known first name in the possessive is a person.
        if (
          (text.startsWith("'s", end) || text.startsWith('’s', end)) &&
          !SAINT_BEFORE.test(text.slice(Math.max(0, m.index - 7), m.index)) &&
          !PLACE_AFTER.test(text.slice(end + 2, end + 14))
        )
          found.take(m.index, 0.7, 1);
      } else if (PINYIN_SURNAMES.has(m.word) && pinyinGivenAfter(text, m.index + m.word.length))
        found.take(m.index, 0.7, 2);
      else if (
        previous &&
        ENGLISH_SURNAMES.has(m.word) &&
        previous.index + previous.word.length + 1 === m.index &&
        text[m.index - 1] === ' '
      )
        found.take(previous.index, 0.7, 2);
      previous = m;
    }
    this.addSignatureForms(text, found);
    this.addListForms(text, found);
    // Nicknames read in quotes after a full name: named again alone later ("Mattie's dad").
    const nicknames = new Set<string>();
    // Names joined by "and": "Parents Sage and Heath Callaghan", "with Marek and Agnieszka Wiśniewska",
    // "thanks to Sister Ama and to Juno".
    for (let i = 0; i < findings.length; i++) {
      const f = findings[i]!;
      // "Lachlan Reid ("Lochie")": the nickname in quotes is a second name (whatever cue read the first).
      if (text.startsWith(' (', f.end) && QUOTED_NICKNAME.test(text.slice(f.end, f.end + 28))) {
        const before = findings.length;
        // Initials in capitals ('("KD")') are no word readName takes: the quotes hold them; nor is a word
        // that is also an ordinary one ('("Chief")', '("Bunny")'; round 35), which the quotes make a name.
        found.push(f.end + 3, text.indexOf(')', f.end) - 1, 0.75);
        if (findings.length > before) nicknames.add(findings[findings.length - 1]!.text);
      } else if (text.startsWith(' (', f.end)) {
        // …with the words that call it one, or bare after a known given name or a Hong Kong name.
        const m = BRACKET_NICKNAME.exec(text.slice(f.end, f.end + 40));
        const nick = m?.groups?.quoted ?? m?.groups?.bare;
        if (
          m?.indices &&
          nick &&
          !notName(nick) &&
          (m.groups!.cue ||
            m.groups!.quoted ||
            ENGLISH_FIRST_NAMES.has(nick) ||
            HK_GIVEN_NAME.test(text.slice(f.start, f.end)))
        ) {
          const at = f.end + m.indices.groups![m.groups!.quoted ? 'quoted' : 'bare']![0];
          found.push(at, at + nick.length, 0.75);
          nicknames.add(nick);
        }
      }
      // '"Bubba" (Ezekiel Mensah-Pryce)': a nickname in quotes before the full name in brackets is a name too.
      if (text[f.start - 1] === '(' && f.start >= 4) {
        const nick = NICKNAME_BEFORE_BRACKET.exec(text.slice(Math.max(0, f.start - 30), f.start))?.[1];
        if (nick && !notName(nick)) {
          const at = f.start - 3 - nick.length;
          found.push(at, at + nick.length, 0.75);
          nicknames.add(nick);
        }
      }
      if (f.score < 0.7) continue;
      if (text.startsWith(' and ', f.end) && CAPITAL_NEXT.test(text[f.end + 5] ?? ''))
        found.take(f.end + 5, 0.7, 1);
      // "Dear Anneliese, Truly and the team": the greeted names listed with commas before "and".
      else if (
        text.startsWith(', ', f.end) &&
        CAPITAL_NEXT.test(text[f.end + 2] ?? '') &&
        GREETING_BEFORE.test(text.slice(Math.max(0, f.start - 12), f.start))
      )
        found.take(f.end + 2, 0.7, 1, false, LIST_AND);
      else if (text.startsWith(' and to ', f.end) && CAPITAL_NEXT.test(text[f.end + 8] ?? ''))
        found.take(f.end + 8, 0.7, 1);
      // "handed over by Morwenna Trask to Idris Bello": the receiving person of a handover.
      else if (
        text.startsWith(' to ', f.end) &&
        HANDOVER_BEFORE.test(text.slice(Math.max(0, f.start - 30), f.start))
      ) {
        const at = f.end + 4;
        const end = readName(text, at, 2);
        const words = end > at ? text.slice(at, end).split(' ') : [];
        if (
          words.length >= 2 &&
          (ENGLISH_FIRST_NAMES.has(words[0]!) ||
            ENGLISH_SURNAMES.has(words[words.length - 1]!) ||
            HANDOVER_NAME_END.test(text.slice(end, end + 4)))
        )
          found.take(at, 0.7, 2);
        // "Handover from Zillah to Jethro": a single given name ending the handover's line or sentence
        // (capitalised, not an acronym such as "ICU").
        else if (words.length === 0 && isLowerAscii(text.charCodeAt(at + 1)))
          found.take(at, 0.7, 1, false, HANDOVER_NAME_END);
      }
      // "updated your name from Jemima Carraway to Jem Carraway": the new name is a person too.
      else if (
        text.startsWith(' to ', f.end) &&
        NAME_CHANGED_FROM.test(text.slice(Math.max(0, f.start - 30), f.start))
      )
        found.take(f.end + 4, 0.7, 1, true);
    }
    this.addMessageForms(text, found);
    // A dictation transcribed without capitals ("patient ines varga date of birth …", "dictated by
    // doctor ravi menon end"): no capital cues a name, so two words are read between "patient" and the
    // birth date, or after the dictating doctor's words at the end of the dictation.
    if (!HAS_CAPITAL.test(text)) {
      LOWER_CASE_DICTATED_NAME.lastIndex = 0;
      for (let m = LOWER_CASE_DICTATED_NAME.exec(text); m; m = LOWER_CASE_DICTATED_NAME.exec(text)) {
        const name = m[1] ?? m[2]!;
        if (name.split(' ').some((w) => ENGLISH_NOT_NAMES.has(w))) continue;
        found.push(m.index + m[0].length - name.length, m.index + m[0].length, 0.7);
      }
    }
    // No finding: no name to find again.
    // "Winifred — Eye Clinic, Tue 3 Mar, 09:40": a reminder opening with its addressee's known first name and a
    // dash (round 50).
    const addressee = ADDRESSEE_DASH_OPENING.exec(text);
    if (
      addressee?.indices?.[1] &&
      ENGLISH_FIRST_NAMES.has(addressee[1]!) &&
      !findings.some((f) => f.start <= addressee.indices![1]![0] && f.end >= addressee.indices![1]![1])
    )
      findings.push({
        type: 'PERSON',
        start: addressee.indices[1][0],
        end: addressee.indices[1][1],
        text: addressee[1]!,
        score: 0.75,
        detector: this.name,
      });
    if (findings.length === 0) return findings;
    // A full name found once is a name wherever else it appears in the same text; so is its first word
    // alone ("Re: Huw Tjandra … Huw injured his knee"), and a nickname read in quotes.
    const names = new Set(findings.filter((f) => f.score >= 0.7 && f.text.includes(' ')).map((f) => f.text));
    const alone = new Set(nicknames);
    // A relative's given name read alone after the kinship word ("My great-nephew, Zebedee. He drives me") is
    // the same person when the text names them again alone ("Zebedee put in a grab bar"; round 39).
    for (const f of findings)
      if (
        f.score >= 0.75 &&
        RELATIVE_BEFORE_GIVEN.test(text.slice(Math.max(0, f.start - 24), f.start)) &&
        FIRST_WORD.test(f.text) &&
        !notName(f.text) &&
        !NAME_LIKE_WORDS.has(f.text) &&
        !ENGLISH_NOT_NAMES.has(f.text.toLowerCase())
      )
        alone.add(f.text);
    for (const name of names) {
      // "CLANCY, Niamh … Niamh's mum rang": the given name of a surname-first name, alone.
      const comma = name.indexOf(', ');
      const first = comma > 0 ? name.slice(comma + 2) : name.slice(0, name.indexOf(' '));
      // Not a family name written first ("Tan Wei Jie"): relatives share it.
      if (
        FIRST_WORD.test(first) &&
        !notName(first) &&
        !NAME_LIKE_WORDS.has(first) &&
        !PINYIN_SURNAMES.has(first) &&
        !VIETNAMESE_SURNAMES.has(first)
      )
        alone.add(first);
    }
    for (const name of [...names, ...alone]) {
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
        if (isNameLetter(text.charCodeAt(at - 1)) || isNameLetter(text.charCodeAt(at + name.length)))
          continue;
        // "Huw-Jones", "Jem." as part of a longer name or an initial: not the name alone.
        if (alone.has(name) && (text[at + name.length] === '-' || text[at - 1] === '-')) continue;
        if (!findings.some((f) => f.start <= at && f.end >= at + name.length))
          findings.push({
            type: 'PERSON',
            start: at,
            end: at + name.length,
            text: name,
            score: 0.7,
            detector: this.name,
          });
      }
    }
    // "Lillian Boudreau, that's B-O-U-D-R-E-A-U": a name found spelt out letter by letter (round 50).
    if (text.includes('-') && /[A-Z]-[A-Z]-[A-Z]/.test(text)) {
      SPELLED_CAPITALS.lastIndex = 0;
      for (let m = SPELLED_CAPITALS.exec(text); m; m = SPELLED_CAPITALS.exec(text)) {
        const word = m[0].replaceAll('-', '').toLowerCase();
        if (
          findings.some(
            (f) =>
              f.type === 'PERSON' &&
              f.text
                .toLowerCase()
                .split(/[ ,'’-]+/)
                .includes(word),
          ) &&
          !findings.some((f) => f.start < m!.index + m![0].length && f.end > m!.index)
        )
          findings.push({
            type: 'PERSON',
            start: m.index,
            end: m.index + m[0].length,
            text: m[0],
            score: 0.75,
            detector: this.name,
          });
      }
    }
    return findings;
  }

  /**
   * Names that messages place by layout: the family named in a family chat's title ("[Okonkwo family]");
   * the reader named first in a text message ("Ottilie, your scan…"); a relative in brackets before an
   * age ("your dad (Anselm Brack, 91, bed 6)"); a patient named by a bed ("From Perpetua in bed 2").
   */
  private addMessageForms(text: string, found: NameFindings): void {
    // Anchored at the text's start on a short slice: cheap enough to try on every text.
    const title = CHAT_FAMILY_TITLE.exec(text.slice(0, 64));
    const family = title?.[1] ?? title?.[2] ?? title?.[3] ?? title?.[5];
    // The speaker after a bare title is a person or a relative ("Mum:"), not a form's label ("Referral:").
    const speaker = title?.[4];
    if (
      family &&
      !notName(family) &&
      !(speaker && notName(speaker) && !KIN_SPEAKERS.has(speaker.toLowerCase()))
    ) {
      const start = text.indexOf(family);
      found.push(start, start + family.length, 0.75);
    }
    if (
      text.includes(', you') ||
      text.includes(', this is') ||
      text.includes(', R') ||
      text.includes(' reminder')
    ) {
      const opening = TEXT_OPENING_NAME.exec(text.slice(0, 72));
      const name = opening?.[2];
      // A name in capitals is read as a title-case word, and only after a sender's name.
      const word = name && name[1] !== name[1]!.toLowerCase() ? name[0] + name.slice(1).toLowerCase() : name;
      if (
        opening &&
        name &&
        word &&
        (word === name || opening.groups?.sender) &&
        (!opening.groups?.rx || opening.groups?.sender) &&
        !notName(word) &&
        !NAME_LIKE_WORDS.has(word) &&
        !MESSAGE_OPENINGS.has(word)
      ) {
        const start = opening[0].lastIndexOf(`${name},`);
        found.push(start, start + name.length, 0.75);
      }
    }
    // "The physio at rehab, LaDonna, said …": a staff member's name set off by commas after the role, before
    // what they said or did (round 38).
    if (text.includes(', ')) {
      ROLE_THEN_NAME_BETWEEN_COMMAS.lastIndex = 0;
      for (
        let m = ROLE_THEN_NAME_BETWEEN_COMMAS.exec(text);
        m;
        m = ROLE_THEN_NAME_BETWEEN_COMMAS.exec(text)
      ) {
        const name = m[1]!;
        if (notName(name) || NAME_LIKE_WORDS.has(name)) continue;
        const start = m.index + m[0].length - name.length - 2;
        found.push(start, start + name.length, 0.75);
      }
    }
    if (text.includes(' with ') && (text.includes('ooked') || text.includes('cheduled'))) {
      BOOKED_WITH_GIVEN.lastIndex = 0;
      for (let m = BOOKED_WITH_GIVEN.exec(text); m; m = BOOKED_WITH_GIVEN.exec(text)) {
        const name = m[1]!;
        if (notName(name) || NAME_LIKE_WORDS.has(name) || ENGLISH_NOT_NAMES.has(name.toLowerCase())) continue;
        const start = m.index + m[0].length - name.length;
        found.push(start, start + name.length, 0.75);
      }
    }
    // "Gwawr: Siwan something.": a chat turn opening with a given name whose family name the writer has
    // forgotten (round 38).
    if (text.includes(' something')) {
      NAME_THEN_SOMETHING.lastIndex = 0;
      for (let m = NAME_THEN_SOMETHING.exec(text); m; m = NAME_THEN_SOMETHING.exec(text)) {
        const name = m[1]!;
        if (notName(name) || NAME_LIKE_WORDS.has(name) || ENGLISH_NOT_NAMES.has(name.toLowerCase())) continue;
        const start = m.index + m[0].lastIndexOf(`: ${name} `) + 2;
        found.push(start, start + name.length, 0.75);
      }
    }
    for (let at = text.indexOf('('); at >= 0; at = text.indexOf('(', at + 1)) {
      NAME_AGE_IN_BRACKETS.lastIndex = at;
      const m = NAME_AGE_IN_BRACKETS.exec(text);
      if (m && !m[1]!.split(' ').some((w) => notName(w))) found.push(at + 1, at + 1 + m[1]!.length, 0.75);
    }
    // Each place opens with " in ": one scan for that says which places to look for.
    let places = 0;
    for (let at = text.indexOf(' in '); at >= 0; at = text.indexOf(' in ', at + 1))
      for (let i = 0; i < IN_BED_WORDS.length; i++)
        if (text.startsWith(IN_BED_WORDS[i]!, at)) places |= 1 << i;
    if (places !== 0)
      for (let i = 0; i < IN_BED_WORDS.length; i++) {
        if ((places & (1 << i)) === 0) continue;
        const place = IN_BED_WORDS[i]!;
        for (let at = text.indexOf(place); at >= 0; at = text.indexOf(place, at + 1)) {
          if (!isDigitCode(text.charCodeAt(at + place.length))) continue;
          const start = capitalisedWordBefore(text, at);
          if (start < 0) continue;
          const word = text.slice(start, at);
          // The word opens a field or follows "From"/"to" ("From Concepta in bed 3"), and is no common word.
          const before = text.slice(Math.max(0, start - 6), start);
          if (
            !notName(word) &&
            !NAME_LIKE_WORDS.has(word) &&
            (ENGLISH_FIRST_NAMES.has(word) || start === 0 || /(?:\b(?:[Ff]rom|to) |[:(] ?|\n)$/.test(before))
          )
            found.push(start, at, 0.7);
        }
      }
  }

  /** A name with a nickname inside it, its opener (' "', ' “' or ' (') at `opener` (INNER_NICKNAME). */
  private addInnerNickname(text: string, opener: number, found: NameFindings): void {
    let start = opener;
    while (start > 0 && start > opener - 22 && isAsciiNameCode(text.charCodeAt(start - 1))) start--;
    if (start === opener || (start > 0 && isAsciiNameCode(text.charCodeAt(start - 1)))) return;
    INNER_NICKNAME.lastIndex = start;
    const m = INNER_NICKNAME.exec(text);
    if (!m) return;
    const given = m[1]!;
    const family = m[4]!;
    const nick = m.groups!.quoted ?? m.groups!.bare!;
    if (notName(given) || notName(family) || notName(nick)) return;
    // Quotes make a nickname of any word between a known given or family name and another capitalised word; a
    // bracket does so only after a known given name, with a nickname or a family name known too ("Clinic (Enuresis)
    // Clinic" is none).
    const known = m.groups!.quoted
      ? ENGLISH_FIRST_NAMES.has(given) || ENGLISH_FIRST_NAMES.has(nick) || ENGLISH_SURNAMES.has(family)
      : ENGLISH_FIRST_NAMES.has(given) && (ENGLISH_FIRST_NAMES.has(nick) || ENGLISH_SURNAMES.has(family));
    if (known) found.push(start, start + m[0].length, 0.8);
  }

  /**
   * Names that lists and messages place by layout: a line opening with a name before an age glued to
   * the sex ("Ifan Maddox 71F bed 4"); the child named right after a greeting ("Kia ora Aroha, Tane is
   * due for his…"); "the Pennycook family" after a closing; the initials that sign each row of a
   * dated treatment log ("11/16  fx 6/20  2.66 Gy  RTV").
   */
  private addListForms(text: string, found: NameFindings): void {
    const findings = found.list;
    if (AGE_SEX_GLUED.test(text))
      for (let line = 0; line >= 0; line = text.indexOf('\n', line) + 1 || -1)
        if (stickyAt(LINE_NAME_AGE_SEX, text, line)) {
          const at = LINE_NAME_AGE_SEX.lastIndex;
          // A known name, or a bed, ward or the line's end after the age ("66M bed 11").
          const first = /^[^ ]+/.exec(text.slice(at, at + 22))?.[0] ?? '';
          found.take(
            at,
            0.8,
            2,
            false,
            ENGLISH_FIRST_NAMES.has(first) ? AGE_SEX_AFTER_NAME : AGE_SEX_BED_AFTER_NAME,
          );
        }
    // The greeted person's child or dependant, as the subject of the next clause.
    for (const f of [...findings]) {
      if (
        !text.startsWith(', ', f.end) ||
        !GREETING_BEFORE.test(text.slice(Math.max(0, f.start - 12), f.start))
      )
        continue;
      NEXT_WORD.lastIndex = f.end + 2;
      const word = NEXT_WORD.exec(text)?.[0];
      if (word === undefined || notName(word) || NAME_LIKE_WORDS.has(word)) continue;
      const after = f.end + 2 + word.length;
      if (stickyAt(PERSON_VERB, text, after) && DEPENDANT_AFTER.test(text.slice(after, after + 40)))
        found.take(f.end + 2, 0.7, 1);
    }
    // "Love, Ottoline and family": the writer's first name before "and family" after a closing.
    // The closing's look-ahead needs " and family" (or kids, girls, boys, co): only then is it scanned for.
    if (followedBy(text, ' and ', AND_FAMILY_AT, 1) || followedBy(text, ' & ', AND_FAMILY_AT, 1)) {
      NAME_AND_FAMILY.lastIndex = 0;
      for (let m = NAME_AND_FAMILY.exec(text); m; m = NAME_AND_FAMILY.exec(text)) {
        const start = m.index + m[0].length;
        if (!notName(text.slice(start, text.indexOf(' ', start))))
          found.take(start, 0.75, 1, false, AND_FAMILY_AFTER);
      }
    }
    // "Special thanks to Jarrah on nights": a staff member thanked, before the shift or place they work.
    // Every cue ends in " to ": one scan for that spares six for most texts.
    if (text.includes(' to ')) {
      // The cues hold "hank" or "hout": two scans spare six for most texts.
      const thanks = text.includes('hank');
      const shout = text.includes('hout');
      for (const cue of THANKS_TO) {
        if (!(cue.charCodeAt(0) === 0x73 ? shout : thanks)) continue;
        for (let at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + 1)) {
          const start = at + cue.length;
          NEXT_WORD.lastIndex = start;
          const word = NEXT_WORD.exec(text)?.[0];
          if (word === undefined || notName(word)) continue;
          found.take(
            start,
            0.7,
            1,
            false,
            ENGLISH_FIRST_NAMES.has(word) ? THANKED_NAME_END : STAFF_PLACE_AFTER,
          );
        }
      }
    }
    // "Questions: Leonor on 07700 900652", "ask for Wilhelmina at 0161…": whom to contact, before a phone.
    // A phone after " on " or " at " is needed (PHONE_AFTER_NAME): without one no label is looked for.
    if (digitAfter(text, ' on ', true) || digitAfter(text, ' at ', true))
      for (const label of CONTACT_LABELS)
        for (let at = text.indexOf(label); at >= 0; at = text.indexOf(label, at + 1)) {
          if (isLetter(text.charCodeAt(at - 1))) continue;
          let start = at + label.length;
          const colon = text[start] === ':';
          if (colon) start++;
          if (text[start] !== ' ') continue;
          start++;
          NEXT_WORD.lastIndex = start;
          const word = NEXT_WORD.exec(text)?.[0];
          if (word === undefined || notName(word) || NAME_LIKE_WORDS.has(word)) continue;
          // Without a colon ("call Bramble on…") only a known first name: "call Switchboard on…" is a desk.
          if (colon || ENGLISH_FIRST_NAMES.has(word)) found.take(start, 0.7, 1, false, PHONE_AFTER_NAME);
        }
    if (text.includes(' the ')) {
      FAMILY_AFTER_CLOSING.lastIndex = 0;
      for (let m = FAMILY_AFTER_CLOSING.exec(text); m; m = FAMILY_AFTER_CLOSING.exec(text)) {
        // The given names listed before the family ("Archie, Kenzie and the …"), then the family name.
        const list = m.indices![1]!;
        for (let at = list[0]; at < list[1]; ) {
          const end = readName(text, at, 1);
          if (end < 0) break;
          found.push(at, end, 0.75);
          at = end + (text.startsWith(', ', end) ? 2 : text.startsWith(' & ', end) ? 3 : 5);
        }
        const name = m[2]!;
        if (!notName(name)) found.push(m.indices![2]![0], m.indices![2]![1], 0.75);
      }
    }
    if (text.includes('\n') && /\d\/\d/.test(text)) {
      const rows = new Map<string, number[]>();
      LOG_ROW_INITIALS.lastIndex = 0;
      for (let m = LOG_ROW_INITIALS.exec(text); m; m = LOG_ROW_INITIALS.exec(text)) {
        const initials = m[1]!;
        if (NOT_INITIALS.has(initials)) continue;
        rows.set(initials, [...(rows.get(initials) ?? []), m.index + m[0].length - initials.length]);
        LOG_ROW_INITIALS.lastIndex = m.index + m[0].length;
      }
      for (const [initials, starts] of rows)
        if (starts.length >= 2)
          for (const start of starts)
            findings.push({
              type: 'PERSON',
              start,
              end: start + initials.length,
              text: initials,
              score: 0.75,
              detector: this.name,
            });
    }
  }

  /**
   * Sign-off forms of notes and labels: an initial and surname after "by", "Signed", "reg" or a dash,
   * or before a credential ("checked by P. Ndlovu", "— K. Adjei, RN", "B Hartley-Noone (FY1)"); a
   * sign-off after a dash in the middle of a line ("…Friday. — Halima Osei"); a given name before a
   * nursing credential ("Giving: Marit RN"); a name in capitals after a title in capitals ("MRS EDNA
   * FAIRCLOUGH").
   */
  private addSignatureForms(text: string, found: NameFindings): void {
    // A report in capitals: an initial and a surname in capitals before a nurse's or doctor's credential
    // ("CALLED TO K. OSEI RN 04:10"), the surname not a word ("J. SMITH RN" yes, "A. AND RN" no).
    if (text.includes('. ')) {
      INITIAL_CAPS_SURNAME_CREDENTIAL.lastIndex = 0;
      for (
        let m = INITIAL_CAPS_SURNAME_CREDENTIAL.exec(text);
        m;
        m = INITIAL_CAPS_SURNAME_CREDENTIAL.exec(text)
      ) {
        const surname = m[1]!;
        if (!notName(surname[0] + surname.slice(1).split('-')[0]!.toLowerCase()))
          found.push(m.index, m.index + 3 + surname.length, 0.8);
      }
    }
    // The surname may open with a capital beyond ASCII ("Y. Åkerlund"; round 36).
    if (/[A-Z]\.? [A-ZÀ-ÖØ-ÞĀ-ž]/.test(text)) {
      INITIAL_SURNAME.lastIndex = 0;
      // The end of the last initial-and-surname read: the next one after a comma or "and" continues the
      // list ("Signed N. Okafor, S. Ilori-Okafor").
      let listEnd = -1;
      for (let m = INITIAL_SURNAME.exec(text); m; m = INITIAL_SURNAME.exec(text)) {
        const end = m.index + m[0].length;
        const surname = m[0].slice(m[0].indexOf(' ') + 1);
        if (notName(surname.split('-')[0]!)) continue;
        const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
        const before = text.slice(Math.max(lineStart, m.index - 16), m.index);
        const between = listEnd >= 0 ? text.slice(listEnd, m.index) : '';
        if (
          INITIAL_CUE_BEFORE.test(before) ||
          CREDENTIAL_AFTER.test(text.slice(end, end + 12)) ||
          (GRADE_BEFORE_SIGNATURE.test(before) && SIGNATURE_LINE_END.test(text.slice(end, end + 4))) ||
          // A field's label and colon, a double-barrelled or known surname after the initial filling the rest of
          // the line ("Synthesis by receiver: K. Abernethy-Lowe"; round 45); not a germ ("Organism: E. Coli").
          (LABEL_COLON_BEFORE.test(before) &&
            (surname.includes('-') || ENGLISH_SURNAMES.has(surname)) &&
            SIGNATURE_LINE_END.test(text.slice(end, end + 4))) ||
          between === ', ' ||
          between === ' and ' ||
          between === ' & '
        ) {
          found.push(m.index, end, 0.8);
          listEnd = end;
        }
      }
    }
    // "…called to T. Oshodi RN 04:51 by JMK": the initials of whoever phoned or read back a result, after
    // its clock time and closing the line (rounds 35, 36). Two scans for " by " spare a regex scan.
    for (const by of [' by ', ' BY '])
      for (let at = text.indexOf(by); at >= 0; at = text.indexOf(by, at + 1)) {
        if (!CLOCK_BEFORE_BY.test(text.slice(Math.max(0, at - 6), at))) continue;
        INITIALS_CLOSING_LINE.lastIndex = at + 4;
        const m = INITIALS_CLOSING_LINE.exec(text);
        // Not a role or a unit ("by HCA", "by ICU") nor how the result went ("by SMS").
        if (
          m &&
          !NOT_CALLER_INITIALS.has(m[0]) &&
          !ROLE_ABBREVIATIONS.has(m[0]) &&
          !UNIT_ABBREVIATIONS.has(m[0])
        )
          found.push(at + 4, at + 4 + m[0].length, 0.75);
      }
    for (const dash of [' — ', ' – ']) {
      for (let at = text.indexOf(dash); at >= 0; at = text.indexOf(dash, at + 1)) {
        if (
          !/[.!?]/.test(text[at - 1] ?? '') &&
          !CLOSING_BEFORE_DASH.test(text.slice(Math.max(0, at - 14), at))
        )
          continue;
        found.take(at + dash.length, 0.75, 1, false, DASH_SIGN_OFF_END);
      }
    }
    // "District nursing visit 2/12 — Ines Gallo at 14 Reed Lane": a visit's person before the address.
    // An address after " at " is needed (AT_ADDRESS_AFTER): without one no dash is looked for.
    // A sentence may open with the person ("…, Thu 19 Nov. Enid Powys at Bryn Awel, 8 Heol Las, …"), and a
    // named house may come before the number.
    if (
      digitAfter(text, ' at ', false) ||
      followedBy(text, ' at ', ADDRESS_START, 4) ||
      followedBy(text, ' at ', HOUSE_NAME_START, 4)
    )
      for (const dash of [' — ', ' – ', ' - ', '. '])
        for (let at = text.indexOf(dash); at >= 0; at = text.indexOf(dash, at + 1))
          found.take(at + dash.length, 0.75, 2, false, AT_ADDRESS_AFTER);
    // "Meena (FY2)": a line holding only a name and a grade in brackets signs the note.
    for (let open = text.indexOf(' ('); open >= 0; open = text.indexOf(' (', open + 1)) {
      // "Scribe: KT (FY1)": a doctor's initials after a label's colon, before a grade in brackets (round 38);
      // not a role or a unit ("Bleep: ED (SHO)").
      if (stickyAt(GRADE_IN_BRACKETS, text, open)) {
        const initials = INITIALS_BEFORE_GRADE.exec(text.slice(Math.max(0, open - 12), open))?.[1];
        if (initials && !ROLE_ABBREVIATIONS.has(initials) && !UNIT_ABBREVIATIONS.has(initials))
          found.push(open - initials.length, open, 0.75);
      }
      if (!stickyAt(GRADE_ENDING_LINE, text, open)) {
        // "notes by Tressa (SHO).": mid-line, "by" before the name says who wrote or did it.
        if (stickyAt(GRADE_IN_BRACKETS, text, open)) {
          const by = BY_BEFORE_GRADED_NAME.exec(text.slice(Math.max(0, open - 48), open))?.[1];
          // Not a word saying which doctor or nurse ("by Locum (SHO)", "by Night (RN)").
          const which = (w: string) =>
            NURSE_QUALIFIERS.has(w.toLowerCase()) || w === 'Locum' || w === 'Agency';
          if (by && !by.split(' ').some((w) => notName(w) || which(w)))
            found.push(open - by.length, open, 0.75);
        }
        continue;
      }
      let at = text.lastIndexOf('\n', open) + 1;
      while (at < open && isBlankCode(text.charCodeAt(at))) at++;
      if (readName(text, at, 1) === open) found.take(at, 0.75, 1);
    }
    // Read back from each credential to the start of its line (at most 60 characters).
    NURSE_CREDENTIAL.lastIndex = 0;
    for (let m = NURSE_CREDENTIAL.exec(text); m; m = NURSE_CREDENTIAL.exec(text)) {
      const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
      const from = Math.max(lineStart, m.index - 60);
      // A cut line gets a letter in front, so that ^ stands only for a real line start.
      const before = (from > lineStart ? 'x' : '') + text.slice(from, m.index);
      const name = NAME_BEFORE_NURSE.exec(before)?.[1];
      if (name === undefined) {
        const initials = INITIALS_BEFORE_NURSE.exec(before)?.[1];
        if (initials && !ROLE_ABBREVIATIONS.has(initials) && !UNIT_ABBREVIATIONS.has(initials)) {
          const start = m.index - (text[m.index - 1] === ',' ? 1 : 0) - initials.length;
          found.push(start, start + initials.length, 0.75);
        }
        continue;
      }
      let words = name.split(' ');
      // "Outgoing Tamsin RN" at a line start: the handover word is no part of the name.
      if (words.length > 1 && HANDOVER_DIRECTION.test(words[0]!)) words = words.slice(1);
      if (words.some((w) => notName(w) || NURSE_QUALIFIERS.has(w.toLowerCase()))) continue;
      const length = words.join(' ').length;
      const start = m.index - (text[m.index - 1] === ',' ? 1 : 0) - length;
      found.push(start, start + length, 0.75);
    }
    if (/(?:MRS?|MS|MISS|MX|DR)\.? [A-Z](?:[A-Z]|\. [A-Z])/.test(text)) {
      CAPS_TITLE_NAME.lastIndex = 0;
      for (let m = CAPS_TITLE_NAME.exec(text); m; m = CAPS_TITLE_NAME.exec(text)) {
        const words = m[2]!.split(' ').map((w) => w[0] + w.slice(1).toLowerCase());
        if (words.some((w) => notName(w))) continue;
        // A surname alone only on a pharmacy label's line of its own, after a title with its full stop
        // (the prescriber: "DR. PRITCHARD-OWEN"; not a drive in an address: "14 OAK DR. LONDON").
        if (
          words.length === 1 &&
          !(
            m[0][m[1]!.length] === '.' &&
            (m.index === 0 || text[m.index - 1] === '\n') &&
            /^[ \t]*(?:\r?\n|$)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3)) &&
            PHARMACY_LABEL_WORDS.test(text)
          )
        )
          continue;
        // MR, MS and DR are also magnetic resonance, multiple sclerosis and a drive: a known name is needed,
        // or a pharmacy label's dosing line under it ("MR ODO KESTEVEN\nTAKE TWO CAPSULES…").
        const known =
          // An initial before the surname ("DR. L. OKONKWO-BLAIR"): no scan or drive is written so.
          m[2]![1] === '.' ||
          // A surname alone passed the label's test above.
          words.length === 1 ||
          ENGLISH_FIRST_NAMES.has(words[0]!) ||
          ENGLISH_SURNAMES.has(words[words.length - 1]!) ||
          DOSING_LINE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24)) ||
          // …or a dispensing date after a column gap on a label with dosing words ("MR ALARIC PENDARVES  23.11.26").
          (DISPENSED_DATE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16)) &&
            PHARMACY_LABEL_WORDS.test(text));
        if (!known && !(m[1] === 'MRS' || m[1] === 'MISS')) continue;
        const start = m.index + m[0].length - m[2]!.length;
        found.push(start, start + m[2]!.length, 0.8);
      }
    }
    // A label or envelope in capitals: the name on its own line right above an address in capitals with
    // its postcode ("DELORES MCKINNEY\n118 CHINQUAPIN WAY, MACON GA 31204").
    // A compass letter may open the street ("7031 E SAGUARO VISTA DR").
    if (/\n[ \t]{0,3}\d{1,5} [A-Z][A-Z ]/.test(text)) {
      CAPS_ADDRESS.lastIndex = 0;
      for (let m = CAPS_ADDRESS.exec(text); m; m = CAPS_ADDRESS.exec(text)) {
        const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
        if (lineStart === 0 || text.slice(lineStart, m.index).trim() !== '') continue;
        const previous = text.lastIndexOf('\n', lineStart - 2) + 1;
        const above = text.slice(previous, lineStart - 1).replace(/\r$/, '');
        const whole = CAPS_NAME_LINE.exec(above);
        const line =
          whole ??
          CAPS_NAME_CELL_AFTER_NUMBER.exec(above) ??
          CAPS_SURNAME_GIVEN_CELL_AFTER_NUMBER.exec(above) ??
          CAPS_SURNAME_GIVEN_LINE.exec(above);
        if (!line) continue;
        const words = line[1]!
          .replace(',', '')
          .split(' ')
          .filter((w) => w.length > 2 || !w.endsWith('.'));
        if (words.some((w) => notName(w[0] + w.slice(1).toLowerCase()))) continue;
        // A last cell after a number ("QTY 18   TAKE DAILY") needs a known first name or family name.
        const title = (w: string) => w[0] + w.slice(1).toLowerCase();
        // The "SURNAME, GIVEN" shape above an address is a name already, unless a word is an ordinary one.
        const surnameFirst = !whole && line[1]!.includes(',');
        if (
          surnameFirst &&
          words.some((w) => ENGLISH_NOT_NAMES.has(w.toLowerCase()) || LABEL_DOSING_WORD.test(w))
        )
          continue;
        if (
          !whole &&
          !surnameFirst &&
          !ENGLISH_FIRST_NAMES.has(title(words[0]!)) &&
          !ENGLISH_SURNAMES.has(title(words[words.length - 1]!))
        )
          continue;
        const start = previous + line.index + line[0].indexOf(line[1]!);
        found.push(start, start + line[1]!.length, 0.8);
      }
    }
    // Charts in capitals write the relation's cue in capitals too ("WIFE ROISIN PHONED"), where the
    // capitalised-relation cue is not tried: a known first name, and a known surname after it, is read.
    CAPS_RELATION_NAME.lastIndex = 0;
    for (let m = CAPS_RELATION_NAME.exec(text); m; m = CAPS_RELATION_NAME.exec(text)) {
      const title = (w: string | undefined) => (w ? w[0] + w.slice(1).toLowerCase() : '');
      const given = title(m[1]);
      if (!ENGLISH_FIRST_NAMES.has(given) || notName(given)) continue;
      const start = m.index + m[0].length - m[1]!.length - (m[2] ? m[2].length + 1 : 0);
      const end = ENGLISH_SURNAMES.has(title(m[2])) ? m.index + m[0].length : start + m[1]!.length;
      found.push(start, end, 0.75);
    }
  }
}

/**
 * A label whose value is an organisation, not a person ("Pharmacy: Elmwood Drug", "Practice: Kowhai
 * Health"), or an insurer ("Insurance: Cigna HMO"; round 37). Not "Clinic:" or "Provider:", which name the
 * patient seen or the clinician.
 */
const ORGANISATION_LABEL_BEFORE =
  /\b(?:[Ii]nsurance|INSURANCE|[Ii]nsurer|[Pp]ayer|[Cc]arrier|[Pp]harmacy|PHARMACY|[Cc]hemist|[Pp]ractice|[Ss]urgery|[Hh]ospital|[Ff]acility|[Ee]mployer|[Cc]ompany|[Ii]nsurer|[Ll]ab|[Ll]aboratory|[Aa]gency|[Ss]chool|[Dd]ispensary|[Ss]tore|[Ss]upplier|[Vv]endor)[ \t]{0,2}:[ \t]{1,2}$/;
/** A signature's credential and comma: the pair after it is the signer's service ("…, NP, Movement Disorders"). */
const CREDENTIAL_BEFORE_PAIR =
  /\b(?:NP|RN|MD|DO|PA-C|APRN|CNS|ANP|RGN|RMN|RM|PhD|MBBS|FRCP|FRCS|MRCP|CNM|DNP|RPh|PharmD), $/;
/** A handover's words before the person handing over ("handed over by", "handover from Dr"). */
const HANDOVER_BEFORE =
  /\b(?:hand(?:ed)? ?over|handoff|handed off)(?: (?:by|from))? (?:(?:Dr|Nurse|Sister)\.? )?$/i;
/** What ends the receiving person's name: the line, the text or a sentence. */
/** A bed or room after a single name ("Perpetua in bed 4"), a digit following. */
const IN_BED_WORDS = [' in bed ', ' in room ', ' in bay '];
const HANDOVER_NAME_END = /^(?:[ \t]*(?:\r?\n|$)|[.;,](?: |[ \t]*(?:\r?\n|$)))/;
/** An age glued to the sex ("71F", "66M"), and a line that opens with two or three name words before it. */
const AGE_SEX_GLUED = / \d{1,3}[MF](?![A-Za-z0-9])/;
// In a | table the name opens a cell, the first or the one after a bed ("| 4 | Ifan Maddox 71F |"): the
// match ends where the name starts.
const LINE_NAME_AGE_SEX =
  /[ \t]{0,3}(?:\|[ \t]{0,2}(?:[^|\n]{1,12}\|[ \t]{1,2})?)?(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿā-ž'’-]{1,20}(?: [A-ZÀ-ÖØ-Þ][a-zà-öø-ÿā-ž'’-]{1,20}){1,2} \d{1,3}[MF](?![A-Za-z0-9]))/y;
const AGE_SEX_AFTER_NAME = /^ \d{1,3}[MF](?![A-Za-z0-9])/;
const AGE_SEX_BED_AFTER_NAME =
  /^ \d{1,3}[MF](?:,| (?:bed|bay|rm|room|ward|side room|cubicle|cot)\b|[ \t]*(?:\r?\n|$)| \|)/i;
/** A greeting right before a name ("Kia ora ", "Hi ", "Dear "). */
const GREETING_BEFORE = /\b(?:[Kk]ia ora|[Hh]i|[Hh]ello|[Dd]ear|[Tt]alofa)[ \t]{1,2}$/;
/** A dependant's pronoun soon after the verb: "is due for his", "has her appointment". */
const DEPENDANT_AFTER = /^[^.\n]{0,30}\b(?:his|her|their)\b/;
/** "With love, the Pennycook family", "Love, the Ashdown girls": a family name after a closing. */
// Given names may come first ("With love from Archie, Kenzie and the Hollings family").
const FAMILY_AFTER_CLOSING =
  /\b(?:[Ll]ove|[Rr]egards|[Ww]ishes|[Tt]hanks|[Tt]hank you|[Gg]ratitude|[Ss]incerely|[Cc]heers),?[ \t]{1,2}(?:from[ \t]{1,2})?((?:[A-Z][a-z'’-]{1,20}(?:, | and | & )){0,4})the ([A-Z][a-z'’-]{2,20}) (?:family|girls|boys|kids|sisters|brothers|clan)\b/dg;
/** A closing before a list of given names ("Love from Ezra, Tove and …"). */
const CLOSING_BEFORE_LIST = /\b(?:[Ll]ove|[Rr]egards|[Ww]ishes|[Tt]hanks|[Cc]heers)(?: from)?,?[ \t]{1,2}$/;
/** A closing before a first name and "and family" ("Love, Ottoline and family", "Thanks from Ruairi & family"). */
const NAME_AND_FAMILY =
  /\b(?:[Ll]ove|[Rr]egards|[Ww]ishes|[Tt]hanks|[Tt]hank you|[Gg]ratitude|[Cc]heers|[Bb]est),?[ \t]{1,2}(?:from[ \t]{1,2})?(?=[A-Z][a-z'’-]{1,20} (?:and|&) (?:the )?(?:family|kids|girls|boys|co)\b)/g;
const AND_FAMILY_AFTER = /^ (?:and|&) (?:the )?(?:family|kids|girls|boys|co)\b/;
/** The same, tried at a position. */
const AND_FAMILY_AT = /(?:and|&) (?:the )?(?:family|kids|girls|boys|co)\b/y;
/** Whether `regex` (sticky) matches `offset` code units into some occurrence of `needle`. */
function followedBy(text: string, needle: string, regex: RegExp, offset: number): boolean {
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    regex.lastIndex = at + offset;
    if (regex.test(text)) return true;
  }
  return false;
}
/** Whether some " on " or " at " (`needle`) has a digit, or "+" or "(" when `phone`, right after it. */
function digitAfter(text: string, needle: string, phone: boolean): boolean {
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    const code = text.charCodeAt(at + needle.length);
    if ((code >= 0x30 && code <= 0x39) || (phone && (code === 0x2b || code === 0x28))) return true;
  }
  return false;
}
/** " at Unit 4, …", " at Flat 2": the other openings of AT_ADDRESS_AFTER. */
const ADDRESS_START = /(?:Unit|Flat|Apt) /y;
/** " at Rose Cottage, 4 …": a named house before the number, another opening of AT_ADDRESS_AFTER. */
const HOUSE_NAME_START = /[A-Z][a-zŷ'’]{1,20}(?: [A-Z][a-zŷ'’]{1,20}){0,2}, \d/y;
/** Thanks addressed to a person ("Special thanks to Jarrah", "thank you to Sister Ama"). */
const THANKS_TO = [
  'thanks to ',
  'Thanks to ',
  'thank you to ',
  'Thank you to ',
  'shout-out to ',
  'shout out to ',
];
/** Where a thanked member of staff works: a shift, a theatre, a desk ("on nights", "in theatre"). */
// A second thanked name may stand between ("Eira and Tomos on nights").
const STAFF_PLACE_AFTER =
  /^(?: and [A-Z][a-zà-öø-ÿ'’-]{1,20})? (?:on (?:nights|days|lates|earlies|the night shift|the day shift|night shift|day shift|the ward|reception)|in (?:theatre|theatres|recovery|radiology|pharmacy|ED|ICU|A&E)|at (?:reception|the desk|the front desk))\b/;
/** After a thanked first name that is a known one: the same, or the sentence's end. */
const THANKED_NAME_END =
  /^(?:[.!,;]| and | for |[ \t]*(?:\r?\n|$)| (?:on (?:nights|days|lates|earlies|the night shift|the day shift|night shift|day shift|the ward|reception)|in (?:theatre|theatres|recovery|radiology|pharmacy|ED|ICU|A&E)|at (?:reception|the desk|the front desk))\b)/;
/** Labels after which a name is whom to contact (see PHONE_AFTER_NAME). */
const CONTACT_LABELS = [
  'Questions',
  'questions',
  'Queries',
  'queries',
  'Ask for',
  'ask for',
  'Call',
  'call',
  'Ring',
  'ring',
];
/** A phone number after "on" or "at" right after the name. */
const PHONE_AFTER_NAME = /^ (?:on|at) \+?[0-9(][0-9 ()-]{5,18}[0-9]/;
/** A pharmacy label's dosing line under the patient's name ("TAKE ONE TABLET…", "APPLY THINLY…"). */
const DOSING_LINE_AFTER =
  /^[ \t]*\r?\n[ \t]{0,3}(?:TAKE|APPLY|USE|INHALE|INSERT|DISSOLVE|CHEW|SPRAY|INJECT|INSTIL|PLACE|PUT|GIVE|SUCK|SHAKE)\b/;
/** A pharmacy label's dosing and quantity words in capitals, which are no name ("TAKE, DAILY"). */
const LABEL_DOSING_WORD =
  /^(?:TAKE|APPLY|USE|INHALE|INSERT|DISSOLVE|CHEW|SPRAY|INJECT|INSTIL|PLACE|PUT|GIVE|SUCK|SHAKE|DAILY|TWICE|ONCE|TABLETS?|CAPSULES?|MOUTH|DOSE|REFILLS?|QTY|FOOD|WATER|NEEDED|EVERY|MORNING|NIGHT|BEDTIME|HOURS?|WEEKLY)$/;
/** A dispensing date after the patient's name on a pharmacy label, past a column gap. */
const DISPENSED_DATE_AFTER = /^(?: {2,}|\t)\d{1,2}[./]\d{1,2}[./]\d{2,4}(?![0-9])/;
/** A pharmacy label's dosing or form words anywhere in the text. */
const PHARMACY_LABEL_WORDS =
  /\b(?:TAKE|APPLY|INHALE|INSERT|DISSOLVE|CHEW|INSTIL|INJECT) (?:ONE|TWO|THREE|FOUR|HALF|[0-9]|THINLY)|\b(?:TABLETS|CAPSULES)\b/;
/** An address after a name: " at 3/41 Quarry Rise", " at 14 Reed Lane". */
// A named house may stand first (" at Rose Cottage, 4 Mill Lane", " at Ty Gwyn, 8 Heol y Felin").
const AT_ADDRESS_AFTER =
  /^ at (?:(?:Unit|Flat|Apt) \d{1,5}[A-Za-z]?,? |[A-Z][a-zŷ'’]{1,20}(?: [A-Z][a-zŷ'’]{1,20}){0,2}, )?\d{1,5}(?:\/\d{1,5})?[A-Za-z]?,? [A-Z][a-z]/;
/** Labels of the parts of a name, after which a short word in capitals is a name, not an abbreviation. */
const NAME_PART_LABEL_BEFORE =
  /\b(?:fore|first |given |christian |sur|last |family |middle )names?[ \t]{0,2}:?[ \t]{0,3}$/i;
/** Short capitals that fill a name field as no name: unknown, not known, to be confirmed. */
const NOT_A_NAME_FIELD: ReadonlySet<string> = new Set('UNK NK TBC TBA NONE NIL NA NS NFA'.split(' '));
/** "Forename: DILYS": a name in capitals after a label of a name's part (three or more letters, a vowel). */
function capitalsNamePart(text: string, at: number, end: number): boolean {
  const word = text.slice(at, end);
  return (
    word.length >= 3 &&
    /[AEIOUY]/.test(word) &&
    !NOT_A_NAME_FIELD.has(word) &&
    NAME_PART_LABEL_BEFORE.test(text.slice(Math.max(0, at - 20), at))
  );
}
/** A dated log row ("11/16  fx 6/20  2.66 Gy  RTV") ending in the initials of whoever signed it. */
const LOG_ROW_INITIALS =
  /(?:^|\n)[ \t]{0,3}\d{1,2}\/\d{1,2}(?:\/\d{2,4})?(?: {2}|\t)[^\n]{1,80}?(?: {2}|\t)([A-Z]{2,3})[ \t]{0,3}(?=\r?\n|$)/g;
/** A clock time right before " by " ("05:40 by", "0540 BY"). */
const CLOCK_BEFORE_BY = /(?:\b\d{1,2}:\d{2}|\b(?:[01]\d|2[0-3])[0-5]\d)$/;
/** Two to four capitals closing the line or the text, after " by " (see CLOCK_BEFORE_BY). */
const INITIALS_CLOSING_LINE = /[A-Z]{2,4}(?=[ \t]*[.;]?[ \t]*(?:\r?\n|$))/y;
/** How or where a result went at a time, not who sent it ("11:05 by SMS", "0900 by GP"). */
const NOT_CALLER_INITIALS: ReadonlySet<string> = new Set(
  'SMS TXT FAX PDF GP ED ER ICU ITU HDU CCU OR IV PO MDT LIS EPR EHR APP IT RN NP MD BMS MLS UK US NHS'.split(
    ' ',
  ),
);
/** Capitals that end log rows as a route, a frequency or an outcome, not initials. */
const NOT_INITIALS: ReadonlySet<string> = new Set(
  'IV PO SC IM PR SL NG OD BD TDS QDS QID TID PRN NBM DNA NAD OK GY MV RT CT MRI ECG NA ND NR'.split(' '),
);

/** "St Mary's Hospital", "Guy's Hospital": a possessive name that is part of a place. */
const SAINT_BEFORE = /\b(?:St\.?|Saint) $/;
const PLACE_AFTER =
  /^ (?:Hospital|Clinic|Church|Road|Street|Lane|School|College|Ward|Centre|Center|Park|Square|House|Court|Surgery|Practice|Hall|Hospice|Home)\b/;

const stickyAt = (regex: RegExp, text: string, at: number) => {
  regex.lastIndex = at;
  return regex.test(text);
};
const isDigitCode = (code: number) => code >= 0x30 && code <= 0x39;
const isLetter = (code: number) => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
/** A letter as names spell them: ASCII, or any letter from Latin-1 on ("Séamus", "Zoë"). */
const isNameLetter = (code: number) => isLetter(code) || (code >= 0xc0 && code !== 0xd7 && code !== 0xf7);
/** A kinship word right before a given name read alone ("my great-nephew, ", "his daughter "). */
const RELATIVE_BEFORE_GIVEN =
  /\b(?:(?:great-|grand-?)?(?:son|daughter|nephew|niece|child)|grandson|granddaughter|husband|wife|partner|brother|sister|mother|father|mum|mom|dad|carer|caregiver|neighbou?r|friend)(?:-in-law)?,? $/i;
/** The first word of a full name, to be read alone elsewhere: a capital then small letters ("Séamus", not "MACRAE,"). */
// Three letters or more: "Te", "Le" and "Da" open place names and particles too.
const FIRST_WORD = /^[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿā-ž'’]{2,20}$/;

const NEXT_WORD = /[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿā-ž]{1,12}(?:[-'’][a-z]{1,8})?(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ž])/y;

/** Whether the word after a surname (one space on) reads as a pinyin given name ("Liu Zhenhua"). */
function pinyinGivenAfter(text: string, end: number): boolean {
  if (text[end] !== ' ') return false;
  NEXT_WORD.lastIndex = end + 1;
  const m = NEXT_WORD.exec(text);
  return m !== null && PINYIN_GIVEN.test(m[0].toLowerCase()) && !ENGLISH_NOT_NAMES.has(m[0].toLowerCase());
}

/** The excluded words as they appear capitalised ("The", "Patient"): most tokens need no lower-casing. */
const NOT_NAMES_TITLE: ReadonlySet<string> = new Set(
  [...ENGLISH_NOT_NAMES].map((w) => (w.length > 0 ? w[0]!.toUpperCase() + w.slice(1) : w)),
);
/**
 * Pairs of words that read as a romanised name but are a place ("Hong Kong", "Sha Tin") or a kinship
 * term of Singapore and Malaysia ("Ah Ma", grandmother).
 */
const KINSHIP_PAIRS: ReadonlySet<string> = new Set([
  'Ah Ma',
  'Ah Mah',
  'Ah Gong',
  'Ah Kong',
  'Ah Pa',
  'Ah Ba',
  'Ah Po',
]);
/**
 * Names that stand for no one: the placeholders of an unidentified patient ("John Doe ~30s") and
 * eponyms of operations, positions and signs written without their noun ("day 4 post-oesophagectomy,
 * Ivor Lewis").
 */
const NO_ONE_PAIRS: ReadonlySet<string> = new Set([
  'John Doe',
  'Jane Doe',
  'Baby Doe',
  'Ivor Lewis',
  'Lloyd Davies',
  'Argyll Robertson',
  'Austin Flint',
]);
const notNamePair = (text: string, start: number, end: number) => {
  const space = text.indexOf(' ', start);
  if (space < 0 || space >= end || space - start > 6) return false;
  const second = text.indexOf(' ', space + 1);
  const pair = text.slice(start, second < 0 || second > end ? end : second);
  return ROMANISED_PLACES.has(pair) || KINSHIP_PAIRS.has(pair) || NO_ONE_PAIRS.has(pair);
};
/** Specialists by their suffix ("Microbiologist", "Paediatrician", "Psychiatrist", "Sonographer"). */
const PROFESSION_SUFFIXES = ['ologist', 'ician', 'iatrist', 'ographer', 'apist', 'macist', 'entist'];
/** What /(?:ologist|ician|…)s?$/ tests, by endsWith: no suffix ends in "s", so one "s" is dropped first. */
function isProfession(word: string): boolean {
  const end = word.charCodeAt(word.length - 1) === 0x73 ? word.length - 1 : word.length;
  for (const suffix of PROFESSION_SUFFIXES) if (word.endsWith(suffix, end)) return true;
  return false;
}
/** An ASCII capital inside the word ("McKay", "iPhone"), after a code unit that is no line break (as /.[A-Z]/ reads it). */
function hasInnerCapital(word: string): boolean {
  for (let i = 1; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 0x41 && code <= 0x5a) {
      const before = word.charCodeAt(i - 1);
      if (before !== 0x0a && before !== 0x0d && before !== 0x2028 && before !== 0x2029) return true;
    }
  }
  return false;
}
/**
 * The plural words that name an office or a service, as an e-mail header or a form addresses it ("To:
 * Outpatient Appointments", "Patient Bookings"): no person is named so.
 */
const OFFICE_WORDS: ReadonlySet<string> = new Set(
  'Appointments Bookings Admissions Enquiries Inquiries Referrals Records Outpatients Scheduling'.split(' '),
);
/** Whether any word of a name (split at blanks and hyphens) is an ordinary word, not a name. */
const hasOrdinaryWord = (name: string) => name.split(/[ -]/).some((w) => notName(w));

/**
 * Each match's group 1 as a name, unless `rejects` finds it is not one: the name ends `tail` characters
 * before the match does (the regex reads a little past it, a comma or a bracket, to be sure it ended).
 */
function pushGroupNames(
  found: NameFindings,
  text: string,
  regex: RegExp,
  tail: number,
  score: number,
  rejects: (name: string) => boolean,
): void {
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    const name = m[1]!;
    if (rejects(name)) continue;
    const end = m.index + m[0].length - tail;
    found.push(end - name.length, end, score);
  }
}

/**
 * Each match of a global regex with the d flag that `keep` accepts: its group `group` is a name. The regex's own
 * context decides where the name is; `keep` checks the words (a known name, no ordinary word).
 */
function pushMatchedGroup(
  found: NameFindings,
  text: string,
  regex: RegExp,
  group: number,
  score: number,
  keep: (m: RegExpExecArray) => boolean = () => true,
): void {
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    const at = m.indices?.[group];
    if (at && keep(m)) found.push(at[0], at[1], score);
  }
}

/**
 * Words that name a service, a department or a place of business, never a person, as the last word of an
 * organisation after a name or a label ("To: Harbourside Rehab", "Dr Ana Roe, Clinical Neurophysiology", "Millbrook
 * Business Park"; round 49).
 */
const SERVICE_WORDS: ReadonlySet<string> = new Set(
  'Rehab Rehabilitation Neurophysiology Physiology Business Industrial Estate Health Healthcare Wellness'.split(
    ' ',
  ),
);
const notName = (word: string) =>
  NOT_NAMES_TITLE.has(word) ||
  OFFICE_WORDS.has(word) ||
  SERVICE_WORDS.has(word) ||
  (hasInnerCapital(word) && ENGLISH_NOT_NAMES.has(word.toLowerCase())) ||
  (word.length > 6 && isProfession(word));

/**
 * Capitalised words that are ordinary words, months or eponyms but also first names or surnames:
 * read as names only right after a strong cue (a title, a name label, a relation, a chat speaker).
 */
const NAME_LIKE_WORDS: ReadonlySet<string> = new Set(
  (
    'Hope Faith Joy Grace Will Mark June May April August Summer Sunny Destiny Dawn Rose Lily Ivy Holly Hazel ' +
    'Amber Crystal Honor Honour Patience Prudence Charity Mercy Precious Blessing Gift Rich Bill Pat Sue Art Guy ' +
    'Parkinson Alzheimer Crohn Hodgkin Down Graves Cushing Addison Huntington Raynaud Hashimoto Kawasaki Guillain ' +
    'Barre Marfan Tourette Meniere Apgar Glasgow Wells Foley Whipple Colles Bell Murphy Barrett Simpson'
  ).split(' '),
);

/** Whether 2 to 4 ASCII capitals at `at` are followed by a space and a code: 1 to 3 capitals, then a digit. */
function isCapsLabelBeforeCode(text: string, at: number, length: number): boolean {
  if (length < 2 || length > 4) return false;
  for (let i = at; i < at + length; i++) if (!isUpperAscii(text.charCodeAt(i))) return false;
  let i = at + length;
  if (text.charCodeAt(i) !== 0x20) return false;
  i++;
  for (let letters = 0; letters <= 3; letters++, i++) {
    const code = text.charCodeAt(i);
    if (isDigitCode(code)) return letters > 0;
    if (!isUpperAscii(code)) return false;
  }
  return false;
}
const isUpperAscii = (code: number) => code >= 0x41 && code <= 0x5a;

/** Months written short ("Dec 1"): after a name and before a day they start a date, not a surname. */
const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set(
  'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec'.split(' '),
);
const DAY_AFTER = /^ [0-3]?\d(?!\d)/;
/** Kinship titles Indian English writes after a given name ("Sunita Aunty"): never its surname. */
const KIN_TITLES_AFTER: ReadonlySet<string> = new Set(
  'Aunty Auntie Uncle Masi Mausi Mami Mamu Didi Bhaiya'.split(' '),
);
/** One capitalised word, as a family name is written. */
const FAMILY_WORD = /[A-Z][a-z'’]{1,20}(?![A-Za-z'’-])/y;
/** Whether a known family name that is no ordinary word stands at `at`, after a blank ("June| Ocampo"). */
function knownSurnameAt(text: string, at: number): boolean {
  if (text[at - 1] !== ' ') return false;
  FAMILY_WORD.lastIndex = at;
  const m = FAMILY_WORD.exec(text);
  return m !== null && ENGLISH_SURNAMES.has(m[0]) && !notName(m[0]) && !NAME_LIKE_WORDS.has(m[0]);
}
/** What follows a fourth word of a name: a field's or a clause's end. */
const FIELD_END_AFTER_FOURTH = /^(?: {2}|\t|\r?\n|,|$| \()/;
/** A title read as the name's first word ("Mdm Goh Bee Choo"): the three words after it are the name, no fourth. */
const TITLE_FIRST =
  /^(?:Mr|Mrs|Ms|Miss|Mx|Mme|Mlle|Madam|Mdm|Puan|Encik|Dr|Prof|Sister|Nurse|Doctor|Rev|Fr|Father)\.? /;
/** Reads up to three name tokens from `at` (four before a field's end); returns the end, or -1 when fewer than `minTokens`. */
function readName(text: string, at: number, minTokens: number, strong = false): number {
  let position = at;
  let end = -1;
  let tokens = 0;
  // After a title or a label a name may open with a particle: "Prof de la Fuente".
  if (strong) {
    PARTICLE.lastIndex = at;
    const particle = PARTICLE.exec(text);
    if (particle) position += particle[0].length;
  }
  // A fourth word is kept only where a field ends right after it (below).
  let threeEnd = -1;
  while (tokens < 4) {
    TOKEN.lastIndex = position;
    const m = TOKEN.exec(text);
    if (!m) break;
    const word = m[0];
    const initial = word.endsWith('.');
    const bare = word.endsWith('.') ? word.slice(0, -1) : word;
    // A word that is also a name (Hope, June, Will; Addison, Hashimoto) counts after a strong cue, and as
    // the first word before a known family name ("June Ocampo", "May Brennan" in a table's name column; round 46).
    if (
      !initial &&
      notName(bare) &&
      !(strong && NAME_LIKE_WORDS.has(bare)) &&
      !(tokens === 0 && NAME_LIKE_WORDS.has(bare) && knownSurnameAt(text, m.index + word.length + 1))
    )
      break;
    // A word glued to a hyphen and a digit is a code ("EEG-26-4471", "PFT-09"), not a name.
    if (text[m.index + word.length] === '-' && isDigitCode(text.charCodeAt(m.index + word.length + 1))) break;
    // A word glued to a digit is a grade or a code ("FY1", "ST3"), and a short word in capitals before a
    // lettered code is its label ("Murtagh UR M3308451"), not the end of the name ("Wen LI 4432" keeps LI).
    if (isDigitCode(text.charCodeAt(m.index + word.length))) break;
    if (tokens > 0 && isCapsLabelBeforeCode(text, m.index, word.length)) break;
    // A language said of the person after the name is no surname ("mother Yesenia Spanish-speaking"; round 43), nor
    // a language's adjective a name at all ("prefers Gaelic-language letters"; round 52).
    if (word.endsWith('-speaking') || word.endsWith('-language')) break;
    // A kinship title after a given name is no surname ("Sunita Aunty", "Manoj Uncle"; round 40).
    if (tokens > 0 && KIN_TITLES_AFTER.has(word)) break;
    // A month's abbreviation before a day after the name is a date ("Dr. Ines Varga Dec 1"; round 40).
    if (
      tokens > 0 &&
      word.length <= 4 &&
      MONTH_ABBREVIATIONS.has(word) &&
      DAY_AFTER.test(text.slice(m.index + word.length, m.index + word.length + 4))
    )
      break;
    // An initial alone ends nothing; it must be followed by another token.
    tokens += word.endsWith('.') ? 0 : 1;
    position = m.index + word.length;
    if (!word.endsWith('.')) end = position;
    if (tokens === 3) threeEnd = end;
    // Two given names and two family names, as Spanish and Filipino names are written ("Ana Lucía Vega
    // Marín  DOB …"; round 52): a fourth word only where a field ends after it (two blanks, a tab, a line's
    // end, a comma or a bracket), so that a name running into the next words keeps its three.
    if (tokens === 4) {
      if (
        !FIELD_END_AFTER_FOURTH.test(text.slice(position, position + 2)) ||
        TITLE_FIRST.test(text.slice(at, at + 8))
      )
        end = threeEnd;
      break;
    }
    if (text[position] !== ' ') break;
    // A particle joins two parts of a name; it never ends one. It may follow an initial ("S. de Vere").
    if (tokens > 0 || initial) {
      PARTICLE.lastIndex = position + 1;
      const particle = PARTICLE.exec(text);
      if (particle) {
        position += 1 + particle[0].length;
        continue;
      }
      if (tokens > 0 && stickyAt(ARABIC_ARTICLE, text, position + 1)) {
        position = ARABIC_ARTICLE.lastIndex;
        continue;
      }
    }
    if (!CAPITAL_NEXT.test(text[position + 1] ?? '')) break;
    position++;
  }
  return tokens >= minTokens ? end : -1;
}

export const englishPersonRecognizer = new EnglishPersonRecognizer();
