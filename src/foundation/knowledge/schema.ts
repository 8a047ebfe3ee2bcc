import { z } from 'zod';

/**
 * The shape of the bundled medical knowledge (data/knowledge/*.jsonl) and of each collection's
 * card (data/knowledge/*.card.yaml). Every entry is our own wording, in Chinese and English,
 * and names the sources (ids listed in its collection's card) that its facts come from.
 */

export const bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();
export const bilingualList = z
  .object({ zh: z.array(z.string().min(1)), en: z.array(z.string().min(1)) })
  .strict();
export type Bilingual = z.infer<typeof bilingual>;

const entryId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lowercase letters, digits and hyphens');
const sourceIds = z.array(z.string().min(1)).min(1, 'name at least one source id from the card');

export const triageLevel = z.enum(['emergency', 'urgent', 'routine']);
export type TriageLevel = z.infer<typeof triageLevel>;

/**
 * A red-flag pattern: groups joined by " + " must all occur (in any order, not negated, about the
 * person themself); within a group, alternatives are separated by "|".
 * e.g. "胸痛|胸口痛|心口疼 + 出汗|冷汗|大汗"  or  "chest pain|chest pressure + sweat|sweating|clammy".
 * English terms match case-insensitively on word boundaries; Chinese terms match as substrings.
 * A group written with a leading "@" is background (a risk factor such as recent surgery, childbirth or
 * a tick bite): it may also be in the past ("上周做了手术", "bitten last week"), though not negated.
 */
export const redFlagSchema = z
  .object({
    id: entryId,
    kind: z.literal('redflag'),
    system: z.enum([
      'cardiovascular',
      'neurological',
      'respiratory',
      'allergy',
      'infection',
      'bleeding',
      'obstetric',
      'paediatric',
      'neonatal',
      'psychiatric',
      'trauma',
      'toxicology',
      'metabolic',
      'gastrointestinal',
      'genitourinary',
      'ophthalmic',
      'general',
    ]),
    level: triageLevel,
    /** China's four-level emergency pre-triage (1 = most urgent) and ESI (1–5), for cross-reference. */
    cn_level: z.number().int().min(1).max(4),
    esi: z.number().int().min(1).max(5),
    name: bilingual,
    patterns: bilingualList,
    /**
     * Benign explanations: when one of these terms is asserted in the message the flag is not raised
     * (black stools while taking iron or bismuth). Same term syntax as a pattern group; a source written "@…"
     * says how things have been up to now ("几年没发作") and does not cancel a later report of the sign now.
     */
    except: bilingualList.optional(),
    advice: bilingual,
    sources: sourceIds,
  })
  .strict();

export const conditionSchema = z
  .object({
    id: entryId,
    kind: z.literal('condition'),
    name: bilingual,
    aliases: bilingualList,
    icd10: z
      .string()
      .regex(/^[A-Z][0-9]{2}(\.[0-9A-Z]{1,4})?$/, 'an ICD-10 code such as I21 or E11.9')
      .optional(),
    symptoms: bilingualList,
    department: bilingual,
    first_advice: bilingual,
    seek_care: bilingual,
    sources: sourceIds,
  })
  .strict();

export const route = z.enum([
  'oral',
  'iv',
  'im',
  'sc',
  'sublingual',
  'rectal',
  'inhaled',
  'topical',
  'transdermal',
  'intranasal',
]);
export type Route = z.infer<typeof route>;
export const doseUnit = z.enum(['mg', 'g', 'mcg', 'IU', 'mL', 'mmol']);
export type DoseUnit = z.infer<typeof doseUnit>;

export const drugSchema = z
  .object({
    id: entryId,
    kind: z.literal('drug'),
    name: bilingual,
    /** Brand names, abbreviations and common lay names, e.g. 阿司匹林 / 乙酰水杨酸 / ASA / Bayaspirin. */
    aliases: bilingualList,
    /** Class tags used by class-level interactions, e.g. ["nsaid", "antiplatelet"]. */
    classes: z.array(entryId).min(1),
    indications: bilingual,
    adult_dose: bilingual,
    /** Maximum total daily adult dose by route, from the label or a standard reference. */
    max_daily: z.array(
      z.object({ route, amount: z.number().positive(), unit: doseUnit, note: bilingual.optional() }).strict(),
    ),
    paediatric: bilingual,
    elderly: bilingual,
    pregnancy: bilingual,
    lactation: bilingual,
    contraindications: bilingual,
    sources: sourceIds,
  })
  .strict();

export const interactionSeverity = z.enum(['contraindicated', 'major', 'moderate', 'minor']);

/** An interaction between two drugs, or a drug and a class ("class:ssri"), or two classes. */
export const interactionSchema = z
  .object({
    id: entryId,
    kind: z.literal('interaction'),
    a: z.string().regex(/^(class:)?[a-z0-9][a-z0-9-]*$/),
    b: z.string().regex(/^(class:)?[a-z0-9][a-z0-9-]*$/),
    severity: interactionSeverity,
    mechanism: bilingual,
    effect: bilingual,
    advice: bilingual,
    sources: sourceIds,
  })
  .strict();

export const labRangeSchema = z
  .object({
    sex: z.enum(['male', 'female']).optional(),
    low: z.number().nullable(),
    high: z.number().nullable(),
    unit: z.string().min(1),
  })
  .strict();

export const labTestSchema = z
  .object({
    id: entryId,
    kind: z.literal('lab'),
    name: bilingual,
    aliases: bilingualList,
    specimen: z.enum(['blood', 'serum', 'plasma', 'urine', 'stool', 'csf', 'other']),
    ranges: z.array(labRangeSchema).min(1),
    high_means: bilingual,
    low_means: bilingual,
    sources: sourceIds,
  })
  .strict();

/**
 * A group of interchangeable medical terms (full names, abbreviations, lay words) in both
 * languages, used to expand search queries: 心梗 ↔ 心肌梗死 ↔ myocardial infarction ↔ heart attack.
 */
export const synonymSchema = z
  .object({
    id: entryId,
    kind: z.literal('synonym'),
    terms: bilingualList,
    sources: sourceIds,
  })
  .strict()
  .refine((s) => s.terms.zh.length + s.terms.en.length >= 2, 'a synonym group needs at least two terms');

export const knowledgeEntrySchema = z.discriminatedUnion('kind', [
  redFlagSchema,
  conditionSchema,
  drugSchema,
  interactionSchema,
  labTestSchema,
  synonymSchema,
]);

export type RedFlag = z.infer<typeof redFlagSchema>;
export type Condition = z.infer<typeof conditionSchema>;
export type Drug = z.infer<typeof drugSchema>;
export type Interaction = z.infer<typeof interactionSchema>;
export type LabTest = z.infer<typeof labTestSchema>;
export type SynonymGroup = z.infer<typeof synonymSchema>;
export type KnowledgeEntry = z.infer<typeof knowledgeEntrySchema>;

export const sourceSchema = z
  .object({
    id: z.string().min(1),
    kind: z.enum(['guideline', 'label', 'textbook', 'standard', 'formulary', 'review']),
    title: z.string().min(1),
    publisher: z.string().min(1),
    year: z.number().int().min(1950).max(2030),
  })
  .strict();

export const cardSchema = z
  .object({
    collection: entryId,
    title: bilingual,
    kind: z.enum(['redflag', 'condition', 'drug', 'interaction', 'lab', 'synonym']),
    version: z.string().min(1),
    review_date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    languages: z.array(z.enum(['zh', 'en'])).min(1),
    licence: z.string().min(1),
    scope: bilingual,
    intended_use: bilingual,
    known_gaps: z.array(z.string().min(1)).min(1),
    sources: z.array(sourceSchema).min(1),
    authors: z.string().min(1),
  })
  .strict();
export type KnowledgeCard = z.infer<typeof cardSchema>;
