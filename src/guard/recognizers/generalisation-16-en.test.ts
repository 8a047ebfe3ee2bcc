import { describe, expect, it } from 'vitest';
import { englishTextsOfType as en } from '../testing/recognized.ts';

/**
 * One test per class of English personal data the round-20 set showed the recognizers missing (or
 * reading wrongly), each with a hard negative where one makes sense. The examples are made up here, not
 * taken from any labelled set.
 */

describe('English names in notes, chats and messages (round 20)', () => {
  it('reads a surname after SpR and after a lower-case "this is doctor" in a dictation', () => {
    expect(en('PERSON', 'Plan discussed.\nSpR Oyelaran-Briggs')).toContain('Oyelaran-Briggs');
    expect(en('PERSON', 'ok recording. this is doctor Vantreight dictating a clinic letter')).toContain(
      'Vantreight',
    );
  });
  it('reads Vietnamese horned vowels inside a name', () => {
    expect(en('PERSON', 'Patient: Bảo Thư Lường   Ward 4')).toContain('Bảo Thư Lường');
  });
  it('reads the first word of a full name used alone later, and a quoted nickname again', () => {
    const letter = 'Re: Anwen Ferriday-Holt, DOB 01/02/1960\n\nAnwen was seen on the ward.';
    expect(en('PERSON', letter).filter((n) => n === 'Anwen')).toHaveLength(1);
    const note = 'Obs 10:00 14/03: Barnaby Quill ("Barney"), 6 y, comfortable. Barney\'s mum present.';
    expect(en('PERSON', note).filter((n) => n === 'Barney')).toHaveLength(2);
  });
  it('does not read a specialty before a role noun after "Dear"', () => {
    expect(en('PERSON', 'Dear Urology Registrar,\nPlease review.')).toEqual([]);
  });
  it('reads a shift lead, a sonographer and a clerking doctor by their field labels', () => {
    expect(en('PERSON', 'Nurse in charge board\nMW in charge: Perpetua   Obs reg: TBC')).toContain(
      'Perpetua',
    );
    expect(en('PERSON', 'CRL 42 mm. Sonographer: Odalys')).toContain('Odalys');
    expect(en('PERSON', 'Clerked by Tobias Wrenfield, FY1')).toContain('Tobias Wrenfield');
  });
  it('reads a title, an initial and a surname in capitals on a label', () => {
    expect(en('PERSON', 'QTY 30\nDR. K. OSEI-BANNERMAN')).toContain('K. OSEI-BANNERMAN');
  });
  it('keeps a Gaelic "Mac an t-" surname whole', () => {
    expect(en('PERSON', 'Anaesthetist: Dr Eilidh Mac an t-Sagairt')).toContain('Eilidh Mac an t-Sagairt');
  });
  it('reads a family chat title and a speaker with a kinship word after the name, not a kinship speaker', () => {
    const chat =
      '[Raghunathan family 💬]\nDadi: is he eating?\nArjun: yes Dadi\nKavya didi: I will bring lunch\nArjun: ok\nKavya didi: leaving now';
    const names = en('PERSON', chat);
    expect(names).toEqual(expect.arrayContaining(['Raghunathan', 'Kavya', 'Arjun']));
    expect(names).not.toContain('Dadi');
  });
  it('reads the reader named first in a text message, not a capitalised word', () => {
    expect(en('PERSON', 'Ottilie, your MRI is on Tue 4/03 at 9am.')).toContain('Ottilie');
    expect(en('PERSON', 'Reminder, your MRI is on Tue 4/03 at 9am.')).toEqual([]);
  });
  it('reads a relative in brackets before an age, and a writer named by her bed', () => {
    expect(en('PERSON', 'Your mum (Edwina Salter, 94, bed 2) ate well.')).toContain('Edwina Salter');
    expect(en('PERSON', 'Thank you all. From Philippa in bed 7 xx')).toContain('Philippa');
    expect(en('PERSON', 'Nobody was in bed 7 overnight.')).toEqual([]);
  });
  it('reads a second initial and surname in a list of signatures, and a new name after a change', () => {
    expect(en('PERSON', 'Signed A. Rourke, T. Baptiste-Rourke   03/03/2027')).toContain('T. Baptiste-Rourke');
    expect(en('PERSON', 'We changed your name from Roberta Lyle to Robin Lyle in the system.')).toContain(
      'Robin Lyle',
    );
  });
  it('reads a "SURNAME, Given" row after a bed number in capitals', () => {
    expect(en('PERSON', 'ICU BOARD\nBED 3  FAIRWEATHER, Morven\nRESP: stable')).toContain(
      'FAIRWEATHER, Morven',
    );
  });
});

describe('English record numbers, dates and contacts (round 20)', () => {
  it('reads SSNAP IDs, e-consult codes, a requested donor code and photo numbers as MRN', () => {
    expect(en('MRN', 'SSNAP ID SN-771204 arrived 02:10')).toContain('SN-771204');
    expect(en('MRN', 'Async e-consult EC-2703-0112 — reply pending')).toContain('EC-2703-0112');
    expect(en('MRN', 'Donor code requested: DNR-8841')).toContain('DNR-8841');
    expect(en('MRN', 'Baseline photo IMG-27-0412 stored.')).toContain('IMG-27-0412');
  });
  it('reads a record number spoken in words', () => {
    expect(en('MRN', 'medical record number seven two zero one one four nine, seen today')).toContain(
      'seven two zero one one four nine',
    );
  });
  it("does not read a sample date, an empty room or an unnamed patient's room as MRN", () => {
    expect(en('MRN', 'Name: X  Sample 04/03/2027\nGrowth nil')).toEqual([]);
    expect(en('MRN', 'Rm 9 — side room, empty\nRm 10  —  woman in labour, name not yet confirmed')).toEqual(
      [],
    );
    expect(en('MRN', 'Bed 6: his wife was in this bed — now home, bed empty.')).toEqual([]);
  });
  it('reads dates in capitals, the earlier days of a list with one year, and a spoken date', () => {
    expect(en('DATE', 'WARD ROUND — 14 MAR 2027')).toContain('14 MAR 2027');
    expect(en('DATE', 'YOU MAY 2 TABLETS')).toEqual([]);
    expect(en('DATE', 'Visits: 3 Mar, 10 Mar, 17 Mar 2027')).toEqual(
      expect.arrayContaining(['3 Mar', '10 Mar']),
    );
    expect(en('DATE', 'date of birth march fourteenth nineteen fifty-one. history')).toContain(
      'march fourteenth nineteen fifty-one',
    );
  });
  it('reads a login speaker with a dot and digits as an account', () => {
    const chat = 'moth.lamp42: baby has a rash\nNurse Odile: any fever?\nmoth.lamp42: no';
    expect(en('ACCOUNT', chat)).toEqual(['moth.lamp42', 'moth.lamp42']);
  });
  it('reads a state-prefixed plate after "plate"', () => {
    expect(en('PLATE', "I'm in the blue Civic plate OR 7KDX412")).toContain('OR 7KDX412');
  });
  it('does not read a fax number as a phone, but keeps the phone beside it', () => {
    const cover = 'To: Cardiology, fax (503) 555-0142\nPatient phone (503) 555-0178';
    expect(en('PHONE', cover)).toEqual(['(503) 555-0178']);
  });
  it("does not read an office's own mailbox, but keeps a person's", () => {
    const mail = 'From: Bookings Team <bookings-3east@example.org>\nReply to marta.k@example.com';
    expect(en('EMAIL', mail)).toEqual(['marta.k@example.com']);
  });
});
