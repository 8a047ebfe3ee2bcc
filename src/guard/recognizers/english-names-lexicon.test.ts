import { describe, expect, it } from 'vitest';
import { ENGLISH_FIRST_NAMES, ENGLISH_NOT_NAMES, ENGLISH_SURNAMES } from '../lexicon/english-names.ts';
import { textsOfType } from '../testing/recognized.ts';

/**
 * The wider English name lexicons: ordinary given and family names from the US, UK, Ireland,
 * Australia, New Zealand and Canada read as names without a title, while disease eponyms, eponymous
 * signs and devices, and common words stay out. The examples are made up here, not taken from any
 * labelled set.
 */
const en = (text: string) => textsOfType('PERSON', text, 'en');

describe('English name lexicons', () => {
  it('reads newly known given and family names without a title or cue', () => {
    expect(en('Archie Nolan 6M wheeze.')).toEqual(['Archie Nolan']);
    expect(en('Brooke Hennessy 34F abdominal pain.')).toEqual(['Brooke Hennessy']);
    expect(en('Also present: Malcolm Tierney and the ward sister.')).toEqual(['Malcolm Tierney']);
    expect(en('Also present: Deepika Malhotra and the physio.')).toEqual(['Deepika Malhotra']);
    expect(en('Rory Tierney 07700 900456')).toEqual(['Rory Tierney']);
  });

  it('reads a "SURNAME, Given" row whose given name is newly known', () => {
    expect(en('TIERNEY, Malcolm reviewed today')).toEqual(['TIERNEY, Malcolm']);
  });

  it('knows common names from the countries and their large communities', () => {
    for (const given of [
      'Malcolm',
      'Dominic',
      'Brooke',
      'Archie',
      'Niall',
      'Aroha',
      'Deepika',
      'Kwabena',
      'Łukasz',
    ])
      expect(ENGLISH_FIRST_NAMES.has(given), given).toBe(true);
    for (const family of ['Tierney', 'Kavanagh', 'Malhotra', 'Asante', 'Nguyen', 'Kowalska', "O'Sullivan"])
      expect(ENGLISH_SURNAMES.has(family), family).toBe(true);
  });

  it('leaves disease eponyms, eponymous signs and devices, and places out of the lexicons', () => {
    for (const word of [
      'Bowen',
      'Gilbert',
      'Barrett',
      'Foley',
      'Hartmann',
      'Weiss',
      'Norton',
      'Braden',
      'Stokes',
      'Graves',
      'Addison',
      'Crohn',
      'Parkinson',
      'Hodgkin',
      'Paget',
      'Raynaud',
      'Tourette',
      'Sydney',
      'Chelsea',
    ]) {
      expect(ENGLISH_FIRST_NAMES.has(word), word).toBe(false);
      expect(ENGLISH_SURNAMES.has(word), word).toBe(false);
    }
    for (const word of ['Hope', 'Faith', 'Joy', 'Summer', 'Dawn', 'Will', 'Hunter', 'Chase'])
      expect(ENGLISH_FIRST_NAMES.has(word), word).toBe(false);
  });

  it('does not read eponyms or a brand after a first name as a person', () => {
    for (const phrase of [
      'Bowen Disease',
      'Gilbert Syndrome',
      'Foley Catheter',
      'Hartmann Procedure',
      'Mallory Weiss',
      'Marcus Gunn',
      'Ross Procedure',
      'Herbert Screw',
      'Braden Score',
      'Finnegan Score',
      'Arnold Chiari',
      'Beth Israel',
      'Aloe Vera',
      'Milton Keynes',
    ]) {
      expect(en(`Also present: ${phrase} team.`), phrase).toEqual([]);
      expect(en(`${phrase} 07700 900456`), phrase).toEqual([]);
    }
  });

  it('has no name that is also a known not-name word, apart from the long-standing Ward', () => {
    const clashes = [...ENGLISH_FIRST_NAMES, ...ENGLISH_SURNAMES].filter((w) =>
      ENGLISH_NOT_NAMES.has(w.toLowerCase()),
    );
    expect(clashes).toEqual(['Ward']);
  });
});
