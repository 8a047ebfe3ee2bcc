import { describe, expect, it } from 'vitest';
import { englishTextsOfType as en } from '../testing/recognized.ts';

/**
 * One test per class of English personal data the round-15 set showed the recognizers missing, each
 * with a hard negative. The examples are made up here, not taken from any labelled set.
 */

describe('English names opening a letter, a bed or a board row', () => {
  it('reads a name opening a sentence before ", age,"', () => {
    expect(en('PERSON', 'Frailty Clinic, 02/12/2026. Rosalind Tregear, 88, attends with her son.')).toContain(
      'Rosalind Tregear',
    );
  });
  it('reads a name opening a line before ", age." and a new sentence', () => {
    expect(en('PERSON', 'Falls Clinic — 3 December 2026\nOswin Haverfield, 79. MoCA 24/30 today.')).toContain(
      'Oswin Haverfield',
    );
  });
  it('does not read a name after an abbreviated first name as the whole name', () => {
    expect(en('PERSON', 'Clinic – St. Anselm Ward, 12, beds')).not.toContain('Anselm Ward');
  });
  it('reads a name after "Bed N —" and after "called to see"', () => {
    expect(en('PERSON', 'Bed 9 — Lavinia Crowther, D1 post lap chole.')).toContain('Lavinia Crowther');
    expect(en('PERSON', 'night note 0220 called to see Odile Brandreth bed 14 confused')).toContain(
      'Odile Brandreth',
    );
  });
  it('does not read an empty bed after a dash as a name', () => {
    expect(en('PERSON', 'Bed 9 — empty\nBed 10 — closed for cleaning')).toEqual([]);
  });
  it('reads the names and cubicles of an ED board', () => {
    const board =
      'ED board 0800\nCub 5 PRENDERGAST, Ilse — syncope\nCub 6 — (empty)\nCub 7 Ruadh Fenwick — #wrist';
    expect(en('PERSON', board)).toEqual(expect.arrayContaining(['PRENDERGAST, Ilse', 'Ruadh Fenwick']));
    expect(en('MRN', board)).toEqual(['5', '7']);
  });
  it('reads a visited person before "at <address>"', () => {
    expect(en('PERSON', 'Community visit 02/12/2026 — Odalys Pennick at 7/22 Marram Way, Hove')).toContain(
      'Odalys Pennick',
    );
  });
  it('does not read a capitalised heading before "at" a time as a person', () => {
    expect(en('PERSON', 'Plan — Review Again at 14:00 tomorrow')).toEqual([]);
  });
});

describe('English names on forms and labels', () => {
  it('reads a short forename in capitals after its label', () => {
    expect(en('PERSON', 'Surname: HATHERLEIGH   Forename: EDNA\nDOB: 01/02/1950')).toContain('EDNA');
  });
  it('does not read "not known" in capitals after a forename label as a name', () => {
    expect(en('PERSON', 'Surname: HATHERLEIGH   Forename: UNK\nDOB: 01/02/1950')).not.toContain('UNK');
  });
  it('reads a capitals name after MR on a pharmacy label above a dosing line', () => {
    expect(en('PERSON', 'MR ODO KESTEVEN\nTAKE TWO CAPSULES AT NIGHT')).toContain('ODO KESTEVEN');
  });
  it('does not read a scan heading after MR as a name', () => {
    expect(en('PERSON', 'MR KNEE LEFT\nNo effusion.')).toEqual([]);
  });
  it('reads an initial and surname after a staff role', () => {
    expect(en('PERSON', 'Dispensed at Hill Pharmacy — pharmacist T. Abernathy')).toContain('T. Abernathy');
  });
  it('reads a name after a health-care proxy or power of attorney', () => {
    expect(en('PERSON', 'Consent from health-care proxy Imelda Rusk by phone.')).toContain('Imelda Rusk');
    expect(en('PERSON', 'Discussed with power of attorney Dov Kessler today.')).toContain('Dov Kessler');
  });
  it('reads a self-introduction with a Mc surname', () => {
    expect(en('PERSON', 'Hello, I am Fenella McGillivray, hospital number to follow.')).toContain(
      'Fenella McGillivray',
    );
  });
  it('does not read a team or office after "Dear" as a name', () => {
    expect(en('PERSON', 'Dear Appointments Team, please call me.')).toEqual([]);
    expect(en('PERSON', 'Dear Booking Office, thank you.')).toEqual([]);
  });
  it('reads a thanked nurse on nights and a first name before "and family"', () => {
    const card = 'Thank you all! Special thanks to Jarrah on nights. Love, Ottoline and family';
    expect(en('PERSON', card)).toEqual(expect.arrayContaining(['Jarrah', 'Ottoline']));
  });
  it('does not read a thanked department as a person', () => {
    expect(en('PERSON', 'Many thanks to Radiology for the quick report.')).toEqual([]);
  });
  it('does not read a unit word before a credential label as a name', () => {
    expect(en('PERSON', 'No reaction.\nDialysis RN: Okonkwo Adaeze')).not.toContain('Dialysis');
  });
});

describe('English record numbers, dates and logins', () => {
  it('reads a pathology number after "Path #"', () => {
    expect(en('MRN', 'Path #: HX-26-30411   Patient: (see label)')).toEqual(['HX-26-30411']);
  });
  it('reads a chair number in an infusion unit', () => {
    expect(en('MRN', 'Dialysis Unit — Chair 6\n12/02/2026')).toEqual(['6']);
  });
  it('does not read a chair count elsewhere or a shop order number', () => {
    expect(en('MRN', 'Sit in the chair 10 minutes after.')).toEqual([]);
    expect(en('MRN', 'Order no. ZX-5513. Next delivery due Friday.')).toEqual([]);
  });
  it('reads a month and day of a moved session and a month and year of a stay', () => {
    expect(en('DATE', 'Could you move my physio from Dec 12 to later?')).toEqual(['Dec 12']);
    expect(en('DATE', 'Please send notes from my stay in August 2025 by post.')).toEqual(['August 2025']);
  });
  it('does not read a bare month and year without an event word', () => {
    expect(en('DATE', 'The newsletter of August 2025 is online.')).toEqual([]);
  });
  it('reads a plain login word after "account login"', () => {
    expect(en('ACCOUNT', 'Order for Ida Rusk, account login irusk, deliver Friday')).toEqual(['irusk']);
  });
  it('does not read an ordinary word after "login" as a login', () => {
    expect(en('ACCOUNT', 'My account login failed, please help.')).toEqual([]);
    expect(en('ACCOUNT', 'Check the portal login page.')).toEqual([]);
  });
});
