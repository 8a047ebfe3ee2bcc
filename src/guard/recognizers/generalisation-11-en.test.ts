import { describe, expect, it } from 'vitest';
import { englishTextsOfType as en } from '../testing/recognized.ts';

/**
 * One test per class of English personal data the round-14 set showed the recognizers missing, each
 * with a hard negative. The examples are made up here, not taken from any labelled set.
 */

describe('English names by layout and role', () => {
  it('reads a name opening a line before an age glued to the sex', () => {
    expect(en('PERSON', 'PTWR Tue 24/11\nIfan Maddox 71F bay 3 ward 12\nD2 IV fluids.')).toContain(
      'Ifan Maddox',
    );
  });
  it('does not read a heading before a count glued to a letter as a name', () => {
    expect(en('PERSON', 'Ward Round 12M plan\nStock Check 40F sheets')).toEqual([]);
  });
  it('reads a name after a specialist or coordinating role', () => {
    expect(en('PERSON', 'Seen today; stoma educator Wilhelmina Garroway will phone him.')).toEqual([
      'Wilhelmina Garroway',
    ]);
    expect(en('PERSON', 'Left a message for donor Ottilie Marchbanks about the screen.')).toEqual([
      'Ottilie Marchbanks',
    ]);
  });
  it('does not read a lower-case word after a role as a name', () => {
    expect(en('PERSON', 'The diabetes educator will call next week.')).toEqual([]);
  });
  it('reads a dash sign-off followed by a role', () => {
    expect(en('PERSON', 'Screening booked for Friday. — Hollis Brandreth, transplant coordinator')).toEqual([
      'Hollis Brandreth',
    ]);
  });
  it('does not read a dash clause followed by other words as a sign-off', () => {
    expect(en('PERSON', 'Screening booked. — Review Friday, see plan.')).toEqual([]);
  });
  it('reads an initial and surname after "by" and a credential', () => {
    expect(en('PERSON', 'Critical K+ phoned 05:40 by BMS R. Lindqvist')).toEqual(['R. Lindqvist']);
  });
  it('reads the person receiving a handover', () => {
    expect(en('PERSON', 'Theatre list handed over by Morwenna Trask to Idris Okonjo')).toEqual([
      'Morwenna Trask',
      'Idris Okonjo',
    ]);
  });
  it('does not read a place after "to" in a handover as a person', () => {
    expect(en('PERSON', 'Handed over by Morwenna Trask to night team at 20:00.')).toEqual(['Morwenna Trask']);
  });
  it('reads a name after "and to" following a name', () => {
    expect(en('PERSON', 'Thanks to Sister Amaka and to Juniper on the late shift.')).toEqual([
      'Amaka',
      'Juniper',
    ]);
  });
  it('reads a greeted name and the child named after it', () => {
    expect(en('PERSON', 'Kia ora Wairangi, Tamati is due for his 4-year check.')).toEqual([
      'Wairangi',
      'Tamati',
    ]);
  });
  it('does not read a thing after a greeted name as the child', () => {
    expect(en('PERSON', 'Hi Wairangi, Parking is free after six.')).toEqual(['Wairangi']);
  });
  it('reads "the X family" after a closing', () => {
    expect(en('PERSON', 'Thank you for everything. Warm wishes, the Pennycook family')).toContain(
      'Pennycook',
    );
  });
  it('does not read "the X family" without a closing', () => {
    expect(en('PERSON', 'She joined the Oncology family of volunteers.')).toEqual([]);
  });
  it('reads initials that sign two or more rows of a dated log', () => {
    const log =
      'Course record\n03/04  fx 2/15  2.0 Gy  KLM\n03/05  fx 3/15  2.0 Gy  KLM\n03/06  fx 4/15  held';
    expect(en('PERSON', log)).toEqual(['KLM', 'KLM']);
  });
  it('does not read a route that ends rows of a dated log as initials', () => {
    const log = 'Drug chart\n03/04  morphine 5 mg  PO\n03/05  morphine 5 mg  PO';
    expect(en('PERSON', log)).toEqual([]);
  });
  it('reads a name after a dash in a report heading before a bracketed record number', () => {
    expect(en('PERSON', 'CT HEAD — Lowri Penhaligon (K5520193) 14.10.26\nNo bleed.')).toEqual([
      'Lowri Penhaligon',
    ]);
  });
  it('does not read a heading after a dash before a bracketed count as a name', () => {
    expect(en('PERSON', 'XR CHEST — Portable Film (2 views)\nNo change.')).toEqual([]);
  });
});

describe('English pipe tables with a "Pt" column', () => {
  it('reads surnames in capitals, rows with empty cells and the beds of named rows', () => {
    const board =
      'Bed | Pt | Issue\n4 | GRZYBOWSKA, Lena | sepsis, on abx\n5 | (empty) |\n6 | Ntuli, Sipho | DKA, on FRII';
    expect(en('PERSON', board)).toEqual(['GRZYBOWSKA, Lena', 'Ntuli, Sipho']);
    expect(en('MRN', board)).toEqual(['4', '6']);
  });
  it('does not read an unnamed patient in a "Pt" column', () => {
    expect(en('PERSON', 'Bed | Pt | Issue\n7 | unknown male ~50s | head injury\n8 | Awaiting | —')).toEqual(
      [],
    );
  });
});

describe('English ages, addresses, records, passports and accounts', () => {
  it('reads an age glued to the sex after a name, and an age after a name in brackets', () => {
    expect(en('AGE', 'called to bay 4 Wilfreda Goss 93F confused overnight')).toEqual(['93']);
    expect(en('AGE', 'consent from his father Lazar Petrosyan, 96) by phone')).toEqual(['96']);
  });
  it('does not read a size or a count glued to a letter as an age', () => {
    expect(en('AGE', 'Catheter 14F inserted; 96F sheath removed.')).toEqual([]);
  });
  it('reads an Irish road without a house number, town, county and Eircode', () => {
    expect(en('ADDRESS', 'Home: Knockanore Road, Listowel, Co. Kerry V31 P2X7\nPhone on file')).toEqual([
      'Knockanore Road, Listowel, Co. Kerry V31 P2X7',
    ]);
  });
  it('does not read a billing PO box after "mail to" as an address', () => {
    expect(en('ADDRESS', 'Pay by card or mail payment to PO Box 7734.')).toEqual([]);
    expect(en('ADDRESS', 'Postal address: PO Box 7734, Tralee')).toEqual(['PO Box 7734, Tralee']);
  });
  it('reads radiotherapy and registry numbers', () => {
    expect(en('MRN', 'Treatment record. Your RT number is RX-27-0415.')).toContain('RX-27-0415');
    expect(en('MRN', 'Treatment record for Lindo, Greta  RT# 77120')).toContain('77120');
    expect(en('MRN', 'Donor contacted (registry ID QX-3390127) today.')).toEqual(['QX-3390127']);
  });
  it('does not read a kit barcode as a patient record number', () => {
    expect(en('MRN', 'Stool kit barcode: FT-2290114 posted back.')).toEqual([]);
  });
  it('reads a passport of two letters and mixed letters and digits', () => {
    expect(en('PASSPORT', 'Travel claim. Passport KD7M30P84\nSeen abroad')).toEqual(['KD7M30P84']);
  });
  it('does not read a word after a passport label as a number', () => {
    expect(en('PASSPORT', 'Passport expired last year.')).toEqual([]);
  });
  it('reads a login in brackets after a chat speaker, and an app login', () => {
    expect(en('ACCOUNT', 'Message from Idonea Pratt (ipratt_1961): Hello doctor')).toEqual(['ipratt_1961']);
    expect(en('ACCOUNT', 'Login for step counter: mhallor.walks')).toEqual(['mhallor.walks']);
  });
  it('does not read a bracketed word or a login instruction as an account', () => {
    expect(en('ACCOUNT', 'Message from Idonea Pratt (daughter): Hello doctor')).toEqual([]);
    expect(en('ACCOUNT', 'Login for the portal: use your email.')).toEqual([]);
  });
});

describe('English dates', () => {
  it('reads a month and day after discharge, a full month and day, and a date before a time', () => {
    expect(en('DATE', 'Walking with frame, expect d/c 12/02.')).toEqual(['12/02']);
    expect(en('DATE', 'The scan from October 29 was normal.')).toEqual(['October 29']);
    expect(en('DATE', 'Verbal consent recorded 10/14/26 09:05 with son.')).toEqual(['10/14/26']);
    expect(en('DATE', 'Bed state 06:30 19 Oct\nBed | Pt | Issue')).toEqual(['19 Oct']);
  });
  it('reads day, month and two-digit year with dots', () => {
    expect(en('DATE', 'Compared with film of 17.09.26, no change.')).toEqual(['17.09.26']);
  });
  it('does not read a version number or a range start as a date', () => {
    expect(en('DATE', 'Firmware 1.2.10 installed.')).toEqual([]);
    expect(en('DATE', 'Lots made between 04 April and 30 May 2025 are recalled.')).toEqual(['30 May 2025']);
  });
  it('reads the first cell of dated log rows but not fractions or ventilator settings', () => {
    const log =
      'Course record\n03/04  fx 2/15  2.0 Gy  KLM\n03/05  fx 3/15  2.0 Gy  KLM\n03/06  fx 4/15  held';
    expect(en('DATE', log)).toEqual(['03/04', '03/05', '03/06']);
    expect(en('DATE', 'Weaning on PS 12/6 since the morning; PEEP 8/5 review.')).toEqual([]);
  });
});
