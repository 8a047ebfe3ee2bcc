import { describe, expect, it } from 'vitest';
import { englishTextsOfType as en } from '../testing/recognized.ts';

/**
 * One test per class of English personal data the round-31 set showed the recognizers missing or
 * over-reading, each with a look-alike negative where one makes sense. The examples are made up here,
 * not taken from any labelled set.
 */

describe('English addresses (round 31)', () => {
  it('reads a Run street written over two lines as two spans', () => {
    expect(en('ADDRESS', 'Re: patient\n214 Larkspur Run\nBozeman, MT 59715\nCell 555')).toEqual([
      '214 Larkspur Run',
      'Bozeman, MT 59715',
    ]);
    expect(en('ADDRESS', 'Completed the 5 Km Run without pain.')).toEqual([]);
  });
  it('reads an address in capitals with a compass letter before the street', () => {
    expect(en('ADDRESS', 'RX# 1234567\nPELL, ORIN\n4410 W MESA RIDGE DR, TUCSON AZ 85745\nTAKE ONE')).toEqual(
      ['4410 W MESA RIDGE DR, TUCSON AZ 85745'],
    );
    expect(en('ADDRESS', 'TAKE 2 W MEALS DAILY, WITH WATER')).toEqual([]);
  });
  it('reads a British house name that opens the address', () => {
    expect(en('ADDRESS', 'Mrs A Pell\nThe Old Bakery, Church Lane, Tetbury GL8 8AB\nInvoice')).toEqual([
      'The Old Bakery, Church Lane, Tetbury GL8 8AB',
    ]);
    expect(en('PERSON', 'Mrs A Pell\nThe Old Bakery, Church Lane, Tetbury GL8 8AB\nInvoice')).not.toContain(
      'Church Lane',
    );
    expect(en('ADDRESS', 'The Old Bakery, Church Lane is closed today.')).toEqual([]);
  });
  it('reads a type-first street with an accented capital after its article', () => {
    expect(en('ADDRESS', 'Contact: 12 Rue des Écoles, Gatineau, QC J8Y 3K2')).toEqual([
      '12 Rue des Écoles, Gatineau, QC J8Y 3K2',
    ]);
    expect(en('ADDRESS', 'Read the Rue des Écoles chapter.')).toEqual([]);
  });
});

describe('English names (round 31)', () => {
  it('reads a surname-first name in capitals above an address in capitals', () => {
    expect(en('PERSON', 'RX# 1234567\nPELL, ORIN\n4410 W MESA RIDGE DR, TUCSON AZ 85745\nTAKE ONE')).toEqual([
      'PELL, ORIN',
    ]);
    expect(en('PERSON', 'RX# 1234567\nTAKE, WITH\n4410 W MESA RIDGE DR, TUCSON AZ 85745')).toEqual([]);
  });
  it('keeps a middle initial inside a labelled surname-first name in capitals', () => {
    expect(en('PERSON', 'LAB REPORT\nPATIENT: TREMBATH, OSWIN J   MRN: 1234')).toEqual(['TREMBATH, OSWIN J']);
    expect(en('PERSON', 'LAB REPORT\nSPECIMEN: SERUM, CLOTTED   MRN: 1234')).toEqual([]);
  });
  it('reads a nickname in brackets after a name, with its cue or after a Hong Kong name', () => {
    expect(en('PERSON', 'S: Ilse Varga (goes by "Bex"), 40F, well.')).toEqual(['Ilse Varga', 'Bex']);
    expect(en('PERSON', 'Name: Lau Ka-wing (Derrick)\nDOB 1990')).toEqual(['Lau Ka-wing', 'Derrick']);
    expect(en('PERSON', 'Name: Ilse Varga (Cardiology)\nDOB 1990')).toEqual(['Ilse Varga']);
  });
  it('reads a nurse in charge written as a field', () => {
    expect(en('PERSON', 'Rm 3  ok\nCharge RN: Tamsin')).toEqual(['Tamsin']);
    expect(en('PERSON', 'Charge RN: Please call pharmacy')).toEqual([]);
  });
  it('reads a first name after "Best," ending a message', () => {
    expect(en('PERSON', 'Can I take it with food? Best, Orla')).toEqual(['Orla']);
    expect(en('PERSON', 'We did our best. Best Practice')).toEqual([]);
  });
  it('reads a name after "uploaded by"', () => {
    expect(en('PERSON', 'Weight log uploaded by Perpetua Ankrah (user x)')).toEqual(['Perpetua Ankrah']);
    expect(en('PERSON', 'File uploaded by Admin Team today')).toEqual([]);
  });
  it('reads a patient named after a cubicle and a comma, and a name they like to be called', () => {
    expect(
      en('PERSON', 'Cubicle 6, Philippa, the quiet one, Pip she likes to be called, query sprain.'),
    ).toEqual(['Philippa', 'Pip']);
    expect(en('PERSON', 'Room 5, Rowan Ward')).toEqual([]);
  });
  it('reads a given name between a doctor’s grade and what the doctor did', () => {
    expect(en('PERSON', 'Lactate 3.1. Medical reg Ottoline reviewed, fluids given.')).toEqual(['Ottoline']);
    expect(en('PERSON', 'The reg Cardiology reviewed it.')).toEqual([]);
  });
});

describe('English beds and rooms (round 31)', () => {
  it('reads a room a plan admits to after its unit code as the number only', () => {
    expect(en('MRN', 'A/P: cellulitis; admit 6E-318.')).toEqual(['318']);
    expect(en('MRN', 'Admit COVID-19 precautions.')).toEqual([]);
  });
  it('reads a cubicle followed by its patient’s name and a comma', () => {
    expect(en('MRN', 'Cubicle 7, Philippa, the quiet one.')).toEqual(['7']);
    expect(en('MRN', "Cubicle 6's gone up to the ward.")).toEqual([]);
  });
  it('does not read a room whose patient was discharged', () => {
    expect(en('MRN', 'Rm 4  ODUYA, Tolu  91  falls\nRm 5  discharged today')).toEqual(['4']);
  });
});

describe('English dates, ages and identifiers (round 31)', () => {
  it('reads the dates of a home blood-pressure log on one line, not the readings', () => {
    expect(en('DATE', 'Home BP log\n10/3 142/88  10/4 139/85')).toEqual(['10/3', '10/4']);
    expect(en('DATE', 'BP 142/88 today, HR 72.')).toEqual([]);
  });
  it('reads an age over 89 after a name and a comma ending the sentence', () => {
    expect(en('AGE', 'Rm 12, Hester Gaunt, 93. Settled overnight.')).toEqual(['93']);
    expect(en('AGE', 'Rm 12, Hester Gaunt, 93 Elm Road.')).toEqual([]);
  });
  it('reads an insurer membership number with a hyphened letter prefix', () => {
    expect(en('INSURANCE_ID', 'Bupa membership: BP-55120974\nPaid')).toEqual(['BP-55120974']);
    expect(en('INSURANCE_ID', 'Invoice ref: BP-55120974\nPaid')).toEqual([]);
  });
  it('reads a login someone signs in as, and a dotted sender login', () => {
    expect(en('ACCOUNT', 'Join the call and sign in as hwoodrow. Thanks')).toEqual(['hwoodrow']);
    expect(en('ACCOUNT', 'Please sign in as usual.')).toEqual([]);
    expect(en('ACCOUNT', 'Portal message from t.hallam: Hello')).toEqual(['t.hallam']);
  });
});
