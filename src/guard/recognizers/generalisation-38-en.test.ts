import { describe, expect, it } from 'vitest';
import { englishTextsOfType as en } from '../testing/recognized.ts';

/**
 * One test per class of English personal data the round-42 set showed missing or over-read after it
 * was measured fresh, each with a look-alike negative. The examples are made up here, not taken from any
 * labelled set.
 */

describe('round-42 classes (en)', () => {
  describe('names', () => {
    it('reads a name after a public health nurse, health visitor or community psychiatric nurse', () => {
      expect(en('PERSON', 'Home with carers; PHN Gráinne Ní Bhriain to call Friday.')).toEqual([
        'Gráinne Ní Bhriain',
      ]);
      expect(en('PERSON', 'HV Corinne Blakely visited the twins.')).toEqual(['Corinne Blakely']);
      expect(en('PERSON', 'BC PHN 9698658215 on file.')).toEqual([]);
    });
    it('reads a given name cut off by a dash and said in full as two names', () => {
      expect(en('PERSON', 'Then bed nine, Tobi— Tobiloba Adeyemi, asthma, on back-to-backs.')).toEqual([
        'Tobi',
        'Tobiloba Adeyemi',
      ]);
      expect(en('PERSON', 'Bed two, Tobi — Tobiloba Adeyemi, asthma.')).toEqual(['Tobi', 'Tobiloba Adeyemi']);
      expect(en('PERSON', 'Plan— Planned Admission, Tuesday.')).toEqual([]);
    });
    it("reads a name opening a label's line before a column gap and the date", () => {
      expect(en('PERSON', 'Evander Quillfeather   03/12/26\nAmoxicillin 500 mg capsules')).toEqual([
        'Evander Quillfeather',
      ]);
      expect(en('PERSON', 'Blood Results    03/12/2026\nNa 139')).toEqual([]);
    });
  });

  describe('record numbers', () => {
    it("reads a specimen's number after its kind and a comma", () => {
      expect(
        en('MRN', 'Virology\nSpecimen: nasopharyngeal swab, VS-26-440197\nCollected 02/12/2026'),
      ).toEqual(['VS-26-440197']);
      expect(en('MRN', 'Specimen: urine, received 10:30 by porter')).toEqual([]);
    });
    it("reads a record number given as a chat's answer to the question naming it", () => {
      expect(en('MRN', "Bea: what's Dad's hospital number?\nOwen: 50817264, it's on his letter")).toEqual([
        '50817264',
      ]);
      expect(en('MRN', "Bea: what's the ward's phone?\nOwen: 50817264, ring after two")).toEqual([]);
    });
  });

  describe('identity and insurance', () => {
    it('reads an Emirates ID by its shape and check digit', () => {
      expect(en('ID_CARD', 'Resident: Omar Haddad, ID 784-1986-5530217-6, visa on file')).toEqual([
        '784-1986-5530217-6',
      ]);
      expect(en('ID_CARD', 'Resident: Omar Haddad, ID 784-1986-5530217-3, visa on file')).toEqual([]);
    });
    it('reads an insurance number in brackets right after its card', () => {
      expect(en('INSURANCE_ID', 'Bring your Medicare card (2953 41870 1) to the clinic.')).toEqual([
        '2953 41870 1',
      ]);
      expect(en('INSURANCE_ID', 'Medicare (2025) rules changed; see leaflet.')).toEqual([]);
    });
    it("reads an NHI given as a chat's answer to the question naming it, when its check digit holds", () => {
      expect(
        en('INSURANCE_ID', "Ana: what's Nan's NHI for the pharmacy?\nTui: ZAC5361\nAna: thanks"),
      ).toEqual(['ZAC5361']);
      expect(
        en('INSURANCE_ID', "Ana: what's Nan's NHI for the pharmacy?\nTui: ZAC5362\nAna: thanks"),
      ).toEqual([]);
    });
  });

  describe('dates, ages, vehicles and logins', () => {
    it('reads a month after "since" with the count further back in the clause', () => {
      expect(
        en('DATE', 'Three pressure sores, sacrum and both heels, since September. Waterlow 18.'),
      ).toEqual(['September']);
      expect(en('DATE', 'Homeless since September, sleeping in his car.')).toEqual([]);
    });
    it('reads an age a named elder reaches soon, said with "\'s"', () => {
      expect(en('AGE', "Hemi: Nanny's 96 on Sunday, bring a plate")).toEqual(['96']);
      expect(en('AGE', "Hemi: Temp's 99 today, bit better")).toEqual([]);
    });
    it("reads a US plate opening with a county's number and a hyphen", () => {
      expect(en('PLATE', 'Husband drives a white pickup (Montana plate 2-71946A).')).toEqual(['2-71946A']);
      expect(en('PLATE', 'Uses the car 2-3 times a week.')).toEqual([]);
    });
    it('reads no login after "bucket-handle" or before a plain word', () => {
      expect(en('ACCOUNT', 'Impression: bucket-handle lateral meniscal tear.')).toEqual([]);
      expect(en('ACCOUNT', 'Her Instagram handle is mara_b92 if you need it.')).toEqual(['mara_b92']);
    });
  });
});
