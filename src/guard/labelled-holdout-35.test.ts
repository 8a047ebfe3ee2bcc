import { DEID_HOLDOUT_35_PATH, generateDeidHoldout35 } from '../../scripts/labelled/deid-holdout-35.ts';
import {
  chiNumbers,
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
  usMbis,
} from './testing/labelled-checks.ts';

/**
 * Round 35's fresh held-out sets. De-identification: everyday documents with an everyday mix of names,
 * plus a fifth new settings (diabetic foot, coeliac, osteoporosis and interstitial lung disease clinics):
 * its shape, provenance and checksums. Triage: about four fifths common presentations in new wording, the
 * rest less-covered conditions and settings, everyday health-chatbot questions alongside look-alikes,
 * about a quarter dialect and regional wording in varieties the round-34 card did not list: its shape,
 * balance and provenance. Scores are the bench's; this file only checks that the gold labels are what the
 * cards say and that nothing repeats an earlier set.
 */
describeDeidHoldout({
  path: DEID_HOLDOUT_35_PATH,
  generate: generateDeidHoldout35,
  idPrefix: 'h35',
  minRecords: 120,
  uniqueTexts: true,
  leftoverMarkers:
    /\[\[|\]\]|\{\{|\}\}|<<|>>|⟦|⟧|⟨|⟩|⟪|⟫|\{(?:ID18|ID15|MOB|NHS|MEDI|OHIP|NHI|CHI|MBI|CARD|HKID|D)\b/,
  earlierSets: setsBefore('deid', 35),
  spansEndInsideText: true,
  identifierChecks: [
    residentIds,
    residentIdBirthDates,
    shortResidentIdBirthDates,
    hongKongIds,
    nhsNumbers,
    chiNumbers,
    medicareNumbers,
    ohipNumbers,
    nzNhiNumbers,
    usMbis,
    ssnAdvertisingRange,
  ],
  syntheticContacts: { fictionalPhones: true },
  minSpans: 740,
  minByType: {
    PERSON: 300,
    ADDRESS: 39,
    MRN: 95,
    ID_CARD: 25,
    PHONE: 30,
    DATE: 130,
    BANK_CARD: 6,
    EMAIL: 7,
    AGE: 47,
    INSURANCE_ID: 35,
    PLATE: 5,
    ACCOUNT: 7,
    PASSPORT: 3,
    IP: 4,
    URL: 3,
  },
  agesOver89: true,
  minWithoutSpans: 10,
  card: 'data/labelled/deid-holdout-35.card.yaml',
  cardDate: '2026-11-24',
});

describeTriageHoldout({
  round: 35,
  path: 'data/labelled/triage-holdout-35.jsonl',
  idPrefix: 'tri-h35',
  tag: 'fresh-holdout-35',
  minItems: 170,
  rejectBlank: true,
  singleLineRationales: true,
  consecutiveIds: true,
  balancedLanguages: true,
  minByLabel: { emergency: 72, urgent: 48, routine: 50 },
  minHardShare: { emergency: 0.5, routine: 0.8 },
  earlierSets: setsBefore('triage', 35),
  card: 'data/labelled/triage-holdout-35.card.yaml',
});
