import { describe, expect, it } from 'vitest';
import { englishTextsOfType as en } from '../testing/recognized.ts';

/**
 * One test per class of English personal data the round-54 set showed missing or over-read after it
 * was measured fresh, each with look-alike negatives. The examples are made up here, not taken from any
 * labelled set.
 */

describe('round-54 classes (en)', () => {
  describe('person names', () => {
    it('leaves a Malaysian courtesy title outside the name', () => {
      expect(en('PERSON', 'Nurse: Hello Puan Rohana, the swab result is back.')).toEqual(['Rohana']);
      expect(en('PERSON', 'Encik Hafiz Rahman attended with his wife.')).toEqual(['Hafiz Rahman']);
      // The title alone is no name.
      expect(en('PERSON', 'Hello Puan, your parcel is at the counter.')).toEqual([]);
    });
    it('reads a given name before a nurse role in brackets', () => {
      expect(en('PERSON', 'Sodium 119 phoned to Bronwen (charge nurse) at 14:05.')).toEqual(['Bronwen']);
      expect(en('PERSON', 'Result phoned to Nia (ward nurse).')).toEqual(['Nia']);
      // A capitalised ward word before the bracket is no name.
      expect(en('PERSON', 'Escalated to Ward (staff nurse) overnight.')).toEqual([]);
    });
    it('reads a nickname inside the name as one name', () => {
      expect(en('PERSON', 'Resident: Dorothy (Dot) Ashworth, aged 95')).toEqual(['Dorothy (Dot) Ashworth']);
      expect(en('PERSON', '4 | Terence "Terry" Mulgrew | delirium screen')).toEqual([
        'Terence "Terry" Mulgrew',
      ]);
      // Brackets or quotes between words that are no names.
      expect(en('PERSON', 'Referred to the Memory (Cognitive) Clinic today.')).toEqual([]);
      expect(en('PERSON', 'Select "Print" Button on the kiosk.')).toEqual([]);
    });
    it("reads initials in a form's initials field", () => {
      expect(en('PERSON', 'Subject no. 0412   Initials: D.W.K.\nConsent taken.')).toEqual(['D.W.K.']);
      expect(en('PERSON', 'Patient initials: JMB   Age: 71')).toEqual(['JMB']);
      // A placeholder or a sentence about initials is none.
      expect(en('PERSON', 'Initials: NA\nNo data.')).toEqual([]);
      expect(en('PERSON', 'Operator initials recorded on the log.')).toEqual([]);
    });
    it('reads a given name in capitals after a greeting', () => {
      expect(en('PERSON', 'Riverside Chemist: Hi MAUREEN, your repeat is ready to collect.')).toEqual([
        'MAUREEN',
      ]);
      // A greeting to a group in capitals is no name.
      expect(en('PERSON', 'Hi TEAM, the rota for December is attached.')).toEqual([]);
      expect(en('PERSON', 'HELLO ALL, fire drill at noon.')).toEqual([]);
    });
    it('reads a name said wrongly and put right', () => {
      expect(en('PERSON', 'Bay three — Gail, I mean Gwen, post-op day one.')).toContain('Gail');
      // A day, a specialty or a drug put right is no name.
      expect(en('PERSON', 'Clinic moved to Tuesday, I mean Wednesday.')).toEqual([]);
      expect(en('PERSON', 'Start Cefalexin, I mean Amoxicillin, tonight.')).toEqual([]);
    });
  });

  describe('passports', () => {
    it('reads passport numbers given back by whose they are after a request', () => {
      expect(
        en(
          'PASSPORT',
          "Can everyone send passport numbers for the travel cover?\nRavi: mine is KD204815\nLeela: Mum's is PX771203",
        ),
      ).toEqual(['KD204815', 'PX771203']);
      // Another number given after the word is not a passport.
      expect(en('PASSPORT', 'Passport copies sent.\nHis ward is AB123456 on the form')).toEqual([]);
      expect(en('PASSPORT', 'Passport photo needed. Bed is HB200311')).toEqual([]);
    });
  });

  describe('plates', () => {
    it("reads Australian plates after a car's colour and model", () => {
      expect(en('PLATE', "I'll drive, white Camry KL42RT, dropping off at the front.")).toEqual(['KL42RT']);
      expect(en('PLATE', 'Parked the blue Mazda 1KR 7TM on level 3.')).toEqual(['1KR 7TM']);
      // A capitalised word and a code after a colour is no car.
      expect(en('PLATE', 'Red Cross CT45 form attached.')).toEqual([]);
    });
  });

  describe('accounts', () => {
    it("reads a message header's dotted login without digits", () => {
      expect(
        en('ACCOUNT', 'Patient portal message\nFrom: lorna.bexley\nHi Dr Amis, the rash is back.'),
      ).toEqual(['lorna.bexley']);
      // An e-mail or a sentence's full stop is no login.
      expect(en('ACCOUNT', 'From: lorna.bexley@example.com\nHi')).toEqual([]);
      expect(en('ACCOUNT', 'From: ward.\nHi')).toEqual([]);
    });
  });

  describe('record numbers', () => {
    it("reads a floor-room label with its bed's letter in a header's field run", () => {
      expect(en('MRN', 'Name: Ada Roe   MRN 40517726   Room 5-302A\nS: settled')).toContain('5-302A');
      expect(en('MRN', 'See page 5-302A of the manual.')).toEqual([]);
    });
    it('reads no code in a count with a plus', () => {
      expect(en('MRN', 'Known CVS, presents with her usual episode: 15+ vomits overnight.')).toEqual([]);
      expect(en('MRN', 'Episode: 5520173')).toEqual(['5520173']);
    });
    it('reads a room in words in a spoken handoff', () => {
      expect(en('MRN', 'Room six is Mr. Obi, fell at home.')).toEqual(['six']);
      expect(en('MRN', 'Room twelve — Lorna, chest pain.')).toEqual(['twelve']);
      // A room that is a place, or one left empty.
      expect(en('MRN', 'Room five is Radiology today.')).toEqual([]);
      expect(en('MRN', 'Room two — Empty since noon.')).toEqual([]);
    });
    it('reads the bed column of a table headed "Bed"', () => {
      const sheet =
        'Ward 6 handover\nBed | Name | Issues\n3 | Olive Grange (92) | UTI\n4 | — | empty\n6 | (empty) |\n8 | unknown male | head injury\n9 | Ted Harrow | falls';
      expect(en('MRN', sheet)).toEqual(['3', '9']);
      // A table whose first column is no bed.
      expect(en('MRN', 'Dose | Drug\n2 | Paracetamol')).toEqual([]);
    });
  });

  describe('ages', () => {
    it('reads an age in words after a titled surname with its full stop', () => {
      expect(en('AGE', 'Cubicle is Mr. Okafor, ninety-one, came from home.')).toEqual(['ninety-one']);
      expect(en('AGE', 'Mr. Okafor, ninety minutes late.')).toEqual([]);
    });
  });

  describe('addresses', () => {
    it('reads a Malaysian address opened by a lot number', () => {
      expect(
        en('ADDRESS', 'Address: Lot 7, Jalan Merbuk 3, Taman Sri Muda, 40400 Shah Alam, Selangor'),
      ).toEqual(['Lot 7, Jalan Merbuk 3, Taman Sri Muda, 40400 Shah Alam, Selangor']);
      expect(en('ADDRESS', 'Parking Lot 4 is closed on Sunday.')).toEqual([]);
    });
  });

  describe('phones', () => {
    it('reads an Irish landline in three threes', () => {
      expect(en('PHONE', 'Community nurse informed, 061 482 930.')).toEqual(['061 482 930']);
      // A record number of the same shape after its label.
      expect(en('PHONE', 'MRN 061 482 930')).toEqual([]);
    });
  });

  describe('dates', () => {
    it('reads a range of days in one month as one date', () => {
      expect(en('DATE', 'Can attend at short notice except 8–12 January.')).toEqual(['8–12 January']);
      // A range with its year keeps the year's date.
      expect(en('DATE', 'Away 3–9 Oct 2026.')).toEqual(['9 Oct 2026']);
      expect(en('DATE', 'Take 1-2 tablets four times a day.')).toEqual([]);
    });
    it("reads a handover heading's date after the shifts it passes between", () => {
      expect(en('DATE', 'Ward 4 nursing handover — days to nights, 21/11\nBed | Name')).toEqual(['21/11']);
      expect(en('DATE', 'Ward 4 handover — nights, 7/10 beds full')).toEqual([]);
    });
  });
});
