import { describe, expect, it } from 'vitest';
import { englishTextsOfType as en } from '../testing/recognized.ts';

/**
 * One test per class of English personal data the round-29 set showed the recognizers missing or
 * over-reading, each with a look-alike negative where one makes sense. The examples are made up here,
 * not taken from any labelled set.
 */

describe('English names (round 29)', () => {
  it('reads the nurses going off and coming on before their credential', () => {
    expect(en('PERSON', 'Outgoing Tamsin RN -> oncoming Ravi Chaudhury RN, all obs done')).toEqual([
      'Tamsin',
      'Ravi Chaudhury',
    ]);
    expect(en('PERSON', 'Off-going Agency RN -> on-coming Night RN')).toEqual([]);
  });
  it('reads a first and last name a spoken handover says lies in a bed', () => {
    expect(en('PERSON', 'Handover: bed 7 is Marcy Quennell, 52, cellulitis')).toEqual(['Marcy Quennell']);
    expect(en('PERSON', 'Handover: bed 4 is Side Room.')).toEqual([]);
  });
  it('reads "SURNAME, GIVEN" after a patient label even when neither name is a listed one', () => {
    expect(en('PERSON', 'HAEMATOLOGY\nPATIENT: TRELAWNEY, OSRIC  MRN: 55012934')).toEqual([
      'TRELAWNEY, OSRIC',
    ]);
    expect(en('PERSON', 'HAEMATOLOGY\nPATIENT: UNKNOWN, MALE  MRN: 55012934')).toEqual([]);
  });
  it('reads "SURNAME, GIVEN" after a prescription number above an address in capitals', () => {
    const label =
      'CORNER DRUG  (555) 010-2201\nRX# 5512093  PENHALIGON, BRAM\n88 ELM HOLLOW RD, DAYTON OH 45402';
    expect(en('PERSON', label)).toEqual(['PENHALIGON, BRAM']);
    expect(en('PERSON', 'CORNER DRUG\nRX# 5512093  TAKE, DAILY\n88 ELM HOLLOW RD, DAYTON OH 45402')).toEqual(
      [],
    );
  });
  it('reads the name after an invoice\'s "Bill to"', () => {
    expect(en('PERSON', 'Bill to: Octavia Wrenfield — paid by card')).toEqual(['Octavia Wrenfield']);
  });
  it('reads whom a booking is with after its time, not a service', () => {
    expect(en('PERSON', 'Your hearing test is Monday at 09:15 with Tobin. Arrive early.')).toEqual(['Tobin']);
    expect(en('PERSON', 'Your hearing test is Monday at 09:15 with Audiology. Arrive early.')).toEqual([]);
  });
});

describe('English ages, dates, numbers and places (round 29)', () => {
  it('reads an age column after a "Surname, Given" row in title case', () => {
    expect(en('AGE', 'Rm 12  Pelham, Agatha  96  UTI, IV fluids')).toEqual(['96']);
    expect(en('AGE', 'Chemistry\nGlucose, Fasting  96  mg/dL')).toEqual([]);
  });
  it('reads the age a person is about to reach, not a time', () => {
    expect(en('AGE', "Mum: he'll be 95 on Sunday!")).toEqual(['95']);
    expect(en('AGE', "she'll be 90 minutes late")).toEqual([]);
  });
  it('reads a month and year in care, not an expiry', () => {
    expect(en('DATE', 'Tonsillectomy planned 09/2027 if episodes continue.')).toEqual(['09/2027']);
    expect(en('DATE', 'Adrenaline pen batch X441 (exp 09/2027).')).toEqual([]);
    expect(en('DATE', 'Discard after: 09/2027')).toEqual([]);
  });
  it('reads a bed, room or location after its unit code as the number only', () => {
    expect(en('MRN', 'Transferred to bed 6E-22 overnight.')).toEqual(['22']);
    expect(en('MRN', 'Room OB-4 | Medicaid pending')).toEqual(['4']);
    expect(en('MRN', 'COLLECTED 05:10  LOC: 2S-118')).toEqual(['118']);
    expect(en('MRN', 'LOC: GCS-15, alert')).toEqual([]);
  });
  it('reads a recovery bay as a bed, not an empty one', () => {
    expect(en('MRN', 'Procedure uneventful. Recovery bay 5.')).toEqual(['5']);
    expect(en('MRN', 'Recovery bay 5 empty.')).toEqual([]);
  });
  it('reads a street with a spelt-out direction, and an Irish house name after "lives at"', () => {
    expect(en('ADDRESS', 'Address: 1204-88 Finch Avenue East, Scarborough ON M1W 2J3\nPhone')).toEqual([
      '1204-88 Finch Avenue East, Scarborough ON M1W 2J3',
    ]);
    expect(en('ADDRESS', 'She lives at Glenview, Ballycar Road, Ennis, Co. Clare V95 K2X8.')).toEqual([
      'Glenview, Ballycar Road, Ennis, Co. Clare V95 K2X8',
    ]);
    expect(en('ADDRESS', 'Seen in Ennis, Ballycar Road, Newmarket, Co. Clare V95 K2X8.')).toEqual([
      'Ballycar Road, Newmarket, Co. Clare V95 K2X8',
    ]);
  });
});
