import { describe, expect, it } from 'vitest';
import { englishTextsOfType as en } from '../testing/recognized.ts';
import {
  isValidBelgianNn,
  isValidHetu,
  isValidKoreanRrn,
  isValidRut,
  isValidTcKimlik,
  isValidTeudatZehut,
} from './checksums.ts';

/**
 * One test per class of English personal data the round-60 set showed missing or over-read after it
 * was measured fresh, each with look-alike negatives. The examples are made up here, not taken from any
 * labelled set; checked numbers were built from the published check-digit rules (or are the schemes'
 * own published examples: henkilötunnus 131052-308T, RUT 12.345.678-5, TC Kimlik 10000000146).
 */

describe('round-60 classes (en)', () => {
  describe('check-digit algorithms of national numbers', () => {
    it('tests the Finnish henkilötunnus check character and birth date', () => {
      expect(isValidHetu('131052-308T')).toBe(true);
      expect(isValidHetu('210384-4173')).toBe(true);
      expect(isValidHetu('150207A0623')).toBe(true);
      expect(isValidHetu('210384-4174')).toBe(false);
      // A day that does not exist, and an individual number outside 002–899.
      expect(isValidHetu('310284-417X')).toBe(false);
      expect(isValidHetu('210384-9173')).toBe(false);
      expect(isValidHetu('210384G4173')).toBe(false);
    });
    it('tests the Korean resident registration number digit', () => {
      expect(isValidKoreanRrn('750921-2308143')).toBe(true);
      expect(isValidKoreanRrn('0305173612091')).toBe(true);
      expect(isValidKoreanRrn('750921-2308144')).toBe(false);
      // Month 13 is no birth date.
      expect(isValidKoreanRrn('751321-2308143')).toBe(false);
    });
    it('tests the Chilean RUT verifier, K and 0 included', () => {
      expect(isValidRut('12.345.678-5')).toBe(true);
      expect(isValidRut('16.408.372-1')).toBe(true);
      expect(isValidRut('9.215.803-9')).toBe(true);
      expect(isValidRut('20147655-0')).toBe(true);
      expect(isValidRut('16.408.372-2')).toBe(false);
      expect(isValidRut('16.408.372-K')).toBe(false);
      expect(isValidRut('16.40.8372-1')).toBe(false);
    });
    it('tests the Belgian national number before and after 2000', () => {
      expect(isValidBelgianNn('79.06.22-153.15')).toBe(true);
      expect(isValidBelgianNn('79062215315')).toBe(true);
      expect(isValidBelgianNn('05.03.14-278.39')).toBe(true);
      expect(isValidBelgianNn('79.06.22-153.16')).toBe(false);
      expect(isValidBelgianNn('79.14.22-153.15')).toBe(false);
    });
    it('tests the two Turkish TC Kimlik digits', () => {
      expect(isValidTcKimlik('10000000146')).toBe(true);
      expect(isValidTcKimlik('27461038540')).toBe(true);
      expect(isValidTcKimlik('56182093712')).toBe(true);
      expect(isValidTcKimlik('27461038541')).toBe(false);
      expect(isValidTcKimlik('27461038450')).toBe(false);
      // A leading zero is never issued.
      expect(isValidTcKimlik('07461038540')).toBe(false);
    });
    it('tests the Israeli Teudat Zehut digit', () => {
      expect(isValidTeudatZehut('205134687')).toBe(true);
      expect(isValidTeudatZehut('039821178')).toBe(true);
      expect(isValidTeudatZehut('20513468-7')).toBe(true);
      expect(isValidTeudatZehut('205134688')).toBe(false);
      expect(isValidTeudatZehut('000000000')).toBe(false);
    });
  });

  describe('identity cards', () => {
    it('reads labelled national numbers whose check holds (HETU, RRN, RUT, Belgian, TC Kimlik, Teudat Zehut)', () => {
      expect(en('ID_CARD', 'Name: Aino Lehtola   Henkilötunnus 210384-4173\nAdmitted')).toEqual([
        '210384-4173',
      ]);
      expect(en('ID_CARD', 'Patient: Kim Min-ji, 51 F   RRN 750921-2308143   Ward 6')).toEqual([
        '750921-2308143',
      ]);
      expect(en('ID_CARD', 'Paciente Rocío Tapia\nRUT 16.408.372-1   Ficha 8812')).toEqual(['16.408.372-1']);
      expect(en('ID_CARD', 'Patient: Wout Peeters, 47   National number 79.06.22-153.15')).toEqual([
        '79.06.22-153.15',
      ]);
      expect(en('ID_CARD', 'Hasta: Emre Kaya   TC Kimlik No 27461038540')).toEqual(['27461038540']);
      expect(en('ID_CARD', 'Patient: Yael Mizrahi   Teudat Zehut 205134687   Date 02/03/2026')).toEqual([
        '205134687',
      ]);
    });
    it('does not read the same labels before numbers whose check fails', () => {
      expect(en('ID_CARD', 'Henkilötunnus 210384-4174')).toEqual([]);
      expect(en('ID_CARD', 'RUT 16.408.372-2')).toEqual([]);
      expect(en('ID_CARD', 'National number 79.06.22-153.16')).toEqual([]);
      expect(en('ID_CARD', 'TC Kimlik No 27461038541')).toEqual([]);
      expect(en('ID_CARD', 'Teudat Zehut 205134688')).toEqual([]);
      expect(en('ID_CARD', 'RRN 750921-2308144')).toEqual([]);
    });
  });

  describe('record numbers', () => {
    it("reads a Chilean ficha, a hospice ID and a header's File field", () => {
      expect(en('MRN', 'RUT 16.408.372-1   Ficha HCS-2208815')).toEqual(['HCS-2208815']);
      expect(en('MRN', 'Patient: Ana Roe, 93   Hospice ID HSC-440127')).toEqual(['HSC-440127']);
      expect(en('MRN', 'Patient: Wout Peeters, 47   File AZG-RT-26-0733\nDate 01/12/2026')).toEqual([
        'AZG-RT-26-0733',
      ]);
      // A file read in running text names no record.
      expect(en('MRN', 'Please file AB-12 with the others.')).toEqual([]);
    });
    it('reads the room of a named woman opening a labour board line, not an empty room', () => {
      expect(en('MRN', 'LDR 3: Hana Roe, 29, G2P1 at 39+2\nLDR 5: empty')).toEqual(['3']);
    });
    it('reads a specimen number in brackets after it was sent to pathology', () => {
      expect(en('MRN', 'Specimen to pathology (H26-B1187).')).toEqual(['H26-B1187']);
      expect(en('MRN', 'Specimen to pathology (2 pots).')).toEqual([]);
    });
    it('reads a booking reference of mixed capitals and digits after Ref', () => {
      expect(en('MRN', 'Clinic on Mon 7 Dec, 09:00. Ref QK4T81. To cancel reply')).toEqual(['QK4T81']);
      expect(en('MRN', 'Ref NG28 applies.')).toEqual([]);
      expect(en('MRN', 'Invoice ref QK4T81.')).toEqual([]);
    });
  });

  describe('insurance and passports', () => {
    it('reads an NHI told later in the sentence that names it', () => {
      expect(
        en('INSURANCE_ID', 'Her NHI is on the discharge letter if the chemist asks for it: ZAC5361'),
      ).toEqual(['ZAC5361']);
      // Its check digit must hold.
      expect(
        en('INSURANCE_ID', 'Her NHI is on the discharge letter if the chemist asks for it: ZAC5362'),
      ).toEqual([]);
    });
    it('reads a passport number given back alone in the next chat turn', () => {
      expect(
        en('PASSPORT', 'Ade: send me her passport number for the form\nBisi: A07241953. Thanks'),
      ).toEqual(['A07241953']);
      expect(en('PASSPORT', 'Ade: send me her flight number\nBisi: A07241953.')).toEqual([]);
    });
  });

  describe('phones', () => {
    it("reads a clinic's fax offered after its e-mail as the other way to reply", () => {
      expect(en('PHONE', 'Please reply to intake@clinic.example.org or fax (604) 555-0142.')).toEqual([
        '(604) 555-0142',
      ]);
    });
  });

  describe('addresses', () => {
    it("reads a German street named by a place's adjective", () => {
      expect(en('ADDRESS', 'Address: Altonaer Landstraße 12, 22765 Hamburg\nInsurer')).toEqual([
        'Altonaer Landstraße 12, 22765 Hamburg',
      ]);
      expect(en('ADDRESS', 'Address: Berliner Straße 5, 10115 Berlin')).toEqual([
        'Berliner Straße 5, 10115 Berlin',
      ]);
    });
  });

  describe('dates', () => {
    it('does not read a pain score out of ten as a date', () => {
      expect(en('DATE', 'my ankle was 6/10 the next morning and still sore')).toEqual([]);
      expect(en('DATE', 'Pain up to 2/10 is fine the next morning; 6/10 is too much.')).toEqual([]);
      expect(en('DATE', 'Seen on 11/10/2026 the next morning.')).toEqual(['11/10/2026']);
    });
  });

  describe('names', () => {
    it('keeps Father outside a chaplain’s name', () => {
      expect(en('PERSON', 'chaplain Father Anselm Roe visiting tomorrow.')).toEqual(['Anselm Roe']);
    });
    it('signs a note with a lower-case nurse role or a consultant post after the name', () => {
      expect(en('PERSON', 'Next visit 02/12/2026.\nAoife Brennan, public health nurse')).toEqual([
        'Aoife Brennan',
      ]);
      expect(
        en('PERSON', 'Plan: review.\nRanjana Mukhopadhyay, Consultant in Hand and Wrist Surgery'),
      ).toEqual(['Ranjana Mukhopadhyay']);
    });
    it("reads a replying nurse's given name in brackets before the credential", () => {
      expect(en('PERSON', 'Reply (Tamsin, RN): thanks for the update.')).toEqual(['Tamsin']);
    });
    it('reads an initial and a family name whose order is ready', () => {
      expect(en('PERSON', 'Elm Pharmacy: items for K. Adeyemi are ready to collect.')).toEqual([
        'K. Adeyemi',
      ]);
    });
    it('does not read a city named with de and its country as a name', () => {
      expect(en('PERSON', 'Clinic letter — Santiago de Chile\nSeen today.')).toEqual([]);
      expect(en('PERSON', 'Seen by Dr Ana de Souza today.')).toEqual(['Ana de Souza']);
    });
  });
});
