import { describe, expect, it } from 'vitest';
import { englishTextsOfType as en, textsOfType } from '../testing/recognized.ts';

/**
 * One test per class of English personal data the round-17 set showed the recognizers missing (or
 * reading wrongly), each with a hard negative. The examples are made up here, not taken from any
 * labelled set.
 */
const zh = (type: string, text: string) => textsOfType(type, text, 'zh');

describe('English names: organisations, rooms, handovers and closings', () => {
  it('does not read an organisation ending in Associates or Partners as a name', () => {
    expect(en('PERSON', 'To: Lakeside Renal Associates\nReferral for fistula review')).toEqual([]);
    expect(en('PERSON', 'Attn: Harbour Partners\nPlease find enclosed')).toEqual([]);
  });
  it('still reads a person after "To:"', () => {
    expect(en('PERSON', 'To: Wilhelmina Crask\nReferral for fistula review')).toContain('Wilhelmina Crask');
  });
  it('stops a name before a room abbreviation', () => {
    const note = 'Pt: Desmond Ferrabee Rm 418 MRN 55120934';
    expect(en('PERSON', note)).toEqual(['Desmond Ferrabee']);
    expect(en('MRN', note)).toContain('55120934');
  });
  it('reads the receiving person of a handover that ends the text with a full stop', () => {
    expect(
      en('PERSON', 'Bed 6: stable overnight.\nHanded over by Ines Poltava to Crispin Aldworth.'),
    ).toContain('Crispin Aldworth');
  });
  it('does not read a place after "to" in a handover', () => {
    expect(en('PERSON', 'Handed over by Ines Poltava to Ward Nine.')).not.toContain('Ward Nine');
  });
  it('reads a prescription collector after "pickup by" or "picked up by"', () => {
    expect(en('PERSON', 'Pharmacy: Millbrook Chemist; pickup by Thaddeus Orme')).toContain('Thaddeus Orme');
    expect(en('PERSON', 'Script to be picked up by Marisela Quint tomorrow.')).toContain('Marisela Quint');
  });
  it('does not read a time after "pickup by"', () => {
    expect(en('PERSON', 'Ready for pickup by Friday afternoon.')).toEqual([]);
  });
  it('reads both writers of a loving closing joined by "and"', () => {
    const card = 'Thank you all for looking after Grandad so well. With love, Perpetua and Anselm';
    expect(en('PERSON', card)).toEqual(expect.arrayContaining(['Perpetua', 'Anselm']));
  });
  it('does not read kinship words in a loving closing', () => {
    expect(en('PERSON', 'Thank you all for everything. With love, Mum and Dad')).toEqual([]);
  });
  it('reads a contact before a phone number after "Questions:"', () => {
    expect(en('PERSON', 'Clinic moved to Tue 1 Dec. Questions: Ottilie on 07700 900418.')).toContain(
      'Ottilie',
    );
  });
  it('does not read a desk before a phone number after "call"', () => {
    expect(en('PERSON', 'Out of hours call Switchboard on 0161 496 0000.')).toEqual([]);
  });
  it('reads a capitals name after MR before a dispensing date on a pharmacy label', () => {
    const label =
      'TAKE TWO CAPSULES THREE TIMES A DAY\nAMOXICILLIN 500MG CAPSULES  21\nMR CASIMIR TREVANION  02.12.26\nKeep out of reach of children';
    expect(en('PERSON', label)).toContain('CASIMIR TREVANION');
  });
  it('does not read an MR scan heading before a date as a name', () => {
    expect(en('PERSON', 'MR LUMBAR SPINE  02.12.26\nDisc bulge at L4/5.')).toEqual([]);
  });
});

describe('English addresses', () => {
  it('reads an Irish-language street with Cnoc and a county with its Eircode', () => {
    expect(
      en('ADDRESS', 'Caoimhe Ní Laoire, 14 Cnoc an Aifrinn, Athenry, Co. Galway H65 R2F4\nBack pain 3 weeks'),
    ).toContain('14 Cnoc an Aifrinn, Athenry, Co. Galway H65 R2F4');
  });
  it('reads a UK address with its postcode before an NHS number, without the number', () => {
    expect(en('ADDRESS', 'Mr Barnaby Quill, 31 Mistle Lane, Alnwick NE66 2RT, NHS 4857201936')).toEqual([
      '31 Mistle Lane, Alnwick NE66 2RT',
    ]);
  });
});

describe('English dates and ages', () => {
  it('reads a day and month after a board heading with a four-digit time', () => {
    expect(en('DATE', 'AMU board 1915 04/12\nBay 2 Rosamund Teague — sepsis')).toContain('04/12');
  });
  it('reads a date after a unit handover heading', () => {
    expect(en('DATE', 'HDU handover 5 Dec day→night\nBed 1: stable.')).toContain('5 Dec');
  });
  it('does not read a count of beds after a board heading', () => {
    expect(en('DATE', 'Ward board 9/12 beds full\nBay 1 closed')).toEqual([]);
  });
  it('reads a month and year after "was in"', () => {
    expect(en('DATE', 'Her last HbA1c was in February 2026, so repeat now.')).toContain('February 2026');
  });
  it('reads an ordinal birthday over 89 as an age', () => {
    expect(en('AGE', 'Cards for Mr Pemberton on his 102nd birthday and her 95th birthday')).toEqual(['95']);
  });
  it('does not read the 90th percentile as an age', () => {
    expect(en('AGE', 'Weight on the 90th percentile.')).toEqual([]);
  });
  it('reads an age opening the background of an SBAR call', () => {
    expect(en('AGE', 'S — Mr Oswin Kell, bed 9, NEWS 6. B — 93, post-op day 1. A — RR 24.')).toContain('93');
  });
  it('does not read a number after a dash that is not SBAR background', () => {
    expect(en('AGE', 'Bed 9 — 93 mmHg systolic.')).toEqual([]);
  });
});

describe('Record numbers and accounts', () => {
  it('reads an imaging exam number after "Exam" in a report header', () => {
    expect(en('MRN', 'MRI KNEE LEFT  Exam IMG2612040077\nPatient Rufus Halloran')).toContain('IMG2612040077');
  });
  it('does not read a count after "exam"', () => {
    expect(en('MRN', 'Exam 3 of 4 completed.')).toEqual([]);
  });
  it('reads a clinic number labelled with "only" before the colon', () => {
    expect(en('MRN', 'GUM clinic — clinic number only: GU-26-11872\nAttended today.')).toContain(
      'GU-26-11872',
    );
  });
  it('reads a Chinese phototherapy card number', () => {
    expect(zh('MRN', '患者：邝小禾　光疗卡号：PT-0913\n起始剂量 0.2 J/cm²')).toContain('PT-0913');
  });
  it("reads a portal login as a message's sender", () => {
    expect(
      en('ACCOUNT', 'Patient portal message\nFrom: m.okonkwo_88  (IP 198.51.100.7)\nHi doctor'),
    ).toContain('m.okonkwo_88');
  });
  it('does not read an e-mail or a plain name after "From:" as a login', () => {
    expect(en('ACCOUNT', 'From: t.wren88@example.com\nSubject: results')).toEqual([]);
    expect(en('ACCOUNT', 'From: Dr Lysander Oakes\nSubject: results')).toEqual([]);
  });
});
