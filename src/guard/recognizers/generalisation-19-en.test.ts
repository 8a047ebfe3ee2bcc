import { describe, expect, it } from 'vitest';
import { englishTextsOfType as en } from '../testing/recognized.ts';

/**
 * One test per class of English personal data the round-23 set showed the recognizers missing or
 * over-reading, each with a look-alike negative where one makes sense. The examples are made up here,
 * not taken from any labelled set.
 */

describe('English names (round 23)', () => {
  it('reads a known given name after a relation written in capitals', () => {
    expect(en('PERSON', 'EXTUBATED 06:00.\nWIFE AOIFE PHONED, UPDATED.')).toContain('AOIFE');
    expect(en('PERSON', 'NOK: SON CORMAC BRENNAN AWARE')).toContain('CORMAC BRENNAN');
    expect(en('PERSON', 'SON AT BEDSIDE. DAUGHTER WILL VISIT LATER.')).toEqual([]);
  });
  it('leaves the French titles Mme and Mlle out of the name', () => {
    expect(en('PERSON', 'Faxed to the discharge planner, Mme Beaulac, today.')).toEqual(['Beaulac']);
    expect(en('PERSON', 'Seen with Mlle Ostiguy (interpreter).')).toEqual(['Ostiguy']);
  });
  it('reads a lower-case dictated name after "patient" or the dictating doctor', () => {
    const text =
      'start of dictation patient ines varga date of birth second of may nineteen eighty full stop dictated by doctor ravi menon end';
    expect(en('PERSON', text)).toEqual(['ines varga', 'ravi menon']);
    expect(
      en('PERSON', 'the patient was seen date of birth checked full stop dictated by the registrar end'),
    ).toEqual([]);
  });
  it('reads an ambulance crew member by initial before another member', () => {
    expect(en('PERSON', 'Crew: P. Lindqvist and a trainee technician.')).toContain('P. Lindqvist');
  });
  it('reads a single name before a nursing credential after "to" or a sentence end', () => {
    expect(en('PERSON', 'Critical K 6.9 phoned to Marisol RN at 03:10.')).toEqual(['Marisol']);
    expect(en('PERSON', 'All observations stable overnight. Ottoline, RN')).toContain('Ottoline');
    expect(en('PERSON', 'Handed over to Night RN at 19:30.')).toEqual([]);
    expect(en('PERSON', 'Discussed with Charge RN.')).toEqual([]);
  });
  it('does not read "Critical" and an analyte as a name before a verb', () => {
    expect(en('PERSON', 'Critical Ca phoned to ward.')).toEqual([]);
    expect(en('PERSON', 'Urgent Hb reported to team.')).toEqual([]);
  });
  it('reads "SURNAME, Given" filling a field between bars', () => {
    expect(en('PERSON', 'Histology | OKAFOR, Temitope | NHS 9990001112 | received')).toContain(
      'OKAFOR, Temitope',
    );
    expect(en('PERSON', 'Cytology | NEGATIVE, Repeat | in 3 years')).toEqual([]);
  });
  it('reads each greeted name of a list, and a family signed as "the X girls"', () => {
    const text = 'Dear Anneliese, Truly and all the nurses on Ward 5 — thank you. Love, the Ashdown girls';
    expect(en('PERSON', text)).toEqual(['Anneliese', 'Truly', 'Ashdown']);
    expect(en('PERSON', 'Patient: Garcia, Maria and her son attended.')).toContain('Garcia, Maria');
    expect(en('PERSON', 'Love, the best girls')).toEqual([]);
  });
  it('reads a family name in a bare chat title before a speaker turn, not a letterhead', () => {
    expect(en('PERSON', 'Brannock Family 💬\nOrla: Mam is in bay 2')).toContain('Brannock');
    expect(en('PERSON', 'Ashgrove Family\nReferral: knee pain')).toEqual([]);
  });
});

describe('English dates (round 23)', () => {
  it('reads a dictated day before the month, with or without the year', () => {
    expect(en('DATE', 'born on the ninth of march nineteen sixty one')).toContain(
      'ninth of march nineteen sixty one',
    );
    expect(en('DATE', 'reviewed on the ward round thirtieth october comma')).toContain('thirtieth october');
    expect(en('DATE', 'the first may be normal')).toEqual([]);
  });
  it('reads a month alone in brackets after a finding', () => {
    expect(en('DATE', 'ACL rupture on MRI (August). Keen to return to rugby.')).toContain('August');
  });
  it('reads the date after a handover sheet or list heading', () => {
    expect(en('DATE', 'WARD 9 HANDOVER SHEET 24/11\n3 OKAFOR, Ngozi — stable')).toContain('24/11');
    expect(en('DATE', 'Handover list 14/10 beds full')).toEqual([]);
  });
  it('reads a US month-first date with a two-digit year', () => {
    expect(en('DATE', 'REFILL Rx  10/29/26\nPatient: Ora Pell')).toContain('10/29/26');
  });
  it('does not read a score, a flat or a unit as a day and month', () => {
    expect(en('DATE', 'Cannulation steps correct 4/4, reviewed today.')).toEqual([]);
    expect(en('DATE', 'Visit note: lives at Flat 3/2 on the top floor')).toEqual([]);
  });
});

describe('English record numbers, addresses and other identifiers (round 23)', () => {
  it('reads a bed number opening a "SURNAME, Given" row, not a numbered row', () => {
    expect(en('MRN', 'NIGHT SHEET\n7 OKORO, Blessing — IV abx\n9 PRYCE, Delyth — NBM')).toEqual(['7', '9']);
    expect(en('MRN', '1. OKORO, Blessing — IV abx')).toEqual([]);
  });
  it('reads a lower-case side room and the RXR and renal numbers', () => {
    expect(en('MRN', 'Mr Pym (side room 4) slept well.')).toContain('4');
    expect(en('MRN', 'CT chest, RXR no KL7730215, reported')).toContain('KL7730215');
    expect(en('MRN', 'Renal no. HD20417, dialysing Tue/Thu/Sat')).toContain('HD20417');
  });
  it('reads a Glasgow tenement flat and stops before a record label', () => {
    const text = 'Re: Una Kerr, DOB 01/01/1970, Flat 3/2, 41 Byres Road, Glasgow G12 8AA, Hosp no X1234567';
    expect(en('ADDRESS', text)).toEqual(['Flat 3/2, 41 Byres Road, Glasgow G12 8AA']);
    expect(en('DATE', text)).toEqual(['01/01/1970']);
  });
  it('ends an Australian address before a Medicare label, keeping Mobile as a town', () => {
    expect(en('ADDRESS', 'Pt: Ida Venn, 8 Kurrajong St, Dubbo NSW 2830, Medicare 4417 30285 1')).toEqual([
      '8 Kurrajong St, Dubbo NSW 2830',
    ]);
    expect(en('ADDRESS', 'Lives at 410 Oak Hollow Dr, Mobile, AL 36608.')).toEqual([
      '410 Oak Hollow Dr, Mobile, AL 36608',
    ]);
  });
  it('reads a UK plate after a colour and model', () => {
    expect(en('PLATE', "I'm round the back, silver Astra KX19 RVD")).toEqual(['KX19 RVD']);
  });
  it('reads grouped Medicare digits before a word', () => {
    expect(en('INSURANCE_ID', 'We hold your Medicare number 4417 30285 1 for the supplies.')).toEqual([
      '4417 30285 1',
    ]);
  });
  it("does not mark a ward nurses' mailbox, the unit's own line or a helpline", () => {
    expect(en('EMAIL', 'From: 6 North Nursing <6north@example.net>\nTo: kay.b@example.com')).toEqual([
      'kay.b@example.com',
    ]);
    expect(en('PHONE', 'Questions? Call the unit at (555) 555-0199.')).toEqual([]);
    expect(en('PHONE', 'No follow-up needed. Helpline 0800 123 4567.')).toEqual([]);
    expect(en('PHONE', 'Her mobile 07700 900123.')).toEqual(['07700 900123']);
  });
});
