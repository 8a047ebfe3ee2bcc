import { describe, expect, it } from 'vitest';
import { englishTextsOfType as en } from '../testing/recognized.ts';

/**
 * One test per class of English personal data the round-32 set showed the recognizers missing or
 * over-reading, each with a look-alike negative. The examples are made up here, not taken from any
 * labelled set.
 */

describe('English dates (round 32)', () => {
  it('reads a month and year after a return, a treatment cycle or an earlier study', () => {
    expect(en('DATE', 'Plan: emollients; return March 2027.')).toEqual(['March 2027']);
    expect(en('DATE', 'Plan: infusions; first cycle February 2027.')).toEqual(['February 2027']);
    expect(en('DATE', 'Comparison: x-rays from September 2026.')).toEqual(['September 2026']);
    expect(en('DATE', 'See the guideline from March 2024.')).toEqual([]);
  });
});

describe('English addresses (round 32)', () => {
  it('reads a town line under a street line that ends in a flat', () => {
    expect(en('ADDRESS', 'Addr: 14 Larch Terrace Apt 2C\nMacon, GA 31201\nCell 555')).toEqual([
      '14 Larch Terrace Apt 2C',
      'Macon, GA 31201',
    ]);
    expect(en('ADDRESS', 'Seen in Apt 2C today\nMacon, GA 31201')).toEqual([]);
  });
  it('reads a pharmacy-label address in capitals with a shortened Terrace or Trail', () => {
    expect(en('ADDRESS', 'OKAFOR, DELPHINE\n2290 N ELK TER, MESA AZ 85203\nRX# 1')).toEqual([
      '2290 N ELK TER, MESA AZ 85203',
    ]);
    expect(en('ADDRESS', 'TAKE 2 TER DAILY, MESA')).toEqual([]);
  });
  it('reads a one-word "-way" street with its town and postal code', () => {
    expect(en('ADDRESS', 'Address: 845 Queensway Unit 9, Kelowna, BC V1Y 6K3. Phone')).toEqual([
      '845 Queensway Unit 9, Kelowna, BC V1Y 6K3',
    ]);
    expect(en('ADDRESS', 'Walked 845 metres along Queensway today.')).toEqual([]);
  });
  it('reads a Welsh or named house opening an address after "at"', () => {
    expect(
      en('ADDRESS', 'Visit. Enid Powys at Bryn Awel, 8 Heol Las, Lampeter SA48 7AB. Dressing done.'),
    ).toEqual(['Bryn Awel, 8 Heol Las, Lampeter SA48 7AB']);
    expect(en('ADDRESS', 'Visit. Enid Powys at Ty Mawr, 3 Heol Las, Lampeter SA48 7AB.')).toEqual([
      'Ty Mawr, 3 Heol Las, Lampeter SA48 7AB',
    ]);
    expect(en('ADDRESS', 'Enid was at Bryn Awel on Monday.')).toEqual([]);
  });
});

describe('English names (round 32)', () => {
  it('reads a name opening a sentence before "at" and an address with a named house', () => {
    expect(
      en('PERSON', 'Visit, Tue 3 Mar 2026. Enid Powys at Bryn Awel, 8 Heol Las, Lampeter SA48 7AB.'),
    ).toEqual(['Enid Powys']);
    expect(
      en('PERSON', 'Visit, Tue 3 Mar. Dressing Clinic at Bryn Awel, 8 Heol Las, Lampeter SA48 7AB.'),
    ).toEqual([]);
  });
  it('reads a name before a named house that opens the address', () => {
    expect(
      en('PERSON', 'INVOICE 4411 — Perdita Vaux, Ivy Cottage, Mill Lane, Ledbury HR8 2JS, paid'),
    ).toEqual(['Perdita Vaux']);
    expect(en('PERSON', 'Holiday lets: Rose Cottage, Ivy Cottage.')).toEqual([]);
  });
  it('reads a name after a numbered grade written as a field', () => {
    expect(en('PERSON', 'Bed 4 MACNAMARA, Ita — stable\nFY1: Tobias')).toEqual(['MACNAMARA, Ita', 'Tobias']);
    expect(en('PERSON', 'FY1: Please bleep the reg')).toEqual([]);
  });
  it('keeps "Spouse" out of the name it introduces', () => {
    expect(en('PERSON', 'Bloods booked.\nSpouse Ifeoma (937) 555-0166')).toEqual(['Ifeoma']);
    expect(en('PERSON', 'Spouse allowance form sent.')).toEqual([]);
  });
  it('does not read a dialogue turn’s opening word as a name', () => {
    expect(en('PERSON', 'GP: Now, who is this with you?\nPatient: My son, Declan.')).toEqual(['Declan']);
    expect(en('PERSON', 'Nurse: Alright, let us begin.')).toEqual([]);
  });
  it('reads a full name said again after a titled surname and a dash', () => {
    expect(en('PERSON', 'Cubicle 3 is Mr Adeyemi — Tunde Adeyemi — chest pain.')).toEqual([
      'Adeyemi',
      'Tunde Adeyemi',
    ]);
    expect(en('PERSON', 'Seen by Dr Patel - Cardiology Patel clinic')).toEqual(['Patel']);
  });
  it('reads a child, a nickname and a parent in a spoken ED handover', () => {
    expect(
      en('PERSON', 'Paeds bay 4, little Sophie Marchbank, they call her Sophs, mum’s Janet, query croup.'),
    ).toEqual(['Sophie Marchbank', 'Sophs', 'Janet']);
    expect(en('PERSON', 'They call him Nurse. A little Cardiology input. Mum’s Toyota, outside.')).toEqual(
      [],
    );
  });
});

describe('English beds and rooms (round 32)', () => {
  it('reads an ED area bay before its child patient', () => {
    expect(en('MRN', 'Paeds bay 4, little Sophie Marchbank, query croup.')).toEqual(['4']);
    expect(en('MRN', 'Paeds bay 4, Clean Utility, stocked.')).toEqual([]);
  });
  it('reads a room after a unit code in a lab report location field', () => {
    expect(en('MRN', 'CHEM PANEL   LOC: 5E RM 212\nNA 130')).toEqual(['212']);
    expect(en('MRN', 'Paid RM 212 in cash')).toEqual([]);
  });
});

describe('English ages (round 32)', () => {
  it('reads an age after a relation and a given name and "is"', () => {
    expect(en('AGE', 'My gran Winifred is 94 and more breathless.')).toEqual(['94']);
    expect(en('AGE', 'My gran Winifred is 94% sure.')).toEqual([]);
  });
  it('reads an age after a name and its record number', () => {
    expect(en('AGE', 'Re: Hemi Walker, NHI ABC1234, 92. Lives alone.')).toEqual(['92']);
    expect(en('AGE', 'Re: Hemi Walker, NHI ABC1234, 92 kg.')).toEqual([]);
  });
});

describe('English accounts (round 32)', () => {
  it('reads a plain lower-case login after a portal message header', () => {
    expect(en('ACCOUNT', 'Portal message from jmarwood: Hi, it is Jo.')).toEqual(['jmarwood']);
    expect(en('ACCOUNT', 'Portal message from pharmacy: your meds are ready.')).toEqual([]);
  });
});
