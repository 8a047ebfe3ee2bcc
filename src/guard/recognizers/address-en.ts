import { PatternRecognizer } from './pattern-recognizer.ts';

/**
 * Street addresses written in Latin letters: a house number, one to four capitalised words and a street
 * type, then optionally a flat or unit, towns and a postcode (US, Canadian, UK, Irish, Australian or
 * bare digits); flats, blocks and buildings first (UK, Hong Kong, Singapore); rural routes and boxes;
 * the street type first (French, Spanish…); Malaysian and European street-first forms. Labels such as
 * "Address:" or "lives at" lift the score.
 */
const STREET =
  '(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|Way|Court|Ct|Place|Pl|Terrace|Close|Crescent|Parkway|Pkwy|Highway|Hwy|Square|Sq|Gardens|Grove|Row|Walk|Hill|View|Rise|Mews|Circle|Trail|Cres|Quay|Parade|Pde|Esplanade|Bend|Cove|Cl|Cct|Circuit|Tce|Loop|Run(?<!(?:Km|KM|K|Mile|Miles|Fun|Park|Charity|Test|Trial|Dry|Home|Practice) Run)|Chase)';
// "Run" and "Chase" name US and UK streets and closes ("560 Chickadee Run", "14 Foxley Chase"); not a race
// or a trial run ("the 5 Km Run", "a Dry Run").
const UNIT = '(?:Flat|Apt\\.?|Apartment|Unit|Suite|Room)';
// "Loop" names US streets that turn back on themselves ("3390 Arroyo Seco Loop NW").
/** A flat named by its floor in words ("Ground floor flat", "Top-floor flat"). */
const FLOOR_FLAT = '(?:Ground|First|Second|Third|Top|Basement|Lower ground|Upper)[- ]floor flat';
/** Building-level parts before a street or an estate: a flat, floor, block, tower or named building. */
// A housing estate's phase after its name ("Sunrise Garden Phase III", as Hong Kong addresses write it; round 50).
const BUILDING_PART = `(?:${UNIT}|Blk|Block|Tower|Floor|Level|Wing) [0-9A-Z]{1,5}|[0-9]{1,2}/F|#[0-9]{2}-[0-9]{2,5}|(?:[A-Z][a-z]{1,20} ){1,3}(?:House|Court|Mansions?|Building|Estate|Tower|Gardens|Cottages|Lodge|Villas?|Plaza|Centre|Heights|Hotel|Hostel|Residences?|Hall|Apartments)|(?:[A-Z][a-z]{1,20} ){1,3}Phase (?:[0-9]{1,2}|I{1,3}|IV|VI{0,3})(?![0-9A-Za-z])`;
/** A compass direction before or after a street name ("2241 N Kedvale Ave", "85 Bloor St E"). */
const DIRECTION = '(?:N|S|E|W|NE|NW|SE|SW)';
/** A direction spelt out after a street type ("Sheppard Avenue West"); only before a comma, as "West" may open a town. */
const DIRECTION_WORD = '(?:North|South|East|West)';
/** A word of a street's name: capitalised (possessive allowed, "Tinker's"), an initial, a direction or an ordinal. */
// A direction may stand before a numbered street ("3017 N 48th St"; round 44).
// Latin Extended-A too, for macrons and other marks ("Kōwhai St", "Żeromskiego").
// A prairie city's numbered street is a bare number before its type and quadrant ("10512 97 Ave NW, Edmonton";
// round 52).
const STREET_WORD = `[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]{1,20}(?:['’]s)?|[A-Z]\\.|${DIRECTION}(?= [A-Z]| [0-9]{1,3}(?:st|nd|rd|th) )|[0-9]{1,3}(?:st|nd|rd|th)|[0-9]{1,3}(?= (?:St|Street|Ave|Avenue) (?:NW|NE|SW|SE)\\b)`;
/** One comma-separated part after a flat or block: another building part, a numbered street, a street. */
const ADDRESS_PART = `(?:,? (?:${BUILDING_PART}|[0-9]{1,5}[A-Za-z]?(?: (?:[A-Z][a-z]{1,20}|[A-Z]\\.|[0-9]{1,3}(?:st|nd|rd|th))){1,4} ${STREET}\\b\\.?(?: [0-9]{1,3}\\b)?|(?:[A-Z][a-z]{1,20} ){1,4}${STREET}\\b\\.?(?: [0-9]{1,3}\\b)?|(?:Jalan|Lorong(?: [0-9]{1,3})?)(?: [A-Z][a-z]{1,20}){1,3}))`;
/**
 * Postcodes after a town or a state: US ZIP (with its state), Canadian (A1A 1A1, with its province),
 * UK, Irish Eircode (P24 K2X3), Australian state and postcode, and the bare four to six digits of New
 * Zealand, Singapore and most of Europe.
 */
const POSTCODE =
  '(?:[A-Z]{2} [0-9]{5}(?:-[0-9]{4})?|(?:[A-Z]{2} )?[A-Z][0-9][A-Z] ?[0-9][A-Z][0-9]|[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}|[A-Z][0-9]{2} ?[A-Z0-9]{4}|[A-Z]{2,3} [0-9]{4}|[0-9]{4,6})';
/** A postcode standing alone after a comma must have letters: ", 2019" is more often a year. */
const LETTERED_POSTCODE =
  '(?:[A-Z]{2} [0-9]{5}(?:-[0-9]{4})?|(?:[A-Z]{2} )?[A-Z][0-9][A-Z] ?[0-9][A-Z][0-9]|[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}|[A-Z][0-9]{2} ?[A-Z0-9]{4}|[A-Z]{2,3} [0-9]{4})';
/** A town or district: capitalised words, accented letters allowed; later words may be one letter ("Tseung Kwan O"). */
// Latin Extended-A too, for macrons and other marks (Ōtara, Łódź).
// "St Kilda", "Mt Eden", "Ft Worth": an abbreviated Saint, Mount or Fort may open the name.
// A Māori name may open with "Te" ("Te Awamutu"; round 10), a Spanish or French one with its article ("El Paso",
// "La Jolla", "Le Mars"; round 48), or a Scottish or Irish prefix or an article run into a capital ("McKinney",
// "DeKalb", "LaGrange"; round 50).
const TOWN =
  "(?:(?:St|Mt|Ft)\\.? |(?:Te|El|La|Le) |(?:Mc|Mac|De|La)(?=[A-Z]))?[A-ZÀ-ÞĀ-Ž][a-zà-ÿā-ž'’-]{2,20}(?: (?:[A-ZÀ-ÞĀ-Ž][a-zà-ÿā-ž'’-]{1,20}|[A-Z](?![A-Za-z0-9]))){0,2}";
/**
 * A town as the first part of a locality and before a UK postcode, where it may also go on in capitals
 * after a hyphen ("Llanrhaeadr-ym-Mochnant") or after "upon" or "of" ("Newcastle upon Tyne"; rounds 7, 10;
 * "Isle of Skye"; round 35). Not in
 * TOWN itself: TOWN stands in look-behinds, where the longer form costs a third of the scan.
 */
const TOWN_LONG = `${TOWN}(?:(?<=-)[A-ZÀ-ÞĀ-Ž][a-zà-ÿā-ž'’-]{1,20})?(?: (?:upon|of) [A-Z][a-z]{2,20})?`;
/** Labels of the identifiers that follow an address on a record's line, which are no town ("Mobile" is one, in Alabama). */
// Nor is a weekday that opens a shop's or a clinic's hours after it (", Mon–Sat 9–6"; round 52).
const NOT_TOWN =
  '(?:Medicare|Medicaid|Hosp|Hospital|NHS|CHI|OHIP|MRN|URN|DOB|Tel|Phone|Mob|Email|Ref|Patient|Insurance|Policy|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
/** What may follow a street: towns, an Irish county, N.T., a state or province, each with an optional postcode. */
// A bare four-digit postcode after a town and ending the address (", Soweto, 1804.", as South Africa and
// others write it); after a street alone, or with more words after it, four digits are more often a year.
// Dublin's postal districts are a number after the city ("Dublin 2", "Dublin 6W").
// A record label after the address is no town (", Medicare 2582…", ", Hosp no …").
const LOCALITY = `(?:, (?:Dublin [0-9]{1,2}W?(?![0-9A-Za-z])|(?!${NOT_TOWN}\\b)${TOWN_LONG}|Co\\. [A-Z][a-z]{2,20}|N\\.T\\.|NT(?=[ \\t]{2}|[ \\t]{0,4}(?:\\r?\\n|$))|${LETTERED_POSTCODE}(?![0-9A-Za-z]))(?: ${POSTCODE}(?![0-9A-Za-z]))?){0,3}(?:(?<=, ${TOWN}), [0-9]{4}(?=[.;)\\r\\n]|$))?`;

/** A street's type in capitals, as pharmacy labels and envelopes write it ("118 CHINQUAPIN WAY", "88 ELK TER"). */
const STREET_CAPS =
  '(?:STREET|ST|ROAD|RD|AVENUE|AVE|LANE|LN|DRIVE|DR|BOULEVARD|BLVD|WAY|COURT|CT|PLACE|PL|TERRACE|CLOSE|CRESCENT|PARKWAY|PKWY|HIGHWAY|HWY|CIRCLE|CIR|TRAIL|GROVE|ROW|WALK|HILL|VIEW|RISE|BEND|COVE|TER|TERR|TRL|LOOP|SQ|TCE|CRES)';
/**
 * A whole address in capitals (labels, envelopes): the street with its type, an optional flat, the town
 * and a US state and ZIP, an Australian state and postcode or a UK postcode. The postcode is required,
 * since a line in capitals may be anything. A compass direction may precede the street's name
 * ("7031 E SAGUARO VISTA DR"), as US labels write it.
 */
export const CAPS_ADDRESS = new RegExp(
  `(?<![0-9A-Za-z/])[0-9]{1,5}[A-Z]?(?: (?:N|S|E|W|NE|NW|SE|SW))?(?: [A-Z][A-Z'’-]{1,20}){1,4} ${STREET_CAPS}(?: (?:N|S|E|W|NE|NW|SE|SW))?(?:,? (?:APT|UNIT|STE|FLAT|#) ?[0-9A-Z]{1,5})?, [A-Z][A-Z'’-]{1,20}(?: [A-Z][A-Z'’-]{1,20}){0,2},? (?:[A-Z]{2} [0-9]{5}(?:-[0-9]{4})?|(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT) [0-9]{4}|[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2})(?![0-9A-Za-z])`,
  'g',
);

/** An Australian state or territory before its four-digit postcode. */
const AU_STATE = '(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT)';
/** An Irish Eircode: a routing key (a letter and two digits, or D6W) and four letters and digits. */
// Eircodes use the digits and the letters A C D E F H K N P R T V W X Y, with a digit among the last four.
const EIRCODE = '(?:[ACDEFHKNPRTVWXY][0-9]{2}|D6W) ?(?=[A-Z]{0,3}[0-9])[0-9ACDEFHKNPRTVWXY]{4}';
/** Irish-language street words, with or without their accents. */
const IRISH_STREET =
  '(?:B[óo]thar|B[óo]ithr[íi]n|Sr[áa]id|Ascaill|L[áa]na|Pl[áa]s|C[úu]irt|P[áa]irc|Ard[áa]n|Radharc|C[ée]ibh|Cearn[óo]g|Garr[áa]n|Cluain|Ascal|Cnoc|C[úu]il|Gleann|Ard|Baile|Bruach|Coill|Cois)';
/** A street named type first ("Rue Saint-Denis", "Calle de Alcalá"); its house number is before or after it. */
const TYPE_FIRST_STREET =
  "(?:Rue|Avenue|Av\\.|Boulevard|Boul\\.|Chemin|Calle|Avenida|Rua|Via|Viale|Corso)(?: (?:de|du|des|la|le|les|del|de la|da|do|dos|di|della))? [A-ZÀ-Þ][A-Za-zà-ÿ'’-]{1,30}(?: [A-ZÀ-Þ][A-Za-zà-ÿ'’-]{1,20}){0,2}";

/** A French street word in lower case and the street's name ("rue Fabre", "chemin de la Côte"), after a number's comma. */
const FRENCH_STREET_LOWER =
  "(?:rue|avenue|boulevard|boul\\.|chemin|place|montée|rang)(?: (?:de|du|des|la|le|les|de la))? [A-ZÀ-Þ][A-Za-zà-ÿ'’-]{1,30}(?: [A-ZÀ-Þ][A-Za-zà-ÿ'’-]{1,20}){0,2}";
/**
 * One test for the street types of the type-first and Malaysian formats: they are rare, and one scan
 * that finds none of them skips both patterns.
 */
// The article after the street word ("Chemin du Moulin", "Rue de la Paix") must pass too, as the pattern reads it,
// also before an accented capital ("Chemin des Érables").
const OTHER_FORMATS =
  /(?:[0-9], (?:rue|avenue|boulevard|boul\.|chemin|place|montée|rang)|Rue|Avenue|Av\.|Boulevard|Boul\.|Chemin|Calle|Avenida|Rua|Via|Viale|Corso|Jalan|Jln|Lorong|Kampung|Kg|Taman|Bandar|Persiaran|Lebuh) (?:[A-Z0-9]|(?:de|du|des|la|le|les|del|da|do|dos|di|della) [A-ZÀ-Þ])/;
/** A European street-first suffix before its house number, found from the number (half the cost). */
/** Chinese provinces and regions as English writes them, which end a district-and-city address. */
const CHINESE_PROVINCES_EN =
  'Anhui|Fujian|Gansu|Guangdong|Guangxi|Guizhou|Hainan|Hebei|Heilongjiang|Henan|Hubei|Hunan|Jiangsu|Jiangxi|Jilin|Liaoning|Ningxia|Qinghai|Shaanxi|Shandong|Shanxi|Sichuan|Tibet|Xinjiang|Yunnan|Zhejiang|Inner Mongolia';
/** A Scandinavian street written as two words ("Kongens gate 12, 0153 Oslo"), found from the street word. */
const SPACED_STREET_FIRST = / (?:gate|gata|gatan|vei|veien|vegen|vägen|vej|allé|plass|torg) [0-9]/;
const STREET_FIRST_SUFFIX =
  / [0-9](?<=(?:gata|gate|veien|vegen|straße|strasse|weg|laan|straat|gasse|vej|gatan|vägen|gränd|torget|stigen|backen|plein|platz|Straße|Strasse|Allee|Platz|Weg|Damm|Chaussee) [0-9])/;

/** One comma-separated part of a labelled address line: words opened by a capital or a digit ("Co. na Gaillimhe", "2/1"). */
const LINE_PART =
  "[0-9A-ZÀ-ÖØ-ÞĀ-Ž][0-9A-Za-zÀ-ÖØ-öø-ÿĀ-žŵŷ'’./-]{0,24}(?: [0-9A-Za-zÀ-ÖØ-öø-ÿĀ-žŵŷ'’./-]{1,25}){0,5}";

/** A street address from its house number (or its flat) to its town and postcode. */
// An Australian rural house's roadside mail box or delivery number opens it ("RMB 310 Gully Road, Yass NSW
// 2582"), and a US floor may follow the street before the town ("9 Oak St, 3rd floor, Salem, MA 01970"; round 47).
const STREET_ADDRESS = `(?:(?:${UNIT} [0-9A-Z]{1,5}(?:\\/[0-9]{1,2})?|${FLOOR_FLAT}),? |(?:RMB|RSD) )?(?:[0-9]{1,4}[/-])?[0-9]{1,5}[A-Za-z]?(?: (?:${STREET_WORD})){1,4} ${STREET}\\b\\.?(?: ${DIRECTION}\\b| ${DIRECTION_WORD}(?=,))?(?:,? (?:${UNIT} |#)[0-9A-Z]{1,5}|, [0-9]{1,2}(?:st|nd|rd|th) [Ff]loor(?=, [A-Z]))?${LOCALITY}`;

export const englishAddressRecognizer = new PatternRecognizer({
  name: 'pii.address_en',
  type: 'ADDRESS',
  patterns: [
    {
      // A Glasgow tenement flat is its floor and door ("Flat 3/2, 41 Byres Road"); a flat may be named by
      // its floor in words ("Ground floor flat, 15 Wren Walk"); a Canadian suite is hyphened before the
      // house number ("1208-3388 Cambie Street"). A direction after the street type may be spelt out
      // before the town's comma ("25 Sheppard Avenue West, North York ON M2N 6S6").
      name: 'street',
      regex: new RegExp(`(?<![0-9A-Za-z/-])${STREET_ADDRESS}`, 'g'),
      score: 0.8,
      prefilter: /\d[A-Za-z]? [A-Z]/,
    },
    {
      // A house number and a street named without its type ("Highgate", "The Terrace" is read elsewhere), then the
      // suburb, the city and a New Zealand or Australian four-digit postcode closing the address, after what a
      // letter is sent to or a person lives at ("Recall letter to 8 Kenmure, Belleknowes, Dunedin 9011"; round 56).
      // Not a date ("to 12 March, …"): a month is no street.
      name: 'typeless-street-suburb-postcode',
      regex: new RegExp(
        `(?<=\\b(?:[Ll]etter to|[Ss]ent to|[Pp]osted to|[Mm]ailed to|[Ll]ives at|[Rr]esides at|[Aa]ddress:?) )[0-9]{1,4}[A-Za-z]?(?:/[0-9]{1,4})? (?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\b)[A-Z][a-z]{2,20}(?: [A-Z][a-z]{2,20})?, ${TOWN}, ${TOWN} [0-9]{4}(?=[ \\t]*(?:[.,;)]|\\r?\\n|$))`,
        'g',
      ),
      score: 0.7,
      prefilter: /(?:to|at|:) \d{1,4}[A-Za-z]?(?:\/\d{1,4})? [A-Z][a-z]{2,20}(?: [A-Z][a-z]{2,20})?, /,
    },
    {
      // A house number spoken as a hyphened number word, as a transcript writes it ("Sixty-three Ash Lane,
      // Ripon"; round 47), held by the town after it. A single number word stays unread: "Seven Oaks Road",
      // "Three Bridges Lane" are street names. A speaker may say "Number" before the word and a comma after it
      // ("Number six, Mill Lane, Ripon"; round 48).
      name: 'spoken-number-street',
      regex: new RegExp(
        `(?<![0-9A-Za-z-])(?:(?:Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety)-(?:one|two|three|four|five|six|seven|eight|nine)|Number (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:twenty|thirty|forty)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?),)(?: ${STREET_WORD}){1,3} ${STREET}\\b(?:, (?!${NOT_TOWN}\\b)${TOWN}(?: ${POSTCODE}(?![0-9A-Za-z]))?){1,2}`,
        'g',
      ),
      score: 0.8,
      prefilter: /ty-(?:one|two|three|four|five|six|seven|eight|nine) [A-Z]|Number [a-z-]{3,12}, [A-Z]/,
    },
    {
      // A GP practice's or health centre's name right before its street address ("Dr Ana Roe, Elm Tree
      // Surgery, 4 Mill Road, Bath BA1 2AB", "at Kelso Community Treatment Centre, 3 Bridge Street, …"; round
      // 40): the name is part of the address. The British names only; a US "… Imaging Center" is not read so.
      name: 'practice-then-street',
      regex: new RegExp(
        `(?<![0-9A-Za-z])(?:[A-Z][a-z'’]{1,20} ){1,4}(?:Surgery|(?:Medical |Health |Family )?Practice|(?:Health|Medical|Treatment|Community|Care) Centre), (?=[0-9])${STREET_ADDRESS}`,
        'g',
      ),
      score: 0.85,
      prefilter: /(?:Surgery|Practice|Centre), \d/,
    },
    {
      // Flat, floor, block and building first (UK, Hong Kong, Singapore, Australian unit/number):
      // "Flat 12, Brunswick Court, 44 Abbey Road, Bangor LL57 2EB", "Blk 612 Ang Mo Kio Ave 4, #08-1127,
      // Singapore 560612", "Unit 5/27 Beach Road, Bondi NSW 2026", "Flat D, 18/F, Block 3, Kwai Chung Estate".
      // Singapore and its six-digit postcode may follow the unit without a comma ("Blk 21 Tampines St 8 #04-112
      // Singapore 520021"; round 37).
      name: 'building-first',
      regex: new RegExp(
        `(?<![0-9A-Za-z])(?:(?:${UNIT}|Blk|Block) [0-9A-Z]{1,5}(?![0-9A-Za-z.])(?:/[0-9]{1,5}(?: [A-Z][a-z]{1,20}){1,4} ${STREET}\\b\\.?${ADDRESS_PART}{0,4}|${ADDRESS_PART}{1,4})|[0-9]{1,4} (?:[A-Z][a-z]{1,20} ){1,3}(?:Cottages|House|Court|Mansions|Lodge|Villas|Farm)${ADDRESS_PART}{0,4})${LOCALITY}(?:(?<=#[0-9]{2}-[0-9]{2,5}) Singapore [0-9]{6}(?![0-9A-Za-z]))?`,
        'g',
      ),
      score: 0.7,
      prefilter:
        /(?:Flat|Apt|Apartment|Unit|Suite|Room|Blk|Block) [0-9A-Z]|Cottages|House|Court|Mansions|Lodge|Villas|Farm/,
    },
    {
      // A rural route or box, with its site and box ("RR 2 Box 118, Millersburg, OH 44654", "RR 2, Site
      // 7, Box 14, Gimli, MB R0C 1B0"); a bare "Box 288" only with a town and a state and postcode after it,
      // its "PO" kept ("mail to PO Box 7719, Tulsa, OK 74105"; round 40).
      // A route with neither a box nor a town and postcode is the respiratory rate ("RR 22").
      name: 'rural-route',
      regex: new RegExp(
        `(?<![0-9A-Za-z])(?:(?<!\\b(?:mail|send|post|pay|remit|return)(?: (?:it|them|payment|cheques?|checks?))? to )(?:(?:PO Box|P\\.O\\. Box) [0-9]{1,5}(?:,? (?:Site|Comp|Box|Lot|Conc) [0-9]{1,5}){0,3}${LOCALITY}|(?:RR|Rural Route|HC) [0-9]{1,5}(?:(?:,? (?:Site|Comp|Box|Lot|Conc) [0-9]{1,5}){1,3}${LOCALITY}|(?:, ${TOWN}){1,2},? ${POSTCODE}))|(?:(?:PO|P\\.O\\.) )?Box [0-9]{1,5}, ${TOWN}, ${POSTCODE})`,
        'g',
      ),
      score: 0.6,
      prefilter: /(?:RR|Route|HC|Box) [0-9]/,
    },
    {
      // An Irish-language street after its house number: the street word first, then capitalised or
      // accented words and the lower-case articles ("4 Bóthar na Trá, Salthill, Galway H91 X2K7", "12
      // Sráid an Mhuilinn, Ennis"); a town must follow.
      name: 'irish-language',
      regex: new RegExp(
        `(?<![0-9A-Za-z/])[0-9]{1,4}[A-Za-z]? ${IRISH_STREET}(?: (?:na|an|na h-|an t-|de|Uí|Ní|Mhic|[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]{1,20})){1,4}(?:, (?:${TOWN}|Co\\. [A-Z][a-z]{2,20})(?: ${POSTCODE})?){1,3}(?![0-9A-Za-z])`,
        'g',
      ),
      score: 0.7,
      prefilter: new RegExp(`\\d ${IRISH_STREET} `),
    },
    {
      // An Irish address without a house number: a road, a town and a county, with an optional
      // Eircode ("Ballynoe Road, Gort, Co. Galway H91 X2Y3"). After "lives at" or an address label a
      // rural house's name may open it ("Ardmore, Kilcolgan Road, …"), as Irish addresses have no number.
      name: 'irish-county',
      regex: new RegExp(
        `(?<![0-9A-Za-z])(?:(?<=\\b(?:[Ll]ives at|[Rr]esides at|[Rr]esiding at|[Aa]ddress:?|[Hh]ome address:?) )[A-Z][a-zà-öø-ÿ'’]{2,20}(?: [A-Z][a-zà-öø-ÿ'’]{2,20})?, )?(?:[A-Z][a-zà-öø-ÿ'’]{1,20} ){1,3}${STREET}, ${TOWN}, (?:Co\\. [A-Z][a-z]{2,20}(?: [A-Z][0-9]{2} ?[A-Z0-9]{4})?|Dublin [0-9]{1,2}W?)(?![0-9A-Za-z])`,
        'g',
      ),
      score: 0.7,
      // A Dublin postal district ends a Dublin road's address as a county does elsewhere ("Ballyroan
      // Road, Rathfarnham, Dublin 16"), with no house number needed.
      prefilter: /, (?:Co\. [A-Z]|Dublin \d)/,
    },
    {
      // An Irish estate or street without a street type after its house number, held by the town and the
      // county or the Eircode after it ("12 Ardmore Park, Ballina, Co. Mayo F26 X2K7", "7 Oakfield Green,
      // Tullamore R35 K2F8"): estates are named "Park", "Green", "Meadows" and the like. A Dublin postal district
      // may stand for the town before the Eircode ("11 Glasnevin Park, Dublin 11, D11 KX27"; round 51).
      name: 'irish-estate',
      regex: new RegExp(
        `(?<![0-9A-Za-z/])[0-9]{1,4}[A-Za-z]?(?: [A-Z][a-zà-öø-ÿ'’]{1,20}){1,3}, (?:Dublin [0-9]{1,2}W?(?=,? [ACDEFHKNPRTVWXY][0-9])|${TOWN})(?:, Co\\. [A-Z][a-z]{2,20}(?: ${EIRCODE})?|,? ${EIRCODE})(?![0-9A-Za-z])`,
        'g',
      ),
      score: 0.7,
      prefilter: /, Co\. [A-Z]|\d\d [A-Z0-9]{4}\b(?<=[A-Z]\d\d [A-Z0-9]{4})/,
    },
    {
      // The street type first, as French, Spanish, Portuguese and Italian write it: "1187 Rue
      // Saint-Denis, app. 4, Montréal, QC H2X 3J8", "Calle Mayor 5". A US flat may follow capitalised ("905 Calle
      // Ocho, Apt 12, Miami, FL 33135"; round 45). Quebec writes the street word in lower case after the number's
      // comma ("2250, rue Masson, app. 2, Montréal QC H2H 1B2"; round 52), only there.
      name: 'type-first',
      regex: new RegExp(
        `(?<![0-9A-Za-z])(?:[0-9]{1,5}[A-Za-z]?,? ${TYPE_FIRST_STREET}|[0-9]{1,5}[A-Za-z]?, ${FRENCH_STREET_LOWER}|${TYPE_FIRST_STREET} [0-9]{1,5}[A-Za-z]?)(?:, (?:app|apt|Apt|appartement|unité|suite|Suite|Unit|bureau|piso|apto)\\.? [0-9A-Z]{1,5})?${LOCALITY}`,
        'g',
      ),
      score: 0.7,
      prefilter: OTHER_FORMATS,
    },
    {
      // Malaysian addresses by their road, village or estate word and the five-digit postcode before the
      // town: "No. 12, Jalan SS 2/24, 47300 Petaling Jaya, Selangor", "Kampung Sungai Buloh, 47000 Selangor". A "Lot"
      // number opens it as "No." does ("Lot 7, Jalan Merbuk 3, …"; round 54), and so does a bare house number ("42
      // Lorong …"; round 56).
      name: 'malaysia',
      regex:
        /(?<![0-9A-Za-z])(?:(?:(?:No\.?|Lot) ?)?[0-9]{1,5}[A-Z]?,? )?(?:Jalan|Jln\.?|Lorong|Kampung|Kg\.?|Taman|Bandar|Persiaran|Lebuh)(?: [A-Z0-9][A-Za-z0-9/]{0,10}){1,4}(?:, [A-Z][a-z]{2,20}(?: [A-Z][a-z]{2,20}){0,2}){0,2}, [0-9]{5} [A-Z][a-z]{2,20}(?: [A-Z][a-z]{2,20}){0,2}(?:, [A-Z][a-z]{2,20}(?: [A-Z][a-z]{2,20})?)?/g,
      score: 0.75,
      prefilter: OTHER_FORMATS,
    },
    {
      // An Australian remote community's lot, the community, and the town its mail goes via with the territory or
      // state and its postcode ("Lot 14, Ltyentye Apurte Community, via Alice Springs NT 0872"; round 51): no street
      // type, so the lot, the state and the postcode hold it.
      name: 'au-lot-community',
      regex: new RegExp(
        `(?<![0-9A-Za-z])Lot [0-9]{1,4}[A-Z]?, (?:[A-Z][a-z'’-]{1,20} ){1,3}(?:Community|Outstation|Homeland|Station|Settlement)(?:, (?:via )?${TOWN})?,? ${AU_STATE} [0-9]{4}(?![0-9A-Za-z])`,
        'g',
      ),
      score: 0.8,
      prefilter: /Lot \d/,
    },
    {
      // A Welsh street named type first after a house's name or number, then the town and the postcode ("Bryn Awel, Lôn
      // Pont Hwfa, Caergybi LL65 2AB", "12 Heol y Nant, Pontardawe SA8 4LT"; round 51): Lôn, Heol, Ffordd and the like
      // are the street word, the house name opens the line.
      name: 'welsh-street',
      regex: new RegExp(
        `(?:(?<=(?:^|\\n)[ \\t]{0,3})[A-Z][a-zâêîôûŵŷ]{1,20}(?: [A-Z][a-zâêîôûŵŷ]{1,20})?, |(?<![0-9A-Za-z/])[0-9]{1,4}[A-Za-z]? )(?:L[ôo]n|Heol|Ffordd|Stryd|Rhodfa|Cilgant|Teras|Maes|Llwyn|Clos)(?: (?:y|yr|'r|[A-ZÂÊÎÔÛŴŶ][a-zâêîôûŵŷ'’-]{1,20})){1,4}(?:, ${TOWN})?, ${TOWN},? [A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}(?![0-9A-Za-z])`,
        'g',
      ),
      score: 0.8,
      prefilter: /(?:L[ôo]n|Heol|Ffordd|Stryd|Rhodfa|Cilgant|Teras|Maes|Llwyn|Clos) /,
    },
    {
      // A Malawian home written as village, Traditional Authority and district ("Chisoka village, T/A Kalembo,
      // Balaka"; round 38): one address without a number, the "T/A" its literal cue.
      name: 'malawi-village',
      regex:
        /(?<![A-Za-z])(?:[A-Z][a-z'’-]{1,20} ){1,2}[Vv]illage, (?:T\/A|TA) [A-Z][a-z'’-]{1,20}(?: [A-Z][a-z'’-]{1,20})?, [A-Z][a-z'’-]{2,20}(?: [A-Z][a-z'’-]{2,20})?/g,
      score: 0.75,
      prefilter: /illage, T\/?A /,
    },
    {
      // A care home, hotel or named building opening a street address ("to Maple Terrace Care Center, 2150
      // Orchard Ln, Des Moines, IA 50310", "from Willow Court Care Home, 12 Station Rd, …"; round 34): the
      // building is part of the address, as every labelled set marks it. A town and postcode must follow.
      // A rural road needs no house number after the building ("Glenview Nursing Home, Mill Farm Road, Cork
      // T12 X3Y4"; round 35): the postcode holds it. A capitalised word opening the sentence before the name is no
      // part of it ("From Ashgrove Care Home, 4 …"; round 37).
      name: 'named-place-first',
      regex: new RegExp(
        `(?<![0-9A-Za-z])(?!(?:From|To|At|In|Into|Via|Back|Home|Lives|Returned|Transferred|Admitted|Discharged)\\b)(?:[A-Z][a-z'’]{1,20} ){1,3}(?:Care Home|Care Cent(?:er|re)|Nursing Home|Nursing Cent(?:er|re)|Assisted Living|Retirement (?:Home|Village)|Rest Home|Residential Home|Lodge|Manor|House|Court|Hotel|Hall), (?:(?:(?:[0-9]{1,4}[/-])?[0-9]{1,5}[A-Za-z]? )?(?:${STREET_WORD})(?: (?:${STREET_WORD})){0,3}) ${STREET}\\b\\.?(?: ${DIRECTION}\\b)?(?:,? (?:${UNIT} |#)[0-9A-Z]{1,5})?(?:, (?:Dublin [0-9]{1,2}W?(?![0-9A-Za-z])|(?!${NOT_TOWN}\\b)${TOWN}|Co\\. [A-Z][a-z]{2,20}|N\\.T\\.)){1,3},? ${POSTCODE}(?![0-9A-Za-z])`,
        'g',
      ),
      score: 0.8,
      // Found from the comma and digit, then looked back: the scan stops at a literal.
      prefilter:
        /, [0-9A-Z](?<=(?:Home|Cent(?:er|re)|Living|Village|Lodge|Manor|House|Court|Hotel|Hall), [0-9A-Z])/,
    },
    {
      // An Irish rural address: the townland, the town, the county and the Eircode, no house number or street
      // ("Cnoc na Gaoithe, Spiddal, Co. Galway H91 X2T6"; rounds 20–22, 34). It opens a line or follows a
      // label, a date or a number (", DOB 09/08/1961, Ardnagreevagh, …") or "of" after a name and age (", 88, of
      // Derrylahan, …"; round 43), not a name's comma; the townland is
      // one word or two joined by "na"/"an" (two capitalised words may be a person's name), but a flat may
      // open it and name its building in two ("Apt 12, Hazelbury Park, Clonee, Co. Meath …"), with the road the
      // building stands on after it ("Apt 4, Oak Glen, Mill Road, Navan, Co. Meath …"; round 47). A home visit may
      // name it after "at home," ("visited at home, Gortnahoe, Ennis, Co. Clare, V95 …"; round 56).
      name: 'irish-townland',
      regex: new RegExp(
        `(?<=(?:^|\\n|[0-9A-Z]{2}, |:[ \\t]{1,3}|\\b(?:at|of|at home,) ))(?:${UNIT} [0-9A-Z]{1,5}, [A-Z][a-z'’]{2,20}(?: [A-Z][a-z'’]{2,20})?(?:, (?:[A-Z][a-z'’]{1,20} ){1,2}${STREET})?|[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]{2,20}(?: (?:na|an) [A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]{2,20})?), ${TOWN}, Co\\. [A-Z][a-z]{2,20},? ${EIRCODE}(?![0-9A-Za-z])`,
        'g',
      ),
      score: 0.75,
      prefilter: /, Co\. [A-Z][a-z]{2,20},? [A-Z]\d{2} ?[A-Z0-9]{4}\b/,
    },
    {
      // A postcode on its own in a form's postcode field ("Postcode: LS6 2QR"): the person's address, as
      // the labelled sets mark it (rounds 8, 10, 11). UK, Irish and Canadian shapes only.
      name: 'postcode-field',
      regex:
        /(?<=\b(?:Postcode|Post code|Postal code|Eircode)[ \t]{0,2}:[ \t]{0,3})(?:[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}|(?:[ACDEFHKNPRTVWXY][0-9]{2}|D6W) ?[0-9ACDEFHKNPRTVWXY]{4}|[A-Z][0-9][A-Z] ?[0-9][A-Z][0-9])(?![0-9A-Za-z])/g,
      score: 0.75,
      prefilter: /code[ \t]{0,2}:(?<=(?:Postcode|Post code|Postal code|Eircode)[ \t]{0,2}:)/,
    },
    {
      // A building's floor before its street address, the building named first after "at" ("drop it at
      // Kidz First, Level 2, 100 Hospital Road, Otahuhu, Auckland 2025"; round 43): one address, as the
      // cards mark a flat or building part before a street. A named wing or block may follow the level ("Level 2,
      // Alder Wing, 300 Prescot Road, …"; round 44).
      name: 'level-then-street',
      regex: new RegExp(
        `(?<![0-9A-Za-z])(?:(?<=\\b(?:at|to) )[A-Z][A-Za-z'’]{2,20}(?: [A-Z][A-Za-z'’]{1,20}){0,2}, )?(?:Level|Floor) [0-9]{1,2}, (?:[A-Z][a-z'’]{1,20} (?:Wing|Block|Building|Pavilion), )?${STREET_ADDRESS}`,
        'g',
      ),
      score: 0.8,
      prefilter: /(?:Level|Floor) \d{1,2}, (?:\d|[A-Z][a-z'’]{1,20} (?:Wing|Block|Building|Pavilion), \d)/,
    },
    {
      // A British address without a street type, held by its full postcode ("14 Heol y Nant, Pontypridd
      // CF37 4LS", "19 Ravensway, Salford M6 8FQ"): a house number, the street's words (Welsh and Gaelic
      // particles allowed), a town and the postcode; a flat in a named block needs no house number ("Flat 2,
      // Maes Glas, Bangor LL57 2EB"); a flat may also stand before the house number ("Flat 3, 22 Mill Brow, …").
      // After "at" or an address label a named house may open it ("at Bryn Awel, 8 Heol Las, Lampeter SA48 7AB").
      // A named house needs no number after it ("Tŷ Gwyn, Church Lane, Corwen LL21 0AB", "at Bryn Awel, Lon
      // Ceredigion, …"), nor one found "at home," ("died at home, Beechwood, 4 Mill Lane, …"; round 34).
      // A Highland croft opens its address by number as a flat does ("Croft 7, Balallan, Isle of Harris HS2
      // 9PN"; round 35), and an island town goes on after "of". So may a named house after a record line's age
      // ("Patient: Ana Roe, 88, Bryn Awel, 4 Heol Las, …"; round 46). A house's name may have two words before its
      // house word ("Wheal Tor Farmhouse, Baldhu, Truro TR3 6EE"; round 43). A village or district may stand before the
      // town ("11 Heol y Nant, Whitchurch, Cardiff CF14 1JW"; rounds 4, 11). A "Home:" label holds a house's
      // name as "Address:" does, and a Cornish or Welsh name may be hyphened ("Pen-y-Bryn, 2 Mill Lane, …"; round 47). A phone
      // number's field before it holds a house name as an age does, and the name's particle may stand apart ("…, 07700
      // 900111, Chy an Porth, 2 Mill Lane, …"; round 48). A business named after "at" is the venue, not a house ("at
      // Riverside Imaging, Unit 6, 40 Quay Street, …": the address opens at the unit; round 55).
      name: 'uk-postcode',
      regex: new RegExp(
        `(?<![0-9A-Za-z/])(?:(?:(?:(?!(?:At|From|To|In|On|Of|The|Lives|Address|Home)\\b)[A-Z][a-z]{1,20} )?[A-Z][a-z]{1,20} (?:Cottage|House|Farm|Farmhouse|Lodge|Barn|Villa|Bungalow|Manor|Mill)|T[ŷy] [A-Z][a-z]{1,20}|(?<=\\b(?:at|at home,|[Aa]ddress:?|Home:) |, \\d{1,3}, |, \\d{3,5} \\d{3} ?\\d{3,4}, )(?![A-Z][a-z]{1,20} (?:Imaging|Radiology|Diagnostics|Clinic|Clinics|Pharmacy|Chemist|Surgery|Practice|Dental|Medical|Health|Healthcare|Physio|Physiotherapy|Opticians|Optometrists|Pathology|Hospital|Hospice|Scans?)\\b)[A-Z][a-zŷ]{1,20}(?:-[a-z]{1,3}-[A-Z][a-zŷ]{1,20}| (?:an|y|yr) [A-Z][a-zŷ]{1,20}| [A-Z][a-zŷ]{1,20})?),(?: (?:${UNIT} [0-9A-Z]{1,4}, )?[0-9]{1,4}[A-Za-z]?)?|(?:(?:${UNIT} [0-9A-Z]{1,4}, )?[0-9]{1,4}[A-Za-z]?|(?:${UNIT}|Croft) [0-9A-Z]{1,4},))(?: (?:[A-Z][a-z'’]{1,20}|y|yr|an|na)){1,4}(?:, ${TOWN})?, ${TOWN_LONG},? [A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}(?![0-9A-Za-z])`,
        'g',
      ),
      score: 0.75,
      prefilter: /[A-Z][0-9][A-Z0-9]? [0-9][A-Z]{2}/,
    },
    {
      // A street with no house number after a comma, then its town and a full British postcode or Eircode
      // ("…, Riverside Medical Centre, Mill Lane, Ashby LE65 1AB", "…, Model Farm Road, Cork T12 W2XK"; round 41):
      // the postcode holds it. The practice or hospital before the comma is not part of it. An Australian state and
      // postcode hold it too ("Lakeside Hospital, Banksia Street, Gosford NSW 2250"; round 49). The street may follow
      // "on", "off" or "at" ("parking on Mill Lane, Ashby LE65 1AB"), and a shop's car park may open it, as a
      // mobile screening unit's stop ("Aldi car park, Station Road, Goole DN14 5AB"; round 43).
      name: 'street-no-number-postcode',
      regex: new RegExp(
        `(?<=, |: |\\b(?:on|off|at) )(?:(?:[A-Z][a-z'’]{1,20} ){1,2}car park, )?(?:[A-Z][a-z'’]{1,20} ){1,3}${STREET}\\b, ${TOWN_LONG},? (?:[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}|${EIRCODE}|${AU_STATE} [0-9]{4})(?![0-9A-Za-z])`,
        'g',
      ),
      score: 0.7,
      prefilter:
        /[A-Z][0-9][A-Z0-9]? [0-9][A-Z]{2}|[A-Z]\d\d [A-Z0-9]{4}\b|\b(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT) \d{4}\b/,
    },
    {
      // A street named in one word ending in "way", with no street type after it ("3310 Kingsway Unit 12,
      // Burnaby, BC V5R 5K4", "40 Broadway, Leeds LS1 4AB"): held by the town and a lettered postcode after it.
      name: 'one-word-way',
      regex: new RegExp(
        `(?<![0-9A-Za-z/-])[0-9]{1,5}[A-Za-z]? [A-Z][a-z]{2,14}way(?:,? (?:${UNIT} |#)[0-9A-Z]{1,5})?(?:, ${TOWN}){1,2},? ${LETTERED_POSTCODE}(?![0-9A-Za-z])`,
        'g',
      ),
      score: 0.75,
      prefilter: /\d [A-Z][a-z]{2,14}way\b/,
    },
    {
      // A British house with a name and no number, the name opening the address ("The Old Forge,
      // Chipping Lane, Malmesbury SN16 0BQ", "Ivy Cottage, Mill Road, Hexham NE46 3AB"): "The" or a house
      // word names it, then a street with its type, a town and the full postcode, which holds it. The street may
      // have a house number too ("The Old Bakery, 7 Church Street, Ledbury HR8 1DH"; round 37). A house may be an
      // "End" ("Meadow End, 11 Church Street, …"), and a village may stand before the post town ("The Granary, 2
      // Church Lane, Saxilby, Lincoln LN1 2PE"; round 45), as uk-postcode reads it.
      name: 'uk-house-name',
      regex: new RegExp(
        `(?<![0-9A-Za-z])(?:The(?: [A-Z][a-z'’]{1,20}){1,3}|[A-Z][a-z]{1,20} (?:Cottage|House|Farm|Lodge|Barn|Villa|Bungalow|Manor|Mill|Forge|Rectory|Vicarage|Grange|End)), (?:[0-9]{1,4}[A-Za-z]? )?(?:[A-Z][a-z'’]{1,20} ){1,3}${STREET}\\b\\.?(?:, ${TOWN})?, ${TOWN},? [A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}(?![0-9A-Za-z])`,
        'g',
      ),
      score: 0.75,
      prefilter: /[A-Z][0-9][A-Z0-9]? [0-9][A-Z]{2}/,
    },
    {
      // European street-first numbering: "Storgata 14B, 0184 Oslo", "Hauptstraße 5, 10115 Berlin". A German street
      // named by a place's adjective in -er opens with it ("Altonaer Landstraße 12", "Berliner Straße 5"; round 60).
      name: 'street-first',
      regex:
        /(?<![A-Za-z])(?:(?!(?:Number|Under|After|Other|Either|Neither|Whether|Never|Ever|Later|Corner|Over|Her|Per)\b)[A-Z][a-zäöüß]{1,20}er (?:Straße|Strasse|Allee|Platz|Weg|Damm|Chaussee)(?= [0-9])|(?:(?!(?:Number|Under|After|Other|Either|Neither|Whether|Never|Ever|Later|Corner|Over|Her|Per)\b)[A-Z][a-zäöüß]{1,20}er )?[A-Z][a-zæøåäöüéß]{2,20}(?:gata|gate|veien|vegen|straße|strasse|weg|laan|straat|gasse|vej|gatan|vägen|gränd|torget|stigen|backen|plein|platz)) [0-9]{1,4}[A-Za-z]?(?:, (?:[0-9]{4,5}|[0-9]{3} [0-9]{2}) [A-ZÅÄÖ][a-zæøåäöü]{2,20})?(?![0-9A-Za-z])/g,
      score: 0.6,
      prefilter: STREET_FIRST_SUFFIX,
    },
    {
      // A Scandinavian street name and a separate street word, then the number and the postcode before
      // the city ("Kongens gate 12, 0153 Oslo", "Sørlandsveien vei 3"): the postcode is required, since
      // "gate 4" alone is as often a gate.
      name: 'street-first-spaced',
      regex:
        /(?<![A-Za-z])[A-ZÆØÅÄÖ][a-zæøåäöüé]{2,20} (?:gate|gata|gatan|vei|veien|vegen|vägen|vej|allé|plass|torg) [0-9]{1,4}[A-Za-z]?, [0-9]{4,5} [A-ZÆØÅÄÖ][a-zæøåäöü]{2,20}(?![0-9A-Za-z])/g,
      score: 0.65,
      prefilter: SPACED_STREET_FIRST,
    },
    {
      // A Chinese district or county, its city and its province written in English ("Jiangbei District,
      // Chongqing", "Yuhang District, Hangzhou, Zhejiang"): the district word, or the province, holds it.
      name: 'cn-district-en',
      regex: new RegExp(
        `(?<![A-Za-z])(?:[A-Z][a-z]{2,20} (?:District|County|New Area), [A-Z][a-z]{2,20}(?: City)?(?:, (?:${CHINESE_PROVINCES_EN})(?: Province)?)?|[A-Z][a-z]{2,20}(?: City)?, (?:${CHINESE_PROVINCES_EN})(?: Province)?)(?![A-Za-z])`,
        'g',
      ),
      score: 0.6,
      // From the comma, looking back for the district word: the scan stops at a literal.
      prefilter: new RegExp(
        `, (?:[A-Z](?<=(?:District|County|New Area), [A-Z])|(?:${CHINESE_PROVINCES_EN})\\b)`,
      ),
    },
    {
      // A named hall, house or block and a room or flat in it, after a residence label ("Residence:
      // Larchmont Hall, Room 214", "Accommodation: Birch House, Flat 3"): a student hall or hostel room. A
      // building with a room and no label is as often a meeting room.
      name: 'labelled-building-room',
      regex:
        /(?<=\b(?:[Rr]esidence(?: [Hh]all)?|[Dd]orm(?:itory)?|[Aa]ccommodation|[Hh]ousing|[Ll]odging)[ \t]{0,2}:[ \t]{0,3})(?:[A-Z][a-z]{1,20} ){1,3}(?:Hall|House|Court|Lodge|Tower|Residences?|Hostel|Block), (?:Room|Rm|Flat|Apt|Unit|Suite) [0-9]{1,5}[A-Z]?(?![0-9A-Za-z])/g,
      score: 0.8,
      prefilter:
        /, (?:Room|Rm|Flat|Apt|Unit|Suite) \d(?<=(?:esidence|orm|ccommodation|ousing|odging)[^\n]{0,40}, [A-Za-z]{2,5} \d)/,
    },
    {
      // The town, state and ZIP (or Canadian province and postal code) on their own line under a street
      // line, as a US form writes an address over two lines ("1420 Pinecrest Loop\nSpokane, WA 99208"):
      // one span per line, as the annotators mark it. The street line above must end in a street type,
      // or in a flat after it ("86 Larch Terrace Apt 3B"). The second line may be indented under the first's
      // value ("Address: 40 Quarry Rd⏎         Ames, IA 50010"; round 37).
      name: 'town-line',
      regex: new RegExp(
        `(?<=(?<![0-9A-Za-z])[0-9]{1,5}[A-Za-z]?(?: ${STREET_WORD}){1,4} ${STREET}\\.?(?: ${DIRECTION})?(?:,? (?:${UNIT} |#)[0-9A-Z]{1,5})?[ \\t]{0,3}\\r?\\n[ \\t]{0,12})(?!${NOT_TOWN}\\b)${TOWN},? (?:[A-Z]{2} [0-9]{5}(?:-[0-9]{4})?|[A-Z]{2} [A-Z][0-9][A-Z] ?[0-9][A-Z][0-9])(?![0-9A-Za-z])`,
        'g',
      ),
      score: 0.7,
      prefilter: /\n[ \t]{0,12}[A-Z][^\n]{2,40}[A-Z]{2} [0-9A-Z]{3}/,
    },
    {
      name: 'capitals',
      regex: CAPS_ADDRESS,
      score: 0.8,
      // A compass letter may stand between the number and the street's name ("7031 E SAGUARO VISTA DR").
      prefilter: /\d [A-Z]+ [A-Z]/,
    },
    {
      // A room or flat in a named building before the building's street address ("Room 212, Maple Crest
      // Manor, 88 Brock St, Kingston ON K7L 1S2", "Flat 3, Larkspur Court, 11 Kirkgate Brow, Settle BD24 9HG";
      // rounds 4, 21, 36): one address, as the cards mark it. The street may lack its type; the postcode
      // must close it.
      name: 'unit-building-street',
      regex: new RegExp(
        `(?<![0-9A-Za-z])(?:Room|Rm|Flat|Apt\\.?|Apartment|Unit|Suite) [0-9A-Z]{1,5}, (?:[A-Z][a-z'’]{1,20} ){1,3}(?:Manor|Inn|Motel|Hotel|Hostel|Lodge|House|Court|Hall|Tower|Building|Residences?|Apartments|Mansions|Villas?|Heights|Plaza|Cent(?:re|er)|Estate|Gardens|Cottages|Care Home|Nursing Home), [0-9]{1,5}[A-Za-z]?(?: (?:${STREET_WORD})){1,4}\\.?(?: ${DIRECTION}\\b)?(?:, (?!${NOT_TOWN}\\b)${TOWN}){1,3},? ${POSTCODE}(?![0-9A-Za-z])`,
        'g',
      ),
      score: 0.85,
      prefilter: /(?:Room|Rm|Flat|Apt|Apartment|Unit|Suite) [0-9A-Z]{1,5}, [A-Z]/,
    },
    {
      // A unit in a business park or an industrial estate, which has no street number of its own ("Unit 7, Mill
      // Valley Business Park, Carlow R93 X4Y2"; round 49): held by the town and the postcode after it.
      name: 'unit-business-park',
      regex: new RegExp(
        `(?<![0-9A-Za-z])(?:Unit|Units|Suite|Block) [0-9A-Z]{1,5}, (?:[A-Z][a-z'’]{1,20} ){1,3}(?:Business|Industrial|Retail|Technology|Enterprise|Science|Trading|Office) (?:Park|Estate|Centre|Center)(?:, (?!${NOT_TOWN}\\b)${TOWN}){1,2},? ${POSTCODE}(?![0-9A-Za-z])`,
        'g',
      ),
      score: 0.8,
      prefilter:
        /(?:Business|Industrial|Retail|Technology|Enterprise|Science|Trading|Office) (?:Park|Estate|Cent)/,
    },
    {
      // A Gulf villa's address, which has no postcode: the villa, its street (named, or numbered "Street 9C"), the
      // community with its sector number and the city ("Villa 8, Street 9C, Al Safa 1, Dubai", "Villa 31, Al Khail
      // Road, Mirdif, Dubai"; rounds 48, 49).
      name: 'gulf-villa',
      regex: new RegExp(
        `(?<![0-9A-Za-z])Villa [0-9]{1,4}[A-Z]?, (?:Street [0-9]{1,3}[A-Z]?|(?:(?:Al|El) )?(?:[A-Z][a-z'’-]{1,20} ){1,3}(?:Road|Street|St|Rd))(?:, (?:(?:Al|El|Umm) )?${TOWN}(?: [0-9]{1,2})?(?![0-9A-Za-z])){1,3}`,
        'g',
      ),
      score: 0.8,
      prefilter: /Villa \d/,
    },
    {
      // A dialogue's answer naming the house number in one word before the street and the town ("PT: Fourteen
      // Hazel Walk, Wells."; round 49): opening the speaker's turn, the number word is the house's, though a street
      // name may open with one elsewhere ("Seven Oaks Road").
      name: 'spoken-answer-street',
      regex: new RegExp(
        `(?<=(?:^|\\n)[A-Za-z]{1,12}:[ \\t]{1,2})(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|Twenty)(?: ${STREET_WORD}){1,3} ${STREET}\\b(?:, (?!${NOT_TOWN}\\b)${TOWN}(?: ${POSTCODE}(?![0-9A-Za-z]))?){1,2}(?=[.,;!]|[ \\t]*(?:\\r?\\n|$))`,
        'g',
      ),
      score: 0.85,
      prefilter:
        /(?:^|\n)[A-Za-z]{1,12}: {1,2}(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|Twenty) [A-Z]/,
    },
    {
      // A whole line after an address label, closed by a lettered postcode ("Address: Teach na Trá, Baile na
      // hAbhann, Co. na Gaillimhe H91 X2K4", "Address: 7 Heol y Nant, Pontardawe, Swansea SA8 4LT", "Address:
      // 2/1, 17 Garrioch Drive, Glasgow G20 8RS"; rounds 11, 22, 36): the label and the postcode hold parts no
      // street pattern knows (Irish- and Welsh-language names, house names, a tenement's floor and door). An
      // Indian PIN or another postcode of four to six digits may close it after the town ("Address: No. 7, 2nd
      // Main, Jayanagar, Mysuru 570014"; round 37). A form may go on with its next field on the same line after a
      // column gap ("Address: Carrowmore, Knocknacarra, Galway H91 X2K7   Mobile: …"; round 44). A Mexican state is
      // written with dots before its postcode, and the country may close the line ("Av. Juárez 88, Col. Centro,
      // Monterrey, N.L. 64000, México"; round 52).
      name: 'labelled-line',
      regex: new RegExp(
        `\\b(?:[Aa]ddress|ADDRESS)[ \\t]{0,2}:[ \\t]{1,3}(?<value>(?:${LINE_PART}, ){1,5}(?:${LINE_PART},? ${LETTERED_POSTCODE}|[A-Z][A-Za-z'’ -]{1,30}(?<=[a-z]) [1-9][0-9]{3,5}|(?:[A-Z]\\.){2,3} [0-9]{4,6})(?:, [A-ZÀ-Þ][a-zà-ÿ]{3,20})?)(?=[ \\t]*(?:\\r?\\n|$)|[ \\t]{2,}[A-Z][A-Za-z .]{1,20}:)`,
        'dg',
      ),
      score: 0.85,
      prefilter: /ddress[ \t]{0,2}:/i,
    },
    {
      // A town or city named as where the person lives or comes from ("Tourist from Cardiff").
      name: 'residence-town',
      regex:
        /\b(?:[Tt]ourist|[Vv]isitor|[Tt]raveller|[Tt]raveler|[Ll]ives(?: alone)?|[Ll]ive|[Ll]iving|[Rr]esident|[Rr]esiding|[Bb]ased|[Oo]riginally|[Cc]omes|[Mm]oved|[Rr]elocated) (?:from|in|of|to) (?!(?:Ward|Wards|Bed|Bay|Room|Rm|Unit|Theatre|Theatres|Recovery|Resus|Majors|Minors|ICU|ITU|HDU|CCU|Side|Level|Floor|Block|Wing|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|The|This|That|Our|Her|His|Their|Another|Palliative|Hospice|Day|Night|Home|Oral|Tablets|Insulin|Morning|Evening|Afternoon|Tomorrow|Today|Next|Last|Weekly|Daily)\b)(?<value>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]{2,20}(?: (?!(?:Road|Street|Lane|Avenue|Drive|Close|Way|Court|Crescent|Terrace|Place|Hospital|Care|Nursing|House|Home|Hall|Lodge|Village)\b)[A-Z][a-zà-öø-ÿ]{2,20})?(?:, (?:[A-Z]{2}|Co\. [A-Z][a-z]{2,20})(?![A-Za-z]))?)(?![A-Za-zÀ-ÖØ-öø-ÿ])(?! (?:Road|Rd|Street|St|Lane|Avenue|Ave|Drive|Close|Way|Court|Crescent|Terrace|Place|Hospital|Care|Nursing|House|Home|Hall|Lodge|Village)\b)/dg,
      score: 0.6,
      prefilter:
        / (?:from|in|of|to) [A-Z](?<=(?:ourist|isitor|ravel|ive|ives|iving|esid|ased|riginally|omes|oved|elocated)(?: alone)? (?:from|in|of|to) [A-Z])/,
    },
  ],
  context: ['address', 'lives at', 'resides', 'residence', 'home'],
  contextWindow: 20,
  contextBoost: 0.15,
});
