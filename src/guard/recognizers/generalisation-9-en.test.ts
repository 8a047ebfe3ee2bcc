import { describe, expect, it } from 'vitest';
import { englishTextsOfType as en } from '../testing/recognized.ts';

/**
 * One test per class of English personal data the round-12 set showed the recognizers missing, each
 * with a hard negative. The examples are made up here, not taken from any labelled set.
 */

describe('English names in sign-offs and signatures', () => {
  it('reads an initial and surname after by, Signed, reg or a dash, or before a credential', () => {
    expect(en('PERSON', 'Wound swab sent 14:10 by P. Okonjo')).toEqual(['P. Okonjo']);
    expect(en('PERSON', 'Admitted overnight, clerked by H. Vasquez-Lindqvist (FY1)')).toEqual([
      'H. Vasquez-Lindqvist',
    ]);
    expect(en('PERSON', 'Consultant on call: Dr Abernethy / reg B. Nakagawa')).toEqual([
      'Abernethy',
      'B. Nakagawa',
    ]);
    expect(en('PERSON', 'Bloods taken. Patient settled. — R. Oyelaran, RN')).toEqual(['R. Oyelaran']);
    expect(en('PERSON', 'Consent confirmed.\nSigned D Hartley-Noone  02/03/27')).toEqual(['D Hartley-Noone']);
  });
  it('does not read an initial and a word without a cue, or a letter grade, as a name', () => {
    expect(en('PERSON', 'Plan B. Review tomorrow with bloods.')).toEqual([]);
    expect(en('PERSON', 'Hepatitis B Vaccine given by A Clinic nurse.')).toEqual([]);
  });
  it('reads a dash sign-off after the last sentence of a note', () => {
    expect(en('PERSON', 'Dressing changed, healing well. Review Friday. — Halima Osei')).toEqual([
      'Halima Osei',
    ]);
    expect(en('PERSON', 'Dressing changed. — Review Friday')).toEqual([]);
  });
  it('reads the name under a warm or familiar closing line', () => {
    expect(en('PERSON', 'Thanks for all you did for Dad.\nWarmly,\nTemperance')).toEqual(['Temperance']);
    expect(en('PERSON', 'See you at the weekend.\nLove,\nMarisol')).toEqual(['Marisol']);
    expect(en('PERSON', 'He tolerated the best Practice bundle well.')).toEqual([]);
  });
  it('reads a name in capitals after a title in capitals, not a scan after MR', () => {
    expect(en('PERSON', 'Dispensing label\nMISS HERMIONE CALDWELL\nPARACETAMOL 500MG')).toEqual([
      'HERMIONE CALDWELL',
    ]);
    expect(en('PERSON', 'Requests:\nMR ANGIO HEAD\nMR LUMBAR SPINE')).toEqual([]);
  });
  it('reads a given name before a nursing credential, not the nurse qualifier', () => {
    expect(en('PERSON', 'Handover: Ottilie RN  To: Bronisław RN  08:00')).toEqual(['Ottilie', 'Bronisław']);
    expect(en('PERSON', 'Escalated to: Agency RN, bleep 4471.')).toEqual([]);
    expect(en('PERSON', 'Informed: Night RN')).toEqual([]);
  });
});

describe('English names in lists, chats and with accented capitals', () => {
  it('reads the surname-first form with a trailing initial at the end of the line', () => {
    expect(en('PERSON', 'Clinic list\nPatient: HALVORSEN, Sigrid K\nDOB: 02/09/1948')).toEqual([
      'HALVORSEN, Sigrid K',
    ]);
  });
  it('reads names after room numbers in a list, with accented letters', () => {
    const rounds = 'Visits: Rm 212 Wilfred Ashcombe (hip); Rm 215 Inés Valdés; Rm 218 declined.';
    expect(en('PERSON', rounds)).toEqual(['Wilfred Ashcombe', 'Inés Valdés']);
  });
  it('reads a name with an accented capital after a staff role and before a person verb', () => {
    expect(en('PERSON', 'The physio Éadaoin was very patient with him.')).toEqual(['Éadaoin']);
    expect(en('PERSON', 'The physio Session was cancelled.')).toEqual([]);
  });
  it('leaves a kinship word outside a chat speaker’s name', () => {
    const chat = 'Uncle Kwabena: any news on Esi?\nMe: still in theatre\nUncle Kwabena: we are praying';
    expect(en('PERSON', chat)).toEqual(['Kwabena', 'Kwabena']);
  });
  it('does not read job titles, organisations or districts as names', () => {
    expect(en('PERSON', 'Reviewed by M. Ferreira, Patient Advocate, 03/04/2027')).toEqual(['M. Ferreira']);
    expect(en('PERSON', 'She came with Happy Paws Visits on Tuesday.')).toEqual([]);
    expect(en('PERSON', 'Home: Jiangbei District, Chongqing')).toEqual([]);
  });
});

describe('English addresses, plates and identity numbers', () => {
  it('reads street names with accented letters', () => {
    expect(en('ADDRESS', 'Address: 418 Cañada Verde Dr, Taos, NM 87571')).toEqual([
      '418 Cañada Verde Dr, Taos, NM 87571',
    ]);
  });
  it('reads a Scandinavian street written as two words, with its postcode', () => {
    expect(en('ADDRESS', 'Bosted: Kongens gate 7A, 7011 Trondheim')).toEqual([
      'Kongens gate 7A, 7011 Trondheim',
    ]);
    expect(en('ADDRESS', 'Meet at the Staff gate 4 after the shift.')).toEqual([]);
  });
  it('reads a Chinese district, city and province written in English', () => {
    expect(en('ADDRESS', 'Home: Yuhang District, Hangzhou, Zhejiang; works locally')).toEqual([
      'Yuhang District, Hangzhou, Zhejiang',
    ]);
  });
  it('reads the town someone lives in, not a street or a common word', () => {
    expect(en('ADDRESS', 'My sister is on ward 3. I live in Shrewsbury and cannot drive.')).toEqual([
      'Shrewsbury',
    ]);
    expect(en('ADDRESS', 'I live in hope that he recovers.')).toEqual([]);
    expect(en('ADDRESS', 'I live in Marlow Road now.')).toEqual([]);
  });
  it('reads a plate after the word plate', () => {
    expect(en('PLATE', 'Parked in the drop-off bay, OR plate KLM-2093. Moved.')).toEqual(['KLM-2093']);
    expect(en('PLATE', 'Same van, plate 4HBN517 again.')).toEqual(['4HBN517']);
    expect(en('PLATE', 'ORIF with plate and screws, plate 2B removed.')).toEqual([]);
  });
  it('reads an SSN with a few words before its colon', () => {
    expect(en('ID_CARD', 'SSN on file: 987-65-4327')).toEqual(['987-65-4327']);
  });
});

describe('English partial dates beside a clock time', () => {
  it('reads a day and month next to a time or after today', () => {
    expect(en('DATE', 'Escalated to Dr Whitby 18 Dec 14:20 by phone')).toEqual(['18 Dec']);
    expect(en('DATE', 'Night handover 20:00 17/12\nBay A')).toEqual(['17/12']);
    expect(en('DATE', 'Pneumococcal given today 16/12.')).toEqual(['16/12']);
  });
  it('does not read scores or readings next to a time as dates', () => {
    expect(en('DATE', 'Obs 10:00 3/10 pain, 14:00 4/5 power')).toEqual([]);
    expect(en('DATE', 'At 10:00 BP 120/80')).toEqual([]);
  });
});
