import { describe, expect, it } from 'vitest';
import { englishTextsOfType as en } from '../testing/recognized.ts';

/**
 * One test per class of English personal data the round-30 set showed the recognizers missing or
 * over-reading, each with a look-alike negative where one makes sense. The examples are made up here,
 * not taken from any labelled set.
 */

describe('English addresses (round 30)', () => {
  it('reads a type-first street with an article after the street word', () => {
    expect(
      en('ADDRESS', 'Summary. DOB 1951-03-02, 17 Rue de Lorimier, Gatineau QC J8Y 3K2. Seen today.'),
    ).toEqual(['17 Rue de Lorimier, Gatineau QC J8Y 3K2']);
    expect(en('ADDRESS', 'Diet: chemin du repos, light meals.')).toEqual([]);
  });
  it('reads a flat before a house number on a street without a street type', () => {
    expect(en('ADDRESS', 'Re: patient\nFlat 7, 41 Hollins Brow, Preston PR1 8AX\nSeen')).toEqual([
      'Flat 7, 41 Hollins Brow, Preston PR1 8AX',
    ]);
  });
  it('reads a Dublin road with its postal district and no house number', () => {
    expect(en('ADDRESS', 'Still living at Kilmacud Road, Stillorgan, Dublin 18?')).toEqual([
      'Kilmacud Road, Stillorgan, Dublin 18',
    ]);
    expect(en('ADDRESS', 'Flew from Dublin 18 days ago.')).toEqual([]);
  });
  it('reads a US address written over two lines as two spans, and a Loop street', () => {
    expect(en('ADDRESS', 'Address: 1420 Pinecrest Loop\nSpokane, WA 99208\nReason: review')).toEqual([
      '1420 Pinecrest Loop',
      'Spokane, WA 99208',
    ]);
    expect(en('ADDRESS', 'Dose: 20 mg daily\nSpokane, WA 99208\nReason: review')).toEqual([]);
  });
});

describe('English beds and rooms (round 30)', () => {
  it('reads a stepdown room after its unit code as the number only', () => {
    expect(en('MRN', 'Plan: admit stepdown 4N-112, IV antibiotics.')).toEqual(['112']);
    expect(en('MRN', 'Plan: step down to oral antibiotics 4N.')).toEqual([]);
  });
  it('reads a room after a colon on a form', () => {
    expect(en('MRN', 'Patient: ORME, DELIA  Room: 412')).toEqual(['412']);
    expect(en('MRN', 'Room: empty')).toEqual([]);
  });
  it('reads an ED cubicle a handover says a patient lies in', () => {
    expect(en('MRN', 'Right, cubicle 3 is Mrs Oduya, seventy, fall.')).toEqual(['3']);
    expect(en('MRN', 'Cubicle 5 is a young lad, sprained ankle.')).toEqual(['5']);
    expect(en('MRN', 'Cubicle 8 is empty now.')).toEqual([]);
    expect(en('MRN', 'Trolley 2 is a bit wobbly.')).toEqual([]);
  });
});

describe('English names (round 30)', () => {
  it('reads "SURNAME, GIVEN" after a patient label in title case, hyphened surname too', () => {
    expect(en('PERSON', 'FULL BLOOD COUNT\nPatient: ASHWORTH-LYLE, MAVIS  MRN: 55012934')).toEqual([
      'ASHWORTH-LYLE, MAVIS',
    ]);
    expect(en('PERSON', 'FULL BLOOD COUNT\nPatient: UNKNOWN, FEMALE  MRN: 55012934')).toEqual([]);
  });
  it('reads "SURNAME, Given" with an age after a sentence\'s end', () => {
    expect(en('PERSON', 'Ward round, bed 4. TREGONING, Alfred, 81, NHS 999 000 0000.')).toEqual([
      'TREGONING, Alfred',
    ]);
    expect(en('PERSON', 'Results. NOTE, Please, 12, see below')).toEqual([]);
  });
  it('reads a single name before a bracketed grade after "by", and a district nurse signing', () => {
    expect(en('PERSON', 'Reviewed with the team; note by Oriel (FY1).')).toEqual(['Oriel']);
    expect(en('PERSON', 'Dressing renewed.\nKerensa (DN)')).toEqual(['Kerensa']);
    expect(en('PERSON', 'Cover arranged by Locum (SHO).')).toEqual([]);
  });
  it('reads who made the pharmacy check', () => {
    expect(en('PERSON', 'Prescriber: FY2, bleep 2201. Pharmacist check: Idris.')).toEqual(['Idris']);
    expect(en('PERSON', 'Pharmacy checked: yes.')).toEqual([]);
  });
  it('does not read "Pt:" turns of a transcribed consultation as a name', () => {
    expect(en('PERSON', 'Dr: Name please?\nPt: Orla Penhale.\nDr: Thanks.\nPt: No bother.')).toEqual([
      'Orla Penhale',
    ]);
  });
  it('does not read an office addressed in an e-mail header as a name', () => {
    expect(en('PERSON', 'From: a@example.com\nTo: Patient Bookings\nDate: 2 May 2026\nHi')).toEqual([]);
  });
  it('reads a quoted nickname before the full name in brackets', () => {
    expect(en('PERSON', 'Bed 6 — "Pip" (Philippa Gorran), 2, croup')).toEqual(['Pip', 'Philippa Gorran']);
    expect(en('PERSON', 'Chart says "Allergy" (Penicillin Jones)')).not.toContain('Allergy');
  });
  it('reads a first and last name opening a line or sentence before a house address', () => {
    expect(en('PERSON', 'Invoice 12\nHuxley Penberthy, 9 Tanners Yard, Ripon HG4 1AB')).toEqual([
      'Huxley Penberthy',
    ]);
    expect(en('PERSON', 'Please reply. Aurèle Gagnon, 14 Rue Saint-Jean, Sherbrooke QC J1H 2K4.')).toEqual([
      'Aurèle Gagnon',
    ]);
    expect(en('PERSON', 'Notes\nRoyal Infirmary, 12 Church Lane, Leeds')).toEqual([]);
  });
  it('reads the patient named on a SOAP subjective line', () => {
    expect(en('PERSON', 'Day 2\nS: Wilhelmina Tregear-Lowe says the pain is less.\nO: afebrile')).toEqual([
      'Wilhelmina Tregear-Lowe',
    ]);
    expect(en('PERSON', 'Day 2\nS: Pain Score says little.\nO: afebrile')).toEqual([]);
  });
  it('reads the given name after a title and surname in a handover, before the age', () => {
    expect(en('PERSON', 'So cubicle 2 is Mr Trevorrow, Jory, sixty-one, chest pain.')).toEqual([
      'Trevorrow',
      'Jory',
    ]);
    expect(en('PERSON', 'Seen Mr Trevorrow, Cardiology, 12 May')).toEqual(['Trevorrow']);
  });
  it('reads a Hong Kong name in surname-first order opening a record line', () => {
    expect(en('PERSON', 'GOPC\nChan Wing-yee, F, 52, HKID pending')).toEqual(['Chan Wing-yee']);
    expect(en('PERSON', 'Plan\nFollow Up-to, see')).toEqual([]);
  });
});

describe('English ages, dates, insurance and accounts (round 30)', () => {
  it('reads an age after a double-barrelled surname and "is", not a duration', () => {
    expect(en('AGE', 'my father Osric Penrose-Hale is 97 and unsteady')).toEqual(['97']);
    expect(en('AGE', 'Follow-Up is 98 days away')).toEqual([]);
  });
  it('reads a speaker\'s own age after "I\'m", not a percentage or a weight', () => {
    expect(en('AGE', "Nan: I'm 93 not daft")).toEqual(['93']);
    expect(en('AGE', "I'm 95% sure")).toEqual([]);
    expect(en('AGE', "I'm 92 kg now")).toEqual([]);
  });
  it('reads a provisional month on a waiting list', () => {
    expect(en('DATE', 'Listed for repair, provisional March 2027.')).toEqual(['March 2027']);
  });
  it("reads a member ID right after the insurer's name", () => {
    expect(en('INSURANCE_ID', 'Ravi Menon, 52, Aetna W22104483')).toEqual(['W22104483']);
    expect(en('INSURANCE_ID', 'Aetna PPO2026 plan')).toEqual([]);
  });
  it('reads a chat login with a capital after its underscore-joined parts each time it speaks', () => {
    const chat = 'papaT_ellis: hi, my son has a rash\nNurse Ana: Since when?\npapaT_ellis: 2 days';
    expect(en('ACCOUNT', chat)).toEqual(['papaT_ellis', 'papaT_ellis']);
    expect(en('ACCOUNT', 'Notes\nbp_Sys: 120 once')).toEqual([]);
  });
});
