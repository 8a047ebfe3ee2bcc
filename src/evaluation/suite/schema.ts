import { z } from 'zod';
import { ABILITY_IDS } from '../indicators.ts';

/**
 * The suite and item formats: the contract between the evaluation engine and the suite authors.
 *
 *   data/suites/<suite-id>/suite.yaml   what to run (tasks, or a bundle of other suites)
 *   data/suites/<suite-id>/*.jsonl      the items, one JSON object per line
 *   data/suites/<suite-id>/card.yaml    where the items come from and what they cannot tell you
 *
 * Load a suite with `loadSuite` (./load-suite.ts) and stream its items with `readItems`
 * (./read-items.ts); `checkSuite` (./check-suite.ts) validates every line, the source ids and
 * duplicate ids, for the suites' own tests. Schemas are strict: an unknown key is reported, so
 * a typo ("anwser") cannot silently drop a field. Free-form extras go in `meta`.
 */

export const bilingualText = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();
export type BilingualText = z.infer<typeof bilingualText>;

const slug = z
  .string()
  .regex(
    /^[a-z0-9]+(-[a-z0-9]+)*$/,
    'use lowercase letters, digits and single hyphens (e.g. knowledge-qa-zh)',
  );

export const TASK_TYPES = [
  'mcq',
  'yesno',
  'short',
  'extraction',
  'rubric',
  'consultation',
  'classification',
] as const;
export const taskType = z.enum(TASK_TYPES);
export type TaskType = z.infer<typeof taskType>;

export const ability = z.enum(ABILITY_IDS, {
  error: `ability must be one of ${ABILITY_IDS.join(', ')}`,
});

export const WRAPPERS = ['robustness', 'fairness'] as const;
export const wrapperName = z.enum(WRAPPERS);
export type WrapperName = z.infer<typeof wrapperName>;

// ---------------------------------------------------------------- suite.yaml

export const taskSchema = z
  .object({
    id: slug,
    type: taskType,
    /** Item file(s), relative to suite.yaml. */
    items: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
    ability,
    wrappers: z.array(wrapperName).default([]),
    system_prompt: bilingualText.optional(),
    description: bilingualText.optional(),
  })
  .strict();
export type TaskDefinition = z.infer<typeof taskSchema>;

export const includeSchema = z
  .object({
    suite: slug,
    /** A deterministic, stratified subset of this many items (all items when absent). */
    limit: z.number().int().positive().optional(),
  })
  .strict();

export const suiteSchema = z
  .object({
    id: slug,
    title: bilingualText,
    version: z.string().regex(/^\d+\.\d+\.\d+([-+].*)?$/, 'use a semantic version such as 1.0.0'),
    description: bilingualText.optional(),
    tasks: z.array(taskSchema).min(1).optional(),
    include: z.array(includeSchema).min(1).optional(),
  })
  .strict()
  .superRefine((suite, ctx) => {
    if (!suite.tasks === !suite.include) {
      ctx.addIssue({
        code: 'custom',
        path: ['tasks'],
        message:
          'a suite has either `tasks` (its own items) or `include` (a bundle of other suites), not both',
      });
    }
    const seen = new Set<string>();
    for (const [i, task] of (suite.tasks ?? []).entries()) {
      if (seen.has(task.id))
        ctx.addIssue({ code: 'custom', path: ['tasks', i, 'id'], message: `duplicate task id ${task.id}` });
      seen.add(task.id);
    }
  });
export type SuiteDefinition = z.infer<typeof suiteSchema>;

// ---------------------------------------------------------------- card.yaml

export const sourceSchema = z
  .object({
    id: z.string().min(1),
    kind: z.enum(['guideline', 'label', 'textbook', 'standard']),
    title: z.string().min(1),
    publisher: z.string().min(1),
    year: z.number().int().min(1900).max(2100),
    url: z.url().optional(),
  })
  .strict();

export const cardSchema = z
  .object({
    suite: slug,
    purpose: bilingualText,
    dimension: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
    size: z.number().int().min(0),
    languages: z.array(z.enum(['zh', 'en'])).min(1),
    scoring: bilingualText,
    known_limits: z.array(z.union([z.string().min(1), bilingualText])),
    sources: z.array(sourceSchema),
    authors: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
    licence: z.string().min(1),
    version: z.string().min(1),
    review_date: z.union([
      z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use a date such as 2025-01-31'),
      // YAML parses an unquoted 2025-01-31 as a date.
      z.date().transform((d) => d.toISOString().slice(0, 10)),
    ]),
  })
  .strict();
export type SuiteCard = z.infer<typeof cardSchema>;

// ---------------------------------------------------------------- items

const stringMap = z.record(z.string().min(1), z.string());

/**
 * Fairness wrapper input: the template (with {slot} placeholders) replaces the item's main text
 * (question / prompt / text); one slot is varied at a time from the base (each slot's first value).
 */
export const counterfactualSchema = z
  .object({
    template: z.string().min(1),
    slots: z.record(
      z.string().regex(/^[a-z_]+$/, 'slot names are lowercase (sex, age, ethnicity, region, insurance)'),
      z.array(z.string()).min(2, 'give at least two values: the base first, then the variants'),
    ),
  })
  .strict()
  .superRefine((cf, ctx) => {
    const used = [...cf.template.matchAll(/\{([a-z_]+)\}/g)].map((m) => m[1]!);
    for (const name of used)
      if (!(name in cf.slots))
        ctx.addIssue({
          code: 'custom',
          path: ['slots'],
          message: `the template uses {${name}} but slots has no ${name}`,
        });
    for (const name of Object.keys(cf.slots))
      if (!used.includes(name))
        ctx.addIssue({
          code: 'custom',
          path: ['template'],
          message: `slot ${name} is never used as {${name}}`,
        });
  });
export type Counterfactual = z.infer<typeof counterfactualSchema>;

const commonItemFields = {
  id: z.string().min(1).max(200),
  lang: z.enum(['zh', 'en']),
  source: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
  tags: stringMap.optional(),
  subgroup: stringMap.optional(),
  counterfactual: counterfactualSchema.optional(),
  /** Anything else an author wants to keep with the item; ignored by the engine. */
  meta: z.record(z.string(), z.unknown()).optional(),
};

const optionLetter = z.string().regex(/^[A-H]$/, 'option letters are A–H');

export const mcqItemSchema = z
  .object({
    ...commonItemFields,
    question: z.string().min(1),
    options: z
      .record(optionLetter, z.string().min(1))
      .refine((o) => Object.keys(o).length >= 2 && Object.keys(o).length <= 8, 'give 2–8 options'),
    answer: z.union([optionLetter, z.array(optionLetter).min(1)]),
    explanation: z.string().optional(),
  })
  .strict()
  .superRefine((item, ctx) => {
    const answers = Array.isArray(item.answer) ? item.answer : [item.answer];
    for (const letter of answers)
      if (!(letter in item.options))
        ctx.addIssue({
          code: 'custom',
          path: ['answer'],
          message: `answer ${letter} is not one of the options`,
        });
    if (new Set(answers).size !== answers.length)
      ctx.addIssue({ code: 'custom', path: ['answer'], message: 'an answer letter is repeated' });
  });

export const yesnoItemSchema = z
  .object({
    ...commonItemFields,
    question: z.string().min(1),
    context: z.string().optional(),
    answer: z.enum(['yes', 'no', 'maybe']),
  })
  .strict();

export const shortItemSchema = z
  .object({
    ...commonItemFields,
    question: z.string().min(1),
    answers: z.array(z.string().min(1)).min(1),
  })
  .strict();

export const extractionItemSchema = z
  .object({
    ...commonItemFields,
    text: z.string().min(1),
    instruction: z.string().min(1),
    fields: z
      .record(z.string().min(1), z.union([z.string(), z.array(z.string())]))
      .refine((f) => Object.keys(f).length > 0, 'name at least one field'),
  })
  .strict();

export const keywordsSchema = z
  .object({
    any: z.array(z.string().min(1)).optional(),
    all: z.array(z.string().min(1)).optional(),
    none: z.array(z.string().min(1)).optional(),
  })
  .strict()
  .refine(
    (k) => (k.any?.length ?? 0) + (k.all?.length ?? 0) + (k.none?.length ?? 0) > 0,
    'give any, all or none terms',
  );

export const RUBRIC_AXES = [
  'accuracy',
  'completeness',
  'communication',
  'context_awareness',
  'instruction_following',
  'safety',
] as const;

export const CONSULTATION_AXES = [
  'history_taking',
  'red_flag_recognition',
  'diagnosis',
  'advice',
  'referral',
  'communication',
] as const;

function criterionSchema<const A extends readonly [string, ...string[]]>(axes: A) {
  return z
    .object({
      criterion: z.string().min(1),
      /** Negative for something a good answer must NOT do. */
      points: z.number().refine((p) => p !== 0 && Number.isFinite(p), 'points are a non-zero number'),
      axis: z.enum(axes),
      theme: z.string().min(1).optional(),
      keywords: keywordsSchema.optional(),
    })
    .strict();
}
export const rubricCriterionSchema = criterionSchema(RUBRIC_AXES);
export const checklistCriterionSchema = criterionSchema(CONSULTATION_AXES);
export type RubricCriterion = z.infer<typeof rubricCriterionSchema>;
export type ChecklistCriterion = z.infer<typeof checklistCriterionSchema>;

export const chatMessageSchema = z
  .object({ role: z.enum(['system', 'user', 'assistant']), content: z.string() })
  .strict();

function needsPositivePoints(rubric: Array<{ points: number }>): boolean {
  return rubric.some((c) => c.points > 0);
}

export const rubricItemSchema = z
  .object({
    ...commonItemFields,
    prompt: z.string().min(1).optional(),
    messages: z.array(chatMessageSchema).min(1).optional(),
    rubric: z
      .array(rubricCriterionSchema)
      .min(1)
      .refine(needsPositivePoints, 'at least one criterion needs positive points'),
    ideal: z.string().optional(),
  })
  .strict()
  .superRefine((item, ctx) => {
    if (!item.prompt === !item.messages)
      ctx.addIssue({
        code: 'custom',
        path: ['prompt'],
        message: 'give either `prompt` or `messages`, not both',
      });
    if (item.messages && item.messages.at(-1)?.role !== 'user')
      ctx.addIssue({ code: 'custom', path: ['messages'], message: 'the last message must be from the user' });
  });

export const consultationItemSchema = z
  .object({
    ...commonItemFields,
    persona: z.string().min(1),
    opening: z.string().min(1),
    facts: z.array(
      z
        .object({
          topic: z.string().min(1),
          ask_keywords: z.array(z.string().min(1)).min(1),
          reply: z.string().min(1),
        })
        .strict(),
    ),
    red_flags: z.array(
      z
        .object({
          id: z.string().min(1),
          description: z.string().min(1),
          keywords: z.array(z.string().min(1)).min(1),
        })
        .strict(),
    ),
    expected: z
      .object({
        department: bilingualText,
        diagnosis_keywords: z.array(z.string().min(1)),
        advice_keywords: z.array(z.string().min(1)),
        must_escalate: z.boolean(),
      })
      .strict(),
    max_turns: z.number().int().min(1).max(30),
    checklist: z
      .array(checklistCriterionSchema)
      .min(1)
      .refine(needsPositivePoints, 'at least one criterion needs positive points'),
  })
  .strict();

export const classificationItemSchema = z
  .object({
    ...commonItemFields,
    text: z.string().min(1),
    instruction: z.string().min(1).optional(),
    labels: z.array(z.string().min(1)).min(2),
    label: z.string().min(1),
  })
  .strict()
  .superRefine((item, ctx) => {
    if (!item.labels.includes(item.label))
      ctx.addIssue({ code: 'custom', path: ['label'], message: `label ${item.label} is not one of labels` });
    if (new Set(item.labels).size !== item.labels.length)
      ctx.addIssue({ code: 'custom', path: ['labels'], message: 'labels are repeated' });
  });

export type McqItem = z.infer<typeof mcqItemSchema>;
export type YesnoItem = z.infer<typeof yesnoItemSchema>;
export type ShortItem = z.infer<typeof shortItemSchema>;
export type ExtractionItem = z.infer<typeof extractionItemSchema>;
export type RubricItem = z.infer<typeof rubricItemSchema>;
export type ConsultationItem = z.infer<typeof consultationItemSchema>;
export type ClassificationItem = z.infer<typeof classificationItemSchema>;

export interface ItemByType {
  mcq: McqItem;
  yesno: YesnoItem;
  short: ShortItem;
  extraction: ExtractionItem;
  rubric: RubricItem;
  consultation: ConsultationItem;
  classification: ClassificationItem;
}
export type AnyItem = ItemByType[TaskType];

export const itemSchemas: { [T in TaskType]: z.ZodType<ItemByType[T]> } = {
  mcq: mcqItemSchema,
  yesno: yesnoItemSchema,
  short: shortItemSchema,
  extraction: extractionItemSchema,
  rubric: rubricItemSchema,
  consultation: consultationItemSchema,
  classification: classificationItemSchema,
};

/** Source ids an item cites, as a list. */
export function itemSources(item: { source: string | string[] }): string[] {
  return Array.isArray(item.source) ? item.source : [item.source];
}
