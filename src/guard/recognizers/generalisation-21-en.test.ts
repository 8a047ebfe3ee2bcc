import { describe, expect, it } from 'vitest';
import { englishTextsOfType as en } from '../testing/recognized.ts';

/**
 * One test per class of English personal data the round-25 set showed the recognizers missing or
 * over-reading, each with a look-alike negative where one makes sense. The examples are made up here,
 * not taken from any labelled set.
 */

describe('English names (round 25)', () => {
  it('reads a surname-first row whose given name has an accent', () => {
    const text = 'Clinic 3 — 02/02/2026\nRUANE-DOOLAN, Sinéad   MRN K5510231\nSinéad reports less pain.';
    expect(en('PERSON', text)).toEqual(['RUANE-DOOLAN, Sinéad', 'Sinéad']);
  });
  it('reads a name glued to an age and sex in a | table cell after the bed', () => {
    const table = '| Bed | Patient | Plan |\n| 3 | Osric Pellow 91M | bloods |\n| 4 | Chest Pain 45F | ECG |';
    expect(en('PERSON', table)).toEqual(['Osric Pellow']);
    expect(en('MRN', table)).toEqual(['3', '4']);
    expect(en('MRN', '| 1 | Paracetamol 1g | PRN |')).toEqual([]);
  });
  it('leaves placeholder names and eponymous operations out', () => {
    expect(en('PERSON', '| Hall 1 | Jane Doe ~40s | unresponsive |')).toEqual([]);
    expect(en('PERSON', 'Day 2 after oesophagectomy, Ivor Lewis.\nObs stable.')).toEqual([]);
    expect(en('PERSON', 'Seen with her son John Doherty today')).toEqual(['John Doherty']);
  });
  it('reads a girlfriend or boyfriend named after the relation', () => {
    expect(en('PERSON', 'Lives alone; boyfriend Tomasz visits most evenings.')).toEqual(['Tomasz']);
  });
  it('reads the person in charge of a named shift', () => {
    expect(en('PERSON', 'Handover done.\nNurse in charge overnight: Briony')).toEqual(['Briony']);
    expect(en('PERSON', 'Nurse in charge today: to be confirmed')).toEqual([]);
  });
  it('reads a name before the signer’s profession', () => {
    expect(en('PERSON', 'No DVT seen. Scanned by Pia Lorrimer, sonographer.')).toEqual(['Pia Lorrimer']);
    expect(en('PERSON', 'Review in 6 weeks.\nOdell Frame, Clinical Psychologist')).toEqual(['Odell Frame']);
    expect(en('PERSON', 'Referred to Royal Infirmary, Dietician review')).toEqual([]);
  });
  it('leaves the specialty after a signer’s credential and a hospital before a room out', () => {
    expect(en('PERSON', '— Imre Castell, NP, Sleep Medicine')).toEqual(['Imre Castell']);
    expect(en('PERSON', 'Mum: he is at Health Sciences East, room 4, for obs')).toEqual([]);
  });
  it('does not read a specialty as a heading name before the note’s date', () => {
    expect(en('PERSON', 'WARD ROUND — Vascular Surg, 03/03/2026\nStable.')).toEqual([]);
    expect(en('PERSON', 'Neonatal admission — Rafe Pennock-Lowe, 3/12 old')).toEqual(['Rafe Pennock-Lowe']);
  });
  it('reads a family named in a chat title with "family chat" or in the plural', () => {
    expect(en('PERSON', 'Lacombe family chat\nMom: scan at 3\nAnaïs: ok\nMom: thanks')).toContain('Lacombe');
    expect(en('PERSON', '💬 The Garveys\nSorcha: who is driving?\nDad: me\nSorcha: ok')[0]).toBe('Garvey');
    expect(en('PERSON', 'Referral letter\nThe Cedars\nPatient: stable')).toEqual([]);
  });
  it('reads a chat speaker @-mentioned by another as the name only', () => {
    const chat = 'Sorcha: who is driving?\nCathal: me\nSorcha: @Cathal bring her glasses\nCathal: grand';
    expect(en('PERSON', chat).filter((n) => n === 'Cathal')).toHaveLength(3);
    expect(en('ACCOUNT', chat)).toEqual([]);
    expect(en('ACCOUNT', 'Insta is @bramble.bakes')).toEqual(['@bramble.bakes']);
  });
});

describe('English addresses, dates and ages (round 25)', () => {
  it('reads a street ending in Bend or Cove and a street word with a macron', () => {
    expect(en('ADDRESS', 'Home: 88 Pecan Bend, Austin, TX 78745')).toEqual([
      '88 Pecan Bend, Austin, TX 78745',
    ]);
    expect(en('ADDRESS', 'Lives at 12 Tōtara St, Hamilton 3204')).toEqual(['12 Tōtara St, Hamilton 3204']);
    expect(en('ADDRESS', 'Knee bend to 90 degrees, 3 sets.')).toEqual([]);
  });
  it('reads a month and year after "by" as a date of care', () => {
    expect(en('DATE', 'If no better by June 2027, refer on.')).toEqual(['June 2027']);
    expect(en('DATE', 'per the guideline from March 2024')).toEqual([]);
  });
  it('reads an age over 89 in brackets after a birth date', () => {
    expect(en('AGE', 'DOB 14/02/1933 (93)   NHS 999 000 0000')).toEqual(['93']);
    expect(en('AGE', 'Seen 05/01/2026 (95) sats on air')).toEqual([]);
  });
});

describe('English record numbers, plates and phones (round 25)', () => {
  it('reads a four-digit room after "Rm" but not a hotel room', () => {
    expect(en('MRN', 'Perpetua Vale, Rm 3512, stable')).toEqual(['3512']);
    expect(en('MRN', 'Hotel: Room 1208, Harbour Plaza')).toEqual([]);
  });
  it('reads a unit number that repeats its label, but not an order number', () => {
    expect(en('MRN', 'Burns unit admission   BU no BU-2611-044')).toEqual(['BU-2611-044']);
    expect(en('MRN', 'PO No PO-2611-01 attached')).toEqual([]);
  });
  it('reads a bay in the last column of a record line', () => {
    expect(en('MRN', 'NHS 999 000 0000   Unit K5521   Bay 3\nStable.')).toContain('3');
    expect(en('MRN', 'Bay 3 is closed for cleaning today.')).toEqual([]);
  });
  it('reads an Irish plate and a plate in brackets after a vehicle, not a date', () => {
    expect(en('PLATE', 'I can take the van 221-D-8812 tomorrow')).toEqual(['221-D-8812']);
    expect(en('PLATE', 'parking the car (BXTR 552) now')).toEqual(['BXTR 552']);
    expect(en('PLATE', 'Motorbike RTC 04/10/2026, C5 injury.')).toEqual([]);
  });
  it("leaves a practice's or a clinic's own line out", () => {
    expect(en('PHONE', 'Thanks. Practice: 01632 960111')).toEqual([]);
    expect(en('PHONE', 'Stoma clinic phone (555-0142 ext 3) weekdays only')).toEqual([]);
    expect(en('PHONE', 'Her mobile: 07700 900333')).toEqual(['07700 900333']);
  });
});
