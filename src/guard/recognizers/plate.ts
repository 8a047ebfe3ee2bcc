import { PatternRecognizer } from './pattern-recognizer.ts';

/** Vehicle registration plates: the mainland format (province + letter + 5 or 6), other formats by label. */
export const plateRecognizer = new PatternRecognizer({
  name: 'pii.plate',
  type: 'PLATE',
  patterns: [
    {
      name: 'cn-plate',
      regex:
        /(?<![A-Za-z0-9])[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼黔滇蜀陇秦][A-HJ-NP-Z][·• ]?[A-HJ-NP-Z0-9]{5,6}(?![A-Za-z0-9])/g,
      score: 0.75,
      prefilter: /[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼黔滇蜀陇秦][A-HJ-NP-Z]/,
    },
    {
      name: 'labelled',
      regex:
        /(?:license plate|licence plate|registration plate|plate number|plate no\.?|vehicle registration)[ \t]{0,3}[:#]?[ \t]{0,3}(?<value>[A-Z0-9]{2,4}[ -]?[A-Z0-9]{2,4})(?![A-Za-z0-9])/dgi,
      score: 0.85,
      prefilter: /plate|registration/i,
    },
    {
      // A plate-shaped token with letters and digits right after a vehicle word or "plate" ("Car rego 1XY 9ZT",
      // "vehicle WV71 HTR", "parking permit for LD68 XKF", "permit issued for BKR 412"; round 38); the token itself is case-sensitive. A US or
      // Australian plate may carry its state's two letters before it ("plate OR 7KDX412"); an Irish one is
      // year, county and number ("van 191-C-4472"); the plate may be in brackets ("the truck (CKMN 418)").
      // A US state plate may open with a county's number and a hyphen ("Montana plate 2-71946A"; round 42).
      // Not a token that a date or time goes on from ("motorbike RTC 06/11/2026": the crash's date).
      // A New South Wales plate is two letters, two digits and two letters apart ("my car rego BX 52 TM"; round 49).
      // A Singapore plate ends in its check letter after a blank ("car SBA 1234 B"; round 50), part of the plate.
      name: 'after-vehicle',
      regex:
        /\b(?:[Vv]ehicle|[Cc]ar|[Pp]late|[Rr]ego|[Rr]eg(?:istration)?(?: [Nn]o\.?)?|[Vv]an|[Uu]te|SUV|[Tt]ruck|[Tt]axi|[Mm]otor(?:bike|cycle)|[Pp]arking permit(?: for)?|[Pp]ermit(?: (?:issued|registered|granted))? for)(?: (?:rego|plate|number|no\.?))?[ \t]{0,3}[:#(]?[ \t]{0,3}(?<value>S[A-Z]{1,2} ?\d{1,4} ?[A-EGHJ-MPR-UX-Z](?![A-Za-z0-9])|[A-Z]{2} (?=[A-Z]{0,7}\d)(?=\d{0,7}[A-Z])[A-Z0-9]{5,8}(?![A-Za-z0-9])|[A-Z]{2,3} \d{2,3} [A-Z]{2,3}(?![A-Za-z0-9])|\d{2,3}-[A-Z]{1,2}-\d{1,6}|\d{1,2}-(?=\d{0,6}[A-Z])(?=[A-Z0-9]{5,7}(?![A-Za-z0-9]))\d{3,6}[A-Z0-9]{1,3}|(?=[A-Z0-9 -]{0,8}\d)(?=[A-Z0-9 -]{0,8}[A-Z])[A-Z0-9]{1,4}[ -]?[A-Z0-9]{2,4})(?![A-Za-z0-9]|-[A-Z0-9]|[/.:]\d)/dg,
      score: 0.8,
      prefilter:
        /[Vv]ehicle|[Cc]ar |[Pp]late |[Rr]ego|[Rr]eg|[Vv]an |[Uu]te |SUV|[Tt]ruck|[Tt]axi|[Mm]otor|[Pp]ermit/,
    },
    {
      // A plate after a vehicle word and a comma, as a chat adds it to the sentence ("I'll bring her chair in the ute, CX
      // 58 QH"; round 51): only the spaced shapes no word or time has (an NSW plate's letters, digits and letters, or
      // the British current format), since after a comma a shorter token may be anything ("the car, 3 PM"). A Kenyan
      // plate is K, two letters, three digits and a letter ("in their car, KCB 512M"; round 58).
      name: 'vehicle-comma-plate',
      regex:
        /\b(?:[Vv]ehicle|[Cc]ar|[Vv]an|[Uu]te|SUV|[Tt]ruck|[Tt]axi|[Mm]otor(?:bike|cycle)|[Pp]late)(?:['’]s| is)?,[ \t]{1,2}(?:it['’]s[ \t]|it is[ \t])?(?<value>[A-Z]{2,3} \d{2,3} [A-Z]{2,3}|[A-HJ-PR-Y]{2}[0-9]{2} [A-HJ-PR-Z]{3}|\d[A-Z]{2} \d[A-Z]{2}|K[A-Z]{2} \d{3}[A-Z]|(?<=[Pp]late,[ \t]{1,2})\d{3} [A-Z]{3})(?![A-Za-z0-9])/dg,
      score: 0.8,
      // "I'll take the ute, it's 1TZ 4QJ": the plate said after "it's", a Victorian one too (round 55). After "plate" and a
      // comma, a Queensland plate of three digits and three letters ("the car's plate, 123 ABC"; round 59).
      prefilter:
        /(?:ehicle|ar|an|te|SUV|ruck|axi|bike|cycle|late)(?:['’]s| is)?, {1,2}(?:it['’]s |it is )?[A-Z0-9][A-Z0-9]/,
    },
    {
      // A parking permit's field on a bill or form, its plate after the colon ("Car park permit used on the day: KN19
      // WXA", "Visitor parking permit: 1TZ 4QJ"; round 55): only the British, Victorian and NSW spaced shapes and a
      // plate of letters and digits, so a permit's own number ("Permit no: 4471") is not read.
      name: 'permit-field',
      regex:
        /\b(?:[Cc]ar[ -]park|[Pp]arking|[Vv]isitor) permit(?: [a-z]{2,8}){0,5}[ \t]{0,2}:[ \t]{0,3}(?<value>[A-HJ-PR-Y]{2}[0-9]{2} ?[A-HJ-PR-Z]{3}|\d[A-Z]{2} ?\d[A-Z]{2}|[A-Z]{2,3} \d{2,3} [A-Z]{2,3}|[A-Z]{2,3}-?\d{3,4}|\d[A-Z]{3}\d{3})(?![A-Za-z0-9])/dg,
      score: 0.8,
      prefilter: /permit/,
    },
    {
      // "my reg is 231-D-48107", "my truck is 8KTR512", "the plate - 7ABC123": a plate said after a vehicle
      // word and "is" or a dash, in a chat. The token is longer than after a label (five or more letters and
      // digits, "4WD" is no plate), the Irish year-county-number shape, or a spaced letters-then-digits plate
      // ("my plate is CKRT 482", "the car is LK19 HVW"); after "'s" not the letters-then-digits shape ("car's
      // LK19 HVW", not "car's MOT 2026"), but after "plate's" any of them ("my plate's KRV 5521"; round 41). A Victorian
      // plate is a digit and two letters twice, a blank between ("the car is 2KR 7TM"; round 50).
      name: 'vehicle-is',
      regex:
        /\b(?:[Cc]ar|[Rr]eg|[Rr]ego|[Pp]late|[Vv]an|[Tt]ruck|[Vv]ehicle|[Uu]te)(?: is|(?<![Pp]late)['’]s(?![ \t]{1,2}[A-Z]{2,4} \d)|(?<=[Pp]late)['’]s| [-–—])[ \t]{1,2}(?<value>\d{2,3}-[A-Z]{1,2}-\d{1,6}|[A-Z]{2,4} \d{3,4}|[A-Z]{2}\d{2} [A-Z]{3}|\d[A-Z]{2} \d[A-Z]{2}|(?=[A-Z0-9]{5,8}(?![A-Za-z0-9]))(?=[A-Z]{0,7}\d)(?=\d{0,7}[A-Z])[A-Z0-9]{5,8})(?![A-Za-z0-9-])/dg,
      score: 0.8,
      prefilter: /(?:[Cc]ar|[Rr]eg|[Rr]ego|[Pp]late|[Vv]an|[Tt]ruck|[Vv]ehicle|[Uu]te)(?: is|['’]s| [-–—]) /,
    },
    {
      // A car named by its model, left, parked, driven or lent, with its plate in brackets ("I'll leave the
      // Camry (8KLM204) at Mum's", "parked Dad's Hilux (XQG 984)"): a letters-and-digits token with two digits.
      // Not after "take" or "bring", said of tablets and letters too ("took the Metformin (MF500)").
      name: 'model-in-brackets',
      regex:
        /\b(?:[Ll]eav(?:e|ing)|[Ll]eft|[Pp]ark(?:ed|ing)?|[Dd]riv(?:e|ing)|[Dd]rove|[Bb]orrow(?:ed|ing)?|[Ll]end|[Ll]ent) (?:the|my|our|his|her|their|[A-Z][a-z]{1,12}['’]s)(?: [A-Z][A-Za-z-]{1,12}){1,2} \((?<value>(?=[A-Z0-9 -]{0,8}\d[A-Z0-9 -]{0,8}\d)(?=[A-Z0-9 -]{0,8}[A-Z])[A-Z0-9]{2,4}[ -]?[A-Z0-9]{2,4})\)/dg,
      score: 0.8,
      prefilter: / \([A-Z0-9]{2,4}[ -]?[A-Z0-9]{2,4}\)/,
    },
    {
      // A car described by its colour and model, then its plate ("grey Corolla KTX-418", "white Ford
      // Ranger 1ABC234", "red Polo KX19 RVD", "black Tahoe, 8RKM214"): a letters-and-digits token right after
      // the model, a comma allowed between. New South Wales and Victorian shapes too ("silver Corolla DT63KW",
      // "white Hilux BX 52 TM", "blue Mazda 1KR 7TM"; round 54). An Ontario plate of four letters and three digits and a
      // Singapore plate with its check letter ("white Civic, BKRT 219", "red Mazda SKB 3307 G"; round 57).
      name: 'colour-model',
      regex:
        /\b(?:[Ss]ilver|[Bb]lack|[Ww]hite|[Gg]r[ae]y|[Rr]ed|[Bb]lue|[Gg]reen|[Gg]old|[Mm]aroon|[Nn]avy|[Bb]eige|[Bb]rown|[Yy]ellow|[Oo]range)[ \t](?:[A-Z][a-z]{1,12},?[ \t]){1,2}(?<value>[A-Z]{2,4}-?\d{3,4}|\d[A-Z]{3}\d{3}|[A-Z]{2}\d{2} ?[A-Z]{2,3}|[A-Z]{2,3} \d{2,3} [A-Z]{2,3}|\d[A-Z]{2} ?\d[A-Z]{2}|[A-Z]{4} \d{3}|S[A-Z]{1,2} \d{1,4} [A-Z])(?![A-Za-z0-9])/dg,
      score: 0.75,
      prefilter:
        /(?:silver|black|white|grey|gray|red|blue|green|gold|maroon|navy|beige|brown|yellow|orange) [A-Z]/i,
    },
    {
      // The Irish format, a year (two digits, or three with the half-year), a county's code and a number
      // ("221-KY-4087", "08-D-12345"; round 34): the county codes make the shape a plate wherever it stands.
      name: 'irish',
      regex:
        /(?<![A-Za-z0-9-])(?:\d{2}|\d{2}[12])-(?:CE|CN|CW|DL|KE|KK|KY|LD|LH|LK|LM|LS|MH|MN|MO|OY|RN|SO|WH|WX|WW|C|D|G|L|T|W)-\d{1,6}(?![A-Za-z0-9-])/g,
      score: 0.5,
      prefilter: /\d-[A-Z]{1,2}-\d/,
    },
    {
      // A car named by its model after "in", "drive" or "park" and "the", "my" or a possessive, then the
      // current British plate after a comma or a blank ("I'll take her in the Fiesta, KM21 PWX", "parked
      // Dad's Astra YD68 TRV"; round 35): the plate shape and the car ridden in say whose car it is. So does a car taken
      // or brought ("I'll take the Skoda, YR19 KZV"; round 51): the model's capital and the plate's shape rule out a
      // tablet's name.
      name: 'model-then-gb',
      regex:
        /\b(?:in|drive|driving|drove|park|parked|parking|borrow|borrowed|take|taking|took|bring|bringing|brought) (?:the|my|our|his|her|their|[A-Z][a-z]{1,12}['’]s) [A-Z][a-z]{2,12},?[ \t](?<value>[A-HJ-PR-Y]{2}[0-9]{2} [A-HJ-PR-Z]{3})(?![A-Za-z0-9])/dg,
      score: 0.75,
      // The same test as gb-current's, so the registry's cache answers it.
      prefilter: /[A-Z]\d\d [A-Z]{3}/,
    },
    {
      // A Singapore plate with its check letter and an Ontario plate of four letters and three digits after a car driven,
      // or parked, named by its model ("driving the Toyota SKL 902 D", "parked my Civic, BRTX 318"; round 57);
      // not after "take" or "bring", said of inhalers and tablets too.
      name: 'model-then-sg-on',
      regex:
        /\b(?:drive|driving|drove|park|parked|parking|borrow|borrowed) (?:the|my|our|his|her|their|[A-Z][a-z]{1,12}['’]s) [A-Z][a-z]{2,12},?[ \t](?<value>S[A-Z]{1,2} \d{1,4} [A-Z]|[A-Z]{4} \d{3})(?![A-Za-z0-9])/dg,
      score: 0.75,
      prefilter: /\bS[A-Z]{1,2} \d{1,4} [A-Z]\b|\b[A-Z]{4} \d{3}\b/,
    },
    {
      // The current British format, two letters, two digits, a blank and three letters ("LK19 XPW"):
      // distinctive enough to stand alone, but a plate only where someone's car is meant (context).
      name: 'gb-current',
      regex: /(?<![A-Za-z0-9])[A-HJ-PR-Y][A-HJ-PR-Y][0-9]{2} [A-HJ-PR-Z]{3}(?![A-Za-z0-9])/g,
      score: 0.4,
      prefilter: /[A-Z]\d\d [A-Z]{3}/,
    },
  ],
  validate: (value) => /\d.*\d/.test(value),
  context: [
    '车牌',
    '车号',
    '车辆',
    'plate',
    'vehicle',
    'car',
    'reg',
    'parked',
    'parking',
    'clamp',
    'towed',
    'ticket',
    'driving',
  ],
  contextWindow: 32,
  contextBoost: 0.2,
});
