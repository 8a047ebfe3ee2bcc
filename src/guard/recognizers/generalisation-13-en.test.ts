import { describe, expect, it } from 'vitest';
import { englishTextsOfType as en } from '../testing/recognized.ts';

/**
 * One test per class of English personal data the round-16 set showed the recognizers missing (or
 * reading wrongly), each with a hard negative. The examples are made up here, not taken from any
 * labelled set.
 */

describe('English names: list items, letters and forms', () => {
  it('does not read a capitalised verb opening a dashed list item as a signature', () => {
    const leaflet =
      'After your cataract operation\n- Wear the eye shield at night.\n- Put the drops in 4 times a day.\n- Avoid swimming for 2 weeks.';
    expect(en('PERSON', leaflet)).toEqual([]);
  });
  it('still reads a name alone on a dashed signature line', () => {
    expect(en('PERSON', 'Scan booked for Thursday, see you then.\n- Rhiannon')).toContain('Rhiannon');
  });
  it('reads a name opening a line before a column gap and a health-card label', () => {
    expect(
      en(
        'PERSON',
        'Sleep Clinic — Dec 2, 2026\nOctavia Brisebois-Lamarre  OHIP 3302-117-908 KL\nSeen for snoring.',
      ),
    ).toContain('Octavia Brisebois-Lamarre');
  });
  it('does not read a heading opening a line before a column gap as a name', () => {
    expect(en('PERSON', 'Referral Details  Urgent\nPlease see below.')).toEqual([]);
  });
  it('reads the signature after a Māori closing', () => {
    expect(en('PERSON', 'Thank you for seeing her.\nNgā mihi nui,\nTama Ruatapu, GP')).toContain(
      'Tama Ruatapu',
    );
  });
  it('does not read a specialty before a lower-case "team" as a name', () => {
    expect(en('PERSON', 'Dear Cardiology team,\nPlease review this gentleman.')).toEqual([]);
  });
  it('reads an initial and an Irish surname with Ó or Ní after a role label', () => {
    expect(en('PERSON', 'Dispensed 02/12/26   Pharmacist: S. Ó Súilleabháin')).toContain('S. Ó Súilleabháin');
    expect(en('PERSON', 'Checked 02/12/26   Midwife: A. Ní Bhriain')).toContain('A. Ní Bhriain');
  });
  it('does not read the organisation after a pharmacy or practice label as a person', () => {
    expect(en('PERSON', 'Rx sent 02/12/2026\nPharmacy: Harbourside Chemist')).toEqual([]);
    expect(en('PERSON', 'Registered GP\nPractice: Kowhai Medical')).toEqual([]);
  });
  it('still reads the patient after a clinic label before an age', () => {
    expect(en('PERSON', 'Gait clinic: Percival Ostrander, 84, two falls this month.')).toContain(
      'Percival Ostrander',
    );
  });
  it('reads a code after a study label as a record number, not a name', () => {
    const report = 'SLEEP STUDY  Study PSG-26-0193\nPatient: Hallam Greaves, 52 y';
    expect(en('MRN', report)).toContain('PSG-26-0193');
    expect(en('PERSON', report)).not.toContain('Study PSG');
  });
});

describe('English names in thanks, chats and contact lines', () => {
  it('reads two thanked staff before their shift and a loving sign-off', () => {
    const card =
      'Thank you all on Ward 3 for caring for Dad. Special thanks to Ffion and Benedikt on nights. Love, Tabitha';
    expect(en('PERSON', card)).toEqual(expect.arrayContaining(['Ffion', 'Benedikt', 'Tabitha']));
  });
  it('does not read a thanked team before "and" as a name, nor "Love" in a sentence', () => {
    expect(
      en('PERSON', 'Special thanks to Radiology and Pharmacy on nights. We love the new garden.'),
    ).toEqual([]);
  });
  it('reads a chat speaker addressed by name in another turn', () => {
    const chat =
      'Aunty: Mum is home now\nTeodor: great news\nLiesl: can someone bring the charger\nAunty: I have one\nTeodor: Liesl I will drop it round at 5';
    expect(en('PERSON', chat).filter((n) => n === 'Liesl')).toHaveLength(2);
  });
  it('does not read a word after a speaker colon that is no speaker as a name', () => {
    const chat = 'Teodor: ok\nLiesl: fine\nTeodor: Great I will come';
    expect(en('PERSON', chat)).not.toContain('Great');
  });
  it('reads a name after a "worker" role label with a phone number after it', () => {
    expect(en('PERSON', 'Next review 9 Jan 2027\nOutreach worker: Ottilie Brannagh 07700 900412')).toContain(
      'Ottilie Brannagh',
    );
  });
  it('does not read an instruction after a worker label as a name', () => {
    expect(en('PERSON', 'Support worker: Not allocated 07700 900412')).toEqual([]);
  });
});

describe('English record numbers', () => {
  it('reads a billing account number after "Account" on a statement line', () => {
    expect(en('MRN', 'Patient: Corin Ashdown  Account 551902374\nBalance due: $312.00')).toContain(
      '551902374',
    );
  });
  it('does not read a short count after "Account" as a record number', () => {
    expect(en('MRN', 'Account 2 of 3 settled.')).toEqual([]);
  });
  it('reads an ID label after a DOB on a report header line', () => {
    expect(en('MRN', 'Name: Leofric Dunmore  DOB: 1951-07-30  ID: SPI-0447120\nFEV1 1.9 L')).toContain(
      'SPI-0447120',
    );
  });
  it('does not read "urine" as the UR label', () => {
    expect(en('MRN', 'A: NEWS 5, urine 20 ml/h over 3h.')).toEqual([]);
    expect(en('MRN', 'UR 5583012 admitted overnight')).toContain('5583012');
  });
  it('does not read the bed of a relative named only by kinship in a family chat', () => {
    expect(en('MRN', "Bree: Grandpa's been moved to bed 17 on Ward 2\nCal: ok")).toEqual([]);
    expect(en('MRN', 'Cal: ok Nana is in room 412, come up')).toEqual([]);
  });
  it('still reads the bed of a named patient', () => {
    expect(en('MRN', 'Visiting Ruben Halloway, bed 17 on Ward 2')).toContain('17');
  });
});

describe('English addresses, passports, accounts and dates', () => {
  it('reads an Irish-language street with accents and lower-case articles', () => {
    expect(
      en('ADDRESS', 'Patient: Tadhg Ó Briain, 17 Sráid an Mhuilinn, Ennis, Clare V95 K2T4\nEmail x@y.ie'),
    ).toContain('17 Sráid an Mhuilinn, Ennis, Clare V95 K2T4');
  });
  it('does not read an Irish street word without a house number and town as an address', () => {
    expect(en('ADDRESS', 'The Bóthar na Trá walk was closed.')).toEqual([]);
  });
  it('reads a passport of three letters and six digits after a lower-case label', () => {
    expect(en('PASSPORT', 'Inés Zubiri Aranburu, passport XDK552013 (Spain), mobile 07700 900112')).toContain(
      'XDK552013',
    );
  });
  it('does not read a word of three letters and fewer digits after "passport" as one', () => {
    expect(en('PASSPORT', 'passport ABC1234 pending')).toEqual([]);
  });
  it('reads a portal user name ending a sentence', () => {
    expect(en('ACCOUNT', 'DOB 3/4/1960, MyChart user kdlamini77. Please call me back.')).toContain(
      'kdlamini77',
    );
  });
  it('does not read an ordinary word after "user" as a login', () => {
    expect(en('ACCOUNT', 'The portal user guide. Please read it.')).toEqual([]);
  });
  it('reads the first date of a range whose second date has the year', () => {
    expect(en('DATE', 'Please send the notes from my admission (Mar 14–Mar 20, 2026).')).toContain('Mar 14');
    expect(en('DATE', 'Please send the notes from my admission (14 Mar–20 Mar 2026).')).toContain('14 Mar');
  });
  it('does not read a month and number before a dash and no year as a date', () => {
    expect(en('DATE', 'Scores: Mar 14–16 points')).not.toContain('Mar 14');
  });
});
