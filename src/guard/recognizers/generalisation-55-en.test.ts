import { describe, expect, it } from 'vitest';
import { englishTextsOfType as en } from '../testing/recognized.ts';
import {
  isValidBsn,
  isValidCpf,
  isValidDniNie,
  isValidKvnr,
  isValidNir,
  isValidPersonnummer,
} from './checksums.ts';

/**
 * One test per class of English personal data the round-59 set showed missing or over-read after it
 * was measured fresh, each with look-alike negatives. The examples are made up here, not taken from any
 * labelled set; checked numbers were built from the published check-digit rules (or are the schemes'
 * own published examples: BSN 111222333, DNI 12345678Z, CPF 111.444.777-35, personnummer 811218-9876,
 * NIR 2 69 05 49 588 157 80).
 */

describe('round-59 classes (en)', () => {
  describe('check-digit algorithms of national numbers', () => {
    it('tests the Dutch BSN eleven test', () => {
      expect(isValidBsn('111222333')).toBe(true);
      expect(isValidBsn('305817425')).toBe(true);
      expect(isValidBsn('1642.39.208')).toBe(false);
      expect(isValidBsn('305817426')).toBe(false);
      // All zeros passes the arithmetic (sum 0) but is no number.
      expect(isValidBsn('000000000')).toBe(false);
      expect(isValidBsn('30581742')).toBe(false);
    });
    it('tests the Swedish personnummer Luhn digit and birth date', () => {
      expect(isValidPersonnummer('811218-9876')).toBe(true);
      expect(isValidPersonnummer('750314-2288')).toBe(true);
      expect(isValidPersonnummer('19750314-2288')).toBe(true);
      expect(isValidPersonnummer('7503142288')).toBe(true);
      expect(isValidPersonnummer('750314-2289')).toBe(false);
      // A month that does not exist.
      expect(isValidPersonnummer('751314-2285')).toBe(false);
    });
    it('tests the Spanish DNI and NIE letter', () => {
      expect(isValidDniNie('12345678Z')).toBe(true);
      expect(isValidDniNie('X5038217K')).toBe(true);
      expect(isValidDniNie('Z-2741960-C')).toBe(true);
      expect(isValidDniNie('X5038217L')).toBe(false);
      expect(isValidDniNie('W5038217K')).toBe(false);
    });
    it('tests the two Brazilian CPF digits', () => {
      expect(isValidCpf('111.444.777-35')).toBe(true);
      expect(isValidCpf('52709316480')).toBe(true);
      expect(isValidCpf('527.093.164-81')).toBe(false);
      expect(isValidCpf('527.093.164-90')).toBe(false);
      // One repeated digit passes both digits but is not issued.
      expect(isValidCpf('222.222.222-22')).toBe(false);
    });
    it('tests the French NIR key, Corsica included', () => {
      expect(isValidNir('2 69 05 49 588 157 80')).toBe(true);
      expect(isValidNir('284127510823183')).toBe(true);
      expect(isValidNir('1 71 03 2A 004 117 37')).toBe(true);
      expect(isValidNir('2 84 12 75 108 231 84')).toBe(false);
      // Sex 3 and month 15 are not written.
      expect(isValidNir('3 84 12 75 108 231 83')).toBe(false);
      expect(isValidNir('2 84 15 75 108 231 83')).toBe(false);
    });
    it('tests the German KVNR check digit', () => {
      expect(isValidKvnr('A123456780')).toBe(true);
      expect(isValidKvnr('K309518422')).toBe(true);
      expect(isValidKvnr('K309518423')).toBe(false);
      expect(isValidKvnr('k309518422')).toBe(false);
    });
  });

  describe('identity cards', () => {
    it('reads labelled national numbers whose check holds (BSN, personnummer, NIE/DNI, CPF, FIN)', () => {
      expect(en('ID_CARD', 'Patient: Joost Hermans   M 66\nBSN 305817425   Bed 12')).toEqual(['305817425']);
      expect(en('ID_CARD', 'Citizen service number: 1112.22.333')).toEqual(['1112.22.333']);
      expect(en('ID_CARD', 'Patient: Ebba Nyström   Personnummer 750314-2288')).toEqual(['750314-2288']);
      expect(en('ID_CARD', 'Paciente: Irina Popa   NIE X5038217K')).toEqual(['X5038217K']);
      expect(en('ID_CARD', 'DNI: 48203917B')).toEqual(['48203917B']);
      expect(en('ID_CARD', 'Paciente Otávio Lins, CPF 527.093.164-80')).toEqual(['527.093.164-80']);
      // A FIN with its check letter is the Singapore card, not a hospital's encounter number.
      expect(en('ID_CARD', 'Patient: Rahim Uddin   M 28   FIN F8203164L   Bed 3')).toEqual(['F8203164L']);
      expect(en('MRN', 'Patient: Rahim Uddin   M 28   FIN F8203164L   Bed 3')).toEqual(['3']);
      // A number whose check fails after the label is not read as the card.
      expect(en('ID_CARD', 'BSN 305817426')).toEqual([]);
      expect(en('ID_CARD', 'Personnummer 750314-2289')).toEqual([]);
      expect(en('ID_CARD', 'NIE X5038217L')).toEqual([]);
      expect(en('ID_CARD', 'CPF 527.093.164-81')).toEqual([]);
    });
    it('reads a CPF in its printed shape without a label when both digits hold', () => {
      expect(en('ID_CARD', 'Tomás Ribeiro (306.812.475-17) seen today')).toEqual(['306.812.475-17']);
      expect(en('ID_CARD', 'Lot 306.812.475-18 of the implant')).toEqual([]);
    });
    it('reads a Nigerian NIN and a Ghana Card number by their labels', () => {
      expect(en('ID_CARD', 'Chinedu Okafor, 41 M\nNIN 70318254196   Ward 4')).toEqual(['70318254196']);
      expect(en('ID_CARD', 'Client: Efua Mensah   Ghana Card GHA-502918374-1')).toEqual(['GHA-502918374-1']);
      // Lower case, another length or a number running on is not read.
      expect(en('ID_CARD', 'nin 70318254196')).toEqual([]);
      expect(en('ID_CARD', 'NIN 7031825')).toEqual([]);
      expect(en('ID_CARD', 'Ghana Card GHA-5029-1')).toEqual([]);
    });
  });

  describe('insurance numbers', () => {
    it('reads a French NIR after its label when the key holds', () => {
      expect(en('INSURANCE_ID', 'Social security no. (NIR): 2 84 12 75 108 231 83')).toEqual([
        '2 84 12 75 108 231 83',
      ]);
      expect(en('INSURANCE_ID', 'NIR 171032A00411737')).toEqual(['171032A00411737']);
      expect(en('INSURANCE_ID', 'Social security no. (NIR): 2 84 12 75 108 231 84')).toEqual([]);
    });
    it('reads a German KVNR after its label when the check digit holds', () => {
      expect(en('INSURANCE_ID', 'KVNR: K309518422')).toEqual(['K309518422']);
      expect(en('INSURANCE_ID', 'KVNR: K309518423')).toEqual([]);
    });
    it('reads a New York Medicaid client ID where Medicaid is named', () => {
      expect(
        en(
          'INSURANCE_ID',
          'My Medicaid plan changed last month. My Client ID is RB40719M, can you update it?',
        ),
      ).toEqual(['RB40719M']);
      // Another service's client number, with no Medicaid in the text, is not read.
      expect(en('INSURANCE_ID', 'The gym says my Client ID is RB40719M.')).toEqual([]);
    });
    it('reads national schemes by their short names and a bare insurance card label', () => {
      expect(en('INSURANCE_ID', 'NHIA no. NHIA-KN-2274109')).toEqual(['NHIA-KN-2274109']);
      expect(en('INSURANCE_ID', 'NHIS no. 73015928')).toEqual(['73015928']);
      expect(en('INSURANCE_ID', 'PhilHealth no. 12-503918274-6')).toEqual(['12-503918274-6']);
      expect(en('INSURANCE_ID', 'NHI card no. 000027719043')).toEqual(['000027719043']);
      expect(en('INSURANCE_ID', 'AHCCCS ID B30917254')).toEqual(['B30917254']);
      expect(en('INSURANCE_ID', 'Insurance card: AX-4410-20937-02   MRN: 5521')).toEqual([
        'AX-4410-20937-02',
      ]);
      // The words with no number after them are no number.
      expect(en('INSURANCE_ID', 'Insurance card: not brought')).toEqual([]);
    });
  });

  describe('record numbers', () => {
    it('reads a Thai HN with its site letters, year and serial', () => {
      expect(en('MRN', 'HN CM-25-0041772\nAdmission 3 Oct')).toEqual(['CM-25-0041772']);
      expect(en('MRN', 'HN 12-25 ward')).toEqual([]);
    });
    it('reads a specimen number told where it was sent', () => {
      expect(en('MRN', 'Specimen to pathology, H27-05531.')).toEqual(['H27-05531']);
      expect(en('MRN', 'Specimens sent to histology: HX-26-0417')).toEqual(['HX-26-0417']);
      expect(en('MRN', 'Specimen to pathology, 2 pots.')).toEqual([]);
    });
  });

  describe('phones, plates and dates', () => {
    it('reads a Brazilian mobile split 5-4', () => {
      expect(en('PHONE', 'Celular +55 21 99876-5432')).toEqual(['+55 21 99876-5432']);
      expect(en('PHONE', 'Contato (31) 98123-4567')).toEqual(['(31) 98123-4567']);
      expect(en('PHONE', 'Lote 98123-4567')).toEqual([]);
    });
    it('reads a Queensland plate after "plate" and a comma', () => {
      expect(en('PLATE', "The police noted the car's plate, 519 QTV, at the scene.")).toEqual(['519 QTV']);
      expect(en('PLATE', 'Dinner plate, 250 KCAL per serve.')).toEqual([]);
    });
    it('reads a day after a flight booked for it', () => {
      // The flight within the date's context window (24 characters before it).
      expect(en('DATE', 'Jo: Booked her flights to Rome for 4 Jan.')).toEqual(['4 Jan']);
      expect(en('DATE', 'Jo: Her flight is on 4 Jan, then the op.')).toEqual(['4 Jan']);
      expect(en('DATE', 'Flight crew shortage: 4 staff')).toEqual([]);
    });
  });

  describe('people', () => {
    it('reads names after Dra., Dre and Dr. med.', () => {
      expect(en('PERSON', 'Teléfono +34 611 220 418\nDra. Begoña Urrutia')).toEqual(['Begoña Urrutia']);
      expect(en('PERSON', 'Dr. med. Till Brandauer, Hausarzt')).toEqual(['Till Brandauer']);
      expect(en('PERSON', 'Dre Ginette Larochelle')).toEqual(['Ginette Larochelle']);
    });
    it('reads a Filipino name shortened "Ma." as one name', () => {
      expect(en('PERSON', 'Name: Ma. Teresita Balagtas   F 66')).toEqual(['Ma. Teresita Balagtas']);
      expect(en('PERSON', 'Ma. said she would come')).toEqual([]);
    });
    it('does not read a city after a header comma as a person', () => {
      expect(en('PERSON', 'Orthopaedics — foot clinic, San Antonio\nSeen today.')).toEqual([]);
      expect(en('PERSON', 'Sports clinic, Fort Worth')).toEqual([]);
    });
    it("reads a signer's name before a doctor's grade and a semicolon", () => {
      expect(en('PERSON', 'Plan agreed.\nMaaike Brouwer, resident; supervisor on leave')).toEqual([
        'Maaike Brouwer',
      ]);
      expect(en('PERSON', 'Plan agreed.\nTijmen Smit, registrar')).toEqual(['Tijmen Smit']);
    });
    it('reads a name before a bare age closing its cell in a pipe table', () => {
      expect(en('PERSON', 'Bed | Patient | Plan\n4 | Gwilym Rhydderch, 71 | post TURP')).toEqual([
        'Gwilym Rhydderch',
      ]);
      expect(en('PERSON', 'Bed | Patient | Plan\n5 | empty | clean')).toEqual([]);
    });
    it('reads a quoted nickname after a full name in a list row', () => {
      expect(en('PERSON', 'Rm 9 — Walter Pask "Wally", 81M, POD2')).toEqual(['Walter Pask', 'Wally']);
      // A product's nickname, without age after it or a known given name, is not read.
      expect(en('PERSON', 'Uses Easi Breathe "Turbo", 2 puffs')).toEqual([]);
    });
    it('reads a midwife named as a thread speaker', () => {
      expect(en('PERSON', '07700 900555: Hi, waters broke.\nMidwife Briony: Come in now please.')).toEqual([
        'Briony',
      ]);
      expect(en('PERSON', 'Midwife led care offered.')).toEqual([]);
    });
    it('reads a name after a workplace officer', () => {
      expect(en('PERSON', "The employer's safety officer Ong Kah Heng called.")).toEqual(['Ong Kah Heng']);
      expect(en('PERSON', 'The safety officer called.')).toEqual([]);
    });
  });
});
