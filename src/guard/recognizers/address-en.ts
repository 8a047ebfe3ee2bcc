import { PatternRecognizer } from './pattern-recognizer.ts';

/**
 * English street addresses: a house number, one to four capitalised words and a street type, then
 * optionally a flat or unit, up to two ", Town" parts and a US ZIP or UK postcode. Labels such as
 * "Address:" or "lives at" lift the score.
 */
const STREET =
  '(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|Way|Court|Ct|Place|Pl|Terrace|Close|Crescent|Parkway|Pkwy|Highway|Hwy|Square|Sq|Gardens|Grove|Row|Walk|Hill)';
const UNIT = '(?:Flat|Apt\\.?|Apartment|Unit|Suite|Room)';
/** Building-level parts before a street or an estate: a flat, floor, block, tower or named building. */
const BUILDING_PART = `(?:${UNIT}|Blk|Block|Tower|Floor|Level) [0-9A-Z]{1,5}|[0-9]{1,2}/F|#[0-9]{2}-[0-9]{2,5}|(?:[A-Z][a-z]{1,20} ){1,3}(?:House|Court|Mansions?|Building|Estate|Tower|Gardens|Cottages|Lodge|Villas?|Plaza|Centre|Heights)`;
/** One comma-separated part after a flat or block: another building part, a numbered street, a street. */
const ADDRESS_PART = `(?:,? (?:${BUILDING_PART}|[0-9]{1,5}[A-Za-z]?(?: (?:[A-Z][a-z]{1,20}|[A-Z]\\.|[0-9]{1,3}(?:st|nd|rd|th))){1,4} ${STREET}\\b\\.?(?: [0-9]{1,3}\\b)?|(?:[A-Z][a-z]{1,20} ){1,4}${STREET}\\b\\.?(?: [0-9]{1,3}\\b)?|Jalan(?: [A-Z][a-z]{1,20}){1,3}))`;
/** What may follow a street: a locality (town, district, N.T.), a state or county with its postcode. */
const LOCALITY =
  '(?:, (?:[A-Z][a-z]{2,20}(?: [A-Z][a-z]{2,20}){0,2}|N\\.T\\.|[A-Z]{2,3} [0-9]{4,5}(?:-[0-9]{4})?)(?: [0-9]{4,6}| [A-Z]{2,3} [0-9]{4}| [A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2})?){0,3}';

export const englishAddressRecognizer = new PatternRecognizer({
  name: 'pii.address_en',
  type: 'ADDRESS',
  patterns: [
    {
      name: 'street',
      regex: new RegExp(
        `(?<![0-9A-Za-z])(?:${UNIT} [0-9A-Z]{1,5},? )?[0-9]{1,5}[A-Za-z]?(?: (?:[A-Z][a-z]{1,20}|[A-Z]\\.|[0-9]{1,3}(?:st|nd|rd|th))){1,4} ${STREET}\\b\\.?(?:,? ${UNIT} [0-9A-Z]{1,5})?(?:, [A-Z][a-z]{2,20}(?: [A-Z][a-z]{2,20}){0,2}){0,2}(?:,? [A-Z]{2} [0-9]{5}(?:-[0-9]{4})?|,? [A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}| [A-Z]{2,3} [0-9]{4})?`,
        'g',
      ),
      score: 0.8,
      prefilter: /\d[A-Za-z]? [A-Z]/,
    },
    {
      // Flat, floor, block and building first (UK, Hong Kong, Singapore, Australian unit/number):
      // "Flat 12, Brunswick Court, 44 Abbey Road, Bangor LL57 2EB", "Blk 612 Ang Mo Kio Ave 4, #08-1127,
      // Singapore 560612", "Unit 5/27 Beach Road, Bondi NSW 2026", "Flat D, 18/F, Block 3, Kwai Chung Estate".
      name: 'building-first',
      regex: new RegExp(
        `(?<![0-9A-Za-z])(?:(?:${UNIT}|Blk|Block) [0-9A-Z]{1,5}(?![0-9A-Za-z.])(?:/[0-9]{1,5}(?: [A-Z][a-z]{1,20}){1,4} ${STREET}\\b\\.?${ADDRESS_PART}{0,4}|${ADDRESS_PART}{1,4})|[0-9]{1,4} (?:[A-Z][a-z]{1,20} ){1,3}(?:Cottages|House|Court|Mansions|Lodge|Villas|Farm)${ADDRESS_PART}{0,4})${LOCALITY}`,
        'g',
      ),
      score: 0.7,
      prefilter:
        /(?:Flat|Apt|Apartment|Unit|Suite|Room|Blk|Block) [0-9A-Z]|Cottages|House|Court|Mansions|Lodge|Villas|Farm/,
    },
    {
      // A rural route or box: "RR 2 Box 118, Millersburg, OH 44654".
      name: 'rural-route',
      regex: new RegExp(
        `(?<![0-9A-Za-z])(?:RR|Rural Route|HC|PO Box|P\\.O\\. Box) [0-9]{1,5}(?: Box [0-9]{1,5})?${LOCALITY}`,
        'g',
      ),
      score: 0.6,
      prefilter: /(?:RR|Route|HC|Box) [0-9]/,
    },
    {
      // European street-first numbering: "Storgata 14B, 0184 Oslo", "Hauptstraße 5, 10115 Berlin".
      name: 'street-first',
      regex:
        /(?<![A-Za-z])[A-Z][a-zæøåäöüß]{2,20}(?:gata|gate|veien|vegen|straße|strasse|weg|laan|straat|gasse|vej|gatan|vägen|plein|platz) [0-9]{1,4}[A-Za-z]?(?:, [0-9]{4,5} [A-Z][a-zæøåäöü]{2,20})?(?![0-9A-Za-z])/g,
      score: 0.6,
      prefilter:
        /(?:gata|gate|veien|vegen|straße|strasse|weg|laan|straat|gasse|vej|gatan|vägen|plein|platz) [0-9]/,
    },
    {
      // A town or city named as where the person lives or comes from ("Tourist from Cardiff").
      name: 'residence-town',
      regex:
        /\b(?:[Tt]ourist|[Vv]isitor|[Tt]raveller|[Tt]raveler|[Ll]ives|[Ll]iving|[Rr]esident|[Rr]esiding|[Bb]ased|[Oo]riginally|[Cc]omes|[Mm]oved|[Rr]elocated) (?:from|in|of|to) (?<value>[A-Z][a-z]{2,20}(?: [A-Z][a-z]{2,20})?)(?![A-Za-z])/dg,
      score: 0.6,
      prefilter:
        /(?:ourist|isitor|ravel|ives|iving|esid|ased|riginally|omes|oved|elocated) (?:from|in|of|to) [A-Z]/,
    },
  ],
  context: ['address', 'lives at', 'resides', 'residence', 'home'],
  contextWindow: 20,
  contextBoost: 0.15,
});
