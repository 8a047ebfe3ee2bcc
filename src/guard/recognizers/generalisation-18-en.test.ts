import { describe, expect, it } from 'vitest';
import { englishTextsOfType as en } from '../testing/recognized.ts';

/**
 * One test per class of English personal data the round-22 set showed the recognizers missing, each
 * with a hard negative where one makes sense. The examples are made up here, not taken from any
 * labelled set.
 */

describe('English names (round 22)', () => {
  it('reads a name cell before a record-label or sex cell in a pipe table', () => {
    expect(en('PERSON', 'CLINIC | Marlowe Fenchurch | F | 52 |')).toContain('Marlowe Fenchurch');
    expect(en('PERSON', 'Audiology | Tamsin Ouellette | DOB 04.02.1971')).toContain('Tamsin Ouellette');
    expect(en('PERSON', 'Site | Lower Back | M | 2 |')).toEqual([]);
  });
  it('reads short role fields with a colon', () => {
    expect(en('PERSON', 'Physio: Wenna')).toContain('Wenna');
    expect(en('PERSON', 'REG: K. OKONJO')).toContain('K. OKONJO');
    expect(en('PERSON', 'Checked: R. van Aalst (pharmacist)')).toContain('R. van Aalst');
    expect(en('PERSON', 'Call back: Odette, admin, ext 31')).toContain('Odette');
    expect(en('PERSON', 'Physio: mobilised with frame')).toEqual([]);
  });
  it('reads a name after an allied role word', () => {
    expect(en('PERSON', 'Reviewed by podiatrist Elowen Tregear today.')).toContain('Elowen Tregear');
    expect(en('PERSON', 'Exercise physiologist Ira Penhale to follow up.')).toContain('Ira Penhale');
  });
  it('reads "SURNAME, Given" after a bed number with a colon or a bare row number', () => {
    expect(en('PERSON', 'BED 12: FAIRWEATHER-OBI, Lorcan\nON CPAP')).toContain('FAIRWEATHER-OBI, Lorcan');
    expect(en('PERSON', 'WARD BOARD\n5 TREMAYNE, Clemency — for discharge')).toContain('TREMAYNE, Clemency');
    expect(en('PERSON', 'Bed 12: Closed for cleaning')).toEqual([]);
  });
});

describe('English dates (round 22)', () => {
  it('reads a month alone after a measured change and "since", not after a plain "since"', () => {
    expect(en('DATE', 'Weight down 3 kg since March, appetite poor.')).toContain('March');
    expect(en('DATE', 'Homeless since October, now in a hostel.')).toEqual([]);
  });
  it('reads partial dates after a follow-up, sent or submitted', () => {
    expect(en('DATE', 'Plan: F/u Jun 2027 with bloods.')).toContain('Jun 2027');
    expect(en('DATE', 'Script sent 3/14/27 to pharmacy')).toContain('3/14/27');
    expect(en('DATE', 'Form submitted 9 Mar by ward clerk')).toContain('9 Mar');
    expect(en('DATE', 'sent 1/2 of the supply home')).toEqual([]);
  });
});

describe('English identifiers (round 22)', () => {
  it('reads a passport number after "Passport seen" or "sighted"', () => {
    expect(en('PASSPORT', 'ID check: Passport sighted: K44190273.')).toContain('K44190273');
  });
  it('reads a plate after a car colour and model, not after other capitalised words', () => {
    expect(en('PLATE', 'Parked the grey Corolla KTX-418 by A&E.')).toContain('KTX-418');
    expect(en('PLATE', 'white Cell Count WBC 1200')).toEqual([]);
  });
  it('does not read a prior-authorisation reference as a record number', () => {
    expect(en('MRN', 'Prior auth ref QA-774120 approved.')).toEqual([]);
    expect(en('MRN', 'Transfer ref TRX-26-0415 booked.')).toContain('TRX-26-0415');
  });
  it('does not read a hub mailbox as a personal e-mail', () => {
    expect(en('EMAIL', 'From: Referrals Hub <referrals.hub@example.org>')).toEqual([]);
    expect(en('EMAIL', 'From: Ines Marr <ines.marr@example.org>')).toContain('ines.marr@example.org');
  });
});
