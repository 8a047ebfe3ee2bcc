import { describe, expect, it } from 'vitest';
import { englishTextsOfType as en } from '../testing/recognized.ts';

/**
 * One test per class of English personal data the round-55 set showed missing or over-read after it
 * was measured fresh, each with look-alike negatives. The examples are made up here, not taken from any
 * labelled set.
 */

describe('round-55 classes (en)', () => {
  describe('person names', () => {
    it("reads every speaker under a chat's title line, though each speaks once", () => {
      expect(
        en(
          'PERSON',
          'Family chat – "Gran"\nTegan: Gran is on the ward now.\nCorey: Cheers, heading in at 6.\nMum: Bring her glasses.',
        ),
      ).toEqual(['Tegan', 'Corey']);
      // Without a title line, turns that each come once are a form's fields.
      expect(
        en('PERSON', 'Notes\nTegan: Gran is on the ward now.\nCorey: Cheers.\nMum: Bring her glasses.'),
      ).toEqual([]);
      // A parent or grandparent called by a family word is no name.
      expect(en('PERSON', 'Group: "Dad\'s op"\nPapa: I will drive.\nPop: Me too.\nMama: Good.')).toEqual([]);
    });
    it('leaves a specialist title and a consent title outside the name', () => {
      expect(en('PERSON', 'Ms Adaeze Okonkwo-Bell, Consultant Neurologist')).toEqual(['Adaeze Okonkwo-Bell']);
      expect(en('PERSON', 'Consent – Colonoscopy with Possible Polypectomy\nPatient: Rhys Dando')).toEqual([
        'Rhys Dando',
      ]);
      expect(en('PERSON', 'Consultant Rheumatologist on leave until Monday.')).toEqual([]);
    });
    it("reads a given name in brackets after a staff member's role", () => {
      expect(en('PERSON', 'Stairs practised with physio (Kirsty) this morning.')).toEqual(['Kirsty']);
      expect(en('PERSON', 'Reviewed by the dietitian (Megan), supplements started.')).toEqual(['Megan']);
      // A service or a word that is no known name in the brackets.
      expect(en('PERSON', 'Referred to physio (Outpatients) for gait.')).toEqual([]);
      expect(en('PERSON', 'Seen by the pharmacist (Oncology) today.')).toEqual([]);
    });
    it('reads a given name put right between dashes', () => {
      expect(en('PERSON', '"Bay two, Harold Pugh — sorry, Keith — chest pain, trop pending."')).toContain(
        'Keith',
      );
      // A drug or a day put right is no name.
      expect(en('PERSON', 'Start Cefalexin — sorry, Amoxicillin — tonight.')).toEqual([]);
      expect(en('PERSON', 'Clinic on Tuesday — sorry, Wednesday — at ten.')).toEqual([]);
    });
    it('reads the name signing off a transcribed handover after a dash', () => {
      expect(en('PERSON', '"Bay two stable, bloods at six. That\'s it from me — Omar."')).toEqual(['Omar']);
      expect(en('PERSON', 'That\'s all — Priya."')).toEqual(['Priya']);
      // A dash before a word that is no name.
      expect(en('PERSON', '"That\'s it from me — Thanks."')).toEqual([]);
    });
    it('reads a name after the Māori short form moko', () => {
      expect(en('PERSON', 'Ate well today.\nMoko Rawiri visited after school.')).toEqual(['Rawiri']);
      // The word alone is no name.
      expect(en('PERSON', 'Photos of her moko on the locker.')).toEqual([]);
    });
    it('reads a nickname quoted in brackets after a full name as a second name', () => {
      expect(en('PERSON', '6 | Philippa Garside ("Pip") | falls risk')).toEqual(['Philippa Garside', 'Pip']);
      // Quoted words in brackets after words that are no name.
      expect(en('PERSON', 'Press the Call Bell ("Help") button.')).toEqual([]);
    });
    it('reads a signature line with the role in lower case', () => {
      expect(en('PERSON', 'Dressing renewed, reviewed Friday.\nRhian Prothero, district nurse')).toEqual([
        'Rhian Prothero',
      ]);
      expect(en('PERSON', 'Home visit done.\nKeri Walsh, community staff nurse\n')).toEqual(['Keri Walsh']);
      // A line of words that are no name before a role.
      expect(en('PERSON', 'Plan agreed.\nPlease Contact, district nurse')).toEqual([]);
      expect(en('PERSON', 'Wound Review, practice nurse')).toEqual([]);
    });
    it('reads an initial and a surname that a pharmacy holds an item for', () => {
      expect(en('PERSON', 'Elm Pharmacy: the prescription for T. OKAFOR (Rx 5512) is ready.')).toEqual([
        'T. OKAFOR',
      ]);
      // A dose or a word in title case that is no surname.
      expect(en('PERSON', 'Prescription for T. Take one daily.')).toEqual([]);
      expect(en('PERSON', 'Repeat for Dr. Review in March.')).toEqual([]);
    });
  });

  describe('insurance numbers', () => {
    it("reads a member number in brackets after the insurer's name", () => {
      expect(en('INSURANCE_ID', 'Cigna (member U61730284) paid $412.00')).toEqual(['U61730284']);
      expect(en('PASSPORT', 'Cigna (member U61730284) paid $412.00')).toEqual([]);
      // A claim number in brackets is not the member's.
      expect(en('INSURANCE_ID', 'Cigna (claim C61730284) pending')).toEqual([]);
    });
  });

  describe('passports', () => {
    it("reads a US passport's nine digits given back by whose it is", () => {
      expect(en('PASSPORT', "Passport numbers for the visa — mine B31872905, Kiran's 418207536.")).toEqual([
        'B31872905',
        '418207536',
      ]);
      // Nine digits given by whose they are, with no passport asked for.
      expect(en('PASSPORT', "Phone numbers — Kiran's 418207536.")).toEqual([]);
    });
  });

  describe('ages', () => {
    it('reads an age in brackets after a name with a macron', () => {
      expect(en('AGE', 'Resident: Mere Tūhoe (97)  Room 4')).toEqual(['97']);
      expect(en('AGE', 'Resident: Mere Tūhoe (Room 97)')).toEqual([]);
    });
    it('reads an elder called by a family word and how old she is now', () => {
      expect(en('AGE', 'Ravi: Nani is 93 now, she needs the wheelchair.')).toEqual(['93']);
      expect(en('AGE', "Jo: Grandma's 96 this year!")).toEqual(['96']);
      // A weight, a reading or a score after the same words.
      expect(en('AGE', 'Dad is 90 kg now.')).toEqual([]);
      expect(en('AGE', "Mum's 94% on air.")).toEqual([]);
      expect(en('AGE', 'Nan is 95 minutes away.')).toEqual([]);
    });
  });

  describe('record numbers', () => {
    it("reads a floor-room-bed label in a header's pipe-split fields", () => {
      expect(en('MRN', 'Owen Pryce | MRN 55102938 | Rm 5-214B | 11/20/2026')).toContain('5-214B');
      // A range of numbers in a pipe-split row is no room.
      expect(en('MRN', 'Dose | Rm temp | 2-8C | stored')).toEqual([]);
    });
    it("reads a bed after an acute unit's code", () => {
      expect(en('MRN', 'Bed: HASU 3   Admitted: 12/11/2026')).toEqual(['3']);
      expect(en('MRN', 'Bed AFU 12, post-fall review')).toEqual(['12']);
      // The unit's code with no bed before it.
      expect(en('MRN', 'Moved to AFU 12 hours ago')).toEqual([]);
    });
    it('reads a hospital file number quoted in a family chat', () => {
      expect(en('MRN', 'Her hospital file there is KEM/26/20417, bring it.')).toEqual(['KEM/26/20417']);
      // A hospital file with no number.
      expect(en('MRN', 'Her hospital file there is thick.')).toEqual([]);
    });
  });

  describe('plates', () => {
    it("reads a plate in a parking permit's field", () => {
      expect(en('PLATE', 'Visitor parking permit used on the day: LB21 KXR')).toEqual(['LB21 KXR']);
      expect(en('PLATE', 'Car park permit: 2KT 9MW')).toEqual(['2KT 9MW']);
      // A permit's own number.
      expect(en('PLATE', 'Parking permit no: 4471 issued')).toEqual([]);
    });
    it('reads a plate said after a vehicle and "it\'s"', () => {
      expect(en('PLATE', "I'll bring the ute, it's 2KR 8TW if you book parking.")).toEqual(['2KR 8TW']);
      // Something else said after the vehicle.
      expect(en('PLATE', "I'll bring the ute, it's 12 km away.")).toEqual([]);
    });
  });

  describe('accounts', () => {
    it('reads a dotted login with a short third part on a From line', () => {
      expect(en('ACCOUNT', 'Patient message\nFrom: ana.ruiz.nm\nDr. Lee, my rash is back.')).toEqual([
        'ana.ruiz.nm',
      ]);
      // A web host is no login.
      expect(en('ACCOUNT', 'From: www.example.com\nWeekly bulletin.')).toEqual([]);
      expect(en('ACCOUNT', 'From: mail.example.org\nWeekly bulletin.')).toEqual([]);
    });
  });

  describe('dates', () => {
    it('reads a month alone after a procedure in the care and "in"', () => {
      expect(en('DATE', 'Dry socket after an extraction in August; seen today.')).toEqual(['August']);
      expect(en('DATE', 'Hip pain since her fall in March.')).toEqual(['March']);
      // A month that names no step of care, and May.
      expect(en('DATE', 'Surgery in May, then physio.')).toEqual([]);
      expect(en('DATE', 'The audit of operations in March is due.')).toEqual([]);
    });
  });

  describe('addresses', () => {
    it('leaves a business named after "at" outside the address', () => {
      expect(
        en('ADDRESS', 'Your scan is at Harbour Imaging, Unit 3, 12 Dock Road, Cardiff CF10 5AB.'),
      ).toEqual(['Unit 3, 12 Dock Road, Cardiff CF10 5AB']);
      // A named house after "at" still opens the address.
      expect(en('ADDRESS', 'Lives at Bryn Awel, 8 Heol Las, Lampeter SA48 7AB.')).toEqual([
        'Bryn Awel, 8 Heol Las, Lampeter SA48 7AB',
      ]);
    });
  });
});
