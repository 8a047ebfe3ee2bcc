import { describe, expect, it } from 'vitest';
import { englishTextsOfType as en } from '../testing/recognized.ts';

/**
 * One test per class of English personal data the round-27 set showed the recognizers missing or
 * over-reading, each with a look-alike negative where one makes sense. The examples are made up here,
 * not taken from any labelled set.
 */

describe('English names (round 27)', () => {
  it('reads the name after a long kinship word opening a sentence, not the kinship word', () => {
    expect(en('PERSON', 'Settled after analgesia. Granddaughter Roswitha rang at 2200.')).toEqual([
      'Roswitha',
    ]);
    expect(en('PERSON', 'Grandson Tobiah visited with flowers.')).toEqual(['Tobiah']);
    expect(en('PERSON', 'Stepfather Leopold Marquardt signed the form.')).toEqual(['Leopold Marquardt']);
    expect(en('PERSON', 'Granddaughter phoned, no concerns raised.')).toEqual([]);
  });
  it('reads "SURNAME, GIVEN" all in capitals heading a report line, not a heading in capitals', () => {
    expect(en('PERSON', 'HAEMATOLOGY — FAIRWEATHER, MARGARET   MRN 55102938')).toEqual([
      'FAIRWEATHER, MARGARET',
    ]);
    expect(en('PERSON', 'OSTERHAUS, GLORIA\nDOB 03/04/1950')).toEqual(['OSTERHAUS, GLORIA']);
    expect(en('PERSON', 'NOTE, PLEASE  see below')).toEqual([]);
    expect(en('PERSON', 'ALLERGIES, NIL\nPLAN, REVIEW  tomorrow')).toEqual([]);
  });
  it('reads a name in capitals in the last cell after a label number, above an address in capitals', () => {
    const label =
      'RX# 9930121   HAROLD BRANDSTETTER\n71 JUNIPER HOLLOW RD, BOISE ID 83702\nTAKE 1 TABLET DAILY';
    expect(en('PERSON', label)).toEqual(['HAROLD BRANDSTETTER']);
    expect(en('PERSON', 'QTY 30   TAKE DAILY\n71 JUNIPER HOLLOW RD, BOISE ID 83702')).toEqual([]);
  });
  it('reads a name said after sympathy or thanks in a chat', () => {
    expect(en('PERSON', 'Nurse: Sorry to hear that, Pip. Any fever?')).toEqual(['Pip']);
    expect(en('PERSON', 'Nurse: Thanks for letting me know, Dominika. I will call back.')).toEqual([
      'Dominika',
    ]);
    expect(en('PERSON', 'Sorry to hear that, Tuesday was a hard day.')).toEqual([]);
    expect(en('PERSON', 'I was glad to hear that Paracetamol helped.')).toEqual([]);
  });
  it('leaves an unidentified patient written surname first unmarked, with his bed', () => {
    const board =
      'Rm | Pt | Age | Plan\n4 | Ostrowski, Halina | 88 | admit\n5 | Doe, John | ~50 | CT\n6 | DOE, Jane | ~30 | obs';
    expect(en('PERSON', board)).toEqual(['Ostrowski, Halina']);
    expect(en('MRN', board)).toEqual(['4']);
    expect(en('PERSON', 'Pt: Doe, Jane, found on the street')).toEqual([]);
  });
});

describe('English rooms, dates, phones and addresses (round 27)', () => {
  it('reads a one-digit room in a spoken handover when a patient is named, not an empty one', () => {
    expect(en('MRN', 'OK so room 5 is Tamsin Oakley, second baby, fully dilated.')).toEqual(['5']);
    expect(en('MRN', 'room 6 is empty and cleaned')).toEqual([]);
    expect(en('MRN', 'the waiting room 3 is full')).toEqual([]);
  });
  it('reads a month and day a session was moved to, not a feed strength', () => {
    expect(en('DATE', "Mum's scan got moved to 12/03, 9am")).toEqual(['12/03']);
    expect(en('DATE', 'feeds moved to 3/4 strength overnight')).toEqual([]);
  });
  it('leaves the day a service moves or closes in a notice out, not a patient moving', () => {
    expect(
      en('DATE', 'Notice: from Monday 7 December the outpatient pharmacy counter moves to Level 2.'),
    ).toEqual([]);
    expect(en('DATE', 'From 4 January 2027 the main clinic will close at 5 pm.')).toEqual([]);
    expect(en('DATE', 'On 7 December the patient moves to rehab.')).toEqual(['7 December']);
  });
  it("leaves a pharmacy's own number after its store number out", () => {
    expect(en('PHONE', 'CEDAR PHARMACY #418   (505) 555-0123\nRX# 88213')).toEqual([]);
    expect(en('PHONE', 'Daughter Ines #2   (505) 555-0187')).toEqual(['(505) 555-0187']);
  });
  it('reads an Irish estate address held by its town and county or Eircode', () => {
    expect(en('ADDRESS', 'Re: 9 Glenview Heights, Castlebar, Co. Mayo F23 K8P4\nSeen today')).toEqual([
      '9 Glenview Heights, Castlebar, Co. Mayo F23 K8P4',
    ]);
    expect(en('ADDRESS', 'Home: 31 Millbrook Meadows, Navan C15 X2R7')).toEqual([
      '31 Millbrook Meadows, Navan C15 X2R7',
    ]);
    expect(en('ADDRESS', 'Had 3 Good Days, Then, A12 DOSE')).toEqual([]);
  });
});

describe('English plates (round 27)', () => {
  it('reads a spaced plate after "plate is" or "car is"', () => {
    expect(en('PLATE', 'my plate is BKTR 519 (Ontario), sorry')).toEqual(['BKTR 519']);
    expect(en('PLATE', 'the car is MV21 XKD if security asks')).toEqual(['MV21 XKD']);
    expect(en('PLATE', 'the car is OK now')).toEqual([]);
  });
  it('reads a current British plate near a clamp or a ticket', () => {
    expect(en('PLATE', "if they clamp me it's WR70 PXN lol")).toEqual(['WR70 PXN']);
    expect(en('PLATE', 'Sample AB12 CDE sent to lab')).toEqual([]);
  });
  it("reads a plate after a car's colour and model and a comma", () => {
    expect(en('PLATE', "I'll be in the silver Highlander, 6TRM402")).toEqual(['6TRM402']);
    expect(en('PLATE', 'the white Ford, Tuesday at 9')).toEqual([]);
  });
});
