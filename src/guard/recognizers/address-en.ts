import { PatternRecognizer } from './pattern-recognizer.ts';

/**
 * English street addresses: a house number, one to four capitalised words and a street type, then
 * optionally a flat or unit, up to two ", Town" parts and a US ZIP or UK postcode. Labels such as
 * "Address:" or "lives at" lift the score.
 */
const STREET =
  '(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|Way|Court|Ct|Place|Pl|Terrace|Close|Crescent|Parkway|Pkwy|Highway|Hwy|Square|Sq|Gardens|Grove|Row|Walk|Hill)';
const UNIT = '(?:Flat|Apt\\.?|Apartment|Unit|Suite|Room)';

export const englishAddressRecognizer = new PatternRecognizer({
  name: 'pii.address_en',
  type: 'ADDRESS',
  patterns: [
    {
      name: 'street',
      regex: new RegExp(
        `(?<![0-9A-Za-z])(?:${UNIT} [0-9A-Z]{1,5},? )?[0-9]{1,5}[A-Za-z]?(?: [A-Z][a-z]{1,20}){1,4} ${STREET}\\b\\.?(?:,? ${UNIT} [0-9A-Z]{1,5})?(?:, [A-Z][a-z]{2,20}(?: [A-Z][a-z]{2,20}){0,2}){0,2}(?:,? [A-Z]{2} [0-9]{5}(?:-[0-9]{4})?|,? [A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2})?`,
        'g',
      ),
      score: 0.8,
      prefilter: /\d[A-Za-z]? [A-Z]/,
    },
  ],
  context: ['address', 'lives at', 'resides', 'residence', 'home'],
  contextWindow: 20,
  contextBoost: 0.15,
});
