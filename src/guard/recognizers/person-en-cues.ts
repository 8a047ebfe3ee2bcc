import { ENGLISH_FIRST_NAMES } from '../lexicon/english-names.ts';

/**
 * The English cue words after which a name follows ("Name: ", "his wife ", "spoke to "), found by
 * looking back from each capital letter that could start a name, instead of scanning the whole text
 * once per cue list: a text has a few dozen such capitals, and most of them follow a word that ends no
 * cue ("the", "and") or a full stop, which one set lookup rejects. Only the rest are checked with a
 * sticky look-behind regex per cue list, which keeps the lists' exact rules (word boundaries, blanks,
 * an optional colon).
 */

/** Name labels (case-insensitive): "Name:", "Signed by", "Next of kin", "Dear". */
const LABELS = [
  'patient name',
  'name on card',
  'name on the account',
  'name on account',
  'name',
  'full name',
  'attending physician',
  'attending',
  'physician',
  'consultant',
  'surgeon',
  'referring physician',
  'referring doctor',
  'referring gp',
  'electronically signed by',
  // Who signs a consent form on the patient's side ("Signed by patient: R. Asante"; round 38), and who
  // writes a ward round's notes ("Scribe: Tomos Pryce").
  'signed by patient',
  'signed by parent',
  'signed by guardian',
  'scribe',
  'signed by',
  'signed',
  'seen by',
  'referred by',
  'dictated by',
  'reviewed by',
  'reported by',
  // Who clerked the admission ("Clerked by Odessa Pruitt, FY1") and the doctor dictating ("this is
  // doctor Vantreight dictating"): the lower-case title of a dictation is no capitalised title.
  'clerked by',
  'this is doctor',
  'next of kin',
  'nok',
  'emergency contact',
  'family contact',
  'contact person',
  'contact',
  'guardian',
  // Who decides for the patient ("health-care proxy Imelda Rusk", "power of attorney Dov Kessler").
  'health-care proxy',
  'healthcare proxy',
  'health care proxy',
  'proxy',
  'power of attorney',
  'attorney',
  'dear',
  'cc',
  'author',
  'my name is',
  'call me',
  'surname',
  'forename',
  'forenames',
  'first name',
  'last name',
  'given name',
  'given names',
  'family name',
  'middle name',
  'middle names',
  'guarantor',
  // Whom an invoice is addressed to ("Bill to: Lavinia Throckmorton").
  'bill to',
  'billed to',
  'cardholder',
  'card holder',
  'account holder',
  'policy holder',
  'policyholder',
  'insured',
  'subscriber',
  'approved by',
  'authorised by',
  'authorized by',
  'witness',
  'witnessed by',
  'counselled',
  'counseled',
  'identified as',
  'his name is',
  'her name is',
  'their name is',
  'known as',
  'prefers',
  'goes by',
  // What the person says everyone calls them ("Everyone calls me Mo"; round 48).
  'calls me',
  'meeting with',
  'nok name',
  'relative',
  // Who did something to a record or a person ("Called by Tasha (lab)", "ID checked by Sgt. Lewis").
  'called by',
  'taken by',
  'logged by',
  'first name only',
  'nurse in charge',
  'handed over by',
  'study coordinator',
  'research coordinator',
  'care coordinator',
  'index case',
  'the late',
  'death of',
  'passing of',
  'carer is',
  'lab scientist',
  'dive buddy',
  'navigator',
  'host',
  'casualty',
  'caller',
  'parent',
  // Who did something to or for the patient, on forms and in notes ("Administered by Lucie Gagnon").
  'administered by',
  'requested by',
  'prepared by',
  'completed by',
  'checked by',
  // Who made the pharmacy's check of a prescription ("Pharmacist check: Idris.").
  'pharmacist check',
  'pharmacy check',
  'verified by',
  'performed by',
  'assessed by',
  'examined by',
  'triaged by',
  'recorded by',
  'documented by',
  'entered by',
  // Who put a reading log or a document into a portal ("Home BP log uploaded by Consuela Dorrington").
  'uploaded by',
  'dispensed by',
  'prescribed by',
  'ordered by',
  'supervised by',
  'interpreted by',
  'transcribed by',
  'escorted by',
  'consent obtained by',
  'person obtaining consent',
  // Whose it is, or whose child: "belonging to Hafiz bin Osman", "Baby of Ashleigh Kealy".
  'belonging to',
  'owned by',
  'registered to',
  'on behalf of',
  'care of',
  'baby of',
  // A newborn named by the mother ("Baby girl of Philippa Stowmarket").
  'baby girl of',
  'baby boy of',
  // One of twins named by the mother ("twin B of Harjit Gill", "Twin 1 of Leota Faleolo").
  'twin a of',
  'twin b of',
  'twin 1 of',
  'twin 2 of',
  'twin one of',
  'twin two of',
  // Who handed over, in a handover's closing line ("Handover from Zillah to Jethro").
  'handover from',
  'handed over from',
  'child of',
  'mother of',
  'father of',
  'son of',
  'daughter of',
  'wife of',
  'husband of',
  'parents',
];

/**
 * Roles and people on forms that count as a name label only with a colon ("Clinician: Tomasz
 * Wiśniewski", "Child: Aisyah Rahman"); without one they are ordinary words ("Child Protection"). In a
 * dialogue the same words open a speaker's line ("Doctor: Who is with you?"), so the name after them
 * must be the whole field (see person-en.ts).
 */
const COLON_LABELS = [
  // A ward list's nurse in charge as a field ("Charge RN: Xanthe", "Charge nurse: Orla Brady").
  'charge rn',
  'charge nurse',
  'clinician',
  'practitioner',
  'nurse practitioner',
  'requester',
  'requesting',
  'reminder',
  'requesting doctor',
  'requesting clinician',
  'requesting physician',
  // Who ordered a lab test, on its report ("Ordering: Achebe, Ngozi MD", "Ordering provider: …"; round 40).
  'ordering',
  'ordering provider',
  'ordering physician',
  'ordering clinician',
  'employee',
  'client',
  'child',
  'baby',
  'infant',
  'resident',
  'participant',
  'participant name',
  'mother',
  'father',
  // The rest of the family as form fields ("Daughter: Nóirín Uí Bhriain", "Husband: Teodor Wałęsa"; round 38).
  'daughter',
  'son',
  'wife',
  'husband',
  'sister',
  'brother',
  'midwife',
  'pharmacist',
  'physiotherapist',
  'dietitian',
  'therapist',
  'social worker',
  'counsellor',
  'counselor',
  'psychologist',
  'interpreter',
  'carer',
  'caregiver',
  'coordinator',
  'case manager',
  'key worker',
  // Any worker named by role ("DOT worker:", "support worker:", "outreach worker:"), and an engineer who
  // fits equipment ("Rehab engineer:").
  'worker',
  'engineer',
  'doctor',
  'nurse',
  'paramedic',
  'gp',
  'vaccinator',
  'student',
  'visitor',
  'driver',
  'applicant',
  'claimant',
  'donor',
  'recipient',
  'person affected',
  'affected person',
  'individual',
  // Sign-off fields of forms, reports and consents ("Signature: R. Lyons", "Authorised: G. Whitlock, BMS").
  'signature',
  'patient signature',
  'authorised',
  'authorized',
  'verified',
  'decedent',
  // Whoever is in charge of a shift or scans the patient ("MW in charge: Perpetua", "Sonographer: Odile"),
  // the shift said too ("Midwife in charge tonight: Perpetua").
  'in charge',
  'in charge tonight',
  'in charge today',
  'in charge overnight',
  'sonographer',
  'radiographer',
  // The technologist who did a scan, signing its report ("Tech: R. Abara"; round 56).
  'tech',
  'technologist',
  'veteran',
  'crew',
  // A prison's own word for its patient ("Inmate: DOLAN, Reece"), the nurse in charge ("NIC: Saoirse").
  'inmate',
  'prisoner',
  'detainee',
  'nic',
  'intensivist',
  // Short role fields of notes and slips ("Physio: Wenna", "Reg: T. Okafor", "Checked: R. Lyle",
  // "Call back: Odette"), and allied roles that are also written before a name.
  'physio',
  'reg',
  'registrar',
  'checked',
  'call back',
  'podiatrist',
  'physiologist',
];

/** Closing words of a letter or message; the signature follows on the same or the next line. */
const SIGN_OFFS = [
  'yours sincerely',
  'yours faithfully',
  'yours truly',
  'kind regards',
  'best regards',
  'warm regards',
  'regards',
  'best wishes',
  'many thanks',
  'with thanks',
  'thanks',
  'thank you',
  'sincerely',
  'cheers',
  'warmly',
  'warm wishes',
  'warmest wishes',
  'warmest regards',
  'kindest regards',
  'kind wishes',
  'all the best',
  'respectfully',
  'with gratitude',
  'gratefully',
  'fondly',
  // Māori closings of New Zealand letters ("Ngā mihi,\nHemi Walker").
  'ngā mihi',
  'nga mihi',
  'ngā mihi nui',
  'nga mihi nui',
  'nāku noa',
  'naku noa',
];

/**
 * Closings that are also ordinary words ("love", "best", "take care"): a closing only alone on a line,
 * with the name on the next line ("Love,\nMarisol").
 */
const LINE_SIGN_OFFS = [
  'love',
  'with love',
  'much love',
  'lots of love',
  'all my love',
  'best',
  'take care',
  'blessings',
  'god bless',
  'hugs',
  'yours',
];

/** Role and grade abbreviations written before a name ("RN Tayla Brooks", "NUM Gareth Pryce"). */
export const ROLE_ABBREVIATIONS: ReadonlySet<string> = new Set(
  // SpR and StR: a UK specialty registrar ("SpR Okonjo"); DSN and TVN: UK specialist nurses ("DSN Orla Pike").
  // SLP: a US speech-language pathologist, as SLT is a UK speech therapist ("SLP Noor Halvorsen"; round 37).
  // DN: a UK district nurse signing a home visit with her full name ("DN Morag Tulloch"; round 39).
  // PHN: an Irish public health nurse told of a discharge ("PHN Gráinne Ní Bhriain informed"; round 42); CPN: a UK
  // community psychiatric nurse; HV: a health visitor.
  'RN RM EN SN NP ANP APN NUM CNM CNS CNC HCA HCW SHO RMO JMO CMO FY1 FY2 PGY1 PGY2 OT SLT SLP SpR StR DSN TVN RGN RMN DN PHN CPN HV'.split(
    ' ',
  ),
);

/** Weaker cues (case-insensitive): a pair of capitalised words after them is a name. */
const WEAK_LABELS = [
  'patient',
  'pt',
  're',
  'referral',
  'summary',
  'report',
  'handover',
  'this is',
  'for',
  'from',
  'about',
  'with',
  // "93-year-old Winifred Sheepwash", "Resident Adelbert Kroll, 92": a pair of capitalised words after an
  // age or a care home's word for the patient.
  'year-old',
  'resident',
];

/** Relations, lower case or capitalised at the start of a note's sentence ("Son Cathal visited"). */
const RELATIONS = [
  'son',
  'daughter',
  'wife',
  'husband',
  'mother',
  'father',
  'brother',
  'sister',
  'partner',
  // A form's next-of-kin row ("Spouse Ifeoma (937) …").
  'spouse',
  'grandson',
  'granddaughter',
  'niece',
  'nephew',
  'friend',
  'neighbour',
  'neighbor',
  'caregiver',
  'carer',
  'fiancée',
  'fiance',
  'girlfriend',
  'boyfriend',
  'stepson',
  'stepdaughter',
  'stepmother',
  'stepfather',
  'mum',
  'mom',
  'dad',
  'aunt',
  'auntie',
  'aunty',
  'uncle',
  'cousin',
  'grandmother',
  'grandfather',
  'grandma',
  'grandpa',
  'granny',
  'nana',
  'nanna',
  'grandad',
  'granddad',
  // "Nan" and "Gran" alone are also names and words ("Nan Goldin", "Gran Canaria"): only after a possessive
  // ("my nan Ivy Okerlund"; round 35).
  'my nan',
  'our nan',
  'his nan',
  'her nan',
  'my gran',
  'our gran',
  'his gran',
  'her gran',
  // Aunts, uncles and grandparents in the family's other language ("Matante Odile", "Nonna Pina", "Abuela
  // Rosa"; round 35), as chats and notes write them before the name.
  'matante',
  'mononcle',
  'tante',
  'oncle',
  'nonna',
  'nonno',
  'abuela',
  'abuelo',
  'zia',
  'zio',
  // Filipino grandparents, aunts and uncles, and a Nigerian or British family's "Mummy", before the name in
  // running chat text ("ask for Lola Remedios", "remember Mummy Adunni"; round 38).
  'lola',
  'lolo',
  'tita',
  'tito',
  'mummy',
  'mommy',
  // Māori kin words before the name in New Zealand notes and chats ("her mokopuna Tama", "Kuia Mere"; round 37).
  'mokopuna',
  // Its short form ("Moko Tama visited"; round 55).
  'moko',
  'kuia',
  'koro',
  // An elder of the whānau or iwi asked to a family meeting, and a member of the whānau who came in ("with kaumātua
  // Hemi Rangi", "Whānau member Aroha came in"; round 51).
  'kaumātua',
  'kaumatua',
  'whānau member',
  'whanau member',
  // Children named for cascade screening or as family ("Her children, Finlay and Isla, should be offered testing";
  // round 51): the first name after the word, the second after "and".
  ...['her', 'his', 'their', 'my', 'our', 'your'].flatMap((p) => [`${p} children`, `${p} grandchildren`]),
  // A patient's texts call her husband "hubby" ("hubby Dario is on …"), and a lead clinic names a child's brother
  // or sister to be screened by "sibling" ("Sibling Rafe, 4, to be tested"); a letter names the reader's child
  // ("Your child Tevita had …"; round 47).
  'hubby',
  'sibling',
  'your child',
  'her child',
  'his child',
  // A household's live-in helper, as Hong Kong and Singapore notes name her ("domestic helper Lorna"; round 37).
  'domestic helper',
  // Someone of the patient's working life named as family is ("His manager Tess Roe booked …"; round 57), after
  // a possessive only: "ward manager", "coach" alone open no name.
  ...['her', 'his', 'their', 'my', 'our', 'your'].flatMap((p) => [
    `${p} manager`,
    `${p} boss`,
    `${p} coach`,
    `${p} flatmate`,
    `${p} housemate`,
  ]),
  'baby boy',
  'baby girl',
  'baby',
  'infant',
  ...['son', 'daughter', 'mother', 'father', 'brother', 'sister'].map((r) => `${r}-in-law`),
];

/** The relations in lower case, as a bracket holds one before a name ("(wife) Loretta …"). */
export const RELATION_WORDS: ReadonlySet<string> = new Set(RELATIONS);

/**
 * Cues that put a name right after them (case-insensitive), by what they say about it: someone
 * spoken to, seen or brought in; someone introducing themself; someone greeted; after a clinical
 * verb or a staff role, only a known first name (the caller checks).
 */
const CUE_GROUPS = {
  contact: [
    'for seeing',
    'spoke to',
    'spoke with',
    'speaking to',
    'speaking with',
    'talked to',
    'talked with',
    'rang',
    'phoned',
    'called',
    'texted',
    'emailed',
    'messaged',
    'met with',
    'informed',
    'told',
    'accompanied by',
    'brought in by',
    'collected by',
    // Who collects a prescription ("pickup by Benicio Whitt", "to be picked up by Sorrel").
    'pickup by',
    'pick-up by',
    'picked up by',
    'visited by',
    'seen with',
    'in with',
    'reviewed with',
    'could see',
    'kindly see',
    'please see',
    'asked to see',
    // Called to a patient at night ("called to see Odile Brand bed 9").
    'called to see',
    'called to review',
    'asked to review',
  ],
  intro: ["it's", 'it’s', 'its', 'it is', 'this is', "i'm", 'i’m', 'i am', 'im'],
  greeting: [
    'hi',
    'hello',
    'hey',
    'dear',
    'thanks',
    'thank you',
    'good morning',
    'good afternoon',
    // Sympathy or thanks said to someone in a chat before their name ("Sorry to hear that, Kat.").
    'sorry to hear that',
    'glad to hear that',
    'good to hear that',
    'thanks for letting me know',
    // Māori and Pacific greetings of New Zealand messages ("Kia ora Aroha,").
    'kia ora',
    'talofa',
    'malo e lelei',
  ],
  verb: [
    // A spoken handover's child ("Paeds bay 2, little Poppy Latchford").
    'little',
    'saw',
    'reviewed',
    'examined',
    'assessed',
    'visited',
    'admitted',
    'discharged',
    'referred',
    'treated',
    'met',
    'physio',
    'physiotherapist',
    'dietitian',
    'dietician',
    'pharmacist',
    'ward clerk',
    'clerk',
    'hca',
    'healthcare assistant',
    'midwife',
    'social worker',
    'chaplain',
    'porter',
    'registrar',
    'sho',
    'matron',
    'paramedic',
    'occupational therapist',
    'speech therapist',
    'student nurse',
    'charge nurse',
    'staff nurse',
    'receptionist',
    'interpreter',
    'translator',
    // Staff roles written before the name ("district nurse Ailbhe", "day charge Orla Brady").
    'district nurse',
    'community nurse',
    'practice nurse',
    'nurse practitioner',
    'health visitor',
    'support worker',
    'ward manager',
    // A shift's nurse in charge, not "free of charge".
    'day charge',
    'night charge',
    'late charge',
    'early charge',
    'consultant',
    // Specialist and coordinating roles ("diabetes educator Priya Nand", "donor Ilse Varga").
    'educator',
    'coordinator',
    'specialist nurse',
    'nurse specialist',
    'liaison nurse',
    'link nurse',
    'navigator',
    'donor',
    // A nurse or therapist named after the lower-case role ("reoriented by nurse Tansy", "Therapist Juno
    // Bexwith"), and whom a consult asks to see ("Psychiatry C-L to see Dmitri Volkonsky").
    'nurse',
    'therapist',
    // Allied roles before the name ("podiatrist Elowen Tregear", "exercise physiologist Ira Penhale").
    'podiatrist',
    'physiologist',
    // Eye, hearing and imaging staff before the name ("optometrist Kerensa Doyle", "sonographer Idris").
    // Dental and fitting staff before the name ("hygienist Marianne", "orthotist Ruairidh Okerlund"; round 35).
    'hygienist',
    'dentist',
    'orthodontist',
    'orthotist',
    'prosthetist',
    'phlebotomist',
    'orthoptist',
    'optometrist',
    'audiologist',
    'sonographer',
    'radiographer',
    // A clinical officer, as Malawi, Kenya and Tanzania name the clinician ("orthopaedic clinical officer
    // Chisomo Banda"; round 38).
    'clinical officer',
    // A workplace's or a service's officer who calls or attends about the patient ("the employer's safety officer Ong
    // Kah Heng called", "welfare officer Dita Rahman"; round 59).
    'safety officer',
    'welfare officer',
    'liaison officer',
    // A service's lead before the name ("infant-feeding lead Maren Solberg", "clinical lead Ife Ojo"; round 39).
    'feeding lead',
    'clinical lead',
    'team lead',
    // An independent or patient advocate consulted for a person without capacity ("Independent Mental Capacity
    // Advocate Olwen Treharne consulted"; round 51).
    'capacity advocate',
    'independent advocate',
    'patient advocate',
    'to see',
  ],
} as const;
export type CueGroup = keyof typeof CUE_GROUPS;

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join('|');
/** A relation matches lower case or with a capital first letter only ("Son", not "SON"). */
const relationPattern = (word: string) =>
  `[${word[0]!.toUpperCase()}${word[0]}]${escapeRegex(word.slice(1))}`;

// Each regex is an empty match at a name's first capital whose look-behind is the cue. A cue list
// has one regex per last word of its cues ("signed by", "seen by"… under "by"), tried only where the
// word before the capital is that word: a look-behind over the whole list tried every cue there.
const labelAt = (cues: readonly string[]) =>
  new RegExp(`(?<=\\b(?:${alternation(cues)})\\b[ \\t]{0,2}:?[ \\t]{0,3})`, 'iy');
const colonLabelAt = (cues: readonly string[]) =>
  new RegExp(`(?<=\\b(?:${alternation(cues)})[ \\t]{0,2}:[ \\t]{0,3})`, 'iy');
const signOffAt = (cues: readonly string[]) =>
  new RegExp(`(?<=\\b(?:${alternation(cues)}),?[ \\t]{0,3}\\r?\\n?[ \\t]{0,3})`, 'iy');
const lineSignOffAt = (cues: readonly string[]) =>
  new RegExp(`(?<=(?:^|\\n)[ \\t]{0,3}(?:${alternation(cues)})[,!]?[ \\t]{0,3}\\r?\\n[ \\t]{0,3})`, 'iy');
/** "bed 4 Delphine Marchetti": a bed number before a name, as handovers list patients. */
// A dash may stand between them ("Bed 17 — Ottilie Varga"); "Cub" is a cubicle on an ED board; boards
// in capitals write "BED 8  MACRAE, Isla" or, only before "SURNAME, Given", "BED 8: MACRAE, Isla" ("Bed 8:
// Closed" is no name). A whiteboard may number its rows by
// bed alone, the surname in capitals after the number at the line start ("\n4 MACRAE, Isla — …").
// A spoken handover says who lies there ("bed 12 is Tammy Lebeau, 44"): then a first and last name.
/** Capitalised name words closed by a comma ("Petronella,", "Nurul Syafiqah binti Zulkeflee,"). */
/** An interpreter or translator right before a bracket ("interpreter (", "Translator ("). */
const INTERPRETER_BEFORE = /\b(?:[Ii]nterpreter|[Tt]ranslator) $/;
/** "interpreted into Tongan by ", "translated into Dari by ": an interpreter's name follows. */
const INTERPRETED_INTO_BY =
  /\b(?:[Ii]nterpreted|[Tt]ranslated)(?: (?:in|into|to))? [A-Z][a-z]{2,20}(?: Sign(?: Language)?)? by $/;
/** A language or a sign language in brackets: one capitalised word, "Sign" and "Language" allowed after it. */
const LANGUAGE_IN_BRACKETS = /^[A-Z][a-z]{2,20}(?: Sign(?: Language)?)?$/;
/** A bed or side room numbered in words right before ", " ("Bed four, ", "side room twelve, "). */
const BED_WORD_BEFORE =
  /\b(?:[Bb]ed|[Ss]ide room|[Cc]ubicle) (?:(?:twenty|thirty|forty)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen), $/;
const NAME_THEN_COMMA = /[A-Z][a-z'’-]{1,20}(?: (?:[A-Z][a-z'’-]{1,20}|bin|binti|anak)){0,4},/y;
const BED_AT =
  /(?<=\b(?:[Bb]ed|BED|[Ss]ide room|[Rr]oom|ROOM|[Rr]m\.?|RM|[Bb]ay|BAY|[Cc]ubicle|[Cc]ub)(?: [Nn]o\.?)? \d{1,3}[A-Za-z]?(?:(?:,| [—–-])?[ \t]{1,2}|:[ \t]{1,2}(?=[A-Z][A-Z'’-]{1,30}, [A-Z][a-z])| is (?=[A-Z][a-z'’-]{1,20} (?:Mc|Mac|O['’])?[A-Z][a-z'’-]{1,20}(?:[,.;]|[ \t]{0,2}(?:[—–(]|\r?\n|$))))|(?:^|\n)\d{1,2}[ \t](?=[A-Z][A-Z'’-]{1,30}, [A-Z][a-z]))/y;
/**
 * An ED board's bed, trolley or chair number and a colon before a known given name alone closed by a dash ("Chair 4: Declan
 * — no surname yet", "Trolley 2: Siobhan – query sepsis"; round 57): the patient named so far by first name only.
 */
const SEAT_COLON_BEFORE =
  /\b(?:[Bb]ed|[Tt]rolley|[Cc]hair|[Cc]ubicle|[Cc]ub|[Bb]ay|[Rr]oom) \d{1,3}[A-Za-z]?: $/;
const GIVEN_THEN_DASH = /([A-Z][a-z'’-]{1,20}) [—–] /y;
/** Hong Kong romanisation, surname in capitals then a hyphenated given name: "CHEUNG Wing-yan", "HO Ka-lok". */
const ROMANISED_HK = /[A-Z]{2,8} [A-Z][a-z]{1,6}-[a-z]{1,6}(?![A-Za-z])/y;
const weakAt = (cues: readonly string[]) =>
  new RegExp(`(?<=\\b(?:${alternation(cues)})\\b[ \\t]{0,2}:?[ \\t]{0,3})`, 'iy');
const relationAt = (cues: readonly string[]) =>
  new RegExp(
    `(?<=\\b(?:${[...cues]
      .sort((a, b) => b.length - a.length)
      .map(relationPattern)
      .join('|')})\\b,? {1,2})`,
    'y',
  );
/** The cue groups, each a named group, so that the match says which group the cue is of. */
const cueAt = (groups: ReadonlyArray<[CueGroup, readonly string[]]>) =>
  new RegExp(
    `(?<=\\b(?:${groups
      .map(([group, words]) => `(?<${group}>${alternation(words)})`)
      .join('|')}),?[ \\t]{1,2})`,
    'iy',
  );
/** Capitals that may start a name ([A-ZÀ-ÖØ-ÞĀ-ž]): 1 = ASCII, 2 = beyond ASCII. */
const CAPITAL = (() => {
  const table = new Uint8Array(0x180);
  for (let c = 0x41; c <= 0x5a; c++) table[c] = 1;
  for (let c = 0xc0; c <= 0xde; c++) if (c !== 0xd7) table[c] = 2;
  for (let c = 0x100; c <= 0x17e; c++) table[c] = 2;
  return table;
})();

/** The last run of ASCII letters of each cue, lower-cased: "spoke to" → "to", "it's" → "s". */
const lastWord = (cue: string) => /[a-z]+$/.exec(cue.toLowerCase())?.[0] ?? '';
/** The cues of a list by their last word. */
function byLastWord(cues: readonly string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const cue of cues) {
    const key = lastWord(cue);
    groups.set(key, [...(groups.get(key) ?? []), cue]);
  }
  return groups;
}
/** The look-behind regexes to try after a word, one per cue list whose cues end in that word. */
interface CueRegexes {
  label?: RegExp;
  colonLabel?: RegExp;
  signOff?: RegExp;
  lineSignOff?: RegExp;
  weak?: RegExp;
  relation?: RegExp;
  cue?: RegExp;
}
const CUES_BY_WORD = new Map<string, CueRegexes>();
const addCues = (kind: keyof CueRegexes, cues: readonly string[], build: (cues: string[]) => RegExp) => {
  for (const [key, group] of byLastWord(cues)) {
    const entry = CUES_BY_WORD.get(key) ?? {};
    entry[kind] = build(group);
    CUES_BY_WORD.set(key, entry);
  }
};
addCues('label', LABELS, labelAt);
addCues('colonLabel', COLON_LABELS, colonLabelAt);
addCues('signOff', SIGN_OFFS, signOffAt);
addCues('lineSignOff', LINE_SIGN_OFFS, lineSignOffAt);
addCues('weak', WEAK_LABELS, weakAt);
addCues('relation', RELATIONS, relationAt);
// The cue groups keep their order within each regex (a cue in two groups counts for the first).
for (const key of byLastWord(Object.values(CUE_GROUPS).flat()).keys()) {
  const groups = (Object.entries(CUE_GROUPS) as Array<[CueGroup, readonly string[]]>)
    .map(([group, words]): [CueGroup, string[]] => [group, words.filter((w) => lastWord(w) === key)])
    .filter(([, words]) => words.length > 0);
  const entry = CUES_BY_WORD.get(key) ?? {};
  entry.cue = cueAt(groups);
  CUES_BY_WORD.set(key, entry);
}
const CUE_GROUP_NAMES = Object.keys(CUE_GROUPS) as CueGroup[];

/** The next capital that may start a name (as CAPITAL marks them). */
const NEXT_CAPITAL = /[A-ZÀ-ÖØ-Þ\u0100-\u017e]/g;
/** Whether a code unit is a capital that may start a name ([A-ZÀ-ÖØ-ÞĀ-ž]). */
export const isNameCapital = (code: number): boolean => code < 0x180 && (CAPITAL[code] ?? 0) !== 0;

const isUpperAscii = (code: number) => code >= 0x41 && code <= 0x5a;
export const isLowerAscii = (code: number): boolean => code >= 0x61 && code <= 0x7a;
/** A character a regex word boundary counts as part of a word ([A-Za-z0-9_]). */
const isWordCode = (code: number) =>
  (code >= 0x61 && code <= 0x7a) ||
  (code >= 0x41 && code <= 0x5a) ||
  (code >= 0x30 && code <= 0x39) ||
  code === 0x5f;
/**
 * A title before a name: "Mr ", "Dr. ", "Prof de la Fuente" (a particle may follow a title). Tried at
 * capitals that start a word, so the name starts where the match ends.
 */
// "Cons" is the consultant leading a ward round ("WR 23/11 Cons Harcastle"); French Canadian notes write
// "Mme" and "Mlle" as English ones write "Mrs" and "Miss"; Singapore and Malaysia write "Madam" or "Mdm" before
// a woman's full name ("Madam Teo Ah Lian"; round 37). "RN" stands before a nurse's surname alone as "Nurse" does
// ("results phoned to RN Okoro"; round 47). Malaysia writes "Puan" and "Encik" as Mrs and Mr ("Hello Puan Aminah").
// Spanish and Portuguese write "Dra." before a woman doctor's name, French Canadian "Dre", German "Dr. med.", and a
// midwife is named as a nurse is ("Midwife Roz: …" speaking in a thread; round 59). A priest or chaplain is "Father"
// as he is "Fr" ("chaplain Father Anselm Roe"; round 60), the title outside the name.
const TITLE_AT =
  /(?:Mr|Mrs|Ms|Miss|Mx|Mme|Mlle|Madam|Mdm|Dr(?:\.? med)?|Dra|Dre|Cons|Prof|Professor|Sister|Nurse|Midwife|Doctor|Sgt|Sergeant|Capt|Captain|Officer|Constable|Det|Rev|Fr|Father|Pastor|Puan|Encik|RN(?= [A-Z][a-z]))\.? {1,2}(?=[A-ZÀ-ÖØ-ÞĀ-ž]|(?:de|van|von|da|di|du|le|la|al|el|ap|bin)(?: (?:la|der|den|de|los))? [A-Z])/y;
/**
 * First letters of the titles, with the second letters they may have (none listed: any): only
 * capitals like these are tried, and C, O, R and F, common capitals, only before the letters their
 * titles continue with (Capt, Constable; Officer; Rev, RN; Fr, Father).
 */
const TITLE_FIRST: ReadonlyMap<number, string | undefined> = new Map([
  [0x4d, undefined],
  [0x44, undefined],
  [0x50, undefined],
  [0x53, undefined],
  [0x4e, undefined],
  [0x43, 'ao'],
  [0x4f, 'f'],
  [0x52, 'eN'],
  [0x46, 'ra'],
  [0x45, 'n'],
]);
const mayStartTitle = (text: string, at: number, code: number) => {
  if (!TITLE_FIRST.has(code)) return false;
  const second = TITLE_FIRST.get(code);
  return second === undefined || second.includes(text[at + 1] ?? '');
};
const isDigit = (code: number) => code >= 0x30 && code <= 0x39;
/** A capital or a digit, as grades are written ("FY1", "PGY2"). */
const isGradeCode = (code: number) => (code >= 0x41 && code <= 0x5a) || isDigit(code);
const isDash = (code: number) => code === 0x2014 || code === 0x2013 || code === 0x2d;
/** What may stand right before a name: a blank, a colon, a line break or an opening bracket. */
const isNameOpening = (code: number) =>
  code === 0x20 ||
  code === 0x09 ||
  code === 0x3a ||
  code === 0x0a ||
  code === 0x28 ||
  code === 0xff08 ||
  Number.isNaN(code);
const isAsciiLetter = (code: number) => (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
const isSkippable = (code: number) =>
  code === 0x20 || code === 0x09 || code === 0x3a || code === 0x2c || code === 0x0a || code === 0x0d;

/**
 * 1 for each (length, first letter, last letter) of a key of CUES_BY_WORD, letters folded to lower
 * case: most words before a capital are no cue's last word, and this answers them without slicing,
 * lower-casing and a Map lookup that misses.
 */
const CUE_WORD_SHAPES = (() => {
  const table = new Uint8Array(32 * 32 * 32);
  for (const key of CUES_BY_WORD.keys())
    if (key.length > 0 && key.length < 32)
      table[
        (key.length << 10) | ((key.charCodeAt(0) & 0x1f) << 5) | (key.charCodeAt(key.length - 1) & 0x1f)
      ] = 1;
  return table;
})();

/** Where the last word before `at` starts (past up to eight blanks, colons, commas or line breaks); its end is `wordEnd`. */
let wordEnd = 0;
function wordStartBefore(text: string, at: number): number {
  let end = at;
  while (end > 0 && at - end < 8 && isSkippable(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && end - start < 30 && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  wordEnd = end;
  return start;
}

/** Whether a known given name alone, then a dash, starts at `at`. */
const givenThenDash = (text: string, at: number) => {
  GIVEN_THEN_DASH.lastIndex = at;
  const m = GIVEN_THEN_DASH.exec(text);
  return m !== null && ENGLISH_FIRST_NAMES.has(m[1]!);
};

const stickyAt = (regex: RegExp, text: string, at: number) => {
  regex.lastIndex = at;
  return regex.test(text);
};

export interface NameCues {
  /** Name starts after a name label. */
  label: number[];
  /** After a weaker label (a pair of capitalised words is needed). */
  weak: number[];
  /** After a relation word. */
  relation: number[];
  /** After a contact, introduction, greeting or clinical-verb cue, with its group. */
  cue: Array<{ at: number; group: CueGroup }>;
  /** An ASCII capital after ", ", ": " or "; " (a name between commas: "…, Tom Hardy, …"). */
  afterComma: number[];
  /** After a role label with a colon ("Clinician: "): the name must be the whole field. */
  colonLabel: number[];
  /** After a letter's closing words ("Yours sincerely,") or a bed number ("bed 4 "). */
  closing: number[];
  /** After a role abbreviation ("RN Tayla Brooks"): the name proper starts after it. */
  role: number[];
  /** A Hong Kong romanised name, start and end ("CHEUNG Wing-yan"). */
  romanised: Array<{ at: number; end: number }>;
  /** After a title ("Mr ", "Dr. ", "Prof de la …"). */
  titles: number[];
  /** Every capitalised ASCII word of 2–21 letters standing alone (what /\b[A-Z][a-z]{1,20}\b/ finds). */
  words: Array<{ index: number; word: string }>;
}

/** Every position where a name may start right after a cue, by kind of cue. */
export function findNameCues(text: string): NameCues {
  const found: NameCues = {
    label: [],
    weak: [],
    relation: [],
    cue: [],
    afterComma: [],
    colonLabel: [],
    closing: [],
    role: [],
    romanised: [],
    titles: [],
    words: [],
  };
  // A name may start at a capital after a blank or a colon, or at a capital beyond ASCII right after a
  // letter (a regex word boundary treats "É" as a non-letter, so "NameÉmile" counted in the forward
  // scans these lists once were).
  // The same pass collects capitalised words and titles, which a regex scan each found before.
  // The regex jumps from capital to capital, faster than reading every character here (most are not).
  NEXT_CAPITAL.lastIndex = 0;
  while (NEXT_CAPITAL.test(text)) {
    const at = NEXT_CAPITAL.lastIndex - 1;
    const code = text.charCodeAt(at);
    const capital = CAPITAL[code]!;
    const before = text.charCodeAt(at - 1);
    if (capital === 1 && !isWordCode(before)) {
      let end = at + 1;
      while (end - at <= 21 && isLowerAscii(text.charCodeAt(end))) end++;
      if (end - at >= 2 && end - at <= 21 && !isWordCode(text.charCodeAt(end)))
        found.words.push({ index: at, word: text.slice(at, end) });
      if (mayStartTitle(text, at, code) && stickyAt(TITLE_AT, text, at))
        found.titles.push(TITLE_AT.lastIndex);
    }
    if (capital === 1 && before === 0x20 && at >= 2) {
      const punctuation = text.charCodeAt(at - 2);
      if (punctuation === 0x2c || punctuation === 0x3a || punctuation === 0x3b) found.afterComma.push(at);
    }
    // A romanised name may stand in brackets after a Chinese one: "何嘉乐（HO Ka-lok）".
    if (capital === 1 && isUpperAscii(text.charCodeAt(at + 1)) && isNameOpening(before)) {
      ROMANISED_HK.lastIndex = at;
      if (ROMANISED_HK.test(text)) found.romanised.push({ at, end: ROMANISED_HK.lastIndex });
    }
    if (
      !(
        before === 0x20 ||
        before === 0x09 ||
        before === 0x3a ||
        before === 0x0a ||
        (capital === 2 && isAsciiLetter(before))
      )
    )
      continue;
    if (
      // A transcribed handover's bed in words, the patient's name closed by its own comma ("Bed nine, Hope,
      // asthma"; round 43): a name that is also a word (Grace, Hope) is read there too.
      (text.charCodeAt(at - 2) === 0x2c &&
        BED_WORD_BEFORE.test(text.slice(Math.max(0, at - 28), at)) &&
        stickyAt(NAME_THEN_COMMA, text, at)) ||
      ((isDigit(text.charCodeAt(at - 2)) ||
        // A column gap of two blanks or a colon after the bed number ("Bed 4  CLANCY, Niamh", "BED 4: CLANCY, Niamh"),
        // or a comma, as a spoken handover names the patient ("Cubicle 11, Petronella, the little one"), when
        // the name is closed by its own comma (not "Room 5, Rowan Ward", "bed 22, MUST 3").
        (isDigit(text.charCodeAt(at - 3)) &&
          (text.charCodeAt(at - 2) === 0x20 ||
            text.charCodeAt(at - 2) === 0x3a ||
            (text.charCodeAt(at - 2) === 0x2c && stickyAt(NAME_THEN_COMMA, text, at)))) ||
        (isDigit(text.charCodeAt(at - 4)) && isDash(text.charCodeAt(at - 2))) ||
        // "bed 12 is Tammy Lebeau".
        (isDigit(text.charCodeAt(at - 5)) && text.startsWith(' is ', at - 4))) &&
        stickyAt(BED_AT, text, at)) ||
      (text.charCodeAt(at - 2) === 0x3a &&
        isDigit(text.charCodeAt(at - 3)) &&
        SEAT_COLON_BEFORE.test(text.slice(Math.max(0, at - 16), at)) &&
        givenThenDash(text, at))
    )
      found.closing.push(at);
    const wordStart = wordStartBefore(text, at);
    const length = wordEnd - wordStart;
    if (length === 0) {
      // A relation in brackets before the name, after a lower-case word ("health care agent (wife) Loretta
      // Oxendine"; round 36), one blank between; not a bracket closing a name before the next field ("Ian
      // Reid (son)  Acct #", "Ian Reid (son)\nHome: …").
      if (text.charCodeAt(wordEnd - 1) === 0x29) {
        const open = text.lastIndexOf('(', wordEnd - 1);
        if (
          at === wordEnd + 1 &&
          text.charCodeAt(wordEnd) === 0x20 &&
          open >= 2 &&
          wordEnd - open <= 18 &&
          text.charCodeAt(open - 1) === 0x20 &&
          isLowerAscii(text.charCodeAt(open - 2)) &&
          (RELATION_WORDS.has(text.slice(open + 1, wordEnd - 1)) ||
            // An interpreter's language in brackets before the interpreter's name ("interpreter (Tongan)
            // Sione Vaipulu"; round 43).
            (INTERPRETER_BEFORE.test(text.slice(Math.max(0, open - 12), open)) &&
              LANGUAGE_IN_BRACKETS.test(text.slice(open + 1, wordEnd - 1))))
        )
          found.relation.push(at);
        continue;
      }
      // A grade ending in a digit as a field ("FY1: Bilal", "PGY2: Marisol Teague"), as "Reg:" is one.
      if (text.charCodeAt(wordEnd) === 0x3a && isDigit(text.charCodeAt(wordEnd - 1))) {
        let start = wordEnd - 1;
        while (start > 0 && wordEnd - start < 5 && isGradeCode(text.charCodeAt(start - 1))) start--;
        if (!isWordCode(text.charCodeAt(start - 1)) && ROLE_ABBREVIATIONS.has(text.slice(start, wordEnd)))
          found.colonLabel.push(at);
      }
      continue;
    }
    // Only a word of a cue's shape is lower-cased and looked up (ASCII letters: & 0x1f folds the case).
    const cues =
      CUE_WORD_SHAPES[
        (length << 10) | ((text.charCodeAt(wordStart) & 0x1f) << 5) | (text.charCodeAt(wordEnd - 1) & 0x1f)
      ] === 1
        ? CUES_BY_WORD.get(text.slice(wordStart, wordEnd).toLowerCase())
        : undefined;
    if (cues?.colonLabel && stickyAt(cues.colonLabel, text, at)) found.colonLabel.push(at);
    if (cues?.signOff && stickyAt(cues.signOff, text, at)) found.closing.push(at);
    else if (cues?.lineSignOff && stickyAt(cues.lineSignOff, text, at)) found.closing.push(at);
    if (
      length <= 4 &&
      isUpperAscii(text.charCodeAt(at - 1 - length)) &&
      ROLE_ABBREVIATIONS.has(text.slice(at - 1 - length, at - 1))
    )
      found.role.push(at);
    if (cues === undefined) continue;
    if (cues.label && stickyAt(cues.label, text, at)) found.label.push(at);
    // The language said between the verb and "by" ("Interpreted into Tongan by Sione Vaipulu"; round 57).
    else if (
      text.charCodeAt(at - 2) === 0x79 &&
      INTERPRETED_INTO_BY.test(text.slice(Math.max(0, at - 50), at))
    )
      found.label.push(at);
    if (cues.weak && stickyAt(cues.weak, text, at)) found.weak.push(at);
    if (cues.relation && stickyAt(cues.relation, text, at)) found.relation.push(at);
    if (cues.cue) {
      cues.cue.lastIndex = at;
      const cue = cues.cue.exec(text);
      const group = cue && CUE_GROUP_NAMES.find((g) => cue.groups?.[g] !== undefined);
      if (group) found.cue.push({ at, group });
    }
  }
  return found;
}

/** Every regex this module runs (for the backtracking test). */
export const NAME_CUE_REGEXES = [
  TITLE_AT,
  NEXT_CAPITAL,
  BED_AT,
  SEAT_COLON_BEFORE,
  GIVEN_THEN_DASH,
  ROMANISED_HK,
  INTERPRETER_BEFORE,
  INTERPRETED_INTO_BY,
  LANGUAGE_IN_BRACKETS,
  BED_WORD_BEFORE,
  NAME_THEN_COMMA,
  ...[...CUES_BY_WORD.values()].flatMap((cues) => Object.values(cues) as RegExp[]),
];
