import { describe, expect, it } from 'vitest';
import { englishTextsOfType as en } from '../testing/recognized.ts';

/**
 * One test per class of English personal data the round-24 set showed the recognizers missing or
 * over-reading, each with a look-alike negative where one makes sense. The examples are made up here,
 * not taken from any labelled set.
 */

describe('English names (round 24)', () => {
  it('leaves a physical therapist or advocate abbreviation out of the name', () => {
    expect(en('PERSON', 'Gait review with PT Ines Marrow next week.')).toEqual(['Ines Marrow']);
    expect(en('PERSON', 'Witnessed by his sister Nia Rowe and IMCA Olwen Prys.')).toEqual([
      'Nia Rowe',
      'Olwen Prys',
    ]);
    expect(en('PERSON', 'PT Prolonged at 19 s, INR 1.6.')).toEqual([]);
  });
  it('reads a chat speaker after a nurse role and a word saying which nurse', () => {
    const chat =
      'hiker_pete41: twisted my knee on the stairs\nTriage RN Mireille: can you bend it?\nhiker_pete41: a bit\nTriage RN Mireille: ice it and rest tonight';
    expect(en('PERSON', chat)).toEqual(['Mireille', 'Mireille']);
    const roles = 'hiker_pete41: twisted my knee\nTriage RN: can you bend it?\nhiker_pete41: a bit';
    expect(en('PERSON', roles)).toEqual([]);
  });
  it('reads a given name with a capital inside before a nursing credential', () => {
    expect(en('PERSON', 'Potassium 6.9 phoned to DeShawn, RN, 04:40.')).toEqual(['DeShawn']);
  });
  it('reads a line of a name and a grade in brackets as a signature', () => {
    expect(en('PERSON', 'Plan: repeat bloods tomorrow.\nIsolde (FY1)')).toContain('Isolde');
    expect(en('PERSON', 'Plan: repeat bloods tomorrow.\nPlan (FY1)')).toEqual([]);
  });
  it('reads "SURNAME, Given" alone on a line or in the column after a record number', () => {
    expect(en('PERSON', 'Rx 5512034   2026-10-02\nFAIRWEATHER, Odile\nTAKE ONE TABLET DAILY')).toContain(
      'FAIRWEATHER, Odile',
    );
    expect(en('PERSON', 'UR K4410233  PENROSE, Wynn  M 61\nStable overnight.')).toContain('PENROSE, Wynn');
    expect(en('PERSON', 'Ward 6  NOTE, Please  call ahead')).toEqual([]);
  });
  it('reads a name in the column between a record number and a health-card label', () => {
    expect(en('PERSON', 'UR P5510822   Imogen Tarrant   Medicare 2950 11842 3')).toContain('Imogen Tarrant');
    expect(en('PERSON', 'Ref 5512   Discharge Summary   NHS number pending')).toEqual([]);
  });
  it('reads a name before its room number', () => {
    expect(en('PERSON', 'Day 2 — 10/02/2026\nOttoline Brackley, Rm 418\nS: comfortable')).toContain(
      'Ottoline Brackley',
    );
    expect(en('PERSON', 'Moved to Day Surgery, Rm 4 this morning.')).toEqual([]);
  });
  it('reads the given name of a surname-first row again on its own', () => {
    const text = "BED 2  QUILLAN, Ferdia — stable overnight\nFerdia's brother rang at 06:00.";
    expect(en('PERSON', text)).toEqual(['QUILLAN, Ferdia', 'Ferdia']);
  });
  it('reads given names listed before a family name after a closing', () => {
    expect(en('PERSON', 'Thank you all. With love from Tove, Ezra and the Marchbank family')).toEqual([
      'Tove',
      'Ezra',
      'Marchbank',
    ]);
    expect(en('PERSON', 'Thank you all. Love from the night team')).toEqual([]);
  });
  it('reads an engineer named after a colon', () => {
    expect(en('PERSON', 'Seating clinic\nRehab engineer: Kasimir')).toEqual(['Kasimir']);
    expect(en('PERSON', 'Seating clinic\nRehab engineer: to be confirmed')).toEqual([]);
  });
});

describe('English record numbers (round 24)', () => {
  it('reads a chart or radiology-system number named bare before a letter-prefixed code', () => {
    expect(en('MRN', 'Name: Ines Vale   Chart W4410027')).toEqual(['W4410027']);
    expect(en('MRN', 'Chest film, RXR RXR5510027, no change.')).toEqual(['RXR5510027']);
    expect(en('MRN', 'Chart reviewed at 0900, obs stable.')).toEqual([]);
  });
  it('reads a resus bay whose patient fills the next cell of a | table', () => {
    expect(en('MRN', 'Bay | Patient\nResus 3 | Tobias Wren, 8 | croup')).toEqual(['3']);
    expect(en('MRN', 'Bay | Patient\nResus 3 | — | being cleaned')).toEqual([]);
  });
});

describe('English dates (round 24)', () => {
  it('reads a month and year without an event word near', () => {
    expect(en('DATE', 'Her symptoms eased when the rash faded in June 2024.')).toEqual(['June 2024']);
    expect(en('DATE', 'Local guideline updated June 2024.')).toEqual([]);
  });
  it('reads day-and-month dates listed before one that carries the year', () => {
    expect(en('DATE', 'Visits 2/10, 9/10 and 16/10/2026 at £40')).toEqual(['2/10', '9/10', '16/10/2026']);
    expect(en('DATE', 'Power 4/5, 3/5 and 5/5 in the legs')).toEqual([]);
  });
  it('reads a month and day in a logged or treated home-treatment entry', () => {
    expect(en('DATE', 'Nosebleed logged 10/14, settled with pressure.')).toEqual(['10/14']);
    expect(en('DATE', 'Ratio 10/14 at rest.')).toEqual([]);
  });
});

describe('English institution numbers and addresses (round 24)', () => {
  it("leaves a pharmacy's or centre's own phone unmarked", () => {
    expect(en('PHONE', 'DR B. OSEI\nBRIARWOOD PHARMACY  (613) 555-0147')).toEqual([]);
    expect(en('PHONE', 'Ring the Sickle Cell Centre (01632 960123, 24 h).')).toEqual([]);
    expect(en('PHONE', 'Patient mobile (613) 555-0147')).toEqual(['(613) 555-0147']);
  });
  it("leaves a claim's number on a bill unmarked, not an insurance number", () => {
    expect(en('INSURANCE_ID', 'Paid by insurance $200.00   Claim 88120311')).toEqual([]);
    expect(en('INSURANCE_ID', 'Insurance No. 88120311')).toEqual(['88120311']);
  });
  it('reads a flat named by its floor in words as part of the address', () => {
    expect(en('ADDRESS', 'Top floor flat, 22 Kestrel Walk, Ipswich IP4 2RT')).toEqual([
      'Top floor flat, 22 Kestrel Walk, Ipswich IP4 2RT',
    ]);
    expect(en('ADDRESS', 'The ground floor flat has a ramp.')).toEqual([]);
  });
});
