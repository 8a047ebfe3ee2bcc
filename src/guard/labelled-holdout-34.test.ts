import { DEID_HOLDOUT_34_PATH, generateDeidHoldout34 } from '../../scripts/labelled/deid-holdout-34.ts';
import {
  describeDeidHoldout,
  describeTriageHoldout,
  hongKongIds,
  medicareNumbers,
  nhsNumbers,
  nzNhiNumbers,
  ohipNumbers,
  residentIdBirthDates,
  residentIds,
  setsBefore,
  shortResidentIdBirthDates,
  ssnAdvertisingRange,
} from './testing/labelled-checks.ts';

/**
 * Round 34's fresh held-out sets. De-identification: everyday documents with an everyday mix of names,
 * plus a fifth new settings (multiple sclerosis, sickle cell, tinnitus and vitiligo clinics): its shape,
 * provenance and checksums. Triage: four fifths common presentations in new wording, a fifth less-covered
 * conditions, everyday health-chatbot questions alongside look-alikes, about a quarter dialect and
 * regional wording in varieties rounds 28 to 33 did not use: its shape, balance and provenance. Scores are
 * the bench's; this file only checks that the gold labels are what the cards say and that nothing repeats
 * an earlier set.
 */
describeDeidHoldout({
  path: DEID_HOLDOUT_34_PATH,
  generate: generateDeidHoldout34,
  idPrefix: 'h34',
  minRecords: 120,
  uniqueTexts: true,
  leftoverMarkers:
    /\[\[|\]\]|\{\{|\}\}|<<|>>|⟦|⟧|⟨|⟩|⟪|⟫|\{(?:ID18|ID15|MOB|NHS|MEDI|OHIP|NHI|CARD|HKID|D)\b/,
  earlierSets: setsBefore('deid', 34),
  spansEndInsideText: true,
  identifierChecks: [
    residentIds,
    residentIdBirthDates,
    shortResidentIdBirthDates,
    hongKongIds,
    nhsNumbers,
    medicareNumbers,
    ohipNumbers,
    nzNhiNumbers,
    ssnAdvertisingRange,
  ],
  syntheticContacts: { fictionalPhones: true },
  minSpans: 640,
  minByType: {
    PERSON: 255,
    ADDRESS: 36,
    MRN: 90,
    ID_CARD: 22,
    PHONE: 24,
    DATE: 100,
    BANK_CARD: 5,
    EMAIL: 6,
    AGE: 35,
    INSURANCE_ID: 25,
    PLATE: 4,
    ACCOUNT: 6,
    PASSPORT: 3,
    IP: 4,
    URL: 3,
  },
  agesOver89: true,
  minWithoutSpans: 10,
  card: 'data/labelled/deid-holdout-34.card.yaml',
  cardDate: '2026-11-23',
});

describeTriageHoldout({
  round: 34,
  path: 'data/labelled/triage-holdout-34.jsonl',
  idPrefix: 'tri-h34',
  tag: 'fresh-holdout-34',
  minItems: 170,
  rejectBlank: true,
  singleLineRationales: true,
  consecutiveIds: true,
  balancedLanguages: true,
  minByLabel: { emergency: 72, urgent: 48, routine: 50 },
  minHardShare: { emergency: 0.5, routine: 0.8 },
  earlierSets: setsBefore('triage', 34),
  card: 'data/labelled/triage-holdout-34.card.yaml',
});
