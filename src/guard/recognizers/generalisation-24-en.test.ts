import { describe, expect, it } from 'vitest';
import { englishTextsOfType as en } from '../testing/recognized.ts';

/**
 * One test per class of English personal data the round-28 set showed the recognizers missing or
 * over-reading, each with a look-alike negative where one makes sense. The examples are made up here,
 * not taken from any labelled set.
 */

describe('English names (round 28)', () => {
  it('reads the name after an eye, hearing or imaging role word', () => {
    expect(en('PERSON', 'Visual fields done. Optometrist Kerensa Doyle, reviewed.')).toEqual([
      'Kerensa Doyle',
    ]);
    expect(en('PERSON', 'Scan booked; seen by sonographer Idris today.')).toEqual(['Idris']);
    expect(en('PERSON', 'Orthoptist review in six weeks.')).toEqual([]);
  });
  it('ends a name before a grade glued to its number or a label before a lettered code', () => {
    expect(en('PERSON', 'Clerked by Dr Okonkwo FY2 — plan below.')).toEqual(['Okonkwo']);
    expect(en('PERSON', 'Ward 9, Rosalind Tierney UR K4410276, Medicare 4412')).toEqual(['Rosalind Tierney']);
    // A surname in capitals before a bare number is still the name.
    expect(en('PERSON', 'Mr Jun LIU 4432 called')).toEqual(['Jun LIU']);
  });
  it('reads "SURNAME, GIVEN" in capitals after a patient label in capitals', () => {
    expect(en('PERSON', 'LAB REPORT\nPATIENT: HALLORAN, DESMOND   MRN: 55012934')).toEqual([
      'HALLORAN, DESMOND',
    ]);
    expect(en('PERSON', 'STATUS: NEGATIVE, REPEAT')).toEqual([]);
  });
  it('reads a name cell before an age cell and a record label cell', () => {
    expect(en('PERSON', 'Haematology\nCedric Ashdown | 92 | MRN 55012934 | Ward 4')).toEqual([
      'Cedric Ashdown',
    ]);
    expect(en('PERSON', 'Haematology\nSerum Sodium | 135 | MRN 55012934')).toEqual([]);
  });
  it('reads a place before "care home", and criteria before their verdict, as no person', () => {
    expect(en('PERSON', 'Brought in from Ashgrove Court care home overnight.')).toEqual([]);
    expect(en('PERSON', 'LDL 6.1, Simon Broome possible FH, cascade testing.')).toEqual([]);
    expect(en('PERSON', 'Spoke to Dr Simon Broome today.')).toEqual(['Simon Broome']);
  });
});

describe('English ages, numbers and places (round 28)', () => {
  it('reads an age after a name and its bed or room, and an age cell after a name cell', () => {
    expect(en('AGE', 'Handover: Ivor Keane, bed 7, 93, NEWS2 5')).toEqual(['93']);
    expect(en('AGE', 'Pruitt, room 212, 95, DOB 01/01/1931')).toEqual(['95']);
    expect(en('AGE', 'bed 7, 95, sats stable')).toEqual([]);
    expect(en('AGE', 'Edwin Marsh | 94 | NHS 999 111 2222')).toEqual(['94']);
    expect(en('AGE', 'Glucose | 96 | mg/dL')).toEqual([]);
  });
  it('reads a member number after a named health insurer', () => {
    expect(en('INSURANCE_ID', 'Seen today, Cigna member ID U83377120 on file')).toEqual(['U83377120']);
    expect(en('INSURANCE_ID', 'Insurer: Bupa membership BUP55120934')).toEqual(['BUP55120934']);
    expect(en('INSURANCE_ID', 'BCBS ID XQZ300112947, copay paid')).toEqual(['XQZ300112947']);
    expect(en('INSURANCE_ID', 'Vitality points 12000 this month')).toEqual([]);
  });
  it('reads an accession after ACCN, an imaging code after RIS, and a session code with a year', () => {
    expect(en('MRN', 'ACCN: H26-5512093   COLLECTED 05:10')).toEqual(['H26-5512093']);
    expect(en('MRN', 'Carotid duplex. RIS US2611-4410 reported')).toEqual(['US2611-4410']);
    expect(en('MRN', 'RIS upgrade 2026 tonight')).toEqual([]);
    expect(en('MRN', 'Video session VS-27-4410932 started')).toEqual(['VS-27-4410932']);
  });
  it('reads an isolette, incubator or day-unit chair as a bed, not a time sat out', () => {
    expect(en('MRN', 'Baby Girl Oduya, Incubator 9, 34+2 weeks')).toEqual(['9']);
    expect(en('MRN', 'Tahu, 41, MRN 55112093, chair 11')).toEqual(['55112093', '11']);
    expect(en('MRN', 'Infusion chair 4 today')).toEqual(['4']);
    expect(en('MRN', 'Sat out in chair 2 hours')).toEqual([]);
    expect(en('MRN', 'Get the chair 3 please')).toEqual([]);
  });
  it('reads a plate after a vehicle word and "\'s", not a letters-then-number phrase', () => {
    expect(en('PLATE', "Running late, car's BD21 KRW if security asks")).toEqual(['BD21 KRW']);
    expect(en('PLATE', "The car's MOT 2026 is due")).toEqual([]);
  });
  it('reads a chat speaker whose login is letters and digits, speaking on two lines', () => {
    const chat =
      'Chat 11/02/2026\nkpatel84: hi, my inhaler ran out\nNurse: which one?\nkpatel84: the blue one';
    expect(en('ACCOUNT', chat)).toEqual(['kpatel84', 'kpatel84']);
    expect(en('ACCOUNT', 'Chat\nkpatel84: hi')).toEqual([]);
    expect(en('ACCOUNT', 'Obs\nspo2: 96\nspo2: 94')).toEqual([]);
  });
  it('reads a Canadian suite before the house number, and a flat in a named Welsh block', () => {
    expect(en('ADDRESS', 'Address: 407-1550 Pembina Highway, Winnipeg MB R3T 2E3\nPhone')).toEqual([
      '407-1550 Pembina Highway, Winnipeg MB R3T 2E3',
    ]);
    expect(en('ADDRESS', 'Lives at Flat 3, Cwrt Isaf, Bangor LL57 2EB. Alone.')).toEqual([
      'Flat 3, Cwrt Isaf, Bangor LL57 2EB',
    ]);
    expect(en('PERSON', 'Lives at Flat 3, Cwrt Isaf, Bangor LL57 2EB. Alone.')).toEqual([]);
  });
});
