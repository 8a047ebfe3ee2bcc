import { describe, expect, it } from 'vitest';
import { englishTextsOfType as en } from '../testing/recognized.ts';

/**
 * One test per class of English personal data the round-33 set showed the recognizers missing or
 * over-reading, each with a look-alike negative. The examples are made up here, not taken from any
 * labelled set.
 */

describe('English identity numbers (round 33)', () => {
  it('reads a South African ID after its label when the birth date and Luhn digit hold', () => {
    expect(en('ID_CARD', 'Patient Lerato Dube, SA ID 9202204720083. On pyridostigmine.')).toEqual([
      '9202204720083',
    ]);
    expect(en('ID_CARD', 'RSA ID no: 920220 4720 083')).toEqual(['920220 4720 083']);
    // The same digits with a wrong check digit, and a Luhn-valid number with a month 13.
    expect(en('ID_CARD', 'Patient Lerato Dube, SA ID 9202204720082.')).toEqual([]);
    expect(en('ID_CARD', 'SA ID 9213204720080')).toEqual([]);
  });
});

describe('English insurance numbers (round 33)', () => {
  it('reads a member number after an insurer written by its short name', () => {
    expect(en('INSURANCE_ID', 'DOB 04/02/1971  UHC ID 55102934-02  Rx ID')).toEqual(['55102934-02']);
    expect(en('INSURANCE_ID', 'Meeting at UHC building 4 on floor 2.')).toEqual([]);
  });
});

describe('English dates (round 33)', () => {
  it('reads a day of the month after its weekday, not an ordinal that counts a dose', () => {
    expect(en('DATE', 'Hoping to go home Thursday 19th if bloods ok.')).toEqual(['19th']);
    expect(en('DATE', 'Dad: surgery is on Monday 3rd\nMe: ok')).toEqual(['3rd']);
    expect(en('DATE', 'Given Monday 2nd dose of the vaccine.')).toEqual([]);
  });
  it('reads a month alone right after a review or a due test', () => {
    expect(en('DATE', 'Bone profile stable. Review September.')).toEqual(['September']);
    expect(en('DATE', 'Retinal screen due April. Nurse: see letter.')).toEqual(['April']);
    expect(en('DATE', 'Review of the September audit is pending.')).toEqual([]);
  });
  it('reads a day and month after "from" or "until"', () => {
    expect(en('DATE', 'IV meropenem via PICC from Oct 9. Mum at bedside.')).toEqual(['Oct 9']);
    expect(en('DATE', 'Signed off work until March 12 by the GP.')).toEqual(['March 12']);
    expect(en('DATE', 'Running from 9 to 5 most days.')).toEqual([]);
  });
  it('reads a year alone when a treatment or a condition began', () => {
    expect(en('DATE', 'On elexacaftor since 2022. FEV1 stable.')).toEqual(['2022']);
    expect(en('DATE', 'Insulin pump commenced in 2019.')).toEqual(['2019']);
    expect(en('DATE', 'Creatinine 2022 umol/L, no change since 12 hours.')).toEqual([]);
  });
  it('reads a month and year after a drug started or an operation', () => {
    expect(en('DATE', 'Azathioprine started August 2026. Bloods monthly.')).toEqual(['August 2026']);
    expect(en('DATE', 'Splenectomy May 2025. Vaccines up to date.')).toEqual(['May 2025']);
    expect(en('DATE', 'The newsletter of August 2026 lists it.')).toEqual([]);
  });
  it('reads a day-first date after a ward round or a nil-by-mouth plan', () => {
    expect(en('DATE', 'Ward round 14/12: bed 3 reviewed.')).toEqual(['14/12']);
    expect(en('DATE', 'NBM from midnight for 15/12 hernia repair.')).toEqual(['15/12']);
    expect(en('DATE', 'Power 4/5 in both legs.')).toEqual([]);
  });
});

describe('English record numbers and beds (round 33)', () => {
  it('reads a RIS number with a one-letter prefix', () => {
    expect(en('MRN', 'Chest film, RIS K-7731904. No effusion.')).toEqual(['K-7731904']);
    expect(en('MRN', 'The RIS was down for an hour.')).toEqual([]);
  });
  it('reads a room written in capitals on a lab report, not a room code with a dash', () => {
    expect(en('MRN', 'MRN: 40218833   RM 318\nACCESSION: Q1')).toEqual(['40218833', '318']);
    expect(en('MRN', 'MRN: 40218833   RM: 6W-210\nACCESSION: Q1')).not.toContain('6W');
  });
  it('reads a three-digit room opening a night-list row before a surname in capitals', () => {
    expect(en('MRN', 'NIGHT LIST\n702  HALLORAN, Bridget   93  falls\n703  empty\n')).toEqual(['702']);
    expect(en('MRN', 'Totals\n702 beds in the trust this year\n')).toEqual([]);
  });
  it('reads a bed said in English number words before its named patient', () => {
    expect(en('MRN', 'so bed four is Mrs Ortega, stable. Bed five went home. Bed six, little Kai.')).toEqual([
      'four',
      'six',
    ]);
    expect(en('MRN', 'Bed five went home and bed seven is empty.')).toEqual([]);
  });
});

describe('English ages (round 33)', () => {
  it('reads an age after a surname-first name ending the sentence, or before a dash', () => {
    expect(en('AGE', 'Bed 3 — PRENDERGAST, Elsie, 94. Eating well.')).toEqual(['94']);
    expect(en('AGE', 'Bed 2 VAN DYK, Pieter 91 — repositioning 4-hourly')).toEqual(['91']);
    expect(en('AGE', 'SODIUM, Serum 92 mmol/L')).toEqual([]);
  });
  it('reads an age before a record number in brackets', () => {
    expect(en('AGE', 'TTO for Hilda Morrow, 92 (Hosp K553120): edoxaban')).toEqual(['92']);
    expect(en('AGE', 'TTO for Hilda Morrow, 92 mg twice daily')).toEqual([]);
  });
});

describe('English names (round 33)', () => {
  it('reads a given name alone in a role field that ends the sentence', () => {
    expect(en('PERSON', 'Review March 2027. Dietitian: Saoirse.')).toEqual(['Saoirse']);
    expect(en('PERSON', 'Plan agreed. Pharmacist: Tobias.\nNext line')).toEqual(['Tobias']);
    expect(en('PERSON', 'Physio: Mobilising.')).toEqual([]);
  });
  it('reads a given name after a therapist abbreviation before "starting"', () => {
    expect(en('PERSON', 'Swallow therapy with SLT Harriet starting Monday.')).toEqual(['Harriet']);
    expect(en('PERSON', 'Swallow therapy with SLT team starting Monday.')).toEqual([]);
  });
  it('leaves a specialist nurse abbreviation out of the name', () => {
    expect(en('PERSON', 'Reviewed by DSN Moira Keating 02/12/2026.')).toEqual(['Moira Keating']);
    expect(en('PERSON', 'Reviewed by DSN team 02/12/2026.')).toEqual([]);
  });
  it('does not read an imaging abbreviation as a surname before a name', () => {
    expect(en('PERSON', 'AXR, Dorothea Pike, 93, NHS 999 000 0000.')).toEqual(['Dorothea Pike']);
    expect(en('PERSON', 'USS, abdomen, 93 mm cyst.')).toEqual([]);
  });
  it('does not read a dental or optical practice as a person', () => {
    expect(en('PERSON', 'Hi Marcus, this is Riverside Dental reminding you of your check-up')).toEqual([
      'Marcus',
    ]);
    expect(en('PERSON', 'Hi Marcus, this is Hillview Optical reminding you')).toEqual(['Marcus']);
  });
  it('reads an initial and a surname in capitals before a credential', () => {
    expect(en('PERSON', 'CRITICAL K+ 6.9 CALLED TO M. OYELARAN RN 03:40')).toEqual(['M. OYELARAN']);
    expect(en('PERSON', 'RESULT CHECKED. THE RN WAS TOLD 03:40')).toEqual([]);
  });
  it('reads a prescriber surname alone after DR. on a pharmacy label line', () => {
    expect(en('PERSON', 'RX# 5521\nTAKE ONE CAPSULE DAILY\nDR. PRITCHARD-OWEN')).toEqual(['PRITCHARD-OWEN']);
    expect(en('PERSON', 'TAKE 2 TABLETS. 14 OAK DR. LONDON')).toEqual([]);
    expect(en('PERSON', 'RX# 5521\nTAKE ONE CAPSULE DAILY\nDR PRITCHARD')).toEqual([]);
  });
  it('reads a known first name before a grade in brackets', () => {
    expect(en('PERSON', 'Jobs for Hattie (FY1): cannula, fluids.')).toEqual(['Hattie']);
    expect(en('PERSON', 'Jobs for Surgery (FY1): cannula.')).toEqual([]);
  });
  it('reads a name before its age after a heading closed by a bracket, and before a Medicare number', () => {
    expect(en('PERSON', 'Discharge, Riverside (Victoria). Edna Purcell, 95, lives alone.')).toEqual([
      'Edna Purcell',
    ]);
    expect(en('PERSON', 'Invoice. Rohan Tully, Medicare 2953 71845 1, 3 sessions.')).toEqual(['Rohan Tully']);
    expect(en('PERSON', 'Invoice. Physio Sessions, Medicare rebate applies.')).toEqual([]);
  });
});
